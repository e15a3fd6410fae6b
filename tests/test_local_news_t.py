"""Constructions that the local dev sets of the twenty-sixth round (dev-t, and dev-l and dev-p before it) showed kg missing.

Each test is a short text written for it; docs/extraction.md ("Twenty-sixth round") says why.
"""
from __future__ import annotations

from kg.extract.initiative import _head_start
from kg.extract.names import leading_places
from kg.lines import is_furniture
from tests.conftest import credits, graph, headlines


def test_roles_with_their_names_glued_on_a_line_of_their_own():
    body = "3月2日，青山县团委全体会议在青山召开。"
    head = "青山县召开团委全体会议\n\n2022年02月28日 09:44 来源:青山日报客户端\n\n"
    assert credits(f"{head}记者王小明 通讯员李大海\n\n{body}") == {("author", "王小明"), ("contributor", "李大海")}
    # after the paper the report is taken from, and a bar; a rare surname beside a common one
    assert credits(f"{head}据青山日报客户端丨记者王小明 通讯员昂小颖\n\n{body}") == {
        ("author", "王小明"), ("contributor", "昂小颖")}
    # one role glued to its name, or words that are no names, are no byline
    assert credits(f"{head}记者走基层 通讯员看变化\n\n{body}") == set()
    assert credits(f"{head}记者王小明 通讯员江苏\n\n{body}") == set()


def test_the_path_through_the_site_and_its_news_centre_are_no_headline():
    body = "\n\n2022年02月28日 09:44 来源:青山日报客户端\n\n3月2日，青山县团委全体会议在青山召开。"
    assert headlines(f"首页——正文 分享\n\n青山县召开团委全体会议{body}") == ["青山县召开团委全体会议"]
    assert headlines(f"首页 > 新闻 > 正文\n\n青山县召开团委全体会议{body}") == ["青山县召开团委全体会议"]
    assert headlines(f"新闻中心\n\n青山县召开团委全体会议{body}") == ["青山县召开团委全体会议"]


def test_a_campus_is_no_district_beside_the_articles_one():
    entities, facts = graph("青山区举行少先队活动\n\n本报讯 10月12日，青山区少先队活动在实验小学东湖校区举行。"
                            "区教育局局长王大明出席。")
    assert ("区教育局", "location", "青山区") in facts


def test_a_reporter_glued_to_the_role_in_brackets_closing_the_article():
    text = "青山县签署合作协议\n\n12月2日，青山县政府与青山集团签署合作协议。县长王大明参加活动。(记者黄小鹭)"
    assert credits(text) == {("author", "黄小鹭")}
    assert credits(text.replace("(记者黄小鹭)", "（记者走基层）")) == set()
    assert credits(text.replace("(记者黄小鹭)", "(记者黄河行)")) == set()  # a reporting tour along the river


def test_a_verb_before_a_body_named_by_its_level_is_no_place():
    entities, _ = graph("青山县签署合作协议\n\n12月2日，县委书记王大明会见青山集团董事长李小白，并见证县政府与青山集团签署合作协议。")
    assert ("Organization", "县政府") in entities
    assert not {e for e in entities if "见证" in e[1]}
    # nor the verb jieba reads inside a zone's name before its office (集聚 区 of 青山产业集聚区管委会)
    entities, _ = graph("青山县推进产业发展\n\n6月12日，县委书记王大明到青山产业集聚区管委会调研。")
    assert ("Organization", "青山产业集聚区管委会") in entities
    # nor one before a division of the gazetteer that opens the body's name
    entities, _ = graph("平山县推进电网建设\n\n供电公司积极促请平山县政府召开推进会。")
    assert ("Organization", "平山县政府") in entities
    assert not {e for e in entities if "促请" in e[1]}


def test_a_science_museum_and_a_childrens_palace_are_bodies():
    entities, _ = graph("青山举办科普活动\n\n本次活动由青山省科技馆、青山市科协主办，青山区少年宫承办。")
    assert {("Organization", "青山省科技馆"), ("Organization", "青山区少年宫")} <= entities
    # a verb of one character inside a body's name stays there
    entities, _ = graph("青山省设立办事处\n\n青山省政府驻平山县联络办公室揭牌。")
    assert ("Organization", "青山省政府驻平山县联络办公室") in entities


def test_a_village_right_after_its_township_inside_a_name():
    _, facts = graph("青山县调研农业\n\n县委书记王大明先后来到白石镇红旗村蔬菜大棚基地、青山镇代村丰田蔬菜专业合作社调研。")
    assert {("红旗村", "containedInPlace", "白石镇"), ("白石镇红旗村蔬菜大棚基地", "containedInPlace", "红旗村"),
            ("代村", "containedInPlace", "青山镇"), ("青山镇代村丰田蔬菜专业合作社", "location", "代村")} <= facts
    # a common word that ends in 村, or whose last two characters are one, is no village; nor a verb, a count or a
    # place word before 村
    for name in ("白石镇村村党支部", "白石镇新农村党支部", "白石镇驻村工作队", "白石镇两村联合党委", "白石镇城中村改造办公室"):
        assert [name[b:e] for b, e in leading_places(name)] == ["白石镇"]
    assert [n[b:e] for n in ["白石镇东山村党支部"] for b, e in leading_places(n)] == ["白石镇", "东山村"]


def test_a_citys_consultative_conference_is_the_citys_body():
    _, facts = graph("青山市召开座谈会\n\n6月12日上午，青山市各界代表座谈会在人民广场举行。市政协副主席李小红出席。")
    assert ("市政协", "location", "青山市") in facts


def test_an_exhibition_held_and_a_citys_consultative_conference():
    entities, facts = graph("青山市手工艺成果展开幕\n\n6月12日上午，由市文化和旅游局主办的2019年青山市民间手工艺精品成果展在人民广场举行。"
                            "青山市市民前往观展，市政协副主席李小红出席。")
    assert ("Initiative", "2019年青山市民间手工艺精品成果展") in entities
    assert {("2019年青山市民间手工艺精品成果展", "organizer", "市文化和旅游局"),
            ("2019年青山市民间手工艺精品成果展", "location", "人民广场"), ("市政协", "location", "青山市")} <= facts
    # 展 of a verb ends no event
    entities, _ = graph("青山市经济平稳\n\n6月12日，青山市经济发展在全省举行的评比中名列前茅。")
    assert not {e for e in entities if e[0] == "Initiative"}
    assert all(_head_start(t, len(t)) is None for t in ("工作取得新进展", "青山经济蓬勃发展", "一筹莫展"))


def test_a_page_of_dated_reports_without_headlines_splits_into_them():
    items = ["8月19日，白石镇党委书记王大明到红旗村调研人居环境整治工作，镇政府副镇长李小红陪同调研。",
             "8月19日，青山县农业局畜牧站站长张小兵一行到白石镇推进肉牛产业工作，详细了解养殖情况。",
             "8月19日，白石镇综治中心召开联席会议，由镇党委副书记赵大海主持，会议聚焦基层治理工作。"]
    assert headlines("\n\n".join(items)) == ["", "", ""]
    # under a headline, one article's dated steps stay one article; so do a story's days without one
    assert headlines("白石镇推进重点工作\n\n" + "\n\n".join(items)) == ["白石镇推进重点工作"]
    days = [item.replace("8月19日", f"8月{d}日") for d, item in zip((19, 20, 21), items)]
    assert len(headlines("\n\n".join(days))) == 1
    # a headline that ends like a column, with its subtitle, stays the headline
    assert headlines("新规速览\n——青山县司法局解读新规\n\n6月12日，青山县司法局举办民法典宣讲会。") == ["新规速览"]


def test_the_verbs_before_the_place_a_project_is_named_by_open_no_name():
    entities, _ = graph("青山县推进电网建设\n\n该公司积极规划建设青山新城配网项目26个。")
    assert ("Initiative", "青山新城配网项目") in entities


def test_a_county_named_bare_is_the_seat_of_its_levels_bodies():
    _, facts = graph("青山商会到安平考察\n\n5月21日，河北省青山商会企业家到安平考察，县委书记王大明参加座谈会。")
    assert ("县委", "location", "安平") in facts
    # not a lake that a county is named after, where the article names neither its province nor its city
    _, facts = graph("青山企业家赴太湖考察\n\n5月21日，青山商会企业家赴太湖考察水环境治理，县委书记王大明参加座谈会。")
    assert not {f for f in facts if f[0] == "县委" and f[1] == "location"}


def test_a_market_and_a_dry_port_with_a_proper_name_are_places():
    entities, _ = graph("青山商会到平山考察\n\n企业家先后到平山粮食现货交易市场、平山陆港考察。")
    assert {("Place", n) for n in ("平山粮食现货交易市场", "平山陆港")} <= entities
    # a country's big market, a county's kind of town: no places
    entities, _ = graph("青山县推进产业发展\n\n要让青山农产品走向中国大市场，推动青山县特色小镇建设。")
    assert not {e for e in entities if e[0] == "Place" and e[1].endswith(("市场", "小镇"))}


def test_a_digests_dated_title_is_no_line_of_its_first_headline():
    item = "\n\n{}\n记者 {}\n8月21日，{}，全县二十个村的农民参加了活动，展示了丰收成果。"
    text = "8月22日《青山新闻》速览" + "".join(item.format(h, n, h) for h, n in (
        ("青山县召开防汛工作会议", "王小明"), ("白石镇举办农民丰收节", "赵小兵"), ("青山中学开展安全检查", "张小红")))
    assert headlines(text) == ["青山县召开防汛工作会议", "白石镇举办农民丰收节", "青山中学开展安全检查"]


def test_a_column_of_reports_each_closed_by_its_authors_name_splits_into_them():
    items = ["青山县总工会近日举办职工技能大赛，全县二十家企业的一百多名职工参加了比赛，大赛设六个项目。（王小明）",
             "白石市纺织厂工会为困难职工送去慰问金三万元，并组织医疗队为职工义诊，受到职工欢迎。（李大海）",
             "黄河机械厂开展安全生产月活动，厂工会组织职工查找隐患一百余处，均已整改完毕。（赵小兵）"]
    assert credits("青山短讯\n\n" + "\n\n".join(items)) == {("author", "王小明"), ("author", "李大海"), ("author", "赵小兵")}
    assert len(headlines("青山短讯\n\n" + "\n\n".join(items))) == 3
    # under a headline, one article's paragraphs stay one article; so do they with a paragraph among them that no name
    # closes
    assert len(headlines("青山县工会工作综述\n\n" + "\n\n".join(items))) == 1
    plain = "全县工会组织今年以来为职工办实事一百余件，职工满意度明显提升，各项工作走在全市前列。"
    assert len(headlines("青山短讯\n\n" + "\n\n".join([items[0], plain, *items[1:]]))) == 1


def test_an_activity_held_by_its_own_name_and_a_slogan_joined_to_it():
    name = "“走进新时代 助力博览会”暨2018年青山区纪念少先队成立69周年活动"
    entities, facts = graph(f"青山区少先队举行主题活动\n\n10月12日，{name}在实验小学举行。区少工委主任王小良出席活动。")
    assert ("Initiative", name) in entities
    assert {(name, "location", "实验小学"), (name, "participant", "王小良")} <= facts
    entities, _ = graph("青山市文化遗产日活动开幕\n\n6月12日上午，青山市文化遗产日系列活动在人民广场开幕。")
    assert ("Initiative", "青山市文化遗产日系列活动") in entities
    # an activity with too little name of its own is none
    entities, _ = graph("青山市民欢度端午\n\n6月12日上午，相关活动在人民广场举行。")
    assert not {e for e in entities if e[0] == "Initiative"}


def test_a_students_practice_team_named_by_its_school_is_a_body():
    entities, facts = graph("青山大学学生赴白石县调研\n\n近日，青山大学机械工程学院暑期社会实践队走进白石县开展调研。")
    team = "青山大学机械工程学院暑期社会实践队"
    assert (team, "parentOrganization", "青山大学机械工程学院") in facts
    # a team of its kind alone is none
    entities, _ = graph("青山大学学生赴白石县调研\n\n同学们参加社会实践团活动。")
    assert not {e for e in entities if e[1].endswith("实践团")}
    # nor are the activities of things listed; and who guides it opens no name
    for held in ("“青山电影周”等活动在白石举行", "“青山之约”对话行、青年对话会活动在白石举行"):
        entities, _ = graph(f"青山文化周开幕\n\n此外，{held}。")
        assert not {e for e in entities if e[0] == "Initiative" and e[1].endswith("活动")}, held
    entities, _ = graph("青山文化周开幕\n\n由青山市新闻办公室指导的“2026青山对话”活动在白石举行。")
    events = {e[1] for e in entities if e[0] == "Initiative"}
    assert events and all("2026青山对话" in e and not e.startswith("由") for e in events)


def test_a_county_named_bare_read_as_a_body_is_the_county():
    entities, _ = graph("青山大学实践队来阳新开展调研\n\n4日，青山大学实践队来阳新开展调研。在阳新县乡村振兴局，"
                        "局长陈小新讲述了阳新脱贫的历程。")
    assert ("Organization", "阳新") not in entities and ("Place", "阳新县") in entities


def test_two_names_run_together_one_with_a_rarer_surname():
    text = "青山市督查提案办理\n\n●11月26日，市政协副主席王大明带队到白石县督查提案办理情况，要求提高办理质量。\n(张丽覃志明)"
    assert credits(text) == {("author", "张丽"), ("author", "覃志明")}


def test_names_written_before_the_papers_reporter_are_correspondents():
    text = "青山县推进秸秆禁烧\n\n郭小平 黄大明 本报记者 鄢小晖\n\n10月8日，青山县召开秸秆禁烧工作会议，县长王大明出席。"
    assert credits(text) == {("contributor", "郭小平"), ("contributor", "黄大明"), ("author", "鄢小晖")}


def test_a_talk_given_to_an_audience():
    entities, _ = graph("青山区举办主题活动\n\n仪式结束后，由区宣传部讲师丁小源老师为大家带来青山历史知识主题讲座。")
    assert ("Initiative", "青山历史知识主题讲座") in entities
    # a talk described, no name
    entities, _ = graph("青山区举办主题活动\n\n县文工团为群众带来了一场精彩的文艺演出。")
    assert not {e for e in entities if e[0] == "Initiative"}


def test_a_campaign_that_is_the_means_of_the_work():
    entities, _ = graph("青山团市委召开全会\n\n全市各级团干要以作风提升建设年活动为抓手，强化理论武装。")
    assert ("Initiative", "作风提升建设年活动") in entities
    # what is done, a verb first, is no campaign's name
    entities, _ = graph("青山团市委召开全会\n\n全市各级团干要以开展主题教育活动为载体，推进各项工作。")
    assert not {e for e in entities if e[0] == "Initiative"}


def test_marked_items_closed_by_their_authors_names_under_the_pages_guide():
    items = ["△青山汽车厂生产的“青山”牌系列汽车将投入白石市场，该车具有适应城乡复杂路面行驶的特点。 (王小明)",
             "△全省已有二十个县建立了政府与工会联席会议制度，解决了一批关系群众利益的问题。 (李大海)",
             "△青山小学学生张小红获全国儿童作文比赛优秀奖，她的班主任赵大兵老师荣获辅导奖。 (钱小东)"]
    text = "第三版\n" + "\n".join(items)  # (marked items under a page's number)
    assert len(headlines(text)) == 3
    assert credits(text) == {("author", "王小明"), ("author", "李大海"), ("author", "钱小东")}
    # items with no mark, under the page's guide
    assert len(headlines("本版导读\n" + "\n".join(item[1:] for item in items))) == 3


def test_a_post_line_of_a_news_brand_a_sites_channel_and_an_assistant_reporter():
    body = "\n\n青山发布客户端消息 近日，青山县开展新闻采风活动，县委宣传部部长王大明出席。"
    assert headlines(f"青山县举行新闻采风活动\n\n2019-08-13 17:28:00   青山发布{body}") == ["青山县举行新闻采风活动"]
    assert is_furniture("2019-08-13 17:28:00   青山发布") and not is_furniture("2024-07-03 06:20 青山县发布暴雨预警")
    assert headlines(f"青山县举行新闻采风活动\n\n青山新闻网河北{body}") == ["青山县举行新闻采风活动"]
    text = "青山县举行新闻采风活动\n\n青山网2月17日电(助理记者 王小明 通讯员 李大海)近日，青山县开展新闻采风活动。"
    assert credits(text) == {("author", "王小明"), ("contributor", "李大海")}


def test_a_credit_that_lists_a_name_of_a_rarer_surname():
    text = "青山县举行采访活动\n\n青山网白石8月27日电 (张小龙 胡大棣 尚进)8月27日，青山县举行蹲点采访活动。"
    assert credits(text) == {("author", "张小龙"), ("author", "胡大棣"), ("author", "尚进")}
    # a division among the names: no credit
    text = "青山县举行采访活动\n\n青山网白石8月27日电 (张小龙 胡大棣 江苏)8月27日，青山县举行蹲点采访活动。"
    assert credits(text) == set()
