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
from bisect import bisect_right
from collections.abc import Iterator, Sequence
from dataclasses import replace

from ..gazetteer import find as find_divisions, spelled_by_divisions
from ..levels import BANNER, CHARS as LEVEL_CHARS, COMMITTEE_CHARS, PREFECTURE
from ..lines import unquoted
from ..model import Document, Mention
from ..tagger import tag_documents
from ..towns import towns
from ..words import Word, clause_words, frequency, has_verb, in_dictionary, words
from ..org_bounds import boundary_words
from .organization import (CALLED, NAMED_PLACE_SUFFIXES, OPENED_BY_HUI, OWN_DIVISION, PLACE_SUFFIXES, STOP_POS,
                           STOP_WORDS, after_titles, dash_joined, ends_as_a_body, name_start, routes)
from .quantity import chinese_number
from .titles import TITLES
from . import register

# The verbs that hold an event (召开, 举行, 举办), how it is held (隆重举行, 正式召开), and the verbs of those who
# hold or attend it: one spelling for every pattern here and in kg.extract.relation.
HOLD_VERB = r"(?:召开|举行|举办)"
HOLD_ADVERB = r"(?:隆重|正式|成功|顺利|热烈|盛大|如期|火热)?"
ATTEND_VERB = r"(?:召开|举行|举办|出席|参加|参与|主持)"
# The verbs of taking part in an event named after them (参加…大会, 出席了…), in one spelling for every pattern.
TAKES_PART = r"(?:参加|出席|参与)"
# The verbs of the bodies that host an event (由X主办，Y承办，Z协办).
HOST_VERBS = ("主办", "承办", "协办")
# One of them as a verb, not the host it names (主办方, 承办单位).
_HOST_VERB = re.compile(f"(?:{'|'.join(HOST_VERBS)})(?![方单])")
# An exhibition after its quoted name: 书画展, 剪纸展, 成果展 (not 发展, 开展, 进展: verbs; not 展示, 展开; nor the 展
# of 展览, a head of its own: 作品展览 is not cut to 作品展).
EXHIBITION = r"[\u4e00-\u9fff]{1,2}(?<![发开进拓扩施伸延])展(?![示开现望出演览])"
HEADS = ("活动|行动|项目|工程|计划|改革|工作法|专项行动|行动计划|运动|竞赛|大赛|评选|主题教育|学习教育|展览|行列|讲座|培训班|比赛|宣讲|夏令营|"
         "服务月|宣传月|活动月|宣传周|活动周|服务周|"
         + EXHIBITION)
# “名称”[修饰]活动: the quoted name (two to four short phrases may stand in it: “不忘初心、牢记使命”, “学党史、悟思想、办实事”,
# “文明城,幸福家”), up to
# six characters of kind (twelve with no clause in them: :data:`_CLAUSE_IN_KIND`), then the head; names joined
# (“A”暨“B”活动) or side by side before a campaign's head (“A”“B”等行动; not the titles of 诵读“A”“B”等古诗活动) share
# the head.
# After 等 the kind is of many (“A”等系列活动): the name is the quotation alone.
# What a long kind after the quotes may not hold: a verb that carries something out, or a word that opens a clause
# (“双减”政策组织开展课后服务活动, “两会”精神并组织…宣讲: a slogan, then a clause; not …青少年参与社区治理主题活动).
_CLAUSE_IN_KIND = "开展|组织|推进|参加|举办|举行|召开|启动|实施|创建|带动|[为在并以对向]"
# A verb that carries out what follows, right after the quotes: the quotation is the theme, no name of the kind after
# it (主题——“…”开展主题宣传活动, “美丽乡村”开展评比活动).
_CARRIES_OUT = "开展|举办|举行|召开|启动|实施"  # (not 组织, a noun as often: “先锋领航”组织提升工程)
_QUOTED_WITH_HEAD = re.compile(
    rf"“([^“”、，,。\n]{{2,24}}|[^“”、，,。\n]{{2,8}}(?:、[^“”、，,。\n]{{2,8}}){{1,3}}"
    rf"|[^“”、，,。\n]{{2,12}}[，,][^“”、，,。\n]{{2,12}})”"
    rf"(等?(?!{_CARRIES_OUT})"
    rf"(?:(?:(?![的等了在])[\u4e00-\u9fff]){{0,6}}?|(?:(?![的等了在]|{_CLAUSE_IN_KIND})[\u4e00-\u9fff]){{7,12}}?)"
    rf"(?:{HEADS}))")  # (not a clause's 了: “12348”热线搬到了活动现场; nor “第一书记”在行动, at work)
# After a quotation or a title, 等 lists it among others; the head after it is their kind, no name (“A”等专项行动).
_KIND_OF_LISTED = re.compile(r"[”》]等")
# A year that opens a quoted campaign's name, a season or half of it with it, then what the campaign is of (nouns
# only) up to the quotation: 2025年“青山读书”活动, 2021年春农业科技“送技术”示范活动.
_YEAR_BEFORE = re.compile(r"(?<![0-9０-９—－\-~～至到])[0-9０-９]{4}年(?:度|上半年|下半年|[春夏秋冬]季?)?([\u4e00-\u9fff]{0,8})$")
_OF_A_CAMPAIGN = ("n", "nz", "ns", "nt", "an")
# An edition that opens a quoted campaign's name, then what it is of: 第五届全区开放日“青山行”活动.
_EDITION_BEFORE = re.compile(r"第[一二三四五六七八九十百零〇\d]+[届次]([^，,。；;：:、“”！？!?\s的]{0,10})$")
# An edition's own event before a quotation, or a time inside it: 第三届读书节期间“…”活动 is two.
_OWN_EVENT = re.compile(r"(?:期间|之际|[上中内]|[节会赛展])$")


_SEASON_BEFORE = re.compile(r"(?:春季|夏季|秋季|冬季)$")


def placed_before(text: str, quote: int, tokens: Sequence) -> int | None:
    """Where the place the tagger reads right before a season and a quote begins: 白沙市 of 白沙市秋季“乡村舞台”巡回演出活动,
    the place's edition of the season; None where no place and season stand there (金水区“万人助万企”活动 is the
    campaign's, carried out in the district).

    Examples:
        >>> from kg.tagger import Token
        >>> t = "白沙市秋季“乡村舞台”巡回演出活动"
        >>> placed_before(t, 5, [Token(0, 3, "白沙市", "LOC")]), placed_before(t, 5, [Token(0, 3, "白沙市", "ORG")])
        (0, None)
        >>> placed_before("白沙市“乡村舞台”巡回演出活动", 3, [Token(0, 3, "白沙市", "LOC")])
    """
    season = _SEASON_BEFORE.search(text, 0, quote)
    if season is None:
        return None
    return next((t.start for t in tokens if t.tag == "LOC" and t.end == season.start() and t.end - t.start >= 2), None)


def dated_start(text: str, quote: int) -> int:
    """Where the year that opens the name of a campaign quoted at ``quote`` starts, or ``quote`` where no year does
    (a range of years ends no name's start: 2021—2030年是“青山”工程…; nor does a verb between: 2023年开展“X”活动).

    Examples:
        >>> t = "县里安排开展2026年农业科技“青山行”活动。"
        >>> t[dated_start(t, t.index("“")) :]
        '2026年农业科技“青山行”活动。'
        >>> t = "2021—2030年是“青山”工程六期。2023年开展“绿水”活动。"
        >>> dated_start(t, t.index("“")) == t.index("“"), dated_start(t, t.rindex("“")) == t.rindex("“")
        (True, True)
    """
    m = _YEAR_BEFORE.search(text, max(0, quote - 24), quote)
    if m is None or (m.group(1) and any(w.pos not in _OF_A_CAMPAIGN for w in words(m.group(1)))):
        return quote
    return m.start()


# Talks, shows and readings, which a title in 《》 may name (《名称》讲座).
_TALKS = ("讲座", "讲坛", "演出", "分享会", "读书会")
_QUOTED_JOINED = re.compile(r"“([^“”、，,。\n]{2,24})”"
                            r"(?=(?:[暨和与及、]“[^“”，,。\n]{2,24}”)+(?:[\u4e00-\u9fff]{0,6}?)(?:" + HEADS + ")"
                            r"|(?:“[^“”，,。\n]{2,24}”)+等?[\u4e00-\u9fff]{0,4}?(?:行动|工程|计划|改革|项目))")
# “名称” whose own last word says what it is.
QUOTED_SELF = re.compile(r"“([^“”、，,。\n]{2,20}(?:行动|活动|工程|计划|项目|建设年|主题年|服务月|宣传月|宣传周)"
                          r"|[^“”、，,。\n]{3,16}(?:日|节|周|月))”")  # and days, festivals, weeks: “中华慈善日”
# An unquoted project with a proper name in it: 亚投行贷款郑州市农村公路灾后恢复重建项目.
_PROJECT = re.compile(r"项目|工程")
# A post or a unit named after projects or works (项目经理, 项目负责人, 工程师, 工程部): no project's name ends there.
_PROJECTS_POST = re.compile(r"经理|负责人|主管|总监|专员|助理|师|部|处|科|办")
_SIGNED = re.compile(r"(?:签订|签约|签下|签署)了?$")  # a signing, right before what it signs
# The places a project is named for, by their kind (王家沟水库项目, 青山大桥工程, 白石湖公园项目).
_NAMED_WORKS = PLACE_SUFFIXES + NAMED_PLACE_SUFFIXES


def _named_works(name: str) -> bool:
    """Whether ``name`` (what stands before 项目 or 工程, where the tagger reads a name) is a place of a kind that
    works are named for, a name of its own before the kind: 王家沟水库, 青山大桥; not a division's works of a kind
    (四川省水库, 江苏大桥, 青山县片区), nor a kind alone (湿地公园).

    Examples:
        >>> [_named_works(n) for n in ("王家沟水库", "四川省水库", "江苏大桥", "青山县片区", "湿地公园")]
        [True, False, False, False, False]
    """
    kind = max((k for k in _NAMED_WORKS if name.endswith(k)), key=len, default="")
    stem = name[: len(name) - len(kind)]
    return bool(kind) and len(stem) >= 2 and not spelled_by_divisions(stem) and stem[-1] not in LEVEL_CHARS


# A rating, quoted before an activity's kind (“五星级”, “4A级”).
_RATING = re.compile(r"[一二三四五六七八九十\d]星级|\d?[A-Za-z]+级")


def _a_manner(quoted: str) -> bool:
    """Whether a quotation before an activity's kind says how it is done or rated, no name of it: a manner, 式 as
    jieba reads it after a word (沉浸式, 菜单式) or a word of its that ends with 式 (一站式, 互动式; not 模式, a noun of
    two characters: “供销新模式”), or a rating (五星级, 4A级; not 升级: “消费升级”).

    Examples:
        >>> [_a_manner(q) for q in ("沉浸式", "一站式", "五星级", "供销新模式", "消费升级", "品质提级", "清风行动")]
        [True, True, True, False, False, False, False]
    """
    last = words(quoted)[-1]
    return last.text == "式" and last.pos == "k" or len(last.text) >= 3 and last.text.endswith("式") \
        or bool(_RATING.fullmatch(quoted))


EVENT_HEADS = ("恳谈会", "座谈会", "推介会", "博览会", "展览会", "交流会", "运动会", "文化节", "艺术节", "论坛", "峰会",
               "推进会", "对接会", "动员会", "表彰大会", "表彰会", "培训会", "答疑会", "发布会", "代表大会", "缔约方大会",
               "签约仪式", "开工仪式", "奠基仪式", "开工奠基仪式", "揭牌仪式", "启动仪式", "颁奖仪式", "专项行动",
               "晚会", "音乐会", "联欢会", "招待会", "报告会", "研讨会", "茶话会", "团拜会", "见面会", "演唱会",
               "音乐节", "电影节", "展销会", "洽谈会", "交易会", "纪念大会", "庆祝大会", "誓师大会", "工作会议", "联谊会",
               "汇演", "民主生活会", "组织生活会", "工作会", "开放日", "开放日活动", "欢送会", "欢迎会", "欢送仪式")
# The heads of meetings, what 会上 and 在会上 speak of (not 运动会, 音乐会, 晚会: shows and games).
SHOWS = ("运动会", "音乐会", "晚会", "联欢会", "联谊会", "演唱会", "博览会", "展览会", "展销会", "交易会", "庙会", "灯会",
         "游园会")
MEETING_HEADS = ("会议", "大会", "全会") + tuple(h for h in EVENT_HEADS if h.endswith("会") and h not in SHOWS)
# A 会 that opens a longer word (会商, 会同, 会员, 会务, 会计) ends no event: 防汛工作会商会, 工作会同.
_EVENT = re.compile("|".join(h + f"(?![{OPENED_BY_HUI}])" if h.endswith("会") else h
                             for h in sorted(EVENT_HEADS, key=len, reverse=True)))
# An event that marks an anniversary, named from 纪念/庆祝 to its head (纪念王明诞辰120周年座谈会, 庆祝建党100周年大会,
# 庆祝建市30周年书画展览).
_ANNIVERSARY_HEADS = sorted(set(EVENT_HEADS) | {"大会", "活动", "演出", "展览"}, key=lambda h: (-len(h), h))
_ANNIVERSARY = re.compile(r"(?:纪念|庆祝)[^，,。；;：:“”《》\s]{2,20}?周年([\u4e00-\u9fff]{0,6}?)(?:"
                          + "|".join(_ANNIVERSARY_HEADS) + ")(?![馆厅室]|中心)")  # (not a hall: …周年展览馆)
# 《名称》讲座: a talk, a show, a reading or an event named by its title (the title alone, a book or a document, is none).
_TITLED = re.compile(r"《[^《》“”\n]{2,20}》([\u4e00-\u9fff]{0,6}?)(?:"
                     + "|".join(sorted(set(EVENT_HEADS) | set(_TALKS), key=lambda h: (-len(h), h))) + ")")
# What may stand between a title or an anniversary and the event's head: words of its kind (专题, 文艺, 交响), never a
# verb, a time (之际, 时, 后) or a conjunction (《红楼梦》并举办读书会, 庆祝建校60周年时召开大会).
_NOT_A_KIND = re.compile(rf"[的等并和与及在时后前]|之际|期间|前夕|以来|{ATTEND_VERB}|开展|观看|阅读")
# A numbered event: 第三届…博览会, 第十二届“…奖”, 第三次全国代表大会.
# An edition or a session, in one spelling for every pattern: 第三届, 第12次, 第一期.
EDITION = r"第[一二三四五六七八九十百零〇\d]+(?:届|次|期)"
_ORDINAL = re.compile(EDITION + r"|\d{4}年度?|\d{4}届(?=[\u4e00-\u9fff]{0,6}?(?:毕业生|新生|学生|校友))|\d{4}"
                      r"|[一二三四五六七八九]?十[一二三四五六七八九]?届(?=全国|中央|人大|政协|[一二三四五六七]中全会)"
                      r"|[一二三四五六七八九十]{1,3}届[一二三四五六七八九十]{1,3}次"
                      r"(?=全会|(?:全体|[全常]委)?(?:（扩大）|\(扩大\))?会议|会员(?:代表)?大会)")  # (a committee's
# session: 全会, 全委会议; a congress's or a conference's: 全国政协十四届一次会议; an association's: 二届一次会员大会; a term
# before the congress it is of: 十四届全国人大, 县十七届人大一次会议)
# What stands between a committee's session (四届五次) and its meeting's head (会议): 全体, 全委, 常委, (扩大).
_SESSION_TAIL = re.compile(r"(?:全体|[全常]委)?(?:（扩大）|\(扩大\))?")
_ORDINAL_HEAD = re.compile(r"奖|(?:大会|全会|会议)(?![室厅堂])|论坛|峰会|博览会|交易会|运动会|"
                           r"(?:艺术|文化|丰收|旅游|美食|音乐|电影|读书|科技|体育|购物|啤酒|桃花|樱花|梨花|冰雪)节")
# A fair's or games' short name right after an edition of 届: 第130届广交会, 第六届进博会, 第十五届全运会 (not 第二次…交会对接).
_FAIR = re.compile(r"[\u4e00-\u9fff][交博洽贸运]会")
# A festival after an edition of 届 (第六届环卫节, 第三届青山茶叶节; not 第一次在家乡过春节, nor 节目, 节日).
_FESTIVAL = re.compile(r"[\u4e00-\u9fff]{2}节(?![目点日约能课奏])")


def _festival(text: str, at: int) -> re.Match | None:
    """The festival an edition at ``at`` names, within its clause: 节 opening a word of jieba's (a word of its own, or
    节在 of …动漫节在杭州开幕) or ending one of three characters or more (桃花节), not the end of a common word of two
    (春节, 环节: 第二届理事会成员在春节前, 决赛环节).

    Examples:
        >>> t = "第六届环卫节期间"
        >>> _festival(t, 3).group(), _festival("第二届理事会成员在春节前", 3), _festival("第三届编程大赛决赛环节", 3)
        ('环卫节', None, None)
    """
    for m in _FESTIVAL.finditer(text, at, at + 24):
        if not _clause(text[at : m.start()]):
            return None
        word = next((w for w in clause_words(text, m.end() - 1) if w.start < m.end() <= w.end), None)
        if word is not None and (word.start == m.end() - 1 or word.end == m.end() and len(word.text) >= 3):
            return m  # (节 opens its word, 节在 of …动漫节在杭州开幕, or ends one of three: 桃花节)
    return None


# A contest's stages (知识竞赛决赛, 演讲比赛复赛), one word each: the heads below are read one by one too (_HELD_HEADS);
# not where a part of the stage follows (…大赛决赛环节: the contest).
_STAGES = "|".join(c + s for c in ("大赛", "比赛", "竞赛") for s in ("总决赛", "半决赛", "决赛", "复赛", "初赛"))
_CONTEST = re.compile("大赛|比赛|竞赛")
_PART_OF_A_STAGE = re.compile("环节|阶段")
# Games and contests, only when a year or an edition opens their name (2022年青山省大学生田径锦标赛, 第三届…大赛):
# a games' name alone walks back over the words before it and cuts bodies named after it.
_SPORTS = re.compile(_STAGES + r"|锦标赛|冠军赛|联赛|邀请赛|大奖赛|选拔赛|公开赛|挑战赛|对抗赛|争霸赛|总决赛|马拉松赛|马拉松|大赛|比赛|竞赛|球赛"
                     r"|招聘会|双选会"  # (and job fairs: 2022届毕业生秋季校园招聘会, not 专业性招聘会, a kind)
                     r"|展销周"  # (and a fair of a week: 2016年青山农产品展销周, not 农产品展销周, a kind)
                     r"|演练")  # (and drills: 2023年防汛应急演练, not 消防演练, a kind)
# “名称” that is an event by its own head: an exhibition, a contest, a meeting (“青山剪纸精品展”, “2016青山马拉松赛”).
_QUOTED_EVENT = re.compile(r"“([^“”、，,。\n]{2,30}(?:" + "|".join(sorted(EVENT_HEADS, key=len, reverse=True))
                           + r"|" + EXHIBITION + r"|" + _SPORTS.pattern + r"))”")
# A year that opens an event's name: 2023年, 2023年度 (a body right after it holds the event: kg.extract.names).
YEAR = re.compile(r"\d{4}年度?")
# Time words that stand in an event's name: seasons, school grades, festivals (not 今天, 上午, 近日).
_SEASON = re.compile(r"[春夏秋冬]{1,2}季|初[一二三]|高[一二三]|元旦|春节|新春|元宵|端午|中秋|国庆|重阳")
# The days named by their dates, which jieba reads as numbers: 五一表彰会, 七一表彰大会, 六一文艺汇演, 三八节座谈会.
_HOLIDAY = re.compile(r"(?:五一|五四|六一|七一|八一|三八)节?")
# The activities of such a day after its quoted date: 儿童节活动, 国际妇女节庆祝活动.
_FESTIVAL_ACTIVITY = re.compile(r"[\u4e00-\u9fff]{0,4}节(?:庆祝|主题|系列)?活动")
MAX_EVENT = 40
# Parts of speech that may stand in a project's name besides nouns: times, places, numbers, units.
_PROJECT_POS = frozenset({"t", "f", "m", "q", "x", "ad"})
# A count of the works a project builds (12座 of …12座山塘水库清淤整治工程): many works, no one place.
WORKS_COUNT = r"[\d一二三四五六七八九十百两]+[座所条处栋]"
# The count after the project's year, closing where the project's name walk stopped: 2024年度12座.
_BUILT_COUNT = re.compile(rf"(?:\d{{4}}年度?)?{WORKS_COUNT}$")
# A count of projects or an amount of money, not a name: 45个, 亿元以上.
_COUNTED = re.compile(r"(?:[\d一二两三四五六七八九十百千几数]+|多)(?:个|项|批|家)|以上|以下")
_PHASE = re.compile(r"[一二三四五六七八九十]期(?:工程|项目)?")
JOINERS = ("及", "暨")
# Verbs that hold an event, before its name: 召开…大会, 举行了…仪式.
_HOLDS = re.compile(HOLD_VERB + "了?")
_HOLDS_OR_JOINS = re.compile(ATTEND_VERB + "|开展|组织|启动")
# What is done at a ceremony by those who hold or attend it, not what it opens (举行仪式, 出席仪式).
_ATTENDS = re.compile(ATTEND_VERB)
# A time named by a quoted plan (“十四五”开局之年): what follows is no part of the quote's name.
_TIME_AFTER_QUOTE = re.compile(r"之年|期间|前夕|以来|之际|时期")

# The count and scope of a day observed each year, before its quoted name (第54个全国“土地日”, 首个“国际太极拳日”).
_DAYS_COUNT_BEFORE = re.compile(r"(?:(?:第[一二三四五六七八九十百零〇\d]+|首)个)?(?:全国|全球|国际|世界)?$")
# A clause between a quotation and its kind: a time of it, then a verb (“全国科普日”期间开展科普讲座活动).
_CLAUSE_AFTER_QUOTE = re.compile(rf"{_TIME_AFTER_QUOTE.pattern}|{_CARRIES_OUT}|组织|推进|参加")
# A quotation joined to the one before (“税收宣传月”暨“全国税收宣传日”系列活动).
_JOINED_QUOTE = re.compile(r"”[暨和与及、]$")
# The reach that names a day of the calendar (全国助残日, 世界读书日; not 第3个工作日).
_DAY_OF = ("全国", "世界", "国际", "中国")
# The reach of a day observed each year, opening its quoted name (世界读书日, 3·15国际消费者权益日, 全民国家安全教育日).
_DAYS_REACH = re.compile(rf"[\d·.]*(?:{'|'.join(_DAY_OF)}|全民)")
# A quoted day (not a list's nor a slogan's).
_OBSERVED_DAY = re.compile(r"[^、，,；;！!？?]{2,}日")


# The activity right after a week's or a month's name (“世界环境日”宣传周 + 活动).
_ITS_ACTIVITY = re.compile(r"(?:集中|主题|系列)?(?:宣传)?活动")
# A day's date quoted, no name of its own: “12·4”, “3.15” (the activity of that day is named in full with it).
_DATE_QUOTED = re.compile(r"(?:1[0-2]|[1-9])[·.．•・](?:3[01]|[12][0-9]|[1-9])")  # (a month and a day: not “2.0”)


def observed_day(quoted: str) -> bool:
    """Whether a quotation names a day observed each year (“土地日”, “3·15国际消费者权益日”, “全国爱眼日”): the activity
    held on it is an event of its own, named in full with the day's count and scope before it (第54个“世界环境日”主题
    宣传活动), as a campaign's is not; not a day of the calendar or a slogan (“集体生日”, “节假日”, “奋斗今日”).

    Examples:
        >>> [observed_day(q) for q in ("世界环境日", "全国爱眼日", "国际和平日", "集体生日", "节假日", "青春向党，奋斗今日")]
        [True, True, True, False, False, False]
    """
    return bool(_OBSERVED_DAY.fullmatch(quoted)) and (_DAYS_REACH.match(quoted) is not None
                                                      or words(quoted)[-1].pos != "t")  # (国际和平日: 和 + 平日)


# A party's congress named by its number (十五大, 中共十八大, 越共十四大): an event, though 大 ends a body's
# short name too (川农大); a bare one-digit number (三大) only after the party's name.
_CONGRESS = re.compile(r"(?:中共|[\u4e00-\u9fff]共|党的)?(?:[二三]?十[一二三四五六七八九]?|二十)大"
                       r"|(?:中共|[\u4e00-\u9fff]共|党的)[一二三四五六七八九]大")


def congress(name: str) -> bool:
    """Whether a name the recognizer read as a body is a party congress by its number.

    Examples:
        >>> congress("十五大"), congress("中共十八大"), congress("越共十四大"), congress("三大"), congress("川农大")
        (True, True, True, False, False)
    """
    return _CONGRESS.fullmatch(name) is not None


def _numbered(ordinal: str) -> bool:
    """An edition's number (第三届, 第二次, 十四届 of a congress, 四届八次 of a committee's plenary), not a year.

    Examples:
        >>> _numbered("第三届"), _numbered("十四届"), _numbered("四届八次"), _numbered("2023年")
        (True, True, True, False)
    """
    return ordinal.startswith("第") or ordinal.endswith("届") or "届" in ordinal and ordinal.endswith("次")


def _holds_clause(w, lac: dict[int, str] | None) -> bool:
    """Whether the word before a field's 工作 is a verb of the clause, not the field's own (部署 in
    召开会议部署工作推进会筹备事宜, as the tagger reads it or as it bounds names; not 招生 of 招生工作).

    Examples:
        >>> from kg.words import words
        >>> w = next(w for w in words("会议部署工作") if w.text == "部署")
        >>> _holds_clause(w, {k: "v" for k in range(w.start, w.end)}), _holds_clause(w, {})
        (True, False)
    """
    tags = [(lac or {}).get(k) for k in range(w.start, w.end)]
    return w.text in boundary_words() and ("v" in tags or "vd" in tags or w.pos == "v")


def _event_start(text: str, head: int, lac: dict[int, str] | None = None) -> int:
    """Where an event's name begins, read leftwards from its head over nouns, ordinals, years and
    quoted names (第三届中非经贸博览会, 2023年“品牌强国工程”推介会) up to a verb or a boundary word;
    else the one noun before the head (企业家恳谈会); the head itself when neither is there.

    Examples:
        >>> t = "今天，第三届中非经贸博览会开幕。"
        >>> t[_event_start(t, t.index("博览会")):]
        '第三届中非经贸博览会开幕。'
        >>> t = "举行了青山公司捐赠仪式、白石大学捐赠仪式及座谈会。"
        >>> t[_event_start(t, t.index("座谈会")):]
        '座谈会。'
        >>> t = "深入开展城区和县城消防安全演练。"  # (no county's name 和县 opened after a word not a list's)
        >>> t[_event_start(t, t.index("演练")):]
        '县城消防安全演练。'
    """
    ordinals = [m for m in _ORDINAL.finditer(text) if m.end() <= head]
    numbered = {i for m in ordinals for i in range(m.start(), m.end())}
    ws = [w for w in words(text) if w.end <= head]
    start, i = head, len(ws) - 1
    joined, joiner = False, None
    while i >= 0 and head - ws[i].start <= MAX_EVENT:
        w = ws[i]
        if w.text == "”":  # a quoted part of the name: through its opening mark
            j = next((j for j in range(i - 1, -1, -1) if ws[j].text == "“"), None)
            if j is None or quoted_verb(text, ws[j].start, w.start, lac or {}):
                break
            start, i = ws[j].start, j - 1
            continue
        if (lac or {}).get(w.start + 1) == "v":
            break  # (a word whose second character opens a verb to the tagger: 群率 of 张德群率…会议, a name's end and 率)
        if w.text == "“" and text.count("“", w.start, head) > text.count("”", w.start, head):
            start, i = w.start, i - 1  # the head stands inside the quotes: 第十二届“中华慈善奖”
            continue
        if w.text in JOINERS and i > 0 and ws[i - 1].pos.startswith(("n", "v", "m", "q", "t")) \
                and ws[i - 1].end == w.start and start == w.end:
            start, i = w.start, i - 1  # 培训及答疑会, …暨“优秀党员”表彰大会: two parts of one event's name
            joined, joiner = True, w
            continue
        # (a word jieba reads as a noun where the tagger reads a verb or an adverb: 认真学习, 领会)
        tags = [(lac or {}).get(k) for k in range(w.start, w.end)]
        lac_verb = w.pos.startswith(("n", "l")) and w.pos != "nz" and (
            "ad" in tags or w.text in boundary_words() and ("v" in tags or "vd" in tags)) or _verbs_only(w, lac)
        if w.text == "工作" and i > 0 and ws[i - 1].end == w.start and ws[i - 1].pos.startswith(("v", "n")) \
                and len(ws[i - 1].text) >= 2 and ws[i - 1].text not in STOP_WORDS and not lac_verb \
                and not _holds_clause(ws[i - 1], lac):
            # …工作 names a field of work, whose verb stands before it: 招生工作领导小组, 转设工作表彰大会
            start, i = ws[i - 1].start, i - 2
            continue
        if start == head and text.startswith("工作", head) and w.end == head \
                and (w.pos == "vn" or w.pos == "v" and w.text not in boundary_words()) and len(w.text) >= 2 \
                and w.text not in STOP_WORDS and not lac_verb:
            start, i = w.start, i - 1  # the head holds 工作 (安全生产工作会议): the field's verb before it
            continue
        if len(w.text) == 1 and i > 0 and ws[i - 1].end == w.start and ws[i - 1].pos in ("m", "q") \
                and w.start not in numbered:
            break  # a count of places or sides, no name's part: 多地, 三方
        if w.pos == "t" and _SEASON.fullmatch(w.text) or _HOLIDAY.fullmatch(w.text):
            start, i = w.start, i - 1  # 春季运动会, 初一新生军训汇演, 元旦晚会: a season, a grade or a festival names it
            continue
        if w.pos in ("m", "q") or w.start in numbered:
            if not all(k in numbered for k in range(w.start, w.end)):
                break
        elif w.pos.startswith("v") and w.pos != "vn" and (held := _noun_held(w, lac)) is not None:
            while i >= 0 and ws[i].start >= held:  # (a verb of jieba's that ends the tagger's noun: 河长制工作会议)
                i -= 1
            start = held
            continue
        elif w.pos.startswith("v") and w.pos != "vn" or w.pos in STOP_POS and w.pos != "f" or w.text in STOP_WORDS \
                or w.text in boundary_words() and not w.pos.startswith("n") or lac_verb:
            break
        start, i = w.start, i - 1
    start = dash_joined(text, start)  # (中国—东盟博览会)
    # the publisher's own division before a year or an edition opens no name (我县2024年…仪式, 本市第十届读书节)
    own = (OWN_DIVISION.match(text, start - 1) if start else None) or OWN_DIVISION.match(text, start)
    if own and re.match(r"[0-9０-９]|第", text[own.end() : own.end() + 1]):
        start = own.end()
    # the first of two joined names may open with a verb of its own (召开庆祝建党百年暨表彰大会):
    # it runs back to what holds the event
    if joined:
        held = [h for h in _HOLDS.finditer(text, max(0, head - MAX_EVENT), start) if _clause(text[h.end() : start])]
        if held:
            start = held[-1].end()
        if text[start : joiner.start] in _HELD_HEADS:
            start = joiner.end  # (…捐赠仪式、…捐赠仪式及座谈会: the walk stopped at a list's last head, no name of its own)
        if start == joiner.start:
            start = joiner.end  # (观看…宣传活动暨第三届…交流会: the walk stopped at the first's head, a name of its own)
    # a division's name the walk stopped inside opens the name whole (名山区…签约仪式, not 山区…; jieba's 名 山区)
    near = max(0, start - 6)
    start = next((near + b for b, e, _, _ in find_divisions(text[near : start + 6]) if near + b < start < near + e
                  and text[near + b - 1 : near + b] in _LIST_MARKS), start)  # (after a list's mark: not 和县 of 城区和县城)
    # the parties of a signing or a cooperation are in its name: 青山县人民政府与红星集团战略合作签约仪式
    if text.startswith("签约仪式", head) or "合作" in text[start:head]:
        while True:
            join = next((j for j in _PARTY_JOINS if text.endswith(j, 0, start)), None)
            if join is None:
                break
            b = _party_before(text, start - len(join), lac or {})
            if b is None:
                break
            start = b
    # a quoted name a few words before the head opens the name, whatever words stand between
    # (“两学一做”学习教育推进会, “一带一路”廉洁建设座谈会), unless a verb holds or joins the event there
    # or the quoted name has its own head, or a bracket stands between (“三个一”(即一次开班仪式…): what it counts)
    closing = text.rfind("”", max(0, head - 12), start + 1)
    opening = text.rfind("“", max(0, closing - 24), closing) if closing != -1 else -1
    between = text[closing + 1 : head]
    if (opening != -1 and _clause(between) and not re.search(r"[\s（(）)]", between)
            and not _HOLDS_OR_JOINS.search(between)
            and not re.search(HEADS, between) and not _TIME_AFTER_QUOTE.search(between)
            and not quoted_verb(text, opening, closing, lac or {})):
        start = min(start, opening)  # (“万人助万企”活动企业家恳谈会: an event of a campaign, named apart)
    # an edition's name holds whatever stands between its ordinal and its head (第三届全民阅读推进会)
    ordinal = [o for o in _ORDINAL.finditer(text, max(0, head - MAX_EVENT)) if o.end() <= head
               and _numbered(o.group()) and o.start() < start and _clause(text[o.end() : head])
               and (o.group().endswith("届") or start <= o.end() or _SESSION_TAIL.fullmatch(text, o.end(), head))
               and not re.search(EDITION, text[o.end() : head]) and not _HOLDS.search(text, o.end(), head)]
    # (第一次参加会议 is no name; a session's words between, 四届五次全体(扩大)会议, are; 第三届论坛和第五届博览会: two
    # editions, two names; nor is 第五届博览会今天举行多场推介会: the fair holds the talks)
    if ordinal:
        start = ordinal[-1].start()
        if "届" in ordinal[-1].group() and ordinal[-1].group().endswith("次"):
            start = _committee_before(text, start, ws, lac or {})
    if ordinal or any("届" in o.group() and o.start() >= start for o in ordinals):
        # (the level or the place right before a term: 县十七届人大一次会议, 湖南省十四届人大二次会议, 县书法家协会五届一次会议)
        start = _level_before(text, start, ws)
    if start == head:
        before = [w for w in ws if w.end == head]
        if before and before[0].pos.startswith("n") and len(before[0].text) >= 2 and not _verbs_only(before[0], lac) \
                and not _HOLDS.search(before[0].text):  # (隆重举行 of …隆重举行纪念大会, a name to jieba)
            return before[0].start
    return after_theme(text, start, head)  # (以“健康生活”为主题的第二届职工运动会: the quote walked over is the theme)


def _level_before(text: str, at: int, ws: list[Word]) -> int:
    """Where an event's name that holds a term or an edition (a congress's session, a body's meeting, a games) begins
    with the place or the level named right before ``at`` (湖南省十四届人大…, 在县十七届人大…, 县书法家协会五届…): a
    level alone only after a word that names nothing (not 县 of 白石 县, which jieba reads apart, the county unknown to
    the gazetteer); ``at`` where neither stands there.

    Examples:
        >>> from kg.words import words
        >>> [t[_level_before(t, t.index("十"), words(t)):] for t in ("在县十七届", "湖南省十四届", "白石县十七届")]
        ['县十七届', '湖南省十四届', '十七届']
    """
    before = [w for w in ws if w.end <= at][-3:]
    for k, w in enumerate(before):
        name = text[w.start : at]
        if spelled_by_divisions(name) or name in COMMITTEE_CHARS and (
                k == 0 or not before[k - 1].pos.startswith(("n", "a", "j"))):
            return w.start
    return at


def _committee_before(text: str, at: int, ws: list, lac: dict[int, str]) -> int:
    """Where a committee's session's name begins whose ordinal (七届五次) starts at ``at``: at the body the tagger reads
    right before it (中共青山市委七届五次全体（扩大）会议), or before the committee's word and its owner (青山集团 党委
    三届五次全会), or the level's committee named alone after a verb (落实 市委…; not 团 县委); ``at`` where none is
    there (a body's 党委 alone).

    Examples:
        >>> from kg.words import words
        >>> t = "学习了中共青山市委七届五次全会精神"
        >>> t[_committee_before(t, 9, words(t), {3: "ORG", 9: "m"}):]
        '中共青山市委七届五次全会精神'
        >>> t = "青山集团党委三届五次全会"
        >>> t[_committee_before(t, 6, words(t), {0: "ORG", 4: "n", 6: "m"}):]
        '青山集团党委三届五次全会'
        >>> t = "落实了党委三届五次全会"
        >>> t[_committee_before(t, 5, words(t), {0: "v", 3: "n", 5: "m"}):]
        '三届五次全会'
        >>> t = "正蓝旗旗委十三届四次全会"  # (the tagger's 蓝旗旗委 starts inside a word; 旗委 not after a verb)
        >>> t[_committee_before(t, 5, words(t), {0: "d", 1: "ORG", 5: "m"}):]
        '十三届四次全会'
    """
    starts = {w.start for w in ws}

    def owner(end: int) -> int | None:  # (the tagger's body ending there, from a word's start: not 蓝旗旗委 of 正蓝旗旗委)
        b = next((b for b, tag in lac.items() if tag == "ORG" and b < end and _token_end(text, b, lac) == end), None)
        return b if b in starts else None

    if (body := owner(at)) is not None:
        return body
    committee = next((w for w in ws if w.end == at and len(w.text) >= 2 and w.text.endswith(("委", "党组"))), None)
    if committee is None:
        return at
    if (body := owner(committee.start)) is not None:
        return body
    before = next((w for w in ws if w.end == committee.start), None)  # (not 团 of 团县委)
    alone = before is None or before.pos.startswith(("v", "p", "u", "x"))
    levels = COMMITTEE_CHARS + PREFECTURE + BANNER  # (市委, 州委, 旗委)
    return committee.start if len(committee.text) == 2 and committee.text[0] in levels and alone else at


def _field_words(text: str, begin: int, end: int) -> bool:
    """Whether the words between ``begin`` and ``end`` name a field, as a contest's or a drill's name holds it after its
    year: nouns and verbs of two characters or more, a noun last, none that holds, joins or attends an event and none
    that counts or points (防汛应急 of 2023年防汛应急演练, 森林防火应急; not 2023年开展演练, 2020年受疫情影响取消比赛,
    2023年全县完成演练).

    Examples:
        >>> t = "2023年防汛应急演练，2023年开展演练，2024年森林防火应急演练，2023年全县完成演练"
        >>> _field_words(t, 5, 9), _field_words(t, 16, 18), _field_words(t, 27, 33), _field_words(t, 42, 46)
        (True, False, True, False)
        >>> t = "2021年大型商业综合体联合拉动演练"
        >>> _field_words(t, 5, len(t) - 2)
        True
    """
    ws = words(text[begin:end])
    # (a noun last, or, in a drill's, two verbs of its kind after the field's nouns: 大型商业综合体联合拉动 of 2021年…联合
    # 拉动演练, not 青山足球队主场迎战比赛, 村民自发筹办比赛: a subject's verbs; a size may stand in it: 大型, not 所有, 现有)
    drill = text.startswith("演练", end)  # (a drill is named by what it rehearses; a contest by its field)
    last = ws[-1].pos.startswith("n") or ws[-1].pos == "vn" or drill and len(ws) >= 2 and all(
        w.pos == "v" for w in ws[-2:]) if ws else False
    return last and all(
        (w.pos.startswith(("n", "v")) or w.pos == "b" and w.text.endswith("型"))
        and (len(w.text) >= 2 or w.pos.startswith("n")) and w.text[0] not in "全各本该每"
        and not _HOLDS_OR_JOINS.fullmatch(w.text) for w in ws)


def _verbs_only(w, lac: dict[int, str] | None) -> bool:
    """Whether the tagger reads only verbs over a word jieba reads as a person's name (应邀参加); not over a noun of
    jieba's that is a verb too (代表).

    Examples:
        >>> from kg.words import Word
        >>> _verbs_only(Word(0, 4, "应邀参加", "nr"), {0: "v", 2: "v"}), _verbs_only(Word(0, 2, "代表", "n"), {0: "v"})
        (True, False)
    """
    tags = [(lac or {}).get(k) for k in range(w.start, w.end) if k in (lac or {})]
    return w.pos == "nr" and bool(tags) and all(t in ("v", "vd") for t in tags)


def _noun_held(w, lac: dict[int, str] | None) -> int | None:
    """Where the tagger's noun begins that ends with a verb of jieba's (河长制: jieba's 河长 and 制, the tagger's one
    noun), None where the tagger reads no such noun.

    Examples:
        >>> from kg.words import Word
        >>> _noun_held(Word(2, 3, "制", "v"), {0: "n", 3: "n"}), _noun_held(Word(2, 3, "制", "v"), {0: "n", 2: "v"})
        (0, None)
    """
    starts = sorted(lac or {})
    k = bisect_right(starts, w.start) - 1
    if k < 0 or starts[k] == w.start or lac[starts[k]] not in ("n", "nz"):
        return None
    return starts[k] if (starts[k + 1] if k + 1 < len(starts) else None) == w.end else None


def quoted_verb(text: str, opening: int, closing: int, lac: dict[int, str]) -> bool:
    """Whether the quotes from ``opening`` to ``closing`` hold a headline's verb set off between its subject and its
    object (非遗“点靓”省第十三届旅游节): a word or two of four characters at most that the tagger reads as verbs and
    adjectives, a verb among them, right after a character of the clause and no verb; not a quoted name (“科迪杯”第二届, “走进
    国家电网”活动) nor one that opens the clause (“绽放”新年音乐会).

    Examples:
        >>> t = "青山非遗“点靓”省第三届旅游节"
        >>> quoted_verb(t, 4, 7, {5: "v", 6: "a"}), quoted_verb(t, 4, 7, {5: "n"})
        (True, False)
        >>> quoted_verb("“点靓”旅游节", 0, 3, {1: "v"}), quoted_verb("开展“回头看”行动", 2, 6, {0: "v", 3: "v"})
        (False, False)
    """
    tags = [tag for k, tag in lac.items() if opening < k < closing]
    before = lac.get(max((k for k in lac if k < opening), default=-1))  # (the word before: no verb, 开展“回头看”)
    return (0 < closing - opening - 1 <= 4 and opening > 0 and "\u4e00" <= text[opening - 1] <= "\u9fff"
            and "v" in tags and all(tag in ("v", "vd", "a", "ad") for tag in tags) and before not in ("v", "vd"))


_PARTY_JOINS = ("与", "和", "、", "同")


def _party_before(text: str, end: int, lac: dict[int, str]) -> int | None:
    """Where the body or place the tagger reads right before ``end`` begins (a party to a
    signing: 青山县人民政府 of …与红星集团…签约仪式); None when there is none.

    Examples:
        >>> t = "青山县人民政府与"
        >>> _party_before(t, 7, {0: "ORG", 7: "p"})
        0
    """
    return next((b for b, tag in sorted(lac.items(), reverse=True)
                 if b < end and tag in ("ORG", "LOC") and _token_end(text, b, lac) == end), None)


def _token_end(text: str, start: int, lac: dict[int, str]) -> int:
    """Where the tagger's token that starts at ``start`` ends: at the next token's start."""
    return min((b for b in lac if b > start), default=len(text))


def _open_on_a_name(text: str, start: int, head: int, lac: dict[int, str]) -> int:
    """Past the verbs a name read leftwards took in at its start (了解, 宣布: words that the
    labeled data rarely has inside a name, read as verbs here).

    Examples:
        >>> t = "详细了解羊绒集团羊绒衫项目"
        >>> t[_open_on_a_name(t, 0, t.index("项目"), {}):]
        '羊绒集团羊绒衫项目'
        >>> t = "规划建设青山新城配网项目"
        >>> t[_open_on_a_name(t, 0, t.index("项目"), {0: "v", 2: "v", 4: "LOC", 8: "vn"}):]
        '青山新城配网项目'
        >>> _open_on_a_name("推进工程", 2, 2, {0: "v", 2: "v"})  # (the head itself read as a verb: no name before it)
        2
    """
    for w in words(text):
        if w.start < start:
            continue
        verb = w.pos.startswith("v") and w.pos != "vn" or lac.get(w.start) in ("v", "vd")
        if w.end > head or not (verb and w.text in boundary_words() or w.pos in ("ad", "d")):
            break  # (and the adverbs before them: 详细 of 详细了解…项目)
        start = w.end
    # the tagger's verbs right before the place or body the name holds govern it (规划建设 of 规划建设青山新城配网项目)
    at = start
    while at < head and lac.get(at) in ("v", "vd"):
        at = next((k for k in range(at + 1, head) if k in lac), head)
    return at if at > start and at < head and lac.get(at) in ("LOC", "ORG") else start


def _quoted_event(text: str, head: int, end: int) -> tuple[int, int] | None:
    """Where a quoted name whose last word is an event's head begins and ends, the quotes included
    (“青山之春民乐新年音乐会”: the whole quotation is the event's name, whatever words stand in it);
    None when the head does not close a quotation of one clause.

    Examples:
        >>> t = "今晚，“青山之春民乐新年音乐会”上演。"
        >>> b, e = _quoted_event(t, t.index("音乐会"), t.index("音乐会") + 3)
        >>> t[b:e]
        '“青山之春民乐新年音乐会”'
        >>> _quoted_event("他说：“欢迎参加音乐会”", 11, 14) is None, _quoted_event("“青山”音乐会", 4, 7)
        (True, None)
    """
    if not text.startswith("”", end):
        return None
    opening = text.rfind("“", max(0, head - MAX_EVENT), head)
    inside = text[opening + 1 : head]
    if opening == -1 or "”" in inside or not _clause(inside) or re.search(r"\s", inside):
        return None
    if has_verb(inside):
        return None  # a quoted sentence that names an event, not a name: “欢迎参加音乐会”
    return opening, end + 1


def _ceremonies(tokens: list) -> list[tuple[int, int]]:
    """Ceremonies named by what they open (青山港开港仪式, 青山公园开园仪式): the names the tagger
    reads (places, bodies, proper nouns) right before a two-character act and 仪式. An act with no
    name before it (欢迎仪式, 升旗仪式) names no ceremony of its own.

    Examples:
        >>> from kg.tagger import Token
        >>> toks = [Token(0, 2, "出席", "v"), Token(2, 5, "青山港", "ORG"), Token(5, 7, "开港", "v"), Token(7, 9, "仪式", "n")]
        >>> _ceremonies(toks), _ceremonies([Token(0, 2, "出席", "v")] + [Token(2, 4, "欢迎", "vn"), Token(4, 6, "仪式", "n")])
        ([(2, 9)], [])
        >>> _ceremonies([Token(0, 5, "青山大会堂", "LOC"), Token(5, 7, "举行", "v"), Token(7, 9, "仪式", "n")])
        []
    """
    out = []
    for i in range(2, len(tokens)):
        head, act = tokens[i], tokens[i - 1]
        if head.text != "仪式" or len(act.text) != 2 or act.tag not in ("v", "vn") or act.end != head.start \
                or _ATTENDS.fullmatch(act.text):
            continue  # (青山大会堂举行仪式: where a ceremony is held, not what it opens)
        j = i - 2
        while j >= 0 and tokens[j].tag in ("LOC", "ORG", "nz") and len(tokens[j].text) >= 2 \
                and tokens[j].end == tokens[j + 1].start:
            j -= 1
        if j < i - 2:
            out.append((tokens[j + 1].start, head.end))
    return out


# A headline's event named by its kind alone, the object of the verb that holds it, ending the headline's clause
# (青山产业园举行奠基仪式, 青山县开展节前安全检查): the article's event, whatever name it has.
_HEADLINE_KIND = re.compile(rf"(?:{HOLD_VERB}|开展)了?([\u4e00-\u9fff]{{2,6}}(?:仪式|座谈会|检查|督查|演练))(?=$|[\s，,。！!：:；;])")


def headline_kind(text: str) -> list[tuple[int, int]]:
    """The event a headline says is held, named by its kind alone: from the verb that holds it to the end of the
    headline's clause, two characters at least before the kind, none of them a size or a count (大规模演练, 首次座谈会:
    how big or how many, no kind of event).

    Examples:
        >>> t = "青山产业园举行奠基仪式"
        >>> [t[b:e] for b, e in headline_kind(t)]
        ['奠基仪式']
        >>> t = "青山县开展节前安全检查 守护节日平安"
        >>> [t[b:e] for b, e in headline_kind(t)]
        ['节前安全检查']
        >>> headline_kind("青山县举行仪式"), headline_kind("青山县开展安全检查工作"), headline_kind("青山港举行大规模演练")
        ([], [], [])
    """
    return [m.span(1) for m in _HEADLINE_KIND.finditer(text)
            if not any(w.pos in ("a", "b", "m", "q") for w in words(m.group(1)))]


# Heads that name an association as often as an event: an event only where the text holds it.
_BODY_OR_EVENT = ("联谊会",)
_HELD_BEFORE = re.compile(rf"(?:{HOLD_VERB}|开展)了?(?:大型|首届|一场|一次)?$")
_JOINED_ACTIVITY = re.compile(rf"(?:{ATTEND_VERB}|开展|启动)了?"  # (not 组织: a body's head too)
                              rf"([^，,。；;：:！？!?、\s]{{2,24}}?暨"
                              rf"[^，,。；;：:！？!?、\s]{{2,24}}?(?:{HEADS}))")


def joined_activities(text: str) -> list[tuple[int, int]]:
    """Two activities held as one, joined by 暨 after the verb that holds them (举办了“迎新春”书画
    笔会暨书画进社区活动): the name runs from the verb to the head after 暨, whatever the first part
    ends with (笔会 is no head of its own). 暨 joins names only, so both parts are the name; two
    quoted names joined (“送戏”暨“送书”活动) are two initiatives, read apart.

    Examples:
        >>> t = "青山小学举办了“迎新春”书画笔会暨书画进社区活动。"
        >>> [t[b:e] for b, e in joined_activities(t)]
        ['“迎新春”书画笔会暨书画进社区活动']
        >>> joined_activities("青山小学举办书画笔会，开展进社区活动。"), joined_activities("开展“送戏”暨“送书”活动")
        ([], [])
        >>> joined_activities("致信青山组织合作十周年纪念暨宣传周活动")
        []
        >>> t = "青山镇举办的科普周除开展科技下乡暨科普讲座活动外，还将举办义诊。"
        >>> [t[b:e] for b, e in joined_activities(t)]  # (活动 after the talk's head: the name's too)
        ['科技下乡暨科普讲座活动']
    """
    out = []
    pos = 0
    while (m := _JOINED_ACTIVITY.search(text, pos)) is not None:
        pos = m.end()
        joint = text.index("暨", m.start(1))
        if _ANOTHER_VERB.search(text, m.start(1), joint):
            pos = m.start(1)  # 举办的A除开展B暨C活动, 举办A并开展B暨C活动: the name the inner verb holds, read on its own
            continue
        if text.endswith("”", 0, joint) or re.search("[和与及同]", text[m.start(1) : joint]) \
                or re.search("(?<!党)的", unquoted(text[joint : m.end(1)])):
            continue  # “A”暨“B”活动: two names; A峰会和纪念B暨C活动: a list of events, one of them named with 暨;
            # 开幕式暨论坛的相关活动: activities described (not 党的: 暨学习贯彻党的二十大精神主题活动)
        verb = next((w for w in words(text[: m.start(1)]) if w.end == m.start(1) or w.end == m.start(1) - 1
                     and text[m.start(1) - 1] == "了"), None)
        if verb is None or not verb.pos.startswith("v") or verb.pos == "vn":
            continue  # 世界知识产权组织合作…暨…活动: 组织 is a body's head here, no verb
        # (held by one: 县里举办的书画笔会暨进社区活动, the name after 的)
        more = _ITS_ACTIVITY_HEAD.match(text, m.end(1))  # (…讲座 + 活动, 活动周: the name's head goes on)
        out.append((m.start(1) + (text[m.start(1)] == "的"), more.end() if more else m.end(1)))
    return out


# The activity a talk's or a show's head is of, right after it (…讲座活动, …讲座活动周).
_ITS_ACTIVITY_HEAD = re.compile(r"活动[周月]?")
# A verb that holds another event inside what reads as one joined name, after a word that adds it (除, 并, 还, 同时).
_ANOTHER_VERB = re.compile(rf"(?:除|并|还|同时)(?:{ATTEND_VERB}|开展|启动)")


# What a document on a campaign is, after its name and 的: 《关于开展…专项行动的通知》, 开展…活动的实施方案.
_OF_A_DOCUMENT = r"的(?:通知|(?:实施|工作|行动)?方案|(?:实施|指导)?意见|公告|通告)"
# A campaign carried out (开展…活动, 启动…行动; deployed, pushed on or put in force: 部署…专项行动, 推进, 实施, one verb
# after another too: 部署实施…行动, 部署安排…行动): the verbs, then its name up to the head; or the party's, anywhere
# (党的群众路线教育实践活动).
_CARRYING = "开展|启动|部署|推进|实施|安排|落实"
# What a theme is given as: 为主题, 为题, a theme of the year's or of the campaign's too (为年主题, 为宣传主题; not 为群众解难题).
THEME_AS = r"为(?:[\u4e00-\u9fff]{1,4}?)?(?:主题|主线)|为题"
_CARRIED = re.compile(rf"(?:(?:{_CARRYING})了?)+(?:以“[^“”\n]{{2,40}}”(?:{THEME_AS})的)?"  # (the theme given before it)
                      r"([^，,。；;：:、“”\"《》！？!?\s]{4,24}?(?:活动|行动|专项整治|专项检查|主题教育))"
                      rf"(?:(?![\u4e00-\u9fff])|(?={_OF_A_DOCUMENT}))"  # (or a document's: 《关于开展…行动的通知》)
                      r"|(党的[^，,。；;：:、“”\"《》！？!?\s]{4,22}?(?:活动|主题教育|学习教育|专题教育))"
                      r"(?=[^\u4e00-\u9fff]|$|进行|开展|中|以来|期间|的|和|及)")
# The heads of a special campaign, named once where it is carried out (部署…专项行动).
_SPECIAL = ("专项整治行动", "专项行动")
# An edition that opens a campaign's name (第三届…活动).
_COUNTED_NAME = re.compile(r"第[一二三四五六七八九十百零\d]+届")
# What follows a year in a description of work, no campaign's name: a part of the year, the scope.
_A_YEARS_PART = re.compile(r"[上下]半年|全[省市县区州旗镇乡村校]")  # (a quarter, 第三季度, is a count: no name already)
# A day, a week or a month of the year counted by its year, opening a campaign's name (第五个…日宣传活动, 第二十三个全国
# 安全生产月活动, 第二十个全国科技活动周宣传活动).
_YEARLY = re.compile(r"第[一二三四五六七八九十百零\d]+[个次][\u4e00-\u9fff]{2,8}?[日节周月]")
# What a word opening a day's activity describes it by, no part of the day's name (大型, 多种形式, 广泛).
_DESCRIBES = frozenset({"b", "l", "r", "m", "mq", "a", "ad", "d"})
# The words that say only what kind of activity fills a day (集中宣传日, 主题宣传月, 党员活动日, 志愿服务日, 开放日): no
# day's name without what it is for.
_DAYS_KINDS = frozenset("集中 主题 宣传 活动 党员 服务 志愿 开放 体验 工作 学习 交流 纪念 接待 义诊 咨询".split())
# An activity held for a day, a week or a month observed each year, named by two characters at least before it
# (全国生态日宣传活动, 国家宪法日集中宣传活动, 爱鸟周宣传活动; :func:`_observance`).
_OBSERVANCE = re.compile(r"[\u4e00-\u9fff]{2,14}[日周月](?:集中|主题|系列|宣传)*活动")


def _observance(name: str) -> bool:
    """Whether a campaign's name is an activity held for a named day, week or month of the year (:data:`_OBSERVANCE`):
    the day's character a word alone or the end of a word of three (宣传周, 禁毒日, 爱鸟周; not 党日 of 主题党日活动), what
    the day is for said before it or in its word (税收宣传月, 防灾减灾日, 爱鸟周; not 集中宣传日, 党员活动日, 开放日: only the
    kind of the day's activity), no time or township opening it (今年…, 梦溪镇…: the township is a mention of its own,
    which the campaign's would hide).

    Examples:
        >>> [_observance(n) for n in ("全国生态日宣传活动", "公众开放日活动", "主题党日活动", "党日活动")]
        [True, True, False, False]
        >>> [_observance(n) for n in ("税收宣传月活动", "集中宣传日活动", "爱鸟周宣传活动", "今年爱鸟周宣传活动")]
        [True, False, True, False]
    """
    if _OBSERVANCE.fullmatch(name) is None:
        return False
    day = len(name) - len(re.search(r"[日周月](?:集中|主题|系列|宣传)*活动$", name).group())
    ws = words(name)
    if ws[0].pos == "t" or any(name[:k] in towns() for k in range(3, 7)):
        return False
    i = next(i for i, w in enumerate(ws) if w.start <= day < w.end)
    if not (len(ws[i].text) == 1 or len(ws[i].text) >= 3 and ws[i].end == day + 1):
        return False  # (党日 of 主题党日活动)
    if i > 1 and ws[0].pos in _DESCRIBES:
        return False  # (大型禁毒宣传月活动: what describes the activity first; 禁毒日, 食品安全宣传周 name the day)
    said = [w.text for w in ws[:i]] + ([ws[i].text[:-1]] if len(ws[i].text) >= 3 else [])
    if any(x in TITLES for x in said):
        return False  # (院长接待日, 专家义诊日: who is there, a day of their routine, no day's name)
    return any(x not in _DAYS_KINDS and not _DAYS_REACH.fullmatch(x) for x in said)


# Words that stand in no campaign's name: counts and kinds (一系列, 各类, 多项), descriptions (丰富多彩的), places of
# a clause (领导下).
_NOT_IN_A_CAMPAIGN = frozenset({"r", "m", "mq", "i", "d", "p", "c", "u", "ul", "uz", "ug", "ud", "uv", "q", "a", "ad", "f"})


# A campaign named for what it brings where (法律进社区, 国防教育进校园): the places the "六进" campaigns go into
# (机关, 乡村, 社区, 学校, 企业, 家庭) and their like, after two characters of what is brought; or to the countryside
# (科技下乡, 送戏下乡: the "三下乡" campaigns).
_INTO = re.compile(r"[\u4e00-\u9fff]{2}(进(?:校园|社区|乡村|农村|企业|机关|家庭|军营|课堂|基层|万家|景区|学校|村)|下乡)")


def _brings_into(name: str) -> bool:
    """Whether a campaign's name says what it brings where (法律进社区活动): 进 a word of its own or opening one, not
    the end of a word (推进, 引进, 先进: 加快推进社区治理活动, 评选先进企业活动 are descriptions).

    Examples:
        >>> _brings_into("法律进社区活动"), _brings_into("国防教育进校园活动"), _brings_into("加快推进社区治理活动")
        (True, True, False)
        >>> _brings_into("科技下乡活动")
        True
    """
    starts = {w.start for w in words(name)}
    return any(m.start(1) in starts for m in _INTO.finditer(name))


def _named_period(ws: list[Word], i: int) -> bool:
    """Whether word ``i`` is the day, the week or the month a noun names (爱国卫生月, 科技活动周, 全国爱眼日: a period
    of the year given to it), no count.

    Examples:
        >>> from kg.words import words
        >>> ws = words("爱国卫生月主题活动")
        >>> _named_period(ws, [w.text for w in ws].index("月")), _named_period(words("月活动"), 0)  # (no noun before)
        (True, False)
    """
    return ws[i].text in ("日", "周", "月") and i > 0 and ws[i - 1].pos in ("n", "nz", "vn") and len(ws[i - 1].text) >= 2


def _named_series(ws: list[Word], i: int) -> bool:
    """Whether word ``i`` is 系列 after a noun that names the series, four characters of name at least (科普惠民系列活动),
    not a count of many (一系列, 等系列: no noun before) nor a kind (文化系列活动, 主题系列活动).

    Examples:
        >>> from kg.words import words
        >>> ws, kind = words("科普惠民系列活动"), words("主题系列活动")
        >>> _named_series(ws, [w.text for w in ws].index("系列")), _named_series(words("系列活动"), 0)
        (True, False)
        >>> _named_series(kind, [w.text for w in kind].index("系列"))
        False
    """
    return ws[i].text == "系列" and i > 0 and ws[i - 1].pos in ("n", "nz", "nr", "vn") and len(ws[i - 1].text) >= 2 \
        and ws[i].start - ws[0].start >= 4


def _great_verb(ws: list[Word], i: int) -> bool:
    """Whether word ``i`` is 大 before a verb or a verbal noun, a campaign's word (大调研, 大走访), no description (大
    before a noun: 大范围排查).

    Examples:
        >>> from kg.words import words
        >>> ws, vs = words("基层大调研活动"), words("大范围排查活动")
        >>> _great_verb(ws, [w.text for w in ws].index("大")), _great_verb(vs, 0)
        (True, False)
    """
    return ws[i].text == "大" and i + 1 < len(ws) and ws[i + 1].pos in ("v", "vn")


# A campaign that is the means or the occasion of what is done, named whole: 以作风提升建设年活动为抓手 (not 以此为契机,
# nor a description with 的, nor what is done: 以开展主题教育活动为载体, a verb first)
_AS_MEANS = re.compile(r"以([^，,。；;、“”的\s]{4,20}?(?:活动|行动|工程|建设年|主题年))为(?:抓手|载体|契机|切入点|突破口|主线)")


# A season or a period of the year that names a campaign (冬季, 春节, 汛期, 暑期): part of its name, not a time it is
# deployed for.
_PERIOD = re.compile(rf"^(?:{_SEASON.pattern})$|[期节季]$")


def _time_or_scope(on: str) -> int:
    """Where a special campaign's name begins in what it is on (``on``, before its head): after the times and the scope
    that open it (下一阶段, 今年, 全县: when it is deployed, where), not after a season or a period that names it (冬季,
    汛期), nor where a word no name opens with would open it (元旦春节 + 期间…: the whole then, or none).

    Examples:
        >>> [_time_or_scope(x) for x in ("下一阶段农资打假", "全县治超", "冬季治安打击整治", "汛期安全隐患排查")]
        [4, 2, 0, 0]
    """
    ws = words(on)
    k = 0
    while k < len(ws) and (_A_YEARS_PART.fullmatch(ws[k].text) or ws[k].pos == "t" and not _PERIOD.search(ws[k].text)):
        k += 1
    return ws[k].start if 0 < k < len(ws) and ws[k].pos not in _NOT_IN_A_CAMPAIGN else 0


def carried_campaigns(text: str, document: str = "") -> list[tuple[int, int]]:
    """Campaigns named after the verb that carries them out (开展党的群众路线教育实践活动, 启动降本增效攻坚行动), or the
    party's without it (对党的群众路线教育实践活动进行督察): from the verb (or 党的) to the head, four characters of
    name at least, where every word is a noun or a verb of the name (no count or kind: 一系列宣传活动, 各类活动; no
    description: 丰富多彩的文体活动; 的 only in 党的; no verb that holds or carries out: 党的领导下开展活动; 大 only
    before a verb, 大调研), and a name, not a description of what is done: the party's (党的…), one the ``document``
    gives more than once, one named for what it brings where (法律进社区活动), or a special campaign (…专项行动,
    …专项整治行动: named so in each of the 3 the development golds have after such a verb; four characters on what it
    is on at least, not only a time or a reference: 下一阶段专项行动, 上述专项行动). The verbs stand as words (not 实施
    of 落实施工…).

    Examples:
        >>> t = "全县深入开展党的群众路线教育实践活动，并开展一系列宣传活动和丰富多彩的文体活动。"
        >>> [t[b:e] for b, e in carried_campaigns(t)]
        ['党的群众路线教育实践活动']
        >>> t = "督察组对全市党的群众路线教育实践活动进行督察。在党的领导下开展活动。"
        >>> [t[b:e] for b, e in carried_campaigns(t)]
        ['党的群众路线教育实践活动']
        >>> t = "开展2023年春节送温暖活动，开展2023年上半年安全检查活动。"
        >>> [t[b:e] for b, e in carried_campaigns(t)]
        ['2023年春节送温暖活动']
        >>> t = "青山公司启动降本增效攻坚行动"
        >>> carried_campaigns(t), [t[b:e] for b, e in carried_campaigns(t, t + "降本增效攻坚行动成效明显。")]
        ([], ['降本增效攻坚行动'])
        >>> t = "开展法律进社区活动。"
        >>> [t[b:e] for b, e in carried_campaigns(t)]
        ['法律进社区活动']
        >>> t = "部署建筑垃圾违法行为治理专项行动，继续推进违法装修专项行动，部署实施安全生产专项行动。"
        >>> [t[b:e] for b, e in carried_campaigns(t)]
        ['建筑垃圾违法行为治理专项行动', '违法装修专项行动', '安全生产专项行动']
        >>> t = "部署下一阶段专项行动，推进相关专项行动，督促落实施工扬尘治理专项行动，核实施工企业资质专项行动。"
        >>> [t[b:e] for b, e in carried_campaigns(t)]
        ['施工扬尘治理专项行动']
        >>> t = "部署下一阶段农资打假专项行动，推进全县治超专项行动，部署夏季治安打击整治专项行动，部署冬季治超专项行动。"
        >>> [t[b:e] for b, e in carried_campaigns(t)]
        ['农资打假专项行动', '夏季治安打击整治专项行动']
        >>> t = "开展以“青山惠民”为主题的第33个全国税收宣传月活动。"  # (a theme before it)
        >>> [t[b:e] for b, e in carried_campaigns(t)]
        ['第33个全国税收宣传月活动']
        >>> t = "开展2024年今冬明春火灾防控专项行动。"  # (a count's name: no cut inside it)
        >>> [t[b:e] for b, e in carried_campaigns(t)]
        ['2024年今冬明春火灾防控专项行动']
        >>> t = "印发《关于开展青山区道路客运市场专项整治行动的通知》。"  # (a document's title: the campaign it is on)
        >>> [t[b:e] for b, e in carried_campaigns(t)]
        ['青山区道路客运市场专项整治行动']
    """
    out = []
    for m in _CARRIED.finditer(text):
        b, e = m.span(1) if m.group(1) else m.span(2)
        name = text[b:e]
        # (or one counted by its edition, or by the year of the day it is for: 开展第十个全国爱眼日宣传活动; not a
        # round of work, 第二次集中整治行动; or the year's, 开展2019年冬季送温暖活动)
        counted = _COUNTED_NAME.match(name) or _YEARLY.match(name) or YEAR.match(name)
        if counted and counted.re is YEAR and _A_YEARS_PART.match(name, counted.end()):
            continue  # (a part of the year's work or its scope: 2023年上半年安全检查活动, 2020年全镇环境卫生整治行动)
        if m.group(1) and b not in {w.start for w in clause_words(text, b)}:
            continue  # (a name that opens inside a word: the verb read was the end of another, 落实施工…, 核实施工…)
        special = name.endswith(_SPECIAL)
        scope = _A_YEARS_PART.match(name)  # (全区禁毒宣传月活动: the day's activity after the scope it is carried out in)
        observed = bool(scope) and not counted and _observance(name[scope.end() :])
        if observed:
            b, name = b + scope.end(), name[scope.end() :]
        if not (name.startswith("党的") or document.count(name) >= 2 or counted or _brings_into(name) or special
                or observed or _observance(name)):
            continue
        bare = name[counted.end() :] if counted else name.removeprefix("党的")  # (the words after its count)
        ws = words(bare)
        described = any((w.pos in _NOT_IN_A_CAMPAIGN or w.pos.startswith("u")) and not _great_verb(ws, i)
                        and not _named_period(ws, i) and not _named_series(ws, i) for i, w in enumerate(ws))
        if special:
            on = bare[: len(bare) - len(next(h for h in _SPECIAL if bare.endswith(h)))]
            cut = _time_or_scope(on) if bare == name else 0  # (no cut in a count's or the party's name)
            b, on = b + cut, on[cut:]
            # (four characters of what it is on, a season or a period before them aside, not a time nor a reference
            # alone: 下一阶段, 上述; 冬季 + 治超 no name, as 治超 alone)
            core = on[next((w.start for w in words(on) if not _PERIOD.search(w.text)), len(on)) :]
            described = described or len(core) < 4 or all(w.pos in ("t", "b", "r") for w in words(core))
        if described or "的" in bare or _HOLDS_OR_JOINS.search(name):  # (党的领导下开展活动: a clause, no name)
            continue
        out.append((b, e))
    return out


# 暨 and a second event after an event's head, the pair then held (…启动仪式暨现场观摩会在青山一中举行).
_JOINED_HELD = re.compile(r"暨([^，,。；;：:、“”！？\s]{2,16}?(?:会|仪式|活动|典礼|论坛|讲座|义诊))"
                          r"(?=在|于|举行|召开|开幕|隆重|顺利|正式|走进)")


def held_jointly(text: str, end: int) -> int:
    """Where an event whose head ends at ``end`` ends when 暨 joins a second event to it and the pair is
    then held (青山科技周启动仪式暨现场观摩会在青山一中举行: one event, whose name runs to 观摩会); ``end``
    itself when no such event follows (…仪式暨…座谈, …仪式暨青山一中校庆 with no verb that holds them).

    Examples:
        >>> t = "科技周启动仪式暨现场观摩会在青山一中举行。"
        >>> t[:held_jointly(t, 7)]
        '科技周启动仪式暨现场观摩会'
        >>> t = "第五届骨科论坛暨惠民义诊走进南岭村。"  # (a free clinic, which an event may take to a place)
        >>> t[:held_jointly(t, 7)]
        '第五届骨科论坛暨惠民义诊'
        >>> held_jointly("启动仪式暨青山一中八十周年校庆。", 4), held_jointly("启动仪式暨座谈会，在青山举行", 4)
        (4, 4)
    """
    m = _JOINED_HELD.match(text, end)
    return m.end() if m else end


# An event named as the subject of the verb that holds it, the way a report opens (11月7日，2023年青山水稻育种
# 国际研讨会在青山大学召开; …开班典礼隆重举行): its name is its clause, whatever words stand in it (育种, 慰问:
# verbs that a walk from the head stops at). The heads are events' only, from the tables above: not 协会, 理事会
# (bodies hold events too), nor 开幕式 (the opening of a named event: 第二届桃花节开幕式).
_HELD_HEADS = tuple(sorted((set(MEETING_HEADS) | set(EVENT_HEADS) | set(_TALKS) | set(_SPORTS.pattern.split("|"))
                            | {"典礼", "仪式", "研修班", "培训班", "观摩会", "现场会", "年会", "笔会"}
                            | {"活动周", "宣传周", "服务周", "活动月", "宣传月", "服务月"}) - set(_BODY_OR_EVENT),
                           key=lambda h: (-len(h), h)))
# The kinds of event every body holds, which a few common words before them name no more than the kind (新闻发布会);
# not those a name's words may make one of its own (人民论坛, 互联网大会, 丝路峰会, 读书节).
_EVERY_BODYS = ("会议", "座谈会", "发布会", "推进会", "现场会", "培训会", "研讨会", "交流会", "报告会", "恳谈会", "招待会",
                "见面会", "观摩会", "培训班", "仪式", "典礼", "活动")
# The parts of speech of common words before an event's kind; a proper name, a place, a count or an abbreviation (中非,
# 博鳌, 两会, 党日) makes the name its own
_GENERIC_WORDS = frozenset({"n", "v", "vn", "a", "an", "ad", "b", "d", "vd"})


def generic_event(name: str) -> bool:
    """An event named by its kind alone (新闻发布会, 专题座谈会, 揭牌仪式): up to four characters of common words before
    its head, a kind every body holds, no name, number or quotation mark among them. Each article's is another event
    (:mod:`kg.resolve`).

    Examples:
        >>> [generic_event(n) for n in ("新闻发布会", "揭牌仪式", "青山座谈会", "中央经济工作会议", "第三届座谈会", "人民论坛")]
        [True, True, False, False, False, False]
    """
    head = min((h for h in _EVERY_BODYS if name.endswith(h)), key=len, default=None)  # (会议 of 工作会议)
    if head is None or len(name) - len(head) > 4 or re.search(r"[\d０-９“”《》\"第届]", name):
        return False
    return all(w.pos in _GENERIC_WORDS for w in words(name[: len(name) - len(head)]))


# The time words of a report's day (近日, 今天, 上午), between an event and where it is held or before its name.
_DAY = r"近日|日前|今天|昨天|今日|昨日|[上下]午"
_HELD_BY_VERB = re.compile(rf"(?:{_DAY}|\d{{1,2}}日)?(在(?:[^，,。；;：:！？!?\s“”、]{{1,20}}?、){{0,5}}[^，,。；;：:！？!?\s“”、]{{1,20}}?"
                           r"|于[^，,。；;：:！？!?\s“”]{1,12}?"
                           # (or how: …座谈会以视频形式召开, 通过视频会议方式举行)
                           r"|(?:以|通过)[^，,。；;：:！？!?\s“”]{1,10}?(?:形式|方式))?"
                           + HOLD_ADVERB + rf"(?:{HOLD_VERB}|开幕(?!式)|开班|开赛|开跑|拉开了?(?:帷幕|序幕|大幕)|启幕"
                           r"|(?:启动|开展)(?=[，,。；;！？!?\s]|$)|落下(?:了)?帷幕|落幕|闭幕(?!式))"
                           r"(?!的)"  # (not 全会召开的重大意义; an activity started or carried out, closing its clause:
                           # …宣传活动在…启动。…义诊活动在…火热开展。)
                           r"|由[^，,。；;：:！？!?\s“”]{2,30}?主持")  # (or the one who presides it: …仪式由王五主持)
# A meeting by a word of two characters before its 会 (演示会, 调度会), and the bodies whose names end so, which convene
# meetings of their own (协会, 村委会, 理事会 …在…召开: the body, then its meeting).
_CONVENED = re.compile(r"[\u4e00-\u9fff]{2}(?<![将也还仍都就才再又不能可应计定必亦便])会$")  # (not 将会, 还会: "will")
_CLAUSE_END = re.compile(r"[，,。；;！？!?\s]|$")
_CONVENING_BODIES = ("学会", "协会", "商会", "研究会", "委员会", "基金会", "联合会", "总会", "工会", "理事会", "分会",
                     "董事会", "监事会", "委会", "促进会", "联谊会")
# What opens the clause before the name: a time (近日，上午, 9月18日), the reporting body's 我市, 我校.
_LEAD = re.compile(r"(?:(?:\d{4}年)?(?:\d{1,2}|[一二三四五六七八九十]{1,3})月(?:(?:\d{1,2}|[一二三四五六七八九十]{1,3})[日号])?|"
                   rf"(?:\d{{1,2}}|[一二三四五六七八九十]{{1,3}})[日号]|{_DAY}|近期|"
                   r"晚上|当晚|当天|我[市县区校院局司所省]|本[市县区校院]|为[期时][\u4e00-\u9fff\d]{1,6}的)+")  # (为期两天的: how long)
# Verbs whose object is the event that the clause then says is held: 祝贺…大会召开, 确保…博览会举办.
_GOVERNS = re.compile(r"祝贺|庆贺|欢迎|迎接|期待|预祝|确保|筹备|筹办|做好|助力|聚焦|围绕")
# An anniversary the event marks, where its name starts: 纪念…周年, 庆祝…周年.
_MARKS = re.compile(r"(?:纪念|庆祝)[^，,。；;：:\s]{2,20}?周年")
# A name that only points back at the article's event (本次会议, 此次活动), or counts events (多场论坛, 一次会议).
_POINTS_BACK = re.compile(r"本次|此次|这次|本届|(?<![第\d０-９一二三四五六七八九十])[多一两几数][场个次项]")
# What names an event as a name of its own, where a verb holds it as its object: quotes, a title, an edition (届).
_NAMED = re.compile(r"[“《]|第[一二三四五六七八九十百\d]+届")


# The event a verb holds, its object, up to a head that ends the clause: 召开了社团负责人会议，
# A character of a held event's name: no mark of a clause or a list, but the 、 between levels (全国、省、市、县人大代表);
# or a quoted slogan whole, whatever marks of a list or spaces it holds (“人人懂消防、个个会逃生”消防月活动启动仪式).
_EVENT_CHAR = r"(?:“[^“”，,。；;！？!?\n]{2,30}”|[^，,。；;：:！？!?、\s]|、(?=[省市县区乡镇]))"
_HOLDS_NAMED = re.compile(HOLD_VERB + rf"了?(?!的)({_EVENT_CHAR}{{2,44}}?(?:"
                          + "|".join(_HELD_HEADS) + r")[”》]?)(?=[，,。；;！？!?\n]|并|$)")

# The same for a verb that attends (参加青山区产学研对接大会。); its object is a description, no name, where it holds 的,
# a count (3个组别的比赛) or two events joined (…论坛开幕式和…展览开幕式).
_ATTENDS_NAMED = re.compile(TAKES_PART + r"了?(?!的)([^，,。；;：:！？!?、\s]{2,44}?(?:"
                          + "|".join(_HELD_HEADS) + r")[”》]?)(?=[，,。；;！？!?\n]|并|$)")
_DESCRIBED = re.compile(r"的|(?:会|式|赛|活动|展)[和及]|[\d一二三四五六七八九十两几多]+个")
# Events listed after the verb that holds them, each with a head of its own (举行白石新区揭牌仪式、招商项目签约仪式;
# 将举行书法大赛、少儿绘画大赛等), the list ending its clause.
_HELD_LIST_ITEM = rf"[^，,。；;：:！？!?、\s“”]{{3,30}}?(?:{'|'.join(_HELD_HEADS)})"
_HOLDS_LISTED = re.compile(HOLD_VERB + rf"了?(?!的)({_HELD_LIST_ITEM}(?:、{_HELD_LIST_ITEM})+)(?=等?[，,。；;！？!?\n]|等?$)")
# Many that hold events of a kind each: 各地, 各学校, 纷纷.
_MANY_HOLD = re.compile(r"各|纷纷|多地|等地")
# The verbs whose object is an event or a site visited, which a place before them does: 青山市举行…, 青山县调研….
_HOLDS_OR_VISITS = re.compile(HOLD_VERB + "|开展|组织|调研|考察|观摩|视察|察看|参观|检查|督查|督导|巡查|查看|查勘|踏勘|勘察|通报|走访")
# The verbs of works begun or carried out, whose object is the works named after them, four characters of it at least
# (…于今年7月启动青山桥修缮工程: no date nor verb in the project's name; not 启动工程, the works that begin it, nor
# 启动区, a new district's first zone: :data:`_FIRST_ZONE`).
_BEGINS_WORKS = re.compile("启动|实施")
_FIRST_ZONE = re.compile("区(?!域)")  # (启动区; not 启动区域供水一体化工程)
# An activity held by a name of its own (举行冬季招商项目签约活动, 隆重举行…: the verb's adverb too): four characters of
# it at least, no series of many
# (系列活动, 一系列活动, 等活动, 美食节等系列惠民活动), not one held nowhere (暂停举办…活动, 不举行…活动); its name holds a
# time or an edition (:data:`_DATED_ACTIVITY`) or a place or a body the tagger reads, or one holds it (青山市举行…活动;
# not 各学校纷纷举行…).
_HOLDS_ACTIVITY = re.compile(r"(?<![不停止禁消免])" + HOLD_ADVERB + HOLD_VERB + rf"了?(?!了|的|一系列|系列|各类|各种|多项)"
                             rf"((?:(?!等|系列){_EVENT_CHAR}){{4,40}}?活动)(?=[，,。；;！？!?\n]|并|$)")
_DATED_ACTIVITY = re.compile(r"\d{4}年?|[春夏秋冬]季|首届|第[\d一二三四五六七八九十]{1,3}[届期次]")
# What 召开 convenes is a meeting, whatever word of two characters its 会 closes (…工作调度会, …安排会).
# (a standing committee's meeting too, enlarged or not: 县委常委会, 县政府常务(扩大)会; two characters of its own name it)
_STANDING = re.compile(r"(?:常委|常务)(?:[（(]扩大[）)])?会$")
_CONVENES_NAMED = re.compile(rf"召开了?(?!的)((?:{_EVENT_CHAR}{{4,44}}?[\u4e00-\u9fff]{{2}}"
                             rf"|{_EVENT_CHAR}{{1,40}}?(?:常委|常务))(?:[（(]扩大[）)])?会)(?=[，,。；;！？!?\n]|并|$)")
# A ceremony, a meeting or a job fair carried out (开展…授牌仪式, 开展…座谈会, 开展…专场招聘会), not a campaign
# (开展…专项行动: carried_campaigns).
_CARRIES_NAMED = re.compile(r"开展了?(?!的)([^，,。；;：:！？!?、\s]{4,44}?(?:仪式|典礼|招聘会|双选会|"
                            + "|".join(sorted(MEETING_HEADS, key=len, reverse=True)) + r"))(?=[，,。；;！？!?\n]|并|$)")
# A talk or a show someone gives an audience (为大家带来了一场…主题讲座).
_GIVES_TALK = re.compile(r"带来了?(?:一场|一堂|一次|一台)?(?!的)([^，,。；;：:！？!?、\s]{2,30}?(?:讲座|讲坛|报告会|演出))"
                         r"(?=[，,。；;！？!?\n]|并|$)")
# A count of events before their head: 三次座谈会, 两场报告会 (not an edition: 第三次).
_COUNTED_EVENTS = re.compile(r"(?<!第)[\d一二三四五六七八九十两几多]+[个次场项期]")
# The meeting held where something is said, named after the verb that held it: 在…召开的全市森林防火电话会上.
_SPOKEN_AT = re.compile(HOLD_VERB + r"的([^，,。；;：:！？!?、“”\s]{4,44}?(?:会议|[\u4e00-\u9fff]{2}会))上")


# The opening or closing ceremony of a named event, held where the event's is (…联赛开幕式在…举行), after the event's
# short name in brackets, if any (…联赛（青山BA）开幕式).
_OPENING = re.compile(r"(?:[（(][^（）()，,。]{1,10}[）)])?(?:开幕式|闭幕式)$")


# How often jieba's dictionary may count the two characters that end a festival's word of three (旅游节: 游节 6; not
# 关键环节: 环节 1,626)
_COMMON_NODE = 50
# How often jieba's dictionary may count the two characters that end an exhibition's name (画展 198; not 发展 68,664,
# 进展 2,022, 伸展 565)
_COMMON_BIGRAM = 500


def _head_start(text: str, end: int) -> int | None:
    """Where the event's head that ends at ``end`` starts (its closing quote or title mark with it: …研讨会”),
    None when no head of a held event ends there.

    Examples:
        >>> _head_start("青山研讨会", 5), _head_start("“青山论坛”", 6), _head_start("青山协会", 4)
        (2, 3, None)
        >>> _head_start("青山非遗成果展", 7), _head_start("青山经济发展", 6)
        (6, None)
        >>> _head_start("工作取得新进展", 7), _head_start("青山经济蓬勃发展", 8), _head_start("一筹莫展", 4)
        (None, None, None)
        >>> _head_start("《青山老照片特展》", 9), _head_start("《青山经济发展》", 8), _head_start("彩旗招展", 4)
        (7, None, None)
        >>> _head_start("青山花灯节", 5), _head_start("决赛环节", 4), _head_start("青山乡村旅游节", 7)
        (4, None, 6)
    """
    close = 1 if text.endswith(("”", "》"), 0, end) else 0
    head = next((h for h in _HELD_HEADS if text.endswith(h, 0, end - close)), None)
    last = words(text[max(0, end - close - 8) : end - close])[-1:] if text.endswith("展", 0, end - close) else ()
    titled = close and text.endswith("》", 0, end)  # (a title's verbal noun too: 《…月份牌特展》)
    if head is None and last and (last[0].text == "展" or (last[0].pos.startswith("n") or titled and last[0].pos == "vn")
                                  and frequency(text[end - close - 2 : end - close]) < _COMMON_BIGRAM):
        return end - close - 1  # an exhibition: 展 a word, or a noun's end (成果展, 主题展; not 发展, 新进展, 蓬勃发展)
    if head is None and text.endswith("节", 0, end - close):
        window = max(0, end - close - 8)
        last = words(text[window : end - close])[-2:]
        # a festival: a word of three or more, or 节 after a noun (泼水节, 花灯节; not 环节, 春节, 关键环节: 环节 a word) …
        fest = last[-1] if last and len(last[-1].text) >= 3 else last[0] if len(last) == 2 and last[-1].text == "节" \
            and (last[0].pos.startswith("n") or last[0].text in ")）") else None
        # (not a word whose last two are a common word, 关键环节, nor a section's number, 第二节; 旅游节, whose 游节 jieba
        # holds too, is a festival: a noun before 节)
        named = fest is not None and len(ws := words(fest.text[:-1])) == 1 and ws[0].pos in ("n", "vn", "nz")
        if fest is not None and not (fest is last[-1] and in_dictionary(fest.text[-2:])
                                     and (frequency(fest.text[-2:]) >= _COMMON_NODE or not named)):
            # … after a word of its name (白石镇花灯节, 第三届桃花节; not a holiday alone: 今年的元宵节, ，植树节在…)
            before = text[window + fest.start - 1 : window + fest.start] if window + fest.start > 0 else ""
            if re.match(r"[\u4e00-\u9fff\d)）]", before) and before != "的":
                return end - close - 1
    return None if head is None else end - close - len(head)


# An event's name that opens with its scope, 全 and a level (全县, 全市), then its own words.
_SCOPE = re.compile(r"全([省市县区州旗盟镇乡])([\u4e00-\u9fff“”]{4,})")


def _of_level(opening: str, level: str) -> bool:
    """Whether an event's name opens with a division of the level (县, 州 …), after its year: one the gazetteer holds
    by that level (杭州 is 杭州市, no 州), or one it does not know, written with it.

    Examples:
        >>> _of_level("2016年白沙县", "县"), _of_level("临夏州", "州"), _of_level("2016年杭州", "州"), _of_level("全县", "县")
        (True, True, False, False)
    """
    place = re.sub(r"^\d{4}年度?", "", opening)
    if not re.fullmatch(r"[\u4e00-\u9fff]{1,8}", place) or place.startswith("全") or not place.endswith(level):
        return False
    hits = [ds for b, e, _, ds in find_divisions(place) if e == len(place)]
    return not hits or any(d.name.endswith(level) for d in hits[-1])


# A name's editions and years, which name no event of their own (第三届, 首届, 2024年度).
_EDITIONS_AND_YEARS = re.compile(EDITION + r"|首次|首届|\d{4}年度?|\d{4}")
# A ceremony that opens or closes an event, after the event's name (第三届青山桃花节启动仪式, …公益行动圆愿仪式).
_CEREMONY = re.compile(r"(?:[\u4e00-\u9fff]{2})?仪式$|(?:开幕|闭幕|启动)式$")


def ceremony_of(name: str) -> int:
    """How long the named event is that a ceremony's name opens with (a festival, a game, a fair, a campaign: the
    ceremony is part of it), 0 where none: the event named beyond its kind, four characters of its own at least, years
    and editions aside (not 重点项目开工仪式, a project's; not 活动启动仪式, 第三届运动会开幕式).

    Examples:
        >>> t = "第三届青山桃花节启动仪式"
        >>> t[:ceremony_of(t)], ceremony_of("青山县重点项目开工仪式"), ceremony_of("第三届运动会开幕式")
        ('第三届青山桃花节', 0, 0)
        >>> t = "“青山有爱”关爱老人公益行动启动仪式"
        >>> t[:ceremony_of(t)], ceremony_of("青山大学图书捐赠仪式")
        ('“青山有爱”关爱老人公益行动', 0)
        >>> ceremony_of("全县统一行动启动仪式"), ceremony_of("宁乡市一系列宣传活动启动仪式"), ceremony_of("宁乡市纪念活动颁奖仪式")
        (0, 0, 0)
        >>> t = "长沙市净网行动启动仪式"  # (a campaign's name of two characters after its place)
        >>> t[:ceremony_of(t)]
        '长沙市净网行动'
    """
    m = _CEREMONY.search(name)
    if m is None:
        return 0
    inner = name[: m.start()]
    at = _head_start(inner, len(inner))
    campaign = at is None and inner.endswith(("行动", "活动"))
    if campaign:
        at = len(inner) - 2
    if at is None:
        return 0
    own = _EDITIONS_AND_YEARS.sub("", inner[:at])
    if campaign:
        # (a campaign named beyond the place that holds it, its reach and a count: not 全县统一行动, 青山县系列主题活动)
        own = own[max((e for b, e, _, _ in find_divisions(own) if b == 0), default=0) :]
        own = re.sub(r"^(?:全[省市县区镇乡村]|各[级地]?|一?系列|统一|集中)+", "", own)
    # (a campaign's own name of two characters: 长沙市净网行动)
    least = 2 if inner.endswith(("行动", "活动")) and not generic_event(own + inner[at:]) else 4
    return len(inner) if len(own) >= least and _a_held_name(inner, len(inner) - at) else 0


# A festival or a day of the year counted by its year (第35个教师节, 第三十三次全国助残日, 第25个全国爱耳日).
ANNUAL = re.compile(r"第[一二三四五六七八九十百零\d]+[个次]([\u4e00-\u9fff]{2,8}?(?:节|日))")


def annual_days(text: str) -> list[tuple[int, int]]:
    """The festivals and days of the year an article counts by their year (第35个教师节, 第22个中国记者节, 第三十三次全国
    助残日): a festival's word, or a day named for the country or the world; not a count of days (第3个工作日).

    Examples:
        >>> t = "9月10日是第35个教师节，第三十三次全国助残日，第3个工作日，第2个关键环节"
        >>> [t[b:e] for b, e in annual_days(t)]
        ['第35个教师节', '第三十三次全国助残日']
    """
    out = []
    for m in ANNUAL.finditer(text):
        name = m.group(1)
        day = name.endswith("日") and name.startswith(_DAY_OF) and len(name) >= 4
        if day or name.endswith("节") and _head_start(text, m.end()) is not None:
            out.append((m.start(), m.end()))
    return out


# The activity of a day right after its name, which names the activity, not the day (全国生态日宣传活动).
_DAYS_ACTIVITY = re.compile(r"(?:集中|主题|系列|宣传)*活动")
# How often jieba saw a word of three that closes with 日, 周 or 月 for it to be a day of the calendar, no observance's
# (工作日, 交易日, 纪念日; 权益日, 助残日, 宣传周 are rarer)
_DAYS_WORD = 100
# The parts of speech of the words that name what a day of the year is for (科普 of 全国科普日, 生产 of 全国安全生产月).
_DAYS_CAUSE = ("n", "nz", "nrt", "vn", "v", "an")


def reached_days(text: str) -> list[tuple[int, int]]:
    """The days, weeks and months of the year named by their reach without quotes or a count (今年全国科普日主题是…,
    开展全国科技活动周宣传): the reach a word of its own, then words of what the day is for, and the day's character a
    word alone after a word of two characters or more, or the end of a rare word of three; not a holiday of the
    calendar, a time, a count or a verb (中国传统节日, 全国各地今日, 全国法定工作日, 全国网民一个月, 全国人民过节), nor a
    festival (国际劳动节到来之际: a time of the year, more often than an event; :func:`annual_days` reads one counted by
    its year), nor one its activity's name goes on after (今年全国生态日宣传活动: the activity's, :func:`_observance`).

    Examples:
        >>> t = "今年全国科普日主题是科学，国际消费者权益日、中国记者节到了，中国传统节日里全国各地今日全国人民过节。"
        >>> [t[b:e] for b, e in reached_days(t)], reached_days("开展今年全国生态日宣传活动")
        (['全国科普日', '国际消费者权益日'], [])
        >>> reached_days("全国节假日期间"), reached_days("世界的读书日")  # (a time of the calendar; no name's word)
        ([], [])
        >>> reached_days("今年全国法定工作日共有250天"), reached_days("全国网民一个月平均上网")  # (a day, a count of them)
        ([], [])
    """
    if not any(r in text for r in _DAY_OF):
        return []  # (the sentence's words only where a reach is there: every sentence comes here)
    ws = words(text)
    out = []
    for i, w in enumerate(ws):
        if w.text not in _DAY_OF:
            continue
        for j in range(i + 1, min(i + 5, len(ws))):
            x = ws[j]
            alone = len(x.text) == 1 and j > i + 1 and len(ws[j - 1].text) >= 2  # (科普 + 日)
            rare = len(x.text) == 3 and x.pos != "t" and frequency(x.text) < _DAYS_WORD  # (权益日; not 工作日, 一个月)
            if x.text[-1] in "日周月" and (alone or rare):
                if not _DAYS_ACTIVITY.match(text, x.end):
                    out.append((w.start, x.end))
                break
            if x.pos not in _DAYS_CAUSE:
                break
    return out


# A system of chiefs, each answerable for a river, a lake, a forest or a field (河长制, 林长制, 田长制): the character of
# what a chief is answerable for (no numeral: 一长制), 长 and 制.
_CHIEFS = re.compile(r"[^\W\d一二三四五六七八九十两双多单首总]长制")


def chief_systems(text: str) -> list[tuple[int, int]]:
    """The programs that make chiefs answerable for a kind of place (全面推行河长制, 林长制实施以来): a chief's title
    coined for it, no word of jieba's dictionary (河长, 林长; not 家长制, 首长负责制, whose 家长 and 首长 are words),
    a word of its own, or after a division's level, that 制 closes (not 河长制止, 河长制订: :func:`_opens_a_word`), and
    no body's name it opens (县林长制办公室, 河长制工作领导小组办公室: :func:`_opens_a_body`).

    Examples:
        >>> t = "青山县全面推行河长制，落实田长制，建立河长制台账，克服家长制作风，实行首长负责制，县林长制办公室开会。"
        >>> [t[b:e] for b, e in chief_systems(t)]
        ['河长制', '田长制', '河长制']
        >>> chief_systems("村级河长制止了一起非法采砂行为。"), chief_systems("青山县实行一长制管理。")
        ([], [])
    """
    found = list(_CHIEFS.finditer(text))
    if not found:
        return []  # (the sentence's words only where a chief's system is there: every sentence comes here)
    ws = words(text)
    starts = {w.start for w in ws}
    return [m.span() for m in found
            if not in_dictionary(m.group()[:2]) and not _opens_a_word(text, m.end() - 1)
            and not _opens_a_body(text, *m.span(), ws)
            and (m.start() in starts or text[m.start() - 1 : m.start()] in "县市区镇乡")]


def _opens_a_word(text: str, at: int) -> bool:
    """Whether the character at ``at`` opens a word of jieba's dictionary with the next, no function word after it (制止,
    制订, 制度; not 制 + 为 of 以河长制为抓手).

    Examples:
        >>> _opens_a_word("河长制止", 2), _opens_a_word("河长制为", 2), _opens_a_word("河长制落实", 2)
        (True, False, False)
    """
    after = text[at + 1 : at + 2]
    return bool(after) and after not in "为的和与及在是" and in_dictionary(text[at] + after) \
        and not any(w.start == at + 1 for w in words(text))  # (河长制 + 成效: jieba's next word opens after 制)


def _opens_a_body(text: str, start: int, end: int, ws: list[Word]) -> bool:
    """Whether the name from ``start`` to ``end`` goes on, noun by noun, to a body's end (林长制办公室, 普查领导小组办公室;
    not 河长制落到实处, whose 处 closes an idiom)."""
    for w in ws:
        if w.start < end:
            continue
        if w.pos not in ("n", "nz", "nt", "ng", "vn", "j") or not re.fullmatch(r"[\u4e00-\u9fff]+", w.text):
            return False  # (a verb or an idiom after it: 河长制落到实处)
        if ends_as_a_body(text[start : w.end]):
            return True
    return False


# A census or a survey of the whole country, by its edition or its year where the text gives one (第五次全国经济普查,
# 2025年全国1%人口抽样调查): what it counts, two to eight characters, between 全国 and its kind.
_CENSUS = re.compile(r"(?:第[一二三四五六七八九十\d]+次|\d{4}年度?)?全国(?P<what>(?:\d+(?:\.\d+)?[%‰])?"
                     r"[\u4e00-\u9fff]{2,8}?)(?:普查|抽样调查)")


def censuses(text: str) -> list[tuple[int, int]]:
    """The censuses and the surveys of the whole country a text names (第四次全国农业普查, 全国1%人口抽样调查): programs
    by their names, whatever verb carries them out: what is counted a kind (:func:`_counted_kind`; not 全国已有多个省份
    完成普查, 全国妇联开展…调查: a clause), and no body's name it opens (…普查领导小组办公室) nor its staff (普查员).

    Examples:
        >>> t = "做好第五次全国经济普查，开展全国1%人口抽样调查，全国已有多个省份完成普查，全国妇联开展妇女地位抽样调查。"
        >>> [t[b:e] for b, e in censuses(t)]
        ['第五次全国经济普查', '全国1%人口抽样调查']
        >>> censuses("全国农业普查办公室主任李明来青山调研，全国共有2万名普查员。")
        []
    """
    found = [m for m in _CENSUS.finditer(text) if _counted_kind(m.group("what")) and not text.startswith("员", m.end())]
    ws = words(text) if found else []
    return [m.span() for m in found if not _opens_a_body(text, *m.span(), ws)]


def _counted_kind(what: str) -> bool:
    """Whether what a census counts reads as a kind of things (经济, 可移动文物, 自然灾害综合风险, 1%人口), not a clause:
    no numeral, adverb, pronoun, function word, body's short name or verb but 可 (已有多个省份完成, 统计系统部署人口).

    Examples:
        >>> [_counted_kind(w) for w in ("经济", "可移动文物", "1%人口", "已有多个省份完成", "统计系统部署人口")]
        [True, True, True, False, False]
    """
    ws = words(re.sub(r"[\d.]+[%‰]", "", what))
    return bool(ws) and not any(w.pos in ("m", "d", "r", "p", "c", "u", "j") or w.pos == "v" and w.text != "可"
                                for w in ws)


def _clause_start(text: str, at: int) -> int:
    """Where the clause that ``at`` stands in begins: after the last mark or space before it, but a space inside a
    quotation breaks no clause, nor a comma there (“体验新成果 助力博览会”暨…活动, “关爱老人，温暖夕阳”…: two
    phrases of one slogan).

    Examples:
        >>> t = "近日，“走进新时代 助力博览会”暨青山区少先队活动在青山举行"
        >>> t[_clause_start(t, t.index("活动")):]
        '“走进新时代 助力博览会”暨青山区少先队活动在青山举行'
        >>> t = "近日，“敬老爱老，情暖重阳”志愿服务活动"
        >>> t[_clause_start(t, t.index("活动")):]
        '“敬老爱老，情暖重阳”志愿服务活动'
        >>> t = "他说：“今年，青山县乡村振兴培训班在县委党校开班。”"  # (a quote of speech: the clause after its comma)
        >>> t[_clause_start(t, t.index("培训班")):]
        '青山县乡村振兴培训班在县委党校开班。”'
        >>> t = "他说：“今年，“书香青山”读书节在县图书馆举行。”"  # (a name quoted inside the speech)
        >>> t[_clause_start(t, t.index("读书节")):]
        '“书香青山”读书节在县图书馆举行。”'
        >>> t = "近日 青山区少先队活动"
        >>> t[_clause_start(t, t.index("活动")):]
        '青山区少先队活动'
    """
    marks = "，,。；;：:！？!?\n 　"
    start = max(text.rfind(c, 0, at) for c in marks) + 1
    while start and text[start - 1] in " 　，," and text.count("“", 0, start) > text.count("”", 0, start) \
            and _closes(text, text.rfind("“", 0, start), at):  # (the quote closes before the head: a slogan)
        start = max(text.rfind(c, 0, text.rfind("“", 0, start)) for c in marks) + 1
    return start


def _closes(text: str, opening: int, at: int) -> bool:
    """Whether the quote ``opening`` opens closes before ``at``, quotes inside it counted (a slogan's quote closes
    before its campaign's head; a speech's runs on over the names it quotes: “今年，“书香青山”读书节将…”).

    Examples:
        >>> t = "“敬老爱老，情暖重阳”志愿服务活动"
        >>> _closes(t, 0, t.index("活动")), _closes("“今年，“书香”读书节将举行。”", 0, 10)
        (True, False)
    """
    depth = 0
    for k in range(opening, at):
        depth += (text[k] == "“") - (text[k] == "”")
        if depth == 0:
            return True
    return False


def held_events(text: str, tokens: Sequence = ()) -> list[tuple[int, int]]:
    """Events named where the verb that holds them says so: as its subject, from their clause's start
    (after a time, 我市, or 由X主办的) to their head, the way a report's lead names its event in full;
    and as its object, from the verb to a head that ends the clause. ``tokens``: the tagger's words of
    ``text`` (a person and the verb after it open no event's name: 市长王五宣布…运动会开幕).

    Examples:
        >>> t = "11月7日，2023年青山水稻育种国际研讨会在青山大学召开。"
        >>> [t[b:e] for b, e in held_events(t)]
        ['2023年青山水稻育种国际研讨会']
        >>> t = "由青山大学主办的首届动物营养学术论坛于近日召开；青山学院留校学生慰问座谈会隆重举行"
        >>> [t[b:e] for b, e in held_events(t)]
        ['首届动物营养学术论坛', '青山学院留校学生慰问座谈会']
        >>> t = "学院在办公室召开了青山学院社团负责人会议，并举行2019年春节留校学生慰问座谈会。"
        >>> [t[b:e] for b, e in held_events(t)]
        ['青山学院社团负责人会议', '2019年春节留校学生慰问座谈会']
        >>> held_events("会议在青山召开。本次会议在青山召开。青山书法家协会在市图书馆举办书法展。召开了专题会议。")
        []
        >>> [t[b:e] for t in ["中国—中亚峰会在西安举行", "提升品牌——青山招生工作会议召开"] for b, e in held_events(t)]
        ['中国—中亚峰会', '青山招生工作会议']
        >>> [t[b:e] for t in ["2021年青山—白石合作座谈会以视频形式召开", "青山论坛通过视频会议方式举行"] for b, e in held_events(t)]
        ['2021年青山—白石合作座谈会', '青山论坛']
        >>> t = "5月8日，2023年青山市“敬老周”活动启动仪式暨“孝老故事汇”在青山广播电视台举行。"
        >>> [t[b:e] for b, e in held_events(t)]
        ['2023年青山市“敬老周”活动启动仪式']
        >>> from kg.tagger import Token
        >>> t = "12月5日，青山老年大学隆重举行建校三十周年纪念活动。"  # (the body right before the adverb and the verb)
        >>> [t[b:e] for b, e in held_events(t, [Token(6, 12, "青山老年大学", "ORG")])]
        ['建校三十周年纪念活动']
        >>> t = "9月3日晚，白石镇第三届“丰收杯”农民篮球联赛开幕式在镇文化广场举行。第五届青山杯联赛（青山BA）闭幕式在青山举行"
        >>> [t[b:e] for b, e in held_events(t)]
        ['白石镇第三届“丰收杯”农民篮球联赛', '第五届青山杯联赛']
    """
    people = [(t.start, t.end) for t in tokens if t.tag == "PER"]
    out = []
    for m in _HELD_BY_VERB.finditer(text):
        end = m.start()
        opening = _OPENING.search(text, 0, end)
        if opening is not None and _head_start(text, opening.start()) is not None:
            end = opening.start()  # the opening of a named event: the event (第三届农民篮球联赛开幕式在…举行: 第三届农民篮球联赛)
        at = _head_start(text, end)
        # an event joined by 暨 to a second whose name has no head we know (…启动仪式暨“爱心故事汇”在…举行): the first is
        # held there too (not before an activity, named whole below: “走进新时代 助力博览会”暨…活动)
        if at is None and (joiner := text.rfind("暨", _clause_start(text, end), end)) > 0 \
                and _head_start(text, joiner) is not None and not text.endswith("活动", 0, end):
            if opening is not None:
                at = opening.start()  # (the pair's opening: …文化节暨…消费季开幕式举行, one name, as 暨 joins names)
            else:
                end = joiner
                at = _head_start(text, end)
        # (an activity held there is an event of its own name too, four characters of it at least: 2018年纪念少先队
        # 成立69周年活动在…举行, 系列活动开幕; not 相关活动在…举行, nor the activities of those listed, X等活动)
        activity = at is None and text.endswith("活动", 0, end) and not text.endswith("等活动", 0, end)
        if activity:
            at = end - 2
        elif at is None and m.group().endswith("召开") and m.group(1) and _CONVENED.search(text, 0, end) \
                and not text.endswith(_CONVENING_BODIES, 0, end) and _CLAUSE_END.match(text, m.end()) \
                and not any(t.tag == "ORG" and t.end == end for t in tokens):
            # (what 召开 convenes where the clause says so is a meeting, whatever word its 会 closes: …全程机械化演示会在
            # …召开; not a body that convenes one named after the verb: 青山理事会召开年会, nor one the tagger reads as
            # a body: 青山慈善会在…召开; nor one only said to be held: 祝贺全国两会成功召开)
            at = end - 3
        if at is None:
            continue
        start = _clause_start(text, at)
        # a headline's slogan, then ——, then its event (…提升办学品牌——青山学院招生工作会议召开); not the —— after a
        # programme's quoted name or year (“国培计划”（2011）——青山骨干教师研修班开班典礼), nor 中国—中亚
        dash = next((d.end() for d in reversed(list(re.finditer("—{2,}", text[start:at])))
                     if not text[start:at].endswith(("）", "”"), 0, d.start())
                     and text.count("《", start, start + d.start()) == text.count("》", start, start + d.start())), 0)
        start += dash
        lead = _LEAD.match(text, start)
        if lead is not None and lead.end() < at:
            start = lead.end()
        start, acted = _name_start(text, start, at, end, people)
        if acted and not m.group(1):
            continue  # (王五宣布大会开幕: a clause about the event, not its name; only 在/于 … says it is held)
        if m.group().startswith("由") and not any(t.tag in ("LOC", "ORG") and start <= t.start and t.end <= at
                                                  for t in tokens):
            continue  # (开班仪式由王五主持, 项目集中签约仪式由…主持: the article's event by its kind, no name; a place or
            # a body names one: 白石镇产业项目集中签约仪式)
        if _a_held_name(text[start:end], end - at + 2 * activity) and not (
                activity and "、" in unquoted(text[start:end]) and not counted_parties(text[start:end])):
            out.append((start, end))  # (an activity of things listed, A、B活动, is theirs: no name)
    before = len(out)
    for m in _HOLDS_LISTED.finditer(text):
        if _MANY_HOLD.search(text, _clause_start(text, m.start()), m.start()):
            continue  # (各地举办专业性招聘会、…等: kinds that many places hold, no events)
        at = m.start(1)
        for item in m.group(1).split("、"):
            head = _head_start(text, at + len(item))  # (three characters at least before it: not 升旗仪式)
            if head is not None and _a_held_name(item, at + len(item) - head):
                out.append((at, at + len(item)))
            at += len(item) + 1
    listed = set(out[before:])
    for m in (*_HOLDS_NAMED.finditer(text), *_HOLDS_ACTIVITY.finditer(text), *_ATTENDS_NAMED.finditer(text),
              *_CONVENES_NAMED.finditer(text),
              *_SPOKEN_AT.finditer(text), *_CARRIES_NAMED.finditer(text), *_GIVES_TALK.finditer(text)):
        start, end = m.start(1), m.end(1)
        if m.re is not _HOLDS_NAMED and _DESCRIBED.search(m.group(1)) \
                or m.re is _CARRIES_NAMED and _COUNTED_EVENTS.search(m.group(1)):
            continue  # (开展三次政策宣讲座谈会: events counted, no name)
        at = _head_start(text, end)
        if at is None and m.re in (_CONVENES_NAMED, _SPOKEN_AT):
            at = end - 3  # (…调度会: a head of its kind that no table holds)
        elif at is None and m.re is _HOLDS_ACTIVITY and "、" not in unquoted(m.group(1)) and "“" not in m.group(1) and (
                _DATED_ACTIVITY.search(m.group(1))
                or any(t.tag in ("LOC", "ORG") and (start <= t.start and t.end <= end or t.end == m.start())
                       for t in tokens)):
            at = end - 2  # (not a quoted campaign's: 第一期“读书有约”沙龙活动 is 读书有约's, found by its quotes)
        if at is None:
            continue  # (the pattern ends with a head: never)
        start, _ = _name_start(text, start, at, end, people)
        name = text[start:end]
        # (as an object, five characters of its own before the head, years and editions aside, or two and quotes, a
        # title or a 届: not 召开专题会议, 召开紧急闭门会议, 2024年第一次会议)
        own = len(_EDITIONS_AND_YEARS.sub("", name)) - (end - at)
        # (or four after the year that opens it: 召开2020年誓师动员大会)
        if _a_held_name(name, end - at) and not text.startswith("（", start) \
                and (own >= 5 or (_NAMED.search(name) or _STANDING.search(name)) and own >= 2
                     or own >= 4 and YEAR.match(name)):
            out.append((start, end))
    # (events listed are each their own, not one name that runs over the list: 召开了县委常委会会议、县政府常务会议)
    return [x for x in out if x in listed or not any(x[0] <= b and e <= x[1] and (b, e) != x for b, e in listed)]


# The places or sides that hold an event together, listed and then counted: 青山市、白石区两地, 青山、白石和红星三方.
_COUNTED_PARTIES = re.compile(r"^([^、，,。“”和与]{2,10}(?:[、和与][^、，,。“”和与]{2,10})+)([两二三四五六七八九十])"
                              r"(?:地|方|省|市|县|区|镇|校)")


def counted_parties(name: str) -> bool:
    """Whether an event's name opens with the places or sides that hold it, listed and counted right after the list
    (青山市、白石区两地团干部交流活动: one event of both; not 青山、白石等地的活动, nor a count that is not theirs).

    Examples:
        >>> counted_parties("青山市、白石区两地团干部交流活动"), counted_parties("青山、白石和红星三方合作活动")
        (True, True)
        >>> counted_parties("青山市、白石区三地交流活动"), counted_parties("植树、护林活动")
        (False, False)
    """
    m = _COUNTED_PARTIES.match(name)
    return m is not None and len(re.split("[、和与]", m.group(1))) == chinese_number(m.group(2))


# The marks a division's name in a list may follow (大邑县、名山区…; or the clause's start).
_LIST_MARKS = ("", "、", "，", ",", "（", "(", "“", " ", "\u3000")
# What two parties do together, closing an event's name (…合作签约仪式, …协作交流会, …结对共建活动; not 家庭医生签约服务
# 推进会, a contract of another kind inside the name).
_TOGETHER = re.compile(r"(?:合作|签约|协作|结对|共建)(?:签约|共建)?(?:仪式|活动|会议|大会|座谈会|交流会|推进会)?$")


def listed_parties(name: str) -> bool:
    """Whether an event's name opens with two places joined by 、, 和 or 与 and names what they do together: the
    parties to it, neither where it is held (大邑县、名山区医疗合作签约仪式; not 大邑县、名山区植树活动).

    Examples:
        >>> listed_parties("大邑县、名山区医疗合作签约仪式"), listed_parties("通山县与蕲春县结对共建活动")
        (True, True)
        >>> listed_parties("大邑县、名山区植树活动"), listed_parties("大邑县医疗合作签约仪式")
        (False, False)
        >>> listed_parties("平江县、浏阳市家庭医生签约服务推进会"), listed_parties("岳阳市、平江县项目集中签约仪式")
        (False, False)
    """
    places = find_divisions(name)
    if len(places) < 2 or places[0][0] != 0 or name[places[0][1] : places[0][1] + 1] not in ("、", "和", "与") \
            or places[1][0] != places[0][1] + 1 or _TOGETHER.search(name, places[1][1]) is None:
        return False
    # (not the second inside the first: 岳阳市、平江县…集中签约仪式, held by both levels, the signing's place)
    return not any(d.parent == upper.code for d in places[1][3] for upper in places[0][3])


# How long an event lasts, said before its name: 为期两天的, 为期一周的.
_LASTING = re.compile(r"为期[^，,。；;：:“”的]{1,8}的")


# The theme an event is given before its name: 以“健康、快乐”为主题的, 以乡村振兴为主线的 (a quoted theme with a comma
# too), 主题为“…”的.
THEMED = re.compile(rf"(?:以(?:“[^“”\n]{{2,40}}”|[^，,。；;：:]{{2,40}}?)(?:{THEME_AS})|主题为“[^“”\n]{{2,40}}”)的")


# A festival or a season that names the event after a theme (春节联欢晚会, 元宵晚会, 中秋游园会).
_FESTIVE = re.compile(rf"[春夏秋冬]{{1,2}}季|元旦|春节|新春|元宵|端午|中秋|国庆|重阳|{_HOLIDAY.pattern}")  # (not a grade: 初三)


def after_theme(text: str, start: int, head: int) -> int:
    """Where an event's name that begins at ``start`` (its head at ``head``) begins without the theme it is given
    before it (以“健康、快乐”为主题的, the 以 just before ``start`` too; 主题为“…”的, its 主题为 before it): after it
    where a name of its own follows, a year's, an edition's, a quote's or a festival's (第十届青山运动会, 春节联欢晚会);
    else ``start`` (以“青春向党”为主题的演讲比赛: the theme names it).

    Examples:
        >>> t = "以“健康、快乐”为主题的第十届青山运动会"
        >>> t[after_theme(t, 0, len(t) - 3):], t[after_theme(t, 1, len(t) - 3):]
        ('第十届青山运动会', '第十届青山运动会')
        >>> t = "以“青春向党”为主题的演讲比赛"
        >>> t[after_theme(t, 0, len(t) - 2):]
        '以“青春向党”为主题的演讲比赛'
        >>> t = "主题为“欢乐祥和”的春节联欢晚会"  # (a festival's event: named by it)
        >>> t[after_theme(t, 0, len(t) - 2):]
        '春节联欢晚会'
    """
    theme = next((t for t in THEMED.finditer(text, max(0, start - 3), head) if t.end() > start), None)
    # (an edition counted by 次 or 个 too: …为主题的青山区第二十次全国爱耳日活动; or a division opening the name:
    # …为主题的宜昌市五一劳动节庆祝大会)
    if theme is None or not (_NAMED.search(text, theme.end(), head) or YEAR.match(text, theme.end())
                             or ANNUAL.search(text, theme.end(), head) or _FESTIVE.match(text, theme.end())
                             or any(b == 0 for b, _, _, _ in find_divisions(text[theme.end() : head]))):
        return start
    return theme.end()


def _name_start(text: str, start: int, at: int, end: int, people: Sequence[tuple[int, int]] = ()) -> tuple[int, bool]:
    """Where a held event's name starts in ``text[start:end]`` (its head at ``at``), and whether it starts after
    an actor's verb: after someone who acts and their verb (市长王五宣布…, 王五同志宣布…: a person or a title, then
    a verb that bounds names; not a body, whose verb may name the event: 青山公司成立大会), after 的 that ends a description (由X主办的, 简短而庄严的; not 党的, nor a 的 in
    quotes), after what the clause says of the event (热烈祝贺…大会; a time: “十四五”开局之年…), after an event of
    its own joined by 和 (青山科技大会和青山院士大会第二次全体会议: the second is held here), and at the 纪念/庆祝 of
    an anniversary (青山集团党委庆祝建厂60周年大会: the body holds the event its name opens).

    Examples:
        >>> t = "热烈祝贺青山市第五次党代会"
        >>> b, _ = _name_start(t, 0, len(t) - 3, len(t)); t[b:]
        '青山市第五次党代会'
        >>> t = "市委书记王五宣布青山运动会"
        >>> b, actor = _name_start(t, 0, len(t) - 3, len(t), [(4, 6)]); t[b:], actor
        ('青山运动会', True)
        >>> t = "以“健康、快乐”为主题的第十届青山运动会"
        >>> t[_name_start(t, 0, len(t) - 3, len(t))[0]:]
        '第十届青山运动会'
        >>> t = "全县少年宫副校长集中聘任仪式"
        >>> t[_name_start(t, 0, len(t) - 2, len(t))[0]:]
        '全县少年宫副校长集中聘任仪式'
        >>> t = "以“青春向党”为主题的演讲比赛"
        >>> t[_name_start(t, 0, len(t) - 2, len(t))[0]:]
        '以“青春向党”为主题的演讲比赛'
    """
    quoted = [(q.start(), q.end()) for q in re.finditer(r"“[^”]*”|《[^》]*》", text[start:end])]
    # the words up to the head, over the marks between them (由A、B联合举办的…: 、 cuts jieba's blocks), not those of a
    # title or a quote inside the name (《王五谈读书》出版座谈会: no one acts there)
    ws: list = []
    pos = start
    while pos < at:
        block = clause_words(text, pos)
        ws += [w for w in block if start <= w.start and w.end <= at and (not ws or w.start >= ws[-1].end)
               and not any(b <= w.start - start < e for b, e in quoted)]
        pos = max(pos, block[-1].end) + 1 if block else pos + 1
    persons = {e for _, e in people}
    bounds = boundary_words()
    # (the verb's 了 with it: 副县长李四宣布了…活动启动)
    # (not a verb that only says how the act the head is named by is done: 副校长集中聘任仪式, a ceremony of appointing)
    acts = [w.end + text.startswith("了", w.end) for i, w in enumerate(ws)
            if i > 0 and w.pos == "v" and w.text in bounds and (
        ws[i - 1].end in persons or ws[i - 1].pos.startswith("nr")
        or ws[i - 1].text.endswith(("书记", "长", "主任", "同志", "委员")))
            and not (i + 1 < len(ws) and ws[i + 1].end == at and ws[i + 1].start == w.end and ws[i + 1].pos == "v")]
    described = [w.end + 1 for w in ws if text.startswith("的", w.end) and not w.pos.startswith(("n", "j", "r", "m", "q"))
                 and not any(b <= w.end - start < e for b, e in quoted)]  # (主办的, 庄严的; not 党的, 方略的)
    cuts = [*described]
    cuts += [after_theme(text, start, at)]
    if text.startswith("由", start):  # 由X指导的…: who holds it, whatever jieba reads its verb as (指导, a noun)
        cuts += [start + k + 1 for k in range(at - start) if text[start + k] == "的"
                 and not any(b <= k < e for b, e in quoted)][:1]
        # (由X主办“…”, with no 的: the host's verb, whatever jieba reads it as, a distinguishing word)
        cuts += [h.end() for h in _HOST_VERB.finditer(text, start, at)]
    cuts += [w.end for w in ws if _GOVERNS.search(w.text[-2:])]  # (热烈祝贺, 确保; not 服务 of 服务业)
    cuts += [t.end() for t in _TIME_AFTER_QUOTE.finditer(text, start, at)]
    cuts += [t.end() for t in _LASTING.finditer(text, start, at)]  # (为期两天的…培训班: how long it lasts, no name)
    cuts += [start + j.end() for j in re.finditer("[和及]", text[start:at])
             if text.endswith(_HELD_HEADS, 0, start + j.start())]
    # (a verb's 了 ends the words before the name, whoever acts: 与领导共同启动了青山樱花节活动启幕; not 了解, nor the 了
    # that opens the name after the verb's: 举办了了凡四训读书会)
    cuts += [start + k + 1 for k in range(at - start) if text[start + k] == "了" and text[start + k + 1] != "解"
             and text[start + k - 1] != "了" and not any(b <= k < e for b, e in quoted)]
    if text.startswith("党的", start) and re.match(r"[一二三四五六七八九十\d]", text[start + 2 : start + 3]):
        cuts.append(start + 2)  # (党的二十届三中全会 is 二十届三中全会)
    first = max([start, *cuts])
    acted = max(acts, default=start)
    begin = max(first, acted)
    anniversary = _MARKS.search(text, begin, end)
    if anniversary is not None and "暨" in text[begin : anniversary.start()]:
        anniversary = None  # (“…”暨2018年青山区纪念…周年活动: one name of two joined, the anniversary's the second)
    return (anniversary.start() if anniversary is not None else begin), acted > start and acted >= first


def _a_held_name(name: str, least: int) -> bool:
    """Whether a held event's name is one: two characters more than ``least`` (its head's length) at least
    (not 会议), within bounds, no pointer back nor a count (本次会议, 多场论坛), not opening with 在 (主席在…),
    with no verb that holds or attends in it, its quotes and brackets closed.

    Examples:
        >>> _a_held_name("社团负责人会议", 2), _a_held_name("会议", 2), _a_held_name("本次座谈会", 3)
        (True, False, False)
        >>> _a_held_name("青山学院招生工作第一次会议", 2), _a_held_name("2024青山在线教育大会", 2)
        (True, True)
        >>> _a_held_name("对口帮扶工作座谈会", 3), _a_held_name("对青山大学的座谈会", 3)
        (True, False)
    """
    return not (len(name) < least + 2 or len(name) > MAX_EVENT + 8 or _POINTS_BACK.search(name)
                or name.startswith(("在", "于", "并", "该", "这", "此", "其", "上述"))
                or re.search(ATTEND_VERB + "|开展", name)
                or any(w.text in ("在", "并", "对") for w in words(name))  # (主席在…论坛, 会谈并…; not 在线, 对口)
                or name.count("“") != name.count("”") or name.count("《") != name.count("》")
                or name.count("（") != name.count("）"))


def inside_a_body(head: tuple[int, int], bodies: list[tuple[int, int]]) -> bool:
    """Whether a project's head lies inside a body's name that goes on after it and opens before it (工程 of
    青山工程大学, 项目 of 青山项目管理公司): the recognizers' bodies, as document offsets; not a body that opens with
    the head, a walk cut short there (项目建设指挥部 of 青山县污水治理项目建设指挥部: the project's name goes on before).

    Examples:
        >>> inside_a_body((2, 4), [(0, 6)]), inside_a_body((2, 4), [(0, 4)]), inside_a_body((2, 4), [(2, 9)])
        (True, False, False)
    """
    return any(b < head[0] and head[1] < e for b, e in bodies)


def _of_its_kind(gap: str) -> bool:
    """Whether the words between a title or an anniversary and an event's head say what kind of event it is.

    Examples:
        >>> _of_its_kind("专题"), _of_its_kind(""), _of_its_kind("之际举行"), _of_its_kind("并举办读书"), _of_its_kind("后参加")
        (True, True, False, False, False)
    """
    return not _NOT_A_KIND.search(gap) and not any(w.pos == "v" for w in words(gap))


def _clause(text: str) -> bool:
    return not re.search(r"[，,。；;：:！？!?、]", text)


def _held_in(text: str, start: int, end: int) -> bool:
    """Whether the words from ``start`` to ``end`` say where something is held (在 or 于, the prepositions): what
    follows is the venue, no part of an edition's name (第十期“青山沙龙”在三楼会议室举行).

    Examples:
        >>> t = "第十期“青山沙龙”在三楼会议室举行"
        >>> _held_in(t, 3, t.index("会议")), _held_in("第三届在线教育大会", 3, 7)
        (True, False)
    """
    return any(w.text in ("在", "于") and w.pos == "p" for w in words(text[start:end]))


# A body's session after its name (丽水开化商会四届一次会员大会): its term and its meeting in it.
SESSION = re.compile(r"第?[一二三四五六七八九十\d]{1,3}届(?:第?[一二三四五六七八九十\d]{1,3}次)?")
# A quoted slogan, then a dash, before an event's name (“青山焕新颜，古村迎新春”——2025青山新春民俗文化节).
_SLOGAN = re.compile(r"“([^“”\n]{2,14}[，, \u3000、！!][^“”\n]{2,14})”—{1,2}")  # (two phrases: not “欢乐春节”)


def after_slogan(text: str, start: int, end: int) -> int:
    """Where an event's name that a span from ``start`` to ``end`` holds begins without the quoted slogan and the dash
    that open it (“灯火映新春，古村焕华光”——2025青山新春民俗文化节); ``start`` where no slogan opens it, or the quote is
    a programme's name, one phrase (“我们的节日·春节”——…: the programme's part).

    Examples:
        >>> t = "“灯火映新春，古村焕华光”——2025青山古村新春民俗文化节"
        >>> t[after_slogan(t, 0, len(t)):]
        '2025青山古村新春民俗文化节'
        >>> t = "“我们的节日·春节”——青山县民俗文化节"
        >>> t[after_slogan(t, 0, len(t)):]
        '“我们的节日·春节”——青山县民俗文化节'
        >>> t = "“灯火映新春，古村焕华光”——灯会"  # (what is left too short for a name of its own)
        >>> t[after_slogan(t, 0, len(t)):]
        '“灯火映新春，古村焕华光”——灯会'
    """
    m = _SLOGAN.match(text, start, end)
    if m is None or end - m.end() < 4:
        return start
    return m.end()


# The rest of a list counted after its first item (青山公司等12个项目): a name's description, no name.
_COUNTED_LIST = re.compile(r"等[\d一二两三四五六七八九十百几多]+[个项家所批]")
# The committee that runs an event, named right after it: 组委会, 执委会 (第九届全省运动会执委会 is a body).
_COMMITTEE = re.compile(r"组委会|执委会|筹委会|组织委员会|执行委员会")


def _occurrences(text: str, forms: tuple[str, ...]) -> Iterator[tuple[int, int]]:
    """Where the ``forms`` of a name stand in ``text``, left to right and none overlapping, the first form where two
    start at one offset (as a pattern of the forms in turn would match, without making one per name).

    Examples:
        >>> list(_occurrences("“青山行动”与青山行动", ("“青山行动”", "青山行动")))
        [(0, 6), (7, 11)]
    """
    at = 0
    while True:
        found = [(k, i) for i, f in enumerate(forms) if (k := text.find(f, at)) >= 0]
        if not found:
            return
        k, i = min(found)
        at = k + len(forms[i])
        yield k, at


@register("initiative", finds_mentions=True, rank=1)
def extract(doc: Document, mentions: list[Mention]) -> list[Mention]:
    """Initiative mentions, with ``canonical`` set to the bare name."""
    out: list[Mention] = []
    names: set[str] = set()
    tag_documents([doc])
    for m in mentions:
        if m.type == "Organization" and congress(m.text):
            out.append(Mention(m.start, m.end, "Initiative", m.text, m.article))  # wins over the body's mention
    bodies: dict[int, list[tuple[int, int]]] = {}
    for m in mentions:
        if m.type == "Organization":
            bodies.setdefault(m.article, []).append((m.start, m.end))
    for a in doc.articles:
        for s in a.sentences:
            text = s.text
            spans = []
            places = [(t.start, t.end) for t in s.tokens if t.tag == "LOC"]
            place_ends = {e for _, e in places}
            for m in _QUOTED_WITH_HEAD.finditer(text):
                if m.group(2).startswith("等") and "、" in m.group(1):
                    continue  # (“禁毒、反诈”等专项行动: kinds listed in one quotation, each no name)
                if _a_manner(m.group(1)):
                    continue  # (“沉浸式”学习体验活动, “五星级”评选: how it is done or rated, no name)
                if _HOLIDAY.fullmatch(m.group(1)) and _FESTIVAL_ACTIVITY.fullmatch(m.group(2)):
                    continue  # (“六一”儿童节活动, “三八”节庆祝活动: a festival's activities, no name)
                if m.group(2).startswith("等"):
                    spans.append((m.start(), m.start(2), m.group(1)))
                elif (edition := _EDITION_BEFORE.search(text, max(0, m.start() - 16), m.start())) \
                        and not any(w.pos.startswith("v") and w.pos != "vn" for w in words(edition.group(1))) \
                        and not _OWN_EVENT.search(edition.group(1)):
                    # an edition of it (第五届全区政务公开日“X”活动): an event of its own, named in full
                    spans.append((edition.start(), m.end(), text[edition.start() : m.end()]))
                elif any(m.start(2) <= b and e <= m.end() for b, e in places) or find_divisions(m.group(2)):
                    # the campaign held in a place (2023年“青山行”白石义诊活动): an event of its own, named in full
                    # with its quotes, as the golds name it (the campaign is one where the text names it alone)
                    b = dated_start(text, m.start())
                    spans.append((b, m.end(), text[b : m.end()]))
                elif (observed_day(m.group(1)) or _DATE_QUOTED.fullmatch(m.group(1))) \
                        and not _CLAUSE_AFTER_QUOTE.search(m.group(2)) and not _JOINED_QUOTE.search(text, 0, m.start()):
                    # the activity of a day observed each year: the event, its count, scope and year opening it (not
                    # one joined to another's name: “税收宣传月”暨“全国税收宣传日”系列活动)
                    b = _DAYS_COUNT_BEFORE.search(text, max(0, m.start() - 10), m.start()).start()
                    b = dated_start(text, b)
                    e = m.end()
                    if m.group(2).endswith(("周", "月", "日")) and (its := _ITS_ACTIVITY.match(text, e)):
                        e = its.end()  # (…宣传周 + 活动: the week's activity; not …系列活动 + 活动周)
                    spans.append((b, e, text[b:e]))
                elif (lead := placed_before(text, m.start(), s.tokens)) is not None:
                    # a place and a season right before the quote name the place's edition of it in full
                    # (白沙市秋季“乡村舞台”巡回演出活动)
                    spans.append((lead, m.end(), text[lead : m.end()]))
                else:
                    spans.append((dated_start(text, m.start()), m.end(), m.group(1)))
            for m in (*_TITLED.finditer(text), *_ANNIVERSARY.finditer(text)):
                if _of_its_kind(m.group(1)):
                    spans.append((m.start(), m.end(), m.group()))
            for m in _QUOTED_JOINED.finditer(text):
                if not any(b <= m.start() < e for b, e, _ in spans):
                    spans.append((m.start(), m.end(), m.group(1)))
            for m in (*QUOTED_SELF.finditer(text), *_QUOTED_EVENT.finditer(text)):
                if not any(b <= m.start() < e for b, e, _ in spans):
                    spans.append((m.start(), m.end(), m.group(1)))
            means = [m.span(1) for m in _AS_MEANS.finditer(text) if not words(m.group(1))[0].pos.startswith("v")
                     and not _POINTS_BACK.match(m.group(1))]  # (以此次观摩活动为契机: the article's, named before)
            for b, e in [*carried_campaigns(text, doc.text), *means]:
                if not any(x < e and b < y for x, y, _ in spans):
                    spans.append((b, e, text[b:e]))
            for b, e in joined_activities(text):
                if not any(x < e and b < y and not (b <= x and y <= e) for x, y, _ in spans):
                    spans = [x for x in spans if not (b <= x[0] and x[1] <= e)]
                    spans.append((b, e, text[b:e]))
            lac = {t.start: t.tag for t in s.tokens}
            on_routes = routes(s)
            for m in _PROJECT.finditer(text):
                if inside_a_body(s.span(m.start(), m.end()), bodies.get(a.index, [])):
                    continue  # 工程 of 哈尔滨工程大学: no project
                if _PROJECTS_POST.match(text, m.end()):
                    continue  # 项目经理, 工程部…: a post or a unit of a body, no project (青山公司项目经理王五)
                # a project's name holds what is built (灾后恢复重建项目)
                # (numbers and units may stand in it: 博源集团30万吨合成氨项目), but opens with no verb
                # (了解…项目), and a count of projects is none (45个投资亿元以上重点项目)
                walk = name_start(text, m.start(), _PROJECT_POS, lac, bounds=frozenset(), verbs=False)
                b = _open_on_a_name(text, walk, m.start(), lac)
                b = after_titles(text, b, m.start())  # (a person's title opens no project's name)
                b = _open_on_a_name(text, b, m.start(), lac)  # (nor the verb after it: 县领导调研白石镇…项目)
                # a verb of holding, visiting or inspecting, right after a place inside it or read as a verb, governs
                # what follows, the place its subject (青山市举行冬季招商项目签约活动: 举行's object; 在青山镇检查重点
                # 项目; not 延伸 of 白石镇辣椒产业延伸项目, 新建 of 白石镇新建污水处理厂项目, nor a company's 年产 of
                # 青山集团年产40万件…项目)
                b = max([b, *(t.end for t in s.tokens if b < t.start and t.end <= m.start()
                              and (t.start in place_ends or t.tag == "v") and _HOLDS_OR_VISITS.fullmatch(t.text))])
                b = max([b, *(t.end for t in s.tokens if b < t.start and t.end <= m.start() - 4 and t.tag == "v"
                              and _BEGINS_WORKS.fullmatch(t.text) and not _FIRST_ZONE.match(text, t.end))])
                # a kind of works the tagger reads as one noun right after a verb is the verb's object, no name
                # (加大水利工程建设投入, 抓好民生工程)
                glued = next((t for t in s.tokens if t.start < m.start() < t.end and t.tag == "n"), None)
                if glued is not None and any(t.end == glued.start and t.tag == "v" for t in s.tokens):
                    continue
                # a count of what is built, right after the place and the year that name the project, is part of
                # its name (青山县2024年度12座山塘水库清淤整治工程; not 45个…项目, a count of projects)
                built = _BUILT_COUNT.search(text, 0, b)
                place = next((t for t in s.tokens if built and t.tag == "LOC" and t.end == built.start()), None)
                b = place.start if place is not None else b
                # the year the works are of, and the place right before it, open its name (青山省2021年度…试点工程;
                # not 青山县2023年度重点项目, the year's key projects: four characters of what is built at least)
                year = re.search(r"(?<![\d—–\-~～至到])\d{4}年度?$", text[:b])  # (not a range's end: 2022—2023年度)
                if year and m.start() - b >= 4:
                    place = next((t for t in s.tokens if t.tag == "LOC" and t.end == year.start()), None)
                    b = place.start if place is not None else year.start()
                # a route named by its two places opens the name of the works on it (信阳至南阳铁路改建工程)
                b = next((x for x, y in on_routes if x < b < y <= m.start()), b)
                named = any(t.tag in ("ORG", "LOC") and b <= t.start and t.end <= m.start() for t in s.tokens)
                free = not any(x <= b < y or x < m.end() <= y for x, y, _ in spans)
                # (or the object of a signing, which names one project: 签订了5万吨冷库建设项目)
                signed = _SIGNED.search(text, 0, b) is not None and m.start() - b >= 4
                # (or a named place's, a name the tagger reads in it: 王家沟水库项目, not 白石镇项目)
                works = named and _named_works(text[b : m.start()])
                if (named and m.start() - b >= 6 or signed or works) and free \
                        and not _COUNTED.search(text, b, m.start()):
                    spans.append((b, m.end(), text[b : m.end()]))
                    continue
                # a project with a proper name of its own, a word the dictionaries mark as one (南水北调工程,
                # 三峡工程): the tagger's or jieba's nz
                proper = [w.start for w in clause_words(text, m.start()) if w.pos == "nz" and w.end - w.start >= 2
                          and (w.end == m.start() and w.end - w.start >= 4 or w.end == m.end() and w.start < m.start())]
                proper += [t.start for t in s.tokens if t.tag == "nz" and t.end == m.start() and t.end - t.start >= 4]
                if proper:
                    # the nouns before a proper project word are its name too (农村饮水 of …安全工程)
                    b = min(proper)
                    for w in reversed([w for w in clause_words(text, b) if w.end <= b]):
                        if w.end != b or w.pos != "n" or lac.get(w.start) in ("v", "vd"):
                            break  # (建设 of 建设伟大工程: a verb)
                        b = w.start
                    if not any(x < m.end() and b < y for x, y, _ in spans):
                        spans.append((b, m.end(), text[b : m.end()]))
            # a phase of a named project: 协鑫光伏二期 (the company's name, then the phase)
            for t in s.tokens:
                phase = _PHASE.match(text, t.end)
                if t.tag in ("ORG", "nz") and len(t.text) >= 2 and phase and not any(x < phase.end() and t.start < y
                                                                                  for x, y, _ in spans):
                    spans.append((t.start, phase.end(), text[t.start : phase.end()]))
            for b, e in held_events(text, s.tokens):
                # (a span it holds is part of its name; one it crosses, or the same span, stays as it is)
                if not any(x < e and b < y and not (b <= x and y <= e) or (x, y) == (b, e) for x, y, _ in spans):
                    spans = [x for x in spans if not (b <= x[0] and x[1] <= e)]
                    spans.append((b, e, text[b:e]))
            events = [(m.start(), m.end()) for m in _EVENT.finditer(text)]
            events += [(m.start(), m.end() + (text[m.end() : m.end() + 1] == "”")) for o in _ORDINAL.finditer(text)
                       if _numbered(o.group())
                       for m in [_ORDINAL_HEAD.search(text, o.end(), o.end() + 24)
                                 or (_FAIR.match(text, o.end()) or _festival(text, o.end()) if o.group().endswith("届")
                                     else None)]
                       if m and _clause(text[o.end() : m.start()]) and not _held_in(text, o.end(), m.start())]
            anchored: dict[tuple[int, int], set[int]] = {}  # a contest's head: where its year or edition starts
            ordinals = {k for o in _ORDINAL.finditer(text) for k in range(o.start(), o.end())}
            holders = {(t.start, t.end) for t in s.tokens if t.tag in ("LOC", "ORG")}
            for o in _ORDINAL.finditer(text):
                sports = _SPORTS.search(text, o.end(), o.end() + 20)
                if sports and _PART_OF_A_STAGE.match(text, sports.end()):  # (…大赛决赛环节: the contest, a part of it)
                    sports = _CONTEST.match(text, sports.start())
                if (sports and (_numbered(o.group()) or YEAR.fullmatch(o.group()))
                        and _clause(text[o.end() : sports.start()])
                        and not re.search(r"[第个的]", text[o.end() : sports.start()])):  # (…开幕后的第六个比赛)
                    anchored.setdefault((sports.start(), sports.end()), set()).add(o.start())
            events += list(anchored)
            for head, end in sorted(set(events)):
                quoted = _quoted_event(text, head, end)
                if quoted is not None:
                    b, end = quoted
                    if not any(x <= b < y or x < end <= y for x, y, _ in spans):
                        spans.append((b, end, text[b + 1 : end - 1]))
                    continue
                b = _event_start(text, head, lac)
                if (head, end) in anchored:
                    # the walk stopped at a word that may bound a body's name (应急 of 2023年防汛应急演练), a field's words
                    # all the way from the year or the edition to the head
                    b = min([b, *(x for x in anchored[(head, end)]
                                  if _field_words(text, _ORDINAL.match(text, x).end(), head))])
                if b == head or (head, end) in anchored and not any(
                        b <= x and (all(k in ordinals for k in range(b, x)) or (b, x) in holders
                                    and "会" not in text[_ORDINAL.match(text, x).end() : head])
                        for x in anchored[(head, end)]):
                    # (the walk reaches its edition, or a year just before it: 2023年第三届…大赛; or the place or the
                    # body whose edition it is: 青山县第三届…大赛, not where the games' own name stands between, its
                    # 竞赛 a word of the games': 北京2022年冬奥会竞赛日程)
                    continue
                if _KIND_OF_LISTED.search(text, b, head):
                    continue  # “清风行动”等专项行动: the kind of those listed, named each in its quotation
                end = held_jointly(text, end)
                if text.startswith(_BODY_OR_EVENT, head) and not _HELD_BEFORE.search(text, 0, b):
                    continue  # 华裔联谊会会长: an association; 举办肾友联谊会: a get-together
                # a quoted name inside the event's name is part of it (2023“品牌强国工程”推介会)
                spans = [x for x in spans if not (b <= x[0] and x[1] <= end)]
                if not any(x <= b < y or x < end <= y for x, y, _ in spans):
                    spans.append((b, end, text[b:end]))
            headline = headline_kind(text) if s.kind == "headline" else []
            for b, e in (_ceremonies(s.tokens) + headline + annual_days(text) + reached_days(text) + chief_systems(text)
                         + censuses(text)):
                if not any(x < e and b < y for x, y, _ in spans):
                    spans.append((b, e, text[b:e]))
            for b, e, name in spans:
                if _COUNTED_LIST.search(text, b, e):
                    continue  # (青山公司等12个项目的开工仪式: the event of those counted, no name)
                if name == text[b:e]:
                    # (a body's short name given in brackets before its event opens no part of the event's name:
                    # 青山商会（以下简称“青商会”）第一次会员大会)
                    b = max([b, *(c.end() for c in CALLED.finditer(text, b, e))])
                    b = after_slogan(text, b, e)
                    # (a body's session that the walk began inside the body's name begins with the body: 商会 of
                    # 丽水开化商会四届一次会员大会, where jieba reads 开化 as a verb; the body is read inside it, names.py)
                    at = s.span(b, e)[0]
                    b = next((b - (at - x) for x, y in bodies.get(a.index, []) if x < at < y and y - at <= 4
                              and SESSION.match(text, b + y - at)), b)
                    # (a first edition right before the name is its: 首届青山音乐节; it opens none by itself, 首届毕业生)
                    b -= 2 if text.endswith("首届", 0, b) else 0
                    name = text[b:e]
                if committee := _COMMITTEE.match(text, e):
                    # (an event's committee, 第九届全省运动会执委会: a body, named with the event's name and the place
                    # right before it: 青山县第十届运动会组委会)
                    b = next((x for x, y in places if y == b), b)
                    start, end = s.span(b, committee.end())
                    out.append(Mention(start, end, "Organization", text[b : committee.end()], a.index))
                    continue
                start, end = s.span(b, e)
                name = name.strip()
                if re.fullmatch(r"《[^《》]+》", name):
                    name = name[1:-1]  # (an exhibition by its title alone: 《青山老照片特展》)
                out.append(Mention(start, end, "Initiative", text[b:e], a.index, canonical=name))
                names.add(name)
    # Second pass: other occurrences of a known name, quoted or bare (if long enough to be unambiguous).
    taken = {(m.article, m.start) for m in out}
    for name in sorted(names, key=len, reverse=True):
        forms = (f"“{name}”", name) if len(name) >= 4 else (f"“{name}”",)
        for a in doc.articles:
            for s in a.sentences:
                for b, e in _occurrences(s.text, forms):
                    start, end = s.span(b, e)
                    if any(x.article == a.index and x.start <= start < x.end for x in out):
                        continue
                    if (a.index, start) not in taken:
                        taken.add((a.index, start))
                        out.append(Mention(start, end, "Initiative", s.text[b:e], a.index, canonical=name))
    # a name less its edition is the same event (a headline's 青山学院招生工作会议 for the body's 青山学院招生工作第一次会议)
    edition: dict[str, set[str]] = {}
    for name in names:
        bare = re.sub(EDITION, "", name, count=1)
        if bare != name and bare in names:
            edition.setdefault(bare, set()).add(name)
    for i, m in enumerate(out):
        full = edition.get(m.canonical or m.text)
        if full is not None and len(full) == 1:
            out[i] = replace(m, canonical=next(iter(full)))
    # a name that opens with its scope (a headline's 全县防汛工作会议) is the one that opens with a division of that
    # level instead, and its year (the body's 2016年青山县防汛工作会议), where that one is held, not looked back on
    # (…会议以来: an earlier one)
    held = {x.canonical or x.text for x in out if not doc.text.startswith(("以来", "精神"), x.end)}
    for i, m in enumerate(out):
        scope = _SCOPE.fullmatch(m.canonical or m.text)
        if scope is not None:
            rest = scope.group(2)
            full = {n for n in held if n.endswith(rest) and _of_level(n[: -len(rest)], scope.group(1))}
            if len(full) == 1:
                out[i] = replace(m, canonical=next(iter(full)))
    out.sort(key=lambda m: (m.article, m.start))
    return out
