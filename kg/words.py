"""Word boundaries and part-of-speech tags from jieba, with offsets.

The rule extractors use these to find where a name starts: an organisation
name runs left from its suffix (专班, 党工委, 有限公司) over nouns until a verb,
preposition or punctuation.

Examples:
    >>> [(w.text, w.start) for w in words("成立疫苗接种工作专班")][:2]
    [('成立', 0), ('疫苗', 2)]
"""
from __future__ import annotations

import logging
import threading
from dataclasses import dataclass
from functools import lru_cache

_lock = threading.Lock()


@dataclass(frozen=True)
class Word:
    start: int
    end: int
    text: str
    pos: str


@lru_cache(maxsize=1)
def _posseg():
    import jieba
    import jieba.posseg

    jieba.setLogLevel(logging.WARNING)
    with _lock:
        jieba.initialize()
    return jieba.posseg


@lru_cache(maxsize=4096)
def words(text: str) -> tuple[Word, ...]:
    """jieba's words of ``text`` with offsets and POS tags (cached: sentences repeat)."""
    out = []
    pos = 0
    for pair in _posseg().cut(text, HMM=True):
        out.append(Word(pos, pos + len(pair.word), pair.word, pair.flag))
        pos += len(pair.word)
    return tuple(out)
