"""Bombings, coded as CAMEO's codebook and event coders code them: an attack done with a
suicide bomber is a suicide bombing (1831), with a car or truck bomb a vehicular bombing
(1832), with a roadside bomb or an improvised explosive device a roadside bombing (1833),
and with another bomb by a group that is no state's forces a non-military bombing (183).

The verb of the attack ("targeted", "killed", "detonated") codes it as an attack (19x); the
bomb named within a few words of that verb, in the same clause, says how. Air strikes and
shelling (194, 195) stay what they are: a state's bombing from the air is no bombing of 183.

Verbs say the weapon too: shelling or bombarding is fighting with artillery (194), bombing
by a state's forces an aerial attack (195), as every CAMEO set's annotators code them
(CAMEO.2.0 leaves SHELL, BOMB and BOMBARD at 190).

>>> bomb_code(["a", "suicide", "bomber", "targeted", "a", "convoy"], 3, non_state=True)
'1831'
>>> bomb_code(["a", "suicide", "truck", "bomber", "struck", "a", "base"], 4, non_state=True)
'1831'
>>> bomb_code(["troops", "fired", "at", "a", "bomb", "squad"], 1, non_state=False)
"""

from __future__ import annotations

__all__ = ["BOMBS", "bomb_code", "weapon_code"]

#: the words naming a bomb, in order, and the code of an attack done with it
BOMBS: dict[tuple[str, ...], str] = {
    ("suicide", "bomber"): "1831", ("suicide", "bombers"): "1831",
    ("suicide", "bombing"): "1831", ("suicide", "bombings"): "1831",
    ("suicide", "attack"): "1831", ("suicide", "attacker"): "1831",
    ("car", "bomb"): "1832", ("car", "bombs"): "1832", ("car", "bombing"): "1832",
    ("truck", "bomb"): "1832", ("vehicle", "bomb"): "1832", ("car-bomb",): "1832",
    ("roadside", "bomb"): "1833", ("roadside", "bombs"): "1833", ("ied",): "1833",
    ("ieds",): "1833", ("improvised", "explosive"): "1833", ("landmine",): "1833",
}  # fmt: skip
#: what a suicide bomber is called after a word of the bomb's vehicle ("suicide truck bomber")
SUICIDE_BOMBERS = frozenset({"bomber", "bombers", "bombing", "bombings"})
#: bombs of no particular kind: a non-military bombing when a group sets them off
PLAIN_BOMBS = frozenset({
    "bomb", "bombs", "bombing", "bombings", "explosive", "explosives", "grenade", "grenades",
})  # fmt: skip
#: how many words from the attack's verb the bomb may stand
NEAR = 6
#: words that end a clause
ENDS = frozenset({";", ".", ":", "—", "–", "and", "but", "after", "before", "while", "when"})


def bomb_code(words: list[str], verb: int, non_state: bool) -> str | None:
    """The 183x code of the attack whose verb is ``words[verb]``, from the bomb named within
    ``NEAR`` words of it in its clause (``words`` lower-case); a plain bomb only when the doer
    is ``non_state``. None when no bomb is named there."""
    lo, hi = verb, verb
    while lo > 0 and verb - lo < NEAR and words[lo - 1] not in ENDS:
        lo -= 1
    while hi + 1 < len(words) and hi - verb < NEAR and words[hi + 1] not in ENDS:
        hi += 1
    plain = False
    for k in range(lo, hi + 1):
        for bomb, code in BOMBS.items():
            if tuple(words[k : k + len(bomb)]) == bomb:
                return code
        if words[k] == "suicide" and set(words[k + 2 : k + 4]) & SUICIDE_BOMBERS:
            return "1831"  # "a suicide *truck* bomber", "suicide *car* bombers"
        plain = plain or words[k] in PLAIN_BOMBS
    return "183" if plain and non_state else None


#: verbs that say the weapon: artillery (194), and for a state's forces aircraft (195)
ARTILLERY_VERBS = frozenset({"shell", "bombard", "pound"})
AIR_VERBS = frozenset({"bomb"})


def weapon_code(lemma: str, non_state: bool) -> str | None:
    """The code of an attack whose verb ``lemma`` says its weapon, else None.

    >>> weapon_code("shell", non_state=True), weapon_code("bomb", non_state=False)
    ('194', '195')
    """
    if lemma in ARTILLERY_VERBS:
        return "194"
    if lemma in AIR_VERBS and not non_state:
        return "195"
    return None
