"""People's roles: ``队长王路易``, ``32路调度赵丽``, ``党员志愿者刘大叔``.

A title right before a person's name is their role. When an organization's
name comes right before the title (up to four characters of qualifier, as in
``郑州公交32路劳模车车长姚恩思``), the person is a member of it in that role.

Examples:
    >>> from kg.text import parse
    >>> from kg.model import Mention
    >>> doc = parse("32路调度赵丽表示。")
    >>> found = [Mention(0, 3, "Organization", "32路", 1), Mention(5, 7, "Person", "赵丽", 1)]
    >>> [(r.subject.text, r.predicate, r.obj.text, r.role) for r in extract(doc, found)]
    [('赵丽', 'memberOf', '32路', '调度')]
"""
from __future__ import annotations

import re

from ..model import Document, Evidence, Mention, Relation
from . import register

TITLES = """队长 副队长 车长 调度 组长 副组长 书记 副书记 主任 副主任 局长 副局长 处长 科长 站长 校长 院长 经理 总经理
董事长 所长 馆长 会长 主席 部长 厅长 市长 区长 县长 镇长 乡长 村长 网格长 负责人 党员志愿者 志愿者 老师 教师
医生 护士 民警 网格员 社工 司机 调度员 记者 主持人 理事长 秘书长""".split()
_TITLE = re.compile(rf"((?:[\u4e00-\u9fff]{{0,4}}?)(?:{'|'.join(sorted(TITLES, key=len, reverse=True))}))$")


@register("role")
def extract(doc: Document, mentions: list[Mention]) -> list[Relation]:
    """memberOf relations with the role; sets ``role`` on persons with a title."""
    out: list[Relation] = []
    by_article: dict[int, list[Mention]] = {}
    for m in mentions:
        by_article.setdefault(m.article, []).append(m)
    for a in doc.articles:
        found = by_article.get(a.index, [])
        orgs = {m.end: m for m in found if m.type == "Organization"}
        for person in (m for m in found if m.type == "Person" and m.extractor != "byline"):
            s = a.sentence_at(person.start)
            if s is None:
                continue
            # local index of the person in the sentence
            local = next((i for i in range(len(s.text)) if s.offset(i) == person.start), None)
            if local is None:
                continue
            before = s.text[max(0, local - 12) : local]
            # An organization that ends right before a title: the title is what lies between.
            for end, org in orgs.items():
                if org.start < person.start and s.start <= org.start and end <= person.start:
                    between = doc.text[end : person.start]
                    if 1 < len(between) <= 9 and _TITLE.fullmatch(between) and between.isalpha():
                        person.role = between
                        ev = Evidence(a.index, org.start, person.end, doc.text[org.start : person.end], "role", s.index)
                        out.append(Relation(person, "memberOf", org, ev, role=between))
                        break
            else:
                m = _TITLE.search(before)
                if m:
                    title = m.group(1)
                    # keep only the title proper, not a longer run of words before it
                    for t in sorted(TITLES, key=len, reverse=True):
                        if title.endswith(t):
                            person.role = t if len(title) > len(t) + 2 else title
                            break
    return out
