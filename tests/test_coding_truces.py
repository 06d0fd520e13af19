"""kg.coding.truces: a ceasefire its sides agreed, read in word order (0871 both ways), only
when agreed.

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
"""
AGENTS = """\
GOVERNMENT [~GOV]
REBEL [~REB]
"""
VERBS = """\
--- URGE [020] ---
URGE {URGED URGING URGES}
"""


@pytest.fixture(scope="module")
def d(tmp_path_factory):
    return load_own(tmp_path_factory.mktemp("truces"), actors=ACTORS, agents=AGENTS, verbs=VERBS)


def test_sides_that_agreed_to_cease_hostilities(d):
    # "The Veltrian government and rebels agreed on Monday to cease hostilities.", "agreed"
    # hung as an adjective: the two sides agreed a ceasefire with each other
    assert coded(
        d, "The the DET 3 det", "Veltrian Veltrian ADJ 3 amod", "government government NOUN 0 root",
        "and and CCONJ 5 cc", "rebels rebel NOUN 3 conj", "agreed agree VERB 5 amod",
        "on on ADP 8 case", "Monday Monday PROPN 6 obl", "to to PART 10 mark",
        "cease cease VERB 6 xcomp", "hostilities hostility NOUN 10 obj", ". . PUNCT 3 punct",
    ) == {("VLTGOV", "VLTREB", "0871", "asserted"), ("VLTREB", "VLTGOV", "0871", "asserted")}  # fmt: skip


def test_a_ceasefire_agreed_with_someone(d):
    # "Veltria agreed to a ceasefire deal with Norland.", "agreed" hung as a noun's adjective
    assert coded(
        d, "Veltria Veltria PROPN 6 nsubj", "agreed agree VERB 6 amod", "to to ADP 6 case",
        "a a DET 6 det", "ceasefire ceasefire NOUN 6 compound", "deal deal NOUN 0 root",
        "with with ADP 8 case", "Norland Norland PROPN 6 nmod", ". . PUNCT 6 punct",
    ) == {("VLT", "NOR", "0871", "asserted"), ("NOR", "VLT", "0871", "asserted")}  # fmt: skip


def test_a_ceasefire_urged_or_violated_is_none_agreed(d):
    # "Veltria urged Norland to agree to a ceasefire.": an appeal, no ceasefire agreed
    assert not {
        e for e in coded(
            d, "Veltria Veltria PROPN 2 nsubj", "urged urge VERB 0 root",
            "Norland Norland PROPN 2 obj", "to to PART 5 mark", "agree agree VERB 2 xcomp",
            "to to ADP 8 case", "a a DET 8 det", "ceasefire ceasefire NOUN 5 obl",
            ". . PUNCT 2 punct",
        ) if e[2] == "0871"
    }  # fmt: skip


def test_a_cessation_of_hostilities_agreed_is_a_ceasefire(d):
    # "The Veltrian government and rebels agreed to a permanent cessation of hostilities ."
    assert coded(
        d, "The the DET 3 det", "Veltrian Veltrian ADJ 3 amod", "government government NOUN 6 nsubj",
        "and and CCONJ 5 cc", "rebels rebel NOUN 3 conj", "agreed agree VERB 0 root",
        "to to ADP 10 case", "a a DET 10 det", "permanent permanent ADJ 10 amod",
        "cessation cessation NOUN 6 obl", "of of ADP 12 case", "hostilities hostility NOUN 10 nmod",
        ". . PUNCT 6 punct",
    ) == {("VLTGOV", "VLTREB", "0871", "asserted"), ("VLTREB", "VLTGOV", "0871", "asserted")}  # fmt: skip


def test_a_ceasefire_agreed_is_no_cooperation_besides(tmp_path):
    # "Veltria and Norland agreed a ceasefire.", with a dictionary whose AGREE codes 050
    # bare: the ceasefire (0871) both ways, not also the verb's cooperation
    own = load_own(tmp_path, actors=ACTORS, agents=AGENTS, verbs=VERBS + AGREE)
    assert coded(
        own, "Veltria Veltria PROPN 4 nsubj", "and and CCONJ 3 cc", "Norland Norland PROPN 1 conj",
        "agreed agree VERB 0 root", "a a DET 6 det", "ceasefire ceasefire NOUN 4 obj",
        ". . PUNCT 4 punct",
    ) == {("VLT", "NOR", "0871", "asserted"), ("NOR", "VLT", "0871", "asserted")}  # fmt: skip
    # "Veltria and Norland agreed a plan.": no ceasefire, the verb's code stands
    assert ("VLT", "NOR", "050", "asserted") in coded(
        own, "Veltria Veltria PROPN 4 nsubj", "and and CCONJ 3 cc", "Norland Norland PROPN 1 conj",
        "agreed agree VERB 0 root", "a a DET 6 det", "plan plan NOUN 4 obj", ". . PUNCT 4 punct",
    )  # fmt: skip


AGREE = """
--- AGREE [050] ---
AGREE {AGREED AGREEING AGREES}
"""
