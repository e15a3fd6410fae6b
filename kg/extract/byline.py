"""Bylines: reporters (``schema:author``) and correspondents (``schema:contributor``).

Handles ``本报讯(记者 王思俊 通讯员 姜璞)``, credits glued to a name
(``吴晨文/图``), several correspondents (``通讯员 马珂 宋婷``) and the
end-of-article form ``本报记者 党贺喜 通讯员 李贞``.

Examples:
    >>> from kg.text import parse
    >>> doc = parse("本报讯(记者 孙志刚 通讯员 吴晨文/图)自“能力作风建设年”活动开展以来。")
    >>> [(m.text, m.role) for m in extract(doc, []) if isinstance(m, Mention)]
    [('孙志刚', 'reporter'), ('吴晨', 'correspondent')]
    >>> parse_byline("本报记者 党贺喜 通讯员 李贞")
    [('党贺喜', 'reporter', 5, 8, 0), ('李贞', 'correspondent', 13, 15, 9)]
"""
from __future__ import annotations

import re

from ..model import Document, Evidence, Mention, Relation
from . import register

ROLES = {
    "本报记者": "reporter",
    "见习记者": "reporter",
    "记者": "reporter",
    "通讯员": "correspondent",
    "实习生": "correspondent",
}
_ROLE = re.compile("|".join(sorted(ROLES, key=len, reverse=True)))
_CREDIT = re.compile(r"(?:文/图|文／图|图/文|摄影|/图|／图|摄|文|图)$")
_NAME = re.compile(r"^[\u4e00-\u9fff·]{2,6}$")


def parse_byline(text: str) -> list[tuple[str, str, int, int, int]]:
    """(name, role, start, end, role_start) for each person in a byline; offsets into ``text``.

    ``role_start`` is where the role word that introduces the name begins.
    """
    out = []
    role = None
    role_start = 0
    for m in re.finditer(r"[^\s\u3000()（）,，、]+", text):
        word, start = m.group(), m.start()
        head = _ROLE.match(word)
        if head:
            role, role_start = ROLES[head.group()], start
            word, start = word[head.end() :], start + head.end()
            if not word:
                continue
        if role is None:
            continue
        if len(word) > 2:
            word = _CREDIT.sub("", word) if len(_CREDIT.sub("", word)) >= 2 else word
        if _NAME.match(word):
            out.append((word, role, start, start + len(word), role_start))
    return out


@register("byline", finds_mentions=True, rank=0)
def extract(doc: Document, mentions: list[Mention]) -> list[Mention | Relation]:
    """Persons named in each article's byline, with author/contributor relations."""
    out: list[Mention | Relation] = []
    for a in doc.articles:
        if not a.byline or not a.byline_span:
            continue
        base = a.byline_span[0]
        for name, role, start, end, role_start in parse_byline(a.byline):
            m = Mention(base + start, base + end, "Person", name, a.index, "byline", role=role)
            ev = Evidence(a.index, base + role_start, base + end, a.byline[role_start:end], "byline")
            out.append(m)
            out.append(Relation(a.index, "author" if role == "reporter" else "contributor", m, ev))
    return out
