"""kg.coding.aid: aid named by a noun, read in word order, from its donor to its recipient
(073), only when given.

Every sentence and parse here is written for these tests (the invented states Veltria,
Norland and Ostia, in a user's own dictionaries)."""

from __future__ import annotations

import pytest
from coding_cases import coded, load_own

ACTORS = """\
VELTRIA_ [VLT]
+VELTRIAN_
NORLAND_ [NOR]
+NORLANDIC_
OSTIA_ [OST]
+OSTIAN_
"""
AGENTS = """\
PLANE [~MIL]
"""
VERBS = """\
--- REQUEST [020] ---
REQUEST {REQUESTED REQUESTING REQUESTS}
"""


@pytest.fixture(scope="module")
def d(tmp_path_factory):
    return load_own(tmp_path_factory.mktemp("aid"), actors=ACTORS, agents=AGENTS, verbs=VERBS)


def test_aid_sent_is_aid_given(d):
    # "Veltria mounted a relief mission to Norland.": humanitarian aid (073)
    assert coded(
        d, "Veltria Veltria PROPN 2 nsubj", "mounted mount VERB 0 root", "a a DET 5 det",
        "relief relief NOUN 5 compound", "mission mission NOUN 2 obj", "to to ADP 7 case",
        "Norland Norland PROPN 5 nmod", ". . PUNCT 2 punct",
    ) == {("VLT", "NOR", "073", "asserted")}  # fmt: skip
    # "Veltria provided Norland with relief materials.": the recipient given it directly
    assert coded(
        d, "Veltria Veltria PROPN 2 nsubj", "provided provide VERB 0 root",
        "Norland Norland PROPN 2 obj", "with with ADP 6 case", "relief relief NOUN 6 compound",
        "materials material NOUN 2 obl", ". . PUNCT 2 punct",
    ) == {("VLT", "NOR", "073", "asserted")}  # fmt: skip


def test_two_donors_joined_by_and_both_give(d):
    # "Veltrian and Ostian planes carrying aid landed in Norland."
    assert coded(
        d, "Veltrian Veltrian ADJ 4 amod", "and and CCONJ 3 cc", "Ostian Ostian ADJ 1 conj",
        "planes plane NOUN 7 nsubj", "carrying carry VERB 4 acl", "aid aid NOUN 5 obj",
        "landed land VERB 0 root", "in in ADP 9 case", "Norland Norland PROPN 7 obl",
        ". . PUNCT 7 punct",
    ) >= {("VLTMIL", "NOR", "073", "asserted"), ("OSTMIL", "NOR", "073", "asserted")}  # fmt: skip


def test_aid_asked_for_or_promised_is_no_aid_given(d):
    # "Norland requested aid from Veltria.": an appeal, no aid
    assert not {
        e for e in coded(
            d, "Norland Norland PROPN 2 nsubj", "requested request VERB 0 root",
            "aid aid NOUN 2 obj", "from from ADP 5 case", "Veltria Veltria PROPN 3 nmod",
            ". . PUNCT 2 punct",
        ) if e[2] == "073"
    }  # fmt: skip
    # "Veltria promised aid to Norland.": an intent, the verb's to code
    assert not {
        e for e in coded(
            d, "Veltria Veltria PROPN 2 nsubj", "promised promise VERB 0 root",
            "aid aid NOUN 2 obj", "to to ADP 5 case", "Norland Norland PROPN 2 obl",
            ". . PUNCT 2 punct",
        ) if e[2] == "073"
    }  # fmt: skip
    # "Veltria vetoed an Ostian aid package for Norland.": no aid given, by either
    assert not {
        e for e in coded(
            d, "Veltria Veltria PROPN 2 nsubj", "vetoed veto VERB 0 root", "an a DET 6 det",
            "Ostian Ostian ADJ 6 amod", "aid aid NOUN 6 compound", "package package NOUN 2 obj",
            "for for ADP 8 case", "Norland Norland PROPN 6 nmod", ". . PUNCT 2 punct",
        ) if e[2] == "073"
    }  # fmt: skip
    # "Norland thanked Veltria for the aid.": Veltria gave it, not Norland
    assert ("NOR", "VLT", "073", "asserted") not in coded(
        d, "Norland Norland PROPN 2 nsubj", "thanked thank VERB 0 root", "Veltria Veltria PROPN 2 obj",
        "for for ADP 6 case", "the the DET 6 det", "aid aid NOUN 2 obl", ". . PUNCT 2 punct",
    )  # fmt: skip
    # "Norland appealed for two million dollars in aid for Ostia.": asked for, however far
    assert not {
        e for e in coded(
            d, "Norland Norland PROPN 2 nsubj", "appealed appeal VERB 0 root", "for for ADP 6 case",
            "two two NUM 5 nummod", "million million NUM 6 nummod", "dollars dollar NOUN 2 obl",
            "in in ADP 8 case", "aid aid NOUN 6 nmod", "for for ADP 10 case", "Ostia Ostia PROPN 8 nmod",
            ". . PUNCT 2 punct",
        ) if e[2] == "073"
    }  # fmt: skip


def test_relief_from_a_burden_asked_for_or_named_by_its_workers_is_no_aid_given(d):
    # "Veltria discussed debt relief with Norland .": relief from debt is no aid
    assert not coded(
        d, "Veltria Veltria PROPN 2 nsubj", "discussed discuss VERB 0 root",
        "debt debt NOUN 4 compound", "relief relief NOUN 2 obj", "with with ADP 6 case",
        "Norland Norland PROPN 2 obl", ". . PUNCT 2 punct",
    )  # fmt: skip
    # "Veltria is urging Norland to send relief .": asked for, not given
    assert not coded(
        d, "Veltria Veltria PROPN 3 nsubj", "is be AUX 3 aux", "urging urge VERB 0 root",
        "Norland Norland PROPN 3 obj", "to to PART 6 mark", "send send VERB 3 xcomp",
        "relief relief NOUN 6 obj", ". . PUNCT 3 punct",
    )  # fmt: skip
    # "Veltrian aid workers arrived in Norland .": the workers are no aid given
    assert not coded(
        d, "Veltrian Veltrian ADJ 3 amod", "aid aid NOUN 3 compound", "workers worker NOUN 4 nsubj",
        "arrived arrive VERB 0 root", "in in ADP 6 case", "Norland Norland PROPN 4 obl",
        ". . PUNCT 4 punct",
    )  # fmt: skip
