"""Graph projection and analytics on small hand-built relation rows with known answers."""

from __future__ import annotations

import itertools
import random
from datetime import date

import networkx as nx
import pytest

from kg.errors import NotFoundError, UsageError
from kg.graph.analysis import (
    allies,
    balance,
    blocs,
    central,
    find_node,
    format_balance,
    format_blocs,
    format_central,
    format_ties,
    rivals,
)
from kg.graph.project import project
from kg.graph.routes import edge_cost, format_paths, paths
from kg.graph.view import GraphView

RELATIONS = {
    "talks_with": {"polarity": "cooperative", "goldstein": 1.0},
    "cooperates_with": {"polarity": "cooperative", "goldstein": 6.0},
    "supports": {"polarity": "cooperative", "goldstein": None},
    "trades_with": {"polarity": "cooperative", "goldstein": 3.5},
    "criticizes": {"polarity": "conflictual", "goldstein": -2.0},
    "threatens": {"polarity": "conflictual", "goldstein": -5.0},
    "sanctions": {"polarity": "conflictual", "goldstein": None},
    "makes_statement": {"polarity": "neutral", "goldstein": 0.0},
    "member_of": {"polarity": "neutral", "goldstein": None, "structural": True},
    "leader_of": {"polarity": "neutral", "goldstein": None, "structural": True},
}
LABELS = {
    "vladimir_putin": ("Vladimir Putin", "Person"),
    "xi_jinping": ("Xi Jinping", "Person"),
    "joko_widodo": ("Joko Widodo", "Person"),
    "yuri_ushakov": ("Yuri Ushakov", "Person"),
    "joe_biden": ("Joe Biden", "Person"),
    "an_unknown_aide": ("An Unknown Aide", "Person"),
    "nato": ("NATO", "Alliance"),
}


def row(s, rel, o, d="2021-12-15", fact="asserted", conf=0.9, sentence=None, article="a1", **kw):
    (sl, st), (ol, ot) = (LABELS.get(x, (x.replace("_", " ").title(), "State")) for x in (s, o))
    return {
        "event": f"{s}|{rel}|{o}|{d}|{sentence}",
        "subject": s,
        "subject_label": sl,
        "subject_type": st,
        "relation": rel,
        "object": o,
        "object_label": ol,
        "object_type": ot,
        "date": date.fromisoformat(d) if d else None,
        "factuality": fact,
        "confidence": conf,
        "pattern": "test",
        "sentence": sentence or f"{sl} {rel} {ol} ({d}).",
        "speaker": None,
        "article": article,
        "url": f"https://news.example/{article}",
        "title": f"Title of {article}",
        "lang": "en",
        "source": "test",
    } | kw


def g(rows, **kw):
    return project(rows, relations=RELATIONS, **kw)


def test_edge_attributes_aggregate_both_directions():
    rows = [
        row("russia", "cooperates_with", "china", sentence="s1"),
        row("china", "cooperates_with", "russia", sentence="s2", d="2022-01-10"),
        row("china", "supports", "russia", sentence="s3"),  # no Goldstein: +1
        row("russia", "talks_with", "china", sentence="s1"),  # same sentence as s1: one evidence
        row("russia", "member_of", "china"),  # structural: never an edge
    ]
    G = g(rows)
    assert set(G.edges) == {("russia", "china")} or set(G.edges) == {("china", "russia")}
    e = G.edges["russia", "china"]
    assert e["counts"] == {"cooperates_with": 2, "supports": 1, "talks_with": 1}
    assert e["count"] == 4 and e["n_cooperative"] == 4
    assert e["goldstein"] == 13.0
    assert e["weight"] == 7.0  # words (CAMEO quad class 1) count half; supports has no score: +1
    assert e["polarity"] == "cooperative"
    assert e["last_date"] == date(2022, 1, 10) and e["first_date"] == date(2021, 12, 15)
    sentences = [ev["sentence"] for ev in e["evidence"]]
    assert sentences[0] == "s2" and sorted(sentences) == [
        "s1",
        "s2",
        "s3",
    ]  # most recent first, one per sentence
    assert G.nodes["russia"] == {"label": "Russia", "type": "State", "events": 4}


def test_polarity_mixed_and_neutral_and_evidence_capped():
    rows = [row("a", "talks_with", "b", sentence=f"t{i}") for i in range(4)]
    rows += [row("a", "criticizes", "b", sentence=f"c{i}") for i in range(2)]
    rows += [row("c", "makes_statement", "d")]
    G = g(rows)
    assert G.edges["a", "b"]["polarity"] == "mixed"  # +4 vs -4
    assert G.edges["a", "b"]["weight"] == 0.0
    assert len(G.edges["a", "b"]["evidence"]) == 5
    assert {ev["relation"] for ev in G.edges["a", "b"]["evidence"]} == {"talks_with", "criticizes"}
    assert G.edges["c", "d"]["polarity"] == "neutral"
    G2 = g(rows + [row("a", "talks_with", "b", sentence=f"x{i}") for i in range(4)])
    assert G2.edges["a", "b"]["polarity"] == "cooperative"  # +8 vs -4


def test_factuality_and_time_window_filters():
    rows = [
        row("a", "threatens", "b", fact="negated"),
        row("a", "talks_with", "c", fact="future"),
        row("a", "talks_with", "d", fact="reported", d="2020-01-01"),
        row("a", "talks_with", "e", d=None),
    ]
    assert set(g(rows).edges) == {("a", "d"), ("a", "e")}
    assert set(g(rows, factualities=("negated",)).edges) == {("a", "b")}
    windowed = g(rows, since="2019-06-01", until=date(2020, 6, 1))
    assert set(windowed.edges) == {("a", "d")}  # undated rows leave when a window is given
    assert set(g(rows, since="2021-01-01").edges) == set()
    with pytest.raises(UsageError, match="YYYY-MM-DD"):
        g(rows, since="last tuesday")


def test_state_level_rolls_persons_up_by_date():
    def state_of(actor, d):
        if actor == "vladimir_putin":
            return "russia"
        if actor == "joko_widodo" and d and date(2014, 10, 20) <= d <= date(2024, 10, 20):
            return "indonesia"
        return None

    rows = [
        row("vladimir_putin", "talks_with", "xi_jinping"),
        row("xi_jinping", "leader_of", "china"),  # structural: rolls Xi up (no state_of answer)
        row("joko_widodo", "talks_with", "vladimir_putin", d="2022-06-30"),
        row(
            "joko_widodo", "talks_with", "xi_jinping", d="2025-01-01"
        ),  # out of office: stays a person
        row("vladimir_putin", "talks_with", "russia"),  # self-loop after roll-up: dropped
        row("vladimir_putin", "criticizes", "nato"),  # organisations stay
    ]
    G = g(rows, level="state", state_of=state_of)
    assert set(map(frozenset, G.edges)) == {
        frozenset({"russia", "china"}),
        frozenset({"indonesia", "russia"}),
        frozenset({"joko_widodo", "china"}),
        frozenset({"russia", "nato"}),
    }
    assert G.nodes["russia"]["rolled_up"] == {"vladimir_putin": "Vladimir Putin"}
    assert G.nodes["china"]["type"] == "State" and G.nodes["china"]["label"] == "China"
    assert G.nodes["joko_widodo"]["type"] == "Person"
    assert find_node(G, "Xi Jinping", resolve=lambda t: "xi_jinping") == "china"
    actor_level = g(rows)
    assert {"vladimir_putin", "xi_jinping"} <= set(actor_level)


def test_directed_projection_keeps_subject_to_object():
    G = g([row("a", "sanctions", "b"), row("b", "criticizes", "a")], directed=True)
    assert isinstance(G, nx.DiGraph)
    assert G.edges["a", "b"]["counts"] == {"sanctions": 1}
    assert G.edges["a", "b"]["weight"] == -1.0  # no Goldstein: -1
    assert G.edges["b", "a"]["counts"] == {"criticizes": 1}
    with pytest.raises(UsageError, match="undirected"):
        allies(G, "a")


def path_rows():
    return [
        *[
            row("indonesia", "cooperates_with", "china", d="2023-05-01", sentence=f"IDN-CHN {i}")
            for i in range(3)
        ],
        *[
            row("china", "trades_with", "russia", d="2023-06-01", sentence=f"CHN-RUS {i}")
            for i in range(4)
        ],
        row("indonesia", "talks_with", "india", d="2015-01-01", sentence="IDN-IND old"),
        row("india", "talks_with", "russia", d="2015-01-01", sentence="IND-RUS old"),
        row("indonesia", "talks_with", "japan", d="2023-01-01"),
        row("japan", "threatens", "russia", d="2023-01-01", sentence="JPN-RUS threat"),
        row("russia", "threatens", "ukraine", d="2023-01-01"),
    ]


def test_paths_prefer_strong_recent_ties_and_carry_evidence():
    G = g(path_rows())
    found = paths(G, "Indonesia", "russia", polarity="cooperative", k=3)
    assert [p.labels for p in found] == [
        ("Indonesia", "China", "Russia"),
        ("Indonesia", "India", "Russia"),
    ]
    assert found[0].cost < found[1].cost
    hop = found[0].hops[1]
    assert hop.counts == {"trades_with": 4} and hop.evidence["sentence"].startswith("CHN-RUS")
    assert (
        hop.evidence["title"] == "Title of a1" and hop.evidence["url"] == "https://news.example/a1"
    )
    text = format_paths(found)
    assert "Indonesia → China → Russia" in text and "CHN-RUS" in text and "trades_with ×4" in text
    anyway = paths(G, "indonesia", "russia", polarity="any", k=5)
    assert ("Indonesia", "Japan", "Russia") in [p.labels for p in anyway]
    assert paths(G, "japan", "ukraine", polarity="conflictual")[0].labels == (
        "Japan",
        "Russia",
        "Ukraine",
    )


def test_paths_errors_name_the_problem():
    G = g(path_rows())
    with pytest.raises(
        NotFoundError,
        match="no cooperative path between Indonesia and Ukraine in this store; try --polarity any",
    ):
        paths(G, "Indonesia", "Ukraine")
    with pytest.raises(NotFoundError, match="unknown actor 'Indnesia'.*did you mean Indonesia"):
        paths(G, "Indnesia", "Russia")
    with pytest.raises(NotFoundError, match="'Brazil' has no relations"):
        paths(G, "Brazil", "Russia", resolve=lambda t: "brazil")
    with pytest.raises(UsageError, match="polarity"):
        paths(G, "Indonesia", "Russia", polarity="friendly")
    found = paths(G, "Rusia", "China", resolve=lambda t: {"Rusia": "russia"}.get(t))
    assert found[0].nodes == ("russia", "china")


def random_rows(seed, n_nodes=40, n_rows=160):
    rnd = random.Random(seed)
    rels = [
        "talks_with",
        "cooperates_with",
        "trades_with",
        "criticizes",
        "threatens",
        "makes_statement",
    ]
    return [
        row(
            f"n{rnd.randrange(n_nodes)}",
            rnd.choice(rels),
            f"n{rnd.randrange(n_nodes)}",
            d=None if rnd.random() < 0.1 else f"202{rnd.randrange(4)}-0{rnd.randrange(1, 10)}-15",
            sentence=f"s{i}",
        )
        for i in range(n_rows)
    ]


@pytest.mark.parametrize("directed", [False, True])
def test_paths_match_networkx_k_shortest_simple_paths(directed):
    for seed in range(4):
        G = g(random_rows(seed), directed=directed)
        plain = G.copy()  # without the stored costs: computed on the fly, same answers
        for d in plain.edges.values():
            del d["cost"], d["polarity_cost"]
        rnd = random.Random(seed)
        for _ in range(6):
            a, b = rnd.sample(sorted(G), 2)
            for polarity in ("any", "cooperative", "conflictual"):

                def cost(x, y, d, polarity=polarity, newest=G.graph["newest"]):
                    return edge_cost(d, newest, polarity)

                try:
                    expected = [
                        round(sum(cost(x, y, G[x][y]) for x, y in itertools.pairwise(p)), 4)
                        for p in itertools.islice(nx.shortest_simple_paths(G, a, b, cost), 5)
                    ]
                except nx.NetworkXNoPath:
                    expected = []
                for graph in (G, plain):
                    try:
                        found = paths(graph, a, b, polarity=polarity, k=5)
                    except NotFoundError:
                        found = []
                    assert [p.cost for p in found] == expected, (seed, a, b, polarity)
                    assert len({p.nodes for p in found}) == len(found)
                    for p in found:
                        assert p.nodes[0] == a and p.nodes[-1] == b
                        assert len(set(p.nodes)) == len(p.nodes)
                        assert all(G.has_edge(x, y) for x, y in itertools.pairwise(p.nodes))
                        if polarity != "any":
                            assert {h.polarity for h in p.hops} == {polarity}


def test_projection_stores_path_costs():
    G = g(path_rows())
    newest = G.graph["newest"]
    for _u, _v, d in G.edges(data=True):
        assert d["cost"] == edge_cost(d, newest)
        if d["polarity"] in ("cooperative", "conflictual"):
            assert d["polarity_cost"] == edge_cost(d, newest, d["polarity"])
    strong = G.edges["china", "russia"]  # 4 recent instances
    old = G.edges["india", "russia"]  # 1 instance, years older
    assert strong["cost"] < old["cost"]


def test_allies_and_rivals_ranked_by_signed_weight():
    rows = [
        *[row("china", "cooperates_with", "russia", sentence=f"r{i}") for i in range(3)],
        row("china", "talks_with", "pakistan"),
        row("china", "supports", "iran"),
        row("china", "talks_with", "iran"),
        row("united_states", "criticizes", "china", sentence="US criticizes China"),
        row("china", "threatens", "taiwan"),
    ]
    G = g(rows)
    assert [t.label for t in allies(G, "China")] == ["Russia", "Iran", "Pakistan"]
    assert allies(G, "China", top=1)[0].weight == 9.0  # 3 × 6.0, words at half
    assert [t.label for t in rivals(G, "China")] == ["Taiwan", "United States"]
    text = format_ties(rivals(G, "China"), "Rivals of China")
    assert "2. United States  -1.0" in text and "US criticizes China" in text


def brute_force(G):
    counts = {"+++": 0, "++-": 0, "+--": 0, "---": 0}
    for a, b, c in itertools.combinations(G, 3):
        ws = [G.edges[x, y]["weight"] for x, y in ((a, b), (a, c), (b, c)) if G.has_edge(x, y)]
        if len(ws) == 3 and all(w != 0 for w in ws):
            counts["".join(sorted("+" if w > 0 else "-" for w in ws))] += 1
    return counts


def test_balance_matches_brute_force_on_random_signed_graph():
    rnd = random.Random(3)
    G = nx.gnp_random_graph(40, 0.25, seed=3)
    for u, v in G.edges:
        G.edges[u, v].update(weight=rnd.choice([-3.0, -1.0, 0.0, 1.0, 2.0]), evidence=[])
    nx.set_node_attributes(G, {n: f"n{n}" for n in G}, "label")
    report = balance(G, top=5)
    assert report.by_signs == brute_force(G)
    assert report.triangles == sum(report.by_signs.values()) > 50
    assert report.unbalanced == report.by_signs["++-"] + report.by_signs["---"]
    assert len(report.most_unbalanced) == 5
    assert all(t.signs in ("++-", "---") for t in report.most_unbalanced)
    strengths = [t.strength for t in report.most_unbalanced]
    assert strengths == sorted(strengths, reverse=True)


def test_balance_lists_the_unbalanced_triangle_with_evidence():
    rows = [
        row("a", "cooperates_with", "b"),
        row("b", "cooperates_with", "c"),
        row("a", "threatens", "c", sentence="A threatens C"),
        row("c", "criticizes", "d"),
        row("b", "criticizes", "d"),
    ]
    report = balance(g(rows))
    assert report.by_signs == {"+++": 0, "++-": 1, "+--": 1, "---": 0}
    tri = report.most_unbalanced[0]
    assert set(tri.labels) == {"A", "B", "C"} and tri.signs == "++-"
    text = format_balance(report)
    assert "1 balanced (50%), 1 unbalanced" in text and "A threatens C" in text


def test_blocs_split_two_cooperative_cliques():
    west, east = ["us", "uk", "france", "germany"], ["russia", "china", "iran"]
    rows = [
        row(a, "cooperates_with", b)
        for grp in (west, east)
        for a, b in itertools.combinations(grp, 2)
    ]
    rows += [
        row("us", "threatens", "russia"),
        row("uk", "criticizes", "china"),
        row("x", "threatens", "y"),
    ]
    found = blocs(g(rows))
    assert [set(b.members) for b in found] == [set(west), set(east)]
    assert found[0].ties == 6 and found[0].evidence is not None
    assert blocs(g(rows)) == found  # fixed seed: same answer
    assert "Bloc 2 (3 actors, 3 cooperative ties" in format_blocs(found)


def test_central_ranks_by_distinct_partners():
    rows = [row("hub", "talks_with", x) for x in ("a", "b", "c", "d")]
    rows += [row("a", "criticizes", "b")] * 5
    ranked = central(g(rows), top=3)
    assert [c.actor for c in ranked] == ["hub", "a", "b"]
    assert ranked[0].partners == 4 and ranked[0].cooperative == 4
    assert ranked[1].events == 6 and ranked[1].conflictual == 1
    assert format_central(ranked).splitlines()[1].split()[:3] == ["1", "Hub", "4"]


class FakeStore:
    def __init__(self, rows):
        self.rows, self.calls, self.ver = rows, 0, "v1"

    def version(self):
        return self.ver

    def relation_instances(
        self, since=None, until=None, factualities=("asserted", "reported"), actor=None
    ):
        self.calls += 1
        return list(self.rows)


class FakeActors:
    def state_of(self, actor, d):
        return {"vladimir_putin": "russia", "xi_jinping": "china"}.get(actor)

    def get(self, actor):
        return None

    def resolve(self, text, date=None, lang=None):
        ids = {"Rusia": "russia", "Tiongkok": "china", "Putin": "vladimir_putin"}
        if text not in ids:
            return None
        return type("R", (), {"actor": type("A", (), {"id": ids[text]})})()


def test_graph_view_caches_per_store_version_and_resolves_names():
    store = FakeStore(
        [
            row("vladimir_putin", "cooperates_with", "xi_jinping"),
            row("russia", "threatens", "ukraine"),
        ]
    )
    view = GraphView(store, actors=FakeActors(), relations=RELATIONS)
    G1 = view.to_networkx(level="state")
    assert view.to_networkx(level="state") is G1 and store.calls == 1
    assert nx.is_frozen(G1)
    view.to_networkx(level="actor")
    assert store.calls == 2
    store.ver = "v2"
    assert view.to_networkx(level="state") is not G1 and store.calls == 3
    assert [t.label for t in view.allies("Tiongkok", level="state")] == ["Russia"]
    assert view.paths("Putin", "Tiongkok", level="state")[0].labels == ("Russia", "China")
    assert view.rivals("Rusia", level="state")[0].actor == "ukraine"
    store.rows = []
    store.ver = "v3"
    with pytest.raises(NotFoundError, match="run kg build first"):
        view.balance()


def test_graph_view_with_the_shipped_actor_dictionary_and_ontology():
    store = FakeStore(
        [
            row("vladimir_putin", "talks_with", "xi_jinping", sentence="Putin held talks with Xi."),
            row("xi_jinping", "supports", "vladimir_putin"),
            row("joe_biden", "warns", "russia", fact="reported"),
            row("an_unknown_aide", "talks_with", "xi_jinping"),
        ]
    )
    view = GraphView(store)
    G = view.to_networkx(level="state")
    assert G.edges["russia", "china"]["counts"] == {"supports": 1, "talks_with": 1}
    assert G.edges["russia", "china"]["polarity"] == "cooperative"
    assert G.edges["united_states", "russia"]["polarity"] == "conflictual"
    assert G.nodes["united_states"]["label"] == "United States"  # reached only through roll-up
    assert G.has_edge("an_unknown_aide", "china")  # not in the dictionary: stays a person
    assert [t.actor for t in view.allies("Tiongkok", level="state")] == [
        "russia",
        "an_unknown_aide",
    ]
    found = view.paths("Rusia", "AS", polarity="any", level="state")
    assert found[0].labels == ("Russia", "United States")
    assert "Putin held talks with Xi." in format_paths(
        view.paths("Putin", "Xi Jinping", level="actor")
    )
