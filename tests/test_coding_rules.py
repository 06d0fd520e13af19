"""kg.coding: the rules that read past a bare tree: a pronoun subject that stands for the
actor who speaks, a "by" phrase that names the actor of a noun, meetings and acts of force
one way or both, a state that shares the agents of the next ("X and Y soldiers"), the
dateline's place, the subject of a "that" clause as a target, visits named by a noun and
guests received.

Every sentence and parse here is written for these tests (the invented states Veltria,
Norland and Ostia, in a user's own dictionaries)."""

from __future__ import annotations

import pytest
from coding_cases import coded, conllu, load_own

from kg.coding.sentence import Sentence, find_mentions
from kg.parse.conllu import to_document

ACTORS = """\
VELTRIA_ [VLT]
+VELTRIAN_
NORLAND_ [NOR]
+NORLANDIC_
OSTIA_ [OST]
+OSTIAN_
KARVENIA_ [KRV]
AL-KARVA_ [VLTREB]
NORTH_OSTIA_ [NOS]
+NORTH_OSTIAN_
MALE_ [MDV]
UNITED_NATIONS_ [IGOUNO]
MAY_15_ [NORREB]
PEOPLE'S_ARMY_ [NORMIL]
+PA_
BLACK_BANNER_ [IMGMUSBLB]
"""
AGENTS = """\
POLICE {} [~COP]
SOLDIER [~MIL]
GOVERNMENT [~GOV]
PROTESTER [~OPP]
REBEL [~REB]
REPRESENTATIVE [~LEG]
GUNMAN {GUNMEN} [~UAF]
MILITANT [~UAF]
PROSECUTOR [~JUD]
"""
VERBS = """\
--- CRITICIZE [111] ---
CRITICIZE
CONDEMN

--- ATTACK [190] ---
ATTACK

--- ARREST [173] ---
ARREST

--- MEET [040] ---
MEET {MET MEETING MEETS}
- * (FOR TALKS) [036:036]

--- DEPART [040] ---
DEPART {DEPARTED DEPARTING DEPARTS}

--- SPEAK [---] ---
SPEAK {SPOKE SPOKEN SPEAKING SPEAKS}
- * (BY PHONE) [041]

--- HOLD [---] ---
HOLD {HELD HOLDING HOLDS}
- * TALKS [046]

--- EXCHANGE [---] ---
EXCHANGE {EXCHANGED EXCHANGING EXCHANGES}
- * FIRE [193:193]

--- HIT [193:193] ---
HIT {HITS HITTING}

--- SAY [010] ---
SAY {SAID SAYS SAYING}

--- RESPOND [---] ---
RESPOND

--- GATHER [040] ---
GATHER {GATHERED GATHERING GATHERS}

--- DEMAND [100] ---
DEMAND
- * WITHDRAWAL [025]
- * RELEASE [1053]

--- RELEASE [0841] ---
RELEASE

--- PROTEST [140] ---
PROTEST

--- APPROVE [080] ---
APPROVE

--- DEPLOY [074] ---
DEPLOY

--- SUMMON [114] ---
SUMMON

--- THREATEN [130] ---
THREATEN

--- BELIEVE [012] ---
BELIEVE

--- RESTORE [050] ---
RESTORE
- * {FULL TIES} [+++]

--- WELCOME [051] ---
WELCOME

--- SIGN [---] ---
SIGN {SIGNED SIGNING SIGNS}
- * ACCORD [057]

--- ACCUSE [112] ---
ACCUSE

--- CONDUCT [---] ---
CONDUCT {CONDUCTED CONDUCTING CONDUCTS}
- * EXERCISE [062]

--- MANAGE [060] ---
MANAGE

--- INCREASE [060] ---
INCREASE

--- DELAY [120] ---
DELAY

--- DENY [---] ---
DENY {DENIED DENYING DENIES}

--- SHOOT [---] ---
SHOOT {SHOT SHOOTING SHOOTS}
- * AT [193]
- * BETWEEN [193:193]

--- BEAT [190] ---
BEAT {BEATEN BEATING BEATS}

--- WITHDRAW [---] ---
WITHDRAW {WITHDREW WITHDRAWN WITHDRAWING WITHDRAWS}
- * SOLDIERS [0874]

--- COME [---] ---
COME {CAME COMING COMES}
- * (TO) [040]

--- DECLARE [---] ---
DECLARE {DECLARED DECLARING DECLARES}
- * TRUCE [0871:0871]

--- CONFINE [170] ---
DETAIN [173]
STAGE {STAGED STAGING STAGES}
- * DEMONSTRATION [141]  # STAGE

--- MANAGE_ORDER [060] ---
ORDER [100]
- * (TO LEAVE) [174]  # ORDER

--- COMMIT [---] ---
COMMIT {COMMITTED COMMITTING COMMITS}
- * (TO COOPERATION) [030]

--- PLEDGE [030] ---
PLEDGE {PLEDGED PLEDGING PLEDGES}
TRAIN {TRAINED TRAINING TRAINS}
PLAN {PLANNED PLANNING PLANS}
"""


@pytest.fixture(scope="module")
def d(tmp_path_factory):
    """A user's own dictionaries, as PETRARCH text files in one folder."""
    return load_own(tmp_path_factory.mktemp("rules"), actors=ACTORS, agents=AGENTS, verbs=VERBS)


# ---- a pronoun subject is the actor who speaks


def test_it_under_a_verb_of_saying_is_the_speaker(d):
    # "Veltria said it would attack Norland.": a threat of force (138) by Veltria; the attack
    # itself is future, not an event that happened
    assert coded(
        d, "Veltria Veltria PROPN 2 nsubj", "said say VERB 0 root", "it it PRON 5 nsubj",
        "would would AUX 5 aux", "attack attack VERB 2 ccomp", "Norland Norland PROPN 5 obj",
        ". . PUNCT 2 punct",
    ) == {("VLT", "NOR", "138", "asserted"), ("VLT", "NOR", "190", "future")}  # fmt: skip


def test_it_stands_for_a_speaker_a_parser_split_in_two_subjects(d):
    # "The Veltrian government says it attacked Norland.", "Veltrian" and "government" both
    # hung as subjects: one actor speaks
    assert ("VLTGOV", "NOR", "190", "reported") in coded(
        d, "The the DET 3 det", "Veltrian Veltrian ADJ 4 nsubj",
        "government government NOUN 4 nsubj", "says say VERB 0 root", "it it PRON 6 nsubj",
        "attacked attack VERB 4 ccomp", "Norland Norland PROPN 6 obj", ". . PUNCT 4 punct",
    )  # fmt: skip


def test_they_stands_for_every_actor_of_a_coordinated_subject(d):
    # "Veltria and Norland said they attacked Ostia.": both did; "it" stands for neither
    rows = [
        "Veltria Veltria PROPN 4 nsubj", "and and CCONJ 3 cc", "Norland Norland PROPN 1 conj",
        "said say VERB 0 root", "they they PRON 6 nsubj", "attacked attack VERB 4 ccomp",
        "Ostia Ostia PROPN 6 obj", ". . PUNCT 4 punct",
    ]  # fmt: skip
    both = {("VLT", "OST", "190", "reported"), ("NOR", "OST", "190", "reported")}
    assert both <= coded(d, *rows)
    rows[4] = "it it PRON 6 nsubj"
    assert not both & coded(d, *rows)


def test_it_stands_for_the_organ_when_a_state_and_its_organ_are_two_subjects(d):
    # "Veltria's soldiers said it attacked Norland.", "Veltria" and "soldiers" both hung as
    # subjects of "said": "it" is the soldiers, Veltria's
    assert ("VLTMIL", "NOR", "190", "reported") in coded(
        d, "Veltria Veltria PROPN 4 nsubj", "'s 's PART 1 case", "soldiers soldier NOUN 4 nsubj",
        "said say VERB 0 root", "it it PRON 6 nsubj", "attacked attack VERB 4 ccomp",
        "Norland Norland PROPN 6 obj", ". . PUNCT 4 punct",
    )  # fmt: skip


def test_a_capitalised_pronoun_inside_a_sentence_is_a_name(d):
    # "The Veltrian government met with He Tenn, the Norlandic government's envoy.": "He" is
    # no pronoun standing for the government, but the name of Norland's envoy
    events = coded(
        d, "The the DET 3 det", "Veltrian Veltrian ADJ 3 amod",
        "government government NOUN 4 nsubj", "met meet VERB 0 root", "with with SCONJ 7 mark",
        "He he PRON 7 nsubj", "Tenn tenn VERB 4 advcl", ", , PUNCT 13 punct",
        "the the DET 11 det", "Norlandic Norlandic ADJ 11 amod",
        "government government NOUN 13 nmod:poss", "'s 's PART 11 case",
        "envoy envoy NOUN 7 obj", ". . PUNCT 4 punct",
    )  # fmt: skip
    assert ("VLTGOV", "NORGOV", "040", "asserted") in events


def test_a_pronoun_with_no_actor_to_stand_for_codes_nothing(d):
    # "He said it would attack Norland.": no actor says it
    assert not coded(
        d, "He he PRON 2 nsubj", "said say VERB 0 root", "it it PRON 5 nsubj",
        "would would AUX 5 aux", "attack attack VERB 2 ccomp", "Norland Norland PROPN 5 obj",
        ". . PUNCT 2 punct",
    )  # fmt: skip


def test_he_is_no_bare_state(d):
    # "Veltria said he would attack Norland.": "he" is someone, not Veltria
    assert not coded(
        d, "Veltria Veltria PROPN 2 nsubj", "said say VERB 0 root", "he he PRON 5 nsubj",
        "would would AUX 5 aux", "attack attack VERB 2 ccomp", "Norland Norland PROPN 5 obj",
        ". . PUNCT 2 punct",
    )  # fmt: skip


def test_him_is_the_person_named_before_it_that_is_not_the_doer(d):
    # "A Norlandic protester was seized and Veltrian police arrested him .": "him" is the
    # protester, not the police who arrest
    rows = [
        "A a DET 3 det", "Norlandic Norlandic ADJ 3 amod", "protester protester NOUN 5 nsubj:pass",
        "was be AUX 5 aux:pass", "seized seize VERB 0 root", "and and CCONJ 9 cc",
        "Veltrian Veltrian ADJ 8 amod", "police police NOUN 9 nsubj", "arrested arrest VERB 5 conj",
        "him he PRON 9 obj", ". . PUNCT 5 punct",
    ]  # fmt: skip
    assert coded(d, *rows) == {("VLTCOP", "NOROPP", "173", "asserted")}
    # "... Veltrian police arrested them .": no one person before it
    rows[9] = "them they PRON 9 obj"
    assert not coded(d, *rows)
    # "Veltrian police arrested the Norlandic protester and demanded him to leave": an order's
    # wording (an expulsion), no act of its own on him
    assert coded(
        d, "Veltrian Veltrian ADJ 2 amod", "police police NOUN 3 nsubj", "arrested arrest VERB 0 root",
        "the the DET 6 det", "Norlandic Norlandic ADJ 6 amod", "protester protester NOUN 3 obj",
        "and and CCONJ 8 cc", "demanded demand VERB 3 conj", "him he PRON 8 obj",
        "to to PART 11 mark", "leave leave VERB 8 xcomp", ". . PUNCT 3 punct",
    ) == {("VLTCOP", "NOROPP", "173", "asserted")}  # fmt: skip


# ---- a "by" phrase on a noun names its actor


def test_by_phrase_on_a_noun_is_its_actor(d):
    # "The Veltrian government condemned an attack by Norland soldiers."
    assert coded(
        d, "The the DET 3 det", "Veltrian Veltrian ADJ 3 amod",
        "government government NOUN 4 nsubj", "condemned condemn VERB 0 root",
        "an a DET 6 det", "attack attack NOUN 4 obj", "by by ADP 9 case",
        "Norland Norland PROPN 9 compound", "soldiers soldier NOUN 6 nmod", ". . PUNCT 4 punct",
    ) == {("VLTGOV", "NORMIL", "111", "asserted")}  # fmt: skip


# ---- meetings: both ways, unless aimed to or from someone


def test_a_meeting_codes_both_ways(d):
    # "Veltria met Norland."
    assert coded(
        d, "Veltria Veltria PROPN 2 nsubj", "met meet VERB 0 root", "Norland Norland PROPN 2 obj",
        ". . PUNCT 2 punct",
    ) == {("VLT", "NOR", "040", "asserted"), ("NOR", "VLT", "040", "asserted")}  # fmt: skip
    # "Veltria held talks with Norland.": "with" is mutual
    assert coded(
        d, "Veltria Veltria PROPN 2 nsubj", "held hold VERB 0 root", "talks talk NOUN 2 obj",
        "with with ADP 5 case", "Norland Norland PROPN 2 obl", ". . PUNCT 2 punct",
    ) == {("VLT", "NOR", "046", "asserted"), ("NOR", "VLT", "046", "asserted")}  # fmt: skip


def test_a_subject_pair_codes_each_other_only_for_what_they_do_together(d):
    # "Veltria and Norland condemned the verdict.": no condemnation of each other
    assert not coded(
        d, "Veltria Veltria PROPN 4 nsubj", "and and CCONJ 3 cc", "Norland Norland PROPN 1 conj",
        "condemned condemn VERB 0 root", "the the DET 6 det", "verdict verdict NOUN 4 obj",
        ". . PUNCT 4 punct",
    )  # fmt: skip
    # "Veltria and Norland delayed their meeting.": their own meeting, delayed by both (120)
    assert coded(
        d, "Veltria Veltria PROPN 4 nsubj", "and and CCONJ 3 cc", "Norland Norland PROPN 1 conj",
        "delayed delay VERB 0 root", "their their PRON 6 nmod:poss",
        "meeting meeting NOUN 4 obj", ". . PUNCT 4 punct",
    ) == {("VLT", "NOR", "120", "asserted"), ("NOR", "VLT", "120", "asserted")}  # fmt: skip


def test_a_meeting_code_aimed_from_someone_is_one_way(d):
    # "Veltria departed from Norland."
    assert coded(
        d, "Veltria Veltria PROPN 2 nsubj", "departed depart VERB 0 root", "from from ADP 4 case",
        "Norland Norland PROPN 2 obl", ". . PUNCT 2 punct",
    ) == {("VLT", "NOR", "040", "asserted")}  # fmt: skip


def test_a_telephone_call_to_someone_codes_both_ways(d):
    # "Veltria spoke to Norland by phone.": a conversation, though "to" aims it (annotators
    # write every call both ways)
    assert coded(
        d, "Veltria Veltria PROPN 2 nsubj", "spoke speak VERB 0 root", "to to ADP 4 case",
        "Norland Norland PROPN 2 obl", "by by ADP 6 case", "phone phone NOUN 2 obl",
        ". . PUNCT 2 punct",
    ) == {("VLT", "NOR", "041", "asserted"), ("NOR", "VLT", "041", "asserted")}  # fmt: skip


# ---- force: an exchange both ways, a blow on a direct object one way


def test_an_exchange_of_fire_codes_both_ways(d):
    # "Veltria and Norland exchanged fire."
    assert coded(
        d, "Veltria Veltria PROPN 4 nsubj", "and and CCONJ 3 cc", "Norland Norland PROPN 1 conj",
        "exchanged exchange VERB 0 root", "fire fire NOUN 4 obj", ". . PUNCT 4 punct",
    ) == {("VLT", "NOR", "193", "asserted"), ("NOR", "VLT", "193", "asserted")}  # fmt: skip


def test_force_on_a_direct_object_is_one_way(d):
    # "Veltrian soldiers hit Norland.": the dictionary writes 193:193, Norland does not hit back
    assert coded(
        d, "Veltrian Veltrian ADJ 2 amod", "soldiers soldier NOUN 3 nsubj", "hit hit VERB 0 root",
        "Norland Norland PROPN 3 obj", ". . PUNCT 3 punct",
    ) == {("VLTMIL", "NOR", "193", "asserted")}  # fmt: skip


def test_two_doers_of_force_on_an_object_do_not_fight_each_other(d):
    # "Veltria and Norland attacked the base.": they attacked something, not each other
    assert not coded(
        d, "Veltria Veltria PROPN 4 nsubj", "and and CCONJ 3 cc", "Norland Norland PROPN 1 conj",
        "attacked attack VERB 0 root", "the the DET 6 det", "base base NOUN 4 obj",
        ". . PUNCT 4 punct",
    )  # fmt: skip
    # the same, broken ("attacked" an adjective of "base"), read in word order
    assert not coded(
        d, "Veltria Veltria PROPN 6 nmod", "and and CCONJ 3 cc", "Norland Norland PROPN 1 conj",
        "attacked attack ADJ 6 amod", "the the DET 6 det", "base base NOUN 0 root",
        ". . PUNCT 6 punct",
    )  # fmt: skip
    # "Veltria and Norland attacked each other.": they fought
    assert coded(
        d, "Veltria Veltria PROPN 4 nsubj", "and and CCONJ 3 cc", "Norland Norland PROPN 1 conj",
        "attacked attack VERB 0 root", "each each DET 6 det", "other other ADJ 4 obj",
        ". . PUNCT 4 punct",
    ) == {("VLT", "NOR", "190", "asserted"), ("NOR", "VLT", "190", "asserted")}  # fmt: skip


def test_force_on_ones_own_protesters_is_repression(d):
    # "Veltrian police attacked protesters.": violent repression (175), not an attack
    assert coded(
        d, "Veltrian Veltrian ADJ 2 amod", "police police NOUN 3 nsubj",
        "attacked attack VERB 0 root", "protesters protester NOUN 3 obj", ". . PUNCT 3 punct",
    ) == {("VLTCOP", "VLTOPP", "175", "asserted")}  # fmt: skip
    # "Veltrian police and protesters exchanged fire.": a fight both ways stays one
    assert coded(
        d, "Veltrian Veltrian ADJ 2 amod", "police police NOUN 5 nsubj", "and and CCONJ 4 cc",
        "protesters protester NOUN 2 conj", "exchanged exchange VERB 0 root",
        "fire fire NOUN 5 obj", ". . PUNCT 5 punct",
    ) == {("VLTCOP", "VLTOPP", "193", "asserted"), ("VLTOPP", "VLTCOP", "193", "asserted")}  # fmt: skip
    # "Veltrian police attacked Norlandic protesters.": another state's protesters are attacked
    assert coded(
        d, "Veltrian Veltrian ADJ 2 amod", "police police NOUN 3 nsubj",
        "attacked attack VERB 0 root", "Norlandic Norlandic ADJ 5 amod",
        "protesters protester NOUN 3 obj", ". . PUNCT 3 punct",
    ) == {("VLTCOP", "NOROPP", "190", "asserted")}  # fmt: skip


# ---- "Veltrian and Norlandic soldiers": both states have the agent


def test_two_states_share_one_agent_group(d):
    # "Veltrian and Norlandic soldiers exchanged fire."
    both = {("VLTMIL", "NORMIL", "193", "asserted"), ("NORMIL", "VLTMIL", "193", "asserted")}
    assert coded(
        d, "Veltrian Veltrian ADJ 4 amod", "and and CCONJ 3 cc", "Norlandic Norlandic ADJ 1 conj",
        "soldiers soldier NOUN 5 nsubj", "exchanged exchange VERB 0 root", "fire fire NOUN 5 obj",
        ". . PUNCT 5 punct",
    ) == both  # fmt: skip
    # the same sentence with "Veltrian" parsed as a stray word of the verb: the rule reads
    # the words (a demonym, "and", another state's agent group), not the tree
    assert coded(
        d, "Veltrian Veltrian PROPN 5 dep", "and and CCONJ 4 cc",
        "Norlandic Norlandic ADJ 4 amod", "soldiers soldier NOUN 5 nsubj",
        "exchanged exchange VERB 0 root", "fire fire NOUN 5 obj", ". . PUNCT 5 punct",
    ) == both  # fmt: skip


# ---- the dateline is a place


def test_a_dateline_names_no_actor_but_keeps_the_first_after_it(d):
    # "OSTIA, Veltria - Norlandic soldiers attacked Veltria.", the dateline parsed into the
    # subject: the soldiers are still Norland's, and neither Ostia nor the first Veltria acts
    assert coded(
        d, "OSTIA Ostia PROPN 6 compound", ", , PUNCT 3 punct", "Veltria Veltria PROPN 1 appos",
        "- - PUNCT 1 punct", "Norlandic Norlandic ADJ 6 amod", "soldiers soldier NOUN 7 nsubj",
        "attacked attack VERB 0 root", "Veltria Veltria PROPN 7 obj", ". . PUNCT 7 punct",
    ) == {("NORMIL", "VLT", "190", "asserted")}  # fmt: skip


def test_agents_without_a_state_take_the_datelines(d):
    # "OSTIA - Police arrested protesters."
    assert coded(
        d, "OSTIA Ostia PROPN 4 dislocated", "- - PUNCT 1 punct", "Police police NOUN 4 nsubj",
        "arrested arrest VERB 0 root", "protesters protester NOUN 4 obj", ". . PUNCT 4 punct",
    ) == {("OSTCOP", "OSTOPP", "173", "asserted")}  # fmt: skip


def test_a_news_agency_in_the_dateline_keeps_it_a_dateline(d):
    # "OSTIA (Reuters) - Police arrested protesters.": the small taggers call "Reuters" a NOUN
    assert coded(
        d, "OSTIA Ostia PROPN 7 dep", "( ( PUNCT 3 punct", "Reuters Reuters NOUN 1 appos",
        ") ) PUNCT 3 punct", "- - PUNCT 1 punct", "Police police NOUN 7 nsubj",
        "arrested arrest VERB 0 root", "protesters protester NOUN 7 obj", ". . PUNCT 7 punct",
    ) == {("OSTCOP", "OSTOPP", "173", "asserted")}  # fmt: skip

    # "OSTIA (NNN-Veltria) – Norland sent aid to Karvenia.": a dash inside the agency's
    # brackets ends no dateline; the agency gives no aid
    assert coded(
        d, "OSTIA Ostia PROPN 9 dep", "( ( PUNCT 3 punct", "NNN NNN PROPN 1 appos",
        "- - PUNCT 5 punct", "Veltria Veltria PROPN 3 appos", ") ) PUNCT 3 punct",
        "– – PUNCT 1 punct", "Norland Norland PROPN 9 nsubj", "sent send VERB 0 root",
        "aid aid NOUN 9 obj", "to to ADP 12 case", "Karvenia Karvenia PROPN 9 obl",
        ". . PUNCT 9 punct",
    ) == {("NOR", "KRV", "073", "asserted")}  # fmt: skip


def test_agents_take_the_one_state_named_beside_an_organisation(d):
    # "Veltria's government and rebels clashed, the United Nations said, and police arrested
    # protesters": the UN is no state, so Veltria is still the one state named
    assert ("VLTCOP", "VLTOPP", "173", "asserted") in coded(
        d, "Veltria Veltria PROPN 3 nmod:poss", "'s 's PART 1 case",
        "government government NOUN 6 nsubj", "and and CCONJ 5 cc", "rebels rebel NOUN 3 conj",
        "attacked attack VERB 0 root", "the the DET 9 det", "United United PROPN 9 compound",
        "Nations Nations PROPN 10 nsubj", "said say VERB 6 parataxis", ", , PUNCT 14 punct",
        "and and CCONJ 14 cc", "police police NOUN 14 nsubj", "arrested arrest VERB 6 conj",
        "protesters protester NOUN 14 obj", ". . PUNCT 6 punct",
    )  # fmt: skip


def test_an_act_under_a_condition_has_not_happened(d):
    # "Veltria said it would condemn Norland if Norland attacked Ostia."
    got = coded(
        d, "Veltria Veltria PROPN 2 nsubj", "said say VERB 0 root", "it it PRON 5 nsubj",
        "would would AUX 5 aux", "condemn condemn VERB 2 ccomp", "Norland Norland PROPN 5 obj",
        "if if SCONJ 9 mark", "Norland Norland PROPN 9 nsubj", "attacked attack VERB 5 advcl",
        "Ostia Ostia PROPN 9 obj", ". . PUNCT 2 punct",
    )  # fmt: skip
    assert ("NOR", "OST", "190", "future") in got
    assert not {e for e in got if e[3] in ("asserted", "reported") and e[:2] == ("NOR", "OST")}


def test_a_states_protest_is_an_official_complaint(d):
    # "Veltria protested to Norland.": a state's protest (114), not a demonstration (140)
    assert coded(
        d, "Veltria Veltria PROPN 2 nsubj", "protested protest VERB 0 root", "to to ADP 4 case",
        "Norland Norland PROPN 2 obl", ". . PUNCT 2 punct",
    ) == {("VLT", "NOR", "114", "asserted")}  # fmt: skip
    # "Veltrian protesters protested against Norland.": dissent (140)
    assert coded(
        d, "Veltrian Veltrian ADJ 2 amod", "protesters protester NOUN 3 nsubj",
        "protested protest VERB 0 root", "against against ADP 5 case",
        "Norland Norland PROPN 3 obl", ". . PUNCT 3 punct",
    ) == {("VLTOPP", "NOR", "140", "asserted")}  # fmt: skip


def test_an_unknown_name_is_who_its_apposition_says(d):
    # "Junichi Ihara, head of Veltria's government, strongly condemned Norland."
    assert coded(
        d, "Junichi Junichi PROPN 2 compound", "Ihara Ihara PROPN 10 nsubj", ", , PUNCT 4 punct",
        "head head NOUN 2 appos", "of of ADP 7 case", "Veltria Veltria PROPN 7 nmod:poss",
        "government government NOUN 4 nmod", ", , PUNCT 4 punct",
        "strongly strongly ADV 10 advmod", "condemned condemn VERB 0 root",
        "Norland Norland PROPN 10 obj", ". . PUNCT 10 punct",
    ) == {("VLTGOV", "NOR", "111", "asserted")}  # fmt: skip


def test_an_agent_and_the_state_after_its_of_are_one_actor(d):
    # "Representative of Veltria condemned Norland.", "Veltria" hung on the verb
    assert coded(
        d, "Representative representative NOUN 4 nsubj", "of of ADP 3 case",
        "Veltria Veltria PROPN 4 obl", "condemned condemn VERB 0 root",
        "Norland Norland PROPN 4 obj", ". . PUNCT 4 punct",
    ) == {("VLTLEG", "NOR", "111", "asserted")}  # fmt: skip
    # "The government of the Republic of Veltria condemned Norland.", "Veltria" taken for the
    # subject: the government's state stands after "of the"
    assert coded(
        d, "The the DET 2 det", "government government NOUN 7 nsubj", "of of ADP 5 case",
        "the the DET 5 det", "Veltria Veltria PROPN 7 nsubj", "has have AUX 7 aux",
        "condemned condemn VERB 0 root", "Norland Norland PROPN 7 obj", ". . PUNCT 7 punct",
    ) == {("VLTGOV", "NOR", "111", "asserted")}  # fmt: skip
    # "Gunmen in Veltria attacked Norland.": gunmen stay unidentified wherever they are
    assert coded(
        d, "Gunmen gunman NOUN 4 nsubj", "in in ADP 3 case", "Veltria Veltria PROPN 4 obl",
        "attacked attack VERB 0 root", "Norland Norland PROPN 4 obj", ". . PUNCT 4 punct",
    ) == {("---UAF", "NOR", "190", "asserted")}  # fmt: skip


def test_a_noun_phrase_does_not_reach_across_the_main_verb(d):
    # "Veltrian soldiers arrested Norlandic rebels .", "soldiers" hung on "rebels" across the
    # verb: two actors, not one phrase of both
    assert coded(
        d, "Veltrian Veltrian ADJ 2 amod", "soldiers soldier NOUN 5 compound",
        "arrested arrest VERB 0 root", "Norlandic Norlandic ADJ 5 amod", "rebels rebel NOUN 3 obj",
        ". . PUNCT 3 punct",
    ) == {("VLTMIL", "NORREB", "173", "asserted")}  # fmt: skip
    # "Veltrian soldiers arrested Norlandic rebels .", the whole a noun phrase with the verb
    # made a modifier of "rebels", as small parsers make it: a verb right after a noun
    assert coded(
        d, "Veltrian Veltrian ADJ 2 amod", "soldiers soldier NOUN 5 compound",
        "arrested arrest VERB 5 amod", "Norlandic Norlandic ADJ 5 amod", "rebels rebel NOUN 0 root",
        ". . PUNCT 5 punct",
    ) == {("VLTMIL", "NORREB", "173", "asserted")}  # fmt: skip
    # "the Veltria-armed rebels": a verb after a hyphen joins its phrase
    assert not coded(
        d, "the the DET 5 det", "Veltria Veltria PROPN 4 compound", "- - PUNCT 2 punct",
        "armed arm VERB 5 amod", "rebels rebel NOUN 0 root", ". . PUNCT 5 punct",
    )  # fmt: skip


def test_a_purpose_aimed_at_someone_is_the_act(d):
    # "Veltria approved a resolution to condemn Norland.": approving names no one
    assert coded(
        d, "Veltria Veltria PROPN 2 nsubj", "approved approve VERB 0 root", "a a DET 4 det",
        "resolution resolution NOUN 2 obj", "to to PART 6 mark", "condemn condemn VERB 2 advcl",
        "Norland Norland PROPN 6 obj", ". . PUNCT 2 punct",
    ) == {("VLT", "NOR", "111", "asserted")}  # fmt: skip


def test_a_date_is_no_actor_though_a_group_is_named_after_one(d):
    # "On May 15, rebels attacked Veltria.": MAY_15 is a group in the user's dictionary
    rows = (
        "On on ADP 2 case", "May May PROPN 6 obl", "15 15 NUM 2 nummod", ", , PUNCT 2 punct",
        "rebels rebel NOUN 6 nsubj", "attacked attack VERB 0 root", "Veltria Veltria PROPN 6 obj",
        ". . PUNCT 6 punct",
    )  # fmt: skip
    sent = Sentence.from_stanza(to_document(conllu(*rows)).sentences[0])
    assert [m.start for m in find_mentions(sent, d) if m.kind == "actor"] == [7]


def test_a_name_with_a_possessive_the_tokenizer_split_is_one_name(d):
    # "The People's Army attacked Veltria.", tokenized "People 's Army"
    assert coded(
        d, "The the DET 4 det", "People People PROPN 4 nmod:poss", "'s 's PART 2 case",
        "Army Army PROPN 5 nsubj", "attacked attack VERB 0 root", "Veltria Veltria PROPN 5 obj",
        ". . PUNCT 5 punct",
    ) == {("NORMIL", "VLT", "190", "asserted")}  # fmt: skip


def test_agents_take_the_state_of_a_group_the_dictionary_gives_one(d):
    # "Police arrested two members of al-Karva.": al-Karva is Veltria's rebels (VLTREB)
    assert coded(
        d, "Police police NOUN 2 nsubj", "arrested arrest VERB 0 root", "two two NUM 4 nummod",
        "members member NOUN 2 obj", "of of ADP 6 case", "AL-KARVA al-Karva PROPN 4 nmod",
        ". . PUNCT 2 punct",
    ) == {("VLTCOP", "VLTREB", "173", "asserted")}  # fmt: skip


def test_an_actor_talked_over_is_no_party_to_the_talks(d):
    # "Veltria and Norland held talks Friday over North Ostia.", "over" hung on "North"
    both = {("VLT", "NOR", "046", "asserted"), ("NOR", "VLT", "046", "asserted")}
    assert coded(
        d, "Veltria Veltria PROPN 4 nsubj", "and and CCONJ 3 cc", "Norland Norland PROPN 1 conj",
        "held hold VERB 0 root", "talks talk NOUN 4 obj", "Friday Friday PROPN 4 obj",
        "over over ADP 8 case", "North North PROPN 9 compound", "Ostia Ostia PROPN 6 nmod",
        ". . PUNCT 4 punct",
    ) == both  # fmt: skip
    # "Veltria and Norland held talks that were mediated by Ostia.": Ostia mediated, toward
    # each side (045, kg.coding.mediation)
    mediated = {("OST", "VLT", "045", "asserted"), ("OST", "NOR", "045", "asserted")}
    assert coded(
        d, "Veltria Veltria PROPN 4 nsubj", "and and CCONJ 3 cc", "Norland Norland PROPN 1 conj",
        "held hold VERB 0 root", "talks talk NOUN 4 obj", "that that PRON 8 nsubj:pass",
        "were be AUX 8 aux:pass", "mediated mediate VERB 5 acl:relcl", "by by ADP 10 case",
        "Ostia Ostia PROPN 8 obl", ". . PUNCT 4 punct",
    ) == both | mediated  # fmt: skip


def test_a_stance_for_or_against_a_state_is_not_the_state(d):
    # "Police arrested pro - Norland protesters in Veltria.": the protesters are Veltria's
    assert coded(
        d, "Police police NOUN 2 nsubj", "arrested arrest VERB 0 root", "pro pro ADJ 6 amod",
        "- - PUNCT 3 punct", "Norland Norland PROPN 6 compound",
        "protesters protester NOUN 2 obj", "in in ADP 8 case", "Veltria Veltria PROPN 2 obl",
        ". . PUNCT 2 punct",
    ) == {("VLTCOP", "VLTOPP", "173", "asserted")}  # fmt: skip


def test_clashes_between_two_sides_read_in_word_order(d):
    # "Clashes erupted between Veltrian soldiers and Norlandic rebels.", the rebels hung as
    # the verb's object
    assert coded(
        d, "Clashes clash NOUN 2 nsubj", "erupted erupt VERB 0 root", "between between ADP 5 case",
        "Veltrian Veltrian ADJ 5 amod", "soldiers soldier NOUN 2 obl", "and and CCONJ 8 cc",
        "Norlandic Norlandic ADJ 8 amod", "rebels rebel NOUN 2 obj", ". . PUNCT 2 punct",
    ) == {("VLTMIL", "NORREB", "190", "asserted"), ("NORREB", "VLTMIL", "190", "asserted")}  # fmt: skip


def test_clashes_between_two_sides_after_their_verb_and_its_time(d):
    # "Clashes erupted on Friday between Veltrian soldiers and Norlandic rebels.": a time
    # phrase between the verb and "between"
    assert coded(
        d, "Clashes clash NOUN 2 nsubj", "erupted erupt VERB 0 root", "on on ADP 4 case",
        "Friday Friday PROPN 2 obl", "between between ADP 7 case",
        "Veltrian Veltrian ADJ 7 amod", "soldiers soldier NOUN 2 obl", "and and CCONJ 10 cc",
        "Norlandic Norlandic ADJ 10 amod", "rebels rebel NOUN 2 obj", ". . PUNCT 2 punct",
    ) == {("VLTMIL", "NORREB", "190", "asserted"), ("NORREB", "VLTMIL", "190", "asserted")}  # fmt: skip
    # "Clashes erupted, Ostia said, between ...": a clause between, no pair read in order
    assert coded(
        d, "Clashes clash NOUN 2 nsubj", "erupted erupt VERB 0 root", ", , PUNCT 4 punct",
        "Ostia Ostia PROPN 5 nsubj", "said say VERB 2 parataxis", ", , PUNCT 5 punct",
        "between between ADP 9 case", "Veltrian Veltrian ADJ 9 amod",
        "soldiers soldier NOUN 2 obl", "and and CCONJ 12 cc", "Norlandic Norlandic ADJ 12 amod",
        "rebels rebel NOUN 2 obj", ". . PUNCT 2 punct",
    ) == set()  # fmt: skip


def test_clashes_between_a_side_led_by_someone_and_another(d):
    # "Clashes erupted between Veltrian soldiers led by Ostian officers and Norlandic rebels .":
    # the second side comes after the leaders the first is led by, the rebels hung as the
    # verb's object
    assert coded(
        d, "Clashes clash NOUN 2 nsubj", "erupted erupt VERB 0 root", "between between ADP 5 case",
        "Veltrian Veltrian ADJ 5 amod", "soldiers soldier NOUN 2 obl", "led lead VERB 5 acl",
        "by by ADP 9 case", "Ostian Ostian ADJ 9 amod", "officers officer NOUN 6 obl",
        "and and CCONJ 12 cc", "Norlandic Norlandic ADJ 12 amod", "rebels rebel NOUN 2 obj",
        ". . PUNCT 2 punct",
    ) == {("VLTMIL", "NORREB", "190", "asserted"), ("NORREB", "VLTMIL", "190", "asserted")}  # fmt: skip


def test_fighting_tagged_a_verb_names_the_fight_between_two_sides(d):
    # "Heavy fighting between Veltrian soldiers and Norlandic rebels continued.", "fighting"
    # tagged a verb, "Heavy" a name, as a small parser tags them
    assert coded(
        d, "Heavy Heavy PROPN 2 nsubj", "fighting fight VERB 0 root",
        "between between ADP 5 case", "Veltrian Veltrian ADJ 5 amod",
        "soldiers soldier NOUN 2 obl", "and and CCONJ 8 cc", "Norlandic Norlandic ADJ 8 amod",
        "rebels rebel NOUN 5 conj", "continued continue VERB 5 acl", ". . PUNCT 2 punct",
    ) == {("VLTMIL", "NORREB", "190", "asserted"), ("NORREB", "VLTMIL", "190", "asserted")}  # fmt: skip
    # "Veltrian soldiers were fighting between the houses.": soldiers fighting, no noun
    assert coded(
        d, "Veltrian Veltrian ADJ 2 amod", "soldiers soldier NOUN 4 nsubj",
        "were be AUX 4 aux", "fighting fight VERB 0 root", "between between ADP 7 case",
        "the the DET 7 det", "houses house NOUN 4 obl", ". . PUNCT 4 punct",
    ) == set()  # fmt: skip


def test_a_participle_after_a_comma_is_done_by_its_governors_doer(d):
    # "Veltrian soldiers raided the town , arresting Norlandic protesters .": the soldiers
    # arrest them (a second act of the same doer)
    rows = [
        "Veltrian Veltrian ADJ 2 amod", "soldiers soldier NOUN 3 nsubj", "raided raid VERB 0 root",
        "the the DET 5 det", "town town NOUN 3 obj", ", , PUNCT 7 punct",
        "arresting arrest VERB 3 advcl", "Norlandic Norlandic ADJ 9 amod",
        "protesters protester NOUN 7 obj", ". . PUNCT 3 punct",
    ]  # fmt: skip
    assert coded(d, *rows) == {("VLTMIL", "NOROPP", "173", "asserted")}
    # "Veltrian soldiers were deployed , arresting Norlandic protesters .": a passive
    # governor names no doer of the participle
    assert not coded(
        d, "Veltrian Veltrian ADJ 2 amod", "soldiers soldier NOUN 4 nsubj:pass",
        "were be AUX 4 aux:pass", "deployed deploy VERB 0 root", ", , PUNCT 6 punct",
        "arresting arrest VERB 4 advcl", "Norlandic Norlandic ADJ 8 amod",
        "protesters protester NOUN 6 obj", ". . PUNCT 4 punct",
    )  # fmt: skip


def test_beaten_to_death_by_is_a_passive_whatever_the_parser_hung_death(d):
    # "Norlandic protesters were beaten to death by Veltrian soldiers .", "beaten" an
    # adjective under a copula and the "by" phrase hung on "death": the soldiers beat them
    got = coded(
        d, "Norlandic Norlandic ADJ 2 amod", "protesters protester NOUN 4 nsubj",
        "were be AUX 4 cop", "beaten beat ADJ 0 root", "to to ADP 6 case",
        "death death NOUN 4 obl", "by by ADP 9 case", "Veltrian Veltrian ADJ 9 amod",
        "soldiers soldier NOUN 6 nmod", ". . PUNCT 4 punct",
    )  # fmt: skip
    assert {(s, t, c) for s, t, c, _f in got} == {("VLTMIL", "NOROPP", "190")}


def test_an_attack_denied_is_not_coded_as_done(d):
    # "Veltria denied that its soldiers attacked Norland .": a denial (016), no attack
    got = coded(
        d, "Veltria Veltria PROPN 2 nsubj", "denied deny VERB 0 root", "that that SCONJ 6 mark",
        "its its PRON 5 nmod:poss", "soldiers soldier NOUN 6 nsubj", "attacked attack VERB 2 ccomp",
        "Norland Norland PROPN 6 obj", ". . PUNCT 2 punct",
    )  # fmt: skip
    assert {(s, t, c) for s, t, c, _f in got} == {("VLT", "NOR", "016")}  # a denial


def test_a_by_phrase_hung_deep_in_a_list_of_places_names_the_doer(d):
    # "Norlandic rebels were arrested on Monday , seat of the capital , by Veltrian soldiers
    # .", the "by" phrase hung under a conjunct of the time with its comma first
    assert coded(
        d, "Norlandic Norlandic ADJ 2 amod", "rebels rebel NOUN 4 nsubj:pass",
        "were be AUX 4 aux:pass", "arrested arrest VERB 0 root", "on on ADP 6 case",
        "Monday Monday PROPN 4 obl", ", , PUNCT 8 punct", "seat seat NOUN 6 conj",
        "of of ADP 11 case", "the the DET 11 det", "capital capital NOUN 8 nmod",
        ", , PUNCT 15 punct", "by by ADP 15 case", "Veltrian Veltrian ADJ 15 amod",
        "soldiers soldier NOUN 11 nmod", ". . PUNCT 4 punct",
    ) == {("VLTMIL", "NORREB", "173", "asserted")}  # fmt: skip


def test_an_agent_of_no_state_is_no_target_and_the_next_actor_is(d):
    # "Veltria deployed soldiers to Norland."
    assert coded(
        d, "Veltria Veltria PROPN 2 nsubj", "deployed deploy VERB 0 root",
        "soldiers soldier NOUN 2 obj", "to to ADP 5 case", "Norland Norland PROPN 2 obl",
        ". . PUNCT 2 punct",
    ) == {("VLT", "NOR", "074", "asserted")}  # fmt: skip


def test_a_state_that_backs_a_group_is_not_the_group(d):
    # "The Veltria-backed rebels attacked Ostia.": Veltria backs them; they act, not Veltria
    # (rebels fighting Ostia are Ostia's, as "Rwanda-backed M23 rebels" are Congo's)
    assert coded(
        d, "The the DET 5 det", "Veltria Veltria PROPN 5 compound", "- - PUNCT 2 punct",
        "backed back VERB 5 amod", "rebels rebel NOUN 6 nsubj", "attacked attack VERB 0 root",
        "Ostia Ostia PROPN 6 obj", ". . PUNCT 6 punct",
    ) == {("OSTREB", "OST", "190", "asserted")}  # fmt: skip
    # "The Norland-linked Al-Karva attacked Ostia.": a link, as a backing, is no actor
    assert coded(
        d, "The the DET 5 det", "Norland Norland PROPN 5 compound", "- - PUNCT 2 punct",
        "linked link VERB 5 amod", "Al-Karva Al-Karva PROPN 6 nsubj", "attacked attack VERB 0 root",
        "Ostia Ostia PROPN 6 obj", ". . PUNCT 6 punct",
    ) == {("VLTREB", "OST", "190", "asserted")}  # fmt: skip


def test_alternatives_are_no_two_sides(d):
    # "Veltria said it would respond if Norland or Ostia attacked.": no attack, and Norland
    # and Ostia are no two sides of one
    assert not {
        e for e in coded(
            d, "Veltria Veltria PROPN 2 nsubj", "said say VERB 0 root", "it it PRON 5 nsubj",
            "would would AUX 5 aux", "respond respond VERB 2 ccomp", "if if SCONJ 10 mark",
            "Norland Norland PROPN 10 nsubj", "or or CCONJ 9 cc", "Ostia Ostia PROPN 7 conj",
            "attacked attack VERB 5 advcl", ". . PUNCT 2 punct",
        )
        if e[2] == "190"
    }  # fmt: skip


def test_gunmen_are_unidentified_wherever_they_struck(d):
    # "Gunmen in Veltria attacked Norland.": ---UAF, as coders write them; "Veltrian gunmen"
    # are Veltria's
    assert coded(
        d, "Gunmen gunman NOUN 4 nsubj", "in in ADP 3 case", "Veltria Veltria PROPN 1 nmod",
        "attacked attack VERB 0 root", "Norland Norland PROPN 4 obj", ". . PUNCT 4 punct",
    ) == {("---UAF", "NOR", "190", "asserted")}  # fmt: skip
    assert coded(
        d, "Veltrian Veltrian ADJ 2 amod", "gunmen gunman NOUN 3 nsubj",
        "attacked attack VERB 0 root", "Norland Norland PROPN 3 obj", ". . PUNCT 3 punct",
    ) == {("VLTUAF", "NOR", "190", "asserted")}  # fmt: skip
    # "Militants in Veltria attacked Norland.": militants are given the state they fight in
    assert coded(
        d, "Militants militant NOUN 4 nsubj", "in in ADP 3 case", "Veltria Veltria PROPN 1 nmod",
        "attacked attack VERB 0 root", "Norland Norland PROPN 4 obj", ". . PUNCT 4 punct",
    ) == {("VLTUAF", "NOR", "190", "asserted")}  # fmt: skip


def test_a_with_phrase_hung_on_the_verb_after_a_clash_is_the_other_side(d):
    # "Ten Veltrian protesters were killed in clashes with police.", "with police" hung on
    # "killed": the protesters and the police clashed (190 both ways)
    got = coded(
        d, "Ten ten NUM 3 nummod", "Veltrian Veltrian ADJ 3 amod",
        "protesters protester NOUN 5 nsubj:pass", "were be AUX 5 aux:pass",
        "killed kill VERB 0 root", "in in ADP 7 case", "clashes clash NOUN 5 obl",
        "with with ADP 9 case", "police police NOUN 5 obl", ". . PUNCT 5 punct",
    )  # fmt: skip
    assert {("VLTOPP", "VLTCOP", "190"), ("VLTCOP", "VLTOPP", "190")} <= {
        (s, t, c) for s, t, c, _f in got
    }


def test_a_call_framing_a_passive_verb_is_its_by_phrases(d):
    # "Friendship was confirmed by Veltria in a call with Norland.": Veltria and Norland
    # talked (041 both ways)
    got = coded(
        d, "Friendship friendship NOUN 3 nsubj:pass", "was be AUX 3 aux:pass",
        "confirmed confirm VERB 0 root", "by by ADP 5 case", "Veltria Veltria PROPN 3 obl",
        "in in ADP 8 case", "a a DET 8 det", "call call NOUN 3 obl", "with with ADP 10 case",
        "Norland Norland PROPN 8 nmod", ". . PUNCT 3 punct",
    )  # fmt: skip
    assert {("VLT", "NOR", "041"), ("NOR", "VLT", "041")} <= {(s, t, c) for s, t, c, _f in got}


def test_exercises_between_two_states_are_military_cooperation(d):
    # "The joint military exercises between Veltria and Norland have concluded .": both ways
    rows = [
        "The the DET 4 det", "joint joint ADJ 4 amod", "military military ADJ 4 amod",
        "exercises exercise NOUN 10 nsubj", "between between ADP 6 case",
        "Veltria Veltria PROPN 4 nmod", "and and CCONJ 8 cc", "Norland Norland PROPN 6 conj",
        "have have AUX 10 aux", "concluded conclude VERB 0 root", ". . PUNCT 10 punct",
    ]  # fmt: skip
    assert coded(d, *rows) == {
        ("VLT", "NOR", "062", "asserted"), ("NOR", "VLT", "062", "asserted")
    }  # fmt: skip
    # "Ostia protested against sanctions and joint drills between Veltria and Norland .": a
    # reason given, not the drills reported
    assert not {(s, t) for s, t, _c, _f in coded(
        d, "Ostia Ostia PROPN 2 nsubj", "protested protest VERB 0 root", "against against ADP 4 case",
        "sanctions sanction NOUN 2 obl", "and and CCONJ 8 cc", "joint joint ADJ 8 amod",
        "military military ADJ 8 amod", "drills drill NOUN 4 conj", "between between ADP 10 case",
        "Veltria Veltria PROPN 8 nmod", "and and CCONJ 12 cc", "Norland Norland PROPN 10 conj",
        ". . PUNCT 2 punct",
    )} & {("VLT", "NOR"), ("NOR", "VLT")}  # fmt: skip


def test_two_sides_a_hyphen_joins_before_a_noun(d):
    # "Veltria - Norland talks began .": the first word, before a dash, is no dateline's
    # place but a side of the talks (040, both ways)
    rows = [
        "Veltria Veltria PROPN 4 compound", "- - PUNCT 1 punct", "Norland Norland PROPN 4 compound",
        "talks talk NOUN 5 nsubj", "began begin VERB 0 root", ". . PUNCT 5 punct",
    ]  # fmt: skip
    both = {("VLT", "NOR", "040", "asserted"), ("NOR", "VLT", "040", "asserted")}
    assert coded(d, *rows) == both
    # "Ahead of Veltria - Norland talks , Ostia warned .": talks to come
    assert coded(
        d, "Ahead ahead ADV 6 advmod", "of of ADP 6 case", "Veltria Veltria PROPN 6 compound",
        "- - PUNCT 3 punct", "Norland Norland PROPN 6 compound", "talks talk NOUN 9 obl",
        ", , PUNCT 6 punct", "Ostia Ostia PROPN 9 nsubj", "warned warn VERB 0 root",
        ". . PUNCT 9 punct",
    ) == {("VLT", "NOR", "040", "future"), ("NOR", "VLT", "040", "future")}  # fmt: skip
    # "VELTRIA - Norland talks began .": a place in capitals before a dash is a dateline
    rows[0] = "VELTRIA Veltria PROPN 4 compound"
    assert not coded(d, *rows)


def test_a_clash_with_a_side_whose_preposition_the_parser_hung_inside_it(d):
    # "Veltrian soldiers were killed in clashes with Norlandic rebels .", "with" hung on
    # "Norlandic": a fight (190) both ways
    assert coded(
        d, "Veltrian Veltrian ADJ 2 amod", "soldiers soldier NOUN 4 nsubj:pass",
        "were be AUX 4 aux:pass", "killed kill VERB 0 root", "in in ADP 6 case",
        "clashes clash NOUN 4 obl", "with with ADP 8 case", "Norlandic Norlandic ADJ 9 amod",
        "rebels rebel NOUN 6 nmod", ". . PUNCT 4 punct",
    ) == {("VLTMIL", "NORREB", "190", "asserted"), ("NORREB", "VLTMIL", "190", "asserted")}  # fmt: skip


def test_rebels_no_state_is_named_for_fight_in_the_state_they_attack(d):
    # "Rebels attacked Veltrian soldiers, Norland said.": Veltria's rebels (the sentence names
    # two states, so no place gives them one)
    events = coded(
        d, "Rebels rebel NOUN 2 nsubj", "attacked attack VERB 0 root",
        "Veltrian Veltrian ADJ 4 amod", "soldiers soldier NOUN 2 obj", ", , PUNCT 7 punct",
        "Norland Norland PROPN 7 nsubj", "said say VERB 2 parataxis", ". . PUNCT 2 punct",
    )  # fmt: skip
    assert ("VLTREB", "VLTMIL", "190", "reported") in events
    # "Rebels attacked a United Nations base, Norland said.": no state's rebels
    events = coded(
        d, "Rebels rebel NOUN 2 nsubj", "attacked attack VERB 0 root", "the the DET 5 det",
        "United united PROPN 5 compound", "Nations Nations PROPN 2 obj", ", , PUNCT 8 punct",
        "Norland Norland PROPN 8 nsubj", "said say VERB 2 parataxis", ". . PUNCT 2 punct",
    )  # fmt: skip
    assert not any(e[0].startswith("IGO") for e in events)


def test_clashes_between_two_sides_of_one_state(d):
    # "Fighters were killed in clashes between Veltria's soldiers and rebels."
    assert coded(
        d, "Fighters fighter NOUN 3 nsubj:pass", "were be AUX 3 aux:pass",
        "killed kill VERB 0 root", "in in ADP 5 case", "clashes clash NOUN 3 obl",
        "between between ADP 9 case", "Veltria Veltria PROPN 9 nmod:poss", "'s 's PART 7 case",
        "soldiers soldier NOUN 5 nmod", "and and CCONJ 11 cc", "rebels rebel NOUN 9 conj",
        ". . PUNCT 3 punct",
    ) == {("VLTMIL", "VLTREB", "190", "asserted"), ("VLTREB", "VLTMIL", "190", "asserted")}  # fmt: skip


def test_an_agent_after_a_states_possessive_is_its_however_the_parser_hung_it(d):
    # "Veltria's ruling military government attacked Norland .", "Veltria" hung as the
    # subject of "ruling": the government is still Veltria's
    rows = [
        "Veltria Veltria PROPN 3 nsubj", "'s 's PART 1 case", "ruling rule VERB 6 advcl",
        "military military ADJ 5 amod", "government government NOUN 6 nsubj",
        "attacked attack VERB 0 root", "Norland Norland PROPN 6 obj", ". . PUNCT 6 punct",
    ]  # fmt: skip
    assert ("VLTGOV", "NOR", "190", "asserted") in coded(d, *rows)
    # "Veltria's support for rebels attacked ...": a preposition between owns nothing
    rows = [
        "Veltria Veltria PROPN 3 nmod:poss", "'s 's PART 1 case", "support support NOUN 6 nsubj",
        "for for ADP 5 case", "rebels rebel NOUN 3 nmod", "attacked attack VERB 0 root",
        "Norland Norland PROPN 6 obj", ". . PUNCT 6 punct",
    ]  # fmt: skip
    assert not any(e[0] == "VLTREB" for e in coded(d, *rows))


def test_an_agent_a_pronoun_owns_is_the_subjects_not_the_datelines(d):
    # "OSTIA - Veltria said its soldiers attacked Norland."
    assert coded(
        d, "OSTIA Ostia PROPN 4 dep", "- - PUNCT 1 punct", "Veltria Veltria PROPN 4 nsubj",
        "said say VERB 0 root", "its its PRON 6 nmod:poss", "soldiers soldier NOUN 7 nsubj",
        "attacked attack VERB 4 ccomp", "Norland Norland PROPN 7 obj", ". . PUNCT 4 punct",
    ) == {("VLTMIL", "NOR", "190", "reported")}  # fmt: skip

    # "Veltria said its country attacked Norland.": its country is Veltria
    assert coded(
        d, "Veltria Veltria PROPN 2 nsubj", "said say VERB 0 root", "its its PRON 4 nmod:poss",
        "country country NOUN 5 nsubj", "attacked attack VERB 2 ccomp", "Norland Norland PROPN 5 obj",
        ". . PUNCT 2 punct",
    ) == {("VLT", "NOR", "190", "reported")}  # fmt: skip
    # "Veltria said Norland's prosecutor claimed his country attacked Ostia.": "his country" is
    # the nearest person's before it, the prosecutor's Norland, not the first subject's
    rows = [
        "Veltria Veltria PROPN 2 nsubj", "said say VERB 0 root", "Norland Norland PROPN 5 nmod:poss",
        "'s 's PART 3 case", "prosecutor prosecutor NOUN 6 nsubj", "claimed claim VERB 2 ccomp",
        "his his PRON 8 nmod:poss", "country country NOUN 9 nsubj", "attacked attack VERB 6 ccomp",
        "Ostia Ostia PROPN 9 obj", ". . PUNCT 2 punct",
    ]  # fmt: skip
    assert ("NOR", "OST", "190") in {e[:3] for e in coded(d, *rows)}


def test_who_says_it_is_no_target_of_what_is_said(d):
    # "Ostian soldiers clashed, attacking positions on both sides, Veltrian and Norlandic
    # representatives said.", the speakers hung into the verb's phrase by the parser
    assert not coded(
        d, "Ostian Ostian ADJ 2 amod", "soldiers soldier NOUN 3 nsubj", "clashed clash VERB 0 root",
        ", , PUNCT 5 punct", "attacking attack VERB 3 conj", "positions position NOUN 5 obj",
        "on on ADP 9 case", "both both DET 9 det", "sides side NOUN 5 obl", ", , PUNCT 15 punct",
        "Veltrian Veltrian ADJ 9 conj", "and and CCONJ 14 cc", "Norlandic Norlandic ADJ 14 amod",
        "representatives representative NOUN 15 nsubj", "said say VERB 3 conj",
        ". . PUNCT 3 punct",
    )  # fmt: skip


def test_a_diplomat_summoned_to_a_ministry_is_summoned_by_its_state(d):
    # "Veltria's representative was summoned to Norland's government."
    assert coded(
        d, "Veltria Veltria PROPN 3 nmod:poss", "'s 's PART 1 case",
        "representative representative NOUN 5 nsubj:pass", "was be AUX 5 aux:pass",
        "summoned summon VERB 0 root", "to to ADP 9 case", "Norland Norland PROPN 9 nmod:poss",
        "'s 's PART 7 case", "government government NOUN 5 obl", ". . PUNCT 5 punct",
    ) == {("NORGOV", "VLTLEG", "114", "asserted")}  # fmt: skip


def test_an_agent_adjective_on_a_group_of_people_is_an_actor(d):
    # "Veltria's soldiers attacked rebel factions.": "rebel" tagged an adjective
    assert coded(
        d, "Veltria Veltria PROPN 3 nmod:poss", "'s 's PART 1 case",
        "soldiers soldier NOUN 4 nsubj", "attacked attack VERB 0 root", "rebel rebel ADJ 6 amod",
        "factions faction NOUN 4 obj", ". . PUNCT 4 punct",
    ) == {("VLTMIL", "VLTREB", "190", "asserted")}  # fmt: skip


# ---- a list of subjects: an apposition the parser hung on a member is one more member


def test_an_actor_in_apposition_inside_a_list_is_one_more_member(d):
    # "Veltria, the awful Norland, and Ostia condemned Karvenia.": Norland hung as an
    # apposition of Veltria, Ostia as its conjunct; all three condemn
    assert coded(
        d, "Veltria Veltria PROPN 9 nsubj", ", , PUNCT 5 punct", "the the DET 5 det",
        "awful awful ADJ 5 amod", "Norland Norland PROPN 1 appos", ", , PUNCT 8 punct",
        "and and CCONJ 8 cc", "Ostia Ostia PROPN 1 conj", "condemned condemn VERB 0 root",
        "Karvenia Karvenia PROPN 9 obj", ". . PUNCT 9 punct",
    ) == {
        ("VLT", "KRV", "111", "asserted"), ("NOR", "KRV", "111", "asserted"),
        ("OST", "KRV", "111", "asserted"),
    }  # fmt: skip


def test_a_lone_apposition_is_no_member(d):
    # "Veltria, Norland's neighbour, condemned Ostia.": no list, the apposition says who
    # Veltria is; Norland condemns nothing
    assert coded(
        d, "Veltria Veltria PROPN 7 nsubj", ", , PUNCT 5 punct",
        "Norland Norland PROPN 5 nmod:poss", "'s 's PART 3 case", "neighbour neighbour NOUN 1 appos",
        ", , PUNCT 5 punct", "condemned condemn VERB 0 root", "Ostia Ostia PROPN 7 obj",
        ". . PUNCT 7 punct",
    ) == {("VLT", "OST", "111", "asserted")}  # fmt: skip


# ---- a target's conjunct may hang on a word of the target, not on its head


def test_a_conjunct_on_a_word_of_the_target_is_a_target_too(d):
    # "Veltria met Norlandic and Ostian leaders.": "leaders" is no agent here, so the units
    # are the bare states; "Ostian" is a conjunct of "Norlandic", not of "leaders"
    assert coded(
        d, "Veltria Veltria PROPN 2 nsubj", "met meet VERB 0 root",
        "Norlandic Norlandic ADJ 6 amod", "and and CCONJ 5 cc", "Ostian Ostian ADJ 3 conj",
        "leaders leader NOUN 2 obj", ". . PUNCT 2 punct",
    ) == {
        ("VLT", "NOR", "040", "asserted"), ("NOR", "VLT", "040", "asserted"),
        ("VLT", "OST", "040", "asserted"), ("OST", "VLT", "040", "asserted"),
    }  # fmt: skip


def test_two_states_of_one_agent_group_are_both_targets(d):
    # "Veltria met Norlandic and Ostian soldiers.": both units hang on "soldiers"
    assert coded(
        d, "Veltria Veltria PROPN 2 nsubj", "met meet VERB 0 root",
        "Norlandic Norlandic ADJ 6 amod", "and and CCONJ 5 cc", "Ostian Ostian ADJ 3 conj",
        "soldiers soldier NOUN 2 obj", ". . PUNCT 2 punct",
    ) == {
        ("VLT", "NORMIL", "040", "asserted"), ("NORMIL", "VLT", "040", "asserted"),
        ("VLT", "OSTMIL", "040", "asserted"), ("OSTMIL", "VLT", "040", "asserted"),
    }  # fmt: skip


# ---- "demanded that Y ...": a demand or a threat with no target is aimed at Y


def test_a_demand_is_aimed_at_the_subject_of_its_that_clause(d):
    # "Veltria demanded that Norland withdraw."
    assert coded(
        d, "Veltria Veltria PROPN 2 nsubj", "demanded demand VERB 0 root",
        "that that SCONJ 5 mark", "Norland Norland PROPN 5 nsubj", "withdraw withdraw VERB 2 ccomp",
        ". . PUNCT 2 punct",
    ) == {("VLT", "NOR", "100", "asserted")}  # fmt: skip


def test_a_that_clause_parsed_as_a_conjunct_names_the_target_too(d):
    # "Veltria threatened that Norland would pay.", the clause hung as a conj of the verb
    # with its "that"
    assert coded(
        d, "Veltria Veltria PROPN 2 nsubj", "threatened threaten VERB 0 root",
        "that that SCONJ 6 mark", "Norland Norland PROPN 6 nsubj", "would would AUX 6 aux",
        "pay pay VERB 2 conj", ". . PUNCT 2 punct",
    ) == {("VLT", "NOR", "130", "asserted")}  # fmt: skip


def test_a_that_clause_headed_on_a_name_the_tagger_made_a_verb_names_the_target(d):
    # "Veltria condemned Ostia and demanded that Norland withdraw .", as a small tagger breaks
    # it: "Norland" a verb heading the clause (an advcl with its "that"), "withdraw" its
    # xcomp; the name is whom the demand is made of, as it was not
    rows = [
        "Veltria Veltria PROPN 2 nsubj", "condemned condemn VERB 0 root", "Ostia Ostia PROPN 2 obj",
        "and and CCONJ 5 cc", "demanded demand VERB 2 conj", "that that SCONJ 7 mark",
        "Norland Norland VERB 5 advcl", "withdraw withdraw VERB 7 xcomp", ". . PUNCT 2 punct",
    ]  # fmt: skip
    assert ("VLT", "NOR", "100", "asserted") in coded(d, *rows)
    # "Veltria demanded that protests end in Norland": the clause's actor is no subject
    assert not coded(
        d, "Veltria Veltria PROPN 2 nsubj", "demanded demand VERB 0 root", "that that SCONJ 5 mark",
        "protests protest NOUN 5 nsubj", "end end VERB 2 advcl", "in in ADP 7 case",
        "Norland Norland PROPN 5 obl", ". . PUNCT 2 punct",
    )  # fmt: skip


# ---- a verb of intent the dictionary does not know, with the noun of an act as its object


def test_a_promise_of_aid_is_an_intent_to_aid(d):
    # "Veltria promised aid to Norland.": no PROMISE in the dictionary; an intent to give
    # aid (033)
    assert coded(
        d, "Veltria Veltria PROPN 2 nsubj", "promised promise VERB 0 root", "aid aid NOUN 2 obj",
        "to to ADP 5 case", "Norland Norland PROPN 2 obl", ". . PUNCT 2 punct",
    ) == {("VLT", "NOR", "033", "asserted")}  # fmt: skip


def test_a_vow_of_retaliation_is_a_threat_of_force(d):
    # "Veltria vowed retaliation against Norland.": a threat of force (138)
    assert coded(
        d, "Veltria Veltria PROPN 2 nsubj", "vowed vow VERB 0 root",
        "retaliation retaliation NOUN 2 obj", "against against ADP 5 case",
        "Norland Norland PROPN 3 nmod", ". . PUNCT 2 punct",
    ) == {("VLT", "NOR", "138", "asserted")}  # fmt: skip


# ---- an agent without a state takes the one state the sentence names with an organ


def test_an_agent_without_a_state_takes_the_state_named_with_its_organ(d):
    # "Veltria's government held talks with rebels.": Veltria's rebels
    assert coded(
        d, "Veltria Veltria PROPN 3 nmod:poss", "'s 's PART 1 case",
        "government government NOUN 4 nsubj", "held hold VERB 0 root", "talks talk NOUN 4 obj",
        "with with ADP 7 case", "rebels rebel NOUN 4 obl", ". . PUNCT 4 punct",
    ) == {("VLTGOV", "VLTREB", "046", "asserted"), ("VLTREB", "VLTGOV", "046", "asserted")}  # fmt: skip


def test_the_opposition_is_the_one_state_named(d):
    # "Veltria arrested protesters.": the one state named arrests its own opposition, where
    # "Rebels attacked Norland" names no rebels' state (tests/test_coding.py)
    assert coded(
        d, "Veltria Veltria PROPN 2 nsubj", "arrested arrest VERB 0 root",
        "protesters protester NOUN 2 obj", ". . PUNCT 2 punct",
    ) == {("VLT", "VLTOPP", "173", "asserted")}  # fmt: skip


def test_police_and_protesters_are_the_one_state_named(d):
    # "Police arrested protesters, Veltria said.": Veltria's police, Veltria's protesters (an
    # arrest Veltria reports)
    assert coded(
        d, "Police police NOUN 2 nsubj", "arrested arrest VERB 0 root",
        "protesters protester NOUN 2 obj", ", , PUNCT 6 punct", "Veltria Veltria PROPN 6 nsubj",
        "said say VERB 2 parataxis", ". . PUNCT 2 punct",
    ) == {("VLTCOP", "VLTOPP", "173", "reported")}  # fmt: skip


def test_lawmakers_and_courts_are_the_one_state_named_too(d):
    # "Police arrested representatives, Veltria said.": a legislature (and a court) is a
    # state's own as its police and opposition are
    assert coded(
        d, "Police police NOUN 2 nsubj", "arrested arrest VERB 0 root",
        "representatives representative NOUN 2 obj", ", , PUNCT 6 punct",
        "Veltria Veltria PROPN 6 nsubj", "said say VERB 2 parataxis", ". . PUNCT 2 punct",
    ) == {("VLTCOP", "VLTLEG", "173", "reported")}  # fmt: skip


def test_an_opposition_without_a_state_is_the_doers_own(d):
    # "Veltria arrested protesters, Norland said.": two states named; a state's acts on an
    # opposition that names no state are on its own
    events = coded(
        d, "Veltria Veltria PROPN 2 nsubj", "arrested arrest VERB 0 root",
        "protesters protester NOUN 2 obj", ", , PUNCT 6 punct", "Norland Norland PROPN 6 nsubj",
        "said say VERB 2 parataxis", ". . PUNCT 2 punct",
    )  # fmt: skip
    assert {e[:3] for e in events} == {("VLT", "VLTOPP", "173")}


def test_two_states_named_with_organs_leave_the_agent_without_a_state(d):
    # "Rebels attacked Veltrian soldiers and Norlandic police.": whose rebels is not said
    assert coded(
        d, "Rebels rebel NOUN 2 nsubj", "attacked attack VERB 0 root",
        "Veltrian Veltrian ADJ 4 amod", "soldiers soldier NOUN 2 obj", "and and CCONJ 7 cc",
        "Norlandic Norlandic ADJ 7 amod", "police police NOUN 4 conj", ". . PUNCT 2 punct",
    ) == {("---REB", "VLTMIL", "190", "asserted"), ("---REB", "NORCOP", "190", "asserted")}  # fmt: skip


# ---- an agent group takes the state of the agent group of its owner phrase


def test_an_agent_of_an_agent_of_a_state_has_the_state(d):
    # "Representatives of Veltria's government attacked Norland."
    assert coded(
        d, "Representatives representative NOUN 6 nsubj", "of of ADP 5 case",
        "Veltria Veltria PROPN 5 nmod:poss", "'s 's PART 3 case",
        "government government NOUN 1 nmod", "attacked attack VERB 0 root",
        "Norland Norland PROPN 6 obj", ". . PUNCT 6 punct",
    ) == {("VLTLEG", "NOR", "190", "asserted")}  # fmt: skip


# ---- the subject of a "that" clause, junk pattern codes, visits named by nouns, guests


def test_a_comment_on_the_subject_of_a_that_clause(d):
    # "Veltria believes Norland can cope.": a comment (012) on Norland
    assert coded(
        d, "Veltria Veltria PROPN 2 nsubj", "believes believe VERB 0 root",
        "Norland Norland PROPN 5 nsubj", "can can AUX 5 aux", "cope cope VERB 2 ccomp",
        ". . PUNCT 2 punct",
    ) == {("VLT", "NOR", "012", "asserted")}  # fmt: skip


def test_a_pattern_without_a_code_leaves_the_verbs_own(d):
    # "Veltria restored full ties with Norland.": the pattern's "+++" is no code: 050
    assert coded(
        d, "Veltria Veltria PROPN 2 nsubj", "restored restore VERB 0 root",
        "full full ADJ 4 amod", "ties tie NOUN 2 obj", "with with ADP 6 case",
        "Norland Norland PROPN 2 obl", ". . PUNCT 2 punct",
    ) == {("VLT", "NOR", "050", "asserted")}  # fmt: skip


def test_a_visit_named_by_a_noun(d):
    # "Veltria and Ostia signed an accord during Norland's visit to Ostia."
    events = coded(
        d, "Veltria Veltria PROPN 4 nsubj", "and and CCONJ 3 cc", "Ostia Ostia PROPN 1 conj",
        "signed sign VERB 0 root", "an a DET 6 det", "accord accord NOUN 4 obj",
        "during during ADP 9 case", "Norland Norland PROPN 9 nmod:poss",
        "visit visit NOUN 4 obl", "to to ADP 11 case", "Ostia Ostia PROPN 9 nmod",
        ". . PUNCT 4 punct",
    )  # fmt: skip
    assert ("NOR", "OST", "042", "asserted") in events
    assert {("VLT", "OST", "057", "asserted"), ("OST", "VLT", "057", "asserted")} <= events
    # "Veltria condemned Norland ahead of Norland's visit to Ostia.": a visit to come
    assert ("NOR", "OST", "042", "future") in coded(
        d, "Veltria Veltria PROPN 2 nsubj", "condemned condemn VERB 0 root",
        "Norland Norland PROPN 2 obj", "ahead ahead ADV 7 case", "of of ADP 4 fixed",
        "Norland Norland PROPN 7 nmod:poss", "visit visit NOUN 2 obl", "to to ADP 9 case",
        "Ostia Ostia PROPN 7 nmod", ". . PUNCT 2 punct",
    )  # fmt: skip
    # "Veltria condemned Norland after Norland's travel to Ostia.": travel is a visit too
    assert ("NOR", "OST", "042", "asserted") in coded(
        d, "Veltria Veltria PROPN 2 nsubj", "condemned condemn VERB 0 root",
        "Norland Norland PROPN 2 obj", "after after ADP 6 case",
        "Norland Norland PROPN 6 nmod:poss", "travel travel NOUN 2 obl", "to to ADP 8 case",
        "Ostia Ostia PROPN 6 nmod", ". . PUNCT 2 punct",
    )  # fmt: skip


def test_a_guest_a_parser_hung_as_an_oblique_is_still_received(d):
    # "Veltria welcomed Norland's representative and his delegation.", the representative hung
    # as an obl without a preposition: hosting (043)
    assert ("VLT", "NORLEG", "043", "asserted") in coded(
        d, "Veltria Veltria PROPN 2 nsubj", "welcomed welcome VERB 0 root",
        "Norland Norland PROPN 5 nmod:poss", "'s 's PART 3 case",
        "representative representative NOUN 2 obl", "and and CCONJ 8 cc",
        "his his PRON 8 nmod:poss", "delegation delegation NOUN 2 obj", ". . PUNCT 2 punct",
    )  # fmt: skip


def test_a_withdrawal_named_by_a_noun(d):
    # "The withdrawal of Veltrian soldiers from Norland has started.": 0874
    assert coded(
        d, "The the DET 2 det", "withdrawal withdrawal NOUN 9 nsubj", "of of ADP 5 case",
        "Veltrian Veltrian ADJ 5 amod", "soldiers soldier NOUN 2 nmod", "from from ADP 7 case",
        "Norland Norland PROPN 5 nmod", "has have AUX 9 aux", "started start VERB 0 root",
        ". . PUNCT 9 punct",
    ) == {("VLTMIL", "NOR", "0874", "asserted")}  # fmt: skip


def test_an_act_done_between_two_states_in_the_passive(d):
    # "Accords were signed between Veltria and Norland.": both signed (057)
    assert coded(
        d, "Accords accord NOUN 3 nsubj:pass", "were be AUX 3 aux:pass",
        "signed sign VERB 0 root", "between between ADP 5 case", "Veltria Veltria PROPN 3 obl",
        "and and CCONJ 7 cc", "Norland Norland PROPN 5 conj", ". . PUNCT 3 punct",
    ) == {("VLT", "NOR", "057", "asserted"), ("NOR", "VLT", "057", "asserted")}  # fmt: skip


def test_a_verb_after_being_with_a_by_phrase_is_passive(d):
    # "Norlandic protesters are home after being arrested by Veltrian police.", "being" made
    # the head: the police arrested the protesters, not the other way
    assert coded(
        d, "Norlandic Norlandic ADJ 2 amod", "protesters protester NOUN 4 nsubj",
        "are be AUX 4 cop", "home home NOUN 0 root", "after after SCONJ 6 mark",
        "being be VERB 4 acl", "arrested arrest VERB 6 xcomp", "by by ADP 10 case",
        "Veltrian Veltrian ADJ 10 amod", "police police NOUN 7 obl", ". . PUNCT 4 punct",
    ) == {("VLTCOP", "NOROPP", "173", "asserted")}  # fmt: skip


def test_a_visit_the_subject_leaves_for_or_makes_with_its_own_possessive(d):
    # "Veltria departed for a visit to Ostia.": Veltria visits Ostia
    assert ("VLT", "OST", "042", "asserted") in coded(
        d, "Veltria Veltria PROPN 2 nsubj", "departed depart VERB 0 root", "for for ADP 5 case",
        "a a DET 5 det", "visit visit NOUN 2 obl", "to to ADP 7 case", "Ostia Ostia PROPN 5 nmod",
        ". . PUNCT 2 punct",
    )  # fmt: skip
    # "Veltria condemned Norland during its visit to Ostia.": its = Veltria's
    assert ("VLT", "OST", "042", "asserted") in coded(
        d, "Veltria Veltria PROPN 2 nsubj", "condemned condemn VERB 0 root",
        "Norland Norland PROPN 2 obj", "during during ADP 6 case", "its its PRON 6 nmod:poss",
        "visit visit NOUN 2 obl", "to to ADP 8 case", "Ostia Ostia PROPN 6 nmod",
        ". . PUNCT 2 punct",
    )  # fmt: skip


def test_a_visit_during_which_the_subject_acts_however_hung(d):
    # "During its visit to Ostia , the Veltrian government criticized Norland .", "visit"
    # made the verb's object and "During" a verb, as a small parser hangs them: Veltria
    # visits Ostia (042) beside the criticism
    got = coded(
        d, "During during VERB 10 advcl", "its its PRON 3 nmod:poss", "visit visit NOUN 10 obj",
        "to to ADP 5 case", "Ostia Ostia PROPN 3 nmod", ", , PUNCT 10 punct",
        "the the DET 9 det", "Veltrian Veltrian ADJ 9 amod", "government government NOUN 10 nsubj",
        "criticized criticize VERB 0 root", "Norland Norland PROPN 10 obj", ". . PUNCT 10 punct",
    )  # fmt: skip
    assert ("VLTGOV", "OST", "042", "asserted") in got


def test_a_visit_of_one_who_is_in_a_state(d):
    # "The Veltrian government is in Ostia on its first visit.": in Ostia, on a visit: Veltria
    # visits Ostia
    assert ("VLTGOV", "OST", "042", "asserted") in coded(
        d, "The the DET 3 det", "Veltrian Veltrian ADJ 3 amod",
        "government government NOUN 6 nsubj", "is be AUX 6 cop", "in in ADP 6 case",
        "Ostia Ostia PROPN 0 root", "on on ADP 10 case", "its its PRON 10 nmod:poss",
        "first first ADJ 10 amod", "visit visit NOUN 6 nmod", ". . PUNCT 6 punct",
    )  # fmt: skip


def test_a_visit_of_one_who_is_in_a_state_however_the_parser_hung_the_subject(d):
    # "The Veltrian government is in Ostia for a visit.", the subject made the root and the
    # predicate hung on it: Veltria visits Ostia
    rows = [
        "The the DET 3 det", "Veltrian Veltrian ADJ 3 amod", "government government NOUN 0 root",
        "is be AUX 6 cop", "in in ADP 6 case", "Ostia Ostia PROPN 3 nmod", "for for ADP 9 case",
        "a a DET 9 det", "visit visit NOUN 6 nmod", ". . PUNCT 3 punct",
    ]  # fmt: skip
    assert ("VLTGOV", "OST", "042", "asserted") in coded(d, *rows)


def test_a_visit_of_someone_to_a_state(d):
    # "A visit of the Norlandic government to Ostia ended.": the parser hung "to Ostia" on the
    # visitor; Norland visits Ostia
    assert ("NORGOV", "OST", "042", "asserted") in coded(
        d, "A a DET 2 det", "visit visit NOUN 9 nsubj", "of of ADP 6 case", "the the DET 6 det",
        "Norlandic Norlandic ADJ 6 amod", "government government NOUN 2 nmod",
        "to to ADP 8 case", "Ostia Ostia PROPN 6 nmod", "ended end VERB 0 root",
        ". . PUNCT 9 punct",
    )  # fmt: skip
    # "A visit to Ostia by the Norlandic government ended.", "by" hung on a word of the
    # phrase hung on "Ostia": Norland visits Ostia
    assert ("NORGOV", "OST", "042", "asserted") in coded(
        d, "A a DET 2 det", "visit visit NOUN 9 nsubj", "to to ADP 4 case",
        "Ostia Ostia PROPN 2 nmod", "by by ADP 7 case", "the the DET 8 det",
        "Norlandic Norlandic ADJ 8 amod", "government government NOUN 4 nmod",
        "ended end VERB 0 root", ". . PUNCT 9 punct",
    )  # fmt: skip


def test_an_agent_of_an_actor_is_its_however_the_parser_hung_them():
    from kg.coding.owners import owned_in_order
    from kg.coding.tree import Sentence, Unit

    # "the forces of Norland signed", "forces" an object and "Norland" a subject as a small
    # parser hung them: Norland's forces (NORMIL), not a stateless group the place takes
    rows = (
        "the the DET 2 det", "forces force NOUN 5 obj", "of of ADP 4 case",
        "Norland Norland PROPN 5 nsubj", "signed sign VERB 0 root", ". . PUNCT 5 punct",
    )  # fmt: skip
    sent = Sentence.from_stanza(to_document(conllu(*rows)).sentences[0])
    units = [Unit("---MIL", 2, 2, {2}), Unit("NOR", 4, 4, {4}, "NOR")]
    owned_in_order(sent, units)
    assert [u.code for u in units] == ["NORMIL", "NOR"]
    # "gunmen of Norland": unidentified gunmen stay unidentified
    units = [Unit("---UAF", 2, 2, {2}), Unit("NOR", 4, 4, {4}, "NOR")]
    owned_in_order(sent, units)
    assert units[0].code == "---UAF"
    # "Veltria arrested soldiers from Norland", "from Norland" hung on the verb: Norland's
    rows = (
        "Veltria Veltria PROPN 2 nsubj", "arrested arrest VERB 0 root",
        "soldiers soldier NOUN 2 obj", "from from ADP 5 case", "Norland Norland PROPN 2 obl",
        ". . PUNCT 2 punct",
    )  # fmt: skip
    sent = Sentence.from_stanza(to_document(conllu(*rows)).sentences[0])
    units = [
        Unit("VLT", 1, 1, {1}, "VLT"),
        Unit("---MIL", 3, 3, {3}),
        Unit("NOR", 5, 5, {5}, "NOR"),
    ]
    owned_in_order(sent, units)
    assert units[1].code == "NORMIL"
    # "Veltria withdrew soldiers from Norland": Veltria's own, moved from Norland
    rows = (rows[0], "withdrew withdraw VERB 0 root", *rows[2:])
    sent = Sentence.from_stanza(to_document(conllu(*rows)).sentences[0])
    units = [
        Unit("VLT", 1, 1, {1}, "VLT"),
        Unit("---MIL", 3, 3, {3}),
        Unit("NOR", 5, 5, {5}, "NOR"),
    ]
    owned_in_order(sent, units)
    assert units[1].code == "---MIL"


def test_a_title_before_a_named_person_of_a_state_is_that_states():
    from kg.coding.owners import apposed_owner
    from kg.coding.tree import Sentence, Unit

    # "The President of the Republic, Jon Quell, met ...": the title is Quell's state's,
    # not a state named later in the sentence
    rows = (
        "The the DET 2 det", "President president NOUN 10 nsubj", "of of ADP 5 case",
        "the the DET 5 det", "Republic Republic PROPN 2 nmod", ", , PUNCT 8 punct",
        "Jon Jon PROPN 8 compound", "Quell Quell PROPN 2 appos", ", , PUNCT 8 punct",
        "met meet VERB 0 root", ". . PUNCT 10 punct",
    )  # fmt: skip
    sent = Sentence.from_stanza(to_document(conllu(*rows)).sentences[0])
    units = [Unit("---GOV", 2, 2, {2}), Unit("VLTGOV", 8, 7, {7, 8}, "VLT")]
    apposed_owner(sent, units)
    assert [u.code for u in units] == ["VLTGOV", "VLTGOV"]
    # "The president, Veltria, met ...": a state after the comma is no person named
    units = [Unit("---GOV", 2, 2, {2}), Unit("VLT", 8, 7, {7, 8}, "VLT")]
    apposed_owner(sent, units)
    assert units[0].code == "---GOV"


def test_a_noun_phrase_split_in_two_names_its_agent_once():
    from kg.coding.groups import merge_adjacent
    from kg.coding.tree import Unit

    # "Kyrgyz President | Japarov's": one actor with its office, KGZGOV, not KGZGOVGOV
    person = Unit("KGZGOV", 3, 1, {1, 2, 3}, "KGZGOV")
    title = Unit("---GOV", 4, 4, {4})
    assert [u.code for u in merge_adjacent([person, title])] == ["KGZGOV"]
    later = Unit("KGZGOV", 4, 2, {2, 3, 4}, "KGZGOV")
    assert [u.code for u in merge_adjacent([Unit("---COP", 1, 1, {1}), later])] == ["KGZGOVCOP"]


def test_a_guest_received_is_hosted(d):
    # "Veltria welcomed the Norlandic government.": hosting (043); annotators code no visit
    # of the guest (PETRARCH's 043:042) unless the sentence names one
    assert coded(
        d, "Veltria Veltria PROPN 2 nsubj", "welcomed welcome VERB 0 root",
        "the the DET 5 det", "Norlandic Norlandic ADJ 5 amod", "government government NOUN 2 obj",
        ". . PUNCT 2 punct",
    ) == {("VLT", "NORGOV", "043", "asserted")}  # fmt: skip
    # "Veltria welcomed the Norlandic government on a visit.": the guest visits (042)
    assert coded(
        d, "Veltria Veltria PROPN 2 nsubj", "welcomed welcome VERB 0 root",
        "the the DET 5 det", "Norlandic Norlandic ADJ 5 amod", "government government NOUN 2 obj",
        "on on ADP 8 case", "a a DET 8 det", "visit visit NOUN 2 obl", ". . PUNCT 2 punct",
    ) == {("VLT", "NORGOV", "043", "asserted"), ("NORGOV", "VLT", "042", "asserted")}  # fmt: skip
    # "Veltria welcomed the Norlandic government for talks.": hosted, and they met (040)
    assert coded(
        d, "Veltria Veltria PROPN 2 nsubj", "welcomed welcome VERB 0 root",
        "the the DET 5 det", "Norlandic Norlandic ADJ 5 amod", "government government NOUN 2 obj",
        "for for ADP 7 case", "talks talk NOUN 2 obl", ". . PUNCT 2 punct",
    ) == {
        ("VLT", "NORGOV", "043", "asserted"), ("VLT", "NORGOV", "040", "asserted"),
        ("NORGOV", "VLT", "040", "asserted"),
    }  # fmt: skip
    # "Veltria welcomed the decision.": praise of a thing, no guest (and no target)
    assert not coded(
        d, "Veltria Veltria PROPN 2 nsubj", "welcomed welcome VERB 0 root",
        "the the DET 4 det", "decision decision NOUN 2 obj", ". . PUNCT 2 punct",
    )  # fmt: skip


def test_a_pair_a_parser_split_still_acts_together(d):
    # "Veltria and neighbouring Norland signed an accord.", "neighbouring" made a clause of
    # "signed" that holds Norland: the "and" joins it to the subject, and both sign
    assert coded(
        d, "Veltria Veltria PROPN 5 nsubj", "and and CCONJ 3 cc",
        "neighbouring neighbour VERB 5 advcl", "Norland Norland PROPN 3 obj",
        "signed sign VERB 0 root", "an a DET 7 det", "accord accord NOUN 5 obj",
        ". . PUNCT 5 punct",
    ) == {("VLT", "NOR", "057", "asserted"), ("NOR", "VLT", "057", "asserted")}  # fmt: skip
    # "Veltrian representatives Ardan Vell and Norlandic soldiers have met.": a conjunct
    # hung on a part of a name no dictionary knows ("Vell") is the unit's partner
    assert coded(
        d, "Veltrian Veltrian ADJ 2 amod", "representatives representative NOUN 9 nsubj",
        "Ardan Ardan PROPN 2 flat", "Vell Vell PROPN 2 flat", "and and CCONJ 7 cc",
        "Norlandic Norlandic ADJ 7 amod", "soldiers soldier NOUN 4 conj",
        "have have AUX 9 aux", "met meet VERB 0 root", ". . PUNCT 9 punct",
    ) == {("VLTLEG", "NORMIL", "040", "asserted"), ("NORMIL", "VLTLEG", "040", "asserted")}  # fmt: skip


def test_an_act_demanded_in_a_that_clause_is_a_demand_not_an_act(d):
    # "Veltria demanded that Norland withdraw soldiers.": a demand to de-escalate (1056, for a
    # withdrawal) to Norland; Norland withdrew nothing
    assert coded(
        d, "Veltria Veltria PROPN 2 nsubj", "demanded demand VERB 0 root", "that that SCONJ 5 mark",
        "Norland Norland PROPN 5 nsubj", "withdraw withdraw VERB 2 ccomp",
        "soldiers soldier NOUN 5 obj", ". . PUNCT 2 punct",
    ) == {("VLT", "NOR", "1056", "asserted")}  # fmt: skip
    # "Veltria demanded that Norland release soldiers.": the demand its pattern names (1053),
    # not one made from the release's appeal (025, "105")
    assert coded(
        d, "Veltria Veltria PROPN 2 nsubj", "demanded demand VERB 0 root", "that that SCONJ 5 mark",
        "Norland Norland PROPN 5 nsubj", "release release VERB 2 ccomp",
        "soldiers soldier NOUN 5 obj", ". . PUNCT 2 punct",
    ) == {("VLT", "NOR", "1053", "asserted")}  # fmt: skip


def test_an_act_that_may_be_refused_or_prepared_is_not_done(d):
    # "Veltria may attack Norland.": not done, to come at most
    assert coded(
        d, "Veltria Veltria PROPN 3 nsubj", "may may AUX 3 aux", "attack attack VERB 0 root",
        "Norland Norland PROPN 3 obj", ". . PUNCT 3 punct",
    ) == {("VLT", "NOR", "190", "future")}  # fmt: skip
    # "Veltria is set to attack Norland.": scheduled, to come
    assert coded(
        d, "Veltria Veltria PROPN 3 nsubj", "is be AUX 3 cop", "set set ADJ 0 root",
        "to to PART 5 mark", "attack attack VERB 3 xcomp", "Norland Norland PROPN 5 obj",
        ". . PUNCT 3 punct",
    ) == {("VLT", "NOR", "190", "future")}  # fmt: skip
    # "Veltria refused to meet Norland.": a refusal to meet (125), no meeting
    assert coded(
        d, "Veltria Veltria PROPN 2 nsubj", "refused refuse VERB 0 root", "to to PART 4 mark",
        "meet meet VERB 2 xcomp", "Norland Norland PROPN 4 obj", ". . PUNCT 2 punct",
    ) == {("VLT", "NOR", "125", "asserted")}  # fmt: skip
    # "Veltria is preparing to attack Norland.": a threat of force (138), no attack yet
    assert coded(
        d, "Veltria Veltria PROPN 3 nsubj", "is be AUX 3 aux", "preparing prepare VERB 0 root",
        "to to PART 5 mark", "attack attack VERB 3 xcomp", "Norland Norland PROPN 5 obj",
        ". . PUNCT 3 punct",
    ) == {("VLT", "NOR", "138", "asserted")}  # fmt: skip


def test_an_act_denied_is_a_denial_not_an_act(d):
    # "Veltria denied attacking Norland.": a denial (016), no attack
    assert coded(
        d, "Veltria Veltria PROPN 2 nsubj", "denied deny VERB 0 root",
        "attacking attack VERB 2 xcomp", "Norland Norland PROPN 3 obj", ". . PUNCT 2 punct",
    ) == {("VLT", "NOR", "016", "asserted")}  # fmt: skip


def test_an_act_to_come_stays_to_come_when_someone_says_it(d):
    # "Veltria will attack Norland, Ostia said.": announced, not reported as done
    assert coded(
        d, "Veltria Veltria PROPN 3 nsubj", "will will AUX 3 aux", "attack attack VERB 0 root",
        "Norland Norland PROPN 3 obj", ", , PUNCT 7 punct", "Ostia Ostia PROPN 7 nsubj",
        "said say VERB 3 parataxis", ". . PUNCT 3 punct",
    ) >= {("VLT", "NOR", "190", "future")}  # fmt: skip


def test_a_subject_hung_as_a_bare_oblique_is_the_subject(d):
    # "Veltrian soldiers, the army of the north, have attacked Norland.", with "soldiers"
    # hung as an oblique with no preposition: they are who attacked
    assert coded(
        d, "Veltrian Veltrian ADJ 2 amod", "soldiers soldier NOUN 11 obl", ", , PUNCT 5 punct",
        "the the DET 5 det", "army army NOUN 2 appos", "of of ADP 8 case", "the the DET 8 det",
        "north north NOUN 5 nmod", ", , PUNCT 5 punct", "have have AUX 11 aux",
        "attacked attack VERB 0 root", "Norland Norland PROPN 11 obj", ". . PUNCT 11 punct",
    ) == {("VLTMIL", "NOR", "190", "asserted")}  # fmt: skip
    # "On Monday, Veltria attacked Norland.": a phrase of time is no subject
    assert coded(
        d, "On on ADP 2 case", "Monday Monday PROPN 5 obl", ", , PUNCT 2 punct",
        "Veltria Veltria PROPN 5 nsubj", "attacked attack VERB 0 root",
        "Norland Norland PROPN 5 obj", ". . PUNCT 5 punct",
    ) == {("VLT", "NOR", "190", "asserted")}  # fmt: skip


def test_at_least_is_no_preposition_of_a_pattern(d):
    # "Veltria shot at least one missile near Norland.": SHOOT * AT (193) aims at someone;
    # here "at" counts missiles, and Norland is only where
    assert not coded(
        d, "Veltria Veltria PROPN 2 nsubj", "shot shoot VERB 0 root", "at at ADP 6 case",
        "least least ADJ 6 amod", "one one NUM 6 nummod", "missile missile NOUN 2 obl",
        "near near ADP 8 case", "Norland Norland PROPN 2 obl", ". . PUNCT 2 punct",
    )  # fmt: skip
    # "Veltria shot at Norland.": it does
    assert coded(
        d, "Veltria Veltria PROPN 2 nsubj", "shot shoot VERB 0 root", "at at ADP 4 case",
        "Norland Norland PROPN 2 obl", ". . PUNCT 2 punct",
    ) == {("VLT", "NOR", "193", "asserted")}  # fmt: skip


def test_an_own_organ_moved_away_codes_the_state_it_leaves(d):
    # "Veltria withdrew its soldiers from Norland.": not Veltria against its own soldiers,
    # but against Norland
    assert coded(
        d, "Veltria Veltria PROPN 2 nsubj", "withdrew withdraw VERB 0 root",
        "its its PRON 4 nmod:poss", "soldiers soldier NOUN 2 obj", "from from ADP 6 case",
        "Norland Norland PROPN 2 obl", ". . PUNCT 2 punct",
    ) == {("VLT", "NOR", "0874", "asserted")}  # fmt: skip


def test_a_guest_welcomed_in_the_passive_is_hosted_by_the_by_phrase(d):
    # "Norlandic representatives were welcomed on arrival by Veltria.", the "by" phrase hung
    # on "arrival": Veltria hosts (043)
    assert coded(
        d, "Norlandic Norlandic ADJ 2 amod", "representatives representative NOUN 4 nsubj:pass",
        "were be AUX 4 aux:pass", "welcomed welcome VERB 0 root", "on on ADP 6 case",
        "arrival arrival NOUN 4 obl", "by by ADP 8 case", "Veltria Veltria PROPN 6 nmod",
        ". . PUNCT 4 punct",
    ) == {("VLT", "NORLEG", "043", "asserted")}  # fmt: skip


def test_a_by_phrase_inside_another_verbs_clause_names_no_doer(d):
    # "Norland was attacked near a base run by Veltria.": Veltria runs the base; who attacked
    # is not said (the words in order, TABARI's way, may still read Norland against Veltria)
    assert not {e for e in coded(
        d, "Norland Norland PROPN 3 nsubj:pass", "was be AUX 3 aux:pass",
        "attacked attack VERB 0 root", "near near ADP 6 case", "a a DET 6 det",
        "base base NOUN 3 obl", "run run VERB 6 acl", "by by ADP 9 case",
        "Veltria Veltria PROPN 7 obl", ". . PUNCT 3 punct",
    ) if e[0] == "VLT"}  # fmt: skip
    # "Norland was attacked in a raid by Veltria.": the raid's doer is the attacker
    assert coded(
        d, "Norland Norland PROPN 3 nsubj:pass", "was be AUX 3 aux:pass",
        "attacked attack VERB 0 root", "in in ADP 6 case", "a a DET 6 det",
        "raid raid NOUN 3 obl", "by by ADP 8 case", "Veltria Veltria PROPN 6 nmod",
        ". . PUNCT 3 punct",
    ) == {("VLT", "NOR", "190", "asserted")}  # fmt: skip


def test_a_by_phrase_whose_preposition_a_parser_hung_inside_it(d):
    # "Accords were signed on Monday by Veltrian President Aragorn and Norland .", "by" hung
    # on "Veltrian" and the phrase on "Monday": both signed (057), with each other
    assert coded(
        d, "Accords accord NOUN 3 nsubj:pass", "were be AUX 3 aux:pass", "signed sign VERB 0 root",
        "on on ADP 5 case", "Monday Monday PROPN 3 obl", "by by ADP 7 case",
        "Veltrian Veltrian ADJ 8 amod", "President president PROPN 9 compound",
        "Aragorn Aragorn PROPN 5 nmod", "and and CCONJ 11 cc", "Norland Norland PROPN 9 conj",
        ". . PUNCT 3 punct",
    ) == {("VLT", "NOR", "057", "asserted"), ("NOR", "VLT", "057", "asserted")}  # fmt: skip


def test_the_owner_of_a_thing_welcomed_is_no_guest(d):
    # "Veltria welcomed Norland's decision.": praise (051) of Norland, no visit
    assert coded(
        d, "Veltria Veltria PROPN 2 nsubj", "welcomed welcome VERB 0 root",
        "Norland Norland PROPN 5 nmod:poss", "'s 's PART 3 case", "decision decision NOUN 2 obj",
        ". . PUNCT 2 punct",
    ) == {("VLT", "NOR", "051", "asserted")}  # fmt: skip
    # "Veltria welcomed Norland's Heads of State.": guests, hosted (043)
    assert coded(
        d, "Veltria Veltria PROPN 2 nsubj", "welcomed welcome VERB 0 root",
        "Norland Norland PROPN 5 nmod:poss", "'s 's PART 3 case", "Heads head NOUN 2 obj",
        "of of ADP 7 case", "State state NOUN 5 nmod", ". . PUNCT 2 punct",
    ) == {("VLT", "NOR", "043", "asserted")}  # fmt: skip


def test_a_pair_meeting_to_discuss_a_third_meets_each_other(d):
    # "Veltria and Norland met to discuss Ostia.": they met each other, not Ostia
    assert coded(
        d, "Veltria Veltria PROPN 4 nsubj", "and and CCONJ 3 cc", "Norland Norland PROPN 1 conj",
        "met meet VERB 0 root", "to to PART 6 mark", "discuss discuss VERB 4 xcomp",
        "Ostia Ostia PROPN 6 obj", ". . PUNCT 4 punct",
    ) == {("VLT", "NOR", "040", "asserted"), ("NOR", "VLT", "040", "asserted")}  # fmt: skip


def test_material_cooperation_with_a_partner_is_mutual(d):
    # "Veltrian soldiers conducted an exercise with Norland.": both take part (062 both ways)
    assert coded(
        d, "Veltrian Veltrian ADJ 2 amod", "soldiers soldier NOUN 3 nsubj",
        "conducted conduct VERB 0 root", "an a DET 5 det", "exercise exercise NOUN 3 obj",
        "with with ADP 7 case", "Norland Norland PROPN 3 obl", ". . PUNCT 3 punct",
    ) == {("VLTMIL", "NOR", "062", "asserted"), ("NOR", "VLTMIL", "062", "asserted")}  # fmt: skip
    # "Veltria restored ties with Norland.": diplomatic (05x), one way as the dictionary says
    assert coded(
        d, "Veltria Veltria PROPN 2 nsubj", "restored restore VERB 0 root",
        "ties tie NOUN 2 obj", "with with ADP 5 case", "Norland Norland PROPN 2 obl",
        ". . PUNCT 2 punct",
    ) == {("VLT", "NOR", "050", "asserted")}  # fmt: skip


def test_what_two_sides_that_met_agreed_on_is_an_intent_to_cooperate(d):
    # "Veltria met Norland and agreed on the need for cooperation.": an intent (030), both
    # ways, beside the meeting
    def rows(*words: str) -> list[str]:
        return [
            "Veltria Veltria PROPN 2 nsubj", "met meet VERB 0 root", "Norland Norland PROPN 2 obj",
            "and and CCONJ 5 cc", "agreed agree VERB 2 conj", *words, ". . PUNCT 2 punct",
        ]  # fmt: skip

    need = ("on on ADP 8 case", "the the DET 8 det", "need need NOUN 5 obl")
    assert {(s, t, c) for s, t, c, _f in coded(d, *rows(*need))} == {
        ("VLT", "NOR", "040"), ("NOR", "VLT", "040"), ("VLT", "NOR", "030"), ("NOR", "VLT", "030"),
    }  # fmt: skip
    # "... and agreed not to meddle.": nothing agreed to do; "... and agreed on a truce.": a
    # truce, not cooperation
    meddle = ("not not PART 8 advmod", "to to PART 8 mark", "meddle meddle VERB 5 xcomp")
    truce = ("on on ADP 8 case", "a a DET 8 det", "truce truce NOUN 5 obl")
    for words in (meddle, truce):
        assert not any(c == "030" for _s, _t, c, _f in coded(d, *rows(*words)))


def test_agreements_signed_beside_a_meeting_are_signed_by_its_sides(d):
    # "Accords were signed after Veltria met Norland.": signed between them, both ways
    assert coded(
        d, "Accords accord NOUN 3 nsubj:pass", "were be AUX 3 aux:pass", "signed sign VERB 0 root",
        "after after SCONJ 6 mark", "Veltria Veltria PROPN 6 nsubj", "met meet VERB 3 advcl",
        "Norland Norland PROPN 6 obj", ". . PUNCT 3 punct",
    ) >= {("VLT", "NOR", "057", "asserted"), ("NOR", "VLT", "057", "asserted")}  # fmt: skip
    # "Accords were signed after the United Nations met Norland.": an organisation's whole
    # code, not its first three letters
    assert coded(
        d, "Accords accord NOUN 3 nsubj:pass", "were be AUX 3 aux:pass", "signed sign VERB 0 root",
        "after after SCONJ 8 mark", "the the DET 7 det", "United United PROPN 7 compound",
        "Nations Nations PROPN 8 nsubj", "met meet VERB 3 advcl", "Norland Norland PROPN 8 obj",
        ". . PUNCT 3 punct",
    ) >= {("IGOUNO", "NOR", "057", "asserted"), ("NOR", "IGOUNO", "057", "asserted")}  # fmt: skip
    # "Veltria met Norland, which is expected to sign accords.": a signing to come
    assert not any(
        e[2] == "057"
        for e in coded(
            d, "Veltria Veltria PROPN 2 nsubj", "met meet VERB 0 root",
            "Norland Norland PROPN 2 obj", ", , PUNCT 7 punct", "which which PRON 7 nsubj",
            "is be AUX 7 aux", "expected expect VERB 3 acl:relcl", "to to PART 9 mark",
            "sign sign VERB 7 xcomp", "accords accord NOUN 9 obj", ". . PUNCT 2 punct",
        )
    )  # fmt: skip

    # "Veltria met Norland in a visit which will see the signing of accords.": to come too
    assert not any(
        e[2] == "057"
        for e in coded(
            d, "Veltria Veltria PROPN 2 nsubj", "met meet VERB 0 root",
            "Norland Norland PROPN 2 obj", "in in ADP 6 case", "a a DET 6 det",
            "visit visit NOUN 2 obl", "which which PRON 9 nsubj", "will will AUX 9 aux",
            "see see VERB 6 acl:relcl", "the the DET 11 det", "signing signing NOUN 9 obj",
            "of of ADP 13 case", "accords accord NOUN 11 nmod", ". . PUNCT 2 punct",
        )
    )  # fmt: skip


def test_a_signing_named_beside_a_meeting_noun_was_a_meeting(d):
    # "Veltria signed an accord with Norland in a virtual meeting .": they met (040)
    assert coded(
        d, "Veltria Veltria PROPN 2 nsubj", "signed sign VERB 0 root", "an a DET 4 det",
        "accord accord NOUN 2 obj", "with with ADP 6 case", "Norland Norland PROPN 2 obl",
        "in in ADP 10 case", "a a DET 10 det", "virtual virtual ADJ 10 amod",
        "meeting meeting NOUN 2 obl", ". . PUNCT 2 punct",
    ) >= {("VLT", "NOR", "040", "asserted"), ("NOR", "VLT", "040", "asserted")}  # fmt: skip
    # "Veltria pledged cooperation with Norland in talks .": an intent (03x) beside talks: met
    assert {("VLT", "NOR", "040"), ("NOR", "VLT", "040")} <= {e[:3] for e in coded(
        d, "Veltria Veltria PROPN 2 nsubj", "pledged pledge VERB 0 root",
        "cooperation cooperation NOUN 2 obj", "with with ADP 5 case", "Norland Norland PROPN 3 nmod",
        "in in ADP 7 case", "talks talks NOUN 2 obl", ". . PUNCT 2 punct",
    )}  # fmt: skip
    # "Veltria signed an accord with Norland .": no meeting named
    assert not {e for e in coded(
        d, "Veltria Veltria PROPN 2 nsubj", "signed sign VERB 0 root", "an a DET 4 det",
        "accord accord NOUN 2 obj", "with with ADP 6 case", "Norland Norland PROPN 2 obl",
        ". . PUNCT 2 punct",
    ) if e[2] == "040"}  # fmt: skip


def test_an_act_named_beside_a_phone_call_was_done_speaking(d):
    # "Veltria pledged cooperation with Norland in a phone call .": they spoke (041)
    rows = [
        "Veltria Veltria PROPN 2 nsubj", "pledged pledge VERB 0 root",
        "cooperation cooperation NOUN 2 obj", "with with ADP 5 case", "Norland Norland PROPN 3 nmod",
        "in in ADP 9 case", "a a DET 9 det", "phone phone NOUN 9 compound", "call call NOUN 2 obl",
        ". . PUNCT 2 punct",
    ]  # fmt: skip
    assert {("VLT", "NOR", "041"), ("NOR", "VLT", "041")} <= {e[:3] for e in coded(d, *rows)}
    # "... and declined a phone call .": no call
    declined = [
        *rows[:5], "and and CCONJ 7 cc", "declined decline VERB 2 conj", "a a DET 10 det",
        "phone phone NOUN 10 compound", "call call NOUN 7 obj", ". . PUNCT 2 punct",
    ]  # fmt: skip
    assert not any(e[2] == "041" for e in coded(d, *declined))


def test_people_released_in_a_swap_were_released_both_ways(d):
    # "Veltria released five Norlandic prisoners in exchange for two Veltrian soldiers .":
    # Norland released the soldiers (0841 the other way)
    rows = [
        "Veltria Veltria PROPN 2 nsubj", "released release VERB 0 root", "five five NUM 5 nummod",
        "Norlandic Norlandic ADJ 5 amod", "prisoners prisoner NOUN 2 obj", "in in ADP 7 case",
        "exchange exchange NOUN 2 obl", "for for ADP 11 case", "two two NUM 11 nummod",
        "Veltrian Veltrian ADJ 11 amod", "soldiers soldier NOUN 7 nmod", ". . PUNCT 2 punct",
    ]  # fmt: skip
    assert ("NOR", "VLT", "0841", "asserted") in coded(d, *rows)
    # "... in celebration of two Veltrian soldiers .": no swap
    rows[6] = "celebration celebration NOUN 2 obl"
    rows[7] = "of of ADP 11 case"
    assert ("NOR", "VLT", "0841", "asserted") not in coded(d, *rows)


def test_force_its_doer_says_it_will_use_is_a_threat(d):
    # "Veltria will respond forcefully to Norland.": a threat of force (138), made now
    assert coded(
        d, "Veltria Veltria PROPN 3 nsubj", "will will AUX 3 aux", "respond respond VERB 0 root",
        "forcefully forcefully ADV 3 advmod", "to to ADP 6 case", "Norland Norland PROPN 3 obl",
        ". . PUNCT 3 punct",
    ) == {("VLT", "NOR", "138", "asserted")}  # fmt: skip
    # "Veltria will attack Norland.": the same, beside the attack to come
    assert coded(
        d, "Veltria Veltria PROPN 3 nsubj", "will will AUX 3 aux", "attack attack VERB 0 root",
        "Norland Norland PROPN 3 obj", ". . PUNCT 3 punct",
    ) == {("VLT", "NOR", "138", "asserted"), ("VLT", "NOR", "190", "future")}  # fmt: skip
    # "Veltria will respond to Norland.": no force said
    assert not {
        e for e in coded(
            d, "Veltria Veltria PROPN 3 nsubj", "will will AUX 3 aux",
            "respond respond VERB 0 root", "to to ADP 5 case", "Norland Norland PROPN 3 obl",
            ". . PUNCT 3 punct",
        ) if e[2] == "138"
    }  # fmt: skip
    # "Veltria is expected to attack Norland.": a forecast, no threat
    assert not {
        e for e in coded(
            d, "Veltria Veltria PROPN 3 nsubj:pass", "is be AUX 3 aux:pass",
            "expected expect VERB 0 root", "to to PART 6 mark", "will will AUX 6 aux",
            "attack attack VERB 3 xcomp", "Norland Norland PROPN 6 obj", ". . PUNCT 3 punct",
        ) if e[2] == "138"
    }  # fmt: skip


def test_a_crowd_at_a_states_embassy_demonstrates_against_it(d):
    # "Protesters gathered outside the Veltrian embassy in Norland.": Norland's protesters
    # (the embassy is Veltria's mission, not Veltria's place) demonstrate against Veltria
    assert coded(
        d, "Protesters protester NOUN 2 nsubj", "gathered gather VERB 0 root",
        "outside outside ADP 6 case", "the the DET 6 det", "Veltrian Veltrian ADJ 6 amod",
        "embassy embassy NOUN 2 obl", "in in ADP 8 case", "Norland Norland PROPN 6 nmod",
        ". . PUNCT 2 punct",
    ) == {("NOROPP", "VLT", "141", "asserted")}  # fmt: skip

    # "Protesters came to the Veltrian embassy in Norland.": a crowd that comes to it too
    assert coded(
        d, "Protesters protester NOUN 2 nsubj", "came come VERB 0 root", "to to ADP 6 case",
        "the the DET 6 det", "Veltrian Veltrian ADJ 6 amod", "embassy embassy NOUN 2 obl",
        "in in ADP 8 case", "Norland Norland PROPN 6 nmod", ". . PUNCT 2 punct",
    ) == {("NOROPP", "VLT", "141", "asserted")}  # fmt: skip
    # "The Norlandic government came to the Veltrian embassy.": a visit, no demonstration
    assert not any(
        e[2] == "141"
        for e in coded(
            d, "The the DET 3 det", "Norlandic Norlandic ADJ 3 amod",
            "government government NOUN 4 nsubj", "came come VERB 0 root", "to to ADP 8 case",
            "the the DET 8 det", "Veltrian Veltrian ADJ 8 amod", "embassy embassy NOUN 4 obl",
            ". . PUNCT 4 punct",
        )
    )  # fmt: skip


def test_a_place_where_force_hit_things_is_the_target(d):
    # "Veltria attacked bases in Norland.": places that are the target of an act are coded as
    # their state; "Veltria met Ostia in Norland" keeps Norland a place (tests above)
    assert coded(
        d, "Veltria Veltria PROPN 2 nsubj", "attacked attack VERB 0 root",
        "bases base NOUN 2 obj", "in in ADP 5 case", "Norland Norland PROPN 2 obl",
        ". . PUNCT 2 punct",
    ) == {("VLT", "NOR", "190", "asserted")}  # fmt: skip


def test_targets_joined_by_and_in_word_order(d):
    # "Veltria condemned Norland and the Ostian government.", the second hung as another
    # object: both are condemned
    assert coded(
        d, "Veltria Veltria PROPN 2 nsubj", "condemned condemn VERB 0 root",
        "Norland Norland PROPN 2 obj", "and and CCONJ 7 cc", "the the DET 7 det",
        "Ostian Ostian ADJ 7 amod", "government government NOUN 2 obj", ". . PUNCT 2 punct",
    ) == {("VLT", "NOR", "111", "asserted"), ("VLT", "OSTGOV", "111", "asserted")}  # fmt: skip
    # "Veltria attacked Norland and Ostia protested.": Ostia does an act of its own
    assert ("VLT", "OST", "190", "asserted") not in coded(
        d, "Veltria Veltria PROPN 2 nsubj", "attacked attack VERB 0 root",
        "Norland Norland PROPN 2 obj", "and and CCONJ 6 cc", "Ostia Ostia PROPN 6 nsubj",
        "protested protest VERB 2 conj", ". . PUNCT 2 punct",
    )  # fmt: skip


def test_talks_framed_by_following_tagged_an_adjective(d):
    # "Veltria and Norland signed accords, following talks in Ostia.", "following" hung as
    # an adjective of "talks" and "talks" as a conjunct of "accords": they held talks (040)
    events = coded(
        d, "Veltria Veltria PROPN 4 nsubj", "and and CCONJ 3 cc", "Norland Norland PROPN 1 conj",
        "signed sign VERB 0 root", "accords accord NOUN 4 obj", ", , PUNCT 8 punct",
        "following following ADJ 8 amod", "talks talk NOUN 5 conj", "in in ADP 10 case",
        "Ostia Ostia PROPN 8 nmod", ". . PUNCT 4 punct",
    )  # fmt: skip
    assert {("VLT", "NOR", "040", "asserted"), ("NOR", "VLT", "040", "asserted")} <= events


def test_a_demand_is_no_appeal_whatever_the_pattern(d):
    # "Veltria demanded a withdrawal from Norland.": the pattern says appeal (025); a demand
    # is a demand (105)
    assert coded(
        d, "Veltria Veltria PROPN 2 nsubj", "demanded demand VERB 0 root", "a a DET 4 det",
        "withdrawal withdrawal NOUN 2 obj", "from from ADP 6 case", "Norland Norland PROPN 4 nmod",
        ". . PUNCT 2 punct",
    ) == {("VLT", "NOR", "105", "asserted")}  # fmt: skip


def test_a_state_is_somewhere_for_talks_with_another(d):
    # "Veltria's government is in Ostia for talks with the Norlandic government.": talks held
    # between the copula's subject and the "with" partner
    talks = {("VLTGOV", "NORGOV", "040", "asserted"), ("NORGOV", "VLTGOV", "040", "asserted")}
    assert talks <= coded(
        d, "Veltria Veltria PROPN 3 nmod:poss", "'s 's PART 1 case",
        "government government NOUN 6 nsubj", "is be AUX 6 cop", "in in ADP 6 case",
        "Ostia Ostia PROPN 0 root", "for for ADP 8 case", "talks talk NOUN 6 nmod",
        "with with ADP 12 case", "the the DET 12 det", "Norlandic Norlandic ADJ 12 amod",
        "government government NOUN 8 nmod", ". . PUNCT 6 punct",
    )  # fmt: skip
    # "Veltria's government left for Ostia for talks with the Norlandic government.": talks
    # still to come, and not said to be with Norland alone
    assert not talks & coded(
        d, "Veltria Veltria PROPN 3 nmod:poss", "'s 's PART 1 case",
        "government government NOUN 4 nsubj", "left leave VERB 0 root", "for for ADP 6 case",
        "Ostia Ostia PROPN 4 obl", "for for ADP 8 case", "talks talk NOUN 4 obl",
        "with with ADP 12 case", "the the DET 12 det", "Norlandic Norlandic ADJ 12 amod",
        "government government NOUN 8 nmod", ". . PUNCT 4 punct",
    )  # fmt: skip


def test_a_call_named_by_a_noun(d):
    # "Veltria condemned Ostia in a call with Norland.": Veltria and Norland spoke (041)
    events = coded(
        d, "Veltria Veltria PROPN 2 nsubj", "condemned condemn VERB 0 root",
        "Ostia Ostia PROPN 2 obj", "in in ADP 6 case", "a a DET 6 det", "call call NOUN 2 obl",
        "with with ADP 8 case", "Norland Norland PROPN 6 nmod", ". . PUNCT 2 punct",
    )  # fmt: skip
    assert {("VLT", "NOR", "041", "asserted"), ("NOR", "VLT", "041", "asserted")} <= events
    assert ("VLT", "OST", "111", "asserted") in events
    # "Veltria called off talks with Norland.": the talks are the verb's object, no meeting
    assert not {e for e in coded(
        d, "Veltria Veltria PROPN 2 nsubj", "called call VERB 0 root", "off off ADP 2 compound:prt",
        "talks talk NOUN 2 obj", "with with ADP 6 case", "Norland Norland PROPN 4 nmod",
        ". . PUNCT 2 punct",
    ) if e[2].startswith("04")}  # fmt: skip


def test_a_call_hung_as_a_conjunct_is_still_a_call(d):
    # "Veltria condemned the attacks on Ostia, in a call with Norland.": a parser hung
    # "call" as a conjunct of "Ostia"; its "in" still frames the act with a call (041)
    events = coded(
        d, "Veltria Veltria PROPN 2 nsubj", "condemned condemn VERB 0 root",
        "the the DET 4 det", "attacks attack NOUN 2 obj", "on on ADP 6 case",
        "Ostia Ostia PROPN 4 nmod", ", , PUNCT 10 punct", "in in ADP 10 case", "a a DET 10 det",
        "call call NOUN 6 conj", "with with ADP 12 case", "Norland Norland PROPN 10 nmod",
        ". . PUNCT 2 punct",
    )  # fmt: skip
    assert {("VLT", "NOR", "041", "asserted"), ("NOR", "VLT", "041", "asserted")} <= events
    # "Veltria condemned the attacks on Ostia and calls with Norland.": no frame, no call
    assert not {e for e in coded(
        d, "Veltria Veltria PROPN 2 nsubj", "condemned condemn VERB 0 root",
        "the the DET 4 det", "attacks attack NOUN 2 obj", "on on ADP 6 case",
        "Ostia Ostia PROPN 4 nmod", "and and CCONJ 8 cc", "calls call NOUN 6 conj",
        "with with ADP 10 case", "Norland Norland PROPN 8 nmod", ". . PUNCT 2 punct",
    ) if e[2].startswith("04")}  # fmt: skip


def test_their_talks_are_between_the_subjects(d):
    # "Veltria and Norland signed an accord after their talks.": they met (040) and signed
    events = coded(
        d, "Veltria Veltria PROPN 4 nsubj", "and and CCONJ 3 cc", "Norland Norland PROPN 1 conj",
        "signed sign VERB 0 root", "an a DET 6 det", "accord accord NOUN 4 obj",
        "after after ADP 9 case", "their their PRON 9 nmod:poss", "talks talk NOUN 4 obl",
        ". . PUNCT 4 punct",
    )  # fmt: skip
    assert {("VLT", "NOR", "040", "asserted"), ("NOR", "VLT", "040", "asserted")} <= events


def test_a_meeting_they_concluded_or_a_talk_they_held_was_held(d):
    # "Veltria and Norland concluded their meeting .": they met (040)
    rows = [
        "Veltria Veltria PROPN 4 nsubj", "and and CCONJ 3 cc", "Norland Norland PROPN 1 conj",
        "concluded conclude VERB 0 root", "their their PRON 6 nmod:poss",
        "meeting meeting NOUN 4 obj", ". . PUNCT 4 punct",
    ]  # fmt: skip
    assert coded(d, *rows) == {("VLT", "NOR", "040", "asserted"), ("NOR", "VLT", "040", "asserted")}
    # "Veltria and Norland cancelled their meeting .": none held
    rows[3] = "cancelled cancel VERB 0 root"
    assert not coded(d, *rows)
    # "Veltria and Norland signed an accord during a bilateral talk .": "talk" a meeting too
    assert {("VLT", "NOR", "040", "asserted"), ("NOR", "VLT", "040", "asserted")} <= coded(
        d, "Veltria Veltria PROPN 4 nsubj", "and and CCONJ 3 cc", "Norland Norland PROPN 1 conj",
        "signed sign VERB 0 root", "an a DET 6 det", "accord accord NOUN 4 obj",
        "during during ADP 10 case", "a a DET 10 det", "bilateral bilateral ADJ 10 amod",
        "talk talk NOUN 4 obl", ". . PUNCT 4 punct",
    )  # fmt: skip


def test_a_meeting_they_concluded_is_the_sides_of_the_clause_above(d):
    # "Veltria and Norland signed an accord as they concluded their meeting .": "they" names
    # no actor; the sides are the subjects of the clause the meeting's clause hangs on
    rows = [
        "Veltria Veltria PROPN 4 nsubj", "and and CCONJ 3 cc", "Norland Norland PROPN 1 conj",
        "signed sign VERB 0 root", "an a DET 6 det", "accord accord NOUN 4 obj",
        "as as SCONJ 9 mark", "they they PRON 9 nsubj", "concluded conclude VERB 4 advcl",
        "their their PRON 11 nmod:poss", "meeting meeting NOUN 9 obj", ". . PUNCT 4 punct",
    ]  # fmt: skip
    met = {("VLT", "NOR", "040", "asserted"), ("NOR", "VLT", "040", "asserted")}
    assert met <= coded(d, *rows)
    # "... as Ostia concluded its meeting .": a named subject is the meeting's side
    rows[7:11] = [
        "Ostia Ostia PROPN 9 nsubj", "concluded conclude VERB 4 advcl",
        "its its PRON 11 nmod:poss", "meeting meeting NOUN 9 obj",
    ]  # fmt: skip
    assert not met & coded(d, *rows)


def test_a_meeting_that_frames_what_two_states_did_is_theirs(d):
    # "Veltria and Norland signed an accord during a meeting in Ostia.": they met (040)
    events = coded(
        d, "Veltria Veltria PROPN 4 nsubj", "and and CCONJ 3 cc", "Norland Norland PROPN 1 conj",
        "signed sign VERB 0 root", "an a DET 6 det", "accord accord NOUN 4 obj",
        "during during ADP 9 case", "a a DET 9 det", "meeting meeting NOUN 4 obl",
        "in in ADP 11 case", "Ostia Ostia PROPN 9 nmod", ". . PUNCT 4 punct",
    )  # fmt: skip
    assert {("VLT", "NOR", "040", "asserted"), ("NOR", "VLT", "040", "asserted")} <= events


def test_a_fight_named_by_a_noun(d):
    # "Veltrian soldiers were wounded in a clash with Norlandic soldiers.": they fought (190)
    assert coded(
        d, "Veltrian Veltrian ADJ 2 amod", "soldiers soldier NOUN 4 nsubj:pass",
        "were be AUX 4 aux:pass", "wounded wound VERB 0 root", "in in ADP 7 case",
        "a a DET 7 det", "clash clash NOUN 4 obl", "with with ADP 10 case",
        "Norlandic Norlandic ADJ 10 amod", "soldiers soldier NOUN 7 nmod", ". . PUNCT 4 punct",
    ) == {("VLTMIL", "NORMIL", "190", "asserted"), ("NORMIL", "VLTMIL", "190", "asserted")}  # fmt: skip
    # "Norlandic rebels seized a town after clashes with Norlandic police.": two sides of one
    # state fought; the town is no actor
    events = coded(
        d, "Norlandic Norlandic ADJ 2 amod", "rebels rebel NOUN 3 nsubj",
        "seized seize VERB 0 root", "a a DET 5 det", "town town NOUN 3 obj",
        "after after ADP 7 case", "clashes clash NOUN 3 obl", "with with ADP 10 case",
        "Norlandic Norlandic ADJ 10 amod", "police police NOUN 7 nmod", ". . PUNCT 3 punct",
    )  # fmt: skip
    assert {
        ("NORREB", "NORCOP", "190", "asserted"),
        ("NORCOP", "NORREB", "190", "asserted"),
    } <= events


def test_a_fight_named_by_a_noun_under_a_second_verb_or_as_an_exchange_of_fire(d):
    # "A Veltrian soldier was killed and two were wounded in a clash with Norlandic
    # soldiers.": the clash hangs under "wounded", whose subject names no one; the soldier
    # killed is the side
    both = {("VLTMIL", "NORMIL", "190", "asserted"), ("NORMIL", "VLTMIL", "190", "asserted")}
    assert coded(
        d, "A a DET 3 det", "Veltrian Veltrian ADJ 3 amod", "soldier soldier NOUN 5 nsubj:pass",
        "was be AUX 5 aux:pass", "killed kill VERB 0 root", "and and CCONJ 9 cc",
        "two two NUM 9 nsubj:pass", "were be AUX 9 aux:pass", "wounded wound VERB 5 conj",
        "in in ADP 12 case", "a a DET 12 det", "clash clash NOUN 9 obl",
        "with with ADP 15 case", "Norlandic Norlandic ADJ 15 amod",
        "soldiers soldier NOUN 12 nmod", ". . PUNCT 5 punct",
    ) == both  # fmt: skip
    # "Veltrian soldiers were wounded after an exchange of fire with Norlandic soldiers.",
    # the "with" phrase hung on "fire": they exchanged fire (193)
    assert coded(
        d, "Veltrian Veltrian ADJ 2 amod", "soldiers soldier NOUN 4 nsubj:pass",
        "were be AUX 4 aux:pass", "wounded wound VERB 0 root", "after after ADP 7 case",
        "an a DET 7 det", "exchange exchange NOUN 4 obl", "of of ADP 9 case",
        "fire fire NOUN 7 nmod", "with with ADP 12 case", "Norlandic Norlandic ADJ 12 amod",
        "soldiers soldier NOUN 9 nmod", ". . PUNCT 4 punct",
    ) == {("VLTMIL", "NORMIL", "193", "asserted"), ("NORMIL", "VLTMIL", "193", "asserted")}  # fmt: skip


def test_a_meeting_framed_by_following_tagged_as_a_verb(d):
    # "Veltria and Norland signed an accord following their talks.", "following" tagged a
    # verb with "talks" its object: they signed (057) and they met (040)
    events = coded(
        d, "Veltria Veltria PROPN 4 nsubj", "and and CCONJ 3 cc", "Norland Norland PROPN 1 conj",
        "signed sign VERB 0 root", "an a DET 6 det", "accord accord NOUN 4 obj",
        "following follow VERB 6 acl", "their their PRON 9 nmod:poss", "talks talk NOUN 7 obj",
        ". . PUNCT 4 punct",
    )  # fmt: skip
    assert {("VLT", "NOR", "040", "asserted"), ("NOR", "VLT", "040", "asserted")} <= events


def test_a_fight_framed_by_a_preposition_tagged_as_a_verb(d):
    # "Norlandic rebels seized a town following clashes with Norlandic police.", "following"
    # tagged as a verb: still the preposition of the frame
    events = coded(
        d, "Norlandic Norlandic ADJ 2 amod", "rebels rebel NOUN 3 nsubj",
        "seized seize VERB 0 root", "a a DET 5 det", "town town NOUN 3 obj",
        "following follow VERB 7 case", "clashes clash NOUN 3 obl", "with with ADP 10 case",
        "Norlandic Norlandic ADJ 10 amod", "police police NOUN 7 nmod", ". . PUNCT 3 punct",
    )  # fmt: skip
    assert {
        ("NORREB", "NORCOP", "190", "asserted"),
        ("NORCOP", "NORREB", "190", "asserted"),
    } <= events


def test_a_verb_of_phase_is_the_act_it_governs(d):
    # "Veltria managed to attack Norland.": an attack (190); MANAGE's own code (060) is none
    assert coded(
        d, "Veltria Veltria PROPN 2 nsubj", "managed manage VERB 0 root", "to to PART 4 mark",
        "attack attack VERB 2 xcomp", "Norland Norland PROPN 4 obj", ". . PUNCT 2 punct",
    ) == {("VLT", "NOR", "190", "asserted")}  # fmt: skip


def test_criticized_for_doing_names_who_did_it(d):
    # "Veltria criticized Norland for accusing its government.": Norland accused Veltria's
    # government ("its" is the subject's); Veltria criticized Norland
    assert coded(
        d, "Veltria Veltria PROPN 2 nsubj", "criticized criticize VERB 0 root",
        "Norland Norland PROPN 2 obj", "for for SCONJ 5 mark", "accusing accuse VERB 2 advcl",
        "its its PRON 7 nmod:poss", "government government NOUN 5 obj", ". . PUNCT 2 punct",
    ) == {("VLT", "NOR", "111", "asserted"), ("NOR", "VLTGOV", "112", "asserted")}  # fmt: skip


def test_a_meeting_held_is_no_intent_to_meet(d):
    # "Veltria met Norland for talks.": CAMEO.2.0's pattern says 036 (intent to meet); the
    # meeting took place: 040
    rows = ("Norland Norland PROPN {v} obj", "for for ADP {t} case", "talks talk NOUN {v} obl",
            ". . PUNCT {v} punct")  # fmt: skip
    assert coded(
        d, "Veltria Veltria PROPN 2 nsubj", "met meet VERB 0 root",
        *(r.format(v=2, t=5) for r in rows),
    ) == {("VLT", "NOR", "040", "asserted"), ("NOR", "VLT", "040", "asserted")}  # fmt: skip
    # "Veltria will meet Norland for talks.": still to come, the dictionary's intent stands
    assert coded(
        d, "Veltria Veltria PROPN 3 nsubj", "will will AUX 3 aux", "meet meet VERB 0 root",
        *(r.format(v=3, t=6) for r in rows),
    ) == {("VLT", "NOR", "036", "future"), ("NOR", "VLT", "036", "future")}  # fmt: skip


def test_a_by_phrase_a_parser_hung_on_an_active_verb_names_the_target(d):
    # "The Veltrian government condemned an attack by Norland soldiers." with "by Norland
    # soldiers" hung on the verb: an active verb has no agent phrase, the soldiers are the
    # attack's
    assert coded(
        d, "The the DET 3 det", "Veltrian Veltrian ADJ 3 amod", "government government NOUN 4 nsubj",
        "condemned condemn VERB 0 root", "an a DET 6 det", "attack attack NOUN 4 obj",
        "by by ADP 9 case", "Norland Norland PROPN 9 amod", "soldiers soldier NOUN 4 obl",
        ". . PUNCT 4 punct",
    ) == {("VLTGOV", "NORMIL", "111", "asserted")}  # fmt: skip


def test_a_receiving_actor_a_parser_lost_is_read_off_the_words(d):
    # "Veltria attacked the border with Norland camps.": the parser hung "Norland" on a later
    # word; "with Norland" right after the verb's object is its receiving end
    assert coded(
        d, "Veltria Veltria PROPN 2 nsubj", "attacked attack VERB 0 root", "the the DET 4 det",
        "border border NOUN 2 obj", "with with PART 6 mark", "Norland Norland PROPN 7 nmod:poss",
        "camps camp NOUN 2 obl", ". . PUNCT 2 punct",
    ) == {("VLT", "NOR", "190", "asserted")}  # fmt: skip


def test_an_unknown_name_behind_with_is_who_its_apposition_says(d):
    # "Veltria met with Aro Tenn, the Norlandic government's envoy, on Monday.": no dictionary
    # knows Aro Tenn; the parser hung the name as a clause; the apposition says who he is
    assert coded(
        d, "Veltria Veltria PROPN 2 nsubj", "met meet VERB 0 root", "with with SCONJ 5 mark",
        "Aro Aro PROPN 5 nsubj", "Tenn tenn VERB 2 advcl", ", , PUNCT 11 punct",
        "the the DET 9 det", "Norlandic Norlandic ADJ 9 amod",
        "government government NOUN 11 nmod:poss", "'s 's PART 9 case",
        "envoy envoy NOUN 5 obj", ", , PUNCT 11 punct", "on on ADP 14 case",
        "Monday Monday PROPN 2 obl", ". . PUNCT 2 punct",
    ) >= {("VLT", "NORGOV", "040", "asserted")}  # fmt: skip


# ---- a tree that gave nothing: the words read in order (TABARI's way)


def test_a_broken_tree_is_read_in_word_order(d):
    # "Veltria attacked Norland yesterday." with "attacked" hung as an adjective on "Norland"
    broken = ("Veltria Veltria PROPN 4 nsubj", "attacked attack VERB 3 amod",
              "Norland Norland PROPN 4 obl", "yesterday yesterday NOUN 0 root",
              ". . PUNCT 4 punct")  # fmt: skip
    assert coded(d, *broken) == {("VLT", "NOR", "190", "asserted")}
    # "Veltria and Ostia signed accords.": the pair before the verb signs with each other
    assert coded(
        d, "Veltria Veltria PROPN 5 compound", "and and CCONJ 3 cc", "Ostia Ostia PROPN 1 conj",
        "signed sign ADJ 5 amod", "accords accord NOUN 0 root", ". . PUNCT 5 punct",
    ) == {("VLT", "OST", "057", "asserted"), ("OST", "VLT", "057", "asserted")}  # fmt: skip


def test_the_word_order_reading_joins_doers_by_and(d):
    # "Veltrian rebels and the Norlandic government on Monday signed accords.", broken: the
    # pair "and" joins signs with each other, however far the first stands from the verb
    assert coded(
        d, "Veltrian Veltrian ADJ 2 amod", "rebels rebel NOUN 0 root", "and and CCONJ 6 cc",
        "the the DET 6 det", "Norlandic Norlandic ADJ 6 amod", "government government NOUN 2 conj",
        "on on ADP 8 case", "Monday Monday PROPN 10 nmod", "signed sign VERB 10 amod",
        "accords accord NOUN 6 nmod", ". . PUNCT 2 punct",
    ) == {("VLTREB", "NORGOV", "057", "asserted"), ("NORGOV", "VLTREB", "057", "asserted")}  # fmt: skip
    # "Clashes between Veltrian rebels and the Norlandic government ... signed": a noun's
    # two sides, no doers of the verb
    assert ("VLTREB", "NORGOV", "057", "asserted") not in coded(
        d, "Clashes clash NOUN 0 root", "between between ADP 4 case",
        "Veltrian Veltrian ADJ 4 amod", "rebels rebel NOUN 1 nmod", "and and CCONJ 8 cc",
        "the the DET 8 det", "Norlandic Norlandic ADJ 8 amod", "government government NOUN 4 conj",
        "signed sign VERB 10 amod", "accords accord NOUN 8 nmod", ". . PUNCT 1 punct",
    )  # fmt: skip


def test_the_word_order_reading_skips_a_condition(d):
    # "Veltria would respond if Norland attacked Ostia.", broken: a condition, no attack
    assert ("NOR", "OST", "190", "asserted") not in coded(
        d, "Veltria Veltria PROPN 3 nsubj", "would would AUX 3 aux", "respond respond VERB 0 root",
        "if if SCONJ 5 mark", "Norland Norland PROPN 3 obl", "attacked attack VERB 7 amod",
        "Ostia Ostia PROPN 5 nmod", ". . PUNCT 3 punct",
    )  # fmt: skip


def test_the_word_order_reading_codes_a_meeting_for_talks_held(d):
    # "Veltria and Norland met in Ostia for talks.", broken: a meeting held (040), not the
    # dictionary's intent to meet (036), as the tree's reading codes it
    assert coded(
        d, "Veltria Veltria PROPN 0 root", "and and CCONJ 3 cc", "Norland Norland PROPN 1 conj",
        "met meet VERB 1 parataxis", "in in ADP 6 case", "Ostia Ostia PROPN 4 obl",
        "for for ADP 8 case", "talks talk NOUN 4 obl", ". . PUNCT 1 punct",
    ) == {("VLT", "NOR", "040", "asserted"), ("NOR", "VLT", "040", "asserted")}  # fmt: skip


def test_the_word_order_reading_skips_places(d):
    # "Veltria and Norland met in Ostia." broken ("met" hung off the first name): the pair
    # met each other, and Ostia is where
    assert coded(
        d, "Veltria Veltria PROPN 0 root", "and and CCONJ 3 cc", "Norland Norland PROPN 1 conj",
        "met meet VERB 1 parataxis", "in in ADP 6 case", "Ostia Ostia PROPN 4 obl",
        ". . PUNCT 1 punct",
    ) == {("VLT", "NOR", "040", "asserted"), ("NOR", "VLT", "040", "asserted")}  # fmt: skip


def test_the_word_order_reading_takes_a_by_phrase_for_the_doer(d):
    # "Norlandic representatives attacked Monday by Veltria." broken ("attacked" an
    # adjective): a passive, Veltria attacked
    assert coded(
        d, "Norlandic Norlandic ADJ 2 amod", "representatives representative NOUN 0 root",
        "attacked attack ADJ 4 amod", "Monday Monday PROPN 2 nmod", "by by ADP 6 case",
        "Veltria Veltria PROPN 4 nmod", ". . PUNCT 2 punct",
    ) == {("VLT", "NORLEG", "190", "asserted")}  # fmt: skip


def test_the_word_order_reading_takes_a_past_like_its_base_after_an_actor(d):
    # "Veltria hit Norland yesterday." broken, "hit" tagged a noun: a past tense that is
    # its base form still reads right after an actor
    assert ("VLT", "NOR", "193", "asserted") in coded(
        d, "Veltria Veltria PROPN 2 nmod", "hit hit NOUN 4 amod", "Norland Norland PROPN 4 nmod",
        "yesterday yesterday NOUN 0 root", ". . PUNCT 4 punct",
    )  # fmt: skip


def test_the_word_order_reading_keeps_its_limits(d):
    # "Veltria never attacked Norland." broken: a negation right before the verb
    assert not coded(
        d, "Veltria Veltria PROPN 4 nmod", "never never ADV 3 advmod",
        "attacked attack ADJ 4 amod", "Norland Norland PROPN 0 root", ". . PUNCT 4 punct",
    )  # fmt: skip
    # "Veltria, however, attacked Norland." broken: a comma ends the verb's stretch, but a
    # doer is taken past a stretch with no verb set off by commas
    assert coded(
        d, "Veltria Veltria PROPN 6 nmod", ", , PUNCT 3 punct", "however however ADV 5 advmod",
        ", , PUNCT 3 punct", "attacked attack ADJ 6 amod", "Norland Norland PROPN 0 root",
        ". . PUNCT 6 punct",
    ) == {("VLT", "NOR", "190", "asserted")}  # fmt: skip
    # "Veltria, it said, attacked Norland." broken: not past a stretch with a verb
    assert not coded(
        d, "Veltria Veltria PROPN 7 nmod", ", , PUNCT 4 punct", "it it PRON 4 nsubj",
        "said say VERB 7 acl", ", , PUNCT 4 punct", "attacked attack ADJ 7 amod",
        "Norland Norland PROPN 0 root", ". . PUNCT 7 punct",
    )  # fmt: skip


def test_the_word_order_reading_takes_no_adjective_for_a_verb(d):
    # "Veltria talks following increased Ostian deployments." broken: "increased" after a
    # preposition qualifies the noun after it; nobody increased anything here
    assert not coded(
        d, "Veltria Veltria PROPN 2 compound", "talks talk NOUN 0 root",
        "following follow VERB 2 acl", "increased increase ADJ 6 amod",
        "Ostian Ostian ADJ 6 amod", "deployments deployment NOUN 3 obj", ". . PUNCT 2 punct",
    )  # fmt: skip


def test_the_word_order_reading_takes_no_doer_from_a_phrase_of_place(d):
    # "Veltrian soldiers in Ostia attacked Norland." broken ("attacked" an adjective): Ostia
    # is where the soldiers are, not who attacked
    assert coded(
        d, "Veltrian Veltrian ADJ 2 amod", "soldiers soldier NOUN 6 nsubj", "in in ADP 4 case",
        "Ostia Ostia PROPN 2 nmod", "attacked attack ADJ 6 amod", "Norland Norland PROPN 0 root",
        ". . PUNCT 6 punct",
    ) == {("VLTMIL", "NOR", "190", "asserted")}  # fmt: skip


def test_an_agent_with_a_state_keeps_it_in_a_phrase_of_place(d):
    # "Veltrian soldiers in Ostia attacked Norland.": Veltria's soldiers, not Ostia's ("police
    # in Ostia", with no state of their own, are Ostia's)
    assert coded(
        d, "Veltrian Veltrian ADJ 2 amod", "soldiers soldier NOUN 5 nsubj", "in in ADP 4 case",
        "Ostia Ostia PROPN 2 nmod", "attacked attack VERB 0 root", "Norland Norland PROPN 5 obj",
        ". . PUNCT 5 punct",
    ) == {("VLTMIL", "NOR", "190", "asserted")}  # fmt: skip
    assert coded(
        d, "Police police NOUN 4 nsubj", "in in ADP 3 case", "Ostia Ostia PROPN 1 nmod",
        "attacked attack VERB 0 root", "Norland Norland PROPN 4 obj", ". . PUNCT 4 punct",
    ) == {("OSTCOP", "NOR", "190", "asserted")}  # fmt: skip


def test_a_hyphened_name_a_parser_split_is_the_group_not_its_state(d):
    # "Veltria's al-Karva group attacked Norland.", tokenised "al - Karva": the group
    # (VLTREB), not the state that owns it
    assert coded(
        d, "Veltria Veltria PROPN 6 nmod:poss", "'s 's PART 1 case", "al al PROPN 5 compound",
        "- - PUNCT 5 punct", "Karva Karva PROPN 6 compound", "group group NOUN 7 nsubj",
        "attacked attack VERB 0 root", "Norland Norland PROPN 7 obj", ". . PUNCT 7 punct",
    ) == {("VLTREB", "NOR", "190", "asserted")}  # fmt: skip


def test_a_people_of_two_words_is_its_state(d):
    # "Veltria attacked two North Ostians.": the people of North Ostia, as "Ostians" are Ostia's
    assert coded(
        d, "Veltria Veltria PROPN 2 nsubj", "attacked attack VERB 0 root", "two two NUM 5 nummod",
        "North North PROPN 5 compound", "Ostians Ostian PROPN 2 obj", ". . PUNCT 2 punct",
    ) == {("VLT", "NOS", "190", "asserted")}  # fmt: skip


def test_an_organ_of_no_named_state_is_no_source(d):
    # "Soldiers attacked Norland.": whose soldiers? no event; "Rebels attacked Norland." is
    # ---REB's (tests/test_coding.py)
    assert not coded(
        d, "Soldiers soldier NOUN 2 nsubj", "attacked attack VERB 0 root",
        "Norland Norland PROPN 2 obj", ". . PUNCT 2 punct",
    )  # fmt: skip


def test_a_common_word_is_no_place_name(d):
    # "Veltria attacked male residents.": "male" is no Malé
    assert not coded(
        d, "Veltria Veltria PROPN 2 nsubj", "attacked attack VERB 0 root",
        "male male ADJ 4 amod", "residents resident NOUN 2 obj", ". . PUNCT 2 punct",
    )  # fmt: skip
    # "Veltria attacked Male.": the capital is
    assert coded(
        d, "Veltria Veltria PROPN 2 nsubj", "attacked attack VERB 0 root",
        "Male Male PROPN 2 obj", ". . PUNCT 2 punct",
    ) == {("VLT", "MDV", "190", "asserted")}  # fmt: skip


def test_a_hyphened_participle_qualifies_a_noun(d):
    # "Many Veltria - attacked Norland camps": "Veltria-attacked camps" read in word order is
    # no attack by Veltria (the tree gives none either)
    assert not coded(
        d, "Many many ADJ 6 amod", "Veltria Veltria PROPN 6 nmod", "- - PUNCT 4 punct",
        "attacked attack VERB 6 amod", "Norland Norland PROPN 6 compound", "camps camp NOUN 0 root",
        ". . PUNCT 6 punct",
    )  # fmt: skip


def test_an_act_between_two_sides_named_by_a_noun(d):
    # "Veltria condemned clashes between Norland and Ostia.": Norland and Ostia clashed
    events = coded(
        d, "Veltria Veltria PROPN 2 nsubj", "condemned condemn VERB 0 root",
        "clashes clash NOUN 2 obj", "between between ADP 5 case", "Norland Norland PROPN 3 nmod",
        "and and CCONJ 7 cc", "Ostia Ostia PROPN 5 conj", ". . PUNCT 2 punct",
    )  # fmt: skip
    assert {("NOR", "OST", "190", "asserted"), ("OST", "NOR", "190", "asserted")} <= events
    # "Veltria welcomed planned talks between Norland and Ostia.": talks to come
    assert ("NOR", "OST", "040", "future") in coded(
        d, "Veltria Veltria PROPN 2 nsubj", "welcomed welcome VERB 0 root",
        "planned planned ADJ 4 amod", "talks talk NOUN 2 obj", "between between ADP 6 case",
        "Norland Norland PROPN 4 nmod", "and and CCONJ 8 cc", "Ostia Ostia PROPN 6 conj",
        ". . PUNCT 2 punct",
    )  # fmt: skip
    # "Veltria welcomed a ceasefire agreement between Norland and Ostia.": a truce both ways
    assert {("NOR", "OST", "0871", "asserted"), ("OST", "NOR", "0871", "asserted")} <= coded(
        d, "Veltria Veltria PROPN 2 nsubj", "welcomed welcome VERB 0 root", "a a DET 5 det",
        "ceasefire ceasefire ADJ 5 amod", "agreement agreement NOUN 2 obj",
        "between between ADP 7 case", "Norland Norland PROPN 5 nmod", "and and CCONJ 9 cc",
        "Ostia Ostia PROPN 7 conj", ". . PUNCT 2 punct",
    )  # fmt: skip
    # "A telephone conversation took place between Norland and Ostia.": a call, both ways
    assert {("NOR", "OST", "041", "asserted"), ("OST", "NOR", "041", "asserted")} <= coded(
        d, "A a DET 3 det", "telephone telephone NOUN 3 compound",
        "conversation conversation NOUN 4 nsubj", "took take VERB 0 root",
        "place place NOUN 4 obj", "between between ADP 7 case", "Norland Norland PROPN 4 obl",
        "and and CCONJ 9 cc", "Ostia Ostia PROPN 7 conj", ". . PUNCT 4 punct",
    )  # fmt: skip


def test_a_year_that_only_names_something_is_no_history(tmp_path):
    # Phoenix discards sentences with years, to drop history: "In 1990 Veltria attacked
    # Norland." codes nothing; "Veltria attacked the 1990 border of Norland." does
    d = load_own(tmp_path, actors=ACTORS, agents=AGENTS, verbs=VERBS, discards="1990\n")
    assert not coded(
        d, "In in ADP 2 case", "1990 1990 NUM 4 obl", "Veltria Veltria PROPN 4 nsubj",
        "attacked attack VERB 0 root", "Norland Norland PROPN 4 obj", ". . PUNCT 4 punct",
    )  # fmt: skip
    assert coded(
        d, "Veltria Veltria PROPN 2 nsubj", "attacked attack VERB 0 root", "the the DET 5 det",
        "1990 1990 NUM 5 nummod", "border border NOUN 2 obj", "of of ADP 7 case",
        "Norland Norland PROPN 5 nmod", ". . PUNCT 2 punct",
    ) == {("VLT", "NOR", "190", "asserted")}  # fmt: skip


# ---- a pattern is its own verb's, not every verb's of its block


def test_a_pattern_written_for_one_verb_of_a_block_leaves_the_others(d):
    # "Veltrian police detained protesters staging a demonstration.": an arrest (DETAIN's
    # 173); STAGE's "* DEMONSTRATION" (141) in the same block is not DETAIN's
    assert coded(
        d, "Veltrian Veltrian ADJ 2 amod", "police police NOUN 3 nsubj",
        "detained detain VERB 0 root", "protesters protester NOUN 3 obj",
        "staging stage VERB 4 acl", "a a DET 7 det", "demonstration demonstration NOUN 5 obj",
        ". . PUNCT 3 punct",
    ) == {("VLTCOP", "VLTOPP", "173", "asserted")}  # fmt: skip


def test_an_unknown_name_after_a_verb_read_in_word_order_is_who_its_apposition_says(d):
    # "Veltrian police on Friday arrested Bor Chak, a Norlandic rebel.", broken as small
    # parsers break it ("police" the root, "arrested" an adjective of the name)
    rows = [
        "Veltrian Veltrian ADJ 2 amod", "police police NOUN 0 root", "on on ADP 4 case",
        "Friday Friday PROPN 2 nmod", "arrested arrest VERB 7 amod", "Bor Bor PROPN 7 compound",
        "Chak Chak PROPN 2 nmod", ", , PUNCT 11 punct", "a a DET 11 det",
        "Norlandic Norlandic ADJ 11 amod", "rebel rebel NOUN 2 appos", ". . PUNCT 2 punct",
    ]  # fmt: skip
    assert coded(d, *rows) == {("VLTCOP", "NORREB", "173", "asserted")}
    # no apposition but another act after the comma: nobody the name is
    rows[7:] = [
        ", , PUNCT 9 punct", "killing kill VERB 2 advcl", "a a DET 12 det",
        "Norlandic Norlandic ADJ 12 amod", "rebel rebel NOUN 9 obj", ". . PUNCT 2 punct",
    ]  # fmt: skip
    assert coded(d, *rows) == set()


def test_an_agent_joined_to_a_states_organ_is_that_states(d):
    # "Veltria's government and rebels signed an accord, Norland said.": Veltria's rebels,
    # though two states are named and the parser made "rebels" a subject of its own
    assert coded(
        d, "Veltria Veltria PROPN 3 nmod:poss", "'s 's PART 1 case",
        "government government NOUN 6 nsubj", "and and CCONJ 5 cc", "rebels rebel NOUN 6 nsubj",
        "signed sign VERB 0 root", "an a DET 8 det", "accord accord NOUN 6 obj",
        ", , PUNCT 11 punct", "Norland Norland PROPN 11 nsubj", "said say VERB 6 parataxis",
        ". . PUNCT 6 punct",
    ) == {("VLTGOV", "VLTREB", "057", "reported"), ("VLTREB", "VLTGOV", "057", "reported")}  # fmt: skip
    # unidentified gunmen stay unidentified: "Veltrian soldiers and gunmen clashed."
    events = coded(
        d, "Veltrian Veltrian ADJ 2 amod", "soldiers soldier NOUN 5 nsubj", "and and CCONJ 4 cc",
        "gunmen gunman NOUN 2 conj", "clashed clash VERB 0 root", ". . PUNCT 5 punct",
    )  # fmt: skip
    assert not any(e[0] == "VLTUAF" or e[1] == "VLTUAF" for e in events)


def test_an_act_done_unilaterally_is_one_sides_alone(d):
    # "Veltria declared a truce with Norland.": both sides' ceasefire, as the dictionary
    # writes it; "a unilateral truce" is Veltria's alone
    rows = [
        "Veltria Veltria PROPN 2 nsubj", "declared declare VERB 0 root", "a a DET 4 det",
        "truce truce NOUN 2 obj", "with with ADP 6 case", "Norland Norland PROPN 2 obl",
        ". . PUNCT 2 punct",
    ]  # fmt: skip
    assert {e[:3] for e in coded(d, *rows)} == {("VLT", "NOR", "0871"), ("NOR", "VLT", "0871")}
    rows[2:] = [
        "a a DET 5 det", "unilateral unilateral ADJ 5 amod", "truce truce NOUN 2 obj",
        "with with ADP 7 case", "Norland Norland PROPN 2 obl", ". . PUNCT 2 punct",
    ]  # fmt: skip
    assert {e[:3] for e in coded(d, *rows)} == {("VLT", "NOR", "0871")}


def test_a_groups_abbreviation_in_brackets_and_its_agent_word_are_one_actor(d):
    # "Veltria's government and the People's Army [PA] rebels signed an accord in Ostia.": the
    # rebels named after the bracket are the People's Army (Norland's), not the place's
    events = coded(
        d, "Veltria Veltria PROPN 3 nmod:poss", "'s 's PART 1 case",
        "government government NOUN 13 obl", "and and CCONJ 8 cc", "the the DET 8 det",
        "People People PROPN 8 compound", "'s 's PART 6 case", "Army Army PROPN 3 conj",
        "[ [ PUNCT 10 punct", "PA PA PROPN 8 appos", "] ] PUNCT 10 punct",
        "rebels rebel NOUN 13 nsubj", "signed sign VERB 0 root", "an a DET 15 det",
        "accord accord NOUN 13 obj", "in in ADP 17 case", "Ostia Ostia PROPN 13 obl",
        ". . PUNCT 13 punct",
    )  # fmt: skip
    assert not any("OSTREB" in (e[0], e[1]) for e in events)
    # "(Norland Times) Police arrested protesters.": a bracket of its own is no abbreviation
    events = coded(
        d, "( ( PUNCT 3 punct", "Norland Norland PROPN 3 compound", "Times Times PROPN 6 dep",
        ") ) PUNCT 3 punct", "Police police NOUN 6 nsubj", "arrested arrest VERB 0 root",
        "protesters protester NOUN 6 obj", ". . PUNCT 6 punct",
    )  # fmt: skip
    assert not any(e[0].endswith("COP") and len(e[0]) > 6 for e in events)


def test_an_international_militant_group_is_the_one_named_states_rebels(d):
    # "Norlandic soldiers attacked Black Banner.": the group fights in Norland, so it is
    # Norland's rebels, as every CAMEO set's annotators code Phoenix's IMG groups
    rows = [
        "Norlandic Norlandic ADJ 2 amod", "soldiers soldier NOUN 3 nsubj",
        "attacked attack VERB 0 root", "Black Black PROPN 5 compound", "Banner Banner PROPN 3 obj",
    ]  # fmt: skip
    assert coded(d, *rows, ". . PUNCT 3 punct") == {("NORMIL", "NORREB", "190", "asserted")}
    # "Norlandic soldiers attacked Black Banner in Veltria.": two states named, the group's own
    # code stays
    events = coded(
        d, *rows, "in in ADP 7 case", "Veltria Veltria PROPN 3 obl", ". . PUNCT 3 punct"
    )  # fmt: skip
    assert {e[1] for e in events} == {"IMGMUSBLB"}


def test_a_doer_before_an_appositive_read_in_word_order(d):
    # "Veltria's government, Bor Chak, on Friday attacked Norland.", broken ("attacked" an
    # adjective of "Norland"): the doer stands before the name set off by commas
    rows = [
        "Veltria Veltria PROPN 3 nmod:poss", "'s 's PART 1 case", "government government NOUN 0 root",
        ", , PUNCT 6 punct", "Bor Bor PROPN 6 compound", "Chak Chak PROPN 3 appos", ", , PUNCT 6 punct",
        "on on ADP 9 case", "Friday Friday PROPN 3 nmod", "attacked attack VERB 11 amod",
        "Norland Norland PROPN 3 appos", ". . PUNCT 3 punct",
    ]  # fmt: skip
    assert coded(d, *rows) == {("VLTGOV", "NOR", "190", "asserted")}


def test_force_threatened_on_a_condition_is_a_threat_to_whom_the_condition_names(d):
    # "Veltria said it would strike back if Norland or Ostia attacked.": a threat (138) to
    # both, the force to come being no event and the condition no attack
    rows = [
        "Veltria Veltria PROPN 2 nsubj", "said say VERB 0 root", "it it PRON 5 nsubj",
        "would would AUX 5 aux", "attack attack VERB 2 ccomp", "if if SCONJ 10 mark",
        "Norland Norland PROPN 10 nsubj", "or or CCONJ 9 cc", "Ostia Ostia PROPN 7 conj",
        "attacked attack VERB 2 conj", ". . PUNCT 2 punct",
    ]  # fmt: skip
    assert {e[:3] for e in coded(d, *rows) if e[3] == "asserted"} == {
        ("VLT", "NOR", "138"), ("VLT", "OST", "138"),
    }  # fmt: skip


def test_an_arrest_with_no_doer_is_by_the_police_the_sentence_names(d):
    # "Veltrian protesters were arrested, police said.": the police arrested them (reported)
    rows = [
        "Veltrian Veltrian ADJ 2 amod", "protesters protester NOUN 4 nsubj:pass",
        "were be AUX 4 aux:pass", "arrested arrest VERB 0 root", ", , PUNCT 7 punct",
    ]  # fmt: skip
    assert coded(
        d, *rows, "police police NOUN 7 nsubj", "said say VERB 4 parataxis", ". . PUNCT 4 punct"
    ) == {("VLTCOP", "VLTOPP", "173", "reported")}  # fmt: skip
    # "..., Norlandic police said.": another state's police arrested no Veltrians
    assert not coded(
        d, *rows, "Norlandic Norlandic ADJ 7 amod", "police police NOUN 8 nsubj",
        "said say VERB 4 parataxis", ". . PUNCT 4 punct",
    )  # fmt: skip
    # "..., Veltrian prosecutors said.": prosecutors make arrests too
    assert coded(
        d, *rows, "Veltrian Veltrian ADJ 7 amod", "prosecutors prosecutor NOUN 8 nsubj",
        "said say VERB 4 parataxis", ". . PUNCT 4 punct",
    ) == {("VLTJUD", "VLTOPP", "173", "reported")}  # fmt: skip
    # "Protesters were arrested in Veltria .": no police named, the state where it happened
    assert coded(
        d, "Protesters protester NOUN 3 nsubj:pass", "were be AUX 3 aux:pass",
        "arrested arrest VERB 0 root", "in in ADP 5 case", "Veltria Veltria PROPN 3 obl",
        ". . PUNCT 3 punct",
    ) == {("VLT", "VLTOPP", "173", "asserted")}  # fmt: skip
    # "..., a soldier said.": no police named, no doer
    assert not coded(
        d, *rows, "a a DET 7 det", "soldier soldier NOUN 8 nsubj", "said say VERB 4 parataxis",
        ". . PUNCT 4 punct",
    )  # fmt: skip


def test_others_are_of_the_coordinated_verbs_target(d):
    # "Veltrian soldiers attacked Norlandic rebels and arrested four others.": the others are
    # rebels too
    assert coded(
        d, "Veltrian Veltrian ADJ 2 amod", "soldiers soldier NOUN 3 nsubj",
        "attacked attack VERB 0 root", "Norlandic Norlandic ADJ 5 amod", "rebels rebel NOUN 3 obj",
        "and and CCONJ 7 cc", "arrested arrest VERB 3 conj", "four four NUM 9 nummod",
        "others other NOUN 7 obj", ". . PUNCT 3 punct",
    ) == {("VLTMIL", "NORREB", "190", "asserted"), ("VLTMIL", "NORREB", "173", "asserted")}  # fmt: skip
    # "Veltrian soldiers arrested four others.": others of no one named
    assert not coded(
        d, "Veltrian Veltrian ADJ 2 amod", "soldiers soldier NOUN 3 nsubj",
        "arrested arrest VERB 0 root", "four four NUM 5 nummod", "others other NOUN 3 obj",
        ". . PUNCT 3 punct",
    )  # fmt: skip


def test_a_pattern_preposition_followed_by_a_word_matches_an_infinitive(d):
    # "Veltria ordered Norlandic representatives to leave.": CAMEO.2.0's ORDER * (TO LEAVE),
    # an expulsion (174), not a demand (100)
    assert coded(
        d, "Veltria Veltria PROPN 2 nsubj", "ordered order VERB 0 root",
        "Norlandic Norlandic ADJ 4 amod", "representatives representative NOUN 2 obj",
        "to to PART 6 mark", "leave leave VERB 2 xcomp", ". . PUNCT 2 punct",
    ) == {("VLT", "NORLEG", "174", "asserted")}  # fmt: skip
    # "Veltria and Norland committed to strengthening cooperation.": COMMIT * (TO COOPERATION)
    assert coded(
        d, "Veltria Veltria PROPN 4 nsubj", "and and CCONJ 3 cc", "Norland Norland PROPN 1 conj",
        "committed commit VERB 0 root", "to to SCONJ 6 mark", "strengthening strengthen VERB 4 advcl",
        "cooperation cooperation NOUN 6 obj", ". . PUNCT 4 punct",
    ) == {("VLT", "NOR", "030", "asserted"), ("NOR", "VLT", "030", "asserted")}  # fmt: skip


def test_bare_material_cooperation_is_no_act_unless_intended(d):
    # "Veltria managed Norland's port.": MANAGE's bare code (060, as CAMEO.2.0 gives verbs of
    # leading, managing, heading) names no act
    assert not coded(
        d, "Veltria Veltria PROPN 2 nsubj", "managed manage VERB 0 root",
        "Norland Norland PROPN 5 nmod:poss", "'s 's PART 3 case", "port port NOUN 2 obj",
        ". . PUNCT 2 punct",
    )  # fmt: skip
    # "Veltria and Norland agreed to increase trade.": what is agreed is cooperation intended
    # (031) both ways
    assert coded(
        d, "Veltria Veltria PROPN 4 nsubj", "and and CCONJ 3 cc", "Norland Norland PROPN 1 conj",
        "agreed agree VERB 0 root", "to to PART 6 mark", "increase increase VERB 4 xcomp",
        "trade trade NOUN 6 obj", ". . PUNCT 4 punct",
    ) == {("VLT", "NOR", "031", "asserted"), ("NOR", "VLT", "031", "asserted")}  # fmt: skip


def test_a_bare_intent_is_only_a_verb_of_intents(d):
    # "Veltria pledged support to Norland.": a pledge, an intent to cooperate (030)
    assert coded(
        d, "Veltria Veltria PROPN 2 nsubj", "pledged pledge VERB 0 root",
        "support support NOUN 2 obj", "to to ADP 5 case", "Norland Norland PROPN 2 obl",
        ". . PUNCT 2 punct",
    ) == {("VLT", "NOR", "030", "asserted")}  # fmt: skip
    # "Veltria trained Norland's soldiers.": the block's bare 030 names no intent of training
    assert not coded(
        d, "Veltria Veltria PROPN 2 nsubj", "trained train VERB 0 root",
        "Norland Norland PROPN 5 nmod:poss", "'s 's PART 3 case", "soldiers soldier NOUN 2 obj",
        ". . PUNCT 2 punct",
    )  # fmt: skip
    # "Veltria planned a parade with Norland.": one's own plan commits no one (no 030)
    assert not coded(
        d, "Veltria Veltria PROPN 2 nsubj", "planned plan VERB 0 root", "a a DET 4 det",
        "parade parade NOUN 2 obj", "with with ADP 6 case", "Norland Norland PROPN 4 nmod",
        ". . PUNCT 2 punct",
    )  # fmt: skip


def test_between_that_names_where_a_border_runs_is_no_exchange(d):
    # "Veltrian soldiers shot between Veltria and Norland .": an exchange of fire, both ways
    rows = [
        "Veltrian Veltrian ADJ 2 amod",
        "soldiers soldier NOUN 3 nsubj",
        "shot shoot VERB 0 root",
    ]
    assert coded(
        d, *rows, "between between ADP 5 case", "Veltria Veltria PROPN 3 obl", "and and CCONJ 7 cc",
        "Norland Norland PROPN 5 conj", ". . PUNCT 3 punct",
    ) >= {("VLTMIL", "NOR", "193", "asserted")}  # fmt: skip
    # "Veltrian soldiers shot near the border between Veltria and Norland .": where the
    # border runs, no exchange
    got = coded(
        d, *rows, "near near ADP 6 case", "the the DET 6 det", "border border NOUN 3 obl",
        "between between ADP 8 case", "Veltria Veltria PROPN 6 nmod", "and and CCONJ 10 cc",
        "Norland Norland PROPN 8 conj", ". . PUNCT 3 punct",
    )  # fmt: skip
    assert not {e for e in got if e[2] == "193"}
