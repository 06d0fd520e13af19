"""Full CAMEO event codes and sub-state agents for kg's relation instances, read on the
predicate's verb the way :mod:`kg.coding` reads a sentence (PETRARCH's CAMEO.2.0 verbs,
Phoenix's agents, kg's own actors; all shipped).

* **code**: the verb dictionary's code is kept when it refines the relation's own code
  ("phoned" under ``talks_with``'s 040: ``041``; "provided humanitarian aid" under ``aids``'
  070: ``073``; see :func:`refines`); otherwise, for a noun predicate, and for languages the
  verb dictionary does not cover, the relation's representative code stands;
* **agents**: a state acting or acted on through one of its organs or groups ("Nigerian
  *police*", "the Georgian *government*", "*soldiers* from Veltria") keeps the state as the
  relation's subject or object and names the agent (``COP``, ``GOV``, ``MIL``): the store
  writes it as an actor of its own, linked to its state (``ir:agentOf``).

>>> EventCoder().read([], 0, None, "en", None, "", "")
('', '', '')
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

__all__ = ["EventCoder", "refines"]


def refines(found: str, base: str) -> bool:
    """Whether the dictionary's code ``found`` is a finer code of the relation's ``base``: a
    code under it (``112`` → ``1121``), or any code of its root when ``base`` is the root's
    general code (``040`` → ``041``), never a sibling (``accuses``' ``112`` is not ``111``).

    >>> refines("041", "040"), refines("1121", "112"), refines("111", "112"), refines("", "040")
    (True, True, False, False)
    """
    if not found[:2].isdigit() or found == base:
        return False
    return found.startswith(base) or (
        base.endswith("0") and len(base) == 3 and found[:2] == base[:2]
    )


@dataclass
class EventCoder:
    """Loads the dictionaries on first use (once per extractor); ``index``: kg's actors."""

    index: Any = None
    _dicts: Any = field(default=None, repr=False)
    _sent: tuple[list, Any, list | None, dict] | None = field(default=None, repr=False)

    def dictionaries(self) -> Any:
        if self._dicts is None:
            from kg.coding.dictionaries import CodingDictionaries, load_shipped
            from kg.knowledge.actor_codes import ActorCodes

            d = CodingDictionaries()
            d.add_verbs(load_shipped("verbs", "CAMEO.2.0"))
            d.add_verbs(load_shipped("verbs", "kg.verbs.txt"), extend=True)
            d.add_agents(load_shipped("agents", "Phoenix.agents"))
            d.add_agents(load_shipped("agents", "kg.agents.txt"))
            # agents are a state's: organisations need no Phoenix code here
            d.kg = ActorCodes(self.index, phoenix=False)
            self._dicts = d
        return self._dicts

    def read(
        self,
        toks: list[Any],
        head: int,
        rel: Any,
        lang: str,
        date: dt.date | None,
        subject: str,
        obj: str,
        mentions: list[Any] | None = None,
    ) -> tuple[str, str, str]:
        """(event code, subject agent, object agent) of relation ``rel`` between ``subject``
        and ``obj``, stated by the word ``toks[head]``; ``mentions``: the extractor's actor
        mentions of the sentence (``kg.extract.context.Mention``), reused as they are."""
        base = (getattr(rel, "cameo_code", None) or "") if rel is not None else ""
        if lang != "en" or not base or not toks or not 0 <= head < len(toks):
            return base, "", ""
        if toks[head].upos not in ("VERB", "AUX"):
            return base, "", ""
        from kg.coding.reading import read_verb
        from kg.coding.sentence import Sentence, find_mentions, find_units

        d = self.dictionaries()
        states = any(self._is_state(a) for a in (subject, obj))
        # the sentence read last, kept with its own word list (``is``, not an id a freed list
        # could hand on to the next sentence)
        if self._sent is None or self._sent[0] is not toks or (states and self._sent[2] is None):
            sent = Sentence.from_toks(toks)
            # actors and agents are read only when a side is a state (agents are a state's)
            known = self._known(sent, mentions) if mentions is not None else None
            units = find_units(sent, find_mentions(sent, d, known), date) if states else None
            self._sent = (toks, sent, units, {})
        _, sent, units, read = self._sent
        key = (head, units is not None)
        if key not in read:  # one reading per verb, whichever pair of its actors asks
            read[key] = read_verb(sent, head + 1, d, units or [])
        reading = read[key]
        if reading is None:
            return base, "", ""
        found = reading.code.split(":")[0]
        code = found if refines(found, base) else base
        ends = reading.sources + reading.targets
        return code, self._agent(ends, subject, date), self._agent(ends, obj, date)

    def _known(self, sent: Any, mentions: list[Any]) -> list[Any]:
        """The extractor's name, demonym, metonym and title mentions as the coder's."""
        from kg.coding.sentence import KgActor, Mention

        d, ids = self.dictionaries(), sent.ids
        return [
            Mention("actor", ids[m.start], ids[m.end - 1], KgActor(m.actor, d.kg))
            for m in mentions
            if m.kind in ("name", "demonym", "metonym", "title") and m.actor in d.kg.index
            and 0 <= m.start < m.end <= len(ids)
        ]  # fmt: skip

    def _is_state(self, actor: str) -> bool:
        index = self.dictionaries().kg.index
        return actor in index and index.get(actor).type == "State"

    def _agent(self, units: list[Any], actor: str, date: dt.date | None) -> str:
        """The agent part of the unit that is ``actor`` (a state), else ""."""
        if not self._is_state(actor):
            return ""
        state = self._dicts.kg(actor, date)
        for u in units:
            if u.actor == actor and state and u.code.startswith(state) and len(u.code) > len(state):
                return u.code[len(state) :]
        return ""
