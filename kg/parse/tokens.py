"""The words of a parsed sentence as the extractor reads them, and the two readers that make
them: from Stanza's ``Document`` (:func:`tokens_of`) and from the parse cache's dicts
(:func:`parsed_from_dicts`, no Stanza objects built).

>>> toks = parsed_from_dicts([[{"id": 1, "text": "Putin", "upos": "PROPN", "head": 0}]], "Putin")
>>> toks.sentences[0].toks[0].lemma, toks.sentences[0].toks[0].head
('putin', -1)
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class Tok:
    """One syntactic word of a sentence (0-based ``head``; -1 for the root)."""

    i: int
    text: str
    lower: str
    lemma: str
    upos: str
    head: int
    deprel: str
    start: int
    end: int
    ner: str = "O"


def _tok(wid, text, lemma, upos, head, deprel, start, end, ner) -> Tok:
    """A :class:`Tok` from a word's fields as Stanza gives them (``None`` where missing);
    one place for the defaults, whichever reader the fields come from."""
    return Tok(
        wid - 1,
        text,
        text.lower(),
        (lemma or text).lower(),
        upos or "X",
        (head or 0) - 1,
        deprel or "dep",
        start or 0,
        end or 0,
        ner or "O",
    )


def tokens_of(sent) -> list[Tok]:
    """The words of a Stanza sentence (or a :class:`Sentence`) as :class:`Tok` (0-based
    heads); a word without offsets takes its multi-word token's."""
    if isinstance(sent, Sentence):
        return sent.toks
    toks = []
    for w in sent.words:
        tok = w.parent
        start, end = w.start_char, w.end_char
        if start is None and tok is not None:
            start = tok.start_char
        if end is None and tok is not None:
            end = tok.end_char
        ner = getattr(tok, "ner", None)
        toks.append(_tok(w.id, w.text, w.lemma, w.upos, w.head, w.deprel, start, end, ner))
    return toks


@dataclass(frozen=True)
class Sentence:
    """A parsed sentence as the extractor reads it: its text and its words."""

    text: str | None
    toks: list[Tok]


@dataclass(frozen=True)
class Parsed:
    """A parsed article without Stanza's object tree: what the parse cache reads back for
    extraction (building Stanza's ``Document`` costs more than extracting from it)."""

    sentences: list[Sentence]


def parsed_from_dicts(sentences: list[list[dict]], text: str) -> Parsed | None:
    """The words of Stanza's dict form of a Document (``Document.to_dict()``) as
    :class:`Tok`, exactly as :func:`tokens_of` reads them from the Document built from the
    same dicts; ``None`` for dicts only Stanza's own reader handles (offsets kept in
    ``misc``, a word id given twice)."""
    out = []
    for entries in sentences:
        toks: list[Tok] = []
        spans: list[tuple[int | None, int | None]] = []  # (start, end) of each token
        seen: set[int] = set()
        last = -1  # the last word id of the multi-word token being read
        mwt: dict = {}
        for e in entries:
            wid, misc = e.get("id"), e.get("misc")
            if misc and "_char=" in misc:
                return None
            if isinstance(wid, (list, tuple)) and len(wid) == 1:
                wid = wid[0]
            if isinstance(wid, (list, tuple)):
                if wid[0] == 0 or wid[0] in seen:
                    continue  # an empty node: not a word of the tree
                if len(wid) != 2 or not e.get("text"):
                    return None
                mwt, last = e, wid[1]
                spans.append((e.get("start_char"), e.get("end_char")))
                continue
            if not isinstance(wid, int) or wid in seen or not e.get("text"):
                return None
            seen.add(wid)
            token = mwt if wid <= last else e
            if token is e:
                spans.append((e.get("start_char"), e.get("end_char")))
            start, end = e.get("start_char"), e.get("end_char")
            if start is None:
                start = token.get("start_char")
            if end is None:
                end = token.get("end_char")
            toks.append(
                _tok(
                    wid,
                    e["text"],
                    e.get("lemma"),
                    e.get("upos"),
                    e.get("head"),
                    e.get("deprel"),
                    start,
                    end,
                    token.get("ner"),
                )
            )
        if not spans:
            return None
        (begin, _), (_, finish) = spans[0], spans[-1]
        span = text[begin:finish] if begin is not None and finish is not None else None
        out.append(Sentence(span or None, toks))
    return Parsed(out)


__all__ = ["Parsed", "Sentence", "Tok", "parsed_from_dicts", "tokens_of"]
