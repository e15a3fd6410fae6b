"""Train the CRF recognizer: ``python -m kg.train``.

Reads labeled JSONL (``{"text", "entities": [{"start", "end", "type"}]}``, types PER/LOC/ORG),
tags every sentence with LAC, turns it into :func:`kg.crf.char_features`, trains a
linear-chain CRF with L-BFGS (python-crfsuite; deterministic for the same data and
options) and writes the model, by default into the package (``kg/data/ner.crfsuite``).

The shipped model was built with the default command, from the training splits only::

    python -m kg.train "../shared/eval/peoples-daily/dev.jsonl*2@news" "../shared/eval/cluener/train.jsonl@fine"

``FILE*N`` repeats a file N times (weights a small in-domain set); ``FILE@STYLE`` says which
annotation convention the file follows (``news``: People's Daily and MSRA, the default;
``fine``: CLUENER), see :func:`kg.crf.styled`. The options were chosen on a held-out fifth of
People's Daily dev and on CLUENER dev; the test splits were never used for choosing.
"""
from __future__ import annotations

import argparse
import sys
import time
import zlib
from pathlib import Path

from .crf import DEFAULT_STYLE, LEXICON, MODEL, bio, build_lexicon, char_features, load_lexicon, spans, styled
from .ner_eval import entity_spans, format_report, read_jsonl, score
from .tagger import LacTagger

LABEL_OF = {"Person": "PER", "Place": "LOC", "Organization": "ORG"}


def load(spec: str) -> tuple[list[dict], str]:
    """``PATH[*N][@STYLE]``: the records of PATH, N times, annotated in STYLE."""
    spec, _, style = spec.partition("@")
    path, _, times = spec.partition("*")
    return read_jsonl(path) * (int(times) if times else 1), style or DEFAULT_STYLE


def names(records: list[dict]) -> list[tuple[str, str]]:
    return [(r["text"][s:e], LABEL_OF[t]) for r in records for s, e, t in entity_spans(r) if t in LABEL_OF]


def fold(text: str, folds: int = 2) -> int:
    return zlib.crc32(text.encode("utf-8")) % folds


def train(files: list[str], out: Path, c1: float, c2: float, iterations: int, min_freq: int, folds: int = 2) -> None:
    """Train and write the model and its lexicon (``lexicon.tsv`` beside it).

    A sentence's lexicon features come from the names of the other folds (jackknifing),
    so the model does not learn that every training name is in the lexicon.
    """
    import pycrfsuite

    data = [(r, style) for spec in files for records, style in [load(spec)] for r in records]
    lexicons = [build_lexicon(names([r for r, _ in data if fold(r["text"], folds) != k])) for k in range(folds)]
    tagged = LacTagger.shared().tag([r["text"] for r, _ in data])
    trainer = pycrfsuite.Trainer(verbose=False)
    for (r, style), tokens in zip(data, tagged):
        labels = bio(r["text"], [(s, e, LABEL_OF[t]) for s, e, t in entity_spans(r) if t in LABEL_OF])
        trainer.append(styled(char_features(r["text"], tokens, lexicons[fold(r["text"], folds)]), style), labels)
    trainer.set_params({"c1": c1, "c2": c2, "max_iterations": iterations, "feature.minfreq": min_freq,
                        "feature.possible_transitions": True})
    out.parent.mkdir(parents=True, exist_ok=True)
    start = time.time()
    trainer.train(str(out))
    lexicon = sorted(set(names([r for r, _ in data])))
    out.with_name(LEXICON.name).write_text("".join(f"{n}\t{t}\n" for n, t in lexicon), encoding="utf-8")
    print(f"trained on {len(data)} sentences in {time.time() - start:.0f}s → {out} ({out.stat().st_size / 1e6:.1f} MB)",
          file=sys.stderr)


def evaluate(model: Path, path: str, style: str = DEFAULT_STYLE) -> dict:
    import pycrfsuite

    lexicon = load_lexicon(model.with_name(LEXICON.name))
    tagger = pycrfsuite.Tagger()
    tagger.open(str(model))
    records = read_jsonl(path)
    tagged = LacTagger.shared().tag([r["text"] for r in records])
    kg_type = {"PER": "Person", "LOC": "Place", "ORG": "Organization"}
    pred = [[(s, e, kg_type[t]) for s, e, t in spans(tagger.tag(styled(char_features(r["text"], tokens, lexicon), style)))]
            for r, tokens in zip(records, tagged)]
    return score([[s for s in entity_spans(r) if s[2] in kg_type.values()] for r in records], pred)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m kg.train", description=__doc__,
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("files", nargs="+", metavar="TRAIN.jsonl[*N]")
    p.add_argument("-o", "--out", type=Path, default=MODEL)
    p.add_argument("--dev", action="append", default=[], metavar="DEV.jsonl", help="score on this split after training")
    p.add_argument("--c1", type=float, default=0.05)
    p.add_argument("--c2", type=float, default=0.1)
    p.add_argument("--iterations", type=int, default=200)
    p.add_argument("--min-freq", type=int, default=2)
    args = p.parse_args(argv)
    train(args.files, args.out, args.c1, args.c2, args.iterations, args.min_freq)
    for d in args.dev:
        path, _, style = d.partition("@")
        print(format_report(evaluate(args.out, path, style or DEFAULT_STYLE), d))
    return 0


if __name__ == "__main__":
    sys.exit(main())
