"""kg.coding.requests: an act done "at the request of" someone answers a request that
someone made of the actor who acts (020); an order to leave the country is an expulsion, of
the state whose envoy is ordered out.

Every sentence and parse here is written for these tests (the invented states Veltria and
Norland, in a user's own dictionaries)."""

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
GOVERNMENT [~GOV]
POLICE {} [~COP]
JOURNALIST [~MED]
OFFICIAL [~GOV]
SOLDIER [~MIL]
"""
VERBS = """\
--- DECIDE [---] ---
DECIDE {DECIDED DECIDING DECIDES}

--- CALL [---] ---
CALL {CALLED CALLING CALLS}
- * (FOR RELEASE) [0253]

--- ORDER [100] ---
ORDER {ORDERED ORDERING ORDERS}

--- LEAVE [---] ---
LEAVE {LEFT LEAVING LEAVES}
"""


@pytest.fixture(scope="module")
def d(tmp_path_factory):
    return load_own(tmp_path_factory.mktemp("requests"), actors=ACTORS, agents=AGENTS, verbs=VERBS)


def test_an_act_at_the_request_of_an_actor_answers_its_request(d):
    # "After a request from the Norlandic government, Veltria decided to help.": Norland
    # asked Veltria (020)
    assert coded(
        d, "After after ADP 3 case", "a a DET 3 det", "request request NOUN 9 obl",
        "from from ADP 7 case", "the the DET 7 det", "Norlandic Norlandic ADJ 7 amod",
        "government government NOUN 3 nmod", ", , PUNCT 3 punct", "Veltria Veltria PROPN 10 nsubj",
        "decided decide VERB 0 root", "to to PART 12 mark", "help help VERB 10 xcomp",
        ". . PUNCT 10 punct",
    ) == {("NORGOV", "VLT", "020", "asserted")}  # fmt: skip
    # "Veltrian police arrested him, following a request by Norland.": the doer named first
    assert coded(
        d, "Veltrian Veltrian ADJ 2 amod", "police police NOUN 3 nsubj",
        "arrested arrest VERB 0 root", "him he PRON 3 obj", ", , PUNCT 8 punct",
        "following follow VERB 8 case", "a a DET 8 det", "request request NOUN 3 obl",
        "by by ADP 10 case", "Norland Norland PROPN 8 nmod", ". . PUNCT 3 punct",
    ) == {("NOR", "VLTCOP", "020", "asserted")}  # fmt: skip


def test_a_request_no_act_answers_is_none(d):
    # "Veltria rejected the request of Norland.": no act at its request (the verb's reading
    # is the dictionary's)
    assert not coded(
        d, "Veltria Veltria PROPN 2 nsubj", "rejected reject VERB 0 root", "the the DET 4 det",
        "request request NOUN 2 obj", "of of ADP 6 case", "Norland Norland PROPN 4 nmod",
        ". . PUNCT 2 punct",
    )  # fmt: skip


def test_an_appeal_about_ones_own_people_is_made_to_whoever_holds_them(d):
    # "Veltria called for the release of a Veltrian journalist detained in Norland.": an appeal
    # to Norland (0253), not to the journalist
    got = coded(
        d, "Veltria Veltria PROPN 2 nsubj", "called call VERB 0 root", "for for ADP 5 case",
        "the the DET 5 det", "release release NOUN 2 obl", "of of ADP 9 case", "a a DET 9 det",
        "Veltrian Veltrian ADJ 9 amod", "journalist journalist NOUN 5 nmod",
        "detained detain VERB 9 acl", "in in ADP 12 case", "Norland Norland PROPN 10 obl",
        ". . PUNCT 2 punct",
    )  # fmt: skip
    assert ("VLT", "NOR", "0253", "asserted") in got
    assert not any(t.startswith("VLT") for _s, t, _c, _f in got)


def test_an_order_to_leave_the_country_is_an_expulsion(d):
    # "Veltria ordered a Norlandic official to leave the country.": a diplomat's expulsion
    # (161), not a demand (the dictionary's 100 for "order")
    def rows(noun: str, *negation: str) -> list[str]:
        n = len(negation)  # "not" before "to" moves the words after it on by one
        return [
            "Veltria Veltria PROPN 2 nsubj", "ordered order VERB 0 root", "a a DET 5 det",
            "Norlandic Norlandic ADJ 5 amod", f"{noun} {noun} NOUN 2 obj", *negation,
            f"to to PART {7 + n} mark", "leave leave VERB 2 xcomp", f"the the DET {9 + n} det",
            f"country country NOUN {7 + n} obj", ". . PUNCT 2 punct",
        ]  # fmt: skip

    assert coded(d, *rows("official")) == {("VLT", "NORGOV", "161", "asserted")}
    # a journalist is expelled as a person (174)
    assert coded(d, *rows("journalist")) == {("VLT", "NORMED", "174", "asserted")}
    # troops ordered out are asked to withdraw: the order stays a demand
    assert coded(d, *rows("soldier")) == {("VLT", "NORMIL", "100", "asserted")}
    # "Veltria ordered a Norlandic official not to leave the country": no expulsion
    got = coded(d, *rows("official", "not not PART 8 advmod"))
    assert not {c for _s, _t, c, _f in got} & {"161", "174"}


def test_an_envoy_of_a_state_named_inside_the_order_is_expelled_for_that_state(d):
    # "Veltria ordered the high commissioner for Norland to leave the country.": the envoy's
    # title is no agent the dictionaries know, the state inside the phrase is whose envoy
    # it is: Norland's diplomat expelled (161)
    def rows(noun: str) -> list[str]:
        return [
            "Veltria Veltria PROPN 2 nsubj", "ordered order VERB 0 root", "the the DET 5 det",
            "high high ADJ 5 amod", f"{noun} {noun} NOUN 2 obj", "for for ADP 7 case",
            "Norland Norland PROPN 5 nmod", "to to PART 9 mark", "leave leave VERB 2 xcomp",
            "the the DET 11 det", "country country NOUN 9 obj", ". . PUNCT 2 punct",
        ]  # fmt: skip

    assert coded(d, *rows("commissioner")) == {("VLT", "NOR", "161", "asserted")}
    # "... ordered the high command for Norland to leave ...": no envoy, no expulsion
    assert not {c for _s, _t, c, _f in coded(d, *rows("command"))} & {"161", "174"}


def test_an_order_is_what_it_orders_never_a_bare_demand(d):
    # "Veltria ordered Norlandic journalists detained .": ORDER's bare 100 is no act of its own
    assert not coded(
        d, "Veltria Veltria PROPN 2 nsubj", "ordered order VERB 0 root",
        "Norlandic Norlandic ADJ 4 amod", "journalists journalist NOUN 2 obj",
        "detained detained ADJ 4 amod", ". . PUNCT 2 punct",
    )  # fmt: skip
