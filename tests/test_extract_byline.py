from __future__ import annotations

import pytest

import kg
from kg.extract import run
from kg.extract.byline import parse_byline
from kg.text import parse


@pytest.mark.parametrize(
    "byline, people",
    [
        ("本报讯(记者 王思俊 通讯员 姜璞)", [("王思俊", "reporter"), ("姜璞", "correspondent")]),
        ("(记者 孙志刚 通讯员 吴晨文/图)", [("孙志刚", "reporter"), ("吴晨", "correspondent")]),
        ("本报讯(记者 史治国 通讯员 马珂 宋婷)", [("史治国", "reporter"), ("马珂", "correspondent"), ("宋婷", "correspondent")]),
        ("本报记者 党贺喜 通讯员 李贞", [("党贺喜", "reporter"), ("李贞", "correspondent")]),
        ("本报讯(记者 贺贺喜 通讯员 苗王卉子 文/图)", [("贺贺喜", "reporter"), ("苗王卉子", "correspondent")]),
    ],
)
def test_byline_forms(byline, people):
    assert [(n, r) for n, r, *_ in parse_byline(byline)] == people


def test_byline_mentions_point_at_the_names_and_give_author_relations():
    doc = parse("标题\n\n本报讯(记者 王思俊 通讯员 姜璞)管城区构建疫情群防群控网。")
    mentions, relations = run(doc, ["byline"])
    assert [doc.text[m.start : m.end] for m in mentions] == ["王思俊", "姜璞"]
    assert [(r.subject, r.predicate, r.obj.text, r.evidence.text) for r in relations] == [
        (1, "author", "王思俊", "记者 王思俊"),
        (1, "contributor", "姜璞", "通讯员 姜璞"),
    ]


def test_end_of_article_byline(example_text):
    doc = parse(example_text)
    mentions, _ = run(doc, ["byline"])
    assert {(m.text, m.role) for m in mentions if m.article == 6} == {("党贺喜", "reporter"), ("李贞", "correspondent")}


@pytest.mark.parametrize(
    "byline, people",
    [
        ("红网3月1日讯（记者 李四 通讯员 王五 赵六）", [("李四", "reporter"), ("王五", "correspondent"), ("赵六", "correspondent")]),
        ("新华社长沙3月1日电（记者 李四、王五）", [("李四", "reporter"), ("王五", "reporter")]),
        ("（通讯员 王五李四）", [("王五", "correspondent"), ("李四", "correspondent")]),
        ("记者 李四 报道", [("李四", "reporter")]),
        ("文/图 李四", [("李四", "reporter")]),
        ("作者：李四", [("李四", "reporter")]),
        ("（湘江日报记者 李四）", [("李四", "reporter")]),
        ("（文/李四  校团委）", [("李四", "reporter")]),
        ("本报长沙3月1日电新华社记者李四、本报记者王五报道：", [("李四", "reporter"), ("王五", "reporter")]),
        ("来源：湘江日报 作者：李四 浏览次数：120", [("李四", "reporter")]),
        ("■本报记者 李四 通讯员 王五", [("李四", "reporter"), ("王五", "correspondent")]),
        ("湘江日报3月1日讯（全媒体记者 李四 实习生 王五）", [("李四", "reporter"), ("王五", "reporter")]),
        ("文｜李四", [("李四", "reporter")]),
        ("新华社记者李四本报记者王五", [("李四", "reporter"), ("王五", "reporter")]),
        ("新华社记者李四湖南日报记者王五本报通讯员赵六", [("李四", "reporter"), ("王五", "reporter"), ("赵六", "correspondent")]),
        ("新华社记者王小五中央电视台记者李四", [("王小五", "reporter"), ("李四", "reporter")]),
        ("新华社记者李四中央电视台记者王五", [("李四", "reporter"), ("王五", "reporter")]),
        ("通讯员 王五 记者 李四 摄影报道", [("王五", "correspondent"), ("李四", "reporter")]),
    ],
)
def test_byline_shapes_of_real_news(byline, people):
    assert [(n, r) for n, r, *_ in parse_byline(byline)] == people


@pytest.mark.parametrize("shape", ["本报长沙讯（记者 李四）新桥投入使用。", "新华社长沙3月1日电（记者 李四）新桥投入使用。"])
def test_the_city_of_a_dateline_is_a_place_the_article_mentions(shape):
    doc = parse("新桥通车\n\n" + shape)
    mentions, _ = run(doc, ["byline"])
    places = [m for m in mentions if m.type == "Place"]
    assert [(m.text, doc.text[m.start : m.end]) for m in places] == [("长沙", "长沙")]


def test_a_local_papers_name_in_the_dateline_names_its_city_not_a_city_of_the_papers_word():
    doc = parse("新桥通车\n\n长沙日报讯（记者 李四）新桥投入使用。")
    mentions, _ = run(doc, ["byline"])
    assert [(m.text, m.type) for m in mentions] == [("长沙", "Place"), ("李四", "Person")]
    # (a place that only opens a paper's words is none of its: 北京青年报; nor a school's site)
    for dateline in ("北京青年报讯", "南开新闻网讯"):
        mentions, _ = run(parse(f"新桥通车\n\n{dateline}（记者 李四）新桥投入使用。"), ["byline"])
        assert [m.type for m in mentions] == ["Person"], dateline


def test_end_byline_people_are_authors_of_their_article():
    doc = parse("新桥通车\n\n今天，新桥投入使用。（湘江日报记者 李四）\n\n新区开工\n\n今天，新区开工。\n\n（通讯员 王五）")
    mentions, relations = run(doc, ["byline"])
    assert [(r.subject, r.predicate, r.obj.text) for r in relations if r.predicate != "memberOf"] == [
        (1, "author", "李四"), (2, "contributor", "王五")]
    # and the reporter writes for the paper the byline names
    assert [(r.subject.text, r.obj.text) for r in relations if r.predicate == "memberOf"] == [("李四", "湘江日报")]


def test_a_byline_cut_by_the_page_layout_points_at_its_names():
    doc = parse("新桥通车\n\n本报讯（记者 李四 通讯员 王\n\n五）今天，新桥投入使用。")
    mentions, _ = run(doc, ["byline"])
    assert [(m.text, doc.text[m.start : m.end]) for m in mentions] == [("李四", "李四"), ("王五", "王\n\n五")]


@pytest.mark.parametrize("credit, names", [("（王思远）", ["王思远"]), ("（王思远张明华）", ["王思远", "张明华"])])
def test_names_alone_in_brackets_closing_an_article_are_its_authors(credit, names):
    doc = parse(f"青山植树\n\n本报讯 青山市昨天举行了植树活动，市民踊跃参加。\n活动持续了一天。{credit}\n")
    mentions, relations = run(doc, ["byline"])
    assert [(r.predicate, r.obj.text) for r in relations] == [("author", n) for n in names]


def test_a_bracket_that_is_no_name_closes_no_article():
    doc = parse("青山植树\n\n本报讯 青山市昨天举行了植树活动。\n活动持续了一天。（新华社）\n")
    assert doc.articles[0].byline is None


@pytest.mark.parametrize("credit", ["（江苏）", "（周一）", "（林业局）"])
def test_a_place_or_a_word_in_brackets_is_no_credit(credit):
    doc = parse(f"青山植树\n\n本报讯 青山市昨天举行了植树活动。\n活动持续了一天。{credit}\n")
    assert doc.articles[0].byline is None


def test_the_unit_closing_a_byline_holds_its_authors():
    # eighth round: an enterprise's college signs its news （文/A 单位）
    g = kg.build("青山学院召开招生工作会议\n\n3月2日，会议召开。（文/李四 青山学院）\n")
    assert ("李四", "memberOf", "青山学院", "") in g.named_facts()


def test_a_unit_right_after_the_credit_holds_the_author_and_a_photo_field_is_no_name():
    g = kg.build("青山学院召开招生工作会议\n\n3月2日，会议召开。\n\n（文/化学学院 李四）\n")
    assert ("李四", "memberOf", "化学学院", "") in g.named_facts()
    assert [n for n, *_ in parse_byline("文字：李四 图片：王五 编辑：赵六")] == ["李四"]


@pytest.mark.parametrize("byline, people", [
    ("（学生记者 李四）", [("李四", "reporter")]),  # a university paper's student reporters
    ("（特约通讯员 王五 赵六）", [("王五", "correspondent"), ("赵六", "correspondent")]),
    ("（校园记者 钱七）", [("钱七", "reporter")]),
])
def test_student_and_special_reporters(byline, people):
    assert [(n, r) for n, r, *_ in parse_byline(byline)] == people


def authors(text: str) -> list[str]:
    g = kg.build(text)
    return sorted(g.entities[f.object].name for f in g.facts if f.predicate in ("author", "contributor"))


def test_web_field_lines_name_their_writer_and_no_label_is_a_person():
    # 撰稿人： among the site's fields; a field's label after the name (加入时间：) is no author
    assert authors("青山集团召开会议\n\n发布时间：2021-09-12  信息来源：办公室  撰稿人：王小玲\n\n4月5日，会议召开。") == ["王小玲"]
    assert authors("青山集团召开会议\n\n作者：王有睿  加入时间：2020/3/8 9:15:02\n\n4月5日，会议召开。") == ["王有睿"]
    # a credit in 【】 closing the article, with a space after the bracket
    assert authors("青山集团召开会议\n\n4月5日，会议召开。\n\n【 编辑：刘小彤  作者：许小婷 赵小播】") == ["许小婷", "赵小播"]


def test_names_apart_on_the_last_line_are_the_authors():
    text = "青山集团召开会议\n\n4月5日，青山集团召开会议。\n\n青山研究院\n\n汪小洁  吴小慧"
    assert authors(text) == ["吴小慧", "汪小洁"]
    # one name alone, or words that are no names, are not
    assert authors("青山集团召开会议\n\n4月5日，青山集团召开会议。\n\n江苏 浙江") == []


def test_honourees_listed_last_and_a_name_before_a_colon_are_not_mistaken():
    # names on the last line after a sentence that introduces them are no authors
    assert authors("青山集团召开会议\n\n4月5日，青山集团表彰了三名先进个人。\n\n王小五  李明  赵国强") == []
    assert authors("青山集团召开会议\n\n4月5日，会议召开，为优秀毕业生颁奖。\n\n优秀毕业生\n\n王小五  李明") == []
    # a reporter's name before the lead's colon stays a name
    assert [(n, r) for n, r, *_ in parse_byline("通讯员 李明 王小五：")] == [("李明", "correspondent"), ("王小五", "correspondent")]


def test_the_authors_unit_may_be_a_school_and_an_honour_is_no_unit():
    assert authors("青山集团召开会议\n\n4月5日，青山集团召开会议。\n\n青山中学\n\n汪小洁  吴小慧") == ["吴小慧", "汪小洁"]
    assert authors("青山集团召开会议\n\n4月5日，青山集团召开会议。\n\n优秀团队\n\n汪小洁  吴小慧") == []


def test_a_byline_in_square_brackets_opening_the_body_names_its_author_and_unit():
    facts = kg.build("一部纪录片的回响\n\n【文/青山网 郭小肖】还记得那部纪录片吗？它好评如潮。\n").named_facts()
    assert ("郭小肖", "memberOf", "青山网", "") in facts
    assert any(s.startswith("article-") and p == "author" and o == "郭小肖" for s, p, o, _ in facts)


@pytest.mark.parametrize("column", ["【记者手记】", "【记者观察】", "【记者手记·张家界】", "【记者 方言】"])
def test_a_columns_name_in_square_brackets_is_no_byline(column):
    doc = parse(f"青山的变化\n\n{column}青山县的变化很大，大家都很高兴。\n")
    assert doc.articles[0].byline is None


def test_a_portals_dateline_with_a_hyphen_and_its_reporter_are_read():
    facts = kg.build("两位医生的一天\n\n青山在线-健康频道网5月2日讯（青山在线记者 罗小燕 通讯员 吴大勇）清晨六点，病房里已经忙起来。\n"
                     ).named_facts()
    roles = {(p, o) for s, p, o, _ in facts if s.startswith("article-")}
    assert roles == {("author", "罗小燕"), ("contributor", "吴大勇")}


def test_an_original_author_field_on_a_publishers_line_is_the_author():
    assert authors("学院开展培训\n\n学院近日开展了一次培训。\n\n发布:机械工程系    原作者:林小雨") == ["林小雨"]


def test_a_posts_title_with_its_date_stamp_is_the_headline_and_a_source_field_of_another_word_is_no_line_of_it():
    text = ("青山公司工会组织春季徒步活动，全体员工踏青健身迎五一  （05-06）\n"
            "5月2日，青山公司工会组织职工到南岭徒步，全程十二公里，大家相互鼓励走完全程，欢声笑语不断。")
    assert [a.headline for a in parse(text).articles] == ["青山公司工会组织春季徒步活动，全体员工踏青健身迎五一  （05-06）"]
    text = "青山镇召开春耕工作会\n来源于：青山镇党政办\n3月2日，青山镇召开春耕工作会，部署全镇春耕生产。"
    assert [a.headline for a in parse(text).articles] == ["青山镇召开春耕工作会"]


def test_names_before_their_writing_credit_in_closing_brackets_are_the_authors():
    body = "青山公司工会组织职工到南岭徒步，全程十二公里，大家相互鼓励走完全程。"
    assert authors(f"工会组织春季徒步\n\n{body}(青山公司工会：李小明\u00a0文/图)") == ["李小明"]
    assert authors(f"工会组织春季徒步\n\n{body}（王五 赵六 文）") == ["王五", "赵六"]
    # after no-break spaces, two names run together after 文：, the photographer apart
    assert sorted(authors(f"工会组织春季徒步\n\n{body}\u00a0\u00a0 （文：林小雨周大勇 摄影：钱多多）")) == ["周大勇", "林小雨"]
    assert authors(f"工会组织春季徒步\n\n{body}（青山县 文/图）") == []


def test_a_name_of_two_spaced_out_to_line_up_is_one_reporter():
    text = "青山公司与红河大学签约\n\n本报讯 记者林 雨报道：3月2日，青山公司与红河大学签署合作协议，双方将共建实验室。"
    assert authors(text) == ["林雨"]
    assert [(n, r) for n, r, *_ in parse_byline("（记者 林 雨 通讯员 周大勇）")] == [("林雨", "reporter"), ("周大勇", "correspondent")]


def test_a_date_stamp_glued_to_its_source_field_is_no_headline():
    doc = parse("青山县五项措施推进阳光采购工作落地见效\n\n2012年03月15来源：www.example.com\n\n"
                "今年以来，青山县财政局把公开招标作为主要方式，采购工作更加公开透明。\n")
    assert [a.headline for a in doc.articles] == ["青山县五项措施推进阳光采购工作落地见效"]


def test_a_team_of_four_in_brackets_after_a_portals_dateline_are_the_authors():
    text = ("青山县举办农民丰收节\n\n青山在线河东频道9月22日电（罗小燕 吴大勇 林雨 周大明）22日，青山县农民丰收节在南岭村开幕，"
            "各乡镇农户带来了自家的特产。")
    assert sorted(authors(text)) == ["吴大勇", "周大明", "林雨", "罗小燕"]


def test_a_reporter_whose_role_word_is_spaced_out_to_line_up_with_the_correspondents():
    g = kg.build("青山镇开展环境整治工作\n记 者 李小明\n通讯员 王大力\n3月28日，青山镇开展环境整治工作。镇干部参加活动。")
    assert {(p, o) for _, p, o, _ in g.named_facts() if p in ("author", "contributor")} == {
        ("author", "李小明"), ("contributor", "王大力")}


def test_a_county_media_centre_names_itself_before_its_byline():
    import kg

    for text in ("青山融媒（记者 王大明）7月27日，市中医医院走进社区开展义诊。", "青山融媒讯（记者 王大明）7月27日，市中医医院走进社区开展义诊。"):
        g = kg.build(text)
        assert [t[1:3] for t in g.named_facts() if t[1] == "author"] == [("author", "王大明")], text
    # its county is a place the article mentions
    g = kg.build("奉节融媒（记者 王大明）7月27日，县中医医院走进社区开展义诊。")
    assert {"奉节", "奉节县"} & {e.name for e in g.entities.values() if e.type == "Place"}


def test_a_bodys_own_news_names_its_author_in_brackets():
    import kg

    g = kg.build("青山集团白石消息(李小明)10月8日,省安监局副局长王大海一行来到青山集团检查安全生产工作。")
    assert [(t[1], t[2]) for t in g.named_facts() if t[1] in ("author", "contributor")] == [("author", "李小明")]
    # good news, or what the brackets hold is no name: no dateline, no author
    g = kg.build("今日好消息(附图)近日青山集团的产量又创新高。")
    assert not [t for t in g.named_facts() if t[1] in ("author", "contributor")]
