"""kg.coding.operations: joint military operations named by a noun are military cooperation
(062) between their sides, both ways, beside the act done in them.

Every sentence and parse here is written for these tests (the invented states Veltria and
Norland, in a user's own dictionaries); the trees are broken the way small parsers break
news sentences."""

from __future__ import annotations

import pytest
from coding_cases import VELTRIA_NORLAND, coded, load_own

AGENTS = """\
TROOPS [~MIL]
ARMY [~MIL]
"""
VERBS = """\
--- KILL [190] ---
KILL {KILLED KILLING KILLS}
--- LAUNCH [---] ---
LAUNCH {LAUNCHED LAUNCHING LAUNCHES}
"""

BOTH = {("VLTMIL", "NORMIL", "062"), ("NORMIL", "VLTMIL", "062")}


@pytest.fixture(scope="module")
def d(tmp_path_factory):
    return load_own(
        tmp_path_factory.mktemp("operations"), actors=VELTRIA_NORLAND, agents=AGENTS, verbs=VERBS
    )


def codes(d, *rows):
    return {(s, t, c) for s, t, c, f in coded(d, *rows) if f == "asserted"}


def test_joint_strikes_of_a_coordinated_subject(d):
    # "Veltrian and Norlandic troops launched joint strikes on rebels."
    rows = [
        "Veltrian Veltrian ADJ 4 amod", "and and CCONJ 3 cc", "Norlandic Norlandic ADJ 1 conj",
        "troops troop NOUN 5 nsubj", "launched launch VERB 0 root", "joint joint ADJ 7 amod",
        "strikes strike NOUN 5 obj", "on on ADP 9 case", "rebels rebel NOUN 7 nmod",
        ". . PUNCT 5 punct",
    ]  # fmt: skip
    assert codes(d, *rows) >= BOTH
    # "... launched strikes on rebels.": no word makes them joint
    rows[5] = "heavy heavy ADJ 7 amod"
    assert not BOTH & codes(d, *rows)


def test_a_joint_operation_with_a_partner_frames_the_act(d):
    # "Veltrian troops killed ten rebels in a joint operation with the Norlandic army."
    rows = [
        "Veltrian Veltrian ADJ 2 amod", "troops troop NOUN 3 nsubj", "killed kill VERB 0 root",
        "ten ten NUM 5 nummod", "rebels rebel NOUN 3 obj", "in in ADP 9 case", "a a DET 9 det",
        "joint joint ADJ 9 amod", "operation operation NOUN 3 obl", "with with ADP 13 case",
        "the the DET 13 det", "Norlandic Norlandic ADJ 13 amod", "army army NOUN 9 nmod",
        ". . PUNCT 3 punct",
    ]  # fmt: skip
    assert codes(d, *rows) >= BOTH
    # "... did not kill ... in a joint operation with ...": none under a negated verb
    negated = [
        "Veltrian Veltrian ADJ 2 amod", "troops troop NOUN 5 nsubj", "did do AUX 5 aux",
        "not not PART 5 advmod", "kill kill VERB 0 root", "ten ten NUM 7 nummod",
        "rebels rebel NOUN 5 obj", "in in ADP 11 case", "a a DET 11 det",
        "joint joint ADJ 11 amod", "operation operation NOUN 5 obl", "with with ADP 15 case",
        "the the DET 15 det", "Norlandic Norlandic ADJ 15 amod", "army army NOUN 11 nmod",
        ". . PUNCT 5 punct",
    ]  # fmt: skip
    assert not BOTH & codes(d, *negated)
