"""Noun phrases the parser split, and states that share an agent group.

* :func:`merge_adjacent`: units whose words touch are one noun phrase ("Turkish | President |
  Recep Tayyip Erdogan" read as three subjects);
* :func:`share_agents`: "Pakistani and Afghan forces", "US and British troops": a state
  named just before another state's agent group, joined to it by "and", has the same
  agents (``PAKMIL`` and ``AFGMIL``), whatever the parser made of the coordination;
* :func:`weapon_group`: a group of weapons alone is an actor only as a subject ("Russian
  missiles hit Kharkiv"), not "fired artillery at X";
* :func:`own_agents`: an agent owned by a possessive pronoun is the subject's ("Egypt
  dispatched *its* aircraft carrier"), before any place or dateline gives it a state, and
  one right after "X's" is X's however the parser hung it (:func:`possessed_in_order`);
* an agent without a state that the words around it give an owner (:mod:`kg.coding.owners`);
* :func:`local_militants`: an international militant group (Phoenix's ``IMG``) in a sentence
  that names one state is that state's rebels ("Iraqi police arrested five members of the
  so-called Islamic State in Mosul": ``IRQREB``), as every CAMEO set's annotators code it.
"""

from __future__ import annotations

from typing import Any

from kg.coding.tree import Sentence, Unit
from kg.knowledge.actor_codes import AGENT_NAMES

__all__ = [
    "POSSESSIVE_ENDINGS", "UNIDENTIFIED", "WEAPONS", "across_verb", "gunmen", "home_organs",
    "hyphen_pair", "hyphened", "listed_states", "local_militants", "merge_adjacent",
    "own_agents", "possessed_in_order", "share_agents", "unidentified",
    "weapon_group",
]  # fmt: skip

#: agents that are weapons: "Russian missiles hit Kharkiv" (RUSMIL), not "fired missiles"
WEAPONS = frozenset({
    "MISSILE", "ROCKET", "DRONE", "ARTILLERY", "AIRSTRIKE", "STRIKE", "WARPLANE", "JET", "TANK",
    "SHELL", "BOMB", "BOMBER",
})  # fmt: skip
#: endings of demonyms ("Pakistani", "Afghan", "British", "Japanese", "Dutch")
DEMONYM_ENDS = ("an", "ian", "ish", "ese", "i", "ch")


def merge_adjacent(units: list[Unit], sent: Sentence | None = None) -> list[Unit]:
    """Units whose words touch form one noun phrase the parser split ("Turkish | President |
    Recep Tayyip Erdogan" as three subjects): the first state, made more specific by a later
    code of the same state (``TUR`` + ``TURGOV``), with the agents of an agent-only unit. So
    do, given ``sent``, an agent and the state of its "of" or "in" phrase ("Ambassador of |
    India", "The government of the | Central African Republic", whatever the parser hung the
    state on), and two units with only a bracket between them
    ("Prime Minister (PM) | Thongloun Sisoulith", "the National Liberation Army [ELN] |
    guerrilla group")."""
    out: list[Unit] = []
    for u in units:
        prev = out[-1] if out else None
        if prev is None or not prev.words or not u.words:
            out.append(u)
            continue
        gap = min(u.words) - max(prev.words)
        between = (
            [sent.words.get(i) for i in range(max(prev.words) + 1, min(u.words))] if sent else []
        )
        texts = [w.text.lower() if w else "" for w in between]
        owned = not prev.state and u.code == u.state == u.state[:3] and _owner_phrase(between)
        owned = owned and prev.code != "---UAF"  # gunmen stay unidentified wherever they are
        group = u.code[3:6] == "REB" or u.code.startswith("IMG")  # unless a group is named:
        owned = owned or (prev.code == "---UAF" and group and _owner_phrase(between, ("from",)))
        # "A suicide bomber *from the Pakistani Taliban* militant group" is the Taliban's
        # "Prime Minister (PM) Thongloun Sisoulith": an abbreviation in brackets between
        aside = len(texts) >= 3 and texts[0] == "(" and texts[-1] == ")" and "(" not in texts[1:]
        aside = aside or (texts in ([")"], ["]"]) and _abbreviated(sent, prev, out))
        if gap != 1 and not owned and not aside:
            out.append(u)
            continue
        if prev.state and u.state and prev.state[:3] != u.state[:3]:
            out.append(u)
            continue
        if not prev.state:  # an agent before an actor: "President Erdogan"
            code, state = _with_agents(u.code, prev.code[3:]), u.state
        elif not u.state:  # "Kyrgyz President | Japarov's office"
            code, state = _with_agents(prev.code, u.code[3:]), prev.state
        else:
            code = u.code if len(u.code) > len(prev.code) else prev.code
            state = u.state if len(u.state) > len(prev.state) else prev.state
        actor = u.actor if state == u.state else prev.actor
        out[-1] = Unit(code, u.head, prev.start, prev.words | u.words, state, actor)
    return out


def _owner_phrase(between: list[Any], preps: tuple[str, ...] = ("of", "in")) -> bool:
    """The words between an agent and a state are an owner phrase's opening: "of" or "in",
    then at most three determiners, adjectives or nouns ("Ambassador *of* India", "The
    government *of the* Central African Republic", "Security forces *in the* Sudanese capital
    Khartoum"), whatever the parser hung them on."""
    if not between or None in between or len(between) > 4:
        return False
    first, rest = between[0], between[1:]
    return first.text.lower() in preps and all(
        w.upos in ("DET", "ADJ", "NOUN", "PROPN") for w in rest
    )


def _abbreviated(sent: Sentence | None, prev: Unit, out: list[Unit]) -> bool:
    """``prev`` is the abbreviation in brackets of the unit before it ("the National Liberation
    Army [*ELN*] guerrilla group"), not a bracket of its own ("(*Reuters*) Police")."""
    if sent is None or len(out) < 2 or not out[-2].words:
        return False
    opening = min(prev.words) - 1
    return (
        opening in sent.words
        and sent[opening].text in ("(", "[")
        and max(out[-2].words) == opening - 1
        and out[-2].state[:3] == prev.state[:3]
    )


def _with_agents(code: str, agents: str) -> str:
    """``code`` with the three-letter agent codes of ``agents`` it lacks (``KGZGOV`` and
    ``GOV`` is ``KGZGOV``, not ``KGZGOVGOV``)."""
    for k in range(0, len(agents), 3):
        if agents[k : k + 3] not in [code[j : j + 3] for j in range(3, len(code), 3)]:
            code += agents[k : k + 3]
    return code


def _attributive(sent: Sentence, u: Unit) -> bool:
    """``u`` is one word that can qualify a noun: a demonym or an abbreviation ("US")."""
    if len(u.words) != 1 or u.code != u.state:
        return False
    w = sent[next(iter(u.words))]
    return (
        w.upos == "ADJ"
        or (w.text.isupper() and len(w.text.strip(".")) <= 3)
        or (w.text[:1].isupper() and w.text.lower().endswith(DEMONYM_ENDS))
    )


def share_agents(sent: Sentence, units: list[Unit]) -> list[Unit]:
    """``units`` where a bare state before "and" + another state's agent group takes that
    group's agents and its head (so that it is read with the group as one subject)."""
    by_end = {max(u.words): u for u in units if u.words}
    out = list(units)
    for u in units:
        if not u.state or not u.words or len(u.code) <= len(u.state):
            continue
        if not u.code.startswith(u.state):
            continue
        first = min(u.words)
        if first - 1 not in sent.words or sent[first - 1].text.lower() not in ("and", "&"):
            continue
        b = by_end.get(first - 2)
        if b is None or b not in out or not _attributive(sent, b):
            continue
        agents = u.code[len(u.state) :]
        out[out.index(b)] = Unit(b.code + agents, u.head, b.start, set(b.words), b.state, b.actor)
    return out


#: possessive pronouns that give an agent its owner's state ("his administration")
POSSESSIVES = frozenset({"his", "her", "its", "their"})


#: nouns that are their owner's state when a possessive pronoun owns them ("his country")
STATE_NOUNS = frozenset({"country", "nation"})


def own_agents(sent: Sentence, units: list[Unit]) -> None:
    """An agent without a state owned by a possessive pronoun ("Obrador lashed out at X for
    accusing *his administration*", "the junta and *its* soldiers") takes the state of the
    sentence's first subject that is an actor with one (in place); so does "his country" or
    "its nation", as a unit of that state of its own: "Maduro announced that *his country* was
    expelling two US diplomats", "Iran's supreme leader threatened a response to Israeli
    strikes on *his country*" ("his" or "her" country: the nearest person's before it, where
    one is named: "Serbia expelled Macedonia's ambassador after *his country* recognized
    Kosovo"). First, an agent named right after "X's" is X's, however the
    parser hung it (:func:`possessed_in_order`)."""
    possessed_in_order(sent, units)
    by_word = {i: u for u in units for i in (u.words or {u.head})}
    owner = None
    for i in sent.ids:
        if sent[i].base == "nsubj" and i in by_word and by_word[i].state:
            owner = by_word[i]
            break
    if owner is None:
        return
    for i in sent.ids:
        owned = [k for k in sent.children(i, "nmod:poss") if sent[k].text.lower() in POSSESSIVES]
        if sent[i].lemma.lower() in STATE_NOUNS and owned and i not in by_word and i > min(by_word):
            state = _persons_state(sent, units, owned[0]) or owner.state[:3]
            units.append(Unit(state, i, owned[0], {owned[0], i}, state))
            units.sort(key=lambda u: (u.start, u.head))
    for u in units:
        if not u.code.startswith("---") or u.head not in sent.words:
            continue
        poss = [
            k for k in sent.children(u.head, "nmod:poss") if sent[k].text.lower() in POSSESSIVES
        ]
        if poss and poss[0] > max(owner.words or {owner.head}):
            u.code, u.state = owner.state[:3] + u.code[3:], owner.state[:3]


def _persons_state(sent: Sentence, units: list[Unit], pronoun: int) -> str:
    """The state of the nearest person before "his" or "her" at ``pronoun`` (an actor coded
    with an agent: "Serbia expelled *Macedonia's ambassador* after his country recognized
    Kosovo"), else ""."""
    if sent[pronoun].text.lower() not in ("his", "her"):
        return ""
    people = [
        u for u in units
        if max(u.words or {u.head}) < pronoun and len(u.code) > 3 and u.state
        and not u.code.startswith("---")
    ]  # fmt: skip
    return max(people, key=lambda u: max(u.words or {u.head})).state[:3] if people else ""


#: possessive endings a tokenizer splits off a name ("Mali" "'s", "People 's Liberation Army")
POSSESSIVE_ENDINGS = frozenset({"'S", "’S", "'"})
#: tags of the words between a possessive and the agent it owns ("Mali's *ruling military*
#: junta", "Sri Lanka's *special human rights* envoy")
MODIFIERS = frozenset({"ADJ", "NOUN", "VERB"})


def possessed_in_order(sent: Sentence, units: list[Unit]) -> None:
    """An agent without a state whose noun phrase follows a state's possessive in word order,
    through modifiers alone, is that state's (in place): a small parser may hang "Mali" of
    "Mali's ruling military junta" as the subject of "ruling", or "South Korea's military"
    apart, and leave the agent ownerless (``---GOVMIL`` becomes ``MLIGOVMIL``). A name or a
    preposition between ("Qatar's support *for* terrorist groups") owns nothing."""
    by_word = {i: u for u in units for i in (u.words or {u.head})}
    for u in units:
        if not u.code.startswith("---") or not u.words:
            continue
        k = sent.ids.index(min(u.words))
        while k > 0 and sent[sent.ids[k - 1]].upos in MODIFIERS:
            if sent.ids[k - 1] in by_word:
                break
            k -= 1
        if k < 2 or sent.upper[sent.ids[k - 1]] not in POSSESSIVE_ENDINGS:
            continue
        owner = by_word.get(sent.ids[k - 2])
        if owner is not None and owner.state and not owner.code.startswith("---"):
            u.code, u.state = owner.state[:3] + u.code[3:], owner.state[:3]


def weapon_group(sent: Sentence, top: int, agents: list[Any]) -> bool:
    """The group at ``top`` names only weapons and is no subject ("fired artillery at X",
    "carried out air strikes in Iraq": Iraq is where, not the strikes' owner), nor a passive's
    "by" phrase ("Kharkiv was hit by Russian missiles"), nor what is condemned ("Iraq's
    parliament condemned Turkish air strikes": Turkey's forces)."""
    condemned = sent[top].base == "obj" and sent[sent[top].head].lemma.lower() in CONDEMN_LEMMAS
    return (
        bool(agents)
        and all(m.entry.phrase.words[-1] in WEAPONS for m in agents)
        and sent[top].base not in ("nsubj", "csubj")
        and sent.case_of(top) != "by"  # "was hit by Russian missiles": the passive's doer
        and not condemned  # "Iraq condemned Turkish air strikes": what Turkey's forces did
    )


#: verbs (lemmas) of condemning: the weapons condemned stand for the forces that used them
#: (kg.coding.strikes.CONDEMNING holds the word forms that make a strike done)
CONDEMN_LEMMAS = frozenset({
    "condemn", "denounce", "criticize", "criticise", "slam", "decry", "deplore", "protest",
})  # fmt: skip


def hyphen_pair(sent: Sentence, local: list[Any], first: list[Any], code_of: Any) -> list[Any]:
    """The other state of a pair written with a hyphen in one name group ("*US-China* talks",
    "Egyptian-Saudi drills"): both are sides, not one the other's owner. ``code_of`` gives a
    mention's code."""
    out = []
    for a in local:
        if a in first:
            continue
        for b in first:
            lo, hi = sorted((a, b), key=lambda m: m.start)
            gap = [sent[i].text for i in sent.ids if lo.end < i < hi.start]
            codes = code_of(a), code_of(b)
            if gap in (["-"], ["–"]) and all(len(c) == 3 for c in codes) and codes[0] != codes[1]:
                out.append(a)
    return out


def listed_states(sent: Sentence, local: list[Any], first: list[Any], code_of: Any) -> list[Any]:
    """Actors of a noun phrase after a comma, each of a state not yet named: a list a parser
    hung as one name ("Mali, *Burkina Faso* and Niger")."""
    states, out = {code_of(m)[:3] for m in first}, []
    for prev, a in zip(local, local[1:]):
        between = {sent.words[k].text for k in range(prev.end + 1, a.start)}
        if code_of(a)[:3] not in states and "," in between:
            out.append(a)
            states.add(code_of(a)[:3])
    return out


def hyphened(sent: Sentence, dash: int) -> bool:
    """The dash at ``dash``, after the sentence's first word, joins two words of one noun
    ("Russia - Ukraine talks", "Russia - controlled guards"): no dateline's end, unless that
    word is a place in capitals ("MOSCOW - Russia said")."""
    k = sent.ids.index(dash)
    last, nxt = sent[sent.ids[k - 1]], sent.words.get(sent.ids[min(k + 1, len(sent.ids) - 1)])
    return (
        not (last.text.isupper() and len(last.text) > 3) and nxt is not None
        and last.base in ("compound", "amod") and last.head in (nxt.head, nxt.i)
    )  # fmt: skip


#: organs named without their state that English-language news names for one state alone
HOME_ORGANS = {
    ("state", "department"): "USA", ("department", "of", "state"): "USA",
    ("treasury", "department"): "USA", ("state", "dept"): "USA",
}  # fmt: skip


def home_organs(sent: Sentence, units: list[Unit]) -> None:
    """A government agent with no state whose words name an organ of one state alone is that
    state's ("The State Department condemned ...": ``USAGOV``) (in place)."""
    for u in units:
        if not u.code.startswith("---GOV") or not u.words:
            continue
        words = [sent[i].text.lower() for i in sorted(u.words)]
        for phrase, state in HOME_ORGANS.items():
            n = len(phrase)
            if any(tuple(words[k : k + n]) == phrase for k in range(len(words) - n + 1)):
                u.code, u.state = state + u.code[3:], state


def local_militants(units: list[Unit]) -> None:
    """International militant groups (``IMG...``) become the rebels (``REB``) of the one state
    the other units name, where they name exactly one (in place)."""
    states = {
        u.state[:3] for u in units if u.state and not u.code.startswith(("IMG", "IGO", "NGO"))
    }
    states -= set(AGENT_NAMES)  # "MED" for a dateline's agency: no state
    if len(states) != 1:
        return
    (state,) = states
    for u in units:
        if u.code.startswith("IMG"):
            u.code, u.state = state + "REB", state


#: words of unidentified armed men, suicide bombers among them (Phoenix's ``UAF`` also holds
#: militants and militias, whom coders give the state they fight in; "armed *men*")
UNIDENTIFIED = frozenset({
    "GUNMAN", "GUNMEN", "ASSAILANT", "ASSAILANTS", "HITMAN", "HITMEN", "BOMBER", "BOMBERS", "MEN",
})  # fmt: skip


def unidentified(agents: list[Any]) -> bool:
    """Agents that are unidentified armed men ("gunmen"): coders write ``---UAF`` wherever they
    struck ("Gunmen in Nigeria's Kaduna state kidnapped ..."), as PETRARCH does; only a
    demonym or a possessive of their own gives them a state."""
    return bool(agents) and all(
        m.entry.agent == "UAF" and UNIDENTIFIED & set(m.entry.phrase.words) for m in agents
    )


def gunmen(sent: Sentence, u: Unit) -> bool:
    """Whether ``u`` names unidentified armed men ("gunmen")."""
    return any(sent.upper.get(i) in UNIDENTIFIED for i in u.words)


def across_verb(sent: Sentence, i: int, head: int) -> bool:
    """A verb stands between modifier ``i`` and the head a parser gave it: "A Russian *court*
    jailed opposition *leader* ...", the court no part of the leader's phrase; "Myanmar's
    *junta* sentenced *Aung* San Suu Kyi", she no part of the junta's."""
    return any(
        sent[k].upos == "VERB"
        and (sent[k].base in ("root", "conj", "parataxis", "ccomp") or _verb_after_noun(sent, k))
        for k in range(min(i, head) + 1, max(i, head))
        if k in sent.words
    )


def _verb_after_noun(sent: Sentence, k: int) -> bool:
    """Verb ``k``, made a modifier, stands right after a noun ("A Russian *court sentenced*
    opposition politician"): a clause's verb, not "armed forces", "Saudi-led", "so-called"."""
    prev = sent.words.get(k - 1)
    return bool(prev and prev.upos in ("NOUN", "PROPN") and not prev.text.endswith("-")) and (
        sent[k].text.endswith("ed")
    )
