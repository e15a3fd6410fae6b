"""Mentions → entities: one node per real-world thing, with its aliases.

Rules, in order:

1. a mention's name is its ``canonical`` form (``“万人助万企”活动`` → ``万人助万企``)
   or its text;
2. one type per name in a document, by vote (a name with an organisation
   suffix is an Organization);
3. inside an article, a short form that ends a longer name of the same type
   is that name (``樱桃沟党工委`` → ``二七区樱桃沟党工委``, ``32路`` → ``郑州公交32路``,
   ``区政府`` → ``金水区政府``); in a document, a one-character place is the one longer
   place that holds it (``京`` → ``北京``), else the province-level division it abbreviates
   (``京`` → ``北京市``), else the country the corpus's documents read it as (``俄`` →
   ``俄罗斯``); in an article, a surname with a title is the one person of that surname
   (``李校长`` → ``李瑞全``);
4. across the corpus, a place ``X`` is ``X市`` (or 县, 区) when that form occurs; in a document,
   ``X`` is the one division ``X区`` (``X县``, ``X市``) when its province or city stands before it;
5. a name that still starts with a bare level (``区疾控``, ``区委``) means a
   different body in each article, and an event named by its kind alone
   (``新闻发布会``) another event, so it is scoped to its article;
6. everything else with the same type and name is one entity, in every document.

Entity ids are hashes of type, name and scope: the same input gives the same
ids, and an id does not change when more documents arrive.

Examples:
    >>> from kg.model import Mention
    >>> ms = [("d", Mention(0, 6, "Organization", "二七区樱桃沟党工委", 1)),
    ...       ("d", Mention(20, 26, "Organization", "樱桃沟党工委", 1))]
    >>> [(e.name, e.aliases) for e in resolve(ms)[0]]
    [('二七区樱桃沟党工委', ['樱桃沟党工委'])]
"""
from __future__ import annotations

import hashlib
import re
from collections import Counter, defaultdict
from functools import lru_cache

from .extract.initiative import generic_event
from .extract.ner import GENERIC, TITLES, VENUES
from .extract.role import BARE_KINDS
from .extract.organization import LEGAL_FORM, PLACE_SUFFIXES, SUFFIXES, field_college
from .extract.short_form import ABBREVIATION_ENDS, abbreviations
from .gazetteer import Division, current, find, named
from .gazetteer import abbreviated as province_abbreviated
from .graph import Fact
from .levels import BANNER_BODIES, BARE_FORMS, CHARS as LEVEL_CHARS, GOVERNMENT_CHARS, PREFECTURE_BODIES
from .model import ENTITY_TYPES, Entity, Evidence, Mention
from .neural import training_places
from .places import PlaceNormalizer, candidates
from .towns import towns

# China by the character news writes alone after a visit or a post (访华, 来华, 驻华大使馆).
CHINA = {"华": "中国"}
_TYPE_ORDER = {t: i for i, t in enumerate(("Organization", "Initiative", "Person", "Place"))}

def mention_name(m: Mention) -> str:
    """The name a mention gives: without the quotation marks around it, but with those of a
    quoted part (“慈善之春”晚会 keeps its marks; “守门行动” loses them).

    Examples:
        >>> [mention_name(Mention(0, 1, "Initiative", t, 1)) for t in ("“守门行动”", "“2+3”产业提升计划", "“半边")]
        ['守门行动', '“2+3”产业提升计划', '半边']
    """
    return _name(m.canonical or m.text)


@lru_cache(maxsize=1 << 18)
def _name(text: str) -> str:  # resolution asks for every mention's name several times (6.9M on news-large)
    name = text.strip("\"' ")
    if name.startswith("“") and name.endswith("”") and name.count("“") == 1:
        return name[1:-1].strip()
    if name.startswith("“") and "”" not in name:
        name = name[1:]
    if name.endswith("”") and "“" not in name:
        name = name[:-1]
    return name.strip()


def entity_id(type_: str, name: str, scope: str = "") -> str:
    digest = hashlib.sha1(f"{type_}\x1f{name}\x1f{scope}".encode("utf-8")).hexdigest()
    return f"{type_.lower()}-{digest[:16]}"


def _vote_types(mentions: list[tuple[str, Mention]]) -> None:
    """One type per name within a document: the majority, organisation suffixes win; a person's or a body's name that
    is a place the document names with its level (安平 beside 安平县, a county of the gazetteer) is that place."""
    votes: dict[tuple[str, str], Counter] = defaultdict(Counter)
    places = set()
    titled = set()  # names given right after a title (局长金凤山): people, however the recognizer read them elsewhere
    for doc, m in mentions:
        votes[doc, mention_name(m)][m.type] += 1 if m.extractor in ("ner", "neural", "ensemble") else 2
        if m.type == "Place":
            places.add((doc, mention_name(m)))
        if m.type == "Person" and m.role and m.extractor != "byline":
            titled.add((doc, mention_name(m)))
    for doc, m in mentions:
        name = mention_name(m)
        if m.type == "Initiative" or m.extractor == "byline":
            continue
        # (会议室 is a room; 点军区, a division of the gazetteer ending in a body's head, 军区, is a place)
        if m.type == "Place" and name.endswith(tuple(SUFFIXES)) and not name.endswith(PLACE_SUFFIXES) \
                and not named(name):
            m.type = "Organization"
            continue
        if m.type in ("Person", "Organization") and not name.endswith(tuple(SUFFIXES)) \
                and any((doc, name + level) in places and named(name + level) for level in BARE_FORMS):
            m.type = "Place"  # (安平举办…: the headline's county named bare, read as a person or a body)
            continue
        counts = votes[doc, name]
        if (doc, name) in titled and not named(name) and name not in towns() and not name.endswith(tuple(SUFFIXES)):
            m.type = "Person"  # (局长金凤山 once, 金凤山带队 read as a place three times)
            continue
        if counts["Place"] and counts["Person"] and (named(name) or name in towns()):
            m.type = "Place"  # a division of the gazetteer the document also names as a place (刘家镇 read as a person)
            continue
        m.type = min(counts, key=lambda t: (-counts[t], _TYPE_ORDER.get(t, 9)))


def _short_forms(mentions: list[tuple[str, Mention]]) -> dict[tuple[str, int, str, str], str]:
    """Within each article: short name → the longer name it ends, of the same type, or, for a body's kind named bare
    (学校), the one body of that kind the article names."""
    names: dict[tuple[str, int, str], set[str]] = defaultdict(set)
    first: dict[tuple[str, int, str], int] = {}  # where each name is first given in its article
    for doc, m in mentions:
        name = mention_name(m)
        names[doc, m.article, m.type].add(name)
        first[doc, m.article, name] = min(first.get((doc, m.article, name), m.start), m.start)
    out = {}
    for (doc, article, type_), group in names.items():
        if type_ == "Person":
            continue
        for short in group:
            if len(short) < 2 or short in GENERIC:
                continue
            longer = [n for n in group if len(n) > len(short) and ends_short(n, short)
                      and not (type_ == "Place" and _another_place(short, n))]
            if type_ == "Organization" and (bodies := _kind_of_two(short, group)):
                # 集团党委 in an article of 青山集团 and 红星集团: which group's is not said; 集团 alone, the article's
                # own, is the group it names first (青山集团与红星集团签约仪式在集团会议室举行)
                if short in BARE_KINDS:
                    out[doc, article, type_, short] = min(bodies, key=lambda n: (first[doc, article, n], n))
                continue
            if not longer and short.startswith("党的") and "中共" + short[2:] in group:
                longer = ["中共" + short[2:]]  # 党的二十届三中全会 of 中共二十届三中全会: the party's, named as the article does
            if not longer and type_ == "Organization":
                # a body named with its division's level left out (青山供电公司 for 青山县供电公司)
                longer = [n for n in group if len(n) > len(short) and level_dropped(n, short)]
            if not longer and type_ == "Organization" and short.endswith(_COURTS):
                # a court named without 人民 (青山法院, 青山县法院 for 青山县人民法院)
                longer = [n for n in group if len(n) > len(short) and court_short(n, short)]
            if not longer and type_ == "Organization" and short.endswith(ABBREVIATION_ENDS):
                # an association named by its kind written short (县作协 for 青山县作家协会): the one that fits
                fits = [n for n in group if short in abbreviations(n)]
                longer = fits if len(fits) == 1 else []
            if not longer and type_ == "Organization" and len(core := legal_core(short)) >= 2:
                # a company named without its legal form, or with another (集团公司, 集团 for 青山集团有限公司, and
                # 集团公司 for 青山集团, a name no longer than it but whose core is)
                fits = [n for n in group if (len(n) > len(short) or len(legal_core(n)) > len(core))
                        and legal_core(n).endswith(core)]
                longer = fits if len(fits) == 1 else []  # (two companies that end alike: neither)
            if not longer and type_ == "Organization" and short == "学校":
                # 学校 standing for the article's one school (学校党委 is the school's; 医院党委, 公司工会 are read as
                # their body's by kg.extract.role already)
                fits = {n for n in group if n.endswith(BARE_KINDS[short]) and len(n) >= len(short) + 2
                        and not field_college(n)}
                longer = list(fits) if len(fits) == 1 else []
            if not longer and type_ == "Initiative":
                # an event of a division named by its level (省第三届旅游节 for 第三届江苏省旅游节), or with its name's
                # quotation marks left out (校企合作签约仪式 for “校企合作”签约仪式, a title's)
                longer = [n for n in group if len(n) > len(short) and (division_as_level(n, short)
                                                                        or _CURLY_QUOTES.sub("", n) == short)]
            longer = [n for n in longer if not _LEAGUE.match(n) or _LEAGUE.match(short)]  # (团市委 is no 市委)
            if longer:
                out[doc, article, type_, short] = max(longer, key=lambda n: (len(n), n))
    # follow chains (湿地公园 → 花园口湿地公园 → 惠济区花园口湿地公园)
    for key, target in list(out.items()):
        seen = {target}
        while (key[0], key[1], key[2], target) in out and out[key[0], key[1], key[2], target] not in seen:
            target = out[key[0], key[1], key[2], target]
            seen.add(target)
        out[key] = target
    return out


_CURLY_QUOTES = re.compile("[“”]")


def _kind_of_two(short: str, group: set[str]) -> set[str]:
    """The bodies of the kind that ``short`` is or opens with (集团, 集团党委, 公司工会), where the article names two or
    more (青山集团, 红星集团): the kind alone says not which; an empty set where it names one or none.

    Examples:
        >>> sorted(_kind_of_two("集团党委", {"青山集团", "红星集团", "红星集团党委"})), _kind_of_two("集团党委", {"青山集团"})
        (['红星集团', '青山集团'], set())
    """
    kind = next((k for k in BARE_KINDS if short.startswith(k)), None)
    if kind is None:
        return set()
    bodies = {n for n in group if n.endswith(BARE_KINDS[kind]) and len(n) > len(kind)
              and not (kind == "学校" and field_college(n))}  # (传媒学院, 美术学院: a school's colleges, no schools)
    return bodies if len(bodies) >= 2 else set()


# The Youth League's committees (团市委, 共青团青山市委): they end as the party's do (市委) and are other bodies: a
# short name stands for one only where it is the League's too (团委).
_LEAGUE = re.compile(r"共青团|团(?:中央|[省市县区]委)")  # (not 团风县委: a county's)


def ends_short(name: str, short: str) -> bool:
    """Whether ``short`` names the body ``name`` by its tail: ``name`` ends with it, or a government's
    name ends with it once 人民政府 is written short (市政府 of 青山市人民政府, as 市委 is of 中共青山市委).

    Examples:
        >>> ends_short("中共青山市委", "市委"), ends_short("青山市人民政府", "市政府"), ends_short("青山县人民政府", "市政府")
        (True, True, False)
    """
    if name.endswith(short):
        return True
    return (len(short) >= 3 and short.endswith("政府") and name.endswith("人民政府")
            and name[:-4].endswith(short[:-2]))


_NAMED_INSTITUTIONS = ("医院", "大学", "学院", "中学", "小学", "学校")  # (named after a place as names of their own)


def level_dropped(name: str, short: str) -> bool:
    """Whether ``short`` names the body ``name`` by its tail once the level of the gazetteer's division inside it is
    left out (云阳供电公司 of 国网云阳县供电公司: 云阳县 written 云阳), the division's name all in ``short``, and that
    name without its level no other division's (长沙 is 长沙市, not 长沙县: 长沙供电公司 is the city's); not a hospital's
    or a school's, which a place names as a name of its own (鼓楼医院 is no 鼓楼区医院).

    Examples:
        >>> level_dropped("国网云阳县供电公司", "云阳供电公司"), level_dropped("云阳县供电公司", "供电公司")
        (True, False)
        >>> level_dropped("云阳县供电公司", "云阳县供电公司"), level_dropped("云阳县人民医院", "云阳供电公司")
        (False, False)
        >>> level_dropped("长沙县供电公司", "长沙供电公司"), level_dropped("长沙市供电公司", "长沙供电公司")
        (False, True)
        >>> level_dropped("郑州大学", "郑大学"), level_dropped("黑龙江电力公司", "黑龙电力公司")  # (only a level is left out)
        (False, False)
        >>> level_dropped("萧县供电公司", "萧供电公司")  # (of a name of two characters, one is no name)
        False
        >>> level_dropped("鼓楼区医院", "鼓楼医院"), level_dropped("奉节县中学", "奉节中学")
        (False, False)
    """
    if name.endswith(_NAMED_INSTITUTIONS):
        return False
    for b, e, _, _ in find(name):
        if e - b >= 3 and name[e - 1] in LEVEL_CHARS and all(d.name == name[b:e] for d in named(name[b : e - 1])):
            written = name[: e - 1] + name[e:]
            if written.endswith(short) and len(written) - len(short) <= b:
                return True
    return False


def division_as_level(name: str, short: str) -> bool:
    """Whether ``short`` names the event ``name`` with the division in it written as its level alone, before the
    rest (省第三届旅游节 of 第三届江苏省旅游节, 市运动会 of 青山市运动会 is :func:`ends_short`'s).

    Examples:
        >>> division_as_level("第八届浙江省油菜花节", "省第八届油菜花节")
        True
        >>> division_as_level("第八届浙江省油菜花节", "市第八届油菜花节"), division_as_level("浙江省旅游节", "省节")
        (False, False)
    """
    return len(short) >= 5 and short[0] in LEVEL_CHARS and any(
        e - b >= 3 and name[e - 1] == short[0] and name[:b] + name[e:] == short[1:] for b, e, _, _ in find(name))


_COURTS = ("法院", "检察院")


def court_short(name: str, short: str) -> bool:
    """Whether ``short`` names the court (or procuratorate) ``name`` without 人民, and perhaps without the level of
    its division (:func:`level_dropped`).

    Examples:
        >>> court_short("云阳县人民法院", "云阳法院"), court_short("云阳县人民检察院", "云阳县检察院")
        (True, True)
        >>> court_short("云阳县人民法院", "县法院"), court_short("云阳县人民法院", "奉节法院")
        (True, False)
    """
    kind = next((k for k in _COURTS if name.endswith("人民" + k)), None)
    if kind is None or not short.endswith(kind):
        return False
    written = name[: -len(kind) - 2] + kind
    return written.endswith(short) or level_dropped(written, short)


def legal_core(name: str) -> str:
    """A company's name without its legal form (有限公司, 股份有限公司, a bare 公司 too, and a place in brackets
    before it): what its short forms end with.

    Examples:
        >>> legal_core("青山建工集团有限公司"), legal_core("集团公司"), legal_core("青山电子（苏州）有限公司"), legal_core("公司")
        ('青山建工集团', '集团', '青山电子', '')
    """
    form = LEGAL_FORM.search(name)
    return name[: form.start()] if form and form.end() == len(name) else name


def _another_place(short: str, longer: str) -> bool:
    """Whether a place's name that ends a longer one is another place, not its short form: a
    place of its own (in the gazetteer or the recognizer's training places) after one character
    that makes another name of it (俄罗斯 in 白俄罗斯, 苏丹 in 南苏丹, 加州 in 美加州; but 朝阳区
    in 北京市朝阳区 and 中心广场 in 璞丽中心广场 are their short forms).

    Examples:
        >>> _another_place("俄罗斯", "白俄罗斯"), _another_place("朝阳区", "北京市朝阳区")
        (True, False)
        >>> _another_place("中心广场", "璞丽中心广场")
        False
    """
    def known(name: str) -> bool:
        return bool(named(name)) or name in training_places()

    rest = longer[: -len(short)]
    return len(rest) == 1 and rest not in LEVEL_CHARS and known(short)


# What follows a company's short name in its full one: 青山集团, 青山股份, 青山集团有限公司.
_COMPANY_TAIL = re.compile(rf"(?:集团|股份|控股)?(?:{LEGAL_FORM.pattern})?")


def _brand_people(mentions: list[tuple[str, Mention]]) -> dict[tuple[str, str], str]:
    """A name read as a person that the document names a company by, with a company's tail after it (青蓝 of
    青蓝集团, 青蓝股份): the company's short name, no person → the company's longest such name.

    Examples:
        >>> ms = [("d", Mention(0, 2, "Person", "青蓝", 1)), ("d", Mention(5, 9, "Organization", "青蓝集团", 1)),
        ...       ("d", Mention(12, 15, "Person", "王立山", 1)), ("d", Mention(20, 26, "Organization", "王立山工作室", 1))]
        >>> _brand_people(ms)
        {('d', '青蓝'): '青蓝集团'}
    """
    orgs: dict[str, set[str]] = defaultdict(set)
    for doc, m in mentions:
        if m.type == "Organization":
            orgs[doc].add(mention_name(m))
    titled = {(doc, mention_name(m)) for doc, m in mentions if m.type == "Person" and m.role}
    out = {}
    for doc, m in mentions:
        name = mention_name(m)
        if m.type != "Person" or (doc, name) in out or (doc, name) in titled:
            continue  # (a person with a title stays one: 李宁公司董事长李宁)
        named = [o for o in orgs[doc] if o.startswith(name) and len(o) > len(name)
                 and _COMPANY_TAIL.fullmatch(o, len(name)) is not None]
        if named:
            out[doc, name] = max(named, key=lambda o: (len(o), o))
    return out


def _titled_people(mentions: list[tuple[str, Mention]]) -> dict[tuple[str, int, str], str]:
    """Within each article: a surname with a title (李校长, 王老师), or alone where the tagger cut the title off
    (李 of 李老师), → the one person of the article with that surname (李瑞全); none where the article names several.

    Examples:
        >>> ms = [("d", Mention(0, 3, "Person", "李瑞全", 1)), ("d", Mention(9, 12, "Person", "李校长", 1)),
        ...       ("d", Mention(20, 21, "Person", "李", 1))]
        >>> _titled_people(ms)
        {('d', 1, '李'): '李瑞全', ('d', 1, '李校长'): '李瑞全'}
        >>> ms += [("d", Mention(30, 33, "Person", "李大明", 1, "byline"))]  # (the writer, on the byline only)
        >>> _titled_people(ms)
        {('d', 1, '李'): '李瑞全', ('d', 1, '李校长'): '李瑞全'}
    """
    names: dict[tuple[str, int], set[str]] = defaultdict(set)
    in_body: dict[tuple[str, int], set[str]] = defaultdict(set)  # (named in the text, not only on its byline)
    for doc, m in mentions:
        if m.type == "Person":
            names[doc, m.article].add(mention_name(m))
            if m.extractor != "byline":
                in_body[doc, m.article].add(mention_name(m))
    out = {}
    for (doc, article), group in names.items():
        for titled in sorted(n for n in group if len(n) >= 2 and n[1:] in TITLES or len(n) == 1):
            full = {n for n in group if n[0] == titled[0] and n != titled and n[1:] not in TITLES and 2 <= len(n) <= 4}
            if len(full) > 1:  # (张主席 is 张六喜 of the text, not the writer 张中芳 of its byline)
                full &= in_body[doc, article]
            if len(full) == 1:
                out[doc, article, titled] = full.pop()
    return out


def _abbreviations(mentions: list[tuple[str, Mention]]) -> dict[tuple[str, str], str]:
    """Within each document: a one-character place (京 in 在京, 港 in 港深) → the one place of two to
    four characters the document names that holds it (北京, 香港); none where several do, nor one that is not the
    province the character abbreviates (渝北区 of 渝: 重庆).

    Examples:
        >>> ms = [("d", Mention(0, 2, "Place", "北京", 1)), ("d", Mention(9, 10, "Place", "京", 2)),
        ...       ("d", Mention(12, 15, "Place", "北京市", 2))]
        >>> _abbreviations(ms)
        {('d', '京'): '北京'}
        >>> _abbreviations([("d", Mention(0, 3, "Place", "渝北区", 1)), ("d", Mention(9, 10, "Place", "渝", 1))])
        {}
    """
    names: dict[str, set[str]] = defaultdict(set)
    for doc, m in mentions:
        if m.type == "Place":
            names[doc].add(mention_name(m))
    out = {}
    for doc, group in names.items():
        for short in (n for n in group if len(n) == 1):
            holders = {n for n in group if 2 <= len(n) <= 4 and short in n}
            holders = {n for n in holders if not any(h != n and n.startswith(h) for h in holders)}
            if (province := province_abbreviated(short)) is not None:
                # (a province's own character: its name only, not 渝北区 for 渝 of 在渝, which is 重庆)
                holders = {n for n in holders if province.name.startswith(n) or n.startswith(province.name)}
            if len(holders) == 1:
                out[doc, short] = holders.pop()
    return out


def _corpus_abbreviations(per_document: dict[tuple[str, str], str]) -> dict[str, str]:
    """Across the corpus: a one-character place → the place that documents naming both read it as, where
    two documents or more do and nine in ten of them agree (俄 → 俄罗斯), for documents that write the
    character alone (俄国防部 in war news that never spells 俄罗斯).

    Examples:
        >>> _corpus_abbreviations({("a", "俄"): "俄罗斯", ("b", "俄"): "俄罗斯", ("c", "美"): "美国"})
        {'俄': '俄罗斯'}
    """
    votes: dict[str, Counter] = defaultdict(Counter)
    for (_, short), holder in per_document.items():
        if holder.startswith(short) and holder in training_places() and not holder.endswith("洲"):
            # a country's name: not 中欧 for 欧, nor a continent (亚 of 亚运会 is no place in 杭州)
            votes[short][holder] += 1
    out = {}
    for short, counts in sorted(votes.items()):
        (holder, n), total = counts.most_common(1)[0], sum(counts.values())
        if n >= 2 and n >= 0.9 * total:
            out[short] = holder
    return out


def _place_forms(mentions: list[tuple[str, Mention]]) -> dict[str, str]:
    """Place X → X市 / X县 / X区 / X省 when the longer form occurs in the corpus."""
    places = {mention_name(m) for _, m in mentions if m.type == "Place"}
    out = {}
    for p in places:
        for level in BARE_FORMS:
            if len(p) >= 2 and p + level in places:
                out[p] = p + level
                break
    return out


def _holders(mentions: list[tuple[str, Mention]]) -> dict[tuple[str, int, str], Division]:
    """A place name several divisions share (吉林: the province and the city) → the one that holds the place the
    text names right after it in the same article (吉林榆树: 榆树市 lies in 吉林省, not in 吉林市), where only one of
    them does.

    Examples:
        >>> ms = [("d", Mention(0, 2, "Place", "吉林", 1)), ("d", Mention(2, 4, "Place", "榆树", 1))]
        >>> {k: v.name for k, v in _holders(ms).items()}
        {('d', 1, '吉林'): '吉林省'}
    """
    starts = {(doc, m.article, m.start): m for doc, m in mentions if m.type == "Place"}
    out = {}
    for doc, m in mentions:
        name = mention_name(m)
        after = starts.get((doc, m.article, m.end)) if m.type == "Place" else None
        if after is None or (doc, m.article, name) in out:
            continue
        shared = candidates(name)
        if len(shared) < 2:
            continue
        later = candidates(mention_name(after))
        inner = {a.code for d in later for a in [d, *PlaceNormalizer.ancestors(d)]}
        inner |= {d.parent for d in later if d.parent}  # (a township's county)
        holding = [d for d in shared if d.code in inner and d.code not in {x.code for x in later}]
        if len(holding) == 1:
            out[doc, m.article, name] = holding[0]
    return out


def _districts(mentions: list[tuple[str, Mention]]) -> dict[tuple[str, str], Division]:
    """A place the gazetteer knows only with its level (余杭 of 余杭区: short forms keep 区 and the 县 of
    two-character counties, since 和平区, 新华区 would make words places) → that division, where its
    province or its city stands right before it (浙江余杭, 广州南沙) and no other division is called so;
    not a lake or a range named alone (太湖, 天山); or where a county of its city stands one character before or
    after it (whatever the character: a list's 、, a route's 至), or one such county does (富县、黄陵、黄龙 of 延安).

    Examples:
        >>> ms = [("d", Mention(0, 2, "Place", "浙江", 1)), ("d", Mention(2, 4, "Place", "余杭", 1)),
        ...       ("e", Mention(0, 2, "Place", "余杭", 1))]
        >>> {k: v.name for k, v in _districts(ms).items()}
        {('d', '余杭'): '余杭区'}
        >>> ms = [("d", Mention(0, 2, "Place", "富县", 1)), ("d", Mention(3, 5, "Place", "黄陵", 1)),
        ...       ("d", Mention(6, 8, "Place", "黄龙", 1)), ("e", Mention(0, 2, "Place", "黄龙", 1))]
        >>> {k: v.name for k, v in _districts(ms).items()}
        {('d', '黄陵'): '黄陵县', ('d', '黄龙'): '黄龙县'}
    """
    ends: dict[tuple[str, int, int], set[str]] = {}  # the divisions of the places ending at an offset
    before: dict[tuple[str, int, int], set[str]] = defaultdict(set)  # the cities of the counties ending at an offset
    after: dict[tuple[str, int, int], set[str]] = defaultdict(set)  # … and of those starting at one
    for doc, m in mentions:
        if m.type == "Place":
            divisions = named(mention_name(m))
            ends[doc, m.article, m.end] = {d.code for d in divisions}
            if codes := {d.code[:4] for d in divisions if d.level == "county"}:
                before[doc, m.article, m.end] |= codes
                after[doc, m.article, m.start] |= codes
    out = {}
    bare = {}
    for doc, m in mentions:
        name = mention_name(m)
        if m.type != "Place" or len(name) < 2 or named(name) or (doc, name) in out:
            continue
        found = {d.code: d for d in current(d for level in BARE_FORMS for d in named(name + level))}  # (广德: 广德市)
        if len(found) != 1:
            continue
        d = next(iter(found.values()))
        if {d.code[:2] + "0000", d.code[:4] + "00"} & ends.get((doc, m.article, m.start), set()):
            out[doc, name] = d
        elif d.level == "county":
            bare[doc, m.article, m.start, m.end] = (name, d)
    # (or in a list, one character from a county of its city, or from one such: 富县、子长、黄陵 of 延安); each pass
    # settles the names beside those settled before, looked up by where they end and start
    pending = dict(bare)
    while pending:
        settled = [(key, name, d) for key, (name, d) in pending.items()
                   if d.code[:4] in before.get((key[0], key[1], key[2] - 1), ())
                   or d.code[:4] in after.get((key[0], key[1], key[3] + 1), ())]
        if not settled:
            break
        for (doc, article, b, e), name, d in settled:
            out.setdefault((doc, name), d)
            before[doc, article, e].add(d.code[:4])
            after[doc, article, b].add(d.code[:4])
            del pending[doc, article, b, e]
    return out


def _a_levels_venue(name: str) -> bool:
    """A venue named by a level alone (县会展中心): the county's of its article, another county's in another.

    Examples:
        >>> _a_levels_venue("县会展中心"), _a_levels_venue("青山会展中心"), _a_levels_venue("县委")
        (True, False, False)
    """
    return name[:1] in GOVERNMENT_CHARS and name[1:] in VENUES


def is_scoped(name: str) -> bool:
    """A name that starts with a bare administrative level (区委, 区疾控) or a body's kind (集团党委, 公司工会) depends
    on its article.

    Examples:
        >>> is_scoped("区委"), is_scoped("集团党委"), is_scoped("市场监管局"), is_scoped("青山集团党委"), is_scoped("州政府")
        (True, True, False, False, True)
    """
    return len(name) >= 2 and (name[0] in GOVERNMENT_CHARS and not name.startswith(("市场", "区域", "省份"))
                               or name.startswith((*PREFECTURE_BODIES, *BANNER_BODIES, *BARE_KINDS)))


def resolve(mentions: list[tuple[str, Mention]]) -> tuple[list[Entity], dict[int, str], list[Fact]]:
    """Group ``(document id, mention)`` pairs into entities.

    Returns the entities (sorted by id), a map from ``id(mention)`` to the
    entity id (so that relations between mentions become relations between
    entities), and the place hierarchy from the gazetteer as facts.
    """
    brands = _brand_people(mentions)
    for doc, m in mentions:
        if m.type == "Person" and (doc, mention_name(m)) in brands:
            m.type, m.canonical = "Organization", brands[doc, mention_name(m)]  # 青蓝 of 青蓝集团: no person
    _vote_types(mentions)
    short = _short_forms(mentions)
    titled = _titled_people(mentions)
    abbreviated = _abbreviations(mentions)
    learned = _corpus_abbreviations(abbreviated)
    place = _place_forms(mentions)
    districts = _districts(mentions)
    holders = _holders(mentions)
    normalizer = PlaceNormalizer(sorted({place.get(mention_name(m), mention_name(m)) for _, m in mentions
                                         if m.type == "Place"}))
    codes: dict[str, Division] = {}
    groups: dict[tuple[str, str, str], list[tuple[str, Mention]]] = defaultdict(list)
    for doc, m in mentions:
        if m.type not in ENTITY_TYPES:
            continue
        name = mention_name(m)
        name = short.get((doc, m.article, m.type, name), name)
        if m.type == "Organization" and name in BARE_KINDS:
            continue  # a body's kind alone (学校 of 学校党委, 公司, 医院 …) where the article names none: no body's name
        if m.type == "Person":
            name = titled.get((doc, m.article, name), name)
        if m.type == "Place":
            name = abbreviated.get((doc, name), name)
            if len(name) == 1 and (division := province_abbreviated(name)) is not None:
                name = division.name  # 在京 in a document that names no 北京: 北京市
            name = learned.get(name, name) if len(name) == 1 else name
            name = CHINA.get(name, name)  # 访华, 驻华
            if len(name) == 1:
                continue  # a character no province or place of the corpus is called by: no place (出港, 港澳)
            name = place.get(name, name)
            division = districts.get((doc, name)) or holders.get((doc, m.article, mention_name(m))) or normalizer.lookup(name)
            if division is not None:
                name = division.name
                codes[name] = division
        scoped = is_scoped(name) if m.type == "Organization" else (m.type == "Initiative" and generic_event(name)
                                                                    or m.type == "Place" and _a_levels_venue(name))
        scope = f"{doc}#{m.article}" if scoped else ""
        groups[m.type, name, scope].append((doc, m))
    entities = []
    owner: dict[int, str] = {}
    for (type_, name, scope), group in groups.items():
        eid = entity_id(type_, name, scope)
        surfaces = {m.text.strip() for _, m in group} | {mention_name(m) for _, m in group}
        roles = sorted({m.role for _, m in group if m.role})
        e = Entity(eid, type_, name, sorted(surfaces - {name}), sorted(group, key=lambda dm: (dm[0], dm[1].start)), roles)
        if type_ == "Organization":
            from .kinds import organization_kind  # imported late: python -m kg.kinds trains it

            e.kind = organization_kind(name)
        if type_ == "Place" and name in codes:
            e.code = codes[name].code
        entities.append(e)
        for _, m in group:
            owner[id(m)] = eid
    facts = _hierarchy(entities, codes)
    entities.sort(key=lambda e: e.id)
    return entities, owner, facts


def _towns_in_named_counties(by_name: dict[str, Entity], codes: dict[str, Division]) -> list[Fact]:
    """A township in the county its code is under, where one article names both (端氏镇 in an
    article about 沁水县) and the text puts the township after no other place: a chain the text
    gives (郑东新区圃田乡: run by the zone, coded under 管城回族区) says where it is instead.

    Examples:
        >>> import kg
        >>> g = kg.build("沁水县今年改善饮水条件。供水管网已通到端氏镇、嘉峰镇。")
        >>> name = {e.id: e.name for e in g.entities.values()}
        >>> sorted(name[f.subject] for f in g.facts if f.predicate == "containedInPlace" and name[f.object] == "沁水县")
        ['嘉峰镇', '端氏镇']
    """
    ds = {d.code: d for d in codes.values()}
    places_end = {(doc, m.article, m.end) for e in by_name.values() for doc, m in e.mentions}
    out = []
    for name, d in sorted(codes.items()):
        town = by_name.get(name)
        county = ds.get(d.parent)
        if d.level != "town" or town is None or county is None or county.name not in by_name:
            continue
        if any((doc, m.article, m.start) in places_end for doc, m in town.mentions):
            continue  # 郑东新区圃田乡, 灵璧县虞姬镇: the text's chain (kg.extract.relation) places it
        if not {(doc, m.article) for doc, m in town.mentions} & {(doc, m.article) for doc, m in by_name[county.name].mentions}:
            continue  # (a page of many articles: 圃田乡 in one, 管城回族区 in another)
        ev = Evidence(0, 0, 0, f"{d.code} {d.name} ⊂ {county.code} {county.name}", "gazetteer", basis="gazetteer")
        out.append(Fact(town.id, "containedInPlace", by_name[county.name].id, None, [("", ev)]))
    return out


def _hierarchy(entities: list[Entity], codes: dict[str, Division]) -> list[Fact]:
    """containedInPlace up to the province for every normalized place; ancestors the text
    does not mention become entities without mentions. A township keeps its code but takes
    its place from the text (郑东新区圃田乡 is run by the zone, coded under 管城回族区)."""
    by_name = {e.name: e for e in entities if e.type == "Place"}
    facts: dict[tuple[str, str], Fact] = {}
    for fact in _towns_in_named_counties(by_name, codes):
        facts[fact.subject, fact.object] = fact
    for name, d in sorted(codes.items()):
        if d.level == "town":
            continue
        child = by_name[name]
        for parent in PlaceNormalizer.ancestors(d):
            if parent.name not in by_name:
                by_name[parent.name] = Entity(entity_id("Place", parent.name), "Place", parent.name, code=parent.code)
                entities.append(by_name[parent.name])
            ev = Evidence(0, 0, 0, f"{d.code} {d.name} ⊂ {parent.code} {parent.name}", "gazetteer", basis="gazetteer")
            facts.setdefault((child.id, parent.code), Fact(child.id, "containedInPlace", by_name[parent.name].id, None, [("", ev)]))
            child, d = by_name[parent.name], parent
    return list(facts.values())
