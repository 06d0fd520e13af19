"""kg.coding: PETRARCH dictionaries (a user's own, and the shipped Phoenix/CAMEO.2.0 set)
matched on UD trees: agents combined with their state, verb patterns, modality, both
directions, discards; `kg code` with the dictionary coder; PETRARCH's unit records as a floor;
full CAMEO codes on kg's own relation instances and in the exports.

Every sentence and parse here is written for these tests (the invented states Veltria,
Norland and Ostia for the user's own dictionaries)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from click.testing import CliRunner
from coding_cases import DAY, coded, conllu, load_own, own_dictionaries

from kg.cli import main
from kg.code_score import CAUSES, score
from kg.coding.dictionaries import load_coding_dictionaries
from kg.coding.records import DictionaryCoder
from kg.coding.sentence import Sentence, actor_code, find_mentions
from kg.errors import InputError
from kg.knowledge.petrarch.records import read_records
from kg.parse.conllu import to_document

UNIT = Path(__file__).parent / "data" / "petrarch" / "PETR.UnitTest.records.ud.xml.gz"

ACTORS = """\
VELTRIA_ [VLT]
+VELTRIAN_
NORLAND_ [NOR]
+NORLANDIC_
OSTIA_ [OST]
MARA_QUELL_
\t[VLTGOV 20200101-20251231]
\t[VLTELI]
"""
AGENTS = """\
POLICE {} [~COP]
SOLDIER [~MIL]
REBEL [~REB]
GOVERNMENT [~GOV]
MEDIA {} [~MED]
PROTESTER [~OPP]
"""
VERBS = """\
&AIDWORDS
+AID
+ASSISTANCE

--- CRITICIZE [111] ---
CRITICIZE
CONDEMN

--- ATTACK [190] ---
ATTACK

--- ARREST [173] ---
ARREST

--- MEET [040] ---
MEET {MET MEETING MEETS}

--- HOLD [---] ---
HOLD {HELD HOLDING HOLDS}
- * TALKS [046]

--- PROVIDE [070] ---
PROVIDE
- * &AIDWORDS (TO +) [073]

--- RELEASE [084] ---
RELEASE

--- CORDON [---] ---
+CORDON_OFF {+CORDONED_OFF +CORDONS_OFF +CORDONING_OFF}
- * + [191]

--- SAY [010] ---
SAY {SAID SAYS SAYING}
"""


@pytest.fixture(scope="module")
def own(tmp_path_factory):
    """A user's own dictionaries, as PETRARCH text files in one folder."""
    return own_dictionaries(
        tmp_path_factory.mktemp("dicts"),
        actors=ACTORS, agents=AGENTS, verbs=VERBS, discards="FOOTBALL_MATCH\n",
    )  # fmt: skip


@pytest.fixture(scope="module")
def d(own):
    return load_coding_dictionaries(own)


@pytest.fixture(scope="module")
def phoenix():
    return load_coding_dictionaries("Phoenix")


@pytest.fixture(scope="module")
def dateline_parser(models_dir):
    """One parser (its models loaded once) for every set test through Stanza."""
    from kg.parse.stanza import Parser

    return Parser(models_dir=models_dir, datelines=True)


# ---- agents and their states


def test_agent_takes_the_state_of_its_own_phrase(d):
    # "Soldiers from Veltria attacked rebels in Norland." (the rebels' state: the place)
    assert coded(
        d, "Soldiers soldier NOUN 4 nsubj", "from from ADP 3 case", "Veltria Veltria PROPN 1 nmod",
        "attacked attack VERB 0 root", "rebels rebel NOUN 4 obj", "in in ADP 7 case",
        "Norland Norland PROPN 4 obl", ". . PUNCT 4 punct",
    ) == {("VLTMIL", "NORREB", "190", "asserted")}  # fmt: skip
    # "Veltria's government condemned Norland."
    assert coded(
        d, "Veltria Veltria PROPN 3 nmod:poss", "'s 's PART 1 case",
        "government government NOUN 4 nsubj", "condemned condemn VERB 0 root",
        "Norland Norland PROPN 4 obj", ". . PUNCT 4 punct",
    ) == {("VLTGOV", "NOR", "111", "asserted")}  # fmt: skip


def test_coordinated_agents_share_a_state_and_each_codes(d):
    # "Veltrian media and government criticized Norland."
    assert coded(
        d, "Veltrian Veltrian ADJ 2 amod", "media media NOUN 5 nsubj", "and and CCONJ 4 cc",
        "government government NOUN 2 conj", "criticized criticize VERB 0 root",
        "Norland Norland PROPN 5 obj", ". . PUNCT 5 punct",
    ) == {("VLTGOV", "NOR", "111", "asserted"), ("VLTMED", "NOR", "111", "asserted")}  # fmt: skip


def test_an_agent_without_a_state(d):
    # "Rebels criticized Norland.": PETRARCH's ---REB
    assert coded(
        d, "Rebels rebel NOUN 2 nsubj", "criticized criticize VERB 0 root",
        "Norland Norland PROPN 2 obj", ". . PUNCT 2 punct",
    ) == {("---REB", "NOR", "111", "asserted")}  # fmt: skip
    # "Rebels attacked Norland.": rebels who fight a state fight in it, its own (the CAMEO
    # sets' annotators code them so: "Tuareg rebels killed 14 soldiers" of Mali, MLI)
    assert coded(
        d, "Rebels rebel NOUN 2 nsubj", "attacked attack VERB 0 root",
        "Norland Norland PROPN 2 obj", ". . PUNCT 2 punct",
    ) == {("NORREB", "NOR", "190", "asserted")}  # fmt: skip
    # "Veltria met rebels.": rebels who talk (agree, make a truce) with a state are its own
    assert coded(
        d, "Veltria Veltria PROPN 2 nsubj", "met meet VERB 0 root", "rebels rebel NOUN 2 obj",
        ". . PUNCT 2 punct",
    ) == {("VLT", "VLTREB", "040", "asserted"), ("VLTREB", "VLT", "040", "asserted")}  # fmt: skip
    # "Norlandic rebels attacked soldiers, Veltria said.": the soldiers a state's rebels fight
    # are that state's (two states named: no one place to give them)
    assert ("NORREB", "NORMIL", "190") in {e[:3] for e in coded(
        d, "Norlandic Norlandic ADJ 2 amod", "rebels rebel NOUN 3 nsubj",
        "attacked attack VERB 0 root", "soldiers soldier NOUN 3 obj", ", , PUNCT 7 punct",
        "Veltria Veltria PROPN 7 nsubj", "said say VERB 3 parataxis", ". . PUNCT 3 punct",
    )}  # fmt: skip
    # "Rebels attacked police officers.": no state on either side, nothing to code
    assert not coded(
        d, "Rebels rebel NOUN 2 nsubj", "attacked attack VERB 0 root",
        "police police NOUN 4 compound", "officers officer NOUN 2 obj", ". . PUNCT 2 punct",
    )  # fmt: skip
    # "Police arrested protesters in Norland.": both take the place's state; a same-state
    # dyad is kept when the agents differ
    assert coded(
        d, "Police police NOUN 2 nsubj", "arrested arrest VERB 0 root",
        "protesters protester NOUN 2 obj", "in in ADP 5 case", "Norland Norland PROPN 2 obl",
        ". . PUNCT 2 punct",
    ) == {("NORCOP", "NOROPP", "173", "asserted")}  # fmt: skip


def test_no_dyad_of_a_state_and_its_own_organ(d):
    # "Veltria's government condemned Veltria.": a state and its own government are no dyad
    # (in real reporting, mostly a place: "Xi met Widodo in China")
    assert not coded(
        d, "Veltria Veltria PROPN 3 nmod:poss", "'s 's PART 1 case",
        "government government NOUN 4 nsubj", "condemned condemn VERB 0 root",
        "Veltria Veltria PROPN 4 obj", ". . PUNCT 4 punct",
    )  # fmt: skip


def test_a_dated_role(d):
    rows = ("Mara Mara PROPN 3 nsubj", "Quell Quell PROPN 1 flat",
            "condemned condemn VERB 0 root", "Norland Norland PROPN 3 obj", ". . PUNCT 3 punct")  # fmt: skip
    assert coded(d, *rows) == {("VLTGOV", "NOR", "111", "asserted")}
    assert coded(d, *rows, date=dt.date(2030, 1, 1)) == {("VLTELI", "NOR", "111", "asserted")}


# ---- verbs and patterns


def test_passive_by_phrase_is_the_source(d):
    # "Norland was criticized by Veltria."
    assert coded(
        d, "Norland Norland PROPN 3 nsubj:pass", "was be AUX 3 aux:pass",
        "criticized criticize VERB 0 root", "by by ADP 5 case", "Veltria Veltria PROPN 3 obl:agent",
        ". . PUNCT 3 punct",
    ) == {("VLT", "NOR", "111", "asserted")}  # fmt: skip


def test_multiword_verb_and_a_target_pattern(d):
    # "Norlandic police cordoned off Ostia." (CORDON_OFF, "- * + [191]")
    assert coded(
        d, "Norlandic Norlandic ADJ 2 amod", "police police NOUN 3 nsubj",
        "cordoned cordon VERB 0 root", "off off ADP 3 compound:prt", "Ostia Ostia PROPN 3 obj",
        ". . PUNCT 3 punct",
    ) == {("NORCOP", "OST", "191", "asserted")}  # fmt: skip
    # "cordoned" alone is not the verb "cordon off": nothing
    assert not coded(
        d, "Norlandic Norlandic ADJ 2 amod", "police police NOUN 3 nsubj",
        "cordoned cordon VERB 0 root", "Ostia Ostia PROPN 3 obj", ". . PUNCT 3 punct",
    )  # fmt: skip


def test_a_synset_pattern_is_more_specific_than_the_verb(d):
    # "Veltria provided aid to Norland." (&AIDWORDS (TO +) [073], not PROVIDE's 070)
    assert coded(
        d, "Veltria Veltria PROPN 2 nsubj", "provided provide VERB 0 root", "aid aid NOUN 2 obj",
        "to to ADP 5 case", "Norland Norland PROPN 2 obl", ". . PUNCT 2 punct",
    ) == {("VLT", "NOR", "073", "asserted")}  # fmt: skip


def test_meetings_and_talks_both_ways_and_every_pair(d):
    assert coded(
        d, "Veltria Veltria PROPN 2 nsubj", "met meet VERB 0 root", "Norland Norland PROPN 2 obj",
        ". . PUNCT 2 punct",
    ) == {("VLT", "NOR", "040", "asserted"), ("NOR", "VLT", "040", "asserted")}  # fmt: skip
    # "Veltria, Norland and Ostia held talks.": six coded pairs, as PETRARCH writes them
    got = coded(
        d, "Veltria Veltria PROPN 6 nsubj", ", , PUNCT 3 punct", "Norland Norland PROPN 1 conj",
        "and and CCONJ 5 cc", "Ostia Ostia PROPN 1 conj", "held hold VERB 0 root",
        "talks talk NOUN 6 obj", ". . PUNCT 6 punct",
    )  # fmt: skip
    states = ("VLT", "NOR", "OST")
    assert got == {(a, b, "046", "asserted") for a in states for b in states if a != b}


def test_a_discard_phrase_codes_nothing(d):
    assert not coded(
        d, "Veltria Veltria PROPN 2 nsubj", "attacked attack VERB 0 root",
        "Norland Norland PROPN 2 obj", "in in ADP 6 case", "a a DET 6 det",
        "football football NOUN 7 compound", "match match NOUN 2 obl", ". . PUNCT 2 punct",
    )  # fmt: skip


# ---- modality


def test_requests_threats_and_intents(d):
    # "Veltria urged Norland to release the protesters.": an appeal to yield, not a release
    assert coded(
        d, "Veltria Veltria PROPN 2 nsubj", "urged urge VERB 0 root", "Norland Norland PROPN 2 obj",
        "to to PART 5 mark", "release release VERB 2 xcomp", "the the DET 7 det",
        "protesters protester NOUN 5 obj", ". . PUNCT 2 punct",
    ) == {("VLT", "NOR", "025", "asserted")}  # fmt: skip
    # "Veltria threatened to attack Norland.": 138, not 190
    assert coded(
        d, "Veltria Veltria PROPN 2 nsubj", "threatened threaten VERB 0 root", "to to PART 4 mark",
        "attack attack VERB 2 xcomp", "Norland Norland PROPN 4 obj", ". . PUNCT 2 punct",
    ) == {("VLT", "NOR", "138", "asserted")}  # fmt: skip
    # "Veltria pledged to provide aid to Norland.": intent to give aid (033), not aid
    assert coded(
        d, "Veltria Veltria PROPN 2 nsubj", "pledged pledge VERB 0 root", "to to PART 4 mark",
        "provide provide VERB 2 xcomp", "aid aid NOUN 4 obj", "to to ADP 7 case",
        "Norland Norland PROPN 4 obl", ". . PUNCT 2 punct",
    ) == {("VLT", "NOR", "033", "asserted")}  # fmt: skip


def test_negation(d):
    # "Veltria will not provide aid to Norland.": the refusal of aid (122)
    assert coded(
        d, "Veltria Veltria PROPN 4 nsubj", "will will AUX 4 aux", "not not PART 4 advmod",
        "provide provide VERB 0 root", "aid aid NOUN 4 obj", "to to ADP 7 case",
        "Norland Norland PROPN 4 obl", ". . PUNCT 4 punct",
    ) == {("VLT", "NOR", "122", "asserted")}  # fmt: skip
    # "Veltria did not attack Norland.": nothing
    assert not coded(
        d, "Veltria Veltria PROPN 4 nsubj", "did do AUX 4 aux", "not not PART 4 advmod",
        "attack attack VERB 0 root", "Norland Norland PROPN 4 obj", ". . PUNCT 4 punct",
    )  # fmt: skip


def test_reported_attacks_are_accusations_or_the_attack_alone(d):
    # "Veltria said Norland attacked Ostia.": Veltria accuses Norland; the attack is reported
    assert coded(
        d, "Veltria Veltria PROPN 2 nsubj", "said say VERB 0 root", "Norland Norland PROPN 4 nsubj",
        "attacked attack VERB 2 ccomp", "Ostia Ostia PROPN 4 obj", ". . PUNCT 2 punct",
    ) == {("VLT", "NOR", "112", "asserted"), ("NOR", "OST", "190", "reported")}  # fmt: skip
    # "Veltria said Veltria attacked Ostia.": the attack alone; an army reporting its own
    # strike is no claim of responsibility (015) to event coders (six such, all uncoded)
    assert coded(
        d, "Veltria Veltria PROPN 2 nsubj", "said say VERB 0 root", "Veltria Veltria PROPN 4 nsubj",
        "attacked attack VERB 2 ccomp", "Ostia Ostia PROPN 4 obj", ". . PUNCT 2 punct",
    ) == {("VLT", "OST", "190", "reported")}  # fmt: skip


# ---- the shipped set: Phoenix actors and agents, CAMEO.2.0 verbs, kg's own actors


def test_phoenix_agents_and_kg_persons(phoenix):
    # "Nigerian police arrested opposition activists in Abuja."
    assert coded(
        phoenix, "Nigerian Nigerian ADJ 2 amod", "police police NOUN 3 nsubj",
        "arrested arrest VERB 0 root", "opposition opposition NOUN 5 compound",
        "activists activist NOUN 3 obj", "in in ADP 7 case", "Abuja Abuja PROPN 3 obl",
        ". . PUNCT 3 punct",
    ) == {("NGACOP", "NGAOPP", "173", "asserted")}  # fmt: skip
    # "The Georgian government condemned Georgian demonstrators."
    assert coded(
        phoenix, "The the DET 3 det", "Georgian Georgian ADJ 3 amod",
        "government government NOUN 4 nsubj", "condemned condemn VERB 0 root",
        "Georgian Georgian ADJ 6 amod", "demonstrators demonstrator NOUN 4 obj",
        ". . PUNCT 4 punct",
    ) == {("GEOGOV", "GEOOPP", "111", "asserted")}  # fmt: skip
    # "Turkish President Erdogan met Jens Stoltenberg.": in January 2015 Stoltenberg is
    # NATO's Secretary General (kg's own dated offices), and no one meets his own state
    got = coded(
        phoenix, "Turkish Turkish ADJ 2 amod", "President President PROPN 3 compound",
        "Erdogan Erdogan PROPN 4 nsubj", "met meet VERB 0 root", "Jens Jens PROPN 6 compound",
        "Stoltenberg Stoltenberg PROPN 4 obj", ". . PUNCT 4 punct", date=dt.date(2015, 1, 15),
    )  # fmt: skip
    assert got == {
        ("TURGOV", "IGOWSTNAT", "040", "asserted"),
        ("IGOWSTNAT", "TURGOV", "040", "asserted"),
    }


def test_a_surname_before_another_name_is_someone_elses_first_name(phoenix):
    # "Mohamed Muizzu met Modi.": "Mohamed" is Amina Mohamed's surname in kg's persons (a
    # Kenyan minister); here it is the first name of someone no dictionary knows
    got = coded(
        phoenix, "Mohamed Mohamed PROPN 2 compound", "Muizzu Muizzu PROPN 3 nsubj",
        "met meet VERB 0 root", "Modi Modi PROPN 3 obj", ". . PUNCT 3 punct",
        date=dt.date(2024, 10, 7),
    )  # fmt: skip
    assert not any("KEN" in s + t for s, t, _c, _f in got)
    # "Amina Mohamed met Modi." and "Mohamed met Modi." are still her
    assert ("KENGOV", "INDGOV", "040", "asserted") in coded(
        phoenix, "Mohamed Mohamed PROPN 2 nsubj", "met meet VERB 0 root",
        "Modi Modi PROPN 2 obj", ". . PUNCT 2 punct", date=dt.date(2017, 3, 1),
    )  # fmt: skip


def test_a_surname_before_a_comma_and_a_state_is_a_place(phoenix):
    # "Lagos , Nigeria | Gunmen kidnapped three Britons .": Lagos is Nigeria's city, not
    # Ricardo Lagos (Chile's president until 2006, a surname in kg's persons); "|" ends the
    # dateline, so the kidnappers are unidentified gunmen
    rows = [
        "Lagos Lagos PROPN 6 nsubj", ", , PUNCT 3 punct", "Nigeria Nigeria PROPN 1 appos",
        "| | PUNCT 1 punct", "Gunmen gunman NOUN 6 nsubj", "kidnapped kidnap VERB 0 root",
        "three three NUM 8 nummod", "Britons Briton PROPN 6 obj", ". . PUNCT 6 punct",
    ]  # fmt: skip
    got = coded(phoenix, *rows, date=dt.date(2009, 4, 10))
    assert ("---UAF", "GBR", "181", "asserted") in {(s, t, c[:3], f) for s, t, c, f in got}
    assert not any("CHL" in s + t or s.startswith("NGA") for s, t, _c, _f in got)


def test_a_surname_after_another_given_name_is_someone_else(phoenix):
    # "Carrie Lam met Modi.": "Lam" is To Lam's surname in kg's persons (Vietnam); "Carrie"
    # is the given name of someone else
    got = coded(
        phoenix, "Carrie Carrie PROPN 2 compound", "Lam Lam PROPN 3 nsubj",
        "met meet VERB 0 root", "Modi Modi PROPN 3 obj", ". . PUNCT 3 punct",
        date=dt.date(2025, 1, 7),
    )  # fmt: skip
    assert not any("VNM" in s + t for s, t, _c, _f in got)
    # "Mr Lam met Modi." and "President Lam met Modi." are still him
    for first in ("Mr Mr PROPN 2 compound", "President President PROPN 2 compound"):
        got = coded(
            phoenix, first, "Lam Lam PROPN 3 nsubj", "met meet VERB 0 root",
            "Modi Modi PROPN 3 obj", ". . PUNCT 3 punct", date=dt.date(2025, 1, 7),
        )  # fmt: skip
        assert ("VNMGOV", "INDGOV", "040", "asserted") in got, first


def test_a_middle_name_before_a_surname_keeps_the_person(phoenix):
    # "Lazarus McCarthy Chakwera met Modi.": kg's persons know Lazarus Chakwera (Malawi's
    # president from 2020); the middle name between is no one else's given name
    got = coded(
        phoenix, "Lazarus Lazarus PROPN 3 compound", "McCarthy McCarthy PROPN 3 compound",
        "Chakwera Chakwera PROPN 4 nsubj", "met meet VERB 0 root", "Modi Modi PROPN 4 obj",
        ". . PUNCT 4 punct", date=dt.date(2023, 6, 1),
    )  # fmt: skip
    assert ("MWI", "IND") in {(s[:3], t[:3]) for s, t, _c, _f in got}
    # "Peter McCarthy Chakwera met Modi.": another given name, someone else
    got = coded(
        phoenix, "Peter Peter PROPN 3 compound", "McCarthy McCarthy PROPN 3 compound",
        "Chakwera Chakwera PROPN 4 nsubj", "met meet VERB 0 root", "Modi Modi PROPN 4 obj",
        ". . PUNCT 4 punct", date=dt.date(2023, 6, 1),
    )  # fmt: skip
    assert not any("MWI" in s + t for s, t, _c, _f in got)


def test_weapons_are_actors_only_as_subjects(phoenix):
    # "Russia fired artillery at Ukraine.": the artillery is no target
    got = coded(
        phoenix, "Russia Russia PROPN 2 nsubj", "fired fire VERB 0 root",
        "artillery artillery NOUN 2 obj", "at at ADP 5 case", "Ukraine Ukraine PROPN 2 obl",
        ". . PUNCT 2 punct",
    )  # fmt: skip
    assert {(s, t) for s, t, _c, _f in got} == {("RUS", "UKR")}
    # "Russian missiles hit Kharkiv.": Russia's military
    got = coded(
        phoenix, "Russian Russian ADJ 2 amod", "missiles missile NOUN 3 nsubj",
        "hit hit VERB 0 root", "Kharkiv Kharkiv PROPN 3 obj", ". . PUNCT 3 punct",
    )  # fmt: skip
    assert ("RUSMIL", "UKR") in {(s, t) for s, t, _c, _f in got}


def test_kg_verbs_code_a_ceasefire_agreed_and_an_arrest_as_coders_do(phoenix):
    """kg.verbs.txt's patterns win over CAMEO.2.0's where both match: a ceasefire agreed is
    declared (0871, both ways; CAMEO.2.0: intent, 0356), and so is one agreed "to stop
    fighting"; an arrest of journalists is an arrest (173; CAMEO.2.0: repression, 175); a
    leader who lands somewhere for a visit visits it (042); calls and talks held or had are
    calls (041) and meetings (040); strikes carried out or launched are 195, and so are
    bombardments carried out or staged (an artillery one 194); a diplomat
    summoned is a formal protest (114); aid announced is aid given (073); a visit made is a
    visit (042); an ambassador expelled is a diplomat expelled (161); aid handed over is aid
    given (073); tariffs imposed are sanctions (163); arriving in a state is visiting it (042);
    arrests made are arrests (173); drones or missiles launched at a state are an aerial
    attack (195); memoranda signed are agreements (057); drills held are a show of force
    (150); an ambassador recalled or ordered to leave is relations reduced (161); a high
    commissioner summoned is a protest (114); fire traded is fire exchanged (193), threats
    traded are threats both ways (130), what someone did called reprehensible criticism
    (111); an
    agreement inked is signed (057); teargas fired is repression (175); an ambush carried out
    is an attack (190); kg.agents.txt: the Treasury Department is a government."""
    # "Kyrgyzstan and Tajikistan agreed on a full ceasefire."
    assert coded(
        phoenix, "Kyrgyzstan Kyrgyzstan PROPN 4 nsubj", "and and CCONJ 3 cc",
        "Tajikistan Tajikistan PROPN 1 conj", "agreed agree VERB 0 root", "on on ADP 8 case",
        "a a DET 8 det", "full full ADJ 8 amod", "ceasefire ceasefire NOUN 4 obl",
        ". . PUNCT 4 punct",
    ) == {("KGZ", "TJK", "0871", "asserted"), ("TJK", "KGZ", "0871", "asserted")}  # fmt: skip
    # "Israel and Egypt agreed to stop fighting."
    assert coded(
        phoenix, "Israel Israel PROPN 4 nsubj", "and and CCONJ 3 cc", "Egypt Egypt PROPN 1 conj",
        "agreed agree VERB 0 root", "to to PART 6 mark", "stop stop VERB 4 xcomp",
        "fighting fighting NOUN 6 obj", ". . PUNCT 4 punct",
    ) == {("ISR", "EGY", "0871", "asserted"), ("EGY", "ISR", "0871", "asserted")}  # fmt: skip
    # "Kenyan police arrested two journalists."
    assert coded(
        phoenix, "Kenyan Kenyan ADJ 2 amod", "police police NOUN 3 nsubj",
        "arrested arrest VERB 0 root", "two two NUM 5 nummod",
        "journalists journalist NOUN 3 obj", ". . PUNCT 3 punct",
    ) == {("KENCOP", "KENMED", "173", "asserted")}  # fmt: skip
    # "Kishida landed in Seoul for a two-day visit.": a visit, as "arrived ... for a visit"
    got = coded(
        phoenix, "Kishida Kishida PROPN 2 nsubj", "landed land VERB 0 root", "in in ADP 4 case",
        "Seoul Seoul PROPN 2 obl", "for for ADP 8 case", "a a DET 8 det",
        "two-day two-day ADJ 8 amod", "visit visit NOUN 2 obl", ". . PUNCT 2 punct",
        date=dt.date(2023, 5, 7),
    )  # fmt: skip
    assert ("JPNGOV", "KOR", "042", "asserted") in got
    # "Putin and Biden held a telephone conversation.": a call (041), both ways
    assert coded(
        phoenix, "Putin Putin PROPN 4 nsubj", "and and CCONJ 3 cc", "Biden Biden PROPN 1 conj",
        "held hold VERB 0 root", "a a DET 7 det", "telephone telephone NOUN 7 compound",
        "conversation conversation NOUN 4 obj", ". . PUNCT 4 punct", date=dt.date(2022, 1, 5),
    ) == {("RUSGOV", "USAGOV", "041", "asserted"), ("USAGOV", "RUSGOV", "041", "asserted")}  # fmt: skip
    # "Wang Yi had talks with Jaishankar.": a meeting (040); "have" before a participle is
    # an auxiliary, even where a parser made it the root: "Indonesia have signed talks."
    # codes no meeting of "have"
    got = coded(
        phoenix, "Russia Russia PROPN 2 nsubj", "had have VERB 0 root", "talks talk NOUN 2 obj",
        "with with ADP 5 case", "China China PROPN 3 nmod", ". . PUNCT 2 punct",
    )  # fmt: skip
    assert ("RUS", "CHN", "040", "asserted") in got
    got = coded(
        phoenix, "Russia Russia PROPN 2 nsubj", "have have VERB 0 root",
        "resumed resume ADJ 4 amod", "talks talk NOUN 2 obj", "with with ADP 6 case",
        "China China PROPN 4 nmod", ". . PUNCT 2 punct",
    )  # fmt: skip
    assert ("RUS", "CHN", "040", "asserted") not in got
    # "Israeli warplanes carried out airstrikes on Syria.": a parser hung "out" as the
    # preposition of "airstrikes"; CARRY_OUT still reads, and airstrikes are 195
    assert coded(
        phoenix, "Israeli Israeli ADJ 2 amod", "warplanes warplane NOUN 3 nsubj",
        "carried carry VERB 0 root", "out out ADP 5 case", "airstrikes airstrike NOUN 3 obl",
        "on on ADP 7 case", "Syria Syria PROPN 3 obl", ". . PUNCT 3 punct",
    ) == {("ISRMIL", "SYR", "195", "asserted")}  # fmt: skip
    # "Sudan's military carried out aerial bombardments of South Sudanese towns.": 195; an
    # artillery bombardment staged is shelling (194); workers who stage a strike strike (14x)
    rows = [
        "Sudan Sudan PROPN 3 nmod:poss", "'s 's PART 1 case", "military military NOUN 4 nsubj",
        "carried carry VERB 0 root", "out out ADP 7 case", "aerial aerial ADJ 7 amod",
        "bombardments bombardment NOUN 4 obl", "of of ADP 11 case",
        "South South ADJ 11 amod", "Sudanese Sudanese ADJ 11 amod", "towns town NOUN 7 nmod",
        ". . PUNCT 4 punct",
    ]  # fmt: skip
    assert ("SDNMIL", "SSD", "195") in {(s, t[:3], c) for s, t, c, _f in coded(phoenix, *rows)}
    got = coded(
        phoenix, "Sudan Sudan PROPN 2 nsubj", "staged stage VERB 0 root", "an a DET 5 det",
        "artillery artillery NOUN 5 compound", "bombardment bombardment NOUN 2 obj",
        "of of ADP 7 case", "Juba Juba PROPN 5 nmod", ". . PUNCT 2 punct",
    )  # fmt: skip
    assert {(s, c) for s, _t, c, _f in got} == {("SDN", "194")}
    assert not any(c[:2] in ("19", "18") for *_, c, _f in coded(
        phoenix, "Workers worker NOUN 2 nsubj", "staged stage VERB 0 root", "a a DET 4 det",
        "strike strike NOUN 2 obj", "in in ADP 6 case", "Juba Juba PROPN 2 obl",
        ". . PUNCT 2 punct",
    ))  # fmt: skip
    # "Iran summoned the British envoy.": a formal protest (114), one way, no meeting
    assert coded(
        phoenix, "Iran Iran PROPN 2 nsubj", "summoned summon VERB 0 root", "the the DET 5 det",
        "British British ADJ 5 amod", "envoy envoy NOUN 2 obj", ". . PUNCT 2 punct",
    ) == {("IRN", "GBRGOV", "114", "asserted")}  # fmt: skip
    # "Iran summoned the Afghan chargé d’affaires.": the dictionaries' CHARGE D'AFFAIRES, its
    # accent and curly apostrophe folded
    got = coded(
        phoenix, "Iran Iran PROPN 2 nsubj", "summoned summon VERB 0 root", "the the DET 6 det",
        "Afghan Afghan ADJ 6 amod", "chargé chargé NOUN 6 compound",
        "d’affaires d’affaires NOUN 2 obj", ". . PUNCT 2 punct",
    )  # fmt: skip
    assert ("IRN", "AFG", "114") in {(s, t[:3], c) for s, t, c, _f in got}
    # "Iran summoned Afghan Charge d'Affaires Karimi.", "d'" a token of its own as a small
    # tokenizer splits it, the title before the name
    got = coded(
        phoenix, "Iran Iran PROPN 2 nsubj", "summoned summon VERB 0 root",
        "Afghan Afghan PROPN 4 compound", "Charge charge PROPN 5 compound",
        "d' d' NOUN 6 compound", "Affaires affaire NOUN 7 compound",
        "Karimi Karimi PROPN 2 obj", ". . PUNCT 2 punct",
    )  # fmt: skip
    assert ("IRN", "AFG", "114") in {(s, t[:3], c) for s, t, c, _f in got}
    # "India announced 20 million US dollars in aid to Nepal.": aid given (073), to Nepal;
    # "US dollars" is a currency, no actor
    assert coded(
        phoenix, "India India PROPN 2 nsubj", "announced announce VERB 0 root",
        "20 20 NUM 4 nummod", "million million NUM 6 nummod", "US US PROPN 6 compound",
        "dollars dollar NOUN 2 obj", "in in ADP 8 case", "aid aid NOUN 6 nmod",
        "to to ADP 10 case", "Nepal Nepal PROPN 8 nmod", ". . PUNCT 2 punct",
    ) == {("IND", "NPL", "073", "asserted")}  # fmt: skip
    # "India gave US$20 million to Nepal." and "... US $ 20 million ...": economic aid (071)
    # to Nepal; a currency's sign is no actor
    for sign, million in (
        (["US$ US$ SYM 5 compound"], 5),
        (["US US PROPN 4 compound", "$ $ SYM 6 compound"], 6),
    ):
        rows = [
            "India India PROPN 2 nsubj", "gave give VERB 0 root", *sign,
            f"20 20 NUM {million} nummod", "million million NUM 2 obj",
            f"to to ADP {million + 2} case", "Nepal Nepal PROPN 2 obl", ". . PUNCT 2 punct",
        ]  # fmt: skip
        assert coded(phoenix, *rows) == {("IND", "NPL", "071", "asserted")}, sign
    # "Argentina made a state visit to Chile.": a visit (042), not an intent to meet (036)
    got = coded(
        phoenix, "Argentina Argentina PROPN 2 nsubj", "made make VERB 0 root", "a a DET 5 det",
        "state state NOUN 5 compound", "visit visit NOUN 2 obj", "to to ADP 7 case",
        "Chile Chile PROPN 5 nmod", ". . PUNCT 2 punct",
    )  # fmt: skip
    assert ("ARG", "CHL", "042", "asserted") in got and not any(c == "036" for *_, c, _f in got)
    # "Mali expelled the French ambassador.": a diplomat expelled (161), no deportation (174)
    assert coded(
        phoenix, "Mali Mali PROPN 2 nsubj", "expelled expel VERB 0 root", "the the DET 5 det",
        "French French ADJ 5 amod", "ambassador ambassador NOUN 2 obj", ". . PUNCT 2 punct",
    ) == {("MLI", "FRAGOV", "161", "asserted")}  # fmt: skip
    # "Germany ordered the summoning of the Russian ambassador.": a formal protest (114)
    assert coded(
        phoenix, "Germany Germany PROPN 2 nsubj", "ordered order VERB 0 root", "the the DET 4 det",
        "summoning summoning NOUN 2 obj", "of of ADP 8 case", "the the DET 8 det",
        "Russian Russian ADJ 8 amod", "ambassador ambassador NOUN 4 nmod", ". . PUNCT 2 punct",
    ) == {("DEU", "RUSGOV", "114", "asserted")}  # fmt: skip
    # "India handed over relief supplies to Nepal.", "over" hung as a preposition: aid (073)
    assert coded(
        phoenix, "India India PROPN 2 nsubj", "handed hand VERB 0 root", "over over ADP 5 case",
        "relief relief NOUN 5 compound", "supplies supply NOUN 2 obl", "to to ADP 7 case",
        "Nepal Nepal PROPN 2 obl", ". . PUNCT 2 punct",
    ) == {("IND", "NPL", "073", "asserted")}  # fmt: skip
    # "Australia's trade minister arrived in Beijing.": a visit (042), no host named
    assert coded(
        phoenix, "Australia Australia PROPN 4 nmod:poss", "'s 's PART 1 case",
        "trade trade NOUN 4 compound", "minister minister NOUN 5 nsubj",
        "arrived arrive VERB 0 root", "in in ADP 7 case", "Beijing Beijing PROPN 5 obl",
        ". . PUNCT 5 punct",
    ) == {("AUSGOV", "CHN", "042", "asserted")}  # fmt: skip
    # "Indian police made arrests of Pakistani nationals.": arrests made (173)
    assert ("INDCOP", "PAK", "173", "asserted") in {
        (a, b[:3], c, f) for a, b, c, f in coded(
            phoenix, "Indian Indian ADJ 2 amod", "police police NOUN 3 nsubj",
            "made make VERB 0 root", "arrests arrest NOUN 3 obj", "of of ADP 7 case",
            "Pakistani Pakistani ADJ 7 amod", "nationals national NOUN 4 nmod",
            ". . PUNCT 3 punct",
        )
    }  # fmt: skip
    # "Russia launched 33 drones at Ukraine.": an aerial attack (195)
    assert coded(
        phoenix, "Russia Russia PROPN 2 nsubj", "launched launch VERB 0 root",
        "33 33 NUM 4 nummod", "drones drone NOUN 2 obj", "at at ADP 6 case",
        "Ukraine Ukraine PROPN 2 obl", ". . PUNCT 2 punct",
    ) == {("RUS", "UKR", "195", "asserted")}  # fmt: skip
    # "India and Sri Lanka signed seven Memoranda.", lemma untouched as the small tagger left
    # it: agreements signed (057), both ways
    assert coded(
        phoenix, "India India PROPN 5 nsubj", "and and CCONJ 4 cc", "Sri Sri PROPN 4 compound",
        "Lanka Lanka PROPN 1 conj", "signed sign VERB 0 root", "seven seven NUM 7 nummod",
        "Memoranda Memoranda PROPN 5 obj", ". . PUNCT 5 punct",
    ) == {("IND", "LKA", "057", "asserted"), ("LKA", "IND", "057", "asserted")}  # fmt: skip
    # "China held military drills around Taiwan.": a show of force (150)
    assert coded(
        phoenix, "China China PROPN 2 nsubj", "held hold VERB 0 root",
        "military military ADJ 4 amod", "drills drill NOUN 2 obj", "around around ADP 6 case",
        "Taiwan Taiwan PROPN 2 obl", ". . PUNCT 2 punct",
    ) == {("CHN", "TWN", "150", "asserted")}  # fmt: skip
    # "Russian and Chinese forces began military exercises.": two states' drills together are
    # military cooperation (062), both ways
    assert coded(
        phoenix, "Russian Russian ADJ 4 amod", "and and CCONJ 3 cc", "Chinese Chinese ADJ 1 conj",
        "forces force NOUN 5 nsubj", "began begin VERB 0 root", "military military ADJ 7 amod",
        "exercises exercise NOUN 5 obj", ". . PUNCT 5 punct",
    ) == {("RUSMIL", "CHNMIL", "062", "asserted"), ("CHNMIL", "RUSMIL", "062", "asserted")}  # fmt: skip
    # "Niger ordered the French ambassador to leave.": an expulsion (161)
    assert coded(
        phoenix, "Niger Niger PROPN 2 nsubj", "ordered order VERB 0 root", "the the DET 5 det",
        "French French ADJ 5 amod", "ambassador ambassador NOUN 2 obj", "to to PART 7 mark",
        "leave leave VERB 2 xcomp", ". . PUNCT 2 punct",
    ) == {("NER", "FRAGOV", "161", "asserted")}  # fmt: skip
    # "Pakistan summoned India's High Commissioner.": a formal protest (114), to a diplomat
    assert coded(
        phoenix, "Pakistan Pakistan PROPN 2 nsubj", "summoned summon VERB 0 root",
        "India India PROPN 6 nmod:poss", "'s 's PART 3 case", "High High ADJ 6 amod",
        "Commissioner Commissioner PROPN 2 obj", ". . PUNCT 2 punct",
    ) == {("PAK", "INDGOV", "114", "asserted")}  # fmt: skip
    # "Pakistani and Afghan forces traded fire.": fire exchanged (193), not trade (060)
    assert {e[2] for e in coded(
        phoenix, "Pakistani Pakistani ADJ 4 amod", "and and CCONJ 3 cc",
        "Afghan Afghan ADJ 1 conj", "forces force NOUN 5 nsubj", "traded trade VERB 0 root",
        "fire fire NOUN 5 obj", ". . PUNCT 5 punct",
    )} == {"193"}  # fmt: skip
    # "Israel and Iran traded threats of destruction.": threats both ways (130), not trade
    assert coded(
        phoenix, "Israel Israel PROPN 4 nsubj", "and and CCONJ 3 cc", "Iran Iran PROPN 1 conj",
        "traded trade VERB 0 root", "threats threat NOUN 4 obj", "of of ADP 7 case",
        "destruction destruction NOUN 5 nmod", ". . PUNCT 4 punct",
    ) == {("ISR", "IRN", "130", "asserted"), ("IRN", "ISR", "130", "asserted")}  # fmt: skip
    # "Nicaragua called Ecuador's actions reprehensible.": criticism (111), not a call (041)
    assert coded(
        phoenix, "Nicaragua Nicaragua PROPN 2 nsubj", "called call VERB 0 root",
        "Ecuador Ecuador PROPN 5 nmod:poss", "'s 's PART 3 case", "actions action NOUN 2 obj",
        "reprehensible reprehensible ADJ 2 xcomp", ". . PUNCT 2 punct",
    ) == {("NIC", "ECU", "111", "asserted")}  # fmt: skip
    # "Britain condemned what it called an attack on Norwegian civilians.": naming, no appeal
    # ("call on" someone, 020)
    got = coded(
        phoenix, "Britain Britain PROPN 2 nsubj", "condemned condemn VERB 0 root",
        "what what PRON 5 obj", "it it PRON 5 nsubj", "called call VERB 2 ccomp",
        "an a DET 7 det", "attack attack NOUN 5 xcomp", "on on ADP 10 case",
        "Norwegian Norwegian ADJ 10 amod", "civilians civilian NOUN 7 nmod", ". . PUNCT 2 punct",
    )  # fmt: skip
    assert not any(c.startswith("02") for _s, _t, c, _f in got)
    # "Britain imposed asset freezes on Russian businessmen.": sanctions (163), not 170
    assert coded(
        phoenix, "Britain Britain PROPN 2 nsubj", "imposed impose VERB 0 root",
        "asset asset NOUN 4 compound", "freezes freeze NOUN 2 obj", "on on ADP 7 case",
        "Russian Russian ADJ 7 amod", "businessmen businessman NOUN 2 obl", ". . PUNCT 2 punct",
    ) == {("GBR", "RUSBUS", "163", "asserted")}  # fmt: skip
    # "Russia returned 300 Ukrainian soldiers.": persons released (0841), not a trip (040)
    assert coded(
        phoenix, "Russia Russia PROPN 2 nsubj", "returned return VERB 0 root",
        "300 300 NUM 5 nummod", "Ukrainian Ukrainian ADJ 5 amod", "soldiers soldier NOUN 2 obj",
        ". . PUNCT 2 punct",
    ) == {("RUS", "UKRMIL", "0841", "asserted")}  # fmt: skip
    # "Poland ordered the closure of the Russian consulate.": relations reduced (161)
    assert coded(
        phoenix, "Poland Poland PROPN 2 nsubj", "ordered order VERB 0 root", "the the DET 4 det",
        "closure closure NOUN 2 obj", "of of ADP 8 case", "the the DET 8 det",
        "Russian Russian ADJ 8 amod", "consulate consulate NOUN 4 nmod", ". . PUNCT 2 punct",
    ) == {("POL", "RUSGOV", "161", "asserted")}  # fmt: skip
    # "Russia severed ties with Georgia." / "America suspended aid to Egypt.": relations
    # broken off (161), aid cut (162)
    for verb, lemma, obj, code in (
        ("severed", "sever", "ties", "161"),
        ("suspended", "suspend", "aid", "162"),
    ):
        assert {c for _s, _t, c, _f in coded(
            phoenix, "Russia Russia PROPN 2 nsubj", f"{verb} {lemma} VERB 0 root",
            f"{obj} {obj} NOUN 2 obj", "with with ADP 5 case", "Georgia Georgia PROPN 2 obl",
            ". . PUNCT 2 punct",
        )} == {code}  # fmt: skip
    # "Japan made a phone call to China.": a call (041), both ways
    assert coded(
        phoenix, "Japan Japan PROPN 2 nsubj", "made make VERB 0 root", "a a DET 5 det",
        "phone phone NOUN 5 compound", "call call NOUN 2 obj", "to to ADP 7 case",
        "China China PROPN 2 obl", ". . PUNCT 2 punct",
    ) == {("JPN", "CHN", "041", "asserted"), ("CHN", "JPN", "041", "asserted")}  # fmt: skip
    # "Norway and Sweden will pay a heavy price.": an idiom of threat, no trade (061)
    assert not coded(
        phoenix, "Norway Norway PROPN 5 nsubj", "and and CCONJ 3 cc", "Sweden Sweden PROPN 1 conj",
        "will will AUX 5 aux", "pay pay VERB 0 root", "a a DET 8 det", "heavy heavy ADJ 8 amod",
        "price price NOUN 5 obj", ". . PUNCT 5 punct",
    )  # fmt: skip
    # "Japan slammed China's decision." is criticism (111); "Russian missiles slammed into
    # Ukraine." an attack (19x), no criticism
    assert coded(
        phoenix, "Japan Japan PROPN 2 nsubj", "slammed slam VERB 0 root",
        "China China PROPN 5 nmod:poss", "'s 's PART 3 case", "decision decision NOUN 2 obj",
        ". . PUNCT 2 punct",
    ) == {("JPN", "CHN", "111", "asserted")}  # fmt: skip
    assert {c[:2] for _s, _t, c, _f in coded(
        phoenix, "Russian Russian ADJ 2 amod", "missiles missile NOUN 3 nsubj",
        "slammed slam VERB 0 root", "into into ADP 5 case", "Ukraine Ukraine PROPN 3 obl",
        ". . PUNCT 3 punct",
    )} == {"19"}  # fmt: skip
    # "Japan welcomed a delegation from China." hosts it (043), as annotators code welcome;
    # "Japan welcomed a decision by China." praises (051)
    assert ("JPN", "CHN", "043") in {(s, t, c) for s, t, c, _f in coded(
        phoenix, "Japan Japan PROPN 2 nsubj", "welcomed welcome VERB 0 root", "a a DET 4 det",
        "delegation delegation NOUN 2 obj", "from from ADP 6 case", "China China PROPN 4 nmod",
        ". . PUNCT 2 punct",
    )}  # fmt: skip
    # "Russia amassed forces near Ukraine.": armed forces mobilised (154), not a meeting (040)
    assert {c for _s, _t, c, _f in coded(
        phoenix, "Russia Russia PROPN 2 nsubj", "amassed amass VERB 0 root",
        "forces force NOUN 2 obj", "near near ADP 5 case", "Ukraine Ukraine PROPN 2 obl",
        ". . PUNCT 2 punct",
    )} == {"154"}  # fmt: skip
    # "Azerbaijan announced the expulsion of employees of Iran's embassy.": 161
    assert ("AZE", "IRN", "161") in {(s, t[:3], c) for s, t, c, _f in coded(
        phoenix, "Azerbaijan Azerbaijan PROPN 2 nsubj", "announced announce VERB 0 root",
        "the the DET 4 det", "expulsion expulsion NOUN 2 obj", "of of ADP 6 case",
        "employees employee NOUN 4 nmod", "of of ADP 10 case", "Iran Iran PROPN 10 nmod:poss",
        "'s 's PART 8 case", "embassy embassy NOUN 6 nmod", ". . PUNCT 2 punct",
    )}  # fmt: skip
    # "Modi received a ceremonial welcome by President Putin.": Modi visits (042), Putin
    # hosts (043); not Modi hosting
    assert coded(
        phoenix, "Modi Modi PROPN 2 nsubj", "received receive VERB 0 root", "a a DET 5 det",
        "ceremonial ceremonial ADJ 5 amod", "welcome welcome NOUN 2 obj", "by by ADP 8 case",
        "President President PROPN 8 compound", "Putin Putin PROPN 2 obl", ". . PUNCT 2 punct",
        date=dt.date(2024, 7, 8),
    ) == {("INDGOV", "RUSGOV", "042", "asserted"), ("RUSGOV", "INDGOV", "043", "asserted")}  # fmt: skip
    # "Somali rebels captured a Kenyan military base." occupies territory (192); "Iran seized
    # a British tanker." confiscates (171)
    assert {c for _s, _t, c, _f in coded(
        phoenix, "Somali Somali ADJ 2 amod", "rebels rebel NOUN 3 nsubj",
        "captured capture VERB 0 root", "a a DET 7 det", "Kenyan Kenyan ADJ 7 amod",
        "military military ADJ 7 amod", "base base NOUN 3 obj", ". . PUNCT 3 punct",
    )} == {"192"}  # fmt: skip
    assert {c[:3] for _s, _t, c, _f in coded(
        phoenix, "Iran Iran PROPN 2 nsubj", "seized seize VERB 0 root", "a a DET 5 det",
        "British British ADJ 5 amod", "tanker tanker NOUN 2 obj", ". . PUNCT 2 punct",
    )} == {"171"}  # fmt: skip
    # "Fiji and New Zealand inked an agreement.": an agreement signed (057), both ways
    assert coded(
        phoenix, "Fiji Fiji PROPN 5 nsubj", "and and CCONJ 4 cc", "New New PROPN 4 compound",
        "Zealand Zealand PROPN 1 conj", "inked ink VERB 0 root", "an a DET 7 det",
        "agreement agreement NOUN 5 obj", ". . PUNCT 5 punct",
    ) == {("FJI", "NZL", "057", "asserted"), ("NZL", "FJI", "057", "asserted")}  # fmt: skip
    # "The Treasury Department announced sanctions against North Korea."
    assert ("USAGOV", "PRK", "163", "asserted") in coded(
        phoenix, "The the DET 4 det", "U.S. U.S. PROPN 4 compound",
        "Treasury Treasury PROPN 4 compound", "Department Department PROPN 5 nsubj",
        "announced announce VERB 0 root", "sanctions sanction NOUN 5 obj",
        "against against ADP 9 case", "North North PROPN 9 compound", "Korea Korea PROPN 6 nmod",
        ". . PUNCT 5 punct",
    )  # fmt: skip
    # "Kenyan police fired teargas at protesters.": repression (175), as "tear gas" is
    assert coded(
        phoenix, "Kenyan Kenyan ADJ 2 amod", "police police NOUN 3 nsubj",
        "fired fire VERB 0 root", "teargas teargas NOUN 3 obj", "at at ADP 6 case",
        "protesters protester NOUN 3 obl", ". . PUNCT 3 punct",
    ) == {("KENCOP", "KENOPP", "175", "asserted")}  # fmt: skip
    # "Gunmen carried out an ambush on Mexican police.": an attack (190)
    assert coded(
        phoenix, "Gunmen gunman NOUN 2 nsubj", "carried carry VERB 0 root", "out out ADP 2 compound:prt",
        "an a DET 5 det", "ambush ambush NOUN 2 obj", "on on ADP 8 case",
        "Mexican Mexican ADJ 8 amod", "police police NOUN 5 nmod", ". . PUNCT 2 punct",
    ) == {("---UAF", "MEXCOP", "190", "asserted")}  # fmt: skip
    # "The United States imposed tariffs on Canada.": sanctions (163), not coercion (170)
    assert coded(
        phoenix, "The the DET 3 det", "United United PROPN 3 compound",
        "States States PROPN 4 nsubj", "imposed impose VERB 0 root", "tariffs tariff NOUN 4 obj",
        "on on ADP 7 case", "Canada Canada PROPN 4 obl", ". . PUNCT 4 punct",
    ) == {("USA", "CAN", "163", "asserted")}  # fmt: skip


def test_kg_verbs_code_seizures_threats_withdrawals_and_signings(phoenix):
    """More of kg.verbs.txt (see KG-ADDITIONS.md): a village captured is territory taken (192);
    signed trade or military agreements are agreements signed (057); vengeance or a painful
    response promised is a threat (130); someone placed under arrest is arrested (173); people
    seized are abducted (181); concern raised is disapproval (110); troops pulled out are
    withdrawn (0874); a missile intercepted is no seizure. And two readings beside them: no
    state inside a sea's name, and a clash of police and protesters both ways."""
    # "Somali rebels captured a Kenyan village." too: CAMEO.2.0's &TOWN in kg.verbs.txt
    assert {c for _s, _t, c, _f in coded(
        phoenix, "Somali Somali ADJ 2 amod", "rebels rebel NOUN 3 nsubj",
        "captured capture VERB 0 root", "a a DET 6 det", "Kenyan Kenyan ADJ 6 amod",
        "village village NOUN 3 obj", ". . PUNCT 3 punct",
    )} == {"192"}  # fmt: skip
    # "Russia promised a painful response to Poland." / "... promised vengeance ...": threats
    # (130), not promises of cooperation (PROMISE's 030)
    for words in (("a a DET 5 det", "painful painful ADJ 5 amod", "response response NOUN 2 obj"),
                  ("vengeance vengeance NOUN 2 obj",)):  # fmt: skip
        n = len(words) + 2
        assert coded(
            phoenix, "Russia Russia PROPN 2 nsubj", "promised promise VERB 0 root", *words,
            f"to to ADP {n + 2} case", "Poland Poland PROPN 2 obl", ". . PUNCT 2 punct",
        ) == {("RUS", "POL", "130", "asserted")}  # fmt: skip
    # "Egypt placed the Canadian activist under house arrest.": an arrest (173); "... put
    # sanctions on Russia": sanctions (163); "Azerbaijan handed over servicemen to Armenia."
    # returns them (0841)
    assert coded(
        phoenix, "Egypt Egypt PROPN 2 nsubj", "placed place VERB 0 root", "the the DET 5 det",
        "Canadian Canadian ADJ 5 amod", "activist activist NOUN 2 obj", "under under ADP 8 case",
        "house house NOUN 8 compound", "arrest arrest NOUN 2 obl", ". . PUNCT 2 punct",
    ) == {("EGY", "CANOPP", "173", "asserted")}  # fmt: skip
    assert coded(
        phoenix, "Japan Japan PROPN 2 nsubj", "put put VERB 0 root", "sanctions sanction NOUN 2 obj",
        "on on ADP 5 case", "Russia Russia PROPN 2 obl", ". . PUNCT 2 punct",
    ) == {("JPN", "RUS", "163", "asserted")}  # fmt: skip
    assert coded(
        phoenix, "Azerbaijan Azerbaijan PROPN 2 nsubj", "handed hand VERB 0 root",
        "over over ADP 2 compound:prt", "servicemen serviceman NOUN 2 obj", "to to ADP 6 case",
        "Armenia Armenia PROPN 2 obl", ". . PUNCT 2 punct",
    ) == {("AZE", "ARM", "0841", "asserted")}  # fmt: skip
    # "Gunmen seized Nigerian oil workers." abduct them (181); "... seized a Nigerian ship."
    # confiscates it (171)
    for words, code in (
        (("oil oil NOUN 5 compound", "workers worker NOUN 2 obj"), "181"),
        (("a a DET 5 det", "ship ship NOUN 2 obj"), "171"),
    ):
        assert {c for _s, _t, c, _f in coded(
            phoenix, "Gunmen gunman NOUN 2 nsubj", "seized seize VERB 0 root",
            "Nigerian Nigerian ADJ 5 amod", *words, ". . PUNCT 2 punct",
        )} == {code}  # fmt: skip
    # "New Zealand raised concerns with China.": disapproval (110), not CAMEO.2.0's meeting
    assert coded(
        phoenix, "New New PROPN 2 compound", "Zealand Zealand PROPN 3 nsubj",
        "raised raise VERB 0 root", "concerns concern NOUN 3 obj", "with with ADP 6 case",
        "China China PROPN 3 obl", ". . PUNCT 3 punct",
    ) == {("NZL", "CHN", "110", "asserted")}  # fmt: skip
    # "Russia and China held joint drills in the Sea of Japan.": no Japan in the sea's name
    assert coded(
        phoenix, "Russia Russia PROPN 4 nsubj", "and and CCONJ 3 cc", "China China PROPN 1 conj",
        "held hold VERB 0 root", "joint joint ADJ 6 amod", "drills drill NOUN 4 obj",
        "in in ADP 10 case", "the the DET 10 det", "Sea Sea PROPN 10 compound",
        "of of ADP 11 case", "Japan Japan PROPN 4 obl", ". . PUNCT 4 punct",
    ) == {("RUS", "CHN", "062", "asserted"), ("CHN", "RUS", "062", "asserted")}  # fmt: skip
    # "Russian troops pulled out of Georgia.": a withdrawal (0874), not a trip (040)
    assert coded(
        phoenix, "Russian Russian PROPN 2 compound", "troops troops NOUN 3 nsubj",
        "pulled pull VERB 0 root", "out out ADP 6 case", "of of ADP 6 case",
        "Georgia Georgia PROPN 3 obl", ". . PUNCT 3 punct",
    ) == {("RUSMIL", "GEO", "0874", "asserted")}  # fmt: skip
    # "Chilean police and protesters clashed.": a clash both ways stays one (190 each way), no
    # repression of the protesters (175) one way
    assert coded(
        phoenix, "Chilean Chilean ADJ 2 amod", "police police NOUN 5 nsubj", "and and CCONJ 4 cc",
        "protesters protester NOUN 2 conj", "clashed clash VERB 0 root", ". . PUNCT 5 punct",
    ) == {("CHLCOP", "CHLOPP", "190", "asserted"), ("CHLOPP", "CHLCOP", "190", "asserted")}  # fmt: skip
    # "Fiji and Japan signed a trade agreement." / "... a military agreement.": a formal
    # agreement signed (057), not CAMEO.2.0's intent to cooperate (0311, 0312)
    for kind in ("trade", "military"):
        assert coded(
            phoenix, "Fiji Fiji PROPN 4 nsubj", "and and CCONJ 3 cc", "Japan Japan PROPN 1 conj",
            "signed sign VERB 0 root", "a a DET 7 det", f"{kind} {kind} NOUN 7 compound",
            "agreement agreement NOUN 4 obj", ". . PUNCT 4 punct",
        ) == {("FJI", "JPN", "057", "asserted"), ("JPN", "FJI", "057", "asserted")}  # fmt: skip
    # "Saudi Arabia intercepted a missile from Yemen.": shot down in defence, no seizure
    # (CAMEO.2.0's INTERCEPT * &WEAPON, 1711), but Yemen's strike from the air on Saudi Arabia
    # (as the CAMEO sets' annotators code a missile intercepted); "intercepted a shipment of
    # rifles" is a seizure still
    assert coded(
        phoenix, "Saudi Saudi PROPN 2 compound", "Arabia Arabia PROPN 3 nsubj",
        "intercepted intercept VERB 0 root", "a a DET 5 det", "missile missile NOUN 3 obj",
        "from from ADP 7 case", "Yemen Yemen PROPN 5 nmod", ". . PUNCT 3 punct",
    ) == {("YEM", "SAU", "195", "asserted")}  # fmt: skip
    assert coded(
        phoenix, "Saudi Saudi PROPN 2 compound", "Arabia Arabia PROPN 3 nsubj",
        "intercepted intercept VERB 0 root", "rifles rifle NOUN 3 obj",
        "from from ADP 6 case", "Yemen Yemen PROPN 4 nmod", ". . PUNCT 3 punct",
    ) == {("SAU", "YEM", "1711", "asserted")}  # fmt: skip


def test_kg_verbs_fill_gaps_a_check_of_news_verbs_found(phoenix):
    """Found by coding one plain sentence for each of 130 verbs of political news: assets
    frozen and sanctions tightened are sanctions (163), property expropriated confiscated
    (1711), strafing an aerial attack (195), a state toured visited (042), a state's
    independence recognized diplomatic recognition (054), an arrest warrant issued legal action
    (173), sanctions lifted eased (085); a missile test is no event; prisoners exchanged are
    each side's release."""
    for verb, lemma, obj, prep, code in (
        ("froze", "freeze", "assets", "of", "163"),
        ("tightened", "tighten", "sanctions", "on", "163"),
    ):
        assert {c for _s, _t, c, _f in coded(
            phoenix, "Japan Japan PROPN 2 nsubj", f"{verb} {lemma} VERB 0 root",
            f"{obj} {obj[:-1]} NOUN 2 obj", f"{prep} {prep} ADP 5 case", "Russia Russia PROPN 3 nmod",
            ". . PUNCT 2 punct",
        )} == {code}  # fmt: skip
    # "Korea fired a ballistic missile off Japan.": a test, no event (not CAMEO.2.0's "fired
    # off", 110); "... fired a ballistic missile at Japan." an aerial attack (195)
    rows = ("North North PROPN 2 compound", "Korea Korea PROPN 3 nsubj", "fired fire VERB 0 root",
            "a a DET 6 det", "ballistic ballistic ADJ 6 amod", "missile missile NOUN 3 obj")  # fmt: skip
    assert not coded(
        phoenix, *rows, "off off ADP 8 case", "Japan Japan PROPN 3 obl", ". . PUNCT 3 punct"
    )
    assert coded(
        phoenix, *rows, "at at ADP 8 case", "Japan Japan PROPN 3 obl", ". . PUNCT 3 punct"
    ) == {("PRK", "JPN", "195", "asserted")}
    # "Armenia and Azerbaijan exchanged prisoners of war.": each releases the other's (0841), the
    # prisoners no side of their own (parsed, and read in word order with "exchanged" hung
    # as an adjective)
    swap = {("ARM", "AZE", "0841", "asserted"), ("AZE", "ARM", "0841", "asserted")}
    assert coded(
        phoenix, "Armenia Armenia PROPN 4 nsubj", "and and CCONJ 3 cc",
        "Azerbaijan Azerbaijan PROPN 1 conj", "exchanged exchange VERB 0 root",
        "prisoners prisoner NOUN 4 obj", "of of ADP 7 case", "war war NOUN 5 nmod",
        ". . PUNCT 4 punct",
    ) == swap  # fmt: skip
    assert coded(
        phoenix, "Armenia Armenia PROPN 0 root", "and and CCONJ 3 cc",
        "Azerbaijan Azerbaijan PROPN 1 conj", "exchanged exchange VERB 5 amod",
        "prisoners prisoner NOUN 1 conj", "of of ADP 7 case", "war war NOUN 5 nmod",
        ". . PUNCT 1 punct",
    ) == swap  # fmt: skip
    # "Japan handed over Russian fishermen to Russia.": released (0841)
    assert {(s, t[:3], c) for s, t, c, _f in coded(
        phoenix, "Japan Japan PROPN 2 nsubj", "handed hand VERB 0 root",
        "over over ADP 2 compound:prt", "Russian Russian ADJ 5 amod",
        "fishermen fisherman NOUN 2 obj", "to to ADP 7 case", "Russia Russia PROPN 2 obl",
        ". . PUNCT 2 punct",
    )} == {("JPN", "RUS", "0841")}  # fmt: skip
    # "Japan lifted sanctions on Russia.": sanctions eased (085), not an intent (0351)
    assert coded(
        phoenix, "Japan Japan PROPN 2 nsubj", "lifted lift VERB 0 root",
        "sanctions sanction NOUN 2 obj", "on on ADP 5 case", "Russia Russia PROPN 3 nmod",
        ". . PUNCT 2 punct",
    ) == {("JPN", "RUS", "085", "asserted")}  # fmt: skip
    # "Japan issued an arrest warrant for Putin.": legal action (173), not a demand (100)
    assert coded(
        phoenix, "Japan Japan PROPN 2 nsubj", "issued issue VERB 0 root", "an a DET 5 det",
        "arrest arrest NOUN 5 compound", "warrant warrant NOUN 2 obj", "for for ADP 7 case",
        "Putin Putin PROPN 5 nmod", ". . PUNCT 2 punct", date=dt.date(2023, 3, 17),
    ) == {("JPN", "RUSGOV", "173", "asserted")}  # fmt: skip
    # "Japan recognized Kosovo's independence.": diplomatic recognition (054), not praise
    assert coded(
        phoenix, "Japan Japan PROPN 2 nsubj", "recognized recognize VERB 0 root",
        "Kosovo Kosovo PROPN 5 nmod:poss", "'s 's PART 3 case", "independence independence NOUN 2 obj",
        ". . PUNCT 2 punct",
    ) == {("JPN", "KSV", "054", "asserted")}  # fmt: skip
    # "Japan toured Russia.": a visit (042; hosted, 043), not CAMEO.2.0's meeting (040)
    assert coded(
        phoenix, "Japan Japan PROPN 2 nsubj", "toured tour VERB 0 root", "Russia Russia PROPN 2 obj",
        ". . PUNCT 2 punct",
    ) == {("JPN", "RUS", "042", "asserted"), ("RUS", "JPN", "043", "asserted")}  # fmt: skip
    for verb, lemma, code in (
        ("expropriated", "expropriate", "1711"),
        ("strafed", "strafe", "195"),
    ):
        assert coded(
            phoenix, "Japan Japan PROPN 2 nsubj", f"{verb} {lemma} VERB 0 root",
            "Russia Russia PROPN 2 obj", ". . PUNCT 2 punct",
        ) == {("JPN", "RUS", code, "asserted")}  # fmt: skip


def test_kg_verbs_a_note_of_protest_a_phone_call_and_a_ceasefire_pact(phoenix):
    """Diplomatic notes of protest sent or handed are official complaints (114); a leader
    dialled is called (041); an envoy pulled or recalled is diplomatic relations reduced
    (161); a ceasefire agreement or pact signed is a ceasefire (0871, both
    ways), not any agreement (057); a ceasefire violated is breached (196); warning shots
    are a show of force (150); someone beheaded is killed by physical assault (1823);
    missiles launched toward a state are a strike (195); troops pulled out of a state are
    withdrawn (0874); migrant workers sent back are deported (174); someone sentenced or
    placed under house arrest is legal action (173); someone shot dead is fought with small
    arms (193); a minister who travels to a state visits it (042)."""
    for verb, lemma, rows in (
        ("handed", "hand", ("a a DET 4 det", "note note NOUN 2 obj", "of of ADP 6 case",
                            "protest protest NOUN 4 nmod")),
        ("sent", "send", ("a a DET 5 det", "protest protest NOUN 5 compound",
                          "note note NOUN 2 obj")),
    ):  # fmt: skip
        n = len(rows) + 4  # Russia's row
        assert coded(
            phoenix, "Japan Japan PROPN 2 nsubj", f"{verb} {lemma} VERB 0 root", *rows,
            f"to to ADP {n} case", "Russia Russia PROPN 2 obl", ". . PUNCT 2 punct",
        ) == {("JPN", "RUS", "114", "asserted")}  # fmt: skip
    # "Japan dialled Russia.": a phone call (041), both ways
    assert coded(
        phoenix, "Japan Japan PROPN 2 nsubj", "dialled dial VERB 0 root", "Russia Russia PROPN 2 obj",
        ". . PUNCT 2 punct",
    ) == {("JPN", "RUS", "041", "asserted"), ("RUS", "JPN", "041", "asserted")}  # fmt: skip
    # "Japan received a telephone conversation from Russia.": a call, not a guest received
    got = coded(
        phoenix, "Japan Japan PROPN 2 nsubj", "received receive VERB 0 root", "a a DET 5 det",
        "telephone telephone NOUN 5 compound", "conversation conversation NOUN 2 obj",
        "from from ADP 7 case", "Russia Russia PROPN 5 nmod", ". . PUNCT 2 punct",
    )  # fmt: skip
    assert {("JPN", "RUS", "041"), ("RUS", "JPN", "041")} <= {(s, t, c) for s, t, c, _f in got}
    assert not any(c == "043" for _s, _t, c, _f in got)
    # "Japan pulled its envoy from Russia.", "Japan recalled its envoy to Russia.": 161
    for verb, lemma in (("pulled", "pull"), ("recalled", "recall")):
        assert {(s, t[:3], c) for s, t, c, _f in coded(
            phoenix, "Japan Japan PROPN 2 nsubj", f"{verb} {lemma} VERB 0 root",
            "its its PRON 4 nmod:poss", "envoy envoy NOUN 2 obj", "from from ADP 6 case",
            "Russia Russia PROPN 2 obl", ". . PUNCT 2 punct",
        )} == {("JPN", "RUS", "161")}  # fmt: skip
    # "Japan and Russia held a prisoner-of-war exchange.": each frees the other's (0841)
    assert coded(
        phoenix, "Japan Japan PROPN 4 nsubj", "and and CCONJ 3 cc", "Russia Russia PROPN 1 conj",
        "held hold VERB 0 root", "a a DET 11 det", "prisoner prisoner NOUN 11 compound",
        "- - PUNCT 6 punct", "of of ADP 10 case", "- - PUNCT 10 punct", "war war NOUN 6 nmod",
        "exchange exchange NOUN 4 obj", ". . PUNCT 4 punct",
    ) == {("JPN", "RUS", "0841", "asserted"), ("RUS", "JPN", "0841", "asserted")}  # fmt: skip
    # "Japanese soldiers were captured by the country 's rebel group .", the group hung apart
    # from its possessor after "by": abducted (181) by the rebels, not property seized (171)
    assert {(s[:3], t[:3], c) for s, t, c, _f in coded(
        phoenix, "Japanese Japanese ADJ 2 amod", "soldiers soldier NOUN 4 nsubj:pass",
        "were be AUX 4 aux:pass", "captured capture VERB 0 root", "by by ADP 7 case",
        "the the DET 7 det", "country country NOUN 4 obl", "'s 's PART 7 case",
        "rebel rebel NOUN 10 compound", "group group NOUN 4 obl", ". . PUNCT 4 punct",
    )} == {("JPN", "JPN", "181")}  # fmt: skip
    # "Japan broke diplomatic relations with Russia.": broken off (161), not a threat (130)
    assert coded(
        phoenix, "Japan Japan PROPN 2 nsubj", "broke break VERB 0 root",
        "diplomatic diplomatic ADJ 4 amod", "relations relation NOUN 2 obj", "with with ADP 6 case",
        "Russia Russia PROPN 4 nmod", ". . PUNCT 2 punct",
    ) == {("JPN", "RUS", "161", "asserted")}  # fmt: skip
    # "Japan extradited a Chinese gang leader to Russia.": judicial cooperation (063) with
    # Russia, not with the man
    assert {(s, t, c) for s, t, c, _f in coded(
        phoenix, "Japan Japan PROPN 2 nsubj", "extradited extradite VERB 0 root", "a a DET 6 det",
        "Chinese Chinese ADJ 6 amod", "gang gang NOUN 6 compound", "leader leader NOUN 2 obj",
        "to to ADP 8 case", "Russia Russia PROPN 2 obl", ". . PUNCT 2 punct",
    )} == {("JPN", "RUS", "063")}  # fmt: skip
    # "Japan recognized Kosovo as an independent state.": recognition (054), not praise
    assert coded(
        phoenix, "Japan Japan PROPN 2 nsubj", "recognized recognize VERB 0 root",
        "Kosovo Kosovo PROPN 2 obj", "as as ADP 7 case", "an a DET 7 det",
        "independent independent ADJ 7 amod", "state state NOUN 2 obl", ". . PUNCT 2 punct",
    ) == {("JPN", "KSV", "054", "asserted")}  # fmt: skip
    # "Japanese troops drove Russian forces out of the island.": fought (190), no mass
    # expulsion (201); "A man was driving out of the village.": nothing
    assert {(s[:3], t[:3], c) for s, t, c, _f in coded(
        phoenix, "Japanese Japanese ADJ 2 amod", "troops troop NOUN 3 nsubj",
        "drove drive VERB 0 root", "Russian Russian ADJ 5 amod", "forces force NOUN 3 obj",
        "out out ADP 9 case", "of of ADP 9 case", "the the DET 9 det", "island island NOUN 3 obl",
        ". . PUNCT 3 punct",
    )} == {("JPN", "RUS", "190")}  # fmt: skip
    # "The Japanese minister led a delegation to Russia.": a visit (042; hosted, 043)
    assert {(s[:3], t[:3], c) for s, t, c, _f in coded(
        phoenix, "The the DET 3 det", "Japanese Japanese ADJ 3 amod", "minister minister NOUN 4 nsubj",
        "led lead VERB 0 root", "a a DET 6 det", "delegation delegation NOUN 4 obj",
        "to to ADP 8 case", "Russia Russia PROPN 4 obl", ". . PUNCT 4 punct",
    )} == {("JPN", "RUS", "042"), ("RUS", "JPN", "043")}  # fmt: skip
    # "Japan signed a ceasefire agreement with Russia."
    assert coded(
        phoenix, "Japan Japan PROPN 2 nsubj", "signed sign VERB 0 root", "a a DET 5 det",
        "ceasefire ceasefire NOUN 5 compound", "agreement agreement NOUN 2 obj",
        "with with ADP 7 case", "Russia Russia PROPN 2 obl", ". . PUNCT 2 punct",
    ) == {("JPN", "RUS", "0871", "asserted"), ("RUS", "JPN", "0871", "asserted")}  # fmt: skip
    # "Japan violated the ceasefire with Russia.": a ceasefire breached (196), as BREACH is
    assert coded(
        phoenix, "Japan Japan PROPN 2 nsubj", "violated violate VERB 0 root", "the the DET 4 det",
        "ceasefire ceasefire NOUN 2 obj", "with with ADP 6 case", "Russia Russia PROPN 4 nmod",
        ". . PUNCT 2 punct",
    ) == {("JPN", "RUS", "196", "asserted")}  # fmt: skip
    # "Japanese troops fired warning shots at Russian soldiers.": a show of force (150)
    assert coded(
        phoenix, "Japanese Japanese ADJ 2 amod", "troops troop NOUN 3 nsubj",
        "fired fire VERB 0 root", "warning warning NOUN 5 compound", "shots shot NOUN 3 obj",
        "at at ADP 8 case", "Russian Russian ADJ 8 amod", "soldiers soldier NOUN 3 obl",
        ". . PUNCT 3 punct",
    ) == {("JPNMIL", "RUSMIL", "150", "asserted")}  # fmt: skip
    # "Japanese troops beheaded Russian soldiers.": killed by physical assault (1823)
    assert coded(
        phoenix, "Japanese Japanese ADJ 2 amod", "troops troop NOUN 3 nsubj",
        "beheaded behead VERB 0 root", "Russian Russian ADJ 5 amod",
        "soldiers soldier NOUN 3 obj", ". . PUNCT 3 punct",
    ) == {("JPNMIL", "RUSMIL", "1823", "asserted")}  # fmt: skip
    # "Japan launched missiles toward Russia.": a strike from the air (195)
    assert coded(
        phoenix, "Japan Japan PROPN 2 nsubj", "launched launch VERB 0 root",
        "missiles missile NOUN 2 obj", "toward toward ADP 5 case", "Russia Russia PROPN 2 obl",
        ". . PUNCT 2 punct",
    ) == {("JPN", "RUS", "195", "asserted")}  # fmt: skip
    # "Japan pulled its troops out of Russia.": a withdrawal (0874)
    assert {(s, t[:3], c) for s, t, c, _f in coded(
        phoenix, "Japan Japan PROPN 2 nsubj", "pulled pull VERB 0 root", "its its PRON 4 nmod:poss",
        "troops troops NOUN 2 obj", "out out ADP 7 case", "of of ADP 7 case",
        "Russia Russia PROPN 2 obl", ". . PUNCT 2 punct",
    )} == {("JPN", "RUS", "0874")}  # fmt: skip
    # "Japan sent Russian migrant workers back.": deported (174), no troops returned (0842)
    assert {(s, t[:3], c) for s, t, c, _f in coded(
        phoenix, "Japan Japan PROPN 2 nsubj", "sent send VERB 0 root", "Russian Russian ADJ 5 amod",
        "migrant migrant NOUN 5 compound", "workers worker NOUN 2 obj",
        "back back ADV 2 advmod", ". . PUNCT 2 punct",
    )} == {("JPN", "RUS", "174")}  # fmt: skip
    # "A Japanese court sentenced a Russian journalist to ten years.": legal action (173)
    assert {(s, t, c) for s, t, c, _f in coded(
        phoenix, "A a DET 3 det", "Japanese Japanese ADJ 3 amod", "court court NOUN 4 nsubj",
        "sentenced sentence VERB 0 root", "a a DET 7 det", "Russian Russian ADJ 7 amod",
        "journalist journalist NOUN 4 obj", "to to ADP 10 case", "ten ten NUM 10 nummod",
        "years year NOUN 4 obl", ". . PUNCT 4 punct",
    )} == {("JPNJUD", "RUSMED", "173")}  # fmt: skip
    # "Japanese police placed a Russian journalist under house arrest.": detained (173)
    assert {(s, t, c) for s, t, c, _f in coded(
        phoenix, "Japanese Japanese ADJ 2 amod", "police police NOUN 3 nsubj",
        "placed place VERB 0 root", "a a DET 6 det", "Russian Russian ADJ 6 amod",
        "journalist journalist NOUN 3 obj", "under under ADP 9 case", "house house NOUN 9 compound",
        "arrest arrest NOUN 3 obl", ". . PUNCT 3 punct",
    )} == {("JPNCOP", "RUSMED", "173")}  # fmt: skip
    # "Japanese troops shot dead Russian soldiers.": small arms (193), no bare attack (190)
    assert coded(
        phoenix, "Japanese Japanese ADJ 2 amod", "troops troop NOUN 3 nsubj",
        "shot shoot VERB 0 root", "dead dead ADJ 3 xcomp", "Russian Russian ADJ 6 amod",
        "soldiers soldier NOUN 3 obj", ". . PUNCT 3 punct",
    ) == {("JPNMIL", "RUSMIL", "193", "asserted")}  # fmt: skip
    # "The Japanese minister travelled to Russia.": a visit (042), not a meeting (040)
    assert coded(
        phoenix, "The the DET 3 det", "Japanese Japanese ADJ 3 amod",
        "minister minister NOUN 4 nsubj", "travelled travel VERB 0 root", "to to ADP 6 case",
        "Russia Russia PROPN 4 obl", ". . PUNCT 4 punct",
    ) == {("JPNGOV", "RUS", "042", "asserted")}  # fmt: skip


def test_a_crowds_attack_on_a_seat_of_power_is_a_violent_protest(phoenix):
    # "Japanese protesters stormed the Russian embassy.": a riot (145), not an attack (190)
    rows = [
        "Japanese Japanese ADJ 2 amod", "protesters protester NOUN 3 nsubj",
        "stormed storm VERB 0 root", "the the DET 6 det", "Russian Russian ADJ 6 amod",
        "embassy embassy NOUN 3 obj", ". . PUNCT 3 punct",
    ]  # fmt: skip
    assert {(s, t[:3], c) for s, t, c, _f in coded(phoenix, *rows)} == {("JPNOPP", "RUS", "145")}
    # "Japanese troops stormed the Russian embassy.": troops attack (190)
    rows[1] = "troops troop NOUN 3 nsubj"
    assert {(s, t[:3], c[:2]) for s, t, c, _f in coded(phoenix, *rows)} == {("JPNMIL", "RUS", "19")}


def test_water_cannon_fired_at_another_states_vessels_is_an_attack(phoenix):
    # "Chinese ships fired water cannon at Philippine vessels.": an attack (190), no crowd
    rows = [
        "Chinese Chinese ADJ 2 amod", "ships ship NOUN 3 nsubj", "fired fire VERB 0 root",
        "water water NOUN 5 compound", "cannon cannon NOUN 3 obj", "at at ADP 8 case",
        "Philippine Philippine ADJ 8 amod", "vessels vessel NOUN 3 obl", ". . PUNCT 3 punct",
    ]  # fmt: skip
    assert {(s[:3], t[:3], c) for s, t, c, _f in coded(phoenix, *rows)} == {("CHN", "PHL", "190")}
    # "Chinese police fired water cannon at Philippine protesters.": a crowd, repression
    rows[1] = "police police NOUN 3 nsubj"
    rows[7] = "protesters protester NOUN 3 obl"
    assert {(s[:3], t[:3], c) for s, t, c, _f in coded(phoenix, *rows)} == {("CHN", "PHL", "175")}


def test_financial_support_announced_for_a_state_is_economic_aid(phoenix):
    # "Japan announced $3 billion in financial support for Russia.": economic aid (071)
    rows = [
        "Japan Japan PROPN 2 nsubj", "announced announce VERB 0 root", "$ $ SYM 2 obj",
        "3 3 NUM 5 compound", "billion billion NUM 3 nummod", "in in ADP 8 case",
        "financial financial ADJ 8 amod", "support support NOUN 3 nmod", "for for ADP 10 case",
        "Russia Russia PROPN 8 nmod", ". . PUNCT 2 punct",
    ]  # fmt: skip
    assert {(s, t, c) for s, t, c, _f in coded(phoenix, *rows)} == {("JPN", "RUS", "071")}
    # "... in political support for Russia": no aid
    rows[6] = "political political ADJ 8 amod"
    assert not {e for e in coded(phoenix, *rows) if e[2][:2] == "07"}


def test_a_demand_that_a_state_act_is_a_demand_not_the_act(phoenix):
    # "Japan demanded that Russia withdraw its troops.", the "that" clause hung as an
    # adverbial: Japan demands a withdrawal (1056); Russia withdraws nothing
    got = coded(
        phoenix, "Japan Japan PROPN 3 nsubj", "has have AUX 3 aux", "demanded demand VERB 0 root",
        "that that SCONJ 6 mark", "Russia Russia PROPN 6 nsubj", "withdraw withdraw VERB 3 advcl",
        "its its PRON 8 nmod:poss", "troops troops NOUN 6 obj", ". . PUNCT 3 punct",
    )  # fmt: skip
    assert {(s, t[:3], c) for s, t, c, _f in got} == {("JPN", "RUS", "1056")}


def test_a_decision_is_the_act_decided(phoenix):
    # "Japan decided to provide relief goods to Russia.": the aid (073), no intent (03x)
    got = coded(
        phoenix, "Japan Japan PROPN 2 nsubj", "decided decide VERB 0 root", "to to PART 4 mark",
        "provide provide VERB 2 xcomp", "relief relief NOUN 6 compound", "goods goods NOUN 4 obj",
        "to to ADP 8 case", "Russia Russia PROPN 4 obl", ". . PUNCT 2 punct",
    )  # fmt: skip
    assert {(s, t, c[:2]) for s, t, c, _f in got} == {("JPN", "RUS", "07")}


def test_warning_shots_fired_at_a_crowd_are_repression(phoenix):
    # "Japanese police fired warning shots at protesters.": repression (175), no show of force
    assert coded(
        phoenix, "Japanese Japanese ADJ 2 amod", "police police NOUN 3 nsubj",
        "fired fire VERB 0 root", "warning warning NOUN 5 compound", "shots shot NOUN 3 obj",
        "at at ADP 7 case", "protesters protester NOUN 3 obl", ". . PUNCT 3 punct",
    ) == {("JPNCOP", "JPNOPP", "175", "asserted")}  # fmt: skip


def test_calling_what_a_state_does_a_threat_is_criticism(phoenix):
    # "Japan said Chinese drills are a threat .": criticism (111), not a pessimistic comment
    assert coded(
        phoenix, "Japan Japan PROPN 2 nsubj", "said say VERB 0 root", "Chinese Chinese ADJ 4 amod",
        "drills drill NOUN 7 nsubj", "are be AUX 7 cop", "a a DET 7 det",
        "threat threat NOUN 2 ccomp", ". . PUNCT 2 punct",
    ) == {("JPN", "CHN", "111", "asserted")}  # fmt: skip


def test_a_charter_or_joint_statement_signed_is_an_agreement_signed(phoenix):
    # "Japan and China signed a charter .": 057 both ways (kg.verbs.txt SIGN_DOCUMENTS)
    rows = [
        "Japan Japan PROPN 4 nsubj", "and and CCONJ 3 cc", "China China PROPN 1 conj",
        "signed sign VERB 0 root", "a a DET 6 det", "charter charter NOUN 4 obj",
        ". . PUNCT 4 punct",
    ]  # fmt: skip
    both = {("JPN", "CHN", "057", "asserted"), ("CHN", "JPN", "057", "asserted")}
    assert coded(phoenix, *rows) == both
    rows[4:6] = ["a a DET 7 det", "joint joint ADJ 7 amod"]
    rows[6:] = ["statement statement NOUN 4 obj", ". . PUNCT 4 punct"]
    assert coded(phoenix, *rows) == both


def test_immigrants_sent_back_are_deported(phoenix):
    # "The US sent immigrants from Honduras back .": a deportation (174), not troops sent
    # home (CAMEO.2.0's SEND * BACK, 0842)
    assert ("USA", "HNDCVL", "174") in {e[:3] for e in coded(
        phoenix, "The the DET 2 det", "US US PROPN 3 nsubj", "sent send VERB 0 root",
        "immigrants immigrant NOUN 3 obj", "from from ADP 6 case", "Honduras Honduras PROPN 4 nmod",
        "back back ADV 3 advmod", ". . PUNCT 3 punct",
    )}  # fmt: skip


def test_an_agreement_reached_is_an_agreement_made(phoenix):
    # "Japan and China reached an agreement .": 057 both ways, not CAMEO.2.0's intent
    assert coded(
        phoenix, "Japan Japan PROPN 4 nsubj", "and and CCONJ 3 cc", "China China PROPN 1 conj",
        "reached reach VERB 0 root", "an a DET 6 det", "agreement agreement NOUN 4 obj",
        ". . PUNCT 4 punct",
    ) == {("JPN", "CHN", "057", "asserted"), ("CHN", "JPN", "057", "asserted")}  # fmt: skip
    # "An agreement was reached between Egypt and Sudan .": the same, from the passive
    assert coded(
        phoenix, "An a DET 2 det", "agreement agreement NOUN 4 nsubj:pass",
        "was be AUX 4 aux:pass", "reached reach VERB 0 root", "between between ADP 6 case",
        "Egypt Egypt PROPN 4 obl", "and and CCONJ 8 cc", "Sudan Sudan PROPN 6 conj",
        ". . PUNCT 4 punct",
    ) == {("EGY", "SDN", "057", "asserted"), ("SDN", "EGY", "057", "asserted")}  # fmt: skip


def test_wounds_are_the_attacks_that_left_them(phoenix):
    # "Indian rebels attacked Indian soldiers and wounded Indian police .": the wounds are
    # the attack's, no assault (18x) of their own between the same states
    rows = [
        "Indian Indian ADJ 2 amod", "rebels rebel NOUN 3 nsubj", "attacked attack VERB 0 root",
        "Indian Indian ADJ 5 amod", "soldiers soldier NOUN 3 obj", "and and CCONJ 7 cc",
        "wounded wound VERB 3 conj", "Indian Indian ADJ 9 amod", "police police NOUN 7 obj",
        ". . PUNCT 3 punct",
    ]  # fmt: skip
    events = coded(phoenix, *rows)
    assert ("INDREB", "INDMIL", "190", "asserted") in events
    assert not any(e[2].startswith("18") for e in events)
    # "Indian rebels wounded Indian police .": wounds alone are the assault
    assert any(e[2].startswith("18") for e in coded(
        phoenix, "Indian Indian ADJ 2 amod", "rebels rebel NOUN 3 nsubj",
        "wounded wound VERB 0 root", "Indian Indian ADJ 5 amod", "police police NOUN 3 obj",
        ". . PUNCT 3 punct",
    ))  # fmt: skip


def test_central_and_south_americans_are_no_americans(phoenix):
    # "Japanese police detained Central American migrants.", "... South Americans.": no
    # United States (Latin America, Central America are no actors either)
    rows = [
        "Japanese Japanese ADJ 2 amod", "police police NOUN 3 nsubj", "detained detain VERB 0 root",
        "Central Central ADJ 6 amod", "American American ADJ 6 amod", "migrants migrant NOUN 3 obj",
        ". . PUNCT 3 punct",
    ]  # fmt: skip
    assert not {e for e in coded(phoenix, *rows) if "USA" in (e[0][:3], e[1][:3])}
    rows[4:] = ["Americans American PROPN 3 obj", ". . PUNCT 3 punct"]
    rows[3] = "South South ADJ 5 amod"
    assert not {e for e in coded(phoenix, *rows) if "USA" in (e[0][:3], e[1][:3])}
    rows[3:] = ["Americans American PROPN 3 obj", ". . PUNCT 3 punct"]  # Americans are
    assert {(s, t) for s, t, _c, _f in coded(phoenix, *rows)} == {("JPNCOP", "USA")}


def test_an_organ_named_for_one_state_alone_is_that_states(phoenix):
    # "The State Department condemned Russia.": the United States' government, not an organ
    # of no state (nor of Russia, the one state named)
    assert coded(
        phoenix, "The the DET 3 det", "State State PROPN 3 compound",
        "Department Department PROPN 4 nsubj", "condemned condemn VERB 0 root",
        "Russia Russia PROPN 4 obj", ". . PUNCT 4 punct",
    ) == {("USAGOV", "RUS", "111", "asserted")}  # fmt: skip


def test_a_world_war_named_as_a_time_discards_no_sentence(phoenix):
    # "Japan recalled its ambassador to Russia over abuses during World War Two.": Phoenix
    # discards sentences naming a world war (history); one named as when something was is not
    rows = [
        "Japan Japan PROPN 2 nsubj", "recalled recall VERB 0 root", "its its PRON 4 nmod:poss",
        "ambassador ambassador NOUN 2 obj", "to to ADP 6 case", "Russia Russia PROPN 4 nmod",
        "over over ADP 8 case", "abuses abuse NOUN 2 obl", "during during ADP 11 case",
        "World World PROPN 11 compound", "War War PROPN 2 obl", "Two two NUM 11 nummod",
        ". . PUNCT 2 punct",
    ]  # fmt: skip
    assert {(s, t[:3], c) for s, t, c, _f in coded(phoenix, *rows)} == {("JPN", "RUS", "161")}
    # "... over abuses in World War Two": history, discarded as Phoenix does
    rows[8] = "in in ADP 11 case"
    assert not coded(phoenix, *rows)


def test_a_round_of_talks_is_no_sport(phoenix):
    # "Iran and Oman held a third round of talks.": Phoenix discards "third round" (a
    # tournament's); before talks it is diplomacy
    rows = [
        "Iran Iran PROPN 4 nsubj", "and and CCONJ 3 cc", "Oman Oman PROPN 1 conj",
        "held hold VERB 0 root", "a a DET 7 det", "third third ADJ 7 amod", "round round NOUN 4 obj",
        "of of ADP 9 case", "talks talk NOUN 7 nmod", ". . PUNCT 4 punct",
    ]  # fmt: skip
    assert {(s, t, c[:2]) for s, t, c, _f in coded(phoenix, *rows)} == {
        ("IRN", "OMN", "04"), ("OMN", "IRN", "04")
    }  # fmt: skip
    # "... a third round of the tournament": sport, discarded
    rows[8] = "tournament tournament NOUN 7 nmod"
    assert not coded(phoenix, *rows)


def test_a_dated_persons_one_word_name_before_another_name_is_someone_else(phoenix):
    # "Tanzanian Agriculture Minister Hussein Bashe criticized Malawi .", as a small parser
    # hung it: Phoenix's HUSSEIN is King Hussein of Jordan; before a name it knows no one,
    # "Hussein" is a given name, as it was not
    rows = [
        "Tanzanian Tanzanian PROPN 6 nsubj", "Agriculture Agriculture PROPN 1 flat",
        "Minister Minister PROPN 4 nmod:desc", "Hussein Hussein PROPN 5 compound",
        "Bashe Bashe PROPN 6 nsubj", "criticized criticize VERB 0 root",
        "Malawi Malawi PROPN 6 obj", ". . PUNCT 6 punct",
    ]  # fmt: skip
    assert {(s[:3], t, c) for s, t, c, _f in coded(phoenix, *rows)} == {("TZA", "MWI", "111")}
    # "... King Hussein Tuesday criticized Israel": a day is no one's name
    rows = [
        "King King PROPN 2 compound", "Hussein Hussein PROPN 4 nsubj",
        "Tuesday Tuesday PROPN 4 obl:tmod", "criticized criticize VERB 0 root",
        "Israel Israel PROPN 4 obj", ". . PUNCT 4 punct",
    ]  # fmt: skip
    assert {(s[:3], t, c) for s, t, c, _f in coded(phoenix, *rows, date=dt.date(1990, 1, 1))} == {
        ("JOR", "ISR", "111")
    }  # fmt: skip


def test_a_given_name_or_a_family_name_inside_a_longer_name_is_no_one_else(phoenix):
    # "Kuwaiti Foreign Minister Sheikh Salem Abdullah Al-Jaber Al-Sabah criticized Israel .":
    # "Abdullah" (Phoenix's King Abdullah of Saudi Arabia) stands between names no dictionary
    # knows, and "Al-Sabah" (split "Al - Sabah") is a family's, no Sabah of Malaysia
    rows = [
        "Kuwaiti Kuwaiti ADJ 3 amod", "Foreign foreign PROPN 3 compound",
        "Minister Minister PROPN 13 nsubj", "Sheikh Sheikh PROPN 3 flat", "Salem Salem PROPN 3 flat",
        "Abdullah Abdullah PROPN 3 flat", "Al Al PROPN 3 flat", "- - PUNCT 9 punct",
        "Jaber Jaber PROPN 3 flat", "Al Al PROPN 3 flat", "- - PUNCT 12 punct",
        "Sabah Sabah PROPN 3 flat", "criticized criticize VERB 0 root",
        "Israel Israel PROPN 13 obj", ". . PUNCT 13 punct",
    ]  # fmt: skip
    sent = Sentence.from_stanza(to_document(conllu(*rows)).sentences[0])
    day = dt.date(2010, 1, 1)
    codes = [actor_code(m.entry, day) for m in find_mentions(sent, phoenix) if m.kind == "actor"]
    assert codes == ["KWT", "ISR"]
    got = {(s[:3], t, c) for s, t, c, _f in coded(phoenix, *rows, date=day)}
    assert got == {("KWT", "ISR", "111")}


def test_gaddafi_by_any_spelling_is_libyas_leader_while_in_office(phoenix):
    # "Morocco's king received a call from Colonel Qadhafi.": kg's persons.ttl names him by the
    # spellings news uses alone (Phoenix has QADHAFI only in full names)
    rows = [
        "Morocco Morocco PROPN 3 nmod:poss", "'s 's PART 1 case", "king king NOUN 4 nsubj",
        "received receive VERB 0 root", "a a DET 6 det", "call call NOUN 4 obj",
        "from from ADP 9 case", "Colonel Colonel PROPN 9 compound", "Qadhafi Qadhafi PROPN 6 nmod",
        ". . PUNCT 4 punct",
    ]  # fmt: skip
    sent = Sentence.from_stanza(to_document(conllu(*rows)).sentences[0])
    found = {m.start: m for m in find_mentions(sent, phoenix) if m.kind == "actor"}
    assert actor_code(found[9].entry, dt.date(1998, 6, 1)) == "LBYGOV"
    assert actor_code(found[9].entry, dt.date(2012, 1, 1)) == "LBYELI"


def test_a_common_word_in_the_plural_is_no_people(phoenix):
    # "Twelve organizations urged Uzbek authorities .": Phoenix's ORGANIZATION is a
    # Middle Eastern armed group (MEAREB); "organizations", a common word, names no people
    rows = [
        "Twelve twelve NUM 2 nummod", "organizations organization NOUN 3 nsubj",
        "urged urge VERB 0 root", "Uzbek Uzbek ADJ 5 amod", "authorities authority NOUN 3 obj",
        ". . PUNCT 3 punct",
    ]  # fmt: skip
    sent = Sentence.from_stanza(to_document(conllu(*rows)).sentences[0])
    assert [m.start for m in find_mentions(sent, phoenix) if m.kind == "actor"] == [4]
    assert not {e for e in coded(phoenix, *rows) if e[0].startswith("MEA")}


def test_a_landslide_victory_is_no_disaster(phoenix):
    # "Lukashenko claimed a landslide victory and Belarusian police arrested protesters .":
    # Phoenix discards "landslide" (a disaster); before a win it is an election's, as it was
    # not
    rows = [
        "Lukashenko Lukashenko PROPN 2 nsubj", "claimed claim VERB 0 root", "a a DET 5 det",
        "landslide landslide NOUN 5 compound", "victory victory NOUN 2 obj", "and and CCONJ 9 cc",
        "Belarusian Belarusian ADJ 8 amod", "police police NOUN 9 nsubj",
        "arrested arrest VERB 2 conj", "protesters protester NOUN 9 obj", ". . PUNCT 2 punct",
    ]  # fmt: skip
    assert {(s, t, c) for s, t, c, _f in coded(phoenix, *rows)} == {("BLRCOP", "BLROPP", "173")}
    # "A landslide struck and Belarusian police arrested protesters .": a disaster's story
    assert not coded(
        phoenix, "A a DET 2 det", "landslide landslide NOUN 3 nsubj", "struck strike VERB 0 root",
        "and and CCONJ 7 cc", "Belarusian Belarusian ADJ 6 amod", "police police NOUN 7 nsubj",
        "arrested arrest VERB 3 conj",
        "protesters protester NOUN 7 obj", ". . PUNCT 3 punct",
    )  # fmt: skip


def test_a_passive_made_a_predicate_by_the_parser_is_done_by_its_by_phrase(phoenix):
    # "Kyiv was hit by Russian missiles .", "was" a copula and "hit" an adjective: the
    # missiles, a weapon named in a passive's "by" phrase, are Russia's military striking
    rows = [
        "Kyiv Kyiv PROPN 3 nsubj", "was be AUX 3 cop", "hit hit ADJ 0 root", "by by ADP 6 case",
        "Russian Russian PROPN 6 compound", "missiles missile NOUN 3 obl", ". . PUNCT 3 punct",
    ]  # fmt: skip
    assert coded(phoenix, *rows) == {("RUSMIL", "UKR", "195", "asserted")}
    # "Kyiv was hit near Russian missiles .": no doer named
    rows[3] = "near near ADP 6 case"
    assert not {(s, t) for s, t, _c, _f in coded(phoenix, *rows)} & {("RUSMIL", "UKR")}


def test_the_two_sides_are_the_two_actors_named_before(phoenix):
    # "Japan met Russia, and the two sides agreed to expand trade.": both intend it, each
    # with the other (031), beside the meeting
    rows = [
        "Japan Japan PROPN 2 nsubj", "met meet VERB 0 root", "Russia Russia PROPN 2 obj",
        ", , PUNCT 9 punct", "and and CCONJ 9 cc", "the the DET 8 det", "two two NUM 8 nummod",
        "sides side NOUN 9 nsubj", "agreed agree VERB 2 conj", "to to PART 11 mark",
        "expand expand VERB 9 xcomp", "trade trade NOUN 11 obj", ". . PUNCT 2 punct",
    ]  # fmt: skip
    meeting = {("JPN", "RUS", "040", "asserted"), ("RUS", "JPN", "040", "asserted")}
    intent = {("JPN", "RUS", "031", "asserted"), ("RUS", "JPN", "031", "asserted")}
    assert coded(phoenix, *rows) == meeting | intent
    # "Japan met Russia as the two countries seek to expand trade.": a background, no act
    assert coded(
        phoenix, "Japan Japan PROPN 2 nsubj", "met meet VERB 0 root", "Russia Russia PROPN 2 obj",
        "as as ADP 7 case", "the the DET 7 det", "two two NUM 7 nummod",
        "countries country NOUN 8 nsubj", "seek seek VERB 2 ccomp", "to to PART 10 mark",
        "expand expand VERB 8 xcomp", "trade trade NOUN 10 obj", ". . PUNCT 2 punct",
    ) == meeting  # fmt: skip


def test_a_visit_named_with_no_host_is_to_the_datelines_state(phoenix):
    # "KYIV – The German chancellor announced aid during a rare visit .": the story is filed
    # from Kyiv, the visit is to Ukraine (042)
    rows = [
        "KYIV Kyiv PROPN 6 dep", "– – PUNCT 1 punct", "The the DET 5 det",
        "German German ADJ 5 amod", "chancellor chancellor NOUN 6 nsubj",
        "announced announce VERB 0 root", "aid aid NOUN 6 obj", "during during ADP 11 case",
        "a a DET 11 det", "rare rare ADJ 11 amod", "visit visit NOUN 6 obl", ". . PUNCT 6 punct",
    ]  # fmt: skip
    assert ("DEUGOV", "UKR", "042", "asserted") in coded(phoenix, *rows)
    # with no dateline, no host is named: no visit
    assert not any(c == "042" for _s, _t, c, _f in coded(
        phoenix, "The the DET 3 det", "German German ADJ 3 amod", "chancellor chancellor NOUN 4 nsubj",
        "announced announce VERB 0 root", "aid aid NOUN 4 obj", "during during ADP 9 case",
        "a a DET 9 det", "rare rare ADJ 9 amod", "visit visit NOUN 4 obl", ". . PUNCT 4 punct",
    ))  # fmt: skip


def test_two_sides_that_blame_each_other_blame_each_other(phoenix):
    # "Armenia and Azerbaijan blamed each other for the fighting.": an accusation both ways
    rows = [
        "Armenia Armenia PROPN 4 nsubj", "and and CCONJ 3 cc", "Azerbaijan Azerbaijan PROPN 1 conj",
        "blamed blame VERB 0 root", "each each DET 6 det", "other other ADJ 4 obj",
        "for for ADP 9 case", "the the DET 9 det", "fighting fighting NOUN 4 obl",
        ". . PUNCT 4 punct",
    ]  # fmt: skip
    got = {(s, t, c[:2]) for s, t, c, _f in coded(phoenix, *rows)}
    assert {("ARM", "AZE", "11"), ("AZE", "ARM", "11")} <= got
    # "Armenia and Azerbaijan blamed the rebels for the fighting.": no accusation of each other
    rows[4:6] = ["the the DET 6 det", "rebels rebel NOUN 4 obj"]
    got = {(s, t, c[:2]) for s, t, c, _f in coded(phoenix, *rows)}
    assert not {("ARM", "AZE", "11"), ("AZE", "ARM", "11")} & got


def test_a_visit_framed_by_during_or_on_a_person_is_that_persons(phoenix):
    # "During a visit to Maputo, Indian Defence Minister Singh handed over craft.": a visit
    # owned by no one, framed by "during" (a tagger read it as a verb), is the subject's
    rows = [
        "During during VERB 11 advcl", "a a DET 3 det", "visit visit NOUN 1 obj",
        "to to ADP 5 case", "Maputo Maputo PROPN 3 nmod", ", , PUNCT 11 punct",
        "Indian Indian ADJ 9 amod", "Defence Defence PROPN 9 compound",
        "Minister Minister PROPN 10 compound", "Singh Singh PROPN 11 nsubj",
        "handed hand VERB 0 root", "over over ADP 13 case", "craft craft NOUN 11 obl",
        ". . PUNCT 11 punct",
    ]  # fmt: skip
    assert ("INDGOV", "MOZ", "042", "asserted") in coded(phoenix, *rows)
    # "After a visit to Maputo, ...": no frame of the act, no visitor
    rows[0] = "After after VERB 11 advcl"
    assert not any(c == "042" for _s, _t, c, _f in coded(phoenix, *rows))
    # "Turkish President Erdogan, on his first visit to Iraq, signed a treaty.": the parser hung
    # the phrase on the name and "signed" under it, with no verb above the visit
    rows = [
        "Turkish Turkish PROPN 0 root", "President President PROPN 1 flat",
        "Erdogan Erdogan PROPN 2 flat", ", , PUNCT 7 punct", "on on ADP 7 case",
        "his his PRON 7 nmod:poss", "visit visit NOUN 3 nmod", "to to ADP 9 case",
        "Iraq Iraq PROPN 7 nmod", ", , PUNCT 11 punct", "signed sign VERB 7 acl",
        "a a DET 13 det", "treaty treaty NOUN 11 obj", ". . PUNCT 1 punct",
    ]  # fmt: skip
    assert ("TURGOV", "IRQ", "042", "asserted") in coded(phoenix, *rows)
    # "Turkey, on a visit to Iraq, ...": a bare state the phrase hangs on is no visitor read so
    assert not any(c == "042" for _s, _t, c, _f in coded(
        phoenix, "Turkey Turkey PROPN 0 root", ", , PUNCT 4 punct", "on on ADP 4 case",
        "visit visit NOUN 1 nmod", "to to ADP 6 case", "Iraq Iraq PROPN 4 nmod",
        ", , PUNCT 8 punct", "signed sign VERB 4 acl", "a a DET 10 det",
        "treaty treaty NOUN 8 obj", ". . PUNCT 1 punct",
    ))  # fmt: skip


def test_a_visit_to_the_country_is_to_the_one_other_state_named(phoenix):
    # "Erdogan warned Kyrgyzstan during his trip to the country .": the country is the one
    # other state the sentence names, as it was not
    rows = [
        "Erdogan Erdogan PROPN 2 nsubj", "warned warn VERB 0 root", "Kyrgyzstan Kyrgyzstan PROPN 2 obj",
        "during during ADP 6 case", "his his PRON 6 nmod:poss", "trip trip NOUN 2 obl",
        "to to ADP 9 case", "the the DET 9 det", "country country NOUN 6 nmod", ". . PUNCT 2 punct",
    ]  # fmt: skip
    assert ("TURGOV", "KGZ", "042", "asserted") in coded(phoenix, *rows, date=dt.date(2018, 9, 1))
    # "... during his trip to a country": no state named before
    rows[7] = "a a DET 9 det"
    assert not any(c == "042" for _s, _t, c, _f in coded(phoenix, *rows, date=dt.date(2018, 9, 1)))


def test_a_youth_shot_or_gunned_down_by_border_guards(phoenix):
    # "A Bangladeshi youth was gunned down by Indian border guards.": "down" and "by" both
    # prepositions of the phrase; the guards are the passive's doers
    assert coded(
        phoenix, "A a DET 3 det", "Bangladeshi Bangladeshi ADJ 3 amod",
        "youth youth NOUN 5 nsubj:pass", "was be AUX 5 aux:pass", "gunned gunn VERB 0 root",
        "down down ADP 10 case", "by by ADP 10 case", "Indian Indian ADJ 10 amod",
        "border border NOUN 10 compound", "guards guard NOUN 5 obl", ". . PUNCT 5 punct",
    ) == {("INDMIL", "BGD", "193", "asserted")}  # fmt: skip
    # "A Bangladeshi youth was shot dead by Indian border guards.", "shot" an adjective the
    # tagger lemmatised as itself: read in word order
    assert {(s, t, c[:2]) for s, t, c, _f in coded(
        phoenix, "A a DET 3 det", "Bangladeshi Bangladeshi ADJ 3 amod", "youth youth NOUN 6 nsubj",
        "was be AUX 5 cop", "shot shot ADJ 6 amod", "dead dead ADJ 0 root", "by by ADP 10 case",
        "Indian Indian ADJ 10 amod", "border border NOUN 10 compound", "guards guard NOUN 6 obl",
        ". . PUNCT 6 punct",
    )} == {("INDMIL", "BGD", "19")}  # fmt: skip


def test_a_pattern_preposition_opens_no_phrase_of_time(phoenix):
    # "Japan called Russia on Monday.": a phone call, not CALL * (ON), a call on someone (020)
    assert coded(
        phoenix, "Japan Japan PROPN 2 nsubj", "called call VERB 0 root", "Russia Russia PROPN 2 obj",
        "on on ADP 5 case", "Monday Monday PROPN 2 obl", ". . PUNCT 2 punct",
    ) == {("JPN", "RUS", "041", "asserted"), ("RUS", "JPN", "041", "asserted")}  # fmt: skip


def test_dictionaries_load_from_a_folder_and_fill_what_it_lacks(own, tmp_path):
    only_actors = tmp_path / "mine"
    only_actors.mkdir()
    (only_actors / "Mine.actors.txt").write_text(ACTORS, encoding="utf-8")
    d = load_coding_dictionaries(only_actors)  # CAMEO.2.0's verbs, Phoenix's agents
    assert d.verbs_for("CONDEMN") and d.agents.longest(["POLICE"], 0)
    assert d.actors.longest(["VELTRIA"], 0) and not d.actors.longest(["RUSSIA"], 0)
    with pytest.raises(InputError, match="does not exist"):
        load_coding_dictionaries(tmp_path / "nowhere")
    empty = tmp_path / "empty"
    empty.mkdir()
    with pytest.raises(InputError, match="no PETRARCH dictionary"):
        load_coding_dictionaries(empty)


def test_kg_code_uses_the_dictionary_coder(own, tmp_path):
    rows = conllu(
        "Veltrian Veltrian ADJ 2 amod", "soldiers soldier NOUN 3 nsubj",
        "attacked attack VERB 0 root", "Norland Norland PROPN 3 obj", ". . PUNCT 3 punct",
    )  # fmt: skip
    body = rows.split("\n", 1)[1]
    xml = tmp_path / "in.xml"
    xml.write_text(
        '<Sentences><Sentence id="T1" date="20220105"><Text>Veltrian soldiers attacked Norland.'
        f"</Text><Parse>\n{body}</Parse></Sentence></Sentences>",
        encoding="utf-8",
    )
    result = CliRunner().invoke(main, ["code", str(xml), "--dictionaries", str(own)])
    assert result.exit_code == 0, result.stderr
    assert result.stdout == "20220105\tVLTMIL\tNOR\t190\tT1\n"


def test_petrarch_unit_records_with_the_dictionary_coder():
    """PETRARCH's 284 unit-test records, coded from their own UD parses with their own
    actors and agents (PETR.Validate) and CAMEO.2.0's verbs. Floors: the numbers measured when
    this test was written (issue #19 asks 85 %; many expected codes come from an older verb
    dictionary than the CAMEO.2.0 PETRARCH2 ships, see the printed causes: the UD records'
    codes were set by UniversalPetrarch with its own PETR.Validate.verbs.2.0.txt, which is not
    among the shared dictionaries; with that file, `scripts/petrarch_unit.py --dictionaries`
    measured 253/349 exact, precision 0.84)."""
    records = read_records(UNIT)
    coder = DictionaryCoder(load_coding_dictionaries("PETR.Validate"))
    factualities = ("asserted", "reported", "future")
    result = score(records, coder.code(records, "given", factualities), coder, factualities)
    print(result.report())
    # measured: 135/349 exact (precision 0.511), 182/343 at the country level (0.703); a
    # pattern is tried only on the verb its comment names (119 -> 134). A visit framed by
    # "during" is coded (042) as news annotators code it; fourteen records of one template
    # ("... during a brief private visit to Eriador") code only their verb: 139/280 (0.496),
    # country 192/274 (0.701)
    assert result.found >= 132 and result.precision >= 0.49
    assert result.country_found >= 178 and result.country_precision >= 0.69
    assert set(result.misses) <= set(CAUSES)


# ---- full CAMEO codes on kg's own relation instances


def test_kg_relation_instances_carry_full_cameo_codes(extractor):
    cases = [
        # (rows, relation, full code): "Biden phoned Macron." is a call (041), not 040
        (("Biden Biden PROPN 2 nsubj", "phoned phone VERB 0 root", "Macron Macron PROPN 2 obj",
          ". . PUNCT 2 punct"), "talks_with", "041"),
        # "Japan provided humanitarian aid to Turkey." (073, not aid's 070)
        (("Japan Japan PROPN 2 nsubj", "provided provide VERB 0 root",
          "humanitarian humanitarian ADJ 4 amod", "aid aid NOUN 2 obj", "to to ADP 6 case",
          "Turkey Turkey PROPN 2 obl", ". . PUNCT 2 punct"), "aids", "073"),
        # "Germany expelled Russian diplomats." (161 under reduces_relations_with's 160)
        (("Germany Germany PROPN 2 nsubj", "expelled expel VERB 0 root",
          "Russian Russian ADJ 4 amod", "diplomats diplomat NOUN 2 obj", ". . PUNCT 2 punct"),
         "reduces_relations_with", "161"),
    ]  # fmt: skip
    for rows, relation, code in cases:
        triples, _ = extractor.extract(to_document(conllu(*rows)), "en", DAY)
        assert [(t.relation, t.cameo) for t in triples] == [(relation, code)]
    # Indonesian gets its finer codes through its lexicon (the verb dictionary is English):
    # "Jepang menelepon Prancis." is a call (talks_with:041 in ontologies/lexicon/id.tsv)
    triples, _ = extractor.extract(
        to_document(
            conllu(
                "Jepang Jepang PROPN 2 nsubj", "menelepon telepon VERB 0 root",
                "Prancis Prancis PROPN 2 obj", ". . PUNCT 2 punct",
            )
        ),
        "id",
        DAY,
    )  # fmt: skip
    assert [(t.relation, t.cameo) for t in triples] == [("talks_with", "041")]
    # ... "mengkritik" states no finer code than criticizes' own
    triples, _ = extractor.extract(
        to_document(
            conllu(
                "Jepang Jepang PROPN 2 nsubj", "mengkritik kritik VERB 0 root",
                "Prancis Prancis PROPN 2 obj", ". . PUNCT 2 punct",
            )
        ),
        "id",
        DAY,
    )  # fmt: skip
    assert [(t.relation, t.cameo) for t in triples] == [("criticizes", "111")]


def test_agents_are_actors_of_their_own_in_the_store(extractor, tmp_path):
    """ "Kenyan police arrested Ugandan journalists.": the relation stays Kenya → Uganda (the
    state-level analyses), the mention names both agents, each an ir:Agent linked to its state;
    the CAMEO export codes KENCOP → UGAMED; the store validates against the shapes."""
    import rdflib

    from kg.export import export
    from kg.records import Article
    from kg.store import Store
    from kg.store.validate import validate_store

    rows = (
        "Kenyan Kenyan ADJ 2 amod", "police police NOUN 3 nsubj", "arrested arrest VERB 0 root",
        "Ugandan Ugandan ADJ 5 amod", "journalists journalist NOUN 3 obj", ". . PUNCT 3 punct",
    )  # fmt: skip
    triples, _ = extractor.extract(to_document(conllu(*rows)), "en", DAY)
    assert [(t.subject, t.subject_agent, t.object, t.object_agent, t.cameo) for t in triples] == [
        ("kenya", "COP", "uganda", "MED", "173")
    ]
    article = Article(
        text="Kenyan police arrested Ugandan journalists.", title="t", url="https://example.org/k",
        date=DAY, lang="en", source="k.txt",
    )  # fmt: skip
    with Store.open(tmp_path / "store") as st:
        st.add_article(article, triples, extractor.index)
        import io

        buf = io.BytesIO()
        export(st, "nt", buf)
        g = rdflib.Graph().parse(data=buf.getvalue(), format="nt")
        ir, act = (
            rdflib.Namespace("https://w3id.org/kg/ir#"),
            rdflib.Namespace("https://w3id.org/kg/actor/"),
        )
        assert (act.kenya__cop, ir.agentOf, act.kenya) in g
        assert (act.kenya__cop, rdflib.RDF.type, ir.Agent) in g
        assert str(g.value(act.uganda__med, rdflib.RDFS.label)) == "Uganda media"
        mention = next(g.subjects(ir.subjectAgent, act.kenya__cop))
        assert (mention, ir.subject, act.kenya) in g and (act.kenya, ir.coerces, act.uganda) in g
        buf = io.BytesIO()
        export(st, "cameo", buf)
        lines = buf.getvalue().decode().splitlines()
        header = lines[0].split("\t")
        row = dict(zip(header, lines[1].split("\t")))
        assert (row["SourceActorFull"], row["TargetActorFull"], row["EventCode"]) == (
            "KENCOP", "UGAMED", "173"
        )  # fmt: skip
        assert (row["SourceActorRole"], row["TargetActorRole"]) == ("COP", "MED")
        assert validate_store(st) == []


def test_the_dateline_places_the_story_but_acts_in_none_of_it(d):
    # "NORLAND - Rebels attacked police in 2022.": the rebels and the police are Norland's;
    # the dateline is no actor, and the story's own year is no history (a discarded year)
    phoenix_years = load_coding_dictionaries([d.names[0]])  # the same folder
    phoenix_years.discards.add(["2022"], "a year")
    rows = (
        "NORLAND Norland PROPN 4 nsubj", "- - PUNCT 1 punct", "Rebels rebel NOUN 4 nsubj",
        "attacked attack VERB 0 root", "police police NOUN 4 obj", "in in ADP 7 case",
        "2022 2022 NUM 4 obl", ". . PUNCT 4 punct",
    )  # fmt: skip
    assert coded(phoenix_years, *rows) == {("NORREB", "NORCOP", "190", "asserted")}
    assert not coded(phoenix_years, *rows, date=dt.date(2030, 1, 1))  # 2022 is history in 2030


def test_a_dateline_the_sentence_does_not_name_gives_no_state_where_it_names_others(d):
    # "OSTIA - Rebels criticized Veltria .": the story is filed from Ostia, about Veltria; the
    # rebels are not Ostia's (a bureau abroad: "SAN JUAN, Puerto Rico - ... a gang near
    # Haiti's capital")
    rows = [
        "OSTIA Ostia PROPN 4 nsubj", "- - PUNCT 1 punct", "Rebels rebel NOUN 4 nsubj",
        "criticized criticize VERB 0 root", "Veltria Veltria PROPN 4 obj", ". . PUNCT 4 punct",
    ]  # fmt: skip
    assert {s for s, _t, _c, _f in coded(d, *rows)} == {"---REB"}
    # filed from Veltria itself, they are Veltria's
    rows[0] = "VELTRIA Veltria PROPN 4 nsubj"
    assert {s for s, _t, _c, _f in coded(d, *rows)} == {"VLTREB"}


def test_a_people_in_the_plural_is_its_state(d):
    # "Veltria condemned the Norlands." (a plural of the dictionary's NORLAND)
    assert coded(
        d, "Veltria Veltria PROPN 2 nsubj", "condemned condemn VERB 0 root", "the the DET 4 det",
        "Norlands Norland PROPN 2 obj", ". . PUNCT 2 punct",
    ) == {("VLT", "NOR", "111", "asserted")}  # fmt: skip


@pytest.mark.slow
def test_petrarch_unit_records_through_stanza_with_the_dictionary_coder(models_dir):
    """The same records from their text, through kg's Stanza parse (small offline models)."""
    from kg.parse.stanza import Parser

    records = read_records(UNIT)
    coder = DictionaryCoder(
        load_coding_dictionaries("PETR.Validate"), Parser(models_dir=models_dir, datelines=True)
    )
    factualities = ("asserted", "reported", "future")
    result = score(records, coder.code(records, "stanza", factualities), coder, factualities)
    print(result.report())
    # measured with the small offline models: 121/349 exact (precision 0.494), 158/343 at the
    # country level (0.650); a parse may differ by a word between machines
    assert result.found >= 114 and result.precision >= 0.47
    assert result.country_found >= 150 and result.country_precision >= 0.63


EXAMPLES = Path(__file__).parent.parent / "examples"
#: the CAMEO sets of examples/ (each README says how it was made and used): sentences,
#: codings, sentences with none, the prefixes of their ids
CAMEO_SETS = {
    "cameo-dev": (90, 118, 10, {"CDEV"}),
    "cameo-dev2": (140, 193, 18, {"CTES", "CD3C", "CD3D"}),
    "cameo-dev3": (80, 130, 10, {"CD4E", "CD4F"}),
    "cameo-dev4": (80, 111, 10, {"CD5G", "CD5H"}),
    "cameo-dev5": (80, 112, 10, {"CD6I", "CD6J"}),
    "cameo-dev6": (80, 108, 10, {"CD7K", "CD7L"}),
    "cameo-dev7": (80, 100, 10, {"CD8M", "CD8N"}),
    "cameo-dev8": (80, 107, 10, {"CD9O", "CD9P"}),
    "cameo-dev10": (160, 219, 20, {"CDBS", "CDBT", "CDBU", "CDBV"}),
    "cameo-dev11": (160, 227, 20, {"CDCW", "CDCX", "CDCY", "CDCZ"}),
    "cameo-dev12": (160, 229, 20, {"CDDA", "CDDB", "CDDC", "CDDD"}),
    "cameo-dev13": (160, 229, 20, {"CDEA", "CDEB", "CDEC", "CDED"}),
    "cameo-dev14": (160, 230, 20, {"CDFA", "CDFB", "CDFC", "CDFD"}),
    "cameo-dev15": (160, 221, 20, {"CDGA", "CDGB", "CDGC", "CDGD"}),
    "cameo-dev16": (159, 207, 20, {"CDHA", "CDHB", "CDHC", "CDHD"}),
    "cameo-dev17": (158, 220, 20, {"CDIA", "CDIB", "CDIC", "CDID"}),
    "cameo-dev18": (160, 218, 20, {"CDJA", "CDJB", "CDJC", "CDJD"}),
    "cameo-dev19": (156, 220, 20, {"CDKA", "CDKB", "CDKC", "CDKD"}),
    "cameo-dev20": (156, 217, 20, {"CDLA", "CDLB", "CDLC", "CDLD"}),
    "cameo-dev21": (153, 203, 18, {"CDMA", "CDMB", "CDMC", "CDMD"}),
    "cameo-dev22": (150, 189, 20, {"CDNA", "CDNB", "CDNC", "CDND"}),
    "cameo-dev23": (151, 203, 20, {"CDOA", "CDOB", "CDOC", "CDOD"}),
    "cameo-dev24": (149, 221, 20, {"CDPA", "CDPB", "CDPC", "CDPD"}),
    "cameo-dev25": (146, 188, 19, {"CDQA", "CDQB", "CDQC", "CDQD"}),
    "cameo-dev26": (144, 208, 17, {"CDRA", "CDRB", "CDRC", "CDRD"}),
    "cameo-dev27": (139, 198, 20, {"CDSA", "CDSB", "CDSC", "CDSD"}),
    "cameo-dev28": (148, 227, 18, {"CDTA", "CDTB", "CDTC", "CDTD"}),
    "cameo-dev29": (141, 212, 17, {"CDUA", "CDUB", "CDUC", "CDUD"}),
    "cameo-dev30": (146, 226, 19, {"CDVA", "CDVB", "CDVC", "CDVD"}),
    "cameo-dev31": (147, 209, 19, {"CDWA", "CDWB", "CDWC", "CDWD"}),
    "cameo-dev32": (130, 191, 17, {"CDXA", "CDXB", "CDXC", "CDXD"}),
    "cameo-dev33": (139, 187, 19, {"CDYA", "CDYB", "CDYC", "CDYD"}),
    "cameo-dev34": (147, 210, 20, {"CDZA", "CDZB", "CDZC", "CDZD"}),
    "cameo-dev35": (150, 216, 19, {"CEAA", "CEAB", "CEAC", "CEAD"}),
    "cameo-dev36": (148, 201, 19, {"CEBA", "CEBB", "CEBC", "CEBD"}),
    "cameo-dev37": (143, 213, 16, {"CECA", "CECB", "CECC", "CECD"}),
    "cameo-dev38": (148, 217, 18, {"CEDA", "CEDB", "CEDC", "CEDD"}),
    "cameo-dev39": (142, 215, 18, {"CEEA", "CEEB", "CEEC", "CEED"}),
    "cameo-dev40": (145, 226, 17, {"CEFA", "CEFB", "CEFC", "CEFD"}),
}


@pytest.mark.parametrize("name", list(CAMEO_SETS))
def test_the_cameo_sets_read_and_share_no_page(name):
    """examples/cameo-dev*: real news sentences coded in CAMEO by annotators who did not see
    kg's output; no page is in two sets."""
    sentences, codings, empty, prefixes = CAMEO_SETS[name]
    records = read_records(EXAMPLES / name / "sentences.xml")
    assert len(records) == sentences and len({r.id for r in records}) == sentences
    assert {r.id[:4] for r in records} == prefixes
    assert all(r.date and r.text and r.source.startswith("http") for r in records)
    assert sum(len(r.expected) for r in records) == codings
    assert sum(not r.expected for r in records) == empty  # sentences with no event
    others = [n for n in CAMEO_SETS if n != name]
    pages = {r.source for n in others for r in read_records(EXAMPLES / n / "sentences.xml")}
    assert not pages & {r.source for r in records}


@pytest.mark.slow
@pytest.mark.parametrize(
    "name, recall, precision",
    [
        # measured with the small offline models, with announced events ((country, country,
        # root) recall / precision): cameo-dev 0.817 / 0.890; cameo-dev2 0.784 / 0.896;
        # cameo-dev3 0.702 / 0.879; cameo-dev4 0.792 / 0.909; cameo-dev5 0.776 / 0.883;
        # cameo-dev6 0.818 / 0.900; cameo-dev7 0.761 / 0.864; cameo-dev8 0.758 / 0.915;
        # cameo-dev10 0.745 / 0.896; cameo-dev11 0.775 / 0.893; cameo-dev13 0.730 / 0.846;
        # cameo-dev16 0.777 / 0.843; cameo-dev17 0.670 / 0.816; cameo-dev19 0.647 / 0.823;
        # cameo-dev26 0.663 / 0.785; cameo-dev28 0.548 / 0.797; cameo-dev29 0.535 / 0.800;
        # cameo-dev30 0.590 / 0.812; cameo-dev31 0.580 / 0.800; cameo-dev32 0.560 / 0.766;
        # cameo-dev33 0.480 / 0.730, cameo-dev34 0.577 / 0.836, cameo-dev35 0.485 / 0.760,
        # cameo-dev36 0.492 / 0.679, cameo-dev37 0.383 / 0.649, cameo-dev38 0.413 / 0.703
        # (read); cameo-dev39 0.393 / 0.658, cameo-dev40 0.486 / 0.780 (not yet read);
        # cameo-dev12 0.610 / 0.774, cameo-dev14 0.664 / 0.769, cameo-dev15 0.660 / 0.840,
        # cameo-dev18 0.579 / 0.755, cameo-dev20 0.617 / 0.785, cameo-dev21 0.580 / 0.800,
        # cameo-dev22 0.547 / 0.772, cameo-dev23 0.613 / 0.780, cameo-dev24 0.626 / 0.782,
        # cameo-dev25 0.564 / 0.727 and cameo-dev27 0.503 / 0.705 (never read; see their
        # READMEs for their fresh figures).
        # Issue #19 asks 0.60 / 0.75 on held-out news. A parse may differ by a word
        # between machines: floors a little lower.
        ("cameo-dev", 0.76, 0.82),
        ("cameo-dev2", 0.72, 0.85),
        ("cameo-dev3", 0.65, 0.86),
        ("cameo-dev4", 0.69, 0.86),
        ("cameo-dev5", 0.70, 0.87),
        ("cameo-dev6", 0.72, 0.86),
        ("cameo-dev7", 0.68, 0.82),
        ("cameo-dev8", 0.64, 0.82),
        ("cameo-dev10", 0.66, 0.83),
        ("cameo-dev11", 0.65, 0.81),
        ("cameo-dev12", 0.51, 0.73),
        ("cameo-dev13", 0.63, 0.78),
        ("cameo-dev14", 0.58, 0.72),
        ("cameo-dev15", 0.58, 0.73),
        ("cameo-dev16", 0.69, 0.78),
        ("cameo-dev17", 0.60, 0.78),
        ("cameo-dev18", 0.51, 0.70),
        ("cameo-dev19", 0.54, 0.70),
        ("cameo-dev20", 0.55, 0.73),
        ("cameo-dev21", 0.53, 0.73),
        ("cameo-dev22", 0.50, 0.67),
        ("cameo-dev23", 0.50, 0.68),
        ("cameo-dev24", 0.54, 0.71),
        ("cameo-dev25", 0.47, 0.63),
        ("cameo-dev26", 0.59, 0.69),
        ("cameo-dev27", 0.46, 0.66),
        ("cameo-dev28", 0.45, 0.70),
        ("cameo-dev29", 0.45, 0.71),
        ("cameo-dev30", 0.50, 0.70),
        ("cameo-dev31", 0.51, 0.74),
        ("cameo-dev32", 0.50, 0.69),
        ("cameo-dev33", 0.41, 0.67),
        ("cameo-dev34", 0.47, 0.70),
        ("cameo-dev35", 0.42, 0.63),
        ("cameo-dev36", 0.41, 0.56),
        ("cameo-dev37", 0.33, 0.57),
        ("cameo-dev38", 0.37, 0.62),
        ("cameo-dev39", 0.35, 0.60),
        ("cameo-dev40", 0.44, 0.71),
    ],
)
def test_the_cameo_sets_through_stanza(phoenix, dateline_parser, name, recall, precision):
    """The dictionary coder on real reporting, from the raw text: floors at what was
    measured."""
    records = read_records(EXAMPLES / name / "sentences.xml")
    coder = DictionaryCoder(phoenix, dateline_parser)
    factualities = ("asserted", "reported", "future")
    result = score(records, coder.code(records, "stanza", factualities), coder, factualities)
    print(result.report())
    assert result.country_recall >= recall and result.country_precision >= precision


def test_the_probe_set_reads():
    """examples/cameo-probe: 800 invented sentences written to probe the coder's grammar,
    coded by annotators who did not see kg's output; none shares a sentence with the news
    sets."""
    records = read_records(EXAMPLES / "cameo-probe" / "sentences.xml")
    assert len(records) == 800 and len({r.id for r in records}) == 800
    assert {r.id[:3] for r in records} == {f"PR{p}" for p in "ABCDEFGH"}
    assert all(r.date and r.text and r.source == "invented" for r in records)
    assert sum(len(r.expected) for r in records) == 1518
    assert sum(not r.expected for r in records) == 120
    news = {r.text for n in CAMEO_SETS for r in read_records(EXAMPLES / n / "sentences.xml")}
    assert not news & {r.text for r in records}


@pytest.mark.slow
def test_the_probe_set_through_stanza(phoenix, dateline_parser):
    """The dictionary coder on the invented sentences of examples/cameo-probe, from the raw
    text: measured 0.602 / 0.773 ((country, country, root) recall / precision, small offline
    models); floors a little lower."""
    records = read_records(EXAMPLES / "cameo-probe" / "sentences.xml")
    coder = DictionaryCoder(phoenix, dateline_parser)
    factualities = ("asserted", "reported", "future")
    result = score(records, coder.code(records, "stanza", factualities), coder, factualities)
    assert result.country_recall >= 0.50 and result.country_precision >= 0.71


def test_two_forces_of_one_state_that_clash_are_two_sides(phoenix):
    # "Syrian troops and Kurdish forces clashed .": both are Syria's forces (SYRMIL), two
    # sides of one clash; coded between them, as the annotators code Syria with Syria
    rows = [
        "Syrian Syrian ADJ 2 amod", "troops troop NOUN 6 nsubj", "and and CCONJ 5 cc",
        "Kurdish Kurdish ADJ 5 amod", "forces force NOUN 2 conj", "clashed clash VERB 0 root",
        ". . PUNCT 6 punct",
    ]  # fmt: skip
    assert ("SYRMIL", "SYRMIL", "190", "asserted") in coded(phoenix, *rows)
    # "Syrian troops attacked Kurdish forces .": one way, by the tree, is no such pair
    rows[1:5] = [
        "troops troop NOUN 3 nsubj", "attacked attack VERB 0 root", "Kurdish Kurdish ADJ 5 amod",
        "forces force NOUN 3 obj",
    ]  # fmt: skip
    rows[5:] = [". . PUNCT 3 punct"]
    assert not coded(phoenix, *rows)


def test_two_sides_that_fought_a_battle_fought_each_other(phoenix):
    # "Nigerian troops and Boko Haram fought a fierce battle .": a battle is no object
    # attacked, as "attacked the rebel base" is
    assert {e[:3] for e in coded(
        phoenix, "Nigerian Nigerian ADJ 2 amod", "troops troop NOUN 6 nsubj",
        "and and CCONJ 5 cc", "Boko Boko PROPN 5 compound", "Haram Haram PROPN 6 nsubj",
        "fought fight VERB 0 root", "a a DET 9 det", "fierce fierce ADJ 9 amod",
        "battle battle NOUN 6 obj", ". . PUNCT 6 punct",
    )} >= {("NGAMIL", "NGAREB", "190"), ("NGAREB", "NGAMIL", "190")}  # fmt: skip


def test_armed_groups_of_todays_news_are_their_states_rebels(phoenix):
    """kg's own armed groups are coded as Phoenix codes a state's rebels: the Houthis are
    Yemen's (YEMREB, not an invented international code), the Rapid Support Forces Sudan's."""
    # "The Rapid Support Forces attacked Sudan's army."
    assert coded(
        phoenix, "The the DET 4 det", "Rapid Rapid PROPN 4 compound",
        "Support Support PROPN 4 compound", "Forces Forces PROPN 5 nsubj",
        "attacked attack VERB 0 root", "Sudan Sudan PROPN 8 nmod:poss", "'s 's PART 6 case",
        "army army NOUN 5 obj", ". . PUNCT 5 punct",
    ) == {("SDNREB", "SDNMIL", "190", "asserted")}  # fmt: skip
    # "The United States attacked the Houthis."
    assert coded(
        phoenix, "The the DET 3 det", "United United PROPN 3 compound",
        "States States PROPN 4 nsubj", "attacked attack VERB 0 root", "the the DET 6 det",
        "Houthis Houthis PROPN 4 obj", ". . PUNCT 4 punct",
    ) == {("USA", "YEMREB", "190", "asserted")}  # fmt: skip
    # "Israel attacked Palestinian Islamic Jihad.": Gaza's group is Palestine's rebels, not
    # Phoenix's regional MEAREB
    assert coded(
        phoenix, "Israel Israel PROPN 2 nsubj", "attacked attack VERB 0 root",
        "Palestinian Palestinian ADJ 5 amod", "Islamic Islamic PROPN 5 compound",
        "Jihad Jihad PROPN 2 obj", ". . PUNCT 2 punct",
    ) == {("ISR", "PSEREB", "190", "asserted")}  # fmt: skip
    # "Abu Sayyaf kidnapped an Indian man.": the Philippines' rebels (kg.actors.txt, read first,
    # wins over Phoenix's regional code for the bare name)
    assert coded(
        phoenix, "Abu Abu PROPN 2 compound", "Sayyaf Sayyaf PROPN 3 nsubj",
        "kidnapped kidnap VERB 0 root", "an a DET 6 det", "Indian Indian ADJ 6 amod",
        "man man NOUN 3 obj", ". . PUNCT 3 punct",
    ) == {("PHLREB", "INDPPL", "181", "asserted")}  # fmt: skip
    # "The Allied Democratic Forces attacked Congo.": Uganda's rebels (kg.actors.txt; the
    # acronym ADF alone is left out)
    assert coded(
        phoenix, "The the DET 4 det", "Allied Allied PROPN 4 amod",
        "Democratic Democratic PROPN 4 amod", "Forces Forces PROPN 5 nsubj",
        "attacked attack VERB 0 root", "Congo Congo PROPN 5 obj", ". . PUNCT 5 punct",
    ) == {("UGAREB", "COD", "190", "asserted")}  # fmt: skip


def test_a_leader_hosted_made_a_visit(phoenix):
    # "France hosted Germany's chancellor .": hosting (043), and the guest's visit (042),
    # where "received" alone codes the host's 043 only
    rows = [
        "France France PROPN 2 nsubj", "hosted host VERB 0 root", "Germany Germany PROPN 5 nmod:poss",
        "'s 's PART 3 case", "chancellor chancellor NOUN 2 obj", ". . PUNCT 2 punct",
    ]  # fmt: skip
    assert {e[:3] for e in coded(phoenix, *rows)} == {
        ("FRA", "DEUGOV", "043"), ("DEUGOV", "FRA", "042"),
    }  # fmt: skip
    rows[1] = "received receive VERB 0 root"
    assert {e[:3] for e in coded(phoenix, *rows)} == {("FRA", "DEUGOV", "043")}


def test_a_visit_concluded_was_made(phoenix):
    # "India's minister concluded a visit to Nepal .": 042 and the host's 043, as CAMEO.2.0
    # codes a visit wrapped up; "Nepal" tagged a verb after "to", as small taggers tag it
    rows = [
        "India India PROPN 3 nmod:poss", "'s 's PART 1 case", "minister minister NOUN 4 nsubj",
        "concluded conclude VERB 0 root", "a a DET 6 det", "visit visit NOUN 4 obj",
        "to to PART 8 mark", "Nepal Nepal VERB 4 advcl", "on on ADP 10 case",
        "Friday Friday PROPN 8 obl", ". . PUNCT 4 punct",
    ]  # fmt: skip
    assert {e[:3] for e in coded(phoenix, *rows)} == {
        ("INDGOV", "NPL", "042"), ("NPL", "INDGOV", "043"),
    }  # fmt: skip


def test_an_envoy_received_is_a_guest_hosted(phoenix):
    # "The Peruvian president received a Chilean envoy.": Peru hosts (043), not the envoy
    # (CAMEO.2.0's RECEIVE * ENVOY [042:043] alone made the host the visitor)
    assert coded(
        phoenix, "The the DET 3 det", "Peruvian Peruvian ADJ 3 amod",
        "president president NOUN 4 nsubj", "received receive VERB 0 root", "a a DET 7 det",
        "Chilean Chilean ADJ 7 amod", "envoy envoy NOUN 4 obj", ". . PUNCT 4 punct",
        date=dt.date(2020, 1, 1),
    ) == {("PERGOV", "CHLGOV", "043", "asserted")}  # fmt: skip


def test_hit_with_sanctions_is_sanctioned_not_struck(phoenix):
    # "Nicaraguan officials were hit with travel bans by the European Union.": sanctions (163,
    # kg.verbs.txt HIT_WITH_SANCTIONS), not CAMEO.2.0's bare HIT, an attack (190)
    day = dt.date(2020, 1, 1)
    assert {e[2] for e in coded(
        phoenix, "Nicaraguan Nicaraguan PROPN 2 compound", "officials official NOUN 4 nsubj:pass",
        "were be AUX 4 aux:pass", "hit hit VERB 0 root", "with with ADP 7 case",
        "travel travel ADJ 7 amod", "bans ban NOUN 4 obl", "by by ADP 11 case",
        "the the DET 11 det", "European European ADJ 11 amod", "Union union NOUN 7 nmod",
        ". . PUNCT 4 punct", date=day,
    )} == {"163"}  # fmt: skip
    # "Israeli jets hit Gaza on Monday.": still an attack (from the air, 195)
    assert {e[2][:2] for e in coded(
        phoenix, "Israeli Israeli PROPN 2 compound", "jets jet NOUN 3 nsubj", "hit hit VERB 0 root",
        "Gaza Gaza PROPN 3 obj", "on on ADP 6 case", "Monday Monday PROPN 3 obl",
        ". . PUNCT 3 punct", date=day,
    )} == {"19"}  # fmt: skip


def test_calling_something_a_name_is_no_phone_call(phoenix):
    # "Bolivia vetoed the bill, calling it Peruvian in its essence.": CALL's bare code (041)
    # is no call where the object is a thing, or where an object and its name follow
    day = dt.date(2020, 1, 1)
    assert "041" not in {e[2] for e in coded(
        phoenix, "Bolivia Bolivia PROPN 2 nsubj", "vetoed veto VERB 0 root", "the the DET 4 det",
        "bill bill NOUN 2 obj", ", , PUNCT 6 punct", "calling call VERB 2 advcl",
        "it it PRON 6 obj", "Peruvian Peruvian PROPN 6 obj", "in in ADP 11 case",
        "its its PRON 11 nmod:poss", "essence essence NOUN 6 obl", ". . PUNCT 2 punct", date=day,
    )}  # fmt: skip
    # "Chile called Peru's soldiers occupiers."
    assert "041" not in {e[2] for e in coded(
        phoenix, "Chile Chile PROPN 2 nsubj", "called call VERB 0 root",
        "Peru Peru PROPN 5 nmod:poss", "'s 's PART 3 case", "soldiers soldier NOUN 2 obj",
        "occupiers occupier NOUN 2 obj", ". . PUNCT 2 punct", date=day,
    )}  # fmt: skip
    # "Chile called Peru on Monday.": a call, both ways
    assert {("CHL", "PER", "041"), ("PER", "CHL", "041")} <= {e[:3] for e in coded(
        phoenix, "Chile Chile PROPN 2 nsubj", "called call VERB 0 root", "Peru Peru PROPN 2 obj",
        "on on ADP 5 case", "Monday Monday PROPN 2 obl", ". . PUNCT 2 punct", date=day,
    )}  # fmt: skip


def test_a_name_a_tagger_made_a_verb_after_a_preposition_is_in_the_phrase(phoenix):
    # "Taiwan and Japan lashed out at Beijing and India criticized Russia .", "Beijing"
    # tagged a verb and hung as a clause: still whom Taiwan and Japan lashed out at
    assert {("TWN", "CHN", "111"), ("JPN", "CHN", "111")} <= {e[:3] for e in coded(
        phoenix, "Taiwan Taiwan PROPN 4 nsubj", "and and CCONJ 3 cc", "Japan Japan PROPN 1 conj",
        "lashed lash VERB 0 root", "out out ADP 4 compound:prt", "at at ADP 7 case",
        "Beijing Beijing VERB 4 advcl", "and and CCONJ 10 cc", "India India PROPN 10 nsubj",
        "criticized criticize VERB 4 conj", "Russia Russia PROPN 10 obj", ". . PUNCT 4 punct",
    )}  # fmt: skip


def test_a_leader_received_is_a_guest_hosted(phoenix):
    """A leader or minister received is hosted (043; kg.verbs.txt RECEIVE_GUESTS, whose 042 for
    the guest is written only where the sentence names a visit, as annotators code it); a
    letter received from one is not. "Lao" is Laos, and a bracketed
    abbreviation between a title and a name does not split them."""
    day = dt.date(2017, 5, 15)
    # "President Tran Dai Quang received Lao Prime Minister (PM) Thongloun Sisoulith.", as a
    # small parser broke it ("received" an adjective of "Minister"): read in word order
    assert coded(
        phoenix, "President President PROPN 0 root", "Tran Tran PROPN 1 flat",
        "Dai Dai PROPN 2 flat", "Quang Quang PROPN 2 flat", "received receive VERB 8 amod",
        "Lao Lao PROPN 7 compound", "Prime Prime PROPN 8 compound",
        "Minister Minister PROPN 1 list", "( ( PUNCT 10 punct", "PM PM PROPN 8 appos",
        ") ) PUNCT 10 punct", "Thongloun Thongloun PROPN 13 compound",
        "Sisoulith Sisoulith PROPN 8 appos", ". . PUNCT 1 punct", date=day,
    ) == {("VNMGOV", "LAOGOV", "043", "asserted")}  # fmt: skip
    # "Hanoi - President Tran Dai Quang received Prime Minister (PM) Thongloun Sisoulith.":
    # the title is the Lao Prime Minister's, not the dateline's state's
    assert ("VNMGOV", "LAOGOV", "043", "asserted") in coded(
        phoenix, "Hanoi Hanoi PROPN 3 dep", "- - PUNCT 1 punct",
        "President President PROPN 0 root", "Tran Tran PROPN 3 flat",
        "Dai Dai PROPN 4 flat", "Quang Quang PROPN 4 flat", "received receive VERB 9 amod",
        "Prime Prime PROPN 9 compound", "Minister Minister PROPN 3 list",
        "( ( PUNCT 11 punct", "PM PM PROPN 9 appos", ") ) PUNCT 11 punct",
        "Thongloun Thongloun PROPN 14 compound", "Sisoulith Sisoulith PROPN 9 appos",
        ". . PUNCT 3 punct", date=day,
    )  # fmt: skip
    # "Vietnam received a letter from the Lao President."
    assert not {
        e for e in coded(
            phoenix, "Vietnam Vietnam PROPN 2 nsubj", "received receive VERB 0 root",
            "a a DET 4 det", "letter letter NOUN 2 obj", "from from ADP 8 case",
            "the the DET 8 det", "Lao Lao ADJ 8 amod", "President President PROPN 4 nmod",
            ". . PUNCT 2 punct", date=day,
        ) if e[2][:3] in ("042", "043")
    }  # fmt: skip


def test_a_discard_in_a_clause_that_only_qualifies_the_act_discards_nothing(phoenix):
    """Phoenix discards a sentence with a year before its story's ("in 1990 X attacked Y" is
    history), but not for a year inside a clause that only qualifies the act."""
    day = dt.date(2016, 10, 22)
    # "Australia condemned Fiji after it seized power in 2006."
    assert coded(
        phoenix, "Australia Australia PROPN 2 nsubj", "condemned condemn VERB 0 root",
        "Fiji Fiji PROPN 2 obj", "after after SCONJ 6 mark", "it it PRON 6 nsubj",
        "seized seize VERB 2 advcl", "power power NOUN 6 obj", "in in ADP 9 case",
        "2006 2006 NUM 6 obl", ". . PUNCT 2 punct", date=day,
    ) == {("AUS", "FJI", "111", "asserted")}  # fmt: skip
    # "In 2006, Australia condemned Fiji.": history
    assert not coded(
        phoenix, "In in ADP 2 case", "2006 2006 NUM 5 obl", ", , PUNCT 2 punct",
        "Australia Australia PROPN 5 nsubj", "condemned condemn VERB 0 root",
        "Fiji Fiji PROPN 5 obj", ". . PUNCT 5 punct", date=day,
    )  # fmt: skip


def test_kg_verbs_code_denials_expulsions_and_rejections(phoenix):
    """kg.verbs.txt: claims or allegations denied are a denial (016), a diplomat declared
    persona non grata is expelled (161), and so are a state's officials; relations suspended
    are broken off (161); a ruling or an actor rejected is a rejection (120); sanctions agreed on are
    imposed (163); aid or relief dispatched is aid given (073); hostages or prisoners freed,
    handed over or swapped are released (0841); weapons supplied are military aid (072);
    going on strike is a strike (143)."""
    # "Armenia denied Azerbaijan's claims.": the denial, and the claims were Azerbaijan's
    # accusation (112), as annotators code four of the read sets' six such sentences
    assert coded(
        phoenix, "Armenia Armenia PROPN 2 nsubj", "denied deny VERB 0 root",
        "Azerbaijan Azerbaijan PROPN 5 nmod:poss", "'s 's PART 3 case",
        "claims claim NOUN 2 obj", ". . PUNCT 2 punct",
    ) == {("ARM", "AZE", "016", "asserted"), ("AZE", "ARM", "112", "asserted")}  # fmt: skip
    # "Peru declared Mexico's ambassador persona non grata."
    assert coded(
        phoenix, "Peru Peru PROPN 2 nsubj", "declared declare VERB 0 root",
        "Mexico Mexico PROPN 5 nmod:poss", "'s 's PART 3 case",
        "ambassador ambassador NOUN 2 obj", "persona persona NOUN 2 xcomp",
        "non non ADJ 8 amod", "grata grata NOUN 6 flat", ". . PUNCT 2 punct",
    ) == {("PER", "MEXGOV", "161", "asserted")}  # fmt: skip
    # "Venezuela rejected a ruling of the United Nations."
    assert coded(
        phoenix, "Venezuela Venezuela PROPN 2 nsubj", "rejected reject VERB 0 root",
        "a a DET 4 det", "ruling ruling NOUN 2 obj", "of of ADP 8 case", "the the DET 8 det",
        "United United PROPN 8 compound", "Nations Nations PROPN 4 nmod", ". . PUNCT 2 punct",
    ) == {("VEN", "IGOUNO", "120", "asserted")}  # fmt: skip
    # "India rejected China's move.": an actor rejected is a rejection (120) as well
    assert coded(
        phoenix, "India India PROPN 2 nsubj", "rejected reject VERB 0 root",
        "China China PROPN 2 obj", "renaming rename VERB 2 xcomp", "places place NOUN 4 obj",
        ". . PUNCT 2 punct",
    ) == {("IND", "CHN", "120", "asserted")}  # fmt: skip
    # "Canada expelled six Indian officials.": diplomats expelled (161), not deported
    assert coded(
        phoenix, "Canada Canada PROPN 2 nsubj", "expelled expel VERB 0 root",
        "six six NUM 5 nummod", "Indian Indian ADJ 5 amod", "officials official NOUN 2 obj",
        ". . PUNCT 2 punct",
    ) == {("CAN", "INDGOV", "161", "asserted")}  # fmt: skip
    # "Mexico suspended diplomatic relations with Ecuador."
    assert coded(
        phoenix, "Mexico Mexico PROPN 2 nsubj", "suspended suspend VERB 0 root",
        "diplomatic diplomatic ADJ 4 amod", "relations relation NOUN 2 obj",
        "with with ADP 6 case", "Ecuador Ecuador PROPN 4 nmod", ". . PUNCT 2 punct",
    ) == {("MEX", "ECU", "161", "asserted")}  # fmt: skip
    # "India dispatched relief to Nepal.": aid given (073)
    assert coded(
        phoenix, "India India PROPN 2 nsubj", "dispatched dispatch VERB 0 root",
        "relief relief NOUN 2 obj", "to to ADP 5 case", "Nepal Nepal PROPN 2 obl",
        ". . PUNCT 2 punct",
    ) == {("IND", "NPL", "073", "asserted")}  # fmt: skip
    # "Hamas freed two Israeli hostages.": persons released (0841)
    assert coded(
        phoenix, "Hamas Hamas PROPN 2 nsubj", "freed free VERB 0 root", "two two NUM 5 nummod",
        "Israeli Israeli ADJ 5 amod", "hostages hostage NOUN 2 obj", ". . PUNCT 2 punct",
    ) == {("PSEREBHMS", "ISR", "0841", "asserted")}  # fmt: skip
    # "Russia and Ukraine swapped prisoners.": a release both ways
    assert coded(
        phoenix, "Russia Russia PROPN 4 nsubj", "and and CCONJ 3 cc", "Ukraine Ukraine PROPN 1 conj",
        "swapped swap VERB 0 root", "prisoners prisoner NOUN 4 obj", ". . PUNCT 4 punct",
    ) == {("RUS", "UKR", "0841", "asserted"), ("UKR", "RUS", "0841", "asserted")}  # fmt: skip
    # "Germany supplied tanks to Ukraine.": military aid (072)
    assert coded(
        phoenix, "Germany Germany PROPN 2 nsubj", "supplied supply VERB 0 root",
        "tanks tank NOUN 2 obj", "to to ADP 5 case", "Ukraine Ukraine PROPN 2 obl",
        ". . PUNCT 2 punct",
    ) == {("DEU", "UKR", "072", "asserted")}  # fmt: skip
    # "Workers went on strike against the government.": a strike (143), no trip
    assert coded(
        phoenix, "Kenyan Kenyan ADJ 2 amod", "workers worker NOUN 3 nsubj", "went go VERB 0 root",
        "on on ADP 5 case", "strike strike NOUN 3 obl", "against against ADP 8 case",
        "the the DET 8 det", "government government NOUN 3 obl", ". . PUNCT 3 punct",
    ) == {("KENLAB", "KENGOV", "143", "asserted")}  # fmt: skip
    # "Russia agreed on new sanctions against Ukraine.": sanctions imposed (163)
    assert coded(
        phoenix, "Russia Russia PROPN 2 nsubj", "agreed agree VERB 0 root", "on on ADP 5 case",
        "new new ADJ 5 amod", "sanctions sanction NOUN 2 obl", "against against ADP 7 case",
        "Ukraine Ukraine PROPN 5 nmod", ". . PUNCT 2 punct",
    ) == {("RUS", "UKR", "163", "asserted")}  # fmt: skip


def test_opposition_figures_are_the_opposition(phoenix):
    """kg.agents.txt: opposition and pro-democracy figures are the opposition (OPP), however
    the tokenizer split "pro-democracy"; a state's security services are its intelligence."""
    # "Hong Kong police arrested 50 pro- democracy figures."
    assert coded(
        phoenix, "Hong Hong PROPN 3 compound", "Kong Kong PROPN 3 compound",
        "police police NOUN 4 nsubj", "arrested arrest VERB 0 root", "50 50 NUM 8 nummod",
        "pro- pro- ADJ 7 compound", "democracy democracy NOUN 8 compound",
        "figures figure NOUN 4 obj", ". . PUNCT 4 punct",
    ) == {("HKGCOP", "HKGOPP", "173", "asserted")}  # fmt: skip
    # "Tunisian police arrested an opposition figure."
    assert coded(
        phoenix, "Tunisian Tunisian ADJ 2 amod", "police police NOUN 3 nsubj",
        "arrested arrest VERB 0 root", "an a DET 6 det", "opposition opposition NOUN 6 compound",
        "figure figure NOUN 3 obj", ". . PUNCT 3 punct",
    ) == {("TUNCOP", "TUNOPP", "173", "asserted")}  # fmt: skip
    # "Ugandan police arrested an opposition presidential hopeful."
    assert coded(
        phoenix, "Ugandan Ugandan ADJ 2 amod", "police police NOUN 3 nsubj",
        "arrested arrest VERB 0 root", "an a DET 7 det", "opposition opposition NOUN 7 compound",
        "presidential presidential ADJ 7 amod", "hopeful hopeful NOUN 3 obj", ". . PUNCT 3 punct",
    ) == {("UGACOP", "UGAOPP", "173", "asserted")}  # fmt: skip


def test_the_leader_of_the_opposition_and_maoists(phoenix):
    """kg.agents.txt: "the leader of the opposition" is the opposition (Phoenix has only
    "opposition leader"); Maoists are rebels."""
    # "Zambian police arrested a leader of the opposition."
    assert coded(
        phoenix, "Zambian Zambian ADJ 2 amod", "police police NOUN 3 nsubj",
        "arrested arrest VERB 0 root", "a a DET 5 det", "leader leader NOUN 3 obj",
        "of of ADP 8 case", "the the DET 8 det", "opposition opposition NOUN 5 nmod",
        ". . PUNCT 3 punct",
    ) == {("ZMBCOP", "ZMBOPP", "173", "asserted")}  # fmt: skip
    # "Nepal's government signed a peace agreement with a Maoist group."
    assert ("NPLGOV", "NPLREB", "057", "asserted") in coded(
        phoenix, "Nepal Nepal PROPN 3 nmod:poss", "'s 's PART 1 case",
        "government government NOUN 4 nsubj", "signed sign VERB 0 root", "a a DET 7 det",
        "peace peace NOUN 7 compound", "agreement agreement NOUN 4 obj", "with with ADP 11 case",
        "a a DET 11 det", "Maoist Maoist ADJ 11 amod", "group group NOUN 7 nmod",
        ". . PUNCT 4 punct",
    )  # fmt: skip


def test_gendarmes_are_police_and_marchers_the_opposition(phoenix):
    """kg.agents.txt: gendarmes (Phoenix has only the gendarmerie) are police; marchers are
    protesters."""
    # "Spanish gendarmes detained marchers."
    assert coded(
        phoenix, "Spanish Spanish ADJ 2 amod", "gendarmes gendarme NOUN 3 nsubj",
        "detained detain VERB 0 root", "marchers marcher NOUN 3 obj", ". . PUNCT 3 punct",
    ) == {("ESPCOP", "ESPOPP", "173", "asserted")}  # fmt: skip


def test_emirs_and_sultans_are_their_states_government(phoenix):
    """kg.agents.txt: an emir or a sultan is the government (Phoenix has neither word)."""
    for title in ("emir", "sultan"):
        # "Qatar's emir condemned Iran."
        assert coded(
            phoenix, "Qatar Qatar PROPN 3 nmod:poss", "'s 's PART 1 case",
            f"{title} {title} NOUN 4 nsubj", "condemned condemn VERB 0 root",
            "Iran Iran PROPN 4 obj", ". . PUNCT 4 punct",
        ) == {("QATGOV", "IRN", "111", "asserted")}  # fmt: skip


def test_a_suicide_bomber_is_unidentified_unless_a_group_is_named(phoenix):
    """kg.agents.txt: a suicide bomber is unidentified (---UAF) wherever the attack was, as
    annotators code one (Phoenix: the place's rebels); one "from" a named group is the group's."""
    rows = ["A a DET 3 det", "suicide suicide NOUN 3 compound", "bomber bomber NOUN 4 nsubj",
            "attacked attack VERB 0 root", "Somali Somali ADJ 6 amod", "soldiers soldier NOUN 4 obj",
            ". . PUNCT 4 punct"]  # fmt: skip
    assert {s for s, _t, _c, _f in coded(phoenix, *rows)} == {"---UAF"}
    # "A suicide bomber from al-Shabaab attacked Somali soldiers."
    assert {s[:6] for s, _t, _c, _f in coded(
        phoenix, "A a DET 3 det", "suicide suicide NOUN 3 compound", "bomber bomber NOUN 6 nsubj",
        "from from ADP 5 case", "al-Shabaab al-Shabaab PROPN 3 nmod", "attacked attack VERB 0 root",
        "Somali Somali ADJ 8 amod", "soldiers soldier NOUN 6 obj", ". . PUNCT 6 punct",
    )} == {"SOMREB"}  # fmt: skip
    # the same, "from al-Shabaab" hung on the verb: the words still say whose bomber
    assert {s[:6] for s, _t, _c, _f in coded(
        phoenix, "A a DET 3 det", "suicide suicide NOUN 3 compound", "bomber bomber NOUN 6 nsubj",
        "from from ADP 5 case", "al-Shabaab al-Shabaab PROPN 6 obl", "attacked attack VERB 0 root",
        "Somali Somali ADJ 8 amod", "soldiers soldier NOUN 6 obj", ". . PUNCT 6 punct",
    )} == {"SOMREB"}  # fmt: skip


def test_diplomats_expelled_in_retaliation_for_an_expulsion(phoenix):
    """An expulsion answered "in retaliation for" an expulsion: the other side expelled
    first, with the same code the other way."""
    # "Russia expelled Polish diplomats in retaliation for Poland's expulsion of Russian
    # diplomats."
    got = coded(
        phoenix, "Russia Russia PROPN 2 nsubj", "expelled expel VERB 0 root",
        "Polish Polish ADJ 4 amod", "diplomats diplomat NOUN 2 obj", "in in ADP 6 case",
        "retaliation retaliation NOUN 2 obl", "for for ADP 10 case", "Poland Poland PROPN 10 nmod:poss",
        "'s 's PART 8 case", "expulsion expulsion NOUN 6 nmod", "of of ADP 13 case",
        "Russian Russian ADJ 13 amod", "diplomats diplomat NOUN 10 nmod", ". . PUNCT 2 punct",
    )  # fmt: skip
    pairs = {(s[:3], t[:3], c) for s, t, c, _f in got}
    assert {("RUS", "POL", "161"), ("POL", "RUS", "161")} <= pairs
    # "Russia expelled Polish diplomats in retaliation for Poland's sanctions.": no expulsion
    # answered
    got = coded(
        phoenix, "Russia Russia PROPN 2 nsubj", "expelled expel VERB 0 root",
        "Polish Polish ADJ 4 amod", "diplomats diplomat NOUN 2 obj", "in in ADP 6 case",
        "retaliation retaliation NOUN 2 obl", "for for ADP 10 case", "Poland Poland PROPN 10 nmod:poss",
        "'s 's PART 8 case", "sanctions sanction NOUN 6 nmod", ". . PUNCT 2 punct",
    )  # fmt: skip
    assert ("POL", "RUS") not in {(s[:3], t[:3]) for s, t, _c, _f in got}


def test_a_fight_in_firefights_was_fought_both_ways(phoenix):
    """A fight coded one way in a sentence that says fire was exchanged or returned was
    fought both ways."""
    # "Indian troops attacked Pakistani posts in firefights .": Pakistan fought back
    rows = [
        "Indian Indian ADJ 2 amod", "troops troop NOUN 3 nsubj", "attacked attack VERB 0 root",
        "Pakistani Pakistani ADJ 5 amod", "posts post NOUN 3 obj", "in in ADP 7 case",
        "firefights firefight NOUN 3 obl", ". . PUNCT 3 punct",
    ]  # fmt: skip
    pairs = {(s[:3], t[:3], c[:2]) for s, t, c, _f in coded(phoenix, *rows)}
    assert {("IND", "PAK", "19"), ("PAK", "IND", "19")} <= pairs
    # "... in retaliation .": an answer to an act the sentence does not code; one way
    rows[6] = "retaliation retaliation NOUN 3 obl"
    pairs = {(s[:3], t[:3], c[:2]) for s, t, c, _f in coded(phoenix, *rows)}
    assert ("IND", "PAK", "19") in pairs and ("PAK", "IND", "19") not in pairs


def test_someone_spoken_to_is_consulted_and_the_press_is_not(phoenix):
    """kg.verbs.txt SPEAK_TO: someone spoken to or with is consulted (040, both ways); the
    press spoken to only hears a story."""
    # "Morocco's foreign minister spoke to his Israeli counterpart."
    rows = [
        "Morocco Morocco PROPN 4 nmod:poss", "'s 's PART 1 case", "foreign foreign ADJ 4 amod",
        "minister minister NOUN 5 nsubj", "spoke speak VERB 0 root", "to to ADP 9 case",
        "his his PRON 9 nmod:poss", "Israeli Israeli ADJ 9 amod",
        "counterpart counterpart NOUN 5 obl", ". . PUNCT 5 punct",
    ]  # fmt: skip
    got = {(s[:3], t[:3], c) for s, t, c, _f in coded(phoenix, *rows)}
    assert {("MAR", "ISR", "040"), ("ISR", "MAR", "040")} <= got
    # "Morocco's foreign minister spoke to reporters.": no event
    rows[6:9] = ["reporters reporter NOUN 5 obl"]
    rows[5] = "to to ADP 7 case"
    rows[-1] = ". . PUNCT 5 punct"
    assert coded(phoenix, *rows) == set()


def test_people_deported_with_no_state_are_the_states_they_are_deported_to(phoenix):
    # "Thailand deported 40 Uyghur men to China.", the "to" phrase hung on "men"
    assert coded(
        phoenix, "Thailand Thailand PROPN 2 nsubj", "deported deport VERB 0 root",
        "40 40 NUM 5 nummod", "Uyghur Uyghur PROPN 5 compound", "men man NOUN 2 obj",
        "to to ADP 7 case", "China China PROPN 5 nmod", ". . PUNCT 2 punct",
    ) == {("THA", "CHN", "174", "asserted")}  # fmt: skip
    # "Israel deported migrants to South Sudan.", the "to" phrase hung on the verb
    assert coded(
        phoenix, "Israel Israel PROPN 2 nsubj", "deported deport VERB 0 root",
        "migrants migrant NOUN 2 obj", "to to ADP 6 case", "South South PROPN 6 compound",
        "Sudan Sudan PROPN 2 obl", ". . PUNCT 2 punct",
    ) == {("ISR", "SSD", "174", "asserted")}  # fmt: skip
    # "Nicaragua expelled 19 clergymen to the Vatican.": a calling named, its own clergy
    assert coded(
        phoenix, "Nicaragua Nicaragua PROPN 2 nsubj", "expelled expel VERB 0 root",
        "19 19 NUM 4 nummod", "clergymen clergyman NOUN 2 obj", "to to ADP 7 case",
        "the the DET 7 det", "Vatican Vatican PROPN 4 nmod", ". . PUNCT 2 punct",
    ) == {("NIC", "NICREL", "174", "asserted")}  # fmt: skip


def test_an_emergency_declared_and_a_commitment_reaffirmed(phoenix):
    """kg.verbs.txt: a state of emergency declared is restrictions imposed (1724), a
    commitment reaffirmed an intent to cooperate (030), not CAMEO.2.0's 012 and 050."""
    # "Peru's government declared a state of emergency against protesters."
    got = coded(
        phoenix, "Peru Peru PROPN 3 nmod:poss", "'s 's PART 1 case",
        "government government NOUN 4 nsubj", "declared declare VERB 0 root", "a a DET 6 det",
        "state state NOUN 4 obj", "of of ADP 8 case", "emergency emergency NOUN 6 nmod",
        "against against ADP 10 case", "protesters protester NOUN 4 obl", ". . PUNCT 4 punct",
    )  # fmt: skip
    assert {c for *_, c, _f in got} == {"1724"}
    # "Ghana reaffirmed its commitment to Burkina Faso."
    got = coded(
        phoenix, "Ghana Ghana PROPN 2 nsubj", "reaffirmed reaffirm VERB 0 root",
        "its its PRON 4 nmod:poss", "commitment commitment NOUN 2 obj", "to to ADP 7 case",
        "Burkina Burkina PROPN 7 compound", "Faso Faso PROPN 4 nmod", ". . PUNCT 2 punct",
    )  # fmt: skip
    assert got == {("GHA", "BFA", "030", "asserted")}


def test_a_vague_bare_code_is_no_event_with_the_phoenix_set(phoenix, tmp_path):
    """A verb's bare code (no pattern matched) that names only cooperation, disapproval or
    rejection in general is too vague for the shipped Phoenix set; a user's own
    dictionaries keep PETRARCH's reading."""
    # "Japan allied with China.": ALLY's bare 050, no pattern
    rows = [
        "Japan Japan PROPN 2 nsubj", "allied ally VERB 0 root", "with with ADP 4 case",
        "China China PROPN 2 obl", ". . PUNCT 2 punct",
    ]  # fmt: skip
    assert coded(phoenix, *rows) == set()
    own = load_own(tmp_path, actors="JAPAN_ [JPN]\nCHINA_ [CHN]\n",
                   verbs="--- ALLY [050] ---\nALLY {ALLIED ALLYING ALLIES}\n")  # fmt: skip
    assert coded(own, *rows) == {("JPN", "CHN", "050", "asserted")}
    # "Japan, opposed China.", the subject hung loose: the words read in order give OPPOSE's
    # bare 110, no event either
    assert coded(
        phoenix, "Japan Japan PROPN 3 dep", ", , PUNCT 1 punct", "opposed oppose VERB 0 root",
        "China China PROPN 3 obj", ". . PUNCT 3 punct",
    ) == set()  # fmt: skip
    # "Japan rejected China.": a pattern matched (REJECT * +), still coded
    assert coded(
        phoenix, "Japan Japan PROPN 2 nsubj", "rejected reject VERB 0 root",
        "China China PROPN 2 obj", ". . PUNCT 2 punct",
    ) == {("JPN", "CHN", "120", "asserted")}  # fmt: skip


def test_each_side_accusing_the_other_is_blame_traded(phoenix):
    """The two sides of a fight in a sentence where each blames the other accused each
    other (112, both ways)."""
    # "Thai troops attacked Cambodian posts , with each side accusing the other ."
    rows = [
        "Thai Thai ADJ 2 amod", "troops troop NOUN 3 nsubj", "attacked attack VERB 0 root",
        "Cambodian Cambodian ADJ 5 amod", "posts post NOUN 3 obj", ", , PUNCT 10 punct",
        "with with SCONJ 10 mark", "each each DET 9 det", "side side NOUN 10 nsubj",
        "accusing accuse VERB 3 advcl", "the the DET 12 det", "other other ADJ 10 obj",
        ". . PUNCT 3 punct",
    ]  # fmt: skip
    pairs = {(s[:3], t[:3], c) for s, t, c, _f in coded(phoenix, *rows)}
    assert {("THA", "KHM", "112"), ("KHM", "THA", "112")} <= pairs
    # "..., with each side praising the other .": no blame
    rows[9] = "praising praise VERB 3 advcl"
    assert not any(c.startswith("11") for *_, c, _f in coded(phoenix, *rows))
    # "Thai troops attacked Cambodian and Lao posts , ...": which two sides, not said
    got = coded(
        phoenix, "Thai Thai ADJ 2 amod", "troops troop NOUN 3 nsubj", "attacked attack VERB 0 root",
        "Cambodian Cambodian ADJ 7 amod", "and and CCONJ 6 cc", "Lao Lao ADJ 4 conj",
        "posts post NOUN 3 obj", ", , PUNCT 12 punct", "with with SCONJ 12 mark",
        "each each DET 11 det", "side side NOUN 12 nsubj", "accusing accuse VERB 3 advcl",
        "the the DET 14 det", "other other ADJ 12 obj", ". . PUNCT 3 punct",
    )  # fmt: skip
    assert {("THA", "KHM"), ("THA", "LAO")} <= {(s[:3], t[:3]) for s, t, c, _f in got}
    assert not any(c.startswith("11") for *_, c, _f in got)


def test_agreeing_to_an_act_no_dictionary_codes_is_an_intent_to_cooperate(phoenix):
    # "Armenia and Azerbaijan agreed to accelerate work on a railway.": an intent to
    # cooperate (030) both ways, not AGREE's bare cooperation (050)
    rows = [
        "Armenia Armenia PROPN 4 nsubj", "and and CCONJ 3 cc", "Azerbaijan Azerbaijan PROPN 1 conj",
        "agreed agree VERB 0 root", "to to PART 6 mark", "accelerate accelerate VERB 4 xcomp",
        "work work NOUN 6 obj",
    ]  # fmt: skip
    got = coded(
        phoenix, *rows, "on on ADP 10 case", "a a DET 10 det", "railway railway NOUN 7 nmod",
        ". . PUNCT 4 punct",
    )  # fmt: skip
    assert {c for _s, _t, c, _f in got} == {"030"}
    # "... agreed to accelerate work on a peace treaty.": CAMEO.2.0's AGREE * (TO PEACE
    # &TREATY), an intent to settle the dispute (037), its "to" an infinitive's marker
    got = coded(
        phoenix, *rows, "on on ADP 11 case", "a a DET 11 det", "peace peace NOUN 11 compound",
        "treaty treaty NOUN 7 nmod", ". . PUNCT 4 punct",
    )  # fmt: skip
    assert {c for _s, _t, c, _f in got} == {"037"}
    # "Azerbaijan and Armenia agreed to sanction Russia.": the act agreed on (163)
    got = coded(
        phoenix, "Armenia Armenia PROPN 4 nsubj", "and and CCONJ 3 cc",
        "Azerbaijan Azerbaijan PROPN 1 conj", "agreed agree VERB 0 root", "to to PART 6 mark",
        "sanction sanction VERB 4 xcomp", "Russia Russia PROPN 6 obj", ". . PUNCT 4 punct",
    )  # fmt: skip
    assert {c for _s, _t, c, _f in got} == {"163"}


def test_civilians_killed_are_killed_in_an_attack_not_a_mass_killing(phoenix):
    # "Somali rebels killed two Kenyan civilians.": an attack (KILL's 190), not CAMEO.2.0's
    # KILL * CIVILIAN mass killing (202); "... with a bomb": the bomb's code
    rows = [
        "Somali Somali ADJ 2 amod", "rebels rebel NOUN 3 nsubj", "killed kill VERB 0 root",
        "two two NUM 6 nummod", "Kenyan Kenyan ADJ 6 amod", "civilians civilian NOUN 3 obj",
    ]  # fmt: skip
    assert coded(phoenix, *rows, ". . PUNCT 3 punct") == {("SOMREB", "KENCVL", "190", "asserted")}
    got = coded(
        phoenix, *rows, "with with ADP 9 case", "a a DET 9 det", "bomb bomb NOUN 3 obl",
        ". . PUNCT 3 punct",
    )  # fmt: skip
    assert {c[:3] for _s, _t, c, _f in got} == {"183"}


def test_attacks_with_bombs_are_bombings_as_the_codebook_says(phoenix):
    """A suicide bomber's attack is a suicide bombing (1831), a car bomb's a vehicular
    bombing (1832), a rebel group's plain bomb a non-military bombing (183)."""
    # "A Somali suicide bomber attacked Kenyan soldiers." (an unidentified armed man, UAF, of
    # the state his demonym names: kg.agents.txt)
    assert coded(
        phoenix, "A a DET 4 det", "Somali Somali ADJ 4 amod", "suicide suicide NOUN 4 compound",
        "bomber bomber NOUN 5 nsubj", "attacked attack VERB 0 root", "Kenyan Kenyan ADJ 7 amod",
        "soldiers soldier NOUN 5 obj", ". . PUNCT 5 punct",
    ) == {("SOMUAF", "KENMIL", "1831", "asserted")}  # fmt: skip
    # "Somali rebels detonated a car bomb targeting Kenyan soldiers."
    assert coded(
        phoenix, "Somali Somali ADJ 2 amod", "rebels rebel NOUN 3 nsubj",
        "detonated detonate VERB 0 root", "a a DET 6 det", "car car NOUN 6 compound",
        "bomb bomb NOUN 3 obj", "targeting target VERB 3 advcl", "Kenyan Kenyan ADJ 9 amod",
        "soldiers soldier NOUN 7 obj", ". . PUNCT 3 punct",
    ) == {("SOMREB", "KENMIL", "1832", "asserted")}  # fmt: skip
    # "Somali rebels attacked Kenyan soldiers with a bomb." / "Kenyan soldiers attacked
    # Somali rebels with a bomb.": a state's forces' bomb is no non-military bombing
    got = coded(
        phoenix, "Somali Somali ADJ 2 amod", "rebels rebel NOUN 3 nsubj",
        "attacked attack VERB 0 root", "Kenyan Kenyan ADJ 5 amod", "soldiers soldier NOUN 3 obj",
        "with with ADP 8 case", "a a DET 8 det", "bomb bomb NOUN 3 obl", ". . PUNCT 3 punct",
    )  # fmt: skip
    assert {c[:3] for _s, _t, c, _f in got} == {"183"}
    got = coded(
        phoenix, "Kenyan Kenyan ADJ 2 amod", "soldiers soldier NOUN 3 nsubj",
        "attacked attack VERB 0 root", "Somali Somali ADJ 5 amod", "rebels rebel NOUN 3 obj",
        "with with ADP 8 case", "a a DET 8 det", "bomb bomb NOUN 3 obl", ". . PUNCT 3 punct",
    )  # fmt: skip
    assert {c[:2] for _s, _t, c, _f in got} == {"19"}
    # "Somali rebels drove a car bomb into the market on Friday and attacked Kenyan soldiers
    # .": the bomb is named in the clause of the verb "attacked" goes on from
    got = coded(
        phoenix, "Somali Somali ADJ 2 amod", "rebels rebel NOUN 3 nsubj",
        "drove drive VERB 0 root", "a a DET 6 det", "car car NOUN 6 compound",
        "bomb bomb NOUN 3 obj", "into into ADP 9 case", "the the DET 9 det",
        "market market NOUN 3 obl", "on on ADP 11 case", "Friday Friday PROPN 3 obl",
        "and and CCONJ 13 cc", "attacked attack VERB 3 conj", "Kenyan Kenyan ADJ 15 amod",
        "soldiers soldier NOUN 13 obj", ". . PUNCT 3 punct",
    )  # fmt: skip
    assert {c for _s, _t, c, _f in got} == {"1832"}


def test_a_former_colonial_power_is_no_actor_and_journalists_are_the_states(phoenix):
    """ "The former Soviet republic" describes the state the sentence is about: the Soviet
    Union is no second state, so the journalists that state detained are its own."""
    # "Kyrgyzstan detained ten journalists, the former Soviet republic's second day of raids."
    got = coded(
        phoenix, "Kyrgyzstan Kyrgyzstan PROPN 2 nsubj", "detained detain VERB 0 root",
        "ten ten NUM 4 nummod", "journalists journalist NOUN 2 obj", ", , PUNCT 12 punct",
        "the the DET 9 det", "former former ADJ 9 amod", "Soviet Soviet ADJ 9 amod",
        "republic republic NOUN 12 nmod:poss", "'s 's PART 9 case", "second second ADJ 12 amod",
        "day day NOUN 4 appos", "of of ADP 14 case", "raids raid NOUN 12 nmod", ". . PUNCT 2 punct",
    )  # fmt: skip
    assert ("KGZ", "KGZMED", "173", "asserted") in got
    assert not any("SUN" in s + t for s, t, _c, _f in got)
    # "Turkey warned ex-Soviet Kyrgyzstan.": the same before the state's own name
    assert coded(
        phoenix, "Turkey Turkey PROPN 2 nsubj", "warned warn VERB 0 root",
        "ex ex PROPN 5 compound", "- - PUNCT 3 punct", "Soviet Soviet PROPN 6 compound",
        "Kyrgyzstan Kyrgyzstan PROPN 2 obj", ". . PUNCT 2 punct",
    ) == {("TUR", "KGZ", "130", "asserted")}  # fmt: skip
    # "Turkey warned former US President Trump.": a state before an agent is the agent's
    assert ("TUR", "USAELIGOV", "130", "asserted") in coded(
        phoenix, "Turkey Turkey PROPN 2 nsubj", "warned warn VERB 0 root",
        "former former ADJ 6 amod", "US US PROPN 6 compound", "President President PROPN 6 compound",
        "Trump Trump PROPN 2 obj", ". . PUNCT 2 punct", date=dt.date(2022, 1, 1),
    )  # fmt: skip


def test_a_states_opposition_but_not_opposition_to_something(phoenix):
    """kg.agents.txt: "the opposition" alone is the opposition (Phoenix has only longer
    phrases); "opposition to" something is no actor."""
    # "Pakistani police arrested the leader of Pakistan's opposition."
    assert coded(
        phoenix, "Pakistani Pakistani ADJ 2 amod", "police police NOUN 3 nsubj",
        "arrested arrest VERB 0 root", "the the DET 5 det", "leader leader NOUN 3 obj",
        "of of ADP 9 case", "Pakistan Pakistan PROPN 9 nmod:poss", "'s 's PART 7 case",
        "opposition opposition NOUN 5 nmod", ". . PUNCT 3 punct",
    ) == {("PAKCOP", "PAKOPP", "173", "asserted")}  # fmt: skip
    # "Ukraine criticized Russia's opposition to sanctions.": criticism of Russia
    got = coded(
        phoenix, "Ukraine Ukraine PROPN 2 nsubj", "criticized criticize VERB 0 root",
        "Russia Russia PROPN 5 nmod:poss", "'s 's PART 3 case", "opposition opposition NOUN 2 obj",
        "to to ADP 7 case", "sanctions sanction NOUN 5 nmod", ". . PUNCT 2 punct",
    )  # fmt: skip
    assert ("UKR", "RUS", "111", "asserted") in got
    assert not any("OPP" in s + t for s, t, _c, _f in got)


def test_shelling_is_artillery_and_a_states_bombing_is_from_the_air(phoenix):
    """The codebook's weapon codes for the verbs that say them, as annotators code them:
    shelled 194; bombed by a state's forces 195, by rebels (no bomb named) an attack."""
    for verb, lemma, subj, code in (
        ("shelled", "shell", "Russia", "194"),
        ("bombed", "bomb", "Israel", "195"),
    ):
        assert {c for _s, _t, c, _f in coded(
            phoenix, f"{subj} {subj} PROPN 2 nsubj", f"{verb} {lemma} VERB 0 root",
            "Kharkiv Kharkiv PROPN 2 obj", ". . PUNCT 2 punct",
        )} == {code}  # fmt: skip


def test_the_from_phrase_of_a_passive_deportation_is_its_doer(phoenix):
    # "Afghan refugees were deported from Iran.": Iran deported them (174)
    got = coded(
        phoenix, "Afghan Afghan ADJ 2 amod", "refugees refugee NOUN 4 nsubj:pass",
        "were be AUX 4 aux:pass", "deported deport VERB 0 root", "from from ADP 6 case",
        "Iran Iran PROPN 4 obl", ". . PUNCT 4 punct",
    )  # fmt: skip
    assert {(s[:3], t[:3], c[:2]) for s, t, c, _f in got} == {("IRN", "AFG", "17")}


def test_what_a_state_orders_its_own_forces_to_do_it_does(phoenix):
    # "Russia ordered Russian troops to withdraw from Ukraine.": Russia withdraws (08), no
    # appeal to its own troops; "Russia ordered Ukraine to withdraw from Crimea." an appeal
    got = coded(
        phoenix, "Russia Russia PROPN 2 nsubj", "ordered order VERB 0 root",
        "Russian Russian ADJ 4 amod", "troops troop NOUN 2 obj", "to to PART 6 mark",
        "withdraw withdraw VERB 2 xcomp", "from from ADP 8 case", "Ukraine Ukraine PROPN 6 obl",
        ". . PUNCT 2 punct",
    )  # fmt: skip
    assert {(s, t, c[:2]) for s, t, c, _f in got} == {("RUS", "UKR", "08")}
    got = coded(
        phoenix, "Russia Russia PROPN 2 nsubj", "ordered order VERB 0 root",
        "Ukraine Ukraine PROPN 2 obj", "to to PART 5 mark", "withdraw withdraw VERB 2 xcomp",
        "from from ADP 7 case", "Crimea Crimea PROPN 5 obl", ". . PUNCT 2 punct",
    )  # fmt: skip
    assert {(s, t, c[:2]) for s, t, c, _f in got} == {("RUS", "UKR", "02")}


def test_a_word_of_what_is_said_is_no_pattern_of_saying(phoenix):
    # "Egypt said it was severing ties over Qatar's support.": the ties severed (161), not
    # SAY * SUPPORT's praise (051) found among the words said
    got = coded(
        phoenix, "Egypt Egypt PROPN 2 nsubj", "said say VERB 0 root", "it it PRON 5 nsubj",
        "was be AUX 5 aux", "severing sever VERB 2 ccomp", "ties tie NOUN 5 obj",
        "over over ADP 10 case", "Qatar Qatar PROPN 10 nmod:poss", "'s 's PART 8 case",
        "support support NOUN 5 obl", ". . PUNCT 2 punct",
    )  # fmt: skip
    assert {c for _s, _t, c, _f in got} == {"161"}


def test_sanctions_a_noun_names_as_imposed(phoenix):
    """kg.coding.sanctions: "the sanctions imposed by X on Y", "X's imposition of tariffs on
    Y" are X's sanctions on Y (163), whatever the sentence's verb does with them."""
    got = coded(
        phoenix, "Nicaragua Nicaragua PROPN 2 nsubj", "rejected reject VERB 0 root",
        "the the DET 4 det", "sanctions sanction NOUN 2 obj", "imposed impose VERB 4 acl",
        "by by ADP 8 case", "the the DET 8 det", "US US PROPN 5 obl", "on on ADP 10 case",
        "Cuba Cuba PROPN 5 obl", ". . PUNCT 2 punct",
    )  # fmt: skip
    assert ("USA", "CUB", "163", "asserted") in got
    got = coded(
        phoenix, "Canada Canada PROPN 2 nsubj", "criticized criticize VERB 0 root",
        "China China PROPN 5 nmod:poss", "'s 's PART 3 case", "imposition imposition NOUN 2 obj",
        "of of ADP 7 case", "tariffs tariff NOUN 5 nmod", "on on ADP 10 case",
        "Australian Australian ADJ 10 amod", "barley barley NOUN 7 nmod", ". . PUNCT 2 punct",
    )  # fmt: skip
    assert ("CHN", "AUS", "163", "asserted") in got
    assert ("CAN", "AUS", "163", "asserted") not in got
    # "Canada criticized sanctions that China would impose on Australia.": not imposed
    assert not any(c == "163" for _s, _t, c, _f in coded(
        phoenix, "Canada Canada PROPN 2 nsubj", "criticized criticize VERB 0 root",
        "sanctions sanction NOUN 2 obj", "that that PRON 7 obj", "China China PROPN 7 nsubj",
        "would would AUX 7 aux", "impose impose VERB 3 acl:relcl", "on on ADP 9 case",
        "Australia Australia PROPN 7 obl", ". . PUNCT 2 punct",
    ))  # fmt: skip


def test_a_place_after_weapons_is_no_owner_of_them(phoenix):
    """A group of weapons alone is no actor but as a subject; the state "in" it is then where
    the strikes fell, not the weapons' owner dropped with them."""
    # "Turkish warplanes carried out air strikes in northern Iraq."
    assert ("TURMIL", "IRQ", "195", "asserted") in coded(
        phoenix, "Turkish Turkish ADJ 2 amod", "warplanes warplane NOUN 3 nsubj",
        "carried carry VERB 0 root", "out out ADP 6 case", "air air NOUN 6 compound",
        "strikes strike NOUN 3 obl", "in in ADP 9 case", "northern northern ADJ 9 amod",
        "Iraq Iraq PROPN 6 nmod", ". . PUNCT 3 punct",
    )  # fmt: skip


def test_the_north_after_south_korea_is_north_korea(phoenix):
    """A half of a state split in two named alone ("the North") once the sentence named one
    half; not "the North of England"."""
    # "South Korea condemned launches by the North."
    assert coded(
        phoenix, "South South PROPN 2 compound", "Korea Korea PROPN 3 nsubj",
        "condemned condemn VERB 0 root", "launches launch NOUN 3 obj", "by by ADP 7 case",
        "the the DET 7 det", "North North PROPN 4 nmod", ". . PUNCT 3 punct",
    ) == {("KOR", "PRK", "111", "asserted")}  # fmt: skip
    # "South Korea condemned protests in the North of England.": no Korea there
    assert ("KOR", "PRK", "111", "asserted") not in coded(
        phoenix, "South South PROPN 2 compound", "Korea Korea PROPN 3 nsubj",
        "condemned condemn VERB 0 root", "protests protest NOUN 3 obj", "in in ADP 7 case",
        "the the DET 7 det", "North North PROPN 4 nmod", "of of ADP 9 case",
        "England England PROPN 7 nmod", ". . PUNCT 3 punct",
    )  # fmt: skip


def test_an_appeal_for_restraint_or_withdrawal_is_one_to_de_escalate(phoenix):
    """kg.verbs.txt: restraint exercised is a de-escalation (087); an appeal for it, or for a
    withdrawal, is an appeal to de-escalate (0256), a demand for it a demand (1056)."""
    # "India urged Pakistan to exercise restraint."
    assert coded(
        phoenix, "India India PROPN 2 nsubj", "urged urge VERB 0 root",
        "Pakistan Pakistan PROPN 2 obj", "to to PART 5 mark", "exercise exercise VERB 2 xcomp",
        "restraint restraint NOUN 5 obj", ". . PUNCT 2 punct",
    ) == {("IND", "PAK", "0256", "asserted")}  # fmt: skip
    # "Iraq urged Turkey to withdraw troops."
    assert ("IRQ", "TUR", "0256", "asserted") in coded(
        phoenix, "Iraq Iraq PROPN 2 nsubj", "urged urge VERB 0 root",
        "Turkey Turkey PROPN 2 obj", "to to PART 5 mark", "withdraw withdraw VERB 2 xcomp",
        "troops troop NOUN 5 obj", ". . PUNCT 2 punct",
    )  # fmt: skip


def test_a_longer_place_name_of_another_state_wins_over_kgs_name(phoenix):
    """kg reads "British" as the United Kingdom; the Phoenix dictionary's longer "British
    Columbia" is Canada's, and so is the sentence."""
    # "Police arrested protesters in British Columbia."
    assert coded(
        phoenix, "Police police NOUN 2 nsubj", "arrested arrest VERB 0 root",
        "protesters protester NOUN 2 obj", "in in ADP 6 case", "British British ADJ 6 amod",
        "Columbia Columbia PROPN 2 obl", ". . PUNCT 2 punct",
    ) == {("CANCOP", "CANOPP", "173", "asserted")}  # fmt: skip
    # "British police arrested protesters.": the demonym alone is still Britain
    assert coded(
        phoenix, "British British ADJ 2 amod", "police police NOUN 3 nsubj",
        "arrested arrest VERB 0 root", "protesters protester NOUN 3 obj", ". . PUNCT 3 punct",
    ) == {("GBRCOP", "GBROPP", "173", "asserted")}  # fmt: skip


def test_unidentified_gunmen_stay_unidentified_wherever_they_strike(phoenix):
    """Phoenix codes "unidentified gunmen" as the rebels of the place (REB); kg.agents.txt,
    read first, codes them ---UAF, as PETRARCH's unit records and the annotators do."""
    # "Unidentified gunmen killed a police officer in Balochistan."
    assert coded(
        phoenix, "Unidentified unidentified ADJ 2 amod", "gunmen gunman NOUN 3 nsubj",
        "killed kill VERB 0 root", "a a DET 6 det", "police police NOUN 6 compound",
        "officer officer NOUN 3 obj", "in in ADP 8 case", "Balochistan Balochistan PROPN 6 nmod",
        ". . PUNCT 3 punct",
    ) == {("---UAF", "PAKCOP", "193", "asserted")}  # fmt: skip


def test_latin_america_is_no_united_states(phoenix):
    """Phoenix reads "America" as the United States; "Latin America" is a region."""
    # "Russia criticized Latin America."
    assert not coded(
        phoenix, "Russia Russia PROPN 2 nsubj", "criticized criticize VERB 0 root",
        "Latin Latin ADJ 4 amod", "America America PROPN 2 obj", ". . PUNCT 2 punct",
    )  # fmt: skip


def test_a_molotov_cocktail_is_no_actor(phoenix):
    """Phoenix holds Molotov, the Soviet minister; a Molotov cocktail is a weapon."""
    from kg.coding.sentence import find_mentions, find_units
    from kg.coding.tree import Sentence

    # "Protesters threw Molotov cocktails at police.": no Russian in it
    doc = to_document(conllu(
        "Protesters protester NOUN 2 nsubj", "threw throw VERB 0 root",
        "Molotov Molotov PROPN 4 compound", "cocktails cocktail NOUN 2 obj", "at at ADP 6 case",
        "police police NOUN 2 obl", ". . PUNCT 2 punct",
    ))  # fmt: skip
    sent = Sentence.from_stanza(doc.sentences[0])
    units = find_units(sent, find_mentions(sent, phoenix), dt.date(2024, 2, 21))
    assert [u.code for u in units] == ["---OPP", "---COP"]  # (with it: RUSOPP, RUS, RUSCOP)


def test_kg_verbs_code_a_prisoner_exchange_carried_out_both_ways(phoenix):
    """kg.verbs.txt: a prisoner exchange carried out frees prisoners both ways (0841)."""
    # "Ukraine and Russia carried out a prisoner exchange on Friday."
    assert coded(
        phoenix, "Ukraine Ukraine PROPN 4 nsubj", "and and CCONJ 3 cc",
        "Russia Russia PROPN 1 conj", "carried carry VERB 0 root", "out out ADP 4 compound:prt",
        "a a DET 8 det", "prisoner prisoner NOUN 8 compound", "exchange exchange NOUN 4 obj",
        "on on ADP 10 case", "Friday Friday PROPN 4 obl", ". . PUNCT 4 punct",
    ) == {("UKR", "RUS", "0841", "asserted"), ("RUS", "UKR", "0841", "asserted")}  # fmt: skip


def test_kg_verbs_code_a_missile_launched_on_a_city_as_a_strike_from_the_air(phoenix):
    """kg.verbs.txt: one missile or drone launched on, at or into a place is a strike from
    the air (195), as several are."""
    # "Russian forces launched a missile on the city of Odesa in Ukraine."
    assert coded(
        phoenix, "Russian Russian PROPN 2 compound", "forces force NOUN 3 nsubj",
        "launched launch VERB 0 root", "a a DET 5 det", "missile missile NOUN 3 obj",
        "on on ADP 8 case", "the the DET 8 det", "city city NOUN 3 obl", "of of ADP 10 case",
        "Odesa Odesa PROPN 8 nmod", "in in ADP 12 case", "Ukraine Ukraine PROPN 8 nmod",
        ". . PUNCT 3 punct",
    ) == {("RUSMIL", "UKR", "195", "asserted")}  # fmt: skip


def test_kg_verbs_code_coming_under_attack_as_being_attacked(phoenix):
    """kg.verbs.txt: coming under attack by someone is being attacked by them (190)."""
    # "Ukrainian forces came under attack by Russian troops."
    assert coded(
        phoenix, "Ukrainian Ukrainian ADJ 2 amod", "forces force NOUN 3 nsubj",
        "came come VERB 0 root", "under under ADP 5 case", "attack attack NOUN 3 obl",
        "by by ADP 8 case", "Russian Russian ADJ 8 amod", "troops troop NOUN 5 nmod",
        ". . PUNCT 3 punct",
    ) == {("RUSMIL", "UKRMIL", "190", "asserted")}  # fmt: skip


def test_a_vague_verb_codes_cooperation_only_through_a_pattern(phoenix):
    """CAMEO.2.0 gives ISSUE, GIVE, PROVIDE and ACCORD a bare 060 (material cooperation):
    "issued a directive", "according to authorities", "gave him a medallion" are no act."""
    # "Sudan issued a directive to Chad."
    assert not coded(
        phoenix, "Sudan Sudan PROPN 2 nsubj", "issued issue VERB 0 root", "a a DET 4 det",
        "directive directive NOUN 2 obj", "to to ADP 6 case", "Chad Chad PROPN 2 obl",
        ". . PUNCT 2 punct",
    )  # fmt: skip
    # "Japan provided aid to Palau.": a pattern still codes it
    assert {e[2][:2] for e in coded(
        phoenix, "Japan Japan PROPN 2 nsubj", "provided provide VERB 0 root",
        "aid aid NOUN 2 obj", "to to ADP 5 case", "Palau Palau PROPN 2 obl", ". . PUNCT 2 punct",
    )} == {"07"}  # fmt: skip


def test_going_is_a_meeting_only_on_the_way_to_someone(phoenix):
    """LEAVE and GO have a bare 040 in CAMEO.2.0: a trip "for" or "to" a state is one (as
    PETRARCH's records code "left for Minas Tirith"), troops that "went haywire" are none."""
    # "Ethiopian and Eritrean troops went haywire."
    assert not coded(
        phoenix, "Ethiopian Ethiopian ADJ 4 amod", "and and CCONJ 3 cc",
        "Eritrean Eritrean ADJ 1 conj", "troops troop NOUN 5 nsubj", "went go VERB 0 root",
        "haywire haywire ADV 5 advmod", ". . PUNCT 5 punct",
    )  # fmt: skip
    # "Ethiopia's foreign minister left for Kenya."
    assert {e[:3] for e in coded(
        phoenix, "Ethiopia Ethiopia PROPN 4 nmod:poss", "'s 's PART 1 case",
        "foreign foreign ADJ 4 amod", "minister minister NOUN 5 nsubj", "left leave VERB 0 root",
        "for for ADP 7 case", "Kenya Kenya PROPN 5 obl", ". . PUNCT 5 punct",
    )} == {("ETHGOV", "KEN", "040")}  # fmt: skip


def test_a_ceasefire_between_two_sides_is_theirs_not_the_announcers(phoenix):
    """A ceasefire "between X and Y" that a third party announces is X's and Y's (0871 both
    ways); a welcome of ties "between" two states stays the welcomer's (PETRARCH's records)."""
    # "Qatar announced a ceasefire between Afghanistan and Pakistan."
    assert {e[:3] for e in coded(
        phoenix, "Qatar Qatar PROPN 2 nsubj", "announced announce VERB 0 root",
        "a a DET 4 det", "ceasefire ceasefire NOUN 2 obj", "between between ADP 6 case",
        "Afghanistan Afghanistan PROPN 4 nmod", "and and CCONJ 8 cc",
        "Pakistan Pakistan PROPN 6 conj", ". . PUNCT 2 punct",
    )} == {("AFG", "PAK", "0871"), ("PAK", "AFG", "0871")}  # fmt: skip


def test_kg_verbs_code_sentences_and_administrative_sanctions(phoenix):
    """kg.verbs.txt: jail terms handed out are legal action (173); broadcasts suspended and
    nationality revoked are administrative sanctions (172)."""
    # "A Cambodian court handed out jail terms to Vietnamese activists."
    assert {e[:3] for e in coded(
        phoenix, "A a DET 3 det", "Cambodian Cambodian ADJ 3 amod", "court court NOUN 4 nsubj",
        "handed hand VERB 0 root", "out out ADP 4 compound:prt", "jail jail NOUN 7 compound",
        "terms term NOUN 4 obj", "to to ADP 10 case", "Vietnamese Vietnamese ADJ 10 amod",
        "activists activist NOUN 4 obl", ". . PUNCT 4 punct",
    )} == {("KHMJUD", "VNMOPP", "173")}  # fmt: skip
    # "Burkina Faso suspended France's broadcasts."
    assert {e[:3] for e in coded(
        phoenix, "Burkina Burkina PROPN 2 compound", "Faso Faso PROPN 3 nsubj",
        "suspended suspend VERB 0 root", "France France PROPN 6 nmod:poss", "'s 's PART 4 case",
        "broadcasts broadcast NOUN 3 obj", ". . PUNCT 3 punct",
    )} == {("BFA", "FRA", "172")}  # fmt: skip


def test_kg_verbs_code_protests_conveyed_jets_scrambled_drills_and_crackdowns(phoenix):
    """kg.verbs.txt: a protest conveyed is an official complaint (114); fighter jets scrambled
    a show of force (150); a joint exercise kicked off military cooperation both ways (062);
    a crackdown started violent repression (175)."""
    # "Bangladesh conveyed a protest to India."
    assert {e[:3] for e in coded(
        phoenix, "Bangladesh Bangladesh PROPN 2 nsubj", "conveyed convey VERB 0 root",
        "a a DET 4 det", "protest protest NOUN 2 obj", "to to ADP 6 case", "India India PROPN 2 obl",
        ". . PUNCT 2 punct",
    )} == {("BGD", "IND", "114")}  # fmt: skip
    # "Japan scrambled fighter jets against China."
    assert {e[:3] for e in coded(
        phoenix, "Japan Japan PROPN 2 nsubj", "scrambled scramble VERB 0 root",
        "fighter fighter NOUN 4 compound", "jets jet NOUN 2 obj", "against against ADP 6 case",
        "China China PROPN 2 obl", ". . PUNCT 2 punct",
    )} == {("JPN", "CHN", "150")}  # fmt: skip
    # "The Philippines and the United States kicked off a joint military exercise."
    assert {e[:3] for e in coded(
        phoenix, "The the DET 2 det", "Philippines Philippines PROPN 7 nsubj", "and and CCONJ 6 cc",
        "the the DET 6 det", "United United PROPN 6 compound", "States States PROPN 2 conj",
        "kicked kick VERB 0 root", "off off ADP 7 compound:prt", "a a DET 12 det",
        "joint joint ADJ 12 amod", "military military ADJ 12 amod", "exercise exercise NOUN 7 obj",
        ". . PUNCT 7 punct",
    )} == {("PHL", "USA", "062"), ("USA", "PHL", "062")}  # fmt: skip
    # "Pakistani police started a crackdown on Pakistani students."
    assert {e[:3] for e in coded(
        phoenix, "Pakistani Pakistani ADJ 2 amod", "police police NOUN 3 nsubj",
        "started start VERB 0 root", "a a DET 5 det", "crackdown crackdown NOUN 3 obj",
        "on on ADP 8 case", "Pakistani Pakistani ADJ 8 amod", "students student NOUN 5 nmod",
        ". . PUNCT 3 punct",
    )} == {("PAKCOP", "PAKEDU", "175")}  # fmt: skip


def test_the_broker_of_a_ceasefire_is_no_side_of_it(phoenix):
    """ "X-brokered" and "X-mediated" name who brokered a deal, no side of it (as "X-backed"
    names a backer)."""
    # "Armenia and Azerbaijan agreed to a Russia-brokered ceasefire."
    assert {e[:3] for e in coded(
        phoenix, "Armenia Armenia PROPN 4 nsubj", "and and CCONJ 3 cc",
        "Azerbaijan Azerbaijan PROPN 1 conj", "agreed agree VERB 0 root", "to to ADP 10 case",
        "a a DET 10 det", "Russia Russia PROPN 10 compound", "- - PUNCT 7 punct",
        "brokered broker VERB 10 amod", "ceasefire ceasefire NOUN 4 obl", ". . PUNCT 4 punct",
    )} == {("ARM", "AZE", "0871"), ("AZE", "ARM", "0871")}  # fmt: skip


def test_a_plea_for_aid_is_no_aid(phoenix):
    """Aid asked for is no aid given: "pleas" as "plea"."""
    # "The United States assessed North Korea's pleas for food aid."
    assert not any(e[2] == "073" for e in coded(
        phoenix, "The the DET 3 det", "United United PROPN 3 compound",
        "States States PROPN 4 nsubj", "assessed assess VERB 0 root", "North North PROPN 6 compound",
        "Korea Korea PROPN 8 nmod:poss", "'s 's PART 6 case", "pleas plea NOUN 4 obj",
        "for for ADP 11 case", "food food NOUN 11 compound", "aid aid NOUN 8 nmod",
        ". . PUNCT 4 punct",
    ))  # fmt: skip


def test_kg_verbs_code_ultimatums_and_military_presence_ended(phoenix):
    """kg.verbs.txt: an ultimatum given is an ultimatum (139); a military presence or a
    peacekeeping mission ended is a withdrawal (0874)."""
    # "Georgia gave an ultimatum to Russia."
    assert {e[:3] for e in coded(
        phoenix, "Georgia Georgia PROPN 2 nsubj", "gave give VERB 0 root", "an a DET 4 det",
        "ultimatum ultimatum NOUN 2 obj", "to to ADP 6 case", "Russia Russia PROPN 2 obl",
        ". . PUNCT 2 punct",
    )} == {("GEO", "RUS", "139")}  # fmt: skip
    # "Russia ended its presence in Georgia."
    assert {e[:3] for e in coded(
        phoenix, "Russia Russia PROPN 2 nsubj", "ended end VERB 0 root", "its its PRON 4 nmod:poss",
        "presence presence NOUN 2 obj", "in in ADP 6 case", "Georgia Georgia PROPN 4 nmod",
        ". . PUNCT 2 punct",
    )} == {("RUS", "GEO", "0874")}  # fmt: skip


def test_kg_verbs_code_allegations_levelled(phoenix):
    """kg.verbs.txt: allegations levelled against someone are an accusation (112)."""
    # "Canada levelled allegations against India."
    assert {e[:3] for e in coded(
        phoenix, "Canada Canada PROPN 2 nsubj", "levelled level VERB 0 root",
        "allegations allegation NOUN 2 obj", "against against ADP 5 case", "India India PROPN 2 obl",
        ". . PUNCT 2 punct",
    )} == {("CAN", "IND", "112")}  # fmt: skip


def test_prosecutors_and_police_raiding_offices_investigate(phoenix):
    """Prosecutors or police who raid or search homes or offices investigate (091), as
    annotators code such raids; soldiers raiding homes still repress (175)."""

    def raid(adj: str, who: str, lemma: str) -> set:
        return {e[:3] for e in coded(
            phoenix, f"{adj} {adj} ADJ 2 amod", f"{who} {lemma} NOUN 3 nsubj",
            "raided raid VERB 0 root", "the the DET 5 det", "offices office NOUN 3 obj",
            "of of ADP 9 case", "the the DET 9 det", "opposition opposition NOUN 9 compound",
            "party party NOUN 5 nmod", ". . PUNCT 3 punct",
        )}  # fmt: skip

    assert raid("Japanese", "prosecutors", "prosecutor") == {("JPNJUD", "JPNOPP", "091")}
    assert raid("Indian", "police", "police") == {("INDCOP", "INDOPP", "091")}
    assert raid("Israeli", "soldiers", "soldier") == {("ISRMIL", "ISROPP", "175")}


def test_the_word_order_reading_keeps_a_nouns_by_phrase_for_the_noun(phoenix):
    """In "The Kremlin rejected accusations by British authorities." with "rejected" hung as an
    adjective (read in word order): the Kremlin denies (016), the British accuse (112); the
    "by" phrase after the object noun names the accusers, not who rejected."""
    assert coded(
        phoenix, "The the DET 2 det", "Kremlin Kremlin PROPN 0 root", "rejected reject VERB 4 amod",
        "accusations accusation NOUN 2 nmod", "by by ADP 7 case", "British British ADJ 7 amod",
        "authorities authority NOUN 4 nmod", ". . PUNCT 2 punct",
    ) == {("RUS", "GBRGOV", "016", "asserted"), ("GBRGOV", "RUS", "112", "asserted")}  # fmt: skip


def test_the_word_order_reading_skips_a_participle_of_the_verbs_object(phoenix):
    """In "The Netherlands returned looted artefacts to Indonesia." broken (read in word
    order): "looted" right after a verb and before a noun describes the object; no riot
    (145, CAMEO.2.0's LOOT) by the Netherlands."""
    assert not any(c.startswith("145") for _s, _t, c, _f in coded(
        phoenix, "The the DET 2 det", "Netherlands Netherlands PROPN 0 root",
        "returned return VERB 5 amod", "looted loot VERB 5 amod", "artefacts artefact NOUN 2 appos",
        "to to ADP 7 case", "Indonesia Indonesia PROPN 5 nmod", ". . PUNCT 2 punct",
    ))  # fmt: skip


def test_the_word_order_reading_keeps_the_target_a_pattern_aims_at(phoenix):
    """In "Hezbollah fired dozens of rockets at Israel." as a small parser broke it
    ("Hezbollah" an adjective of "dozens", "fired" too), read in word order: Hezbollah, grouped
    across the verb, is the doer, and Israel, "at" which the pattern aims, the target (not a
    place to drop)."""
    assert coded(
        phoenix, "Hezbollah Hezbollah ADJ 3 amod", "fired fire VERB 3 amod",
        "dozens dozen NOUN 0 root", "of of ADP 5 case", "rockets rocket NOUN 3 nmod",
        "at at ADP 7 case", "Israel Israel PROPN 5 nmod", ". . PUNCT 3 punct",
    ) == {("LBNREB", "ISR", "195", "asserted")}  # fmt: skip


def test_a_pattern_coded_only_the_other_way_is_what_the_other_side_did(phoenix):
    """CAMEO.2.0 writes what a verb's subject was done to as a code after a colon: RECEIVE
    * TANKS ``[:072]``, FACE * CALLS ``[:020]``: the "from" side did it to the subject, not the
    subject to them (and not the block's own code)."""
    # "Ukraine received tanks from Germany ."
    assert {e[:3] for e in coded(
        phoenix, "Ukraine Ukraine PROPN 2 nsubj", "received receive VERB 0 root",
        "tanks tank NOUN 2 obj", "from from ADP 5 case", "Germany Germany PROPN 2 obl",
        ". . PUNCT 2 punct",
    )} == {("DEU", "UKR", "072")}  # fmt: skip
    # "Kenya faced calls from the United States to free the journalists ."
    assert {e[:3] for e in coded(
        phoenix, "Kenya Kenya PROPN 2 nsubj", "faced face VERB 0 root", "calls call NOUN 2 obj",
        "from from ADP 7 case", "the the DET 7 det", "United United PROPN 7 compound",
        "States States PROPN 3 nmod", "to to PART 9 mark", "free free VERB 3 acl",
        "the the DET 11 det", "journalists journalist NOUN 9 obj", ". . PUNCT 2 punct",
    )} == {("USA", "KEN", "020")}  # fmt: skip


def test_fire_from_gunmen_is_shooting_and_from_a_state_criticism(phoenix):
    """COME * (UNDER FIRE) is criticism (``[:111]``), except where the fire comes from armed
    men: "Pakistani soldiers came under fire from Afghan forces" were shot at (190)."""
    rows = [
        "Pakistani Pakistani ADJ 2 amod", "soldiers soldier NOUN 3 nsubj", "came come VERB 0 root",
        "under under ADP 5 case", "fire fire NOUN 3 obl", "from from ADP 8 case",
        "Afghan Afghan ADJ 8 amod", "forces force NOUN 3 obl", ". . PUNCT 3 punct",
    ]  # fmt: skip
    assert {e[:3] for e in coded(phoenix, *rows)} == {("AFGMIL", "PAKMIL", "190")}
    rows[6:8] = ["Turkish Turkish ADJ 8 amod", "lawmakers lawmaker NOUN 3 obl"]
    assert {e[:3] for e in coded(phoenix, *rows)} == {("TURLEG", "PAKMIL", "111")}


def test_a_decision_to_act_is_its_owners_act(phoenix):
    """The infinitive after "X's decision" is X's act, not the act of whoever criticizes the
    decision, however the parser hangs it: "The opposition criticized Kenya's decision to
    expel the British ambassador ." is Kenya expelling him (161) beside the criticism."""
    rows = [
        "The the DET 2 det", "opposition opposition NOUN 3 nsubj", "criticized criticize VERB 0 root",
        "Kenya Kenya PROPN 6 nmod:poss", "'s 's PART 4 case", "decision decision NOUN 3 obj",
        "to to PART 8 mark", "expel expel VERB 3 xcomp", "the the DET 11 det",
        "British British ADJ 11 amod", "ambassador ambassador NOUN 8 obj", ". . PUNCT 3 punct",
    ]  # fmt: skip
    assert ("KEN", "GBRGOV", "161") in {e[:3] for e in coded(phoenix, *rows)}
    rows[7] = "expel expel VERB 6 acl"  # hung on the noun
    assert ("KEN", "GBRGOV", "161") in {e[:3] for e in coded(phoenix, *rows)}


def test_an_investigation_started_is_opened(phoenix):
    # "Philippine senators started an investigation into the police .": 090, as CAMEO.2.0
    # codes one opened or launched (kg.verbs.txt START_INVESTIGATION)
    assert {e[:3] for e in coded(
        phoenix, "Philippine Philippine ADJ 2 amod", "senators senator NOUN 3 nsubj",
        "started start VERB 0 root", "an a DET 5 det", "investigation investigation NOUN 3 obj",
        "into into ADP 8 case", "the the DET 8 det", "police police NOUN 5 nmod",
        ". . PUNCT 3 punct",
    )} == {("PHLLEG", "PHLCOP", "090")}  # fmt: skip


def test_a_main_verb_whose_doer_the_parser_hung_elsewhere_is_read_in_word_order(phoenix):
    # "The police on Friday arrested two opposition leaders , and demanded the resignation of
    # Prime Minister Hasina .", with "police" made the subject of "demanded" alone, as a small
    # parser hung it: the arrest is still the police's, though the tree coded another event
    rows = [
        "The the DET 2 det", "police police NOUN 11 nsubj", "on on ADP 4 case",
        "Friday Friday PROPN 5 obl", "arrested arrest VERB 0 root", "two two NUM 8 nummod",
        "opposition opposition NOUN 8 compound", "leaders leader NOUN 5 obj", ", , PUNCT 11 punct",
        "and and CCONJ 11 cc", "demanded demand VERB 5 conj", "the the DET 13 det",
        "resignation resignation NOUN 11 obj", "of of ADP 17 case", "Prime Prime PROPN 17 compound",
        "Minister Minister PROPN 17 compound", "Hasina Hasina PROPN 13 nmod", ". . PUNCT 5 punct",
    ]  # fmt: skip
    found = {e[:3] for e in coded(phoenix, *rows, date=dt.date(2023, 10, 28))}
    assert ("BGDCOP", "BGDOPP", "173") in found


def test_a_clash_with_unnamed_gunmen_is_coded_both_ways(phoenix):
    """Armed men no state is named for who clash with a state's police are fought back, as
    event coders code it (``MEX`` to ``---`` and back); whom the police kill alone names no
    one to code."""
    rows = [
        "Gunmen gunman NOUN 2 nsubj", "clashed clash VERB 0 root", "with with ADP 5 case",
        "Mexican Mexican ADJ 5 amod", "police police NOUN 2 obl", ". . PUNCT 2 punct",
    ]  # fmt: skip
    assert {e[:3] for e in coded(phoenix, *rows)} == {
        ("---UAF", "MEXCOP", "190"), ("MEXCOP", "---UAF", "190"),
    }  # fmt: skip
    assert not coded(
        phoenix, "Mexican Mexican ADJ 2 amod", "police police NOUN 3 nsubj",
        "killed kill VERB 0 root", "five five NUM 5 nummod", "gunmen gunman NOUN 3 obj",
        ". . PUNCT 3 punct",
    )  # fmt: skip


def test_every_state_of_a_comma_list_is_a_subject_however_the_parser_hung_it(phoenix):
    # "Britain , France , Germany and Italy condemned Russia .", with "France" made an
    # apposition of "Britain" (as PETRARCH's COMPOUND records list them: every one acts)
    rows = [
        "Britain Britain PROPN 8 nsubj", ", , PUNCT 3 punct", "France France PROPN 1 appos",
        ", , PUNCT 3 punct", "Germany Germany PROPN 3 conj", "and and CCONJ 7 cc",
        "Italy Italy PROPN 5 conj", "condemned condemn VERB 0 root", "Russia Russia PROPN 8 obj",
        ". . PUNCT 8 punct",
    ]  # fmt: skip
    assert {e[:2] for e in coded(phoenix, *rows)} == {
        ("GBR", "RUS"), ("FRA", "RUS"), ("DEU", "RUS"), ("ITA", "RUS"),
    }  # fmt: skip
    # a name in apposition with no list after it is the same one: "Biden , President Biden"
    rows[4:7] = ["Germany Germany PROPN 8 obl", "and and CCONJ 7 cc", "Italy Italy PROPN 5 conj"]
    assert ("FRA", "RUS") not in {e[:2] for e in coded(phoenix, *rows)}


def test_a_list_of_states_a_parser_hung_as_one_name_is_every_state(phoenix):
    # "Mali , Burkina Faso and Niger welcomed ties between Russia and Ukraine .", with
    # "Burkina Faso" hung on "Mali" as part of its name
    rows = [
        "Mali Mali PROPN 7 nsubj", ", , PUNCT 1 punct", "Burkina Burkina PROPN 4 compound",
        "Faso Faso PROPN 1 flat", "and and CCONJ 6 cc", "Niger Niger PROPN 4 conj",
        "welcomed welcome VERB 0 root", "ties tie NOUN 7 obj", "between between ADP 10 case",
        "Russia Russia PROPN 8 nmod", "and and CCONJ 12 cc", "Ukraine Ukraine PROPN 10 conj",
        ". . PUNCT 7 punct",
    ]  # fmt: skip
    sources = {e[0] for e in coded(phoenix, *rows)}
    assert {"MLI", "BFA", "NER"} <= sources


def test_a_number_of_people_hurt_in_clashes_are_a_side_of_them(phoenix):
    # "Hundreds of Palestinians were wounded in clashes with Israeli police .": the number's
    # "of" phrase is who fought the police
    rows = [
        "Hundreds hundred NOUN 5 nsubj:pass", "of of ADP 3 case", "Palestinians Palestinian NOUN 1 nmod",
        "were be AUX 5 aux:pass", "wounded wound VERB 0 root", "in in ADP 7 case",
        "clashes clash NOUN 5 obl", "with with ADP 10 case", "Israeli Israeli ADJ 10 amod",
        "police police NOUN 7 nmod", ". . PUNCT 5 punct",
    ]  # fmt: skip
    assert {("PSE", "ISRCOP", "190"), ("ISRCOP", "PSE", "190")} <= {
        e[:3] for e in coded(phoenix, *rows)
    }


def test_an_embassy_is_its_states_not_the_host_cities(phoenix):
    # "The Chinese embassy in Manila lodged a protest over the Philippine president 's
    # remarks .": Phoenix's agent EMBASSY_IN ends on its "in"; the phrase is the embassy's,
    # so China's, and Manila is where it stands
    rows = [
        "The the DET 3 det", "Chinese Chinese ADJ 3 amod", "embassy embassy NOUN 6 nsubj",
        "in in ADP 5 case", "Manila Manila PROPN 3 nmod", "lodged lodge VERB 0 root",
        "a a DET 8 det", "protest protest NOUN 6 obj", "over over ADP 14 case",
        "the the DET 14 det", "Philippine Philippine ADJ 12 amod",
        "president president NOUN 14 nmod:poss", "'s 's PART 12 case", "remarks remark NOUN 8 nmod",
        ". . PUNCT 6 punct",
    ]  # fmt: skip
    found = {e[:3] for e in coded(phoenix, *rows, date=dt.date(2023, 6, 1))}
    assert ("CHNGOV", "PHLGOV", "114") in found and not any(e[0] == "PHLGOV" for e in found)


def test_an_actors_noun_is_no_verb_of_the_word_order_reading(phoenix):
    # "Lebanon 's army said Israeli forces shelled villages in the south .", broken as a small
    # parser broke it ("forces" the object of "said", "shelled" an adjective): "forces" is
    # Israel's forces, not the verb "to force" (170) with Lebanon's army its doer
    found = {e[:3] for e in coded(
        phoenix, "Lebanon Lebanon PROPN 3 nmod:poss", "'s 's PART 1 case", "army army NOUN 4 nsubj",
        "said say VERB 0 root", "Israeli Israeli ADJ 6 amod", "forces force NOUN 4 obj",
        "shelled shell VERB 8 amod", "villages village NOUN 4 obj", "in in ADP 11 case",
        "the the DET 11 det", "south south NOUN 8 nmod", ". . PUNCT 4 punct",
    )}  # fmt: skip
    assert not any(e[2] == "170" for e in found)


def test_a_doer_before_a_relative_clause_set_off_by_commas(phoenix):
    # "The Philippine coast guard , which was patrolling the area , was blocked by Chinese
    # vessels .", with "guard" made the object of "patrolling" as a small parser hung it: the
    # word order still says who was blocked, past the relative clause
    rows = [
        "The the DET 4 det", "Philippine Philippine ADJ 4 amod", "coast coast NOUN 4 compound",
        "guard guard NOUN 8 obj", ", , PUNCT 8 punct", "which which PRON 8 nsubj",
        "was be AUX 8 aux", "patrolling patrol VERB 13 advcl", "the the DET 10 det",
        "area area NOUN 8 obj", ", , PUNCT 13 punct", "was be AUX 13 aux:pass",
        "blocked block VERB 0 root", "by by ADP 16 case", "Chinese Chinese ADJ 16 amod",
        "vessels vessel NOUN 13 obl", ". . PUNCT 13 punct",
    ]  # fmt: skip
    assert {e[:2] for e in coded(phoenix, *rows)} == {("CHN", "PHLMIL")}


def test_an_act_expected_is_the_act_to_come(phoenix):
    # "Saudi Arabia is expected to sign a defence pact with the United States .": the
    # signing, to come (CAMEO.2.0's EXPECT * &TREATY, 013, is no optimistic comment here)
    rows = [
        "Saudi Saudi PROPN 2 compound", "Arabia Arabia PROPN 4 nsubj:pass", "is be AUX 4 aux:pass",
        "expected expect VERB 0 root", "to to PART 6 mark", "sign sign VERB 4 xcomp",
        "a a DET 9 det", "defence defence NOUN 9 compound", "pact pact NOUN 6 obj",
        "with with ADP 13 case", "the the DET 13 det", "United United PROPN 13 compound",
        "States States PROPN 6 obl", ". . PUNCT 4 punct",
    ]  # fmt: skip
    assert {e[:4] for e in coded(phoenix, *rows)} == {
        ("SAU", "USA", "057", "future"), ("USA", "SAU", "057", "future"),
    }  # fmt: skip


def test_a_name_hung_across_the_verb_on_the_subject_is_the_object(phoenix):
    # "Myanmar 's junta sentenced Aung San Suu Kyi to four years .", with "Aung" hung on
    # "junta" across the verb: she is whom the junta sentenced, no part of the junta
    rows = [
        "Myanmar Myanmar PROPN 4 nsubj", "'s 's PART 1 case", "junta junta PROPN 1 flat",
        "sentenced sentence VERB 0 root", "Aung Aung PROPN 3 compound", "San San PROPN 7 compound",
        "Suu Suu PROPN 8 compound", "Kyi Kyi PROPN 5 flat", "to to ADP 11 case",
        "four four NUM 11 nummod", "years year NOUN 4 obl", ". . PUNCT 4 punct",
    ]  # fmt: skip
    found = {e[:3] for e in coded(phoenix, *rows, date=dt.date(2023, 6, 1))}
    assert any(s[:3] == t[:3] == "MMR" and s != t and c[:2] == "17" for s, t, c in found)


def test_a_comma_list_of_names_before_the_and_that_opens_the_subject(phoenix):
    # "the leaders of Egypt , Jordan and the Palestinian Authority met in Cairo .", with
    # "Authority" the subject and the names before the "and" hung on "leaders": all three met
    rows = [
        "the the DET 2 det", "leaders leader NOUN 0 root", "of of ADP 4 case",
        "Egypt Egypt PROPN 2 nmod", ", , PUNCT 6 punct", "Jordan Jordan PROPN 4 conj",
        "and and CCONJ 11 cc", "the the DET 10 det", "Palestinian Palestinian ADJ 10 amod",
        "Authority authority NOUN 11 nsubj", "met meet VERB 2 parataxis", "in in ADP 13 case",
        "Cairo Cairo PROPN 11 obl", ". . PUNCT 2 punct",
    ]  # fmt: skip
    pairs = {e[:2] for e in coded(phoenix, *rows)}
    assert {("EGY", "PSE"), ("PSE", "EGY"), ("JOR", "PSE"), ("EGY", "JOR")} <= pairs


def test_a_crowd_that_marched_through_a_states_capital_is_that_states(phoenix):
    # "Opposition supporters marched through the Georgian capital against the government .":
    # Georgia's opposition, as "in the Georgian capital" would make them
    rows = [
        "Opposition opposition NOUN 2 compound", "supporters supporter NOUN 3 nsubj",
        "marched march VERB 0 root", "through through ADP 7 case", "the the DET 7 det",
        "Georgian Georgian ADJ 7 amod", "capital capital NOUN 3 obl", "against against ADP 10 case",
        "the the DET 10 det", "government government NOUN 3 obl", ". . PUNCT 3 punct",
    ]  # fmt: skip
    assert any(s == "GEOOPP" for s, *_ in coded(phoenix, *rows))


def test_a_states_ministry_reporting_its_own_forces_accuses_no_one(phoenix):
    # "Russia 's defence ministry said its forces captured a town in Ukraine .": the capture,
    # reported; no accusation (112) of Russia's own forces, as "X said Y attacked Z" is
    rows = [
        "Russia Russia PROPN 4 nmod:poss", "'s 's PART 1 case", "defence defence NOUN 4 compound",
        "ministry ministry NOUN 5 nsubj", "said say VERB 0 root", "its its PRON 7 nmod:poss",
        "forces force NOUN 8 nsubj", "captured capture VERB 5 ccomp", "a a DET 10 det",
        "town town NOUN 8 obj", "in in ADP 12 case", "Ukraine Ukraine PROPN 10 nmod",
        ". . PUNCT 5 punct",
    ]  # fmt: skip
    found = coded(phoenix, *rows)
    assert not any(e[2] == "112" for e in found)
    assert any(e[0].startswith("RUS") and e[1] == "UKR" and e[2][:2] == "19" for e in found)


def test_an_agreement_revoked_is_relations_reduced(phoenix):
    # "Niger revoked a military cooperation agreement with France .": 160 (kg.verbs.txt
    # REVOKE_AGREEMENTS), as the annotators code it
    rows = [
        "Niger Niger PROPN 2 nsubj", "revoked revoke VERB 0 root", "a a DET 6 det",
        "military military ADJ 6 amod", "cooperation cooperation NOUN 6 compound",
        "agreement agreement NOUN 2 obj", "with with ADP 8 case", "France France PROPN 6 nmod",
        ". . PUNCT 2 punct",
    ]  # fmt: skip
    assert {e[:3] for e in coded(phoenix, *rows)} == {("NER", "FRA", "160")}


def test_support_expressed_is_an_endorsement(phoenix):
    # "Cambodia expressed support for China .": 051 (kg.verbs.txt EXPRESS_SUPPORT), not the
    # disapproval (110) that EXPRESS codes on its own
    rows = [
        "Cambodia Cambodia PROPN 2 nsubj", "expressed express VERB 0 root",
        "support support NOUN 2 obj", "for for ADP 5 case", "China China PROPN 3 nmod",
        ". . PUNCT 2 punct",
    ]  # fmt: skip
    assert {e[:3] for e in coded(phoenix, *rows)} == {("KHM", "CHN", "051")}


def test_a_party_dissolved_is_a_party_banned(phoenix):
    # "Cambodia's Supreme Court dissolved the opposition party .": 1722 (kg.verbs.txt
    # DISSOLVE_PARTY), as the annotators code it; CAMEO.2.0 codes DISSOLVE nothing
    rows = [
        "Cambodia Cambodia PROPN 4 nmod:poss", "'s 's PART 1 case", "Supreme Supreme PROPN 4 compound",
        "Court Court PROPN 5 nsubj", "dissolved dissolve VERB 0 root", "the the DET 8 det",
        "opposition opposition NOUN 8 compound", "party party NOUN 5 obj", ". . PUNCT 5 punct",
    ]  # fmt: skip
    assert {e[:3] for e in coded(phoenix, *rows)} == {("KHMJUD", "KHMOPP", "1722")}


def test_recognition_switched_to_a_state_is_its_recognition(phoenix):
    # "Nauru is switching diplomatic recognition from Taiwan to China .": 054 of China
    # (kg.verbs.txt SWITCH_RECOGNITION); CAMEO.2.0 has no SWITCH
    rows = [
        "Nauru Nauru PROPN 3 nsubj", "is be AUX 3 aux", "switching switch VERB 0 root",
        "diplomatic diplomatic ADJ 5 amod", "recognition recognition NOUN 3 obj",
        "from from ADP 7 case", "Taiwan Taiwan PROPN 3 obl", "to to ADP 9 case",
        "China China PROPN 3 obl", ". . PUNCT 3 punct",
    ]  # fmt: skip
    assert ("NRU", "CHN", "054") in {e[:3] for e in coded(phoenix, *rows)}


def test_trade_halted_with_a_state_is_an_embargo(phoenix):
    # "Turkey halted all trade with Israel .": 163 (kg.verbs.txt HALT_TRADE); CAMEO.2.0 has
    # no pattern for it
    rows = [
        "Turkey Turkey PROPN 2 nsubj", "halted halt VERB 0 root", "all all DET 4 det",
        "trade trade NOUN 2 obj", "with with ADP 6 case", "Israel Israel PROPN 2 obl",
        ". . PUNCT 2 punct",
    ]  # fmt: skip
    assert ("TUR", "ISR", "163") in {e[:3] for e in coded(phoenix, *rows)}


def test_migrants_returned_are_deported(phoenix):
    # "Spain returned 500 Moroccan migrants .": 174 (kg.verbs.txt RETURN_MIGRANTS)
    rows = [
        "Spain Spain PROPN 2 nsubj", "returned return VERB 0 root", "500 500 NUM 5 nummod",
        "Moroccan Moroccan ADJ 5 amod", "migrants migrant NOUN 2 obj", ". . PUNCT 2 punct",
    ]  # fmt: skip
    assert ("ESP", "MAR", "174") in {(s[:3], t[:3], c) for s, t, c, _f in coded(phoenix, *rows)}
