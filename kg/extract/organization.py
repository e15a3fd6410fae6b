"""Organizations by their suffix: 街道办事处, 党工委, 有限公司, 志愿服务队, 专班 …

Chinese organisation names end in a small set of heads. From each head the
name runs left over nouns (jieba's words) until a verb, a preposition, a
function word or punctuation. This finds long names that the tagger cuts or
misses (``管城区紫荆山南路街道办事处社会工作服务站``, ``疫苗接种工作专班``) and
splits what it glues (``中原区卫健委组织区卫生监督所``). Bus lines (``郑州公交32路``)
are organizations too; numbered county roads (``X025袁岗线``) are places.

Examples:
    >>> from kg.text import parse
    >>> doc = parse("中原区卫健委组织区卫生监督所、进口货物专班先后完成演练。")
    >>> [m.text for m in extract(doc, [])]
    ['中原区卫健委', '区卫生监督所', '进口货物专班']
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import replace
from functools import lru_cache
from typing import TYPE_CHECKING

from ..gazetteer import find, named, spelled_by_divisions
from ..levels import (ASSEMBLIES, BANNER_BODIES, CHARS, COMMITTEE_CHARS, GOVERNMENT_CHARS, NOT_A_LEVEL,
                      PREFECTURE_BODIES, chars_class)
from ..lines import MASS_BODIES, unquoted
from ..model import Article, Document, Mention, Sentence
from ..neural import training_orgs, training_places
from ..org_bounds import boundary_words, centre_heads, org_endings
from ..places import chain
from ..towns import opening_places, town_ending_at, towns
from ..words import Word, clause_words, dictionary_words, frequency, function_word, in_dictionary, words
from . import register
from .quantity import COUNTERS, chinese_number
from .titles import GROUP_TITLES, OFFICE as _OFFICE, TITLES

if TYPE_CHECKING:
    from ..tagger import Token

# The heads of the civilization practice bodies of a township and a village (新时代文明实践所, …实践站): a kind of body in
# every place, named only by the place before it (浏河镇新时代文明实践所; not 全镇建成的实践站, 等处…实践站)
_PLACED_HEADS = ("实践所", "实践站")
# A township's own offices and homes (白石镇文化站, 青山区税务局第一税务所): heads of bodies whose name must hold a proper
# name (:data:`PROPER_HEADS`; not 建设养老院, 基层财政所, 公办养老院, kinds of body).
_TOWNSHIP_HEADS = ("税务所", "财政所", "供电所", "综合文化站", "文化站", "农技站", "林业站", "水利站", "兽医站", "敬老院", "养老院",
                   "福利院", *_PLACED_HEADS)
SUFFIXES = sorted(
    """街道办事处 办事处 党工委 工委 管委会 组委会 筹委会 党委 党支部 党总支 委员会 居委会 村委会 卫健委 发展改革委 发改委
    有限责任公司 股份有限公司 有限公司 分公司 分中心 集团 志愿服务队 志愿队 服务队 工作队 总队 大队 支队 中队 服务团 实践队 实践团 分团 突击队 服务站 工作站 服务中心 融媒体中心
    分行 支行 公安机关 卫生院 医院 中心血站 采血站 献血站 监督所 管理所 市场监督管理所 市场监管所 派出所 司法所 研究所 研究院 中学 高中 小学 完小 大学 学院 幼儿园 书馆 图书馆 博物馆 科技馆 少年宫 专班 工作组
    监狱 看守所 戒毒所 军区 军分区 警备区 指挥部 领导小组
    办公室 社工 疾控中心 疾控 银行 协会 学会 商会 校友会 校友总会 联合会 公安局 分局 人民政府 区政府 市政府 县政府 镇政府 乡政府 局
    省委 市委 县委 区委 省政府 市局 县局 区局
    工会 总工会 团 工坊 议事厅 合作社 供销社 农场 牧场 林场 科 处 部 室 办 超市 量贩店 厂 报社 公司 事务所 党组 党办 支部 组织部 宣传部 统战部 政法委 外科 内科 儿科 妇产科 眼科 骨科
    法庭""".split() + list(_TOWNSHIP_HEADS)
    + list(PREFECTURE_BODIES) + list(BANNER_BODIES),
    key=len,
    reverse=True,
)
# Bodies named alone, without a place or a parent: the committee, government or bureau of a level
# (市委书记…, 县委常委…, 省委省政府, 市局), a village's committee, a party office.
STANDALONE_BODIES = frozenset("省委 市委 县委 区委 省政府 市政府 县政府 区政府 镇政府 乡政府 市局 县局 区局 村委会 居委会 党办".split()
                              + list(PREFECTURE_BODIES) + list(BANNER_BODIES))
_STANDING_ALONE = tuple(sorted(STANDALONE_BODIES))  # (the same, for str.startswith)
# Associations named by their kind alone, whose names no verb makes on its own as it does a village's (建设村): a
# verb before one opens a clause at the clause's start too (夯实商会基础, 发挥工会作用), though not after a place
# (丽水开化商会: 开化, a county, reads as a verb).
_ASSOCIATIONS = ("商会", "协会", "学会", "工会")
# The tagger's words that stand before a clause's verb: its subject (a noun, a pronoun, a person), an adverb, a
# preposition, a conjunction.
_BEFORE_A_VERB = frozenset({"n", "r", "PER", "d", "ad", "p", "c"})
_OPENS_A_CLAUSE = _BEFORE_A_VERB | {"w"}  # (and a mark: the verb opens the clause)
# A verb and 的 right after 所: what is done (管理所取得的成效, 所需的资金), no office's 所.
_DONE_BY = re.compile(r"[\u4e00-\u9fff]{1,2}的")
# Mass bodies (the women's federation, the disabled persons' federation, …) named by their division's name alone
# (not 人大, 政协: the people's congress, the CPPCC, whose names the tagger reads whole)
_MASS_BODY = re.compile("|".join(b for b in MASS_BODIES if b not in ("人大", "政协")))
# Heads whose bodies carry a proper name (a place or a name the tagger reads) before them.
PROPER_HEADS = frozenset("大学 学院 中学 高中 小学 实践队 实践团 工作队 集团 有限公司 股份有限公司 有限责任公司 超市 合作社 农场 牧场 医院 卫生院"
                         " 银行 分行 支行 公安机关 公司 监狱 看守所 戒毒所 军区 军分区 警备区".split() + list(_TOWNSHIP_HEADS))
# 我校, 本院, 我公司: the head after 我/本 by which the publisher names itself, and the ends of the names it
# stands for (the article's body of that kind; a county's vocational centre, …职教中心, is a school).
SELF_HEADS = {"校": ("大学", "学院", "学校", "中学", "小学", "校", "大", "中", "职教中心"), "院": ("院",), "所": ("所",), "厂": ("厂",),
              "局": ("局",), "司": ("公司",), "行": ("银行", "行"), "部": ("部",), "委": ("委",), "社": ("社",),
              "厅": ("厅",), "公司": ("公司",), "集团": ("集团", "集团公司"), "中心": ("中心",)}
# The publisher's own body, by which it names its units (我校食品学院 is 食品学院; 我校 is no alias).
DEICTIC = frozenset(p + h for p in "我本" for h in SELF_HEADS)
# 我校, 本院 …, with the head as group 1: what the extractors that read the publisher's own body match.
SELF_NAMED = "[我本](" + "|".join(sorted(SELF_HEADS, key=len, reverse=True)) + ")"
SELF_NAMED_RE = re.compile(SELF_NAMED)
# 我市, 本县: the publisher's own division, named by its level.
OWN_DIVISION = re.compile("[我本][省市县区州旗盟]")
# Words that end a name when walking left (原, "former", stands before a name: 原青山县委书记;
# 部分, 一些 … count bodies of a kind: 青山区部分中学 is no school's name):
# Words of tenure before a title (现任党委书记): they open no body's name, and the tagger reads them as verbs.
TENURE = ("现任", "时任", "原任", "曾任", "前任")
# verbs and particles that introduce an organisation
# (more are learned from labeled data: kg.org_bounds).
STOP_WORDS = frozenset(
    """组织 成立 组建 设立 走进 来到 开展 联合 与 和 及 或 对 在 由 将 向 为 把 被 让 是 有 到 从 据 等 举办 召开
    参加 参与 加入 协调 牵头 带领 实施 推进 建立 发挥 通过 围绕 落实 完成 进行 引进 提供 指导 支持 配合 邀请
    包括 其中 负责 各 全体 相关 有关 所辖 下属 所属 旗下 辖区 每个 多个 该 本 其 我们 他们 以及 还有 同时 积极 深入 联系
    便有 搬进 前来 应邀 之邀 实现 成为 作为 给 得到 依托 协助 督促 要求 推动 共同 分别 先后 均 都 也 又 即 已 并
    原 原名 原称 简称 全称 又称 曾用名 前身 部分 一些 多家 多所 若干 少数 个别 审议 听取 兼任 担任 出任 当选 当选为 年度 季度 年初 年底 祝贺 恭贺 热烈 热烈祝贺""".split()
) | DEICTIC | set(TENURE)
STOP_POS = frozenset("p c u d r x w y e o uj ul uz ug ud ad t m q f zg".split())
# Parts of speech of the words that can stand inside a name even where the data saw them rarely.
NOMINAL_POS = frozenset("n nz nt ns nr vn j l an ng i".split())
MAX_NAME = 24
# What a company's short name leaves out of its legal name: a city in brackets and the legal form
# (莱克电气 of 莱克电气（苏州）有限公司).
LEGAL_FORM = re.compile(r"(?:[（(][\u4e00-\u9fff]{2,4}[）)])?(?:股份有限公司|有限责任公司|有限公司|股份公司|公司)")
_LEVEL_CHARS = frozenset(CHARS)
# A group's name: its brand, then 集团 and a legal form at most (青山集团, 青山集团公司, 青山集团（苏州）有限公司).
GROUP = re.compile(rf"集团(?:{LEGAL_FORM.pattern})?$")
# The tagger's (LAC's) tags that end a name read leftwards, and those that make a boundary word a verb.
LAC_STOPS = frozenset({"PER", "c", "p", "u", "w"})
LAC_VERBS = frozenset({"v", "vd", "ad", "d", "a"})
# Places named by what they are: 郑州银基国际旅游度假区, 金水区政府一楼多功能厅.
# Zones, communities and works are places too, named whole: 白鹭新城, 东街社区, 川气东送管道.
PLACE_SUFFIXES = ("旅游度假区", "度假区", "风景区", "景区", "湿地公园", "公园", "广场", "多功能厅", "会议室", "会议厅", "报告厅",
                  "体育馆", "纪念馆")
# These need a proper name before them (a place or body the tagger or the gazetteer knows): 智慧社区 is none.
# (the kinds of zone among them, which a zone's name ends with: 伍家工业园区)
ZONE_KINDS = ("经济技术开发区", "开发区", "高新区", "工业园区", "产业园区", "科技园区", "物流园区", "工业园", "产业园", "创业园",
              "科技园", "合作区", "示范区", "试验区", "实验区", "自贸区", "集聚区", "工业区")
# Sites named by whose they were (:func:`named_site`): an old site, a former home.
SITES = ("旧址", "故居")
NAMED_PLACE_SUFFIXES = (*ZONE_KINDS, "校区", "批发市场", "综合市场", "农贸市场", "交易市场",
                        "会展中心", "博览中心", "展览中心", "机场", "铁路",
                        "高速公路", "铁路通道", "通道", "基地", "楼", "管道", "大桥", "水库", "世纪城", "科技城", "新城", "陆港",
                        "港区", "火车站", "高铁站", "街区", "片区", "古城", "自然保护区", "保护区", "森林公园", "风景名胜区",
                        *SITES)
_PLACE_SUFFIX = re.compile("|".join(sorted(PLACE_SUFFIXES + NAMED_PLACE_SUFFIXES, key=len, reverse=True)))
# A rank that a park or a scenic area is given before its kind (省级湿地公园, 国家4A级景区): no name of its own (a
# zone's is its name's: 省级…示范区).
_RANK = re.compile(r"(?:国家|省|市|县|区)级|(?:国家)?(?:[1-5]A|A{3,5})级?")
# The part of a county or a city a place lies in, before the place's name: 县城, 市区, 城区 (not 城关 of 县城关广场).
_TOWN_AREA = re.compile(r"[县市]城区|县城(?!关)|市区|城区|镇区")
# The heads that close a park's or a square's name whole: no name runs on over a verb after them (a school's or a
# hospital's units may open with one: 学院招生就业处).
_WHOLE_HEADS = ("公园", "景区", "广场")
TITLE_AFTER = re.compile(r"副?(?:书记|主任|委员|常委)")
# "At" a meeting or a ceremony, before what was said there: 会上, 会议上, 仪式上 (no name opens with it: :func:`name_start`,
# :func:`at_an_event_cut`; kg.extract.relation.AT_THE_EVENT, a sentence about the article's event).
AT_AN_EVENT = re.compile(r"(?:会议?|大会|仪式|典礼|开幕式|闭幕式|座谈会)上")
_COUNTED_PLACES = re.compile(r"(?<!第)[两三四五六七八九十多各]地(?![质区域产方])")  # (not 第七地质大队, 各地区)
_CITY_IN_BRACKETS = re.compile(r"[（(][\u4e00-\u9fff]{2,4}[）)]$")
NUMBERED_SCHOOL = re.compile(r"第?[一二三四五六七八九十]{1,3}(?:中学|中|小学|小)(?![学心国间])")
_LOCALITY = re.compile(r"社区|小区|街道(?!办)|村(?![委民])")
_GROUP = re.compile(r"(?![一二三四五六七八九十])[\u4e00-\u9fff]{2}组")
_BUS = re.compile(r"(?:[\u4e00-\u9fff]{2}公交)?\d{1,3}路(?![\u4e00-\u9fff]*[路街道])")
_ROAD = re.compile(r"[GSXYZC]\d{3}[\u4e00-\u9fff]{2,4}线")
# A party branch numbered within a unit's field of work (行政一支部, 临床第二党支部, 机关三支部): its number and head.
_NUMBERED_BRANCH = re.compile(r"(?<=[\u4e00-\u9fff])第?[一二三四五六七八九十]{1,3}(?:党)?(?:支部|总支)(?!队)")  # (三支部队: troops)
# A body's unit counted by its number (青山邮政管理局一分局, 交警二大队, 消防三中队, 第一分公司): the body's own, named whole.
# (not a count of teams: 一支队伍)
_NUMBERED_UNIT = re.compile(r"第?[一二三四五六七八九十]{1,3}(?:分局|支队|大队|中队|分公司|分院)(?!伍)")


# 金水区委区政府 is two bodies: 金水区委 and (金水)区政府.
_COORDINATED = re.compile(r"^(?P<first>.{0,8}?(" + chars_class(COMMITTEE_CHARS) + r")委)(?P<second>\2(?:政府|人大|政协))$")
# The party's centre and the state council named together, as a level's committee and government are: 中共中央国务院
# (印发…), 党中央国务院 (决策部署), their general offices too (中共中央办公厅国务院办公厅).
_CENTRE_AND_COUNCIL = re.compile(r"^(?P<first>(?:中共中央|党中央)(?P<office>办公厅)?)(?P<second>国务院(?(office)办公厅))$")


# The last characters of a body's name (…局, …委, …办) besides the heads.
_BODY_END_CHARS = "局委厅办院所处部室社"


def titled_by_its_group(text: str, at: int) -> bool:
    """Whether the 党组 that ends at ``at`` opens the title of one of its members, a title of the body above in kg's
    convention as 党组书记 is (青山法院党组成员、副院长, 党组副书记; 成员 before a name, as jieba reads it: 区政府党组成员王五,
    覃志明; the development golds: 2 of 3 bare ones before a name, 15 of 17 before 、), not the group itself
    (党组成员会议, 党组成员名单, 党组成员高度重视…).

    Examples:
        >>> [titled_by_its_group(t, 5) for t in ("区政府党组成员王五", "区政府党组成员、副区长", "区政府党组成员会议")]
        [True, True, False]
        >>> titled_by_its_group("区政府党组成员高度重视", 5), titled_by_its_group("区政府党组成员于3月5日学习", 5)
        (False, False)
    """
    if text.startswith(("成员、", "副书记"), at):
        return True
    return text.startswith("成员", at) and any(w.start == at + 2 and w.pos.startswith("nr")
                                               for w in clause_words(text, at + 2))


def ends_as_a_body(name: str) -> bool:
    """Whether a name ends as a body's does (青山县教育局, 县卫健委, 青山高中, 县电商促进中心; not 工业 of 工业和信息化部,
    nor the middle of a town, 青山市中心)."""
    return name.endswith((*SUFFIXES, "高中")) or name[-1] in _BODY_END_CHARS \
        or len(name) >= 5 and name.endswith("中心") and name[-3] not in CHARS + "城"


# The verbs by which a body does something with another, which a recognizer or a walk may read into one name with both
# bodies' (青山市侨联联同镇侨联, 县科协同县教育局).
TOGETHER_WITH = ("联合", "联同", "会同", "协同", "携手")


def bodies_joined_at(name: str, whole: Callable[[str], bool]) -> tuple[int, int] | None:
    """Where the first body's name ends and the second's starts in a name read over the verb joining them (青山市侨联联同
    镇侨联; 县科协同县教育局, where the verb's first character closes the first body's name: 同 alone joins them), each
    ``whole`` as a body's name, or None: the second body opening with a division (not a joint body: 青山县文联联合党支部,
    青山大学联合研究院).

    Examples:
        >>> whole = lambda n: n.endswith(("侨联", "科协", "局", "支部", "市"))  # (市 as a body's end: 怀化市 too)
        >>> bodies_joined_at("青山市侨联联同镇侨联", whole), bodies_joined_at("县科协同县教育局", whole)
        ((5, 7), (3, 4))
        >>> bodies_joined_at("县文联联合党支部", whole), bodies_joined_at("怀化市会同县公安局", whole)
        (None, None)
    """
    for verb in TOGETHER_WITH:
        i = name.find(verb, 2)
        if i < 0 or _county_named_at(name, i):
            continue  # (no verb inside a division's name: 怀化市会同县人民政府)
        left, right = (i + 1, i + 2) if whole(name[: i + 1]) and name[i + 1] == "同" else (i, i + 2)
        rest = name[right:]
        if len(rest) >= 3 and any(c in "省市县区镇乡" for c in rest[:6]) and whole(name[:left]) and whole(rest):
            return left, right
    return None


def _county_named_at(name: str, at: int) -> bool:
    """Whether a division's name the gazetteer holds covers ``at`` right after a place that holds it (怀化市会同县: the
    county 会同县, no verb 会同), not after a body (青山县气象局会同县民政局: the verb).

    Examples:
        >>> _county_named_at("怀化市会同县人民政府", 3), _county_named_at("青山县气象局会同县民政局", 6)
        (True, False)
        >>> _county_named_at("湖南省怀化市会同县人民政府", 6)
        True
    """
    return any(b <= at < e for b, e, *_ in find(name)) and any(e == at for _, e, *_ in find(name[:at]))


def split_coordination(start: int, end: int, text: str) -> list[tuple[int, int, str]]:
    """Split ``X区委区政府`` into its two organizations, and two names glued by 会同, 同 or 对;
    other spans stay whole.

    Examples:
        >>> split_coordination(0, 7, "金水区委区政府"), split_coordination(0, 7, "中共中央国务院")
        ([(0, 4, '金水区委'), (4, 7, '区政府')], [(0, 4, '中共中央'), (4, 7, '国务院')])
        >>> split_coordination(0, 11, "怀化市会同县人民政府")  # (会同县, a county: no verb)
        [(0, 11, '怀化市会同县人民政府')]
        >>> split_coordination(10, 17, "中南海同团中央"), split_coordination(0, 3, "同仁堂")
        ([(10, 13, '中南海'), (14, 17, '团中央')], [(0, 3, '同仁堂')])
        >>> split_coordination(0, 11, "青山县教育局和县卫健委"), split_coordination(0, 7, "工业和信息化部")
        ([(0, 6, '青山县教育局'), (7, 11, '县卫健委')], [(0, 7, '工业和信息化部')])
        >>> split_coordination(0, 9, "青山高中和职业学院")
        [(0, 4, '青山高中'), (5, 9, '职业学院')]
        >>> split_coordination(0, 17, "县农产品检测中心和县商务和投资促进局")
        [(0, 8, '县农产品检测中心'), (9, 17, '县商务和投资促进局')]
        >>> split_coordination(0, 14, "青山县卫生局和青山县红十字会"), split_coordination(0, 8, "县残联协同县卫健委")
        ([(0, 6, '青山县卫生局'), (7, 14, '青山县红十字会')], [(0, 3, '县残联'), (5, 8, '县卫健委')])
    """
    m = _COORDINATED.match(text) or _CENTRE_AND_COUNCIL.match(text)
    if m:
        first, second = m.group("first", "second")
        return [(start, start + len(first), first), (start + len(first), end, second)]
    # two bodies joined by the verb of one acting with the other: 县文联联同县文旅局, 县残联协同县卫健委
    joint = bodies_joined_at(text, lambda x: ends_as_a_body(x) or x.endswith(MASS_BODIES))
    if joint is not None:
        return [(start, start + joint[0], text[: joint[0]]), (start + joint[1], end, text[joint[1] :])]
    # two bodies glued by a conjunction, each with its head: 青山县教育局和县卫健委, 市国资委与县财政局; or the second
    # opening with the division the first opens with (青山县卫生局和青山县红十字会: its own body of that division)
    for m in re.finditer("[和与及]", text):
        left, right = text[: m.start()], text[m.end() :]
        if len(left) >= 3 and len(right) >= 3 and ends_as_a_body(left) and (
                ends_as_a_body(right) or _same_division(left, right)):
            return [(start, start + m.start(), left), (start + m.end(), end, right)]
    # two bodies or places the tagger glued with a preposition: 国家发展改革委会同体育总局, 北京同古巴
    joint = text.find("会同")
    if joint >= 2 and len(text) - joint - 2 >= 2 and not _county_named_at(text, joint):
        left, right = joint, joint + 2
    else:
        w = next((w for w in words(text) if w.text in ("同", "对") and w.pos == "p" and w.start >= 2
                  and len(text) - w.end >= 2), None)
        if w is None:
            return [(start, end, text)]
        left, right = w.start, w.end
    return [(start, start + left, text[:left]), (start + right, end, text[right:])]


def _same_division(left: str, right: str) -> bool:
    """Whether ``right`` opens with the division ``left`` opens with, its level's character closing it, and goes on
    with a name of three characters or more (青山县卫生局, 青山县红十字会; 县卫生局, 县红十字会).

    Examples:
        >>> _same_division("青山县卫生局", "青山县红十字会"), _same_division("青山县卫生局", "白石县红十字会")
        (True, False)
        >>> _same_division("工业", "信息化部")
        False
    """
    k = next((i + 1 for i, c in enumerate(left[:8]) if c in _LEVEL_CHARS), 0)
    return k > 0 and right.startswith(left[:k]) and len(right) - k >= 3


def _two_bounds(word: str, bounds: frozenset[str]) -> bool:
    """Whether a word jieba reads as one is two boundary words of two characters or more run together (努力实现, read
    as a name: 努力 + 实现; :func:`name_start` asks it of words that are no noun but a person's name, not of 分析测试).

    Examples:
        >>> _two_bounds("努力实现", frozenset({"努力", "实现"})), _two_bounds("青山", frozenset({"努力", "实现"}))
        (True, False)
    """
    return any(word[:k] in bounds and word[k:] in bounds for k in range(2, len(word) - 1))


_NUMERAL = re.compile(r"[0-9０-９一二三四五六七八九十百千万亿两零]")
_COUNT_TWICE = re.compile(r"一([\u4e00-\u9fff])\1")  # 一座座, 一个个, 一家家: one after another


def _inside_a_noun(lac: dict[int, str], at: int) -> bool:
    """Whether the tagger's word that holds offset ``at`` starts before it and is a common noun (the tagger's
    tags by where its words start, ``lac``): jieba's word there is a piece of the tagger's noun, no word of its own.

    Examples:
        >>> _inside_a_noun({0: "LOC", 3: "n", 6: "vn"}, 5), _inside_a_noun({0: "LOC", 3: "n", 6: "vn"}, 6)
        (True, False)
    """
    if not lac or at in lac:
        return False
    starts = [k for k in lac if k < at]
    return bool(starts) and lac[max(starts)] in ("n", "nz")


# Measure words after a numeral (12名, 5位, 3家): the one-character counters, and 位, which counts people only.
_MEASURES = frozenset(c for c in COUNTERS.split("|") if len(c) == 1) | {"位"}
# A unit of time after a number, a date's or a clock's (5月份团市委, 13日县审计局, 9时县应急局: the body after it).
_TIME_UNIT = re.compile(r"(?<=[\d０-９一二三四五六七八九十])(?:年度?|月份?|份|日|号|时|点|分)")


# A party committee and its deputy's mark before a title (党委副 of 党委副书记)
_COMMITTEES_MEMBER = re.compile(r"(?:委|党组)副?$")
_TITLE_ENDS = tuple(TITLES)  # (for str.endswith)


def name_start(text: str, head: int, allow: frozenset[str] = frozenset(), lac: dict[int, str] | None = None,
               bounds: frozenset[str] | None = None, verbs: bool = True) -> int:
    """Where the name that ends with the suffix starting at ``head`` begins
    (``allow``: parts of speech that may stand inside this kind of name, as 灾后 in a project's;
    ``lac``: the tagger's tag of each word by its start in ``text``, where it is known: a person,
    a conjunction or a boundary word the tagger reads as a verb ends the name; ``bounds``: the
    boundary words, by default those learned for organisations, :func:`kg.org_bounds.boundary_words`; ``verbs``: a
    verb before a name ends the walk, :func:`_verb_before_a_name`, not in a project's, 亚投行贷款青山市公路项目)."""
    lac = lac or {}
    bounds = boundary_words() if bounds is None else bounds
    start = head
    every = clause_words(text, max(0, head - 1))
    before = [w for w in every if w.start < head]
    for i in range(len(before) - 1, -1, -1):
        w = before[i]
        piece = text[w.start : min(w.end, head)]
        if w.end > head and w.text not in SUFFIXES:
            piece = text[w.start : head]
        # a level jieba cuts off a place's name is part of it (黄河 村 党支部; 红光 村, which jieba
        # reads as a person and the tagger as a place)
        level = w.text in _LEVEL_CHARS and i > 0 and (before[i - 1].pos == "ns" or lac.get(before[i - 1].start) == "LOC")
        tag = lac.get(w.start)
        # (a word that opens a place or body the tagger reads is a name's, whatever jieba says: 马边 of 马边彝族自治县)
        # (and a preposition or a conjunction standing alone, however jieba tags it here: 同 of 在同团省委…座谈, "with")
        # (and a time since when, however jieba tags it: 今年以来, an idiom to it; no body's name holds 以来)
        stop_pos = ((w.pos in STOP_POS and w.pos not in allow or function_word(w.text) or w.text.endswith("以来"))
                    and not piece.startswith("第") and not level and tag not in ("LOC", "ORG"))
        lac_stop = any(lac.get(k) in LAC_STOPS for k in range(w.start, min(w.end, head)))
        # a boundary word right after a person is that person's verb (张三代表集团党委讲话)
        # (not a division jieba reads as a name: 麻米乡, a township the tagger reads as a place, before 茶 of 茶溪村)
        after_person = i > 0 and (lac.get(before[i - 1].start) == "PER" or before[i - 1].pos.startswith("nr")
                                  and not (before[i - 1].text[-1] in _LEVEL_CHARS
                                           and lac.get(before[i - 1].start) == "LOC"))
        # (a prefix before the name's next word is inside it: 非 of 非物质文化遗产)
        prefix = w.pos == "h" and w.end < head
        learned = ((w.text in bounds and (w.pos not in NOMINAL_POS or tag in LAC_VERBS or after_person)
                    or w.end <= head and (w.pos not in NOMINAL_POS or w.pos == "nr") and _two_bounds(w.text, bounds))
                   and not prefix) or _persons_verb(w, lac)
        # (a field jieba glued to the head is looked for only at a join: name_start runs for every head)
        if text.startswith(_FIELD_HEADS, head) and _joins_fields(text, before, i, head, lac) \
                or w.text in FIELD_JOINS and _joins_glued(text, before, i, _glued_field(text, head, every), lac):
            start = before[i - 1].start  # the field before the join is the name's, even a word that ends names
            continue
        if (stop_pos or learned) and _inside_a_noun(lac, w.start) and not _NUMERAL.search(w.text):
            stop_pos = learned = False  # jieba's 种 (a measure) the tagger reads inside 生态种: 生态种养殖合作社 (not 208 of 楼208室)
        # a measure word after a numeral counts what follows: 12名 of 12名外科专家 opens no name
        # (and a count said twice, jieba's one noun: 一座座 of 一座座烈士陵园, 一个个 of 一个个党支部)
        counted = w.text in _MEASURES and i > 0 and before[i - 1].pos == "m" or bool(_COUNT_TWICE.fullmatch(w.text))
        verb = verbs and _verb_before_a_name(text, w, head, lac)
        # (a verb right after a park's whole name opens a clause of its own: 白石湖公园获评省级湿地公园)
        verb = verb or verbs and w.pos == "v" and len(w.text) >= 2 and i > 0 and w.end < head \
            and before[i - 1].text.endswith(_WHOLE_HEADS) and len(before[i - 1].text) >= 2 \
            and text.startswith(PLACE_SUFFIXES, head)  # (not 白石山景区开发建设有限公司, a company's)
        # (a committee member's title ends the walk, jieba's one word with the committee too: the body after it is
        # another's, 党委副书记县总工会主席, 党组书记县总工会主席)
        title = next((t for t in TITLES if w.text.endswith(t)), None) if w.text.endswith(_TITLE_ENDS) else None
        titled = title is not None and _COMMITTEES_MEMBER.search(text, 0, w.end - len(title)) is not None
        if (piece in STOP_WORDS or w.text in STOP_WORDS or stop_pos or learned or lac_stop or counted
                or not piece.strip() or verb or titled):
            break
        if piece.endswith(CAMPUS_WORD) and text.startswith(ACADEMIC_UNITS, head):
            break  # a campus is where a school stands, not part of its name (东湖校区 环境学院)
        if head - w.start > MAX_NAME:
            break
        start = w.start
    # the edition (and the year) of the event or the census a body is set up for is its name's (2022年第四届青山残运会
    # 组委会, 省第二次全国污染源普查领导小组)
    if text.startswith(_FOR_AN_EVENT, head) and (ed := _EVENTS_EDITION.search(text[max(0, start - 14) : start])):
        start -= len(ed.group())
    # a level alone between a verb and the name opens it (联合县高级中学: the county's school)
    k = next((i for i, w in enumerate(before) if w.end == start), None)
    if k is not None and k >= 1 and before[k].text in GOVERNMENT_CHARS and before[k - 1].pos == "v":
        start = before[k].start  # (not after jieba's noun of a verb, 检查 of 白石县检查县人民医院: read below)
    # a division's name the walk stopped inside is the name's whole (和 of 和布克赛尔县税务局 is no conjunction there);
    # and an office's field, abbreviated in one or two characters right after a division, no word of the dictionary,
    # is its name's (防艾 of 北流市防艾办, which jieba reads as a verb and a name; not 设立 of 青山县设立办事处)
    # (not one that begins inside a word of the dictionary before it: 任县 of 时任县联社, "then, of the county's")
    # (not where a division opens the name at the walk's start: 龙马潭区 of 和龙马潭区…, no 和龙 of it)
    lead = max(0, start - 8) if not any(b == 0 for b, _, _, _ in find(text[start:head])) else start
    start = min([start, *(lead + b for b, e, _, _ in find(text[lead:head])
                          if (lead + b < start < lead + e or text.startswith("办", head) and head - 2 <= lead + e < start
                              and not in_dictionary(text[lead + e : head]))
                          and not any(w.start < lead + b < w.end and in_dictionary(w.text) for w in before))])
    # so is a township's the walk stopped inside (半 of 半塔镇…广场, which jieba reads as a count)
    start = next((b for e in range(start + 1, min(head, start + 6) + 1)
                  if (b := town_ending_at(text, e)) is not None and b < start), start)
    # 我厅办公室, where jieba reads 我 and 厅 apart: the publisher's 我/本 and its head open no name
    own = next((m for m in SELF_NAMED_RE.finditer(text, max(0, start - 1), head)
                if m.start() <= start < m.end() and any(w.end == m.end() for w in before)), None)
    if own is not None:
        start = own.end()
    # 我县, 本市: the publisher's own division opens no proper name (我州天宝…公司, where jieba reads 我 and 州 apart); its
    # level opens a generic one (我县人民医院: 县人民医院)
    own = next((m for m in OWN_DIVISION.finditer(text, max(0, start - 1), head) if m.start() <= start < m.end()), None)
    if own is not None:
        start = own_start(text, own)
    start = dash_joined(text, start)
    # a meeting's or a ceremony's "at" opens a clause, no name (会上市发改委通报…, 会议上县发改委…: the 市, the 县), also
    # where the walk began inside it (会 | 上市教育局: jieba's 上市, "to list on a market")
    at = next((m for m in AT_AN_EVENT.finditer(text, max(0, start - 4), head) if m.start() <= start < m.end()), None)
    if at is not None and at.end() < head:
        start = at.end()
    # places counted (广深两地, 浙皖两地) open no name: what follows is each one's (两地市委党校: the two cities')
    if counted := _COUNTED_PLACES.search(text, start, head + 1):  # (the character after it may be the head's: 两地市委)
        start = counted.end()
    # a city in brackets stands inside a company's name: 明华电子（苏州）有限公司
    bracket = _CITY_IN_BRACKETS.search(text, max(0, start - 6), start)
    if bracket is None:
        return start
    before = name_start(text, bracket.start(), allow, lac, bounds, verbs)
    return before if before < bracket.start() else start


def own_start(text: str, own: re.Match) -> int:
    """Where a name after the publisher's own division (``own``, 我县, 本市) begins: after it before a proper name
    (我州天宝…公司), at its level before a common one (我省农业科学院: 省农业科学院).

    Examples:
        >>> t = "我州天宝公司与我省农业科学院签约"
        >>> [t[own_start(t, m):][:6] for m in OWN_DIVISION.finditer(t)]
        ['天宝公司与我', '省农业科学院']
    """
    return own.end() if _proper_after(text, own.end()) else own.start() + 1


def _proper_after(text: str, at: int) -> bool:
    """Whether the word at ``at`` opens a proper name, a place's or a name jieba reads (青山, 天宝), not a common word
    (人民 of 人民医院, 第二 of 第二中学, 农牧 of 农牧局).

    Examples:
        >>> _proper_after("我县青山建材公司", 2), _proper_after("我县人民医院", 2), _proper_after("我县第二中学", 2)
        (True, False, False)
    """
    ws = words(text[at : at + 8])  # (on its own: jieba may glue the level to it, 州天宝)
    return bool(ws) and ws[0].pos.startswith(("ns", "nr", "nz"))


def dash_joined(text: str, start: int) -> int:
    """Where a name that begins at ``start`` begins when a place the training names stands before it with a dash
    between: two parties joined open a joint body's, zone's or event's name (中国—东盟博览会, 中国—东盟产业合作区).

    Examples:
        >>> t = "落户中国—东盟产业合作区"
        >>> t[dash_joined(t, t.index("东盟")) :], dash_joined("产业—东盟", 3)
        ('中国—东盟产业合作区', 3)
    """
    if start < 3 or text[start - 1] not in "—－":
        return start
    return next((start - 1 - k for k in (4, 3, 2) if start - 1 - k >= 0
                 and text[start - 1 - k : start - 1] in training_places()), start)


def _verb_before_a_name(text: str, w: Word, head: int, lac: dict[int, str]) -> bool:
    """Whether word ``w``, in a walk back from a body's head at ``head``, is a verb before the name rather than a word
    of it: one that jieba and the tagger both read as a verb, right before a body or a place the tagger reads (响应 of
    响应青山大学党委), or a verb right before a level that opens the name and makes no word or division with it (督查
    of 督查县融媒体中心; not 开发 of 开发区管委会 or 集聚 of 集聚区管委会, a zone's head, 安定 of 安定区, a division, nor 创建 of
    创建省级文明城市…办公室, whose level opens a word).

    Examples:
        >>> from kg.words import Word
        >>> t = "积极响应青山大学党委"
        >>> _verb_before_a_name(t, Word(0, 4, "积极响应", "n"), 8, {0: "ad", 2: "v", 4: "ORG"})
        True
        >>> t = "督查县融媒体中心"
        >>> _verb_before_a_name(t, Word(0, 2, "督查", "vn"), 5, {})
        True
        >>> t = "开发区管委会"
        >>> _verb_before_a_name(t, Word(0, 2, "开发", "vn"), 3, {})
        False
        >>> _verb_before_a_name("安定区政府", Word(0, 2, "安定", "v"), 3, {})
        False
        >>> t = "纷纷涌向村委会"
        >>> _verb_before_a_name(t, Word(2, 4, "涌向", "v"), 4, {0: "d", 2: "v", 4: "n"})
        True
        >>> t = "来到建设村委会"  # (a village named by a verb, after the verb of the clause; or opening it: 跃进村委会)
        >>> _verb_before_a_name(t, Word(2, 4, "建设", "v"), 4, {0: "v", 2: "v", 4: "n"})
        False
        >>> _verb_before_a_name("跃进村委会", Word(0, 2, "跃进", "v"), 2, {0: "v", 2: "n"})
        False
        >>> _verb_before_a_name("夯实商会基础", Word(0, 2, "夯实", "v"), 2, {0: "v", 2: "n"})
        True
        >>> t = "白石镇建设村委会"
        >>> _verb_before_a_name(t, Word(3, 5, "建设", "v"), 5, {0: "LOC", 3: "v", 5: "n"})
        False
    """
    if w.end > head:
        return False
    # (both recognizers' verbs: jieba may glue an adverb to the verb, 积极响应, and read the two as a noun)
    tags = [lac[k] for k in range(w.start, w.end) if k in lac]
    verb = bool(tags) and "v" in tags and all(t in LAC_VERBS for t in tags)
    if w.end < head:
        if verb and lac.get(w.end) in ("ORG", "LOC"):
            return True
    else:
        # right before the head too, where the body stands alone and the tagger's word begins there (涌向 of 涌向村委会),
        # the verb after its subject, an adverb or a preposition (群众涌向, 纷纷涌向, 为积极响应; not 来到建设村委会, nor
        # 白石镇建设村委会, after a place: villages named by verbs); before an association named by its kind alone, at
        # a clause's start too (不断完善商会的工作, 夯实商会基础; not 丽水开化商会, a county's, after its city)
        before = max((k for k in lac if k < w.start), default=None)
        return verb and head in lac and (
            text.startswith(_STANDING_ALONE, head) and before is not None and lac[before] in _BEFORE_A_VERB
            or text.startswith(_ASSOCIATIONS, head) and (before is None or lac[before] in _OPENS_A_CLAUSE))
    level = text[w.end : w.end + 1]
    # (the level and the character after it a word of their own: 创建省级…, 驻省城…; a verb of one character: 撤县…)
    return (w.pos.startswith("v") and len(w.text) >= 2 and level in GOVERNMENT_CHARS and not named(w.text + level)
            and not in_dictionary(text[w.end : w.end + 2]) and lac.get(w.start) != "ORG"
            and not _PLACE_SUFFIX.match(text, w.start))


def _glued_field(text: str, head: int, ws: list[Word]) -> Word | None:
    """The word at ``head`` where jieba glues a field of two characters to a unit's head of two characters or more
    (管理中心, 工程学院; not 办事处, whose 处 is no field's head), read as one word with the head: the second of two
    fields a 与 or 和 before it may join (信息化建设与管理中心; with a word between them: 资产与后勤管理中心).

    Examples:
        >>> from kg.words import clause_words
        >>> t = "信息化建设与管理中心"
        >>> _glued_field(t, 6, clause_words(t, 0)).text
        '管理中心'
        >>> t = "居民与办事处"
        >>> _glued_field(t, 3, clause_words(t, 0)) is None
        True
    """
    word = next((w for w in ws if w.start == head), None)
    unit = word.text[2:] if word is not None else ""
    return word if len(unit) >= 2 and unit in _FIELD_HEADS else None


def _joins_glued(text: str, before: list[Word], i: int, unit: Word | None, lac: dict[int, str]) -> bool:
    """Whether ``before[i]``, a 与 or 和, joins a first field to the second that jieba glued to the unit's head
    (:func:`_glued_field`): the first field a word that training organisations' names hold (or that the tagger reads
    as a field, :data:`_TAGGED_FIELDS`), and the unit saying it is a body twice: its head's title right after it, and
    before the first field a body or a place the tagger reads (or jieba's place or body) in the three words (青山学院规划与管理中心主任)
    or after the title a person the tagger reads (招生与就业服务中心主任李四). Not 健身卡和服务中心,
    餐饮和服务中心全天开放, 青山大学教师与服务中心 (no title), 规划与管理中心开展培训 (no owner), 规划与管理中心主任说 (no person).

    Examples:
        >>> from kg.words import clause_words
        >>> t = "青山大学规划与管理中心主任李四"
        >>> ws = clause_words(t, 0)
        >>> k = [w.text for w in ws].index("管理中心")
        >>> _joins_glued(t, ws[:k], k - 1, ws[k], {0: "ORG"})
        True
        >>> t = "招生与就业服务中心主任李四说"
        >>> ws = clause_words(t, 0)
        >>> k = [w.text for w in ws].index("服务中心")
        >>> lac = {0: "vn", 2: "c", 3: "vn", 5: "vn", 7: "n", 9: "n", 11: "PER"}
        >>> _joins_glued(t, ws[:k], 1, ws[k], lac), _joins_glued(t, ws[:k], 1, ws[k], {**lac, 11: "v"})
        (True, False)
    """
    if unit is None or i == 0 or before[i].text not in FIELD_JOINS:
        return False
    first = before[i - 1]
    if not _in_training_orgs(first.text) and lac.get(first.start) not in _TAGGED_FIELDS:
        return False
    owner = any(lac.get(w.start) in ("ORG", "LOC") or w.pos in ("ns", "nt") for w in before[max(0, i - 4) : i - 1])
    title = _OFFICE_HEAD_TITLE.match(text, unit.end)
    person = title is not None and lac.get(title.end()) == "PER"
    return title is not None and (owner or person) and _joins_fields(text, [*before, unit], i, unit.start + 2, lac)


def _persons_verb(w: Word, lac: dict[int, str]) -> bool:
    """Whether word ``w`` is a verb that both jieba and the tagger read so, right after a person the tagger
    reads (王五受聘青山协会: 受聘 is 王五's act, no part of the body's name, whether or not the labeled data
    saw it often enough to learn it as a boundary); ``lac``: the tagger's tag of each word by its start.

    Examples:
        >>> from kg.words import Word
        >>> _persons_verb(Word(3, 5, "受聘", "v"), {0: "PER", 3: "v", 5: "ORG"}), _persons_verb(Word(3, 5, "受聘", "v"), {0: "ORG", 3: "v"})
        (True, False)
    """
    if w.pos != "v" or lac.get(w.start) not in LAC_VERBS:
        return False
    before = max((k for k in lac if k < w.start), default=None)
    return before is not None and lac[before] == "PER"


def after_titles(text: str, begin: int, head: int, kept: frozenset[str] = frozenset()) -> int:
    """Where a name that a walk began at ``begin`` begins once past the last person's title in it: a title ends the
    name before a place or a project (公司负责人 before 李家湾水库); the titles ``kept`` stay in the name.

    Examples:
        >>> t = "青山水务公司负责人李家湾水库"
        >>> t[after_titles(t, 0, t.index("水库")):]
        '李家湾水库'
    """
    return max([begin, *(w.end for w in clause_words(text, head)
                         if begin <= w.start and w.end <= head and w.text in TITLES and w.text not in kept)])


# A university's campus: the place where its schools and departments stand, never the opening of their names
# (东湖校区环境学院); its own bodies carry its name (东湖校区管理委员会, 东湖校区图书馆).
CAMPUS_WORD = "校区"
ACADEMIC_UNITS = ("学院", "学部", "系", "研究院", "研究所", "实验室")


# The levels a body's former place may have (原省电力公司, 原北石店乡党委; a village's name may
# open with 前: 前河沿村).
_FORMER_LEVELS = chars_class(GOVERNMENT_CHARS)


_WHOLE_LEVEL = re.compile(r"全[省市县区州旗盟镇乡村]")  # 全县, 全市: a whole level's (not 全国, a school's name: 全国重点…)
# The verbs that set up or convene a leading group before its name (not those of its task: 实施, 开展, 推进, 支持 …).
_OPENS_A_GROUP = frozenset({"成立", "组建", "设立", "调整", "召开", "由"})
# A conjunction before a level's character inside a walk to 领导小组: two bodies joined (县妇联和县…领导小组, which jieba
# reads as 和县, a county), not two tasks (食品安全和农产品质量安全).
_BODIES_JOINED = re.compile(r"[和与及、](?=[省市县区])")


def _word_ending_at(text: str, at: int) -> Word | None:
    """The word of its clause (:func:`kg.words.clause_words`) that ends at ``at``, if one does.

    Examples:
        >>> _word_ending_at("随后宜昌华润万家超市", 4).text, _word_ending_at("随后宜昌华润万家超市", 5)
        ('宜昌', None)
    """
    return next((w for w in clause_words(text, max(0, at - 1)) if w.end == at), None)


def _level_after(text: str, at: int) -> bool:
    """Whether the level's character at ``at``, after a conjunction, stands as a word of its own or glued to the
    conjunction before it (县 of 和县: jieba's county), not opening a word (市 of 市场, 县 of 县域).

    Examples:
        >>> t = "县委和县防汛抗旱领导小组。食品安全与市场监管工作领导小组。"
        >>> _level_after(t, t.index("和县") + 1), _level_after(t, t.index("市场"))
        (True, False)
    """
    return not any(w.start == at and w.end > at + 1 for w in clause_words(text, at))


def _task_named_whole(text: str, begin: int) -> bool:
    """Whether a leading group's name read leftwards from 领导小组 stops where a name does: at the clause's start, a
    mark, a preposition or a particle (not 为, 以 of its task: 为基层减负), or a verb that sets the group up or convenes
    it (成立, 召开); not at a verb of its task (攻坚 of 脱贫攻坚领导小组, 实施 of 实施乡村振兴战略领导小组), a conjunction
    inside it (和), a count (第四次 of 第四次全国经济普查领导小组) nor a person (李明任县…, 任县 read as a county).

    Examples:
        >>> t = "5月6日，县委成立了全县殡葬改革领导小组。白石县脱贫攻坚领导小组召开会议。"
        >>> _task_named_whole(t, t.index("全县")), _task_named_whole(t, t.index("攻坚"))
        (True, False)
        >>> t = "县关心下一代工作委员会和县老龄工作领导小组"
        >>> _task_named_whole(t, t.index("和县"))  # (和县, a county to jieba, after another body)
        False
    """
    w = _word_ending_at(text, begin)
    if not begin or w is not None and (not w.text.strip() or re.fullmatch(r"[^\w]+", w.text)):
        return True
    if w is None:  # (a mark before it, or a conjunction jieba read into a county: 和县)
        return not "\u4e00" <= text[begin - 1] <= "\u9fff" or text[begin - 1] in "和与及"
    if w.text in ("和", "与", "及"):  # (a second body after a first: 县委与县防汛抗旱领导小组; not 食品安全与市场监管…)
        return text[begin : begin + 1] in ("省", "市", "县", "区") and _level_after(text, begin)
    return w.text in _OPENS_A_GROUP or w.pos in ("p", "u", "uj", "ul", "uz", "ug", "ud") and w.text not in ("为", "以")


def _former(text: str, start: int, head: int) -> bool:
    """Whether the name found from ``start`` opens with 原 or 前 that is no part of it: a level
    follows (原省…), or a place of the gazetteer or a township (乡 and 镇 alike) does, and the name
    with 原/前 is none (原平市, 原阳县, 前进乡 stay).

    Examples:
        >>> _former("原北石店乡党委", 0, 5), _former("原省电力公司", 0, 4), _former("原平市地税局", 0, 4)
        (True, True, False)
        >>> _former("原子能研究院", 0, 3), _former("前河沿村村委会", 0, 5), _former("前进乡政府", 0, 3)
        (False, False, False)
    """
    if text[start : start + 1] not in "原前" or head - start <= 2:
        return False
    if re.match(_FORMER_LEVELS, text[start + 1 : start + 2]):
        return True
    for level in range(start + 3, min(start + 6, head)):
        if re.match(_FORMER_LEVELS, text[level]):
            stem = text[start + 1 : level]
            return (_a_place(stem, text[level]) and not _a_place(text[start] + stem, text[level]))
    return False


def _a_place(stem: str, level: str) -> bool:
    """Whether a stem and a level name a division of the gazetteer or a township (乡 or 镇)."""
    if named(stem + level):
        return True
    return level in "乡镇" and any(stem + c in towns() for c in "乡镇")


# A conjunction between two fields inside a unit's name: 信息化建设与管理中心, 经济与管理学院.
FIELD_JOINS = frozenset("与 和".split())
_FIELD_POS = frozenset("n vn l".split())
# The heads of such units (a 服务中心 or a 医院 is named otherwise: 健身卡和党群服务中心 is two things).
# Heads of a government's bodies: two fields joined before them make a name only after the government's level or
# place (县文化和旅游局, 国家林业和草原局, 省发展和改革委员会; not 学生和教育局)
_GOVERNMENT_FIELD_HEADS = ("局", "委")
_FIELD_HEADS = ("学院", "研究院", "研究所", "系", "中心", "实验室", "部", "处", "办公室", "科", "外科", "内科") + _GOVERNMENT_FIELD_HEADS


def _government_opens(text: str, at: int) -> bool:
    """Whether a government's level, 国家 or a division of the gazetteer opens the text at ``at``: what stands
    before a body named by its fields of work (县 of 县文化和旅游局, 市 of 市林草局, 国家, 苏州市).

    Examples:
        >>> [_government_opens(t, 0) for t in ("县文化和旅游局", "国家林草局", "苏州市文化和旅游局", "学生和教育局")]
        [True, True, True, False]
    """
    return text[at] in _LEVEL_CHARS or text.startswith("国家", at) or any(b == 0 for b, *_ in find(text[at : at + 12]))


def _joins_fields(text: str, before: list, i: int, head: int, lac: dict[int, str] | None = None) -> bool:
    """Whether ``before[i]`` is 与 or 和 joining two fields of work inside a name: one or two common nouns
    between it and the head (two to six characters; jieba may glue it to the head: 管理中心; 发育生物学研究所), a
    common noun before it that is no body
    (建设与管理中心, 经济与管理学院; not 青山公司与红星公司, 学校与医院); before a government's head
    (:data:`_GOVERNMENT_FIELD_HEADS`), after a level or a place (:func:`_government_opens`) and a first field that
    bodies of the training names hold. A common noun is one that jieba or the tagger reads so (``lac``: the
    tagger's tag of each word by its start; 招生与就业服务中心, where jieba reads 招生 and 就业 as verbs).

    Examples:
        >>> from kg.words import clause_words
        >>> t = "信息化建设与管理中心"
        >>> ws = clause_words(t, 0)
        >>> [_joins_fields(t, ws, k, 8) for k, w in enumerate(ws) if w.text == "与"]
        [True]
        >>> t = "骨与软组织肿瘤科"  # 骨: one bound noun
        >>> ws = clause_words(t, 0)
        >>> [_joins_fields(t, ws, k, 7) for k, w in enumerate(ws) if w.text == "与"]
        [True]
        >>> t = "电子信息与光学工程学院"  # 光学 工程学院: two words of the field after 与
        >>> ws = clause_words(t, 0)
        >>> [_joins_fields(t, ws, k, 9) for k, w in enumerate(ws) if w.text == "与"]
        [True]
        >>> t = "招生与就业服务中心"  # jieba: 招生 就业 verbs; the tagger: nouns of action
        >>> ws = clause_words(t, 0)
        >>> [_joins_fields(t, ws, k, 7, lac) for lac in ({}, {0: "vn", 3: "vn"}) for k, w in enumerate(ws) if w.text == "与"]
        [False, True]
        >>> for t in ("县林业和草原局", "学生和教育局", "县领导和旅游局"):  # a government's head: after a level, a field
        ...     ws = clause_words(t, 0)
        ...     print(_joins_fields(t, ws, [w.text for w in ws].index("和"), t.index("局")))
        True
        False
        False
    """
    w = before[i]
    if w.text not in FIELD_JOINS or i == 0:
        return False
    after = [x for x in before[i + 1 :] if x.start < head]
    prev = before[i - 1]
    government = text.startswith(_GOVERNMENT_FIELD_HEADS, head)
    if government:
        # a level or a place before the first field, or before two (市文化广电和旅游局); the first a field of work that
        # bodies of the training names hold, no title nor person (县领导和旅游局, 北京游客和旅游局 are two parties)
        j = i - 2
        if j >= 1 and not _government_opens(text, before[j].start) and before[j].pos in _FIELD_POS:
            j -= 1
        if j < 0 or not _government_opens(text, before[j].start) or prev.text in TITLES \
                or not _in_training_orgs(prev.text):
            return False
    # (the second word after it may be a verb jieba reads in a field's name: 微创 介入; a field before it may be
    # one bound noun: 骨 of 骨与软组织肿瘤科; before a government's head an adjective's noun: 卫生 of 卫生和计划生育委员会)
    first = _FIELD_POS | {"an"} if government else _FIELD_POS

    def field(x: Word, pos: frozenset[str] = _FIELD_POS) -> bool:
        return x.pos in pos or not government and (lac or {}).get(x.start) in _TAGGED_FIELDS

    return (0 < len(after) <= 2 and field(after[0]) and all(x.pos in _FIELD_POS or x.pos == "v" for x in after)
            and 2 <= head - w.end <= 6
            and (field(prev, first) and len(prev.text) >= 2 or prev.pos == "ng" and len(prev.text) == 1)
            and not prev.text.endswith(tuple(SUFFIXES)))


_TAGGED_FIELDS = frozenset("n vn nz".split())  # the tagger's tags of a field of work (招生, 就业: vn)


@lru_cache(maxsize=4096)
def _in_training_orgs(word: str) -> bool:
    """Whether a word stands in an organisation's name of the training data (农业 of 农业部; not 游客).

    Examples:
        >>> _in_training_orgs("文化"), _in_training_orgs("游客")
        (True, False)
    """
    return any(word in name for name in training_orgs())


def _aligned(text: str, start: int, end: int) -> bool:
    """The suffix ends on a word boundary and, if one character long, is a word itself; a boundary too where jieba
    glues the suffix's last character to 等 after it (监督管理 | 所等 | 单位), or the suffix to a verb after it, right after
    another body's head (青山公司 | 工会 | 组织职工).

    Examples:
        >>> _aligned("走访城南市场监督管理所等基层单位", 4, 11), _aligned("新格局", 2, 3)
        (True, False)
        >>> _aligned("青山集团工会组织职工献血", 4, 6), _aligned("中国科学院党组书记", 5, 7)  # (jieba's 工会组织; a title)
        (True, False)
        >>> _aligned("新建基层工会组织50个", 4, 6)  # (a kind of union)
        False
    """
    ws = clause_words(text, start)
    if end - start > 1 and _glued_to_a_title(text, start, end):
        return True  # (商会 | 会长 of jieba's 商会会长: the head's title glued to it)
    if not any(w.end == end or w.end == end + 1 and w.start == end - 1 and text[end] == "等" for w in ws):
        # (a boundary too where jieba glues a head of two characters or more that opens its word to a verb of two
        # characters or more after it, another body's head right before it: 公司 | 工会 | 组织 of 公司工会组织; not a
        # title, 党组 | 书记, nor a kind of union, 基层工会组织)
        return end - start > 1 and text.endswith(_BODY_HEADS, 0, start) and any(
            w.start == start and w.end - end >= 2 and in_dictionary(text[start:end]) and _one_verb(text[end : w.end])
            for w in ws)
    return end - start > 1 or any(w.start == start and w.end == end for w in ws)


def _glued_to_a_title(text: str, start: int, end: int) -> bool:
    """Whether jieba reads the head from ``start`` to ``end`` in one word with its head's title after it (商会会长,
    协会会长, 公司总裁): a body's name ends there. Not a party post (党组书记, 党委委员: the committee is read apart, and
    only where the text names it so, :func:`titled_by_its_group`).

    Examples:
        >>> _glued_to_a_title("青山县厨具业商会会长王五", 6, 8), _glued_to_a_title("中国科学院党组书记王五", 5, 7)
        (True, False)
    """
    return any(w.start == start and w.end > end and _OFFICE.fullmatch(text, end, w.end)
               and not _PARTY_POST.search(text, end, w.end) for w in clause_words(text, start))


_PARTY_POST = re.compile("书记|委员|常委|支书|政委")


# X（简称“Y”）, X（以下简称Y）: the short name the text itself gives a body.
CALLED = re.compile(r"[（(](?:以下|下文|下)?(?:简称|称)[：:]?[“\"]?([^（）()“”\"，,。；;、\s]{2,12}?)[”\"]?[）)]")

_BODY_HEADS = tuple(SUFFIXES) + ("学校",)  # (the heads a body's own union follows: 公司, 医院, 局, 厂, 学校)


def _one_verb(text: str) -> bool:
    """Whether ``text`` is one word of jieba's dictionary, a verb (组织, 工作; not 书记, 城区).

    Examples:
        >>> _one_verb("组织"), _one_verb("工作"), _one_verb("书记"), _one_verb("城区")
        (True, True, False, False)
    """
    ws = words(text)
    return len(ws) == 1 and in_dictionary(text) and ws[0].pos.startswith("v")


# The heads of a body's offices and sections, which a list names by their heads alone (实验室设备处、保卫处, 学生处、
# 教务处), and which the word segmenters may hold inside a longer word (教务处, 科技处) or run into the next (新闻科 + 李).
_UNIT_HEADS = ("处", "科", "部", "办")  # (not 室: 会议室、阅览室 are rooms)
# The titles of an office's head right after the office (教务处处长, 医务处负责人)
_OFFICE_HEAD_TITLE = re.compile(r"副?(?:处长|科长|部长|主任|书记|负责人)")
MIN_ENDING = 3  # two characters close at least this many organisations of the training names to close one here


@lru_cache(maxsize=1)
def _org_endings() -> frozenset[str]:
    """The last two characters of at least :data:`MIN_ENDING` organisations of the training names (总部 of 集团总部,
    学部, 支部; not 学科, 西部, nor 干部, which only 老干部… ends).

    Examples:
        >>> "总部" in _org_endings(), "干部" in _org_endings(), "学科" in _org_endings()
        (True, False, False)
    """
    counts = Counter(name[-2:] for name in training_orgs())
    return frozenset(pair for pair, n in counts.items() if n >= MIN_ENDING)


def _owned(s: Sentence, at: int, bodies: Iterable[int]) -> bool:
    """Whether the text makes what starts at ``at`` a unit of a body: a body right before it (the tagger's, or one
    found before, ``bodies`` being where those end), the publisher (我校, 本院) or 学校/全校, or a body and 、 or 和
    (青山研究院、林学院; not 与, which joins two parties: 青山银行总行与工信部)."""
    text = s.text
    ends = {t.end for t in s.tokens if t.tag == "ORG"} | set(bodies)
    return (at in ends or text.endswith(("学校", "全校"), 0, at)
            or any(m.end() == at for m in SELF_NAMED_RE.finditer(text, max(0, at - 3), at))
            or text[at - 1 : at] in ("、", "和") and at - 1 in ends)


def _unit_head(s: Sentence, start: int, end: int, bodies: Iterable[int] = ()) -> bool:
    """Whether a one-character head (处, 科, 部, 办) that jieba does not cut as a word of its own still closes a
    body's name: the tagger reads it as a word where jieba runs it into the next (新闻科李四科长: 科李), or it ends
    a noun of three or more characters (教务处, 科技处) that the text makes a unit (:func:`_owned`: 青山大学教务处,
    我校科技处, 信息学院、科技处) or that its head's title follows (医务处负责人, 财务科科长). Not where the head's last
    two characters make a word that closes too few organisations of the training names (:func:`_org_endings`):
    交界处, 重点学科, 中西部 and 老干部 stay words.

    Examples:
        >>> from kg.text import parse
        >>> from kg.tagger import tag_documents
        >>> doc = parse("我校科技处负责人出席。两县交界处有一座桥。我校重点学科负责人出席。我校老干部参加。")
        >>> _ = tag_documents([doc])
        >>> [_unit_head(x, x.text.index(h), x.text.index(h) + 1) for x, h in zip(doc.articles[0].sentences, "处处科部")]
        [True, False, False, False]
    """
    text = s.text
    if end - start != 1 or text[start] not in _UNIT_HEADS or start < 1:
        return False
    if _closes_few_names(text[start - 1 : end]):
        return False  # a word of its own that closes too few bodies' names: 学科, 西部, 干部 (总部, 学部 close many)
    if any(t.start == start and t.end == end and t.tag in ("n", "nz") for t in s.tokens) and any(
            w.start == start and w.end > end for w in clause_words(text, start)):
        return True  # the tagger's word, which jieba runs into the next
    ws = clause_words(text, start)
    # (a noun; or a word jieba tags as a name whose part before the head is a field of its dictionary, 呼吸科, 麻醉科,
    # unless it speaks as a person does: 青山医院高军科说)
    word = next((w for w in ws if w.end == end and w.start <= start - 2 and (
        w.pos in ("n", "nt") or w.pos == "nr" and in_dictionary(text[w.start : start]) and not SAYS.match(text, end))),
        None)
    if word is None:
        return False
    # (the publisher's unit with a word of its field before the head's: 我校对外联络处, jieba's 对外 联络处)
    field = next((w for w in ws if w.end == word.start and not w.pos.startswith(("v", "p", "c", "u", "r", "m"))), None)
    owned = field is not None and any(m.end() == field.start
                                      for m in SELF_NAMED_RE.finditer(text, max(0, field.start - 3), field.start))
    return owned or _owned(s, word.start, bodies) or _OFFICE_HEAD_TITLE.match(text, end) is not None \
        or _member_named(s, end)


# What a person says, right after his name (高军科说, 金明科表示): no department's, no town's
SAYS = re.compile(r"说|表示|介绍|指出|认为|告诉|透露|强调|坦言")


def _closes_few_names(pair: str) -> bool:
    """Whether the last two characters of a name are a word of jieba's dictionary that closes too few organisations
    of the training names (:func:`_org_endings`): 学科, 干部, 协办 (a verb), not 总部.

    Examples:
        >>> _closes_few_names("干部"), _closes_few_names("协办"), _closes_few_names("总部"), _closes_few_names("理部")
        (True, True, False, False)
    """
    return in_dictionary(pair) and pair not in _org_endings()


# The heads of a government's offices, the units a name of its own makes a body (应急管理部, 港澳办, 监管总局)
_GOVERNMENT_HEADS = tuple(h for h in _UNIT_HEADS if h != "科") + _GOVERNMENT_FIELD_HEADS


def _model_agrees(s: Sentence, head: int, end: int, lac: dict[int, str]) -> bool:
    """Whether the trained recognizer reads a body from where the walk over the words before the head at ``head``
    begins (:func:`name_start`) to ``end``, however sure it is: two readings made apart agree on a unit whose head
    alone does not make it one, a body named by its field of work with no owner before it and no title after it
    (应急管理部, 市场监管总局 of 2018 that the tagger and the 1998 newswire do not know). Only for the heads of a government's
    offices (:data:`_GOVERNMENT_HEADS`), a name that is no word of jieba's dictionary and that no kind of body opens
    (公司销售部), and an office (…处) with a body or a place the tagger reads inside it (世界卫生组织中国代表处; not 门诊挂号处, a
    counter).

    Examples:
        >>> from kg.text import parse
        >>> from kg.tagger import tag_documents
        >>> doc = parse("近日，应急管理部印发通知。我校老干部参加。患者在门诊挂号处排队。")
        >>> _ = tag_documents([doc], styles=("news",))
        >>> [_model_agrees(x, x.text.index(h), x.text.index(h) + 1, {t.start: t.tag for t in x.tokens})
        ...  for x, h in zip(doc.articles[0].sentences, "部部处")]
        [True, False, False]
    """
    text = s.text
    if not text.endswith(_GOVERNMENT_HEADS, head, end) or not any(
            e == end and type_ == "ORG" for _, e, type_ in s.names.get("news", ())):
        return False  # (an office of a government only, and the walk made only where the recognizer ends a body)
    begin = name_start(text, head, lac=lac)
    if begin >= end - 1 or in_dictionary(text[begin:end]):
        return False  # (not a word: 情报局 names no one body)
    if _closes_few_names(text[end - 2 : end]):
        return False  # (协办 of 经济区协办 is a verb, as in _unit_head)
    if any(w.start == begin and w.text in SUFFIXES for w in clause_words(text, begin)):
        return False  # (公司 of 公司销售部: a kind of body, no name)
    if text.endswith("处", begin, end) and not any(t.tag in ("ORG", "LOC") and begin <= t.start < end - 1
                                                   for t in s.tokens):
        return False  # (门诊挂号处: a counter)
    return (begin, end, "ORG") in s.names.get("news", ())


def _member_named(s: Sentence, end: int) -> bool:
    """Whether a person the tagger reads stands right after ``end`` with a title after the name: 教务处李四老师,
    医务科王五科长 (the office's member, named between it and the title).

    Examples:
        >>> from kg.text import parse
        >>> from kg.tagger import tag_documents
        >>> doc = parse("报名表交给科技处刘洋老师。")
        >>> _ = tag_documents([doc])
        >>> s = doc.articles[0].sentences[0]
        >>> _member_named(s, s.text.index("处") + 1), _member_named(s, s.text.index("老"))
        (True, False)
    """
    person = next((t for t in s.tokens if t.start == end and t.tag == "PER"), None)
    return person is not None and 2 <= person.end - person.start <= 3 and _OFFICE.match(s.text, person.end) is not None


# A unit named by a head of one character that its head's title repeats (土样所所长, 林业站站长, 运输队队长, 话剧社社长):
# the doubled character says the noun before the title is a body, whatever the head.
_DOUBLED_TITLE = re.compile(r"([所站队社馆])(?=副?\1长)")


_LEVEL_ALONE = frozenset(GOVERNMENT_CHARS)


def _past_verb_before_level(text: str, begin: int, head: int, end: int, lac: dict[int, str]) -> int:
    """Where a body's name begins when the walk took in a verb that opens it, right before the body's level (双方见证省政府:
    见证省 is no province) or before a division of the gazetteer that opens the rest (促请故城县政府): after the verb,
    unless the verb and what follows are a division of the gazetteer (安定区) or the tagger reads the verb as a place's
    or a body's; a verb of one character stays (青山省政府驻北京办事处). (A township of :mod:`kg.towns` whose name is a
    verb, 开张镇, is read again after this, by :func:`_town_before`.)

    Examples:
        >>> t = "双方见证省政府与青山集团签约"
        >>> t[_past_verb_before_level(t, 0, t.index("省政府"), t.index("与"), {}):t.index("与")]
        '省政府'
        >>> t = "促请故城县政府召开会议"
        >>> t[_past_verb_before_level(t, 0, t.index("县政府"), t.index("召"), {}):t.index("召")]
        '故城县政府'
        >>> _past_verb_before_level("安定区政府", 0, 2, 5, {}), _past_verb_before_level("青山县委", 0, 2, 4, {})
        (0, 0)
    """
    level = head if text[head : head + 1] in GOVERNMENT_CHARS else head - 1  # (the head may open with it: 省政府)
    for w in reversed([w for w in clause_words(text, begin) if begin <= w.start and w.end < head + 1]):
        if not w.pos.startswith("v") or len(w.text) < 2 or lac.get(w.start) in ("LOC", "ORG") or w.end > level:
            continue
        # (the level's own body after it, 省政府, 县委, 市政协; not 区管委会 of 青山产业集聚区管委会, a zone's office)
        own = text[level:end] in STANDALONE_BODIES or text[level + 1 : end] in ASSEMBLIES
        if w.end == level and own and not named(text[w.start : level + 1]):
            return w.end
        division = find(text[w.end : end])
        if division and division[0][0] == 0 and not any(h[0] == 0 for h in find(text[w.start : end])):
            return w.end
    return begin


def _level_alone(text: str, begin: int) -> int:
    """Where a body's name begins with the level that may stand alone before it, the clause's first word (县林业站,
    、市医院: the county's, the city's), which jieba and the tagger leave out.

    Examples:
        >>> t = "县环保局、县自来水公司、全县自来水公司"
        >>> _level_alone(t, 6), _level_alone(t, 13)
        (5, 13)
    """
    char, before = text[begin - 1 : begin], text[begin - 2 : begin - 1] if begin >= 2 else ""
    return begin - 1 if char in _LEVEL_ALONE and not ("\u4e00" <= before <= "\u9fff") else begin


# A body's name before a zone's kind: an assembly (its standing committee too), a committee, a union, a government
# (市政协, 县人大常委会, 市总工会).
_BODY_BEFORE_ZONE = re.compile("|".join([*(a + "(?:常委会)?" for a in ASSEMBLIES),
                                         *(x for x in SUFFIXES if len(x) >= 2 and x.endswith(("委", "会", "政府")))]))


def _opens_a_body(s: Sentence, begin: int, end: int) -> bool:
    """Whether a body the trained recognizer reads runs from ``begin`` on past ``end`` (sentence offsets): the zone
    there opens the body's name (临港新片区 of 临港新片区综合执法大队; not LAC's alone, which reads 青山铁路通信 as one).

    Examples:
        >>> s = Sentence(0, 0, 12, "临港新片区综合执法大队", segments=((0, 0),))
        >>> s.names["news"] = [(0, 11, "ORG")]
        >>> _opens_a_body(s, 0, 5), _opens_a_body(s, 0, 11)
        (True, False)
    """
    return any(b <= begin and e > end for b, e, tag in s.names.get("news", ()) if tag == "ORG")


def _not_inside_a_body(s: Sentence, begin: int, head: int, end: int) -> int:
    """Where a body's name that ends at ``end`` (its head from ``head`` on) begins, where the walk back from the head
    to ``begin`` stopped inside a body LAC or the trained recognizer reads before it (中心 of 省救援协调中心指令青山
    救援队): at their body that closes with the head, after that one; -1 where they read none. ``begin`` where the walk
    stopped inside none (sentence offsets).

    Examples:
        >>> from kg.tagger import Token
        >>> s = Sentence(0, 0, 15, "省救援协调中心指令青山救援队。", segments=((0, 0),))
        >>> s.tokens = [Token(0, 7, "省救援协调中心", "ORG"), Token(7, 9, "指令", "n"), Token(9, 14, "青山救援队", "ORG")]
        >>> _not_inside_a_body(s, 5, 12, 14), _not_inside_a_body(s, 9, 12, 14)
        (9, 9)
    """
    bodies = [(t.start, t.end) for t in s.tokens if t.tag == "ORG"]
    bodies += [(b, e) for b, e, tag in s.names.get("news", ()) if tag == "ORG"]  # (or the trained recognizer reads)
    inside = max((e for b, e in bodies if b < begin < e <= head), default=None)
    if inside is None:
        return begin
    return min((b for b, e in bodies if e == end and b >= inside), default=-1)


def titled_units(s: Sentence, lac: dict[int, str]) -> list[tuple[int, int]]:
    """Where the bodies a sentence names by a one-character head that their head's title repeats begin and end
    (sentence offsets): 检测所所长, 林业站站长; not a body's publisher's own 院/校 before it (院检测所所长: 检测所),
    and not a head with fewer than two characters of name before it.

    Examples:
        >>> from kg.text import parse
        >>> from kg.tagger import tag_documents
        >>> doc = parse("院水质检测所所长李红、县林业站副站长陈亮出席。所长王五说。")
        >>> _ = tag_documents([doc])
        >>> s = doc.articles[0].sentences[0]
        >>> [s.text[b:e] for b, e in titled_units(s, {t.start: t.tag for t in s.tokens})]
        ['水质检测所', '县林业站']
    """
    out = []
    for m in _DOUBLED_TITLE.finditer(s.text):
        begin = name_start(s.text, m.start(), lac=lac)
        if begin < m.start():
            begin = _level_alone(s.text, _division_before(s.text, begin))
        begin = _not_inside_a_body(s, begin, m.start(), m.end())
        if begin < 0:
            continue
        if s.text[begin] in "院校" and m.start() - begin >= 3 and not in_dictionary(s.text[begin : begin + 2]):
            begin += 1  # 院检测所: the institute's own 检测所 (not 院士 of 院士工作站)
        if m.start() - begin >= 2:
            out.append((begin, m.end()))
    return out


def stationed_start(s: Sentence, begin: int) -> int:
    """Where a body stationed by another begins, its sender's name opening it (莱西市驻两当县劳务协作工作站, 县纪委监委驻
    县教育局纪检监察组): the place or body the tagger reads right before 驻, where ``begin`` is right after 驻;
    ``begin`` otherwise.

    Examples:
        >>> from kg.text import parse
        >>> from kg.tagger import tag_documents
        >>> doc = parse("莱西市驻两当县劳务协作工作站成立。")
        >>> _ = tag_documents([doc])
        >>> s = doc.articles[0].sentences[0]
        >>> s.text[stationed_start(s, 4):14], stationed_start(s, 0)
        ('莱西市驻两当县劳务协作工作站', 0)
    """
    if s.text[begin - 1 : begin] != "驻":
        return begin
    return next((t.start for t in s.tokens if t.end == begin - 1 and t.tag in ("LOC", "ORG")), begin)


def titled_body_start(text: str, begin: int, end: int) -> int:
    """Where a body named after a work's title begins, the title opening its name (《管理世界》编辑部, 《求是》杂志社): the
    《 of the title right before ``begin``, where what stands from ``begin`` to ``end`` follows a title in the training
    names (:func:`_title_heads`); ``begin`` otherwise.

    Examples:
        >>> t = "《管理世界》编辑部主任闫妍，学习《纲要》体会"
        >>> t[titled_body_start(t, 6, 9):9], titled_body_start(t, 20, 22)
        ('《管理世界》编辑部', 20)
    """
    if text[begin - 1 : begin] != "》" or text[begin:end] not in _title_heads():
        return begin
    opening = text.rfind("《", max(0, begin - 30), begin)
    return opening if opening >= 0 else begin


@lru_cache(maxsize=1)
def _title_heads() -> frozenset[str]:
    """What follows a work's title in the bodies' names of the training data (编辑部 of 《诗宇宙》编辑部, 杂志社, 社,
    文艺部, 检查组): the heads of the bodies named after a newspaper, a journal or a law."""
    return frozenset(tail for n in training_orgs() if "》" in n and (tail := n.rsplit("》", 1)[1]))


# A province's own opening: 省 alone (as jieba cuts it) or 自治区, before a department's fields of work.
_PROVINCE_OPENINGS = ("省", "自治区")
# The heads of a ministry or a national body, before its departments' fields of work (教育部, 国家文物局, 发展改革委).
_MINISTRY_HEADS = ("部", "委", "局", "署")


def field_departments(text: str) -> list[tuple[int, int]]:
    """Where the departments named by their fields of work begin and end (``(start, end)`` in ``text``):
    a province's …厅 (省生态环境厅, 福建省文化和旅游厅: a province of the gazetteer, 省 or 自治区 before the fields) and
    a ministry's …司 (教育部高等教育司, 国家文物局博物馆与社会文物司: the ministry's word, ending with 部, 委, 局 or 署,
    before them). The fields are words jieba reads as nouns or verbs (保障 of 住房保障), one to three,
    two of them joined by 和 or 与 at most; the head a word of its own, or a department of the training
    names jieba reads whole (建设厅). Not a hall (大厅, 展厅, 报告厅: jieba's words, no body of the training names), nor
    省博物馆展厅, nor 上司, 公司.

    Examples:
        >>> t = ("福建省文化和旅游厅、省生态环境厅、教育部高等教育司主办，县政务服务大厅、省博物馆展厅开放，他的上司说，"
        ...      "联合国经社事务部人口司司长说，青山省工业和信息化厅。省生态环境厅与自然资源厅联合督察。")
        >>> [t[b:e] for b, e in field_departments(t)]
        ['福建省文化和旅游厅', '省生态环境厅', '教育部高等教育司', '联合国经社事务部人口司', '青山省工业和信息化厅', '省生态环境厅']
    """
    out = []
    for m in re.finditer("[厅司]", text):
        ws = clause_words(text, m.start())
        over = next((w for w in ws if w.start <= m.start() < w.end), None)
        if over is None or over.end != m.end():
            continue  # (厅堂, 司长: a word running on over it)
        glued = text[over.start : m.start()]  # (建设 of 建设厅)
        if glued and over.text not in training_orgs():
            continue  # (报告厅, 展厅, 上司, 公司)
        fields = [w for w in ws if w.end <= over.start]
        names: list[str] = [glued] if glued else []
        joins = 0
        begin = None
        for k in range(len(fields) - 1, -1, -1):
            w = fields[k]
            if w.end != (fields[k + 1].start if k + 1 < len(fields) else over.start):
                break
            begin = _department_opening(fields, k, m.group())
            if begin is not None:
                break
            if w.text in FIELD_JOINS and names and joins == 0:
                joins += 1
                continue
            if w.pos not in (*_FIELD_POS, "v") or w.text.endswith(("厅", "司")):
                break  # (not another department before the join: 浙江省科学技术厅和教育厅, two)
            names.append(w.text)
        if begin is not None and 1 <= len(names) <= 3:
            out.append((begin, m.end()))
    return out


def _department_opening(ws: list[Word], k: int, head: str) -> int | None:
    """Where the province (for 厅) or the ministry (for 司) that the word ``ws[k]`` is, or ends, begins; None if it is
    neither. A ministry is a word of two characters or more that ends with one of :data:`_MINISTRY_HEADS` (教育部).
    Up to two nouns right before a bare 省 or 自治区, or before the ministry's word, are its name's too (青山 省, 广西
    壮族 自治区; 国家 文物局, 联合国 经社 事务部)."""
    w = ws[k]
    begin = w.start
    for x in reversed(ws[max(0, k - 2) : k]):  # (the nouns of the name jieba reads apart before it: 青山 省)
        if x.end != begin or x.pos not in NOMINAL_POS:
            break
        begin = x.start
    if head == "厅":
        if w.text in _PROVINCE_OPENINGS:
            return begin
        whole = [ds for b, e, _, ds in find(w.text) if b == 0 and e == len(w.text)]
        return w.start if any(d.level == "province" for ds in whole for d in ds) else None
    return begin if w.text.endswith(_MINISTRY_HEADS) and len(w.text) >= 2 else None


def _joined_unit(s: Sentence, head: int, lac: dict[int, str], bodies: list[int]) -> int | None:
    """Where a unit begins whose one-character head closes two fields joined with 与 or 和 (:func:`_joins_fields`),
    right after a body (:func:`_owned`): 青山医院骨与软组织肿瘤科 (骨与软组织肿瘤科); None where there is none.

    Examples:
        >>> from kg.text import parse
        >>> from kg.tagger import tag_documents
        >>> doc = parse("青山医院骨与软组织肿瘤科医生出诊。他学习骨与软组织肿瘤科知识。")
        >>> _ = tag_documents([doc])
        >>> [_joined_unit(x, x.text.index("科"), {t.start: t.tag for t in x.tokens}, []) for x in doc.articles[0].sentences]
        [4, None]
    """
    text = s.text
    if not any(j in text[max(0, head - 7) : head] for j in FIELD_JOINS):
        return None  # (no 与 or 和 near enough for :func:`_joins_fields`: the walk is not made)
    if _closes_few_names(text[head - 1 : head + 1]):
        return None  # (…领导班子和县直机关干部: 干部, staff, closes too few bodies' names)
    begin = name_start(text, head, lac=lac)
    before = [w for w in clause_words(text, max(0, head - 1)) if begin <= w.start < head]
    for i, w in enumerate(before):
        if i > 0 and w.text in FIELD_JOINS and _joins_fields(text, before, i, head, lac):
            at = before[i - 1].start
            return at if _owned(s, at, bodies) else None
    return None


# A level's party committee named alone (县委, 市委, 州委), before the name of one of its offices.
_COMMITTEES = frozenset(b for b in STANDALONE_BODIES if b.endswith("委"))
# The words of an office's field between its committee and its head: nouns and abbreviations (老干部, 政策研究, 社会工作),
# the last word a verb too where the head is glued into it (编办, 巡察办).
_OFFICE_FIELD_POS = frozenset("n nz vn j ng".split())
_BODY_CHARS = "校院所局部委办厅室处科"  # (what ends a body's name of its own among them)


def _committee_office(s: Sentence, head: int, end: int) -> int | None:
    """Where a level's party committee begins that stands right before an office's name closed by ``end`` (its head at
    ``head``): 县委老干部局, 市委社会工作部, 省委政策研究室, 县委编办, offices the tagger and the 1998 newswire do not
    know. The words between are of its field alone (nouns, the last a verb too) and jieba ends one at the head (not
    县委决策部署, 县委常委会会议室, 县委统一部署); None where no such committee stands there.

    Examples:
        >>> from kg.text import parse
        >>> doc = parse("由县委老干部局主办。县委统一部署。在县委常委会会议室召开。县委机关干部参加。县委党校图书室开放。")
        >>> [_committee_office(x, x.text.rindex(h), x.text.rindex(h) + 1)
        ...  for x, h in zip(doc.articles[0].sentences, "局部室部室")]
        [1, None, None, None, None]
    """
    text = s.text
    ws = [w for w in clause_words(text, head) if w.end <= end]
    # (an office's abbreviation that closes few names of the training data is one where the trained recognizer reads
    # a body ending there: 台办 of 市委台办, 侨办 of 县委侨办)
    if not ws or ws[-1].end != end or text.endswith(ROOMS, 0, end) or end - head == 1 and _closes_few_names(
            text[head - 1 : end]) and not any(tag == "ORG" and e == end for _, e, tag in s.names.get("news", ())):
        return None  # (jieba runs the head into the next word: 部署; a room: 会议室; a word's end: 干部)
    for i in range(len(ws) - 1, -1, -1):
        w = ws[i]
        if w.text in _COMMITTEES:
            return w.start
        last = i == len(ws) - 1
        if not (w.pos in _OFFICE_FIELD_POS or last and w.pos == "v") or not last and w.text[-1] in _BODY_CHARS:
            return None  # (a verb's words; a body of its own between: 党校 of 县委党校图书室)
    return None


# The fields of a school's own units (信息学院, 机电学院, 法学院): nouns or their abbreviations before the head.
_COLLEGE_FIELD_POS = frozenset("n vn nz zg j ng".split())
_COLLEGE_FIELD_TAGS = frozenset("n vn nz ORG".split())
_COLLEGE_JOINS = FIELD_JOINS | {"及"}
# What follows a school's unit in its news: its heads, staff, students, party bodies (信息学院院长, 机电学院的师生),
# or its other name in brackets (计算机学院（软件学院）).
_COLLEGE_AFTER = re.compile(r"的?(?:(?:执行|常务)?副?院长|副?书记|党委|党总支|团委|学生会|副?教授|讲师|老师|师生|学生|教师|研究生|本科生"
                            r"|相关|负责人|[0-9０-９]{2,4}级)|[（(][\u4e00-\u9fff]{1,10}学院[）)]")
# The other colleges of a list after one (信息学院、机电学院和外国语学院): the list's end says whose they are.
_COLLEGE_LIST = re.compile(r"(?:[、和与][\u4e00-\u9fff]{1,8}?学院){1,6}")


def field_college(name: str) -> bool:
    """Whether a name is a college's named by its field alone, common nouns (or an abbreviation: 法学院) before
    学院 (计算机学院, 信息学院): a school's unit, not a school of its own (湖北理工学院, 明德学院).

    Two fields may be joined by 与, 和 or 及 (水产与生命学院, 经济与管理学院), never at either end; then a field may be a
    word jieba reads as a verb that bodies of the training names hold (设计与创意学院: 创意; not 参加与讲话学院).

    Examples:
        >>> field_college("计算机学院"), field_college("法学院"), field_college("湖北理工学院"), field_college("明德学院")
        (True, True, False, False)
        >>> field_college("水产与生命学院"), field_college("与生命学院"), field_college("校长和医学院")
        (True, False, False)
        >>> field_college("设计与创意学院"), field_college("创意学院"), field_college("参加与讲话学院")
        (True, False, False)
    """
    stem = words(name[:-2]) if name.endswith("学院") else []
    joined = any(_joins_inside(stem, k) for k in range(len(stem)))
    return bool(stem) and all((w.pos in _COLLEGE_FIELD_POS and w.text not in TITLES) or _joins_inside(stem, k)
                              or joined and w.pos == "v" and _in_training_orgs(w.text)
                              for k, w in enumerate(stem))


def _joins_inside(ws: list[Word] | list[Token], k: int) -> bool:
    """Whether the ``k``-th of the words ``ws`` is the one 与, 和 or 及 joining two fields inside a name: neither first
    nor last, and no other join beside it.

    Examples:
        >>> from kg.words import words
        >>> [_joins_inside(words(t), 1) for t in ("水产与生命", "与生命", "水产与生命和")]
        [True, False, False]
    """
    return 0 < k < len(ws) - 1 and ws[k].text in _COLLEGE_JOINS and sum(w.text in _COLLEGE_JOINS for w in ws) == 1


def bodies_of_kind(orgs: list[Mention], ends: tuple[str, ...], school: bool = False) -> dict[str, Mention]:
    """The bodies named (three characters or more) whose names end with one of ``ends``, by name; of a school's kind
    (``school``), not a college named by its field, which is a school's unit.

    Examples:
        >>> orgs = [Mention(0, 4, "Organization", "青山大学", 1), Mention(5, 10, "Organization", "计算机学院", 1)]
        >>> list(bodies_of_kind(orgs, ("大学", "学院"), school=True)), len(bodies_of_kind(orgs, ("学院",)))
        (['青山大学'], 1)
    """
    return {o.text: o for o in orgs
            if o.text.endswith(ends) and len(o.text) >= 3 and not (school and field_college(o.text))}


def _school_unit(s: Sentence, begin: int, head: int, kind: str, bodies: Iterable[int] = ()) -> bool:
    """In a school's own news, a college named by its field alone (信息学院, 机电学院, 马克思主义学院) is one of
    the school's units, a body, though no proper name stands before 学院: the words before the head are nouns
    to jieba and to the tagger (:func:`field_college`), and the text says it is the school's: the school or another
    body right before it (:func:`_owned`: 我校农学院, 学校信息学院, 研究院、林学院), its heads, staff or students after
    it or after the list it opens (信息学院院长, 机电学院张三教授, 信息学院、机电学院负责人). Not 一流学院, 新学院, nor
    他考上了医学院; not a field joined to another (远程与继续教育学院).

    Examples:
        >>> from kg.text import parse
        >>> from kg.tagger import tag_documents
        >>> doc = parse("信息学院和农学院的老师参加。建设一流学院。他考上了医学院。")
        >>> _ = tag_documents([doc])
        >>> [_school_unit(x, b, b + n, "学院") for x, b, n in zip(doc.articles[0].sentences, (0, 2, 5), (2, 2, 1))]
        [True, False, False]
        >>> doc = parse("学校信息学院相关人员出席。远程与继续教育学院的老师参加。")
        >>> _ = tag_documents([doc])
        >>> [_school_unit(x, b, b + 2, "学院") for x, b in zip(doc.articles[0].sentences, (2, 5))]
        [True, False]
    """
    text = s.text
    end = head + len(kind)
    if kind != "学院" or not 1 <= head - begin <= 8 or not field_college(text[begin:end]):
        return False
    every = clause_words(text, begin)
    ws = [w for w in every if begin <= w.start < end]
    if not (ws and ws[0].start == begin and ws[-1].end == end):
        return False
    before = [w for w in every if w.end <= begin][-3:]
    joins = [i for i, w in enumerate(before) if w.text in ("与", "和", "及") and i >= len(before) - 2]
    if joins and joins[-1] > 0 and not before[joins[-1] - 1].text.endswith("学院") \
            and all(w.pos not in ("x", "w") for w in before[joins[-1] :]):
        return False  # a field joined to the one before it (远程与继续教育学院, 艺术及设计学院): the walk stopped inside a name
    tokens = [t for t in s.tokens if begin <= t.start < head]
    if not all(t.tag in _COLLEGE_FIELD_TAGS or _joins_inside(tokens, k) for k, t in enumerate(tokens)):
        return False  # (the tagger reads 一流 of 一流学院 as an adjective; 与 of 水产与生命学院 joins two fields)
    bracketed = text[begin - 1 : begin] in ("（", "(") and text.endswith("学院", 0, begin - 1)  # 计算机学院（软件学院）
    listed = _COLLEGE_LIST.match(text, end)
    after = listed.end() if listed else end
    staff_after = _COLLEGE_AFTER.match(text, after) is not None or any(t.start == after and t.tag == "PER" for t in s.tokens)
    return _owned(s, begin, bodies) or bracketed or staff_after


def division_begun_before(text: str, start: int, end: int) -> int:
    """Where a place's or a body's name begins when a tagger left out the first character of the division that opens
    it: jieba reads a division with its level from the character before (从江县 of 从江县人民政府, where the tagger
    reads 江县…, 从 being "from" as often), and the tagger's part alone is no division.

    Examples:
        >>> t = "从江县人民政府发布通知"
        >>> division_begun_before(t, 1, 7), division_begun_before("他从郑州市出发", 2, 5)
        (0, 2)
    """
    if start < 1:
        return start
    for w in clause_words(text, start):
        if w.start == start - 1 and start < w.end <= end and named(w.text) and not named(text[start : w.end]):
            return start - 1
    return start


# What jieba tags the words whose last character opens no name (a pronoun, a conjunction, a preposition, a particle, a
# time, a locality: 其中, 同时, 目前; not an adverb, 经常 of 经常州市…, 随即 of 随即墨区…).
_ACROSS_POS = frozenset("r c p u uj ul t f".split())


def past_a_word(text: str, start: int, end: int) -> int:
    """Where a place's or a body's name begins when a tagger took in a character of the words before it:

    - the last character of a dictionary word that jieba reads across the name's start (到达 of 到达阳曲县,
      愿同 of 愿同法国, 在实践中 of 在实践中开张镇), when the rest opens with a division's name (or is one, with the
      level character after it) or is a place of the labeled data or a township of the gazetteer;
    - the last character of a function word that jieba reads across the name's start, where the rest opens with a
      level's character (中 of 其中市农业农村局: "of which", then the city's bureau; not 省 of 我省农业科学院, the level);
    - a preposition or a conjunction (:func:`kg.words.function_word`) that jieba reads as a word alone (同 of
      西安同法国: "with").

    Either way the whole is no place the gazetteer or the labeled data knows (同江市, 和县 stay).

    Examples:
        >>> t = "车队到达阳曲县城"
        >>> t[past_a_word(t, 3, 6):6], past_a_word("在白俄罗斯", 1, 5), past_a_word("他们来到达州市", 4, 7)
        ('阳曲', 1, 4)
        >>> past_a_word("中方同法国签约", 2, 5), past_a_word("他在同江市工作", 2, 5)
        (3, 2)
        >>> t = "在实践中开张镇逐步形成"
        >>> t[past_a_word(t, 3, 7):7]
        '开张镇'
        >>> t = "其中县农业农村局负责"
        >>> t[past_a_word(t, 1, 8):8]
        '县农业农村局'
        >>> past_a_word("到长城县政府", 2, 6), past_a_word("与我省农业科学院", 2, 8)  # (a name's word; the level's own)
        (2, 2)
    """
    if end - start < 3 or start < 1:
        return start
    whole = text[start:end]
    if named(whole) or named(text[start : end + 1]) or whole in training_places():
        return start
    rest = text[start + 1 : end]
    spelled = clause_words(text, start)
    if any(w.start == start and w.end == start + 1 and function_word(w.text) for w in spelled):
        return start + 1
    across = next((w for w in spelled if w.start < start and w.end == start + 1 and in_dictionary(w.text)), None)
    if across is None:
        return start  # (only a word of the dictionary: 及宁 of 及宁南山区 is jieba's guess, 宁南 the place's)
    if across.pos in _ACROSS_POS and rest[0] in GOVERNMENT_CHARS:
        return start + 1  # a function word before a level's own body (其中 of 其中市农业农村局: 市农业农村局)
    hits = find(rest)
    if named(rest) or named(text[start + 1 : end + 1]) or rest in training_places() or rest in towns() \
            or hits and hits[0][0] == 0 and hits[0][2] in [d.name for d in hits[0][3]]:
        return start + 1
    return start


def _tagger_start(s: Sentence, begin: int, end: int) -> int:
    """Where the tagger's organisation that ends at ``end`` begins, if it begins before ``begin``
    and what it adds holds no verb and no stop word, or the trained recognizer reads the same name:
    the walk over jieba's words stops at a numeral, a locative or a conjunction inside a name
    (南京中快人餐饮有限公司, 中煤集团, 工业和信息化部), LAC reads it whole.

    Examples:
        >>> from kg.text import parse
        >>> from kg.tagger import tag_documents
        >>> doc = parse("他们走访了中煤集团。")
        >>> _ = tag_documents([doc])
        >>> s = doc.articles[0].sentences[0]
        >>> s.text[_tagger_start(s, 6, 9):9]
        '中煤集团'
    """
    text = s.text
    for t in s.tokens:
        if t.tag == "ORG" and t.end == end and t.start < begin:
            if past_a_word(text, t.start, end) > t.start:
                return begin  # (到达阳曲县青禾牧业公司: the tagger took in 达 of 到达)
            added = [w for w in clause_words(text, t.start) if t.start <= w.start and w.end <= begin]
            # both recognizers read one name, conjunction and all: 工业和信息化部
            agreed = (t.start, t.end, "ORG") in s.names.get("news", ())
            # a registered company's or cooperative's name, read whole by both from the division that opens it: a
            # brand in it may be a verb (乐 of 青山乐康医疗科技有限公司, 种植 of 龙山县春生种植专业合作社)
            brand = agreed and text.endswith(("公司", "合作社"), t.start, end) and any(
                h[0] == 0 for h in find(text[t.start : begin]))
            # (or a name the trained recognizer reads whole from before the tagger's: a verb in it is the name's, 实践 of
            # 罗田县新时代文明实践中心宣传办)
            brand = brand or any(tag == "ORG" and e == end and b < t.start for b, e, tag in s.names.get("news", ()))
            # (or a limited company's both read whole, a character of its brand that jieba reads alone as a verb: 达 of
            # 万佳达光电有限公司; not a verb of two, 帮扶 of 青山县帮扶红河…有限公司)
            brand = brand or agreed and text.endswith(("有限公司", "有限责任公司"), t.start, end) and all(
                len(w.text) == 1 for w in added if w.pos == "v")
            # (the publisher's own division the tagger took in before a proper name: the walk's start, 青山建材公司 of
            # 我县青山建材公司; its level before a common name stays, 省农业科学院 of 我省…)
            if any(m.end() > t.start for m in SELF_NAMED_RE.finditer(text, max(0, t.start - 1), begin)) or any(
                    m.end() > t.start and _proper_after(text, m.end())
                    for m in OWN_DIVISION.finditer(text, max(0, t.start - 1), begin)) or any(
                    w.pos == "v" and not brand or w.text.endswith(CAMPUS_WORD) and text[:end].endswith(ACADEMIC_UNITS)
                    or not agreed and (w.text in STOP_WORDS or w.pos in ("p", "c", "x", "w")) for w in added):
                return begin
            verb = next((w for w in reversed(added) if _verb_before_a_name(text, w, begin, {})), None)
            if verb is not None:
                return verb.end  # (白石县检查县人民医院, which the tagger reads whole: 县人民医院, past jieba's 检查)
            return division_begun_before(text, t.start, end)  # (从江县…, where the tagger reads 江县…)
    # a registered company's or cooperative's name the trained model reads whole from a division, where the walk
    # stopped at the brand after the division (龙山县保收农牧专业合作社, 保收 a verb to jieba, which LAC reads apart);
    # or a village's or a town's, where the walk stopped at the level jieba cut from the place's name before its own
    # body (汉上 村 村委会, 汉上 a time to jieba); or where the walk began inside a body the tagger reads from the same
    # start (…城市运行管理中心 of …城市运行管理中心督办工作科, which the walk cut at 城市)
    for b, e, tag in s.names.get("news", ()):
        if tag == "ORG" and e == end and b < begin and (
                _branded(text, b, begin, end) or _level_cut(s, b, begin)
                or any(t.tag == "ORG" and t.start == b and begin < t.end for t in s.tokens)):
            return b
    return begin


def _level_cut(s: Sentence, b: int, begin: int) -> bool:
    """Whether a body's name the walk began at ``begin`` opens with a level that jieba reads as a word alone, the
    place's name before it a word of its own from ``b`` on, no verb, and its body's own level after it (村村委会,
    镇镇政府).

    Examples:
        >>> from kg.text import parse
        >>> s = parse("汉下村村委会门前人头攒动。").articles[0].sentences[0]
        >>> _level_cut(s, 0, 2), _level_cut(s, 0, 3)
        (True, False)
    """
    text = s.text
    if text[begin : begin + 1] not in _LEVEL_CHARS or text[begin + 1 : begin + 2] != text[begin]:
        return False
    words = [w for w in clause_words(text, b) if b <= w.start and w.end <= begin + 1]
    return (bool(words) and words[0].start == b and words[-1].start == begin
            and not any(w.pos.startswith("v") or w.text in STOP_WORDS for w in words))


# A brand's words are rare ones: jieba's dictionary counts each fewer times than this (保收 5, 乐康 0; not a verb of
# the clause, 依托 629, 推动 4,715).
_RARE_WORD = 500


def _branded(text: str, begin: int, brand_end: int, end: int) -> bool:
    """Whether ``text[begin:end]`` is a registered company's or cooperative's name whose brand, up to
    ``brand_end``, follows the division that opens it: up to four characters of rare words (:data:`_RARE_WORD`), no mark
    or function word among them.

    Examples:
        >>> t = "龙山县保收农牧专业合作社"
        >>> _branded(t, 0, 5, len(t)), _branded("龙山县依托合作社", 0, 5, 8), _branded("龙山县和酒钢公司", 0, 6, 8)
        (True, False, False)
        >>> _branded("龙山县保收金穗公司", 0, 7, 9), _branded("龙山县金穗保收金穗公司", 0, 9, 11)  # (four at most)
        (True, False)
    """
    if not text.endswith(("公司", "合作社"), begin, end):
        return False
    opening = [e for b, e, _, _ in find(text[begin:brand_end]) if b == 0]
    brand = text[begin + max(opening) : brand_end] if opening else ""
    return 0 < len(brand) <= 4 and all(
        frequency(w.text) < _RARE_WORD and not function_word(w.text) and w.text.isalnum() for w in words(brand))


def _past_verbs_and_titles(s: Sentence, begin: int, head: int, lac: dict[int, str]) -> int:
    """Where a company's, a school's or a cooperative's name begins once past a person's title and a verb both
    recognizers read before it: 负责人 of 企业负责人青禾科技有限公司, 运抵 of 运抵河源县青禾食品公司 (jieba's verbs the
    tagger reads as nouns stay: 创新 of 青山创新科技有限公司).

    Examples:
        >>> from kg.text import parse
        >>> from kg.tagger import tag_documents
        >>> doc = parse("货物运抵河源县青禾食品公司。")
        >>> _ = tag_documents([doc])
        >>> s = doc.articles[0].sentences[0]
        >>> lac = {t.start: t.tag for t in s.tokens}
        >>> s.text[_past_verbs_and_titles(s, 2, s.text.index("公司"), lac):s.text.index("公司")]
        '河源县青禾食品'
    """
    text = s.text
    over = [(b, e) for b, e, tag in s.names.get("news", ()) if tag == "ORG" and e > head]  # the model's bodies over it
    # (a verb inside a name the trained model reads whole from a division that opens it is the name's: 保收 of
    # 龙山县保收农牧专业合作社)
    whole = any(b == begin and any(_branded(text, b, w.end, e) for w in clause_words(text, head) if w.end <= head)
                for b, e in over)
    verbs = [] if whole else [w.end for w in clause_words(text, head) if begin <= w.start and w.end <= head
                              and w.pos == "v" and lac.get(w.start) == "v"]
    # (a group's title inside a name the trained model reads whole from where the walk began is the name's: 教师 of
    # 青山大学教师教育学院, a college for teachers)
    kept = GROUP_TITLES if any(b <= begin for b, _ in over) else frozenset()
    return max([after_titles(text, begin, head, kept), *verbs])


def _division_before(text: str, begin: int) -> int:
    """A division of the gazetteer right before a body's name opens it: the walk or the tagger
    stopped at the body's own first word (宜昌 before 华润万家超市, where LAC reads two names).

    Examples:
        >>> t = "随后宜昌华润万家超市"
        >>> t[_division_before(t, 4):], _division_before("随后华润万家超市", 2)
        ('宜昌华润万家超市', 2)
    """
    while True:
        w = _word_ending_at(text, begin)
        if w is None or len(w.text) < 2 or w.text in STOP_WORDS:
            return begin
        hits = find(w.text)
        if not (hits and hits[0][0] == 0 and hits[0][1] == len(w.text)):
            return begin
        begin = w.start


def _divisions_ending(text: str, at: int) -> int:
    """Where the divisions of the gazetteer named one after another right before ``at`` begin (``at`` where none
    ends there); before a body's head that ends one, the head is part of a place's name (点军区, a county of
    Yichang, ends in 军区; 南京军区 is a body).

    Examples:
        >>> t = "十堰市竹山县科协"
        >>> _divisions_ending(t, 6), _divisions_ending(t, 3), _divisions_ending("企业科协", 2)
        (0, 0, 2)
        >>> _divisions_ending("宜昌市点军区召开会议", 6) < 4, _divisions_ending("南京军区召开会议", 4) < 2
        (True, False)
    """
    while True:
        lead = max(0, at - 8)
        begin = min((lead + b for b, e, name, _ in find(text[lead:at]) if lead + e == at and name not in NOT_A_LEVEL),
                    default=at)  # (城区 of 全市城区妇联: a level's word, no division's name)
        if begin == at:
            return at
        at = begin


def _town_before(text: str, begin: int) -> int:
    """Where a body's name begins when it opens with a township's level (镇党委, 乡政府) and the two to four
    characters before the level name, with it, a township of the gazetteer (:mod:`kg.towns`): the walk stopped
    at the town's name, which jieba cut into common words (开张 of 开张镇, a verb to jieba).

    Examples:
        >>> t = "县委常委、开张镇党委书记"
        >>> t[_town_before(t, t.index("镇")):], _town_before("他到镇党委", 2)
        ('开张镇党委书记', 2)
    """
    if text[begin : begin + 1] not in ("乡", "镇"):
        return begin
    start = town_ending_at(text, begin + 1)
    return begin if start is None else start


def _named(s: Sentence, begin: int, head: int) -> bool:
    """Whether the words before a head hold a name: a place or body the tagger reads over them,
    a division of the gazetteer, or a word jieba's dictionary knows as a name (李庄村).

    Examples:
        >>> from kg.text import parse
        >>> s = parse("李庄村蔬菜专业合作社和大型超市").articles[0].sentences[0]
        >>> _named(s, 0, 7), _named(s, 11, 13)
        (True, False)
        >>> _named(parse("建成中国特色一流大学").articles[0].sentences[0], 2, 8)
        False
    """
    kind = s.text.rfind("中国特色", begin, head)
    if kind >= 0:  # (中国特色高水平职业大学: China's 特色 is a kind of body's, no name; the words after it must name it)
        begin = kind + 4
    if any(t.tag in ("LOC", "ORG") and t.start < head and begin < t.end for t in s.tokens):
        return True
    if begin + 1 < head and _level_alone(s.text, begin + 1) == begin:
        return True  # 县自来水公司: the county's
    ws = clause_words(s.text, begin)
    return bool(find(s.text[begin:head])) or any(w.pos in ("nr", "ns", "nt") and begin <= w.start and w.end <= head
                                                  and not (w.pos == "nr" and _name_in_a_noun(s, w)) for w in ws)


def _placed(s: Sentence, begin: int, head: int) -> bool:
    """Whether the words before a head hold a place the tagger reads.

    Examples:
        >>> from kg.text import parse
        >>> from kg.tagger import tag_documents
        >>> doc = parse("白石镇新时代文明实践所开展活动。全镇已建成新时代文明实践站。")
        >>> _ = tag_documents([doc])
        >>> [_placed(x, 0, x.text.index("实践")) for x in doc.articles[0].sentences]
        [True, False]
    """
    return any(t.tag == "LOC" and begin <= t.start and t.end <= head for t in s.tokens)


def _named_tribunal(s: Sentence, begin: int, head: int) -> bool:
    """Whether a tribunal's name holds the place it sits in, after its court where it names the court (青山法院惠州巡回
    法庭, 惠州法庭): the tagger's place or a division there; not 青山县人民法院巡回法庭 (the court's), 校园模拟法庭.

    Examples:
        >>> from kg.text import parse
        >>> from kg.tagger import tag_documents
        >>> doc = parse("法庭开庭\\n\\n青山海事法院惠州巡回法庭开庭。青山县人民法院巡回法庭开庭。")
        >>> _ = tag_documents([doc])
        >>> [_named_tribunal(x, 0, x.text.index("法庭")) for x in doc.articles[0].sentences[1:]]
        [True, False]
    """
    court = s.text.find("法院", begin, head)
    begin = court + 2 if court >= 0 else begin
    return any(t.tag == "LOC" and begin <= t.start < head for t in s.tokens) or bool(find(s.text[begin:head]))


def _name_in_a_noun(s: Sentence, w: Word) -> bool:
    """Whether the tagger reads a word jieba takes for a person's name inside a longer common noun (高水平 of
    特色高水平职业大学, which jieba reads as a name)."""
    return any(t.tag == "n" and t.start <= w.start and w.end <= t.end and t.end - t.start > len(w.text)
               for t in s.tokens)


def _level_venue(text: str, begin: int, m: re.Match) -> bool:
    """Whether a venue (…中心 of :data:`NAMED_PLACE_SUFFIXES`) is named by a level alone, the level's own venue, as 县委 is
    the county's body (在县会展中心开展; not 全县会展中心, the county's venues, nor a level glued to the word before).

    Examples:
        >>> t = "白石县公安局在县会展中心开展活动，建设全县会展中心。"
        >>> [_level_venue(t, m.start() - 1, m) for m in re.finditer("会展中心", t)]
        [True, False]
        >>> t = "民兵在县基地集训。"  # (a venue's kind that no level owns alone: 基地 of many)
        >>> _level_venue(t, 3, re.search("基地", t))
        False
    """
    return (m.group().endswith("中心") and m.start() - begin == 1 and text[begin] in _LEVEL_CHARS
            and (begin == 0 or text[begin - 1] in _BEFORE_A_LEVEL))


# What joins two bodies listed one after the other (人社局、经信局, 人社局和经信局; 由X和Y, X、Y).
LIST_JOINS = ("、", "和", "及", "与")
# What stands before a level that opens a venue's name by itself: a mark, or a preposition of place (在县会展中心).
_BEFORE_A_LEVEL = "，,。；;：:、（(“ \u3000在到于赴至从"


# Kinds of area that common words before them do not name (水源保护区, 生态保护区, 老工业区: kinds).
_AREA_KINDS = ("自然保护区", "保护区", "工业区", "森林公园", "风景名胜区")


def _named_area(name: str) -> bool:
    """Whether the words before an area's kind (:data:`_AREA_KINDS`) name it: a place's or a person's name among them
    to jieba (汾河 of 汾河保护区, 京南 of 京南工业区, 洪湖 of 洪湖国家级自然保护区), no adjective right before the kind (老 of
    东北老工业区, 青山市老工业区) and no part of a town before it (老城区工业区).

    Examples:
        >>> _named_area("汾河"), _named_area("洪湖国家级"), _named_area("水源"), _named_area("东北老")
        (True, True, False, False)
        >>> _named_area("青山市老"), _named_area("老城区")
        (False, False)
    """
    ws = words(name)
    return bool(ws) and words(name[-1])[0].pos != "a" and not _TOWN_AREA.search(name[-2:]) \
        and any(w.pos.startswith(("ns", "nr", "nz")) for w in ws)


def _proper(s: Sentence, begin: int, head: int) -> bool:
    """Whether the words before a head hold a proper name: a place or body the tagger found
    there (also one the tagger runs on into the head: 白石物流 of 白石物流园区), or a division of the gazetteer."""
    if any(t.tag in ("LOC", "ORG") and (begin < t.end <= head or begin <= t.start < head) for t in s.tokens):
        return True
    return bool(find(s.text[begin:head]))


def named_site(before: str, head: str) -> bool:
    """Whether the name ``before`` a site's ``head`` (:data:`SITES`) says whose site it is: an old site's the body, the
    government or the meeting that was there (新四军青山支队司令部旧址, 苏维埃政府旧址, 红四军白石河会议旧址; not 革命旧址,
    明清旧址, 白石镇革命旧址: kinds of site), a former home's the person jieba reads last (严复故居; not 名人故居).

    Examples:
        >>> [named_site(n, "旧址") for n in ("青山镇新四军军部", "苏维埃政府", "白石河会议", "革命", "白石镇革命")]
        [True, True, True, False, False]
        >>> named_site("严复", "故居"), named_site("名人", "故居"), named_site("严复", "会址")
        (True, False, False)
    """
    if head == "旧址":
        return ends_as_a_body(before) or before.endswith(("会议", "政府"))
    if head == "故居":
        found = words(before)
        return bool(found) and found[-1].pos == "nr"
    return False


def _site_named(s: Sentence, begin: int, head: re.Match) -> bool:
    """:func:`named_site` of the name from ``begin`` before a site's head in a sentence, a former home's person read by
    the tagger too (李大明故居, which jieba cuts 李 大明).

    Examples:
        >>> from kg.text import parse
        >>> from kg.tagger import tag_documents
        >>> doc = parse("青山县修缮了李大明故居。"); tag_documents([doc]); s = doc.articles[0].sentences[0]
        >>> _site_named(s, s.text.index("李大明"), re.compile("故居").search(s.text))
        True
    """
    return named_site(s.text[begin : head.start()], head.group()) or head.group() == "故居" and any(
        t.tag == "PER" and t.start == begin and t.end == head.start() for t in s.tokens)


# A road, a railway or a pipeline named by the two places it runs between (信阳至南阳高速公路, 信阳至南阳高铁).
ROUTE = re.compile(r"([\u4e00-\u9fff]{2,6})至([\u4e00-\u9fff]{2,6}?)(?:高速公路|高速铁路|城际铁路|一级公路|二级公路|"
                    r"客运专线|输气管道|输油管道|公路|铁路|高铁|高速)")


def routes(s: Sentence) -> list[tuple[int, int]]:
    """Spans of the roads, railways and pipelines named by the places they run between, joined by 至 (信阳至南阳高铁,
    新建信阳至南阳铁路): each end a place the tagger or the gazetteer knows, the second right before the route's kind.
    A place, named whole (not 南阳高速公路, nor 信阳 and 南阳 alone).

    Examples:
        >>> t = "新建信阳至南阳铁路，青年至老年高铁"
        >>> [t[b:e] for b, e in routes(Sentence(0, 0, len(t), t, segments=((0, 0),)))]  # (the gazetteer's places)
        ['信阳至南阳铁路']
    """
    text = s.text
    if "至" not in text:
        return []  # (no route's name: the tagger's places are not read)
    out = []
    places = {(t.start, t.end) for t in s.tokens if t.tag == "LOC"}
    for m in ROUTE.finditer(text):
        at, head = m.end(1), m.end(2)
        start = next((at - len(t) for b, e, t, _ in find(m.group(1)) if m.start(1) + e == at), None)
        start = next((b for b, e in sorted(places) if e == at and b >= m.start(1)), start)
        if start is not None and ((at + 1, head) in places or any(b == 0 and e == head - at - 1
                                                                  for b, e, _, _ in find(m.group(2)))):
            out.append((start, m.end()))
    return out


# A body named for a route, right after it: its unit's words, then a body's head (…铁路有限公司, …高速公路管理处: a head
# of one character where the tagger reads a body's name ending there; not 梁部 of …高铁梁部全部完成, the beams).
_ROUTE_BODY = re.compile(r"[\u4e00-\u9fff]{0,4}?(?:" + "|".join(sorted(SUFFIXES, key=len, reverse=True)) + ")")
_LONG_SUFFIXES = tuple(x for x in SUFFIXES if len(x) >= 2)

# The end of a list of kinds of body: …、…等服务机构.
KINDS_LISTED = re.compile(r"(?:、[^，,。；;、]{1,16})*等[\u4e00-\u9fff]{0,4}?(?:机构|单位|部门|组织|场所|设施|阵地)")
# Rooms of a building (多功能厅, 会议室 …): the places named by what they are that end in 厅 or 室.
ROOMS = tuple(x for x in PLACE_SUFFIXES if x.endswith(("厅", "室")))
_FLOOR = re.compile(r"(?:大楼|大厦|楼)?[一二三四五六七八九十\d]{1,2}[层楼]$")


def room_start(text: str, begin: int, lac: dict[int, str] | None = None) -> int:
    """Where a room's name begins when its floor and building stand before it (青山医院住院大楼
    一层学术会议厅): over the floor, the building and the name of the body that owns it, which
    the walk over words stops at (住院, 一层: boundary words of organisations' names).

    Examples:
        >>> t = "地点：青山医院住院大楼一层学术会议厅"
        >>> t[room_start(t, t.index("学术")):]
        '青山医院住院大楼一层学术会议厅'
        >>> t = "在会议室开会"
        >>> t[room_start(t, 1):]
        '会议室开会'
    """
    floor = _FLOOR.search(text, 0, begin)
    if floor is None:
        return begin
    start = floor.start()
    if not floor.group().startswith(("大楼", "大厦", "楼")):
        return start
    building = [w for w in clause_words(text, start) if w.end == start and w.pos.startswith(("n", "v"))]
    if building:
        start = building[0].start
    return name_start(text, start, frozenset("m"), lac=lac, bounds=frozenset())


# An outlet named as an event's host (由青山新闻网承办, 由青山日报社、白石电视台联合主办, …主办，青山新闻网承办; not before
# 主办方 or 主办单位, where a common word may end in 网) or before the post of one who edits or runs it (的青山新闻网副总编辑
# 王五), after a mark or a word that closes what stands before it (no words of a sentence's opening: 近日青山新闻网).
_OUTLET_HOSTS = re.compile(r"(?<=[由、和与，,的])((?:(?![和与及的由])[\u4e00-\u9fff]){2,12}?(?:网|报社|日报|晚报|电视台|广播电台))"
                           r"(?=(?:(?:联合|共同)?(?:主办|承办|协办)|[、和与][\u4e00-\u9fff]{2,16}?(?:联合|共同)?(?:主办|承办|协办))"
                           r"(?!方|单位)|副?(?:总编辑|主编|社长|台长))")


_LONG_HEADS = tuple(h for h in SUFFIXES if len(h) >= 2)
# What rates, builds or counts the bodies a quotation then describes: 被评为“五星级”党支部, 建成“一站式”服务大厅, 12家“无烟”单位.
_QUOTED_KIND = re.compile(r"(?:评为|评选为|创建|建立|建成|建设|打造|争创|[\d一二两三四五六七八九十百千多几]+[家个所支])了?$")


def _a_modifier(quoted: str) -> bool:
    """Whether a quotation before a body's head is a word that describes a kind of body, not a name: one adjective or
    attribute of jieba's (平安), a rating (五星级) or a manner (一站式).

    Examples:
        >>> _a_modifier("五星级"), _a_modifier("一站式"), _a_modifier("青山之光"), _a_modifier("老人法律服务")
        (True, True, False, False)
    """
    ws = words(quoted)
    return quoted.endswith(("级", "式", "型", "化")) or len(ws) == 1 and ws[0].pos in ("a", "b", "z", "ad", "an")


def long_head(text: str) -> bool:
    """Whether ``text`` ends with a body's head of two characters or more, of the suffixes or learned from the training
    names (救援大队, 热心服务小组; not 大局, 战局, whose one-character head ends common words too).

    Examples:
        >>> long_head("救援大队"), long_head("合作社"), long_head("大局")
        (True, True, False)
    """
    return text.endswith(_LONG_HEADS) or any(text.endswith(h) for h in org_endings() if len(h) >= 2)


def school_students(name: str, after: str = "") -> bool:
    """Whether a body's name is a university's short name and its students, 学子 (青大学子, 川大学子支教, or 青大学 before
    子), no body named 青大学.

    Examples:
        >>> school_students("青大学", "子风采"), school_students("川大学子支教"), school_students("青山大学", "子弟")
        (True, True, False)
    """
    return "学子" in name or len(name) == 3 and name.endswith("大学") and after.startswith("子")


# A quoted name that is an honour a body is given, not the body's own: 被评为“…服务队”, 荣获“…”称号.
_HONOURED_BEFORE = re.compile(r"(?:荣获|获得|获评|授予|命名为|被评为|评为|评选为)了?$")
_HONOUR_AFTER = re.compile(r"(?:荣誉)?称号|奖|荣誉|先进")


def _quoted_whole(text: str, m: re.Match) -> bool:
    """Whether a quotation (group 1 of ``m``) is a body's name whole: six characters or more, a body's head of two
    characters or more ends it (:func:`long_head`), jieba reads only nouns, adjectives and verbal nouns in it, and no
    honour is given by it (“青山热心服务小组”; not 被评为“青山优秀服务队”, a slogan's verbs, “携手共建联盟”, nor a kind
    named short, “数字政府”, “智慧海关”).

    Examples:
        >>> t = "我校与“青山热心服务小组”携手。被评为“青山优秀服务队”。建设“数字政府”。"
        >>> [_quoted_whole(t, m) for m in _QUOTED_NAME.finditer(t)]
        [True, False, False]
    """
    name = m.group(1)
    return (len(name) >= 6 and long_head(name) and not _HONOURED_BEFORE.search(text, 0, m.start())
            and not _QUOTED_KIND.search(text, 0, m.start()) and not _HONOUR_AFTER.match(text, m.end())
            and all(w.pos.startswith("n") or w.pos in ("vn", "a", "j") for w in words(name)))


_QUOTED_NAME = re.compile(r"“([^“”，,。；;：:、！？!?\s]{4,16})”")


def _quoted_team(s: Sentence, start: int, end: int) -> bool:
    """Whether a quotation and the body's head after it (a match of :func:`_quoted_body`) name one body: nouns only
    after the quotes, the last a head of two characters or more, or one character after a word of two (律师团; not
    总体布局, 新格局, 开好局, 举办 of “A”小组举办); no name of a person or a place after them, nor 的 in them (“湖畔明珠”雷锋服务站,
    “钢铁工业的长子”青山集团 are epithets); no rating, manner or attribute, nor one a verb rates or builds or a count
    counts (:func:`_a_modifier`, “五星级”党支部, 建成“一站式”…); and a word ends with the head."""
    text = s.text
    after = text.index("”", start) + 1
    tail = words(text[after:end])
    return bool(tail) and all(w.pos.startswith("n") or w.pos in ("vn", "j") for w in tail) \
        and (tail[-1].text.endswith(_LONG_HEADS) or len(tail[-1].text) == 3 and in_dictionary(tail[-1].text[:2])
             and not tail[-1].text.endswith("局")) and "的" not in text[start:after] \
        and not any(t.tag in ("PER", "LOC") and after <= t.start < end for t in s.tokens) \
        and not _QUOTED_KIND.search(text, 0, start) and not _a_modifier(text[start + 1 : after - 1]) \
        and any(w.end == end for w in clause_words(text, end - 1))


_GOES_TO = frozenset({"赴", "到", "去", "往", "前往", "奔赴", "开赴", "来自", "援助", "支援", "驰援"})


def _placed_before(s: Sentence, at: int) -> int:
    """Where the place the tagger reads, or a level's character alone, that ends right before the quotes at ``at``
    begins (青山县 of 青山县“扫黄打非”办, 由青山县“…”办牵头; 市 of 市“扫黄打非”办, the body's own level); ``at`` where none
    does (not 武汉 of 组建赴武汉“白衣天使”突击队, where the team goes, nor the last of a list of places, 湖北、湖南“…”服务队)."""
    text = s.text
    place = next((t.start for t in s.tokens if t.tag == "LOC" and t.end == at and t.end - t.start >= 2), None)
    if place is None or text[place - 1 : place] == "、" and any(t.tag == "LOC" and t.end == place - 1 for t in s.tokens):
        return _level_alone(text, at)  # (not the last of a list of places: 来自湖北、湖南“…”服务队)
    before = _word_ending_at(text, place)
    if place and before is not None and before.text in _GOES_TO:
        return _level_alone(text, at)  # (where the team goes: 组建赴武汉“白衣天使”突击队)
    return place


def _quoted_office(text: str, start: int, end: int) -> bool:
    """Whether the quotes from ``start`` are closed by 办 alone, an office named by its task, 办 ending a word there
    (青山县“扫黄打非”办牵头; not “扫黄打非”办案, a verb).

    Examples:
        >>> t = "青山县“扫黄打非”办牵头检查。“扫黄打非”办案有力。"
        >>> _quoted_office(t, 3, 10), _quoted_office(t, 15, 22)
        (True, False)
    """
    return text[end - 2 : end] == "”办" and any(w.start == end - 1 and w.end == end for w in clause_words(text, end - 1))


@lru_cache(maxsize=1)
def _quoted_body() -> re.Pattern:
    """A quoted name of a few words, then up to four characters and a body's head (:data:`SUFFIXES`)."""
    return re.compile(rf"“[^“”，,。；;：:、！？!?\s]{{2,12}}”[\u4e00-\u9fff]{{0,4}}?(?:{'|'.join(SUFFIXES)})")


# What follows 会 in the words it opens (会议, 会商, 会同, 会员, 会务, 会计): there 会 ends no body's nor event's name.
OPENED_BY_HUI = "议商同员务计"
# A level's committee of a democratic party (市委会), not where 会 opens a word (县委会商, 区委会见) or is the committee's
# meeting (县委会上, 县委会后, 市委会场).
LEVEL_COMMITTEE = rf"[省市县区]委会(?![{OPENED_BY_HUI}见后前场上])"


@lru_cache(maxsize=1)
def _heads() -> re.Pattern:
    """The heads: the typed ones and the …中心 that the training names make bodies (研究中心), and a committee of a
    level's (市委会, 省委会: a democratic party's; not 市委会议, 县委会上, 市委会同市政府, 县委会商).

    Examples:
        >>> [m.group() for m in _heads().finditer("民进青山市委会召开会议。市委会议室。县委会同县政府。在县委会上")]
        ['市委会', '市委', '室', '县委', '县政府', '县委']
    """
    return re.compile("|".join([LEVEL_COMMITTEE, *sorted(set(SUFFIXES) | centre_heads(), key=len, reverse=True)]))


# A university's or a school's own news (学校, 我校, 校长 …): 学校 there is the publisher, as 我校 is.
_SCHOOL_NEWS = re.compile(r"我校|本校|学校|校长|大学")


# A laboratory or a centre named by its level (…国家重点实验室, …四川省重点实验室, …国家工程实验室): its field stands
# before the level, words of any kind (遗传改良与健康养殖, 电子政务建模仿真), which the walk over names stops at. (A
# 实验室 without a level is a room as often as a body: 学校实验室, 理工科实验室.)
_LAB_HEADS = ("实验室", "研究中心", "技术中心")
_LAB_LEVEL = re.compile(r"(?:省部共建)?(?:国家|[\u4e00-\u9fff]{0,3}(?:省|市|部))(?:重点|工程技术|工程)?")
_FIELD_STOP_POS = frozenset("r u m q x w e o y uj ul uz ug ud".split())


def lab_start(text: str, head: int) -> int:
    """Where a laboratory or centre named by its level begins: back from the level over its field, to a
    stop word, a pronoun (我校), a number, a mark or 、; ``head`` when no level stands before it.

    Examples:
        >>> t = "专家组来我校考察水下声学探测技术四川省重点实验室"
        >>> t[lab_start(t, t.index("实验室")) : t.index("实验室") + 3]
        '水下声学探测技术四川省重点实验室'
        >>> t = "、水稻遗传改良与绿色种植国家重点实验室联合"
        >>> t[lab_start(t, t.index("实验室")) : t.index("实验室") + 3]
        '水稻遗传改良与绿色种植国家重点实验室'
        >>> [lab_start(t, t.index("实验室")) == t.index("实验室") for t in ("学校实验室", "270多家省重点实验室",
        ...  "全省有省重点实验室", "该实验室符合四川省重点实验室", "获批国家重点实验室", "省部共建国家重点实验室")]
        [True, True, True, True, True, True]
    """
    ws = [w for w in clause_words(text, max(0, head - 1)) if w.end <= head]
    start = next((w.start for w in ws if head - 9 <= w.start < head and _LAB_LEVEL.fullmatch(text, w.start, head)
                  and (w.text in ("国家", "省部共建", "省部", "省", "市") or w.pos == "ns" or len(w.text) >= 3 and w.text[-1] == "部")),
                 None)  # (a level is a word: 四川省, 教育部; not 有省 of 全省有省重点实验室)
    if start is None:
        return head
    level = start
    field = [w for w in ws if w.end <= start]
    nominal = [x.pos in ("n", "vn", "i", "l", "nz", "j") or x.text in FIELD_JOINS for x in field]
    for i in range(len(field) - 1, -1, -1):
        w = field[i]
        # a verb stands in a field only between two of its nouns or a noun and 与/和 (遗传改良与健康养殖, 声学探测技术;
        # not 符合, 获批 before the level, nor 共建 after a body's name); a body's head ends the field (该实验室符合…)
        verb = w.pos == "v" and not (
            i > 0 and nominal[i - 1] and nominal[i + 1]
            if i + 1 < len(field) else  # (right before the level: two words of the field before it, 与绿色种植;
            i > 0 and field[i - 1].text in FIELD_JOINS or i > 1 and nominal[i - 1] and nominal[i - 2])  # not 学校获批)
        if (w.end != start or w.pos in _FIELD_STOP_POS or w.text in STOP_WORDS and w.text not in FIELD_JOINS
                or w.pos in ("p", "c") and w.text not in FIELD_JOINS or verb or w.text.endswith(_LAB_HEADS)
                or w.text in SUFFIXES  # (a body's head: 青山大学共建…实验室 is the university's partner's)
                or head - w.start > MAX_NAME):
            break
        start = w.start
    while (w := next((w for w in field if w.start == start), None)) is not None and (
            w.text in FIELD_JOINS or w.pos == "v"):
        start = w.end  # (符合 of 该实验室符合…: the field opens with none)
    return start if start < level else head  # (省重点实验室: a level and no field, a kind of laboratory)


# A studio named after the one who leads it: 王五劳模创新工作室, 李四名师工作室 (the walk over names stops at the person).
_STUDIO = re.compile(r"工作室")
_STUDIO_WORDS = frozenset("n nz vn j l".split())


def studios(s: Sentence) -> list[tuple[int, int]]:
    """The studios a sentence names after a person the tagger reads, with nouns at most between the name and
    工作室 (劳模创新, 技能大师, 名师; by jieba's or the tagger's reading): ``(start, end)`` in the sentence's text.

    Examples:
        >>> from kg.text import parse
        >>> from kg.tagger import tag_documents
        >>> doc = parse("他来到王志强劳模创新工作室交流。")
        >>> _ = tag_documents([doc])
        >>> s = doc.articles[0].sentences[0]
        >>> [s.text[b:e] for b, e in studios(s)]
        ['王志强劳模创新工作室']
    """
    out = []
    text = s.text
    lac = {t.start: t.tag for t in s.tokens}
    for m in _STUDIO.finditer(text):
        person = next((t for t in s.tokens if t.tag == "PER" and m.start() - 8 <= t.end <= m.start()), None)
        if person is None:
            continue
        between = [w for w in clause_words(text, person.end) if person.end <= w.start and w.end <= m.start()]
        if sum(len(w.text) for w in between) == m.start() - person.end and all(
                w.pos in _STUDIO_WORDS or lac.get(w.start) in _STUDIO_WORDS for w in between):  # (创新: LAC's vn)
            out.append((person.start, m.end()))
    return out


# A school's department (中文系, 信息技术系) by what follows it: its head, staff, students or party branch, or a
# person the tagger reads.
_DEPARTMENT_AFTER = re.compile(r"副?系?主任|党支部|党总支|老师|教师|学生|师生|副?教授|讲师")
_PEOPLE_ENDS = ("生", "员", "者", "人", "家")  # (nouns of people: 毕业生, 队员, 志愿者)


def departments(s: Sentence) -> list[tuple[int, int]]:
    """The departments (…系) a school's news names: the words right before 系 that jieba or the tagger
    read as nouns, two fields joined by 与, 和 or 及 among them (计算机科学与技术系), 系 a word of its own (or opening
    系主任; or jieba's noun ending with it: 外语系), before its head, staff or students (:data:`_DEPARTMENT_AFTER`) or a
    person the tagger reads: ``(start, end)`` in the sentence's text, from the school the tagger reads right before it
    (青山大学生物系). Not 关系, 体系 (系 inside a word), 计算机系统, nor 系 "is" after people (优秀毕业生系李四).

    Examples:
        >>> from kg.text import parse
        >>> from kg.tagger import tag_documents
        >>> doc = parse("计算机系主任王大明、外语系李小红发言。双方关系密切，中文系的发展很快。")
        >>> _ = tag_documents([doc])
        >>> [[x.text[b:e] for b, e in departments(x)] for x in doc.articles[0].sentences]
        [['计算机系', '外语系'], []]
        >>> doc = parse("计算机科学与技术系主任王五发言。优秀毕业生系李四。他和公共卫生系主任赵六谈话。金融系副系主任陆瑶说。")
        >>> _ = tag_documents([doc])
        >>> [[x.text[b:e] for b, e in departments(x)] for x in doc.articles[0].sentences]
        [['计算机科学与技术系'], [], ['公共卫生系'], ['金融系']]
    """
    out = []
    text = s.text
    lac = {t.start: t.tag for t in s.tokens}
    people = {t.start for t in s.tokens if t.tag == "PER"}
    for m in re.finditer("系", text):
        at = m.start()
        if not (_DEPARTMENT_AFTER.match(text, at + 1) or at + 1 in people or text.startswith("系主任", at)):
            continue
        if text.startswith("系主任", at) and text[at - 1 : at] in ("系", "副"):
            continue  # (系 of 物理系系主任, 金融系副系主任: the title's, after the department's own)
        ws = clause_words(text, at)
        whole = next((w for w in ws if w.end == at + 1 and len(w.text) >= 3 and w.pos in _STUDIO_WORDS), None)
        fields = [whole] if whole is not None else []
        before = [w for w in ws if w.end <= (whole.start if whole else at)]
        for k in range(len(before) - 1, -1, -1):
            w = before[k]
            if w.end != (fields[-1].start if fields else at):
                break
            joins = w.text in _COLLEGE_JOINS and fields and k > 0 and before[k - 1].end == w.start
            if not joins and w.pos not in _STUDIO_WORDS and lac.get(w.start) not in _STUDIO_WORDS:
                break
            fields.append(w)
        if fields and fields[-1].text in _COLLEGE_JOINS:
            fields.pop()  # (a join opens no name)
        if fields and not _DEPARTMENT_AFTER.match(text, at + 1) and fields[0].text.endswith(_PEOPLE_ENDS):
            continue  # 优秀毕业生系李四: 系 "is" after people
        if fields:
            begin = fields[-1].start
            # the school the tagger reads right before it (or with it) opens its name (青山大学生物系)
            owner = next((t.start for t in s.tokens if t.tag == "ORG" and t.start < begin <= t.end), None)
            out.append((begin if owner is None else owner, at + 1))
    return out


def sentence_mentions(s: Sentence, article: int, campus: bool = False) -> list[Mention]:
    """The bodies a sentence names by their heads; ``campus``: the article is a university's or a school's
    own news, where 学校 before a unit's name is the publisher, no part of the name (学校数据研究中心 is
    数据研究中心; 学校办公室, with nothing between 学校 and the head, stays whole).

    Examples:
        >>> from kg.text import parse
        >>> [[m.text for m in sentence_mentions(parse(t).articles[0].sentences[0], 1, campus=True)]
        ...  for t in ("学校数据研究中心成立。", "学校办公室主任王五说。")]
        [['数据研究中心'], ['学校办公室']]
        >>> [m.text for m in sentence_mentions(parse("学校数据研究中心成立。").articles[0].sentences[0], 1)]
        ['学校数据研究中心']
    """
    out = []
    text = s.text
    lac = {t.start: t.tag for t in s.tokens}
    for m in _heads().finditer(text):
        # a level body stands before a title it is cut together with (市委书记)
        level = m.group() in STANDALONE_BODIES and any(w.start == m.start() for w in clause_words(text, m.start()))
        # a body cut together with the title after it (党委书记; 党组书记 is a title of the body above)
        titled = m.group() != "党组" and any(w.start == m.start() and TITLE_AFTER.fullmatch(w.text, m.end() - w.start)
                     for w in clause_words(text, m.start()))
        # (a body's name jieba's dictionary holds, its head inside: 建设局)
        # (a bureau's: where what comes before the head is a word too: 建设 of 建设局, not 新格 of 新格局)
        bureau = m.group() == "局"
        # (the words jieba reads over the head, from before it: 建设局, 人社局)
        over_head = [w for w in clause_words(text, m.start()) if w.end == m.end() and w.start < m.start()] \
            if bureau else []
        bureau_words = [w for w in over_head if in_dictionary(text[w.start : m.start()])]
        known = any(w.pos in ("nt", "j") for w in bureau_words)  # (j: an abbreviated bureau, 环保局, 质监局)
        # (or a bureau jieba reads whole as a body's name, listed after a body, a join between: 人社局、经信局, 人社局和经信局)
        known = known or any(w.pos == "nt" and text[w.start - 1 : w.start] in LIST_JOINS
                             and any(s.local(x.end) == w.start - 1 for x in out) for w in over_head)
        # (or, after 和 or 与, a common noun whose part before the head is a word of two characters or more, the second
        # field of work a bureau is named by, when the name runs on over the first: 旅游局 of 文化和旅游局, where the
        # bureau is the county's; not 旅游局 of 文化广电和旅游局 alone)
        second_field = next((w.start for w in bureau_words if w.pos == "n" and m.start() - w.start >= 2
                             and text[w.start - 1 : w.start] in FIELD_JOINS), None)
        # (or a word of two that jieba's model made up, no word of its dictionary, when a level or a division opens the
        # name that runs on over it: 草局 of 市林草局, read 市林 草局; not 破局 alone, nor 增开 跨局)
        made_up = None if second_field is not None or not bureau else next(
            (w.start for w in clause_words(text, m.start())
             if w.end == m.end() and w.start == m.start() - 1 and not in_dictionary(w.text)), None)
        run_over = second_field if second_field is not None else made_up  # (a word the name must run on over)
        if m.group() == "管理所" and _DONE_BY.match(text, m.end()) and any(
                w.start == m.end() and w.pos.startswith("v") for w in clause_words(text, m.end())):
            continue  # (加强安全管理所取得的成效, 管理所需的资金: 所 before a verb and 的, "what is done", no office)
        if m.group() == "党组" and titled_by_its_group(text, m.end()):
            continue  # (党组成员王五: a title of the body above, kg.extract.role)
        if bureau and any(w.end == m.start() and w.pos == "v" for w in clause_words(text, m.start())) \
                and not any(t.tag == "ORG" and t.end == m.end() for t in s.tokens):
            continue  # (开新局, 应变局: the object of a verb, no bureau, where the tagger reads none)
        unit = not (level or titled or known or run_over is not None or _aligned(text, m.start(), m.end()))
        joined = None
        if unit and not _unit_head(s, m.start(), m.end(), (s.local(x.end) for x in out)):
            joined = _joined_unit(s, m.start(), lac, [s.local(x.end) for x in out])
            joined = joined if joined is not None else _committee_office(s, m.start(), m.end())
            if joined is None and not _model_agrees(s, m.start(), m.end(), lac):
                continue
        begin = joined if joined is not None else _tagger_start(s, name_start(text, m.start(), lac=lac), m.end())
        if unit:  # the body the tagger reads right before an office opens the office's name (上海合作组织秘书处; not
            # one it read with the join after it, 国家发展改革委价格司和 of …和财政部)
            begin = next((t.start for t in s.tokens if t.tag == "ORG" and t.end == begin
                          and not t.text.endswith(LIST_JOINS)), begin)
        begin = titled_body_start(text, stationed_start(s, begin), m.end())
        if begin == m.start() and m.group() in _CLINICS and m.start() and text[m.start() - 1] in clinic_organs():
            begin -= 1  # 普内科, 胸外科: a hospital's department named by one character before its field
        if school_students(text[begin : m.end()], text[m.end() :]):
            continue
        if begin < m.start():
            begin = _level_alone(text, _division_before(text, begin))
            begin = _town_before(text, _past_verb_before_level(text, begin, m.start(), m.end(), lac))
        if not known and run_over is not None and begin >= run_over:
            continue  # (旅游局 of 文化广电和旅游局 alone, cut from its first fields; 破局 alone)
        if not known and made_up is not None and not _government_opens(text, begin):
            continue
        if _former(text, begin, m.start()):
            begin += 1  # (the tagger reads 原 into the name too)
        if m.group() in PROPER_HEADS:
            begin = _past_verbs_and_titles(s, begin, m.start(), lac)
        if m.group() in PROPER_HEADS and _divisions_ending(text, m.end()) < m.start():
            continue  # (宜昌市点军区: a division of the gazetteer whose name ends in a body's head, 军区, is a place)
        if m.group() == "法庭" and not _named_tribunal(s, begin, m.start()):
            continue  # 校园模拟法庭, 特别军事法庭, 法院巡回法庭: no tribunal named by its court and its place
        if begin == m.start() and m.group() not in STANDALONE_BODIES or text.endswith(m.group(), begin, m.start()):
            continue  # (nor the head said twice: 人民医院医院编制床位)
        if campus and text.startswith("学校", begin) and begin + 2 < m.start():
            begin += 2  # 学校高性能计算中心: the school's own unit, 学校 as 我校 (学校办公室 stays whole)
        if m.group() in PROPER_HEADS and not _named(s, begin, m.start()) \
                and not (campus and _school_unit(s, begin, m.start(), m.group(), (s.local(x.end) for x in out))):
            continue  # 世界一流大学, 大型超市, 农村专业合作社: a kind of body, no body's name
        if m.group() in _PLACED_HEADS and not _placed(s, begin, m.start()):
            continue  # (全镇已建成新时代文明实践站: a kind of body, no place named before it)
        if KINDS_LISTED.match(text, m.end()) and not _named(s, begin, m.start()):
            continue  # 日间照料中心、志愿者服务中心等服务机构: kinds of body, listed
        if _PLACE_SUFFIX.search(text, m.end() - 3, m.end()) and text[begin : m.end()].endswith(PLACE_SUFFIXES):
            continue  # 金叶印务公司会议室 is a room, a place
        begin = _not_inside_a_body(s, begin, m.start(), m.end())
        if begin < 0:
            continue
        unit_word = text.rfind("单位", begin, max(begin, m.start() - 2))  # (a slice's end below 0 counts from the end)
        if unit_word >= 0:
            begin = unit_word + 2  # 设计单位青山园林公司: what kind of unit it is, then its name
        if m.group() in ("幼儿园", "学校") and _WHOLE_LEVEL.match(text, begin):
            continue  # (全县中小学幼儿园: the schools of a whole county, no one body)
        if m.group() == "领导小组":
            joined = [j.end() for j in _BODIES_JOINED.finditer(text, begin + 1, m.start())]  # (not 和县 opening it)
            begin = joined[-1] if joined else begin  # (县委和县防汛抗旱领导小组: two bodies, the group the second)
            if not _task_named_whole(text, begin):
                continue  # (攻坚领导小组 of 脱贫攻坚领导小组: a task's verb stopped the walk; the recognizers' name stays)
        for b, e, name in split_coordination(begin, m.end(), text[begin : m.end()]):
            start, end = s.span(b, e)
            out.append(Mention(start, end, "Organization", name, article))
    for m in _MASS_BODY.finditer(text):  # 点军区残联: a mass body named by the divisions right before it
        begin = _divisions_ending(text, m.start())
        if begin < m.start() and not any(s.local(x.start) <= begin and m.end() <= s.local(x.end) for x in out):
            start, end = s.span(begin, m.end())
            out.append(Mention(start, end, "Organization", text[begin : m.end()], article))
    for b, e in titled_units(s, lac) + field_departments(text):
        if not any(s.local(x.start) <= b and e <= s.local(x.end) for x in out):
            start, end = s.span(b, e)
            out.append(Mention(start, end, "Organization", text[b:e], article))
    for m in re.finditer("|".join(_LAB_HEADS), text):
        begin = lab_start(text, m.start())
        if begin == m.start():
            continue
        start, end = s.span(begin, m.end())
        if not any(x.start <= start and end <= x.end for x in out):
            out = [x for x in out if not (start <= x.start and x.end <= end)]
            out.append(Mention(start, end, "Organization", text[begin : m.end()], article))
    for b, e in studios(s) + (departments(s) if campus else []):
        if not any(s.local(x.start) <= b and e <= s.local(x.end) for x in out):
            start, end = s.span(b, e)
            out.append(Mention(start, end, "Organization", text[b:e], article))
    for m in _PLACE_SUFFIX.finditer(text):
        if m.group() == "楼" and _NUMERAL.fullmatch(text[m.start() - 1 : m.start()]):
            continue  # 一楼, 3楼: a floor
        begin = after_titles(text, name_start(text, m.start(), frozenset("m"), lac=lac), m.start())
        if m.group() in ROOMS:
            begin = room_start(text, begin, lac)
        if m.group() == "故居":  # (a former home named by its person, whom the walk back stops at: 王阳明故居)
            begin = next((t.start for t in s.tokens if t.tag == "PER" and t.end == m.start()), begin)
        if m.group() in NAMED_PLACE_SUFFIXES:
            # a zone's name holds no verb and no other zone (街道园区分包社区 is no name)
            verbs = [w.end for w in clause_words(text, m.start()) if begin <= w.start and w.end <= m.start() and w.pos == "v"
                     and lac.get(w.start) not in ("vn", "n", "nz")]  # LAC reads 创新楼's 创新 as a noun
            inner = [x.end() for x in _PLACE_SUFFIX.finditer(text, begin, m.start())]  # one zone after another
            # a verb the tagger reads where jieba joins it to a noun: 实地考察 before 青山综合市场
            # (where a name the tagger reads follows it: 跨海 of 黄茅海跨海通道 stays)
            named_at = [t.start for t in s.tokens if t.tag in ("LOC", "ORG") and t.end <= m.start()]
            verbs += [t.end for t in s.tokens if begin <= t.start and t.end <= m.start() and t.tag == "v"
                      and any(x >= t.end for x in named_at)]
            # (a body before the zone's name: the zone begins after it, 市人大常委会白沙开发区…; a body's office for the zone,
            # the zone unnamed, names none: 市政协高新区工作室)
            bodies = [x.end() for x in _BODY_BEFORE_ZONE.finditer(text, begin, m.start())]
            begin = max([begin, *verbs, *inner, *bodies])
            if not _proper(s, begin, m.start()) and not _level_venue(text, begin, m) and m.group() != "故居" \
                    or m.group() in _AREA_KINDS and not _named_area(text[begin : m.start()]) \
                    or m.group() in SITES and not _site_named(s, begin, m):
                continue
        if _divisions_ending(text, m.end()) <= begin or m.group() == "港区" and (_divisions_ending(
                text, m.start() - 1) <= begin < m.start() - 1 or text[m.start() - 1] in _LEVEL_CHARS):
            continue  # (北海铁山港区: divisions of the gazetteer, the last named as a zone is; 天津市大港区, a former one;
            # 黄岛区港区, the district's port area, no name of its own)
        if m.group().endswith("站") and text[m.end() : m.end() + 1] in ("路", "街", "大"):
            continue  # (青山火车站路: a road named for the station)
        area = _TOWN_AREA.match(text, begin)
        if area and m.start() - area.end() >= 2:
            begin = area.end()  # (县城金城广场: the square, in the county's town; a word of where it is, no part of its name)
        rank = _RANK.match(text, begin, m.start()) if m.group() in PLACE_SUFFIXES else None
        begin = rank.end() if rank else begin  # (a rank, not a name: 省级湿地公园, 4A级景区; 国家级白石湖湿地公园's)
        if m.group() in NAMED_PLACE_SUFFIXES and _opens_a_body(s, begin, m.end()):
            continue  # (临港新片区 of 临港新片区综合执法大队: the body's name, which the recognizers read whole)
        if (m.start() - begin >= 2 or _level_venue(text, begin, m)) and _aligned(text, m.start(), m.end()):
            start, end = s.span(begin, m.end())
            out.append(Mention(start, end, "Place", text[begin : m.end()], article))
    for b, e in routes(s):
        start, end = s.span(b, e)
        # a body named for the route opens with it (信阳至南阳高速公路管理处: the body, from the route's first place)
        body = _ROUTE_BODY.match(text, e)
        if body and not body.group().endswith(_LONG_SUFFIXES) and not any(t.tag == "ORG" and t.end == body.end()
                                                                          for t in s.tokens):
            body = None
        if body is None:
            out.append(Mention(start, end, "Place", text[b:e], article))
            continue
        end = s.span(b, body.end())[1]
        out = [x for x in out if not (start < x.start and x.end <= end)]  # (the body read from the route's middle)
        out.append(Mention(start, end, "Organization", text[b : body.end()], article))
    # 二道 + 白河镇: two places the tagger read side by side that spell a township of the gazetteer are that township,
    # when the first holds no division of its own (长春 + 中路街道, 端州区 + 黄岗街道 are a chain of two places)
    for t, u in zip(s.tokens, s.tokens[1:]):
        if t.tag == "LOC" and u.tag == "LOC" and t.end == u.start and t.text + u.text in towns() \
                and not find(t.text) and t.text not in towns():
            start, end = s.span(t.start, u.end)
            out.append(Mention(start, end, "Place", text[t.start : u.end], article))
    # 东街 + 社区: a place the tagger found, right before a community's or village's level, is one place with it
    villages = [t.end for t in s.tokens if t.tag == "LOC" and t.text.endswith("村") and len(t.text) >= 3]
    for t in s.tokens:
        level = _LOCALITY.match(text, t.end)
        # (not where a township of the place opens: 开化县 村头镇; nor the list's 等 the tagger read into a place, 红山等 村;
        # nor after a township of the gazetteer named whole, whose 村 opens a word: 白石镇 村道, 各镇 村干部)
        if t.tag == "LOC" and level and t.end - t.start >= 2 and not _LOCALITY.search(t.text) \
                and not t.text.endswith("等") and not (t.text.endswith(("镇", "乡")) and t.text in towns()) \
                and not any(b == t.end for b, _, _ in chain(text, t.start)) \
                and not worded_village(text[t.start : level.end()], text[level.end() : level.end() + 4]):
            start, end = s.span(t.start, level.end())
            out.append(Mention(start, end, "Place", text[t.start : level.end()], article))
            if level.group() == "村":
                villages.append(level.end())
    # 上洲村上屋组: a village's group (村民小组) right after the village; not a common word (专家组, 工作组)
    # nor a 组 that opens a word (青山村组织…, 组长)
    for end in villages:
        if (group := _GROUP.match(text, end)) and not in_dictionary(group.group()) \
                and any(w.end == group.end() for w in clause_words(text, group.start())):
            b, e = s.span(group.start(), group.end())
            out.append(Mention(b, e, "Place", group.group(), article))
    # 开封市十四中, 郑州一中: a city's numbered school
    for m in NUMBERED_SCHOOL.finditer(text):
        if not any(w.end == m.end() for w in clause_words(text, m.start())):
            continue  # 郑州一小时, 洛阳一小区: no school
        lead = max(0, m.start() - 6)
        begin = next((lead + b for b, e, _, _ in find(text[lead : m.start()]) if lead + e == m.start()), None)
        if begin is not None:
            start, end = s.span(begin, m.end())
            out.append(Mention(start, end, "Organization", text[begin : m.end()], article))
    # 市应急局督导组, 平安乡代表队: a body's or a place's group or team, named by what it does in a noun of the dictionary
    for t in s.tokens:
        team = (next((w for w in clause_words(text, t.end) if w.start == t.end), None) if t.tag in ("ORG", "LOC")
                else None)
        if team is not None and len(team.text) == 3 and team.text[-1] in "组队" and team.pos == "n" \
                and in_dictionary(team.text) and _TEAM_ACTS.match(text, team.end):
            start, end = s.span(t.start, team.end)
            out.append(Mention(start, end, "Organization", text[t.start : team.end], article))
    # 我院行政一支部: a branch named by its field (a noun of its own, not the end of another word) and its number
    for m in _NUMBERED_BRANCH.finditer(text):
        field = next((w for w in clause_words(text, m.start() - 1) if w.end == m.start()), None)
        if (field is not None and len(field.text) >= 2 and field.pos in ("n", "vn")
                and not any(s.local(x.start) < m.end() and field.start < s.local(x.end) for x in out)):
            start, end = s.span(field.start, m.end())
            out.append(Mention(start, end, "Organization", text[field.start : m.end()], article))
    # 白沙县发展和改革局机关第二党支部, 青山邮政管理局一分局: a numbered branch or unit right after a body the tagger reads
    # is the body's, named whole
    for m in (*_NUMBERED_BRANCH.finditer(text), *_NUMBERED_UNIT.finditer(text)):
        body = next((t for t in s.tokens if t.tag == "ORG" and t.end == m.start() and t.end - t.start >= 3), None)
        if body is not None:
            start, end = s.span(body.start, m.end())
            out.append(Mention(start, end, "Organization", text[body.start : m.end()], article))
    # 由青山新闻网承办: an outlet (a site, a paper, a station) that hosts an event, a body by where it stands
    for m in _OUTLET_HOSTS.finditer(text):
        if not any(s.local(x.start) <= m.start(1) < s.local(x.end) for x in out):
            start, end = s.span(m.start(1), m.end(1))
            out.append(Mention(start, end, "Organization", m.group(1), article))
    # “青山之光”党员服务队, “法律援助”律师团: a quoted name, then a body's head that ends a word: one body, the quotes in it
    # (and the place or the level that names it right before the quotes: 市“扫黄打非”工作领导小组办公室; an office by
    # its one character, 办, only after them: 青山县“扫黄打非”办)
    for m in _quoted_body().finditer(text):
        begin = _placed_before(s, m.start())
        if _quoted_team(s, m.start(), m.end()) or begin < m.start() and _quoted_office(text, m.start(), m.end()):
            out = [x for x in out if not (begin <= s.local(x.start) and s.local(x.end) <= m.end())]
            start, end = s.span(begin, m.end())
            out.append(Mention(start, end, "Organization", text[begin : m.end()], article))
    # “青山热心服务小组”: a body's name whole in quotes
    for m in _QUOTED_NAME.finditer(text):
        if _quoted_whole(text, m) and not any(s.local(x.start) < m.end() and m.start() < s.local(x.end) for x in out):
            start, end = s.span(m.start(1), m.end(1))
            out.append(Mention(start, end, "Organization", m.group(1), article))
    for pattern, type_ in ((_BUS, "Organization"), (_ROAD, "Place")):
        for m in pattern.finditer(text):
            start, end = s.span(m.start(), m.end())
            out.append(Mention(start, end, type_, m.group(), article))
    for b, e in counted_bodies(text):
        if not any(s.local(x.start) <= b and e <= s.local(x.end) for x in out):
            start, end = s.span(b, e)
            out.append(Mention(start, end, "Organization", text[b:e], article))
    for b, e in batch_teams(s):
        start, end = s.span(b, e)
        out = [x for x in out if not (x.type == "Organization" and start <= x.start and x.end <= end)]
        out.append(Mention(start, end, "Organization", text[b:e], article))
    for b, e in listed_units(text, [(s.local(m.start), s.local(m.end)) for m in out if m.type == "Organization"]):
        start, end = s.span(b, e)
        out.append(Mention(start, end, "Organization", text[b:e], article))
    return _within_agreed(_joined(out, s), s)


def worded_village(name: str, after: str = "") -> bool:
    """Whether a place read as a village is a word of another kind before 村, by what follows it: a numeral (三村将同步…),
    or a verb or an adjective with the rest of a common phrase after it (发展壮大村集体经济, 包村干部, “四季村晚”), where the
    training data names no such place. Villages named by such words are many (团结村, 幸福村, 建设村): without what
    follows, the name stays.

    Examples:
        >>> worded_village("壮大村", "集体经济"), worded_village("三村", "将同步"), worded_village("包村", "干部")
        (True, True, True)
        >>> worded_village("团结村", "召开村民大会"), worded_village("共和村", "集体经济"), worded_village("青山", "")
        (False, False, False)
    """
    if not name.endswith("村") or len(name) > 4 or name in training_places():
        return False
    ws = words(name[:-1])
    if len(ws) != 1:
        return False
    return ws[0].pos == "m" or ws[0].pos in ("v", "vn", "a", "ad", "d") and after.startswith(_VILLAGE_PHRASES)


# What follows 村 in a common phrase of village work: 村集体经济, 村级, 村干部, 村晚 (a village gala).
_VILLAGE_PHRASES = ("集体", "级", "干部", "晚", "两委", "民小组")


# A hospital's internal and surgical departments (普内科, 心内科, 胸外科).
_CLINICS = ("内科", "外科")


@lru_cache(maxsize=1)
def clinic_organs() -> frozenset[str]:
    """The characters that name a department of internal medicine or surgery before 内科 or 外科, as jieba's dictionary
    spells such departments (心内科, 普外科, 胸外科): 普内科 is a department, 的内科 none.

    Examples:
        >>> {"心", "普", "胸"} <= clinic_organs(), "的" in clinic_organs()
        (True, False)
    """
    return frozenset(w[0] for w in dictionary_words() if len(w) == 3 and w.endswith(_CLINICS) and w[0] not in "内外")


def _within_agreed(found: list[Mention], s: Sentence) -> list[Mention]:
    """Leave out a body read by an inner head (银行 of 人民银行征信中心) that ends inside a longer organisation both
    recognizers read, from the same start or within it, the one ending where no head of ours does (a unit with a
    head of its own, 青山电力公司黄河电厂, is read as two): that name is the body (its head, 征信中心, too rare in
    the labeled data to be learned), and this mention, of a lower rank, would win over it.

    Examples:
        >>> from kg.text import parse
        >>> from kg.extract import run
        >>> [m.text for m in run(parse("人民银行征信中心主任孙梅作了讲话。"), ["ensemble", "organization"])[0]
        ...  if m.type == "Organization"]
        ['人民银行征信中心']
    """
    agreed = [(b, e) for t in s.tokens if t.tag == "ORG"
              for b, e in [(t.start, t.end)] if (b, e, "ORG") in s.names.get("news", ())]
    return [m for m in found if m.type != "Organization" or not any(
        b <= s.local(m.start) and s.local(m.end) < e and not s.text[s.local(m.end) : e].endswith(tuple(SUFFIXES))
        and not any(s.local(x.end) == e for x in found if x.type == "Organization") for b, e in agreed)]


def _joined(found: list[Mention], s: Sentence) -> list[Mention]:
    """A body whose walk stopped inside another body that ends within it, right after that one's head, is that
    body's unit and named with it: …遗传与发育生物学研究所 + 发育生物学研究所农业资源研究中心 is one name.

    Examples:
        >>> from kg.text import parse
        >>> s = parse("青山科学院遗传与发育研究所农业中心").articles[0].sentences[0]
        >>> ms = [Mention(0, 13, "Organization", "青山科学院遗传与发育研究所", 1), Mention(8, 17, "Organization", "发育研究所农业中心", 1)]
        >>> [m.text for m in _joined(ms, s)]
        ['青山科学院遗传与发育研究所', '青山科学院遗传与发育研究所农业中心']
    """
    orgs = [m for m in found if m.type == "Organization"]
    out = []
    for m in found:
        inner = next((o for o in orgs if o.start < m.start < o.end < m.end
                      and s.text[s.local(m.start) : s.local(o.end)].endswith(tuple(SUFFIXES))), None)
        if inner is not None:
            b, e = s.local(inner.start), s.local(m.end)
            m = Mention(inner.start, m.end, m.type, s.text[b:e], m.article)
        out.append(m)
    return out


_LIST_ITEM = re.compile(r"[\u4e00-\u9fff]{1,5}")
# Their staff, after such a list and in its clause: 学生处、保卫处的值班老师, 学生处、保卫处负责人 (签字处、报到处 are
# places; 报到处的工作人员 too: not 工作人员)
_STAFF = re.compile(r"[^，,。；;！？!?]{0,20}?(?:负责人|负责同志|老师|领导|干部|处长|主任)")
_TWO_UNITS = re.compile(r"(?<![\u4e00-\u9fff])([\u4e00-\u9fff]{2,5}([处办]))[、和及]([\u4e00-\u9fff]{2,5}\2)"
                        r"(?=[、和及的等]|负责|领导|处长|主任|[^\u4e00-\u9fff]|$)")  # (…等部门负责人)


def listed_units(text: str, bodies: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Offices named in a list beside a body with the same head (资产管理处、保卫处和学生处): each item
    between the list's marks (、, 和, 及) that ends with that head, two to six characters long; ``bodies``
    are the spans of the bodies the sentence names.

    Examples:
        >>> t = "青山大学设备处、保卫处和学生处负责人参加。"
        >>> [t[b:e] for b, e in listed_units(t, [(0, 7)])]
        ['保卫处', '学生处']
        >>> t = "会上，人事处、保卫处和教务处负责人发言。"
        >>> [t[b:e] for b, e in listed_units(t, [])]
        ['人事处', '保卫处', '教务处']
        >>> t = "学生处、保卫处、后勤服务中心的老师参加。好处和难处。签字处、报到处设在一楼。"
        >>> [t[b:e] for b, e in listed_units(t, [(8, 14)])]
        ['学生处', '保卫处']
        >>> t = "会上，人事处、财务处等单位负责人发言。"
        >>> [t[b:e] for b, e in listed_units(t, [])]
        ['人事处', '财务处']
    """
    out: list[tuple[int, int]] = []
    taken = set(bodies)
    # two offices in a row with one head open a list of their own (学生处、保卫处、后勤服务中心)
    for m in _TWO_UNITS.finditer(text):
        if not _STAFF.match(text, m.end()):
            continue
        for b, e in ((m.start(1), m.end(1)), (m.start(3), m.end(3))):
            if (b, e) not in taken and _whole(text, b, e):
                out.append((b, e))
                taken.add((b, e))
    for b, e in [*bodies, *out]:
        head = text[e - 1 : e]
        if head not in _UNIT_HEADS:
            continue
        at = e  # the items after the body
        while (join := next((j for j in ("、", "和", "及") if text.startswith(j, at)), None)) is not None:
            item = _LIST_ITEM.match(text, at + len(join))
            end = next((k + 1 for k in range(item.end() - 1, item.start(), -1) if text[k] == head), None) if item else None
            if end is None or not 2 <= end - item.start() <= 6 or not _listed_whole(text, item.start(), end) \
                    or _verb_at(text, end):
                break  # (…、县政府办、团县委承办的…: the list's last body, then the verb of those listed)
            if (item.start(), end) not in taken:
                out.append((item.start(), end))
                taken.add((item.start(), end))
            at = end
        at = b  # and before it
        while at > 0 and text[at - 1] in "、和及":
            start = at - 1
            while start > 0 and "\u4e00" <= text[start - 1] <= "\u9fff" and at - 1 - start < 6:
                start -= 1
            start = max(start, at - 7)
            if not (text.endswith(head, 0, at - 1) and 2 <= at - 1 - start <= 6 and _whole(text, start, at - 1)
                    and (start == 0 or not "\u4e00" <= text[start - 1] <= "\u9fff")):
                break
            if (start, at - 1) not in taken:
                out.append((start, at - 1))
                taken.add((start, at - 1))
            at = start
    return out


# A list the text counts as bodies: …、…和…等四家社团 (the count says the items are the bodies, each named)
_COUNTED = re.compile(r"等([两二三四五六七八九十]{1,3}|\d{1,2})[家个所支](?:[\u4e00-\u9fff]{0,4}?)"
                      r"(?:社团|协会|单位|企业|公司|学校|高校|医院|机构|组织|团体|部门|银行|商会)")
_ITEM = re.compile(r"[\u4e00-\u9fff]{2,10}")


def counted_bodies(text: str) -> list[tuple[int, int]]:
    """The items of a list of bodies that the text counts (话剧社、街舞社、辩论社等三家社团): where the number of
    items, split at 、 (和 or 及 before the last), is the count after 等, each item of two to ten characters on
    jieba's word boundaries is a body.

    Examples:
        >>> t = "摄影协会、话剧社和辩论社等三家社团参加。青山、红星等两家单位的人到了，甲、乙和丙等两家企业。"
        >>> [t[b:e] for b, e in counted_bodies(t)]
        ['摄影协会', '话剧社', '辩论社', '青山', '红星']
        >>> [text[b:e] for text in ["红星公司和平安公司等两家企业"] for b, e in counted_bodies(text)]
        ['红星公司', '平安公司']
    """
    out = []
    for m in _COUNTED.finditer(text):
        clause = re.split(r"[，,。；;：:！？!?（）()“”]", text[: m.start()])[-1]
        begin = m.start() - len(clause)
        items, at = [], begin
        for piece in clause.split("、"):
            items.append((at, at + len(piece)))
            at += len(piece) + 1
        # 和 or 及 before the last item, where jieba reads it as a word of its own (not 和 of 和平)
        b, e = items[-1]
        join = next((w for w in clause_words(text, b) if b < w.start and w.end < e and w.text in ("和", "及")), None)
        if join is not None:
            items[-1:] = [(b, join.start), (join.end, e)]
        # (the first item is what follows the clause's last word that is no name: 隶属于学院的 before it)
        first = next((w.end for w in reversed(clause_words(text, begin)) if begin <= w.start and w.end <= items[0][1]
                      and w.pos in STOP_POS), None)
        if first is not None:
            items[0] = (first, items[0][1])
        if len(items) < 2 or len(items) != chinese_number(m.group(1)):
            continue
        if all(_ITEM.fullmatch(text, b, e) and _whole(text, b, e) for b, e in items):
            out.extend(items)
    return out


# A contingent a body or a place sends, named by its batch (第十二批援藏医疗队, 第43批护航编队, 第二批“组团式”援疆
# 医疗队): the ordinal, a few words of where it goes and what it does, and a word that ends with 队. Not a generic team
# (团队, 梯队) nor a count (两批医疗队: no ordinal).
_BATCH_TEAM = re.compile(r"第[一二三四五六七八九十百零〇\d]{1,4}批((?:(?![的了是和与及被到把在第])[\u4e00-\u9fff]"
                         r"|“[^“”，,。]{1,8}”|[（(][\u4e00-\u9fff]{1,3}[）)]){1,14}?)(?<![团梯])队")
# The words of its mission a contingent's name holds: where it is sent (援藏, 赴马里) and what it does (护航, 维和).
_MISSION = ("援", "赴", "护航", "维和")
_TEAM_WORDS = ("编队", "部队", "分队")  # (the words of two characters that name a team; 带队, 领队 are acts)


def _batch_words(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]``, between a batch's 批 and the end of its 队, is a contingent's name: nouns and the
    words of its mission (:data:`_MISSION`), no other verb (第一批志愿者加入…救援队: a clause; :data:`_BATCH_TEAM` holds no
    function word), ending with a team's word (医疗队, 编队; not 带队).

    Examples:
        >>> [_batch_words(t, 0, len(t)) for t in ("援藏医疗队", "护航编队", "志愿者加入了蓝天救援队", "援疆干部带队")]
        [True, True, False, False]
    """
    ws = [w for w in words(text[start:end]) if w.pos != "x"]
    last = ws[-1].text if ws else ""
    return (len(last) >= 3 or last in _TEAM_WORDS) and last.endswith("队") and not any(
        w.pos.startswith("v") and not w.text.startswith(_MISSION) for w in ws[:-1])


def batch_teams(s: Sentence) -> list[tuple[int, int]]:
    """Contingents named by their batch (:data:`_BATCH_TEAM`, :func:`_batch_words`), where a word of jieba's ends at
    队; with the body or the place the tagger reads, or the division, right before the ordinal, which sends them
    (扬州市第三批援疆医疗队). Not a team stationed in a village (第二批驻村工作队: :func:`stationed_teams` reads its sender).

    Examples:
        >>> from kg.text import parse
        >>> from kg.tagger import tag_documents
        >>> doc = parse("青山县第三批援疆医疗队出发。为第五批驻村工作队送行。第一批团队组建。")
        >>> _ = tag_documents([doc])
        >>> [x.text[b:e] for x in doc.articles[0].sentences for b, e in batch_teams(x)]
        ['青山县第三批援疆医疗队']
    """
    text = s.text
    out = []
    for m in _BATCH_TEAM.finditer(text):
        if not any(w.end == m.end() and w.start < m.end() - 1 for w in clause_words(text, m.end() - 1)):
            continue  # (队 runs into the next word: 队伍)
        if not _batch_words(text, m.start(1), m.end()) or STATIONED.search(m.group()):
            continue
        lead = max(0, m.start() - 8)
        owners = [t.start for t in s.tokens if t.tag in ("ORG", "LOC") and t.end == m.start()]
        owners += [lead + b for b, e, _, _ in find(text[lead : m.start()]) if lead + e == m.start()]  # (a division)
        out.append((min(owners, default=m.start()), m.end()))
    return out


def _whole(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` begins and ends on jieba's word boundaries (保卫处, not 卫处) and opens with
    no word that opens no name (由, 据 of 由生态环境部).

    Examples:
        >>> _whole("保卫处", 0, 3), _whole("保卫处", 1, 3), _whole("由生态环境部", 0, 6)
        (True, False, False)
    """
    ws = clause_words(text, start)
    first = next((w for w in ws if w.start == start), None)
    return (first is not None and first.pos not in STOP_POS and first.text not in STOP_WORDS
            and any(w.end == end for w in ws))


def _verb_at(text: str, end: int) -> bool:
    """Whether a verb of two characters ends at ``end``, where a one-character head (办) would close a body: 承办, 创办.

    Examples:
        >>> _verb_at("团县委承办的活动", 5), _verb_at("县文明办主任", 4)
        (True, False)
    """
    return any(w.end == end and w.start == end - 2 and w.pos == "v" for w in clause_words(text, end - 1))


def _listed_whole(text: str, start: int, end: int) -> bool:
    """An item of a list of bodies on jieba's word boundaries (:func:`_whole`), or one whose last character jieba glues
    to the 及 or 和 that goes on with the list (公证处及: 处及 read as one word).

    Examples:
        >>> t = "档案工作处、宣传工作处及外事工作处"
        >>> _whole(t, 6, 11), _listed_whole(t, 6, 11)
        (False, True)
    """
    return _whole(text, start, end) or text[end : end + 1] in ("及", "和") and _whole(text, start, end + 1)


@register("organization", finds_mentions=True, rank=2)
def extract(doc: Document, mentions: list[Mention]) -> list[Mention]:
    """Organization mentions found by their suffix, bus lines and numbered roads."""
    out = []
    for a in doc.articles:
        found = [m for s in a.sentences
                 for m in sentence_mentions(s, a.index, _SCHOOL_NEWS.search(doc.text, a.start, a.end) is not None)]
        out += stationed_teams(named_alone(_undated(found, doc.text)), a, doc.text)
    # (people in the plural open no body's name: 孩子们学会如何…, where 学会 is "learn"; 3 of the 9,507 training names
    # hold 们, all in quotes)
    out = [m for m in out if "们" not in unquoted(m.text) and not rooms_listed(doc.text, m.start, m.end)]
    # (nor a kind of body named for every township or each unit: 乡镇人民政府, 乡镇(街道)党委, 各乡镇人民政府)
    out = [m for m in out if not _EVERY_UNITS_BODY.fullmatch(m.text)]
    # (a square a town's name opens: 开张镇文化广场, not 张镇文化广场)
    out = every_levels_bodies_out(referred_division_cut(at_an_event_cut(out, doc.text), doc.text), doc.text)
    return editions_cut(opening_places(counted_tail_cut(out), doc.text), doc.text)


# The government or the party committee of every township (乡镇人民政府, 乡镇（街道）党委) or of each unit (各乡镇人民政府,
# 各县区政府): a kind of body, no body (乡镇企业局, a bureau of township enterprises, is one).
_EVERY_UNITS_BODY = re.compile(r"(?:各[\u4e00-\u9fff]{0,3}?|乡镇(?:[（(]街道[）)])?)(?:人民政府|政府|党委|党工委|纪委)")


# What follows a group or a team that acts or is named by its members (督导组一行, 代表队队员, 调研组赴…): not a contest's
# class or a study's arm (少年组冠军, 对照组患者).
_TEAM_ACTS = re.compile(r"一行|成员|副?(?:组长|队长)|队员|赴|到|来|深入|前往|走进|进驻|抵达|先后|对|在|于|开展|召开|督导|检查|调研"
                        r"|荣获|获得|夺得")
# The rest of a list that the text closes as rooms (…、便民活动室等功能场室; …服务站等功能室): its items are no bodies
# (母婴室, 党群共建室, 法律服务站 there are rooms of a centre).
_ROOM_KIND = r"[\u4e00-\u9fff]{0,4}(?:场室|功能室|活动室)(?![\u4e00-\u9fff])"  # (not …公共场所: parks, squares)
_ROOMS_AFTER = re.compile(r"(?:[、和及][^，,。；;：:、]{1,20})*等" + _ROOM_KIND)


def editions_cut(found: list[Mention], text: str) -> list[Mention]:
    """A body named with the term its officers serve (第一届护理学会理事长, 第三届理事会) is the body alone: the term
    is no part of its name (护理学会, 理事会), as an event's edition is of the event's (第三届运动会); a body set up
    for an edition of an event keeps it (第四届青山残运会组委会).

    Examples:
        >>> t = "第一届护理学会理事长王五作报告"
        >>> [(m.text, m.start) for m in editions_cut([Mention(0, 7, "Organization", "第一届护理学会", 1)], t)]
        [('护理学会', 3)]
        >>> t = "新一届社区居委会成员，往届村委会，白石村新一届村委会"
        >>> found = [Mention(0, 8, "Organization", "新一届社区居委会", 1), Mention(11, 16, "Organization", "往届村委会", 1),
        ...          Mention(17, 26, "Organization", "白石村新一届村委会", 1)]
        >>> [(m.text, m.start) for m in editions_cut(found, t)]
        [('社区居委会', 3), ('村委会', 13), ('白石村新一届村委会', 17)]
    """
    out = []
    for m in found:
        edition = (_EDITION.match(m.text) or _TERM.match(m.text)) if m.type == "Organization" else None
        if edition and len(m.text) - edition.end() >= 2 and not m.text.endswith(_FOR_AN_EVENT):
            m = replace(m, start=m.start + edition.end(), text=m.text[edition.end() :])
        out.append(m)
    return out


# A body's term, an event's edition: 第一届, 第12届.
_EDITION = re.compile(r"第[一二三四五六七八九十百零〇\d]+届")
# An event's or a census's edition, its year before it, right before a body set up for it (2022年第四届, 第四次).
_EVENTS_EDITION = re.compile(r"(?:\d{4}年)?第[一二三四五六七八九十百零〇\d]+[届次]$")
# The heads of bodies set up for an event or a census, whose edition is the event's (第四届运动会组委会).
_FOR_AN_EVENT = ("组委会", "组织委员会", "筹委会", "执委会", "领导小组", "领导小组办公室")
# A term named by its place among others, opening a body's name (新一届社区居委会, 往届村委会: no community's or village's
# name holds 届); after a place (青山社区新一届社区居委会) the name stays, the place's.
_TERM = re.compile(r"(?:新一|上一|下一|本|上|下|往|历|新)届")


def after_tenure(found: list[Mention], text: str) -> list[Mention]:
    """The mentions, each begun after a word of tenure (:data:`TENURE`) that it holds or begins inside (任县 of
    曾任县教育局局长, 时任县 of 时任县联社主任): the rest, where more than a level's character is left.

    Examples:
        >>> t = "曾任县教育局局长的王五，时任县长"
        >>> [m.text for m in after_tenure([Mention(1, 6, "Organization", "任县教育局", 1),
        ...                                Mention(12, 15, "Place", "时任县", 1)], t)]
        ['县教育局']
    """
    out = []
    for m in found:
        word = next((w for w in TENURE if text.startswith(w, m.start - 1) or text.startswith(w, m.start)), None)
        if word is not None and m.end - m.start == len(m.text) and m.type != "Person":  # (任正非 of 当时任正非 stays)
            cut = m.start - 1 + len(word) if text.startswith(word, m.start - 1) else m.start + len(word)
            if m.end - cut <= 1:
                continue
            m = Mention(cut, m.end, m.type, text[cut : m.end], m.article, m.extractor)
        out.append(m)
    return out


def rooms_listed(text: str, start: int, end: int) -> bool:
    """Whether the name from ``start`` to ``end`` is an item of a list the text closes as rooms, or that kind itself
    after the list's 等.

    Examples:
        >>> t = "中心配备阅览角、母婴室、党员活动室、便民服务室等功能场室。"
        >>> rooms_listed(t, 8, 11), rooms_listed(t, t.index("功能场室"), t.index("功能场室") + 4)
        (True, True)
        >>> rooms_listed("青山社区党群服务中心正式启用。", 0, 10), rooms_listed("青山小学和一级公路等基础设施项目", 0, 4)
        (False, False)
    """
    return _ROOMS_AFTER.match(text, end) is not None or text.endswith("等", 0, start) and re.fullmatch(
        _ROOM_KIND, text[start:end]) is not None


# A count of bodies after a body's name (合作社3家合作社, 公司等5家企业): where the name ends.
_COUNT_AFTER = re.compile(r"等?(?:\d{1,3}|[两二三四五六七八九十]{1,3})[家个所支][\u4e00-\u9fff]{1,6}$")


def at_an_event_cut(found: list[Mention], text: str) -> list[Mention]:
    """Bodies and places the taggers read from a meeting's 会上 on (会上县财政局通报…): the name after it, where two
    characters or more are left.

    Examples:
        >>> [m.text for m in at_an_event_cut([Mention(0, 6, "Organization", "会上县财政局", 1)], "会上县财政局通报")]
        ['县财政局']
        >>> [m.text for m in at_an_event_cut([Mention(0, 4, "Place", "会上村", 1)], "会上村")]  # (a village's name)
        ['会上村']
    """
    out = []
    for m in found:
        at = AT_AN_EVENT.match(m.text) if m.type in ("Organization", "Place") else None
        if at and len(m.text) - at.end() >= 2 and m.end - m.start == len(m.text):
            m = replace(m, start=m.start + at.end(), text=m.text[at.end() :])
        out.append(m)
    return out


# A division named by its level after 我, 本 or 该: the publisher's own (我县, 本市) or the one the text named before (该县).
REFERRED_DIVISION = re.compile("[我本该][省市县区州旗盟镇乡]")


def referred_division_cut(found: list[Mention], text: str) -> list[Mention]:
    """Bodies the taggers read with 我县, 本市 or 该县 in front (该县农机局): the name from the level on before a common
    one (县农机局, the county's bureau, which resolution reads as the county's the article names), after the division
    before a proper one (该县天宝公司: 天宝公司), where two characters or more are left.

    Examples:
        >>> t = "由该县农机局主办，该县天宝公司承办，该镇镇政府协办"
        >>> [m.text for m in referred_division_cut([Mention(1, 6, "Organization", "该县农机局", 1),
        ...                                         Mention(9, 15, "Organization", "该县天宝公司", 1),
        ...                                         Mention(18, 23, "Organization", "该镇镇政府", 1)], t)]
        ['县农机局', '天宝公司', '镇政府']
        >>> t = "在该乡石寨村村委会"  # (read from the level on: 乡石寨村村委会)
        >>> [m.text for m in referred_division_cut([Mention(2, 9, "Organization", "乡石寨村村委会", 1)], t)]
        ['石寨村村委会']
    """
    out = []
    for m in found:
        own = None
        if m.type == "Organization":  # (the mention opens at 该 or at the level after it)
            own = REFERRED_DIVISION.match(text, m.start) or REFERRED_DIVISION.match(text, max(0, m.start - 1))
        # (the level said again after it opens the name: 该镇镇政府, 该县县人民医院)
        b = (own.end() if text.startswith(own.group()[1], own.end()) else own_start(text, own)) if own else 0
        if own is not None and m.end - m.start == len(m.text) and m.end - b >= 2:
            m = replace(m, start=b, text=text[b : m.end])
        out.append(m)
    return out


# 各 and a level or 级 after a name's first character: the bodies of every such division of a place, no one body
# (襄阳市各县, 地方各级党委).
_OF_EVERY_LEVEL = re.compile(r"各(?:级|[省市县区乡镇村])")


def every_levels_bodies_out(found: list[Mention], text: str = "") -> list[Mention]:
    """Without the bodies whose name holds 各 and a level or 级 after a place or a word (襄阳市各县 of 襄阳市各县市区农机局,
    地方各级党委), or that 各 stands right before (各县市区农机局): bodies of every such division, no one body's name (not
    各国议会联盟, 社会各界; a name that opens with 各, 各县区城管局, is the kind of body the units of a list are: the
    relations read it). A division's name before 各 stays, a place (渠县 of 渠县各级人民法院).

    Examples:
        >>> t = "襄阳市各县和各县市区农机局，各国议会联盟"
        >>> found = [Mention(0, 5, "Organization", "襄阳市各县", 1), Mention(7, 13, "Organization", "县市区农机局", 1),
        ...          Mention(14, 20, "Organization", "各国议会联盟", 1)]
        >>> [(m.text, m.type) for m in every_levels_bodies_out(found, t)]
        [('襄阳市', 'Place'), ('各国议会联盟', 'Organization')]
    """
    out = []
    for m in found:
        each = _OF_EVERY_LEVEL.search(m.text, 1) if m.type == "Organization" else None
        if each is None and not (m.type == "Organization" and m.start > 0 and text[m.start - 1 : m.start] == "各"
                                 and m.end - m.start == len(m.text)):
            out.append(m)
        elif each is not None and spelled_by_divisions(m.text[: each.start()]) and m.end - m.start == len(m.text):
            out.append(replace(m, end=m.start + each.start(), text=m.text[: each.start()], type="Place"))
    return out


def counted_tail_cut(found: list[Mention]) -> list[Mention]:
    """The bodies, each without a count of bodies that taggers read into the end of its name where the name before
    the count closes as a body's does (青山县春生种植专业合作社7家合作社, the last of a list of seven: 青山县春生种植专业
    合作社).

    Examples:
        >>> [m.text for m in counted_tail_cut([Mention(0, 17, "Organization", "青山县春生种植专业合作社7家合作社", 1),
        ...                                    Mention(20, 25, "Organization", "四个一工程", 1)])]
        ['青山县春生种植专业合作社', '四个一工程']
    """
    out = []
    for m in found:
        count = _COUNT_AFTER.search(m.text) if m.type == "Organization" and m.end - m.start == len(m.text) else None
        if count is not None and count.start() >= 4 and m.text[: count.start()].endswith(tuple(SUFFIXES)):
            m = Mention(m.start, m.start + count.start(), m.type, m.text[: count.start()], m.article, m.extractor)
        out.append(m)
    return out


def _undated(found: list[Mention], text: str) -> list[Mention]:
    """The bodies, less a date's or a clock's unit read into the start of a name after its number (月份 of 6月份市委宣传部,
    which a unit's walk from 市委 reads).

    Examples:
        >>> t = "6月份市委宣传部开展活动"
        >>> [m.text for m in _undated([Mention(1, 8, "Organization", "月份市委宣传部", 1)], t)]
        ['市委宣传部']
    """
    out = []
    for m in found:
        unit = _TIME_UNIT.match(text, m.start) if m.start > 0 and m.end - m.start == len(m.text) else None
        if unit is not None and m.end - unit.end() >= 2:
            m = Mention(unit.end(), m.end, m.type, text[unit.end() : m.end], m.article, m.extractor)
        out.append(m)
    return out


def named_alone(found: list[Mention]) -> list[Mention]:
    """An article's bodies, less what opens a name before a body the article also names alone, when that
    is a verb (共建 of 共建青山种业集团) or a body and 与/和/及 (青农大与青山种业集团): the walk or the tagger
    read over it, but the article's own use says where the name begins.

    Examples:
        >>> ms = [Mention(0, 8, "Organization", "共建青山种业集团", 1), Mention(9, 15, "Organization", "青山种业集团", 1),
        ...       Mention(20, 29, "Organization", "青农大与青山种业集团", 1), Mention(30, 37, "Organization", "工业和信息化部", 1)]
        >>> [m.text for m in named_alone(ms)]
        ['青山种业集团', '青山种业集团', '青山种业集团', '工业和信息化部']
        >>> [m.text for m in named_alone([Mention(0, 6, "Organization", "太和县总工会", 1),
        ...                               Mention(9, 13, "Organization", "县总工会", 1)])]
        ['太和县总工会', '县总工会']
        >>> [m.text for m in named_alone([Mention(0, 8, "Organization", "市妇联和县总工会", 1),
        ...                               Mention(9, 13, "Organization", "县总工会", 1)])]
        ['县总工会', '县总工会']
    """
    alone = {m.text for m in found}
    out = []
    for m in found:
        rest = max((o for o in alone if m.text.endswith(o) and len(m.text) - len(o) >= 2), key=len, default=None)
        if rest is not None:
            opening = m.text[: len(m.text) - len(rest)]
            spelled = words(opening)
            # (not where the cut falls inside a division's name: 和 of 太和县, 太和县总工会 before 县总工会 named alone)
            inside = any(b < len(opening) - 1 and len(opening) < e for b, e, _, _ in find(m.text))  # (not 和县 of
            # 市妇联和县总工会: the division opens at the conjunction)
            if (opening.endswith(("与", "和", "及")) or len(spelled) == 1 and spelled[0].pos == "v") and not inside:
                m = Mention(m.end - len(rest), m.end, m.type, rest, m.article)
        out.append(m)
    return out


# A team stationed in a village or a community, after who sends it or where it is from: 驻, the village (or none: 驻村),
# the kind of its work, the team (not 工作队员, 工作队伍).
STATIONED = re.compile(r"驻(?P<village>[\u4e00-\u9fff]{1,12}?(?:村|社区))?(?:村|社区)?"
                       r"(?:帮扶|帮镇扶村|乡村振兴|扶贫|脱贫攻坚|定点帮扶)?工作[队组](?![员伍])")


def stationed_teams(found: list[Mention], a: Article, text: str) -> list[Mention]:
    """The article's bodies, and the teams a body sends to a village (青山县审计局驻白石村工作队, 青山银行驻村乡村振兴
    工作队): the body, 驻, the village and the team are one name. The body is the one the walk or the tagger reads right
    before 驻, or one read back from its head (县经信局, which jieba cuts 县经 信局); with none before 驻 a team is no
    body's (14支驻村工作队, 选派乡村振兴工作队: none here; a place's, 白石村驻村工作队, the recognizer reads whole).

    Examples:
        >>> from kg.text import parse
        >>> doc = parse("县审计局驻白石村工作队修路，青山银行驻村乡村振兴工作队入驻，有14支驻村工作队")
        >>> found = [Mention(0, 4, "Organization", "县审计局", 1), Mention(14, 18, "Organization", "青山银行", 1)]
        >>> [m.text for m in stationed_teams(found, doc.articles[0], doc.text)]
        ['县审计局', '青山银行', '县审计局驻白石村工作队', '青山银行驻村乡村振兴工作队']
    """
    bodies = {m.end: m for m in found if m.type == "Organization"}
    for s in a.sentences:
        for t in s.tokens:
            if t.tag == "ORG":
                b, e = s.span(t.start, t.end)
                bodies.setdefault(e, Mention(b, e, "Organization", text[b:e], a.index))
    # (a team the walk read from 驻 or after it, no body's: 派驻东山村工作队, 选派的驻东山村工作队)
    out = [m for m in found
           if not (STATIONED.search(m.text) and (m.text.startswith("驻") or text[m.start - 1 : m.start] == "驻"))]
    for m in STATIONED.finditer(text, a.start, a.end):
        at = m.start()
        body = bodies.get(at)
        head = None if body else next((h for h in _heads().finditer(text, max(0, at - 6), at) if h.end() == at), None)
        if head is not None:
            # (a body no walk here read, before 驻: 县经信局 of 县经信局驻…工作队; its level with it)
            begin = _level_alone(text, _division_before(text, name_start(text, head.start())))
            if at - begin > len(head.group()):
                body = Mention(begin, at, "Organization", text[begin:at], a.index)
        if body is not None:
            # (in the walk's place, where it read the name from further back: 今年以来市审计局驻…工作队)
            out = [x for x in out if x.end != m.end()]
            out.append(Mention(body.start, m.end(), "Organization", text[body.start : m.end()], a.index))
    return out
