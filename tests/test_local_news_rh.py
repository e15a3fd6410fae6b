"""Credits in shapes kg did not read, found by writing each common shape of a Chinese news credit under one short
article of our own and reading what kg made of it (the thirty-sixth round): several names before 报道： with no role
word between them, with or without a dateline (记者李四、王五报道：); a role word that opens the report with no outlet
before it (记者李四报道：); 文图/ glued to the name; the name before its credit (李四/文 王五/图, 李四 王五/文); and those who
checked the text, parted from their names by a slash (编辑/王五 审核/赵六), who are no authors.

Each test is a short text written for it; docs/extraction.md ("Thirty-sixth round") says why.
"""
from __future__ import annotations

from kg.text import parse
from tests.conftest import credits, graph, headlines

HEAD = "青山县农技人员下乡指导春耕"
BODY = "3月2日，县农业农村局组织技术人员到白石镇指导春耕。技术人员逐户讲解种植要点。"


def test_several_names_before_baodao_with_no_role_word_between():
    assert credits(f"{HEAD}\n本报讯 记者李小四、王五报道：{BODY}") == {("author", "李小四"), ("author", "王五")}
    assert credits(f"{HEAD}\n本报讯 记者李小四 王五报道：{BODY}") == {("author", "李小四"), ("author", "王五")}
    # the second role still gives its own
    assert credits(f"{HEAD}\n本报讯 记者李小四 通讯员王五报道：{BODY}") == {("author", "李小四"), ("contributor", "王五")}


def test_a_role_word_opening_the_report_with_no_outlet():
    assert credits(f"{HEAD}\n记者李小四报道：{BODY}") == {("author", "李小四")}
    assert credits(f"{HEAD}\n记者李小四、王五报道：{BODY}") == {("author", "李小四"), ("author", "王五")}
    assert credits(f"{HEAD}\n记者现场报道：{BODY}") == set()  # no name: no one


def test_wentu_glued_to_the_name_by_a_slash():
    assert credits(f"{HEAD}\n文图/李小四\n{BODY}") == {("author", "李小四")}
    assert headlines(f"{HEAD}\n文图/李小四\n{BODY}") == [HEAD]


def test_the_name_before_its_credit_glued_by_a_slash():
    assert credits(f"{HEAD}\n李小四/文 王小五/图\n{BODY}") == {("author", "李小四"), ("author", "王小五")}  # (the pictures')
    assert credits(f"{HEAD}\n李小四 王五/文\n{BODY}") == {("author", "李小四"), ("author", "王五")}
    assert credits(f"{HEAD}\n{BODY}\n（李小四/文 王五/摄）") == {("author", "李小四")}
    assert headlines(f"{HEAD}\n李小四/文 王五/图\n{BODY}") == [HEAD]


def test_those_who_checked_the_text_after_a_slash_are_no_authors():
    assert credits(f"{HEAD}\n{BODY}\n文/李小四 编辑/王五 审核/赵六") == {("author", "李小四")}
    assert credits(f"{HEAD}\n{BODY}\n文/李小四 终审/赵六") == {("author", "李小四")}


# A web page's lines around the article, written for these tests.
TITLE = "白石镇举办春耕技术培训"


def test_the_line_over_the_posts_day_is_the_title_and_the_lines_above_the_sites():
    page = f"青山云APP\n新闻热线 0000-1234567\n青山网\n{TITLE}\n发布时间：2024-03-05 09:12 来源：青山网\n{BODY}"
    assert headlines(page) == [TITLE]
    # a long title with a comma, over the post's day, is glued to no paragraph
    title = "邻里纠纷巧化解，青山县人民法院巡回法庭走进白石镇红旗村开庭审理一起相邻权纠纷"
    assert headlines(f"{title}\n发布于: 2024-03-05 09:12\n{BODY}") == [title]
    assert headlines(f"{title}\n发布时间：2024-03-05 09:12\n{BODY}") == [title]
    # a photo's caption under the post's day is the article's
    entities, _ = graph(f"青山网\n{TITLE}\n发布时间：2024-03-05\n农技员王小五在田间讲解\n{BODY}")
    assert ("Person", "王小五") in entities
    # a site's name and the author's over the post's day and time
    assert headlines(f"立即下载\n青山新闻\n{TITLE}\n青山网李小四2024-03-05 09:12\n{BODY}") == [TITLE]


def test_the_texts_first_line_over_the_title_is_its_kicker_or_the_title_over_its_subtitle():
    # (a kicker of one phrase the headline model may be sure is no headline's line: then it is the article's caption;
    # the annotation guide takes either reading, the title alone or with its kicker)
    [a] = parse(f"春风化雨润农家\n{TITLE}\n日期: 2024年3月5日\n\n{BODY}").articles
    assert a.headline in (f"春风化雨润农家 {TITLE}", TITLE) and "春风化雨润农家" in [s.text for s in a.sentences]
    # a subtitle with its dash under the title over the post's day, after the site's lines
    text = f"青山网\n新闻热线 0000-1234567\n{TITLE}\n——全镇两百余名农户参加\n发布时间：2024-03-05\n{BODY}"
    assert headlines(text) == [TITLE]
    text = f"{TITLE}\n——白石镇农技站走进田间\n发布时间：2024-03-05 09:12\n{BODY}"
    assert headlines(text) == [TITLE]
    assert headlines(f"• 青山新闻\n{TITLE}\n发布时间：2024-03-05\n{BODY}") == [TITLE]  # a column, no kicker
    assert headlines(f"• 青山教育新闻\n白石镇春耕培训开班\n发布时间：2024-03-05\n{BODY}") == ["白石镇春耕培训开班"]
    # under the site's lines, a kicker of two phrases apart by a space
    text = f"青山云APP\n新闻热线 0000-1234567\n春风送暖 农技下乡\n{TITLE}\n发布时间：2024-03-05\n{BODY}"
    assert headlines(text) == [f"春风送暖 农技下乡 {TITLE}"]


def test_a_site_table_gives_the_title_repeated_over_the_posts_day():
    page = (f"青山县人民政府 www.qs.gov.cn\n政府信息公开\n索引号: 0000-2024-01 主题分类: 农业\n名 称: {TITLE}\n文号: 关键字:\n"
            f"{TITLE}\n发布时间:2024-03-05 17:20\n字号:[ ]\n白石镇举办\n春耕技术培训\n{BODY}")  # (the title again, in two)
    assert headlines(page) == [TITLE]


def test_a_login_line_a_row_of_font_buttons_and_a_pages_list_of_titles_are_furniture():
    titles = ("青山县召开春耕生产动员会议 白石镇举办春耕技术培训 青山中学开展植树活动 县图书馆新馆开放 "
              "青山湖湿地公园迎来首批候鸟 城管部门整治占道经营 遗失声明")
    page = f"登录青山云账号\n上一篇  下一篇  打印  放大  适中\n{titles}\n{TITLE}\n记者 李小四 通讯员 王五\n{BODY}"
    assert headlines(page) == [TITLE]
    assert credits(page) == {("author", "李小四"), ("contributor", "王五")}
    assert headlines(f"登录青山云账号\n{TITLE}\n{BODY}") == [TITLE]
    assert headlines(f"放大  适中  缩小\n{TITLE}\n{BODY}") == [TITLE]


def test_an_e_papers_page_line_has_the_sites_header_above_it():
    page = f"X 青山日报数字报 青山日报往期\n第11版:地方新闻·白石\n{TITLE}\n本报讯(记者李小四)3月2日,白石镇开展春耕培训。农技人员逐户讲解种植要点。"
    assert headlines(page) == [TITLE]


def test_a_credit_after_the_photos_captions_and_the_unit_it_writes_for():
    text = f"{TITLE}\n{BODY}\n培训现场\n青山县农业农村局\n通讯员:李小四"
    assert credits(text) == {("contributor", "李小四")}


def test_a_photos_caption_with_its_credit_over_the_dateline_opens_no_article():
    text = f"白石镇培训现场。青山网记者 李小四 摄\n青山网3月5日讯 (记者李小四 王五) {BODY}"
    assert headlines(text) == [""]
    assert credits(text) == {("author", "李小四"), ("author", "王五")}


def test_the_pages_footer_under_the_editor_opens_no_article_and_keeps_its_names():
    text = (f"{TITLE}\n{BODY}（记者 李小四）\n责任编辑:王小五\n值班主任:赵小六\n青山网微博\n"
            "本网站部分内容转载自其他网站,如有侵权请来信告知,本网将在核实后删除相关内容。")
    assert headlines(text) == [TITLE]
    entities, _ = graph(text)
    assert ("Person", "赵小六") in entities
    # a dateline under the editor's line opens the next item
    assert headlines(f"{TITLE}\n{BODY}\n责任编辑:王小五\n青山县图书馆新馆开放\n本报讯 3月6日,青山县图书馆新馆正式开放,市民排队入馆。") == [
        TITLE, "青山县图书馆新馆开放"]


def test_a_places_news_with_a_role_after_it_is_a_dateline():
    text = f"{TITLE}\n白石镇讯 通讯员李小四报道 3月2日,县农业农村局组织技术人员到白石镇指导春耕。"
    assert credits(text) == {("contributor", "李小四")}
    entities, _ = graph(text)
    assert ("Person", "镇讯") not in entities and ("Person", "白石") not in entities


def test_a_closing_credit_after_the_outlet_and_its_app():
    assert credits(f"{TITLE}\n{BODY}\n青山网 青山APP 记者 李小四 通讯员 王五") == {("author", "李小四"), ("contributor", "王五")}


def test_what_each_reporter_did_before_the_role_and_the_photographer_after_the_names():
    text = f"{TITLE}\n来源:青山网 作者:文/记者李小四 通讯员王五 航拍/记者赵小六\n{BODY}"
    assert credits(text) == {("author", "李小四"), ("contributor", "王五"), ("author", "赵小六")}
    assert credits(f"{TITLE}\n{BODY}\n（青山网记者 李小四 摄影 王五）") == {("author", "李小四")}


def test_the_datelines_credit_gives_the_roles_of_the_authors_a_field_named():
    text = (f"{TITLE}\n来源:青山网 作者:李小四 王五 赵小六 编辑:钱七\n现场。\n"
            f"青山网白石3月2日讯 (青山新闻记者 李小四 王五 摄影 赵小六) 县农业农村局组织技术人员到白石镇指导春耕。")
    assert credits(text) == {("author", "李小四"), ("author", "王五")}


def test_a_photo_pages_first_item_under_its_title_stays_its_body():
    import kg

    text = ("1、白石镇春耕忙\n白石镇农户抢抓农时播种玉米，田间一派繁忙景象。（李小四摄）\n"
            "2、青山湖候鸟归来\n青山湖湿地迎来今年第一批越冬候鸟，吸引市民观赏。（王五摄）")
    first = kg.build(text).documents[0].articles[0]
    assert first.headline == "1、白石镇春耕忙"
    assert [s.kind for s in first.sentences if "播种玉米" in s.text] == ["body"]


def test_an_e_papers_navigation_over_the_title_and_its_photo_credit_under_it():
    page = (f"有温度 有深度\n第03版:综合新闻\n上一版3   4下一版\n2024年03月05日 星期二 出版 上一期  下一期\n3 上一篇   下一篇 4\n放大 缩小 默认\n"
            f"{TITLE}\n王五/摄\n本报讯(记者 李小四)3月2日,县农业农村局组织技术人员到白石镇指导春耕。")
    assert headlines(page) == [TITLE]
    assert credits(page) == {("author", "李小四")}
    # a page named in Chinese numerals, under the paper's menu
    page = f"首页 | 标题导航 | 往期 | 版面导航\n新闻内容\n第二版:新闻\n{TITLE}\n本报讯 (通讯员 李小四)3月2日,县农业农村局组织技术人员到白石镇指导春耕。"
    assert headlines(page) == [TITLE]
    assert headlines(f"新闻内容\n第二版:新闻\n{TITLE}\n{BODY}") == [TITLE]
    assert headlines(f"2024年03月05日 星期二 出版 上一期  下一期\n{TITLE}\n{BODY}") == [TITLE]
    # the title, the day alone, then a photo's caption over the dateline: the caption is no title
    assert headlines(f"{TITLE}\n2024-03-05\n培训现场\n本报讯(记者 李小四)3月2日,县农业农村局组织技术人员到白石镇指导春耕。") == [TITLE]


def test_a_bulleted_title_loses_its_bullet_and_a_day_glued_to_its_time_is_furniture():
    page = f"学校动态\n  • {TITLE}\n  • 信息来源:青山县教育局     时间:2024-03-05 06:23\n{BODY}"
    assert headlines(page) == [TITLE]
    assert headlines(f"来自:白石镇\n{TITLE}\n2024年03月05日15:19\n{BODY}") == [TITLE]


def test_a_name_of_two_spaced_out_alone_in_brackets_closes_the_article():
    assert credits(f"{TITLE}\n{BODY}\n(李 明)") == {("author", "李明")}


def test_the_names_after_the_photographers_credit_took_the_photos():
    assert credits(f"{TITLE}\n(文/李小四 图/王五 赵六){BODY}") == {("author", "李小四")}


def test_a_festival_named_by_its_own_word_held_or_closed():
    entities, _ = graph("9月15日，2024年白石镇花灯节在镇文化广场举办。")
    assert ("Initiative", "2024年白石镇花灯节") in entities
    entities, _ = graph("7月30日，青山县民俗文化(茶叶)节在白石镇开幕。")
    assert ("Initiative", "青山县民俗文化(茶叶)节") in entities
    entities, _ = graph("6月29日，为时两天的2024青山县旅发大会落下帷幕。")
    assert ("Initiative", "2024青山县旅发大会") in entities
    entities, _ = graph("决赛环节在晚上举行，春节在即。")
    assert not any(t == "Initiative" for t, _ in entities)


def test_two_posts_joined_by_jian_make_a_member_of_both_bodies():
    _, facts = graph("青山交投集团副总经理兼白石海丝公司副董事长张小明致辞。")
    assert {("张小明", "memberOf", "青山交投集团"), ("张小明", "memberOf", "白石海丝公司")} <= facts


def test_the_project_a_signing_names():
    entities, _ = graph("会上，白石县与青山皮草有限公司签订了兔皮深加工项目，签约额5000万元。")
    assert ("Initiative", "兔皮深加工项目") in entities
    entities, _ = graph("白石县集中签约了12个项目，双方还签订了合作项目。")  # (a count of projects, a kind: none)
    assert not any(t == "Initiative" for t, _ in entities)


def test_what_the_review_found():
    # a text that is a photo's caption alone builds
    assert headlines("学生在操场上进行消防演练。李小四 摄\n编辑：王五") == [""]
    # items of a page that each close with their editor stay items
    r1 = "近日，青山县农业农村局派出农技员到各村讲解育秧技术，发放种子化肥两百余吨，保障春耕用种用肥。"
    r2 = "近日，白石镇组织干部群众开展春季植树活动，在河道两岸共栽种各类苗木三千余株，进一步改善了人居环境。"
    r3 = "日前，红旗村通村公路硬化工程完工，全长三点二公里，解决了沿线五百余户村民出行难的问题。"
    text = f"青山县开展春耕\n{r1}\n编辑：王五\n白石镇植树\n{r2}\n编辑：王五\n红旗村修路\n{r3}"
    assert headlines(text) == ["青山县开展春耕", "白石镇植树", "红旗村修路"]
    # a wrapped line of the body that gives a meeting's time is no post's day
    text = ("青山县召开安全生产工作会议\n青山县安全生产委员会近日发出通知，决定召开全县安全生产工作\n"
            "会议，时间：2024年3月12日 9:00，地点：县会议中心，请各乡镇\n主要负责人参加。县长王五将出席会议并讲话。")
    assert headlines(text) == ["青山县召开安全生产工作会议"]
    # a holiday alone is no event
    entities, _ = graph("今年的元宵节在欢乐祥和中落下帷幕。3月12日，植树节在青山县举行了义务植树活动。")
    assert not any(t == "Initiative" and n.endswith("节") for t, n in entities)
    for text in ("青山杯关键环节在县体育馆举行。", "教材第三章第二节在课堂上举行了讨论。"):  # (a word's 节, a section's)
        entities, _ = graph(text)
        assert not any(t == "Initiative" and n.endswith("节") for t, n in entities), text
    # where the report was made, before 报道, is no author
    assert credits(f"{TITLE}\n本报讯 记者李小四 白石镇报道：{BODY}") == {("author", "李小四")}


def test_each_name_of_a_list_with_its_title_after_it_is_of_the_body_before_the_list():
    _, facts = graph("青山农科院李小四研究员、赵小六副研究员到白石镇指导春耕。")
    assert {("李小四", "memberOf", "青山农科院"), ("赵小六", "memberOf", "青山农科院")} <= facts
