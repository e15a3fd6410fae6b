"""Names in the shapes the fifty-fifth round's pages (urban management, social insurance, paired assistance,
civilization offices and volunteers, overseas Chinese, heritage and culture, chambers of commerce, the elderly) write
them: places and people that a work's title uses as its words; a body the tagger cuts before the head the trained
model reads it on to.
"""
from tests.conftest import credits, facts, names


def test_a_place_or_a_person_in_a_works_title_is_no_mention_of_the_article():
    text = "青山县举办迎春文艺晚会，歌舞《舞动江南》、小品《白沙村的春天》和朗诵《写给王立新》先后上演。"
    assert names(text, "Place") == {"青山县"}
    assert names(text, "Person") == set()
    # (the title whole: a film named for its hero)
    assert names("赵小红主演的电影《焦裕禄》在青山影院上映。", "Person") == {"赵小红"}


def test_a_body_a_documents_title_names_stays():
    assert "青山大学" in names("会议传达学习了《青山大学“双创”行动方案》。", "Organization")


def test_a_body_the_tagger_cuts_before_its_head_is_read_on_to_it():
    text = "4月2日，青山市委常委赵小红一行到区新时代文明实践中心调研。"
    assert "区新时代文明实践中心" in names(text, "Organization")
    text = "白沙镇党委书记王立新到县新时代文明实践中心参观学习。"
    assert "县新时代文明实践中心" in names(text, "Organization")
    assert "新时代文明实践中心" in names("王立新调研我县新时代文明实践中心建设情况。", "Organization")
    # (named with its district, which the tagger reads apart; not with words the model reads in: 全县, 城区)
    text = "王立新来到青山区新时代文明实践中心调研。"
    assert names(text, "Organization") == {"青山区新时代文明实践中心"}
    assert ("青山区新时代文明实践中心", "location", "青山区") in facts(text)
    assert names("赵小红到全县新时代文明实践中心建设现场调研。", "Organization") == {"新时代文明实践中心"}
    assert names("王立新来到城区新时代文明实践中心调研。", "Organization") == {"新时代文明实践中心"}


def test_member_bodies_that_each_spoke_to_the_meeting_take_part_in_it():
    text = ("6月3日，青山市民政局召开全市养老服务联席会议。市财政局、市卫健委、市医保局等成员单位分别就"
            "居家养老、医养结合等方面进行了大会交流。")
    found = facts(text)
    assert {("全市养老服务联席会议", "participant", b) for b in ("市财政局", "市卫健委", "市医保局")} <= found
    assert {("全市养老服务联席会议", "participant", b) for b in ("市财政局", "市卫健委", "市医保局")} <= facts(
        text.replace("分别就", "分别围绕"))
    # (a body named in what they spoke on is none of them)
    text = ("5月8日，白沙县教育局召开全县教育系统安全工作会议。县公安局、县消防大队分别就县应急管理局部署的任务"
            "进行了经验交流。")
    for said in (text, text.replace("分别就", "分别围绕")):
        found = {f for f in facts(said) if f[1] == "participant"}
        assert found == {("全县教育系统安全工作会议", "participant", b) for b in ("县公安局", "县消防大队")}


def test_an_intern_of_the_newsroom_writes_beside_the_reporter():
    text = "本报讯（记者 王立新 实习生 赵小红）3月5日，青山县召开春耕生产工作会议。"
    assert credits(text) == {("author", "王立新"), ("author", "赵小红")}


def test_bodies_listed_beside_a_body_are_bodies_where_the_trained_model_reads_them():
    text = "青山新区综合执法大队、高铁站执法支队、机场执法中队负责人参加了培训。"
    assert {"青山新区综合执法大队", "高铁站执法支队", "机场执法中队"} <= names(text, "Organization")


def test_bodies_whose_leaders_in_charge_attend_take_part():
    text = "9月15日，青山市城管局召开全市城管系统调度会。青山新区执法大队、白沙执法支队分管领导，各镇街道相关负责同志参加会议。"
    assert {("全市城管系统调度会", "participant", b) for b in ("青山新区执法大队", "白沙执法支队")} <= facts(text)
    # (the officials of each unit named as a body: a second group)
    text = "9月15日，青山市城管局召开全市城管工作调度会。市公安局、市交通局分管领导，各县区城管局主要负责人参加会议。"
    assert {("全市城管工作调度会", "participant", b) for b in ("市公安局", "市交通局")} <= facts(text)


def test_an_intern_marked_after_a_name_takes_the_lines_role():
    text = "青山县召开会议\n\n3月5日，青山县召开春耕生产工作会议。\n\n（记者 赵小红 通讯员 李小明 王大力(实习)）\n"
    assert credits(text) == {("author", "赵小红"), ("contributor", "李小明"), ("contributor", "王大力")}
    assert ("author", "王大力") in credits(text.replace("（记者 赵小红 通讯员 李小明 王大力(实习)）", "李小明  王大力(实习)"))


def test_a_campaign_named_for_what_it_brings_where_or_a_great_survey():
    assert names("3月2日，青山县司法局开展法律进社区活动，为居民解答法律问题。", "Initiative") == {"法律进社区活动"}
    # (进 ending a word: 推进, a description named once)
    assert names("4月1日，白沙镇开展加快推进社区治理活动。", "Initiative") == set()
    text = "白沙法院开展基层大调研活动\n\n3月2日，白沙法院开展基层大调研活动，院领导走访企业。"
    assert names(text, "Initiative") == {"基层大调研活动"}
    # (a description is no name: 大 before a noun)
    assert names("3月2日，白沙镇开展大范围排查活动。白沙镇开展大范围排查活动。", "Initiative") == set()
