"""Counts and amounts as typed facts on their subject.

``13个一级网格`` (13, 个, 一级网格), ``网格员1725名`` (1725, 名, 网格员: a head-count,
not the year 1725), ``总投资7.8亿元`` (780000000, 元, 总投资), ``投资2700万元``,
``完成总工程量的79%``. The subject is the nearest organization or place before
it in the sentence, else the article's most named one (``全区划分为…`` in an article about
管城区).

Examples:
    >>> from kg.text import parse
    >>> doc = parse("全区划分为13个一级网格、135个二级网格,共有网格员1725名,项目总投资7.8亿元。")
    >>> [(m.value["value"], m.value["unit"], m.value["what"]) for m in extract(doc, [])]
    [(13, '个', '一级网格'), (135, '个', '二级网格'), (1725, '名', '网格员'), (780000000.0, '元', '项目总投资')]
"""
from __future__ import annotations

import re
from collections import Counter

from ..model import Document, Mention
from ..words import words
from . import register

COUNTERS = "个|名|人|支|家|项|条|处|所|户|辆|台|座|批|次|场|张|份|间|栋|包|天|小时|岁|公里|千米|米|平方米|亩|吨|万人|人次"
_NUMBER = r"(?P<n>\d+(?:\.\d+)?|[两二三四五六七八九十百千]{1,4})(?P<mult>万|亿)?(?P<more>余|多)?"
DIGITS = {"两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}


def chinese_number(text: str) -> float:
    """十二 → 12, 三百 → 300, 两千 → 2000; Arabic digits as they are.

    Examples:
        >>> chinese_number("三"), chinese_number("十二"), chinese_number("二十"), chinese_number("7.8")
        (3, 12, 20, 7.8)
    """
    if text[0].isdigit():
        return float(text) if "." in text else int(text)
    total, digit = 0, 0
    for c in text:
        if c in DIGITS:
            digit = DIGITS[c]
        else:
            total += (digit or 1) * {"十": 10, "百": 100, "千": 1000}[c]
            digit = 0
    return total + digit
_COUNT = re.compile(rf"{_NUMBER}(?P<unit>{COUNTERS})")
_MONEY = re.compile(rf"{_NUMBER}(?P<unit>元)")
_PERCENT = re.compile(r"(?P<n>\d+(?:\.\d+)?)(?P<unit>%|％)")
MULT = {"万": 10_000, "亿": 100_000_000, None: 1}
NOUN = ("n", "vn", "nz", "ng", "j", "l", "an")
NAMES = ("ns", "nr", "nt", "nrt", "nrfg")  # names are subjects, not what is counted


def _noun_after(text: str, end: int) -> str:
    """The noun phrase right after a counter: 13个[一级网格]."""
    out = ""
    for w in words(text):
        if w.start < end:
            continue
        if w.pos.startswith(NOUN) or (w.pos == "m" and not out and not w.text.isdigit()) or w.pos in ("b", "a") and not out:
            out += w.text
            if len(out) >= 8:
                break
        else:
            break
    return out


def _noun_before(text: str, start: int) -> str:
    """The noun right before a number: 网格员[1725名], 总投资[7.8亿元]."""
    before = [w for w in words(text) if w.end <= start]
    out = ""
    for w in reversed(before):
        if w.pos in NAMES:
            break
        if w.pos.startswith(NOUN) or w.pos.startswith("v") and w.text in ("投资", "总投资", "完成") or (out and w.pos in ("b", "a")):
            out = w.text + out
            if len(out) >= 6:
                break
        elif w.text == "的" and out == "":
            continue
        else:
            break
    return out


@register("quantity")
def extract(doc: Document, mentions: list[Mention]) -> list[Mention]:
    """Quantity mentions; ``value`` holds value, unit, what is counted and its subject mention."""
    out = []
    for a in doc.articles:
        named = [m for m in mentions if m.article == a.index and m.type in ("Organization", "Place")
                 and m.extractor != "names"]
        counts = Counter(m.text for m in named)
        main = max(named, key=lambda m: (counts[m.text], -m.start)) if named else None
        # (a numeral and a counter inside a longer name count nothing: 七台 of 七台河, 五台 of 五台山)
        spans = [(m.start, m.end) for m in mentions if m.article == a.index and m.type in ("Organization", "Place")]
        for s in a.sentences:
            in_sentence = [m for m in named if s.start <= m.start < s.end]
            text = s.text
            found = []
            for pattern in (_COUNT, _MONEY, _PERCENT):
                for m in pattern.finditer(text):
                    start, end = s.span(m.start(), m.end())
                    if any(x <= start and end <= y and end - start < y - x for x, y in spans):
                        continue
                    if any(x < m.end() and m.start() < y for x, y, _ in found):
                        continue
                    if text[m.end() : m.end() + 1] in ("年", "月", "日", "级", "路") or text[m.start() - 1 : m.start()].isalpha() and text[m.start() - 1 : m.start()].isascii():
                        continue
                    if pattern is _COUNT and not m.group("n")[0].isdigit() and text[m.start() - 1 : m.start()] in DIGITS.keys() | {"十", "一", "第"}:
                        continue  # inside a longer numeral or an ordinal
                    value = float(chinese_number(m.group("n"))) * MULT[m.groupdict().get("mult")]
                    value = int(value) if value.is_integer() and m.groupdict().get("mult") is None else value
                    unit = m.group("unit")
                    what = _noun_after(text, m.end()) if pattern is _COUNT else ""
                    if not what:
                        what = _noun_before(text, m.start())
                    found.append((m.start(), m.end(), {"value": value, "unit": unit, "what": what}))
            for b, e, value in sorted(found):
                start, end = s.span(b, e)
                subject = next((m for m in reversed(in_sentence) if m.end <= start), main)
                if subject is not None:
                    value["subject"] = subject
                out.append(Mention(start, end, "Quantity", text[b:e], a.index, value=value))
    return out
