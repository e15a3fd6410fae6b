"""No sentence the shipped recognizer was trained on is in a split that kg's figures are measured on.

The shipped model names its training files (``sources`` in ``kg/data/names.npz``, written by
``python -m kg.train``); each is compared with every test and report split in ../shared/eval,
sentence by sentence after Unicode NFKC folding (full-width digits and letters fold to ASCII:
the People's Daily copies in MSRA differ from the originals only there).
"""
from __future__ import annotations

import json
import unicodedata
from pathlib import Path

import numpy as np
import pytest

from kg.neural import MODEL
from tests.conftest import ROOT

EVAL = ROOT.parent / "shared" / "eval"
REPORTED = ("msra/test.jsonl", "peoples-daily/test.jsonl", "cluener/dev.jsonl")


def folded_sentences(path: Path) -> set[str]:
    with path.open(encoding="utf-8") as f:
        return {unicodedata.normalize("NFKC", json.loads(line)["text"]).strip() for line in f if line.strip()}


def test_folding_finds_a_sentence_copied_with_full_width_digits(tmp_path):
    train, test = tmp_path / "train.jsonl", tmp_path / "test.jsonl"
    train.write_text(json.dumps({"text": "１９９８年张三到北京。", "entities": []}, ensure_ascii=False) + "\n",
                     encoding="utf-8")
    test.write_text(json.dumps({"text": "1998年张三到北京。", "entities": []}, ensure_ascii=False) + "\n"
                    + json.dumps({"text": "李四在上海。", "entities": []}, ensure_ascii=False) + "\n", encoding="utf-8")
    assert folded_sentences(train) & folded_sentences(test) == {"1998年张三到北京。"}


def training_files() -> list[str]:
    with np.load(MODEL, allow_pickle=False) as w:
        assert "sources" in w, "names.npz does not name its training files: rebuild it with python -m kg.train"
        return sorted({s.rpartition("@")[0] for s in w["sources"].tolist()})


@pytest.mark.skipif(not EVAL.is_dir(), reason="../shared/eval (the public NER data) is not here")
def test_no_training_sentence_of_the_shipped_model_is_in_a_test_split():
    trained = training_files()
    assert trained and not set(trained) & set(REPORTED)
    tests = {name: folded_sentences(EVAL / name) for name in REPORTED}
    for name in trained:
        assert (EVAL / name).is_file(), f"training file {name} is not in ../shared/eval"
        train = folded_sentences(EVAL / name)
        for test_name, test in tests.items():
            shared = train & test
            assert not shared, f"{len(shared)} sentences of {name} are in {test_name}, e.g. {sorted(shared)[0]}"
