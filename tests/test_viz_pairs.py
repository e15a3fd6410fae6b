"""Co-mentions counted in numpy arrays give what a Counter of pairs gives."""
from __future__ import annotations

import random
from collections import Counter
from itertools import combinations

import pytest

import kg.viz.data as data


def _by_counter(nodes, keep):
    pairs: Counter = Counter()
    for n in nodes:
        if n["t"] == "Article":
            pairs.update(combinations(sorted({node for _, _, node in n["hl"]}), 2))
    partners: dict = {}
    for (a, b), count in pairs.items():
        partners.setdefault(a, []).append((b, count))
        partners.setdefault(b, []).append((a, count))
    best = {n: [[m, c] for m, c in sorted(p, key=lambda mc: (-mc[1], mc[0]))[:keep]] for n, p in sorted(partners.items())}
    return sorted(pairs.items()), best


@pytest.mark.parametrize("seed", [1, 2, 3])
@pytest.mark.parametrize("one_key", [True, False])
def test_pairs_and_co_mentions_as_a_counter_gives(seed, one_key, monkeypatch):
    if not one_key:  # as if the nodes were too many for one sort key
        monkeypatch.setattr(data, "_sorted_pairs", None)
        monkeypatch.setattr(data, "_KEY_BITS", 0)
    rng = random.Random(seed)
    nodes = [{"t": "Article", "hl": [[0, 1, rng.randrange(60, 140)] for _ in range(rng.randrange(1, 12))]}
             for _ in range(60)] + [{"t": "Person"}] * 80
    pairs, best = _by_counter(nodes, 3)
    counted = data.Pairs.of(({n for _, _, n in a["hl"]} for a in nodes if a["t"] == "Article"), step=7)
    assert list(counted.items()) == pairs
    assert data.co_mentions(nodes, keep=3) == best
