"""Decoding, page repair, article and sentence segmentation.

Real newspaper pages arrive broken by layout: a paragraph, even a word, is cut
by blank lines (``全民核\\n\\n酸检测``). :func:`repair` rejoins such pieces into
paragraphs while remembering, for every character, where it stands in the
original text; :func:`segment` splits the paragraphs into articles
(headline, subtitle, dateline, byline, body, captions) and sentences, with
:mod:`kg.lines` saying what each line is. All offsets point into the original
decoded text. The shapes it reads: ``docs/structure.md``.

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

import codecs
import hashlib
import re
from bisect import bisect_left
from dataclasses import dataclass, replace

from .errors import InputError
from .gazetteer import spelled_by_divisions
from .headlines import odds
from .levels import CHARS as LEVEL_CHARS
from .lines import (APART, APP_CHANNEL, BODY_PUNCT, BOXES, BULLETS, CLOSERS, FIELD, FIELD_ALONE, FIELD_AT_END,
                    FIELD_NAME, INTERN, LABEL_ALONE, MASTHEAD, OUTLET, PHOTO_CREDITED, POSTING_LINE, RELATED,
                    ROLE_WORD, STEP, TITLE_COLON, UNIT_END, UNIT_HEADS, bracketed_names, breadcrumb_end, credit_end,
                    credits_no_one, dateline, ends_sentence, field_value, is_byline_line, is_byline_start, is_caption,
                    is_closed_caption, is_date_stamp, is_dateline_line, is_day_place_line, is_furniture, is_name_line,
                    is_page_line, is_photo_description, is_posting_line, is_short, leading_byline, names_only,
                    names_then_unit, opens_with_a_role, rare_names, trailing_byline, unquoted)
from .model import Article, Document, Sentence
from .surnames import COMMON, count as surname_count
from .towns import division_or_town
from .words import frequency, words

MAX_LINE = 1_000_000  # characters; a longer line is not text that a newspaper page holds
_SENTENCE_END = re.compile(rf"[。！？!?；;]+[{CLOSERS}]*|…+[{CLOSERS}]+")
_CJK = re.compile(r"[\u4e00-\u9fff]")  # a Chinese character
# A line of a site's logo or links in Latin letters: two words or more, or one of eight letters or more (not 5G, CBA).
_LATIN_LINE = re.compile(r"[^\u4e00-\u9fff]*(?:[A-Za-z]{8,}|[A-Za-z]+[\s\u3000]+[A-Za-z]+)[^\u4e00-\u9fff]*")

_BOMS = (  # longest first: the UTF-32 LE mark begins with the UTF-16 LE one
    (b"\xff\xfe\x00\x00", "utf-32", "UTF-32"),  # these codecs read the mark and drop it
    (b"\x00\x00\xfe\xff", "utf-32", "UTF-32"),
    (b"\xef\xbb\xbf", "utf-8-sig", "UTF-8"),
    (b"\xff\xfe", "utf-16", "UTF-16"),
    (b"\xfe\xff", "utf-16", "UTF-16"),
)
LEGACY = ("gb18030", "cp950")  # GBK and its superset; Big5 as Windows writes it
SAMPLE = 1 << 20  # bytes looked at to choose an encoding
PLAUSIBLE = 0.6  # the least share of common characters in Chinese text decoded right


def _common_characters() -> frozenset[str]:
    """The characters Chinese text is mostly made of: GB2312's 3,755 level-1 hanzi, Big5's
    5,401 frequent ones (both standards list them by frequency of use), CJK punctuation
    and full-width forms. Text decoded with the wrong one of GBK and Big5 is mostly other
    characters (刁笵快 for 記者報)."""
    global _COMMON
    if _COMMON is None:
        chars = set(chr(c) for c in range(0x3000, 0x3040)) | set(chr(c) for c in range(0xFF00, 0xFFF0))
        for encoding, leads, trails in (("gb2312", range(0xB0, 0xD8), range(0xA1, 0xFF)),
                                        ("cp950", range(0xA4, 0xC7), [*range(0x40, 0x7F), *range(0xA1, 0xFF)])):
            for lead in leads:
                for trail in trails:
                    try:
                        chars.add(bytes((lead, trail)).decode(encoding))
                    except UnicodeDecodeError:
                        pass
        _COMMON = frozenset(chars)
    return _COMMON


_COMMON: frozenset[str] | None = None


def plausibility(text: str) -> float:
    """The share of common Chinese characters among the non-ASCII ones (1.0 without any).

    Examples:
        >>> text = "本報訊（記者 王思俊）管城區構建網絡。"
        >>> wrong = text.encode("big5").decode("gb18030")
        >>> plausibility(text), round(plausibility(wrong), 2)  # wrong: セ厨癟癘 玊恨跋篶呼蹈, and private-use characters
        (1.0, 0.39)
    """
    common = _common_characters()
    wide = [c for c in text if ord(c) > 127 and not c.isspace()]
    return sum(c in common for c in wide) / len(wide) if wide else 1.0


def detect_encoding(sample: bytes, source: str = "input") -> str:
    """The encoding of a text file from its first bytes: a BOM's, else UTF-8, else the one of
    GB18030/GBK and Big5 that gives plausible Chinese.

    Raises :class:`InputError` for binary data and for bytes that no encoding turns into text.

    Examples:
        >>> detect_encoding("本報訊（記者 王思俊）管城區構建網。".encode("cp950"))
        'cp950'
        >>> detect_encoding("本报讯(记者 王思俊)管城区构建网。".encode("gbk"))
        'gb18030'
    """
    for bom, encoding, _ in _BOMS:
        if sample.startswith(bom):
            return encoding
    if b"\x00" in sample:
        raise InputError(f"{source}: binary data, not text")
    candidates = []
    for encoding in ("utf-8", *LEGACY):
        try:
            text = codecs.getincrementaldecoder(encoding)().decode(sample, final=len(sample) < SAMPLE)
        except UnicodeDecodeError:
            continue
        if encoding == "utf-8":
            return "utf-8"
        candidates.append((plausibility(text), -len(candidates), encoding))
    if not candidates:
        raise InputError(f"{source}: unknown encoding (kg reads UTF-8, UTF-16/32 with a BOM, GB18030/GBK and Big5)")
    score, _, encoding = max(candidates)
    if score < PLAUSIBLE:
        raise InputError(f"{source}: does not read as Chinese text in UTF-8, GBK or Big5 "
                         f"(only {score:.0%} common characters); convert it to UTF-8")
    return encoding


def decode(data: bytes, source: str = "input") -> str:
    """Decode the bytes of a text file: by its BOM (UTF-8, UTF-16, UTF-32), else UTF-8, else
    GB18030/GBK or Big5, whichever reads as Chinese.

    Raises :class:`InputError` for empty, binary, undecodable or nonsense input.

    Examples:
        >>> decode("郑州市".encode("gbk")), decode("鄭州市記者".encode("big5")), decode("郑州".encode("utf-16"))
        ('郑州市', '鄭州市記者', '郑州')
        >>> decode(b"\\x00\\x01\\x02")
        Traceback (most recent call last):
        ...
        kg.errors.InputError: input: binary data, not text
    """
    if not data.strip():
        raise InputError(f"{source}: empty input")
    encoding = detect_encoding(data[:SAMPLE], source)
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as e:
        name = next((label for _, enc, label in _BOMS if enc == encoding), encoding.upper())
        raise InputError(f"{source}: not valid {name} text at byte {e.start}") from None
    check_text(text, source)
    return text


def stream_lines(path, chunk: int = 1 << 20, on_read=None):
    """(line number, line) of a text file, decoded chunk by chunk: memory stays bounded by
    the longest line, however big the file. ``on_read(n)`` is called with the bytes of each chunk read.

    Examples:
        >>> import tempfile, pathlib
        >>> p = pathlib.Path(tempfile.mkdtemp()) / "a.txt"
        >>> _ = p.write_bytes("一\\n二\\r\\n三".encode("gbk"))
        >>> list(stream_lines(p))
        [(1, '一'), (2, '二'), (3, '三')]
    """
    with open(path, "rb") as f:
        head = f.read(SAMPLE)
        if not head.strip():
            raise InputError(f"{path}: empty input")
        encoding = detect_encoding(head, str(path))
        decoder = codecs.getincrementaldecoder(encoding)()
        pending, n, data, offset = "", 0, head, 0
        while True:
            final = not data
            try:
                text = pending + decoder.decode(data, final=final)
            except UnicodeDecodeError as e:
                raise InputError(f"{path}: not valid {encoding} text at byte {offset + e.start}") from None
            offset += len(data)
            if on_read is not None and data:
                on_read(len(data))
            lines = text.split("\n")
            pending = "" if final else lines.pop()
            for line in lines if not final or text else []:
                n += 1
                line = line.removesuffix("\r")
                if "\x00" in line:
                    raise InputError(f"{path}:{n}: binary data, not text")
                yield n, line
            if final:
                return
            if len(pending) > MAX_LINE:
                raise InputError(f"{path}:{n + 1}: a line longer than {MAX_LINE} characters")
            data = f.read(chunk)


def check_text(text: str, source: str = "input") -> None:
    """Reject text that is blank, binary (NUL or many control characters) or has absurdly long lines."""
    if not text.strip():
        raise InputError(f"{source}: empty input")
    if "\x00" in text:
        raise InputError(f"{source}: binary data, not text")
    controls = sum(text.count(chr(c)) for c in range(1, 32) if chr(c) not in "\n\r\t\f\v")
    if controls > max(8, len(text) // 100):
        raise InputError(f"{source}: binary data, not text")
    longest = max(map(len, text.split("\n"))) if len(text) > MAX_LINE else 0
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


# A part-of-speech mark left glued after a word by a tagged corpus (People's Daily 1998:
# 全国人大常委会/j委员长, 人民大会堂/n举行): the Peking University tags that stand after names,
# only after a Chinese character and before one (or a punctuation mark, or the line's end).
_POS_MARK = re.compile(r"(?<=[\u4e00-\u9fff])/(?:n|nr|ns|nt|nz|nx|j|l|i|Ng|vn)(?![A-Za-z0-9_/.:-])")


def drop_pos_marks(p: Paragraph) -> Paragraph:
    """``p`` without glued part-of-speech marks; the offsets of what stays do not move,
    so every span still points into the text as given.

    Examples:
        >>> q = drop_pos_marks(Paragraph("国务院/nt副总理", list(range(9))))
        >>> q.text, q.offsets
        ('国务院副总理', [0, 1, 2, 6, 7, 8])
        >>> drop_pos_marks(Paragraph("每吨/元 km/h", list(range(9)))).text  # not marks
        '每吨/元 km/h'
    """
    if "/" not in p.text:
        return p
    keep = [True] * len(p.text)
    for m in _POS_MARK.finditer(p.text):
        keep[m.start():m.end()] = [False] * (m.end() - m.start())
    if all(keep):
        return p
    return Paragraph("".join(c for c, k in zip(p.text, keep) if k), [o for o, k in zip(p.offsets, keep) if k])


# Marks a page draws as a bar between a field and its value, read as the full-width bar: 丨 (a stroke's character),
# ︱ (a vertical dash), │ (a box's line). One character for one, so every offset stays.
_BAR_LIKE = str.maketrans("丨︱│", "｜｜｜")


def _lines(text: str) -> list[Paragraph]:
    """Non-blank lines, stripped (with a Markdown heading's ``#``) and without glued
    part-of-speech marks (:func:`drop_pos_marks`), with offsets; blank lines are dropped."""
    out: list[Paragraph] = []
    pos = 0
    for raw in text.split("\n"):
        stripped = raw.strip(" \t\r\u3000\ufeff")
        heading = re.match(r"#{1,6}[ \t\u3000]+", stripped)
        if heading and len(stripped) > heading.end():
            stripped = stripped[heading.end():]
        if stripped:
            lead = raw.index(stripped)
            stripped = stripped.translate(_BAR_LIKE)  # (文丨李四, 记者︱李四: marks that stand for a bar)
            line = drop_pos_marks(Paragraph(stripped, list(range(pos + lead, pos + lead + len(stripped)))))
            title = _TITLE_BEFORE_POST.match(line.text) if not out and is_posting_line(line.text) else None
            if title and not _POSTER_ONLY.match(line.text) and not _outlets(title.group("title")):
                # the page's first line: its title, then the post's day (not an outlet's, 青山日报·青山客户端 2022-08-15)
                out.extend([line.slice(0, title.end("title")), line.slice(title.end(), len(line.text))])
            else:
                out.extend(_unflattened(line))
        pos += len(raw) + 1
    return out


# A page flattened into one line: its title (after the menu's last bar, where one stands before it), two fields or
# more (来源: 青山网 作者: 李四) and the post's day, then the body, which opens with its dateline.
_FLAT_FIELDS = r"(?:来源|作者|编辑|责任编辑|责编|发布时间|时间|日期|稿源)[ \u3000]*[:：]"
_FLAT_PAGE = re.compile(r"(?:.*[|｜][ \u3000]*)?(?P<title>[^。，,！？!?：:；;\s]{6,40}(?:[ \u3000][^。，,！？!?：:；;\s]{2,20})?)[ \u3000]+"
                        rf"(?P<fields>(?:{_FLAT_FIELDS}[ \u3000]*"
                        r"[^\s:：]{1,20}[ \u3000]+){2,}(?:\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?"
                        r"(?:[ \u3000]+\d{1,2}:\d{2}(?::\d{2})?)?[ \u3000]+)?)(?P<body>\S.{12,})")


def _unflattened(line: Paragraph) -> list[Paragraph]:
    """A page flattened into one line as its lines: the title, the fields, the body (opening with its dateline).

    Examples:
        >>> t = "青山县水库除险加固获批 来源: 青山网 作者: 李小四 2024-02-12 青山网讯 近日，青山县三座水库获批加固。"
        >>> [p.text for p in _unflattened(Paragraph(t, list(range(len(t)))))]
        ['青山县水库除险加固获批', '来源: 青山网 作者: 李小四 2024-02-12', '青山网讯 近日，青山县三座水库获批加固。']
        >>> t = "今年会议强调指出 来源: 群众 作者: 基层 今后要把工作做实做细，做到群众满意。"  # (no dateline opens the rest)
        >>> len(_unflattened(Paragraph(t, list(range(len(t))))))
        1
    """
    m = _FLAT_PAGE.fullmatch(line.text) if re.search(_FLAT_FIELDS, line.text) else None  # (quick: most lines hold none)
    if m is None or dateline(m.group("body")) is None:
        return [line]
    fields = m.group("fields").rstrip(" \u3000")
    return [line.slice(*m.span("title")), line.slice(m.start("fields"), m.start("fields") + len(fields)),
            line.slice(*m.span("body"))]


LIKELY, UNLIKELY = 0.9, 0.1  # what the headline model (kg.headlines) must say to overrule the rules


def repair(text: str, chance: dict[int, float] | None = None) -> list[Paragraph]:
    """Rejoin paragraphs and words that page layout split across lines.

    A line continues the paragraph before it when that paragraph is body text
    (it has sentence punctuation) that does not end a sentence, and the line is
    not a byline. Headlines and captions (short, unpunctuated) are never glued, nor a line the headline model is sure
    of (``chance``: how likely each line is a headline's, by its start; :func:`kg.headlines.odds`).

    Examples:
        >>> [p.text for p in repair("三级网格由楼院长,党员中\\n\\n心户等组成。\\n\\n标题")]
        ['三级网格由楼院长,党员中心户等组成。', '标题']
        >>> [p.text for p in repair("风险岗位\\n\\n核酸检测")]  # two headlines stay apart
        ['风险岗位', '核酸检测']
        >>> [p.text for p in repair("当前位置：首页 > 综合新闻\\n\\n综合新闻\\n\\n青山桥通车")]  # the column's name again
        ['青山桥通车']
    """
    out: list[Paragraph] = []
    column = None  # the last step of a breadcrumb above the article (首页 > 营销服务)
    lines = _lines(text)
    texts = {line.text for line in lines}
    step = False  # the line is a step of a breadcrumb spread over lines, after its mark
    skip = False  # the line is the value of a field whose name stood alone on the line above
    summary = ""  # a site's summary of the item, dropped
    for i, line in enumerate(lines):
        if step:
            step, column = False, line.text.strip(" \u3000")
            continue
        if skip:
            skip = False
            continue
        title = _TITLE_FIELD.fullmatch(line.text, len(line.text) - len(line.text.lstrip(BULLETS)))  # (• 标题：…)
        if title and any(is_furniture(x.text) for x in lines[max(0, i - 1):i] + lines[i + 1:i + 2]):
            name = _table_title(title.group("title"))
            if name and not (i and _squeezed(lines[i - 1].text) == _squeezed(name)):
                # a site's table of the item's data: its name is the title
                out.append(line.slice(title.start("title"), title.start("title") + len(name)))
            continue  # (the title on its own line right above the table: the headline already; a column's header)
        if _lone_step(lines, i):  # a breadcrumb spread over lines: 青山网 / > / 要闻 / > / 正文
            if out and out[-1].offsets == lines[i - 1].offsets and is_short(out[-1].text):
                out.pop()  # the step before the mark (青山网), unless it was furniture already
            step = True
            continue
        field = FIELD_ALONE.fullmatch(line.text.strip(" \u3000"))
        value = lines[i + 1] if field and i + 1 < len(lines) else None
        if value is not None and FIELD_ALONE.fullmatch(value.text.strip(" \u3000")):
            value = None  # (a field left empty: 点击数 / 更新时间 / 2024-05-06)
        if field and field.group("person") and value is not None and rare_names(value.text.strip(" \u3000")):
            out.append(Paragraph(line.text + value.text, line.offsets + value.offsets))  # 作者 / 李四: the byline
            skip = True
            continue
        if field:  # the page's data, its name and its value under it (来源 / 青山日报, 更新时间 / 2024-05-06)
            skip = value is not None and field_value(field.group(), value.text)
            continue
        if LABEL_ALONE.fullmatch(line.text) or i > 0 and LABEL_ALONE.fullmatch(lines[i - 1].text) \
                and _TAGS.fullmatch(line.text):
            continue  # the page's tags under their field's name (关键词 / 高温,保电,用电)
        if APP_CHANNEL.fullmatch(line.text) and i + 1 < len(lines) and is_furniture(lines[i + 1].text):
            continue  # an app's name and channel over the post's time (青山融媒 • 青山 / 2025-01-14 18:14)
        if MASTHEAD.fullmatch(line.text.strip(" \u3000")) and i + 1 < len(lines) and is_furniture(lines[i + 1].text):
            continue  # the paper's name over the day it is of (青山日报 / 2025年09月22日): its masthead
        if _lists_titles(line.text, texts, lines[i + 1].text if i + 1 < len(lines) else ""):
            continue  # the titles of a page's items on one line, the article's among them (an e-paper's page)
        if not out and is_posting_line(line.text) and not is_byline_line(line.text) and _POSTER_ONLY.match(line.text):
            continue  # a post's day over its title, at the top of the page (a forum's: 青山论坛 发表于 2014-1-23 11:15)
        if _path_to_the_title(line.text, lines[i + 1].text if i + 1 < len(lines) else ""):
            continue  # a site's path that ends in the article's title, the next line (首页 > 新闻 青山… / 青山…)
        if is_furniture(line.text):
            step_end = breadcrumb_end(line.text)
            column = step_end or column
            if step_end is not None and len(out) == 1 and out[0].text.strip(" \u3000") == column:
                out.pop()  # the column's name standing above its breadcrumb (媒体看青山, then 首页 > … > 媒体看青山; not
                # the title the breadcrumb ended with, under it: the post's fields under the title are no breadcrumb)
            continue  # the page's, not an article's
        if column is not None and line.text.strip(" \u3000") == column and not (
                i + 1 < len(lines) and (is_posting_line(lines[i + 1].text) or is_date_stamp(lines[i + 1].text))):
            continue  # the column's name repeated on a line of its own (above the article's headline; not the title
            # a breadcrumb ends with, the post's day and source under it, or its day alone)
        if any(_summary_of(x.text, line.text) for x in out[-3:]) and any(
                is_furniture(x.text) for x in lines[max(0, i - 3) : i]):  # (the cheap test first: every line)
            summary = line.text  # (its tags may stand again on a line of their own under it)
            continue  # a site's summary under its fields: the title run on into its tags and the lead, cut
        if summary and is_short(line.text) and len(line.text) >= 4 and line.text in summary:
            continue  # the summary's tags on their line (粤海水务 粤海集团 供水项目)
        summary = ""  # (only right under it)
        if (tab := _PAGE_TITLE.fullmatch(line.text.strip(" \u3000"))) and any(
                x.text.strip(" \u3000") == tab.group("title") for x in out + lines[i + 1 : i + 2]):
            continue  # the page's title, the headline above or under it and the site's name (青山大道建设提速 - 青山新闻网)
        if out and is_short(line.text) and line.text.strip(" \u3000").lstrip(BULLETS) == out[-1].text.strip(
                " \u3000").lstrip(BULLETS):  # (• 青山桥通车, then 青山桥通车: a menu's item, the article's title)
            if (len(out) == 2 and is_short(out[0].text) and lines[i - 1].offsets != out[-1].offsets
                    and not any(is_byline_line(x) or is_name_line(x) or x.startswith(("—", "－", "-"))
                                for x in (line.text.strip(" \u3000"), out[0].text.strip(" \u3000")))):
                out.pop(0)  # the page's title said again under its fields: the line above the first is the column's
            if out[-1].text.lstrip(" \u3000").startswith(tuple(BULLETS.strip())):
                out[-1] = line  # (the article's own line, not the menu's with its bullet)
            continue  # a title said twice in a row (the page's, then the article's)
        if len(out) == 1 and _opening_title(out[0]) and (is_name_line(line.text) or not _word_across(out[0].text, line.text)):
            out.append(line)  # a text's first line that reads as its title (拜年变了味，当刹) goes on with no line
        elif out and _continues(out[-1], line) and not is_posting_line(line.text) and not _section_head(out[-1], line) \
                and not is_posting_line(lines[i - 1].text) \
                and ((chance or {}).get(line.start, 0.5) < LIKELY
                     or out[-1].text.rstrip(" \u3000").endswith(("：", ":"))):
            # (a post's day is no paragraph's, and parts none; a line the headline model is sure is a title's goes on
            # only a title's first words, 白石县： / 春耕生产工作会议召开)
            out[-1] = Paragraph(out[-1].text + line.text, out[-1].offsets + line.offsets)
        else:
            out.append(line)
    return out


# A site's name alone on its line (a government's, a paper's, a station's, a media centre's): over the page's first
# title, the site's, no line of the title.
_SITE_NAME = re.compile(r"[\u4e00-\u9fff]{2,14}(?:人民政府|政府网?|门户网站|新闻网|日报|晚报|电视台|广播电视台|融媒体中心)")
# A title with its post's day (and source) after it on its line, at the top of a page (青山县召开春耕会议 2024-03-12 10:20).
_TITLE_BEFORE_POST = re.compile(r"(?P<title>[^\s\u3000:：]{6,40}(?:[ \u3000][^\s\u3000:：]{2,20})?)[\s\u3000]+"
                                r"(?=(?:发布时间|时间|日期|来源|作者)[\s\u3000]*[:：]|\d{4}[-/.年])")
# A posting line that names its poster only before the post's word or day, no title (青山论坛 发表于 …).
_POSTER_ONLY = re.compile(r"[^\s\u3000]{1,10}[\s\u3000]*(?:发表于|发布于|\d{4}[-/.年])")


def _path_to_the_title(line: str, following: str) -> bool:
    """Whether ``line`` is a web page's furniture, a breadcrumb, run on into the article's title, which the line
    ``following`` gives alone (首页 > 新闻中心 白石区长者照护中心启用 老人白天有人照看, then that title).

    Examples:
        >>> crumb = "首页 > 青山各县新闻 白石区长者照护服务中心启用 老人白天有人照看"
        >>> _path_to_the_title(crumb, "白石区长者照护服务中心启用 老人白天有人照看"), _path_to_the_title(crumb, "有人照看")
        (True, False)
        >>> _path_to_the_title("今天下午白石区长者照护服务中心启用", "白石区长者照护服务中心启用")  # (no path before it)
        False
    """
    title, path = following.strip(" \u3000"), line.rstrip(" \u3000")
    if len(title) < 6 or not path.endswith(title):
        return False  # (a title of six characters at least: not the last words alone, 有人照看)
    return is_furniture(path[: -len(title)].rstrip(" \u3000"))


def _outlets(name: str) -> bool:
    """Whether a name before a post's day is the outlets that posted it, a paper and its app joined by · (青山日报·新青山
    客户端), no title (聚焦·青山县新建便民服务中心, 青山县上线政务服务客户端).

    Examples:
        >>> _outlets("青山日报·新青山客户端"), _outlets("聚焦·青山县新建便民服务中心"), _outlets("青山县上线政务服务客户端")
        (True, False, False)
    """
    paper, _, app = name.partition("·")
    return bool(app) and bool(OUTLET.fullmatch(paper)) and app.endswith(("客户端", "APP"))


def _lists_titles(line: str, lines: set[str], after: str) -> bool:
    """Whether a line holds the titles of a page's items apart by spaces, one of them a line of the text of its own
    (the article's title under the list): four or more, no sentence's punctuation; not a headline of phrases whose
    first is the line ``after`` it (a record's title over the lines of the headline it joins).

    Examples:
        >>> menu = "青山县召开春耕大会 白石镇举办春耕培训 青山中学开展植树活动 县图书馆新馆开放"
        >>> _lists_titles(menu, {menu, "白石镇举办春耕培训"}, "白石镇举办春耕培训"), _lists_titles(menu, {menu}, "")
        (True, False)
        >>> _lists_titles(menu, {menu, "青山县召开春耕大会"}, "青山县召开春耕大会")  # (the title, then its lines)
        False
    """
    parts = line.split()
    return (len(parts) >= 4 and not re.search(r"[。，,；;：:！？!?]", line) and parts[0] != after.strip(" \u3000")
            and any(part in lines for part in parts if len(part) >= 6))


# A web page's title: the article's headline, then the site's name after a dash or a bar (… - 青山新闻网, …_青山网).
_PAGE_TITLE = re.compile(r"(?P<title>.{4,}?)[ \u3000]*(?:-|_|—|\||｜)[ \u3000]*[^\s\u3000\-_|｜。，,]{2,16}")
# The title field in a site's table of an item's data, the line between two of the table's other fields (索引号：… /
# 名称：青山县水库通过验收  文号：无 / 成文日期：…), its cells parted by bars (名称: | 青山县水库通过验收 | 文号: | 无 |)
# or its name and value by spaces alone (信息名称  …): the title is the value up to the next cell (:func:`_table_title`).
_TITLE_FIELD = re.compile(r"(?:信息|文件)?(?:名[\s\u3000]*称|标[\s\u3000]*题)"
                          r"(?:[\s\u3000]*[:：][\s\u3000|｜]*|[\s\u3000]{2,})(?P<title>\S.{3,160})")


def _table_title(value: str) -> str:
    """The title in the value of a table's title field, up to the table's next cell (after a bar, two spaces or the
    next field's name); "" where the value is a column's header (标题  发布时间) or a file's name (….pdf).

    Examples:
        >>> _table_title("青山县水库通过验收 | 发布日期: | 2025-05-09 |"), _table_title("青山县水库通过验收  发布日期  2025-05-09")
        ('青山县水库通过验收', '青山县水库通过验收')
        >>> _table_title("青山县水库通过验收生成日期：2025-05-09"), _table_title("发布时间"), _table_title("验收报告.pdf")
        ('青山县水库通过验收', '', '')
        >>> _table_title("提醒：青山县中考时间：6月20日")  # (a field's name in the title, no day of a table's cell after it)
        '提醒：青山县中考时间：6月20日'
    """
    value = _NEXT_CELL.split(value)[0]
    field = next((f for f in FIELD.finditer(value) if _DATED_CELL.match(value, f.end())), None)
    value = value[: field.start()] if field else value
    if len(value) < 4 or FIELD_AT_END.fullmatch(value) or _FILE_NAME.search(value):
        return ""
    return value


# A table's next cell after its title: after a bar, or after two spaces where a field's name, a date or a number
# follows (not a title's own two parts: 青山县人民政府  关于…的通知).
_NEXT_CELL = re.compile(rf"[\s\u3000]*[|｜]|[\s\u3000]{{2,}}(?=\d|{FIELD_NAME.pattern}(?:[\s\u3000:：]|$))"
                        rf"|[\s\u3000]+(?={FIELD_NAME.pattern}[\s\u3000]*[:：])")  # (or a field with its colon: 文号: 无)
# A field's value that is a day (生成日期：2025-05-09), after which a field glued to a title is the next cell (not a
# title's own words before a colon: 中考时间：6月20日).
_DATED_CELL = re.compile(r"[\s\u3000]*\d{4}")
_FILE_NAME = re.compile(r"\.(?:pdf|docx?|xlsx?|wps|zip|rar)$", re.I)


def _squeezed(text: str) -> str:
    """A line without its spaces and bars, to compare two forms of one title."""
    return re.sub(r"[\s\u3000|｜]", "", text)


def _lone_step(lines: list[Paragraph], i: int) -> bool:
    """Whether line ``i`` is a breadcrumb's step mark alone (>, ->, »), a short step on each side of it.

    Examples:
        >>> _lone_step(_lines("青山网\\n>\\n要闻"), 1), _lone_step(_lines("青山网\\n>\\n他说，好。"), 1)
        (True, False)
    """
    if i == 0 or i + 1 >= len(lines) or not STEP.fullmatch(lines[i].text):
        return False
    return all(is_short(x.text) and not BODY_PUNCT.search(x.text) for x in (lines[i - 1], lines[i + 1]))


# A page's tags: short words parted by commas or spaces, two or more.
_TAGS = re.compile(r"[^，,、。；;！？!?\s]{1,12}(?:[,，、\s\u3000]+[^，,、。；;！？!?\s]{1,12})+")
# A site's date stamp after a post's title: 青山杯开赛  （11-29）, 青山杯开赛 [2012-11-29]
_TITLE_STAMP = re.compile(r"[\s\u3000]*[（(\[【](?:\d{4}[-/.])?\d{1,2}[-/.]\d{1,2}[）)\]】]$")


def _title_length(title: str) -> int:
    """A title's length without the date stamp a site puts after it.

    Examples:
        >>> _title_length("青山杯开赛  （11-29）"), _title_length("青山杯开赛")
        (5, 5)
    """
    return len(_TITLE_STAMP.sub("", title))


def _summary_of(title: str, line: str) -> bool:
    """Whether ``line`` is a site's summary of the item titled ``title`` above it: the title, then straight on, with no
    stop between, its tags parted by spaces (青山县召开安全生产会议安全 生产 青山网讯:…); not a sentence that opens
    with the title's words (…会议,会议强调安全。, 《青山志》一书，…).

    Examples:
        >>> t = "青山县召开安全生产会议"
        >>> _summary_of(t, t + "安全 生产 青山网讯:5月8日,青山县召开会议"), _summary_of(t, t + ",会议强调安全。")
        (True, False)
        >>> _summary_of("《青山县志（第二版）》", "《青山县志（第二版）》一书，最近出版。"), _summary_of("会议召开", "会议召开 安全 生产")
        (False, False)
        >>> _summary_of(t, t + "现场 李四 摄")  # (a caption, its photo's credit closing it)
        False
    """
    title = title.strip(" \u3000")
    return (len(title) >= 8 and is_short(title) and line.startswith(title)
            and _RUN_ON_TAGS.match(line, len(title)) is not None and not PHOTO_CREDITED.search(line))


# Tags run on after a title: words parted by spaces only (安全 生产 青山网讯; not the commas of :data:`_TAGS`).
_RUN_ON_TAGS = re.compile(r"[\u4e00-\u9fffA-Za-z0-9]{2,10}(?:[ \u3000]+[\u4e00-\u9fffA-Za-z0-9]{2,10})+")


def _opening_title(p: Paragraph) -> bool:
    """A text's first line that reads as its title although it has a comma (防治慢性肾病，专家来支招): short, one comma,
    no other sentence punctuation but a colon after a short lead, no dateline or byline, and no time that opens a
    sentence (近日，…).

    Examples:
        >>> _opening_title(Paragraph("防治慢性肾病，专家来支招", list(range(12)))), _opening_title(Paragraph("近日，青山市", list(range(6))))
        (True, False)
        >>> _opening_title(Paragraph("5月份新签项目一览,总投资超百亿", list(range(16)))), _opening_title(Paragraph("5月8日，青山市", list(range(8))))
        (True, False)
        >>> _opening_title(Paragraph("白石街道:“红色管家”共分享, 联盟助发展", list(range(22))))
        True
    """
    t = p.text
    return (6 <= _title_length(t) <= 30 and len(re.findall(r"[，,]", t)) == 1 and not re.search(r"[。；;：:、]", _led(t))
            and not ends_sentence(t) and not is_byline_start(t) and not _OPENING_TIME.match(t))


# A title's short lead and its colon (白石街道：…, 青山集团GES大会现场：…, 乡村振兴：…), before any other stop; not one who
# speaks or learns what follows (他说：…, 记者从市政府获悉：…).
_TITLE_LEAD = re.compile(r"[^，,。；;：:、！？!?]{2,16}[：:]")
_SAYS = re.compile(r"(?:说|表示|获悉|了解到|介绍|指出|强调|称|透露|认为|告诉记者)$")


def _led(title: str) -> str:
    """A title without the short lead and colon that may open it (:data:`_TITLE_LEAD`), not a speaker's.

    Examples:
        >>> _led("白石街道：红色物业齐分享，联盟促交流"), _led("近日，青山市：")
        ('红色物业齐分享，联盟促交流', '近日，青山市：')
        >>> _led("记者从市政府获悉：今年新建学校12所，新增学位1万个"), _led("党建引领：白石镇志愿服务进社区，群众点赞")
        ('记者从市政府获悉：今年新建学校12所，新增学位1万个', '白石镇志愿服务进社区，群众点赞')
    """
    lead = _TITLE_LEAD.match(title)
    return title[lead.end() :] if lead and not _SAYS.search(lead.group()[:-1]) else title


# A time that opens a sentence (近日，…; 3月5日上午，…; 2023年，…; 2023年以来，…; 3月上旬，…; 10时许，…), not a title
# that opens with a month or a count (8月份新开工项目一览，总投资超百亿; 5G基站覆盖全县，…).
_OPENING_TIME = re.compile(r"近日|日前|今天|昨天|目前|\d[\d年月]*[日号]|\d+[年月](?:份|以来|上旬|中旬|下旬|初|底|末)?[，,]"
                           r"|\d+年\d|\d+[时点:：]")


def _word_across(before: str, after: str) -> bool:
    """Whether a word runs over the break between two lines (党员中|心户: 中心户): the line was cut inside a word.

    Examples:
        >>> _word_across("三级网格由楼院长,党员中", "心户等组成。"), _word_across("专家来支招", "近日，青山市")
        (True, False)
    """
    head, tail = before[-3:], after[:3]
    return any(w.start < len(head) < w.end for w in words(head + tail))


# Phrases of four to ten characters, parted by commas: a section's head (示范引领,双线送福精准发力), no time nor a
# subject cut short (5月8日，青山县).
_PHRASES = re.compile(r"[\u4e00-\u9fff]{4,10}(?:[,，][\u4e00-\u9fff]{4,10})+")


def _section_head(prev: Paragraph, line: Paragraph) -> bool:
    """Whether ``prev``, one short line of phrases (:data:`_PHRASES`), heads the section ``line`` opens:
    a whole paragraph at least twice its length, no word running over the break, opening with no verb, preposition,
    adverb or conjunction that would go on a subject cut short (今年以来，白石镇党委 / 坚持…). Layout cuts a line at the page's
    width, so the line that goes on after it is no longer than it (but its last); a far longer one is no such rest.

    Examples:
        >>> body = Paragraph("县总工会聚焦职工需求，派送春联礼包三千份，覆盖全县。", list(range(20, 46)))
        >>> _section_head(Paragraph("示范引领,精准发力", list(range(9))), body)
        True
        >>> _section_head(Paragraph("三级网格由楼院长,党员中", list(range(12))), Paragraph("心户等组成。", list(range(14, 20))))
        False
    """
    text = prev.text.strip(" \u3000")
    return (prev.end - prev.start == len(prev.text) and len(text) <= 20 and _PHRASES.fullmatch(text) is not None
            and len(line.text.strip(" \u3000")) >= max(20, 2 * len(text)) and ends_sentence(line.text)
            and not _word_across(text, line.text.lstrip(" \u3000"))
            and not words(line.text.lstrip(" \u3000")[:4])[0].pos.startswith(("v", "p", "d", "c")))


def _dateline_and_credit(text: str) -> bool:
    """A whole line of a dateline and the names it credits in brackets, however many (青山日报讯 (李四 王五 …)): a
    page's credit over its items, which the next line does not go on.

    Examples:
        >>> _dateline_and_credit("青山日报讯 (李四 王五 张三 赵六 钱七)"), _dateline_and_credit("青山日报讯 (李四)今天，")
        (True, False)
        >>> _dateline_and_credit("青山日报讯 (李四)(图)")  # (two brackets: the first closes no credit line)
        False
    """
    m = dateline(text)
    rest = text[m.end():].strip(" \u3000") if m else ""
    return len(rest) > 2 and rest[0] in "（(" and rest[-1] in "）)" and not re.search(r"[（()）]", rest[1:-1])


def _continues(prev: Paragraph, line: Paragraph) -> bool:
    """Whether ``line`` continues ``prev``: body text cut before its sentence ended."""
    return (
        bool(BODY_PUNCT.search(unquoted(prev.text)) or 0 < leading_byline(prev.text)[0] < len(prev.text.rstrip()))
        and not ends_sentence(prev.text)
        and not TITLE_COLON.match(unquoted(prev.text))
        and not is_dateline_line(prev.text)
        and not is_byline_line(prev.text)
        and not _dateline_and_credit(prev.text)
        and trailing_byline(prev.text) < 0
        and not PHOTO_CREDITED.search(prev.text)  # (a caption closed by its photo's credit: …现场。李四 摄)
        and not is_byline_start(line.text)
        and not is_byline_line(line.text)
        and line.text.lstrip(" \u3000")[:1] not in _ITEM_MARKS  # (a page's next item: ◆近日，…)
        and not (_ITEM_NUMBER.match(prev.text) and _ITEM_NUMBER.match(line.text))  # (nor its next numbered one)
    )


def split_sentences(p: Paragraph) -> list[Paragraph]:
    """Split a paragraph after 。！？； (with closing quotes) and after ……”.

    Examples:
        >>> [s.text for s in split_sentences(Paragraph("他说:“好。”我们走。", list(range(11))))]
        ['他说:“好。”', '我们走。']
    """
    out = []
    start = _after_spaces(p.text, 0)
    for m in _SENTENCE_END.finditer(p.text):
        if m.end() - start > 0:
            out.extend(_bounded(p.slice(start, m.end())))
        start = _after_spaces(p.text, m.end())
    if start < len(p.text):
        out.extend(_bounded(p.slice(start, len(p.text))))
    return [s for s in out if s.text.strip()]


def _after_spaces(text: str, i: int) -> int:
    """Where a sentence begins at ``i`` or after: past the spaces before it (…工作。 座谈会上，…), which no rule that
    reads a sentence from its start (会上，A宣读…) expects.

    Examples:
        >>> _after_spaces("。 \u3000会上", 1), _after_spaces("。\xa0会上", 1), _after_spaces("会上", 0)
        (3, 2, 0)
    """
    while i < len(text) and text[i] in " \t\u3000\xa0":
        i += 1
    return i


MAX_SENTENCE = 512  # characters; the longest sentence of the news corpus has 287
_CLAUSE_END = re.compile(r"[，,、：:\s\u3000]")


def _bounded(p: Paragraph) -> list[Paragraph]:
    """A sentence cut into pieces of at most :data:`MAX_SENTENCE` characters, after the last
    comma or space of each piece where there is one: text without sentence punctuation
    (a table, a list, a run of names) then costs the extractors linear time, not quadratic.

    Examples:
        >>> [len(s.text) for s in _bounded(Paragraph("一二三，" * 200, list(range(800))))]
        [512, 288]
    """
    out = []
    while len(p.text) > MAX_SENTENCE:
        cut = max((m.end() for m in _CLAUSE_END.finditer(p.text, 0, MAX_SENTENCE)), default=MAX_SENTENCE)
        out.append(p.slice(0, cut))
        p = p.slice(cut, len(p.text))
    return out + [p]


def _sentence(p: Paragraph, index: int, kind: str) -> Sentence:
    offsets = p.offsets
    if offsets and offsets[-1] - offsets[0] == len(offsets) - 1 and offsets == list(range(offsets[0], offsets[-1] + 1)):
        return Sentence(index, p.start, p.end, p.text, kind, ((0, offsets[0]),))  # no break inside: one segment
    segments = []
    for i, off in enumerate(offsets):
        if i == 0 or off != offsets[i - 1] + 1:
            segments.append((i, off))
    return Sentence(index, p.start, p.end, p.text, kind, tuple(segments))


# Words that open a paragraph only in the middle of an article: it goes on from what came before.
_CONTINUATION = re.compile(
    r"^(?:会上|会后|会中|会议|随后|此外|同时|与此同时|另外|其间|期间|最后|之后|此后|据悉|他们|她们|他|她|其中|"
    r"此次|这次|对此|为此|接着|紧接着|活动中|仪式上|座谈中|座谈会上|在此期间)"
)
# The verbs that open a subtitle under a leader's headline: 强调…, 指出…
_SUBTITLE_VERB = re.compile(r"^(?:——|—|强调|指出|要求|表示|提出|希望|寄语|勉励|主持|出席|会见)")


# A short subtitle's shape: a person (and a post) who speaks of something: 王五院长谈自主学习, 李四说…
_SPEAKER_LINE = re.compile(r"^[\u4e00-\u9fff]{2,10}?(?:谈|说|讲|答|畅谈|解读|寄语)[\u4e00-\u9fff“]")


# A subtitle naming the leaders at the event and what they did there: 李四主持, 李四王五见证签约, 李四、王五出席.
_LEADERS_LINE = re.compile(r"^[\u4e00-\u9fff、，,\s\u3000]{2,24}?(?:主持|出席|见证签约|见证|讲话|致辞|会见|颁奖)(?:并讲话|并致辞)?$")


def _place_alone(line: str) -> bool:
    """Whether a line names a place alone, a division or a township, or a township after its divisions (青山镇,
    河南新蔡县, 新蔡县韩集镇): a kicker over the title that says where, no headline by itself.

    Examples:
        >>> _place_alone("青山镇"), _place_alone("河南新蔡县"), _place_alone("青山镇党委"), _place_alone("春风化雨")
        (True, True, False, False)
        >>> _place_alone("新蔡县韩集镇"), _place_alone("新蔡县韩集镇政府")
        (True, False)
    """
    t = line.strip(" \u3000")
    return division_or_town(t) or any(division_or_town(t[k:]) and bool(spelled_by_divisions(t[:k]))
                                      for k in range(2, len(t) - 2))


def _a_title_line(line: str, place: str) -> bool:
    """Whether a line under a place alone may be the title it heads: five Chinese characters or more, no place alone
    itself, no names spaced out nor a page's mark (织密防护网; not 李 旭, 王 丽 陈 明, A05, 罗田县骆驼坳镇), and not
    naming the place again (九资河镇举办茶叶节 under 罗田县九资河镇: an item of a page's list, a title of its own).

    Examples:
        >>> [_a_title_line(t, "罗田县九资河镇") for t in ("织牢反诈安全网", "李 旭", "王 丽 陈 明", "A05", "罗田县骆驼坳镇")]
        [True, False, False, False, False]
        >>> [_a_title_line(t, "罗田县九资河镇") for t in ("九资河镇举办茶叶节", "张晓明 李红梅", "河南新蔡县")]
        [False, False, False]
    """
    return (len(_CJK.findall(line)) >= 5 and not is_name_line(line) and not _place_alone(line)
            and not any(place[k : k + 3] in line for k in range(len(place) - 2)))


# A title that ends with a verb that holds an event (青山中学举行), and the event's kind ending a line (…捐款仪式).
_HOLDS_AT_END = re.compile(r"(?:召开|举行|举办|开展)$")
_EVENT_AT_END = re.compile(r"(?:仪式|典礼|会|活动|比赛|大赛|节)[”》」]?$")


def _is_subtitle(title: str, line: str) -> bool:
    """Whether ``line``, standing under ``title``, is its subtitle (副题): it opens with ——
    or with a verb whose subject is the title's (陈某某到某地调研 / 强调…), or it is more than
    twice as long as the title, or less than half as long as a long title and shaped as one who
    speaks of something (a university site's line under its headline: 青山学院举办第一期“读书有约”沙龙活动 /
    王五院长谈自主学习; not a short main title under a long kicker, 青山县绘就振兴新画卷; the two lines of
    one headline are of like length, the longer at most 1.6 times the other in the gold). Never a line that ends with
    the event the title's last verb holds (青山中学举行 / “…”捐款仪式: one headline over two lines), unless it opens
    with ——.

    Examples:
        >>> _is_subtitle("青山学院举办第一期“读书有约”沙龙活动", "王五院长谈自主学习")
        True
        >>> _is_subtitle("春风化雨润无声", "某某中学毕业典礼举行"), _is_subtitle("湖南长沙：青山县长吆喝卖菜", "企业上门采购")
        (False, False)
        >>> _is_subtitle("坚持人民至上理念扎实推进全县乡村振兴战略各项工作", "青山县绘就振兴新画卷")
        False
        >>> _is_subtitle("青山县召开全县经济工作会议", "李四主持"), _is_subtitle("青山新区项目集中签约", "李四王五见证签约")
        (True, True)
        >>> _is_subtitle("青山县召开全县经济工作会议", "会议强调"), _is_subtitle("大会开幕", "全体代表出席")
        (False, False)
        >>> _is_subtitle("第五届青山茶文化节隆重开幕", "海内外嘉宾出席")
        False
        >>> _is_subtitle("青山镇", "秋粮入仓“快”起来 烘干服务“暖”起来")  # (a kicker that names the place alone)
        False
        >>> _is_subtitle("青山中学举行", "“爱心助学温暖同行”主题捐款仪式")  # (one headline over two lines)
        False
        >>> _is_subtitle("运动会举行", "全县两千名运动员和五百名教练员参加了比赛活动")
        True
        >>> _is_subtitle("青山县升旗仪式在人民广场隆重举行", "——两千余名干部群众参加升旗活动")
        True
    """
    if _place_alone(title):
        return False  # (no headline by itself: the title's first line, 青山镇 / 烘干减损…)
    if _HOLDS_AT_END.search(title) and _EVENT_AT_END.search(line) and not line.startswith("—") \
            and not _EVENT_AT_END.search(title[:-2]):
        return False  # (the event the title's last verb holds: 青山中学举行 / “爱心助学”捐款仪式; not under ——)
    if len(line) < len(title) and _LEADERS_LINE.match(line):
        first = words(line)[0]
        if first.pos.startswith("nr") or len(first.text) == 1 and surname_count(line[0]) > 0:
            return True  # (a name first, as jieba reads it: not 海内外嘉宾出席, 万名群众共同见证)
    return bool(_SUBTITLE_VERB.match(line)) or (len(line) >= 2 * len(title) and len(line) >= 16) or (
        len(title) >= 2 * len(line) and len(title) >= 16 and bool(_SPEAKER_LINE.match(line)))


def _is_long_title(p: Paragraph, following: Paragraph | None) -> bool:
    """A headline too long for :func:`is_short` (a title with its subtitle after ——): no
    sentence ends in it, and a dateline or a byline follows."""
    return (following is not None and len(p.text) <= 160 and not re.search(r"[。！？!?；;]", p.text)
            and (is_byline_start(following.text) or is_dateline_line(following.text)
                 or is_byline_line(following.text)))


def _is_opening_title(p: Paragraph, following: Paragraph | None) -> bool:
    """The first line of a text as its headline although it has a comma or ends with ！ or ？
    (拜年变了味，当刹！): short (a date stamp after it not counted), no full stop, one comma at most, a colon only after
    a short lead, and a longer paragraph after it; or too long for :func:`kg.lines.is_short` but without a comma, any
    other stop or a space (two meetings' names joined by 暨; not a lead's phrases parted by spaces), up to 120
    characters.

    Examples:
        >>> after = Paragraph("5月2日，青山公司工会组织职工到南岭徒步，全程十二公里，大家相互鼓励走完全程。", 40)
        >>> _is_opening_title(Paragraph("青山公司工会组织春季徒步活动，全体员工踏青健身迎五一  （05-06）", 0), after)
        True
        >>> long = "青山医院承办青山市护理学会2021年年会暨青山市医学会急诊医学分会第五次学术会议在青山宾馆召开"
        >>> _is_opening_title(Paragraph(long, 0), Paragraph(long + "，来自各地的三百多名专家学者参加会议。", 60))
        True
        >>> _is_opening_title(Paragraph(long.replace("暨", " "), 0), Paragraph(long + "，专家学者参加会议。", 60))
        False
    """
    length = _title_length(p.text)
    short = length <= 30 or length <= 120 and not re.search(r"[，,、\s\u3000]", _TITLE_STAMP.sub("", p.text).strip()) \
        or length <= 60 and all(_title_length(part) <= 30 for part in p.text.split("——", 1)) and "——" in p.text
    return (following is not None and short and len(following.text) > len(p.text)
            and not re.search(r"[。；;：:]", _led(p.text)) and len(re.findall(r"[，,]", p.text)) <= 1
            and not ends_sentence(p.text.rstrip("！？!?")))


# A report's lead that opens with its date or time and a comma (5月30日，…; 近日，…): a sentence, no headline.
_DATED_LEAD = re.compile(r"(?:(?:\d{4}年)?\d{1,2}月(?:\d{1,2}[日号])?|近日|日前|今天|昨天)[^，,。]{0,6}[，,]")


def _is_credited_title(p: Paragraph, following: Paragraph | None) -> bool:
    """The first line of a text as its headline although it ends with a full stop, where a byline line follows it
    (青山镇开展环境整治工作。 then 记者 李四): short, one full stop, at its end, one comma at most, and not a report's
    lead that opens with its date (5月30日，…。).

    Examples:
        >>> title = Paragraph("青山镇开展环境整治工作。", 0)
        >>> _is_credited_title(title, Paragraph("记者 李小明", 13)), _is_credited_title(title, Paragraph("镇干部参加活动。", 13))
        (True, False)
    """
    return (following is not None and is_byline_line(following.text) and p.text.endswith("。")
            and _title_length(p.text) <= 40 and not re.search(r"[。；;：:！？!?]", p.text[:-1])
            and len(re.findall(r"[，,]", p.text)) <= 1 and not _DATED_LEAD.match(p.text))


# Heads inside an article: numbered sections (一、 （二） 3. 第四，), a line that is all quote, a question.
_SECTION_HEAD = re.compile(
    r"^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[）)]|\d+[、.．]|第[一二三四五六七八九十]+[，、：:]?)"
    r"|^“[^“”]*”$|[？?]$"
)


# A broadcaster's dateline, which opens a digest of items (央视网消息（新闻联播）：, 青山电视台消息：; not 本报消息, 人民网消息).
_BROADCAST = re.compile(r"(?:央视网|央视|央广网|国际在线|[\u4e00-\u9fff]{0,8}(?:电视台|广播电台|总台|台))消息"
                        r"(?:[（(][^（）()]{1,12}[）)])?[：:]?$")


def _opens_item(pending: list[Paragraph], p: Paragraph, current: Article, digest: bool, datelines: int,
                epaper: bool = False) -> bool:
    """Whether short lines between two body paragraphs head a new article (else they are
    photo captions and section heads of the current one).

    They do in a digest of items; after an article closed by its byline; when they are a
    two-line headline (a kicker of two phrases over the title); and on a page of datelined
    articles, where the article before opened with a dateline: a text with more than one
    (``datelines``: how many paragraphs open with a dateline or a byline), or a broadcast's digest
    whose one dateline opens its first item (央视网消息（新闻联播）：). A paper's one article with its
    dateline (信息时报讯) keeps its section heads and photo captions. They never do when the line
    reads as a caption, or the paragraph after it goes on from the one before (会上, 随后,
    他 …); a section head (一、…), a quote or a question heads no datelined article. On an e-paper's page (``epaper``)
    they do where the paragraph after opens a report of its own with its day (近日，…, 6月6日，…).
    """
    last = pending[-1].text
    if is_caption(last) or _CONTINUATION.match(p.text):
        return False
    if digest or current.byline_position == "end":  # a closing byline ended the article before
        return True
    if epaper and _ITEM_DATE.match(p.text) and not _SECTION_HEAD.search(last):
        return True  # (a page's next item: 硕放：… / 获市…银奖 / 近日，硕放街道…)
    if len(pending) >= 2 and (" " in pending[-2].text or "\u3000" in pending[-2].text) and not is_caption(pending[-2].text):
        return True
    paged = datelines > 1 or bool(current.dateline and _BROADCAST.search(current.dateline))
    return bool(current.dateline) and paged and not _SECTION_HEAD.search(last)


def _is_digest(paras: list[Paragraph]) -> bool:
    """A digest of short items, each a title over one paragraph, at least three of them: no
    title reads as a caption or a section head, and no paragraph goes on from the one before.

    Examples:
        >>> _is_digest(repair("大桥通车\\n\\n今天,大桥通车。\\n\\n新区开工\\n\\n今天,新区开工。\\n\\n气温回升\\n\\n明天,气温回升。"))
        True
        >>> _is_digest(repair("大桥通车\\n\\n今天,大桥通车。\\n\\n通车现场\\n\\n市民走过大桥。\\n\\n剪彩现场\\n\\n会上,领导讲话。"))
        False
    """
    kinds = []
    for p in paras:
        if is_dateline_line(p.text) or is_byline_line(p.text):
            continue
        if is_short(p.text) and not is_byline_start(p.text):
            if is_caption(p.text) or _SECTION_HEAD.search(p.text):
                return False
            kinds.append("T")
        else:
            if _CONTINUATION.match(p.text):
                return False
            kinds.append("P")
    shape = "".join(kinds)
    return len(shape) >= 6 and re.fullmatch(r"T*(?:TP)+", shape) is not None and shape.count("TP") >= 3


# The marks a page's digest opens each of its items with: ◆9月24日，… ◆9月25日，…
_ITEM_MARKS = "◆◇■□●○▲△★☆►▶"
# The day a report happened on, as its lead gives it (9月24日，…; 为…，9月25日上午，…; a page of one month's items: 5日上午，
# 近日，), not a deadline (6月10日前).
_ITEM_DATE = re.compile(r"(?:\d{1,2}月)?\d{1,2}日(?:[上下]午|晚上?)?[,，]|(?:近日|日前|昨日|今日|昨天|今天)[,，]")


def _bulleted_items(paras: list[Paragraph]) -> set[int]:
    """The paragraphs of a digest whose items open with one mark and no title (◆9月24日，县篮球赛开赛。…): three or
    more paragraphs of one mark, each a report (a full stop, thirty characters or more), most of them giving their day
    in their lead or closed by their author's name (△…投入市场。（李四）, or （李四） on the line under it), or two, each
    credited, with nothing but a column's name or the page's furniture above them; not a list
    inside an article (◆加强领导。◆完善制度。), nor one article's dated steps under its headline (above the first item
    only a column's name or a page's number may stand, eight Chinese characters at most). Once found, every paragraph
    of that mark with a full stop is an item, a short one too.

    Examples:
        >>> item = "◆9月2{}日，青山县召开工作调度会，副县长李明出席会议，各乡镇及县直相关单位负责人参加会议。"
        >>> sorted(_bulleted_items(repair("要闻简报\\n" + "\\n".join(item.format(d) for d in "345"))))
        [1, 2, 3]
        >>> _bulleted_items(repair("工作要求\\n◆加强领导，压实责任。\\n◆完善制度，规范管理。\\n◆强化督查，狠抓落实。"))
        set()
        >>> two = "▲ 日前，青山县新发现一段古道，为研究茶马古道提供了珍贵的历史资料。（李小四）\\n▲ 10月2日，青山市老年人门球赛在市体育馆开赛，全市37支代表队参赛。\\n（王大明）"
        >>> sorted(_bulleted_items(repair(two)))
        [0, 1]
    """
    by_mark: dict[str, list[int]] = {}
    for i, p in enumerate(paras):
        t = p.text.lstrip(" \u3000")
        if t[:1] in _ITEM_MARKS and _a_report(t, 30):
            by_mark.setdefault(t[0], []).append(i)
    for mark, items in by_mark.items():
        # (credited: closed by its author's name, or with the name in brackets on the line under it)
        credited = {i for i in items if _credited(paras[i].text)
                    or i + 1 < len(paras) and _BRACKETED_CREDIT.fullmatch(paras[i + 1].text.strip(" \u3000"))}
        dated = len(credited | {i for i in items if _ITEM_DATE.search(paras[i].text, 0, 60)})
        # (two will do where each has its author's credit and only a column's name or furniture stands above them:
        # ▲…资料。 (李四) / ▲…参赛。 / (王五); not two points of one article under its headline, 丰收节掠影)
        two = len(items) == 2 and len(credited) == 2 and all(
            is_furniture(p.text) or _COLUMN.fullmatch(p.text.strip(" \u3000")) for p in paras[: items[0]])
        if (len(items) >= 3 and dated * 2 > len(items) or two) and _column_above(paras, items[0]):
            # then every paragraph of that mark that says something is an item, a short one too (△青山厂开展竞赛。)
            return set(items) | {i for i, p in enumerate(paras) if i > items[0] and p.text.lstrip(" \u3000")[:1] == mark
                                 and _a_report(p.text.lstrip(" \u3000"), 10)}
    return set()


def _a_report(text: str, least: int = 40) -> bool:
    """Whether a paragraph reads as a report of its own: ``least`` characters or more, and a full stop."""
    return len(text) >= least and re.search(r"[。！？!?]", text) is not None


def _dated_items(paras: list[Paragraph]) -> set[int]:
    """The paragraphs of a page of short reports with no headlines, each opening with its day (8月19日，…): three or
    more, every paragraph from the first one on a report (:func:`_a_report`) that opens with its day, all of one day
    or under a column's name (工作动态), and above the first nothing but that name and furniture (one article's
    steps, day by day, stand under its headline, or follow each other on several days).

    Examples:
        >>> item = "8月1{}日，青山县召开工作调度会，副县长李明出席会议，各乡镇及县直相关单位负责人参加会议。"
        >>> sorted(_dated_items(repair("\\n".join(item.format(4) for _ in "345"))))
        [0, 1, 2]
        >>> _dated_items(repair("\\n".join(item.format(d) for d in "345")))  # several days, no column: one story
        set()
        >>> sorted(_dated_items(repair("工作动态\\n" + "\\n".join(item.format(d) for d in "345"))))
        [1, 2, 3]
        >>> _dated_items(repair("青山县推进工作\\n" + "\\n".join(item.format(4) for _ in "345")))
        set()
    """
    days = {i: _ITEM_DATE.match(p.text.lstrip(" \u3000")) for i, p in enumerate(paras)}
    found = [i for i, day in days.items() if day and _a_report(paras[i].text)]
    one_day = len({re.sub(r"[上下]午|晚上?|[,，]", "", days[i].group()) for i in found}) == 1
    return _items_alone(paras, found, column=not one_day)


def _credited_items(paras: list[Paragraph]) -> set[int]:
    """The paragraphs of a column of short reports with no headlines, each closed by its author's name in brackets
    (…整改完毕。（李四）), as :func:`_dated_items` reads dated ones of one day.

    Examples:
        >>> item = "青山县{}厂工会近日举办职工技能大赛，一百多名职工参加了比赛，大赛设电工、焊工等六个项目。（王小{}）"
        >>> sorted(_credited_items(repair("青山短讯\\n" + "\\n".join(item.format(d, d) for d in "一二三"))))
        [1, 2, 3]
    """
    return _items_alone(paras, [i for i, p in enumerate(paras) if _a_report(p.text) and _credited(p.text)])


def _credited(text: str) -> bool:
    """Whether a paragraph closes with its author's name alone in brackets (…整改完毕。（李四））."""
    k = trailing_byline(text)
    return k > 0 and bracketed_names(text[k:])


def _items_alone(paras: list[Paragraph], found: list[int], column: bool = False) -> set[int]:
    """``found``, the paragraphs that look like items, when they are three or more, every paragraph from the first one
    on, and above the first only a column's name (:data:`_COLUMN`; one at least with ``column``) or furniture: a page
    of items with no headlines. (Stricter than :func:`_column_above`, which lets any short line stand over items that
    carry their own marks or numbers: here nothing but the items' shape says they are items.)"""
    above = [p.text.strip(" \u3000") for p in paras[: found[0]]] if found else []
    if len(found) < 3 or found != list(range(found[0], len(paras))) or not all(
            is_furniture(t) or _COLUMN.fullmatch(t) for t in above):
        return set()
    if column and not any(_COLUMN.fullmatch(t) for t in above):
        return set()
    return set(found)


def _column_above(paras: list[Paragraph], first: int, issue: bool = False) -> bool:
    """Whether only a column's name (eight Chinese characters at most: 要闻简报), a page's furniture or a post's credit
    line (2024-08-28 作者：综合 来源：青山日报) stands above a digest's first item, or, with ``issue``, the digest's
    title with its issue's date (晨光新闻速递(2020.6.02)).

    Examples:
        >>> paras = repair("青山融媒晨光新闻速递(2020.6.02)\\n县域新闻\\n1. 近日，…")
        >>> _column_above(paras, 2), _column_above(paras, 2, issue=True), _column_above(paras, 1)
        (False, True, False)
    """
    return all(len(re.findall(r"[\u4e00-\u9fff]", p.text)) <= 8 or issue and _ISSUE_DATE.search(p.text)
               for p in paras[:first] if not is_furniture(p.text) and not is_byline_line(p.text))


# A credit in brackets on a line of its own: names, run together or apart, and nothing else ((李四王五), (张三 李四)).
_BRACKETED_CREDIT = re.compile(r"[（(][\u4e00-\u9fff]{2,4}(?:[ \u3000、]?[\u4e00-\u9fff]{2,4}){0,3}[）)]")
# A numbered item's mark (1. 2. 3.), and a day or a time the report of its lead happened in (6月1日, 1日上午, 连日来).
_ITEM_NUMBER = re.compile(  # (not 1.5亿元; 1、9月20日 is an item's)
    r"[ \u3000]*(\d{1,2})(?:[.．][ \u3000]+|[.．](?=[\u4e00-\u9fff])|、(?=[\u4e00-\u9fff\d]))")
_ITEM_DAY = re.compile(r"\d{1,2}月\d{1,2}日|\d{1,2}日[上下]午|连日来|近日|日前|近期|截至目前|今年以来")
# A digest's title that gives its issue's date: 晨光新闻速递(2020.6.02), 一周要闻（6月2日）.
_ISSUE_DATE = re.compile(r"[（(](?:\d{4}[.\-/年])?\d{1,2}[.\-/月]\d{1,2}日?[）)]"
                         r"|^今天是\d{1,2}月\d{1,2}日")  # (a news breakfast's greeting: 今天是9月21日星期二，…)
# An e-paper's page line: 第A05版：…, 04版：…
_EPAPER_PAGE = re.compile(r"第?[ \u3000]*[A-Z]?\d{1,3}[ \u3000]*版")
# A section's head in brackets between a digest's items: 【国内】, 【国际】.
_SECTION = re.compile(r"【[\u4e00-\u9fff]{2,6}】")


def _numbered_items(paras: list[Paragraph], sections: int = 0) -> set[int]:
    """The paragraphs of a digest whose items are numbered 1, 2, 3… and have no titles: three or more, each a report
    (a full stop, sixty characters or more), most of them with a day or a time of the report in their lead or the page
    parted into ``sections`` (two or more heads in brackets: 【国内】, 【国际】) (not the numbered steps of one article:
    1. 强化组织领导。); above the first only a column's name, a page's furniture or the digest's title with its issue's
    date (晨光新闻速递(2020.6.02), 今天是9月21日星期二，…).

    Examples:
        >>> item = "{}. 6月{}日上午，青山县召开防汛工作会议，副县长李明出席会议并讲话，各乡镇及县直相关单位负责人参加会议，会议部署了全县防汛工作。"
        >>> page = "晨光新闻速递(2020.6.02)\\n县域新闻\\n" + "\\n".join(item.format(n, n) for n in (1, 2, 3))
        >>> sorted(_numbered_items(repair(page))), sorted(_numbered_items(repair("工作总结\\n" + "\\n".join(
        ...     item.format(n, n) for n in (1, 3, 4)))))
        ([2, 3, 4], [])
    """
    items = []
    for i, p in enumerate(paras):
        m = _ITEM_NUMBER.match(p.text)
        report = _a_report(p.text, 60)
        if m and int(m.group(1)) == len(items) + 1 and (len(items) >= 3 or report):
            items.append(i)  # (once three are reports, the numbers go on with the digest however short the item)
        elif m and items:
            break  # (numbers out of order: no digest's)
    # (or the page's sections in brackets part them, two or more: 【国内】 1、… 【国际】 4、…, a digest's own heads)
    if len(items) < 3 or sum(1 for i in items if _ITEM_DAY.search(paras[i].text, 0, 60)) * 2 <= len(items) \
            and sections < 2:
        return set()
    return set(items) if _column_above(paras, items[0], issue=True) else set()


def _posting_block(raw: list[Paragraph], k: int, most: int = 4) -> bool:
    """Whether the lines from ``raw[k]`` on are a post's fields spread over lines of their own, two to ``most`` of the
    page's furniture that read together as one posting line (来源：青山客户端 / 阅读：1513 / 2024-11-11 15:43:56), none of
    them one by itself (a government's table of the item's data: the title is the line above its posting line).

    Examples:
        >>> rows = [Paragraph(t, [0]) for t in ("来源:青山客户端", "阅读:1513", "2024-11-11 15:43:56", "正文")]
        >>> _posting_block(rows, 0), _posting_block(rows, 1), _posting_block(rows, 3)
        (True, False, False)
        >>> _posting_block([Paragraph(t, [0]) for t in ("索引号: 001", "发布机构: 青山县政府 发布日期: 2018-09-17 17:20")], 0)
        False
        >>> _posting_block([Paragraph(t, [0]) for t in ("文章来源:", "作者:", "发布时间:2019-09-10")], 0)
        True
    """
    block: list[str] = []
    for line in raw[k : k + most]:
        text = line.text.strip(" \u3000")
        if len(block) < 2 and len(" ".join([*block, text])) > POSTING_LINE:
            return False  # (no block of two lines can hold it, furniture or not: a paragraph of the body, read no more)
        if block and is_posting_line(text) and all(re.search(r"[:：]$", b) for b in block):
            block.append(text)  # (empty fields over the post's day: 文章来源： / 作者： / 发布时间：2019-09-10)
            break
        if not is_furniture(text) or is_posting_line(text):
            break
        block.append(text)
    return len(block) >= 2 and is_posting_line(" ".join(block))


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
    raw = _lines(text)
    lines = [line.start for line in raw]
    # how likely each line is a headline's, by the learned model (kg.headlines): a paragraph's, its first line's
    chance = dict(zip(lines, odds(text, raw)))
    paras = repair(text, chance)
    # (a paragraph that starts inside a line, a title cut from its field's name (名称：…): a line's of the same words,
    # the likeliest; none where no line is it alone)
    said: dict[str, float] = {}
    for line in raw:
        said[line.text] = max(said.get(line.text, 0.0), chance[line.start])
    chance.update({p.start: said.get(p.text, 0.5) for p in paras if p.start not in chance})
    # the paragraphs under a line that repair dropped (the page's furniture: a date, a field, a column's name): lines
    # start between two paragraphs only there (a paragraph's own lines start inside it)
    below_furniture = {b.start for a, b in zip(paras, paras[1:])
                       if bisect_left(lines, a.end) < len(lines) and lines[bisect_left(lines, a.end)] < b.start}
    # the paragraphs a post's day and source stand right under (发布时间：… 来源：…): at the top of a web page, the title
    # (or a line of the same words: the title a site's table of the item's data gives, 名称：…, over the title's own line)
    titles = {a.text for k, a in enumerate(raw[:-1]) if is_posting_line(raw[k + 1].text) or _posting_block(raw, k + 1)}
    posted = {p.start for p in paras if p.text in titles}
    # the paragraphs right under a breadcrumb or an e-paper's page line (第11版：…): what stands above is the site's
    paged = {p.start for p in paras if (k := bisect_left(lines, p.start)) > 0 and is_page_line(raw[k - 1].text)}
    # an e-paper's page: its page line (第A05版：…) among the page's first lines
    epaper = any(_EPAPER_PAGE.search(line.text) and is_furniture(line.text) for line in raw[:6])
    under_byline: set[int] = set()  # short lines with a byline's line between them and the short line before
    articles: list[Article] = []
    pending: list[Paragraph] = []  # short lines seen since the last body paragraph
    lead: list[Paragraph] = []  # dateline and byline lines seen since the last body paragraph
    current: Article | None = None
    # the page's last editor line or head of its list of other items: what follows is its footer (below)
    last_close = max((m.start() for m in _CLOSING_LINE.finditer(text)), default=len(text))
    digest = _is_digest(paras)  # a digest of short items (or its source line stood above the first item)
    # the paragraphs that open with a dateline or a byline, and a digest's items opened by a mark (◆9月24日，…), a
    # number, their day, or closed by their author's name
    sections = sum(1 for line in raw if _SECTION.fullmatch(line.text.strip(" \u3000")))  # (【国内】, 【国际】)
    items = _bulleted_items(paras) or _numbered_items(paras, sections) or _dated_items(paras) or _credited_items(paras)
    first_item = min(items, default=-1)
    opens = [is_byline_start(p.text) or i in items for i, p in enumerate(paras)]
    datelines = sum(opens)

    def start_article(headline: list[Paragraph], subtitle: Paragraph | None, at: int) -> Article:
        if not headline:  # (a repost that keeps its title only in the field above it: 原标题：…)
            headline = _original_title(text, articles[-1].end if articles else 0, at)
        # (a bullet before the title, the page's mark of its item: • 青山桥通车)
        headline = [h.slice(len(h.text) - len(h.text.lstrip(BULLETS)), len(h.text)) if h.text.strip(BULLETS) else h
                    for h in headline]
        # (a bar after it, where the site parts the title from what it set beside it: 青山桥通车 |)
        headline = [h.slice(0, len(h.text.rstrip(" \u3000|｜"))) if h.text.strip(" \u3000|｜") else h for h in headline]
        # (a credit in brackets closing the title, its role said: 青山县庆祝教师节 (通讯员王五), the article's byline; not
        # …名单（高新区）)
        credit = _TITLE_CREDIT.search(headline[-1].text) if headline else None
        if credit is not None and ROLE_WORD.search(credit.group(1)) and is_byline_line(credit.group(1)):
            headline[-1], credit = headline[-1].slice(0, credit.start()), headline[-1].slice(*credit.span(1))
        else:
            credit = None
        if len(headline) >= 2 and not articles and _SITE_NAME.fullmatch(headline[0].text.strip(" \u3000")):
            headline = headline[1:]  # (the site's name over the page's first title: 青山县人民政府 / 青山县召开…)
        if (len(headline) >= 2 and not articles and _SITE_NAME.fullmatch(headline[-1].text.strip(" \u3000"))
                and (k := bisect_left(lines, headline[-1].end)) < len(raw) and is_furniture(raw[k].text)):
            headline = headline[:-1]  # (or under it over the post's day, its source: 青山县召开… / 青山县融媒体中心 /
            # 2024-01-03 17:48)
        a = Article(index=len(articles) + 1, start=headline[0].start if headline else at, end=at)
        # (as the page writes them: a mark read as a bar, 丨 or ︱, is that mark again)
        a.headline_lines = ["".join(text[o] if c == "｜" else c for c, o in zip(h.text, h.offsets)) for h in headline]
        a.headline = " ".join(a.headline_lines)
        if headline:
            a.headline_span = (headline[0].start, headline[-1].end)
        for h in headline:
            a.sentences.append(_sentence(h, len(a.sentences), "headline"))
        if credit is not None:
            a.byline, a.byline_span, a.byline_position = credit.text, (credit.start, credit.end), "start"
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

    def lead_byline(a: Article, p: Paragraph) -> bool:
        """The byline line ``p`` under ``a``'s headline, or its next line (记者 李四, then 通讯员 王五);
        False where the article has a byline already (one that credits no one gives way: a page's 作者：青山中心 over
        the title, then 记者 李四 under it)."""
        if a.byline is None or credits_no_one(a.byline) and not credits_no_one(p.text):
            set_byline(a, p, "start")
        elif (a.byline_position == "start" and a.byline_span is not None and p.start >= a.byline_span[1]
              and not text[a.byline_span[1] : p.start].strip()):
            a.byline, a.byline_span = a.byline + "\n" + p.text, (a.byline_span[0], p.end)
        else:
            return False
        return True

    def set_dateline(a: Article, p: Paragraph, end: int) -> None:
        a.dateline, a.dateline_span = p.text[:end], (p.start, p.offsets[end - 1] + 1)

    for i, p in enumerate(paras):
        following = paras[i + 1] if i + 1 < len(paras) else None
        if i == first_item and current is None:
            pending = []  # the lines above a digest's first item name the digest (要闻简报), no item
        if lead and is_day_place_line(p.text):
            lead.append(p)  # an item's day and place under its byline (9月21日 青山县白石镇红旗村)
            continue
        if is_dateline_line(p.text):
            if (following is not None and is_short(following.text) and not opens[i + 1]
                    and not is_byline_line(following.text)):
                pending, lead = [], []  # the source line of a digest: what stood above names the digest
                digest = True
            else:
                lead.append(p)
            continue
        if is_byline_line(p.text) or (pending and not lead and following is not None and not is_short(following.text)
                                      and (is_name_line(p.text) or current is None and names_then_unit(p.text))):
            above = pending[:]  # (the unit the authors write for on lines above the credit: 青山县融媒体中心)
            while above and _UNIT_LINE.fullmatch(above[-1].text.strip(BULLETS)):  # (◆青山日报社编发中心 too)
                above.pop()
            if current is not None and (current.byline is None or credits_no_one(current.byline)) and not lead and (
                    not above or is_caption(above[-1].text) or _is_aside(above[-1].text)
                    or _credited_again(above[-1].text, p.text)):
                # after the body (and its photos, and the unit the authors write for): the article's credit (a field's
                # credit of no one above gives way: 作者：学生处)
                add_captions(current, pending)
                pending = []
                set_byline(current, p, "end")
                current.end = p.end
            elif (current is not None and not pending and not lead and current.byline_position == "end"
                  and current.byline_span is not None and not text[current.byline_span[1] : p.start].strip()
                  and text[current.byline_span[0] - 1 : current.byline_span[0]] in ("", "\n")
                  and opens_with_a_role(p.text) and ROLE_WORD.match(current.byline.strip(" \u3000"))):
                # the next line of a closing credit on lines of its own (记者/李四, then 通讯员/王五; 文字：李四, then
                # 图片：通讯员 王五): the same credit
                current.byline, current.byline_span = current.byline + "\n" + p.text, (current.byline_span[0], p.end)
                current.end = p.end
            elif current is not None and not pending and not lead and _gives_the_role(current, p.text):
                set_byline(current, p, "end")  # (来源：青山网 李四 on the page; （通讯员：李四） closing it: the role)
                current.end = p.end
            elif (current is not None and not pending and not lead and current.byline_position == "start"
                  and datelines and "记者" in p.text and following is not None and not is_short(following.text)):
                # an article credited at its start, on a page of datelined items: a second reporter's credit over a
                # paragraph opens the next item (not a correspondent's line, nor a page with no dateline)
                lead.append(p)
            elif current is not None and not pending and not lead:
                add_captions(current, [p])  # a second credit line
            else:
                lead.append(p)  # under a headline: the byline of the article that follows
            continue
        # (a column's name above the first title: 医院动态 / 共建医联体，合作谱新篇——…)
        opening = current is None and not lead and (not pending or len(pending) == 1 and _COLUMN.fullmatch(
            pending[0].text.strip(" \u3000")) is not None)
        # (under a title, the author's name may stand on a line of its own before the body)
        body_after = paras[i + 2] if following is not None and is_name_line(following.text) and i + 2 < len(paras) else following
        if (is_short(p.text) or _is_long_title(p, following)
                or (opening and (_is_opening_title(p, body_after) or _is_credited_title(p, following)))
                or current is None and not lead and p.start in posted and _is_posted_title(p.text)
                or opening and len(p.text) <= 120 and PHOTO_CREDITED.search(p.text)
                or (not opening and is_photo_description(p.text))
                or (current is None or pending) and is_closed_caption(p.text)) and not opens[i]:
            if pending and lead and lead[-1].start > pending[-1].start:
                under_byline.add(p.start)  # (a byline's field line between it and the headline: no headline's line)
            pending.append(p)
            continue
        starts = opens[i]
        # (the editor's line under the body closes the article, not one among the post's fields above it: 来源：… /
        # 编辑：王五 / 青山讯 …)
        if (current is not None and not starts and not lead and current.start < last_close < p.start
                and not (_ITEM_DATE.match(p.text) and _a_report(p.text))
                and any(s.kind == "body" and s.start < last_close for s in current.sentences)):
            add_captions(current, pending + [p])  # the page's footer under the article's editor or its list of other
            pending = []  # items (责任编辑：…, 相关新闻)
            continue
        credit = pending[-1].text.strip(" \u3000") if pending else ""
        named = _bracketed_names(credit)
        if not starts and named and items and min(items) < i and current is not None and current.byline is None \
                and not lead and not is_short(p.text):
            starts = True  # in a digest of marked items, a report after an item's closing credit is an item too
        if (i in items or starts and items) and current is not None and pending and not lead:
            # a digest's items have no titles: the lines between two are the one before's, its credit in brackets last
            # (●…汇报会。 / (李四王五) / ●…)
            if current.byline is None and named:
                set_byline(current, pending.pop(), "end")
            add_captions(current, pending)
            pending = []
        # (a sure title under the page's header read as text, an article of no headline: the title's, _site_header)
        under_header = (bool(pending) and len(articles) == 1 and current is not None  # (the cheap tests first)
                        and max(chance.get(x.start, 0.5) for x in pending) >= LIKELY and _headless_header(current))
        if current is not None and pending and not starts and not lead and not under_header and not _heads(
                pending, chance, _opens_item(pending, p, current, digest, datelines, epaper),
                _ITEM_DATE.match(p.text) is not None):
            inner = [c for c in pending if is_caption(c.text)]
            add_captions(current, inner)  # photo captions and section heads inside the article
            for h in pending:
                if h not in inner:
                    current.sentences.append(_sentence(h, len(current.sentences), "heading"))
            pending = []
        # a dateline or byline with no headline before it, inside an article that has one, goes on
        # with that article (a second 新华社…电 under one heading, a photo's caption before the story)
        headless = (current is not None and all(is_caption(x.text) for x in pending) and bool(current.headline)
                    and not digest and not _RELATED_LINE.search(text, current.end, p.start))  # (not under 新闻推荐)
        merged = headless and bool(starts or lead)
        if merged:
            add_captions(current, pending)  # a photo's credit line: （新华社记者李四摄）
            pending = []
            for line in lead:
                if is_dateline_line(line.text) and current.dateline is None:
                    set_dateline(current, line, len(line.text))
                elif is_dateline_line(line.text) or not lead_byline(current, line):
                    # a second dateline or byline stays in the text, as a heading of the article
                    current.sentences.append(_sentence(line, len(current.sentences), "heading"))
            lead = []
        elif current is None or starts or pending or lead:
            # (the site's header above the headline: only where furniture also stands between the headline and the
            # body, as an e-paper's fields do; a post time under a headline, then a photo's caption, keeps the headline)
            headline, subtitle, captions, before = _split_pending(
                pending, current is not None,
                below_furniture if p.start in below_furniture or lead or starts else frozenset(),
                below_furniture | under_byline, posted, paged,
                whole=current is not None and epaper and _ITEM_DATE.match(p.text) is not None)
            headline, captions, before = _likeliest(headline, subtitle, captions, before, pending, chance,
                                                    current is not None)
            if current is not None:
                add_captions(current, before)
            current = start_article(headline, subtitle, (lead or [p])[0].start)
            add_captions(current, captions)
            for line in lead:
                if is_day_place_line(line.text):
                    if current.dateline is None:  # (a dateline above it, 本报讯, stays the article's)
                        set_dateline(current, line, len(line.text))
                    # its places are the article's (红旗村 of 白石镇)
                    current.sentences.append(_sentence(line, len(current.sentences), "heading"))
                elif is_dateline_line(line.text):
                    set_dateline(current, line, len(line.text))
                else:
                    lead_byline(current, line)
            pending, lead = [], []
        body = p
        if starts:
            cut, date_end = leading_byline(p.text)
            # (a page's author field above, 作者：李四 王五, then the dateline's credit that gives their roles, 记者 李四 摄影
            # 王五, further down: the credit is the byline)
            roles = cut > date_end and _gives_the_role(current, p.text[:cut])
            if merged and not roles and (date_end and current.dateline is not None
                                         or cut > date_end and current.byline is not None):
                cut = date_end = 0  # the article has its dateline and byline: the second stays in its text
            # (a field's credit of no one gives way: 作者：县水利局 above, then 通讯员(李四 王五) opening the body)
            credited = current.byline is not None and not credits_no_one(current.byline)
            if date_end and current.dateline is None:
                set_dateline(current, p, date_end)
            if cut > date_end and (not credited or roles):
                current.byline = p.text[:cut]
                current.byline_span = (p.start, p.offsets[cut - 1] + 1)
                current.byline_position = "start"
            elif (cut > date_end and current.byline_position == "start" and current.byline_span is not None
                  and not merged and not text[current.byline_span[1] : p.start].strip()):
                # a page's author field right above (作者：李四), then the dateline's fuller byline: both the article's
                current.byline += "\n" + p.text[:cut]
                current.byline_span = (current.byline_span[0], p.offsets[cut - 1] + 1)
            body = p.slice(cut, len(p.text))
            body = body.slice(len(body.text) - len(body.text.lstrip(" \u3000")), len(body.text))
        bars = _TABLE_BARS.search(body.text)  # (a table's cells the page left after the text: …（记者李四） | |||)
        body = body.slice(0, bars.start()) if bars else body
        tail = trailing_byline(body.text) if body.text else -1
        # (…辅导。 李四 王五: names alone, set apart after the last sentence, credit the article only where it ends, or
        # where a printed page's box sets them apart: …辅导。□李四)
        names_alone = tail >= 0 and not is_byline_line(body.text[tail:]) and names_only(body.text[tail:])
        boxed = tail > 0 and body.text[:tail].rstrip(" \u3000")[-1:] in BOXES
        if names_alone and not (following is None or opens[i + 1]  # (not where boxed names go on: □李四 / □王五)
                                or boxed and not following.text.lstrip(" \u3000").startswith(tuple(BOXES))):
            tail = -1
        if tail >= 0:
            credit = body.slice(tail, len(body.text))
            credit = credit.slice(0, credit_end(credit.text))  # (not a repost's note after it: 本文来自青山网)
            body = body.slice(0, len(body.text[:tail].rstrip(APART)))  # (the box too)
            if (current.byline is None or credits_no_one(current.byline)) and (
                    names_alone or is_byline_line(credit.text)):
                set_byline(current, credit, "end")  # (a compiled report's or a field's credit of no one gives way)
            elif _gives_the_role(current, credit.text):
                set_byline(current, credit, "end")  # (作者：李四 on the page, （通讯员 李四） closing the text: its role)
        for s in split_sentences(body) if body.text else []:
            current.sentences.append(_sentence(s, len(current.sentences), "body"))
        current.end = p.end
    if (lead and current is not None and (current.byline is None or credits_no_one(current.byline))
            and all(is_byline_line(x.text) for x in lead)):
        # a credit under the last lines, with no text after it: no byline of an article to come, the last one's
        # closing credit (…开业。 / 邮政所开业首日 / 作者：李四: its photos' captions between)
        add_captions(current, pending)
        pending = []
        set_byline(current, lead[0], "end")
        for x in lead[1:]:
            current.byline, current.byline_span = current.byline + "\n" + x.text, (current.byline_span[0], x.end)
        current.end = lead[-1].end
    if pending:
        if current is None:
            headline, subtitle, captions, _ = _split_pending(pending, False)
            current = start_article(headline, subtitle, pending[0].start)
            add_captions(current, captions)
            current.end = pending[-1].end
        elif ((current.byline is None or credits_no_one(current.byline))
              and (_closing_names(pending[-1].text) or names_then_unit(pending[-1].text)  # (李四 (青山晚报), not a
                   and _OUTLET_IN_BRACKETS.search(pending[-1].text)  # caption's 李四（青山学院）)
                   # (one name alone, the last line: …。 / 李四; not a field's value, 责任编辑: / 李四)
                   or len(pending) == 1 and _one_name(pending[0].text)
                   and not text[: pending[0].start].rstrip(" \u3000\n").endswith((":", "：")))
              and all(_UNIT_LINE.fullmatch(p.text.strip(" \u3000")) and not _HONOURED.search(p.text) for p in pending[:-1])
              and not (current.sentences and _INTRODUCES.search(re.split(r"[，,]", current.sentences[-1].text)[-1]))):
            add_captions(current, pending[:-1])  # (the authors' unit on the line above: 青山研究院)
            set_byline(current, pending[-1], "end")
            current.end = pending[-1].end
        else:
            add_captions(current, pending)
    for a in articles:
        if a.byline is None:
            _photo_credit(a)
    for a in articles:  # (an article's span holds its sentences: a line over its title the model cut, its caption)
        a.start = min([a.start] + [s.start for s in a.sentences])
    if len(articles) > 1 and _site_header(articles[0], articles[1], chance):
        articles[0].headline, articles[0].sentences = "", []  # (the site's: a login's buttons and its form's fields)
    if len(articles) > 1 and any(not a.headline and not a.sentences for a in articles):
        # a page's credit line over its items (青山日报讯 (李四 王五 …)), with no text of its own: no article
        articles = [a for a in articles if a.headline or a.sentences]
    if len(articles) > 1 and _lead_line(articles[0], articles[1], text):
        articles = [_joined(articles[0], articles[1]), *articles[2:]]
    for i, a in enumerate(articles, 1):  # (in page order, after those left out or joined)
        a.index = i
    return articles


def _lead_line(first: Article, second: Article, text: str) -> bool:
    """Whether the page's first article is one line of text, no headline, dateline nor byline, that sums up a second
    with no headline that opens with its dateline (:func:`_sums_up`): the report's lead set over it (a photo's caption
    that says what the report says), no article of its own.

    Examples:
        >>> t = "白石镇联合青山超市开展慰问活动。\\n青山网5月1日讯(通讯员 李小四)为弘扬传统,白石镇联合青山超市开展慰问活动。\\n"
        >>> [(a.index, a.byline, len(a.sentences)) for a in parse(t).articles]
        [(1, '青山网5月1日讯(通讯员 李小四)', 2)]
        >>> t = "白石镇开展慰问活动。\\n青山县召开大会\\n本报讯 青山县召开大会。\\n"  # (a headline over the second)
        >>> len(parse(t).articles)
        2
    """
    lead = text[first.start : first.end].strip()
    return (not first.headline and first.byline is None and first.dateline is None and bool(first.sentences)
            and "\n" not in lead and not second.headline and second.dateline_span is not None
            and _sums_up(lead, text[second.start : second.end]))


def _sums_up(line: str, report: str, least: float = 0.8) -> bool:
    """Whether most of a line's pairs of Chinese characters (``least`` of them) recur in ``report``, which is longer:
    a lead that sums up the report under it, not a brief of its own on a like subject.

    Examples:
        >>> _sums_up("白石镇开展防汛演练。", "本报讯 白石镇近日开展防汛演练。"), _sums_up("白石镇开展防汛演练。", "本报讯 青山县召开大会。")
        (True, False)
    """
    pairs = {line[i : i + 2] for i in range(len(line) - 1) if _CJK.match(line, i) and _CJK.match(line, i + 1)}
    return bool(pairs) and len(report) > len(line) and sum(p in report for p in pairs) >= least * len(pairs)


def _joined(first: Article, second: Article) -> Article:
    """The second article with the first's sentences (renumbered) and captions before its own.

    Examples:
        >>> first = Article(1, 0, 9, sentences=[Sentence(0, 0, 8, "白石镇开展演练。")], captions=[(8, 9, "图")])
        >>> second = Article(2, 10, 30, sentences=[Sentence(0, 10, 30, "本报讯 白石镇开展演练。")])
        >>> joined = _joined(first, second)
        >>> joined.start, [x.index for x in joined.sentences], joined.captions
        (0, [0, 1], [(8, 9, '图')])
    """
    sentences = [replace(x, index=k) for k, x in enumerate([*first.sentences, *second.sentences])]
    return replace(second, start=first.start, sentences=sentences, captions=[*first.captions, *second.captions])


def _site_header(first: Article, second: Article, chance: dict[int, float], most: int = 60) -> bool:
    """Whether the page's first article is the site's header: the headline model is sure none of its headline's lines is
    a headline's, likes a line of the next one's (``chance``: by a line's start), and it holds no more than ``most``
    characters of text under its headline, none a sentence (a form's fields glued into a paragraph:
    从:到:格式:YYYY-MM-DD), with no dateline nor byline (not a brief under its column's name: 一线传真 / 本报讯 …)."""
    def likelihoods(a: Article) -> list[float]:
        at, end = a.headline_span or (0, 0)
        return [p for start, p in chance.items() if at <= start < end]

    said = likelihoods(first)
    return (_little_text(first, most) and (not first.headline or bool(said) and max(said) < UNLIKELY)
            and max(likelihoods(second), default=0.0) >= 0.5)


def _headless_header(a: Article, most: int = 60) -> bool:
    """Whether an article the rules opened with no headline holds no more than ``most`` characters, no sentence, no
    dateline nor byline: a line of the site's read as text (an advertisement's error, 广告位API接口通信错误,查看…)."""
    return not a.headline and _little_text(a, most)


def _little_text(a: Article, most: int) -> bool:
    """Whether an article holds no more than ``most`` characters under its headline, none a sentence, and no dateline
    nor byline."""
    text = [s.text for s in a.sentences if s.kind != "headline"]
    return (a.byline is None and a.dateline is None and sum(map(len, text)) <= most
            and not any(_SENTENCE_END.search(t) for t in text))


# The bars of a table's empty cells after a paragraph, where a page's table was flattened to text: …。 | |||
_TABLE_BARS = re.compile(r"[ \u3000]*[|｜][ \u3000|｜]*$")
# A credit in brackets after a title, on its line (…庆祝教师节 (通讯员王五)).
_TITLE_CREDIT = re.compile(r"[ \u3000]*([（(][^（）()]{3,30}[）)])$")
# A photo's credit closing a sentence or a caption: with its roles (…掌声。 晨报记者李四通讯员王五摄; 王五 本报记者李四摄)
# or names alone (…现场。李四 摄), after a photo's number on an e-paper (③2 李四 摄).
_PHOTO_CREDIT = re.compile(r"(?:(?<=[。！？!?])|^)[\s\u3000]*(?:[①-⑳]\d{0,2}[\s\u3000]*)?"
                           r"((?:[\u4e00-\u9fff]{2,3}[\s\u3000]+)?(?:[\u4e00-\u9fff]{0,8}记者|通讯员)[^。！？!?]{2,30}?"
                           r"|[\u4e00-\u9fff·]{2,3}(?:[\s\u3000、]+[\u4e00-\u9fff·]{2,3}){0,2})"
                           r"[\s\u3000]*(?<!拍)摄$")  # (not 张三拍摄: a verb)


def _photo_credit(a: Article) -> None:
    """The byline of a report that credits no one but those who took its photos, closing a sentence or a caption
    (photo news: …展演展示。 晨报记者李四通讯员王五摄; …启动仪式现场。李四 摄): they made it. Only where every such
    credit names the same people (not a page's photos by several hands).

    Examples:
        >>> a = parse("非遗展演\\n6月5日,非遗展演在白石广场举行。 晨报记者李小四通讯员王五摄").articles[0]
        >>> a.byline, a.byline_position
        ('晨报记者李小四通讯员王五', 'end')
        >>> a = parse("非遗展演\\n非遗展演现场。李小四 摄\\n6月5日,非遗展演在白石广场举行,市民纷纷前来观看。").articles[0]
        >>> a.byline
        '李小四'
    """
    found = []
    for s in a.sentences:  # (a caption inside the text is often read as its sentences: …现场。 / 李四 摄)
        m = _PHOTO_CREDIT.search(s.text) if s.kind in ("body", "caption") else None
        credit = m.group(1) if m is not None else ""
        if credit and (is_byline_line(credit) or names_only(credit)):
            found.append((s, m))
    if found and len({m.group(1) for _, m in found}) == 1:
        s, m = found[0]
        a.byline, a.byline_span, a.byline_position = m.group(1), s.span(*m.span(1)), "end"


def _credited_again(line: str, credit: str) -> bool:
    """Whether a line above a credit is all the names the credit gives after its role (李四、王五 over 作者:李四、王五):
    the credit's, no headline of an item of its own.

    Examples:
        >>> _credited_again("李小四、王五", "作者:李小四、王五"), _credited_again("青山新闻", "作者:李小四、王五")
        (True, False)
        >>> _credited_again("李小四", "记者 李小四"), _credited_again("王五", "作者:李小四 王五")  # (one of two: no)
        (True, False)
    """
    names, credit = line.strip(" \u3000"), credit.strip(" \u3000")
    role = credit[: -len(names)].strip(" \u3000") if names and credit.endswith(names) else ""
    return bool(re.fullmatch(rf"(?:{ROLE_WORD.pattern})[:：]?", role))


# A line that heads a site's list of other items (新闻推荐): a dateline after it opens one of them, no part of the article
# above.
_RELATED_LINE = re.compile(rf"^[\s\u3000]*(?:{RELATED})[\s\u3000:：]*$", re.M)
# The lines that close an article on a web page: its editors (责任编辑：王五, 编辑 | 王五, 值班主任：…) or the head of the
# site's list of other items (相关新闻). After the page's last one, a paragraph opens no article and is kept as the
# article's caption, unless a dateline or a byline opens it, or it is a report that opens with its day (近日，…): the
# next item of a page whose items each close with their editor.
_CLOSING_LINE = re.compile(rf"^[\s\u3000【\[（(]*(?:(?:责任编辑|责编|编辑|值班主任|审核|终审)[\s\u3000]*[:：|｜]"
                           rf"|(?:{RELATED})[\s\u3000:：]*$)", re.M)


# The field that keeps a reposted article's own title: 原标题：青山县召开大会, （原标题：…）, brackets inside it too.
_ORIGINAL_TITLE = re.compile(r"([（(])?原标题[\s\u3000]*[:：]?[\s\u3000]*([^\s\u3000].{3,59})")


def _original_title(text: str, start: int, end: int) -> list[Paragraph]:
    """The title that a line ``原标题：…`` between ``start`` and ``end`` keeps, as the headline's one line; [] where
    no such line stands there.

    Examples:
        >>> t = "原标题：青山县召开大会\\n\\n3月1日，大会召开。"
        >>> [p.text for p in _original_title(t, 0, 13)], _original_title(t, 13, 20)
        (['青山县召开大会'], [])
    """
    for line in _lines(text[start:end]):
        m = _ORIGINAL_TITLE.fullmatch(line.text)
        if m is not None:
            closed = bool(m.group(1)) and m.group(2).endswith(("）", ")"))  # (（原标题：…）: the field's own brackets)
            title = line.slice(m.start(2), m.end(2) - closed)
            return [Paragraph(title.text, [start + o for o in title.offsets])]
    return []


# A page's author field: 作者：李四.
_AUTHOR_FIELD = re.compile(r"(?:^|[\s\u3000])作者[\s\u3000]*[:：][\s\u3000]*([\u4e00-\u9fff·]{2,4})(?![\u4e00-\u9fff])")


def _gives_the_role(a: Article, credit: str) -> bool:
    """Whether a credit closing an article gives the role of the author its byline at the top names without one."""
    return a.byline_position == "start" and _credits_the_author(a.byline or "", credit)


def _credits_the_author(byline: str, credit: str) -> bool:
    """Whether a credit closing the text names with a role the one person a page's author field (or a name alone) above
    named: the credit says how they wrote it (作者：李四 above, （通讯员李四） below).

    Examples:
        >>> _credits_the_author("时间：2013-06-28 作者：李小四 来源：青山网", "（通讯员李小四）")
        True
        >>> _credits_the_author("作者：李小四", "（通讯员王五）"), _credits_the_author("本报记者 李小四", "（通讯员李小四）")
        (False, False)
        >>> _credits_the_author("来源：青山网  李小四", "（通讯员：李小四）")
        True
        >>> _credits_the_author("李小四", "（青山日报通讯员 李小四）"), _credits_the_author("李小四 王五", "（通讯员 李小四）")
        (True, False)
    """
    field = _AUTHOR_FIELD.search(byline) or (None if ROLE_WORD.search(byline) else _SOURCE_THEN_NAME.search(byline))
    name = field.group(1) if field is not None else byline.strip(" \u3000") if names_only(byline, 1) else None
    return name is not None and name in credit and ROLE_WORD.search(credit) is not None


# A post's source field, then the author's name with no role: 来源：青山网  李小四.
_SOURCE_THEN_NAME = re.compile(r"^来源[\s\u3000]*[:：].*[\s\u3000]([\u4e00-\u9fff·]{2,4})$")


# A unit's short name on a line of its own, by the heads of a company's or an office's units: 二公司, 宣传部, 党委办公室.
_SOURCE_UNIT = re.compile(r"[\u4e00-\u9fff]{1,4}(?:公司|部|处|室|科|办|中心|集团|厂|局)")
# A line in brackets: an aside closing an article (（以上内容仅供参考）) where no one's name is in it.
_ASIDE = re.compile(r"[（(][^（）()]{2,40}[）)]")


def _bracketed_names(line: str) -> bool:
    """Whether a line is names alone in brackets: an item's credit closing it ((李四王五), (付建中)).

    Examples:
        >>> _bracketed_names("（李四 王五）"), _bracketed_names("（付建中）"), _bracketed_names("（以上内容仅供参考）")
        (True, True, False)
    """
    return (_BRACKETED_CREDIT.fullmatch(line) is not None
            and (surname_count(line[1]) >= COMMON or rare_names(line[1:-1])
                 or len(line) <= 5 and surname_count(line[1]) > 0)  # (one name alone: (付建中), a rarer surname)
            and not UNIT_END.search(line[1:-1]) and not line.startswith(("(据", "（据")))


def _is_aside(text: str) -> bool:
    """Whether a line is an aside in brackets that closes an article, no one's name.

    Examples:
        >>> _is_aside("（以上内容仅供参考）"), _is_aside("（李四）"), _is_aside("白沙镇举办插秧比赛")
        (True, False, False)
    """
    text = text.strip(" \u3000")
    return _ASIDE.fullmatch(text) is not None and not _bracketed_names(text)


# The authors' unit on the line above their names: 青山研究院, 集团党委宣传部 (a body's head closes it).
_UNIT_LINE = re.compile(rf"[\u4e00-\u9fff（）()]{{2,20}}(?:{UNIT_HEADS})")
# A last sentence that introduces people listed after it: 名单如下, 表彰了…, 获奖者：.
_INTRODUCES = re.compile(r"名单|如下|表彰|表扬|评选|评为|授予|获奖|[：:]$")
# A line above names that says what they won or where they stand, no unit of authors: 优秀团队, 第一组, 先进党支部.
_HONOURED = re.compile(r"优秀|先进|获奖|模范|标兵|第[一二三四五六七八九十\d]+组|展示|名单")


# A paper, a station or a site in brackets closing a line: (青山晚报), （青山县融媒体中心）.
_OUTLET_IN_BRACKETS = re.compile(r"(?:报|台|网|融媒体中心|新闻中心)[）)][\s\u3000]*$")


def _closing_names(text: str) -> bool:
    """The last line of a text as its authors' names: two or three names apart and nothing else (王小五  李明).

    Examples:
        >>> _closing_names("王小五  李明"), _closing_names("王小五"), _closing_names("江苏 浙江")
        (True, False, False)
        >>> _closing_names("王小五  李明(实习)")
        True
    """
    text = INTERN.sub("", text)  # (an intern's mark after a name: 李明(实习))
    return bool(re.search(r"\S[\s\u3000]+\S", text.strip(" \u3000"))) and names_only(text)


def _one_name(text: str) -> bool:
    """A line that holds one person's name alone, of two or three characters (李小四, 李明; not 江苏, 总结, 全文完): a
    surname and a given name, no common word jieba reads as a name (陈述, 柳树: a word of the dictionary seen a hundred
    times or more), no place with its level (白石村), no surname with a title or 小 (张主任, 小李).

    Examples:
        >>> _one_name("李小四"), _one_name(" 李明 "), _one_name("江苏"), _one_name("全文完"), _one_name("李小四 王五")
        (True, True, False, False, False)
        >>> _one_name("陈述"), _one_name("白石村"), _one_name("张主任"), _one_name("小李")
        (False, False, False, False)
    """
    t = text.strip(" \u3000")
    titled = len(t) == 3 and frequency(t[1:]) >= _TITLE_WORD and words(t[1:])[0].pos in ("n", "b")  # (张主任)
    return (2 <= len(t) <= 3 and names_only(t) and frequency(t) < _COMMON_WORD and t[-1] not in LEVEL_CHARS
            and not titled and t[0] not in "小老")


_COMMON_WORD = 100  # jieba's count of a word seen often enough to be a word, no one's name (陈述, 柳树)
_TITLE_WORD = 1000  # and of a noun seen so often after a surname that it is a title (主任, 书记, 老师; not 海生, 红梅)


# A web site's name or column, over an article's headline or a page's items: 青山大学新闻网, 学校新闻, 学院动态, 综合要闻,
# 青山短讯, 本版导读, 今日青山, and a digest's title with its day (8月22日《青山新闻》速览).
_COLUMN = re.compile(r"(?:\d{4}年)?(?:\d{1,2}月\d{1,2}日)?《[^《》]{1,10}》(?:新闻|动态|要闻|资讯|速览|快讯|简讯|短讯|短波|集锦)"
                     r"|[\u4e00-\u9fff]{0,4}(?:新闻|动态|要闻|资讯|速览|快讯|简讯|短讯|短波|集锦|导读)"
                     r"|[\u4e00-\u9fff]{0,12}(?:新闻网|新闻中心|官网|门户网站?)|今日[\u4e00-\u9fff]{2,4}")  # (今日青山: a county's)


# A kicker of two parallel phrases apart by a space (打通“大动脉” 畅通“小血管”).
_TWO_PHRASES = re.compile(r"[\u4e00-\u9fff“”‘’《》、·]{3,16}[ \u3000]+[\u4e00-\u9fff“”‘’《》、·]{3,16}")


def _is_posted_title(text: str) -> bool:
    """A web page's title over the post's day and source, which may hold commas (十年，青山岛变了样): no sentence ends
    in it, two commas at most, not a report's lead that opens with its day.

    Examples:
        >>> _is_posted_title("十年，青山岛变了样"), _is_posted_title("5月2日，青山县召开大会")
        (True, False)
        >>> _is_posted_title("青山县召开大会，部署春耕，动员全县，力争丰收")  # (more commas: a sentence)
        False
    """
    return (len(text) <= 80 and not re.search(r"[。；;！？!?]", text) and len(re.findall(r"[，,]", text)) <= 2
            and not _DATED_LEAD.match(text))


def _site_line(line: Paragraph, below: list[Paragraph]) -> bool:
    """Whether a line over the headline is the site's name or column (学校新闻, • 学院动态), not a kicker; a page's places
    (遵义市凤冈县: where the report comes from); a line of Latin words over a Chinese one (a site's logo or links: Skip to
    content, QINGSHAN GROUP)."""
    t = line.text.strip(" \u3000")
    return bool(_COLUMN.fullmatch(t.lstrip(BULLETS)) or spelled_by_divisions(t)
                or _LATIN_LINE.fullmatch(t) and any(_CJK.search(x.text) for x in below))


def _section_label(line: str, title: str) -> bool:
    """Whether ``line``, right over a post's title, is the site's section: two nouns of four characters together
    (行业分类, 护理园地, 校园新闻), not a kicker (春耕正忙, 聚焦两会), a notice's kind (通知, 喜报), nor a title over the
    unit that posts it (通知 / 青山县人社局 / 发布时间：…).

    Examples:
        >>> _section_label("护理园地", "青山医院举办护理培训"), _section_label("春耕正忙", "白石镇抢抓农时")
        (True, False)
        >>> _section_label("校园新闻", "青山县人力资源和社会保障局"), _section_label("通知", "青山县人社局")
        (False, False)
    """
    t = line.strip(" \u3000")
    ws = words(t) if re.fullmatch(r"[\u4e00-\u9fff]{4}", t) else []
    return len(ws) >= 2 and all(w.pos in ("n", "vn") for w in ws) and not UNIT_END.search(title.strip(" \u3000"))


def _heads(pending: list[Paragraph], chance: dict[int, float], rules: bool, dated: bool = False) -> bool:
    """Whether short lines between two paragraphs of an article head a new one: as the rules say (``rules``), unless
    the headline model is sure none of them is a headline's line (``chance``: by a line's start) and the paragraph
    after does not open a report with its day (``dated``: 3月11日，…, a page's next item). (Where it is sure one is and
    the rules say no, the rules stand: a feature's section heads read as titles.)"""
    return rules and (dated or max(chance.get(x.start, 0.5) for x in pending) >= UNLIKELY)


def _likeliest(headline: list[Paragraph], subtitle: Paragraph | None, captions: list[Paragraph],
               before: list[Paragraph], pending: list[Paragraph], chance: dict[int, float], has_previous: bool,
               ) -> tuple[list[Paragraph], list[Paragraph], list[Paragraph]]:
    """The headline the rules chose from the short lines before an article (with ``subtitle`` under it, the article's
    ``captions`` and the article before's, ``before``), mended by the headline model: where it is sure none of the
    rules' lines is a headline's, its likeliest other line if it gives it 0.5 or more (with the lines next to it it
    gives 0.5 or more; no subtitle's ——… line, and none where the rules read a title over its subtitle); else without
    the rules' lines at either end it is sure are none (a kicker of two phrases stays). What goes above the headline
    is the article before's captions, what goes below the article's; at the top of the page, what the rules read as
    the headline or its captions stays the article's caption (what they read as the site's header stays out).

    Returns the headline, the article's captions and the article before's."""
    def chance_of(x: Paragraph) -> float:
        return chance.get(x.start, 0.5)

    if not headline or not any(chance_of(x) >= UNLIKELY for x in headline) and subtitle is not None:
        return headline, captions, before
    if all(chance_of(x) < UNLIKELY for x in headline):
        likely = [x for x in pending if chance_of(x) >= 0.5 and not x.text.lstrip(" \u3000").startswith(("—", "－"))]
        if not likely:  # (the rules read no subtitle here: see above)
            return headline, captions, before
        i = j = pending.index(max(likely, key=chance_of))
        while i > 0 and chance_of(pending[i - 1]) >= 0.5:
            i -= 1
        while j + 1 < len(pending) and chance_of(pending[j + 1]) >= 0.5:
            j += 1
        above, below = pending[:i], pending[j + 1 :]
        if has_previous:
            return pending[i : j + 1], below, above
        read = {id(x) for x in headline + captions}
        return pending[i : j + 1], [x for x in above if id(x) in read] + below, before
    i, j = 0, len(headline)
    while chance_of(headline[i]) < UNLIKELY and not _TWO_PHRASES.fullmatch(headline[i].text) \
            and not (i + 1 < len(headline) and _place_alone(headline[i].text)):
        i += 1  # (a kicker of two phrases stays: 春风送暖 农技下乡 / 白石镇举办春耕培训; or one naming the place, 白石镇 / …)
    while chance_of(headline[j - 1]) < UNLIKELY:
        j -= 1
    if j == i + 1 < len(headline) and _place_alone(headline[i].text) \
            and _a_title_line(headline[j].text, headline[i].text.strip(" \u3000")):
        j += 1  # (a place alone is no headline: the title under it stays, 白石镇 / 织密防护网)
    if has_previous:
        return headline[i:j], headline[j:] + captions, before + headline[:i]
    return headline[i:j], headline[:i] + headline[j:] + captions, before


def _split_pending(pending: list[Paragraph], has_previous: bool,
                   below_furniture: frozenset[int] | set[int] = frozenset(),
                   apart: frozenset[int] | set[int] = frozenset(),
                   posted: frozenset[int] | set[int] = frozenset(),
                   paged: frozenset[int] | set[int] = frozenset(), whole: bool = False,
                   ) -> tuple[list[Paragraph], Paragraph | None, list[Paragraph], list[Paragraph]]:
    """Short lines before an article: (headline lines, subtitle, its captions, captions of
    the previous article). At the top of a text, lines above a line of the page's furniture whose
    start is in ``below_furniture`` are the site's header, not the headline (an e-paper's); a line whose start is in
    ``apart`` (a line of furniture or a byline's fields between it and the line before: the post's time and source)
    goes on no headline above it. At the top of a text, the first line whose start is in ``posted`` (a post's day and
    source stand under it: 发布时间：… 来源：…) is the title, the lines above it the site's header (a kicker of two
    phrases right above it aside), those under it the article's captions; where it is the text's second line with no
    furniture above it, the two are read as below (a kicker over the title, or the title over its subtitle). Lines
    above a line whose start is in ``paged`` (a breadcrumb or an e-paper's page line stands over it) are the site's
    header too.

    At the top of a text the first line is the title; the line under it is its subtitle
    (:func:`_is_subtitle`) or the second line of the headline, unless it reads like a
    caption; the lines after that are captions of the article. Between articles the last line
    is the title (the one before it, when the last opens with ——, is the title of that
    subtitle). The line before the title is a kicker (first headline line) when it is built of
    two parallel phrases separated by a space (``打通“大动脉” 畅通“小血管”``); otherwise it is a
    photo caption of the article before; with ``whole`` (an e-paper's next item, its lead dated), two lines no caption
    are both the title's.
    """
    if not pending:
        return [], None, [], []
    at = next((k for k, x in enumerate(pending) if x.start in posted), None) if not has_previous else None
    if at is not None and (at >= 2 or at == 1 and (pending[1].start in below_furniture
                                                    or _section_label(pending[0].text, pending[1].text))):
        # (the text's first line right over the title is read below, as a kicker or the title over its subtitle; the
        # site's section is no title: 行业分类 / 青山大桥通车 / 日期：…)
        title = pending[at]
        if title.text.startswith(("——", "—")):  # (a title, then its subtitle over the post's day; without the dash a
            return [pending[at - 1]], title, pending[at + 1:], []  # subtitle is not told from a site's line over it)
        # (no kicker over furniture: a site's slogan of two phrases, then its breadcrumb, then the title)
        kicker = pending[at - 1 : at] if _TWO_PHRASES.fullmatch(pending[at - 1].text) \
            and title.start not in below_furniture else []
        return kicker + [title], None, pending[at + 1:], []
    if at is not None:  # (the title the text's first or second line, read below: no line under the post's day is it)
        below_furniture = frozenset()
    shots = []  # a photo's caption with its credit over the text (…展台。李四 摄): the article's, no headline
    while not has_previous and len(shots) < len(pending) and (PHOTO_CREDITED.search(pending[len(shots)].text)
                                                              or is_closed_caption(pending[len(shots)].text)):
        shots.append(pending[len(shots)])
    pending = pending[len(shots):]  # (a new list: the caller's stays whole)
    if not has_previous and not pending:
        return [], None, shots, []
    if not has_previous:
        # short lines, a line of the page's furniture (a date, 当前报纸名称：…), then short lines again: the first are
        # the site's header (青山阅读器), the headline is under the furniture
        # (not a unit's short name alone under the furniture, a source field's value: 标题 / 发布时间：… / 二公司)
        under = [k for k in range(1, len(pending)) if (pending[k].start in below_furniture or pending[k].start in paged)
                 and not is_caption(pending[k].text)
                 and not all(_SOURCE_UNIT.fullmatch(x.text.strip(" \u3000")) for x in pending[k:])]
        pending = pending[under[-1]:] if under else pending
        while len(pending) > 1 and not pending[1].text.startswith("—") and _site_line(pending[0], pending[1:]):
            pending = pending[1:]
        head, rest, subtitle = pending[:1], pending[1:], None
        # (a title whose line closes with its dash goes on under it: 人人是窗口——, then 青山国税获…称号)
        dashed = head[0].text.rstrip(" \u3000").endswith("——") and not (rest and rest[0].text.startswith("—"))
        if rest and not is_caption(rest[0].text) and ("——" not in head[0].text or dashed) \
                and rest[0].start not in apart:
            if _is_subtitle(head[0].text, rest[0].text) and not dashed:
                subtitle = rest[0]
            else:
                head.append(rest[0])
            rest = rest[1:]
        return head, subtitle, shots + rest, []
    subtitle, shot = None, []
    if len(pending) >= 2 and is_closed_caption(pending[-1].text) and not is_closed_caption(pending[-2].text):
        # (the next article's photo under its title, over its dateline: 青山县举办丰收节 / 丰收节现场。)
        shot, pending = pending[-1:], pending[:-1]
    if len(pending) >= 2 and pending[-1].text.startswith(("——", "—")):
        subtitle, pending = pending[-1], pending[:-1]
    if len(pending) >= 2 and (" " in pending[-2].text or "\u3000" in pending[-2].text) \
            and not is_caption(pending[-2].text):  # (not the photo credit closing the article before: (记者 李四 摄))
        return pending[-2:], subtitle, shot, pending[:-2]
    if whole and len(pending) == 2 and not any(is_caption(x.text) for x in pending):
        return pending, subtitle, shot, []  # (an e-paper's next item: its title over two lines, 硕放：… / 获…银奖)
    return pending[-1:], subtitle, shot, pending[:-1]


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
