"""Readers for the PETRARCH2/Phoenix event-coding dictionaries (pure Python, stdlib only).

The formats are described in PETRARCH2's ``docs/dictionaries.rst``:

* actors (``*.actors.txt``): a primary phrase, ``+`` synonym lines, then codes in
  ``[...]``, each optionally dated (``[USAGOV 20090120-20170120]``, ``[ARMGOV >080409]``,
  ``[HOB <950601]``); dates are YYYYMMDD or YYMMDD.
* agents (``*.agents.txt``): ``PHRASE {plural} [~CODE]`` and ``!MARKER! = A, B`` sets.
* verbs (CAMEO): see :mod:`kg.knowledge.petrarch.verbs`.
* discards: one phrase per line, ``+`` for story-level discards.

Each reader returns typed frozen records. A line that cannot be read at all raises
:class:`~kg.errors.InputError` naming ``file:line``; a line that can be read but is
defective (as the upstream files have a few) is skipped and noted in the optional
``report`` (``strict=True`` raises for those too). Irregular lines that are read anyway
are noted in ``report.irregular``.

``load_compiled(name)`` reads the gzip'd JSON written by ``scripts/convert_petrarch.py``
into ``ontologies/petrarch`` (shipped as ``kg.ontologies.petrarch``).
"""

from kg.knowledge.petrarch import model
from kg.knowledge.petrarch.compiled import compiled_dir, compiled_names, load_compiled
from kg.knowledge.petrarch.model import *  # noqa: F403 (the records; model.__all__ names them)
from kg.knowledge.petrarch.readers import read_actors, read_agents, read_discards, regular_plural
from kg.knowledge.petrarch.verbs import read_verbs

__all__ = [
    *model.__all__,
    "compiled_dir",
    "compiled_names",
    "load_compiled",
    "read_actors",
    "read_agents",
    "read_discards",
    "read_verbs",
    "regular_plural",
]
