"""An archive end to end, each step as a user runs it (a separate `kg` process, wall time and peak memory):

    python benchmarks/archive_speed.py [--articles 1000] [--repeat 5] [--no-full]
    python benchmarks/archive_speed.py --queries OUT [--repeat 5]    # only the queries, on a built OUT
    python benchmarks/archive_speed.py --split OUT QUERY [--repeat 3] # where one query's kg query process spends its time

``--one-worker`` leaves out the build with 2 workers (on a machine without a second free core),
``--no-queries`` the shipped queries.

``--articles 26280`` takes the whole corpus (26,280 articles and 263 more, 1%, to add);
``--no-full`` compares the add with the 1-worker build of the 99% instead of building all of
it once more (a third full build on the whole corpus). Each row gives the load average of the
machine (1 minute) as the step ended: on a shared machine the wall times depend on it, so CPU
seconds are given beside them.

On the first N articles of ../shared/corpus/news-large (read from there, never copied into the
project): `kg build` with 1 and 2 workers, `kg add` of 1% more articles against a full build of
all of them, and p50/p95 of each shipped query through `kg query` (a whole process, on the
store) and through `kg serve` (HTTP, curl). Prints a Markdown table.
"""
from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
CORPUS = ROOT.parent / "shared" / "corpus" / "news-large"
KG = [sys.executable, "-c", "import sys; from kg.cli import main; sys.exit(main())"]


CPU: dict[str, float] = {}  # CPU seconds (user + system) of the last timed step, by its first words


def timed(argv: list[str]) -> tuple[float, float]:
    """(wall seconds, peak memory MiB) of one process; its CPU seconds go to ``CPU``, the load average to ``LOAD``."""
    start = time.perf_counter()
    with tempfile.TemporaryFile() as err, tempfile.TemporaryFile() as out:
        process = subprocess.Popen(argv, cwd=ROOT, stdout=out, stderr=err)
        _, status, usage = os.wait4(process.pid, 0)
        wall = time.perf_counter() - start
        out.seek(0, os.SEEK_END)
        if out.tell() < 1 << 16:
            out.seek(0)
            LAST_OUT[:] = [out.read()]
        else:
            out.seek(-4096, os.SEEK_END)
            LAST_OUT[:] = [out.read()]
        if os.waitstatus_to_exitcode(status) != 0:
            err.seek(0)
            raise SystemExit(f"failed: {' '.join(argv[3:])}: {err.read().decode()[-500:]}")
        err.seek(0)
        PHASES[:] = [line for line in err.read().decode("utf-8", "replace").replace("\r", "\n").splitlines()
                     if line.startswith("kg: ")]
    CPU["last"] = usage.ru_utime + usage.ru_stime
    LOAD.append(os.getloadavg()[0])
    return wall, usage.ru_maxrss / 1024


LOAD: list[float] = []
LAST_OUT: list[bytes] = [b""]  # the end of the last timed step's output
PHASES: list[str] = []  # the phase lines of the last timed step (kg build without -q prints them)


def percentiles(values: list[float]) -> str:
    values = sorted(values)
    p95 = values[min(len(values) - 1, round(0.95 * (len(values) - 1)))]
    return f"{statistics.median(values) * 1000:.0f} / {p95 * 1000:.0f}"


ROWS: dict[tuple[str, str], int] = {}  # rows of each query's answer, by (query, form)

# mentions-of-place is shipped asked about one place (管城区); the rows each place would give: its mentions
MENTIONS_BY_PLACE = """SELECT ?name (COUNT(?m) AS ?rows) WHERE {
  ?e a schema:Place ; schema:name|schema:alternateName ?name . ?m kg:denotes ?e } GROUP BY ?name"""


def forms(out: Path) -> list[tuple[str, str, dict[str, str]]]:
    """Each shipped query as shipped (the listing), then asked about one value of its first variable
    (``kg query --bind``): a typical one (the median of the values by the rows each gives in the
    listing, ties by value) and the largest (the most rows). Counted on the store in this process."""
    import pyoxigraph as ox

    from kg.query import focus_variables, named_queries, with_prefixes

    store = ox.Store.read_only(str(out / "store"))
    result = []
    for name, path in named_queries().items():
        sparql = path.read_text(encoding="utf-8")
        result.append((name, "listing", {}))
        variables = focus_variables(sparql)
        if not variables:
            continue
        var = variables[0]
        if name == "mentions-of-place":
            counts = {row["name"].value: int(row["rows"].value) for row in store.query(with_prefixes(MENTIONS_BY_PLACE))}
        else:
            counts: dict[str, int] = {}
            for row in store.query(with_prefixes(sparql)):
                if row[var] is not None:
                    counts[row[var].value] = counts.get(row[var].value, 0) + 1
        if not counts:
            continue
        ranked = sorted(counts, key=lambda v: (counts[v], v))
        for form, value in (("typical", ranked[(len(ranked) - 1) // 2]), ("largest", ranked[-1])):
            result.append((name, f"{form}: {var}={value}", {var: value}))
    del store
    return result


Times = dict[tuple[str, str], list[float]]  # seconds of each run, by (query, form)


def time_queries(out: Path, repeat: int) -> tuple[Times, Times]:
    """Seconds of each shipped query in each of its forms (:func:`forms`), ``repeat`` times: through
    `kg query` (a whole process, ``--bind``) and through `kg serve` (curl, when it is installed, the
    query's text bound the same way)."""
    from kg.query import bind, named_queries, with_prefixes

    queries = named_queries()
    todo = forms(out)
    local: dict[tuple[str, str], list[float]] = {}
    for name, form, bindings in todo:
        binds = [arg for var, value in bindings.items() for arg in ("--bind", f"{var}={value}")]
        local[name, form] = [timed([*KG, "query", str(out), name, *binds, "--max-rows", "0"])[0] for _ in range(repeat)]
        counted = re.search(rb"\((\d+) rows?\)\s*$", LAST_OUT[0])
        ROWS[name, form] = int(counted.group(1)) if counted else -1
    remote: dict[tuple[str, str], list[float]] = {}
    if shutil.which("curl"):
        from kg.serve import start

        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            port = s.getsockname()[1]
        server = start(out, port=port)
        try:
            for name, form, bindings in todo:
                sparql = with_prefixes(bind(queries[name].read_text(encoding="utf-8"), bindings))
                remote[name, form] = []
                for _ in range(repeat):
                    start_ = time.perf_counter()
                    subprocess.run(["curl", "-s", "-f", "-o", "/dev/null", "-H", "Accept: application/sparql-results+json",
                                    "--data-urlencode", f"query={sparql}", f"http://127.0.0.1:{port}/query"], check=True)
                    remote[name, form].append(time.perf_counter() - start_)
        finally:
            server.terminate()
            server.wait()
    return local, remote


def every(times: Times, form: str) -> list[float]:
    """All runs of the queries in one form (``listing``, ``typical``, ``largest``)."""
    return [t for (_, f), ts in times.items() if f.split(":")[0] == form for t in ts]


def split(out: Path, name: str, repeat: int) -> None:
    """Medians of whole processes (Python alone, importing kg's CLI, an empty query, the query as a table and as
    TSV) beside the query alone in pyoxigraph in this process (the store opened, every value of every row read)."""
    import pyoxigraph as ox

    from kg.query import named_queries, with_prefixes

    def median_of(argv: list[str]) -> float:
        return statistics.median(timed(argv)[0] for _ in range(repeat)) * 1000

    steps = [("python -c pass", [sys.executable, "-c", "pass"]),
             ("python -c 'import kg.cli'", [sys.executable, "-c", "import kg.cli"]),
             ("kg query OUT mentions-of-place (an empty answer)", [*KG, "query", str(out), "mentions-of-place", "--max-rows", "0"]),
             (f"kg query OUT {name}", [*KG, "query", str(out), name, "--max-rows", "0"]),
             (f"kg query OUT {name} --format tsv", [*KG, "query", str(out), name, "--max-rows", "0", "--format", "tsv"])]
    for what, argv in steps:
        print(f"| {what} | {median_of(argv):,.0f} ms |")
    sparql = with_prefixes(named_queries()[name].read_text(encoding="utf-8"))
    times, rows = [], 0
    for _ in range(repeat):
        start = time.perf_counter()
        store = ox.Store.read_only(str(out / "store"))
        rows = len([[term.value if term is not None else None for term in row] for row in store.query(sparql)])
        times.append(time.perf_counter() - start)
        del store
    print(f"| pyoxigraph alone: the store opened, the query, every value read ({rows:,} rows) | "
          f"{statistics.median(times) * 1000:,.0f} ms |")
    print(f"\nload average {os.getloadavg()[0]:.1f} (1 minute) at the end")


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("--articles", type=int, default=1000)
    p.add_argument("--repeat", type=int, default=5)
    p.add_argument("--no-full", action="store_true", help="compare kg add with the 1-worker build, not a build of all")
    p.add_argument("--one-worker", action="store_true", help="leave out the build with 2 workers")
    p.add_argument("--no-queries", action="store_true", help="leave out the shipped queries (kg query, kg serve)")
    p.add_argument("--queries", metavar="OUT", help="only time the shipped queries on this built folder, each one apart")
    p.add_argument("--split", nargs=2, metavar=("OUT", "QUERY"), help="where a kg query process of QUERY spends its time")
    args = p.parse_args()
    if args.split:
        print("| step | median |\n|---|---|")
        split(Path(args.split[0]), args.split[1], args.repeat)
        return
    if args.queries:
        print("| query | form | rows | kg query p50 / p95 ms | kg serve p50 / p95 ms |\n|---|---|---|---|---|")
        local, remote = time_queries(Path(args.queries), args.repeat)
        for key in local:
            print(f"| {key[0]} | {key[1]} | {ROWS[key]:,} | {percentiles(local[key])} | "
                  f"{percentiles(remote[key]) if key in remote else ''} |")
        for form in ("listing", "typical", "largest"):
            runs = every(local, form)
            print(f"| **all, {form}** | {len(runs) // args.repeat} queries | | **{percentiles(runs)}** | "
                  f"**{percentiles(every(remote, form)) if remote else ''}** |")
        print(f"\nload average {os.getloadavg()[0]:.1f} (1 minute) at the end")
        return
    lines = []
    for f in sorted(CORPUS.glob("*.jsonl")):
        with f.open(encoding="utf-8") as src:
            for line in src:
                lines.append(line)
                if len(lines) >= args.articles * 101 // 100:
                    break
        if len(lines) >= args.articles * 101 // 100:
            break
    base, extra = lines[: args.articles], lines[args.articles :]
    chars = sum(len(json.loads(line)["text"]) for line in base)
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        t = Path(tmp)
        (t / "base.jsonl").write_text("".join(base), encoding="utf-8")
        (t / "extra.jsonl").write_text("".join(extra), encoding="utf-8")
        w1, m1 = timed([*KG, "build", str(t / "base.jsonl"), "-o", str(t / "w1")])
        c1, phases = CPU["last"], list(PHASES)
        rows.append(("kg build, 1 worker", f"{w1:.1f} s ({c1:.0f} s CPU)",
                     f"{chars / w1:,.0f} chars/s ({chars / c1:,.0f} per CPU second)", f"{m1:,.0f} MiB", f"{LOAD[-1]:.1f}"))
        same = None
        if not args.one_worker:
            w2, m2 = timed([*KG, "build", str(t / "base.jsonl"), "-o", str(t / "w2"), "-q", "--workers", "2"])
            rows.append(("kg build, 2 workers", f"{w2:.1f} s", f"{w2 / w1:.2f} of 1 worker", f"{m2:,.0f} MiB (main)",
                         f"{LOAD[-1]:.1f}"))
            same = (t / "w1" / "graph.ttl").read_bytes() == (t / "w2" / "graph.ttl").read_bytes()
            shutil.rmtree(t / "w2")
        if args.no_full:
            full, reference = w1, "the 1-worker build of the 99%"
        else:
            full, _ = timed([*KG, "build", str(t / "base.jsonl"), str(t / "extra.jsonl"), "-o", str(t / "full"), "-q"])
            reference = "a full build"
        added, ma = timed([*KG, "add", str(t / "w1"), str(t / "extra.jsonl")])
        add_phases = list(PHASES)
        rows.append((f"kg add of {len(extra)} articles (1%)", f"{added:.1f} s", f"{added / full:.0%} of {reference} ({full:.1f} s)",
                     f"{ma:,.0f} MiB", f"{LOAD[-1]:.1f}"))
        equal = None if args.no_full else (t / "w1" / "graph.ttl").read_bytes() == (t / "full" / "graph.ttl").read_bytes()
        served = t / "w1"  # the added-to build: base and extra
        local, remote = time_queries(served, args.repeat) if not args.no_queries else ({}, {})
        for form in ("listing", "typical", "largest") if local else ():
            rows.append((f"kg query, shipped queries, {form} x {args.repeat}", "p50 / p95 ms",
                         percentiles(every(local, form)), "", f"{LOAD[-1]:.1f}"))
            if remote:
                rows.append((f"kg serve, the same (curl)", "p50 / p95 ms", percentiles(every(remote, form)), "",
                             f"{os.getloadavg()[0]:.1f}"))
    print(f"{args.articles} articles of news-large, {chars:,} characters; 2 workers give the same graph.ttl: {'not checked (--one-worker)' if same is None else same}; "
          f"build + add equals a full build: {'not checked (--no-full)' if equal is None else equal}\n")
    print("| step | time | rate | peak memory | load average |\n|---|---|---|---|---|")
    for row in rows:
        print("| " + " | ".join(row) + " |")
    print("\nThe phases of the 1-worker build, as it printed them:\n")
    for line in phases:
        print(f"    {line}")
    print("\nThe phases of kg add:\n")
    for line in add_phases:
        print(f"    {line}")


if __name__ == "__main__":
    main()
