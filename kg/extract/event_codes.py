"""Full CAMEO event codes for kg's relation instances: the CAMEO verb dictionary
(PETRARCH's CAMEO.2.0, shipped compiled) read on the predicate's verb, as
:mod:`kg.coding` reads it. The dictionary's code is kept when it falls under the relation's
own CAMEO root ("accused" under ``criticizes`` stays 11x: ``112``; "paid a visit" under
``visits``: ``042``); otherwise, for a noun predicate, and for languages the verb dictionary
does not cover, the relation's representative code stands.

>>> EventCoder().code([], 0, None, "en")
''
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

__all__ = ["EventCoder"]


@dataclass
class EventCoder:
    """Loads the CAMEO verb dictionary on first use (once per extractor)."""

    verbs: str = "CAMEO.2.0"
    _dicts: Any = field(default=None, repr=False)
    _sent: tuple[int, Any] | None = field(default=None, repr=False)

    def dictionaries(self) -> Any:
        if self._dicts is None:
            from kg.coding.dictionaries import CodingDictionaries
            from kg.knowledge.petrarch import load_compiled

            d = CodingDictionaries()
            d.add_verbs(load_compiled(self.verbs))
            self._dicts = d
        return self._dicts

    def code(self, toks: list[Any], head: int, rel: Any, lang: str) -> str:
        """The event code of relation ``rel`` stated by the verb ``toks[head]``."""
        base = (getattr(rel, "cameo_code", None) or "") if rel is not None else ""
        if lang != "en" or not base or not toks or not 0 <= head < len(toks):
            return base
        if toks[head].upos not in ("VERB", "AUX"):
            return base
        from kg.coding.reading import read_verb
        from kg.coding.sentence import Sentence

        if self._sent is None or self._sent[0] != id(toks):
            self._sent = (id(toks), Sentence.from_toks(toks))
        reading = read_verb(self._sent[1], head + 1, self.dictionaries(), [])
        found = reading.code.split(":")[0] if reading is not None else ""
        if found[:2] == base[:2] and found[:2].isdigit():
            return found
        return base
