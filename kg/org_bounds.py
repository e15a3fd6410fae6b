"""Where an organisation name begins, learned from labeled NER data.

An organisation name read leftwards from its head (…委员会, …党支部) ends at a
word that rarely stands inside a name: 指出, 加快, 认真, 面向. Such **boundary
words** are learned from the organisation spans of labeled newswire, not typed
in: a word seen at least ``MIN_SEEN`` times that stands inside an organisation
name at most ``MAX_INSIDE`` of the time. The organisation extractor stops at
one unless jieba tags it as a noun in the sentence at hand (志愿 in
志愿服务队 is rare inside names of 1998 newswire, yet a noun there).

Built by one command from the training splits only (MSRA train, People's Daily
1998, CLUENER train), shipped as ``kg/data/org_bounds.json``::

    python -m kg.org_bounds ../shared/eval/msra/train.jsonl \\
        ../shared/eval/peoples-daily-1998/train.jsonl ../shared/eval/cluener/train.jsonl

Examples:
    >>> "指出" in boundary_words(), "服务" in boundary_words()
    (True, False)
    >>> learn([{"text": "他指出，外交部发言人说。", "entities": [{"start": 4, "end": 7, "type": "ORG"}]}], min_seen=1)
    ['他', '发言人', '指出', '说']
"""
from __future__ import annotations

import json
import sys
from collections import Counter
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

MODEL = Path(__file__).parent / "data" / "org_bounds.json"
MIN_SEEN = 20      # a boundary word is seen this often
MAX_INSIDE = 0.01  # and stands inside an organisation name at most this often


def learn(records: Iterable[dict], min_seen: int = MIN_SEEN, max_inside: float = MAX_INSIDE) -> list[str]:
    """Boundary words from ``{"text", "entities"}`` records (their ``ORG`` spans), sorted."""
    from .words import words

    seen, inside = Counter(), Counter()
    for r in records:
        orgs = [(e["start"], e["end"]) for e in r["entities"] if e["type"] == "ORG"]
        for w in words(r["text"]):
            seen[w.text] += 1
            if any(s <= w.start and w.end <= e for s, e in orgs):
                inside[w.text] += 1
    return sorted(w for w, n in seen.items() if n >= min_seen and inside[w] / n <= max_inside
                  and all("\u4e00" <= c <= "\u9fff" for c in w))


@lru_cache(maxsize=1)
def boundary_words() -> frozenset[str]:
    """Words that end an organisation name when it is read leftwards from its head."""
    return frozenset(json.loads(MODEL.read_text(encoding="utf-8"))["boundary_words"])


def main(argv: list[str] | None = None) -> int:
    from .errors import InputError
    from .ner_eval import read_jsonl
    from .rdf import write_atomic

    args = sys.argv[1:] if argv is None else argv
    if not args:
        print("usage: python -m kg.org_bounds TRAIN.jsonl...", file=sys.stderr)
        return 2
    try:
        records = [r for path in args for r in read_jsonl(path)]
    except InputError as e:
        print(f"kg.org_bounds: {e}", file=sys.stderr)
        return 1
    model = {"sources": [Path(p).as_posix().split("shared/")[-1] for p in args],
             "min_seen": MIN_SEEN, "max_inside": MAX_INSIDE, "boundary_words": learn(records)}
    write_atomic(MODEL, (json.dumps(model, ensure_ascii=False, indent=0) + "\n").encode("utf-8"))
    print(f"{len(model['boundary_words'])} boundary words → {MODEL}")
    return 0


if __name__ == "__main__":
    sys.exit(main())


MIN_CENTRES = 2  # a word before 中心 names bodies at least this often in the training names
CENTRE_RATIO = 3  # and at least this many times as often as places


@lru_cache(maxsize=1)
def centre_heads() -> frozenset[str]:
    """The words that make …中心 a body, learned from the recognizer's training names: 研究中心 and
    管理中心 name organisations there, 会展中心 and 购物中心 places.

    Examples:
        >>> "研究中心" in centre_heads(), "会展中心" in centre_heads()
        (True, False)
    """
    from .neural import training_names
    from .words import in_dictionary, words

    counts: dict[str, Counter] = {}
    for name, label in training_names():
        if name.endswith("中心") and len(name) >= 4 and label in ("ORG", "LOC"):
            last = words(name[:-2])[-1]  # the word before 中心 (研究, 信息; not 用卡 of 信用卡), no name
            if len(last.text) >= 2 and in_dictionary(last.text) and last.pos not in ("ns", "nr", "nz", "nt"):
                counts.setdefault(last.text, Counter())[label] += 1
    return frozenset(w + "中心" for w, c in counts.items()
                     if c["ORG"] >= MIN_CENTRES and c["ORG"] >= CENTRE_RATIO * c["LOC"])


MIN_ENDING = 5  # an ending closes organisation names at least this often in the training names
ENDING_RATIO = 10  # and at least this many times as often as place names


@lru_cache(maxsize=1)
def org_endings() -> tuple[str, ...]:
    """The two- and three-character endings that close organisation names in the recognizer's
    training names and almost never place names (剧团, 乐团, 使馆, 大学; not 剧院, which closes
    as many theatres as troupes): a span a tagger reads as a place but closed by one is a body.

    Examples:
        >>> "乐团" in org_endings(), "剧院" in org_endings(), "街道" in org_endings()
        (True, False, False)
    """
    from .neural import training_names

    counts: dict[str, Counter] = {}
    for name, label in training_names():
        for k in (2, 3):
            if len(name) > k + 1 and label in ("ORG", "LOC"):
                counts.setdefault(name[-k:], Counter())[label] += 1
    return tuple(sorted(e for e, c in counts.items()
                        if c["ORG"] >= MIN_ENDING and c["ORG"] >= ENDING_RATIO * max(1, c["LOC"])))
