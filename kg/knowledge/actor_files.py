"""The actor files: ``ontologies/actors/*.ttl`` and ``titles.tsv`` read into ``Actor`` records.

``read_actors(folder)`` parses the Turtle files with pyoxigraph (schema: ``ontologies/README.md``)
and returns the records that ``kg.knowledge.actors.ActorIndex`` indexes for name and title resolution.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox

from kg.errors import InputError
from kg.knowledge.ontology import IR, ontology_dir

ACT = "https://w3id.org/kg/actor/"
WD = "http://www.wikidata.org/entity/"
_RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
_LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
_COMMENT = "http://www.w3.org/2000/01/rdf-schema#comment"
_ALT = "http://www.w3.org/2004/02/skos/core#altLabel"

#: actor types, most specific first (an actor typed twice keeps the first)
TYPES = (
    "Person",
    "State",
    "IntergovernmentalOrganization",
    "Alliance",
    "Group",
    "ArmedGroup",
    "PublicEvent",
    "Organization",
)
ORG_TYPES = frozenset(
    {"Organization", "IntergovernmentalOrganization", "Alliance", "Group", "ArmedGroup"}
)


@dataclass(frozen=True)
class Term:
    """One term of office: ``office`` (an ``ir:`` office local name) of actor ``of``."""

    office: str
    of: str
    start: dt.date | None
    end: dt.date | None
    executive: bool

    def active(self, date: dt.date | None) -> bool:
        """Whether the term covers ``date`` (both ends inclusive); any term when ``date`` is None.

        >>> Term("President", "indonesia", dt.date(2014, 10, 20), dt.date(2024, 10, 20), True).active(
        ...     dt.date(2010, 1, 1))
        False
        """
        if date is None:
            return True
        return (self.start is None or self.start <= date) and (self.end is None or date <= self.end)

    def holds(self, office: str) -> bool:
        """Whether the term is ``office``; ``Leader`` is any top executive."""
        return self.office == office or (office == "Leader" and self.executive)


#: how many years before a dated public event a text can speak of it
EVENT_HORIZON_YEARS = 8


@dataclass
class Actor:
    """One actor of the dictionary; ``id`` is the local name in the ``act:`` namespace."""

    id: str
    label: str
    type: str  # State, Person, Organization, IntergovernmentalOrganization, Alliance, Group, ArmedGroup, PublicEvent
    names: dict[str, list[str]] = field(default_factory=dict)  # lang -> labels first, then aliases
    qid: str | None = None
    iso2: str | None = None
    iso3: str | None = None
    cameo: str | None = None
    demonyms: list[str] = field(default_factory=list)
    metonyms: list[str] = field(default_factory=list)
    surname: str | None = None
    nationality: str | None = None
    terms: list[Term] = field(default_factory=list)
    members: list[str] = field(default_factory=list)
    event_date: dt.date | None = None  # a public event's (first) day: ir:eventDate

    def in_office_first(self, date: dt.date) -> tuple:
        """A sort key among actors sharing a name: other actors before persons, persons in
        office on ``date`` before the rest, the latest to take office first."""
        starts = [t.start or dt.date.min for t in self.terms if t.active(date)]
        return (
            (0,)
            if self.type != "Person"
            else (1, not starts, -max(starts, default=date).toordinal())
        )

    def known_by(self, date: dt.date | None) -> bool:
        """Whether a text of ``date`` can speak of this actor: not of a dated public event
        more than :data:`EVENT_HORIZON_YEARS` ahead ("the Beijing Olympics" in 2008 is not
        the 2022 Winter Games; Games are awarded about seven years before)."""
        ahead = self.event_date is not None and date is not None
        return not (ahead and date.year < self.event_date.year - EVENT_HORIZON_YEARS)


def read_actors(
    directory: Path | None = None,
) -> tuple[dict[str, Actor], list[tuple[str, str, str]], dict[str, dict[str, str]]]:
    """(actors by id, (lang, form, office) title rows, notes by id) from every ``*.ttl`` of
    ``directory`` (default: the shipped actors) and its ``titles.tsv``."""
    folder = Path(directory) if directory is not None else ontology_dir() / "actors"
    files = sorted(folder.glob("*.ttl"))
    if not files:
        raise InputError(
            f"{folder}: no actor files (*.ttl); reinstall kg or pass the actors folder"
        )
    props: dict[str, list[tuple[str, ox.Term]]] = defaultdict(list)
    for path in files:
        try:
            for q in ox.parse(path=path, format=ox.RdfFormat.TURTLE, rename_blank_nodes=True):
                s = q.subject
                key = s.value if isinstance(s, ox.NamedNode) else "_:" + s.value
                props[key].append((q.predicate.value, q.object))
        except (SyntaxError, ValueError, OSError) as exc:
            raise InputError(f"{path}: {exc}; fix the Turtle file") from exc
    actors, notes = _build_actors(props)
    titles: list[tuple[str, str, str]] = []
    tsv = folder / "titles.tsv"
    if tsv.is_file():
        for n, line in enumerate(tsv.read_text(encoding="utf-8").splitlines()):
            cells = line.split("\t")
            if n == 0 or not line.strip() or line.startswith("#"):
                continue
            if len(cells) != 3:
                raise InputError(f"{tsv}:{n + 1}: want 3 tab-separated cells (lang form office)")
            titles.append((cells[0].strip(), cells[1].strip(), cells[2].strip()))

    return actors, titles, notes


#: ir: property -> Actor attribute (single value) / list attribute
_SCALARS = {"iso2": "iso2", "iso3": "iso3", "cameoCode": "cameo", "surname": "surname"}
_SCALARS |= {"wikidata": "qid", "nationality": "nationality"}
_LISTS = {"demonym": "demonyms", "metonym": "metonyms", "member": "members"}


def _build_actors(props: dict[str, list[tuple[str, ox.Term]]]) -> tuple[dict, dict]:
    """Actors (by id) and notes (unStatus, comment by id) from subject -> (predicate, object)."""
    ir = str(IR)
    scalars = {str(getattr(IR, k)): v for k, v in _SCALARS.items()}
    lists = {str(getattr(IR, k)): v for k, v in _LISTS.items()}
    term_p, status_p, date_p = str(IR.term), str(IR.unStatus), str(IR.eventDate)
    actors: dict[str, Actor] = {}
    notes: dict[str, dict[str, str]] = {}
    for subject, pairs in props.items():
        types = {o.value.removeprefix(ir) for pr, o in pairs if pr == _RDF_TYPE}
        typ = next((t for t in TYPES if t in types), None)
        if typ is None or not subject.startswith(ACT):
            continue
        aid = subject.removeprefix(ACT)
        actor = Actor(aid, aid, typ)
        labels: dict[str, list[str]] = defaultdict(list)
        alts: dict[str, list[str]] = defaultdict(list)
        for pr, o in pairs:
            value = o.value.removeprefix(ACT).removeprefix(WD)
            if pr in (_LABEL, _ALT):
                (labels if pr == _LABEL else alts)[o.language or ""].append(value)
            elif pr in scalars:
                setattr(actor, scalars[pr], value)
            elif pr == date_p:
                actor.event_date = dt.date.fromisoformat(value)
            elif pr in lists:
                getattr(actor, lists[pr]).append(value)
            elif pr in (status_p, _COMMENT):
                notes.setdefault(aid, {})["unStatus" if pr == status_p else "comment"] = value
            elif pr == term_p:
                node = "_:" + o.value if isinstance(o, ox.BlankNode) else o.value
                term = _term(dict((k, v.value) for k, v in props.get(node, [])), ir)
                if term is not None:
                    actor.terms.append(term)
        for lang in sorted(set(labels) | set(alts), key=lambda x: (x != "en", x != "id", x)):
            actor.names[lang] = list(dict.fromkeys(labels[lang] + alts[lang]))
        firsts = labels.get("en") or labels.get("") or [n for ns in labels.values() for n in ns]
        actor.label = firsts[0] if firsts else aid
        actor.members.sort()
        actor.terms.sort(key=lambda t: (t.start or dt.date.min, t.office))
        actors[aid] = actor
    return actors, notes


def _term(values: dict[str, str], ir: str) -> Term | None:
    office, of = values.get(str(IR.office)), values.get(str(IR.ofActor))
    if office is None or of is None:
        return None
    start, end = values.get(str(IR.start)), values.get(str(IR.end))
    return Term(
        office.removeprefix(ir),
        of.removeprefix(ACT),
        dt.date.fromisoformat(start[:10]) if start else None,
        dt.date.fromisoformat(end[:10]) if end else None,
        values.get(str(IR.executive), "false") in ("true", "1"),
    )
