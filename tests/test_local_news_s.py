"""Shapes of real news kg read wrong, found on unseen local pages and by writing each common shape of a credit and of
a page's top under an article of our own (the thirty-seventh round), each written here as a short text of our own:
credits (a dateline and its credit on a line of their own, names glued to their roles, 丨 for a bar, a unit or a place
before a closing credit's names); a page's top and furniture (a forum's posting line, share buttons, a site's name,
a paper's day and page, a flattened page, a title with its post's day); events named by their kind in a headline and
who declares them open; projects named with their year; autonomous counties, offices and lists of towns.

Each test is a short text written for it; docs/extraction.md ("Thirty-seventh round") says why.
"""
from __future__ import annotations

from tests.conftest import credits, graph, headlines

HEAD = "青山县农技人员下乡指导春耕"
BODY = "3月2日，县农业农村局组织技术人员到白石镇指导春耕。技术人员逐户讲解种植要点。"


def test_a_body_opening_the_sentence_with_danwei_after_it_keeps_its_name():
    ents, _ = graph("县总工会主席王五带队，深入共建单位白石社区，指导文明创建工作。")
    assert ("Organization", "县总工会") in ents
    assert all(name for _, name in ents)  # (no body with an empty name, cut from 单位 back to the head)


def test_a_headlines_event_named_by_its_kind_alone_is_the_articles_event():
    ents, rels = graph("白石产业园举行奠基仪式\n8月3日上午，青山县白石产业园举行奠基仪式。县长王五、青山集团董事长赵六出席。"
                       "仪式由副县长孙七主持。")
    assert ("Initiative", "奠基仪式") in ents
    assert {("奠基仪式", "participant", "王五"), ("奠基仪式", "participant", "赵六")} <= rels
    ents, rels = graph("青山县开展节前安全检查 守护节日平安\n9月17日，副县长王五带队到白石镇开展节前安全检查。")
    assert ("Initiative", "节前安全检查") in ents and ("节前安全检查", "participant", "王五") in rels
    # only a headline's: a body's kind alone names no event of its own; nor one named by its size
    assert not {e for e in graph("青山县护林员上山巡护\n8月3日，青山县举行奠基仪式。")[0] if e[0] == "Initiative"}
    assert not {e for e in graph("青山港举行大规模演练\n8月3日，青山港的船只出海。")[0] if e[0] == "Initiative"}


def test_a_dateline_and_its_credit_on_a_line_of_their_own():
    for credit in ("本报讯 记者李小四", "青山日报讯 记者 李小四", "    青山日报讯 记者李小四"):
        text = f"{HEAD}\n\n{credit}\n\n    {BODY}"
        assert credits(text) == {("author", "李小四")} and headlines(text) == [HEAD]
    # (a line that goes on after the credit is the body cut by the layout: it still joins the next line)
    assert credits(f"{HEAD}\n本报讯 记者李小四 近日，县农业农村局组织技术\n人员到白石镇指导春耕。") == {("author", "李小四")}


def test_names_glued_to_their_roles_after_a_dateline():
    assert credits(f"{HEAD}\n本报讯 记者李小四 通讯员王五 {BODY}") == {("author", "李小四"), ("contributor", "王五")}
    # a role's word glued to no name is none: 记者节
    assert credits(f"{HEAD}\n本报讯 记者节到来之际，县里慰问新闻工作者。") == set()
    assert credits(f"{HEAD}\n本报讯 记者走基层 {BODY}") == set()  # (nor a column's name)


def test_a_reporters_name_glued_to_jizhe_on_a_line_under_the_headline():
    assert credits(f"{HEAD}\n记者李小四\n{BODY}") == {("author", "李小四")}
    assert headlines(f"{HEAD}\n记者李小四\n{BODY}") == [HEAD]
    assert headlines(f"记者走基层\n{BODY}") == ["记者走基层"]  # (a column's name, no one)


def test_a_forums_posting_line_over_the_title_opens_no_article():
    text = f"青山论坛 发表于 2014-1-23 11:15:54\n\n{HEAD}\n\n{BODY}"
    assert headlines(text) == [HEAD]


def test_a_pages_share_buttons_and_its_breadcrumbs_field_alone_are_no_headline():
    text = f"相机扫一扫 下载APP\n微博扫一扫 关注微博号\n{BODY}"
    assert headlines(text) in ([""], [None])
    assert headlines(f"您所在位置:\n\n首页>新闻>\n\n{HEAD}\n\n{BODY}") == [HEAD]


def test_a_closing_credit_with_a_name_of_no_surname_of_the_table_beside_a_colleagues():
    assert credits(f"{HEAD}\n{BODY}(俄尔玛 杨小英)") == {("author", "俄尔玛"), ("author", "杨小英")}
    assert credits(f"{HEAD}\n{BODY}（杨小英 阿依古丽）") == {("author", "杨小英"), ("author", "阿依古丽")}
    assert credits(f"{HEAD}\n{BODY}(会议现场 杨小英)") == set()  # (words of a caption: no name)


def test_roles_and_names_glued_to_the_dateline_and_to_the_bodys_time():
    text = f"{HEAD}\n青山日报讯全媒体记者李小四通讯员王小五赵小六日前，县农业农村局组织技术人员到白石镇指导春耕。"
    assert credits(text) == {("author", "李小四"), ("contributor", "王小五"), ("contributor", "赵小六")}
    text = f"{HEAD}\n青山日报讯记者牟小瑜通讯员喻小隆3日，县农业农村局组织技术人员到白石镇指导春耕。"  # (a rarer surname)
    assert credits(text) == {("author", "牟小瑜"), ("contributor", "喻小隆")}
    # a reporter who went or heard, no name: no one
    assert credits(f"{HEAD}\n本报讯记者走访白石镇今年的果园，看到春耕忙。") == set()


def test_an_autonomous_county_by_its_places_name_and_its_level():
    ents, _ = graph("昨天,新疆和布克赛尔县税务局干部到牧区宣讲。")
    assert ("Place", "和布克赛尔蒙古自治县") in ents  # (the gazetteer's name)
    assert any(t == "Organization" and n.endswith("和布克赛尔县税务局") for t, n in ents)  # (和 no conjunction there)
    assert ("Place", "印江土家族苗族自治县") in graph("今天，贵州印江县税务局干部到村里宣讲政策。")[0]


def test_a_place_before_the_names_of_a_closing_credit_is_where_they_write_from():
    assert credits(f"{HEAD}\n{BODY}(白石镇 杨小英)") == {("author", "杨小英")}  # (no person named 白石镇)
    assert credits(f"{HEAD}\n{BODY}\n（青山县 杨小英 李小四）") == {("author", "杨小英"), ("author", "李小四")}


def test_who_declares_the_articles_event_open_takes_part_in_it():
    lead = "5月1日，2024年青山市中小学生足球赛在白石县体育场开幕。"
    for declares in ("市教育局局长王小五宣布足球赛开幕。", "最后，市教育局局长王小五宣布开幕。"):
        assert ("2024年青山市中小学生足球赛", "participant", "王小五") in graph(lead + declares)[1]
    assert not {r for r in graph(lead + "市教育局局长王小五宣布了比赛结果。")[1] if r[1] == "participant"}


def test_an_offices_abbreviated_field_right_after_a_division_is_its_names():
    assert ("Organization", "北流市防艾办") in graph("上午9时，北流市防艾办组织宣传活动。")[0]
    assert not {e for e in graph("北流市开办了培训班。")[0] if e[0] == "Organization"}
    assert ("Organization", "北流市设立办事处") not in graph("北流市设立办事处，王五兼任主任。")[0]  # (a verb, no field)


def test_a_page_flattened_into_one_line_parts_into_title_fields_and_body():
    page = "青山县水库除险加固获批 来源: 青山网 作者: 李小四 编辑: 王五 2024-02-12 青山网讯 近日，青山县三座水库获批除险加固。"
    for text in (page, "首页 | 新闻 | " + page):
        assert headlines(text) == ["青山县水库除险加固获批"] and credits(text) == {("author", "李小四")}


def test_a_sites_menu_and_contacts_over_a_posts_title_open_no_article():
    text = ("青山在线 《青山日报》 《白石晚报》 ;新闻热线:0571-1234567 投稿邮箱:qs@example.cn |\n![]() |\n|\n"
            f"{HEAD}\n来源: 青山网 作者: 李小四 2024-02-12\n青山网讯 {BODY}")
    assert headlines(text) == [HEAD] and credits(text) == {("author", "李小四")}
    assert headlines(f"![]() |\n{HEAD}\n{BODY}") == [HEAD]  # (marks left of a link's markup: no title)


def test_the_first_of_a_list_of_towns_starts_after_the_verb_that_opens_the_list():
    ents, _ = graph("暴雨致使青石、白沙、红山等乡镇的农田受灾。")
    assert {("Place", "青石"), ("Place", "白沙"), ("Place", "红山")} <= ents
    assert not any(name.startswith("致使") for _, name in ents)
    ents, _ = graph("青石、白沙、红山等村的群众受益。")
    assert ("Place", "红山") in ents and not any("等" in name for _, name in ents)  # (等 lists them; in no name)


def test_an_activity_started_at_a_list_of_places_is_named_from_its_clauses_start():
    ents, _ = graph("11月25日，青山县总工会劳模宣讲活动在白石电力有限责任公司、红河铝业分公司、青山职业技术学院同步启动。")
    assert ("Initiative", "青山县总工会劳模宣讲活动") in ents


def test_works_named_with_their_year_and_place_and_a_fixed_term_of_their_field():
    ents, _ = graph("随着白石镇网点的开通，青山省2022年度邮政普遍服务试点工程86个网点全部建成。")
    assert ("Initiative", "青山省2022年度邮政普遍服务试点工程") in ents  # (普遍, an adverb of jieba's, inside the name)
    # (an adverb before the verb that opens the walk is no part of a project's name)
    assert ("Initiative", "详细了解白石集团羊绒衫项目") not in graph("县领导详细了解白石集团羊绒衫项目进展。")[0]
    assert not {e for e in graph("青山县2023年度重点项目全部开工。")[0] if e[0] == "Initiative"}  # (the year's key projects)
    assert not {e for e in graph("今天，2020—2021年度中国建设工程白石奖揭晓。")[0] if e[0] == "Initiative"}  # (a range)


def test_what_the_review_found():
    # a province's name with 县域 is no autonomous county's short form (河南县 of 河南蒙古族自治县)
    places = {n for t, n in graph("5月6日，省政府召开推进河南县域经济高质量发展会议。")[0] if t == "Place"}
    assert places == {"河南省"}
    # a headline where someone scans a code is no share button
    assert headlines(f"市民扫一扫就能查公交\n{BODY}") == ["市民扫一扫就能查公交"]
    # a title with its post's day on its line keeps its words, and is the page's title
    assert ("Place", "青山县") in graph(f"青山县召开春耕生产工作会议 2024-03-12 10:20\n{BODY}")[0]
    for top in ("青山县召开春耕生产工作会议 2024-03-12 10:20", "青山县召开春耕生产工作会议 来源：青山网 2024-03-12"):
        assert headlines(f"{top}\n{BODY}") == ["青山县召开春耕生产工作会议"], top
    # 宣布…将于…开幕 announces an event to come: no one takes part in it yet
    text = "5月6日，青山县召开新闻发布会。县长王小五宣布第三届青山茶文化节将于10月在白石镇开幕。"
    assert not {r for r in graph(text)[1] if r[1] == "participant"}
    # a notice's contact line is no site's furniture: its person stays
    assert ("Person", "王小五") in graph(f"{HEAD}\n{BODY}\n联系人：王小五 电话：0571-88886666")[0]
    # 开展了 before the kind is no part of the event's name
    assert ("Initiative", "节前安全检查") in graph("青山县开展了节前安全检查\n9月17日，副县长王五带队检查。")[0]
    # a compound surname's name of four is no foreign name (no 欧阳 and 小娜 apart)
    assert credits(f"{HEAD}\n{BODY}（欧阳小娜 杨小英）") == set()


def test_credits_of_a_bar_and_a_role_among_the_pages_fields():
    assert credits(f"{HEAD}\n文丨李小四\n{BODY}") == {("author", "李小四")}  # (丨, a stroke, for a bar)
    assert credits(f"{HEAD}\n文 | 李小四  图 | 王五\n{BODY}") == {("author", "李小四")}  # (图 |: the photographer)
    assert credits(f"{HEAD}\n来源：青山日报 记者 李小四\n{BODY}") == {("author", "李小四")}
    # (names apart from their roles, then 报道：, after a dateline: as before the round)
    assert credits(f"{HEAD}\n青山融媒讯 记者 李小四 通讯员 王五 报道：{BODY}") == {("author", "李小四"), ("contributor", "王五")}
    # (a dateline, then the unit and its writer in brackets)
    assert credits(f"{HEAD}\n本报讯（青山县委宣传部 李小四）{BODY}") == {("author", "李小四")}


def test_a_sites_name_a_papers_day_and_page_and_an_accounts_name_over_the_title_are_no_lines_of_it():
    title = "青山县召开春耕生产工作会议"
    for top in ("青山县人民政府", "青山日报 2024年03月12日 第01版", "青山发布 青山发布"):
        assert headlines(f"{top}\n{title}\n{BODY}") == [title], top
    assert headlines(f"抓早抓实 不误农时\n{title}\n{BODY}") == ["抓早抓实 不误农时 " + title]  # (a kicker stays)


def test_a_writers_credit_before_a_papers_role_and_a_name_before_its_credit_after_a_role():
    assert credits(f"{HEAD}\n文/青山日报记者 李小四\n{BODY}") == {("author", "李小四")}  # (no 青山 for a name)
    assert credits(f"{HEAD}\n记者 李小四/文 王小五/图\n{BODY}") == {("author", "李小四"), ("author", "王小五")}  # (photos)
    assert credits(f"{HEAD}\n{BODY}\n通讯员 王五/图") == {("contributor", "王五")}  # (no writer credited apart)
    assert credits(f"{HEAD}\n稿件来源：县委宣传部 作者：李小四\n{BODY}") == {("author", "李小四")}
