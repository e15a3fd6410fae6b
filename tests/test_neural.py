"""The trained recognizer (kg.neural): its inputs, its numpy forward pass and its place in the tagger."""
from __future__ import annotations

import numpy as np

from kg.neural import TAGS, NameModel, bio, build_lexicon, cues, marginals, spans
from kg.tagger import CONFIDENCE, LacTagger


def test_cues_mark_lexicon_names_divisions_and_suffixes():
    lexicon = build_lexicon([("联想集团", "ORG")])
    found = cues("海淀区的联想集团", lexicon)
    assert "g=Bc" in found[0] and "g=Ec" in found[2]  # 海淀区, a county-level division
    assert "x=BORG" in found[4] and "x=EORG" in found[7]
    assert "se=o2" in found[7]  # 集团 ends an organisation name
    assert found[3][0] == "t=HHH"


def test_bio_and_spans_round_trip():
    tags = bio(8, [(0, 2, "PER"), (3, 6, "LOC"), (4, 5, "ORG")])  # the overlapping span is skipped
    assert [TAGS[t] for t in tags] == ["B-PER", "I-PER", "O", "B-LOC", "I-LOC", "I-LOC", "O", "O"]
    assert spans(tags) == [(0, 2, "PER"), (3, 6, "LOC")]


def _random_model(tmp_path, kernel=3, features=5, hidden=4):
    rng = np.random.default_rng(1)
    weights = {
        "chars": np.array(["北", "京"]), "cues": np.array(["t=HHH", "g=Bp"]),
        "char_vectors": rng.normal(size=(4, 3)).astype(np.float32),
        "conv0_w": rng.normal(size=(kernel, features + 3 + 2, hidden)).astype(np.float32),
        "conv0_b": rng.normal(size=hidden).astype(np.float32),
        "news_w": rng.normal(size=(hidden, len(TAGS))).astype(np.float32),
        "news_b": rng.normal(size=len(TAGS)).astype(np.float32),
        "news_trans": rng.normal(size=(len(TAGS), len(TAGS))).astype(np.float32),
        "news_start": np.zeros(len(TAGS), dtype=np.float32), "news_end": np.zeros(len(TAGS), dtype=np.float32),
    }
    np.savez(tmp_path / "m.npz", **weights)
    return NameModel(tmp_path / "m.npz", lexicon=None), weights


def test_the_convolution_equals_a_direct_loop(tmp_path):
    model, w = _random_model(tmp_path)
    texts = ["北京市", "京北南"]
    features = np.random.default_rng(2).normal(size=(2, 3, 5)).astype(np.float32)
    ids, marks = model.inputs(texts)
    x = np.concatenate([features, w["char_vectors"][ids], marks], axis=-1)
    direct = np.zeros((2, 3, 4), dtype=np.float32)
    for b in range(2):
        for t in range(3):
            h = w["conv0_b"].copy()
            for j in range(3):  # PyTorch's Conv1d with padding 1: output t reads inputs t-1, t, t+1
                if 0 <= t + j - 1 < 3:
                    h += x[b, t + j - 1] @ w["conv0_w"][j]
            direct[b, t] = np.maximum(h, 0)
    expected = direct @ w["news_w"] + w["news_b"]
    assert np.allclose(model.scores(features, texts), expected, atol=1e-5)
    assert ids[0].tolist() == [2, 3, 1]  # 北, 京 known; 市 unknown


def test_names_of_long_texts_keep_their_offsets():
    text = "他说。" * 200 + "记者王思俊在郑州市采访。"  # cut into pieces of 512 characters for the encoder
    [analysis] = LacTagger.shared().analyse([text], ("news",))
    found = {text[s:e]: label for s, e, label in analysis.names["news"]}
    assert found == {"王思俊": "PER", "郑州市": "LOC"}
    assert analysis.tokens[-1].end == len(text)


def test_marginals_sum_the_probabilities_of_all_paths():
    import itertools

    rng = np.random.default_rng(3)
    em, trans = rng.normal(size=(2, 4, 3)) * 2, rng.normal(size=(3, 3))
    start, end = rng.normal(size=3), rng.normal(size=3)
    got = marginals(em, trans, start, end)
    for b in range(2):
        expected = np.zeros((4, 3))
        for path in itertools.product(range(3), repeat=4):  # every path, weighted by its CRF score
            score = start[path[0]] + end[path[-1]] + sum(em[b, t, k] for t, k in enumerate(path))
            score += sum(trans[i, j] for i, j in zip(path, path[1:]))
            for t, k in enumerate(path):
                expected[t, k] += np.exp(score)
        assert np.allclose(got[b], expected / expected.sum(axis=1, keepdims=True))


def test_each_name_comes_with_the_model_s_confidence():
    text = "他说。" * 200 + "记者王思俊在郑州市采访。"
    [analysis] = LacTagger.shared().analyse([text], ("news",))
    sure = analysis.names["news" + CONFIDENCE]
    assert len(sure) == len(analysis.names["news"]) == 2
    assert all(0.5 < p <= 1.0 for p in sure)  # two plain names: the model is sure of both


def test_one_batch_runs_the_model_for_all_documents(monkeypatch):
    from kg.recognize import recognize

    calls = []
    original = LacTagger.analyse

    def counted(self, texts, styles=()):
        calls.append((len(texts), styles))
        return original(self, texts, styles)

    monkeypatch.setattr(LacTagger, "analyse", counted)
    found = recognize(["记者王思俊在郑州市采访。", "北京市海淀区的联想集团。"], ["neural", "neural-fine"])
    assert calls == [(2, ("fine", "news"))]  # not once per document or per style
    assert ("王思俊", "Person") in [(e["text"], e["type"]) for e in found[0]]
