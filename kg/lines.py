"""What a line of a news page is: dateline, byline, furniture, headline candidate or caption.

Chinese news opens with a **dateline** (who sent it from where and when: 本报讯, 本报天津讯,
天津日报讯, 红网3月1日讯, 新华社北京3月1日电, 央视网消息：), often followed by the **byline**
(（记者 李四 通讯员 王五）); a byline also stands on its own line (（天津日报记者 李四）, 文/图 李四,
作者：李四, 记者 李四 报道) or closes the last paragraph. Around the article a web page puts
**furniture** (发布时间：…, 浏览次数：…, 责任编辑：…, 分享到, 首页 > 新闻) and a printed page its
headers and jump lines. These tests read one line at a time; :mod:`kg.text` puts them together
into articles, and :mod:`kg.extract.byline` reads the names.

Examples:
    >>> leading_byline("本报天津讯（记者 李四）近日，新桥通车。")
    (12, 5)
    >>> is_byline_line("（天津日报记者 李四）"), is_furniture("浏览次数：88"), is_caption("座谈会现场")
    (True, True, True)
"""
from __future__ import annotations

import re
from functools import lru_cache

from .gazetteer import named
from .levels import CHARS as LEVEL_CHARS
from .surnames import COMMON, split_names
from .surnames import table as surname_table
from .surnames import count as surname_count
from .towns import towns
from .words import in_dictionary, words

_TERMINAL = "。！？!?；;…"
CLOSERS = "”’」』)）】"
BODY_PUNCT = re.compile(r"[。，,；;：:]")

# A dateline: who sends the story, from where and when, then 讯 / 电 / 消息 (本报讯, 本报天津讯,
# 天津日报讯, 红网3月1日讯, 新华社北京3月1日电, 央视网消息（新闻联播）：). 电 always comes with a date
# or a news agency (…社). A space may part the source from a city and date (青山网 北京3月1日电).
_SOURCE = (r"(?:本报|本刊|本台|本网|(?:本报)?又(?=讯(?:[（(\s\u3000]|\d|$))|"
           r"(?:[\u4e00-\u9fffA-Za-z·]{2,8}[-－—/／])?[\u4e00-\u9fffA-Za-z·]{1,12}?"
           r"(?:报(?:[\u4e00-\u9fff]{1,3}版)?|网站?|社|台|在线|客户端|新闻|APP|中心|融媒(?!体)))")  # (a paper's edition: 青山日报农村版)
# A paper, agency, site or news brand (本报, 青山日报农村版, 青山传媒), after the apps or sites it is posted by (青山云/青山日报).
OUTLET = re.compile(rf"(?:[\u4e00-\u9fffA-Za-z]{{2,8}}[/／])*(?:{_SOURCE}|[\u4e00-\u9fffA-Za-z·]{{1,12}}?传媒)")
# The day (本报21日讯: the day alone), and the hour it was sent at (华龙网9月28日18时讯, 16时52分)
_WHEN = (r"(?:(?:\d{1,2}月\d{1,2}日|[一二三四五六七八九十]{1,3}月[一二三四五六七八九十]{1,3}日|\d{1,2}日)"
         r"(?:\d{1,2}时(?:\d{1,2}分)?)?)")
DATELINE = re.compile(
    r"^(?:[○●◆◇■□★☆▲△◎][ \u3000]{0,2})?"  # (a printed page's mark before it: ○本报讯 记者 李四 …)
    rf"(?P<source>{_SOURCE})(?:[（(]{_SOURCE}[）)])?"  # (the site's other name in brackets: 青山网(青山日报网)讯)
    rf"(?:[ \u3000](?=(?:[\u4e00-\u9fff]{{2,6}}?[ \u3000]?)?{_WHEN}))?"
    rf"(?:[-－—](?=[\u4e00-\u9fff]{{2,6}}?{_WHEN}))?"  # (a site, then its channel: 青山网-感知青山5月24日讯)
    rf"(?P<city>(?:(?!记者|通讯员)[\u4e00-\u9fff]){{2,6}}?)?(?:[ \u3000](?={_WHEN}))?(?P<date>{_WHEN})?"
    # (or the city after the date: 青山网4月19日白沙电)
    rf"(?(date)(?P<then>(?:(?!记者|通讯员)[\u4e00-\u9fff]){{2,6}}?)?)"
    r"(?:(?P<kind>(?<![通喜资快简短电视])讯(?!员)|消息|(?<![贺唁致来急通专供发用充停断])电"  # not 通讯, 贺电 …
    r"|(?<=日)综合(?=[（(]))"  # (a report compiled from several: 红网3月1日综合(记者 李四))
    # a county's media centre names itself before its byline (青山融媒（记者 李四）, 青山县融媒体中心（记者 李四）), a site
    # before a colon (青山网：（记者 李四）); an app's report (云上青山报道（记者 李四）, 云上白石报道:(通讯员 李四); not
    # 据…报道, 相关报道: what was reported, :func:`_reporting_outlet`)
    r"|(?<=融媒|中心)(?=[ \u3000]?[（(](?:记者|通讯员))|(?<=报)道(?=[ \u3000]?[：:]?[（(](?:记者|通讯员))"
    r"|(?=[：:][（(](?:记者|通讯员)))"
    r"(?:[（(][^（）()：:，。]{1,12}[）)](?=[：:]))?[：:]?"
)
# A body's own news with its authors' names in brackets after it, whatever the body, and then the day the report
# opens with (青山集团新疆消息(李四 王五)10月8日，…, 青山廉政讯(李四  王五)8月16日，…; not 传来好消息(李四摄)今年…,
# 据悉消息(张三)称, nor a word of the dictionary that ends in 讯, 喜讯, 死讯, 审讯: :func:`_news_of`; nor 捷讯). The
# groups city and date never take part: they are there for :func:`dateline`'s callers, as in :data:`DATELINE`.
_NEWS_OF = re.compile(r"^(?P<source>[\u4e00-\u9fff]{2,12}?)(?P<city>(?!))?(?P<date>(?!))?"
                      r"(?P<kind>消息|(?<!捷)讯)"
                      r"(?=[（(](?P<names>[\u4e00-\u9fff·]{2,4}(?:[ \u3000、]{1,3}[\u4e00-\u9fff·]{2,4}){0,5})(?<!摄)[）)]"
                      rf"[\s\u3000]*(?:$|{_WHEN}|近日|日前|今天|昨天|今日|昨日))")  # ($: the byline cut from its line)
# A place's or a site's news with its reporter's role after it, no paper named (白石镇讯 通讯员李四报道, 红旗村讯（记者
# 李四）, 青山风5月11日讯(通讯员 李四)): the role word required, as a body's 喜讯 or 资讯 has none (the groups city and
# then never take part, as in _NEWS_OF).
_PLACE_NEWS = re.compile(rf"^(?P<source>[\u4e00-\u9fff]{{2,6}}?)(?P<city>(?!))?(?P<date>{_WHEN})?(?P<then>(?!))?"
                         r"(?P<kind>(?<![通喜资快简短电视捷])讯)"
                         # (a bare name before the role in its brackets: 青山讯(李四记者王五))
                         r"(?=[\s\u3000]*(?:[（(](?:[\u4e00-\u9fff·]{2,3}?)?)?(?:特约|见习|实习|首席|本报)?(?:记者|通讯员))")
# Who wrote it: the role words of a byline (记者, 通讯员, 文/图 …), at the start of a piece or after
# the name of a paper (天津日报记者).
ROLE_WORD = re.compile(
    r"(?:(?:特约|见习|实习|助理|首席|全媒体|全媒|融媒体|融媒|新媒体|摄影|学生|校园|驻[\u4e00-\u9fff]{1,6})?记[ \u3000]{0,2}者"
    r"|(?:特约|学生|校园)?通讯员|实习生|报道组|(?:新闻|特约)?报道员|采访人员)[/／]?"  # (记者/李四; 采访人员: 记者 as some reposts write it)
    r"|(?:文章)?原?作者(?:[（(]来源[）)])?|供稿|撰稿人?|撰文|"  # (作者(来源)：李四, a site's field of both)
    r"(?:文字|图文)报道(?=[：:])|"  # (文字报道：李四, a report's writer)
    r"文字(?=$|[：:/／\s\u3000])|文[/／]图|图[/／]文|(?:图文|文图)(?=$|[：:/／\s\u3000]*[\u4e00-\u9fff]{2,3}(?:$|[\s\u3000/／)）]))"
    r"|文[/／|｜]|文[：:]|^文(?=[\s\u3000])"
)
# Marks that open a line of a printed page: ■本报记者 李四
BULLETS = "■□●○◆◇★☆▲△▼▽•·◎ \u3000"
# A credit after the name: 吴晨文/图, 王五 摄, 李四 报道.
# The heads of the units a credit names beside its authors (集团党办, 宣传部, 新闻中心, 青山研究院).
UNIT_HEADS = "办|部|处|室|科|局|委|会|院|校|系|所|站|队|团|社|中心|公司|集团|厂|报|网|台|组|学|府|厅|馆"
CREDIT = re.compile(r"(?:文[/／]图|图[/／]文|[/／]图|(?<=[\u4e00-\u9fff])[/／]文|摄影|摄|报道|整理)$")  # (…, 李四/文)
UNIT_END = re.compile(rf"(?:{UNIT_HEADS})$")  # the end of a unit's name (宣传部, 新闻中心)
# Names, then their writing credit apart from them, after the unit they write for (in brackets closing an article):
# （李四 文/图）, (青山公司工会：李四 王五 文)
NAMES_THEN_CREDIT = re.compile(
    rf"[（(]?(?:(?P<unit>[\u4e00-\u9fff]{{1,12}}(?:{UNIT_HEADS}))[：:][\s\u3000]*)?"
    r"(?P<names>[\u4e00-\u9fff·]{2,}(?:[\s\u3000、]+[\u4e00-\u9fff·]{2,})*)(?:[\s\u3000]+"
    r"(?:文[/／]图|图[/／]文|文|(?:摄影|图文)?报道)"
    # the credit glued by a slash, and a photographer's after it (李四/文 王五/图: the pictures', an author's too, as
    # after a role word; not 王五/摄, a photo's credit)
    r"|[/／]文(?:[/／]图)?(?:[\s\u3000]+(?:(?P<pictures>[\u4e00-\u9fff·]{2,4}(?:、[\u4e00-\u9fff·]{2,4})*)[/／]图"
    r"|[\u4e00-\u9fff·]{2,4}(?:、[\u4e00-\u9fff·]{2,4})*[/／]摄影?))?)[）)]?")


# The end of a place's or a station's name, which a credit's name in brackets does not have (（白石镇 报道）: a place's
# report, no one's; 高山站 of （青山县林业局 高山站）).
_PLACE_OR_STATION_END = re.compile(r"[省市县区镇乡村旗州站局处科室部办队所]$|中心$|公司$")


def _persons(names: str) -> bool:
    """Whether a credit's names are people's: names alone (:func:`names_only`), none of them ending as a place's or a
    station's name (but a common surname and 科 is a person's: 秦科).

    Examples:
        >>> _persons("李小四 王五"), _persons("白石镇"), _persons("高山站"), _persons("秦科"), _persons("林站")
        (True, False, False, True, False)
        >>> _persons("茆小维 李小四"), _persons("茆小维"), _persons("李小四 白石镇")
        (True, False, False)
    """
    parts = [n for n in re.split(r"[\s\u3000、]+", names) if n]
    # (or two names or more as a credit lists them, one of a rarer surname: （白石村 茆思维 李国祥）)
    listed = len(parts) >= 2 and names_in_a_credit(names)
    return (names_only(names) or listed) and not any(_PLACE_OR_STATION_END.search(n) and not _surname_and_one(n)
                                                     for n in parts)


def _surname_then_given(name: str) -> bool:
    """Whether jieba reads a name of three as one person's name or as its surname alone, then the rest (李 卫国, 陈
    海波), not a word of two and a character after it, as it reads a thing's or a place's name (景区 方, 万达 城, 姚家
    祠)."""
    ws = words(name)
    return len(ws) == 1 and ws[0].pos.startswith("nr") or len(ws[0].text) == 1


def took_the_pictures(name: str) -> bool:
    """Whether the name before /图 after a writer's /文 is a person's (李四/文 王小五/图): three characters opening with
    a surname, no word of the dictionary, no place's or unit's name (not 资料, 网络, 新华社, 白石镇, 华为, 罗田 of
    资料/图 …; nor two, as often a place's or a site's as a person's: 宋城, 何园, 图虫).

    Examples:
        >>> took_the_pictures("闫大伟"), took_the_pictures("资料"), took_the_pictures("新华社"), took_the_pictures("白石镇")
        (True, False, False, False)
        >>> took_the_pictures("宋城"), took_the_pictures("景区方"), took_the_pictures("李卫国")
        (False, False, True)
    """
    return len(name) == 3 and _a_surname_first(name) and not in_dictionary(name) and not reported_from(name) \
        and not named(name) and not (_ENDS_AS_A_PLACE_OR_UNIT.search(name) and not _surname_and_one(name)) \
        and _surname_then_given(name)


def _surname_and_one(name: str) -> bool:
    """Whether a name is a common surname and 科, a given name as often as a section's (秦科, 李科: a person's; not 林站,
    安办, 马站, a station's, an office's or a town's short names)."""
    return len(name) == 2 and name[1] == "科" and surname_count(name[0]) >= COMMON


def names_then_credit(text: str) -> re.Match | None:
    """The match of :data:`NAMES_THEN_CREDIT` over all of ``text`` when what stands before the credit is names alone.

    Examples:
        >>> names_then_credit("（青山公司工会：李小明 文/图）").group("names"), names_then_credit("(王五 文)").group("names")
        ('李小明', '王五')
        >>> names_then_credit("（青山县 文/图）"), names_then_credit("（李四文/图）")
        (None, None)
        >>> names_then_credit("(王五 摄影报道)").group("names")  # a report with its photos
        '王五'
    """
    m = NAMES_THEN_CREDIT.fullmatch(text.strip())
    return m if m and _persons(m.group("names")) else None


def ends_sentence(text: str) -> bool:
    """Whether ``text`` ends with 。！？； or …, closing quotes and brackets aside."""
    t = text.rstrip(CLOSERS)
    return bool(t) and t[-1] in _TERMINAL


def dateline(text: str) -> re.Match | None:
    """The dateline that opens ``text``, if any (its groups: source, city, date, kind).

    Examples:
        >>> [dateline(t).group() for t in ("本报讯 近日", "本报天津讯（记者 李四）", "红网3月1日讯", "新华社北京3月1日电")]
        ['本报讯', '本报天津讯', '红网3月1日讯', '新华社北京3月1日电']
        >>> dateline("新华社北京3月1日电").group("city"), dateline("央视网消息（晚间新闻）：").group()
        ('北京', '央视网消息（晚间新闻）：')
        >>> dateline("青山网4月19日白沙电(李四 王五)近日").group("then")  # the city after the date
        '白沙'
        >>> dateline("电网公司电力保供") is None  # 电 needs a date or an agency
        True
        >>> dateline("新华社长篇通讯：…") is None, dateline("新华社发来贺电") is None  # words ending in 讯, 电
        (True, True)
        >>> dateline("青山网—青山日报讯（记者 李四）").group()  # a site and its paper, joined by a dash
        '青山网—青山日报讯'
        >>> dateline("青山日报/青山网讯(记者李四通讯员王五报道)").group()  # or by a slash
        '青山日报/青山网讯'
        >>> dateline("青山融媒（记者 李四）7月2日，…").group(), dateline("青山融媒讯 近日").group(), dateline("青山融媒中心")
        ('青山融媒', '青山融媒讯', None)
        >>> dateline("青山集团白石消息(李小明 王五)10月8日，…").group(), dateline("今日好消息(附图)近日，…")  # a body's own news
        ('青山集团白石消息', None)
        >>> dateline("青山县传来好消息(李明摄)今天，…"), dateline("据悉消息(张三)称，…")
        (None, None)
        >>> dateline("红网3月1日综合(记者 李四)近日").group(), dateline("青山网综合(李四)"), dateline("红网3月1日综合报道")
        ('红网3月1日综合', None, None)
        >>> dateline("白石镇讯 通讯员李四报道 近日，…").group(), dateline("白石镇讯 近日"), dateline("传来喜讯 记者从…")
        ('白石镇讯', None, None)
        >>> dateline("掌中青山讯(李小四记者王五)近日，…").group(), dateline("传来喜讯(李小四记者王五)")
        ('掌中青山讯', None)
        >>> dateline("青山风5月11日讯(通讯员 李小四)5月6日，…").group("source", "date")
        ('青山风', '5月11日')
        >>> dateline("○本报讯 记者 李四 近日").group(), dateline("■青山日报讯（记者 李四）").group("source")
        ('○本报讯', '青山日报')
    """
    m = DATELINE.match(text) or _news_of(text) or _PLACE_NEWS.match(text)
    if not m:
        return None
    if m.group("kind") == "电" and not (m.group("date") or m.group("source").endswith("社")):
        return None
    if m.re is DATELINE and text.startswith("道", m.end("source")) and not _reporting_outlet(m.group("source")):
        return None  # (据云上青山报道, 相关报道, 多家媒体争相报道: what was reported, no outlet's dateline)
    if m.re is DATELINE and m.group("kind") in (None, "道") and (credit := _CREDIT_IN_BRACKETS.match(text, m.end())):
        # (a media centre, an app's report, named before its credit: the role word must stand as a word of its own
        # before a name, not open a word of the dictionary, 白石县融媒体中心（记者站）, 青山日报报道（记者节特刊）, nor
        # a phrase, （记者之家）)
        ws = [w for w in words(credit.group(1)) if w.text.strip(" \u3000：:")]
        if ws[0].text not in ("记者", "通讯员") or len(ws) > 1 and ws[1].pos.startswith(("u", "q", "p", "c")):
            return None
    return m


_CREDIT_IN_BRACKETS = re.compile(r"[ \u3000]?[（(]([^（）()]{1,30})[）)]")  # (a space before it: 云上青山报道 （记者 李四）)
# How an outlet's or an app's name ends, whatever jieba makes of the words before (澎湃新闻, 通山发布, 白石融媒).
_OUTLET_ENDS = ("报", "网", "台", "社", "端", "APP", "云", "融媒", "中心", "号", "新闻", "发布", "视频", "强国", "在线",
                "资讯")


def _reporting_outlet(source: str) -> bool:
    """Whether the words before 报道 (``source`` holds them and 报) may name an outlet or an app: not after 据 (what
    another reported); ending as an outlet's name does (:data:`_OUTLET_ENDS`: 澎湃新闻, 通山发布), or not what was
    reported: media (媒体: 多家媒体争相报道, 有关媒体曾报道) or what is related (相关报道).

    Examples:
        >>> _reporting_outlet("云上通山报"), _reporting_outlet("第一财经报"), _reporting_outlet("据澎湃新闻报")
        (True, True, False)
        >>> _reporting_outlet("相关报"), _reporting_outlet("多家媒体争相报"), _reporting_outlet("有关媒体曾报")
        (False, False, False)
    """
    if source.startswith("据"):
        return False
    ws = words(source[:-1])
    return source[:-1].endswith(_OUTLET_ENDS) or bool(ws) and not any(w.text in ("媒体", "相关", "有关") for w in ws)


def _news_of(text: str) -> re.Match | None:
    """:data:`_NEWS_OF`'s match at the start of ``text`` where the brackets hold names alone (not 好消息（附图）) and
    its 讯 ends no word of the dictionary (not 传来喜讯(李明)近日, 听到死讯(王强)今天): else None, and the place's news
    with its role word (白石镇讯（记者 李四）) is read as such.

    Examples:
        >>> _news_of("青山廉政讯(李小四  王五)8月16日").group(), _news_of("传来喜讯(李小明)近日"), _news_of("白石镇讯(记者 李四)")
        ('青山廉政讯', None, None)
    """
    m = _NEWS_OF.match(text)
    if m is None or not names_only(m.group("names"), most=6):
        return None
    return None if m.group("kind") == "讯" and in_dictionary(text[m.end() - 2 : m.end()]) else m


def bodys_news(m: re.Match) -> bool:
    """Whether a :func:`dateline` is a body's own news with its authors in brackets (青山廉政讯(李四 王五)…:
    :data:`_NEWS_OF`).

    Examples:
        >>> bodys_news(dateline("青山廉政讯(李小四 王五)8月16日")), bodys_news(dateline("本报讯（记者 李四）"))
        (True, False)
    """
    return m.re is _NEWS_OF


_PHOTO_CREDIT = re.compile(r"(?:摄|摄影|供图)$")
# A line that a photo's credit closes, its taker's name set apart before it: …现场。李四 摄, （李四 摄影）, 青山公司供图
# (not …拿出手机拍摄, a line cut inside a sentence).
PHOTO_CREDITED = re.compile(r"(?:^|[\s\u3000。！？（(【])[\u4e00-\u9fff·]{2,6}[ \u3000]*(?:摄|摄影|供图)[）)】]?$")


_HAN_RUN = re.compile(r"[\u4e00-\u9fff]{2,4}(?![\u4e00-\u9fff])")  # a run of two to four Han characters, whole


def _role_paren(text: str) -> re.Match | None:
    """A parenthesis at the start of ``text`` that names authors: (记者 李四 通讯员 王五), 【文/某网 李四】."""
    m = re.match(r"[（(]([^（）()]{1,60})[）)]|【([^【】]{1,60})】", text)
    if m and m.group(2) is not None:  # (a column's name in 【】 is no byline: 【记者手记】, 【记者手记·青山】, 【记者 方言】)
        role = ROLE_WORD.search(m.group(2))
        rest = m.group(2)[role.end() :] if role else ""
        apart = role is not None and (role.group()[-1] in "/／:：" or re.match(r"[\s\u3000/／:：]", rest))
        last = _HAN_RUN.findall(rest)[-1:] if apart else []
        named = bool(last) and surname_count(last[0][0]) >= COMMON and (
            not in_dictionary(last[0]) or words(last[0])[0].pos.startswith("nr"))
        return m if named and not _PHOTO_CREDIT.search(m.group(2)) else None
    return m if m and ROLE_WORD.search(m.group(1)) and not _PHOTO_CREDIT.search(m.group(1)) else None


# 本报讯 记者 李四 通讯员 王五 近日,…: roles and names separated by spaces, no parentheses; or each name glued to its
# role (本报讯 记者李四 通讯员王五 近日,…), the last name closing the line where the credit has one of its own.
_BARE_ROLES = re.compile(
    r"(?:(?:本报)?(?:全媒体|融媒体|特约|见习|实习)?(?:记者|通讯员|实习生)[\s\u3000]*"
    r"(?:(?!记者|通讯员|实习生)[\u4e00-\u9fff·]{2,5}(?:[\s\u3000、]+|$))+)+"
)
# 通讯员(李四 王五) opening a paragraph: the role, then its names in brackets, then the body's time (not 记者(李四 王五)从
# 县水利局获悉, the reporters the sentence's subject).
_ROLE_THEN_NAMES = re.compile(r"(?:本报)?(?:全媒体|融媒体|特约|见习|实习)?(?:记者|通讯员)[\s\u3000]*[（(]([^（）()，,。]{2,24})[）)]"
                              r"(?=[\s\u3000\d０-９]|[一二三四五六七八九十]{1,3}月|近日|日前|连日来|近期|今年|去年|昨天|昨日|今天|"
                              r"今日|本月|上午|下午|$)")
# A name glued to its role in such a credit.
_GLUED_TO_ROLE = re.compile(r"(?:记者|通讯员|实习生)([\u4e00-\u9fff·]{2,5})")

# 本报北京3月1日电记者张三、李四报道：… — the names glued to the dateline, closed by 报道： (a name of two may be
# spaced out to line up with names of three: 记者林 雨报道：)
_REPORTED = re.compile(
    r"(?:[\u4e00-\u9fff]{0,10}?(?:记者|通讯员|报道员[ \u3000]*)"  # (报道员 李四 王五 报道: a body's reporter, spaced)
    r"(?:[\u4e00-\u9fff][ \u3000]{1,3}[\u4e00-\u9fff]|[\u4e00-\u9fff·]{2,4})"
    r"(?:[、，,\s\u3000]+(?:(?!记者|通讯员)[\u4e00-\u9fff·]){2,4})*"  # (more names after the first: 记者李四、王五报道：)
    r"[、，,\s\u3000]*)+报道(?:[：:]|(?=[\s\u3000]+\S)|[\s\u3000]*$)"  # (or the line's end: 青山网讯 记者李四报道)
)


# The paper a dateline's report is taken from, before its credit: 据青山日报报道, 据《青山日报》报道.
_SOURCE_REPORTED = re.compile(r"据[\u4e00-\u9fff《》·]{2,16}?报道[\s\u3000，,]*")


def leading_byline(text: str) -> tuple[int, int]:
    """(end of the byline, end of its dateline) that open a paragraph; 0 for none.

    Examples:
        >>> t = "本报讯 记者 李四 通讯员 王五 近日,活动开展。"
        >>> t[:leading_byline(t)[0]]
        '本报讯 记者 李四 通讯员 王五'
        >>> t = "新华社北京3月1日电（记者 张三、李四）今天（3月1日）,会议召开。"
        >>> [t[:i] for i in leading_byline(t)]
        ['新华社北京3月1日电（记者 张三、李四）', '新华社北京3月1日电']
        >>> t = "【文/青山网 李四】还记得那部片子吗？"
        >>> t[:leading_byline(t)[0]]
        '【文/青山网 李四】'

        >>> leading_byline("今天（3月1日）,会议召开。")
        (0, 0)
        >>> t = "青山云/青山日报记者牟小瑜报道：27日，会议召开。"
        >>> t[:leading_byline(t)[0]], leading_byline("青山日报记者现场报道：会议召开。")
        ('青山云/青山日报记者牟小瑜报道：', (0, 0))
        >>> leading_byline("青山日报全媒体记者牟小瑜报道：会议召开。")[0], leading_byline("据青山日报记者牟小瑜报道：会议召开。")
        (15, (0, 0))
        >>> leading_byline("本报记者牟小瑜 通讯员王五报道：会议召开。")[0]
        16
        >>> leading_byline("青山网讯 记者牟小瑜报道")  # (a line of its own, over the body)
        (12, 4)
        >>> t = "青山网3月1日讯 据青山晚报报道 （通讯员 王五）近日,会议召开。"
        >>> t[:leading_byline(t)[0]]
        '青山网3月1日讯 据青山晚报报道 （通讯员 王五）'
    """
    m = dateline(text)
    at = m.end() if m else 0
    rest = text[at:]
    gap = len(rest) - len(rest.lstrip(" \u3000"))
    paren = _role_paren(rest[gap:])
    if paren:
        return at + gap + paren.end(), at
    source = _SOURCE_REPORTED.match(rest, gap) if m else None  # (青山网讯 据青山日报报道 （通讯员 王五）: the report's
    paren = _role_paren(rest[source.end() :]) if source else None  # source between the dateline and the credit; not
    if paren and is_byline_line(paren.group()):  # a bracket of what the reporter learned: （记者从白石镇获悉）)
        return at + source.end() + paren.end(), at
    first = _CREDIT_BEFORE_DATELINE.match(rest[gap:]) if not m else None
    if first and all(reported_names(n) for n in _GLUED_RUN.findall(re.sub(r"[\s\u3000]", "", first.group("credit")))):
        return gap + first.end(), 0  # □记者李四通讯员王五【本报讯】8月8日，…: the credit, then the paper's dateline
    roles_names = _ROLE_THEN_NAMES.match(rest[gap:])
    if roles_names and names_in_a_credit(SPACED_INTERN.sub(" ", roles_names.group(1))):
        return at + gap + roles_names.end(), at  # 通讯员(李四 王五)1月12日，…: the role, then its names in brackets
    bare = _BARE_ROLES.match(rest[gap:])
    if bare and (len(bare.group()) > 48 or not all(reported_names(n) for n in _GLUED_TO_ROLE.findall(bare.group()))):
        bare = None  # (a name glued to its role is a person's: not 记者节, 记者走基层; and a credit is short)
    if bare and _GLUED_TO_ROLE.search(bare.group()) and re.match(r"[\u4e00-\u9fff·、\s\u3000]{0,12}?报道",
                                                                  rest[gap + bare.end():]):
        bare = None  # (names glued to their roles going on to 报道, its own shape below: 本报记者李四 通讯员王五 赵六报道：)
    if bare and (m or BODY_PUNCT.search(rest[gap + bare.end():])):  # 记者 李四 近日，… (not 记者 李四 摄)
        return at + gap + len(bare.group().rstrip(" \u3000、")), at
    reported = _REPORTED.match(rest[gap:]) if m else None
    if reported and not reported.group().endswith(("：", ":")) and not all(
            reported_names(n) for n in re.findall(r"(?:记者|通讯员)([\u4e00-\u9fff·]{2,4}?)(?=[、，,\s\u3000]|报道)",
                                                  reported.group())):
        reported = None  # 记者跟踪报道 then a space: no name, no byline (with a colon the credit's shape says it)
    if reported:
        return at + gap + reported.end(), at
    outlet = _OUTLET_REPORTED.match(rest[gap:]) if not m else None
    if outlet and all(_role_names(n) for n in re.findall(_ROLE_NAMES, outlet.group().rsplit("报道", 1)[0])):
        return gap + outlet.end(), 0  # 青山云/青山日报记者李四报道：… (no dateline: the outlets, the role, then 报道：)
    named = NAMES_REPORTED.match(rest[gap:]) if m else None
    if named and reported_names(named.group("names")):
        return at + gap + named.end(), at  # 本报讯李四报道：… (the names glued to the dateline, no role word)
    glued = _GLUED_BEFORE_TIME.match(rest[gap:]) if m else None
    if glued and all(reported_names(n) for n in _GLUED_RUN.findall(glued.group())):
        return at + gap + glued.end(), at  # 青山日报讯记者李四通讯员王五近日，… (no space, no bracket: the body's time)
    credit = _NAMES_IN_BRACKETS.match(rest[gap:])
    # (or with no dateline, opening the paragraph right before the body's time: (张三 李四) 12月28日，…)
    credit = credit if m or credit and _OPENS_WITH_TIME.match(rest, gap + credit.end()) else None
    inner = SPACED_INTERN.sub(" ", credit.group(1)) if credit else ""  # (王五 实习 李四: the intern's mark, no name)
    if credit and (names_in_a_credit(inner) or rare_names(inner) or names_then_source(credit.group())):
        return at + gap + credit.end(), at  # 某某新闻眉山7月21日讯(张三 李四): the authors, no role word (or their unit's)
    return at, at


_NAMES_IN_BRACKETS = re.compile(r"[（(]([^（）()，,。]{2,24})[）)]")
# The paper's dateline in brackets (【本报讯】, （本报白石讯）), after a credit that opens the paragraph.
BRACKETED_DATELINE = r"[【\[（(]本报[^】\]）)]{0,8}讯[】\]）)]"
# A credit that opens a paragraph before its paper's dateline in brackets, then the body: □记者李四通讯员王五【本报讯】8月8日
_CREDIT_BEFORE_DATELINE = re.compile(
    r"[□■●○◆◇]?[\s\u3000]*(?P<credit>(?:(?:本报|全媒体|融媒体|见习|特约)?(?:记者|通讯员)[\s\u3000]*"
    r"(?:(?!记者|通讯员)[\u4e00-\u9fff·]){2,9}?[\s\u3000]*)+)" + BRACKETED_DATELINE)
# Roles and names glued to the dateline and to the body after them, which opens with its time (青山日报讯记者李四通讯员
# 王五近日，…): each role's names run up to the next role or to the time.
_GLUED_RUN = re.compile(r"(?:记者|通讯员)((?:(?!记者|通讯员)[\u4e00-\u9fff·]){2,9}?)(?=记者|通讯员|全媒体|融媒体|$)")
_BODYS_TIME = r"近日|日前|昨日|昨天|今日|今天|本月|上月|今年|去年|\d|[一二三四五六七八九十]{1,3}月"
_GLUED_BEFORE_TIME = re.compile(r"(?:(?:本报|全媒体|融媒体|见习|特约)?(?:记者|通讯员)(?:(?!记者|通讯员)[\u4e00-\u9fff·]){2,9}?)+"
                                rf"(?={_BODYS_TIME})")
_OPENS_WITH_TIME = re.compile(rf"[\s\u3000]*(?:{_BODYS_TIME})")
# The outlets a report is by, a role and its names (again for a second role: 本报记者李四 通讯员王五), 报道 with a colon,
# opening a report that has no dateline (not one it cites: 据青山日报记者李四报道：).
_ROLE_NAMES = (r"(?:全媒体|融媒体|首席|见习|特约)?(?:记者|通讯员)[\s\u3000]*"
               r"((?:(?!记者|通讯员)[\u4e00-\u9fff·]){2,3}(?:[、\s\u3000](?:(?!记者|通讯员)[\u4e00-\u9fff·]){2,3}){0,3})")
_OUTLET_REPORTED = re.compile(rf"(?![据根])(?:{OUTLET.pattern})?{_ROLE_NAMES}"
                              rf"(?:[\s\u3000、]*(?:{OUTLET.pattern})?{_ROLE_NAMES}){{0,2}}[\s\u3000]*"
                              r"报道(?:[：:]|(?=[\s\u3000]+\S))")  # (报道：, or 报道 and a space before the body)
# The end of a place's or a unit's name, which no person's ends with (高新区, 白石镇, 宣传科).
# The bodies of the people named by their short names, which end as no unit's name does: 白石镇人大, 青山县妇联.
MASS_BODIES = ("人大", "政协", "妇联", "残联", "科协", "侨联", "文联")
_ENDS_AS_A_PLACE_OR_UNIT = re.compile(rf"(?:[{LEVEL_CHARS}]|{UNIT_HEADS}|{'|'.join(MASS_BODIES)})$")


def _role_names(text: str) -> bool:
    """Whether the names after a role word are people's: two or three characters each, none a division's name or a
    word of the dictionary but a name (记者黑小伟, not 记者现场).

    Examples:
        >>> _role_names("黑小伟"), _role_names("李四、王五"), _role_names("现场"), _role_names("青山县")
        (True, True, False, False)
    """
    return all(2 <= len(n) <= 3 and not named(n) and not _ENDS_AS_A_PLACE_OR_UNIT.search(n)
               and (names_only(n) or not in_dictionary(n)) for n in _parts(text))


def _parts(text: str) -> list[str]:
    """The parts of a credit's names, apart by spaces, 、 or commas (张三 李四、王五 → 张三, 李四, 王五); a name of two
    spaced out to line up with names of three is one (张 黎 郭元辉 → 张黎, 郭元辉).

    Examples:
        >>> _parts("张 黎 郭元辉"), _parts("张三 李四、王五")
        (['张黎', '郭元辉'], ['张三', '李四', '王五'])
    """
    out: list[str] = []
    for n in re.split(r"[\s\u3000、，,]+", text.strip()):
        if len(n) == 1 and out and len(out[-1]) == 1 and surname_count(out[-1]) > 0:
            out[-1] += n  # (the two characters of one name, spaced out)
        elif n:
            out.append(n)
    return out


# Names after a dateline, closed by 报道： with no role word (本报讯李四报道：, 本报讯 李四 王五报道：).
NAMES_REPORTED = re.compile(r"(?P<names>[\u4e00-\u9fff·]{2,9}?(?:[、，,\s\u3000]+[\u4e00-\u9fff·]{2,4}){0,2})"
                            r"[\s\u3000]*报道[：:]")


def reported_names(text: str) -> bool:
    """Whether the names before 报道： after a dateline are people's: :func:`names_only`, none a place's or a unit's
    name, nor a place's word of the dictionary (not 白石镇, 金山, 青山社).

    Examples:
        >>> reported_names("李小四"), reported_names("李小四 王五"), reported_names("白石镇"), reported_names("彭博社")
        (True, True, False, False)
    """
    names = [n for part in _parts(text) for n in split_names(part)]
    return names_only(text) and not any(_ENDS_AS_A_PLACE_OR_UNIT.search(n) or in_dictionary(n)
                                        and words(n)[0].pos.startswith(("ns", "nt")) for n in names)


TEAM = 6  # how many authors brackets right after a dateline may name without a role word


def is_byline_start(text: str) -> bool:
    """A paragraph that opens with a dateline or a byline: an article starts here."""
    return leading_byline(text)[0] > 0


# An item's day and place on a line of their own under its byline: 9月21日 青山县白石镇红旗村
_DAY_PLACE = re.compile(r"\d{1,2}月\d{1,2}日[ \u3000]+[\u4e00-\u9fff]{1,14}(?:村|镇|乡|县|市|区|街道|社区|州|旗)")


def is_day_place_line(text: str) -> bool:
    """A line that gives a report's day and place and nothing else, as a page's items have under their bylines.

    Examples:
        >>> is_day_place_line("9月21日 青山县白石镇红旗村"), is_day_place_line("9月21日 青山县召开大会")
        (True, False)
    """
    return bool(_DAY_PLACE.fullmatch(text.strip(" \u3000")))


def is_dateline_line(text: str) -> bool:
    """A line that is a dateline and nothing else (南开新闻网讯, 央视网消息（新闻联播）：)."""
    m = dateline(text)
    return bool(m) and not text[m.end():].strip(" \u3000")


# Fields of a web page around the article: 来源：, 发布时间：, 浏览次数：, 责任编辑：, 分享到 …
_SITE_FIELDS = ("原标题|来源|来源于|稿源|信息来源|文章来源|稿件来源|新闻来源|本文来源|摘自|源自|转自|选自|转载自|日期|发布日期|发布时间|发表时间|发稿时间|发稿日期|更新时间|时间|链接|原文链接|网址|"
                "责任编辑|网络编辑|网站编辑|值班编辑|新媒体编辑|责编|编辑|审核|审校|审稿|校对|初审|复审|终审|签发|浏览次数|浏览量|浏览|点击数|点击量|点击|阅读数|阅读量|阅读|"
                "访问量|热度|人气|分享到|分享|浏览字体|字体大小|字号|字体|当前报纸名称|报纸名称|当前版面|当前版|版面|版次|版名|发表于|"
                "当前位置|您当前的位置|当前的位置|您的位置|您现在的位置|您现在所在的位置|您所在的位置|所在的位置|所在位置|位置|"
                "上一篇|下一篇|关键词|标签|打印|关闭|"
                "发布人|发布者|发布单位|发布|供稿单位|审核人|编审|监制|出品|栏目|所属栏目|发布部门|供稿部门|作者单位|所属单位|作者科室|编辑科室|"
                "原作者|作者|记者|通讯员|撰稿|撰文|文字|文|图片|照片|图|摄影|供稿|来稿|图/文来源|图文来源|图片来源|"
                "来稿时间|来稿日期|来稿单位|投稿时间|投稿日期|刊发时间|刊发日期|策划|总策划|统筹|"  # (when a piece came in: （来稿时间：…  撰稿：李四）;
                # who planned or produced it: 策划：李四, 统筹：王五)
                "您当前位置|您所在位置|"  # (a breadcrumb's field, as 当前位置 above)
                "技术支持|医院地址|学校地址|单位地址|联系地址|通讯地址|地址|联系电话|电话|传真|邮编|邮箱|"
                # a government site's table of an item's data (索引号：…  发布机构：…  成文日期：…)
                "索引号|组配分类|主题分类|体裁分类|服务对象分类|发布机构|发文机关|成文日期|生效日期|废止日期|公开日期|发文字号|文号|"
                "主题词|公开方式|公开范围|公开时限|成文时间|发文时间|发文日期|生成日期|效力状态|有效性|"
                "本文标题|本文地址|本文链接|本文网址|文章字数|字数")  # (a page's footer: 本文标题：… 本文地址：http://…)
# A school or unit site's CMS fields, whose word a body line can open with too (单位：各乡镇要在三月底前报送名单。)
_UNIT_FIELDS = "学校|单位|部门|院系|类别|分类"
# The fields a page's footer may part from their values by a bar instead of a colon (编辑|李四, 供稿|青山卫生院 王五):
# who wrote and checked it and who built the site, not the words a headline's column may stand before a bar with (发布｜,
# 图片｜, 记者｜), nor the host body (主办单位 | 青山县卫健委), which a page names as its own.
_BAR_FIELDS = "来源|供稿|编辑|责任编辑|责编|审稿|审核|校对|监制|技术支持|出品|排版"
_BAR_PERSON_FIELDS = "原?作者|供稿|撰稿人?|撰文"
# Those who checked the text, parted from their names by a slash as a writer's 文/ is (文/李四 编辑/王五 审核/赵六)
_SLASH_FIELDS = "编辑|责任编辑|责编|审稿|审核|审校|校对|初审|复审|终审|签发|监制|排版|美编"
FIELD = re.compile(rf"(?:{_SITE_FIELDS}|{_UNIT_FIELDS})[\s\u3000]*[:：]"
                   rf"|(?:{_BAR_FIELDS}|{_BAR_PERSON_FIELDS}|摄影)[\s\u3000]*[|｜](?=[\s\u3000]*[\u4e00-\u9fff])"
                   rf"|(?:{_SLASH_FIELDS})[/／](?=[\s\u3000]*[\u4e00-\u9fff])")
_UNIT_FIELD = re.compile(rf"(?:{_UNIT_FIELDS})[\s\u3000]*[:：]")
# A site's field word that closes a run of characters glued to it (王五浏览字体：[大 中 小], 李四点击：88).
FIELD_AT_END = re.compile(rf"(?:{_SITE_FIELDS})$")
FIELD_NAME = re.compile(rf"(?:{_SITE_FIELDS})")  # a site field's name alone
_DATE_STAMP = (r"(?:\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?|\d{1,2}\.\d{1,2}\.\d{4})"  # (10.11.2015: the day first)
               r"(?:(?:[\s\u3000]+|(?<=日))\d{1,2}[:：]\d{2}(?:[:：]\d{2})?)?")  # (2024年05月06日15:19: glued after 日)
# A post's day and time of day, the time required: 2020-09-25 19:40:43 (the year may be left out: 08-23 11:23).
_POSTED = r"(?:\d{4}[-/.])?\d{1,2}[-/.]\d{1,2}[\s\u3000]+\d{1,2}[:：]\d{2}(?:[:：]\d{2})?"
# Who posts an article, by the end of its name: a paper or a unit, a site, an app, a government's news brand (青山发布).
_POSTER = rf"{UNIT_HEADS}|发布|客户端|在线|融媒|原创"
# The day an e-paper's row of buttons shows among them (3 上一篇 下一篇 4 2010年8月26日 星期 放大 缩小 默认).
_PAPER_DAY = r"\d{4}年\d{1,2}月\d{1,2}日|星期[一二三四五六日天]?"
# The buttons of an article's page, in a row of two or more.
_BUTTONS = ("评论投稿|评论|我要投稿|投稿|点赞|打印|转发|复制链接|分享|收藏|关闭|字号|打印本页|打印本文|关闭窗口|我要评论|我要纠错|"
            # an e-paper's or an archive's: 3上一期 下一期4, 放大 缩小 默认, <<上一记录 下一记录>>
            "上一篇|下一篇|上一期|下一期|上一版|下一版|放大|适中|缩小|默认|打印预览|下载记录|上一记录|下一记录|返回概览|返回目录|"
            "返回栏目|返回列表|栏目列表|返回上一页|返回本版|返回|版面导航|标题导航|在线投稿|朗读|朗读本文|"
            "更多|查看更多|加载更多|MORE|详细|全文|展开全文|收起|纠错|TOP|相关附件|附件|语音播报|"
            # a post's counters and a social app's buttons: 阅读 1.2万, 在看, 写留言
            r"(?:阅读|浏览|在看|点赞|评论|转发|收藏)[\s\u3000]*[\d.]+万?\+?|"
            "阅读|浏览|在看|留言|写留言|知道了|发表评论|提交评论|网友评论|参与互动|下载APP|客户端下载")


# A post's day (2024-05-06, 2024年5月6日, 05-06 10:24) and the words of a posting's fields (发布时间, 发布于, 来源).
_POSTED_AT = re.compile(rf"{_DATE_STAMP}|{_POSTED}")
_POSTING_WORD = re.compile(r"(?:发布|发表|更新|发稿)(?:时间|日期|于)|时间|日期|来源")


POSTING_LINE = 120  # characters: the longest line of a post's day and source (:func:`is_posting_line`)


def is_posting_line(text: str) -> bool:
    """The line of a post's day and source that a web page puts under the headline: a day with a posting field's word
    (发布时间：2024-05-06 来源：青山网, 发布于: 2024-05-06, 青山日报 时间:2024年05月06日), or a site's or author's name
    and the post's day and time alone (青山网李四2024-05-06 10:24); no sentence.

    Examples:
        >>> is_posting_line("发布于: 2024-05-06 08:00"), is_posting_line("青山日报 新闻  时间:2024年05月06日  来源:青山日报")
        (True, True)
        >>> is_posting_line("青山网李四2024-05-06 10:24"), is_posting_line("作者:王五 时间:2024-5-6 点击:110")
        (True, True)
        >>> is_posting_line("2024.05.06"), is_posting_line("2024年5月6日,青山县召开大会,来源于基层的代表发言。")
        (False, False)
        >>> is_posting_line("召开全县大会，时间：2024年3月12日 9:00，地点：县会议中心，请各乡镇")  # a wrapped line
        False
    """
    t = text.strip(" \u3000")
    if len(t) > POSTING_LINE or re.search(r"[。！？!?，,；;]", t) or not _POSTED_AT.search(t):
        return False  # (no sentence, nor a wrapped line of one: 会议，时间：2024年3月12日，地点：…)
    return bool(_POSTING_WORD.search(t) or re.fullmatch(rf"[\u4e00-\u9fffA-Za-z·\s\u3000]{{2,24}}?{_POSTED}", t))


def is_date_stamp(text: str) -> bool:
    """A line of a post's day (and time) alone, under its title on a web page: 2024-05-06, 2024年05月06日 10:24.

    Examples:
        >>> is_date_stamp("2024-05-06"), is_date_stamp(" 2024年05月06日 10:24 "), is_date_stamp("2024-05-06 来源：青山网")
        (True, True, False)
    """
    return re.fullmatch(_DATE_STAMP, text.strip(" \u3000")) is not None


def _is_meta(t: str) -> bool:
    """A line of web fields: 来源：…, 【来源：…】, 【 编辑：…】, 2021-03-01 10:20 来源：…, after a page's buttons in brackets
    (【收藏】 责任编辑：…, 【打印】【关闭】 编辑：…).

    Examples:
        >>> _is_meta("【收藏】 责任编辑: 李四"), _is_meta("【打印】【关闭】编辑：王五"), _is_meta("【青山】李四说，要做好工作。")
        (True, True, False)
    """
    t = _LEADING_BUTTONS.sub("", t.strip(" \u3000")).lstrip("【[ \u3000")
    if poster := _SITE_BEFORE_STAMP.match(t):
        t = t[poster.end() :]  # (青山网2013-09-07 10:20作者：…: the site, then the day and the fields)
    if _UNIT_FIELD.match(t) and re.search(r"[。！？!?]", t):
        return False  # a sentence: 单位：各乡镇要在三月底前报送名单。 (not 单位：青山市教育局；发布时间：…)
    stamp = re.match(_DATE_STAMP + r"[\s\u3000|｜]*", t)  # 2021-03-01 10:20 来源：…, 2011年09月27来源：…
    site = _SITE_BEFORE_FIELDS.match(t)  # 青山新闻网白石频道 发表于：2019-08-13 10:13:09
    return bool(FIELD.match(t) or site and _POSTING_FIELD.match(t, site.end())
                or (stamp and (stamp.group()[-1:] in " \u3000|｜" or FIELD.match(t, stamp.end())) and FIELD.search(t)))


# A page's buttons in brackets before its fields (【收藏】, 【打印】【关闭】).
_LEADING_BUTTONS = re.compile(rf"^(?:[【\[［](?:{_BUTTONS})[】\]］][\s\u3000]*)+")
# A site or its channel named before the fields of the posting, a space between (青山新闻网白石频道 发表于：…; not a
# unit's address or telephone, 青山服务中心 地址：…, nor a photo's credit, 青山日报 图：李四).
_SITE_BEFORE_FIELDS = re.compile(rf"{_SOURCE}(?:[\u4e00-\u9fff]{{2,4}}频道)?[\s\u3000]+")
# A site named right before the post's day, its fields after it (青山网2013-09-07 09:09:59作者:王五来源:).
_SITE_BEFORE_STAMP = re.compile(rf"{_SOURCE}[\s\u3000]*(?={_DATE_STAMP})")
_POSTING_FIELD = re.compile(r"(?:发表于|发表时间|发布时间|发布日期|更新时间|来源|浏览次数|点击数)[\s\u3000]*[:：]")
# A paper or a site named alone on its line, over the day it is of (青山日报 / 2025年09月22日): its masthead.
MASTHEAD = re.compile(r"[\u4e00-\u9fff]{2,6}(?:日报|晚报|早报|商报|新闻网)")


# The source field naming the body's unit that wrote the article, then its writer, whose name opens with a surname of
# the labeled data (来源：集团党群工作部 王五; not a button after the unit: 参与互动, 分享到, 扫一扫).
_SURNAME_FIRSTS = "".join(sorted({name[0] for name in surname_table()})) or "\u4e00-\u9fff"
UNIT_SOURCE = re.compile(rf"来源[\s\u3000]*[:：][\s\u3000]*[\u4e00-\u9fff]{{2,12}}(?:{UNIT_HEADS})[\s\u3000]+"
                         rf"[{_SURNAME_FIRSTS}][\u4e00-\u9fff]{{1,3}}[\s\u3000]*[）)]?$")  # (（来源：某部 王五）)
_PERSON_FIELD = re.compile(r"(?:^|[\s\u3000】\]【\[|｜]|(?<=\d))(?:(?:(?:文章)?原?作者|记者|通讯员|撰稿人?|撰文|供稿|文|文字)[\s\u3000]*[:：]"
                           rf"|(?:{_BAR_PERSON_FIELDS})[\s\u3000]*[|｜](?=[\s\u3000]*[\u4e00-\u9fff])"
                           # (a role and a name apart by a space among the fields: 来源：青山日报 记者 李四)
                           # (or by a bar: 来源：青山日报 记者｜李四)
                           r"|(?:本网|本报|本台|本站)?(?:记者|通讯员)(?:[\s\u3000]+|[\s\u3000]*[|｜][\s\u3000]*)"
                           r"(?=[\u4e00-\u9fff·]{2,4}(?:$|[\s\u3000]))"
                           rf"|{UNIT_SOURCE.pattern})")
# A site's versions and tools in its header, its links in its footer: 繁体版, 无障碍, 网站支持IPv6, 我的收藏, 关于我们.
_VERSIONS = ("简体版|繁体版|繁體版|简体中文|繁體中文|繁体中文|无障碍|无障碍浏览|长辈版|长者助手|长者模式|关怀模式|关怀版|手机版|英文版|English|"
             "网站地图|设为首页|加入收藏|我的收藏|收藏|网站支持IPv6|IPv6|智能问答|登录|注册|关于我们|联系我们|网站声明|"
             "法律声明|版权声明|免责声明|隐私政策|意见反馈|收藏本站|繁体|繁體|简体|统一用户登录|用户登录")
# The mark between two steps of a breadcrumb: 首页 > 新闻, 首页 -> 正文, 首页 » 要闻.
_STEP_MARK = r"(?:-{1,2}>|>>|>|＞|»|›|→)"
# A site's list of other items under an article (新闻推荐, 相关阅读): what follows is no part of the article above.
RELATED = "相关阅读|相关新闻|新闻推荐|推荐阅读|相关推荐|热点推荐"
# What a site's note that forbids copying says (…未经…许可…不得转载…), no sentence's end nor bracket in it.
_NO_COPYING = "{0}{{0,20}}未经{0}{{0,24}}(?:许可|授权|同意){0}{{0,16}}(?:转载|复制|使用|摘编){0}{{0,12}}".format("[^。！？（）()【】]")
_WEB_FURNITURE = re.compile(
    # 【打印】【关闭】, 【打印】 【字体: (its sizes left out); a row cut after its first button's name (】【关闭】【返回)
    r"^】?(?:【[^】]{1,12}】[\s\u3000]*)+(?:【[^】【]{1,12})?$"
    rf"|^(?:分享到|返回顶部|返回首页|打印本页|打印页面|关闭窗口|{RELATED}"
    r"|浏览字号|(?:微信|微博|手机|相机)?扫一扫|版权所有|Copyright).{0,40}$"  # (微信扫一扫 关注…; not 市民扫一扫就能…)
    # (a longer notice, no sentence in it, its advice on the screen after it: …版权所有 未经授权… 建议分辨率…)
    r"|^(?:版权所有|Copyright)[^，。！？；]{41,90}$"
    # the site's note that forbids copying, in brackets or of its own pages: (以上图文未经青山融媒许可，不得转载),
    # 本网稿件未经授权不得转载 (not a headline's or a list's 未经许可使用他人商标)
    rf"|^[（(【]{_NO_COPYING}[）)】]$|^(?:本站|本网|本页|本文|本报|本刊|以上){_NO_COPYING}$"
    r"|^(?:[大中小\[\]［］AＡ]|A[+-])$"  # a font-size widget spread over lines: 字号:[ / 大 / 中 / 小 / ]
    r"|^[^\u4e00-\u9fffA-Za-z0-9]{2,}$|^[/／|｜]$"  # marks alone, a link's or an image's left of its markup (![]() |;
    # a slash or a bar between two widgets; not ■)
    r"|^([\u4e00-\u9fffA-Za-z]{2,12})[\s\u3000]+\1$"  # an account's name and its link's (青山发布 青山发布)
    # the newsroom's lines of contacts (…《青山日报》 新闻热线:0571-1234567 投稿邮箱:qs@example.cn), no sentence (not a
    # notice's 联系人：王五 电话：…)
    r"|^[^。！？!?]*(?:新闻热线|报料热线|投稿热线|投稿邮箱|投稿信箱|举报邮箱)[ \u3000]*[:：][ \u3000]*[\dA-Za-z][\dA-Za-z@._\- ]{4,}"
    r"[^。！？!?]*$"
    # where to send news, with a phone or a mail's address, fields apart by spaces (投稿与新闻线索:李女士 手机:13600000000
    # 邮箱:qs#example.cn; not a notice's sentence: 投稿方式：作品发送至邮箱…，邮件主题注明…)
    r"|^(?:投稿|新闻线索|报料)[^。！？!?：:，,]{0,12}[:：][^。！？!?，,]*?(?:\d{7,}|[\w.\-]+[@#][\w\-]+\.[\w.]+)[^。！？!?，,]*$"
    r"|^[\u4e00-\u9fff]{0,4}首页$"  # a link to the site's home alone (学校首页, 返回首页)
    r"|^(?:(?:周|星期)?[日一二三四五六天][\s\u3000]+){6}(?:周|星期)?[日一二三四五六天]$"  # a calendar's weekdays: 日 一 二 … 六
    # 关注微信公众号, 欢迎关注我们, 长按识别二维码关注“青山发布” (not 关注民生, 关注我们的孩子: headlines)
    r"|^(?:欢迎|请)?(?:扫码|扫描二维码|长按(?:识别)?二维码|点击(?:上方)?蓝字[\s\u3000]*)?关注(?:我们|[“\"][^”\"]{1,16}[”\"])?(?:微信)?(?:公众号)?"
    r"[\s\u3000!！。↓]*$"
    r"|^(?:责任编辑|责编|浏览次数|点击数|阅读次数|原标题)[\s\u3000]*[^\s\u3000。，]{0,40}$"  # without the colon
    r"|^[（(](?:原标题|来源|稿源|责任编辑|责编|编辑)[\s\u3000]*[:：][^（）()]{0,60}[）)]$"  # （来源：某报）
    # a date stamp (创建于 2013-06-19), a count of its views after it (2024-05-17 1181)
    rf"|^(?:(?:创建|发布|更新|发表)于[\s\u3000]*)?{_DATE_STAMP}(?:[\s\u3000]+\d{{1,7}})?$"
    # numbers alone (counts of views: 1 1 1), a month's badge, a day's (04-08: a post's day on a line of its own, under
    # its field 发布时间：; not 3-1, a score)
    r"|^\d{1,7}(?:[\s\u3000]+\d{1,7})*$|^\d{4}[-/.]\d{1,2}$|^(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])$"
    r"|^(?:admin|Admin|ADMIN|管理员|超级管理员)$"  # the account that posted it
    # an e-paper's page and issue (5:综合总第44期 >2011-12-08编印, A3:…; not a headline: 院刊总第33期出刊)
    r"|^[A-Z]?\d{1,2}[:：][^。！？!?，,]{0,20}总第[\d一二三四五六七八九十百千]+期[^。！？!?，,]{0,30}$"
    # a post's time with the paper or the unit that posted it: 青山日报  2020-09-25 19:40:43, 2016-06-08 14:54办公室
    rf"|^[\u4e00-\u9fff]{{1,11}}(?:{_POSTER})[\s\u3000]+{_POSTED}$"
    rf"|^[\u4e00-\u9fff]{{1,11}}(?:网|在线|客户端|融媒|报|发布|新闻){_POSTED}$"  # (a site's glued: 青山在线2017-08-02 10:44:57)
    rf"|^{_POSTED}[\s\u3000]*[\u4e00-\u9fff]{{1,11}}(?:{_POSTER})$"
    # its day glued to the unit: 2010-05-12宣传科
    rf"|^\d{{4}}[-/.]\d{{1,2}}[-/.]\d{{1,2}}[\u4e00-\u9fff]{{1,11}}(?:{_POSTER})$"
    # a path through the site by dots, to the article: 青山网 • 首页动态 • 正文
    r"|^(?:[\u4e00-\u9fffA-Za-z0-9]{1,12}[\s\u3000]*[•·][\s\u3000]*){1,6}(?:正文|文章内容|内容)$"
    # a paper or a site and the day it printed or posted the article: 青山日报 2022年03月08日
    rf"|^[\u4e00-\u9fff][\u4e00-\u9fff·]{{0,15}}(?:日报|晚报|晨报|时报|商报|周报|报社|网|客户端|在线|融媒)[\s\u3000]+{_DATE_STAMP}$"
    # a site's version for phones under its name (青山新闻网手机版), a word of the site's letters alone (news, home)
    r"|^[\u4e00-\u9fff]{2,12}(?:手机版|移动版|触屏版|手机站)$|^[A-Za-z]{1,12}$"
    # a row of a page's buttons, or one alone: 评论投稿 打印 转发 复制链接 | 字号, 分享
    rf"|^(?:\d{{4}}年\d{{1,2}}月\d{{1,2}}日[\s\u3000]*(?:星期|周)[一二三四五六日天][\s\u3000]*)?"  # (the day an e-paper shows)
    r"(?:[\u4e00-\u9fff]{1,10}(?:网|在线|客户端)[\s\u3000]+)?"  # (the site's name before them: 青山网 打印 纠错)
    rf"[\d\s\u3000<>《》]*(?:{_BUTTONS})(?:(?:[\s\u3000|｜\d<>《》]|{_PAPER_DAY})+(?:{_BUTTONS}))*[\s\u3000|｜\d<>《》:：]*$"
    # a player that reads the article aloud, with its clock (收听本文 00:00/00:00), a link that skips to the page's
    # content or its menu (跳转到正文内容, 跳转到路径导航栏)
    r"|^(?:收听本文|语音播报|朗读本文)[\s\u3000]*\d{1,2}:\d{2}(?:[\s\u3000]*/[\s\u3000]*\d{1,2}:\d{2})?$"
    r"|^跳转到[\u4e00-\u9fff]{2,10}$"
    # a site's search box, its lists and counters, its welcome (关键字搜索, 文章搜索：, 标题导航, 点击排行, 欢迎光临青山新闻网！)
    r"|^(?:关键字搜索|关键词搜索|文章搜索|站内搜索|站内|全站|全文检索|标题导航|版面导航|查找文章|最新发布|最新文章|点击排行|"
    r"热门文章|访问统计|累计访问|搜索历史(?:[\s\u3000]*清空)?|热门搜索|本版列表新闻|本版新闻列表|本版新闻|本版导航|"
    # a site's sections and its versions for the old, a social app's lists and prompts, a comment box
    r"热门推荐|专题专栏|无障碍阅读|适老化|长者模式|站群导航|导航|部门网站|乡镇网站|信息公开|往期推荐|往期回顾|"
    r"收录于合集|预览时标签不可点|微信扫一扫关注该公众号|继续滑动看下一个|向上滑动看下一个|轻触阅读原文|阅读原文|微信扫一扫分享|"
    r"手机扫一扫|请登录后发表评论|验证码|(?:已有|共有)?\d+条评论|用户名[\s\u3000]*[:：][\s\u3000]*密码|"
    r"(?:登录|注册)[\u4e00-\u9fffA-Za-z]{0,10}[账帐]号)[\s\u3000:：]*$"  # (登录青山云账号: a site's login)
    # a site's footer: its record numbers alone (青ICP备12345678号, 青公网安备 12345678号, 网站标识码：1234567890)
    r"|^(?:(?:备案号|备案编号)?[\s\u3000:：]*[\u4e00-\u9fff]{1,2}ICP备[\dA-Z]+号(?:-\d+)?|[\u4e00-\u9fff]{1,2}公网安备[\s\u3000]*\d+号"
    r"|网站(?:标识|识别)码[\s\u3000]*[:：]?[\s\u3000]*[\dA-Z]+|[\s\u3000|｜]"
    r"|互联网新闻信息(?:服务)?许可证(?:编号)?[\s\u3000]*[:：]?[\s\u3000]*[\dA-Z]+)+$"  # (and the news licence's number)
    # an e-paper's count of its pages, after its buttons (下一版»本期共4版(1-2-4))
    r"|^(?:(?:上一版|下一版|上一期|下一期)[»«<>\s\u3000]*)*本期共\d+版(?:[（(][\d\-]+[）)])?$"
    # a picture's file name, standing for the picture (8B4A7591.JPG, IMG_0012.jpeg), or its code alone (59BE9, lanmu_02)
    r"|^[\w\-.]{1,40}\.(?:[Jj][Pp][Ee]?[Gg]|[Pp][Nn][Gg]|[Gg][Ii][Ff]|[Bb][Mm][Pp]|[Ww][Ee][Bb][Pp])$"
    r"|^(?:\d{5,12}|(?=(?:\d*[A-F]){2})(?=(?:[A-F]*\d){2})[0-9A-F]{5,16}|[A-Za-z]+_[A-Za-z0-9_]+)$"
    # a producer's mark closing the article ((青山客户端出品))
    r"|^[（(][\u4e00-\u9fff]{2,16}出品[）)]$"
    # a social app's header over the post: 原创 青山发布 青山发布 2024-05-06 18:30 发表于青山
    rf"|^原创[\s\u3000].{{0,40}}{_POSTED}(?:[\s\u3000]*发表于[\u4e00-\u9fff]{{1,8}})?$"
    # its welcome, or the welcome and the buttons of its versions after it (欢迎您访问青山网！ 设为首页 | 关怀版)
    rf"|^(?:您好[,，！!]?[\s\u3000]*)?欢迎您?(?:光临|访问|来到)(?:[^。，,；;]{{1,20}}[!！]?"
    r"|[^。，,；;]{1,20}[,，][\s\u3000]*您是(?:本站)?第[\d,]+位(?:访客|访问者)[!！。]?"  # (and its counter of visits)
    rf"|[^。，,；;\s\u3000]{{1,20}}[!！]?(?:[\s\u3000|｜]+(?:{_VERSIONS}))+[\s\u3000]*)$"
    # an app's banner over the page (打开, 打开APP, 打开青山新闻阅读, 打开ChinaNews阅读; not 打开绘本阅读), how long ago the
    # account posted it (3小时前, 青山新闻3小时前; not 回忆3天前)
    r"|^打开(?:[\u4e00-\u9fffA-Za-z]{0,12}?(?:APP|App|app|客户端)|[A-Za-z][A-Za-z ]{0,15}阅读|[\u4e00-\u9fff]{2,8}新闻阅读)?$"
    rf"|^(?:[\u4e00-\u9fff]{{0,10}}(?:{_POSTER}|新闻))?\d{{1,2}}(?:分钟|小时|天)前$"
    # an e-paper's day, paper and page under a reprinted title: 2024年7月31日 青山日报 第8版
    r"|^\d{4}年\d{1,2}月\d{1,2}日[\s\u3000]+[\u4e00-\u9fff]{2,12}报[\s\u3000]+第?[A-Z]?\d{1,2}版$"
    # a site's menu from its home: 今日  首页 -在线投稿 -往期报纸 -常见问题 -帮助
    r"|^[\u4e00-\u9fff]{0,4}[\s\u3000]*首页(?:[\s\u3000]*[-|｜·•/][\s\u3000]*[\u4e00-\u9fff]{2,6}){2,}[\s\u3000]*$"
    r"|^!\[[^\]]*\]\([^)]*\)$|^(?:https?://|www\.)\S+$|^[-*=_]{3,}$"  # a Markdown image, a link, a rule
    # 首页 > 新闻 > 正文, and one column's step to the article's text: 精品原创 > 正文
    rf"|^(?:[\u4e00-\u9fffA-Za-z0-9 \u3000]{{1,12}}{_STEP_MARK}[ \u3000]*){{2,}}"
    r"[\u4e00-\u9fffA-Za-z0-9 \u3000]{0,30}$"
    rf"|^[\u4e00-\u9fffA-Za-z0-9 \u3000]{{1,12}}{_STEP_MARK}[ \u3000]*正文$"
    # a site's name, then one step: 青山网 > 滚动新闻 (not an arrow, which a headline may hold: 青山→北京)
    rf"|^{_SOURCE}(?:[\u4e00-\u9fff]{{1,4}}(?:站|频道))?[ \u3000]*(?:-{{1,2}}>|>>|>|＞|»|›)[ \u3000]*"
    r"[\u4e00-\u9fffA-Za-z0-9]{2,12}$"  # (or its city's station: 青山网白石站 > 志愿服务)
    # from the site's home, each step up to a column's long name: 首页 > 信息公开 > 教育文化与全民健身服务领域 > 文体服务
    rf"|^(?:首页|主页|网站首页)(?:[ \u3000]*{_STEP_MARK}[ \u3000]*[\u4e00-\u9fffA-Za-z0-9·]{{1,24}}){{2,8}}$"
    r"|^.{0,60}(?:\{\{[^{}]{1,40}\}\}|\{%[^{}]{1,40}%\}).{0,60}$"  # a template's tag left unfilled: {{ item.count }}
    # a row of the site's links, three or more parted by bars, two of them sites: 青山大学新闻网 | 青山大学报 | 青山论坛
    r"|^(?=(?:.*?(?:网|报|论坛|客户端|频道|政府)(?:[\s\u3000]*[|｜]|[\s\u3000]*$)){2})"
    r"[^|｜。，,；;：:！？!?\s]{2,16}(?:[\s\u3000]*[|｜][\s\u3000]*[^|｜。，,；;：:！？!?\s]{2,16}){2,}$"
    # a site's licences, a paper's numbers (新闻信息服务许可证 编号：…, 国内统一刊号：CN…; its ICP number is read where
    # it stands: kg.extract.ner.keep)
    r"|^[^。！？!?]{0,60}(?:新闻信息服务许可证|视听节目许可证|网络文化经营许可证|统一刊号|邮发代号)[\s\u3000]*"
    r"(?:编号|证号|号)?[\s\u3000]*[:：]?[\s\u3000]*[A-Z0-9][^。！？!?]{0,60}$"
    r"|^[-*•·—_=~.。…|｜▼\s\u3000]+$"  # marks and nothing else
    r"|^[-—=_*~]{3,}[\u4e00-\u9fff]{1,6}[-—=_*~]{3,}$"  # a rule drawn round its name: ------分隔线------
    # a site's menu: its versions and buttons (• 繁体版, 无障碍, 长辈版, 手机版, 退出长者模式), in a row, and its footer's links
    rf"|^[•·\s\u3000]*(?:进入|退出|切换(?:到|至)?|开启|关闭)?(?:{_VERSIONS})(?:[•·|｜\s\u3000]+(?:{_VERSIONS}))*[\s\u3000]*$"
    # a photo's placeholder caption: (资料图), （图片来源：网络）
    r"|^[（(](?:资料图片?|图片来源[:：].{1,20}|网络图片|配图|示意图|视频截图|图片)[）)]$"
    r"|^(?:[-*•][ \u3000]*)?(?:回复|查看更多回复|查看全部回复|展开回复)[>＞]?$"  # a comment box's buttons
    # a site's reviewers and the names alone after them (一审：王五; not a court's 一审：以盗窃罪判处…)
    r"|^[一二三]审[\s\u3000]*[:：][\s\u3000]*[\u4e00-\u9fff·]{1,3}(?:[\s\u3000]+[\u4e00-\u9fff·]{1,3})?$"
    # a path through the site by spaces, from its home (首页 新闻中心 青山新闻 - 要闻)
    r"|^(?:首页|主页|网站首页)(?:[ \u3000]+(?:[-—>][ \u3000]*)?[\u4e00-\u9fffA-Za-z0-9]{2,8}){2,8}[ \u3000]*$"
    # a path through the site: 首页 > 综合新闻, 首页——正文 分享, 首页 > 新闻 > 正文; its first step alone (首页)
    rf"|^(?:首页|主页|网站首页)(?:[ \u3000]*(?:{_STEP_MARK}|——|—|/)[ \u3000]*[\u4e00-\u9fffA-Za-z0-9· \u3000]{{1,30}})*$"
    # where a clipping site took the item from, its issue before it: 20210606期来自:青山日报
    r"|^(?:\d{4,8}期)?[\s\u3000]*来自[\s\u3000]*[:：][\s\u3000]*[^\s\u3000。，,；;！？!?]{1,16}$"
)

# Names glued to their role, several roles in a row: 李四, 李四、王五, 李四本报记者王五
_NAMES = r"[\u4e00-\u9fff·]{2,9}?(?:[、，,][\u4e00-\u9fff·]{2,9}?)*"
_GLUED_NAMES = re.compile(rf"{_NAMES}(?:[\u4e00-\u9fff/]{{0,12}}?(?:记者|通讯员){_NAMES})*(?:报道)?")


def names_only(text: str, most: int = 3) -> bool:
    """Whether ``text`` is one to ``most`` person names and nothing else, apart or run together,
    each of two or three characters opening with a common surname, no division of the gazetteer
    and no word of the dictionary but a name (江苏, 周一, 林业局, 张家口 open with a surname too).
    Brackets right after a dateline credit a team of up to six (某某网青山频道3月1日电（张三 李四 王五 赵六））.

    Examples:
        >>> names_only("王思远张明华"), names_only("王思远、李明"), names_only("杨云")
        (True, True, True)
        >>> names_only("新华社"), names_only("江苏"), names_only("周一"), names_only("张家口"), names_only("王保平")
        (False, False, False, False, True)
        >>> names_only("张三 李四 王五 赵六"), names_only("张三 李四 王五 赵六", most=6)
        (False, True)
    """
    names = [n for part in _parts(text) for n in split_names(part)]
    return 1 <= len(names) <= most and all(2 <= len(n) <= 3 and _surnamed(n) and _no_other_word(n) for n in names)


def _no_other_word(name: str) -> bool:
    """Whether a name is no division of the gazetteer and no word of the dictionary but a person's name (not 江苏, 周一)."""
    return not named(name) and not (in_dictionary(name) and words(name)[0].pos != "nr")


def names_in_a_credit(text: str, most: int = TEAM) -> bool:
    """Whether ``text`` is names apart, as a credit lists them (张三 李四 王五): :func:`names_only`, or two or more of
    two or three characters, most of them :func:`names_only`'s and the others opening with a surname of the table and
    no division's name (尚进, a rarer surname, beside 张小龙 and 胡大棣); half of them where the others are of three
    characters, no word of the dictionary and no place's or unit's name (包如新 beside 郭远慈).

    Examples:
        >>> names_in_a_credit("张小龙 胡大棣 尚进"), names_in_a_credit("张小龙 江苏"), names_in_a_credit("尚进")
        (True, False, False)
        >>> names_in_a_credit("郭远慈 包如新"), names_in_a_credit("郭远慈 包新区"), names_in_a_credit("郭远慈 石油")
        (True, False, False)
        >>> names_in_a_credit("茆小维 李小四")  # (茆, a surname too rare for the table)
        True
    """
    if names_only(text, most=most):
        return True
    names = _parts(text)
    others = [n for n in names if not names_only(n)]
    # (half of them at most, or just half where those are of three characters and no word: 郭远慈 包如新)
    return 2 <= len(names) <= most and all(2 <= len(n) <= 3 and _a_surname_first(n) and not named(n) for n in names) \
        and (2 * len(others) < len(names)
             or 2 * len(others) == len(names) and all(len(n) == 3 and not in_dictionary(n)
                                                       and not _ENDS_AS_A_PLACE_OR_UNIT.search(n) for n in others))


def _a_surname_first(name: str) -> bool:
    """Whether a name opens with a surname of the table, or with one too rare for it that jieba reads alone as a
    person's name before the rest (茆 of 茆小维; not 实 of 实训), or, in two characters, reads whole as a person's
    name and is no word of jieba's dictionary (扈 of 扈小; not 供稿, nor 养老, which jieba's dictionary tags as a name).

    Examples:
        >>> _a_surname_first("李小四"), _a_surname_first("茆小维"), _a_surname_first("实训")
        (True, True, False)
        >>> _a_surname_first("扈小"), _a_surname_first("供稿"), _a_surname_first("养老")
        (True, False, False)
    """
    if surname_count(name[0]) > 0:
        return True
    ws = words(name)
    if len(name) == 2:
        return len(ws) == 1 and ws[0].pos == "nr" and not in_dictionary(name)
    return len(name) == 3 and ws[0].text == name[0] and ws[0].pos == "nr"


# A role, a bar and a name: 记者｜李四 (in a line of them, a name of any words: 记者｜于洋 通讯员｜刘小建).
_ROLE_BAR_NAME = re.compile(r"(?:记者|通讯员|实习生)[\s\u3000]*[|｜][\s\u3000]*([\u4e00-\u9fff·]{2,4})(?![\u4e00-\u9fff])")


def _reads_as_a_name(name: str) -> bool:
    """Whether a run of two to four characters reads as a person's name: names of the table's surnames and no other
    word (:func:`names_only`), or one jieba reads whole as a person's name (仝小燕); not a column's words (走基层,
    春耕, 方言, 常态化, 万家灯火).

    Examples:
        >>> [_reads_as_a_name(n) for n in ("李小四", "仝小燕", "欧阳晓明", "走基层", "春耕", "方言", "常态化", "万家灯火")]
        [True, True, True, False, False, False, False, False]
    """
    ws = words(name)
    return names_only(name) or len(name) == 3 and [w.pos for w in ws] == ["nr"] \
        or len(name) == 4 and surname_count(name[0]) > 0 and ws[-1].pos == "nr" and len(ws[-1].text) == 2


def _surnamed(name: str) -> bool:
    """Whether a name opens with a common surname, or is three characters jieba reads as one person's name that open
    with a rarer one (葛金荣).

    Examples:
        >>> _surnamed("张兴宏"), _surnamed("葛金荣"), _surnamed("葛金"), _surnamed("葛根汤"), _surnamed("水仙花")
        (True, True, False, False, False)
    """
    if surname_count(name[0]) >= COMMON:
        return True
    if len(name) != 3 or surname_count(name[0]) == 0 or in_dictionary(name):
        return False  # (水仙花, 吉祥物: words of the dictionary jieba tags as names)
    ws = words(name)
    return len(ws) == 1 and ws[0].pos == "nr"


def bracketed_names(text: str) -> bool:
    """Whether ``text`` is person names alone in brackets (:func:`names_only`): an author's credit
    closing an article (（王思远张明华）).

    Examples:
        >>> bracketed_names("（王思远张明华）"), bracketed_names("王思远"), bracketed_names("（江苏）")
        (True, False, False)
        >>> bracketed_names("（张 伟）")  # a name of two spaced out, as names of three line up
        True
    """
    t = text.strip(" \u3000")
    if not (t[:1] in "（(" and t[-1:] in "）)" and len(t) > 2):
        return False
    inner = re.sub(r"^([\u4e00-\u9fff])[ \u3000]{1,3}([\u4e00-\u9fff])$", r"\1\2", t[1:-1])
    return names_in_a_credit(inner) or rare_names(inner) or _with_a_foreign_name(inner) \
        or _rarer_surname_and_given_name(inner)


def _with_a_foreign_name(text: str) -> bool:
    """Whether ``text`` is names apart, one of them at least a name of the table's surnames, the others of three or
    four characters that jieba reads as names alone (a person's or a place's, as it reads a transliteration), no
    division and no place's or unit's name: a name of a people with no surname of the table (俄尔玛, 阿依古丽)
    credited beside a colleague's.

    Examples:
        >>> _with_a_foreign_name("俄尔玛 杨小英"), _with_a_foreign_name("杨小英 阿依古丽"), _with_a_foreign_name("俄尔玛")
        (True, True, False)
        >>> _with_a_foreign_name("白石镇 杨小英"), _with_a_foreign_name("会议现场 杨小英"), _with_a_foreign_name("欧阳小娜 杨小英")
        (False, False, False)
    """
    parts = _parts(text)
    known = [n for n in parts if names_only(n, most=1)]
    return 2 <= len(parts) <= TEAM and 0 < len(known) < len(parts) and all(
        3 <= len(n) <= 4 and not named(n) and not _ENDS_AS_A_PLACE_OR_UNIT.search(n)
        and all(w.pos in ("nr", "nrt", "nrfg", "ns") for w in words(n))
        and (len(n) == 3 or len(words(n)) == 1)  # (four characters jieba reads as one name: not 欧阳小娜, two names' run)
        for n in parts if n not in known)


def rare_names(text: str, most: int = TEAM) -> bool:
    """Whether ``text`` is names apart of two or three characters, each opening with a surname of the table however
    rare (喻, 牟), each :func:`names_only`'s or no word of the dictionary that jieba reads as a person's name, none a
    division: what a credit in brackets holds where it closes an article or follows a dateline (（牟小瑜 张连杰）).

    Examples:
        >>> rare_names("牟小瑜 张连杰"), rare_names("喻培家"), rare_names("牟利"), rare_names("江苏")
        (True, True, False, False)
    """
    names = _parts(text)
    return 1 <= len(names) <= most and all(2 <= len(n) <= 3 and surname_count(n[0]) > 0 and not named(n)
                                           and (names_only(n) or not in_dictionary(n) and words(n)[0].pos == "nr")
                                           for n in names)


def _rarer_surname_and_given_name(text: str) -> bool:
    """Whether ``text`` is one name of three characters, no word of the dictionary nor a division, whose first is a
    surname of the table however rare (尤, an adverb to jieba) and whose other two jieba reads alone as a given name
    (青青): the one name a credit closing an article holds in brackets (（尤青青）; not 尤其是).

    Examples:
        >>> _rarer_surname_and_given_name("尤青青"), _rarer_surname_and_given_name("尤其是")
        (True, False)
    """
    return len(text) == 3 and surname_count(text[0]) > 0 and not in_dictionary(text) and not named(text) \
        and [w.pos for w in words(text[1:])] == ["nr"]


# Up to three names of two to four characters (a credit's), then names alone in brackets and the source of the text
# after them: （李四 来源：青山发布）.
_CREDITED_NAME = r"(?:(?!供稿)[\u4e00-\u9fff·]){2,4}"  # (供稿, who supplied the text: no name, nor a name's end)
_CREDITED_NAMES = rf"(?P<names>{_CREDITED_NAME}(?:[\s\u3000、]+{_CREDITED_NAME}){{0,2}})"
_NAMES_THEN_SOURCE = re.compile(rf"[（(]{_CREDITED_NAMES}[\s\u3000]+来源[:：][^（）()]{{1,16}}[）)]")
# A unit in brackets, then the names of who wrote for it: （青山学院宣传部 李四）.
_UNIT_THEN_NAMES = re.compile(rf"[（(](?:由[\s\u3000]*)?(?P<unit>[\u4e00-\u9fff]{{3,16}})"
                              rf"(?:[\s\u3000]+|[\s\u3000]*[:：][\s\u3000]*)"
                              rf"{_CREDITED_NAMES}(?P<supplied>[\s\u3000]*供稿)?[\s\u3000]*[）)]")
# (or a colon after the unit: （青山县卫健局：李四）; or 供稿 after the names, who supplied the text: （青山县政协 李四 供稿）,
# （由 青山县政协 李四供稿）)
# A unit in brackets and the names of two or more who wrote for it glued to it: （青山县农业局李小四、王五）, （…局李小四 王五）.
_UNIT_GLUED_NAMES = re.compile(rf"[（(](?P<unit>(?!图为|图中|左起|右起|前排|后排|照片|图片)[\u4e00-\u9fff]{{3,16}}?"
                               rf"(?:{UNIT_HEADS})(?<!干部))"  # (not a caption's 图为青山县农业局干部李四、王五)
                               r"(?P<names>[\u4e00-\u9fff·]{2,3}(?:[、 \u3000]+[\u4e00-\u9fff·]{2,3})+)[）)]")
# The last name of two in brackets spaced out to line up with names of three: （青山日报 李小四 张 三）.
_LINED_UP_LAST = re.compile(r"(?<=[\s\u3000])([\u4e00-\u9fff])[ \u3000]{1,3}([\u4e00-\u9fff])(?=[）)]$)")
# Web fields in brackets, parted by commas, each a label and a short value: (供稿:李四,审稿:王五).
_FIELDS_IN_BRACKETS = re.compile(rf"[（(](?:(?:{_SITE_FIELDS})[:：][^,，；;（）()]{{1,16}}[,，；;]?)+[）)]")
# The same fields without brackets, parted by semicolons, two or more: 撰稿：李四；摄影：王五；审核：赵六.
_FIELDS_PARTED = re.compile(rf"(?:(?:{_SITE_FIELDS})[:：][^,，；;（）()]{{1,16}}[；;][\s\u3000]*)+"
                            rf"(?:{_SITE_FIELDS})[:：][^,，；;（）()]{{1,16}}[；;]?")


# Two roles or more, each with its names glued to it, after the paper the report is taken from (据青山日报客户端丨):
# 记者李四 通讯员王五 (one role glued to one name is no byline by itself: 记者走基层)
_GLUED_ROLES = re.compile(
    rf"(?:据?{_SOURCE}[\s\u3000丨|｜]*)?((?:(?:记者|通讯员)[\u4e00-\u9fff·]{{2,3}}(?:、[\u4e00-\u9fff·]{{2,3}})*"
    r"[\s\u3000、]*){2,})")  # (记者李四、通讯员王五: the roles parted by 、 too)


def _glued_roles(text: str) -> bool:
    """Whether ``text`` is :data:`_GLUED_ROLES`, one of its names a person's with a common surname
    (:func:`names_only`) and the others names of two or three characters that are no word of the dictionary or the
    gazetteer (a rare surname: 记者昂小颖 通讯员王五).

    Examples:
        >>> _glued_roles("据青山日报客户端丨记者李小四 通讯员王五"), _glued_roles("记者李小四、张明 通讯员昂小颖")
        (True, True)
        >>> _glued_roles("记者走基层 通讯员看变化"), _glued_roles("记者李小四"), _glued_roles("记者李小四 通讯员江苏")
        (False, False, False)
        >>> _glued_roles("记者李小四、通讯员王五"), _glued_roles("记者李小四、王五、通讯员赵小六")
        (True, True)
    """
    m = _GLUED_ROLES.fullmatch(text)
    if not m:
        return False
    names = [n for chunk in re.split(r"记者|通讯员|[、\s\u3000]", m.group(1)) if (n := chunk.strip())]
    return any(names_only(n) for n in names) and all(_no_other_word(n) for n in names)


# The photos' field before a role and its name (图片：通讯员 李四): the role says what the person is.
_PHOTOS_FIELD = re.compile(r"(?:图片|照片|摄影|图)[\s\u3000]*[:：]")


def opens_with_a_role(line: str, photos: bool = False) -> re.Match | None:
    """The byline's role word a line opens with, after the photos' field at most (通讯员 王五, 图片：通讯员 王五); with
    ``photos``, only after that field.

    Examples:
        >>> [bool(opens_with_a_role(t)) for t in ("通讯员 王五", "图片：通讯员 王五", "图片：王五")]
        [True, True, False]
        >>> bool(opens_with_a_role("通讯员 王五", photos=True)), opens_with_a_role("图片：记者 王五", photos=True).group()
        (False, '记者')
    """
    t = line.strip(" \u3000")
    field = _PHOTOS_FIELD.match(t)
    return None if photos and field is None else ROLE_WORD.match(t, field.end() if field else 0)


# A credit that names no one, under a headline: the article compiled by the paper's reporters from several reports (in
# brackets between a digest's items, （本报综合） is a source's note, no byline).
_COMPILED = re.compile(r"(?:(?:本报|本台|本网)(?:记者)?|记者)综合(?:报道|整理)?|综合(?:报道|整理)")
# An author's field that names no one: 作者：综合, 作者：本站, 撰稿：佚名, 作者：青山新闻网; or nothing (作者： | 来源：…).
_EMPTY_FIELD = re.compile(r"(?:作者|撰稿|供稿)[\s\u3000]*[:：][\s\u3000]*(?:$|[|｜】］\]])")  # (…【作者:】)
_FIELD_OF_NO_ONE = re.compile(r"(?:作者|撰稿|供稿)[\s\u3000]*[:：][\s\u3000]*(?:综合|佚名|未知|(?:本站|本网)(?:编辑|小编)?|编辑部|"
                              r"管理员|消息|[\u4e00-\u9fff]{2,12}(?:网|报|台|中心|融媒|客户端))"
                              # (nothing after it but another field or a widget: 作者：本网编辑 【关闭】)
                              r"(?=[\s\u3000]*(?:$|[\u4e00-\u9fff]{2,6}[:：]|[\[【［]))")


def credits_no_one(byline: str) -> bool:
    """Whether a credit names no person: its one role word is a compiled report's (记者综合) or an author's field that
    names no one (2024-08-28 作者：综合 来源：青山日报).

    Examples:
        >>> credits_no_one("2024-08-28 作者：综合 来源：青山日报"), credits_no_one("记者综合"), credits_no_one("作者：李四")
        (True, True, False)
        >>> credits_no_one("时间:2024-06-12 来源:未知 作者:青山新闻网 点击:")
        True
        >>> credits_no_one("来源：青山县规划局 作者：本站编辑 [打印]")
        True
        >>> credits_no_one("本报记者 李四 综合报道"), credits_no_one("作者：新华社 李四"), credits_no_one("作者：王新社")
        (False, False, False)
        >>> credits_no_one("作者:学生处日期:2023-05-23点击:651"), credits_no_one("作者:王小五 日期:2023-05-23")
        (True, False)
        >>> credits_no_one("发布时间:2020-07-14 | 作者: | 来源:青山网"), credits_no_one("作者:")  # (an empty field)
        (True, True)
        >>> credits_no_one("发布日期:2024-02-05 作者:市残联 来源:本站"), credits_no_one("作者:王小五 来源:本站")
        (True, False)
        >>> credits_no_one("【发布日期:2022-10-21】 【来源:本站】 【作者:】"), credits_no_one("【作者:王小五】")
        (True, False)
    """
    t = byline.strip(" \u3000")
    if len(ROLE_WORD.findall(t)) != 1:
        return False
    unit = _UNIT_AUTHOR.search(t)  # (作者:学生处日期:…: a unit, no one, glued to the next field)
    return bool(_FIELD_OF_NO_ONE.search(t) or _EMPTY_FIELD.search(t) or _COMPILED.fullmatch(t)
                or unit is not None and _a_unit_or_a_place(unit.group(1)))


def _a_unit_or_a_place(name: str) -> bool:
    """Whether an author's field names a unit or a mass body that no person's name spells (学生处, 市残联), or a
    division or a township of the gazetteer (张集镇), not a person (蒙新乡, 欧阳振镇).

    Examples:
        >>> _a_unit_or_a_place("市残联"), _a_unit_or_a_place("张集镇"), _a_unit_or_a_place("蒙新乡")
        (True, True, False)
    """
    return ((UNIT_END.search(name) is not None or name.endswith(MASS_BODIES)) and not names_only(name)
            or bool(named(name)) or name in towns())


# An author's field that names a unit of three characters or more, then the next field or nothing (作者：学生处日期：…).
_UNIT_AUTHOR = re.compile(r"(?:作者|撰稿|供稿)[\s\u3000]*[:：][\s\u3000]*([\u4e00-\u9fff]{3,12})"
                          r"(?=[\s\u3000]*(?:$|[\u4e00-\u9fff]{2,6}[:：]))")


# An intern's mark after a name in a credit: 王五(实习), 王五（实习生）.
INTERN = re.compile(r"(?<=[\u4e00-\u9fff])[（(](?:实习生?|见习)[）)]")
# An intern's mark standing apart among the names in brackets after a dateline (讯（王五 实习 李四 张三）): no name.
SPACED_INTERN = re.compile(r"(?<=[ \u3000])(?:实习生?|见习)(?=[ \u3000])")
# A credit's writer beside its photographer: 李四 文/王五 摄, (文/李四 摄影/王五).
_WRITTEN = re.compile(r"(?:^|[\s\u3000（(])(?:文|撰文)[/／:：]|[\u4e00-\u9fff][\s\u3000/／]*(?:文|撰文)[/／\s\u3000]")


# An author's name with the unit in brackets after it: 李四（青山学院）, 李四 王五 (集团办公室).
_NAME_THEN_UNIT = re.compile(rf"(?P<names>[\u4e00-\u9fff]{{2,3}}(?:[\s\u3000、][\u4e00-\u9fff]{{2,3}}){{0,2}})"
                             rf"[\s\u3000]*[（(][\u4e00-\u9fff]{{2,16}}(?:{UNIT_HEADS})[）)]")


def names_then_unit(text: str) -> bool:
    """Whether a line is its authors' names and their unit in brackets (李四（青山学院）).

    Examples:
        >>> names_then_unit("李小四 (青山学院)"), names_then_unit("李四 王五（集团办公室）"), names_then_unit("江苏（青山集团）")
        (True, True, False)
    """
    m = _NAME_THEN_UNIT.fullmatch(text.strip(" \u3000"))
    return bool(m) and names_only(m.group("names"))


# The outlets a credit names before its role word: a paper or a site, and the apps it posts by (青山网 青山APP 记者 李四).
_OUTLETS = re.compile(rf"(?:(?:{_SOURCE}|[\u4e00-\u9fffA-Za-z]{{1,8}}?(?:APP|App|app|客户端))[\s\u3000]*){{1,3}}")


# A writer's field whose names commas part (作者:李四,王五 浏览次数:).
_COMMA_NAMES = re.compile(r"(?:^|(?<=[\s\u3000]))(?:原?作者|记者|通讯员|撰稿)[\s\u3000]*[:：][\s\u3000]*"
                          r"([\u4e00-\u9fff]{2,4}(?:[,，][\u4e00-\u9fff]{2,4})+)(?=[\s\u3000]|$)")


def _names_by_comma(t: str) -> str:
    """``t`` with spaces for the commas that part the names of a writer's field, where each is a name
    (作者:李四,王五,赵小六 浏览次数:; not 记者:李四,现场直击, nor 作者:白石县,青山市).

    Examples:
        >>> _names_by_comma("作者:罗小兰,陈大宏,赵小六 浏览次数:"), _names_by_comma("记者:李明,现场直击")
        ('作者:罗小兰 陈大宏 赵小六 浏览次数:', '记者:李明,现场直击')
        >>> _names_by_comma("作者:白石县,青山 浏览次数:")  # (places)
        '作者:白石县,青山 浏览次数:'
    """
    def spaced(m: re.Match) -> str:
        names = re.split("[,，]", m.group(1))
        if not all(names_only(n) for n in names):
            return m.group()
        return m.group()[: m.start(1) - m.start()] + " ".join(names)

    return _COMMA_NAMES.sub(spaced, t)


@lru_cache(maxsize=4096)  # (the segmenter's rules and the headline model ask of one line again and again)
def is_byline_line(text: str) -> bool:
    """A line that only credits authors: （天津日报记者 李四）, 本报记者 李四 通讯员 王五,
    文/图 李四, 作者：李四, 记者 李四 报道, 来源：某报 作者：李四; not a photo credit (记者 李四 摄).

    Examples:
        >>> [is_byline_line(t) for t in ("（天津日报记者 李四）", "文/图 李四", "作者：李四", "记者 李四 报道", "张三 王五 本报记者 李四")]
        [True, True, True, True, True]
        >>> [is_byline_line(t) for t in ("本报记者 王五 摄", "记者走基层", "记者节特别节目今晚播出")]
        [False, False, False]
        >>> is_byline_line("(供稿:李小四,审稿:王五)"), is_byline_line("(来源:青山日报,有删节)")
        (True, False)
        >>> is_byline_line("记者综合"), is_byline_line("本报综合"), is_byline_line("综合")
        (True, True, False)
        >>> is_byline_line("（李四 文/王五 摄）"), is_byline_line("（文/李四 摄影/王五）"), is_byline_line("（李四 摄）")
        (True, True, False)
        >>> is_byline_line("（李小四 来源：青山发布）"), is_byline_line("（会议现场 来源：青山发布）")
        (True, False)
        >>> is_byline_line("青山网 青山APP 记者 李四 通讯员 王五"), is_byline_line("青山县 白石镇 记者 李四")
        (True, False)
        >>> is_byline_line("青山融媒记者 李四 通讯员 王五"), is_byline_line("青山县融媒记者 李四")  # (融媒: the outlet's)
        (True, True)
        >>> is_byline_line("(记者李小四 通讯员王五)"), is_byline_line("（记者走基层 通讯员看变化）")
        (True, False)
        >>> is_byline_line("2009-04-07 青山新闻网 记者李小四、王五"), is_byline_line("2009-04-07 青山县 记者李小四")
        (True, False)
        >>> is_byline_line("记者｜李小四 通讯员｜王五"), is_byline_line("记者｜走进青山的田野"), is_byline_line("记者｜走基层")
        (True, False, False)
        >>> is_byline_line("记者｜王小洋"), is_byline_line("记者｜欧阳晓明"), is_byline_line("记者｜观察")
        (True, True, False)
        >>> is_byline_line("记者｜于洋 通讯员｜刘小建"), is_byline_line("记者｜走基层 通讯员｜看变化")
        (True, False)
        >>> is_byline_line("【记者 李小四】"), is_byline_line("【记者李小四】"), is_byline_line("【记者 走基层】")
        (True, True, False)
        >>> is_byline_line("【记者 手记】"), is_byline_line("【记者 李小四 通讯员 王五】"), is_byline_line("【记者李小四通讯员王五】")
        (False, True, True)
        >>> is_byline_line("【记者 王  芳】"), is_byline_line("【记者 马力】")  # (a name spaced out; a word's too)
        (True, True)
        >>> is_byline_line("2018-04-14 来源:青山镇 作者:罗小兰,陈大宏 浏览次数:"), is_byline_line("作者:罗小兰,陈大宏等说好")
        (True, False)
        >>> is_byline_line("(记者李小四 王五)"), is_byline_line("(青山日报记者李小四 王五)"), is_byline_line("(记者走基层 看变化)")
        (True, True, False)
        >>> is_byline_line("(记者李小四 白石县)"), is_byline_line("(记者李小四 王五 白石报道)"), is_byline_line("(记者李小四 北京)")
        (False, False, False)
        >>> is_byline_line("(记者李小四 通讯员 王五)"), is_byline_line("(记者李小四 通讯员王五)"), is_byline_line("(记者李小四 通讯员)")
        (True, True, False)
        >>> is_byline_line("图片：通讯员 李小四"), is_byline_line("图片：记者 李小四"), is_byline_line("图片：记者节")
        (True, True, False)
        >>> is_byline_line("图片：（李小四 王五）")  # (the photographers alone: no authors)
        False
        >>> is_byline_line("图片：通讯员提供"), is_byline_line("照片：记者 资料图"), is_byline_line("图片：记者 网络")
        (False, False, False)
    """
    t = _names_by_comma(text.strip(" \u3000").lstrip(BULLETS))  # (作者:李四,王五: no sentence's comma)
    if _FIELDS_IN_BRACKETS.fullmatch(t) and _PERSON_FIELD.search(" " + t[1:]) \
            or _FIELDS_PARTED.fullmatch(t) and _names_a_person(t):
        return True  # fields parted by commas: (供稿:李四,审稿:王五); by semicolons: 撰稿:李四;审核:王五
    if not t or re.search(r"[。，,；;！？!?]", t) or re.search(r"(?:摄|摄影|供图)[）)】]?$", t) and not _WRITTEN.search(t):
        return False  # (a photo's credit; not one that credits the writer too: 李四 文/王五 摄)
    if _COMPILED.fullmatch(t):
        return True  # 记者综合, 本报综合: a credit that names no one
    role = opens_with_a_role(t, photos=True)
    if role and names_only(t[role.end() :].strip(" \u3000")) and is_byline_line(t[role.start() :]):
        return True  # (图片：通讯员 李四: the role and the names of people; not 图片：通讯员提供, 图片：记者 资料图)
    if _is_meta(t):
        return len(t) <= 120 and _names_a_person(t)
    if names_after_stamp(t):
        return True  # 2024-01-25 21:33:43  李四 王五: the post's day and time, then its authors' names alone
    if len(t) > 48:
        return False
    if bracketed_names(t) or names_then_credit(t) or _glued_roles(t):
        return True  # （王思远张明华）: the authors' names alone, in brackets (People's Daily)
    if names_then_source(t):
        return True  # （李四 来源：青山发布）: the author, then where the text comes from
    inner = t[1:-1] if t[0] in "（(【[［" and t[-1] in "）)】]］" else t  # (【记者 李四】: a site's own brackets)
    if inner is not t and _glued_roles(inner):
        return True  # （记者李四 通讯员王五）: two roles glued to their names, in brackets (closing a paragraph)
    m = ROLE_WORD.search(inner)
    if not m:
        return False
    prefix, after = inner[: m.start()].strip(" \u3000"), inner[m.end():]
    # (the day of the post before the outlet: 2009-04-07 青山新闻网 记者李四、王五)
    dated = re.match(_DATE_STAMP + r"[\s\u3000]+", prefix)
    prefix = prefix[dated.end() :] if dated and _OUTLETS.fullmatch(prefix[dated.end() :]) else prefix
    # (the role's own word before 记者 may close the outlet's name, 青山融媒 of 青山融媒记者, where a space or a colon
    # parts the role from what follows: not 青山融媒记者走进田间, a title; names glued to it are read as such above)
    qualified = re.match(r"[\u4e00-\u9fff]+(?=记|通讯员)", m.group())
    outlet = qualified is not None and _OUTLETS.fullmatch(prefix + qualified.group()) is not None
    if prefix and not _OUTLETS.fullmatch(prefix) and not names_before_role(prefix, credit=inner is not t) \
            and not (outlet and inner[m.end() : m.end() + 1] in (" ", "\u3000", ":", "：")):
        return False
    if not after:
        return False
    if t[0] in "【[［" and inner is not t and not surname_count(
            (re.split(r"[、，,/／：:]+|通讯员|记者|摄影", after.lstrip(" \u3000"))[0] or " ")[0]):
        return False  # (a column's heading in a site's brackets: 【记者 手记】, 【记者 走基层】; not 【记者 王  芳】)
    if m.group().endswith(("/", "／", "：", ":")) or after[0] in " \u3000：:/／":  # (文图/李四)
        return True
    # a role and a name apart by a bar (记者｜李四; not a column's 记者｜走基层), or two roles and their names, each
    # after a bar, and nothing else, one of them read as a name (记者｜于洋 通讯员｜刘小建; not 记者｜走基层 通讯员｜看变化)
    barred = re.match(r"[|｜][\s\u3000]*([\u4e00-\u9fff·]{2,4})(?:$|[\s\u3000])", after)
    pairs = _ROLE_BAR_NAME.findall(inner) if barred else []
    if barred and (_reads_as_a_name(barred.group(1)) or len(pairs) >= 2 and any(map(_reads_as_a_name, pairs))
                   and _ROLE_BAR_NAME.sub("", inner).strip(" \u3000") == ""):
        return True
    # glued to the role (本报记者许立群, 本报驻某国记者李四): only after a paper's name or a post, or in brackets
    # around a person's name alone (（记者李四）; not 记者走基层)
    # (or a line of its own that names one person, a name of the table's surnames glued to 记者: 记者李四)
    # (or three names or more that 报道 closes: 记者李四高小五王大明报道; not where the report was made, 记者李四罗田报道)
    named = after.removesuffix("报道")
    alone = (inner is not t or reported_names(after) and all(w.pos.startswith("nr") for w in words(after))
             or named != after and reported_names(named) and _glued_names_reported(named)) \
        and names_only(named) and words(named)[0].pos != "ns"  # (not 记者李四说, a sentence)
    # （记者李四 王五）, （记者李四 通讯员 王五）: the first name glued to the role, the others spaced, another role before
    # some (no place: 白石县, 白石报道)
    pieces = [ROLE_WORD.sub("", p, count=1) if ROLE_WORD.match(p) else p for p in after.split()]
    if len(pieces) > 1 and pieces[-1] and all(names_only(p) and not _ENDS_AS_A_PLACE_OR_UNIT.search(p)
                                              for p in pieces if p):
        return True
    return bool((prefix or m.group() != "记者" or alone) and _GLUED_NAMES.fullmatch(after))  # (not 记者黄河行, a tour)


def _glued_names_reported(run: str) -> bool:
    """Whether the names before 报道 on a line of a role, names and 报道 are people's: three or more run together,
    each of two or three characters opening with a common surname, no word of the dictionary, and the last no place
    where the report was made (:func:`reported_from`; one name or two may be where it was made: 记者杨凌报道, 记者王强张江
    报道).

    Examples:
        >>> _glued_names_reported("李兵高世友杜晓蒙"), _glued_names_reported("李兵"), _glued_names_reported("王兵张江")
        (True, False, False)
        >>> _glued_names_reported("王兵温哥华"), _glued_names_reported("王兵李丽张强")  # (王兵李 丽张强: 丽 opens few names)
        (False, False)
    """
    names = [n for part in _parts(run) for n in split_names(part)]
    if not names or reported_from(names[-1]) or any(in_dictionary(n) for n in names):
        return False  # (nor a word of the dictionary, which jieba may read as a name: 温哥华, 陆家嘴)
    return len(names) >= 3 and all(2 <= len(n) <= 3 and surname_count(n[0]) >= COMMON for n in names)


def reported_from(word: str) -> bool:
    """Whether the word before 报道 is where the report was made: a division the gazetteer knows, named whole or bare
    (兰考 of 兰考县), or a name ending in a level (白石镇).

    Examples:
        >>> reported_from("兰考"), reported_from("白石镇"), reported_from("李小明")
        (True, True, False)
    """
    return bool(word) and (word[-1] in LEVEL_CHARS + "旗" or any(named(word + level) for level in ("", "县", "市", "区")))


def names_after_stamp(text: str) -> int:
    """Where the names begin in a line of a post's day and time and then its authors' names alone, a credit's
    (:func:`names_in_a_credit`); 0 when the line is none (nor a day alone before names: a roster's 2023-01-21 李四).

    Examples:
        >>> t = "2024-01-25 21:33:43   李小四 王五"
        >>> t[names_after_stamp(t):], names_after_stamp("2024-01-25 10:20 青山县 白石镇"), names_after_stamp("李小四 王五")
        ('李小四 王五', 0, 0)
        >>> names_after_stamp("2024-01-25   李小四 王五")
        0
        >>> t = "2015-12-14 18:20:31  |  青山在线  |  李小四 王五"  # (the poster between bars)
        >>> t[names_after_stamp(t):]
        '李小四 王五'
    """
    # (the time required; the poster between bars may come before the names: … 21:33:43 | 青山在线 | 李四)
    poster = rf"[\s\u3000]*[|｜][\s\u3000]*[\u4e00-\u9fffA-Za-z]{{2,12}}?(?:{_POSTER})[\s\u3000]*[|｜]"
    posted = re.match(rf"{_POSTED}(?:{poster})?[\s\u3000]+", text)
    return posted.end() if posted and names_in_a_credit(text[posted.end() :].rstrip(" \u3000")) else 0


def names_then_source(text: str) -> re.Match | None:
    """The match of names alone in brackets, then the source of the text, or after the unit they write for (its
    group ``names``).

    Examples:
        >>> names_then_source("（李小四 来源：青山发布）").group("names"), names_then_source("（会议现场 来源：青山发布）")
        ('李小四', None)
        >>> names_then_source("（青山学院宣传部  李小四）").group("names"), names_then_source("（青山学院 实训中心）")
        ('李小四', None)
        >>> names_then_source("（青山县卫健局：李小四）").group("names"), names_then_source("（青山日报 李小四 张 三）").group("names")
        ('李小四', '李小四 张三')
        >>> names_then_source("（青山县农业局李小四、王五）").group("names"), names_then_source("（青山县农业局局长王五、李四）")
        ('李小四、王五', None)
        >>> names_then_source("（图为青山县农业局李小四、王五）"), names_then_source("（青山县农业局干部李小四、王五）")  # captions
        (None, None)
        >>> names_then_source("（区司法局李小四 王五）").group("names")
        '李小四 王五'
        >>> names_then_source("（青山县政协 李小四 供稿）").group("names", "supplied")
        ('李小四', ' 供稿')
        >>> names_then_source("（青山县政协 李四供稿）").group("names", "supplied")  # (glued to the name)
        ('李四', '供稿')
    """
    t = text.strip()
    t = _LINED_UP_LAST.sub(lambda m: m.group(1) + m.group(2) if surname_count(m.group(1)) else m.group(), t)
    m = _NAMES_THEN_SOURCE.fullmatch(t)
    if m:
        return m if _persons(m.group("names")) else None
    m = _UNIT_THEN_NAMES.fullmatch(t)  # (or the place they write from: （白石镇 李四）)
    if m and _ENDS_AS_A_PLACE_OR_UNIT.search(m.group("unit")) and _persons(m.group("names")):
        return m
    # (names glued to the unit: the first of a common surname, not 局长王五; the others of any surname of the table)
    glued = _UNIT_GLUED_NAMES.fullmatch(t)
    names = _parts(glued.group("names")) if glued else []
    return glued if names and names_only(names[0], most=1) and all(
        2 <= len(n) <= 3 and _a_surname_first(n) and not named(n) for n in names) else None


def names_before_role(prefix: str, credit: bool = False) -> bool:
    """Whether the text before a byline's role word is the names of other authors, apart, then the
    paper's name or nothing (张三 李四 本报记者 王五: 张三 and 李四 write with the paper's reporter); in a ``credit``
    (a credit in brackets, or a line known to be one), names of rarer surnames too (:func:`rare_names`: （舒丹 记者 王五）).

    Examples:
        >>> names_before_role("张三 李四 本报"), names_before_role("王小五 "), names_before_role("青山县 本报")
        (True, True, False)
        >>> names_before_role("舒丹"), names_before_role("舒丹", credit=True), names_before_role("牟利", credit=True)
        (False, True, False)
    """
    parts = prefix.split()
    if parts and re.fullmatch(_SOURCE, parts[-1]):
        parts = parts[:-1]
    return bool(parts) and (all(names_only(p) for p in parts) or names_in_a_credit(" ".join(parts))
                            or credit and rare_names(" ".join(parts)))


def is_name_line(text: str) -> bool:
    """A line that is only the author's name, under a headline: one name (吴某某) or several
    run together (宋某春张某明), opening with surnames of the table in :mod:`kg.surnames`.

    Examples:
        >>> [is_name_line(t) for t in ("李四", "王小五张伟", "本报评论员", "客运", "秋收", "■ 李小四")]
        [True, True, False, False, False, True]
        >>> [is_name_line(t) for t in ("王小五 张伟", "□李四 王五 赵小六", "春耕 备耕", "江苏 南京")]
        [True, True, False, False]
        >>> is_name_line("白石拉开帷幕"), is_name_line("黄玲玲倪胜林"), is_name_line("余红夏超")  # (not 白石拉 and 开帷幕)
        (False, True, True)
        >>> is_name_line("小朋友"), is_name_line("高峰")  # (a common noun; a name of jieba's dictionary)
        (False, True)
    """
    t = text.strip(" \u3000").lstrip(BULLETS)  # (a page's mark before it: ■ 李四)
    if re.fullmatch(r"[\u4e00-\u9fff]{2,3}(?:[ \u3000]+[\u4e00-\u9fff]{2,3}){1,2}", t):
        return names_only(t)  # names apart (王小五 张伟), each a name of a common surname and no other word
    if not re.fullmatch(r"[\u4e00-\u9fff]{2,9}", t):
        return False
    if len(t) <= 3:  # (not a common noun of jieba's dictionary: 小朋友, a caption's word)
        return surname_count(t[0]) >= 5 and not (in_dictionary(t) and words(t)[0].pos in ("n", "v", "vn", "a"))
    names = split_names(t)
    if len(names) < 2 or any(surname_count(n[0]) < 2 for n in names):
        return False
    # no word of three characters or more across two of the names: a headline's second line (新津拉开帷幕: 拉开帷幕)
    cuts, at = set(), 0
    for n in names[:-1]:
        at += len(n)
        cuts.add(at)
    at = 0
    for w in words(t):
        if len(w.text) >= 3 and in_dictionary(w.text) and any(at < c < at + len(w.text) for c in cuts):
            return False  # (a word of jieba's dictionary: not one its model made up of two names, 余红夏 of 余红夏超)
        at += len(w.text)
    return True


# An e-paper's issue by its number, before its page: 3031 期 / , 第1205期 .
_ISSUE = r"(?:第?\d{1,5}[\s\u3000]*期[\s\u3000]*[/／|｜]?[\s\u3000]*)"
# Page furniture: dates and page numbers in the header, editors, jump lines.
_FURNITURE = re.compile(
    r"^(?:\d{4}年\d{1,2}月\d{1,2}日\s*(?:星期[一二三四五六日天]?|周[一二三四五六日天])(?:\s*出版)?(?:\s+(?:上一期|下一期))*|星期[一二三四五六日天]"
    r"|(?:《[^《》\s]{1,12}[报刊]》[\s\u3000]*(?:[（(]\d{4}年\d{1,2}月\d{1,2}日[）)])?[\s\u3000]*)?"  # 《青山日报》(2025年2月14日) 05版
    rf"{_ISSUE}?(?:第\s*)?(?![12]\d{{3}}\s*版)[0-9０-９A-Z]{{1,5}}\s*版(?:\s*[:：].*)?"  # 05版:城事, 00004版:要闻 (not 2024版：…)
    rf"|{_ISSUE}?第[一二三四五六七八九十]{{1,3}}版\s*[:：].*"  # 第二版:要闻 (3031期 / 第6版:地方报道: the issue's number first)
    r"|[0-9０-９]{2}[:：][\u4e00-\u9fff]{2,8}"  # 02:时政要闻
    r"|[\u4e00-\u9fff]{2,8}报[\s\u3000]*(?:数字报纸?|电子报|电子版|数字版)"  # an e-paper's masthead
    # the paper, the day and the page over an item (青山日报 2024年03月12日 第01版, 2024年03月12日 星期二 A03版)
    r"|(?:[\u4e00-\u9fff]{2,8}报[\s\u3000]+)?\d{4}年\d{1,2}月\d{1,2}日[\s\u3000]+(?:(?:星期|周)[一二三四五六日天][\s\u3000]+)?"
    r"(?:第\s*)?[0-9０-９A-Z]{1,5}\s*版(?:\s*[:：].*)?"
    r"|(?:责任编辑|美术编辑|编辑|版式|校对|组版)\s*[:：].*"
    # the editor in brackets, no colon (（编辑黎采）, (责任编辑 王五); not 编辑部)
    r"|[（(](?:责任编辑|责编|编辑)(?!部)[\s\u3000]*[\u4e00-\u9fff·]{2,4}(?:[\s\u3000、]+[\u4e00-\u9fff·]{2,4})?[）)]"
    r"|[（(]\s*(?:上接|下转|转第|接第|转\d|接\d).{0,12}[）)]"
    r"|[-—－_\s]*(?:END|End|end)[-—－_\s]*)$"  # the mark a site puts at an article's end
)


# The fields of a government's table of an item's data on its disclosure pages (政府信息公开).
_DISCLOSURE_FIELDS = ("索引号", "发布机构", "公开日期", "文号", "发文字号", "主题分类", "失效日期", "成文日期", "发文日期",
                      "生成日期", "发文机关", "公开方式", "公开范围", "信息分类", "体裁分类", "组配分类", "所属机构", "有效性",
                      "内容分类", "生效时间", "废止时间", "生效日期", "废止日期")
# A web site's address: qingshan.com.cn, www.example.ru.
_DOMAIN = re.compile(r"[A-Za-z0-9-]+\.(?:com|cn|net|org|gov|edu|info|ru|cc|tv|top)\b")


# An HTML comment that holds a page's data, no sentence in it: opened or closed at the line's start (--> 2023-11-16
# 白石镇 1 1 青山日报 content_1.html … /enpproperty-->), or the page's file named before its close (… c64608.html … -->).
_COMMENT_DATA = re.compile(r"(?:^(?:-->|<!--)|\.s?html?\b).*-->$")


@lru_cache(maxsize=4096)  # (the segmenter's rules and the headline model ask of one line again and again)
def is_furniture(text: str) -> bool:
    """Lines of the page or the web site, not of an article: page headers, editors, jump
    lines, and web fields (发布时间：… 浏览次数：…), navigation and buttons. A field line that
    names an author (作者：李四) is a byline, not furniture.

    Examples:
        >>> [is_furniture(t) for t in ("2022年3月28日 星期一", "第05版:城事", "责任编辑:王五", "（下转第三版）", "从我做起 保护湿地")]
        [True, True, True, True, False]
        >>> [is_furniture(t) for t in ("（编辑李四）", "(责任编辑 王五)", "（编辑部供稿）")]
        [True, True, False]
        >>> [is_furniture(t) for t in ("发布时间：2020-05-03浏览次数：88", "日期: 2017年6月19日", "首页 > 新闻 > 正文", "作者：李四")]
        [True, True, True, False]
        >>> [is_furniture(t) for t in ("原创精品 > 正文", "青山 > 白石", "转入正文")]  # (a column's step to the text)
        [True, False, False]
        >>> [is_furniture(t) for t in ("星期日", "当前报纸名称:青山日报", "版面:第A03版:要闻", "星期日我们去了公园。")]  # an e-paper's
        [True, True, True, False]
        >>> [is_furniture(t) for t in ("关注微信公众号", "扫码关注我们", "欢迎关注我们", "长按识别二维码关注“青山发布”")]
        [True, True, True, True]
        >>> [is_furniture(t) for t in ("关注民生 服务群众", "关注我们的孩子")]  # headlines that open with 关注
        [False, False]
        >>> [is_furniture(t) for t in ("END", "— END —", "END OF STORY")]  # the end mark
        [True, True, False]
        >>> [is_furniture(t) for t in ("《青山日报》(2025年2月14日) 05版", "《青山日报》 第3版", "《现代汉语词典》第7版")]
        [True, True, False]
        >>> [is_furniture(t) for t in ("青山日报  2020-09-25 19:40:43", "2016-06-08 14:54办公室", "2016-06-08 青山县")]
        [True, True, False]
        >>> [is_furniture(t) for t in ("2019-08-13 17:28:00   青山发布", "青山新闻网河北", "青山新闻网论坛")]
        [True, True, False]
        >>> [is_furniture(t) for t in ("截止时间 2024-06-30 17:00", "2024-07-03 06:20 青山县发布暴雨黄色预警")]
        [False, False]
        >>> [is_furniture(t) for t in ("评论投稿 打印 转发 复制链接  |  |  字号", "打印 关闭", "打印机")]
        [True, True, False]
        >>> [is_furniture(t) for t in ("![]() |", "青山在线 《青山日报》 ;新闻热线:0571-1234567 投稿邮箱:qs@example.cn", "1.")]
        [True, True, False]
        >>> is_furniture("未经授权禁止复制  举报邮箱:report@example.cn"), is_furniture("联系人：王五 电话：0571-88886666")
        (True, False)
        >>> is_furniture("请拨打热线：12345，反映问题。"), is_furniture("（一）")  # (a sentence; a section's number)
        (False, False)
        >>> [is_furniture(t) for t in ("欢迎光临青山新闻网!", "2019年10月23日 星期三 出版", "02:时政要闻", "3上一期  下一期4")]
        [True, True, True, True]
        >>> [is_furniture(t) for t in ("2024/5/20 9:59:10本站原创", "今日  首页 -在线投稿 -往期报纸", "您当前位置:青山网 >> 要闻")]
        [True, True, True]
        >>> [is_furniture(t) for t in ("乡镇分站: 白石镇 青山镇 东湖镇 西岭镇 南山乡 北河乡", "张三 李四 王五 赵六 钱七 孙八")]
        [True, False]
        >>> [is_furniture(t) for t in ("首页>新闻·动态>县区要闻", "首页| 滚动| 国内| 国际| I T| 财经", "青山｜绿水｜人家")]
        [True, True, False]
        >>> [is_furniture(t) for t in ("林小红｜王大明｜赵志刚｜钱文静｜孙海燕｜周建国", "1| 青山大道| 白石镇| 5亿元| 在建| 县交通局")]
        [False, False]
        >>> [is_furniture(t) for t in ("20210606期来自:青山日报", "来自：青山县融媒体中心", "来自青山县的李四说：很好。")]
        [True, True, False]
        >>> [is_furniture(t) for t in ("• 当前位置:", " news", "青山新闻网手机版", "语音播报", "qs.cn、《青山日报》 08.04.22 61")]
        [True, True, True, True, True]
        >>> [is_furniture(t) for t in ("青山日报·青山客户端 2026-02-03 10:24:16", "青山网报道：qingshan.cn 上线")]
        [True, False]
        >>> [is_furniture(t) for t in ("登录 青山网t.qs.cn/qsw 青山报t.qs.cn/qsb 官方微博", "详情请登录qs.gov.cn/tz查看")]
        [True, False]
        >>> [is_furniture(t) for t in ("索 引 号  qs/2025-001  发布机构  青山县政府办公室", "文 号 无 主题分类 综合", "该文件文号和主题分类已公开。")]
        [True, True, False]
        >>> [is_furniture(t) for t in ("索引号和发布机构均已公示", "文号、发布机构等要素必须齐全。", "■", "")]
        [False, False, False, False]
        >>> [is_furniture(t) for t in ("/", "分 享", "时 间", "评论:", "春 节", "提交评论", "（青山客户端出品）", "青山在线2017-08-02 10:44")]
        [True, True, True, True, False, True, True, True]
        >>> [is_furniture(t) for t in ("备案号 青ICP备12345678号 互联网新闻信息许可证:12345678901", "策划:李四", "统筹推进")]
        [True, True, False]
        >>> [is_furniture(t) for t in ("要闻 首页>要闻", "要闻 首页>新闻")]
        [True, False]
        >>> [is_furniture(t) for t in ("【记者 李小四】", "【编辑 李小四】", "【记者节】")]
        [False, True, True]
        >>> [is_furniture(t) for t in ("图片：通讯员 李小四", "图片：李小四")]  # (a role said: a credit)
        [False, True]
        >>> is_furniture("| 2024-03-09 08:15:30 来源:青山网 责任编辑:李小四 |"), is_furniture("| 青山县召开大会 |")
        (True, False)
        >>> is_furniture("--> 2024-05-01 白石镇 1 1 青山日报 content_12345.html 1 /enpproperty-->")  # a comment's markup
        True
        >>> is_furniture("<!--enpcontent-->本报讯 白石镇召开大会。<!--/enpcontent-->")  # (a comment around the text)
        False
        >>> is_furniture("县长王五出席会议并讲话 /enpcontent-->"), is_furniture("<!--enpproperty 2024-05-01 1.html -->")
        (False, True)
    """
    t = text.strip(" \u3000")
    if _COMMENT_DATA.search(t) and not re.search(r"[。！？!?，,]", re.sub("<!--|-->", "", t)):
        return True  # what an e-paper's page leaves of an HTML comment around the item's data (…/enpproperty-->)
    if (_PERSON_FIELD.search(" " + t) or t[:1] in "【[［" or _PHOTOS_FIELD.match(t)) and is_byline_line(t):
        return False  # (作者：李四, 【记者 李四】, 图片：通讯员 李四)
    if (bare := t.strip(" \u3000|｜")) != t and bare:
        return is_furniture(bare)  # (a table's bars around the fields: | 2024-03-09 08:15 来源:青山网 责任编辑:李四 |)
    if _FURNITURE.match(t) or _WEB_FURNITURE.match(t):
        return True
    if t and t[0] in BULLETS and (rest := t.lstrip(BULLETS)) and is_furniture(rest):
        return True  # (a bullet before a link: • 当前位置：)
    squeezed = re.sub(r"[\s\u3000]", "", t)  # (索 引 号: a field's name spaced out to line up)
    if _SPACED_OUT.fullmatch(t) and (is_furniture(squeezed) or _SITE_FIELD.fullmatch(squeezed)):
        return True  # a button or a field's name spaced out, alone on its line (分 享, 评 论, 时 间)
    spaced = _SPACED_FIELD.match(t)
    if spaced and is_furniture(re.sub(r"[\s\u3000]", "", spaced.group(1)) + t[spaced.end(1) :]):
        return True  # a field's name spaced out before its value (索 引 号:3704…, 文  号:)
    if squeezed.startswith(_DISCLOSURE_FIELDS) and sum(f in squeezed for f in _DISCLOSURE_FIELDS) >= 2 \
            and re.search(r"[\s\u3000]", t) and not re.search(r"[，,。、；;！？!?]", t):
        return True  # a government's table of the item's data, its cells apart: 索引号 … 发布机构 … 公开日期 … (no sentence)
    if len(t) <= 60 and _DOMAIN.search(t) and not re.search(r"[\u4e00-\u9fff]", re.sub(r"《[^《》]*》", "", t)):
        return True  # a source's line: a site's address, a paper in quotes, a day and a count (qs.cn、《青山日报》 08.04.22)
    if len(t) <= 120 and len(_DOMAIN.findall(t)) >= 2 \
            and not re.search(r"[，,。；;！？!?]|来源|作者|记者|通讯员|发布|\d{4}[-/.年]", t):
        return True  # the site's addresses (two or more: its sites, its e-mail) and a few words, no sentence, no field
    channel = _SITE_CHANNEL.fullmatch(t)  # a news site's channel of a province or a city on a line of its own: 中新网湖北
    if channel and named(channel.group(1)):
        return True
    if _BAR_MENU.fullmatch(t) and _mostly_no_names(re.split("[|｜]", t)):
        return True  # a menu's row parted by bars (首页| 滚动| 国内| …), most items no person's name (winners listed)
    column, _, crumbs = re.sub(r"[\s\u3000]+", " ", t).partition(" ")
    if crumbs and is_furniture(crumbs) and breadcrumb_end(crumbs) == column:
        return True  # the column's name, then the breadcrumb that ends with it (要闻 首页>要闻)
    if _checked_by(t) or _follow_button(t):
        return True
    menu = _MENU.fullmatch(t)
    if menu and _mostly_no_names(menu.group("items").split()):
        return True  # a menu's row of six items or more, most of them no person's name (a team's credit is no menu)
    return _is_meta(t) and not _names_a_person(t) and len(t) <= 120


# Who checked a page's text, field by field: the three checks (一审, 二审, 三审; 初审, 复审, 终审), 审核, 审稿, 审校,
# 校对; the name after a colon or a bar (一审|李四).
_CHECK = re.compile(r"(?:[一二三]审|初审|复审|终审|审核|审稿|审校|校对)[\s\u3000]*[:：|｜]")


# A site's button to follow it: 关注, then the site's name and its kind (关注河南热线, 扫码关注郑州网, 关注新华网微信公众号).
_FOLLOW = re.compile(r"(?:欢迎|请)?(?:扫码|扫描二维码|长按(?:识别)?二维码)?关注(([\u4e00-\u9fff]{1,8}?)(?:网|热线|在线|客户端|融媒))"
                     r"(?:微信公众号|公众号|官方微博|微博)?[\s\u3000!！。↓]*")


def _follow_button(line: str) -> bool:
    """Whether a line is only a site's button to follow it, the site named by a division of the gazetteer (关注河南热线)
    or a site's name of the dictionary (关注新华网); not a headline's 关注工业互联网, 关注心理援助热线.

    Examples:
        >>> _follow_button("关注河南热线"), _follow_button("扫码关注郑州网"), _follow_button("关注新华网微信公众号")
        (True, True, True)
        >>> _follow_button("关注工业互联网"), _follow_button("关注心理援助热线"), _follow_button("关注物联网")
        (False, False, False)
        >>> _follow_button("关注湖南电网"), _follow_button("关注国家电网")  # (utilities: headlines)
        (False, False)
    """
    m = _FOLLOW.fullmatch(line.strip(" \u3000"))
    if m is None:
        return False
    stem, site = m.group(2), words(m.group(1))
    # (a division, then the kind a word of its own: 河南 热线, 郑州 网; not 湖南 电网, a utility)
    placed = any(named(stem[:k]) for k in range(2, min(4, len(stem)) + 1)) and site[-1].start == len(stem)
    # (or a site's name of the dictionary, its stem a word too: 新华网, 大河网; not 国家电网, a utility)
    return placed or len(site) == 1 and site[0].pos in ("nz", "nt") and in_dictionary(stem)


def _checked_by(line: str) -> bool:
    """Whether a line, in brackets or not, is only the fields of those who checked the page's text, each a person's name
    that opens with a common surname (一审:李四 二审:王 五 三审:赵小六, （审核：李四）; not a court's 一审：判处死刑 or
    二审：驳回).

    Examples:
        >>> _checked_by("(一审:李小红 二审:王 立 三审:欧阳小海)"), _checked_by("（审核：李小四）"), _checked_by("终审|皮小星")
        (True, True, True)
        >>> _checked_by("一审：判处死刑"), _checked_by("二审：驳回"), _checked_by("一审：胜诉")
        (False, False, False)
    """
    t = line.strip(" \u3000")
    t = t[1:-1] if t[:1] in "（(" and t[-1:] in "）)" else t
    fields = _CHECK.split(t)
    if len(fields) < 2 or fields[0].strip(" \u3000"):
        return False
    names = [re.sub(r"[\s\u3000]", "", f).strip(",，、;；") for f in fields[1:]]
    return all(2 <= len(n) <= 4 and re.fullmatch(r"[\u4e00-\u9fff]+", n) and _surnamed(n) for n in names)


# Two to four characters spaced out on a line of their own (分 享, 时 间): a page's widget lined up; a site's field's
# name alone (时间).
_SPACED_OUT = re.compile(r"[\u4e00-\u9fff](?:[ \u3000]{1,3}[\u4e00-\u9fff]){1,3}")
_SPACED_FIELD = re.compile(r"([\u4e00-\u9fff](?:[ \u3000]{1,3}[\u4e00-\u9fff]){1,3})[ \u3000]*(?=[:：])")
_SITE_FIELD = re.compile(f"(?:{_SITE_FIELDS})")


def _mostly_no_names(items: list[str]) -> bool:
    """Whether most of a row's items (blank ones left out) are no person's name: a menu's row, not names listed."""
    items = [x.strip(" \u3000") for x in items if x.strip(" \u3000")]
    return 2 * sum(names_only(x) for x in items) < len(items)


# A row of a site's menu, six short items or more parted by bars (首页| 滚动| 国内| 国际| 社会| 财经): no digits (a table's
# row), and an item opens with no space (the spaces around a bar are read one way only).
_BAR_MENU = re.compile(r"(?:[^|｜。，,；;：:！？!?\s\u3000\d][^|｜。，,；;：:！？!?\d]{0,7}[|｜][\s\u3000]*){5,}"
                       r"[^|｜。，,；;：:！？!?\d]{0,8}")
# A row of a site's menu: six short items or more apart, after the menu's name (乡镇分站：白石镇 青山镇 …, 网站导航：…).
_MENU = re.compile(r"[^:：。，,；;！？!?\s]{0,8}(?:分站|导航|站群|频道|栏目|链接|网站|通道)[:：][\s\u3000]*"
                   r"(?P<items>(?:[\u4e00-\u9fffA-Za-z0-9]{1,8}[\s\u3000]+){5,}[\u4e00-\u9fffA-Za-z0-9]{1,8})")


def _names_a_person(fields: str) -> bool:
    """Whether a line of a page's fields fills a field of people (作者：李四), not only names it with nothing after
    (发布时间：2024-03-28 作者： 点击：, a page's empty field).

    Examples:
        >>> _names_a_person("发布时间：2024-03-28 作者：李四"), _names_a_person("发布时间：2024-03-28 作者： 点击：")
        (True, False)
        >>> _names_a_person("来源：青山县委宣传部 李四"), _names_a_person("来源：青山县委宣传部 参与互动")
        (True, False)
        >>> _names_a_person("来源：青山县委宣传部 分享到"), _names_a_person("来源：青山县委宣传部 扫一扫")
        (False, False)
        >>> _names_a_person("来源：青山日报 记者李小四 通讯员王五"), _names_a_person("栏目：通讯员队伍建设")
        (True, False)
        >>> _names_a_person("来源：青山日报 记者李小四"), _names_a_person("来源：青山日报 通讯员王小五")
        (True, True)
        >>> _names_a_person("发布日期：2013-12-03 信息来源： 本网记者 王小五")  # (the site's own reporter)
        True
    """
    t = " " + fields
    for m in _PERSON_FIELD.finditer(t):
        rest = t[m.end() :].lstrip(" \u3000")
        if m.group().rstrip(" \u3000").endswith(("记者｜", "通讯员｜", "记者|", "通讯员|")):
            named = re.match(r"[\u4e00-\u9fff·]{2,4}(?![\u4e00-\u9fff])", rest)
            if named and _reads_as_a_name(named.group()):
                return True  # (a role, a bar, a name: 来源：青山日报 记者｜李四; not a column's 记者｜走基层)
            continue
        if (rest and not FIELD.match(rest)) or m.group().rstrip(" \u3000")[-1] not in ":：|｜":
            return True  # (a source's unit and its writer, the name inside the match: 来源：集团党群工作部 李四)
    # the credit after the fields, the names glued to their roles (…来源：青山日报 记者李小四 通讯员王五)
    tail = _GLUED_CREDIT_TAIL.search(t)
    return bool(tail) and (_glued_roles(tail.group(1))
                           or " " not in tail.group(1) and reported_names(re.sub("^(?:记者|通讯员)", "", tail.group(1))))


# A credit that ends a line of fields, its names glued to their roles: 记者李小四, 记者李小四 通讯员王五.
_GLUED_CREDIT_TAIL = re.compile(r"[\s\u3000]((?:记者|通讯员)[\u4e00-\u9fff·]{2,4}"
                                r"(?:[\s\u3000]+(?:记者|通讯员)[\u4e00-\u9fff·]{2,4})*)$")


_SITE_CHANNEL = re.compile(r"[\u4e00-\u9fff]{1,6}网([\u4e00-\u9fff]{2,3})")
# An app's name and its channel, a bullet between them (青山融媒 • 青山): the page's furniture where a post's time or
# a field follows it (:func:`kg.text.repair`), a column's headline elsewhere (节气 • 立春).
APP_CHANNEL = re.compile(r"[\u4e00-\u9fff]{2,8}(?:[ \u3000]+•[ \u3000]+[\u4e00-\u9fff]{2,8}){1,2}")


# A field's name alone on its line, its values on the line under it (关键词 / 高温,保电): tags of the page.
LABEL_ALONE = re.compile(r"(?:关键词|关键字|标签|Tags?|TAGS?)[\s\u3000]*[:：]?")
# A page's data laid out one field a line, the name over its value (作者 / 李四 / 来源 / 青山日报 / 点击数 / 更新时间 /
# 2024-05-06): the author's field (group ``person``) and the page's others.
FIELD_ALONE = re.compile(r"(?:(?P<person>作者|撰稿人?|撰文|供稿人?|记者|通讯员)|来源|稿源|信息来源|文章来源|点击数|点击量|"
                         r"浏览次数|浏览量|阅读次数|阅读量|访问量|更新时间|发布时间|发布日期|时间|日期|编辑|责任编辑|责编|"
                         r"审核|审稿|发布人|发布者)[\s\u3000]*[:：]?")


def field_value(field: str, value: str) -> bool:
    """Whether ``value``, on the line under a field's name alone (:data:`FIELD_ALONE`), is that field's value: a day
    under a time's field, a count under a counter's, a paper, site or unit under a source's, names under an editor's.

    Examples:
        >>> field_value("更新时间", "2023-04-12"), field_value("来源", "青山日报"), field_value("点击数", "323")
        (True, True, True)
        >>> field_value("时间", "青山县召开农业会议"), field_value("来源：", "青山县开展植树活动"), field_value("审核", "王五")
        (False, False, True)
    """
    label, v = field.rstrip(" \u3000:："), value.strip(" \u3000")
    if label.endswith(("时间", "日期")):
        return re.fullmatch(_DATE_STAMP, v) is not None
    if label.startswith(("点击", "浏览", "阅读", "访问")):
        return re.fullmatch(r"[0-9]{1,9}", v) is not None
    if label.endswith("来源") or label == "稿源":
        return re.fullmatch(r"[\u4e00-\u9fffA-Za-z]{2,16}", v) is not None and (
            re.fullmatch(_SOURCE, v) is not None or UNIT_END.search(v) is not None)
    return rare_names(v)  # (an editor's, a reviewer's, who posted it)


STEP = re.compile(rf"[ \u3000]*{_STEP_MARK}[ \u3000]*")  # a breadcrumb's mark between two steps, with its spaces


def breadcrumb_end(text: str) -> str | None:
    """The last step of a web page's breadcrumb, a line :func:`is_furniture` holds (首页 > 新闻中心 > 营销服务: 营销服务,
    the column's name, which a page may repeat on a line of its own above the article), None for furniture of another
    kind.

    Examples:
        >>> breadcrumb_end("您现在的位置：首页 > 营销服务"), breadcrumb_end("首页>>新闻>>综合新闻"), breadcrumb_end("浏览次数：88")
        ('营销服务', '综合新闻', None)
    """
    steps = STEP.split(text.strip(" \u3000"))
    return steps[-1] if len(steps) >= 2 and steps[-1] else None


# An e-paper's page (第11版：要闻, A06版：…) or a breadcrumb's field (您当前的位置：…), which stand above the headline.
_ABOVE_TITLE = re.compile(rf"{_ISSUE}?" r"(?:第?[A-Z]?\d{1,3}版|第[一二三四五六七八九十]{1,3}版|[您你]?(?:当前|现在|所在)?的?位置)"
                          r"[\s\u3000]*[:：]")


def is_page_line(text: str) -> bool:
    """A line of the page's furniture that stands above an article's headline: a breadcrumb (首页 > 要闻, 当前位置：…) or
    an e-paper's page (第11版：地方新闻); not a post's day and source, which stands under it.

    Examples:
        >>> is_page_line("第11版：地方新闻·青山"), is_page_line("您当前的位置：首页 >>"), is_page_line("首页 > 要闻 > 正文")
        (True, True, True)
        >>> is_page_line("发布时间：2024-05-06 来源：青山网"), is_page_line("青山县召开大会")
        (False, False)
    """
    t = text.strip(" \u3000")
    return is_furniture(t) and (_ABOVE_TITLE.match(t) is not None or len(STEP.split(t)) >= 2)


# A headline may hold one colon after a short lead: 江西赣州：县长直播带货 果农笑开颜, 青山集团GES大会现场：….
TITLE_COLON = re.compile(r"^[^，,。；;：:！？!?]{2,16}[：:][^，,。；;：:]{2,}$")


def is_short(text: str) -> bool:
    """A headline or caption candidate: short and without sentence punctuation
    (a colon after a short lead is allowed).

    Examples:
        >>> [is_short(t) for t in ("管城区构建群防群控网", "湖北襄阳：菜农卖菜 商家采购", "他说：", "活动开展,效果良好")]
        [True, True, False, False]
        >>> is_short("青山小学“拒绝暴力，做好少年”法治讲座")  # a slogan's comma, inside its quotes
        True
        >>> is_short("校园简讯：“青春在基层，奉献在一线”实践团赴红星村调研")  # and after a kicker's colon
        True
    """
    return len(text) <= 64 and (not BODY_PUNCT.search(unquoted(text)) or bool(TITLE_COLON.match(unquoted(text))))


# A short quotation (a slogan, a name) whose own commas say no sentence of the line: “拒绝暴力，做好少年”.
_QUOTED = re.compile(r"“[^“”。！？!?]{1,24}”")


def unquoted(text: str) -> str:
    """The text with what short quotations hold left out, for the punctuation that says a line is body text.

    Examples:
        >>> unquoted("青山小学“拒绝暴力，做好少年”法治讲座"), unquoted("他说：“好。”")
        ('青山小学“”法治讲座', '他说：“好。”')
    """
    return _QUOTED.sub("“”", text)


# A bracketed credit or field that closes a paragraph, then at most a repost's note of where the text is from
# (…。（作者：李四） 本文来自青山网): the note is the page's, not the body's.
_BRACKETED_LAST = re.compile(r"([（(][^（）()]{2,60}[）)])(?:[ \u3000]+(?:本文来自|本文转载自|转载自|本文来源于?)"
                             r"[^。！？!?（）()]{0,30})?$")


def credit_end(credit: str) -> int:
    """Where a closing credit that :func:`trailing_byline` found ends: before a repost's note of its source after it.

    Examples:
        >>> credit_end("(作者:李小四) 本文来自青山网"), credit_end("（记者 李小四）")
        (8, 8)
    """
    m = _BRACKETED_LAST.fullmatch(credit)
    return m.end(1) if m else len(credit)


BOXES = "□■"  # the boxes a printed page sets a credit apart with (…辅导。□李四)
APART = " \u3000" + BOXES  # what sets a credit of names alone apart from the last sentence


def trailing_byline(text: str) -> int:
    """Where a byline or a web field in brackets that closes a paragraph begins
    (…参加调研。（天津日报记者 李四）, …。（来源：某报）), or a byline after its last sentence
    (…参加调研。 文/图 李四); -1 if none.

    Examples:
        >>> t = "会议结束。（本市日报记者 李四）"
        >>> t[trailing_byline(t):]
        '（本市日报记者 李四）'
        >>> t = "会议结束。 文/图 李四"
        >>> t[trailing_byline(t):]
        '文/图 李四'
        >>> trailing_byline("会议结束（如图）。"), trailing_byline("会议结束。记者李四说")
        (-1, -1)
        >>> t = "会议结束。 李小四 王五"  # the names alone, set apart
        >>> t[trailing_byline(t):], trailing_byline("会议结束。李小四")
        ('李小四 王五', -1)
        >>> t = "会议结束。□李小四 王五"  # (by a printed page's box)
        >>> t[trailing_byline(t):]
        '李小四 王五'
        >>> t = "会议结束。 (作者:李小四) 本文来自青山网"  # (a repost's note of its source after the credit)
        >>> t[trailing_byline(t):]
        '(作者:李小四) 本文来自青山网'
        >>> t = "会议结束。文:李小四     图:王大五  李小四)"  # (a bracket left unopened)
        >>> t[trailing_byline(t):]
        '文:李小四     图:王大五  李小四)'
    """
    m = _BRACKETED_LAST.search(text)
    if not m or not (is_byline_line(m.group(1)) or is_furniture(m.group(1))):
        # (a bracket the site left unopened may close it: …会议结束。文:李四 图:王五)
        m = re.search(r"(?<=[。！？!?”])[^。！？!?”（）()]{2,40}[）)]?$", text)  # …会议结束。 文/李四
        # (or the names alone, set apart by a space or a box: …会议结束。 李四 王五, …会议结束。□李四)
        if not m or not (is_byline_line(m.group())
                         or m.group()[0] in APART and names_only(m.group().lstrip(APART))):
            return -1
        return m.start() + len(m.group()) - len(m.group().lstrip(APART))
    before = text[: m.start()].rstrip()  # (spaces, no-break spaces too: …快乐！\xa0\xa0（文：李四）)
    return m.start() if not before or ends_sentence(before) else -1


# A photo caption names a scene, not an event: 座谈会现场, 活动合影, 校长讲话, 图为…
_CAPTION = re.compile(
    r"(?:现场|合影|留影|剪影|掠影|一角|瞬间|侧记|(?<!发表)(?<!重要)(?:讲话|致辞|发言|授课|作报告|主持会议)|"
    r"摄|供图|资料图|（图）|\(图\)|[（(][^（）()]{2,24}摄[）)])$|^[（(]?(?:图为|图：|图:|上图|下图|左图|右图|▲|△|↑)"
)
# A paragraph that describes a photo, however long: 图为…, 图：…, ▲…
_PHOTO_LEAD = re.compile(r"^[（(]?(?:图为|图[：:]|图片[：:]|上图|下图|左图|右图|▲|△)")


def is_photo_description(text: str) -> bool:
    """A paragraph that describes a photo, however long (图为…, 图：…, ▲…).

    Examples:
        >>> is_photo_description("图为：3月1日，市民走过新桥。"), is_photo_description("图书馆开馆。")
        (True, False)
    """
    return bool(_PHOTO_LEAD.match(text))


SHORT_CAPTION = 10  # the most characters of a caption that closes with 。 (会议现场。, 校长李四讲话。)


def is_caption(text: str) -> bool:
    """A short line that describes a photo rather than heads an article.

    Examples:
        >>> [is_caption(t) for t in ("座谈会现场", "校长李四讲话", "图为志愿者在清扫", "李四发表重要讲话", "新区开工建设")]
        [True, True, True, False, False]
        >>> is_caption("（本报记者李四摄）"), is_caption("（图为志愿者在清扫）")
        (True, True)
        >>> is_caption("会议现场。"), is_caption("他们赶到施工现场检查安全。")  # (a short one may close with 。)
        (True, False)
    """
    text = text.strip()
    if len(text) <= SHORT_CAPTION and text.endswith("。"):
        text = text[:-1]
    return bool(_CAPTION.search(text))


def is_closed_caption(text: str) -> bool:
    """A short caption that closes with 。 as a sentence would (会议现场。): a photo's, not a paragraph of the body.

    Examples:
        >>> is_closed_caption("会议现场。"), is_closed_caption("会议现场"), is_closed_caption("会议在青山召开。")
        (True, False, False)
    """
    text = text.strip()
    return len(text) <= SHORT_CAPTION and text.endswith("。") and is_caption(text)
