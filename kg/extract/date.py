"""Dates and times, normalized against the article's date.

``3月26日`` → 2022-03-26, ``25日上午`` → 2022-03-25 (morning), ``去年底`` → 2021 (end),
``昨日`` → the day before the article's date, ``3月初`` → 2022-03 (early), ``上半年`` →
2022-H1. The reference date is the document's (``--date``, a JSONL ``date``, or a full
date printed on the page); without one, relative and partial dates keep their
surface form and get no value. Recurring or vague expressions (每月5日, 连日来, 日前,
近一年来) are not dates of anything and are skipped.

Each date is a ``Date`` mention whose ``value`` holds ``{"value", "part"?}``; an
initiative in the same sentence after it takes it as its start date.

Examples:
    >>> from kg.text import parse
    >>> doc = parse("3月26日,志愿者加入。25日上午,恳谈会开始。截至去年底,完工。昨日,活动开展。", date="2022-03-28")
    >>> [(m.text, m.value["value"], m.value.get("part")) for m in extract(doc, [])]
    [('3月26日', '2022-03-26', None), ('25日上午', '2022-03-25', 'morning'), ('去年底', '2021', 'end'), ('昨日', '2022-03-27', None)]
"""
from __future__ import annotations

import datetime as dt
import re

from ..model import Document, Mention
from . import register

PARTS = {"凌晨": "early morning", "上午": "morning", "中午": "noon", "下午": "afternoon", "傍晚": "evening",
         "晚上": "evening", "晚": "evening", "夜间": "night"}
SPAN_PARTS = {"初": "early", "上旬": "early", "中旬": "middle", "下旬": "late", "底": "end", "末": "end"}
_PART = "|".join(sorted(PARTS, key=len, reverse=True))
_SPAN = "|".join(sorted(SPAN_PARTS, key=len, reverse=True))
PATTERN = re.compile(
    rf"(?P<ymd>(?P<y>\d{{4}})年(?P<m>\d{{1,2}})月(?P<d>\d{{1,2}})日)"
    rf"|(?P<md>(?P<m2>\d{{1,2}})月(?P<d2>\d{{1,2}})日)"
    rf"|(?P<ym>(?P<y3>\d{{4}})年(?P<m3>\d{{1,2}})月(?P<s3>{_SPAN})?)"
    rf"|(?P<mo>(?P<m4>\d{{1,2}})月(?P<s4>{_SPAN}))"
    rf"|(?P<day>(?P<d5>\d{{1,2}})日)"
    rf"|(?P<year>(?P<y6>\d{{4}})年(?P<s6>{_SPAN})?)"
    rf"|(?P<rel>昨日|昨天|今日|今天|前日|前天|明日|明天)"
    rf"|(?P<ryear>(?P<ry>去年|今年|明年|前年)(?P<s7>{_SPAN})?)"
    rf"|(?P<half>上半年|下半年)"
)
# Not a date of anything: recurring or vague.
_SKIP_BEFORE = re.compile(r"(每月|每年|每周|每天|每)$")
REL_DAYS = {"昨日": -1, "昨天": -1, "今日": 0, "今天": 0, "前日": -2, "前天": -2, "明日": 1, "明天": 1}
REL_YEARS = {"去年": -1, "今年": 0, "明年": 1, "前年": -2}
_PAGE_DATE = re.compile(r"(\d{4})年(\d{1,2})月(\d{1,2})日")


def reference_date(doc: Document) -> dt.date | None:
    """The document's date, or the first full date printed in its first 300 characters."""
    if doc.date:
        try:
            return dt.date.fromisoformat(str(doc.date)[:10])
        except ValueError:
            pass
    m = _PAGE_DATE.search(doc.text[:300])
    if m:
        try:
            return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        except ValueError:
            return None
    return None


def normalize(m: re.Match, ref: dt.date | None) -> dict | None:
    """The value of one matched expression, or None when it cannot be anchored."""
    g = m.groupdict()

    def day(y, mo, d):
        try:
            return dt.date(int(y), int(mo), int(d)).isoformat()
        except ValueError:
            return None

    if g["ymd"]:
        value = day(g["y"], g["m"], g["d"])
        return {"value": value} if value else None
    if g["md"]:
        return {"value": day(ref.year, g["m2"], g["d2"])} if ref and day(ref.year, g["m2"], g["d2"]) else None
    if g["ym"]:
        return {"value": f"{g['y3']}-{int(g['m3']):02d}", **({"part": SPAN_PARTS[g["s3"]]} if g["s3"] else {})}
    if g["mo"]:
        return {"value": f"{ref.year}-{int(g['m4']):02d}", "part": SPAN_PARTS[g["s4"]]} if ref else None
    if g["day"]:
        if not ref:
            return None
        month = ref.replace(day=1)
        if int(g["d5"]) > ref.day:  # a day after the article's date is last month's
            month = (month - dt.timedelta(days=1)).replace(day=1)
        value = day(month.year, month.month, g["d5"])
        return {"value": value} if value else None
    if g["year"]:
        return {"value": g["y6"], **({"part": SPAN_PARTS[g["s6"]]} if g["s6"] else {})}
    if g["rel"]:
        return {"value": (ref + dt.timedelta(days=REL_DAYS[g["rel"]])).isoformat()} if ref else None
    if g["ryear"]:
        if not ref:
            return None
        return {"value": str(ref.year + REL_YEARS[g["ry"]]), **({"part": SPAN_PARTS[g["s7"]]} if g["s7"] else {})}
    if g["half"]:
        return {"value": f"{ref.year}-{'H1' if g['half'] == '上半年' else 'H2'}"} if ref else None
    return None


@register("date")
def extract(doc: Document, mentions: list[Mention]) -> list[Mention]:
    """Date mentions with their normalized value (``Mention.value``)."""
    ref = reference_date(doc)
    out = []
    for a in doc.articles:
        for s in a.sentences:
            for m in PATTERN.finditer(s.text):
                if _SKIP_BEFORE.search(s.text[max(0, m.start() - 2) : m.start()]):
                    continue
                if m.group("day") and s.text[m.end() : m.end() + 1] == "前":
                    continue
                end = m.end()
                part = re.match(_PART, s.text[end:])
                value = normalize(m, ref)
                if value is None:
                    continue
                if part:
                    end += part.end()
                    value["part"] = PARTS[part.group()]
                start, stop = s.span(m.start(), end)
                out.append(Mention(start, stop, "Date", s.text[m.start() : end], a.index, value=value))
    return out
