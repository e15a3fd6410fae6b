from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kg.errors import InputError
from kg.lines import is_furniture
from kg.text import decode, parse, repair


def test_decode_reads_utf8_with_and_without_bom_and_gbk():
    text = "郑州市管城区"
    assert decode(text.encode("utf-8")) == text
    assert decode(b"\xef\xbb\xbf" + text.encode("utf-8")) == text
    assert decode(text.encode("gbk")) == text


@pytest.mark.parametrize(
    "data, message",
    [(b"", "empty"), (b" \n\n\t", "empty"), (b"\x00\x01\x02\x03PK", "binary"), (bytes(range(1, 32)) * 20, "binary")],
)
def test_decode_rejects_what_is_not_text(data, message):
    with pytest.raises(InputError, match=message):
        decode(data, "x.txt")


TRADITIONAL = "本報訊（記者 王思俊 通訊員 姜璞）為做好疫情防控工作，管城區構建了群防群控網絡。志願者們每天都在採樣點服務。"


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be", "utf-32", "utf-32-be"])
def test_decode_reads_utf16_and_utf32_with_a_bom(encoding):
    text = "本报讯(记者 王思俊)管城区构建网。"
    bom = {"utf-16-be": b"\xfe\xff", "utf-32-be": b"\x00\x00\xfe\xff"}.get(encoding, b"")
    assert decode(bom + text.encode(encoding), "x.txt") == text


def test_a_utf16_file_builds_the_same_graph_as_utf8(tmp_path, example_text):
    import kg

    (tmp_path / "a.txt").write_bytes(example_text.encode("utf-16"))
    assert set(kg.build(tmp_path / "a.txt").to_rdf()) == set(kg.build(example_text).to_rdf())


def test_big5_is_read_as_big5_and_gbk_stays_gbk(example_text):
    assert decode(TRADITIONAL.encode("big5"), "x.txt") == TRADITIONAL
    assert decode(TRADITIONAL.encode("cp950"), "x.txt") == TRADITIONAL
    assert decode(example_text.encode("gbk"), "x.txt") == example_text
    assert decode(example_text.encode("gb18030"), "x.txt") == example_text
    short = "郑州市管城区"  # decodes in Big5 too, into rarer characters
    assert decode(short.encode("gbk")) == short


def test_text_that_decodes_to_nonsense_is_refused():
    import random

    rng = random.Random(7)
    noise = bytes(b for _ in range(2000) for b in (rng.randrange(0x81, 0xFF), rng.randrange(0x40, 0x7F)))
    with pytest.raises(InputError, match="does not read as Chinese text"):
        decode(noise, "x.txt")


def test_a_nul_byte_anywhere_is_binary():
    data = ("郑州市管城区。" * 20000).encode("utf-8") + b"\x00tail"
    assert len(data) > 65536 * 4
    with pytest.raises(InputError, match="binary"):
        decode(data, "x.txt")


def test_repair_rejoins_words_split_by_layout_but_not_headlines():
    page = "三级网格由楼院长,党员中\n\n心户等组成。\n\n标题一行\n\n本报讯(记者 王思俊)正文第一句,全民核\n\n酸检测有序进行。"
    assert [p.text for p in repair(page)] == [
        "三级网格由楼院长,党员中心户等组成。",
        "标题一行",
        "本报讯(记者 王思俊)正文第一句,全民核酸检测有序进行。",
    ]


def test_example_page_splits_into_the_gold_articles(example_text, gold):
    doc = parse(example_text)
    assert len(doc.articles) == len(gold["articles"]) == 11
    for a, g in zip(doc.articles, gold["articles"]):
        assert a.headline == g["headline"]
        assert a.byline == g["byline"]
        assert a.byline_position == g["byline_position"]
        body = "".join(s.text for s in a.sentences if s.kind == "body")
        assert body.startswith(g["first_body_chars"])


def test_caption_goes_to_the_article_before_it(example_text):
    doc = parse(example_text)
    assert [c[2] for c in doc.articles[1].captions] == ["医务工作者在社区进行核酸采样"]
    assert doc.articles[2].headline == "战“疫”一线检验能力作风建设"


def test_every_sentence_points_back_at_its_characters(example_text):
    doc = parse(example_text)
    for a in doc.articles:
        for s in a.sentences:
            assert "".join(doc.text[s.offset(i)] for i in range(len(s.text))) == s.text
            assert "".join(doc.text[s.start : s.end].split()) == "".join(s.text.split())


CHARS = st.sampled_from(list("郑州市管城区记者通讯员本报讯()“”,。、:;!? \n\n\n") + ["本报讯(记者 王思俊)", "\n\n"])


@settings(max_examples=150, deadline=None)
@given(st.lists(CHARS, max_size=80).map("".join))
def test_any_text_either_parses_with_exact_offsets_or_fails_cleanly(text):
    try:
        doc = parse(text)
    except InputError:
        return
    assert_exact_offsets(doc)


def assert_exact_offsets(doc) -> None:
    """Every character of every sentence stands at its offset in the text, and none twice
    (repair never duplicates a character)."""
    seen = []
    for a in doc.articles:
        for s in a.sentences:
            for i, c in enumerate(s.text):
                assert doc.text[s.offset(i)] == c
                seen.append(s.offset(i))
    assert len(seen) == len(set(seen))


WORDS = st.sampled_from(["郑州市", "管城区", "街道办事处", "党工委", "“万人助万企”活动", "王路易", "队长", "3月26日", "13个",
                         "本报讯(记者 王思俊)", "。", ",", "\n\n", " ", "组织开展", "由", "的", "<b>", "\x07", "𠀀"])


@settings(max_examples=25, deadline=None)
@given(st.lists(WORDS, max_size=30).map("".join))
def test_any_input_builds_a_graph_or_fails_cleanly(text):
    import kg

    try:
        g = kg.build(text)
    except InputError:
        return
    assert g.to_rdf() is not None
    for e in g.entities.values():
        for _, m in e.mentions:
            assert "".join(text[m.start : m.end].split()) == "".join(m.text.split())


def test_text_with_a_slash_is_text_not_a_path():
    import kg

    g = kg.build("本报讯(记者 孙志刚 通讯员 吴晨文/图)中原区卫健委组织演练。")
    assert {e.name for e in g.entities.values() if e.type == "Person"} == {"孙志刚", "吴晨"}
    with pytest.raises(InputError, match="no such file"):
        kg.build(Path("missing/page.txt"))


def test_page_furniture_is_not_an_article():
    page = ("2022年3月28日 星期一\n\n第05版:城事\n\n从我做起 保护湿地\n\n本报讯(记者 郑磊)志愿者来到湿地公园,开展活动。\n\n"
            "（下转第三版）\n\n本报记者 王五 摄\n\n责任编辑:李四")
    doc = parse(page)
    assert [a.headline for a in doc.articles] == ["从我做起 保护湿地"]
    assert doc.articles[0].byline == "本报讯(记者 郑磊)"
    assert [c[2] for c in doc.articles[0].captions] == ["本报记者 王五 摄"]


# Datelines, bylines, furniture and the shape of articles in real news (short texts written for the tests).

@pytest.mark.parametrize(
    "paragraph, dateline, byline, body",
    [
        ("本报讯 近日，新桥投入使用。", "本报讯", None, "近日，新桥投入使用。"),
        ("本报长沙讯（记者 李四）近日，新桥投入使用。", "本报长沙讯", "本报长沙讯（记者 李四）", "近日，新桥投入使用。"),
        ("湘江日报讯（通讯员 王五）新桥投入使用。", "湘江日报讯", "湘江日报讯（通讯员 王五）", "新桥投入使用。"),
        ("红网3月1日讯（记者 李四 通讯员 王五 赵六）新桥投入使用。", "红网3月1日讯",
         "红网3月1日讯（记者 李四 通讯员 王五 赵六）", "新桥投入使用。"),
        ("新华社长沙3月1日电（记者 李四、王五）新桥投入使用。", "新华社长沙3月1日电",
         "新华社长沙3月1日电（记者 李四、王五）", "新桥投入使用。"),
        ("本报长沙3月1日电记者李四报道：新桥投入使用。", "本报长沙3月1日电", "本报长沙3月1日电记者李四报道：",
         "新桥投入使用。"),
        ("（记者 李四）新桥投入使用。", None, "（记者 李四）", "新桥投入使用。"),
        ("记者 李四 通讯员 王五 近日，新桥投入使用。", None, "记者 李四 通讯员 王五", "近日，新桥投入使用。"),
    ],
)
def test_datelines_and_bylines_that_open_an_article(paragraph, dateline, byline, body):
    a = parse("新桥通车\n\n" + paragraph).articles[0]
    assert (a.headline, a.dateline, a.byline) == ("新桥通车", dateline, byline)
    assert "".join(s.text for s in a.sentences if s.kind == "body") == body


def test_a_paren_that_is_no_byline_stays_body():
    a = parse("新桥通车\n\n今天（3月1日），新桥投入使用。").articles[0]
    assert (a.dateline, a.byline) == (None, None)
    assert a.sentences[-1].text == "今天（3月1日），新桥投入使用。"


@pytest.mark.parametrize("credit", ["（湘江日报记者 李四）", "文/图 李四", "作者：李四", "记者 李四 报道", "本报记者李四",
                                    "（文/李四  校团委）"])
def test_byline_lines_at_the_end_of_an_article(credit):
    a = parse(f"新桥通车\n\n今天，新桥投入使用。\n\n{credit}").articles[0]
    assert (a.byline, a.byline_position) == (credit, "end")
    assert [s.kind for s in a.sentences] == ["headline", "body"]


def test_a_byline_line_under_the_headline_opens_the_article():
    a = parse("新桥通车\n\n作者：李四\n\n今天，新桥投入使用。").articles[0]
    assert (a.byline, a.byline_position, a.sentences[-1].text) == ("作者：李四", "start", "今天，新桥投入使用。")


def test_a_byline_closing_the_last_paragraph_is_cut_from_the_body():
    doc = parse("新桥通车\n\n今天，新桥投入使用。市民参加仪式。（湘江日报记者 李四）")
    a = doc.articles[0]
    assert (a.byline, a.byline_position) == ("（湘江日报记者 李四）", "end")
    assert a.sentences[-1].text == "市民参加仪式。"
    assert doc.text[a.byline_span[0]:a.byline_span[1]] == a.byline


def test_a_dateline_alone_on_its_line_is_the_articles_dateline():
    a = parse("新桥通车\n\n长江新闻网讯\n\n今天，新桥投入使用。").articles[0]
    assert (a.headline, a.dateline, a.byline) == ("新桥通车", "长江新闻网讯", None)
    assert a.sentences[-1].text == "今天，新桥投入使用。"


def test_web_furniture_is_no_body_text():
    page = ("首页 > 新闻中心 > 正文\n\n新桥通车\n\n发布时间：2021-03-01浏览次数：88\n\n来源：湘江日报\n\n"
            "今天，新桥投入使用。\n\n责任编辑：王五\n\n分享到：微信 微博")
    doc = parse(page)
    assert [a.headline for a in doc.articles] == ["新桥通车"]
    assert [s.text for s in doc.articles[0].sentences] == ["新桥通车", "今天，新桥投入使用。"]


def test_one_article_keeps_its_photo_captions_and_subtitle():
    page = ("王五到新区调研\n\n强调加快推进新区建设 更好服务全省发展大局\n\n座谈会现场\n\n今天，王五到新区调研。\n\n"
            "新区主任李四讲话\n\n会上，李四介绍了新区情况。\n\n参观现场\n\n随后，王五参观了展厅。")
    doc = parse(page)
    assert len(doc.articles) == 1
    a = doc.articles[0]
    assert (a.headline, a.subtitle) == ("王五到新区调研", "强调加快推进新区建设 更好服务全省发展大局")
    assert [c[2] for c in a.captions] == ["座谈会现场", "新区主任李四讲话", "参观现场"]


def test_a_long_headline_with_its_subtitle_after_a_dash():
    page = "党建引领聚合力 校企携手促振兴——某某大学后勤改革红利惠及乡村振兴工作的一次实践\n\n本报讯 今天，活动举行。"
    a = parse(page).articles[0]
    assert a.headline.startswith("党建引领聚合力") and a.sentences[-1].text == "今天，活动举行。"


def test_a_headline_with_a_colon_after_a_short_lead():
    a = parse("湖南长沙：新桥通车 市民点赞\n\n今天，新桥投入使用。").articles[0]
    assert (a.headline, a.sentences[-1].text) == ("湖南长沙：新桥通车 市民点赞", "今天，新桥投入使用。")


def test_a_two_line_headline_stays_whole():
    a = parse("春风化雨润无声\n\n某某中学毕业典礼举行\n\n今天，毕业典礼举行。").articles[0]
    assert (a.headline, a.subtitle) == ("春风化雨润无声 某某中学毕业典礼举行", None)


def test_a_digest_splits_into_its_items():
    page = ("要闻快讯\n\n某某网消息（晚间新闻）：\n\n大桥今天通车\n\n今天（3月1日），大桥通车。\n\n"
            "新区开工建设\n\n记者从新区了解到，新区今天开工。\n\n气温回升\n\n预计明天气温回升。")
    doc = parse(page)
    assert [a.headline for a in doc.articles] == ["大桥今天通车", "新区开工建设", "气温回升"]
    assert [a.sentences[-1].text for a in doc.articles] == ["今天（3月1日），大桥通车。", "记者从新区了解到，新区今天开工。",
                                                            "预计明天气温回升。"]


def test_a_page_splits_at_each_dateline():
    page = ("新桥通车\n\n本报讯（记者 李四）新桥投入使用。\n\n新区开工\n\n本报讯（记者 王五）新区开工建设。")
    assert [(a.headline, a.byline) for a in parse(page).articles] == [
        ("新桥通车", "本报讯（记者 李四）"), ("新区开工", "本报讯（记者 王五）")]


def test_section_heads_and_quotes_inside_a_datelined_article_are_no_headlines():
    page = ("新区建设提速\n\n本报讯（记者 李四）今年，新区加快建设。\n\n一、规划先行\n\n新区编制了规划。\n\n"
            "“我们有信心”\n\n居民对新区充满期待。\n\n下一步怎么走？\n\n新区将继续推进。")
    doc = parse(page)
    assert [a.headline for a in doc.articles] == ["新区建设提速"]
    assert [s.text for s in doc.articles[0].sentences if s.kind == "heading"] == ["一、规划先行", "“我们有信心”", "下一步怎么走？"]


def test_an_authors_name_alone_under_the_headline_is_the_byline():
    a = parse("冬日暖阳\n\n王小五张伟\n\n今天，社区举行活动。").articles[0]
    assert (a.headline, a.byline, a.byline_position) == ("冬日暖阳", "王小五张伟", "start")


def test_web_fields_closing_an_article_are_no_body_text():
    page = "新桥通车\n\n今天，新桥投入使用。（来源：湘江日报）\n\n原标题：长沙新桥今天通车\n\n2021-03-01 10:20\n\n责任编辑 王五"
    a = parse(page).articles[0]
    assert [s.text for s in a.sentences] == ["新桥通车", "今天，新桥投入使用。"]
    assert a.byline is None


def test_a_photo_description_however_long_is_a_caption():
    page = "新桥通车\n\n本报讯（记者 李四）今天，新桥投入使用。\n\n图为：3月1日，市民走过新桥，桥上彩旗飘扬。\n\n据了解，新桥全长一公里。"
    doc = parse(page)
    assert len(doc.articles) == 1
    assert [c[2] for c in doc.articles[0].captions] == ["图为：3月1日，市民走过新桥，桥上彩旗飘扬。"]


def test_a_photo_description_in_brackets_is_a_caption():
    page = ("青山中学举办读书节\n\n3月1日，青山中学在礼堂举办读书节，师生三百余人参加。\n\n（图为校长致开幕词）\n\n"
            "随后，各班代表朗读了自己喜爱的文章。\n\n（图为获奖学生与老师合影）\n\n最后，校长为获奖学生颁奖。\n\n文：李四  图：王五")
    doc = parse(page)
    assert [a.headline for a in doc.articles] == ["青山中学举办读书节"]
    assert [c[2] for c in doc.articles[0].captions] == ["（图为校长致开幕词）", "（图为获奖学生与老师合影）"]
    assert doc.articles[0].byline == "文：李四  图：王五"


SHAPES = st.sampled_from(["本报长沙讯", "新华社长沙3月1日电", "（记者 李四、王五）", "（湘江日报记者 李四）", "文/图 李四", "作者：李四",
                          "发布时间：2021-03-01", "图为市民", "现场", "一、", "“好”", "会上，", "今天，新桥通车。", "新桥通车",
                          "某网消息：", "记者 李四 报道", "王小五张伟", "\n\n", "\n\n", " ", "，", "。", "？"])


@settings(max_examples=150, deadline=None)
@given(st.lists(SHAPES, max_size=40).map("".join))
def test_datelines_bylines_and_furniture_keep_exact_offsets(text):
    try:
        doc = parse(text)
    except InputError:
        return
    assert_exact_offsets(doc)
    for a in doc.articles:
        for span, value in ((a.byline_span, a.byline), (a.dateline_span, a.dateline), (a.subtitle_span, a.subtitle)):
            if span:
                assert "".join(doc.text[span[0]:span[1]].split()) == "".join(value.split())


def test_a_long_line_without_punctuation_is_cut_into_bounded_sentences():
    from kg.text import MAX_SENTENCE

    text = "本报讯" + "郑州市管城区志愿者王思俊" * 2000 + "，完成。"
    doc = parse(text)
    sentences = [s for a in doc.articles for s in a.sentences]
    assert max(len(s.text) for s in sentences) <= MAX_SENTENCE
    assert "".join(s.text for s in sentences) == text.removeprefix("本报讯")  # every character once, after the dateline


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=400))
def test_any_bytes_either_decode_or_fail_cleanly(data):
    try:
        text = decode(data, "x.txt")
    except InputError:
        return
    assert text.strip() and "\x00" not in text


def test_a_dateline_line_over_a_byline_line_is_no_digest():
    a = parse("新桥通车\n\n长江网讯\n\n记者 李四 通讯员 王五\n\n今天，新桥投入使用。").articles[0]
    assert (a.headline, a.dateline, a.byline, a.sentences[-1].text) == ("新桥通车", "长江网讯", "记者 李四 通讯员 王五",
                                                                       "今天，新桥投入使用。")


def test_a_run_of_titles_each_over_one_paragraph_is_a_digest_of_items():
    page = "大桥通车\n\n今天，大桥通车。\n\n新区开工\n\n今天，新区开工。\n\n气温回升\n\n预计明天气温回升。"
    assert [a.headline for a in parse(page).articles] == ["大桥通车", "新区开工", "气温回升"]


def test_a_web_article_with_uncued_captions_stays_one():
    page = "新桥通车\n\n今天，新桥投入使用。\n\n捐赠仪式\n\n市民纷纷点赞，新桥方便出行。\n\n今后，新区还将建设两座桥。"
    assert [a.headline for a in parse(page).articles] == ["新桥通车"]


def test_markdown_marks_are_no_text():
    page = "# 新桥通车\n\n![](http://example.com/a.jpg)\n\n今天，新桥投入使用。\n\n---\n\nhttp://example.com/news/1.html"
    doc = parse(page)
    a = doc.articles[0]
    assert [s.text for s in a.sentences] == ["新桥通车", "今天，新桥投入使用。"]
    assert doc.text[a.headline_span[0]:a.headline_span[1]] == "新桥通车"


def test_a_credit_after_the_last_sentence_is_the_byline():
    a = parse("新桥通车\n\n今天，新桥投入使用。市民参加仪式。 文/图 李四").articles[0]
    assert (a.byline, a.byline_position, a.sentences[-1].text) == ("文/图 李四", "end", "市民参加仪式。")


def test_a_dateline_without_a_headline_goes_on_with_the_article_above():
    text = ("青山大桥今天通车\n\n市民代表和建设者一起走过大桥。\n（本报记者李四摄）\n"
            "本报青山1月5日讯 今天上午，青山大桥正式通车。\n"
            "新华社青山1月5日电 大桥全长三公里。")
    doc = parse(text)
    assert [a.headline for a in doc.articles] == ["青山大桥今天通车"]
    article = doc.articles[0]
    assert article.dateline == "本报青山1月5日讯"
    assert [c[2] for c in article.captions] == ["（本报记者李四摄）"]
    # the second dateline is not lost: it stays in the article's text
    assert any(x.text.startswith("新华社青山1月5日电") for x in article.sentences)


def test_a_digest_with_its_source_line_still_splits_into_its_items():
    text = ("快讯\n\n某网消息：\n\n大桥通车\n\n本报讯 今天,大桥通车。\n\n新区开工\n\n本报讯 今天,新区开工。"
            "\n\n气温回升\n\n本报讯 明天,气温回升。")
    assert [a.headline for a in parse(text).articles] == ["大桥通车", "新区开工", "气温回升"]


def test_a_short_line_under_a_long_headline_is_its_subtitle_and_site_fields_are_furniture():
    # a university site: the headline, then a short line about one speaker (eighth round)
    a = parse("青山学院举办第一期“读书有约”沙龙活动\n\n王五院长谈自主学习\n\n3月2日，沙龙活动举行。").articles[0]
    assert (a.headline, a.subtitle) == ("青山学院举办第一期“读书有约”沙龙活动", "王五院长谈自主学习")
    # a short main title under a long kicker is the headline's second line, no subtitle
    a = parse("坚持人民至上理念扎实推进全县乡村振兴战略各项工作\n\n青山县绘就振兴新画卷\n\n本报讯 近日，青山县召开会议。").articles[0]
    assert a.subtitle is None and "青山县绘就振兴新画卷" in a.headline
    # a school site's CMS fields under the headline are no part of it, nor body text
    a = parse("青山中学举行新生军训汇演\n\n学校: 青山县第二中学\n\n日期: 2017年9月8日\n\n今天，汇演举行。").articles[0]
    assert a.headline == "青山中学举行新生军训汇演"
    assert [s.text for s in a.sentences] == ["青山中学举行新生军训汇演", "今天，汇演举行。"]


def test_a_sites_column_over_the_headline_is_no_part_of_it():
    a = parse("学院动态\n\n青山大学举办2023年春季运动会\n\n4月8日，运动会开幕。").articles[0]
    assert (a.headline, a.subtitle) == ("青山大学举办2023年春季运动会", None)
    # a column name that is the only line before the body stays the headline
    assert parse("图片新闻\n\n4月8日，运动会开幕。").articles[0].headline == "图片新闻"


def test_a_sites_name_and_a_one_step_breadcrumb_over_the_headline_are_furniture():
    page = ("青山大学新闻网\n\n首页 > 综合新闻\n\n青山大学举办2023年春季运动会\n\n作者：李四  时间：2023-04-10\n\n"
            "4月8日，运动会开幕。\n\n上一篇：青山大学召开教学工作会议")
    a = parse(page).articles[0]
    assert (a.headline, [s.text for s in a.sentences if s.kind == "body"]) == ("青山大学举办2023年春季运动会", ["4月8日，运动会开幕。"])


def test_a_headline_with_a_longer_lead_before_its_colon_and_a_source_line_under_it():
    a = parse("青山集团王五GES大会现场：这是最好的时代\n\n11月9日，大会开幕。").articles[0]
    assert a.headline == "青山集团王五GES大会现场：这是最好的时代"
    a = parse("青山往事推介会在南京举行\n\n摘自：《青山》通讯 2012.4.5第八期  王五\n\n4月2日，推介会举行。").articles[0]
    assert a.headline == "青山往事推介会在南京举行"


def test_a_kicker_headline_with_a_quoted_slogan_heads_its_own_item():
    page = ("校园简讯：我校志愿服务队赴青山县开展支教活动\n"
            "8月3日，由外国语学院王芳老师带队的志愿服务队来到青山县，开展了为期一周的英语支教活动。\n\n"
            "校园简讯：我校师生参观白云湖湿地公园\n"
            "8月5日，生命科学学院师生一行赴白云湖湿地公园参观学习。\n\n"
            "校园简讯：“青春在基层，奉献在一线”社会实践团赴红星村调研\n"
            "8月9日，社会实践团在红星村开展了乡村旅游发展调研，村党支部书记赵刚参加了座谈。\n")
    assert [a.headline for a in parse(page).articles] == [
        "校园简讯：我校志愿服务队赴青山县开展支教活动", "校园简讯：我校师生参观白云湖湿地公园",
        "校园简讯：“青春在基层，奉献在一线”社会实践团赴红星村调研"]


def test_a_first_line_that_opens_with_a_month_is_the_headline_not_a_sentence_cut_short():
    doc = parse("5月份新签约项目一览,总投资超百亿\n\n5月8日，青山县举行项目集中签约活动，共签约项目12个。")
    assert [a.headline for a in doc.articles] == ["5月份新签约项目一览,总投资超百亿"]
    assert parse("5月8日，青山县\n\n举行项目集中签约活动，共签约项目12个。").articles[0].headline == ""


def test_a_first_line_that_opens_with_a_time_and_a_comma_is_a_sentence_cut_short():
    for first in ("2023年以来，青山县", "3月上旬，青山县各乡镇"):
        assert parse(first + "\n\n积极开展项目建设，共签约项目12个。").articles[0].headline == "", first


def test_a_headline_with_a_full_stop_then_a_reporter_and_a_correspondent_on_lines_of_their_own():
    a = parse("青山镇开展环境整治工作。\n记 者 李小明\n通讯员 王大力\n3月28日，青山镇开展环境整治工作。镇干部参加活动。").articles
    assert [(x.headline, x.byline) for x in a] == [("青山镇开展环境整治工作。", "记 者 李小明\n通讯员 王大力")]
    # a first line that is a sentence, with no byline under it, stays body text
    a = parse("青山镇开展环境整治工作。\n3月28日，青山镇开展环境整治工作。镇干部参加活动。").articles[0]
    assert a.headline == ""
    # two credits apart (a second dateline and byline further down, under the same headline) are not joined
    text = "青山镇开展环境整治工作\n记者 李小明\n3月28日，镇干部参加活动。\n新华社北京3月29日电\n记者 王大力\n4月1日，活动结束。"
    assert [a.byline for a in parse(text).articles] == ["记者 李小明"]


def test_a_crawled_pages_comment_box_reviewers_and_a_long_breadcrumb_are_furniture():
    page = ("首页 > 信息公开 > 主动公开 > 教育文化与全民健身服务领域 > 文体服务\n\n"
            "青山集团与红星集团签署战略合作协议\n\n10月14日上午，签约仪式在青山集团举行。\n\n"
            "一审:王小明\n\n二审:李大力\n\n三审:赵刚\n\n回复\n-\n- 查看全部{{ item.replyCount }}条回复> 查看更多回复>")
    [a] = parse(page).articles
    assert a.headline == "青山集团与红星集团签署战略合作协议"
    assert [s.text for s in a.sentences if s.kind == "body"] == ["10月14日上午，签约仪式在青山集团举行。"]
    for line in ("一审:王小明", "三审：赵刚", "回复", "- 查看更多回复>", "-", "……", "- 共{{ item.count }}条回复>"):
        assert is_furniture(line), line
    assert not any(is_furniture(t) for t in ("回复群众关切", "三审三校制度落实到位。", "青山集团召开{年度}工作会议"))


def test_a_pages_digest_whose_items_open_with_a_mark_splits_into_its_items():
    page = ("要闻简报\n"
            "◆9月24日，由县总工会举办的2023年迎国庆职工篮球赛在县体育馆开赛，副县长李明出席开幕式。\n"
            "◆9月25日，县农业农村局组织农技专家到各乡镇指导秋收秋种，副县长王红带队检查。\n"
            "◆9月27日，县文化馆在城南广场举办送戏下乡文艺演出，副县长李明观看演出，千余名群众到场。\n")
    articles = parse(page).articles
    assert [a.headline for a in articles] == ["", "", ""]
    assert [a.sentences[0].text[:6] for a in articles] == ["◆9月24日", "◆9月25日", "◆9月27日"]
    # a list of measures inside one article stays in it
    text = "青山县召开安全生产会议\n4月8日，青山县召开安全生产会议，部署三项工作。\n◆加强领导，压实责任。\n◆完善制度，规范管理。\n◆强化督查，狠抓落实。"
    assert len(parse(text).articles) == 1
    # (with no headline above them)
    measure = "◆{}，各乡镇和县直各部门要把安全生产工作摆在突出位置，主要负责人亲自抓，分管负责人具体抓，层层压实责任。"
    text = "\n".join(measure.format(w) for w in ("一要", "二要", "三要"))
    assert len(parse(text).articles) == 1  # long, but no item is dated
    text = "◆4月9日，青山县检查。\n◆4月10日，青山县督查。\n◆4月11日，青山县复查。"
    assert len(parse(text).articles) == 1  # dated, but too short to be reports


def test_dated_steps_or_deadlines_under_a_headline_and_a_dated_lead_stay_one_article():
    step = "◆6月{}日，县防汛指挥部组织各乡镇开展山塘水库隐患排查，发现问题当场交办，限期整改到位。"
    page = "青山县防汛工作纪实\n" + "\n".join(step.format(d) for d in (2, 5, 9))
    assert [a.headline for a in parse(page).articles] == ["青山县防汛工作纪实"]
    deadline = "◆各乡镇要在6月{}日前完成山塘水库隐患排查，建立台账，落实责任人和整改措施，确保安全度汛。"
    assert len(parse("\n".join(deadline.format(d) for d in (10, 15, 20))).articles) == 1
    a = parse("5月30日，青山县举行文艺汇演。\n通讯员 王大力\n汇演由县教育局主办。").articles[0]
    assert a.headline == ""
    # two commas: a sentence, no headline; a dateline under the byline is no part of it
    a = parse("青山镇开展环境整治，清理垃圾，美化村容。\n记者 李小明\n3月28日，镇干部参加活动。").articles[0]
    assert a.headline == ""
    a = parse("青山镇开展环境整治\n记者 李小明\n新华社青山3月28日电\n镇干部参加活动。").articles[0]
    assert (a.byline, a.dateline) == ("记者 李小明", "新华社青山3月28日电")
    assert not any(is_furniture(t) for t in ("一审：以盗窃罪判处张某有期徒刑一年。", "二审：青山市中级人民法院驳回上诉。"))


def test_a_columns_name_repeated_under_the_breadcrumb_is_no_headline():
    import kg

    text = "您现在的位置：首页 > 综合新闻\n\n综合新闻\n\n青山大桥今日通车\n\n本报讯 3月1日，青山大桥正式通车，市长王五出席。\n"
    g = kg.build(text)
    assert [a.headline for d in g.documents for a in d.articles] == ["青山大桥今日通车"]
    # the column's name right above its breadcrumb, a headline of two parts under it, no dateline
    text = ("媒体看青山\n您的位置: 首页 > 青山新闻 > 媒体看青山\n\n青山大桥今日通车  市民踊跃体验\n\n"
            "发布时间:2009-02-21 00:00  点击数:\n\n\n3月1日，青山大桥正式通车，市长王五出席通车仪式。\n")
    g = kg.build(text)
    assert [a.headline for d in g.documents for a in d.articles] == ["青山大桥今日通车  市民踊跃体验"]
    # a line that only reads like a column's name, with no breadcrumb above it, is the headline
    g = kg.build("综合新闻\n\n本报讯 3月1日，青山大桥正式通车，市长王五出席。\n")
    assert [a.headline for d in g.documents for a in d.articles] == ["综合新闻"]


def test_a_sites_menu_its_column_above_the_breadcrumb_and_a_photos_placeholder_are_furniture():
    import kg

    text = ("• 繁体版\n  • 无障碍\n|\n综合新闻\n您现在所在的位置: 网站首页 > 新闻中心 > 综合新闻\n\n"
            "青山大桥今日通车\n\n2023-08-24 17:25:36\n\n（资料图）\n\n本报讯 3月1日，青山大桥正式通车，市长王五出席。\n")
    g = kg.build(text)
    assert [a.headline for d in g.documents for a in d.articles] == ["青山大桥今日通车"]


def test_an_e_papers_header_over_the_headline_is_furniture():
    import kg

    # the reader's name, the day, the weekday and the paper's name above the headline; the date, size and page
    # fields under it; the byline names the district's news brand
    text = ("青山阅读器\n2025-01-05\n星期日\n当前报纸名称:青山日报\n\n青山大桥今日通车\n\n日期:01-05\n字号:\n"
            "版面:第A03版:要闻       上一篇    下一篇\n\n本报讯(青山新闻记者 李明华 通讯员 王小芳)昨天，青山大桥正式通车。\n")
    g = kg.build(text)
    [article] = [a for d in g.documents for a in d.articles]
    assert article.headline == "青山大桥今日通车" and not article.captions
    assert {(t[1], t[2]) for t in g.named_facts() if t[1] in ("author", "contributor")} == {
        ("author", "李明华"), ("contributor", "王小芳")}
    # a headline with its post time under it keeps both lines apart: only lines above the furniture are the site's
    g = kg.build("青山大桥今日通车\n\n2025-01-05\n\n本报讯 昨天，青山大桥正式通车。\n")
    assert [a.headline for d in g.documents for a in d.articles] == ["青山大桥今日通车"]
    # a post time, then a photo's caption over the body: the headline is the first line, furniture or not between
    g = kg.build("青山医院开展义诊活动\n发布时间：2025-01-05 浏览次数：128\n图为义诊现场\n1月5日，青山医院的医生来到白石镇义诊。\n")
    assert [a.headline for d in g.documents for a in d.articles] == ["青山医院开展义诊活动"]
    g = kg.build("## 青山大桥今日通车\n\n## 市民踊跃体验\n\n本报讯 昨天，青山大桥正式通车。\n")  # (Markdown's marks)
    assert [a.headline for d in g.documents for a in d.articles] == ["青山大桥今日通车 市民踊跃体验"]


def test_a_page_of_items_each_with_its_byline_and_its_day_and_place():
    import kg

    text = ("青山日报讯 (李明 王芳 张伟 赵强 钱进)\n桥头村办起加工点\n记者 李明\n9月3日 青山县白石镇桥头村\n"
            "今天上午，桥头村的加工点里坐满了妇女，一天能做三百多个布袋。\n"
            "垃圾分类有新招\n报道组 王芳 记者 张伟\n9月3日 青山县红星镇东坡村\n今天路过东坡村，村里的垃圾箱都装上了盖子。\n")
    g = kg.build(text)
    articles = [a for d in g.documents for a in d.articles]
    assert [(a.headline, a.byline, a.dateline) for a in articles] == [
        ("桥头村办起加工点", "记者 李明", "9月3日 青山县白石镇桥头村"),
        ("垃圾分类有新招", "报道组 王芳 记者 张伟", "9月3日 青山县红星镇东坡村")]
    credits = {(t[0][-1], t[1], t[2]) for t in g.named_facts() if t[1] in ("author", "contributor")}
    assert credits == {("1", "author", "李明"), ("2", "contributor", "王芳"), ("2", "author", "张伟")}
    assert {"白石镇", "红星镇"} <= {e.name for e in g.entities.values() if e.type == "Place"}  # named in the datelines alone
    # a dateline over the items stays the item's; the day and place line's places are read all the same
    g = kg.build("桥头村办起加工点\n青山日报讯\n记者 李明\n9月3日 青山县白石镇桥头村\n今天上午，加工点里坐满了妇女。\n")
    assert [a.dateline for d in g.documents for a in d.articles] == ["青山日报讯"]
    assert "白石镇" in {e.name for e in g.entities.values() if e.type == "Place"}
