"""``kg eval-ner``: exact-span precision, recall and F1 per type and micro, and type confusion.

Gold and predictions are JSONL, one ``{"text", "entities": [{"start", "end", "type"}]}`` per
line. Types may be kg's (``Person``, ``Place``, ``Organization``, ``Initiative``) or the
public data's (``PER``, ``LOC``, ``ORG``); both are read as kg's. Only the types that the
gold file uses are scored, so a CLUENER ``GAME`` or a predicted ``Initiative`` costs nothing.

Examples:
    >>> gold = [[(0, 2, "Person"), (3, 5, "Place")]]
    >>> pred = [[(0, 2, "Person"), (3, 5, "Organization")]]
    >>> r = score(gold, pred)
    >>> r["micro"]["f1"], r["confusion"][("Place", "Organization")]
    (0.6667, 1)
"""
from __future__ import annotations

from collections import Counter
from pathlib import Path

from .reader import jsonl_records

TYPE_NAMES = {"PER": "Person", "LOC": "Place", "ORG": "Organization", "Person": "Person", "Place": "Place",
              "Organization": "Organization", "Initiative": "Initiative"}
SCORED = ("Person", "Place", "Organization", "Initiative")


def read_jsonl(path: str | Path) -> list[dict]:
    """Records of a JSONL file; a clear error names a bad line."""
    return [record for _, record in jsonl_records(path)]


def entity_spans(record: dict) -> list[tuple[int, int, str]]:
    out = []
    for e in record.get("entities", []):
        t = TYPE_NAMES.get(e.get("type"))
        if t:
            out.append((int(e["start"]), int(e["end"]), t))
    return out


def score(gold: list[list[tuple[int, int, str]]], pred: list[list[tuple[int, int, str]]]) -> dict:
    """Exact-span scores per type and micro over the types the gold uses, and the confusion counts."""
    types = sorted({t for spans in gold for _, _, t in spans}, key=SCORED.index)
    tp, fp, fn = Counter(), Counter(), Counter()
    confusion: Counter = Counter()
    for g, p in zip(gold, pred):
        gs = {s for s in g if s[2] in types}
        ps = {s for s in p if s[2] in types}
        for s in gs & ps:
            tp[s[2]] += 1
        for s in ps - gs:
            fp[s[2]] += 1
        for s in gs - ps:
            fn[s[2]] += 1
        by_span = {(s, e): t for s, e, t in gs}
        for s, e, t in p:
            if (s, e) in by_span and by_span[s, e] != t:
                confusion[by_span[s, e], t] += 1

    def prf(a, b, c):
        p = a / (a + b) if a + b else 0.0
        r = a / (a + c) if a + c else 0.0
        return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(2 * p * r / (p + r), 4) if p + r else 0.0,
                "tp": a, "fp": b, "fn": c}

    out = {t: prf(tp[t], fp[t], fn[t]) for t in types}
    out["micro"] = prf(sum(tp.values()), sum(fp.values()), sum(fn.values()))
    out["confusion"] = dict(confusion)
    return out


def format_report(result: dict, title: str = "") -> str:
    lines = [title] if title else []
    lines.append(f"{'':14} {'P':>6} {'R':>6} {'F1':>6} {'TP':>6} {'FP':>6} {'FN':>6}")
    for t, s in result.items():
        if t == "confusion":
            continue
        lines.append(f"{t:14} {s['precision']:6.3f} {s['recall']:6.3f} {s['f1']:6.3f} {s['tp']:6d} {s['fp']:6d} {s['fn']:6d}")
    if result["confusion"]:
        lines.append("type confusion (gold → predicted, same span): " + ", ".join(
            f"{g}→{p} {n}" for (g, p), n in sorted(result["confusion"].items(), key=lambda x: -x[1])))
    return "\n".join(lines)
