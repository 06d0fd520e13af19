"""Helpers of the dictionary coder's tests (tests/test_coding.py, tests/test_coding_rules.py):
sentences written as rows of a tree, coded with a user's own dictionaries."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from kg.coding.coder import code_sentence
from kg.coding.dictionaries import CodingDictionaries, load_coding_dictionaries
from kg.coding.sentence import Sentence
from kg.parse.conllu import to_document

DAY = dt.date(2022, 1, 1)
#: the invented states most tests use, in PETRARCH's actor format, with their demonyms
VELTRIA_NORLAND = """\
VELTRIA_ [VLT]
+VELTRIAN_
NORLAND_ [NOR]
+NORLANDIC_
"""


def conllu(*rows: str) -> str:
    """CoNLL-U of rows written ``form lemma UPOS head deprel``."""
    lines = [
        "\t".join((str(i), *(r.split()[:3]), "_", "_", *(r.split()[3:5]), "_", "_"))
        for i, r in enumerate(rows, 1)
    ]
    return "# text = " + " ".join(r.split()[0] for r in rows) + "\n" + "\n".join(lines) + "\n"


def coded(dicts, *rows: str, date: dt.date | None = DAY) -> set[tuple[str, str, str, str]]:
    """(source, target, code, factuality) of the sentence the rows write."""
    doc = to_document(conllu(*rows))
    return {
        (e.source, e.target, e.code, e.factuality)
        for s in doc.sentences
        for e in code_sentence(Sentence.from_stanza(s), dicts, date)
    }


def own_dictionaries(folder: Path, **texts: str) -> Path:
    """A user's own dictionaries, as PETRARCH text files in ``folder`` (``actors=``,
    ``agents=``, ``verbs=``, ``discards=``)."""
    for kind, text in texts.items():
        (folder / f"Test.{kind}.txt").write_text(text, encoding="utf-8")
    return folder


def load_own(folder: Path, **texts: str) -> CodingDictionaries:
    return load_coding_dictionaries(own_dictionaries(folder, **texts))
