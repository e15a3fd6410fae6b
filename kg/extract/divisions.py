"""Places named in a chain of administrative divisions, each inside the one before it: 河南南阳镇平县 is 河南, 南阳
and 镇平县 (not the township 南阳镇 of another province, nor one place 南阳镇平县), 开化县村头镇 is the county and its
township. The gazetteer says which names follow each other so (:func:`kg.places.chain`); the recognizer takes a
chain of two or more, or one division named whole with its level where nothing was found (正蓝旗, which the taggers
may miss), on word boundaries, over the names found before it that lie inside the chain (南阳镇平县 read as one place),
not over a longer name that holds it or runs past it (北京朝阳医院 is a hospital, 海南三亚河 ends in a river: the places
inside a name are :mod:`kg.extract.names`'s).

Examples:
    >>> from kg.text import parse
    >>> doc = parse("孙湾小学是河南南阳镇平县的一所村小，它在开化县村头镇。")
    >>> [m.text for m in extract(doc, [])]
    ['河南', '南阳', '镇平县', '开化县', '村头镇']
"""
from __future__ import annotations

from bisect import bisect_left

from ..gazetteer import find
from ..levels import NAME_SUFFIXES
from ..model import Document, Mention
from ..places import chain
from ..words import clause_words, in_dictionary, words
from . import register


@register("divisions", finds_mentions=True, rank=2)
def extract(doc: Document, mentions: list[Mention]) -> list[Mention]:
    """Place mentions for each division of a chain."""
    out = []
    for a in doc.articles:
        # the names found before, by start (a chain is checked against those of its sentence only)
        spans = sorted((m.start, m.end) for m in mentions
                       if m.article == a.index and m.type in ("Organization", "Initiative", "Place"))
        places = {(m.start, m.end) for m in mentions if m.article == a.index and m.type == "Place"}
        starts = [b for b, _ in spans]
        longest = max((e - b for b, e in spans), default=0)
        for s in a.sentences:
            text = s.text
            near = spans[bisect_left(starts, s.start - longest) : bisect_left(starts, s.end)]
            after = 0  # where the last chain ended
            for b, e, name, found in find(text):
                if b < after:
                    continue
                links = chain(text, b)
                alone = not links and _whole_division(text, b, e, name, found)
                if alone:
                    links = [(b, e, found)]  # a division alone by its whole name, which the taggers missed: 正蓝旗
                if not links:
                    continue
                end = links[-1][1]
                words = clause_words(text, b)
                if not (any(w.start == b for w in words) and any(w.end == end for w in words)):
                    continue
                start, stop = s.span(b, end)
                if any(x < stop and start < y and (x < start or stop < y) for x, y in near):
                    continue  # inside a longer name: 北京朝阳医院, 海南三亚河, 福建福州站
                if alone and (any(x != start or y != stop for x, y in near if x < stop and start < y)
                              or (start, stop) in places):
                    continue  # (one alone: where no name was found, or a body of its very name: 正蓝旗召开…)
                for x, y, _ in links:
                    xs, ys = s.span(x, y)
                    out.append(Mention(xs, ys, "Place", text[x:y], a.index))
                after = end
    return out


def _whole_division(text: str, b: int, e: int, name: str, found: tuple) -> bool:
    """Whether the gazetteer's name from ``b`` to ``e`` is a division named whole, with its level, of three
    characters or more (正蓝旗): no bare name, which may be a word (东方 of 东方医院), nor one whose name without its
    level is a word of jieba's dictionary of another kind than a place (比如 of 比如县、乡两级, "for example, counties
    and townships"; such a division is read where the taggers read it).

    Examples:
        >>> from kg.gazetteer import find
        >>> [_whole_division(t, *f) for t in ("正蓝旗召开会议", "东方医院", "比如县、乡两级") for f in find(t)]
        [True, False, False]
    """
    bare = next((name[: -len(level)] for level in NAME_SUFFIXES if name.endswith(level)), name)
    return e - b >= 3 and text[b:e] == name and any(d.name == name for d in found) and not (
        in_dictionary(bare) and [w.pos for w in words(bare)] != ["ns"])
