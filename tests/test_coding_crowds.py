"""kg.coding.crowds: tear gas fired at a crowd is repression, a crowd's protest against someone
a demonstration, a crowd's demand for its leaders' fall a demonstration for leadership change,
read in word order, only when done.

Every sentence and parse here is written for these tests (the invented states Veltria and
Norland, in a user's own dictionaries); some trees are broken the way small parsers break
news sentences."""

from __future__ import annotations

import pytest
from coding_cases import coded, load_own

ACTORS = """\
VELTRIA_ [VLT]
+VELTRIAN_
NORLAND_ [NOR]
+NORLANDIC_
"""
AGENTS = """\
POLICE {} [~COP]
PROTESTER [~OPP]
GOVERNMENT [~GOV]
"""
VERBS = """\
--- WARN [130] ---
WARN
"""


@pytest.fixture(scope="module")
def d(tmp_path_factory):
    return load_own(tmp_path_factory.mktemp("crowds"), actors=ACTORS, agents=AGENTS, verbs=VERBS)


def test_tear_gas_fired_at_a_crowd_is_repression(d):
    # "Police fired tear gas at Veltrian protesters .", "fired" hung as an adjective: the
    # police of the one state named break up its protesters (175)
    assert coded(
        d, "Police police NOUN 5 nsubj", "fired fire VERB 5 amod", "tear tear NOUN 4 compound",
        "gas gas NOUN 0 root", "at at ADP 7 case", "Veltrian Veltrian ADJ 7 amod",
        "protesters protester NOUN 4 nmod", ". . PUNCT 4 punct",
    ) == {("VLTCOP", "VLTOPP", "175", "asserted")}  # fmt: skip
    # "Veltrian police blocked a planned march and fired tear gas at protesters.": a march
    # planned, tear gas fired
    assert coded(
        d, "Veltrian Veltrian ADJ 2 amod", "police police NOUN 3 nsubj",
        "blocked block VERB 0 root", "a a DET 6 det", "planned planned ADJ 6 amod",
        "march march NOUN 3 obj", "and and CCONJ 8 cc", "fired fire VERB 3 conj",
        "tear tear NOUN 10 compound", "gas gas NOUN 8 obj", "at at ADP 12 case",
        "protesters protester NOUN 8 obl", ". . PUNCT 3 punct",
    ) == {("VLTCOP", "VLTOPP", "175", "asserted")}  # fmt: skip
    # "Police threatened to fire tear gas at Veltrian protesters.": nothing fired
    assert not coded(
        d, "Police police NOUN 2 nsubj", "threatened threaten VERB 0 root", "to to PART 4 mark",
        "fire fire VERB 2 xcomp", "tear tear NOUN 6 compound", "gas gas NOUN 4 obj",
        "at at ADP 9 case", "Veltrian Veltrian ADJ 9 amod", "protesters protester NOUN 4 obl",
        ". . PUNCT 2 punct",
    )  # fmt: skip


def test_tear_gas_fired_as_a_crowd_marches_is_repression_of_the_opposition(d):
    # "Veltrian police fired tear gas as thousands marched in the capital .": no crowd named
    # as an actor; the marchers are the opposition of the police's state (175)
    rows = [
        "Veltrian Veltrian ADJ 2 amod", "police police NOUN 3 nsubj", "fired fire VERB 0 root",
        "tear tear NOUN 5 compound", "gas gas NOUN 3 obj", "as as ADP 7 case",
        "thousands thousand NOUN 5 nmod", "marched march VERB 5 acl", "in in ADP 11 case",
        "the the DET 11 det", "capital capital NOUN 8 obl", ". . PUNCT 3 punct",
    ]  # fmt: skip
    assert coded(d, *rows) == {("VLTCOP", "VLTOPP", "175", "asserted")}
    # "... as thousands waited in the capital": no crowd that marches or protests
    rows[7] = "waited wait VERB 5 acl"
    assert not coded(d, *rows)
    # "Veltrian police fired tear gas in areas of Norland as a protest turned violent .": a
    # place named first is no one else
    assert coded(
        d, "Veltrian Veltrian ADJ 2 amod", "police police NOUN 3 nsubj", "fired fire VERB 0 root",
        "tear tear NOUN 5 compound", "gas gas NOUN 3 obj", "in in ADP 7 case",
        "areas area NOUN 3 obl", "of of ADP 9 case", "Norland Norland PROPN 7 nmod",
        "as as SCONJ 13 mark", "a a DET 12 det", "protest protest NOUN 13 nsubj",
        "turned turn VERB 3 advcl", "violent violent ADJ 13 xcomp", ". . PUNCT 3 punct",
    ) == {("VLTCOP", "VLTOPP", "175", "asserted")}  # fmt: skip


def test_a_crowds_protest_against_an_actor(d):
    # "Veltrian protesters marched in protest at Norland.", "marched" hung as an adjective:
    # the crowd demonstrates against Norland (141)
    assert coded(
        d, "Veltrian Veltrian ADJ 2 amod", "protesters protester NOUN 0 root",
        "marched march VERB 5 amod", "in in ADP 5 case", "protest protest NOUN 2 nmod",
        "at at ADP 7 case", "Norland Norland PROPN 5 nmod", ". . PUNCT 2 punct",
    ) == {("VLTOPP", "NOR", "141", "asserted")}  # fmt: skip
    # "Veltrian protesters threatened a protest against Norland.": none held
    assert not coded(
        d, "Veltrian Veltrian ADJ 2 amod", "protesters protester NOUN 3 nsubj",
        "threatened threaten VERB 0 root", "a a DET 5 det", "protest protest NOUN 3 obj",
        "against against ADP 7 case", "Norland Norland PROPN 5 nmod", ". . PUNCT 3 punct",
    )  # fmt: skip


def test_warning_shots_fired_to_disperse_a_crowd_are_repression(d):
    # "Police fired warning shots to disperse Veltrian protesters.", "fired" hung as an
    # adjective: repression (175), as tear gas is
    assert coded(
        d, "Police police NOUN 4 nsubj", "fired fire VERB 4 amod", "warning warning NOUN 4 compound",
        "shots shot NOUN 0 root", "to to PART 6 mark", "disperse disperse VERB 4 acl",
        "Veltrian Veltrian ADJ 8 amod", "protesters protester NOUN 6 obj", ". . PUNCT 4 punct",
    ) == {("VLTCOP", "VLTOPP", "175", "asserted")}  # fmt: skip


def test_police_that_break_up_a_gathering_repress_their_states_opposition(d):
    # "Veltrian police on Tuesday broke up a brief protest outside the Norlandic embassy.":
    # the protest's crowd is Veltria's opposition (175)
    got = coded(
        d, "Veltrian Veltrian ADJ 2 amod", "police police NOUN 5 nsubj", "on on ADP 4 case",
        "Tuesday Tuesday PROPN 5 obl", "broke break VERB 0 root", "up up ADP 5 compound:prt",
        "a a DET 9 det", "brief brief ADJ 9 amod", "protest protest NOUN 5 obj",
        "outside outside ADP 13 case", "the the DET 13 det", "Norlandic Norlandic ADJ 13 amod",
        "embassy embassy NOUN 9 nmod", ". . PUNCT 5 punct",
    )  # fmt: skip
    assert ("VLTCOP", "VLTOPP", "175", "asserted") in got
    # "Veltrian police urged people to break up a rally.": asked, not done
    assert not coded(
        d, "Veltrian Veltrian ADJ 2 amod", "police police NOUN 3 nsubj",
        "urged urge VERB 0 root", "people people NOUN 3 obj", "to to PART 6 mark",
        "break break VERB 3 xcomp", "up up ADP 6 compound:prt", "a a DET 9 det",
        "rally rally NOUN 6 obj", ". . PUNCT 3 punct",
    )  # fmt: skip


def test_tear_gas_written_with_a_hyphen_split_off(d):
    # "Veltrian police applied tear - gas on protesters .": the tokenizer split "tear-gas"
    assert coded(
        d, "Veltrian Veltrian ADJ 2 amod", "police police NOUN 3 nsubj",
        "applied apply VERB 0 root", "tear tear NOUN 6 compound", "- - PUNCT 4 punct",
        "gas gas NOUN 3 obj", "on on ADP 8 case", "protesters protester NOUN 6 nmod",
        ". . PUNCT 3 punct",
    ) == {("VLTCOP", "VLTOPP", "175", "asserted")}  # fmt: skip


def test_a_crowd_demanding_its_leaders_fall_demonstrates_for_leadership_change(d):
    # "Veltrian protesters marched , demanding the resignation of the Veltrian government .":
    # 1411, whatever the tree
    rows = [
        "Veltrian Veltrian ADJ 2 amod", "protesters protester NOUN 3 nsubj",
        "marched march VERB 0 root", ", , PUNCT 5 punct", "demanding demand VERB 3 advcl",
        "the the DET 7 det", "resignation resignation NOUN 5 obj", "of of ADP 11 case",
        "the the DET 11 det", "Veltrian Veltrian ADJ 11 amod",
    ]  # fmt: skip
    end = ["government government NOUN 7 nmod", ". . PUNCT 3 punct"]
    assert coded(d, *rows, *end) == {("VLTOPP", "VLTGOV", "1411", "asserted")}
    # "... the Norlandic government": a crowd demands its own leaders' fall, no other state's
    rows[9] = "Norlandic Norlandic ADJ 11 amod"
    assert not coded(d, *rows, *end)
    # "Thousands of Veltrians marched , calling for his ouster .": no leader named, the
    # government of the crowd's state
    assert coded(
        d, "Thousands thousand NOUN 4 nsubj", "of of ADP 3 case", "Veltrians Veltrian PROPN 1 nmod",
        "marched march VERB 0 root", ", , PUNCT 6 punct", "calling call VERB 4 advcl",
        "for for ADP 9 case", "his his PRON 9 nmod:poss", "ouster ouster NOUN 6 obl",
        ". . PUNCT 4 punct",
    ) == {("VLTOPP", "VLTGOV", "1411", "asserted")}  # fmt: skip
    # "Thousands of Veltrians gathered , calling for his ouster .": a throng of a people
    assert coded(
        d, "Thousands thousand NOUN 4 nsubj", "of of ADP 3 case", "Veltrians Veltrian PROPN 1 nmod",
        "gathered gather VERB 0 root", ", , PUNCT 6 punct", "calling call VERB 4 advcl",
        "for for ADP 9 case", "his his PRON 9 nmod:poss", "ouster ouster NOUN 6 obl",
        ". . PUNCT 4 punct",
    ) == {("VLTOPP", "VLTGOV", "1411", "asserted")}  # fmt: skip
    # "In Veltria , lawmakers called for his ouster .": a state named, no crowd
    assert not coded(
        d, "In in ADP 2 case", "Veltria Veltria PROPN 5 obl", ", , PUNCT 2 punct",
        "lawmakers lawmaker NOUN 5 nsubj", "called call VERB 0 root", "for for ADP 8 case",
        "his his PRON 8 nmod:poss", "ouster ouster NOUN 5 obl", ". . PUNCT 5 punct",
    )  # fmt: skip
    # "Veltrian protesters planned a rally to demand the resignation of the government .": a
    # demand to come
    assert not coded(
        d, "Veltrian Veltrian ADJ 2 amod", "protesters protester NOUN 3 nsubj",
        "planned plan VERB 0 root", "a a DET 5 det", "rally rally NOUN 3 obj", "to to PART 7 mark",
        "demand demand VERB 3 advcl", "the the DET 9 det", "resignation resignation NOUN 7 obj",
        "of of ADP 12 case", "the the DET 12 det", "government government NOUN 9 nmod",
        ". . PUNCT 3 punct",
    )  # fmt: skip
    # "Norland demanded the resignation of the Veltrian government .": no crowd
    assert not coded(
        d, "Norland Norland PROPN 2 nsubj", "demanded demand VERB 0 root", "the the DET 4 det",
        "resignation resignation NOUN 2 obj", "of of ADP 8 case", "the the DET 8 det",
        "Veltrian Veltrian ADJ 8 amod", "government government NOUN 4 nmod", ". . PUNCT 2 punct",
    )  # fmt: skip
