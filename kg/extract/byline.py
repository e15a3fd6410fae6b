"""Bylines: reporters (``schema:author``) and correspondents (``schema:contributor``), and
the city of the dateline.

Reads the bylines that :mod:`kg.text` found, in their common shapes:
``本报讯(记者 王思俊 通讯员 姜璞)``, ``新华社北京3月1日电（记者 张三、李四）``, credits glued
to a name (``吴晨文/图``), several correspondents (``通讯员 马珂 宋婷``) or two run together
(``通讯员 王五李四``), the end-of-article forms ``本报记者 党贺喜 通讯员 李贞`` and
``（本市日报记者 李四）``, and ``文/图 李四``, ``作者：李四``, ``记者 李四 报道``. Whoever
wrote the text (记者, 作者, 文/) is a reporter, and so is an intern of the newsroom (实习生, 实习记者), who writes beside
one; 通讯员 are correspondents, and an intern marked after a name (王五(实习)) takes the line's role. A unit
named after a credit (``文/李四 集团党办``) is no person: the names before it are its members.

The city of a dateline (``本报天津讯``, ``新华社北京3月1日电``) is a place the article
mentions: a Place mention at the city's offsets (never ``天津讯``).

Examples:
    >>> from kg.text import parse
    >>> doc = parse("本报讯(记者 孙志刚 通讯员 吴晨文/图)自“能力作风建设年”活动开展以来。")
    >>> [(m.text, m.role) for m in extract(doc, []) if isinstance(m, Mention)]
    [('孙志刚', 'reporter'), ('吴晨', 'correspondent')]
    >>> [(name, role) for name, role, *_ in parse_byline("本报记者 党贺喜 通讯员 李贞")]
    [('党贺喜', 'reporter'), ('李贞', 'correspondent')]
    >>> doc = parse("本报天津讯（记者 李四）会议召开。")
    >>> [(m.text, m.type, doc.text[m.start:m.end]) for m in extract(doc, []) if isinstance(m, Mention)]
    [('天津', 'Place', '天津'), ('李四', 'Person', '李四')]
"""
from __future__ import annotations

import re

from ..gazetteer import find as find_divisions
from ..gazetteer import named, spelled_by_divisions
from ..levels import PATTERN as LEVELS
from ..model import Article, Document, Evidence, Mention, Relation
from ..surnames import COMMON, count, split_names
from ..words import frequency, words
from ..lines import (BRACKETED_DATELINE, BULLETS, CREDIT, FIELD, FIELD_AT_END, INTERN, MASS_BODIES, NAMES_REPORTED,
                     OUTLET, ROLE_WORD, SPACED_INTERN, TEAM, UNIT_END, UNIT_HEADS, UNIT_SOURCE, bodys_news,
                     bracketed_names, credits_no_one, dateline, is_byline_line, names_after_stamp, names_before_role,
                     names_in_a_credit, names_only, names_then_credit, names_then_source, names_then_unit, rare_names,
                     reported_from, reported_names, took_the_pictures)
from . import register

_SEPARATORS = r"\s\u3000()（）,，、：:;；■□●○◆◇★☆▲△▼▽•◎【】\[\]|｜"
_WORD = re.compile(rf"[^{_SEPARATORS}]+")
_NAME = re.compile(r"^[\u4e00-\u9fff·]{2,6}$")
_ONLY_NAMES = re.compile(r"[\u4e00-\u9fff·]{2,6}(?:[\s\u3000、，,]+[\u4e00-\u9fff·]{2,6})*")
# A word a colon follows is a field's label, no name: 加入时间：, 所属栏目：.
_LABEL = re.compile(r"[\s\u3000]*[:：]")
_NOT_NAMES = {"报道", "摄影", "整理", "综合", "编辑", "实习", "见习", "特约", "联合", "报道组", "图片", "照片",
              "不详", "未知", "消息"}  # (作者：不详, 作者：消息; 佚名 and 匿名 open no name either: 作者：匿名网友)
# The outlet's own (本站编辑, 本网记者: this site's editor), no one's name.
_OWN = ("本站", "本网", "本报", "本台", "本刊")
# A court's division (立案一庭, 民二庭, 刑事审判庭, 派出法庭), no person (not 覃建庭, 麦振庭).
_COURT_DIVISION = re.compile(r"(?:[民刑行]|立案|审判|执行|少年|法)[一二三四五六七八九十]?庭$")


def role_of(word: str) -> str:
    """The byline role that a role word gives.

    Examples:
        >>> role_of("天津日报记者"), role_of("通讯员"), role_of("文/"), role_of("作者"), role_of("报道组"), role_of("通讯员/")
        ('reporter', 'correspondent', 'reporter', 'reporter', 'correspondent', 'correspondent')
        >>> role_of("实习生")  # (an intern of the newsroom writes beside its reporter)
        'reporter'
    """
    return "correspondent" if word.rstrip("/／").endswith(("通讯员", "报道组")) else "reporter"


# Two or more names that each end with a level (青山县白石镇).
_LEVELLED = re.compile(rf"(?:[\u4e00-\u9fff]{{2,6}}?(?:{LEVELS})){{2,}}")


def _places_only(word: str) -> bool:
    """Whether the gazetteer reads all of ``word`` as divisions, one after another (青山县白石镇 of a credit's unit).

    Examples:
        >>> _places_only("郑州市金水区"), _places_only("青山县白石镇"), _places_only("王小明"), _places_only("郑州市王五")
        (True, True, False, False)
    """
    # (青山县白石镇: a county and a town the gazetteer may not hold)
    return bool(spelled_by_divisions(word)) or _LEVELLED.fullmatch(word) is not None


def _opens_with_a_division(word: str) -> bool:
    """Whether a credit's word opens with the full name of a county or a city, its level said, and goes on: a unit
    of the division named short (渠县融媒, 青山县台), no one's name (no given name holds 县 or 市 after a surname).

    Examples:
        >>> _opens_with_a_division("渠县融媒"), _opens_with_a_division("渠县"), _opens_with_a_division("宁晓明")
        (True, False, False)
        >>> _opens_with_a_division("孟州平")  # (a city's bare name ends with 州: 孟州, 郑州)
        False
    """
    return any(b == 0 and e < len(word) and word[e - 1] in "县市区旗盟" for b, e, *_ in find_divisions(word))


def _is_name(word: str) -> bool:
    if not _NAME.match(word) or word in _NOT_NAMES or word.startswith(("佚名", "匿名", *_OWN)) \
            or _COURT_DIVISION.search(word) or _opens_with_a_division(word):
        return False
    if word.endswith("管理员"):
        return False  # (作者：超级管理员: the site's account)
    if len(word) == 3 and UNIT_END.search(word) and frequency(word[:2]) >= _UNIT_FIELD:
        return False  # (科技处, 宣传部: a common word, then a unit's head; not 张文学, whose 张文 is no word)
    return not (UNIT_END.search(word) and (len(word) >= 4 or count(word[0]) < COMMON))


_UNIT_FIELD = 300  # jieba's count of the word a unit's name of three opens with (教务 of 教务处: 358; 科技: 15,691)


def parse_byline(text: str) -> list[tuple[str, str, int, int, int]]:
    """(name, role, start, end, role_start) for each person in a byline; offsets into ``text``.

    ``role_start`` is where the role word that introduces the name begins.

    Examples:
        >>> [(n, r) for n, r, *_ in parse_byline("新华社北京3月1日电（记者 张三、李四）")]
        [('张三', 'reporter'), ('李四', 'reporter')]
        >>> [(n, r) for n, r, *_ in parse_byline("（通讯员 王五李四）")]
        [('王五', 'correspondent'), ('李四', 'correspondent')]
        >>> [(n, r) for n, r, *_ in parse_byline("（文/李四  集团党办）")]
        [('李四', 'reporter')]
        >>> [(n, r) for n, r, *_ in parse_byline("新华社记者李四本报通讯员王五")]
        [('李四', 'reporter'), ('王五', 'correspondent')]
        >>> [(n, r) for n, r, *_ in parse_byline("王小五张伟")]  # names alone: the authors
        [('王小五', 'reporter'), ('张伟', 'reporter')]
        >>> [(n, r) for n, r, *_ in parse_byline("（杨云）")]
        [('杨云', 'reporter')]
        >>> [(n, r) for n, r, *_ in parse_byline("本报北京3月1日电新华社记者张三、本报记者李四报道：")]
        [('张三', 'reporter'), ('李四', 'reporter')]
        >>> [(n, r) for n, r, *_ in parse_byline("本报讯（记者 张三通讯员李四）")]
        [('张三', 'reporter'), ('李四', 'correspondent')]
        >>> [(n, r) for n, r, *_ in parse_byline("王小五 张伟 本报记者 李四")]  # written with the paper's reporter
        [('王小五', 'correspondent'), ('张伟', 'correspondent'), ('李四', 'reporter')]
        >>> [(n, r) for n, r, *_ in parse_byline("青山新闻眉山7月21日讯(王大明 许可)")]
        [('王大明', 'reporter'), ('许可', 'reporter')]
        >>> [(n, r) for n, r, *_ in parse_byline("青山网12月6日讯（王大明 通讯员 李四）")]  # no role word before the first
        [('王大明', 'reporter'), ('李四', 'correspondent')]
        >>> [(n, r) for n, r, *_ in parse_byline("王大明 记者 李四")]  # the other role: a correspondent
        [('王大明', 'correspondent'), ('李四', 'reporter')]
        >>> [(n, r) for n, r, *_ in parse_byline("李小明 文/王五 摄")], [(n, r) for n, r, *_ in parse_byline("李小明  王五(实习)")]
        ([('李小明', 'reporter')], [('李小明', 'reporter'), ('王五', 'reporter')])
        >>> [(n, r, s) for n, r, s, *_ in parse_byline("（青山公司工会：李小明 王五 文/图）")]
        [('李小明', 'reporter', 8), ('王五', 'reporter', 12)]
        >>> [(n, s, e) for n, _, s, e, _ in parse_byline("本报讯 记者林 雨报道：")]  # spaced out to line up
        [('林雨', 6, 9)]
        >>> [(n, r, s) for n, r, s, *_ in parse_byline("记 者 李小明")]  # the role word spaced out
        [('李小明', 'reporter', 4)]
        >>> [(n, r, s) for n, r, s, *_ in parse_byline("作者：王五\\n本报讯（记者 李四 通讯员 张三）")]  # a field, then a dateline
        [('王五', 'reporter', 3), ('李四', 'reporter', 13), ('张三', 'correspondent', 20)]
        >>> [(n, r) for n, r, *_ in parse_byline("作者：王五 张三\\n本报讯（通讯员 王五 张三）")]  # the same names again
        [('王五', 'correspondent'), ('张三', 'correspondent')]
        >>> [(n, r) for n, r, *_ in parse_byline("作者：王五 张三\\n青山融媒记者 王五 通讯员 张三")]  # (not 青山 of that line)
        [('王五', 'reporter'), ('张三', 'correspondent')]
        >>> [(n, r) for n, r, *_ in parse_byline("文/记者李小四 通讯员王五 航拍/记者赵六")]  # what each did, then the role
        [('李小四', 'reporter'), ('王五', 'correspondent'), ('赵六', 'reporter')]
        >>> [(n, r) for n, r, *_ in parse_byline("（最青山全媒体记者 李小四 通讯员 王五）")]  # (an app's brand)
        [('李小四', 'reporter'), ('王五', 'correspondent')]
        >>> [(n, r) for n, r, *_ in parse_byline("本报讯（青山县委宣传部通讯员 李小四）")]  # (the unit written for)
        [('李小四', 'correspondent')]
        >>> [(n, r) for n, r, *_ in parse_byline("（青山网记者 李小四 王五 摄影 赵六）")]  # the photographer: no author
        [('李小四', 'reporter'), ('王五', 'reporter')]
        >>> [(n, r) for n, r, *_ in parse_byline("(文/李小四 图/王五 赵六)")]  # (both took the photos)
        [('李小四', 'reporter')]
        >>> [(n, r) for n, r, *_ in parse_byline("□记者李小四通讯员王五【本报白石镇讯】")]  # (the dateline: no name)
        [('李小四', 'reporter'), ('王五', 'correspondent')]
        >>> [(n, r) for n, r, *_ in parse_byline("(供稿 青山县人大办 李小四 编辑 王五)")]  # (the editor: no author)
        [('李小四', 'reporter')]
        >>> [(n, r) for n, r, *_ in parse_byline("作者(来源):李小四    发布时间: 2012-10-24")]  # (a field of both)
        [('李小四', 'reporter')]
        >>> [(n, r) for n, r, *_ in parse_byline("作者:李小四发布时间:2012-10-24")]  # (the next field glued on)
        [('李小四', 'reporter')]
        >>> [(n, r) for n, r, *_ in parse_byline("（青山县政协 李小四 供稿）")]  # (who supplied the text)
        [('李小四', 'correspondent')]
        >>> [(n, r) for n, r, *_ in parse_byline("作者：李小四 【打印】【关闭】")]  # (the page's buttons: no names)
        [('李小四', 'reporter')]
        >>> [(n, r) for n, r, *_ in parse_byline("作者：李小四 [打印] [关闭]")]
        [('李小四', 'reporter')]
    """
    cut = next((m.start() + 1 for m in re.finditer("\n", text)
                if dateline(text[m.end():]) or is_byline_line(text[m.end():].split("\n")[0])), None)
    if cut is not None:  # a web page's author field, then the dateline's or a byline's line: each line read on its own
        later = [(n, r, s + cut, e + cut, rs + cut) for n, r, s, e, rs in parse_byline(text[cut:])]
        again = {n for n, *_ in later}  # (one named in both takes the role the dateline's byline gives)
        return [x for x in parse_byline(text[:cut]) if x[0] not in again] + later
    text = _SPACED_ROLE.sub(lambda m: "记者" + m.group(1), text)  # 记 者 李四: the role word spaced out to line up
    text = text.replace("丨", " ")  # 据青山日报丨记者李四: a bar, not a character of a word (the same length: offsets stay)
    text = _FIELD_OF_BOTH.sub(lambda m: " " * len(m.group()), text)  # 作者(来源)：李四: the field's name, no one's
    # the paper's dateline in brackets after the credit (记者李四【本报白石讯】): no name (spaces: offsets stay)
    text = _BRACKETED_DATELINE.sub(lambda m: " " * len(m.group()), text)
    text = _BUTTONS.sub(lambda m: " " * len(m.group()), text)  # 作者：李四 【打印】【关闭】: the page's buttons, no names
    spaced = {m.start(): m.end() for m in _LINED_UP_NAME.finditer(text) if count(m.group(1)) > 0}
    return [(name, role, start, spaced[start] if start in spaced and len(name) == 2 else end, role_start)
            for name, role, start, end, role_start in _parse_byline(_LINED_UP_NAME.sub(_closed_up, text))]


_SPACED_ROLE = re.compile(r"记([ \u3000]{1,2})者")
_FIELD_OF_BOTH = re.compile(r"(?<=作者)[（(]来源[）)]")
_BRACKETED_DATELINE = re.compile(BRACKETED_DATELINE)
# A row of the page's buttons closing a line of fields (【打印】【关闭】, [打印] [关闭]): words of four characters at most in
# brackets, no space, slash or colon in them (no credit's 文/李四, no field's 作者：).
_BUTTONS = re.compile(r"(?:(?:【[^【】\s/／:：]{1,4}】|[\[［][^\[\]［］\s/／:：]{1,4}[\]］])[\s\u3000]*)+$", re.M)
# A name of two spaced out to line up with names of three (记者章 铮报道, （记者 章 铮）): after a role word, a
# bracket or a space, before a bracket, a space, the end, a credit or the page's next field glued on (作者:王 辉信息来源:).
_LINED_UP_NAME = re.compile(r"(?:(?<=[者员：:/／\s（(])|^)([\u4e00-\u9fff])([ \u3000\xa0]{1,3})([\u4e00-\u9fff])"
                          rf"(?=$|[^\u4e00-\u9fff]|报道|摄|文|{FIELD.pattern})")


def _closed_up(m: re.Match) -> str:
    """The spaced name with its spaces after it (the same length: offsets stay), where it opens with a surname."""
    return m.group(1) + m.group(3) + m.group(2) if count(m.group(1)) > 0 else m.group()


def _parse_byline(text: str) -> list[tuple[str, str, int, int, int]]:
    """:func:`parse_byline` of a byline whose spaced names are closed up."""
    out = []
    credited = names_then_credit(text)
    sourced = None if credited else names_then_source(text)
    lead = len(text) - len(text.lstrip())
    opening = dateline(text)
    if not (credited or sourced) and opening:  # (after the dateline: 本报讯（青山县委宣传部 李四）)
        lead = len(text) - len(text[opening.end() :].lstrip(" \u3000"))
        sourced = names_then_source(text[lead:])
    if credited or sourced:  # （青山公司工会：李四 王五 文/图）, （李四 来源：青山发布）: the names before their credit wrote it
        found = credited or sourced
        # (who supplied the text for the unit, 青山县政协 李四 供稿: a correspondent, as a unit's 通讯员 is)
        role = "correspondent" if found.groupdict().get("supplied") else "reporter"
        runs = [g for g in ("names", "pictures") if found.groupdict().get(g)]  # (李四/文 王小五/图: both wrote it)
        return [(name, role, at, at + len(name), at) for g in runs
                for name, at in _names_at(found.group(g), lead + found.start(g))
                if g == "names" or took_the_pictures(name)]  # (not 资料 of 李四/文 资料/图)
    if not opening and (stamp := names_after_stamp(text)):  # 2024-01-25 21:33:43  李四 王五: the post's authors
        return [(name, "reporter", at, at + len(name), at) for name, at in _names_at(text[stamp:], stamp)]
    rest = text[opening.end():].strip(" \u3000") if opening else text
    if not ROLE_WORD.search(text) and (
            not opening and (bracketed_names(text) or names_then_unit(text)
                             or _ONLY_NAMES.fullmatch(INTERN.sub("", text.strip()).lstrip(BULLETS)))
            or opening and rest.startswith(("（", "(")) and rest.endswith(("）", ")"))
            and (names_in_a_credit(within := SPACED_INTERN.sub(" ", rest[1:-1])) or rare_names(within))
            or opening and (named := NAMES_REPORTED.fullmatch(rest)) and reported_names(named.group("names"))):
        # the author's name alone under the headline, in brackets closing the article, or in brackets after the
        # dateline (某某新闻眉山7月21日讯(张三 李四))
        role = "reporter"
    else:
        role = None
    alone = role is not None  # (no role word: each name is its own evidence)
    role_start = 0
    begin = opening.end() if opening else 0
    first_role = ROLE_WORD.search(text, begin)
    prefix = text[begin : first_role.start()].lstrip(" \u3000（(【" + BULLETS) if first_role else ""
    if role is None and first_role and names_before_role(prefix, credit=True):
        # 张三 李四 本报记者 王五, （张三 通讯员 李四）: the names before the role word are authors too, of the other role:
        # written apart from the paper's reporter, correspondents (张三 记者 李四, 张三 李四 本报记者 王五); before a
        # correspondent, reporters; before another outlet's reporter, the paper's own (张三 李四 青山客户端记者 王五)
        outlet = prefix.split()[-1] if prefix.split() else ""
        reporter = "记者" in re.sub(r"[ \u3000]", "", first_role.group()) and (
            outlet in ("", "本报") or names_only(outlet) or rare_names(outlet) or outlet.startswith(_KNOWN_SOURCES))
        role, alone = "correspondent" if reporter else "reporter", True
    for m in _WORD.finditer(text, begin):
        word, start = m.group(), m.start()
        # (not 记者王五报道：, nor a name: 记者 王五：)
        colon = _LABEL.match(text, m.end())
        label = colon and not ROLE_WORD.search(word) and not CREDIT.search(word) and not names_only(word)
        # (the field glued on may make the word read as two names: 张琳发布时间)
        glued = FIELD_AT_END.search(word) if colon and role is not None else None
        if glued and glued.start() >= 2 and names_only(word[: glued.start()]):
            # 作者:张三 李四浏览字体:[大 中 小]: a name, then the next field glued to it, which ends the credit
            at = start
            for name in split_names(word[: glued.start()]):
                out.append((name, role, at, at + len(name), at if alone else role_start))
                at += len(name)
            role = None
            continue
        if FIELD.match(text, start) or label:  # 来源：, 发布时间：, 作者：, 文：, 加入时间：
            if not ROLE_WORD.fullmatch(word) and not ROLE_WORD.fullmatch(word + "："):
                # (来源：集团党群工作部 王五: the unit, then who wrote for it)
                role = "reporter" if UNIT_SOURCE.match(text, start) else None
                alone = alone or role is not None
                continue
        if word in _EDITING:  # (供稿 青山县人大办 王五 编辑 李四: the editor's title without its colon; no author after it)
            role = None
            continue
        barred = word in ("图", "图片") and re.match(r"[\s\u3000]*[|｜]", text[m.end() :])  # (文 | 李四  图 | 王五)
        if word in _SHOOTING or _SHOT_BY.match(word) or barred:  # (记者 李四 摄影 王五, 文/李四 图/王五 赵六: the names after it
            role = None  # took the photos, and wrote none of it)
            continue
        credit = CREDIT.search(word)
        if credit and credit.group() in ("/图", "／图") and re.search("[/／]文", text[:start]) \
                and not took_the_pictures(word[: credit.start()]):
            continue  # (记者 李四/文 资料/图: the pictures' source, no one)
        if credit and credit.group() == "报道" and reported_from(word[: credit.start()]):
            continue  # (记者 李四 兰考报道: where the report was made, no author)
        if credit and credit.start() >= 2:  # 吴晨文/图, 李四报道: the name before its credit
            word = word[: credit.start()]
        for word, start in _pieces(word, start):
            head = ROLE_WORD.search(word) or (re.fullmatch("文", word))
            if head and head.start() > 0 and role is not None and not _is_source(word[: head.start()]) \
                    and all(_is_name(n) for n in split_names(word[: head.start()])):
                # 王五通讯员李四: a name, then the next role glued to it; the name keeps the role before
                for name in split_names(word[: head.start()]):
                    out.append((name, role, start, start + len(name), start if alone else role_start))
                    start += len(name)
                word = word[head.start():]
                head = ROLE_WORD.match(word)
            before = word[: head.start()] if head else ""
            if head and (head.start() == 0 or _is_source(before) or _TASK.fullmatch(before)
                         or _posted_at(text, start, before) or _written_for(word, before, head)):
                alone = False
                role, role_start = role_of(head.group()), start
                word, start = word[head.end():], start + head.end()
                glued = len(word) - len(word.lstrip("/／"))  # (文图/李四)
                word, start = word[glued:], start + glued
                if not word:
                    continue
            if role is None or len(word) >= 5 and UNIT_END.search(word) and not names_only(word) or _places_only(word):
                continue  # (供稿：青山县白石镇卫生院 王五, 供稿：青山县白石镇 王五: the unit or place, then who wrote for it)
            at = start
            for name in split_names(word) if len(word) >= 4 else [word]:
                if _is_name(name) and not _SHOT.match(text, at + len(name)):  # (not 王五 摄: the photographer)
                    # (王五(实习): an intern takes the line's role, a reporter's beside 记者 or alone as 实习生 is, a
                    # correspondent's after 通讯员, of the unit that sends them)
                    out.append((name, role, at, at + len(name), at if alone else role_start))
                at += len(name)
    return out


def _posted_at(text: str, start: int, before: str) -> bool:
    """Whether ``before``, at ``start`` before a role word, is the number that fills the page's field before it,
    glued to the role's field (16:16作者:王五, 浏览次数：1234作者：王五), no part of the credit.

    Examples:
        >>> _posted_at("时间:2016-02-01 16:16作者:王五", 17, "16"), _posted_at("3记者王五", 0, "3")
        (True, False)
        >>> _posted_at("浏览次数：1234作者：王五", 5, "1234")
        True
    """
    return before.isdigit() and text[start - 1 : start] in (":", "：")


def _names_at(names: str, offset: int) -> list[tuple[str, int]]:
    """Each name of a run of names apart (or run together, four characters or more) and where it starts, ``offset``
    being where ``names`` starts.

    Examples:
        >>> _names_at("李小四 王五张三", 10)
        [('李小四', 10), ('王五', 14), ('张三', 16)]
    """
    out = []
    for m in _WORD.finditer(names):
        at = offset + m.start()
        for name in split_names(m.group()) if len(m.group()) >= 4 else [m.group()]:
            out.append((name, at))
            at += len(name)
    return out


_KNOWN_SOURCES = ("本报", "本台", "本网", "本刊", "新华社", "中新社")
# The titles of those who edit, check or plan a text, not write it (编辑, 审核, 策划).
_EDITING = ("编辑", "责编", "责任编辑", "审核", "审稿", "校对", "签发", "监制", "编审", "统筹", "策划")
_SHOOTING = ("摄影", "摄像", "摄")  # a credit's word for those who took its photos or film (记者 李四 摄影 王五)
_SHOT_BY = re.compile(r"(?:图片?|摄影?|摄像)[/／](?!文)")  # the photographers' credit before their names (图/王五)
_TASK = re.compile(r"[\u4e00-\u9fff]{2,4}[/／]")  # what a reporter did, before the role word (航拍/记者李四, 视频/记者王五)
_SHOT = re.compile(r"[ \u3000/／]*(?:摄影|摄)(?=[ \u3000]*(?:$|[）)】]))")  # a photographer's name, then 摄, closing it


def _pieces(word: str, start: int) -> list[tuple[str, int]]:
    """A word with several roles glued (新华社记者李四本报记者王五) cut before each later
    role's source: [(新华社记者李四, start), (本报记者王五, start + 8)]."""
    cuts: list[int] = []
    roles = list(ROLE_WORD.finditer(word))
    for previous, m in zip(roles, roles[1:]):  # the first role keeps its source
        before = word[previous.end() : m.start()]  # a name, then the next role's source
        # (or the next role's source alone: 文/青山日报记者 李四, the writer's credit, then the paper and its role)
        cut = 0 if previous.group().endswith(("/", "／")) and _is_source(before) else next(
            (len(before) - len(s) for s in _KNOWN_SOURCES if before.endswith(s)), None)
        if cut is None:  # a name of three, unless a source that opens with a place or 中央/中国 follows two
            two = len(before) > 2 and _is_source(before[2:]) and (
                before[2:].startswith(("中央", "中国")) or any(h[0] == 0 for h in find_divisions(before[2:])))
            cut = 2 if two else next((n for n in (3, 2) if len(before) > n and _is_source(before[n:])), len(before))
        cuts.append(previous.end() + cut)
    bounds = [0, *cuts, len(word)]
    return [(word[i:j], start + i) for i, j in zip(bounds, bounds[1:]) if j > i]


_BRAND = re.compile(r"[\u4e00-\u9fff]{2,16}")


def _written_for(word: str, before: str, head: re.Match) -> bool:
    """Whether ``before``, the start of a credit's ``word`` up to its role word ``head``, is the app, the paper or the
    unit the reporter or the correspondent writes for, whatever it is called (最青山全媒体记者, 青山县林业局通讯员: a brand
    or a body kg.lines' outlets do not end as): a reporter's or a correspondent's role word that ends a word of jieba's
    (not 记者站 of 记者站站长, nor 作者 of 文艺工作者), no names before it (热依拉通讯员).

    Examples:
        >>> from kg.lines import ROLE_WORD
        >>> [_written_for(w, w[:k], ROLE_WORD.search(w, k)) for w, k in
        ...  (("最青山全媒体记者", 3), ("青山县林业局通讯员", 6), ("青山记者站站长", 2), ("青山县文艺工作者", 6),
        ...   ("王小五通讯员", 3))]
        [True, True, False, False, False]
    """
    return bool(_BRAND.fullmatch(before)) and ("记者" in head.group() or "通讯员" in head.group()) \
        and any(w.end == head.end() for w in words(word)) and not names_only(before)


def _is_source(prefix: str) -> bool:
    """The name of a paper, agency or a district's news brand before a role word (本报, 天津日报, 新华社, 青山新闻), a
    paper's edition (青山日报农村版), after the apps or sites it is posted by (青山云/青山日报).

    Examples:
        >>> [_is_source(p) for p in ("天津日报", "青山新闻", "青山传媒", "青山镇", "青山日报农村版", "青山云/青山日报")]
        [True, True, True, False, True, True]
    """
    return bool(OUTLET.fullmatch(prefix))


# The kind of outlet that closes a name a place opens (青山日报, 青山新闻网, 青山广播电视台): the kinds of
# kg.lines' outlets (_SOURCE) a place's outlet is named by, with the words before 报 and 网 (日报, 新闻网) whole.
_OUTLET_KIND = re.compile(r"(?:日报|晚报|新闻网|网|报|广播电视台|电视台|新闻|融媒体中心|融媒)$")


def dateline_city(text: str) -> tuple[int, int] | None:
    """Offsets of the city in a dateline (本报天津讯 → 天津), if the gazetteer knows it; a county's media centre
    names itself by its county (枝江 of 枝江融媒).

    Examples:
        >>> t = "新华社北京3月1日电"
        >>> t[slice(*dateline_city(t))], dateline_city("青山网4月19日保定电")
        ('北京', (8, 10))
        >>> dateline_city("天津日报讯"), dateline_city("今日房县网讯"), dateline_city("南开新闻网讯")  # an outlet's place
        ((0, 2), (2, 4), None)
        >>> dateline_city("新民晚报讯"), dateline_city("东方网讯")  # (brands the dictionary reads as other words)
        (None, None)
        >>> dateline_city("枝江融媒"), dateline_city("奉节融媒讯"), dateline_city("晨光融媒")  # (枝江市, 奉节县: counties)
        ((0, 2), (0, 2), None)
        >>> dateline_city("毕节廉政讯(李小四 王五)8月16日")  # (a body's own news, named for its place)
        (0, 2)
    """
    media = re.match(r"([\u4e00-\u9fff]{2,8}?)融媒", text)
    if media:  # (an article keeps 青山融媒 alone as its dateline: the byline after it is the byline's)
        stem = media.group(1)  # (a county's name, or its name without its level: 奉节 of 奉节县)
        return (0, len(stem)) if any(named(stem + level) for level in ("", "县", "区", "市", "旗")) else None
    m = dateline(text)
    if not m:
        return None
    end = m.start("date") if m.group("date") and not m.group("then") else m.start("kind")  # (the city ends at the kind)
    for start, stop, _, _ in find_divisions(text[:end]):
        if stop == end and start >= m.end("source"):
            return start, stop
    if bodys_news(m):  # (a body's own news: the place its name opens with, 毕节 of 毕节廉政讯)
        return next(((b, e) for b, e, _, _ in find_divisions(m.group("source")) if b == 0), None)
    place = outlet_place(m.group("source"))
    return None if place is None else (m.start("source") + place[0], m.start("source") + place[1])


def outlet_place(outlet: str, brands: bool = True) -> tuple[int, int] | None:
    """Offsets of a local outlet's own place in its name, a division that ends its name's stem (汕尾 of 汕尾日报, 房县 of
    今日房县网, 静安区 of 静安区融媒体中心): where its news is from; not a word before the outlet's kind (北京青年报,
    东方今报), nor a division's name that is a word of another kind to the dictionary (新民 of 新民晚报, 东方 of 东方网:
    a brand; ``brands=False``: where the caller checks the place otherwise, a name the dictionary reads as a
    person's too, 诸城).

    Examples:
        >>> outlet_place("汕尾日报"), outlet_place("静安区融媒体中心"), outlet_place("新民晚报"), outlet_place("南开新闻网")
        ((0, 2), (0, 3), None, None)
        >>> outlet_place("诸城新闻网"), outlet_place("诸城新闻网", brands=False)
        (None, (0, 2))
    """
    stem = _OUTLET_KIND.sub("", outlet)
    return next(((b, e) for b, e, _, _ in find_divisions(stem)
                 if e == len(stem) and (not brands or [w.pos for w in words(stem[b:e])] == ["ns"])), None)


# A post's source field and the outlet it names (来源：青山新闻网).
_SOURCE_FIELD = re.compile(r"来源[\s\u3000]*[:：][\s\u3000]*([\u4e00-\u9fff]{2,12})")


def source_place(text: str) -> str | None:
    """The place of the local outlet that the first source field of ``text`` names (来源:诸城新闻网 → 诸城), the home of
    the article the field stands over (a brand's name is read as a place too: the caller checks that the article names
    the place).

    Examples:
        >>> source_place("发布时间:2016-11-08 来源:诸城新闻网"), source_place("来源：人民网"), source_place("无来源")
        ('诸城', None, None)
    """
    field = _SOURCE_FIELD.search(text)
    place = outlet_place(field.group(1), brands=False) if field else None
    return None if place is None else field.group(1)[place[0] : place[1]]


def _align(text: str, span: tuple[int, int], repaired: str) -> list[int]:
    """The document offset of each character of ``repaired``, the text of ``span`` with the
    line breaks that page repair took out.

    Examples:
        >>> _align("x记者 李\\n\\n四", (1, 8), "记者 李四")
        [1, 2, 3, 4, 7]
    """
    out, pos = [], span[0]
    for c in repaired:
        while pos < span[1] - 1 and text[pos] != c:
            pos += 1
        out.append(pos)
        pos += 1
    return out


@register("byline", finds_mentions=True, rank=0)
def extract(doc: Document, mentions: list[Mention]) -> list[Mention | Relation]:
    """Persons named in each article's byline, with author/contributor relations, and the
    city of its dateline."""
    out: list[Mention | Relation] = []
    for a in doc.articles:
        if a.dateline and a.dateline_span:
            # (a body's own news is one with the names after it: 毕节廉政讯（李四 王五）)
            whole = a.byline if a.byline and a.byline.startswith(a.dateline) else a.dateline
            city = dateline_city(a.dateline) or dateline_city(whole)
            if city:
                at = _align(doc.text, a.dateline_span, a.dateline)
                name = a.dateline[city[0]:city[1]]
                out.append(Mention(at[city[0]], at[city[1] - 1] + 1, "Place", name, a.index, "byline"))
        if not a.byline or not a.byline_span or credits_no_one(a.byline):
            continue  # (作者：综合, 作者：市残联: a field that credits no one)
        at = _align(doc.text, a.byline_span, a.byline)
        if (unit := supplier(a.byline)) is not None:  # (（青山县档案馆供稿）: the body that supplied the text, no one)
            out.append(Mention(at[unit[0]], at[unit[1] - 1] + 1, "Organization", a.byline[unit[0] : unit[1]], a.index,
                               "byline"))
            continue
        people = []
        for name, role, start, end, role_start in parse_byline(a.byline):
            span = a.byline[start:end]  # (章 铮: a name of two spaced out to line up, named without the space)
            m = Mention(at[start], at[end - 1] + 1, "Person", span, a.index, "byline", role=role,
                        canonical=name if span != name else None)
            ev = Evidence(a.index, at[role_start], at[end - 1] + 1, a.byline[role_start:end], "byline")
            out.append(m)
            out.append(Relation(a.index, "author" if role == "reporter" else "contributor", m, ev))
            people.append((m, start))
        unit = affiliation(a.byline)
        if unit is None and people:
            out += _places_written_from(a, at)
        if unit is not None and people:
            b, e = unit
            org = Mention(at[b], at[e - 1] + 1, "Organization", a.byline[b:e], a.index, "byline")
            out.append(org)
            # a unit before the names is theirs up to the next role word (青山日报记者 李四 通讯员 王五: not 王五's)
            upto = next((r.start() for r in ROLE_WORD.finditer(a.byline) if r.start() > e), len(a.byline))
            for m, start in people:
                if start != b and not (b < start and start > upto):
                    first, last = min(m.start, org.start), max(m.end, org.end)
                    ev = Evidence(a.index, first, last, doc.text[first:last], "byline")
                    out.append(Relation(m, "memberOf", org, ev))
    return out


# A village or a community before the names in a credit, after its town (（白石镇青山村 李四）): where they write from.
# (a county or a city before them is skipped: （青山县白石镇青山村 李四）; a town's or a village's name may hold a level's
# character after its first: 镇北村, 新镇社区, 金乡村)
_WRITTEN_FROM = re.compile(r"^[（(【]?(?:[\u4e00-\u9fff]{2,6}?[县市区旗])?"
                           r"(?:(?P<town>[\u4e00-\u9fff]{2,6}?(?:镇|乡|街道))(?:办事处|办)?)?"  # (城西街道办: its office)
                           r"(?P<village>[\u4e00-\u9fff]{2,6}?(?:村|社区))[\s\u3000]+")


def _places_written_from(a: Article, at: list[int]) -> list[Mention | Relation]:
    """The village or community a credit names before its names (（白石镇青山村 李四 王五）), and the town before it,
    which holds it: places the article names.

    Examples:
        >>> from kg.text import parse
        >>> doc = parse("青山村开展活动\\n3月5日，青山村开展活动。(白石镇青山村 王小五 李国祥)")
        >>> a = doc.articles[0]
        >>> found = _places_written_from(a, _align(doc.text, a.byline_span, a.byline))
        >>> [m.text for m in found if isinstance(m, Mention)], [r.predicate for r in found if isinstance(r, Relation)]
        (['白石镇', '青山村'], ['containedInPlace'])
    """
    m = _WRITTEN_FROM.match(a.byline)
    if m is None:
        return []
    places = [Mention(at[m.start(g)], at[m.end(g) - 1] + 1, "Place", m.group(g), a.index, "byline")
              for g in ("town", "village") if m.group(g)]
    out: list[Mention | Relation] = list(places)
    if len(places) == 2:
        town, village = places
        out.append(Relation(village, "containedInPlace", town,
                            Evidence(a.index, town.start, village.end, a.byline[m.start("town") : m.end()].strip(),
                                     "byline")))
    return out


_AFFILIATION = re.compile(r"[\s\u3000]+([\u4e00-\u9fff]{2,12})[）)】]?[\s\u3000]*$")
# The outlet a reporter writes for, before the role word: （青山日报记者 李四）, 青山日报社全媒体记者 李四 (not 本报记者).
_OUTLET_FIRST = re.compile(r"^[（(【]?((?!本)[\u4e00-\u9fff]{2,10}?(?:报社|日报|晚报|报|电视台|广播电视台|融媒体中心|新闻网|社))"
                           r"(?:全媒体|融媒体|首席|特约|驻[\u4e00-\u9fff]{1,4})?(?:记者|通讯员)")
# A unit before the names, after the credit (（文/化学学院 李四）) or alone (（青山县林业局 李四）).
_UNIT_FIRST = re.compile(r"^[（(【]?(?:文|作者|撰稿|通讯员)[/／：:][\s\u3000]*([\u4e00-\u9fff]{2,12})[\s\u3000]+")
_BARE_UNIT_FIRST = re.compile(r"^[（(【]?((?!本)(?:(?!报道|记者|通讯)[\u4e00-\u9fff]){2,12})[\s\u3000]+")  # (not 本报, 报道组)


# A body alone in brackets before 供稿, which supplied the text: （青山县档案馆供稿）, (青山县计生协会 供稿); or after the
# field's name (供稿：青山县档案馆).
_SUPPLIED = re.compile(r"[（(](?:(?:(?:本文|图文|稿件|文章)?由)?([\u4e00-\u9fff]{3,20}?)[\s\u3000]*供稿"
                       r"|供稿[\s\u3000]*[:：][\s\u3000]*([\u4e00-\u9fff]{3,20}))[）)]")
# A unit's head, then a name of two or three opening with a surname: a person of the unit (县档案局张科).
_HEAD_THEN_NAME = re.compile(rf"(?:{UNIT_HEADS})([\u4e00-\u9fff]{{2,3}})$")
# Two bodies joined: a unit's head, then 和/与/及/、 and more (县档案馆和县地志办; not 县住房和城乡建设局).
_TWO_BODIES = re.compile(rf"(?:{UNIT_HEADS}|{'|'.join(MASS_BODIES)})[和与及、][\u4e00-\u9fff]{{3,}}")


def supplier(byline: str) -> tuple[int, int] | None:
    """Where the body that supplied the text stands in a credit that names no one else (（青山县档案馆供稿）), or None:
    a name that closes as a body's (a unit's head, a mass body), not a person's.

    Examples:
        >>> t = "（青山县地志办供稿）"
        >>> t[slice(*supplier(t))], supplier("（李小四供稿）"), supplier("（青山县政协 李小四 供稿）")
        ('青山县地志办', None, None)
        >>> t = "(青山县计生协会 供稿)"
        >>> t[slice(*supplier(t))]
        '青山县计生协会'
        >>> t = "（本文由青山县妇联供稿）"
        >>> t[slice(*supplier(t))], supplier("（县档案馆和县地志办供稿）"), supplier("（县妇联和县残联供稿）")
        ('青山县妇联', None, None)
        >>> t, u = "（县档案局张小科供稿）", "（县住房和城乡建设局供稿）"
        >>> t[slice(*supplier(t))], u[slice(*supplier(u))]
        ('县档案局', '县住房和城乡建设局')
        >>> t = "（供稿：青山县白石镇人民政府）"  # (the field's name first)
        >>> t[slice(*supplier(t))], supplier("（供稿：李小四）")
        ('青山县白石镇人民政府', None)
    """
    m = _SUPPLIED.fullmatch(byline.strip(" \u3000"))
    group = m.lastindex if m is not None else 0  # (the alternative that matched: before 供稿, or after its colon)
    unit = m.group(group) if m is not None else ""
    person = _HEAD_THEN_NAME.search(unit)
    if person is not None and names_only(person.group(1)):
        unit = unit[: person.start(1)]  # (a person of the unit after it: 县档案局 of 县档案局张科)
    mass = unit.endswith(MASS_BODIES)
    if not (UNIT_END.search(unit) or mass) or _is_name(unit) and not mass or _TWO_BODIES.search(unit):
        return None  # (no body's end; a person; two bodies: 县档案馆和县地志办)
    start = byline.index(unit, m.start(group))
    return start, start + len(unit)


def affiliation(byline: str) -> tuple[int, int] | None:
    """Where the unit of a byline's names stands, after them or right after the credit (（文/李四 青山学院）,
    （文/化学学院 李四）: the authors are its members), or None.

    Examples:
        >>> t = "（文/李四 青山学院）"
        >>> t[slice(*affiliation(t))]
        '青山学院'
        >>> t = "（文/化学学院 李四）"
        >>> t[slice(*affiliation(t))]
        '化学学院'
        >>> t = "【文/青山网 李四】"
        >>> t[slice(*affiliation(t))]
        '青山网'
        >>> affiliation("（通讯员 王五 李四）"), affiliation("本报记者 李四 报道")
        (None, None)
        >>> t = "（青山日报记者 李四）"
        >>> t[slice(*affiliation(t))], affiliation("青山县融媒体记者 李四")
        ('青山日报', None)
        >>> t = "（青山县林业局 李四）"
        >>> t[slice(*affiliation(t))]
        '青山县林业局'
        >>> t = "（青山县农业局：李四）"
        >>> t[slice(*affiliation(t))], affiliation("（白石镇 李四）")
        ('青山县农业局', None)
        >>> t = "新华社记者王小五新华社通讯员李小四"  # (the first outlet, not all up to the last)
        >>> t[slice(*affiliation(t))]
        '新华社'
    """
    sourced = names_then_source(byline)  # (a unit glued to the names or before a colon: （青山县农业局：李四）)
    unit = sourced.groupdict().get("unit") if sourced is not None else None
    if unit and (UNIT_END.search(unit) or unit.endswith(MASS_BODIES)) and not ROLE_WORD.search(unit) \
            and byline.find(unit) >= 0:  # (not a role's team: （报道组 李四 王五）)
        return byline.find(unit), byline.find(unit) + len(unit)
    m = _AFFILIATION.search(byline)
    if m is None or not UNIT_END.search(m.group(1)) or _is_name(m.group(1)) or m.group(1) in _NOT_NAMES \
            or not parse_byline(byline[: m.start(1)]):
        m = next((m for m in (x.match(byline) for x in (_UNIT_FIRST, _OUTLET_FIRST, _BARE_UNIT_FIRST))
                  if m is not None and UNIT_END.search(m.group(1)) and not _is_name(m.group(1))), None)
        if m is None or not any(start >= m.end(1) for _, _, start, *_ in parse_byline(byline)):
            return None
    return m.start(1), m.end(1)
