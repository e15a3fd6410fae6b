"""Initiatives: named campaigns, programs, activities, projects and recurring events.

Chinese news names them in quotation marks followed by what they are
(``“万人助万企”活动``, ``“阳光雨露育春苗”文明实践项目``, ``“放管服”改革``), or
quotes a name that says it itself (``“守门行动”``, ``“能力作风建设年”``), or
names an event by its kind (``企业家恳谈会``). Once a name is known, its other
occurrences in the document (``深化“万人助万企”``) are mentions too.

Examples:
    >>> from kg.text import parse
    >>> doc = parse("深化“万人助万企”。金水区“万人助万企”活动企业家恳谈会开始了。")
    >>> [(m.text, m.canonical) for m in extract(doc, [])]
    [('“万人助万企”', '万人助万企'), ('“万人助万企”活动', '万人助万企'), ('企业家恳谈会', '企业家恳谈会')]
"""
from __future__ import annotations

import re

from ..model import Document, Mention
from ..tagger import tag_documents
from ..words import clause_words
from .organization import name_start
from . import register

HEADS = "活动|行动|项目|工程|计划|改革|工作法|专项行动|行动计划|运动|竞赛|大赛|评选"
# “名称”[修饰]活动: the quoted name, up to six characters of kind, then the head.
_QUOTED_WITH_HEAD = re.compile(rf"“([^“”、，,。\n]{{2,24}})”((?:(?!的)[\u4e00-\u9fff]){{0,6}}?(?:{HEADS}))")
# “名称” whose own last word says what it is.
_QUOTED_SELF = re.compile(r"“([^“”、，,。\n]{2,20}(?:行动|活动|工程|计划|项目|建设年|主题年|服务月|宣传月|宣传周))”")
# An unquoted project with a proper name in it: 亚投行贷款郑州市农村公路灾后恢复重建项目.
_PROJECT = re.compile(r"项目|工程")
EVENT_HEADS = ("恳谈会", "座谈会", "推介会", "博览会", "交流会", "运动会", "文化节", "艺术节", "论坛", "峰会")
_EVENT = re.compile("|".join(EVENT_HEADS))


def _event_start(text: str, head: int) -> int:
    """An event name takes the one noun before its head (企业家恳谈会)."""
    before = [w for w in clause_words(text, head) if w.end == head]
    if before and before[0].pos.startswith("n") and len(before[0].text) >= 2:
        return before[0].start
    return head


@register("initiative", finds_mentions=True, rank=1)
def extract(doc: Document, mentions: list[Mention]) -> list[Mention]:
    """Initiative mentions, with ``canonical`` set to the bare name."""
    out: list[Mention] = []
    names: set[str] = set()
    tag_documents([doc])
    for a in doc.articles:
        for s in a.sentences:
            text = s.text
            spans = []
            for m in _QUOTED_WITH_HEAD.finditer(text):
                spans.append((m.start(), m.end(), m.group(1)))
            for m in _QUOTED_SELF.finditer(text):
                if not any(b <= m.start() < e for b, e, _ in spans):
                    spans.append((m.start(), m.end(), m.group(1)))
            for m in _PROJECT.finditer(text):
                b = name_start(text, m.start(), frozenset({"t", "f"}))
                named = any(t.tag in ("ORG", "LOC") and b <= t.start and t.end <= m.start() for t in s.tokens)
                free = not any(x <= b < y or x < m.end() <= y for x, y, _ in spans)
                if named and free and m.start() - b >= 6:
                    spans.append((b, m.end(), text[b : m.end()]))
            for m in _EVENT.finditer(text):
                b = _event_start(text, m.start())
                if not any(x <= b < y or x < m.end() <= y for x, y, _ in spans):
                    spans.append((b, m.end(), text[b : m.end()]))
            for b, e, name in spans:
                start, end = s.span(b, e)
                out.append(Mention(start, end, "Initiative", text[b:e], a.index, canonical=name.strip()))
                names.add(name.strip())
    # Second pass: other occurrences of a known name, quoted or bare (if long enough to be unambiguous).
    taken = {(m.article, m.start) for m in out}
    for name in sorted(names, key=len, reverse=True):
        pattern = re.compile(re.escape(f"“{name}”") + ("|" + re.escape(name) if len(name) >= 4 else ""))
        for a in doc.articles:
            for s in a.sentences:
                for m in pattern.finditer(s.text):
                    start, end = s.span(m.start(), m.end())
                    if any(x.article == a.index and x.start <= start < x.end for x in out):
                        continue
                    if (a.index, start) not in taken:
                        taken.add((a.index, start))
                        out.append(Mention(start, end, "Initiative", m.group(), a.index, canonical=name))
    out.sort(key=lambda m: (m.article, m.start))
    return out
