"""Article layouts, credits and names that the article sets of the thirty-first round (dev-qa, dev-qc) showed kg
misreading, with the guards a review of the rules added.

Each test is a short text written for it; docs/extraction.md ("Thirty-first round") says why.
"""
from __future__ import annotations

import kg
from kg.extract.byline import parse_byline
from kg.lines import is_furniture, leading_byline
from tests.conftest import credits, headlines

BODY = "3月20日，青山县交通运输局召开会议，部署青山大道建设。会议要求各乡镇加快征地拆迁。"


def test_a_sites_name_then_one_step_is_a_breadcrumb():
    assert is_furniture("青山网 > 滚动播报") and is_furniture("青山日报 » 要闻")
    assert headlines("青山网 > 滚动播报\n\n青山大道建设提速\n\n" + BODY) == ["青山大道建设提速"]
    # an arrow may stand in a headline; a step after no site's name is no breadcrumb
    assert not is_furniture("青山→北京 高铁开通") and not is_furniture("收入 > 支出")


def test_a_title_said_again_under_the_pages_fields_drops_the_column_above_it():
    text = "电网建设专栏\n\n青山大道建设提速\n\n来源：青山新闻网 2017-07-19 15:27:17\n\n青山大道建设提速\n\n" + BODY
    assert headlines(text) == ["青山大道建设提速"]
    # the author's line said again under the fields takes no headline away
    assert headlines("春天的诗\n\n林小雨\n\n来源：青山新闻网 2017-07-19\n\n林小雨\n\n" + BODY) == ["春天的诗"]
    # said twice in a row, nothing between: the line above may be its kicker, kept (one of two phrases always; another
    # where the headline model is not sure it is none: 电网建设专栏 is read as either)
    kicker = "春风送暖 农技下乡\n\n青山大道建设提速\n\n青山大道建设提速\n\n" + BODY
    assert headlines(kicker) == ["春风送暖 农技下乡 青山大道建设提速"]


def test_a_site_before_a_colon_and_its_credit_in_brackets_is_a_dateline():
    text = "青山大道建设提速\n\n青山新闻网：（通讯员 林小雨）" + BODY
    assert credits(text) == {("contributor", "林小雨")}
    assert credits(text.replace("：（", "（")) == set()  # no colon: no dateline of a site
    assert credits(text.replace("通讯员 ", "")) == set()  # no role word in the brackets


def test_a_sites_other_name_in_brackets_before_xun():
    text = "青山大道建设提速\n\n青山网（青山日报网）讯（通讯员 林小雨 赵大勇）" + BODY
    assert credits(text) == {("contributor", "林小雨"), ("contributor", "赵大勇")}


def test_names_glued_to_the_dateline_then_baodao():
    text = "青山大道建设提速\n\n本报讯林小雨报道：" + BODY
    assert credits(text) == {("author", "林小雨")}
    assert credits(text.replace("林小雨", "林小雨 赵大勇")) == {("author", "林小雨"), ("author", "赵大勇")}
    # a place or an agency before 报道 is no author
    assert credits(text.replace("林小雨", "白石镇")) == set() and credits(text.replace("林小雨", "彭博社")) == set()
    # no name before 报道 (a word that is none): no credit, and the byline is the dateline alone
    assert credits(text.replace("林小雨", "综合")) == set()
    assert leading_byline("本报讯综合报道：" + BODY) == (3, 3) and leading_byline("本报讯林小雨报道：" + BODY) == (9, 3)


def test_a_courts_division_as_author_is_no_person():
    assert parse_byline("作者：立案一庭") == [] and parse_byline("作者：民二庭") == []
    assert [n for n, *_ in parse_byline("作者：林小雨")] == ["林小雨"]
    assert [n for n, *_ in parse_byline("本报记者 覃建庭")] == ["覃建庭"]  # a given name may end with 庭
    g = kg.build("青山法院召开立案工作座谈会\n\n作者: 民二庭 发布时间:2023-03-23\n\n" + BODY)
    assert not any(e.name == "民二庭" and e.type == "Person" for e in g.entities.values())


def _names(text: str, kind: str) -> set[str]:
    return {e.name for e in kg.build(text).entities.values() if e.type == kind}


def test_a_verb_of_inspecting_or_reporting_opens_no_projects_name():
    names = _names("青山县召开会议\n\n8月17日，县长林小雨到白石山景区检查重点项目进度。", "Initiative")
    assert not any("检查" in n for n in names)
    names = _names("青山市政府征求意见\n\n11月9日，市长林小雨召开座谈会，向青山市部分政协委员通报年度民生实事项目的进度。",
                   "Initiative")
    assert not any("通报" in n for n in names)


def test_a_former_name_is_no_part_of_a_bodys_name():
    text = "青山志工联合会开展公益活动\n\n青山志工联合会，原名青山志愿者联合会，成立于2006年9月。"
    names = _names(text, "Organization")
    assert "青山志愿者联合会" in names and not any(n.startswith("原名") for n in names)


def test_a_place_and_the_bare_body_joined_by_yu_are_no_body():
    text = ("集团与青山市签署战略合作协议\n\n7月25日，青山市委副书记、市长林小雨一行来到集团考察，与集团党委书记、"
            "董事长王大明座谈，并代表青山市与集团签署战略合作协议。")
    assert not any("与" in n for n in _names(text, "Organization"))
    # a name that ends with 和 after no level stays (协和)
    assert "北京协和" in _names("北京协和与青山县医院签约\n\n北京协和与青山县医院签约合作。", "Organization")


def test_the_papers_name_alone_under_a_headline_is_its_masthead():
    text = "青山大道建设提速\n\n青山日报\n\n2025年09月22日\n\n本报讯 " + BODY
    assert headlines(text) == ["青山大道建设提速"]
    # over no day it is a headline's word or the body's (走进青山日报; papers listed one a line)
    assert headlines("走进青山日报\n\n" + BODY) == ["走进青山日报"]
    assert "青山日报" in {e.name for e in kg.build("各报刊\n\n青山日报\n\n青山晚报\n\n" + BODY).entities.values()}


def test_an_e_papers_current_page_and_a_channels_posting_time_are_the_pages():
    assert is_furniture("当前版:A01版") and is_furniture("当前版面：第03版")
    assert is_furniture("青山新闻网白石频道 发表于:2019-08-13 10:13:09")
    # a unit's address or telephone after its name is the body's (a notice's list of service points)
    assert not is_furniture("青山县政务服务中心 地址：青山大道8号") and not is_furniture("青山日报 图：李四")
    text = "当前版:A01版\n\n青山大道建设提速\n\n青山新闻网白石频道 发表于:2019-08-13 10:13:09\n\n" + BODY
    assert headlines(text) == ["青山大道建设提速"]


def test_one_named_in_the_pages_fields_and_in_the_dateline_takes_the_datelines_role():
    text = ("青山大道建设提速\n\n发布时间:2024-05-10 16:01 来源:青山文明网 作者:林小雨 赵大勇 编辑:王五\n\n"
            "青山文明网讯 (通讯员 林小雨 赵大勇) " + BODY)
    assert credits(text) == {("contributor", "林小雨"), ("contributor", "赵大勇")}


def test_companies_listed_as_enterprises_keep_the_trade_their_names_end_with():
    text = ("青山市领导调研工业企业\n\n5月8日，市长林小雨一行先后查看了天明光电、博远通信、瑞丰科技、信和电子和星河精工等企业，"
            "与企业负责人交谈。")
    names = _names(text, "Organization")
    assert {"天明光电", "博远通信", "瑞丰科技", "信和电子", "星河精工"} <= names
    # trades listed as enterprises are no names, nor places listed as where they are
    trades = _names("青山县招商引资\n\n青山县引进了电子信息、生物医药和汽车等企业。", "Organization")
    assert not {"电子信息", "生物医药", "汽车"} & trades
    assert not {"柳溪", "松林"} & _names("市长调研\n\n市长先后调研了白河、柳溪和松林等地的企业。", "Organization")


def test_a_levels_word_alone_inside_a_name_is_no_place():
    text = "工会动态\n\n▲安康地区工会举办职工技术比武。▲镇坪县总工会举办文化补习班。"
    assert not {"地区", "城区", "市区"} & _names(text, "Place")
    # a division named so stays (城区, a district of 晋城市)
    assert "城区" in _names("晋城市城区区委召开全会\n\n晋城市城区区委近日召开全体会议，部署全年工作。", "Place")


def _facts(text: str) -> set[tuple[str, str, str]]:
    return {(s, p, o) for s, p, o, _ in kg.build(text).named_facts()}


def test_who_speaks_at_the_launch_ceremony_takes_part_in_the_ceremony_named_before():
    text = ("青山青年创业大赛启动\n\n7月11日，第五届青山青年创业大赛启动仪式在青山举行。\n\n"
            "启动仪式上，青山经济开发区党工委副书记王大明指出，大赛是全市规模最大的创业赛事。")
    assert ("第五届青山青年创业大赛启动仪式", "participant", "王大明") in _facts(text)
    # 会上: the article's event, whatever its kind (the headline's contest, named whole by the ceremony it holds)
    assert ("第五届青山青年创业大赛", "participant", "王大明") in _facts(text.replace("启动仪式上，", "会上，"))
    # a meeting of that kind named as held before is not the one spoken at
    held = ("青山召开民营企业家座谈会\n\n3月5日，青山县召开民营企业家座谈会。去年，青山县曾举办全县教育工作座谈会。"
            "座谈会上，县长王大明讲话。")
    assert ("全县教育工作座谈会", "participant", "王大明") not in _facts(held)
    assert ("全县教育工作座谈会", "participant", "王大明") not in _facts(held.replace("召开民营企业家座谈会", "举行招商推介会"))


def test_a_closing_credit_of_two_where_one_opens_with_a_rarer_surname():
    text = "青山大道建设提速\n\n" + BODY + "\n\n(林小雨 尚如新)"
    assert credits(text) == {("author", "林小雨"), ("author", "尚如新")}
    # a place's or a unit's name beside the one name is no second author
    assert credits(text.replace("尚如新", "尚新区")) == set()


def test_a_contests_stage_is_part_of_its_name():
    names = _names("青山县纪委监委举行知识竞赛\n\n日前，青山县纪委监委举行党章党规知识竞赛决赛。", "Initiative")
    assert "党章党规知识竞赛决赛" in names
    assert "党章党规知识竞赛" in _names("青山县纪委监委举行知识竞赛\n\n日前，青山县纪委监委举行党章党规知识竞赛。",
                                  "Initiative")
