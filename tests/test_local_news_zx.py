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
