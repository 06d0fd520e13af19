"""The README is executed: each ``console`` block's ``$`` commands run in order, as a newcomer
types them after ``make demo`` (in a copy of the examples, the default store ``./kg-store``),
and print what the README shows.

Sybil finds the blocks; a shown output matches the real one line by line, whitespace runs
equal (tables are printed with tabs or spaces), ``…`` at the end of a line standing for the
rest of that line and a line that is only ``…`` for any number of lines.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"
ELLIPSIS = "…"


def commands(block: str) -> list[tuple[str, list[str]]]:
    """``$ command`` lines of a console block, each with the output lines shown after it."""
    out: list[tuple[str, list[str]]] = []
    for line in block.splitlines():
        if line.startswith("$ "):
            out.append((line[2:], []))
        elif out:
            out[-1][1].append(line)
    return [(cmd, _trim(shown)) for cmd, shown in out]


def _trim(lines: list[str]) -> list[str]:
    while lines and not lines[-1].strip():
        lines = lines[:-1]
    return lines


def _words(line: str) -> list[str]:
    return line.split()


def _line_matches(shown: str, real: str) -> bool:
    if shown.rstrip().endswith(ELLIPSIS):
        head = _words(shown.rstrip()[: -len(ELLIPSIS)])
        words = _words(real)
        if not head:
            return True
        # the last shown word may be cut short: "Boris Johnson and …"
        return words[: len(head) - 1] == head[:-1] and (
            len(words) >= len(head) and words[len(head) - 1].startswith(head[-1])
        )
    return _words(shown) == _words(real)


def matches(shown: list[str], real: list[str]) -> bool:
    """Whether ``real`` output lines are what the README ``shown`` (see the module docstring)."""
    if not shown:
        return True  # the README shows nothing: only success is checked
    if shown[0].strip() == ELLIPSIS:
        rest = shown[1:]
        return any(matches(rest, real[k:]) for k in range(len(real) + 1))
    if not real:
        return False
    return _line_matches(shown[0], real[0]) and matches(shown[1:], real[1:])


def test_matching_rules():
    assert matches(["a  b", "…", "z"], ["a\tb", "x", "y", "z"])
    assert matches(["Boris Johnson and …"], ["Boris Johnson and Scott Morrison"])
    assert not matches(["a b"], ["a c"])
    assert not matches(["a", "b"], ["a"])


def console_blocks() -> list[str]:
    from sybil import Sybil
    from sybil.parsers.markdown import CodeBlockParser

    found: list[str] = []

    def keep(example) -> None:
        found.append(example.parsed)

    document = Sybil([CodeBlockParser(language="console", evaluator=keep)]).parse(README)
    for example in document:
        example.evaluate()
    return found


def test_the_readme_has_console_blocks():
    blocks = console_blocks()
    assert len(blocks) >= 2
    assert any("$ kg build examples/articles" in b for b in blocks)


@pytest.mark.slow
@pytest.mark.model
def test_readme_commands_print_what_the_readme_shows(models_dir, tmp_path):
    """After `make demo` a newcomer types the README's commands: they succeed and print what
    the README shows (the store: ./kg-store, as `make demo` builds it)."""
    shutil.copytree(ROOT / "examples", tmp_path / "examples")
    bindir = Path(sys.executable).parent
    env = {k: v for k, v in os.environ.items() if k not in ("KG_STORE",)}
    env |= {"PATH": f"{bindir}{os.pathsep}{env.get('PATH', '')}", "KG_MODELS": str(models_dir)}
    env |= {"COLUMNS": "200", "KG_CONFIG": str(tmp_path / "config.json")}
    demo = subprocess.run(  # what `make demo` did before the newcomer types anything
        ["kg", "build", "examples/articles", "-q"], cwd=tmp_path, env=env, capture_output=True,
        text=True, timeout=600,
    )  # fmt: skip
    assert demo.returncode == 0, demo.stderr
    failures = []
    for block in console_blocks():
        for cmd, shown in commands(block):
            run = subprocess.run(
                ["bash", "-o", "pipefail", "-c", cmd],
                cwd=tmp_path, env=env, capture_output=True, text=True, timeout=300,
            )  # fmt: skip
            real = _trim((run.stderr + run.stdout).splitlines())
            if run.returncode not in (0, 141) or not matches(shown, real):
                failures.append(f"$ {cmd}\n  exit {run.returncode}\n  got:\n" + "\n".join(real))
    assert not failures, "\n\n".join(failures)


def test_readme_first_lines_give_the_two_commands():
    head = "\n".join(README.read_text(encoding="utf-8").splitlines()[:12])
    assert re.search(r"make install && make demo", head) and "make test" in head
