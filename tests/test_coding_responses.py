"""kg.coding.responses: an act named as how someone responded or retaliated ("responded by
expelling ...", "responded with air strikes on ...") is the responder's, aimed at who it names
or at who did the act it answers.

Every sentence and parse here is written for these tests (the invented states Veltria and
Norland, in a user's own dictionaries); the trees are broken the way small parsers break
news sentences."""

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
ENVOY [~GOV]
AMBASSADOR [~GOV]
TROOPS [~MIL]
"""
VERBS = """\
--- EXPEL [174] ---
EXPEL {EXPELLED EXPELLING EXPELS}
- * ENVOY [161]
- * AMBASSADOR [161]

--- SHELL [194] ---
SHELL {SHELLED SHELLING SHELLS}

--- RESPOND [---] ---
RESPOND {RESPONDED RESPONDING RESPONDS}
"""


@pytest.fixture(scope="module")
def d(tmp_path_factory):
    return load_own(tmp_path_factory.mktemp("responses"), actors=ACTORS, agents=AGENTS, verbs=VERBS)


def test_responded_by_expelling_is_an_expulsion_by_the_responder(d):
    # "Norland expelled Veltria's ambassador, and Veltria responded by expelling Norland's
    # envoy.", "expelling" hung as an adjective of "envoy" as a small parser did
    events = coded(
        d, "Norland Norland PROPN 2 nsubj", "expelled expel VERB 0 root",
        "Veltria Veltria PROPN 5 nmod:poss", "'s 's PART 3 case", "ambassador ambassador NOUN 2 obj",
        ", , PUNCT 9 punct", "and and CCONJ 9 cc", "Veltria Veltria PROPN 9 nsubj",
        "responded respond VERB 2 conj", "by by ADP 14 case", "expelling expel VERB 14 amod",
        "Norland Norland PROPN 14 nmod:poss", "'s 's PART 12 case", "envoy envoy NOUN 9 obl",
        ". . PUNCT 2 punct",
    )  # fmt: skip
    assert ("NOR", "VLTGOV", "161", "asserted") in events
    assert ("VLT", "NORGOV", "161", "asserted") in events


def test_responded_with_fire_is_aimed_at_who_did_the_act_answered(d):
    # "Norland shelled Veltria, and Veltrian troops responded with artillery fire along the
    # border.": no one named after it, so at Norland, whose shelling it answers
    events = coded(
        d, "Norland Norland PROPN 2 nsubj", "shelled shell VERB 0 root",
        "Veltria Veltria PROPN 2 obj", ", , PUNCT 8 punct", "and and CCONJ 8 cc",
        "Veltrian Veltrian ADJ 7 amod", "troops troops NOUN 8 nsubj",
        "responded respond VERB 2 conj", "with with ADP 11 case", "artillery artillery NOUN 11 compound",
        "fire fire NOUN 8 obl", "along along ADP 14 case", "the the DET 14 det",
        "border border NOUN 11 nmod", ". . PUNCT 2 punct",
    )  # fmt: skip
    assert ("NOR", "VLT", "194", "asserted") in events
    assert ("VLTMIL", "NOR", "194", "asserted") in events


def test_a_response_not_made_is_no_event(d):
    # "Veltria would respond with air strikes on Norland.": a response to come, if at all
    assert not coded(
        d, "Veltria Veltria PROPN 3 nsubj", "would would AUX 3 aux", "respond respond VERB 0 root",
        "with with ADP 6 case", "air air NOUN 6 compound", "strikes strike NOUN 3 obl",
        "on on ADP 8 case", "Norland Norland PROPN 6 nmod", ". . PUNCT 3 punct",
    )  # fmt: skip
    # "Ostia fears war if Veltria responded with air strikes on Norland.": a condition
    assert not any(e[2] == "195" for e in coded(
        d, "Ostia Ostia PROPN 2 nsubj", "fears fear VERB 0 root", "war war NOUN 2 obj",
        "if if SCONJ 6 mark", "Veltria Veltria PROPN 6 nsubj", "responded respond VERB 2 advcl",
        "with with ADP 9 case", "air air NOUN 9 compound", "strikes strike NOUN 6 obl",
        "on on ADP 11 case", "Norland Norland PROPN 9 nmod", ". . PUNCT 2 punct",
    ))  # fmt: skip
    # "Veltria responded with air strikes on Norland.": made
    assert coded(
        d, "Veltria Veltria PROPN 2 nsubj", "responded respond VERB 0 root",
        "with with ADP 5 case", "air air NOUN 5 compound", "strikes strike NOUN 2 obl",
        "on on ADP 7 case", "Norland Norland PROPN 5 nmod", ". . PUNCT 2 punct",
    ) == {("VLT", "NOR", "195", "asserted")}  # fmt: skip
