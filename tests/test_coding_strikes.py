"""kg.coding.strikes: strikes named by a noun ("an air strike killed ...") coded with the doer
and the target the words around the noun give, only when the strike was done.

Every sentence and parse here is written for these tests (the invented states Veltria and
Norland, in a user's own dictionaries); some trees are broken the way small parsers break
news sentences, since the strike is read in word order."""

from __future__ import annotations

import pytest
from coding_cases import coded, load_own

ACTORS = """\
VELTRIA_ [VLT]
+VELTRIAN_
NORLAND_ [NOR]
+NORLANDIC_
OSTIA_ [OST]
KARVENIA_ [KRV]
"""
AGENTS = """\
CIVILIAN [~CVL]
SOLDIER [~MIL]
ROCKET [~MIL]
"""
VERBS = """\
--- WARN [130] ---
WARN

--- CONDEMN [111] ---
CONDEMN

--- KILL [190] ---
KILL
- * CIVILIAN [202]
"""


@pytest.fixture(scope="module")
def d(tmp_path_factory):
    return load_own(tmp_path_factory.mktemp("strikes"), actors=ACTORS, agents=AGENTS, verbs=VERBS)


def test_a_strike_that_killed_is_coded_from_the_demonym_to_the_victims(d):
    # "A Veltrian air strike killed ten Norlandic civilians.": the tree codes the killing of
    # civilians (202) by Veltria, the strike says how (195)
    assert coded(
        d, "A a DET 4 det", "Veltrian Veltrian ADJ 4 amod", "air air NOUN 4 compound",
        "strike strike NOUN 5 nsubj", "killed kill VERB 0 root", "ten ten NUM 8 nummod",
        "Norlandic Norlandic ADJ 8 amod", "civilians civilian NOUN 5 obj", ". . PUNCT 5 punct",
    ) == {("VLT", "NORCVL", "195", "asserted")}  # fmt: skip
    # "A Veltrian air strike on Norland killed ten people.", the tree broken: Veltria's
    # military (as the weapon agents code it), on Norland
    assert coded(
        d, "A a DET 4 det", "Veltrian Veltrian ADJ 4 amod", "air air NOUN 4 compound",
        "strike strike NOUN 0 root", "on on ADP 6 case", "Norland Norland PROPN 4 nmod",
        "killed kill VERB 9 amod", "ten ten NUM 9 nummod", "people people NOUN 4 appos",
        ". . PUNCT 4 punct",
    ) == {("VLTMIL", "NOR", "195", "asserted")}  # fmt: skip


def test_victims_killed_in_shelling_by_an_actor(d):
    # "Ten civilians were killed in shelling by Veltria in Norland.": 194 on the victims
    assert coded(
        d, "Ten ten NUM 2 nummod", "civilians civilian NOUN 4 nsubj:pass",
        "were be AUX 4 aux:pass", "killed kill VERB 0 root", "in in ADP 6 case",
        "shelling shelling NOUN 4 obl", "by by ADP 8 case", "Veltria Veltria PROPN 6 nmod",
        "in in ADP 10 case", "Norland Norland PROPN 4 obl", ". . PUNCT 4 punct",
    ) == {("VLT", "NORCVL", "194", "asserted")}  # fmt: skip


def test_a_strike_carried_out_by_an_actor_in_a_state_in_a_broken_tree(d):
    # "Airstrikes carried out by Veltria in Norland killed ten people.", the harm verb hung
    # as an adjective: the victims name no state, the place does
    assert coded(
        d, "Airstrikes airstrike NOUN 2 nsubj:pass", "carried carry VERB 0 root",
        "out out ADP 5 case", "by by ADP 5 case", "Veltria Veltria PROPN 2 obl",
        "in in ADP 7 case", "Norland Norland PROPN 5 nmod", "killed kill VERB 10 amod",
        "ten ten NUM 10 nummod", "people people NOUN 2 obj", ". . PUNCT 2 punct",
    ) == {("VLT", "NOR", "195", "asserted")}  # fmt: skip


def test_a_strike_feared_or_not_done_is_no_strike(d):
    # "Veltria warned of air strikes by Norland that could hit Veltrian soldiers.": a threat
    # Veltria speaks of, no strike done
    events = coded(
        d, "Veltria Veltria PROPN 2 nsubj", "warned warn VERB 0 root", "of of ADP 5 case",
        "air air NOUN 5 compound", "strikes strike NOUN 2 obl", "by by ADP 7 case",
        "Norland Norland PROPN 5 nmod", "that that PRON 10 nsubj", "could could AUX 10 aux",
        "hit hit VERB 5 acl:relcl", "Veltrian Veltrian ADJ 12 amod",
        "soldiers soldier NOUN 10 obj", ". . PUNCT 2 punct",
    )  # fmt: skip
    assert not {e for e in events if e[2].startswith("19")}
    # "Veltria condemned the Norlandic air strike.": a strike done (condemned) but on no one
    # named, so only the condemnation is coded
    assert coded(
        d, "Veltria Veltria PROPN 2 nsubj", "condemned condemn VERB 0 root",
        "the the DET 6 det", "Norlandic Norlandic ADJ 6 amod", "air air NOUN 6 compound",
        "strike strike NOUN 2 obj", ". . PUNCT 2 punct",
    ) == {("VLT", "NOR", "111", "asserted")}  # fmt: skip


def test_a_verb_of_harm_gives_way_to_the_strike_tagged_a_verb(d):
    # "Ten Norlandic civilians were killed by Veltrian shelling.", "shelling" tagged a verb:
    # the tree codes the killing of civilians (202), the strike says how (194)
    assert coded(
        d, "Ten ten NUM 3 nummod", "Norlandic Norlandic ADJ 3 amod",
        "civilians civilian NOUN 5 nsubj:pass", "were be AUX 5 aux:pass",
        "killed kill VERB 0 root", "by by ADP 8 case", "Veltrian Veltrian ADJ 8 amod",
        "shelling shell VERB 5 obl", ". . PUNCT 5 punct",
    ) == {("VLT", "NORCVL", "194", "asserted")}  # fmt: skip
    # the same with the demonym tagged a proper noun
    assert coded(
        d, "Ten ten NUM 3 nummod", "Norlandic Norlandic ADJ 3 amod",
        "civilians civilian NOUN 5 nsubj:pass", "were be AUX 5 aux:pass",
        "killed kill VERB 0 root", "by by ADP 8 case", "Veltrian Veltrian PROPN 8 amod",
        "shelling shell VERB 5 obl", ". . PUNCT 5 punct",
    ) == {("VLT", "NORCVL", "194", "asserted")}  # fmt: skip


def test_what_an_attack_was_aimed_at_is_no_doer(d):
    # "Several attacks on Norland killed ten Norlandic civilians.": Norland was attacked; who
    # attacked is not said
    assert not coded(
        d, "Several several ADJ 2 amod", "attacks attack NOUN 5 nsubj", "on on ADP 4 case",
        "Norland Norland PROPN 2 nmod", "killed kill VERB 0 root", "ten ten NUM 8 nummod",
        "Norlandic Norlandic ADJ 8 amod", "civilians civilian NOUN 5 obj", ". . PUNCT 5 punct",
    )  # fmt: skip


def test_strikes_condemned_were_done(d):
    # "Ostia condemned on Monday the Veltrian strikes against Norland and Karvenia.": the
    # condemnation, and the strikes it condemns on both states
    rows = [
        "Ostia Ostia PROPN 2 nsubj", "condemned condemn VERB 0 root", "on on ADP 4 case",
        "Monday Monday PROPN 2 obl", "the the DET 7 det", "Veltrian Veltrian ADJ 7 amod",
        "strikes strike NOUN 2 obl", "against against ADP 9 case", "Norland Norland PROPN 7 nmod",
        "and and CCONJ 11 cc", "Karvenia Karvenia PROPN 9 conj", ". . PUNCT 2 punct",
    ]  # fmt: skip
    assert {e[:3] for e in coded(d, *rows)} >= {
        ("VLTMIL", "NOR", "195"), ("VLTMIL", "KRV", "195"),
    }  # fmt: skip
    # "Norland summoned an envoy to protest Veltrian strikes against Norland.": done too
    assert ("VLTMIL", "NOR", "195") in {e[:3] for e in coded(
        d, "Norland Norland PROPN 2 nsubj", "summoned summon VERB 0 root", "an a DET 4 det",
        "envoy envoy NOUN 2 obj", "to to PART 6 mark", "protest protest VERB 2 advcl",
        "Veltrian Veltrian ADJ 8 amod", "strikes strike NOUN 6 obj", "against against ADP 10 case",
        "Norland Norland PROPN 8 nmod", ". . PUNCT 2 punct",
    )}  # fmt: skip
    # "Ostia condemned any Veltrian raid on Norland.": none was done
    assert not any(
        e[0].startswith("VLT")
        for e in coded(
            d, "Ostia Ostia PROPN 2 nsubj", "condemned condemn VERB 0 root", "any any DET 5 det",
            "Veltrian Veltrian ADJ 5 amod", "raid raid NOUN 2 obj", "on on ADP 7 case",
            "Norland Norland PROPN 5 nmod", ". . PUNCT 2 punct",
        )
    )  # fmt: skip
    # "Ostia condemned an attack by Veltrian soldiers in Norland.": PETRARCH's records code
    # the condemnation alone where the doer stands in a "by" phrase
    assert not any(
        e[2].startswith("19")
        for e in coded(
            d, "Ostia Ostia PROPN 2 nsubj", "condemned condemn VERB 0 root", "an a DET 4 det",
            "attack attack NOUN 2 obj", "by by ADP 7 case", "Veltrian Veltrian ADJ 7 amod",
            "soldiers soldier NOUN 4 nmod", "in in ADP 9 case", "Norland Norland PROPN 4 nmod",
            ". . PUNCT 2 punct",
        )
    )  # fmt: skip


def test_an_attack_victims_were_killed_in_is_the_doers_by_its_by_phrase(d):
    # "Ten Norlandic soldiers were killed Thursday night in an attack by Veltrian rebels.",
    # with "night" made the object and "attack" hung on it, as small parsers do: an attack is
    # a strike when its victims were harmed in it, from whom its "by" names
    got = coded(
        d, "Ten ten NUM 3 nummod", "Norlandic Norlandic ADJ 3 amod",
        "soldiers soldier NOUN 5 nsubj:pass", "were be AUX 5 aux:pass", "killed kill VERB 0 root",
        "Thursday Thursday ADJ 7 amod", "night night NOUN 5 obj",
        "in in ADP 10 case", "an a DET 10 det", "attack attack NOUN 7 nmod", "by by ADP 13 case",
        "Veltrian Veltrian ADJ 13 amod", "rebels rebel NOUN 10 nmod", ". . PUNCT 5 punct",
    )  # fmt: skip
    assert ("VLT", "NOR", "190") in {(s[:3], t[:3], c) for s, t, c, _f in got}
    # "Ten Norlandic soldiers discussed an attack by Veltria.": no victim "in" it
    got = coded(
        d, "Ten ten NUM 2 nummod", "Norlandic Norlandic ADJ 3 amod", "soldiers soldier NOUN 0 root",
        "discussed discuss VERB 3 acl", "an a DET 6 det", "attack attack NOUN 4 obj",
        "by by ADP 8 case", "Veltria Veltria PROPN 6 nmod", ". . PUNCT 3 punct",
    )  # fmt: skip
    assert not got


def test_victims_killed_as_a_result_of_rocket_fire(d):
    # "Three Norlandic civilians were killed as a result of Veltrian rocket fire .": a strike
    # from the air (195) by Veltria's military on the victims
    assert coded(
        d, "Three three NUM 3 nummod", "Norlandic Norlandic ADJ 3 amod",
        "civilians civilian NOUN 5 nsubj:pass", "were be AUX 5 aux:pass",
        "killed kill VERB 0 root", "as as ADP 8 case", "a a DET 8 det", "result result NOUN 5 obl",
        "of of ADP 12 case", "Veltrian Veltrian ADJ 12 amod", "rocket rocket NOUN 12 compound",
        "fire fire NOUN 8 nmod", ". . PUNCT 5 punct",
    ) == {("VLTMIL", "NORCVL", "195", "asserted")}  # fmt: skip


def test_a_strike_repelled_was_made_on_whoever_repels_it(d):
    # "Norland is repelling a Veltrian rocket attack .": Veltria's strike (195) on Norland
    rows = [
        "Norland Norland PROPN 3 nsubj", "is be AUX 3 aux", "repelling repel VERB 0 root",
        "a a DET 7 det", "Veltrian Veltrian ADJ 7 amod", "rocket rocket NOUN 7 compound",
        "attack attack NOUN 3 obj", ". . PUNCT 3 punct",
    ]  # fmt: skip
    assert coded(d, *rows) == {("VLTMIL", "NOR", "195", "asserted")}
    # "Norland is preparing a Veltrian rocket attack .": nothing made
    rows[2] = "preparing prepare VERB 0 root"
    assert not coded(d, *rows)


def test_an_attack_that_killed_is_the_doers_by_its_by_phrase_on_its_on_phrase(d):
    # "An attack by Veltrian rebels on a village in Norland killed ten people .", the harm
    # verb the attack's own: a strike (190) on the place's state
    rows = [
        "An a DET 2 det", "attack attack NOUN 11 nsubj", "by by ADP 5 case",
        "Veltrian Veltrian ADJ 5 amod", "rebels rebel NOUN 2 nmod", "on on ADP 8 case",
        "a a DET 8 det", "village village NOUN 2 nmod", "in in ADP 10 case",
        "Norland Norland PROPN 8 nmod", "killed kill VERB 0 root", "ten ten NUM 13 nummod",
        "people people NOUN 11 obj", ". . PUNCT 11 punct",
    ]  # fmt: skip
    assert {(s[:3], t[:3], c) for s, t, c, _f in coded(d, *rows)} == {("VLT", "NOR", "190")}
    # "An attack by Veltrian rebels on Norland angered Ostia , whose soldiers killed ten
    # rebels .": the attack's own verb is no harm; the killing is another's
    got = coded(
        d, "An a DET 2 det", "attack attack NOUN 8 nsubj", "by by ADP 5 case",
        "Veltrian Veltrian ADJ 5 amod", "rebels rebel NOUN 2 nmod", "on on ADP 7 case",
        "Norland Norland PROPN 2 nmod", "angered anger VERB 0 root", "Ostia Ostia PROPN 8 obj",
        ", , PUNCT 13 punct", "whose whose PRON 12 nmod:poss", "soldiers soldier NOUN 13 nsubj",
        "killed kill VERB 9 acl:relcl", "ten ten NUM 15 nummod", "rebels rebel NOUN 13 obj",
        ". . PUNCT 8 punct",
    )  # fmt: skip
    assert not {e for e in got if e[0][:3] == "VLT" and e[1][:3] == "NOR"}


def test_shelling_of_a_place_is_on_its_state_and_fire_caused_is_harm(d):
    # "Veltrian shelling of Norland caused a fire .": 194 on the "of" phrase's state
    assert coded(
        d, "Veltrian Veltrian ADJ 2 amod", "shelling shelling NOUN 5 nsubj", "of of ADP 4 case",
        "Norland Norland PROPN 2 nmod", "caused cause VERB 0 root", "a a DET 7 det",
        "fire fire NOUN 5 obj", ". . PUNCT 5 punct",
    ) == {("VLTMIL", "NOR", "194", "asserted")}  # fmt: skip
    # "Ten Norlandic civilians were killed after Veltrian shelling .": suffered "after" it
    assert coded(
        d, "Ten ten NUM 3 nummod", "Norlandic Norlandic ADJ 3 amod",
        "civilians civilian NOUN 5 nsubj:pass", "were be AUX 5 aux:pass",
        "killed kill VERB 0 root", "after after ADP 8 case", "Veltrian Veltrian ADJ 8 amod",
        "shelling shelling NOUN 5 obl", ". . PUNCT 5 punct",
    ) == {("VLT", "NORCVL", "194", "asserted")}  # fmt: skip


def test_a_missile_intercepted_was_the_launchers_strike_on_whoever_stopped_it(d):
    # "Norlandic soldiers intercepted a missile launched by Veltria .": Veltria's strike from
    # the air (195) on Norland, no act of Norland's on Veltria
    rows = [
        "Norlandic Norlandic ADJ 2 amod", "soldiers soldier NOUN 3 nsubj",
        "intercepted intercept VERB 0 root", "a a DET 5 det", "missile missile NOUN 3 obj",
        "launched launch VERB 5 acl", "by by ADP 8 case", "Veltria Veltria PROPN 6 obl",
        ". . PUNCT 3 punct",
    ]  # fmt: skip
    assert {(s[:3], t[:3], c) for s, t, c, _f in coded(d, *rows)} == {("VLT", "NOR", "195")}
    # "... a missile launched by Veltria toward Ostia .": on the state it flew toward
    rows[8:] = ["toward toward ADP 10 case", "Ostia Ostia PROPN 6 obl", ". . PUNCT 3 punct"]
    assert {(s[:3], t[:3], c) for s, t, c, _f in coded(d, *rows)} == {("VLT", "OST", "195")}
    # "Norlandic soldiers intercepted a missile shipment sent by Veltria .": no weapon in
    # flight, no strike
    rows = [
        "Norlandic Norlandic ADJ 2 amod", "soldiers soldier NOUN 3 nsubj",
        "intercepted intercept VERB 0 root", "a a DET 6 det", "missile missile NOUN 6 compound",
        "shipment shipment NOUN 3 obj", "sent send VERB 6 acl", "by by ADP 9 case",
        "Veltria Veltria PROPN 7 obl", ". . PUNCT 3 punct",
    ]  # fmt: skip
    assert not {e for e in coded(d, *rows) if e[2] == "195"}


def test_a_strike_its_victims_were_killed_in(d):
    # "A Norlandic commander was killed in a Veltrian strike .": Veltria's military (195)
    got = coded(
        d, "A a DET 3 det", "Norlandic Norlandic ADJ 3 amod", "commander commander NOUN 5 nsubj:pass",
        "was be AUX 5 aux:pass", "killed kill VERB 0 root", "in in ADP 9 case", "a a DET 9 det",
        "Veltrian Veltrian ADJ 9 amod", "strike strike NOUN 5 obl", ". . PUNCT 5 punct",
    )  # fmt: skip
    assert ("VLTMIL", "NOR", "195") in {(s, t[:3], c) for s, t, c, _f in got}


def test_weapons_condemned_stand_for_the_forces_that_used_them(d):
    # "Ostia condemned Veltrian rockets .": a condemnation (111) of Veltria's forces, though
    # weapons are otherwise actors only as subjects
    assert coded(
        d, "Ostia Ostia PROPN 2 nsubj", "condemned condemn VERB 0 root",
        "Veltrian Veltrian ADJ 4 amod", "rockets rocket NOUN 2 obj", ". . PUNCT 2 punct",
    ) == {("OST", "VLTMIL", "111", "asserted")}  # fmt: skip


def test_who_came_under_shelling_is_its_target(d):
    # "Norlandic soldiers came under heavy Veltrian shelling .": Veltria shelled them
    assert coded(
        d, "Norlandic Norlandic ADJ 2 amod", "soldiers soldier NOUN 3 nsubj",
        "came come VERB 0 root", "under under ADP 7 case", "heavy heavy ADJ 7 amod",
        "Veltrian Veltrian ADJ 7 amod", "shelling shelling NOUN 3 obl", ". . PUNCT 3 punct",
    ) == {("VLTMIL", "NORMIL", "194", "asserted")}  # fmt: skip


def test_a_strike_one_is_condemned_for_is_theirs(d):
    # "Norland condemned Veltria for its missile attack on Ostia.": Veltria's strike from
    # the air on Ostia, besides the condemnation
    rows = [
        "Norland Norland PROPN 2 nsubj", "condemned condemn VERB 0 root",
        "Veltria Veltria PROPN 2 obj", "for for ADP 7 case", "its its PRON 7 nmod:poss",
        "missile missile NOUN 7 compound", "attack attack NOUN 2 obl", "on on ADP 9 case",
        "Ostia Ostia PROPN 7 nmod", ". . PUNCT 2 punct",
    ]  # fmt: skip
    assert {e[:3] for e in coded(d, *rows)} == {("NOR", "VLT", "111"), ("VLT", "OST", "195")}
    # "Norland condemned Veltria for its deadly missile attack on Ostia.", "deadly" an adverb
    rows = [
        "Norland Norland PROPN 2 nsubj", "condemned condemn VERB 0 root",
        "Veltria Veltria PROPN 2 obj", "for for ADP 8 case", "its its PRON 8 nmod:poss",
        "deadly deadly ADV 7 advmod", "missile missile NOUN 8 compound", "attack attack NOUN 2 obl",
        "on on ADP 10 case", "Ostia Ostia PROPN 8 nmod", ". . PUNCT 2 punct",
    ]  # fmt: skip
    assert ("VLT", "OST", "195") in {e[:3] for e in coded(d, *rows)}
    # "Norland condemned the Veltria for its missile attack on Ostia.", an article between
    rows = [
        "Norland Norland PROPN 2 nsubj", "condemned condemn VERB 0 root", "the the DET 4 det",
        "Veltria Veltria PROPN 2 obj", "for for ADP 8 case", "its its PRON 8 nmod:poss",
        "missile missile NOUN 8 compound", "attack attack NOUN 2 obl", "on on ADP 10 case",
        "Ostia Ostia PROPN 8 nmod", ". . PUNCT 2 punct",
    ]  # fmt: skip
    assert ("VLT", "OST", "195") in {e[:3] for e in coded(d, *rows)}
    # "Norland condemned Veltria for its remarks on Ostia.": no strike
    rows = [
        "Norland Norland PROPN 2 nsubj", "condemned condemn VERB 0 root",
        "Veltria Veltria PROPN 2 obj", "for for ADP 6 case", "its its PRON 6 nmod:poss",
        "remarks remark NOUN 2 obl", "on on ADP 8 case", "Ostia Ostia PROPN 6 nmod",
        ". . PUNCT 2 punct",
    ]  # fmt: skip
    assert {e[:3] for e in coded(d, *rows)} == {("NOR", "VLT", "111")}
