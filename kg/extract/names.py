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
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from functools import cache

from ..gazetteer import divisions, find, named, spelled_by_divisions, spells_a_word
from ..kinds import organization_kind
from ..levels import (ASSEMBLIES, CHARS, COMMITTEE_CHARS, GOVERNMENT_CHARS, MONGOLIAN_LEVELS, NAME_SUFFIXES, PATTERN,
                      TABLED_LEVELS, chars_class)
from ..model import Document, Evidence, Mention, Relation, Sentence
from ..neural import training_orgs, training_places
from ..places import chain
from ..towns import county_in_named_city, holding_county, town_in, towns
from ..words import common_word_over, frequency, in_dictionary, words
from . import WORK_TITLE, register
from .initiative import (QUOTED_SELF, SESSION, WORKS_COUNT, YEAR, ceremony_of, counted_parties, listed_parties,
                          observed_day)
from .ner import GENERIC, ONE_CHARACTER_PLACES, holds_a_term, known_place
from .organization import (FIELD_JOINS, LEGAL_FORM, LEVEL_COMMITTEE, NAMED_PLACE_SUFFIXES, PROPER_HEADS, ROUTE, SITES,
                           STANDALONE_BODIES, STATIONED, SUFFIXES, ZONE_KINDS, ends_as_a_body, named_site)

# An administrative place at the start of a name: 1-6 characters and a level.
_PLACE = re.compile(r"[\u4e00-\u9fff]{1,6}?(?:" + PATTERN + ")")
# After a district, a bare name before a local body is the sub-district it governs (樱桃沟党工委).
_LOCAL_BODY = re.compile(r"([\u4e00-\u9fff]{2,5}?)(?:党工委|管委会|办事处)$")
_NOT_PLACE_START = set("全本该各每此其我")
# What a level's body is called after the level (市委, 市政府): the level stays a place's there.
_LEVEL_BODIES = ("委", "政府", *ASSEMBLIES, "党", "民委员会")
_COUNTED_LEVEL = re.compile(r"[一二三四五六七八九十两几多各]" + chars_class(CHARS))
_LEVEL_WORD = re.compile(r"自治区|自治州|自治县|特别行政区|新区|" + chars_class(GOVERNMENT_CHARS) + "+")
# (a bureau's 局 too, before a unit's name of two characters or more: 规划局 of 规划局国土空间规划科; not 副局长, 气象局局)
# (a democratic party's 市委会 whole: no 市委 in it)
_INNER_ORG = re.compile("|".join([LEVEL_COMMITTEE, *(s for s in SUFFIXES if len(s) >= 2),
                                  "局(?![长局])(?=[\u4e00-\u9fff]{2})",
                                  # (a centre whose section or branch ends the name: …管理中心热线工作科, …发展中心直属分中心;
                                  # not 市中心 of 市中心血站…科)
                                  "(?<![省市县区镇乡])中心(?=[\u4e00-\u9fff]{2,8}[科处室股]$|[\u4e00-\u9fff]{0,4}分中心$)"]))
# A branch named by its city (a province may stand before it): 青山保险公司郑州分公司, 农行河南驻马店分行, and a school's
# or a hospital's: 青山学院襄阳分院, 青山大学宜昌分校.
_BRANCH = re.compile(r"(?:公司|集团|银行|委员会|总局|(?<=[\u4e00-\u9fff])行|学院|医院|大学)"
                     r"((?:(?!分行|分公司|分局|分院|分校)[\u4e00-\u9fff]){2,7}?)"  # (the last branch's: 淮北分行濉溪支行)
                     r"(?:分公司|支公司|分行|中心支行|支行|监管分局|分局|分院|分校)$")
# The heads of a brand's branch in a city, after the city (中国电信济南分公司, 国网陇南供电公司, 青山日报绍兴分社).
_BRAND_BRANCH_HEADS = ("分公司", "支公司", "分行", "支行", "分社", "分局", "供电公司", "供电局", "分中心", "营业部")


def brand_branch(name: str) -> tuple[int, int] | None:
    """Where the city of a brand's branch stands in its name (济南 of 中国电信济南分公司): after a brand of two characters
    or more, before a branch's head (:data:`_BRAND_BRANCH_HEADS`), spelled whole by divisions (广东湛江 of
    南方电网广东湛江供电局; the last is where the branch is); None where no such city is there.

    Examples:
        >>> name = "中国电信济南分公司"
        >>> name[slice(*brand_branch(name))], brand_branch("青山电信分公司"), brand_branch("济南分公司")
        ('济南', None, None)
        >>> name = "南方电网广东湛江供电局"
        >>> name[slice(*brand_branch(name))]
        '湛江'
        >>> name = "国网长沙市城区供电公司"
        >>> name[slice(*brand_branch(name))]
        '长沙市'
    """
    head = next((h for h in _BRAND_BRANCH_HEADS if name.endswith(h)), None)
    if head is None:
        return None
    end = len(name) - len(head)
    for start in range(2, end - 1):
        spelled = spelled_by_divisions(name[start:end])
        if spelled:
            # (the last only where it lies in the one before: not 城区 of 长沙市城区, which 长沙市 holds none of)
            if len(spelled) >= 2 and not {d.parent for d in spelled[-1][3]} & {d.code for d in spelled[-2][3]}:
                spelled = spelled[:-1]
            b, e, _, _ = spelled[-1]
            return start + b, start + e
    return None


def brand_opening(name: str) -> tuple[int, int, int] | None:
    """Where a brand that opens a body's name ends, a division's name right after it, and where that division (the
    last of a run) stands (中国移动 and 浙江 of 中国移动浙江公司, 农行 and 郑州 of 农行郑州金水支行): the brand one
    word that jieba's dictionary reads as a body's name or its abbreviation (nt, j; not another proper name, nz: 美籍华人
    of 美籍华人青山制药公司), no division nor a place of the training data, in a name of three words or more; the
    division a word of its own (not 延安 of 延安路) with two characters or more after it; None where no brand opens it.

    Examples:
        >>> name = "中国移动浙江公司"
        >>> end, b, e = brand_opening(name)
        >>> name[:end], name[b:e], brand_opening("青山浙江公司"), brand_opening("中国移动公司")
        ('中国移动', '浙江', None, None)
        >>> brand_opening("美籍华人杭州青山制药有限公司"), brand_opening("农行延安路分理处"), brand_opening("中国移动浙江分")
        (None, None, None)
    """
    ws = words(name)
    first = ws[0] if len(ws) >= 3 else None
    if first is None or first.pos not in ("nt", "j") or len(first.text) < 2 or find(first.text) \
            or first.text in training_places():
        return None
    at, run = 0, None
    for b, e, _, _ in find(name[first.end :]):
        if b != at:
            break
        run, at = (b, e), e
    # (the division a word of its own: not 延安 of 延安路, 杭州 of 杭州湾)
    if run is None or first.end + at > len(name) - 2 or first.end + at not in {w.end for w in ws}:
        return None
    return first.end, first.end + run[0], first.end + run[1]


COUNTRY = ("中国", "全国", "中华人民共和国")
UNIVERSITIES = ("大学", "学院")
# A university's college, school, institute or campus in another city, named by the city after the university's name
# (南京师范大学泰州学院, 北京大学深圳研究生院, 西安交通大学苏州研究院, 山东大学威海校区).
_CAMPUS = re.compile(r"大学([\u4e00-\u9fff]{2,3}?)(?:[\u4e00-\u9fff]*(?:学院|研究生院|研究院)|校区|分校)$")


def campus_place(name: str) -> tuple[int, int] | None:
    """The span of the city a university's college or campus elsewhere is named by, after the university's name (泰州
    of 南京师范大学泰州学院): a city's or a county's name, whole, that is no common word; None where there is none
    (南京大学商学院, 中国人民大学; 东方学院, not in the city 东方; a province, 台湾, 香港: a college of studies of it).

    Examples:
        >>> n = "南京师范大学泰州学院"
        >>> n[slice(*campus_place(n))], campus_place("南京大学商学院"), campus_place("山东大学威海校区")
        ('泰州', None, (4, 6))
        >>> campus_place("浙江财经大学东方学院"), campus_place("厦门大学台湾研究院"), campus_place("某大学香港学院")
        (None, None, None)
        >>> n = "西安交通大学苏州研究院"
        >>> n[slice(*campus_place(n))]
        '苏州'
    """
    m = _CAMPUS.search(name)
    if m is None:
        return None
    for end in range(m.end(1), len(name) + 1):  # (the shortest division's name from there: 泰州, not 泰州学)
        place = name[m.start(1) : end]
        levels = {d.level for d in named(place)}
        if levels and levels <= {"prefecture", "county"} \
                and not any(w.text == place and w.pos != "ns" for w in words(place)):
            return m.start(1), end
    return None
PARTY = "中国共产党"
COUNTRY_BODIES = (PARTY, "中共")
# A city in brackets inside a company's name: 莱克电气绿能科技（苏州）有限公司.
_BRACKETED = re.compile(r"[（(]([\u4e00-\u9fff]{2,4})[）)](?=[\u4e00-\u9fff]*(?:公司|集团|厂)$)")
# A party or staff body of a unit, after the unit's name and an optional ordinal: 总务部党委, 第五党支部.
_PARTY_BODY = re.compile(r"(?:第[一二三四五六七八九十\d]+)?(?:党委|党总支|党支部|团支部|团总支|支部|党组|团委|工会|纪委)$")
_UNIT_ENDS = set("部处科室办院所局委厅社团队校厂司行馆站中")
# Bodies of a village or town, named after it (灵光小学 of 灵光村); others named like one need not
# be there (黄河食品公司, 黄河水利委员会 are not in 黄河村).
_LOCAL_HEADS = ("小学", "中学", "幼儿园", "卫生室", "卫生院", "合作社", "党支部", "党总支", "村委会", "居委会",
                "服务中心", "服务站", "派出所", "中心校")
# The level of a local place, after its bare name: 灵光村, 黄集镇, 东街社区.
_LOCAL_LEVEL = re.compile(r"(?:村|镇|乡|社区|街道)$")
# What an event celebrates or marks stands after these in its name.
_CELEBRATES = re.compile(r"(?:庆祝|纪念|喜迎|迎接)$")
# A mission posted in a host country or city: 俄罗斯驻华大使馆, 外交部驻香港特派员公署, 联合国…驻华代表处, and a city's
# liaison office named short (青山市驻京办, 青山市政府驻沪办).
_POSTED = re.compile(r"驻([\u4e00-\u9fff]{1,8}?)(?:特命全权)?(?:大使馆|总领事馆|领事馆|使馆|代表处|代表团|办事处|"
                     r"特派员公署|联络处|办)$")
# A body stationed in a division by another (莱西市驻两当县劳务协作工作站; :func:`_posted` asks that the division be a
# place it knows, or a stem of the gazetteer with its level: 恩施州).
_STATIONED_IN = re.compile(r"(?<=[\u4e00-\u9fff]{2})驻([\u4e00-\u9fff]{2,8}?[省市县区旗州])[\u4e00-\u9fff]{2,}")
# The heads of associations, named by the kind of their members (中国博物馆协会, 中国作家协会).
_ASSOCIATIONS = ("协会", "学会", "联合会", "研究会", "促进会")
# A bus line of a bus company: 郑州公交32路 (not 302路, a line's number alone: no company 30).
_LINE = re.compile(r"^(.{2,}?)(?<!\d)(\d{1,3}路)$")


def _level_in_word(name: str, end: int) -> bool:
    """Whether the level that ends at ``end`` is the tail of a longer word (超市, 城区), not a level.

    Examples:
        >>> _level_in_word("好客超市", 4), _level_in_word("玉林街道", 4), _level_in_word("青山县", 3)
        (True, False, False)
    """
    level = next((lv for lv in NAME_SUFFIXES if name.endswith(lv, 0, end)), "")
    at = end - len(level)
    return bool(level) and any(w.start < at < w.end for w in words(name))


def _level_in_longer_word(name: str, end: int) -> bool:
    """Whether a dictionary word runs on past the level that ends at ``end`` (市场, 市长 after 中国),
    unless the word is the level's body (市委, 市政府, 村党委) or its communities (街道社区 of 青木街道社区卫生服务中心); not
    one jieba makes up (市化 of 黔西市化屋村).

    Examples:
        >>> _level_in_longer_word("中国市长协会", 3), _level_in_longer_word("郑州市委宣传部", 3)
        (True, False)
        >>> _level_in_longer_word("青木街道社区卫生服务中心", 4)
        False
    """
    return any(w.start < end < w.end and w.pos not in ("nt", "ns") and in_dictionary(w.text)
               and not name.startswith(_LEVEL_BODIES, w.start + 1) and name[end : w.end] != "社区" for w in words(name))


# The heads of a federation of the bodies its name opens with (工会联合会, 企业联盟): no unit of one of them.
_FEDERATIONS = ("联合会", "联盟")
# The heads of a group that the body its name opens with leads (青山中学教育集团, 青山县人民医院医疗集团): the body is
# one of the group's, not the group one of its units.
_LED_GROUPS = ("教育集团", "医疗集团")


# How often jieba's dictionary may count a word ending in 村 that names a village (农村 11,478, 全村 260, 该村 40, 村村 59
# are words, no village's name), and the two characters that end it (新农村, 社会主义新农村; not 东山村: 山村 178)
_COMMON_VILLAGE_WORD = 20
_COMMON_WORD_END = 1000
# How often a word that a level's character ends is counted where it names no place there (城市 25,084, 农村 11,478;
# not 沙市 1,138 nor 市区 2,460, which a name may end with)
_VERY_COMMON = 5000
# What jieba reads a village's name as where it is no name: a verb, a numeral, a place word, an adverb, a pronoun…
# (驻 of 驻村工作队, 示范, 两, 城中; a name may be a noun or an adjective: 光明村, 幸福村)
_NO_VILLAGE_POS = frozenset("vmsfdprcu")
_VILLAGE = re.compile(r"[\u4e00-\u9fff]{1,4}?村")
_TOWNSHIP = re.compile(r"(?:乡|镇|街道)$")
# A township's or a village's level right after a city's bare name: the city's name is the stem of the township's (永安
# of 永安镇, 永安村), no place the township lies in.
# (not 乡村 of 永安乡村振兴局, 村镇 of 永安村镇银行; not 社区, a city's community work: 深圳社区基金会)
_TOWN_STEM = re.compile(r"村(?!镇)|镇|乡(?!村)|街道")
# A community, a park or a square named by a city's bare name and its kind alone, or its body after it: the venue's own
# name (泰兴社区 of a street in Inner Mongolia, 中山公园 after Sun Yat-sen, 北海公园 in Beijing, 泰兴社区居委会), no place
# it lies in (not 深圳社区基金会, a city's foundation for community work)
_NAMED_LIKE_A_CITY = re.compile("(?:社区|公园|广场)(?:居委会|居民委员会|党委|党总支|党支部|党群服务中心|管理处)?")
# What a road, a lane or a gully named after a city ends with (南京路, 长春沟): the city's bare name before it is the
# road's, no place the name is in
_STREET_OR_GULLY = tuple("路街巷沟")
# the quarter or the section of a road named after a city, before 路 or 街 (中山北路, 南京东路, 青山中二路, 青山三西路)
_ROAD_SECTION = re.compile(r"[东南西北中]{1,2}[一二三四五六七八九十]{0,2}(?=[路街])|[一二三四五六七八九十]{1,2}[东南西北](?=[路街])")


def _placed_zone(name: str, kind: str) -> bool:
    """Whether ``name`` holds a zone of ``kind`` named by what stands before it (苏州高新区, 江宁高新区管委会; not
    省科技厅高新区发展处, whose 高新区 is a field of the office).

    Examples:
        >>> _placed_zone("苏州高新区管委会", "高新区"), _placed_zone("江宁高新区", "高新区")
        (True, True)
        >>> _placed_zone("省科技厅高新区发展处", "高新区"), _placed_zone("市政协高新区工作室", "高新区")
        (False, False)
    """
    at = name.find(kind)
    return at >= 2 and not ends_as_a_body(name[:at]) and not _names_a_body(name[:at])


def _county_not_held(before: str, name: str) -> bool:
    """Whether ``name`` names only counties (or their like) of the gazetteer, and ``before`` only counties, none holding
    it: a county holds no county (古县 of 永丰县古县林场 is the farm's name, not 山西's 古县).

    Examples:
        >>> _county_not_held("永丰县", "古县"), _county_not_held("郑州市", "金水区"), _county_not_held("青山县", "白石镇")
        (True, False, False)
    """
    outer, inner = named(before), named(name)
    return bool(outer) and bool(inner) and all(d.level == "county" for d in outer + inner)


def _street_of_a_city(name: str, at: int) -> bool:
    """Whether a city's bare name that opens ``name`` and ends at ``at`` names a road, a lane or a gully there (南京路小学,
    武汉路小学, 长春沟村; with the road's quarter or section: 中山北路, 南京东路): 路, 街, 巷 or 沟 a word of its own or
    the end of the city's word, or 沟 of a village's name; not the first character of a longer word (路桥, 路政, 街舞 of
    bodies of the city).

    Examples:
        >>> [_street_of_a_city(n, 2) for n in ("南京路小学", "武汉路小学", "长春沟村", "郑州路桥公司", "沈阳街舞协会")]
        [True, True, True, False, False]
        >>> [_street_of_a_city(n, 2) for n in ("中山北路", "南京东路小学", "郑州中二路", "郑州东站", "郑州南街道")]
        [True, True, True, False, False]
        >>> _street_of_a_city("郑州东路政执法大队", 2), _street_of_a_city("郑州一中街校区", 2)
        (False, False)
    """
    if section := _ROAD_SECTION.match(name, at):
        # (路 or 街 then opens no word: not 路政 of 郑州东路政执法大队; but 路口, 路旁, where by it)
        road = section.end()
        return not (in_dictionary(name[road : road + 2]) and name[road + 1 : road + 2] not in "旁边口侧段头")
    if not name.startswith(_STREET_OR_GULLY, at):
        return False
    for w in words(name):
        if w.start < at < w.end:
            return True
        if w.start == at:
            return w.text in (name[at], name[at] + "村")
    return False


# A field's word, then what it does for the level: 质量强县, 工业强市, 生态立县, 产业兴镇.
_STRONG_LEVEL = re.compile(r"[\u4e00-\u9fff]{2,4}[强立兴富][省市县区镇乡村]")


def _common_word(word: str) -> bool:
    """Whether jieba's dictionary holds ``word`` as a common word, no place the gazetteer or the labeled data knows
    (城市, which jieba may tag as a place's name; not 津市, 新城).

    Examples:
        >>> _common_word("城市"), _common_word("津市"), _common_word("新城")
        (True, False, False)
    """
    return frequency(word) >= _COMMON_WORD_END and not named(word) and word not in training_places()


def _holds_cities(divisions: tuple) -> bool:
    """Whether one of the divisions a name may stand for is large enough to hold a city (…市): a province or a
    prefecture, not a county or a township.

    Examples:
        >>> from kg.gazetteer import find
        >>> _holds_cities(find("南阳")[0][3]), _holds_cities(find("安达")[0][3])
        (True, False)
    """
    return any(d.level in ("province", "prefecture", "municipality") for d in divisions)


def _opens_with_a_level(name: str) -> bool:
    """Whether a body's name opens with a level, a word of its own (县, 全市; not 乡 of 乡村振兴…, 市 of 市场…, 全 of
    全域…), the centre's (中央, 国务院) or a place (白石县…).

    Examples:
        >>> _opens_with_a_level("县扫黑除恶领导小组办公室"), _opens_with_a_level("攻坚成果领导小组办公室")
        (True, False)
        >>> _opens_with_a_level("全域旅游发展领导小组办公室"), _opens_with_a_level("全县旅游发展领导小组办公室")
        (False, True)
    """
    first = words(name)[0].text if name else ""
    return first in tuple("省市县区州旗盟") or bool(re.match(r"全[省市县区州旗盟]|中央|国务院", name)) \
        or bool(leading_places(name))


def _untabled(place: str) -> bool:
    """Whether ``place`` ends in a level that is a common word too and the township table does not hold it (云南苏木 of
    云南苏木中药材公司; not 达尔汗苏木).

    Examples:
        >>> _untabled("云南苏木"), _untabled("达尔汗苏木"), _untabled("白石镇")
        (True, False, False)
    """
    return place.endswith(TABLED_LEVELS) and place not in towns()


def _one_before_a_long_level(place: str) -> bool:
    """Whether ``place`` is one character and a Mongolian level (布嘎查 of 哈日道布嘎查, cut by a tagger: no village's
    name is one character before 嘎查, as 王村 is before 村; 高新区 is a zone).

    Examples:
        >>> _one_before_a_long_level("布嘎查"), _one_before_a_long_level("王村"), _one_before_a_long_level("白音嘎查")
        (True, False, False)
    """
    return place.endswith(MONGOLIAN_LEVELS) and len(place) == 3


def leading_places(name: str, body: bool = True) -> list[tuple[int, int]]:
    """Spans of the administrative places that a name starts with, and a zone named for the last of them (``body``: the
    name is a body's, whose first word may be a longer word that a division's bare name only opens: 合作社 of
    合作社理事会; a place's first word is its city's: 商丘站, a station of 商丘).

    Examples:
        >>> n = "宁波市鄞州区惠风书馆"
        >>> [n[s:e] for s, e in leading_places(n)], leading_places("蔬菜批发市场管理处"), leading_places("自治区党委")
        (['宁波市', '鄞州区'], [], [])
        >>> n = "中共青山县委"
        >>> [n[s:e] for s, e in leading_places(n)], leading_places("建设银行河南省分行")
        (['青山县'], [])
        >>> leading_places("团市委"), leading_places("津市市委"), leading_places("城乡建设局")
        ([], [(0, 3)], [])
        >>> leading_places("永安镇"), leading_places("永安乡村振兴局")  # (a township's stem; 乡村, no township)
        ([], [(0, 2)])
        >>> n = "孝感高新区实验小学"  # (a zone named for the place before it, after it: the place, then the zone)
        >>> [n[s:e] for s, e in leading_places(n)]
        ['孝感', '孝感高新区']
        >>> n, m = "郑州市朝阳区实验小学", "孝感市白石镇中心小学"  # (a division of the gazetteer, a township: no zone)
        >>> [n[s:e] for s, e in leading_places(n)], [m[s:e] for s, e in leading_places(m)]
        (['郑州市', '朝阳区'], ['孝感市', '白石镇'])
        >>> n = "云南滇中新区党工委"  # (a zone named with its province, as a national new area's official name is)
        >>> [n[s:e] for s, e in leading_places(n)]
        ['云南', '云南滇中新区']
        >>> n = "孝感经济开发区管委会"  # (the kind in full: 经济开发区, 经济技术开发区)
        >>> [n[s:e] for s, e in leading_places(n)]
        ['孝感', '孝感经济开发区']
        >>> n = "白石镇新市社区党群服务中心"  # (a community whose name holds a level's character: no city 新市)
        >>> [n[s:e] for s, e in leading_places(n)]
        ['白石镇']
        >>> leading_places("质量强县工作委员会"), leading_places("工业强市领导小组")  # (slogans, no places)
        ([], [])
        >>> n, m, k = "党群城市家园", "五社社区文化广场", "白石地区人民医院"  # (城市, a word, no city; 社区, 地区 places)
        >>> leading_places(n), [m[s:e] for s, e in leading_places(m, False)], [k[s:e] for s, e in leading_places(k)]
        ([], ['五社社区'], ['白石地区'])
        >>> leading_places("基诺沙市政府")  # (沙市, a word less common: a city's name ends with it)
        [(0, 4)]
        >>> leading_places("白石苗族自治州人民政府")  # (a level's own word: 自治州)
        [(0, 7)]
        >>> leading_places("驻县劳务协作工作站")  # (stationed in the county)
        []
    """
    if party := central_party(name):  # a party's committee of a place: 中共青山县委, 民建青山市委
        return [(s + party, e + party) for s, e in leading_places(name[party:], body)]
    if ROUTE.match(name):
        return []  # a route (and the works on it) runs between its two places, in neither (信阳至南阳铁路改建工程)
    spans = []
    pos = 0
    hits = find(name)
    ws = words(name)
    leveled = _PLACE.match(name)
    if leveled and (_level_in_word(name, leveled.end()) or _level_in_longer_word(name, leveled.end())):
        leveled = None  # 牡丹江好客超市: 超市 is no city; 郑州市场监管局: 郑州 and 市场监管局
    links = chain(name, body=body)  # 南阳高丘镇孙湾小学: divisions one inside the one before (kg.places.chain), not 南阳高丘镇
    if links and links[-1][1] < len(name):
        spans = [(b, e) for b, e, _ in links]
        pos = spans[-1][1]
        if len(spans) >= 2 and _BARE_ZONE_KIND.fullmatch(name, *spans[-1]):
            spans[-1] = (spans[-2][0], pos)  # a zone the township table names by its kind alone: 孝感 + 经济开发区
    elif hits and hits[0][0] == 0 and hits[0][1] < len(name) and not (
            body and hits[0][2] not in [d.name for d in hits[0][3]] and _bare_word(name, hits[0][1])) and (
            not leveled or hits[0][1] < leveled.end() - 2 and _PLACE.fullmatch(name, hits[0][1], leveled.end())) \
            and not _street_of_a_city(name, hits[0][1]) and not _TOWN_STEM.match(name, hits[0][1]) \
            and not _NAMED_LIKE_A_CITY.fullmatch(name, hits[0][1]) \
            and not (leveled and name[leveled.end() - 1] == "市" and not _holds_cities(hits[0][3])):
        # a bare city name from the gazetteer (郑州信大捷安信息技术有限公司), or a province's before
        # the county it holds (四川 of 四川马边彝族自治县); not one a road or a gully is named after (南京路小学, 长春沟村),
        # nor a county's before a city, which no county holds (安达 of 安达利亚市, a foreign city)
        spans.append((0, hits[0][1]))
        pos = hits[0][1]
    while pos < len(name):
        # right after a township, a village of any name that is no common word: 白石镇代村蔬菜基地, 白石镇红旗村…
        # (not 红旗 of a banner's level; not 白石镇全村, 白石镇新农村建设)
        village = _VILLAGE.match(name, pos) if spans and _TOWNSHIP.search(name, 0, spans[-1][1]) else None
        before = words(village.group()[:-1]) if village else ()
        if village and village.end() < len(name) and name[pos] not in _NOT_PLACE_START \
                and frequency(village.group()) < _COMMON_VILLAGE_WORD and frequency(village.group()[-2:]) < _COMMON_WORD_END \
                and not (len(before) == 1 and before[0].pos[:1] in _NO_VILLAGE_POS):  # (驻村, 示范村, 两村, 城中村)
            spans.append((pos, village.end()))
            pos = village.end()
            continue
        m = _PLACE.match(name, pos)
        if not m or m.end() >= len(name) or name[pos] in _NOT_PLACE_START or m.end() - pos < 2 \
                or name.startswith("社区", pos) or _untabled(m.group()) or _one_before_a_long_level(m.group()):
            break  # (…街道社区卫生服务中心: the street's communities, no place 社区; 云南苏木中药材公司: the medicine;
            # 布嘎查村民委员会, the end of a village's name the tagger cut)
        if _level_in_longer_word(name, m.end()) and m.group() not in towns():
            break  # the level character stands inside a word: 蔬菜批发市场, 中国市长协会 hold no city (a township of the
            # gazetteer is one whatever word jieba reads over its 镇: 古交镇 of 古交镇南王马学校)
        if name[pos] in "省市县区" and not find(m.group()) and m.group() not in towns():
            # a level's character alone, the body's own level, opens no place's name (县 of 县城关镇中心小学: the
            # township after it is the place); where no division or township follows, none (市农工市委会: the city
            # committee of a party, 农工, no city 市农工市; not 市中区, 市北区, divisions of the gazetteer)
            if find(name[pos + 1 : m.end()]) or name[pos + 1 : m.end()] in towns():
                pos += 1
                continue
            break
        if any(w.start < m.end() - 1 and w.end == m.end() and frequency(w.text) >= _VERY_COMMON and not named(w.text)
               and w.text not in (*NAME_SUFFIXES, "社区", "地区") for w in ws if w.start >= pos):
            break  # a very common word that the level's character ends: 城市 of 党群城市家园, no city 党群城 (not 沙市 of
            # 基诺沙市, a city's name too; a level's word, 自治州, and 社区, 地区: places of their kind)
        if name[m.end() - 1] in "镇乡" and name.startswith("街道", m.end()) and name[pos : m.end() + 2] in towns():
            break  # a street the gazetteer names as a township (北镇街道): no township in it (not 白石镇街道环卫所)
        if spans and _TOWNSHIP.search(name, 0, spans[-1][1]) and name[m.end() - 1] in "省市县区旗" \
                and name.startswith(("社区", "居委会"), m.end()):
            break  # a community's name after its township, a level's character in it: 小榄镇新市社区, no city 新市
        if m.end() - pos == 2 and name[pos] == "驻":
            break  # 驻 and a level: stationed in the county (驻县劳务协作工作站), no place 驻县
        if m.end() - pos == 2 and any(w.start == pos and w.end == m.end() and (w.pos != "ns" or _common_word(w.text))
                                      for w in ws):
            break  # a word of two characters that is no place: 城乡 of 城乡建设局, no township 城; 城市 of 兰州市城市管理局
        if name[pos] in CHARS and any(w.start == pos + 1 and w.end == m.end()
                                      and (w.pos != "ns" or _common_word(w.text)) for w in ws):
            break  # a level, then a word that ends with a level's character: 市 + 城市 of 市城市管理局, no city 市城
        if any(pos < w.start and w.end == m.end() and len(w.text) == 2 and w.text[-1] in "乡镇" and _common_word(w.text)
               and k and (len(ws[k - 1].text) >= 2 or ws[k - 1].text in "和与及省市县区") for k, w in enumerate(ws)):
            break  # a common word after a field's or a level that ends with a township's level: 住房和城乡 (not 李家乡)
        if name[m.end() - 1] in CHARS and any(
                w.start == pos and w.end == m.end() and w.pos == "n" and w.text not in training_places()
                for w in ws):
            break  # a common noun that ends with a division's level: 工业园区 of 工业园区管委会, a kind of zone; 直辖市
        if spans and _county_not_held(name[slice(*spans[-1])], m.group()):
            after = words(name[m.end() :])[:1]
            if name[m.end() : m.end() + 1] in "村镇乡" and m.end() + 1 < len(name) and after and (
                    len(after[0].text) == 1 or after[0].pos in ("nt", "j") or after[0].text.endswith(_LEVEL_BODIES)):
                # (its own word, or its body's: 古县村委会, 古县乡政府; not 乡村 of 古县乡村振兴工作站)
                spans.append((pos, m.end() + 1))  # a village or township named after a county (古县村 of 永丰县)
                pos = m.end() + 1
                continue
            break  # a county's name after a county that does not hold it: the body's own name (永丰县古县林场)
        if _STRONG_LEVEL.fullmatch(m.group()) and any(w.start == pos and w.end == m.end() - 2 and _common_word(w.text)
                                                      for w in ws):
            break  # a slogan that makes the level strong by a field, no place: 质量强县, 工业强市, 生态立县
        if _names_a_body(m.group()):
            break  # a body's name before the level: 建设银行河南省 of 建设银行河南省分行, 市政协高新区 is no place
        inner = find(m.group())
        if not spans and inner and inner[0][0] >= 2 and inner[0][1] == m.end() - pos:
            # a division of the gazetteer after words that name no place: the body's short name before its branch's
            # place (国网 of 国网云阳县供电公司, 工行 of 工行青山县支行), the division alone is the place
            spans.append((pos + inner[0][0], m.end()))
            pos = m.end()
            continue
        if _LEVEL_WORD.fullmatch(m.group()) or _COUNTED_LEVEL.fullmatch(m.group()):
            break  # a level with no name: 自治区党委, 县市场监管局; a count: 三省两市
        village_body = name.endswith(_LOCAL_HEADS) or _PARTY_BODY.search(name)
        if m.group().endswith("村") and (m.end() - pos < 3 or not village_body or any(
                w.end == m.end() - pos and len(w.text) >= 2 and w.pos not in ("ns", "nr") for w in words(m.group()))):
            break  # only a village's body (灵光村党支部); a village has a name of its own: not 农村, 新农村, 地球村
        # The level character must not start a body's name (区委, 区政府, 市委).
        if name[m.end() : m.end() + 1] in ("委",) and name[m.end() - 1] in COMMITTEE_CHARS:
            if m.end() - pos > 2 or find(m.group()):
                spans.append((pos, m.end()))  # (团市委, 团省委: the league's committee of the level, no place 团市)
            break
        if spans and spans[-1][1] == pos and _ZONE_KIND.fullmatch(m.group()) and not find(m.group()):
            # a zone right after a place, no division of the gazetteer: the zone named with the place (孝感高新区,
            # 孝感经开区, 香港特区; 云南滇中新区, a national new area's official name)
            spans.append((spans[-1][0], m.end()))
        else:
            spans.append((pos, m.end()))
        pos = m.end()
    if spans:
        rest = name[spans[-1][1] :]
        local = _LOCAL_BODY.match(rest)
        if local and not _PLACE.fullmatch(local.group(1)) and not _ZONE.search(local.group(1)):  # a zone is named whole
            b = spans[-1][1]
            spans.append((b, b + len(local.group(1))))
    return spans


# What a zone named with the place before it reads as: a kind of zone (高新区, 经开区, 经济开发区, 特区, 垦区) or a new area
# (天府新区); not a district of its own name the gazetteer lacks (白沙区 of 青山市白沙区, 红星湖区).
_KINDS_OF_ZONE = r"(?:高新|经开|(?:经济(?:技术)?)?开发|保税|综保|垦)区"
_ZONE_KIND = re.compile(rf"{_KINDS_OF_ZONE}|特区|[\u4e00-\u9fff]{{0,4}}新区")
# A zone's kind alone, no name of its own (经济开发区, 新区; not 浦东新区), as the township table names some zones.
_BARE_ZONE_KIND = re.compile(rf"{_KINDS_OF_ZONE}|新区")


def central_party(name: str) -> int:
    """How long the name of the party that opens ``name`` is (中共, 民建 of 民建青山市委, 九三学社): a body the training
    data names with its central committee (中共中央, 民建中央, 九三学社中央); 0 where none opens it.

    Examples:
        >>> central_party("民建青山市委"), central_party("中共青山县委"), central_party("青山市委"), central_party("中共")
        (2, 2, 0, 0)
        >>> central_party("农工党市委")  # (the party's committee of the article's city, the city unnamed)
        3
        >>> central_party("团西宁市委"), central_party("团青山县委员会"), central_party("团市委"), central_party("团结村委")
        (1, 1, 0, 0)
        >>> central_party("团风县委")  # (a county's committee: 团风县 opens it)
        0
    """
    k = next((k for k in (4, 3, 2) if len(name) >= k + 2 and name[:k] + "中央" in training_orgs()), 0)
    if not k and name[:1] + "中央" in training_orgs() and _LEAGUE_COMMITTEE.fullmatch(name, 1) \
            and not any(b == 0 for b, *_ in find(name)):
        k = 1  # (团 of 团青山市委, the league's committee of a place: 团中央 at the centre; not 团风县委, a county's)
    return k


# A place's committee: the place, its level, 委 or 委员会 (青山市委, 青山县委员会).
_LEAGUE_COMMITTEE = re.compile(r"[\u4e00-\u9fff]{1,6}[省市县区旗]委(?:员会)?")


def _bare_word(name: str, end: int) -> bool:
    """Whether a division's bare name that opens a body's name, ending at ``end``, is a word here and no city: the
    start of a longer word (:func:`_bare_in_a_word`), or a verb or an adjective of the same spelling that the labeled
    data never names as a place (合作 of 合作医院; not 开封 of 开封银行, which jieba reads as a verb), or a word of
    place or direction (东方 of 东方医院, 城北 of 城北中学; not 海口 of 海口银行, a place of the labeled data).

    Examples:
        >>> _bare_word("合作医院", 2), _bare_word("开封银行", 2), _bare_word("郑州信大公司", 2)
        (True, False, False)
        >>> _bare_word("东方医院", 2), _bare_word("海口银行", 2)
        (True, False)
    """
    bare = name[:end]
    spelled = spells_a_word(bare) or [w.pos for w in words(bare)] in (["s"], ["f"])
    return _bare_in_a_word(name, end) or spelled and bare not in training_places()


def _bare_in_a_word(name: str, end: int) -> bool:
    """Whether a division's bare name that opens a name and ends at ``end`` is the start of a longer word of another
    kind (合作 of 合作社, 东方 of 东方红): no city (a place's or a body's word stays: 北京 of 北京银行).

    Examples:
        >>> _bare_in_a_word("合作社理事会", 2), _bare_in_a_word("东方红小学", 2), _bare_in_a_word("郑州信大公司", 2)
        (True, True, False)
    """
    return common_word_over(words(name), end)


def _head_in_a_word(name: str, start: int, end: int) -> bool:
    """Whether a body's head found inside a name ends inside a longer word there that is no body's head: 大学 of
    青山省大学生体育协会 is 大学生 (students), no university; 集团 of 集团军, 银行 of 银行业 neither; nor 商会 of
    中国人民政治协商会议, one word. 大学 of 青山大学附属医院 is one, and so is 集团 of 集团公司 (a head after a head: the
    body's unit or team, 大学队).

    Examples:
        >>> n = "青山省大学生体育协会"
        >>> _head_in_a_word(n, 3, 5), _head_in_a_word("青山大学附属医院", 2, 4), _head_in_a_word("青山大学队", 2, 4)
        (True, False, False)
        >>> _head_in_a_word("中国人民政治协商会议", 7, 9)
        True
    """
    return any(w.start < end < w.end and w.text[end - w.start :] not in (*SUFFIXES, "队") for w in words(name))


def _bureau(name: str, at: int) -> bool:
    """Whether the 局 at ``at`` inside a name ends a bureau's name: jieba reads it alone (交通运输 | 局) or closing a
    body's word (国家林业局, 工商局), or 局 and the character before it are no word of their own (规划局, 人社局, 文旅局)
    or a level's character and 局 (省局); not 布局, 格局, 当局, 空间布局.

    Examples:
        >>> _bureau("市交通运输局综合规划科", 5), _bureau("市自然资源和规划局测绘科", 8), _bureau("省局生产监管处", 1)
        (True, True, True)
        >>> _bureau("青山市空间布局规划研究中心", 6), _bureau("美国当局代表团", 3), _bureau("国家林业局规划院", 4)
        (False, False, True)
        >>> _bureau("市人社局就业促进科", 3), _bureau("市文旅局产业发展科", 3)
        (True, True)
    """
    word = next((w for w in words(name) if w.start <= at < w.end), None)
    two = name[at - 1 : at + 1]  # (the character before 局 and 局: 布局 is a word of its own, 社局 of 人社局 none)
    if word is None:
        return True  # (no word of jieba's there: nothing says it is none)
    return word.end == at + 1 and (word.start == at or word.pos in ("nt", "j") or two[0] in GOVERNMENT_CHARS
                                   or not in_dictionary(two))


def training_org_prefix(name: str) -> int:
    """Where the longest organisation of the training data that opens ``name`` ends, leaving two
    characters or more after it (国务院 in 国务院新闻办); 0 when none does.

    Examples:
        >>> n = "国务院新闻办公室"
        >>> n[:training_org_prefix(n)], training_org_prefix("国务院"), training_org_prefix("共产党员服务队")
        ('国务院', 0, 0)
    """
    orgs = training_orgs()
    # not into the name's own head: 国务院新闻办 of 国务院新闻办公室 is its short form, 国务院 its parent
    head = next((len(name) - len(x) for x in SUFFIXES if name.endswith(x)), len(name))
    # (nor the body its members are named by: 共产党 of 共产党员服务队, 共青团 of 共青团员…)
    return next((k for k in range(min(len(name) - 2, head), 2, -1) if name[:k] in orgs and name[k] != "员"), 0)


# A room or building named by the body it belongs to: 金叶印务公司会议室, 金水区政府一楼多功能厅.
_ROOM = re.compile(r"(?:[一二三四五六七八九十\d]+楼|[一二三四五六七八九十\d]+层)?(?:多功能厅|会议室|会议厅|报告厅|礼堂|大楼|楼)$")


_OWNER = re.compile(_INNER_ORG.pattern + "|公司")


def owner_end(name: str) -> int:
    """Where the body a room or building belongs to ends in its name; 0 when it names none.

    Examples:
        >>> n = "金水区政府一楼多功能厅"
        >>> n[:owner_end(n)], owner_end("印务公司会议室"), owner_end("惠济区花园口湿地公园")
        ('金水区政府', 4, 0)
    """
    room = _ROOM.search(name)
    if not room:
        return 0
    bodies = [x.end() for x in _OWNER.finditer(name, 0, room.start()) if x.group() != "局" or _bureau(name, x.start())]
    return bodies[-1] if bodies and bodies[-1] >= 3 else 0


def village_end(name: str) -> int:
    """Where the village or community a room or building stands in ends in its name (a name of three characters or
    more); 0 when it names none.

    Examples:
        >>> n = "红旗村会议室"
        >>> n[:village_end(n)], village_end("红旗村"), village_end("青山公司会议室"), village_end("该村会议室")
        ('红旗村', 0, 0, 0)
    """
    room = _ROOM.search(name)
    return room.start() if room and room.start() >= 3 and name.endswith(("村", "社区", "小区"), 0, room.start()) else 0


_ZONE = re.compile("(?:" + "|".join(sorted(NAMED_PLACE_SUFFIXES, key=len, reverse=True)) + ")")


def zone_end(name: str) -> int:
    """Where the first zone or works that a body or a project is named after ends in its name
    (和县台湾农民创业园管委会, 乌兰浩特经济技术开发区重点项目); 0 when none does.

    Examples:
        >>> n = "青山县农业科技园管委会"
        >>> n[:zone_end(n)], zone_end("青山县人民政府")
        ('青山县农业科技园', 0)
        >>> zone_end("青山县李家湾水库清淤整治工程"), zone_end("青山县12座山塘水库清淤整治工程")
        (8, 0)
        >>> zone_end("青山县2023年度山塘水库清淤工程")  # (a year's works after the place: no one named)
        0
        >>> n = "2023年度青山县李家湾水库清淤工程"  # (the year opening the name: the zone after it, :func:`zone_start`)
        >>> n[zone_start(n):zone_end(n)]
        '青山县李家湾水库'
        >>> zone_end("2023年度青山县政协高新区工作室建设工程")  # (a body's office for the zone, after the year)
        0
        >>> zone_end("“人人学安全、事事讲应急—守护生命通道”活动")  # (a slogan, its marks)
        0
        >>> zone_end("革命旧址保护利用工作会议"), zone_end("红四军白石河会议旧址修缮工程")  # (a kind of site; a named one)
        (0, 10)
    """
    start = zone_start(name)
    ends = [z.end() for z in _ZONE.finditer(name, start)
            if start + 4 <= z.end() <= len(name) - 2 and not _generic_zone(name[start:], z.start() - start)
            and not _COUNTED_WORKS.search(name, start, z.start()) and not _DATED.search(name, start, z.start())
            and not _SLOGAN_MARKS.search(name, start, z.start()) and _zone_quoted_whole(name, start, z.end())
            and (z.group() not in SITES or named_site(name[start : z.start()], z.group()))]  # (not 革命旧址保护…)
    return ends[0] if ends else 0


def _zone_quoted_whole(name: str, start: int, end: int) -> bool:
    """Whether a zone's name from ``start`` to ``end`` opens with no quotation that it does not close at its end: a zone
    quoted whole (“青山经济开发区”重点项目), or one with a quotation inside (长株潭“两型社会”…试验区), not a slogan's words
    (“十四五”规划重点铁路, “近水楼台先得月”).

    Examples:
        >>> _zone_quoted_whole("“青山经济开发区”重点项目", 0, 8), _zone_quoted_whole("“十四五”规划重点铁路项目", 0, 11)
        (True, False)
        >>> _zone_quoted_whole("“近水楼台先得月”活动", 0, 4), _zone_quoted_whole("青山经济开发区重点项目", 0, 7)
        (False, True)
        >>> _zone_quoted_whole("青山“两型社会”综合改革试验区", 0, 15)  # (a quotation inside the name)
        True
    """
    return not name.startswith("“", start) or name.find("”", start) == end


def zone_start(name: str) -> int:
    """Where the zone or works of :func:`zone_end` begin: after the year that opens the name (2023年度青山县…工程), else 0.

    Examples:
        >>> zone_start("2023年度青山县李家湾水库清淤工程"), zone_start("青山县李家湾水库清淤工程")
        (6, 0)
        >>> zone_start("2023年度小型水库加固工程"), zone_start("2023年10月青山县李家湾水库清淤工程")  # (no place after it)
        (0, 0)
    """
    year = YEAR.match(name)
    # (a place after it, whose works the name holds: not 2023年度小型水库…, a kind of works)
    return year.end() if year and leading_places(name[year.end() :], body=False) else 0


_COUNTED_WORKS = re.compile(WORKS_COUNT)  # (many reservoirs, no one place: 12座 of 青山县12座山塘水库清淤整治工程)
_DATED = re.compile(r"\d{2,4}年")  # (a year's works, no one place's name: 青山县2023年度山塘水库清淤工程)
# A list's or a clause's mark: a slogan's, no zone's name (“人人学安全、事事讲应急—守护生命通道”活动; a zone's name
# quoted whole stays one, “青山经济开发区”重点项目, :func:`_zone_quoted_whole`; and a dash between two countries, 中国—
# 马来西亚钦州产业园区).
_SLOGAN_MARKS = re.compile(r"[、，,；;：:！!？?]")


def _names_a_body(text: str) -> bool:
    """Whether ``text`` holds a body's name: a body's head (:data:`_INNER_ORG`) or an assembly (政协, 人大).

    Examples:
        >>> _names_a_body("建设银行河南省"), _names_a_body("市政协"), _names_a_body("青山")
        (True, True, False)
    """
    return _INNER_ORG.search(text) is not None or any(a in text for a in ASSEMBLIES)


def _generic_zone(name: str, kind: int) -> bool:
    """Whether the zone that ``name`` opens with is its kind alone (工业园区 of 工业园区管委会: a kind of zone), no proper
    name before the kind (青山工业园区, 国家会展中心, 甬舟铁路), or a body before it (市政协高新区工作室: the body's room for
    the zone, which the name leaves unnamed; 市政协青山高新区工作室 too, whose zone the name does not open with).

    Examples:
        >>> _generic_zone("工业园区管委会", 0), _generic_zone("青山工业园区管委会", 2), _generic_zone("市政协高新区工作室", 3)
        (True, False, True)
    """
    return kind == 0 or _names_a_body(name[:kind])


def _known_place(name: str, known: _Known) -> bool:
    """Whether a place the tagger reads inside a body's name is known as one: a division of the
    gazetteer, a place of the training data, or a place the document names on its own (not 京津冀协同
    of 京津冀协同发展等研究院: a body's or a zone's name, read as a place).

    Examples:
        >>> _known_place("西双版纳", _Known([], [], [])), _known_place("京津冀协同", _Known([], [], []))
        (True, False)
    """
    return (bool(find(name)) or bool(named(name)) or name in training_places() or name in known.places
            or any(find(name + level)[:1] and find(name + level)[0][:2] == (0, len(name) + 1)
                   for level in "县市区旗"))  # 沁水 of 沁水县 (not 宁县 of 苏宁县)


def _tagged_place(doc: Document, m: Mention) -> list[tuple[int, int]]:
    """The span of a place the tagger reads at the start of an organisation's name (西双版纳 in
    西双版纳公安机关), as offsets into the name; none when it reads none."""
    s = doc.articles[m.article - 1].sentence_at(m.start) if 0 < m.article <= len(doc.articles) else None
    for t in s.tokens if s else []:
        start, end = s.span(t.start, t.end)
        if t.tag == "LOC" and start == m.start and end - start >= 2 and end <= m.end - 2:
            return [(0, end - start)]
    return []


# The places a team may be sent from, by their level (白石村驻村工作队, 城西街道驻社区工作队).
_SENDING_PLACES = ("村", "社区", "镇", "乡", "街道", "县", "市", "区", "省")
# The heads of bodies, as endings (a team's sender: 长沙军分区, a body, though 区 ends it).
_BODY_ENDS = tuple(SUFFIXES)
# What a body that holds numbered sessions ends with: a body's head, or 会 (研究会, 促进会, 联谊会 hold congresses too).
_SESSION_BODY_ENDS = (*_BODY_ENDS, "会")
# A town and a village in it, in a team's name (驻白石镇东山村工作队).
_TOWN_THEN_VILLAGE = re.compile(r"(.{2,8}?(?:镇|乡|街道))(?=.{2,8}(?:村|社区)$)")


def _nested(m: Mention, s: int, e: int, type_: str) -> Mention:
    return Mention(m.start + s, m.start + e, type_, m.text[s:e], m.article, "names")


def _relation(subject: Mention, predicate: str, obj: Mention, whole: Mention) -> Relation:
    ev = Evidence(whole.article, whole.start, whole.end, whole.text, "names", basis="name")
    return Relation(subject, predicate, obj, ev)


def _closed(name: str) -> bool:
    """Whether every bracket opened in a name is closed in it.

    Examples:
        >>> _closed("青山（集团）有限公司"), _closed("青山（集团")
        (True, False)
    """
    return name.count("（") == name.count("）") and name.count("(") == name.count(")")


def _body_name(name: str) -> bool:
    """Whether the tagger's organisation inside an initiative's name is a body's name: it ends in
    a body's head or is a body of the training data (博源集团, 亚投行), or a level's body by the short name jieba's
    dictionary gives it (市科协, 县工商联); not a modifier (中国国际 of 中国国际服务贸易交易会).

    Examples:
        >>> _body_name("博源集团"), _body_name("中国国际"), _body_name("市科协")
        (True, False, True)
    """
    return name.endswith(tuple(SUFFIXES)) or name.endswith(("行", "台", "院", "会")) or name in training_orgs() \
        or name[0] in "省市县区" and len(name) >= 3 and [w.pos for w in words(name[1:])] == ["j"]


# A quoted campaign and its head inside an event's name, the meeting or ceremony that launches or pushes it right
# after, at the name's end or with another event joined to it by 暨 (“千企帮千村”行动启动大会暨…专题工作会; a ceremony at
# the end is :func:`kg.extract.initiative.ceremony_of`'s).
_CAMPAIGN_IN_EVENT = re.compile(r"“([^“”、，,。\n]{2,20})”(行动|活动|工程|计划)"
                                r"(?=(?:启动|推进|动员|部署)(?:(?:大会|会议|会|仪式)暨|(?:大会|会议|会)$))")


def named_party_body(name: str) -> bool:
    """Whether a name is a party or staff body of something it names first (金叶印务第一党支部,
    总务部党委), not a bare one (党委, 第一党支部).

    Examples:
        >>> named_party_body("金叶印务第一党支部"), named_party_body("第一党支部"), named_party_body("机关党委")
        (True, False, False)
    """
    m = _PARTY_BODY.search(name)
    return bool(m) and (m.start() >= 4 or m.start() >= 2 and name[m.start() - 1] in _UNIT_ENDS)  # not 机关党委


def party_prefix(name: str) -> str:
    """What stands before a party or staff body's head in its name, two characters or more (总务部 of 总务部党委);
    empty when nothing does (党委, 第一党支部).

    Examples:
        >>> party_prefix("总务部党委"), party_prefix("青山能源第一党支部"), party_prefix("党委")
        ('总务部', '青山能源', '')
    """
    m = _PARTY_BODY.search(name)
    return name[: m.start()] if m and m.start() >= 2 else ""


def party_parent(name: str) -> int:
    """Where the body that a party or staff body belongs to ends in its name (总务部党委 → 总务部,
    法律援助处支部 → 法律援助处, 省质检院第一党支部 → 省质检院); 0 when the name holds none.

    Examples:
        >>> n = "法律援助处支部"
        >>> n[:party_parent(n)], party_parent("党委")
        ('法律援助处', 0)
    """
    prefix = party_prefix(name)
    return len(prefix) if prefix and prefix[-1] in _UNIT_ENDS else 0


def company_party(name: str, orgs: list[str]) -> int:
    """Where a company the document names ends in the name of its party or staff body, written without its legal
    form (青山印务第一党支部 of 青山印务公司); 0 when the name holds none.

    Examples:
        >>> n = "青山印务第一党支部"
        >>> n[:company_party(n, ["青山印务公司"])], company_party(n, ["青山集团"]), company_party("党支部", ["公司"])
        ('青山印务', 0, 0)
    """
    prefix = party_prefix(name)
    return len(prefix) if prefix and any(o.startswith(prefix) and LEGAL_FORM.fullmatch(o, len(prefix))
                                         for o in orgs) else 0


@dataclass(frozen=True)
class _Known:
    """What the document names elsewhere, to read it inside other names."""

    places: list[str]  # places, longest first (华西坝 in 华西坝派出所)
    bare: list[tuple[str, Mention]]  # villages, towns and communities by their bare names (灵光 of 灵光村)
    orgs: list[str]  # organizations, longest first (国务院 in 国务院新闻办)
    # companies, named alone or inside a place's name (青山印务公司 of 青山印务公司会议室)
    companies: list[str] = field(default_factory=list)
    # the divisions of the gazetteer in bodies' names (梧州 of 梧州高中): where a county's bare name is read
    opening: set[str] = field(default_factory=set)

    @classmethod
    def of(cls, mentions: list[Mention]) -> "_Known":
        places = sorted({m.text for m in mentions if m.type == "Place" and len(m.text) >= 2}, key=len, reverse=True)
        # each bare name must stand for one place of its article
        bare: dict[tuple[int, str], set[str]] = {}
        for m in mentions:
            level = _LOCAL_LEVEL.search(m.text) if m.type == "Place" else None
            if level and level.start() >= 2:
                bare.setdefault((m.article, m.text[: level.start()]), set()).add(m.text)
        known_bare = sorted(((b, next(x for x in mentions if x.type == "Place" and x.article == art and x.text in names))
                             for (art, b), names in bare.items() if len(names) == 1), key=lambda bp: (-len(bp[0]), bp[0]))
        orgs = sorted({m.text for m in mentions if m.type == "Organization" and len(m.text) >= 3}, key=len, reverse=True)
        inside = {m.text[: x.end()] for m in mentions if m.type == "Place" for x in LEGAL_FORM.finditer(m.text)
                  if x.start() >= 2}
        companies = sorted({o for o in orgs if LEGAL_FORM.search(o)} | inside)
        return cls(places, known_bare, orgs, companies)


@register("names")
def extract(doc: Document, mentions: list[Mention]) -> list[Mention | Relation]:
    """Nested places and parent organizations of organization, place and initiative names; a body
    named inside an initiative's name is read the same way (鄂尔多斯玄峰集团红云酒厂 in its project)."""
    out: list[Mention | Relation] = []
    known = _Known.of(mentions)
    whole = [m for m in mentions if m.type in ("Organization", "Place", "Initiative") and m.end - m.start == len(m.text)]
    known = replace(known, opening={h[2] for m in whole if m.type == "Organization" for h in find(m.text)})
    bodies = {m.text for m in whole if m.type == "Organization"}
    held = {i: _initiative_parts(doc, m, known.places, known.opening) for i, m in enumerate(whole)
            if m.type == "Initiative"}
    # a body the document names only inside an event's name is known too (全国人大常委会 of 全国人大常委会会议,
    # the parent of 全国人大常委会法工委)
    inside = [x for parts in held.values() for x in parts if isinstance(x, Mention) and x.type == "Organization"]
    if inside:
        known = replace(_Known.of(mentions + inside), opening=known.opening)
    for i, m in enumerate(whole):
        if m.type == "Initiative":
            parts = held[i]
            out.extend(parts)
            for org in parts:
                if isinstance(org, Mention) and org.type == "Organization":
                    out.extend(_name_parts(doc, org, known))
            continue
        parts = _name_parts(doc, m, known)
        if m.type == "Organization" and (team := STATIONED.search(m.text)):
            # (a team stationed in a village: no place runs over its 驻, 长沙市审计局驻花明楼 of …驻花明楼镇东山村工作队)
            at = m.start + team.start()
            over = {id(x) for x in parts if isinstance(x, Mention) and x.start < at < x.end}
            parts = [x for x in parts if id(x) not in over
                     and not (isinstance(x, Relation) and (id(x.subject) in over or id(x.obj) in over))]
        climbed = _parents_above(doc, m, parts, known, bodies)
        if any(isinstance(x, Relation) and x.predicate == "location" for x in climbed):
            # (the place that opens the chain's name is its top body's, which the text names only there: not the
            # body's under it, 青山市公安局交警支队 of 青山市公安局交警支队白石大队)
            lower = {id(x.subject) for x in parts if isinstance(x, Relation) and x.predicate == "location"
                     and x.subject is not m}
            parts = [x for x in parts
                     if not (isinstance(x, Relation) and x.predicate == "location" and id(x.subject) in lower)]
        out.extend(_posted(m, parts, known) if m.type == "Organization" else parts)
        out.extend(climbed)
    # a level's word read alone as the place inside a name (地区 of 青山地区工会) is none; not a division so named (城区
    # of 晋城市城区区委); nor a term of office (新一届社区 of 青山社区新一届社区居委会: no place holds 届)
    generic = {id(x) for x in out if isinstance(x, Mention) and x.type == "Place"
               and (x.text in GENERIC and not named(x.text) or holds_a_term(x.text))}
    return [x for x in out if id(x) not in generic
            and not (isinstance(x, Relation) and (id(x.subject) in generic or id(x.obj) in generic))]


def _parent_in(parts: list[Mention | Relation], body: Mention) -> Mention | None:
    """The parent that a name's ``parts`` (:func:`_name_parts`) give ``body``."""
    return next((p.obj for p in parts if isinstance(p, Relation) and p.subject is body
                 and p.predicate == "parentOrganization"), None)


def _leader_in(parts: list[Mention | Relation], group: Mention) -> Mention | None:
    """The body that a name's ``parts`` make one of ``group``'s, the group named after it (:data:`_LED_GROUPS`)."""
    return next((p.subject for p in parts if isinstance(p, Relation) and p.obj is group
                 and p.predicate == "parentOrganization"), None)


def _parents_above(doc: Document, m: Mention, parts: list[Mention | Relation], known: _Known,
                   named: set[str]) -> list[Mention | Relation]:
    """The parents of a parent that ``m``'s name holds, up the chain (青山大学医学院附属医院眼科: the hospital's
    college, the college's university), where the document names that parent nowhere alone (then its own name is
    read there).

    Examples:
        >>> from kg.text import parse
        >>> t = "青山大学医学院附属医院眼科"
        >>> m = Mention(0, len(t), "Organization", t, 1)
        >>> known = _Known.of([m])
        >>> parts = _name_parts(parse(t), m, known)
        >>> [(r.subject.text, r.obj.text) for r in _parents_above(parse(t), m, parts, known, {t}) if isinstance(r, Relation)]
        [('青山大学医学院附属医院', '青山大学医学院'), ('青山大学医学院', '青山大学')]
    """
    out: list[Mention | Relation] = []
    child = top = m
    for _ in range(3):
        # (or the body that leads a group named after it, 青山中学 of 青山中学教育集团: its own parents are read as a parent's)
        parent = _parent_in(parts, child) or (_leader_in(parts, m) if child is m else None)
        if parent is None or parent.text in named:
            break
        parts = _name_parts(doc, parent, known)
        if (above := _parent_in(parts, parent)) is not None:
            out += [above, _relation(parent, "parentOrganization", above, m)]
        elif (above := _leader_in(parts, parent)) is not None:
            out += [above, _relation(above, "parentOrganization", parent, m)]  # (the group's leader, 罗田县人民医院 of
            # 罗田县人民医院医疗集团办公室: one of the group's, the walk goes on from it)
        else:
            break
        child, top = parent, above
    if top is not m and ends_as_a_body(top.text):
        # the top body's own name locates it, where it does (青山市公安局 of 青山市公安局交警支队白石大队: in 青山市; not a
        # university's, 中山大学 of 中山大学附属第一医院急诊科, whose place is part of its proper name; nor a company's
        # brand read as its parent, 四川长虹 of 四川长虹电器股份有限公司)
        located = [x for x in _name_parts(doc, top, known) if isinstance(x, Relation) and x.subject is top
                   and x.predicate == "location"]
        out += [x.obj for x in located] + located
    return out


_TAIL_HEADS = "社团队会局院部委处所厅站"


def _a_bodys_tail(tail: str) -> bool:
    """Whether a tail names a body short: a common noun ending in a body's head (总社, 兵团, 卫队),
    not a place (香港特别行政区, 朝阳区), an abbreviation that names a body of its own (政协, 农行) or a
    word such as 中央 (中央广播电视总台 is no unit of 共青团中央)."""
    last = words(tail)[-1]
    return (tail[-1] in _TAIL_HEADS and last.pos == "n" and not find(tail) and tail not in training_places())


def _trained_after(name: str, start: int) -> int:
    """Where an organisation of the training data that follows the places opening ``name`` ends
    (解放军 of 上海解放军第八五医院), as an offset into ``name``; 0 when none does."""
    hits = find(name[:start]) if start else []
    if not hits or hits[-1][1] != start:
        return 0  # only after a division of China (not 日本 of 日本共产党…, 巴黎 of 巴黎奥运会…)
    k = training_org_prefix(name[start:])
    return start + k if k else 0


@cache
def placed_kind(body: str) -> bool:
    """Whether the training data names ``body`` as a kind of body each place has, after three places or more (检察院,
    外交部: 北京市检察院, 智利外交部), not one body of its own (解放军 of 上海解放军第八五医院, though 科索沃解放军 is
    named once; 中科院 of 武汉中科院病毒所).

    Examples:
        >>> placed_kind("检察院"), placed_kind("外交部"), placed_kind("解放军"), placed_kind("中科院")
        (True, True, False, False)
    """
    placed = 0
    for o in training_orgs():
        before = o[: -len(body)] if o.endswith(body) and len(o) > len(body) else ""
        placed += bool(before) and (before in training_places() or bool(spelled_by_divisions(before)))
    return placed >= 3


def known_tail(name: str, orgs: list[str]) -> int:
    """Where the tail of one body's name the document gives ends, when it opens ``name`` (总社 of
    总社科教社团部, where the document names 中华全国供销合作总社): that body is the parent, named
    short; 0 when no tail of two characters or more does, or two bodies' do, or the tail is a kind of
    body alone (公司, 党委).

    Examples:
        >>> known_tail("总社科教社团部", ["中华全国供销合作总社党组", "全国供销合作总社"]), known_tail("公司党委", ["青山有限公司"])
        (2, 0)
    """
    ends: dict[str, set[str]] = {}
    # (a body named only with its party group: 中华全国供销合作总社党组)
    bodies = set(orgs) | {_PARTY_BODY.sub("", o) for o in orgs}
    for o in bodies:
        for k in range(2, len(o) - 2):
            if name.startswith(o[-k:]) and len(name) > k + 1 and o[-k:] not in SUFFIXES and not name.startswith(o) \
                    and _a_bodys_tail(o[-k:]):
                ends.setdefault(o[-k:], set()).add(o)
    # one body, named in full and short (中华全国供销合作总社, 全国供销合作总社)
    return max((len(w) for w, owners in ends.items()
                if len({o for o in owners if not any(x != o and x.endswith(o) for x in owners)}) == 1), default=0)


def _host(name: str, known: _Known) -> bool:
    """Whether the name after 驻 is a place: a country's or a region's abbreviation (华, 港), a division,
    a place of the training data or of the document.

    Examples:
        >>> k = _Known([], [], [])
        >>> _host("华", k), _host("上海", k), _host("伊斯兰合作组织", k)
        (True, True, False)
    """
    if len(name) == 1:
        return name in ONE_CHARACTER_PLACES
    return known_place(name) or name in known.places


def _posted(m: Mention, parts: list[Mention | Relation], known: _Known) -> list[Mention | Relation]:
    """A mission is where it is posted, not in the country that sends it: 俄罗斯驻华大使馆 lies in 华,
    not in 俄罗斯 (the place its name opens with stays a mention, without the relation).

    Examples:
        >>> m = Mention(0, 8, "Organization", "俄罗斯驻华大使馆", 1)
        >>> parts = [Mention(0, 3, "Place", "俄罗斯", 1, "names")]
        >>> parts.append(_relation(m, "location", parts[0], m))
        >>> [(r.subject.text, r.predicate, r.obj.text) for r in _posted(m, parts, _Known([], [], [])) if isinstance(r, Relation)]
        [('俄罗斯驻华大使馆', 'location', '华')]
    """
    # the 驻 whose match closes the name (驻马店市驻郑州办事处: not the 驻 of 驻马店); or a division of the gazetteer
    # after 驻, then the body's own name (莱西市驻两当县劳务协作工作站)
    post = next((x for i in range(len(m.text) - 1, -1, -1) if m.text[i] == "驻"
                 for x in [_POSTED.match(m.text, i) or _STATIONED_IN.match(m.text, i)]
                 if x is not None and x.end() == len(m.text)), None)
    if post is None:
        return parts
    at = m.start + post.start()
    across = {id(p) for p in parts if isinstance(p, Mention) and p.start <= at < p.end}  # 政府驻京 is no place
    out = [p for p in parts if id(p) not in across and not (isinstance(p, Relation) and (
        id(p.obj) in across or id(p.subject) in across
        or p.subject is m and p.predicate == "location" and p.obj.end <= at))]
    # (or a division named by its stem and a level the gazetteer holds in a longer name: 恩施州, 恩施土家族苗族自治州)
    if _host(post.group(1), known) or post.re is _STATIONED_IN and spelled_by_divisions(post.group(1)[:-1]):
        out.append(place := _nested(m, post.start(1), post.end(1), "Place"))
        out.append(_relation(m, "location", place, m))
    return out


def _name_parts(doc: Document, m: Mention, known: _Known) -> list[Mention | Relation]:
    """The places and parent body an organization's or a place's name holds."""
    out: list[Mention | Relation] = []
    # a university's place name is part of its proper name, not where it stands (中国矿业大学 is in 徐州);
    # so is the country's in 中国共产党…, a national body placed nowhere
    national = m.text.startswith(PARTY)
    # (a team a body stations in a village: the places its sender's name opens with, not those after 驻)
    stationed = STATIONED.search(m.text) if m.type == "Organization" else None
    sender = m.text[: stationed.start()] if stationed else m.text
    spans = [] if m.text.endswith(UNIVERSITIES) or national else leading_places(sender, m.type == "Organization")
    if spans and m.text in towns() and not any(
            town_in(m.text, d) for *_, found in find(m.text[slice(*spans[0])]) for d in found):
        spans = []  # a township the gazetteer names whole, a division's name opening its own (大庆坪乡: no 大庆 in it)
    if spans and spans[0][0] == 0 and (kind := m.text[: spans[0][1]]) in ZONE_KINDS and not (
            any(p.endswith(kind) and p != kind for p in known.places)
            or any(_placed_zone(o, kind) for o in known.orgs)):
        # a zone's kind alone, where the document names no zone of that kind, alone or in a body's name (高新区 of
        # 高新区管委会; not beside 苏州高新区管委会)
        spans = spans[1:]
    if (route := ROUTE.match(m.text)) and route.end() < len(m.text):
        spans = [(0, route.end())]  # a body or works named for a route: on the route (信阳至南阳高速公路管理处)
    campus = campus_place(m.text) if m.type == "Organization" else None
    if campus is not None:
        # a university's college in another city: there (南京师范大学泰州学院, not in 南京; the places its name opens
        # with, the university's, as before: 北京 of 北京大学深圳研究生院)
        out.append(place := _nested(m, *campus, "Place"))
        out.append(_relation(m, "location", place, m))
    if not spans and m.type == "Organization" and not national and campus is None:
        named = next((p for p in known.places if m.text.startswith(p) and len(m.text) > len(p) + 1), None)
        tagged = [(b, e) for b, e in _tagged_place(doc, m) if _known_place(m.text[b:e], known)]
        spans = [(0, len(named))] if named else tagged or _abbreviated_country(m.text, known.places)
        if not spans and m.text.endswith(_LOCAL_HEADS) and (
                local := next((p for b, p in known.bare if m.text.startswith(b) and p.article == m.article
                               and len(m.text) > len(b) + 1), None)):
            # 灵光小学 in an article about 灵光村: a body named after its village or town is in it
            out.append(_relation(m, "location", local, m))
    county = _bare_county(m, known) if not spans and m.type == "Organization" and not national and not campus else None
    if county is not None:
        spans = [(0, county[0])]
    places = [_nested(m, s, e, "Place") for s, e in spans]
    if county is not None:
        places = [Mention(p.start, p.end, p.type, p.text, p.article, p.extractor, canonical=county[1]) for p in places]
    out.extend(places)
    for outer, inner in zip(places, places[1:]):
        out.append(_relation(inner, "containedInPlace", outer, m))
    child = m
    if m.type == "Organization":
        parent = None
        placed_whole = False
        line = _LINE.match(m.text)
        branch = _BRANCH.search(m.text)
        city = brand_branch(m.text) if branch is None else None  # (中国电信济南分公司: in 济南, below)
        prefix_end = places[-1].end - m.start if places else 0
        inner_ends = [x.end() for x in _INNER_ORG.finditer(m.text, prefix_end)
                      # 党委组织部: no bare 党委 (but 省委统战部: 省委, a level's committee named alone)
                      if x.end() < len(m.text) and (m.text[: x.end()] not in SUFFIXES
                                                    or m.text[: x.end()] in STANDALONE_BODIES)
                      and _closed(m.text[: x.end()])  # 青山（集团）有限公司: no 青山（集团
                      and not _head_in_a_word(m.text, x.start(), x.end())  # 大学 of 大学生体育协会
                      # (a field joined to the next: 博物馆 of 国家文物局博物馆与社会文物司, no parent)
                      and m.text[x.end() : x.end() + 1] not in FIELD_JOINS
                      and (x.group() != "局" or _bureau(m.text, x.start()))  # (not 布局 of …空间布局规划研究中心)
                      # a leading group above its office where the office's name opens with a level or a place, as a
                      # group's whole name does (not 攻坚成果领导小组 of 攻坚成果领导小组办公室, read from a task's middle)
                      and (x.group() != "领导小组" or _opens_with_a_level(m.text))
                      # 骨科医院, 眼科医院: a hospital named by its field, no department of it
                      and not (x.group().endswith("科") and m.text.startswith("医院", x.end()))]
        if line:
            parent = _nested(m, 0, line.end(1), "Organization")
        elif stationed and stationed.start() >= 2:
            # a team a body sends to a village: the body's, there (县审计局驻白石村工作队); a place's, where the place
            # sends it from (宁乡市驻村工作队, 白石村驻村工作队: in it, its parent none)
            if sender.endswith(_SENDING_PLACES) and not sender.endswith(_BODY_ENDS):  # (not 军分区, 超市)
                out.append(place := _nested(m, 0, stationed.start(), "Place"))
                out.append(_relation(m, "location", place, m))
            else:
                parent = _nested(m, 0, stationed.start(), "Organization")
            if stationed.group("village"):
                # (白石镇东山村: the village, in its town)
                b, e = stationed.span("village")
                town = _TOWN_THEN_VILLAGE.match(m.text, b, e)
                village = _nested(m, town.end(1) if town else b, e, "Place")
                out += [village, _relation(m, "location", village, m)]
                if town:
                    upper = _nested(m, b, town.end(1), "Place")
                    out += [upper, _relation(village, "containedInPlace", upper, m)]
        elif (party := party_parent(m.text)) > prefix_end:
            parent = _nested(m, 0, party, "Organization")
        elif (party := company_party(m.text, known.companies)) > prefix_end:
            parent = _nested(m, 0, party, "Organization")  # (resolution reads it as the company, kg.resolve)
        elif inner_ends:
            # a body inside the name is the parent (街道办事处 in …街道办事处社会工作服务站), or a longer one the
            # document names on its own (青山市教育局教研中心 of …教研中心语文部, not 青山市教育局)
            longer = max((len(o) for o in known.orgs if m.text.startswith(o) and inner_ends[-1] < len(o) < len(m.text)),
                         default=inner_ends[-1])
            parent = _nested(m, 0, longer, "Organization")
        elif known_org := next((o for o in known.orgs if m.text.startswith(o) and len(m.text) > len(o) + 1
                            and o not in COUNTRY_BODIES), None):
            parent = _nested(m, 0, len(known_org), "Organization")
        elif tail := known_tail(m.text, known.orgs):
            parent = _nested(m, 0, tail, "Organization")  # 总社 of 总社科教社团部: the document's 中华全国供销合作总社
        elif (trained := training_org_prefix(m.text)) and m.text.startswith("监委", trained):
            # (not 区纪委 of 区纪委监委: the commission and the supervisory commission work as one body, the parent of
            # a room of it, 区纪委监委第三纪检监察室)
            if len(m.text) > trained + 2:
                parent = _nested(m, 0, trained + 2, "Organization")
        elif trained:
            prefix = m.text[:trained]
            if prefix in training_places() and not prefix.endswith((*SUFFIXES, "台", "社", "院", "会", "行")):
                # a country or a region the training data also names as a place (俄罗斯 of 俄罗斯国防部):
                # where the body is, not a body above it
                if not places:
                    places = [_nested(m, 0, trained, "Place")]
                    out.extend(places)
            else:
                parent = _nested(m, 0, trained, "Organization")
        elif not places and not branch and (brand := brand_opening(m.text)):  # (a bank's branch: below)
            parent = _nested(m, 0, brand[0], "Organization")  # 中国移动 of 中国移动浙江公司, in 浙江
            if city is None:
                out.append(place := _nested(m, brand[1], brand[2], "Place"))
                out.append(_relation(m, "location", place, m))
        elif (after := _trained_after(m.text, prefix_end)) and m.text[prefix_end:after] not in training_places():
            if placed_kind(m.text[prefix_end:after]):
                parent = _nested(m, 0, after, "Organization")  # 保定市检察院 of 保定市检察院反贪局: the place's
            else:
                parent = _nested(m, prefix_end, after, "Organization")  # 解放军 of 上海解放军第八五医院
                placed_whole = True  # (上海 is where the hospital is, not the army)
        if parent is not None and m.text.endswith(_ASSOCIATIONS) and parent.text.startswith(("中国", "全国", "中华")):
            parent = None  # (a national association named by its members' kind: 中国作家 of 中国作家协会, no body)
        if parent is not None and parent.text.startswith("《") and "》" not in parent.text:
            parent = _nested(m, 1, parent.end - m.start, "Organization")  # (白石大学 of 《白石大学学报》编辑部)
        for b in _BRACKETED.finditer(m.text):
            # 品捷电子（苏州）有限公司: the city in brackets is where the company is
            hits = find(b.group(1))
            if hits and hits[0][0] == 0 and hits[0][1] == len(b.group(1)):
                out.append(place := _nested(m, b.start(1), b.end(1), "Place"))
                out.append(_relation(m, "location", place, m))
        if branch:
            # the city, the province before it if any (河南驻马店): every character a division's name; or a county's
            # bare name in a city the document names (濉溪 of 淮北分行濉溪支行)
            cities = find(branch.group(1))
            if not cities and (full := county_in_named_city(branch.group(1), [*known.places, *known.opening])):
                out.append(place := replace(_nested(m, *branch.span(1), "Place"), canonical=full))
                out.append(_relation(m, "location", place, m))
            spelled = spelled_by_divisions(branch.group(1))
            if not spelled and branch.group(1) in towns():  # (a town's branch: 青山农商银行白石镇支行)
                spelled = [(0, len(branch.group(1)), branch.group(1), ())]
            if spelled and len(spelled) <= 2:
                s, e, _, _ = spelled[-1]
                out.append(place := _nested(m, branch.start(1) + s, branch.start(1) + e, "Place"))
                out.append(_relation(m, "location", place, m))
                if parent is None and m.text.endswith(("公司", "集团", "银行"), 0, branch.start(1)):
                    parent = _nested(m, 0, branch.start(1), "Organization")  # not 农行: resolution reads it as
                    # the city's 农行 that the article names, the branch itself
        elif city is not None:
            out.append(place := _nested(m, *city, "Place"))  # 中国电信济南分公司: in 济南
            out.append(_relation(m, "location", place, m))
        if parent is not None and LEGAL_FORM.fullmatch(m.text, parent.end - m.start):
            parent = None  # 莱克电气（苏州）有限公司 is 莱克电气 itself, in its legal form
        if parent is not None and parent.text.endswith(ASSEMBLIES) and m.text.endswith("常委会", parent.end - m.start):
            parent = None  # 市人大常委会: the assembly's standing body, named as a body of its own (the golds of the
            # corpus and the local sets hold it alone, never the assembly above it that the text does not name)
        cut = parent.end - m.start if parent is not None else 0
        if parent is not None and any(m.text.endswith(x) and len(m.text) - len(x) < cut for x in SUFFIXES):
            parent = None  # 国务院新闻办 of 国务院新闻办公室 ends inside the head 办公室: a short form, no parent
        if parent is not None and m.text[cut:] in _FEDERATIONS:
            parent = None  # 青山工会联合会: a federation of unions, no union's unit
        if parent is not None:
            out.append(parent)
            if m.text[cut:] in _LED_GROUPS:  # (the school in its group: the same parts read, the other way round)
                out.append(_relation(parent, "parentOrganization", m, m))
            else:
                out.append(_relation(m, "parentOrganization", parent, m))
            # (a party's committee of a place is there, not the party: 九三学社青山市委)
            child = m if placed_whole or central_party(m.text) == parent.end - m.start else parent
    if m.type == "Organization" and (served := _branch_place(m, known)) is not None:
        # (a branch named after the county or township it serves: there, whatever opens its name)
        out.append(place := replace(_nested(m, served[0], served[1], "Place"), canonical=served[2]))
        out.append(_relation(m, "location", place, m))
    if m.type == "Organization" and (zone := zone_end(m.text)) and (not places or places[-1].end - m.start < zone):
        # the body of a zone is in the zone, the zone in the places its name opens with: 和县台湾农民创业园管委会
        out.append(place := _nested(m, 0, zone, "Place"))
        out.append(_relation(m, "location", place, m))
        if places and places[-1].text not in COUNTRY:
            out.append(_relation(place, "containedInPlace", places[-1], m))
        return out
    if m.type == "Place" and (owner := owner_end(m.text)):
        out.append(body := _nested(m, 0, owner, "Organization"))  # 金叶印务公司会议室 is a room of 金叶印务公司
        if places and places[-1].text not in COUNTRY and not any(b >= places[-1].end - m.start
                                                                  for b, *_ in find(body.text)):
            # (青山县金叶公司会议室: the firm in 青山县 too; not 武汉大学深圳研究院, 江西省驻深圳办事处: another place
            # named in the body's name after it)
            out.append(_relation(body, "location", places[-1], m))
    elif m.type == "Place" and (village := village_end(m.text)) > (begin := places[-1].end - m.start if places else 0):
        # 红旗村会议室 is a room in 红旗村 (青山镇红旗村会议室: in 红旗村, of 青山镇)
        out.append(inner := _nested(m, begin, village, "Place"))
        out.append(_relation(m, "containedInPlace", inner, m))
        if places:
            out.append(_relation(inner, "containedInPlace", places[-1], m))
        return out
    if places and child is not m and (campus := campus_place(child.text)):
        # (the college of 南京师范大学泰州学院志愿队: in 泰州)
        out.append(place := _nested(child, *campus, "Place"))
        out.append(_relation(child, "location", place, m))
    elif places and places[-1].text not in COUNTRY:  # 中国共产党 is a national body, not one placed in China
        out.append(_relation(child, "location" if child.type == "Organization" else "containedInPlace", places[-1], m))
        if child is not m and m.type == "Organization" and m.text.endswith(tuple(PROPER_HEADS)) and not any(
                isinstance(x, Relation) and x.subject is m and x.predicate == "location" for x in out):
            # the place that opens the name of an institution under another locates it too (上海第二军医大学
            # 附属长征医院 in 上海; not a service station of a street office, nor a bus line: the page's gold), unless
            # its own place is named after (濉溪 of 淮北分行濉溪支行)
            out.append(_relation(m, "location", places[-1], m))
    return out


# The heads of a body's local branch or station, named after the county or township it serves (平江分局, 东海支公司,
# 大通湖大队, 金山派出所).
_LOCAL_BRANCH_HEADS = ("分局", "支公司", "分公司", "大队", "中队", "派出所", "管理局", "管理站", "分校", "分院", "支行", "分行",
                       "调查队", "司法所", "供电所", "税务所", "卫生院")
# The levels whose names the document writes in full and a branch's name leaves out (平江 of 平江县, 金山 of 金山镇).
_BRANCH_LEVELS = ("县", "区", "市", "旗", "镇", "乡", "街道")


def _branch_place(m: Mention, known: _Known) -> tuple[int, int, str] | None:
    """Where the bare name of a county or a township stands right before the head of a branch's name, after its parent
    body or its county, and the full name the document gives it elsewhere: the branch is there (市生态环境局平江分局 in
    平江县, 上栗县金山派出所 in 金山镇, in articles that name 平江县 and 金山镇); None where none does.

    Examples:
        >>> m = Mention(0, 9, "Organization", "市生态环境局平江分局", 1)
        >>> _branch_place(m, _Known(["平江县"], [], [])), _branch_place(m, _Known(["平江路"], [], []))
        ((6, 8, '平江县'), None)
        >>> _branch_place(Mention(0, 4, "Organization", "平江分局", 1), _Known(["平江县"], [], []))  # (opening the name)
        >>> _branch_place(Mention(0, 10, "Organization", "中国移动长沙分公司", 1), _Known(["长沙市", "长沙县"], [], []))
        >>> m = Mention(0, 8, "Organization", "上栗县金山派出所", 1)  # (a township of the county that opens the name)
        >>> _branch_place(m, _Known(["金山镇"], [], [])), _branch_place(m, _Known(["上栗县"], [], []))
        ((3, 5, '金山镇'), None)
        >>> _branch_place(Mention(0, 11, "Organization", "岳阳县公安局城关派出所", 1), _Known(["城关镇"], [], []))
        >>> _branch_place(Mention(0, 9, "Organization", "国家统计局湘潭调查队", 1), _Known(["湘潭县"], [], []))
    """
    head = next((h for h in _LOCAL_BRANCH_HEADS if m.text.endswith(h)), None)
    if head is None:
        return None
    end = len(m.text) - len(head)
    for b in range(max(2, end - 4), end - 1):  # (a bare name of two to four characters, not opening the name)
        full = [m.text[b:end] + level for level in _BRANCH_LEVELS if m.text[b:end] + level in known.places]
        if len(full) > 1:
            return None  # (长沙 of …长沙分公司, where 长沙市 and 长沙县 are named: no one place)
        if not full:
            continue
        if any(d.level == "prefecture" for *_, ds in find(m.text[b:end] + "市") for d in ds):
            return None  # (湘潭 of 国家统计局湘潭调查队: a city's name too, whatever county the document names)
        county = next((name for s, _, name, _ in find(m.text[:b]) if s == 0), None)
        if full[0].endswith(("镇", "乡", "街道")) and county and holding_county(county, full[0]) is None:
            return None  # (a township of another county: 岳阳县公安局城关派出所 beside 平江县城关镇)
        return b, end, full[0]
    return None


def _bare_county(m: Mention, known: _Known) -> tuple[int, str] | None:
    """Where the bare name of a county that opens a body's name ends, and the county's full name (长洲 of
    长洲公安分局 → 长洲区, in an article that names 梧州): a word of its own there, no division's name alone (黄山, a
    city's), and a county the city named in the document holds (:func:`kg.towns.county_in_named_city`).

    Examples:
        >>> m = Mention(0, 6, "Organization", "长洲公安分局", 1)
        >>> _bare_county(m, _Known(["梧州"], [], [])), _bare_county(m, _Known(["南宁"], [], []))
        ((2, '长洲区'), None)
        >>> _bare_county(Mention(0, 6, "Organization", "新华书店分店", 1), _Known(["石家庄"], [], []))  # (新华书店: one word)
        >>> _bare_county(Mention(0, 5, "Organization", "汪清电视台", 1), _Known(["汪清县"], [], []))  # (named in full)
        (2, '汪清县')
        >>> _bare_county(Mention(0, 6, "Organization", "红旗汽车公司", 1), _Known(["红旗区"], [], []))  # (a brand: no)
    """
    ends = {w.end for w in words(m.text)}
    for k in (3, 2):
        if k in ends and len(m.text) > k + 1 and not find(m.text[:k]) and (
                full := county_in_named_city(m.text[:k], [*known.places, *known.opening])
                or organization_kind(m.text) != "company" and _named_in_full(m.text[:k], known.places)):
            return k, full
    return None


def _named_in_full(stem: str, places: list[str]) -> str | None:
    """The county or city of the gazetteer that ``places`` name in full, whose bare name ``stem`` is (汪清 of 汪清县);
    None where they name none.

    Examples:
        >>> _named_in_full("汪清", ["吉林省", "汪清县"]), _named_in_full("汪清", ["吉林省"])
        ('汪清县', None)
    """
    return next((p for p in places if len(p) == len(stem) + 1 and p.startswith(stem) and p[-1] in "县市区旗"
                 and named(p)), None)


def _abbreviated_country(name: str, places: list[str]) -> list[tuple[int, int]]:
    """The span of a country's one-character abbreviation that opens a body's name (俄外交部, 俄黑海舰队,
    美疾控中心): the character opens the one foreign country of the training data the document names (``places``: 俄罗斯),
    not a division of China nor a continent, and it makes no word with the next (not 法 of 法律委员会,
    美 of 美联储) while the rest is a body's name.

    Examples:
        >>> _abbreviated_country("俄外交部", ["俄罗斯"]), _abbreviated_country("俄外交部", [])
        ([(0, 1)], [])
        >>> _abbreviated_country("法律委员会", ["法国"]), _abbreviated_country("俄罗斯国防部", ["俄罗斯"])
        ([], [])
    """
    if len(name) < 3 or name[0] not in ONE_CHARACTER_PLACES or name[0] == "中" or not _body_name(name[1:]):
        return []  # 中 opens China's national bodies (中宣部), placed nowhere
    if in_dictionary(name[:2]) or find(name[:2]) or any(name[:k] in training_places() for k in range(2, 8)):
        return []  # 俄罗斯国防部 opens with the country's full name
    holders = {p for p in places if p.startswith(name[0]) and p in training_places() and not find(p)
               and not p.endswith("洲")}
    return [(0, 1)] if len(holders) == 1 else []


_TOWN = re.compile(r"[\u4e00-\u9fff]{1,4}?[镇乡]")


def opening_town(name: str, known_places: list[str]) -> int:
    """Where a township that opens a project's name ends (端氏镇 of 端氏镇农村公路工程), where the
    document names the county (or city) its code is under, as kg.places takes a township; 0 when none does.

    Examples:
        >>> opening_town("端氏镇农村公路工程", ["沁水县"]), opening_town("端氏镇农村公路工程", ["灵璧县"])
        (3, 0)
    """
    m = _TOWN.match(name)
    if not m or m.end() >= len(name):
        return 0
    ds = divisions()
    over = {d.parent for d in towns().get(m.group(), ())}
    over |= {ds[c].parent for c in over if c in ds}
    names = {ds[c].name for c in over if c in ds}
    return m.end() if names & set(known_places) else 0


# Where the sentence says an event is held, right after its name: 在红星市召开, 于北京举行.
_HELD_IN = re.compile(r"[^，,。；;]{0,8}?[在于]([^，,。；;]{1,20}?)(?:召开|举行|举办|开幕|开班|开赛|拉开)")


# A body's party committee or group, right after the body's name: 青山集团党委, 青山医院党总支
_PARTY_UNIT = re.compile(r"党委|党组|党工委|党总支|党支部")


def _bodies_in(sentence: Sentence, begin: int, end: int, name: str) -> list[tuple[int, int]]:
    """The bodies the taggers read inside an initiative's ``name`` (from ``begin`` to ``end`` of the document): LAC's,
    and the trained recognizer's where LAC cut one in pieces (市科协, where LAC reads 市 and 科协, or leaves out the
    level: 县 科协), to the end of the word it ends in (市科 of 市科协), not one that holds more (十四届全国人大常委会 over
    LAC's 全国人大常委会); bodies' names only (:func:`_body_name`), never the name itself.

    Examples:
        >>> from kg.tagger import Token
        >>> s = Sentence(0, 10, 15, "市科协会议", segments=((0, 10),))
        >>> s.tokens = [Token(0, 1, "市", "ORG"), Token(1, 3, "科协", "ORG"), Token(3, 5, "会议", "n")]
        >>> s.names["news"] = [(0, 3, "ORG")]
        >>> _bodies_in(s, 10, 15, "市科协会议")
        [(10, 13)]
        >>> s.tokens, s.names["news"] = [Token(0, 2, "市科", "ORG"), Token(2, 5, "协会议", "n")], []
        >>> _bodies_in(s, 10, 15, "市科协会议")
        [(10, 13)]
    """
    lac = [(t.start, t.end) for t in sentence.tokens if t.tag == "ORG"]
    spans = {sentence.span(b, e) for b, e in lac}
    for b, e, tag in sentence.names.get("news", []):
        pieces = [(x, y) for x, y in lac if b <= x and y <= e]
        if pieces and sentence.text[b : pieces[0][0]] in ("省", "市", "县", "区"):
            pieces.insert(0, (b, pieces[0][0]))  # (the level the tagger left out of the body: 县 of 县科协)
        if tag == "ORG" and len(pieces) >= 2 and pieces[0][0] == b and pieces[-1][1] == e \
                and all(y == x2 for (_, y), (x2, _) in zip(pieces, pieces[1:])) \
                and not any(_body_name(sentence.text[x:y]) for x, y in pieces[:-1]):
            # (the tagger's pieces, one after the other, make the recognizer's body; not two bodies back to back,
            # 市委组织部 市人社局)
            spans.add(sentence.span(b, e))
    cut = words(name)
    starts = {begin + w.start for w in cut}  # (a body from a word's start: not 县委 of 团县委)
    # (to a word's end: 市科 the tagger read before 协2013年 is 市科协, the word 科协 whole)
    spans = {(b, next((begin + w.end for w in cut if begin + w.start < e < begin + w.end), e)) for b, e in spans}
    spans = {(b, e) for b, e in spans if begin <= b and e < end and e - b >= 2 and (b in starts or b == begin)}
    # (a body's party committee the tagger left out of it is the body named: 青山集团 党委三届五次全会)
    spans = {(b, e + len(p.group())) if (p := _PARTY_UNIT.match(name, e - begin)) else (b, e) for b, e in spans}
    inside = [(b, e, name[b - begin : e - begin]) for b, e in spans if e < end]
    # (not the quoted name itself: “青山新年音乐会”, no body in it)
    return sorted((b, e) for b, e, body in inside if _body_name(body) and body != name.strip("“”"))


# A body's term before its name, its level or place before the term at most: 九届, 第十四届, 市十五届, 湖南省十四届.
_BODY_TERM = re.compile(r"(?:[\u4e00-\u9fff]{0,6}[省市县区州旗乡镇])?第?[一二三四五六七八九十\d]{1,3}届")


def _initiative_parts(doc: Document, m: Mention, known_places: list[str],
                      opening: Iterable[str] = ()) -> list[Mention | Relation]:
    """Places and organizations named inside an initiative's name: where it is, who takes part
    (亚投行贷款郑州市农村公路灾后恢复重建项目: 亚投行 takes part, it is in 郑州市). ``opening``: the divisions the
    document's bodies' names open with (天宁区 of 天宁区民政局), which place a township that opens the name too."""
    out: list[Mention | Relation] = []
    zone = zone_end(m.text)
    if zone and len(m.text) - zone > 2:  # …开发区重点项目 is in the zone; 产业园项目 builds it
        begin = zone_start(m.text)
        place = _nested(m, begin, zone, "Place")
        out += [place, _relation(m, "location", place, m)]
        # the zone lies in the places its name opens with (乌兰浩特经济技术开发区)
        spans = leading_places(place.text, body=False)
        if spans:
            city = _nested(m, begin + spans[-1][0], begin + spans[-1][1], "Place")
            out += [city, _relation(place, "containedInPlace", city, m)]
    sentence = doc.articles[m.article - 1].sentence_at(m.start)
    tokens = [(sentence.span(t.start, t.end), t) for t in sentence.tokens] if sentence else []
    starts = {w.start for w in words(m.text)}
    route = ROUTE.match(m.text)  # (the places a route runs between: the works are on the route, in neither)
    # (the places listed and counted that hold it together, 青山市、白石区两地交流活动: parties, not where it is held; or
    # listed before what they do together, 青山县、白石区合作签约仪式)
    parties = counted_parties(m.text) or listed_parties(m.text)
    # (nor a place inside a work's title, 《旧上海月份牌特展》, which is not in 上海; the name may be the title whole)
    titles = [t.span() for t in WORK_TITLE.finditer(m.text)]
    if doc.text.endswith("《", 0, m.start) and doc.text.startswith("》", m.end):
        titles.append((-1, len(m.text) + 1))
    for s, e, name, divisions in find(m.text):
        if e - s < 2 or spells_a_word(m.text[s:e]) or s not in starts or route and s < route.end() \
                or any(x < s < y for x, y in titles):
            continue  # (nor one whose first character ends a word: 康县 of 创建省级健康县工作推进会)
        if s == 0 and not parties:
            # a place that opens the name is where it is (郑州市全民健身运动会) when the document names
            # that place on its own, or names it whole with its level (青山县第四届…运动会), and the name opens with no
            # zone (…开发区重点项目) nor body (…集团…项目)
            body = any(t.tag == "ORG" and start == m.start for (start, _end), t in tokens)
            acts = [w for w in words(m.text[e:])][:1]  # 鄂尔多斯市援建项目: the city gives, it is elsewhere
            # (a chain of places opening it places it in the last: 红星市青山区…大会, below; a place the sentence holds it
            # in is where it is: 青山省对口支援工作会议在红星市召开)
            held = _HELD_IN.match(doc.text, m.end)
            whole = (any(d.name == m.text[s:e] for d in divisions) and len(leading_places(m.text, body=False)) < 2
                     and not (held and find(held.group(1))))
            if acts and acts[0].pos == "v" or zone or body or m.text[s:e] in COUNTRY or not (
                    m.text[s:e] in known_places or name in known_places or whole):
                continue
        place = _nested(m, s, e, "Place")
        out += [place] if parties else [place, _relation(m, "location", place, m)]
    # a chain of places that opens the name, the last of which the document names on its own (红星市青山湖区产学研对接大会,
    # 青山湖区 named elsewhere; a district the gazetteer may not know yet): each is in the one before, and the event in the
    # last
    chain = leading_places(m.text, body=False) if not zone else []
    # (or a township the gazetteer holds in the county named right before it: 青山区白石街道第三届邻里节)
    held_town = len(chain) >= 2 and holding_county(m.text[slice(*chain[-2])], m.text[slice(*chain[-1])]) is not None
    if len(chain) >= 2 and (m.text[slice(*chain[-1])] in known_places or held_town):
        had = {(x.start, x.end): x for x in out if isinstance(x, Mention)}
        places = [had.get((m.start + b, m.start + e)) or _nested(m, b, e, "Place") for b, e in chain]
        out += [p for p in places if (p.start, p.end) not in had]
        # (unless the gazetteer's places in the name placed it already)
        if held_town:  # (the township, not the county the gazetteer's places in the name placed it in before)
            out = [x for x in out if not (isinstance(x, Relation) and x.subject is m and x.predicate == "location"
                                          and x.obj in places[:-1])]
        placed = any(isinstance(x, Relation) and x.subject is m and x.predicate == "location" for x in out)
        if not parties and not placed:
            out.append(_relation(m, "location", places[-1], m))
        out += [_relation(inner, "containedInPlace", outer, m) for outer, inner in zip(places, places[1:])]
    if (town := opening_town(m.text, [*known_places, *opening])) \
            and not any(isinstance(x, Mention) and x.start == m.start for x in out):
        place = _nested(m, 0, town, "Place")  # 青山镇集中供水工程, in an article about the county
        out += [place, _relation(m, "location", place, m)]
    # a body's numbered session or edition (青山商会二届一次会员大会): the body that opens the name holds it (not a year
    # or a slogan before the body, 2024年青山县总工会, “奋进”青山商会; nor 全市中小学, no one body)
    session = next((x for x in SESSION.finditer(m.text) if x.start() >= 4
                    and m.text[: x.start()].endswith(_SESSION_BODY_ENDS)
                    and re.fullmatch(r"[\u4e00-\u9fff]+", m.text[: x.start()]) and not m.text.startswith(("全", "各"))),
                   None)
    if session is not None and not any(isinstance(x, Mention) and x.type == "Organization" for x in out):
        body = _nested(m, 0, session.start(), "Organization")
        out += [body, _relation(m, "organizer", body, m)]
    # a campaign named by its quotation inside an event's name (“春风行动”招聘会, 2024“青山读书计划”推介会): an
    # initiative of its own, which the event is part of; not a day observed each year, the event's date (第30个
    # “世界水日”宣传活动)
    for q in QUOTED_SELF.finditer(m.text):
        if (q.start(), q.end()) != (0, len(m.text)) and q.group(1) != m.canonical \
                and not observed_day(q.group(1)):  # (not “…建设年”活动 itself)
            campaign = Mention(m.start + q.start(), m.start + q.end(), "Initiative", q.group(), m.article, "names",
                               canonical=q.group(1))
            out += [campaign, _relation(m, "partOf", campaign, m)]
    # a quoted campaign with its head, then the meeting that launches or pushes it, another event joined after
    # (“千企帮千村”行动启动大会暨…工作会): the campaign, which the event is part of (a ceremony at the end: below)
    for q in _CAMPAIGN_IN_EVENT.finditer(m.text):
        campaign = Mention(m.start + q.start(), m.start + q.end(), "Initiative", q.group(), m.article, "names",
                           canonical=q.group(1))  # (the quotation alone, as the campaign is named where it stands alone)
        out += [campaign, _relation(m, "partOf", campaign, m)]
    # the festival, game or campaign whose ceremony it is (第三届青山桃花节启动仪式): an initiative of its own, which the
    # ceremony is part of
    if event := ceremony_of(m.text):
        held = Mention(m.start, m.start + event, "Initiative", m.text[:event], m.article, "names")
        # (a place its name holds is where the festival is: 第三届青山省桃花节 is in 青山省, its ceremony where it is held)
        out = [Relation(held, x.predicate, x.obj, x.evidence) if isinstance(x, Relation) and x.subject is m
               and x.predicate == "location" and x.obj.end <= held.end else x for x in out]
        out += [held, _relation(m, "partOf", held, m)]
    for t in sentence.tokens if sentence else []:
        start, end = sentence.span(t.start, t.end)
        if (t.tag == "LOC" and start == m.start and re.match(r"\d{4}年", doc.text[end : m.end])
                and not any(isinstance(x, Mention) and x.start == start for x in out)):
            place = _nested(m, 0, end - start, "Place")  # 白石镇2024年15条…项目: the tagger's place before its year
            out += [place, _relation(m, "location", place, m)]
    held_by = [x for x in out if isinstance(x, Mention) and x.type == "Organization"]
    for start, end in _bodies_in(sentence, m.start, m.end, m.text) if sentence else []:
        if any(x.start <= start and end <= x.end and (x.start, x.end) != (start, end) for x in held_by):
            continue  # (a part of the body that holds its session: 嵩山研究会 of 青山与嵩山研究会一届一次会议)
        org = Mention(start, end, "Organization", doc.text[start:end], m.article, "names")
        # a body that opens the name of its own meeting or project runs it (协会第三次代表大会,
        # 博源集团30万吨尿素项目); one named on the way takes part (亚投行贷款…项目)
        rest = [w for w in words(doc.text[end : m.end]) if w.pos != "x"]
        # (after the year that opens the name too: 2022年青山区党工委第一轮巡察工作动员部署会; and after the body's term,
        # its level or place before it: 七届区政府第12次常务会议, 市十五届人大常委会第十二次会议)
        opens = start == m.start or YEAR.fullmatch(doc.text[m.start : start]) is not None \
            or _BODY_TERM.fullmatch(doc.text, m.start, start) is not None
        runs = opens and not (rest and rest[0].pos.startswith("v") and rest[0].pos != "vn")
        if not runs and _CELEBRATES.search(doc.text, m.start, start):
            continue  # 庆祝中国共产党成立…大会: the body celebrated takes no part
        out += [org, _relation(m, "organizer" if runs else "participant", org, m)]
    return out
