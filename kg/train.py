"""Train the recognizer of :mod:`kg.neural`: ``python -m kg.train``.

Reads labeled JSONL (``{"text", "entities": [{"start", "end", "type"}]}``, types PER/LOC/ORG),
cuts every sentence into LAC's character ids, the recognizer's character ids and cues, and BIO
tags (:func:`prepare`), and trains with PyTorch (:func:`kg.fit.fit`) the head over LAC's encoder
(a convolution over its last layer's states, its tag scores, character vectors and cues, a
linear layer and a CRF per annotation style) and, with ``--encoder-layers``, a copy of the
encoder's top layers with it. It writes the
weights as numpy arrays (``kg/data/names.npz``) and the names of the training data
(``lexicon.tsv`` beside it); running kg needs numpy and onnxruntime only.

Training needs PyTorch, which kg itself does not (use the CPU build:
``pip install torch --index-url https://download.pytorch.org/whl/cpu``). Seeds are
fixed, the algorithms deterministic and the threads set, so the same data and options
give the same model on the same machine. The shipped model (docs/recognizer.md)::

    python -m kg.train ../shared/eval/msra/train.jsonl@news ../shared/eval/cluener/train.jsonl@fine

``FILE*N`` repeats a file N times (weights a small in-domain set); ``FILE@STYLE`` says which
annotation convention the file follows (``news``: MSRA and People's Daily, the default;
``fine``: CLUENER; ``pku``: People's Daily 1998's Peking University conventions). The options
were chosen on ``--hold-out 10``, one training sentence in ten kept apart by a hash of its
text; the test splits were never used for choosing. ``--prepare DATA.npz`` only writes the
prepared data, for ``python -m kg.fit DATA.npz --device cuda`` on a machine with a GPU.
"""
from __future__ import annotations

import argparse
import io
import sys
import tempfile
import zlib
from pathlib import Path

import numpy as np

from .errors import InputError
from .ner_eval import entity_spans, format_report, read_jsonl, score
from .neural import DEFAULT_STYLE, LEXICON, MODEL, STYLES, NameModel, bio, build_lexicon, cues, inputs
from .rdf import write_atomic
from .tagger import LacTagger, encoder_weights

LABEL_OF = {"Person": "PER", "Place": "LOC", "Organization": "ORG"}
KG_TYPE = {v: k for k, v in LABEL_OF.items()}


def load(spec: str) -> tuple[list[dict], str]:
    """``PATH[*N][@STYLE]``: the records of PATH, N times, annotated in STYLE."""
    spec, _, style = spec.partition("@")
    path, _, times = spec.partition("*")
    if (style or DEFAULT_STYLE) not in STYLES:
        raise InputError(f"unknown style {style!r}: one of {', '.join(STYLES)}")
    return read_jsonl(path) * (int(times) if times else 1), style or DEFAULT_STYLE


def source(spec: str) -> str:
    """How the model names a training file: its last two path parts and the style
    (``msra/train.jsonl@news``), so that a test can check it against the test splits.

    Examples:
        >>> source("../shared/eval/msra/train.jsonl*2@news"), source("cluener/train.jsonl@fine")
        ('msra/train.jsonl@news', 'cluener/train.jsonl@fine')
    """
    spec, _, style = spec.partition("@")
    return "/".join(Path(spec.partition("*")[0]).parts[-2:]) + "@" + (style or DEFAULT_STYLE)


def names(records: list[dict]) -> list[tuple[str, str]]:
    return [(r["text"][s:e], LABEL_OF[t]) for r in records for s, e, t in entity_spans(r) if t in LABEL_OF]


def fold(text: str, folds: int = 2) -> int:
    return zlib.crc32(text.encode("utf-8")) % folds


def tuning(text: str, hold_out: int) -> bool:
    """Whether a training sentence is in the tuning split that ``--hold-out N`` keeps apart
    (one in N, by a hash of its text: the same sentences on every run).

    Examples:
        >>> tuning("张三在北京。", 1), sum(tuning(str(i), 10) for i in range(1000))
        (True, 104)
    """
    return zlib.crc32(("tune:" + text).encode("utf-8")) % hold_out == 0


def prepare(files: list[str], out: Path, hold_out: int = 0, folds: int = 2, sample: int = 0) -> dict[str, list[dict]]:
    """Write what :func:`kg.fit.fit` trains on to ``out`` (one ``.npz``): per sentence LAC's
    character ids (cut at its ``max_len``), the recognizer's character ids and cues, BIO tags,
    its style and whether :func:`tuning` keeps it apart; the training names; and LAC's encoder
    weights (only the rows of its character table the data reads). A training sentence's
    lexicon cues come from the names of the other folds (jackknifing), so the model does not
    learn that every training name is in the lexicon; a held-out sentence's come from all
    training names, as at run time. Returns the held-out records per style.
    """
    tagger = LacTagger.shared()
    cut = tagger.max_len
    items = []  # (text, style, record, held)
    for spec in files:
        records, style = load(spec)
        for r in records[: sample or None]:
            items.append((r["text"], style, r, bool(hold_out) and tuning(r["text"], hold_out)))
    if not any(not held for *_, held in items):
        raise InputError("no training sentence is left (all held out, or the files are empty)")
    trained = [r for _, _, r, held in items if not held]
    lexicons = [build_lexicon(names([r for r in trained if fold(r["text"], folds) != k])) for k in range(folds)]
    everything = build_lexicon(names(trained))
    texts = list(dict.fromkeys(t for t, *_ in items))
    held_texts = {t for t, _, _, held in items if held}
    counts: dict[str, int] = {}
    for t, _, _, held in items:  # characters of the training sentences (a repeated one counts again)
        if held:
            continue
        for c in t:
            counts[c] = counts.get(c, 0) + 1
    chars = {c: i + 2 for i, c in enumerate(sorted(c for c, n in counts.items() if n >= 2))}
    found = [cues(t[:cut], everything if t in held_texts else lexicons[fold(t, folds)]) for t in texts]
    cue_index = {c: i for i, c in enumerate(sorted({f for per_char in found for fs in per_char for f in fs}))}
    lac_ids = [tagger._ids(t[:cut]) for t in texts]
    used = sorted({i for ids in lac_ids for i in ids})  # the rows of LAC's table the data reads
    compact = {old: new for new, old in enumerate(used)}
    weights = encoder_weights()
    arrays: dict[str, np.ndarray] = {f"lac_{k}": v for k, v in weights.items() if k != "embedding"}
    arrays["lac_embedding"] = weights["embedding"][used]
    arrays["text_off"] = np.concatenate([[0], np.cumsum([len(ids) for ids in lac_ids])]).astype(np.int64)
    arrays["lac_ids"] = np.array([compact[i] for ids in lac_ids for i in ids], dtype=np.uint16)
    rows = [inputs(t[:cut], chars, cue_index, f) for t, f in zip(texts, found)]
    arrays["char_ids"] = np.concatenate([ids for ids, _ in rows]).astype(np.uint16)
    arrays["cue_off"] = np.concatenate([[0], np.cumsum([len(m) for _, m in rows])]).astype(np.int64)
    arrays["cue_pairs"] = np.array([p for _, m in rows for p in m], dtype=np.uint16).reshape(-1, 2)
    index = {t: k for k, t in enumerate(texts)}
    arrays["item_text"] = np.array([index[t] for t, *_ in items], dtype=np.int64)
    arrays["item_style"] = np.array([STYLES.index(s) for _, s, _, _ in items], dtype=np.int64)
    arrays["item_held"] = np.array([held for *_, held in items], dtype=bool)
    tags = [bio(min(len(r["text"]), cut), [(s, e, LABEL_OF[ty]) for s, e, ty in entity_spans(r) if ty in LABEL_OF])
            for _, _, r, _ in items]
    arrays["tags"] = np.array([t for ts in tags for t in ts], dtype=np.int8)
    arrays["chars"] = np.array(sorted(chars, key=chars.get))
    arrays["cues"] = np.array(sorted(cue_index, key=cue_index.get))
    arrays["sources"] = np.array([source(spec) for spec in files])
    arrays["lexicon"] = np.array([f"{n}\t{t}" for n, t in sorted(set(names(trained)))])
    buffer = io.BytesIO()
    np.savez_compressed(buffer, **arrays)
    write_atomic(out, buffer.getvalue())
    print(f"{len(items)} sentences ({int(arrays['item_held'].sum())} held out), {len(texts)} distinct, "
          f"{int(arrays['text_off'][-1]):,} characters → {out}", file=sys.stderr)
    held: dict[str, list[dict]] = {}
    for _, style, r, is_held in items:
        if is_held:
            held.setdefault(style, []).append(r)
    return held


def train(files: list[str], out: Path, hold_out: int = 0, sample: int = 0, folds: int = 2,
          **options) -> dict[str, list[dict]]:
    """Prepare the files and fit the model (``options``: :func:`kg.fit.fit`'s); write the weights
    to ``out`` and the training names beside it. With ``hold_out`` N, one sentence in N
    (:func:`tuning`) is kept out of the training and returned, per style, to score the model on."""
    from .fit import fit

    with tempfile.TemporaryDirectory(prefix="kg-train-") as tmp:
        data = Path(tmp) / "data.npz"
        held = prepare(files, data, hold_out, folds, sample)
        fit(data, out, **options)
    return held


def evaluate(model_path: Path, records: list[dict], style: str = DEFAULT_STYLE) -> dict:
    """Exact-span scores of the model's own names (no kg filters) on labeled records."""
    from .neural import load_lexicon

    model = NameModel(model_path, load_lexicon(model_path.with_name(LEXICON.name)))
    analysed = LacTagger.shared().analyse([r["text"] for r in records], (style,), model)
    pred = [[(s, e, KG_TYPE[t]) for s, e, t in a.names[style]] for a in analysed]
    return score([[s for s in entity_spans(r) if s[2] in KG_TYPE.values()] for r in records], pred)


def main(argv: list[str] | None = None) -> int:
    from .fit import add_options, check_options, options

    p = argparse.ArgumentParser(prog="python -m kg.train", description=__doc__,
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("files", nargs="+", metavar="TRAIN.jsonl[*N][@STYLE]")
    p.add_argument("-o", "--out", type=Path, default=MODEL)
    p.add_argument("--dev", action="append", default=[], metavar="DEV.jsonl[@STYLE]",
                   help="score on this split after training")
    p.add_argument("--hold-out", type=int, default=0, metavar="N",
                   help="keep one training sentence in N apart (by a hash of its text) and score on it")
    p.add_argument("--limit", type=int, default=0, metavar="N", help="read only the first N sentences of each file")
    p.add_argument("--prepare", type=Path, default=None, metavar="DATA.npz",
                   help="only write the prepared data here, for python -m kg.fit DATA.npz (on a GPU machine)")
    add_options(p)
    args = p.parse_args(argv)
    problem = check_options(args)
    if problem:
        print(f"python -m kg.train: error: {problem}", file=sys.stderr)
        return 1
    try:
        if args.prepare is not None:
            prepare(args.files, args.prepare, args.hold_out, sample=args.limit)
            return 0
        try:
            import torch  # noqa: F401
        except ImportError:
            print("python -m kg.train: training needs PyTorch (pip install torch --index-url "
                  "https://download.pytorch.org/whl/cpu); running kg does not", file=sys.stderr)
            return 1
        dev = [(d, *load(d)) for d in args.dev]  # read first: a bad file fails before the training, not after
        trained = {spec.partition("@")[2] or DEFAULT_STYLE for spec in args.files}
        for spec, _, style in dev:
            if style not in trained:
                raise InputError(f"{spec}: no training file is in the {style} convention")
        held = train(args.files, args.out, hold_out=args.hold_out, sample=args.limit, **options(args))
        for style, records in held.items():
            print(format_report(evaluate(args.out, records, style), f"held-out 1/{args.hold_out} ({style})"))
        for spec, records, style in dev:
            print(format_report(evaluate(args.out, records, style), spec))
    except InputError as e:
        print(f"python -m kg.train: error: {e}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
