"""CAMEO actor codes of kg's actors on a date, as Phoenix writes them (``RUS``, ``RUSGOV``,
``IGOUNO``): used by ``kg code``, the CAMEO and PLOVER exports and the dictionary coder.

>>> codes = ActorCodes()                                              # doctest: +SKIP
>>> codes("vladimir_putin", dt.date(2021, 12, 15))                    # doctest: +SKIP
'RUSGOV'
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

__all__ = ["AGENT_NAMES", "ActorCodes", "agent_id", "agent_label", "split_agent_id"]

#: names of the CAMEO/Phoenix agent codes, for labels ("Nigeria police")
AGENT_NAMES = {
    "GOV": "government", "MIL": "military", "COP": "police", "REB": "rebels",
    "OPP": "opposition", "PTY": "political party", "BUS": "business", "MED": "media",
    "CVL": "civilians", "JUD": "judiciary", "LEG": "legislature", "SPY": "intelligence",
    "EDU": "education", "HLH": "health", "REF": "refugees", "LAB": "labour",
    "AGR": "agriculture", "ELI": "elites", "CRM": "criminals", "UAF": "armed gunmen",
    "IGO": "intergovernmental organisations", "NGO": "non-governmental organisations",
    "REL": "religious", "ENV": "environment", "HRI": "human rights", "MOD": "moderates",
    "RAD": "radicals", "INS": "insurgents", "SEP": "separatists", "PPL": "people",
    "DEV": "development", "IMG": "international militants", "MNC": "multinational business",
    "FRM": "foreign ministry",
}  # fmt: skip
_SEP = "__"


def agent_id(actor: str, agent: str) -> str:
    """The actor id of ``actor``'s agent: ``agent_id("nigeria", "COP")`` → ``nigeria__cop``.

    >>> agent_id("georgia", "GOVMED"), split_agent_id("georgia__govmed")
    ('georgia__govmed', ('georgia', 'GOVMED'))
    """
    return f"{actor}{_SEP}{agent.lower()}"


def split_agent_id(actor_id: str) -> tuple[str, str] | None:
    """(actor, agent code) of an agent's id, None for any other id."""
    actor, sep, agent = actor_id.rpartition(_SEP)
    if not sep or not actor or not agent.isalpha() or len(agent) % 3:
        return None
    return actor, agent.upper()


def agent_label(label: str, agent: str) -> str:
    """``Nigeria police``; several codes joined: ``Georgia government media``."""
    parts = [agent[i : i + 3] for i in range(0, len(agent), 3)]
    return " ".join([label, *(AGENT_NAMES.get(p, p) for p in parts)])


class ActorCodes:
    """CAMEO actor codes of kg's actors on a date, as Phoenix writes them.

    * a state: its ISO3 code (``RUS``);
    * a person: the state of a government office held on the date + ``GOV`` (``RUSGOV``),
      the organisation's code for an office of one (the UN Secretary-General: ``IGOUNO``),
      after a state office has ended that state + ``ELI`` (Phoenix codes former leaders as
      elites: ``GBRELI`` for Boris Johnson in 2024), else the person's state (nationality);
    * an organisation: the code the Phoenix dictionaries give one of its names (``IGOUNO``,
      ``IGOWSTNAT`` for NATO), else its own CAMEO code, else its id upper-cased; an armed
      group whose own code is a state's agent keeps it (``PSEREB``, not Phoenix's regional
      ``MEAREB`` for Palestinian Islamic Jihad);
    * an actor of a PETRARCH dictionary (``records``): that dictionary's code on the date.
    """

    def __init__(
        self,
        index: Any = None,
        records: Mapping[str, Any] | None = None,
        new_actors: Mapping[str, Any] | None = None,
        phoenix: bool = True,
    ) -> None:
        """``phoenix`` False: organisations keep their own CAMEO code (the Phoenix actor
        dictionaries, 0.3 s to load, are not read)."""
        if index is None:
            from kg.knowledge.actors import load_actors

            index = load_actors()
        self.index = index
        self.records = dict(records or {})
        self.new_actors = dict(new_actors or {})
        self._phoenix: dict[str, str] | None = None if phoenix else {}

    def __call__(self, actor_id: str, date: dt.date | None) -> str:
        if actor_id in self.records:
            from kg.knowledge.petrarch.actor_index import code_on

            return code_on(self.records[actor_id], date)
        if actor_id not in self.index:
            new = self.new_actors.get(actor_id)
            nationality = getattr(new, "nationality", None)
            return self(nationality, date) if nationality in self.index else ""
        actor = self.index.get(actor_id)
        if actor.type == "State":
            return state_code(actor)
        if actor.type == "Person":
            return self._person(actor, date)
        own = actor.cameo or ""
        if actor.type == "ArmedGroup" and len(own) == 6 and own[:3] not in ("IMG", "IGO", "NGO"):
            return own  # a state's armed group, as kg codes it (Phoenix: PIJ is MEAREB)
        return self.phoenix_code(actor) or own or actor.id.upper()

    def _person(self, actor: Any, date: dt.date | None) -> str:
        if date is not None:
            held = [
                self.index.get(t.of) for t in actor.terms if t.active(date) and t.of in self.index
            ]
            states = [a for a in held if a.type == "State" and (a.iso3 or a.cameo)]
            if states:
                return state_code(states[0])[:3] + "GOV"
            orgs = [a for a in held if a.type != "Person"]
            if orgs:
                return self(orgs[0].id, date)
            former = [
                self.index.get(t.of)
                for t in actor.terms
                if t.end is not None and t.end < date and t.of in self.index
            ]
            former = [a for a in former if a.type == "State" and (a.iso3 or a.cameo)]
            if former:  # Phoenix's convention: a former office holder is one of the elite
                return state_code(former[-1])[:3] + "ELI"
        if actor.nationality and actor.nationality in self.index:
            return self(actor.nationality, date)
        cameo = (actor.cameo or "")[:3]
        states = {state_code(a) for a in self.index if a.type == "State"}
        return cameo if cameo in states else ""

    def phoenix_code(self, actor: Any) -> str:
        """The code the Phoenix international and non-state actor dictionaries give the actor's
        label ("" when they have none, or only a bare ``IGO``/``NGO``). Aliases are not looked
        up: "Ansar Allah" (the Houthis) is Hezbollah's entry there."""
        from kg.knowledge.names import normalize

        if self._phoenix is None:
            from kg.knowledge.petrarch import load_compiled

            self._phoenix = {}
            for name in ("Phoenix.International.actors", "Phoenix.MilNonState.actors"):
                for e in load_compiled(name):
                    defaults = [r.code for r in e.roles if r.is_default]
                    for p in e.names if defaults else ():
                        self._phoenix.setdefault(normalize(p.text), defaults[0])
        code = self._phoenix.get(normalize(actor.label), "")
        return code if len(code) > 3 else ""


def state_code(actor: Any) -> str:
    """A state's code in event data: its ISO 3166 alpha-3 code, save where that is a
    user-assigned X-code and the event-data dictionaries give it one (Kosovo: ``XKX`` in
    ISO's user range, ``KSV`` in CAMEO and Phoenix)."""
    iso3 = actor.iso3 or ""
    if actor.cameo and (not iso3 or iso3.startswith("X")):
        return actor.cameo
    return iso3
