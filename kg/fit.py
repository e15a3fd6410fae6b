"""Train the recognizer of :mod:`kg.neural` with PyTorch alone: ``python -m kg.fit DATA.npz -o names.npz``.

``DATA.npz`` is what ``python -m kg.train FILES --prepare DATA.npz`` writes: LAC's character ids,
the recognizer's character ids and cues, BIO tags, the tuning split, the training names and
LAC's encoder weights. This module imports only :mod:`kg.neural` of kg (numpy alone), so the training can run where kg's
other dependencies are not installed (a GPU machine with PyTorch: ``--device cuda``); ``python -m kg.train FILES``
prepares and fits in one go on the CPU.

The network: LAC's encoder (frozen) runs on every sentence; a copy of its top ``encoder_layers``
GRU layers (0, 1 or 2, initialised from LAC's) is trained with the head, a convolution over the
copy's states, LAC's tag scores, a learned vector per character and the cues (optionally a
bidirectional GRU over it, ``rnn``), then a linear layer and a CRF per annotation style. kg runs
LAC's original layers for its words and tags and the trained copy for the names, in one pass
(:func:`kg.tagger.tuned_encoder`).

Seeds are fixed and, on a CPU, PyTorch's algorithms deterministic: the same data and options
give the same weights on the same machine.
"""
from __future__ import annotations

import argparse
import io
import json
import sys
import time
from pathlib import Path

import numpy as np

from .neural import LEXICON, STYLES, TAGS, spans

N_TAGS = len(TAGS)


def gate_order(units: int) -> np.ndarray:
    """Rows that turn one GRU direction's gate blocks from ONNX's order (z, r, h) into PyTorch's
    (r, z, n), and back: the two orders differ by swapping the first two blocks.

    Examples:
        >>> gate_order(1).tolist()
        [1, 0, 2]
    """
    return np.r_[units : 2 * units, 0:units, 2 * units : 3 * units]


def fit(data: Path, out: Path, encoder_layers: int = 0, epochs: int = 10, hidden: int = 128, kernel: int = 3, rnn: int = 0,
        char_dim: int = 64, dropout: float = 0.3, lr: float = 2e-3, encoder_lr: float = 5e-4, batch_size: int = 32,
        seed: int = 0, device: str = "cpu", threads: int = 1, log=sys.stderr) -> list[dict]:
    """Train the head and a copy of LAC's top ``encoder_layers`` GRU layers on the data of
    ``python -m kg.train --prepare``; write the weights to ``out`` (and the training names to
    ``lexicon.tsv`` beside it) after every epoch; return the tuning split's scores per epoch."""
    import torch

    nn = torch.nn
    torch.manual_seed(seed)
    if device == "cpu":
        torch.use_deterministic_algorithms(True)
        torch.set_num_threads(threads)
    rng = np.random.default_rng(seed)
    d = dict(np.load(data, allow_pickle=False))
    dev = torch.device(device)

    def gru_from_lac(k: int, frozen: bool) -> nn.GRU:
        """LAC's GRU layer k as PyTorch's (ONNX gates z, r, h → PyTorch's r, z, n)."""
        w, r, b = (d[f"lac_gru{k}_{x}"] for x in "WRB")
        units = r.shape[2]
        g = nn.GRU(w.shape[2], units, batch_first=True, bidirectional=True)
        order = gate_order(units)
        with torch.no_grad():
            for j, suffix in enumerate(("", "_reverse")):
                getattr(g, f"weight_ih_l0{suffix}").copy_(torch.from_numpy(w[j][order]))
                getattr(g, f"weight_hh_l0{suffix}").copy_(torch.from_numpy(r[j][order]))
                getattr(g, f"bias_ih_l0{suffix}").copy_(torch.from_numpy(b[j][: 3 * units][order]))
                getattr(g, f"bias_hh_l0{suffix}").copy_(torch.from_numpy(b[j][3 * units :][order]))
        g.requires_grad_(not frozen)
        return g

    n_cues, n_chars = len(d["cues"]), len(d["chars"]) + 2

    class Net(nn.Module):
        def __init__(self):
            super().__init__()
            self.embedding = nn.Embedding.from_pretrained(torch.from_numpy(d["lac_embedding"]), freeze=True)
            self.lac = nn.ModuleList(gru_from_lac(k, True) for k in range(2))
            self.lac_out = nn.Linear(256, 59)
            with torch.no_grad():
                self.lac_out.weight.copy_(torch.from_numpy(d["lac_linear_w"].T))
                self.lac_out.bias.copy_(torch.from_numpy(d["lac_linear_b"]))
            self.lac_out.requires_grad_(False)
            self.tuned = nn.ModuleList(gru_from_lac(k, False) for k in range(2 - encoder_layers, 2))
            self.chars = nn.Embedding(n_chars, char_dim)
            self.drop = nn.Dropout(dropout)
            self.conv = nn.Conv1d(256 + 59 + char_dim + n_cues, hidden, kernel, padding=kernel // 2)
            self.rnn = nn.GRU(hidden, rnn, batch_first=True, bidirectional=True) if rnn else None
            self.out = nn.ModuleDict({s: nn.Linear(hidden + 2 * rnn, N_TAGS) for s in STYLES})
            self.trans = nn.ParameterDict({s: nn.Parameter(torch.zeros(N_TAGS, N_TAGS)) for s in STYLES})
            self.start = nn.ParameterDict({s: nn.Parameter(torch.zeros(N_TAGS)) for s in STYLES})
            self.end = nn.ParameterDict({s: nn.Parameter(torch.zeros(N_TAGS)) for s in STYLES})

        @staticmethod
        def run(gru, x, lengths):  # packed: the backward direction starts at each sentence's own end
            packed = nn.utils.rnn.pack_padded_sequence(x, lengths.cpu(), batch_first=True, enforce_sorted=False)
            return nn.utils.rnn.pad_packed_sequence(gru(packed)[0], batch_first=True, total_length=x.shape[1])[0]

        def scores(self, lac_ids, ids, marks, style, mask):
            lengths = mask.sum(1).long()
            x = self.embedding(lac_ids)
            with torch.no_grad():
                first = self.run(self.lac[0], x, lengths)
                states = self.run(self.lac[1], first, lengths)
                lac_scores = self.lac_out(states)
            h = (states, first, x)[encoder_layers]  # what the trained copy reads (its output, as kg runs it)
            for gru in self.tuned:
                h = self.run(gru, h, lengths)
            # padding zeroed: the convolution then reads each sentence as kg reads it alone, zeros past its ends
            h = torch.cat([h, lac_scores, self.chars(ids), marks], -1) * mask[:, :, None]
            h = self.drop(h).transpose(1, 2)
            h = self.drop(torch.relu(self.conv(h))).transpose(1, 2)
            if self.rnn is not None:
                h = torch.cat([h, self.drop(self.run(self.rnn, h, lengths))], -1)
            return self.out[style](h)

        def nll(self, em, tags, mask, style, shortest: int = 1):
            """Summed negative log-likelihood of the gold paths (em [B,T,K], mask [B,T]; no
            sentence is shorter than ``shortest``): the forward algorithm as one small product per
            step (the fewest GPU kernels per character)."""
            trans, start, end = self.trans[style], self.start[style], self.end[style]
            gold = start[tags[:, 0]] + (em.gather(2, tags[:, :, None]).squeeze(2) * mask).sum(1)
            if em.shape[1] > 1:
                gold = gold + (trans[tags[:, :-1], tags[:, 1:]] * mask[:, 1:]).sum(1)
            last = tags.gather(1, (mask.sum(1).long() - 1)[:, None]).squeeze(1)
            gold = gold + end[last]
            exp_trans = torch.exp(trans)
            alpha = start[None] + em[:, 0]
            for t in range(1, em.shape[1]):
                top = alpha.max(1, keepdim=True)[0].detach()  # log Σ exp(a) = m + log Σ exp(a − m) for any m
                step = torch.log(torch.exp(alpha - top) @ exp_trans) + top + em[:, t]
                alpha = step if t < shortest else torch.where(mask[:, t, None] > 0, step, alpha)
            return (torch.logsumexp(alpha + end[None], 1) - gold).sum()

        def viterbi(self, em, mask, style):
            trans, start, end = self.trans[style], self.start[style], self.end[style]
            score = start[None] + em[:, 0]
            back = []
            for t in range(1, em.shape[1]):
                best, arg = (score[:, :, None] + trans[None]).max(1)
                m = mask[:, t, None]
                back.append(torch.where(m > 0, arg, torch.arange(N_TAGS, device=em.device)[None].expand_as(arg)))
                score = torch.where(m > 0, best + em[:, t], score)
            path = [(score + end[None]).argmax(1)]
            for arg in reversed(back):
                path.append(arg.gather(1, path[-1][:, None]).squeeze(1))
            return torch.stack(path[::-1], 1)

    net = Net().to(dev)
    head = [p for n, p in net.named_parameters() if p.requires_grad and not n.startswith("tuned.")]
    groups = [{"params": head, "lr": lr, "base": lr}]
    if encoder_layers:
        groups.append({"params": list(net.tuned.parameters()), "lr": encoder_lr, "base": encoder_lr})
    opt = torch.optim.Adam(groups)
    off, cue_off, tags_all = d["text_off"], d["cue_off"], d["tags"].astype(np.int64)
    item_text, item_style, item_held = d["item_text"], d["item_style"], d["item_held"]
    lengths = off[item_text + 1] - off[item_text]
    tag_off = np.concatenate([[0], np.cumsum(lengths)])

    def batch(chunk):
        n = int(lengths[chunk].max())
        lac_ids = np.zeros((len(chunk), n), dtype=np.int64)
        ids = np.zeros((len(chunk), n), dtype=np.int64)
        marks = np.zeros((len(chunk), n, n_cues), dtype=np.float32)
        y = np.zeros((len(chunk), n), dtype=np.int64)
        mask = np.zeros((len(chunk), n), dtype=np.float32)
        for j, i in enumerate(chunk):
            k, m = item_text[i], lengths[i]
            lac_ids[j, :m] = d["lac_ids"][off[k] : off[k + 1]]
            ids[j, :m] = d["char_ids"][off[k] : off[k + 1]]
            pairs = d["cue_pairs"][cue_off[k] : cue_off[k + 1]].astype(np.int64)
            marks[j, pairs[:, 0], pairs[:, 1]] = 1.0
            y[j, :m] = tags_all[tag_off[i] : tag_off[i] + m]
            mask[j, :m] = 1.0
        return [torch.from_numpy(a).to(dev) for a in (lac_ids, ids, marks, y, mask)]

    def batches(chosen):
        order = sorted(chosen, key=lambda i: (lengths[i], i))
        return [order[b : b + batch_size] for b in range(0, len(order), batch_size)]

    usable = lengths > 0
    train_batches = [(s, c) for s in range(len(STYLES))
                     for c in batches(np.flatnonzero((item_style == s) & ~item_held & usable).tolist())]
    held = {s: np.flatnonzero((item_style == s) & item_held & usable).tolist() for s in range(len(STYLES))}
    history = []
    start_time = time.time()
    for epoch in range(epochs):
        for g in opt.param_groups:
            g["lr"] = g["base"] * (1 - epoch / epochs)
        todo = list(train_batches)
        rng.shuffle(todo)
        net.train()
        total = 0.0
        for s, chunk in todo:
            lac_ids, ids, marks, y, mask = batch(chunk)
            style = STYLES[s]
            em = net.scores(lac_ids, ids, marks, style, mask)
            loss = net.nll(em, y, mask, style, int(lengths[chunk].min())) / len(chunk)
            opt.zero_grad()
            loss.backward()
            torch.nn.utils.clip_grad_norm_([p for g in groups for p in g["params"]], 5.0)
            opt.step()
            total += loss.item()
        net.eval()
        row = {"epoch": epoch + 1, "loss": round(total / max(len(todo), 1), 4), "seconds": round(time.time() - start_time)}
        with torch.no_grad():
            for s, chosen in held.items():
                if not chosen:
                    continue
                tp = n_pred = n_gold = 0
                for chunk in batches(chosen):
                    lac_ids, ids, marks, y, mask = batch(chunk)
                    paths = net.viterbi(net.scores(lac_ids, ids, marks, STYLES[s], mask), mask, STYLES[s]).cpu().numpy()
                    for j, i in enumerate(chunk):
                        m = lengths[i]
                        pred, gold = set(spans(paths[j, :m].tolist())), set(spans(y[j, :m].cpu().tolist()))
                        tp, n_pred, n_gold = tp + len(pred & gold), n_pred + len(pred), n_gold + len(gold)
                p, r = tp / max(n_pred, 1), tp / max(n_gold, 1)
                row[STYLES[s]] = {"p": round(p, 4), "r": round(r, 4), "f1": round(2 * p * r / max(p + r, 1e-9), 4),
                                  "names": n_gold}
        history.append(row)
        print(json.dumps(row), file=log, flush=True)
        _write(net, d, out, encoder_layers, {s for s, _ in train_batches})
    return history


def _write(net, d: dict, out: Path, encoder_layers: int, styles: set[int]) -> None:
    """The weights in ``names.npz``'s format (:class:`kg.neural.NameModel`), the trained encoder
    layers as ``encoder{k}_W/R/B`` in ONNX's GRU layout (gates z, r, h)."""
    def np_(t):
        return t.detach().cpu().numpy().astype(np.float32)

    w = {"chars": d["chars"], "cues": d["cues"], "sources": d["sources"], "char_vectors": np_(net.chars.weight),
         "conv0_w": np_(net.conv.weight.permute(2, 1, 0)), "conv0_b": np_(net.conv.bias)}
    if net.rnn is not None:
        for name, key in (("ih", "weight_ih"), ("hh", "weight_hh"), ("bih", "bias_ih"), ("bhh", "bias_hh")):
            both = [getattr(net.rnn, f"{key}_l0{suffix}") for suffix in ("", "_reverse")]
            w[f"gru_{name}"] = np.stack([np_(t.T if t.dim() == 2 else t) for t in both])
    for k, g in zip(range(2 - encoder_layers, 2), net.tuned):
        order = gate_order(g.hidden_size)  # PyTorch r, z, n → ONNX z, r, h
        w[f"encoder{k}_W"] = np.stack([np_(getattr(g, f"weight_ih_l0{s}"))[order] for s in ("", "_reverse")])
        w[f"encoder{k}_R"] = np.stack([np_(getattr(g, f"weight_hh_l0{s}"))[order] for s in ("", "_reverse")])
        w[f"encoder{k}_B"] = np.stack([np.concatenate([np_(getattr(g, f"bias_ih_l0{s}"))[order],
                                                       np_(getattr(g, f"bias_hh_l0{s}"))[order]])
                                       for s in ("", "_reverse")])
    for s in sorted(styles):
        name = STYLES[s]
        w[f"{name}_w"] = np_(net.out[name].weight.T)
        w[f"{name}_b"] = np_(net.out[name].bias)
        w[f"{name}_trans"] = np_(net.trans[name])
        w[f"{name}_start"] = np_(net.start[name])
        w[f"{name}_end"] = np_(net.end[name])
    buffer = io.BytesIO()
    np.savez_compressed(buffer, **w)
    _write_atomic(out, buffer.getvalue())
    _write_atomic(out.with_name(LEXICON.name), "".join(f"{row}\n" for row in d["lexicon"].tolist()).encode("utf-8"))


def _write_atomic(path: Path, data: bytes) -> None:  # kg.rdf.write_atomic's job; kg.rdf needs rdflib
    """Write through a temporary file and a rename: never a half-written model."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_bytes(data)
    tmp.replace(path)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m kg.fit", description=__doc__,
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("data", type=Path, help="the file python -m kg.train FILES --prepare DATA.npz wrote")
    p.add_argument("-o", "--out", type=Path, required=True, help="the weights (names.npz; lexicon.tsv beside it)")
    add_options(p)
    args = p.parse_args(argv)
    problem = check_options(args)
    if problem is None:
        try:
            with np.load(args.data, allow_pickle=False) as d:
                missing = {"lac_ids", "tags", "item_text", "lexicon"} - set(d.files)
            if missing:
                problem = f"{args.data}: not the data of python -m kg.train --prepare (no {', '.join(sorted(missing))})"
        except (OSError, ValueError) as e:
            problem = f"{args.data}: cannot read it as the data of python -m kg.train --prepare ({e})"
    if problem:
        print(f"python -m kg.fit: error: {problem}", file=sys.stderr)
        return 1
    fit(args.data, args.out, **options(args))
    return 0


def add_options(p: argparse.ArgumentParser) -> None:
    """The network's and the training's options (shared with ``python -m kg.train``)."""
    p.add_argument("--encoder-layers", type=int, default=0, choices=(0, 1, 2),
                   help="LAC's top GRU layers trained with the head (default 0: LAC as it is, the shipped model; "
                        "1 or 2: better on the benchmarks, worse on real news, see docs/recognizer.md)")
    p.add_argument("--epochs", type=int, default=10)
    p.add_argument("--hidden", type=int, default=128, help="the convolution's channels (default 128)")
    p.add_argument("--kernel", type=int, default=3, help="characters the convolution reads (odd; default 3)")
    p.add_argument("--rnn", type=int, default=0, metavar="UNITS",
                   help="a bidirectional GRU of UNITS per direction over the convolution (default 0: none)")
    p.add_argument("--char-dim", type=int, default=64, help="size of the learned character vectors (default 64)")
    p.add_argument("--dropout", type=float, default=0.3)
    p.add_argument("--lr", type=float, default=2e-3, help="Adam's learning rate, decayed linearly (default 0.002)")
    p.add_argument("--encoder-lr", type=float, default=5e-4, help="the same for the encoder's layers (default 0.0005)")
    p.add_argument("--batch-size", type=int, default=32, help="sentences per step (default 32)")
    p.add_argument("--seed", type=int, default=0, help="seed of the initial weights and the batch order (default 0)")
    p.add_argument("--device", default="cpu", help="cpu (default) or cuda")
    p.add_argument("--threads", type=int, default=1, help="PyTorch's threads on the CPU (default 1)")


def check_options(args: argparse.Namespace) -> str | None:
    """What is wrong with :func:`add_options`' values, or None."""
    if args.epochs < 1:
        return "--epochs must be at least 1"
    if args.kernel < 1 or args.kernel % 2 == 0:
        return "--kernel must be odd"
    if min(args.hidden, args.char_dim, args.batch_size, args.threads) < 1 or args.rnn < 0:
        return "--hidden, --char-dim, --batch-size and --threads must be at least 1, --rnn at least 0"
    return None


def options(args: argparse.Namespace) -> dict:
    """The keyword arguments of :func:`fit` from :func:`add_options`' options."""
    keys = ("encoder_layers", "epochs", "hidden", "kernel", "rnn", "char_dim", "dropout", "lr", "encoder_lr",
            "batch_size", "seed", "device", "threads")
    return {k: getattr(args, k) for k in keys}


if __name__ == "__main__":
    sys.exit(main())
