"""Constructions of the seventy-third round's pages (rural revitalization, veterans, flood drills, law in schools,
elderly canteens, job fairs, intangible heritage, investment signings; harvests, blood donation, anti-fraud, reading
promotion, environment inspections, tourism festivals, medical alliances, youth volunteers), each on a short text
written for the test."""
from tests.conftest import credits, facts, headlines, names


def test_a_community_or_a_park_named_like_a_city_lies_in_no_such_city():
    text = "白石街道走访社区\n李小四一行走进白石街道泰兴社区，又到中山公园、灯塔广场察看。\n"
    places = names(text, "Place")
    assert {"泰兴社区", "中山公园", "灯塔广场"} <= places
    assert not places & {"泰兴市", "中山市", "灯塔市"}
    assert ("泰兴社区", "containedInPlace", "白石街道") in facts(text)
    body = "泰兴社区开展活动\n泰兴社区居委会组织居民开展活动。\n"
    assert ("泰兴社区居委会", "location", "泰兴社区") in facts(body) and "泰兴市" not in names(body, "Place")
    campus = "青山县代表团考察\n代表团在常州大学城参观。\n"  # (a city's name before more than a kind: the city holds it)
    assert ("常州大学城", "containedInPlace", "常州市") in facts(campus)


def test_what_an_e_paper_leaves_of_an_html_comment_is_no_text():
    text = ("白石镇\n\n开展防汛应急演练\n\n本报讯 (记者 李小四)近日,白石镇组织防汛演练。\n\n"
            "下一步,白石镇将以此次演练为契机,加强防汛抢险队伍建设。\n\n"
            "--> 2024-05-01 白石镇 1 1 湖南日报 content_12345.html 1 开展防汛 应急演练 /enpproperty-->\n")
    assert not names(text, "Organization") & {"content", "湖南日报"}


def test_a_school_is_one_of_the_education_group_named_after_it():
    text = "青山小学教育集团开展活动\n青山小学教育集团举办读书节，青山小学校长张伟参加。\n"
    assert ("青山小学", "parentOrganization", "青山小学教育集团") in facts(text)
    assert ("青山小学教育集团", "parentOrganization", "青山小学") not in facts(text)
    placed = "罗田县第一中学教育集团揭牌\n罗田县第一中学教育集团举行揭牌仪式。\n"  # (the school in its county still)
    assert ("罗田县第一中学", "location", "罗田县") in facts(placed)
    unit = "罗田县召开会议\n罗田县人民医院医疗集团办公室主任李明主持会议。\n"  # (a unit of the group: the leader read)
    assert ("罗田县人民医院", "parentOrganization", "罗田县人民医院医疗集团") in facts(unit)
    chain = "青山大学医学院附属医院医疗集团义诊\n青山大学医学院附属医院医疗集团专家来到白石镇义诊。\n"  # (its parents read)
    assert ("青山大学医学院附属医院", "parentOrganization", "青山大学医学院") in facts(chain)
    hospital = "青山县人民医院医疗集团成立\n青山县人民医院医疗集团成立大会召开。\n"
    assert ("青山县人民医院", "parentOrganization", "青山县人民医院医疗集团") in facts(hospital)
    office = "青山县人民医院开展义诊\n青山县人民医院办公室组织义诊。\n"  # (a unit of the body stays its unit)
    assert ("青山县人民医院办公室", "parentOrganization", "青山县人民医院") in facts(office)


def test_a_lead_line_over_the_dateline_is_part_of_the_report():
    text = ("白石镇联合青山超市开展“情暖老兵”慰问活动。\n"
            "青山网5月1日讯(通讯员 李小四)为弘扬拥军传统，白石镇近日联合青山超市走访慰问困难老兵，开展“情暖老兵”慰问活动。\n"
            "活动启动。\n")
    assert len(headlines(text)) == 1 and credits(text) == {("contributor", "李小四")}
    assert ("情暖老兵", "organizer", "青山超市") in facts(text)
    brief = "白石镇开展防汛演练，全镇干部参加。\n青山网5月2日讯(通讯员 王五)5月1日，青山县召开安全生产大会。\n"
    assert len(headlines(brief)) == 2  # (a brief of its own over the report: no lead that sums it up)
    alike = "白石镇开展森林防火演练，镇机关干部参加。\n青山网5月2日讯(通讯员 王五)5月1日，白石镇开展防汛演练，各村干部参加。\n"
    assert len(headlines(alike)) == 2  # (a brief on a like subject)
    titled = "白石镇开展防汛演练，全镇干部参加。\n\n白石镇防汛演练\n\n青山网5月2日讯(通讯员 王五)5月1日，白石镇开展防汛演练。\n"
    assert headlines(titled) == ["", "白石镇防汛演练"]  # (a report under its own headline: the line above is no lead)


def test_a_column_s_step_to_the_article_s_text_is_the_site_s():
    text = ("原创精品 > 正文\n\n赏梨花 品梨香 青山县第三届梨花节盛大开幕\n\n2024-03-22 10:12:03  来源:青山网\n\n"
            "青山网讯(记者 李小四 见习记者 王五)“今天,我们带着家人来赏花。”3月21日，青山县第三届梨花节开幕。\n")
    assert headlines(text) == ["赏梨花 品梨香 青山县第三届梨花节盛大开幕"]


def test_civilization_practice_bodies_are_named_by_their_place():
    text = ("白石镇开展文艺演出\n白石镇新时代文明实践所举办文艺演出，东湖村新时代文明实践站组织村民观看。"
            "全镇已建成新时代文明实践站12个。\n")
    assert {"白石镇新时代文明实践所", "东湖村新时代文明实践站"} <= names(text, "Organization")
    assert "新时代文明实践站" not in names(text, "Organization")
    kinds = "白石县推进文明实践\n县里在各村等处新时代文明实践站开展宣讲，推进各乡镇新时代文明实践所建设。\n"
    assert not {n for n in names(kinds, "Organization") if n.endswith(("实践所", "实践站"))}
    centre = "罗田县举办读书会\n罗田县新时代文明实践中心宣传办主任李小四主持读书会。\n"
    assert ("李小四", "memberOf", "罗田县新时代文明实践中心宣传办") in facts(centre)


def test_a_township_s_whole_name_and_no_village_after_it():
    text = "巡查组夜查企业\n巡查组巡查位于隔蒲潭镇化工园区的企业。利辛县西潘楼镇村道两旁种满玉米。\n"
    places = names(text, "Place")
    assert {"隔蒲潭镇", "西潘楼镇"} <= places and not places & {"蒲潭镇", "西潘楼镇村"}
    assert "新镇村" in names("白石县召开大会\n白石县新镇村召开村民大会。\n", "Place")  # (a village named 新镇)
    passing = "巡查组发现问题\n巡查组路过马营镇时发现问题，市领导来龙门街道调研。\n"  # (towns read whole stay)
    assert {"马营镇", "龙门街道"} <= names(passing, "Place") and not names(passing, "Place") & {"过马营镇", "来龙门街道"}


def test_bodies_listed_before_their_kind_host_the_article_s_event():
    text = ("青山市“书香青山”读书活动启动\n3月3日，青山市“书香青山”读书活动在青山广场启动。"
            "本次活动由团县委、县妇联、县体育局等单位共同主办。\n")
    assert {("青山市“书香青山”读书活动", "organizer", o) for o in ("团县委", "县妇联", "县体育局")} <= facts(text)
    party = "罗田县举办读书会\n罗田县“书香罗田”读书会举行，罗田县图书馆、罗田县文化馆等单位主办方代表参加本次活动。\n"
    assert not {f for f in facts(party) if f[1] == "organizer"}  # (主办方: the hosts' people, a noun)
    many = text.replace("等单位共同主办", "等多家单位联合主办")
    assert ("青山市“书香青山”读书活动", "organizer", "团县委") in facts(many)


def test_a_body_carries_out_the_campaign_its_last_clause_opens_with():
    text = ("白石县法院开展普法宣传\n近日，白石县法院组织法官走进校园，集中开展普法宣传活动。"
            "白石县法院东湖法庭来到东湖镇，利用赶集日，开展普法宣传活动。\n")
    assert {("普法宣传活动", "organizer", o) for o in ("白石县法院", "白石县法院东湖法庭")} <= facts(text)
    gone = ("白石县开展普法宣传\n近日，白石县开展普法宣传活动。志愿者前往白石县农业局、白石县林业局，开展普法宣传活动。\n")
    assert ("普法宣传活动", "organizer", "白石县林业局") not in facts(gone)
    for who in ("村民", "当地", "镇上"):  # (the villagers act, or those of the place)
        others = f"青山县举办广场舞大赛\n近日，罗田县文化馆来到凤山镇，{who}开展“广场舞大赛”。\n"
        assert ("广场舞大赛", "organizer", "罗田县文化馆") not in facts(others), who
    one = ("青山医院开展义诊\n日前，青山医院组成医疗队，来到白石镇开展义诊活动。"
           "青山医院医疗队此次义诊也是落实全市卫生系统开展“健康下乡”活动的举措。\n")  # (no comma: not its last clause)
    assert ("健康下乡", "organizer", "青山医院医疗队") not in facts(one)
