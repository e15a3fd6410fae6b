"""Names and facts in the shapes the fifty-sixth round's pages (intellectual property, civil air defence, offices
administration, postal services, cyberspace and data, fisheries, talent work, vocational schools) write them: special
campaigns a bureau deploys; members of a body's party group; a credit closing a page whose table was flattened to
text; the party's centre and the state council named together; a county's name that ends inside a word; a quoted
count explained in brackets before an event's head.
"""
from tests.conftest import credits, facts, names


def test_a_special_campaign_deployed_or_pushed_on_is_named_once():
    text = "会议部署工地扬尘违法行为治理专项行动，要求继续推进居民楼院违规搭建专项行动。"
    assert {"工地扬尘违法行为治理专项行动", "居民楼院违规搭建专项行动"} <= names(text, "Initiative")
    # (one verb after another: the name starts after the last)
    text = "青山县妇联日前部署实施巾帼创业促进专项行动。"
    assert "巾帼创业促进专项行动" in names(text, "Initiative")
    assert not any("实施" in n for n in names(text, "Initiative"))
    assert "违法广告专项整治行动" in names("区城管局部署违法广告专项整治行动。", "Initiative")
    # (a campaign of another kind, named once, stays a description; so does a time or a reference before the head)
    assert names("白沙镇推进环境卫生整治行动。", "Initiative") == set()
    assert names("县交通局召开会议，部署下一阶段专项行动。", "Initiative") == set()
    assert names("县住建局召开会议，推进上述专项行动。", "Initiative") == set()
    assert names("县教育局召开会议，推进相关专项行动。", "Initiative") == set()
    # (more verbs that deploy or push on a campaign, after another or alone; a time before what it is on stays out)
    assert names("会议部署安排防汛安全专项行动。", "Initiative") == {"防汛安全专项行动"}
    assert names("县农业局部署开展下一阶段农资打假专项行动。", "Initiative") == {"农资打假专项行动"}
    assert names("县林业局部署开展冬季森林防火隐患排查专项行动。", "Initiative") == {"冬季森林防火隐患排查专项行动"}
    # (a verb as the end of a word is none: 落实 + 施工, no 实施)
    assert names("住建局督促各工地落实施工扬尘治理专项行动。", "Initiative") == {"施工扬尘治理专项行动"}


def test_a_member_of_a_bodys_party_group_is_a_member_of_the_body():
    text = "区委常委赵小红、区政府党组成员王立新出席签约仪式。"
    found = facts(text)
    assert ("王立新", "memberOf", "区政府") in found
    assert not any(f[2].endswith("党组") for f in found)
    assert "区政府党组" not in names(text, "Organization")
    text = "市人社局党组成员李大海陪同调研。"
    assert ("李大海", "memberOf", "市人社局") in facts(text)
    assert ("李明", "memberOf", "县法院") in facts("县法院党组成员李明出席会议。")
    assert ("覃志明", "memberOf", "县卫健委") in facts("县卫健委党组成员覃志明主持会议。")  # (a rarer surname)
    # (the group's own meeting, the group's members as its subject: the group)
    assert ("区政府党组", "parentOrganization", "区政府") in facts("区政府党组成员会议研究部署防汛工作。")
    assert ("区政府党组", "parentOrganization", "区政府") in facts("区政府党组成员高度重视防汛工作。")
    assert ("县法院党组", "parentOrganization", "县法院") in facts("县法院党组成员于3月5日开展集中学习。")


def test_a_credit_before_a_flattened_tables_bars_closes_the_article():
    text = ("青山市赴白沙大学对接人才 | |||||\n来源：青山党建网 | |||||\n"
            "近日，青山市赴白沙大学开展人才对接洽谈活动，双方签订合作协议。（记者王立新 通讯员赵小红） | |||||")
    assert credits(text) == {("author", "王立新"), ("contributor", "赵小红")}
    assert credits(text.replace(" | |||||", "｜｜｜｜")) == {("author", "王立新"), ("contributor", "赵小红")}


def test_the_party_centre_and_the_state_council_named_together_are_two_bodies():
    text = "中共中央国务院印发关于加快白沙港建设的意见。"
    assert {"中共中央", "国务院"} <= names(text, "Organization")
    assert "中共中央国务院" not in names(text, "Organization")
    text = "中共中央办公厅国务院办公厅印发关于加强白沙港建设的通知。"
    assert {"中共中央办公厅", "国务院办公厅"} <= names(text, "Organization")


def test_a_county_whose_name_ends_inside_a_word_is_none():
    text = "白沙镇按照省市和县里的要求，完成了春耕任务。"
    assert "和县" not in names(text, "Place")


def test_a_quoted_count_with_a_bracket_before_an_events_head_names_no_event():
    text = "白沙镇围绕“五个一”(即一次启动仪式、一次知识竞赛)开展普法宣传。"
    assert not any(n.startswith("“五个一”") for n in names(text, "Initiative"))


def test_a_bodys_numbered_unit_is_named_whole():
    text = "3月17日,青山市邮政管理局一分局副局长王立新一行来到白沙调研。"
    assert "青山市邮政管理局一分局" in names(text, "Organization")
    assert ("王立新", "memberOf", "青山市邮政管理局一分局") in facts(text)
    assert names("县人民医院一支队伍连夜赶赴灾区。", "Organization") == {"县人民医院"}  # (a count of teams)


def test_hosts_listed_over_an_item_no_recognizer_reads_host_the_event():
    text = "9月5日，2024年青山县网络安全宣传周活动正式启动。本次活动由县委宣传部、县教育局、人行青山中支、县妇联联合主办。"
    found = facts(text)
    assert {("2024年青山县网络安全宣传周活动", "organizer", b) for b in ("县委宣传部", "县教育局", "县妇联")} <= found


def test_bodies_whose_officials_attend_beside_each_units_take_part():
    text = ("8月12日，全市春耕工作推进会在白沙县召开。青山市农业局、青山市农机协会以及各县区农业企业相关负责人"
            "参加会议。")
    found = facts(text)
    assert {("全市春耕工作推进会", "participant", b) for b in ("青山市农业局", "青山市农机协会")} <= found
    # (及, 和; each unit's leaders, cadres, 全县各; a bracket in the group)
    for group in ("及各县区农业企业负责同志", "和全县各乡镇（街道）干部", "以及各县区农业企业主要领导"):
        found = facts(text.replace("以及各县区农业企业相关负责人", group))
        assert {("全市春耕工作推进会", "participant", b) for b in ("青山市农业局", "青山市农机协会")} <= found
