"""Actor mentions over token spans: names, titles with their state and person, membership lists.

The small offline parsers attach names noisily ("Russian" and "Putin" both as
subjects), so mentions are found over token *spans* (longest match against the
actor dictionary, runs of proper nouns after a title) and only later attached
to predicates through any of their tokens.
"""

from __future__ import annotations

from kg.extract.context import CONJUNCTIONS, QUOTES, Mention, NewActor, SentenceContext, Structural
from kg.extract.coref import references
from kg.knowledge.actors import LEADER_OFFICES, MINISTER_OFFICES, ActorIndex, Span
from kg.knowledge.names import slug
from kg.parse.tokens import Tok

#: offices that head an organisation (not a state): their holder leads it
ORG_HEAD_OFFICES = frozenset({"SecretaryGeneral", "Chair"})

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


def find_mentions(ctx: SentenceContext) -> None:
    """Mentions and structural facts (leader_of, official_of, member_of) of one sentence,
    into ``ctx.mentions`` and ``ctx.facts``."""
    toks, index = ctx.toks, ctx.index
    spans: list[Span] = index.spans([t.text for t in toks], ctx.lang)
    cut = _dateline_end(toks)
    if cut:  # "MOSKOW, 30 Juni 2022 — ...": the dateline's city is not an actor
        spans = [sp for sp in spans if sp.start >= cut]
    mentions = ctx.mentions
    used: set[int] = set()
    n = len(spans)
    k = 0
    while k < n:
        sp = spans[k]
        if sp.kind == "title":
            k = _title_group(ctx, spans, k, used)
            continue
        if k in used:
            k += 1
            continue
        if sp.kind == "actor":
            mentions.append(Mention(sp.start, sp.end, sp.value, "name"))
        elif sp.kind == "demonym" and (person := _surname_of(ctx, sp)):
            # "Albanese" after "Anthony Albanese" is the person, not "Albanian"
            mentions.append(Mention(sp.start, sp.end, person, "name", 0.9))
        elif sp.kind in ("demonym", "metonym"):
            mentions.append(Mention(sp.start, sp.end, sp.value, sp.kind, 0.9))
        k += 1
    references(ctx)
    mentions.sort(key=lambda m: m.start)
    ctx.facts.extend(_membership_lists(toks, mentions, index))


def _surname_of(ctx: SentenceContext, sp: Span) -> str | None:
    """A person already mentioned whose surname is the text of ``sp``."""
    text = " ".join(t.text for t in ctx.toks[sp.start : sp.end])
    seen = ctx.discourse.persons + [m.actor for m in ctx.mentions]
    index = ctx.index
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


def _title_group(ctx: SentenceContext, spans: list[Span], k: int, used: set[int]) -> int:
    """Compose [state] TITLE [state|org] [name] into one mention; returns the next span index."""
    toks, index, date, mentions = ctx.toks, ctx.index, ctx.date, ctx.mentions
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
                ctx.discourse.new_actors.setdefault(
                    person, NewActor(person, label, "Person", state)
                )
            end = stop
    kind = "name"
    if person is not None and state is None:
        state = index.office_state(person, office, date)
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
        rel = title_relation(index, person, office, state, date)
        ctx.facts.append(Structural(person, rel, state, start, end, f"title:{office}"))
    return j


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
            if toks[pos].text in CONJUNCTIONS or (
                toks[pos].upos in ("VERB", "PUNCT") and toks[pos].text not in QUOTES + "'"
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
            if pos < len(toks) and toks[pos].lower in CONJUNCTIONS:
                pos += 1
                while pos < len(toks) and (
                    toks[pos].lower in CONJUNCTIONS or toks[pos].lower == "the"
                ):
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


def title_relation(index: ActorIndex, person: str, office: str, of: str, date) -> str:
    """The structural relation a title states between ``person`` and ``of``.

    Heads of state and government lead their state; the secretary-general or chair of an
    organisation leads it ("Sekjen NATO Jens Stoltenberg", "Chairperson of the African Union
    Commission"), except that a head of state holding an organisation's rotating chair chairs it
    ("Sultan Hassanal Bolkiah, Ketua ASEAN"); ministers, aides, spokespeople, and the
    secretary-general of a ministry are officials.
    """
    if office in LEADER_OFFICES:
        return "leader_of"
    if office in ORG_HEAD_OFFICES and of in index and index.get(of).type != "State":
        known = person in index
        return (
            "chairs"
            if office == "Chair" and known and index.is_leader(person, date)
            else "leader_of"
        )
    return "official_of"
