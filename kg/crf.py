"""The trained recognizer: a linear-chain CRF over characters, stacked on LAC.

Features of each character: the character and its neighbours (unigrams and
bigrams in a window of two), its script class, the LAC word it sits in with its
position in that word and LAC's tag (B/I/E/S × PER, LOC, ORG, n, v …), LAC's
tags of the neighbouring characters, and gazetteer hits: an organisation suffix
(党工委, 有限公司 …) or an administrative level (省, 市, 区 …) ending or
starting at the character. LAC gets most names right; the CRF learns where
its boundaries and types differ from how news corpora annotate names.

The model file ships in the package (``kg/data/ner.crfsuite``) and is built by
``python -m kg.train`` (see :mod:`kg.train`); nothing is downloaded.

Examples:
    >>> from kg.tagger import Token
    >>> f = char_features("张三在北京", [Token(0, 2, "张三", "PER"), Token(2, 3, "在", "p"), Token(3, 5, "北京", "LOC")])
    >>> [x for x in f[3] if x.startswith("l=")]
    ['l=BLOC']
"""
from __future__ import annotations

import re
import threading
from functools import lru_cache
from pathlib import Path

from .tagger import Token

MODEL = Path(__file__).parent / "data" / "ner.crfsuite"
LEXICON = Path(__file__).parent / "data" / "lexicon.tsv"
LABELS = ("PER", "LOC", "ORG")

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
def shipped_lexicon():
    """The names seen in the training data (``kg/data/lexicon.tsv``), or None."""
    return load_lexicon(LEXICON) if LEXICON.exists() else None


def _cover(n: int, hits) -> list[str]:
    """Per character: B/I/E/S position and label of the longest match covering it."""
    out = [""] * n
    best = [0] * n
    for start, end, label in hits:
        length = end - start
        for i in range(start, end):
            if length > best[i]:
                best[i] = length
                pos = "S" if length == 1 else "B" if i == start else "E" if i == end - 1 else "I"
                out[i] = pos + label
    return out


def char_features(text: str, tokens: list[Token], lexicon="shipped") -> list[list[str]]:
    """One feature list per character of ``text`` (tokens: LAC's words of the same text).

    ``lexicon`` is an automaton from :func:`build_lexicon`, None for none, or
    ``"shipped"`` for the names of the training data.
    """
    from .gazetteer import find

    n = len(text)
    if lexicon == "shipped":
        lexicon = shipped_lexicon()
    lex = [""] * n
    if lexicon is not None and len(lexicon):
        lex = _cover(n, [(end + 1 - length, end + 1, label) for end, (length, label) in lexicon.iter(text)])
    gaz = _cover(n, [(s, e, ds[0].level[0]) for s, e, _, ds in find(text)])
    lac = ["O"] * n
    word = [""] * n
    for t in tokens:
        length = t.end - t.start
        for i in range(t.start, t.end):
            pos = "S" if length == 1 else "B" if i == t.start else "E" if i == t.end - 1 else "I"
            lac[i] = pos + t.tag
            word[i] = t.text if length <= 8 else ""
    suffix_end = [""] * n
    suffix_start = [""] * n
    for m in _ORG_SUFFIX.finditer(text):
        suffix_end[m.end() - 1] = "o" + str(m.end() - m.start())
        suffix_start[m.start()] = "o"
    for m in _PLACE_LEVEL.finditer(text):
        suffix_end[m.end() - 1] = suffix_end[m.end() - 1] or "p" + str(m.end() - m.start())
    padded = "\x02\x02" + text + "\x03\x03"
    out = []
    for i in range(n):
        c = text[i]
        p1, p2, n1, n2 = padded[i + 1], padded[i], padded[i + 3], padded[i + 4]
        f = [
            "c=" + c,
            "p=" + p1,
            "n=" + n1,
            "pp=" + p2,
            "nn=" + n2,
            "pc=" + p1 + c,
            "cn=" + c + n1,
            "pn=" + p1 + n1,
            "t=" + _script(p1) + _script(c) + _script(n1),
            "l=" + lac[i],
            "lp=" + (lac[i - 1] if i else "^"),
            "ln=" + (lac[i + 1] if i + 1 < n else "$"),
            "lpn=" + (lac[i - 1] if i else "^") + "|" + (lac[i + 1] if i + 1 < n else "$"),
            "w=" + word[i],
        ]
        if lex[i]:
            f.append("x=" + lex[i])
        if gaz[i]:
            f.append("g=" + gaz[i])
        if suffix_end[i]:
            f.append("se=" + suffix_end[i])
        if i + 1 < n and suffix_start[i + 1]:
            f.append("sn=1")
        out.append(f)
    return out


DEFAULT_STYLE = "news"  # the other style the shipped model knows: "fine" (CLUENER)


def styled(features: list[list[str]], style: str) -> list[list[str]]:
    """Add style-specific copies of every feature (Daumé's feature augmentation).

    Corpora annotate names differently (People's Daily splits 北京市海淀区 into two
    places, CLUENER keeps whole addresses); shared features learn what all agree
    on, the style copies learn each convention. ``news`` follows People's Daily
    and MSRA; ``fine`` follows CLUENER.
    """
    return [f + [style + ":" + x for x in f] for f in features]


def bio(text: str, spans: list[tuple[int, int, str]]) -> list[str]:
    """BIO labels of a text from (start, end, label) spans."""
    labels = ["O"] * len(text)
    for start, end, label in spans:
        if label not in LABELS or any(labels[i] != "O" for i in range(start, end)):
            continue
        labels[start] = "B-" + label
        for i in range(start + 1, end):
            labels[i] = "I-" + label
    return labels


def spans(labels: list[str]) -> list[tuple[int, int, str]]:
    """(start, end, label) spans from BIO labels (an I- without its B- starts a span).

    Examples:
        >>> spans(["B-PER", "I-PER", "O", "B-LOC", "I-LOC"])
        [(0, 2, 'PER'), (3, 5, 'LOC')]
    """
    out = []
    start, label = None, None
    for i, tag in enumerate([*labels, "O"]):
        kind, _, name = tag.partition("-")
        if kind == "I" and label == name:
            continue
        if label is not None:
            out.append((start, i, label))
            start, label = None, None
        if kind in ("B", "I"):
            start, label = i, name
    return out


class CrfRecognizer:
    """Tags sentences with the shipped CRF; use :func:`shared`."""

    def __init__(self, path: Path = MODEL):
        import pycrfsuite

        self._tagger = pycrfsuite.Tagger()
        self._tagger.open(str(path))
        self._lock = threading.Lock()

    def tag(self, text: str, tokens: list[Token], style: str = DEFAULT_STYLE) -> list[tuple[int, int, str]]:
        """(start, end, PER|LOC|ORG) spans of one sentence."""
        if not text:
            return []
        features = styled(char_features(text, tokens), style)
        with self._lock:  # a pycrfsuite Tagger is not thread-safe
            return spans(self._tagger.tag(features))


@lru_cache(maxsize=1)
def shared() -> CrfRecognizer | None:
    """The shipped model, or None when it has not been built (then LAC's tags are used alone)."""
    return CrfRecognizer() if MODEL.exists() else None
