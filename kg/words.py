"""Word boundaries and part-of-speech tags from jieba, with offsets.

The rule extractors use these to find where a name starts: an organisation
name runs left from its suffix (专班, 党工委, 有限公司) over nouns until a verb,
preposition or punctuation.

:func:`pos_cut` gives exactly the words and tags of ``jieba.posseg.cut(text)``
(jieba's dictionary and its hidden Markov model for unknown words), several
times faster: jieba's own Viterbi over the model's 256 (position, tag) states
tries every pair of states at each character; this one follows only the
transitions the model has, and remembers the short runs of unknown characters
it has decoded. The test suite checks that both agree.

Examples:
    >>> [(w.text, w.start) for w in words("成立疫苗接种工作专班")][:2]
    [('成立', 0), ('疫苗', 2)]
    >>> import jieba.posseg
    >>> text = "管城区紫荆山南路街道办事处社会工作服务站的王思俊说"
    >>> pos_cut(text) == [(p.word, p.flag) for p in jieba.posseg.cut(text)]
    True
"""
from __future__ import annotations

import logging
import threading
from bisect import bisect_right
from functools import lru_cache
from math import log
from collections.abc import Iterable
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    import numpy as np

_lock = threading.Lock()
MIN_FLOAT = -3.14e100  # jieba's score for an emission the model lacks
MIN_INF = float("-inf")


class Word(NamedTuple):
    """A word with its offsets and POS tag (a named tuple: a build makes hundreds of thousands; it unpacks
    and compares equal to a plain tuple of the same values).

    Examples:
        >>> Word(0, 2, "青山", "ns") == (0, 2, "青山", "ns")
        True
    """

    start: int
    end: int
    text: str
    pos: str


class _Jieba:
    """jieba's dictionary, POS table and HMM tables, loaded once."""

    def __init__(self):
        import jieba
        import jieba.posseg as posseg

        jieba.setLogLevel(logging.WARNING)
        with _lock:  # the dictionary only: importing posseg has loaded its POS table already
            posseg.dt.tokenizer.initialize()
        self.tokenizer = posseg.dt.tokenizer
        posseg.dt.makesure_userdict_loaded()
        self.tags = posseg.dt.word_tag_tab
        self.posseg = posseg  # its block and number patterns (re_han_internal, re_num, …)
        self.states, self.start, self.trans, self.emit = (
            posseg.char_state_tab_P, posseg.start_P, posseg.trans_P, posseg.emit_P)
        self.all = tuple(self.trans)
        self.incoming: dict = {y: {} for y in self.all}
        for y0, out in self.trans.items():
            for y, p in out.items():
                self.incoming[y][y0] = p


@lru_cache(maxsize=1)
def _jieba() -> _Jieba:
    return _Jieba()


def in_dictionary(word: str) -> bool:
    """Whether jieba's dictionary holds the word (a word its hidden Markov model made up does not).

    Examples:
        >>> in_dictionary("市场"), in_dictionary("区疾")
        (True, False)
    """
    return word in _jieba().tags


def word_over(ws: Iterable[Word], at: int) -> Word | None:
    """The one of jieba's words ``ws`` that runs over offset ``at`` of their text (begins before it and ends after it);
    None where a word begins or ends there.

    Examples:
        >>> word_over(words("市一中校史馆"), 4).text, word_over(words("市一中校史馆"), 3)
        ('校史馆', None)
    """
    return next((w for w in ws if w.start < at < w.end), None)


def common_word_over(ws: Iterable[Word], at: int) -> bool:
    """Whether one of jieba's words ``ws`` runs over offset ``at`` of their text and is a word of the dictionary that
    names no place nor body (县里 over the 县 of 省市和县里, 合作社 over the 作 of 合作; not 中国银行, a body's name).

    Examples:
        >>> common_word_over(words("省市和县里"), 4), common_word_over(words("省市和县里"), 3)
        (True, False)
        >>> [(w.text, w.pos) for w in words("中国银行")], common_word_over(words("中国银行"), 2)
        ([('中国银行', 'nt')], False)
    """
    return any(w.start < at < w.end and w.pos not in ("ns", "nt") and in_dictionary(w.text) for w in ws)


def dictionary_words() -> Iterable[str]:
    """Every word of jieba's dictionary.

    Examples:
        >>> "内科" in set(dictionary_words())
        True
    """
    return _jieba().tags.keys()


def frequency(word: str) -> int:
    """How often jieba's dictionary counts a word (0 for one it does not hold): 最后 is common, 越共 is not.

    Examples:
        >>> frequency("最后") > 10000 > frequency("越共") > 0, frequency("区疾")
        (True, 0)
    """
    return _jieba().tokenizer.FREQ.get(word) or 0


def function_word(word: str) -> bool:
    """Whether a word is one character that jieba's dictionary calls a preposition or a conjunction (同 "with",
    和, 与), however jieba tags it in the sentence at hand: no name's first word.

    Examples:
        >>> function_word("同"), function_word("和"), function_word("同心")
        (True, True, False)
    """
    return len(word) == 1 and _jieba().tags.get(word) in ("p", "c")


@lru_cache(maxsize=65536)
def _hmm(chars: str) -> tuple[tuple[str, str], ...]:
    """Words and tags of a run of unknown Chinese characters: jieba's posseg Viterbi
    (same scores, same tie-breaking: the larger state wins), over the transitions that exist."""
    path = _hmm_arrays(chars, _tables())
    if path is None:
        path = _hmm_dicts(chars)
    out, begin, done = [], 0, 0
    for i, (where, tag) in enumerate(path):
        if where == "B":
            begin = i
        elif where == "E":
            out.append((chars[begin : i + 1], tag))
            done = i + 1
        elif where == "S":
            out.append((chars[i], tag))
            done = i + 1
    if done < len(chars):
        out.append((chars[done:], path[done][1]))
    return tuple(out)


class _Tables:
    """jieba's posseg HMM as arrays: the states in descending order (so that the first of equal scores is the
    larger state, which wins jieba's ties), the transitions' scores (-inf where there is none) and, per
    character, the states it may take and its emission scores (made as characters are met)."""

    def __init__(self, j: _Jieba):
        import numpy as np

        self.np, self.j = np, j
        self.order = sorted(j.all, reverse=True)
        self.index = {y: k for k, y in enumerate(self.order)}
        n = len(self.order)
        self.trans = np.full((n, n), -np.inf)
        self.exists = np.zeros((n, n), dtype=bool)
        for y0, out in j.trans.items():
            for y, p in out.items():
                self.trans[self.index[y0], self.index[y]] = p
                self.exists[self.index[y0], self.index[y]] = True
        self.has_out = self.exists.any(axis=1)
        self.everywhere = np.ones(n, dtype=bool)
        self._allowed: dict[str, object] = {}
        self._emits: dict[str, object] = {}
        self._starts: dict[str, tuple] = {}

    def allowed(self, c: str) -> "np.ndarray":
        found = self._allowed.get(c)
        if found is None:
            found = self._allowed[c] = self.np.zeros(len(self.order), dtype=bool)
            found[[self.index[y] for y in self.j.states.get(c, self.j.all)]] = True
        return found

    def start(self, c: str) -> tuple["np.ndarray", "np.ndarray"]:
        """The states a run may open with at ``c`` (ascending) and their scores: the same for every run that
        starts with ``c`` (most runs are of two or three characters: this was a fifth of their time)."""
        found = self._starts.get(c)
        if found is None:
            np, j = self.np, self.j
            alive = np.array(sorted(self.index[y] for y in j.states.get(c, j.all)), dtype=np.intp)
            score = np.array([j.start[self.order[k]] + j.emit[self.order[k]].get(c, MIN_FLOAT) for k in alive])
            found = self._starts[c] = (alive, score)
        return found

    def emits(self, c: str) -> "np.ndarray":
        found = self._emits.get(c)
        if found is None:
            found = self._emits[c] = self.np.array([self.j.emit[y].get(c, MIN_FLOAT) for y in self.order])
        return found


@lru_cache(maxsize=1)
def _tables() -> _Tables:
    return _Tables(_jieba())


def _hmm_arrays(chars: str, t: _Tables) -> list[tuple[str, str]] | None:
    """:func:`_hmm_dicts`' path, each character's step as a few array operations: the same sums in the same
    order (previous score, then the transition, then the emission), the same ties (the first of the
    descending states). None where a state has only impossible predecessors (-inf), whose tie
    :func:`_hmm_dicts` breaks among the transitions that exist: never with jieba's tables."""
    np = t.np
    alive, score = t.start(chars[0])
    back = []
    for c in chars[1:]:
        keep = t.has_out[alive]
        prev, prev_score = alive[keep], score[keep]
        if not len(prev):
            return None
        expected = t.exists[prev].any(axis=0)
        here = expected & t.allowed(c)
        if not here.any():
            here = expected if expected.any() else t.everywhere
        here = np.flatnonzero(here)
        cand = (prev_score[:, None] + t.trans[prev[:, None], here]) + t.emits(c)[here][None, :]
        best = cand.argmax(axis=0)
        score = cand[best, np.arange(len(here))]
        if np.isneginf(score).any():
            return None
        came = np.full(len(t.order), -1, dtype=np.intp)
        came[here] = prev[best]
        back.append(came)
        alive = here
    state = int(alive[score.argmax()])
    path = [state]
    for came in reversed(back):
        state = int(came[state])
        path.append(state)
    path.reverse()
    return [t.order[k] for k in path]


def _hmm_dicts(chars: str) -> list[tuple[str, str]]:
    """The best path of states for :func:`_hmm`, one dict of scores per character."""
    j = _jieba()
    states, trans, emit, incoming = j.states, j.trans, j.emit, j.incoming
    c0 = chars[0]
    score = {y: j.start[y] + emit[y].get(c0, MIN_FLOAT) for y in states.get(c0, j.all)}
    back = []
    for c in chars[1:]:
        prev = [x for x in score if trans[x]]
        expected: set = set()
        for x in prev:
            expected.update(trans[x])
        here = expected.intersection(states.get(c, j.all)) or expected or set(j.all)
        new, came = {}, {}
        for y in here:
            e = emit[y].get(c, MIN_FLOAT)
            into = incoming[y]
            if len(into) < len(prev):
                cands = [(score[y0] + p + e, y0) for y0, p in into.items() if y0 in score and trans[y0]]
            else:
                cands = [(score[y0] + into[y0] + e, y0) for y0 in prev if y0 in into]
            new[y], came[y] = max(cands) if cands else (MIN_INF, max(prev))
        back.append(came)
        score = new
    state = max((v, y) for y, v in score.items())[1]
    path = [state]
    for came in reversed(back):
        state = came[state]
        path.append(state)
    path.reverse()
    return path


def _detail(buf: str, j: _Jieba) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    for block in j.posseg.re_han_detail.split(buf):
        if j.posseg.re_han_detail.match(block):
            out.extend(_hmm(block))
            continue
        for x in j.posseg.re_skip_detail.split(block):
            if x:
                out.append((x, "m" if j.posseg.re_num.match(x) else "eng" if j.posseg.re_eng.match(x) else "x"))
    return out


def _flush(buf: str, j: _Jieba, out: list) -> None:
    if len(buf) == 1:
        out.append((buf, j.tags.get(buf, "x")))
    elif not j.tokenizer.FREQ.get(buf):
        out.extend(_detail(buf, j))
    else:
        out.extend((c, j.tags.get(c, "x")) for c in buf)


def _route(block: str, j: _Jieba) -> list[int]:
    """Where the best cut's word that starts at each character ends (its last character): jieba's
    ``get_DAG`` and ``calc`` in one pass from the right, the same scores (the same sums in the same order)
    and the same ties (the later end wins), without the DAG's dict of lists and a generator per character."""
    freq, logtotal = j.tokenizer.FREQ, log(j.tokenizer.total)  # read each time, as jieba does (add_word changes it)
    n = len(block)
    score = [0.0] * (n + 1)
    last = [0] * n
    for k in range(n - 1, -1, -1):
        best, end = 0.0, -1
        i, f = k, freq.get(block[k])
        while f is not None:  # block[k:i+1] is a word or a word's prefix
            if f:
                here = log(f) - logtotal + score[i + 1]
                if end < 0 or here >= best:  # ends come in order: of equal scores the later wins, as in jieba's max
                    best, end = here, i
            i += 1
            if i >= n:
                break
            f = freq.get(block[k : i + 1])
        if end < 0:  # no word starts here: the character alone, as jieba scores it
            best, end = log(freq.get(block[k]) or 1) - logtotal + score[k + 1], k
        score[k], last[k] = best, end
    return last


def _dag_cut(block: str, j: _Jieba, out: list) -> None:
    last = _route(block, j)
    x, buf = 0, ""
    while x < len(block):
        y = last[x] + 1
        if y - x == 1:
            buf += block[x]
        else:
            if buf:
                _flush(buf, j, out)
                buf = ""
            out.append((block[x:y], j.tags.get(block[x:y], "x")))
        x = y
    if buf:
        _flush(buf, j, out)


@lru_cache(maxsize=16384)
def _cut_block(block: str) -> tuple[tuple[str, str], ...]:
    out: list[tuple[str, str]] = []
    _dag_cut(block, _jieba(), out)
    return tuple(out)


def _cut_other(x: str, j: _Jieba) -> list[tuple[str, str]]:
    if j.posseg.re_skip_internal.match(x):
        return [(x, "x")]
    return [(c, "m" if j.posseg.re_num.match(c) else "eng" if j.posseg.re_eng.match(x) else "x") for c in x]


def pos_cut(text: str) -> list[tuple[str, str]]:
    """``(word, tag)`` pairs, exactly as ``jieba.posseg.cut(text)`` gives them."""
    j = _jieba()
    out: list[tuple[str, str]] = []
    for block in j.posseg.re_han_internal.split(text):
        if j.posseg.re_han_internal.match(block):
            out.extend(_cut_block(block))
        else:
            for x in j.posseg.re_skip_internal.split(block):
                out.extend(_cut_other(x, j))
    return out


def _placed(pairs, pos: int) -> tuple[Word, ...]:
    """``(word, tag)`` pairs as :class:`Word` objects, the first starting at offset ``pos``."""
    out = []
    make = tuple.__new__
    for word, tag in pairs:
        end = pos + len(word)
        out.append(make(Word, (pos, end, word, tag)))
        pos = end
    return tuple(out)


@lru_cache(maxsize=4096)
def words(text: str) -> tuple[Word, ...]:
    """jieba's words of ``text`` with offsets and POS tags (cached: sentences repeat)."""
    return _placed(pos_cut(text), 0)


def has_verb(run: str, nouns: frozenset[str] = frozenset()) -> bool:
    """Whether jieba reads a verb in ``run`` (not a verb used as a noun: 领导, 代表; nor one of ``nouns``, words its
    dictionary tags as verbs that the caller reads as nouns: 处长 before a name).

    Examples:
        >>> has_verb("、副校长李四"), has_verb("作了报告"), has_verb("、处长"), has_verb("、处长", frozenset({"处长"}))
        (False, True, True, False)
    """
    return any(w.pos.startswith("v") and w.pos != "vn" and w.text not in nouns for w in words(run))


@lru_cache(maxsize=4096)  # a rule asks twice about the same suffix: is it aligned, where does the name start
def clause_words(text: str, at: int) -> tuple[Word, ...]:
    """The words of :func:`words` that lie in the clause holding offset ``at``.

    jieba cuts each run of Chinese characters, letters and digits on its own, so
    these are the same words as the whole text's, found without cutting the
    rest: enough for a rule that looks only inside one clause, as a name does.

    Examples:
        >>> [w.text for w in clause_words("市政府召开会议，中原区卫健委组织演练", 10)]
        ['中原区', '卫健委', '组织', '演练']
    """
    starts, ends, blocks = _blocks(text)
    k = bisect_right(starts, at) - 1  # (the last run that opens at or before ``at``: it holds ``at`` or none does)
    return _placed_block(blocks[k], starts[k]) if k >= 0 and at < ends[k] else ()


@lru_cache(maxsize=64)  # the rules ask about many offsets of one text
def _blocks(text: str) -> tuple[list[int], list[int], list[str]]:
    """Where each run that jieba cuts on its own starts and ends in ``text``, and the run."""
    runs = list(_jieba().posseg.re_han_internal.finditer(text))
    return [m.start() for m in runs], [m.end() for m in runs], [m.group() for m in runs]


@lru_cache(maxsize=16384)  # the rules ask about several offsets of one clause
def _placed_block(block: str, start: int) -> tuple[Word, ...]:
    return _placed(_cut_block(block), start)
