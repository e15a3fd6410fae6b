"""Relations between organizations, places and initiatives stated by the sentence.

Constructions that Chinese government news uses:

* ``由X组织开展的“Y”``, ``X组织开展Y``, ``X实施Y``: X is the organizer of Y;
* ``X推进/践行/围绕Y``, ``将Y落到实处``, ``A、B和C等…参加Y``, ``为A和B上了一堂课``: participants;
* ``来到P,开展Y``, ``在P举办Y``, ``P的Y``: Y takes place at P;
* ``X“Y”活动Z恳谈会``: the event Z is part of the campaign Y;
* ``成立Z专班``: Z is a body of the article's main actor;
* ``区卫生监督所`` in an article about one district: the body is in that district.

When a sentence has no organization of its own, the article's main actor (the
organization it names most often) is the subject that Chinese leaves out.

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
from collections.abc import Iterable, Sequence
from functools import lru_cache

from ..countries import countries
from ..gazetteer import find, named
from ..levels import ASSEMBLIES, COMMITTEE_CHARS, GAZETTEER_LEVELS, NATIONAL, NOT_A_LEVEL, SEAT_WORDS, rank
from ..model import Article, Document, Evidence, Mention, Relation, Sentence
from ..neural import training_orgs, training_places
from ..places import bare_county_in
from ..towns import holding_county
from ..words import clause_words, has_verb as words_has_verb, in_dictionary, words
from . import register
from .byline import source_place
from .initiative import (ANNUAL, EDITION, EVENT_HEADS, HOLD_ADVERB, HOLD_VERB, HOST_VERBS, MEETING_HEADS, SHOWS,
                         TAKES_PART, THEMED, congress)
from .ner import FOREIGN_LEVELS, counted_items, place_in_a_country
from .organization import (AT_AN_EVENT, CALLED, CAMPUS_WORD, DEICTIC, GROUP, LEGAL_FORM, LIST_JOINS, OWN_DIVISION,
                           REFERRED_DIVISION, SELF_HEADS, SELF_NAMED, SELF_NAMED_RE, STATIONED, TENURE, TOGETHER_WITH,
                           bodies_of_kind, field_college)
from .titles import TITLE, TITLE_WORDS, TITLES

ORGANIZE = re.compile(r"组织开展|牵头|主办|承办|发起|举办|组织|实施|开展|启动|召开|举行|部署")
PARTICIPATE = re.compile(r"参加|参与|加入|前来|推进|践行|围绕|落实|助力|响应|深化|应邀|荣获|获评|摘得|斩获|夺得")  # (winners of an award: 荣获第十二届“中华慈善奖”)
PARTICIPATE_AFTER = re.compile(r"^[^,，。;；]{0,8}(?:落到实处|落地|见效|开展以来)")
# (not 为期三天: how long; 参展 ending its clause, not 参展单位)
JOIN_AFTER = re.compile(r"为(?!期)|向|参加|参与|参[赛展训演](?=[，,。；;！!？?]|$)|同台竞技|走进|来到")
FOUND = re.compile(r"(?:成立|组建|设立)(?:了)?$")
HELD_AT = ("来到", "走进", "在", "于")
# Declaring an event open or closed (宣布运动会开幕, 宣布开幕): who declares it takes part in it.
DECLARES = re.compile(r"宣布(?=(?:(?!将)[^，,。；;]){0,30}?(?:开幕|闭幕|开赛|开营|开班|启动)(?:$|[。，,；;！!]))")  # (not 将于…开幕)
# Attending: the people before the verb take part in the event after it (or the article's event,
# when the sentence names it only by its kind: 出席仪式, 会议由A主持).
# (致辞 and the speeches named by their occasion: 致欢迎辞, 致开幕词)
ATTEND = re.compile(r"出席|参加|参与|主持|致(?:欢迎|开幕|闭幕|答谢)?[辞词]|见证(?:签约|签字)?|观摩|参观|陪同|观看|主讲|授课|莅临|亲临"
                    r"|(?<![来谈提说得达受])(?:来|赶)?到(?=[\u4e00-\u9fff]{2,6}?现场)|赶(?:往|赴)(?=[\u4e00-\u9fff]{2,6}?现场)"
                    rf"|{DECLARES.pattern}"
                    r"|(?<![来谈提说])[到参]会(?![场议])"
                    r"|(?<=[\u4e00-\u9fff])(?<![的要])讲话(?=[。；;])")  # (县长王五讲话。 not 王五的重要讲话，)
# The article's event named by its kind after an attending verb, 本次 with a word of its kind too (参加了本次爱心活动).
GENERIC_EVENT = re.compile(r"^(?:了|并)?(?:(?:本次|此次|这次|本届)[\u4e00-\u9fff]{0,4}?(?:比赛|大赛|论坛|展览|展会|培训|讲座|晚会)|"
                           r"(?:(?:本次|此次|这次)[\u4e00-\u9fff]{0,4}?)?(?:(?:(?:展览|活动|比赛)?[\u4e00-\u9fff]{2})?(?:仪式|典礼)"
                           r"|会议|大会|活动|庆典(?![\u4e00-\u9fff])"
                           r"|(?:比赛|(?P<kind>论坛|峰会|博览会|运动会|艺术节|文化节))?(?:开幕式|闭幕式)|座谈))")
# A level's own bodies, named by the level alone (县委, 市政府, 县委县政府).
_LEVELS_OWN = re.compile(r"(?:[省市县区镇乡](?:委|政府))+")
# How the name of a body's unit ends (…环卫处, …办公室, …分会, …大队).
_UNIT_HEAD = re.compile(r"(?:处|科|室|所|站|队|股|中心|分会|分局)$")
# Held at the place just named, before the event's name: 在青山县召开的…会议.
_HELD_AT_IT = re.compile(r"(?:召开|举行|举办)的")
# An event a celebration (庆典) may name: a ceremony, a celebration, an anniversary.
_CELEBRATED = re.compile(r"典礼|庆典|仪式|庆祝|校庆|周年")
# A ceremony called by its kind, of a kind other than the article's event's own parts (签约仪式, 落成典礼, 颁奖典礼; not
# 启动仪式, 开幕仪式, 颁奖仪式: the article's festival or contest has them): only the event of that kind the article names.
_OTHER_CEREMONY = re.compile(r"(?!(?:启动|开幕|开班|开营|揭牌|颁奖)仪式)[\u4e00-\u9fff]{2}(?:仪式|典礼)")
# Who attended, named after the event: 出席本次开幕式的有…, 参加会议的领导还有… (of 的有关领导号召…, only names listed
# right after it: :func:`_listed_after`).
_WHO_ATTENDED = re.compile(r"的(?:领导|嘉宾|人员|同志)?(?:还)?有[:：]?")
# What may follow a name in a list of those who attended: the next name, the list's end.
_IN_THE_LIST = re.compile(r"[、，,。；;]|以及|和|等|$")
FOUNDED_BY = re.compile(r"(?:是|系)?由")
FOUNDED_AFTER = re.compile(r"[^，,。；;]{0,16}?(?:投资设立|投资兴建|设立|组建|成立|控股|创办|全资)")
# Guiding or backing an event, right after the bodies that do, at the end of their clause or their item (X指导，A赞助的Y,
# 由X指导、Y主办的Z).
_BACKS = re.compile(r"(?:联合|共同)?(?:指导|赞助|冠名)(?=[的，,；;、])")
# (由X主办，Y执行，Z承办; 由X与Y共同举办: held together, they host it; 由X牵头: X leads it)
# (after a list closed by its kind: A、B等单位共同主办, A、B等多家单位联合主办)
HOSTS = re.compile(r"(?:等(?:多家|[0-9一二三四五六七八九十几]{1,3}[家个])?(?:单位|部门)"
                   rf"(?=(?:联合|共同)?(?:{'|'.join(HOST_VERBS)}|举办)(?!方)))?"
                   r"(?:联合|共同)?(" + "|".join(HOST_VERBS) + r"|牵头|执行(?=[，,；;。])|(?<=联合|共同)举办)")
# Attending what an initiative's name holds (参加恳谈, 参加了本次演练: two characters of it after the determiner).
_ATTENDS_ITS = re.compile(r"参加(?P<this>了?(?:本次|此次|这次|本届|该))?([\u4e00-\u9fff]{2})")
# What holds, carries out or organizes an event (县消防大队组织了一次消防演练; not 组织 of 组织抢险救援队员).
_HOLDS_ONE = rf"{HOLD_VERB}|开展|启动|组织(?=了|开展|一[次场])"
# What a body before 参加 does itself, no part it takes: it holds the event (A举办…，B参加了本届…; 由A主办), leads it,
# or has others take part (A邀请/动员/欢迎B参加).
_NOT_ATTENDING = re.compile(rf"主办|承办|协办|牵头|{_HOLDS_ONE}|邀请|动员|发动|协调|欢迎|鼓励|号召|倡议|推荐|选派|派出|要求|"
                            r"通知|指导|统计|介绍")
# A body named as the source, the channel or the guide of the act, not who attends (据A统计, 经A推荐, 由A组织, 在A的指导下,
# 按照A的部署).
_BY_WAY_OF = re.compile(r"(?:据|经|由|在|受|按照|根据)$")
# The edition or the year a name gives its event (第十届, 2024年): two of them before 本届, no telling which.
_EDITION_OF = re.compile(rf"{EDITION}|\d{{4}}年")
# What ends a clause or a sentence.
_CLAUSE_ENDS = re.compile(r"[，,。；;！？!?]")
# 参加 opening a clause of those it describes, after them (参加本届运动会的运动员): no one before it takes part.
_OF_THOSE = re.compile(r"[^，,。；;！？!?、]*?的")
# A meeting relayed or studied, held elsewhere (传达全省…会议要求, 学习贯彻…会议).
_RELAYED = re.compile(r"(?:传达|学习|贯彻|落实|领会)(?:了|学习|贯彻)?[^，,。；;]{0,4}$")


# An event named by its kind: 会议由A主持; 本次活动, 此次会议.
# (the event's own parts too: 开班仪式由A主持, 论坛开幕式由B主持; not 主会场活动由…, one of its own)
GENERIC_HOST = re.compile(r"^(?:(?:启动|开幕|开班|开营|揭牌|颁奖)?仪式|会议|大会|活动|典礼|座谈会|比赛|赛事"
                          r"|(?P<kind>论坛|大会|会议)?(?:开幕式|闭幕式))(?:首先|随后|接着|最后)?由")
THIS_EVENT = re.compile(r"(?:本次|此次|这次|本届)[\u4e00-\u9fff]{0,4}?(?:活动|会议|大会|比赛|赛事|论坛|展览|展会|培训)|"
                        r"该(?:活动|会议|大会|比赛|赛事|论坛|展览|展会|培训)|" + GENERIC_HOST.pattern)
# What an event's name ends with (not a campaign's or a project's): …推进会, …仪式, …文化节, …培训班 (a class that
# opens and closes, with those who teach and attend it).
EVENT = re.compile(r"(?:会|仪式|典礼|活动|式|节|赛|展|汇演|演练|论坛|峰会|讲座|沙龙|培训班)[”》]?$")
# Taking place: an event or a body, then 在 a place, then what happens there.
# What a body does where it is: opens, is founded, starts production.
OPENS = ("落成", "成立", "揭牌", "投产", "开工", "建成")
_LIES_IN = re.compile(r"(?:位于|坐落于|坐落在|地处)")
_LIES_LATER = re.compile(r"[，,]" + _LIES_IN.pattern)  # …，位于: a later clause of the sentence
# What the body that issues a document does right before its title: 印发, 出台, 下发 (…的《…》 too).
_ISSUES = re.compile(r"(?:联合|正式|近日|日前)?(?:印发|下发|出台|制定|发布|发出)了?的?")
# A body that settles in a place (青山研究院落户白石镇, 正式落户于…): it is there.
_SETTLES_IN = re.compile(r"(?:正式|成功|顺利)?落户(?:于|在|到)?")
# (a race's or a match's start may be told by its signal first: 鸣枪开跑, 挥拍开赛)
HAPPENS = re.compile(rf"^{HOLD_ADVERB}(?:{HOLD_VERB}|(?:鸣枪|挥拍|鸣锣)?(?:开赛|开跑)|开幕|闭幕|揭晓|开工|动工|建成|竣工|通车|开通|"
                     r"投运|落成|成立|揭牌|投产|启动|开展)")
GAZETTEER_RANK = {"province": 1, "prefecture": 2, "county": 3}


# 我校举办…, 我院参加了…: the article's own body holds or attends the event that closes the clause.
_SELF_ACTS = re.compile(SELF_NAMED +
                        r"[^，,。；;我本]{0,24}?(举办|举行|召开|开展|组织开展|承办|参加|参与)了?([^，,。；;]{0,16})$")


# A clause that goes to see or learn from a place: 赴红星村参观学习, 前往…考察.
_VISITS = re.compile(r"赴|前往|远赴|参观|学习|考察|观摩|取经")


def _ends_word(text: str, at: int) -> bool:
    """Whether a word of ``text`` ends at ``at``: 我校 in 我校举办 does, 本社 in 本社区开展 does not (社区).

    Examples:
        >>> _ends_word("我校举办运动会", 2), _ends_word("本社区开展活动", 2)
        (True, False)
    """
    end = 0
    for w in words(text):
        end += len(w.text)
        if end >= at:
            return end == at
    return False


def main_actor(orgs: list[Mention]) -> Mention | None:
    """The organization an article names most often (short forms count for their long name)."""
    names = {m.text for m in orgs}
    full = {n: max((x for x in names if x.endswith(n)), key=lambda x: (len(x), x)) for n in names}
    counts = Counter(full[m.text] for m in orgs)
    if not counts:
        return None
    name, n = min(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    if n < 2:
        return None
    return next(m for m in orgs if m.text == name)


# The gazetteer codes of the four municipalities (北京, 天津, 上海, 重庆), provinces and cities at once.
MUNICIPALITIES = ("11", "12", "31", "50")


# The titles jieba's dictionary tags as verbs too (处长, 组长, 镇长): before a name here, nouns.
_TITLE_NOUNS = frozenset(TITLES)


def has_verb(run: str) -> bool:
    """:func:`kg.words.has_verb`, a title no verb (、教务处处长).

    Examples:
        >>> has_verb("、教务处处长"), has_verb("、组长"), has_verb("作了报告"), has_verb("擅长")
        (False, False, True, True)
    """
    return words_has_verb(run, _TITLE_NOUNS)


def level_word(name: str) -> str:
    """The level a body's or a title's name opens with: ``自治区`` (自治区党委, 自治区副主席), else
    its first character (市委 → 市), the key of ``GAZETTEER_LEVELS`` and of an article's seats; the
    league's committee of a level (团市委, 团县委) is that level's too.

    Examples:
        >>> level_word("自治区党委"), level_word("县科技局"), level_word("团市委"), level_word("团结协会")
        ('自治区', '县', '市', '团')
    """
    if name.startswith("团") and name[2:3] == "委" and name[1:2] in COMMITTEE_CHARS:
        return name[1]
    return "自治区" if name.startswith("自治区") else name[:1]


def _names_a_level(name: str) -> bool:
    """Whether a body's name opens with a level standing as a word (县科技局, 市委, 自治区党委; 区疾控,
    where jieba glues the level to a made-up word), not with a dictionary word that merely starts
    with one (区块链协会, 市场监管局).

    Examples:
        >>> _names_a_level("县科技局"), _names_a_level("区疾控"), _names_a_level("区块链协会"), _names_a_level("自治区党委")
        (True, True, False, True)
        >>> _names_a_level("镇党委"), _names_a_level("村民委员会"), _names_a_level("乡村振兴局"), _names_a_level("市政协")
        (True, False, False, True)
        >>> _names_a_level("市妇联"), _names_a_level("市场监管局"), _names_a_level("市场部")
        (True, False, False)
    """
    from .organization import STANDALONE_BODIES, SUFFIXES

    if name.startswith("自治区") and len(name) > 3:
        return True
    first = words(name)[0].text
    # a level glued to a body's head or its assembly is still the level's body (镇党委, 乡政府, 市政协)
    headed = first[:1] in GAZETTEER_LEVELS and (first[1:] in SUFFIXES or first[1:] in ASSEMBLIES)
    # (or a word of the labeled names, the level and a body's short name: 市妇联; not 市场部, 市场 a word)
    trained = first == name and name[:1] in GAZETTEER_LEVELS and len(words(name[1:])) == 1 \
        and not in_dictionary(name[:2]) and name in training_orgs()
    return first == name[0] or first in STANDALONE_BODIES or headed or trained or not in_dictionary(first)


def place_levels(name: str) -> set[str]:
    """The administrative levels a place name has: from the gazetteer, else from its last character.

    Examples:
        >>> sorted(place_levels("天津")), sorted(place_levels("南江县")), sorted(place_levels("黉门街社区"))
        (['municipality', 'province'], ['county'], [])
    """
    hits = named(name)
    if hits:
        levels = {d.level for d in hits}
        if any(d.level == "province" and d.code[:2] in MUNICIPALITIES for d in hits):
            levels.add("municipality")
        return levels
    if len(name) < 3 or name.endswith(NOT_A_LEVEL):
        return set()
    return set(GAZETTEER_LEVELS.get(name[-1:], ()))


@lru_cache(maxsize=65536)  # (asked for each place at each level of seats)
def _place_key(name: str) -> str:
    """One key for the forms of one division (苏州 and 苏州市), the name itself for other places.

    Examples:
        >>> _place_key("苏州") == _place_key("苏州市"), _place_key("黉门街社区")
        (True, '黉门街社区')
    """
    codes = sorted({d.code for d in named(name)})
    return ",".join(codes) or name


def _autonomous_region(name: str) -> bool:
    """Whether a place is a province-level autonomous region, named whole or bare (内蒙古)."""
    return any(d.level == "province" and d.name.endswith("自治区") for d in named(name))


# The gazetteer's codes of Taiwan, Hong Kong and Macao: their governments have no bodies of the mainland's levels (no
# 省科协, 市委 of theirs), so none is the seat of one.
_OUTSIDE_THE_LEVELS = ("71", "81", "82")


def _outside_the_levels(name: str) -> bool:
    """Whether a place is Taiwan, Hong Kong or Macao, or one of their parts (:data:`_OUTSIDE_THE_LEVELS`).

    Examples:
        >>> _outside_the_levels("台湾"), _outside_the_levels("香港"), _outside_the_levels("福州")
        (True, True, False)
    """
    hits = named(name)
    return bool(hits) and all(d.code.startswith(_OUTSIDE_THE_LEVELS) for d in hits)


def _foreign(m: Mention, text: str) -> bool:
    """Whether a place no division of the gazetteer names is a foreign one: its name, or the text right before it,
    opens with a country's (荷兰蒂尔堡市, 韩国 + 春川市), whose level is no seat of the article's where the article names
    a place of its own of that level (市委 of 常州市).

    Examples:
        >>> t = "会见了韩国春川市、常州市代表"
        >>> _foreign(Mention(5, 8, "Place", "春川市", 1), t), _foreign(Mention(9, 12, "Place", "常州市", 1), t)
        (True, False)
        >>> _foreign(Mention(0, 6, "Place", "荷兰蒂尔堡市", 1), "荷兰蒂尔堡市")
        True
        >>> _foreign(Mention(0, 3, "Place", "黑山县", 1), "黑山县")  # (a county of the gazetteer: 黑山, a country too)
        False
        >>> _foreign(Mention(0, 3, "Place", "黑山村", 1), "黑山村")  # (a village)
        False
    """
    if named(m.canonical or m.text) or not m.text.endswith(FOREIGN_LEVELS):
        return False  # (黑山村: a village, 黑山 a country too)
    return any(m.text.startswith(c) or text.endswith(c, 0, m.start) for c in countries())


def _county_city(name: str) -> bool:
    """Whether a place named bare is a county-level city (昆山, whose 市委 and 市政府 its own news names).

    Examples:
        >>> _county_city("昆山"), _county_city("长兴")
        (True, False)
    """
    return "county" in place_levels(name) and any(d.name.endswith("市") for d in named(name))


def seats(places: list[Mention], text: str = "") -> dict[str, Mention]:
    """For each level (``level_word``), the article's one place of that level: the only one it
    names, or the one it names three times or more and three times as often as any other (none
    else; never Taiwan, Hong Kong or Macao); a county or a district named bare counts where the article names its city
    or its province, or where it speaks of its own (我区: 黄岩 of the one 黄岩区). An autonomous region is the seat of
    ``自治区`` (and, named bare, of ``省``); China, when the article names it, is the seat of ``国家`` (a key that is no
    level: 国家主席 without a country). A county's city named as a city (晋江市) is one of ``市``, but the city that
    holds it, named as often, comes first; named bare (晋江), only where the article names no other city, and not as
    where its people go or are (``text``: 到昆山调研, 在昆山调研).

    Examples:
        >>> found = [Mention(0, 3, "Place", "青山县", 1), Mention(5, 8, "Place", "内蒙古", 1)]
        >>> {k: m.text for k, m in seats(found).items()}
        {'省': '内蒙古', '县': '青山县', '自治区': '内蒙古'}
        >>> found = [Mention(0, 2, "Place", "辽宁", 1), Mention(2, 4, "Place", "法库", 1), Mention(5, 7, "Place", "太湖", 1)]
        >>> seats(found)["县"].text
        '法库'
        >>> seats([Mention(0, 2, "Place", "台湾", 1)]), seats([Mention(0, 2, "Place", "昆山", 1)])["市"].text
        ({}, '昆山')
        >>> seats([Mention(3, 5, "Place", "昆山", 1)], "书记到昆山调研"), seats([Mention(3, 5, "Place", "昆山", 1)], "襄州、昆山两个县市")
        ({}, {})
        >>> seats([Mention(0, 2, "Place", "黄岩", 1)], "黄岩是我区")["区"].text, seats([Mention(0, 2, "Place", "黄岩", 1)])
        ('黄岩', {})
        >>> seats([Mention(1, 3, "Place", "宝安", 1)], "赴宝安考察，我区")  # (where they go)
        {}
        >>> t = "县长前往仁寿县、丹棱县考察。在仁寿县和丹棱县考察后，值得洪雅学习，推动洪雅发展，我县项目。"
        >>> found = [Mention(t.index(n, k), t.index(n, k) + len(n), "Place", n, 1)
        ...          for n, k in (("仁寿县", 0), ("丹棱县", 0), ("仁寿县", 12), ("丹棱县", 12), ("洪雅", 0), ("洪雅", 30))]
        >>> seats(found, t)["县"].text  # (the county named bare as its own, beside those it visits)
        '洪雅'
        >>> t = "韩国春川市与常州市"
        >>> found = [Mention(0, 2, "Place", "韩国", 1), Mention(2, 5, "Place", "春川市", 1),
        ...          Mention(6, 9, "Place", "常州市", 1)]
        >>> seats(found, t)["市"].text, seats(found[:2], t)["市"].text  # (a foreign city: the seat only in its own news)
        ('常州市', '春川市')
        >>> seats([Mention(0, 3, "Place", "新郑市", 1)])["市"].text  # (a county's city)
        '新郑市'
        >>> seats([Mention(0, 3, "Place", "郑州市", 1), Mention(5, 8, "Place", "新郑市", 1)])["市"].text  # (in 郑州)
        '郑州市'
    """
    out: dict[str, Mention] = {}
    codes = {d.code for m in places for d in named(m.canonical or m.text)}
    seatable = [m for m in places if not _outside_the_levels(m.canonical or m.text)]  # (asked once, not per level)
    foreign = {id(m) for m in seatable if _foreign(m, text)}
    for char, levels in GAZETTEER_LEVELS.items():
        names: dict[str, Mention] = {}
        counts: Counter = Counter()
        weak: dict[str, Mention] = {}  # (a county's city named bare)
        weak_counts: Counter = Counter()
        ours: set[str] = set()  # (counties named bare in news that speaks of its own county: 我县)
        wanted = set(levels)
        for m in seatable:
            suffix = m.text[-1:]
            bare = suffix not in GAZETTEER_LEVELS and char in "省市"  # 天津, 安徽: a city or province named bare
            # (a county named bare in a province or city the article names: 法库 of 法库县 beside 辽宁; not the lake 太湖)
            # (or named bare in news of its own: 黄岩 of 黄岩区 in news of 我区; not where its people go: 赴宝安考察)
            own = suffix not in GAZETTEER_LEVELS and char in "县区" and not named(m.text) and f"我{char}" in text \
                and len(named(m.text + char)) == 1 and not _GOES_TO.search(text, 0, m.start)
            county = suffix not in GAZETTEER_LEVELS and char in "县区" and not named(m.text) and (
                (d := bare_county_in(m.text, codes)) is not None and d.name.endswith(char) or own)
            if own:
                ours.add(_place_key(m.text + char))
            if char == "自治区":
                if _autonomous_region(m.text):
                    names.setdefault(_place_key(m.text), m)
                    counts[_place_key(m.text)] += 1
            elif county:
                names.setdefault(_place_key(m.text + char), m)
                counts[_place_key(m.text + char)] += 1
            # (the gazetteer only where the end fits; a county's city too, named as a city, 晋江市, whose 市委 and 市政府
            # its own news names)
            elif (suffix == char or bare) and (place_levels(m.text) & wanted
                                               or char == suffix == "市" and "county" in place_levels(m.text)):
                names.setdefault(_place_key(m.text), m)
                counts[_place_key(m.text)] += 1
            elif bare and char == "市" and _county_city(m.text) and not _GOES_TO.search(text, 0, m.start) \
                    and "、" not in text[m.start - 1 : m.start] + text[m.end : m.end + 1]:
                # (昆山: the city's only where the article names no other; not one of a list: 襄州、利川两个县市区)
                weak.setdefault(_place_key(m.text), m)
                weak_counts[_place_key(m.text)] += 1
        if not names:
            names, counts = weak, weak_counts
        if any(id(m) not in foreign for m in names.values()):
            # (a foreign city beside the article's own: 常州市's 市委, not 春川市's; alone, as in foreign news, its own)
            names = {k: m for k, m in names.items() if id(m) not in foreign}
            counts = Counter({k: n for k, n in counts.items() if k in names})
        ranked = counts.most_common()
        if len(names) == 1:
            out[char] = next(iter(names.values()))
        elif ranked and ranked[0][1] >= 3 and ranked[0][1] >= 3 * ranked[1][1]:
            out[char] = names[ranked[0][0]]  # one place the article keeps naming, another in passing
        elif len(ours) == 1 and (key := next(iter(ours))) in names:
            # the one county the news calls its own by its bare name (筠连, 我县): its seat, those named with their
            # level the places it visits (前往兴文县、江安县考察)
            out[char] = names[key]
        elif char == "市":
            # (a county's city that a city the article names as often holds is the city's: 新郑市 beside 郑州市)
            codes_of = {x: {e.code for e in named(names[x].text)} for x in names}
            held = {k for k in names for d in named(names[k].text) if d.level == "county"
                    and any(counts[x] >= counts[k] and d.parent in codes_of[x] for x in names)}
            if len(names) - len(held) == 1:
                out[char] = next(v for k, v in names.items() if k not in held)
    _holders_of_the_seat(out, seatable)
    china = next((m for m in places if (m.canonical or m.text) == "中国"), None)
    if china is not None:
        out["国家"] = china  # 国家主席 without a country: China's, when the article names China
    return out


def _holders_of_the_seat(out: dict[str, Mention], places: list[Mention]) -> None:
    """A level of which the article names no one place takes the place that holds its seat below, where the article
    names that place too (an article about 石台县, named sixteen times, names its 池州市 and 安徽省 once each beside
    other cities and provinces: they are the seats of 市 and 省).

    Examples:
        >>> found = [Mention(k, k + 3, "Place", "石台县", 1) for k in (0, 4, 8)] + [Mention(12, 15, "Place", "安徽省", 1)]
        >>> out = {"县": found[0]}
        >>> _holders_of_the_seat(out, found); out["省"].text
        '安徽省'
        >>> out = {"县": found[0]}
        >>> _holders_of_the_seat(out, found[2:]); sorted(out)  # (named once: maybe a county visited)
        ['县']
        >>> out = {"县": Mention(0, 3, "Place", "湘潭县", 1)}  # (湘潭 bare: the county's name too, no city's for sure)
        >>> _holders_of_the_seat(out, [out["县"]] * 3 + [Mention(4, 6, "Place", "湘潭", 1)]); sorted(out)
        ['县']
    """
    # (each place of the article named in full, by the code and level of its division: 湘潭 may be read as 湘潭县 as
    # well as 湘潭市, so only a full name holds)
    in_full: dict[tuple[str, str], Mention] = {}
    for x in places:
        for d in named(x.canonical or x.text):
            if d.name == (x.canonical or x.text):
                in_full.setdefault((d.code, d.level), x)
    for lower in ("县", "区", "市"):
        seat = out.get(lower)
        name = (seat.canonical or seat.text) if seat is not None else ""
        found = (named(name) or named(name + lower)) if name else []  # (石台 of 石台县)
        # (the article's home only: a place it keeps naming, three times or more, and one division of that name, not
        # 白云区 of 广州 or of 贵阳, nor a county visited, named once)
        named_times = sum(_place_key(x.canonical or x.text) == _place_key(name) for x in places)
        if len(found) != 1 or named_times < 3:
            continue
        division = found[0]
        for upper, code, level in (("市", division.code[:4] + "00", "prefecture"),
                                   ("省", division.code[:2] + "0000", "province")):
            if upper not in out and code != division.code and (code, level) in in_full:
                out[upper] = in_full[code, level]


def article_seats(places: list[Mention], a: Article, text: str = "") -> dict[str, Mention]:
    """:func:`seats` of an article, the city of its dateline aside where its text names another place of that level
    (青山网北京12月31日电 over an article about 西宁市: the city of its bodies is 西宁市, not where the report was filed).
    With the document's ``text``: the place of the local outlet its source field names (来源:诸城新闻网), where the
    article names that place, is the seat of its level (诸城市, a county's city: of 市委, 我市), over a city named in
    passing.

    Examples:
        >>> a = Article(index=1, start=0, end=20, dateline="青山网北京12月31日电", dateline_span=(0, 12))
        >>> found = [Mention(3, 5, "Place", "北京", 1), Mention(14, 17, "Place", "西宁市", 1)]
        >>> seats(found).get("市"), article_seats(found, a)["市"].text, article_seats(found[:1], a)["市"].text
        (None, '西宁市', '北京')
        >>> t = "来源:诸城新闻网 我市与青岛市签约，扎根诸城。"
        >>> found = [Mention(12, 15, "Place", "青岛市", 1), Mention(20, 22, "Place", "诸城", 1)]
        >>> article_seats(found, Article(index=1, start=0, end=len(t)), t)["市"].text
        '诸城'
        >>> t = "来源:沙河新闻网 沙河口区、西岗区"
        >>> found = [Mention(9, 13, "Place", "沙河口区", 1), Mention(14, 17, "Place", "西岗区", 1)]
        >>> article_seats(found, Article(index=1, start=0, end=len(t)), t).get("区")
        >>> t = "来源:广西日报 青秀区加快改造，区委书记…"  # (an autonomous region's paper: no district's home)
        >>> article_seats([Mention(9, 12, "Place", "青秀区", 1)], Article(index=1, start=0, end=len(t)), t)["区"].text
        '青秀区'
    """
    span = a.dateline_span
    kept = [m for m in places if span is None or not span[0] <= m.start < span[1]]
    out = seats(kept, text)
    for level, seat in seats(places, text).items() if len(kept) < len(places) else ():  # (else the same seats)
        out.setdefault(level, seat)
    home = source_place(text[a.start : a.end]) if text else None
    # (the level a division's name ends with, the longest: 自治区 of 广西壮族自治区, not 区; 市 of 诸城市, a county's
    # city; none where the home names divisions of two levels, 吉林 of 吉林日报: the province or the city)
    keys = {next((k for k in sorted(GAZETTEER_LEVELS, key=len, reverse=True) if d.name.endswith(k)), None)
            for d in named(home)} if home else set()
    level = keys.pop() if len(keys) == 1 else None
    for m in places if level else ():
        name = m.canonical or m.text
        if (name.startswith(home) and name[len(home) :] in ("", level) or name + level == home) and named(name):
            out[level] = m  # (沙河口区: no home of 沙河's; 福清 of the home 福清市)
    return out


# Institutions with units, by the end of their name, and the heads of their units.
INSTITUTIONS = ("大学", "学院", "学校", "职教中心", "大", "集团", "公司", "医院", "院", "局", "厅")
UNIT_HEADS = ("学院", "研究院", "研究所", "系", "部", "处", "科", "室", "中心", "办", "党委", "党支部", "党总支",
              "团委", "工会", "图书馆")


# How the names of the state's bodies open (中央统战部, 国务院发展研究中心, 全国妇联, 国家应急管理部).
_STATE_OPENINGS = (*NATIONAL, "国家")
# Institutions whose head inside a unit's name makes the unit theirs, not the article's main actor's (of INSTITUTIONS,
# those two characters long and no level's: 局, 厅 and 院 open units of their own, 学院 a school's college).
_OTHER_INSTITUTIONS = tuple(x for x in INSTITUTIONS if len(x) == 2 and x not in ("学院", "学校"))


def _unit_of_another(o: Mention, actor: Mention, bodies: list[Mention], text: str) -> bool:
    """Whether a body is the unit of another than the article's institution ``actor``, by its name or right before it:
    a journal's named for no part of it (《管理世界》编辑部; not 《青山大学校史》编辑部, 《学报》编辑部), or one whose name
    opens with a body of ``bodies`` (the article's, those named inside names too) that is another's: the state's
    (国务院发展研究中心), or a college the article names in full under another institution (光华管理学院金融系 after
    北京大学光华管理学院; not 经济学院金融系 after 青山大学经济学院, a college of the actor's own). (A unit that another
    institution's name opens, 红河大学金融系, :func:`_unit_of` leaves out already.)

    Examples:
        >>> t = "《管理世界》编辑部、光华管理学院金融系、经济学院金融系、《学报》编辑部；北京大学光华管理学院、青山大学经济学院"
        >>> school = Mention(0, 4, "Organization", "青山大学", 1)
        >>> bodies = [Mention(10, 16, "Organization", "光华管理学院", 1), Mention(20, 24, "Organization", "经济学院", 1),
        ...           Mention(36, 46, "Organization", "北京大学光华管理学院", 1),
        ...           Mention(47, 55, "Organization", "青山大学经济学院", 1)]
        >>> units = [Mention(b, e, "Organization", t[b:e], 1) for b, e in ((6, 9), (10, 19), (20, 27), (32, 35))]
        >>> [o.text for o in units], [_unit_of_another(o, school, bodies, t) for o in units]
        (['编辑部', '光华管理学院金融系', '经济学院金融系', '编辑部'], [True, True, False, False])
        >>> t = "《管理世界》编辑部"  # (the journal read into the body's name)
        >>> _unit_of_another(Mention(0, 9, "Organization", t, 1), school, [], t)
        True
        >>> t = "国务院发展研究中心；《青山大学校史》编辑部"
        >>> _unit_of_another(Mention(0, 9, "Organization", t[:9], 1), school, [Mention(0, 3, "Organization", "国务院", 1)],
        ...                  t), _unit_of_another(Mention(18, 21, "Organization", "编辑部", 1), school, [], t)
        (True, False)
    """
    if text.endswith("》", 0, o.start) or o.text.startswith("《") and "》" in o.text:
        # (the title before the body's head, or inside its name: 《管理世界》编辑部 read whole)
        title = text[text.rfind("《", 0, o.start) + 1 : o.start - 1] if text.endswith("》", 0, o.start) \
            else o.text[1 : o.text.index("》")]
        return actor.text not in title and not title.endswith(_OWN_PAPERS)
    return any(x.start == o.start and x.end < o.end and (
        x.text.startswith(_STATE_OPENINGS)
        or any(y.text.endswith(x.text) and len(y.text) > len(x.text) and not y.text.startswith(actor.text)
               for y in bodies)) for x in bodies)


# A school's or an institute's own papers, named by their kind alone (学报, 校报, 院报).
_OWN_PAPERS = ("学报", "校报", "院报")


# A direction ending a place of the training names (西部, 华东) makes a region, which a unit's name may open.
_DIRECTIONS = frozenset("东西南北中部")


# The heads of the state's and the party's bodies at the national level (中央统战部, 国务院侨办, 全国妇联).
_STATE_BODY_HEADS = ("部", "办", "委", "局", "署", "联", "委员会")


# A body that comes to the publisher (白沙区人民法院高立峰院长带队来我院): a guest, not the publisher.
_VISITS_US = re.compile(r"[^，,。；;！!？?]{0,24}?(?:莅临|来到|到访|走访|(?<![年月日周天以近后从])来)(?:我|本)[院局校所厅委办行司社馆站]")


def comes_to_us(name: str, text: str) -> bool:
    """Whether the body ``name`` comes to the publisher in ``text`` (…一行莅临我院): the units the article names bare
    are then the host's, whom it calls 我院, not the guest's.

    Examples:
        >>> comes_to_us("白沙区人民法院", "白沙区人民法院高立峰院长带队来我院考察，我院办公室陪同。")
        True
        >>> comes_to_us("白沙区人民法院", "白沙区人民法院召开会议，我院办公室汇报工作。")
        False
        >>> comes_to_us("白沙区人民医院", "白沙区人民医院三年来我院门诊量持续增长。")  # (年来: "over the years")
        False
        >>> comes_to_us("白沙区人民医院", "白沙区人民医院连日来我院收治患者200余人。")
        False
    """
    return any(_VISITS_US.match(text, m.end()) for m in re.finditer(re.escape(name), text))


# The body of a sub-district, a community or a zone named by its kind alone (街道办事处, 社区居委会, 开发区管委会): the
# place's, no institution's unit (not 社区服务部, a company's).
_SUB_COUNTY_BODY = re.compile(r"(?:街道|社区|开发区|园区)(?:办事处|党工委|工委|管委会|居委会|党委|党总支|党支部)")


def _unit_of(o: Mention, actor: Mention | None, text: str, sentence: str = "") -> bool:
    """Whether an organization is a unit of the article's main actor: it is named bare (no place or
    body before its own name) with a unit's head, or after 我校/本校, and the actor is an institution, not a
    college named by its field (its offices beside it are the school's); not a body that a place of the training
    names opens (a country: 美国科学院), nor another institution's unit (红河医院骨科); ``sentence``: the text of the
    sentence that names it, where 我校 says the units are a school's.

    Examples:
        >>> t = "信息化处、美国科学院、红河医院骨科"
        >>> office, foreign = Mention(0, 4, "Organization", "信息化处", 1), Mention(5, 10, "Organization", "美国科学院", 1)
        >>> other = Mention(11, 17, "Organization", "红河医院骨科", 1)
        >>> school, college = Mention(20, 24, "Organization", "青山大学", 1), Mention(20, 25, "Organization", "计算机学院", 1)
        >>> _unit_of(office, school, t), _unit_of(office, college, t), _unit_of(foreign, school, t), _unit_of(other, school, t)
        (True, False, False, False)
        >>> _unit_of(Mention(0, 3, "Organization", "中西部", 1), school, "中西部")  # (a place's whole name opens nothing)
        True
        >>> _unit_of(Mention(0, 4, "Organization", "县总工会", 1), school, "县总工会"), _unit_of(
        ...     Mention(0, 3, "Organization", "市场部", 1), school, "市场部")
        (False, True)
        >>> _unit_of(Mention(5, 8, "Organization", "组织部", 1), school, "县委常委、组织部长王五")  # the committee's
        False
        >>> _unit_of(Mention(0, 5, "Organization", "街道办事处", 1), school, "街道办事处")  # (a sub-district's)
        False
        >>> _unit_of(Mention(0, 7, "Organization", "国家应急管理部", 1), school, "国家应急管理部"), _unit_of(
        ...     Mention(0, 7, "Organization", "国家重点实验室", 1), school, "国家重点实验室")  # (the state's; the school's)
        (False, True)
        >>> _unit_of(Mention(0, 5, "Organization", "社区服务部", 1), school, "社区服务部")  # (a unit of its own)
        True
        >>> company = Mention(0, 6, "Organization", "青山旅游公司", 1)
        >>> t = "青山旅游公司与我校教务处签约"
        >>> _unit_of(Mention(9, 12, "Organization", "教务处", 1), company, t, t)  # the school's
        False

    """
    if actor is None or o is actor or o.text == actor.text or not actor.text.endswith(INSTITUTIONS):
        return False
    if actor.text.endswith("人大"):
        return False  # a people's congress (全国人大), not a university (川农大)
    if field_college(actor.text):
        return False  # a college named by its field (计算机学院) is a unit itself: the offices beside it are the school's
    if actor.text in o.text or not o.text.endswith(UNIT_HEADS) or o.text.endswith(("大学", "学校")):
        return False
    if o.canonical and o.canonical != o.text:
        return False  # a short name the text gave a body named in full (…中心（简称“国家农安中心”）)
    if (level_word(o.text) in GAZETTEER_LEVELS and _names_a_level(o.text)
            or o.text.startswith(_STATE_OPENINGS) and o.text.endswith(_STATE_BODY_HEADS)
            or _SUB_COUNTY_BODY.fullmatch(o.text)):
        # a level's body (县总工会, 市委, 中央统战部, 国家应急管理部, 街道办事处), not one of the company's or the school's
        # (中央实验室, 国家重点实验室)
        return False
    from .names import leading_places, named_party_body

    if leading_places(o.text) or named_party_body(o.text):
        return False  # a place or a unit of its own opens its name (金叶印务第一党支部 is 金叶印务's)
    if any(o.text[:k] in training_places() and o.text[k - 1] not in _DIRECTIONS for k in range(2, min(6, len(o.text)))):
        return False  # a country or another place opens it (美国科学院, 中国农村技术开发中心; not 西部 of 西部研究中心)
    if any(head in o.text[2:-2] for head in _OTHER_INSTITUTIONS) and not o.text.startswith(_OTHER_INSTITUTIONS):
        return False  # another institution's unit (华西医院胃肠外科 in a 眉山市人民医院 article; not 集团公司党办)
    if _CHAINED_AFTER.search(text, max(0, o.start - 12), o.start):
        return False  # a committee's department in its member's chain of titles (县委常委、组织部长A: the 县委's)
    if not actor.text.endswith(SELF_HEADS["校"]) and (o.text.endswith(SELF_HEADS["校"])
                                                     or any(own in sentence for own in _SCHOOL_SELF)):
        return False  # a school or its college, or a unit where the sentence speaks as a school (我校教务处): no company's
    return text[max(0, o.start - 3) : o.start].endswith(tuple(DEICTIC)) or len(o.text) <= 10


_SCHOOL_SELF = ("我校", "本校")


# A committee's or a government's title, then a department of a chain of titles: 县委常委、(组织部长), 市政府副市长、.
_CHAINED_AFTER = re.compile(r"(?:委|政府)(?:常委|委员|副?书记|副?主任|常务副?[省市县区]长|副?[省市县区]长)、$")


def _branch_of_bank(name: str) -> bool:
    """Whether a body's name is a bank's branch named by its place alone (芜湖分行, 宣城泾县支行), not by its bank
    (青山银行芜湖分行) nor inside another branch (蚌埠分行怀远支行: 蚌埠分行's).

    Examples:
        >>> _branch_of_bank("芜湖分行"), _branch_of_bank("宣城泾县支行"), _branch_of_bank("青山银行芜湖分行")
        (True, True, False)
        >>> _branch_of_bank("蚌埠分行怀远支行"), _branch_of_bank("青山支行")
        (False, False)
    """
    if not name.endswith(("分行", "支行")) or "银行" in name or "分行" in name[:-2]:
        return False
    places = find(name[:-2])
    return bool(places) and places[0][0] == 0


def publisher(head: str, orgs: list[Mention]) -> Mention | None:
    """The body an article names itself by as 我/本 and ``head`` (我校, 本院): the one body it names whose name ends
    with that head's kinds (a school's: 大学, 学院, 中学 …; not a college named by its field, a school's unit); None
    where there is none or two (a university's news about the middle school it visits names both).

    Examples:
        >>> school, college = Mention(0, 4, "Organization", "青山大学", 1), Mention(5, 10, "Organization", "计算机学院", 1)
        >>> publisher("校", [school, college]).text, publisher("院", [school]), publisher("校", [college])
        ('青山大学', None, None)
        >>> publisher("校", [school, school, Mention(9, 13, "Organization", "红星中学", 1)])  # two: neither
    """
    kind = bodies_of_kind(orgs, SELF_HEADS[head], school=head == "校")
    return next(iter(kind.values())) if len(kind) == 1 else None


def _publisher_units(text: str, s: Sentence, orgs: list[Mention]) -> Iterable[tuple[Mention, Mention]]:
    """(unit, publisher) for each body named right after the publisher's 我校/本院 in the sentence, the shortest
    that starts there (我校后勤处党委: 后勤处; its 党委 is 后勤处's), and the body the article names itself by.

    Examples:
        >>> t = "青山大学讯 我校后勤处党委书记出席。我校校友参加。"
        >>> orgs = [Mention(0, 4, "Organization", "青山大学", 1), Mention(8, 13, "Organization", "后勤处党委", 1),
        ...         Mention(8, 11, "Organization", "后勤处", 1)]
        >>> [(u.text, o.text) for u, o in _publisher_units(t, Sentence(0, 0, len(t), t), orgs)]
        [('后勤处', '青山大学')]
    """
    for m in SELF_NAMED_RE.finditer(text, s.start, s.end):
        if not _ends_word(text[m.start() : m.end() + 4], len(m.group())):
            continue  # (本社区: no 本社)
        unit = min((o for o in orgs if o.start == m.end()), key=lambda o: (len(o.text), o.text), default=None)
        own = publisher(m.group(1), orgs) if unit is not None else None
        if own is not None and own.text != unit.text:
            yield unit, own


_OWN_HEADS = "院校厂局所行"


def owner_by_head(o: Mention, orgs: list[Mention], text: str) -> Mention | None:
    """The body a unit's name is preceded by the head of, standing alone for it (院检测所: 院 for the 青山研究院 named
    before): the last body named before the unit whose name ends with that head; None where there is none, or the
    head is part of a word (学院检测所).

    Examples:
        >>> t = "青山研究院与会。院检测所所长发言。"
        >>> owner = Mention(0, 5, "Organization", "青山研究院", 1)
        >>> unit = Mention(9, 12, "Organization", "检测所", 1)
        >>> owner_by_head(unit, [owner, unit], t).text
        '青山研究院'
        >>> owner_by_head(Mention(10, 13, "Organization", "检测所", 1), [owner], "青山研究院与会。学院检测所所长发言。") is None
        True
    """
    head = text[o.start - 1 : o.start]
    lead = text[max(0, o.start - 4) : o.start]
    if not head or head not in _OWN_HEADS or any(w.end == len(lead) and w.start < len(lead) - 1 for w in words(lead)):
        return None
    return max((x for x in orgs if x.end <= o.start - 1 and x.text.endswith(head) and x.text != o.text),
               key=lambda x: x.start, default=None)


def place_rank(name: str) -> int | None:
    """How large a place is: 0 the country, 1 a province … 5 a village; None when unknown.

    Examples:
        >>> place_rank("浙江"), place_rank("双鸭山市"), place_rank("黄集镇"), place_rank("乌镇"), place_rank("东街社区")
        (1, 2, 4, 4, 5)
        >>> place_rank("长沙国际会展中心") is None
        True
    """
    if name in ("中国", "我国", "全国"):
        return 0
    hits = named(name)
    if hits:
        return min(GAZETTEER_RANK[d.level] for d in hits)
    if name.endswith(NOT_A_LEVEL) and not name.endswith("社区"):
        return None
    return rank(name)


def _adjacent(text: str, first: Mention, second: Mention) -> bool:
    """Whether ``second`` follows ``first`` directly, after a seat word (哈萨克斯坦首都阿斯塔纳), or
    after 的 when the first is a division and the second a smaller one (白云区的龙湖街道).

    Examples:
        >>> t = "哈萨克斯坦首都阿斯塔纳"
        >>> _adjacent(t, Mention(0, 5, "Place", t[:5], 1), Mention(7, 11, "Place", t[7:], 1))
        True
    """
    gap = text[first.end : second.start]
    return not gap or gap in SEAT_WORDS or gap == "的" and _holds(first.text, second.text)


def _lies_in(place: str, where: str) -> bool:
    """Whether a place said to lie in (位于) another is inside it: the other is a division, larger
    than the place if that is one too (安平桥位于泉州; not 湖北省位于长江中游, a river's stretch).

    Examples:
        >>> _lies_in("安平桥", "泉州"), _lies_in("湖北省", "长江"), _lies_in("青山县", "黄河镇")
        (True, False, False)
    """
    big, small = place_rank(where), place_rank(place)
    return big is not None and (small is None or small > big)


def _in_a_foreign_place(place: str, where: str) -> bool:
    """Whether a place named right after a foreign country lies in it (摩洛哥塞塔特市, 日本冲绳县): the first a country of
    :func:`kg.countries.countries`, the second a place with a foreign level (:func:`place_in_a_country`: not
    伊朗沙特, two countries; not 日本钓鱼岛, not 美国中东政策).

    Examples:
        >>> _in_a_foreign_place("塞塔特市", "摩洛哥"), _in_a_foreign_place("冲绳县", "日本")
        (True, True)
        >>> _in_a_foreign_place("沙特", "伊朗"), _in_a_foreign_place("钓鱼岛", "日本"), _in_a_foreign_place("东北", "华北")
        (False, False, False)
    """
    return where in countries() and place_in_a_country(place)


def _holds(outer: str, inner: str) -> bool:
    """Whether a place named before 的 holds the one after it: a Chinese division (a province at
    most, not the country: 中国的… is said of anything) and a smaller division, both known by
    the gazetteer or their level (白云区的龙湖街道; not 上海的美国…, not 中国的日本…).

    Examples:
        >>> _holds("白云区", "龙湖街道"), _holds("中国", "北京"), _holds("黄集镇", "青山县")
        (True, False, False)
    """
    big, small = place_rank(outer), place_rank(inner)
    return big is not None and small is not None and 1 <= big < small


# The items of a list before one of them: names apart by 、 (东刘、西刘、 before 马家湾).
_ITEMS_BEFORE = re.compile(r"(?:[\u4e00-\u9fff]{2,4}、)*")
# The verbs by which a village holds the villages listed after it (金山村下辖东刘、西刘…).
_HOLDS_VILLAGES = ("下辖", "辖", "包括", "含")
# The items after one of them, then the count of the list's villages (、马家湾等八个自然村).
_VILLAGES_COUNTED = re.compile(r"(?:、[\u4e00-\u9fff]{2,4})*等[\d一二三四五六七八九十两]+个(?:自然|行政)?村")


def _village_before_list(text: str, place: Mention, places: list[Mention]) -> Mention | None:
    """The village right before the list of villages that ``place`` is an item of, the list's first item glued to it
    (金山村东刘、西刘、马家湾等八个自然村: the natural villages of 金山村); None where none stands there, the list
    counts no villages (金山村东关、西关等3个乡镇), or a word of a clause joins it to the village (金山村和李庄、王庄等3个村,
    金山村带动李庄、王庄等3个村: not the village's own).

    Examples:
        >>> t = "青山镇金山村东刘、西刘、马家湾等八个自然村"
        >>> ps = [Mention(0, 3, "Place", "青山镇", 1), Mention(3, 6, "Place", "金山村", 1),
        ...       Mention(9, 11, "Place", "西刘", 1), Mention(12, 15, "Place", "马家湾", 1)]
        >>> _village_before_list(t, ps[3], ps).text, _village_before_list(t, ps[2], ps).text
        ('金山村', '金山村')
        >>> _village_before_list("青山镇东刘、西刘等村", Mention(6, 8, "Place", "西刘", 1), [Mention(0, 3, "Place", "青山镇", 1)])
        >>> t = "金山村带动李庄、王庄等3个村"
        >>> _village_before_list(t, Mention(8, 10, "Place", "王庄", 1), [Mention(0, 3, "Place", "金山村", 1)])
        >>> t = "金山村东关、西关等3个乡镇"
        >>> _village_before_list(t, Mention(6, 8, "Place", "西关", 1), [Mention(0, 3, "Place", "金山村", 1)])
        >>> t = "金山村下辖东刘、西刘等3个自然村"  # (said to be its own)
        >>> _village_before_list(t, Mention(8, 10, "Place", "西刘", 1), [Mention(0, 3, "Place", "金山村", 1)]).text
        '金山村'
    """
    if not _VILLAGES_COUNTED.match(text, place.end):
        return None
    village = max((p for p in places if p.end < place.start and p.text.endswith("村")
                   and _ITEMS_BEFORE.fullmatch(text, p.end, place.start)), key=lambda p: p.end, default=None)
    if village is None:
        return None
    first = words(text[village.end : text.index("、", village.end)])[0]
    if first.text in _HOLDS_VILLAGES:
        return village  # (金山村下辖东刘、西刘…: the village's own, said so)
    return None if first.pos[:1] in ("c", "p", "v", "d") else village  # (和, 与, 带动, 也: a clause's word)


def _place_chain(c: "_Collector", s: Sentence, a: Article, places: list[Mention]) -> None:
    """A place right after a larger one lies in it: 浙江乌镇, 黑龙江双鸭山市, 武侯区玉林街道; so does a
    seat after its country or province (哈萨克斯坦首都阿斯塔纳) and a smaller division after 的
    (白云区的龙湖街道: :func:`_adjacent`); places of the same level listed after the smaller one lie in the larger
    one too (郧阳区白云村、红星村: 红星村 is in 郧阳区). A headline or a caption, whose words run together more
    (新疆西藏旅游: two regions), says it only of two divisions known by the gazetteer or their level."""
    ordered = sorted(places, key=lambda m: m.start)
    lies_in = _lies_in if s.kind == "body" else (lambda inner, outer: _holds(outer, inner))
    for k, (outer, inner) in enumerate(zip(ordered, ordered[1:])):
        if inner.start != outer.end:
            if _adjacent(c.doc.text, outer, inner):  # 首都, 的
                c.add(inner, "containedInPlace", outer, s, a)
        elif lies_in(inner.text, outer.text) or holding_county(outer.text, inner.text) \
                or _in_a_foreign_place(inner.text, outer.text):  # (海盐 百步镇: a bare county)
            c.add(inner, "containedInPlace", outer, s, a)
            last = inner
            for listed in ordered[k + 2 :]:
                if (c.doc.text[last.end : listed.start] not in ("、", "和", "及") or listed.text[-1:] != inner.text[-1:]
                        or not _lies_in(listed.text, outer.text)):  # (not 黑龙江鸡西、山西: a province)
                    break
                c.add(listed, "containedInPlace", outer, s, a)
                last = listed


def _name(m: Mention) -> str:
    """A mention's name without its quotes (“读书有约”沙龙 → 读书有约沙龙), as events are compared."""
    return bare_name(m.canonical or m.text)


def bare_name(name: str) -> str:
    """An event's name without quotes or title marks, as two names of one event are compared.

    Examples:
        >>> bare_name("《青山往事》“读书”沙龙")
        '青山往事读书沙龙'
    """
    return re.sub(r"[“”\"「」《》]", "", name)


def same_event(one: Mention, other: Mention) -> bool:
    """Whether two mentions name one event: the same name, or one the end of the other's (宣传推介会 and
    《青山往事》宣传推介会, as resolution takes a short form within an article).

    Examples:
        >>> long, short = Mention(0, 0, "Initiative", "《青山往事》宣传推介会", 1), Mention(0, 0, "Initiative", "推介会", 1)
        >>> same_event(long, short), same_event(short, Mention(0, 0, "Initiative", "座谈会", 1))
        (True, False)
    """
    a, b = _name(one), _name(other)
    return a.endswith(b) or b.endswith(a)


def distinct_events(events: list[Mention], text: str = "", names: Iterable[str] = ()) -> set[str]:
    """The names of the distinct initiatives among ``events``: a name that ends another is that one, and one that
    opens another (the first of an X暨Y name; 第五届青山艺术节 of 第五届青山艺术节书法展开幕式, the frame the other is
    part of) is not another event of the article's, nor one its second part holds (…暨“健康行”专项活动 of “健康行”活动);
    so is a short name by its kind (新书推介会, five characters at most) when one longer name of that kind is there, the
    short one holds none of the article's ``names`` (places, bodies) and the ``text`` never holds it somewhere of its
    own (新书推介会在南京举行).

    Examples:
        >>> names = ["青山论坛", "论坛", "“绿水”青山论坛", "红河座谈会", "青山运动会暨健身大会", "青山运动会"]
        >>> sorted(distinct_events([Mention(0, 0, "Initiative", n, 1) for n in names]))
        ['红河座谈会', '绿水青山论坛', '青山运动会暨健身大会']
        >>> two = [Mention(0, 0, "Initiative", n, 1) for n in ("新书推介会", "《青山往事》宣传推介会")]
        >>> sorted(distinct_events(two)), sorted(distinct_events(two, "新书推介会在南京举行。"))
        (['青山往事宣传推介会'], ['新书推介会', '青山往事宣传推介会'])
        >>> sorted(distinct_events([Mention(0, 0, "Initiative", n, 1, canonical=c) for n, c in
        ...                         (("青山节暨“健康行”专项活动", None), ("“健康行”活动", "健康行"))]))
        ['青山节暨健康行专项活动']
        >>> sorted(distinct_events([Mention(0, 0, "Initiative", n, 1) for n in ("北京论坛", "红河经济论坛")], "", ["北京"]))
        ['北京论坛', '红河经济论坛']
    """
    bare = {_name(m) for m in events}
    # (nor the second of an X暨Y name, named with another kind's word after it: 青山节暨“健康行”专项活动, “健康行”活动)
    whole = {n for n in bare if not any(
        len(o) > len(n) and (o.endswith(n) or o.startswith(n) or n in o.partition("暨")[2]) for o in bare)}
    names = [n for n in names if len(n) >= 2]

    def a_kind(n: str) -> bool:
        return (len(n) <= 5 and len([o for o in whole if len(o) > len(n) and o[-2:] == n[-2:]]) == 1
                and not any(x in n for x in names)
                and not any(_HELD_ITSELF.match(text, k.end()) for k in re.finditer(re.escape(n), text)))
    return {n for n in whole if not a_kind(n)}


# The ceremony that launches a campaign, after the campaign's name: 启动仪式, 启动会.
_LAUNCH = re.compile(r"启动(?:仪式|式|大会|会)")
# A sentence about what came after the launch or during the campaign: 启动仪式后，…; 活动期间，….
_AFTER_THE_LAUNCH = re.compile(r"[^，,。；;]{0,8}?(?:后|期间|以来)[，,]")


def _launch(campaign: Mention, earlier: list[Mention]) -> Mention | None:
    """The ceremony that launched the article's campaign, named before (…活动 in the headline, then …活动启动仪式在…举行),
    which those who attend 活动 there attend; None where the article's event is no campaign (a festival's 开幕式 is
    part of the festival people attend) or names no launch.

    Examples:
        >>> week = Mention(0, 6, "Initiative", "青山敬老周活动", 1)
        >>> _launch(week, [week, Mention(10, 20, "Initiative", "青山敬老周活动启动仪式", 1)]).text
        '青山敬老周活动启动仪式'
        >>> fair = Mention(0, 5, "Initiative", "青山艺术节", 1)
        >>> _launch(fair, [fair, Mention(10, 18, "Initiative", "青山艺术节启动仪式", 1)]) is None
        True
    """
    if not campaign.text.endswith(("活动", "行动")):
        return None
    return next((e for e in earlier if e.text.startswith(campaign.text)
                 and _LAUNCH.fullmatch(e.text, len(campaign.text))), None)


# An event held somewhere of its own, right after its name: 在南京举行, 于5月召开.
_HELD_ITSELF = re.compile(rf"(?:[^，,。；;]{{0,12}}?(?<![关对由位属等])(?:在|于)[^，,。；;]{{1,20}}?)?{HOLD_ADVERB}(?:{HOLD_VERB}|开幕)")


def _attendees(c: "_Collector", s: Sentence, a: Article, people: list[Mention], inits: list[Mention],
               main_event: Mention | None, sole: bool = False, events: list[Mention] = (),
               others: list[Mention] = (), listed: list[tuple[Sentence, list[Mention], list[Mention]]] = ()) -> None:
    """People who attend, host or witness an event take part in it (出席, 参加, 主持, 致辞 …);
    ``sole``: the article names one event only, the one a speech ending its clause is given at;
    ``others``: the sentence's mentions (places that may open a title, bodies that may not; the names between a
    person and the verb, events aside, are left out as the person's own words are read);
    ``listed``: the sentences right before this one that end with ； and their people, a list of those who
    attend that the verb closes (校长A，副校长B；市政府领导；商会会长C等参加了会议)."""
    text = c.doc.text
    # (服务 of 就业服务中心 is no verb of the person's; nor 处长 of 、科研处处长赵六, which jieba may read as one)
    names = [m for m in others if m.type != "Initiative"] + titles_before(text, people)
    for m in ATTEND.finditer(s.text):
        at, end = s.offset(m.start()), s.offset(m.end())
        after = text[end : s.end]
        target = next((i for i in inits if i.start >= end and _clause(text[end : i.start])), None)
        generic = GENERIC_EVENT.match(after)
        if target is None and (generic or _generic_host(text[s.start : at], main_event)
                               or sole and m.group() == "宣布"  # (宣布开幕, 宣布运动会开幕: the one event)
                               or main_event is not None and _names_back(after, main_event.text)
                               or main_event is not None and _this_event(text[s.start : at], main_event.text)):
            target = main_event
            named_before = [e for e in events if e.end <= at]
            if generic and main_event is not None:  # (出席启动仪式: the …启动仪式 named before, of the article's festival)
                kind = generic.group().lstrip("了并")
                target = _by_its_kind(kind, named_before, main_event, text)
                if _OTHER_CEREMONY.fullmatch(kind) and not _abbreviates(kind, target.text):
                    target = None  # (出席颁奖典礼 in a forum's article, none of that kind named: another occasion)
                elif kind == "庆典" and target is not None and not _CELEBRATED.search(target.text):
                    target = None  # (出席了庆典 in a forum's article: another occasion; a ceremony's, 开园典礼, the one)
                elif generic.group("kind") and target is not None \
                        and not target.text.endswith(generic.group("kind")):
                    # (出席论坛开幕式: the article's forum's; in a festival's article, or a meeting's named after the
                    # games, 运动会总结表彰大会, another occasion)
                    target = None
            if target is main_event and main_event is not None and not _AFTER_THE_LAUNCH.match(s.text):
                target = _launch(main_event, named_before) or target
        if target is None and not s.text.startswith(_ANOTHER_TIME) and not _EARLIER.search(text[s.start : at]):
            target = _described(after, events)  # (出席了三个项目的开工奠基仪式)
        earlier = [i for i in inits if i.end <= at]
        if target is None and _ENDS_CLAUSE.match(after) and len({i.text for i in earlier}) == 1:
            target = earlier[0]  # …论坛开幕，副市长王五出席并致辞: the event the sentence named before
        clause = re.split(r"[，,。；;]", text[s.start : at])[-1]
        if m.group() == "讲话" and has_verb(_without(text, at - len(clause), at, [*people, *names])):
            continue  # (县长王五讲话。: yes; 会议传达学习了李四书记讲话。: a speech relayed, no verb of the names')
        # (…到古镇参观，A陪同: the visit's, not the event's; not …出席并观看慰问演出，A陪同, at the event)
        visit = (m.group() == "陪同" and _VISITED.search(text, s.start, at)
                 and not _AT_THE_EVENT_TOO.search(text, s.start, at))
        closing = not visit and (m.group().startswith(_AT_ITS_EVENT)
                                 or m.group() == "参加" and _ENDS_SENTENCE.match(after))
        if (target is None and _ENDS_CLAUSE.match(after) and not earlier and closing and sole
                and main_event is not None and main_event.start < s.end  # (not an event the article names only later)
                and not _AT_ANOTHER_PLACE.search(clause) and not s.text.startswith(_ANOTHER_TIME)
                and not _another_occasion(text[s.start : at], main_event.canonical or main_event.text)
                and not _EARLIER.search(text[s.start : at])):
            # …签约仪式举行。县长王五、董事长赵六分别致辞: the article's one event (not 另据报道，李四在北京出席)
            target = main_event
        if (target is None and sole and main_event is not None and m.group() == "观摩"
                and "观摩" in _name(main_event) and main_event.start < s.end and not earlier
                and not s.text.startswith(_ANOTHER_TIME) and not _EARLIER.search(text[s.start : at])):
            # (…现场观摩了…: the article's one 现场观摩活动, what they see named after the verb; not 主持 of the article's
            # 主持人大赛, nor 参观 of its 参观…活动: verbs of other occasions too)
            target = main_event
        if target is None:
            continue
        for p in people:
            # 省长A、副省长B出席: yes; 记者王五获悉，李四出席: not 王五 (a verb of their own follows them; the names,
            # bodies and places after them are left out, which jieba may read as verbs: 孙立新, 就业服务中心)
            own = _INVITED.sub("", _listed(_without(text, p.end, at, names).split("，")[0].split(",")[0]))
            if p.end <= at and not has_verb(own) and not _NEGATED.search(own):
                c.add(target, "participant", p, s, a)
        if target.start >= end and text.startswith("的", target.end):
            for p in _named_after_of(text, target.end + 1, people, others):
                c.add(target, "participant", p, s, a)
        who = _WHO_ATTENDED.match(after, generic.end()) if generic else None
        bodies = [x for x in others if x.type == "Organization"]
        if who is not None and not (_NEGATED.search(text, s.start, at) or _EARLIER.search(text, s.start, at)
                                    or s.text.startswith(_ANOTHER_TIME)):  # (not 未出席…的还有, 去年参加…的还有)
            for p in _listed_after(text, end + who.end(), s.end, people, others):
                c.add(target, "participant", p, s, a)  # 出席本次开幕式的有A，B: the names listed after it
            # 参加签约仪式的还有A局、B局相关领导: the bodies, by their officials (not after an event the sentence holds,
            # another, 召开调度会，参加会议的还有…, or the article's, whose attendants are read already)
            if re.search(HOLD_VERB, text[s.start : at]) is None:
                for o in _bodies_listed_after(text, end + who.end(), s.end,
                                              [x for x in others if x.type in ("Organization", "Place")]):
                    c.add(target, "participant", o, s, a)
        for o in _officials_attend(bodies, text, at):
            c.add(target, "participant", o, s, a)
        if listed and not has_verb(text[s.start : at]):
            for before, its_people, its_names in listed:
                if not _only_names(text, before, its_names):
                    continue  # (组委会已将邀请函寄给王五；…: a sentence of its own, no item of the list)
                whole = Sentence(before.index, before.start, s.end, text[before.start : s.end], "body",
                                 ((0, before.start),))
                for p in its_people:
                    if _ENDS_ITEM.fullmatch(re.split(r"[，,；;、]", text[p.end : before.end])[0]):
                        c.add(target, "participant", p, whole, a)
    # …A、B代表双方签约: who signs at the end of a clause takes part in the article's one signing; who unveils, presents
    # the flag or the awards (A为…揭牌, B为…授旗) in the article's one ceremony of that act
    # (or in a sentence at the ceremony, whatever its name: 仪式上，A为…授旗, at an 出征仪式; the act in the clause that
    # opens the sentence after it, done then: not 仪式上，A表示，明年将邀请B授旗, nor 仪式上，A回顾了B去年为学校奠基)
    opening = AT_THE_EVENT.match(s.text) if main_event is not None and "仪式" in main_event.text else None
    named_acts = [rx for rx in (_SIGNS, _UNVEILS) if main_event is not None and rx.search(main_event.text)]
    acts = [x for rx in (_SIGNS, _UNVEILS) if sole and main_event is not None for x in rx.finditer(s.text)
            if rx in named_acts or opening and _act_at_the_ceremony(s.text, opening.end(), x.start())]
    # (acts there only for the sentence's opening: the ceremony's name holds no act)
    opened_acts = opening is not None and not named_acts
    for m in [*_SPEECH.finditer(s.text), *acts]:
        at, end = s.offset(m.start()), s.offset(m.end())
        clause = re.split(r"[，,。；;]", text[s.start : at])[-1]
        by_opening = opened_acts and m in acts
        if (sole and main_event is not None and main_event.start < s.end and _ENDS_CLAUSE.match(text, end)
                and not _AT_ANOTHER_PLACE.search(clause)
                and not any(i.end <= at and not same_event(i, main_event) for i in inits)
                and not s.text.startswith(_ANOTHER_TIME)):
            # (the bodies too that sign at the ceremony: 仪式上，A与B、C分别签订了合作协议, 仪式上，在…的见证下，A与B签订…;
            # nothing of another time between the opening and the act: not 此前…签署协议, 去年与A签约的B)
            signing = (opening is not None and _SIGNS.fullmatch(m.group()) is not None
                       and _at_no_other_time(s.text[opening.end() : m.start()]))
            signers = [o for o in others if o.type == "Organization"] if signing else []
            for p in [*people, *signers]:
                own = _without(text, p.end, at, [*people, *others])  # (the names listed after p: 、信息系赵六分别)
                # (the clause's subject only, who does the act: not one a verb before it speaks of; after the last 的
                # before the name, which describes him: 出席仪式的市领导王明)
                opens = max(s.offset(opening.end()), text.rfind("的", s.start, p.start) + 1) if by_opening else 0
                if by_opening and (has_verb(_without(text, opens, p.start, [*people, *others]))
                                   or _ABSENT.search(text, s.offset(opening.end()), p.start)):
                    continue  # (nor one the clause says was not there: 未能出席的县委书记李四)
                if p.end <= at and _clause(own) and not has_verb(own):
                    c.add(main_event, "participant", p, s, a)
    # 会上，A宣读了决定: who speaks at the meeting the article is about takes part in it (the clause's subject: not
    # 李大山 of 会上，县长王五传达了李大山书记重要讲话精神, whose speech is relayed); the sentences that go on after
    # its ； too (会上，A通报了情况；B介绍了工作。)
    # 会议首先由A通报…: who the meeting has speak takes part in the article's event, named before the sentence (not
    # 会议由A传达了…在全省会议上的讲话精神, the only event named there)
    at_event = AT_THE_EVENT.match(s.text) or listed and AT_THE_EVENT.match(listed[0][0].text)
    hosted = (main_event is not None and _generic_host(s.text, main_event) is not None and main_event.start < s.start
              and all(same_event(i, main_event) for i in inits))
    if main_event is not None and (at_event or hosted):
        # (an event named as held before is not the one the sentence is at: 去年曾举办的…座谈会)
        before = [e for e in events if e.start < s.start and not held_before(text, e.start)
                  and not _EARLIER.search(text, max(text.rfind("。", 0, e.start), s.start - 400, 0), e.start)]
        event = _by_its_kind(at_event.group(), before, main_event, text) if at_event else main_event
        for p in people:
            if not SPEAKS.match(text, p.end, s.end) and not _acts(s, s.local(p.end)):
                continue
            # (after the last 的 before the name: 参会的县长王五发言, whose 参会 describes him; not one whose clause says
            # another speaks of him, 通报了副镇长李四…问题, or that he was not there, 因故缺席的副县长李四)
            clause = max([s.start, *(s.offset(m.end()) for m in _CLAUSE_MARK.finditer(s.text, 0, s.local(p.start)))])
            opens = max(clause, text.rfind("的", s.start, p.start) + 1)
            if (not has_verb(_without(text, opens, p.start, others)) and not SPEAKS.search(text, opens, p.start)
                    and not _ABSENT.search(text, clause, p.start)):
                c.add(event, "participant", p, s, a)
    _speakers(c, s, a, people, events, main_event)


def _generic_host(text: str, main_event: Mention | None) -> re.Match | None:
    """Where ``text`` opens with an event named by its kind, then 由 (:data:`GENERIC_HOST`: 仪式由A主持, 开班仪式由…): the
    article's event, ``main_event``; not a forum's opening (论坛开幕式由…) where the article's event is no forum, nor a
    congress's or a meeting's (大会闭幕式由…) where it is no meeting (a festival's article, whose forum is another event).

    Examples:
        >>> forum, fair = Mention(0, 6, "Initiative", "青山金融论坛", 1), Mention(0, 5, "Initiative", "青山读书节", 1)
        >>> bool(_generic_host("论坛开幕式由王五主持", forum)), bool(_generic_host("论坛开幕式由王五主持", fair))
        (True, False)
        >>> bool(_generic_host("开幕式由王五主持", fair)), bool(_generic_host("王五主持开幕式", fair))
        (True, False)
        >>> bool(_generic_host("大会闭幕式由王五主持", Mention(0, 8, "Initiative", "青山县政协第三次会议", 1)))
        True
    """
    m = GENERIC_HOST.match(text)
    if m is None or not m.group("kind"):
        return m
    name = _name(main_event) if main_event is not None else ""
    fits = name.endswith("论坛") if m.group("kind") == "论坛" else _meeting(name)  # (大会, 会议: any meeting)
    return m if fits else None


# A verb by which one has another act for him (委托副书记转达问候): he is not there himself.
_STANDS_IN = ("委托",)


def _acts(s: Sentence, end: int) -> bool:
    """Whether the clause after a name ending at ``end`` (the sentence's offset) opens with what its subject does there:
    a verb of the tagger's, after 同志 and adverbs (杨庆余回顾总结了工作, 丁身强组织大家学习); not 王五的讲话, 王五被…, a
    verb before 的 that describes what follows (刘五捐赠的善款), nor a clause that says he was not there (李四未能到会,
    李四委托副书记转达问候: another stands in for him).

    Examples:
        >>> from kg.text import parse
        >>> from kg.tagger import tag_documents
        >>> doc = parse("会上，政委杨庆余回顾总结了工作，王五的讲话很好。会上，局长李四未能到会。")
        >>> tag_documents([doc]); s, t = doc.articles[0].sentences
        >>> _acts(s, s.text.index("杨庆余") + 3), _acts(s, s.text.index("王五") + 2), _acts(t, t.text.index("李四") + 2)
        (True, False, False)
    """
    clause = _CLAUSE_MARK.search(s.text, end)
    if _ABSENT.search(s.text, end, clause.start() if clause else len(s.text)):
        return False
    after = [t for t in s.tokens if t.start >= end]
    k = next((k for k, t in enumerate(after) if t.text != "同志" and t.tag != "d"), None)
    return k is not None and after[k].tag == "v" and after[k].text not in _STANDS_IN \
        and (k + 1 == len(after) or after[k + 1].text != "的")


# What says an act is not done at the ceremony itself: another time (明年, 去年底, 届时, 曾多次), an intent or a report
# of it (计划, 据介绍); and 将, 曾, 拟, 据 as words of their own (jieba's: not 将 of 将军), or right before a preposition,
# where jieba may read them into a name (张三曾 + 为).
_ANOTHER_TIMES_ACT = frozenset("将 曾 拟 据".split())
_ANOTHER_TIMES_MARK = re.compile(r"[曾将拟](?=[为于在向给])|去年|明年|今后|此前|以前|届时|下一步|计划|据介绍|据悉|根据"
                                 r"|将要|将来|曾经|曾多次")


def _act_at_the_ceremony(text: str, opened: int, act: int) -> bool:
    """Whether the act at ``act`` is done at the ceremony a sentence opens at (仪式上，…, the opening ending at
    ``opened``): in the first clause after it, with no word of another time, an intent or a report.

    Examples:
        >>> t = "仪式上，张三与李四一同为服务队授旗。"
        >>> _act_at_the_ceremony(t, 3, t.index("授旗"))
        True
        >>> t = "仪式上，张三表示，明年将邀请李四为服务队授旗。"
        >>> _act_at_the_ceremony(t, 3, t.index("授旗")), _act_at_the_ceremony("仪式上，张三曾为服务队授旗。", 3, 11)
        (False, False)
        >>> t = "仪式上，张三为“将军林”授牌。"  # (将 of 将军: no word of another time)
        >>> _act_at_the_ceremony(t, 3, t.index("授牌"))
        True
    """
    clause = text[opened:act].lstrip("，, ")
    return not re.search(r"[，,。；;：:]", clause) and _at_no_other_time(clause)


def _at_no_other_time(text: str) -> bool:
    """Whether ``text`` holds no word of another time, an intent or a report (去年, 此前, 将, 曾, 据悉 …).

    Examples:
        >>> _at_no_other_time("在县长李四的见证下，青山公司与"), _at_no_other_time("此前青山公司已与")
        (True, False)
    """
    return not any(w.text in _ANOTHER_TIMES_ACT for w in words(text)) and not _ANOTHER_TIMES_MARK.search(text)


def _by_its_kind(opening: str, earlier: list[Mention], main_event: Mention, text: str) -> Mention:
    """The event a sentence that opens at one (:data:`AT_THE_EVENT`) is about: the last of ``earlier`` (named before
    it, none held before) whose name ends with the kind it is called by, where that kind is more than a meeting's or
    an event's word (启动仪式上: the …启动仪式; 座谈会上: the …座谈会) and the article's event is of another kind; else
    the article's event (会上, 仪式上, 活动中). 会上 and 会议上 where the article's event is no meeting (a campaign, a
    contest) are at the event named last before, where that is a meeting whose clause in ``text`` holds it
    (:func:`_held_in_its_clause`).

    Examples:
        >>> t = "青山创业大赛开幕。青山创业大赛启动仪式举行。学校召开了青山座谈会。"
        >>> at = lambda name, k=0: Mention(t.index(name, k), t.index(name, k) + len(name), "Initiative", name, 1)
        >>> main, launch, talk = at("青山创业大赛"), at("青山创业大赛启动仪式", 9), at("青山座谈会")
        >>> _by_its_kind("启动仪式上", [launch], main, t).text, _by_its_kind("会上", [launch], main, t).text
        ('青山创业大赛启动仪式', '青山创业大赛')
        >>> _by_its_kind("7月11日，开幕式上", [launch], main, t).text, _by_its_kind("会上", [talk], main, t).text
        ('青山创业大赛', '青山座谈会')
        >>> _by_its_kind("座谈会上", [talk], Mention(0, 5, "Initiative", "白石座谈会", 1), t).text  # the article's is one
        '白石座谈会'
        >>> _by_its_kind("会议上", [talk], Mention(0, 5, "Initiative", "白石推进会", 1), t).text  # (the article's meeting)
        '白石推进会'
        >>> t = "“文化进校园”活动启动。期间将召开推进会。县长在推进会上作了部署。"
        >>> camp, coming, named = at("“文化进校园”活动"), at("推进会"), at("推进会", 20)
        >>> _by_its_kind("会上", [camp, coming], camp, t).text, _by_its_kind("会上", [camp, named], camp, t).text
        ('“文化进校园”活动', '“文化进校园”活动')
    """
    kind = re.sub(r"(?:上|中|期间)$", "", re.split(r"[，,]", opening)[-1])
    if kind in ("会", "会议") and not _meeting(main_event.text):
        # (会上 in a campaign's or a contest's article: the event named last before, where it is a meeting its clause
        # says is held, 召开了…推进会; not one to come, 将召开…推进会, nor one named for another reason, 在…会议上作了部署,
        # nor one another event was named after, …筹备会。…启动仪式举行。会上)
        last = max(earlier, key=lambda i: i.end, default=None)
        return last if last is not None and _meeting(last.text) and _held_in_its_clause(text, last) else main_event
    named = [i for i in earlier if len(kind) >= 3 and i.text.endswith(kind)]
    return named[-1] if named and not main_event.text.endswith(kind) else main_event


# What says an event is still to come or was not held: 将召开, 拟于…举办, 届时; 未召开.
_TO_COME = re.compile(r"(?:即将|将|拟|计划)(?:于[^，,。；;]{0,10}?)?" + HOLD_VERB + r"|届时|(?:未|没有)" + HOLD_VERB)


def _held_in_its_clause(text: str, event: Mention) -> bool:
    """Whether the clause of an event's name says it is held, before or after the name (召开了推进会, 推进会在县里召开),
    and not that it is to come or was not held (将召开, 未召开).

    Examples:
        >>> t = "当天，县里召开了推进会。期间将召开推进会。县长在推进会上作了部署。推进会在县里召开。"
        >>> [_held_in_its_clause(t, Mention(t.index("推进会", b), t.index("推进会", b) + 3, "Initiative", "推进会", 1))
        ...  for b in (0, 13, 22, 33)]
        [True, False, False, True]
        >>> t = "县里召开推进会将任务分解到各单位。"  # (将 as 把: no word of a time to come)
        >>> _held_in_its_clause(t, Mention(4, 7, "Initiative", "推进会", 1))
        True
        >>> _held_in_its_clause("县里未召开推进会。", Mention(5, 8, "Initiative", "推进会", 1))
        False
    """
    marks = "，,。；;！？!?\n"
    opens = max(text.rfind(mark, 0, event.start) for mark in marks) + 1
    closes = min((at for mark in marks if (at := text.find(mark, event.end)) >= 0), default=len(text))
    clause = text[opens : event.start] + "|" + text[event.end : closes]
    return re.search(HOLD_VERB, clause) is not None and not _TO_COME.search(clause)


def _meeting(name: str) -> bool:
    """Whether an event's name ends as a meeting's (…启动会, …现场会, 会议), not a show's or a game's (运动会, 晚会).

    Examples:
        >>> _meeting("青山县防汛工作现场会"), _meeting("青山县秋季运动会"), _meeting("“文化进校园”活动")
        (True, False, False)
        >>> _meeting("白石镇春节庙会"), _meeting("青山元宵灯会")  # (fairs)
        (False, False)
    """
    bare = name.rstrip("”")
    return bare.endswith(("会", "会议")) and not bare.endswith(SHOWS)


# The article's event that invites people: 本次活动邀请了…, 此次论坛特别邀请….
# The verbs of inviting, in one spelling for every pattern (and role.title_chain: 邀请专家A is no member).
INVITE = re.compile(r"邀请|特邀|聘请|特聘")
_INVITES = re.compile(r"(?:(?:本次|此次|这次|本届)[\u4e00-\u9fff]{1,4}?|会议|大会|活动)(?:特别|特意|还)?(?:"
                      + INVITE.pattern + ")了?")
# The event by a part of its name: 学术年会特邀请了… (for …学术年会及委员会议).
# Bodies whose names end as an event's do (医学会, 商会): no event inviting anyone.
_BODY_HEADS = ("学会", "协会", "商会", "研究会", "委员会", "基金会", "联合会", "总会", "工会", "理事会")
_INVITES_BY_NAME = re.compile(r"([\u4e00-\u9fff]{2,8}?)(?:特别|特意|还|特)?(?:" + INVITE.pattern + ")了?")
# Where the list of bodies an event invites closes, or its clause ends first (no list then): 等, 的; ，。
_LIST_CLOSES = re.compile(r"[等的，,。；;]")
# A list that goes on in the next sentence: 画家：A、B、C.
_LIST_GOES_ON = re.compile(r"[\u4e00-\u9fff]{1,8}[：:]")


def _invited(c: "_Collector", s: Sentence, a: Article, people: list[Mention], main_event: Mention | None,
             open_list: bool, bodies: Sequence[Mention] = ()) -> bool:
    """Who the article's event invites takes part in it: 本次活动邀请了书法家：A、B、C, 学术年会特邀请了A (by a
    part of its name that ends with a head), 会议邀请了 (the event by its kind) and the list going on in the next
    sentence (画家：D、E); so do the ``bodies`` listed right after the verb (会议邀请了X院、Y公司等单位的专家); returns
    whether such a list is open at the sentence's end.

    Examples:
        >>> from kg.text import parse
        >>> doc = parse("本次活动邀请了书法家：王大明、李小红。")
        >>> c, s = _Collector(doc), doc.articles[0].sentences[0]
        >>> event = Mention(0, 0, "Initiative", "青山书画笔会", 1)
        >>> people = [Mention(10, 13, "Person", "王大明", 1), Mention(14, 17, "Person", "李小红", 1)]
        >>> _invited(c, s, doc.articles[0], people, event, False), [r.obj.text for r in c.out]
        (True, ['王大明', '李小红'])
    """
    if main_event is None or not (people or bodies):
        return False
    text = c.doc.text
    m = _INVITES.match(s.text) or _INVITES_BY_NAME.match(s.text)
    if m is not None and (m.re is _INVITES or m.group(1) in _name(main_event) and EVENT.search(m.group(1))
                          and not m.group(1).endswith(_BODY_HEADS)):
        at = s.offset(m.end())
    elif open_list and _LIST_GOES_ON.match(s.text):
        at = s.start
    else:
        return False
    listed = [p for p in people if p.start >= at]
    for p in listed:
        c.add(main_event, "participant", p, s, a)
    # (the list right after the verb, up to its 等 or 的: …等单位的专家; not 县气象局局长赵五, a member's body)
    close = _LIST_CLOSES.search(text, at, s.end)
    if close is not None and close.group() in "等的":
        for body in bodies:
            member = any(body.end <= p.start and not re.search("[、和及]", text[body.end : p.start]) for p in listed)
            if at <= body.start and body.end <= close.start() and not member:
                c.add(main_event, "participant", body, s, a)
    return bool(listed)


# Who declares an event open (or closed, or started): 市长A宣布…运动会开幕 (not a project: …项目开工).
_DECLARES = re.compile(r"宣布")
_DECLARED = re.compile(r"(?:正式)?(?:开幕|闭幕|开班|开营|开赛|启动|开始)")
# Who wins a place or a prize in a contest: A荣获第一名, B、C并列第二名, D获一等奖.
_WINS = re.compile(r"(?:荣获|获得|获|夺得|摘得|并列)了?([^，,。；;]{0,12}?)"
                   r"(?:[第前][一二三四五六七八九十\d]+名|冠军|亚军|季军|金牌|银牌|铜牌|[特一二三]等奖|优秀奖)")
# A prize of another contest or an award named in the win (全国数学竞赛一等奖, 国家科技进步奖), or a win of another
# time (去年, 曾, 此前): no place in the article's contest.
_ELSEWHERE = re.compile(r"赛|评选|奖|去年|前年|往年|曾|此前|上月|上周|以往|\d{4}年")
# What points back to the article's event in a win: 本次 of 获得本次交流会前六名.
_BACK_TO_THE_EVENT = re.compile(r"本次|此次|本届|这次")
# What names this contest or a round of it in a win: 本次比赛, 男子标枪决赛.
_THIS_CONTEST = re.compile(r"(?:本次|本届|此次)[\u4e00-\u9fff]{0,4}?(?:比赛|大赛|竞赛|赛事)|(?:半|总)?决赛|预赛|复赛|初赛|获奖选手")
_CONTEST = re.compile(r"(?:赛|运动会|选拔|评选)”?$")  # (赛 closes 锦标赛, 大赛, 竞赛 too)
# Who a person is before their verb: 来自青山中学的A (no verb of their own).
_FROM = re.compile(r"来自[^，,。；;、]{1,16}?的")


def _declared(c: "_Collector", s: Sentence, a: Article, people: list[Mention], inits: list[Mention]) -> None:
    """Who declares an event open takes part in it: 市长王五宣布青山运动会开幕 (the event right after 宣布, what
    happens to it right after its name, the people before 宣布 in its clause with no verb of their own).

    Examples:
        >>> from kg.text import parse
        >>> doc = parse("市长王五宣布青山运动会开幕。")
        >>> c, s = _Collector(doc), doc.articles[0].sentences[0]
        >>> games = Mention(6, 11, "Initiative", "青山运动会", 1)
        >>> _declared(c, s, doc.articles[0], [Mention(2, 4, "Person", "王五", 1)], [games]); [r.obj.text for r in c.out]
        ['王五']
    """
    text = c.doc.text
    for m in _DECLARES.finditer(s.text):
        at, end = s.offset(m.start()), s.offset(m.end())
        event = next((i for i in inits if i.start == end and _DECLARED.match(text, i.end) and EVENT.search(i.text)), None)
        if event is None:
            continue
        for p in people:
            if p.end <= at and _clause(text[p.end : at]) and not has_verb(text[p.end : at]):
                c.add(event, "participant", p, s, a)


def _winners(c: "_Collector", s: Sentence, a: Article, people: list[Mention], inits: list[Mention],
             main_event: Mention | None, sole: bool) -> None:
    """Who wins a place or a prize takes part in the contest: the one contest the sentence names before, or else the
    article's one event when it is a contest (…比赛, …锦标赛, …运动会) or the win points back to it (获得本次交流会前六名);
    the people (and teams) in the clause of 荣获第一名, 获一等奖, 并列第二名, 获得前八名, before the verb with no verb of
    their own (来自…的 aside).

    Examples:
        >>> from kg.text import parse
        >>> doc = parse("来自青山中学的王五荣获第一名，李四、赵六并列第二名。")
        >>> c, s = _Collector(doc), doc.articles[0].sentences[0]
        >>> contest = Mention(0, 0, "Initiative", "红河演讲比赛", 1)
        >>> people = [Mention(7, 9, "Person", "王五", 1), Mention(15, 17, "Person", "李四", 1), Mention(18, 20, "Person", "赵六", 1)]
        >>> _winners(c, s, doc.articles[0], people, [], contest, True); [r.obj.text for r in c.out]
        ['王五', '李四', '赵六']
        >>> doc = parse("最终，青山队、白石队获得本次交流会前六名，王五获得第一名。")
        >>> c, s = _Collector(doc), doc.articles[0].sentences[0]
        >>> teams = [Mention(3, 6, "Organization", "青山队", 1), Mention(7, 10, "Organization", "白石队", 1)]
        >>> meet = Mention(0, 0, "Initiative", "青山门球交流活动", 1)
        >>> _winners(c, s, doc.articles[0], teams, [], meet, True); [r.obj.text for r in c.out]
        ['青山队', '白石队']
    """
    text = c.doc.text
    named = {i.canonical or i.text: i for i in inits if _CONTEST.search(i.text)}
    for m in _WINS.finditer(s.text):
        at = s.offset(m.start())
        start = s.offset(m.start() - len(re.split(r"[，,。；;]", s.text[: m.start()])[-1]))
        clause = _THIS_CONTEST.sub("", _without(text, start, at, people))  # (the names aside: 曾 is a surname too)
        gap = _THIS_CONTEST.sub("", m.group(1))  # (男子标枪决赛冠军: a round of this contest)
        if _ELSEWHERE.search(gap) or _ELSEWHERE.search(clause):
            continue
        before = {n: i for n, i in named.items() if i.end <= at}
        if len(before) == 1:
            contest = next(iter(before.values()))
        elif (not before and sole and main_event is not None
              and (_CONTEST.search(main_event.text) or _BACK_TO_THE_EVENT.match(m.group(1)))  # (获得本次交流会前六名)
              and not re.search(r"(?:同期|另|其他)[^，,]*赛(?:事)?中[，,]", s.text[: m.start()])):  # (在同期举行的书法比赛中，)
            contest = main_event
        else:
            continue
        for p in people:
            own = _FROM.sub("", text[p.end : at])
            if p.end <= at and _clause(text[p.end : at]) and not has_verb(own):
                c.add(contest, "participant", p, s, a)


# Who is invited to give a talk or run an event named right after: 邀请A、B来我校进行了“…”讲座, 特邀专家A作…报告.
_GIVES = re.compile(r"[^，,。；;：:]{0,10}?(?:进行|作|做|开展|举办|主讲|带来)了?(?:一场|一次|一堂|题为)?")


def _invited_speakers(c: "_Collector", s: Sentence, a: Article, people: list[Mention], inits: list[Mention]) -> None:
    """People invited to give the event the clause names next take part in it: 学校邀请检察官A、B来我校进行了“…”讲座,
    青山中学邀请专家A作“…”专题讲座 (the invited, from 邀请 to the verb that gives the event, nothing but their titles,
    bodies and 、 between them and the verb).

    Examples:
        >>> from kg.text import parse
        >>> doc = parse("学校邀请检察官王大明、李小红来我校进行了“护苗”专题讲座。")
        >>> c, s = _Collector(doc), doc.articles[0].sentences[0]
        >>> people = [Mention(7, 10, "Person", "王大明", 1), Mention(11, 14, "Person", "李小红", 1)]
        >>> talk = Mention(20, 28, "Initiative", "“护苗”专题讲座", 1)
        >>> _invited_speakers(c, s, doc.articles[0], people, [talk]); [r.obj.text for r in c.out]
        ['王大明', '李小红']
    """
    text = c.doc.text
    for m in INVITE.finditer(s.text):
        at = s.offset(m.end())
        for init in sorted((i for i in inits if i.start > at), key=lambda i: i.start)[:1]:
            listed = [p for p in people if at <= p.start and p.end <= init.start]
            if not listed or re.search(r"[。；;！？]", text[at : init.start]):
                continue
            last = max(listed, key=lambda p: p.end)
            if _GIVES.fullmatch(text, last.end, init.start) and not _GIVES.match(text, at, listed[0].start):
                for p in listed:
                    c.add(init, "participant", p, s, a)


# The bodies with whose help or support a thing is done take part in it: 在A、B的大力协助下 (not 领导下: who leads).
_WITH_HELP = re.compile(r"在([^，,。；;在的]{2,80}?)的?(?:大力|积极|鼎力|全力|精心|悉心|热情)?"
                        r"(?:支持|协助|帮助|配合|指导|支持和帮助|支持与帮助|关心和支持|关心支持)下")
# The event itself right after the phrase: 在…支持下，活动圆满举行.
_THE_EVENT_GOES_ON = re.compile(r"[，,]?(?:本次|此次|这次)?(?:活动|比赛|赛事|晚会|会议|仪式|演出|展览)")
# Under whose lead or with whose help a thing is done: 在县委的坚强领导下, 在A的协助下.
_LED_OR_HELPED = re.compile(r"在[^，,。；;在]{2,80}?的[\u4e00-\u9fff]{0,4}?(?:领导|指导|支持|帮助|协助|关心|配合|关怀)下")


def _helped(c: "_Collector", s: Sentence, a: Article, actors: list[Mention], inits: list[Mention],
            main_event: Mention | None, sole: bool) -> None:
    """Bodies with whose help or support a thing is done take part in it (在青山局、白石社的大力协助下): in the
    initiative the sentence names after the phrase (or else before it), or in the article's one event where what
    follows the phrase points back at it (在…支持下，本次活动圆满举行; not 在…支持下，全镇粮食产量再创新高).

    Examples:
        >>> from kg.text import parse
        >>> doc = parse("青山服务队开展“送科技下乡”活动，在县科协的大力协助下，专家走进田间。")
        >>> c, s = _Collector(doc), doc.articles[0].sentences[0]
        >>> team, camp = Mention(0, 5, "Organization", "青山服务队", 1), Mention(7, 16, "Initiative", "“送科技下乡”活动", 1)
        >>> _helped(c, s, doc.articles[0], [team, Mention(18, 21, "Organization", "县科协", 1)], [camp], None, False)
        >>> [(r.subject.text, r.predicate, r.obj.text) for r in c.out]
        [('“送科技下乡”活动', 'participant', '县科协')]
    """
    for m in _WITH_HELP.finditer(s.text):
        b, e = s.offset(m.start(1)), s.offset(m.end(1))
        helpers = [o for o in actors if b <= o.start and o.end <= e]
        before = [i for i in inits if i.end <= b]
        after = [i for i in inits if i.start >= s.offset(m.end())]
        back = sole and (THIS_EVENT.search(s.text, m.end()) is not None or _THE_EVENT_GOES_ON.match(s.text, m.end()))
        target = after[0] if after else before[-1] if before else main_event if back else None
        if target is None:
            continue
        for o in helpers:
            c.add(target, "participant", o, s, a)


# What says which of a body's officials: 主要负责人, 相关负责同志, 有关领导, 分管领导 (the leader in charge of the work).
_OFFICIAL = "(?:主要|相关|有关|分管)"
# The officials of each unit of a kind (各乡镇相关负责人, 各单位相关部门负责人, 全县各乡镇（街道）干部; 相关 a verb to the
# tagger, read inside the span).
_EACH_UNITS = r"(?:全[县市区]|县直|市直)?各[\u4e00-\u9fff、（）()]{1,16}?(?:负责人|负责同志|领导|干部|代表)"
# A body's officials, after its name; or the officials of each unit of a kind listed after the bodies, whose own
# officials they stand for as well (A、B以及各县区企业相关负责人参加: A and B take part).
# Who of a body attend for it: its officials, its whole staff or members (全体人员, 全体委员, 干部职工), its delegates
# right before the verb or the list's next item (not a title of its own: 人大代表王五, 人大代表、政协委员).
_WHO_OF_IT = (r"(?:负责人|负责同志|领导|全体(?:干部职工|工作人员|人员|委员|成员|党员|干部|职工)|干部职工"
              r"|(?<!人大)代表(?=参加|出席|参与|列席|[、，,和及等]))")
_ITS_OWN = rf"的?{_OFFICIAL}?{_WHO_OF_IT}"
_ITS_OFFICIALS = re.compile(rf"{_ITS_OWN}"
                            r"|等[\u4e00-\u9fff\d]{0,6}?(?:媒体|单位|部门|企业|机构)"  # (…电视台、…中心等30余家单位参加了)
                            # (…中心、…大队、部分养殖业主等45人参加: groups of people listed after the bodies, counted;
                            # 共计 too: …大队、志愿者代表共计50余人)
                            r"|(?P<more>(?:、[^，,。；;、“”等的]{2,12}){1,4})(?:等|共计|共|合计)[\d一二三四五六七八九十百]+[余多]?[人名]"
                            rf"|(?:以及|及|和|还有)(?P<each>{_EACH_UNITS})")
# A body's officials, then the next body with its own: 负责人、 (市规划科负责人、市审计科负责人).
_OFFICIALS_AND = re.compile(rf"{_ITS_OWN}(?:、|和|及|以及)")
# Units of a kind listed between two bodies, named by whose they are (及相关处室、厅属文博单位、: the bodies' own, no
# name of their own; the list goes on over them).
_UNITS_OF_A_KIND_BETWEEN = re.compile(r"(?:、|和|及|以及)(?:(?:相关|有关|其他|各|所属|下属|直属|[\u4e00-\u9fff]属)"
                                      r"[\u4e00-\u9fff]{0,4}?(?:处室|科室|部门|单位|机构)(?:、|和|及|以及))+")
# A further group of those who attend, after the officials and a comma: ，以及各乡镇干部 (no verb in it), or the
# officials of each unit of a kind: ，各单位相关部门负责人.
_MORE_ATTEND = re.compile(r"^[，,](?=以及|及|还有)")
_EACH_ATTENDS = re.compile(rf"[，,]{_EACH_UNITS}")


def _officials_attend(bodies: list[Mention], text: str, at: int) -> list[Mention]:
    """The bodies whose officials attend, listed before them: 县委宣传部、县文化局主要负责人参加了… (the
    attending verb at ``at``, in the same clause, with no verb between): both bodies take part; so do they before the
    officials of each unit of a kind (县委宣传部、县文化局以及各乡镇相关负责人参加了…).

    Examples:
        >>> t = "县委宣传部、县文化局主要负责人参加了本次活动。"
        >>> bodies = [Mention(0, 5, "Organization", "县委宣传部", 1), Mention(6, 10, "Organization", "县文化局", 1)]
        >>> [o.text for o in _officials_attend(bodies, t, t.index("参加"))]
        ['县委宣传部', '县文化局']
        >>> t = "县委宣传部、县文化局主要负责人，以及各乡镇干部参加了本次活动。"  # (a further group after ，以及)
        >>> [o.text for o in _officials_attend(bodies, t, t.index("参加"))]
        ['县委宣传部', '县文化局']
        >>> t = "县委宣传部、县文化局分管领导，各乡镇相关负责人参加了本次活动。"  # (the leaders in charge; a group of 各)
        >>> [o.text for o in _officials_attend(bodies, t, t.index("参加"))]
        ['县委宣传部', '县文化局']
        >>> t = "县委宣传部、县文化局以及各乡镇、村文化站相关负责人参加了本次活动。"  # (with each unit's officials)
        >>> [o.text for o in _officials_attend(bodies, t, t.index("参加"))]
        ['县委宣传部', '县文化局']
        >>> t = "县委宣传部、县文化局和全县各乡镇（街道）干部参加了本次活动。"
        >>> [o.text for o in _officials_attend(bodies, t, t.index("参加"))]
        ['县委宣传部', '县文化局']
        >>> t = "县委宣传部、县文化局主要负责人介绍，王五参加了活动。"
        >>> _officials_attend(bodies, t, t.index("参加"))
        []
        >>> t = "县委宣传部全体人员、县文化局负责人参加了本次活动。"  # (each body with its own)
        >>> bodies = [Mention(0, 5, "Organization", "县委宣传部", 1), Mention(10, 14, "Organization", "县文化局", 1)]
        >>> [o.text for o in _officials_attend(bodies, t, t.index("参加"))]
        ['县委宣传部', '县文化局']
        >>> bodies = [Mention(0, 5, "Organization", "县委宣传部", 1), Mention(6, 10, "Organization", "县文化局", 1)]
        >>> t = "县委宣传部、县文化局等30余家单位参加了本次活动。"
        >>> [o.text for o in _officials_attend(bodies, t, t.index("参加"))]
        ['县委宣传部', '县文化局']
        >>> _officials_attend(bodies, "县委宣传部、县文化局等单位未参加。", 14)
        []
        >>> t = "县委宣传部及相关科室、局属单位、县文化局等单位的领导参加了本次活动。"  # (units of a kind between them)
        >>> bodies = [Mention(0, 5, "Organization", "县委宣传部", 1), Mention(16, 20, "Organization", "县文化局", 1)]
        >>> [o.text for o in _officials_attend(bodies, t, t.index("参加"))]
        ['县委宣传部', '县文化局']
    """
    ordered = sorted((o for o in bodies if o.end <= at), key=lambda o: o.start)
    # (not …等单位未参加)
    last = next((o for o in reversed(ordered) if (m := _ITS_OFFICIALS.match(text, o.end)) and _plain_group(m)
                 and _others_then_verb(text, m.end(), at) and not _NEGATED.search(text, m.end(), at)), None)
    listed: list[Mention] = []
    while last is not None:
        group = [last]
        for o in reversed(ordered[: ordered.index(last)]):
            # (each body with its own officials: 市规划科全体人员、市审计科负责人参加)
            if text[o.end : group[-1].start] not in ("、", "和", "及", "以及") \
                    and not _OFFICIALS_AND.fullmatch(text, o.end, group[-1].start) \
                    and not _UNITS_OF_A_KIND_BETWEEN.fullmatch(text, o.end, group[-1].start):
                break
            group.append(o)
        listed = group[::-1] + listed
        # (an earlier group of bodies and their officials, then a comma: A、B分管领导，各县区城管局主要负责人参加)
        first = group[-1].start
        earlier = ordered[: ordered.index(group[-1])]
        last = next((o for o in reversed(earlier) if (m := _ITS_OFFICIALS.match(text, o.end))
                     and _plain_group(m) and _COMMA_BEFORE_GROUP.fullmatch(text, m.end(), first)), None)
    return listed


def _plain_group(m: re.Match) -> bool:
    """Whether a match of :data:`_ITS_OFFICIALS` holds a plain group of each kind's units: no attending verb in it nor a
    clause of its own (以及各乡镇未参加会议的负责人参加了培训: not those who attend the meeting; 物流、快递网点 may be
    verbs to jieba, so no verb of any kind is asked for).

    Examples:
        >>> t, u = "A局以及各县物流、快递网点主要负责人参加会议", "A局以及各乡镇未参加会议的负责人参加了培训"
        >>> _plain_group(_ITS_OFFICIALS.match(t, 2)), _plain_group(_ITS_OFFICIALS.match(u, 2))
        (True, False)
    """
    return not re.search(rf"{TAKES_PART}|到会|的", m.group("each") or "") and not has_verb(m.group("more") or "")


# What stands between two groups of bodies and their officials who attend: a comma, 以及 or 各 (各县区城管局主要负责人).
_COMMA_BEFORE_GROUP = re.compile(r"[，,](?:以及|及|还有)?各?")


def _others_then_verb(text: str, start: int, at: int) -> bool:
    """Whether what stands between a body's officials (ending at ``start``) and the attending verb at ``at`` leaves
    them its subject: nothing, a further group after a comma with no verb (，以及各乡镇干部), or the officials of each
    unit of a kind (，各单位相关部门负责人).

    Examples:
        >>> t = "A局领导，各乡镇相关负责人参加"
        >>> u = "A局领导作了报告后参加"
        >>> _others_then_verb(t, 4, t.index("参加")), _others_then_verb(u, 4, u.index("参加"))
        (True, False)
    """
    rest = text[start:at]
    if _EACH_ATTENDS.fullmatch(rest):
        return True
    return _clause(_MORE_ATTEND.sub("", rest, count=1)) and not has_verb(rest)


def titles_before(text: str, people: list[Mention]) -> list[Mention]:
    """The titles written right before people's names (处长 of 科研处处长赵六), as mentions to leave out where the
    words between a person and a verb are read.

    Examples:
        >>> t = "处长王五、科长赵六参会"
        >>> [m.text for m in titles_before(t, [Mention(2, 4, "Person", "王五", 1), Mention(7, 9, "Person", "赵六", 1)])]
        ['处长', '科长']
    """
    out = []
    for p in people:
        title = _TITLE_BEFORE.search(text, max(0, p.start - 8), p.start)
        if title is not None:
            out.append(Mention(title.start(), p.start, "Title", title.group(), p.article))
    return out


_TITLE_BEFORE = re.compile(rf"(?:{TITLE_WORDS})$")


def _listed(own: str) -> str:
    """What follows a person up to the attending verb, less the words after the 等 or 及 (以及) that closes the list
    they stand in: those describe the whole list or the others in it (A、B等相关部门领导和师生代表参加了活动; A以及相关
    人员参加), and their nouns the tagger may read as verbs (领导, 代表, 相关); a verb before them is still the person's own.

    Examples:
        >>> _listed("、李四等相关部门领导和师生代表"), _listed("考察了工厂后"), _listed("以及相关人员")
        ('、李四', '考察了工厂后', '以')
        >>> _listed("考察工厂后与李四等"), _listed("考察了工厂及学校后")
        ('考察工厂后与李四', '考察了工厂')
    """
    for closer in ("等", "及"):
        own = own.rsplit(closer, 1)[0]
    return own


# A speech that ends its clause: 作总结讲话, 发表重要讲话, 作工作报告, 作动员讲话.
_SPEECH = re.compile(r"(?:[作做]了?|发表了?|进行了?)(?:[\u4e00-\u9fff]{0,2}?(?:总结|重要|工作|专题|动员|辅导|开班|交流|表态|典型))?(?:讲话|报告|发言)")


# Signing, in an event's name (…签约仪式) and as what people do at its end (代表双方签约, 签署协议).
_SIGNS = re.compile(r"(?:签约|签字|签署|签订)了?(?:[\u4e00-\u9fff]{0,6}?(?:协议书|协议|合同|备忘录))?")


# Unveiling, presenting a flag, a plaque or the awards, cutting the ribbon, laying the first stone: in a ceremony's name
# (…揭牌暨…授旗仪式) and as what people do at its end (A为…揭牌).
_UNVEILS = re.compile(r"揭牌|揭幕|授旗|授牌|剪彩|颁奖|奠基")


def _this_event(before: str, event: str) -> bool:
    """Whether the clause ``before`` an attending or hosting verb opens with 本次/此次/本届 and, up to 由, a
    name of the article's event: the end of its name (本次沙龙活动由, 本次研讨会由) or a run with its head
    (本次读书沙龙由 for “读书有约”沙龙活动); not a kind the name does not hold (本次培训由).

    Examples:
        >>> event = "“读书有约”沙龙活动"
        >>> [_this_event(b, event) for b in ("本次沙龙由王五", "本次读书沙龙由王五", "本次沙龙活动由", "本次培训由王五")]
        [True, True, True, False]
        >>> _this_event("本次研讨会由", "“读书有约”研讨会"), _this_event("本次研讨会由", "“读书有约”沙龙活动")
        (True, False)
    """
    clause = re.split(r"[，,。；;]", before)[-1]
    m = re.match(r"(?:本次|此次|这次|本届|本期)([\u4e00-\u9fff]{1,12}?)由", clause)
    if m is None:
        return False
    run, name = m.group(1), bare_name(event)
    bare = name[:-2] if name.endswith("活动") and len(name) > 2 else name  # (…沙龙活动: its head is 沙龙)
    if name.endswith(run) or bare.endswith(run):
        return True
    head = max((h for h in EVENT_HEADS if bare.endswith(h)), key=len, default=None)
    if head is None:
        ws = words(bare)
        head = ws[-1].text if ws and len(ws[-1].text) >= 2 else None
    return head is not None and run.endswith(head)


def _named_after_of(text: str, at: int, people: list[Mention], others: list[Mention]) -> list[Mention]:
    """Who attends an event named before 的 at ``at`` (来华出席青山峰会的红河国总统A): the first person after it,
    with at most a place and a title between (not 各国代表和A; a body only as it opens the title, 联合国秘书长A),
    and those listed after them the same way (A、蓝海国总理B).

    Examples:
        >>> text = "的红河国总统李四、赵六和王五"
        >>> people = [Mention(6, 8, "Person", "李四", 1), Mention(9, 11, "Person", "赵六", 1), Mention(12, 14, "Person", "王五", 1)]
        >>> [p.text for p in _named_after_of(text, 1, people, [Mention(1, 4, "Place", "红河国", 1)])]
        ['李四', '赵六']
        >>> [p.text for p in _named_after_of("的各国代表和李四", 1, [Mention(6, 8, "Person", "李四", 1)], [])]
        []
    """
    found: list[Mention] = []
    for p in sorted((p for p in people if p.start >= at), key=lambda p: p.start):
        if p.start < at:
            continue  # (a person inside the one before)
        # (a chain of titles, joined by 、: 县委常委、宣传部长A)
        cuts = [at, *(k + 1 for k in range(at, p.start) if text[k] == "、")]
        if not all(_titled(text, b, e, others) for b, e in zip(cuts, [*(k - 1 for k in cuts[1:]), p.start])):
            break
        found.append(p)
        if not text.startswith("、", p.end):
            break
        at = p.end + 1
    return found


def _titled(text: str, at: int, end: int, others: list[Mention]) -> bool:
    """Whether ``text[at:end]`` is a title or nothing, before a name or a title of a chain (县委常委 of 县委常委、宣传部长A):
    with at most a place or a body opening it (红河国总统, 联合国秘书长; not a body alone), no other mention in it, none
    of 和与同及 (not 各国代表和); a title that holds a body's name is one (宣传部长).

    Examples:
        >>> t = "县委常委、宣传部长"
        >>> others = [Mention(0, 2, "Organization", "县委", 1), Mention(5, 8, "Organization", "宣传部", 1)]
        >>> _titled(t, 0, 4, others), _titled(t, 5, 9, others), _titled(t, 0, 2, others)
        (True, True, False)
        >>> _titled("各国代表和", 0, 5, []), _titled("", 0, 0, [])
        (False, True)
    """
    if TITLE.fullmatch(text, at, end):
        return True  # (宣传部长: a body's name in the title)
    start, opener = at, None
    for o in sorted((o for o in others if o.type in ("Place", "Organization") and at <= o.start < end),
                    key=lambda o: (o.start, -o.end)):
        if o.start == start:
            start, opener = o.end, o  # a place or the person's body opens the title: 红河国总统, 联合国秘书长
    gap = text[start:end]
    return not (any(at <= o.start < end and o.end > start for o in others)  # another mention between
                or gap and not TITLE.fullmatch(gap) or re.search(r"[和与同及]", gap)
                or opener is not None and opener.type == "Organization" and not gap)


def _abbreviates(kind: str, name: str) -> bool:
    """Whether a ceremony called by its kind is the one named: its word (仪式, 典礼) in the name and the characters
    before it there in their order (晋衔仪式 of 晋升上将军衔仪式, 开园典礼 of …揭牌暨开园典礼仪式; not 签字仪式 of a forum).

    Examples:
        >>> _abbreviates("晋衔仪式", "晋升上将军衔仪式"), _abbreviates("开园典礼", "白石幼儿园开园典礼仪式"), _abbreviates("签字仪式", "青山论坛")
        (True, True, False)
    """
    at = 0
    for c in kind[:-2]:
        at = name.find(c, at) + 1
        if not at:
            return False
    return kind[-2:] in name


_UNNAMED_ITEM = re.compile(r"[\u4e00-\u9fff]{2,6}(?=、)")


def _bodies_listed_after(text: str, at: int, end: int, bodies: list[Mention]) -> list[Mention]:
    """The bodies listed from ``at``, joined by 、, 和, 及 or 以及, up to their officials (:data:`_ITS_OFFICIALS`) and no
    further than ``end``: those who attended named by their bodies (参加签约仪式的还有县教体局、县人社局相关领导: both);
    none where no officials close the list (…的还有县教体局、王五). A place among them (a zone, 开发区), or an item
    before a body that no mention names (各乡镇), is no body named; after the officials, 、 or 和 may list others
    (…相关领导、学校和企业的同志).

    Examples:
        >>> t = "的还有县教体局、县人社局相关领导。"
        >>> bodies = [Mention(3, 7, "Organization", "县教体局", 1), Mention(8, 12, "Organization", "县人社局", 1)]
        >>> [o.text for o in _bodies_listed_after(t, 3, len(t), bodies)]
        ['县教体局', '县人社局']
        >>> _bodies_listed_after("的还有县教体局、县人社局。", 3, 13, bodies)
        []
        >>> _bodies_listed_after("的还有县教体局、县人社局负责人推荐的代表。", 3, 21, bodies)
        []
        >>> t = "的还有县教体局、开发区、县人社局相关领导、各校的同志。"
        >>> listed = [bodies[0], Mention(8, 11, "Place", "开发区", 1), Mention(12, 16, "Organization", "县人社局", 1)]
        >>> [o.text for o in _bodies_listed_after(t, 3, len(t), listed)]
        ['县教体局', '县人社局']
        >>> len(_bodies_listed_after(t, 3, len(t), listed[::2]))  # (开发区 named by no mention)
        2
        >>> [o.text for o in _bodies_listed_after("的还有各乡镇、县人社局相关领导。", 3, 16,
        ...                                       [Mention(7, 11, "Organization", "县人社局", 1)])]
        ['县人社局']
    """
    by_start = {o.start: o for o in bodies}
    group: list[Mention] = []
    while at < end:
        unnamed = _UNNAMED_ITEM.match(text, at, end)
        if at not in by_start and unnamed and unnamed.end() + 1 in by_start:
            at = unnamed.end() + 1  # (an item no mention names, as 开发区, before a body)
        if at not in by_start:
            break
        o = by_start[at]
        group.append(o)
        officials = _ITS_OFFICIALS.match(text, o.end)
        if officials is not None and _plain_group(officials) and officials.end() <= end:
            # (the officials close the list: not 县人社局负责人推荐的企业代表, whom they sent; others may follow them)
            closed = re.match(r"[，,。；;！？!?、和]|$", text[officials.end() : officials.end() + 1])
            return [x for x in group if x.type == "Organization"] if closed else []
        joiner = next((j for j in ("、", "以及", "和", "及") if text.startswith(j, o.end)), None)
        if joiner is None:
            break
        at = o.end + len(joiner)
    return []


def _listed_after(text: str, at: int, end: int, people: list[Mention], others: list[Mention]) -> list[Mention]:
    """Those listed from ``at`` to ``end``, each with at most a title before them (:func:`_named_after_of`), the
    list going on after 、 or a comma, each name followed by the next one or the list's end (出席本次开幕式的有院长A，
    书记B: A and B; not C of …B，C因故未能出席).

    Examples:
        >>> text = "的有院长李四，书记王五，赵六因故未能出席。"
        >>> people = [Mention(4, 6, "Person", "李四", 1), Mention(9, 11, "Person", "王五", 1),
        ...           Mention(12, 14, "Person", "赵六", 1)]
        >>> [p.text for p in _listed_after(text, 2, len(text), people, [])]
        ['李四', '王五']
    """
    found: list[Mention] = []
    while at < end:
        listed = [p for p in _named_after_of(text, at, people, others) if p.end <= end]
        listed = listed[: next((i for i, p in enumerate(listed) if not _IN_THE_LIST.match(text[p.end : end])),
                               len(listed))]
        if not listed:
            break
        found += listed
        if text[listed[-1].end : listed[-1].end + 1] not in ("，", ","):
            break
        at = listed[-1].end + 1
    return found


# 在座谈会上介绍, 在会上发言: where a speech is given, named by the event's kind.
_SPEAKS_AT = re.compile(r"在(?:本次|此次|这次)?((?:[\u4e00-\u9fff]{1,4}?(?=仪式|典礼))?"
                        r"(?:会|会议|大会|座谈会|论坛|仪式|开幕式|闭幕式|发布会|研讨会|典礼|晚会))上"  # (在奠基仪式上)
                        r"|向(全会|大会|会议)(?=作)")  # (a report given to the meeting: 县长王五向全会作了…报告)


def _speakers(c: "_Collector", s: Sentence, a: Article, people: list[Mention], events: list[Mention],
              main_event: Mention | None = None) -> None:
    """People who speak 在座谈会上, 在会上 (介绍, 发言, 提出 …) take part in the article's one event of
    that kind (座谈会上: its one …座谈会; 会上: its one meeting, not its 运动会 or 音乐会) named at or before
    the sentence: where there are several, the last the sentence itself names before, else ``main_event`` where the
    headline names it and no verb that holds an event stands before in the sentence (去年召开了…，王五在会上…: another);
    people named in their clause before the verb (A、B在座谈会上介绍…; not 李四说，王五在会上…, where 李四 has a verb of
    his own). 向全会作… (a report to the session, 向大会, 向会议) is said at the article's meeting too.

    Examples:
        >>> from kg.text import parse
        >>> doc = parse("青山座谈会开幕，王五在座谈会上发言。")
        >>> c, s = _Collector(doc), doc.articles[0].sentences[0]
        >>> meeting = Mention(0, 5, "Initiative", "青山座谈会", 1)
        >>> _speakers(c, s, doc.articles[0], [Mention(8, 10, "Person", "王五", 1)], [meeting])
        >>> [(r.subject.text, r.predicate, r.obj.text) for r in c.out]
        [('青山座谈会', 'participant', '王五')]
    """
    text = c.doc.text
    for m in _SPEAKS_AT.finditer(s.text):
        at, end = s.offset(m.start()), s.offset(m.end())
        if m.group(2) is None and not SPEAKS.match(text, end, s.end):
            continue
        kind = m.group(1) or m.group(2)
        ends = MEETING_HEADS if kind in ("会", "会议") or m.group(2) else (kind,)
        named = {e.canonical or e.text: e for e in events
                 if (e.canonical or e.text).rstrip("”").endswith(ends) and e.start < s.end}  # (not one named later)
        named = _longest_forms(named)
        # (the article's event where its headline names it: not one of two the sentence names, 青山会和红河会先后召开)
        main = main_event and (main_event.canonical or main_event.text) in (a.headline or "") and next(
            (e for e in named.values() if same_event(e, main_event)), None)
        here = [e for e in named.values() if s.start <= e.start < at]  # (…召开了青山会议，王五在会上…: that one)
        if here:
            target = max(here, key=lambda e: e.start)
        elif len(named) == 1:
            target = next(iter(named.values()))
        elif main and not re.search(HOLD_VERB, text[s.start : at]):  # (去年，镇里召开了…，李四在会上…: another)
            target = main
        else:
            continue  # no event of that kind, or several, none the article's: which one?
        for p in people:
            own = text[p.end : at]
            if p.end <= at and _clause(own) and not has_verb(own):
                c.add(target, "participant", p, s, a)


def _spoke_at(c: "_Collector", s: Sentence, a: Article, people: list[Mention], inits: list[Mention],
              others: list[Mention]) -> None:
    """People who speak in the clause right after X会上， take part in X, the event named there: the clause's subject
    with only titles before them (在青山县召开的森林防火电话会上，县长王五汇报了…; not 李四 of …，王五要求李四汇报).

    Examples:
        >>> from kg.text import parse
        >>> doc = parse("在昨天召开的青山防汛视频会上，县长王五汇报了工作。")
        >>> c, s = _Collector(doc), doc.articles[0].sentences[0]
        >>> meeting = Mention(6, 13, "Initiative", "青山防汛视频会", 1)
        >>> _spoke_at(c, s, doc.articles[0], [Mention(17, 19, "Person", "王五", 1)], [meeting], [])
        >>> [(r.subject.text, r.predicate, r.obj.text) for r in c.out]
        [('青山防汛视频会', 'participant', '王五')]
    """
    text = c.doc.text
    for init in inits:
        close = _ON_THE_STAGE.match(text, init.end)
        if close is None:
            continue
        for p in people:
            if p.start >= close.end() and not has_verb(_without(text, close.end(), p.start, [*people, *others])) \
                    and SPEAKS.match(text, p.end, s.end):
                c.add(init, "participant", p, s, a)


def _names_back(after: str, event: str) -> bool:
    """Whether ``after`` (what follows an attending verb) opens with the head of the event's
    name and nothing more: 出席了晚会 for the article's “慈善之春”专场晚会, 参观博览会 for
    its 中非经贸博览会.

    Examples:
        >>> _names_back("了晚会。", "“慈善之春”专场晚会"), _names_back("博览会并致辞", "第三届中非经贸博览会")
        (True, True)
        >>> _names_back("奠基仪式现场。", "青山名城奠基仪式")
        True
        >>> _names_back("晚会组委会会议", "新春晚会"), _names_back("了会见", "迎春晚会")
        (False, False)
        >>> _names_back("义诊现场慰问", "秋季大型义诊活动"), _names_back("事故现场查看", "秋季大型义诊活动")
        (True, False)
    """
    rest = after[1:] if after.startswith(("了", "并")) else after
    name = event.rstrip("”")
    for k in (4, 3, 2):
        if len(name) > k and rest.startswith(name[-k:]):
            following = rest[k : k + 1]
            return (not following or not "\u4e00" <= following <= "\u9fff" or following in "并上时期间"
                    or rest[k : k + 2] in ("现场", "会场"))  # 莅临奠基仪式现场
    # (到义诊现场 for the article's 秋季大型义诊活动: the activity's place, by the words before 活动)
    kind = re.match(r"[\u4e00-\u9fff]{2,4}?(?=现场)", rest)
    return kind is not None and name.endswith(kind.group() + "活动") and len(name) > len(kind.group()) + 2


def _described(after: str, events: list[Mention]) -> Mention | None:
    """The article's event that ``after`` (what follows an attending verb) describes by a word of its name, then 的,
    closing its clause with the last four characters of the name (出席了三个项目的开工奠基仪式 for its …项目开工奠基仪式;
    not 邻镇的开工奠基仪式, nor 省里的工作会议 for its 防汛工作会议); None for none or several (an event named in full
    there is read as such before).

    Examples:
        >>> event = Mention(0, 10, "Initiative", "青山项目开工奠基仪式", 1)
        >>> _described("了三个项目的开工奠基仪式。", [event]) is event, _described("了村里的婚礼仪式。", [event])
        (True, None)
        >>> _described("了邻镇的开工奠基仪式。", [event]), _described("的开工奠基仪式。", [event])
        (None, None)
    """
    clause = re.split(r"[，,。；;！？!?]", after[1:] if after.startswith("了") else after)[0]
    described = words(clause.split("的")[0]) if "的" in clause else ()
    said = described[-1].text if described else ""  # (两个项目的…: 项目 of its name)
    found = {e.text: e for e in events if clause.endswith(e.text.rstrip("”")[-4:]) and len(said) >= 2 and said in e.text}
    found = _longest_forms(found)
    return next(iter(found.values())) if len(found) == 1 else None


# One activity of an event named before it: 第五届青山茶博会活动之一，…; …的系列活动之一，….
_ONE_OF = re.compile(r"的?(?:系列|配套|重要|主要)?活动之一[，,]")


def _one_activity_of(event: Mention | None, events: list[Mention], text: str) -> Mention | None:
    """The event named right after ``event`` as one activity of it (第五届青山茶博会活动之一，青山茶叶推介会在…举行:
    the 推介会, what the article reports), else ``event``.

    Examples:
        >>> t = "第五届青山茶博会活动之一，青山茶叶推介会在白石市举行。"
        >>> fair, talk = Mention(0, 8, "Initiative", "第五届青山茶博会", 1), Mention(13, 20, "Initiative", "青山茶叶推介会", 1)
        >>> _one_activity_of(fair, [fair, talk], t).text, _one_activity_of(fair, [fair, talk], t.replace("之一", "")).text
        ('青山茶叶推介会', '第五届青山茶博会')
    """
    if event is None:
        return None
    one_of = _ONE_OF.match(text, event.end)
    return next((e for e in events if one_of and e.start == one_of.end()), event)


def _longest_forms(named: dict[str, Mention]) -> dict[str, Mention]:
    """The events by name, less the names that end a longer one (its short forms: 项目开工仪式 of 青山项目开工仪式).

    Examples:
        >>> sorted(_longest_forms({"青山项目开工仪式": 1, "项目开工仪式": 2, "座谈会": 3}))
        ['座谈会', '青山项目开工仪式']
    """
    return {n: e for n, e in named.items() if not any(o != n and o.endswith(n) for o in named)}


def _hosts(c: "_Collector", s: Sentence, a: Article, actors: list[Mention], inits: list[Mention],
           main_event: Mention | None, events: list[Mention]) -> None:
    """Bodies that host an event (由X主办，Y承办；X协办): its organizers (协办 too: they help organize it).
    The event is the one the sentence names, else the one of the article's that 本次 names before 由 (本次推介会由…
    in an article that first reports a congress, then a fair's talks), else the article's when the sentence speaks
    of 本次活动, 此次会议 …"""
    text = c.doc.text
    bys = [m.end() for m in re.finditer("由", s.text)]
    this = {e.text: e for e in events if any(_this_event(s.text[:b], e.text) for b in bys)}  # (the main event too)
    named = _longest_forms(this)
    if inits or len(named) == 1:
        target = inits[0] if inits else next(iter(named.values()))
    else:
        target = main_event if THIS_EVENT.search(s.text) or _HOSTED_BY.search(s.text) \
            or main_event is not None and (_opens_with_its_head(s.text, main_event.text) or main_event.text in this) \
            else None
    if target is None:
        return
    for o in actors:
        # 由X、Y联合主办, X联合Y主办: the bodies listed or joined (联合) before the host verb host too; so do they after
        # 由 before 举办, 举行, 组织 or 开展 right before the event (由X联合Y、Z举办的“全民健身月”活动)
        listed = [o]
        while True:
            prev = max((x for x in actors if x.end < listed[-1].start
                        and text[x.end : listed[-1].start] in (*LIST_JOINS, *TOGETHER_WITH)),
                       key=lambda x: x.end - x.start, default=None)  # (共青团青山市委, not the 共青团 in it)
            if prev is None:  # (or over an item no recognizer read: A、青山农商行、B)
                prev = max((x for x in actors if x.end < listed[-1].start
                            and _unread_item(text[x.end : listed[-1].start])),
                           key=lambda x: x.end - x.start, default=None)
            if prev is None:
                break
            listed.append(prev)
        # (the host verb right after the body, or after a village listed with it, which hosts too: A、青山村承办)
        at = s.local(o.end)
        more = _LAST_ITEM.match(s.text, at)
        if HOSTS.match(s.text, at) or more:
            for x in listed:
                c.add(target, "organizer", x, s, a)
        elif _BACKS.match(text, o.end):  # (由X指导，A、B赞助的Y: who guides or backs Y takes part in it)
            for x in listed:
                c.add(target, "participant", x, s, a)
        elif (held := _HELD_BY.match(text, o.end)) and text.endswith("由", 0, listed[-1].start):
            # after 由, the event the verb names: the one right after it or its 的, or the one 由 follows (Y由X联合组织开展),
            # not another of the sentence (not what is inspected either: 由X对Y开展的检查; nor a venue: 在青山市委党校举行的…)
            closes = _CLAUSE_CLOSES.match(text, held.end()) is not None  # (not 由X开展专项审计: what X does to it)
            for event in (i for i in inits if 0 <= i.start - held.end() <= 2
                          or closes and FOUNDED_BY.fullmatch(text, i.end, listed[-1].start)):  # (Y是由X举办)
                for x in listed:
                    c.add(event, "organizer", x, s, a)


# One more item of a list after a body, right before the host verb, named as a village, a town or a community is
# (…文化站、青山村承办; 各村 too): it hosts with the body, which is an organizer.
_LAST_ITEM = re.compile(r"、[\u4e00-\u9fff]{1,8}(?:村|镇|乡|社区|街道)(?=(?:联合|共同)?(?:" + "|".join(HOST_VERBS) + "))")


def _unread_item(between: str) -> bool:
    """Whether what stands between two listed hosts is one more item of the list that no recognizer read, a name's
    length of characters and no verb, between two 、 (A、青山农商行、B主办: the list goes on over it).

    Examples:
        >>> _unread_item("、青山农商行、"), _unread_item("、"), _unread_item("、并组织"), _unread_item("、开展活动、")
        (True, False, False, False)
        >>> _unread_item("、全县中小学校幼儿园家长学校代表、")  # (longer than a name)
        False
    """
    return bool(re.fullmatch(r"、[\u4e00-\u9fff]{2,10}、", between)) and not has_verb(between[1:-1])


# The end of a clause right after a verb, 了 at most between (…由X联合组织开展。).
_CLAUSE_CLOSES = re.compile(r"了?(?:[，,。；;！!]|$)")
# What bodies after 由 do to an event they host, besides the host verbs: 由X举办的…, 由X联合Y组织开展的…, 由X隆重举办.
_HELD_BY = re.compile(r"(?:联合|共同)?" + HOLD_ADVERB + r"(?:组织)?(?:举办|举行|组织|开展)")  # (由X隆重举办)

# The article's event named by its kind in a later clause, then its hosts: …，活动由X主办.
_HOSTED_BY = re.compile(r"[，,；;](?:仪式|会议|大会|活动|典礼|座谈会|比赛|赛事|论坛|沙龙|讲座|展览)由")

# A body's officials who speak: 财政部有关负责人表示, X、Y负责同志…发言.
_OFFICIALS = re.compile(r"(?:相关|有关)?(?:主要)?负责(?:人|同志)(?:介绍|表示|发言|通报|回答|说|指出|答记者问)")


def _officials(c: "_Collector", s: Sentence, a: Article, actors: list[Mention], events: list[Mention]) -> None:
    """Bodies whose officials speak after the sentence named an event (青山市政府举行新闻发布会，
    市教育局有关负责人介绍…) take part in it, with the bodies listed before them (A、B负责同志发言).

    Examples:
        >>> from kg.text import parse
        >>> doc = parse("青山市政府举行新闻发布会，市教育局有关负责人介绍情况。")
        >>> c, s = _Collector(doc), doc.articles[0].sentences[0]
        >>> event = Mention(7, 12, "Initiative", "新闻发布会", 1)
        >>> bureau = Mention(13, 17, "Organization", "市教育局", 1)
        >>> _officials(c, s, doc.articles[0], [Mention(0, 5, "Organization", "青山市政府", 1), bureau], [event])
        >>> [(r.subject.text, r.predicate, r.obj.text) for r in c.out]
        [('新闻发布会', 'participant', '市教育局')]
    """
    text = c.doc.text
    for o in actors:
        if not _OFFICIALS.match(s.text, s.local(o.end)):
            continue
        target = max((e for e in events if e.end <= o.start), key=lambda e: e.start, default=None)
        if target is None:
            continue
        listed = [o]
        for x in sorted((x for x in actors if x.end <= o.start), key=lambda x: -x.start):
            if text[x.end : listed[-1].start] not in ("、", "和", "及", "与"):
                break
            listed.append(x)
        for x in listed:
            c.add(target, "participant", x, s, a)


# Bodies that speak at a meeting: …作了交流发言, 进行表态发言, 作典型发言 (a body's speech is a 发言, not a 讲话).
_BODIES_SPEAK = re.compile(r"(?:在会上)?(?:[作做]了?|进行了?)(?:大会)?(?:交流|表态|典型|经验交流)?发言"
                           r"|进行了?(?:大会|经验)交流"  # (进行了大会交流: spoke to the meeting; not 进行了交流, a talk)
                           r"|(?:汇报|宣读)了?")  # (reported to it, read a letter out: 县卫健局负责人汇报了…)
# What opens the next step of the article's meeting: 随后, 接着, 最后.
_NEXT = re.compile(r"随后|接着|然后|之后|最后|其后|紧接着")
# What may stand between the bodies that speak and their speech: 等单位 (a kind of body, no name), then who speaks
# for them (负责人, 有关负责同志, 调解员代表; no body's unit: not 等镇农办负责人, whose towns own the office).
# Where what they spoke on begins: 分别就, 围绕.
_TOPIC = re.compile(r"(?:分别)?(?:就|围绕)")
_SPEAKERS_OF = re.compile(rf"(?:等(?:成员)?(?:单位|部门|县区|县市区|乡镇|企业|地))?(?:的)?{_OFFICIAL}?"
                          r"(?:负责人|负责同志|领导|(?:相关|工作)人员|[^办局部委处科室所队站院会]{0,3}?代表)?"
                          rf"(?:{_TOPIC.pattern}[^，,。；;：:]{{2,30}}?)?")  # (…分别就老年教育等方面: what each spoke on)


def _speaking_bodies(c: "_Collector", s: Sentence, a: Article, actors: list[Mention], event: Mention | None) -> None:
    """Bodies (and places: 铁力市 for its government) listed as the subject of a speech at a meeting that opens the
    sentence, or its clause right after 会上 (A、B等单位作了交流发言; 会上，A、B负责人进行表态发言; A、B等成员单位分别就…
    进行了大会交流), take part in ``event``, the article's one meeting named before the sentence; not a speech another
    clause places elsewhere (去年，…; 在上月召开的全市会议上，…).

    Examples:
        >>> from kg.text import parse
        >>> doc = parse("全县春耕工作会议召开。县农业局、白石镇等单位负责人作了交流发言。")
        >>> c, a = _Collector(doc), doc.articles[0]
        >>> meeting = Mention(0, 8, "Initiative", "全县春耕工作会议", 1)
        >>> bodies = [Mention(11, 15, "Organization", "县农业局", 1), Mention(16, 19, "Place", "白石镇", 1)]
        >>> _speaking_bodies(c, a.sentences[1], a, bodies, meeting)
        >>> [(r.subject.text, r.predicate, r.obj.text) for r in c.out]
        [('全县春耕工作会议', 'participant', '县农业局'), ('全县春耕工作会议', 'participant', '白石镇')]
    """
    if event is None or event.start >= s.start:
        return
    text = c.doc.text
    inside = [(x.start, x.end) for x in actors]
    for m in _BODIES_SPEAK.finditer(s.text):
        at = s.offset(m.start())
        opens = max([0, *(x.end() for x in _CLAUSE_MARK.finditer(s.text, 0, m.start()))])
        if opens and not (AT_THE_EVENT.fullmatch(s.text, 0, opens - 1) or _NEXT.fullmatch(s.text, 0, opens - 1)):
            continue  # (the speech's clause is the sentence's first, or the one after 会上 or 随后)
        clause = s.offset(opens)
        # (what they spoke on, 分别就…, names no speaker: 就县委提出的问题, 围绕县应急管理局部署的任务)
        topic = next((t.start() for t in _TOPIC.finditer(text, clause, at)
                      if not any(b <= t.start() < e for b, e in inside)), at)
        listed = sorted((x for x in actors if clause <= x.start and x.end <= topic), key=lambda x: x.start)
        # (the clause is the bodies, their joins and who speaks for them: not 王五介绍了县农业局的做法并发言)
        spoken = re.sub(r"、|和|及|以及", "", _without(text, clause, topic, listed)) + text[topic:at]
        if not listed or _SPEAKERS_OF.fullmatch(spoken) is None:
            continue
        # (A、B等县委宣传部: the body after 等 speaks, the places before it say whose it is)
        owned = [i for i, x in enumerate(listed) if i and text[x.start - 1 : x.start] == "等"]
        listed = listed[owned[-1] :] if owned else listed
        for x, next_one in zip(listed, [*listed[1:], None]):
            if next_one is None or next_one.start != x.end:  # (东山区欣新社区: the community, not the district it is in)
                c.add(event, "participant", x, s, a)


def _opens_with_its_head(sentence: str, event: str) -> bool:
    """Whether a sentence opens with the head of the article's event and 由 (音乐会由A主办 for its
    “青山新年音乐会”): the event is named again by its kind.

    Examples:
        >>> _opens_with_its_head("音乐会由青山剧院主办。", "“青山新年音乐会”"), _opens_with_its_head("由青山剧院主办。", "青山音乐会")
        (True, False)
        >>> _opens_with_its_head("峰会由青山市政府主办。", "青山峰会"), _opens_with_its_head("山峰会由A主办。", "青山峰会")
        (True, False)
        >>> _opens_with_its_head("推介会主题为“同心共进”，由青山市政府主办。", "青山投资推介会")
        True
    """
    name = event.rstrip("”")
    head = max((h for h in EVENT_HEADS if name.endswith(h)), key=len, default=None)
    # (or a clause about it first: 推介会主题为“…”，由A主办)
    return head is not None and len(name) > len(head) and (
        sentence.startswith(head + "由") or re.match(re.escape(head) + r"[^，,。；;：:]{0,30}[，,]由", sentence) is not None)


def _places_from(places: list[Mention], at: int, text: str = "") -> list[Mention]:
    """The places that follow one another from offset ``at`` (青山县 then 黄河镇, or 哈萨克斯坦首都
    阿斯塔纳 in ``text``); none when no place starts there.

    Examples:
        >>> found = [Mention(5, 8, "Place", "黄河镇", 1), Mention(2, 5, "Place", "青山县", 1)]
        >>> [m.text for m in _places_from(found, 2)], _places_from(found, 0)
        (['青山县', '黄河镇'], [])
    """
    run: list[Mention] = []
    for p in sorted(places, key=lambda x: x.start):
        if (_adjacent(text, run[-1], p) if run else p.start == at):
            run.append(p)
    return run


# The division the text named before, by its level alone: 在该县筑先广场举行.
_THIS_DIVISION = re.compile("该[省市县区州旗盟镇乡]")


def _held_at(c: "_Collector", s: Sentence, a: Article, subjects: list[Mention], places: list[Mention]) -> None:
    """An event or a body, then 在 a place and what happens there: the place is its location
    (…博览会在浙江乌镇开幕: the last of adjacent places, the most precise). A body is where it is
    founded or opened (…公司在苏州揭牌), not where it holds something, nor where an event named
    after it is held (…公司党建活动在青山村举行); 位于, 坐落于 and 地处 say where it is, and a body that settles there
    (落户) is there.

    Examples:
        >>> from kg.text import parse
        >>> doc = parse("青山公司坐落于黄河镇。")
        >>> c, s = _Collector(doc), doc.articles[0].sentences[0]
        >>> firm, town = Mention(0, 4, "Organization", "青山公司", 1), Mention(7, 10, "Place", "黄河镇", 1)
        >>> _held_at(c, s, doc.articles[0], [firm], [town])
        >>> [(r.subject.text, r.predicate, r.obj.text) for r in c.out]
        [('青山公司', 'location', '黄河镇')]
        >>> doc = parse("青山研究院正式落户黄河镇。")
        >>> c, s = _Collector(doc), doc.articles[0].sentences[0]
        >>> body, town = Mention(0, 5, "Organization", "青山研究院", 1), Mention(9, 12, "Place", "黄河镇", 1)
        >>> _held_at(c, s, doc.articles[0], [body], [town])
        >>> [(r.subject.text, r.predicate, r.obj.text) for r in c.out]
        [('青山研究院', 'location', '黄河镇')]
    """
    text = c.doc.text
    first = min((x for x in subjects if x.type != "Place"), key=lambda m: m.start, default=None)
    for subject in subjects:
        lies = _LIES_IN.match(text, subject.end, s.end) or (
            _SETTLES_IN.match(text, subject.end, s.end) if subject.type == "Organization" else None)
        opens = text[s.start : subject.start]  # the subject opens the sentence, after 据了解， at most
        if (lies is None and subject.type == "Organization" and subject is first
                and (not opens or opens.endswith(("，", ",")) and len(opens) <= 6)):
            # 青山公司成立于2010年，位于黄河镇: the sentence's subject, a clause later
            later = _LIES_LATER.search(text, subject.end, s.end)
            if later and not any(subject.end <= m.start < later.start() for m in subjects + places):
                lies = _LIES_IN.match(text, later.start() + 1)
                run = _places_from(places, lies.end(), text)
                if run and text.startswith("的", run[-1].end):
                    lies = None  # …，位于青山县的新工厂: what lies there comes after
        if lies:
            run = _places_from(places, lies.end(), text)
            if run and "落户" in lies.group() and text.startswith("的", run[-1].end):
                continue  # (浙江大学落户衢州市的研究院: what settled there comes after)
            if run and subject.type != "Place":  # the most precise of adjacent places: 坐落于青山县黄河镇 → 黄河镇
                c.add(subject, "location", run[-1], s, a)
            elif run and _lies_in(subject.text, run[-1].text):
                c.add(subject, "containedInPlace", run[-1], s, a)
            continue
        if subject.type == "Place":
            continue  # a place is where it lies (位于), not where something happens
        at = text.find("在", subject.end, s.end) + 1
        if not at or not _clause(text[subject.end : at]) or at - subject.end > 16:
            continue
        if subject.type == "Organization" and at - subject.end > 3:
            continue
        if OWN_DIVISION.match(text, at):
            at += 2  # 在我市青山区…举行: the publisher's own division before the places
        elif _THIS_DIVISION.match(text, at) and not any(p.start == at for p in places):
            # (or the one named before, 该县, where no place's name opens with it: 该县人民政府会议室; its level
            # character too, where a place's opens there: 在该县政府会议室)
            at += 1 if any(p.start == at + 1 for p in places) else 2
        where = _place_list(places, at, text)
        if not where and subject.type == "Initiative":
            # …大赛在红星集团培训中心开幕: a body named as the venue (the longest that starts there) is where it is
            hall = max((o for o in subjects if o.type == "Organization" and o.start == at), key=lambda o: o.end,
                       default=None)
            if hall is not None and _VENUE_HAPPENS.match(text, hall.end, s.end):
                c.add(subject, "location", hall, s, a)
            continue
        rest = _HOW_MANY.sub("", text[where[-1].end : s.end], count=1) if where else ""
        happens = HAPPENS.match(rest)
        if happens and (subject.type != "Organization" or happens.group() in OPENS and len(where) == 1):
            for p in where:  # (a body opens in one place: 国网在A、B分别开工… builds, it is not there)
                c.add(subject, "location", p, s, a)


def _lying_in(c: "_Collector", s: Sentence, a: Article, subjects: list[Mention], places: list[Mention]) -> None:
    """位于 a place 的 a body or an event: the place is its location (来到位于青山县的红星公司, the most precise of
    adjacent places).

    Examples:
        >>> from kg.text import parse
        >>> doc = parse("他来到位于青山县的红星公司。")
        >>> c, s = _Collector(doc), doc.articles[0].sentences[0]
        >>> county, firm = Mention(5, 8, "Place", "青山县", 1), Mention(9, 13, "Organization", "红星公司", 1)
        >>> _lying_in(c, s, doc.articles[0], [firm], [county]); [(r.subject.text, r.obj.text) for r in c.out]
        [('红星公司', '青山县')]
    """
    text = c.doc.text
    for m in _LIES_IN.finditer(s.text):
        run = _places_from(places, s.offset(m.end()), text)
        if run and text.startswith("的", run[-1].end):
            for subject in subjects:
                if subject.start == run[-1].end + 1 and subject.type in ("Organization", "Initiative"):
                    c.add(subject, "location", run[-1], s, a)


# What an event does at a body named as its venue: 在X中心开幕, 在X礼堂隆重举行 (not 在X成立: a body founded in one).
_VENUE_HAPPENS = re.compile(HOLD_ADVERB + rf"(?:{HOLD_VERB}|开幕|闭幕|开赛|开班|开讲)")

# What may stand between a list of places and what happens there: 两地, 等地, 同时, 分别.
_HOW_MANY = re.compile(r"^(?:[两三四五六七八九十\d]+地|等地|等[\d两三四五六七八九十]+个?(?:城市|地区?|省份?|市|县|区|国家?))?"
                       r"(?:同时|分别|先后|陆续)?")
_LIST_JOINS = (*LIST_JOINS, "以及")


def _place_list(places: list[Mention], at: int, text: str) -> list[Mention]:
    """The places listed from offset ``at`` (在郑州、洛阳和开封…): the most precise of each run of
    adjacent places (青山县黄河镇 → 黄河镇), the runs joined by 、 和 及 与.

    Examples:
        >>> t = "在郑州、洛阳和开封"
        >>> found = [Mention(1, 3, "Place", "郑州", 1), Mention(4, 6, "Place", "洛阳", 1), Mention(7, 9, "Place", "开封", 1)]
        >>> [m.text for m in _place_list(found, 1, t)]
        ['郑州', '洛阳', '开封']
    """
    out: list[Mention] = []
    while True:
        run = _places_from(places, at, text)
        if not run:
            return out
        out.append(run[-1])
        join = next((j for j in _LIST_JOINS if text.startswith(j, run[-1].end)), None)
        if join is None:
            return out
        at = run[-1].end + len(join)


_GOES_TO = re.compile(r"(?:到|赴|在|走进|来到|前往|深入)(?:[\u4e00-\u9fff]{1,8}的)?$")  # 到结对的社区
_CARRIES_OUT = re.compile(r"^(?:组织|联合|共同)?(?:开展|举办|举行|召开|启动|进行)了?“?$")


# 在 in a clause before a verb of attending or speaking: somewhere other than the article's event (李四在北京出席), unless
# it is at the opening or closing ceremony, which the article's event has (张三在开幕式上致欢迎词; not 曾在开幕式上, 原定在,
# nor 在座谈会上, 在典礼上: another meeting may be so called).
_AT_ANOTHER_PLACE = re.compile(r"(?:曾|拟|将|原定|计划)在|在(?!(?:开幕式|闭幕式|开幕仪式|闭幕仪式)上)")
# A sentence about what happened at the article's event, and who speaks there.
AT_THE_EVENT = re.compile(r"(?:[\d一二三四五六七八九十]+[月日号]\S{0,6}?[，,])?(?:(?:开工|签约|启动|揭牌|授牌|颁奖|开班|典礼)?"
                          rf"{AT_AN_EVENT.pattern}|活动中(?!心)|活动上|(?:会议|大会|活动|论坛)期间)")
SPEAKS = re.compile(r"(?:同志)?(?:[^，,。；;的被]{0,12}?)(?:讲话|致辞|发言|宣读|作了?(?:报告|讲话|发言|总结)|主持|介绍|指出|提出|强调|表示|要求"
                    r"|分享|解读|汇报|点评|演讲|宣布|发布|通报|传达|部署)")
_CLAUSE_MARK = re.compile(r"[，,；;：:]")
# Who was not at the meeting: 缺席的副县长李四, 因故未出席的….
_ABSENT = re.compile(r"缺席|请假|未能?(?:出席|到会|参会)")
# A body's units after it: 总务部所辖的能源管理中心, 集团下属企业, 公司旗下的品牌.
_UNDER = re.compile(r"(?:所辖|下属|旗下|所属)的?")
# What two parties do together, after a list of bodies: the last one is a partner, no unit.
_DEALS = re.compile(r"(?:签订|签署|签约|合作|共同|联合|达成)")
# What may follow a person who ends an item of a list: nothing, a form of address, 等 and what it sums up.
_ENDS_ITEM = re.compile(r"(?:同志|先生|女士|教授|博士|院士)?(?:等[\u4e00-\u9fff\d]{0,8}?(?:人|同志|领导|代表|嘉宾|专家|学者|人士|企业家|名|位))?")


def _only_names(text: str, s: Sentence, names: list[Mention]) -> bool:
    """Whether a sentence is an item of a list of people: its names, titles and 、，；, no verb (but tenure words).

    Examples:
        >>> t = "原校长王五，现任党委书记李四；"
        >>> s = Sentence(0, 0, len(t), t)
        >>> people = [Mention(3, 5, "Person", "王五", 1), Mention(12, 14, "Person", "李四", 1)]
        >>> _only_names(t, s, people), _only_names("已将邀请函寄给王五；", Sentence(0, 0, 10, "已将邀请函寄给王五；"), [Mention(7, 9, "Person", "王五", 1)])
        (True, False)
    """
    rest = re.sub(r"[^，,；;、]{1,10}?的", "", _FROM.sub("", _without(text, s.start, s.end, names)))  # (已退休的老校长)
    return not any(w.pos.startswith("v") and w.pos != "vn" and w.text not in TENURE for w in words(rest))
def _without(text: str, start: int, end: int, mentions: list[Mention]) -> str:
    """``text[start:end]`` with the mentions inside it left out.

    Examples:
        >>> _without("县长王五不同意李四", 0, 9, [Mention(2, 4, "Person", "王五", 1), Mention(7, 9, "Person", "李四", 1)])
        '县长不同意'
    """
    out, at = [], start
    for m in sorted((m for m in mentions if start <= m.start and m.end <= end), key=lambda m: m.start):
        if m.start >= at:
            out.append(text[at : m.start])
            at = m.end
    out.append(text[at:end])
    return "".join(out)


# A sentence about another time or occasion than the article's event: 另据报道, 此外, 此前.
_ANOTHER_TIME = ("另", "此外", "同时", "此前", "之前", "以前", "过去", "以往")
# Not attending: 王五因病未到会, 没有出席.
_NEGATED = re.compile(r"(?:未|没|不|从未|没能|未能|不能|无法)(?:曾|再|能|有|便)?(?:亲自|按时|前来)?$")
# The occasion a clause opens with, when it is not the article's event named by its kind: 上周的县政府常务会上，
_OCCASION = re.compile(r"([\u4e00-\u9fff]{2,})(?:上|中|期间)[，,]")
_ITS_KIND = ("会议", "大会", "仪式", "座谈会", "开幕式", "闭幕式", "典礼", "活动", "论坛")
_EARLIER = re.compile(r"上届|上次|上一届|往届|去年|前年|此前|以往")
# An event held or organized between the one 本次/此次 points at and the verb, or another time: another occasion
# (6月，县消防大队组织了一次消防演练，A参加了此次演练; 去年…).
_ANOTHER_OCCASION = re.compile(rf"{_HOLDS_ONE}|{_EARLIER.pattern}")


# An event named as held some days or more before: 近日举行的, 此前召开的, 上月举办的.
_HELD_EARLIER = re.compile(rf"(?:近日|日前|此前|之前|前不久|上周|上月|去年|曾)[^，,。；;：:]{{0,8}}?{HOLD_VERB}的$")


def held_before(text: str, start: int) -> bool:
    """Whether the event whose name starts at ``start`` is named as one held before (此前举办的…, 近日举行的…).

    Examples:
        >>> t = "会前参观了展览。学院此前举办的秋季招聘会吸引了企业。"
        >>> held_before(t, t.index("秋季")), held_before("今天举行的秋季招聘会", 5)
        (True, False)
    """
    return _HELD_EARLIER.search(text, max(0, start - 16), start) is not None


def _another_occasion(before: str, event: str) -> bool:
    """Whether the sentence before an attending verb names an occasion other than the article's ``event``, by its
    kind or the end of its name.

    Examples:
        >>> event = "青山往事推介会"
        >>> _another_occasion("上周五的县政府常务会上，县长王五", event), _another_occasion("会议上，县长王五", event)
        (True, False)
        >>> _another_occasion("推介会上，作家王五", event), _another_occasion("县长王五", event)
        (False, False)
        >>> _another_occasion("在启动仪式上，县长王五", event), _another_occasion("上届推介会上，县长王五", event)
        (False, True)
    """
    name = bare_name(event)
    for m in _OCCASION.finditer(before):
        phrase = re.sub(r"^(?:在|于)", "", m.group(1)).rsplit("的", 1)[-1]
        phrase = re.sub(r"^(?:本次|此次|本届|当天|当日|今天)", "", phrase)
        if not EVENT.search(phrase):
            continue  # (在此基础上: no occasion)
        if _EARLIER.search(m.group(1)) or not (phrase.endswith(_ITS_KIND) or name.endswith(phrase)):
            return True
    return False


# What one accompanies a guest on, a visit, other than an event (not 调研员, a rank; nor 检查组, a team).
_VISITED = re.compile("参观|调研(?!员)|考察|视察|察看|走访|慰问|检查(?!组)")
_AT_THE_EVENT_TOO = re.compile("出席|参加")  # (who visits at the event is there)

# Invited to what they do, or in what capacity (应邀出席, 受邀致辞, 作为评委出席): no verb of the person's own.
_INVITED = re.compile(r"(?:(?:应|受)邀|作为[\u4e00-\u9fff]{1,6})$")
# Verbs said only of what happens at an event: a speech ending its clause is given at the article's event.
_AT_ITS_EVENT = ("致", "主持", "出席", "到会", "参会", "讲话", "见证签约", "见证签字", "陪同")  # (致辞, 致欢迎辞, 到会祝贺, 随同参会, 李四讲话)
# An attending verb that ends its clause (出席, 出席并致辞, 出席了): the event is one named before.
_ENDS_SENTENCE = re.compile(r"了?(?:[。；;！]|$)")
# (…致辞并宣布活动开幕: the declaring of the opening ends the clause too)
# (or what else they do there, after 并: 出席并为优秀学员颁发证书, 为代表授旗并颁发聘任证书)
_ENDS_CLAUSE = re.compile(r"(?:了|并?(?:致辞|讲话|发言|主持|祝贺|指导))?"
                          r"(?:并宣布[^，,。；;]{0,12}?(?:开幕|开工|启动|开始|开班|开赛|开营)|并为[^，,。；;]{1,30}"
                          r"|并(?:颁发|授予|颁授)[^，,。；;]{1,16})?(?:[，,。；;]|$)")
# Where an event is held, after 在 and a place or a body: 在X举行的, 在X隆重举行.
_HELD = re.compile(r"^(?:[上下]午|今天|昨天|近日|日前)?" + HOLD_ADVERB + "举行")
# Where what follows is held, inside a gap: 在青山市举行的 (not 在京举行, said of the body before).
_HELD_AT = re.compile(r"在[^，,。；;]{1,20}?" + HOLD_ADVERB + "(?:举行|召开)的")
# A bracketed aside (a date: 今天（3月2日）), not counted in a gap's length.
_ASIDE = re.compile(r"[（(][^（）()]{0,12}[）)]")
# The occasion an act is done on, its comma too: 在春节来临之际，, 值此建党百年之际, 在“六一”前夕.
_ON_THE_OCCASION = re.compile(r"(?:在|值此|于)[^，,。；;！？]{1,14}?(?:之际|期间|前夕|来临时)[，,]?")
# Bodies whose plans or rules are followed: 按照市委部署, 根据省政府要求.
_PER = re.compile(r"(?:按照|根据|依据|遵照|依照)$")
# A place that opens its clause, after a date at most, is who holds what follows: 青山市举行…
_OPENS_CLAUSE = re.compile(r"(?:^|[，,。；;：:])(?:[\d一二三四五六七八九十]+[年月日号]|[上下]午|今天|昨天|近日|日前|近期|\s)*$")
_LEADS = re.compile(r"^(?:同志)?(?:带领|率领|率队|率|带队)")


def _carried_out_at(c: "_Collector", s: Sentence, a: Article, inits: list[Mention], places: list[Mention],
                    people: list[Mention] = ()) -> None:
    """到/在 a place, or a place that opens the clause, then 开展/举办 an initiative: the place is its
    location (…到白塔社区开展“送法下乡”活动, 3月5日青山市举行…; the last of adjacent places, the most
    precise), and of the names joined to it by 暨;
    a person who leads the way there (王立带领干部到…) takes part."""
    text = c.doc.text
    ordered = sorted(places, key=lambda x: x.start)
    later = sorted(inits, key=lambda x: x.start)
    for init in inits:
        for i, last in enumerate(ordered):
            if not _CARRIES_OUT.match(THEMED.sub("", text[last.end : init.start])):
                continue  # (…举办了以“…”为主题的…: the theme given is no part of the act)
            first = i
            while first > 0 and ordered[first - 1].end == ordered[first].start:
                first -= 1
            if not (_GOES_TO.search(text[max(s.start, ordered[first].start - 11) : ordered[first].start])
                    or _OPENS_CLAUSE.search(text[s.start : ordered[first].start])):
                continue
            located = [init]  # names joined to it share the place: “送法下乡”暨“双报到”活动
            for other in (x for x in later if x.start >= init.end):
                if text[located[-1].end : other.start].strip("“”") not in ("暨", "和", "及", "、"):
                    break
                located.append(other)
            leaders = [p for p in people if p.end <= ordered[first].start and _LEADS.match(text[p.end : s.end])]
            for x in located:
                c.add(x, "location", last, s, a)
                for p in leaders:
                    c.add(x, "participant", p, s, a)


# The people of a body, after its name: 委员, 官员, 代表 ….
_ITS_PEOPLE = re.compile(r"(?:[^，,。；;]{0,4}?)(?:委员|官员|代表|干部|人员|员工|职工|成员|专家|学者|记者|工作人员)")


def _there(c: "_Collector", s: Sentence, a: Article, actors: list[Mention], places: list[Mention]) -> None:
    """A body after 在, a place and 的 is in that place (在河南安阳的中国文字博物馆 → 安阳; the last of
    adjacent places, the most precise).

    Examples:
        >>> from kg.text import parse
        >>> doc = parse("在青山县的红河博物馆参观。")
        >>> c, s = _Collector(doc), doc.articles[0].sentences[0]
        >>> museum, county = Mention(5, 10, "Organization", "红河博物馆", 1), Mention(1, 4, "Place", "青山县", 1)
        >>> _there(c, s, doc.articles[0], [museum], [county])
        >>> [(r.subject.text, r.predicate, r.obj.text) for r in c.out]
        [('红河博物馆', 'location', '青山县')]
    """
    text = c.doc.text
    for o in actors:
        if text[o.start - 1 : o.start] != "的" or _ITS_PEOPLE.match(text, o.end):
            continue  # (在拉萨的全国政协委员: its members are there, not the body)
        last = next((p for p in places if p.end == o.start - 1), None)
        first = last
        while first is not None and (before := next((p for p in places if p.end == first.start), None)):
            first = before
        if first is not None and text[first.start - 1 : first.start] == "在":
            c.add(o, "location", last, s, a)


def _clause(text: str) -> bool:
    """No clause boundary in the text."""
    return not re.search(r"[,，。;；:：]", text)


class _Collector:
    def __init__(self, doc: Document):
        self.doc = doc
        self.out: list[Relation] = []
        self.seen: set[tuple] = set()

    def add(self, subject: Mention, predicate: str, obj: Mention, s: Sentence, a: Article, basis: str = "text") -> None:
        if subject is obj:
            return
        if predicate in ("participant", "organizer") and ANNUAL.fullmatch(subject.text):
            return  # (a festival counted by its year is a day: 第七个中国医师节, 中央宣传部…发布了… takes no part in it)
        if self._fresh(subject, predicate, obj):
            ev = Evidence(a.index, s.start, s.end, s.text, "relation", s.index, basis)
            self.out.append(Relation(subject, predicate, obj, ev))

    def again(self, r: Relation, predicate: str) -> None:
        """The pair of ``r`` under another predicate, on the same evidence."""
        if self._fresh(r.subject, predicate, r.obj):
            self.out.append(Relation(r.subject, predicate, r.obj, r.evidence))

    def _fresh(self, subject: Mention, predicate: str, obj: Mention) -> bool:
        """Whether the pair under ``predicate`` is not collected yet (from now on it is)."""
        key = (subject.start, subject.end, predicate, obj.start, obj.end)
        if key in self.seen:
            return False
        self.seen.add(key)
        return True


@register("relation")
def extract(doc: Document, mentions: list[Mention]) -> list[Relation]:
    """organizer, participant, location and partOf relations of initiatives; bodies founded
    by the main actor; district bodies in the article's district."""
    c = _Collector(doc)
    text = doc.text
    counted = set(counted_items(text, [m for m in mentions if m.extractor != "names"]))
    for a in doc.articles:
        # a party congress by its number (十五大) is named for what it set or the years since, not as
        # an event the article reports: no one takes part in it here
        found = [m for m in mentions if m.article == a.index and m.extractor != "names"
                 and not (m.type == "Initiative" and congress(m.text))]
        orgs = [m for m in found if m.type == "Organization"]
        # bodies named inside other names count too (东华大学 in 东华大学党委)
        inner = [m for m in mentions if m.article == a.index and m.extractor == "names" and m.type == "Organization"]
        actor = main_actor(orgs + inner)
        # (a guest's units named bare are the host's)
        guest = actor is not None and comes_to_us(actor.text, text[a.start : a.end])
        seated = article_seats([m for m in mentions if m.article == a.index and m.type == "Place"], a, doc.text)
        placed = {m.start for m in mentions if m.article == a.index and m.type == "Place"}  # (names that open with one)
        banks = {o.text: o for o in orgs if "银行" in o.text and o.text.endswith(("银行", "分行"))}
        widest = max(banks, key=len, default="")
        bank = banks[widest] if banks and all(b in widest for b in banks) else None
        townships = [seated[k] for k in ("镇", "乡") if k in seated]
        town = townships[0] if len(townships) == 1 else None
        # the article's events: meetings too (…全体会议), not one whose line is followed (…会议精神) or
        # that dates what came after it (…全会以来)
        # (nor a festival counted by its year, 第35个教师节: a day, no event held)
        events = [m for m in found if m.type == "Initiative" and (EVENT.search(m.text) or m.text.endswith("会议"))
                  and not any(x.text == m.text and text.startswith(("精神", "以来"), x.end) for x in found)
                  and not ANNUAL.fullmatch(m.text)]
        main_event = _one_activity_of(min(events, key=lambda m: m.start, default=None), events, text)
        # (an event named after the article's first as one held before, 我校近日举行的招聘会, is another occasion)
        sole = len(distinct_events([e for e in events if e is main_event or not held_before(text, e.start)], text,
                                   {m.text for m in found if m.type in ("Place", "Organization")})) == 1
        invited = False
        held_here: list[tuple[Mention, Mention, Sentence]] = []  # (an event, the place its headline holds it in)
        # the sentences before that end with ；, their people and all their mentions
        lists: list[tuple[Sentence, list[Mention], list[Mention]]] = []
        for s in a.sentences:
            inside = [m for m in found if s.start <= m.start < s.end]
            actors = [m for m in inside if m.type == "Organization"]
            places = [m for m in inside if m.type == "Place"]
            inits = [m for m in inside if m.type == "Initiative"]
            # bodies named by their level alone (区卫生监督所, 市委, 县科技局): in the article's one place of that level (not
            # the team one sends to a village: 县审计局驻白石村工作队 is in the village)
            for o in actors:
                seat = None if STATIONED.search(o.text) else seated.get(level_word(o.text))
                referred = REFERRED_DIVISION.fullmatch(text, max(0, o.start - 2), o.start)
                if referred and seat is None and not STATIONED.search(o.text) and o.start not in placed:
                    # (a body after 该镇, 我县: in the article's one place of that level, 该镇城关中学; not one named
                    # after its own place, 该乡石寨村村委会)
                    if (seat := seated.get(referred.group()[1])) is not None:
                        c.add(o, "location", seat, s, a, "context")
                elif seat is not None and len(o.text) >= 2 and (_names_a_level(o.text)
                                                                or o.text[1:2] == level_word(o.text)):
                    # (a unit's body its name opens with lies there: 市城管局 of 市城管局环卫处, as the named city's
                    # 青山市城管局 does; not the level's own 县委 of 县委宣传部, nor a body over no unit, 县医院集团)
                    above = min((x for x in inner if x.start == o.start and x.end < o.end
                                 and not _LEVELS_OWN.fullmatch(x.text) and _UNIT_HEAD.search(o.text, x.end - o.start)),
                                key=lambda x: x.end, default=o)
                    c.add(above, "location", seat, s, a, "context")
            # villages counted right after a village, a list of the village's own (金山村东刘、西刘等八个自然村): in it
            listed_in = set()
            for place in places:
                village = _village_before_list(text, place, places) if (place.start, place.end) in counted else None
                if village is not None:
                    c.add(place, "containedInPlace", village, s, a)
                    listed_in.add((place.start, place.end))
            # villages named bare (青山村; 到陈庄、李楼等10个村) in an article about one township: in that township (not one
            # its people go to see or learn from: 赴红旗村参观学习; nor those in a village above)
            # (not in a sentence that names a township of the other level, whose villages they may be: 长春镇、下浒镇's
            # beside the article's one 乡, 北壁乡; nor the places counted with the township itself, its peers:
            # 长春、下浒、北壁等乡镇)
            level = town.text[-1] if town is not None else ""
            peers = town is not None and any((p.start, p.end) in counted and town.text.startswith(p.text)
                                             for p in places)
            if town is not None and not any(p.text.endswith(("镇", "乡")) and p.text[-1] != level for p in places):
                for place in places:
                    clause = re.split(r"[，,。；;]", text[s.start : place.start])[-1]
                    if (((place.start, place.end) in counted and not peers
                         or place.text.endswith("村") and not _VISITS.search(clause))
                            and place.text != town.text and not any(p.end == place.start for p in places)
                            and (place.start, place.end) not in listed_in):
                        c.add(place, "containedInPlace", town, s, a, "context")
            # 东湖校区材料科学与工程学院、化学与生物工程学院: the schools on the campus named right before them
            for place in places:
                if place.text.endswith(CAMPUS_WORD):
                    at = place.end
                    for o in sorted(actors, key=lambda m: m.start):
                        if o.start == at:
                            c.add(o, "location", place, s, a)
                            at = o.end + 1 if text.startswith("、", o.end) else -1
            # units named bare in an article about a university, a company or a hospital are its units
            # (林学院, 总务部, 党委组织部 in a university's news; 我校总务部)
            for o in actors:
                if not guest and _unit_of(o, actor, text, s.text) \
                        and not _unit_of_another(o, actor, orgs + inner, text):
                    c.add(o, "parentOrganization", actor, s, a, "context")
            # 芜湖分行, 宣城泾县支行 in a bank's news: branches named by their place alone are the article's one bank's
            if bank is not None:
                for o in actors:
                    if _branch_of_bank(o.text):
                        c.add(o, "parentOrganization", bank, s, a, "context")
            # 我校后勤处, 本院检验科: the body right after the publisher's 我校/本院 is the publisher's unit
            for unit, own in [] if guest else _publisher_units(text, s, orgs + inner):
                c.add(unit, "parentOrganization", own, s, a)
            # 院检测所所长: the unit of the body that the article named before, which 院 stands for
            for o in actors:
                owner = owner_by_head(o, orgs, text)
                if owner is not None:
                    c.add(o, "parentOrganization", owner, s, a, "context")
            # X由Y投资设立: Y is X's parent
            for o in actors:
                founded = FOUNDED_BY.match(text, o.end, s.end)
                parent = next((p for p in actors if founded and p.start == founded.end()), None)
                if parent is not None and FOUNDED_AFTER.match(text, parent.end, s.end):
                    c.add(o, "parentOrganization", parent, s, a)
            # X所辖的Y和Z, X下属Y, X旗下的Y: X is their parent
            for o in actors:
                under = _UNDER.match(text, o.end, s.end)
                if under is None:
                    continue
                at = under.end()
                listed: list[Mention] = []
                for child in sorted((x for x in actors if x.start >= at), key=lambda x: x.start):
                    if child.start != at:
                        break
                    listed.append(child)
                    join = next((j for j in ("、", "和", "及") if text.startswith(j, child.end)), None)
                    if join is None:
                        break
                    at = child.end + len(join)
                if listed and _DEALS.match(text, listed[-1].end) and len(listed) > 1:
                    listed = listed[:1]  # X旗下的Y和Z签约: Z is the other party of the deal
                for child in listed:
                    c.add(child, "parentOrganization", o, s, a)
            # bodies founded by the main actor (成立疫苗接种工作专班)
            for o in actors:
                if actor is not None and FOUND.search(text[max(s.start, o.start - 4) : o.start]) \
                        and not (o.text.startswith("驻") and "驻" in actor.text and actor.text.endswith(o.text[2:])):
                    # (not the actor itself, stationed and named short by its level: 设立驻县…工作站 of 白石市驻岳池县…工作站)
                    earlier = [x for x in actors if x.end <= o.start and _clause(text[x.end : o.start])]
                    if not earlier:
                        c.add(o, "parentOrganization", actor, s, a)
            # a body the article names that opens its meeting's name, an edition or a session after it
            # (青山县教育局招生工作领导小组第一次全体会议): it holds the meeting
            for init in inits:
                for o in _opens_its_meeting(init, orgs):
                    c.add(init, "organizer", o, s, a)
                # (or is given its short name in brackets right before it, the short name read as the body's:
                # 青山商会（以下简称“青商会”）第一次会员大会, where the full name may be read nowhere)
                opened = max(text.rfind("（", s.start, init.start), text.rfind("(", s.start, init.start))
                called = CALLED.fullmatch(text, opened, init.start) if opened >= 0 else None
                for o in actors if called is not None else ():
                    if called.start(1) <= o.start and o.end <= called.end(1):
                        c.add(init, "organizer", o, s, a)
            if s.kind == "headline" and len(a.sentences) > 1:
                # a headline that says who holds what (青山学院举办第一期“读书有约”沙龙活动): its organizer
                for init in inits:
                    _headline_holder(c, s, a, init, actors)
                    held_here += [(init, p, s) for p in _headline_venue(text, s, init, places)]
                # and one that says where an event is held (青山县运动会在白石镇举行), as a sentence of the text does
                _held_at(c, s, a, inits, places)
            # a place right after a larger one lies in it, in a headline or a caption as in the body
            _place_chain(c, s, a, places)
            if s.kind in ("caption", "heading") and main_event is not None:
                # a photo's caption that says who attends or speaks (王五主持签约仪式, 县长李四致辞): at the event (the
                # first under a paragraph may read as a section's head)
                _attendees(c, s, a, [m for m in inside if m.type == "Person"], inits, main_event, sole, events, inside)
            if s.kind != "body":
                continue
            for i, init in enumerate(inits):
                _initiative(c, s, a, init, inits[i + 1 :], actors, places, actor)
            people = [m for m in inside if m.type == "Person"]
            _attendees(c, s, a, people, inits, main_event, sole, events, inside,
                       lists if lists and lists[-1][0].end == s.start else [])
            follows = s.text.endswith(("；", ";")) and len(s.segments) <= 1
            lists = [*lists[-3:], (s, people, inside)] if follows and (not lists or lists[-1][0].end == s.start) else (
                [(s, people, inside)] if follows else [])
            invited = _invited(c, s, a, people, main_event, invited, actors)
            _spoke_at(c, s, a, people, inits, inside)
            _declared(c, s, a, people, inits)
            _winners(c, s, a, [*people, *(m for m in inside if m.type == "Organization" and m.text.endswith("队"))],
                     inits, main_event, sole)  # (and the teams: A队、B队获得前八名)
            _invited_speakers(c, s, a, [m for m in inside if m.type == "Person"], inits)
            _hosts(c, s, a, actors, inits, main_event, events)
            _helped(c, s, a, actors, inits, main_event, sole)
            _officials(c, s, a, actors, [i for i in inits if i in events])
            _speaking_bodies(c, s, a, [m for m in inside if m.type in ("Organization", "Place")],
                             main_event if sole else None)
            _held_at(c, s, a, [m for m in inside if m.type in ("Initiative", "Organization", "Place")], places)
            _lying_in(c, s, a, [m for m in inside if m.type in ("Initiative", "Organization")], places)
            _carried_out_at(c, s, a, inits, places, [m for m in inside if m.type == "Person"])
            _there(c, s, a, actors, places)
            # 参加恳谈: participants of the initiative whose name holds what they attend (not a body of a person's
            # titles, only titles between it and the person: 市委常委、副市长王五, whose 王五 takes part); 参加本次演练 too
            for m in _ATTENDS_ITS.finditer(s.text):
                at = s.offset(m.start())
                kind = [x for x in found if x.type == "Initiative" and m.group(2) in x.text]
                # (本次/此次: the nearest named before, nothing held or another time between: not 为贯彻…会议精神，
                # 召开专题会议，A参加了本次会议 for the first, nor …组织了一次演练，A参加了此次演练)
                held = [x for x in kind if x.end <= at and not text.startswith("精神", x.end)
                        and not _RELAYED.search(text, max(0, x.start - 6), x.start)]  # (…会议精神, 传达…会议要求)
                this = m.group("this") and max(held, key=lambda x: x.end, default=None)
                target = this if m.group("this") else next(iter(kind), None)
                own = _CLAUSE_ENDS.search(text, this.end, at) if this else None  # (the end of its own clause)
                if this and (own and _ANOTHER_OCCASION.search(text, own.end(), at)
                             or len({e.group() for x in held if (e := _EDITION_OF.search(x.text))}) > 1  # (第十届…, 第九届…)
                             or _OF_THOSE.match(s.text, m.end()) or _NEGATED.search(s.text, 0, m.start())):
                    continue  # (向参加此次活动的A表示感谢, 为参加本届技能大赛的选手…: who after; 未参加本届…)
                if target is not None:
                    for o in actors:
                        sends = m.group("this") and (_NOT_ATTENDING.search(text, o.end, at)
                                                     or _BY_WAY_OF.search(text, max(s.start, o.start - 2), o.start))
                        if o.end <= at and not any(_titles_between(text, o, p, actors) for p in people) and not sends:
                            c.add(target, "participant", o, s, a)
        for init, place, s in held_here:
            # the place a headline holds an event in (青山县开展…活动) is where it is held, unless the text puts it
            # elsewhere (青山县举办推介会 / …推介会在上海举行: the county holds it, no venue of its own)
            told = [r.obj for r in c.out if r.predicate == "location" and _same_name(r.subject, init)]
            if all(_within(text, x, place, c.out) for x in told):
                c.add(init, "location", place, s, a)
        for company, group in brand_subsidiaries(orgs + inner):
            s = a.sentence_at(company.start)
            if s is not None:
                c.add(company, "parentOrganization", group, s, a, "context")
    # the bodies that hold a signing or talks together (A与B举行签约仪式) are its parties: they take part in it too (not
    # one host of it, 由商务局主办的洽谈会; nor a campaign's, “万人签字”活动)
    signed = [r for r in c.out if r.predicate == "organizer" and _SIGNING.search(r.subject.text)]
    for r in signed:
        if any(x.subject.text == r.subject.text and x is not r and (
                text[r.obj.end : x.obj.start] in _PARTIES_JOINED or text[x.obj.end : r.obj.start] in _PARTIES_JOINED)
               for x in signed):
            c.again(r, "participant")
    return c.out


# An event whose hosts together are its parties: a signing, talks (签约仪式, 签字仪式, 洽谈会).
_SIGNING = re.compile(r"签约|签字|洽谈")
# What joins the parties that hold it (A与B, A、B).
_PARTIES_JOINED = ("与", "和", "同", "、", "及")


_ENDS_LEGAL = re.compile(f"(?:{LEGAL_FORM.pattern})$")  # a company's name, closed by its legal form


def brand_subsidiaries(orgs: list[Mention]) -> list[tuple[Mention, Mention]]:
    """The companies an article names with the brand of a group it names at least twice (by its name, another of its
    legal forms, or 青山公司), and that group: a subsidiary carries its group's brand (青山财务公司 and 青山印务公司 of 青山集团). The
    brand is what stands before 集团 (:data:`GROUP`): two characters or more and no division's name (苏州集团 and 苏州科技大学
    share none), the longest brand first (青山印务公司 of 青山印务集团, not of 青山集团). A company is a name with a legal form
    (:data:`LEGAL_FORM`: not 青山交通运输局 of 青山交通集团) that holds more than the brand and a legal form (青山公司, 青山有限公司 are
    the group's short forms) and that is named for no other body of the article holding the brand (青山万家超市公司 of
    青山万家超市; its own short form, 青山印务 of 青山印务公司, is none). Each company once.

    Examples:
        >>> ms = [Mention(0, 4, "Organization", "青山集团", 1), Mention(5, 11, "Organization", "青山财务公司", 1),
        ...       Mention(12, 16, "Organization", "青山公司", 1), Mention(17, 24, "Organization", "青山交通运输局", 1),
        ...       Mention(25, 31, "Organization", "红河财务公司", 1), Mention(32, 40, "Organization", "青山集团有限公司", 1)]
        >>> [(x.text, y.text) for x, y in brand_subsidiaries(ms)]
        [('青山财务公司', '青山集团')]
        >>> brand_subsidiaries(ms[:2])  # the group named once
        []
    """
    def brand(name: str) -> str:
        return GROUP.sub("", name)

    def named_twice(b: str) -> bool:
        return sum(o.text.startswith(b) and (GROUP.fullmatch(o.text, len(b)) or LEGAL_FORM.fullmatch(o.text, len(b)))
                   is not None for o in orgs) >= 2

    groups = sorted(((g, brand(g.text)) for g in orgs if GROUP.search(g.text)),
                    key=lambda gb: (-len(gb[1]), gb[0].start))  # (the longest brand first)
    groups = [(g, b) for g, b in groups if len(b) >= 2 and not named(b) and named_twice(b)]
    out: list[tuple[Mention, Mention]] = []
    done: set[str] = set()
    for o in sorted(orgs, key=lambda m: m.start):
        if o.text in done or GROUP.search(o.text) or not _ENDS_LEGAL.search(o.text):
            continue  # (a group, 青山集团有限公司 too, or no company: 青山交通运输局)
        for g, b in groups:
            rest = o.text[len(b) :]
            if not o.text.startswith(b) or LEGAL_FORM.fullmatch(rest):
                continue
            if any(len(b) < len(p.text) < len(o.text) and o.text.startswith(p.text)
                   and not LEGAL_FORM.fullmatch(o.text, len(p.text)) for p in orgs):
                continue  # (named for another body that holds the brand, not for its own short form: 青山印务 of 青山印务公司)
            out.append((o, g))
            done.add(o.text)
            break
    return out


def _titles_between(text: str, o: Mention, p: Mention, actors: list[Mention]) -> bool:
    """Whether only titles stand between a body and a person after it (县委常委、副县长李大山: the body of the person's
    titles), the other bodies there opening titles of their own (指挥部副总指挥、县委常委、副县长李大山); not a list of bodies
    before a person (商务局、工信局及企业家代表王五).

    Examples:
        >>> t = "县委常委、副县长李大山，县商务局、县工信局及代表王五参加"
        >>> m = lambda x, k: Mention(t.index(x), t.index(x) + len(x), k, x, 1)
        >>> bodies = [m("县委", "Organization"), m("县商务局", "Organization"), m("县工信局", "Organization")]
        >>> _titles_between(t, bodies[0], m("李大山", "Person"), bodies)
        True
        >>> _titles_between(t, bodies[1], m("王五", "Person"), bodies)
        False
    """
    between = text[o.end : p.start]
    return (o.end <= p.start and _TITLE_BEFORE.search(between) is not None and not re.search(r"[，,。；;及和等]|代表", between)
            and all(_TITLE_AT.match(text, x.end) for x in actors if o.end <= x.start < p.start))


_TITLE_AT = re.compile(rf"[\u4e00-\u9fff]{{0,4}}?(?:{TITLE_WORDS})")


def _per(text: str, o: Mention, actors: list[Mention]) -> bool:
    """Whether a body stands after 按照, 根据 … (directly or through a list joined by 、 和): what
    it set is followed, it takes no part (按照市委、市政府的部署，实施…计划).

    Examples:
        >>> t = "按照市委、市政府部署"
        >>> _per(t, Mention(5, 8, "Organization", "市政府", 1), [Mention(2, 4, "Organization", "市委", 1)])
        True
    """
    start = o.start
    while True:
        prev = next((x for x in actors if x.end <= start and text[x.end : start] in ("、", "和", "及", "与")), None)
        if prev is None:
            return bool(_PER.search(text, max(0, start - 4), start))
        start = prev.start


# The verb that holds an event at a venue named after 在: 在X举办, 在X隆重举行, 在X联合召开 (not 在X的, 在X参加).
_WHEN_THERE = r"(?:[上下]午|晚上|今天|昨天|近日|日前)?(?:联合|共同)?" + HOLD_ADVERB
_HELD_NAME_OPENS = rf"(?:[^，,。；;“”]{{0,12}}的)?(?:{EDITION}|\d{{4}}年度?)?“?$"
_HELD_THERE = re.compile(rf"{_WHEN_THERE}{HOLD_VERB}了?{_HELD_NAME_OPENS}")
# The same, or 开展, right after the body the event is held at (青山区禁毒办在青山小学开展…: the school is where).
_CARRIED_THERE = re.compile(rf"{_WHEN_THERE}(?:{HOLD_VERB}了?{_HELD_NAME_OPENS}|开展了?(?:{EDITION}|\d{{4}}年度?)?“?$)")
# (not 在X开展的…: a clause of what X does)
# What may stand between who holds an event and the 在 of its venue: a date, a time, 于.
_HOLDER_GAP = re.compile(r"(?:[\d一二三四五六七八九十]+[年月日号]|[上下]午|晚上|今天|昨天|近日|日前|近期|于|，|,)*在")


def _venue(text: str, before: list[Mention], places: list[Mention], end: int) -> tuple[list[Mention], Mention | None]:
    """An event at ``end`` held 在 a venue: the venues when they are the last bodies of ``before``, listed after 在 (a
    place is read elsewhere), and the body before 在 that holds the event (a date or 于 at most between).

    Examples:
        >>> t = "青山学院在学生活动中心举办了读书沙龙"
        >>> school, hall = Mention(0, 4, "Organization", "青山学院", 1), Mention(5, 11, "Organization", "学生活动中心", 1)
        >>> venues, holder = _venue(t, [school, hall], [], t.index("读书"))
        >>> [m.text for m in venues], holder.text
        (['学生活动中心'], '青山学院')
        >>> t = "青山学院在学生活动中心、图书馆举办了读书沙龙"  # (two venues listed)
        >>> library = Mention(12, 15, "Organization", "图书馆", 1)
        >>> venues, holder = _venue(t, [school, hall, library], [], t.index("读书"))
        >>> [m.text for m in venues], holder.text
        (['学生活动中心', '图书馆'], '青山学院')
        >>> t = "青山集团在青山宾馆隆重举行表彰大会"
        >>> firm, hotel = Mention(0, 4, "Organization", "青山集团", 1), Mention(5, 9, "Place", "青山宾馆", 1)
        >>> venue, holder = _venue(t, [firm], [hotel], t.index("表彰"))
        >>> venue, holder.text
        ([], '青山集团')
        >>> _venue("青山集团参加了在青山宾馆举行的表彰大会", [firm], [Mention(8, 12, "Place", "青山宾馆", 1)], 15)
        ([], None)
    """
    before = [o for o in before if not any(p.start <= o.start and o.end <= p.end for p in places)]
    if not before:
        return [], None  # (明德学院 of 在明德学院明志楼举行: the place's, not a body before it)
    last = before[-1]
    k = len(before) - 1  # (the first of the venues listed: 在青山党校、白石中心举办)
    while k > 0 and text[before[k - 1].end : before[k].start] in LIST_JOINS:
        k -= 1
    run_end = _places_run(text, last.end, places, end)  # (and places listed after it: 在县委党校、白石镇文化站举办)
    listed = k < len(before) - 1 or run_end > last.end
    acts = THEMED.sub("", text[run_end:end])  # (举办主题为“…”的第十届运动会: the theme is no part of the act)
    if text[before[k].start - 1 : before[k].start] == "在" and _CARRIED_THERE.fullmatch(acts) \
            and not (listed and re.search(HOLD_VERB + "的", text[run_end:end])):  # (在A、B举办的…会上: they hold it)
        # 青山学院在学生活动中心举办了…
        holder = before[k - 1] if k > 0 and _HOLDER_GAP.fullmatch(text, before[k - 1].end, before[k].start) else None
        return before[k:], holder
    at = text.rfind("在", last.end, end)
    if at == -1 or not _HOLDER_GAP.fullmatch(text, last.end, at + 1):
        return [], None
    run_end = _places_run(text, at + 1, places, end, joined=False)
    if run_end > at + 1 and _HELD_THERE.fullmatch(THEMED.sub("", text[run_end:end])):
        return [], last  # 青山集团在青山宾馆隆重举行…
    return [], None


def _places_run(text: str, at: int, places: list[Mention], end: int, joined: bool = True) -> int:
    """Where the places that follow ``at`` one after another end (before ``end``): a chain (白石镇 + 文化站), and with
    ``joined`` places listed after a join (、, 和) before the first.

    Examples:
        >>> t = "在党校、白石镇文化站举办"
        >>> _places_run(t, 3, [Mention(4, 7, "Place", "白石镇", 1), Mention(7, 10, "Place", "文化站", 1)], 12)
        10
    """
    run_end = at
    for p in sorted((p for p in places if at <= p.start and p.end <= end), key=lambda p: p.start):
        if not (p.start == run_end and (run_end > at or not joined)
                or joined and run_end == at and text[run_end : p.start] in LIST_JOINS):
            break
        run_end = p.end
    return run_end


# A headline's verb of holding, between the body that opens it and the event: 举办, 召开, 隆重举行.
_HOLDS_IN_HEADLINE = re.compile(HOLD_ADVERB + rf"(?:{HOLD_VERB}|开展)了?(?:{EDITION})?“?")
# A headline's verb of attending, between the body that opens it and the event: 参加, 出席了.
_ATTENDS_IN_HEADLINE = re.compile(TAKES_PART + r"了?“?")


def _headline_holder(c: "_Collector", s: Sentence, a: Article, init: Mention, actors: list[Mention]) -> None:
    """A headline that opens with a body, then 举办/召开 and an event (青山学院举办第一期“读书有约”沙龙活动): the body
    organizes it; then 参加/出席 and an event: the body takes part. Only the body that opens the headline, right before
    the verb.

    Examples:
        >>> from kg.text import parse
        >>> doc = parse("青山学院举办第一期“读书有约”沙龙活动\\n\\n活动今天举行。")
        >>> a = doc.articles[0]
        >>> c, s = _Collector(doc), a.sentences[0]
        >>> init = Mention(9, 19, "Initiative", "“读书有约”沙龙活动", 1)
        >>> _headline_holder(c, s, a, init, [Mention(0, 4, "Organization", "青山学院", 1)])
        >>> [(r.subject.text, r.predicate, r.obj.text) for r in c.out]
        [('“读书有约”沙龙活动', 'organizer', '青山学院')]
        >>> doc = parse("青山学院参加“读书有约”沙龙活动\\n\\n活动今天举行。")
        >>> a = doc.articles[0]
        >>> c, s = _Collector(doc), a.sentences[0]
        >>> init = Mention(6, 16, "Initiative", "“读书有约”沙龙活动", 1)
        >>> _headline_holder(c, s, a, init, [Mention(0, 4, "Organization", "青山学院", 1)])
        >>> [(r.subject.text, r.predicate, r.obj.text) for r in c.out]
        [('“读书有约”沙龙活动', 'participant', '青山学院')]
    """
    text = c.doc.text
    opener = next((o for o in actors if o.start == s.start), None)
    if opener is not None and _HOLDS_IN_HEADLINE.fullmatch(text, opener.end, init.start):
        c.add(init, "organizer", opener, s, a)
    elif opener is not None and _ATTENDS_IN_HEADLINE.fullmatch(text, opener.end, init.start):
        c.add(init, "participant", opener, s, a)  # (青山县气象局参加全县防汛工作会议: it takes part)


def _headline_venue(text: str, s: Sentence, init: Mention, places: Sequence[Mention]) -> list[Mention]:
    """The place that opens a headline, then 开展/举办/召开 and the event (青山县白石镇开展“送法下乡”活动: the last of
    places side by side, the most precise), or none.

    Examples:
        >>> t = "青山县白石镇开展“送法下乡”活动"
        >>> s = Sentence(0, 0, len(t), t, "headline")
        >>> county, town = Mention(0, 3, "Place", "青山县", 1), Mention(3, 6, "Place", "白石镇", 1)
        >>> [p.text for p in _headline_venue(t, s, Mention(8, 16, "Initiative", "“送法下乡”活动", 1), [county, town])]
        ['白石镇']
    """
    place = next((p for p in places if p.start == s.start), None)
    while place is not None and (after := next((p for p in places if p.start == place.end), None)):
        place = after  # (青山县白石镇开展…: the town)
    return [place] if place is not None and _HOLDS_IN_HEADLINE.fullmatch(text, place.end, init.start) else []


def _same_name(m: Mention, other: Mention) -> bool:
    """Whether two mentions name the same (“送法下乡”活动 and 送法下乡 alike)."""
    return (m.canonical or m.text) == (other.canonical or other.text)


def _within(text: str, place: Mention, larger: Mention, found: list[Relation]) -> bool:
    """Whether ``place`` is ``larger`` or lies in it: it opens with its name, is named right after it
    (白石镇青山村), or a relation found says so.

    Examples:
        >>> t = "白石镇青山村"
        >>> _within(t, Mention(3, 6, "Place", "青山村", 1), Mention(0, 3, "Place", "白石镇", 1), [])
        True
        >>> _within("上海市", Mention(0, 3, "Place", "上海市", 1), Mention(9, 12, "Place", "青山县", 1), [])
        False
    """
    return (_same_name(place, larger) or place.text.startswith(larger.text)
            or text[max(0, place.start - len(larger.text)) : place.start] == larger.text
            or any(r.predicate == "containedInPlace" and _same_name(r.subject, place) and _same_name(r.obj, larger)
                   for r in found))


_SESSION = re.compile(r"(?:第[\d一二三四五六七八九十百]+(?:次|届)|[一二三四五六七八九十]+届[一二三四五六七八九十]+次)"
                      r"(?:全体|扩大|全委|常委|委员|代表)*(?:会议|大会|全会)")


def _opens_its_meeting(init: Mention, orgs: list[Mention]) -> list[Mention]:
    """The bodies of the article whose whole name opens the name of ``init``, followed by a numbered
    session (…领导小组第一次全体会议, …委员会第三次代表大会): the longest such, named anywhere in the article.

    Examples:
        >>> team = Mention(0, 10, "Organization", "青山县招生工作领导小组", 1)
        >>> meeting = Mention(30, 47, "Initiative", "青山县招生工作领导小组第一次全体会议", 1)
        >>> [o.text for o in _opens_its_meeting(meeting, [team])]
        ['青山县招生工作领导小组']
        >>> _opens_its_meeting(Mention(30, 40, "Initiative", "青山县招生工作推进会", 1), [team])
        []
    """
    name = init.text
    found = [o for o in orgs if len(o.text) >= 4 and name.startswith(o.text) and _SESSION.fullmatch(name, len(o.text))]
    longest = max((len(o.text) for o in found), default=0)
    return [o for o in found if len(o.text) == longest][:1]


# A department named by its field and head alone (人事部, 宣传科), which 组织 before it may open (组织人事部).
_BARE_UNIT = re.compile(r"[\u4e00-\u9fff]{1,3}[部科处办室]")


def _co_organizers(c: _Collector, s: Sentence, a: Article, init: Mention, holder: Mention,
                   before: list[Mention]) -> None:
    """``holder`` organizes ``init``, and so do the bodies joined before it: X与Y联合开展, X、Y和Z共同举办, and the body
    that has it held (X组织Y在…举行)."""
    c.add(init, "organizer", holder, s, a)
    joined = holder
    for o in reversed([o for o in before if o.end <= holder.start]):
        gap = c.doc.text[o.end : joined.start]
        # (组织 only as the verb that has the event held: not inside a department's name, 集团组织人事部, nor before an
        # event the clause only describes, 组织青山中学在…举办的…大赛中获奖)
        has_it_held = (gap == "组织" and not _BARE_UNIT.fullmatch(joined.text)
                       and "的" not in c.doc.text[holder.end : init.start])
        if gap not in (*LIST_JOINS, "同", *TOGETHER_WITH) and not has_it_held:
            break
        c.add(init, "organizer", o, s, a)
        joined = o


# Under whose organizing a clause's act is done: 在X的统一组织协调下, 在X的牵头下 (not 在X的指导下: a guide).
_UNDER_ORGANIZING = re.compile(r"的?(?:统一|精心|大力|积极)?(?:组织|牵头|统筹)(?:协调|领导|安排|部署)?下[，,]")


# When and in what room an event is held, before the verb that holds it: 于3月2日上午9：15, 在三楼208室.
_CLOCK = re.compile(r"\d{1,2}[：:]\d{2}")
_WHEN_HELD = re.compile(r"于?(?:\d{1,2}月)?\d{1,2}日|[上下]午|晚上|\d{1,2}[：:]\d{2}|在[\u4e00-\u9fff\d]{1,12}?[室厅馆楼](?=召开|举行|举办)")


# A body's anniversary after its name: 青山县委成立70周年, 青山大学建校60周年, 中国共产党成立百年.
_ANNIVERSARY_OF = re.compile(r"(?:成立|建立|建校|建院|建厂)(?:[\d零一二三四五六七八九十百]+周年|百年)")


# An event that is taken to a place: …义诊走进黄河县, …活动再次走进青山村.
_TAKEN_TO = re.compile(r"(?:再次|首次|正式|近日|日前)?(?:走进|来到|走入)")


# What stands before a body that is where someone goes, not who acts: 到青山公司调研, 赴红河县, 在青山中学.
_GONE_TO = ("到", "赴", "在")
# A verb of going right before a body: 赴青山医院, 走进青山公司 (not 在, where a body may hold what follows: 在国新办举行的…).
_GONE_TO_BODY = re.compile(r"(?:到|赴|走进|来到|前往|深入|(?<![以未近原后从向本年月日天])来)$")
# The close of X会上 (at it, not 期间: during its days, when anyone may speak).
_ON_THE_STAGE = re.compile(r"上[，,]")
# Who a body sends to another, right after it: 组织专家来, 带领党员到 (its object, then the verb of going).
_SENDS = re.compile(r"(?:组织|带领|率领|选派|派出)[\u4e00-\u9fff]{0,8}?(?:到|赴|走进|来到|前往|深入|来)$")
# The verb that carries out the event opening the last of the subject's clauses (X组织法官深入校园，集中开展Y;
# X来到青山镇，利用赶场日，开展Y), no subject of its own: at most a word of how before it (not 村民, 当地, 镇上 of
# X来到青山镇，村民开展Y).
_CARRIED_ON = re.compile(r"[，,](?:集中|积极|深入|共同|联合|同时|同步|随后|紧急|正式|再次|首次|专门|统一|分别|先后|现场|持续|"
                         rf"广泛|全面|主动|还|并|又)?(?:组织开展|{_HOLDS_ONE})了?$")


def _subject_of_its_clause(text: str, s: Sentence, m: Mention, actors: list[Mention]) -> bool:
    """Whether ``m`` opens its clause, alone or after the bodies listed with it (A、B联合…), and no person the tagger
    reads follows it there (青山公交32路车长李四带领…: the official acts): its subject.

    Examples:
        >>> from kg.text import parse
        >>> from kg.tagger import tag_documents
        >>> doc = parse("近日，青山公司、白石公司联合开展活动。青山公司经理李小四带领员工，开展活动。")
        >>> _ = tag_documents([doc])
        >>> s, t = doc.articles[0].sentences
        >>> a, b = Mention(3, 7, "Organization", "青山公司", 1), Mention(8, 12, "Organization", "白石公司", 1)
        >>> _subject_of_its_clause(doc.text, s, b, [a, b]), _subject_of_its_clause(doc.text, s, b, [b])
        (True, False)
        >>> u = parse("近日，青山公司向白石公司汇报，开展活动。").articles[0].sentences[0]  # (向: the second is no subject)
        >>> _subject_of_its_clause(u.text, u, Mention(8, 12, "Organization", "白石公司", 1), [a])
        False
        >>> _subject_of_its_clause(doc.text, t, Mention(19, 23, "Organization", "青山公司", 1), [])
        False
    """
    start = m.start - len(_CLAUSE_ENDS.split(text[s.start : m.start])[-1])
    while start < m.start:  # (each body listed before it, the longest that opens there, then a join)
        listed = max((o.end for o in actors if o.start == start and o.end < m.start), default=None)
        if listed is None or text[listed : listed + 1] not in LIST_JOINS:
            return False
        start = listed + 1
    end = m.end + len(_CLAUSE_ENDS.split(text[m.end : s.end])[0])
    return not any(t.tag == "PER" and s.local(m.end) <= t.start and t.end <= s.local(end) for t in s.tokens)


# One clause of the subject's, then 并 and the verb that holds the event: …来青山调研，并召开.
_AND_HOLDS = re.compile(rf"[^，,。；;：:]{{0,30}}[，,]并{HOLD_VERB}了?")
# The close of 在…会上 before the clause that says what happened there: 上，, 期间，.
_AT_THE_MEETING = re.compile(r"(?:上|期间)[，,]")


# What an initiative is for, quoted with 的 right before its name (开展“崇尚好家风、弘扬好家训”的“五好家庭”活动, two
# quotations too); not after a verb of taking part, whose subject takes part whatever else the clause says (组织志愿者参与
# “…”的“…”活动).
_QUOTED_AIM = re.compile(r"(?<=[\u4e00-\u9fff])(?<!参与)(?<!参加)(?<!出席)(?:“[^“”\n]{2,40}”)+的(?=“?$)")
# A topic: 围绕 and what it takes, to the clause's end (围绕市委中心工作).
_AROUND = re.compile(r"围绕[^，,。；;：:]*")


def _joined_after(text: str) -> bool:
    """Whether the words after an event say whom it is for or who join it (:data:`JOIN_AFTER`: 为A…, 向A…, 参加):
    为 a word of its own to jieba, "for" (not 认为, 作为).

    Examples:
        >>> _joined_after("，为白石小学的学生们上课"), _joined_after("的同学们认为，要把阅读作为重点")
        (True, False)
    """
    return any(m.group() != "为" or any(w.start == m.start() and w.text == "为" for w in clause_words(text, m.start()))
               for m in JOIN_AFTER.finditer(text))


def _initiative(c: _Collector, s: Sentence, a: Article, init: Mention, later: list[Mention],
                actors: list[Mention], places: list[Mention], actor: Mention | None) -> None:
    text = c.doc.text
    # (为纪念中国共产党成立百年，…践行Y: a body whose anniversary is marked takes no part in Y)
    before = [o for o in actors if o.end <= init.start and not _per(text, o, actors) and not _ANNIVERSARY_OF.match(text, o.end)]
    # (协会围绕市委市政府中心工作，举办了Y, 围绕县委部署开展Y: the bodies of a topic, 围绕 to the clause's end, do not
    # act in Y)
    topics = [m.span() for m in _AROUND.finditer(text, s.start, init.start)]
    before = [o for o in before if not any(b <= o.start < e for b, e in topics)]
    after = [o for o in actors if o.start >= init.end]
    # (a campaign named in a document's title, 《关于开展Y的通知》: the bodies that issue it (印发, 出台 right before the
    # title, and those listed with them) organize Y; the others around the title only read it or act on it)
    title = text.rfind("《", s.start, init.start)
    if title > text.rfind("》", s.start, init.start):
        issuers = [o for o in before if _ISSUES.fullmatch(text, o.end, title)]
        while issuers and (joined := next((o for o in before if text[o.end : issuers[0].start] in LIST_JOINS), None)):
            issuers.insert(0, joined)  # (白石县委、县政府出台《…》: both)
        for o in issuers:
            c.add(init, "organizer", o, s, a)
        before, after = [], []
    text_before = text[s.start : init.start]
    text_after = text[init.end : s.end]
    # 落实…全会精神, 学习…讲话精神: what a meeting said is followed; following it is no part in the meeting
    followed = text_after.startswith("精神")
    # 由X组织开展的Y
    by = [o for o in before if text[o.start - 1 : o.start] == "由"]
    if by:  # 由X和Y共同举办的Y: the bodies listed after 由 organize it together
        joined = [by[-1]]
        for o in (x for x in before if x.start >= by[-1].end):
            if text[joined[-1].end : o.start] not in LIST_JOINS:
                break
            joined.append(o)
        by = joined
    if by and _BACKS.match(text, by[-1].end):
        by = []  # (由X指导，Y主办的Z: X guides Z, read with the hosts)
    hosted = bool(by) and ORGANIZE.search(text[by[-1].end : init.start])
    # 在X的统一组织协调下，A、B到…开展Y: X organizes Y; the bodies that carry it out under X take part in it
    under = next((o for o in before if _UNDER_ORGANIZING.match(text, o.end)), None)
    if under is not None and not hosted:
        _co_organizers(c, s, a, init, under, before)
        for o in before:
            if o.start > under.end and not _TAKEN_TO.search(text, max(s.start, o.start - 4), o.start) \
                    and text[o.start - 1 : o.start] not in _GONE_TO:
                c.add(init, "participant", o, s, a)  # (not where it is taken: …走进青山中学开展)
        before = []
    # X在Y会议室举办了Z, X在Y中心隆重举行Z: the body after 在 is where Z is held (its location), X before
    # it holds Z; a place there is read below
    venues, holder = _venue(text, before, places, init.start) if before and not hosted else ([], None)
    if hosted:
        for o in by:
            c.add(init, "organizer", o, s, a)
    elif venues or holder is not None:
        for venue in venues:
            c.add(init, "location", venue, s, a)
        if holder is not None:
            _co_organizers(c, s, a, init, holder, before)
    elif before:
        gap = THEMED.sub("", text[before[-1].end : init.start])  # (举办以“…”为主题的第二届…: the theme is no act)
        gap = _QUOTED_AIM.sub("", gap)  # (开展“传承好家风、…”的“四好家”活动: what it is for, quoted, is no act either)
        gap = _ON_THE_OCCASION.sub("", gap)  # (X在春节来临之际，开展Y: the time it is held on is no act, its comma no clause)
        # X与Y的“…”活动: whose initiative it is organizes it (also after 参与: the subject takes part)
        # (在X举行的Y: X is where it is held, not who holds it; X举行Y: who holds it)
        undated = _ASIDE.sub("", gap)  # (the gap without a dated aside)
        venue = text[before[-1].start - 1 : before[-1].start] == "在" and _HELD.match(undated)
        # (参加了在青山市举行的Y: what is held where is no act of the body before)
        acts = _HELD_AT.sub("", gap)
        # (where and when it is held is no part of the act's length: X组织教职工在五楼会议室召开Y, X于3月2日上午9：15
        # 在三楼208室召开了Y)
        for p in places:
            if before[-1].end <= p.start and p.end <= init.start:
                undated = undated.replace("在" + p.text, "", 1)
        if undated.lstrip("）)").startswith(("于", "在")):  # (X于…召开Y; not 总理A1月10日主持召开: the person holds it)
            undated = _WHEN_HELD.sub("", undated)
        # (X来青山调研…，并召开Y: the subject that came goes on to hold it, its one clause before 并)
        goes_on = _AND_HOLDS.fullmatch(gap) is not None and before[-1] is before[0] \
            and text[before[0].start - 1 : before[0].start] not in _GONE_TO  # (到青山公司调研，并召开)
        # (赴青山医院开展Y: the body gone to is where it is held, not who holds it)
        gone_to = _GONE_TO_BODY.search(text, max(s.start, before[-1].start - 2), before[-1].start) is not None
        # (A组织专家来青山医院开展Y: who sends them, before the body gone to, holds it)
        sender = next((o for o in reversed(before[:-1]) if _SENDS.match(text, o.end, before[-1].start)), None) \
            if gone_to else None
        # (the sender first in its clause, or listed with the first: not 青山大学 of A携手青山大学组织…, A邀请B组织…)
        listed = [o for o in before if sender is not None and o.end <= sender.start]
        if listed and any(text[x.end : y.start] not in LIST_JOINS for x, y in zip(listed, [*listed[1:], sender])):
            sender = None
        # (X“…”活动, named right after X: X's own, 省政协“…行动”; not where one goes, 走进青山中学“…”活动现场)
        own = gap.rstrip("“") == "" and not venue and not gone_to
        if ORGANIZE.search(acts) and _clause(_CLOCK.sub("", gap)) and len(undated) <= 12 and not venue and not gone_to \
                or gap.rstrip("“") == "的" or own and not PARTICIPATE.search(text_before) or goes_on:
            _co_organizers(c, s, a, init, before[-1], before)
        elif sender is not None and ORGANIZE.search(acts) and _clause(text[sender.end : init.start]):
            _co_organizers(c, s, a, init, sender, before)
        elif _CARRIED_ON.search(gap) and _subject_of_its_clause(text, s, before[-1], before):
            # (X组织法官深入校园，集中开展Y: X's clauses, then its act; not 前往A、B，开展Y, where the bodies are gone to,
            # nor 青山公司向县委汇报…，并召开Y)
            _co_organizers(c, s, a, init, before[-1], before)
        elif (PARTICIPATE.search(text_before) or PARTICIPATE_AFTER.search(text_after) or ORGANIZE.search(acts)) \
                and not followed and not venue:
            takers = before if "、" in text_before else before[:1]
            if own and before[-1] is not before[0]:  # (A参加了B“…”活动: B's own, A takes part)
                c.add(init, "organizer", before[-1], s, a)
                takers = [o for o in takers if o is not before[-1]]
            for o in takers:
                if text[o.start - 1 : o.start] == "在" and "参加" in gap:
                    c.add(init, "location", o, s, a)  # (领导们在县政务服务中心参加了Y: where they take part, no one)
                else:
                    c.add(init, "participant", o, s, a)
    elif actor is not None and not actors:
        if re.search(r"(?:实施|开展|组织开展|启动)(?:“[^”]*”[+＋、和与及])*$", text_before):
            c.add(init, "organizer", actor, s, a)
        elif (PARTICIPATE.search(text_before) or PARTICIPATE_AFTER.search(text_after)) and not followed:
            c.add(init, "participant", actor, s, a)
    # 我校在体育场举办…, 我院参加了…组织的…: the article's own body, named by 我/本 and its kind
    own = next((m for m in _SELF_ACTS.finditer(text_before) if _ends_word(text_before, m.end(1))), None)
    attends = own is not None and own.group(2).startswith("参")
    # (我校学生在青山市举办的Y中获奖: a verb of a relative clause, 的 after it, is no act of the body)
    if (own and actor is not None and actor.text.endswith(SELF_HEADS[own.group(1)])
            and (attends or "的" not in own.group(3))):
        c.add(init, "participant" if attends else "organizer", actor, s, a)
    # those the initiative is for or who join it, later in the sentence (为A和B的学生们上了一堂课); not after a
    # meeting whose line is studied (学习…全会精神，为A…: the meeting was held elsewhere)
    if after and _joined_after(text_after) and not followed:
        # (not a body that leads or helps: 县委 of …活动，在县委的领导下，专家们走进田间)
        led = [m.span() for m in _LED_OR_HELPED.finditer(s.text)]
        for o in after:
            if not HOSTS.match(text, o.end) and not any(b <= s.local(o.start) < e for b, e in led):
                c.add(init, "participant", o, s, a)
    # 在X推进会上，A与B签订协议: the bodies that open the clause after it act at the meeting
    if (close := _AT_THE_MEETING.match(text, init.end)) and re.search(r"在[^，,。；;]*$", text_before):
        at = close.end()
        subjects = []
        for o in sorted(after, key=lambda x: x.start):
            if o.start != at and not (subjects and text[subjects[-1].end : o.start] in LIST_JOINS):
                break
            subjects.append(o)
            at = o.end
        for o in subjects:
            c.add(init, "participant", o, s, a)
    # where it takes place (在青山县举办…; 青山县的…, 青山县“三年行动”: the place's own, unless an
    # event of it follows: 青山县“万人助万企”活动恳谈会 is the meeting's place)
    quoted = init.text.startswith(("“", "第")) and not any(x.start == init.end for x in later)  # 青山县第三届…
    for p in places:
        if p.end > init.start or followed and not _HELD_AT_IT.match(text, p.end):
            continue  # (在青山社区开展宣讲，将…全会精神…: the meeting whose line is followed was held elsewhere; not
            # 传达在青山县召开的…会议精神, where it was held)
        if text[max(0, p.start - 2) : p.start].endswith(HELD_AT):
            # 在青山省黄河市召开的…会议: the most precise place of a run after 在, each lying in the one
            # before it (黄河市, not 青山省; 粤港澳 is three places side by side, not one inside another)
            run = _places_from(places, p.start, text)
            k = 0
            while k + 1 < len(run) and run[k + 1].end <= init.start and (
                    _lies_in(run[k + 1].text, run[k].text) or text[run[k].end : run[k + 1].start] in SEAT_WORDS):
                k += 1
            c.add(init, "location", run[k], s, a)
        elif text[p.end : init.start] in ("的", "的“") or p.end == init.start and quoted:
            c.add(init, "location", p, s, a)
    # an event taken to a place (…义诊走进青山县, “送文化下乡”活动走进南岭村): it takes place there, the most
    # precise place of the run
    went = _TAKEN_TO.match(text, init.end)
    run = _places_from(places, went.end(), text) if went else []
    k = 0
    while k + 1 < len(run) and _lies_in(run[k + 1].text, run[k].text):
        k += 1
    if run:
        c.add(init, "location", run[k], s, a)
    # an event of a campaign: “万人助万企”活动企业家恳谈会 (not the next of two quotations side by side: a list); one
    # named as one activity of another: 第五届青山茶博会活动之一，…推介会
    activity = _one_activity_of(init, later, text)
    for nxt in later:
        if nxt.start == init.end and not (text.endswith("”", 0, init.end) and text.startswith("“", nxt.start)) \
                or nxt is activity:
            c.add(nxt, "partOf", init, s, a)
