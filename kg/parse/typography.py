"""Typography the small parsers misread, written plainly for them and restored after.

English models trained mostly on ASCII text read "Uzbekistan’s" (a typographic apostrophe) as
"Uzbekistan is"; :func:`plain_apostrophes` gives them "Uzbekistan's", one character for one so
that offsets hold, and :func:`restore_text` gives the parsed document its text as written.
"""

from __future__ import annotations

import re

__all__ = ["TEXT_PREPARATION", "plain_apostrophes", "restore_text"]

#: the version of how texts are prepared for the models, part of the parse-cache key: change
#: it with :func:`plain_apostrophes`, so that parses of texts prepared otherwise are not reused
TEXT_PREPARATION = "2"

#: a typographic apostrophe inside a word ("Uzbekistan’s", "don’t", "O’Brien"), or a letter
#: apostrophe or opening quote written for one ("Kazakhstanʼs", "chargé d‘affaires")
_APOSTROPHE = re.compile(r"(?<=[^\W\d_])[’ʼ‘](?=[^\W\d_])")
_MARKS = ("’", "ʼ", "‘")


def plain_apostrophes(text: str) -> str:
    """``text`` with typographic apostrophes inside words (and the letter apostrophe or the
    opening quote some outlets write for one: "Kazakhstanʼs") written as ASCII ones, one
    character for one, so offsets hold: the small English models, trained mostly on ASCII
    text, read "Uzbekistan’s" as "Uzbekistan is".

    >>> plain_apostrophes("Uzbekistan’s minister said ‘no’.")
    "Uzbekistan's minister said ‘no’."
    """
    return _APOSTROPHE.sub("'", text) if any(m in text for m in _MARKS) else text


def restore_text(doc, text: str) -> None:
    """Give a Document parsed from :func:`plain_apostrophes` text its original characters:
    the document's and each sentence's text (what provenance quotes); words keep the
    plain forms the models read."""
    if doc.text == text:
        return
    doc.text = text
    for sent in doc.sentences:
        toks = sent.tokens
        if toks and toks[0].start_char is not None and toks[-1].end_char is not None:
            sent.text = text[toks[0].start_char : toks[-1].end_char]
