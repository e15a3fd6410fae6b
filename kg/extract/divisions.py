"""Places named in a chain of administrative divisions, each inside the one before it: 河南南阳镇平县 is 河南, 南阳
and 镇平县 (not the township 南阳镇 of another province, nor one place 南阳镇平县), 开化县村头镇 is the county and its
township. The gazetteer says which names follow each other so (:func:`kg.places.chain`); the recognizer takes a
chain of two or more, or one division named whole with its level where nothing was found (正蓝旗, which the taggers
may miss), on word boundaries, over the names found before it that lie inside the chain (南阳镇平县 read as one place),
not over a longer name that holds it or runs past it (北京朝阳医院 is a hospital, 海南三亚河 ends in a river: the places
inside a name are :mod:`kg.extract.names`'s). A county named bare in a list beside a county of its city is a place too
(富县、子长、黄陵等县: 子长 of 子长市, :func:`listed_counties`).

Examples:
    >>> from kg.text import parse
    >>> doc = parse("孙湾小学是河南南阳镇平县的一所村小，它在开化县村头镇。")
    >>> [m.text for m in extract(doc, [])]
    ['河南', '南阳', '镇平县', '开化县', '村头镇']
"""
from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable

from ..gazetteer import find, named
from ..levels import NAME_SUFFIXES
from ..model import Document, Mention
from ..places import bare_county_in, chain
from ..towns import town_ending_at, town_starting_at, towns
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
            # a county by its bare name in a list beside one of its prefecture's (富县、子长、黄陵等县)
            listed = sorted({(s.local(x), s.local(y - 1) + 1) for x, y in places if s.start <= x and y <= s.end}
                            | {(s.local(m.start), s.local(m.end - 1) + 1) for m in out
                               if m.article == a.index and s.start <= m.start and m.end <= s.end})
            taken = [(s.local(x), s.local(y - 1) + 1) for x, y in near]
            for x, y in [*listed_counties(text, listed, taken), *listed_townships(text, listed, taken)]:
                xs, ys = s.span(x, y)
                out.append(Mention(xs, ys, "Place", text[x:y], a.index))
    return out


# An item of a list: two or three characters between two of its marks (、), or before its last word (等, 和, 及).
_ITEM = re.compile(r"[\u4e00-\u9fff]{2,3}(?=、|等|和|及)")


def listed_counties(text: str, places: list[tuple[int, int]], taken: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Items of a list next to a county (one 、 apart) that name a county of the same prefecture bare (子长 of 子长县,
    now 子长市, between 富县 and 黄陵 of 延安; :func:`kg.places.bare_county_in`). ``places`` are the spans of the
    places found in ``text``, ``taken`` those of every name found; an item inside one is none.

    Examples:
        >>> t = "富县、子长、黄陵等县区负责人发言"
        >>> [t[b:e] for b, e in listed_counties(t, [(0, 2)], [(0, 2)])]
        ['子长', '黄陵']
        >>> t = "富县、长子等地"  # (长子县 is of 长治, not of 延安)
        >>> listed_counties(t, [(0, 2)], [(0, 2)])
        []
    """
    def same_prefecture(item: str, prefectures: set[str]) -> set[str]:
        county = bare_county_in(item, {p + "00" for p in prefectures})
        return {county.code[:4]} if county is not None else set()

    start = [(b, e, {d.code[:4] for d in named(text[b:e]) if d.level == "county"}) for b, e in places]
    return _walk_the_list(text, start, taken, _list_neighbours, same_prefecture)


def listed_townships(text: str, places: list[tuple[int, int]], taken: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Items of a list next to a township (one 、 apart) that the gazetteer names as a township of the same county
    (:func:`kg.towns.towns`): the taggers may miss one of a row (白石区北岭镇街道、市西街道、南湖街道). ``places`` and
    ``taken`` as in :func:`listed_counties`.

    Examples:
        >>> t = "乐陵市胡家街道、市中街道、云红街道负责人发言"
        >>> [t[b:e] for b, e in listed_townships(t, [(3, 7), (13, 17)], [(3, 7), (13, 17)])]
        ['市中街道']
        >>> listed_townships("北镇街道、城关镇", [(0, 4)], [(0, 4)])  # (城关镇 of other counties only)
        []
        >>> listed_townships("城关镇、新华街道", [(0, 3)], [(0, 3)])  # (no county named: 城关镇 of many)
        []
    """
    start = [(b, e, {d.parent for d in towns().get(text[b:e], ())}) for b, e in places]
    if not any(counties for _, _, counties in start):
        return []  # (no township found: the sentence's divisions not looked up again)
    # (the counties of the townships found: the text's own where it names one of them, else the township's one or two)
    named_here = {d.code for *_, ds in find(text) for d in ds if d.level == "county"}
    start = [(b, e, counties & named_here or (counties if len(counties) <= 2 else set())) for b, e, counties in start]
    return _walk_the_list(text, start, taken, _towns_beside,
                          lambda item, counties: counties & {d.parent for d in towns()[item]})


def _walk_the_list(text: str, start: list[tuple[int, int, set[str]]], taken: list[tuple[int, int]],
                   beside: Callable[[str, int, int], list[tuple[int, int]]],
                   same: Callable[[str, set[str]], set[str]]) -> list[tuple[int, int]]:
    """The items of a list reached one 、 at a time (``beside``) from the places found, ``start`` (each with the codes of
    what holds it: a prefecture, a county), where ``same`` gives the item codes it shares with its neighbour's; an
    item inside a name found (``taken``) is none."""
    found: list[tuple[int, int]] = []
    seen = {(b, e) for b, e, _ in start}
    todo = list(start)
    while todo:
        b, e, codes = todo.pop()
        for x, y in beside(text, b, e) if codes else ():
            if (x, y) in seen or any(p < y and x < q for p, q in taken):
                continue
            if shared := same(text[x:y], codes):
                seen.add((x, y))
                found.append((x, y))
                todo.append((x, y, shared))
    return sorted(found)


def _towns_beside(text: str, b: int, e: int) -> list[tuple[int, int]]:
    """The townships of the gazetteer right before and right after the list's item from ``b`` to ``e``, one 、 apart."""
    out = []
    if text[e : e + 1] == "、" and (end := town_starting_at(text, e + 1)) is not None:
        out.append((e + 1, end))
    if b > 0 and text[b - 1] == "、" and (start := town_ending_at(text, b - 1)) is not None:
        out.append((start, b - 1))
    return out


def _list_neighbours(text: str, b: int, e: int) -> list[tuple[int, int]]:
    """The list's items just before and just after the one from ``b`` to ``e``, one 、 apart."""
    out = []
    if text[e : e + 1] == "、":
        m = _ITEM.match(text, e + 1)
        if m:
            out.append(m.span())
    if b > 0 and text[b - 1] == "、":
        x = b - 1
        while x > 0 and "\u4e00" <= text[x - 1] <= "\u9fff":
            x -= 1
        if 2 <= b - 1 - x <= 3:
            out.append((x, b - 1))
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
