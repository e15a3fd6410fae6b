"""kg: Chinese news text in, a knowledge graph out.

Examples:
    >>> import kg
    >>> g = kg.build("本报讯(记者 王思俊 通讯员 姜璞)管城区构建疫情群防群控网。")
    >>> sorted(e.name for e in g.entities.values())  # 管城区 is 管城回族区, in 郑州市, in 河南省
    ['姜璞', '河南省', '王思俊', '管城回族区', '郑州市']
"""
from typing import TYPE_CHECKING

from .errors import InputError, InputTypeError, KgError, OutputError, QueryError

if TYPE_CHECKING:
    from .graph import Fact, KnowledgeGraph
    from .model import Article, Document, Entity, Evidence, Mention, Relation, Sentence
    from .pipeline import build
    from .store import StoredGraph, open_graph

# imported on first use, so that `kg query` and `kg stats` start without the extractors' models
_LAZY = {"build": "pipeline", "KnowledgeGraph": "graph", "Fact": "graph", "open_graph": "store", "StoredGraph": "store",
         **dict.fromkeys(("Article", "Document", "Entity", "Evidence", "Mention", "Relation", "Sentence"), "model")}


def __getattr__(name: str):
    if name in _LAZY:
        import importlib

        value = getattr(importlib.import_module(f".{_LAZY[name]}", __name__), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'kg' has no attribute {name!r}")

__version__ = "0.1.0"
__all__ = [
    "build",
    "open_graph",
    "StoredGraph",
    "KnowledgeGraph",
    "Fact",
    "Document",
    "Article",
    "Sentence",
    "Mention",
    "Entity",
    "Evidence",
    "Relation",
    "InputError",
    "QueryError",
    "OutputError",
    "InputTypeError",
    "KgError",
]
