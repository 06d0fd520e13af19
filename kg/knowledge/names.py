"""Name keys for the actor dictionary: folding, words, slugs, and the dictionary's entries.

>>> slug("Recep Tayyip Erdoğan")
'recep_tayyip_erdogan'
>>> normalize("U.S.") == normalize("US")
True
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

_CALENDAR = """january february march april may june july august september october november december
monday tuesday wednesday thursday friday saturday sunday januari februari maret mei juni juli
agustus oktober desember senin selasa rabu kamis jumat sabtu minggu"""
#: capitalised words that are never a surname in running text
NOT_SURNAMES = frozenset(_CALENDAR.split())
#: proper names that contain an actor's name but are not actors (seas, regions, newspapers)
_NOT_ACTOR_NAMES = (
    "South China Sea|East China Sea|Sea of Japan|Indian Ocean|Indian Subcontinent|Philippine Sea|"
    "Arabian Sea|Arabian Peninsula|Persian Gulf|Gulf of Mexico|Gulf of America|Taiwan Strait|"
    "Korean Peninsula|Latin America|South America|North America|Central America|New Guinea|"
    "Latin American|South American|North American|Central American|Latin Americans|"
    "South Americans|North Americans|Central Americans|"
    "New Mexico|New Jersey|Washington Post|Washington Times|Moscow Times|China Daily|"
    "Japan Times|Jakarta Post|Jakarta Globe|Bangkok Post|Kyiv Independent|Tehran Times|"
    "Laut China Selatan|Laut Tiongkok Selatan|Laut Cina Selatan|Laut China Timur|"
    "Laut Tiongkok Timur|Laut Jepang|Laut Filipina|Teluk Persia|Teluk Meksiko|Selat Taiwan|"
    "Semenanjung Korea|Semenanjung Arab|Amerika Latin|Amerika Selatan|Amerika Utara|"
    "Amerika Tengah|Molotov cocktail|Molotov cocktails|koktail Molotov"
)
NOT_ACTORS = _NOT_ACTOR_NAMES.split("|")
#: punctuation tokens a multi-word name may span ("Guinea - Bissau", "People ' s")
JOINERS = frozenset("-–—/'’.·")
_FOLD = str.maketrans("øØđĐłŁı'’‘`ʻ", "oOdDlLi     ")
_FOLD |= str.maketrans({"ß": "ss", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE"})
_FOLD |= str.maketrans({"&": " and ", "+": " plus "})
TOKEN = re.compile(r"\w+(?:[-.]\w+)*\.?|\S")


@dataclass(frozen=True)
class Entry:
    words: tuple[str, ...]  # folded words
    exact: tuple[str, ...] | None  # exact words for case-sensitive acronyms
    caps: tuple[bool, ...]  # which words must be capitalised in running text
    kind: str  # name, alias, demonym, metonym, surname, title
    value: str  # actor id or office
    lang: str
    loose: bool = False  # one-word name of an informal group ("Barat"): not inside a proper name


def slug(label: str) -> str:
    """Actor id of a label: lower-case ASCII, diacritics folded, non-alphanumerics → '_'."""
    text = unicodedata.normalize("NFKD", label.translate(_FOLD))
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).lower()
    return re.sub(r"[^a-z0-9]+", "_", text).strip("_")


def words_of(text: str) -> list[str]:
    """Words of a name with diacritics folded and dots dropped, case kept ("U.S." → ["US"])."""
    text = unicodedata.normalize("NFKD", text.translate(_FOLD))
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).replace(".", "")
    return re.findall(r"[^\W_]+", text)


@lru_cache(maxsize=1 << 16)
def token_words(token: str) -> tuple[tuple[str, str], ...]:
    """(folded, exact) words of one token; cached, as tokens repeat across articles."""
    return tuple((w.casefold(), w) for w in words_of(token))


def normalize(name: str) -> str:
    """Matching key of a name: folded words joined by single spaces."""
    return " ".join(words_of(name)).casefold()


def _strict(words: list[str]) -> bool:
    """All-caps acronyms of up to three letters match only in capitals ("AS" but not "as")."""
    return len(words) == 1 and words[0].isalpha() and words[0].isupper() and len(words[0]) <= 3


def make_entry(text: str, kind: str, value: str, lang: str, loose: bool = False) -> Entry | None:
    words = words_of(text)
    if not words:
        return None
    caps = tuple(kind != "title" and w[:1].isupper() for w in words)
    exact = tuple(words) if _strict(words) else None
    return Entry(tuple(w.casefold() for w in words), exact, caps, kind, value, lang, loose)


def office_label(office: str) -> str:
    """Readable office name: 'PrimeMinister' -> 'Prime Minister'."""
    return (
        "the top executive" if office == "Leader" else re.sub(r"(?<=[a-z])(?=[A-Z])", " ", office)
    )


def longer_name(tokens: list[str], span, actor, taken: set[int]) -> bool:
    """Whether ``span`` (tokens ``span.start:span.end``) is ``actor``'s bare surname that begins
    another name: "Mahmud" (Hasan Mahmud's surname) in "Mahmud Abbas", whose next word is no
    match of its own (``taken``: the starts of the other matches).

    >>> from types import SimpleNamespace as N
    >>> longer_name(["Mahmud", "Abbas"], N(start=0, end=1), N(surname="Mahmud"), set())
    True
    """
    if not actor.surname or normalize(" ".join(tokens[span.start : span.end])) != normalize(
        actor.surname
    ):
        return False
    nxt = tokens[span.end] if span.end < len(tokens) else ""
    return nxt.isalpha() and span.end not in taken


#: words of address before a surname that are no given name: "Mr Jaishankar", "Pak Prabowo"
ADDRESS = frozenset({
    "mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady", "madam", "madame", "mme",
    "sheikh", "shaikh", "sayed", "sayyid", "pak", "bu", "ibu", "bapak",
})  # fmt: skip


def after_given_name(tokens: list[str], span, actor, covered: set[int]) -> bool:
    """Whether ``span`` is ``actor``'s bare surname after a given name that is not the actor's:
    "Lam" (To Lam's surname) in "Carrie Lam". A word another match covers (a title:
    "President Lam"), a word of address ("Mr Lam") or one of the actor's own names keeps it.

    >>> from types import SimpleNamespace as N
    >>> to_lam = N(surname="Lam", names={"en": ["To Lam"]})
    >>> after_given_name(["Carrie", "Lam"], N(start=1, end=2), to_lam, set())
    True
    >>> after_given_name(["To", "Lam"], N(start=1, end=2), to_lam, set())
    False
    >>> after_given_name(["To", "Van", "Lam"], N(start=2, end=3), to_lam, set())
    False
    """
    if span.start == 0 or not actor.surname:
        return False
    if normalize(" ".join(tokens[span.start : span.end])) != normalize(actor.surname):
        return False
    prev = tokens[span.start - 1]
    own = {w.casefold() for ns in actor.names.values() for n in ns for w in words_of(n)}
    # a middle name between: "Lazarus McCarthy Chakwera" is Lazarus Chakwera
    given = tokens[max(0, span.start - 3) : span.start - 1]
    for w in reversed(given):
        if not (w[:1].isupper() and w.isalpha()):
            break
        if w.casefold() in own:
            return False
    return (
        prev[:1].isupper()
        and prev.isalpha()
        and not prev.isupper()
        and span.start - 1 not in covered
        and prev.casefold() not in ADDRESS
        and not any(w.casefold() in own for w in words_of(prev))
    )


def without_other_names(tokens: list[str], spans: list, actors: dict) -> list:
    """``spans`` less the bare surnames of ``actors``' persons that stand inside another
    person's name: "Mahmud" in "Mahmud Abbas" (:func:`longer_name`), "Lam" in "Carrie Lam"
    (:func:`after_given_name`)."""
    taken = {x.start for x in spans}
    covered = {k for x in spans for k in range(x.start, x.end)}
    return [
        s
        for s in spans
        if s.kind != "actor"
        or not (
            longer_name(tokens, s, actors[s.value], taken)
            or after_given_name(tokens, s, actors[s.value], covered)
        )
    ]


def inside_proper_name(words: list[str], start: int, end: int) -> bool:
    """Whether tokens ``start..end`` sit next to a capitalised word ("Jawa Barat", "West Bank")."""
    before = words[start - 1] if start > 0 else ""
    after = words[end + 1] if end + 1 < len(words) else ""
    return any(w[:1].isupper() and w.isalpha() for w in (before, after))
