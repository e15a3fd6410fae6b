from __future__ import annotations

import kg
from kg.model import Mention
from kg.kinds import organization_kind
from kg.resolve import resolve


def M(text, type_="Organization", article=1, start=0, canonical=None):
    return Mention(start, start + len(text), type_, text, article, "test", canonical=canonical)


def names(entities):
    return sorted((e.type, e.name, tuple(e.aliases)) for e in entities)


def test_short_form_in_the_same_article_is_the_long_name():
    es, _, _ = resolve([("d", M("二七区樱桃沟党工委")), ("d", M("樱桃沟党工委", start=30)), ("d", M("32路", start=50)),
                     ("d", M("郑州公交32路", start=60))])
    assert names(es) == [("Organization", "二七区樱桃沟党工委", ("樱桃沟党工委",)),
                         ("Organization", "郑州公交32路", ("32路",))]


def test_place_and_its_city_form_are_one():
    es, _, _ = resolve([("d", M("郑州", "Place")), ("d", M("郑州市", "Place", article=2))])
    assert [x for x in names(es) if x[1] == "郑州市"] == [("Place", "郑州市", ("郑州",))]


def test_places_are_normalized_to_divisions_with_their_hierarchy():
    es, _, facts = resolve([("d", M("管城区", "Place")), ("d", M("新密", "Place", start=10)), ("d", M("城区", "Place", start=20))])
    by_id = {e.id: e for e in es}
    assert {(e.name, e.code) for e in es} == {("管城回族区", "410104"), ("新密市", "410183"), ("郑州市", "410100"),
                                               ("河南省", "410000"), ("城区", None)}
    assert {(by_id[f.subject].name, by_id[f.object].name, f.evidence[0][1].basis) for f in facts} == {
        ("管城回族区", "郑州市", "gazetteer"), ("新密市", "郑州市", "gazetteer"), ("郑州市", "河南省", "gazetteer")}
    assert "管城区" in next(e for e in es if e.code == "410104").aliases


def test_quoted_initiative_forms_are_one():
    es, _, _ = resolve([("d", M("“万人助万企”活动", "Initiative", canonical="万人助万企")),
                     ("d", M("“万人助万企”", "Initiative", start=40, canonical="万人助万企"))])
    assert names(es) == [("Initiative", "万人助万企", ("“万人助万企”", "“万人助万企”活动"))]


def test_generic_district_bodies_are_scoped_to_their_article():
    es, _, _ = resolve([("d", M("区政府", article=1)), ("d", M("区政府", article=2)),
                     ("d", M("金水区政府", article=3)), ("d", M("区政府", article=3, start=20))])
    assert sorted(e.name for e in es) == ["区政府", "区政府", "金水区政府"]


def test_same_full_name_across_documents_is_one_node_with_a_stable_id():
    es1, _, _ = resolve([("a", M("荥阳市第六小学"))])
    es2, _, _ = resolve([("a", M("荥阳市第六小学")), ("b", M("荥阳市第六小学", article=4)), ("b", M("郑东新区党工委"))])
    school = [e for e in es2 if e.name == "荥阳市第六小学"]
    assert len(school) == 1 and len(school[0].mentions) == 2
    assert school[0].id == es1[0].id


def test_type_vote_and_suffix():
    es, _, _ = resolve([("d", Mention(0, 11, "Place", "长兴路街道便民服务中心", 1, "ner"))])
    assert es[0].type == "Organization"


def test_organization_kinds():
    assert organization_kind("郑东新区党工委") == "party"
    assert organization_kind("中原区卫健委") == "government"
    assert organization_kind("荥阳市第六小学") == "school"
    assert organization_kind("星光社工") == "social"


def test_a_township_gets_its_code_where_its_county_is_named_and_its_place_from_the_text():
    import kg

    g = kg.build("安徽省灵璧县虞姬镇的农民很忙。")
    town = next(e for e in g.entities.values() if e.name == "虞姬镇")
    assert town.code == "341323114"
    assert ("虞姬镇", "containedInPlace", "灵璧县", "") in g.named_facts()
    # 城关镇 alone: 88 townships have that name, so no code is guessed
    assert next(e for e in kg.build("城关镇的农民很忙。").entities.values() if e.name == "城关镇").code is None


def test_a_one_character_place_is_the_longer_place_of_the_document_that_holds_it():
    g = kg.build("北京举行发布会。公约今天在京签约。")
    assert [e.name for e in g.entities.values() if e.type == "Place"] == ["北京市"]


def test_a_surname_with_a_title_is_the_one_person_of_that_surname_in_the_article():
    g = kg.build("副校长周明远出席典礼。周校长向家长们表示感谢。")
    assert [e.name for e in g.entities.values() if e.type == "Person"] == ["周明远"]


def test_a_municipalitys_district_is_directly_in_the_municipality():
    g = kg.build("东城区召开会议。")
    places = {e.name for e in g.entities.values() if e.type == "Place"}
    assert places == {"东城区", "北京市"}  # no statistical placeholder 市辖区 between them


def test_a_provinces_one_character_abbreviation_is_the_province_where_the_text_names_no_other():
    g = kg.build("王五今天在京会见了李四。来自沪、粤两地的代表参加。振兴京剧需要人才。")
    places = {e.name: e for e in g.entities.values() if e.type == "Place"}
    assert {"北京市", "上海市", "广东省"} <= set(places)
    assert places["北京市"].code == "110000"
    # 京 opening a noun (京剧) names no place
    assert len(places["北京市"].mentions) == 1


def test_a_countrys_one_character_abbreviation_is_read_as_the_corpus_reads_it():
    texts = ["红河国与俄罗斯会谈，俄方表示欢迎。", "俄罗斯外长访问红河国，俄方愿合作。", "俄方当天发表声明，俄外交部说。"]
    places = {e.name: e for e in kg.build(texts).entities.values() if e.type == "Place"}
    # the third text never spells 俄罗斯: the two others read 俄 so
    assert "俄" not in places
    assert len({doc for doc, _ in places["俄罗斯"].mentions}) == 3


def test_a_surname_the_tagger_cut_from_its_title_is_the_articles_one_person_of_that_name():
    g = kg.build("会议由团总支书记高大旺老师主持。高老师指出，社团要加强建设。")
    people = {e.name: e for e in g.entities.values() if e.type == "Person"}
    assert set(people) == {"高大旺"} and "高" in people["高大旺"].aliases


def test_a_company_named_without_its_legal_form_or_by_its_group_is_the_company():
    g = kg.build("近日，江北建工集团有限公司召开年中工作会议。集团公司党委书记、董事长潘立新讲话。"
                 "青山电子（苏州）有限公司派员参会，青山电子总经理王伟发言。")
    by_name = {e.name: e for e in g.entities.values()}
    assert "集团公司" not in by_name and "青山电子" not in by_name
    assert "集团公司" in by_name["江北建工集团有限公司"].aliases
    assert "青山电子" in by_name["青山电子（苏州）有限公司"].aliases
    roles = {(g.entities[f.subject].name, g.entities[f.object].name, f.role) for f in g.facts if f.predicate == "memberOf"}
    assert ("潘立新", "江北建工集团有限公司", "董事长") in roles and ("王伟", "青山电子（苏州）有限公司", "总经理") in roles


def test_a_group_named_no_longer_than_its_kind_is_the_bare_group_company():
    g = kg.build("红星集团今天召开年度大会，总结全年工作。集团公司董事长王五讲话。")
    by_name = {e.name: e for e in g.entities.values()}
    assert "集团公司" not in by_name and "集团公司" in by_name["红星集团"].aliases


def test_a_city_government_named_short_is_its_full_name():
    es, _, _ = resolve([("d", M("红河市人民政府")), ("d", M("市政府", start=30)), ("d", M("县政府", start=40))])
    assert names(es) == [("Organization", "县政府", ()), ("Organization", "红河市人民政府", ("市政府",))]


def test_the_vice_mayor_is_a_member_of_the_city_government_named_in_full():
    g = kg.build("5月2日，红河市人民政府举办招商会。副市长赵立平主持会议。孙卫东代表市委、市政府致辞。")
    by_id = g.entities
    roles = {(by_id[f.subject].name, by_id[f.object].name) for f in g.facts if f.predicate == "memberOf"}
    assert ("赵立平", "红河市人民政府") in roles
    assert "市政府" not in {e.name for e in g.entities.values()}


def test_a_companys_short_name_read_as_a_person_is_the_company():
    es, _, _ = resolve([("d", M("青蓝集团")), ("d", M("青蓝", "Person", start=20)), ("d", M("王立山", "Person", start=30))])
    assert names(es) == [("Organization", "青蓝集团", ("青蓝",)), ("Person", "王立山", ())]


def test_a_person_with_a_title_keeps_his_name_that_his_company_bears():
    g = kg.build("李宁公司董事长李宁出席签约仪式。")
    assert ("Person", "李宁") in {(e.type, e.name) for e in g.entities.values()}


def test_a_bare_group_company_is_none_of_two_companies_that_end_alike():
    g = kg.build("青山集团有限公司与白云集团有限公司签约。集团公司董事长王五讲话。")
    roles = {(g.entities[f.subject].name, g.entities[f.object].name) for f in g.facts if f.predicate == "memberOf"}
    assert ("王五", "青山集团有限公司") not in roles and ("王五", "白云集团有限公司") not in roles


def test_a_town_of_the_gazetteer_read_as_a_person_where_the_text_also_names_it_as_a_place_is_a_place():
    g = kg.build("左权县王和镇党委书记带队检查。王和镇积极创建省级卫生镇。王和镇以创建为抓手。")
    assert {e.name: e.type for e in g.entities.values()}["王和镇"] == "Place"
    # a name of the gazetteer that the document never names as a place keeps the recognizer's reading
    g = kg.build("王和镇同志出席会议并讲话。王和镇强调要抓好落实。")
    assert {e.name: e.type for e in g.entities.values()}.get("王和镇") != "Place"


def test_a_school_named_bare_is_the_articles_one_school():
    g = kg.build("青山职业技术大学举办法律讲座。学校党委副书记王五出席并讲话。学校工会主席李四主持。")
    facts = {(s, p, o) for s, p, o, _ in g.named_facts()}
    assert ("学校党委", "parentOrganization", "青山职业技术大学") in facts
    assert not any(e.name == "学校" for e in g.entities.values())
    # two schools: 学校 alone is the one the article names first, its own (学校党委 stays the article's committee)
    g = kg.build("青山职业技术大学与红星中学签约。学校党委副书记王五出席。")
    facts = {(s, p, o) for s, p, o, _ in g.named_facts()}
    assert ("学校党委", "parentOrganization", "青山职业技术大学") in facts
    assert not any(s == "学校党委" and o == "红星中学" for s, p, o in facts)


def test_a_name_read_as_a_person_and_a_place_keeps_the_vote_unless_the_gazetteer_knows_the_place():
    from kg.model import Mention
    from kg.resolve import resolve

    def type_of(name: str) -> str:
        ms = [("d", Mention(0, 3, "Person", name, 1, "ensemble")), ("d", Mention(9, 12, "Person", name, 1, "ensemble")),
              ("d", Mention(20, 23, "Place", name, 1, "names"))]
        return {e.name: e.type for e in resolve(ms)[0]}[name]

    assert (type_of("王和镇"), type_of("李红星")) == ("Place", "Person")


def test_a_school_named_bare_is_the_university_not_its_college():
    g = kg.build("青山大学举办讲座。计算机学院院长李四主持。学校党委书记王五出席。")
    assert ("学校党委", "parentOrganization", "青山大学") in {(s, p, o) for s, p, o, _ in g.named_facts()}


def test_a_body_named_with_its_countys_level_left_out_is_the_same_body():
    import kg

    g = kg.build("奉节县供电公司召开会议。奉节供电公司总经理王大明讲话。")
    orgs = [e for e in g.entities.values() if e.type == "Organization"]
    assert [(e.name, sorted(e.aliases)) for e in orgs] == [("奉节县供电公司", ["奉节供电公司"])]
    # 长沙 alone is the city, not 长沙县: the city's company is another
    g = kg.build("长沙县供电公司召开会议。长沙供电公司总经理王大明讲话。")
    assert len([e for e in g.entities.values() if e.type == "Organization"]) == 2


def test_the_partys_event_named_as_党的_and_as_中共_is_one_event():
    import kg

    g = kg.build("中共十九届六中全会于11月在北京举行。万众瞩目的党的十九届六中全会于11月8日开幕。")
    events = [(e.name, sorted(e.aliases)) for e in g.entities.values() if e.type == "Initiative"]
    assert events == [("中共十九届六中全会", ["党的十九届六中全会"])]
