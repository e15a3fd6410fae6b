"""Pages and names in the shapes government and party sites write them: the title in a table of an item's data
(its cells parted by bars, or its name and value by spaces alone; not read twice under the title's own line), an
author's field with the next field glued to the name, a font-size widget as furniture; a place read over a township
and its village as the two, a year's works named by their place as no place (the works after a year that opens the name
are), one place before a count of towns as a town, a zone named for the city before it as one place in that city, and
an outlet that hosts or whose editor is named as a body.
"""
from kg.lines import is_furniture
from tests.conftest import credits, facts, headlines, names

BODY = "5月8日，青山县水利局组织专家对白石水库进行了验收，工程质量合格。"


def test_the_title_in_a_table_whose_cells_are_parted_by_bars_is_the_headline():
    text = ("索引号: | 001/2025-0012 | 组配分类: | 工作动态 |\n发布机构: | 青山县水利局 | 主题分类: | 综合政务 |\n"
            "名称: | 青山县白石水库加固工程通过验收 | 文号: | 无 |\n成文日期: | 发布日期: | 2025-05-09 |\n" + BODY)
    assert headlines(text) == ["青山县白石水库加固工程通过验收"]
    # (the title's row ends with a bar, or another cell follows it: the title ends before the next cell)
    assert headlines(text.replace("| 文号: | 无 |", "|")) == ["青山县白石水库加固工程通过验收"]
    assert headlines(text.replace("| 文号: | 无 |", "| 发布日期: | 2025-05-09 |")) == ["青山县白石水库加固工程通过验收"]
    assert headlines("索引号: 001\n信息名称：青山县白石水库加固工程通过验收生成日期：2025-05-09\n" + BODY) == [
        "青山县白石水库加固工程通过验收"]
    # (a title of two parts apart by two spaces stays whole: no field's name, date or number after them)
    assert headlines("索引号: 001\n名称：青山县人民政府  关于白石水库验收的通知\n发布日期: 2025-05-09\n" + BODY) == [
        "青山县人民政府  关于白石水库验收的通知"]


def test_the_title_field_named_with_spaces_alone_is_the_headline_once():
    text = ("索 引 号  001/2025-0012  发布机构  青山县水利局\n 信息名称  青山县白石水库加固工程通过验收\n\n"
            "青山县白石水库加固工程通过验收\n\n" + BODY)
    assert headlines(text) == ["青山县白石水库加固工程通过验收"]
    assert headlines(text.replace("通过验收\n\n", "通过验收  发布日期  2025-05-09\n\n", 1)) == ["青山县白石水库加固工程通过验收"]
    # (a list's header row, 标题  发布时间, names no title)
    assert "发布时间" not in headlines("当前位置：首页 > 通知公告\n标题  发布时间\n" + BODY)
    # (the title's own line above the table: the table's field names it again, not a second line of the headline)
    text = ("首页 > 政务公开 > 部门信息公开目录 > 县水利局 > 工作动态\n青山县白石水库加固工程通过验收\n"
            "文件名称: 青山县白石水库加固工程通过验收\n索引号: 001/2025-0012 发文编号:\n公开目录: 工作动态 公开责任部门: 县水利局\n"
            "发文日期: 2025-05-09 公开形式: 主动公开\n生效日期 : 2025-05-09 有效期: 永久\n    \n\n    " + BODY)
    assert headlines(text) == ["青山县白石水库加固工程通过验收"]


def test_an_author_field_with_the_next_field_glued_on_credits_the_name_alone():
    text = "青山县召开春耕生产会议\n\n作者:王琳发布时间:2025-03-02\n\n3月1日，青山县召开春耕生产会议，部署春耕工作。"
    assert credits(text) == {("author", "王琳")}  # (not 王琳发 and 布时间, two names of three read in the run)


def test_a_font_size_widget_is_furniture():
    assert is_furniture("字体大小:") and is_furniture("字体大小：[大 中 小]")
    text = "青山县召开春耕生产会议\n\n字体大小:\n\n3月1日，青山县召开春耕生产会议，部署春耕工作。"
    assert headlines(text) == ["青山县召开春耕生产会议"]


def test_a_place_read_over_a_township_and_its_village_is_the_two():
    found = facts("近日，济南市莱芜区鹏泉街道西十字村举行了重阳节敬老活动。")
    assert ("西十字村", "containedInPlace", "鹏泉街道") in found
    assert "鹏泉街道西十字村" not in names("近日，鹏泉街道西十字村举行了重阳节敬老活动。", "Place")


def test_the_works_of_a_year_named_by_their_county_are_no_place():
    text = "青山县2023年度山塘水库清淤工程通过完工验收。"
    assert not any("水库" in n for n in names(text, "Place"))
    # (one named work is a place still)
    assert "青山县李家湾水库" in names("青山县李家湾水库清淤整治工程开工。", "Place")
    # (the year opening a project's name: the named works after it are a place)
    found = facts("2023年度青山县李家湾水库清淤整治工程开工。")
    assert ("青山县李家湾水库", "containedInPlace", "青山县") in found
    # (a month after the year, or no place after it: no zone)
    assert not any("月" in n for n in names("2023年10月青山县李家湾水库清淤工程顺利完工。", "Place"))
    assert not names("2023年度小型水库加固工程全部完工。", "Place")


def test_one_place_named_before_a_count_of_towns_is_a_town():
    assert "刘集" in names("批复投资400余万元，涉及刘集等9个乡镇。", "Place")
    assert "刘集" not in names("批复投资400余万元，涉及刘集等9个乡镇。", "Person")
    # (not where the count describes the people after it)
    assert "王建国" in names("会上，王建国等5个乡镇负责人作了发言。", "Person")


def test_a_zone_named_for_the_city_before_it_is_one_place_in_that_city():
    text = "来自孝感高新区实验小学的学生参加了活动。"
    assert "孝感高新区" in names(text, "Place") and "高新区" not in names(text, "Place")
    assert ("孝感高新区", "containedInPlace", "孝感市") in facts(text)
    assert "孝感经开区" in names("学生来自孝感经开区实验小学。", "Place")
    # (a district of its own name the gazetteer lacks stays apart, in the city)
    assert ("白沙区", "containedInPlace", "青山市") in facts("青山市白沙区实验小学举行开学典礼。")


def test_an_outlet_that_hosts_or_whose_editor_is_named_is_a_body():
    assert "白石新闻网" in names("活动由青山县委宣传部主办，白石新闻网承办。", "Organization")
    assert "由白石新闻网" not in names("由白石新闻网承办的读书月活动开幕。", "Organization")  # (由 opens no name)
    assert ("王大海", "memberOf", "白石新闻网") in facts("据悉，白石新闻网总编辑王大海介绍了活动的情况。")
    # (not a common word ending in 网 before 主办方; nor words that open the sentence: 近日青山新闻网)
    assert "互联网" not in names("县政府网站的互联网主办单位是县政府办公室。", "Organization")
    assert "近日白石新闻网" not in names("近日白石新闻网主办的征文比赛落下帷幕。", "Organization")
    assert ("王大海", "memberOf", "白石新闻网") in facts("参加活动的白石新闻网副总编辑王大海说，收获很大。")


def test_a_zone_named_for_the_city_before_it_in_one_word_of_place():
    text = "学生来自孝感新区实验小学。"  # (新区, a word of place: the zone named for 孝感, no place 新区 alone)
    assert "孝感新区" in names(text, "Place") and "新区" not in names(text, "Place")


def test_a_deputy_secretary_of_a_bodys_party_group_holds_a_title_of_the_body():
    found = facts("5月6日，县政协党组副书记、秘书长王大海带领委员视察了白石河。")
    assert ("王大海", "memberOf", "县政协") in found
    assert not any(o.endswith("党组") for s, p, o in found if p == "memberOf")


def test_the_part_of_a_county_a_square_lies_in_is_no_part_of_its_name():
    assert "白石广场" in names("活动在县城白石广场举行，市民纷纷前来。", "Place")
    assert "县城白石广场" not in names("活动在县城白石广场举行，市民纷纷前来。", "Place")
    assert "白石公园" in names("市民在县城区白石公园散步。", "Place")  # (县城区 whole, not 县城 and 区白石公园)
    assert "县城关广场" in names("市民在县城关广场散步。", "Place")  # (城关, a town's name: kept)
    assert "城区广场" in names("活动在城区广场举行。", "Place")  # (no name after 城区: the square's name whole)


def test_a_township_the_gazetteer_names_whole_holds_no_city_its_name_opens_with():
    found = facts("县政协委员们先后到水口山镇和大庆坪乡开展调研。")
    assert "大庆坪乡" in names("县政协委员们先后到水口山镇和大庆坪乡开展调研。", "Place")
    assert not any(p == "containedInPlace" and s == "大庆坪乡" for s, p, o in found)
    # (one whose name opens with the city it lies in keeps it: 南昌航空城, a township of 南昌市)
    assert ("南昌航空城", "containedInPlace", "南昌市") in facts("昨天，南昌航空城举办了航空科普活动。")
