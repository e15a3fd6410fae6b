"""Document structure on many real articles: headlines, single articles, bylines, speed.

    python benchmarks/structure.py [--records 3000] [--seed 7]

The corpus: records of ../shared/corpus/news-large (People's Daily January 1998 and CCTV
新闻联播), each given as its title, a blank line and its text with blank lines between
paragraphs, the way a page arrives. A record is one article, except CCTV's digests
(国内联播快讯, 国际联播快讯), which are several items and whose name is no headline. Per
source it prints: records, how many parse into one article, how many give the record's title
as the first article's headline (for digests: how many drop the digest's name), how many
articles have a byline with a person in it, and the milliseconds per record of
:func:`kg.text.parse` with the byline parse.
"""
from __future__ import annotations

import argparse
import json
import random
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
LARGE = ROOT.parent / "shared" / "corpus" / "news-large"


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("--records", type=int, default=3000)
    p.add_argument("--seed", type=int, default=7)
    args = p.parse_args()
    from kg.extract.byline import parse_byline
    from kg.text import parse

    records = [json.loads(line) for f in sorted(LARGE.glob("*.jsonl")) for line in f.open(encoding="utf-8")]
    random.seed(args.seed)
    sample = random.sample(records, min(args.records, len(records)))
    stats: dict[str, Counter] = defaultdict(Counter)
    seconds: Counter = Counter()
    for r in sample:
        source = r["id"].split("-")[0] + (" digest" if r["title"].endswith("联播快讯") else "")
        text = r["title"] + "\n\n" + r["text"].replace("\n", "\n\n")
        start = time.perf_counter()
        doc = parse(text)
        people = sum(1 for a in doc.articles if a.byline and parse_byline(a.byline))
        seconds[source] += time.perf_counter() - start
        s = stats[source]
        s["records"] += 1
        s["one article"] += len(doc.articles) == 1
        first = doc.articles[0].headline
        s["headline"] += (first != r["title"]) if source.endswith("digest") else (first == r["title"])
        s["bylines with people"] += people
    print(f"{'source':16s} {'records':>8s} {'one article':>12s} {'headline':>9s} {'bylines':>8s} {'ms/record':>10s}")
    for source, s in sorted(stats.items()):
        print(f"{source:16s} {s['records']:8d} {s['one article']:12d} {s['headline']:9d} {s['bylines with people']:8d} "
              f"{1000 * seconds[source] / s['records']:10.2f}")


if __name__ == "__main__":
    main()
