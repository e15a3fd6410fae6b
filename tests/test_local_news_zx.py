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
    text = "白石县召开会议\n5月6日，白石县脱贫攻坚领导小组召开会议。\n"  # (the walk stopped at the task's verb)
    assert "攻坚领导小组" not in names(text, "Organization")
    text = "白石县召开会议\n县关心下一代工作委员会和县老龄工作领导小组慰问老人。\n"  # (和县: no county here)
    assert "和县老龄工作领导小组" not in names(text, "Organization")
    text = "白石县召开会议\n县食品安全和农产品质量安全工作领导小组召开会议。\n"  # (two tasks joined: no name's start)
    assert "农产品质量安全工作领导小组" not in names(text, "Organization")
    text = "白石县召开会议\n县实施文化强县战略领导小组召开会议。\n"  # (实施, the task's verb)
    assert "文化强县战略领导小组" not in names(text, "Organization")
    text = "白石县召开会议\n县整治形式主义为基层减负工作领导小组召开会议。\n"  # (为, the task's preposition)
    assert "基层减负工作领导小组" not in names(text, "Organization")
    text = "白石县召开会议\n县巩固拓展脱贫攻坚成果领导小组办公室召开会议。\n"  # (no group read from the office's middle)
    assert "攻坚成果领导小组" not in names(text, "Organization")
    text = "白石县召开会议\n在县委和县防汛抗旱领导小组的领导下，全县平稳度汛。\n"  # (two bodies joined)
    assert {"县委", "县防汛抗旱领导小组"} <= names(text, "Organization")
    text = "白石县召开会议\n近日，和县乡村振兴工作领导小组召开全体会议。\n"  # (和县, a county opening the name)
    assert "和县乡村振兴工作领导小组" in names(text, "Organization")
    text = "白石县召开会议\n县食品安全与市场监管工作领导小组召开会议。\n"  # (与 joins two tasks: 市场, no level)
    assert "市场监管工作领导小组" not in names(text, "Organization")
    text = "白石县召开会议\n县推进全域旅游发展领导小组办公室印发通知。\n"  # (全域, no level)
    assert "全域旅游发展领导小组" not in names(text, "Organization")
    text = "白石县召开会议\n县扫黑除恶专项斗争领导小组办公室召开会议。\n"  # (the office's group, named whole)
    assert ("县扫黑除恶专项斗争领导小组办公室", "parentOrganization", "县扫黑除恶专项斗争领导小组") in facts(text)


def test_a_count_said_twice_opens_no_place_s_name():
    text = "白石县建设口袋公园\n9月30日，一座座公园在白石县建成开放。\n"
    assert not any(n.startswith("一座座") for n in names(text, "Place"))
    text = "白石县建设口袋公园\n9月30日，白石县人民公园建成开放。\n"
    assert "白石县人民公园" in names(text, "Place")


def test_names_run_together_after_the_role_are_each_an_author():
    text = "白石区举行公祭活动\n\n□记者王兵高远航杜明月报道\n\n9月30日，白石区在烈士陵园举行公祭活动。\n"
    assert credits(text) == {("author", "王兵"), ("author", "高远航"), ("author", "杜明月")}
    text = "白石区举行公祭活动\n\n记者跟踪报道\n\n9月30日，白石区在烈士陵园举行公祭活动。\n"  # (no name)
    assert credits(text) == set()
    text = "白石区举行公祭活动\n\n记者王兵罗田报道\n\n9月30日，白石区在烈士陵园举行公祭活动。\n"  # (罗田: where)
    assert ("author", "罗田") not in credits(text)
    text = "白石区举行公祭活动\n\n记者 王强 通讯员 刘洋高世友周庄报道\n\n9月30日，白石区在烈士陵园举行公祭活动。\n"
    assert ("contributor", "周庄") not in credits(text)  # (周庄 of 周庄镇, where the report was made)
    text = "白石区举行公祭活动\n\n记者王海梅付强李兵报道\n\n9月30日，白石区在烈士陵园举行公祭活动。\n"  # (two ways)
    assert ("author", "梅付强") not in credits(text)
    for byline in ("记者王兵李丽张强报道", "记者王兵温哥华报道", "记者刘洋高世友周庄报道"):  # (丽张强; 温哥华; 周庄镇)
        assert credits(f"白石区举行公祭活动\n\n{byline}\n\n9月30日，白石区在烈士陵园举行公祭活动。\n") == set()


def test_who_took_the_pictures_is_an_author_beside_who_wrote_it():
    text = "白石山上植树忙\n\n□晚报记者 李小荣/文 闫大伟/图\n\n3月12日，白石县开展义务植树活动。\n"
    assert credits(text) == {("author", "李小荣"), ("author", "闫大伟")}
    text = "白石山上植树忙\n\n李小荣/文 闫大伟/图\n\n3月12日，白石县开展义务植树活动。\n"
    assert credits(text) == {("author", "李小荣"), ("author", "闫大伟")}
    text = "白石山上植树忙\n\n张小三/文 李卫国/图\n\n3月12日，白石县开展义务植树活动。\n"  # (卫国, a noun to jieba)
    assert credits(text) == {("author", "张小三"), ("author", "李卫国")}
    text = "白石山上植树忙\n\n李小荣/文 闫大伟/摄\n\n3月12日，白石县开展义务植树活动。\n"  # (a photo's credit)
    assert credits(text) == {("author", "李小荣")}
    for byline in ("李小荣/文 资料/图", "记者 李小荣/文 网络/图", "李小荣/文 蔡甸/图", "李小荣/文 宋城/图",
                   "李小荣/文 景区方/图"):  # (where the pictures come from, no one)
        assert credits(f"白石山上植树忙\n\n{byline}\n\n3月12日，白石县开展义务植树活动。\n") == {("author", "李小荣")}


def test_an_app_s_report_then_a_colon_before_the_credit():
    text = "白石镇开展防溺水宣传\n\n云上白石报道:(通讯员 陈中亮)7月30日，白石镇中心学校开展防溺水宣传活动。\n"
    assert credits(text) == {("contributor", "陈中亮")}
    for opening in ("据报道：", "据云上白石报道:", "相关报道:", "多家媒体争相报道:"):  # (what was reported)
        text = f"白石镇开展防溺水宣传\n\n{opening}(通讯员 陈中亮)7月30日，白石镇中心学校开展防溺水宣传活动。\n"
        assert ("contributor", "陈中亮") not in credits(text), opening
    for opening in ("白石融媒报道", "澎湃新闻报道", "掌上白石报道", "第一财经报道", "百姓关注报道"):  # (an outlet's)
        text = f"白石镇开展防溺水宣传\n\n{opening}（通讯员 陈中亮）7月30日，白石镇中心学校开展防溺水宣传活动。\n"
        assert credits(text) == {("contributor", "陈中亮")}, opening


def test_an_office_named_by_its_quoted_task_with_its_place():
    text = "白石县开展护苗行动\n2月2日，白石县“扫黄打非”办牵头开展校园周边文化市场检查。\n"
    assert "白石县“扫黄打非”办" in names(text, "Organization")
    text = "白石县开展护苗行动\n2月2日，市“扫黄打非”工作领导小组办公室召开会议。\n"
    assert "市“扫黄打非”工作领导小组办公室" in names(text, "Organization")
    text = "白石县开展护苗行动\n青山县组建赴武汉“白衣天使”突击队。\n"  # (where the team goes, no part of its name)
    assert "“白衣天使”突击队" in names(text, "Organization")
    text = "白石县开展护苗行动\n来自湖北、湖南“红色”志愿服务队的队员参加活动。\n"  # (the last of a list of places)
    assert "湖南“红色”志愿服务队" not in names(text, "Organization")
    text = "白石县开展护苗行动\n会议由白石县“扫黄打非”办公室主任李明主持。\n"  # (after 由: the body's place)
    assert "白石县“扫黄打非”办公室" in names(text, "Organization")
    text = "白石县开展护苗行动\n省委宣传部、武汉市“扫黄打非”办公室联合检查。\n"  # (a list of bodies)
    assert "武汉市“扫黄打非”办公室" in names(text, "Organization")
    text = "白石县开展护苗行动\n今年以来，白石县“扫黄打非”办案30起。\n"  # (办案, a verb)
    assert not any("办" in n for n in names(text, "Organization"))


def test_the_schools_and_kindergartens_of_a_whole_county_are_no_body():
    text = "白石县开展防溺水教育\n7月1日，全县中小学幼儿园开展了防溺水安全教育。\n"
    assert not any(n.startswith("全县") for n in names(text, "Organization"))
    text = "白石县开展防溺水教育\n7月1日，白石镇中心幼儿园开展防溺水安全教育。\n"
    assert "白石镇中心幼儿园" in names(text, "Organization")
    text = "白石县开展防溺水教育\n7月1日，机关幼儿园开展防溺水安全教育。\n"  # (a kindergarten named by its kind)
    assert "机关幼儿园" in names(text, "Organization")


def test_a_level_alone_opens_no_place_s_name():
    text = "义诊活动走进白石村\n8月3日，市农工市委会副主委王大志带队走进白石村义诊。\n"
    assert "市农工市" not in names(text, "Place")
    text = "白石小学开展活动\n8月3日，县城关镇中心小学开展防溺水安全教育。\n"
    assert "县城关镇" not in names(text, "Place") and "城关镇" in names(text, "Place")  # (the township after it)
