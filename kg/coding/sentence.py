"""A UD sentence as the coder reads it, and the actors and agents named in it.

Actors and agents are found by the longest dictionary phrase at each word (upper-cased).
An agent combines with the state that owns it (PETRARCH's ``Nigerian police`` → ``NGACOP``):

* in its own nominal group: a demonym or name before it ("Gondor police", "Danish media"),
  a possessive ("Gondor's government"), a phrase with of/from/in ("soldiers from Gondor",
  "lawmakers in Arnor and Gondor": one unit per state);
* else the state of the agent it is coordinated with ("Danish media and government");
* else no state: ``---`` + the agent (``---REB``).

Several agents of one group are written in text order ("government newspaper": ``GOVMED``).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from kg.coding.groups import (
    POSSESSIVE_ENDINGS,
    across_verb,
    gunmen,
    home_organs,
    hyphen_pair,
    listed_states,
    local_militants,
    merge_adjacent,
    own_agents,
    share_agents,
    unidentified,
    weapon_group,
)
from kg.coding.names import (
    MONTHS,
    backer,
    common_word,
    currency,
    dateline_end,
    family_name,
    halves,
    in_place_name,
    rejoined,
    someone_elses,
    stance,
    undescribed,
)
from kg.coding.owners import owned_in_order, paired_agents
from kg.coding.tellers import tellers
from kg.coding.tree import OWNER_PREPS, Sentence, Unit, Word, conjuncts
from kg.knowledge.actor_codes import AGENT_NAMES

__all__ = ["MISSIONS", "KgActor", "Mention", "Sentence", "Unit", "Word", "actor_code", "conjuncts",
           "BORDERS", "filed_state", "find_units", "on_border"]  # fmt: skip

#: dependents that stay inside a noun's own group
GROUP_DEPS = frozenset({
    "compound", "amod", "flat", "flat:name", "name", "nmod:poss", "det", "nummod", "case",
    "fixed", "goeswith", "compound:prt", "punct",
})  # fmt: skip
#: nouns of groups of people: an agent adjective on one names an actor ("guerrilla factions",
#: "paramilitary groups"), where on a thing it does not ("military cooperation")
PEOPLE_NOUNS = frozenset({
    "faction", "group", "unit", "member", "fighter", "militia", "commander", "leader",
    "cell", "wing", "band", "squad", "brigade", "battalion", "personnel",
})  # fmt: skip
#: relations of a name's parts as a parser may hang them ("President Nicolas | Maduro")
NAME_DEPS = frozenset({"nmod", "flat", "compound", "appos"})


@dataclass
class Mention:
    kind: str  # actor or agent
    start: int  # first word id
    end: int  # last word id
    entry: Any
    head: int = 0


def find_mentions(sent: Sentence, dicts: Any, known: list[Mention] | None = None) -> list[Mention]:
    """Actor and agent phrases, longest first, left to right, not overlapping. With kg's own
    actors (``dicts.kg``) their names come first: a person kg knows is coded by the office
    held on the date, a state by its ISO code; but not inside a longer name the dictionary
    gives another state ("British Columbia"). ``known``: kg's mentions the extractor found."""
    words = [sent.upper[i] for i in sent.ids]
    taken: dict[int, Mention] = {}
    if known is None and getattr(dicts, "kg", None) is not None:
        known = dicts.kg_mentions(sent)
    for m in known or ():
        if stance(words, sent.ids.index(m.start)) or backer(words, sent.ids.index(m.end) + 1):
            continue
        if _inside_other_place(words, sent.ids.index(m.start), sent.ids.index(m.end), m, dicts):
            continue  # "British Columbia" is Canada's, not Britain's
        for k in range(sent.ids.index(m.start), sent.ids.index(m.end) + 1):
            taken[k] = m
    out: list[Mention] = []
    split = any(w in POSSESSIVE_ENDINGS or (len(w) > 1 and w.endswith("-")) for w in words)
    k = 0
    while k < len(words):
        if k in taken:
            m = taken[k]
            if not out or out[-1] is not m:
                out.append(m)
            k += 1
            continue
        a = dicts.actors.longest(words, k) if words[k] in dicts.actors else None
        if k + 2 < len(words) and words[k + 1] == "-":  # "al - Shabab" as a parser split it
            joined = [words[k] + "-" + words[k + 2], *words[k + 3 :]]
            j = dicts.actors.longest(joined, 0) if joined[0] in dicts.actors else None
            a = (j[0] + 2, j[1]) if j and (a is None or j[0] + 2 > a[0]) else a
        # "People 's Liberation Army", "pro- democracy" as tokenized
        rejoin, spans = rejoined(words[k : k + 8]) if split else ([], [])
        if any(n > 1 for n in spans):
            j = dicts.actors.longest(rejoin, 0) if rejoin[0] in dicts.actors else None
            if j and sum(spans[: j[0]]) > (a[0] if a else 0):
                a = (sum(spans[: j[0]]), j[1])
        if a and a[0] == 1 and common_word(sent[sent.ids[k]]):
            a = None  # "male residents" is no Malé, "a nice gesture" no Nice
        if a and backer(words, k + a[0]):
            a = None  # "the Iran-backed Houthi rebels": Iran backs them, they act
        if a and in_place_name(words, k, a[0]):
            a = None  # "Latin America" is no United States, "the Sea of Japan" no Japan
        if a and stance(words, k):
            a = None  # "pro-Palestinian protesters": a stance, not the actor
        if a and all(w in MONTHS or w.isdigit() for w in words[k : k + a[0]]):
            a = None  # "on May 15" is a date, not the Greek group MAY_15
        if a and a[0] == 1 and someone_elses(sent, words, k, a[1], dicts):
            a = None  # "Minister Hussein Bashe" is no King Hussein
        if a and a[0] == 1 and family_name(words, k) and len(actor_code(a[1], None)) == 3:
            a = None  # "Al-Sabah", Kuwait's ruling family, is no Sabah (Malaysia)
        for n in (2, 1) if a is None else ():  # "the Tajiks", "Israelis", "North Koreans":
            last = words[k + n - 1] if k + n <= len(words) else ""  # a people is its state
            people = [*words[k : k + n - 1], last[:-1]]
            if len(last) > 4 and last.endswith("S") and people[0] in dicts.actors:
                found = dicts.actors.longest(people, 0)
                a = found if found and found[0] == n else None
                if a and (in_place_name(words, k, n) or common_word(sent[sent.ids[k + n - 1]])):
                    a = None  # "South Americans" are no Americans, "organizations" no group
                if a:
                    break
        g = dicts.agents.longest(words, k) if words[k] in dicts.agents else None
        if any(n > 1 for n in spans):  # "pro- democracy figures"
            j = dicts.agents.longest(rejoin, 0) if rejoin[0] in dicts.agents else None
            if j and sum(spans[: j[0]]) > (g[0] if g else 0):
                g = (sum(spans[: j[0]]), j[1])
        a = a if a and not any(k + j in taken for j in range(a[0])) else None
        g = g if g and not any(k + j in taken for j in range(g[0])) else None
        best = None
        if a and (not g or a[0] >= g[0]):
            best = Mention("actor", sent.ids[k], sent.ids[k + a[0] - 1], a[1])
        elif g:
            best = Mention("agent", sent.ids[k], sent.ids[k + g[0] - 1], g[1])
        if best is None:
            k += 1
            continue
        out.append(best)
        k += best.end - best.start + 1
    out = [m for m in out if not currency(sent, m.end)]  # "US dollars", "US$2 billion"
    out = undescribed(sent, words, out)  # "the former Soviet republic", "ex-Soviet Kyrgyzstan"
    out += [Mention("actor", i, i, e) for i, e in halves(sent, dicts, out)]  # "the North"
    out.sort(key=lambda m: m.start)
    for m in out:
        span = set(range(m.start, m.end + 1))
        heads = [i for i in span if sent[i].head not in span]  # "embassy", not its "in"
        content = [i for i in heads if sent[i].upos not in ("ADP", "DET", "PUNCT")]
        m.head = (content or heads)[-1] if heads else m.end
    return out


def _nominal(sent: Sentence, head: int) -> set[int]:
    """``head`` and the words hanging on it by group relations."""
    out, todo = {head}, [head]
    while todo:
        j = todo.pop()
        for k in sent.kids.get(j, []):
            if sent[k].deprel in GROUP_DEPS or sent[k].base in ("compound", "flat", "amod"):
                out.add(k)
                todo.append(k)
    return out


def _top(sent: Sentence, i: int) -> int:
    """The head of the noun phrase word ``i`` modifies (itself when it heads one)."""
    seen = set()
    while (
        i not in seen and sent[i].head
        and (sent[i].deprel in GROUP_DEPS or sent[i].base in ("compound", "flat", "amod"))
        and not across_verb(sent, i, sent[i].head)
    ):  # fmt: skip
        seen.add(i)
        i = sent[i].head
    return i


def filed_state(sent: Sentence, mentions: list[Mention], date: dt.date | None) -> str:
    """The state of the place the sentence's dateline names ("KYIV, (Reuters) –": ``UKR``),
    else "" (no dateline, or an organisation's: "UNITED NATIONS (AP) –")."""
    end = dateline_end(sent)
    filed = [m for m in mentions if end and m.end < end and m.kind == "actor"]
    code = actor_code(filed[0].entry, date)[:3] if filed else ""
    return code if len(code) == 3 and code.isalpha() and not code.startswith("IGO") else ""


def find_units(sent: Sentence, mentions: list[Mention], date: dt.date | None) -> list[Unit]:
    """The actors of the sentence combined with their agents (see the module docstring),
    in text order. A noun phrase gives one unit for its first actor (a state before a
    person: "Bree Prime Minister Romendacil" is Bree + the title's agent), one per state of
    an owner phrase ("lawmakers in Arnor and Gondor"), or an agent without a state."""
    end = dateline_end(sent)
    filed = [m for m in mentions if end and m.end < end]  # the dateline: a place, no actor
    told = tellers(sent, mentions, lambda m: actor_code(m.entry, date))  # "told Reuters"
    mentions = [m for m in mentions if m not in filed and m not in told]
    actor_at = {m.head: m for m in mentions if m.kind == "actor"}
    groups: dict[int, tuple[list[Mention], list[Mention]]] = {}
    for m in mentions:
        top = _top(sent, m.head)
        agents, actors = groups.setdefault(top, ([], []))
        (agents if m.kind == "agent" else actors).append(m)
    for top, (agents, actors) in groups.items():
        agents.sort(key=lambda m: m.start)
        actors.sort(key=lambda m: m.start)
        if agents:  # "Pakistani and Afghan forces": each state of the group has the agents
            for a in list(actors):
                for c in conjuncts(sent, a.head):
                    if c in actor_at and actor_at[c] not in actors and c < top:
                        actors.append(actor_at[c])
        if not actors and not unidentified(agents):
            # "Veltrian soldiers in Ostia" are Veltria's; "police in Ostia" Ostia's
            for k in sent.children(top, "nmod", "obl"):
                if sent.case_of(k) in OWNER_PREPS and k in actor_at:
                    for c in [k, *conjuncts(sent, k)]:
                        if c in actor_at and actor_at[c] not in actors:
                            actors.append(actor_at[c])
    owned = {
        id(a) for top, (agents, actors) in groups.items()
        if agents and not weapon_group(sent, top, agents) for a in actors
    }  # fmt: skip
    # an agent group without a state takes that of a coordinated agent group
    for top, (agents, actors) in list(groups.items()):
        if actors or not agents or unidentified(agents):
            continue
        w = sent[top]
        partners = ([w.head] if w.base == "conj" else []) + conjuncts(sent, top)
        for p in partners:
            if p in groups and groups[p][0] and groups[p][1]:
                groups[top] = (agents, groups[p][1])
                break
        else:  # "representatives of South Sudan's government", "opponents of President X"
            for k in sent.children(top, "nmod", "obl"):
                near = [k, *(j for j in sent.kids.get(k, []) if sent[j].base in NAME_DEPS)]
                # (a border names no owner: "militants in a region near the Afghan border")
                near = [j for j in near if sent[j].lemma.lower() not in BORDERS]
                owner = [groups[j][1] for j in near if j in groups and groups[j][1]]
                if sent.case_of(k) in OWNER_PREPS and owner:
                    groups[top] = (agents, owner[0][:1])
                    break
    units: list[Unit] = []
    for top, (agents, actors) in groups.items():
        if weapon_group(sent, top, agents):
            continue  # "fired artillery at X": a weapon is an actor only as the subject
        if (
            not actors
            and all(sent[m.head].upos == "ADJ" for m in agents)
            and not any(m.start <= top <= m.end for m in agents)
            and sent[top].lemma.lower() not in PEOPLE_NOUNS
        ):
            continue  # an adjective on a thing: "military cooperation", not "guerrilla factions"
        if not agents and actors and id(actors[0]) in owned and _top(sent, actors[0].head) == top:
            continue  # the owner of another group's agent ("police of Arnor")
        before = "".join(m.entry.agent for m in agents if m.entry.before_actor)
        after = "".join(dict.fromkeys(m.entry.agent for m in agents if not m.entry.before_actor))
        words = set().union(*(set(range(m.start, m.end + 1)) for m in agents))
        if not actors:
            units.append(Unit("---" + before + after, top, min(words), words))
            continue
        local = [a for a in actors if _top(sent, a.head) == top]
        first = local[:1]
        for a in local[1:2]:  # "Somalia's al-Shabab": the group (SOMREB), not its state
            code, head = actor_code(a.entry, date), actor_code(first[0].entry, date)
            if len(head) == 3 and code.startswith(head) and len(code) > 3:
                first = [a]
        first += hyphen_pair(sent, local, first, lambda m: actor_code(m.entry, date))
        first += listed_states(sent, local, first, lambda m: actor_code(m.entry, date))
        chosen = first + [a for a in actors if a not in local]
        for a in chosen:
            code = actor_code(a.entry, date)
            extra = "".join(
                c for c in (after[i : i + 3] for i in range(0, len(after), 3)) if c not in code[3:]
            )
            span = set(range(a.start, a.end + 1))
            kg_id = a.entry.id if isinstance(a.entry, KgActor) else ""
            units.append(
                Unit(before + code + extra, top, min(words | span), words | span, code, kg_id)
            )
    units = share_agents(sent, merge_adjacent(sorted(units, key=lambda u: (u.start, u.head)), sent))
    own_agents(sent, units)  # "Egypt dispatched *its* carrier": Egypt's, not the dateline's
    paired_agents(sent, units)  # "South Sudan's government and rebels": South Sudan's
    owned_in_order(sent, units)  # "the forces of Khalifa Haftar", "The President of X, Y,"
    home_organs(sent, units)  # "The State Department condemned ...": the United States'
    place = _place(sent, units, filed_state(sent, filed, date))
    if place:
        for u in units:
            if u.code.startswith("---") and not (u.code == "---UAF" and gunmen(sent, u)):
                u.code, u.state = place + u.code[3:], place
    local_militants(units)  # "Philippine troops clashed with Abu Sayyaf militants": PHLREB
    return units


#: lines between states: a state named on one is no place the sentence happens in
BORDERS = frozenset({"border", "frontier", "boundary"})


def on_border(sent: Sentence, u: Unit) -> bool:
    """``u`` names a state only as the side of a border ("near the *Afghan* border")."""
    w = sent[u.head]  # (a unit may hang on the border noun its demonym qualifies)
    on = w.base in ("amod", "compound", "nmod:poss") and sent[w.head].lemma.lower() in BORDERS
    return on or w.lemma.lower() in BORDERS


#: a state's missions abroad: where they stand is another state's place
MISSIONS = frozenset({"embassy", "consulate", "mission", "legation"})
#: prepositions of a place ("in northern Colombia", "near Georgia's parliament")
PLACE_PREPS = frozenset({"in", "near", "outside", "inside", "across", "throughout", "through"})


#: agents of a state's own politics, order, law and press: with one state named, they are its
#: ("Nigerian agents arrested opposition politician X"; "police fired tear gas at PTI
#: protesters"; "Kyrgyzstan detained at least 10 journalists")
DOMESTIC = frozenset({"OPP", "COP", "JUD", "LEG", "MED"})


def _place(sent: Sentence, units: list[Unit], filed_in: str = "") -> str:
    """The state where the sentence happens, for agents that name none: that of the first
    place phrase naming one ("Leftist rebels bombarded a police station in northern
    Colombia": COLREB), else the one state the sentence names with an organ of its own
    ("South Sudan's government agreed to a ceasefire with rebels"), else the dateline's
    (``filed_in``: "BANGKOK - Myanmar's junta ..." is about Myanmar first) unless the sentence
    names states but not that one ("SAN JUAN, Puerto Rico - ... a gang near Haiti's capital":
    a bureau abroad). PETRARCH writes ``---REB`` there; event-data users read the country."""
    states = [u for u in units if u.state and len(u.state) >= 3 and not u.code.startswith("---")]
    for u in states:
        if sent[u.head].lemma.lower() in MISSIONS:
            continue  # "outside the Ukrainian Embassy in Moscow": Ukraine's mission, in Russia
        for j in sorted(u.words):  # "protesters in Abuja": the owner phrase is a place
            if sent[j].base in ("obl", "nmod") and sent.case_of(j) in PLACE_PREPS:
                return u.state[:3]
        j, seen = u.head, set()
        while j and j not in seen:
            seen.add(j)
            if sent[j].lemma.lower() in BORDERS:
                break  # "militants in the tribal region near the Afghan border": not Afghan
            if sent[j].base in ("obl", "nmod") and sent.case_of(j) in PLACE_PREPS:
                return u.state[:3]
            if sent[j].base not in ("compound", "amod", "nmod:poss", "flat", "conj", "appos"):
                break
            j = sent[j].head
    # one state named, and named with an organ of its own: the rebels are its rebels;
    # "Rebels attacked Norland" names no rebels' state
    named = {u.state[:3] for u in states if u.state[:3] not in AGENT_NAMES}  # not MED, IGO
    stateless = [u.code[3:6] for u in units if u.code.startswith("---")]
    domestic = bool(stateless) and all(a in DOMESTIC for a in stateless)
    if len(named) == 1 and (
        domestic or any(len(u.code) > 3 for u in states if u.code[:3] in named)
    ):
        return named.pop()
    return filed_in if len(filed_in) == 3 and (not named or filed_in in named) else ""


def _inside_other_place(words: list[str], a: int, b: int, m: Mention, dicts: Any) -> bool:
    """Whether a longer name of the actor dictionary holds kg's name at words ``a``..``b`` and
    codes another state: "British Columbia" (Canada), "New Mexico" (the United States)."""
    for k in range(max(0, a - 2), a + 1):
        found = dicts.actors.longest(words, k) if words[k] in dicts.actors else None
        if found and k + found[0] - 1 >= b and found[0] > b - a + 1:
            other, own = actor_code(found[1], None), actor_code(m.entry, None)
            return bool(other) and other[:3] != own[:3]
    return False


@dataclass(frozen=True)
class KgActor:
    """One of kg's own actors, coded on a date (a person out of office by a namesake in it)."""

    id: str
    codes: Any
    name: str = ""

    def code_on(self, date: dt.date | None) -> str:
        return self.codes(self.codes.index.serving(self.id, self.name, date), date)


def actor_code(entry: Any, date: dt.date | None) -> str:
    """The entry's code on ``date`` (its default code when undated)."""
    if isinstance(entry, KgActor):
        return entry.code_on(date)
    from kg.knowledge.petrarch.actor_index import code_on

    return code_on(entry, date)
