"""kg.coding.threats: a vow or threat to retaliate threatens (130) whom it would answer: whom
it names, else whom the vower's act it goes on from was aimed at, else who did something
hostile to the vower's state in the sentence.

Every sentence and parse here is written for these tests (the invented states Veltria and
Norland, in a user's own dictionaries)."""

from __future__ import annotations

import pytest
from coding_cases import VELTRIA_NORLAND, coded, load_own

ACTORS = VELTRIA_NORLAND + "KARVEN_ [VLT]\n"
AGENTS = """\
SOLDIER [~MIL]
"""
VERBS = """\
--- ACCUSE [112] ---
ACCUSE {ACCUSED ACCUSING ACCUSES}
--- ATTACK [190] ---
ATTACK {ATTACKED ATTACKING ATTACKS}
--- VOW [030] ---
VOW {VOWED VOWING VOWS}
"""


@pytest.fixture(scope="module")
def d(tmp_path_factory):
    return load_own(tmp_path_factory.mktemp("threats"), actors=ACTORS, agents=AGENTS, verbs=VERBS)


def threats(events: set[tuple[str, str, str, str]]) -> set[tuple[str, str]]:
    return {(s, t) for s, t, c, _f in events if c[:2] == "13"}


def test_a_vow_to_retaliate_named_at_someone_threatens_them(d):
    # "Veltria vowed to respond to attacks by Norland."
    assert threats(coded(
        d, "Veltria Veltria PROPN 2 nsubj", "vowed vow VERB 0 root", "to to PART 4 mark",
        "respond respond VERB 2 xcomp", "to to ADP 6 case", "attacks attack NOUN 4 obl",
        "by by ADP 8 case", "Norland Norland PROPN 6 nmod", ". . PUNCT 2 punct",
    )) == {("VLT", "NOR")}  # fmt: skip


def test_a_vow_to_retaliate_after_an_accusation_threatens_the_accused(d):
    # "Veltria accused Norland of spying and vowed revenge."
    assert threats(coded(
        d, "Veltria Veltria PROPN 2 nsubj", "accused accuse VERB 0 root",
        "Norland Norland PROPN 2 obj", "of of SCONJ 5 mark", "spying spy VERB 2 advcl",
        "and and CCONJ 7 cc", "vowed vow VERB 2 conj", "revenge revenge NOUN 7 obj",
        ". . PUNCT 2 punct",
    )) == {("VLT", "NOR")}  # fmt: skip


def test_a_vow_to_retaliate_threatens_who_attacked_the_vowers_state(d):
    # "Norlandic soldiers attacked Karven, and Veltria vowed to retaliate."
    assert threats(coded(
        d, "Norlandic Norlandic ADJ 2 amod", "soldiers soldier NOUN 3 nsubj",
        "attacked attack VERB 0 root", "Karven Karven PROPN 3 obj", ", , PUNCT 8 punct",
        "and and CCONJ 8 cc", "Veltria Veltria PROPN 8 nsubj", "vowed vow VERB 3 conj",
        "to to PART 10 mark", "retaliate retaliate VERB 8 xcomp", ". . PUNCT 3 punct",
    )) == {("VLT", "NORMIL")}  # fmt: skip
    # "Norlandic soldiers attacked Karven, and Veltria vowed to rebuild.": no answer in kind
    assert not threats(coded(
        d, "Norlandic Norlandic ADJ 2 amod", "soldiers soldier NOUN 3 nsubj",
        "attacked attack VERB 0 root", "Karven Karven PROPN 3 obj", ", , PUNCT 8 punct",
        "and and CCONJ 8 cc", "Veltria Veltria PROPN 8 nsubj", "vowed vow VERB 3 conj",
        "to to PART 10 mark", "rebuild rebuild VERB 8 xcomp", ". . PUNCT 3 punct",
    ))  # fmt: skip
