"""Titles: [state['s]] TITLE [of] [state|org] [to HOST] [rank] [name] composed into one mention
of the person, with the structural fact the title states (leader_of, official_of).

Only what the text states: a bare "Presiden Joko Widodo" binds him to Indonesia only where his
sentence has named Indonesia before ("Di Kolombia, Blinken bertemu Presiden Gustavo Petro");
a state is never a party of its own leader's event.
"""

from __future__ import annotations

from kg.extract.context import Mention, NewActor, SentenceContext, Structural
from kg.extract.holders import holder_called, holder_named, surname_only, unplaced
from kg.knowledge.actors import LEADER_OFFICES, MINISTER_OFFICES, ActorIndex, Span
from kg.knowledge.names import slug
from kg.parse.tokens import Tok

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
#: possessive tokens between a state and its title ("Qatar's foreign minister")
POSSESSIVE = {"'s", "’s", "'", "’"}
#: words between a title and the state it is "of" ("President of Kenya", "Ketua Komisi Uni Afrika")
OF_WORDS = {"of", "the"}
#: a title's host, not its state: "ambassador of Qatar to the US", "Dubes RI untuk Jepang"
HOST_WORDS = {"to", "untuk", "di", "in", "at"}
#: titles that have a host state ("envoy", "duta besar", "chargé d'affaires")
ENVOYS = ("ambassador", "envoy", "dubes", "duta", "utusan", "kuasa usaha", "charg", "perwakilan")
#: ranks between a title and its holder ("Panglima Militer Myanmar Jenderal Min Aung Hlaing")
RANKS = {
    "general", "gen.", "gen", "jenderal", "jend.", "admiral", "adm.", "laksamana", "marsekal",
    "marshal", "field", "lt.", "lt", "lieutenant", "letjen", "mayjen", "brigjen", "colonel",
    "kolonel", "col.", "major", "mayor", "air", "chief", "vice", "rear", "dr.", "dr", "prof.",
}  # fmt: skip
#: words between a state's possessive and its title ("the EU's top officials")
RANKED = {"top", "senior", "chief", "most", "two", "three", "highest-ranking"}
#: the state an embassy word stands for in a title ("Kuasa Usaha KBRI Tokyo")
EMBASSIES = {"kbri": "indonesia", "kjri": "indonesia"}
#: words before a title that make it plural ("para pemimpin", "the leaders of")
PLURAL_MARKERS = {"para", "kalangan", "sejumlah", "several", "many"}
#: offices whose holder leads the organisation or state (leader_of): the UN Secretary-General too
LEADS = LEADER_OFFICES | {"SecretaryGeneral"}


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


def title_group(ctx: SentenceContext, spans: list[Span], k: int, used: set[int]) -> int:
    """Compose [state['s]] TITLE [of] [state|org] [to HOST] [rank] [name] into one mention, or bind
    the title to the name before it ("Joe Biden, presiden AS"); returns the next span index."""
    toks, index, date, mentions = ctx.toks, ctx.index, ctx.date, ctx.mentions
    title = spans[k]
    office = title.value
    start, end = title.start, title.end
    state: str | None = None
    prev = spans[k - 1] if k > 0 else None
    gap = toks[prev.end : title.start] if prev else []
    if prev is not None and [t.text for t in gap] == [")"] and toks[prev.start - 1].text == "(":
        gap = []  # "Republic of Korea (ROK) Foreign Minister": the acronym repeats the state
    # preceding demonym/state: "Russian President", "US President", "Qatar's foreign minister"
    if (
        prev is not None
        and (not gap or (gap[0].text in POSSESSIVE and all(t.lower in RANKED for t in gap[1:])))
        and prev.kind in ("demonym", "metonym", "actor")
        and not _is_person(index, prev)
    ):
        state = prev.value
        start = prev.start
        if k > 1 and spans[k - 2].value == state and spans[k - 2].end == prev.start - 1:
            start = spans[k - 2].start  # the state named in full before its acronym
        for m in list(mentions):
            if start <= m.start <= prev.start:
                mentions.remove(m)
    elect = False  # "President-elect Ruto" does not hold the office yet
    if end < len(toks) and toks[end].text in ("-", "–") and end + 1 < len(toks):
        elect = toks[end + 1].lower == "elect"
        end += 2 if elect else 0
    if end < len(toks) and toks[end].lower in ("elect", "terpilih", "-elect"):
        elect, end = True, end + 1
    elect = elect or toks[end - 1].lower.endswith("-elect")
    j = k + 1
    # following state/org: "Presiden Rusia", "Sekjen PBB", "pejabat pemerintah AS", "President of Kenya"
    pos = _skip(toks, end, FILLERS | OF_WORDS)
    j = _span_at(spans, j, end)
    if j < len(spans) and spans[j].start == pos and not _is_person(index, spans[j]):
        if spans[j].kind in ("actor", "demonym", "metonym"):
            state = state or spans[j].value
            end = spans[j].end
            used.add(j)
            j += 1
            end = _acronym(toks, spans, j, end, state, used)
    elif state is None and pos < len(toks) and toks[pos].lower in EMBASSIES:
        # "Kuasa Usaha Ad Interim KBRI Tokyo Tri Purnajaya": the embassy's state, then its city
        state, end = EMBASSIES[toks[pos].lower], pos + 1
        j = _span_at(spans, j, end)
        if j < len(spans) and spans[j].start == end and not _is_person(index, spans[j]):
            end = spans[j].end
            used.add(j)
        elif _proper_run(toks, end + 1) - (end + 1) >= 2 and toks[end].text[:1].isupper():
            end += 1
    # an envoy's host is not its state: "ambassador of Qatar to the US", "Dubes RI untuk Jepang"
    label = " ".join(t.lower for t in toks[title.start : title.end])
    if any(w in label for w in ENVOYS) and end < len(toks) and toks[end].lower in HOST_WORDS:
        host = _skip(toks, end + 1, {"the"})
        h = _span_at(spans, j, host)
        if h < len(spans) and spans[h].start == host and not _is_person(index, spans[h]):
            end = spans[h].end
            used.add(h)
    j = _span_at(spans, j, end)
    # the person: a dictionary name, or a run of proper nouns, possibly after a comma and a rank
    pos = end + (end < len(toks) and toks[end].text in APPOS)
    pos = _skip(toks, pos, RANKS)
    j = _span_at(spans, j, pos)
    stop = _name_run(ctx, pos)
    # "Dato Lim Jock Hoi": an honorific before a dictionary name; "Lisa Monaco", "Carlos
    # Martinez": a name that ends in a word of the dictionary (a state, another's surname)
    k2 = j
    while k2 < len(spans) and pos < spans[k2].start and spans[k2].end <= stop:
        if spans[k2].kind == "title":
            break
        if _is_person(index, spans[k2]) and not surname_only(ctx, spans[k2]):
            pos, j = spans[k2].start, k2
            break
        k2 += 1
    person: str | None = None
    if j < len(spans) and spans[j].start == pos and _is_person(index, spans[j]):
        person = holder_named(ctx, spans[j], office, state)
        used.add(j)
        j += 1
        if person is None:  # "Japanese Prime Minister Abe" in 2022: not Abe, not Kishida either
            return j
        end = spans[j - 1].end
    else:
        while j < len(spans) and pos < spans[j].start and spans[j].end <= stop:
            if spans[j].kind == "title":
                break
            used.add(j)
            j += 1
        stop = min(stop, spans[j].start if j < len(spans) else len(toks))
        label = " ".join(t.text for t in toks[pos:stop])
        # "Slovak Foreign Minister Káčer": a lone surname only as the holder's of the day
        called = holder_called(ctx, office, state, label) if stop > pos else None
        if called is None and stop - pos == 1 and unplaced(ctx, office, state, toks[pos].text):
            return j  # a surname we cannot place: its person, not the title's state, acts
        # "para pemimpin Amerika Latin", "leaders": a plural title names no one person
        plural = start > 0 and toks[start - 1].lower in PLURAL_MARKERS
        if called is not None or (stop - pos >= 2 and not plural):
            person = called or slug(label)
            if person not in index:
                ctx.discourse.new_actors.setdefault(
                    person, NewActor(person, label, "Person", state)
                )
            end = stop
    before = _apposed_person(ctx, spans, start) if person is None else None
    if before is not None:  # "Joe Biden, presiden Amerika Serikat": the title describes him
        before.end = max(before.end, end)
        if state is not None and not elect:
            ctx.facts.append(_fact(ctx, before.actor, office, state, before.start, end))
        return j
    if state is None and person is not None:
        state = _shared_state(
            ctx, office, person, start
        )  # "Kosovan President A and Prime Minister B"
        new = ctx.discourse.new_actors.get(person)
        if new is not None and new.nationality is None:
            new.nationality = state
    stated = state is not None
    if person is not None and not stated and not _complement(toks, start, end):
        # "Presiden Prabowo memulai ...", not "pertemuan dengan Presiden Xi Jinping": a bare
        # "Presiden" later is who the article follows, not whom they met
        ctx.discourse.titled[office] = person
    if person is None and start > 0 and toks[start - 1].lower in ("as", "sebagai"):
        # "William Ruto on his election as president of Kenya": the office, not its holder
        who = [m for m in mentions if m.end < start and ctx.actor_type(m.actor) == "Person"]
        if state is not None and office in LEADS - {"Leader"} and who and who[-1].kind == "name":
            ctx.facts.append(_fact(ctx, who[-1].actor, office, state, who[-1].start, end))
        return j
    kind = "name"
    if person is not None and state is None and not elect:
        state = index.office_state(person, office, date)
    if person is None:
        holder = (
            index.holder(office, state, date)
            if state and office in LEADER_OFFICES | MINISTER_OFFICES and not elect
            else None
        )
        if holder is not None:
            person, kind = holder.id, "title"
        elif state is not None:
            # "pejabat pemerintah AS" (US officials) act for their state
            mentions.append(Mention(start, end, state, "title", 0.8))
            return j
        elif (earlier := _office_holder_named(ctx, office, title)) is not None:
            # "Presiden Prabowo ... Di Beijing, Presiden akan ...": the president just named
            mentions.append(Mention(start, end, earlier, "title", 0.8))
            return j
        else:
            return j
    mentions.append(Mention(start, end, person, kind, 1.0 if kind == "name" else 0.85))
    if kind == "name":
        words = " ".join(t.lower for t in toks[title.start : title.end])
        subject = not _complement(toks, start, end)
        ctx.discourse.called.setdefault(words, []).append((person, subject))
    # "in Colombia, ... President Gustavo Petro"; not a quotation's words ("“... Indonesia ...,”
    # kata Presiden Jokowi")
    inside = ctx.quotes
    named = any(
        m.actor == state and m.kind == "name" and m.start not in inside for m in mentions
    )  # "in Colombia, ... President Petro"; not a capital standing for its state ("Di Beijing")
    # a holder the dictionary supplies for an unnamed title ("Presiden Amerika Serikat") is
    # resolved for the events, but the text states no office of a named person
    named_too = kind == "name" or any(sp.value == person for sp in spans)  # "Title, NAME"
    if state is not None and person is not None and not elect and (stated or named) and named_too:
        ctx.facts.append(_fact(ctx, person, office, state, start, end))
        if stated and toks[title.end - 1].lower.endswith("s"):  # "top officials, A and B"
            j = _more_holders(ctx, spans, j, office, state)
    return j


def _complement(toks, start: int, end: int) -> bool:
    """Whether the phrase ``[start, end)`` is an object or an oblique, not a subject."""
    heads = [t for t in toks[start:end] if not start <= t.head < end]
    return bool(heads) and heads[0].deprel.split(":")[0] in ("obj", "iobj", "obl", "nmod")


def _shared_state(ctx: SentenceContext, office: str, person: str, start: int) -> str | None:
    """The state of the title just before, coordinated with this one ("Kosovan President Vjosa
    Osmani and Prime Minister Albin Kurti"), unless the person holds the office elsewhere."""
    gap = 1 + (start > 2 and ctx.toks[start - 2].text == "," and ctx.toks[start - 1].lower != ",")
    if start < 2 or ctx.toks[start - 1].lower not in ("and", "dan", "serta", ","):
        return None
    # "President Gustavo Petro, Vice President Francia Márquez, and Foreign Minister ..."
    prev = next((f for f in reversed(ctx.facts) if f.end in (start - 1, start - gap)), None)
    if prev is None or not prev.pattern.startswith("title:") or prev.pattern == f"title:{office}":
        return None
    held = ctx.index.office_state(person, office, ctx.date)
    return prev.object if held in (None, prev.object) else None


def _more_holders(ctx: SentenceContext, spans: list[Span], j: int, office: str, state: str) -> int:
    """The other persons a plural title names: "the EU's top officials, Charles Michel and
    Ursula von der Leyen"."""
    toks = ctx.toks
    while j < len(spans) and _is_person(ctx.index, spans[j]):
        gap = [t.lower for t in toks[ctx.mentions[-1].end : spans[j].start]]
        if not gap or not set(gap) <= {",", "and", "dan"}:
            break
        sp = spans[j]
        ctx.mentions.append(Mention(sp.start, sp.end, sp.value, "name"))
        ctx.facts.append(_fact(ctx, sp.value, office, state, sp.start, sp.end))
        j += 1
    return j


def _fact(
    ctx: SentenceContext, person: str, office: str, state: str, start: int, end: int
) -> Structural:
    rel = title_relation(ctx.index, person, office, state, ctx.date)
    return Structural(person, rel, state, start, end, f"title:{office}")


#: offices that head an organisation (not a state): their holder leads it
ORG_HEAD_OFFICES = frozenset({"SecretaryGeneral", "Chair"})


def title_relation(index: ActorIndex, person: str, office: str, of: str, date) -> str:
    """The structural relation a title states between ``person`` and ``of``.

    Heads of state and government lead their state; the secretary-general or chair of an
    organisation leads it ("Sekjen NATO Jens Stoltenberg"), except that a head of state holding
    an organisation's rotating chair chairs it ("Sultan Hassanal Bolkiah, Ketua ASEAN");
    ministers, envoys, aides, spokespeople, military chiefs and the secretary-general of a
    ministry are officials.
    """
    if office in LEADER_OFFICES:
        return "leader_of"
    if office in ORG_HEAD_OFFICES and of in index and index.get(of).type != "State":
        head_of_state = person in index and index.is_leader(person, date)
        return "chairs" if office == "Chair" and head_of_state else "leader_of"
    return "official_of"


def _office_holder_named(ctx: SentenceContext, office: str, title: Span) -> str | None:
    """The person the article last named with this title and no state ("Presiden Prabowo"), for
    a capitalised bare title that refers back to them ("Di Beijing, Presiden akan ...")."""
    if (
        office not in LEADER_OFFICES | MINISTER_OFFICES
        or not ctx.toks[title.start].text[:1].isupper()
    ):
        return None
    # the person last named with these very words ("the Foreign Minister" after "Pakistani
    # Foreign Minister Bhutto Zardari"), or with a title they begin ("The Secretary" after
    # "Secretary of State Blinken"); among several, one named as a subject
    words = " ".join(t.lower for t in ctx.toks[title.start : title.end])
    for fits in (lambda w: w == words, lambda w: w.startswith(words + " ")):
        named = [p for w, ps in ctx.discourse.called.items() if fits(w) for p in ps]
        if named:
            return next((p for p, subject in reversed(named) if subject), named[-1][0])
    return ctx.discourse.titled.get(office)


def _is_person(index: ActorIndex, sp: Span) -> bool:
    return sp.kind == "actor" and index.get(sp.value).type == "Person"


def _span_at(spans: list[Span], j: int, pos: int) -> int:
    """Index of the first span from ``j`` on that does not start before ``pos``."""
    while j < len(spans) and spans[j].start < pos:
        j += 1
    return j


def _skip(toks: list[Tok], pos: int, words: set[str]) -> int:
    while pos < len(toks) and toks[pos].lower in words:
        pos += 1
    return pos


def _acronym(toks: list[Tok], spans: list[Span], j: int, end: int, state: str, used: set) -> int:
    """End after a parenthesised acronym of ``state``: "President of Kenya (Kenya) ..."."""
    if end + 2 < len(toks) and toks[end].text == "(" and j < len(spans):
        sp = spans[j]
        if sp.start == end + 1 and sp.value == state and toks[sp.end].text == ")":
            used.add(j)
            return sp.end + 1
    return end


def _name_run(ctx: SentenceContext, pos: int) -> int:
    """End of a proper-noun run that can be a person's name: no predicate or auxiliary words
    ("Menlu RI Akan Hadiri Pertemuan" is a headline, not a name)."""
    stop = _proper_run(ctx.toks, pos)
    lex = ctx.lex
    for i in range(pos, stop):
        t = ctx.toks[i]
        if lex.predicate(t.lower) or lex.predicate(t.lemma) or t.lower in HEADLINE_WORDS:
            return i
    return stop


#: capitalised words of headlines that never begin or continue a name
HEADLINE_WORDS = {"akan", "telah", "sudah", "will", "to", "says", "said", "ke", "di", "dan"}


def _apposed_person(ctx: SentenceContext, spans: list[Span], start: int) -> Mention | None:
    """The person named just before ", TITLE": "Joe Biden, presiden Amerika Serikat" (not one
    with a title of their own: "Utusan Khusus Thailand Don Pramudwinai, Menteri Luar Negeri Laos")."""
    comma = start - 1 - (start > 1 and ctx.toks[start - 1].lower in ("the", "a", "an"))
    if comma < 1 or ctx.toks[comma].text != ",":
        return None
    for m in ctx.mentions:
        if m.end == comma and m.kind == "name" and ctx.actor_type(m.actor) == "Person":
            titled = any(sp.kind == "title" and m.start <= sp.start < m.end for sp in spans)
            return None if titled else m
    # a name not in the dictionary: "Maria Lopez, secretary-general of the OAS"
    toks, first = ctx.toks, comma
    while first > 0 and comma - first < 4 and toks[first - 1].upos == "PROPN":
        first -= 1
    taken = any(m.end > first and m.start < comma for m in ctx.mentions) or any(
        sp.end > first and sp.start < comma for sp in spans
    )
    if comma - first < 2 or taken or _name_run(ctx, first) < comma:
        return None
    label = " ".join(t.text for t in toks[first:comma])
    person = slug(label)
    if person not in ctx.index:
        ctx.discourse.new_actors.setdefault(person, NewActor(person, label, "Person"))
    mention = Mention(first, comma, person, "name")
    ctx.mentions.append(mention)
    return mention
