"""Names and relations in the shapes the fifty-second round's fresh pages (veterans, congresses, discipline and audit,
commerce, tourism, telecom and rail, charity and party-school news) write them: a bureau of a city's procuratorate; a
year's campaign carried out; a post's day with its authors' names after it; who supplied a unit's text; townships the
source names with their county; places counted before a level; a place read on over 等; a brand that opens a branch's
name; units and offices named bare in a list of members; departments side by side; a body cut before its head; who
unveils at a ceremony of unveiling.
"""
import kg
from tests.conftest import credits, facts, names


def test_a_bureau_of_a_citys_procuratorate_is_that_procuratorates():
    text = "白水县人民检察院召开座谈会。白水县人大常委会和渭南市检察院反贪局的领导也出席了会议。座谈会上，该院王立新检察长讲话。"
    found = facts(text)
    assert ("渭南市检察院反贪局", "parentOrganization", "渭南市检察院") in found
    assert ("渭南市检察院", "location", "渭南市") in found
    # (该院: the procuratorate the article named, not the one named only inside the bureau's name)
    assert ("王立新", "memberOf", "白水县人民检察院") in found
    assert ("王立新", "memberOf", "渭南市检察院") not in found
    # (a body of its own after the city, named for the city: 上海解放军第八五医院 is the army's)
    assert ("上海解放军第八五医院", "parentOrganization", "解放军") in facts("上海解放军第八五医院院长王五出席。")


def test_a_years_campaign_carried_out_is_named():
    text = "青山市残联开展2019年春节送温暖活动。"
    assert "2019年春节送温暖活动" in names(text, "Initiative")
    assert ("2019年春节送温暖活动", "organizer", "青山市残联") in facts(text)
    # (a campaign with no year nor edition, named once, stays none)
    assert not names("青山市残联开展春节送温暖活动。", "Initiative")


def test_a_posts_day_then_its_authors_names_credits_them():
    text = "白石镇三个车站联合举行春运启动仪式\n\n2023-01-12 10:20:31    王立新 赵小红\n\n1月12日上午，白石镇三个车站联合举行了春运启动仪式。"
    assert credits(text) >= {("author", "王立新"), ("author", "赵小红")}
    # (a day, then places: no credit)
    text = "白石镇三个车站联合举行春运启动仪式\n\n2023-01-12 10:20:31    白石镇 青山县\n\n1月12日上午，白石镇三个车站联合举行了春运启动仪式。"
    assert not credits(text)


def test_who_supplied_the_text_for_a_unit_is_its_correspondent():
    text = "青山县政协督办重点提案\n9月16日，县政协主席王立新带领部分委员开展现场督办。\n（青山县政协 赵小红 供稿）"
    assert ("contributor", "赵小红") in credits(text)
    assert "供稿" not in names(text, "Person")


def test_a_township_the_source_named_with_its_county_lies_in_it():
    # (the statistics bureau's table names some townships with their county's name first: 成武县孙寺镇, 济源市克井镇)
    assert ("孙寺镇", "containedInPlace", "成武县") in facts("成武县卫健局在孙寺镇开展义诊活动。")
    assert ("克井镇", "containedInPlace", "济源市") in facts("济源市残联理事长王立新走访了克井镇。")


def test_the_township_table_is_built_with_the_names_text_uses(tmp_path):
    from kg.towns import build

    source = tmp_path / "streets.csv"
    source.write_text("code,name\n371723108,成武县孙寺镇\n371723109,白浮图镇\n", encoding="utf-8")
    assert build(source).decode("utf-8").splitlines()[1:] == ["371723108,孙寺镇,371723", "371723109,白浮图镇,371723"]


def test_a_body_named_with_a_countys_bare_name_is_in_the_county_named_in_full():
    text = "汪清县召开防汛会议。汪清电视台记者现场报道。"
    assert ("汪清电视台", "location", "汪清县") in facts(text)
    # (not where the article names no such county)
    assert not any(p == "location" for _, p, _ in facts("汪清电视台记者现场报道。"))


def test_places_counted_before_a_level_open_no_name():
    text = "2022年秋季学期青白两地市委党校青年干部培训班日前在白石镇结业。"
    assert not any("两地" in n for n in names(text, "Organization") | names(text, "Place"))


def test_a_place_read_on_over_a_lists_word_is_the_place():
    text = "青山电信公司总经理王立新到白沙、长沙等分公司开展工作调研。"
    assert "长沙市" in names(text, "Place")
    assert not any("等" in n for n in names(text, "Place"))


def test_a_brand_opening_a_branchs_name_is_its_parent():
    text = "中国移动湖南公司总经理王立新到中国移动岳阳采购中心调研。"
    found = facts(text)
    assert ("中国移动湖南公司", "parentOrganization", "中国移动") in found
    assert ("中国移动岳阳采购中心", "parentOrganization", "中国移动") in found
    assert ("中国移动湖南公司", "location", "湖南省") in found
    # (a proper name that is no body's opens no parent: 美籍华人 before a company)
    text = "美籍华人杭州白石生物制药有限公司董事长王立新来访。"
    assert "美籍华人" not in names(text, "Organization")


def test_units_and_offices_named_bare_in_a_list_of_members_are_the_first_bodys():
    text = "白水县人大常委会副主任王立新、办公室主任赵小红、人代工委主任孙大伟陪同考察。"
    found = facts(text)
    assert ("赵小红", "memberOf", "白水县人大常委会") in found
    assert ("人代工委", "parentOrganization", "白水县人大常委会") in found
    assert ("孙大伟", "memberOf", "人代工委") in found
    assert "办公室" not in names(text, "Organization")
    # (a body named by its level or its place is a body of its own: 县纪委, 长沙市委)
    found = facts("县委书记王立新、县纪委书记赵小红出席。")
    assert ("县纪委", "parentOrganization", "县委") not in found
    found = facts("省发展改革委主任王立新、长沙市委书记赵小红出席。")
    assert ("长沙市委", "parentOrganization", "省发展改革委") not in found
    # (nor a body that ends as no unit does: an association)
    found = facts("县人大常委会副主任王立新、绿源养蜂协会会长赵小红陪同。")
    assert ("绿源养蜂协会", "parentOrganization", "县人大常委会") not in found


def test_departments_side_by_side_in_a_chain_are_the_first_bodys():
    found = facts("县委常委、组织部部长兼统战部部长王立新主持会议。")
    assert ("统战部", "parentOrganization", "县委") in found
    assert ("统战部", "parentOrganization", "组织部") not in found


def test_a_body_a_tagger_cut_before_its_head_is_named_whole():
    text = "区退役军人事务局党组副书记、区军服中心主任王立新出席。"
    assert ("王立新", "memberOf", "区军服中心") in facts(text)
    assert "区军服" not in names(text, "Organization")
    # (not where the model is unsure of the longer body: 俄方 + 代表团)
    text = "克里姆林宫发言人、俄方谈判代表团团长佩斯科夫16日说，俄方代表团已获得全权。"
    assert "俄方代表团" not in names(text, "Organization")


def test_a_numbered_brigade_is_no_count_of_places():
    assert "浙江省第七地质大队" in names("浙江省第七地质大队队长陈刚介绍了勘查情况。", "Organization")
    assert not any("两地" in n for n in names("浙皖两地公安机关联合开展打击行动。", "Organization"))


def test_a_body_named_after_a_national_one_in_a_city_is_that_ones():
    assert ("武汉中科院病毒所", "parentOrganization", "中科院") in facts("武汉中科院病毒所研究员石正丽表示，研究仍在进行。")


def test_each_unit_of_a_list_of_members_is_the_lists_first_bodys():
    found = facts("县人大常委会副主任王刚、内司委主任李明、财经委主任赵芳、办公室主任孙强陪同。")
    assert {("内司委", "parentOrganization", "县人大常委会"), ("财经委", "parentOrganization", "县人大常委会"),
            ("孙强", "memberOf", "县人大常委会")} <= found
    # (a government's commission is the government's, not a party committee's nor a congress's; a party committee's
    # commission for discipline named bare is a body of its own)
    assert ("发改委", "parentOrganization", "市政府") in facts("市政府副市长王刚、发改委主任李明陪同。")
    assert ("发改委", "parentOrganization", "市委") not in facts("市委书记王刚、发改委主任李明陪同调研。")
    assert ("发改委", "parentOrganization", "县人大常委会") not in facts("县人大常委会副主任王刚、发改委主任李明陪同调研。")
    assert ("纪委", "parentOrganization", "县委") not in facts("县委书记王刚、纪委书记李明出席。")


def test_that_hospital_is_the_one_named_inside_its_departments_name_where_none_is_named_alone():
    text = "丽水市中心医院心内科今年收治病人3000人次。该院副院长李芳说，心内科将扩建。"
    assert ("李芳", "memberOf", "丽水市中心医院", "副院长") in set(kg.build(text).named_facts())


def test_no_city_is_read_from_a_street_after_a_brand_nor_from_a_brand_after_a_county():
    assert ("农行延安路分理处", "location", "延安市") not in facts("农行延安路分理处主任王刚介绍。")
    text = "红旗区召开安全生产会议。红旗汽车公司总经理李明出席。"
    assert ("红旗汽车公司", "location", "红旗区") not in facts(text)


def test_a_years_part_or_scope_before_a_campaign_is_a_description():
    assert not names("县应急管理局开展2023年上半年安全检查活动。", "Initiative")
    assert not names("县应急管理局开展2023年第三季度安全检查活动。", "Initiative")
    assert not names("镇政府开展2020年全镇环境卫生整治行动。", "Initiative")


def test_a_roster_of_days_and_names_credits_no_one():
    text = "春节期间县政府值班安排\n县政府办公室公布春节期间值班安排如下。\n2023-01-21   王建军 李芳\n2023-01-22   赵刚 孙丽"
    assert not credits(text)


def test_a_name_glued_to_supplied_is_the_correspondent():
    text = "青山县政协督办重点提案\n9月16日，县政协主席王立新带领部分委员开展现场督办。\n（青山县政协 赵刚供稿）"
    assert ("contributor", "赵刚") in credits(text)


def test_who_unveils_or_presents_the_flag_takes_part_in_the_articles_ceremony_of_that_act():
    text = ("10月8日，青山县总工会举行职工服务站揭牌暨志愿服务队授旗仪式。"
            "县总工会主席王立新为职工服务站揭牌；副主席赵小红为志愿服务队授旗。")
    for person in ("王立新", "赵小红"):
        assert ("职工服务站揭牌暨志愿服务队授旗仪式", "participant", person) in facts(text)
    # (not an article's meeting of another kind)
    text = "10月8日，青山县总工会召开职工代表座谈会。会后，县总工会主席王立新为职工服务站揭牌。"
    assert not any(p == "participant" and o == "王立新" for _, p, o in facts(text))


def test_a_kind_of_body_named_bare_is_no_person():
    text = "县委书记王立新、发改委主任赵小红、卫健委主任孙大伟陪同调研。"
    assert "卫健委" not in names(text, "Person")
    assert ("孙大伟", "memberOf", "卫健委") in facts(text)
