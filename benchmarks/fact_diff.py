"""How a change to the extractors changes the facts on real news: the check every new rule gets.

Two steps, run by hand (the sample reads ``../shared/corpus/news-large``, never copied here)::

    python benchmarks/fact_diff.py sample /tmp/nl-big.jsonl          # every 13th article: 2,042 of 26,543
    kg build /tmp/nl-big.jsonl -o /tmp/before                        # on the old code (git stash, or a checkout)
    kg build /tmp/nl-big.jsonl -o /tmp/after                         # on the new code
    python benchmarks/fact_diff.py diff /tmp/before /tmp/after       # every fact that went (-) or came (+)

A fact is (subject, its type, predicate, object, its type, role), read from ``graph.json``; each is printed once,
with the sentence of its first piece of evidence, so that every changed fact can be read and judged right or
wrong (the counts in docs/extraction.md come from such readings).
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

NEWS_LARGE = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus" / "news-large"
Fact = tuple[str, str, str, str, str, str]


def sample(out: Path, step: int = 13, first: int = 5) -> int:
    """Write every ``step``-th record of each part of news-large from its ``first``-th (counted from 0), in
    order, to ``out``; the number written."""
    parts = sorted(NEWS_LARGE.glob("part-*.jsonl"))
    if not parts:
        sys.exit(f"fact_diff: no news-large at {NEWS_LARGE}")
    kept = 0
    with out.open("w", encoding="utf-8") as f:
        for part in parts:
            for n, line in enumerate(part.open(encoding="utf-8")):
                if n % step == first:
                    f.write(line)
                    kept += 1
    return kept


def facts(folder: Path) -> dict[Fact, str]:
    """The facts of a build's ``graph.json`` (not its mentions), each with the evidence of its first edge."""
    g = json.loads((folder / "graph.json").read_text(encoding="utf-8"))
    nodes = {n["id"]: n for n in g["nodes"]}
    out: dict[Fact, str] = {}
    for e in g.get("edges", g.get("links", [])):
        if e.get("predicate") == "mentions":
            continue
        s, t = nodes.get(e["source"], {}), nodes.get(e["target"], {})
        if s.get("type") == "Article" and e.get("predicate") not in ("author", "contributor"):
            continue
        key = (str(s.get("name")), str(s.get("type")), str(e.get("predicate")), str(t.get("name")),
               str(t.get("type")), str(e.get("role") or ""))
        first = (e.get("evidence") or [{}])[0]
        out.setdefault(key, f'{first.get("document", "")}: {first.get("text", "")}')
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    s = sub.add_parser("sample", help="write the every-13th sample of news-large")
    s.add_argument("out", type=Path)
    d = sub.add_parser("diff", help="the facts that differ between two builds")
    d.add_argument("before", type=Path)
    d.add_argument("after", type=Path)
    args = parser.parse_args(argv)
    if args.command == "sample":
        print(f"{sample(args.out)} records written to {args.out}")
        return 0
    a, b = facts(args.before), facts(args.after)
    gone, came = sorted(k for k in a if k not in b), sorted(k for k in b if k not in a)
    print(f"{len(gone)} went, {len(came)} came ({len(a)} and {len(b)} facts)")
    try:
        for sign, keys, side in (("-", gone, a), ("+", came, b)):
            for k in keys:
                print(sign, " | ".join(k), "|", side[k])
    except BrokenPipeError:  # | head
        sys.stderr.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
