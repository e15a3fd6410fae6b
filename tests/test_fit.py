"""LAC's encoder with a trained copy of its top layers (kg.tagger.tuned_encoder), and training in
two steps, python -m kg.train --prepare then python -m kg.fit (fit needs PyTorch, which only
training needs: skipped without it)."""
from __future__ import annotations

import json
import os

import numpy as np
import pytest

from kg.neural import NameModel
from kg.tagger import LacTagger, encoder_weights, tuned_encoder


class _Copy:
    """A model whose trained layers are LAC's own (what fit starts from)."""

    def __init__(self, layers):
        w = encoder_weights()
        self.encoder = {k: tuple(w[f"gru{k}_{x}"] for x in "WRB") for k in layers}


@pytest.mark.parametrize("layers", [(1,), (0, 1)])
def test_an_untrained_copy_of_the_top_layers_gives_lacs_own_states(layers):
    tagger = LacTagger.shared()
    texts = ["记者王思俊在郑州市采访。", "北京市海淀区的联想集团。"]
    plain = {tuple(b): (scores, states) for b, scores, states in tagger.run(texts)}
    copied = {tuple(b): (scores, states) for b, scores, states in tagger.run(texts, _Copy(layers))}
    assert plain.keys() == copied.keys()
    for key, (scores, states) in plain.items():
        assert np.allclose(copied[key][0], scores) and np.allclose(copied[key][1], states, atol=1e-5)


def test_the_copy_is_one_more_output_of_the_same_graph():
    w = encoder_weights()
    model = tuned_encoder(LacTagger.shared().encoder(), {1: tuple(w[f"gru1_{x}"] for x in "WRB")})
    assert [o.name for o in model.graph.output][-1] == "kg.tuned_states"
    assert sum(n.op_type == "GRU" for n in model.graph.node) == 3


def test_prepare_then_fit_writes_a_model_kg_runs(tmp_path):
    pytest.importorskip("torch")
    from kg.fit import main as fit_main
    from kg.train import main as train_main

    rows = [{"text": "记者王思俊在郑州市采访。", "entities": [{"start": 2, "end": 5, "type": "PER"},
                                                      {"start": 6, "end": 9, "type": "LOC"}]},
            {"text": "北京市海淀区的联想集团。", "entities": [{"start": 7, "end": 11, "type": "ORG"}]},
            {"text": "李四到上海市开会。", "entities": [{"start": 0, "end": 2, "type": "PER"}]}]
    data = tmp_path / "train.jsonl"
    data.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    assert train_main([f"{data}@news", "--prepare", str(tmp_path / "data.npz"), "--hold-out", "2"]) == 0
    out = tmp_path / "model" / "names.npz"
    assert fit_main([str(tmp_path / "data.npz"), "-o", str(out), "--epochs", "1", "--encoder-layers", "1"]) == 0
    assert out.with_name("lexicon.tsv").read_text(encoding="utf-8").count("\t") >= 1
    model = NameModel(out, None)
    assert sorted(model.encoder) == [1] and set(model.heads) == {"news"}
    names = LacTagger.shared().analyse(["记者王思俊在郑州市采访。"], ("news",), model)[0].names
    assert set(names) == {"news", "news:p"}


@pytest.mark.parametrize("layers", [0, 1, 2])
def test_what_fit_trains_is_what_kg_runs(tmp_path, monkeypatch, layers):
    torch = pytest.importorskip("torch")
    import kg.fit
    from kg.neural import features, load_lexicon
    from kg.train import prepare

    texts = ["记者王思俊在郑州市采访。", "北京市海淀区的联想集团。", "李四到上海市开会。", "张三访问了南京市。"]
    data = tmp_path / "train.jsonl"
    data.write_text("".join(json.dumps({"text": t, "entities": []}, ensure_ascii=False) + "\n" for t in texts),
                    encoding="utf-8")
    prepare([str(data)], tmp_path / "data.npz")
    trained = {}
    write = kg.fit._write
    monkeypatch.setattr(kg.fit, "_write", lambda net, *a, **k: (trained.update(net=net), write(net, *a, **k)))
    out = tmp_path / "model" / "names.npz"
    kg.fit.fit(tmp_path / "data.npz", out, encoder_layers=layers, epochs=1, dropout=0.0, log=open(os.devnull, "w"))
    net = trained["net"].eval()
    d = dict(np.load(tmp_path / "data.npz"))
    n = int(d["text_off"][1])  # the first text, alone and padded as in a batch with a longer one
    marks = torch.zeros(1, n + 3, len(d["cues"]))
    pairs = d["cue_pairs"][: d["cue_off"][1]].astype(np.int64)
    marks[0, pairs[:, 0], pairs[:, 1]] = 1
    lac_ids = torch.zeros(1, n + 3, dtype=torch.long)
    lac_ids[0, :n] = torch.from_numpy(d["lac_ids"][:n].astype(np.int64))
    ids = torch.zeros(1, n + 3, dtype=torch.long)
    ids[0, :n] = torch.from_numpy(d["char_ids"][:n].astype(np.int64))
    mask = torch.zeros(1, n + 3)
    mask[0, :n] = 1
    with torch.no_grad():
        alone = net.scores(lac_ids[:, :n], ids[:, :n], marks[:, :n], "news", mask[:, :n]).numpy()
        padded = net.scores(lac_ids, ids, marks, "news", mask)[:, :n].numpy()
    model = NameModel(out, load_lexicon(out.with_name("lexicon.tsv")))
    (_, scores, states), = LacTagger.shared().run([texts[0]], model)
    ran = model.emissions(features(states, scores), [texts[0]], ("news",))["news"]
    assert np.allclose(alone, ran, atol=1e-4) and np.allclose(padded, alone, atol=1e-4)
