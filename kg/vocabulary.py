"""The namespaces of the graph's vocabularies, by their usual prefixes, as plain strings.

:mod:`kg.rdf` makes its rdflib namespaces from these; the readers (``kg query``,
``kg stats``) declare them in every query without importing rdflib, so they start fast.

Examples:
    >>> PREFIXES["schema"], PREFIXES["kg"]
    ('https://schema.org/', 'https://w3id.org/kg-zh/ontology#')
"""
from __future__ import annotations

KG = "https://w3id.org/kg-zh/ontology#"
ID = "https://w3id.org/kg-zh/id/"
OA = "http://www.w3.org/ns/oa#"

PREFIXES = {
    "schema": "https://schema.org/",
    "kg": KG,
    "kgid": ID,
    "oa": OA,
    "prov": "http://www.w3.org/ns/prov#",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
}
