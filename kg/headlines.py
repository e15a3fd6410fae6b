"""How likely each line of a page is a line of an article's headline: a logistic regression learned from pages
annotated for their articles (``python -m kg.headline_fit``; data and figures in docs/structure.md).

The rules of :mod:`kg.text` read a page's structure (datelines, bylines, digests, captions); where they must tell a
headline from a line of the site's furniture, a caption or a section head, they ask this model. Its cues are the
line's characters and length, its punctuation, what the rules of :mod:`kg.lines` say of it and of its neighbours,
where it stands before the first paragraph of body text, and how many of its character pairs the text right after it
repeats (a headline's words come again in its report; a menu's or a footer's do not).

Features are hashed into a fixed vector, so the weights are one array of numbers (``kg/data/headlines.npz``); no
text of the training pages ships with them.

Examples:
    >>> from kg.text import _lines
    >>> page = "首页 > 新闻中心\\n青山县召开春耕生产推进会\\n3月5日，青山县召开春耕生产推进会，部署春耕工作。"
    >>> [round(p, 1) > 0.5 for p in odds(page, _lines(page))]
    [False, True, False]
"""
from __future__ import annotations

import re
import zlib
from functools import lru_cache
from importlib import resources
from typing import Collection, Protocol, Sequence

import numpy as np

from .lines import (is_byline_line, is_byline_start, is_caption, is_dateline_line, is_furniture, is_name_line,
                    is_page_line, is_photo_description, is_posting_line, is_short)

SIZE = 1 << 14  # hashed feature slots
LONGEST = 60  # the longest line read as a possible headline's (the longest in the training data: 56)
_LENGTHS = (4, 8, 12, 16, 20, 25, 30, 40, 60, 100)  # length bins
_SENTENCE_END = re.compile(r"[。！？!?]")
_NO_PAIR = frozenset(" \t\r\u3000\xa0，。、：:；;,.!！？?“”\"")
_RULES = {"furniture": is_furniture, "byline": is_byline_line, "dateline": is_dateline_line,
          "posting": is_posting_line, "page": is_page_line, "name": is_name_line, "short": is_short,
          "caption": is_caption, "photo": is_photo_description, "byline_start": is_byline_start}
_MARKS = {"sentence": _SENTENCE_END, "comma": re.compile(r"[，,]"), "colon": re.compile(r"[:：]"),
          "digit": re.compile(r"\d"), "date": re.compile(r"\d{4}[-/.年]\d{1,2}"), "ascii": re.compile(r"[A-Za-z]"),
          "space": re.compile(r"[\s\u3000]"), "quote": re.compile(r"[“”\"]"), "dash": re.compile(r"——"),
          "bar": re.compile(r"[|｜>»]"), "bracket": re.compile(r"[（(【\[]")}


class Line(Protocol):
    """A line of the page: its text and where it stands (:class:`kg.text.Paragraph` is one)."""

    text: str

    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...


def _slot(feature: str) -> int:
    return zlib.crc32(feature.encode("utf-8")) % SIZE


def _length_bin(n: int) -> int:
    return sum(n > x for x in _LENGTHS)


def pairs(text: str) -> set[str]:
    """The character pairs of a line, none across a space or a punctuation mark.

    Examples:
        >>> sorted(pairs("春耕，开始"))
        ['开始', '春耕']
    """
    return {text[i : i + 2] for i in range(len(text) - 1) if text[i] not in _NO_PAIR and text[i + 1] not in _NO_PAIR}


def features(text: str, lines: Sequence[Line], only: Collection[int] | None = None) -> list[list[int]]:
    """The hashed features of each line of ``text`` (its non-blank lines, in order): sorted slot numbers; with
    ``only``, of those lines alone (by their index; the others' are empty).

    Examples:
        >>> from kg.text import _lines
        >>> page = "青山桥通车\\n今天，青山桥通车。"
        >>> [len(f) > 10 for f in features(page, _lines(page))]
        [True, True]
    """
    texts = [line.text.strip() for line in lines]  # (any space: a title padded with &nbsp; is the title)
    n = len(texts)
    body = [len(t) >= 50 and bool(_SENTENCE_END.search(t)) for t in texts]
    first_body = next((i for i, b in enumerate(body) if b), n)
    seen: dict[str, int] = {}
    for t in texts:
        seen[t] = seen.get(t, 0) + 1
    wanted = range(n) if only is None else only
    near = {j for i in wanted for j in (i - 1, i, i + 1, i + 2) if 0 <= j < n}  # (the rules are asked of these alone)
    said = [{name for name, rule in _RULES.items() if rule(t)} if i in near else set() for i, t in enumerate(texts)]
    out: list[list[int]] = []
    for i, t in enumerate(texts):
        if i not in wanted:
            out.append([])
            continue
        f = {"bias", f"len{_length_bin(len(t))}", "end:" + t[-1:], "beg:" + t[:1], "beg2:" + t[:2], "end2:" + t[-2:]}
        f |= {"rule:" + name for name in said[i]}
        f |= {"mark:" + name for name, mark in _MARKS.items() if mark.search(t)}
        two = pairs(t) if len(t) <= LONGEST else set()  # (no headline is longer)
        if len(t) <= LONGEST:
            f |= {"char:" + c for c in t} | {"pair:" + p for p in two}
        else:
            f.add("long")
        f |= {f"pos{min(i, 5)}", f"before_body{i < first_body}", f"seen{min(seen[t], 3)}"}
        if i < first_body:
            f.add(f"to_body{min(first_body - i, 4)}")
        for step, side in ((-1, "prev"), (1, "next"), (2, "next2")):
            j = i + step
            if not 0 <= j < n:  # (nothing said of the page's ends: a text may be one short article)
                continue
            f |= {f"{side}len{_length_bin(len(texts[j]))}", f"{side}body{body[j]}"}
            f |= {f"{side}rule:{name}" for name in said[j]}
            if step == 1:
                f |= {"next_beg:" + texts[j][:2], "next_beg1:" + texts[j][:1]}
            elif step == -1:
                f.add("prev_end:" + texts[j][-1:])
        if two:  # (how many of its pairs the text after it, and before it, repeats)
            after = text[lines[i].end : lines[i].end + 600]
            before = text[max(0, lines[i].start - 600) : lines[i].start]
            f.add(f"again_after{int(4 * sum(p in after for p in two) / len(two))}")
            f.add(f"again_before{int(4 * sum(p in before for p in two) / len(two))}")
        elif len(t) <= LONGEST:
            f.add("no_pairs")
        out.append(sorted({_slot(x) for x in f}))
    return out


@lru_cache(maxsize=1)
def weights() -> np.ndarray:
    """The shipped model's weights (``kg/data/headlines.npz``)."""
    with resources.files("kg").joinpath("data/headlines.npz").open("rb") as f:
        return np.load(f)["weights"]


def score(rows: list[list[int]], w: np.ndarray | None = None) -> list[float]:
    """The probability of each row of features under the weights ``w`` (the shipped model's by default)."""
    w = weights() if w is None else w
    return [float(1 / (1 + np.exp(-w[r].sum()))) for r in rows]


def odds(text: str, lines: Sequence[Line]) -> list[float]:
    """How likely each of the page's lines is a line of a headline (0 to 1), by the shipped model; a line of more than
    60 characters, longer than any the model learned from, 0.5 (it cannot tell).

    Examples:
        >>> from kg.text import _lines
        >>> page = "青山桥通车\\n" + "今天，青山桥通车，" * 8
        >>> odds(page, _lines(page))[1]
        0.5
    """
    short = {i for i, line in enumerate(lines) if len(line.text.strip()) <= LONGEST}
    rows = features(text, lines, short)
    return [p if i in short else 0.5 for i, p in enumerate(score(rows))]
