"""Named entities from the statistical tagger: Person, Place, Organization.

The tagger is Baidu's LAC (see :mod:`kg.tagger`; extractor ``ner``), the
trained recognizer on top of LAC's encoder (see :mod:`kg.neural`; extractors
``neural`` and ``neural-fine``), or, by default, LAC's names that the trained
recognizer confirms and its own where it is sure (extractor ``ensemble``,
:func:`confirmed_spans`, :func:`model_wins`); this module
maps their PER/LOC/ORG spans to kg's types and drops what is not a name: single
characters left by page breaks, generic words (社区, 街道, 全市), strings with
digits or punctuation in a person's name.

Examples:
    >>> from kg.text import parse
    >>> doc = parse("荥阳市艺术家联盟志愿服务队队长王路易说:“好。”")
    >>> [(m.text, m.type) for m in extract(doc, [])]
    [('荥阳市艺术家联盟志愿服务队', 'Organization'), ('王路易', 'Person')]
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter, defaultdict
from dataclasses import replace
from functools import lru_cache

from ..countries import countries
from ..gazetteer import abbreviated, divisions, find, named, spelled_by_divisions, spells_a_word
from ..levels import CHARS as LEVEL_CHARS, GOVERNMENT_CHARS, MONGOLIAN_TOWN, MONGOLIAN_VILLAGE, PREFECTURE, SEAT_WORDS
from ..lines import MASS_BODIES, UNIT_HEADS
from ..model import Document, Mention, Sentence
from ..neural import training_names, training_orgs, training_places
from ..places import bare_county_in, named_county
from ..org_bounds import org_endings
from ..tagger import CONFIDENCE, tag_documents
from ..towns import (division_or_town, holding_county, opening_places, town_ending_at, town_opening,
                     town_starting_at, towns)
from ..surnames import COMMON as COMMON_SURNAME, count as surname_count
from ..words import clause_words, common_word_over, frequency, has_verb, in_dictionary, word_over, words
from . import register
# (由A、B主办: a verb that a tagger may read into the body before it; the words that hold an event at a venue)
from .initiative import HOLD_ADVERB, HOLD_VERB, HOST_VERBS, THEME_AS
from .titles import GROUP_TITLES as _GROUP_TITLES, OFFICE, TITLES as _OFFICE_TITLES
from .organization import (ACADEMIC_UNITS, CAMPUS_WORD, FIELD_JOINS, NAMED_PLACE_SUFFIXES, NUMBERED_SCHOOL,
                           PLACE_SUFFIXES, PROPER_HEADS, SAYS, SUFFIXES, TITLE_AFTER, TOGETHER_WITH, ZONE_KINDS,
                           after_tenure,
                           at_an_event_cut, bodies_joined_at, division_begun_before, ends_as_a_body,
                           every_levels_bodies_out, field_departments, long_head, past_a_word, referred_division_cut,
                           rooms_listed, school_students, split_coordination, titled_body_start, titled_by_its_group,
                           worded_village)

TYPES = {"PER": "Person", "LOC": "Place", "ORG": "Organization"}
# The theme an event is given, quoted (以“文化进万家，欢乐满乡村”为主题的): a slogan, whose words name no one.
_QUOTED_THEME = re.compile(rf"以“[^“”\n]{{2,40}}”(?:{THEME_AS})")

# Words the tagger marks as names that stand for no particular entity.
GENERIC = frozenset(
    "社区 街道 园区 街道园区 小区 景区 城区 主城区 地区 市区 辖区 全区 全市 全省 全国 灾区 乡村 农村 美丽乡村 "
    "智慧社区 旅游度假区 5A级景区 连心桥 中华 中华民族 先锋队 国家 地方 基层 党组织 社会组织 处室 科室 部门 单位 机构".split()
)
_HAN = "\u4e00-\u9fff"
# A Chinese name (two to four characters; five to eight for transliterated and Japanese
# names: 谢列兹尼奥夫, 桥本龙太郎), a foreign name in parts (卡洛斯·阿马特, 索尔-坎贝尔), or a Latin one.
_PERSON = re.compile(
    rf"^[{_HAN}]{{2,8}}$|^[{_HAN}]{{1,10}}(?:[·•・‧．\-－][{_HAN}]{{1,10}})+$|^[A-Za-z][A-Za-z'\-]+(?: [A-Za-z][A-Za-z'\-]+)*$"
)
# Names of places and organisations: letters, digits and joiners, with balanced quotes and
# brackets inside (美国《时代》周刊, 省“万人助万企”活动第一工作组, 捷安特（中国）有限公司), in
# ASCII or full-width letters and digits (ＩＢＭ公司, 金台西路２号: newswire writes them full-width).
_NAME = re.compile(rf"^[{_HAN}A-Za-z0-9Ａ-Ｚａ-ｚ０-９·•\-－—“”《》（）()]+$")
_PAIRS = ("“”", "《》", "（）", "()")
# A surname alone is a person before a title or after 老/小 (李老师, 汤局长, 胡老说, 老王).
TITLES = tuple(
    """老师 先生 女士 小姐 太太 夫人 主席 总理 总统 书记 部长 局长 厅长 处长 科长 主任 经理 董事长 总裁 校长
    院长 市长 省长 县长 区长 乡长 镇长 村长 队长 外长 师傅 大爷 大妈 大娘 阿姨 大姐 大哥 同志 教授 博士
    医生 大夫 老板 总 老 某 家""".split()
)
_TITLES_BEFORE = tuple(_OFFICE_TITLES)
# One-character names that news uses for countries, regions and rivers (中美关系, 巴以冲突,
# 访华, 港澳台, 京沪, 江淮): the newswire convention tags them as places.
ONE_CHARACTER_PLACES = frozenset(
    """中 美 俄 苏 英 法 德 日 韩 朝 港 澳 台 华 加 印 意 越 泰 欧 非 巴 以 伊 叙 埃 墨 古 缅 柬 菲 葡 西 荷
    比 瑞 奥 希 土 波 捷 匈 罗 保 乌 哈 阿 沙 约 黎 亚 拉 京 津 沪 渝 冀 晋 辽 吉 黑 皖 闽 赣 鲁 豫 鄂 湘 粤 桂
    琼 川 蜀 黔 滇 藏 陕 秦 甘 陇 青 宁 疆 蒙 浙 江 淮 黄""".split()
)


def _balanced(text: str) -> bool:
    for left, right in _PAIRS:
        depth = 0
        for c in text:
            depth += (c == left) - (c == right)
            if depth < 0:
                return False
        if depth:
            return False
    return True


_MOVES = "来访赴驻"  # 来华, 访华, 赴京, 驻港: a visit or a post; 在京 stays a place


# The country as a manner: 中国特色, 我国式.
_COUNTRY = ("中国", "我国", "中华")


def _opens_a_noun(char: str, before: str, after: str) -> bool:
    """Whether a one-character abbreviation opens a longer noun of its sentence (京剧, 华侨, 藏羚羊), which
    names no place, unless the noun is made of abbreviations (京津冀).

    Examples:
        >>> _opens_a_noun("京", "振兴", "剧是"), _opens_a_noun("京", "日在", "召开"), _opens_a_noun("京", "推动", "津冀")
        (True, False, False)
    """
    at = len(before)
    word = next((w for w in words(before + char + after) if w.start <= at < w.end), None)
    return (word is not None and word.start == at and len(word.text) >= 2 and word.pos in ("n", "nz", "nr")
            and not all(c in ONE_CHARACTER_PLACES for c in word.text))


# A surname and the title of a division's head (黄县长, 王市长, 李镇长), which a tagger may read as a place.
_SURNAMED_HEAD = re.compile(r"[\u4e00-\u9fff][省市县区镇乡村]长")


def keep(text: str, type_: str, before: str = "", after: str = "") -> bool:
    """Whether a tagged span is a name worth a node (``before`` and ``after``: the sentence
    around it). Single characters count only as a known abbreviation of a country or
    region, or as a surname with a title, never as page-break debris (居, 苗).

    Examples:
        >>> keep("美", "Place"), keep("居", "Person"), keep("社区", "Place"), keep("王路易", "Person")
        (True, False, False, True)
        >>> keep("李", "Person", after="老师说"), keep("谢列兹尼奥夫", "Person"), keep("美国《时代》周刊", "Organization")
        (True, True, True)
        >>> keep("ＩＢＭ公司", "Organization"), keep("７国集团", "Organization"), keep("２０", "Place")
        (True, True, False)
        >>> keep("来华", "Place"), keep("来华", "Organization"), keep("华东", "Place"), keep("华", "Place", before="越南总理来")
        (False, False, True, True)
        >>> keep("中国", "Place", after="特色社会主义"), keep("中国", "Place", after="人民"), keep("青山县", "Place", after="特色农业")
        (False, True, True)
        >>> keep("浙ICP", "Organization", after="备12"), keep("京", "Place", after="ICP")
        (False, False)
        >>> keep("青大学", "Organization", after="子风采"), keep("青大学子", "Organization")
        (False, False)
        >>> keep("青山大学", "Organization", after="子弟")
        True
        >>> keep("美乡村", "Place", before="宜业和"), keep("数字乡村", "Place"), keep("大庄乡村", "Place")
        (False, False, True)
        >>> keep("黄县长", "Place"), keep("潜山县", "Place")  # (a surname and a county head's title)
        (False, True)
        >>> keep("勉励", "Person", after="大家"), keep("启功", "Person"), keep("次仁", "Person")  # (a verb, no surname)
        (False, True, True)
    """
    if "ICP" in text or after.startswith("ICP"):
        return False  # 浙ICP备…, 京ICP证…: a website's registration number, no place nor body
    if len(text) == 1:
        if type_ == "Person":
            return "\u4e00" <= text <= "\u9fff" and (after.startswith(TITLES) or before.endswith(("老", "小")))
        # 华 of 访华 is China (MSRA, People's Daily); China's and its provinces' (which resolution spells
        # out) not as the first character of a noun (京剧, 华侨); 俄方, 美式 keep their country
        if type_ != "Place" or text not in ONE_CHARACTER_PLACES:
            return False
        return not ((text == "华" or abbreviated(text)) and _opens_a_noun(text, before, after))
    if text in GENERIC:
        return False
    if type_ == "Place" and text.endswith("乡村") and _a_kind_of_countryside(text[:-2]):
        return False  # 和美乡村, 数字乡村: the countryside and what it is like, no village
    if type_ != "Person" and len(text) == 2 and text[0] in _MOVES and text[1] in ONE_CHARACTER_PLACES:
        return False  # 来华, 访京, 驻港: a verb and a place's abbreviation, no place nor body
    if type_ == "Place" and text in _COUNTRY and after.startswith(("特色", "式")):
        return False  # 中国特色社会主义, 中国式现代化: a manner, no place the text is about (青山县特色农业 is in one)
    if type_ == "Organization" and school_students(text, after):
        return False
    if type_ != "Person" and _SURNAMED_HEAD.fullmatch(text) and surname_count(text[0]) > 0:
        return False  # 黄县长, 王市长: a surname and a head's title (黄县 a division once), no place nor body
    if type_ == "Person" and len(text) == 2 and surname_count(text[0]) == 0 and \
            [w.pos[:1] for w in words(text)] == ["v"]:
        return False  # 副院长勉励大家: a verb after a title, no one named (no surname of the table opens it)
    if type_ == "Person":
        return bool(_PERSON.match(text))
    return bool(_NAME.match(text)) and _balanced(text) and not text.isdigit()


def held_division(name: str) -> tuple[int, int] | None:
    """The span of a town or a county the gazetteer names whole, with its level, inside a tagger's "person" of five
    characters or more (于白石镇党群: a preposition, a town and a word glued; no one is named so); None where none is.

    Examples:
        >>> held_division("于木凯淖尔镇党群"), held_division("谢列兹尼奥夫"), held_division("王小镇")
        ((1, 6), None, None)
    """
    if len(name) < 5:
        return None
    return next(((i, k + 1) for k, c in enumerate(name) if c in "镇乡县" for i in range(max(0, k - 5), k - 1)
                 if name[i : k + 1] in towns() or named(name[i : k + 1])), None)


def _a_kind_of_countryside(word: str) -> bool:
    """Whether ``word``, before 乡村, says what the countryside is like (美 of 和美乡村, 数字, 生态): one character, or
    one word of jieba's dictionary that is no name (a township's name before 乡 and 村 stays: 大庄乡村 may be 大庄乡's).

    Examples:
        >>> _a_kind_of_countryside("美"), _a_kind_of_countryside("数字"), _a_kind_of_countryside("大庄")
        (True, True, False)
    """
    if len(word) == 1:
        return True
    w = words(word)
    return len(w) == 1 and in_dictionary(word) and not w[0].pos.startswith(("ns", "nr", "nt", "nz"))


def lac_spans(s: Sentence) -> list[tuple[int, int, str]]:
    """LAC's own PER/LOC/ORG words."""
    return [(t.start, t.end, t.tag) for t in s.tokens if t.tag in TYPES]


def news_spans(s: Sentence) -> list[tuple[int, int, str]]:
    """The trained recognizer's PER/LOC/ORG spans in the newswire convention."""
    return s.names["news"]


def fine_spans(s: Sentence) -> list[tuple[int, int, str]]:
    """The trained recognizer's PER/LOC/ORG spans in CLUENER's convention."""
    return s.names["fine"]


FACILITY = re.compile(r"(?:公园|湿地公园|广场|景区|度假区|风景区|湿地|森林公园|体育场|体育馆|纪念馆)$")


def join_facilities(spans: list[tuple[int, int, str]], text: str) -> list[tuple[int, int, str]]:
    """A district right before a facility names it in full: 惠济区 + 花园口湿地公园 → one place; so does a place before
    a cemetery or a zone named by its kind alone (平江县 + 烈士陵园, 伍家 + 工业园区; not 河南 + 信阳烈士陵园, named by its
    city already).

    Examples:
        >>> join_facilities([(0, 3, "LOC"), (3, 10, "LOC")], "惠济区花园口湿地公园")
        [(0, 10, 'LOC')]
        >>> join_facilities([(0, 3, "LOC"), (3, 7, "LOC")], "平江县烈士陵园")
        [(0, 7, 'LOC')]
        >>> join_facilities([(0, 2, "LOC"), (2, 8, "LOC")], "河南信阳烈士陵园")
        [(0, 2, 'LOC'), (2, 8, 'LOC')]
        >>> join_facilities([(0, 2, "LOC"), (2, 6, "LOC")], "伍家工业园区")
        [(0, 6, 'LOC')]
    """
    out: list[tuple[int, int, str]] = []
    for span in spans:
        right = text[span[0] : span[1]]
        facility = FACILITY.search(right) or right in ("烈士陵园", "陵园") or right in ZONE_KINDS
        if out and out[-1][2] == span[2] == "LOC" and out[-1][1] == span[0] and facility:
            out[-1] = (out[-1][0], span[1], "LOC")
        else:
            out.append(span)
    return out


# Heads that make a name a body whatever the tagger says (two characters or more: 党委, 委员会, 政府 …).
ORG_HEADS = tuple(h for h in SUFFIXES if len(h) >= 2)


# a matter named after a place and followed by who or what deals with it (苏丹问题特别代表, 朝核问题六方会谈)
_MATTER = re.compile("问题(?:特别)?(?:特使|代表|专家|协调员|工作组|会谈|谈判|会议)")


# The heads of a railway's name, after its cities' first characters: 郑济高铁, 穗莞深城际, 长珲客专.
_LINE_HEADS = ("高铁", "城际", "客专")  # (not 铁路: 张三铁路工作三十年)


def not_a_person(text: str, start: int, end: int) -> bool:
    """A span tagged as a person that is none: inside a short quotation (a typhoon “海葵”, a motto
    “允公允能”), inside a longer word of jieba's dictionary (叶茂 in 枝繁叶茂), an award (詹天佑奖), a railway
    (郑济高铁), or one common noun that opens with no surname of the labeled data (菜农).

    Examples:
        >>> t = "台风“海葵”登陆，草木枝繁叶茂。"
        >>> not_a_person(t, 3, 5), not_a_person(t, 13, 15), not_a_person("王五说", 0, 2)
        (True, True, False)
        >>> not_a_person("菜农说", 0, 2), not_a_person("詹天佑奖", 0, 4), not_a_person("红河问题特使", 0, 2)
        (True, True, True)
        >>> not_a_person("王五问题不大", 0, 2), not_a_person("郑济高铁开工", 0, 2), not_a_person("纪工委书记", 0, 3)
        (False, True, True)
    """
    if text.startswith(("奖", "杯"), end) or text[start:end].endswith(("奖", "杯")):  # 詹天佑奖 is an award
        return True
    if text.startswith(_LINE_HEADS, end) or text[start:end].endswith(_LINE_HEADS):
        return True  # a railway named by its cities' first characters (郑济高铁, 穗莞深城际)
    if end - start == 3 and text[start + 1 : end] in ORG_HEADS and text[start + 1 : end].endswith("委"):
        return True  # a committee's short name that opens with a surname's character (纪工委, 团县委; not 李学会)
    if _MATTER.match(text, end) or end - start >= 4 and text[start:end].endswith("州"):
        return True  # a matter with its envoy or talks (苏丹问题特别代表), a state or a province (…彼得罗夫斯克州)
    if surname_count(text[start]) == 0 and [(w.start, w.end, w.pos) for w in words(text[start:end])] == [(0, end - start, "n")]:
        return True  # a common noun with no surname in front: 菜农
    opened, closed = text.rfind("“", 0, start), text.rfind("”", 0, start)
    if opened > closed and text.find("”", end) != -1 and text.find("”", end) - opened <= 12:
        return True
    return inside_a_word(text, start, end, keep=("nr",))


def inside_a_word(text: str, start: int, end: int, keep: tuple[str, ...] = ("ns", "nt", "nz", "nr", "j")) -> bool:
    """Whether a span lies strictly inside a longer word of jieba's dictionary (three characters or
    more) that is no name itself (兴国 in 科教兴国; a word tagged ``keep`` is a name and stays).

    Examples:
        >>> t = "推动京津冀协同发展。"
        >>> inside_a_word(t, 2, 3), inside_a_word("北京大学", 0, 2)
        (True, False)
    """
    return any(w.start <= start and end <= w.end and w.end - w.start > end - start and w.pos not in keep
               for w in clause_words(text, start) if w.end - w.start >= 3)


def sentence_mentions(s: Sentence, article: int, tagger=lac_spans, extractor: str = "ner") -> list[Mention]:
    out = []
    for start, end, tag in join_facilities(tagger(s), s.text):
        type_ = TYPES[tag]
        if type_ == "Place" and s.text[start:end].endswith(ORG_HEADS + org_endings()):
            type_ = "Organization"  # 灵璧县虞姬镇党委, 北京交响乐团, tagged as a place, is a body
        elif type_ == "Organization" and s.text[start:end].endswith(PLACE_SUFFIXES):
            type_ = "Place"  # …公司会议室, tagged as a body, is a room
        if type_ == "Person" and s.text[max(0, start - 2) : start] in SEAT_WORDS:
            type_ = "Place"  # 莫桑比克首都马普托: a seat's name, however a tagger reads it
        elif type_ == "Person" and s.text[start:end] in SUFFIXES:
            type_ = "Organization"  # 卫健委主任赵芳: a kind of body named bare, no one's name, however a tagger reads it
        if type_ in ("Place", "Organization"):
            if type_ == "Place":
                start = _whole_place(s.text, start, end)
            start = division_begun_before(s.text, start, end)
            start = past_a_word(s.text, start, end)
        if type_ == "Place":
            if not named(s.text[start:end]) and named(s.text[start : end + 1]):
                end += 1  # 阳谷县城: the county 阳谷县 (its seat), whose name the tagger read without its level
            else:  # 青木镇镇级文明村, 青木村村民: the town 青木镇, the level said again before the next word
                end = _doubled_level(s.text, start, end)
            if end - start >= 4 and (shore := _SHORE.search(s.text, start, end)):
                # 白云湖畔: the lake 白云湖, 畔 its shore; 白水江江畔: the river 白水江, 江畔 its bank
                end = shore.end(1) if shore.group(1) else shore.end(2)
        if type_ == "Organization" and s.text.endswith(("人大代表", "人民代表大会代表"), start, end):
            end -= 2  # 全国人大代表: the congress's deputies, people; the body is the congress
        if type_ == "Organization" and (zone := zone_before_a_city(s.text[start:end])):
            # 青山世纪城杭州国际博览中心: the zone, then a venue named after its city
            pstart, pend = s.span(start, start + zone)
            out.append(Mention(pstart, pend, "Place", s.text[start : start + zone], article, extractor))
            start += zone
            if s.text[start:end].endswith(VENUES):
                type_ = "Place"  # 杭州国际博览中心: a venue, as 会展中心 is
        campus = s.text.find(CAMPUS_WORD, start, end) + len(CAMPUS_WORD)
        if (type_ == "Organization" and campus > start + len(CAMPUS_WORD) and end - campus >= 4
                and s.text[start:end].endswith(ACADEMIC_UNITS)):
            # 东湖校区材料科学与工程学院: the campus, then the unit that stands there
            pstart, pend = s.span(start, campus)
            out.append(Mention(pstart, pend, "Place", s.text[start:campus], article, extractor))
            start = campus
        for b, e, text in split_coordination(start, end, s.text[start:end]):
            if type_ == "Person" and not_a_person(s.text, b, e) or type_ == "Place" and inside_a_word(s.text, b, e):
                continue
            if type_ == "Organization" and extractor != "neural" and _common_noun(text):
                continue  # LAC's 经济: a word of the dictionary, no body's name (the model's 中央, 国会 stay)
            if keep(text, type_, s.text[max(0, b - 2) : b], s.text[e : e + 3]):
                start, end = s.span(b, e)
                out.append(Mention(start, end, type_, text, article, extractor))
    return out


# Levels said twice where the first ends a division's name and the second opens the next word (镇镇级, 村村民).
_DOUBLED_LEVELS = "省市县镇乡村"
# Venues named after a city (会展中心, 博览中心, 展览中心): the named places that end in 中心.
VENUES = tuple(x for x in NAMED_PLACE_SUFFIXES if x.endswith("中心"))
# The ends of place names that a body may open with (a level, a zone, a street).
_PLACE_ENDS = ("省", "市", "县", "区", "镇", "乡", "村", "州", "旗", "路", "街", "道", "岛", "山", "河", "湖", "江", "城")
_ZONE_HEAD = re.compile("|".join(sorted(NAMED_PLACE_SUFFIXES, key=len, reverse=True)))


def zone_before_a_city(name: str) -> int:
    """Where a zone that opens a body's or venue's name ends, when a division's name follows it
    (白鹭新城 of 白鹭新城南昌国际博览中心): the recognizer glued two names; 0 when not.

    Examples:
        >>> n = "青山世纪城杭州国际博览中心"
        >>> n[:zone_before_a_city(n)], zone_before_a_city("青山科技园管委会")
        ('青山世纪城', 0)
    """
    for z in _ZONE_HEAD.finditer(name):
        hits = find(name[z.end() :])
        if z.end() >= 4 and len(name) - z.end() >= 4 and hits and hits[0][0] == 0:
            return z.end()
    return 0


# The shore of a lake or a river after its name (白云湖畔, 清水河畔): where, by the water that the name names.
# The water's own character may be said again before 畔 (白水江江畔), or another after a name that holds its own
# (白龙池湖畔: the pond 白龙池, 湖畔 its shore).
_SHORE = re.compile(r"(?:(池)[湖河江海溪潭塘泉]|([湖河江海溪潭塘泉])\2?)畔$")


def _doubled_level(text: str, start: int, end: int) -> int:
    """Where a place's name ends that a recognizer read on past its level said twice, the second level opening the
    next word (青木村村民, 青木镇镇级, 乐园村村医: the village's doctor), or ``end``: a character of the name at least,
    two at most after the second level (not 市民中心 of 青山市市民中心, a venue named whole).

    Examples:
        >>> [t[:_doubled_level(t, 0, len(t))] for t in ("青木村村", "乐园村村医", "黄村村", "青山山村", "村村通")]
        ['青木村', '乐园村', '黄村', '青山山村', '村村通']
        >>> t = "青山市市民中心"
        >>> t[:_doubled_level(t, 0, len(t))]
        '青山市市民中心'
    """
    return next((k + 1 for k in range(max(start + 1, end - 3), end - 1)
                 if text[k] == text[k + 1] and text[k] in _DOUBLED_LEVELS), end)


def _whole_place(text: str, start: int, end: int) -> int:
    """Where a place's name begins when a tagger cut off its first character or two: they and the
    name spell a place of the training names (由白俄罗斯 → 白俄罗斯), a word begins where they do
    (not 首都柏林, 郑州市朝阳路: they end the word before), and neither is a place of its own
    (江苏盐城, 美国夏威夷州 are two places).

    Examples:
        >>> t = "由白俄罗斯总统主持"
        >>> t[_whole_place(t, 2, 5):5], _whole_place("在俄罗斯", 1, 4), _whole_place("德国首都柏林", 4, 6)
        ('白俄罗斯', 1, 4)
    """
    starts = {w.start for w in clause_words(text, start)}
    for k in (1, 2):
        whole = text[max(0, start - k) : end]
        if start - k in starts and "\u4e00" <= text[start - k] <= "\u9fff" and whole in training_places() \
                and not named(text[start:end]) and not named(text[start - k : start]) \
                and text[start - k : start] not in training_places():
            return start - k
    return start


_NAME_DOTS = "·•・‧"


# A name in Latin letters: capitalised words with single spaces between them (Daniel Voytas, Diane Wray-Cahen).
_LATIN_WORD = re.compile(r"[A-Z][a-z][a-zA-Z'\-]*")  # (not an acronym: CEO)


_NOT_A_NAME = {"Company", "Inc", "Group", "University", "College", "Institute", "Corporation", "Ltd", "Co", "Foundation",
               "Association", "Center", "Centre", "Solutions", "Technology", "Technologies", "Bank", "Lab"}


def _latin_name(text: str, m: Mention, found: list[Mention]) -> tuple[int, int]:
    """The span of a person in Latin letters around the tagged part ``m``: the capitalised words next to it with one
    space between, up to a mention other than such a word or a word that names a body (Company, University).

    Examples:
        >>> t = "微软公司Microsoft Peter Lee出席"
        >>> _latin_name(t, Mention(14, 19, "Person", "Peter", 1), [Mention(4, 13, "Organization", "Microsoft", 1)])
        (14, 23)
    """
    # (the tagger reads each word of such a name as a person: those are parts, other mentions end the name)
    taken = [x for x in found if x is not m and not (x.type == "Person" and _LATIN_WORD.fullmatch(x.text))]
    b, e = m.start, m.end
    for w in reversed(list(_LATIN_WORD.finditer(text, max(0, b - 64), b))):
        # (a body's name the tagger ran on into the first word, 大学Perry, does not end the person)
        if (w.end() + 1 != b or text[w.end()] != " " or w.group() in _NOT_A_NAME
                or any(x.start < b and x.end > w.start() and not (x.start < w.start() and x.end == w.end())
                       for x in taken)):
            break
        b = w.start()
    for w in _LATIN_WORD.finditer(text, e, e + 64):
        if w.start() != e + 1 or text[e] != " " or w.group() in _NOT_A_NAME or any(x.start < w.end() and x.end > e for x in taken):
            break
        e = w.end()
    return b, e


# The verb of one who leads a delegation, which the recognizers read into a name before it (王伟率总社…), and what
# such a verb is followed by: a body, a delegation or a title.
_LEADS = "率"
_LED = re.compile(r"[\u4e00-\u9fff]{0,12}?(?:部|处|局|厅|委|办|团|组|队|院|校|公司|集团|中心|相关|有关|一行|代表)")


# The head of a body's title right after a name (李小新书记, 王五局长): a name of two before a character and such a
# title is a name of three with that character, as the labeled names have it (some 900 names of three before these
# titles in People's Daily 1998 and MSRA's training text, 13 of two, before 为, 和, 等, 是, 任, 副 or 总).
_HEAD_TITLE = re.compile(r"(?:书记|局长|院长|主任|部长|县长|市长|区长|镇长|乡长|省长|主席|校长|厅长|处长|科长|所长|站长|"
                         r"经理|董事长|会长|社长|行长|厂长|馆长)")
# (为和等是任副总 from those 13; 原, 兼 and the function words typed in: 王五原局长, 李四兼书记)
_NOT_A_NAMES_END = "为和等是任副总原兼与及并的"


@lru_cache(maxsize=1)
def _names_ends() -> frozenset[str]:
    """The characters that end three or more of the labeled names of three (新 of 李小新)."""
    return frozenset(c for c, n in _name_end_counts().items()
                     if n >= 3 and c not in _NOT_A_NAMES_END and "\u4e00" <= c <= "\u9fff")


@lru_cache(maxsize=1)
def _name_end_counts() -> dict[str, int]:
    """How many labeled names of three each character ends (:func:`_names_ends`, :func:`_names_ends_any`)."""
    ends: dict[str, int] = {}
    for name, label in training_names():
        if label == "PER" and len(name) == 3:
            ends[name[-1]] = ends.get(name[-1], 0) + 1
    return ends


# A break in the clause, which no conjunction comes right before.
_BREAK = "、，,。；;！？!?：:）)"
# Conjunctions that jieba reads in one word with what follows them (及其 …, 与之 …).
_CONJUNCT_WORDS = ("及其", "与之")


def _no_conjunct(text: str, at: int) -> bool:
    """Whether what stands at ``at`` cannot follow a conjunction: a break in the clause, or another conjunction, 及 or
    与, as jieba reads it, alone or before a pronoun (及其, 与之, 与他; not 与会, 及时, 及早: words that open what the
    conjunction before them joins). 和 right before them ends a name (主任王群和、, 局长王玉和及我市…, 王玉和及其妻子), and a
    conjunction ends some labeled names of three (13 end in 和: 魏凤和), the others none.

    Examples:
        >>> [_no_conjunct(t, 0) for t in ("、李四", "及我市", "及其妻子", "与他的老伴", "与会代表", "及时赶到", "及早到场", "李四")]
        [True, True, True, True, False, False, False, False]
    """
    if text[at : at + 1] and text[at] in _BREAK:
        return True
    if text[at : at + 1] not in ("及", "与"):
        return False
    word = next((w.text for w in clause_words(text, at) if w.start == at), text[at])
    return len(word) == 1 or word in _CONJUNCT_WORDS


@lru_cache(maxsize=1)
def _ending_conjunctions() -> frozenset[str]:
    """The conjunctions that end three or more of the labeled names of three (和 of 魏凤和)."""
    return frozenset(c for c in "和与及并" if _name_end_counts().get(c, 0) >= 3)


# Giving a speech, read into the name before it: 作总结, 作了报告, 做重要讲话.
_SPEECH_AFTER = re.compile(r"[作做]了?(?:[\u4e00-\u9fff]{0,2}?(?:重要|工作|专题|动员|辅导|交流|表态|典型))?"
                           r"(?:总结|报告|讲话|发言|点评|部署|汇报|讲评)")
# A photo's credit set apart after its taker's name, closing the caption: 摄, 摄影 (then the line's end or a bracket).
_TAKEN_BY = re.compile(r"[ \u3000]+摄影?(?=$|[\n\s\u3000）)】])")
_BEFORE_CREDIT = "。！？ \u3000\n（(【"


def complete_people(found: list[Mention], text: str) -> list[Mention]:
    """A person cut one character short where the text goes on with a longer name the document
    gives elsewhere (李成 + 刚说, where 李成刚 is named) is that name; two persons joined by a middle
    dot are one (赛福鼎·艾则孜), a person in Latin letters is all the capitalised words around them (Daniel
    Voytas), 率 read into a name before the body or the delegation it leads is no part of it (王伟率总社科教部…), nor 作
    before a speech (戴小清作总结), and a name of two after a title with one character left before the list's 、 runs to
    it (主席周远 + 地、: 周远地), as does one of two before 和 and what no conjunction comes before (王群 + 和、:
    王群和). ``found`` is in text order.

    Examples:
        >>> t = "李成刚说好。李成刚说。"
        >>> [m.text for m in complete_people([Mention(0, 3, "Person", "李成刚", 1), Mention(6, 8, "Person", "李成", 1)], t)]
        ['李成刚', '李成刚']
        >>> t = "赛福鼎·艾则孜出席。"
        >>> [m.text for m in complete_people([Mention(0, 3, "Person", "赛福鼎", 1), Mention(4, 7, "Person", "艾则孜", 1)], t)]
        ['赛福鼎·艾则孜']
        >>> t = "王伟率总社科教部副部长出席。"
        >>> [m.text for m in complete_people([Mention(0, 3, "Person", "王伟率", 1)], t)]
        ['王伟']
        >>> t = "主任戴小清作总结。"
        >>> [m.text for m in complete_people([Mention(2, 6, "Person", "戴小清作", 1)], t)]
        ['戴小清']
        >>> t = "协会主席周远地、秘书长李四"
        >>> [m.text for m in complete_people([Mention(4, 6, "Person", "周远", 1), Mention(11, 13, "Person", "李四", 1)], t)]
        ['周远地', '李四']
        >>> complete_people([Mention(3, 5, "Person", "王刚", 1)], "副局长王刚和与会代表交流")[0].text
        '王刚'
        >>> t = "主任王群和、李四出席。王玉和及王五参加。张三和李四"
        >>> found = [Mention(2, 4, "Person", "王群", 1), Mention(6, 8, "Person", "李四", 1),
        ...          Mention(11, 13, "Person", "王玉", 1), Mention(20, 22, "Person", "张三", 1)]
        >>> [m.text for m in complete_people(found, t)]
        ['王群和', '李四', '王玉和', '张三']
        >>> t = "图为义诊现场。刘小含 摄"
        >>> [m.text for m in complete_people([Mention(7, 9, "Person", "刘小", 1)], t)]
        ['刘小含']
        >>> t = "会上，姜小新书记讲话。王五为书记。"
        >>> [m.text for m in complete_people([Mention(3, 5, "Person", "姜小", 1), Mention(11, 13, "Person", "王五", 1)], t)]
        ['姜小新', '王五']
        >>> t = "大学Daniel Voytas教授"
        >>> [m.text for m in complete_people([Mention(2, 8, "Person", "Daniel", 1), Mention(9, 15, "Person", "Voytas", 1)], t)]
        ['Daniel Voytas']
    """
    people = {m.text for m in found if m.type == "Person"}
    out: list[Mention] = []
    for m in found:
        if m.type == "Person" and _LATIN_WORD.fullmatch(m.text) and m.end - m.start == len(m.text):
            b, e = _latin_name(text, m, found)
            if out and out[-1].type == "Person" and out[-1].start >= b and out[-1].end <= e:
                continue  # (a part of the name already taken whole)
            m = Mention(b, e, "Person", text[b:e], m.article, m.extractor)
        leads = (m.type == "Person" and len(m.text) == 3 and m.text[-1] in _LEADS and m.end - m.start == 3
                 and surname_count(m.text[0]) > 0 and _LED.match(text, m.end) is not None)
        if leads:
            m = Mention(m.start, m.end - 1, "Person", m.text[:2], m.article, m.extractor)  # 王伟率…部副部长: 王伟 leads
        # 高小新和 + 市教育局…: a conjunction joins the body a level opens after it to the name (none of the 580 labeled
        # names of four ends with one; not 司马永和 + 在…, a double surname's name before a preposition)
        joins = (m.type == "Person" and not leads and len(m.text) == 4 and m.end - m.start == 4
                 and m.text[-1] in "和与及同" and text[m.end : m.end + 1] in tuple(LEVEL_CHARS))
        if joins:
            m = Mention(m.start, m.end - 1, "Person", m.text[:-1], m.article, m.extractor)
        verb = (m.type == "Person" and not leads and not joins and len(m.text) in (3, 4)
                and m.end - m.start == len(m.text) and _SPEECH_AFTER.match(text, m.end - 1) is not None)
        if verb:
            # 戴小清作总结: 作 before a speech is the verb after the name
            m = Mention(m.start, m.end - 1, "Person", m.text[:-1], m.article, m.extractor)
        longer = m.type == "Person" and not leads and not verb and not joins and next(
            (p for p in people if len(p) == len(m.text) + 1 and p.startswith(m.text)
             and text.startswith(p, m.start) and m.end - m.start == len(m.text)), None)
        if (m.type == "Person" and not longer and len(m.text) == 2 and m.end - m.start == 2
                and text[m.end + 1 : m.end + 2] == "、" and "\u4e00" <= text[m.end : m.end + 1] <= "\u9fff"
                and text[m.end] not in _LIST_WORDS and text[: m.start].endswith(OFFICES)):
            longer = m.text + text[m.end]  # 主席周远 + 地、: a title's name runs to the list's 、
        if (m.type == "Person" and not longer and len(m.text) == 2 and m.end - m.start == 2
                and "\u4e00" <= text[m.end : m.end + 1] <= "\u9fff" and _TAKEN_BY.match(text, m.end + 1)
                and (m.start == 0 or text[m.start - 1] in _BEFORE_CREDIT)):
            longer = m.text + text[m.end]  # 刘小 + 含 摄: a photo's credit is all the name before 摄 (not 张伟拍摄)
        if (m.type == "Person" and not longer and len(m.text) == 2 and m.end - m.start == 2
                and text[m.end : m.end + 1] in _names_ends() and _HEAD_TITLE.match(text, m.end + 1)):
            longer = m.text + text[m.end]  # 姜小 + 新 + 书记: the title's name is of three
        if (m.type == "Person" and not longer and len(m.text) == 2 and m.end - m.start == 2
                and text[m.end : m.end + 1] in _ending_conjunctions() and _no_conjunct(text, m.end + 1)):
            longer = m.text + text[m.end]  # 王群 + 和、: no conjunction before a break or another conjunction
        m = Mention(m.start, m.end + 1, "Person", longer, m.article, m.extractor) if longer else m
        last = out[-1] if out else None
        if (last is not None and last.type == m.type == "Person" and m.start == last.end + 1
                and text[last.end] in _NAME_DOTS and last.end - last.start == len(last.text)):
            # 赛福鼎·艾则孜: the parts of a name joined by a middle dot are one person
            out[-1] = Mention(last.start, m.end, "Person", text[last.start : m.end], last.article, last.extractor)
            continue
        out.append(m)
    return out


def surnamed_people(found: list[Mention], text: str) -> list[Mention]:
    """A person the recognizer read without the rare surname before it (小平 of 帅小平): the
    character right before is a surname of the labeled names (not 国 of 部长国小平) that jieba's dictionary reads
    alone as a name (not a preposition, a conjunction or a verb: 和小平, 经小红介绍, 应小红邀请), and jieba reads it
    with the two as one person's name (not 帅 of 元帅小平, nor 解 of the army 解放军). ``found`` is in text order.

    Examples:
        >>> t = "部长帅小平出席，书记和小平同志讲话。部长国小平、元帅小平同志"
        >>> found = [Mention(3, 5, "Person", "小平", 1), Mention(11, 13, "Person", "小平", 1),
        ...          Mention(21, 23, "Person", "小平", 1), Mention(26, 28, "Person", "小平", 1)]
        >>> [m.text for m in surnamed_people(found, t)]
        ['帅小平', '小平', '小平', '小平']
        >>> [m.text for m in surnamed_people([Mention(5, 7, "Person", "放军", 1)], "他参加了解放军")]
        ['放军']
        >>> [m.text for m in surnamed_people([Mention(1, 3, "Person", "小红", 1), Mention(8, 10, "Person", "小红", 1)],
        ...                                  "经小红介绍，两人应小红邀请来访")]
        ['小红', '小红']
    """
    out = []
    for m in found:
        c = text[m.start - 1 : m.start]
        if (m.type == "Person" and c
                and surname_count(c) > 0 and words(c)[0].pos == "nr"
                and any(w.start == m.start - 1 and w.end == m.end and w.pos == "nr" for w in clause_words(text, m.start))):
            m = replace(m, start=m.start - 1, text=c + m.text)
        out.append(m)
    return out


# Words that end a list's item after a name, no part of it (主任李四等、, 王五和、).
_LIST_WORDS = "等和与及并的"
# An item of a list: between 、 (or the colon that opens the list) and 、 or the end of the clause.
_LIST_ITEM = re.compile(r"(?<=[、：:])([^、：:，,。；;！？!?\n]{2,8})(?=[、，,。；;！？!?\n]|$)")
_SPACED_NAME = re.compile(r"[\u4e00-\u9fff][ \u3000]{1,3}[\u4e00-\u9fff]")


def list_people(found: list[Mention], text: str) -> list[Mention]:
    """Names in a list of people (A、B、C) that the recognizer cut or broke: an item of three
    characters whose last two it read as a person (储 of 储茂彤, a rare surname) is that person,
    and a two-character name padded with spaces to line up with three-character ones (苏   军) is
    one person, named without the spaces; an item of three characters that is no word of
    the dictionary, with no name read in it, is a person between two people or before or after two
    (仝 of 仝相和, a surname the recognizer does not know). An item counts only next to an item
    that is a person whole, so that a list of places or words is left alone. ``found`` is in text
    order.

    Examples:
        >>> t = "名单：王大明、储小红、李   力、张立新、仝立和、刘大海。"
        >>> ms = [Mention(3, 6, "Person", "王大明", 1), Mention(8, 10, "Person", "小红", 1),
        ...       Mention(11, 12, "Place", "李", 1), Mention(17, 20, "Person", "张立新", 1),
        ...       Mention(25, 28, "Person", "刘大海", 1)]
        >>> [(m.text, m.canonical) for m in list_people(ms, t)]
        [('王大明', None), ('储小红', None), ('李   力', '李力'), ('张立新', None), ('仝立和', None), ('刘大海', None)]
        >>> t = "领导：王大明、曹和家、张立新、万鼎等，出席。"
        >>> ms = [Mention(3, 6, "Person", "王大明", 1), Mention(7, 9, "Person", "曹和", 1), Mention(11, 14, "Person", "张立新", 1)]
        >>> [m.text for m in list_people(ms, t)]
        ['王大明', '曹和家', '张立新', '万鼎']
        >>> t = "地点：青山、红河镇、绿水。"
        >>> [m.text for m in list_people([Mention(7, 9, "Person", "河镇", 1)], t)]
        ['河镇']
    """
    people = {(m.start, m.end) for m in found if m.type == "Person" and m.end - m.start == len(m.text) >= 2}
    items = [(x.start(), x.end()) for x in _LIST_ITEM.finditer(text)]
    made: list[Mention] = []
    for k, (b, e) in enumerate(items):
        before = [x in people for x in _adjacent(items, k, -1)]
        after = [x in people for x in _adjacent(items, k, 1)]
        if not (before[:1] == [True] or after[:1] == [True]):
            continue
        if text[e - 1] == "等" and e - b in (3, 4) and before[:1] == [True]:
            e -= 1  # the list's last name before 等 (…、张立新、万鼎等)
        item = text[b:e]
        inside = [m for m in found if m.start < e and b < m.end]
        if _SPACED_NAME.fullmatch(item) and surname_count(item[0]) > 0 and not any(m.type == "Person" for m in inside):
            name = item[0] + item[-1]
        elif len(item) == 3 and re.fullmatch(r"[\u4e00-\u9fff]{3}", item) and (b + 1, e) in people:
            name = item
        elif len(item) == 3 and re.fullmatch(r"[\u4e00-\u9fff]{3}", item) and (b, e - 1) in people and not _a_word(item):
            name = item  # 曹和家: the recognizer left out the name's last character
        elif (text[e : e + 1] == "等" and not inside and re.fullmatch(r"[\u4e00-\u9fff]{2,3}", item)
              and surname_count(item[0]) > 0 and not _a_word(item)):
            name = item  # 万鼎 of 万鼎等, read as no name
        elif (not inside and re.fullmatch(r"[\u4e00-\u9fff]{3}", item) and not _a_word(item)
              and (before[:2] == [True, True] or after[:2] == [True, True] or before[:1] == after[:1] == [True])):
            name = item  # 仝相和 at the head of a list of people, read as no name at all
        else:
            continue
        m0 = inside[0] if inside else None
        made.append(Mention(b, e, "Person", item, m0.article if m0 else _article_at(found, b), "",
                            canonical=name if name != item else None))
    if not made:
        return found
    spans = [(m.start, m.end) for m in made]
    kept = [m for m in found if not any(x < m.end and m.start < y for x, y in spans)]
    extractor = found[0].extractor if found else ""
    for m in made:
        m.extractor = extractor
    return sorted(kept + made, key=lambda m: (m.start, -m.end))


# What closes a list counted by its kind: 等10个村, 等社区, 等三个乡镇.
# (or a county's kinds, whose items are counties the gazetteer names: 上杭、连城、武平等3个县交通运输局; 等乡镇各收购点)
_COUNTY_KINDS = "县市区|县区|区县|县市|市县|县"
_COUNTIES = tuple(_COUNTY_KINDS.split("|"))
_COUNTED = re.compile(r"等(?:(?P<count>[0-9一二三四五六七八九十百两几]+)个(?:行政村|自然村|村居|村|社区|乡镇|镇|乡|街道|"
                      rf"{_COUNTY_KINDS})(?!干部|民|委|两委|党|级|书记|居民|工作者|服务)"
                      rf"|(?:行政村|自然村|村居|村|社区|乡镇|镇|乡|街道|{_COUNTY_KINDS})"
                      r"(?:各|(?=[^\u4e00-\u9fff]|$|的(?!干部|居民|群众|村民|党员))))")
_BETWEEN_ITEMS = "、，,。；;：:！？!?\n（(“”"


def counted_items(text: str, found: list[Mention]) -> list[tuple[int, int]]:
    """The items of each list that closes by counting them as villages, communities or towns (到陈庄、李家楼、王岗等3个
    村): from the last back over 、 to the first, which counts where a mention ends it (after the words that open the
    list); not a list of counties (上杭、连城等县: :func:`counted_places` reads those). ``found``: the mentions of the text.

    Examples:
        >>> t = "检查组先后到孙家洼、周官屯、钱家坡等3个村查看。"
        >>> [t[b:e] for b, e in counted_items(t, [Mention(6, 9, "Person", "孙家洼", 1)])]
        ['钱家坡', '周官屯', '孙家洼']
        >>> t = "工程建成后，该县坑田、八江、瑶田等乡镇的水库将全面达标。"
        >>> [t[b:e] for b, e in counted_items(t, [])]
        ['瑶田', '八江', '坑田']
        >>> t = "工程涉及白舍等9个乡镇。"  # (one named of nine, a mention there)
        >>> [t[b:e] for b, e in counted_items(t, [Mention(4, 6, "Person", "白舍", 1)])], counted_items(t, [])
        (['白舍'], [])
    """
    return [item for kind, items in _counted_lists(text, found) if not kind.endswith((*_COUNTIES, "各"))
            for item in items]


def _counted_lists(text: str, found: list[Mention]) -> list[tuple[str, list[tuple[int, int]]]]:
    """Each list of :func:`counted_items`: the kind it counts its items as (乡镇, 3个村) and the items."""
    out = []
    for m in _COUNTED.finditer(text):
        items, end = [], m.start()
        while True:
            begin = max(text.rfind(c, 0, end) for c in _BETWEEN_ITEMS) + 1
            if items and text[begin - 1 : begin] != "、":
                begin += _after_its_verb(text[begin:end])  # the first item, after the verb that opens the list
            if not re.fullmatch(rf"[{_HAN}]{{2,5}}", text[begin:end]):
                # the first item, after the words that open the list: where a mention ends it
                first = max((x for x in found if x.end == end and begin <= x.start and x.end - x.start >= 2),
                            key=lambda x: x.end - x.start, default=None)
                if first is not None and (items or _counts_one_of_several(text, m)):
                    items.append((first.start, end))
                break
            items.append((begin, end))
            if text[begin - 1 : begin] != "、":
                break
            end = begin - 1
        if len(items) >= 2:
            b, e = items[-1]
            lead = _LIST_LEAD.match(text, b, e)  # (该县坑田、八江等乡镇: 坑田)
            out.append((m.group()[1:], items[:-1] + [(lead.end() if lead and e - lead.end() >= 2 else b, e)]))
        elif len(items) == 1 and _counts_one_of_several(text, m):
            # one item before a count of more that closes the clause (涉及白舍等9个乡镇。): one of them, the name a mention
            # reads after the verb (not where the count describes what follows: 王五等3个乡镇负责人, 王五等3个村的书记)
            b, e = items[0]
            b += _after_its_verb(text[b:e])
            if any(x.start == b and x.end == e for x in found):
                out.append((m.group()[1:], [(b, e)]))
    return out


def _counts_one_of_several(text: str, m: re.Match) -> bool:
    """Whether a count of places (:data:`_COUNTED`) counts more than one and closes its clause (等9个乡镇。).

    Examples:
        >>> t = "涉及白舍等9个乡镇。王五等3个乡镇负责人发言。"
        >>> [_counts_one_of_several(t, m) for m in _COUNTED.finditer(t)]
        [True, False]
    """
    return m.group("count") not in (None, "1", "一") and (m.end() == len(text) or text[m.end()] in "，,。；;、")


def _after_its_verb(run: str) -> int:
    """Where the first item of a list starts in the run of characters before its 、: after the last verb, preposition
    or particle that opens the list (致使白舍, 检查组先后到孙家洼), when two to five characters are left; else 0.

    Examples:
        >>> [_after_its_verb(t) for t in ("致使白舍", "检查组先后到孙家洼", "坑田", "走访了李庄大队第三村")]
        [2, 6, 0, 0]
    """
    cut = max((w.end for w in words(run) if w.pos in ("v", "p", "ul", "uj") and w.end < len(run)), default=0)
    return cut if 2 <= len(run) - cut <= 5 else 0


# The words that may open a list of a county's towns or villages before its first item: 该县, 全市, 我镇, 本区.
_LIST_LEAD = re.compile(r"[该本我全][县市区镇乡旗]")


def counted_places(found: list[Mention], text: str) -> list[Mention]:
    """The items of a list that closes by counting them as villages, communities or towns (:func:`counted_items`)
    are places: a person or a body the recognizer read there is that place, and an item it read as nothing is one.
    ``found`` is in text order.

    Examples:
        >>> t = "检查组先后到孙家洼、周官屯、钱家坡等3个村查看。"
        >>> found = [Mention(6, 9, "Person", "孙家洼", 1), Mention(10, 13, "Person", "周官屯", 1)]
        >>> [(m.text, m.type) for m in counted_places(found, t)]
        [('孙家洼', 'Place'), ('周官屯', 'Place'), ('钱家坡', 'Place')]
        >>> [(m.text, m.type) for m in counted_places(found, "检查组先后到孙家洼、周官屯、钱家坡等3人家中。")]
        [('孙家洼', 'Person'), ('周官屯', 'Person')]
        >>> t = "上杭、连城、武平等3个县交通运输局发言。王五、李四等3个县负责人发言。"
        >>> found = [Mention(6, 8, "Person", "武平", 1), Mention(21, 23, "Person", "王五", 1)]
        >>> [(m.text, m.type) for m in counted_places(found, t)]
        [('上杭', 'Place'), ('连城', 'Place'), ('武平', 'Place'), ('王五', 'Person')]
    """
    made: dict[tuple[int, int], Mention] = {}
    places = {n for x in found if x.type == "Place" for n in (x.text, x.canonical) if n}
    for kind, items in _counted_lists(text, found):
        if kind.endswith(_COUNTIES) and not all(_a_division_named(text[b:e], kind) for b, e in items):
            continue  # (a county's items, each a county's name, bare or whole; not 王五、李四等3个县负责人)
        if kind.endswith("各") and not _each_of_places(text, items, kind[:-1], found):
            continue  # (each of what the places hold: 珠山、高罗等乡镇各收购点; not 王五、李四等社区各网格员)
        for b, e in items:
            inside = [x for x in found if x.start < e and b < x.end]
            if all(x.start == b and x.end == e and x.type in ("Person", "Organization", "Place") for x in inside):
                town = _named_town(text[b:e], places) if kind.rstrip("各").endswith(("镇", "乡")) else \
                    _named_county(text[b:e], places) if kind.rstrip("各").endswith(_COUNTIES) and (
                        re.sub(r"^\d+个|各$", "", kind) == "县" or not named(text[b:e] + "市")) else None
                made[b, e] = Mention(b, e, "Place", text[b:e], inside[0].article if inside else _article_at(found, b),
                                     inside[0].extractor if inside else (found[0].extractor if found else ""),
                                     canonical=town or (inside[0].canonical if inside else None))
    if not made:
        return found
    kept = [x for x in found if (x.start, x.end) not in made]
    return sorted(kept + list(made.values()), key=lambda x: (x.start, -x.end))


def _each_of_places(text: str, items: list[tuple[int, int]], kind: str, found: list[Mention]) -> bool:
    """Whether the items of a list before 等 + its kind + 各 (each of what they hold) are places: half of them at least
    divisions of that kind the gazetteer names, where it holds that kind (珠山、高罗、晓关等乡镇各: 晓关 of 晓关侗族乡,
    cut short), else none of them a person the recognizer read (东街、西街等社区各; not 张小明、李小红等社区各网格员, nor
    张伟、文明等村各书记).

    Examples:
        >>> t = "沙道沟、高罗、晓关等乡镇各收购站开秤。东街、西街等社区各网格员入户。"
        >>> _each_of_places(t, [(0, 3), (4, 6), (7, 9)], "乡镇", []), _each_of_places(t, [(19, 21), (22, 24)], "社区", [])
        (True, True)
        >>> _each_of_places(t, [(19, 21), (22, 24)], "社区", [Mention(19, 21, "Person", "东街", 1),
        ...                                                   Mention(22, 24, "Person", "西街", 1)])
        False
    """
    if kind in ("乡镇", "镇", "乡", "街道") or kind.endswith(_COUNTIES):
        return 2 * sum(_a_division_named(text[b:e], kind) for b, e in items) >= len(items)
    people = {(x.start, x.end) for x in found if x.type == "Person"}
    return not any(item in people for item in items)


def _a_division_named(item: str, kind: str) -> bool:
    """Whether the gazetteer names ``item`` as a division of the ``kind`` a list counts its items as, whole or bare
    (高罗 of 高罗镇 for 乡镇, 武平 of 武平县 for 县); a village or a community, which the gazetteer does not hold, never.

    Examples:
        >>> _a_division_named("高罗", "乡镇"), _a_division_named("武平", "县"), _a_division_named("王五", "社区")
        (True, True, False)
    """
    if kind.endswith(_COUNTIES):
        return named_county(item)
    levels = {"乡镇": ("镇", "乡"), "镇": ("镇",), "乡": ("乡",), "街道": ("街道",)}.get(kind)
    return levels is not None and (item in towns() or any(item + level in towns() for level in levels))


def _named_county(bare: str, places: set[str]) -> str | None:
    """The full name of the one county a list names bare (武平 of 武平县) under a province or a city among ``places``
    (龙岩), the text's; None where none or two are.

    Examples:
        >>> _named_county("武平", {"龙岩"}), _named_county("武平", set())
        ('武平县', None)
    """
    county = bare_county_in(bare, {d.code for name in places for d in named(name)})
    return county.name if county is not None else None


def _named_town(bare: str, places: set[str]) -> str | None:
    """The full name of the one township of the gazetteer named ``bare`` and its level (古县镇 of 古县) that lies in
    a county among ``places``, whole or without its level (永丰县, 永丰): a town a list names bare; None where no
    county named holds one or two do.

    Examples:
        >>> _named_town("古县", {"永丰县"}), _named_town("古县", {"永丰"}), _named_town("古县", {"青山县"})
        ('古县镇', '古县镇', None)
    """
    ds = divisions()
    held = {t.name for level in ("镇", "乡") for t in towns().get(bare + level, ())
            if t.parent in ds and (ds[t.parent].name in places or ds[t.parent].name[:-1] in places)}
    return held.pop() if len(held) == 1 else None


# The bodies of a township, whose name a town's name opens (青山镇党委, 青山乡人民政府).
_TOWN_BODIES = ("党委", "政府", "人民政府", "人大", "纪委", "党政")


def town_people(found: list[Mention], text: str) -> list[Mention]:
    """A "person" whose name is a town of the gazetteer and opens the name of one of its bodies (刘家镇党委书记: LAC
    reads 刘家镇 as a person) is that town. ``found`` is in text order.

    Examples:
        >>> t = "端氏镇党委书记王五讲话。端氏镇同志出席。"
        >>> found = [Mention(0, 3, "Person", "端氏镇", 1), Mention(12, 15, "Person", "端氏镇", 1)]
        >>> [(m.text, m.type) for m in town_people(found, t)]
        [('端氏镇', 'Place'), ('端氏镇', 'Person')]
    """
    return [replace(m, type="Place") if m.type == "Person" and m.text.endswith(("镇", "乡")) and m.text in towns()
            and text.startswith(_TOWN_BODIES, m.end) else m for m in found]


# A street's or a township's place whose name a direction closes, right before a community or a village: the
# direction opens the next name (X街道西 + 上园社区 for X街道 + 西上园社区).
_DIRECTED = re.compile(r"(?:街道|镇|乡)[东西南北]$")
_LOCALITIES = ("社区", "村", "小区")


def directions_moved(found: list[Mention], text: str) -> list[Mention]:
    """A place ending with a street's or a township's level and a direction (…街道西), right before a community or a
    village (上园社区), gives the direction to it: LAC reads 青山街道西关社区 as 青山街道西 and 关社区. ``found`` is in
    text order.

    Examples:
        >>> t = "青山街道西关社区，青山镇东湖公园，青山乡北 坡村"
        >>> found = [Mention(0, 5, "Place", "青山街道西", 1), Mention(5, 8, "Place", "关社区", 1),
        ...          Mention(9, 13, "Place", "青山镇东", 1), Mention(13, 16, "Place", "湖公园", 1),
        ...          Mention(17, 21, "Place", "青山乡北", 1), Mention(22, 24, "Place", "坡村", 1)]
        >>> [m.text for m in directions_moved(found, t)]  # (not a park, nor a village apart)
        ['青山街道', '西关社区', '青山镇东', '湖公园', '青山乡北', '坡村']
        >>> [m.text for m in directions_moved([Mention(0, 2, "Place", "湖南", 1), Mention(2, 4, "Place", "坡村", 1)], "湖南坡村")]
        ['湖南', '坡村']
    """
    out = list(found)
    for i, (m, n) in enumerate(zip(found, found[1:])):
        if (m.type == n.type == "Place" and m.end == n.start and _DIRECTED.search(m.text)
                and n.text.endswith(_LOCALITIES)):
            out[i] = replace(m, end=m.end - 1, text=m.text[:-1])
            out[i + 1] = replace(n, start=n.start - 1, text=text[n.start - 1 : n.end])
    return out


def bare_towns(found: list[Mention], text: str) -> list[Mention]:
    """A "person" whose name, with 镇 or 乡 after it, is a town the text names, and who stands wherever the text names
    him at a clause's start (白石积极引导… beside 白石镇: the town's bare name, the subject of its work), is that town; not
    one named after a title or another word (党委书记金山 beside 金山镇, 村民王庄 beside 王庄镇: people), one who speaks
    (高峰说 beside 高峰镇), nor a head before his title (刘建华乡长: no town 刘建华乡).

    Examples:
        >>> t = "白石镇九个村完成提名。提名中，白石积极引导村民。金山镇党委书记金山讲话。金山表示支持。"
        >>> found = [Mention(12, 14, "Person", "白石", 1), Mention(31, 33, "Person", "金山", 1),
        ...          Mention(36, 38, "Person", "金山", 1)]
        >>> [(m.text, m.type, m.canonical) for m in bare_towns(found, t)]
        [('白石', 'Place', '白石镇'), ('金山', 'Person', None), ('金山', 'Person', None)]
    """
    towns: dict[str, str | None] = {}  # each name's town, where it is one (the text scanned once a name)
    whole = [m.type == "Person" and m.end - m.start == len(m.text) for m in found]
    for m, w in zip(found, whole):
        if w and m.text not in towns:
            towns[m.text] = _bare_town(m.text, text)
    return [Mention(m.start, m.end, "Place", m.text, m.article, m.extractor, canonical=towns[m.text])
            if w and towns[m.text] else m for m, w in zip(found, whole)]


def _found_not_before(text: str, word: str, nexts: tuple[str, ...]) -> list[int]:
    """Where ``word`` stands in ``text``, each time not before one of ``nexts`` (one character each), the first
    offset of each, left to right and none overlapping (as a pattern's matches; no pattern made per word).

    Examples:
        >>> _found_not_before("金山镇金山金山乡长", "金山", ("镇", "乡")), _found_not_before("高高高", "高高", ())
        ([3], [0])
    """
    out = []
    k = text.find(word)
    while k >= 0:
        end = k + len(word)
        if text[end : end + 1] in nexts:
            k = text.find(word, k + 1)
        else:
            out.append(k)
            k = text.find(word, end)
    return out


def _bare_town(name: str, text: str) -> str | None:
    """The town (…镇, …乡) whose bare name ``name`` is in ``text`` (:func:`bare_towns`), or None."""
    # (the town named so, not a head's title: 刘建华乡长)
    town = next((name + level for level in ("镇", "乡") if _found_not_before(text, name + level, ("长",))), None)
    bare = _found_not_before(text, name, ("镇", "乡")) if town else []
    if bare and all((k == 0 or text[k - 1] in _CLAUSE_OPENERS) and not SAYS.match(text, k + len(name))
                    for k in bare):  # (nor one who speaks: 高峰说, beside 高峰镇)
        return town
    return None


# What stands before a clause's first word: a line's start, a mark, a space.
_CLAUSE_OPENERS = "\n，,。；;：:！？!? \u3000（(“"


def villages_of_a_level(found: list[Mention], text: str) -> list[Mention]:
    """A division the gazetteer names whole, with its level, read with the 村 after it as one village (山东省村 of
    山东省村“两委”换届, 青山县村级组织): 村 speaks of the division's villages there, no village of that name; the place is
    the division. So with 镇 or 乡 after it (平昌县镇(街道)、村志: the county's towns; the township table holds no town
    of four characters or more named so, 新县镇 of three is left alone).

    Examples:
        >>> t = "河北省村两委换届，新集市村召开会议"
        >>> found = [Mention(0, 4, "Place", "河北省村", 1), Mention(9, 13, "Place", "新集市村", 1)]
        >>> [m.text for m in villages_of_a_level(found, t)]  # (新集市 is no division: a village's name)
        ['河北省', '新集市村']
        >>> [m.text for m in villages_of_a_level([Mention(0, 4, "Place", "巫山县镇", 1)], "巫山县镇、村两级")]
        ['巫山县']
    """
    return [Mention(m.start, m.end - 1, m.type, m.text[:-1], m.article, m.extractor)
            if m.type == "Place" and len(m.text) >= 4 and m.text.endswith(("村", "镇", "乡"))
            and m.end - m.start == len(m.text) and m.text[-2] in "省市县区" and named(m.text[:-1]) else m for m in found]


_SIDES = "上下东西南北前后中"


def village_sides(found: list[Mention], text: str) -> list[Mention]:
    """A village, a community or another place whose name opens with a side (下郭家村, 东岭社区) that the recognizer
    left out, right after the town's or township's level (白石镇下郭家村) or after a list's mark (红旗村、前张庄村), where
    jieba reads the side as a word alone: the village whole (a town's level is followed by its places, not by a
    locality of it: 镇下辖 is one word).

    Examples:
        >>> t = "白石镇下郭家村的村民，青山镇里王村"
        >>> [m.text for m in village_sides([Mention(4, 7, "Place", "郭家村", 1), Mention(14, 17, "Place", "里王村", 1)], t)]
        ['下郭家村', '里王村']
        >>> t = "白石县下杨村，青山镇上王村"  # (after a county's level; 镇上, "in the town", one word)
        >>> [m.text for m in village_sides([Mention(4, 6, "Place", "杨村", 1), Mention(11, 13, "Place", "王村", 1)], t)]
        ['杨村', '王村']
        >>> t = "红旗村、前张庄村、东湖村"
        >>> found = [Mention(0, 3, "Place", "红旗村", 1), Mention(5, 8, "Place", "张庄村", 1),
        ...          Mention(9, 12, "Place", "东湖村", 1)]
        >>> [m.text for m in village_sides(found, t)]
        ['红旗村', '前张庄村', '东湖村']
    """
    return [Mention(m.start - 1, m.end, m.type, text[m.start - 1 : m.end], m.article, m.extractor)
            if m.type == "Place" and m.start >= 2 and text[m.start - 1] in _SIDES and text[m.start - 2] in "镇乡、"
            and any(w.start == m.start - 1 and w.end == m.start for w in clause_words(text, m.start - 1)) else m
            for m in found]


def towns_before_villages(found: list[Mention], text: str) -> list[Mention]:
    """A township of the gazetteer (a town, a township or a street: two to four characters and 镇, 乡 or 街道) whose
    name ends right before a village or a community the recognizers found is a place, whole: 大寺上镇 + 红旗村, where
    the tagger reads no town or cuts it (寺上镇); not the gazetteer's other units (工业园区, 县林场). ``found`` is in
    text order.

    Examples:
        >>> t = "老人是开张镇红旗村人，住在工业园区红旗村"
        >>> found = [Mention(6, 9, "Place", "红旗村", 1), Mention(17, 20, "Place", "红旗村", 1)]
        >>> [m.text for m in towns_before_villages(found, t)]  # (工业园区 is no town)
        ['开张镇', '红旗村', '红旗村']
        >>> [m.text for m in towns_before_villages([Mention(4, 6, "Place", "张镇", 1), Mention(6, 9, "Place", "红旗村", 1)], t)]
        ['开张镇', '红旗村']
        >>> t = "青山开张镇红旗村，开张镇红旗湖"  # (a name read over the town's start; a lake)
        >>> found = [Mention(0, 4, "Place", "青山开张", 1), Mention(5, 8, "Place", "红旗村", 1), Mention(12, 15, "Place", "红旗湖", 1)]
        >>> [m.text for m in towns_before_villages(found, t)]
        ['青山开张', '红旗村', '红旗湖']
    """
    out: list[Mention] = []
    for m in found:
        if m.type == "Place" and m.text.endswith(_LOCALITIES):
            begin = town_ending_at(text, m.start)
            if begin is not None:
                while out and out[-1].start >= begin and out[-1].end <= m.start:
                    out.pop()  # (a part of the town the recognizers read: 张镇 of 开张镇)
                if not (out and out[-1].end > begin):
                    out.append(Mention(begin, m.start, "Place", text[begin : m.start], m.article, m.extractor))
        out.append(m)
    return out


def towns_over_villages(found: list[Mention], text: str) -> list[Mention]:
    """A place the recognizers read over a township of the gazetteer and the village, community or housing estate right
    after it is two places, the township and the village (开张镇红旗村: 开张镇, 红旗村); not where the rest is one
    character and its level (开张镇村 is no village of its own).

    Examples:
        >>> t = "住在开张镇红旗村"
        >>> [m.text for m in towns_over_villages([Mention(2, 8, "Place", "开张镇红旗村", 1)], t)]
        ['开张镇', '红旗村']
        >>> [m.text for m in towns_over_villages([Mention(2, 6, "Place", "开张镇村", 1)], "住在开张镇村")]
        ['开张镇村']
    """
    out: list[Mention] = []
    for m in found:
        town = town_opening(m.text) if m.type == "Place" and m.text.endswith(_LOCALITIES) else 0
        split = m.start + town
        if not town or len(m.text) - town < 3:
            out.append(m)
            continue
        out += [replace(m, end=split, text=text[m.start : split], canonical=None),
                replace(m, start=split, text=text[split : m.end], canonical=None)]
    return out


def county_towns(found: list[Mention], text: str) -> list[Mention]:
    """A county's name right before a township of that county in the gazetteer names that county (海盐 of 海盐百步镇
    is 海盐县, where 海盐县 holds 百步镇: :func:`kg.towns.holding_county`): a bare name gets the county's full name as
    its ``canonical``, and a place the recognizers read as one over both is two, the county and the town. Not where
    the town lies in no county of that name (a name that only ends with a town's), nor after one character (沛 of
    沛县). ``found`` is in text order.

    Examples:
        >>> t = "村民来自海盐百步镇横港村，住在青山百步镇"
        >>> found = [Mention(4, 9, "Place", "海盐百步镇", 1), Mention(9, 12, "Place", "横港村", 1), Mention(15, 20, "Place", "青山百步镇", 1)]
        >>> [(m.text, m.canonical) for m in county_towns(found, t)]
        [('海盐', '海盐县'), ('百步镇', None), ('横港村', None), ('青山百步镇', None)]
        >>> found = [Mention(4, 6, "Place", "海盐", 1), Mention(6, 9, "Place", "百步镇", 1)]  # (read apart)
        >>> [(m.text, m.canonical) for m in county_towns(found, t)]
        [('海盐', '海盐县'), ('百步镇', None)]
        >>> def bare(t, first, second, kind="Place", canonical=None):  # the first's canonical, after county_towns
        ...     b = t.index(second)
        ...     return county_towns([Mention(0, len(first), "Place", first, 1, canonical=canonical),
        ...                          Mention(b, b + len(second), kind, second, 1)], t)[0].canonical
        >>> bare("海盐百步镇", "海盐", "百步镇", "Organization"), bare("海盐、百步镇", "海盐", "百步镇")  # (no place; apart)
        (None, None)
        >>> bare("海盐百步镇", "海盐", "百步镇", canonical="青山"), bare("沛大屯街道", "沛", "大屯街道")  # (named; one character)
        ('青山', None)
        >>> bare("海盐县百步镇", "海盐县", "百步镇"), bare("梨树梨树镇", "梨树", "梨树镇")  # (whole; two counties: 梨树县, 梨树区)
        (None, None)
        >>> [(m.text, m.canonical) for m in county_towns([Mention(0, 6, "Place", "海盐县百步镇", 1)], "海盐县百步镇")]
        [('海盐县', None), ('百步镇', None)]
        >>> [m.text for m in county_towns([Mention(4, 9, "Organization", "海盐百步镇", 1)], t)]  # (no place)
        ['海盐百步镇']
        >>> [m.text for m in county_towns([Mention(0, 5, "Place", "沛大屯街道", 1)], "沛大屯街道")]  # (one character: 沛县's)
        ['沛大屯街道']
    """
    out: list[Mention] = []
    for k, m in enumerate(found):
        if m.type != "Place":
            out.append(m)
            continue
        begin = town_ending_at(text, m.end)
        county = holding_county(text[m.start : begin], text[begin : m.end]) if begin is not None and begin - m.start >= 2 else None
        if county is not None:  # 海盐百步镇 read as one
            bare = text[m.start : begin]
            out += [Mention(m.start, begin, "Place", bare, m.article, m.extractor, canonical=county if county != bare else None),
                    Mention(begin, m.end, "Place", text[begin : m.end], m.article, m.extractor)]
            continue
        after = found[k + 1] if k + 1 < len(found) else None
        if (after is not None and after.type == "Place" and after.start == m.end and m.canonical is None
                and len(m.text) >= 2 and (county := holding_county(m.text, after.text)) not in (None, m.text)):
            m = replace(m, canonical=county)  # 海盐 + 百步镇 read apart
        out.append(m)
    return out


def titled_names(found: list[Mention], text: str) -> list[Mention]:
    """A person named between a body and the title that follows the name, whom the recognizer left out
    (青山疾控中心付小萍研究员, 青山研究院钱大光教授): two or three characters that open with a surname and that jieba
    reads as one person's name (not 中心副 of …中心副主任, 原党委 of …原党委书记), right after the body, right before an
    office's title. ``found`` is in text order.

    Examples:
        >>> t = "青山疾控中心付小萍研究员、青山大学党委书记出席"
        >>> found = [Mention(0, 6, "Organization", "青山疾控中心", 1), Mention(13, 17, "Organization", "青山大学", 1)]
        >>> [(m.text, m.type) for m in titled_names(found, t)]
        [('青山疾控中心', 'Organization'), ('付小萍', 'Person'), ('青山大学', 'Organization')]
    """
    spans = [(m.start, m.end) for m in found]
    made: list[Mention] = []
    for m in found:
        if m.type != "Organization" or m.end - m.start != len(m.text):
            continue
        for n in (3, 2):
            name, after = text[m.end : m.end + n], text[m.end + n : m.end + n + 6].removeprefix("副")
            read = words(name)
            if (len(name) == n and re.fullmatch(rf"[{_HAN}]+", name) and after.startswith(OFFICES)
                    and len(read) == 1 and read[0].pos == "nr" and surname_count(name[0]) > 0 and not named(name)
                    and not any(b < m.end + n and m.end < e for b, e in spans)):
                made.append(Mention(m.end, m.end + n, "Person", name, m.article, m.extractor))
                break
    return sorted([*found, *made], key=lambda m: (m.start, m.end)) if made else found


# A name right after an office's title, closed by what ends an item of a list of people: 副校长于洪水、 (洪水 a word).
_AFTER_OFFICE = re.compile(rf"(?:{'|'.join(sorted(_OFFICE_TITLES, key=len, reverse=True))})"
                           rf"(?=([{_HAN}]{{2,3}}?)[、，,；;。等])")
# What a name's given part is never read as: a verb, a pronoun, an adverb, a preposition, a conjunction, a numeral,
# a measure word, a locality, a time or a place word, a particle (王说, 还说, 和他, 于会上).
_NOT_GIVEN = ("v", "r", "d", "p", "c", "m", "q", "f", "t", "s", "u", "y", "e")
# After a group's title (kg.extract.titles.GROUP_TITLES) two characters are as often what the group does (乡干部包村、)
# as a name, so they are read as one only before 等 or before another person of the list (干部牛召等).


def office_names(found: list[Mention], text: str) -> list[Mention]:
    """A person named right after an office's title whom the recognizers left out or cut, because the name reads as
    words (于洪水: 于 and 洪水, flood; 高真理: 真理, truth): two or three characters that open with a surname
    (not a conjunction: 和, 与) and that jieba reads as a name or as a surname then words that may name a person
    (:func:`_reads_as_a_name`), closed by what ends an item of a list of people (、，；。 or 等),
    with no title inside; where no mention stands but a person inside them (许又 of 许又明). ``found`` is in text
    order.

    Examples:
        >>> t = "副校长于洪水、王力等领导出席。书记高真理，局长许又明，主任王说，书记和他、县长强调，局长一职，总统任期时，干部管战士。"
        >>> [m.text for m in office_names([Mention(7, 9, "Person", "王力", 1), Mention(24, 26, "Person", "许又", 1)], t)]
        ['于洪水', '王力', '高真理', '许又明']
        >>> [m.text for m in office_names([], "办公厅干部牛召等调研，乡干部包村、村干部包户")]  # (a group's title)
        ['牛召']
        >>> [m.text for m in office_names([Mention(8, 10, "Person", "王五", 1)], "青山县干部牛召、王五调研")]
        ['牛召', '王五']
        >>> [m.text for m in office_names([], "志愿者李文义，")]  # (three characters: a name after a group's title too)
        ['李文义']
        >>> [m.text for m in office_names([], "总书记在北京、上海，主任王书记、")]  # no surname; a title inside
        []
        >>> t = "书记王青山、副校长于洪水、主任周大海等人"  # a mention inside that is no person, or that reaches out of it
        >>> ms = [Mention(3, 5, "Place", "青山", 1), Mention(7, 11, "Person", "校长于洪", 1), Mention(16, 19, "Person", "大海等", 1)]
        >>> [m.text for m in office_names(ms, t)]
        ['青山', '校长于洪', '大海等']
    """
    made: list[Mention] = []
    for x in _AFTER_OFFICE.finditer(text):
        b, e = x.start(1), x.end(1)
        item = text[b:e]
        inside = [m for m in found if m.start < e and b < m.end]
        if (surname_count(item[0]) == 0 or item[0] in _LIST_WORDS or any(o in item for o in OFFICES)
                or any(m.type != "Person" or m.start < b or m.end > e for m in inside) or not _reads_as_a_name(item)
                or x.group() in _GROUP_TITLES and len(item) == 2 and not _in_a_list(text, e, found)):
            continue  # (no two items overlap: a title inside an item would be an office in it)
        made.append(Mention(b, e, "Person", item, inside[0].article if inside else _article_at(found, b),
                            found[0].extractor if found else ""))
    if not made:
        return found
    kept = [m for m in found if not any(x.start <= m.start and m.end <= x.end for x in made)]
    return sorted(kept + made, key=lambda m: (m.start, -m.end))


def _adjacent(items: list[tuple[int, int]], k: int, step: int) -> list[tuple[int, int]]:
    """The items of the same list next to item ``k``, going ``step`` (-1: before, 1: after)."""
    out = []
    j = k
    while 0 <= j + step < len(items) and (items[j + step][0] == items[j][1] + 1 if step > 0
                                          else items[j + step][1] == items[j][0] - 1):
        j += step
        out.append(items[j])
    return out


def _a_word(item: str) -> bool:
    """Whether jieba reads ``item`` as one word other than a person's name (作者, 主持人)."""
    ws = words(item)
    return len(ws) == 1 and not ws[0].pos.startswith("nr")


def _in_a_list(text: str, end: int, found: list[Mention]) -> bool:
    """Whether a name ending at ``end`` stands in a list of people: 等 follows it, or 、 and another person."""
    return text[end] == "等" or text[end] == "、" and any(m.type == "Person" and m.start == end + 1 for m in found)


def _reads_as_a_name(item: str) -> bool:
    """Whether jieba reads ``item`` as one person's name that is no word of its dictionary (牛召; not 陈述, 阳光), or as
    a surname alone, no numeral or verb (一职, 管战士), then words none of which is a verb, a pronoun, a time or another
    function word (高 真理; not 王 说, 任期 时); after a preposition (于, 向), one name (于 洪水; not 向 群众, 于 会上).

    Examples:
        >>> [_reads_as_a_name(t) for t in ("牛召", "于洪水", "高真理", "阳光", "向群众", "于会上", "于近日", "向我", "王说")]
        [True, True, True, False, False, False, False, False, False]
        >>> _reads_as_a_name("高近日"), _reads_as_a_name("高门口"), _reads_as_a_name("高他们")  # (a time, a place, a pronoun)
        (False, False, False)
    """
    ws = words(item)
    if len(ws) == 1:
        return ws[0].pos.startswith("nr") and not in_dictionary(item)  # (陈述, 阳光: words jieba tags as names)
    first, rest = ws[0], ws[1:]
    if len(first.text) != 1 or first.pos.startswith(("m", "v")):
        return False
    if first.pos.startswith("p"):  # 于, 向: a preposition as often as a surname; then the rest is one name (于 洪水)
        return len(rest) == 1 and rest[0].pos.startswith("nr")
    return not any(w.pos.startswith(_NOT_GIVEN) for w in rest)


def _article_at(found: list[Mention], offset: int) -> int:
    """The article of the mention nearest before ``offset`` (the first mention's where none stands before; 1 where
    there is none)."""
    before = max((m for m in found if m.start <= offset), key=lambda m: m.start, default=None)
    return before.article if before is not None else (found[0].article if found else 1)


@lru_cache(maxsize=1)
def _known_not_people() -> dict[str, str]:
    """The training names (MSRA, People's Daily, CLUENER) labeled as a place or a body and never as a
    person, with their one type (a name labeled both ways is left out)."""
    labels: dict[str, set[str]] = {}
    for name, label in training_names():
        labels.setdefault(name, set()).add(label)
    return {name: TYPES[label] for name, ls in labels.items() if len(ls) == 1
            for label in ls if label in ("LOC", "ORG")}


# A transliterated place's ending (…斯克, …格勒, …港) or a level (…省, …市) that no person's name ends with.
_FOREIGN_PLACE_END = re.compile(r"^.{2,}(?:斯克|格勒|港)$|^.{2,}[省市]$")


# The levels a village's or a town's short name leaves out (刘家岗 of 刘家岗村).
_SHORT_LEVELS = ("村", "社区", "镇", "乡", "街道")
# The words right before a place (到刘家岗办事, 在刘家岗).
_TO_A_PLACE = frozenset("到在去来往赴至从进回")


def places_named_short(found: list[Mention], text: str) -> list[Mention]:
    """A name read as a person's that is a village's of the document less its level, with no sign of a person by it (a
    title or 村民 before it, 说 or 同志 after it), is no person: the village named short (到刘家岗办事, 李庄的变化, where
    the text names 刘家岗村, 李庄村; not 村民李庄说); a town's or a street's only right after 到, 在, 去 … (not the hero
    a street is named for, 学习雷锋 beside 雷锋街道); nor, wherever it stands, a
    county's or a city's bare name that the text names with its level (郸城籍大学生 beside 郸城县); nor a name kept
    back, a surname and 某 (王某, 李某某: no one the graph can tell apart). The mention is dropped.

    Examples:
        >>> from kg.model import Mention
        >>> t = "献血车驶进刘家岗村。他到刘家岗办事，村主任刘家岗说。"
        >>> ms = [Mention(5, 9, "Place", "刘家岗村", 1), Mention(12, 15, "Person", "刘家岗", 1)]
        >>> [m.text for m in places_named_short(ms, t)]
        ['刘家岗村']
        >>> ms = [Mention(5, 9, "Place", "刘家岗村", 1), Mention(21, 24, "Person", "刘家岗", 1)]  # (a title before it)
        >>> [m.text for m in places_named_short(ms, t)]
        ['刘家岗村', '刘家岗']
        >>> t = "望城区雷锋街道开展活动，学习雷锋精神。"
        >>> ms = [Mention(3, 7, "Place", "雷锋街道", 1), Mention(14, 16, "Person", "雷锋", 1)]
        >>> [m.text for m in places_named_short(ms, t)]
        ['雷锋街道', '雷锋']
        >>> t = "郸城县青年返乡。郸城籍大学生王某说。"
        >>> ms = [Mention(0, 3, "Place", "郸城县", 1), Mention(8, 10, "Person", "郸城", 1),
        ...       Mention(14, 16, "Person", "王某", 1)]
        >>> [m.text for m in places_named_short(ms, t)]
        ['郸城县']
    """
    places = {m.text for m in found if m.type == "Place"}
    return [m for m in found if m.type != "Person"
            or "某" not in m.text and not any(m.text + level in places and spelled_by_divisions(m.text + level)
                                              for level in "县市区")
            and not (m.text + "村" in places and not _a_person_s_sign(text, m)
                     or text[m.start - 1 : m.start] in _TO_A_PLACE
                     and any(m.text + level in places for level in _SHORT_LEVELS))]


# What says a name is a person's: a word for the people of a place before it, words of speaking or of respect after.
_PEOPLE_BEFORE = ("村民", "居民", "群众", "党员", "老人")
_PERSON_AFTER = re.compile(r"说|表示|介绍|告诉|谈到|同志|烈士|先生|女士|老人|大爷|大妈|家")


def _a_person_s_sign(text: str, m: Mention) -> bool:
    """Whether a title or a word for the people of a place stands right before a name, or a word of speaking or of
    respect right after it (村民李庄说, 村主任李庄, 李庄同志).

    Examples:
        >>> t = "村民李庄说，李庄的变化大。"
        >>> _a_person_s_sign(t, Mention(2, 4, "Person", "李庄", 1)), _a_person_s_sign(t, Mention(6, 8, "Person", "李庄", 1))
        (True, False)
    """
    return (text.endswith(TITLES + _TITLES_BEFORE + _PEOPLE_BEFORE, 0, m.start)
            or _PERSON_AFTER.match(text, m.end) is not None)


def people_who_are_none(found: list[Mention], text: str) -> list[Mention]:
    """Names read as people that are not: a name the labeled data knows only as a place or a body
    (贝宁, 吉布提) takes that type, unless a title stands before one of its mentions (总理卡尼); a name with a
    place's ending (…斯克, …省) is a place (not 埃隆·马斯克, 王志港: a foreign name in parts, a common surname); a
    country's side (加方) and a pair of countries (柬中) are no entity in news of countries (双方, 总统 …) that
    names a place opening with each character (加拿大; 柬埔寨 and 中国); a name of five Chinese characters or more
    that ends as bodies' names do (冯家垅龙舟队) is a body.

    Examples:
        >>> from kg.model import Mention
        >>> t = "加拿大总理会见贝宁总统。加方表示，柬中友谊长存。俄军进入叶伊斯克。"
        >>> ms = [Mention(0, 3, "Place", "加拿大", 1), Mention(7, 9, "Person", "贝宁", 1),
        ...       Mention(12, 14, "Person", "加方", 1), Mention(17, 19, "Person", "柬中", 1),
        ...       Mention(28, 32, "Person", "叶伊斯克", 1)]
        >>> [(m.text, m.type) for m in people_who_are_none(ms, t)]
        [('加拿大', 'Place'), ('贝宁', 'Place'), ('柬中', 'Person'), ('叶伊斯克', 'Place')]
        >>> [m.type for m in people_who_are_none([Mention(0, 6, "Person", "冯家垅龙舟队", 1)], "冯家垅龙舟队夺冠")]
        ['Organization']
        >>> [m.type for m in people_who_are_none([Mention(0, 5, "Person", "佐佐木健司", 1)], "佐佐木健司出席")]
        ['Person']
        >>> [m.type for m in people_who_are_none([Mention(0, 5, "Person", "黄家湾乐队", 1)], "黄家湾乐队演唱")]
        ['Organization']
    """
    known = _known_not_people()
    titled = {m.text for m in found if m.type == "Person" and text.endswith(TITLES + _TITLES_BEFORE, 0, m.start)}
    # (a country's side only in news of countries: not 黄方 in a report from 黄冈)
    opened = {m.text[0] for m in found if m.type == "Place"} if _OF_COUNTRIES.search(text) else set()
    out = []
    for m in found:
        # (a common surname and one or two characters is a person's name as often: 高明, 黄海, 王志港; a known
        # place's of two characters only where a country's word follows: 马里总统)
        surnamed = len(m.text) <= 3 and surname_count(m.text[0]) >= COMMON_SURNAME
        if m.type == "Person" and m.text not in titled:
            if m.text in known and (len(m.text) > 2 or not surnamed or _OF_A_COUNTRY.match(text, m.end)):
                m = replace(m, type=known[m.text])
            elif _FOREIGN_PLACE_END.match(m.text) and not surnamed and "·" not in m.text:  # (埃隆·马斯克)
                m = replace(m, type="Place")
            elif len(m.text) >= 5 and m.text[-1] in _bodies_last_characters() and re.fullmatch(f"[{_HAN}]+", m.text):
                m = replace(m, type="Organization")  # 冯家垅龙舟队, 黄家湾乐队: no Chinese name is so long, nor ends so
            elif len(m.text) == 2 and all(c in ONE_CHARACTER_PLACES and c in opened for c in m.text.removesuffix("方")):
                continue  # (one of people listed, 罗方、李强等, comes back with the list: list_people)
        out.append(m)
    return out


@lru_cache(maxsize=1)
def _bodies_last_characters() -> frozenset[str]:
    """The characters that close 500 labeled bodies' names or more, no person's and hardly a place's (one in 200): 队
    (631 bodies, no other name) and 局 (500 bodies, 2 places), not 司 of 公司 (846 bodies, no other name: but Japanese
    given names, 健司, which the labeled data lacks, end so), nor 馆, 心, 站, which close places too.

    Examples:
        >>> sorted(_bodies_last_characters())
        ['局', '队']
    """
    ends: dict[str, Counter] = defaultdict(Counter)
    for name, label in training_names():
        ends[name[-1]][label] += 1
    return frozenset(c for c, n in ends.items() if n["ORG"] >= 500 and n["PER"] == 0 and n["LOC"] <= 0.005 * n["ORG"]
                     and c != "司")


# Words of news of countries (双方, 两国, 外长), and a country's words after its name (贝宁总统, 马里政府).
_OF_COUNTRIES = re.compile("双方|两国|建交|外长|外交部|大使|总统|首相|国王|会谈|访华")
_OF_A_COUNTRY = re.compile("总统|总理|首相|国王|外长|政府|议会|大使|首都|境内|方面|人民|国家")


def brand_places(found: list[Mention]) -> list[Mention]:
    """A "place" that is no division nor a place of the training data, and that opens the name of
    one company the recognizer reads in the document, before a head that carries a proper name only
    (青禾 of 青禾集团: a company's short name, which LAC tags as a place; not 白鹤滩 of 白鹤滩水电站, nor a district's
    name without its level, 黄岩 of 黄岩中学), is that company.

    Examples:
        >>> ms = [Mention(0, 4, "Organization", "青禾集团", 1), Mention(9, 11, "Place", "青禾", 1)]
        >>> [(m.type, m.canonical) for m in brand_places(ms)]
        [('Organization', None), ('Organization', '青禾集团')]
        >>> [m.type for m in brand_places([Mention(0, 5, "Organization", "郑州市政府", 1), Mention(6, 8, "Place", "郑州", 1)])]
        ['Organization', 'Place']
        >>> [m.type for m in brand_places([Mention(0, 4, "Organization", "黄岩中学", 1), Mention(6, 8, "Place", "黄岩", 1)])]
        ['Organization', 'Place']
        >>> [m.type for m in brand_places([Mention(0, 4, "Organization", "宝安集团", 1), Mention(6, 8, "Place", "宝安", 1)])]
        ['Organization', 'Organization']
    """
    bodies = {m.text for m in found if m.type == "Organization"}
    out = []
    for m in found:
        if m.type == "Place" and 2 <= len(m.text) <= 4 and not _division(m.text) and not find(m.text) \
                and m.text not in training_places() and not any(m.text.endswith(x) for x in _PLACE_ENDS):
            # (what the company's name adds: a head that carries a proper name, 公司, 集团, 超市 …; not a works,
            # 白鹤滩水电站, nor a body of a place; a school, a hospital named for a district, 黄岩中学, leaves the
            # district's bare name a place: companies take such names as brands, 宝安集团)
            owners = [b for b in bodies if b.startswith(m.text) and b[len(m.text) :] in PROPER_HEADS]
            placed = _bare_district(m.text) and not any(_COMPANY_HEAD.search(b[len(m.text) :]) for b in owners)
            if len(owners) == 1 and not placed and not any(
                    x.type == "Place" and x.text != m.text and x.text.startswith(m.text) for x in found):
                m = Mention(m.start, m.end, "Organization", m.text, m.article, m.extractor, canonical=owners[0])
        out.append(m)
    return out


# What a company's name ends with, not a school's or a hospital's: 公司, 集团, 超市, 股份.
_COMPANY_HEAD = re.compile("公司|集团|超市|股份|商场|商行")


def _bare_district(name: str) -> bool:
    """Whether ``name`` is a district's or a county's name without its level (黄岩 of 黄岩区, 金水 of 金水区), a place
    kg does not take alone where it stands (many cities have a district so named) but no company's short name either.

    Examples:
        >>> _bare_district("黄岩"), _bare_district("青禾"), _bare_district("合作")
        (True, False, False)
    """
    return not spells_a_word(name) and any(d.level == "county" for level in "区县" for d in named(name + level))


# A clause: what a list of items joined by 、 cannot run past.
_CLAUSE = re.compile(r"[^，,。；;！？!?\n：:]+")
# The one-character heads of government and unit bodies that a list names side by side (财政厅、司法厅、科技厅).
_LISTED_HEADS = "厅局处委办科部"
# Words that end with such a head and name no body: people (干部), rooms (餐厅, 大厅), a part or a whole (内部, 全部),
# a situation (格局, 大局), a level of study (本科), a point (好处): an item ending with one is none.
_NOT_BODIES = ("干部", "格局", "布局", "大局", "全局", "结局", "餐厅", "大厅", "展厅", "客厅", "内部", "外部", "全部", "局部",
               "学科", "本科", "专科", "之处", "好处", "难处", "长处", "用处")


def listed_bodies(found: list[Mention], text: str) -> list[Mention]:
    """Bodies listed beside a body of their kind, whom the recognizers left out: in a list joined by 、, each item next
    to a body (or to such an item) that ends with the same head (厅, 局, 处, 委, 办, 科, 部) and holds no mention is a
    body of that kind too (省财政厅、司法厅、科技厅联合发文: 司法厅 and 科技厅, however jieba reads them; the last item
    ends at 等 or at its head); not the list's first item (where it begins is not known), nor a word of a place's side
    (西北部: :func:`_side_word`), nor two characters (一处, 干部). ``found`` is in text order.

    Examples:
        >>> t = "省财政厅、司法厅、科技厅联合发文，有宣传部、教育厅、文化厅、卫生厅等，青山县教育局、西北部、卫生局、一处"
        >>> found = [Mention(0, 4, "Organization", "省财政厅", 1), Mention(26, 29, "Organization", "文化厅", 1),
        ...          Mention(35, 41, "Organization", "青山县教育局", 1)]
        >>> [m.text for m in listed_bodies(found, t)]
        ['省财政厅', '司法厅', '科技厅', '教育厅', '文化厅', '卫生厅', '青山县教育局']
        >>> [m.text for m in listed_bodies([Mention(2, 6, "Organization", "省财政厅", 1)], "包括省财政厅、司法厅。")]
        ['省财政厅', '司法厅']
        >>> def listed(t, first):  # the items made after a body that opens the text
        ...     return [m.text for m in listed_bodies([Mention(0, len(first), "Organization", first, 1)], t)][1:]
        >>> listed("青山县教育局、宣传部", "青山县教育局"), listed("青山县教育局、总局", "青山县教育局")
        ([], [])
        >>> listed("青山县教育局、ABC局", "青山县教育局"), listed("青山县宣传部、西北部", "青山县宣传部")
        ([], [])
        >>> listed("青山公司、红河公司", "青山公司"), listed("青山县教育局、青山县红河镇人民政府规划局", "青山县教育局")
        ([], [])
        >>> [m.text for m in listed_bodies([Mention(9, 12, "Organization", "文化厅", 1)], "会上，包括教育厅、文化厅")]
        ['文化厅']
        >>> listed("青山县组织部、全体党员干部", "青山县组织部"), listed("青山市财政局、新格局下的工作", "青山市财政局")
        ([], [])
        >>> t = "青山县教育局、红河县局"  # (a place read inside)
        >>> [m.text for m in listed_bodies([Mention(0, 6, "Organization", t[:6], 1), Mention(7, 10, "Place", "红河县", 1)], t)]
        ['青山县教育局', '红河县']
    """
    bodies = {(m.start, m.end): m for m in found if m.type == "Organization" and m.text[-1] in _LISTED_HEADS}
    made: list[Mention] = []
    for clause in _CLAUSE.finditer(text):
        items, at = [], clause.start()
        for part in clause.group().split("、"):
            items.append((at, at + len(part)))
            at += len(part) + 1
        b, e = items[-1]  # the last item: up to 等, or to its first head
        cut = min((i for i in (text.find("等", b, e), *(text.find(h, b + 2, e) + 1 for h in _LISTED_HEADS)) if i > b),
                  default=e)
        items[-1] = (b, cut)
        known = [bodies.get(item) for item in items]
        known[0] = next((m for (_, y), m in bodies.items() if y == items[0][1]), None)  # 包括省委宣传部、
        for order in (range(1, len(items)), range(len(items) - 2, 0, -1)):  # forward, then back to the second item
            for k in order:
                b, e = items[k]
                near = known[k - 1] if order.step == 1 else known[k + 1]
                if (known[k] is not None or near is None or text[e - 1] != near.text[-1] or e - b < 3 or e - b > 8
                        or not re.fullmatch(rf"[{_HAN}]+", text[b:e]) or text[b:e].endswith(_NOT_BODIES)
                        or any(m.start < e and b < m.end for m in found) or _side_word(text[b:e])):
                    continue
                known[k] = Mention(b, e, "Organization", text[b:e], near.article, near.extractor)
                made.append(known[k])
    return sorted([*found, *made], key=lambda m: (m.start, -m.end)) if made else found


# A department's head titled with the department's name fused (教育局长 for 教育局局长, 宣传部长 for 宣传部部长), in a
# chain of titles or opening a clause, before a name.
_FUSED_HEAD = re.compile(rf"(?:(?<=[、，,。；;：:\n])|^)([{_HAN}]{{2}}[部局厅处])长(?=[{_HAN}])")


def fused_departments(found: list[Mention], text: str) -> list[Mention]:
    """The department a fused head's title names (县政协副主席、教育局长李四: 教育局), where a person's name follows
    and the training data names such a department (宣传部, 教育局, 公安局; a field and the head, three characters):
    the recognizers read the title as words. Not after a place or a body, whose department it would be (县公安局长, 俄
    外交部长: the chain's own rules read those).

    Examples:
        >>> t = "县政协副主席、教育局长李小帅出席。"
        >>> found = [Mention(0, 3, "Organization", "县政协", 1), Mention(11, 14, "Person", "李小帅", 1)]
        >>> [m.text for m in fused_departments(found, t)]
        ['县政协', '教育局', '李小帅']
        >>> fused_departments([Mention(5, 8, "Person", "李小帅", 1)], "县公安局长李小帅出席。")[0].text
        '李小帅'
    """
    made = []
    for m in _FUSED_HEAD.finditer(text):
        b, e = m.span(1)
        if (m.group(1) in training_orgs() and any(x.type == "Person" and x.start == e + 1 for x in found)
                and not any(x.start < e and b < x.end for x in found)):
            person = next(x for x in found if x.type == "Person" and x.start == e + 1)
            made.append(Mention(b, e, "Organization", m.group(1), person.article, person.extractor))
    return sorted([*found, *made], key=lambda x: (x.start, -x.end)) if made else found


def villages_cut_short(found: list[Mention], text: str) -> list[Mention]:
    """A place the recognizers end right before the 村 that closes its name, where the name holds no level (史村铺 of
    史村铺村, whose 村 inside makes the tagger stop short), 村 a word of its own there: the village, whole; so is a
    place before 嘎查, Inner Mongolia's village (兴隆屯嘎查).

    Examples:
        >>> t = "在白石街道史村铺村，史村铺村的大棚，青山村民，白石苏木兴隆屯嘎查"
        >>> found = [Mention(5, 8, "Place", "史村铺", 1), Mention(10, 13, "Place", "史村铺", 1),
        ...          Mention(18, 20, "Place", "青山", 1), Mention(27, 30, "Place", "兴隆屯", 1)]
        >>> [m.text for m in villages_cut_short(found, t)]  # (青山村民: villagers)
        ['史村铺村', '史村铺村', '青山', '兴隆屯嘎查']
    """
    out = []
    for m in found:
        if m.type == "Place" and m.end - m.start == len(m.text) >= 2 and m.text[-1] not in LEVEL_CHARS \
                and _village_word_at(text, m.end) and not worded_village(m.text + "村", text[m.end + 1 : m.end + 5]):
            m = Mention(m.start, m.end + 1, m.type, m.text + "村", m.article, m.extractor)
        elif m.type == "Place" and m.end - m.start == len(m.text) >= 2 and text.startswith(MONGOLIAN_VILLAGE, m.end):
            m = Mention(m.start, m.end + 2, m.type, m.text + MONGOLIAN_VILLAGE, m.article, m.extractor)
        out.append(m)
    return out


def towns_cut_short(found: list[Mention], text: str) -> list[Mention]:
    """A place the recognizers read inside the longest township of the gazetteer that ends where it ends, itself no
    township of the gazetteer (蒲潭镇 of 位于隔蒲潭镇, 隔 a verb to jieba): the township, whole; not where what it adds
    holds a division of its own (长春 + 中路街道: a chain of two places, as organization.sentence_mentions reads them).
    A township read whole stays (马营镇 of 路过马营镇, though 过马营镇 is one too); one read without the level after it is
    read with it (达尔汗 + 苏木), unless the level opens a word (海南 of 海南乡村: no 海南乡).

    Examples:
        >>> t = "对位于隔蒲潭镇的企业检查，走进白石镇"
        >>> found = [Mention(4, 7, "Place", "蒲潭镇", 1), Mention(15, 18, "Place", "白石镇", 1)]
        >>> [m.text for m in towns_cut_short(found, t)]
        ['隔蒲潭镇', '白石镇']
        >>> towns_cut_short([Mention(4, 7, "Place", "马营镇", 1)], "巡查组路过马营镇")[0].text
        '马营镇'
        >>> towns_cut_short([Mention(2, 5, "Place", "达尔汗", 1)], "来到达尔汗苏木")[0].text  # (read without its level)
        '达尔汗苏木'
        >>> towns_cut_short([Mention(0, 2, "Place", "海南", 1)], "海南乡村旅游升温")[0].text
        '海南'
    """
    out = []
    for m in found:
        if m.type == "Place" and m.end - m.start == len(m.text) and m.text not in towns() \
                and (start := town_ending_at(text, m.end)) is not None and start < m.start \
                and not find(text[start : m.start]):
            m = Mention(start, m.end, m.type, text[start : m.end], m.article, m.extractor)
        elif m.type == "Place" and text[m.start : m.end] == m.text and text.startswith(_TOWN_LEVELS, m.end) \
                and (end := town_starting_at(text, m.start)) is not None and end > m.end \
                and word_over(clause_words(text, m.end), end) is None:
            m = Mention(m.start, end, m.type, text[m.start : end], m.article, m.extractor)  # (达尔汗 + 苏木)
        out.append(m)
    return out


def towns_read_across(found: list[Mention], text: str) -> list[Mention]:
    """A township of the gazetteer whose level a recognizer read into the next name (达尔汗 | 苏木兴隆屯嘎查, 苏木 read
    as a surname): the township whole, and the name after it without its level. ``found`` is in text order.

    Examples:
        >>> t = "来到达尔汗苏木兴隆屯嘎查"
        >>> found = [Mention(2, 5, "Place", "达尔汗", 1), Mention(5, 12, "Place", "苏木兴隆屯嘎查", 1)]
        >>> [m.text for m in towns_read_across(found, t)]
        ['达尔汗苏木', '兴隆屯嘎查']
        >>> [m.text for m in towns_read_across([Mention(2, 5, "Place", "达尔汗", 1), Mention(5, 7, "Place", "苏木", 1)], t)]
        ['达尔汗苏木']
    """
    out: list[Mention] = []
    for m in found:
        level = next((v for v in _TOWN_LEVELS if m.text.startswith(v)), None) if m.type != "Initiative" else None
        begin = town_ending_at(text, m.start + len(level)) if level and m.end - m.start == len(m.text) else None
        if begin is None or begin >= m.start:
            out.append(m)
            continue
        out = [x for x in out if not (begin <= x.start and x.end <= m.start)]  # (the town's name read alone)
        out.append(Mention(begin, m.start + len(level), "Place", text[begin : m.start + len(level)], m.article,
                           m.extractor))
        if len(m.text) - len(level) >= 2:
            out.append(Mention(m.start + len(level), m.end, m.type, m.text[len(level) :], m.article, m.extractor))
    return out


def _village_word_at(text: str, at: int) -> bool:
    """Whether the 村 at ``at`` closes a word of jieba's, alone or with the name's last character (史村铺村党支部, 史村 铺村;
    not the 村 that opens 村民, 村委会, 村两委)."""
    return text.startswith("村", at) and any(w.start <= at and w.end == at + 1 for w in clause_words(text, at))


def worded_villages(found: list[Mention], text: str) -> list[Mention]:
    """Without the places read as villages whose name is a word of another kind before 村 (:func:`worded_village`).

    Examples:
        >>> t = "发展壮大村集体经济，共和村集体经济，团结村召开大会"
        >>> found = [Mention(2, 5, "Place", "壮大村", 1), Mention(10, 13, "Place", "共和村", 1), Mention(18, 21, "Place", "团结村", 1)]
        >>> [m.text for m in worded_villages(found, t)]
        ['共和村', '团结村']
    """
    return [m for m in found if not (m.type == "Place" and worded_village(m.text, text[m.end : m.end + 4]))]


def mid_word_places(found: list[Mention], text: str) -> list[Mention]:
    """Places a tagger ended inside a word that runs on past them (香港西 of 香港西九龙站, 澳门中 of 澳门中联办): the
    place before that word, where it is one the gazetteer or the labeled data knows; else as they were (and a place
    closed by its level stays: 龙口镇 of 龙口镇主灌区; a road before the word that says where by it stays: 文山路 of 路旁).

    Examples:
        >>> t = "记者来到香港西九龙站，青山镇中心小学，白水西九龙站"
        >>> found = [Mention(4, 7, "Place", "香港西", 1), Mention(11, 14, "Place", "青山镇", 1),
        ...          Mention(19, 22, "Place", "白水西", 1)]
        >>> [m.text for m in mid_word_places(found, t)]  # (白水: no place kg knows)
        ['香港', '青山镇', '白水西']
    """
    out = []
    for m in found:
        if m.type == "Place" and m.end - m.start == len(m.text) and m.end < len(text) and m.text[-1] not in LEVEL_CHARS:
            cut = word_over(clause_words(text, m.start), m.end)
            if cut is not None and _BY_THE_ROAD.fullmatch(cut.text) and m.end == cut.start + 1:
                cut = None  # a road, then where by it: 文山路 of 路旁, 路口 (not the city 文山)
            if cut is not None and cut.start - m.start >= 2 and known_place(text[m.start : cut.start]):
                m = Mention(m.start, cut.start, m.type, text[m.start : cut.start], m.article, m.extractor)
        out.append(m)
    return out


def mid_word_bodies(found: list[Mention], text: str) -> list[Mention]:
    """Numbered schools a tagger ran into the word after them (市一中校 of 参观了市一中校史馆: the school's history hall):
    the school, before that word; no other body (青山社科教社团部 of …社团部副部长, where jieba reads 部副), nor a body
    whose name ends as one does (市一中医院 of …医院院长).

    Examples:
        >>> t = "参观了市一中校史馆，青山社科教社团部副部长王五，市一中医院院长"
        >>> found = [Mention(3, 7, "Organization", "市一中校", 1), Mention(10, 18, "Organization", "青山社科教社团部", 1),
        ...          Mention(24, 29, "Organization", "市一中医院", 1)]
        >>> [m.text for m in mid_word_bodies(found, t)]  # (not 市一中 of 市一中医院, where jieba reads 医院院长)
        ['市一中', '青山社科教社团部', '市一中医院']
    """
    out = []
    for m in found:
        if m.type == "Organization" and m.end - m.start == len(m.text) and m.end < len(text):
            cut = word_over(clause_words(text, m.start), m.end)
            body = text[m.start : cut.start] if cut is not None else ""
            if len(body) >= 2 and NUMBERED_SCHOOL.search(body[-3:]) and not _closes_a_body(m.text):
                m = Mention(m.start, cut.start, m.type, body, m.article, m.extractor)
        out.append(m)
    return out


# A road's quarter or section with its head, after the road's own name (人民中一路, 解放南二路, 外环东路, 青山东大道)
_ROAD_TAIL = re.compile(r"(?:[东南西北中][一二三四五六七八九十]{0,2}|[一二三四五六七八九十]{1,2}[东南西北中])(?:路|大道)")
# A ring road's name, before its quarter: 外环东路, 内环北路
_RING = ("外环", "内环", "中环")
# jieba's tags of words that name no road before its quarter (前往 南一路, 沿着 东二路, 在 中一路, 两 …)
_NO_ROAD_NAME = ("p", "c", "u", "d", "r", "m", "q", "f", "x", "t", "v", "a")


def whole_roads(found: list[Mention], text: str) -> list[Mention]:
    """A road named with its quarter or section (人民中一路, 红旗南二路, 外环东路): the name, the quarter and the
    head are one place, where the taggers read the quarter alone (南二路) or no place at all. The name is the word
    right before the quarter: a ring's (外环, 内环), or a word of two or three characters that may name a road: no
    verb, preposition or other function word (前往 南一路, 沿着 东二路), unless the word with 路 is a road jieba's
    dictionary or the labeled data know (解放路 of 解放南二路); no place with its level (青山县 南一路). Not where 路
    opens a word (刘志东 路过, 大雪中 路面, 青山二中 路段), nor, after a word that names no known road, 中一路 or a
    quarter 中 with a verb after it (创业中 一路, 寒风中 一路 小跑, 队长 中路 突破: 中 "in", 一路 "all the way").

    Examples:
        >>> t = "检查了人民中一路、解放南二路和外环东路，前往南一路"  # (and 刘志东路过 below: a man passing by)
        >>> found = [Mention(10, 13, "Place", "南二路", 1), Mention(16, 19, "Place", "环东路", 1),
        ...          Mention(22, 25, "Place", "南一路", 1)]
        >>> [m.text for m in whole_roads(found, t)]
        ['人民中一路', '解放南二路', '外环东路', '南一路']
    """
    roads = []
    for tail in _ROAD_TAIL.finditer(text):
        at = tail.start()
        ws = clause_words(text, at)
        if any(w.start < tail.end() < w.end for w in ws):
            continue  # (路 opening a word: 刘志东 路过, 大雪中 路面, 青山二中 路段)
        if text[at - 2 : at] in _RING:
            roads.append((at - 2, tail.end()))
            continue
        word = next((w for w in ws if w.end == at), None) if at else None
        if word is None or not 2 <= len(word.text) <= 3 or word.text[-1] in LEVEL_CHARS \
                or any(w.start < word.start < w.end for w in ws):
            continue
        known = in_dictionary(word.text + "路") or word.text + "路" in training_places()
        after = next((w for w in ws if w.start == tail.end()), None)
        if not known and (word.pos.startswith(_NO_ROAD_NAME) or tail.group() == "中一路"
                          or text[at] == "中" and after is not None and after.pos.startswith(("v", "d"))):
            continue  # (中 "in", after a word that names no known road: 创业中 一路 "all the way", 队长 中路 突破)
        roads.append((word.start, tail.end()))
    out = list(found)
    for b, e in roads:
        over = [m for m in out if m.start < e and b < m.end]
        if any(m.start < b or m.end > e or (m.start, m.end, m.type) == (b, e, "Place") or m.type == "Person"
               for m in over):
            continue  # (a person the recognizers read there: 刘志东 of 刘志东路过, jieba's 刘志 东路 过)
        out = [m for m in out if m not in over]
        out.append(Mention(b, e, "Place", text[b:e], _article_at(found, b), "ensemble"))
    return sorted(out, key=lambda m: (m.start, m.end))


def foreign_cities(found: list[Mention], text: str) -> list[Mention]:
    """A foreign place named right after its country, with its level (摩洛哥塞塔特市, 马来西亚亚庇市, 日本冲绳县), is two
    places: the country (:func:`kg.countries.countries`) and the place in it (:func:`place_in_a_country`); a level the
    tagger left out after a place of the labeled data (塔吉克斯坦杜尚别市) is the place's, unless it opens a word
    (纽约市长). A name after a country of two characters is cut only where the labeled data know the place (巴西利亚市,
    马里乌波尔市: not 马里 and 乌波尔市; but 美国旧金山市). A name without a level stays whole (卡塔尔阿联酋, 美国纽约 as
    the tagger gives them: two countries, or a country and its city, the names alone do not tell).

    Examples:
        >>> t = "来自摩洛哥塞塔特市、塔吉克斯坦杜尚别市和巴西利亚市"
        >>> found = [Mention(2, 9, "Place", "摩洛哥塞塔特市", 1), Mention(10, 18, "Place", "塔吉克斯坦杜尚别", 1),
        ...          Mention(20, 25, "Place", "巴西利亚市", 1)]
        >>> [m.text for m in foreign_cities(found, t)]
        ['摩洛哥', '塞塔特市', '塔吉克斯坦', '杜尚别市', '巴西利亚市']
    """
    places, states = training_places(), countries()
    out = []
    for m in found:
        name = m.text
        if m.type != "Place" or m.end - m.start != len(name) or named(name):
            out.append(m)
            continue
        # (杜尚别 + 市 after it: the level the tagger left out, not one that opens a word: 市长)
        level = text[m.end : m.end + 1] in FOREIGN_LEVELS \
            and not any(w.start == m.end and len(w.text) > 1 for w in clause_words(text, m.end))
        cut = 0
        for k in range(len(name) - 2, 1, -1):
            rest = name[k:] + text[m.end] if name[k:] in places and level else name[k:]
            if name[:k] in states and place_in_a_country(rest) and (k > 2 or rest[:-1] in places):
                cut = k
                break
        if not cut:
            out.append(m)
            continue
        end = m.start + cut + len(rest)
        out += [replace(m, end=m.start + cut, text=name[:cut]), replace(m, start=m.start + cut, end=end, text=rest)]
    return out


def place_in_a_country(name: str) -> bool:
    """Whether ``name``, right after a foreign country's, is a place in it: a name with a foreign level (塞塔特市,
    冲绳县), no Chinese division, no country and no kind of city (大城市 of 美国大城市). A name
    without a level is not taken: a country the table spells otherwise (沙特, 阿联酋, 苏联 after 伊朗), a region (中东,
    亚太), a disputed island or a strip (钓鱼岛, 加沙) read the same as a city (纽约).

    Examples:
        >>> [place_in_a_country(n) for n in ("塞塔特市", "冲绳县", "纽约", "沙特", "中东", "郑州市", "大城市")]
        [True, True, False, False, False, False, False]
    """
    return len(name) >= 3 and name.endswith(FOREIGN_LEVELS) and not name.endswith("城市") and not named(name) \
        and name not in countries()


# The levels a foreign place's name closes with in Chinese (塞塔特市, 加利福尼亚州, 安大略省, 冲绳县).
FOREIGN_LEVELS = ("市", "州", "省", "县")


# A road's or a street's head, then where by it (路旁, 路口, 街边): a word jieba makes of the head and the place word.
_BY_THE_ROAD = re.compile(r"[路街][旁边口侧段头]")


def known_place(name: str) -> bool:
    """Whether ``name`` is a place kg knows of its own: a division of the gazetteer, whole, or a place of the labeled
    data.

    Examples:
        >>> known_place("香港"), known_place("信阳"), known_place("香港西")
        (True, True, False)
    """
    hits = find(name)
    return bool(hits) and hits[0][:2] == (0, len(name)) or name in training_places()


_NO_NAME_POS = ("t", "f", "c", "d", "r", "p", "u")
_COMMON_WORD = 5000  # (jieba's count: 最后 19,355, 首先 9,248; not 越共 46, 以方 49, 东晋 676, 中外 1,846)


def _full_surnames(found: list[Mention]) -> set[tuple[int, str]]:
    """(article, surname) of each person named in full: who a surname alone or before a title may stand for."""
    return {(m.article, m.text[0]) for m in found if m.type == "Person" and len(m.text) >= 2}


def surname_heads_out(found: list[Mention], text: str) -> list[Mention]:
    """Without the places that a surname and a level's head spell (黄州 of 黄州长强调, 王市 of 王市长表示): a person of the
    article, named in full with that surname, is called by it and the title (长 a word alone: not 黄州长途客运站).

    Examples:
        >>> t = "副州长黄华出席。黄州长强调，黄州长途汽车站要改造，黄山长势好。"
        >>> found = [Mention(3, 5, "Person", "黄华", 1), Mention(8, 10, "Place", "黄州", 1),
        ...          Mention(14, 16, "Place", "黄州", 1), Mention(24, 26, "Place", "黄山", 1)]
        >>> [(m.text, m.start) for m in surname_heads_out(found, t)]
        [('黄华', 3), ('黄州', 14), ('黄山', 24)]
    """
    surnames = _full_surnames(found)
    return [m for m in found if not (m.type == "Place" and len(m.text) == 2 and m.text[1] in GOVERNMENT_CHARS + PREFECTURE
                                     and text.startswith("长", m.end) and (m.article, m.text[0]) in surnames
                                     and any(w.text == "长" for w in clause_words(text, m.end) if w.start <= m.end < w.end))]


def lone_surnames_out(found: list[Mention], text: str) -> list[Mention]:
    """Without the people named by a surname alone (刘 of 刘大爷说, 王 of 王市长表示), where the article names no person
    of that surname in full (王 of 王老师 stays beside 王五: resolution makes it his).

    Examples:
        >>> t = "刘大爷说，王五来了。王老师讲话。"
        >>> found = [Mention(0, 1, "Person", "刘", 1), Mention(5, 7, "Person", "王五", 1), Mention(10, 11, "Person", "王", 1)]
        >>> [m.text for m in lone_surnames_out(found, t)]
        ['王五', '王']
    """
    named = _full_surnames(found)
    return [m for m in found if not (m.type == "Person" and len(m.text) == 1 and (m.article, m.text) not in named)]


def function_words_out(found: list[Mention], text: str) -> list[Mention]:
    """Without the names that are one word of time, locality, conjunction, adverb, pronoun or preposition to jieba
    (最后 left over from 最后镇党委副书记…, 同时, 其中), common words (:func:`kg.words.frequency`) that the labeled data
    never names as a body or a place; not one character (中 of 中美, 以 of 巴以: the newswire's countries), nor a rarer
    word jieba may tag so (越共, 以方); nor a title alone read as a body (常委 of 县委常委县委宣传部部长…).

    Examples:
        >>> [m.text for m in function_words_out([Mention(0, 2, "Organization", "最后", 1), Mention(2, 5, "Organization",
        ...                                       "镇党委", 1)], "最后镇党委")]
        ['镇党委']
        >>> function_words_out([Mention(2, 4, "Organization", "常委", 1)], "县委常委县委宣传部")
        []
    """
    def function_word(m: Mention) -> bool:
        if m.type not in ("Organization", "Place") or not 2 <= len(m.text) <= 3 or m.text in training_orgs() \
                or m.text in training_places():
            return False
        if m.type == "Organization" and m.text in _OFFICE_TITLES:
            return True
        ws = words(m.text)
        return len(ws) == 1 and ws[0].pos in _NO_NAME_POS and frequency(m.text) >= _COMMON_WORD

    return [m for m in found if not function_word(m)]


_CAMPAIGN_AFTER = r"”(?:行动|活动|工程|计划)"


def quoted_campaigns_out(found: list[Mention], text: str) -> list[Mention]:
    """Without the places and bodies that are a campaign's quoted name (千企帮千村 of 支持“千企帮千村”的…, a village to
    the recognizer), where the document names it so with a campaign's head after the quotes (“千企帮千村”行动).

    Examples:
        >>> t = "开展“千企帮千村”行动，支持“千企帮千村”的环境。“青山村”村民"
        >>> [m.text for m in quoted_campaigns_out([Mention(15, 20, "Place", "千企帮千村", 1),
        ...                                        Mention(26, 29, "Place", "青山村", 1)], t)]
        ['青山村']
        >>> t = "学习“雷锋”活动，青山村村民参加“青山村”活动"  # (a person; the village named unquoted)
        >>> [m.text for m in quoted_campaigns_out([Mention(3, 5, "Person", "雷锋", 1), Mention(9, 12, "Place", "青山村", 1)],
        ...                                       t)]
        ['雷锋', '青山村']
    """
    def campaign(m: Mention) -> bool:
        quoted = text[m.start - 1 : m.start] == "“" and text.startswith("”", m.end)
        return (m.type in ("Place", "Organization") and quoted
                and re.search("“" + re.escape(m.text) + _CAMPAIGN_AFTER, text) is not None)

    return [m for m in found if not campaign(m)]


def sites_as_bodies(found: list[Mention], text: str = "") -> list[Mention]:
    """Places the recognizer read whose name ends in 网, a website's (湖南农机网, of a page's 来源 line): the site is an
    organization, as the golds hold it, no place (none of the gazetteer's or the labeled data's places ends so).

    Examples:
        >>> [(m.text, m.type) for m in sites_as_bodies([Mention(0, 5, "Place", "湖南农机网", 1),
        ...                                             Mention(6, 12, "Place", "江汉平原水网", 1)])]
        [('湖南农机网', 'Organization'), ('江汉平原水网', 'Place')]
    """
    return [replace(m, type="Organization") if m.type == "Place" and m.text.endswith("网") and len(m.text) >= 3
            and words(m.text)[-1].text == "网" and not named(m.text) and m.text not in training_places() else m
            for m in found]  # (网 a word of its own: not 水网 of 江汉平原水网, a network of rivers)


def while_doing_cut(found: list[Mention], text: str) -> list[Mention]:
    """People whose name the recognizer ran into the 边 of 边说边… (周小乔边说边拍照: a verb, then 边 alone, after it):
    the name without it, where two characters or more are left (not 王安边在边境线上, 张戍边身边的战友).

    Examples:
        >>> [m.text for m in while_doing_cut([Mention(2, 6, "Person", "周小乔边", 1)], "游客周小乔边说边拍照")]
        ['周小乔']
        >>> [m.text for m in while_doing_cut([Mention(0, 3, "Person", "王安边", 1)], "王安边在边境线上巡逻")]
        ['王安边']
    """
    out = []
    for m in found:
        if m.type == "Person" and m.text.endswith("边") and len(m.text) >= 3 and m.end - m.start == len(m.text):
            ws = words(text[m.end : m.end + 8])
            if len(ws) >= 2 and ws[0].pos.startswith("v") and ws[1].text == "边":
                m = replace(m, end=m.end - 1, text=m.text[:-1])
        out.append(m)
    return out


# 在, a venue, then an event held there (…仪式在青木城市家园举行, …会议在县文化中心召开).
_HELD_IN = re.compile(rf"在(?!线)([\u4e00-\u9fff]{{3,12}}?)(?:联合)?{HOLD_ADVERB}(?:{HOLD_VERB}|开幕)")
_VENUE_ENDING_SEEN = 2  # how many labeled places at least end with a venue's last two characters
_VENUE_ENDING_SHARE = 0.3  # and what share at least of the labeled names that end so they are (中心 0.31; 联盟 0.06)


@lru_cache(maxsize=1)
def _place_endings() -> frozenset[str]:
    """The last two characters that at least :data:`_VENUE_ENDING_SEEN` place names of the labeled data end with, and
    a share of :data:`_VENUE_ENDING_SHARE` at least of the labeled names of places and bodies that end so (广场, 公园,
    中心, 家园, 市场; not 小学, 大学, 联盟: bodies' endings mostly; not 区内: a localizer's).

    Examples:
        >>> {"广场", "公园", "家园", "中心"} <= _place_endings(), {"小学", "联盟", "区内"} & _place_endings()
        (True, set())
    """
    places: dict[str, int] = {}
    bodies: dict[str, int] = {}
    for name, label in training_names():
        if label in ("LOC", "ORG") and len(name) >= 3:
            counts = places if label == "LOC" else bodies
            counts[name[-2:]] = counts.get(name[-2:], 0) + 1
    return frozenset(e for e, n in places.items()
                     if n >= _VENUE_ENDING_SEEN and n >= _VENUE_ENDING_SHARE * (n + bodies.get(e, 0)))


def named_venues(found: list[Mention], text: str) -> list[Mention]:
    """``found`` and the venues where an event is held that no mention names (…仪式在青木城市家园举行): places, where
    the venue is nouns alone to jieba (no pronoun, number, localizer or time), opens with a word jieba reads as a
    name's (青木, 望海) or a level standing for the division (市文化中心), no common noun (not 农村集市, 产业园区,
    公司总部大楼), and ends as the labeled data's places end (:func:`_place_endings`: not 在全县范围内举行, 在毕业季举行,
    在部分学校举行, 在线…).

    Examples:
        >>> t = "颁奖仪式在青木城市家园举行。"
        >>> [(m.text, m.type) for m in named_venues([], t)]
        [('青木城市家园', 'Place')]
        >>> named_venues([], "活动在全县范围内举行。"), named_venues([], "仪式在部分学校举行。")
        ([], [])
        >>> named_venues([], "晚会在大礼堂举行。")  # (a word of the dictionary: a kind of hall, no name)
        []
        >>> named_venues([], "现场会在产业园区召开。"), named_venues([], "研讨会在高校智库联盟举行。")
        ([], [])
        >>> [m.text for m in named_venues([], "仪式在市文化中心举行。")]  # (the city's, by its level)
        ['市文化中心']
    """
    out = list(found)
    for m in _HELD_IN.finditer(text):
        b, e = m.span(1)
        venue = m.group(1)
        ws = words(venue)
        if venue[-2:] not in _place_endings() or any(x.start < e and b < x.end for x in found) \
                or not (ws[0].text in LEVEL_CHARS or ws[0].pos in ("nr", "ns", "nz", "nt")) \
                or not all(w.pos.startswith(("n", "j")) or w.pos == "vn" and i < len(ws) - 1
                           for i, w in enumerate(ws)) \
                or in_dictionary(venue):
            continue
        out.append(Mention(b, e, "Place", venue, _article_at(found, b), "ensemble"))
    return out


def particle_cut(found: list[Mention], text: str) -> list[Mention]:
    """Bodies the recognizer ran into 所 where jieba reads it as the particle before a verb and 的 (县作协所做的工作,
    青山派出所所取得的成绩), or as one word with the verb (县科协所作的报告, 所办的, 所属的): the body without it, where
    two characters at least are left (not 青山派出所做的工作, 青山研究所谓的: 所 the body's own, its head a word).

    Examples:
        >>> t = "县作协所做的工作，青山派出所做的工作，县科协所作的报告"
        >>> [m.text for m in particle_cut([Mention(0, 4, "Organization", "县作协所", 1),
        ...                                 Mention(9, 14, "Organization", "青山派出所", 1),
        ...                                 Mention(19, 23, "Organization", "县科协所", 1)], t)]
        ['县作协', '青山派出所', '县科协']
        >>> [m.text for m in particle_cut([Mention(0, 5, "Organization", "青山研究所", 1)], "青山研究所谓的成果")]
        ['青山研究所']
    """
    out = []
    for m in found:
        if m.type == "Organization" and m.text.endswith("所") and m.end - m.start == len(m.text) >= 3:
            ws = clause_words(text, m.end - 1)
            k = next((i for i, w in enumerate(ws) if w.start == m.end - 1 and w.text.startswith("所")), None)
            alone = k is not None and ws[k].text == "所" and ws[k].pos in ("u", "c") and k + 1 < len(ws) \
                and ws[k + 1].pos.startswith("v")  # (所 开展 的; or one word with its verb: 所作 的, 所办 的)
            joined = k is not None and len(ws[k].text) == 2
            own = any(in_dictionary(m.text[-n:]) for n in (2, 3))  # (研究所, 诊所: a word of its own that 所 ends)
            if (alone or joined) and not own and k + 1 + alone < len(ws) and ws[k + 1 + alone].text == "的":
                m = replace(m, end=m.end - 1, text=m.text[:-1])
        out.append(m)
    return out


def listing_word_cut(found: list[Mention], text: str) -> list[Mention]:
    """Names the recognizer ran into 等, the word that closes a list (白沙、红山等村, 李四、王五等人): the name without it,
    where two characters at least are left; a place read on over 等 into the next word, after a division's name
    (丽水等分 of 金华、丽水等分公司): the division.

    Examples:
        >>> [m.text for m in listing_word_cut([Mention(3, 6, "Place", "红山等", 1)], "白沙、红山等村的群众")]
        ['红山']
        >>> [m.text for m in listing_word_cut([Mention(3, 7, "Place", "丽水等分", 1)], "金华、丽水等分公司")]
        ['丽水']
    """
    out = []
    for m in found:
        at = m.text.find("等", 2)
        if m.text.endswith("等") and len(m.text) >= 3:
            m = replace(m, end=m.end - 1, text=m.text[:-1])
        elif m.type == "Place" and at > 0 and m.end - m.start == len(m.text) and named(m.text[:at]):
            m = replace(m, end=m.start + at, text=m.text[:at])
        out.append(m)
    return out


# An office's title and a name of two or three characters that close what a recognizer read as one body's name.
_TITLED_END = re.compile(rf"(?:常务)?副?(?:{'|'.join(sorted(_OFFICE_TITLES, key=len, reverse=True))})([{_HAN}]{{2,3}})$")


def titled_people_cut(found: list[Mention], text: str) -> list[Mention]:
    """Bodies the recognizers ran on into the title and the name of the person who heads them (青山市白石区委书记王五现场
    调研, a headline's subject read as one body): the body alone, where what stands before the title closes a body's
    name, and the person, where the name opens with a surname and reads as one (:func:`_reads_as_a_name`) or as no word
    with a given name that is no verb nor function word (万红: 万 is a numeral too; not 青山公司董事长办公室).

    Examples:
        >>> t = "青山市白石区委书记王五现场调研。青山公司副总经理李卫东到会。青山公司董事长办公室"
        >>> found = [Mention(0, 11, "Organization", "青山市白石区委书记王五", 1),
        ...          Mention(16, 27, "Organization", "青山公司副总经理李卫东", 1),
        ...          Mention(30, 40, "Organization", "青山公司董事长办公室", 1)]
        >>> [(m.text, m.type) for m in titled_people_cut(found, t)]  # doctest: +NORMALIZE_WHITESPACE
        [('青山市白石区委', 'Organization'), ('王五', 'Person'), ('青山公司', 'Organization'), ('李卫东', 'Person'),
         ('青山公司董事长办公室', 'Organization')]
    """
    out: list[Mention] = []
    for m in found:
        x = _TITLED_END.search(m.text) if m.type == "Organization" and m.end - m.start == len(m.text) else None
        body, name = (m.text[: x.start()], x.group(1)) if x else ("", "")
        if not (x and len(body) >= 2 and _closes_a_body(body) and surname_count(name[0]) > 0 and not named(name)
                and (_reads_as_a_name(name) or not in_dictionary(name)
                     and not any(w.pos.startswith(_NOT_GIVEN) for w in words(name[1:])))):
            out.append(m)
            continue
        out += [replace(m, end=m.start + len(body), text=body),
                Mention(m.end - len(name), m.end, "Person", name, m.article, m.extractor)]
    return sorted(out, key=lambda m: (m.start, -m.end)) if out != found else found


# How a body's short name ends (文联, 妇联, 科协, 关工委): no given name a dictionary holds does (金星, 建华).
_SHORT_BODY_END = re.compile(rf"(?:{UNIT_HEADS}|联|协)$")


def divisions_read_as_bodies(found: list[Mention], text: str) -> list[Mention]:
    """A body the recognizer read that is a division's or a township's name with its level and nothing else (城关镇 of
    到城关镇中心校, the school's name cut short) is that place: a division by its name is never a body (its government
    is 镇政府, its committee 镇党委).

    Examples:
        >>> t = "并到城关镇中心校开展慰问。"
        >>> [m.type for m in divisions_read_as_bodies([Mention(2, 5, "Organization", "城关镇", 1)], t)]
        ['Place']
        >>> [m.type for m in divisions_read_as_bodies([Mention(2, 8, "Organization", "城关镇中心校", 1)], t)]
        ['Organization']
        >>> [m.type for m in divisions_read_as_bodies([Mention(0, 5, "Organization", "家乐福超市", 1)], "家乐福超市开业")]
        ['Organization']
    """
    return [replace(m, type="Place") if m.type == "Organization" and m.text[-1:] in LEVEL_CHARS
            and division_or_town(m.text) else m for m in found]


def counties_read_as_bodies(found: list[Mention], text: str) -> list[Mention]:
    """Bodies the recognizer read where a county stands by its bare name as the subject of what it does (阳新部署春季
    防疫, a headline): a name of two or three, no body's end, that the gazetteer names as one county bare under a
    province or a city the text names is that place, by its full name, in a text that names its own division by its
    level (全县, 县委: :func:`_its_own_level`; not 东方 in 海口's news, an airline); not a body's short name, where the
    text names a body holding it (南开 of 南开大学, 方正 of 新方正集团). ``found`` is in text order.

    Examples:
        >>> t = "阳新部署春季防疫工作。湖北全县行动。海尔部署工作。"
        >>> found = [Mention(0, 2, "Organization", "阳新", 1), Mention(11, 13, "Place", "湖北", 1, canonical="湖北省"),
        ...          Mention(18, 20, "Organization", "海尔", 1)]
        >>> [(m.text, m.type, m.canonical) for m in counties_read_as_bodies(found, t)]
        [('阳新', 'Place', '阳新县'), ('湖北', 'Place', '湖北省'), ('海尔', 'Organization', None)]
        >>> t = "南开大学举行典礼。南开学子出席。"
        >>> found = [Mention(0, 4, "Organization", "南开大学", 1), Mention(9, 11, "Organization", "南开", 1)]
        >>> [m.type for m in counties_read_as_bodies(found, t)]
        ['Organization', 'Organization']
    """
    places = {n for x in found if x.type == "Place" for n in (x.text, x.canonical) if n}
    bodies = {x.text for x in found if x.type == "Organization"}
    out = []
    for m in found:
        if (m.type == "Organization" and 2 <= len(m.text) <= 3 and m.end - m.start == len(m.text)
                and not _a_whole_body(m.text)
                and not any(b != m.text and m.text in b and _a_whole_body(b) for b in bodies)
                and (county := _named_county(m.text, places)) is not None and _its_own_level(text, county[-1])):
            # (not 南开 of 南开大学, 方正 of 新方正集团: a body's short name)
            m = replace(m, type="Place", canonical=county)
        out.append(m)
    return out


def _its_own_level(text: str, level: str) -> bool:
    """Whether a text names its own division by its level alone (全县, 我县, 该县, 县委, 县政府): a county's own news, where
    a bare county's name is that county's."""
    return re.search(rf"[全我该本]{level}|(?<![\u4e00-\u9fff]){level}(?:委|政府|人大|政协|农业农村局|教育局)", text) is not None


def every_village_cut(found: list[Mention], text: str) -> list[Mention]:
    """A town read with the 村 that opens 村村 after it (义桥镇 + 村村建有书屋: every village of the town), the town alone:
    a place whose name ends in 村 right before another 村, jieba reading 村村 (or 村村通), and is a town's, a county's
    or a street's without it (not 白石村 of 白石村村委会, nor of 白石村村村通公路, nor 塘栖新市村 of 塘栖新市村村民).

    Examples:
        >>> t = "义桥镇村村建有书屋，白石湾村村村通公路，塘栖新市村村民种葡萄，白石乡村村通上了宽带"
        >>> found = [Mention(0, 4, "Place", "义桥镇村", 1), Mention(10, 14, "Place", "白石湾村", 1),
        ...          Mention(20, 25, "Place", "塘栖新市村", 1), Mention(31, 35, "Place", "白石乡村", 1)]
        >>> [m.text for m in every_village_cut(found, t)]  # (not before 村民: the village's people)
        ['义桥镇', '白石湾村', '塘栖新市村', '白石乡']
    """
    return [replace(m, end=m.end - 1, text=m.text[:-1])
            if m.type == "Place" and m.text.endswith("村") and text.startswith("村", m.end)
            and m.end - m.start == len(m.text) and len(m.text) >= 4 and m.text[:-1].endswith(_EVERY_VILLAGE_OF)
            and any(w.start == m.end - 1 and w.text.startswith("村村") for w in clause_words(text, m.end - 1))
            else m for m in found]


# The levels above a village whose villages 村村 counts (义桥镇村村: every village of 义桥镇).
_EVERY_VILLAGE_OF = ("镇", "乡", "县", "区", "市", "街道")


def towns_and_streets_out(found: list[Mention], text: str) -> list[Mention]:
    """Places read with 镇街 at their end, the word for a county's towns and streets together, a word of its own as
    jieba reads it: a township of the gazetteer before 街 is that town (凤山镇 of 在凤山镇街开展宣传), another is none
    (包保镇街: the towns one is charged with); not 新镇街, a street of 新镇 (no word 镇街 there), nor 镇 before a
    street's 街道 (白石镇街道办).

    Examples:
        >>> t = "到包保镇街开展检查，白石镇街道办，在新镇街，在凤山镇街宣传"
        >>> found = [Mention(1, 5, "Place", "包保镇街", 1), Mention(10, 14, "Place", "白石镇街", 1),
        ...          Mention(18, 21, "Place", "新镇街", 1), Mention(23, 27, "Place", "凤山镇街", 1)]
        >>> [m.text for m in towns_and_streets_out(found, t)]
        ['白石镇街', '新镇街', '凤山镇']
    """
    out = []
    for m in found:
        if m.type == "Place" and m.text.endswith("镇街") and m.end - m.start == len(m.text) \
                and any(w.start == m.end - 2 and w.text == "镇街" for w in clause_words(text, m.end - 2)):
            if m.text[:-1] not in towns():
                continue
            m = replace(m, end=m.end - 1, text=m.text[:-1])
        out.append(m)
    return out


def inside_a_village_cut(found: list[Mention], text: str) -> list[Mention]:
    """Places read with 里 after their 村, 村里 "in the village": the village alone (东沟村 of 来到东沟村里); not 平安里,
    a name of its own, nor 新村里社区, where the name goes on, nor 村里 alone (厦门's 村里社区 has no other name).

    Examples:
        >>> t = "记者来到东沟村里，平安里社区，新村里社区"
        >>> found = [Mention(4, 8, "Place", "东沟村里", 1), Mention(9, 14, "Place", "平安里社区", 1),
        ...          Mention(15, 20, "Place", "新村里社区", 1), Mention(16, 18, "Place", "村里", 1)]
        >>> [(m.text, m.end) for m in inside_a_village_cut(found, t)]
        [('东沟村', 7), ('平安里社区', 14), ('新村里社区', 20), ('村里', 18)]
    """
    out = []
    for m in found:
        if m.type == "Place" and m.text.endswith("村里") and len(m.text) >= 3 and m.end - m.start == len(m.text):
            m = replace(m, end=m.end - 1, text=m.text[:-1])
        out.append(m)
    return out


def holds_a_term(name: str) -> bool:
    """Whether a name holds a session's 届, which no division, town or place of the labeled data does: read as a
    place, it is a term of office (往届, 往届社区, 新一届社区), no place.

    Examples:
        >>> holds_a_term("新一届社区"), holds_a_term("青山社区")
        (True, False)
    """
    return "届" in name


def sessions_out(found: list[Mention], text: str) -> list[Mention]:
    """Without the places that hold a session's 届 (:func:`holds_a_term`; the bodies of such a term,
    :func:`~.organization.editions_cut`).

    Examples:
        >>> t = "往届社区居委会成员，青山社区"
        >>> [m.text for m in sessions_out([Mention(0, 2, "Place", "往届", 1), Mention(10, 14, "Place", "青山社区", 1)], t)]
        ['青山社区']
    """
    return [m for m in found if not (m.type == "Place" and holds_a_term(m.text))]


def eras_party_out(found: list[Mention], text: str) -> list[Mention]:
    """No party is named by an era or a verb before 党的 (新时代党的建设, 新征程党的建设, 研究党的建设: the party's
    work in an era, or the party's work studied): a body whose name ends in 党 as a word of its own right before 的,
    after an era's noun (时代, 征程, 时期, 阶段) or a verb, with no place's or name's word in it (not 越南党的, 巴西劳工党的,
    左翼党的).

    Examples:
        >>> t = "以新时代党的建设为指导，巴西劳工党的候选人，研究党的建设，绿色党的"
        >>> found = [Mention(1, 5, "Organization", "新时代党", 1), Mention(12, 17, "Organization", "巴西劳工党", 1),
        ...          Mention(22, 25, "Organization", "研究党", 1), Mention(29, 32, "Organization", "绿色党", 1)]
        >>> [m.text for m in eras_party_out(found, t)]  # (a verb before it: 研究; a noun, 绿色: the party's name)
        ['巴西劳工党', '绿色党']
    """
    def eras(m: Mention) -> bool:
        ws = words(m.text)
        return (m.type == "Organization" and len(ws) >= 2 and ws[-1].text == "党" and text.startswith("的", m.end)
                and (ws[-2].text in _ERAS or ws[-2].pos in ("v", "vn"))
                and not any(w.pos in ("ns", "nr", "nt", "nz", "j") for w in ws))
    return [m for m in found if not eras(m)]


# The eras a party's work is spoken of in (新时代党的建设, 新征程, 新时期, 新阶段).
_ERAS = ("时代", "征程", "时期", "阶段")


_PLACES_COUNTED = re.compile(r"[两二三四五六]+(?:地|国|省|市|县|区|岸|城)")


def abbreviated_pair_out(found: list[Mention], text: str) -> list[Mention]:
    """Without the people the recognizer read where places are named by their first characters and counted (沈忠两地:
    沈阳 and 忠县): each character opens a place the document names, and 两地, 三地, 两国 … follow.

    Examples:
        >>> t = "沈阳市与忠县签约，沈忠两地将深化合作，李明两地奔波"
        >>> found = [Mention(0, 3, "Place", "沈阳市", 1), Mention(4, 6, "Place", "忠县", 1),
        ...          Mention(9, 11, "Person", "沈忠", 1), Mention(19, 21, "Person", "李明", 1)]
        >>> [m.text for m in abbreviated_pair_out(found, t)]  # (李明: no place of the document opens with 李 or 明)
        ['沈阳市', '忠县', '李明']
    """
    firsts = {m.text[0] for m in found if m.type == "Place"}
    return [m for m in found if not (m.type == "Person" and _PLACES_COUNTED.match(text, m.end)
                                     and all(c in firsts for c in m.text))]


_HELD_AT_VENUE = re.compile(r"(?:隆重|正式)?(?:举行|举办|召开|开幕)")


def venues_read_as_people(found: list[Mention], text: str) -> list[Mention]:
    """People of four characters or more the recognizer read where an event takes place (在柳岸琴枫举行…): a place, as
    what stands between 在 and 举行, 举办, 召开 or 开幕 is (在北京举行, 在会议中心召开); not a person's name of two or three
    (在王芳举办个人画展之际), nor one whose event follows (在王芳举办的读书会上).

    Examples:
        >>> t = "夏令营在柳岸琴枫举行开营仪式，李明在会上讲话"
        >>> found = [Mention(4, 8, "Person", "柳岸琴枫", 1), Mention(15, 17, "Person", "李明", 1)]
        >>> [(m.text, m.type) for m in venues_read_as_people(found, t)]
        [('柳岸琴枫', 'Place'), ('李明', 'Person')]
        >>> t = "欧阳晓明举行记者会，在欧阳晓明带领下召开会议，在欧阳晓明举办的画展上，在李明举办个人画展之际"
        >>> found = [Mention(0, 4, "Person", "欧阳晓明", 1), Mention(11, 15, "Person", "欧阳晓明", 1),
        ...          Mention(24, 28, "Person", "欧阳晓明", 1), Mention(36, 38, "Person", "李明", 1)]
        >>> [m.type for m in venues_read_as_people(found, t)]  # (no 在; 带领 after him; 的 after the verb; two characters)
        ['Person', 'Person', 'Person', 'Person']
    """
    def venue(m: Mention) -> bool:
        held = _HELD_AT_VENUE.match(text, m.end)
        return m.type == "Person" and len(m.text) >= 4 and text[m.start - 1 : m.start] == "在" and held is not None \
            and not text.startswith("的", held.end())

    return [replace(m, type="Place") if venue(m) else m for m in found]


def bodies_read_as_people(found: list[Mention], text: str) -> list[Mention]:
    """People the recognizer read where a body's short name stands before an office's title and its holder's name
    (县人大常委会副主任、文联主席王五): a body, where jieba's dictionary holds the name as one word that is no person's
    (:func:`_a_word`) and it ends as a body's short name does (文联, 妇联, 科协; not 王五, 金星, 建华: names).

    Examples:
        >>> t = "文联主席赵小红讲话，王五主席李四出席"
        >>> found = [Mention(0, 2, "Person", "文联", 1), Mention(4, 7, "Person", "赵小红", 1),
        ...          Mention(10, 12, "Person", "王五", 1), Mention(14, 16, "Person", "李四", 1)]
        >>> [(m.text, m.type) for m in bodies_read_as_people(found, t)]  # doctest: +NORMALIZE_WHITESPACE
        [('文联', 'Organization'), ('赵小红', 'Person'), ('王五', 'Person'), ('李四', 'Person')]
        >>> t = "高真理主席李四讲话，妇联主席讲话，金星主任李明，田玉科主任李明"  # (names; no holder after the title)
        >>> found = [Mention(0, 3, "Person", "高真理", 1), Mention(5, 7, "Person", "李四", 1),
        ...          Mention(10, 12, "Person", "妇联", 1), Mention(17, 19, "Person", "金星", 1),
        ...          Mention(21, 23, "Person", "李明", 1), Mention(24, 27, "Person", "田玉科", 1),
        ...          Mention(29, 31, "Person", "李明", 1)]
        >>> [m.type for m in bodies_read_as_people(found, t)]
        ['Person', 'Person', 'Person', 'Person', 'Person', 'Person', 'Person']
    """
    starts = {m.start for m in found if m.type == "Person"}
    out = []
    for m in found:
        office = OFFICE.match(text, m.end) if m.type == "Person" else None
        if office and office.end() in starts and _SHORT_BODY_END.search(m.text) and in_dictionary(m.text) \
                and _a_word(m.text):
            m = replace(m, type="Organization")
        out.append(m)
    return out


# A body's end (局, 中心, 志愿服务队; 妇联, 林场), right before 联合, the verb of two bodies that act together.
_BODY_END = re.compile(rf"(?:{UNIT_HEADS}|联|场)$")


def joint_actors_cut(found: list[Mention], text: str) -> list[Mention]:
    """Bodies and places the recognizer ran into 联合, the verb of two that act together (县妇联联合县林业局开展…,
    青山林场联合白石镇…): the name without it, which no name of the labeled data ends with; a body's name before it
    and the one after it, two (青山志愿服务队联合区团委: not 中美联合经济委员会, 农工商联合公司, whose part before 联合
    ends as no body; the one after it opens with a level or a division's name: not 爱心企业); the body after a body that
    the recognizer began with 联合 (青山志愿服务队 | 联合区团委), without it.

    Examples:
        >>> t = "县妇联联合县林业局开展植树。青山志愿服务队联合区团委慰问老人。"
        >>> found = [Mention(0, 5, "Organization", "县妇联联合", 1), Mention(14, 26, "Organization", "青山志愿服务队联合区团委", 1)]
        >>> [m.text for m in joint_actors_cut(found, t)]
        ['县妇联', '青山志愿服务队', '区团委']
        >>> [m.text for m in joint_actors_cut([Mention(0, 8, "Organization", "中美联合经济委员会", 1)], "中美联合经济委员会")]
        ['中美联合经济委员会']
        >>> [m.text for m in joint_actors_cut([Mention(0, 12, "Organization", "青山日报社联合芜湖市妇联", 1)], "青山日报社联合芜湖市妇联")]
        ['青山日报社', '芜湖市妇联']
        >>> [m.text for m in joint_actors_cut([Mention(0, 11, "Organization", "青山日报社联合爱心企业", 1)], "青山日报社联合爱心企业")]
        ['青山日报社联合爱心企业']
        >>> found = [Mention(0, 5, "Organization", "白石服务队", 1), Mention(5, 10, "Organization", "联合县团委", 1)]
        >>> [m.text for m in joint_actors_cut(found, "白石服务队联合县团委慰问老人")]
        ['白石服务队', '县团委']
    """
    ends = {m.end for m in found if m.type in ("Organization", "Place")}
    out = []
    for m in found:
        at = m.text.find("联合")
        if at == 0 and m.start in ends and len(m.text) >= 4 and m.type in ("Organization", "Place"):
            out.append(replace(m, start=m.start + 2, text=m.text[2:]))  # (…服务队 | 联合县团委: the tagger's cut)
        elif m.type not in ("Organization", "Place") or at < 2 or m.end - m.start != len(m.text):
            out.append(m)
        elif at + 2 == len(m.text):
            out.append(replace(m, end=m.end - 2, text=m.text[:at]))
        elif _BODY_END.search(m.text[:at]) and len(m.text) - at - 2 >= 2 and (
                m.text[at + 2] in LEVEL_CHARS or [h[0] for h in find(m.text[at + 2 :])[:1]] == [0]):
            out += [replace(m, end=m.start + at, text=m.text[:at]),
                    replace(m, start=m.start + at + 2, text=m.text[at + 2 :])]
        else:
            out.append(m)
    return out


def class_cut(found: list[Mention], text: str) -> list[Mention]:
    """People whose name the recognizer began with the 班 of the class numbered before it (424 班容梓瑀: 容梓瑀 of class
    424), where two characters or more are left; not a 班 that no number stands before (班小平: a surname), nor one
    that would leave one (3 班超).

    Examples:
        >>> t = "嘉宾 424 班容梓瑀，记者班小平，3 班超"
        >>> found = [Mention(7, 11, "Person", "班容梓瑀", 1), Mention(14, 17, "Person", "班小平", 1),
        ...          Mention(20, 22, "Person", "班超", 1)]
        >>> [m.text for m in class_cut(found, t)]
        ['容梓瑀', '班小平', '班超']
    """
    return [replace(m, start=m.start + 1, text=m.text[1:])
            if m.type == "Person" and m.text.startswith("班") and len(m.text) >= 3 and _NUMBERED_CLASS.search(
                text, max(0, m.start - 8), m.start + 1) else m for m in found]


# A class by its number, before its 班 (424 班, 3班; not （藏族） 班禅额尔德尼).
_NUMBERED_CLASS = re.compile(r"[0-9０-９一二三四五六七八九十][ \u3000]*班$")


def leading_verb_cut(found: list[Mention], text: str) -> list[Mention]:
    """People whose name the recognizer ran into 率, the verb of one who leads a group (方小伟率市政协调研组…): the name
    without it, where two or three characters are left.

    Examples:
        >>> [m.text for m in leading_verb_cut([Mention(0, 4, "Person", "方小伟率", 1)], "方小伟率调研组到青山中学调研")]
        ['方小伟']
    """
    out = []
    for m in found:
        if m.type == "Person" and m.text.endswith("率") and 3 <= len(m.text) <= 4 and m.end - m.start == len(m.text):
            m = Mention(m.start, m.end - 1, m.type, m.text[:-1], m.article, m.extractor, m.role, m.canonical)
        out.append(m)
    return out


def constant_last_character(found: list[Mention], text: str) -> list[Mention]:
    """People of two characters that the text writes, every time and twice at least, with the same character after
    them, the words after it differing (葛小筑为…, 葛小筑博士…; 程步一出席…, 程步一讲话…): a name of three that the
    taggers cut short; not where that character opens a word (李四一行, 李四一同: 一 is no part of the name), is a word
    of the function words after names (为, 和, 等), or is a common word of its own that no training name of three ends
    with (说, 讲).

    Examples:
        >>> t = "葛小筑为青山镇讲课。葛小筑博士参加了活动。"
        >>> found = [Mention(0, 2, "Person", "葛小", 1), Mention(10, 12, "Person", "葛小", 1)]
        >>> [m.text for m in constant_last_character(found, t)]
        ['葛小筑', '葛小筑']
        >>> t = "李四一行到青山调研。李四一同前往。"  # (一 opens 一行, 一同)
        >>> [m.text for m in constant_last_character([Mention(0, 2, "Person", "李四", 1)], t)]
        ['李四']
        >>> t = "王五说，好。王五说：走。"  # (说 is a word of its own)
        >>> [m.text for m in constant_last_character([Mention(0, 2, "Person", "王五", 1)], t)]
        ['王五']
    """
    longer: dict[str, str] = {}
    for name in {m.text for m in found if m.type == "Person" and len(m.text) == 2 and m.end - m.start == 2}:
        at = [m.start() for m in re.finditer(f"(?={re.escape(name)})", text)]  # (every place it stands, overlaps too)
        after = {text[i + 2 : i + 3] for i in at}
        if len(at) < 2 or len(after) != 1:
            continue
        c = after.pop()
        if not "\u4e00" <= c <= "\u9fff" or c in _NOT_A_NAMES_END or (
                c not in _names_ends_any() and frequency(c) >= _RARE_WORD):
            continue
        nexts = {text[i + 3 : i + 4] for i in at}
        opens = any(w.start == 2 and len(w.text) >= 2 for i in at for w in words(text[i : i + 8]))
        if len(nexts) >= 2 and not opens:
            longer[name] = name + c
    return [replace(m, end=m.end + 1, text=longer[m.text]) if m.type == "Person" and m.text in longer
            and m.end - m.start == 2 else m for m in found]


_RARE_WORD = 5000  # (jieba's count of a character as a word: 筑 2,195, 钻 2,369; 讲 13,587, 说 219,817)


@lru_cache(maxsize=1)
def _names_ends_any() -> frozenset[str]:
    """The characters that end any labeled name of three (一 of 程步一: five)."""
    return frozenset(_name_end_counts())


def coming_verb_cut(found: list[Mention], text: str) -> list[Mention]:
    """People whose name the recognizers ran on into a verb of coming or going and the one character a place is
    called by (卢山来滨调研: 卢山 came to 滨州; 赴京, 抵杭), where the article names them without it too.

    Examples:
        >>> came, alone = Mention(0, 5, "Person", "卢小山来滨", 1), Mention(13, 16, "Place", "卢小山", 1)
        >>> [m.text for m in coming_verb_cut([came, alone], "卢小山来滨调研。在滨期间，卢小山一行…")]
        ['卢小山', '卢小山']
        >>> [m.text for m in coming_verb_cut([came], "卢小山来滨调研。")]  # (named no other way: left as read)
        ['卢小山来滨']
        >>> t = "欧阳来福主持会议。欧阳明出席。"  # (a name of a double surname: 欧阳 is no mention of its own)
        >>> double = [Mention(0, 4, "Person", "欧阳来福", 1), Mention(9, 12, "Person", "欧阳明", 1)]
        >>> [m.text for m in coming_verb_cut(double, t)]
        ['欧阳来福', '欧阳明']
    """
    # (the name alone, whatever type a tagger gave it there: 卢山一行 read as a mountain)
    alone = {(m.article, m.text) for m in found if m.type in ("Person", "Place")}
    out = []
    for m in found:
        if (m.type == "Person" and len(m.text) in (4, 5) and m.text[-2] in _COMES and m.end - m.start == len(m.text)
                and (m.article, m.text[:-2]) in alone):
            m = replace(m, end=m.end - 2, text=m.text[:-2])
        out.append(m)
    return out


_COMES = "来赴到抵回"  # the verbs of coming and going before the place's one character (来滨, 赴京, 抵杭)


def organizing_verb_cut(found: list[Mention], text: str) -> list[Mention]:
    """Bodies whose name the recognizer ran into 组织 where it is the body's verb (青山县妇联组织专家到…: a body's whole
    name before it, its object or the act it organizes after it): the name without it (not 青山县社会组织, nor 妇联组织积极
    参与, where it is a body).

    Examples:
        >>> t = "青山县妇联组织专家到白石乡义诊。青山县社会组织参加。白石县妇联组织及团体参加。青山县妇联组织积极参与。"
        >>> found = [Mention(0, 7, "Organization", "青山县妇联组织", 1), Mention(16, 23, "Organization", "青山县社会组织", 1),
        ...          Mention(26, 33, "Organization", "白石县妇联组织", 1), Mention(39, 46, "Organization", "青山县妇联组织", 1)]
        >>> [m.text for m in organizing_verb_cut(found, t)]
        ['青山县妇联', '青山县社会组织', '白石县妇联组织', '青山县妇联组织']
    """
    out = []
    for m in found:
        if m.type == "Organization" and m.text.endswith("组织") and m.end - m.start == len(m.text):
            every = clause_words(text, m.start)
            ws = [w for w in every if w.start < m.end]
            # (its object or the act it organizes after it: 组织专家, 组织开展; not 妇联组织积极参与, a body)
            after = next((w for w in every if w.start == m.end), None)
            if len(ws) >= 2 and ws[-1].text == "组织" and ws[-1].end == m.end and (
                    ws[-2].pos in ("j", "nt") or _closes_a_body(m.text[:-2])) and after is not None and (
                    after.pos.startswith("n") or after.text in ("开展", "召开", "举办", "举行", "实施")):
                m = replace(m, end=m.end - 2, text=m.text[:-2])
        out.append(m)
    return out


def joining_verb_cut(found: list[Mention], text: str) -> list[Mention]:
    """Bodies whose name the recognizer ran into 联合 (or 会同, 协同, 携手) before a body named by its level (联合县文联,
    会同市妇联: the verb of the body before, joining this one): the name without it.

    Examples:
        >>> t = "县总工会联合县文联开展活动。联合国开发署参加。"
        >>> found = [Mention(4, 9, "Organization", "联合县文联", 1), Mention(14, 19, "Organization", "联合国开发署", 1)]
        >>> [m.text for m in joining_verb_cut(found, t)]
        ['县文联', '联合国开发署']

    Or ran on into the verb after a body's whole name (青山市侨联联同镇侨联…: 青山市侨联), or over it into the body
    after it (two bodies, each whole).

        >>> t = "青山市侨联联同镇侨联开展活动。"
        >>> [m.text for m in joining_verb_cut([Mention(0, 6, "Organization", "青山市侨联联", 1)], t)]
        ['青山市侨联']
        >>> [m.text for m in joining_verb_cut([Mention(0, 10, "Organization", "青山市侨联联同镇侨联", 1)], t)]
        ['青山市侨联', '镇侨联']
        >>> t = "县科协同县教育局、县文联联合党支部、青山大学联合研究院、县文联协同县书协"
        >>> found = [Mention(0, 3, "Organization", "县科协", 1), Mention(0, 8, "Organization", "县科协同县教育局", 1),
        ...          Mention(9, 17, "Organization", "县文联联合党支部", 1),
        ...          Mention(18, 27, "Organization", "青山大学联合研究院", 1), Mention(28, 33, "Organization", "县文联协同", 1)]
        >>> [m.text for m in joining_verb_cut(found, t)]
        ['县科协', '县科协', '县教育局', '县文联联合党支部', '青山大学联合研究院', '县文联']
    """
    out = []
    for m in found:
        rest = m.text[2:]
        whole = m.type == "Organization" and m.end - m.start == len(m.text)
        if whole and m.text.startswith(TOGETHER_WITH) and len(rest) >= 3 and rest[0] in "省市县区镇乡":
            m = replace(m, start=m.start + 2, text=rest)
        elif (whole and text.startswith(TOGETHER_WITH, m.end - 1) and _a_whole_body(m.text[:-1])
              and not m.text.endswith((*MASS_BODIES, *_BODY_ENDS))):  # (not 县科协 + 同…: 县科 is no body there)
            m = replace(m, end=m.end - 1, text=m.text[:-1])
        elif whole and m.text.endswith(TOGETHER_WITH) and len(m.text) >= 5 and _a_whole_body(m.text[:-2]):
            m = replace(m, end=m.end - 2, text=m.text[:-2])  # (县文联协同 + 县书协…: the verb after the body)
        elif whole and (cut := bodies_joined_at(m.text, _a_whole_body)) is not None:
            out.append(replace(m, end=m.start + cut[0], text=m.text[: cut[0]]))
            m = replace(m, start=m.start + cut[1], text=m.text[cut[1] :])
        out.append(m)
    return out


def _a_whole_body(name: str) -> bool:
    """Whether ``name`` closes as a body's does, a mass body's too (青山市侨联)."""
    return _closes_a_body(name) or name.endswith(MASS_BODIES)


# Items listed, then what kind of body all of them are: 与王老五、红太阳、绿源食品等一批辣椒企业签约 (the kind after 等, a
# count and what describes them; then an act or the clause's end, not a person of them: 等企业负责人).
_KIND_LISTED = re.compile(
    rf"(?:(?<=[与同和跟及向对把有了，,：:])|(?<=包括))((?:(?![与同跟向对把])[{_HAN}]){{2,8}}(?:、[{_HAN}]{{2,8}})+"
    rf"(?:[和及][{_HAN}]{{2,8}})?)等(?!地)"
    rf"(?:一批|多家|众多|[\d一二三四五六七八九十百数几]+家)?(?:[^，。；、,;]{{0,12}}?的)?[{_HAN}]{{0,4}}?"
    r"(?:公司|企业|集团|合作社|银行|厂家|厂商)(?=[，。；,;签开合达共进建参联洽对为在将与]|$)")


def kind_listed(found: list[Mention], text: str) -> list[Mention]:
    """Items of a list that the text says are all bodies of one kind (A、B、C等一批企业, A、B和C等企业): each item the
    recognizers left out, read as a person (a brand named for its founder) or as a body without the trade its name
    ends with (青山 of 青山电子), is an organization; not an item that holds a body, a place or part of a name (those
    were read already).

    Examples:
        >>> t = "青山镇已与王老五、红太阳、绿源食品等一批有影响力的辣椒企业签订订单。"
        >>> [(m.text, m.type) for m in kind_listed([Mention(0, 3, "Place", "青山镇", 1), Mention(5, 8, "Person", "王老五", 1)], t)]
        [('青山镇', 'Place'), ('王老五', 'Organization'), ('红太阳', 'Organization'), ('绿源食品', 'Organization')]
        >>> t = "走访了青山电子、红星科技和白云精工等企业。"
        >>> [(m.text, m.type) for m in kind_listed([Mention(3, 5, "Organization", "青山", 1)], t)]
        [('青山电子', 'Organization'), ('红星科技', 'Organization'), ('白云精工', 'Organization')]
        >>> kind_listed([], "会见了与王老五、李小河等企业负责人。"), kind_listed([], "与王老五、李小河等同志座谈。")
        ([], [])
        >>> [m.text for m in kind_listed([], "陪同的有教务处、党政办及后勤处等相关部门的同志，各乡镇、县直等单位")]
        ['教务处', '党政办', '后勤处']
        >>> kind_listed([], "县应急局及相关处室、局属单位等部门")  # (a generic word: 处室)
        []
    """
    made: list[Mention] = []
    dropped: set[tuple[int, int]] = set()
    for m in _KIND_LISTED.finditer(text):
        for b, e in _list_items(text, m.start(1), m.end(1), joined=True):
            item = text[b:e]
            over = [x for x in found if x.start < e and b < x.end]
            # (a body read without the trade its name ends with, 青山 of 青山电子, is the item whole)
            cut = [x for x in over if x.type == "Organization" and x.start == b and x.end < e and e - x.end == 2]
            if any((x.type != "Person" or (x.start, x.end) != (b, e)) and x not in cut for x in over):
                continue
            if not over and in_dictionary(item) and words(item)[0].pos in ("n", "v", "vn", "vd", "an", "a"):
                continue  # (电子信息、生物医药和汽车等企业: trades, common words, no names; not 红太阳, 红星)
            if over:
                dropped.update((x.start, x.end) for x in over)
            extractor = over[0].extractor if over else "ensemble"
            made.append(Mention(b, e, "Organization", item, _article_at(found, b), extractor))
    # 教务处、组织部…及后勤处等有关部门的同志: offices the text calls departments, each closed by a body's head
    for m in _DEPARTMENTS_LISTED.finditer(text):
        for b, e in _list_items(text, m.start(1), m.end(1), joined=True):
            item = text[b:e]
            if (item.endswith(_DEPARTMENT_HEADS) and not item.startswith(("各", "全", "有关", "相关")) and item not in GENERIC
                    and not any(x.start < e and b < x.end for x in [*found, *made])):
                made.append(Mention(b, e, "Organization", item, _article_at(found, b), "ensemble"))
    if not made:
        return found
    kept = [x for x in found if not (x.type in ("Person", "Organization") and (x.start, x.end) in dropped)]
    return sorted([*kept, *made], key=lambda x: (x.start, -x.end))


def _list_items(text: str, begin: int, end: int, joined: bool = False) -> list[tuple[int, int]]:
    """The items of a list parted by 、 (and, with ``joined``, the last joined by 及 or 和 where jieba reads it as a
    conjunction, not 人和镇), the first without the words up to its last verb (县里引进金龙: 金龙).

    Examples:
        >>> t = "县里引进金龙、红星和人和镇派出所"
        >>> [t[b:e] for b, e in _list_items(t, 0, len(t), joined=True)]
        ['金龙', '红星', '人和镇派出所']
        >>> t = "村里成立了民宿、马队"
        >>> [t[b:e] for b, e in _list_items(t, 0, len(t))]
        ['民宿', '马队']
    """
    spans, at = [], begin
    for part in text[begin:end].split("、"):
        spans.append((at, at + len(part)))
        at += len(part) + 1
    if joined:
        b, e = spans.pop()
        cuts = [b + w.start for w in words(text[b:e]) if w.text in ("及", "和") and w.pos == "c" and 2 <= w.start]
        for c in cuts:
            spans.append((b, c))
            b = c + 1
        spans.append((b, e))
    b, e = spans[0]
    verbs = [w.end for w in words(text[b:e]) if w.pos.startswith("v")]
    if verbs and verbs[-1] < e - b:
        after = b + verbs[-1]
        while after < e and text[after] in "了着过":
            after += 1  # (村里成立了民宿: 民宿)
        spans[0] = (after, e)
    return [(b, e) for b, e in spans if e - b >= 2]


# Items the text calls departments or units: 有教务处、党政办及后勤处等相关部门 (not the people of a list of names: the
# items must close with a body's head).
_DEPARTMENTS_LISTED = re.compile(
    rf"(?:(?<=[与同和跟及向对把有，,：:])|(?<=包括))((?:(?![与同跟向对把的有是在为])[{_HAN}]){{2,8}}(?:[、及和][{_HAN}]{{2,8}})+)"
    r"等(?:有关|相关)?(?:部门|单位|科室|处室)")
_DEPARTMENT_HEADS = ("处", "办", "部", "局", "委", "室", "科", "站", "所", "中心", "工会", "团委", "队")


def _side_word(item: str) -> bool:
    """Whether jieba reads ``item`` as one word of a place's side (西北部, 东南部: a locality), never a body's name (卫生厅,
    司法厅: a noun, a name, however it tags them).

    Examples:
        >>> _side_word("西北部"), _side_word("卫生厅")
        (True, False)
    """
    ws = words(item)
    return len(ws) == 1 and ws[0].pos.startswith("f")


def complete_bodies(found: list[Mention], text: str) -> list[Mention]:
    """A body cut short where the text goes on with a longer body the document names, and the short
    name never stands alone in the text, is that body (农业农村部农产品质量 + 安全中心, where the
    document names 农业农村部农产品质量安全中心 elsewhere). A short name that ends as a body's name
    does (青山公司 of 青山公司党委) or that the text gives alone stays as it is.

    Examples:
        >>> t = "青山市农业局种子质量检测中心成立。青山市农业局种子质量检测中心说。"
        >>> [m.text for m in complete_bodies([Mention(0, 10, "Organization", "青山市农业局种子质量", 1),
        ...                                   Mention(17, 31, "Organization", "青山市农业局种子质量检测中心", 1)], t)]
        ['青山市农业局种子质量检测中心', '青山市农业局种子质量检测中心']
        >>> t = "青山公司党委开会。青山公司说。"
        >>> [m.text for m in complete_bodies([Mention(0, 6, "Organization", "青山公司党委", 1),
        ...                                   Mention(9, 13, "Organization", "青山公司", 1)], t)]
        ['青山公司党委', '青山公司']
    """
    bodies = {m.text for m in found if m.type == "Organization"}
    out: list[Mention] = []
    for m in found:
        if m.type == "Organization" and m.end - m.start == len(m.text) and not m.text.endswith((*SUFFIXES, *org_endings())):
            longer = max((b for b in bodies if len(b) > len(m.text) and b.startswith(m.text)
                          and text.startswith(b, m.start) and text.count(m.text) == text.count(b)), key=len, default=None)
            if longer:
                m = Mention(m.start, m.start + len(longer), "Organization", longer, m.article, m.extractor)
        out.append(m)
    return out


def central_bodies(found: list[Mention], text: str) -> list[Mention]:
    """A party or a mass body that the recognizer read without the 中央 after it (共青团 of 共青团中央开展…): its
    central committee, where the labeled data names the whole so (共青团中央, 民盟中央; not 青山公司中央空调).

    Examples:
        >>> t = "响应共青团中央开展活动，青山公司中央空调"
        >>> [m.text for m in central_bodies([Mention(2, 5, "Organization", "共青团", 1),
        ...                                  Mention(12, 16, "Organization", "青山公司", 1)], t)]
        ['共青团中央', '青山公司']
    """
    return [Mention(m.start, m.end + 2, "Organization", m.text + "中央", m.article, m.extractor)
            if text.startswith("中央", m.end) and m.text + "中央" in training_orgs() else m for m in found]


# One-character heads of bodies that a tagger may leave outside a name when a title follows (湖北省外 + 办主任).
_ONE_CHARACTER_HEADS = "办局委处科部厅院所站队"
_FORMER = ("前", "原")  # 南阳市前人大副主任: former, before the title, no part of a name
_LEVELS = GOVERNMENT_CHARS + "州"
_BODY_ENDS = tuple(SUFFIXES)
OFFICES = tuple(_OFFICE_TITLES)  # the titles people hold (kg.extract.titles)


def _closes_a_body(name: str) -> bool:
    return name.endswith(_BODY_ENDS) or name.endswith(org_endings())


@lru_cache(maxsize=1)
def _head_words() -> frozenset[str]:
    """Heads that close a body's name as words of their own: kg's suffixes and the endings learned from the training
    names (:func:`kg.org_bounds.org_endings`), of two characters or more; not a meeting (大会), nor what names a kind of
    body or a place (机构, 总部)."""
    return frozenset(h for h in (*SUFFIXES, *org_endings()) if len(h) >= 2) - {"大会", "机构", "总部"}


def _head_after(text: str, start: int, end: int) -> str:
    """The head of a body that stands right after ``text[start:end]`` as a noun of its own (研究会, 协会,
    委员会: a name closes with it), or "" (not a verb: 主办; not a word that ends as a head does: 战局, 大局).

    Examples:
        >>> t = "青山县剪纸研究会承办，青山人大会议，俄乌战局"
        >>> _head_after(t, 0, 5), _head_after(t, 11, 15), _head_after(t, 18, 20)
        ('研究会', '', '')
    """
    at = start
    for w in words(text[start : end + 8]):
        if at == end:
            return w.text if w.pos.startswith("n") and w.text in _head_words() else ""
        at += len(w.text)
        if at > end:
            return ""
    return ""


# Words that join two names, which no body's name ends with after a level (青山市与 of 青山市与集团签约: a place, then
# the body).
_JOINING = ("与", "和", "及", "同")


def mend_bodies(found: list[Mention], text: str) -> list[Mention]:
    """Bodies a tagger cut at the wrong place before a title: the head left outside (湖北省外 of 湖北省外办主任 is
    湖北省外办), a title taken in (湖北省人大常委 is 湖北省人大, where the name without the title closes as a body's
    does), a place with 前 or 原 after it (南阳市前 of 南阳市前人大副主任: the place 南阳市), a head left after it
    (研究会 of 红河剪纸研究会; not after a name closed by a head of one character: 省财政厅 + 政府采购), or the verb
    of those who host an event read into it (青山县文联主办); not a place and the word that joins it to a body (青山市与
    of 青山市与集团签约: the place; 北京协和 stays).

    Examples:
        >>> t = "湖北省外办主任王五，湖北省人大常委李四，南阳市前人大副主任赵六"
        >>> found = [Mention(0, 4, "Organization", "湖北省外", 1), Mention(10, 17, "Organization", "湖北省人大常委", 1),
        ...          Mention(20, 24, "Organization", "南阳市前", 1)]
        >>> [(m.text, m.type) for m in mend_bodies(found, t)]
        [('湖北省外办', 'Organization'), ('湖北省人大', 'Organization'), ('南阳市', 'Place')]
        >>> [m.text for m in mend_bodies([Mention(0, 7, "Organization", "湖北省人大常委", 1)], "湖北省人大常委会副主任王五")]
        ['湖北省人大常委会']
        >>> [m.text for m in mend_bodies([Mention(4, 11, "Organization", "青山县文联主办", 1)], "本次展会由青山县文联主办。")]
        ['青山县文联']
        >>> [(m.text, m.type) for m in mend_bodies([Mention(0, 4, "Organization", "青山市与", 1)], "青山市与集团签约")]
        [('青山市', 'Place')]
        >>> [m.text for m in mend_bodies([Mention(0, 8, "Organization", "青山大学物理系系", 1)], "青山大学物理系系主任王五")]
        ['青山大学物理系']
    """
    out: list[Mention] = []
    for m in found:
        name = m.text
        if (m.type == "Organization" and m.end - m.start == len(name) and name.endswith(_JOINING) and len(name) >= 3
                and name[-2] in _LEVELS):  # (青山市与: the place, then the word that joins it to a body; not 北京协和)
            out.append(Mention(m.start, m.end - 1, "Place", name[:-1], m.article, m.extractor))
            continue
        if m.type == "Organization" and m.end - m.start == len(name) and name.endswith(HOST_VERBS) and len(name) >= 4:
            # (长沙市文联主办: the verb after the body read into its name; 办 closes 外办 too)
            m = Mention(m.start, m.end - 2, m.type, name[:-2], m.article, m.extractor)
            name = m.text
        if m.type == "Organization" and m.end - m.start == len(name) and len(name) >= 4 \
                and OFFICE.match(text, m.end - 1) and (_closes_a_body(name[:-1]) or name[:-1].endswith(ACADEMIC_UNITS)):
            # (青山大学物理系 + 系 of 系主任: the title's head, read into the body's name)
            m = Mention(m.start, m.end - 1, m.type, name[:-1], m.article, m.extractor)
            name = m.text
        if m.type == "Organization" and m.end - m.start == len(name) and not _closes_a_body(name):
            joint = _AND_ITS_FIELD.match(text, m.end - name.endswith("和"))
            if (joint and _ends_a_word(text, m.start, joint.end()) and not _named_body(joint.group()[1:])
                    and _field_of_a_place(name.removesuffix("和"))):
                # (省工业 + 和信息化厅, the field's second half; not 青山总台 + 和国家体育总局, a second body, nor 腾讯 +
                # 和文旅部: no place's field before 和)
                m = Mention(m.start, joint.end(), m.type, text[m.start : joint.end()], m.article, m.extractor)
                out.append(m)
                continue
            after = text[m.end : m.end + 6]
            office = max((o for o in OFFICES if name.endswith(o)), key=len, default="")
            if after[:1] and after[0] in _ONE_CHARACTER_HEADS and after[1:].startswith(OFFICES):
                name += after[0]
            elif office and after[:1] and _closes_a_body(name + after[0]):
                name += after[0]  # (湖北省人大常委 + 会: 湖北省人大常委会)
            elif office and len(name) - len(office) >= 3 and _closes_a_body(name[: -len(office)]):
                name = name[: -len(office)]
            elif not name.endswith((*_FORMER, *_ONE_CHARACTER_HEADS)) and (head := _head_after(text, m.start, m.end)) \
                    and _titled(text, (m.start, m.end + len(head), "ORG"))[1] == m.end + len(head):
                name += head  # (红河县红河剪纸 + 研究会: the body's head left outside its name; not 党组 + 成员、)
            if name.endswith(_FORMER) and len(name) >= 3 and name[-2] in _LEVELS:
                m = Mention(m.start, m.end - 1, "Place", name[:-1], m.article, m.extractor)
                name = m.text
            if name != m.text:
                m = Mention(m.start, m.start + len(name), m.type, name, m.article, m.extractor)
        out.append(m)
    return out


def titled_bodies(found: list[Mention], text: str) -> list[Mention]:
    """A body named after a work's title, read without it (杂志社 of 《求是》杂志社:
    :func:`kg.extract.organization.titled_body_start`): the body whole.

    Examples:
        >>> t = "《求是》杂志社记者王五说。"
        >>> [m.text for m in titled_bodies([Mention(4, 7, "Organization", "杂志社", 1)], t)]
        ['《求是》杂志社']
    """
    out = []
    for m in found:
        begin = titled_body_start(text, m.start, m.end) if m.type == "Organization" else m.start
        if begin < m.start and m.end - m.start == len(m.text):
            m = Mention(begin, m.end, m.type, text[begin : m.end], m.article, m.extractor)
        out.append(m)
    return out


def departments_joined(found: list[Mention], text: str) -> list[Mention]:
    """A body cut at 与 or 和 inside a department named by its fields of work
    (:func:`kg.extract.organization.field_departments`): 国家文物局博物馆 + 与社会文物司, the department whole.

    Examples:
        >>> t = "国家文物局博物馆与社会文物司负责人发言，市文化馆和图书馆开放。"
        >>> found = [Mention(0, 8, "Organization", "国家文物局博物馆", 1), Mention(20, 24, "Organization", "市文化馆", 1)]
        >>> [m.text for m in departments_joined(found, t)]
        ['国家文物局博物馆与社会文物司', '市文化馆']
    """
    out = []
    for m in found:
        if m.type == "Organization" and m.end - m.start == len(m.text) and text[m.end : m.end + 1] in FIELD_JOINS:
            window = text[m.start : m.end + 16]
            end = max((e for b, e in field_departments(window) if b == 0), default=0)
            if end > len(m.text):
                m = Mention(m.start, m.start + end, m.type, window[:end], m.article, m.extractor)
        out.append(m)
    return out


# The second field of a department named for two (工业和信息化厅, 住房和城乡建设局), after the first where a tagger stopped.
_AND_ITS_FIELD = re.compile(r"和[\u4e00-\u9fff]{2,6}?(?:委员会|厅|局|委|部|办)")


def _named_body(name: str) -> bool:
    """Whether ``name`` opens as a body of its own does: with a place or a level, 国家, 中央 or 全国 (国家版权局).

    Examples:
        >>> _named_body("国家版权局"), _named_body("郑州市教育局"), _named_body("信息化厅"), _named_body("城乡建设局")
        (True, True, False, False)
    """
    hits = find(name)
    return (name[0] in _LEVELS or name.startswith(("国家", "中央", "全国")) or words(name)[0].pos == "ns"
            or bool(hits) and hits[0][0] == 0)


def _field_of_a_place(name: str) -> bool:
    """Whether ``name`` is a place's or a level's field of work, a department's name before its head (省工业, 扬州市文化
    广电): it opens as a body of its own does (:func:`_named_body`) and ends with a field's word of two characters.

    Examples:
        >>> _field_of_a_place("省工业"), _field_of_a_place("腾讯"), _field_of_a_place("青山县卫生健康委")
        (True, False, False)
    """
    last = words(name)[-1]
    return _named_body(name) and len(last.text) >= 2 and last.pos in ("n", "vn", "an", "nz")


def _ends_a_word(text: str, start: int, end: int) -> bool:
    """Whether a word of ``text[start:]`` ends at ``end`` (not inside 部门 or 局面).

    Examples:
        >>> _ends_a_word("省工业和信息化厅厅长", 0, 8), _ends_a_word("省科技和教育部门", 0, 7)
        (True, False)
    """
    at = start
    for w in words(text[start : end + 4]):
        at += len(w.text)
        if at >= end:
            return at == end
    return False


# A body's name that opens with its place or level (青山县教育局, 市卫健委, 县农业农村局): a named body, not a unit's kind.
_PLACED = re.compile(r"[\u4e00-\u9fff]{0,4}?[省市县区镇乡]")
# What 联合 opens inside a body's name (联合会, 联合国, 联合社), where it is no verb joining two bodies.
_JOINT_HEADS = ("会", "国", "社", "体", "党", "站", "舰", "银行", "公司", "大学", "学院", "医院", "作战", "办", "执法", "指挥")


def joined_bodies(found: list[Mention], text: str) -> list[Mention]:
    """Two bodies a tagger read as one across 联合, the verb of bodies that act together (青山县市场监管局联合县农业农村局,
    青山公安分局联合青山一中开展…): the two, where each part closes as a body's name does and the second is a named
    body, opening with its place or level or named on its own in the article (or a numbered school: 青山一中); not
    where 联合 opens a head of a name (联合会, 联合国, 联合银行) or a unit's kind follows it (青山大学联合研究中心).
    ``found`` is in text order.

    Examples:
        >>> t = "青山公安分局联合青山一中开展活动，青山县工会联合会，青山联合银行，青山联合作战演训中心"
        >>> found = [Mention(0, 12, "Organization", t[:12], 1), Mention(17, 25, "Organization", "青山县工会联合会", 1),
        ...          Mention(26, 32, "Organization", "青山联合银行", 1), Mention(33, 43, "Organization", "青山联合作战演训中心", 1)]
        >>> [m.text for m in joined_bodies(found, t)]
        ['青山公安分局', '青山一中', '青山县工会联合会', '青山联合银行', '青山联合作战演训中心']
        >>> def kept(name, kind="Organization"):  # whether a mention of the name stays whole
        ...     return [m.text for m in joined_bodies([Mention(0, len(name), kind, name, 1)], name)] == [name]
        >>> kept("青山集团联合银行"), kept("多国联合考察团"), kept("青山工会联合发文"), kept("青山工会联合处")
        (True, True, True, True)
        >>> kept("青山公安分局联合青山县教育局"), kept("青山大学联合研究中心"), kept("青山公安分局联合红河大学")
        (False, True, True)
        >>> t = "红河大学召开会议。青山公安分局联合红河大学开展活动"  # (named on its own)
        >>> [m.text for m in joined_bodies([Mention(0, 4, "Organization", "红河大学", 1), Mention(9, 21, "Organization", t[9:21], 1)], t)]
        ['红河大学', '青山公安分局', '红河大学']
        >>> kept("青山公安分局联合青山一中", "Place"), len(joined_bodies([Mention(0, 14, "Organization", "青山公安分局联合青山一中", 1)], "青山公安分局 联合 青山一中"))
        (True, 1)
    """
    out: list[Mention] = []
    for m in found:
        at = m.text.find("联合", 2) if m.type == "Organization" and m.end - m.start == len(m.text) else -1
        first, second = m.text[:at], m.text[at + 2 :]
        if (at > 0 and len(second) >= 2 and not second.startswith(_JOINT_HEADS) and _closes_a_body(first)
                and (_closes_a_body(second) and (_PLACED.match(second) or any(o.text == second for o in found))
                     or NUMBERED_SCHOOL.search(second[-3:]))):
            out += [Mention(m.start, m.start + at, m.type, first, m.article, m.extractor),
                    Mention(m.start + at + 2, m.end, m.type, second, m.article, m.extractor)]
            continue
        out.append(m)
    return out


@register("ner", finds_mentions=True, rank=3)
def extract(doc: Document, mentions: list[Mention]) -> list[Mention]:
    """Person, Place and Organization mentions tagged by LAC in every sentence."""
    tag_documents([doc])
    return complete_people([m for a in doc.articles for s in a.sentences for m in sentence_mentions(s, a.index)],
                           doc.text)


@register("neural", finds_mentions=True, rank=3, styles=("news",))
def extract_neural(doc: Document, mentions: list[Mention]) -> list[Mention]:
    """Person, Place and Organization mentions from the trained recognizer (:mod:`kg.neural`)
    in the newswire convention of People's Daily and MSRA."""
    tag_documents([doc], styles=("news",))
    return [m for a in doc.articles for s in a.sentences for m in sentence_mentions(s, a.index, news_spans, "neural")]


@register("neural-fine", finds_mentions=True, rank=3, styles=("fine",))
def extract_neural_fine(doc: Document, mentions: list[Mention]) -> list[Mention]:
    """The trained recognizer in CLUENER's convention (whole addresses, long organisation names):
    for text annotated that way, as ``kg eval-ner ../shared/eval/cluener/dev.jsonl --extractors neural-fine``."""
    tag_documents([doc], styles=("fine",))
    return [m for a in doc.articles for s in a.sentences for m in sentence_mentions(s, a.index, fine_spans, "neural")]


def _common_noun(name: str) -> bool:
    """Whether a two-character name is one common noun of jieba's dictionary (经济, 部分), no
    proper name (longer ones may be a body's short name: 体育总局).

    Examples:
        >>> _common_noun("经济"), _common_noun("央视"), _common_noun("体育总局")
        (True, False, False)
    """
    return len(name) == 2 and [(w.end - w.start, w.pos) for w in words(name)] in ([(2, "n")], [(2, "vn")])


# How sure the trained model must be (the CRF's marginals, kg.neural.span_confidence) for the
# default recognizer to add a name LAC does not read (ADD) or to take its bounds or type over LAC's
# (REPLACE); chosen on the tuning split and the corpus files worked on (docs/recognizer.md).
ADD = 0.9
# How sure the model must be of a person right after a title that LAC reads as another word (:func:`confirmed_spans`).
TITLED = 0.5
REPLACE = 0.95
# How sure the model must be of a name that starts where LAC reads a body or a place of one character
# (:func:`_bare_level`), or of a body it reads on from LAC's (:func:`_read_on_to_a_head`): more likely than not, the
# two agreeing that a name starts there.
LIKELY = 0.5


def _overlaps(b: int, e: int, spans: list[tuple[int, int, str]]) -> bool:
    """Whether a span shares a character with one of ``spans``."""
    return any(nb < e and b < ne for nb, ne, _ in spans)


def _division(name: str) -> bool:
    """Whether a name is an administrative division of the gazetteer, whole (管城区, 河南省), and
    not a verb or an adjective that a division's bare name happens to spell (合作 of 合作市,
    胜利, 新兴: 推进合作项目 names no city).

    Examples:
        >>> _division("管城区"), _division("郑州"), _division("合作")
        (True, True, False)
    """
    return bool(named(name)) and not spells_a_word(name)


def _fields_joined(text: str, kept: list[tuple[int, int, str]], heads: dict[int, int]) -> list[tuple[int, int, str]]:
    """LAC's bodies with a body of its own whose name closes as none (青山市民政), then 和 or 与 and the body LAC reads
    after it (人力资源和社保局), read as one where the trained model reads both as one body that closes as a body does
    (``heads``: where its bodies begin, and end): a bureau of two fields; not two bodies that each close as one
    (青山公司和白石银行).

    Examples:
        >>> _fields_joined("青山市民政和人力资源和社保局", [(0, 5, "ORG"), (6, 14, "ORG")], {0: 14})
        [(0, 14, 'ORG')]
        >>> _fields_joined("青山公司和白石银行", [(0, 4, "ORG"), (5, 9, "ORG")], {0: 9})
        [(0, 4, 'ORG'), (5, 9, 'ORG')]
        >>> _fields_joined("青山市民政、人力资源和社保局", [(0, 5, "ORG"), (6, 14, "ORG")], {0: 14})  # (a list)
        [(0, 5, 'ORG'), (6, 14, 'ORG')]
        >>> _fields_joined("青山市公安和市交通运输局", [(0, 5, "ORG"), (6, 12, "ORG")], {0: 12})  # (a level's own)
        [(0, 5, 'ORG'), (6, 12, 'ORG')]
    """
    fields = {b: heads[b] for b, e, tag in kept if tag == "ORG" and heads.get(b, e) > e + 1 and text[e] in "和与"
              and not _closes_a_body(text[b:e]) and (e + 1, heads[b], "ORG") in kept
              and text[e + 1] not in LEVEL_CHARS}  # (not 青山市公安和市交通运输局: the second a level's own)
    return [(b, fields[b], tag) if b in fields else (b, e, tag) for b, e, tag in kept
            if not any(f < b and e <= fields[f] for f in fields)]


def confirmed_spans(s: Sentence, confirmed: frozenset[str] = frozenset(), add: float = float("inf"),
                    replace: float = float("inf")) -> list[tuple[int, int, str]]:
    """LAC's spans that the trained recognizer confirms: it marks a name over some of the same
    characters, the span is a division of the gazetteer, the same text is confirmed elsewhere in
    the document (``confirmed``), or the span stands in a list (、) next to a confirmed name of its
    type; where both read the same span as a place or a body, the trained model's type is kept.
    Two recognizers trained on different data rarely make the same mistake: what LAC alone reads
    as a name (兴国 in 科教兴国, a common word, a pair of abbreviations) is mostly none. Then the
    model's own names and bounds where it is sure of them (:func:`model_wins`, thresholds ``add``
    and ``replace``; off by default here, :data:`ADD` and :data:`REPLACE` in the default recognizer).

    Examples:
        >>> from kg.model import Sentence
        >>> from kg.tagger import Token
        >>> s = Sentence(0, 0, 8, "甲乙、丙丁和戊己", segments=((0, 0),))
        >>> s.tokens = [Token(0, 2, "甲乙", "ORG"), Token(3, 5, "丙丁", "ORG"), Token(6, 8, "戊己", "LOC")]
        >>> s.names["news"] = [(0, 2, "ORG")]
        >>> confirmed_spans(s)
        [(0, 2, 'ORG'), (3, 5, 'ORG')]
        >>> confirmed_spans(s, frozenset({"戊己"}))
        [(0, 2, 'ORG'), (3, 5, 'ORG'), (6, 8, 'LOC')]
        >>> s.names["news"] = [(0, 2, "LOC")]  # the same span, a place for the trained model
        >>> confirmed_spans(s)[0]
        (0, 2, 'LOC')
    """
    spans = lac_spans(s)
    news = s.names["news"]
    # (a person of LAC's right after a title is sure: 纪委书记甘泉, a name that is a county's too)
    # (a division the gazetteer alone confirms, where no common word runs over its end: 省市和县里 names no 和县)
    sure = [_overlaps(b, e, news) or s.text[b:e] in confirmed
            or (_division(s.text[b:e]) and not common_word_over(clause_words(s.text, b), e))
            or tag == "PER" and 2 <= e - b <= 3 and s.text.endswith(_TITLES_BEFORE, 0, b) for b, e, tag in spans]
    # a list member takes its neighbours' confirmation: 三菱树脂、横滨轮胎、协鑫光伏
    changed = True
    while changed:
        changed = False
        for i, (b, e, tag) in enumerate(spans):
            if sure[i]:
                continue
            beside = (j for j in (i - 1, i + 1) if 0 <= j < len(spans) and sure[j])
            if any(_listed_beside(s.text, (b, e, tag), spans[j]) for j in beside):
                sure[i] = changed = True
    # where both read the same span as a place or a body, the trained model's choice: 华中 is a region
    types = {(b, e): t for b, e, t in news if t != "PER"}
    kept = [(b, e, tag if tag == "PER" else types.get((b, e), tag)) for (b, e, tag), ok in zip(spans, sure) if ok]
    # a division's bare name that LAC reads as a body is no body: the trained model's body on from it (神农架 of
    # 神农架残创中心; not over a verb, 北流市设立办事处, nor one with no head, 上海律师业)
    bodies = {b: e for b, e, t in news if t == "ORG" and ends_as_a_body(s.text[b:e])}
    kept = [(b, bodies[b], tag) if tag == "ORG" and _division(s.text[b:e]) and bodies.get(b, e) > e
            and not has_verb(s.text[e : bodies[b]]) else (b, e, tag) for b, e, tag in kept]
    # a body of LAC's that the trained model reads as a division, a verb's words, then a body is those two, the words
    # between them none of either (神农架林区 + 调研基层 + 科协; not 林业 of …林区林业管理局, a noun)
    places, ends = {b: e for b, e, t in news if t == "LOC"}, {e: b for b, e, t in news if t == "ORG"}
    kept = [part for b, e, tag in kept for part in (
        [(b, places[b], "LOC"), (ends[e], e, "ORG")]
        if tag == "ORG" and places.get(b, e) < ends.get(e, b) and _division(s.text[b : places[b]])
        and any(w.pos.startswith("v") for w in words(s.text[places[b] : ends[e]]))
        else [(b, e, tag)])]
    # a place of LAC's that the trained model reads as a person, right after a title: 董事长都业洲 (a person's name
    # that is a place's too, as 许昌 or 江山, reads as the person there)
    persons = {(b, e) for b, e, t in news if t == "PER"}
    kept = [(b, e, "PER" if tag == "LOC" and (b, e) in persons and s.text.endswith(_TITLES_BEFORE, 0, b) else tag)
            for b, e, tag in kept]
    # a body of LAC's that the trained model reads on to a body's head over nouns and verbal nouns of LAC's: 森林消防 +
    # 救援大队 (not 综治中心 + 组织派出所, a verb's phrase; nor 党中央观 + 大局, a body LAC reads over a verb, and a word
    # that ends as a body does; nor 经济 + 合作组织, a common noun LAC reads as a body)
    heads = {b: e for b, e, t in news if t == "ORG" and _closes_a_body(s.text[b:e])}
    kept = [(b, heads[b], tag) if tag == "ORG" and heads.get(b, e) > e and not _closes_a_body(s.text[b:e])
            and _nouns_between(s, e, heads[b]) and long_head(s.text[e : heads[b]])
            and _may_read_on(s, b, e) else (b, e, tag)
            for b, e, tag in kept]
    kept = _fields_joined(s.text, kept, heads)
    confidence = s.names.get("news" + CONFIDENCE, [0.0] * len(news))  # none: never sure
    # or on over one noun that many bodies of the training data end with, where the model is sure (区军服 + 中心 of
    # 区军服中心主任; not 党组 nor 战局, which few end with, nor 俄方 + 代表团, of which it is unsure)
    ends = {b: e for (b, e, t), p in zip(news, confidence) if t == "ORG" and p >= ADD and ends_as_a_body(s.text[b:e])}
    kept = [(b, ends[b], tag) if tag == "ORG" and ends.get(b, e) > e and not ends_as_a_body(s.text[b:e])
            and _head_word(s, e, ends[b]) else (b, e, tag) for b, e, tag in kept]
    kept = _read_on_to_a_head(s, sorted(kept), news, confidence)
    # a "person" of LAC's that holds a town, glued to the words round it, is that town (于白石镇党群 → 白石镇)
    kept = [(b + held[0], b + held[1], "LOC") if tag == "PER" and (held := held_division(s.text[b:e])) else (b, e, tag)
            for b, e, tag in kept]
    # a "person" of LAC's that no person can be (张三率总社科教社团部: words glued) is dropped, and with it
    # the model's names over the same characters (it misreads them too)
    glued = [(b, e, tag) for b, e, tag in kept if tag == "PER" and not keep(s.text[b:e], "Person", after=s.text[e : e + 3])]
    if glued:
        kept = [span for span in kept if span not in glued]
        pairs = [(n, p) for n, p in zip(news, confidence) if not _overlaps(n[0], n[1], glued)]
        news, confidence = [n for n, _ in pairs], [p for _, p in pairs]
    lone = frozenset(t.start for t in s.tokens if t.end - t.start == 1 and t.tag not in ("v", "vd", "p", "c", "u", "w"))
    kept = sorted(split_glued_people(s.text, kept, news, confidence) + titled_people(s, news, confidence, kept))
    kept = [_head_glued(s.text, k) for k in kept]
    levels = frozenset(b for b, e, _ in kept if e - b == 1 and s.text[b] in LEVEL_CHARS)  # (LAC's 市 of 市福利院)
    news = [_head_glued(s.text, _titled(s.text, n)) for n in news]
    kept = listed_by_the_model(s.text, model_wins(kept, news, confidence, add, replace, lone, levels), news, confidence)
    return villages_after_towns(s.text, kept, news, confidence)


# The levels that close a township's name, before its villages and communities.
_TOWN_LEVELS = ("镇", "乡", "街道", MONGOLIAN_TOWN)


def villages_after_towns(text: str, kept: list[tuple[int, int, str]], news: list[tuple[int, int, str]],
                         confidence: list[float]) -> list[tuple[int, int, str]]:
    """The trained model's village or community (three characters or more, …村, …社区) right after a township kept,
    where it reads it more likely than not and nothing kept stands there: 城关镇 + 月池塘社区, which LAC leaves out.

    Examples:
        >>> t = "来到城关镇月池塘社区看望群众"
        >>> villages_after_towns(t, [(2, 5, "LOC")], [(2, 5, "LOC"), (5, 10, "LOC")], [0.9, 0.6])
        [(2, 5, 'LOC'), (5, 10, 'LOC')]
        >>> villages_after_towns(t, [(2, 5, "LOC")], [(2, 5, "LOC"), (5, 10, "LOC")], [0.9, 0.4])  # (unsure)
        [(2, 5, 'LOC')]
    """
    towns = {e for b, e, t in kept if t == "LOC" and text[b:e].endswith(_TOWN_LEVELS)}
    added = [(b, e, t) for (b, e, t), p in zip(news, confidence)
             if t == "LOC" and b in towns and p >= LIKELY and e - b >= 3 and text[b:e].endswith(_LOCALITIES)
             and not any(x < e and b < y for x, y, _ in kept)]
    return sorted(kept + added) if added else kept


def _listed_beside(text: str, span: tuple[int, int, str], other: tuple[int, int, str]) -> bool:
    """Whether two names of one type stand side by side in a list, one 、 apart (三菱树脂、横滨轮胎).

    Examples:
        >>> t = "三菱树脂、横滨轮胎和协鑫光伏"
        >>> _listed_beside(t, (5, 9, "ORG"), (0, 4, "ORG")), _listed_beside(t, (5, 9, "ORG"), (10, 14, "ORG"))
        (True, False)
    """
    (b, e, tag), (x, y, t) = span, other
    return t == tag and (text[y:b] == "、" or text[e:x] == "、")


def _a_kind(name: str) -> bool:
    """Whether a body's name is a kind of body, one word of jieba's or a generic word (派出所, 检查组, 社区), no name.

    Examples:
        >>> _a_kind("派出所"), _a_kind("社区"), _a_kind("车站执法支队")
        (True, True, False)
    """
    return name in GENERIC or len(words(name)) == 1


def listed_by_the_model(text: str, kept: list[tuple[int, int, str]], news: list[tuple[int, int, str]],
                        confidence: list[float]) -> list[tuple[int, int, str]]:
    """The trained model's bodies that stand in a list (、) beside a body kept (or beside such a one), where it reads
    them more likely than not: a list's items are of one kind, as LAC's confirmed by their neighbours are
    (:func:`confirmed_spans`; 青山执法大队、车站执法支队、红河执法总队, where LAC reads none of the last two); not a kind
    of body named by one word (派出所, 检查组) or a generic word.

    Examples:
        >>> t = "青山执法大队、车站执法支队、红河执法总队参加"
        >>> listed_by_the_model(t, [(0, 6, "ORG")], [(0, 6, "ORG"), (7, 13, "ORG"), (14, 20, "ORG")], [0.9, 0.6, 0.6])
        [(0, 6, 'ORG'), (7, 13, 'ORG'), (14, 20, 'ORG')]
        >>> listed_by_the_model(t, [(0, 6, "ORG")], [(0, 6, "ORG"), (7, 13, "ORG"), (14, 20, "ORG")], [0.9, 0.4, 0.6])
        [(0, 6, 'ORG')]
        >>> listed_by_the_model(t, [(0, 6, "LOC")], [(0, 6, "LOC"), (7, 13, "ORG")], [0.9, 0.6])  # (another type)
        [(0, 6, 'LOC')]
        >>> t = "青山执法大队、派出所参加"
        >>> listed_by_the_model(t, [(0, 6, "ORG")], [(0, 6, "ORG"), (7, 10, "ORG")], [0.9, 0.6])  # (a kind)
        [(0, 6, 'ORG')]
    """
    out = sorted(kept)
    changed = True
    while changed:
        changed = False
        for (b, e, tag), p in zip(news, confidence):
            if tag != "ORG" or p < LIKELY or any(x < e and b < y for x, y, _ in out) or _a_kind(text[b:e]):
                continue
            if any(_listed_beside(text, (b, e, tag), other) for other in out):
                out = sorted([*out, (b, e, tag)])
                changed = True
    return out


def split_glued_people(text: str, kept: list[tuple[int, int, str]], news: list[tuple[int, int, str]],
                 confidence: list[float]) -> list[tuple[int, int, str]]:
    """``kept`` with a body of LAC's that the trained model reads as a body and the person after it, the person's name
    right before a title, taken as the model's two (白沙区人民法院高立峰院长: the president 高立峰 of the court; news
    writes a visitor's body, name and title so), each at least :data:`TITLED` sure.

    Examples:
        >>> text, model = "白沙区人民法院高立峰院长一行来访", [(0, 7, "ORG"), (7, 10, "PER")]
        >>> split_glued_people(text, [(0, 10, "ORG")], model, [0.85, 0.79])
        [(0, 7, 'ORG'), (7, 10, 'PER')]
        >>> split_glued_people(text.replace("院长", "等人"), [(0, 10, "ORG")], model, [0.85, 0.79])
        [(0, 10, 'ORG')]
        >>> split_glued_people(text, [(0, 10, "ORG")], model, [0.85, 0.3])  # (the model unsure)
        [(0, 10, 'ORG')]
    """
    pieces = {(b, e): (t, p) for (b, e, t), p in zip(news, confidence)}
    out = []
    for b, e, tag in kept:
        split = [m for m in range(e - 3, e - 1) if pieces.get((b, m), ("", 0.0))[0] == "ORG"
                 and pieces.get((m, e), ("", 0.0))[0] == "PER"
                 and min(pieces[(b, m)][1], pieces[(m, e)][1]) >= TITLED]
        if tag == "ORG" and split and _closes_a_body(text[b : split[0]]) and OFFICE.match(text, e) \
                and keep(text[split[0] : e], "Person", after=text[e : e + 3]):
            out += [(b, split[0], "ORG"), (split[0], e, "PER")]
        else:
            out.append((b, e, tag))
    return out


def titled_people(s: Sentence, news: list[tuple[int, int, str]], confidence: list[float],
                  kept: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The trained model's persons of two or three characters right after a title where LAC reads none (副局长向霆,
    whose name LAC reads as a preposition; 局长向阳光, 向 and 阳光 to LAC), the model at least :data:`TITLED` sure:
    the title says a person stands there; not where no title does, nor what no person's name can be.

    Examples:
        >>> from kg.tagger import Token
        >>> def people(text, b, e, p):
        ...     s = Sentence(0, 0, len(text), text, segments=((0, 0),))
        ...     s.tokens = [Token(b, e, text[b:e], "p")]
        ...     return titled_people(s, [(b, e, "PER")], [p], [])
        >>> people("副局长向霆带队", 3, 5, 0.8), people("副局长向霆带队", 3, 5, 0.3), people("大家向霆带队", 2, 4, 0.8)
        ([(3, 5, 'PER')], [], [])
        >>> people("副局长张3带队", 3, 5, 0.8)  # (no name has a digit)
        []
        >>> s = Sentence(0, 0, 7, "副局长向霆带队", segments=((0, 0),))
        >>> titled_people(s, [(3, 5, "PER")], [0.8], [(3, 5, "LOC")])  # (LAC's own reading there stands)
        []
    """
    return [(b, e, "PER") for (b, e, tag), p in zip(news, confidence)
            if tag == "PER" and 2 <= e - b <= 3 and p >= TITLED and s.text.endswith(_TITLES_BEFORE, 0, b)
            and not _overlaps(b, e, kept) and keep(s.text[b:e], "Person", after=s.text[e : e + 3])]


def _may_read_on(s: Sentence, b: int, e: int) -> bool:
    """Whether LAC's body ``s.text[b:e]`` may be read on to a head after it: it ends with no verb (not 党中央观 + 大局,
    a body LAC reads over a verb) and is no common noun of two characters (not 经济 + 合作组织).

    Examples:
        >>> s = Sentence(0, 0, 6, "经济合作组织", segments=((0, 0),))
        >>> _may_read_on(s, 0, 2)
        False
        >>> s = Sentence(0, 0, 6, "党中央观大局", segments=((0, 0),))
        >>> _may_read_on(s, 0, 4), _may_read_on(s, 0, 3)  # (观, a verb, ends the first)
        (False, True)
    """
    return not words(s.text[b:e])[-1].pos.startswith("v") and not _common_noun(s.text[b:e])


def _read_on_to_a_head(s: Sentence, kept: list[tuple[int, int, str]], news: list[tuple[int, int, str]],
                       confidence: list[float]) -> list[tuple[int, int, str]]:
    """A body of LAC's that the trained model reads on, more likely than not, over LAC's nouns and verbal nouns to a
    name that ends as a body's does, with a word of two characters or more as jieba reads the words read on (新时代文明
    + 实践中心, 伊朗议会 + 主席团: a head the suffixes leave out, which many names end with but many words too; not 所
    of 实践所, a head of one character that ends many words: 全部, 各处). The name starts where LAC's does, or where
    the model's does when a word of its own stands between them that is a place (a division, read by LAC as a place or
    a body) or a level's character (青山区 or 区 + 新时代文明实践中心: the body named with its place, which LAC reads
    apart), not where the model reads other words in (全县 + 新时代文明实践中心, 城区: the character ends a word).

    Examples:
        >>> from kg.tagger import Token
        >>> s = Sentence(0, 0, 11, "区新时代文明实践中心", segments=((0, 0),))
        >>> s.tokens = [Token(0, 1, "区", "ORG"), Token(1, 6, "新时代文明", "ORG"), Token(6, 8, "实践", "vn"),
        ...             Token(8, 10, "中心", "n")]
        >>> _read_on_to_a_head(s, [(0, 1, "ORG"), (1, 6, "ORG")], [(0, 10, "ORG")], [0.69])
        [(0, 10, 'ORG')]
        >>> _read_on_to_a_head(s, [(0, 1, "LOC"), (1, 6, "ORG")], [(0, 10, "ORG")], [0.69])
        [(0, 10, 'ORG')]
        >>> _read_on_to_a_head(s, [(1, 6, "ORG")], [(1, 10, "ORG")], [0.4])  # (the model unsure)
        [(1, 6, 'ORG')]
        >>> s.tokens[0] = Token(0, 1, "区", "n")
        >>> _read_on_to_a_head(s, [(1, 6, "ORG")], [(1, 10, "ORG")], [0.79])
        [(1, 10, 'ORG')]
        >>> _read_on_to_a_head(s, [(1, 6, "LOC")], [(1, 10, "ORG")], [0.79])  # (LAC's place: no body cut short)
        [(1, 6, 'LOC')]
        >>> s.tokens[0] = Token(0, 1, "区", "ns")  # (a place of jieba's tags)
        >>> _read_on_to_a_head(s, [(1, 6, "ORG")], [(0, 10, "ORG")], [0.79])
        [(0, 10, 'ORG')]
        >>> s = Sentence(0, 0, 11, "城区新时代文明实践中心", segments=((0, 0),))
        >>> s.tokens = [Token(0, 2, "城区", "n"), Token(2, 7, "新时代文明", "ORG"), Token(7, 9, "实践", "vn"),
        ...             Token(9, 11, "中心", "n")]
        >>> _read_on_to_a_head(s, [(2, 7, "ORG")], [(1, 11, "ORG")], [0.69])  # (区 ends the word 城区)
        [(2, 11, 'ORG')]
        >>> s.tokens[-1] = Token(9, 11, "中心", "v")  # (a verb among the words read on: no name's)
        >>> _read_on_to_a_head(s, [(2, 7, "ORG")], [(1, 11, "ORG")], [0.69])
        [(2, 7, 'ORG')]
        >>> s = Sentence(0, 0, 8, "新时代文明实践所", segments=((0, 0),))
        >>> s.tokens = [Token(0, 5, "新时代文明", "ORG"), Token(5, 7, "实践", "vn"), Token(7, 8, "所", "n")]
        >>> _read_on_to_a_head(s, [(0, 5, "ORG")], [(0, 8, "ORG")], [0.8])  # (a head of one character)
        [(0, 5, 'ORG')]
        >>> s = Sentence(0, 0, 8, "青山公司服务中心", segments=((0, 0),))
        >>> s.tokens = [Token(0, 4, "青山公司", "ORG"), Token(4, 6, "服务", "vn"), Token(6, 8, "中心", "n")]
        >>> _read_on_to_a_head(s, [(0, 4, "ORG")], [(0, 8, "ORG")], [0.8])  # (LAC's a body's name whole)
        [(0, 4, 'ORG')]
        >>> s = Sentence(0, 0, 6, "经济合作中心", segments=((0, 0),))
        >>> s.tokens = [Token(0, 2, "经济", "ORG"), Token(2, 4, "合作", "vn"), Token(4, 6, "中心", "n")]
        >>> _read_on_to_a_head(s, [(0, 2, "ORG")], [(0, 6, "ORG")], [0.8])  # (a common noun LAC reads as a body)
        [(0, 2, 'ORG')]
    """
    reads = [(b, e) for (b, e, t), p in zip(news, confidence)
             if t == "ORG" and p >= LIKELY and ends_as_a_body(s.text[b:e])]
    out: list[tuple[int, int, str]] = []
    for b, e, tag in kept:
        end = next((y for x, y in reads if x <= b and y > e), None)
        if (tag != "ORG" or end is None or ends_as_a_body(s.text[b:e]) or not _nouns_between(s, e, end)
                or len(words(s.text[e:end])[-1].text) < 2 or not _may_read_on(s, b, e)):
            out.append((b, e, tag))
            continue
        start = next(x for x, y in reads if x <= b and y == end)
        before = [t for t in s.tokens if start <= t.start < b]
        if not (len(before) == 1 and before[0].start == start and before[0].end == b
                and (before[0].tag in ("LOC", "ns") or before[0].tag == "ORG" and _division(before[0].text)
                     or b - start == 1 and s.text[start] in LEVEL_CHARS)):
            start = b  # (the model reads other words in: 全县, 城区)
        while out and out[-1][0] >= start:
            out.pop()  # (LAC's place or level character, read apart)
        out.append((start, end, "ORG"))
    return out


def _nouns_between(s: Sentence, begin: int, end: int) -> bool:
    """Whether LAC's words between ``begin`` and ``end`` of the sentence are whole there, two or more (a word of the
    body's kind before its head: 救援 of 救援大队; not 组织 alone, whatever the model reads before it), and nouns or
    verbal nouns.

    Examples:
        >>> from kg.tagger import Token
        >>> s = Sentence(0, 0, 8, "森林消防救援大队", segments=((0, 0),))
        >>> s.tokens = [Token(0, 4, "森林消防", "ORG"), Token(4, 6, "救援", "vn"), Token(6, 8, "大队", "n")]
        >>> _nouns_between(s, 4, 8), _nouns_between(s, 5, 8), _nouns_between(s, 6, 8)
        (True, False, False)
        >>> s = Sentence(0, 0, 9, "综治中心组织派出所", segments=((0, 0),))
        >>> s.tokens = [Token(0, 4, "综治中心", "ORG"), Token(4, 9, "组织派出所", "v")]
        >>> _nouns_between(s, 4, 9)
        False
    """
    inside = [t for t in s.tokens if begin <= t.start < end]
    return len(inside) >= 2 and inside[0].start == begin and inside[-1].end == end \
        and all(t.tag.startswith("n") or t.tag == "vn" for t in inside)


def _head_word(s: Sentence, begin: int, end: int) -> bool:
    """Whether LAC reads the words between ``begin`` and ``end`` of the sentence as one noun of two characters or
    more that :data:`HEAD_WORD_ENDS` or more names of the training data end with (中心 after 区军服, 256 of them; not
    党组, 13, nor 战局, none).

    Examples:
        >>> from kg.tagger import Token
        >>> s = Sentence(0, 0, 5, "区军服中心", segments=((0, 0),))
        >>> s.tokens = [Token(0, 3, "区军服", "ORG"), Token(3, 5, "中心", "n")]
        >>> _head_word(s, 3, 5), _head_word(s, 2, 5)
        (True, False)
    """
    inside = [t for t in s.tokens if begin <= t.start < end]
    word = s.text[begin:end]
    return len(inside) == 1 and inside[0].start == begin and inside[0].end == end and inside[0].tag.startswith("n") \
        and len(word) >= 2 and _ending_count(word) >= HEAD_WORD_ENDS


# How many names of the training data a word must end for a tagger's body to run on over it (:func:`_head_word`).
HEAD_WORD_ENDS = 20


@lru_cache(maxsize=None)
def _ending_count(word: str) -> int:
    """How many organisations of the training data end with ``word`` after a name of their own."""
    return sum(1 for o in training_orgs() if o.endswith(word) and len(o) > len(word))


def _titled(text: str, name: tuple[int, int, str]) -> tuple[int, int, str]:
    """A body's name without the 党组 that opens the title after it: in kg's convention
    东城区人大常委会党组书记 is the 党组书记 of 东城区人大常委会 (as :mod:`kg.extract.organization`).

    Examples:
        >>> _titled("区人大常委会党组书记王五", (0, 8, "ORG")), _titled("区人大常委会党组召开会议", (0, 8, "ORG"))
        ((0, 6, 'ORG'), (0, 8, 'ORG'))
        >>> _titled("区人大常委会党组成员、副主任王五", (0, 8, "ORG"))  # (a member of the group, as 委员 is)
        (0, 6, 'ORG')
        >>> _titled("区人大常委会党组成员王五", (0, 8, "ORG")), _titled("区人大常委会党组成员会议", (0, 8, "ORG"))
        ((0, 6, 'ORG'), (0, 8, 'ORG'))
    """
    b, e, tag = name
    if tag == "ORG" and e - b > 4 and text.endswith("党组", b, e) and (TITLE_AFTER.match(text, e)
                                                                       or titled_by_its_group(text, e)):
        return b, e - 2, tag
    return name


def _head_glued(text: str, name: tuple[int, int, str]) -> tuple[int, int, str]:
    """A person's name without the head's title, or its first character, that the taggers read into it (萧润君馆 and
    萧润君馆长 of 萧润君馆长: 馆长 the title), where a name of two characters at least is left.

    Examples:
        >>> _head_glued("萧润君馆长致辞", (0, 4, "PER")), _head_glued("萧润君馆长致辞", (0, 5, "PER"))
        ((0, 3, 'PER'), (0, 3, 'PER'))
        >>> _head_glued("王小明说", (0, 3, "PER")), _head_glued("刘馆长致辞", (0, 2, "PER"))  # (no name of two left)
        ((0, 3, 'PER'), (0, 2, 'PER'))
    """
    b, e, tag = name
    if tag == "PER" and e - b >= 4 and text[e - 2 : e] in _HEADS_TITLES:
        return b, e - 2, tag
    if tag == "PER" and e - b >= 3 and text[e - 1 : e + 1] in _HEADS_TITLES:
        return b, e - 1, tag
    return name


_HEADS_TITLES = frozenset(t for t in _OFFICE_TITLES if len(t) == 2 and t.endswith("长"))  # 馆长, 局长, 院长 …


def model_wins(kept: list[tuple[int, int, str]], news: list[tuple[int, int, str]], confidence: list[float],
               add: float = float("inf"), replace: float = float("inf"),
               lone: frozenset[int] = frozenset(), levels: frozenset[int] = frozenset()) -> list[tuple[int, int, str]]:
    """The trained model's names where it is sure: a name of it that overlaps none of LAC's
    kept names (``kept``) is added when its confidence is at least ``add``; where it reads
    other bounds or another type than LAC over the same characters, its names replace LAC's
    when each of them is at least ``replace`` sure (the news convention's boundaries:
    北京市 and 海淀区, where LAC reads 北京市海淀区 as one). ``lone``: where LAC reads a word of one character
    (:func:`_cut_short`); ``levels``: where LAC's names of a level's one character stand (:func:`_bare_level`).

    Examples:
        >>> lac = [(0, 6, "LOC")]
        >>> model_wins(lac, [(0, 3, "LOC"), (3, 6, "LOC"), (8, 10, "PER")], [0.99, 0.95, 0.9], add=0.8, replace=0.9)
        [(0, 3, 'LOC'), (3, 6, 'LOC'), (8, 10, 'PER')]
        >>> model_wins(lac, [(0, 3, "LOC"), (3, 6, "LOC"), (8, 10, "PER")], [0.99, 0.6, 0.7], add=0.8, replace=0.9)
        [(0, 6, 'LOC')]
    """
    out: set[tuple[int, int, str]] = set()
    taken = [False] * len(news)
    starts, ends = [n[0] for n in news], [n[1] for n in news]  # the model's names: in order, apart
    for b, e, tag in kept:
        over = range(bisect_right(ends, b), bisect_left(starts, e))
        if over and (all(confidence[i] >= replace for i in over)
                     or _cut_short((b, e, tag), news, confidence, over, add, lone)
                     or b in levels and _bare_level((b, e, tag), news, confidence, over, kept)) \
                and any(news[i] != (b, e, tag) for i in over):
            out.update(news[i] for i in over)
        else:
            out.add((b, e, tag))
        for i in over:
            taken[i] = True
    out.update(n for n, t, p in zip(news, taken, confidence) if not t and p >= add)
    # a name of the model that replaces LAC's may overlap a name kept beside it: the earlier, longer one stays
    result: list[tuple[int, int, str]] = []
    for span in sorted(out, key=lambda x: (x[0], -x[1], x[2])):
        if not result or result[-1][1] <= span[0]:
            result.append(span)
    return result


def _bare_level(span: tuple[int, int, str], news: list[tuple[int, int, str]], confidence: list[float],
                over: range, kept: list[tuple[int, int, str]]) -> bool:
    """Whether LAC's body or place of one character (a level's, :func:`model_wins` asks: 市 of 市福利院，…, not 道
    of 县道公路) is cut short where the trained model reads one name of the same type from it on, more likely than
    not, over no other name of LAC's (not 市 and 人大 of 市人大来冠调研): the two agree that a name starts there, and
    a name of one character is none.

    Examples:
        >>> _bare_level((3, 4, "ORG"), [(3, 7, "ORG")], [0.88], range(0, 1), [(3, 4, "ORG")])
        True
        >>> _bare_level((3, 4, "ORG"), [(3, 7, "ORG")], [0.4], range(0, 1), [(3, 4, "ORG")])  # (the model unsure)
        False
        >>> _bare_level((3, 5, "ORG"), [(3, 7, "ORG")], [0.88], range(0, 1), [(3, 5, "ORG")])  # (LAC's of two)
        False
        >>> _bare_level((3, 4, "ORG"), [(3, 7, "LOC")], [0.88], range(0, 1), [(3, 4, "ORG")])  # (another type)
        False
        >>> _bare_level((3, 4, "ORG"), [(3, 9, "ORG")], [0.88], range(0, 1), [(3, 4, "ORG"), (4, 6, "ORG")])
        False
    """
    b, e, tag = span
    if not (e - b == 1 and tag in ("ORG", "LOC") and len(over) == 1):
        return False
    nb, ne, ntag = news[over[0]]
    return (nb == b and ne > e and ntag == tag and confidence[over[0]] >= LIKELY
            and not any(x < ne and e <= x for x, _, _ in kept))


def _cut_short(span: tuple[int, int, str], news: list[tuple[int, int, str]], confidence: list[float], over: range,
               add: float, lone: frozenset[int] = frozenset()) -> bool:
    """Whether LAC's person is the trained model's person cut short by a character (陈宝 of 陈宝才一同, 张晓 of
    张晓越说: LAC reads the given name's last character as an adverb standing alone): the model's bounds are
    taken when it is as sure as it must be to add a name and LAC reads that character as a word of one
    character that is no verb or particle (``lone``: where such words stand; not 刘奇 作的汇报, 王五 参与).

    Examples:
        >>> _cut_short((0, 2, "PER"), [(0, 3, "PER")], [0.92], range(0, 1), 0.9, frozenset({2}))
        True
        >>> _cut_short((0, 2, "PER"), [(0, 4, "PER")], [0.92], range(0, 1), 0.9, frozenset({2}))
        False
        >>> _cut_short((0, 2, "PER"), [(0, 3, "PER")], [0.8], range(0, 1), 0.9, frozenset({2}))
        False
        >>> _cut_short((0, 2, "PER"), [(0, 3, "PER")], [0.92], range(0, 1), 0.9)  # LAC: a verb, or a longer word
        False
    """
    b, e, tag = span
    return (tag == "PER" and len(over) == 1 and news[over[0]] == (b, e + 1, "PER") and confidence[over[0]] >= add
            and e in lone)


@register("ensemble", finds_mentions=True, rank=3, styles=("news",))
def extract_ensemble(doc: Document, mentions: list[Mention]) -> list[Mention]:
    """Person, Place and Organization mentions LAC tags and the trained recognizer confirms, and
    the recognizer's own where it is sure (:func:`confirmed_spans`): kg's default recognizer."""
    tag_documents([doc], styles=("news",))
    sentences = [(a.index, s) for a in doc.articles for s in a.sentences]
    sure = {s.text[b:e] for _, s in sentences for b, e, _ in lac_spans(s)
            if _overlaps(b, e, s.names["news"])}
    # a facility confirms the place it is named for: 花园口湿地公园 → 花园口
    sure |= {name[: m.start()] for name in sure for m in [FACILITY.search(name)] if m and m.start() >= 2}
    confirmed = frozenset(sure)
    found = [m for index, s in sentences
             for m in sentence_mentions(s, index, lambda x: confirmed_spans(x, confirmed, ADD, REPLACE), "ensemble")]
    for mend in (people_who_are_none, places_named_short, complete_people, surnamed_people, list_people, office_names,
                 counted_places, town_people, bare_towns, directions_moved, villages_of_a_level, village_sides,
                 opening_places, towns_before_villages, towns_over_villages, county_towns,
                 listed_bodies, kind_listed, complete_bodies, central_bodies, mend_bodies, departments_joined,
                 titled_bodies, joined_bodies,
                 fused_departments, worded_villages, mid_word_places, mid_word_bodies, function_words_out,
                 quoted_campaigns_out,
                 leading_verb_cut, class_cut, at_an_event_cut,
                 referred_division_cut, every_levels_bodies_out, sites_as_bodies, while_doing_cut,
                 constant_last_character, coming_verb_cut, organizing_verb_cut, joining_verb_cut, listing_word_cut,
                 villages_cut_short, towns_cut_short, towns_read_across, every_village_cut, towns_and_streets_out,
                 inside_a_village_cut,
                 sessions_out, joint_actors_cut, titled_people_cut, particle_cut, eras_party_out,
                 bodies_read_as_people, venues_read_as_people, abbreviated_pair_out,
                 counties_read_as_bodies, divisions_read_as_bodies, surname_heads_out, lone_surnames_out,
                 foreign_cities, whole_roads, named_venues):
        found = mend(found, doc.text)
    found = [m for m in after_tenure(found, doc.text) if m.type not in ("Organization", "Place")
             or not rooms_listed(doc.text, m.start, m.end)]  # (心理咨询室 of …、心理咨询室等功能室: a room)
    themes = [t.span() for t in _QUOTED_THEME.finditer(doc.text)]
    found = [m for m in found if not any(b < m.start and m.end < e for b, e in themes)]  # (names in a theme: a slogan)
    return titled_names(brand_places(found), doc.text)
