"""Constructions that the local dev sets of the twenty-ninth round showed kg missing.

Each test is a short text written for it; docs/extraction.md ("Twenty-ninth round") says why.
"""
from __future__ import annotations

from kg.text import repair
from tests.conftest import credits, graph, headlines

BODY = "\n\n3月20日，青山县交通运输局召开会议，部署青山大道建设。"


def test_a_breadcrumb_spread_over_lines_is_the_pages():
    text = "青山在线白石频道\n\n>\n\n区县新闻\n\n>\n\n正文\n\n青山大道建设进展如何\n\n发布时间:2020-11-13 15:29" + BODY
    assert headlines(text) == ["青山大道建设进展如何"]
    assert headlines("白石频道\n\n>\n\n区县新闻\n\n>\n\n正文\n\n青山大道建设进展如何" + BODY) == ["青山大道建设进展如何"]
    # a mark alone between lines of a sentence is no breadcrumb's
    assert _lone_marks("他说，\n>\n好的。") == 0


def _lone_marks(text: str) -> int:
    from kg.text import _lines, _lone_step
    return sum(_lone_step(_lines(text), i) for i in range(len(_lines(text))))


def test_a_sites_licence_and_an_arrow_breadcrumb_are_the_pages():
    text = ("青山网 新闻信息服务许可证 证号:1234567890\n\n首页 -> 正文\n\n"
            "青山县十座水库加固工程启动\n\n2011-10-20" + BODY)
    assert headlines(text) == ["青山县十座水库加固工程启动"]
    # a sentence that speaks of a licence is body text
    entities, _ = graph("青山网获批\n\n青山网日前取得了新闻信息服务许可证。青山县交通运输局表示祝贺。")
    assert ("Organization", "青山县交通运输局") in entities


def test_a_site_named_with_wangzhan_in_a_dateline():
    text = "青山县十座水库加固工程启动\n\n青山水利网站10月20日讯 (通讯员 李小红)近日,青山县十座水库加固工程全面启动。"
    assert credits(text) == {("contributor", "李小红")}


def test_a_government_sites_table_of_the_items_data_gives_its_title():
    text = ("索引号: 1134/202507-00044 组配分类: 回应关切\n发布机构: 县水利局 主题分类: 综合政务\n"
            "名称: 青山县十座水库通过完工验收 文号: 无\n成文日期: 发布日期: 2025-07-24\n生效日期: 废止日期:" + BODY)
    assert headlines(text) == ["青山县十座水库通过完工验收"]
    # a 名称： line in the body, no table around it, stays as it is
    assert "名称：青山大道二期工程" in [p.text for p in repair("青山县召开会议" + BODY + "\n\n名称：青山大道二期工程\n\n会议要求加快建设。")]


def test_a_bulleted_column_over_the_headline_and_a_papers_day_under_it():
    text = "• 青山新闻\n\n青山大学志愿者参与学雷锋活动\n\n发布日期:2013-03-05    浏览次数:" + BODY
    assert headlines(text) == ["青山大学志愿者参与学雷锋活动"]
    text = "“金融大集”下乡来\n\n青山日报 2022年03月08日\n\n本报记者  李小红" + BODY
    assert headlines(text) == ["“金融大集”下乡来"]
    assert credits(text) == {("author", "李小红")}


def test_towns_a_list_names_bare_are_the_named_countys_towns():
    entities, facts = graph("随县三座水库加固完工\n\n工程完工后，该县唐县、殷店、草店等乡镇的农田灌溉更有保障。")
    assert {("Place", "唐县镇"), ("Place", "殷店镇"), ("Place", "草店镇")} <= entities
    assert ("唐县镇", "containedInPlace", "随县") in facts and ("Place", "该县唐县") not in entities
    # the list's kind says towns: a list of villages keeps its names
    entities, _ = graph("随县三座水库加固完工\n\n工程完工后，该县唐县、殷店、草店等村的农田灌溉更有保障。")
    assert ("Place", "唐县镇") not in entities
    # and no county named that holds them: the names as they are
    entities, _ = graph("三座水库加固完工\n\n工程完工后，唐县、殷店、草店等乡镇的农田灌溉更有保障。")
    assert ("Place", "唐县镇") not in entities


DRILL = ("青山县开展2024年森林防火应急演练\n\n近日,青山县开展2024年森林防火应急演练。县森林防火指挥部常务副总指挥、县委常委、"
         "副县长李大山,县委常委、人武部部长王小河,县人武部、森林消防救援大队、林业局等单位相关负责人参加演练。")


def test_a_drill_named_with_its_year_and_those_who_take_part():
    entities, facts = graph(DRILL)
    assert ("Initiative", "2024年森林防火应急演练") in entities
    assert {("2024年森林防火应急演练", "participant", x) for x in ("李大山", "王小河", "林业局", "森林消防救援大队")} <= facts
    # the bodies of the people's titles are theirs, no party to the drill
    assert not {("2024年森林防火应急演练", "participant", x) for x in ("县委", "县森林防火指挥部")} & facts
    # a drill with no year or edition is a kind of activity, no initiative; nor one a verb holds after the year
    entities, _ = graph("消防演练进校园\n\n3月5日，青山县消防救援大队在青山中学开展消防演练，2024年组织演练三次。")
    assert not {name for kind, name in entities if kind == "Initiative"}


def test_a_body_the_model_reads_on_to_its_head():
    entities, _ = graph(DRILL)
    assert ("Organization", "森林消防救援大队") in entities and ("Organization", "森林消防") not in entities
    # (not over a verb's phrase to a head, 综治中心 + 组织派出所: kg.extract.ner._nouns_between); nor from a common noun
    entities, _ = graph("青山镇蔬菜丰收\n\n全镇各经济合作组织和果蔬收购商忙着收购。")
    assert ("Organization", "经济合作组织") not in entities


def test_a_project_named_with_its_county_year_and_count_of_works():
    entities, facts = graph("十二座水库通过验收\n\n7月23日,青山县2024年度12座山塘水库清淤整治工程通过验收。")
    assert ("Initiative", "青山县2024年度12座山塘水库清淤整治工程") in entities
    # many reservoirs, no one place the project is at
    assert not {name for kind, name in entities if kind == "Place" and name.endswith("水库")}
    # the tagger's place that opens it, before the year, is where it is
    entities, facts = graph("农村公路提质改造\n\n3月5日，镇长赵小六介绍，白石镇2024年15条农村公路提质改造项目全部完工。")
    assert ("白石镇2024年15条农村公路提质改造项目", "location", "白石镇") in facts
    # a count of projects is no project's name, as before
    entities, _ = graph("青山县项目开工\n\n7月23日,青山县45个重点项目集中开工。")
    assert not {name for kind, name in entities if kind == "Initiative"}


def test_a_body_named_whole_in_quotes():
    text = "志愿服务进社区\n\n1月25日,我校志愿服务队与“红梅热心服务小组”携手,在青山社区开展活动。"
    assert ("Organization", "红梅热心服务小组") in graph(text)[0]
    # an honour given in quotes is no body
    for honour in ("荣获“白石优秀志愿服务队”。", "获“白石优秀志愿服务队”称号。"):
        entities, _ = graph("青山社区获表彰\n\n青山社区服务队" + honour)
        assert ("Organization", "白石优秀志愿服务队") not in entities


def test_a_row_of_the_sites_links_and_a_schools_students():
    text = ("青山大学志愿者走进社区" + BODY + "充分展现青大学子的良好风貌。\n\n"
            "青山大学新闻网 | 青山大学报 | 青山论坛")
    entities, _ = graph(text)
    assert not {name for kind, name in entities if name in ("青山论坛", "青山大学报", "青大学", "青大学子")}


def test_a_verbs_clause_between_a_body_and_a_title_is_no_chain_of_titles():
    _, facts = graph("代表团抵达\n\n青山方代表团已获得总统王小山的批准。青山代表团团长李小河表示欢迎。")
    assert ("王小山", "memberOf", "青山方代表团") not in facts
    assert ("李小河", "memberOf", "青山代表团") in facts
    # a body's team led by its chairman: he is its member
    _, facts = graph("工会慰问\n\n青山县总工会由主席孙小七带队，到企业慰问职工。")
    assert ("孙小七", "memberOf", "青山县总工会") in facts


def test_a_fairs_short_name_after_its_edition():
    entities, _ = graph("会展保障\n\n9月30日,白石市部署第130届白交会保障工作。第六届青博会在青山开幕。")
    assert {("Initiative", "第130届白交会"), ("Initiative", "第六届青博会")} <= entities
    entities, _ = graph("理事会召开\n\n9月30日,青山商会第三届理事会召开。")
    assert not {name for kind, name in entities if kind == "Initiative" and name.endswith("理事会")}


def test_a_city_management_body_holds_no_place_named_city():
    entities, facts = graph("青山市城管委签署协议\n\n近日,青山市城市管理委员会与青山市红十字会举行签约仪式。")
    assert ("Organization", "青山市城市管理委员会") in entities and ("Place", "城市") not in entities


def test_the_outlet_a_reporter_writes_for():
    text = "青山市城管委签署协议" + BODY + "\n\n白石日报社全媒体记者 李小红"
    entities, facts = graph(text)
    assert ("Organization", "白石日报社") in entities and ("李小红", "memberOf", "白石日报社") in facts
    # this paper's reporter names no outlet
    entities, _ = graph("青山市城管委签署协议" + BODY + "\n\n本报记者 李小红")
    assert not {name for kind, name in entities if name.startswith("本报")}


def test_a_kind_of_works_a_verb_takes_is_no_project():
    entities, _ = graph("青山县水库加固\n\n县里要求县水利局抓住省里加大水利工程投资的时机,做好前期工作。")
    assert not {name for kind, name in entities if kind == "Initiative"}
    # a project named after the body that builds it, as before
    entities, _ = graph("青山集团项目开工\n\n3月5日,青山集团年产40万件服装项目开工。")
    assert ("Initiative", "青山集团年产40万件服装项目") in entities


def test_review_guards_lines_that_stay_headlines_and_names_that_stay_what_they_are():
    # bulletins with their day, a headline about a licence, headlines parted by bars, a table's row
    for head in ("喜报 2023年5月1日", "青山县约谈3家未取得新闻信息服务许可证网站", "两会时光｜代表委员｜履职尽责"):
        assert headlines(head + BODY) == [head]
    entities, _ = graph("名单公布" + BODY + "\n\n张小三 | 青山县农业农村局 | 局长")
    assert ("Organization", "青山县农业农村局") in entities
    # people listed before a count of firms stay people; a docking in orbit is no fair; a quoted aim is no body
    entities, _ = graph("座谈会召开\n\n3月5日，王小五、赵小六等10家企业负责人参加座谈会。")
    assert ("Person", "王小五") in entities and ("Organization", "王小五") not in entities
    entities, _ = graph("对接成功\n\n飞船第二次实现火星轨道交会对接。青山市加快建设“数字政府”。")
    assert not {name for kind, name in entities if kind in ("Initiative", "Organization")}
    # a correspondent after the paper's reporter is not the paper's; a university's students in a headline
    _, facts = graph("青山市城管委签署协议" + BODY + "\n\n白石日报记者 李小红 通讯员 王小明")
    assert ("李小红", "memberOf", "白石日报") in facts and ("王小明", "memberOf", "白石日报") not in facts
    entities, _ = graph("川大学子支教青山" + BODY)
    assert not {name for kind, name in entities if "学子" in name or name == "川大学"}


def test_a_sites_header_over_the_headline_that_a_field_line_closes():
    # the site's welcome, search box, menu and a title with the site's name over the headline, then its fields
    text = ("欢迎光临青山新闻网!\n关键字搜索\n今日  首页 -在线投稿 -往期报纸 -帮助\n青山县召开会议 -青山新闻网\n"
            "当前位置: 青山新闻网 > 本地 >\n青山县召开会议\n时间:2016-06-12 09:52来源:未知 作者:青山新闻网 点击:" + BODY)
    assert headlines(text) == ["青山县召开会议"]
    # a school site's widgets and a button alone under the headline
    text = ("查找文章\n最新发布\n点击排行\n青山大学召开会议\n分享\n来源:宣传部 发稿时间:2016-09-30 浏览次数:43" + BODY)
    assert headlines(text) == ["青山大学召开会议"]


def test_an_e_papers_reader_and_a_credit_that_names_no_one():
    text = ("02:时政要闻\n3上一期   下一期4\n标题导航\n2019年10月23日 星期三 出版\n3 上一篇   下一篇 4\n放大 缩小 默认\n"
            "青山镇环境整治见成效\n  记者综合" + BODY)
    assert headlines(text) == ["青山镇环境整治见成效"] and credits(text) == set()
    # a paper's numbers over its page, the places the report comes from over the headline
    text = ("青山日报社 出版 国内统一刊号:CN52-0013 代号65-1\n\n遵义市凤冈县\n\n东西部协作提升医疗水平" + BODY)
    assert headlines(text) == ["东西部协作提升医疗水平"]


def test_a_title_said_twice_and_a_post_time_by_the_site_itself():
    text = "青山县召开会议\n青山县召开会议\n2024/5/20 9:59:10本站原创" + BODY
    assert headlines(text) == ["青山县召开会议"]


def test_names_with_rare_surnames_in_a_credit_after_a_dateline_or_closing_the_text():
    text = "青山县医院举行表彰大会\n\n青山网3月16日电 (喻小家)近日,青山县医院举行表彰大会。"
    assert credits(text) == {("author", "喻小家")}
    text = "青山县医院举行表彰大会" + BODY + "\n\n(牟琳 张小杰)"
    assert credits(text) == {("author", "牟琳"), ("author", "张小杰")}
    assert credits("青山县医院举行表彰大会" + BODY + "会议由院长主持。(喻琳)") == {("author", "喻琳")}
