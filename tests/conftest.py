"""Shared fixtures: model folder discovery, CoNLL-U documents, temporary stores."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED_MODELS = ROOT.parent / "shared" / "models" / "stanza-small"


def find_models() -> Path | None:
    """KG_MODELS, else ../shared/models/stanza-small (development only), else None."""
    value = os.environ.get("KG_MODELS")
    if value and Path(value).is_dir():
        return Path(value)
    return SHARED_MODELS if SHARED_MODELS.is_dir() else None


@pytest.fixture(scope="session")
def models_dir() -> Path:
    d = find_models()
    if d is None:
        pytest.skip(
            "no Stanza models: set KG_MODELS to a model folder (see README, `kg models train`)"
        )
    return d


@pytest.fixture(scope="session")
def parser(models_dir):
    from kg.parse.stanza import Parser

    return Parser(models_dir=models_dir, threads=1)


@pytest.fixture(scope="session")
def extractor():
    from kg.extract import Extractor

    return Extractor.default()


@pytest.fixture
def doc_from():
    """Build a Stanza Document from a CoNLL-U string (no model needed)."""
    from kg.parse.conllu import to_document

    return to_document


@pytest.fixture
def write(tmp_path):
    """Write a file under tmp_path and return its path: write("a.txt", "text")."""

    def _write(name: str, content: str | bytes) -> Path:
        p = tmp_path / name
        p.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            p.write_bytes(content)
        else:
            p.write_text(content, encoding="utf-8")
        return p

    return _write


@pytest.fixture(autouse=True)
def _one_torch_thread(monkeypatch):
    monkeypatch.setenv("OMP_NUM_THREADS", "1")
