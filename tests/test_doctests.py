"""The examples in kg's docstrings run (the installed package's modules, as a user imports them)."""

from __future__ import annotations

import doctest
import importlib

import pytest
from test_layout import MODULES

WITH_EXAMPLES = [
    m
    for m in MODULES
    if m != "kg.__main__" and ">>>" in (importlib.util.find_spec(m).loader.get_source(m) or "")
]


def test_the_docstrings_have_examples():
    assert len(WITH_EXAMPLES) >= 15, WITH_EXAMPLES


@pytest.mark.parametrize("name", WITH_EXAMPLES)
def test_docstring_examples(name):
    module = importlib.import_module(name)
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    assert result.failed == 0, f"{result.failed} of {result.attempted} examples failed in {name}"
