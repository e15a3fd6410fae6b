"""Decoding, page repair, article and sentence segmentation.

Real newspaper pages arrive broken by layout: a paragraph, even a word, is cut
by blank lines (``全民核\\n\\n酸检测``). :func:`repair` rejoins such pieces into
paragraphs while remembering, for every character, where it stands in the
original text; :func:`segment` splits the paragraphs into articles
(headline, byline, body, captions) and sentences. All offsets point into the
original decoded text.

Examples:
    >>> doc = parse("“志愿红”助力核酸采样\\n\\n本报讯(记者 刘玉娟 通讯员 王鹤娟)助力全民核\\n\\n酸检测有序进行。")
    >>> a = doc.articles[0]
    >>> a.headline, a.byline
    ('“志愿红”助力核酸采样', '本报讯(记者 刘玉娟 通讯员 王鹤娟)')
    >>> s = a.sentences[-1]
    >>> s.text
    '助力全民核酸检测有序进行。'
    >>> doc.text[s.start:s.end]
    '助力全民核\\n\\n酸检测有序进行。'
"""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

from .errors import InputError
from .model import Article, Document, Sentence
from .surnames import COMMON, split_names
from .surnames import count as surname_count

MAX_LINE = 1_000_000  # characters; a longer line is not text that a newspaper page holds

_TERMINAL = "。！？!?；;…"
_CLOSERS = "”’」』)）】"
_BODY_PUNCT = re.compile(r"[。，,；;：:]")
_SENTENCE_END = re.compile(rf"[。！？!?；;]+[{_CLOSERS}]*|…+[{_CLOSERS}]+")
_SPACE = "\\s\u3000"

# A dateline: who sends the story, from where and when, then 讯 / 电 / 消息 (本报讯, 本报天津讯,
# 天津日报讯, 红网3月1日讯, 新华社北京3月1日电, 央视网消息（新闻联播）：). 电 always comes with a date
# or a news agency (…社).
_SOURCE = r"(?:本报|本刊|本台|本网|[\u4e00-\u9fffA-Za-z·]{1,12}?(?:报|网|社|台|客户端|新闻|APP|中心))"
_WHEN = r"(?:\d{1,2}月\d{1,2}日|[一二三四五六七八九十]{1,3}月[一二三四五六七八九十]{1,3}日)"
DATELINE = re.compile(
    rf"^(?P<source>{_SOURCE})(?P<city>(?:(?!记者|通讯员)[\u4e00-\u9fff]){{2,6}}?)?(?P<date>{_WHEN})?(?P<kind>(?<![通喜资快简短电视])讯(?!员)|消息|(?<![贺唁致来急通专供发用充停断])电)"
    r"(?:[（(][^（）()：:，。]{1,12}[）)](?=[：:]))?[：:]?"
)
# Who wrote it: the role words of a byline (记者, 通讯员, 文/图 …), at the start of a piece or after
# the name of a paper (天津日报记者).
ROLE_WORD = re.compile(
    r"(?:特约|见习|实习|首席|全媒体|融媒体|融媒|新媒体|摄影|驻[\u4e00-\u9fff]{1,6})?记者|通讯员|实习生|作者|撰稿人?|撰文|"
    r"文字|文[/／]图|图[/／]文|文[/／|｜]|文[：:]|^文(?=[\s\u3000])"
)
# Marks that open a line of a printed page: ■本报记者 李四
BULLETS = "■□●○◆◇★☆▲△▼▽•·◎ \u3000"
# A credit after the name: 吴晨文/图, 王五 摄, 李四 报道.
CREDIT = re.compile(r"(?:文[/／]图|图[/／]文|[/／]图|摄影|摄|报道|整理)$")
def decode(data: bytes, source: str = "input") -> str:
    """Decode the bytes of a text file: UTF-8 (with or without BOM), else GB18030/GBK.

    Raises :class:`InputError` for empty, binary or undecodable input.

    Examples:
        >>> decode("郑州市".encode("gbk"))
        '郑州市'
        >>> decode(b"\\x00\\x01\\x02")
        Traceback (most recent call last):
        ...
        kg.errors.InputError: input: binary data, not text
    """
    if not data.strip():
        raise InputError(f"{source}: empty input")
    if b"\x00" in data[:65536]:
        raise InputError(f"{source}: binary data, not text")
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        check_text(text, source)
        return text
    raise InputError(f"{source}: unknown encoding (kg reads UTF-8 and GB18030/GBK)")


def check_text(text: str, source: str = "input") -> None:
    """Reject text that is blank, binary-looking or has absurdly long lines."""
    if not text.strip():
        raise InputError(f"{source}: empty input")
    controls = sum(1 for c in text[:65536] if ord(c) < 32 and c not in "\n\r\t\f\v")
    if controls > max(8, len(text[:65536]) // 100):
        raise InputError(f"{source}: binary data, not text")
    longest = max(len(line) for line in text.split("\n"))
    if longest > MAX_LINE:
        raise InputError(f"{source}: a line of {longest} characters is longer than {MAX_LINE}")


def document_id(text: str) -> str:
    """A stable id for a text without one: the first 12 hex digits of its SHA-1."""
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:12]


@dataclass
class Paragraph:
    """A run of text after repair, with the document offset of each character."""

    text: str
    offsets: list[int]

    @property
    def start(self) -> int:
        return self.offsets[0]

    @property
    def end(self) -> int:
        return self.offsets[-1] + 1

    def slice(self, i: int, j: int) -> Paragraph:
        return Paragraph(self.text[i:j], self.offsets[i:j])


def _lines(text: str) -> list[Paragraph]:
    """Non-blank lines, stripped, with offsets; blank lines are dropped."""
    out: list[Paragraph] = []
    pos = 0
    for raw in text.split("\n"):
        stripped = raw.strip(" \t\r\u3000\ufeff")
        if stripped:
            lead = raw.index(stripped)
            out.append(Paragraph(stripped, list(range(pos + lead, pos + lead + len(stripped)))))
        pos += len(raw) + 1
    return out


def _ends_sentence(text: str) -> bool:
    t = text.rstrip(_CLOSERS)
    return bool(t) and t[-1] in _TERMINAL


def dateline(text: str) -> re.Match | None:
    """The dateline that opens ``text``, if any (its groups: source, city, date, kind).

    Examples:
        >>> [dateline(t).group() for t in ("本报讯 近日", "本报天津讯（记者 李四）", "红网3月1日讯", "新华社北京3月1日电")]
        ['本报讯', '本报天津讯', '红网3月1日讯', '新华社北京3月1日电']
        >>> dateline("新华社北京3月1日电").group("city"), dateline("央视网消息（晚间新闻）：").group()
        ('北京', '央视网消息（晚间新闻）：')
        >>> dateline("电网公司电力保供") is None  # 电 needs a date or an agency
        True
        >>> dateline("新华社长篇通讯：…") is None, dateline("新华社发来贺电") is None  # words ending in 讯, 电
        (True, True)
    """
    m = DATELINE.match(text)
    if not m:
        return None
    if m.group("kind") == "电" and not (m.group("date") or m.group("source").endswith("社")):
        return None
    return m

_PHOTO_CREDIT = re.compile(r"(?:摄|摄影|供图)$")


def _role_paren(text: str) -> re.Match | None:
    """A parenthesis at the start of ``text`` that names authors: (记者 李四 通讯员 王五)."""
    m = re.match(r"[（(]([^（）()]{1,60})[）)]", text)
    return m if m and ROLE_WORD.search(m.group(1)) and not _PHOTO_CREDIT.search(m.group(1)) else None


# 本报讯 记者 李四 通讯员 王五 近日,…: roles and names separated by spaces, no parentheses.
_BARE_ROLES = re.compile(
    r"(?:(?:本报)?(?:特约|见习|实习)?(?:记者|通讯员|实习生)[\s\u3000]+"
    r"(?:[\u4e00-\u9fff·]{2,5}[\s\u3000、]+)+)+"
)

# 本报北京3月1日电记者张三、李四报道：… — the names glued to the dateline, closed by 报道：
_REPORTED = re.compile(
    r"(?:[\u4e00-\u9fff]{0,10}?(?:记者|通讯员)[\u4e00-\u9fff·]{2,4}[、，,\s\u3000]*)+报道[：:]"
)


def leading_byline(text: str) -> tuple[int, int]:
    """(end of the byline, end of its dateline) that open a paragraph; 0 for none.

    Examples:
        >>> t = "本报讯 记者 李四 通讯员 王五 近日,活动开展。"
        >>> t[:leading_byline(t)[0]]
        '本报讯 记者 李四 通讯员 王五'
        >>> t = "新华社北京3月1日电（记者 张三、李四）今天（3月1日）,会议召开。"
        >>> [t[:i] for i in leading_byline(t)]
        ['新华社北京3月1日电（记者 张三、李四）', '新华社北京3月1日电']
        >>> leading_byline("今天（3月1日）,会议召开。")
        (0, 0)
    """
    m = dateline(text)
    at = m.end() if m else 0
    rest = text[at:]
    gap = len(rest) - len(rest.lstrip(" \u3000"))
    paren = _role_paren(rest[gap:])
    if paren:
        return at + gap + paren.end(), at
    bare = _BARE_ROLES.match(rest[gap:])
    if bare and (m or _BODY_PUNCT.search(rest[gap + bare.end():])):  # 记者 李四 近日，… (not 记者 李四 摄)
        return at + gap + len(bare.group().rstrip(" \u3000、")), at
    reported = _REPORTED.match(rest[gap:]) if m else None
    if reported:
        return at + gap + reported.end(), at
    return at, at


def is_byline_start(text: str) -> bool:
    """A paragraph that opens with a dateline or a byline: an article starts here."""
    return leading_byline(text)[0] > 0


def is_dateline_line(text: str) -> bool:
    """A line that is a dateline and nothing else (南开新闻网讯, 央视网消息（新闻联播）：)."""
    m = dateline(text)
    return bool(m) and not text[m.end():].strip(" \u3000")


# Fields of a web page around the article: 来源：, 发布时间：, 浏览次数：, 责任编辑：, 分享到 …
FIELD = re.compile(
    r"(?:原标题|来源|稿源|信息来源|文章来源|新闻来源|日期|发布日期|发布时间|发表时间|更新时间|时间|链接|原文链接|网址|"
    r"责任编辑|责编|编辑|审核|审校|审稿|校对|初审|复审|终审|签发|浏览次数|浏览量|浏览|点击数|点击量|点击|阅读数|阅读量|阅读|"
    r"访问量|分享到|分享|字号|字体|当前位置|您的位置|您现在的位置|所在位置|位置|上一篇|下一篇|关键词|标签|打印|关闭|"
    r"发布人|发布者|发布单位|供稿单位|审核人|编审|监制|出品|"
    r"作者|记者|通讯员|撰稿|撰文|文|图|摄影|供稿|来稿)[\s\u3000]*[:：]"
)
_DATE_STAMP = r"\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?(?:[\s\u3000]+\d{1,2}[:：]\d{2}(?:[:：]\d{2})?)?"


def _is_meta(t: str) -> bool:
    """A line of web fields: 来源：…, 【来源：…】, 2021-03-01 10:20 来源：…"""
    t = t.lstrip("【[")
    return bool(FIELD.match(t) or (re.match(_DATE_STAMP + r"[\s\u3000|｜]+", t) and FIELD.search(t)))


_PERSON_FIELD = re.compile(r"(?:^|[\s\u3000】\]【\[|｜])(?:作者|记者|通讯员|撰稿|撰文|文|文字)[\s\u3000]*[:：]")
_WEB_FURNITURE = re.compile(
    r"^(?:【[^】]{1,12}】[\s\u3000]*)+$"  # 【打印】【关闭】
    r"|^(?:分享到|返回顶部|返回首页|打印本页|关闭窗口|相关阅读|相关新闻|扫一扫|版权所有|Copyright).{0,40}$"
    r"|^(?:责任编辑|责编|浏览次数|点击数|阅读次数|原标题)[\s\u3000]*[^\s\u3000。，]{0,40}$"  # without the colon
    r"|^[（(](?:原标题|来源|稿源|责任编辑|责编|编辑)[\s\u3000]*[:：][^（）()]{0,60}[）)]$"  # （来源：某报）
    rf"|^{_DATE_STAMP}$"  # a date stamp
    r"|^(?:[\u4e00-\u9fffA-Za-z0-9 \u3000]{1,12}(?:>>|>|＞|»|›|→)[ \u3000]*){2,}[\u4e00-\u9fffA-Za-z0-9 \u3000]{0,30}$"  # 首页 > 新闻 > 正文
)

# Names glued to their role, several roles in a row: 李四, 李四、王五, 李四本报记者王五
_NAMES = r"[\u4e00-\u9fff·]{2,9}?(?:[、，,][\u4e00-\u9fff·]{2,9}?)*"
_GLUED_NAMES = re.compile(rf"{_NAMES}(?:[\u4e00-\u9fff/]{{0,12}}?(?:记者|通讯员){_NAMES})*(?:报道)?")


def is_byline_line(text: str) -> bool:
    """A line that only credits authors: （天津日报记者 李四）, 本报记者 李四 通讯员 王五,
    文/图 李四, 作者：李四, 记者 李四 报道, 来源：某报 作者：李四; not a photo credit (记者 李四 摄).

    Examples:
        >>> [is_byline_line(t) for t in ("（天津日报记者 李四）", "文/图 李四", "作者：李四", "记者 李四 报道")]
        [True, True, True, True]
        >>> [is_byline_line(t) for t in ("本报记者 王五 摄", "记者走基层", "记者节特别节目今晚播出")]
        [False, False, False]
    """
    t = text.strip(" \u3000").lstrip(BULLETS)
    if not t or re.search(r"[。，,；;！？!?]", t) or re.search(r"(?:摄|摄影|供图)[）)】]?$", t):
        return False
    if _is_meta(t):
        return len(t) <= 120 and bool(_PERSON_FIELD.search(" " + t))
    if len(t) > 60:
        return False
    if len(t) > 48:
        return False
    inner = t[1:-1] if t[0] in "（(" and t[-1] in "）)" else t
    m = ROLE_WORD.search(inner)
    if not m:
        return False
    prefix, after = inner[: m.start()].strip(" \u3000"), inner[m.end():]
    if prefix and not re.fullmatch(_SOURCE, prefix):
        return False
    if not after:
        return False
    if m.group().endswith(("/", "／", "：", ":")) or after[0] in " \u3000：:":
        return True
    # glued to the role (本报记者许立群, 本报驻某国记者李四): only after a paper's name or a post
    return bool((prefix or m.group() != "记者") and _GLUED_NAMES.fullmatch(after))


def is_name_line(text: str) -> bool:
    """A line that is only the author's name, under a headline: one name (吴某某) or several
    run together (宋某春张某明), opening with surnames of the table in :mod:`kg.surnames`.

    Examples:
        >>> [is_name_line(t) for t in ("李四", "王小五张伟", "本报评论员", "客运", "秋收")]
        [True, True, False, False, False]
    """
    t = text.strip(" \u3000")
    if not re.fullmatch(r"[\u4e00-\u9fff]{2,9}", t):
        return False
    if len(t) <= 3:
        return surname_count(t[0]) >= 5
    names = split_names(t)
    return len(names) > 1 and all(surname_count(n[0]) >= 2 for n in names)


# Page furniture: dates and page numbers in the header, editors, jump lines.
_FURNITURE = re.compile(
    r"^(?:\d{4}年\d{1,2}月\d{1,2}日\s*(?:星期|周)[一二三四五六日天]"
    r"|(?:第\s*)?[0-9０-９A-Z]{1,3}\s*版(?:\s*[:：].*)?"
    r"|(?:责任编辑|美术编辑|编辑|版式|校对|组版)\s*[:：].*"
    r"|[（(]\s*(?:上接|下转|转第|接第|转\d|接\d).{0,12}[）)])$"
)


def is_furniture(text: str) -> bool:
    """Lines of the page or the web site, not of an article: page headers, editors, jump
    lines, and web fields (发布时间：… 浏览次数：…), navigation and buttons. A field line that
    names an author (作者：李四) is a byline, not furniture.

    Examples:
        >>> [is_furniture(t) for t in ("2022年3月28日 星期一", "第05版:城事", "责任编辑:王五", "（下转第三版）", "从我做起 保护湿地")]
        [True, True, True, True, False]
        >>> [is_furniture(t) for t in ("发布时间：2021-07-16浏览次数：1590", "日期: 2017年6月19日", "首页 > 新闻 > 正文", "作者：李四")]
        [True, True, True, False]
    """
    t = text.strip(" \u3000")
    if _PERSON_FIELD.search(" " + t) and is_byline_line(t):
        return False
    if _FURNITURE.match(t) or _WEB_FURNITURE.match(t):
        return True
    return _is_meta(t) and not _PERSON_FIELD.search(" " + t) and len(t) <= 120


# A headline may hold one colon after a short lead: 湖北襄阳：书记市长吆喝卖菜 企业商家上门采购.
_TITLE_COLON = re.compile(r"^[^，,。；;：:！？!?]{2,12}[：:][^，,。；;：:]{2,}$")


def is_short(text: str) -> bool:
    """A headline or caption candidate: short and without sentence punctuation
    (a colon after a short lead is allowed).

    Examples:
        >>> [is_short(t) for t in ("管城区构建群防群控网", "湖北襄阳：菜农卖菜 商家采购", "他说：", "活动开展,效果良好")]
        [True, True, False, False]
    """
    return len(text) <= 64 and (not _BODY_PUNCT.search(text) or bool(_TITLE_COLON.match(text)))


def repair(text: str) -> list[Paragraph]:
    """Rejoin paragraphs and words that page layout split across lines.

    A line continues the paragraph before it when that paragraph is body text
    (it has sentence punctuation) that does not end a sentence, and the line is
    not a byline. Headlines and captions (short, unpunctuated) are never glued.

    Examples:
        >>> [p.text for p in repair("三级网格由楼院长,党员中\\n\\n心户等组成。\\n\\n标题")]
        ['三级网格由楼院长,党员中心户等组成。', '标题']
        >>> [p.text for p in repair("风险岗位\\n\\n核酸检测")]  # two headlines stay apart
        ['风险岗位', '核酸检测']
    """
    out: list[Paragraph] = []
    for line in _lines(text):
        if is_furniture(line.text):
            continue  # the page's, not an article's
        if out and _continues(out[-1], line):
            out[-1] = Paragraph(out[-1].text + line.text, out[-1].offsets + line.offsets)
        else:
            out.append(line)
    return out


def _continues(prev: Paragraph, line: Paragraph) -> bool:
    """Whether ``line`` continues ``prev``: body text cut before its sentence ended."""
    return (
        bool(_BODY_PUNCT.search(prev.text) or is_byline_start(prev.text))
        and not _ends_sentence(prev.text)
        and not _TITLE_COLON.match(prev.text)
        and not is_dateline_line(prev.text)
        and not is_byline_line(prev.text)
        and trailing_byline(prev.text) < 0
        and not is_byline_start(line.text)
        and not is_byline_line(line.text)
    )


def split_sentences(p: Paragraph) -> list[Paragraph]:
    """Split a paragraph after 。！？； (with closing quotes) and after ……”.

    Examples:
        >>> [s.text for s in split_sentences(Paragraph("他说:“好。”我们走。", list(range(11))))]
        ['他说:“好。”', '我们走。']
    """
    out = []
    start = 0
    for m in _SENTENCE_END.finditer(p.text):
        if m.end() - start > 0:
            out.append(p.slice(start, m.end()))
        start = m.end()
    if start < len(p.text):
        out.append(p.slice(start, len(p.text)))
    return [s for s in out if s.text.strip()]


def trailing_byline(text: str) -> int:
    """Where a byline or a web field in brackets that closes a paragraph begins
    (…参加调研。（天津日报记者 李四）, …。（来源：某报）); -1 if none.

    Examples:
        >>> t = "会议结束。（本市日报记者 李四）"
        >>> t[trailing_byline(t):]
        '（本市日报记者 李四）'
        >>> trailing_byline("会议结束（如图）。")
        -1
    """
    m = re.search(r"[（(][^（）()]{2,60}[）)]$", text)
    if not m or not (is_byline_line(m.group()) or is_furniture(m.group())):
        return -1
    before = text[: m.start()].rstrip(" \u3000")
    return m.start() if not before or _ends_sentence(before) else -1


def _sentence(p: Paragraph, index: int, kind: str) -> Sentence:
    segments = []
    for i, off in enumerate(p.offsets):
        if i == 0 or off != p.offsets[i - 1] + 1:
            segments.append((i, off))
    return Sentence(index, p.start, p.end, p.text, kind, tuple(segments))


# A photo caption names a scene, not an event: 座谈会现场, 活动合影, 校长讲话, 图为…
_CAPTION = re.compile(
    r"(?:现场|合影|留影|剪影|掠影|一角|瞬间|侧记|(?<!发表)(?<!重要)(?:讲话|致辞|发言|授课|作报告|主持会议)|"
    r"摄|供图|资料图|（图）|\(图\))$|^(?:图为|图：|图:|上图|下图|左图|右图|▲|△|↑)"
)
# A paragraph that describes a photo, however long: 图为…, 图：…, ▲…
_PHOTO_LEAD = re.compile(r"^(?:图为|图[：:]|图片[：:]|上图|下图|左图|右图|▲|△)")
# Words that open a paragraph only in the middle of an article: it goes on from what came before.
_CONTINUATION = re.compile(
    r"^(?:会上|会后|会中|会议|随后|此外|同时|与此同时|另外|其间|期间|最后|之后|此后|据悉|他们|她们|他|她|其中|"
    r"此次|这次|对此|为此|接着|紧接着|活动中|仪式上|座谈中|座谈会上|在此期间|通过|并且)"
)
# The verbs that open a subtitle under a leader's headline: 强调…, 指出…
_SUBTITLE_VERB = re.compile(r"^(?:——|—|强调|指出|要求|表示|提出|希望|寄语|勉励|主持|出席|会见)")


def is_caption(text: str) -> bool:
    """A short line that describes a photo rather than heads an article.

    Examples:
        >>> [is_caption(t) for t in ("座谈会现场", "校长李四讲话", "图为志愿者在清扫", "李四发表重要讲话", "新区开工建设")]
        [True, True, True, False, False]
    """
    return bool(_CAPTION.search(text.strip()))


def _is_subtitle(title: str, line: str) -> bool:
    """Whether ``line``, standing under ``title``, is its subtitle (副题): it opens with ——
    or with a verb whose subject is the title's (陈某某到某地调研 / 强调…), or it is more than
    twice as long as the title."""
    return bool(_SUBTITLE_VERB.match(line)) or (len(line) >= 2 * len(title) and len(line) >= 16)


def _is_long_title(p: Paragraph, following: Paragraph | None) -> bool:
    """A headline too long for :func:`is_short` (a title with its subtitle after ——): no
    sentence ends in it, and a dateline or a byline follows."""
    return (following is not None and len(p.text) <= 160 and not re.search(r"[。！？!?；;]", p.text)
            and (is_byline_start(following.text) or is_dateline_line(following.text)
                 or is_byline_line(following.text)))


def _is_opening_title(p: Paragraph, following: Paragraph | None) -> bool:
    """The first line of a text as its headline although it has a comma or ends with ！ or ？
    (拜年变了味，当刹！): short, no full stop, one comma at most, and a longer paragraph after it."""
    return (following is not None and len(p.text) <= 30 and len(following.text) > len(p.text)
            and not re.search(r"[。；;：:]", p.text) and len(re.findall(r"[，,]", p.text)) <= 1
            and not _ends_sentence(p.text.rstrip("！？!?")))


# Heads inside an article: numbered sections (一、 （二） 3. 第四，), a line that is all quote, a question.
_SECTION_HEAD = re.compile(
    r"^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[）)]|\d+[、.．]|第[一二三四五六七八九十]+[，、：:]?)"
    r"|^“[^“”]*”$|[？?]$"
)


def _opens_item(pending: list[Paragraph], p: Paragraph, current: Article, digest: bool) -> bool:
    """Whether short lines between two body paragraphs head a new article (else they are
    photo captions and section heads of the current one).

    They do in a digest of items; after an article closed by its byline; when they are a
    two-line headline (a kicker of two phrases over the title); and on a page of datelined
    articles, where the article before opened with a dateline. They never do when the line
    reads as a caption, or the paragraph after it goes on from the one before (会上, 随后,
    他 …); a section head (一、…), a quote or a question heads no datelined article.
    """
    last = pending[-1].text
    if is_caption(last) or _CONTINUATION.match(p.text):
        return False
    if digest or current.byline_position == "end":  # a closing byline ended the article before
        return True
    if len(pending) >= 2 and (" " in pending[-2].text or "\u3000" in pending[-2].text) and not is_caption(pending[-2].text):
        return True
    return bool(current.dateline) and not _SECTION_HEAD.search(last)


def segment(text: str) -> list[Article]:
    """Split a repaired page into articles with headlines, bylines, sentences and captions.

    An article starts at a body paragraph that a headline (short lines), a dateline or a
    byline stands before. Short lines between paragraphs of one article are photo captions
    when they read like one (现场, 合影, 讲话 …) or when the paragraph after them goes on from
    the one before (会上, 随后, 他 …). A dateline alone on a line that stands before a
    headline (央视网消息：) belongs to a digest of items, and the lines above it name the
    digest, not an article.

    Examples:
        >>> doc = parse("快讯\\n\\n某网消息：\\n\\n大桥通车\\n\\n今天,大桥通车。\\n\\n新区开工\\n\\n今天,新区开工。")
        >>> [(a.headline, a.sentences[-1].text) for a in doc.articles]
        [('大桥通车', '今天,大桥通车。'), ('新区开工', '今天,新区开工。')]
    """
    paras = repair(text)
    articles: list[Article] = []
    pending: list[Paragraph] = []  # short lines seen since the last body paragraph
    lead: list[Paragraph] = []  # dateline and byline lines seen since the last body paragraph
    current: Article | None = None
    digest = False  # a digest of short items (its source line stood above the first item)

    def start_article(headline: list[Paragraph], subtitle: Paragraph | None, at: int) -> Article:
        a = Article(index=len(articles) + 1, start=headline[0].start if headline else at, end=at)
        a.headline_lines = [h.text for h in headline]
        a.headline = " ".join(a.headline_lines)
        if headline:
            a.headline_span = (headline[0].start, headline[-1].end)
        for h in headline:
            a.sentences.append(_sentence(h, len(a.sentences), "headline"))
        if subtitle is not None:
            a.subtitle, a.subtitle_span = subtitle.text, (subtitle.start, subtitle.end)
            a.sentences.append(_sentence(subtitle, len(a.sentences), "subtitle"))
        articles.append(a)
        return a

    def add_captions(a: Article, lines: list[Paragraph]) -> None:
        for c in lines:
            a.captions.append((c.start, c.end, c.text))
            a.sentences.append(_sentence(c, len(a.sentences), "caption"))
            a.end = max(a.end, c.end)

    def set_byline(a: Article, p: Paragraph, position: str) -> None:
        a.byline, a.byline_span, a.byline_position = p.text, (p.start, p.end), position

    def set_dateline(a: Article, p: Paragraph, end: int) -> None:
        a.dateline, a.dateline_span = p.text[:end], (p.start, p.offsets[end - 1] + 1)

    for i, p in enumerate(paras):
        following = paras[i + 1] if i + 1 < len(paras) else None
        if is_dateline_line(p.text):
            if following is not None and is_short(following.text) and not is_byline_start(following.text):
                pending, lead = [], []  # the source line of a digest: what stood above names the digest
                digest = True
            else:
                lead.append(p)
            continue
        if is_byline_line(p.text) or (pending and not lead and following is not None and is_name_line(p.text)
                                      and not is_short(following.text)):
            if current is not None and current.byline is None and not lead and (
                    not pending or is_caption(pending[-1].text)):
                add_captions(current, pending)  # after the body (and its photos): the article's credit
                pending = []
                set_byline(current, p, "end")
                current.end = p.end
            elif current is not None and not pending and not lead:
                add_captions(current, [p])  # a second credit line
            else:
                lead.append(p)  # under a headline: the byline of the article that follows
            continue
        opening = current is None and not pending and not lead
        if (is_short(p.text) or _is_long_title(p, following) or (opening and _is_opening_title(p, following))
                or (not opening and _PHOTO_LEAD.match(p.text))) and not is_byline_start(p.text):
            pending.append(p)
            continue
        starts = is_byline_start(p.text)
        if current is not None and pending and not starts and not lead and not _opens_item(
                pending, p, current, digest):
            inner = [c for c in pending if is_caption(c.text)]
            add_captions(current, inner)  # photo captions and section heads inside the article
            for h in pending:
                if h not in inner:
                    current.sentences.append(_sentence(h, len(current.sentences), "heading"))
            pending = []
        if current is None or starts or pending or lead:
            headline, subtitle, captions, before = _split_pending(pending, has_previous=current is not None)
            if current is not None:
                add_captions(current, before)
            current = start_article(headline, subtitle, (lead or [p])[0].start)
            add_captions(current, captions)
            for line in lead:
                if is_dateline_line(line.text):
                    set_dateline(current, line, len(line.text))
                elif current.byline is None:
                    set_byline(current, line, "start")
            pending, lead = [], []
        body = p
        if starts:
            cut, date_end = leading_byline(p.text)
            if date_end and current.dateline is None:
                set_dateline(current, p, date_end)
            if cut > date_end and current.byline is None:
                current.byline = p.text[:cut]
                current.byline_span = (p.start, p.offsets[cut - 1] + 1)
                current.byline_position = "start"
            body = p.slice(cut, len(p.text))
            body = body.slice(len(body.text) - len(body.text.lstrip(" \u3000")), len(body.text))
        tail = trailing_byline(body.text) if body.text else -1
        if tail >= 0:
            credit = body.slice(tail, len(body.text))
            body = body.slice(0, tail)
            if current.byline is None and is_byline_line(credit.text):
                set_byline(current, credit, "end")
        for s in split_sentences(body) if body.text else []:
            current.sentences.append(_sentence(s, len(current.sentences), "body"))
        current.end = p.end
    if pending:
        if current is None:
            headline, subtitle, captions, _ = _split_pending(pending, has_previous=False)
            current = start_article(headline, subtitle, pending[0].start)
            add_captions(current, captions)
            current.end = pending[-1].end
        else:
            add_captions(current, pending)
    return articles


def _split_pending(pending: list[Paragraph], has_previous: bool
                   ) -> tuple[list[Paragraph], Paragraph | None, list[Paragraph], list[Paragraph]]:
    """Short lines before an article: (headline lines, subtitle, its captions, captions of
    the previous article).

    At the top of a text the first line is the title; the line under it is its subtitle
    (:func:`_is_subtitle`) or the second line of the headline, unless it reads like a
    caption; the lines after that are captions of the article. Between articles the last line
    is the title (the one before it, when the last opens with ——, is the title of that
    subtitle). The line before the title is a kicker (first headline line) when it is built of
    two parallel phrases separated by a space (``打通“大动脉” 畅通“小血管”``); otherwise it is a
    photo caption of the article before.
    """
    if not pending:
        return [], None, [], []
    if not has_previous:
        head, rest, subtitle = pending[:1], pending[1:], None
        if rest and not is_caption(rest[0].text) and "——" not in head[0].text:
            if _is_subtitle(head[0].text, rest[0].text):
                subtitle = rest[0]
            else:
                head.append(rest[0])
            rest = rest[1:]
        return head, subtitle, rest, []
    subtitle = None
    if len(pending) >= 2 and pending[-1].text.startswith(("——", "—")):
        subtitle, pending = pending[-1], pending[:-1]
    if len(pending) >= 2 and (" " in pending[-2].text or "\u3000" in pending[-2].text):
        return pending[-2:], subtitle, [], pending[:-2]
    return pending[-1:], subtitle, [], pending[:-1]


def plain(text: str, doc_id: str | None = None) -> Document:
    """A document of one article whose sentences are the text as it is: no page repair,
    no headline or byline (for recognizing names in sentences, as ``kg extract`` does).

    Examples:
        >>> [s.text for s in plain("他说。我们走").articles[0].sentences]
        ['他说。', '我们走']
    """
    doc = Document(id=doc_id or document_id(text), text=text)
    article = Article(index=1, start=0, end=len(text))
    for p in split_sentences(Paragraph(text, list(range(len(text))))):
        article.sentences.append(_sentence(p, len(article.sentences), "body"))
    doc.articles = [article]
    return doc


def parse(text: str, doc_id: str | None = None, source: str = "", date: str | None = None) -> Document:
    """Turn text into a :class:`Document` with articles and sentences."""
    check_text(text, source or "input")
    doc = Document(id=doc_id or document_id(text), text=text, source=source, date=date)
    doc.articles = segment(text)
    return doc
