"""Edge weight as alignment (kg.graph.weights) on the shipped ontology: requests, appeals and
demands make no ally or rival, one praise makes no bloc, real allies still rank first."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_graph import row

from kg.graph.analysis import (
    allies,
    blocs,
    central,
    format_blocs,
    format_central,
    format_ties,
    rivals,
)
from kg.graph.project import project
from kg.graph.weights import MIN_BLOC_WEIGHT, relation_class
from kg.knowledge.ontology import load_relations

ROOT = Path(__file__).resolve().parent.parent


def g(rows, **kw):
    return project(rows, relations=load_relations(), **kw)


def test_relation_classes_come_from_the_ontology():
    classes = {n: relation_class(r.cameo_root, r.quad_class) for n, r in load_relations().items()}
    assert {n for n, c in classes.items() if c == "asks"} == {
        "makes_statement",
        "appeals_to",
        "requests",
        "invites",
        "demands",
        "briefs",  # CAMEO 010: informing is no tie
        "applies_to_join",  # CAMEO 020
    }
    words = ("meets", "talks_with", "signs_agreement_with", "praises", "criticizes", "chairs")
    for name in (*words, "summons"):
        assert classes[name] == "words"
    deeds = ("aids", "trades_with", "allies_with", "sanctions", "attacks", "occupies")
    for name in (*deeds, "blockades", "sends_troops_to", "violates_sovereignty_of"):
        assert classes[name] == "deeds"
    assert classes["member_of"] == "unclassed"


def china_rows():
    return [
        *[row("china", "meets", "russia", sentence=f"meet {i}") for i in range(2)],
        row("china", "signs_agreement_with", "russia", sentence="agreement"),
        row("china", "supports", "russia", sentence="support"),
        *[row("ukraine", "requests", "china", sentence=f"ask {i}") for i in range(4)],
        *[row("ukraine", "appeals_to", "china", sentence=f"appeal {i}") for i in range(2)],
        *[row("ukraine", "invites", "china", sentence=f"invite {i}") for i in range(2)],
        row("pakistan", "praises", "china", sentence="praise"),
        *[row("japan", "demands", "china", sentence=f"demand {i}") for i in range(3)],
        row("philippines", "accuses", "china", sentence="accusation"),
    ]


def test_requests_make_no_ally_and_real_allies_rank_first():
    G = g(china_rows())
    assert [t.actor for t in allies(G, "China")] == ["russia", "pakistan"]  # no ukraine
    # meetings 2 × 2.5 × 0.5, agreement 8 × 0.5, support 3.4 × 0.5
    assert G.edges["china", "russia"]["weight"] == 8.2
    ukraine = G.edges["ukraine", "china"]
    assert ukraine["weight"] == 0.0 and ukraine["polarity"] == "neutral"
    assert ukraine["goldstein"] == 26.0  # its tone stays: 4 × 3 + 2 × 3 + 2 × 4
    assert ukraine["counts"] == {"requests": 4, "appeals_to": 2, "invites": 2}
    assert ukraine["n_cooperative"] == 8
    text = format_ties(allies(G, "China"), "Allies of China")
    assert "1. Russia  +8.2" in text and "requests" in text.splitlines()[-1]


def test_demands_make_no_rival():
    G = g(china_rows())
    assert [t.actor for t in rivals(G, "China")] == ["philippines"]  # no japan
    assert G.edges["japan", "china"]["weight"] == 0.0
    assert rivals(G, "China")[0].weight == -1.0  # accusation −2 × 0.5


def test_ties_quote_evidence_of_their_sign_and_say_when_mixed():
    rows = [
        row("china", "signs_agreement_with", "us", d="2021-01-01", sentence="They agreed."),
        row("us", "warns", "china", d="2023-01-01", conf=0.99, sentence="US warns China."),
    ]
    ally = allies(g(rows), "China")[0]  # +4 against −2.2: mixed
    assert ally.polarity == "mixed" and ally.evidence[0]["sentence"] == "They agreed."
    assert "1. Us  +1.8 [mixed] (2 events" in format_ties([ally], "Allies of China")


def test_deeds_count_in_full_and_unreal_instances_not_at_all():
    rows = [
        row("us", "aids", "ukraine"),  # 7, reported counts in full
        row("us", "sanctions", "russia", fact="reported"),  # −8
        row("us", "signs_agreement_with", "japan", fact="negated"),
        row("us", "allies_with", "japan", fact="future"),
        row("us", "meets", "japan"),  # 2.5 × 0.5
    ]
    G = g(rows, factualities=("asserted", "reported", "negated", "future"))
    assert G.edges["us", "ukraine"]["weight"] == 7.0
    assert G.edges["us", "russia"]["weight"] == -8.0
    japan = G.edges["us", "japan"]
    assert japan["weight"] == 1.25 and japan["count"] == 3 and japan["goldstein"] == 17.9


def bloc_rows():
    west = ["united_states", "united_kingdom", "france"]
    rows = [
        row(a, "signs_agreement_with", b, sentence=f"{a}-{b}")
        for i, a in enumerate(west)
        for b in west[i + 1 :]
    ]
    rows += [
        row("australia", "signs_agreement_with", "indonesia", sentence="pact"),
        row("australia", "meets", "indonesia", sentence="summit"),
        row("indonesia", "talks_with", "ukraine", sentence="Jokowi talks in Kyiv"),
        row("ukraine", "praises", "united_states", sentence="Zelensky praised the US"),
        row("ukraine", "praises", "albania", sentence="Zelensky praised Albania"),
        row("russia", "attacks", "ukraine"),
    ]
    return rows


def test_one_praise_puts_no_actor_in_a_bloc():
    G = g(bloc_rows())
    found = blocs(G)
    assert not any("albania" in b.members for b in found)
    assert G.edges["ukraine", "albania"]["weight"] == 1.7 < MIN_BLOC_WEIGHT
    assert [set(b.members) for b in found] == [
        {"united_states", "united_kingdom", "france"},
        {"australia", "indonesia"},
    ]
    text = format_blocs(found)
    assert text.splitlines()[0] == "Blocs: communities of cooperative ties of weight ≥ 3"
    assert "Albania" not in text and "Ukraine" not in text
    loose = blocs(G, min_weight=0)  # the old rule: every cooperative tie
    assert any("albania" in b.members for b in loose)
    twice = g(bloc_rows() + [row("ukraine", "praises", "albania", sentence="again")])
    assert any({"ukraine", "albania"} <= set(b.members) for b in blocs(twice))


def test_central_explains_its_columns():
    text = format_central(central(g(china_rows())))
    assert text.splitlines()[0].split() == ["#", "actor", "partners", "events", "coop", "confl"]
    legend = text.split("\n\n")[1]
    for word in ("partners:", "events:", "coop / confl:", "requests only"):
        assert word in legend


@pytest.mark.model
@pytest.mark.slow
def test_ukraine_is_no_ally_of_china_in_the_examples(models_dir, tmp_path):
    import kg
    from kg.graph.view import GraphView

    with kg.open(tmp_path / "store") as store:
        kg.build([ROOT / "examples" / "articles"], store, models=models_dir, use_cache=False)
        view = GraphView(store)
        found = [t.actor for t in view.allies("China", level="state", top=50)]
        assert found and "ukraine" not in found
        assert found[0] in ("russia", "indonesia")
        members = {m for b in view.blocs(level="state") for m in b.members}
        assert "albania" not in members
