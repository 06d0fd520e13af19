"""The CAMEO event codes: name, Goldstein score, quad class and PLOVER type of every code, at
full granularity (``ontologies/cameo/codes.tsv``; see its SOURCE.md).

>>> codes = load_cameo()
>>> codes["0231"].name, codes["0231"].goldstein, codes["0231"].quad_class, codes["0231"].plover
('Appeal for economic aid', 3.4, 1, 'REQUEST')
>>> codes.get("1956") is None, codes.nearest("1956").code
(True, '195')
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path

from kg.errors import KgError

__all__ = ["CameoCodes", "EventCode", "load_cameo"]


@dataclass(frozen=True)
class EventCode:
    code: str
    name: str
    goldstein: float
    quad_class: int
    plover: str | None
    plover_mode: str | None

    @property
    def root(self) -> str:
        return self.code[:2]


class CameoCodes(dict):
    """Event codes by code string."""

    def nearest(self, code: str) -> EventCode | None:
        """The code, else its closest ancestor (``1956`` → ``195`` → ``19``)."""
        for k in range(len(code), 1, -1):
            if code[:k] in self:
                return self[code[:k]]
        return None


def load_cameo(path: str | Path | None = None) -> CameoCodes:
    """The CAMEO code table (kg's own unless ``path`` names another TSV of the same columns)."""
    if path is None:
        from kg.knowledge.ontology import ontology_dir

        path = ontology_dir() / "cameo" / "codes.tsv"
    out = CameoCodes()
    try:
        with open(path, encoding="utf-8", newline="") as fh:
            for row in csv.DictReader(fh, delimiter="\t"):
                out[row["code"]] = EventCode(
                    row["code"],
                    row["name"],
                    float(row["goldstein"]),
                    int(row["quad_class"]),
                    row["plover"] or None,
                    row["plover_mode"] or None,
                )
    except (OSError, KeyError, ValueError) as exc:
        raise KgError(f"{path}: cannot read the CAMEO code table ({exc}); reinstall kg") from exc
    return out
