"""SPARQL through kg (kg.store.query): the query library on the embedded store and on a real
Oxigraph server, read-only by default, SERVICE refused, parameters bound as terms,
syntax errors with line and column, result formats."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from store_cases import CORPUS, fill, oxigraph_server

from kg.errors import KgError, QueryError, UsageError
from kg.knowledge.actors import load_actors
from kg.store import Store
from kg.store.results import format_result
from kg.store.sparql import analyse, bind, parse_params, term_for

QUERIES = Path(__file__).resolve().parent.parent / "examples" / "queries"
LIBRARY = sorted(QUERIES.glob("*.rq"))
PARAMS = {
    "actor_relations.rq": {"actor": "russia"},
    "triple_evidence.rq": {
        "subject": "Xi Jinping",
        "relation": "talks_with",
        "object": "vladimir putin",
    },
}
INJECTION = '"> } DROP ALL #'


@pytest.fixture(scope="module")
def actors():
    return load_actors()


@pytest.fixture(scope="module")
def embedded(tmp_path_factory, actors):
    with Store.open(tmp_path_factory.mktemp("embedded") / "store") as store:
        fill(store, actors)
        yield store


@pytest.fixture(scope="module")
def server(tmp_path_factory, actors):
    with oxigraph_server(tmp_path_factory.mktemp("server")) as url, Store.open(url) as store:
        fill(store, actors)
        yield store


@pytest.fixture(params=["embedded", "server"])
def store(request):
    return request.getfixturevalue(request.param)


def run(store: Store, name: str):
    return store.query((QUERIES / name).read_text(encoding="utf-8"), PARAMS.get(name))


def test_the_library_has_the_documented_queries():
    names = {p.name for p in LIBRARY}
    assert {
        "actor_relations.rq",
        "who_opposes_aukus.rq",
        "cooperative_pairs.rq",
        "relations_by_month.rq",
        "events_by_quad_class.rq",
        "triple_evidence.rq",
    } <= names
    for path in LIBRARY:
        head = path.read_text(encoding="utf-8").splitlines()[:3]
        assert all(line.startswith("#") for line in head), f"{path.name} needs a comment header"


@pytest.mark.parametrize("path", LIBRARY, ids=lambda p: p.name)
def test_each_library_query_answers_the_same_on_both_stores(path, embedded, server):
    ours, theirs = run(embedded, path.name), run(server, path.name)
    assert ours.kind == "select" and len(ours) > 0
    assert (ours.variables, ours.rows) == (theirs.variables, theirs.rows)


def test_library_answers(store):
    opposes = run(store, "who_opposes_aukus.rq").dicts()
    assert {(r["actor"], r["relation"]) for r in opposes} == {
        ("Russia", "opposes"),
        ("Indonesia", "criticizes"),
        ("China", "warns"),
    }
    russia = run(store, "actor_relations.rq").dicts()
    assert ("subject", "opposes", "AUKUS") in {
        (r["role"], r["relation"], r["other"]) for r in russia
    }
    assert ("object", "sanctions", "United States") in {
        (r["role"], r["relation"], r["other"]) for r in russia
    }
    quads = {r["quad"]: int(r["events"]) for r in run(store, "events_by_quad_class.rq").dicts()}
    assert quads == {
        "1": 6,
        "3": 4,
        "4": 1,
    }  # talks, cooperation, meeting, agreement | opposes, criticizes×2, warns | sanctions
    pairs = run(store, "cooperative_pairs.rq").dicts()
    assert (pairs[0]["a"], pairs[0]["b"], pairs[0]["mentions"]) == ("Australia", "Indonesia", "2")
    months = {(r["month"], r["relation"]) for r in run(store, "relations_by_month.rq").dicts()}
    assert ("2021-12", "talks_with") in months
    # a symmetric relation matches the evidence either way round
    evidence = run(store, "triple_evidence.rq").dicts()
    assert [e["url"] for e in evidence] == [CORPUS[0][0].url]


def test_every_triples_row_is_traced_to_its_article_and_sentence(store):
    query = (QUERIES / "triple_evidence.rq").read_text(encoding="utf-8")
    rows = store.relation_instances()
    assert rows
    for row in rows:
        params = {
            "subject": row["subject_label"],
            "relation": row["relation"],
            "object": row["object_label"],
        }
        evidence = store.query(query, params).dicts()
        assert (row["url"] or None, row["sentence"]) in {
            (e["url"], e["sentence"]) for e in evidence
        }


def test_an_update_needs_update(store):
    before = store.stats()
    for text in ("DROP ALL", "PREFIX x: <http://x/>\nINSERT DATA { x:a x:b x:c }", "clear all"):
        with pytest.raises(QueryError, match=r"^this is a SPARQL UPDATE; add --update to run it$"):
            store.query(text)
    assert store.stats() == before


def test_service_is_refused_unless_allowed(store):
    q = "SELECT * WHERE {\n  SERVICE <http://example.org/sparql> { ?s ?p ?o } }"
    with pytest.raises(QueryError, match="SERVICE .*line 2, column 3.*add --allow-service"):
        store.query(q)
    with pytest.raises(QueryError, match="LOAD"):
        store.query("LOAD <http://example.org/data.ttl>", update=True)
    # the word in a string, an IRI, a variable or a comment is not SERVICE
    ok = 'SELECT ?service WHERE { BIND("SERVICE" AS ?service) } # SERVICE <x>'
    assert store.query(ok).dicts() == [{"service": "SERVICE"}]


def test_a_parameter_is_matched_as_a_literal_and_changes_nothing(store):
    before, version = store.stats(), store.version()
    q = "SELECT ?a WHERE { ?a rdfs:label ?l . FILTER(STR(?l) = ?name) }"
    assert len(store.query(q, {"name": INJECTION})) == 0
    echo = store.query("SELECT ?name WHERE { }", {"name": INJECTION})
    assert echo.dicts() == [{"name": INJECTION}]
    assert store.query(q, {"name": "Russia"}).dicts() == [{"a": "https://w3id.org/kg/actor/russia"}]
    assert store.stats() == before and store.version() == version


def test_parameter_values_become_terms(store):
    q = "SELECT ?o WHERE { ?e ir:subject ?who ; ir:relation ir:sanctions ; ir:object ?o }"
    for value in ("act:united_states", "<https://w3id.org/kg/actor/united_states>"):
        assert store.query(q, {"who": value}).dicts() == [{"o": "https://w3id.org/kg/actor/russia"}]
    assert len(store.query(q, {"who": "united_states"})) == 0  # a literal, not an actor
    with pytest.raises(QueryError, match="not used in the query"):
        store.query(q, {"actor": "Russia"})
    many = store.query("SELECT ?x WHERE { }", {"x": ["a", "b"]})
    assert [r["x"] for r in many.dicts()] == ["a", "b"]


def test_malformed_queries_say_line_and_column(store):
    with pytest.raises(QueryError, match=r"^SPARQL syntax error at line 3, column \d+"):
        store.query("SELECT ?s\nWHERE {\n  ?s ?p ?o . FILTER( }")
    with pytest.raises(QueryError, match=r"line 2, column 8: unknown prefix 'foaf:'"):
        store.query("SELECT * WHERE {\n  ?s a foaf:Person }")
    with pytest.raises(QueryError, match="line 1"):
        store.query("SELEC * WHERE { ?s ?p ?o }")
    with pytest.raises(QueryError, match="syntax error"):
        store.query("SELECT ?x WHERE { ?x ?p ?o", {"x": "a"})


def test_updates_run_with_update(tmp_path, actors):
    with Store.open(tmp_path / "s") as st:
        fill(st, actors)
        version = st.version()
        result = st.query(
            "DELETE WHERE { GRAPH ?g { ?e ir:factuality ir:negated ; ?p ?o } }", update=True
        )
        assert result.kind == "update" and format_result(result) == "update applied\n"
        assert st.stats()["by_factuality"].get("negated") is None
        assert st.version() != version


def test_a_slow_query_is_stopped(embedded):
    slow = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"
    with pytest.raises(QueryError, match="longer than 0.2 s"):
        embedded.query(slow, timeout=0.2)


def test_result_formats(store):
    result = store.query(
        "SELECT ?actor ?label WHERE { ?actor rdfs:label ?label . FILTER(?actor IN (act:russia, act:aukus)) } ORDER BY ?label"
    )
    table = format_result(result, "table").splitlines()
    assert table[0].split() == ["actor", "label"]
    assert table[2].split() == ["act:aukus", "AUKUS"]
    assert list(csv.reader(io.StringIO(format_result(result, "csv")))) == [
        ["actor", "label"],
        ["https://w3id.org/kg/actor/aukus", "AUKUS"],
        ["https://w3id.org/kg/actor/russia", "Russia"],
    ]
    assert (
        format_result(result, "tsv").splitlines()[1]
        == '<https://w3id.org/kg/actor/aukus>\t"AUKUS"@en'
    )
    doc = json.loads(format_result(result, "json"))
    assert doc["head"]["vars"] == ["actor", "label"]
    assert doc["results"]["bindings"][1]["label"] == {
        "type": "literal",
        "value": "Russia",
        "xml:lang": "en",
    }
    ask = store.query("ASK { act:russia ir:opposes act:aukus }")
    assert format_result(ask, "table") == "true\n"
    assert json.loads(format_result(ask, "json")) == {"head": {}, "boolean": True}
    graph = store.query("CONSTRUCT { ?s ir:opposes ?o } WHERE { ?s ir:opposes ?o }")
    assert format_result(graph, "table").splitlines()[2].split() == [
        "act:russia",
        "ir:opposes",
        "act:aukus",
    ]
    with pytest.raises(UsageError):
        format_result(result, "xml")


def test_parse_params():
    assert parse_params(["actor=Russia", "x=a=b", "actor=China"]) == {
        "actor": ["Russia", "China"],
        "x": ["a=b"],
    }
    with pytest.raises(UsageError, match="NAME=VALUE"):
        parse_params(["no-equals"])
    assert str(term_for("act:russia")) == "<https://w3id.org/kg/actor/russia>"
    assert str(term_for("12:30")) == '"12:30"'
    assert analyse("PREFIX a: <x:>\n# SELECT\nINSERT DATA {}").is_update


def test_parameters_in_construct_and_ask():
    text = "CONSTRUCT { ?s ?p ?v } WHERE { ?s ?p ?v }"
    assert (
        " ".join(bind(text, {"v": "x"}).split())
        == 'CONSTRUCT { ?s ?p ?v } WHERE { VALUES ?v { "x" } ?s ?p ?v }'
    )
    with pytest.raises(QueryError, match="long form"):
        bind("CONSTRUCT WHERE { ?s ?p ?v }", {"v": "x"})
    assert (
        bind("ASK { ?s ?p ?v }", {"v": "<http://e/x>"})
        == "ASK { VALUES ?v { <http://e/x> } ?s ?p ?v }"
    )


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(value=st.text(max_size=40))
def test_any_parameter_value_is_bound_safely(embedded, value):
    try:
        result = embedded.query("SELECT ?v WHERE { }", {"v": value})
    except KgError:
        return  # kg's own one-line errors are fine; nothing else may escape
    [row] = result.rows
    if not (value.strip().startswith("<") or ":" in value):
        assert row[0].value == value


def test_remote_endpoints_keep_credentials_out_of_messages(monkeypatch):
    from kg.errors import StoreError
    from kg.store.endpoint import RemoteEndpoint

    ep = RemoteEndpoint("http://someone:s3cret@127.0.0.1:9/query?timeout=5")
    assert "s3cret" not in ep.shown and ep.query_url == "http://127.0.0.1:9/query?timeout=5"
    assert (ep.update_url, ep.store_url) == (
        "http://127.0.0.1:9/update",
        "http://127.0.0.1:9/store",
    )
    with pytest.raises(StoreError, match="cannot reach") as err:
        ep.update("CLEAR ALL")
    assert "s3cret" not in str(err.value) and "someone" not in str(err.value)
    env = {"KG_STORE_USER": "u", "KG_STORE_PASSWORD": "p"}
    other = RemoteEndpoint(
        "https://db.example.org/sparql?update=https://db.example.org/up&union=0", env
    )
    assert other._auth == "Basic dTpw" and not other.union
    assert other.update_url == "https://db.example.org/up"
    with pytest.raises(StoreError) as err:
        Store.open("http://someone:s3cret@127.0.0.1:9/query").stats()
    assert "s3cret" not in str(err.value)
