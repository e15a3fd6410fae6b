"""CPU time of LAC and the trained head for several models, on the same sentences, back to back.

    python benchmarks/ner_model_speed.py kg/data/names.npz /tmp/other/names.npz [--sentences 3000]

Each round analyses the first ``--sentences`` sentences of ../shared/eval/msra/test.jsonl with each
model (the ``news`` style), then with LAC alone; the table gives characters per CPU second
(``time.process_time``, median of ``--repeat`` rounds: the shared machine's wall clock swings by a
third). A model with a trained copy of LAC's top layers (``python -m kg.train --encoder-layers 1``)
runs that copy too.
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from kg.blas import VARIABLES  # noqa: E402  (loads nothing)

for key in VARIABLES:  # one BLAS thread, as the kg command, set before numpy loads
    os.environ.setdefault(key, "1")
EVAL = ROOT.parent / "shared" / "eval"


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("models", nargs="+", type=Path, help="names.npz files (lexicon.tsv: the shipped one)")
    p.add_argument("--sentences", type=int, default=3000)
    p.add_argument("--repeat", type=int, default=3)
    args = p.parse_args()
    source = EVAL / "msra" / "test.jsonl"
    if not source.is_file():
        print(f"ner_model_speed: {source} is not here (../shared/eval)", file=sys.stderr)
        return 1
    from kg.neural import NameModel
    from kg.tagger import LacTagger

    with source.open(encoding="utf-8") as f:
        texts = [json.loads(line)["text"] for line in f][: args.sentences]
    chars = sum(map(len, texts))
    tagger = LacTagger.shared()
    models = {str(m): NameModel(m) for m in args.models}
    for model in models.values():  # sessions built before timing
        tagger.analyse(texts[:20], ("news",), model)
    seconds: dict[str, list[float]] = {name: [] for name in [*models, "LAC alone"]}
    for _ in range(args.repeat):
        for name, model in [*models.items(), ("LAC alone", None)]:
            start = time.process_time()
            tagger.analyse(texts, ("news",) if model else (), model)
            seconds[name].append(time.process_time() - start)
    print(f"{chars:,} characters, {len(texts)} sentences, median of {args.repeat} rounds")
    for name, values in seconds.items():
        print(f"{name}: {chars / statistics.median(values):,.0f} characters per CPU second")
    return 0


if __name__ == "__main__":
    sys.exit(main())
