"""Page layouts that the page set of the thirtieth round (dev-pg) showed kg misreading.

Each test is a short text written for it; docs/extraction.md ("Thirtieth round") says why.
"""
from __future__ import annotations

import kg
from kg.lines import is_byline_line, is_furniture, is_name_line, names_then_unit
from kg.text import repair
from tests.conftest import credits, graph, headlines

BODY = "\n\n3月20日，青山县交通运输局召开会议，部署青山大道建设。会议要求各乡镇加快征地拆迁。"


def _credits_by_article(text: str) -> list[set[tuple[str, str]]]:
    g = kg.build(text)
    articles = [a for d in g.documents for a in d.articles]
    by = [set() for _ in articles]
    for s, p, o, _ in g.named_facts():
        if s.startswith("article-") and p in ("author", "contributor"):
            by[int(s.rsplit("-", 1)[-1]) - 1].add((p, o))
    return by


def test_a_second_report_under_youxun_is_an_article_with_its_byline():
    text = ("本报讯 10月3日，青山市举行秋季运动会，二十支队伍参加比赛。\n\n"
            "又讯（记者 林小雨）白石镇位于青山市南部，是有名的茶乡。近日，该镇举办采茶节。")
    assert len(headlines(text)) == 2
    assert credits(text) == {("author", "林小雨")}
    assert credits(text.replace("又讯", "本报又讯")) == {("author", "林小雨")}


def test_names_apart_under_a_headline_are_its_authors():
    text = "乡村书屋成了农民的加油站\n\n{}\n\n近日，记者走进青山县白石镇，村民们正在书屋里看书。村民说，书屋让日子更充实。"
    assert credits(text.format("张海涛 刘明")) == {("author", "张海涛"), ("author", "刘明")}
    assert credits(text.format("■张海涛 刘明")) == {("author", "张海涛"), ("author", "刘明")}
    # a page's mark before the names ahead of the paper's reporter
    assert credits(text.format("□张海涛 本报记者 刘明")) == {("contributor", "张海涛"), ("author", "刘明")}
    # two words apart are a kicker, not names
    assert not is_name_line("春耕 备耕") and not is_name_line("江苏 南京") and is_name_line("王小五 张伟")


def test_a_pages_fields_one_a_line_give_its_author_and_stay_out_of_the_headline():
    text = ("学院首页\n青山学院举办读书节\n作者\n林小雨\n来源\n青山学院新闻网\n点击数\n更新时间\n2023-04-12\n"
            "4月10日，青山学院第五届读书节开幕，全校师生参加了开幕式。")
    assert headlines(text) == ["青山学院举办读书节"]
    assert credits(text) == {("author", "林小雨")}
    # 作者 over a line that names no one: nothing credited, and the line is the page's
    assert credits(text.replace("林小雨", "青山学院宣传部")) == set()


def test_a_calendars_weekdays_are_the_pages():
    assert is_furniture("日 一 二 三 四 五 六") and is_furniture("周日 周一 周二 周三 周四 周五 周六")
    assert not is_furniture("一 二 三")
    assert headlines("日 一 二 三 四 五 六\n\n青山大道建设提速" + BODY) == ["青山大道建设提速"]


def test_on_a_page_of_credited_items_a_second_credit_opens_the_next_item():
    text = ("□本报记者 李小红\n\n近日，记者走进青山县白石镇的农耕馆，一件件老农具摆满了展厅。馆长说，这些都是村民捐的。\n\n"
            "□王大明 本报记者 赵小六\n\n“这是咱们白石的山核桃，香脆可口！”在青山县电商园的直播间里，主播正向网友介绍特产。\n\n"
            "本报讯(记者赵小六)近日，青山县农业科学研究所的新品种推介会在白石镇举行。")
    assert _credits_by_article(text) == [{("author", "李小红")}, {("contributor", "王大明"), ("author", "赵小六")},
                                         {("author", "赵小六")}]
    # a closing credit over the next article's headline opens nothing (the next article keeps its own byline)
    two = ("青山县新品种推介会举行\n\n本报讯(记者赵小六)近日，青山县新品种推介会在白石镇举行。专家推介了玉米新品种。\n\n"
           "（通讯员 王大明）\n\n青山大道建设提速\n\n本报讯(记者李小红)3月20日，青山县召开会议，部署青山大道建设。")
    assert _credits_by_article(two)[1] == {("author", "李小红")}
    # one article, credited at its start, then a closing credit line under its last paragraph: still one
    one = ("青山县新品种推介会举行\n\n本报讯(记者赵小六)近日，青山县新品种推介会在白石镇举行。\n\n"
           "专家推介了新选育的玉米品种。\n\n（通讯员 王大明）")
    assert len(headlines(one)) == 1


def test_a_digest_of_marked_items_under_a_posts_credit_line_each_closed_by_its_authors():
    item = "◆{}，青山县{}召开工作会议，部署下一阶段重点工作，各乡镇负责人参加会议并作了发言。 {}"
    text = "2024-08-28 00:00:00 作者：综合 来源：青山日报\n" + "\n".join(
        item.format(day, body, names) for day, body, names in (("27日上午", "交通运输局", "李小红"),
                                                               ("27日下午", "水利局", "王大明 赵小六"),
                                                               ("近日", "教育局", "李小红")))
    assert _credits_by_article(text) == [{("author", "李小红")}, {("author", "王大明"), ("author", "赵小六")},
                                         {("author", "李小红")}]


def test_a_photo_credit_closing_an_article_is_no_kicker_of_the_next():
    text = ("白石村桃花开\n\n连日来，青山县白石村桃花盛开，吸引市民前去赏花。\n\n(记者 李小红 摄)\n\n"
            "清淤疏浚 改善水质\n\n本报讯(记者赵小六)为改善水环境，青山县水利局近日启动河道清淤。")
    assert headlines(text) == ["白石村桃花开", "清淤疏浚 改善水质"]
    # a kicker of two phrases over the next title, of the next report's matter, is still read with it (one of the
    # article before's, 春光明媚 花开正好 under the blossom, the headline model reads as its caption)
    text = text.replace("(记者 李小红 摄)", "河道清淤 水质改善")
    assert headlines(text)[1] == "河道清淤 水质改善 清淤疏浚 改善水质"


def test_lines_of_no_chinese_over_the_headline_are_the_sites():
    text = ("Skip to content\n\nQINGSHAN GROUP\n\n青山集团召开安全生产会议\n\n发稿时间:2014-12-22 10:14:01\n\n"
            "本网讯(李小红 赵小六)12月18日上午，青山集团召开安全生产会议，部署冬季安全工作。")
    assert headlines(text) == ["青山集团召开安全生产会议"]
    # a headline with letters in it keeps them
    assert headlines("5G基站建设提速" + BODY) == ["5G基站建设提速"]


def test_a_credit_of_the_writer_and_the_photographer_credits_the_writer():
    text = "青山集团召开安全生产会议\n\n12月18日上午，青山集团召开安全生产会议，部署冬季安全工作。(李小红 文/赵小六 摄)"
    assert credits(text) == {("author", "李小红")}
    # a photographer alone is no author
    assert credits(text.replace("李小红 文/", "")) == set()


def test_a_closing_credit_with_an_interns_mark_under_a_posts_field_of_no_one():
    text = ("青山县领导赴白石镇督导三夏生产\n\n时间:2016-06-12 09:52来源:未知 作者:青山新闻网 点击:\n\n"
            "6月8日，副县长李明赴白石镇督导三夏生产和秸秆禁烧工作。截至6月7日，该镇已收割小麦2.3万亩。\n\n"
            "王大明  林小雨(实习)\n\n------分隔线----------------------------\n\n网站地图")
    assert credits(text) == {("author", "王大明"), ("author", "林小雨")}  # (an intern writes beside the reporter)
    # a field that names someone keeps the article's credit
    assert credits(text.replace("作者:青山新闻网", "作者:赵小六")) == {("author", "赵小六")}


def test_a_county_sites_name_over_the_headline_is_the_sites():
    text = "今日青山\n\n县委县政府重点工作第12次周交办会议召开\n\n来源: 青山网    信息时间:2022-08-22     阅读次数:" + BODY
    assert headlines(text) == ["县委县政府重点工作第12次周交办会议召开"]


def test_tuwen_credits_the_writer_and_the_reviewer_is_none():
    text = "青山县召开周交办会议" + BODY + "\n\n(图文:李小红 审核:赵小六)"
    assert credits(text) == {("author", "李小红")}
    assert not is_byline_line("图文并茂的展板")


def test_a_government_sites_header_and_footer_rows_are_the_pages():
    rows = ("中国政府网 | 青山省政府 | 青山市政府", "网站支持IPv6 繁體中文 无障碍", " 无障碍    长者助手 我的收藏   收藏",
            "关于我们 | 网站声明 | 网站地图", "【打印】 【字体:    ", "返回栏目", "栏目列表", "我要投稿", "青山网 • 首页动态 • 正文",
            "2010-05-12宣传科", "乡镇分站: 白石镇 青山镇 东湖镇 西岭镇 南山乡 北河乡", "搜索历史清空", "本版列表新闻")
    assert all(is_furniture(r) for r in rows), [r for r in rows if not is_furniture(r)]
    # a team's credit of six names, a headline of two phrases, a sentence's date are no furniture
    assert not any(is_furniture(t) for t in ("张三 李四 王五 赵六 钱七 孙八", "关于我们的故事", "2010-05-12上午",
                                             "青山 白石 东湖 西岭", "张三 • 李四"))
    text = "\n\n".join(rows[:5]) + "\n\n青山县开展爱国卫生月活动\n\n发布时间:2025-04-09" + BODY
    assert headlines(text) == ["青山县开展爱国卫生月活动"]


def test_dates_and_counts_the_pages_print_around_the_headline():
    stamps = ("10.11.2015 16:15", "创建于 2013-06-19", "323", "2022年03月21日 星期一 放大 缩小 默认", "本文来源: 青山新闻网",
              "2020-12", "admin")
    assert all(is_furniture(t) for t in stamps)
    assert not is_furniture("323名志愿者")
    text = "青山县举行记者节座谈会\n\n10.11.2015 16:15\n\n本文来源: 青山新闻网" + BODY
    assert headlines(text) == ["青山县举行记者节座谈会"]


def test_a_name_with_its_unit_in_brackets_under_the_headline_is_the_byline():
    text = "青山学院院刊总第33期出刊\n\n林小雨 (化学与化工学院)\n\n创建于 2013-06-19\n\n323" + BODY
    assert headlines(text) == ["青山学院院刊总第33期出刊"]
    assert credits(text) == {("author", "林小雨")}
    assert not names_then_unit("江苏（青山集团）")


def test_caifang_renyuan_as_a_repost_writes_jizhe():
    text = "青山油田累计产油4000万吨\n\n青山晚报网4月24日讯(通讯员李小红采访人员赵小六)近日，记者从青山油田获悉，油田累计产油4000万吨。"
    assert credits(text) == {("contributor", "李小红"), ("author", "赵小六")}


def test_a_social_apps_post_and_a_sites_footer_keep_to_the_page():
    page = ("原创 青山发布 青山发布 2024-05-06 18:30 发表于青山\n\n点击蓝字 关注我们\n\n青山县举办首届茶文化节\n\n"
            "5月6日，青山县首届茶文化节在白石镇开幕，全县二十多家茶企参展。\n\n来源 | 青山日报\n\n出品 | 青山融媒\n\n"
            "往期推荐\n\n阅读 1.2万\n\n点赞 在看\n\n写留言\n\n继续滑动看下一个\n\n轻触阅读原文\n\n"
            "网友评论\n\n已有0条评论\n\n更多>>\n\n青ICP备12345678号  青公网安备 12345678号")
    assert headlines(page) == ["青山县举办首届茶文化节"]
    rows = [x for x in page.split("\n\n") if "茶" not in x]
    assert all(is_furniture(x) for x in rows), [x for x in rows if not is_furniture(x)]
    # words of these rows, in a headline or a sentence, are the article's
    assert not any(is_furniture(t) for t in ("阅读让生活更美好", "更多精彩", "全文如下：", "留言板", "原创作品展", "点赞青山",
                                             "奋斗 2024", "青山县共有12条评论员队伍"))


def test_a_column_of_marked_briefs_each_credited_on_the_line_under_it():
    briefs = ("△青山县白石镇七家工厂的工会联合举办职工文艺会演，共演出二十个节目。", "(李小红)",
              "△青山县总工会举办基层工会宣传委员培训班，提高宣传委员的业务水平。", "(青山县总工会)",
              "△青山公路段工会在全段开展“好食堂”竞赛活动。", "(付建中)",
              "白石基地工会举行演讲会，来自该系统的五十多名工会主席参加了演讲。 (赵小六)",
              "△青山车务段工会在全段开展劳动保护知识竞赛，推动了劳保工作的开展。 (王大明)")
    text = "工会动态\n" + "\n".join(briefs)
    # five items, the one with no mark after a credit too (付建中, a name jieba does not know, closes the third)
    assert _credits_by_article(text) == [{("author", "李小红")}, set(), set(), {("author", "赵小六")}, {("author", "王大明")}]
    # a list of marked points inside an article stays the article's
    assert len(headlines("青山县召开会议\n\n会议要求：\n△加强领导，压实责任。\n△完善制度，规范管理。\n△强化督查，狠抓落实。")) == 1


def test_a_closing_credit_under_the_unit_and_on_two_lines():
    text = ("白石村火把节 年味浓\n\n2025-02-05 09:57\n\n2月2日，白石镇白石村举行一年一度的火把节，村民们举着火把穿过村巷。\n\n"
            "青山县融媒体中心\n\n见习记者/李小红\n\n通讯员/赵小六\n\n见习编辑/王大明")
    assert credits(text) == {("author", "李小红"), ("contributor", "赵小六")}
    assert len(headlines(text)) == 1


def test_a_welcome_an_issue_line_and_a_post_time_without_its_year():
    text = ("您好,欢迎来到青山共青团!\n\n基层组织工作动态专栏\n\n您现在的位置: 首页 > 资讯列表 > 详情页\n\n"
            "青山团市委调研中学团建工作\n\n更新时间:09年11月18日 点击数:660" + BODY)
    assert headlines(text) == ["青山团市委调研中学团建工作"]
    assert headlines("5:综合总第44期 >2011-12-08编印\n\n青山县举行座谈会\n\n刊发日期:2011-12-08 阅读次数:" + BODY) == [
        "青山县举行座谈会"]
    assert is_furniture("08-23 11:23   青山市融媒体中心") and not is_furniture("08-23 11:23 青山县召开会议")
    # an issue that is the news itself is a headline
    assert not is_furniture("青山学院院刊总第33期出刊")


# Guards from the round's review: what the rules above must not do.

def test_an_empty_fields_name_takes_no_headline_or_date_under_it():
    two = ("青山县召开农业会议\n本报记者 李四\n3月1日，青山县召开农业会议，部署春耕。\n责任编辑：\n"
           "青山县开展植树活动\n本报记者 王五\n3月12日，青山县开展植树活动。")
    assert headlines(two) == ["青山县召开农业会议", "青山县开展植树活动"]
    assert ("author", "王五") in credits(two)
    assert headlines("时间\n青山县召开农业会议\n3月1日，青山县召开农业会议，部署春耕。") == ["青山县召开农业会议"]


def test_a_credit_that_names_someone_is_kept_beside_a_closing_credit():
    text = "青山县召开农业会议\n{}\n3月1日，青山县召开农业会议，部署春耕。会议要求抓好春耕。（通讯员 王五）"
    assert ("author", "李四") in credits(text.format("本报记者 李四 综合报道"))
    assert ("author", "李四") in credits(text.format("作者：青山日报 李四"))


def test_a_photographer_named_after_the_writer_leaves_the_writer():
    text = "青山县油菜花开\n{}\n3月1日，青山县白石村油菜花盛开，吸引市民前去赏花。"
    assert ("author", "李四") in credits(text.format("记者 李四 摄影 王五"))


def test_one_article_with_no_headline_keeps_a_correspondents_line_and_a_kicker_after_tuwen():
    text = "记者 李四\n3月1日，青山县召开农业会议，部署春耕工作。\n会议要求抓好春耕。\n通讯员 王五\n3月2日，各乡镇开始春耕，农民忙着翻地。"
    assert len(headlines(text)) == 1
    kicker = "图文：春到青山\n3月1日，青山县召开农业会议，部署春耕工作。"
    assert credits(kicker) == set() and headlines(kicker) == ["图文：春到青山"]


def test_a_list_of_six_in_the_body_a_speakers_line_and_an_acronym_over_the_headline_stay():
    text = ("青山县表彰先进单位\n3月1日，青山县召开表彰大会。\n优秀组织奖：白石镇 青山镇 东湖镇 西岭镇 南山乡 北河乡\n"
            "会议要求各乡镇再接再厉。")
    entities, _ = graph(text)
    assert ("Place", "北河乡") in entities
    speaker = "青山县召开农业会议\n3月1日，青山县召开农业会议，部署春耕。\n发言代表\n王小明（青山县农业农村局）\n他说，今年要抓好春耕。"
    assert len(headlines(speaker)) == 1 and credits(speaker) == set()
    assert [p.text for p in repair("5G\n\n赋能青山智慧农业" + BODY)][:2] == ["5G", "赋能青山智慧农业"]  # (no picture's code)
    assert headlines("又讯问了在场的多名群众\n3月1日，青山县召开农业会议，部署春耕。")[0] == "又讯问了在场的多名群众"
