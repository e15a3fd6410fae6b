"""Speed and peak memory of the whole build (all extractors, resolution, RDF, HTML) on a corpus.

    python benchmarks/build_speed.py [--docs 300]

The corpus: the example page once, plus documents of 20 sentences each from
../shared/eval (People's Daily, MSRA, CLUENER), as a JSONL file; one process, one core.
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
EVAL = ROOT.parent / "shared" / "eval"


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("--docs", type=int, default=300)
    args = p.parse_args()
    os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
    sentences = [json.loads(line)["text"] for f in sorted(EVAL.glob("*/*.jsonl")) for line in f.open(encoding="utf-8")]
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus.jsonl"
        with corpus.open("w", encoding="utf-8") as f:
            f.write(json.dumps({"id": "page", "text": (ROOT / "examples" / "zhengzhou-daily-page.txt").read_text(encoding="utf-8")},
                               ensure_ascii=False) + "\n")
            for d in range(args.docs - 1):
                text = "".join(sentences[d * 20 : d * 20 + 20])
                f.write(json.dumps({"id": f"d{d}", "text": text}, ensure_ascii=False) + "\n")
        chars = sum(len(json.loads(line)["text"]) for line in corpus.open(encoding="utf-8"))
        import kg

        start = time.perf_counter()
        g = kg.build(corpus)
        built = time.perf_counter()
        g.serialize(str(Path(tmp) / "graph.ttl"))
        g.to_html(str(Path(tmp) / "graph.html"))
        written = time.perf_counter()
    st = g.stats()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"documents {st['documents']}, characters {chars}, entities {st['entities']}, relations {st['facts']}")
    print(f"build {built - start:.1f} s ({chars / (built - start):,.0f} chars/s); RDF + HTML {written - built:.1f} s; "
          f"peak memory {peak:,.0f} MB")


if __name__ == "__main__":
    main()
