"""Who codes whom, and which ways: the dyads of a verb's sources and targets.

* no dyad of an actor with itself, of a state with its own organ (``CHN`` and ``CHNGOV``),
  or with a target that has no state (:func:`paired`), but an opposition, or whom a state
  coerces (:data:`HELD`: "police detained journalists"; not property it seizes,
  :data:`SEIZED`), is the source state's;
* a meeting code (:data:`SYMMETRIC`) is written both ways unless aimed *to*/*from* someone
  (:func:`directed`), a telephone call (041) always; a dictionary's ``a:a`` both ways unless it is force on a direct object;
* material cooperation *with* a partner both ways (:func:`partnered`).
"""

from __future__ import annotations

from collections.abc import Sequence

from kg.coding.tree import Sentence, Unit

__all__ = [
    "FORCE", "HELD", "SEIZED", "SYMMETRIC", "TOGETHER", "UNILATERAL", "VISIT_WORDS", "directed",
    "mutual_code", "paired", "pairs", "partnered", "press_talk", "reciprocal", "side",
    "unilateral", "visiting",
]  # fmt: skip

#: codes written both ways: a meeting, a call, a negotiation (as ``040:040``)
SYMMETRIC = frozenset({"040", "041", "046"})
#: a telephone conversation: both sides' even when one "spoke to" the other (annotators of the
#: read sets wrote every one of their 144 both ways)
PHONED = "041"
#: agents that are the state itself: a state acting on one of them is no dyad
STATE_ORGANS = frozenset({"GOV", "MIL", "COP", "LEG", "JUD", "SPY"})


def paired(a: str, b: str) -> bool:
    """Whether two actor codes make a dyad: not the same actor, not a state and its own
    organ (``CHN`` and ``CHNGOV``: a sentence naming the place of its own government; a state
    and its opposition, ``NIC`` and ``NICOPP``, is one), no target without a state
    (``---CVL``: "killing four people" names no one to code), and no source that is a state's
    organ without its state (``---GOV``, ``---MIL``: "officials said", "troops fired": whose?);
    an unnamed non-state source, ``---UAF`` for gunmen, ``---REB``, is kept)."""
    if a == b or b.startswith("---") or (a.startswith("---") and a[3:6] in STATE_ORGANS):
        return False
    for state, other in ((a, b), (b, a)):
        if len(state) == 3 and other.startswith(state) and other[3:6] in STATE_ORGANS:
            return False
    return True


def side(u: Unit) -> str:
    """The side an actor speaks or acts for: a state and its security organs (:data:`SECURITY`)
    are one ("Russia's defence ministry said *its forces* captured ...": no accusation of its
    own); rebels, crowds and others are their own."""
    return u.state[:3] if len(u.code) == 3 or u.code[3:6] in SECURITY else u.code


#: prepositions that give an act a direction: "presented credentials *to* X", "departed
#: *from* X" is one way, where "met X" and "talks *with* X" are mutual
DIRECTED = frozenset({"to", "from", "toward", "towards", "into", "at", "for", "against"})


def _fought_back(code: str, source: str, target: str) -> bool:
    """An act of force by armed men no state is named for (``---UAF``, ``---REB``, ``---CRM``)
    on a named side, which fights them back: event coders code "gunmen clashed with federal
    police" both ways."""
    unnamed = source[:3] == "---" and source[3:6] in ("UAF", "REB", "CRM")
    return code[:2] in FORCE and unnamed and target[:3] != "---"


#: roots of acts a state does to people in its hands (arrests, detentions, expulsions): an
#: unnamed person it holds is its own ("Azerbaijani police detained journalist X": AZEMED)
HELD = frozenset({"17"})
#: the code of property seized: a tanker a state seizes is not its own (171)
SEIZED = "171"


#: codes of force from afar, shelling and air strikes (194, 195): a state's forces that strike
#: a place of their own state fight in a civil war, coded state to state as the annotators do
FROM_AFAR = frozenset({"194", "195"})

#: roots of force: an attack on a direct object is one way even where the dictionary
#: writes the code both ways for an exchange ("X and Y exchanged fire", ``193:193``)
FORCE = frozenset({"18", "19", "20"})


def directed(sent: Sentence, v: int, targets: Sequence[Unit], code: str = "") -> bool:
    """Every target of verb ``v`` stands in a phrase with a preposition of direction, or is
    the direct object of an act of force ("Russian missiles hit the city": no reply)."""
    if not targets:
        return False
    objects = set(sent.children(v, "obj", "dobj"))
    if (
        code[:2] in FORCE
        and objects
        and all(
            u.head in objects or u.words & objects or sent[u.head].head in objects for u in targets
        )
    ):
        return True
    return all(_case_to(sent, v, u) in DIRECTED for u in targets)


def _case_to(sent: Sentence, v: int, u: Unit) -> str:
    """The preposition of the first phrase on the way from ``u`` up to verb ``v``."""
    j, seen, case = u.head, set(), ""
    while j and j != v and j not in seen and not case:
        seen.add(j)
        if sent[j].base in ("obl", "nmod"):
            case = sent.case_of(j)
        j = sent[j].head
    return case


#: material cooperation done *with* a partner is done by both ("conducted an exercise
#: with the Japan Maritime Self-Defense Force", "cooperates with X")
COOPERATION = frozenset({"06"})


def partnered(sent: Sentence, v: int, targets: Sequence[Unit], code: str) -> bool:
    """Verb ``v`` is an act of cooperation and every target is its partner ("with")."""
    return bool(
        targets
        and code[:2] in COOPERATION
        and ":" not in code
        and all(_case_to(sent, v, u) == "with" for u in targets)
    )


#: roots of acts a coordinated subject with no target does with each other ("X and Y held
#: talks", "... agreed to cooperate", "... restored ties", "... clashed"), and ties broken
#: off ("Taiwan and Kiribati severed ties": 161); a criticism, a demand, an appeal, an aid
#: or a sanction by "X and Y" is not aimed at each other
TOGETHER = frozenset({"03", "04", "05", "06", "19", "161"})


def mutual_code(code: str) -> bool:
    """A code written the same both ways (``190:190``, ``040:040``): an act done with each
    other."""
    halves = code.split(":")
    return len(halves) == 2 and halves[0] == halves[1] and halves[0][:2].isdigit()


def with_each_other(code: str, sources: list[Unit], targets: list[Unit]) -> bool:
    """Two or more sides that do a thing both ways (``a:a``) to stateless targets only do it
    with each other: "X and Y exchanged prisoners" is no act on the prisoners."""
    return len(sources) > 1 and mutual_code(code) and all(t.code.startswith("---") for t in targets)


def reciprocal(sent: Sentence, v: int) -> bool:
    """An object or phrase of verb ``v`` names "each other" or "one another": the subject's
    members act on each other ("Armenia and Azerbaijan blamed *each other* for")."""
    for k in sent.children(v, "obj", "dobj", "obl", "iobj"):
        words = [sent[j].text.lower() for j in sorted(sent.subtree(k))]
        if {("each", "other"), ("one", "another")} & set(zip(words, words[1:])):
            return True
    return False


def pairs(
    code: str,
    sources: list[Unit],
    targets: list[Unit],
    one_way: bool = False,
    mutual: bool = False,
    together: bool = False,
    guest: bool = False,
) -> list[tuple[str, str, str]]:
    """(source, target, code) of every source with every target (with no target, the members
    of a coordinated subject with each other, for acts done together: :data:`TOGETHER`,
    ``a:a``, or ``together``, an act on their own joint thing: "X and Y delayed *their*
    meeting"); ``a:b`` codes b the other way, and a meeting
    code (:data:`SYMMETRIC`) is written both ways unless ``one_way`` (see :func:`directed`),
    and a telephone call (:data:`PHONED`) whatever the preposition ("spoke *to* his Egyptian
    counterpart over the phone");
    a host's guest (``043:042``) is written as visiting only with ``guest``, in a sentence that
    names a visit (annotators code "X received Y" as X's 043 alone);
    and so is a dictionary's ``a:a``, unless it is an act of force done one way. An act of
    force done one way on one's own protesters is repression (see :func:`_repression`). Two
    sides of one state's forces that fight each other are two sides even where they share a
    code ("the Syrian army and Kurdish forces clashed": ``SYRMIL`` both ways), and a state's
    forces that shell or strike from the air a place of their own state strike it ("Ethiopia's
    military launched an air strike on Mekele": ``ETHMIL`` to ``ETH``); rebels or gangs no
    state is named for that fight one state's people, or talk, agree or make a truce with them
    (:data:`CONFLICT`), are that state's ("Tuareg rebels killed 14 soldiers" of Mali:
    ``MLIREB``; "Ukraine and pro-Russian separatists agreed to a ceasefire": ``UKRREB`` both
    ways; see :data:`INSURGENTS`). An opposition without a state of its own is the source
    state's ("Belarus released political prisoners": ``BLROPP``), and so is an organ no state
    is named for that a state's rebels fight (:func:`_fighting_organ`); a state that arrests its
    own people of its own agent arrests them ("South Korean authorities arrested President
    Yoon": ``KORGOV`` both sides)."""
    codes = code.split(":")
    if not codes[0][:2].isdigit():
        return []
    talk = codes[0][:3] == PHONED  # (a call "to" someone is a conversation all the same)
    if len(codes) == 1 and (codes[0] in SYMMETRIC or mutual) and (not one_way or talk):
        codes.append(codes[0])
    one_sided = len(codes) == 1
    if with_each_other(code, sources, targets):
        targets = []
    if targets:
        ends = [(s, t) for s in sources for t in targets]
    elif together or TOGETHER & {codes[0][:2], codes[0][:3]} or codes[1:] == codes[:1]:
        ends = [(s, t) for s in sources for t in sources if s is not t]
    else:  # "the U.S., the U.K. and the EU denounced the sentences": not each other
        ends = []
    one_state = len({u.state[:3] for u in targets}) == 1  # (two states: whose rebels is not said)
    out = []
    for s, t in ends:
        tc, sc = t.code, s.code
        conflict = codes[0][:2] in CONFLICT
        if (
            sc[:6] in INSURGENTS and conflict and one_state and t.state[:3]
            and t.state[:3] not in NOT_STATES and not tc.startswith("---")
        ):  # fmt: skip
            sc = t.state[:3] + sc[3:]  # "Tuareg rebels killed 14 soldiers": Mali's rebels
        if tc[:6] in INSURGENTS and conflict and s.state[:3] and s.state[:3] not in NOT_STATES:
            tc = s.state[:3] + tc[3:]  # "Ukraine and separatists agreed to a ceasefire"
        sc, tc = _fighting_organ(sc, tc, conflict), _fighting_organ(tc, sc, conflict)
        if (
            tc.startswith("---")
            and (tc.startswith("---OPP") or (codes[0][:2] in HELD and codes[0][:3] != SEIZED))
            and s.state
            and not sc.startswith("---")
        ):  # "Belarus released political prisoners", "police detained journalists": its own
            tc = s.state[:3] + tc[3:]
        twin = (
            not targets
            and sc == tc
            and codes[0][:2] in FORCE
            and len(tc) > 3
            and not tc.startswith("---")
            and s.head != t.head
        )  # "the Syrian army and Kurdish forces clashed": two sides, both SYRMIL
        own_ground = (
            one_sided and codes[0][:3] in FROM_AFAR and len(tc) == 3 and sc[:3] == tc
            and sc[3:6] in ("MIL", "GOV")
        )  # fmt: skip  # "Ethiopia's military launched an air strike on Mekele": a civil war
        held_own = (
            bool(targets) and codes[0][:2] in HELD and codes[0][:3] != SEIZED and sc == tc
            and len(tc) > 3 and not tc.startswith("---") and s.head != t.head
        )  # fmt: skip  # "South Korean authorities arrested President Yoon": KORGOV its own
        if not paired(sc, tc) and not twin and not own_ground and not held_own:
            continue
        repressed = one_sided and bool(targets) and _repression(sc, tc, codes[0])
        out.append((sc, tc, "175" if repressed else codes[0]))
        both_ways = len(codes) > 1 and codes[1] == codes[0]  # (with a code written back)
        if (
            len(codes) > 1 and codes[1][:2].isdigit()
            and (paired(tc, sc) or (both_ways and _fought_back(codes[0], sc, tc)))
            and not (both_ways and one_way and targets and codes[0][:2] in FORCE)
            and (guest or not (codes[0] == "043" and codes[1] == "042"))
        ):  # fmt: skip
            out.append((tc, sc, codes[1]))
    return out


#: words that name a visit: a guest received in a sentence naming one made a visit (042)
VISIT_WORDS = frozenset({"visit", "visits", "visited", "visiting", "trip", "tour"})


def visiting(sent: Sentence) -> bool:
    """Whether the sentence names a visit ("received Y, who is on a visit to X")."""
    return any(sent[i].text.lower() in VISIT_WORDS for i in sent.ids)


#: insurgents and gangs no state is named for: those who attack a state's people, or talk,
#: agree or make a truce with one state, are in it (not an international organisation's, a
#: company's or a group's: "rebels attacked a UN base")
INSURGENTS = frozenset({"---REB", "---CRM"})
#: roots of the acts of a conflict: fighting it, talking, agreeing or yielding in it (not a
#: remark: "rebels criticized Norland" stays PETRARCH's ``---REB``)
CONFLICT = FORCE | {"04", "05", "08"}
NOT_STATES = frozenset({"IGO", "NGO", "IMG", "MNC", "---"})


def _fighting_organ(code: str, other: str, conflict: bool) -> str:
    """A state's organ no state is named for (``---MIL``) in a conflict with a state's rebels
    is that state's: "Congo's M23 rebels clashed with government troops" (``CODMIL``)."""
    if conflict and code[:3] == "---" and code[3:6] in STATE_ORGANS and other[3:6] == "REB":
        return other[:3] + code[3:] if other[:3] not in NOT_STATES else code
    return code


#: the organs of a state that repress (see :func:`_repression`)
SECURITY = frozenset({"COP", "MIL", "GOV", "SPY"})


def _repression(source: str, target: str, code: str) -> bool:
    """An assault or fight (18x, 19x) done one way by a state or its security organs on its
    own opposition or protesters is violent repression (175), as CAMEO's codebook codes
    "police fired on demonstrators"; a clash both ways stays a clash."""
    return (
        code[:2] in ("18", "19")
        and "OPP" in target[3:]
        and source[:3] == target[:3]
        and (len(source) == 3 or source[3:6] in SECURITY)
    )


#: words that make an act one side's alone, whatever the dictionary writes both ways
UNILATERAL = frozenset({"unilateral", "unilaterally", "one-sided"})


def unilateral(sent: Sentence, v: int) -> bool:
    """Verb ``v`` or its object is qualified as one side's alone ("declared a *unilateral*
    ceasefire", "*unilaterally* withdrew")."""
    near = [v, *sent.children(v, "obj", "dobj", "advmod")]
    return any(sent[k].text.lower() in UNILATERAL for j in near for k in [j, *sent.children(j)])


def press_talk(source: str, target: str, code: str) -> bool:
    """A consultation (04x) with the press is telling it, no event: "spoke to reporters",
    "met with journalists", "spoke with Reuters" (a side coded as a press agent alone).

    >>> press_talk("TURGOV", "TURMED", "040"), press_talk("TURGOV", "GBRGOV", "040")
    (True, False)
    """
    return code[:2] == "04" and any(c[3:] == "MED" for c in (source, target))
