"""First frame of the HTML view of a large build, in headless Chromium (median of several cold runs).

    python benchmarks/html_first_frame.py [--articles 2000] [--runs 5] [--out /tmp/kg-html-2000]
                                          [--screenshot docs/images/overview-large.png]

Builds the first ``--articles`` records of ../shared/corpus/news-large (JSONL, read in file
order) with ``kg build`` into ``--out`` once (a later run reuses that build), then opens
``graph.html`` in a fresh headless Chromium per run (a new profile: nothing cached) and reads
the time from the start of navigation to the first frame vis-network draws
(``window.kgFirstFrame``) and to the end of the load event. Target: first frame ≤ 3 s.
Prints what the overview says it shows, and fails if the page logs an error or asks any host.
"""
from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
CORPUS = ROOT.parent / "shared" / "corpus" / "news-large"


def corpus_slice(folder: Path, articles: int, path: Path) -> None:
    """The first ``articles`` lines of the corpus (its files in name order) as one JSONL file."""
    with path.open("w", encoding="utf-8") as out:
        n = 0
        for part in sorted(folder.glob("*.jsonl")):
            for line in part.open(encoding="utf-8"):
                if line.strip() and n < articles:
                    out.write(line if line.endswith("\n") else line + "\n")
                    n += 1
    if n < articles:
        raise SystemExit(f"{folder}: only {n} records, {articles} asked")


def build(args) -> Path:
    out = Path(args.out)
    stamp = out / "built-from.json"
    want = {"corpus": str(args.corpus.resolve()), "articles": args.articles}
    if stamp.exists() and json.loads(stamp.read_text()) == want and (out / "graph.html").exists() and not args.rebuild:
        print(f"reusing the build in {out} (--rebuild to build again)")
        return out / "graph.html"
    from kg.cli import main as kg_main

    out.mkdir(parents=True, exist_ok=True)
    corpus = out / f"corpus-{args.articles}.jsonl"
    corpus_slice(args.corpus, args.articles, corpus)
    start = time.perf_counter()
    if kg_main(["build", str(corpus), "-o", str(out), "-q"]) != 0:
        raise SystemExit("kg build failed")
    print(f"kg build of {args.articles} articles: {time.perf_counter() - start:.0f} s")
    stamp.write_text(json.dumps(want))
    return out / "graph.html"


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--articles", type=int, default=2000)
    p.add_argument("--runs", type=int, default=5)
    p.add_argument("--corpus", type=Path, default=CORPUS)
    p.add_argument("--out", default=None, help="build folder (default /tmp/kg-html-ARTICLES)")
    p.add_argument("--rebuild", action="store_true")
    p.add_argument("--screenshot", help="save the overview as this PNG (the last run)")
    args = p.parse_args()
    args.out = args.out or f"/tmp/kg-html-{args.articles}"
    if not args.corpus.is_dir():
        raise SystemExit(f"{args.corpus}: no corpus here (../shared/corpus/news-large)")
    from kg.viz.chromium import Chromium, find_chromium

    if not find_chromium():
        raise SystemExit("no chromium on this machine (apt-get install chromium)")
    page = build(args)
    first, loaded, errors, hosts = [], [], [], []
    for run in range(args.runs):
        with Chromium() as browser:
            browser.open(page, wait="document.documentElement.dataset.ready === '1'")
            browser.wait_until("document.readyState === 'complete'")
            first.append(browser.evaluate("window.kgFirstFrame") / 1000)
            loaded.append(browser.evaluate("performance.getEntriesByType('navigation')[0].loadEventEnd") / 1000)
            title = browser.evaluate("document.getElementById('view-title').textContent")
            note = browser.evaluate("document.getElementById('view-note').textContent")
            drawn = browser.evaluate("kgView.network.body.data.nodes.get().filter(n => typeof n.id === 'number').length")
            errors += browser.errors
            hosts += [u for u in browser.requests if not u.startswith(("file:", "data:"))]
            if args.screenshot and run == args.runs - 1:
                time.sleep(0.3)
                browser.screenshot(args.screenshot)
    size = page.stat().st_size / 1e6
    print(f"page {page} ({size:.1f} MB), {drawn} nodes drawn")
    print(f"overview: {title}\n  {note}")
    print(f"first frame   median {statistics.median(first):.2f} s  (min {min(first):.2f}, max {max(first):.2f}, {args.runs} runs)")
    print(f"load event    median {statistics.median(loaded):.2f} s")
    if errors or hosts:
        raise SystemExit(f"console errors {errors[:3]}, requests to hosts {hosts[:3]}")


if __name__ == "__main__":
    main()
