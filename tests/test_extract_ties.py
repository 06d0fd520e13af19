"""Diplomatic ties restored, resumed or broken off (CAMEO 050 and 16x, phrases of real reporting
and of PETRARCH's dictionaries), and two subjects joined by "and" that the parser split, over UD
trees of sentences written for these tests (no model needed)."""

import datetime as dt
from pathlib import Path

import pytest

DATA = Path(__file__).parent / "data"


@pytest.fixture(scope="module")
def ties(extractor):
    from kg.parse.conllu import to_document

    doc = to_document((DATA / "en_ties.conllu").read_text(), "en")
    triples, _ = extractor.extract(doc, "en", dt.date(2023, 3, 10))
    return {(t.sentence_index, t.subject, t.relation, t.object, t.factuality) for t in triples}


def test_two_subjects_the_parser_split_restore_ties_with_each_other(ties):
    assert (0, "saudi_arabia", "cooperates_with", "iran", "asserted") in ties


def test_breaking_off_relations_reduces_them(ties):
    assert (1, "qatar", "reduces_relations_with", "egypt", "asserted") in ties


def test_restoring_full_diplomatic_ties_with_a_state_is_cooperation(ties):
    assert (2, "indonesia", "cooperates_with", "fiji", "future") in ties
