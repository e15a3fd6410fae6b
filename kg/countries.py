"""The world's countries by their Chinese names: what a foreign place is named after (摩洛哥塞塔特市 is the city
塞塔特市 in the country 摩洛哥), and what is a country itself, never a city in one.

Data: ``kg/data/countries.tsv`` (code TAB name), the Chinese names of the Unicode CLDR's territories (version 49, as
packaged in Babel 2.19.0; Unicode License v3, see ``kg/data/NOTICE``), made by::

    pip install babel==2.19.0 && python -m kg.countries

(Babel is needed only to make the table, not to run kg.) China and its regions are left out: the gazetteer
(:mod:`kg.gazetteer`) holds them.

Examples:
    >>> "摩洛哥" in countries(), "中国" in countries(), "塞塔特" in countries()
    (True, False, False)
"""
from __future__ import annotations

import io
import sys
from functools import lru_cache
from pathlib import Path

DATA = Path(__file__).parent / "data" / "countries.tsv"
# China, its special administrative regions and Taiwan: the gazetteer's, not foreign
_CHINA = ("CN", "HK", "MO", "TW")


@lru_cache(maxsize=1)
def countries() -> frozenset[str]:
    """The Chinese names of the world's countries and territories but China's (美国, 摩洛哥, 马尔代夫)."""
    if not DATA.exists():
        return frozenset()
    with DATA.open(encoding="utf-8") as f:
        return frozenset(line.rstrip("\n").split("\t")[1] for line in list(f)[1:])


def build() -> bytes:
    """The table from the CLDR's Chinese territory names in Babel: the two-letter codes, not the world's regions
    (numeric codes: 中亚, 东南亚), nor the unknown, grouping and pseudo codes (ZZ, QO, EU, EZ, UN, XA, XB)."""
    from babel import Locale

    out = io.StringIO()
    out.write("code\tname\n")
    for code, name in sorted(Locale("zh").territories.items()):
        if code.isdigit() or code in _CHINA or code in ("ZZ", "QO", "EU", "EZ", "UN", "XA", "XB"):
            continue
        out.write(f"{code}\t{name}\n")
    return out.getvalue().encode("utf-8")


def main(argv: list[str] | None = None) -> int:
    from .rdf import write_atomic

    if (sys.argv[1:] if argv is None else argv):
        print("usage: python -m kg.countries (needs Babel: pip install babel==2.19.0)", file=sys.stderr)
        return 2
    try:
        data = build()
    except ImportError:
        print("kg.countries: Babel is not installed (pip install babel==2.19.0)", file=sys.stderr)
        return 1
    write_atomic(DATA, data)
    print(f"wrote {DATA}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
