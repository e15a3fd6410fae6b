"""The administrative levels of Chinese place names (省, 市, 县, 区 … 村), in one place.

Every rule that reads a level builds on these tables: a place's name ends in one (青山县),
a body's or a title's name opens with one (县委, 副县长), resolution gives a bare name its
level (新密 → 新密市), places rank by them (a town lies in a county).

Examples:
    >>> rank("双鸭山市"), rank("黄集镇"), rank("东街社区"), rank("长沙国际会展中心")
    (2, 4, 5, None)
    >>> level_of("青山县"), level_of("玉林街道"), level_of("好客超市")
    ('县', '街道', '市')
"""
from __future__ import annotations

import re

# Inner Mongolia's township and village levels, after names that are Mongolian words (达尔汗苏木, 白音嘎查: never of one
# character).
MONGOLIAN_TOWN, MONGOLIAN_VILLAGE = "苏木", "嘎查"
MONGOLIAN_LEVELS = (MONGOLIAN_TOWN, MONGOLIAN_VILLAGE)
# Level suffixes and their rank, lower is larger: 1 a province, 2 a prefecture, 3 a county,
# 4 a town or street (Inner Mongolia's 苏木 too), 5 a village or community. Longest first, so that 社区 is read before 区.
RANKS: tuple[tuple[str, int], ...] = tuple(sorted(
    (("特别行政区", 1), ("自治区", 1), ("省", 1), ("自治州", 2), ("州", 2), ("盟", 2), ("市", 2), ("新区", 3),
     ("自治县", 3), ("区", 3), ("县", 3), ("旗", 3), ("街道", 4), ("镇", 4), ("乡", 4), (MONGOLIAN_TOWN, 4), ("社区", 5),
     ("村", 5)),
    key=lambda sr: -len(sr[0])))
# The levels that end a division's name in a longer name (青山县黄集村党支部, 白音嘎查党支部), longest first; not 州 and
# 盟, which end the bare names of cities (郑州, 广州) that a level would cut.
NAME_SUFFIXES: tuple[str, ...] = tuple(sorted(
    ("自治区", "自治州", "自治县", "特别行政区", "新区", "街道", "省", "市", "区", "县", "旗", "乡", "镇", "村",
     *MONGOLIAN_LEVELS), key=len, reverse=True))
# The levels that are common words too (苏木, sappanwood, a medicine): a name ending in one is a place only where the
# township table (kg.towns) holds it.
TABLED_LEVELS = (MONGOLIAN_TOWN,)
# The one-character levels (村 included): 市委, 县长, 村委会 open with them.
CHARS = "省市县区乡镇村"
# The levels that have a government and a head: 县长, 镇政府 (not 村: a village has a committee).
GOVERNMENT_CHARS = "省市县区乡镇"
# A prefecture's level (黔西南州), whose bodies are named by it alone too: 州委, 州政府, 州长 (not a level's character
# of CHARS: it ends the bare names of cities, 郑州, 广州).
PREFECTURE = "州"
PREFECTURE_BODIES = (PREFECTURE + "委", PREFECTURE + "政府")
# A banner (旗), Inner Mongolia's county, whose bodies are named by it alone too: 旗委, 旗政府 (and its head, 旗长).
BANNER = "旗"
BANNER_BODIES = (BANNER + "委", BANNER + "政府")
# The levels whose party committee is named 委 after them: 市委, 区委 (区委区政府).
COMMITTEE_CHARS = "省市县区"
# The congress and the consultative conference a level has, named after it: 市人大, 县政协.
ASSEMBLIES = ("人大", "政协")
# The state's own level above the provinces, which opens its bodies' names: 中央统战部, 国务院侨办, 全国妇联 (not 国家,
# which opens a university's or a company's 国家重点实验室 too).
NATIONAL = ("中央", "国务院", "全国")
# The forms a bare place name takes, most common first: 新密 → 新密市.
BARE_FORMS = ("市", "县", "区", "省")
# The gazetteer's levels of the places at each level a body's or a title's name opens with
# (市委 → a prefecture or a municipality: 天津 is a province and a city).
GAZETTEER_LEVELS = {"省": ("province",), "市": ("prefecture", "municipality"), "县": ("county",), "区": ("county",),
                    "旗": ("county",), "自治区": ("province",), "镇": ("town",), "乡": ("town",), "村": ("village",)}
# A country's or a province's seat between two places: 哈萨克斯坦首都阿斯塔纳 (the first holds the second).
SEAT_WORDS = ("首都", "首府", "省会")
# Names that end in a level's character but are no division: a community, a housing estate, a park, a campus.
NOT_A_LEVEL = ("社区", "小区", "园区", "景区", "街区", "片区", "城区", "辖区", "校区")
# A level's character or name as a regular expression: the multi-character ones, then the rest.
PATTERN = "|".join(NAME_SUFFIXES)


def rank(name: str) -> int | None:
    """How large a place is by the level its name ends in (see ``RANKS``); None when it ends in none.

    Examples:
        >>> rank("内蒙古自治区"), rank("青山村")
        (1, 5)
    """
    return next((r for suffix, r in RANKS if name.endswith(suffix) and len(name) > len(suffix)), None)


def level_of(name: str) -> str:
    """The level suffix a name ends in, longest first; "" when none.

    Examples:
        >>> level_of("宁波市"), level_of("自治区"), level_of("青山")
        ('市', '自治区', '')
    """
    return next((lv for lv in NAME_SUFFIXES if name.endswith(lv)), "")


def chars_class(chars: str) -> str:
    """A regular-expression class of level characters.

    Examples:
        >>> re.fullmatch(chars_class(GOVERNMENT_CHARS), "县") is not None
        True
    """
    return "[" + chars + "]"
