"""kg.coding.remarks: a participle of accusing or criticising with no subject of its own is
said by its verb's doer, of whom the verb acted on; remarks denied, and what a denial is about.

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
MINISTER [~GOV]
"""
VERBS = """\
--- DENOUNCE [111] ---
DENOUNCE {DENOUNCED DENOUNCING DENOUNCES}

--- DENY [---] ---
DENY {DENIED DENYING DENIES}
- * ALLEGATION [016]

--- REJECT [120] ---
REJECT {REJECTED REJECTING REJECTS}

--- URGE [020] ---
URGE {URGED URGING URGES}

--- SEVER [---] ---
SEVER {SEVERED SEVERING SEVERS}
- * RELATIONS [161]

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
    # "Veltria denied Norland's claims." / "... the accusations of Norland.": denied, the
    # remarks were made, by their possessor or "of" phrase, against the denier
    assert ("NOR", "VLT", "112", "asserted") in coded(
        d, "Veltria Veltria PROPN 2 nsubj", "denied deny VERB 0 root",
        "Norland Norland PROPN 5 nmod:poss", "'s 's PART 3 case", "claims claim NOUN 2 obj",
        ". . PUNCT 2 punct",
    )  # fmt: skip
    assert ("NOR", "VLT", "112", "asserted") in coded(
        d, "Veltria Veltria PROPN 2 nsubj", "denied deny VERB 0 root", "the the DET 4 det",
        "accusations accusation NOUN 2 obj", "of of ADP 6 case", "Norland Norland PROPN 4 nmod",
        ". . PUNCT 2 punct",
    )  # fmt: skip
    # "Veltria rejected as groundless Norlandic accusations .": the demonym names the maker
    assert ("NOR", "VLT", "112", "asserted") in coded(
        d, "Veltria Veltria PROPN 2 nsubj", "rejected reject VERB 0 root", "as as ADP 4 case",
        "groundless groundless ADJ 2 obl", "Norlandic Norlandic ADJ 6 amod",
        "accusations accusation NOUN 2 obj", ". . PUNCT 2 punct",
    )  # fmt: skip
    # "Veltria renewed its claims to Norland.": no denial, no remark coded
    assert not any(
        e[2] == "112"
        for e in coded(
            d, "Veltria Veltria PROPN 2 nsubj", "renewed renew VERB 0 root",
            "Norland Norland PROPN 5 nmod:poss", "'s 's PART 3 case", "claims claim NOUN 2 obj",
            ". . PUNCT 2 punct",
        )
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


def test_a_document_accusing_or_condemning_someone_is_its_makers_remark(d):
    # "Ostia rejected a Veltrian statement accusing Norland of spying.": Veltria's accusation
    # (112) of Norland, beside Ostia's rejection
    rows = [
        "Ostia Ostia PROPN 2 nsubj", "rejected reject VERB 0 root", "a a DET 5 det",
        "Veltrian Veltrian ADJ 5 amod", "statement statement NOUN 2 obj",
        "accusing accuse VERB 5 acl", "Norland Norland PROPN 6 obj", "of of SCONJ 9 mark",
        "spying spy VERB 6 advcl", ". . PUNCT 2 punct",
    ]  # fmt: skip
    got = coded(d, *rows)
    assert {("VLT", "NOR", "112", "asserted"), ("OST", "VLT", "120", "asserted")} <= got
    # "Ostia rejected a Veltrian resolution condemning its troops.": of the rejecter (111)
    got = coded(
        d, "Ostia Ostia PROPN 2 nsubj", "rejected reject VERB 0 root", "a a DET 5 det",
        "Veltrian Veltrian ADJ 5 amod", "resolution resolution NOUN 2 obj",
        "condemning condemn VERB 5 acl", "its its PRON 8 nmod:poss", "troops troop NOUN 6 obj",
        ". . PUNCT 2 punct",
    )  # fmt: skip
    assert ("VLT", "OST", "111", "asserted") in got
    # "Ostia rejected a Veltrian statement welcoming Norland.": no remark
    rows[5] = "welcoming welcome VERB 5 acl"
    assert not any(c.startswith("11") for _s, _t, c, _f in coded(d, *rows))


def test_a_remark_made_by_someone_is_theirs_however_the_participle_hangs(d):
    # "Veltria denied the allegations made by a minister of Norland.", with "made" hung on
    # "denied" as a parser did: the minister's accusation of Veltria, and Veltria's denial
    events = coded(
        d, "Veltria Veltria PROPN 2 nsubj", "denied deny VERB 0 root", "the the DET 4 det",
        "allegations allegation NOUN 2 obj", "made make VERB 2 xcomp", "by by ADP 8 case",
        "a a DET 8 det", "minister minister NOUN 5 obl", "of of ADP 10 case",
        "Norland Norland PROPN 8 nmod", ". . PUNCT 2 punct",
    )  # fmt: skip
    assert ("NORGOV", "VLT", "112", "asserted") in events
    assert ("VLT", "NORGOV", "016", "asserted") in events
    # "Veltria denied the allegations made in Ostia.": no maker named, no accusation
    assert not any(
        e[2] == "112"
        for e in coded(
            d, "Veltria Veltria PROPN 2 nsubj", "denied deny VERB 0 root", "the the DET 4 det",
            "allegations allegation NOUN 2 obj", "made make VERB 4 acl", "in in ADP 7 case",
            "Ostia Ostia PROPN 5 obl", ". . PUNCT 2 punct",
        )
    )  # fmt: skip


def test_a_remark_hung_on_a_verb_of_saying_is_of_whom_the_doer_acted_on(d):
    # "Veltria is expelling Norlandic diplomats, the Veltrian minister said, accusing its
    # neighbour of spying.": the neighbour is whom Veltria expelled
    got = coded(
        d, "Veltria Veltria PROPN 3 nsubj", "is be AUX 3 aux", "expelling expel VERB 0 root",
        "Norlandic Norlandic ADJ 5 amod", "diplomats diplomat NOUN 3 obj", ", , PUNCT 9 punct",
        "Veltrian Veltrian ADJ 8 amod", "minister minister NOUN 9 nsubj", "said say VERB 3 parataxis",
        ", , PUNCT 11 punct", "accusing accuse VERB 9 advcl", "its its PRON 13 nmod:poss",
        "neighbour neighbour NOUN 11 obj", "of of SCONJ 15 mark", "spying spy VERB 11 advcl",
        ". . PUNCT 3 punct",
    )  # fmt: skip
    assert ("VLTGOV", "NORGOV", "112") in {(s, t, c) for s, t, c, _f in got}


def test_a_remark_on_what_someone_did_is_on_them(d):
    # "Veltria expelled a Norlandic diplomat, condemning Ostia's actions.": criticism of Ostia
    got = coded(
        d, "Veltria Veltria PROPN 2 nsubj", "expelled expel VERB 0 root", "a a DET 5 det",
        "Norlandic Norlandic ADJ 5 amod", "diplomat diplomat NOUN 2 obj", ", , PUNCT 7 punct",
        "condemning condemn VERB 2 advcl", "Ostia Ostia PROPN 10 nmod:poss", "'s 's PART 8 case",
        "actions action NOUN 7 obj", ". . PUNCT 2 punct",
    )  # fmt: skip
    assert ("VLT", "OST", "111", "asserted") in got


def test_criticism_of_no_one_named_is_aimed_where_the_doer_appeals(d):
    # "Veltria denounced the sentences and urged Norland to free the prisoners.": criticism
    # of Norland (111) beside the appeal (020)
    got = coded(
        d, "Veltria Veltria PROPN 2 nsubj", "denounced denounce VERB 0 root", "the the DET 4 det",
        "sentences sentence NOUN 2 obj", "and and CCONJ 6 cc", "urged urge VERB 2 conj",
        "Norland Norland PROPN 6 obj", "to to PART 9 mark", "free free VERB 6 xcomp",
        "the the DET 11 det", "prisoners prisoner NOUN 9 obj", ". . PUNCT 2 punct",
    )  # fmt: skip
    assert {("VLT", "NOR", "111"), ("VLT", "NOR", "020")} <= {(s, t, c[:3]) for s, t, c, _f in got}


def test_a_condemnation_of_no_one_named_is_of_who_did_the_act_the_sentence_tells(d):
    # "Norland expelled a diplomat; Veltria denounced the move.": criticism of Norland
    got = coded(
        d, "Norland Norland PROPN 2 nsubj", "expelled expel VERB 0 root", "a a DET 4 det",
        "diplomat diplomat NOUN 2 obj", "; ; PUNCT 7 punct", "Veltria Veltria PROPN 7 nsubj",
        "denounced denounce VERB 2 parataxis", "the the DET 9 det", "move move NOUN 7 obj",
        ". . PUNCT 2 punct",
    )  # fmt: skip
    assert ("VLT", "NOR", "111") in {(s, t, c[:3]) for s, t, c, _f in got}
    # "Veltria denounced the move.": no act told, no one criticised
    assert not coded(
        d, "Veltria Veltria PROPN 2 nsubj", "denounced denounce VERB 0 root", "the the DET 4 det",
        "move move NOUN 2 obj", ". . PUNCT 2 punct",
    )  # fmt: skip


def test_a_move_condemned_by_someone_is_their_criticism_of_its_doer(d):
    # "Norland expelled a diplomat, a move denounced by Veltria.": the parser hung "by Veltria"
    # on the participle with "move" as its subject; Veltria criticises Norland
    rows = [
        "Norland Norland PROPN 2 nsubj", "expelled expel VERB 0 root", "a a DET 4 det",
        "diplomat diplomat NOUN 2 obj", ", , PUNCT 8 punct", "a a DET 7 det",
        "move move NOUN 8 nsubj", "denounced denounce VERB 2 advcl", "by by ADP 10 case",
        "Veltria Veltria PROPN 8 obl", ". . PUNCT 2 punct",
    ]  # fmt: skip
    assert ("VLT", "NOR", "111") in {(s, t, c[:3]) for s, t, c, _f in coded(d, *rows)}
    # "..., a move denounced as a bid by Veltria": Veltria's bid, no one's condemnation
    rows[8:11] = [
        "as as ADP 11 case", "a a DET 11 det", "bid bid NOUN 8 obl", "by by ADP 13 case",
        "Veltria Veltria PROPN 11 nmod", ". . PUNCT 2 punct",
    ]  # fmt: skip
    assert ("VLT", "NOR", "111") not in {(s, t, c[:3]) for s, t, c, _f in coded(d, *rows)}


def test_a_denial_that_names_no_one_is_about_the_state_the_denied_claim_names(d):
    # "Veltria denied allegations that it helped Norlandic rebels .": a denial (016) about
    # Norland
    assert ("VLT", "NOR", "016", "asserted") in coded(
        d, "Veltria Veltria PROPN 2 nsubj", "denied deny VERB 0 root",
        "allegations allegation NOUN 2 obj", "that that SCONJ 6 mark", "it it PRON 6 nsubj",
        "helped help VERB 2 advcl", "Norlandic Norlandic ADJ 8 amod", "rebels rebel NOUN 6 obj",
        ". . PUNCT 2 punct",
    )  # fmt: skip


def test_a_remark_set_off_from_the_act_is_its_doers_however_the_parser_hung_it(d):
    # "Veltria severed relations with Norland on Tuesday, accusing Ostia of arming rebels.",
    # "accusing" hung on "Norland" as a small parser did: Veltria's accusation of Ostia
    events = coded(
        d, "Veltria Veltria PROPN 2 nsubj", "severed sever VERB 0 root",
        "relations relation NOUN 2 obj", "with with ADP 5 case", "Norland Norland PROPN 3 nmod",
        "on on ADP 7 case", "Tuesday Tuesday PROPN 5 nmod", ", , PUNCT 9 punct",
        "accusing accuse VERB 5 acl", "Ostia Ostia PROPN 9 obj", "of of SCONJ 12 mark",
        "arming arm VERB 9 advcl", "rebels rebel NOUN 12 obj", ". . PUNCT 2 punct",
    )  # fmt: skip
    assert ("VLT", "NOR", "161", "asserted") in events
    assert ("VLT", "OST", "112", "asserted") in events
    assert not any(e[2] == "112" and e[1] == "NOR" for e in events)
    # "Veltria severed relations with Norland accusing her of meddling.": "her" is whom the
    # relations were severed with, not Norland accusing anyone
    events = coded(
        d, "Veltria Veltria PROPN 2 nsubj", "severed sever VERB 0 root",
        "relations relation NOUN 2 obj", "with with ADP 5 case", "Norland Norland PROPN 3 nmod",
        "accusing accuse VERB 5 acl", "her she PRON 6 obj", "of of SCONJ 9 mark",
        "meddling meddle VERB 6 advcl", ". . PUNCT 2 punct",
    )  # fmt: skip
    assert ("VLT", "NOR", "112", "asserted") in events


def test_a_relative_clause_of_accusing_is_the_doers_remark_on_the_noun_before(d):
    # "Veltria severed relations with Norland, which it accuses of spying."
    events = coded(
        d, "Veltria Veltria PROPN 2 nsubj", "severed sever VERB 0 root",
        "relations relation NOUN 2 obj", "with with ADP 5 case", "Norland Norland PROPN 3 nmod",
        ", , PUNCT 9 punct", "which which PRON 9 obj", "it it PRON 9 nsubj",
        "accuses accuse VERB 5 acl:relcl", "of of SCONJ 11 mark", "spying spy VERB 9 advcl",
        ". . PUNCT 2 punct",
    )  # fmt: skip
    assert ("VLT", "NOR", "112", "asserted") in events


def test_a_remark_after_another_actors_clause_is_not_the_first_doers(d):
    # "Veltria severed relations with Norland after Ostia protested, accusing it of spying.":
    # who accuses whom is Ostia's clause's to tell, not Veltria's accusation of Norland
    events = coded(
        d, "Veltria Veltria PROPN 2 nsubj", "severed sever VERB 0 root",
        "relations relation NOUN 2 obj", "with with ADP 5 case", "Norland Norland PROPN 3 nmod",
        "after after SCONJ 8 mark", "Ostia Ostia PROPN 8 nsubj", "protested protest VERB 2 advcl",
        ", , PUNCT 10 punct", "accusing accuse VERB 8 advcl", "it it PRON 10 obj",
        "of of SCONJ 13 mark", "spying spy VERB 10 advcl", ". . PUNCT 2 punct",
    )  # fmt: skip
    assert ("VLT", "NOR", "161", "asserted") in events
    assert ("VLT", "NOR", "112", "asserted") not in events
