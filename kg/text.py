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

import codecs
import hashlib
import re
from dataclasses import dataclass

from .errors import InputError
from .model import Article, Document, Sentence

MAX_LINE = 1_000_000  # characters; a longer line is not text that a newspaper page holds

_TERMINAL = "。！？!?；;…"
_CLOSERS = "”’」』)）】"
_BODY_PUNCT = re.compile(r"[。，,；;：:]")
_BYLINE_START = re.compile(r"^(?:本报讯|本报.{0,6}电|新华社.{0,8}电)?\s*[（(]\s*(?:本报)?(?:见习)?记者")
_BYLINE_START_BARE = re.compile(r"^本报讯")
_BYLINE_END = re.compile(r"^本报(?:见习)?记者[\s\u3000]+\S")
_SENTENCE_END = re.compile(rf"[。！？!?；;]+[{_CLOSERS}]*|…+[{_CLOSERS}]+")


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


def is_byline_start(text: str) -> bool:
    return bool(_BYLINE_START.match(text) or _BYLINE_START_BARE.match(text))


def is_byline_end(text: str) -> bool:
    """An end-of-article byline (本报记者 党贺喜 通讯员 李贞), not a photo credit (本报记者 王五 摄)."""
    return (bool(_BYLINE_END.match(text)) and len(text) <= 40 and not _BODY_PUNCT.search(text)
            and not re.search(r"(?:摄|摄影|供图)$", text))


# Page furniture: dates and page numbers in the header, editors, jump lines.
_FURNITURE = re.compile(
    r"^(?:\d{4}年\d{1,2}月\d{1,2}日\s*(?:星期|周)[一二三四五六日天]"
    r"|(?:第\s*)?[0-9０-９A-Z]{1,3}\s*版(?:\s*[:：].*)?"
    r"|(?:责任编辑|美术编辑|编辑|版式|校对|组版)\s*[:：].*"
    r"|[（(]\s*(?:上接|下转|转第|接第|转\d|接\d).{0,12}[）)])$"
)


def is_furniture(text: str) -> bool:
    """Lines of the page, not of an article.

    Examples:
        >>> [is_furniture(t) for t in ("2022年3月28日 星期一", "第05版:城事", "责任编辑:王五", "（下转第三版）", "从我做起 保护湿地")]
        [True, True, True, True, False]
    """
    return bool(_FURNITURE.match(text.strip()))


def is_short(text: str) -> bool:
    """A headline or caption candidate: short and without sentence punctuation."""
    return len(text) <= 40 and not _BODY_PUNCT.search(text)


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
        and not is_byline_start(line.text)
        and not is_byline_end(line.text)
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
            out.extend(_bounded(p.slice(start, m.end())))
        start = m.end()
    if start < len(p.text):
        out.extend(_bounded(p.slice(start, len(p.text))))
    return [s for s in out if s.text.strip()]


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


# 本报讯 记者 李四 通讯员 王五 近日,…: roles and names separated by spaces, no parentheses.
_BARE_BYLINE = re.compile(
    r"^(?:本报讯|本报.{0,6}电)[\s\u3000]*(?:(?:本报)?(?:见习)?(?:记者|通讯员|实习生)[\s\u3000]+"
    r"(?:[\u4e00-\u9fff·]{2,5}[\s\u3000]+)+)+"
)


def _byline_end(text: str) -> int:
    """Index just after a leading byline: its closing parenthesis, or its last name; else 0.

    Examples:
        >>> t = "本报讯 记者 李四 通讯员 王五 近日,活动开展。"
        >>> t[:_byline_end(t)]
        '本报讯 记者 李四 通讯员 王五'
    """
    m = re.match(r"^[^（(]{0,12}[（(][^）)]{0,60}[）)]", text)
    if m:
        return m.end()
    m = _BARE_BYLINE.match(text)
    return len(m.group().rstrip()) if m else 0


def _sentence(p: Paragraph, index: int, kind: str) -> Sentence:
    segments = []
    for i, off in enumerate(p.offsets):
        if i == 0 or off != p.offsets[i - 1] + 1:
            segments.append((i, off))
    return Sentence(index, p.start, p.end, p.text, kind, tuple(segments))


def segment(text: str) -> list[Article]:
    """Split a repaired page into articles with headlines, bylines, sentences and captions."""
    articles: list[Article] = []
    pending: list[Paragraph] = []  # short lines seen since the last body paragraph
    current: Article | None = None

    def start_article(headline: list[Paragraph], at: int) -> Article:
        a = Article(index=len(articles) + 1, start=headline[0].start if headline else at, end=at)
        a.headline_lines = [h.text for h in headline]
        a.headline = " ".join(a.headline_lines)
        if headline:
            a.headline_span = (headline[0].start, headline[-1].end)
        for h in headline:
            a.sentences.append(_sentence(h, len(a.sentences), "headline"))
        articles.append(a)
        return a

    def add_captions(a: Article, lines: list[Paragraph]) -> None:
        for c in lines:
            a.captions.append((c.start, c.end, c.text))
            a.sentences.append(_sentence(c, len(a.sentences), "caption"))
            a.end = max(a.end, c.end)

    for p in repair(text):
        if is_byline_end(p.text) and current is not None and current.byline is None:
            add_captions(current, pending)
            pending = []
            current.byline, current.byline_span, current.byline_position = p.text, (p.start, p.end), "end"
            current.end = p.end
            continue
        if is_short(p.text) and not is_byline_start(p.text):
            pending.append(p)
            continue
        starts = is_byline_start(p.text)
        if current is None or starts or pending:
            headline, captions = _split_pending(pending, has_previous=current is not None)
            if current is not None:
                add_captions(current, captions)
            else:
                headline = captions + headline
            current = start_article(headline, p.start)
            pending = []
        body = p
        if starts and current.byline is None:
            cut = _byline_end(p.text)
            if cut:
                current.byline = p.text[:cut]
                current.byline_span = (p.start, p.offsets[cut - 1] + 1)
                current.byline_position = "start"
                body = p.slice(cut, len(p.text))
        for s in split_sentences(body) if body.text else []:
            current.sentences.append(_sentence(s, len(current.sentences), "body"))
        current.end = p.end
    if pending:
        if current is None:
            current = start_article(pending, pending[0].start)
            current.end = pending[-1].end
        else:
            add_captions(current, pending)
    return articles


def _split_pending(pending: list[Paragraph], has_previous: bool) -> tuple[list[Paragraph], list[Paragraph]]:
    """Short lines before an article: (headline lines, captions of the previous article).

    The last line is the title. The line before it is a kicker (first headline
    line) when it is built of two parallel phrases separated by a space
    (``打通“大动脉” 畅通“小血管”``); otherwise it is a photo caption of the
    article before.
    """
    if not pending:
        return [], []
    if len(pending) >= 2 and (" " in pending[-2].text or "\u3000" in pending[-2].text or not has_previous):
        return pending[-2:], pending[:-2]
    return pending[-1:], pending[:-1]


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
