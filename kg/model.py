"""Plain data objects that flow through the pipeline.

text → :class:`Document` (articles, sentences) → :class:`Mention` and
:class:`Relation` (from extractors) → :class:`Entity` (from resolution) → graph.

Every offset is a character offset into :attr:`Document.text`, the decoded
input exactly as it was given (end exclusive). Text is read through offsets,
never copied, except for :attr:`Mention.text`, the surface form with page
breaks removed (for a mention that a layout break split, ``text`` is the
rejoined word while ``document.text[start:end]`` still shows the break).

Examples:
    >>> m = Mention(start=3, end=6, type="Person", text="王路易", article=1)
    >>> m.key()
    (1, 3, 6, 'Person')
"""
from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field

_AFTER = float("inf")  # (i, _AFTER) sorts after every segment that starts at i

ENTITY_TYPES = ("Person", "Organization", "Place", "Initiative")
VALUE_TYPES = ("Date", "Quantity")  # mentions of values, not of entities


@dataclass(slots=True)
class Sentence:
    """One sentence (or headline line, or caption) of an article.

    ``text`` is the repaired text (page breaks removed); ``segments`` maps it
    back to the document: each ``(i, offset)`` says that ``text[i]`` stands at
    ``document.text[offset]`` and the characters after it follow on until the
    next segment.

    Examples:
        >>> s = Sentence(0, 10, 16, "全民核酸检测", segments=((0, 10), (3, 15)))
        >>> s.span(2, 5)  # 核酸检 crosses the page break
        (12, 17)
    """

    index: int
    start: int
    end: int
    text: str
    kind: str = "body"  # "headline" | "subtitle" | "body" | "caption" | "heading" (a section head)
    segments: tuple[tuple[int, int], ...] = ()
    tokens: list = field(default_factory=list, repr=False)  # kg.tagger.Token, filled by the pipeline
    names: dict = field(default_factory=dict, repr=False)  # style → [(start, end, PER|LOC|ORG)], kg.neural

    def offset(self, i: int) -> int:
        """Document offset of ``text[i]``."""
        segments = self.segments
        seg = segments[0] if len(segments) == 1 else segments[bisect_right(segments, (i, _AFTER)) - 1]
        return seg[1] + (i - seg[0])

    def span(self, i: int, j: int) -> tuple[int, int]:
        """Document offsets ``(start, end)`` of ``text[i:j]``."""
        return self.offset(i), self.offset(j - 1) + 1

    def local(self, offset: int) -> int:
        """Index in ``text`` of the first character that stands at or after the document
        offset (``len(text)`` past the end): the inverse of :meth:`offset`.

        Examples:
            >>> s = Sentence(0, 10, 16, "全民核酸检测", segments=((0, 10), (3, 15)))
            >>> s.local(10), s.local(13), s.local(16), s.local(99)
            (0, 3, 4, 6)
        """
        k = bisect_right(self.segments, offset, key=lambda seg: seg[1]) - 1
        if k < 0:
            return 0
        i, at = self.segments[k]
        following = self.segments[k + 1][0] if k + 1 < len(self.segments) else len(self.text)
        return min(i + offset - at, following)

    def index_at(self, offset: int) -> int | None:
        """Index in ``text`` of the first character that stands exactly at the document offset, or None
        (a character the repair removed, or outside the sentence).

        Examples:
            >>> s = Sentence(0, 10, 16, "全民核酸检测", segments=((0, 10), (3, 15)))
            >>> s.index_at(10), s.index_at(15), s.index_at(13), s.index_at(99)
            (0, 3, None, None)
        """
        i = self.local(offset)  # the offsets grow with the index: the first at or after it, if any, is the one
        if i < len(self.text) and self.offset(i) == offset:
            return i
        return next((i for i in range(len(self.text)) if self.offset(i) == offset), None)

    def between(self, start: int, end: int) -> str:
        """The sentence's text between two document offsets, as repaired: what a page break
        or a glued tag mark interrupts reads whole.

        Examples:
            >>> s = Sentence(0, 10, 16, "全民核酸检测", segments=((0, 10), (3, 15)))
            >>> s.between(10, 18)  # 全民核|break|酸检测
            '全民核酸检测'
            >>> s.between(12, 16), s.between(13, 15)
            ('核酸', '')
        """
        return self.text[self.local(start) : self.local(end)]


@dataclass(slots=True)
class Article:
    """One article of a page: headline lines, subtitle, dateline, byline, body sentences and captions.

    The byline is the credit line with the authors' names; when it opens the article it
    includes the dateline before it (``本报讯(记者 王思俊)``), whose own span is
    ``dateline_span``.
    """

    index: int  # 1-based, in page order
    start: int
    end: int
    headline: str = ""
    headline_lines: list[str] = field(default_factory=list)
    headline_span: tuple[int, int] | None = None
    subtitle: str | None = None  # the line under the headline that elaborates it (副题)
    subtitle_span: tuple[int, int] | None = None
    dateline: str | None = None  # who sent it from where and when: 本报讯, 新华社北京3月1日电
    dateline_span: tuple[int, int] | None = None
    byline: str | None = None
    byline_span: tuple[int, int] | None = None
    byline_position: str | None = None  # "start" | "end" | None
    captions: list[tuple[int, int, str]] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)

    def sentence_at(self, offset: int) -> Sentence | None:
        """The sentence that contains the document offset, if any."""
        for s in self.sentences:
            if s.start <= offset < s.end:
                return s
        return None


@dataclass(slots=True)
class Document:
    """One input document (a page, an article file, a JSONL record)."""

    id: str
    text: str
    source: str = ""
    date: str | None = None
    articles: list[Article] = field(default_factory=list)


@dataclass(slots=True)
class Mention:
    """A surface form of an entity at one place in a document."""

    start: int
    end: int
    type: str
    text: str
    article: int
    extractor: str = ""
    role: str | None = None  # byline role (reporter/correspondent) or job title
    canonical: str | None = None  # the name this surface stands for, when it is known
    # (for instance “万人助万企”活动 → 万人助万企)
    value: dict | None = None  # Date: {"value", "part"?}; Quantity: {"value", "unit", "what", "subject"?}

    def key(self) -> tuple[int, int, int, str]:
        return (self.article, self.start, self.end, self.type)


@dataclass(slots=True)
class Evidence:
    """Where a fact is stated: article, sentence and character offsets."""

    article: int
    start: int
    end: int
    text: str
    extractor: str
    sentence: int | None = None
    basis: str = "text"  # "text" (stated), "name" (follows from a compound name)


@dataclass(slots=True)
class Relation:
    """A typed edge, in the direction RDF states it (``subject predicate obj``).

    ``predicate`` is a schema.org property name (``memberOf``, ``location`` …; the full
    list is :data:`kg.rdf.PREDICATE`). The ends are mentions, except
    for ``author`` / ``contributor`` whose subject is the article index.

    Examples:
        >>> person = Mention(7, 10, "Person", "王思俊", 1)
        >>> Relation(1, "author", person, Evidence(1, 4, 10, "记者 王思俊", "byline")).obj.text
        '王思俊'
    """

    subject: Mention | int
    predicate: str
    obj: Mention
    evidence: Evidence
    role: str | None = None


@dataclass(slots=True)
class Entity:
    """One real-world thing: its canonical name, aliases and every mention."""

    id: str
    type: str
    name: str
    aliases: list[str] = field(default_factory=list)
    mentions: list[tuple[str, Mention]] = field(default_factory=list)  # (document id, mention)
    roles: list[str] = field(default_factory=list)
    kind: str | None = None  # for organizations: government, party, company, ...
    code: str | None = None  # for places: the administrative division code (410104)

    @property
    def articles(self) -> list[tuple[str, int]]:
        return sorted({(doc, m.article) for doc, m in self.mentions})
