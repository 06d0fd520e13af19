"""Relation graphs of a store: the networkx projection (:mod:`.project`), one store's cached
projections and the analytics on them (:mod:`.view`), paths (:mod:`.routes`), allies, rivals,
balance, blocs and centrality (:mod:`.analysis`) on edge weights that measure alignment
(:mod:`.weights`), drawings (:mod:`.draw`, :mod:`.html`,
:mod:`.style`).
"""

from kg.graph.project import aggregate, project
from kg.graph.view import GraphView, to_networkx

__all__ = ["GraphView", "aggregate", "project", "to_networkx"]
