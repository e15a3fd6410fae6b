"""Chinese surnames and how often they open a name, learned from labeled person names.

A byline names people in a row (``通讯员 王五 李四``) and sometimes runs two names together
(``通讯员 王五李四``); a surname table tells the two apart from one four-character name
(``苗王卉子``) and from a unit named after the people (``集团党办``). The table
``kg/data/surnames.tsv`` (surname TAB number of distinct names it opens) is built by
``python -m kg.surnames`` from the person names of the labeled NER data in ``../shared/eval``
(MSRA train and People's Daily 1998 train, see ``../shared/eval/README.md``).

Examples:
    >>> count("王") > 100, count("集")
    (True, 0)
    >>> split_names("王五李四"), split_names("苗王卉子"), split_names("李四")
    (['王五', '李四'], ['苗王卉子'], ['李四'])
    >>> split_names("罗小岗张大生沈志明")
    ['罗小岗', '张大生', '沈志明']
    >>> split_names("张丽覃志明")  # (覃, a rarer surname, opens a name of three jieba reads as one person's)
    ['张丽', '覃志明']
    >>> split_names("李兵高世友杜晓蒙"), split_names("李兵世友杜晓蒙")  # (世 opens no name)
    (['李兵', '高世友', '杜晓蒙'], ['李兵世友杜晓蒙'])
    >>> split_names("张王李赵刘陈杨"), split_names("王海梅付强李兵")  # (parted more than one way)
    (['张王李赵刘陈杨'], ['王海梅付强李兵'])
"""
from __future__ import annotations

import json
import re
import sys
from collections import Counter
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

DATA = Path(__file__).parent / "data" / "surnames.tsv"
SOURCES = ("msra/train.jsonl", "peoples-daily-1998/train.jsonl")
COMMON = 20  # a surname that opens at least this many distinct names is a common one
_HAN_NAME = re.compile(r"[\u4e00-\u9fff]{2,3}")


@lru_cache(maxsize=1)
def table() -> dict[str, int]:
    """Surname → number of distinct labeled names it opens (empty if the table is missing)."""
    if not DATA.exists():
        return {}
    rows = (line.split("\t") for line in DATA.read_text(encoding="utf-8").splitlines() if "\t" in line)
    return {name: int(n) for name, n in rows}


def count(char: str) -> int:
    """How many distinct labeled names ``char`` opens."""
    return table().get(char, 0)


def split_names(run: str) -> list[str]:
    """Names run together (``王五李四``, ``张三王小五``) → the names; else ``[run]``.

    Six or nine characters are names of three when all parts but one at most open with a
    surname; four or five split
    where both parts are two or three characters long and open with a common surname, and
    only where there is one such place (``苗王卉子`` stays whole); five, failing that, into a name of two with a
    common surname and one of three that jieba reads as a person's, opening with a rarer surname; seven or eight
    into names of two and three characters, where there is one way to part them that opens each with a surname of the
    table, a common one each.
    """
    if len(run) in (6, 9):
        parts = [run[i : i + 3] for i in range(0, len(run), 3)]
        return parts if sum(count(p[0]) >= 2 for p in parts) >= len(parts) - 1 else [run]
    if len(run) in (7, 8):
        # names of two and three characters (李兵高世友杜晓蒙): the one way to part them where each opens with a surname
        # of the table, each a common one (not 王海梅付强李兵: 王海 梅付强 李兵 or 王海梅 付强 李兵), and none a
        # township's bare name (周庄 of 刘洋高世友周庄)
        ways = [parts for parts in _parted(run) if all(count(p[0]) >= 2 for p in parts)]
        return ways[0] if len(ways) == 1 and all(count(p[0]) >= COMMON and not _a_place(p) for p in ways[0]) else [run]
    if len(run) not in (4, 5):
        return [run]
    cuts = [i for i in (2, 3) if 2 <= len(run) - i <= 3 and count(run[0]) >= COMMON and count(run[i]) >= COMMON]
    if not cuts and len(run) == 5:
        # a name of three that opens with a rarer surname, which jieba reads as one person's name, beside one of two
        # with a common surname (张丽覃志明, 覃志明张丽)
        from .words import words

        def person(name: str) -> bool:
            ws = words(name)
            return count(name[0]) > 0 and len(ws) == 1 and ws[0].pos == "nr"

        cuts = [i for i, (two, three) in ((2, (run[:2], run[2:])), (3, (run[3:], run[:3])))
                if count(two[0]) >= COMMON and person(three)]
    return [run[: cuts[0]], run[cuts[0]:]] if len(cuts) == 1 else [run]


def _a_place(name: str) -> bool:
    """Whether a part of a run of names is a township's bare name (周庄 of 周庄镇, 黄桥 of 黄桥镇): where a report was
    made, no one's name (not a county's: 武强, 余庆, 高明 are given names as often).

    Examples:
        >>> _a_place("周庄"), _a_place("高世友")
        (True, False)
    """
    from .towns import towns

    return any(name + level in towns() for level in ("镇", "乡"))


def _parted(run: str) -> list[list[str]]:
    """Every way to part ``run`` into pieces of two and three characters.

    Examples:
        >>> _parted("甲乙丙丁戊")
        [['甲乙', '丙丁戊'], ['甲乙丙', '丁戊']]
    """
    ways = [[run]] if len(run) in (2, 3) else []
    for i in (2, 3):
        if len(run) - i >= 2:
            ways += [[run[:i], *parts] for parts in _parted(run[i:])]
    return ways


def learn(lines: Iterable[str]) -> Counter:
    """Count the first characters of the distinct Chinese person names of NER JSONL lines."""
    names = set()
    for line in lines:
        record = json.loads(line)
        for e in record.get("entities", ()):
            if e.get("type") == "PER" and _HAN_NAME.fullmatch(e["text"]):
                names.add(e["text"])
    return Counter(n[0] for n in names)


def main(argv: list[str] | None = None) -> int:
    """``python -m kg.surnames [EVAL_DIR]``: rebuild ``kg/data/surnames.tsv``."""
    root = Path((argv if argv is not None else sys.argv[1:] or ["../shared/eval"])[0])
    counts: Counter = Counter()
    for source in SOURCES:
        with (root / source).open(encoding="utf-8") as f:
            counts += learn(f)
    rows = sorted(((c, n) for c, n in counts.items() if n >= 2), key=lambda r: (-r[1], r[0]))
    DATA.write_text("".join(f"{c}\t{n}\n" for c, n in rows), encoding="utf-8")
    print(f"{len(rows)} surnames written to {DATA}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
