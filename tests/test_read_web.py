"""Web inputs (issue #20, item 1): HTML pages, WARC crawls, RSS/Atom feeds and news-please JSON,
with fixtures made here (tests/web_pages.py; nothing is fetched). The type comes from the
content, the provenance (URL, outlet, date, language) reaches the store, bad inputs are
skipped with one line each, and the example articles read from a crawl of real-looking pages
give the same relation instances as the plain texts."""

from __future__ import annotations

import datetime as dt
import gzip
import shutil
from pathlib import Path

import pytest
from web_pages import (
    FURNITURE,
    Page,
    atom,
    newsplease,
    page_of_text,
    render,
    rss,
    text_of,
    write_warc,
)

import kg
from kg.read import Skipped, count_inputs, kind_of, read_paths
from kg.records import Article, outlet_of

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples" / "articles"

PUTIN_XI = Page(
    title="Putin and Xi hold video talks amid Western pressure",
    paragraphs=[
        "MOSCOW, 15 December 2021 — Russian President Vladimir Putin held talks with Chinese "
        "President Xi Jinping by video link on Wednesday.",
        "Kremlin aide Yuri Ushakov told reporters that Xi offered support to Putin over his "
        "demand for security guarantees.",
        "Putin said he hopes to meet Xi at the Winter Olympics in Beijing in February.",
    ],
    url="https://www.example-news.com/world/2021/12/15/putin-xi-video-talks",
    date=dt.date(2021, 12, 15),
)
JOKOWI = Page(
    title="Jokowi temui Putin di Moskow",
    paragraphs=[
        "MOSKOW — Presiden Joko Widodo bertemu Presiden Rusia Vladimir Putin di Kremlin pada Kamis.",
        "Kedua pemimpin membahas pasokan pangan dan pupuk bagi negara-negara berkembang.",
    ],
    url="https://m.berita.example.id/dunia/jokowi-temui-putin",
    date=dt.date(2022, 6, 30),
    lang="id",
    outlet="Berita Contoh",
)


def _items(paths, **kw):
    items = list(read_paths(paths, **kw))
    return (
        [i for i in items if isinstance(i, Article)],
        [i for i in items if isinstance(i, Skipped)],
    )


# --- HTML -------------------------------------------------------------------------


def test_a_page_gives_its_article_without_the_furniture(write):
    """trafilatura keeps the headline (first line) and the paragraphs, and drops the cookie
    banner, navigation, ads, byline, share links, related stories, newsletter and footer."""
    (a,) = _items([write("putin-xi.html", render(PUTIN_XI))])[0]
    assert a.title == PUTIN_XI.title
    assert a.text == text_of(PUTIN_XI)  # exactly what the .txt of the article holds
    assert a.text.split("\n", 1)[0] == PUTIN_XI.title
    assert not [f for f in FURNITURE if f.lower() in a.text.lower()]
    assert (a.url, a.outlet, a.date, a.lang) == (
        PUTIN_XI.url,
        "example-news.com",
        dt.date(2021, 12, 15),
        "en",
    )


def test_a_page_without_a_date_is_dated_by_its_file_name_or_dateline(write):
    undated = Page(PUTIN_XI.title, PUTIN_XI.paragraphs, "https://example.org/putin-xi", None)
    (a,) = _items([write("2021-12-16_saved.html", render(undated))])[0]
    assert a.date == dt.date(2021, 12, 16)
    (b,) = _items([write("saved.html", render(undated))])[0]
    assert b.date is None  # the build reads the dateline ("MOSCOW, 15 December 2021 —")
    dated_url = Page(PUTIN_XI.title, PUTIN_XI.paragraphs, PUTIN_XI.url, None)
    (c,) = _items([write("saved2.html", render(dated_url))])[0]
    assert c.date == dt.date(2021, 12, 15)  # from the page's address (.../2021/12/15/...)


def test_outlet_is_the_domain_of_the_url():
    assert outlet_of("https://www.reuters.com/world/asia/x") == "reuters.com"
    assert outlet_of("https://m.detik.com/news/x") == "detik.com"
    assert outlet_of("http://www2.bbc.co.uk/news") == "bbc.co.uk"
    assert outlet_of("not a url") == ""
    assert Article(text="x", url="https://www.antaranews.com/a").outlet == "antaranews.com"
    assert Article(text="x", url="https://x.org/a", outlet="given.org").outlet == "given.org"


def test_page_language_and_charset(write):
    from kg.read.html import page_language

    assert page_language('<html xml:lang="id-ID" lang="id-ID"><head>') == "id"
    assert page_language('<html><head><meta http-equiv="Content-Language" content="en-GB">') == "en"
    assert page_language('<html><head><meta property="og:locale" content="in_ID">') == "id"
    assert page_language("<html><head><title>x</title>") is None
    latin = render(PUTIN_XI).replace('charset="utf-8"', 'charset="windows-1252"')
    latin = latin.replace("Kremlin aide", "Kremlin’s aide café")
    (a,) = _items([write("latin.html", latin.encode("cp1252"))])[0]
    assert "Kremlin’s aide café" in a.text


# --- the type comes from the content ------------------------------------------------


def test_the_type_is_sniffed_when_the_extension_lies(tmp_path):
    folder = tmp_path / "inbox"
    folder.mkdir()
    (folder / "page.txt").write_text(render(PUTIN_XI))  # a web page saved as .txt
    write_warc(folder / "crawl.dat", [(JOKOWI.url, render(JOKOWI))])  # a WARC.gz, odd name
    (folder / "feed").write_text(rss([PUTIN_XI]))  # RSS, no extension
    (folder / "np.txt").write_text(newsplease(JOKOWI))  # news-please JSON as .txt
    (folder / "2021-12-15_real.txt").write_text(text_of(PUTIN_XI))  # plain text stays text
    # not articles: nothing here is picked up from a folder
    (folder / "README.md").write_text("# Notes\n\nThese are my notes on the crawl.\n")
    (folder / "logo.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(100))
    (folder / "data.gz").write_bytes(gzip.compress(b"just some gzipped text\n"))
    (folder / "settings.json").write_text('{"theme": "dark", "width": 80}\n')
    (folder / "sitemap.xml").write_text('<?xml version="1.0"?><urlset><url/></urlset>')
    (folder / ".hidden").write_text(render(PUTIN_XI))
    kinds = {p.name: kind_of(p) for p in folder.iterdir()}
    assert kinds["page.txt"] == "html" and kinds["crawl.dat"] == "warc"
    assert kinds["feed"] == "feed" and kinds["np.txt"] == "json"
    assert kinds["2021-12-15_real.txt"] == "text" and kinds["logo.png"] is None
    articles, skipped = _items([folder])
    assert skipped == []
    assert sorted(Path(a.source.split(":")[0]).name for a in articles) == [
        "2021-12-15_real.txt",
        "crawl.dat",
        "feed",
        "np.txt",
        "page.txt",
    ]
    assert len({a.id for a in articles}) == 2  # two texts, each read four ways or one
    assert count_inputs([folder]) == 5


def test_an_explicit_file_of_unknown_type_is_refused(write):
    from kg.errors import InputError

    with pytest.raises(InputError, match=r"unsupported file type \.gz \(a gzip file"):
        list(read_paths([write("x.gz", gzip.compress(b"text"))]))


# --- WARC ---------------------------------------------------------------------------


def test_a_warc_gives_its_pages_with_their_provenance(tmp_path):
    pages = [PUTIN_XI, JOKOWI]
    for name, zipped in (("crawl.warc.gz", True), ("crawl.warc", False)):
        path = write_warc(tmp_path / name, [(p.url, render(p)) for p in pages], gzip=zipped)
        articles, skipped = _items([path])
        assert skipped == []  # warcinfo, requests, a redirect and an image pass silently
        assert [a.text for a in articles] == [text_of(p) for p in pages]
        got = [(a.url, a.outlet, a.date, a.lang) for a in articles]
        assert got == [
            (PUTIN_XI.url, "example-news.com", dt.date(2021, 12, 15), "en"),
            (JOKOWI.url, "berita.example.id", dt.date(2022, 6, 30), "id"),
        ]
        assert all(a.source.startswith(f"{path}:") for a in articles)
        assert count_inputs([path]) == 2


def test_a_warc_is_read_one_page_at_a_time(tmp_path, monkeypatch):
    """Each page is extracted when the build asks for it, not all at once."""
    from kg.read import html

    pages = [(f"https://example.org/{i}", render(PUTIN_XI)) for i in range(20)]
    path = write_warc(tmp_path / "big.warc.gz", pages)
    calls = []
    real = html.read_html
    monkeypatch.setattr(html, "read_html", lambda *a, **k: calls.append(1) or real(*a, **k))
    monkeypatch.setattr("kg.read.warc.read_html", html.read_html)
    stream = read_paths([path])
    first = next(stream)
    assert isinstance(first, Article) and len(calls) == 1
    assert sum(1 for _ in stream) == 19 and len(calls) == 20


def test_bad_warcs_are_skipped_with_a_reason(tmp_path):
    pages = [(PUTIN_XI.url, render(PUTIN_XI)), (JOKOWI.url, render(JOKOWI))]
    good = write_warc(tmp_path / "good.warc.gz", pages, extra=False).read_bytes()
    # cut inside the last record: the first page is read, the cut one skipped
    (tmp_path / "cut.warc.gz").write_bytes(good[: len(good) - 40])
    articles, skipped = _items([tmp_path / "cut.warc.gz"])
    assert [a.url for a in articles] == [PUTIN_XI.url]
    assert len(skipped) == 1 and "truncated" in skipped[0].reason
    assert "\n" not in skipped[0].reason
    # gzip magic then garbage; a WARC header then garbage
    (tmp_path / "junk.warc.gz").write_bytes(b"\x1f\x8b\x08\x00" + bytes(range(256)) * 4)
    (tmp_path / "junk.warc").write_bytes(b"WARC/1.0\r\nWARC-Type: response\r\n\r\nnot a record")
    for name in ("junk.warc.gz", "junk.warc"):
        articles, skipped = _items([tmp_path / name])
        assert articles == [] and len(skipped) == 1, name
        assert str(tmp_path / name) in skipped[0].source
    # a page with no main text, and one over --max-bytes
    menu = "<html><body><nav><a href='/'>Home</a> <a href='/a'>About</a></nav></body></html>"
    big = render(PUTIN_XI) + "<!--" + "x" * 60_000 + "-->"
    path = write_warc(
        tmp_path / "mixed.warc.gz",
        [("https://a.org/menu", menu), ("https://a.org/big", big), (JOKOWI.url, render(JOKOWI))],
        extra=False,
    )
    articles, skipped = _items([path], max_bytes=50_000)
    assert [a.url for a in articles] == [JOKOWI.url]
    reasons = {s.reason.split(":", 2)[-1].split(";")[0].strip() for s in skipped}
    assert any("no main text" in s.reason and "https://a.org/menu" in s.reason for s in skipped)
    assert any("over the input limit" in s.reason for s in skipped), reasons


# --- feeds and news-please ----------------------------------------------------------


def test_rss_and_atom_entries_are_articles(write):
    title_only = Page("Only a title", [], "https://www.example-news.com/only", None)
    articles, skipped = _items([write("feed.rss", rss([PUTIN_XI, title_only]))])
    (a,) = articles
    assert a.text == text_of(PUTIN_XI) and a.url == PUTIN_XI.url
    assert (a.outlet, a.date, a.lang) == ("example-news.com", dt.date(2021, 12, 15), "en")
    assert a.source.endswith("feed.rss:1")
    assert len(skipped) == 1 and "kg fetches nothing" in skipped[0].reason
    assert skipped[0].source.endswith("feed.rss:2")
    # Atom, dated in the publisher's time zone (01:00+07:00 is still that day there)
    early = Page(JOKOWI.title, JOKOWI.paragraphs, JOKOWI.url, JOKOWI.date, "id")
    feed = atom([early]).replace("T07:00:00+07:00", "T01:00:00+07:00")
    (b,) = _items([write("berita.xml", feed)])[0]
    assert (b.text, b.date, b.lang, b.outlet) == (
        text_of(JOKOWI),
        dt.date(2022, 6, 30),
        "id",
        "berita.example.id",
    )
    bad = _items([write("bad.rss", "<?xml version='1.0'?><rss><channel><item><title>x</ti")])
    assert bad[0] == [] and "malformed RSS/Atom feed" in bad[1][0].reason


def test_newsplease_json(write):
    (a,) = _items([write("article.json", newsplease(JOKOWI, domain="www.berita.example.id"))])[0]
    assert a.text == text_of(JOKOWI) and a.title == JOKOWI.title
    assert (a.url, a.outlet, a.date, a.lang) == (
        JOKOWI.url,
        "berita.example.id",
        dt.date(2022, 6, 30),
        "id",
    )
    # an array of them; one per line in a .jsonl file; one without text is skipped
    empty = newsplease(PUTIN_XI).replace('"maintext": "', '"maintext": "" , "x": "')
    array = "[" + newsplease(PUTIN_XI) + "," + empty + "]"
    articles, skipped = _items([write("many.json", array)])
    assert [x.title for x in articles] == [PUTIN_XI.title]
    assert skipped[0].source.endswith("many.json:2") and "maintext" in skipped[0].reason
    line = newsplease(PUTIN_XI).replace("\n", "")
    (c,) = _items([write("lines.jsonl", line + "\n")])[0]
    assert c.text == text_of(PUTIN_XI) and c.outlet == "example-news.com"
    bad = _items([write("broken.json", '{"maintext": "x",')])[1]
    assert "malformed JSON" in bad[0].reason


# --- the store and the build ---------------------------------------------------------


def test_the_provenance_is_stored_and_valid(tmp_path):
    """URL, outlet, date and language are on the article node; the store stays valid."""
    from kg.store.validate import validate_store

    path = write_warc(tmp_path / "c.warc.gz", [(p.url, render(p)) for p in (PUTIN_XI, JOKOWI)])
    with kg.open("memory") as store:
        for a in _items([path])[0]:
            store.add_article(a, [])
        rows = store.select(
            "SELECT ?url ?outlet ?date ?lang ?source WHERE { GRAPH ?g { ?a a ir:Article ; "
            "schema:url ?url ; ir:outlet ?outlet ; dcterms:date ?date ; dcterms:language ?lang ; "
            "ir:source ?source } } ORDER BY ?date"
        )
        got = [tuple(r[k].value for k in ("url", "outlet", "date", "lang")) for r in rows]
        assert got == [
            (PUTIN_XI.url, "example-news.com", "2021-12-15", "en"),
            (JOKOWI.url, "berita.example.id", "2022-06-30", "id"),
        ]
        assert all(r["source"].value.startswith(str(path)) for r in rows)
        assert validate_store(store) == []


def test_a_language_without_models_skips_the_article_only():
    from kg.errors import LanguageError
    from kg.stages import _language

    page = Article(text="Der Bundeskanzler traf den Präsidenten.", lang="de", source="p.html")
    with pytest.raises(LanguageError, match="in 'de', which has no models here"):
        _language(page, "auto", ["en", "id"])
    assert _language(page, "de", ["en", "id"]) == "de"  # --lang says so: the user's call

    class Parser:
        def available(self):
            return ["en", "id"]

    from kg.stages import language_batches

    english = Article(text="Putin met Xi in Moscow on Monday.", lang="en", source="q.html")
    skipped: list = []
    batches = list(language_batches(iter([page, english]), 8, "auto", Parser(), skipped))
    assert batches == [[english]] and [s.source for s in skipped] == ["p.html"]


@pytest.mark.slow
def test_examples_from_a_crawl_give_the_relations_of_the_plain_texts(models_dir, tmp_path):
    """Acceptance: the example articles as news pages with furniture in a WARC.gz (target
    URIs, crawl dates) give the same relation instances as the plain texts (≥ 95 %), with URL,
    outlet and date in each article's provenance."""
    from kg.pipeline import build

    plain = [a for a in read_paths([EXAMPLES]) if isinstance(a, Article)]
    pages = []
    for a in plain:
        lang = "id" if "/id/" in a.source else "en"
        url = f"https://www.example-news.com/{lang}/{a.date:%Y/%m/%d}/{Path(a.source).stem[11:]}"
        pages.append(page_of_text(a.text, url, a.date, lang))
    crawl = write_warc(tmp_path / "examples.warc.gz", [(p.url, render(p)) for p in pages])
    read = [a for a in read_paths([crawl]) if isinstance(a, Article)]
    assert [a.title for a in read] == [p.title for p in pages]  # the headline, first line
    for a in read:
        assert a.text.startswith(a.title + "\n\n") and not [f for f in FURNITURE if f in a.text]

    def instances(store) -> list[tuple]:
        rows = store.relation_instances(factualities=("asserted", "negated", "future", "reported"))
        return sorted((r["subject"], r["relation"], r["object"], r["factuality"]) for r in rows)

    with kg.open(tmp_path / "plain") as store:
        report = build([EXAMPLES], store, models=models_dir)
        assert report.articles == len(plain) and not report.skipped
        expected = instances(store)
    # the crawl's pages, where their text is the plain text's, reuse its parses
    shutil.copytree(tmp_path / "plain.parses", tmp_path / "web.parses")
    with kg.open(tmp_path / "web") as store:
        report = build([crawl], store, models=models_dir)
        assert report.articles == len(plain) and not report.skipped
        got = instances(store)
        provenance = store.select(
            "SELECT ?url ?outlet ?date WHERE { GRAPH ?g { ?a a ir:Article ; schema:url ?url ; "
            "ir:outlet ?outlet ; dcterms:date ?date } }"
        )
    assert len(expected) > 200
    same = sum((_multiset(expected) & _multiset(got)).values())
    assert same / max(len(expected), len(got)) >= 0.95, (len(expected), len(got), same)
    assert len(provenance) == len(plain)
    assert {r["outlet"].value for r in provenance} == {"example-news.com"}
    assert {r["url"].value for r in provenance} == {p.url for p in pages}
    assert sorted(r["date"].value for r in provenance) == sorted(a.date.isoformat() for a in plain)


def _multiset(items):
    from collections import Counter

    return Counter(items)


@pytest.mark.slow
def test_kg_build_of_a_crawl_says_each_skipped_page_in_one_line(models_dir, tmp_path):
    from click.testing import CliRunner

    from kg.cli import main

    menu = "<html><body><nav><a href='/'>Home</a> <a href='/a'>About</a></nav></body></html>"
    crawl = write_warc(
        tmp_path / "crawl.warc.gz",
        [(JOKOWI.url, render(JOKOWI)), ("https://a.org/menu", menu)],
    )
    args = ["build", str(crawl), "--store", str(tmp_path / "s"), "--models", str(models_dir)]
    result = CliRunner().invoke(main, args, catch_exceptions=False)
    assert result.exit_code == 10, result.stderr
    lines = result.stderr.splitlines()
    assert "Traceback" not in result.stderr
    (skip,) = [ln for ln in lines if ln.startswith("kg: skipped")]
    assert skip.startswith(f"kg: skipped {crawl}:") and "https://a.org/menu: no main text" in skip
    assert any(ln.startswith("built ") and "1 added" in ln for ln in lines)
