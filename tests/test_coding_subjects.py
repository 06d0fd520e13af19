"""kg.coding.subjects: who does a verb's act where a small parser did not hang the subject on
it; here, a sentence the parser rooted on its subject's noun, with the main verb hung inside
that noun's phrase, and participles after a relative clause or a subordinator.

Every sentence and parse here is written for these tests (the invented states Veltria,
Norland and Ostia, in a user's own dictionaries)."""

from __future__ import annotations

import pytest
from coding_cases import coded, load_own

ACTORS = """\
VELTRIA_ [VLT]
+VELTRIAN_
NORLAND_ [NOR]
OSTIA_ [OST]
+OSTIAN_
"""
AGENTS = """\
PROTESTER [~OPP]
PRESIDENT [~GOV]
ENVOY [~GOV]
SOLDIER [~MIL]
"""
VERBS = """\
--- CRITICIZE [111] ---
CRITICIZE {CRITICIZED CRITICIZING CRITICIZES}
--- ATTACK [190] ---
ATTACK {ATTACKED ATTACKING ATTACKS}
--- BOYCOTT [163] ---
BOYCOTT {BOYCOTTED BOYCOTTING BOYCOTTS}
--- INVITE [---] ---
INVITE {INVITED INVITING INVITES}
- * (TO) [036]
"""


@pytest.fixture(scope="module")
def d(tmp_path_factory):
    return load_own(tmp_path_factory.mktemp("subjects"), actors=ACTORS, agents=AGENTS, verbs=VERBS)


def test_a_main_verb_hung_inside_the_subject_phrase_is_the_subjects_act(d):
    # "Veltrian President Quell on Monday criticized Norland.", rooted on "Quell" with
    # "criticized" made a clause of "Monday": the president criticized Norland
    assert coded(
        d, "Veltrian Veltrian ADJ 2 amod", "President president PROPN 3 compound",
        "Quell Quell PROPN 0 root", "on on ADP 5 case", "Monday Monday PROPN 3 nmod",
        "criticized criticize VERB 5 acl", "Norland Norland PROPN 6 obj", ". . PUNCT 3 punct",
    ) == {("VLTGOV", "NOR", "111", "asserted")}  # fmt: skip
    # "Veltria's president, Quell, and Ostia's envoy on Monday criticized Norland.": both
    assert coded(
        d, "Veltria Veltria PROPN 3 nmod:poss", "'s 's PART 1 case",
        "president president NOUN 0 root", ", , PUNCT 5 punct", "Quell Quell PROPN 3 appos",
        ", , PUNCT 10 punct", "and and CCONJ 10 cc", "Ostia Ostia PROPN 10 nmod:poss",
        "'s 's PART 8 case", "envoy envoy NOUN 3 conj", "on on ADP 12 case",
        "Monday Monday PROPN 10 nmod", "criticized criticize VERB 12 acl",
        "Norland Norland PROPN 13 obj", ". . PUNCT 3 punct",
    ) == {("VLTGOV", "NOR", "111", "asserted"), ("OSTGOV", "NOR", "111", "asserted")}  # fmt: skip


def test_a_participle_with_its_doer_is_not_the_subjects_act(d):
    # "Norland's envoy, invited by Veltria to Ostia.": the participle names its own doer
    assert not {e for e in coded(
        d, "Norland Norland PROPN 3 nmod:poss", "'s 's PART 1 case", "envoy envoy NOUN 0 root",
        ", , PUNCT 5 punct", "invited invite VERB 3 acl", "by by ADP 7 case",
        "Veltria Veltria PROPN 5 obl", "to to ADP 9 case", "Ostia Ostia PROPN 5 obl",
        ". . PUNCT 3 punct",
    ) if e[0] == "NORGOV"}  # fmt: skip


def test_only_the_first_verb_of_a_noun_rooted_sentence_is_its_main_verb(d):
    # "Veltrian soldiers attacking Norland, criticized Ostia.": a present participle comes
    # first, so the later verb is no main verb the soldiers' phrase holds
    events = coded(
        d, "Veltrian Veltrian ADJ 2 amod", "soldiers soldier NOUN 0 root",
        "attacking attack VERB 2 acl", "Norland Norland PROPN 3 obj", ", , PUNCT 6 punct",
        "criticized criticize VERB 4 acl", "Ostia Ostia PROPN 6 obj", ". . PUNCT 2 punct",
    )  # fmt: skip
    assert not {e for e in events if e[2] == "111"}


def test_a_participle_after_a_relative_clause_is_not_the_main_subjects(d):
    # "Veltrian soldiers attacked Ostian protesters who were blocking roads , boycotting
    # Norland .", "boycotting" made a conjunct of "attacked": the protesters boycott, not
    # the soldiers
    rows = [
        "Veltrian Veltrian ADJ 2 amod", "soldiers soldier NOUN 3 nsubj",
        "attacked attack VERB 0 root", "Ostian Ostian ADJ 5 amod",
        "protesters protester NOUN 3 obj", "who who PRON 8 nsubj", "were be AUX 8 aux",
        "blocking block VERB 3 advcl", "roads road NOUN 8 obj", ", , PUNCT 11 punct",
        "boycotting boycott VERB 3 conj", "Norland Norland PROPN 11 obj", ". . PUNCT 3 punct",
    ]  # fmt: skip
    got = coded(d, *rows)
    assert ("VLTMIL", "OSTOPP", "190", "asserted") in got
    assert ("VLTMIL", "NOR", "163", "asserted") not in got
    # the same with "boycotting" hung as a clause of "attacked" after the comma
    rows[10] = "boycotting boycott VERB 3 advcl"
    assert ("VLTMIL", "NOR", "163", "asserted") not in coded(d, *rows)
    # with no relative clause between them the soldiers do both: "Veltrian soldiers attacked
    # Ostia , boycotting Norland ."
    assert ("VLTMIL", "NOR", "163", "asserted") in coded(
        d, "Veltrian Veltrian ADJ 2 amod", "soldiers soldier NOUN 3 nsubj",
        "attacked attack VERB 0 root", "Ostia Ostia PROPN 3 obj", ", , PUNCT 6 punct",
        "boycotting boycott VERB 3 conj", "Norland Norland PROPN 6 obj", ". . PUNCT 3 punct",
    )  # fmt: skip


def test_a_name_before_and_that_opens_the_subject_is_a_subject_too(d):
    # "Ostia said Veltria and Norland attacked Ostian soldiers .", "Veltria" hung as the
    # object of "said": both attacked
    rows = [
        "Ostia Ostia PROPN 2 nsubj", "said say VERB 0 root", "Veltria Veltria PROPN 2 obj",
        "and and CCONJ 5 cc", "Norland Norland PROPN 6 nsubj", "attacked attack VERB 2 conj",
        "Ostian Ostian ADJ 8 amod", "soldiers soldier NOUN 6 obj", ". . PUNCT 2 punct",
    ]  # fmt: skip
    assert {("VLT", "OSTMIL", "190", "asserted"), ("NOR", "OSTMIL", "190", "asserted")} <= coded(
        d, *rows
    )
    # "... said the envoy and Norland attacked ...": only a name is taken
    rows[2:3] = ["the the DET 4 det", "envoy envoy NOUN 2 obj"]
    rows[3:] = [
        "and and CCONJ 6 cc", "Norland Norland PROPN 7 nsubj", "attacked attack VERB 2 conj",
        "Ostian Ostian ADJ 9 amod", "soldiers soldier NOUN 7 obj", ". . PUNCT 2 punct",
    ]  # fmt: skip
    assert not any(e[0] == "---GOV" or e[0] == "OSTGOV" for e in coded(d, *rows))


def test_a_verb_hung_on_the_subject_noun_before_it_is_that_subjects_act(d):
    # "Ostian soldiers criticized Norland, and Veltria, on Monday, attacked Norland.", with
    # "attacked" hung on "Veltria" as a parataxis: Veltria attacked Norland
    rows = [
        "Ostian Ostian ADJ 2 amod", "soldiers soldier NOUN 3 nsubj",
        "criticized criticize VERB 0 root", "Norland Norland PROPN 3 obj", ", , PUNCT 7 punct",
        "and and CCONJ 7 cc", "Veltria Veltria PROPN 3 conj", ", , PUNCT 7 punct",
        "on on ADP 10 case", "Monday Monday PROPN 7 nmod", ", , PUNCT 12 punct",
        "attacked attack VERB 7 parataxis", "Norland Norland PROPN 12 obj", ". . PUNCT 3 punct",
    ]  # fmt: skip
    assert ("VLT", "NOR", "190") in {e[:3] for e in coded(d, *rows)}
    # "Veltria, on Monday, attacked by Norland, ...": a participle of what was done to it
    assert ("VLT", "NOR", "190") not in {e[:3] for e in coded(
        d, "Veltria Veltria PROPN 12 nsubj", ", , PUNCT 1 punct", "on on ADP 4 case",
        "Monday Monday PROPN 1 nmod", ", , PUNCT 6 punct", "attacked attack VERB 1 parataxis",
        "by by ADP 8 case", "Norland Norland PROPN 6 obl", ", , PUNCT 12 punct",
        "Ostian Ostian ADJ 11 amod", "soldiers soldier NOUN 12 nsubj", "said say VERB 0 root",
        ". . PUNCT 12 punct",
    )}  # fmt: skip


def test_a_participle_after_a_subordinator_is_the_governors_subjects_act(d):
    # "Veltrian soldiers boycotted Ostia after attacking Norland.": the soldiers attacked
    assert ("VLTMIL", "NOR", "190", "asserted") in coded(
        d, "Veltrian Veltrian ADJ 2 amod", "soldiers soldier NOUN 3 nsubj",
        "boycotted boycott VERB 0 root", "Ostia Ostia PROPN 3 obj", "after after SCONJ 6 mark",
        "attacking attack VERB 3 advcl", "Norland Norland PROPN 6 obj", ". . PUNCT 3 punct",
    )  # fmt: skip
    # "Veltrian protesters attacked Norland before being criticized by Ostia.": "being"
    # takes no subject, so the protesters criticize no one
    events = coded(
        d, "Veltrian Veltrian ADJ 2 amod", "protesters protester NOUN 3 nsubj",
        "attacked attack VERB 0 root", "Norland Norland PROPN 3 obj", "before before SCONJ 6 mark",
        "being be VERB 3 advcl", "criticized criticize VERB 6 xcomp", "by by ADP 9 case",
        "Ostia Ostia PROPN 7 obl", ". . PUNCT 3 punct",
    )  # fmt: skip
    assert {(e[0], e[1]) for e in events if e[0].startswith("VLT")} == {("VLTOPP", "NOR")}
    # (Ostia's criticism is of them: a condemnation no one is named for in the tree is of who
    # did the act the sentence tells)
    assert ("OST", "VLTOPP", "111") in {e[:3] for e in events}


def test_a_participle_after_a_subordinator_hung_on_a_noun_is_the_clauses_doers(d):
    # "Veltrian soldiers boycotted the talks after attacking Norland .", "attacking" hung on
    # "talks": the soldiers attacked
    assert ("VLTMIL", "NOR", "190", "asserted") in coded(
        d, "Veltrian Veltrian ADJ 2 amod", "soldiers soldier NOUN 3 nsubj",
        "boycotted boycott VERB 0 root", "the the DET 5 det", "talks talk NOUN 3 obj",
        "after after SCONJ 7 mark", "attacking attack VERB 5 acl", "Norland Norland PROPN 7 obj",
        ". . PUNCT 3 punct",
    )  # fmt: skip
    # "... without attacking Norland .": not done
    assert not {e for e in coded(
        d, "Veltrian Veltrian ADJ 2 amod", "soldiers soldier NOUN 3 nsubj",
        "boycotted boycott VERB 0 root", "the the DET 5 det", "talks talk NOUN 3 obj",
        "without without SCONJ 7 mark", "attacking attack VERB 3 advcl",
        "Norland Norland PROPN 7 obj", ". . PUNCT 3 punct",
    ) if e[0] == "VLTMIL" and e[2] == "190"}  # fmt: skip


def test_a_participle_joined_to_a_passive_with_a_by_phrase_is_passive(d):
    # "Two Veltrian soldiers were wounded and attacked by Norland.", "wounded" an adjective
    # with "were" its copula and "attacked" joined to it: Norland attacked the soldiers
    rows = [
        "Two two NUM 3 nummod", "Veltrian Veltrian ADJ 3 amod", "soldiers soldier NOUN 5 nsubj",
        "were be AUX 5 cop", "wounded wound ADJ 0 root", "and and CCONJ 7 cc",
        "attacked attack VERB 5 conj", "by by ADP 9 case", "Norland Norland PROPN 7 obl",
        ". . PUNCT 5 punct",
    ]  # fmt: skip
    assert coded(d, *rows) == {("NOR", "VLTMIL", "190", "asserted")}
    # "Two Veltrian soldiers were deployed and attacked Norland.": active, with its object
    rows = [
        "Two two NUM 3 nummod", "Veltrian Veltrian ADJ 3 amod", "soldiers soldier NOUN 5 nsubj",
        "were be AUX 5 aux:pass", "deployed deploy VERB 0 root", "and and CCONJ 7 cc",
        "attacked attack VERB 5 conj", "Norland Norland PROPN 7 obj", ". . PUNCT 5 punct",
    ]  # fmt: skip
    assert coded(d, *rows) == {("VLTMIL", "NOR", "190", "asserted")}
