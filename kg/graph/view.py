"""One store's relation graphs, cached per store version, and the analytics and drawings run
on them (:class:`GraphView`); :func:`to_networkx` for a single projection."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Iterable, Mapping
from datetime import date
from typing import Any

import networkx as nx

from kg.errors import KgError, NotFoundError
from kg.graph import analysis, routes
from kg.graph.project import project
from kg.knowledge.actors import load_actors
from kg.knowledge.ontology import load_relations
from kg.protocols import RelationSource
from kg.records import DEFAULT_FACTUALITIES, as_date


class GraphView:
    """Projections of one store, cached per ``(store.version(), options)``; the analytics on them.

    ``actors`` (``kg.knowledge.actors.ActorIndex``) and ``relations`` (``kg.knowledge.ontology.load_relations()``)
    are loaded when not given. Graphs returned are frozen: copy them before changing them.
    """

    def __init__(
        self,
        store: RelationSource,
        *,
        actors: Any = None,
        relations: Mapping | None = None,
        cache_size: int = 8,
    ):
        self.store = store
        self._actors = actors
        self._relations = relations
        self._cache: OrderedDict[tuple, nx.Graph] = OrderedDict()
        self._cache_size = cache_size

    @property
    def actors(self) -> Any:
        if self._actors is None:
            self._actors = load_actors()
        return self._actors

    @property
    def relations(self) -> Mapping:
        if self._relations is None:
            self._relations = load_relations()
        return self._relations

    def actor_info(self, actor_id: str) -> tuple[str, str] | None:
        """(label, type) of a dictionary actor, None when the dictionary lacks it."""
        try:
            actor = self.actors.get(actor_id)
        except KgError:
            return None
        return None if actor is None else (actor.label, str(actor.type).rsplit("#", 1)[-1])

    def state_of(self, actor_id: str, when: date | None) -> str | None:
        """The state a person served (or belongs to) at ``when``; None when unknown."""
        try:
            return self.actors.state_of(actor_id, when)
        except KgError:
            return None

    def resolve(self, text: str) -> str | None:
        """Actor id for a user's name ("Rusia", "Putin"), or None."""
        found = self.actors.resolve(text)
        return found.actor.id if found is not None else None

    def to_networkx(
        self,
        *,
        level: str = "actor",
        since: date | str | None = None,
        until: date | str | None = None,
        factualities: Iterable[str] = DEFAULT_FACTUALITIES,
        directed: bool = False,
        count: str = "events",
    ) -> nx.Graph:
        """The projection (see ``kg.graph``'s docstring for attributes), cached per store
        version; ``count``: 'events' (a reported event once) or 'mentions' (every article's)."""
        since, until = as_date(since, "--since"), as_date(until, "--until")
        facts = tuple(sorted(set(factualities)))
        key = (self.store.version(), level, since, until, facts, directed, count)
        if key in self._cache:
            self._cache.move_to_end(key)
            return self._cache[key]
        rows = self.store.relation_instances(since=since, until=until, factualities=facts)
        G = project(
            rows,
            level=level,
            relations=self.relations,
            state_of=self.state_of,
            actor_info=self.actor_info,
            since=since,
            until=until,
            factualities=facts,
            directed=directed,
            count=count,
        )
        G.graph["store_version"] = key[0]
        self._cache[key] = nx.freeze(G)
        while len(self._cache) > self._cache_size:
            self._cache.popitem(last=False)
        return G

    def graph(self, **opts: Any) -> nx.Graph:
        """The projection, refusing an empty one (nothing to analyse)."""
        G = self.to_networkx(**opts)
        if G.number_of_edges() == 0:
            raise NotFoundError(
                "the store has no relations in this selection; run kg build first or widen --since/--until"
            )
        return G

    def paths(
        self, a: str, b: str, *, polarity: str = "cooperative", k: int = 3, **opts: Any
    ) -> list:
        return routes.paths(self.graph(**opts), a, b, polarity=polarity, k=k, resolve=self.resolve)

    def allies(self, a: str, *, top: int = 10, **opts: Any) -> list:
        return analysis.allies(self.graph(**opts), a, top=top, resolve=self.resolve)

    def rivals(self, a: str, *, top: int = 10, **opts: Any) -> list:
        return analysis.rivals(self.graph(**opts), a, top=top, resolve=self.resolve)

    def balance(self, *, top: int = 10, **opts: Any):
        return analysis.balance(self.graph(**opts), top=top)

    def blocs(self, **opts: Any) -> list:
        return analysis.blocs(self.graph(**opts))

    def central(self, *, top: int = 10, **opts: Any) -> list:
        return analysis.central(self.graph(**opts), top=top)

    def timeline(
        self,
        actors: list[str] | tuple[str, ...],
        *,
        since: date | str | None = None,
        until: date | str | None = None,
        factualities: Iterable[str] = DEFAULT_FACTUALITIES,
        **opts: Any,
    ):
        """``kg.graph.timeline.timeline`` of an actor or a dyad over the store's relation
        instances (``opts``: ``by``, ``level``, ``count``, ``peaks``)."""
        from kg.graph.timeline import timeline

        since, until = as_date(since, "--since"), as_date(until, "--until")
        facts = tuple(sorted(set(factualities)))
        rows = self.store.relation_instances(since=since, until=until, factualities=facts)
        return timeline(
            rows,
            actors,
            relations=self.relations,
            state_of=self.state_of,
            actor_info=self.actor_info,
            resolve=self.resolve,
            since=since,
            until=until,
            factualities=facts,
            **opts,
        )

    def draw(
        self,
        out: Any,
        *,
        focus: str | None = None,
        depth: int = 1,
        title: str | None = None,
        **opts: Any,
    ):
        from kg.graph.draw import draw

        return draw(
            self.to_networkx(**opts),
            out,
            title=title,
            focus=focus,
            depth=depth,
            resolve=self.resolve,
        )


def to_networkx(store: RelationSource, **opts: Any) -> nx.Graph:
    """``GraphView(store).to_networkx(**opts)``: level, since, until, factualities, directed,
    count."""
    return GraphView(store).to_networkx(**opts)
