"""Places normalized to China's administrative divisions, and their hierarchy.

A place name that the gazetteer knows (:mod:`kg.gazetteer`) gets the
division's official name and code (管城区 → 管城回族区, 410104; 新密 → 新密市,
410183), and its ancestors up to the province (管城回族区 ⊂ 郑州市 ⊂ 河南省),
marked as coming from the gazetteer, not the text. A name that several
divisions share is decided by the corpus's context: the province and
prefecture that its unambiguous places point to (a page about 郑州 does not
put 城区 in 山西). Functional zones that are no division (郑东新区) come from a
small alias table, ``kg/data/zones.csv``. Townships (:mod:`kg.towns`) are taken only
where the corpus names their county or city (虞姬镇 beside 灵璧县 is 341323114).

Examples:
    >>> n = PlaceNormalizer(["管城区", "郑州", "荥阳", "城区"])
    >>> n.lookup("管城区").code, n.lookup("管城区").name
    ('410104', '管城回族区')
    >>> n.lookup("城区") is None  # no 城区 in Henan: left as the text says
    True
    >>> [d.name for d in n.ancestors(n.lookup("管城区"))]
    ['郑州市', '河南省']
    >>> n = PlaceNormalizer(["灵璧县", "虞姬镇", "城关镇"])
    >>> n.lookup("虞姬镇").code, n.lookup("虞姬镇").parent, n.lookup("城关镇")
    ('341323114', '341323', None)
    >>> n = PlaceNormalizer(["东乡县", "东塬乡"])
    >>> PlaceNormalizer(["东乡县"]).lookup("东乡县"), n.lookup("东乡县").name, n.lookup("东塬乡").parent
    (None, '东乡族自治县', '622926')
"""
from __future__ import annotations

import csv
from collections import Counter
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

from .gazetteer import GENERIC_DIVISIONS, Division, automaton, current, divisions, named, spells_a_word
from .levels import GOVERNMENT_CHARS
from .towns import towns

ZONES = Path(__file__).parent / "data" / "zones.csv"


@lru_cache(maxsize=1)
def zones() -> dict[str, Division]:
    """Functional zones (新区, 开发区) by name, as divisions with a pseudo-code under their city."""
    out = {}
    ds = divisions()
    with ZONES.open(encoding="utf-8") as f:
        for row in csv.DictReader(f):
            parent = ds[row["parent"]]
            out[row["name"]] = Division(f"{row['parent']}-{row['key']}", row["official"], "zone", parent.code,
                                        parent.longitude, parent.latitude)
            for alias in filter(None, row["aliases"].split("|")):
                out[alias] = out[row["name"]]
    return out


def candidates(name: str) -> tuple[Division, ...]:
    """The divisions, zones or townships a place name may be.

    Examples:
        >>> [d.code for d in candidates("新密")], [d.code for d in candidates("虞姬镇")]
        (['410183'], ['341323114'])
    """
    if name in zones():
        return (zones()[name],)
    hit = automaton().get(name, None)
    if hit:
        return hit[1]
    return towns().get(name, ())


class PlaceNormalizer:
    """Decides which division each place name of a corpus is."""

    def __init__(self, names: Iterable[str]):
        names = list(names)
        context: Counter = Counter()
        held: Counter = Counter()  # the counties, cities and provinces of the townships only one division holds
        self.names_of: dict[str, set[str]] = {}  # the corpus's names of each division they may be (not townships)
        for n in names:
            found = candidates(n)
            for d in found if len(found) > 1 and found[0].level != "town" else ():
                self.names_of.setdefault(d.code, set()).add(n)
            if len(found) == 1:
                code = found[0].code[:6] if found[0].level != "town" else found[0].parent
                for key in (code[:2], code[:4], code):
                    (held if found[0].level == "town" else context)[key] += 1
        self.context = context
        self.held = held

    def lookup(self, name: str) -> Division | None:
        found = candidates(name)
        if found and found[0].level == "town":
            # a township only where the corpus names its county or city (88 towns are called 城关镇)
            # (or a county a name of the corpus may be, that the townships decide: 东乡县 beside 东塬乡)
            near = [d for d in found if self.context[d.parent] or self.context[d.code[:4] + "00"]
                    or any(getattr(self.lookup(n), "code", None) == d.parent for n in self.names_of.get(d.parent, ()))]
            return near[0] if len(near) == 1 else None
        if len(found) == 1:
            return found[0]
        if not found:
            return None
        # (the townships the corpus names decide where nothing else does: 东乡县 beside 东塬乡 is 东乡族自治县)
        scored = sorted(((self.context[d.code[:4]], self.context[d.code[:2]], self.held[d.code[:6]], d.code), d)
                        for d in found)
        best, second = scored[-1], scored[-2]
        if best[0][:3] == (0, 0, 0) or best[0][:3] == second[0][:3]:
            return None  # nothing in the corpus says which one
        return best[1]

    @staticmethod
    def ancestors(d: Division) -> list[Division]:
        """The divisions above one, up to its province, without the statistical placeholders
        (市辖区, 县) that stand between a municipality and its districts.

        Examples:
            >>> from kg.gazetteer import find
            >>> [a.name for a in PlaceNormalizer.ancestors(find("东城区")[0][3][0])]
            ['北京市']
        """
        out = []
        ds = divisions()
        parent = d.parent
        while parent and parent in ds:
            if ds[parent].name not in GENERIC_DIVISIONS:
                out.append(ds[parent])
            parent = ds[parent].parent
        return out


_CHAIN_NAME = 12  # the longest name tried at each step of a chain


def chain(text: str, start: int = 0, body: bool = False) -> list[tuple[int, int, tuple[Division, ...]]]:
    """The divisions named one right after another from ``start``, each inside the one before it:
    ``(start, end, divisions)`` for each, or ``[]`` when fewer than two follow each other so. The first is a
    province, prefecture or county of the gazetteer; the later ones may also be townships (:mod:`kg.towns`),
    which are taken only under the division before them. Where several names start at one place, the longest
    that lies inside the one before wins: in 河南南阳镇平县, 南阳 (the city of 河南) and not the township 南阳镇 of
    another province. A name that opens an organisation of the training names is none (中山 of 广东中山大学), and
    a last name with a level after it that the gazetteer does not spell is left to the rules that read levels (a
    county named with a level it no longer or never had).

    Examples:
        >>> t = "河南南阳镇平县高丘镇"
        >>> [t[b:e] for b, e, _ in chain(t)]
        ['河南', '南阳', '镇平县', '高丘镇']
        >>> t = "开化县村头镇礼田村"
        >>> [t[b:e] for b, e, _ in chain(t)], chain("郑州大学"), chain("南阳镇平县", 2), chain("广东中山大学")
        (['开化县', '村头镇'], [], [], [])
        >>> t = "安徽合肥庐江支行"  # a county named without its level, right after the city that holds it
        >>> [t[b:e] for b, e, _ in chain(t)], chain("庐江支行")
        (['安徽', '合肥', '庐江'], [])
        >>> [len(chain(t, body=body)) for t in ("湖南新化梯田", "河南中原银行") for body in (False, True)]  # (in a body's name: its city)
        [2, 0, 2, 0]
        >>> t = "福建福州市长乐区政府"
        >>> [t[b:e] for b, e, _ in chain(t)], [x[:2] for x in chain("云南昆明长水机场")]
        (['福建', '福州市', '长乐区'], [(0, 2), (2, 4)])
    """
    found = _names_at(text, start, ())
    if not found:
        return []
    out = [found]
    while (after := _names_at(text, out[-1][1], out[-1][2], body)) is not None:
        out.append(after)
    b, e, _ = out[-1]
    if text[e : e + 1] in _LEVELS and text[e + 1 : e + 2] != "委" and not candidates(text[b : e + 1]):
        out.pop()  # 长乐 + 区政府: a level the gazetteer does not spell (长乐市)
    return out if len(out) >= 2 else []


_LEVELS = frozenset(GOVERNMENT_CHARS)  # (a level character right after a chain's last name)


@lru_cache(maxsize=1)
def _training_orgs_by_opening() -> dict[str, tuple[str, ...]]:
    """The organisations of the training names by their first two characters (中山 → 中山大学 …)."""
    from .neural import training_orgs

    out: dict[str, list[str]] = {}
    for name in training_orgs():
        out.setdefault(name[:2], []).append(name)
    return {k: tuple(v) for k, v in out.items()}


@lru_cache(maxsize=1)
def _bare_counties() -> dict[str, tuple[Division, ...]]:
    """The counties, districts and banners whose names are two characters and a level (庐江县, 长洲区, 敖汉旗) by those
    two characters (not 沙依 of 沙依巴克区, nor 市辖 of the placeholder 市辖区): names the gazetteer's short forms leave
    out (too many common words), read only right after a division that holds them (:func:`_names_at`), and none that
    spells a verb or an adjective (辽宁振兴 is no 振兴区).

    Examples:
        >>> [d.name for d in _bare_counties()["庐江"]], "振兴" in _bare_counties(), "沙依" in _bare_counties()
        (['庐江县'], False, False)
        >>> "市辖" in _bare_counties(), "郑州" in _bare_counties()  # (a placeholder; a city, a short form already)
        (False, False)
        >>> [d.name for d in _bare_counties()["广德"]]  # (广德县, a city since 2019)
        ['广德市']
    """
    out: dict[str, list[Division]] = {}
    for d in divisions().values():
        if d.level == "county" and len(d.name) == 3 and d.name not in GENERIC_DIVISIONS and not spells_a_word(d.name[:2]):
            out.setdefault(d.name[:2], []).append(d)
    return {k: tuple(current(v)) for k, v in out.items()}  # (广德县, now 广德市: the division of today, not two)


def named_county(name: str) -> bool:
    """Whether ``name`` is a county's, a district's or a banner's, whole or bare (:func:`_bare_counties`: 武平 of 武平县).

    Examples:
        >>> named_county("武平"), named_county("武平县"), named_county("王五")
        (True, True, False)
    """
    return bool(_bare_counties().get(name)) or any(d.level == "county" for d in named(name))


def bare_county_in(name: str, codes: set[str]) -> Division | None:
    """The one county, district or banner that ``name`` names bare (:func:`_bare_counties`: 法库 of 法库县) where the
    province or the city that holds it is among ``codes`` (an article's divisions); None otherwise (太湖 in an article
    that names neither 安徽 nor 安庆: a lake).

    Examples:
        >>> bare_county_in("法库", {"210000"}).name, bare_county_in("太湖", {"210000"}), bare_county_in("法库", set())
        ('法库县', None, None)
    """
    found = [d for d in _bare_counties().get(name, ()) if {d.code[:2] + "0000", d.code[:4] + "00"} & codes]
    return found[0] if len(found) == 1 else None


def _bare_county(text: str, end: int, name: str, codes: set[str]) -> list[Division]:
    """The counties that ``name`` (the two characters before ``end``) names bare after a division of ``codes`` inside a
    body's name: right after their own city (合肥庐江支行: 庐江县 of 合肥市), or after a province where the name ends
    there (not 河南中原银行, a bank named after a region: 中原 is no 中原区 there).

    Examples:
        >>> [d.name for d in _bare_county("河南获嘉（新乡）", 4, "获嘉", {"410000"})], _bare_county("河南中原银行", 4, "中原", {"410000"})
        (['获嘉县'], [])
        >>> [d.name for d in _bare_county("合肥庐江支行", 4, "庐江", {"340100"})], [d.name for d in _bare_county("北京丰台医院", 4, "丰台", {"110000"})]
        (['庐江县'], ['丰台区'])
    """
    alone = not "\u4e00" <= text[end : end + 1] <= "\u9fff"
    return [d for d in _bare_counties().get(name, ()) if alone or (PlaceNormalizer.ancestors(d) or [d])[0].code in codes]


def _names_at(text: str, at: int, over: tuple[Division, ...], body: bool = False
              ) -> tuple[int, int, tuple[Division, ...]] | None:
    """The longest division name at ``at`` under one of ``over`` when given (a township only then; a county's bare
    name in a body's name, ``body``, only as :func:`_bare_county` says), unless an organisation of the training names
    opens there and runs past it (中山大学)."""
    codes = {d.code for d in over}
    for end in range(min(len(text), at + _CHAIN_NAME), at + 1, -1):
        name = text[at:end]
        hit = automaton().get(name, None)
        found = [d for d in (hit[1] if hit else ()) if d.name not in GENERIC_DIVISIONS]
        if over:
            found += [*towns().get(name, ()),
                      *(_bare_county(text, end, name, codes) if body else _bare_counties().get(name, ()))]
            found = [d for d in found if codes & {a.code for a in PlaceNormalizer.ancestors(d)}
                     or d.parent in codes]
        if found:
            if any(len(o) > end - at and text.startswith(o, at) for o in _training_orgs_by_opening().get(name[:2], ())):
                return None  # 中山 of 中山大学
            return at, end, tuple(found)
    return None
