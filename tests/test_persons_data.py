"""Checks on the shipped person dictionary (ontologies/actors/persons*.ttl), read with rdflib."""

from __future__ import annotations

import functools
from collections import defaultdict
from datetime import date, timedelta
from pathlib import Path

import pytest
from rdflib import RDF, RDFS, Graph, Literal, Namespace, URIRef

IR = Namespace("https://w3id.org/kg/ir#")
ACT = Namespace("https://w3id.org/kg/actor/")
IR_TERM = IR["term"]  # Namespace.term is a method
XSD_DATE = URIRef("http://www.w3.org/2001/XMLSchema#date")
SKOS_ALT = URIRef("http://www.w3.org/2004/02/skos/core#altLabel")
ACTORS_DIR = Path(__file__).resolve().parent.parent / "ontologies" / "actors"
OFFICE_NAMES = [
    "President",
    "VicePresident",
    "PrimeMinister",
    "Chancellor",
    "Monarch",
    "SupremeLeader",
    "ForeignMinister",
    "DefenceMinister",
    "SecretaryGeneral",
    "Chair",
    "Official",
]
OFFICES = {IR[name] for name in OFFICE_NAMES}


@functools.lru_cache(maxsize=1)
def persons_graph() -> Graph:
    graph = Graph()
    files = sorted(ACTORS_DIR.glob("persons*.ttl"))
    assert files, f"no persons*.ttl in {ACTORS_DIR}"
    for path in files:
        graph.parse(path, format="turtle")
    return graph


def persons() -> list[URIRef]:
    return list(persons_graph().subjects(RDF.type, IR.Person))


def terms() -> list[tuple[URIRef, URIRef]]:
    """(person, term node) pairs."""
    return [(p, t) for p in persons() for t in persons_graph().objects(p, IR_TERM)]


def as_date(value) -> date | None:
    return None if value is None else value.toPython()


def holders(state: str, office: str, day: date) -> set[str]:
    """Local names of the persons holding `office` of `state` on `day`."""
    g = persons_graph()
    found = set()
    for person, term in terms():
        if g.value(term, IR.office) != IR[office] or g.value(term, IR.ofActor) != ACT[state]:
            continue
        start, end = as_date(g.value(term, IR.start)), as_date(g.value(term, IR.end))
        if start <= day and (end is None or day < end):
            found.add(str(person).rsplit("/", 1)[1])
    return found


def test_file_parses_and_lists_many_persons():
    assert len(persons()) >= 500


def test_every_person_has_english_label_nationality_and_a_term():
    g = persons_graph()
    for person in persons():
        labels = [lab for lab in g.objects(person, RDFS.label) if lab.language == "en"]
        assert len(labels) == 1, person
        assert g.value(person, IR.nationality) is not None, person
        assert g.value(person, IR_TERM) is not None, person
        assert str(g.value(person, IR.cameoCode) or ""), person


def test_every_term_has_office_actor_and_dated_start():
    g = persons_graph()
    for person, term in terms():
        assert g.value(term, IR.office) in OFFICES, (person, g.value(term, IR.office))
        assert isinstance(g.value(term, IR.ofActor), URIRef), person
        start = g.value(term, IR.start)
        assert isinstance(start, Literal) and start.datatype == XSD_DATE, person
        end = g.value(term, IR.end)
        assert end is None or end.datatype == XSD_DATE, person


def test_no_term_ends_before_it_starts():
    g = persons_graph()
    bad = [
        (person, g.value(term, IR.start), g.value(term, IR.end))
        for person, term in terms()
        if g.value(term, IR.end) is not None
        and as_date(g.value(term, IR.end)) < as_date(g.value(term, IR.start))
    ]
    assert not bad


def test_executive_terms_of_a_state_do_not_overlap():
    g = persons_graph()
    spans = defaultdict(list)
    for person, term in terms():
        if g.value(term, IR.executive) == Literal(True):
            end = as_date(g.value(term, IR.end)) or date(9999, 12, 31)
            spans[g.value(term, IR.ofActor)].append((as_date(g.value(term, IR.start)), end, person))
    assert len(spans) >= 60
    clashes = []
    for state, items in spans.items():
        items.sort()
        for (_s1, e1, p1), (s2, _e2, p2) in zip(items, items[1:], strict=False):
            if e1 - s2 > timedelta(days=1):
                clashes.append((state, p1, p2))
    assert not clashes


@pytest.mark.parametrize(
    ("state", "office", "day", "expected"),
    [
        ("united_states", "President", "2021-01-19", "donald_trump"),
        ("united_states", "President", "2021-01-21", "joe_biden"),
        ("united_states", "President", "2025-06-01", "donald_trump"),
        ("russia", "President", "2010-01-01", "dmitry_medvedev"),
        ("russia", "President", "2020-01-01", "vladimir_putin"),
        ("indonesia", "President", "2014-10-19", "susilo_bambang_yudhoyono"),
        ("indonesia", "President", "2014-10-21", "joko_widodo"),
        ("indonesia", "President", "2025-01-01", "prabowo_subianto"),
        ("united_kingdom", "PrimeMinister", "2022-10-24", "liz_truss"),
        ("united_kingdom", "PrimeMinister", "2022-10-26", "rishi_sunak"),
        ("japan", "PrimeMinister", "2020-09-15", "shinzo_abe"),
        ("japan", "PrimeMinister", "2020-09-17", "yoshihide_suga"),
        ("india", "PrimeMinister", "2014-05-25", "manmohan_singh"),
        ("india", "PrimeMinister", "2014-05-27", "narendra_modi"),
        ("australia", "PrimeMinister", "2022-05-22", "scott_morrison"),
        ("australia", "PrimeMinister", "2022-05-24", "anthony_albanese"),
        ("france", "President", "2017-05-13", "francois_hollande"),
        ("france", "President", "2017-05-15", "emmanuel_macron"),
        ("china", "President", "2013-03-13", "hu_jintao"),
        ("china", "President", "2013-03-15", "xi_jinping"),
        ("germany", "Chancellor", "2025-05-07", "friedrich_merz"),
        ("south_korea", "President", "2025-06-05", "lee_jae_myung"),
        ("united_states", "ForeignMinister", "2025-02-01", "marco_rubio"),
        ("russia", "ForeignMinister", "2015-01-01", "sergey_lavrov"),
    ],
)
def test_office_holder_on_a_date(state, office, day, expected):
    assert holders(state, office, date.fromisoformat(day)) == {expected}


def test_org_heads_are_linked_to_their_organisations():
    assert holders("united_nations", "SecretaryGeneral", date(2020, 1, 1)) == {"antonio_guterres"}
    assert holders("nato", "SecretaryGeneral", date(2025, 1, 1)) == {"mark_rutte"}
    assert "ursula_von_der_leyen" in holders("european_union", "Chair", date(2022, 1, 1))


@pytest.mark.parametrize(
    ("alias", "expected"),
    [
        ("Jokowi", "joko_widodo"),
        ("Prabowo", "prabowo_subianto"),
        ("Putin", "vladimir_putin"),
        ("Xi", "xi_jinping"),
        ("MBS", "mohammed_bin_salman"),
        ("Erdogan", "recep_tayyip_erdogan"),
        ("Erdoğan", "recep_tayyip_erdogan"),
        ("Zelensky", "volodymyr_zelenskyy"),
        ("Kim Jong-un", "kim_jong_un"),
        ("Bongbong Marcos", "ferdinand_marcos_jr"),
        ("Lula", "luiz_inacio_lula_da_silva"),
    ],
)
def test_news_aliases_name_the_right_person(alias, expected):
    g = persons_graph()
    found = {
        str(s).rsplit("/", 1)[1]
        for prop in (RDFS.label, SKOS_ALT, IR.surname)
        for s in g.subjects(prop, None)
        if any(str(o) == alias for o in g.objects(s, prop))
    }
    assert expected in found


def test_xi_surname_and_distinct_marcos():
    g = persons_graph()
    assert Literal("Xi") in set(g.objects(ACT.xi_jinping, IR.surname))
    assert g.value(ACT.xi_jinping, IR.wikidata) == URIRef("http://www.wikidata.org/entity/Q15031")
    assert (ACT.ferdinand_marcos, RDF.type, IR.Person) not in g


def test_actor_ids_exist_in_states_and_organizations_files():
    other = [ACTORS_DIR / "states.ttl", ACTORS_DIR / "organizations.ttl"]
    if not all(path.exists() for path in other):
        pytest.skip("states.ttl / organizations.ttl not present")
    known = Graph()
    for path in other:
        known.parse(path, format="turtle")
    defined = set(known.subjects(RDFS.label, None))
    g = persons_graph()
    used = {g.value(t, IR.ofActor) for _p, t in terms()} | set(g.objects(None, IR.nationality))
    assert used - defined == set()


COMMON_WORDS = [
    "a",
    "an",
    "the",
    "no",
    "not",
    "so",
    "to",
    "in",
    "on",
    "at",
    "by",
    "of",
    "or",
    "and",
    "be",
    "do",
    "go",
    "will",
    "can",
    "said",
    "new",
    "yes",
    "lemma",
    "abraham",
    "aisha",
    "saud",
    "khalid",
    "siraj",
]


def test_no_bare_surname_is_a_common_word_or_given_name():
    """Surnames resolve alone, case-folded: one that is also an everyday word or a common
    given name would turn "No", "lemma" or "Abraham Accords" into a minister."""
    surnames = {
        str(o).casefold()
        for o in persons_graph().objects(None, IR.surname)
        if str(o).casefold() in COMMON_WORDS
    }
    assert not surnames  # ("May" is one, but calendar words never match as surnames)
