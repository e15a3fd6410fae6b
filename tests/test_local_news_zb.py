"""Shapes of real news kg read wrong, found on unseen local pages (the forty-third round), each written here as a short
text of our own: a headline's second line that jieba would split into two names (白石拉开帷幕) is the headline's, not
a credit; a site's button for its version for the old (退出长者模式), a post's day alone on its line (04-08), a row of
counters (0 阅读:0) and the source of a page's pictures and text (图/文来源:…) are the page's furniture, and a bar
after a title is no part of it; the author fields of a school's or a portal's page (来稿单位:… 作者:…, 文章作者:…) and a
paper's 全媒记者 credit the right people; the league's committee of a city (团青山市委) opens with no place and a month
before it (10月份团市委) is no part of it; a ceremony of a named festival or campaign (…旅游节启动仪式) is part of that
event, an initiative of its own; a drill named by its year holds the words of its kind, verbs among them
(2021年大型商业综合体联合拉动演练); a team a body sends to a village (县审计局驻白石村工作队) is the body's, there, and
a team of no body named (14支驻村工作队) is none; a village whose name holds 村 (史村铺村) is read whole; where to send
news (投稿与新闻线索:李女士 手机:…) is the site's furniture, no person; an e-paper's row of buttons with its day among
them, a bare 导航 or 返回, and a path through the site parted by spaces (首页 新闻中心 青山新闻 - 要闻) are furniture; a
title over empty fields and the post's day
(文章来源: / 作者: / 发布时间:…) is the title, and a credit in brackets closing it (…教师节 (通讯员王五)) its byline;
the city of a national outlet's dateline is not the city of the bodies the article names by their level, 市妇联 among
them; who attends and does more there (出席并为…颁发证书) and who speaks 典礼仪式上 take part in the ceremony, a title
jieba tags as a verb (处长) no verb of theirs; a photo news item credited only by its photo's credit with roles
(晨报记者李四通讯员王五摄) is theirs; a festival or a national day counted by its year (第35个教师节, 第三十三次全国助残日)
is an initiative, no event held.

Each test is a short text written for it; docs/extraction.md ("Forty-third round") says why.
"""
from __future__ import annotations

import kg
from kg.extract.initiative import ceremony_of
from kg.extract.names import central_party
from kg.lines import is_furniture, is_name_line
from kg.text import parse
from tests.conftest import credits, graph, headlines


def test_a_headlines_second_line_that_reads_as_two_names_is_the_headlines():
    text = "青山县“村BA”决赛\n\n白石拉开帷幕\n\n本报讯 (记者 李大山) 4月25日,青山县“村BA”决赛在白石镇开赛,八支村队参赛。"
    assert headlines(text) == ["青山县“村BA”决赛 白石拉开帷幕"]
    assert credits(text) == {("author", "李大山")}
    assert not is_name_line("白石拉开帷幕") and is_name_line("黄玲玲倪胜林")
    text = "青山县举办春季运动会\n余红夏超\n4月25日,青山县春季运动会开幕,一千多名运动员参赛。"  # (a name jieba makes up)
    assert headlines(text) == ["青山县举办春季运动会"] and credits(text) == {("author", "余红"), ("author", "夏超")}


def test_a_sites_version_button_and_a_days_badge_are_furniture():
    text = "退出长者模式\n青山县举办乡村旅游节\n发布日期:2022-05-31\n5月28日,青山县乡村旅游节在白石村开幕,游客三千多人。"
    assert headlines(text) == ["青山县举办乡村旅游节"]
    text = "青山县消防救援大队开展演练\n发布时间:\n04-08\n来源: 青山日报 阅读:\n近日,青山县消防救援大队在白石商城开展演练。"
    assert headlines(text) == ["青山县消防救援大队开展演练"]
    assert is_furniture("退出长者模式") and is_furniture("04-08") and not is_furniture("长者模式很好用")
    assert not is_furniture("3-1")  # (a score)


def test_a_bar_after_the_title_is_no_part_of_it():
    text = "青山县妇联举办培训班 |\n发布时间:2018-04-08 来源:青山县妇联 点击数: |\n4月4日,青山县妇联举办农村妇女骨干培训班。"
    assert headlines(text) == ["青山县妇联举办培训班"]


def test_the_author_fields_of_a_schools_and_a_portals_page_credit_the_author():
    text = "我院举行毕业典礼\n来稿单位:教学部 作者:李小四 日期:2018-07-12\n7月11日上午,学院举行毕业典礼,三百名学生毕业。"
    assert credits(text) == {("author", "李小四")}
    text = "县长调研农业产业\n文章来源:青山网 文章作者:王小五 责任编辑:王小五 点击数:\n近日,县长到白石镇调研农业产业。"
    assert credits(text) == {("author", "王小五")}
    text = "驻村工作队帮扶见实效\n\n  青山日报农村版全媒记者 李大山 通讯员 王小五 赵六\n\n近日,白石镇驻村工作队帮扶村民种苗木。"
    assert credits(text) == {("author", "李大山"), ("contributor", "王小五"), ("contributor", "赵六")}


def test_a_row_of_counters_and_the_source_of_pictures_are_no_article():
    text = ("白石供电所开放日\n\n12月4日,白石供电所举办开放日活动,三十名居民走进变电站参观。\n\n(通讯员:李小四)\n\n"
            "图/文来源:白石供电所\n\n0 阅读:0")
    assert headlines(text) == ["白石供电所开放日"]
    assert is_furniture("0 阅读:0") and is_furniture("图/文来源:白石供电所")


def test_the_leagues_committee_of_a_city_opens_with_no_place_and_no_month():
    ents, _ = graph("关爱留守儿童\n今年10月份团市委联合市妇联开展关爱留守儿童活动。团西宁市委供图")
    assert {("Organization", "团市委"), ("Organization", "团西宁市委"), ("Place", "西宁市")} <= ents
    assert not {e for e in ents if e[1] in ("月份团市委", "团西宁市", "月份团市")}
    # (a project's name holds its year: 2024年 is no date before it)
    ents, _ = graph("项目推进\n近日,白石镇实施2024年青山河污水处理工程,总投资三千万元。青山地区2022年重大项目集中开工。")
    assert {("Initiative", "2024年青山河污水处理工程"), ("Initiative", "青山地区2022年重大项目")} <= ents
    # (团 opens the league's committee only before a place: 团结村委 is a village's committee)
    assert central_party("团西宁市委") == 1 and central_party("团结村委") == central_party("团委书记") == 0
    assert central_party("团西宁市青年志愿者协会") == 0  # (the league's committee only)
    assert central_party("团青山县委员会") == 1 and central_party("团风县委") == 0  # (团风县: a county)
    ents, _ = graph("会议\n今年5月份团市委开展活动。6月份市委宣传部开展活动。上午9时县应急局召开会议。13日县审计局召开会议。")
    assert {("Organization", "市委宣传部"), ("Organization", "县应急局"), ("Organization", "县审计局")} <= ents
    assert not {e for e in ents if e[1][:1] in "月份时日"}


def test_a_ceremony_of_a_named_festival_is_part_of_the_festival():
    text = "乡村旅游节启动\n5月28日,第十三届青山省乡村旅游节启动仪式在白石村举行。"
    ents, rels = graph(text)
    assert {("Initiative", "第十三届青山省乡村旅游节"), ("Initiative", "第十三届青山省乡村旅游节启动仪式")} <= ents
    assert ("第十三届青山省乡村旅游节启动仪式", "partOf", "第十三届青山省乡村旅游节") in rels
    text = "敬老行动圆梦\n12月26日,“青山有爱”敬老公益行动圆梦仪式在白石村举行。"
    ents, rels = graph(text)
    assert ("Initiative", "“青山有爱”敬老公益行动") in ents
    # (a project's ground-breaking and a gift's ceremony name no event of their own)
    ents, _ = graph("项目开工\n5月8日,青山县重点项目开工仪式在白石村举行。青山大学图书捐赠仪式在白石小学举行。")
    assert not {e for e in ents if e[1] in ("青山县重点项目", "重点项目", "青山大学图书")}
    assert ceremony_of("第三届运动会开幕式") == 0  # (an edition of a kind alone names no event of its own here)
    # (nor a campaign named by no more than its place, its reach or a count)
    assert ceremony_of("全县统一行动启动仪式") == ceremony_of("宁乡市一系列宣传活动启动仪式") == 0
    assert ceremony_of("宁乡市全民健身活动启动仪式") == len("宁乡市全民健身活动")
    assert ceremony_of("长沙市净网行动启动仪式") == len("长沙市净网行动")  # (a campaign's own name of two)


def test_a_drill_named_by_its_year_holds_the_words_of_its_kind():
    ents, _ = graph("消防演练\n近日,青山县消防救援大队在白石商城组织开展2021年大型商业综合体联合拉动演练,五个中队参加演练。")
    assert ("Initiative", "2021年大型商业综合体联合拉动演练") in ents
    ents, _ = graph("防汛演练\n近日,白石镇组织2023年防汛拉动演练,三十人参加。")  # (a verb after one word: no field)
    assert ("Initiative", "2023年防汛拉动演练") not in ents
    for text in ("2023年青山足球队主场迎战比赛", "2024年青山村民自发筹办比赛", "2023年所有球队报名比赛",  # (a subject's verbs)
                 "2023年所有中队联合拉动演练", "2023年拉动演练"):  # (所有: no size; no field)
        ents, _ = graph("球赛\n" + text + "十二场。")
        assert not {e for e in ents if e[0] == "Initiative"}, text
    ents, _ = graph("消防演练\n2023年全县完成演练十二次。2020年受疫情影响取消比赛。")
    assert not {e for e in ents if e[0] == "Initiative"}


def test_a_team_a_body_sends_to_a_village_is_the_bodys_there():
    text = "驻村帮扶\n县经信局驻江荣村工作队,帮助该村建起加工厂。青山银行白石支行驻村工作队入驻上徐村。在白石镇,有14支驻村工作队。"
    ents, rels = graph(text)
    assert {("Organization", "县经信局驻江荣村工作队"), ("Organization", "县经信局"), ("Place", "江荣村"),
            ("Organization", "青山银行白石支行驻村工作队"), ("Organization", "青山银行白石支行")} <= ents
    assert {("县经信局驻江荣村工作队", "parentOrganization", "县经信局"), ("县经信局驻江荣村工作队", "location", "江荣村"),
            ("青山银行白石支行驻村工作队", "parentOrganization", "青山银行白石支行")} <= rels
    assert not {e for e in ents if "驻村工作队" in e[1] and not e[1].startswith("青山银行")}
    # (a place sends one too, in it; a town and its village; the kind of the team's work between)
    text = "驻村帮扶\n宁乡市驻村工作队深入农户走访。县审计局驻白石镇东山村工作队为村民修路。县检察院驻红旗村乡村振兴工作队入户。"
    ents, rels = graph(text)
    assert {("宁乡市驻村工作队", "location", "宁乡市"), ("县审计局驻白石镇东山村工作队", "location", "东山村"),
            ("东山村", "containedInPlace", "白石镇"), ("县检察院驻红旗村乡村振兴工作队", "parentOrganization", "县检察院")} <= rels
    assert ("Place", "宁乡市") in ents and ("Organization", "宁乡市") not in ents
    _, rels = graph("驻村帮扶\n长沙县召开驻村工作会议。县审计局驻东山村工作队为村民修路,县审计局派出三人。")  # (in the village)
    assert ("县审计局驻东山村工作队", "location", "东山村") in rels
    assert not {r for r in rels if r[0] == "县审计局驻东山村工作队" and r[1] == "location" and r[2] != "东山村"}
    ents, rels = graph("驻村帮扶\n白石村驻村工作队队长王小五介绍情况。宁乡驻村工作队入户走访。")  # (a village's, a bare county's)
    assert {("白石村驻村工作队", "location", "白石村"), ("王小五", "memberOf", "白石村驻村工作队"),
            ("宁乡驻村工作队", "location", "宁乡")} <= rels
    assert not {r for r in rels if r[1] == "parentOrganization"}
    text = ("驻村帮扶\n长沙市审计局驻花明楼镇东山村工作队修路。县委组织部选派的驻西山村工作队入户。县审计局派驻南山村工作队"
            "队长李大明介绍。今年以来市审计局驻北山村工作队修路。长沙军分区驻红旗村工作队到村。")
    ents, rels = graph(text)
    assert {("长沙市审计局驻花明楼镇东山村工作队", "location", "东山村"), ("东山村", "containedInPlace", "花明楼镇"),
            ("市审计局驻北山村工作队", "location", "北山村"),
            ("长沙军分区驻红旗村工作队", "parentOrganization", "长沙军分区")} <= rels  # (军分区: a body, no place)
    assert not {e for e in ents if "驻花明楼" in e[1] and e[0] == "Place" or e[1] == "驻西山村工作队"}
    assert not {e for e in ents if e[1].startswith("今年")}
    ents, _ = graph("驻村帮扶\n白石镇选派乡村振兴工作队进驻各村,每支工作队三人。")  # (a kind of team: none)
    assert not {e for e in ents if e[1].endswith("工作队")}
    ents, _ = graph("开园\n上午,福州市援藏工作队代表,县直机关代表共同见证。省委宣传部脱贫攻坚工作队到村。")  # (a place's team)
    assert ("Organization", "福州市援藏工作队") in ents and ("Organization", "攻坚工作队") not in ents


def test_a_village_whose_name_holds_its_level_is_read_whole():
    ents, _ = graph("县长调研\n在绿洲街道史村铺村,县长查看了文化广场。在史村铺村的温室大棚,县长走入棚中。")
    assert ("Place", "史村铺村") in ents and ("Place", "史村铺") not in ents
    ents, _ = graph("调研\n县长到张村铺村调研。张村铺村党支部书记李大山介绍情况。县长走访李家坪村民小组。")
    assert ("Place", "张村铺村") in ents and not {e for e in ents if e[1] in ("张村铺", "李家坪村")}


def test_where_to_send_news_is_furniture():
    assert is_furniture("投稿与新闻线索:李女士 微信/手机:13600000000 邮箱:qs#example.cn(请将#改成@)")
    assert not is_furniture("投稿请联系县委宣传部。") and not is_furniture("报料:请拨打12345热线,反映问题。")
    assert not is_furniture("投稿方式:作品发送至邮箱qs2023@example.cn,邮件主题注明“征文+姓名”")  # (a notice's line)


def test_an_e_papers_buttons_and_a_sites_paths_are_furniture():
    for line in ("3 上一篇  下一篇 4 2010年8月26日 星期 放大 缩小 默认", "返回本版 | 版面导航 | 标题导航 | 在线投稿 ", "导航",
                 "返回", "首页 新闻中心 青山新闻 青山新闻 - 要闻"):
        assert is_furniture(line), line
    assert not is_furniture("导航系统上线") and not is_furniture("返回家乡") and not is_furniture("首页设计大赛开幕")
    assert not is_furniture("首页 焕新")  # (one word after it: no path)


def test_a_title_over_empty_fields_with_its_credit_in_brackets():
    text = ("点击排行\n丹心育桃李,俯首作人桥 ——青山区教育局庆祝第35个教师节 (通讯员王小五)\n文章来源:\n作者:\n发布时间:2019-09-10\n"
            "9月10日,青山区教育局庆祝第35个教师节座谈会在白石中学召开。")
    assert headlines(text) == ["丹心育桃李,俯首作人桥 ——青山区教育局庆祝第35个教师节"]
    assert credits(text) == {("contributor", "王小五")}
    text = "青山县举办护理培训班(第二期)\n发布时间:2019-09-10\n9月10日,青山县举办护理培训班,八十人参加。"
    assert headlines(text) == ["青山县举办护理培训班(第二期)"]  # (brackets that credit no one stay the title's)
    doc = parse("记者 李四 报道\n\n图为市民（记者 李四、王五）\n\n本报长沙讯本报长沙讯")  # (a credit above stays apart)
    assert all(a.byline_span is None or a.byline_span[0] < a.byline_span[1] for a in doc.articles)
    text = "2023年青山市重点项目名单（高新区）\n发布时间:2023-05-06\n现将2023年高新区重点项目名单公布如下。"
    assert headlines(text) == ["2023年青山市重点项目名单（高新区）"] and not credits(text)


def test_the_city_of_a_national_outlets_dateline_is_not_the_articles_city():
    text = ("关爱老人\n青山网北京12月31日电(记者 李大山)12月26日,西宁市敬老志愿活动在城西区举行。活动由市妇联、市文明办联合开展,"
            "西宁市各界人士参加。西宁市将持续开展此类活动。")
    _, rels = graph(text)
    assert {("市妇联", "location", "西宁市"), ("市文明办", "location", "西宁市")} <= rels


def test_who_attends_and_speaks_at_a_ceremony_takes_part():
    text = ("青山学院举行毕业典礼\n7月10日上午,青山学院2019届学生毕业典礼在北校区礼堂举行,副院长王大明出席并为优秀毕业生颁发证书。\n"
            "典礼由学院党委书记李小四主持。典礼仪式上,教务处处长赵小六宣读表彰决定。")
    _, rels = graph(text)
    event = "青山学院2019届学生毕业典礼"
    assert {(event, "participant", "王大明"), (event, "participant", "赵小六")} <= rels


def test_a_photo_news_item_credited_by_its_photo_is_its_photographers():
    text = "非遗展演\n\n  6月5日上午,白石区非遗展演在文体中心举行,观众掌声阵阵。 晨报记者李大山通讯员王小五摄"
    assert credits(text) == {("author", "李大山"), ("contributor", "王小五")}
    text = "非遗展演\n\n本报讯(记者 赵六) 6月5日上午,白石区非遗展演在文体中心举行。 晨报记者李大山摄"
    assert credits(text) == {("author", "赵六")}  # (a report with a byline: the photographer took its photo only)
    text = "非遗展演\n\n6月5日上午,白石区非遗展演在文体中心举行。 记者在现场摄"  # (no one named: no credit)
    assert kg.build(text).documents[0].articles[0].byline is None


def test_a_festival_counted_by_its_year_is_an_initiative_and_no_event_held():
    text = ("记者节\n11月8日,第22个中国记者节,县委书记李大山来到县融媒体中心看望新闻工作者。"
            "今年5月15日,第三十四次全国助残日到来。第3个工作日起恢复办公。")
    ents, _ = graph(text)
    assert {("Initiative", "第22个中国记者节"), ("Initiative", "第三十四次全国助残日")} <= ents
    assert not {e for e in ents if "工作日" in e[1]}
    _, rels = graph("医师节\n今天(8月19日)是第八个中国医师节,青山市委宣传部、青山市卫健委向社会发布了“最美医生”名单。")
    assert not {r for r in rels if r[0] == "第八个中国医师节"}  # (a day: no one takes part)
    text = ("尊师重教 ——青山区教育局庆祝第35个教师节\n9月10日,青山区教育局庆祝第35个教师节座谈会在白石中学召开。"
            "会上,局长王小五讲话。")  # (the headline's festival is no event held: the meeting is the article's)
    _, rels = graph(text)
    assert ("青山区教育局庆祝第35个教师节座谈会", "participant", "王小五") in rels
