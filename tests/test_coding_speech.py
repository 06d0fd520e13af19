"""kg.coding.speech: the verbs of saying an act is the content of, and the state that
reports being hit by an attack that names no one ("NEW DELHI – Pakistani troops targeted
forward posts along the Line of Control, the Indian Army claimed": Pakistan on India).

Every sentence and parse here is written for these tests (the invented states Veltria,
Norland and Ostia, in a user's own dictionaries)."""

from __future__ import annotations

import pytest
from coding_cases import coded, load_own

ACTORS = """\
VELTRIA_ [VLT]
+VELTRIAN_
NEW_VELT_ [VLT]
NORLAND_ [NOR]
+NORLANDIC_
OSTIA_ [OST]
+OSTIAN_
"""
AGENTS = """\
SOLDIER [~MIL]
ARMY [~MIL]
POLICE {} [~COP]
PROTESTER [~OPP]
"""
VERBS = """\
--- SHELL [194] ---
SHELL

--- ARREST [173] ---
ARREST

--- SAY [010] ---
SAY {SAID SAYS SAYING}
--- REJECT [120] ---
REJECT {REJECTED REJECTING REJECTS}
"""


@pytest.fixture(scope="module")
def d(tmp_path_factory):
    return load_own(tmp_path_factory.mktemp("speech"), actors=ACTORS, agents=AGENTS, verbs=VERBS)


#: "VELTRIA - Norlandic soldiers shelled the posts , the Veltrian army said .", the verb of
#: saying joined to the act as a second verb, as small parsers join it
SHELLED = [
    "VELTRIA VELTRIA PROPN 5 dep", "- - PUNCT 1 punct", "Norlandic Norlandic ADJ 4 amod",
    "soldiers soldier NOUN 5 nsubj", "shelled shell VERB 0 root", "the the DET 7 det",
    "posts post NOUN 5 obj", ", , PUNCT 12 punct", "the the DET 11 det",
    "Veltrian Veltrian ADJ 11 amod", "army army NOUN 12 nsubj", "said say VERB 5 conj",
    ". . PUNCT 5 punct",
]  # fmt: skip


def test_an_attack_on_no_one_is_on_the_state_that_reports_it_from_its_dateline(d):
    # Norland's shelling (194) of Veltria, reported by Veltria's army
    assert coded(d, *SHELLED) == {("NORMIL", "VLT", "194", "reported")}


def test_a_third_state_reporting_an_attack_is_no_victim(d):
    # "VELTRIA - Norlandic soldiers shelled the posts , the Ostian army said .": Ostia is
    # not the one the story is filed from; no one named was hit
    rows = [*SHELLED]
    rows[9] = "Ostian Ostian ADJ 11 amod"
    assert not coded(d, *rows)


def test_an_attack_reported_with_no_dateline_names_no_victim(d):
    # "Norlandic soldiers shelled the posts , the Veltrian army said ."
    rows = [
        "Norlandic Norlandic ADJ 2 amod", "soldiers soldier NOUN 3 nsubj",
        "shelled shell VERB 0 root", "the the DET 5 det", "posts post NOUN 3 obj",
        ", , PUNCT 10 punct", "the the DET 9 det", "Veltrian Veltrian ADJ 9 amod",
        "army army NOUN 10 nsubj", "said say VERB 3 conj", ". . PUNCT 3 punct",
    ]  # fmt: skip
    assert not coded(d, *rows)


def test_a_dateline_with_an_agency_may_start_with_any_capitalised_word(d):
    # "New Velt ( Wire ) : Norlandic soldiers shelled the posts , the Veltrian army said .",
    # "New" an adjective: still the dateline, filed from Veltria
    rows = [
        "New new ADJ 2 amod", "Velt Velt PROPN 9 dep", "( ( PUNCT 4 punct",
        "Wire Wire PROPN 2 appos", ") ) PUNCT 4 punct", ": : PUNCT 2 punct",
        "Norlandic Norlandic ADJ 8 amod", "soldiers soldier NOUN 9 nsubj",
        "shelled shell VERB 0 root", "the the DET 11 det", "posts post NOUN 9 obj",
        ", , PUNCT 16 punct", "the the DET 15 det", "Veltrian Veltrian ADJ 15 amod",
        "army army NOUN 16 nsubj", "said say VERB 9 conj", ". . PUNCT 9 punct",
    ]  # fmt: skip
    assert coded(d, *rows) == {("NORMIL", "VLT", "194", "reported")}


def test_what_a_claim_says_is_no_act(d):
    # "Veltria rejected allegations that Norlandic soldiers shelled Ostia.", the clause hung
    # on "rejected": the shelling is claimed, not done
    rows = [
        "Veltria Veltria PROPN 2 nsubj", "rejected reject VERB 0 root",
        "allegations allegation NOUN 2 obj", "that that SCONJ 7 mark",
        "Norlandic Norlandic ADJ 6 amod", "soldiers soldier NOUN 7 nsubj",
        "shelled shell VERB 2 advcl", "Ostia Ostia PROPN 7 obj", ". . PUNCT 2 punct",
    ]  # fmt: skip
    assert not any(e[2] == "194" for e in coded(d, *rows))
    # "Veltria said that Norlandic soldiers shelled Ostia.": reported, coded
    rows[1:4] = ["said say VERB 0 root", "that that SCONJ 7 mark", "that that SCONJ 7 mark"]
    rows[2] = "the the DET 6 det"
    assert ("NORMIL", "OST", "194") in {e[:3] for e in coded(d, *rows)}
