from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kg.errors import InputError
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
    seen = []
    for a in doc.articles:
        for s in a.sentences:
            for i, c in enumerate(s.text):
                assert doc.text[s.offset(i)] == c
                seen.append(s.offset(i))
    assert len(seen) == len(set(seen))  # repair never duplicates a character


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


def test_a_long_line_without_punctuation_is_cut_into_bounded_sentences():
    from kg.text import MAX_SENTENCE

    text = "本报讯" + "郑州市管城区志愿者王思俊" * 2000 + "，完成。"
    doc = parse(text)
    sentences = [s for a in doc.articles for s in a.sentences]
    assert max(len(s.text) for s in sentences) <= MAX_SENTENCE
    assert "".join(s.text for s in sentences) == text  # every character once


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=400))
def test_any_bytes_either_decode_or_fail_cleanly(data):
    try:
        text = decode(data, "x.txt")
    except InputError:
        return
    assert text.strip() and "\x00" not in text
