"""kg.coding.custody: an arrest, detention, seizure, deportation or abduction a noun names
"of" someone "by" someone (or with its doer right before it) is coded from the doer to whom
it was done to; a person with no state arrested is the arresting state's own; a feared or
threatened arrest is none.

Every sentence and parse here is written for these tests (the invented states Veltria and
Norland, in a user's own dictionaries)."""

from __future__ import annotations

import pytest
from coding_cases import VELTRIA_NORLAND, coded, load_own

ACTORS = VELTRIA_NORLAND
AGENTS = """\
POLICE {} [~COP]
JOURNALIST [~MED]
"""
VERBS = """\
--- CONDEMN [111] ---
CONDEMN {CONDEMNED CONDEMNING CONDEMNS}
"""


@pytest.fixture(scope="module")
def d(tmp_path_factory):
    return load_own(tmp_path_factory.mktemp("custody"), actors=ACTORS, agents=AGENTS, verbs=VERBS)


def rows(noun: str, before: str = "", whose: str = "") -> list[str]:
    # "Norland condemned the <before> <noun> of a <whose> journalist by Veltrian police ."
    b, w = int(bool(before)), int(bool(whose))
    return [
        "Norland Norland PROPN 2 nsubj", "condemned condemn VERB 0 root", f"the the DET {4 + b} det",
        *([f"{before} {before} NOUN {4 + b} compound"] if before else []),
        f"{noun} {noun} NOUN 2 obj", f"of of ADP {7 + b + w} case", f"a a DET {7 + b + w} det",
        *([f"{whose} {whose} ADJ {7 + b + w} amod"] if whose else []),
        f"journalist journalist NOUN {4 + b} nmod", f"by by ADP {10 + b + w} case",
        f"Veltrian Veltrian ADJ {10 + b + w} amod", f"police police NOUN {4 + b} nmod",
        ". . PUNCT 2 punct",
    ]  # fmt: skip


def test_an_arrest_named_by_a_noun_is_coded_from_its_doer_to_whom_it_took(d):
    # "Norland condemned the arrest of a journalist by Veltrian police.": Veltria's police
    # arrested one of Veltria's own (173)
    assert ("VLTCOP", "VLTMED", "173") in {e[:3] for e in coded(d, *rows("arrest"))}
    # "... the deportation of a Norlandic journalist by Veltrian police.": deported (174)
    got = {e[:3] for e in coded(d, *rows("deportation", whose="Norlandic"))}
    assert ("VLTCOP", "NORMED", "174") in got


def test_a_feared_arrest_is_none(d):
    # "Norland condemned the threat arrest of ...": a threat of arrest is no arrest
    got = {e[:3] for e in coded(d, *rows("arrest", before="threat"))}
    assert not any(c == "173" for _s, _t, c in got)
