"""kg.coding.tellers: the news outlet that tells the story is no side of its events; the one
acted on still is.

Every sentence and parse here is written for these tests (the invented states Veltria and
Norland and the invented outlet Tidings, in a user's own dictionaries)."""

from __future__ import annotations

import pytest
from coding_cases import coded, load_own

ACTORS = """\
VELTRIA_ [VLT]
+VELTRIAN_
NORLAND_ [NOR]
+NORLANDIC_
OSTIA_ [OST]
TIDINGS_ [MED]
HERALD_ [VLTMED]
"""
AGENTS = """\
PRESIDENT [~GOV]
POLICE {} [~COP]
PROTESTER [~OPP]
NEWS_AGENCY [~MED]
SPOKESMAN [~MED]
JOURNALISTS [~MED]
"""
VERBS = """\
--- SIGN [---] ---
SIGN {SIGNED SIGNING SIGNS}
- * AGREEMENT [057:057]

--- ATTACK [190] ---
ATTACK {ATTACKED ATTACKING ATTACKS}

--- ARREST [173] ---
ARREST {ARRESTED ARRESTING ARRESTS}

--- EXPEL [174] ---
EXPEL {EXPELLED EXPELLING EXPELS}

--- SAY [010] ---
SAY {SAID SAYING SAYS}

--- REPORT [---] ---
REPORT {REPORTED REPORTING REPORTS}

--- MEET [040] ---
MEET {MET MEETING MEETS}
"""


@pytest.fixture(scope="module")
def d(tmp_path_factory):
    return load_own(tmp_path_factory.mktemp("tellers"), actors=ACTORS, agents=AGENTS, verbs=VERBS)


SIGNED = {("VLT", "NOR", "057", "asserted"), ("NOR", "VLT", "057", "asserted")}


def test_an_outlet_opening_the_sentence_before_a_dash_signs_nothing(d):
    # "Tidings - Veltria and Norland signed an agreement.", the outlet hung in the subject
    assert coded(
        d, "Tidings Tidings PROPN 3 compound", "- - PUNCT 3 punct", "Veltria Veltria PROPN 6 nsubj",
        "and and CCONJ 5 cc", "Norland Norland PROPN 3 conj", "signed sign VERB 0 root",
        "an a DET 8 det", "agreement agreement NOUN 6 obj", ". . PUNCT 6 punct",
    ) == SIGNED  # fmt: skip


def test_an_outlet_between_bars_after_the_dateline_is_no_side(d):
    # "Ostia | Tidings | Veltria and Norland signed an agreement.", the sides hung as
    # conjuncts of the outlet
    assert coded(
        d, "Ostia Ostia PROPN 8 nsubj", "| | PUNCT 3 punct", "Tidings tiding NOUN 1 appos",
        "| | PUNCT 5 punct", "Veltria Veltria PROPN 3 conj", "and and CCONJ 7 cc",
        "Norland Norland PROPN 5 conj", "signed sign VERB 0 root", "an a DET 10 det",
        "agreement agreement NOUN 8 obj", ". . PUNCT 1 punct",
    ) == SIGNED  # fmt: skip


def test_an_outlet_told_or_telling_is_no_target(d):
    # "Veltria attacked Norland, officials told Tidings.", the outlet hung as a second object
    assert coded(
        d, "Veltria Veltria PROPN 2 nsubj", "attacked attack VERB 0 root",
        "Norland Norland PROPN 2 obj", ", , PUNCT 5 punct", "officials official NOUN 2 obj",
        "told tell VERB 5 acl", "Tidings Tidings PROPN 2 obj", ". . PUNCT 2 punct",
    ) == {("VLT", "NOR", "190", "asserted")}  # fmt: skip
    # "Veltria attacked Norland, reported Tidings.", the same
    assert coded(
        d, "Veltria Veltria PROPN 2 nsubj", "attacked attack VERB 0 root",
        "Norland Norland PROPN 2 obj", ", , PUNCT 5 punct", "reported report VERB 2 parataxis",
        "Tidings Tidings PROPN 2 obj", ". . PUNCT 2 punct",
    ) == {("VLT", "NOR", "190", "asserted")}  # fmt: skip
    # "Veltria and Norland signed an agreement, according to Tidings."
    assert coded(
        d, "Veltria Veltria PROPN 4 nsubj", "and and CCONJ 3 cc", "Norland Norland PROPN 1 conj",
        "signed sign VERB 0 root", "an a DET 6 det", "agreement agreement NOUN 4 obj",
        ", , PUNCT 10 punct", "according accord VERB 10 case", "to to ADP 8 fixed",
        "Tidings Tidings PROPN 6 conj", ". . PUNCT 4 punct",
    ) == SIGNED  # fmt: skip


def test_an_outlet_acted_on_is_still_a_side(d):
    # "Veltria expelled Tidings." and "Veltria expelled Tidings, the president said."
    assert coded(
        d, "Veltria Veltria PROPN 2 nsubj", "expelled expel VERB 0 root",
        "Tidings Tidings PROPN 2 obj", ". . PUNCT 2 punct",
    ) == {("VLT", "MED", "174", "asserted")}  # fmt: skip
    assert ("VLT", "MED", "174") in {e[:3] for e in coded(
        d, "Veltria Veltria PROPN 2 nsubj", "expelled expel VERB 0 root",
        "Tidings Tidings PROPN 2 obj", ", , PUNCT 7 punct", "the the DET 6 det",
        "president president NOUN 7 nsubj", "said say VERB 2 parataxis", ". . PUNCT 2 punct",
    )}  # fmt: skip


def test_an_outlet_of_a_state_acted_on_is_that_states(d):
    # "Norland expelled Herald.": Veltria's outlet (VLTMED), as annotators code it
    assert coded(
        d, "Norland Norland PROPN 2 nsubj", "expelled expel VERB 0 root",
        "Herald Herald PROPN 2 obj", ". . PUNCT 2 punct",
    ) == {("NOR", "VLTMED", "174", "asserted")}  # fmt: skip


def test_an_outlet_of_a_state_telling_is_no_side(d):
    # "Norland attacked Ostia, a Herald correspondent reported.": no Veltria in it
    assert coded(
        d, "Norland Norland PROPN 2 nsubj", "attacked attack VERB 0 root",
        "Ostia Ostia PROPN 2 obj", ", , PUNCT 8 punct", "a a DET 7 det",
        "Herald Herald PROPN 7 compound", "correspondent correspondent NOUN 8 nsubj",
        "reported report VERB 2 parataxis", ". . PUNCT 2 punct",
    ) == {("NOR", "OST", "190", "reported")}  # fmt: skip
    # "OSTIA (Herald) Police arrested protesters.", the bracket after a dateline the parser
    # made a subject's: Ostia's police, no Veltria
    assert coded(
        d, "OSTIA Ostia PROPN 6 nsubj", "( ( PUNCT 3 punct", "Herald Herald PROPN 1 appos",
        ") ) PUNCT 3 punct", "Police police NOUN 6 nsubj", "arrested arrest VERB 0 root",
        "protesters protester NOUN 6 obj", ". . PUNCT 6 punct",
    ) == {("OSTCOP", "OSTOPP", "173", "asserted")}  # fmt: skip


def test_the_press_named_by_an_agent_word_telling_is_no_side(d):
    # "Veltria attacked Norland, Tidings News Agency reports.": the agency a parser hung as
    # a conjunct of Norland takes no state from it and is no target
    rows = [
        "Veltria Veltria PROPN 2 nsubj", "attacked attack VERB 0 root",
        "Norland Norland PROPN 2 obj", ", , PUNCT 5 punct", "Tidings Tidings PROPN 3 appos",
        "News news NOUN 8 compound", "Agency Agency PROPN 8 compound",
        "reports report NOUN 3 conj", ". . PUNCT 2 punct",
    ]  # fmt: skip
    assert coded(d, *rows) == {("VLT", "NOR", "190", "asserted")}
    # "The Veltrian spokesman said Norland attacked Ostia.": a spokesman speaks for an actor,
    # no outlet: the spokesman stays the accuser (112)
    got = coded(
        d, "The the DET 3 det", "Veltrian Veltrian ADJ 3 amod", "spokesman spokesman NOUN 4 nsubj",
        "said say VERB 0 root", "Norland Norland PROPN 6 nsubj", "attacked attack VERB 4 ccomp",
        "Ostia Ostia PROPN 6 obj", ". . PUNCT 4 punct",
    )  # fmt: skip
    assert ("NOR", "OST", "190", "reported") in got
    assert ("VLTMED", "NOR", "112", "asserted") in got


def test_a_meeting_with_the_press_is_no_event(d):
    # "The Veltrian president met journalists.": telling the press, no consultation
    rows = [
        "The the DET 3 det", "Veltrian Veltrian ADJ 3 amod", "president president NOUN 4 nsubj",
        "met meet VERB 0 root", "journalists journalist NOUN 4 obj", ". . PUNCT 4 punct",
    ]  # fmt: skip
    assert coded(d, *rows) == set()
    # "The Veltrian president met Norland.": a meeting
    rows[4] = "Norland Norland PROPN 4 obj"
    assert ("VLTGOV", "NOR", "040", "asserted") in coded(d, *rows)
