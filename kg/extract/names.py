"""What compound names say: the places and parent bodies inside a name.

``管城区紫荆山南路街道办事处社会工作服务站`` names a station of the street office
``管城区紫荆山南路街道办事处``, which lies in 紫荆山南路街道, which lies in 管城区.
This extractor adds those nested mentions and the relations
(``parentOrganization``, ``location``, ``containedInPlace``) with
``basis="name"`` in their evidence.

Examples:
    >>> from kg.text import parse
    >>> from kg.model import Mention
    >>> doc = parse("荥阳市城关乡实验小学的学生们。")
    >>> school = Mention(0, 10, "Organization", "荥阳市城关乡实验小学", 1)
    >>> [(r.subject.text, r.predicate, r.obj.text) for r in extract(doc, [school]) if hasattr(r, "predicate")]
    [('城关乡', 'containedInPlace', '荥阳市'), ('荥阳市城关乡实验小学', 'location', '城关乡')]
"""
from __future__ import annotations

import re

from ..model import Document, Evidence, Mention, Relation
from . import register
from .organization import SUFFIXES

# An administrative place at the start of a name: 1-6 characters and a level.
_PLACE = re.compile(r"[\u4e00-\u9fff]{1,6}?(?:自治区|自治州|自治县|特别行政区|新区|街道|省|市|区|县|旗|乡|镇)")
# After a district, a bare name before a local body is the sub-district it governs (樱桃沟党工委).
_LOCAL_BODY = re.compile(r"([\u4e00-\u9fff]{2,5}?)(?:党工委|管委会|办事处)$")
_NOT_PLACE_START = set("全本该各每此其我")
_INNER_ORG = re.compile("|".join(s for s in SUFFIXES if len(s) >= 2))


def leading_places(name: str) -> list[tuple[int, int]]:
    """Spans of the administrative places that a name starts with.

    Examples:
        >>> n = "宁波市鄞州区惠风书馆"
        >>> [n[s:e] for s, e in leading_places(n)]
        ['宁波市', '鄞州区']
    """
    spans = []
    pos = 0
    while pos < len(name):
        m = _PLACE.match(name, pos)
        if not m or m.end() >= len(name) or name[pos] in _NOT_PLACE_START or m.end() - pos < 2:
            break
        # The level character must not start a body's name (区委, 区政府, 市委).
        if name[m.end() : m.end() + 1] in ("委",) and name[m.end() - 1] in "区市县省":
            spans.append((pos, m.end()))
            break
        spans.append((pos, m.end()))
        pos = m.end()
    if spans:
        rest = name[spans[-1][1] :]
        local = _LOCAL_BODY.match(rest)
        if local and not _PLACE.fullmatch(local.group(1)):
            b = spans[-1][1]
            spans.append((b, b + len(local.group(1))))
    return spans


def _nested(m: Mention, s: int, e: int, type_: str) -> Mention:
    return Mention(m.start + s, m.start + e, type_, m.text[s:e], m.article, "names")


def _relation(subject: Mention, predicate: str, obj: Mention, whole: Mention) -> Relation:
    ev = Evidence(whole.article, whole.start, whole.end, whole.text, "names", basis="name")
    return Relation(subject, predicate, obj, ev)


@register("names")
def extract(doc: Document, mentions: list[Mention]) -> list[Mention | Relation]:
    """Nested places and parent organizations of organization and place names."""
    out: list[Mention | Relation] = []
    for m in mentions:
        if m.type not in ("Organization", "Place") or m.end - m.start != len(m.text):
            continue
        places = [_nested(m, s, e, "Place") for s, e in leading_places(m.text)]
        out.extend(places)
        for outer, inner in zip(places, places[1:]):
            out.append(_relation(inner, "containedInPlace", outer, m))
        # A body inside the name: the parent organization (街道办事处 in …街道办事处社会工作服务站).
        child = m
        if m.type == "Organization":
            prefix_end = places[-1].end - m.start if places else 0
            inner_ends = [x.end() for x in _INNER_ORG.finditer(m.text, prefix_end) if x.end() < len(m.text)]
            if inner_ends:
                parent = _nested(m, 0, inner_ends[-1], "Organization")
                out.append(parent)
                out.append(_relation(m, "parentOrganization", parent, m))
                child = parent
        if places:
            out.append(_relation(child, "location" if child.type == "Organization" else "containedInPlace", places[-1], m))
    return out
