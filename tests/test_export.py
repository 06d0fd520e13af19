"""Exports (kg.export): every format parses back, Turtle holds exactly the store's triple
count, filters select events, `kg triples` and `kg stats` text."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json

import networkx as nx
import pytest
import rdflib
from store_cases import ALL_INSTANCES, CORPUS, DEFAULT_INSTANCES, fill, oxigraph_server

from kg.errors import NotFoundError, UsageError
from kg.export import FORMATS, export, format_stats, format_triples
from kg.knowledge.actors import load_actors
from kg.knowledge.ontology import load_relations
from kg.store import META_GRAPH, Store


@pytest.fixture(scope="module")
def actors():
    return load_actors()


@pytest.fixture(scope="module")
def store(tmp_path_factory, actors):
    with Store.open(tmp_path_factory.mktemp("export") / "store") as st:
        fill(st, actors)
        yield st


#: everything the store holds: every factuality and the ontology graph (the defaults leave
#: future and negated events and the ontology out, as `kg triples` and the analytics do)
FULL = {"factualities": ("asserted", "reported", "negated", "future"), "ontology": True}


def dump(store, fmt, **filters) -> bytes:
    buf = io.BytesIO()
    export(store, fmt, buf, **filters)
    return buf.getvalue()


@pytest.mark.parametrize("fmt", ["turtle", "nt"])
def test_a_turtle_export_holds_exactly_the_store_triple_count(store, fmt):
    data = dump(store, fmt, **FULL)
    graph = rdflib.Graph().parse(data=data, format="turtle" if fmt == "turtle" else "nt")
    assert len(graph) == store.stats()["triples"]
    assert META_GRAPH.encode() not in data
    if fmt == "turtle":
        assert b"@prefix act: <https://w3id.org/kg/actor/> ." in data
        assert b"act:vladimir_putin ir:talks_with act:xi_jinping ." in data


def test_exports_from_an_oxigraph_server_match_the_embedded_store(store, tmp_path, actors):
    with oxigraph_server(tmp_path / "server") as url, Store.open(url) as remote:
        fill(remote, actors)
        graph = rdflib.Graph().parse(data=dump(remote, "turtle", **FULL), format="turtle")
        assert len(graph) == remote.stats()["triples"] == store.stats()["triples"]
        assert dump(remote, "csv") == dump(store, "csv")
        ours, theirs = rdflib.Dataset(), rdflib.Dataset()
        ours.parse(data=dump(store, "nquads"), format="nquads")
        theirs.parse(data=dump(remote, "nquads"), format="nquads")
        assert set(ours.quads((None, None, None, None))) == set(
            theirs.quads((None, None, None, None))
        )


@pytest.mark.parametrize(
    "fmt,parser", [("nquads", "nquads"), ("trig", "trig"), ("jsonld", "json-ld")]
)
def test_dataset_exports_keep_the_graphs(store, fmt, parser):
    ds = rdflib.Dataset()
    ds.parse(data=dump(store, fmt, **FULL), format=parser)
    names = {str(g.identifier) for g in ds.graphs()}
    assert {f"https://w3id.org/kg/article/{a.id}" for a, _ in CORPUS} <= names
    assert "https://w3id.org/kg/graph/actors" in names and META_GRAPH not in names
    expected = store.query(
        f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH ?g {{ ?s ?p ?o }} FILTER(?g != <{META_GRAPH}>) }}"
    )
    assert len(list(ds.quads((None, None, None, None)))) == int(expected.dicts()[0]["n"])


def test_graph_exports(store, tmp_path):
    for fmt, read in (("graphml", nx.read_graphml), ("gexf", nx.read_gexf)):
        path = tmp_path / f"g.{fmt}"
        export(store, fmt, path, factualities=FULL["factualities"])
        graph = read(path)
        assert graph.nodes["russia"]["label"] == "Russia"
        edges = [d for _, _, d in graph.edges(data=True)]
        assert sum(int(d["count"]) for d in edges) == ALL_INSTANCES
        opposes = [d for u, v, d in graph.edges(data=True) if (u, v) == ("russia", "aukus")]
        assert opposes[0]["relation"] == "opposes" and opposes[0]["polarity"] == "conflictual"


def test_csv_export_has_every_instance(store):
    rows = list(csv.DictReader(io.StringIO(dump(store, "csv", **FULL).decode())))
    assert len(rows) == ALL_INSTANCES
    assert {r["factuality"] for r in rows} == {"asserted", "reported", "negated", "future"}
    putin = next(
        r for r in rows if r["relation"] == "talks_with" and r["subject"] == "vladimir_putin"
    )
    assert putin["url"] == CORPUS[0][0].url and putin["subject_label"] == "Vladimir Putin"


def test_cameo_export(store):
    lines = dump(store, "cameo").decode().splitlines()
    assert lines[0].split("\t") == (
        [
            "date",
            "source_code",
            "target_code",
            "cameo_code",
            "quad",
            "goldstein",
            "factuality",
            "article",
            "sentence",
        ]
    )
    rows = [line.split("\t") for line in lines[1:]]
    assert all(r[6] != "negated" for r in rows)
    by_pair = {(r[1], r[2], r[3]) for r in rows}
    assert ("RUSGOV", "CHNGOV", "040") in by_pair  # Putin talks with Xi: both in office
    sanctions = load_relations()["sanctions"].cameo_code
    assert ("USA", "RUS", sanctions) in by_pair  # a state's own code
    assert any(r[1] == "RUS" and r[2] == "IGOAUKUS" for r in rows)


def test_the_default_export_leaves_out_future_negated_and_the_ontology(store):
    graph = rdflib.Graph().parse(data=dump(store, "turtle"), format="turtle")
    ir = rdflib.Namespace("https://w3id.org/kg/ir#")
    facts = {str(f).rsplit("#", 1)[-1] for f in graph.objects(None, ir.factuality)}
    assert facts == {"asserted", "reported"}
    assert (ir.talks_with, ir.goldstein, None) not in graph  # no ontology graph
    full = rdflib.Graph().parse(data=dump(store, "turtle", **FULL), format="turtle")
    assert len(full) > len(graph) and (ir.talks_with, ir.goldstein, None) in full
    rows = list(csv.DictReader(io.StringIO(dump(store, "csv").decode())))
    assert {r["factuality"] for r in rows} == {"asserted", "reported"}


def test_filters_select_events(store):
    since = dt.date(2022, 1, 1)
    rows = list(csv.DictReader(io.StringIO(dump(store, "csv", since=since).decode())))
    assert rows and all(r["date"] >= "2022-01-01" for r in rows)
    graph = rdflib.Graph().parse(data=dump(store, "turtle", since=since), format="turtle")
    ir = rdflib.Namespace("https://w3id.org/kg/ir#")
    events = set(graph.subjects(ir.factuality, None))
    assert len(events) == len(rows)
    act = rdflib.Namespace("https://w3id.org/kg/actor/")
    assert (act.united_states, ir.sanctions, act.russia) in graph
    assert (act.vladimir_putin, ir.talks_with, act.xi_jinping) not in graph
    assert (act.russia, rdflib.RDFS.label, rdflib.Literal("Russia", lang="en")) in graph
    only = list(csv.DictReader(io.StringIO(dump(store, "csv", actor="AUKUS").decode())))
    assert {r["object"] for r in only} == {"aukus"}
    with pytest.raises(NotFoundError):
        dump(store, "csv", actor="Atlantis")
    with pytest.raises(UsageError):
        dump(store, "xml")
    assert set(FORMATS) >= {
        "turtle",
        "nt",
        "nquads",
        "trig",
        "jsonld",
        "graphml",
        "gexf",
        "csv",
        "cameo",
    }


def test_triples_text(store):
    tsv = format_triples(store, "tsv").splitlines()
    assert tsv[0].split("\t")[:8] == [
        "subject",
        "relation",
        "object",
        "date",
        "factuality",
        "confidence",
        "article",
        "sentence",
    ]
    assert len(tsv) == 1 + DEFAULT_INSTANCES
    putin = next(line.split("\t") for line in tsv if line.startswith("Vladimir Putin\ttalks_with"))
    assert putin[2] == "Xi Jinping" and putin[3] == "2021-12-15" and putin[5] == "0.9"
    every = json.loads(
        format_triples(store, "json", factualities=("asserted", "reported", "negated", "future"))
    )
    assert len(every) == ALL_INSTANCES
    assert len(list(csv.reader(io.StringIO(format_triples(store, "csv"))))) == 1 + DEFAULT_INSTANCES


def test_stats_text(store):
    text = format_stats(store.stats())
    assert "articles" in text and f"{len(CORPUS):>8}" in text.splitlines()[0]
    assert "relation instances by language:" in text


def test_an_nquads_export_loads_back(store):
    with Store.open("memory") as copy:
        copy.load(dump(store, "nquads", **FULL), "nquads")
        assert copy.stats()["triples"] == store.stats()["triples"]
        assert copy.relation_instances() == store.relation_instances()
