"""JSON-LD: a schema.org NewsArticle that an RDF processor (rdflib) reads, offline."""

from __future__ import annotations

import json
from typing import Any

import pytest
import rdflib
from rdflib.namespace import RDF
from rdflib.query import ResultRow

from khabar_formats.jsonld import render_jsonld
from khabar_formats.sample import sample_article

# rdflib's JSON-LD parser builds a ConjunctiveGraph internally, which rdflib 7.1+ deprecates
pytestmark = pytest.mark.filterwarnings("ignore:ConjunctiveGraph is deprecated:DeprecationWarning")

SCHEMA = rdflib.Namespace("http://schema.org/")
LOCAL_CONTEXT = {"@vocab": "http://schema.org/"}
"""schema.org's context maps every term into its vocabulary; no network here, so inline it."""


def _graph(document: dict[str, Any]) -> rdflib.Graph:
    assert document["@context"] == "https://schema.org"
    offline = {**document, "@context": LOCAL_CONTEXT}
    return rdflib.Graph().parse(data=json.dumps(offline), format="json-ld")


def test_news_article_reads_as_rdf() -> None:
    document = json.loads(render_jsonld([sample_article()])[".jsonld"])
    graph = _graph(document)
    (article,) = graph.subjects(RDF.type, SCHEMA.NewsArticle)
    assert str(graph.value(article, SCHEMA.headline)) == "المقداد: المحادثات مع الأردن إيجابية"
    assert str(graph.value(article, SCHEMA.dateline)) == "دمشق-سانا"
    body = str(graph.value(article, SCHEMA.articleBody))
    assert body.startswith("قال وزير الخارجية فيصل المقداد")
    assert "تابعونا" not in body
    mentioned = {
        (
            str(graph.value(node, RDF.type)).removeprefix(str(SCHEMA)),
            str(graph.value(node, SCHEMA.name)),
        )
        for node in graph.objects(article, SCHEMA.mentions)
    }
    assert mentioned == {
        ("Person", "فيصل المقداد"),
        ("Place", "الأردن"),
        ("Place", "دمشق"),
        ("Organization", "الأمم المتحدة"),
        ("Place", "عمان"),
    }


def test_quotations_name_their_creator() -> None:
    graph = _graph(json.loads(render_jsonld([sample_article()])[".jsonld"]))
    rows = graph.query(
        """
        PREFIX s: <http://schema.org/>
        SELECT ?text ?name WHERE {
            ?article a s:NewsArticle ; s:hasPart ?quote .
            ?quote a s:Quotation ; s:text ?text .
            OPTIONAL { ?quote s:creator ?speaker . ?speaker s:name ?name }
        }
        """
    )
    found = {
        (str(row[0]), None if row[1] is None else str(row[1]))
        for row in rows
        if isinstance(row, ResultRow)
    }
    assert found == {
        ("المحادثات مع الأردن إيجابية", "فيصل المقداد"),
        ("المحادثات مع الأردن كانت إيجابية", "فيصل المقداد"),
        ("التعاون مع الأمم المتحدة مستمر", "فيصل المقداد"),
        ("لقاءات ستعقد بعمان وبدمشق قريبا", None),
    }


def test_several_articles_form_a_graph() -> None:
    document = json.loads(
        render_jsonld([sample_article(), sample_article(article_id="b")])[".jsonld"]
    )
    assert [node["identifier"] for node in document["@graph"]] == ["sample", "b"]
    graph = _graph(document)
    assert len(set(graph.subjects(RDF.type, SCHEMA.NewsArticle))) == 2
    assert len(set(graph.subjects(RDF.type, SCHEMA.Person))) == 2
