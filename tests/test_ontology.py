"""The relation ontology (ontologies/ir.ttl) and its closed namespace kg.knowledge.ontology.IR."""

from __future__ import annotations

import pytest
from rdflib import Graph, URIRef
from rdflib.namespace import OWL, RDF

from kg.errors import NotFoundError
from kg.knowledge.ontology import IR, PREFIXES, Relation, load_relations, ontology_dir, relation

REQUIRED = {
    "talks_with", "meets", "visits", "cooperates_with", "supports", "allies_with",
    "signs_agreement_with", "trades_with", "praises", "criticizes", "accuses", "opposes",
    "warns", "threatens", "sanctions", "boycotts", "attacks", "negotiates_with", "requests",
    "rejects", "invites", "congratulates", "aids", "member_of", "leader_of", "official_of",
    "chairs", "applies_to_join", "briefs", "summons", "occupies", "blockades",
    "sends_troops_to", "violates_sovereignty_of",
}  # fmt: skip
SYMMETRIC = {
    "talks_with", "meets", "cooperates_with", "allies_with", "trades_with",
    "negotiates_with", "signs_agreement_with", "fights",
}  # fmt: skip
STRUCTURAL = {"member_of", "leader_of", "official_of"}
PLOVER = {
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
}  # fmt: skip
NS = "https://w3id.org/kg/ir#"


@pytest.fixture(scope="module")
def ir_graph() -> Graph:
    return Graph().parse(ontology_dir() / "ir.ttl", format="turtle")


def test_closed_namespace_lists_exactly_the_terms_of_ir_ttl(ir_graph):
    in_file = {str(s)[len(NS) :] for s in ir_graph.subjects() if str(s).startswith(NS)}
    in_class = set(IR.__annotations__)
    assert in_file - in_class == set(), "terms in ir.ttl missing from kg.knowledge.ontology.IR"
    assert in_class - in_file == set(), "terms in kg.knowledge.ontology.IR not defined in ir.ttl"


def test_every_ir_term_used_in_the_file_is_defined(ir_graph):
    used = {str(t) for triple in ir_graph for t in triple if str(t).startswith(NS)}
    assert {u[len(NS) :] for u in used} <= set(IR.__annotations__)


def test_namespace_is_closed():
    assert IR.talks_with == URIRef(NS + "talks_with")
    assert IR.object == URIRef(NS + "object")
    with pytest.raises(AttributeError):
        IR.talk_with  # noqa: B018


def test_prefixes_and_open_namespaces():
    assert PREFIXES["ir"] == NS
    assert PREFIXES["act"] == "https://w3id.org/kg/actor/"
    assert PREFIXES["art"] == "https://w3id.org/kg/article/"
    assert PREFIXES["ev"] == "https://w3id.org/kg/event/"
    assert PREFIXES["sem"] == "http://semanticweb.cs.vu.nl/2009/11/sem/"
    assert PREFIXES["prov"] == "http://www.w3.org/ns/prov#"
    assert PREFIXES["wd"] == "http://www.wikidata.org/entity/"


def test_ontology_dir_holds_the_shipped_files():
    folder = ontology_dir()
    assert (folder / "ir.ttl").is_file()
    assert (folder / "shapes.ttl").is_file()
    assert (folder / "lexicon" / "id.tsv").is_file()


def test_required_relations_exist():
    assert set(load_relations()) >= REQUIRED


def test_every_relation_is_an_object_property_with_labels_and_polarity(ir_graph):
    for name, rel in load_relations().items():
        assert (URIRef(NS + name), RDF.type, OWL.ObjectProperty) in ir_graph
        assert rel.label_en and rel.label_id, name
        assert rel.polarity in ("cooperative", "conflictual", "neutral"), name


def test_event_relations_have_cameo_quad_and_goldstein():
    for name, rel in load_relations().items():
        if rel.structural:
            continue
        assert rel.cameo_root and len(rel.cameo_root) == 2, name
        assert rel.cameo_code and rel.cameo_code.startswith(rel.cameo_root), name
        root = int(rel.cameo_root)
        expected_quad = 1 if root <= 5 else 2 if root <= 8 else 3 if root <= 13 else 4
        assert rel.quad_class == expected_quad, name
        assert rel.goldstein is not None and -10 <= rel.goldstein <= 10, name
        assert rel.plover is None or rel.plover in PLOVER, name
        if rel.polarity == "cooperative":
            assert rel.goldstein > 0, name
        elif rel.polarity == "conflictual":
            assert rel.goldstein < 0, name


def test_structural_relations_are_neutral_without_cameo():
    rels = load_relations()
    assert {n for n, r in rels.items() if r.structural} == STRUCTURAL
    for name in STRUCTURAL:
        rel = rels[name]
        assert rel.polarity == "neutral"
        assert (rel.cameo_root, rel.cameo_code, rel.quad_class, rel.goldstein) == (None,) * 4


def test_all_twenty_cameo_roots_are_covered():
    roots = {r.cameo_root for r in load_relations().values() if r.cameo_root}
    assert roots == {f"{i:02d}" for i in range(1, 21)}


def test_symmetric_relations_are_exactly_the_reciprocal_ones():
    assert {n for n, r in load_relations().items() if r.symmetric} == SYMMETRIC


@pytest.mark.parametrize(
    ("name", "code", "goldstein", "plover"),
    [
        ("talks_with", "040", 1.0, "CONSULT"),
        ("signs_agreement_with", "057", 8.0, "AGREE"),
        ("sanctions", "163", -8.0, "SANCTION"),
        ("threatens", "130", -4.4, "THREATEN"),
        ("attacks", "190", -10.0, "ASSAULT"),
        ("occupies", "192", -9.5, "ASSAULT"),
        ("blockades", "191", -9.5, "ASSAULT"),
        ("summons", "114", -2.4, "ACCUSE"),
        ("sends_troops_to", "154", -7.2, "MOBILIZE"),
        ("violates_sovereignty_of", "150", -7.2, "MOBILIZE"),
        ("applies_to_join", "020", 3.0, "REQUEST"),
        ("chairs", "040", 1.0, "CONSULT"),
        ("briefs", "010", 0.0, None),
    ],
)
def test_known_cameo_codes_and_goldstein_scores(name, code, goldstein, plover):
    rel = relation(name)
    assert (rel.cameo_code, rel.goldstein, rel.plover) == (code, goldstein, plover)


def test_relation_lookup_and_close_matches():
    rel = relation("talks_with")
    assert isinstance(rel, Relation)
    assert rel.iri == IR.talks_with
    assert rel.label_id == "berbicara dengan"
    with pytest.raises(NotFoundError, match="talks_with"):
        relation("talk_with")
    with pytest.raises(NotFoundError, match="ir.ttl"):
        relation("zzzz")


def test_offices_factualities_and_polarities_are_typed(ir_graph):
    offices = set(ir_graph.subjects(RDF.type, IR.Office))
    assert {IR.President, IR.PrimeMinister, IR.ForeignMinister, IR.Official, IR.Leader} <= offices
    assert set(ir_graph.subjects(RDF.type, IR.Factuality)) == {
        IR.asserted,
        IR.negated,
        IR.future,
        IR.reported,
    }
    assert set(ir_graph.subjects(RDF.type, IR.Polarity)) == {
        IR.cooperative,
        IR.conflictual,
        IR.neutral,
    }
