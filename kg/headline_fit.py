"""Train the headline model of :mod:`kg.headlines` on pages annotated for their articles.

``python -m kg.headline_fit GOLD[=TEXTS] ... -o kg/data/headlines.npz [--skip 03,08] [--folds 5]``

Each GOLD is a gold file or a folder of ``*.gold.json`` (the format of ``kg eval``: each article's ``headline``,
two-line headlines joined by a space, and ``headline_alt``); TEXTS is the text it annotates (a file, or the folder its
``text_file`` stands in; by default beside the gold). Every non-blank line of every page is an example: a line of a
gold headline (or of its other reading) is one, any other line is not. ``--skip`` leaves files out by name (the
held-out); ``--folds`` first reports the lines' precision and recall on pages kept out of the training, page by page
(each page's fold from its name's SHA-1). The weights file lists the
pages it was trained on (``sources``: each gold file's folder and name).

The fit is a logistic regression with an L2 penalty, full batches and Adam, from zero weights for a fixed number of
steps: the same pages give the same weights.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections.abc import Collection
from pathlib import Path

import numpy as np

from .errors import InputError
from .evaluate import gold_files, text_of
from .headlines import SIZE, features, score
from .text import _lines, decode


def pages(spec: str, skip: Collection[str] = frozenset()) -> list[tuple[str, str, dict]]:
    """The (name, text, gold) of each page a ``GOLD[=TEXTS]`` names."""
    gold, _, texts = spec.partition("=")
    if texts and not Path(texts).exists():
        raise InputError(f"{texts}: no such file or folder")
    files = gold_files(gold) if Path(gold).is_dir() else [Path(gold)]
    out = []
    for path in files:
        name = path.name.removesuffix(".gold.json")
        if name in skip:
            continue
        try:
            g = json.loads(path.read_text(encoding="utf-8"))
        except ValueError as e:  # (not UTF-8, or not JSON)
            raise InputError(f"{path}: not a gold file ({e})") from None
        if not isinstance(g, dict) or not isinstance(g.get("articles", []), list):
            raise InputError(f"{path}: not a gold file (an object with a list of articles)")
        text_path = Path(texts) if texts and Path(texts).is_file() else text_of(
            path, g, texts or None, beside=False, hint="give GOLD=TEXTS")
        out.append((str(path), decode(text_path.read_bytes(), str(text_path)), g))
    return out


def labels(text: str, gold: dict) -> list[int]:
    """1 for each line of the text that is a line of a gold headline, else 0: of its other reading where the gold
    gives one and the text holds it (a kicker or a subtitle with the title: the lines that head the article). Each
    headline is the last of its lines' matches before its body's first characters (``first_body_chars``), so a list of
    the page's titles above the articles is no headline.

    Examples:
        >>> labels("青山网\\n青山桥\\n通车\\n今天，青山桥通车。", {"articles": [{"headline": "青山桥 通车"}]})
        [0, 1, 1, 0]
        >>> labels("导读\\n青山桥通车\\n青山桥通车\\n今天，青山桥通车。",
        ...        {"articles": [{"headline": "青山桥通车", "first_body_chars": "今天，青山桥通车。"}]})
        [0, 0, 1, 0]
    """
    return _labelled(text, gold)[0]


def _labelled(text: str, gold: dict) -> tuple[list[int], int]:
    """:func:`labels`, and how many of the gold's headlines the text does not hold line by line."""
    texts = [line.text.strip() for line in _lines(text)]
    y = [0] * len(texts)
    at = missed = 0  # the articles stand in order
    for a in gold.get("articles", []):
        body = a.get("first_body_chars") or ""
        end = next((i for i in range(at, len(texts)) if body and body.strip() in texts[i]), len(texts))
        for headline in filter(None, (a.get("headline_alt"), a.get("headline"))):
            spans = [(i, i + k) for i in range(at, end) for k in (1, 2, 3, 4) if i + k <= end
                     and (" ".join(texts[i : i + k]) == headline.strip()
                          or "".join(texts[i : i + k]) == headline.replace(" ", ""))]
            if spans:
                first, last = max(spans)
                y[first:last] = [1] * (last - first)
                at = last
                break
        else:
            missed += bool(a.get("headline"))
    return y, missed


def fit(rows: list[list[int]], y: list[int], l2: float = 1.0, steps: int = 300, rate: float = 0.05) -> np.ndarray:
    """Weights of a logistic regression on hashed features (``rows``: each example's slots) with an L2 penalty."""
    target = np.asarray(y, dtype=float)
    example = np.repeat(np.arange(len(rows)), [len(r) for r in rows])
    slot = np.concatenate([np.asarray(r, dtype=np.int64) for r in rows])
    w, m, v = np.zeros(SIZE), np.zeros(SIZE), np.zeros(SIZE)
    for t in range(1, steps + 1):
        p = 1 / (1 + np.exp(-np.bincount(example, weights=w[slot], minlength=len(rows))))
        g = (np.bincount(slot, weights=(p - target)[example], minlength=SIZE) + l2 * w) / len(rows)
        m, v = 0.9 * m + 0.1 * g, 0.999 * v + 0.001 * g * g
        w -= rate * (m / (1 - 0.9**t)) / (np.sqrt(v / (1 - 0.999**t)) + 1e-8)
    return w


def _counts(y: list[int], said: list[bool]) -> tuple[int, int, int]:
    tp = sum(1 for a, b in zip(y, said) if a and b)
    return tp, sum(said) - tp, sum(y) - tp


def _line(name: str, tp: int, fp: int, fn: int) -> str:
    p, r = tp / max(tp + fp, 1), tp / max(tp + fn, 1)
    return f"{name} P {p:.3f} R {r:.3f} F1 {2 * p * r / max(p + r, 1e-9):.3f} (right {tp}, wrong {fp}, missed {fn})"


def cross_check(data: list[tuple[str, list[list[int]], list[int]]], folds: int, l2: float) -> str:
    """The model's headline lines against the gold's, each page scored by a model trained without it."""
    fold = {name: int(hashlib.sha1(Path(name).name.encode()).hexdigest(), 16) % folds for name, *_ in data}
    counts = (0, 0, 0)
    for k in range(folds):
        train = [d for d in data if fold[d[0]] != k]
        if not train or not any(v for d in train for v in d[2]):
            continue  # (a fold of all the pages, or of all the headlines: nothing to train on without it)
        w = fit([r for d in train for r in d[1]], [v for d in train for v in d[2]], l2)
        for name, rows, y in (d for d in data if fold[d[0]] == k):
            counts = tuple(a + b for a, b in zip(counts, _counts(y, [p > 0.5 for p in score(rows, w)])))
    return _line(f"lines of headlines over {folds} folds:", *counts)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m kg.headline_fit", description=__doc__.split("\n\n")[0])
    ap.add_argument("gold", nargs="+", metavar="GOLD[=TEXTS]", help="gold file or folder, and the text(s) it annotates")
    ap.add_argument("-o", "--out", type=Path, required=True, help="weights file to write (.npz)")
    ap.add_argument("--skip", default="", help="gold files to leave out, by name (03,08: the held-out)")
    ap.add_argument("--l2", type=float, default=1.0, help="L2 penalty (default 1)")
    ap.add_argument("--folds", type=int, default=0, help="first report a page-wise cross-check over this many folds")
    args = ap.parse_args(argv)
    skip = {s for s in args.skip.split(",") if s}
    if args.l2 < 0 or args.folds == 1 or args.folds < 0:
        print("kg headline_fit: --l2 must be 0 or more, --folds 2 or more (or 0: no cross-check)", file=sys.stderr)
        return 1
    try:
        data, missed = [], 0
        for spec in args.gold:
            for name, text, gold in pages(spec, skip):
                y, lost = _labelled(text, gold)
                data.append((name, features(text, _lines(text)), y))
                missed += lost
        n, pos = sum(len(d[2]) for d in data), sum(sum(d[2]) for d in data)
        if not pos:
            raise InputError("no headline of the gold stands on lines of its text: nothing to learn")
        if args.folds > len(data):
            raise InputError(f"--folds {args.folds}: more folds than pages ({len(data)})")
        print(f"{len(data)} pages, {n} lines, {pos} of them headline lines; {missed} gold headlines not found line by "
              "line in their text", file=sys.stderr)
        if args.folds:
            print(cross_check(data, args.folds, args.l2), file=sys.stderr)
        w = fit([r for d in data for r in d[1]], [v for d in data for v in d[2]], args.l2)
        args.out.parent.mkdir(parents=True, exist_ok=True)
        tmp = args.out.with_name(args.out.name + ".tmp")
        with open(tmp, "wb") as f:
            names = sorted(f"{Path(d[0]).parent.name}/{Path(d[0]).name.removesuffix('.gold.json')}" for d in data)
            np.savez_compressed(f, weights=w.astype(np.float32), lines=np.array(n), sources=np.array(names))
        tmp.replace(args.out)
    except (InputError, OSError, ValueError) as e:
        print(f"kg headline_fit: {e}", file=sys.stderr)
        return 1
    print(f"wrote {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
