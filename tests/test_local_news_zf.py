"""Names, people, events and pages in the shapes local news writes them: a county whose name ends like a body's
(点军区), a mass body named by its division alone (黄陂区科协), an office of management (…市场监督管理所), and a level
before a common word (市城市管理局) as no name; people listed after a chain of titles, an
academician's chain before a body and a name; an event after its theme, a slogan with a comma in its quotes, a
campaign counted by the year of its day, how long an event lasts, a township opening a project's name, the ceremony
that launches the article's event, venues listed after 在; the seat a source field's local outlet gives; a site's
addresses, a paper's licence and a government's table of fields as furniture, and no kicker read over a breadcrumb.
"""
import kg
from kg.text import parse
from tests.conftest import facts, names


def test_a_county_whose_name_ends_like_a_military_region_is_a_place():
    text = "湖北省宜昌市点军区召开春耕生产动员会，部署今年的工作。"
    assert "点军区" in names(text, "Place")
    assert not any(n.endswith("点军区") for n in names(text, "Organization"))
    # (alone too, where no body's word follows; a military region named by its city stays a body)
    assert "点军区" in names("点军区的春茶上市了。", "Place")
    assert "南京军区" in names("南京军区举行了军事演习。", "Organization")


def test_a_mass_body_named_by_its_division_alone_is_a_body_in_that_place():
    found = facts("昨天，点军区科协主席刘青云走访了三家企业。")
    assert ("刘青云", "memberOf", "点军区科协") in found
    assert ("点军区科协", "location", "点军区") in found
    assert "黄陂区妇联" in names("围绕这一主题黄陂区妇联开展了家风宣讲。", "Organization")
    assert "十堰市竹山县侨联" in names("十堰市竹山县侨联组织了座谈。", "Organization")
    # (a kind of body, no division before it, names none: 乡镇科协, 企业科协)
    assert not names("各乡镇科协和企业科协积极参与。", "Organization") & {"乡镇科协", "企业科协"}
    # (nor a level's word the gazetteer also holds as a district: 城区)
    assert "城区妇联" not in names("全市城区妇联主席参加了会议。", "Organization")


def test_every_person_listed_after_a_chain_of_titles_holds_each_of_them():
    found = facts("青山集团党委委员、副总经理王大海、李小明、赵丽出席了签约仪式。")
    for person in ("王大海", "李小明", "赵丽"):
        assert (person, "memberOf", "青山集团党委") in found, person
        assert (person, "memberOf", "青山集团") in found, person
    # (one title before the list: each one holds it, and no more)
    found = facts("县委书记张三、副书记李四出席。")
    assert ("李四", "memberOf", "县委") in found
    # (a head's title, which one holds, is not the second's: 县委书记、县长张三、李四)
    g = kg.build(text="青山县委书记、县长张三、李四出席。")
    assert not [f for f in g.facts if g.entities.get(f.subject) and g.entities[f.subject].name == "李四"
                and f.role == "书记"]


def test_an_event_named_after_its_theme_keeps_its_place_and_its_count():
    text = "4月20日，以“关爱残疾儿童，携手温暖同行”为主题的点军区第三十二次全国助残日活动在白石公园启动。"
    assert "点军区第三十二次全国助残日活动" in names(text, "Initiative")
    text = "4月20日，以“关爱残疾儿童”为主题的点军区第三十二次全国助残日活动在白石公园启动。"
    assert "点军区第三十二次全国助残日活动" in names(text, "Initiative")
    # (a theme with no name of its own after it names the event: 以“青春向党”为主题的演讲比赛)
    assert any(n.startswith("以“青春向党”") for n in names("5月4日，以“青春向党”为主题的演讲比赛在青山中学举行。", "Initiative"))


def test_a_quoted_slogan_with_a_comma_stays_whole_before_its_campaign():
    text = "重阳节前夕，“敬老爱老，情暖重阳”志愿服务活动启动仪式在东风社区举行。"
    found = names(text, "Initiative")
    assert "“敬老爱老，情暖重阳”志愿服务活动启动仪式" in found
    assert not any(n.startswith("情暖重阳") for n in found)
    # (a quote of speech, its comma a clause's: the event after the comma is named alone)
    assert "青山县乡村振兴培训班" in names("王大海说：“今年，青山县乡村振兴培训班在县委党校开班。”", "Initiative")
    # (a theme with a comma before a division that opens the event's name: the name opens there)
    text = "以“劳动创造幸福，奋斗成就梦想”为主题的宜昌市五一劳动节庆祝大会召开。"
    assert "宜昌市五一劳动节庆祝大会" in names(text, "Initiative")


def test_a_sites_addresses_a_papers_licence_and_a_table_of_fields_are_furniture():
    page = ("国内统一刊号:CN11-0001  http://www.qsdaily.cn  E-mail:news@qsdaily.cn\n\n"
            "白石镇举办春耕培训\n\n"
            "本报讯（记者 王大海）3月5日，白石镇举办春耕生产培训班，百余名农户参加。\n\n"
            "登录 青山网t.qs.cn/qsw 青山手机报t.qs.cn/qsb 官方微博参与互动\n")
    doc = parse(page)
    assert [a.headline for a in doc.articles] == ["白石镇举办春耕培训"]
    assert "qs.cn" not in " ".join(s.text for a in doc.articles for s in a.sentences)
    # (a notice's item with one address and no full stop stays: 报名方式：登录青山人才网www.qsrc.cn/zp在线报名)
    page = "白石镇招聘社区工作者\n\n3月5日，白石镇发布招聘公告。\n\n报名方式：登录青山人才网www.qsrc.cn/zp在线报名\n"
    assert "qsrc.cn" in " ".join(s.text for a in parse(page).articles for s in a.sentences)
    page = ("信息分类: 内容分类: 公共服务信息\n生效时间: 废止时间:\n\n白石镇召开食品安全培训会\n\n"
            "3月5日，白石镇召开食品安全培训会，辖区餐饮单位负责人参加。\n")
    assert [a.headline for a in parse(page).articles] == ["白石镇召开食品安全培训会"]


def test_no_kicker_is_read_over_a_breadcrumb():
    page = ("服务青山发展 共建美好家园\n您现在的位置:首页 > 新闻中心 > 青山要闻\n白石镇募集善款五十万元\n"
            "发布时间:2024-02-27  来源:青山县融媒体中心\n\n"
            "2月23日，白石镇举行慈善募捐活动，爱心企业共捐赠善款五十万元。\n")
    assert [a.headline for a in parse(page).articles] == ["白石镇募集善款五十万元"]


def test_a_campaign_counted_by_its_year_is_named_where_it_is_carried_out():
    text = "4月25日，青山县疾控中心开展第十个全国爱耳日宣传活动。"
    assert "第十个全国爱耳日宣传活动" in names(text, "Initiative")
    assert ("第十个全国爱耳日宣传活动", "organizer", "青山县疾控中心") in facts(text)
    # (an uncounted description carried out once names none: 开展健康宣传活动; a named day's activity does, uncounted
    # too: tests/test_local_news_zy.py)
    assert not names("4月25日，青山县疾控中心开展健康知识宣传活动。", "Initiative")
    # (a round of work, counted, is no campaign's name: 第二次集中整治行动)
    assert not names("青山县市场监管局开展第二次集中整治行动。", "Initiative")
    # (a month or a week counted by its year too)
    assert "第二十三个全国安全生产月活动" in names("青山县应急管理局开展第二十三个全国安全生产月活动。", "Initiative")


def test_an_academicians_chain_before_a_body_and_a_name_with_a_title_after_it():
    found = facts("出席仪式的有中国工程院院士、农业机械专家、东北农业大学王大海教授。")
    assert ("王大海", "memberOf", "中国工程院") in found
    assert ("王大海", "memberOf", "东北农业大学") in found
    # (a field of expertise is no post in the academy)
    g = kg.build(text="出席仪式的有中国工程院院士、农业机械专家、东北农业大学王大海教授。")
    assert not [f for f in g.facts if f.role == "农业机械专家"]
    # (a chief expert is a post: 首席专家)
    g = kg.build(text="青山集团总工程师、首席专家张三出席。")
    assert [f for f in g.facts if f.role == "首席专家"]
    # (a list of names, each with the body before it: the second is not the first body's)
    found = facts("出席的有青山大学王大海教授、白石学院李小明教授。")
    assert ("李小明", "memberOf", "白石学院") in found and ("李小明", "memberOf", "青山大学") not in found


def test_a_township_opening_a_project_is_where_it_is_when_its_county_names_a_body():
    text = "天宁区民政局局长王大海出席。镇长李小明发布郑陆镇居家养老服务项目。"
    assert ("郑陆镇居家养老服务项目", "location", "郑陆镇") in facts(text)


def test_the_local_outlet_of_the_source_field_is_the_seat_of_the_citys_bodies():
    page = ("诸城召开招商工作会议\n发布时间:2024-03-08 来源:诸城新闻网\n\n"
            "3月7日，市委书记王大海在会上指出，我市将与青岛市深化合作，欢迎客商扎根诸城。\n")
    assert ("市委", "location", "诸城市") in facts(page)
    # (without the field the seat is the one city named: none of two)
    page = page.replace("来源:诸城新闻网", "")
    assert ("市委", "location", "诸城市") not in facts(page)
    # (an autonomous region's paper: its name ends in 区, yet it is no district's home)
    page = ("青秀区推进旧改\n来源:广西日报\n\n近日，南宁市青秀区加快推进老旧小区改造。区委书记王大海表示，要做好工作。\n")
    assert ("区委", "location", "青秀区") in facts(page)
    # (a home that names a province and a city, 吉林 of 吉林日报: neither)
    page = ("长春召开会议\n来源:吉林日报\n\n长春市召开会议，市委书记王大海说，吉林市、四平市要加强合作。\n")
    assert ("市委", "location", "吉林市") not in facts(page)


def test_those_who_attend_the_activity_attend_the_ceremony_that_launches_it():
    page = ("2024年青山市“敬老周”活动启动\n\n"
            "5月8日，2024年青山市“敬老周”活动启动仪式在青山市会展中心举行。副市长王大海出席活动并致辞，"
            "市民政局局长李小明出席活动。\n")
    found = facts(page)
    for person in ("王大海", "李小明"):
        assert ("2024年青山市“敬老周”活动启动仪式", "participant", person) in found, person
        assert ("2024年青山市“敬老周”活动", "participant", person) not in found, person
    # (a festival's opening is part of the festival people attend; its organizer stays the festival's)
    page = ("“青山之夏”文化艺术节开幕\n\n7月1日，“青山之夏”文化艺术节开幕式在人民广场举行。副市长王大海出席活动。"
            "艺术节由青山市文化和旅游局主办。\n")
    found = facts(page)
    assert ("“青山之夏”文化艺术节", "organizer", "青山市文化和旅游局") in found


def test_how_long_an_event_lasts_is_no_part_of_its_name():
    text = "5月8日，县应急管理局举办为期两天的乡镇应急管理业务培训班。"
    assert "乡镇应急管理业务培训班" in names(text, "Initiative")
    assert not any(n.startswith("为期") for n in names(text, "Initiative"))


def test_a_level_then_a_word_ending_in_a_levels_character_is_no_place():
    # (市 + 城市管理局: the city's bureau of urban management, no city named 市城)
    assert not names("市城市管理局、市交通运输局参加培训。", "Place")
    assert "市中区" in names("济南市市中区人民医院开展义诊。", "Place")  # (a district so named stays)


def test_an_office_of_management_is_a_body():
    assert "李庄市场监督管理所" in names("8月18日李庄市场监督管理所召开了食品经营者培训会。", "Organization")
    assert "青山县公路管理所" in names("青山县公路管理所开展养护。", "Organization")
    assert not names("要保证市场管理所需的资金到位。", "Organization")  # (所需, "needed")
    assert not names("加强安全管理所取得的成效明显。", "Organization")  # (所 + a verb + 的: what is done)
    assert "青山县公路管理所" in names("青山县公路管理所所长的讲话很精彩。", "Organization")  # (所长: no verb)


def test_bodies_listed_after_zai_are_the_venues_not_the_organizers():
    found = facts("5月22日，县应急管理局在县委党校、青山县应急救援中心举办乡镇安全生产业务培训班。")
    assert ("乡镇安全生产业务培训班", "organizer", "县应急管理局") in found
    assert ("乡镇安全生产业务培训班", "location", "县委党校") in found
    assert ("乡镇安全生产业务培训班", "location", "青山县应急救援中心") in found
    assert ("乡镇安全生产业务培训班", "organizer", "县委党校") not in found
    # (in a relative clause, 在A、B举办的…会上, the bodies hold it)
    found = facts("5月22日，在青山县委组织部、青山县人社局举办的2024年青山县人才工作座谈会上，王大海发言。")
    assert ("2024年青山县人才工作座谈会", "organizer", "青山县人社局") in found
    assert ("2024年青山县人才工作座谈会", "location", "青山县人社局") not in found
    # (but 的 of how long it lasts is no relative clause's: 举办为期两天的…)
    found = facts("5月22日，县应急管理局在县委党校、青山县应急救援中心举办为期三天的乡镇安全生产业务培训班。")
    assert ("乡镇安全生产业务培训班", "organizer", "县应急管理局") in found
    # (a place listed after the body: the body is still a venue, who holds it before 在)
    found = facts("5月22日，县应急管理局在县委党校、白石镇文化站举办乡镇安全生产业务培训班。")
    assert ("乡镇安全生产业务培训班", "organizer", "县应急管理局") in found
    assert ("乡镇安全生产业务培训班", "organizer", "县委党校") not in found
