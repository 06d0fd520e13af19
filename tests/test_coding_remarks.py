"""kg.coding.remarks: a participle of accusing or criticising with no subject of its own is
said by its verb's doer, of whom the verb acted on.

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
OSTIA_ [OST]
"""
AGENTS = """\
DIPLOMAT [~GOV]
"""
VERBS = """\
--- EXPEL [160] ---
EXPEL {EXPELLED EXPELLING EXPELS}
- * DIPLOMAT [161]
"""


@pytest.fixture(scope="module")
def d(tmp_path_factory):
    return load_own(tmp_path_factory.mktemp("remarks"), actors=ACTORS, agents=AGENTS, verbs=VERBS)


def test_accusing_him_is_the_doers_accusation_of_whom_it_acted_on(d):
    # "Veltria expelled a Norlandic diplomat, accusing him of spying.": the expulsion, and
    # Veltria's accusation (112) of the diplomat
    assert coded(
        d, "Veltria Veltria PROPN 2 nsubj", "expelled expel VERB 0 root", "a a DET 5 det",
        "Norlandic Norlandic ADJ 5 amod", "diplomat diplomat NOUN 2 obj", ", , PUNCT 7 punct",
        "accusing accuse VERB 2 advcl", "him he PRON 7 obj", "of of SCONJ 10 mark",
        "spying spy VERB 7 advcl", ". . PUNCT 2 punct",
    ) == {("VLT", "NORGOV", "161", "asserted"), ("VLT", "NORGOV", "112", "asserted")}  # fmt: skip


def test_a_named_object_is_itself_and_a_subject_of_its_own_says_it(d):
    # "Veltria expelled a Norlandic diplomat, accusing Ostia.": Ostia is accused
    events = coded(
        d, "Veltria Veltria PROPN 2 nsubj", "expelled expel VERB 0 root", "a a DET 5 det",
        "Norlandic Norlandic ADJ 5 amod", "diplomat diplomat NOUN 2 obj", ", , PUNCT 7 punct",
        "accusing accuse VERB 2 advcl", "Ostia Ostia PROPN 7 obj", ". . PUNCT 2 punct",
    )  # fmt: skip
    assert ("VLT", "OST", "112", "asserted") in events
    assert ("VLT", "NORGOV", "112", "asserted") not in events
    # "Veltria expelled a Norlandic diplomat, with Ostia accusing him.": Ostia speaks
    events = coded(
        d, "Veltria Veltria PROPN 2 nsubj", "expelled expel VERB 0 root", "a a DET 5 det",
        "Norlandic Norlandic ADJ 5 amod", "diplomat diplomat NOUN 2 obj", ", , PUNCT 9 punct",
        "with with SCONJ 9 mark", "Ostia Ostia PROPN 9 nsubj", "accusing accuse VERB 2 advcl",
        "him he PRON 9 obj", ". . PUNCT 2 punct",
    )  # fmt: skip
    assert not any(e[2] == "112" and e[0] == "VLT" for e in events)


def test_a_second_verb_of_accusing_is_the_doers_too(d):
    # "Veltria expelled a Norlandic diplomat and accused him of spying.": "accused" joined to
    # the expulsion, with no subject of its own
    assert coded(
        d, "Veltria Veltria PROPN 2 nsubj", "expelled expel VERB 0 root", "a a DET 5 det",
        "Norlandic Norlandic ADJ 5 amod", "diplomat diplomat NOUN 2 obj", "and and CCONJ 7 cc",
        "accused accuse VERB 2 conj", "him he PRON 7 obj", "of of SCONJ 10 mark",
        "spying spy VERB 7 advcl", ". . PUNCT 2 punct",
    ) == {("VLT", "NORGOV", "161", "asserted"), ("VLT", "NORGOV", "112", "asserted")}  # fmt: skip


def test_remarks_named_by_a_noun_with_their_maker(d):
    # "Veltria denied claims by Norland that it spied.": Norland's accusation of Veltria
    assert ("NOR", "VLT", "112", "asserted") in coded(
        d, "Veltria Veltria PROPN 2 nsubj", "denied deny VERB 0 root", "claims claim NOUN 2 obj",
        "by by ADP 5 case", "Norland Norland PROPN 3 nmod", "that that SCONJ 8 mark",
        "it it PRON 8 nsubj", "spied spy VERB 3 acl", ". . PUNCT 2 punct",
    )  # fmt: skip
    # "Veltria expelled a diplomat, drawing condemnation from Ostia.": Ostia's criticism
    assert ("OST", "VLT", "111", "asserted") in coded(
        d, "Veltria Veltria PROPN 2 nsubj", "expelled expel VERB 0 root", "a a DET 4 det",
        "diplomat diplomat NOUN 2 obj", ", , PUNCT 6 punct", "drawing draw VERB 2 advcl",
        "condemnation condemnation NOUN 6 obj", "from from ADP 9 case", "Ostia Ostia PROPN 7 nmod",
        ". . PUNCT 2 punct",
    )  # fmt: skip
    # "Veltria feared any criticism from Ostia.": none made
    assert not any(
        e[2] == "111"
        for e in coded(
            d, "Veltria Veltria PROPN 2 nsubj", "feared fear VERB 0 root", "any any DET 4 det",
            "criticism criticism NOUN 2 obj", "from from ADP 6 case", "Ostia Ostia PROPN 4 nmod",
            ". . PUNCT 2 punct",
        )
    )  # fmt: skip
