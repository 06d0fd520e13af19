"""The example articles and their gold triples (the development set) are well formed.

These files are what ``kg eval`` scores extraction against, so a typo in a label, a
relation name or an evidence snippet silently costs recall: check them here.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import re
from pathlib import Path

import pytest

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
LANGS = ("en", "id")
HEADER = ["subject", "relation", "object", "evidence", "polarity", "factuality"]
FACTUALITIES = {"asserted", "negated", "future", "reported"}
RELATIONS = {
    "talks_with": "cooperative",
    "meets": "cooperative",
    "visits": "cooperative",
    "cooperates_with": "cooperative",
    "supports": "cooperative",
    "allies_with": "cooperative",
    "signs_agreement_with": "cooperative",
    "trades_with": "cooperative",
    "praises": "cooperative",
    "negotiates_with": "cooperative",
    "requests": "cooperative",
    "invites": "cooperative",
    "congratulates": "cooperative",
    "aids": "cooperative",
    "criticizes": "conflictual",
    "accuses": "conflictual",
    "opposes": "conflictual",
    "warns": "conflictual",
    "threatens": "conflictual",
    "sanctions": "conflictual",
    "boycotts": "conflictual",
    "attacks": "conflictual",
    "rejects": "conflictual",
    "violates_sovereignty_of": "conflictual",
    "member_of": "neutral",
    "leader_of": "neutral",
    "official_of": "neutral",
}
SYMMETRIC = {
    "talks_with",
    "meets",
    "cooperates_with",
    "allies_with",
    "trades_with",
    "negotiates_with",
    "signs_agreement_with",
}
STRUCTURAL = {"member_of", "leader_of", "official_of"}
# Canonical English labels used by the gold files. A label outside this set is almost
# always a typo ("Xi Jinpin", "UK") that would never match an extracted triple.
STATES = {
    "Albania", "Australia", "Canada", "China", "France", "India", "Indonesia", "Iran",
    "Israel", "Japan", "Jordan", "Malaysia", "Myanmar", "North Korea", "Philippines",
    "Russia", "South Korea", "Thailand", "Ukraine", "United Kingdom", "United States",
    "Vietnam",
}  # fmt: skip
ORGANIZATIONS = {
    "ASEAN", "AUKUS", "Beijing Winter Olympics", "European Union", "G7", "NATO", "Quad",
    "UN Security Council", "United Nations", "the West",
}  # fmt: skip
PERSONS = {
    "Ali Khamenei", "Anthony Albanese", "Benjamin Netanyahu", "Boris Johnson",
    "Charles Michel", "Dmitry Peskov", "Emmanuel Macron", "Ferdinand Marcos Jr.",
    "Fumio Kishida", "Jake Sullivan", "Joe Biden", "Joko Widodo", "Kamala Harris", "Li Qiang",
    "Linda Thomas-Greenfield", "Narendra Modi", "Prabowo Subianto", "Retno Marsudi",
    "Richard Marles", "Scott Morrison", "Sergey Lavrov", "Ursula von der Leyen",
    "Vasily Nebenzia", "Vladimir Putin", "Volodymyr Zelenskyy", "Wang Wenbin", "Xi Jinping",
    "Yoon Suk Yeol", "Yuri Ushakov", "Zhang Jun", "Zhao Lijian",
}  # fmt: skip
ACTORS = STATES | ORGANIZATIONS | PERSONS
MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"],
    "id": ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
           "September", "Oktober", "November", "Desember"],
}  # fmt: skip
DATELINE = re.compile(r"^([A-Z][A-Z .'-]+), (\d{1,2}) ([A-Za-z]+) (\d{4}) — \S")
STEM = re.compile(r"^(\d{4}-\d{2}-\d{2})_[a-z0-9_]+$")


def _articles(lang: str) -> list[Path]:
    return sorted((EXAMPLES / "articles" / lang).glob("*.txt"))


def _golds(lang: str) -> list[Path]:
    return sorted((EXAMPLES / "gold" / lang).glob("*.tsv"))


def _pairs() -> list[tuple[str, Path, Path]]:
    return [
        (lang, path, EXAMPLES / "gold" / lang / f"{path.stem}.tsv")
        for lang in LANGS
        for path in _articles(lang)
    ]


def _norm(text: str) -> str:
    return " ".join(text.split())


def _read_gold(path: Path) -> tuple[list[str], list[dict[str, str]]]:
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))
    header, body = rows[0], rows[1:]
    return header, [dict(zip(header, row, strict=True)) for row in body]


PAIRS = _pairs()
IDS = [f"{lang}/{article.stem}" for lang, article, _ in PAIRS]


@pytest.mark.parametrize("lang", LANGS)
def test_at_least_ten_articles_per_language(lang: str) -> None:
    assert len(_articles(lang)) >= 10


@pytest.mark.parametrize("lang", LANGS)
def test_every_article_has_gold_and_every_gold_has_article(lang: str) -> None:
    articles = {p.stem for p in _articles(lang)}
    golds = {p.stem for p in _golds(lang)}
    assert articles - golds == set(), "articles without a gold file"
    assert golds - articles == set(), "gold files without an article"


def test_file_stems_are_unique_across_languages() -> None:
    """``kg eval`` pairs gold and article by name, so one folder of both must not clash."""
    en = {p.stem for p in _articles("en")}
    ind = {p.stem for p in _articles("id")}
    assert en & ind == set()


@pytest.mark.parametrize("lang", LANGS)
def test_each_language_has_an_article_without_relations(lang: str) -> None:
    empty = [p for p in _golds(lang) if not _read_gold(p)[1]]
    assert empty, "keep one header-only gold file per language to test precision"


@pytest.mark.parametrize(("lang", "article", "gold"), PAIRS, ids=IDS)
def test_article_layout_and_dateline_match_file_name(lang: str, article: Path, gold: Path) -> None:
    match = STEM.match(article.stem)
    assert match, "name files YYYY-MM-DD_slug.txt (lower-case ASCII slug)"
    file_date = dt.date.fromisoformat(match.group(1))
    lines = article.read_text(encoding="utf-8").split("\n")
    assert lines[0].strip() and lines[0] == lines[0].strip(), "first line is the headline"
    assert lines[1] == "", "a blank line follows the headline"
    dateline = DATELINE.match(lines[2])
    assert dateline, (
        f"body starts with a dateline like 'JAKARTA, 12 March 2023 — ': {lines[2][:60]!r}"
    )
    day, month, year = dateline.group(2), dateline.group(3), dateline.group(4)
    assert month in MONTHS[lang], f"month {month!r} is not written in {lang}"
    assert dt.date(int(year), MONTHS[lang].index(month) + 1, int(day)) == file_date
    body = " ".join(lines[2:]).replace("Jr.", "Jr")
    sentences = re.findall(r"[.!?](?:\"|$|\s)", body)
    assert 4 <= len(sentences) <= 10, "articles are short: 4-10 sentences"


@pytest.mark.parametrize(("lang", "article", "gold"), PAIRS, ids=IDS)
def test_gold_rows_are_valid(lang: str, article: Path, gold: Path) -> None:
    header, rows = _read_gold(gold)
    assert header == HEADER
    for row in rows:
        assert row["relation"] in RELATIONS, row
        assert row["factuality"] in FACTUALITIES, row
        assert row["polarity"] == RELATIONS[row["relation"]], row
        assert row["subject"] in ACTORS, f"unknown actor label {row['subject']!r}"
        assert row["object"] in ACTORS, f"unknown actor label {row['object']!r}"
        assert row["subject"] != row["object"], row
        if row["relation"] in STRUCTURAL:
            assert row["factuality"] == "asserted", row
        if row["relation"] in ("leader_of", "official_of"):
            assert row["subject"] in PERSONS, row
            assert row["object"] not in PERSONS, row
        if row["relation"] == "member_of":
            assert row["object"] in ORGANIZATIONS, row


@pytest.mark.parametrize(("lang", "article", "gold"), PAIRS, ids=IDS)
def test_gold_has_no_duplicate_rows(lang: str, article: Path, gold: Path) -> None:
    """One row per (subject, relation, object, factuality); symmetric ones in one order only."""
    seen: set[tuple[str, ...]] = set()
    for row in _read_gold(gold)[1]:
        s, r, o, f = row["subject"], row["relation"], row["object"], row["factuality"]
        key = (*sorted((s, o)), r, f) if r in SYMMETRIC else (s, o, r, f)
        assert key not in seen, f"duplicate row {row}"
        seen.add(key)


@pytest.mark.parametrize(("lang", "article", "gold"), PAIRS, ids=IDS)
def test_evidence_occurs_in_article(lang: str, article: Path, gold: Path) -> None:
    text = _norm(article.read_text(encoding="utf-8"))
    for row in _read_gold(gold)[1]:
        evidence = row["evidence"]
        assert evidence.strip(), row
        position = 0
        for part in (p.strip() for p in evidence.split("...")):
            found = text.find(_norm(part), position)
            assert found >= 0, (
                f"{part!r} (evidence of {row['subject']} {row['relation']} {row['object']}) not in {article.name}"
            )
            position = found + len(part)


def test_jsonl_sample_is_readable() -> None:
    path = EXAMPLES / "articles.jsonl"
    records = [
        json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()
    ]
    assert len(records) >= 3
    for record in records:
        assert set(record) == {"text", "title", "url", "date", "lang"}
        assert record["text"].strip() and record["title"].strip()
        assert record["url"].startswith("https://")
        dt.date.fromisoformat(record["date"])
        assert record["lang"] in LANGS
    assert {r["lang"] for r in records} == set(LANGS)
