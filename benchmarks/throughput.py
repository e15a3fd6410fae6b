"""Characters per CPU second of `kg build`, versions of kg side by side, and where a build's CPU goes:

    python benchmarks/throughput.py INPUT [--code DIR ...] [--repeat 3]  # each DIR's kg, alternately
    python benchmarks/throughput.py INPUT --phases [--code DIR]          # CPU seconds by phase and extractor

Each ``--code`` is a folder holding a ``kg`` package (this checkout by default; another version from
``git archive COMMIT | tar -x -C /tmp/main``); its ``kg build INPUT -o OUT`` runs in a process of its
own with that folder first on ``PYTHONPATH``, the versions taking turns, ``--repeat`` times each. A
run's CPU is its process's user and system seconds (the store's loader threads included): on a
shared machine wall times move with the load, CPU seconds much less. Prints each run, then the
medians and the characters per CPU second (the characters of the documents' texts); after each
round, whether ``graph.ttl``, ``graph.json`` and ``analyses.jsonl`` are the same bytes for every version.

``--phases`` runs one build with the CPU seconds (of the whole process) spent in tagging
(``kg.tagger.tag_documents``), in each extractor, in resolution, in reading the inputs and in the
outputs (``kg.outputs.write_build``).

Example (the numbers of docs/archives.md, "The eighth round"):

    nice -n 5 python benchmarks/throughput.py /tmp/nl-big.jsonl --code /tmp/main --code . --repeat 3
"""
from __future__ import annotations

import argparse
import filecmp
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUTPUTS = ("graph.ttl", "graph.json", "analyses.jsonl", "graph.nt", "graphs.tsv")

# Run in the child by --phases: wraps the phases with process-time counters, then runs `kg build`.
PHASES = r"""
import collections, sys, time
import kg.cli, kg.extract as ex, kg.outputs as out, kg.pipeline as pl
spent = collections.Counter()
def timed(name, f, listed=False):
    def wrapper(*a, **k):
        began = time.process_time()
        try:
            result = f(*a, **k)
            return list(result) if listed else result
        finally:
            spent[name] += time.process_time() - began
    return wrapper
for n, r in list(ex.REGISTRY.items()):
    ex.REGISTRY[n] = ex.Registered(r.name, timed("  extractor " + n, r.function, True), r.finds_mentions, r.rank, r.styles)
pl.tag_documents = timed("tagging", pl.tag_documents)
pl.run = timed("extractors", pl.run)
pl.resolve = timed("resolution", pl.resolve)
pl.build_documents = timed("reading the inputs", pl.build_documents)
out.write_build = timed("outputs (write_build)", out.write_build)
began = time.process_time()
try:
    kg.cli.main(sys.argv[1:])
finally:
    spent["the whole process after imports"] = time.process_time() - began
    for name, seconds in sorted(spent.items(), key=lambda kv: (not kv[0].startswith(" "), -kv[1])):
        print(f"{name:36s} {seconds:8.2f} s", file=sys.stderr)
"""


def characters(path: Path) -> int:
    """The characters of the documents' texts: the "text" of each JSON line, a text file's length, or
    the sum of those of a folder's ``*.jsonl`` and ``*.txt`` files."""
    if path.is_dir():
        return sum(characters(f) for f in sorted(path.rglob("*")) if f.suffix in (".jsonl", ".txt"))
    if path.suffix == ".jsonl":
        with open(path, encoding="utf-8") as f:
            return sum(len(json.loads(line)["text"]) for line in f if line.strip())
    return len(path.read_text(encoding="utf-8"))


def build(code: Path, source: Path, out: Path, phases: bool = False) -> tuple[float, float, float, str]:
    """(CPU seconds, wall seconds, peak MiB, stderr) of one `kg build` with ``code``'s kg."""
    env = {**os.environ, "PYTHONPATH": str(code)}
    argv = [sys.executable, "-c", PHASES, "build"] if phases else [sys.executable, "-m", "kg", "build"]
    shutil.rmtree(out, ignore_errors=True)
    began = time.perf_counter()
    with tempfile.TemporaryFile() as err:
        # run from the output's parent folder: a kg package in the current folder would come before PYTHONPATH
        process = subprocess.Popen([*argv, str(source), "-o", str(out), "--quiet"], cwd=out.parent, env=env,
                                   stdout=subprocess.DEVNULL, stderr=err)
        _, status, usage = os.wait4(process.pid, 0)
        err.seek(0)
        message = err.read().decode("utf-8", "replace")
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit(f"kg build with {code} failed:\n{message}")
    return usage.ru_utime + usage.ru_stime, time.perf_counter() - began, usage.ru_maxrss / 1024, message


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("input", type=Path, help="a .jsonl or .txt file, or a folder of them, to build")
    p.add_argument("--code", action="append", type=Path, help="a folder holding a kg package (repeatable; default: this checkout)")
    p.add_argument("--repeat", type=int, default=3, help="runs of each version (default 3)")
    p.add_argument("--phases", action="store_true", help="one run of each version, CPU seconds by phase")
    args = p.parse_args()
    if not args.input.exists():
        p.error(f"{args.input}: no such file or folder")
    if args.repeat < 1:
        p.error("--repeat must be 1 or more")
    codes = [c.resolve() for c in args.code or [ROOT]]
    source = args.input.resolve()
    chars = characters(source)
    work = Path(tempfile.mkdtemp(prefix="kg-throughput-"))
    print(f"{source}: {chars:,} characters; versions: {', '.join(map(str, codes))}")
    try:
        if args.phases:
            for code in codes:
                cpu, wall, peak, message = build(code, source, work / "out", phases=True)
                print(f"\n{code}: {cpu:.1f} s of CPU, {chars / cpu:,.0f} characters per CPU second\n{message}")
            return
        runs: dict[Path, list[tuple[float, float, float]]] = {c: [] for c in codes}
        for r in range(1, args.repeat + 1):
            for k, code in enumerate(codes):
                cpu, wall, peak, _ = build(code, source, work / f"out{k}")
                runs[code].append((cpu, wall, peak))
                load = os.getloadavg()[0]
                print(f"run {r}, {code}: {cpu:.2f} s CPU, {wall:.2f} s wall, {peak:,.0f} MiB, load {load:.2f}", flush=True)
            same = all(filecmp.cmp(work / "out0" / name, work / f"out{k}" / name, shallow=False)
                       for k in range(1, len(codes)) for name in OUTPUTS)
            print(f"  {', '.join(OUTPUTS)}: {'the same bytes' if same else 'DIFFER'} for every version")
        print("\n| code | CPU (median) | characters per CPU second | wall (median) | peak |\n|---|---|---|---|---|")
        for code, rs in runs.items():
            cpu, wall, peak = (statistics.median(x[i] for x in rs) for i in range(3))
            print(f"| {code} | {cpu:.2f} s | {chars / cpu:,.0f} | {wall:.2f} s | {peak:,.0f} MiB |")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
