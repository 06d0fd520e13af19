"""Namespaces and the relation ontology (``ontologies/ir.ttl``).

>>> from kg.knowledge.ontology import IR, relation
>>> IR.talks_with
rdflib.term.URIRef('https://w3id.org/kg/ir#talks_with')
>>> relation("talks_with").cameo_code
'040'
"""

from __future__ import annotations

import difflib
import importlib.util
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, DefinedNamespace

from kg.errors import NotFoundError

__all__ = [
    "ACT",
    "ART",
    "DCTERMS",
    "PROV",
    "EV",
    "EVENT_GRAPH",
    "IR",
    "PREFIXES",
    "REV",
    "SEM",
    "SCHEMA",
    "WD",
    "ACTOR_GRAPH",
    "Relation",
    "load_relations",
    "ontology_dir",
    "relation",
]


class IR(DefinedNamespace):
    """The closed ``ir:`` namespace: every term of ``ontologies/ir.ttl`` and nothing else."""

    _fail = True
    _NS = Namespace("https://w3id.org/kg/ir#")

    # classes
    Actor: URIRef
    State: URIRef
    Person: URIRef
    Organization: URIRef
    IntergovernmentalOrganization: URIRef
    Alliance: URIRef
    Group: URIRef
    ArmedGroup: URIRef
    Agent: URIRef
    PublicEvent: URIRef
    RelationMention: URIRef
    ReportedEvent: URIRef
    Article: URIRef
    Term: URIRef
    Office: URIRef
    Factuality: URIRef
    Polarity: URIRef

    # offices (ir:Office individuals)
    President: URIRef
    VicePresident: URIRef
    PrimeMinister: URIRef
    Chancellor: URIRef
    Monarch: URIRef
    SupremeLeader: URIRef
    ForeignMinister: URIRef
    DefenceMinister: URIRef
    SecretaryGeneral: URIRef
    Chair: URIRef
    Official: URIRef
    Leader: URIRef

    # factuality and polarity values
    asserted: URIRef
    negated: URIRef
    future: URIRef
    reported: URIRef
    cooperative: URIRef
    conflictual: URIRef
    neutral: URIRef

    # annotations of relations
    polarity: URIRef
    cameoRoot: URIRef
    cameoCode: URIRef  # also an actor's CAMEO actor code
    quadClass: URIRef
    ploverType: URIRef
    goldstein: URIRef

    # super-properties of the relations
    actorRelation: URIRef
    eventRelation: URIRef
    structuralRelation: URIRef

    # relations between actors (CAMEO root in the comment)
    makes_statement: URIRef  # 01
    briefs: URIRef  # 01
    appeals_to: URIRef  # 02
    requests: URIRef  # 02
    invites: URIRef  # 02
    applies_to_join: URIRef  # 02
    expresses_intent_to_cooperate: URIRef  # 03
    talks_with: URIRef  # 04
    meets: URIRef  # 04
    visits: URIRef  # 04
    hosts: URIRef  # 04
    negotiates_with: URIRef  # 04
    chairs: URIRef  # 04
    cooperates_with: URIRef  # 05
    supports: URIRef  # 05
    praises: URIRef  # 05
    congratulates: URIRef  # 05
    signs_agreement_with: URIRef  # 05
    engages_in_material_cooperation: URIRef  # 06
    trades_with: URIRef  # 06
    allies_with: URIRef  # 06
    aids: URIRef  # 07
    yields_to: URIRef  # 08
    investigates: URIRef  # 09
    demands: URIRef  # 10
    opposes: URIRef  # 11
    criticizes: URIRef  # 11
    accuses: URIRef  # 11
    summons: URIRef  # 11
    rejects: URIRef  # 12
    warns: URIRef  # 13
    threatens: URIRef  # 13
    protests: URIRef  # 14
    boycotts: URIRef  # 14
    exhibits_force_posture: URIRef  # 15
    sends_troops_to: URIRef  # 15
    violates_sovereignty_of: URIRef  # 15
    reduces_relations_with: URIRef  # 16
    sanctions: URIRef  # 16
    coerces: URIRef  # 17
    assaults: URIRef  # 18
    attacks: URIRef  # 19
    fights: URIRef  # 19
    blockades: URIRef  # 19
    occupies: URIRef  # 19
    uses_mass_violence: URIRef  # 20
    member_of: URIRef  # structural
    leader_of: URIRef  # structural
    official_of: URIRef  # structural

    # actor properties
    iso2: URIRef
    iso3: URIRef
    wikidata: URIRef
    demonym: URIRef
    metonym: URIRef
    unStatus: URIRef
    surname: URIRef
    nationality: URIRef
    term: URIRef
    office: URIRef
    ofActor: URIRef
    start: URIRef
    end: URIRef
    executive: URIRef
    member: URIRef

    # relation mention properties
    subject: URIRef
    relation: URIRef
    object: URIRef
    factuality: URIRef
    confidence: URIRef
    pattern: URIRef
    eventCode: URIRef
    subjectAgent: URIRef
    objectAgent: URIRef
    agentOf: URIRef
    agentCode: URIRef
    eventDate: URIRef
    sentence: URIRef
    sentenceIndex: URIRef
    charStart: URIRef
    charEnd: URIRef
    speaker: URIRef
    quantity: URIRef
    percent: URIRef

    # reported event properties (kg.store.events: mentions of one real-world event)
    hasMention: URIRef
    clusterKey: URIRef
    sourceActor: URIRef
    targetActor: URIRef
    directed: URIRef
    mainRelation: URIRef
    eventFactuality: URIRef
    eventConfidence: URIRef
    mentionCount: URIRef
    articleCount: URIRef
    outletCount: URIRef
    firstReported: URIRef
    lastReported: URIRef

    # article properties
    sha256: URIRef
    source: URIRef
    outlet: URIRef
    sentenceCount: URIRef
    extractor: URIRef
    duplicateOf: URIRef


ACT = Namespace("https://w3id.org/kg/actor/")
ART = Namespace("https://w3id.org/kg/article/")
EV = Namespace("https://w3id.org/kg/event/")
REV = Namespace("https://w3id.org/kg/reported-event/")
SEM = Namespace("http://semanticweb.cs.vu.nl/2009/11/sem/")
SCHEMA = Namespace("https://schema.org/")
WD = Namespace("http://www.wikidata.org/entity/")

ACTOR_GRAPH = URIRef("https://w3id.org/kg/graph/actors")
EVENT_GRAPH = "https://w3id.org/kg/graph/events"  # reported events (see kg.store.events)
META_GRAPH = "https://w3id.org/kg/graph/meta"  # kg's bookkeeping (see kg.store)

PREFIXES: dict[str, str] = {
    "ir": str(IR._NS),
    "act": str(ACT),
    "art": str(ART),
    "ev": str(EV),
    "rev": str(REV),
    "prov": str(PROV),
    "sem": str(SEM),
    "dcterms": str(DCTERMS),
    "schema": str(SCHEMA),
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "owl": "http://www.w3.org/2002/07/owl#",
    "wd": str(WD),
}

POLARITIES = ("cooperative", "conflictual", "neutral")


def ontology_dir() -> Path:
    """The folder of the shipped ontologies (``ir.ttl``, ``actors/``, ``lexicon/``).

    Installed: ``kg/ontologies`` beside the package; source checkout: the
    repository's top-level ``ontologies/``.
    """
    import kg

    here = Path(kg.__file__).resolve().parent
    for candidate in (here / "ontologies", here.parent / "ontologies"):
        if (candidate / "ir.ttl").is_file():
            return candidate
    spec = importlib.util.find_spec("kg.ontologies")  # editable installs map the package
    for location in (spec.submodule_search_locations or []) if spec else []:
        if (Path(location) / "ir.ttl").is_file():
            return Path(location)
    raise NotFoundError(
        f"cannot find the ontologies folder (ir.ttl) beside {here}; reinstall kg (pip install kg)"
    )


@dataclass(frozen=True)
class Relation:
    """One relation between actors as ``ir.ttl`` describes it."""

    name: str
    label_en: str
    label_id: str
    symmetric: bool
    polarity: str  # 'cooperative' | 'conflictual' | 'neutral'
    cameo_root: str | None
    cameo_code: str | None
    quad_class: int | None
    plover: str | None
    goldstein: float | None
    structural: bool

    @property
    def iri(self) -> URIRef:
        """The relation's IRI (``ir:<name>``)."""
        return IR._NS[self.name]


def _label(graph: Graph, node: URIRef, lang: str) -> str:
    for value in graph.objects(node, RDFS.label):
        if isinstance(value, Literal) and value.language == lang:
            return str(value)
    return ""


def _value(graph: Graph, node: URIRef, prop: URIRef) -> Literal | URIRef | None:
    return next(iter(graph.objects(node, prop)), None)


@lru_cache(maxsize=1)
def _ir_graph() -> Graph:
    graph = Graph()
    graph.parse(ontology_dir() / "ir.ttl", format="turtle")
    return graph


@lru_cache(maxsize=1)
def load_relations() -> dict[str, Relation]:
    """Every relation of ``ir.ttl`` by name (properties with an ``ir:polarity``), sorted."""
    graph = _ir_graph()
    ns = str(IR._NS)
    relations: dict[str, Relation] = {}
    for prop in graph.subjects(RDF.type, OWL.ObjectProperty):
        polarity = _value(graph, prop, IR.polarity)
        if polarity is None or not str(prop).startswith(ns):
            continue
        name = str(prop)[len(ns) :]
        root = _value(graph, prop, IR.cameoRoot)
        code = _value(graph, prop, IR.cameoCode)
        quad = _value(graph, prop, IR.quadClass)
        plover = _value(graph, prop, IR.ploverType)
        gold = _value(graph, prop, IR.goldstein)
        relations[name] = Relation(
            name=name,
            label_en=_label(graph, prop, "en"),
            label_id=_label(graph, prop, "id"),
            symmetric=(prop, RDF.type, OWL.SymmetricProperty) in graph,
            polarity=str(polarity)[len(ns) :],
            cameo_root=None if root is None else str(root),
            cameo_code=None if code is None else str(code),
            quad_class=None if quad is None else int(quad),
            plover=None if plover is None else str(plover),
            goldstein=None if gold is None else float(gold),
            structural=(prop, RDFS.subPropertyOf, IR.structuralRelation) in graph,
        )
    return dict(sorted(relations.items()))


def relation(name: str) -> Relation:
    """The relation called ``name`` (``talks_with``); NotFoundError names close matches."""
    relations = load_relations()
    key = name.strip()
    if key in relations:
        return relations[key]
    close = difflib.get_close_matches(key, list(relations), n=3, cutoff=0.6)
    hint = f"did you mean {', '.join(close)}?" if close else "see ontologies/ir.ttl for the list"
    raise NotFoundError(f"unknown relation {name!r}; {hint}")


@lru_cache(maxsize=1)
def specialisations() -> dict[str, frozenset[str]]:
    """Relation name → the relations declared ``rdfs:subPropertyOf`` it
    (``member_of`` → ``{official_of}``): a more specific claim implies the general one."""
    graph = _ir_graph()
    names = set(load_relations())
    out: dict[str, set[str]] = {}
    for child, parent in graph.subject_objects(RDFS.subPropertyOf):
        c, p = str(child).rsplit("#", 1)[-1], str(parent).rsplit("#", 1)[-1]
        if c in names and p in names:
            out.setdefault(p, set()).add(c)
    return {k: frozenset(v) for k, v in out.items()}
