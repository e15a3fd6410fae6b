"""Short forms: an organisation named in full, then by the tail of its name.

News names a body in full once and then by the last words of its name
(``青山农产品交易中心`` … ``交易中心董事长林天真``). A later occurrence of such a
tail, standing as words of its own and not after a modifier, is a mention of
the body; entity resolution (:mod:`kg.resolve`) joins it to the full name, so
roles and relations read on the short form reach the body.

Examples:
    >>> from kg.text import parse
    >>> doc = parse("青山农产品交易中心开业。交易中心董事长林天真说。")
    >>> body = Mention(0, 9, "Organization", "青山农产品交易中心", 1)
    >>> [(m.text, m.start) for m in extract(doc, [body])]
    [('交易中心', 12)]
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..gazetteer import find
from ..levels import CHARS as LEVEL_CHARS
from ..model import Document, Mention
from ..words import clause_words, words
from . import register
from .ner import GENERIC
from .organization import CALLED, STANDALONE_BODIES, SUFFIXES

# After a kind of body, not a body: 养老院、福利院等机构, 工商联系统.
_KIND_AFTER = re.compile(r"等|系统|们|之间")
MIN_TAIL = 3  # 中心, 公司 alone name no one body
MIN_NAME = 5
# Words that qualify a head and so make a tail a kind of body, not the body (各级人民政府, 大型超市).
_MODIFIER_POS = ("n", "a", "b", "m", "q", "r", "j", "f", "s")


def tails(name: str) -> list[str]:
    """The tails of an organisation's name that start at one of its words, longest first.

    Examples:
        >>> tails("青山农产品交易中心"), tails("青山农业有限公司")
        (['农产品交易中心', '交易中心'], ['农业有限公司'])
    """
    if len(name) < MIN_NAME:
        return []
    out = [name[w.start :] for w in words(name)[1:]]
    heads = set(SUFFIXES) | STANDALONE_BODIES  # 有限公司, 党支部: a kind of body alone
    return [t for t in out if len(t) >= MIN_TAIL and t not in GENERIC and t not in heads]


# Associations and federations, named short by their field's first character or two and the kind's first (作协 of
# 作家协会, 文联 of 文学艺术界联合会, 工商联 of 工商业联合会).
_ABBREVIATED_KINDS = ("联合会", "协会")
# How those short names end: the first character of each kind (作协, 文联).
ABBREVIATION_ENDS = tuple(kind[0] for kind in _ABBREVIATED_KINDS)


@lru_cache(maxsize=4096)
def abbreviations(name: str) -> tuple[str, ...]:
    """The short names of an association or federation named after a place (a division of the gazetteer, or words
    that a level closes): its field's first one or two characters (two where the field has three or more) and the
    first of 协会 or 联合会, after the place, its level alone, or nothing (青山县作家协会: 青山县作协, 县作协, 作协).

    Examples:
        >>> abbreviations("白石县作家协会")
        ('白石县作协', '县作协', '作协')
        >>> abbreviations("白石县工商业联合会")  # (工联 too: a form to be matched, only where one body fits it)
        ('白石县工联', '县工联', '工联', '白石县工商联', '县工商联', '工商联')
        >>> abbreviations("白石县作家培训中心"), abbreviations("中华作家协会"), abbreviations("白石县协会")
        ((), (), ())
    """
    kind = next((k for k in _ABBREVIATED_KINDS if name.endswith(k)), None)
    if kind is None:
        return ()
    body = name[: -len(kind)]
    ends = [e for _, e, _, _ in find(body)] + [w.end for w in words(body) if body[w.end - 1] in LEVEL_CHARS]
    end = max((e for e in ends if e < len(body)), default=0)  # (the place: a division, or words closed by a level)
    place, field = body[:end], body[end:]
    if not place or len(field) < 2:
        return ()
    out = []
    for n in (1, 2) if len(field) >= 3 else (1,):
        short = field[:n] + kind[0]
        out += [place + short, *([place[-1] + short] if place[-1] in LEVEL_CHARS else []), short]
    return tuple(out)


def called(doc: Document, mentions: list[Mention]) -> list[Mention]:
    """The short name a body is given in brackets after its full name (青山市农产品检测中心（简称
    “青山检测中心”）): every later occurrence of it is the body, named by its full name. A mention
    a recognizer made there is renamed (its ``canonical``, its type); the others are added.

    Examples:
        >>> from kg.text import parse
        >>> doc = parse("青山市农产品检测中心（简称“青山检测中心”）成立。青山检测中心主任王五说。")
        >>> body = Mention(0, 10, "Organization", "青山市农产品检测中心", 1)
        >>> [(m.text, m.start, m.canonical) for m in called(doc, [body])]
        [('青山检测中心', 14, '青山市农产品检测中心'), ('青山检测中心', 25, '青山市农产品检测中心')]
    """
    out: list[Mention] = []
    for m in mentions:
        hit = CALLED.match(doc.text, m.end) if m.type == "Organization" else None
        if hit is None or hit.group(1) == m.text or hit.group(1) in GENERIC:
            continue
        short, name = hit.group(1), m.canonical or m.text
        for a in doc.articles:
            if a.index < m.article:
                continue
            for s in a.sentences:
                for x in re.finditer(re.escape(short), s.text):
                    start, end = s.span(x.start(), x.end())
                    if start < m.end or end - start != len(short):
                        continue
                    same = [o for o in mentions if o.article == a.index and o.start == start and o.end == end]
                    if same:
                        for o in same:
                            o.canonical, o.type = name, m.type
                    elif not any(o.article == a.index and o.start < end and start < o.end for o in mentions):
                        out.append(Mention(start, end, m.type, short, a.index, canonical=name))
    return out


@register("short_form")
def extract(doc: Document, mentions: list[Mention]) -> list[Mention]:
    """Organisation mentions by the tail of a name the article gave in full before, or by the short
    name it gave in brackets (:func:`called`)."""
    out: list[Mention] = called(doc, mentions)
    mentions = mentions + out
    for a in doc.articles:
        found = [m for m in mentions if m.article == a.index]
        first: dict[str, Mention] = {}
        owners: dict[str, set[str]] = {}
        for o in sorted((m for m in found if m.type == "Organization"), key=lambda m: m.start):
            for tail in tails(o.text):
                first.setdefault(tail, o)
                owners.setdefault(tail, set()).add(o.text)
        # a tail two bodies share names neither (青山区人民医院, 黄河区人民医院 … 人民医院)
        first = {t: o for t, o in first.items() if len(owners[t]) == 1}
        if not first:
            continue
        pattern = re.compile("|".join(re.escape(t) for t in sorted(first, key=len, reverse=True)))
        taken = [(m.start, m.end) for m in found]
        for s in a.sentences:
            for hit in pattern.finditer(s.text):
                start, end = s.span(hit.start(), hit.end())
                if start < first[hit.group()].end or any(b < end and start < e for b, e in taken):
                    continue
                ws = clause_words(s.text, hit.start())
                if not any(w.start == hit.start() for w in ws) or not any(w.end == hit.end() for w in ws):
                    continue
                before = next((w for w in ws if w.end == hit.start()), None)
                if before is not None and before.pos.startswith(_MODIFIER_POS) or _KIND_AFTER.match(s.text, hit.end()):
                    continue
                taken.append((start, end))
                out.append(Mention(start, end, "Organization", hit.group(), a.index))
    return out
