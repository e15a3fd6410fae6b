"""kg: Chinese news text in, a knowledge graph out.

Examples:
    >>> import kg
    >>> g = kg.build("本报讯(记者 王思俊 通讯员 姜璞)管城区构建疫情群防群控网。")
    >>> g.graph.number_of_nodes()
    4
"""
from .errors import InputError, KgError, QueryError
from .graph import Fact, KnowledgeGraph
from .model import Article, Document, Entity, Evidence, Mention, Relation, Sentence
from .pipeline import build

__version__ = "0.1.0"
__all__ = [
    "build",
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
    "KgError",
]
