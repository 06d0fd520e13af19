"""The `kg` command line end to end, from parsed CoNLL-U (no model needed), and the
bad-input matrix: one line on stderr, a non-zero exit, nothing stored lost."""

from __future__ import annotations

import errno
import json
import re
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import main

DATA = Path(__file__).parent / "data"
EN = DATA / "2021-12-15_putin_xi_en.conllu"
ID = DATA / "2022-06-30_jokowi_putin_id.conllu"


def run(*args: str, env: dict | None = None):
    runner = CliRunner()
    return runner.invoke(main, [str(a) for a in args], env=env or {}, catch_exceptions=False)


def one_error_line(result) -> str:
    lines = [ln for ln in result.stderr.splitlines() if ln.startswith("kg: error")]
    assert len(lines) == 1, result.stderr
    assert "Traceback" not in result.stderr
    return lines[0]


@pytest.fixture
def store(tmp_path) -> Path:
    """A store built from two parsed articles (English and Indonesian)."""
    path = tmp_path / "store"
    result = run("build", EN, ID, "--store", path)
    assert result.exit_code == 0, result.stderr
    return path


def triples(store: Path, *extra: str) -> list[dict]:
    result = run("triples", "--store", store, "--format", "json", *extra)
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)


def test_build_and_triples_contract(store):
    result = run("triples", "--store", store)
    header = result.stdout.splitlines()[0].split("\t")
    assert header[:8] == [
        "subject",
        "relation",
        "object",
        "date",
        "factuality",
        "confidence",
        "article",
        "sentence",
    ]
    rows = triples(store)
    talks = [
        r
        for r in rows
        if r["relation"] == "talks_with"
        and {r["subject"], r["object"]} == {"Vladimir Putin", "Xi Jinping"}
    ]
    assert any("held talks" in r["sentence"] for r in talks)
    assert talks[0]["date"] == "2021-12-15"
    assert any(r["subject"] == "Joko Widodo" and r["relation"] == "meets" for r in rows)
    # negated instances are stored but not shown by default
    assert not any(r["factuality"] == "negated" for r in rows)
    assert any(r["factuality"] == "negated" for r in triples(store, "--all"))


def test_building_twice_changes_nothing(store):
    before = run("stats", "--store", store).stdout
    assert run("build", EN, ID, "--store", store).exit_code == 0
    assert run("stats", "--store", store).stdout == before


def test_export_turtle_has_the_store_triple_count(store, tmp_path):
    import rdflib

    out, full = tmp_path / "g.ttl", tmp_path / "full.ttl"
    assert run("export", "--store", store, "--format", "turtle", "-o", out).exit_code == 0
    everything = ("--factuality", "all", "--with-ontology")
    assert run("export", "--store", store, "-o", full, *everything).exit_code == 0
    stats = run("stats", "--store", store).stdout
    count = next(int(ln.split()[-1]) for ln in stats.splitlines() if ln.startswith("triples"))
    assert len(rdflib.Graph().parse(full)) == count  # everything the store holds
    assert len(rdflib.Graph().parse(out)) < count  # the default: no future/negated, no ontology


def test_sparql_path_allies_draw_validate(store, tmp_path):
    q = run(
        "sparql",
        "-f",
        "examples/queries/talks_between_leaders.rq",
        "--store",
        store,
        "--format",
        "csv",
    )
    assert q.exit_code == 0 and "Vladimir Putin" in q.stdout and "Xi Jinping" in q.stdout
    p = run("path", "Indonesia", "China", "--store", store, "--polarity", "any")
    assert p.exit_code == 0 and "Russia" in p.stdout
    assert run("validate", "--store", store).exit_code == 0
    png = tmp_path / "g.png"
    assert run("draw", "-o", png, "--store", store).exit_code == 0
    assert png.read_bytes()[:4] == b"\x89PNG"


def test_remove_article(store):
    rows = triples(store)
    article = next(r["article"] for r in rows if r["subject"] == "Joko Widodo")
    assert run("remove", article, "--store", store).exit_code == 0
    assert not any(r["article"] == article for r in triples(store))
    missing = run("remove", article, "--store", store)
    assert missing.exit_code == 7 and "no article" in one_error_line(missing)


# --- the bad-input matrix ------------------------------------------------------


@pytest.mark.parametrize(
    "name, content, words",
    [
        ("empty.txt", b"", "empty"),
        ("blank.txt", b"  \n \t\n", "empty"),
        ("doc.txt", b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n", "PDF"),
        ("img.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PNG"),
        ("bad.conllu", b"1\tRussia\tRussia\tPROPN\t_\t_\tx\troot\t_\t_\n", "not an integer"),
        ("cols.conllu", b"1\tRussia\tRussia\tPROPN\t_\t_\t0\troot\n", "columns"),
        (
            "cycle.conllu",
            b"1\tA\ta\tX\t_\t_\t2\tdep\t_\t_\n2\tB\tb\tX\t_\t_\t1\tdep\t_\t_\n3\tC\tc\tX\t_\t_\t0\troot\t_\t_\n",
            "cycle",
        ),
    ],
)
def test_bad_file_one_line_nonzero_and_store_kept(store, tmp_path, name, content, words):
    before = run("stats", "--store", store).stdout
    bad = tmp_path / name
    bad.write_bytes(content)
    result = run("build", bad, "--store", store)
    assert result.exit_code == 2
    assert words.lower() in one_error_line(result).lower()
    assert run("stats", "--store", store).stdout == before


def test_missing_path_and_empty_folder(tmp_path):
    result = run("build", tmp_path / "nope.txt", "--store", tmp_path / "s")
    assert result.exit_code == 2 and "no such file" in one_error_line(result)
    (tmp_path / "empty").mkdir()
    result = run("build", tmp_path / "empty", "--store", tmp_path / "s")
    assert result.exit_code == 2 and "no .txt" in one_error_line(result)


def test_jsonl_bad_lines_partial_success(tmp_path):
    shutil.copy(EN, tmp_path / "ok.conllu")
    bad = tmp_path / "feed.jsonl"
    bad.write_text('{not json\n{"title": "no text"}\n{"text": 5}\n', encoding="utf-8")
    result = run("build", tmp_path / "ok.conllu", bad, "--store", tmp_path / "s")
    assert result.exit_code == 10  # documented partial-success code
    assert (
        "feed.jsonl:1" in result.stderr
        and "feed.jsonl:2" in result.stderr
        and "feed.jsonl:3" in result.stderr
    )
    assert triples(tmp_path / "s")


def test_unknown_language_code(tmp_path):
    art = tmp_path / "a.txt"
    art.write_text("Headline\n\nRussia and China signed a treaty.", encoding="utf-8")
    models = tmp_path / "models"
    models.mkdir()
    result = run("build", art, "--lang", "xx", "--models", models, "--store", tmp_path / "s")
    assert result.exit_code != 0
    assert "'xx'" in one_error_line(result) or "xx" in result.stderr


def test_store_that_is_not_a_store(tmp_path):
    notstore = tmp_path / "notes"
    notstore.mkdir()
    (notstore / "todo.txt").write_text("hello")
    result = run("build", EN, "--store", notstore)
    assert result.exit_code == 4 and "store" in one_error_line(result)
    assert (notstore / "todo.txt").read_text() == "hello"


def test_full_disk_is_one_line_and_keeps_the_store(store, monkeypatch):
    from kg import store as store_module

    before = run("stats", "--store", store).stdout

    def full(self, *a, **k):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(store_module.Store, "write", full)
    changed = DATA / "en_constructions.conllu"
    result = run("build", changed, "--store", store)
    assert result.exit_code != 0 and "space" in one_error_line(result).lower()
    monkeypatch.undo()
    assert run("stats", "--store", store).stdout == before


def test_malformed_sparql_gives_line_and_column(store):
    result = run("sparql", "SELECT ?x WHERE {\n  ?x ?y \n}}", "--store", store)
    assert result.exit_code == 6
    assert "line" in one_error_line(result)


def test_update_and_service_refused_injection_is_literal(store):
    before = run("stats", "--store", store).stdout
    upd = run("sparql", "DELETE WHERE { GRAPH ?g { ?s ?p ?o } }", "--store", store)
    assert upd.exit_code == 6 and "--update" in one_error_line(upd)
    svc = run(
        "sparql",
        "SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }",
        "--store",
        store,
    )
    assert svc.exit_code == 6 and "--allow-service" in one_error_line(svc)
    inj = run(
        "sparql",
        "SELECT ?s WHERE { ?s <http://www.w3.org/2000/01/rdf-schema#label> ?label }",
        "--param",
        'label="> } DROP ALL #',
        "--store",
        store,
    )
    assert inj.exit_code == 0
    assert run("stats", "--store", store).stdout == before


def test_unknown_actor_no_path_empty_draw_bad_date(store, tmp_path):
    r = run("path", "Atlantis", "Russia", "--store", store)
    assert r.exit_code == 7 and "Atlantis" in one_error_line(r)
    r = run("path", "Indonesia", "Ukraine", "--store", store, "--polarity", "conflictual")
    assert r.exit_code == 7 and "path" in one_error_line(r)
    empty = tmp_path / "empty-store"
    assert run("build", DATA / "no_actor.conllu", "--store", empty).exit_code == 0
    r = run("draw", "-o", tmp_path / "x.png", "--store", empty)
    assert r.exit_code == 7 and "no relations" in one_error_line(r)
    r = run("build", EN, "--date", "15/12/2021", "--store", store)
    assert r.exit_code == 2 and "YYYY-MM-DD" in r.stderr


def test_debug_shows_tracebacks_only_when_asked(tmp_path):
    result = CliRunner().invoke(
        main, ["--debug", "build", str(tmp_path / "nope.txt"), "--store", str(tmp_path / "s")]
    )
    assert result.exit_code != 0 and result.exception is not None


def test_store_folder_that_cannot_be_written(tmp_path):
    """Even root cannot create folders in /sys: a one-line error, exit 4."""
    if not Path("/sys/kernel").is_dir():
        pytest.skip("no /sys on this system")
    result = run("build", EN, "--store", "/sys/kernel/kg-store")
    assert result.exit_code == 4
    assert "another --store" in one_error_line(result)


def test_actors_show_uses_the_date_for_the_leader():
    """`kg actors show indonesia --date 2010-01-01` names the leader of that date (it printed
    today's leader before the restructuring)."""
    then = run("actors", "show", "indonesia", "--date", "2010-01-01")
    assert then.exit_code == 0, then.stderr
    assert "Susilo Bambang Yudhoyono" in then.stdout and "on 2010-01-01" in then.stdout
    later = run("actors", "show", "indonesia", "--date", "2020-01-01")
    assert "Joko Widodo" in later.stdout and "Susilo" not in later.stdout
    title = run("actors", "show", "Presiden Indonesia", "--date", "2010-01-01")
    assert title.stdout.startswith("id             susilo_bambang_yudhoyono")


def test_rebuild_takes_no_models_option(store):
    """A rebuild re-extracts cached parses and never parses: it has no --models to ignore."""
    result = run("rebuild", "--store", store, "--models", "somewhere")
    assert result.exit_code == 2 and "No such option '--models'" in result.stderr
    assert "--models" not in run("rebuild", "--help").stdout


# --- a newcomer's first hour: one line per problem, no debris, honest counts -------------------


def only_line(result) -> str:
    """The whole of stderr, which must be one `kg: error:` line."""
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("kg: error: "), result.stderr
    return lines[0]


@pytest.mark.parametrize("content", [b"", b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"])
def test_a_failed_first_build_is_one_line_and_leaves_nothing(tmp_path, content):
    bad = tmp_path / "article.txt"
    bad.write_bytes(content)
    result = run("build", bad, "--store", tmp_path / "new-store")
    assert result.exit_code == 2
    line = only_line(result)
    assert line.count(str(bad)) == 1, line  # the path once
    assert not (tmp_path / "new-store").exists()
    assert not (tmp_path / "new-store.parses").exists()


def test_bad_option_values_are_one_line(store):
    r = run("build", EN, "--date", "15/12/2021", "--store", store)
    assert r.exit_code == 2 and "YYYY-MM-DD" in only_line(r) and "kg build --help" in r.stderr
    r = run("triples", "--store", store, "--factuality", "maybe")
    assert r.exit_code == 2 and "'maybe' is not a factuality" in only_line(r)
    r = run("triples", "--colour", "--store", store)
    assert r.exit_code == 2 and "--colour" in only_line(r)


def test_sparql_syntax_error_says_where_and_what(store):
    r = run("sparql", "SELECT ?s WHERE { ?s ?p }", "--store", store)
    line = only_line(r)
    assert r.exit_code == 6 and "line 1, column" in line and "before it is complete" in line
    r = run("sparql", "SELECT ?s WHERE { ?s ?p ?o } LIMIT x", "--store", store)
    assert "'x' is not allowed here" in only_line(r) and "column 36" in r.stderr


def test_rebuilding_says_what_the_store_keeps(tmp_path):
    run("build", EN, ID, "--store", tmp_path / "s")
    again = run("build", EN, ID, "--store", tmp_path / "s")
    assert again.exit_code == 0
    held = int(re.search(r"the store holds (\d+) relation instance", again.stderr).group(1))
    assert "2 article(s): 2 unchanged; the store holds" in again.stderr and held > 10
    assert held == len(triples(tmp_path / "s", "--factuality", "all"))


def test_triples_and_export_share_the_factuality_default(store, tmp_path):
    shown = triples(store)
    assert {r["factuality"] for r in shown} <= {"asserted", "reported"}
    every = triples(store, "--factuality", "all")
    assert len(every) > len(shown) and {r["factuality"] for r in every} > {"asserted"}
    cameo = run("export", "--format", "cameo", "--store", store).stdout.splitlines()[1:]
    assert cameo and not [r for r in cameo if "\tfuture\t" in r or "\tnegated\t" in r]
    future = run("export", "--format", "cameo", "--factuality", "future", "--store", store)
    assert all("\tfuture\t" in r for r in future.stdout.splitlines()[1:])
    ttl = run("export", "--store", store).stdout
    assert "ir:future" not in ttl and "ir:goldstein" not in ttl  # no future events, no ontology
    assert "ir:goldstein" in run("export", "--with-ontology", "--store", store).stdout


def test_models_use_records_the_folder(tmp_path, models_dir):
    config = tmp_path / "config.json"
    env = {"KG_CONFIG": str(config), "KG_MODELS": ""}
    r = run("models", "use", tmp_path, env=env)
    assert r.exit_code == 3 and "kg models download" in only_line(r) and not config.exists()
    r = run("models", "use", models_dir, env=env)
    assert r.exit_code == 0 and str(models_dir.resolve()) in config.read_text()
    listed = run("models", "list", env=env)
    assert str(models_dir.resolve()) in listed.stdout and "en" in listed.stdout


def test_no_models_anywhere_is_one_line_and_no_store(tmp_path):
    art = tmp_path / "a.txt"
    art.write_text("Russia and China\n\nRussia and China signed a treaty in Moscow on Monday.")
    env = {
        "KG_CONFIG": str(tmp_path / "none.json"),
        "KG_MODELS": "",
        "STANZA_RESOURCES_DIR": str(tmp_path),
    }
    r = run("build", art, "--store", tmp_path / "s", env=env)
    line = only_line(r)
    assert r.exit_code == 3 and "kg models download" in line and "kg models use" in line
    assert not (tmp_path / "s").exists()
