"""Relations between organizations, places and initiatives stated by the sentence.

Patterns that Chinese government news uses:

* ``由X组织开展的“Y”`` / ``X组织开展Y`` / ``X实施Y``: X is the organizer of Y;
* ``A、B和C等…参加Y`` / ``X推进Y`` / ``X围绕Y`` / ``将Y落到实处``: participants;
* ``来到P,开展Y`` / ``在P举办Y``: Y takes place at P.

When the sentence has no organization of its own, the article's main actor
(its most mentioned organization) is the subject that Chinese leaves out.

Examples:
    >>> from kg.text import parse
    >>> from kg.model import Mention
    >>> doc = parse("由荥阳市艺术家联盟志愿服务队组织开展的“阳光雨露育春苗”文明实践项目开展。")
    >>> found = [Mention(1, 14, "Organization", "荥阳市艺术家联盟志愿服务队", 1),
    ...          Mention(19, 36, "Initiative", "“阳光雨露育春苗”文明实践项目", 1)]
    >>> [(r.subject.text, r.predicate, r.obj.text) for r in extract(doc, found)]
    [('“阳光雨露育春苗”文明实践项目', 'organizer', '荥阳市艺术家联盟志愿服务队')]
"""
from __future__ import annotations

import re
from collections import Counter

from ..model import Document, Evidence, Mention, Relation, Sentence
from . import register

ORGANIZE = re.compile(r"组织开展|牵头|主办|承办|发起|举办|组织|实施|开展|启动|召开|部署")
PARTICIPATE = re.compile(r"参加|参与|加入|前来|推进|践行|围绕|落到实处|落实|助力|响应|深化|应邀")
HELD_AT = re.compile(r"来到|走进|在|于")


def _between(doc: Document, a: Mention, b: Mention) -> str:
    return doc.text[a.end : b.start]


@register("relation")
def extract(doc: Document, mentions: list[Mention]) -> list[Relation]:
    """organizer, participant and location relations of initiatives."""
    out: list[Relation] = []
    seen: set[tuple[int, int, str, int, int]] = set()

    def add(subject: Mention, predicate: str, obj: Mention, s: Sentence, a: int) -> None:
        key = (subject.start, subject.end, predicate, obj.start, obj.end)
        if key in seen:
            return
        seen.add(key)
        ev = Evidence(a, s.start, s.end, s.text, "relation", s.index)
        out.append(Relation(subject, predicate, obj, ev))

    for a in doc.articles:
        found = [m for m in mentions if m.article == a.index]
        orgs = [m for m in found if m.type == "Organization" and m.extractor != "names"]
        counts = Counter(m.canonical or m.text for m in orgs)
        main_actor = None
        if counts:
            name, n = counts.most_common(1)[0]
            if n >= 2:
                main_actor = next(m for m in orgs if (m.canonical or m.text) == name)
        for s in a.sentences:
            if s.kind != "body":
                continue
            inside = [m for m in found if s.start <= m.start < s.end and m.extractor != "names"]
            inits = [m for m in inside if m.type == "Initiative"]
            if not inits:
                continue
            actors = [m for m in inside if m.type == "Organization"]
            places = [m for m in inside if m.type == "Place"]
            for init in inits:
                before = [o for o in actors if o.end <= init.start]
                text_before = doc.text[s.start : init.start]
                # 由X组织开展的Y
                by = [o for o in before if doc.text[o.start - 1 : o.start] == "由"]
                if by and ORGANIZE.search(_between(doc, by[-1], init)):
                    add(init, "organizer", by[-1], s, a.index)
                    continue
                if len(before) >= 1:
                    head = before[0]
                    gap = _between(doc, before[-1], init)
                    if ORGANIZE.search(gap) and "、" not in gap:
                        add(init, "organizer", before[-1], s, a.index)
                    elif PARTICIPATE.search(text_before) or "参加" in doc.text[init.end : s.end]:
                        # a list of participants: every organization before the initiative
                        for o in before if "、" in text_before else [head]:
                            add(init, "participant", o, s, a.index)
                elif not actors and main_actor is not None:
                    if re.search(r"^[^,，]{0,6}(?:实施|开展|组织开展|启动)", text_before) or text_before.endswith(("实施", "开展")):
                        add(init, "organizer", main_actor, s, a.index)
                    elif PARTICIPATE.search(text_before) or "落到实处" in doc.text[init.end : s.end]:
                        add(init, "participant", main_actor, s, a.index)
                after = [o for o in actors if o.start >= init.end]
                if "参加" in doc.text[init.end : s.end] and after:
                    for o in after:
                        add(init, "participant", o, s, a.index)
                for p in places:
                    if p.end <= init.start and HELD_AT.search(doc.text[p.start - 2 : p.start]):
                        add(init, "location", p, s, a.index)
    return out
