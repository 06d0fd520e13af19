"""Crowds, read in word order as news names them (small parsers hang these words anywhere):

* **repression**: the means of breaking up a crowd (tear gas, water cannon, rubber bullets,
  warning shots) fired or used by police or troops before them on a crowd after them is
  repression (175): "Bangladeshi police fired rubber bullets and tear gas at opposition
  activists"; a crowd with no state, or none named but one that marches or protests after
  them, is the police's state's opposition ("fired tear gas *as thousands marched*");
* **a crowd broken up**: police or troops that disperse, quell or break up a protest, rally
  or riot repress their own state's opposition (175): "Vietnamese police on Tuesday broke
  up a brief protest outside the Chinese embassy";
* **protest**: a crowd's protest "against" or "at" an actor is a demonstration against it
  (141): "police opened fire on protesters demonstrating against a government ban";
* **a crowd's demand for a leader's fall**: a crowd demanding or calling for a resignation,
  ouster or removal demonstrates for leadership change (1411): "thousands of protesters ...
  *demanding the ouster of* President Dina Boluarte".

Nothing is coded where a word of an act not done stands near ("threatened", "would", "if").

>>> ("tear", "gas") in CROWD_MEANS
True
"""

from __future__ import annotations

from kg.coding.sentence import MISSIONS
from kg.coding.strikes import NOT_DONE, first_actor_after
from kg.coding.targets import opened_by
from kg.coding.tree import Sentence, Unit

__all__ = [
    "CROWD_MEANS", "CROWDS", "REPRESSORS", "crowd_code", "crowd_demands", "dispersed_crowds",
    "nominal_protests", "nominal_repression",
]  # fmt: skip

#: the means of breaking up a crowd, as words in order: fired or used on people, repression
CROWD_MEANS = frozenset({
    ("tear", "gas"), ("teargas",), ("tear-gas",), ("tear", "-", "gas"), ("water", "cannon"),
    ("water", "cannons"),
    ("rubber", "bullets"), ("pepper", "spray"), ("batons",), ("stun", "grenades"),
    ("warning", "shots"),
})  # fmt: skip
#: words of a repression not done (a crowd's "planned march" is no repression to come)
FEARED = NOT_DONE - {"plans", "planned", "possible", "future", "prepare", "preparing"}
#: agents that break up crowds, and agents of the crowds broken up
REPRESSORS = frozenset({"COP", "MIL", "GOV", "SPY"})
CROWDS = frozenset({"OPP", "EDU", "LAB", "CVL", "PPL"})


def nominal_repression(sent: Sentence, units: list[Unit]) -> list[tuple[Unit, Unit, str, str]]:
    """(who, whom, 175, "asserted") for the means of breaking up a crowd (tear gas, water
    cannon, rubber bullets) between police or troops before them and a crowd after them
    ("police fired rubber bullets and tear gas *at opposition activists*", "riot police
    intervened, using water cannon *to disperse the protesters*"), whatever the tree."""
    ids, out = sent.ids, []
    low = sent.low
    for k in range(len(ids)):
        means = next((m for m in CROWD_MEANS if tuple(low[k : k + len(m)]) == m), None)
        if means is None:
            continue
        lo = k
        while lo > 0 and low[lo - 1] not in (";", ":", ".") and k - lo < 12:
            lo -= 1
        hi = k + len(means)
        near = [*low[lo:k], *low[hi : hi + 12]]
        if FEARED & set(near):
            continue
        doers = [
            u for u in units
            if u.state and u.words and ids[lo] <= max(u.words) < ids[k] and u.agents & REPRESSORS
        ]  # fmt: skip
        if not doers:
            continue
        last = ids[min(hi + 11, len(ids) - 1)]
        after = [u for u in units if u.words and ids[hi - 1] < min(u.words) <= last]
        crowd = [u for u in after if u.agents & CROWDS]
        if crowd and crowd[0].state:
            out.append((doers[-1], crowd[0], "175", "asserted"))
            continue
        who = doers[-1]
        gathered = next((j for j in range(hi, min(hi + 12, len(ids))) if low[j] in MARCHING), None)
        if crowd:  # "protesters" with no state of their own: the police's state's
            gathered = ids.index(min(crowd[0].words))
        elif gathered is not None and any(
            min(u.words) <= ids[gathered] and opened_by(sent, u) not in PLACE_PREPS for u in after
        ):
            continue  # someone else named first (no place: "areas of Jakarta"): the tree reads it
        if gathered is not None:  # "police fired tear gas *as thousands marched*"
            j = ids[gathered]
            out.append((who, Unit(who.state + "OPP", j, j, {j}, who.state), "175", "asserted"))
    return out


#: prepositions of a place named where a crowd is broken up ("in several areas *of* Jakarta")
PLACE_PREPS = frozenset({"in", "of", "near", "across", "outside", "around"})
#: words of a crowd that gathers, marches or protests, with no actor of its own named
MARCHING = frozenset({
    "marched", "marching", "marchers", "protesters", "protestors", "demonstrators", "crowd",
    "crowds", "rioters", "protested", "protesting", "demonstrated", "demonstrating", "rallied",
    "protest", "protests", "demonstration", "demonstrations", "rally", "rallies", "march",
})  # fmt: skip


#: words of a crowd's protest, and the prepositions that name what it is against
PROTEST_WORDS = frozenset({
    "protest", "protests", "protested", "protesting", "demonstrating", "demonstrated",
    "demonstration", "demonstrations", "rally", "rallies", "rallied", "rallying",
})  # fmt: skip
AGAINST = frozenset({"against", "at"})


def nominal_protests(sent: Sentence, units: list[Unit]) -> list[tuple[Unit, Unit, str, str]]:
    """(crowd, whom, 141, "asserted") for a crowd's protest "against" or "at" an actor, the
    crowd named up to twelve words before it ("police opened fire on protesters
    *demonstrating against* a government ban", "demonstrators marching on the embassy *in
    protest at* Israel's ...", "crowds of opposition supporters ... a giant *protest
    against* the prime minister")."""
    ids, out = sent.ids, []
    low = sent.low
    for k, w in enumerate(low):
        if w not in PROTEST_WORDS:
            continue
        at = next((j for j in range(k + 1, min(k + 3, len(ids))) if low[j] in AGAINST), None)
        if at is None or FEARED & set(low[max(0, k - 4) : k + 8]):
            continue
        target = first_actor_after(sent, units, list(ids[at + 1 : at + 7]))
        crowd = [
            u for u in units
            if u.state and u.words and ids[max(0, k - 12)] <= min(u.words) and max(u.words) < ids[k]
            and u.agents & CROWDS
        ]  # fmt: skip
        if target is not None and crowd and crowd[-1] is not target:
            out.append((crowd[-1], target, "141", "asserted"))
    return out


#: words of demanding, and of the fall of a leader a crowd demands ("step" with "down")
DEMANDING = frozenset({
    "demand", "demands", "demanded", "demanding", "call", "calls", "called", "calling",
    "urging", "chanting", "chanted", "seeking",
})  # fmt: skip
OUSTER = frozenset({
    "resignation", "resign", "ouster", "removal", "downfall", "step", "quit", "toppling",
})  # fmt: skip
#: words of a throng besides marching: "thousands of Mongolians", "took to the streets"
THRONGS = frozenset({"thousands", "hundreds", "tens", "streets"})


def crowd_demands(sent: Sentence, units: list[Unit]) -> list[tuple[Unit, Unit, str, str]]:
    """(crowd, whom, 1411, "asserted") for a crowd (an opposition, students, workers; else,
    where a word of marching or protest stands before, a people or protesters with no state)
    up to 25 words before a word of demanding that a leadership change follows within ten
    words: "protesters ... *demanding the ouster of* President Dina Boluarte" (whom: the actor
    after the change, else one between, "calling on *the military rulers* to step down", else
    the crowd's state's government). Not where a word of an act not done stands near ("had
    planned a rally to demand ...")."""
    ids, out = sent.ids, []
    low = sent.low
    for k, w in enumerate(low):
        if w not in DEMANDING:
            continue
        end = min(k + 11, len(low))
        m = next((j for j in range(k + 1, end) if low[j] in OUSTER
                  and (low[j] != "step" or low[j + 1 : j + 2] == ["down"])), None)  # fmt: skip
        if m is None or any(low[j] in (";", ".") for j in range(k, m)):
            continue
        if NOT_DONE & set(low[max(0, k - 8) : m + 2]):
            continue
        lo = max(0, k - 25)
        before = [
            u for u in units if u.state and u.words and ids[lo] <= min(u.words)
            and max(u.words) < ids[k] and (u.agents & CROWDS or not u.agents)
        ]  # fmt: skip
        crowd = [u for u in before if u.agents]
        if not crowd and not any(low[j] in MARCHING | THRONGS for j in range(lo, k)):
            continue
        crowd = crowd or before  # protesters with no state, a people ("Thousands of Mongolians")
        whom = first_actor_after(sent, units, list(ids[m + 1 : m + 7])) or next(
            (u for u in units if u.state and ids[k] < u.start < ids[m]), None
        )
        police = (u.state[:3] for u in units if u.state and u.agents & REPRESSORS)  # lazily
        state = crowd[-1].state[:3] if crowd else whom.state[:3] if whom else next(police, "")
        if not state:
            continue
        who = (
            crowd[-1]
            if crowd and crowd[-1].agents
            else Unit(state + "OPP", ids[k], ids[k], {ids[k]}, state)
        )
        whom = whom or Unit(state + "GOV", ids[m], ids[m], {ids[m]}, state)
        if whom.state[:3] != state or whom.agents & CROWDS:
            continue  # a crowd demands its own leaders' fall
        out.append((who, whom, "1411", "asserted"))
    return out


#: verbs of breaking up a crowd ("break" and "broke" with "up")
DISPERSING = frozenset({
    "disperse", "disperses", "dispersed", "dispersing", "quell", "quells", "quelled",
    "quelling", "break", "breaks", "broke", "broken", "breaking",
})  # fmt: skip
#: a crowd named by its gathering
GATHERINGS = frozenset({
    "protest", "protests", "demonstration", "demonstrations", "rally", "rallies", "riot",
    "riots", "march", "marches", "sit-in", "sit-ins", "gathering", "gatherings", "unrest",
})  # fmt: skip
#: verbs that ask someone else to break a crowd up ("urged people to break up a rally")
ASKING = frozenset({"urged", "urges", "asked", "asks", "told", "tells", "called", "calls"})


def dispersed_crowds(sent: Sentence, units: list[Unit]) -> list[tuple[Unit, Unit, str, str]]:
    """(who, crowd, 175, "asserted") for police or troops named up to fifteen words before a
    verb of breaking up a crowd whose object is a gathering ("police ... *broke up* a brief
    *protest*", "*after quelling a riot*"): the crowd is the opposition of the police's state.
    Not where the police are asked to ("urged people to break up a rally") or a word of an
    act not done stands near."""
    ids, out = sent.ids, []
    low = sent.low
    for k, w in enumerate(low):
        if w not in DISPERSING:
            continue
        j = k + 1
        if w.startswith(("break", "broke")):
            if j >= len(low) or low[j] != "up":
                continue
            j += 1
        noun = next((n for n in range(j, min(j + 4, len(low))) if low[n] in GATHERINGS), None)
        if noun is None or any(low[n] in (",", ";", ".") for n in range(j, noun)):
            continue
        if FEARED & set(low[max(0, k - 5) : noun + 3]) or ASKING & set(low[max(0, k - 5) : k]):
            continue
        doers = [
            u for u in units
            if u.state and u.words and ids[max(0, k - 15)] <= max(u.words) < ids[k]
            and u.agents & REPRESSORS
        ]  # fmt: skip
        if not doers or any(
            u.words and min(u.words) > ids[k] and ids[noun] >= min(u.words) for u in units
        ):
            continue  # the gathering's own words name an actor: the tree reads it
        who = doers[-1]
        crowd = Unit(who.state + "OPP", ids[noun], ids[noun], {ids[noun]}, who.state)
        out.append((who, crowd, "175", "asserted"))
    return out


#: verbs of a crowd gathering: at a state's mission, a demonstration against that state
GATHER = frozenset({"gather", "rally", "march", "assemble", "converge", "protest", "demonstrate"})
#: verbs of coming that are a demonstration only for a crowd ("hundreds of people came to the
#: UK embassy")
FLOCK = frozenset({"come", "flock", "head", "throng"})


def crowd_code(
    sent: Sentence, lemma: str, code: str, sources: list[Unit], targets: list[Unit]
) -> str:
    """The code of an act a crowd does, or does at a state's mission: gathering at a
    mission is a demonstration (141: "protesters gathered outside the Ukrainian Embassy");
    a crowd's one-way attack on a state's seat of power a violent protest (145: "protesters
    stormed the parliament", "attacked the US embassy"), not an attack; the means of breaking
    up a crowd (water cannon) used on another state's ships or forces an attack (190); else
    ``code``."""
    crowd = bool(sources) and all(u.agents & CROWDS for u in sources)
    if (
        (lemma in GATHER or (lemma in FLOCK and crowd))
        and targets
        and all(_mission(sent, u) for u in targets)
    ):
        return "141"
    if crowd and code[:2] == "19" and ":" not in code and targets and all(map(_seat, targets)):
        return "145"
    own = {u.state[:3] for u in sources}
    if code[:3] == "175" and targets and all(_foreign(u, own) for u in targets):
        return "190"  # "Chinese ships fired water cannons at three Philippine vessels": an attack
    return code


def _foreign(u: Unit, own: set[str]) -> bool:
    """``u`` is another state's, and no crowd (a vessel, a state, its forces)."""
    return bool(u.state) and u.state[:3] not in own and not u.agents & CROWDS


def _seat(u: Unit) -> bool:
    """``u`` is a state or its seat of power, not people: a state named alone (its embassy,
    its ministry), its government, legislature or courts."""
    return not u.code.startswith("---") and u.agents <= {"GOV", "LEG", "JUD"}


def _mission(sent: Sentence, u: Unit) -> bool:
    """``u`` names a state's mission: "the Ukrainian *Embassy*", "the UK *embassy*"."""
    return any(
        j in sent.words and sent[j].lemma.lower() in MISSIONS for j in (u.head, sent[u.head].head)
    )
