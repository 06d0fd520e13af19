"""The RDF store: one named graph per article, written atomically; actors; provenance.

>>> from kg.store import Store
>>> with Store.open("memory") as store:
...     len(store.relation_instances())
0

Locations: a folder (embedded Oxigraph on disk, default ``./kg-store``), ``"memory"``, or
``http(s)://...`` (a SPARQL 1.1 endpoint, see :class:`kg.store.endpoint.RemoteEndpoint`).

What is written (see the README's RDF model): the article's graph ``art:<id>`` (article
node, one ``ir:RelationMention`` per relation instance, and the direct triple
``actor —relation→ actor`` for asserted and reported instances); the events graph
``EVENT_GRAPH`` (one ``ir:ReportedEvent`` per real-world event, linking the mentions of
every article that reports it, kept current in each article's transaction:
:mod:`.events`); the actor graph (descriptions of the actors used); and kg's bookkeeping graph ``META_GRAPH`` (a write
counter for :meth:`Store.version`, a MinHash signature per article for near-duplicate
detection). The bookkeeping graph is left out of exports and of ``stats()["triples"]``,
the number of distinct triples over all other graphs; this is the count a Turtle export
holds. The ontology graph ``ONTOLOGY_GRAPH`` holds ``ontologies/ir.ttl`` (reloaded when it
changes), so queries can use a relation's polarity, CAMEO code, quad class and Goldstein
score. kg writes no triple into the default graph.

One writer at a time on a folder: the writer holds ``kg.lock`` (flock) in the folder, and a
second writer gets :class:`StoreLockedError` at once. Readers open read-only and see the
store as it was when they opened it (whole articles only).

Modules: :mod:`.store` (the :class:`Store`), :mod:`.articles` (writing and removing
articles), :mod:`.rdf` (the N-Triples kg writes), :mod:`.dedup` (near-duplicates),
:mod:`.events` and :mod:`.event_graph` (mentions merged into reported events),
:mod:`.views` (counts and relation instances read back), :mod:`.endpoint` and :mod:`.lock`
(where SPARQL runs; one writer, many readers), :mod:`.sparql`, :mod:`.query` and
:mod:`.results` (user SPARQL), :mod:`.validate` (SHACL).
"""

from kg.knowledge.ontology import META_GRAPH
from kg.store.articles import ONTOLOGY_GRAPH
from kg.store.dedup import minhash
from kg.store.store import Store

__all__ = ["META_GRAPH", "ONTOLOGY_GRAPH", "Store", "minhash"]
