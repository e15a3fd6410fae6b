"""Names, relations and credits in the shapes the fifty-fourth round's pages (justice and legal aid, medical insurance
and drugs, armed forces departments, archives and chronicles, the disabled and the Red Cross, state-owned groups,
foreign affairs and trade promotion, government service centres) write them: a bracketed aside between an article
and its closing credit; an editor in brackets; a post's day with its count of views; counties named bare in a list;
a body the tagger cuts after its level's character; a bureau's unit named with
it; bodies that speak at a meeting.
"""
import kg
from kg.extract.names import _INNER_ORG
from tests.conftest import credits, facts, graph, names


def test_a_bracketed_aside_before_the_closing_credit_hides_it_not():
    text = ("青山县召开春耕工作会议\n\n本报讯 3月5日，青山县召开春耕生产工作会议，县委书记王立新出席会议并讲话。\n\n"
            "（以上内容仅供参考）\n\n（记者 赵小红 通讯员 张红）\n")
    assert credits(text) == {("author", "赵小红"), ("contributor", "张红")}
    # (a headline of the next article is no aside: its credit stays its own)
    text = ("青山县召开春耕工作会议\n\n本报讯 3月5日，青山县召开春耕生产工作会议，县委书记王立新出席会议并讲话。\n\n"
            "白沙镇举办插秧比赛\n\n（记者 赵小红 通讯员 张红）\n\n3月6日，白沙镇举办插秧比赛，全镇二十支队伍参加。\n")
    g = kg.build(text)
    assert [a.headline for a in g.documents[0].articles] == ["青山县召开春耕工作会议", "白沙镇举办插秧比赛"]
    assert g.documents[0].articles[0].byline is None


def test_an_editor_in_brackets_closing_a_paragraph_is_no_one_in_the_graph():
    text = "青山县人武部组织民兵整组检查。县人武部部长王立新对白沙镇武装部的民兵整组进行了检查验收。(编辑赵小红)"
    assert "赵小红" not in names(text, "Person")
    assert "赵小红" not in names(text.replace("(编辑赵小红)", "（责任编辑 赵小红）"), "Person")
    assert "王立新" in names(text, "Person")


def test_a_posts_day_and_its_count_of_views_is_no_headline():
    text = ("2024-05-17 1181 来源:青山县残联\n"
            "5月15日上午，青山县政协副主席王立新一行赴县残联调研残疾人工作，县残联理事长赵小红陪同。")
    assert [a.headline or None for a in kg.build(text).documents[0].articles] == [None]


def test_a_county_named_bare_in_a_list_beside_counties_of_its_city():
    text = "延安市召开融媒体建设现场会。会上，富县、子长、黄陵、宝塔区等县区负责人作了交流发言。"
    entities, found = graph(text)
    assert ("Place", "子长市") in entities
    assert {("子长市", "containedInPlace", "延安市"), ("黄陵县", "containedInPlace", "延安市")} <= found
    # (not a county of another city: 长子县 is of 长治)
    assert "长子" not in names("延安市召开会议。会上，富县、长子等地负责人发言。", "Place")


def test_a_body_the_tagger_cuts_after_its_levels_character_is_the_models_whole():
    text = "随后，王立新一行来到市福利院，看望这里的孤残儿童。"
    assert "市福利院" in names(text, "Organization")
    # (not where the model's name runs over another of LAC's: 市 and 人大来青 of a headline)
    assert not any(n.endswith("文旅") for n in names("市人大来青调研文旅发展工作情况", "Organization"))
    # (a level's character only: not 道 of 县道, a road's class)
    assert "道公路" not in names("截至去年底，青山县开工县道公路、乡村公路共120公里。", "Place")


def test_a_bureaus_unit_named_with_it_is_its_unit():
    text = "白沙市交通运输局召开会议，市交通运输局综合规划科全体人员参加。"
    assert ("市交通运输局综合规划科", "parentOrganization", "白沙市交通运输局") in facts(text)
    # (bureaus named short: 人社局, 省局)
    text = "白沙市人社局召开会议，市人社局就业促进科全体人员参加。"
    assert ("市人社局就业促进科", "parentOrganization", "白沙市人社局") in facts(text)
    text = "福建省药监局召开会议，省局药品生产监管处全体人员参加。"
    assert ("省局药品生产监管处", "parentOrganization", "省局") in facts(text)
    # (not 布局, no bureau: 青山市空间布局规划研究中心 is one body)
    text = "青山市规划设计研究院召开会议，青山市空间布局规划研究中心全体人员参加。"
    assert not any(n.endswith("布局") for n in names(text, "Organization"))
    # (not a deputy director's 副局长 in a name a typo made: 市交通运输局副局长局 is the bureau's, not 市交通运输局副局's)
    name = "市交通运输局副局长局"
    assert [name[: m.end()] for m in _INNER_ORG.finditer(name)] == ["市交通运输局"]


def test_bodies_that_speak_at_the_meeting_take_part_in_it():
    text = ("3月5日，全县春耕生产工作会议召开。会议以视频形式召开。"
            "县农业局、白石镇等单位负责人和东山区青松社区代表作了交流发言。")
    found = facts(text)
    assert {("全县春耕生产工作会议", "participant", x) for x in ("县农业局", "白石镇", "青松社区")} <= found
    assert ("全县春耕生产工作会议", "participant", "东山区") not in found  # (the community's district)
    # (the towns whose party committees' offices speak say whose they are)
    text = "3月5日，全县宣传工作会议召开。白石镇、黄河镇等镇党委宣传办负责人作了交流发言。"
    assert not {("全县宣传工作会议", "participant", x) for x in ("白石镇", "黄河镇")} & facts(text)
    # (not speeches another clause places at another time or meeting, nor the towns whose office speaks)
    for other in ("去年，县农业局、县水利局等单位作了经验交流发言。", "在上月召开的全市会议上，县农业局作了典型发言。",
                  "白石镇、黄河镇等镇农办负责人作了交流发言。"):
        found = facts("3月5日，全县春耕生产工作会议召开。" + other)
        assert not {r for r in found if r[1] == "participant"}, other
    assert ("全县春耕生产工作会议", "participant", "县水利局") in facts(
        "3月5日，全县春耕生产工作会议召开。会上，县农业局、县水利局负责人作了交流发言。")
    assert ("全县春耕生产工作会议", "participant", "县水利局") in facts(
        "3月5日，全县春耕生产工作会议召开。随后，县农业局、县水利局等单位作了交流发言。")
    # (who speaks for them is no unit of theirs: 镇农办, a town's office)
    assert not {r for r in facts("3月5日，全县春耕生产工作会议召开。白石镇、黄河镇等镇农办代表作了交流发言。")
                if r[1] == "participant"}
    # (not bodies a speaker names: 王立新介绍了县农业局的做法并发言)
    text = "3月5日，全县春耕生产工作会议召开。会上，王立新介绍了县农业局的做法并作了发言。"
    assert ("全县春耕生产工作会议", "participant", "县农业局") not in facts(text)


def test_a_body_whose_head_the_segmenter_glues_to_the_next_word_is_found():
    text = "局长王立新一行走访城南市场监督管理所等基层单位。"
    assert "城南市场监督管理所" in names(text, "Organization")
    assert "城南市场" not in names(text, "Place")
    # (a zone named by its kind, 综合实验区, whole)
    assert "莆田综合实验区" in names("副局长王立新带队赴莆田综合实验区，深入企业调研。", "Place")


def test_the_body_a_titled_person_goes_to_is_not_theirs():
    assert ("王立新", "memberOf", "青山省贸促会") not in facts("4月23日，王立新会长到青山省贸促会调研学习。")
    assert ("王立新", "memberOf", "白沙县教育局") not in facts("4月23日，王立新局长一行赴白沙县教育局调研。")
    # (taking office there: their own)
    for text in ("2019年，王立新局长到任白沙县教育局后，狠抓教师队伍建设。", "王立新局长到白沙县教育局任职以来，推动了多项改革。",
                 "2020年，王立新局长到白沙县教育局任党组书记，推动了多项改革。"):
        assert ("王立新", "memberOf", "白沙县教育局") in facts(text), text
    # (the body of its kind that the person speaks at is theirs)
    assert ("王立新", "memberOf", "青山省贸促会") in facts("青山省贸促会召开会议，王立新会长出席并讲话。")


def test_a_community_whose_name_holds_a_levels_character_is_no_city():
    text = "上午，调研组先到白石镇新市社区党群服务中心了解政务服务工作情况。"
    assert "新市" not in names(text, "Place")
    assert ("白石镇新市社区党群服务中心", "location", "白石镇") in facts(text)
    assert "新市" not in names("上午，调研组来到白石镇新市居委会。", "Place")


def test_a_countys_towns_are_the_county():
    text = "会议对巫山县镇(街道)、村(社区)两级志书编纂工作进行了部署。"
    assert "巫山县镇" not in names(text, "Place")
    assert "巫山县" in names(text, "Place")


def test_a_character_no_place_is_called_by_is_no_place():
    text = "航班号为QS1234，每周三班，出港时间为早上八点。港澳同胞、海外乡亲积极捐资。代表团在京期间参观了故宫。"
    found = names(text, "Place")
    assert not {"港", "澳"} & found
    assert "北京市" in found  # (在京: a province's one character)
