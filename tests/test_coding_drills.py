"""kg.coding.drills: joint military drills named by a noun are military cooperation (062)
between their sides, both ways, whatever verb holds, starts or ends them.

Every sentence and parse here is written for these tests (the invented states Veltria,
Norland and Ostia, in a user's own dictionaries, which hold no pattern of drills: the noun
alone codes them); the trees are broken the way small parsers break news sentences."""

from __future__ import annotations

import pytest
from coding_cases import coded, load_own

ACTORS = """\
VELTRIA_ [VLT]
+VELTRIAN_
NORLAND_ [NOR]
+NORLANDIC_
OSTIA_ [OST]
"""
AGENTS = """\
NAVY [~MIL]
NAVIES [~MIL]
FORCES [~MIL]
COUNTERPARTS [~MIL]
"""
VERBS = """\
--- PROTEST [140] ---
PROTEST {PROTESTED PROTESTING PROTESTS}
"""

BOTH = {("VLTMIL", "NORMIL", "062", "asserted"), ("NORMIL", "VLTMIL", "062", "asserted")}


@pytest.fixture(scope="module")
def d(tmp_path_factory):
    return load_own(tmp_path_factory.mktemp("drills"), actors=ACTORS, agents=AGENTS, verbs=VERBS)


def test_the_beginning_of_joint_drills_announced_by_their_sides(d):
    # "The navies of Veltria and Norland announced the beginning of joint exercises."
    assert coded(
        d, "The the DET 2 det", "navies navy NOUN 7 nsubj", "of of ADP 4 case",
        "Veltria Veltria PROPN 2 nmod", "and and CCONJ 6 cc", "Norland Norland PROPN 4 conj",
        "announced announce VERB 0 root", "the the DET 9 det", "beginning beginning NOUN 7 obj",
        "of of ADP 12 case", "joint joint NOUN 12 compound", "exercises exercise NOUN 9 nmod",
        ". . PUNCT 7 punct",
    ) == {("VLTMIL", "NORMIL", "062", "asserted"), ("NORMIL", "VLTMIL", "062", "asserted")}  # fmt: skip


def test_drills_named_for_two_states_that_commenced(d):
    # "The 8th edition of the Veltria-Norland Joint Military Exercise commenced Monday."
    assert coded(
        d, "The the DET 3 det", "8th 8th NUM 3 nummod", "edition edition NOUN 12 nsubj:pass",
        "of of ADP 11 case", "the the DET 11 det", "Veltria Veltria PROPN 8 compound",
        "- - PUNCT 6 punct", "Norland Norland PROPN 9 compound", "Joint Joint PROPN 10 compound",
        "Military military PROPN 11 compound", "Exercise Exercise PROPN 3 nmod",
        "commenced commence VERB 0 root", "Monday Monday PROPN 12 obj", ". . PUNCT 12 punct",
    ) == {("VLT", "NOR", "062", "asserted"), ("NOR", "VLT", "062", "asserted")}  # fmt: skip


def test_an_exercise_concluded_with_a_partner(d):
    # "Veltrian naval forces concluded the bilateral exercise with their Norlandic
    # counterparts.": the subject and the "with" partner
    assert coded(
        d, "Veltrian Veltrian ADJ 3 amod", "naval naval ADJ 3 amod", "forces force NOUN 4 nsubj",
        "concluded conclude VERB 0 root", "the the DET 7 det", "bilateral bilateral ADJ 7 amod",
        "exercise exercise NOUN 4 obj", "with with ADP 11 case", "their their PRON 11 nmod:poss",
        "Norlandic Norlandic ADJ 11 amod", "counterparts counterpart NOUN 7 nmod",
        ". . PUNCT 4 punct",
    ) == BOTH  # fmt: skip


def test_a_joint_maneuver_underway_hung_as_a_name(d):
    # "Joint Veltrian-Norlandic navy maneuver Alpha is underway.", the noun a compound of the
    # name the parser made the subject
    assert coded(
        d, "Joint Joint ADJ 6 amod", "Veltrian Veltrian PROPN 4 compound", "- - PUNCT 4 punct",
        "Norlandic Norlandic PROPN 6 compound", "navy navy NOUN 6 compound",
        "maneuver maneuver NOUN 7 compound", "Alpha Alpha PROPN 9 nsubj", "is be AUX 9 cop",
        "underway underway ADJ 0 root", ". . PUNCT 9 punct",
    ) == BOTH  # fmt: skip


def test_joint_drills_to_come_are_future(d):
    # "Veltria and Norland will hold joint drills."
    assert coded(
        d, "Veltria Veltria PROPN 5 nsubj", "and and CCONJ 3 cc", "Norland Norland PROPN 1 conj",
        "will will AUX 5 aux", "hold hold VERB 0 root", "joint joint ADJ 7 amod",
        "drills drill NOUN 5 obj", ". . PUNCT 5 punct",
    ) == {("VLT", "NOR", "062", "future"), ("NOR", "VLT", "062", "future")}  # fmt: skip


def test_no_joint_drills_where_none_were_held(d):
    # "Veltria and Norland did not hold joint drills."
    assert not coded(
        d, "Veltria Veltria PROPN 6 nsubj", "and and CCONJ 3 cc", "Norland Norland PROPN 1 conj",
        "did do AUX 6 aux", "not not PART 6 advmod", "hold hold VERB 0 root",
        "joint joint ADJ 8 amod", "drills drill NOUN 6 obj", ". . PUNCT 6 punct",
    )  # fmt: skip


def test_drills_protested_or_of_one_state_are_no_cooperation(d):
    # "Ostia protested against the joint drills of Veltria and Norland.": the protest alone
    protested = coded(
        d, "Ostia Ostia PROPN 2 nsubj", "protested protest VERB 0 root",
        "against against ADP 6 case", "the the DET 6 det", "joint joint ADJ 6 amod",
        "drills drill NOUN 2 obl", "of of ADP 8 case", "Veltria Veltria PROPN 6 nmod",
        "and and CCONJ 10 cc", "Norland Norland PROPN 8 conj", ". . PUNCT 2 punct",
    )  # fmt: skip
    assert not {e for e in protested if e[2] == "062"}
    # "Veltrian forces began military drills near Norland.": one state's drills, not joint
    assert not coded(
        d, "Veltrian Veltrian ADJ 2 amod", "forces force NOUN 3 nsubj", "began begin VERB 0 root",
        "military military ADJ 5 amod", "drills drill NOUN 3 obj", "near near ADP 7 case",
        "Norland Norland PROPN 3 obl", ". . PUNCT 3 punct",
    )  # fmt: skip


def test_drills_whose_owner_and_partner_are_named_were_held_whatever_the_verb(d):
    # "Ostia protested Veltria's joint drills with Norland.": held, and protested
    events = coded(
        d, "Ostia Ostia PROPN 2 nsubj", "protested protest VERB 0 root",
        "Veltria Veltria PROPN 6 nmod:poss", "'s 's PART 3 case", "joint joint ADJ 6 amod",
        "drills drill NOUN 2 obj", "with with ADP 8 case", "Norland Norland PROPN 6 nmod",
        ". . PUNCT 2 punct",
    )  # fmt: skip
    assert {e for e in events if e[2] == "062"} == {
        ("VLT", "NOR", "062", "asserted"),
        ("NOR", "VLT", "062", "asserted"),
    }
    # "Ostia protested the drills conducted by Veltria in conjunction with Norland."
    events = coded(
        d, "Ostia Ostia PROPN 2 nsubj", "protested protest VERB 0 root", "the the DET 4 det",
        "drills drill NOUN 2 obj", "conducted conduct VERB 4 acl", "by by ADP 7 case",
        "Veltria Veltria PROPN 5 obl", "in in ADP 9 case", "conjunction conjunction NOUN 5 obl",
        "with with ADP 11 case", "Norland Norland PROPN 9 nmod", ". . PUNCT 2 punct",
    )  # fmt: skip
    assert ("VLT", "NOR", "062", "asserted") in events
    # "Ostia protested Veltria's drills.": no partner, no joint drills
    assert not any(e[2] == "062" for e in coded(
        d, "Ostia Ostia PROPN 2 nsubj", "protested protest VERB 0 root",
        "Veltria Veltria PROPN 5 nmod:poss", "'s 's PART 3 case", "drills drill NOUN 2 obj",
        ". . PUNCT 2 punct",
    ))  # fmt: skip


def test_drills_involving_two_states_troops_were_held(d):
    # "The annual exercise involving Veltrian and Norlandic troops opened a ceremony.", with
    # "involving" hung as a clause and "opened" no verb of the drills
    events = coded(
        d, "The the DET 3 det", "annual annual ADJ 3 amod", "exercise exercise NOUN 4 nsubj",
        "involving involve VERB 0 root", "Veltrian Veltrian ADJ 8 amod", "and and CCONJ 7 cc",
        "Norlandic Norlandic ADJ 5 conj", "troops troop NOUN 4 obj", ". . PUNCT 4 punct",
    )  # fmt: skip
    assert {(s[:3], t[:3]) for s, t, c, _f in events if c == "062"} == {
        ("VLT", "NOR"), ("NOR", "VLT"),
    }  # fmt: skip
