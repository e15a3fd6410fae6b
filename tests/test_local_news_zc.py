"""Shapes of real news kg read wrong, found on local pages (the forty-fourth round), each written here as a short text
of our own: an event held 在我市… is held in the places after the publisher's own city; a headline's verb set off in
quotes between its subject and its event (白石非遗“点亮”省第三届桃花节启动仪式) is no part of the event's name, and the event named
there with its province written as its level (省第三届桃花节) is the one the body names in full (第三届青山省桃花节); a place a
ceremony's festival holds in its name is where the festival is, not the ceremony; a headline keeps the stroke (丨)
the page writes; a caption's common noun (小朋友) is no author's name; a column's name over a title whose subtitle
follows —— (医院动态 / …,…——…!) is the column's; a site's welcome with its counter of visits, its 热度 field, its summary
(the title run on into its tags) and the tags again, and a picture's file name are furniture; a site's 网络编辑 is an
editor's field, no author's; a photo's caption that says who presides or speaks (王五书记主持签约仪式) puts them at the
article's event; a bank's or an insurer's branch named by its town (…白石镇支行, …东海支公司) is there; a body's leaders
listed after commas with its party posts and its own (党委书记、董事长A，党委副书记、总经理B) hold both, as the first does; a unit's
league branch (…医院团支部) is the unit's, no 团's; a farewell party (…医疗队欢送会) is an event; a quoted day's campaign
counted by 次 (第三次“全国爱眼日”活动) is named with its count, as one counted by 届; a person the recognizer reads right after
a title, whose name LAC reads as another word (局长向霆), is that person; a site's field of the author and the source
(作者(来源)：…) credits its author; a credit glued after the last sentence with a bracket left unopened (…。文:A 图:B C))
is the byline; the site's buttons (打印本文, 繁体 | 简体 | 收藏本站), a government table's fields with their names spaced out
(• 索 引 号:…, • 文  号:, 成文时间, 效力状态), its title field under a bullet (• 标  题:…), a picture's code alone (59BE9), a
page's footer fields (本文标题:…, 本文地址:…), a count of words (文章字数:365) and an e-paper's count of pages
(下一版»本期共4版(1-2-4)) are the page's; a digest's numbered items (1、9月20日…) parted by sections in brackets (【国内】, 【国际】)
are its articles, under a greeting with the day (今天是9月21日星期二，…); a name of two spaced out in a credit (本报讯(张 黎
李元辉)) is one name; the title a breadcrumb ends with, over the post's fields, is the headline (no column's name
repeated); the site's name under the first title (…融媒体中心) is no part of it; a site's 朗读 and 统一用户登录 buttons are
furniture.

Each test is a short text written for it; docs/extraction.md ("Forty-fourth round") says why.
"""
from __future__ import annotations

from kg.extract.initiative import quoted_verb
from kg.lines import is_furniture, is_name_line
from kg.resolve import division_as_level
from kg.text import parse
from tests.conftest import credits, graph, headlines


def sentences(text: str) -> list[str]:
    return [s.text for a in parse(text).articles for s in a.sentences]


def test_an_event_held_in_the_publishers_own_city_is_held_in_the_places_after_it():
    _, facts = graph("5月8日,青山县春季运动会在我市白石区东风村举行,三千名运动员参赛。")
    assert ("青山县春季运动会", "location", "东风村") in facts
    _, facts = graph("5月8日,青山县春季运动会在白石区东风村举行,三千名运动员参赛。")
    assert ("青山县春季运动会", "location", "东风村") in facts


def test_a_headlines_quoted_verb_is_no_part_of_the_event_named_after_it():
    text = ("白石非遗“点亮”省第八届油菜花节启动仪式\n"
            "5月8日,第八届浙江省油菜花节启动仪式在白石区东风村举行。副省长王大山出席启动仪式。")
    entities, facts = graph(text)
    events = {name for type_, name in entities if type_ == "Initiative"}
    assert events == {"第八届浙江省油菜花节", "第八届浙江省油菜花节启动仪式"}
    assert ("第八届浙江省油菜花节启动仪式", "participant", "王大山") in facts
    assert quoted_verb("非遗“点亮”省", 2, 5, {3: "v"})
    assert not quoted_verb("非遗“点亮”省", 2, 5, {3: "n"}) and not quoted_verb("“点亮”音乐会", 0, 3, {1: "v"})
    assert not quoted_verb("非遗“点亮乡村振兴”省", 2, 9, {3: "v", 5: "v"})  # (five characters: a name's)
    assert ("Initiative", "“回头看”专项行动") in graph("青山县开展“回头看”专项行动。")[0]  # (after a verb: a name's)
    assert not quoted_verb("非遗“靓丽”省", 2, 5, {3: "a"})  # (no verb among them)
    assert not quoted_verb("今天,“点亮”音乐会", 3, 6, {4: "v"})  # (opening its clause: a name's)


def test_an_event_named_with_its_province_as_a_level_is_the_one_named_in_full():
    assert division_as_level("第八届浙江省油菜花节", "省第八届油菜花节")
    assert not division_as_level("第八届浙江省油菜花节", "市第八届油菜花节")
    assert not division_as_level("第八届浙江省油菜花节", "省第七届油菜花节")


def test_the_place_a_ceremonys_festival_holds_is_where_the_festival_is():
    _, facts = graph("5月8日,第八届浙江省油菜花节启动仪式在白石区东风村举行。")
    assert ("第八届浙江省油菜花节", "location", "浙江省") in facts
    assert ("第八届浙江省油菜花节启动仪式", "location", "浙江省") not in facts
    assert ("第八届浙江省油菜花节启动仪式", "location", "东风村") in facts


def test_a_headline_keeps_the_stroke_the_page_writes():
    text = "迎新春丨青山县第三届迷你马拉松开跑\n11月21日一早,青山县第三届迷你马拉松在白石公园开跑,三千人参赛。"
    assert headlines(text) == ["迎新春丨青山县第三届迷你马拉松开跑"]


def test_a_captions_common_noun_is_no_authors_name():
    text = ("青山县第三届迷你马拉松开跑\n11月21日一早,青山县第三届迷你马拉松在白石公园开跑,三千人参赛。\n"
            "跑步\n小朋友\n本次迷你马拉松总长约5公里,共设男子组、女子组和亲子组。\n记者:李小四")
    assert headlines(text) == ["青山县第三届迷你马拉松开跑"] and credits(text) == {("author", "李小四")}
    assert not is_name_line("小朋友") and is_name_line("高峰") and is_name_line("李四")


def test_a_columns_name_over_a_title_with_its_subtitle_after_a_dash_is_the_columns():
    title = "携手共建医疗联合体,合作开创新局面——青山医院与白石县中医院结成医联体!"
    body = "11月9日上午,青山医院与白石县中医院在青山医院东院区签约,双方领导出席。"
    assert headlines(f"医院动态\n{title}\n{body}") == [title]
    assert headlines(f"{title}\n{body}") == [title]


def test_a_sites_welcome_counter_heat_summary_tags_and_pictures_names_are_furniture():
    assert is_furniture("欢迎访问青山技能教学平台,您是第685240位访客") and is_furniture("热度:")
    assert is_furniture("8B4A7591.JPG") and is_furniture("IMG_0012.jpeg") and not is_furniture("热度高的产品很多")
    title = "青山集团与白石市签订供水项目合作框架协议"
    text = (f"首页 > 环保节能\n{title}\n来源:青山网\n时间:2021-07-01 17:00:21\n热度:\n"
            f"{title}青山水务 青山集团 供水项目青山网讯:6月30日,青山集团与白石\n青山水务 青山集团 供水项目\n"
            "青山网讯:6月30日,青山集团与白石市签订供水项目合作框架协议,双方将共建水厂。\nIMG_0012.jpeg\n"
            "根据协议,双方将在供水、污水处理等领域深入合作。\n供水项目\n项目总投资五亿元。")
    assert headlines(text) == [title]
    assert "供水项目" in sentences(text)  # (a head in the body that the summary holds: the body's)
    # (a caption that repeats the title, its photo's credit after: no summary)
    caption = f"{title}现场 李大山 摄"
    assert caption in sentences(f"{title}\n来源:青山网\n{caption}\n青山网讯:6月30日,双方在白石签约,将共建水厂。")
    # (nor a line far from the page's fields, in the body)
    heads = f"{title}签约 供水 水厂"
    assert heads in sentences(f"{title}\n青山网讯:6月30日,双方在白石签约,将共建水厂。\n{heads}\n会议还通报了进展。")
    lead = f"{title},双方将在供水、污水处理等领域深入合作。"  # (a lead that opens with the title's words: body)
    assert headlines(f"{title}\n来源:青山网\n{lead}\n6月30日,双方在白石签约。")[0] == title
    assert any(lead in s for s in sentences(f"{title}\n来源:青山网\n{lead}\n6月30日,双方在白石签约。"))


def test_a_sites_web_editor_is_no_author():
    text = "青山县象棋比赛开赛\n作者: 网络编辑:李小四 |\n5月8日,青山县象棋比赛在白石村开赛,八十名棋手参赛。"
    assert credits(text) == set() and is_furniture("网络编辑:李小四")
    assert ("Person", "李小四") not in graph(text)[0]


def test_a_photos_caption_that_says_who_presides_or_speaks_puts_them_at_the_event():
    text = ("青山医院与白石县中医院结成医联体\n11月9日上午,青山医院与白石县中医院医联体签约仪式在青山医院东院区举行。\n"
            "青山医院李大山书记主持签约仪式\n白石县中医院王小川院长致辞\n随后双方院长签署了合作协议,并参观了新院区。")
    _, facts = graph(text)
    event = "青山医院与白石县中医院医联体签约仪式"
    assert (event, "participant", "李大山") in facts and (event, "participant", "王小川") in facts


def test_a_branch_named_by_its_town_is_there():
    _, facts = graph("近日,青山农商银行黄川镇支行走进乡村开展金融知识宣传。")
    assert ("青山农商银行黄川镇支行", "location", "黄川镇") in facts
    assert ("青山农商银行黄川镇支行", "parentOrganization", "青山农商银行") in facts
    _, facts = graph("近日,青山财险东海县支公司工作人员走访受灾农户。")
    assert ("青山财险东海县支公司", "location", "东海县") in facts


def test_a_bodys_leaders_listed_with_its_party_posts_hold_both():
    text = ("青山发展集团与白石市人民政府签约。青山发展集团党委书记、董事长李大山,党委副书记、总经理王小川,"
            "党委委员、副总经理赵一鸣出席仪式。")
    _, facts = graph(text)
    for person in ("王小川", "赵一鸣"):
        assert (person, "memberOf", "青山发展集团") in facts and (person, "memberOf", "青山发展集团党委") in facts
    _, facts = graph("青山发展集团党委书记、董事长李大山,副总经理王小川出席仪式。")  # (no party post: not this rule's)
    assert not any(fact[0] == "王小川" for fact in facts if fact[1] == "memberOf")
    # (the first's post in another body is none of the group's: 白石商会's)
    _, facts = graph("青山发展集团党委书记、白石商会会长李大山,党委副书记、总经理王小川出席仪式。")
    assert ("李大山", "memberOf", "白石商会") in facts and ("王小川", "memberOf", "白石商会") not in facts


def test_a_units_league_branch_is_the_units():
    _, facts = graph("青山市妇幼保健院团支部书记李小四出席。")
    assert ("青山市妇幼保健院团支部", "parentOrganization", "青山市妇幼保健院") in facts
    assert ("李小四", "memberOf", "青山市妇幼保健院团支部") in facts


def test_a_farewell_party_is_an_event():
    entities, facts = graph("青山市第五批援疆医疗队欢送会在我院举行\n3月1日,市卫健委副主任李大山出席了欢送会并讲话。")
    assert ("Initiative", "青山市第五批援疆医疗队欢送会") in entities
    assert ("青山市第五批援疆医疗队欢送会", "participant", "李大山") in facts


def test_a_quoted_days_campaign_counted_by_its_times_is_named_with_the_count():
    entities, _ = graph("青山县开展第十六次“全国爱眼日”活动\n6月6日,青山县残联在县中心广场开展义诊。")
    assert ("Initiative", "第十六次“全国爱眼日”活动") in entities


def test_a_person_right_after_a_title_whose_name_lac_reads_as_another_word_is_a_person():
    entities, facts = graph("白石镇党委委员、副镇长向霆带队走访。")  # (LAC: 向霆, a preposition)
    assert ("Person", "向霆") in entities and ("向霆", "memberOf", "白石镇党委") in facts
    assert not any(type_ == "Person" for type_, _ in graph("副局长向前带队检查。")[0])  # (向前: forward)


def test_a_sites_field_of_author_and_source_credits_the_author():
    text = "青山小学开展护绿活动\n作者(来源):李小四    发布时间: 2012-10-24\n日前,青山小学开展了全校护绿活动,同学们清理了校园。"
    assert headlines(text) == ["青山小学开展护绿活动"] and credits(text) == {("author", "李小四")}


def test_a_credit_glued_after_the_last_sentence_with_a_bracket_left_unopened_is_the_byline():
    text = ("青山学院举办校园摄影展\n9月15日,青山学院校园摄影展在图书馆开幕,共展出作品五十余幅。"
            "展览将持续到9月25日。文:李小四     图:王大五  李小四)")
    assert credits(text) == {("author", "李小四")}  # (who took the photos is no author)


def test_a_government_pages_buttons_and_table_of_the_items_data_are_furniture():
    title = "白石街道环境整治齐发力 辖区焕新颜"
    text = ("欢迎访问青山区人民政府网站! 今天是:\n无障碍| 繁体 | 简体| 设为首页 | 收藏本站\n"
            "  • 索 引 号:3704023704020008/2025-01011\n  • 发布机构:白石街道\n  • 成文时间:2025年04月22日\n"
            f"  • 文  号:\n  • 标  题:{title}\n  • 效力状态:有效\n{title}\n"
            "近日,白石街道组织各社区开展环境卫生整治,清理垃圾五十余吨。\n打印本文 打印本文  关闭窗口 关闭窗口")
    assert headlines(text) == [title]
    assert is_furniture("打印本文 关闭窗口") and is_furniture("无障碍| 繁体 | 简体| 设为首页 | 收藏本站")
    assert is_furniture("  • 文  号:") and not is_furniture("主 任:李四说")


def test_a_pictures_code_a_pages_footer_fields_and_counts_are_the_pages():
    assert is_furniture("59BE9") and is_furniture("68481") and not is_furniture("G20")
    assert not any(is_furniture(t) for t in ("COVID-19", "MU5735", "K8361", "iPhone15"))  # (a flight's, a train's)
    assert is_furniture("本文标题:青山县召开卫生健康工作会议 - 健康新闻") and is_furniture("文章字数:365")
    assert is_furniture("下一版»本期共4版(1-2-4)")
    text = ("下一版»本期共4版(1-2-4)\n县长主持召开县长办公会 安排部署重点工作\n"
            "本报讯 12月5日,县长主持召开县长办公会议,听取各部门工作汇报。\n59BE9\n会议强调,要加快重点项目建设。\n"
            "本文标题:县长主持召开县长办公会 - 青山新闻\n本文地址:http://www.example.cn/a/1.html")
    assert headlines(text) == ["县长主持召开县长办公会 安排部署重点工作"]


def test_a_digests_numbered_items_parted_by_sections_are_its_articles():
    more = "有关部门表示,下一步将继续做好各项服务保障工作。"
    items = ["1、9月20日15时许,青山县新建的跨江大桥正式通车,全长一千二百米,双向六车道,两岸群众前来观看。" + more,
             "2、白石市图书馆新馆20日起正式开放,市民凭身份证即可免费办理借书证,首批开放的阅览座位有八百个。" + more + "【详情】",
             "【国际】",
             "3、2021年国际青年艺术节在巴黎开幕,来自三十多个国家的青年艺术家参加了开幕式,展出作品两千余件。" + more,
             "4、世界卫生组织发布报告称,全球疫苗接种人数继续增长,多个国家的接种率已经超过百分之八十。" + more,
             "【本地】",
             "5、青山县第三届农民运动会开幕,全县十八个乡镇的一千多名农民运动员将参加十二个项目的比赛。" + more]
    text = "今天是9月21日星期二,欢迎收听青山新闻早餐。\n【国内】\n" + "\n".join(items)
    assert len(headlines(text)) == 6  # (the greeting, then the five items)
    assert [a.sentences[0].text[:2] for a in parse(text).articles][1:] == ["1、", "2、", "3、", "4、", "5、"]
    # (numbered steps, no days in most of their leads and no sections: one text's)
    steps = "今天是9月21日星期二,欢迎收听青山新闻早餐。\n" + "\n".join(i for i in items if not i.startswith("【"))
    assert len(headlines(steps)) == 1


def test_a_name_spaced_out_in_a_credit_is_one_name():
    text = "青山区荣获全省先进县区称号\n本报讯(张 黎 李元辉)3月26日,从全省工作会议上传来捷报,青山区荣获先进县区称号。"
    assert credits(text) == {("author", "张黎"), ("author", "李元辉")}



def test_the_title_a_breadcrumb_ends_with_over_the_posts_fields_is_the_headline():
    title = "白石镇认真组织召开春季森林防灭火工作会"
    text = (f"统一用户登录 网站支持IPv6\n当前位置:首页 乡镇动态 > {title}\n{title}\n"
            "发布时间:2021-02-25 来源:白石镇 点击量:10243 [ 字体: ] 打印\n\n"
            "2月25日,白石镇组织召开春季森林防灭火工作会议,各村负责人参加会议。")
    assert headlines(text) == [title]


def test_the_sites_name_under_the_first_title_and_its_read_aloud_button_are_the_pages():
    title = "我县集中开工十二个重点项目"
    text = f"{title}\n\n青山县融媒体中心\n\n2024-01-03 17:48:04\n\n1月2日上午,青山县集中开工十二个重点项目,总投资三十亿元。"
    assert headlines(text) == [title]
    text = f"青山县人民政府\n朗读\n\n{title}\n\n来源:青山县白石镇 打印\n\n1月2日上午,青山县集中开工十二个重点项目,总投资三十亿元。"
    assert headlines(text) == [title]
    assert is_furniture("朗读") and is_furniture("统一用户登录 网站支持IPv6")


def test_short_lines_over_a_dated_report_on_an_e_papers_page_head_its_next_item():
    first = "日前,白石街道青山苑的居民发现楼门口多了一块新的标识牌,上面写着人防工程的位置和用途。"
    second = "近日,黄川街道编排的小戏《老街坊》获得全市群众文艺作品银奖,该剧讲述了社区里的邻里故事。"
    page = f"第A05版:青山新区\n白石:老小区人防工程 标识牌换新颜\n{first}\n黄川:《老街坊》\n获全市群众文艺银奖\n{second}"
    assert headlines(page) == ["白石:老小区人防工程 标识牌换新颜", "黄川:《老街坊》 获全市群众文艺银奖"]
    # (not on a site's page, and not over a paragraph that goes on with no day of its own)
    assert len(headlines(page.replace("第A05版:青山新区\n", ""))) == 1
    assert len(headlines(page.replace("近日,", "该剧由"))) == 1
