"""python -m kg.train on a tiny set (needs PyTorch, which only training needs: skipped without it)."""
from __future__ import annotations

import json

import numpy as np
import pytest

from kg.neural import FEATURES, NameModel, load_lexicon

torch = pytest.importorskip("torch")


def _training_file(tmp_path, rows: list[dict]):
    """The rows as a JSONL training file in ``tmp_path``."""
    data = tmp_path / "train.jsonl"
    data.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return data


def test_training_writes_a_model_that_numpy_runs(tmp_path):
    from kg.train import evaluate, train

    rows = [{"text": "记者王思俊在郑州市采访。", "entities": [{"start": 2, "end": 5, "type": "PER"},
                                                      {"start": 6, "end": 9, "type": "LOC"}]},
            {"text": "北京市海淀区的联想集团。", "entities": [{"start": 7, "end": 11, "type": "ORG"}]}]
    data = _training_file(tmp_path, rows)
    out = tmp_path / "model" / "names.npz"
    train([f"{data}*3@news", f"{data}@fine"], out, epochs=2, threads=1)
    model = NameModel(out, load_lexicon(out.with_name("lexicon.tsv")))
    assert set(model.heads) == {"news", "fine"}
    features = np.zeros((1, 12, FEATURES), dtype=np.float32)
    assert model.scores(features, ["记者王思俊在郑州市采访。"]).shape == (1, 12, 7)
    assert "micro" in evaluate(out, rows)
    lexicon = out.with_name("lexicon.tsv").read_text(encoding="utf-8").splitlines()
    assert lexicon == ["王思俊\tPER", "联想集团\tORG", "郑州市\tLOC"]


def test_bad_training_input_is_one_line_and_writes_nothing(tmp_path, capsys):
    from kg.train import main

    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"text": "记者王思俊在郑州"}\n{"text": "北京', encoding="utf-8")
    out = tmp_path / "model" / "names.npz"
    assert main([str(bad), "-o", str(out)]) == 1
    err = capsys.readouterr().err
    assert "bad.jsonl:2: malformed JSON" in err and err.count("\n") == 1
    assert not out.exists()


def test_hold_out_keeps_a_hashed_share_of_sentences_out_of_training(tmp_path):
    from kg.train import train, tuning

    texts = ["记者王思俊在郑州市采访。", "北京市海淀区的联想集团。", "李四到上海市开会。", "张三在广州市工作。"]
    rows = [{"text": t, "entities": [{"start": t.index("市") - 2, "end": t.index("市") + 1, "type": "LOC"}]}
            for t in texts]
    data = _training_file(tmp_path, rows)
    out = tmp_path / "names.npz"
    held = train([str(data)], out, epochs=1, hold_out=2)
    kept_out = [t for t in texts if tuning(t, 2)]
    assert kept_out and [r["text"] for r in held["news"]] == kept_out
    lexicon = out.with_name("lexicon.tsv").read_text(encoding="utf-8")
    for r in held["news"]:
        name = r["text"][r["entities"][0]["start"] : r["entities"][0]["end"]]
        assert name not in lexicon
    with np.load(out) as w:
        assert w["sources"].tolist() == [f"{tmp_path.name}/train.jsonl@news"]


def test_numpy_bigru_equals_pytorch_gru():
    from kg.neural import bigru

    torch.manual_seed(0)
    gru = torch.nn.GRU(5, 4, batch_first=True, bidirectional=True)
    x = torch.randn(3, 7, 5)
    expected = gru(x)[0].detach().numpy()
    weights = [torch.stack([getattr(gru, f"{k}_l0{s}").detach() for s in ("", "_reverse")]).numpy()
               for k in ("weight_ih", "weight_hh", "bias_ih", "bias_hh")]
    w_ih, w_hh, b_ih, b_hh = weights[0].transpose(0, 2, 1), weights[1].transpose(0, 2, 1), weights[2], weights[3]
    assert np.allclose(bigru(x.numpy(), w_ih, w_hh, b_ih, b_hh), expected, atol=1e-5)


def test_a_model_with_a_recurrent_layer_is_written_and_runs_in_numpy(tmp_path):
    from kg.train import train

    rows = [{"text": "记者王思俊在郑州市采访。", "entities": [{"start": 2, "end": 5, "type": "PER"},
                                                      {"start": 6, "end": 9, "type": "LOC"}]},
            {"text": "李四到上海市开会。", "entities": [{"start": 0, "end": 2, "type": "PER"}]}]
    data = _training_file(tmp_path, rows)
    out = tmp_path / "names.npz"
    train([str(data)], out, epochs=1, rnn=3)
    model = NameModel(out, lexicon=None)
    with np.load(out) as w:
        assert w["gru_ih"].shape == (2, 128, 9) and w["news_w"].shape == (128 + 6, 7)
    features = np.random.default_rng(0).normal(size=(2, 9, FEATURES)).astype(np.float32)
    scores = model.scores(features, ["李四到上海市开会。", "王思俊去了郑州市。"])
    assert scores.shape == (2, 9, 7) and np.isfinite(scores).all()
