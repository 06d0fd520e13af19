"""Actor mentions over token spans: names, titles with their state and person, membership lists.

The small offline parsers attach names noisily ("Russian" and "Putin" both as
subjects), so mentions are found over token *spans* (longest match against the
actor dictionary, runs of proper nouns after a title) and only later attached
to predicates through any of their tokens.
"""

from __future__ import annotations

from kg.extract.context import CONJUNCTIONS, QUOTES, Mention, NewActor, SentenceContext, Structural
from kg.extract.coref import references
from kg.extract.holders import named_before
from kg.extract.titles import title_group
from kg.knowledge.actors import ActorIndex, Span
from kg.knowledge.names import slug
from kg.parse.tokens import Tok


def find_mentions(ctx: SentenceContext) -> None:
    """Mentions and structural facts (leader_of, official_of, member_of) of one sentence,
    into ``ctx.mentions`` and ``ctx.facts``."""
    toks, index = ctx.toks, ctx.index
    spans: list[Span] = index.spans([t.text for t in toks], ctx.lang)
    cut = _dateline_end(toks)
    if cut:  # "MOSKOW, 30 Juni 2022 — ...": the dateline's city is not an actor
        spans = [sp for sp in spans if sp.start >= cut]
    # "Yang Mulia" (Your Excellency) is a form of address, not Yang Jiechi
    spans = [
        sp
        for sp in spans
        if not _honorific(toks, sp) and not _not_yet(ctx, sp) and not _currency(toks, sp)
    ]
    mentions = ctx.mentions
    used: set[int] = set()
    n = len(spans)
    k = 0
    while k < n:
        sp = spans[k]
        if sp.kind == "title":
            k = title_group(ctx, spans, k, used)
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
    _named_persons(ctx)
    _short_names(ctx)
    references(ctx)
    mentions.sort(key=lambda m: m.start)
    ctx.facts.extend(_membership_lists(toks, mentions, index))


#: words that join the parts of a longer name ("Belt and Road Initiative"): a person span
#: next to one is a piece of that name
NAME_JOINERS = frozenset({"and", "dan", "of", "&", "de", "for", "untuk"})


def _named_persons(ctx: SentenceContext) -> None:
    """Persons the tagger's named-entity layer marks (``PERSON``) and the dictionary lacks:
    "Zoyir Mirzaev pagi ini bertemu ..." becomes a person of the article. Only a whole run of
    two or more capitalised proper nouns, not part of a longer name."""
    toks = ctx.toks
    if not any(t.ner.endswith("PERSON") for t in toks):
        return  # no tag (English small models have no NER) or no person
    covered = {i for m in ctx.mentions for i in m.tokens()}
    k = 0
    while k < len(toks):
        if not toks[k].ner.endswith("PERSON") or toks[k].ner[:1] not in "BS":
            k += 1
            continue
        end = k + 1
        while end < len(toks) and toks[end].ner[:1] in "IE" and toks[end].ner.endswith("PERSON"):
            end += 1
        words = toks[k:end]
        joined = (k > 0 and toks[k - 1].lower in NAME_JOINERS) or (
            end < len(toks) and toks[end].lower in NAME_JOINERS | {"'s", "’s"}
        )
        longer = (k > 0 and toks[k - 1].upos == "PROPN") or (
            end < len(toks) and toks[end].upos == "PROPN"
        )
        if (
            len(words) >= 2
            and not joined
            and not longer
            and all(
                t.upos == "PROPN" and t.text[:1].isupper() and t.i not in covered for t in words
            )
        ):
            label = " ".join(t.text for t in words)
            person = slug(label)
            if person not in ctx.index:
                ctx.discourse.new_actors.setdefault(person, NewActor(person, label, "Person"))
                ctx.mentions.append(Mention(k, end, person, "name", 0.7))
        k = end


def _short_names(ctx: SentenceContext) -> None:
    """A single proper noun from the name of a person named before is that person ("Cho and
    Iwaya" after "Foreign Minister Cho Tae-yul"; see :func:`named_before`)."""
    if not ctx.discourse.persons:
        return
    owner = {i: m for m in ctx.mentions for i in m.tokens()}
    for t in ctx.toks:
        if t.i in owner or t.upos != "PROPN" or not t.text[:1].isupper():
            continue
        person = named_before(ctx, t.text)
        if person is None:
            continue
        before = owner.get(t.i - 1)
        if before is not None and before.actor == person:  # "Hayashi Yoshimasa": one name
            before.end = t.i + 1
        else:
            owner[t.i] = Mention(t.i, t.i + 1, person, "name", 0.8)
            ctx.mentions.append(owner[t.i])


#: currency words a state's name qualifies ("172 juta dolar AS", "US dollars"): no actor
CURRENCY = frozenset({"dolar", "dollar", "dollars", "$"})


def _currency(toks: list[Tok], sp: Span) -> bool:
    before = toks[sp.start - 1].lower if sp.start > 0 else ""
    after = toks[sp.end].lower if sp.end < len(toks) else ""
    return before in CURRENCY or after in CURRENCY


def _not_yet(ctx: SentenceContext, sp: Span) -> bool:
    """A dated public event too far in the text's future to be the one meant (see
    :meth:`kg.knowledge.actor_files.Actor.known_by`)."""
    if sp.kind != "actor" or ctx.date is None or sp.value not in ctx.index:
        return False
    return not ctx.index.get(sp.value).known_by(ctx.date)


#: forms of address whose first word is also a surname: (word, next word)
HONORIFICS = {("yang", "mulia"), ("yang", "terhormat"), ("yth", ".")}


def _honorific(toks: list[Tok], sp: Span) -> bool:
    nxt = toks[sp.end].lower if sp.end < len(toks) else ""
    return sp.end - sp.start == 1 and (toks[sp.start].lower, nxt) in HONORIFICS


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
    """Index after a dateline dash ("JAKARTA, 12 Maret 2023 —") or colon ("Jakarta: ..."), or 0."""
    colon = next((k for k, t in enumerate(toks[:3]) if t.text == ":"), 0)
    if colon and all(t.text[:1].isupper() for t in toks[:colon]):
        return colon + 1
    for k, t in enumerate(toks[:12]):
        if t.text in ("—", "–", "-", "--") and k > 0:
            if any(x.upos == "NUM" or x.text.isdigit() or x.text == ")" for x in toks[:k]):
                return k + 1
            # "Washington DC, InfoPublik –": a place and an agency, no date
            head = toks[:k]
            if any(x.text == "," for x in head) and all(
                x.text == "," or x.text[:1].isupper() for x in head
            ):
                return k + 1
            return 0
    return 0


#: verbs that introduce an organisation's members ("ASEAN beranggotakan ...", "comprises")
MEMBERSHIP = {"beranggotakan", "terdiri", "comprises", "consists", "includes"}


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
            # "ASEAN beranggotakan sepuluh negara, termasuk ...": a verb of membership, a comma
            # before the list
            nxt = toks[pos + 1].lower if pos + 1 < len(toks) else ""
            if toks[pos].lower in MEMBERSHIP or (toks[pos].text == "," and nxt in links):
                pos += 1
                continue
            after_verb = pos > 0 and toks[pos - 1].lower in MEMBERSHIP  # "terdiri atas"
            if toks[pos].text in CONJUNCTIONS or (
                toks[pos].upos in ("VERB", "PUNCT", "ADP")
                and toks[pos].text not in QUOTES + "'"
                and not (after_verb and toks[pos].upos == "ADP")
            ):
                break  # (a preposition: "the APEC meeting in Peru, ..." names a place)
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
            if nxt.end < len(toks) and toks[nxt.end].lower in ("'s", "’s"):
                break  # "..., Seoul's foreign ministry said": a possessor, not a member
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
