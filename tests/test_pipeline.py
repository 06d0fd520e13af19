"""The main job with real parses: build, parse cache, rebuild (needs Stanza models)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

import kg
from kg.extract import Extractor
from kg.knowledge.actors import load_actors
from kg.parse.cache import read_entry
from kg.parse.tokens import Parsed
from kg.pipeline import build, rebuild
from kg.store import META_GRAPH

ROOT = Path(__file__).resolve().parent.parent
ARTICLES = ROOT / "examples" / "articles"

pytestmark = pytest.mark.model


def rows(store):
    return sorted(
        (r["subject_label"], r["relation"], r["object_label"], r["factuality"], r["sentence"])
        for r in store.relation_instances(
            factualities=("asserted", "reported", "negated", "future")
        )
    )


@pytest.fixture
def two_articles(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    shutil.copy(ARTICLES / "en" / "2021-12-15_putin_xi_video_call.txt", src)
    shutil.copy(ARTICLES / "id" / "2022-06-30_jokowi_temui_putin_di_moskow.txt", src)
    return src


def test_build_detects_language_and_date(models_dir, two_articles, tmp_path):
    with kg.open(tmp_path / "s") as store:
        report = build([two_articles], store, models=models_dir)
        assert report.counts == {"added": 2}
        got = store.relation_instances()
        langs = {r["lang"] for r in got}
        assert langs == {"en", "id"}
        assert {str(r["date"]) for r in got} == {"2021-12-15", "2022-06-30"}
        stats = store.stats()
        assert stats["sentences"] > 10


def test_parse_cache_and_rebuild(models_dir, two_articles, tmp_path):
    path = tmp_path / "s"
    with kg.open(path) as store:
        first = build([two_articles], store, models=models_dir)
        before = rows(store)
    assert first.cached == 0
    cache = Path(str(path) + ".parses")
    assert len(list(cache.glob("*.parse.json.gz"))) == 2
    for entry in cache.glob("*.parse.json.gz"):  # real parses read back without Stanza's tree
        assert isinstance(read_entry(entry)[1], Parsed)
    with kg.open(path) as store:
        again = build(
            [two_articles], store, models=models_dir
        )  # unchanged: nothing re-parsed or re-written
        assert again.counts == {"unchanged": 2} and again.cached == 2
        report = rebuild(store)  # extraction only, from the cached parses
        # same extractor, same graphs as from Stanza's Documents: no write
        assert report.counts == {"unchanged": 2}
        assert rows(store) == before

        class NoTalks(Extractor):  # a lexicon change that affects the English article only
            def extract(self, doc, lang, date):
                triples, discourse = super().extract(doc, lang, date)
                if lang == "en":
                    triples = [t for t in triples if t.relation != "talks_with"]
                return triples, discourse

        changed = rebuild(store, extractor=NoTalks(load_actors()))
        assert changed.counts == {"replaced": 1, "unchanged": 1}
        after = rows(store)
        gone = [r for r in before if r not in after]
        assert gone and all(r[1] == "talks_with" for r in gone)
        assert all(r in before for r in after)
        back = rebuild(store)
        assert back.counts == {"replaced": 1, "unchanged": 1}
        assert rows(store) == before


def test_rebuild_does_not_extract_near_copies(models_dir, two_articles, tmp_path):
    """A near copy is stored without events, so rebuild writes it unchanged without
    extracting it; the originals are re-extracted as before."""
    en = next(two_articles.glob("*video_call.txt"))
    lines = en.read_text(encoding="utf-8").split("\n")
    lines[0] += " (updated)"
    (two_articles / "copy_of_video_call.txt").write_text("\n".join(lines), encoding="utf-8")
    path = tmp_path / "s"
    with kg.open(path) as store:
        first = build([two_articles], store, models=models_dir)
        assert first.counts == {"added": 2, "duplicate": 1}
        before = rows(store)
        seen: list[str] = []

        class Counting(Extractor):
            def extract(self, doc, lang, date):
                seen.append(doc.sentences[0].text)
                return super().extract(doc, lang, date)

        report = rebuild(store, extractor=Counting(load_actors()))
        assert report.counts == {"unchanged": 3}
        assert len(seen) == 2 and not any("(updated)" in s for s in seen)
        assert rows(store) == before
        stored = {
            r["a"].value.rsplit("/", 1)[-1]
            for r in store.select("SELECT ?a WHERE { GRAPH ?a { ?a ir:duplicateOf ?o } }")
        }
        assert len(stored) == 1


def test_mixed_language_and_no_actor_articles(models_dir, tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "mixed.txt").write_text(
        "Putin dan Xi\n\nPresiden Rusia Vladimir Putin mengadakan pembicaraan dengan Presiden China Xi Jinping. "
        "The two leaders later signed an agreement.\n",
        encoding="utf-8",
    )
    (src / "weather.txt").write_text(
        "Rain in Jakarta\n\nHeavy rain flooded several streets on Tuesday.\n", encoding="utf-8"
    )
    with kg.open(tmp_path / "s") as store:
        report = build([src], store, models=models_dir)
        assert report.counts == {"added": 2} and not report.skipped
        got = rows(store)
    assert ("Vladimir Putin", "talks_with", "Xi Jinping", "asserted") in {r[:4] for r in got}
    assert not any("Rain" in r[4] or "rain" in r[4] for r in got)


@pytest.mark.slow
def test_rebuild_with_workers_restores_a_stale_article(models_dir, two_articles, tmp_path):
    """`kg rebuild --workers 2`: extraction in two processes, the same store as before for
    the article that was current, the stale one (an older extractor's output) re-derived."""
    from click.testing import CliRunner

    from kg.cli import main

    path = tmp_path / "s"
    with kg.open(path) as store:
        build([two_articles], store, models=models_dir)
        before = rows(store)
        stale = {r["article"] for r in store.relation_instances() if r["lang"] == "en"}
        art = f"<https://w3id.org/kg/article/{stale.pop()}>"
        meta, out = f"<{META_GRAPH}>", f"<{META_GRAPH}#output>"
        store.query(  # as if an older extractor had found nothing in it
            f"DELETE WHERE {{ GRAPH {art} {{ ?e prov:wasDerivedFrom {art} ; ?p ?o }} }} ; "
            f"DELETE WHERE {{ GRAPH {meta} {{ {art} {out} ?h }} }} ; "
            f'INSERT DATA {{ GRAPH {meta} {{ {art} {out} "older" }} }}',
            update=True,
        )
        assert rows(store) != before
    result = CliRunner().invoke(main, ["rebuild", "--store", str(path), "--workers", "2"])
    assert result.exit_code == 0, result.output
    assert "1 replaced" in result.output and "1 unchanged" in result.output
    with kg.open(path) as store:
        assert rows(store) == before


def test_an_interrupted_first_build_keeps_what_it_wrote(tmp_path):
    """build_at removes a store it created only when nothing was written to it: an interrupted
    first build keeps its whole articles (re-running completes the rest)."""
    from kg.extract import Extractor
    from kg.pipeline import build_at

    data = Path(__file__).parent / "data"
    real = Extractor.default()

    class Interrupted:
        index, calls = real.index, 0

        def extract(self, doc, lang, date):
            Interrupted.calls += 1
            if Interrupted.calls == 2:
                raise KeyboardInterrupt
            return real.extract(doc, lang, date)

    inputs = [data / "2021-12-15_putin_xi_en.conllu", data / "2022-06-30_jokowi_putin_id.conllu"]
    with pytest.raises(KeyboardInterrupt):
        build_at(tmp_path / "s", inputs, extractor=Interrupted(), batch_size=1)
    assert (tmp_path / "s").is_dir()
    report, _ = build_at(tmp_path / "s", inputs)
    assert report.counts == {"unchanged": 1, "added": 1}
    with pytest.raises(KeyboardInterrupt):  # interrupted before its first article: no store
        Interrupted.calls = 1
        build_at(tmp_path / "t", inputs[1:], extractor=Interrupted(), batch_size=1)
    assert not (tmp_path / "t").exists()
