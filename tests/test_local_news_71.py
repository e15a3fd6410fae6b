"""Constructions of the seventy-first round's pages (waste sorting, traditional medicine, farmland, heritage,
investment signings, chambers of commerce, buses, youth palaces), each on a short text written for the test."""
from tests.conftest import credits, facts, names


def test_a_function_word_before_a_level_s_own_bureau_opens_no_place():
    text = "白石县推进农田建设\n全市今年建设农田5万亩，其中市农业农村局负责2万亩。\n"
    assert "市农业农村局" in names(text, "Organization")
    assert "中市" not in names(text, "Place") and "中市农业农村局" not in names(text, "Organization")


def test_a_quoted_campaign_is_no_village_and_is_part_of_the_meeting_that_launches_it():
    text = ("青山市召开“千企帮千村”行动启动大会暨乡贤座谈会\n"
            "6日，青山市召开“千企帮千村”行动启动大会暨乡贤座谈会。会议指出，开展“千企帮千村”是重要举措。\n")
    assert "千企帮千村" not in names(text, "Place")
    assert ("“千企帮千村”行动启动大会暨乡贤座谈会", "partOf", "千企帮千村") in facts(text)


def test_a_league_or_a_party_named_with_its_central_committee():
    text = "白石区开展假期活动\n为响应共青团中央开展“快乐暑假”活动的号召，白石区团委开展假期关爱活动。\n"
    assert "共青团中央" in names(text, "Organization")


def test_a_village_named_for_its_side_after_its_town():
    text = "白石镇通公交\n1月7日，白石镇下李村的村民坐上了新开通的公交车。\n"
    assert "下李村" in names(text, "Place") and "李村" not in names(text, "Place")


def test_a_venue_where_an_event_is_held_is_no_person():
    text = "白石镇举办夏令营\n7月11日上午，白石镇关工委组织的夏令营在柳岸琴枫举行开营仪式。\n"
    assert "柳岸琴枫" not in names(text, "Person")


def test_places_named_by_their_first_characters_and_counted_are_no_person():
    text = "沈白两地签约\n近日，沈阳市与白石县签订协作协议，沈白两地将持续深化产业合作。\n"
    assert "沈白" not in names(text, "Person")


def test_credits_among_a_page_s_fields_and_buttons():
    text = ("白石镇开展环境整治\n2018-04-14 来源:白石镇 作者:罗小兰,陈大宏 点击: 12\n"
            "近日，白石镇开展环境整治。\n【收藏】 责任编辑: 龙小冰\n")
    assert credits(text) == {("author", "罗小兰"), ("author", "陈大宏")}
    assert "龙小冰" not in names(text, "Person")


def test_a_dateline_with_the_hour_and_a_closing_credit_glued_to_its_role():
    text = "白石县开展消费帮扶\n青山网-青山客户端9月28日18时讯(记者 赵小东)白石县开展消费帮扶活动。\n"
    assert credits(text) == {("author", "赵小东")}
    text = "白石县开展消费帮扶\n近日，白石县开展消费帮扶活动。(记者李小四 王五)\n"
    assert credits(text) == {("author", "李小四"), ("author", "王五")}
    text = "白石县开展消费帮扶\n近日，白石县开展消费帮扶活动。(记者李小四 通讯员 王五)\n"
    assert credits(text) == {("author", "李小四"), ("contributor", "王五")}


def test_a_town_whose_first_characters_the_recognizer_read_apart():
    text = "白石镇开展整治\n他说：“清凉峰镇集镇道路较窄，车辆乱停时有发生。”\n"
    assert "清凉" not in names(text, "Place") and "清凉峰镇" in names(text, "Place")


def test_teams_that_win_places_of_the_article_s_event_take_part_in_it():
    text = ("白石区门球交流活动落幕\n近日，2021年白石区门球交流活动落幕。\n"
            "经过对决，最终，青山队、白石队、东湖队获得本次交流会前六名，白石中学王小明获得本次交流会第一名。\n")
    found = facts(text)
    event = "2021年白石区门球交流活动"
    assert {(event, "participant", team) for team in ("青山队", "白石队", "东湖队")} <= found
    assert (event, "participant", "白石中学") not in found  # (the winner's school: no team)
