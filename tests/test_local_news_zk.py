"""Names and relations in the shapes the fifty-third round's pages write them: a sentence that opens after a space
(…工作。 座谈会上，…) is read from its first word.
"""
from tests.conftest import facts


def test_a_sentence_after_a_space_is_read_from_its_first_word():
    text = "青山县人民检察院召开代表联络工作座谈会。 座谈会上，该院王立新检察长首先通报了检察工作情况。"
    assert ("代表联络工作座谈会", "participant", "王立新") in facts(text)
    # (the same without the space, as before)
    assert ("代表联络工作座谈会", "participant", "王立新") in facts(text.replace("。 ", "。"))
