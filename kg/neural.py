"""The trained recognizer: a convolution (optionally a small BiGRU) and a CRF, on top of LAC's encoder.

LAC (see :mod:`kg.tagger`) reads every sentence with a two-layer BiGRU trained by
Baidu on a large corpus. Its last layer's states and its tag scores, a learned
vector per character, and a few cues (a name of the training data, an
administrative division or an organisation suffix ending here, the script of
the character and its neighbours) go through a convolution over three
characters (and, if the model has one, a bidirectional GRU over it); a linear layer per
annotation style scores the BIO tags of PER, LOC
and ORG and a CRF per style decodes them. LAC gets most names right; the head
learns where its boundaries and types differ from how news corpora annotate names.

Styles: ``news`` follows People's Daily and MSRA (北京市海淀区 is two places);
``fine`` follows CLUENER (whole addresses, long organisation names); ``pku`` follows
the Peking University guidelines of People's Daily 1998 (a head trained alongside).

The weights ship in the package (``kg/data/names.npz``, 1.8 MB) with the names
of the training data (``kg/data/lexicon.tsv``); both are built by
``python -m kg.train`` (see :mod:`kg.train`). Inference is numpy only.

Examples:
    >>> [x for x in cues("张三在北京", None)[3] if x.startswith("g=")]
    ['g=Bp']
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import numpy as np

MODEL = Path(__file__).parent / "data" / "names.npz"
LEXICON = Path(__file__).parent / "data" / "lexicon.tsv"
STYLES = ("news", "fine", "pku")
DEFAULT_STYLE = "news"
LABELS = ("PER", "LOC", "ORG")
TAGS = ("O", "B-PER", "I-PER", "B-LOC", "I-LOC", "B-ORG", "I-ORG")

_ORG_SUFFIX = re.compile(
    "街道办事处|办事处|党工委|管委会|党委|党支部|委员会|居委会|村委会|卫健委|发改委|有限公司|分公司|公司|集团|"
    "志愿服务队|服务队|服务站|服务中心|医院|卫生院|中学|小学|大学|学院|研究院|研究所|银行|协会|学会|商会|"
    "联合会|政府|法院|检察院|公安局|分局|部|局|厅|委|办|署|会|社|所|院|队|组|班|团|军|报|台"
)
_PLACE_LEVEL = re.compile("自治区|自治州|自治县|特别行政区|街道|省|市|区|县|乡|镇|村|州|岛|山|河|江|湖|路|街")


def _script(c: str) -> str:
    if "\u4e00" <= c <= "\u9fff":
        return "H"
    if c.isdigit() or c in "０１２３４５６７８９":
        return "D"
    if c.isalpha():
        return "A"
    if c.isspace():
        return "S"
    return "P"


def build_lexicon(entries: list[tuple[str, str]]):
    """An Aho-Corasick automaton of names → label (the most frequent label of each name)."""
    import ahocorasick
    from collections import Counter

    votes: dict[str, Counter] = {}
    for name, label in entries:
        if len(name) >= 2:
            votes.setdefault(name, Counter())[label] += 1
    a = ahocorasick.Automaton()
    for name, c in votes.items():
        a.add_word(name, (len(name), min(c, key=lambda lab: (-c[lab], lab))))
    if votes:
        a.make_automaton()
    return a


def load_lexicon(path: Path):
    """The automaton of a ``lexicon.tsv`` (name TAB label per line) written by :mod:`kg.train`."""
    rows = [line.split("\t") for line in path.read_text(encoding="utf-8").splitlines() if "\t" in line]
    return build_lexicon([(name, label) for name, label in rows])


@lru_cache(maxsize=1)
def training_names() -> tuple[tuple[str, str], ...]:
    """The (name, label) rows of the shipped training names (``kg/data/lexicon.tsv``); none when absent.

    Examples:
        >>> ("俄罗斯", "LOC") in training_names()
        True
    """
    if not LEXICON.exists():
        return ()
    lines = LEXICON.read_text(encoding="utf-8").splitlines()
    return tuple((name, label) for name, _, label in (line.partition("\t") for line in lines) if label)


@lru_cache(maxsize=1)
def training_orgs() -> frozenset[str]:
    """Organisation names of three characters or more in the training names (MSRA, People's
    Daily, CLUENER)."""
    return frozenset(name for name, label in training_names() if label == "ORG" and len(name) >= 3)


@lru_cache(maxsize=1)
def training_places() -> frozenset[str]:
    """Place names of two characters or more in the training names (俄罗斯, 亚太)."""
    return frozenset(name for name, label in training_names() if label == "LOC" and len(name) >= 2)


@lru_cache(maxsize=1)
def shipped_lexicon():
    """The names seen in the training data (``kg/data/lexicon.tsv``), or None."""
    return load_lexicon(LEXICON) if LEXICON.exists() else None


def cues(text: str, lexicon) -> list[list[str]]:
    """The discrete cues of each character: ``x=`` a lexicon name covering it, ``g=`` an
    administrative division, ``se=`` an organisation suffix or place level ending here,
    ``sn=`` one starting next, ``t=`` the scripts of it and its neighbours.
    ``lexicon`` is an automaton from :func:`build_lexicon` or None."""
    n = len(text)
    scripts = "^" + text.translate(_SCRIPTS) + "$"
    out = [["t=" + scripts[i : i + 3]] for i in range(n)]
    for i, cue in _sparse_cues(text, lexicon):
        out[i].append(cue)
    return out


def _sparse_cues(text: str, lexicon) -> list[tuple[int, str]]:
    """The cues of :func:`cues` but ``t=``, as (position, cue) pairs, in the order :func:`cues` lists them
    at each position: the few characters that have any, without a list per character."""
    from .gazetteer import find

    out: list[tuple[int, str]] = []
    if lexicon is not None and len(lexicon):
        out += [(i, "x=" + c) for i, c in _cover([(end + 1 - length, end + 1, label)
                                                  for end, (length, label) in lexicon.iter(text)])]
    out += [(i, "g=" + c) for i, c in _cover([(s, e, ds[0].level[0]) for s, e, _, ds in find(text)])]
    suffix_end: dict[int, str] = {}
    suffix_start: list[int] = []
    for m in _ORG_SUFFIX.finditer(text):
        suffix_end[m.end() - 1] = "o" + str(m.end() - m.start())
        suffix_start.append(m.start())
    for m in _PLACE_LEVEL.finditer(text):
        suffix_end[m.end() - 1] = suffix_end.get(m.end() - 1) or "p" + str(m.end() - m.start())
    out += [(i, "se=" + c) for i, c in suffix_end.items() if c]
    out += [(i - 1, "sn=1") for i in dict.fromkeys(suffix_start) if i >= 1]
    out.sort(key=lambda ic: (ic[0], _CUE_ORDER[ic[1][:2]]))
    return out


_CUE_ORDER = {"x=": 0, "g=": 1, "se": 2, "sn": 3}  # at one position, the order in which :func:`cues` lists them


def _cover(hits) -> list[tuple[int, str]]:
    """Per covered position, by position: B/I/E/S position and label of the longest match covering it
    (the first of the longest)."""
    best: dict[int, int] = {}
    out: dict[int, str] = {}
    for start, end, label in hits:
        length = end - start
        for i in range(start, end):
            if length > best.get(i, 0):
                best[i] = length
                pos = "S" if length == 1 else "B" if i == start else "E" if i == end - 1 else "I"
                out[i] = pos + label
    return sorted(out.items())


class _Scripts(dict):
    """``str.translate`` table: a character's code → its script letter (:func:`_script`), filled as characters are met."""

    def __missing__(self, code: int) -> str:
        self[code] = letter = _script(chr(code))
        return letter


_SCRIPTS = _Scripts()


class _Ids(dict):
    """``str.translate`` table: a character's code → its id in ``chars`` (1 when unknown), filled as characters are met."""

    def __init__(self, chars: dict[str, int]):
        super().__init__()
        self.chars = chars

    def __missing__(self, code: int) -> int:
        self[code] = k = self.chars.get(chr(code), 1)
        return k


_SCRIPT_CODE = {letter: k for k, letter in enumerate("^$HDASP")}  # 7 letters: a triple is a number below 7 ** 3
_SCRIPT_BYTES = np.zeros(128, dtype=np.intp)  # a letter's ASCII byte → its code
for _letter, _code in _SCRIPT_CODE.items():
    _SCRIPT_BYTES[ord(_letter)] = _code


FEATURES = 256 + 59  # per character: LAC's last BiGRU layer and its 59 tag scores


def features(states: np.ndarray, scores: np.ndarray) -> np.ndarray:
    """The model's input from LAC's encoder, ``[B, T, FEATURES]``: the last layer's states
    then the tag scores (one place for the order that training and tagging share)."""
    return np.concatenate([states, scores], axis=-1)


def inputs(text: str, chars: dict[str, int], cue_index: dict[str, int],
           found: list[list[str]]) -> tuple[np.ndarray, list[tuple[int, int]]]:
    """A text's character ids (1 for an unknown character) and its cues (``found``, from
    :func:`cues`) as (position, cue index) pairs."""
    ids = np.array([chars.get(c, 1) for c in text], dtype=np.int64)
    marked = [(i, cue_index[f]) for i, fs in enumerate(found) for f in fs if f in cue_index]
    return ids, marked


def bio(n: int, spans: list[tuple[int, int, str]]) -> list[int]:
    """Indices into :data:`TAGS` for a text of length ``n`` from (start, end, label) spans
    (a span overlapping an earlier one is skipped)."""
    tags = [0] * n
    for start, end, label in spans:
        if label not in LABELS or end > n or any(tags[start:end]):
            continue
        b = TAGS.index("B-" + label)
        tags[start] = b
        tags[start + 1 : end] = [b + 1] * (end - start - 1)
    return tags


def spans(tags) -> list[tuple[int, int, str]]:
    """(start, end, label) spans from indices into :data:`TAGS` (an I- without its B- starts a span).

    Examples:
        >>> spans([1, 2, 0, 3, 4, 4])
        [(0, 2, 'PER'), (3, 6, 'LOC')]
    """
    row = np.asarray(tags, dtype=np.int64).reshape(-1)
    named = np.flatnonzero(row)
    if not len(named):
        return []
    values = [*row.tolist(), 0]
    out = []
    start, label = None, None
    for i in np.union1d(named, named + 1).tolist():  # an O only counts where it ends a span
        kind, name = _PARTS[values[i]]
        if kind == "I" and label == name:
            continue
        if label is not None:
            out.append((start, i, label))
            start, label = None, None
        if kind in ("B", "I"):
            start, label = i, name
    return out


_PARTS = tuple((kind, name) for kind, _, name in (t.partition("-") for t in TAGS))


def _sigmoid(x: np.ndarray) -> np.ndarray:
    return 0.5 * (1.0 + np.tanh(0.5 * x))


def bigru(x: np.ndarray, w_ih: np.ndarray, w_hh: np.ndarray, b_ih: np.ndarray, b_hh: np.ndarray) -> np.ndarray:
    """A bidirectional GRU over equal-length sequences ``x`` ``[B, T, D]`` as PyTorch's ``nn.GRU``
    (gates r, z, n; ``w_ih`` ``[2, D, 3U]``, ``w_hh`` ``[2, U, 3U]``, biases ``[2, 3U]``; direction 0
    reads left to right, 1 right to left), ``[B, T, 2U]``: both directions step together.

    Examples:
        >>> z = np.zeros
        >>> bigru(np.ones((1, 3, 2)), z((2, 2, 3)), z((2, 1, 3)), z((2, 3)), z((2, 3))).shape
        (1, 3, 2)
    """
    batch, steps, _ = x.shape
    units = w_hh.shape[1]
    gi = np.matmul(x.reshape(1, batch * steps, -1).astype(np.float32), w_ih).reshape(2, batch, steps, 3 * units)
    gi += b_ih[:, None, None, :]
    h = np.zeros((2, batch, units), dtype=np.float32)
    out = np.empty((2, batch, steps, units), dtype=np.float32)
    for t in range(steps):
        g = np.stack([gi[0, :, t], gi[1, :, steps - 1 - t]])
        gh = np.matmul(h, w_hh) + b_hh[:, None, :]
        rz = _sigmoid(g[..., : 2 * units] + gh[..., : 2 * units])
        n = np.tanh(g[..., 2 * units :] + rz[..., :units] * gh[..., 2 * units :])
        z = rz[..., units:]
        h = n + z * (h - n)
        out[0, :, t] = h[0]
        out[1, :, steps - 1 - t] = h[1]
    return np.concatenate([out[0], out[1]], axis=-1)


class NameModel:
    """The trained head (weights of ``names.npz``); use :func:`shared`.

    :meth:`emissions` scores a batch of equal-length sentences from LAC's states and
    scores for them, and :meth:`decode` turns the scores of many batches into names
    (both called by :meth:`kg.tagger.LacTagger.analyse`).
    """

    def __init__(self, path: Path = MODEL, lexicon="shipped"):
        w = np.load(path, allow_pickle=False)
        self.chars = {c: i + 2 for i, c in enumerate(w["chars"].tolist())}  # 0 padding, 1 unknown
        self._char_ids = _Ids(self.chars)  # str.translate: a character's code → its id
        self.cue_index = {c: i for i, c in enumerate(w["cues"].tolist())}
        self._script_cues = np.array([self.cue_index.get("t=" + a + b + c, -1)  # by the codes of _SCRIPT_CODE
                                      for a in _SCRIPT_CODE for b in _SCRIPT_CODE for c in _SCRIPT_CODE], dtype=np.intp)
        self.char_vectors = w["char_vectors"]
        self.convs = []
        while f"conv{len(self.convs)}_w" in w:  # [kernel, in, out] → one [in, kernel·out] product per layer
            k = len(self.convs)
            kernel, d_in, d_out = w[f"conv{k}_w"].shape
            self.convs.append((np.ascontiguousarray(w[f"conv{k}_w"].transpose(1, 0, 2).reshape(d_in, kernel * d_out)),
                               w[f"conv{k}_b"], kernel))
        self.gru = tuple(w[f"gru_{k}"] for k in ("ih", "hh", "bih", "bhh")) if "gru_ih" in w else None
        # a trained copy of LAC's top GRU layers (kg.fit): layer → W, R, B; the tagger runs it
        self.encoder = {k: tuple(w[f"encoder{k}_{x}"] for x in "WRB") for k in (0, 1) if f"encoder{k}_W" in w}
        self.heads = {s: (w[f"{s}_w"], w[f"{s}_b"], w[f"{s}_trans"], w[f"{s}_start"], w[f"{s}_end"])
                      for s in STYLES if f"{s}_w" in w}
        self.lexicon = shipped_lexicon() if lexicon == "shipped" else lexicon

    def inputs(self, texts: list[str]) -> tuple[np.ndarray, np.ndarray]:
        """Character ids ``[B, T]`` and cue indicators ``[B, T, C]`` of equal-length texts: what :func:`inputs`
        gives for each text with its :func:`cues`, made for the whole batch at once (the ``t=`` cues, one per
        character, from a table of script triples; the others where they are).

        Examples:
            >>> m = shared()
            >>> texts = ["张三在北京", "郑州市政府"]
            >>> ids, marks = m.inputs(texts)
            >>> rows = [inputs(t, m.chars, m.cue_index, cues(t, m.lexicon)) for t in texts]
            >>> ids.tolist() == [r[0].tolist() for r in rows]
            True
            >>> sorted(zip(*np.nonzero(marks))) == sorted((b, i, j) for b, r in enumerate(rows) for i, j in r[1])
            True
        """
        batch, steps = len(texts), len(texts[0])
        joined = "".join(texts)
        ids = np.frombuffer(joined.translate(self._char_ids).encode("utf-32-le"), dtype=np.uint32
                            ).astype(np.int64).reshape(batch, steps)
        marks = np.zeros((batch, steps, len(self.cue_index)), dtype=np.float32)
        codes = np.empty((batch, steps + 2), dtype=np.intp)
        codes[:, 0], codes[:, -1] = _SCRIPT_CODE["^"], _SCRIPT_CODE["$"]
        codes[:, 1:-1] = _SCRIPT_BYTES[np.frombuffer(joined.translate(_SCRIPTS).encode("ascii"), dtype=np.uint8)
                                       ].reshape(batch, steps)
        window = self._script_cues[codes[:, :-2] * 49 + codes[:, 1:-1] * 7 + codes[:, 2:]]  # "t=" cue of each position
        b, i = np.nonzero(window >= 0)
        marks[b, i, window[b, i]] = 1.0
        index = self.cue_index
        found = [(b, i, index[cue]) for b, t in enumerate(texts) for i, cue in _sparse_cues(t, self.lexicon)
                 if cue in index]
        if found:
            b, i, j = np.array(found, dtype=np.intp).T
            marks[b, i, j] = 1.0
        return ids, marks

    def hidden(self, features: np.ndarray, texts: list[str]) -> np.ndarray:
        """The convolution's output and the GRU's (when the model has one) ``[B, T, H]`` from LAC's ``features`` ``[B, T, F]`` of equal-length texts."""
        ids, marks = self.inputs(texts)
        x = np.concatenate([features.astype(np.float32), self.char_vectors[ids], marks], axis=-1)
        for w, b, kernel in self.convs:  # "same" padding, as PyTorch's Conv1d
            d_in, d_out = w.shape[0], w.shape[1] // kernel
            y = (x.reshape(-1, d_in) @ w).reshape(x.shape[0], x.shape[1], kernel, d_out)
            h = np.broadcast_to(b, (x.shape[0], x.shape[1], d_out)).copy()
            pad = kernel // 2
            for j in range(kernel):
                shift = j - pad  # output t reads input t + shift
                if shift >= 0:
                    h[:, : h.shape[1] - shift] += y[:, shift:, j]
                else:
                    h[:, -shift:] += y[:, :shift, j]
            x = np.maximum(h, 0.0)
        if self.gru is not None:
            x = np.concatenate([x, bigru(x, *self.gru)], axis=-1)
        return x

    def scores(self, features: np.ndarray, texts: list[str], style: str = DEFAULT_STYLE) -> np.ndarray:
        """Tag scores ``[B, T, 7]`` in one style from LAC's ``features`` of equal-length texts."""
        w, b = self.heads[style][:2]
        return self.hidden(features, texts) @ w + b

    def emissions(self, features: np.ndarray, texts: list[str],
                  styles: tuple[str, ...] = (DEFAULT_STYLE,)) -> dict[str, np.ndarray]:
        """Per style, the tag scores ``[B, T, 7]`` of a batch of equal-length texts (one
        pass of the shared layers for all styles); :meth:`decode` turns them into names."""
        missing = [s for s in styles if s not in self.heads]
        if missing:
            from .errors import InputError

            raise InputError(f"the trained recognizer has no {', '.join(missing)} convention: "
                             f"train it with FILE@{missing[0]} (python -m kg.train)")
        h = self.hidden(features, texts)
        return {style: h @ self.heads[style][0] + self.heads[style][1] for style in styles}

    def decode(self, style: str, emissions: list[np.ndarray]) -> list[list[list[tuple[int, int, str, float]]]]:
        """The (start, end, PER|LOC|ORG, confidence) spans of each text of each batch of
        :meth:`emissions` in one style, all batches decoded together; the confidence is
        :func:`span_confidence` under the CRF's marginals."""
        from .tagger import decode_many

        _, _, trans, start, end = self.heads[style]
        out = []
        for em, paths in zip(emissions, decode_many(emissions, trans, start, end)):
            probs = marginals(em, trans, start, end)
            out.append([[(*span, span_confidence(pr, p, span)) for span in spans(p)] for pr, p in zip(probs, paths)])
        return out


def marginals(emissions: np.ndarray, transitions: np.ndarray, start: np.ndarray | None = None,
              end: np.ndarray | None = None) -> np.ndarray:
    """Each tag's probability at each position ``[B, T, K]`` under a linear-chain CRF over a
    batch of equal-length emissions ``[B, T, K]`` (forward-backward with the scores
    exponentiated once and rescaled every few steps: one small product per position).

    Examples:
        >>> p = marginals(np.array([[[2.0, 0.0], [0.0, 0.0]]]), np.zeros((2, 2)))
        >>> p.sum(axis=-1).round(6).tolist(), round(float(p[0, 0, 0]), 3), round(float(p[0, 1, 0]), 3)
        ([[1.0, 1.0]], 0.881, 0.5)
    """
    batch, steps, n_tags = emissions.shape
    if steps == 0:
        return np.zeros(emissions.shape)
    em = emissions.astype(np.float64)
    if start is not None:
        em[:, 0] += start
    if end is not None:
        em[:, -1] += end
    phi = np.exp(em - em.max(axis=2, keepdims=True))  # a constant per position cancels out
    trans = np.exp(transitions.astype(np.float64) - transitions.max())
    alpha = np.empty_like(phi)
    beta = np.empty_like(phi)
    # scores and transitions are at most 1 once exponentiated, so the running sums only shrink:
    # rescaled every 8 steps, far from float64's smallest numbers
    alpha[:, 0] = a = phi[:, 0]
    for t in range(1, steps):
        a = (a @ trans) * phi[:, t]
        if t % 8 == 0:
            a = a / a.sum(axis=1, keepdims=True)
        alpha[:, t] = a
    beta[:, -1] = b = np.ones((batch, n_tags))
    for t in range(steps - 2, -1, -1):
        b = (phi[:, t + 1] * b) @ trans.T
        if t % 8 == 0:
            b = b / b.sum(axis=1, keepdims=True)
        beta[:, t] = b
    out = alpha * beta
    return out / out.sum(axis=2, keepdims=True)


def span_confidence(probs: np.ndarray, path, span: tuple[int, int, str]) -> float:
    """How sure the CRF is of a decoded span: the lowest marginal probability of the path's
    tag over the span's characters and the one after it (which must not continue it).

    Examples:
        >>> probs = np.array([[0.1, 0.9, 0.0], [0.2, 0.0, 0.8], [0.7, 0.3, 0.0]])
        >>> round(span_confidence(probs, [1, 2, 0], (0, 2, "PER")), 3)
        0.7
    """
    start, end = span[0], span[1]
    return float(probs[np.arange(start, min(end + 1, len(path))), np.asarray(path)[start : end + 1]].min())


@lru_cache(maxsize=1)
def shared() -> NameModel | None:
    """The shipped model, or None when it has not been built."""
    return NameModel() if MODEL.exists() else None
