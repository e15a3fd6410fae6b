"""Train the recognizer of :mod:`kg.neural`: ``python -m kg.train``.

Reads labeled JSONL (``{"text", "entities": [{"start", "end", "type"}]}``, types PER/LOC/ORG),
runs LAC's encoder over every sentence once, and trains the head (a convolution
over LAC's states, character vectors and cues, optionally a bidirectional GRU over it
(``--rnn``), a linear layer and a CRF per annotation style) with Adam on the CPU. It writes the weights as numpy arrays
(``kg/data/names.npz``) and the names of the training data (``lexicon.tsv``
beside it); running kg needs numpy only.

Training needs PyTorch, which kg itself does not (use the CPU build:
``pip install torch --index-url https://download.pytorch.org/whl/cpu``). Seeds are
fixed, the algorithms deterministic and the threads set, so the same data and options
give the same model on the same machine. The shipped model was built from the
training splits only, in about ten minutes on one core (docs/recognizer.md)::

    python -m kg.train ../shared/eval/msra/train.jsonl@news ../shared/eval/cluener/train.jsonl@fine --cache /tmp/kg-lac

``FILE*N`` repeats a file N times (weights a small in-domain set); ``FILE@STYLE`` says which
annotation convention the file follows (``news``: MSRA and People's Daily, the default;
``fine``: CLUENER; ``pku``: People's Daily 1998's Peking University conventions). The options
were chosen on ``--hold-out 10``, one training sentence in ten kept apart by a hash of its
text; the test splits were never used for choosing.
"""
from __future__ import annotations

import argparse
import hashlib
import io
import os
import sys
import time
import zlib
from collections import Counter
from pathlib import Path

import numpy as np

from .errors import InputError
from .ner_eval import entity_spans, format_report, read_jsonl, score
from .neural import (DEFAULT_STYLE, FEATURES, LEXICON, MODEL, STYLES, TAGS, NameModel, bio, build_lexicon, cues,
                     features, inputs)
from .rdf import write_atomic
from .tagger import LacTagger

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


def lac_features(texts: list[str], tagger: LacTagger, cache: Path | None = None) -> list[np.ndarray]:
    """:func:`kg.neural.features` of each text, ``[len, FEATURES]`` float16 (cut at ``max_len``).

    With ``cache`` (a folder), the features of the same texts are computed once and kept
    there (one ``.npy`` file named by a hash of the texts, read back memory-mapped).
    """
    pieces = [t[: tagger.max_len] for t in texts]
    lengths = np.array([len(p) for p in pieces], dtype=np.int64)
    offsets = np.concatenate([[0], np.cumsum(lengths)])
    path = None
    if cache is not None:
        key = hashlib.sha256("\x00".join(pieces).encode("utf-8")).hexdigest()[:16]
        path = Path(cache) / f"lac-{key}-{FEATURES}.npy"
    if path is None or not path.exists():
        shape = (int(offsets[-1]), FEATURES)
        tmp = None if path is None else path.with_name(f".{path.name}.{os.getpid()}.tmp")
        if tmp is None:
            table = np.zeros(shape, dtype=np.float16)
        else:  # filled in place on disk, renamed when whole
            tmp.parent.mkdir(parents=True, exist_ok=True)
            table = np.lib.format.open_memmap(tmp, mode="w+", dtype=np.float16, shape=shape)
        done = 0
        try:
            for batch, scores, states in tagger.run(pieces):
                both = features(states, scores).astype(np.float16)
                for row, k in enumerate(batch):
                    table[offsets[k] : offsets[k + 1]] = both[row]
                done += len(batch)
                if done // 5000 != (done - len(batch)) // 5000:
                    print(f"  LAC features: {done}/{len(pieces)} sentences", file=sys.stderr)
            if tmp is None:
                return [table[offsets[k] : offsets[k + 1]] for k in range(len(texts))]
            table.flush()
            del table
            os.replace(tmp, path)
        except BaseException:  # never a half-written cache file
            if tmp is not None and tmp.exists():
                tmp.unlink()
            raise
    table = np.load(path, mmap_mode="r")
    return [table[offsets[k] : offsets[k + 1]] for k in range(len(texts))]


def _network(torch, n_features: int, n_chars: int, char_dim: int, n_cues: int, hidden: int, kernel: int,
             layers: int, dropout: float, rnn: int = 0):
    nn = torch.nn

    class Crf(nn.Module):
        def __init__(self, n: int):
            super().__init__()
            self.trans = nn.Parameter(torch.zeros(n, n))
            self.start = nn.Parameter(torch.zeros(n))
            self.end = nn.Parameter(torch.zeros(n))

        def nll(self, em, tags, mask):
            """Summed negative log-likelihood of the gold paths (em [B,T,K], mask [B,T])."""
            gold = self.start[tags[:, 0]] + em[:, 0].gather(1, tags[:, :1]).squeeze(1)
            alpha = self.start[None] + em[:, 0]
            for t in range(1, em.shape[1]):
                m = mask[:, t]
                gold = gold + (self.trans[tags[:, t - 1], tags[:, t]] + em[:, t].gather(1, tags[:, t : t + 1]).squeeze(1)) * m
                step = torch.logsumexp(alpha[:, :, None] + self.trans[None] + em[:, t, None, :], dim=1)
                alpha = step * m[:, None] + alpha * (1 - m[:, None])
            last = tags.gather(1, (mask.sum(1).long() - 1)[:, None]).squeeze(1)
            gold = gold + self.end[last]
            return (torch.logsumexp(alpha + self.end[None], 1) - gold).sum()

    class Net(nn.Module):
        def __init__(self):
            super().__init__()
            self.chars = nn.Embedding(n_chars, char_dim)
            self.drop = nn.Dropout(dropout)
            sizes = [n_features + char_dim + n_cues] + [hidden] * layers
            self.convs = nn.ModuleList(nn.Conv1d(a, b, kernel, padding=kernel // 2) for a, b in zip(sizes, sizes[1:]))
            self.rnn = nn.GRU(hidden, rnn, batch_first=True, bidirectional=True) if rnn else None
            self.out = nn.ModuleDict({s: nn.Linear(hidden + 2 * rnn, len(TAGS)) for s in STYLES})
            self.crf = nn.ModuleDict({s: Crf(len(TAGS)) for s in STYLES})

        def scores(self, features, ids, marks, style, mask):
            h = self.drop(torch.cat([features, self.chars(ids), marks], -1)).transpose(1, 2)
            for conv in self.convs:
                h = self.drop(torch.relu(conv(h)))
            h = h.transpose(1, 2)
            if self.rnn is not None:  # packed: the backward direction starts at each sentence's own end
                lengths = mask.sum(1).long()
                packed = nn.utils.rnn.pack_padded_sequence(h, lengths, batch_first=True, enforce_sorted=False)
                r, _ = nn.utils.rnn.pad_packed_sequence(self.rnn(packed)[0], batch_first=True, total_length=h.shape[1])
                h = torch.cat([h, self.drop(r)], -1)
            return self.out[style](h)

    return Net()


def train(files: list[str], out: Path, epochs: int = 10, hidden: int = 128, kernel: int = 3, layers: int = 1,
          rnn: int = 0, char_dim: int = 64, dropout: float = 0.3, lr: float = 2e-3, batch_size: int = 32, threads: int = 1,
          folds: int = 2, seed: int = 0, hold_out: int = 0, cache: Path | None = None,
          sample: int = 0) -> dict[str, list[dict]]:
    """Train and write the model and its lexicon (``lexicon.tsv`` beside it).

    A sentence's lexicon cues come from the names of the other folds (jackknifing),
    so the model does not learn that every training name is in the lexicon. With
    ``hold_out`` N, one sentence in N (:func:`tuning`) is kept out of the training and
    returned, per style, to score the model on; ``cache`` is a folder for LAC's features.
    """
    import torch

    torch.manual_seed(seed)
    torch.use_deterministic_algorithms(True)
    torch.set_num_threads(threads)
    rng = np.random.default_rng(seed)
    loaded = [load(spec) for spec in files]
    start = time.time()
    tagger = LacTagger.shared()
    limit = tagger.max_len  # longer sentences are cut: the encoder reads at most this many characters
    unique: dict[str, int] = {}  # one copy of the features of a repeated sentence
    lac: list[np.ndarray] = []
    data = []
    held: dict[str, list[dict]] = {}
    for records, style in loaded:
        own = list(dict.fromkeys(r["text"] for r in records))  # per file, held-out sentences too: one cache
        for t, f in zip(own, lac_features(own, tagger, cache)):
            if t not in unique:
                unique[t] = len(unique)
                lac.append(f)
        for r in records[: sample or None]:  # features of the whole file: the cache serves any sample
            if hold_out and tuning(r["text"], hold_out):
                held.setdefault(style, []).append(r)
            else:
                data.append((unique[r["text"]], r, style))
    if not data:
        raise InputError("no training sentence is left (all held out, or the files are empty)")
    texts = list(unique)
    records = [r for _, r, _ in data]
    lexicons = [build_lexicon(names([r for r in records if fold(r["text"], folds) != k])) for k in range(folds)]
    char_counts = Counter(c for t in dict.fromkeys(r["text"] for r in records) for c in t)
    chars = {c: i + 2 for i, c in enumerate(sorted(c for c, n in char_counts.items() if n >= 2))}
    per_text = [cues(t[:limit], lexicons[fold(t, folds)]) for t in texts]
    cue_index = {c: i for i, c in enumerate(sorted({f for per_char in per_text for fs in per_char for f in fs}))}
    encoded = [inputs(t[:limit], chars, cue_index, found) for t, found in zip(texts, per_text)]
    tags = []  # per training sentence: a text may come twice, labeled in two styles
    for _, r, _ in data:
        spans = [(s, e, LABEL_OF[t]) for s, e, t in entity_spans(r) if t in LABEL_OF]
        tags.append(np.array(bio(min(len(r["text"]), limit), spans), dtype=np.int64))
    print(f"{len(data)} sentences, {len(texts)} distinct, LAC and cues in {time.time() - start:.0f}s", file=sys.stderr)

    net = _network(torch, FEATURES, len(chars) + 2, char_dim, len(cue_index),
                   hidden, kernel, layers, dropout, rnn)
    opt = torch.optim.Adam(net.parameters(), lr=lr)

    def batches(items: list[tuple[int, int, str]]):  # (sentence, distinct text, style)
        order = sorted(range(len(items)), key=lambda i: (len(tags[items[i][0]]), i))
        for b in range(0, len(order), batch_size):
            chunk = [items[i] for i in order[b : b + batch_size]]
            n = max(len(tags[i]) for i, _, _ in chunk)
            x = np.zeros((len(chunk), n, FEATURES), dtype=np.float32)
            ids = np.zeros((len(chunk), n), dtype=np.int64)
            marks = np.zeros((len(chunk), n, len(cue_index)), dtype=np.float32)
            y = np.zeros((len(chunk), n), dtype=np.int64)
            mask = np.zeros((len(chunk), n), dtype=np.float32)
            for j, (i, k, _) in enumerate(chunk):
                m = len(tags[i])
                x[j, :m] = lac[k]
                ids[j, :m] = encoded[k][0]
                for pos, c in encoded[k][1]:
                    marks[j, pos, c] = 1.0
                y[j, :m] = tags[i]
                mask[j, :m] = 1.0
            yield chunk[0][2], [torch.from_numpy(a) for a in (x, ids, marks, y, mask)]

    items = [(i, k, style) for i, (k, _, style) in enumerate(data) if len(tags[i])]
    by_style = {s: [it for it in items if it[2] == s] for s in STYLES}
    for epoch in range(epochs):
        for group in opt.param_groups:
            group["lr"] = lr * (1 - epoch / epochs)
        todo = [b for s in STYLES for b in batches(by_style[s])]
        rng.shuffle(todo)
        net.train()
        total = 0.0
        for style, (x, ids, marks, y, mask) in todo:
            loss = net.crf[style].nll(net.scores(x, ids, marks, style, mask), y, mask) / len(y)
            opt.zero_grad()
            loss.backward()
            torch.nn.utils.clip_grad_norm_(net.parameters(), 5.0)
            opt.step()
            total += loss.item()
        print(f"epoch {epoch + 1}/{epochs}: loss {total / max(len(todo), 1):.2f} ({time.time() - start:.0f}s)",
              file=sys.stderr)

    weights = {"chars": np.array(sorted(chars, key=chars.get)), "cues": np.array(sorted(cue_index, key=cue_index.get)),
               "char_vectors": net.chars.weight.detach().numpy().astype(np.float32),
               "sources": np.array([source(spec) for spec in files])}
    for i, conv in enumerate(net.convs):
        weights[f"conv{i}_w"] = conv.weight.detach().permute(2, 1, 0).numpy().astype(np.float32)
        weights[f"conv{i}_b"] = conv.bias.detach().numpy().astype(np.float32)
    if net.rnn is not None:  # [direction, in, 3·units] and [direction, 3·units], gates r, z, n as PyTorch's
        for name, key in (("ih", "weight_ih"), ("hh", "weight_hh"), ("bih", "bias_ih"), ("bhh", "bias_hh")):
            both = [getattr(net.rnn, f"{key}_l0{suffix}").detach() for suffix in ("", "_reverse")]
            weights[f"gru_{name}"] = torch.stack([t.T if t.dim() == 2 else t for t in both]).numpy().astype(np.float32)
    for s in STYLES:
        if not by_style[s]:
            continue
        weights[f"{s}_w"] = net.out[s].weight.detach().T.numpy().astype(np.float32)
        weights[f"{s}_b"] = net.out[s].bias.detach().numpy().astype(np.float32)
        weights[f"{s}_trans"] = net.crf[s].trans.detach().numpy().astype(np.float32)
        weights[f"{s}_start"] = net.crf[s].start.detach().numpy().astype(np.float32)
        weights[f"{s}_end"] = net.crf[s].end.detach().numpy().astype(np.float32)
    buffer = io.BytesIO()
    np.savez_compressed(buffer, **weights)
    write_atomic(out, buffer.getvalue())
    lexicon = sorted(set(names(records)))
    write_atomic(out.with_name(LEXICON.name), "".join(f"{n}\t{t}\n" for n, t in lexicon).encode("utf-8"))
    print(f"trained on {len(data)} sentences in {time.time() - start:.0f}s → {out} ({out.stat().st_size / 1e6:.1f} MB)",
          file=sys.stderr)
    return held


def evaluate(model_path: Path, records: list[dict], style: str = DEFAULT_STYLE) -> dict:
    """Exact-span scores of the model's own names (no kg filters) on labeled records."""
    from .neural import load_lexicon

    model = NameModel(model_path, load_lexicon(model_path.with_name(LEXICON.name)))
    analysed = LacTagger.shared().analyse([r["text"] for r in records], (style,), model)
    pred = [[(s, e, KG_TYPE[t]) for s, e, t in a.names[style]] for a in analysed]
    return score([[s for s in entity_spans(r) if s[2] in KG_TYPE.values()] for r in records], pred)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m kg.train", description=__doc__,
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("files", nargs="+", metavar="TRAIN.jsonl[*N][@STYLE]")
    p.add_argument("-o", "--out", type=Path, default=MODEL)
    p.add_argument("--dev", action="append", default=[], metavar="DEV.jsonl[@STYLE]",
                   help="score on this split after training")
    p.add_argument("--epochs", type=int, default=10)
    p.add_argument("--hidden", type=int, default=128)
    p.add_argument("--kernel", type=int, default=3, help="characters the convolution reads (odd)")
    p.add_argument("--layers", type=int, default=1)
    p.add_argument("--rnn", type=int, default=0, metavar="UNITS",
                   help="a bidirectional GRU of UNITS per direction over the convolution (default 0: none; "
                        "64 with --epochs 12 is the candidate of docs/recognizer.md)")
    p.add_argument("--char-dim", type=int, default=64, help="size of the learned character vectors (default 64)")
    p.add_argument("--lr", type=float, default=2e-3, help="Adam's learning rate, decayed linearly (default 0.002)")
    p.add_argument("--dropout", type=float, default=0.3)
    p.add_argument("--batch-size", type=int, default=32, help="sentences per step (default 32)")
    p.add_argument("--threads", type=int, default=1, help="PyTorch's threads (default 1)")
    p.add_argument("--hold-out", type=int, default=0, metavar="N",
                   help="keep one training sentence in N apart (by a hash of its text) and score on it")
    p.add_argument("--cache", type=Path, default=None, metavar="DIR",
                   help="keep LAC's features of each training file here (float16), reused by the next run")
    p.add_argument("--limit", type=int, default=0, metavar="N", help="read only the first N sentences of each file")
    p.add_argument("--seed", type=int, default=0, help="seed of the initial weights and the batch order (default 0)")
    args = p.parse_args(argv)
    try:
        import torch  # noqa: F401
    except ImportError:
        print("python -m kg.train: training needs PyTorch (pip install torch --index-url "
              "https://download.pytorch.org/whl/cpu); running kg does not", file=sys.stderr)
        return 1
    try:
        dev = [(d, *load(d)) for d in args.dev]  # read first: a bad file fails before the training, not after
        trained = {spec.partition("@")[2] or DEFAULT_STYLE for spec in args.files}
        for spec, _, style in dev:
            if style not in trained:
                raise InputError(f"{spec}: no training file is in the {style} convention")
        held = train(args.files, args.out, epochs=args.epochs, hidden=args.hidden, kernel=args.kernel,
                     layers=args.layers, rnn=args.rnn, char_dim=args.char_dim, lr=args.lr, dropout=args.dropout, batch_size=args.batch_size, threads=args.threads,
                     seed=args.seed, hold_out=args.hold_out, cache=args.cache, sample=args.limit)
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
