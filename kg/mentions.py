"""Actor mentions over token spans, titles, and rule-based date-aware coreference.

The small offline parsers attach names noisily ("Russian" and "Putin" both as
subjects), so mentions are found over token *spans* (longest match against the
actor dictionary, runs of proper nouns after a title) and only later attached
to predicates through any of their tokens.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from kg.actors import ActorIndex, Span, slug
from kg.lexicon import REFERENCE_KINDS, Lexicon

#: offices whose holder "leads" the state (title + name → leader_of)
LEADER_OFFICES = {"President", "PrimeMinister", "Chancellor", "Monarch", "SupremeLeader", "Leader"}
#: offices of ministers (title + name → official_of)
MINISTER_OFFICES = {
    "ForeignMinister",
    "DefenceMinister",
    "VicePresident",
    "SecretaryGeneral",
    "Chair",
}
#: words allowed between a title and its state ("pejabat pemerintah AS", "US government official")
FILLERS = {
    "pemerintah",
    "pemerintahan",
    "government",
    "administration",
    "negara",
    "state",
    "federal",
}
#: token texts that may join an apposition ("ajudan Rusia, Yuri Ushakov")
APPOS = {",", "-", "–", "—"}
QUOTES = "\"“”«»„‟'"


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


@dataclass
class Mention:
    """An actor mention: tokens ``[start, end)`` of a sentence referring to ``actor``."""

    start: int
    end: int
    actor: str
    kind: str  # name, title, demonym, metonym, pronoun, plural, new
    confidence: float = 1.0
    group: list[str] = field(default_factory=list)  # plural references: several actors

    def actors(self) -> list[str]:
        return self.group or [self.actor]

    def tokens(self) -> range:
        return range(self.start, self.end)


@dataclass
class Structural:
    """A structural fact read off a title or a membership list."""

    subject: str
    relation: str
    object: str
    start: int
    end: int
    pattern: str


@dataclass
class NewActor:
    """A person named in the text but absent from the dictionary."""

    id: str
    label: str
    type: str = "Person"
    nationality: str | None = None


@dataclass
class Discourse:
    """What earlier sentences of the article mentioned, for coreference."""

    persons: list[str] = field(default_factory=list)  # most recent last
    states: list[str] = field(default_factory=list)
    events: list[str] = field(default_factory=list)
    groups: list[list[str]] = field(default_factory=list)  # coordinated mentions
    new_actors: dict[str, NewActor] = field(default_factory=dict)

    def note(self, actor_type: str, actor: str) -> None:
        bucket = {"Person": self.persons, "State": self.states, "PublicEvent": self.events}.get(
            actor_type
        )
        if bucket is not None:
            if actor in bucket:
                bucket.remove(actor)
            bucket.append(actor)


def _proper_run(toks: list[Tok], i: int, limit: int = 4) -> int:
    """End of a run of capitalised proper nouns starting at ``i`` (``i`` if none)."""
    j = i
    while j < len(toks) and j - i < limit:
        t = toks[j]
        name_like = t.text.replace("-", "").replace("'", "").isalpha()
        if t.text[:1].isupper() and t.upos in ("PROPN", "NOUN", "X", "ADJ") and name_like:
            j += 1
        else:
            break
    return j


def actor_type(index: ActorIndex, actor: str, discourse: Discourse) -> str:
    if actor in discourse.new_actors:
        return discourse.new_actors[actor].type
    return index.get(actor).type if actor in index else "Actor"


def find_mentions(
    toks: list[Tok],
    index: ActorIndex,
    lexicon: Lexicon,
    date: dt.date | None,
    lang: str,
    discourse: Discourse,
) -> tuple[list[Mention], list[Structural]]:
    """Mentions and structural facts (leader_of, official_of, member_of) of one sentence."""
    spans: list[Span] = index.spans([t.text for t in toks], lang)
    cut = _dateline_end(toks)
    if cut:  # "MOSKOW, 30 Juni 2022 — ...": the dateline's city is not an actor
        spans = [sp for sp in spans if sp.start >= cut]
    mentions: list[Mention] = []
    facts: list[Structural] = []
    used: set[int] = set()
    n = len(spans)
    k = 0
    while k < n:
        sp = spans[k]
        if sp.kind == "title":
            k = _title_group(toks, spans, k, index, date, mentions, facts, discourse, used)
            continue
        if k in used:
            k += 1
            continue
        if sp.kind == "actor":
            mentions.append(Mention(sp.start, sp.end, sp.value, "name"))
        elif sp.kind == "demonym" and (person := _surname_of(index, discourse, mentions, toks, sp)):
            # "Albanese" after "Anthony Albanese" is the person, not "Albanian"
            mentions.append(Mention(sp.start, sp.end, person, "name", 0.9))
        elif sp.kind in ("demonym", "metonym"):
            mentions.append(Mention(sp.start, sp.end, sp.value, sp.kind, 0.9))
        k += 1
    _references(toks, lexicon, index, date, discourse, mentions)
    mentions.sort(key=lambda m: m.start)
    facts.extend(_membership_lists(toks, mentions, index))
    return mentions, facts


def _surname_of(
    index: ActorIndex, discourse: Discourse, mentions: list[Mention], toks, sp: Span
) -> str | None:
    """A person already mentioned whose surname is the text of ``sp``."""
    text = " ".join(t.text for t in toks[sp.start : sp.end])
    seen = discourse.persons + [m.actor for m in mentions]
    for person in reversed(seen):
        if person in index and index.get(person).surname == text:
            return person
    return None


def _dateline_end(toks: list[Tok]) -> int:
    """Index after a dateline dash ("JAKARTA, 12 Maret 2023 —"), or 0."""
    for k, t in enumerate(toks[:12]):
        if t.text in ("—", "–", "-", "--") and k > 0:
            if any(x.upos == "NUM" or x.text.isdigit() or x.text == ")" for x in toks[:k]):
                return k + 1
            return 0
    return 0


def _office_state(index: ActorIndex, person: str, office: str, date: dt.date | None) -> str | None:
    """The state in which ``person`` held ``office`` at ``date`` ("Presiden Joko Widodo")."""
    if person not in index:
        return None
    for term in index.get(person).terms:
        active = date is None or (
            (term.start is None or term.start <= date) and (term.end is None or date <= term.end)
        )
        if active and (term.office == office or (office == "Leader" and term.executive)):
            return term.of
    return None


def _title_group(toks, spans, k, index, date, mentions, facts, discourse, used) -> int:
    """Compose [state] TITLE [state|org] [name] into one mention; returns the next span index."""
    title = spans[k]
    office = title.value
    start, end = title.start, title.end
    state: str | None = None
    # preceding demonym/state: "Russian President", "US President"
    if (
        k > 0
        and spans[k - 1].end == title.start
        and spans[k - 1].kind in ("demonym", "metonym", "actor")
    ):
        prev = spans[k - 1]
        if prev.kind != "actor" or index.get(prev.value).type != "Person":
            state = prev.value
            start = prev.start
            for m in list(mentions):
                if m.start == prev.start:
                    mentions.remove(m)
    j = k + 1
    pos = end
    # following state/org: "Presiden Rusia", "Sekjen PBB", "pejabat pemerintah AS"
    while pos < len(toks) and toks[pos].lower in FILLERS:
        pos += 1
    if (
        j < len(spans)
        and spans[j].start == pos
        and spans[j].kind in ("actor", "demonym", "metonym")
    ):
        cand = spans[j]
        if cand.kind != "actor" or index.get(cand.value).type != "Person":
            state = state or cand.value
            end = cand.end
            used.add(j)
            j += 1
    # the person: a dictionary name, or a run of proper nouns, possibly after a comma
    pos = end
    if pos < len(toks) and toks[pos].text in APPOS:
        pos += 1
    person: str | None = None
    if (
        j < len(spans)
        and spans[j].start == pos
        and spans[j].kind == "actor"
        and index.get(spans[j].value).type == "Person"
    ):
        person = spans[j].value
        end = spans[j].end
        used.add(j)
        j += 1
    else:
        stop = _proper_run(toks, pos)
        nxt = spans[j].start if j < len(spans) else len(toks)
        stop = min(stop, nxt)
        if stop - pos >= 2:
            label = " ".join(t.text for t in toks[pos:stop])
            person = slug(label)
            if person not in index:
                discourse.new_actors.setdefault(person, NewActor(person, label, "Person", state))
            end = stop
    kind = "name"
    if person is not None and state is None:
        state = _office_state(index, person, office, date)
    if person is None:
        holder = (
            index.holder(office, state, date)
            if state and office in LEADER_OFFICES | MINISTER_OFFICES
            else None
        )
        if holder is not None:
            person, kind = holder.id, "title"
        elif state is not None:
            # "pejabat pemerintah AS" (US officials) act for their state
            mentions.append(Mention(start, end, state, "title", 0.8))
            return j
        else:
            return j
    mentions.append(Mention(start, end, person, kind, 1.0 if kind == "name" else 0.85))
    if state is not None and person is not None:
        # heads of state/government lead it; ministers, aides and spokespeople are its officials
        rel = "leader_of" if office in LEADER_OFFICES else "official_of"
        facts.append(Structural(person, rel, state, start, end, f"title:{office}"))
    return j


def _references(toks, lexicon, index, date, discourse, mentions) -> None:
    """Pronouns and plural descriptions → the actors they refer to."""
    covered = {i for m in mentions for i in m.tokens()}
    lowers = [t.lower for t in toks]
    starts = lexicon.first_words(*REFERENCE_KINDS)
    i = 0
    while i < len(toks):
        if i in covered or lowers[i] not in starts:
            i += 1
            continue
        hit = lexicon.match_at(lowers, i, "plural_ref")
        if hit is not None:
            stop, entry = hit
            group = _plural_group(entry.arg, index, date, discourse, mentions, i)
            if group:
                mentions.append(Mention(i, stop, group[0], "plural", 0.8, group))
            i = stop
            continue
        hit = lexicon.match_at(lowers, i, "pronoun")
        if hit is not None and toks[i].upos in ("PRON", "DET", "NOUN", "PROPN"):
            stop, entry = hit
            group = _pronoun(entry.arg, toks, i, index, date, discourse, mentions)
            if group:
                mentions.append(
                    Mention(i, stop, group[0], "pronoun", 0.7, group if len(group) > 1 else [])
                )
            i = stop
            continue
        i += 1


def _pronoun(kind: str, toks, i: int, index, date, discourse, mentions) -> list[str]:
    """What a pronoun at token ``i`` refers to (empty when unsure)."""
    if kind == "pl":
        return _last_group(discourse, mentions, i)
    if kind == "we":
        # "kami selalu mendukung satu sama lain", said by one of two leaders: their states
        leaders = _plural_group("persons", index, date, discourse, mentions, i)
        states = [index.state_of(p, date) for p in leaders if p in index]
        return [s for s in states if s] if len(set(states)) == 2 and None not in states else []
    if kind == "it":
        prior = [
            m.actor
            for m in mentions
            if m.end <= i and not m.group and actor_type(index, m.actor, discourse) != "Person"
        ]
        return prior[-1:] or discourse.states[-1:]
    if kind != "sg":
        return []  # "I": the speaker, found with the reporting verb
    persons = [
        m for m in mentions if m.end <= i and not m.group and _is_person(m.actor, index, discourse)
    ]
    # a possessive refers back to its clause's subject: "Putin memberi tahu Xi tentang percakapannya"
    subjects = [m for m in persons if any(toks[k].deprel.startswith("nsubj") for k in m.tokens())]
    pick = subjects or persons
    if pick:
        return [pick[-1].actor]
    return discourse.persons[-1:]


def _is_person(actor: str, index: ActorIndex, discourse: Discourse) -> bool:
    return actor_type(index, actor, discourse) == "Person"


def _plural_group(what: str, index, date, discourse, mentions, before: int) -> list[str]:
    if what == "event":
        prior = [
            m.actor
            for m in mentions
            if m.end <= before and actor_type(index, m.actor, discourse) == "PublicEvent"
        ]
        return prior[-1:] or discourse.events[-1:]
    wanted = "Person" if what == "persons" else "State"
    recent = [m.actor for m in mentions if m.end <= before and not m.group]
    pool = (discourse.persons if wanted == "Person" else discourse.states) + recent
    out: list[str] = []
    for actor in reversed(pool):
        if actor in out or actor_type(index, actor, discourse) != wanted:
            continue
        if wanted == "Person" and actor in index and not _is_leader(index, actor, date):
            continue  # "the two leaders" are leaders, not the aide who spoke
        out.append(actor)
        if len(out) == 2:
            break
    return list(reversed(out)) if len(out) == 2 else []


def _is_leader(index: ActorIndex, actor: str, date: dt.date | None) -> bool:
    for term in index.get(actor).terms:
        if term.office in LEADER_OFFICES and (
            date is None
            or (
                (term.start is None or term.start <= date)
                and (term.end is None or date <= term.end)
            )
        ):
            return True
    return False


def _last_group(discourse: Discourse, mentions: list[Mention], before: int) -> list[str]:
    groups = [m for m in mentions if m.end <= before and m.group]
    if groups:  # "dua pemimpin itu menyatakan pandangan mereka": the group just named
        return list(groups[-1].group)
    prior = [m for m in mentions if m.end <= before]
    if len(prior) >= 2:
        return [m.actor for m in prior[-2:]]
    return discourse.groups[-1] if discourse.groups else []


def _membership_lists(
    toks: list[Tok], mentions: list[Mention], index: ActorIndex
) -> list[Structural]:
    """ "AUKUS antara Australia, Inggris dan Amerika Serikat" → member_of each state."""
    facts: list[Structural] = []
    links = {
        "antara",
        "between",
        "of",
        "comprising",
        "including",
        "termasuk",
        "yaitu",
        "namely",
        "(",
        ":",
    }
    joiners = {",", "dan", "and", "serta", "&"}
    for m in mentions:
        if (
            m.group
            or m.actor not in index
            or index.get(m.actor).type not in ("Alliance", "IntergovernmentalOrganization", "Group")
        ):
            continue
        pos = m.end
        # skip a short descriptor: "Quad Indo-Pasifik", "AUKUS partnership", "kemitraan"
        while (
            pos < len(toks)
            and pos - m.end < 5
            and not any(x.start == pos for x in mentions)
            and toks[pos].lower not in links
        ):
            # "AUKUS is a security partnership between ...", "the Quad groups ...", "Quad” Indo-Pasifik"
            if toks[pos].text in joiners or (
                toks[pos].upos in ("VERB", "PUNCT") and toks[pos].text not in QUOTES
            ):
                break
            pos += 1
        if pos < len(toks) and toks[pos].lower in links:
            pos += 1
        members: list[Mention] = []
        while True:
            nxt = next((x for x in mentions if x.start == pos), None)
            if (
                nxt is None
                or nxt.group
                or nxt.actor not in index
                or index.get(nxt.actor).type != "State"
            ):
                break
            members.append(nxt)
            pos = nxt.end
            if pos < len(toks) and toks[pos].lower in joiners:
                pos += 1
                while pos < len(toks) and (toks[pos].lower in joiners or toks[pos].lower == "the"):
                    pos += 1
            else:
                break
        if len(members) >= 2:
            for member in members:
                facts.append(
                    Structural(
                        member.actor,
                        "member_of",
                        m.actor,
                        m.start,
                        members[-1].end,
                        "membership-list",
                    )
                )
    return facts
