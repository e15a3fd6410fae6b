"""Shared fixtures: the example page, its gold annotation, and the graph built from it once; and the entities and
facts of a short text (:func:`graph`, :func:`names`, :func:`facts`), what the tests of constructions read."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

import kg

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "zhengzhou-daily-page.txt"
GOLD = ROOT / "tests" / "data" / "zhengzhou-daily-page.gold.json"


def graph(text: str) -> tuple[set[tuple[str, str]], set[tuple[str, str, str]]]:
    """The (type, name) of every entity and the (subject, predicate, object) of every named fact of a text's graph."""
    g = kg.build(text)
    return {(e.type, e.name) for e in g.entities.values()}, {(s, p, o) for s, p, o, _ in g.named_facts()}


def names(text: str, type_: str) -> set[str]:
    """The names of the entities of one type that a build of ``text`` finds."""
    return {e.name for e in kg.build(text=text).entities.values() if e.type == type_}


def facts(text: str) -> set[tuple[str, str, str]]:
    """(subject, predicate, object) by name of every fact between two entities."""
    g = kg.build(text=text)
    return {(g.entities[f.subject].name, f.predicate, g.entities[f.object].name) for f in g.facts
            if f.subject in g.entities and f.object in g.entities}


def headlines(text: str) -> list[str]:
    """The headlines of the articles kg finds in ``text``, in order."""
    return [a.headline for d in kg.build(text).documents for a in d.articles]


def credits(text: str) -> set[tuple[str, str]]:
    """The (author or contributor, name) credits of the articles kg finds in ``text``."""
    _, facts = graph(text)
    return {(p, o) for s, p, o in facts if s.startswith("article-")}


@pytest.fixture(scope="session")
def example_text() -> str:
    return EXAMPLE.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def gold() -> dict:
    return json.loads(GOLD.read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def example_graph():
    import kg

    return kg.build(EXAMPLE)


@pytest.fixture(scope="session")
def example_out(tmp_path_factory, example_graph) -> Path:
    """An output folder written by `kg build` for the example page."""
    from kg.cli import main

    out = tmp_path_factory.mktemp("out")
    assert main(["build", str(EXAMPLE), "-o", str(out), "-q"]) == 0
    return out
