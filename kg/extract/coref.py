"""Rule-based, date-aware coreference: pronouns and plural descriptions ("the two leaders",
"kedua negara", "they") resolve to actors of the sentence or of the article's discourse."""

from __future__ import annotations

from kg.extract.arguments import is_kind
from kg.extract.context import Discourse, Mention, SentenceContext
from kg.extract.factuality import speaker
from kg.knowledge.actors import ActorIndex
from kg.knowledge.lexicon import REFERENCE_KINDS


def references(ctx: SentenceContext) -> None:
    """Pronouns and plural descriptions → the actors they refer to (added to ``ctx.mentions``)."""
    toks = ctx.toks
    covered = {i for m in ctx.mentions for i in m.tokens()}
    lowers = [t.lower for t in toks]
    starts = ctx.lex.first_words(*REFERENCE_KINDS)
    first_person: list[tuple[int, int, str]] = []
    i = 0
    while i < len(toks):
        if i in covered or lowers[i] not in starts:
            i += 1
            continue
        hit = ctx.lex.match_at(lowers, i, "plural_ref")
        if hit is not None:
            stop, entry = hit
            group = _plural_group(ctx, entry.arg, i)
            if group:
                ctx.mentions.append(Mention(i, stop, group[0], "plural", 0.8, group))
            i = stop
            continue
        hit = ctx.lex.match_at(lowers, i, "pronoun")
        if hit is not None and toks[i].upos in ("PRON", "DET", "NOUN", "PROPN", "NUM"):
            stop, entry = hit
            if _determiner_only(toks, stop):  # "the two issues", "both Russia and China"
                i = stop
                continue
            if entry.arg == "agenda" and not toks[i].deprel.startswith("nsubj"):
                i = stop  # "melanjutkan perjalanan ke Tokyo": whose trip, the subject says
                continue
            if entry.arg in ("i", "we"):  # after the others: the speaker may be "jelasnya"
                first_person.append((i, stop, entry.arg))
                i = stop
                continue
            group = _pronoun(ctx, entry.arg, i)
            if group:
                ctx.mentions.append(
                    Mention(i, stop, group[0], "pronoun", 0.7, group if len(group) > 1 else [])
                )
            i = stop
            continue
        i += 1
    for i, stop, kind in first_person:
        group = _first_person(ctx, kind, i)
        if group:
            ctx.mentions.append(
                Mention(i, stop, group[0], "pronoun", 0.7, group if len(group) > 1 else [])
            )


def _first_person(ctx: SentenceContext, kind: str, i: int) -> list[str]:
    """Whom "I"/"saya" or "we"/"kami" at token ``i`` refers to.

    Inside a quotation, the speaker the reporting verb names ("'... saya akan menuju
    Washington,' tambah Presiden"), or for "we" the speaker's state; "we ... each other" said
    by one of two leaders just named (or "we" with no speaker found) is both their states.
    Outside any quotation "we" is the voice of the article: the state that issues a statement
    ("The United States congratulates ... We look forward to ...")."""
    toks = ctx.toks
    quotes = ctx.quotes
    if i not in quotes:
        return ctx.discourse.voice[:1] if kind == "we" else []
    reports = [t.i for t in toks if is_kind(ctx.lex, "report", t) and t.i not in quotes]
    owner = {k: m for m in ctx.mentions for k in m.tokens() if k not in quotes}
    who = speaker(toks, reports, owner)
    if kind == "i":
        return [who] if who and ctx.actor_type(who) == "Person" else []
    lowers = [t.lower for t in toks]
    mutual = any(ctx.lex.match_at(lowers, k, "reciprocal") for k in range(len(toks)))
    if who is None or mutual:
        # "kami selalu mendukung satu sama lain", said by one of two leaders: their states
        leaders = _plural_group(ctx, "persons", i)
        states = [ctx.index.state_of(p, ctx.date) for p in leaders if p in ctx.index]
        if len(set(states)) == 2 and None not in states:
            return [s for s in states if s]
        if who is None:
            return []
    if ctx.actor_type(who) != "Person":
        return [who]
    state = ctx.index.state_of(who, ctx.date) if who in ctx.index else None
    return [state] if state else []


#: words that refer on their own ("the two", "both") only when no noun follows them
_BARE = {"two", "both"}
_NOMINAL = {"NOUN", "PROPN", "ADJ", "NUM", "DET", "X"}


def _determiner_only(toks, stop: int) -> bool:
    """Whether a bare "the two"/"both" ending before ``stop`` is the determiner of a noun."""
    if toks[stop - 1].lower not in _BARE:
        return False
    return stop >= len(toks) or toks[stop].upos in _NOMINAL or toks[stop].lower in ("and", "of")


def _pronoun(ctx: SentenceContext, kind: str, i: int) -> list[str]:
    """What a pronoun at token ``i`` refers to (empty when unsure)."""
    if kind == "pl":
        return _last_group(ctx, i)
    if kind == "pair":  # "The two discussed ...": the sides of the last meeting or call
        return ctx.discourse.parties[-1] if ctx.discourse.parties else _last_group(ctx, i)
    if kind == "it":
        prior = [
            m.actor for m in ctx.before(i) if not m.group and ctx.actor_type(m.actor) != "Person"
        ]
        return prior[-1:] or ctx.discourse.states[-1:]
    if kind == "clitic":  # "-nya": his, her or its
        prior = [m for m in ctx.before(i) if not m.group]
        if (
            prior
            and ctx.actor_type(prior[-1].actor) != "Person"
            and not any(ctx.actor_type(m.actor) == "Person" for m in prior)
        ):  # "Amerika Serikat dan sejumlah sekutunya": its allies
            return [prior[-1].actor]
        kind = "sg"
    if kind == "agenda":  # "Jadwal ... mencakup pembicaraan dengan X": whose schedule
        return ctx.discourse.followed[-1:]
    if kind != "sg":
        return []
    quotes = ctx.quotes
    persons = [
        m
        for m in ctx.before(i)
        if not m.group and ctx.actor_type(m.actor) == "Person"
        and (i in quotes or m.start not in quotes)  # '"... PM Inggris," jelasnya': the speaker
    ]  # fmt: skip
    # a possessive refers back to its clause's subject: "Putin memberi tahu Xi tentang percakapannya"
    subjects = [
        m for m in persons if any(ctx.toks[k].deprel.startswith("nsubj") for k in m.tokens())
    ]
    pick = subjects or persons
    if pick:
        return [pick[-1].actor]
    # none in the sentence: the last person who was a subject, else the last person named
    return ctx.discourse.followed[-1:] or ctx.discourse.persons[-1:]


def _plural_group(ctx: SentenceContext, what: str, before: int) -> list[str]:
    if what == "officials":  # "the ministers": the sides of the last meeting, if persons
        last = ctx.discourse.parties[-1] if ctx.discourse.parties else []
        if last and all(ctx.actor_type(a) == "Person" for a in last):
            return list(last)
        what = "persons"
    if what == "leaders":  # "para pemimpin negara sahabat tersebut": every leader last listed
        for named in reversed(ctx.discourse.listed):
            leaders = [p for p in named if p in ctx.index and ctx.index.is_leader(p, ctx.date)]
            if len(leaders) >= 2:
                return leaders
        return []
    if what == "event":
        prior = [m.actor for m in ctx.before(before) if ctx.actor_type(m.actor) == "PublicEvent"]
        return prior[-1:] or ctx.discourse.events[-1:]
    wanted = "Person" if what == "persons" else "State"
    recent_meeting = ctx.discourse.read - ctx.discourse.sides_read <= 2
    if wanted == "State" and ctx.discourse.sides and recent_meeting:  # "the two nations" who met
        states: list[str] = []
        for a in ctx.discourse.sides[-1]:
            state = a if ctx.actor_type(a) == "State" else ctx.state_of(a)
            if state and state not in states:
                states.append(state)
        if len(states) == 2:
            return states
    recent = [m.actor for m in ctx.before(before) if not m.group]
    discourse = ctx.discourse
    pool = (discourse.persons if wanted == "Person" else discourse.states) + recent
    out: list[str] = []
    for actor in reversed(pool):
        if actor in out or ctx.actor_type(actor) != wanted:
            continue
        if wanted == "Person" and actor in ctx.index and not ctx.index.is_leader(actor, ctx.date):
            continue  # "the two leaders" are leaders, not the aide who spoke
        out.append(actor)
        if len(out) == 2:
            break
    return list(reversed(out)) if len(out) == 2 else []


def _last_group(ctx: SentenceContext, before: int) -> list[str]:
    prior = ctx.before(before)
    groups = [m for m in prior if m.group]
    if groups:  # "dua pemimpin itu menyatakan pandangan mereka": the group just named
        return list(groups[-1].group)
    named = _own_states_dropped(ctx.discourse, ctx.index, [m.actor for m in prior])
    if len(named) >= 2:
        return named[-2:]
    if not prior and ctx.discourse.sides:  # "They discussed ...": who just met or spoke
        return list(ctx.discourse.sides[-1])
    return ctx.discourse.groups[-1] if ctx.discourse.groups else []


def update_discourse(ctx: SentenceContext) -> None:
    """Note a sentence's mentions in the article's discourse, for the sentences after it."""
    d, mentions, index = ctx.discourse, ctx.mentions, ctx.index
    d.read += 1
    persons: list[str] = []  # named in this sentence, for "para pemimpin" later
    for m in mentions:
        kinds = [d.actor_type(index, a) for a in m.actors()]
        for a, kind in zip(m.actors(), kinds):
            d.note(kind, a)
        if m.group or kinds[0] != "Person":
            continue
        if m.kind in ("name", "title") and m.actor not in persons:
            persons.append(m.actor)
        if any(ctx.toks[k].deprel.startswith("nsubj") and k not in ctx.quotes for k in m.tokens()):
            d.followed.append(m.actor)
    if len(persons) >= 2:
        d.listed.append(persons)
    names = _own_states_dropped(d, index, [m.actor for m in mentions if not m.group])
    if len(names) >= 2:
        d.groups.append(names[-2:])


def _own_states_dropped(d: Discourse, index: ActorIndex, actors: list[str]) -> list[str]:
    """The actors without the states of the persons among them: "Presiden AS Joe Biden ...
    Washington" and then "mereka" are Biden and whom he met, never Biden and his own state."""
    own: set[str | None] = set()
    for a in actors:
        if a in d.new_actors:
            own.add(d.new_actors[a].nationality)
        elif a in index and index.get(a).type == "Person":
            person = index.get(a)
            own |= {t.of for t in person.terms} | {person.nationality}
    return [a for a in actors if a not in own or d.actor_type(index, a) != "State"]


#: how many sentences from the top a statement names its issuer in ("The United States
#: congratulates ...", after a headline)
VOICE_SENTENCES = 3
#: actor types that issue statements in their own name
VOICES = frozenset({"State", "IntergovernmentalOrganization", "Alliance", "Organization"})


def voice(ctx: SentenceContext) -> list[str]:
    """The state or organisation a sentence's main clause is said by, outside quotation
    marks ("The United States welcomes ...", "Indonesia mengecam ..."): an article's voice."""
    toks = ctx.toks
    quotes = ctx.quotes
    for m in ctx.mentions:
        if m.group or m.kind not in ("name", "metonym") or ctx.actor_type(m.actor) not in VOICES:
            continue
        for k in m.tokens():
            head = toks[toks[k].head] if toks[k].head >= 0 else None
            subject = toks[k].deprel.startswith("nsubj") and k not in quotes
            if subject and head is not None and head.deprel == "root" and head.upos == "VERB":
                return [m.actor]
    return []


def side_of(pairs: list[list[str]]) -> list[str]:
    """The actors joined to the last pair through pairs sharing an actor: one meeting.

    >>> side_of([["a", "b"], ["c", "d"], ["a", "e"]])
    ['a', 'e', 'b']
    """
    group = list(pairs[-1])
    grown = True
    while grown:
        grown = False
        for pair in reversed(pairs):
            if set(pair) & set(group) and not set(pair) <= set(group):
                group += [a for a in pair if a not in group]
                grown = True
    return group
