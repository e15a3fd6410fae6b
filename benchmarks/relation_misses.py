"""Why kg misses the relations a gold annotates: for each gold relation (bylines aside), whether kg found it, and
if not, whether one of its two entities is missing, or both are there and named in one sentence, or only apart.

    python benchmarks/relation_misses.py GOLD:TEXTS [GOLD:TEXTS ...]

``GOLD`` is a folder of gold files (or one), ``TEXTS`` the folder of their texts (as ``kg eval GOLD --texts TEXTS``).
Relations the gold calls optional or world knowledge are left out, as ``kg eval`` leaves them out. Only for dev sets:
it shows what kg misses, file by file with ``-v``. The ninth round's counts (docs/extraction.md) come from it.
"""
from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from kg.evaluate import gold_files, gold_triple, load_gold, text_of  # noqa: E402
from kg.pipeline import build  # noqa: E402

KINDS = ("found", "entity missing", "same sentence", "apart")


def classify(gold_path: Path, text_path: Path) -> list[tuple[str, str, tuple[str, str, str]]]:
    """(predicate, kind, gold triple) for every gold relation of one file."""
    gold = load_gold(gold_path)
    g = build(text_path)
    types = {e["id"]: e["type"] for e in gold["entities"]}
    by_name: dict[tuple[str, str], set[str]] = defaultdict(set)
    for e in g.entities.values():
        for n in {e.name, *e.aliases}:
            by_name[e.type, n].add(e.id)

    def entities(gold_id: str) -> set[str]:
        e = next(x for x in gold["entities"] if x["id"] == gold_id)
        return set().union(*(by_name.get((e["type"], n), set()) for n in [e["name"], *e.get("aliases", [])]))

    sentences = [(s.start, s.end) for d in g.documents for a in d.articles for s in a.sentences]

    def where(entity: str) -> set[int]:
        return {k for _, m in g.entities[entity].mentions for k, (b, e) in enumerate(sentences) if b <= m.start < e}

    have = {(f.subject, f.predicate, f.object) for f in g.facts}
    out = []
    for r in gold.get("relations", []):
        t = gold_triple(r, types)
        if t is None or t[1] in ("author", "contributor") or r.get("optional") or r.get("world_knowledge"):
            continue
        s, p, o = t
        subjects, objects = entities(s), entities(o)
        if not subjects or not objects:
            kind = "entity missing"
        elif any((x, p, y) in have for x in subjects for y in objects):
            kind = "found"
        elif any(where(x) & where(y) for x in subjects for y in objects):
            kind = "same sentence"
        else:
            kind = "apart"
        out.append((p, kind, t))
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="relation_misses.py", description=__doc__.split("\n\n")[0])
    ap.add_argument("specs", nargs="+", metavar="GOLD:TEXTS")
    ap.add_argument("-v", "--verbose", action="store_true", help="every missed relation, file by file")
    args = ap.parse_args(argv)
    counts: Counter = Counter()
    for spec in args.specs:
        gold, _, texts = spec.partition(":")
        for path in gold_files(gold) if Path(gold).is_dir() else [Path(gold)]:
            rows = classify(path, text_of(path, load_gold(path), texts or None))
            for p, kind, t in rows:
                counts[p, kind] += 1
                counts["all", kind] += 1
                if args.verbose and kind != "found":
                    print(f"{path.name}\t{kind}\t{' '.join(t)}")
    predicates = sorted({p for p, _ in counts if p != "all"}) + ["all"]
    print("predicate".ljust(20) + "".join(k.rjust(16) for k in KINDS))
    for p in predicates:
        print(p.ljust(20) + "".join(str(counts[p, k]).rjust(16) for k in KINDS))
    return 0


if __name__ == "__main__":
    sys.exit(main())
