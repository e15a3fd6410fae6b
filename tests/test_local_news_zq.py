"""Names and facts in the shapes the fifty-ninth round's pages (fire and rescue brigades, drug control, blood donation
and volunteers, e-commerce and livestream selling, expos and signing ceremonies, logistics parks, quality and
standards, childcare and preschools) write them: a photo's short caption closed with 。 over the dateline; a verb
right before a body that stands alone by its level; a village's body after a name jieba cuts from its level; two
districts joined by 和; a site's button to follow it and the checks parted by bars; the publisher's own level before
an event's year.
"""
import kg
from kg.lines import is_caption, is_closed_caption, is_furniture
from tests.conftest import credits, facts, names


def test_a_short_caption_closed_with_a_full_stop_is_a_photos():
    assert is_caption("会议现场。") and is_closed_caption("活动现场。") and is_closed_caption("校长李小四讲话。")
    assert not is_closed_caption("会议现场") and not is_closed_caption("他们赶到施工现场检查安全。")
    text = ("会议现场。\n\n青山网9月13日讯（记者 张小广）9月13日，第七届青山省科协学术年会在白石市召开。"
            "省科协主席马小洁致开幕词。\n\n本次年会设立一个主会场和八个分会场。\n")
    articles = [a for d in kg.build(text).documents for a in d.articles]
    assert len(articles) == 1 and articles[0].headline == ""
    assert articles[0].dateline == "青山网9月13日讯" and [c[2] for c in articles[0].captions] == ["会议现场。"]


def test_a_verb_right_before_a_body_that_stands_alone_is_no_part_of_it():
    text = "为积极响应县委、县政府的号召，群众纷纷涌向村委会门前报名参加。"
    orgs = names(text, "Organization")
    assert {"县委", "县政府", "村委会"} <= orgs and not any(o.startswith(("积极", "涌向")) for o in orgs)
    assert not names(text, "Place")  # (no 应县 of 响应县委, no 涌向村)
    # (not a verb before a body that stands alone by no level: 会上市发改委, jieba's 上市, is the city's)
    text = "9月2日，全区安全生产专班第三次会议召开，应急、交通等部门负责人出席。会上市发改委通报专班运行情况。"
    assert "市发改委" in names(text, "Organization")


def test_a_villages_body_keeps_the_villages_name_that_jieba_cuts_from_its_level():
    text = "3月5日，白石县青山镇汉下村村委会门前人头攒动。"
    assert "汉下村村委会" in names(text, "Organization") and "村村委会" not in names(text, "Organization")


def test_a_district_after_and_is_no_city_made_of_and_and_its_first_characters():
    text = "调研组察看了白沙物流园用地和龙马潭区冷链仓储基地，听取了情况汇报。"
    places = names(text, "Place")
    assert "龙马潭区冷链仓储基地" in places and not any(p.startswith("和龙") for p in places)
    assert ("龙马潭区冷链仓储基地", "containedInPlace", "龙马潭区") in facts(text)
    assert "和布克赛尔县税务局" in names("和布克赛尔县税务局召开会议。", "Organization")  # (a county's own 和)


def test_a_sites_follow_button_and_checks_parted_by_bars_are_furniture():
    assert is_furniture("关注青山热线") and is_furniture("关注白石网")
    assert not is_furniture("关注民生") and not is_furniture("关注网络安全")
    assert all(is_furniture(t) for t in ("一审|黄小光", "二审|胡 颖", "终审|皮大星"))
    assert not is_furniture("一审|判处死刑")
    text = ("青山副市长到白石县调研物流体系建设\n2023-05-30 08:20:27 来源: 青山日报\n关注青山热线\n\n"
            "5月29日，副市长马明超在白石县调研物流体系建设时要求，各地要提高认识，整合现有资源。（记者 付小奇）\n")
    assert credits(text) == {("author", "付小奇")}


def test_the_publishers_own_level_before_an_events_year_opens_no_name():
    text = "我县2025年“全民阅读宣传月”启动仪式在青山小学举行。"
    assert "2025年“全民阅读宣传月”启动仪式" in names(text, "Initiative")
    assert not any(n.startswith("县") for n in names(text, "Initiative"))
