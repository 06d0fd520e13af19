"""Arguments of a predicate over a UD tree: subjects, objects, the actors inside them.

Mentions attach through any of their tokens, and every rule has a linear
fallback, because the small parsers attach names and clauses noisily.
"""

from __future__ import annotations

from kg.extract.context import CONJUNCTIONS, Mention
from kg.extract.lists import listed_after
from kg.extract.predicates import Predicate, markers
from kg.extract.tree import (
    ancestors,
    base_form,
    children,
    possessor,
    possessor_before,
    subtree,
    such_as,
)
from kg.knowledge.lexicon import Lexicon
from kg.parse.tokens import Tok

#: dependency relations through which a predicate's subject is inherited
CONTROL = ("xcomp", "ccomp", "advcl", "conj", "acl", "parataxis")


def is_kind(lex: Lexicon, kind: str, t: Tok) -> bool:
    return lex.is_kind(kind, t.lower) or lex.is_kind(kind, t.lemma)


CLAUSES = ("acl", "advcl", "ccomp", "xcomp", "parataxis", "csubj", "dep")
#: case markers an argument may pass through to reach an actor ("such as AUKUS")
PASS = {
    "seperti", "such", "as", "like", "termasuk", "including", "of", "yaitu", "namely",
    "antara",  # "kemitraan AUKUS antara Australia, Inggris dan AS dan Quad"
}  # fmt: skip


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
                if case == {"as"} and not such_as(toks, t.i):
                    continue  # "condemned the launch as a violation of ...": no argument
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
    if root not in owner:  # "pesaing Maduro, Juan Guaido": the rival is the apposition
        named = [c.i for c in toks if c.head == root and c.deprel == "appos" and c.i in owner]
        if named and named[0] not in exclude:
            return [owner[named[0]]]
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


def actors_of(ms: list[Mention]) -> list[str]:
    out: list[str] = []
    for m in ms:
        for a in m.actors():
            if a not in out:
                out.append(a)
    return out


def coordinated(toks: list[Tok], owner: dict[int, Mention], actor: str) -> list[Mention]:
    """A mention of ``actor`` with the mentions coordinated after it ("Russia and China")."""
    first = next((m for m in owner.values() if m.actor == actor), None)
    if first is None:
        return []
    group, q = [first], first.end
    while q < len(toks) and toks[q].lower in CONJUNCTIONS:
        q += 1
        while q < len(toks) and toks[q].lower in ("the", "dan", "and"):
            q += 1
        nxt = owner.get(q)
        if nxt is None or nxt.start != q:
            break
        group.append(nxt)
        q = nxt.end
    return group


def group_left(toks: list[Tok], mentions: list[Mention], before: int, kind_of) -> list[Mention]:
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
            and all(w in CONJUNCTIONS for w in between)
            and kind_of(m.actor) == kind_of(group[0].actor)
        ):
            group.insert(0, m)
        else:
            break
    return group


def _joined_subjects(toks, first: int, head: int, owner, trig: set[int], found) -> list[Mention]:
    """Further nsubj dependents of ``head`` joined to the one at ``first`` by a conjunction
    between them (a coordination the parser split into two subjects)."""
    out: list[Mention] = []
    prev = max(m.end for m in found)
    for c in children(toks, head):
        if c.i <= first or not c.deprel.startswith("nsubj") or c.i in trig:
            continue
        stop = owner[c.i].start if c.i in owner else c.i  # "Saudi Arabia": its first word
        gap = {t.lower for t in toks[prev:stop]}
        if not gap or not gap <= CONJUNCTIONS | {"the"}:
            break
        ms = [m for m in _top_mentions(toks, c.i, owner, trig) if m not in found and m not in out]
        if not ms:
            break
        out += ms
        prev = max(m.end for m in ms)
    return out


def subjects(toks, pred: Predicate, owner, mentions, kind_of=lambda a: a) -> tuple[list[str], str]:
    trig = set(range(pred.trigger, pred.end))
    if pred.kind == "light":  # "pandangan negatif mereka tentang ...": not the subject
        trig |= subtree(toks, pred.trigger)
    node = pred.head
    for _ in range(4):  # climb control/coordination chains: "agreed to extend"
        for c in children(toks, node):
            if c.i in trig:
                continue
            # a passive subject is the patient, unless inherited: "Rusia dituduh mengancam"
            # (an nsubj with its own subordinator is a misparsed clause: "karena kekejaman China")
            if (
                c.deprel.startswith("nsubj")
                and (node != pred.head or not c.deprel.endswith("pass"))
                and not any(g.deprel == "mark" for g in children(toks, c.i))
            ):
                if c.lower in RELATIVE and c.i not in owner:  # "Biden, who warned": the antecedent
                    group = group_left(toks, mentions, c.i, kind_of)
                    if group:
                        return actors_of(group[-1:]), "tree"
                ms = _top_mentions(toks, c.i, owner, trig)
                if ms:
                    # "Saudi Arabia and Iran restored ties" parsed as two subjects, each nsubj
                    # joined by "and": both
                    ms += _joined_subjects(toks, c.i, node, owner, trig, ms)
                    return actors_of(ms), "tree"
            if c.deprel == "obl:agent" or (
                c.deprel.startswith("obl")
                and any(g.lower in ("oleh", "by") for g in children(toks, c.i))
                and not base_form(toks, node)
            ):
                ms = _top_mentions(toks, c.i, owner, trig, {"oleh", "by"})
                if ms:
                    return actors_of(ms), "tree"
        if pred.kind == "noun" and node == pred.trigger:
            # "X's talks", "kemitraan Rusia dengan China": the possessor / bare nmod
            for c in children(toks, node):
                # (English possessors carry their 's as a case dependent: "Russia's invasion")
                if c.deprel == "nmod:poss" or (
                    c.deprel in ("nmod", "compound")
                    and not any(g.deprel == "case" for g in children(toks, c.i))
                ):
                    ms = _top_mentions(toks, c.i, owner, trig)
                    if ms:
                        return actors_of(ms), "tree"
            own = possessor_before(toks, pred.trigger, owner)
            if own is not None:
                return own.actors(), "tree"
        parent = toks[node].head
        rel = toks[node].deprel.split(":")[0]
        if parent < 0 or rel not in CONTROL:
            break
        if (
            rel == "acl"
        ):  # relative clause: "Biden, who warned Russia" / "the call with Biden, who ..."
            if parent in owner:
                return owner[parent].actors(), "tree"
            ms = _top_mentions(toks, parent, owner, trig | subtree(toks, node))
            if ms:
                return actors_of(ms[-1:]), "tree"
        # object control: "warned Russia not to attack", "mengatakan pejabat AS akan memboikot"
        manner = any(c.deprel == "mark" and c.lower in MANNER for c in children(toks, node))
        control = not manner and (
            rel in ("xcomp", "ccomp") or (rel == "advcl" and _object_control(toks, node, parent))
        )
        controlled = [c for c in children(toks, parent) if c.deprel in ("obj", "iobj")]
        for c in controlled if control else []:
            ms = _top_mentions(toks, c.i, owner, trig) if c.i not in trig else []
            if ms:
                return actors_of(ms), "tree"
        if rel in ("ccomp", "parataxis", "advcl"):
            # "Ushakov told reporters that Xi offered ...": look inside the clause first
            start = min(subtree(toks, node))
            inside = [m for m in mentions if m.start >= start and m.end <= pred.trigger]
            if inside:
                return actors_of(group_left(toks, inside, pred.trigger, kind_of)), "clause"
            if control and rel == "advcl" and any(c.i not in trig for c in controlled):
                return [], "none"  # "mengutus Wakil Perdana Menteri untuk datang": not the sender
            if rel != "advcl":
                break  # the reporting verb's subject is the speaker, not this subject
        node = parent
    if toks[pred.head].deprel == "conj":  # "Blinken spoke with X ... and thanked Egypt"
        opening = [m for m in mentions if m.start <= 1 and m.end <= pred.head and not m.group]
        if opening:
            return actors_of(opening[:1]), "linear"
    group = group_left(toks, mentions, pred.trigger, kind_of)
    return (actors_of(group), "linear") if group else ([], "none")


def clause_subject(toks, pred: Predicate, owner, mentions, kind_of) -> tuple[list[str], str] | None:
    """The subject of the clause an event noun without one of its own stands in ("after a
    meeting with the bloc's leaders, X said", "Modi tiba untuk pertemuan dengan Biden"): the
    nearest verb above it, when the noun is not inside that verb's subject."""
    node = pred.trigger
    for up in ancestors(toks, pred.trigger):
        if toks[node].deprel.startswith(("nsubj", "csubj")):
            return None
        if toks[up].upos == "VERB":
            subj, how = subjects(
                toks, Predicate(up, up, up + 1, pred.entry, "verb"), owner, mentions, kind_of
            )
            return (subj, "clause") if how == "tree" and subj else None
        node = up
    return None


def _case_of(toks: list[Tok], i: int) -> set[str]:
    return {c.lower for c in children(toks, i) if c.deprel in ("case", "mark")} | {
        c.lemma for c in children(toks, i) if c.deprel == "case"
    }


BETWEEN = {"antara", "between"}
#: verbs whose object does what their adverbial clause says ("urged Russia to stop",
#: "mendesak Rusia menghentikan", "mengutus Wakil Perdana Menteri untuk datang"); after others the clause's subject is the main subject
#: ("Ansarallah uses Iranian weapons to conduct attacks")
# fmt: off
CONTROLLERS = frozenset({
    "urge", "ask", "call", "warn", "encourage", "request", "invite", "persuade", "force",
    "pressure", "press", "tell", "order", "allow", "help", "enable", "send", "dispatch",
    "bantu", "desak", "minta", "ajak", "imbau", "seru", "dorong", "paksa", "undang", "tekan", "ingat",
    "utus", "kirim", "tugas", "mengutus", "mengirim", "menugaskan",  # lemma or word
})
# fmt: on


def _object_control(toks, clause: int, verb: int) -> bool:
    """Whether the adverbial clause at ``clause`` takes ``verb``'s object as its subject:
    after a verb of asking or warning, or with "of" ("accused Putin of waging war")."""
    marks = {c.lower for c in children(toks, clause) if c.deprel == "mark"}
    return "of" in marks or CONTROLLERS & {toks[verb].lemma.lower(), toks[verb].lower}


#: subordinators of a clause whose subject is its main clause's subject, never its object
#: ("India reduces its dependence ... dengan membeli dari AS": India buys)
MANNER = frozenset({"dengan", "by", "sambil", "seraya", "while"})
RELATIVE = {"who", "which", "that", "yang", "whom"}


def objects(toks, pred: Predicate, owner, mentions, lex: Lexicon) -> tuple[list[str], str]:
    args = markers(pred)
    trig = set(range(pred.trigger, pred.end))
    subj_tokens: set[int] = set()
    for c in children(toks, pred.head):
        if c.deprel.startswith("nsubj") and not c.deprel.endswith("pass") and c.i not in trig:
            subj_tokens |= subtree(toks, c.i)
    # every word of a multi-word trigger may carry the argument ("negative views about")
    heads = [pred.head] + [i for i in range(pred.trigger, pred.end) if i != pred.head]
    found: list[Mention] = []
    between = False
    for h in heads:
        for c in children(toks, h):
            if c.i in trig and not (pred.kind == "light" and c.i == pred.trigger):
                continue
            rel = c.deprel
            case = _case_of(toks, c.i)
            direct = (
                rel in ("obj", "iobj")
                or (rel.startswith("nsubj:pass") and h == pred.head)
                # the possessor of a multi-word verb's own noun: "memanggil duta besar Jepang",
                # "melanggar kedaulatan Filipina"
                or (pred.kind == "verb" and h != pred.head and rel.startswith("nmod") and not case)
            )
            if direct and "obj" in args and c.i != pred.trigger:
                found += possessor(toks, c.i, owner) or _top_mentions(
                    toks, c.i, owner, trig | subj_tokens, args
                )
            elif (
                rel.split(":")[0] in ("obl", "nmod", "advcl", "xcomp", "ccomp", "conj")
                and args & case
            ):
                found += _top_mentions(toks, c.i, owner, trig | subj_tokens, args)
                between = between or bool(case & BETWEEN)
            elif pred.kind == "light" and c.i == pred.trigger:
                for g in children(toks, c.i):
                    gcase = _case_of(toks, g.i)
                    if g.deprel.split(":")[0] in ("nmod", "obl") and args & gcase:
                        found += _top_mentions(toks, g.i, owner, trig | subj_tokens, args)
                        between = between or bool(gcase & BETWEEN)
    if found:
        found += [m for m in listed_after(toks, owner, found[-1]) if m not in found]
        return actors_of(found), "between" if between else "tree"
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
            right_after = all(toks[q].upos == "DET" for q in range(pred.end, pos))  # "the ROK"
            if prev in args or ("obj" in args and right_after):
                group = [m]
                q = m.end
                while q + 1 < len(toks) and toks[q].lower in CONJUNCTIONS and owner.get(q + 1):
                    group.append(owner[q + 1])
                    q = owner[q + 1].end
                return actors_of(group), "between" if prev in BETWEEN else "linear"
            if pred.kind == "noun" and pos == pred.end:  # "invasi Rusia ke Ukraina": its owner
                pos = m.end
                continue
            break
        pos += 1
    return [], "none"


def reciprocal(toks, lex: Lexicon, pred: Predicate) -> bool:
    lowers = [t.lower for t in toks]
    return any(
        lex.match_at(lowers, i, "reciprocal") for i in range(pred.end, min(len(toks), pred.end + 6))
    )
