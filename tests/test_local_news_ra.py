"""Page layouts, credits and names that the thirty-third round's fresh sets showed kg misreading (web pages' menus,
breadcrumbs and titles, a leaders' subtitle, 记者A报道 without a colon), and people that a precision audit of national
news found to be places, a country's side or a pair of countries.

Each test is a short text written for it; docs/extraction.md ("Thirty-third round") says why.
"""
from __future__ import annotations

import kg
from kg.lines import is_furniture
from tests.conftest import credits, headlines

BODY = "3月20日，青山县交通运输局召开会议，部署青山大道建设。会议要求各乡镇加快征地拆迁。"


def _types(text: str) -> dict[str, str]:
    return {e.name: e.type for e in kg.build(text).entities.values() if e.mentions}


def test_a_name_the_labeled_data_knows_as_a_place_is_no_person():
    types = _types("马里总统、贝宁总统和加纳总统出席了峰会。俄军进入叶伊斯克。")
    assert types["贝宁"] == "Place" and types["马里"] == "Place" and types["叶伊斯克"] == "Place"
    # a title before it makes it a person's name, in every mention of the article
    assert _types("青山县县长贝宁出席会议。贝宁表示欢迎。").get("贝宁") == "Person"
    # a common surname and one character is a person's name as often (高明), unless a country's word follows
    assert _types("高明、李红、王小兵等老师获评优秀班主任。").get("高明") == "Person"
    # a foreign person's full name with a place's ending stays a person
    assert _types("青山汽车公司首席执行官埃隆·马斯克5日宣布新车上市。").get("埃隆·马斯克") == "Person"


def test_a_countrys_side_and_a_pair_of_countries_are_no_people():
    types = _types("加拿大外长访问中国。双方就中加关系交换意见，加方表示愿意合作。")
    assert "加方" not in types
    types = _types("泰国和柬埔寨发生冲突。泰柬双方同意停火。")
    assert "泰柬" not in types and types.get("柬埔寨") == "Place"
    assert "罗方" not in _types("罗马尼亚总统访问中国。中罗双方签署文件，罗方表示愿意合作。")
    # in news of no countries, and in a list of people, a name like a side stays a person's
    assert _types("黄冈市召开农业工作会议。黄方在会上发言。").get("黄方") == "Person"
    assert _types("罗马尼亚代表团访华。双方会谈后，罗方、李强等出席了签约仪式。").get("罗方") == "Person"
    # a person whose name opens with a country's character stays one: no such country named, or a title before him
    assert _types("青山县县长罗方出席会议。").get("罗方") == "Person" and _types("罗方说，今年收成很好。")["罗方"] == "Person"
    assert _types("罗马尼亚客商来访，青山县县长罗方会见了客人。罗方表示欢迎。").get("罗方") == "Person"


def test_a_sites_menu_breadcrumb_and_clipping_line_are_furniture():
    assert is_furniture("首页>新闻·动态>县区要闻") and is_furniture("首页| 滚动| 国内| 国际| I T| 财经")
    assert is_furniture("20210606期来自:青山日报") and is_furniture("来自：青山县融媒体中心")
    assert not is_furniture("来自青山县的林小雨说：很好。")
    assert not is_furniture("青山｜绿水｜人家")  # (three parts: a headline's)
    # a row of names or a table's row is no menu; a footer's row with spaced bars is read at once
    assert not is_furniture("林小红｜王大明｜赵志刚｜钱文静｜孙海燕｜周建国")
    assert not is_furniture("1| 青山大道| 白石镇| 5亿元| 在建| 县交通局")
    assert is_furniture("  |  ".join(["网站首页", "政务公开"] * 12))
    assert not is_furniture("  |  ".join(["网站首页", "政务公开"] * 12 + ["版权所有：青山县人民政府办公室"]))
    text = "首页| 滚动| 国内| 国际| 社会| 财经\nEnglish| 图片| 视频| 直播| 娱乐| 体育\n\n青山大道建设提速\n\n" + BODY
    assert headlines(text) == ["青山大道建设提速"]
    assert headlines("首页>要闻·动态>县区新闻 县区新闻\n\n青山大道建设提速\n\n" + BODY) == ["青山大道建设提速"]
    assert headlines("青山大道建设提速\n\n20210606期来自:青山日报\n\n" + BODY) == ["青山大道建设提速"]


def test_the_pages_title_with_the_sites_name_is_no_headline():
    text = "青山大道建设提速\n\n31.12.2016  03:32\n青山大道建设提速 - 青山新闻网\n\n" + BODY
    assert headlines(text) == ["青山大道建设提速"]
    assert headlines("青山大道建设提速 - 青山新闻网\n\n青山大道建设提速\n\n" + BODY) == ["青山大道建设提速"]
    # a line with a dash that is not the headline said again stays what it is
    assert headlines("青山大道建设提速 - 全线贯通\n\n" + BODY) == ["青山大道建设提速 - 全线贯通"]


def test_a_line_of_leaders_at_the_event_is_the_subtitle():
    assert headlines("青山县召开全县经济工作会议\n\n林小雨主持\n\n" + BODY) == ["青山县召开全县经济工作会议"]
    assert headlines("青山新区举行项目集中签约仪式\n\n林小雨赵大勇见证签约\n\n" + BODY) == ["青山新区举行项目集中签约仪式"]
    # a second line of like length that names no one doing so, or names a group, stays the headline's
    assert headlines("第五届青山茶文化节隆重开幕\n\n海内外嘉宾出席\n\n" + BODY) == ["第五届青山茶文化节隆重开幕 海内外嘉宾出席"]
    assert headlines("青山县第十届人民代表大会开幕\n\n各界代表出席\n\n" + BODY) == ["青山县第十届人民代表大会开幕 各界代表出席"]
    assert headlines("青山县召开全县经济工作会议\n\n全力推动高质量发展\n\n" + BODY) == [
        "青山县召开全县经济工作会议 全力推动高质量发展"]


def test_reporter_then_baodao_then_a_space_after_a_dateline():
    text = "青山大道建设提速\n\n本报讯 记者林小雨报道 " + BODY
    assert credits(text) == {("author", "林小雨")}
    assert credits(text.replace("记者林小雨报道 ", "记者林小雨报道：")) == {("author", "林小雨")}
    assert credits(text.replace("林小雨", "跟踪")) == set()  # no name before 报道


def test_a_button_after_the_sources_unit_is_no_author():
    text = "青山大道建设提速\n\n2015年09月15日 18:29 来源:青山新闻网 参与互动\n\n" + BODY
    assert credits(text) == set()
    assert credits(text.replace("参与互动", "林小雨")) == {("author", "林小雨")}
    unit = "青山大道建设提速\n\n来源：青山县委宣传部 {}\n\n" + BODY
    assert credits(unit.format("分享到")) == set() and credits(unit.format("扫一扫")) == set()
    assert credits(unit.format("林小雨")) == {("author", "林小雨")}


def test_the_countryside_and_what_it_is_like_is_no_village():
    types = _types("为建设宜居宜业和美乡村，青山县白石镇开展人居环境整治。")
    assert "美乡村" not in types and types.get("白石镇") == "Place"
