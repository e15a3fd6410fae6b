"""Constructions of the sixty-ninth round's pages (power supply, water works, rural roads, popular science, blood
donation, harvests, canteens for the elderly, foreign trade), each on a short text written for the test."""
from tests.conftest import credits, facts, headlines, names


def test_a_reporter_in_a_site_s_own_brackets_closes_the_article():
    text = ("白石县开展防汛演练\n6月5日，白石镇在青河大堤开展防汛应急演练。\n演练提升了群众的避险能力。\n"
            "【记者 罗小杨】\n【编辑 刘小东】\n图片来源:白石镇人民政府\n")
    assert credits(text) == {("author", "罗小杨")}


def test_an_empty_author_field_above_gives_way_to_the_closing_credit():
    text = ("青山桥维修完工\n【时间:2023-05-02】 【来源:本网】 【点击:次】【作者:】\n"
            "晚报讯 4月28日，白石县公路中心完成青山桥的维修工作。\n桥面车辆有序通行。\n(方小华 周大明 文/图)\n")
    assert credits(text) == {("author", "方小华"), ("author", "周大明")}


def test_a_printed_page_s_mark_before_the_dateline():
    text = ("白石镇长者食堂开业\n○本报讯 特约记者 方小华 周大明 通讯员 陆小雨 近日，白石镇长者食堂开业。\n"
            "老人们围坐在一起用餐。\n")
    assert credits(text) == {("author", "方小华"), ("author", "周大明"), ("contributor", "陆小雨")}


def test_one_name_alone_under_the_last_sentence_credits_it():
    text = "白石县供电所走访农户\n7月2日，白石县供电所党员服务队走访农户，检查用电线路。\n队员们排除了隐患。\n方小华\n"
    assert credits(text) == {("author", "方小华")}
    text = "白石县供电所走访农户\n7月2日，白石县供电所党员服务队走访农户，检查用电线路。\n江苏\n"  # (no person's name)
    assert not credits(text)


def test_a_union_glued_to_the_verb_after_it_is_the_company_s():
    text = "青山科技公司组织献血\n5月8日，青山科技股份有限公司工会组织职工参加无偿献血。\n"
    assert ("青山科技股份有限公司工会", "parentOrganization", "青山科技股份有限公司") in facts(text)


def test_works_begun_on_a_day_open_with_no_time_nor_verb():
    text = "青山桥修缮完工\n为了解决群众出行问题，市公路中心于今年6月3日启动青山桥修缮工程。\n"
    assert not any(n.startswith(("今年", "6月", "启动")) for n in names(text, "Initiative"))
    text = "青山桥维修完工\n为方便群众出行，市公路中心于今年5月2日启动白鹭湾桥修缮工程。\n"
    assert "白鹭湾桥修缮工程" in names(text, "Initiative")


def test_a_day_of_the_year_named_by_its_reach_without_quotes():
    text = "白石县开展科普活动\n今年全国科普日主题是“科学就在身边”，白石县组织了多场活动。\n中国传统节日里，全国各地今日都有活动。\n"
    found = names(text, "Initiative")
    assert "全国科普日" in found and "中国传统节日" not in found


def test_a_blood_station_and_a_centre_s_branch_are_bodies():
    text = ("献血车开进白石村\n9月1日，青山市中心血站的献血车开进白石村。\n"
            "青山市公路事业发展中心白石分中心派人维护道路。\n")
    found = facts(text)
    assert "青山市中心血站" in names(text, "Organization")
    assert ("青山市公路事业发展中心白石分中心", "parentOrganization", "青山市公路事业发展中心") in found


def test_a_village_named_short_is_no_person():
    text = "献血车开进白石村\n9月1日，献血车开进青山县白石镇刘家岗村。\n村民王小明正巧到刘家岗办事，便登上了献血车。\n"
    assert "刘家岗" not in names(text, "Person")


def test_villages_listed_right_after_a_village_are_its_own():
    text = ("八个自然村送锦旗\n原来这是白石县青山镇金山村东岭、西岭、马家湾等八个自然村的村民代表。\n")
    found = facts(text)
    assert {("西岭", "containedInPlace", "金山村"), ("马家湾", "containedInPlace", "金山村")} <= found
    assert ("马家湾", "containedInPlace", "青山镇") not in found


def test_an_outlet_s_name_over_the_post_s_time_is_no_headline():
    text = ("青山日报·新青山客户端 2022-08-15 09:12:40\n青山日报·新青山客户端8月15日讯(通讯员 方小华)8月9日,青山学院实践团"
            "前往白石县红星村开展志愿服务。\n")
    assert headlines(text) == [""]


def test_a_kicker_that_names_the_place_opens_the_headline():
    text = ("通版阅读请点击:\n展开通版\n收缩通版\n当前版:03版\n发布日期:2025年9月2日\n青山镇\n"
            "秋粮入仓“快”起来 烘干服务“暖”起来\n"
            "  本报讯 (记者 方小华 通讯员 陆小雨)近日,走进白石县青山镇红星村粮食烘干中心,机器轰鸣。\n"
            "  今年秋收期间雨水偏多,烘干中心日夜运转。\n")
    assert headlines(text) == ["青山镇 秋粮入仓“快”起来 烘干服务“暖”起来"]


def test_what_these_rules_leave_alone():
    # (an editor's field's value on the last line; a place, a title, a common word alone there; a column's heading)
    body = "白石县供电所走访农户\n7月2日，白石县供电所党员服务队走访农户，检查用电线路。\n"
    for last in ("白石村\n", "张主任\n", "陈述\n"):
        assert not credits(body + last), last
    assert not credits(body.rstrip("\n") + " 校对:\n方小华\n")
    assert not credits("白石县供电所走访农户\n【记者 手记】\n7月2日，白石县供电所党员服务队走访农户，检查用电线路。\n")
    # (villages joined to a village by a clause's word, or counted as towns: not its own)
    found = facts("白石镇发展产业\n白石镇金山村带动李庄、王庄、赵楼等3个村发展茶叶产业。\n")
    assert ("王庄", "containedInPlace", "金山村") not in found
    # (the hero a street is named for, a day of the calendar, a new district's first zone, a kind of union, a wound)
    assert "雷锋" in names("白石县学雷锋\n望城区雷锋街道组织学习雷锋精神。雷锋同志的事迹感人。\n", "Person")
    assert not names("白石县统计\n今年全国法定工作日共有250天。\n", "Initiative")
    assert "白石县启动区域供水一体化工程" not in names("白石县供水\n白石县启动区域供水一体化工程。\n", "Initiative")
    assert "青山新区启动区基础设施建设项目" in names("青山新区建设\n青山新区启动区基础设施建设项目进展顺利。\n", "Initiative")
    assert not names("白石县统计\n今年白石县新建基层工会组织50个。他手臂流血站了起来。\n", "Organization")
