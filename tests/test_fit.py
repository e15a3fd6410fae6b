"""LAC's encoder with a trained copy of its top layers (kg.tagger.tuned_encoder), and training in
two steps, python -m kg.train --prepare then python -m kg.fit (fit needs PyTorch, which only
training needs: skipped without it)."""
from __future__ import annotations

import json

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
    model = tuned_encoder(LacTagger.shared()._encoder, {1: tuple(w[f"gru1_{x}"] for x in "WRB")})
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
