"""Places named in a chain of administrative divisions, each inside the one before it: 河南南阳镇平县 is 河南, 南阳
and 镇平县 (not the township 南阳镇 of another province, nor one place 南阳镇平县), 开化县村头镇 is the county and its
township. The gazetteer says which names follow each other so (:func:`kg.places.chain`); the recognizer takes a
chain of two or more, on word boundaries, over the names found before it that lie inside the chain (南阳镇平县 read as
one place), not over a longer name that holds it or runs past it (北京朝阳医院 is a hospital, 海南三亚河 ends in a river:
the places inside a name are :mod:`kg.extract.names`'s).

Examples:
    >>> from kg.text import parse
    >>> doc = parse("孙湾小学是河南南阳镇平县的一所村小，它在开化县村头镇。")
    >>> [m.text for m in extract(doc, [])]
    ['河南', '南阳', '镇平县', '开化县', '村头镇']
"""
from __future__ import annotations

from bisect import bisect_left

from ..gazetteer import find
from ..model import Document, Mention
from ..places import chain
from ..words import clause_words
from . import register


@register("divisions", finds_mentions=True, rank=2)
def extract(doc: Document, mentions: list[Mention]) -> list[Mention]:
    """Place mentions for each division of a chain."""
    out = []
    for a in doc.articles:
        # the names found before, by start (a chain is checked against those of its sentence only)
        spans = sorted((m.start, m.end) for m in mentions
                       if m.article == a.index and m.type in ("Organization", "Initiative", "Place"))
        starts = [b for b, _ in spans]
        longest = max((e - b for b, e in spans), default=0)
        for s in a.sentences:
            text = s.text
            near = spans[bisect_left(starts, s.start - longest) : bisect_left(starts, s.end)]
            after = 0  # where the last chain ended
            for b, _, _, _ in find(text):
                if b < after:
                    continue
                links = chain(text, b)
                if not links:
                    continue
                end = links[-1][1]
                words = clause_words(text, b)
                if not (any(w.start == b for w in words) and any(w.end == end for w in words)):
                    continue
                start, stop = s.span(b, end)
                if any(x < stop and start < y and (x < start or stop < y) for x, y in near):
                    continue  # inside a longer name: 北京朝阳医院, 海南三亚河, 福建福州站
                for x, y, _ in links:
                    xs, ys = s.span(x, y)
                    out.append(Mention(xs, ys, "Place", text[x:y], a.index))
                after = end
    return out
