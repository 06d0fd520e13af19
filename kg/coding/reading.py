"""The dictionary's reading of one verb: its code, pattern, source and target actors
(see :mod:`kg.coding.coder` for the rules)."""

from __future__ import annotations

from dataclasses import dataclass

from kg.coding.dictionaries import CodingDictionaries
from kg.coding.mediation import MEDIATING
from kg.coding.names import named_as, names_one
from kg.coding.pairs import FORCE, HELD, mutual_code, unilateral
from kg.coding.patterns import PatternMatch, best_match
from kg.coding.sentence import Sentence, Unit, conjuncts, on_border
from kg.coding.subjects import subject, units_under
from kg.coding.targets import (
    ARREST_CODES,
    RECEIVING,
    arresting_police,
    by_phrases,
    first_target,
    held_people,
    hosted,
    in_adjunct,
    in_purpose,
    joined_targets,
    opened_by,
    surface_target,
)

__all__ = [
    "INTENT", "READY", "REQUEST", "SAY", "WANT", "Reading", "is_negated", "read_verb",
]  # fmt: skip

#: relations that start a clause of its own: not part of a verb's phrase
CLAUSE = frozenset({
    "nsubj", "csubj", "ccomp", "parataxis", "advcl", "acl", "conj", "punct", "mark",
    "discourse", "vocative", "dislocated", "list", "reparandum", "expl", "cc", "appos",
})  # fmt: skip
#: clauses read as part of the phrase after a verb (PETRARCH's verb phrase holds them)
AFTER_KEEP = frozenset({"ccomp", "acl", "appos"})
#: a visit's place is its target ("arrived in Indonesia"): make and host a visit
VISITS = frozenset({"042", "043"})
#: verbs read even when the verb dictionary has no entry: their complement makes the event
#: (see :mod:`kg.coding.modality`)
REQUEST = frozenset({
    "urge", "ask", "call", "press", "pressure", "demand", "request", "appeal", "encourage",
    "invite", "push", "exhort", "implore", "beg", "persuade", "want", "tell", "order",
})  # fmt: skip
WANT = frozenset({"want", "wish", "seek", "aim", "hope", "plan", "intend", "threaten", "vow"})
#: "stands ready to resume talks": intent, like a verb of intent
READY = frozenset({"ready", "willing", "prepared", "eager", "determined", "keen", "poised"})
INTENT = READY | frozenset({
    "pledge", "promise", "vow", "agree", "offer", "commit", "plan", "intend", "decide",
    "undertake", "prepare", "seek", "hope", "want", "wish", "aim", "expect",
})  # fmt: skip
#: verbs of intent that commit their subject ("pledged to", "agreed to"), and readiness: a
#: bare intent (03x) the dictionary gives them is one ("pledged support to X")
COMMITMENTS = READY | {"pledge", "promise", "vow", "agree", "offer", "commit", "undertake"}
SAY = frozenset({"say", "claim", "allege", "state", "tell", "report", "announce", "add"})
#: verbs of refusing or denying the act they govern: its rejection (12x) or denial (016)
REFUSE = frozenset({"refuse", "decline", "fail"})
DENY = frozenset({"deny"})
GOVERNORS = REQUEST | WANT | INTENT | SAY | REFUSE | DENY
NEGATORS = frozenset({"not", "n't", "never", "no"})
#: passive verbs whose "to" phrase, with no "by", is their doer ("was summoned to the Foreign
#: Ministry"); elsewhere "to" is where or whom ("was sent to Kyiv")
SUMMONED_TO = frozenset({"summon"})
#: passive verbs whose "from" phrase, with no "by", is their doer ("were deported from Iran")
DEPORTED_FROM = frozenset({"deport", "expel"})


def is_negated(sent: Sentence, v: int) -> bool:
    """Verb ``v`` is negated ("did *not* hold", "*never* attacked")."""
    for k in sent.children(v):
        w = sent[k]
        if w.deprel in ("neg", "advmod", "aux", "aux:pass") and w.text.lower() in NEGATORS:
            return True
        if w.deprel == "advmod" and w.lemma.lower() == "not":
            return True
    return False


def _verb_entries(sent: Sentence, v: int, dicts: CodingDictionaries):
    """The (entry, block) pairs for word ``v``, longest multi-word verb first."""
    w = sent[v]
    found = []
    for form in dict.fromkeys((w.up, w.lemma.upper())):
        for entry, block in dicts.verbs_for(form):
            words = [x.upper() for x in entry.phrase.words]
            before, after = words[: entry.head], words[entry.head + 1 :]
            ok = all(sent.upper.get(v - len(before) + k) == b for k, b in enumerate(before))
            if ok and after:  # a particle, not the preposition of a phrase ("talk over the
                # phone" is no "talk over"; "carried *out* airstrikes" is, however parsed)
                nxt = [sent.upper.get(v + k) for k in range(1, 4)
                       if v + k in sent.words and (sent[v + k].base != "case"
                       or (k == 1 and _particle(sent, v + 1)))]  # fmt: skip
                ok = all(a in nxt for a in after)
            if ok:
                found.append((len(words), entry, block))
    found.sort(key=lambda f: -f[0])
    if not found:
        return []
    longest = found[0][0]
    return [(e, b) for n, e, b in found if n == longest]


#: agents that fire guns: fire "from" them is shooting
ARMED = frozenset({"MIL", "COP", "SPY", "REB", "UAF", "CRM", "INS"})

#: adverbial particles a parser may hang as a preposition ("carried out", "called off")
PARTICLES = frozenset({"OUT", "OFF", "UP", "DOWN", "AWAY", "BACK"})


def _particle(sent: Sentence, i: int) -> bool:
    """Whether word ``i`` right after a verb is its particle though parsed as a preposition:
    one of :data:`PARTICLES` not opening "out of", "up to"."""
    nxt = sent.upper.get(i + 1, "")
    return sent.upper[i] in PARTICLES and nxt not in ("OF", "TO", "FROM", "WITH")


def _clause_words(sent: Sentence, v: int, keep: frozenset[str] = frozenset()) -> set[int]:
    """``v``'s phrase: its subtree without clauses of their own (a ``conj`` is cut only
    when it is a verb: "ties with Gondor and Arnor" keeps Arnor)."""
    out, todo = {v}, [v]
    while todo:
        j = todo.pop()
        for k in sent.kids.get(j, []):
            w = sent[k]
            if w.base == "conj":
                if w.upos in ("VERB", "AUX") or sent.children(k, "nsubj", "nsubj:pass"):
                    continue
            elif w.base == "mark" and j != v and w.text.lower() == "to":
                pass  # an infinitive's marker inside the phrase: "ordered him *to* leave"
            elif (w.deprel in CLAUSE or w.base in CLAUSE) and w.base not in keep:
                if not _name_tagged_verb(sent, k):
                    continue
            elif w.base == "acl" and w.text.lower() in MEDIATING:
                continue  # "signed a deal *brokered by Qatar*": the mediator's act, no target
            out.add(k)
            todo.append(k)
    return out


#: prepositions a name a tagger made a verb stands behind ("lashed out *at Beijing*")
NAME_PREPS = RECEIVING | {"from"}


def _name_tagged_verb(sent: Sentence, k: int) -> bool:
    """Word ``k``, a clause's verb, is a name right after a preposition that a small tagger
    took for a verb ("lashed out at *Beijing*", "a visit to *Nepal*"): a phrase, not a clause."""
    w, prev = sent[k], sent.words.get(k - 1)
    return (
        w.upos == "VERB" and w.text[:1].isupper() and prev is not None
        and prev.text.lower() in NAME_PREPS and prev.head == k
    )  # fmt: skip


def _phrase_after(sent: Sentence, v: int) -> list[int]:
    return sorted(i for i in _clause_words(sent, v, AFTER_KEEP) if i > v)


def _phrase_before(sent: Sentence, v: int) -> list[int]:
    return sorted(i for i in _clause_words(sent, v, frozenset({"nsubj", "mark"})) if i < v)


@dataclass
class Reading:
    """What the dictionary says of one verb, before modality: its code (``""`` for none),
    the pattern, its source and target actors."""

    verb: int
    code: str
    pattern: str
    negated: bool  # the verb is negated and no pattern names the negation
    sources: list[Unit]
    targets: list[Unit]


def _auxiliary(sent: Sentence, v: int) -> bool:
    """Whether "have" at ``v`` is an auxiliary, however the parser hung it: tagged so, or
    followed (past adverbs) by a participle ("have *held* talks", "has also *signed*")."""
    if sent[v].upos == "AUX":
        return True
    k = sent.ids.index(v) + 1
    while k < len(sent.ids) and sent[sent.ids[k]].upos in ("ADV", "PART"):
        k += 1
    return k < len(sent.ids) and sent[sent.ids[k]].upos in ("VERB", "ADJ")


#: verbs whose bare dictionary code (060, material cooperation; 040 for considering) names
#: no act of their own: "Sudan has *issued* a directive", "*according* to authorities",
#: "*gave* him a medallion"
VAGUE = frozenset({"issue", "accord", "give", "provide", "consider", "learn"})
#: verbs of going whose bare code (040) is a meeting only on the way to someone ("left *for*
#: Minas Tirith for meetings"), not "has *left* 14 insurgents dead", "troops *went* haywire"
GOING = frozenset({"leave", "go", "pull"})


def no_act(sent: Sentence, v: int, targets: list[Unit], code: str = "") -> bool:
    """Whether the bare dictionary ``code`` of verb ``v`` (no pattern matched) names no act:
    a vague verb's, a verb of going's with no target "for" or "to" it, or plain material
    cooperation (060), the bare code CAMEO.2.0 gives verbs of leading, managing and
    escalating ("*led* to the death of", "*heading* towards Belarus", "the conflict
    *escalated*"; the read sets' annotators coded 2 in 9), unless it is what a verb of
    intent or asking governs ("agreed *to expand* trade": 031; not "to *control* inflation"),
    or a bare intent (03x) of a verb that commits no one to anything: a verb that names no
    intent ("*trained*", "*meaning* that") or one's own wish or plan ("was arrested for
    *planning* riots", "both sides should *seek* ...": 0 of 4 coded in the read sets), or
    ORDER's bare demand (100) where it orders no one *to* do anything: what is ordered is the
    act ("ordered the party dissolved"; 0 of 2 coded in the read sets), or CALL's bare call
    (041) where it names something (:func:`~kg.coding.names.names_one`; 0 of 5 coded in the read sets)."""
    lemma = sent[v].lemma.lower()
    trip = any(opened_by(sent, u) in ("for", "to") for u in targets)
    head = sent[v].head
    asked = _marked(sent, v, "to") and bool(head) and sent[head].lemma.lower() in GOVERNORS
    bare = code == "060" and not asked
    intent = code[:2] == "03" and lemma not in COMMITMENTS  # "*trained* for", "*seek* ..."
    order = lemma == "order" and not sent.children(v, "xcomp")  # "ordered the party dissolved"
    naming = code[:3] == "041" and names_one(sent, v)  # "calling it an operation"
    return lemma in VAGUE or (lemma in GOING and not trip) or bare or intent or order or naming


def read_verb(
    sent: Sentence, v: int, dicts: CodingDictionaries, units: list[Unit]
) -> Reading | None:
    """The dictionary's reading of word ``v`` (None when no verb entry knows it)."""
    w = sent[v]
    if w.upos not in ("VERB", "AUX") and not (w.upos in ("NOUN", "ADJ") and w.base == "root"):
        return None
    if w.lemma.lower() == "have" and _auxiliary(sent, v):  # "have held talks": no act
        return None
    if named_as(sent, v):  # "condemned what he called an attack on ...": no appeal
        return None
    entries = _verb_entries(sent, v, dicts)
    before, after = _phrase_before(sent, v), _phrase_after(sent, v)
    if sent.children(v, "aux:pass", "auxpass"):  # "agreements were signed": the object
        subj = sent.children(v, "nsubj:pass", "nsubjpass")
        after = sorted({j for k in subj for j in sent.subtree(k)}) + after
    if not entries:
        if w.lemma.lower() not in GOVERNORS:
            return None
        sources, targets = _ends(sent, v, None, units, after)
        return Reading(v, "", "", is_negated(sent, v), sources, targets)
    patterns = dicts.patterns_for(entries)
    by_start = {u.start: u for u in units}
    match = best_match(patterns, sent, before, after, by_start, dicts.synsets, dicts.needed)
    entry, block = entries[0]
    code = str(match.pattern.code) if match else str(block.code_of(entry))
    received = match is not None and code.startswith(":") and code[1:3].isdigit()
    if received:  # "X came under fire from Y" (``[:111]``): what the other side did to X
        code = code[1:]
    elif match and not code[:2].isdigit() and not code.startswith("-"):
        code = str(block.code_of(entry))  # a pattern with no code ("+++", "###")
    if not code[:2].isdigit() or (code[:3] == "010" and match is None):
        code = ""  # a verb of saying makes a statement (010) only through a pattern of its own
    negated = is_negated(sent, v) and not (match and match.negated)
    sources, targets = _ends(sent, v, match, units, after, code)
    if received:
        sources, targets = targets, sources
        if code == "111" and sources and all(u.agents & ARMED for u in sources):
            code = "190"  # "soldiers came under fire from gunmen": shot at, not criticized
    if match is None and no_act(sent, v, targets, code):
        code = ""  # "issued a directive", "has left 14 insurgents dead"
    guests = hosted(sent, v, units)
    if guests and not (match and code[:2] == "04"):
        code, targets = "043:042", [u for u in guests if u not in sources]
    return Reading(v, code, match.pattern.original if match else "", negated, sources, targets)


def _marked(sent: Sentence, v: int, word: str) -> bool:
    """Clause ``v`` is introduced by ``word`` (its ``mark``, or a ``case`` a parser gave it)."""
    return any(sent[k].text.lower() == word for k in sent.children(v, "mark", "case"))


def _ends(
    sent: Sentence,
    v: int,
    match: PatternMatch | None,
    units: list[Unit],
    after: list[int],
    code: str = "",
) -> tuple[list[Unit], list[Unit]]:
    """The source and target actors of verb ``v``."""
    subj_words, passive = subject(sent, v)
    sources = units_under(sent, subj_words, units)
    w = sent[v]
    if not subj_words and w.base == "advcl" and w.head and _marked(sent, v, "for"):
        # "lashed out at X *for accusing* Y", "thanked X for helping": X does it
        head_after = _phrase_after(sent, w.head)
        sources = _ends(sent, w.head, None, units, head_after)[1]
    targets: list[Unit] = []
    if passive:
        agents = by_phrases(sent, v)
        sources, targets = units_under(sent, agents, units), sources
        between = [k for k in sent.children(v, "obl") if sent.case_of(k) == "between"]
        if not sources and between:  # "agreements were signed between Chile and Argentina"
            sources, targets = units_under(sent, between, units), []
        prep = "to" if w.lemma.lower() in SUMMONED_TO else "from"
        summoner = [k for k in sent.children(v, "obl") if sent.case_of(k) == prep]
        if not sources and summoner and w.lemma.lower() in SUMMONED_TO | DEPORTED_FROM:
            # "Turkey's ambassador has been summoned to the Foreign Ministry": who summons;
            # "Afghan refugees were deported from Iran": who deports
            sources = units_under(sent, summoner, units)
        sources = sources or arresting_police(sent, v, units)
    if match and match.source is not None:
        sources, targets = [match.source], sources
    elif match and (match.target or match.compound) is not None:
        targets = [match.target or match.compound]
        partners = set(conjuncts(sent, targets[0].head))
        targets += [u for u in units if u.head in partners and u not in targets]
    if not targets:
        targets = [u for u in first_target(sent, after, units, v) if u not in sources]
        if targets and all(u.code.startswith("---") for u in targets):
            # "deploying troops to Mozambique": an agent of no state is no target; the next is
            # (but whom a state arrests is the one held: "arrested a worker for spying for
            # China" holds the worker, see pairs.HELD)
            rest = [k for k in after if all(k > max(u.words | {u.head}) for u in targets)]
            later = [u for u in first_target(sent, rest, units, v) if u not in sources]
            targets = targets if code[:2] in HELD else later
        # an actor only in a phrase of time or place is the target of a visit ("arrived in
        # Indonesia") or of a pattern that says so, not of "leaving a car in Jenin"; "X and Y
        # signed ... during Z's visit" codes X and Y with each other
        if (
            targets
            and all(in_adjunct(sent, u, v) for u in targets)
            and (
                len(sources) > 1
                or not (match is not None or code[:3] in VISITS)
                or (
                    mutual_code(code)
                    and all(opened_by(sent, u) in ("in", "at") for u in targets)
                    and not unilateral(sent, v)
                )
            )  # "X and Y agreed to a ceasefire in Havana": no side of it; a unilateral one in
            # Ukraine is Ukraine's
            and not (
                code[:2] in FORCE
                and sent.children(v, "obj")
                and not any(on_border(sent, u) for u in targets)
            )  # "attack sites in X", not "near the X border"
        ):
            targets = []
    if not targets and code:
        targets = [u for u in _clause_subjects(sent, v, units) if u not in sources]
    if not targets and code and len(sources) == 1:  # (coordinated sources code each other)
        targets = [u for u in surface_target(sent, v, units, code) if u not in sources]
    if not targets and code[:3] in ARREST_CODES and sources and all(u.state for u in sources):
        targets = held_people(sent, v, passive, units)  # "the navy detained a man": its own
    if len(sources) > 1 and code[:2] == "04" and all(in_purpose(sent, t, v) for t in targets):
        targets = []  # "Scholz and Macron met to discuss Ukraine": they met each other
    if targets and sources and all(_same_state(t, s) for t in targets for s in sources):
        # "France recalled its ambassador from Niger": its own organ moves away from Niger
        away = [k for k in sent.children(v, "obl") if sent.case_of(k) in ("from", "to")]
        # "recalled its ambassadors *to Spain*": where the organ served
        away += [
            k for o in sent.children(v, "obj") for k in sent.children(o, "nmod")
            if sent.case_of(k) in ("from", "to")
        ]  # fmt: skip
        targets = [u for u in units_under(sent, away, units) if u not in sources] or targets
    targets += [u for u in joined_targets(sent, targets, units) if u not in sources]
    # "..., the U.S. and Saudi Arabia said": who says it is no target of what is said
    return sources, [u for u in targets if not _speaker(sent, u, v)]


def _same_state(a: Unit, b: Unit) -> bool:
    return bool(a.state) and a.state[:3] == b.state[:3]


def _speaker(sent: Sentence, u: Unit, v: int) -> bool:
    """``u`` is the subject of a verb of saying other than ``v``."""
    for i in u.words | {u.head}:
        w = sent.words.get(i)
        if w and w.base == "nsubj" and w.head not in (v, 0) and w.head in sent.words:
            return sent[w.head].lemma.lower() in SAY
    return False


def _clause_subjects(sent: Sentence, v: int, units: list[Unit]) -> list[Unit]:
    """The actors that are the subject of a "that" clause under ``v`` (a ``ccomp``, or a
    clause a parser hung as a ``conj`` with its "that", or an actor's name a tagger made the
    verb of such a clause: "demanded that *Beijing* release the vessel"), the target of a verb
    with none of its own, as PETRARCH's verb phrase holds the clause: "North Korea threatened
    that South Korea and the United States will pay a price", "Arnor believes Dagolath can
    cope". (A verb of saying codes no statement of its own: the clause is its event, see
    :mod:`kg.coding.modality`.)"""
    for k in sent.children(v, "ccomp", "conj", "advcl"):
        marks = {sent[m].text.lower() for m in sent.children(k, "mark")}
        if sent[k].base in ("conj", "advcl") and "that" not in marks:
            continue
        subj = [j for j in sent.children(k, "nsubj", "nsubj:pass")]
        found = units_under(sent, subj, units) if sent[k].base != "advcl" else []
        if not found and sent.children(k, "xcomp"):  # "that *Beijing* release", a name the
            found = [u for u in units if u.head == k or k in u.words]  # tagger made a verb
        if found:
            return found
    return []
