"""Universal Dependencies trees → subject–relation–object triples.

Language-neutral: every word that differs by language comes from
``ontologies/lexicon/<lang>.tsv`` (predicates, light verbs, negation, future,
reporting) and the actor dictionary (names, titles).

>>> from kg.parse.conllu import to_document
>>> triples, _ = Extractor.default().extract(to_document(conllu_text), "en", None)  # doctest: +SKIP
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from kg.extract.arguments import (
    actors_of,
    clause_subject,
    coordinated,
    is_kind,
    objects,
    reciprocal,
    subjects,
)
from kg.extract.context import Discourse, Mention, SentenceContext, Structural
from kg.extract.coref import VOICE_SENTENCES, VOICES, side_of, update_discourse, voice
from kg.extract.event_codes import EventCoder, refines
from kg.extract.factuality import factuality, quantities, speaker
from kg.extract.intent import INTENDED, frame_holder, intent_frame
from kg.extract.lists import dyad
from kg.extract.mentions import find_mentions
from kg.extract.passive import di_passive
from kg.extract.places import placed_target
from kg.extract.predicates import Predicate, predicates
from kg.extract.tree import ancestors, children
from kg.knowledge.actors import ActorIndex, load_actors
from kg.knowledge.lexicon import Lexicon
from kg.knowledge.ontology import Relation, load_relations
from kg.parse.tokens import Parsed, Sentence, parsed_from_dicts, tokens_of
from kg.records import Triple

#: confidence of a structural fact read off a title or a membership list
CONF_STRUCTURAL = 0.9
#: both arguments found in the dependency tree (or a plural subject / reciprocal)
CONF_TREE = 0.9
#: one argument from the tree, the other by a linear fallback
CONF_HALF_TREE = 0.75
#: neither argument from the tree
CONF_LINEAR = 0.55
#: taken off when an argument is a pronoun, plural description or bare title
WEAK_MENTION_PENALTY = 0.1
#: relations whose evidence sentence is searched for amounts of money and percentages
QUANTIFIED = frozenset({"trades_with", "aids", "sanctions"})


def confidence(s_how: str, o_how: str) -> float:
    """How sure an event is, from how its subject and object were found.

    >>> confidence("tree", "tree"), confidence("tree", "linear"), confidence("linear", "linear")
    (0.9, 0.75, 0.55)
    """
    if s_how == "tree" and o_how in ("tree", "plural-subject", "reciprocal"):
        return CONF_TREE
    return CONF_HALF_TREE if "tree" in (s_how, o_how) else CONF_LINEAR


@dataclass
class Extractor:
    """Extracts triples from parsed articles (Stanza Documents or :class:`Parsed`); holds the
    loaded knowledge."""

    index: ActorIndex
    event_codes: EventCoder = field(default_factory=EventCoder, repr=False)

    def __post_init__(self) -> None:
        if self.event_codes.index is None:
            self.event_codes.index = self.index

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
            ctx = SentenceContext(toks, self.index, lex, date, lang, discourse)
            find_mentions(ctx)
            text = sent.text if getattr(sent, "text", None) else " ".join(t.text for t in toks)
            start, end = toks[0].start, toks[-1].end
            made = [
                Triple(f.subject, f.relation, f.object, "asserted", CONF_STRUCTURAL, f.pattern,
                       text, s_index, start, end, date)
                for f in ctx.facts
            ]  # fmt: skip
            made.extend(self._events(ctx, relations, text, s_index))
            for t in made:
                t.char_start, t.char_end = start, end
            triples.extend(made)
            met = [
                [t.subject, t.object]
                for t in made
                if t.relation in relations and relations[t.relation].symmetric
                and t.factuality == "asserted" and not t.pattern.startswith("noun:")
            ]  # fmt: skip
            discourse.parties += met
            if met:  # "Blinken met Osmani and Kurti. They discussed ...": all three
                discourse.sides.append(side_of(met))
                discourse.sides_read = discourse.read
            if not discourse.voice and s_index <= VOICE_SENTENCES:
                discourse.voice = voice(ctx) or [
                    t.subject for t in made
                    if t.factuality == "asserted" and ctx.actor_type(t.subject) in VOICES
                ][:1]  # fmt: skip
            update_discourse(ctx)
        return dedupe(triples), discourse

    def _events(
        self, ctx: SentenceContext, relations: dict[str, Relation], text: str, s_index: int
    ) -> list[Triple]:
        out: list[Triple] = []
        toks, lex, mentions, date = ctx.toks, ctx.lex, ctx.mentions, ctx.date
        owner = {i: m for m in mentions for i in m.tokens()}
        quotes = ctx.quotes
        reports = [t.i for t in toks if is_kind(lex, "report", t)]
        who = speaker(toks, reports, owner)
        weak = {m.actor for m in mentions if m.kind in ("pronoun", "plural", "title")}
        preds = predicates(toks, lex, set(owner))
        heads = {p.head for p in preds} | {p.trigger for p in preds}
        talks = {p.head for p in preds if p.kind == "verb" and p.entry.relation in TALKS}
        for pred in preds:
            rel = relations.get(pred.entry.relation)
            if rel is None:
                continue
            nominal = pred.kind == "noun"
            if rel.name == "member_of" and joins_in(toks, pred):
                rel = relations["cooperates_with"]  # "joins ECOWAS in calling for ...": with it
            if framing(toks, pred, rel.name, heads):
                continue  # "agreed to expand cooperation": the agreement is the cooperation
            if topic(toks, pred, talks):
                continue  # "discussed expanding partnership": what they talked about
            nested = nominal and any(a in heads for a in above_list(toks, pred.trigger))
            subj, s_how = subjects(toks, pred, owner, mentions, ctx.actor_type)
            obj, o_how = objects(toks, pred, owner, mentions, lex)
            if not obj and (placed := placed_target(toks, pred, owner, ctx.actor_type)):
                obj, o_how = placed, "tree"  # "strikes against infrastructure in Ukraine"
            pair = dyad(toks, pred, owner) if o_how != "between" else []
            if pair:  # "the U.S.-India partnership": the noun names both sides itself
                obj, o_how, nested = actors_of(pair), "between", False
            if nominal and s_how != "tree" and obj and rel.name in TAKES_PART:
                # "after a meeting with the bloc's leaders, X said": the clause's subject (an
                # adjunct of time, not an argument of the clause's own predicate)
                found = clause_subject(toks, pred, owner, mentions, ctx.actor_type)
                if found and (not nested or toks[pred.trigger].deprel.startswith("obl")):
                    (subj, s_how), nested = found, False
            if nested and not (s_how == o_how == "tree" and not (set(subj) | set(obj)) & weak):
                # an event noun inside another predicate's argument describes, not asserts,
                # unless it names both sides itself ("condemned Russia's invasion of Ukraine")
                continue
            turned = di_passive(toks, pred, owner) if ctx.lang == "id" else None
            if turned is not None:  # "ia disambut X": X welcomes him
                (subj, obj), s_how, o_how = turned, "tree", "tree"
            subj, obj = self._drop_members(subj), self._drop_members(obj)
            frame = intent_frame(toks, lex, pred) if rel.name in INTENDED else None
            holder = frame_holder(toks, frame, owner) if frame is not None else []
            if nominal and s_how not in ("tree", "clause") and o_how != "between":
                if not (holder and obj):
                    continue  # nominal events need their own arguments: no guessing
                subj, s_how = holder, "clause"  # "Peru is optimistic about cooperation with Chile"
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
                # "They discussed ..." of a president and a prime minister who met a third:
                # two officials of one state talk at home, not between states
                pairs = [(a, b) for a, b in pairs if not self._compatriots(ctx, a, b)]
            acting = acts_on_member(rel, o_how)
            pairs = [(a, b) for a, b in pairs if acting or not self._member_pair(a, b)]
            if rel.name == "visits":  # "Menlu Retno akan tiba kembali di Indonesia": home
                pairs = [
                    (a, b)
                    for a, b in pairs
                    if a not in self.index or self.index.state_of(a, date) != b
                ]
            if rel.structural:  # "joined by Secretary X": a person is no one's organisation
                pairs = [(a, b) for a, b in pairs if ctx.actor_type(b) != "Person"]
            if not pairs:
                continue
            fact = factuality(toks, pred, lex, quotes, reports)
            conf = confidence(s_how, o_how)
            quants = quantities(text) if rel.name in QUANTIFIED else {}
            acts = [(s, o, rel, fact) for s, o in pairs]
            if frame is not None:  # "the U.S. commitment to work with Egypt": an intent (03)
                holder = holder or subj
                partners = [a for a in (obj or subj) if a not in holder]
                said = fact if fact in ("negated", "reported") else "asserted"  # said now
                intent = relations["expresses_intent_to_cooperate"]
                acts = acts if o_how == "between" else []  # "the partnership between X and Y" is
                acts += [(h, p, intent, said) for h in holder for p in partners]  # there already
            for s, o, act, fact in acts:
                c = conf - (WEAK_MENTION_PENALTY if s in weak or o in weak else 0.0)
                code, s_agent, o_agent = self.event_codes.read(
                    toks, pred.head, act, ctx.lang, date, s, o, mentions
                )
                if code == act.cameo_code and refines(pred.entry.cameo, code):
                    code = pred.entry.cameo  # the lexicon's finer code ("phone call": 041)
                out.append(
                    Triple(
                        s,
                        act.name,
                        o,
                        fact,
                        round(c, 2),
                        f"{pred.kind}:{pred.entry.form}:subj({s_how})+obj({o_how})",
                        text,
                        s_index,
                        date=date,
                        source=who if fact == "reported" else None,
                        quantities=quants,
                        cameo=code,
                        subject_agent=s_agent,
                        object_agent=o_agent,
                    )
                )
        return out

    def _drop_members(self, actors: list[str]) -> list[str]:
        """["AUKUS", "Australia", "Quad"] → ["AUKUS", "Quad"]: members listed with their organisation."""
        orgs = [a for a in actors if a in self.index and self.index.get(a).members]
        return [a for a in actors if not any(self._member(a, o) for o in orgs)]

    def _compatriots(self, ctx: SentenceContext, a: str, b: str) -> bool:
        """Whether ``a`` and ``b`` are persons of the same state on the article's date."""
        if ctx.actor_type(a) != "Person" or ctx.actor_type(b) != "Person":
            return False
        state = ctx.state_of(a)
        return state is not None and state == ctx.state_of(b)

    def _member(self, a: str, b: str) -> bool:
        return a in self.index and b in self.index and a in self.index.members(b)

    def _member_pair(self, a: str, b: str) -> bool:
        return self._member(a, b) or self._member(b, a)


def above_list(toks, i: int) -> list[int]:
    """The ancestors of word ``i`` above the list it is a member of ("pembicaraan dengan X,
    sesi pertemuan dengan Y, serta pertemuan dengan Z" are three events side by side, not one
    inside another), up to the head of the adverbial clause it stands in (an event named in an
    adjunct, "ahead of the anniversary of Russia's invasion", is no argument of the verb)."""
    up = ancestors(toks, i)
    while up and toks[i].deprel == "conj":
        i, up = up[0], up[1:]
    out: list[int] = []
    for a in up:  # up to the head of an adverbial clause: "menjelang peringatan ... invasi"
        out.append(a)
        if toks[a].deprel.split(":")[0] in ("advcl", "parataxis"):
            break
    return out


def joins_in(toks, pred) -> bool:
    """Whether "join" takes part in an act beside its object ("The United States joins ECOWAS
    in calling for ..."), not membership ("Ukraine joined NATO")."""
    return pred.kind == "verb" and any(
        c.upos == "VERB" and c.i > 0 and toks[c.i - 1].lower == "in"
        for c in children(toks, pred.head)
    )


def framing(toks, pred, relation: str, heads: set[int]) -> bool:
    """Whether an "agree" verb only frames another predicate in its complement clause
    ("both agreed to coordinate", "sepakat untuk memperluas kerja sama"): the event is the
    complement's, and "agree" adds no agreement of its own."""
    if relation != "signs_agreement_with" or pred.kind != "verb":
        return False
    return any(
        c.deprel in ("xcomp", "ccomp")
        and (c.i in heads or any(k.i in heads for k in children(toks, c.i)))
        for c in children(toks, pred.head)
    )


#: relations whose verb's complement is a topic of talk, not an event ("discussed expanding ...")
TALKS = frozenset({"talks_with", "negotiates_with"})


def topic(toks, pred, talks: set[int]) -> bool:
    """Whether ``pred`` is the clausal complement of a verb of talking: "The ministers
    discussed expanding partnership" states talks, not a partnership."""
    head = toks[pred.head]
    return (
        pred.kind != "noun"
        and pred.head not in talks
        and head.head in talks
        and head.deprel.split(":")[0] in ("xcomp", "ccomp", "csubj")
    )


#: events a clause's subject takes part in when their noun has no subject of its own ("after a
#: meeting with X, Y said"); other nouns ("support for X") name their own holder or none
TAKES_PART = frozenset({"meets", "talks_with", "negotiates_with", "visits"})

#: how an object is found when the pair comes from a list of actors, not from the tree
LISTED = frozenset({"between", "plural-subject", "reciprocal"})


def acts_on_member(rel: Relation, o_how: str) -> bool:
    """Whether an organisation and one of its members may be the two sides of ``rel``.

    A directed event whose object the tree gives is an act of one on the other (the African
    Union suspends Niger, the EU sanctions a member, Indonesia chairs ASEAN); a symmetric
    relation or one read off a list of actors ("talks between ASEAN and Indonesia", "AUKUS,
    Australia and ... met") pairs an organisation with its own members: an artefact.
    Structural relations come from titles and membership lists, not from here.

    >>> from kg.knowledge.ontology import load_relations
    >>> rels = load_relations()
    >>> acts_on_member(rels["sanctions"], "tree"), acts_on_member(rels["talks_with"], "tree")
    (True, False)
    >>> acts_on_member(rels["criticizes"], "between"), acts_on_member(rels["member_of"], "tree")
    (False, False)
    """
    return not rel.symmetric and not rel.structural and o_how not in LISTED


def dedupe(triples: list[Triple]) -> list[Triple]:
    """One triple per (subject, relation, object, factuality, sentence), the most confident."""
    best: dict[tuple, Triple] = {}
    for t in triples:
        k = t.key()
        if k not in best or t.confidence > best[k].confidence:
            best[k] = t
    return sorted(best.values(), key=lambda t: (t.sentence_index, t.subject, t.relation, t.object))


__all__ = [
    "acts_on_member",
    "CONF_HALF_TREE",
    "CONF_LINEAR",
    "CONF_STRUCTURAL",
    "CONF_TREE",
    "WEAK_MENTION_PENALTY",
    "Extractor",
    "Mention",
    "Parsed",
    "Predicate",
    "Sentence",
    "Structural",
    "confidence",
    "dedupe",
    "parsed_from_dicts",
    "predicates",
    "tokens_of",
]
