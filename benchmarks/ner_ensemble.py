"""Why the default recognizer (``ensemble``) scores below the trained model alone, on the tuning split.

    python -m kg.train ../shared/eval/msra/train.jsonl@news ../shared/eval/cluener/train.jsonl@fine \\
        --hold-out 10 -o /tmp/ho/names.npz     # a model that never saw the split
    python benchmarks/ner_ensemble.py /tmp/ho/names.npz                    # MSRA train's tuning tenth
    python benchmarks/ner_ensemble.py /tmp/ho/names.npz --split cluener --sweep

The tuning split is one sentence in ten of MSRA train (or CLUENER train) chosen by
:func:`kg.train.tuning`, the sentences ``--hold-out 10`` keeps out of training; the test
splits are never read here. The script prints exact-span micro F1 of the recognizers,
the default's misses and false names by cause (LAC's other bounds, names LAC does not
read, the rule-based recognizers …), and with ``--sweep`` the default's F1 for each pair of
confidence thresholds of :func:`kg.extract.ner.model_wins` (``ADD``, ``REPLACE``).
"""
from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
EVAL = ROOT.parent / "shared" / "eval"
SPLITS = {"msra": "msra/train.jsonl", "cluener": "cluener/train.jsonl"}
DEFAULT = ["ensemble", "organization", "initiative"]
TYPES = {"PER": "Person", "LOC": "Place", "ORG": "Organization"}
INF = float("inf")


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("model", type=Path, help="names.npz of a model trained with --hold-out N (lexicon.tsv beside it)")
    p.add_argument("--split", choices=sorted(SPLITS), default="msra")
    p.add_argument("--hold-out", type=int, default=10)
    p.add_argument("--sweep", action="store_true", help="the default's F1 for pairs of thresholds (ADD, REPLACE)")
    p.add_argument("--add", type=float, nargs="*", default=[INF, 0.95, 0.9, 0.8, 0.6, 0.0])
    p.add_argument("--replace", type=float, nargs="*", default=[INF, 0.95, 0.9, 0.8, 0.6, 0.0])
    args = p.parse_args()

    import kg.extract.ner as ner
    import kg.neural as neural
    from kg.extract import run
    from kg.ner_eval import entity_spans, read_jsonl, score
    from kg.tagger import tag_documents
    from kg.text import plain
    from kg.train import tuning

    model = neural.NameModel(args.model, neural.load_lexicon(args.model.with_name("lexicon.tsv")))
    neural.shared = lambda: model  # every recognizer reads this model
    records = [r for r in read_jsonl(EVAL / SPLITS[args.split]) if tuning(r["text"], args.hold_out)]
    texts = [r["text"] for r in records]
    gold = [{s for s in entity_spans(r) if s[2] in TYPES.values()} for r in records]
    docs = [plain(t) for t in texts]
    tag_documents(docs, styles=("news",))

    def predict(recognizers):
        return [[(m.start, m.end, m.type, m.extractor) for m in run(d, recognizers)[0] if m.start < m.end] for d in docs]

    def f1(pred) -> str:
        r = score([sorted(g) for g in gold], [[x[:3] for x in ps] for ps in pred])["micro"]
        return f"P {r['precision']:.3f} R {r['recall']:.3f} F1 {r['f1']:.3f}"

    def raw(names):
        return [[(s.offset(b), s.offset(e - 1) + 1, TYPES[t], "") for a in d.articles for s in a.sentences
                 for b, e, t in names(s)] for d in docs]

    print(f"{args.split} train, tuning split 1/{args.hold_out}: {len(texts)} sentences, model {args.model}")
    if args.sweep:
        for add in args.add:
            for replace in args.replace:
                ner.ADD, ner.REPLACE = add, replace
                print(f"ADD {add:<5} REPLACE {replace:<5} {f1(predict(DEFAULT))}", flush=True)
        return
    found = {"LAC's names": raw(ner.lac_spans), "the model's names": raw(ner.news_spans)}
    for label, recognizers in [("ner (LAC, kg's filters)", ["ner"]), ("default", DEFAULT), ("ensemble alone", ["ensemble"]),
                               ("neural", ["neural"]), ("neural + rules", ["neural", "organization", "initiative"])]:
        found[label] = predict(recognizers)
    for label, pred in found.items():
        print(f"  {label:26} {f1(pred)}")
    misses, false = Counter(), Counter()
    for g, d, m, lac in zip(gold, found["default"], found["neural"], found["LAC's names"]):
        model = {x[:3] for x in m}
        for b, e, t in g - {x[:3] for x in d}:
            over = [x for x in lac if x[0] < e and b < x[1]]
            if (b, e, t) not in model:
                cause = "the model misses it too"
            elif not over:
                cause = "LAC reads no name there"
            elif any(x[:2] == (b, e) and x[2] != t for x in over):
                cause = "LAC's type differs"
            elif any(x[:2] == (b, e) for x in over):
                cause = "LAC's name dropped or overridden by " + ",".join(
                    sorted({x[3] for x in d if x[0] < e and b < x[1]}) or ["a filter"])
            else:
                cause = "LAC's bounds differ"
            misses[t, cause] += 1
        for b, e, t, source in d:
            if (b, e, t) in g or t not in TYPES.values():
                continue
            over = [s for s in g if s[0] < e and b < s[1]]
            kind = "no gold name there" if not over else "other type" if any(s[:2] == (b, e) for s in over) else "bounds"
            false[source, t, kind] += 1
    print("\nmissed by the default (gold names not found exactly):")
    for (t, cause), n in misses.most_common():
        print(f"  {n:5}  {t:13} {cause}")
    print("\nfalse names of the default, by the recognizer that found them:")
    for (source, t, kind), n in false.most_common():
        print(f"  {n:5}  {source:13} {t:13} {kind}")


if __name__ == "__main__":
    main()
