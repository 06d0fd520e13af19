"""kg.coding.mediation: a mediator named in a "by" phrase ("a deal brokered by X", "talks
mediated by X"), by its role ("X acted as an intermediary") or by its mediation ("under the
mediation of X") mediates (045) towards each side of the agreement, meeting or release the
sentence reports; the host of talks "hosted by" X hosts (043) each side.

Every sentence and parse here is written for these tests (the invented states Veltria,
Norland and Ostia, in a user's own dictionaries)."""

from __future__ import annotations

import pytest
from coding_cases import coded, load_own

ACTORS = """\
VELTRIA_ [VLT]
NORLAND_ [NOR]
OSTIA_ [OST]
+OSTIAN_
"""
VERBS = """\
--- SIGN [---] ---
SIGN {SIGNED SIGNING SIGNS}
- * DEAL [057:057]
--- CONDEMN [111] ---
CONDEMN {CONDEMNED CONDEMNING CONDEMNS}
--- ACT [---] ---
ACT {ACTED ACTING ACTS}
"""


@pytest.fixture(scope="module")
def d(tmp_path_factory):
    return load_own(tmp_path_factory.mktemp("mediation"), actors=ACTORS, verbs=VERBS)


def _mediation(events):
    return {e for e in events if e[2] == "045"}


def test_a_deal_brokered_by_a_mediator(d):
    # "Veltria and Norland signed a deal brokered by Ostia."
    events = coded(
        d, "Veltria Veltria PROPN 4 nsubj", "and and CCONJ 3 cc", "Norland Norland PROPN 1 conj",
        "signed sign VERB 0 root", "a a DET 6 det", "deal deal NOUN 4 obj",
        "brokered broker VERB 6 acl", "by by ADP 9 case", "Ostia Ostia PROPN 7 obl",
        ". . PUNCT 4 punct",
    )  # fmt: skip
    assert {("VLT", "NOR", "057", "asserted"), ("NOR", "VLT", "057", "asserted")} <= events
    assert _mediation(events) == {
        ("OST", "VLT", "045", "asserted"),
        ("OST", "NOR", "045", "asserted"),
    }


def test_no_mediation_named_as_an_adjective_or_beside_no_agreement(d):
    # "Veltria and Norland signed an Ostian-brokered deal.": a label of the deal
    assert not _mediation(coded(
        d, "Veltria Veltria PROPN 4 nsubj", "and and CCONJ 3 cc", "Norland Norland PROPN 1 conj",
        "signed sign VERB 0 root", "an a DET 8 det", "Ostian Ostian ADJ 8 amod",
        "- - PUNCT 8 punct", "brokered broker VERB 9 amod", "deal deal NOUN 4 obj",
        ". . PUNCT 4 punct",
    ))  # fmt: skip
    # "Veltria condemned the deal brokered by Ostia.": no sides that agreed
    assert not _mediation(coded(
        d, "Veltria Veltria PROPN 2 nsubj", "condemned condemn VERB 0 root", "the the DET 4 det",
        "deal deal NOUN 2 obj", "brokered broker VERB 4 acl", "by by ADP 7 case",
        "Ostia Ostia PROPN 5 obl", ". . PUNCT 2 punct",
    ))  # fmt: skip


def test_a_mediator_named_by_its_role_or_its_mediation(d):
    # "Veltria and Norland signed a deal after Ostia acted as an intermediary.", with "Ostia"
    # hung as a phrase of "acted": the name right before the verb acts in the role
    rows = [
        "Veltria Veltria PROPN 4 nsubj", "and and CCONJ 3 cc", "Norland Norland PROPN 1 conj",
        "signed sign VERB 0 root", "a a DET 6 det", "deal deal NOUN 4 obj",
        "after after ADP 8 case", "Ostia Ostia PROPN 9 obl", "acted act VERB 4 advcl",
        "as as ADP 12 case", "an a DET 12 det", "intermediary intermediary NOUN 9 obl",
        ". . PUNCT 4 punct",
    ]  # fmt: skip
    both = {("OST", "VLT", "045", "asserted"), ("OST", "NOR", "045", "asserted")}
    assert _mediation(coded(d, *rows)) == both
    # "Veltria and Norland signed a deal under the mediation of Ostia."
    assert _mediation(coded(
        d, "Veltria Veltria PROPN 4 nsubj", "and and CCONJ 3 cc", "Norland Norland PROPN 1 conj",
        "signed sign VERB 0 root", "a a DET 6 det", "deal deal NOUN 4 obj",
        "under under ADP 9 case", "the the DET 9 det", "mediation mediation NOUN 4 obl",
        "of of ADP 11 case", "Ostia Ostia PROPN 9 nmod", ". . PUNCT 4 punct",
    )) == both  # fmt: skip


def test_talks_hosted_by_someone_are_its_hosting_of_each_side(d):
    # "Veltria and Norland signed a deal after talks hosted by Ostia.": Ostia hosts (043)
    # each side; "a deal hosted by Ostia" (no talks named) is no hosting
    events = coded(
        d, "Veltria Veltria PROPN 4 nsubj", "and and CCONJ 3 cc", "Norland Norland PROPN 1 conj",
        "signed sign VERB 0 root", "a a DET 6 det", "deal deal NOUN 4 obj",
        "after after ADP 8 case", "talks talk NOUN 4 obl", "hosted host VERB 8 acl",
        "by by ADP 11 case", "Ostia Ostia PROPN 9 obl", ". . PUNCT 4 punct",
    )  # fmt: skip
    assert {e for e in events if e[2] == "043"} == {
        ("OST", "VLT", "043", "asserted"),
        ("OST", "NOR", "043", "asserted"),
    }
    assert not any(e[2] == "043" for e in coded(
        d, "Veltria Veltria PROPN 4 nsubj", "and and CCONJ 3 cc", "Norland Norland PROPN 1 conj",
        "signed sign VERB 0 root", "a a DET 6 det", "deal deal NOUN 4 obj",
        "hosted host VERB 6 acl", "by by ADP 9 case", "Ostia Ostia PROPN 7 obl",
        ". . PUNCT 4 punct",
    ))  # fmt: skip
