"""Universal Dependencies trees → subject–relation–object triples.

Language-neutral: every word that differs by language comes from
``ontologies/lexicon/<lang>.tsv`` (predicates, light verbs, negation, future,
reporting) and the actor dictionary (names, titles).

>>> from kg.conllu import to_document
>>> triples = extract(to_document(conllu_text), lang="en", date=None)   # doctest: +SKIP
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from kg.actors import ActorIndex, load_actors
from kg.lexicon import Entry, Lexicon
from kg.mentions import Discourse, Mention, Structural, Tok, actor_type, find_mentions
from kg.model import Triple
from kg.ontology import load_relations

#: dependency relations through which a predicate's subject is inherited
CONTROL = ("xcomp", "ccomp", "advcl", "conj", "acl", "parataxis")
QUOTES = '"“”«»„‟'
_QUANT = re.compile(
    r"(?:US)?\$\s?[\d.,]+\s*(?:miliar|triliun|juta|billion|million|trillion|bn|m)?|[\d.,]+\s*(?:miliar|triliun|juta|billion|million|trillion)\s*(?:dolar|dollars?|USD)?",
    re.I,
)
_PERCENT = re.compile(r"(\d+(?:[.,]\d+)?)\s?(?:%|persen|percent|per cent)", re.I)


@dataclass
class Predicate:
    head: int  # clause head (the verb; the light verb for "held talks")
    trigger: int  # the word carrying the relation (verb or event noun)
    end: int  # one past the trigger's last word (multi-word forms)
    entry: Entry
    kind: str  # verb, light, noun


@dataclass
class Extractor:
    """Extracts triples from Stanza Documents; holds the loaded knowledge."""

    index: ActorIndex
    lexicons: dict[str, Lexicon]

    @classmethod
    def default(cls) -> Extractor:
        return cls(load_actors(), {})

    def lexicon(self, lang: str) -> Lexicon:
        if lang not in self.lexicons:
            self.lexicons[lang] = Lexicon.load(lang)
        return self.lexicons[lang]

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
        quotes = _quoted(toks)
        reports = [t.i for t in toks if _is(lex, "report", t)]
        speaker = _speaker(toks, reports, owner)
        preds = predicates(toks, lex, set(owner))

        def kind_of(actor: str) -> str:
            return actor_type(self.index, actor, discourse)

        heads = {p.head for p in preds} | {p.trigger for p in preds}
        for pred in preds:
            rel = relations.get(pred.entry.relation)
            if rel is None:
                continue
            nominal = pred.kind == "noun"
            if nominal and any(a in heads for a in _ancestors(toks, pred.trigger)):
                continue  # an event noun inside another predicate's argument describes, not asserts
            subj, s_how = _subjects(toks, pred, owner, mentions, kind_of)
            obj, o_how = _objects(toks, pred, owner, mentions, lex)
            subj, obj = self._drop_members(subj), self._drop_members(obj)
            if nominal and s_how != "tree" and o_how != "between":
                continue  # nominal events need their own arguments: no guessing
            if (
                nominal
                and o_how == "between"
                and any(self.index.members(a) for a in subj if a in self.index)
            ):
                continue  # "kemitraan AUKUS antara Australia, ...": a membership list
            reciprocal = _reciprocal(toks, lex, pred)
            pairs: list[tuple[str, str]] = []
            if o_how == "between" and len(obj) == 1:
                obj = _actors(_coordinated(toks, owner, obj[0]))
            if o_how == "between" and len(obj) < 2:
                continue
            if o_how == "between":
                pairs = [(a, b) for k, a in enumerate(obj) for b in obj[k + 1 :]]
                if not rel.symmetric:
                    pairs += [(b, a) for a, b in pairs]
            elif obj:
                pairs = [(s, o) for s in subj for o in obj if s != o]
            elif len(subj) >= 2 and (rel.symmetric or reciprocal):
                pairs = [(a, b) for a in subj for b in subj if a != b]
                if rel.symmetric:
                    pairs = [(a, b) for a, b in pairs if subj.index(a) < subj.index(b)]
                o_how = "reciprocal" if reciprocal else "plural-subject"
            pairs = [(a, b) for a, b in pairs if not self._member(a, b) and not self._member(b, a)]
            if not pairs:
                continue
            fact = _factuality(toks, pred, lex, quotes, reports)
            conf = (
                0.9
                if s_how == "tree" and o_how in ("tree", "plural-subject", "reciprocal")
                else 0.75
                if "tree" in (s_how, o_how)
                else 0.55
            )
            weak = {m.actor for m in mentions if m.kind in ("pronoun", "plural", "title")}
            quants = _quantities(text) if rel.name in ("trades_with", "aids", "sanctions") else {}
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
                        source=speaker if fact == "reported" else None,
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


def tokens_of(sent) -> list[Tok]:
    """The words of a Stanza sentence as :class:`Tok` (0-based heads)."""
    toks = []
    for w in sent.words:
        tok = w.parent
        start = (
            w.start_char
            if w.start_char is not None
            else (tok.start_char if tok is not None and tok.start_char is not None else 0)
        )
        end = (
            w.end_char
            if w.end_char is not None
            else (tok.end_char if tok is not None and tok.end_char is not None else 0)
        )
        ner = getattr(tok, "ner", None) or "O"
        toks.append(
            Tok(
                w.id - 1,
                w.text,
                w.text.lower(),
                (w.lemma or w.text).lower(),
                w.upos or "X",
                (w.head or 0) - 1,
                w.deprel or "dep",
                start or 0,
                end or 0,
                ner,
            )
        )
    return toks


def _is(lex: Lexicon, kind: str, t: Tok) -> bool:
    return lex.is_kind(kind, t.lower) or lex.is_kind(kind, t.lemma)


def _children(toks: list[Tok], h: int) -> list[Tok]:
    return [t for t in toks if t.head == h]


def _subtree(toks: list[Tok], h: int, limit: int = 40) -> set[int]:
    out = {h}
    frontier = [h]
    while frontier and len(out) < limit:
        nxt = [t.i for t in toks if t.head in frontier and t.i not in out]
        out.update(nxt)
        frontier = nxt
    return out


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
    i = 0
    while i < len(toks):
        hit = lex.match_at(lowers, i, ("verb", "noun", "light"), lemmas, toks[i].upos)
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


CLAUSES = ("acl", "advcl", "ccomp", "xcomp", "parataxis", "csubj", "dep")
#: case markers an argument may pass through to reach an actor ("such as AUKUS")
PASS = {
    "seperti",
    "such",
    "as",
    "like",
    "termasuk",
    "including",
    "of",
    "antara",
    "between",
    "yaitu",
    "namely",
}


def _arg_subtree(toks: list[Tok], root: int, markers: set[str], limit: int = 40) -> set[int]:
    """The argument phrase under ``root``: no clauses, no phrases whose case
    marker is foreign to the predicate ("from Western pressure", "for Russia")."""
    out = {root}
    frontier = {root}
    allowed = markers | PASS
    while frontier and len(out) < limit:
        nxt = set()
        for t in toks:
            if t.head not in frontier or t.i in out:
                continue
            base = t.deprel.split(":")[0]
            if base in CLAUSES:
                continue
            if base in ("nmod", "obl") and t.deprel != "nmod:poss":
                case = {c.lower for c in toks if c.head == t.i and c.deprel == "case"}
                if case and not case & allowed:
                    continue
            nxt.add(t.i)
        out |= nxt
        frontier = nxt
    return out


def _top_mentions(
    toks: list[Tok],
    root: int,
    owner: dict[int, Mention],
    exclude: set[int],
    markers: set[str] = frozenset(),
) -> list[Mention]:
    """Mentions in the argument under ``root`` not nested inside another mention
    (coordinated ones kept: "Rusia dan China", "AUKUS ... dan Quad"); states
    listed beside an organisation they belong to are the organisation's members,
    not further arguments."""
    sub = _arg_subtree(toks, root, set(markers))
    found: list[Mention] = []
    for i in sorted(sub):
        m = owner.get(i)
        if m is None or i in exclude or m in found:
            continue
        if _nested(toks, m, owner, sub):
            continue
        found.append(m)
    return found


def _nested(
    toks: list[Tok], m: Mention, owner: dict[int, Mention], sub: set[int], depth: int = 0
) -> bool:
    """True if ``m`` hangs below another mention other than by coordination."""
    inside = set(m.tokens())
    heads = [i for i in inside if toks[i].head not in inside]
    node = heads[0] if heads else m.start
    only_conj = True
    for _ in range(40):
        parent = toks[node].head
        if parent < 0 or parent not in sub:
            return False
        if toks[node].deprel.split(":")[0] not in (
            "conj",
            "flat",
            "appos",
            "punct",
            "cc",
            "compound",
        ):
            only_conj = False
        other = owner.get(parent)
        if other is not None and other is not m:
            return _nested(toks, other, owner, sub, depth + 1) if only_conj and depth < 5 else True
        node = parent
    return False


def _actors(ms: list[Mention]) -> list[str]:
    out: list[str] = []
    for m in ms:
        for a in m.actors():
            if a not in out:
                out.append(a)
    return out


def _coordinated(toks: list[Tok], owner: dict[int, Mention], actor: str) -> list[Mention]:
    """A mention of ``actor`` with the mentions coordinated after it ("Russia and China")."""
    first = next((m for m in owner.values() if m.actor == actor), None)
    if first is None:
        return []
    group, q = [first], first.end
    while q < len(toks) and toks[q].lower in (",", "dan", "and", "serta", "&"):
        q += 1
        while q < len(toks) and toks[q].lower in ("the", "dan", "and"):
            q += 1
        nxt = owner.get(q)
        if nxt is None or nxt.start != q:
            break
        group.append(nxt)
        q = nxt.end
    return group


def _markers(pred: Predicate) -> set[str]:
    return {a.strip() for a in (pred.entry.arg or "").split(",") if a.strip() and a.strip() != "-"}


def _group_left(toks: list[Tok], mentions: list[Mention], before: int, kind_of) -> list[Mention]:
    """The nearest mention left of ``before`` with the ones coordinated with it
    (of the same actor type: "Barat, presiden Putin dan Xi" → Putin, Xi)."""
    left = [m for m in mentions if m.end <= before and before - m.end <= 25]
    if not left:
        return []
    group = [left[-1]]
    for m in reversed(left[:-1]):
        between = [t.lower for t in toks[m.end : group[0].start]]
        if (
            between
            and all(w in (",", "dan", "and", "serta", "&") for w in between)
            and kind_of(m.actor) == kind_of(group[0].actor)
        ):
            group.insert(0, m)
        else:
            break
    return group


def _subjects(toks, pred: Predicate, owner, mentions, kind_of=lambda a: a) -> tuple[list[str], str]:
    trig = set(range(pred.trigger, pred.end))
    if pred.kind == "light":  # "pandangan negatif mereka tentang ...": not the subject
        trig |= _subtree(toks, pred.trigger)
    node = pred.head
    for _ in range(4):  # climb control/coordination chains: "agreed to extend"
        for c in _children(toks, node):
            if c.i in trig:
                continue
            # a passive subject is the patient, unless inherited: "Rusia dituduh mengancam"
            # (an nsubj with its own subordinator is a misparsed clause: "karena kekejaman China")
            if (
                c.deprel.startswith("nsubj")
                and (node != pred.head or not c.deprel.endswith("pass"))
                and not any(g.deprel == "mark" for g in _children(toks, c.i))
            ):
                if c.lower in RELATIVE and c.i not in owner:  # "Biden, who warned": the antecedent
                    group = _group_left(toks, mentions, c.i, kind_of)
                    if group:
                        return _actors(group[-1:]), "tree"
                ms = _top_mentions(toks, c.i, owner, trig)
                if ms:
                    return _actors(ms), "tree"
            if c.deprel == "obl:agent" or (
                c.deprel.startswith("obl")
                and any(g.lower in ("oleh", "by") for g in _children(toks, c.i))
            ):
                ms = _top_mentions(toks, c.i, owner, trig, {"oleh", "by"})
                if ms:
                    return _actors(ms), "tree"
        if pred.kind == "noun" and node == pred.trigger:
            # "X's talks", "kemitraan Rusia dengan China": the possessor / bare nmod
            for c in _children(toks, node):
                if c.deprel in ("nmod:poss", "nmod", "compound") and not any(
                    g.deprel == "case" for g in _children(toks, c.i)
                ):
                    ms = _top_mentions(toks, c.i, owner, trig)
                    if ms:
                        return _actors(ms), "tree"
        parent = toks[node].head
        rel = toks[node].deprel.split(":")[0]
        if parent < 0 or rel not in CONTROL:
            break
        if (
            rel == "acl"
        ):  # relative clause: "Biden, who warned Russia" / "the call with Biden, who ..."
            if parent in owner:
                return owner[parent].actors(), "tree"
            ms = _top_mentions(toks, parent, owner, trig | _subtree(toks, node))
            if ms:
                return _actors(ms[-1:]), "tree"
        # object control: "warned Russia not to attack", "mengatakan pejabat AS akan memboikot"
        if rel in ("xcomp", "advcl", "ccomp"):
            for c in _children(toks, parent):
                if c.deprel in ("obj", "iobj") and c.i not in trig:
                    ms = _top_mentions(toks, c.i, owner, trig)
                    if ms:
                        return _actors(ms), "tree"
        if rel in ("ccomp", "parataxis", "advcl"):
            # "Ushakov told reporters that Xi offered ...": look inside the clause first
            start = min(_subtree(toks, node))
            inside = [m for m in mentions if m.start >= start and m.end <= pred.trigger]
            if inside:
                return _actors(_group_left(toks, inside, pred.trigger, kind_of)), "clause"
            if rel != "advcl":
                break  # the reporting verb's subject is the speaker, not this subject
        node = parent
    group = _group_left(toks, mentions, pred.trigger, kind_of)
    return (_actors(group), "linear") if group else ([], "none")


def _case_of(toks: list[Tok], i: int) -> set[str]:
    return {c.lower for c in _children(toks, i) if c.deprel in ("case", "mark")} | {
        c.lemma for c in _children(toks, i) if c.deprel == "case"
    }


BETWEEN = {"antara", "between"}
RELATIVE = {"who", "which", "that", "yang", "whom"}


def _objects(toks, pred: Predicate, owner, mentions, lex: Lexicon) -> tuple[list[str], str]:
    args = _markers(pred)
    trig = set(range(pred.trigger, pred.end))
    subj_tokens: set[int] = set()
    for c in _children(toks, pred.head):
        if c.deprel.startswith("nsubj") and not c.deprel.endswith("pass") and c.i not in trig:
            subj_tokens |= _subtree(toks, c.i)
    # every word of a multi-word trigger may carry the argument ("negative views about")
    heads = [pred.head] + [i for i in range(pred.trigger, pred.end) if i != pred.head]
    found: list[Mention] = []
    between = False
    for h in heads:
        for c in _children(toks, h):
            if c.i in trig and not (pred.kind == "light" and c.i == pred.trigger):
                continue
            rel = c.deprel
            direct = rel in ("obj", "iobj") or (rel.startswith("nsubj:pass") and h == pred.head)
            case = _case_of(toks, c.i)
            if direct and "obj" in args and c.i != pred.trigger:
                found += _top_mentions(toks, c.i, owner, trig | subj_tokens, args)
            elif (
                rel.split(":")[0] in ("obl", "nmod", "advcl", "xcomp", "ccomp", "conj")
                and args & case
            ):
                found += _top_mentions(toks, c.i, owner, trig | subj_tokens, args)
                between = between or bool(case & BETWEEN)
            elif pred.kind == "light" and c.i == pred.trigger:
                for g in _children(toks, c.i):
                    gcase = _case_of(toks, g.i)
                    if g.deprel.split(":")[0] in ("nmod", "obl") and args & gcase:
                        found += _top_mentions(toks, g.i, owner, trig | subj_tokens, args)
                        between = between or bool(gcase & BETWEEN)
    if found:
        return _actors(found), "between" if between else "tree"
    # fallback: a mention right after an allowed case marker, or right after the verb
    pos = pred.end
    stop = min(len(toks), pred.end + 12)
    while pos < stop:
        t = toks[pos]
        if t.upos == "VERB" and not lex.is_kind("light", t.lower) and pos > pred.end + 1:
            break
        m = owner.get(pos)
        if m is not None:
            prev = toks[pos - 1].lower if pos > 0 else ""
            if prev in args or ("obj" in args and pos == pred.end):
                group = [m]
                q = m.end
                while (
                    q + 1 < len(toks) and toks[q].lower in (",", "dan", "and") and owner.get(q + 1)
                ):
                    group.append(owner[q + 1])
                    q = owner[q + 1].end
                return _actors(group), "between" if prev in BETWEEN else "linear"
            break
        pos += 1
    return [], "none"


def _reciprocal(toks, lex: Lexicon, pred: Predicate) -> bool:
    lowers = [t.lower for t in toks]
    return any(
        lex.match_at(lowers, i, "reciprocal") for i in range(pred.end, min(len(toks), pred.end + 6))
    )


def _quoted(toks: list[Tok]) -> set[int]:
    inside, state = set(), False
    for t in toks:
        if t.text in QUOTES or t.text in ("''", "``"):
            state = not state if t.text in ('"', "''", "``") else t.text in "“«„"
            continue
        if state:
            inside.add(t.i)
    return inside


def _ancestors(toks: list[Tok], i: int) -> list[int]:
    out, node = [], toks[i].head
    while node >= 0 and len(out) < 30:
        out.append(node)
        node = toks[node].head
    return out


def _factuality(toks, pred: Predicate, lex: Lexicon, quotes: set[int], reports: list[int]) -> str:
    heads = {pred.head, pred.trigger}
    near = [toks[j] for j in range(max(0, pred.trigger - 3), pred.trigger)]
    deps = [c for h in heads for c in _children(toks, h)]
    if any(_is(lex, "negation", t) for t in deps + near[-2:]):
        return "negated"
    ancestors = _ancestors(toks, pred.head)
    if any(_is(lex, "future", t) for t in deps + near) or any(
        _is(lex, "future", toks[a]) for a in ancestors[:2]
    ):
        return "future"
    if any(_is(lex, "allege", t) for t in near) or any(
        _is(lex, "allege", toks[a]) for a in ancestors[:2]
    ):
        return "reported"
    if pred.trigger in quotes or pred.head in quotes:
        return "reported"
    if any(r in ancestors for r in reports):
        return "reported"
    if (
        reports
        and any(r < pred.trigger for r in reports)
        and any(t.lower in ("bahwa", "that") for t in toks[: pred.trigger])
    ):
        return "reported"
    if reports and quotes:
        return "reported"
    return "asserted"


def _speaker(toks, reports: list[int], owner) -> str | None:
    for r in reports:
        for c in _children(toks, r):
            if c.deprel.startswith("nsubj") and c.i in owner:
                return owner[c.i].actor
            for i in _subtree(toks, c.i, 8) if c.deprel.startswith("nsubj") else ():
                if i in owner:
                    return owner[i].actor
        # postposed speaker: "..., kata Xi Jinping" / "said Putin"
        if r + 1 < len(toks) and (r + 1) in owner:
            return owner[r + 1].actor
    return None


def _quantities(text: str) -> dict[str, str]:
    out: dict[str, str] = {}
    amounts = [
        m.group(0).strip() for m in _QUANT.finditer(text) if any(ch.isdigit() for ch in m.group(0))
    ]
    if amounts:
        out["quantity"] = amounts[0]
    pct = _PERCENT.search(text)
    if pct:
        out["percent"] = pct.group(1)
    return out


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


__all__ = ["Extractor", "Predicate", "Structural", "dedupe", "predicates", "tokens_of"]
