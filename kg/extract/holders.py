"""Who the name after a title is: a dictionary person checked against the title's state and
the date, the office's holder of the day called by the end of their name, or someone the
dictionary does not know (whose title's state then does not act for them)."""

from __future__ import annotations

from functools import lru_cache

from kg.extract.context import SentenceContext
from kg.knowledge.actors import LEADER_OFFICES, MINISTER_OFFICES, Span
from kg.knowledge.names import normalize


def holder_named(ctx: SentenceContext, sp: Span, office: str, state: str | None) -> str | None:
    """The person a name after a title refers to; a bare surname only when its person is of the
    title's state and in office on the article's date ("Foreign Minister Wang" in 2022)."""
    index, person = ctx.index, sp.value
    actor = index.get(person)
    text = " ".join(t.text for t in ctx.toks[sp.start : sp.end])
    if not actor.surname or normalize(text) != normalize(actor.surname):
        return person
    if person in ctx.discourse.persons:  # named in full earlier in the article
        return person
    date = ctx.date
    serving = not actor.terms or date is None or any(t.active(date) for t in actor.terms)
    of_state = state is None or state in (
        index.state_of(person, date),
        index.office_state(person, office, date),
        actor.nationality,
    )
    if serving and of_state:
        return person
    holder = index.holder(office, state, date) if state else None
    if holder is not None and holder.surname and normalize(holder.surname) == normalize(text):
        return holder.id
    return None


def surname_only(ctx: SentenceContext, sp: Span) -> bool:
    actor = ctx.index.get(sp.value)
    text = " ".join(t.text for t in ctx.toks[sp.start : sp.end])
    return bool(actor.surname) and normalize(text) == normalize(actor.surname)


def unplaced(ctx: SentenceContext, office: str, state: str | None, word: str) -> bool:
    """Whether a capitalised word after a title names someone other than the office's holder
    of the day ("Slovak Foreign Minister Káčer" when the dictionary lacks him; not "Chinese
    Foreign Minister Wang" in 2022)."""
    if not word[:1].isupper():
        return False
    holder = (
        ctx.index.holder(office, state, ctx.date)
        if state and office in LEADER_OFFICES | MINISTER_OFFICES
        else None
    )
    return holder is None or normalize(word) not in normalize(holder.label).split()


def holder_called(ctx: SentenceContext, office: str, state: str | None, label: str) -> str | None:
    """The holder of the office on the date when the text names them by the end of their name
    ("Pakistani Foreign Minister Bhutto Zardari")."""
    if office not in LEADER_OFFICES | MINISTER_OFFICES:
        return None
    if state is None:  # "Menlu Retno" after "Menteri Luar Negeri, Retno Marsudi"
        return named_before(ctx, label)
    holder = ctx.index.holder(office, state, ctx.date)
    if holder is not None and normalize(holder.label).endswith(normalize(label)):
        return holder.id
    return None


def named_before(ctx: SentenceContext, label: str) -> str | None:
    """The one person named earlier in the article whose name holds every word of ``label``
    ("Menlu Retno" after "Retno Marsudi", "Cho and Iwaya" after "Cho Tae-yul"; for a person the
    dictionary lacks, their surname: "Foreign Minister Káčer"). None when several could be meant
    ("Kim") or when the earlier name is no placed person (a headline's run of capitals)."""
    words = name_words(label)
    if not words or len(words) > 2:
        return None
    found = set()
    for person in ctx.discourse.persons:
        new = ctx.discourse.new_actors.get(person)
        if new is None and person in ctx.index:
            if set(words) <= set(name_words(ctx.index.get(person).label)):
                found.add(person)
        elif new is not None and new.nationality and name_words(new.label)[-len(words) :] == words:
            found.add(person)
    return found.pop() if len(found) == 1 else None


@lru_cache(maxsize=4096)
def name_words(label: str) -> tuple[str, ...]:
    """The normalised words of a name, three letters or more ("Cho Tae-yul" → cho, tae, yul).

    >>> name_words("Cho Tae-yul")
    ('cho', 'tae', 'yul')
    """
    return tuple(w for w in normalize(label).replace("-", " ").split() if len(w) >= 3)
