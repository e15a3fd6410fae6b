"""Credits in the shapes of more sites and printed pages: names set apart by a box, a unit and its writer in brackets,
a site's own reporter among its fields, a field that credits no one over a real byline, a dateline's line that is
only its credit, and a photo news item credited by its photo alone."""
import kg

BODY = "3月5日，青山县白石镇举行春耕动员会，全镇干部群众二百余人参加。会议要求各村抓好农资供应和技术指导，确保春耕顺利。"


def credits(text: str) -> list[tuple[int, str, str]]:
    """(article, person, role) of every byline person the build finds."""
    g = kg.build(text)
    return sorted((int(f.subject.rsplit("-", 1)[1]), g.entities[f.object].name, f.predicate) for f in g.facts
                  if f.predicate in ("author", "contributor"))


def test_names_a_printed_pages_box_sets_apart_after_the_last_sentence():
    text = "白石镇春耕动员会召开\n本报讯 " + BODY + "□李明 张芳\n红旗村修好灌溉渠\n本报讯 3月6日，红旗村修好了灌溉渠。□王强"
    assert credits(text) == [(1, "张芳", "author"), (1, "李明", "author"), (2, "王强", "author")]


def test_a_unit_and_its_writer_in_brackets_closing_the_article():
    for credit, names in (("(青山县卫健局:王芳)", ["王芳"]), ("(青山县农业农村局李明、王芳)", ["李明", "王芳"]),
                          ("(区司法局王芳 段小勋)", ["段小勋", "王芳"]),
                          ("(青山日报 李明 张 芳)", ["李明", "张芳"])):
        found = credits("白石镇春耕动员会召开\n\n" + BODY + "\n" + credit)
        assert [name.replace(" ", "") for _, name, _ in found] == sorted(names), credit
    # (a unit's head and his title glued to it is no credit of names: 局长王五 is no writer)
    assert credits("白石镇春耕动员会召开\n\n" + BODY + "\n(青山县农业局局长王五、李四)") == []


def test_a_field_that_credits_no_one_gives_way_to_the_byline_under_the_title():
    for field in ("作者:青山县林业科技中心", "发布时间:2022-12-22 | 作者: | 来源:青山网", "作者:消息"):
        text = f"青山网\n{field}\n白石镇春耕动员会召开\n\n 青山科技报记者 李明 通讯员 王芳\n{BODY}"
        assert credits(text) == [(1, "李明", "author"), (1, "王芳", "contributor")], field
    # (an empty field then a credit closing the text)
    text = f"白石镇春耕动员会召开\n• 发布时间:2020-07-14 | 作者: | 来源:青山网\n{BODY}(青山电视台记者 李明)"
    assert credits(text) == [(1, "李明", "author")]


def test_a_sites_own_reporter_among_its_fields_and_a_datelines_line_of_its_credit_alone():
    assert credits(f"白石镇春耕动员会召开\n发布日期:[2013/12/3 14:28:41] 信息来源: 本网记者 王朋\n{BODY}") == [
        (1, "王朋", "author")]
    assert credits(f"白石镇春耕动员会召开\n\n中国青山网讯 记者李明报道\n{BODY}") == [(1, "李明", "author")]


def test_a_photo_news_item_credited_by_its_photo_alone():
    # the photo's credit inside the text, names alone: they made the item
    text = f"白石镇春耕动员会召开\n\n{BODY}\n\n春耕动员会现场。李明 摄\n\n会后，干部们分头到各村检查农资储备。"
    assert credits(text) == [(1, "李明", "author")]
    # a number of an e-paper's photo before the credit
    assert credits(f"春耕忙\n\n{BODY}③2 李明 摄") == [(1, "李明", "author")]
    # not where the item has a byline (the photographer is no author), nor where two hands took its photos
    assert credits(f"白石镇春耕动员会召开\n\n本报讯（记者 王芳）{BODY}\n\n动员会现场。李明 摄") == [(1, "王芳", "author")]
    text = f"白石镇春耕动员会召开\n\n{BODY}\n\n动员会现场。李明 摄\n\n干部检查农资。王强 摄\n\n会后干部分头到各村检查。"
    assert credits(text) == []


def test_a_place_that_opens_a_headline_holding_an_event_is_where_it_is_held():
    g = kg.build(text="青山县白石镇开展“送法下乡”活动\n\n3月5日，县司法局干部走进村里，为群众讲解法律知识。")
    facts = {(g.entities[f.subject].name, f.predicate, g.entities[f.object].name) for f in g.facts}
    assert ("送法下乡", "location", "白石镇") in facts
    assert ("送法下乡", "location", "青山县") not in facts  # (the most precise of the places side by side)


def test_a_name_of_three_before_a_heads_title_keeps_its_last_character():
    g = kg.build(text="青山学院召开帮扶工作会\n\n3月2日，帮扶工作会在白石镇召开，戴玉新书记代表学院出席。会上任命王强为书记。")
    people = {e.name for e in g.entities.values() if e.type == "Person"}
    assert "戴玉新" in people and "戴玉" not in people
    assert "王强" in people  # (为 before a title is no name's end)


def participants(text: str) -> set[tuple[str, str]]:
    g = kg.build(text=text)
    return {(g.entities[f.subject].name, g.entities[f.object].name) for f in g.facts if f.predicate == "participant"}


def test_who_attends_an_event_called_by_its_kind_takes_part_in_the_one_of_that_kind():
    text = ("青山县招商推介会举行\n\n9月3日，首届青山投资洽谈会白石县招商推介暨合作签约仪式在青山宾馆举行。"
            "县委书记王大明，县委常委、副县长张小国出席签约仪式。")
    event = "首届青山投资洽谈会白石县招商推介暨合作签约仪式"
    assert {(event, "王大明"), (event, "张小国")} <= participants(text)
    text = "新校区启用\n\n9月1日，白石中学新校区落成典礼在城南举行。县教育局局长龙小平等参加落成典礼。"
    assert ("白石中学新校区落成典礼", "龙小平") in participants(text)


def test_those_named_after_who_attended_take_part():
    text = ("法治论坛开幕\n\n5月6日上午，第三届青山法治论坛开幕式在学院礼堂举行。"
            "出席本次开幕式的有学院院长冯小梅、法学院院长唐小红。")
    assert {("第三届青山法治论坛", "冯小梅"), ("第三届青山法治论坛", "唐小红")} <= participants(text)


def test_shapes_of_a_fresh_batch_of_sites():
    # a paper's dateline with the day alone (本报6日讯), the byline in brackets after it
    assert credits(f"白石镇春耕动员会召开\n\n本报6日讯(记者李明 王芳){BODY}") == [(1, "李明", "author"), (1, "王芳", "author")]
    # an e-paper's 刊发时间 field with its authors
    assert credits(f"白石镇春耕忙\n刊发时间:2024-03-06 A2版  作者:李明 王芳\n{BODY}") == [
        (1, "李明", "author"), (1, "王芳", "author")]
    # a town's people's congress in brackets, its writer after it
    assert credits(f"白石镇春耕动员会召开\n\n{BODY}\n(白石镇人大 李明)") == [(1, "李明", "author")]
    # an e-paper's issue line and a site's city station over the title are the page's, no headline's line
    for line in ("A3:要闻总第2764期 >2024-03-06编印", "青山文明网白石站 > 志愿服务"):
        doc = kg.build(text=f"{line}\n白石镇春耕动员会召开\n{BODY}").documents[0]
        assert [a.headline for a in doc.articles] == ["白石镇春耕动员会召开"], line
    text = f"A3:要闻总第2764期 >2024-03-06编印\n白石镇:\n开展春耕动员暨 主 题 宣 讲 活 动\n刊发日期:2024-03-06\n  本报讯 {BODY}"
    assert [a.headline for a in kg.build(text=text).documents[0].articles] == ["白石镇:开展春耕动员暨 主 题 宣 讲 活 动"]
    # the title a breadcrumb ends with, over the post's day alone, is the headline
    text = f"您所在的位置:首页 > 工作动态 > 白石镇春耕动员会召开\n白石镇春耕动员会召开\n2024-03-06\n{BODY}"
    assert [a.headline for a in kg.build(text=text).documents[0].articles] == ["白石镇春耕动员会召开"]


def test_what_the_review_of_these_rules_found_stays_mended():
    # 出席会议的有关领导 lists no one; a list of those who attended ends where a name is followed by its own verb
    assert participants("青山论坛开幕\n\n5月6日，第三届青山论坛在学院礼堂开幕。出席会议的有关领导号召大家向模范王五学习。") == set()
    found = participants("青山论坛开幕\n\n5月6日，第三届青山论坛开幕式在学院礼堂举行。"
                         "出席本次开幕式的有院长冯小梅，书记唐小红，李四因故未能出席。")
    assert ("第三届青山论坛", "唐小红") in found and ("第三届青山论坛", "李四") not in found
    # a ceremony of another kind than the article's event, none of that kind named: no part of it
    assert participants("青山论坛开幕\n\n5月6日，第三届青山论坛在学院礼堂开幕。当天下午，副县长王五出席了签字仪式。") == set()
    # the place a headline holds its event in is no venue where the text puts the event elsewhere
    g = kg.build(text="青山县举办“青山好物”推介会\n\n3月5日，“青山好物”推介会在上海市举行。")
    assert {g.entities[f.object].name for f in g.facts if f.predicate == "location"} == {"上海市"}
    # a photo's caption in brackets credits no one; a unit glued to its writers keeps them its members
    for caption in ("（图为青山县农业局王五、李四）", "（青山县农业局干部王五、李四）"):
        assert credits(f"白石镇春耕动员会召开\n\n{BODY}\n{caption}") == [], caption
    g = kg.build(text=f"白石镇春耕动员会召开\n\n{BODY}\n（青山县农业局：王五）")
    facts = {(g.entities[f.subject].name, f.predicate, g.entities[f.object].name)
             for f in g.facts if f.subject in g.entities}
    assert ("王五", "memberOf", "青山县农业局") in facts
    # a box then a space sets the names apart too, and stays out of the text; boxed names listed on lines of their own
    # are no credit
    text = "白石镇春耕动员会召开\n本报讯 " + BODY + "□ 李明 张芳\n红旗村修好灌溉渠\n本报讯 3月6日，红旗村修好了灌溉渠。"
    doc = kg.build(text=text).documents[0]
    assert doc.articles[0].byline == "李明 张芳" and doc.articles[0].sentences[-1].text.endswith("顺利。")
    assert credits(f"白石镇表彰先进\n\n本报讯 {BODY}□李明 张芳\n□赵六 钱七\n会后干部分头到各村检查。") == []
    # 原 before a title is no name's end (王强原局长: the former head)
    assert {e.name for e in kg.build(text="会上，王强原局长出席会议。").entities.values() if e.type == "Person"} == {"王强"}


def test_the_party_its_members_are_named_by_is_no_body_of_the_text():
    g = kg.build(text="3月5日，青山电力公司的共产党员服务队与共青团员服务队一起走进白石社区。")
    bodies = {e.name for e in g.entities.values() if e.type == "Organization"}
    assert "共产党员服务队" in bodies and not {"共产党", "共青团"} & bodies


def test_a_verb_of_acting_together_is_no_part_of_the_body_after_it():
    g = kg.build(text="为做好春节慰问，县总工会及各系统工会迅速响应；联合县文联、县书协开展写春联活动。")
    names = {(e.type, e.name) for e in g.entities.values()}
    assert ("Organization", "县文联") in names and not {n for t, n in names if n.startswith("联合")}
