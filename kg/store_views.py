"""Read-only views of a store: counts, relation instances as rows, actor lookups.

:class:`kg.store.Store` inherits them; they only read, through the store's ``_select``.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Sequence
from typing import Any

from kg.errors import NotFoundError
from kg.ontology import ACT, ACTOR_GRAPH, META_GRAPH
from kg.rdfmodel import instances_query, iri, lit, row, row_key


class StoreViews:
    """Counts and rows over a store's graphs (mixed into :class:`kg.store.Store`)."""

    def stats(self) -> dict[str, Any]:
        """Counts: articles, duplicates, sentences, actors, relation instances (by relation,
        language, factuality), distinct triples (exports hold exactly this many), quads."""
        arts = self._select(
            "SELECT (COUNT(?a) AS ?n) (COUNT(?d) AS ?dups) (SUM(?c) AS ?sents) WHERE { GRAPH ?a { ?a a ir:Article "
            "OPTIONAL { ?a ir:duplicateOf ?x BIND(?a AS ?d) } OPTIONAL { ?a ir:sentenceCount ?c } } }"
        )[0]
        rows = self._select(
            "SELECT ?r ?f ?lang (COUNT(?e) AS ?n) WHERE { GRAPH ?a { ?e a ir:RelationMention ; ir:relation ?r ; "
            "ir:factuality ?f OPTIONAL { ?a dcterms:language ?lang } } } GROUP BY ?r ?f ?lang"
        )
        by: dict[str, Counter] = {
            "relation": Counter(),
            "language": Counter(),
            "factuality": Counter(),
        }
        for r in rows:
            n = int(r["n"].value)
            by["relation"][r["r"].value.rsplit("#", 1)[-1]] += n
            by["factuality"][r["f"].value.rsplit("#", 1)[-1]] += n
            by["language"][r["lang"].value if r["lang"] else "und"] += n
        actors = self._select(
            f"SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE {{ GRAPH <{ACTOR_GRAPH}> {{ ?a rdfs:label ?l }} }}"
        )
        total = int(arts["n"].value)
        dups = int(arts["dups"].value)
        return {
            "articles": total - dups,
            "duplicates": dups,
            "sentences": int(arts["sents"].value) if arts["sents"] else 0,
            "actors": int(actors[0]["n"].value),
            "relation_instances": sum(by["relation"].values()),
            "by_relation": dict(by["relation"].most_common()),
            "by_language": dict(by["language"].most_common()),
            "by_factuality": dict(by["factuality"].most_common()),
            "triples": self.triple_count(),
            "quads": len(self),
            "version": self.version(),
        }

    def triple_count(self) -> int:
        """Distinct triples over every graph but kg's bookkeeping graph (what exports hold)."""
        rows = self._select(
            f"SELECT (COUNT(*) AS ?n) WHERE {{ SELECT DISTINCT ?s ?p ?o WHERE {{ GRAPH ?g {{ ?s ?p ?o }} FILTER(?g != <{META_GRAPH}>) }} }}"
        )
        return int(rows[0]["n"].value)

    def resolve_actor(self, actor: str) -> list[str]:
        """Actor IRIs for an id (``russia``, ``act:russia``), an IRI or a label (any case)."""
        name = actor.strip()
        if name.startswith("<") and name.endswith(">"):
            name = name[1:-1]
        key = name.removeprefix(str(ACT)).removeprefix("act:")
        rows = self._select(
            f"SELECT DISTINCT ?a WHERE {{ GRAPH <{ACTOR_GRAPH}> {{ ?a rdfs:label ?l }} "
            f"FILTER(?a = {iri(ACT[re.sub(r'[^A-Za-z0-9_]', '_', key)])} || LCASE(STR(?l)) = LCASE({lit(name)})) }}"
        )
        if not rows:
            raise NotFoundError(
                f"no actor {actor!r} in the store {self.location}; check the spelling (ids and English labels work)"
            )
        return [r["a"].value for r in rows]

    def relation_instances(
        self,
        since: dt.date | None = None,
        until: dt.date | None = None,
        factualities: Sequence[str] = ("asserted", "reported"),
        actor: str | None = None,
    ) -> list[dict[str, Any]]:
        """One dict per relation instance (keys: event, subject, subject_label, subject_type,
        relation, object, object_label, object_type, date, factuality, confidence, pattern,
        sentence, sentence_index, speaker, article, url, title, lang, source), sorted by date,
        article and sentence index. Instances without a date are left out when since/until is given."""
        rows = self._select(instances_query(self, since, until, factualities, actor))
        return sorted((row(r) for r in rows), key=row_key)
