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
    header = lines[0].split("\t")
    assert header[:5] == ["EventID", "Date", "Year", "Month", "Day"]  # Phoenix's order
    assert header[5:17] == [
        *("SourceActorFull", "SourceActorEntity", "SourceActorRole", "SourceActorAttribute"),
        *("TargetActorFull", "TargetActorEntity", "TargetActorRole", "TargetActorAttribute"),
        *("EventCode", "EventRootCode", "QuadClass", "GoldsteinScore"),
    ]
    assert header[23:] == [
        *("SentenceID", "URLs", "NewsSources", "Factuality", "Relation", "Source", "Target"),
        *("Article", "Sentence"),
    ]
    rows = [dict(zip(header, line.split("\t"))) for line in lines[1:]]
    assert rows and all(len(line.split("\t")) == len(header) for line in lines)
    assert all(r["Factuality"] != "negated" for r in rows)
    by_pair = {(r["SourceActorFull"], r["TargetActorFull"], r["EventCode"]) for r in rows}
    # Putin talks with Xi, both in office: a symmetric relation gives both directions
    assert {("RUSGOV", "CHNGOV", "040"), ("CHNGOV", "RUSGOV", "040")} <= by_pair
    talks = [r for r in rows if r["Relation"] == "talks_with"]
    assert {r["EventID"][-2:] == "-r" for r in talks} == {True, False}
    putin = next(r for r in talks if r["SourceActorFull"] == "RUSGOV")
    assert (putin["Date"], putin["Year"], putin["Month"], putin["Day"]) == (
        "20211215", "2021", "12", "15"
    )  # fmt: skip
    assert (putin["SourceActorEntity"], putin["SourceActorRole"]) == ("RUS", "GOV")
    assert (putin["EventRootCode"], putin["QuadClass"], putin["GoldsteinScore"]) == ("04", "1", "1")
    assert putin["URLs"] == CORPUS[0][0].url and putin["NewsSources"] == "example.org"
    assert putin["Source"] == "Vladimir Putin" and putin["SentenceID"].endswith("_0")
    sanctions = load_relations()["sanctions"].cameo_code
    assert ("USA", "RUS", sanctions) in by_pair  # a state's own code; directed: one row
    assert ("RUS", "USA", sanctions) not in by_pair
    aukus = next(
        r for r in rows if r["SourceActorFull"] == "RUS" and r["TargetActorFull"] == "IGOAUKUS"
    )
    assert (aukus["TargetActorEntity"], aukus["TargetActorAttribute"]) == ("IGO", "AUKUS")


def test_cameo_actor_codes(actors):
    from kg.code import ActorCodes

    codes = ActorCodes(actors)
    day = dt.date(2021, 12, 15)
    assert codes("russia", day) == "RUS"
    assert codes("vladimir_putin", day) == "RUSGOV"  # in office on the day
    assert codes("boris_johnson", dt.date(2024, 1, 1)) == "GBRELI"  # a former leader: elite
    assert codes("boris_johnson", dt.date(1990, 1, 1)) == "GBR"  # before any office: his state
    assert codes("united_nations", day) == "IGOUNO" and codes("nato", day) == "IGOWSTNAT"
    assert codes("global_south", day) == "GLOBAL_SOUTH"  # no CAMEO or Phoenix code: the id
    assert codes("nobody_known", day) == ""
    # a state whose ISO code is a user-assigned X-code takes the event-data code (Kosovo: XKX
    # in ISO's user range, KSV in CAMEO and Phoenix)
    assert codes("kosovo", day) == "KSV"


def test_plover_export(store):
    records = [json.loads(line) for line in dump(store, "plover").decode().splitlines()]
    assert records
    talk = next(r for r in records if r["relation"] == "talks_with")
    assert talk["event_type"] == "CONSULT" and talk["quad_code"] == 1
    assert talk["event_date"] == "2021-12-15" and talk["reciprocal"] is True
    assert (talk["actor_name"], talk["actor_country"], talk["actor_code"]) == (
        "Vladimir Putin", "RUS", "RUSGOV"
    )  # fmt: skip
    assert talk["actor_sector"] == "GOV" and talk["actor_wikidata"].startswith("Q")
    assert (talk["recipient_name"], talk["recipient_country"]) == ("Xi Jinping", "CHN")
    assert talk["story_id"] == CORPUS[0][0].id and talk["url"] == CORPUS[0][0].url
    assert talk["text"].startswith("Presiden Rusia Vladimir Putin") and talk["coder"].startswith(
        "kg "
    )
    assert talk["cameo_code"] == "040" and talk["goldstein"] == 1.0 and talk["mode"] is None
    assert all(r["event_type"] and r["factuality"] != "negated" for r in records)
    assert not [r for r in records if r["relation"] in ("makes_statement", "briefs", "member_of")]
    sanction = next(r for r in records if r["relation"] == "sanctions")
    assert sanction["event_type"] == "SANCTION" and sanction["reciprocal"] is False


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
        "plover",
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


def test_full_cameo_codes_reach_the_exports(tmp_path, actors):
    """A relation instance coded finer than its relation (073 humanitarian aid under `aids`,
    070) keeps its code in RDF (ir:eventCode), and the CAMEO and PLOVER rows follow the code:
    its quad class, Goldstein score (GDELT's table) and PLOVER type."""
    from kg.records import Article, Triple

    article = Article(
        text="Japan provided humanitarian aid to Turkey. Japan criticized Turkey.",
        title="aid", url="https://example.org/aid", date=dt.date(2023, 2, 10), lang="en",
        source="aid.txt",
    )  # fmt: skip
    triples = [
        Triple("japan", "aids", "turkey", "asserted", 0.9, "verb:provide", "Japan provided "
               "humanitarian aid to Turkey.", 0, 0, 42, dt.date(2023, 2, 10), cameo="073"),
        Triple("japan", "criticizes", "turkey", "asserted", 0.9, "verb:criticize",
               "Japan criticized Turkey.", 1, 43, 67, dt.date(2023, 2, 10)),
    ]  # fmt: skip
    with Store.open(tmp_path / "store") as st:
        st.add_article(article, triples, actors)
        graph = rdflib.Graph().parse(data=dump(st, "nt"), format="nt")
        ir = "https://w3id.org/kg/ir#"
        codes = {str(o) for o in graph.objects(None, rdflib.URIRef(ir + "eventCode"))}
        assert codes == {"073"}  # the instance without a code of its own has none
        lines = dump(st, "cameo").decode().splitlines()
        header = lines[0].split("\t")
        rows = {r["Relation"]: r for r in (dict(zip(header, ln.split("\t"))) for ln in lines[1:])}
        aid = rows["aids"]
        assert (aid["EventCode"], aid["EventRootCode"], aid["QuadClass"], aid["GoldsteinScore"]) == (
            "073", "07", "2", "7.4"
        )  # fmt: skip
        crit = rows["criticizes"]  # the relation's own code and scores
        assert (crit["EventCode"], crit["QuadClass"], crit["GoldsteinScore"]) == ("111", "3", "-2")
        plover = {
            r["relation"]: r for r in map(json.loads, dump(st, "plover").decode().splitlines())
        }
        assert (plover["aids"]["event_type"], plover["aids"]["cameo_code"]) == ("AID", "073")
        assert plover["aids"]["goldstein"] == 7.4
