"""Names and facts that a precision audit of the thirty-second round found wrong on news kg was never tuned on: an
event named by its kind alone merged across an archive, departments named for two fields, places read into words.

Each test is a short text written for it; docs/extraction.md ("Thirty-second round") says why.
"""
from __future__ import annotations

import kg
from kg.extract.ner import mend_bodies
from kg.model import Mention


def _entities(g, name: str) -> list:
    return [e for e in g.entities.values() if e.name == name]


def _facts(g) -> set[tuple[str, str, str]]:
    return {(s, p, o) for s, p, o, _ in g.named_facts()}


def test_a_press_conference_named_by_its_kind_is_each_articles_own():
    first = "青山县召开新闻发布会\n\n3月20日，青山县政府召开新闻发布会，介绍青山大道建设情况。"
    second = "白石市召开新闻发布会\n\n4月2日，白石市政府召开新闻发布会，介绍春耕备耕情况。"
    g = kg.build(text=[first, second])
    assert len(_entities(g, "新闻发布会")) == 2
    # a name of its own (a year, a place, a quotation) is one event wherever it is told
    named = [t.replace("新闻发布会", "2024青山旅游节新闻发布会") for t in (first, second)]
    assert len(_entities(kg.build(text=named), "2024青山旅游节新闻发布会")) == 1


def test_a_department_of_housing_and_urban_rural_construction_holds_no_place():
    g = kg.build("县住房和城乡建设局局长林小雨出席会议。")
    assert [e.name for e in g.entities.values() if e.type == "Place"] == []
    assert ("林小雨", "memberOf", "县住房和城乡建设局") in _facts(g)
    # a township's own name before its level stays a place
    g = kg.build("青山县白石乡政府召开会议。")
    assert {"青山县", "白石乡"} <= {e.name for e in g.entities.values() if e.type == "Place"}


def test_a_road_or_a_gully_named_after_a_city_is_not_in_the_city():
    g = kg.build("白石县北岭乡长春沟村村民林小雨种植了50亩人参。")
    assert not _entities(g, "长春市")
    assert ("长春沟村", "containedInPlace", "北岭乡") in _facts(g)
    assert not _entities(kg.build("南京路小学举行开学典礼。"), "南京市")
    # a body named with the city's bare name is still the city's
    assert ("郑州信大公司", "location", "郑州市") in _facts(kg.build("郑州信大公司召开年会。"))


def test_a_department_named_for_two_fields_is_one_body():
    g = kg.build("青山省工业和信息化厅厅长林小雨出席会议。")
    assert ("林小雨", "memberOf", "青山省工业和信息化厅") in _facts(g)
    # a second body after 和 stays a body of its own; 部门 is no department's head
    g = kg.build("青山融媒体总台和国家体育总局联合发布通知。")
    assert {"青山融媒体总台", "国家体育总局"} <= {e.name for e in g.entities.values()}
    cut = [Mention(0, 5, "Organization", "青山省工业", 1)]
    assert [m.text for m in mend_bodies(cut, "青山省工业和信息化厅厅长")] == ["青山省工业和信息化厅"]
    assert [m.text for m in mend_bodies(cut, "青山省工业和信息化部门主任")] == ["青山省工业"]
    cut = [Mention(0, 6, "Organization", "青山省工业和", 1)]  # (和 read into the first half)
    assert [m.text for m in mend_bodies(cut, "青山省工业和信息化厅厅长")] == ["青山省工业和信息化厅"]


def test_a_route_named_by_its_two_places_is_one_place_in_neither():
    g = kg.build("信阳至南阳高速公路今天全线贯通。")
    assert "信阳至南阳高速公路" in {e.name for e in g.entities.values() if e.type == "Place"}
    assert not _entities(g, "南阳高速公路") and not any(s == "信阳至南阳高速公路" for s, _, _ in _facts(g))
    g = kg.build("新建西宁至成都铁路改建工程正式开工。")
    assert ("西宁至成都铁路改建工程", "location", "西宁至成都铁路") in _facts(g)
    # places the tagger knows, out of the gazetteer; 至今 joins no places
    assert _entities(kg.build("莫斯科至喀山高速公路今天通车。"), "莫斯科至喀山高速公路")
    assert not any("高铁" in e.name for e in kg.build("信阳至今已建成高铁三条。").entities.values())
    # 至 in a county's name joins no places
    assert ("东至县", "containedInPlace", "池州市") in _facts(kg.build("东至县召开春耕工作会议。"))


def test_a_place_cut_inside_the_word_after_it_is_the_place_before_that_word():
    g = kg.build("游客从香港西九龙站出发前往广州。")
    assert not _entities(g, "香港西") and _entities(g, "香港特别行政区")
    # a place closed by its level stays whole, whatever word the cut runs into (龙口镇 of 龙口 + 镇主 + 灌区)
    g = kg.build("白石县龙口镇主灌区完成春灌。")
    assert _entities(g, "龙口镇") and not _entities(g, "龙口市")


def test_the_kind_after_campaigns_listed_with_deng_names_none_of_them():
    g = kg.build("青山县人社局组织开展“春风送岗”“暖心招聘”等专项行动。")
    assert {e.name for e in g.entities.values() if e.type == "Initiative"} == {"春风送岗", "暖心招聘"}
    assert ("春风送岗", "organizer", "青山县人社局") in _facts(g)
    # titles quoted side by side before an activity's kind are no campaigns
    assert not _entities(kg.build("青山小学举办“春晓”“静夜思”古诗朗诵活动。"), "春晓")
    # two quotations side by side are a list: neither is part of the other
    assert not [f for f in _facts(g) if f[1] == "partOf"]


def test_the_reviews_guards():
    # a body of the city whose name goes on with 路桥 or 街舞 is the city's; a township 李家乡 stays a place
    assert ("郑州路桥建设公司", "location", "郑州市") in _facts(kg.build("郑州路桥建设公司董事长王五出席会议。"))
    assert _entities(kg.build("青山县李家乡人民政府召开会议。"), "李家乡")
    assert not [e for e in kg.build("县城乡规划局局长李四出席会议。").entities.values() if e.type == "Place"]
    # no field of a place before 和: two bodies
    g = kg.build("青山县卫生健康委和民政局联合检查。")
    assert _entities(g, "青山县卫生健康委") and not any("和民政局" in e.name for e in g.entities.values())
    # a body named for a route opens with the route, and is on it
    g = kg.build("信阳至南阳高速公路管理处处长李四出席会议。")
    assert _facts(g) == {("李四", "memberOf", "信阳至南阳高速公路管理处"),
                         ("信阳至南阳高速公路管理处", "location", "信阳至南阳高速公路")}
    assert _facts(kg.build("信阳至南阳高速公路改扩建工程正式开工。")) == {
        ("信阳至南阳高速公路改扩建工程", "location", "信阳至南阳高速公路")}
    # a forum named with common words is one wherever it is told
    texts = ["青山县举办人民论坛\n\n3月20日，青山县举办人民论坛。", "白石市举办人民论坛\n\n4月2日，白石市举办人民论坛。"]
    assert len(_entities(kg.build(text=texts), "人民论坛")) == 1
