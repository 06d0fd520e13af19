"""kg: knowledge graphs of international relations from news text.

>>> import kg
>>> store = kg.open("memory")            # or a folder, or a SPARQL endpoint URL
"""

from __future__ import annotations

__version__ = "0.1.0"
