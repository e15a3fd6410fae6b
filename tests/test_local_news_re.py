"""Bodies and places that the thirty-fifth round found kg missing: a bureau named by jieba's abbreviation (环保局, 质监局)
before a verb the tagger read into one long name with the body after it, and a park whose name the tagger ran on into
its head (白石物流 of 白石物流园区).

Each test is a short text written for it; docs/extraction.md ("Thirty-fifth round") says why.
"""
from __future__ import annotations

from tests.conftest import graph


def test_an_abbreviated_bureau_before_a_verb_and_another_body():
    entities, facts = graph("青山市环保局督查县人民医院污水处理情况。")
    assert {("Organization", "青山市环保局"), ("Organization", "县人民医院")} <= entities
    assert ("青山市环保局", "location", "青山市") in facts


def test_a_park_the_tagger_reads_short_is_named_whole():
    entities, _ = graph("该项目位于白石物流园区，总投资5亿元。")
    assert ("Place", "白石物流园区") in entities
    assert ("Place", "白石物流") not in entities
