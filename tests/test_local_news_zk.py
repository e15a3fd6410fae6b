"""Names and relations in the shapes the fifty-third round's pages (natural resources, development and statistics,
ports and airports, the press, jobs, co-operatives and grain, ethnic and religious affairs, sport) write them: a
sentence that opens after a space; a dateline of two outlets joined by a slash; a copyright note in brackets; the
site's own editor as an author; a meeting's 会上 before a body; a name run on into 来 and a place's one character; the
city a county's city's news calls 市; a zone named with its place and its kind in full; bodies a meeting
invites; a name of three the taggers cut short; credits in fields of text and photos, after a post's stamp
and its poster.
"""
import kg
from tests.conftest import credits, facts, names


def test_a_sentence_after_a_space_is_read_from_its_first_word():
    text = "青山县人民检察院召开代表联络工作座谈会。 座谈会上，该院王立新检察长首先通报了检察工作情况。"
    assert ("代表联络工作座谈会", "participant", "王立新") in facts(text)
    # (the same without the space, as before)
    assert ("代表联络工作座谈会", "participant", "王立新") in facts(text.replace("。 ", "。"))


def test_a_dateline_of_two_outlets_joined_by_a_slash():
    text = "青山县统计局召开会议\n青山日报/青山网讯(记者王立新通讯员赵小红报道)6月14日，青山县统计局召开统计工作会议。"
    assert credits(text) == {("author", "王立新"), ("contributor", "赵小红")}


def test_a_copyright_note_in_brackets_is_no_byline():
    text = ("青山县图书馆举行图书捐赠仪式\n12月18日，青山县图书馆举行图书捐赠仪式。\n"
            "(本页图片和文字未经青山融媒授权，请勿转载)\n(作者:记者 王立新 实习记者 赵小红)")
    assert credits(text) == {("author", "王立新"), ("author", "赵小红")}
    # (文字 credits a writer only before its field's mark: not in a note)
    text = "青山县举行图书捐赠仪式\n12月18日，青山县图书馆举行图书捐赠仪式。\n(以上文字内容仅供参考)"
    assert kg.build(text).documents[0].articles[0].byline is None
    # (a headline that says so is no note: 未经授权使用…)
    text = "白沙区龙腾公司未经授权使用他人商标被罚\n3月5日，记者从白沙区市场监管局获悉，该公司被罚款。"
    assert "白沙区龙腾公司" in names(text, "Organization")


def test_the_sites_own_editor_and_its_buttons_are_no_authors():
    text = ("青山县召开测绘工作会议\n来源：青山县规划局 发布日期：2014-07-07 作者：本网编辑 【打印】【关闭】\n"
            "7月4日，省测绘地理信息局局长王立新来青山县调研。")
    assert credits(text) == set()
    assert "本网编辑" not in names(text, "Person")
    assert credits(text.replace("本网编辑", "李四")) == {("author", "李四")}
    assert credits(text.replace("本网编辑", "李四").replace("【打印】【关闭】", "[打印] [关闭]")) == {("author", "李四")}


def test_a_meetings_at_opens_no_body():
    text = "青山县召开重大项目推进会议，各单位参加。会上市发改委通报了项目运行情况。会议上县统计局通报了统计数据。"
    found = names(text, "Organization")
    assert {"市发改委", "县统计局"} <= found
    assert not any(n.startswith(("会上", "会议上")) for n in found | names(text, "Place"))
    # (where the taggers read the body from 会上 on)
    assert names("县里召开会议。会上县财政局通报了预算执行情况。", "Organization") == {"县财政局"}


def test_a_name_run_on_into_came_and_a_places_character_is_the_name():
    text = "省调查总队总队长卢川来滨检查工作。在滨期间，卢川一行察看了工作环境。"
    assert names(text, "Person") == {"卢川"}
    # (not a name of a double surname, which the text names others of: 欧阳来福 beside 欧阳明)
    assert "欧阳来福" in names("市人大常委会主任欧阳来福主持会议。欧阳明、欧阳来福等出席。", "Person")


def test_the_citys_bodies_in_a_county_citys_news_are_its_own():
    text = ("青山组织企业赴成都市金牛区举办招聘会。石狮市“春风行动”由石狮市委、市政府主办，"
            "石狮市人社局牵头，石狮市委政法委、市总工会等部门参与。")
    found = facts(text)
    assert ("市政府", "location", "石狮市") in found
    assert ("市总工会", "location", "石狮市") in found
    assert ("市政府", "location", "成都市") not in found
    # (a city's own news that names one of its county's cities: 市委 is the city's)
    found = facts("郑州市召开全市经济工作会议，新郑市作交流发言。市委、市政府主要领导出席。")
    assert ("市委", "location", "郑州市") in found and ("市政府", "location", "郑州市") in found


def test_a_zone_named_with_its_place_and_its_kind_in_full_is_one_place():
    found = facts("宜昌经济开发区党工委书记王立新到青山港调研。")
    assert ("宜昌经济开发区党工委", "location", "宜昌经济开发区") in found
    assert ("宜昌经济开发区", "containedInPlace", "宜昌市") in found
    # (a zone the township table names by its kind alone, after its city)
    found = facts("孝感经济开发区管委会主任王立新调研。")
    assert ("孝感经济开发区管委会", "location", "孝感经济开发区") in found
    assert ("孝感经济开发区", "containedInPlace", "孝感市") in found
    # (not a district of a name of its own: 浦东新区 of 上海)
    assert ("浦东新区", "containedInPlace", "上海市") in facts("上海浦东新区科创策源功能持续提升。")


def test_bodies_a_meeting_invites_take_part_in_it():
    text = ("5月16日，青山市规划局召开青山县级国土空间规划专家评审会，会议由规划局副局长王立新主持。"
            "会议邀请了青山规划设计研究院、白沙大学规划研究院等单位的专家组成评审委员会。")
    found = facts(text)
    for body in ("青山规划设计研究院", "白沙大学规划研究院"):
        assert ("青山县级国土空间规划专家评审会", "participant", body) in found
    # (a member's body is no guest of its own: the person is)
    found = facts("青山县召开防汛工作会议。会议邀请了县气象局局长赵小红介绍天气形势。")
    assert ("防汛工作会议", "participant", "赵小红") in found
    assert ("防汛工作会议", "participant", "县气象局") not in found
    found = facts("青山县召开防汛工作会议。会议邀请了县气象局局长赵小红、县水利局的专家介绍形势。")
    assert ("防汛工作会议", "participant", "县水利局") in found
    assert ("防汛工作会议", "participant", "县气象局") not in found


def test_a_name_written_every_time_with_the_same_next_character_is_of_three():
    text = "县委常委、组织部部长程步一出席结业仪式。程步一讲话时表示，要学以致用。"
    assert "程步一" in names(text, "Person")
    assert "程步" not in names(text, "Person")
    # (not where that character opens a word: 一行, 一同)
    text = "副县长赵刚一行到青山镇调研。赵刚一同察看了现场。"
    assert names(text, "Person") == {"赵刚"}


def test_credits_in_fields_of_text_and_photos_and_a_posts_stamp_with_its_poster():
    text = "青山大学举行签约仪式\n6月2日，青山大学与白石镇签署合作协议。校长王五出席。(文字:青山研究院、科技处 李小四;图片:赵大六)"
    assert credits(text) == {("author", "李小四")}
    # (the post's day and time, the poster between bars, then its authors)
    text = "青山县供电公司开展活动\n2015-12-14 18:20:31  |  青山在线  |  李小四 王五\n6月2日，青山县供电公司开展安全活动。"
    assert credits(text) == {("author", "李小四"), ("author", "王五")}
