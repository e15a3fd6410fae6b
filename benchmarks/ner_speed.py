"""Speed and peak memory of kg's recognizer against jieba's POS tagger, on the same text.

    python benchmarks/ner_speed.py [--mb 1.0]

The corpus is the sentences of ../shared/eval (all splits, repeated until it holds
--mb megabytes of UTF-8). Each tagger runs in its own process, pinned to one core
(os.sched_setaffinity) with onnxruntime and numpy's BLAS on one thread; the table gives characters per
second (the median of ``--repeat`` rounds, with the slowest and fastest: timings on a shared
machine vary by a fifth between runs) and the process's peak resident memory.
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT.parent / "shared" / "eval"
# numpy's BLAS would start a thread per core and have them wait on each other on the one core
ONE_THREAD = {k: "1" for k in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS")}


def corpus(mb: float) -> list[str]:
    texts = [json.loads(line)["text"] for f in sorted(EVAL.glob("*/*.jsonl")) for line in f.open(encoding="utf-8")]
    out, size = [], 0
    while size < mb * 1e6:
        for t in texts:
            out.append(t)
            size += len(t.encode("utf-8"))
            if size >= mb * 1e6:
                break
    return out


def run_one(name: str, mb: float) -> dict:
    os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
    texts = corpus(mb)
    chars = sum(map(len, texts))
    if name == "jieba":
        import jieba
        import jieba.posseg

        jieba.setLogLevel(60)
        jieba.initialize()
        start = time.perf_counter()
        for t in texts:
            list(jieba.posseg.cut(t))
    elif name == "lac":
        from kg.tagger import LacTagger

        tagger = LacTagger.shared()
        start = time.perf_counter()
        tagger.tag(texts)
    else:
        from kg.recognize import RECOGNIZERS, recognize

        fast = ["ner" if r == "ensemble" else r for r in RECOGNIZERS]  # kg build --fast
        recognizers = ["neural"] if name == "neural" else fast if name == "fast" else list(RECOGNIZERS)
        recognize(texts[:10], recognizers)  # load the models outside the timing
        start = time.perf_counter()
        for i in range(0, len(texts), 1024):
            recognize(texts[i : i + 1024], recognizers)
    seconds = time.perf_counter() - start
    import resource

    return {"tagger": name, "chars": chars, "seconds": round(seconds, 2), "chars_per_s": round(chars / seconds),
            "peak_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)}


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("--mb", type=float, default=1.0)
    p.add_argument("--repeat", type=int, default=3, help="rounds; each round runs every tagger once (default 3)")
    p.add_argument("--one", help=argparse.SUPPRESS)
    args = p.parse_args()
    if args.one:
        print(json.dumps(run_one(args.one, args.mb)))
        return
    labels = {"kg": "kg default recognizer", "fast": "kg --fast (LAC + rules)", "neural": "trained model alone", "lac": "LAC alone (batched)",
              "jieba": "jieba POS"}
    runs: dict[str, list[dict]] = {name: [] for name in labels}
    for _ in range(args.repeat):  # rounds interleave the taggers, so a slow spell of the machine hits them all
        for name in labels:
            out = subprocess.run([sys.executable, __file__, "--one", name, "--mb", str(args.mb)], capture_output=True,
                                 text=True, cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT), **ONE_THREAD})
            if out.returncode:
                tail = (out.stderr.strip().splitlines() or ["(no output)"])[-1]
                sys.exit(f"ner_speed: the {name} run failed: {tail}")
            runs[name].append(json.loads(out.stdout.strip().splitlines()[-1]))
    print(f"{args.repeat} round(s); chars/s: median (slowest-fastest)")
    print(f"{'tagger':24} {'chars':>9} {'chars/s':>9} {'range':>15} {'peak MB':>8}")
    for name, rs in runs.items():
        speeds = sorted(r["chars_per_s"] for r in rs)
        span = f"{speeds[0]}-{speeds[-1]}"
        print(f"{labels[name]:24} {rs[0]['chars']:9d} {statistics.median(speeds):9.0f} {span:>15} "
              f"{max(r['peak_mb'] for r in rs):8d}")


if __name__ == "__main__":
    main()
