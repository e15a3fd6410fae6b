"""NER quality on the public splits: kg's recognizer, LAC alone and jieba's POS tags, in one run.

    python benchmarks/ner_quality.py

Exact-span micro F1 over PER/LOC/ORG (CLUENER mapped: name → PER; address, scene → LOC;
company, government, organization → ORG). MSRA test and People's Daily test are test
splits, never used for training or tuning; CLUENER dev was used for tuning.
"""
from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
EVAL = ROOT.parent / "shared" / "eval"
SPLITS = [("MSRA test", "msra/test.jsonl"), ("People's Daily test", "peoples-daily/test.jsonl"),
          ("CLUENER dev (mapped)", "cluener/dev.jsonl")]


def jieba_spans(texts):
    import jieba
    import jieba.posseg

    jieba.setLogLevel(60)
    names = {"nr": "Person", "ns": "Place", "nt": "Organization"}
    out = []
    for t in texts:
        spans, pos = [], 0
        for w in jieba.posseg.cut(t):
            if w.flag in names:
                spans.append((pos, pos + len(w.word), names[w.flag]))
            pos += len(w.word)
        out.append(spans)
    return out


def main() -> None:
    from kg.ner_eval import entity_spans, read_jsonl, score
    from kg.recognize import RECOGNIZERS, recognize
    from kg.tagger import LacTagger

    lac_names = {"PER": "Person", "LOC": "Place", "ORG": "Organization"}
    variants = [("kg (default)", list(RECOGNIZERS)), ("trained model alone", ["neural"]),
                ("trained model, fine", ["neural-fine"])]
    print(f"{'split':22}" + "".join(f"{name:>24}" for name, _ in variants) + f"{'LAC alone':>12}{'jieba':>8}")
    for label, path in SPLITS:
        records = read_jsonl(EVAL / path)
        texts = [r["text"] for r in records]
        gold = [entity_spans(r) for r in records]
        row = f"{label:22}"
        for _, recognizers in variants:
            r = score(gold, [[(e["start"], e["end"], e["type"]) for e in es] for es in recognize(texts, recognizers)])
            row += f"{r['micro']['f1']:>24.3f}"
        lac = score(gold, [[(t.start, t.end, lac_names[t.tag]) for t in ts if t.tag in lac_names]
                           for ts in LacTagger.shared().tag(texts)])
        row += f"{lac['micro']['f1']:>12.3f}{score(gold, jieba_spans(texts))['micro']['f1']:>8.3f}"
        print(row, flush=True)


if __name__ == "__main__":
    main()
