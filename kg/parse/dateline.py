"""Datelines: "MOGADISHU (Reuters) - ", "Managua: ", "JAKARTA, KOMPAS.com - ".

A wire story's first sentence opens with where (and often when, and by whom) it was filed.
Parsed with the sentence, the small models make the city the sentence's root and the
sentence a fragment of it ("HÀ NỘI — X and Y held talks": *held* under *NỘI*), and nothing
below is read. So :class:`kg.parse.stanza.Parser` parses the dateline apart and grafts it
back: one sentence, the dateline's words first, their root a ``dep`` of the sentence's root,
characters where they were. Readers still see the dateline (the coder takes the story's
place from it); only the tree of the rest changes.

>>> dateline_cut("MOGADISHU (Reuters) - Rebels attacked a base.")
22
>>> dateline_cut("Russia - Ukraine talks resumed.")
0
"""

from __future__ import annotations

import re
from typing import Any

__all__ = ["dateline_cut", "dateline_pieces", "graft"]

_DATELINE = re.compile(
    r"""[ \t]*
    (?P<place>[^\W\d_][\w.'’/-]*(?:[ ][^\W\d_][\w.'’/-]*){0,3})  # 1-4 words: "PORT-AU-PRINCE"
    (?P<country>[ ]*(?:\[[^\]\n]{2,30}\]|\([A-Z][a-z]+(?:[ ][A-Z][a-z]+)?\)(?=[ ]*[(,])))?
    # "Colombo [Sri Lanka]" (ANI), "Astana (Kazakhstan) (AFP)"
    (?P<more>[ ]?,[ ]*[^\n—–:()]{1,40}?)?                       # ", Pakistan", ", Dec 20"
    (?P<day>[ ]+\d{1,2}/\d{4})?                                   # "October 6/2022" (ENA)
    (?P<agency>[ ]*\([^()\n]{1,60}\))?                          # "(Reuters)", "(WAFA)"
    (?:[ ]*(?P<end>--|[—–-]|:)|(?<=\)))                           # "(PTI) Pakistan ..."
    (?:[ \t]+|(?<=\)--)|(?<=\)[—–])|(?<=\d{4}[—–])|(?<=\)[ ][-—–:]))  # "(Reuters) -South"
    (?=["“‘'(]?[^\W\d_])""",
    re.X,
)


#: a country after a place's comma: ", Pakistan", ", Sri Lanka"
_COUNTRY = re.compile(r"[ ]?,[ ]*[A-Z][\w.'’-]*(?:[ ][A-Z][\w.'’-]*){0,2}[ ]*")

#: a dateline that opens with a date and names an agency: "Sept. 8 (UPI) — ", "May 12 (UPI) -- "
_DATE_FIRST = re.compile(
    r"[ \t]*(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?[ ]+\d{1,2}(?:,[ ]*\d{4})?"
    r"[ ]*\([^()\n]{1,60}\)[ ]*(?:--|[—–-])[ \t]+(?=[\"“‘'(]?[^\W\d_])"
)
#: an agency's brackets opening the text, before a dash or touching the sentence: "(Reuters) –
#: Police ...", "(CNN)Thirteen ...", "(MENAFN- Kuwait News Agency (KUNA)) DOHA, Oct 19 (KUNA) --"
_AGENCY_FIRST = re.compile(
    r"[ \t]*\((?:[^()\n]|\([^()\n]*\)){2,60}\)[ ]*(?:(?:--|[—–-])[ \t]+)?(?=[\"“‘'(]?[^\W\d_])"
)
#: a date closing an agency's brackets: "(UrduPoint News / Sputnik - 30th October, 2020)"
_AGENCY_DATE = re.compile(r"[-–]\s*\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+\.?,?\s+\d{4}\)$")


def dateline_cut(text: str) -> int:
    """Where the sentence after a dateline at the start of ``text`` begins, else 0.

    A dash ends a dateline whose place is written in capitals ("TEHRAN –", "ISLAMABAD,
    Pakistan -"), or that names an agency or a date ("Bangkok (AP) —", "Kabul, Oct 12 -");
    a colon ends one of at most three capitalised words before a sentence that ends its line
    ("New Delhi: The ministry said ...", not the headline "AUKUS: new security pact" nor
    the speaker of a quote "Biden: “...”"); an agency after a date may end one alone
    ("Peshawar, Apr 12 (PTI) Pakistan deported ...", not "The UN (UNHRC) has ..."), and so
    may an agency whose brackets close with a date ("MOSCOW (UrduPoint News / Sputnik - 30th
    October, 2020) Russia ...").
    A place with its country ends one before a dash or a colon ("Islamabad, Pakistan –",
    "Male, Maldives:", "Colombo [Sri Lanka], Aug 2 (ANI):", "Astana (Kazakhstan) (AFP) –"), and
    a place alone before an em dash or before a dash and an article ("Maputo — ", "Phnom Penh
    – A court ..."); a dash or colon after an agency may touch the sentence ("SEOUL (Reuters)
    -South Korea ...").
    "Russia - Ukraine talks" is no dateline. A date with an agency before a dash is one too
    ("Sept. 8 (UPI) — Police in Hong Kong ..."), and an agency's brackets may touch the dash
    and the sentence ("New York, June 26 (Jiji Press)--Japan called ..."). An agency's
    brackets may open the text, alone or before another dateline ("(Reuters) – Police in
    ...", "(MENAFN- IANS) Manila, Nov 5 (IANS) Philippine troops ...")."""
    a = _AGENCY_FIRST.match(text)
    if a and len(text) - a.end() >= 20:  # "(Reuters) – Police ...": and a dateline after it
        return a.end() + dateline_cut(text[a.end() :])
    d = _DATE_FIRST.match(text)
    if d and len(text) - d.end() >= 20:
        return d.end()
    m = _DATELINE.match(text)
    if not m or len(text) - m.end() < 20 or sum(c.isalpha() for c in m["place"]) < 3:
        return 0
    place, end = m["place"], m["end"]
    dated = bool(m["more"] and re.search(r"\d", m["more"]))
    dated = dated or bool(m["agency"] and _AGENCY_DATE.search(m["agency"])) or bool(m["day"])
    titled = all(w[:1].isupper() for w in place.split())
    # "Islamabad, Pakistan –", "Male, Maldives:", "Colombo [Sri Lanka], Aug 2 (ANI):": a place
    # and its country
    country = titled and (bool(m["country"]) or bool(m["more"] and _COUNTRY.fullmatch(m["more"])))
    if end is None:  # "Peshawar, Apr 12 (PTI) Pakistan ...", not "The UN (UNHRC) has ..."
        ok = bool(m["agency"]) and dated
    elif end == ":" and not (m["agency"] or dated or country):  # "New Delhi: The ministry ..."
        words = place.split()
        line = text[m.end() :].split("\n", 1)[0].rstrip()
        ok = not m["more"] and len(words) <= 3 and all(w[:1].isupper() for w in words)
        ok = ok and text[m.end()].isalpha() and line[-1:] in '.!?"”'
    else:  # a place in capitals, an agency, a date or a country before a dash
        ok = all(c.isupper() for c in place if c.isalpha()) or bool(m["agency"]) or dated
        # "Maputo — The European Union ...", "Havana – The Government of ...": a place alone,
        # before an em dash or before a dash and a sentence's article
        opener = text[m.end() :].split(" ", 1)[0] in ("The", "A", "An")
        ok = ok or country or (titled and not m["more"] and (end == "—" or opener))
    return m.end() if ok else 0


def dateline_pieces(text: str, lines: int = 3) -> list[tuple[str, bool]]:
    """``text`` cut before and after each dateline that opens one of its first ``lines``
    lines: the pieces in order, each with whether it is a dateline. Joined, they are
    ``text``.

    >>> dateline_pieces("Talks\\nTOKYO, 4 May 2022 — Japan protested the launch.")
    [('Talks\\n', False), ('TOKYO, 4 May 2022 — ', True), ('Japan protested the launch.', False)]
    """
    pieces: list[tuple[str, bool]] = []
    start = 0
    for n, m in enumerate(re.finditer(r"^[ \t]*\S", text, re.M)):
        if n >= lines:
            break
        if cut := dateline_cut(text[m.start() :]):
            if m.start() > start:
                pieces.append((text[start : m.start()], False))
            pieces.append((text[m.start() : m.start() + cut], True))
            start = m.start() + cut
    pieces.append((text[start:], False))
    return [p for p in pieces if p[0]]


def graft(dateline: Any, body: Any) -> Any:
    """One Stanza Document: ``dateline``'s words (a parse of the dateline alone) put before
    the first sentence of ``body`` (the parse of the text after it), hung from that
    sentence's root as ``dep``; character offsets are those of the whole text."""
    from stanza.models.common.doc import Document

    merged: list[dict] = []
    for s in dateline.sentences:  # a dateline Stanza split in two is still one fragment
        merged += _renumbered(s.to_dict(), len([w for w in merged if isinstance(w["id"], int)]))
    k = sum(isinstance(w["id"], int) for w in merged)
    first, *rest = [_shifted(s.to_dict(), len(dateline.text)) for s in body.sentences]
    first = _renumbered(first, k)
    root = next(w["id"] for w in first if isinstance(w["id"], int) and w.get("head") == 0)
    for w in merged:
        if isinstance(w["id"], int) and w.get("head") == 0:
            w["head"], w["deprel"] = root, "dep"
    return Document([merged + first, *rest], text=dateline.text + body.text)


def _renumbered(words: list[dict], k: int) -> list[dict]:
    """``words`` with their ids (a multi-word token's id range too) and heads moved by ``k``."""
    for w in words:
        w["id"] = tuple(i + k for i in w["id"]) if isinstance(w["id"], tuple) else w["id"] + k
        if isinstance(w["id"], int) and w.get("head"):
            w["head"] += k
    return words


def _shifted(words: list[dict], n: int) -> list[dict]:
    """``words`` with their character offsets moved by ``n``."""
    for w in words:
        for key in ("start_char", "end_char"):
            if w.get(key) is not None:
                w[key] += n
    return words
