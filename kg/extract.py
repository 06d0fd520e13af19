"""Universal Dependencies trees → subject–relation–object triples.

Language-neutral: every word that differs by language comes from
``ontologies/lexicon/<lang>.tsv`` (predicates, light verbs, negation, future,
reporting) and the actor dictionary (names, titles).

>>> from kg.conllu import to_document
>>> triples, _ = Extractor.default().extract(to_document(conllu_text), "en", None)  # doctest: +SKIP
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from kg.actors import ActorIndex, load_actors
from kg.arguments import (
    Predicate,
    actors_of,
    ancestors,
    coordinated,
    is_kind,
    objects,
    reciprocal,
    subjects,
)
from kg.factuality import factuality, quantities, quoted, speaker
from kg.lexicon import PREDICATE_KINDS, Entry, Lexicon
from kg.mentions import Discourse, Mention, Structural, Tok, actor_type, find_mentions
from kg.model import Triple
from kg.ontology import load_relations


@dataclass
class Extractor:
    """Extracts triples from Stanza Documents; holds the loaded knowledge."""

    index: ActorIndex

    @classmethod
    def default(cls) -> Extractor:
        return cls(load_actors())

    def lexicon(self, lang: str) -> Lexicon:
        """The lexicon of ``lang`` (loaded once per process by :meth:`Lexicon.load`)."""
        return Lexicon.load(lang)

    def extract(self, doc, lang: str, date: dt.date | None) -> tuple[list[Triple], Discourse]:
        """All triples of a parsed article, with the discourse state (new actors)."""
        lex = self.lexicon(lang)
        relations = load_relations()
        discourse = Discourse()
        triples: list[Triple] = []
        for s_index, sent in enumerate(doc.sentences):
            toks = tokens_of(sent)
            if not toks:
                continue
            mentions, facts = find_mentions(toks, self.index, lex, date, lang, discourse)
            text = sent.text if getattr(sent, "text", None) else " ".join(t.text for t in toks)
            start, end = toks[0].start, toks[-1].end
            made: list[Triple] = []
            for f in facts:
                made.append(
                    Triple(
                        f.subject,
                        f.relation,
                        f.object,
                        "asserted",
                        0.9,
                        f.pattern,
                        text,
                        s_index,
                        start,
                        end,
                        date,
                    )
                )
            made.extend(
                self._events(toks, mentions, lex, relations, text, s_index, date, discourse)
            )
            for t in made:
                t.char_start, t.char_end = start, end
            triples.extend(made)
            _update_discourse(discourse, mentions, self.index)
        return dedupe(triples), discourse

    def _events(
        self, toks, mentions, lex, relations, text, s_index, date, discourse
    ) -> list[Triple]:
        out: list[Triple] = []
        owner = {i: m for m in mentions for i in m.tokens()}
        quotes = quoted(toks)
        reports = [t.i for t in toks if is_kind(lex, "report", t)]
        who = speaker(toks, reports, owner)
        weak = {m.actor for m in mentions if m.kind in ("pronoun", "plural", "title")}
        preds = predicates(toks, lex, set(owner))

        def kind_of(actor: str) -> str:
            return actor_type(self.index, actor, discourse)

        heads = {p.head for p in preds} | {p.trigger for p in preds}
        for pred in preds:
            rel = relations.get(pred.entry.relation)
            if rel is None:
                continue
            nominal = pred.kind == "noun"
            if nominal and any(a in heads for a in ancestors(toks, pred.trigger)):
                continue  # an event noun inside another predicate's argument describes, not asserts
            subj, s_how = subjects(toks, pred, owner, mentions, kind_of)
            obj, o_how = objects(toks, pred, owner, mentions, lex)
            subj, obj = self._drop_members(subj), self._drop_members(obj)
            if nominal and s_how != "tree" and o_how != "between":
                continue  # nominal events need their own arguments: no guessing
            if (
                nominal
                and o_how == "between"
                and any(self.index.members(a) for a in subj if a in self.index)
            ):
                continue  # "kemitraan AUKUS antara Australia, ...": a membership list
            mutual = reciprocal(toks, lex, pred)
            pairs: list[tuple[str, str]] = []
            if o_how == "between" and len(obj) == 1:
                obj = actors_of(coordinated(toks, owner, obj[0]))
            if o_how == "between" and len(obj) < 2:
                continue
            if o_how == "between":
                pairs = [(a, b) for k, a in enumerate(obj) for b in obj[k + 1 :]]
                if not rel.symmetric:
                    pairs += [(b, a) for a, b in pairs]
            elif obj:
                pairs = [(s, o) for s in subj for o in obj if s != o]
            elif len(subj) >= 2 and (rel.symmetric or mutual):
                pairs = [(a, b) for a in subj for b in subj if a != b]
                if rel.symmetric:
                    pairs = [(a, b) for a, b in pairs if subj.index(a) < subj.index(b)]
                o_how = "reciprocal" if mutual else "plural-subject"
            pairs = [(a, b) for a, b in pairs if not self._member(a, b) and not self._member(b, a)]
            if not pairs:
                continue
            fact = factuality(toks, pred, lex, quotes, reports)
            conf = (
                0.9
                if s_how == "tree" and o_how in ("tree", "plural-subject", "reciprocal")
                else 0.75
                if "tree" in (s_how, o_how)
                else 0.55
            )
            quants = quantities(text) if rel.name in ("trades_with", "aids", "sanctions") else {}
            for s, o in pairs:
                c = conf - (0.1 if s in weak or o in weak else 0.0)
                out.append(
                    Triple(
                        s,
                        rel.name,
                        o,
                        fact,
                        round(c, 2),
                        f"{pred.kind}:{pred.entry.form}:subj({s_how})+obj({o_how})",
                        text,
                        s_index,
                        date=date,
                        source=who if fact == "reported" else None,
                        quantities=quants,
                    )
                )
        return out

    def _drop_members(self, actors: list[str]) -> list[str]:
        """["AUKUS", "Australia", "Quad"] → ["AUKUS", "Quad"]: members listed with their organisation."""
        orgs = [a for a in actors if a in self.index and self.index.get(a).members]
        return [a for a in actors if not any(self._member(a, o) for o in orgs)]

    def _member(self, a: str, b: str) -> bool:
        return a in self.index and b in self.index and a in self.index.members(b)


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


def _title_case(toks: list[Tok]) -> bool:
    """Headlines ("Putin dan Xi Jinping Perkuat Kemitraan"): taggers call every word PROPN."""
    words = [t.text for t in toks if t.text.isalpha() and len(t.text) > 3]
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.7 * len(words)


def predicates(toks: list[Tok], lex: Lexicon, covered: set[int] = frozenset()) -> list[Predicate]:
    """Triggers of the sentence: verbs, light verb + event noun, event nouns.

    ``covered`` are the tokens of actor mentions, which are never triggers.
    """
    headline = _title_case(toks)
    lowers = [t.lower for t in toks]
    lemmas = [t.lemma for t in toks]
    found: list[tuple[int, int, Entry]] = []
    starts = lex.first_words(*PREDICATE_KINDS)
    i = 0
    while i < len(toks):
        if lowers[i] not in starts and lemmas[i] not in starts:
            i += 1  # no predicate starts here (the common case)
            continue
        hit = lex.match_at(lowers, i, PREDICATE_KINDS, lemmas, toks[i].upos)
        bad = ("ADP", "PUNCT", "DET", "PRON", "CCONJ", "SCONJ") + (() if headline else ("PROPN",))
        if hit is not None and toks[i].upos not in bad and i not in covered:
            found.append((i, hit[0], hit[1]))
            i = hit[0]
        else:
            i += 1
    preds: list[Predicate] = []
    nouns = [(s, e, en) for s, e, en in found if en.kind == "noun"]
    taken: set[int] = set()
    for s, _e, en in found:
        if en.kind == "light":
            # the event noun: an object/dependent of the light verb, or within the next 4 words
            cand = [
                n
                for n in nouns
                if n[0] not in taken and (toks[n[0]].head == s or 0 < n[0] - s <= 4)
            ]
            if cand:
                ns, ne, nen = cand[0]
                taken.add(ns)
                preds.append(Predicate(s, ns, ne, nen, "light"))
    for s, e, en in found:
        if en.kind == "verb":
            preds.append(Predicate(s, s, e, en, "verb"))
        elif en.kind == "noun" and s not in taken:
            preds.append(Predicate(s, s, e, en, "noun"))
    return preds


def _update_discourse(d: Discourse, mentions: list[Mention], index: ActorIndex) -> None:
    for m in mentions:
        for a in m.actors():
            d.note(actor_type(index, a, d), a)
    names = [m for m in mentions if not m.group]
    if len(names) >= 2:
        d.groups.append([names[-2].actor, names[-1].actor])


def dedupe(triples: list[Triple]) -> list[Triple]:
    """One triple per (subject, relation, object, factuality, sentence), the most confident."""
    best: dict[tuple, Triple] = {}
    for t in triples:
        k = t.key()
        if k not in best or t.confidence > best[k].confidence:
            best[k] = t
    return sorted(best.values(), key=lambda t: (t.sentence_index, t.subject, t.relation, t.object))


__all__ = [
    "Extractor",
    "Parsed",
    "Predicate",
    "Sentence",
    "Structural",
    "dedupe",
    "parsed_from_dicts",
    "predicates",
    "tokens_of",
]
