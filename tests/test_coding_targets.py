"""kg.coding.targets and kg.coding.pairs: whom a state arrests or detains, named or not, is a
person it holds, of its own state unless the sentence says otherwise; a state named only as
the side of a border is no place an act was done in; a state's own envoy recalled is recalled
from where the envoy served; the place where two sides agree is no side; who did what is
criticized is the target of the criticism; a state's forces that shell a place of their own
state are coded between that state and itself, and so is force on what names no one in a
sentence that names that state alone; two states that break off ties break them with each
other; a partner named after "with" is met however the parser hung the phrase.

Every sentence and parse here is written for these tests (the invented states Veltria and
Norland, in a user's own dictionaries)."""

from __future__ import annotations

import pytest
from coding_cases import coded, conllu, load_own

from kg.coding.targets import surface_target
from kg.coding.tree import Sentence, Unit
from kg.parse.conllu import to_document

ACTORS = """\
VELTRIA_ [VLT]
+VELTRIAN_
NORLAND_ [NOR]
+NORLANDIC_
OSTIA_ [OST]
KARVEN_ [VLT]
"""
AGENTS = """\
POLICE {} [~COP]
SOLDIER [~MIL]
JOURNALIST [~MED]
MILITANT [~REB]
AMBASSADOR [~GOV]
TANKER [~BUS]
"""
VERBS = """\
--- DETAIN [173] ---
DETAIN {DETAINED DETAINING DETAINS}
ARREST {ARRESTED ARRESTING ARRESTS}
--- ATTACK [190] ---
ATTACK {ATTACKED ATTACKING ATTACKS}
KILL {KILLED KILLING KILLS}
--- RECALL [161] ---
RECALL {RECALLED RECALLING RECALLS}
--- SEIZE [171] ---
SEIZE {SEIZED SEIZING SEIZES}
--- AGREE [050] ---
AGREE {AGREED AGREEING AGREES}
- * (TO CEASEFIRE) [0871:0871]
--- DECLARE [---] ---
DECLARE {DECLARED DECLARING DECLARES}
- * CEASEFIRE [0871:0871]
--- SHELL [194] ---
SHELL {SHELLED SHELLING SHELLS}
--- CONDEMN [111] ---
CONDEMN {CONDEMNED CONDEMNING CONDEMNS}
--- IMPOSE [---] ---
IMPOSE {IMPOSED IMPOSING IMPOSES}
- * SANCTIONS [163]
--- SEVER [---] ---
SEVER {SEVERED SEVERING SEVERS}
- * TIES [161]
--- MEET [040] ---
MEET {MET MEETING MEETS}
"""


@pytest.fixture(scope="module")
def d(tmp_path_factory):
    return load_own(tmp_path_factory.mktemp("targets"), actors=ACTORS, agents=AGENTS, verbs=VERBS)


def test_an_unnamed_person_arrested_is_held_by_the_arresting_state(d):
    # "Veltrian police detained a man.": Veltria's police took one of its own
    assert coded(
        d, "Veltrian Veltrian ADJ 2 amod", "police police NOUN 3 nsubj",
        "detained detain VERB 0 root", "a a DET 5 det", "man man NOUN 3 obj", ". . PUNCT 3 punct",
    ) == {("VLTCOP", "VLTCVL", "173", "asserted")}  # fmt: skip
    # "A man was arrested by Veltrian police.": the same, in the passive
    assert coded(
        d, "A a DET 2 det", "man man NOUN 4 nsubj:pass", "was be AUX 4 aux:pass",
        "arrested arrest VERB 0 root", "by by ADP 7 case", "Veltrian Veltrian ADJ 7 amod",
        "police police NOUN 4 obl", ". . PUNCT 4 punct",
    ) == {("VLTCOP", "VLTCVL", "173", "asserted")}  # fmt: skip


def test_an_agent_of_no_state_arrested_takes_the_arresting_state(d):
    # "Veltrian police detained two journalists.": Veltria's media
    assert coded(
        d, "Veltrian Veltrian ADJ 2 amod", "police police NOUN 3 nsubj",
        "detained detain VERB 0 root", "two two NUM 5 nummod", "journalists journalist NOUN 3 obj",
        ". . PUNCT 3 punct",
    ) == {("VLTCOP", "VLTMED", "173", "asserted")}  # fmt: skip
    # "Veltrian police detained two Norlandic journalists.": the sentence says whose
    assert coded(
        d, "Veltrian Veltrian ADJ 2 amod", "police police NOUN 3 nsubj",
        "detained detain VERB 0 root", "two two NUM 6 nummod", "Norlandic Norlandic ADJ 6 amod",
        "journalists journalist NOUN 3 obj", ". . PUNCT 3 punct",
    ) == {("VLTCOP", "NORMED", "173", "asserted")}  # fmt: skip


def test_only_an_arrest_makes_an_unnamed_person_the_states_own(d):
    # "Veltrian police detained him.": a pronoun stands for someone named before
    assert not coded(
        d, "Veltrian Veltrian ADJ 2 amod", "police police NOUN 3 nsubj",
        "detained detain VERB 0 root", "him he PRON 3 obj", ". . PUNCT 3 punct",
    )  # fmt: skip
    # "Veltrian soldiers attacked a man.": an attack holds no one; he is no one named
    assert not coded(
        d, "Veltrian Veltrian ADJ 2 amod", "soldiers soldier NOUN 3 nsubj",
        "attacked attack VERB 0 root", "a a DET 5 det", "man man NOUN 3 obj", ". . PUNCT 3 punct",
    )  # fmt: skip


def test_a_state_named_as_a_borders_side_is_no_place_of_the_act(d):
    # "Veltrian soldiers killed militants in a region near the Norlandic border.": neither
    # Norland's militants nor an attack on Norland; the militants' state is not said
    rows = (
        "Veltrian Veltrian ADJ 2 amod", "soldiers soldier NOUN 3 nsubj", "killed kill VERB 0 root",
        "militants militant NOUN 3 obj", "in in ADP 7 case", "a a DET 7 det",
        "region region NOUN 4 nmod", "near near ADP 11 case", "the the DET 11 det",
        "Norlandic Norlandic ADJ 11 amod", "border border NOUN 7 nmod", ". . PUNCT 3 punct",
    )  # fmt: skip
    assert not {e for e in coded(d, *rows) if e[1].startswith("NOR")}
    # "Veltrian soldiers killed militants in a region of Norland.": Norland's
    rows = (
        "Veltrian Veltrian ADJ 2 amod", "soldiers soldier NOUN 3 nsubj", "killed kill VERB 0 root",
        "militants militant NOUN 3 obj", "in in ADP 7 case", "a a DET 7 det",
        "region region NOUN 4 nmod", "of of ADP 9 case", "Norland Norland PROPN 7 nmod",
        ". . PUNCT 3 punct",
    )  # fmt: skip
    assert ("VLTMIL", "NORREB", "190", "asserted") in coded(d, *rows)


def test_property_a_state_seizes_is_not_its_own(d):
    # "Veltria seized a tanker .": a ship of no state named is no one's; unlike people a
    # state arrests, it is not Veltria's own
    assert not coded(
        d, "Veltria Veltria PROPN 2 nsubj", "seized seize VERB 0 root", "a a DET 4 det",
        "tanker tanker NOUN 2 obj", ". . PUNCT 2 punct",
    )  # fmt: skip
    # "Veltria detained a journalist .": a person it holds is its own
    assert coded(
        d, "Veltria Veltria PROPN 2 nsubj", "detained detain VERB 0 root", "a a DET 4 det",
        "journalist journalist NOUN 2 obj", ". . PUNCT 2 punct",
    ) == {("VLT", "VLTMED", "173", "asserted")}  # fmt: skip


def test_whom_a_state_arrests_is_not_the_state_named_in_why(d):
    # "Veltrian police detained a journalist for spying for Norland .": the journalist, held
    # by Veltria, is Veltria's; Norland is named in the reason, not arrested
    assert coded(
        d, "Veltrian Veltrian ADJ 2 amod", "police police NOUN 3 nsubj",
        "detained detain VERB 0 root", "a a DET 5 det", "journalist journalist NOUN 3 obj",
        "for for ADP 7 case", "spying spy VERB 5 acl", "for for ADP 9 case",
        "Norland Norland PROPN 7 obl", ". . PUNCT 3 punct",
    ) == {("VLTCOP", "VLTMED", "173", "asserted")}  # fmt: skip


def test_an_envoy_recalled_is_recalled_from_where_the_envoy_served(d):
    # "Veltria recalled its ambassadors to Norland and Ostia .": "to Norland" hangs on the
    # envoys, not on the verb; the recall is from Norland and from Ostia, not from Veltria
    assert coded(
        d, "Veltria Veltria PROPN 2 nsubj", "recalled recall VERB 0 root",
        "its its PRON 4 nmod:poss", "ambassadors ambassador NOUN 2 obj", "to to ADP 6 case",
        "Norland Norland PROPN 4 nmod", "and and CCONJ 8 cc", "Ostia Ostia PROPN 6 conj",
        ". . PUNCT 2 punct",
    ) == {("VLT", "NOR", "161", "asserted"), ("VLT", "OST", "161", "asserted")}  # fmt: skip


def test_the_place_an_act_done_both_ways_was_agreed_in_is_no_side(d):
    # "Norlandic militants agreed to a ceasefire in Ostia .": the talks' venue is no party
    assert not coded(
        d, "Norlandic Norlandic ADJ 2 amod", "militants militant NOUN 3 nsubj",
        "agreed agree VERB 0 root", "to to ADP 6 case", "a a DET 6 det",
        "ceasefire ceasefire NOUN 3 obl", "in in ADP 8 case", "Ostia Ostia PROPN 3 obl",
        ". . PUNCT 3 punct",
    )  # fmt: skip
    # "Veltria declared a unilateral ceasefire in Norland .": a one-sided act there is toward
    # the state it is in
    assert ("VLT", "NOR", "0871", "asserted") in coded(
        d, "Veltria Veltria PROPN 2 nsubj", "declared declare VERB 0 root", "a a DET 5 det",
        "unilateral unilateral ADJ 5 amod", "ceasefire ceasefire NOUN 2 obj", "in in ADP 7 case",
        "Norland Norland PROPN 2 obl", ". . PUNCT 2 punct",
    )  # fmt: skip


def test_who_did_what_is_criticized_is_its_target(d):
    # "Veltria condemned the sanctions that were imposed by Norland.": criticism of Norland
    assert coded(
        d, "Veltria Veltria PROPN 2 nsubj", "condemned condemn VERB 0 root",
        "the the DET 4 det", "sanctions sanction NOUN 2 obj", "that that PRON 7 nsubj:pass",
        "were be AUX 7 aux:pass", "imposed impose VERB 4 acl:relcl", "by by ADP 9 case",
        "Norland Norland PROPN 7 obl", ". . PUNCT 2 punct",
    ) == {("VLT", "NOR", "111", "asserted")}  # fmt: skip


def test_a_states_forces_that_shell_a_place_of_their_own_state_fight_in_a_civil_war(d):
    # "Veltrian soldiers shelled Karven." (a Veltrian city): coded Veltria to Veltria
    assert coded(
        d, "Veltrian Veltrian ADJ 2 amod", "soldiers soldier NOUN 3 nsubj",
        "shelled shell VERB 0 root", "Karven Karven PROPN 3 obj", ". . PUNCT 3 punct",
    ) == {("VLTMIL", "VLT", "194", "asserted")}  # fmt: skip
    # "Veltrian soldiers attacked Karven.": an attack near at hand is no such strike
    assert not coded(
        d, "Veltrian Veltrian ADJ 2 amod", "soldiers soldier NOUN 3 nsubj",
        "attacked attack VERB 0 root", "Karven Karven PROPN 3 obj", ". . PUNCT 3 punct",
    )  # fmt: skip


def test_a_state_that_arrests_its_own_officials_of_the_same_agent_arrests_them(d):
    # "Veltrian police detained Veltrian police officers.": the same code both sides, two
    # people, one arrest (as "South Korean authorities arrested President Yoon")
    assert coded(
        d, "Veltrian Veltrian ADJ 2 amod", "police police NOUN 3 nsubj",
        "detained detain VERB 0 root", "Veltrian Veltrian ADJ 6 amod", "police police NOUN 6 compound",
        "officers officer NOUN 3 obj", ". . PUNCT 3 punct",
    ) == {("VLTCOP", "VLTCOP", "173", "asserted")}  # fmt: skip


def test_a_name_after_to_that_a_tagger_made_a_verb_is_still_the_target():
    # "concluded a visit to Nepal on Friday", "Nepal" tagged a verb (an infinitive's, as small
    # taggers tag a name after "to"): still the actor the visit was made to
    doc = to_document(conllu(
        "Veltria Veltria PROPN 2 nsubj", "concluded conclude VERB 0 root", "a a DET 4 det",
        "visit visit NOUN 2 obj", "to to PART 6 mark", "Norland Norland VERB 2 advcl",
        "on on ADP 8 case", "Friday Friday PROPN 6 obl", ". . PUNCT 2 punct",
    ))  # fmt: skip
    sent = Sentence.from_stanza(doc.sentences[0])
    norland = Unit("NOR", 6, 6, {6}, "NOR")
    assert surface_target(sent, 2, [Unit("VLT", 1, 1, {1}, "VLT"), norland]) == [norland]


def test_an_act_of_force_on_unnamed_people_in_a_one_state_sentence_is_on_that_state(d):
    # "Veltrian militants attacked the town .": the town is Veltria's
    assert coded(
        d, "Veltrian Veltrian ADJ 2 amod", "militants militant NOUN 3 nsubj",
        "attacked attack VERB 0 root", "the the DET 5 det", "town town NOUN 3 obj",
        ". . PUNCT 3 punct",
    ) == {("VLTREB", "VLT", "190", "asserted")}  # fmt: skip
    # "Veltrian militants attacked the town , Norland said .": a second state; whose town it
    # is is not said
    assert not {e for e in coded(
        d, "Veltrian Veltrian ADJ 2 amod", "militants militant NOUN 3 nsubj",
        "attacked attack VERB 8 ccomp", "the the DET 5 det", "town town NOUN 3 obj",
        ", , PUNCT 8 punct", "Norland Norland PROPN 8 nsubj", "said say VERB 0 root",
        ". . PUNCT 8 punct",
    ) if e[2] == "190"}  # fmt: skip


def test_two_states_that_sever_ties_sever_them_with_each_other(d):
    # "Veltria and Norland severed ties.": each with the other (161 both ways)
    assert coded(
        d, "Veltria Veltria PROPN 4 nsubj", "and and CCONJ 3 cc", "Norland Norland PROPN 1 conj",
        "severed sever VERB 0 root", "ties tie NOUN 4 obj", ". . PUNCT 4 punct",
    ) == {("VLT", "NOR", "161", "asserted"), ("NOR", "VLT", "161", "asserted")}  # fmt: skip
    # "Veltria and Norland imposed sanctions.": on someone not named, not on each other
    assert not coded(
        d, "Veltria Veltria PROPN 4 nsubj", "and and CCONJ 3 cc", "Norland Norland PROPN 1 conj",
        "imposed impose VERB 0 root", "sanctions sanction NOUN 4 obj", ". . PUNCT 4 punct",
    )  # fmt: skip


def test_a_partner_met_with_is_met_wherever_the_parser_hung_the_with_phrase(d):
    # "Veltria met Monday in Karven with the Norlandic ambassador.", "with" hung on the city
    # (a place of Veltria's, no partner): the ambassador is met, both ways
    rows = (
        "Veltria Veltria PROPN 2 nsubj", "met meet VERB 0 root", "Monday Monday PROPN 2 obl",
        "in in ADP 5 case", "Karven Karven PROPN 2 obl", "with with ADP 9 case", "the the DET 9 det",
        "Norlandic Norlandic ADJ 9 amod", "ambassador ambassador NOUN 5 nmod", ". . PUNCT 2 punct",
    )  # fmt: skip
    assert coded(d, *rows) == {
        ("VLT", "NORGOV", "040", "asserted"), ("NORGOV", "VLT", "040", "asserted"),
    }  # fmt: skip
    # read in word order, past the article and the demonym that stand behind "with"
    sent = Sentence.from_stanza(to_document(conllu(*rows)).sentences[0])
    veltria, karven = Unit("VLT", 1, 1, {1}, "VLT"), Unit("VLT", 5, 5, {5}, "VLT")
    envoy = Unit("NORGOV", 8, 9, {8, 9}, "NOR")
    assert surface_target(sent, 2, [veltria, karven, envoy], "040") == [envoy]
    # "Veltria arrived in Karven on his first official visit .", "official" a noun (an agent
    # word): behind a plain adjective it is no one met
    sent = Sentence.from_stanza(to_document(conllu(
        "Veltria Veltria PROPN 2 nsubj", "arrived arrive VERB 0 root", "in in ADP 4 case",
        "Karven Karven PROPN 2 obl", "on on ADP 8 case", "his his PRON 8 nmod:poss",
        "first first ADJ 8 amod", "official official NOUN 2 obl", "visit visit NOUN 8 compound",
        ". . PUNCT 2 punct",
    )).sentences[0])  # fmt: skip
    official = Unit("VLTGOV", 8, 8, {8}, "VLT")
    assert surface_target(sent, 2, [veltria, karven, official], "040") == []
