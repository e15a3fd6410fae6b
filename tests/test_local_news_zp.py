"""Names and facts in the shapes the fifty-eighth round's pages (development zones, disease control, political-legal
committees, professional societies, property management, rescue teams and earthquake bureaus, academic forums, party
building in private firms) write them: a speaker's 作 before a speech; a body cut inside a word of an event's name; a
society's numbered session; a venue after an edition's name; a headline with a lead and a comma; a column's name over
its breadcrumb; the checkers of a university's page; bodies that report at a meeting; a county-level city named bare;
a zone after a body's name; people named to an office with 为; an e-paper's issue over its page; quarters, areas and
old towns.
"""
from kg.extract.ner import complete_people
from kg.extract.relation import seats
from kg.lines import is_furniture, is_page_line
from kg.model import Mention
from tests.conftest import facts, graph, headlines, names


def test_zuo_before_a_speech_is_no_part_of_the_speakers_name():
    text = "主任戴小清作总结。"
    assert [m.text for m in complete_people([Mention(2, 6, "Person", "戴小清作", 1)], text)] == ["戴小清"]
    # (作 in a name stays where no speech follows: 王作明出席)
    assert [m.text for m in complete_people([Mention(0, 3, "Person", "王作明", 1)], "王作明出席。")] == ["王作明"]


def test_a_body_inside_an_events_name_ends_at_a_words_end():
    text = "由市科协、市建筑设计院共同主办的市科协2015年学术年会开幕。"
    found = facts(text)
    assert "市科" not in names(text, "Organization")
    assert not any("市科" in (s, o) for s, _, o in found)


def test_a_society_that_opens_its_numbered_session_holds_it():
    text = "1月26日，开封中原文化与黄河文明研究会二届三次会长会议在青山宾馆召开。"
    found = facts(text)
    assert ("开封中原文化与黄河文明研究会二届三次会长会议", "organizer", "开封中原文化与黄河文明研究会") in found
    # (a part of its name, no participant of its own, nor the society read twice)
    assert not any(p == "participant" and o.endswith("黄河文明研究会") for _, p, o in found)


def test_the_venue_after_an_editions_name_is_no_part_of_it():
    text = "由院长主持的第八期“青山读书沙龙”在图书馆二楼会议室举行。"
    assert not any("在" in name for name in names(text, "Initiative") | names(text, "Place"))
    assert not any("在" in name for name in names("第三届“青山杯”在白沙县举行颁奖大会。", "Initiative"))
    assert not any("会议" in name for name in names("第十期“青山沙龙”移至三楼会议室。", "Initiative"))


def test_a_first_line_with_a_lead_a_colon_and_a_comma_is_the_headline():
    body = "1月12日上午，白石街道在联盟工作站开展年度述职交流会，社区和物业企业代表参加。\n\n会上，企业负责人依次汇报。\n"
    assert headlines("白石街道:“红色管家”共分享, 党建联盟助发展\n\n" + body) == ["白石街道:“红色管家”共分享, 党建联盟助发展"]
    assert headlines("白石街道：红色物业齐分享，联盟促交流\n\n" + body) == ["白石街道：红色物业齐分享，联盟促交流"]
    # (not a lead that speaks or learns; a topic's lead does not speak: 党建引领)
    assert headlines("记者从市政府获悉：今年新建学校12所，新增学位1万个\n\n" + body) == [""]
    assert headlines("党建引领：白石镇志愿服务进社区，群众点赞\n\n" + body) == ["党建引领：白石镇志愿服务进社区，群众点赞"]


def test_a_columns_name_over_its_breadcrumb_and_a_pages_checkers_are_furniture():
    assert is_furniture("要闻 首页>要闻") and not is_furniture("要闻 首页>新闻")
    assert is_furniture("(一审:李小红 二审:王 立 三审:赵大海)") and is_furniture("一审:李小红,二审:王立,三审:赵大海")
    assert not is_furniture("二审：青山市中级人民法院驳回上诉，维持原判。")  # (a court's second instance)
    assert not any(is_furniture(t) for t in ("一审：判处死刑", "二审：维持原判", "一审：驳回起诉", "（校对：维持原判）"))
    assert is_furniture("（审核：李大四）") and is_furniture("一审:欧阳小红 二审:王立 三审:赵大海")
    text = ("学术动态 首页>学术动态\n\n青山论坛：红星大学王立强教授来我校讲学\n\n12月29日上午，红星大学王立强教授来校作报告。\n\n"
            "(一审:李小红 二审:王 立 三审:赵大海)\n")
    assert headlines(text) == ["青山论坛：红星大学王立强教授来我校讲学"]
    assert names(text, "Person") == {"王立强"}


def test_bodies_that_report_or_read_out_at_the_event_take_part_in_it():
    text = ("4月11日，青山县第36个健康宣传月暨“健康新征程”专项活动启动。副县长王立新主持启动仪式。"
            "活动中，县教育局负责人汇报了全县健康校园建设情况。县疾控中心相关人员宣读了倡议书。"
            "王立新宣布第36个健康宣传月暨“健康新征程”活动启动。")
    found = facts(text)
    event = "青山县第36个健康宣传月暨“健康新征程”专项活动"
    assert {(event, "participant", "县教育局"), (event, "participant", "县疾控中心")} <= found


def test_a_county_level_city_named_bare_is_the_seat_of_its_city_bodies():
    assert seats([Mention(0, 2, "Place", "昆山", 1), Mention(9, 11, "Place", "昆山", 1)])["市"].text == "昆山"
    text = "青山网南京11月3日消息 昆山日前在张浦镇试点党建新体系。市委书记李四出席会议，要求全昆山推广。"
    found = facts(text)
    assert ("市委", "location", "昆山市") in found and ("市委", "location", "南京市") not in found
    # (not a city named once, where the article's leaders go: the paper's own city is unnamed)
    for went in ("到", "在"):
        found = facts(f"市委书记李明{went}昆山调研。市委副书记王强陪同。")
        assert not any(o.startswith("昆山") for s, p, o in found if s == "市委")
    # (Taiwan, Hong Kong and Macao: no seat of the mainland's levels)
    assert seats([Mention(0, 2, "Place", "台湾", 1)]) == {}
    assert ("省科协", "location", "台湾") not in facts("省科协邀请台湾专家林小明参加年会。")


def test_no_body_begins_inside_one_the_recognizers_read_before_it():
    text = "省应急救援协调中心指令永城应急救援队队长陈小阳为现场总指挥。"
    orgs = names(text, "Organization")
    assert "永城应急救援队" in orgs and not any(o.startswith("中心") for o in orgs)
    assert ("陈小阳", "memberOf", "永城应急救援队") in facts(text)
    # (a body's name by its head: not from inside the body read before it, a verb between)
    assert names("会上市财政局通报专班成立以来的工作情况。", "Organization") == {"市财政局"}


def test_a_zone_after_a_bodys_name_is_no_place():
    text = "市政协白沙区工作室主任夏小强陪同调研。"
    assert not names(text, "Place") & {"市政协白沙区"}
    assert not names("市政协高新区工作室揭牌成立。", "Place") | names("市总工会高新区工作站挂牌。", "Place")
    assert not names("市政协青山高新区工作室揭牌成立。", "Place")  # (the body opens it: no zone from its start)
    assert "白沙开发区" in names("市人大常委会白沙开发区代表联络站开展活动。", "Place")  # (the zone after the body)
    text = "市政协高新区工作室主任刘小强陪同调研。"
    entities, _ = graph(text)
    assert ("Place", "市政协高新区") not in entities


def test_a_bodys_head_inside_one_word_of_a_longer_name_opens_no_parent():
    text = "中国人民政治协商会议白沙县第九届委员会第二次会议开幕。"
    found = facts(text)
    assert "中国人民政治协商会" not in names(text, "Organization")
    assert not any(o == "中国人民政治协商会" for _, _, o in found)


def test_people_named_to_an_associations_offices_are_its_members():
    found = facts("县作协召开换届大会。孙小英为县作协名誉主席、刘小文为县作协名誉副主席。")
    assert {("孙小英", "memberOf", "县作协"), ("刘小文", "memberOf", "县作协")} <= found
    # (为 before a body's title and the name of its holder: 王五 gives the prize, no office of his)
    assert ("王小五", "memberOf", "县委") not in facts("王小五为县委书记李小四颁奖。")
    assert ("王小丽", "memberOf", "市委") not in facts("讲解员王小丽为市委书记、市长等领导讲解展品。")


def test_an_e_papers_issue_and_page_over_a_two_line_headline():
    text = ("3021 期 / 第5版:地方新闻\n白石镇\n两新组织党员集中“充电”\n\n\n"
            "本报讯 为加强两新党组织之间的交流，白石镇党委组织全镇两新党组织书记开展集中培训。\n")
    assert headlines(text) == ["白石镇 两新组织党员集中“充电”"]
    assert is_page_line("3021 期 / 第5版:地方新闻") and is_page_line("第1205期 第三版：要闻")


def test_quarters_areas_and_old_towns_are_named_whole():
    assert "三星街区" in names("在条件成熟的红树湾、三星街区等楼盘成立了小区党支部。", "Place")
    assert "百花园片区" in names("百花园片区的老旧小区改造项目开工。", "Place")
    assert "澧州古城" in names("推进澧州古城保护提升。", "Place")
    # (a zone that opens a body's name the recognizer reads whole is the body's: no place in its stead)
    text = "市局召开会议，临港新片区综合执法大队负责人发言。"
    assert "临港新片区综合执法大队" in names(text, "Organization")
