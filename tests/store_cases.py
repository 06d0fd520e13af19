"""Helpers for the store, query and export tests: a hand-made corpus, synthetic articles,
and a real Oxigraph server (``oxigraph serve``) on a free local port.

Imported by tests/test_store.py, test_query.py and test_export.py (no Stanza needed).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import random
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from kg.records import Article, Triple

D = dt.date


def _t(s, rel, o, fact="asserted", conf=0.9, sent="", idx=0, speaker=None, date=None) -> Triple:
    return Triple(s, rel, o, fact, conf, "test-pattern", sent, idx, 0, len(sent), date, speaker)


CORPUS: list[tuple[Article, list[Triple]]] = [
    (
        Article(
            text=(
                "Presiden Rusia Vladimir Putin mengadakan pembicaraan lewat video dengan Presiden "
                "China Xi Jinping pada Rabu. Kedua pemimpin menyatakan kerja sama kedua negara "
                "semakin erat. Putin mengatakan Rusia menentang pakta AUKUS. Xi akan bertemu "
                "Putin di Beijing pada Februari untuk pembukaan Olimpiade Musim Dingin."
            ),
            title="Putin dan Xi bicara lewat video",
            url="https://example.org/id/putin-xi",
            date=D(2021, 12, 15),
            lang="id",
            source="examples/articles/id/putin_xi.txt",
        ),
        [
            _t(
                "vladimir_putin",
                "talks_with",
                "xi_jinping",
                sent="Presiden Rusia Vladimir Putin mengadakan pembicaraan lewat video dengan Presiden China Xi Jinping pada Rabu.",
            ),
            _t(
                "russia",
                "cooperates_with",
                "china",
                conf=0.7,
                sent="Kedua pemimpin menyatakan kerja sama kedua negara semakin erat.",
                idx=1,
            ),
            _t(
                "russia",
                "opposes",
                "aukus",
                "reported",
                0.8,
                "Putin mengatakan Rusia menentang pakta AUKUS.",
                2,
                "vladimir_putin",
            ),
            _t(
                "xi_jinping",
                "meets",
                "vladimir_putin",
                "future",
                0.6,
                "Xi akan bertemu Putin di Beijing pada Februari.",
                3,
            ),
        ],
    ),
    (
        Article(
            text=(
                "Indonesia said on Friday it was deeply concerned about the AUKUS security pact "
                "and the arms race in the region. China warned that the AUKUS deal threatens "
                "regional peace, a spokesman in Beijing told reporters during a briefing."
            ),
            title="Indonesia concerned over AUKUS pact",
            url="https://example.org/en/indonesia-aukus",
            date=D(2021, 9, 17),
            lang="en",
            source="examples/articles/en/indonesia_aukus.txt",
        ),
        [
            _t(
                "indonesia",
                "criticizes",
                "aukus",
                sent="Indonesia said on Friday it was deeply concerned about the AUKUS security pact.",
            ),
            _t(
                "china",
                "warns",
                "aukus",
                "reported",
                0.7,
                "China warned that the AUKUS deal threatens regional peace.",
                1,
            ),
        ],
    ),
    (
        Article(
            text=(
                "The United States imposed sweeping sanctions on Russia on Thursday. President Joe "
                "Biden condemned Vladimir Putin for the invasion and said the sanctions would "
                "grow. Officials stressed that Russia did not attack NATO territory."
            ),
            title="US sanctions Russia",
            url="https://example.org/en/us-sanctions",
            date=D(2022, 2, 24),
            lang="en",
            source="examples/articles/en/us_sanctions.txt",
        ),
        [
            _t(
                "united_states",
                "sanctions",
                "russia",
                sent="The United States imposed sweeping sanctions on Russia on Thursday.",
            ),
            _t(
                "joe_biden",
                "criticizes",
                "vladimir_putin",
                sent="President Joe Biden condemned Vladimir Putin for the invasion.",
                idx=1,
            ),
            _t(
                "russia",
                "attacks",
                "nato",
                "negated",
                0.5,
                "Officials stressed that Russia did not attack NATO territory.",
                2,
            ),
        ],
    ),
    (
        Article(
            text=(
                "Joe Biden met Xi Jinping in Bali on Monday on the sidelines of the G20 summit, "
                "their first meeting in person since Biden took office. The United States and "
                "China agreed to resume talks on climate and trade, officials said afterwards."
            ),
            title="Biden and Xi meet in Bali",
            url="https://example.org/en/biden-xi-bali",
            date=D(2022, 11, 14),
            lang="en",
            source="examples/articles/en/biden_xi.txt",
        ),
        [
            _t(
                "joe_biden",
                "meets",
                "xi_jinping",
                sent="Joe Biden met Xi Jinping in Bali on Monday.",
            ),
            _t(
                "united_states",
                "talks_with",
                "china",
                "reported",
                0.8,
                "The United States and China agreed to resume talks.",
                1,
            ),
        ],
    ),
    (
        Article(
            text=(
                "Indonesia dan Australia menandatangani perjanjian kerja sama pertahanan di "
                "Canberra pada Kamis. Menteri pertahanan kedua negara sepakat memperluas "
                "latihan militer bersama dan pertukaran perwira setiap tahun."
            ),
            title="Indonesia dan Australia teken perjanjian pertahanan",
            url="",
            date=D(2024, 8, 29),
            lang="id",
            source="examples/articles/id/indonesia_australia.txt",
        ),
        [
            _t(
                "indonesia",
                "signs_agreement_with",
                "australia",
                sent="Indonesia dan Australia menandatangani perjanjian kerja sama pertahanan.",
            ),
            _t(
                "indonesia",
                "cooperates_with",
                "australia",
                conf=0.8,
                sent="Menteri pertahanan kedua negara sepakat memperluas latihan militer bersama.",
                idx=1,
            ),
        ],
    ),
]

#: asserted + reported instances in CORPUS (what `kg triples` lists by default)
DEFAULT_INSTANCES = 11
ALL_INSTANCES = 13


def syndicated_copy() -> tuple[Article, list[Triple]]:
    """The Biden–Xi article as another site ran it: new headline and URL, one word changed."""
    original, triples = CORPUS[3]
    text = original.text.replace("afterwards", "later") + " (Reuters)"
    copy = Article(
        text=text,
        title="Biden, Xi hold first in-person talks",
        url="https://example.com/wire/biden-xi",
        date=original.date,
        lang="en",
        source="wire.jsonl:7",
    )
    return copy, list(triples)


def fill(store, actors=None) -> None:
    """Add the hand-made corpus to ``store``."""
    for article, triples in CORPUS:
        store.add_article(article, triples, actors)


_WORDS = [f"kata{i}" for i in range(5000)]
_ACTORS = ["russia", "china", "united_states", "indonesia", "australia", "vladimir_putin"]
_RELATIONS = ["talks_with", "meets", "opposes", "criticizes", "sanctions", "cooperates_with"]


def synthetic(i: int, events: int | None = None) -> tuple[Article, list[Triple]]:
    """Article ``i`` of a reproducible synthetic corpus with ``1 + i % 5`` relation instances
    (or ``events``), each in its own sentence; texts are distinct (random words)."""
    rng = random.Random(i)
    n = 1 + i % 5 if events is None else events
    article = Article(
        text=" ".join(rng.choice(_WORDS) for _ in range(60)),
        title=f"synthetic {i} with {n} events",
        url=f"https://example.org/synthetic/{i}",
        date=D(2022, 1, 1) + dt.timedelta(days=i % 365),
        lang="en",
        source=f"synthetic/{i}.txt",
    )
    triples = []
    for j in range(n):
        s = _ACTORS[rng.randrange(len(_ACTORS))]
        o = _ACTORS[(_ACTORS.index(s) + 1 + rng.randrange(len(_ACTORS) - 1)) % len(_ACTORS)]
        triples.append(
            _t(s, _RELATIONS[rng.randrange(len(_RELATIONS))], o, sent=f"s{i}.{j}", idx=j)
        )
    return article, triples


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def oxigraph_binary() -> str | None:
    """The ``oxigraph`` server binary (PyPI package ``oxigraph``), or None."""
    beside = Path(sys.executable).parent / "oxigraph"
    return str(beside) if beside.exists() else shutil.which("oxigraph")


@contextlib.contextmanager
def oxigraph_server(location: Path) -> Iterator[str]:
    """Run ``oxigraph serve --location LOCATION --bind 127.0.0.1:PORT``; yield its query URL."""
    exe = oxigraph_binary()
    if exe is None:
        pytest.skip("no Oxigraph server: pip install oxigraph (the dev extra has it)")
    port = free_port()
    proc = subprocess.Popen(
        [exe, "serve", "--location", str(location), "--bind", f"127.0.0.1:{port}"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            if proc.poll() is not None:
                raise RuntimeError(f"oxigraph serve exited: {proc.stderr.read().decode()[:500]}")
            try:
                with urllib.request.urlopen(f"{base}/query?query=ASK%7B%7D", timeout=1):
                    break
            except OSError:
                if time.monotonic() > deadline:
                    raise RuntimeError("oxigraph serve did not answer within 30 s") from None
                time.sleep(0.05)
        yield f"{base}/query"
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
