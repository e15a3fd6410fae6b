"""Constructions of the sixty-sixth round's pages (anti-pornography campaigns, national security education, drowning
prevention, tree planting, rural toilets, study tours, family planning and maternal health, martyrs' day), each on a
short text written for the test."""
import kg
from tests.conftest import credits, facts, names


def test_a_leading_group_is_a_body_named_by_its_task():
    text = ("白石县召开殡葬改革推进会\n5月6日，白石县召开殡葬改革推进会。全县殡葬改革领导小组各成员单位的"
            "负责人出席了会议。\n")
    assert "全县殡葬改革领导小组" in names(text, "Organization")
    text = "青山市召开创卫动员会\n5月6日，市创建国家卫生城市工作领导小组召开全体会议。\n"
    assert "市创建国家卫生城市工作领导小组" in names(text, "Organization")


def test_names_run_together_after_the_role_are_each_an_author():
    text = "白石区举行公祭活动\n\n□记者王兵高远航杜明月报道\n\n9月30日，白石区在烈士陵园举行公祭活动。\n"
    assert credits(text) == {("author", "王兵"), ("author", "高远航"), ("author", "杜明月")}
    text = "白石区举行公祭活动\n\n记者王兵报道\n\n9月30日，白石区在烈士陵园举行公祭活动。\n"
    assert credits(text) == {("author", "王兵")}
    text = "白石区举行公祭活动\n\n记者跟踪报道\n\n9月30日，白石区在烈士陵园举行公祭活动。\n"  # (no name)
    assert credits(text) == set()


def test_who_took_the_pictures_is_an_author_beside_who_wrote_it():
    text = "白石山上植树忙\n\n□晚报记者 李小荣/文 闫大伟/图\n\n3月12日，白石县开展义务植树活动。\n"
    assert credits(text) == {("author", "李小荣"), ("author", "闫大伟")}
    text = "白石山上植树忙\n\n李小荣/文 闫大伟/图\n\n3月12日，白石县开展义务植树活动。\n"
    assert credits(text) == {("author", "李小荣"), ("author", "闫大伟")}
    text = "白石山上植树忙\n\n李小荣/文 闫大伟/摄\n\n3月12日，白石县开展义务植树活动。\n"  # (a photo's credit)
    assert credits(text) == {("author", "李小荣")}


def test_an_app_s_report_then_a_colon_before_the_credit():
    text = "白石镇开展防溺水宣传\n\n云上白石报道:(通讯员 陈中亮)7月30日，白石镇中心学校开展防溺水宣传活动。\n"
    assert credits(text) == {("contributor", "陈中亮")}
