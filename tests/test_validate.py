"""SHACL validation of what kg writes (ontologies/shapes.ttl, kg.store.validate)."""

from __future__ import annotations

import pytest
from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, PROV, RDF, RDFS, SH

from kg.errors import InputError
from kg.knowledge.ontology import ACT, ACTOR_GRAPH, ART, EV, IR, load_relations
from kg.store.validate import Violation, format_violations, shapes_path, validate, validate_store

DECIMAL = URIRef("http://www.w3.org/2001/XMLSchema#decimal")
ARTICLE = ART["0123456789abcdef"]


def mention(graph: Graph, node: URIRef, **overrides) -> None:
    """A relation mention as the store writes it; overrides replace (None drops) properties."""
    props = {
        "subject": ACT.vladimir_putin,
        "relation": IR.talks_with,
        "object": ACT.xi_jinping,
        "factuality": IR.asserted,
        "confidence": Literal("0.9", datatype=DECIMAL),
        "sentence": Literal("Presiden Rusia Vladimir Putin mengadakan pembicaraan ..."),
        "sentenceIndex": Literal(4),
        "charStart": Literal(76),
        "charEnd": Literal(238),
    }
    props.update(overrides)
    graph.add((node, RDF.type, IR.RelationMention))
    graph.add((node, PROV.wasDerivedFrom, ARTICLE))
    for name, value in props.items():
        if value is not None:
            graph.add((node, IR[name], value))


def article_dataset() -> Dataset:
    ds = Dataset()
    g = ds.graph(ARTICLE)
    g.add((ARTICLE, RDF.type, IR.Article))
    g.add((ARTICLE, RDF.type, PROV.Entity))
    g.add((ARTICLE, IR.sha256, Literal("0123456789abcdef" * 4)))
    g.add((ARTICLE, DCTERMS.language, Literal("id")))
    g.add((ARTICLE, IR.sentenceCount, Literal(24)))
    mention(g, EV.good)
    actors = ds.graph(ACTOR_GRAPH)
    for actor, label in [(ACT.vladimir_putin, "Vladimir Putin"), (ACT.xi_jinping, "Xi Jinping")]:
        actors.add((actor, RDF.type, IR.Person))
        actors.add((actor, RDFS.label, Literal(label, lang="en")))
    actors.add((ACT.russia, RDF.type, IR.State))
    actors.add((ACT.russia, RDFS.label, Literal("Russia", lang="en")))
    actors.add((ACT.russia, IR.iso3, Literal("RUS")))
    return ds


def test_a_valid_dataset_has_no_violations():
    ds = article_dataset()
    assert validate(ds) == []
    assert format_violations([]) == []


def test_a_broken_mention_reports_each_problem():
    ds = article_dataset()
    mention(
        ds.graph(ARTICLE),
        EV.bad,
        subject=None,
        confidence=Literal("1.7", datatype=DECIMAL),
        factuality=IR._NS["maybe"],
    )
    problems = validate(ds)
    assert {(v.focus, v.path) for v in problems} == {
        ("ev:bad", "ir:subject"),
        ("ev:bad", "ir:confidence"),
        ("ev:bad", "ir:factuality"),
    }
    lines = format_violations(problems)
    assert len(lines) == 3
    assert any("subject" in line and line.startswith("ev:bad") for line in lines)
    assert any("from 0 to 1" in line and "1.7" in line for line in lines)
    assert any(
        "asserted, negated, future or reported" in line and "ir:maybe" in line for line in lines
    )


def test_unknown_relation_and_float_confidence_are_violations():
    ds = article_dataset()
    mention(
        ds.graph(ARTICLE),
        EV.odd,
        relation=IR._NS["talk_with"],
        confidence=Literal(0.5),  # a Python float becomes xsd:double, not xsd:decimal
    )
    paths = {v.path for v in validate(ds)}
    assert paths == {"ir:relation", "ir:confidence"}


def test_mention_without_article_and_article_without_hash():
    ds = article_dataset()
    g = ds.graph(ARTICLE)
    g.remove((ARTICLE, IR.sha256, None))
    g.add((EV.orphan, RDF.type, IR.RelationMention))
    problems = validate(ds)
    assert Violation in {type(v) for v in problems}
    assert ("art:0123456789abcdef", "ir:sha256") in {(v.focus, v.path) for v in problems}
    orphan = {v.path for v in problems if v.focus == "ev:orphan"}
    assert {"ir:subject", "ir:relation", "prov:wasDerivedFrom", "ir:sentence"} <= orphan


def test_actor_without_label_is_a_violation():
    ds = article_dataset()
    ds.graph(ACTOR_GRAPH).add((ACT.china, RDF.type, IR.State))
    problems = validate(ds)
    assert [(v.focus, v.path) for v in problems] == [("act:china", "rdfs:label")]
    assert "label" in format_violations(problems)[0]


def test_named_graphs_are_validated_as_one_union():
    # the article is typed in its own graph, the mention sits in another: still valid
    ds = article_dataset()
    mention(ds.graph(ART["fedcba9876543210"]), EV.elsewhere)
    assert validate(ds) == []


@pytest.mark.filterwarnings("ignore::DeprecationWarning")  # rdflib's own TriG serializer
def test_plain_graph_pyoxigraph_store_and_store_objects_are_accepted():
    pyoxigraph = pytest.importorskip("pyoxigraph")
    ds = article_dataset()
    flat = Graph()
    for s, p, o, _ in ds.quads((None, None, None, None)):
        flat.add((s, p, o))
    assert validate(flat) == []

    store = pyoxigraph.Store()
    store.load(ds.serialize(format="trig").encode(), format=pyoxigraph.RdfFormat.TRIG)
    assert validate(store) == []

    class FakeStore:
        dataset = ds

    assert validate_store(FakeStore()) == []
    with pytest.raises(InputError, match="rdflib Dataset or pyoxigraph Store"):
        validate_store(object())
    with pytest.raises(InputError, match="rdflib Graph or Dataset"):
        validate("not a graph")


def test_shapes_list_exactly_the_relations_of_the_ontology():
    shapes = Graph().parse(shapes_path(), format="turtle")
    prop = next(n for n in shapes.subjects(SH.path, IR.relation))
    listed = {str(t) for t in shapes.items(shapes.value(prop, SH["in"]))}
    assert listed == {str(IR._NS[name]) for name in load_relations()}
