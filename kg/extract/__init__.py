"""Extractors: one module each, one small interface, one registry.

An extractor is a callable ``(document, mentions) -> list[Mention | Relation]``
registered under a name with :func:`register`. ``mentions`` holds what the
extractors before it found (after overlaps were settled), so a later
extractor can build on earlier ones: roles read the persons and
organizations that the recognizers found. A new extractor is one new module
that calls :func:`register` and is listed in :data:`DEFAULT`.

Examples:
    >>> from kg.text import parse
    >>> doc = parse("本报讯(记者 王思俊 通讯员 姜璞)管城区构建疫情群防群控网。")
    >>> mentions, relations = run(doc, ["byline"])
    >>> [(m.text, m.role) for m in mentions]
    [('王思俊', 'reporter'), ('姜璞', 'correspondent')]
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from ..levels import CHARS as LEVEL_CHARS
from ..model import Document, Mention, Relation
from ..words import clause_words

Extractor = Callable[[Document, list[Mention]], Iterable["Mention | Relation"]]

# A work's title in 《》 on one line: a song's, a book's, a film's, a document's, a programme's.
WORK_TITLE = re.compile(r"《[^《》\n]{1,100}》")


@dataclass(frozen=True)
class Registered:
    name: str
    function: Extractor
    finds_mentions: bool  # recognizers: their mentions compete for the same characters
    rank: int  # among overlapping recognizer mentions, the lower rank wins
    styles: tuple[str, ...] = ()  # the trained recognizer's styles it reads (kg.neural), tagged in the batch


REGISTRY: dict[str, Registered] = {}


def register(name: str, *, finds_mentions: bool = False, rank: int = 100,
             styles: tuple[str, ...] = ()) -> Callable[[Extractor], Extractor]:
    """Register an extractor under ``name``."""

    def wrap(function: Extractor) -> Extractor:
        REGISTRY[name] = Registered(name, function, finds_mentions, rank, styles)
        return function

    return wrap


def styles_for(extractors: Sequence[str]) -> tuple[str, ...]:
    """The styles of the trained recognizer that these extractors read, so that the batch
    tagging (:func:`kg.tagger.tag_documents`) runs the model once for all documents.

    Examples:
        >>> styles_for(["byline", "neural"]), styles_for(DEFAULT), styles_for(["ner", "organization"])
        (('news',), ('news',), ())
    """
    return tuple(sorted({s for n in extractors if n in REGISTRY for s in REGISTRY[n].styles}))


# Importing the modules fills the registry.
from . import byline, date, divisions, initiative, names, ner, organization, quantity, relation, role, short_form  # noqa: E402,F401

DEFAULT: tuple[str, ...] = ("byline", "ensemble", "organization", "initiative", "divisions", "short_form", "names",
                             "role", "relation", "date", "quantity")


def run(doc: Document, extractors: Sequence[str] = DEFAULT) -> tuple[list[Mention], list[Relation]]:
    """Run extractors over a document; returns its mentions and relations.

    Recognizers (``finds_mentions``) run first and their overlapping mentions
    are settled (lower rank, then longer span wins); the other extractors then
    see the settled mentions. A mention that runs over a heading's brackets
    (:func:`crosses_a_heading`) is dropped, and so is a relation to one; so is a recognizer's person or place inside
    a work's title (:func:`in_a_works_title`; the later extractors may still read a place from a body's name there).
    """
    unknown = [n for n in extractors if n not in REGISTRY]
    if unknown:
        from ..errors import InputError

        raise InputError(f"unknown extractor {', '.join(unknown)} (known: {', '.join(sorted(REGISTRY))})")
    chosen = [REGISTRY[n] for n in extractors]
    recognizers = [r for r in chosen if r.finds_mentions]
    others = [r for r in chosen if not r.finds_mentions]
    found: list[tuple[int, Mention]] = []
    relations: list[Relation] = []
    titles = [m.span() for m in WORK_TITLE.finditer(doc.text)]
    for r in recognizers:
        for item in r.function(doc, [m for _, m in found]):
            if _across_a_heading(item) or _in_a_works_title(item, titles):
                continue
            if isinstance(item, Mention):
                item.extractor = item.extractor or r.name
                found.append((r.rank, item))
            else:
                relations.append(item)
    mentions = [x for x in (_conjoined_division_cut(m, doc.text) for m in settle(found)) if x is not None]
    for r in others:
        for item in r.function(doc, list(mentions)):
            if _across_a_heading(item):
                continue
            if isinstance(item, Mention):
                item.extractor = item.extractor or r.name
                mentions.append(item)
            else:
                relations.append(item)
    mentions.sort(key=lambda m: (m.article, m.start, -m.end, m.type))
    return mentions, relations


def _conjoined_division_cut(m: Mention, text: str) -> Mention | None:
    """A recognizer's body or place whose name opens with a conjunction and a level (和县 of 乡政府和县教育局, a county's
    name too) right after a noun it joins to what follows: the body's name runs from the level (县教育局), and the place
    is none. Not after a place, a verb or a break (马鞍山市和县教育局, 赴和县调研: the county).

    Examples:
        >>> t = "乡政府和县教育局领导出席。"
        >>> _conjoined_division_cut(Mention(3, 8, "Organization", "和县教育局", 1), t).text
        '县教育局'
        >>> _conjoined_division_cut(Mention(3, 5, "Place", "和县", 1), t) is None
        True
        >>> t = "县政协和县政府召开会议。"  # (政协, an abbreviation to jieba)
        >>> _conjoined_division_cut(Mention(3, 7, "Organization", "和县政府", 1), t).text
        '县政府'
        >>> t = "马鞍山市和县教育局召开会议。"
        >>> _conjoined_division_cut(Mention(4, 9, "Organization", "和县教育局", 1), t).text
        '和县教育局'
        >>> t = "白石军区和平医院"  # (no level after 和: a name's own 和平)
        >>> _conjoined_division_cut(Mention(4, 8, "Organization", "和平医院", 1), t).text
        '和平医院'
    """
    if m.type not in ("Organization", "Place") or m.end - m.start != len(m.text) or m.text[0] not in "和与及" \
            or m.text[1:2] not in LEVEL_CHARS or not any(
                w.end == m.start and (w.pos.startswith("n") and w.pos != "ns" or w.pos == "j")
                for w in clause_words(text, max(m.start - 1, 0))):
        return m
    if m.type == "Place":
        return None
    return Mention(m.start + 1, m.end, m.type, m.text[1:], m.article, m.extractor)


def crosses_a_heading(name: str) -> bool:
    """Whether a name runs over the lenticular brackets of a heading (【学习贯彻…】央视…: CCTV's item heads): no
    name holds them, so a name that does was read across two phrases.

    Examples:
        >>> crosses_a_heading("第十届运动会】青山代表团夺得首金"), crosses_a_heading("青山大学")
        (True, False)
    """
    return "【" in name or "】" in name


def _across_a_heading(item: Mention | Relation) -> bool:
    """Whether a mention, or either end of a relation, runs over a heading's brackets (:func:`crosses_a_heading`; an
    article's index as a relation's subject has no name).

    Examples:
        >>> _across_a_heading(Mention(0, 8, "Initiative", "运动会】青山代表团", 1))
        True
    """
    ends = (item,) if isinstance(item, Mention) else (item.subject, item.obj)
    cut = [x for x in ends if isinstance(x, Mention) and _STROKES.search(x.text)]
    for x in cut:
        _cut_at_stroke(x)
    return any(crosses_a_heading(getattr(x, "text", "")) for x in ends) or any(len(x.text) < 2 for x in cut)


def in_a_works_title(m: Mention, titles: list[tuple[int, int]]) -> bool:
    """Whether a person or a place stands inside one of ``titles`` (the spans of 《…》 in its document, the title
    whole included): a work's title (《舞动中国》, 《江南春》, a film's 《焦裕禄》) uses their names as its words, no
    mention of the article (the golds' convention: such names are no entities, or optional ones). A body or a campaign
    a title names stays (《青山大学“双创”行动方案》: the body that issues it, the campaign it is for).

    Examples:
        >>> t = "表演了《舞动中国》，放映《焦裕禄》。"
        >>> titles = [m.span() for m in WORK_TITLE.finditer(t)]
        >>> in_a_works_title(Mention(6, 8, "Place", "中国", 1), titles)
        True
        >>> in_a_works_title(Mention(13, 16, "Person", "焦裕禄", 1), titles)  # (the title whole)
        True
        >>> t = "青山县放映《焦裕禄》。"
        >>> in_a_works_title(Mention(0, 3, "Place", "青山县", 1), [m.span() for m in WORK_TITLE.finditer(t)])  # (outside)
        False
    """
    return m.type in ("Person", "Place") and any(b < m.start and m.end < e for b, e in titles)


def _in_a_works_title(item: Mention | Relation, titles: list[tuple[int, int]]) -> bool:
    """Whether a mention, or either end of a relation, is a person or a place inside a work's title
    (:func:`in_a_works_title`)."""
    ends = (item,) if isinstance(item, Mention) else (item.subject, item.obj)
    return any(isinstance(x, Mention) and in_a_works_title(x, titles) for x in ends)


# The stroke (丨) or the bar (｜, |) that sites set between a column's name and a headline; kg.text reads 丨 as ｜.
_STROKES = re.compile("[丨｜|]")


def _cut_at_stroke(m: Mention) -> None:
    """Cut a mention, in place, at 丨 or ｜, the stroke that sites set between a column's name and a headline
    (“三项改革”丨法院开放日 青山法院…): a character of the script to the recognizers, a separator to a reader. The part
    after the last one is kept (or before it, where it closes the mention); a part of less than two characters then
    drops the mention.

    Examples:
        >>> m = Mention(0, 12, "Initiative", "“三项改革”｜法院开放日", 1)
        >>> _cut_at_stroke(m); (m.start, m.end, m.text)
        (7, 12, '法院开放日')
    """
    if m.end - m.start != len(m.text):
        return  # (a name spaced out in the text: left as it is)
    text = m.text.rstrip("丨｜|")
    cut = max(text.rfind(c) for c in "丨｜|") + 1
    m.start, m.end, m.text = m.start + cut, m.start + len(text), text[cut:]
    if m.canonical and _STROKES.search(m.canonical):
        m.canonical = _STROKES.split(m.canonical.rstrip("丨｜|"))[-1]


def settle(found: list[tuple[int, Mention]]) -> list[Mention]:
    """Keep, among overlapping mentions of one article, the best: lower rank, then longer.

    Exact duplicates collapse into one.
    """
    kept: list[Mention] = []
    taken: dict[int, list[tuple[int, int]]] = {}
    for _, m in sorted(found, key=lambda rm: (rm[0], -(rm[1].end - rm[1].start), rm[1].start)):
        spans = taken.setdefault(m.article, [])
        if any(s < m.end and m.start < e for s, e in spans):
            continue
        spans.append((m.start, m.end))
        kept.append(m)
    kept.sort(key=lambda m: (m.article, m.start))
    return kept
