"""Credits, events and who takes part in them that the thirty-fourth round's fresh sets showed kg missing: a credit in
brackets closing the last paragraph (a paper's edition, a source's unit), a name with its paper on the last line, the
outlets before 记者A报道：, a page's 作者：佚名; leaders who witness a signing, bodies with whose help a campaign is
carried out; a verb before a body's name (检查县人民医院, 积极响应青山大学党委) and an industrial park's whole name; an
e-paper's masthead and page; a quoted campaign with a long kind or a month of service after its quotes; the body gone
to, no organizer; and the cases the round's review found.

Each test is a short text written for it; docs/extraction.md ("Thirty-fourth round") says why.
"""
from __future__ import annotations

from kg.lines import is_furniture
from tests.conftest import credits, graph, headlines

BODY = "3月20日，青山县白石镇开展春耕培训，农技人员为农户讲解种植技术。培训持续两天。"


def test_a_credit_in_brackets_closing_the_last_paragraph():
    # a paper's edition before the role
    assert credits("白石镇春耕培训开班\n\n" + BODY + "（青山日报农村版通讯员 林小雨）") == {("contributor", "林小雨")}
    # a source's unit, then its writer
    assert credits("白石镇春耕培训开班\n\n" + BODY + "(来源:青山县委宣传部 林小雨)") == {("author", "林小雨")}
    # a button after the unit is no writer
    assert credits("白石镇春耕培训开班\n\n" + BODY + "(来源:青山县委宣传部 分享到)") == set()


def test_the_closing_credit_gives_the_role_of_a_name_alone_above():
    text = "白石镇春耕培训开班\n来源:\n林小雨\n2021-03-21 10:20\n\n" + BODY + "（青山日报通讯员 林小雨）"
    assert credits(text) == {("contributor", "林小雨")}


def test_a_name_and_its_paper_on_the_last_line():
    assert credits("白石镇春耕培训开班\n\n" + BODY + "\n\n林小雨 (青山晚报)") == {("author", "林小雨")}


def test_outlets_then_the_reporter_then_baodao_with_a_colon():
    text = "白石镇春耕培训开班\n\n青山云/青山日报记者黑小伟报道:" + BODY
    assert credits(text) == {("author", "黑小伟")}
    # (a word of the dictionary after the role is no name)
    assert credits("白石镇春耕培训开班\n\n青山日报记者现场报道:" + BODY) == set()


def test_anonymous_is_no_author():
    assert credits("白石镇春耕培训开班\n\n发布时间:2024-08-09 来源:青山县农业农村局 作者:佚名\n\n" + BODY) == set()


def test_leaders_who_witness_the_signing_take_part_in_it():
    _, facts = graph("青山经开区举行新材料产业合作签约仪式\n\n4月7日，青山经开区举行新材料产业合作签约仪式。"
                     "市委书记林大山，市长赵小河见证签约。六个项目签约。")
    assert ("新材料产业合作签约仪式", "participant", "林大山") in facts
    assert ("新材料产业合作签约仪式", "participant", "赵小河") in facts


def test_bodies_with_whose_help_a_campaign_is_carried_out_take_part_in_it():
    _, facts = graph("近日，青山县农技服务队开展“送科技下乡”活动，在县科协、县林业局的大力协助下，专家们走进田间地头。")
    assert ("送科技下乡", "participant", "县科协") in facts and ("送科技下乡", "participant", "县林业局") in facts
    # what leads is no helper
    _, facts = graph("近日，青山县农技服务队开展“送科技下乡”活动，在县委的坚强领导下，专家们走进田间地头。")
    assert not any(p == "participant" and o == "县委" for _, p, o in facts)


def test_a_verb_before_a_bodys_name_is_no_part_of_it():
    entities, _ = graph("市卫健委调研组来白石县检查县人民医院改扩建工作。")
    assert ("Organization", "县人民医院") in entities and not any(n.endswith("检查县") for _, n in entities)
    entities, _ = graph("2015年，为积极响应青山大学校党委号召，青山医院组织义诊。")
    assert ("Organization", "青山大学校党委") in entities
    # a project's name may hold a verb
    entities, _ = graph("计划实施亚投行贷款青山市农村公路灾后恢复重建项目。")
    assert ("Initiative", "亚投行贷款青山市农村公路灾后恢复重建项目") in entities
    # (nor is a word with the level, or a zone's head, a verb before the name)
    for body in ("青山经济开发区管委会", "青山产业集聚区管委会"):
        assert ("Organization", body) in graph(f"6月12日，县委书记王大明到{body}调研。")[0], body


def test_an_industrial_park_is_named_whole():
    entities, _ = graph("梁世军先后来到青山产业园区、白石物流园区等地。")
    assert ("Place", "青山产业园区") in entities and ("Place", "白石物流园区") in entities


def test_an_epapers_masthead_and_its_page_are_furniture():
    text = "青山日报 数字报纸\n\n00012版:要闻\n\n白石镇春耕培训开班\n\n" + BODY
    assert headlines(text) == ["白石镇春耕培训开班"]
    assert not is_furniture("青山日报") and not is_furniture("青山日报发布数字报纸使用指南")


def test_a_quoted_campaign_with_a_long_kind_or_a_month_of_service():
    entities, _ = graph("近日，团区委在白石社区开展“小小啄木鸟·街巷我守护”青少年参与社区治理主题活动。")
    assert ("Initiative", "小小啄木鸟·街巷我守护") in entities
    entities, _ = graph("近日，青山县妇联牵头组织的“三·八”巾帼志愿服务月在各乡镇启动。")
    assert ("Initiative", "三·八") in entities


def test_the_body_gone_to_is_no_organizer_of_what_is_done_there():
    _, facts = graph("8月2日，青山医院专家赴白石县人民医院开展“健康同行”义诊活动。")
    assert not any(p == "organizer" and o == "白石县人民医院" for _, p, o in facts)
    # (the body that holds it, with no verb of going before it, does)
    _, facts = graph("8月2日，白石县人民医院开展“健康同行”义诊活动。")
    assert ("健康同行", "organizer", "白石县人民医院") in facts


def test_the_reviews_cases_of_this_round():
    # a slogan in quotes, then a clause, is no campaign of a long kind
    assert not any(t == "Initiative" for t, _ in graph("白石镇围绕“双减”政策组织开展课后服务活动。")[0])
    # support in a sentence about something else is no part in the article's event; the campaign after the phrase
    _, facts = graph("9月23日，白石镇举办“农民丰收节”活动。今年以来，在县农业农村局的大力支持下，全镇粮食产量再创新高。")
    assert not any(p == "participant" for _, p, _ in facts)
    _, facts = graph("白石镇举办“农民丰收节”活动。在县农业农村局的大力支持下，活动圆满举行。")
    assert ("农民丰收节", "participant", "县农业农村局") in facts
    _, facts = graph("去年，白石镇完成“清洁家园”行动，今年又在县财政局的支持下启动“美丽乡村”建设项目。")
    assert not any(s == "清洁家园" and p == "participant" for s, p, _ in facts)
    _, facts = graph("白石中学举办“校友返校日”活动。在学校党委的领导和校友会的协助下，活动圆满举行。")
    assert not any(p == "participant" and o == "学校党委" for _, p, o in facts)
    # a level that opens a word after a verb: the body's name stays whole
    entities, _ = graph("青山县创建省级文明城市工作领导小组办公室印发通知。")
    assert ("Organization", "青山县创建省级文明城市工作领导小组办公室") in entities
    # a report cited is no byline; a full-media reporter is one
    assert credits("白石镇春耕培训开班\n\n据青山日报记者黑小伟报道：" + BODY) == set()
    assert credits("白石镇春耕培训开班\n\n青山日报全媒体记者黑小伟报道：" + BODY) == {("author", "黑小伟")}
    # a second role before 报道： (no dateline): its names are contributors; a long run of roles stays quick and no byline
    assert credits("白石镇春耕培训开班\n\n本报记者黑小伟 通讯员白晓丽 赵子龙报道：" + BODY) == {
        ("author", "黑小伟"), ("contributor", "白晓丽"), ("contributor", "赵子龙")}
    assert credits("白石镇春耕培训开班\n\n" + "本报记者黑小伟 " * 40 + BODY) == set()
    # any paper's e-paper masthead is furniture; a year's edition opens a headline
    assert headlines("青山都市报 数字报\n\n白石镇春耕培训开班\n\n" + BODY) == ["白石镇春耕培训开班"]
    assert not is_furniture("2024版：青山发展报告发布")
    # a name and a school in brackets on the last line may be a caption's: no credit; 匿名网友 is no one
    assert credits("白石镇春耕培训开班\n\n" + BODY + "\n\n王小红（青山学院）") == set()
    assert credits("白石镇春耕培训开班\n\n发布时间:2024-08-09 作者:匿名网友\n\n" + BODY) == set()
