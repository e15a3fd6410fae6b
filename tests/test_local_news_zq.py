"""Names and facts in the shapes the fifty-ninth round's pages (fire and rescue brigades, drug control, blood donation
and volunteers, e-commerce and livestream selling, expos and signing ceremonies, logistics parks, quality and
standards, childcare and preschools) write them: a photo's short caption closed with 。 over the dateline; a verb
right before a body that stands alone by its level; a village's body after a name jieba cuts from its level; two
districts joined by 和; a site's button to follow it and the checks parted by bars; the publisher's own level before
an event's year; a body after its term that opens its meeting's name; a slogan that makes a level strong; a note
in brackets after a post; a quoted slogan of three phrases; a centre's section, named from the recognizer's start.
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
    # (inside an article, a short sentence of the body stays there, no next article's headline nor a caption)
    text = ("白石网5月8日讯（记者 王小川）5月8日，消防救援大队接到报警。\n\n记者赶到现场。\n\n"
            "青山网5月9日讯（记者 李小木）5月9日，青山县举办农民丰收节。\n")
    articles = [a for d in kg.build(text).documents for a in d.articles]
    assert [a.headline for a in articles] == ["", ""] and not any(a.captions for a in articles)
    assert "记者赶到现场。" in [s.text for s in articles[0].sentences]


def test_a_verb_right_before_a_body_that_stands_alone_is_no_part_of_it():
    text = "为积极响应县委、县政府的号召，群众纷纷涌向村委会门前报名参加。"
    orgs = names(text, "Organization")
    assert {"县委", "县政府", "村委会"} <= orgs and not any(o.startswith(("积极", "涌向")) for o in orgs)
    assert not names(text, "Place")  # (no 应县 of 响应县委, no 涌向村)
    # (a village named by a verb, after the clause's verb, keeps its name: 建设村)
    assert "建设村委会" in names("工作组来到建设村委会调研。", "Organization")
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
    assert is_furniture("关注湖北热线") and is_furniture("关注郑州网")
    assert not any(is_furniture(t) for t in ("关注民生", "关注网络安全", "关注工业互联网", "关注心理援助热线"))
    assert all(is_furniture(t) for t in ("一审|黄小光", "二审|胡 颖", "终审|皮大星"))
    assert not is_furniture("一审|判处死刑")
    text = ("青山副市长到白石县调研物流体系建设\n2023-05-30 08:20:27 来源: 青山日报\n关注湖北热线\n\n"
            "5月29日，副市长马明超在白石县调研物流体系建设时要求，各地要提高认识，整合现有资源。（记者 付小奇）\n")
    assert credits(text) == {("author", "付小奇")}


def test_the_publishers_own_level_before_an_events_year_opens_no_name():
    text = "我县2025年“全民阅读宣传月”启动仪式在青山小学举行。"
    assert "2025年“全民阅读宣传月”启动仪式" in names(text, "Initiative")
    assert not any(n.startswith("县") for n in names(text, "Initiative"))
    assert "第十届读书节" in names("本市第十届读书节开幕式在市图书馆举行。", "Initiative")


def test_a_body_after_its_term_that_opens_a_meetings_name_holds_it():
    text = "4月21日，白沙区区长王小选主持召开七届区政府第12次常务会议，研究安全生产工作。"
    found = facts(text)
    assert ("七届区政府第12次常务会议", "organizer", "区政府") in found
    assert ("七届区政府第12次常务会议", "participant", "区政府") not in found


def test_a_slogan_that_makes_a_level_strong_is_no_place():
    text = "县领导、质量强县工作委员会各成员单位负责同志出席会议，会议总结了工业强市工作成效。"
    assert "质量强县工作委员会" in names(text, "Organization")
    assert not names(text, "Place")
    assert "武强县" in names("武强县政府召开会议。", "Place")  # (a county whose name ends so)


def test_a_note_in_brackets_after_a_post_keeps_the_chain_of_titles():
    text = "市交通局党组副书记、副局长(挂职)、市公路管理局局长蒋小浏参加调研。"
    found = facts(text)
    assert {("蒋小浏", "memberOf", "市交通局"), ("蒋小浏", "memberOf", "市公路管理局")} <= found


def test_a_quoted_slogan_of_three_phrases_names_its_activity():
    text = "白沙县红十字会开展“学党史、颂党恩、献爱心”集体献血活动。"
    assert ("学党史、颂党恩、献爱心", "organizer", "白沙县红十字会") in facts(text)


def test_a_centres_section_is_the_centres():
    # (the whole section from the trained recognizer's start where the walk began inside the tagger's body: 城市 cut it)
    text = "会后，静安区城市运行管理中心督办工作科同志作业务培训。"
    assert ("静安区城市运行管理中心督办工作科", "parentOrganization", "静安区城市运行管理中心") in facts(text)
    text = "会后，浦东新区应急管理中心热线工作科同志作业务培训。"
    assert ("浦东新区应急管理中心热线工作科", "parentOrganization", "浦东新区应急管理中心") in facts(text)
    text = "沧州市中心血站策划宣传科科长王小五，率领志愿者参观。"
    assert not any(o == "沧州市中心" for _, _, o in facts(text))  # (the city's centre, no body)


def test_the_reviews_near_misses_stay_as_they_should():
    # (a later article's photo under its title, over its dateline, is its caption; the title stays the title)
    text = ("白石网5月8日讯（记者 王小川）5月8日，白石县举办消防演练。\n\n青山县举办农民丰收节\n\n丰收节现场。\n\n"
            "青山网5月9日讯（记者 李小木）5月9日，青山县举办农民丰收节。\n")
    articles = [a for d in kg.build(text).documents for a in d.articles]
    assert [a.headline for a in articles] == ["", "青山县举办农民丰收节"]
    assert [c[2] for c in articles[1].captions] == ["丰收节现场。"] and not articles[0].captions
    # (with a subtitle under the title: the title and the subtitle stay the next article's)
    text = text.replace("丰收节现场。", "——首届丰收节开幕\n\n活动现场。")
    articles = [a for d in kg.build(text).documents for a in d.articles]
    assert articles[1].headline == "青山县举办农民丰收节" and articles[1].subtitle == "——首届丰收节开幕"
    assert [c[2] for c in articles[1].captions] == ["活动现场。"]
    # (a follow button with its prefix or its account; a national site)
    assert all(is_furniture(t) for t in ("扫码关注郑州网", "关注湖北热线微信公众号", "关注新华网"))
    assert not is_furniture("关注湖南电网") and not is_furniture("关注国家电网")  # (utilities: headlines)
    # (kinds listed in one quotation before 等 are no name)
    assert not names("县公安局开展“扫黄打非、禁毒、反诈”等专项行动。", "Initiative")
    # (a village named by a verb after a place keeps its name; a note 兼职 after a post keeps the chain)
    assert "白石镇建设村委会" in names("白石镇建设村委会组织村民清理河道。", "Organization")
    assert ("赵小明", "memberOf", "县教育局") in facts("县教育局局长（兼职）赵小明主持会议。")
