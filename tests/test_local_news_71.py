"""Constructions of the seventy-first round's pages (waste sorting, traditional medicine, farmland, heritage,
investment signings, chambers of commerce, buses, youth palaces), each on a short text written for the test."""
from tests.conftest import facts, names


def test_a_function_word_before_a_level_s_own_bureau_opens_no_place():
    text = "白石县推进农田建设\n全县今年建设农田5万亩，其中县水利局负责2万亩。\n"
    assert "县水利局" in names(text, "Organization")
    assert "中县" not in names(text, "Place") and "中县水利局" not in names(text, "Organization")


def test_a_quoted_campaign_is_no_village_and_is_part_of_the_meeting_that_launches_it():
    text = ("青山市召开“千企帮千村”行动启动大会暨乡贤座谈会\n"
            "6日，青山市召开“千企帮千村”行动启动大会暨乡贤座谈会。会议指出，开展“千企帮千村”是重要举措。\n")
    assert "千企帮千村" not in names(text, "Place")
    assert ("“千企帮千村”行动启动大会暨乡贤座谈会", "partOf", "千企帮千村") in facts(text)


def test_a_league_or_a_party_named_with_its_central_committee():
    text = "白石区开展假期活动\n为响应共青团中央的号召，白石区团委开展假期关爱活动。\n"
    assert "共青团中央" in names(text, "Organization")


def test_a_village_named_for_its_side_after_its_town():
    text = "白石镇通公交\n1月7日，白石镇下李村的村民坐上了新开通的公交车。\n"
    assert "下李村" in names(text, "Place") and "李村" not in names(text, "Place")
