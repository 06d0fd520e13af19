"""Security end to end through the ``kg`` command line (parsed CoNLL-U, no Stanza model):
hostile article text never runs in a browser, SPARQL is read-only by default and SERVICE
is refused, parameters are bound and never run, credentials are never shown or stored,
input size is limited."""

from __future__ import annotations

import base64
import json
import re
import socket
import subprocess
import traceback
import urllib.parse
import urllib.request
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import main

DATA = Path(__file__).parent / "data"
EN = DATA / "2021-12-15_putin_xi_en.conllu"
SCRIPT = "<script>window.__pwned=1</script>"
IMG = "<img src=x onerror=\"document.title='pwned'\">"
COUNT = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"
PASSWORD = "s3cret"


def run(*args, env: dict | None = None, catch: bool = False):
    runner = CliRunner()
    return runner.invoke(main, [str(a) for a in args], env=env or {}, catch_exceptions=catch)


def error_line(result) -> str:
    lines = [ln for ln in result.stderr.splitlines() if ln.startswith("kg: error")]
    assert len(lines) == 1, result.stderr
    assert "Traceback" not in result.stderr
    return lines[0]


def hostile_article(folder: Path) -> Path:
    """The Putin–Xi article with script payloads in the headline and in sentence 1, both in
    ``# text`` and in a token's FORM (still 10 tab-separated columns)."""
    raw = EN.read_text(encoding="utf-8")
    edits = [
        (
            "# text = Putin and Xi hold video talks amid Western pressure\n",
            f"# text = Putin and Xi hold video talks amid Western pressure{SCRIPT}\n",
        ),
        ("\tpressure\tpressure\t", f"\tpressure{SCRIPT}\tpressure\t"),
        ("by video link on Wednesday.\n", f"by video link on Wednesday{IMG}{SCRIPT}.\n"),
        ("22\tWednesday\tWednesday\t", f"22\tWednesday{IMG}{SCRIPT}\tWednesday\t"),
    ]
    for old, new in edits:
        assert raw.count(old) == 1, old
        raw = raw.replace(old, new)
    for line in raw.splitlines():
        assert line.startswith("#") or not line or len(line.split("\t")) == 10, line
    path = folder / "2021-12-15_hostile_en.conllu"
    path.write_text(raw, encoding="utf-8")
    return path


@pytest.fixture
def hostile_store(tmp_path) -> Path:
    store = tmp_path / "store"
    result = run("build", hostile_article(tmp_path), "--store", store, "-q")
    assert result.exit_code == 0, result.stderr
    return store


def count(store) -> int:
    result = run("sparql", COUNT, "--store", store, "--format", "json")
    assert result.exit_code == 0, result.stderr
    return int(json.loads(result.stdout)["results"]["bindings"][0]["n"]["value"])


# --- hostile text in the HTML page ----------------------------------------------------------

CHROMIUM = Path("/usr/bin/chromium")


def chromium_dom(profile: Path, url: str) -> str:
    cmd = [
        str(CHROMIUM),
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--no-first-run",
        "--disable-sync",
        f"--user-data-dir={profile}",
        "--virtual-time-budget=3000",
        "--dump-dom",
        url,
    ]
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=120, cwd=profile.parent)
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout


def test_hostile_text_reaches_the_store_as_plain_text(hostile_store):
    result = run("triples", "--store", hostile_store, "--format", "json")
    sentences = {row["sentence"] for row in json.loads(result.stdout)}
    assert any(SCRIPT in s for s in sentences) and any(IMG in s for s in sentences)


@pytest.mark.browser
@pytest.mark.skipif(not CHROMIUM.exists(), reason="no /usr/bin/chromium (apt-get install chromium)")
def test_hostile_article_does_not_run_in_the_drawn_page(hostile_store, tmp_path):
    page = tmp_path / "page.html"
    result = run("draw", "--store", hostile_store, "-o", page)
    assert result.exit_code == 0, result.stderr
    text = page.read_text(encoding="utf-8")
    title = re.search(r"<title>([^<]*)</title>", text).group(1)
    assert "pwned" not in title and text.count("<script") == 2  # the data block and kg's code
    # escaping alone must hold: a copy without the Content-Security-Policy, with a probe
    # that records what ran
    probe = (
        "document.body.setAttribute('data-ran', String(window.__pwned === 1 || "
        "document.title === 'pwned' || !!document.querySelector('img, #info script')))"
    )
    bare = tmp_path / "bare.html"
    stripped = re.sub(r'<meta http-equiv="Content-Security-Policy"[^>]*>', "", text)
    assert stripped != text
    bare.write_text(stripped.replace("</body>", f"<script>{probe}</script></body>"))
    for target in (page, bare):
        # #node= opens the evidence panel: the hostile sentences are put into the page
        dom = chromium_dom(tmp_path / "profile", f"{target.as_uri()}#node=vladimir_putin")
        assert f"<title>{title}</title>" in dom
        assert "<img" not in dom and "__pwned=1</script>" not in dom
        info = dom.split('id="info"', 1)[1]
        assert "&lt;script&gt;window.__pwned=1&lt;/script&gt;" in info  # shown, as text
        assert "Wednesday&lt;img src=x onerror=" in info
        if target == bare:
            assert 'data-ran="false"' in dom


# --- SPARQL: read-only, SERVICE, parameters -----------------------------------------------


INSERT = "INSERT DATA { GRAPH <urn:x:g> { <urn:x:a> <urn:x:b> <urn:x:c> } }"


def test_sparql_is_read_only_unless_update(hostile_store):
    before = count(hostile_store)
    for update in (
        INSERT,
        "DROP ALL",
        "prefix x: <urn:x:>\n# comment\ndelete where { graph ?g { ?s ?p ?o } }",
        "CLEAR DEFAULT ; " + INSERT,
    ):
        result = run("sparql", update, "--store", hostile_store)
        assert result.exit_code != 0
        assert "--update" in error_line(result)
        assert count(hostile_store) == before
    result = run("sparql", INSERT, "--store", hostile_store, "--update")
    assert result.exit_code == 0, result.stderr
    assert count(hostile_store) == before + 1  # the count does see a write


@pytest.mark.parametrize(
    "query",
    [
        "SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }",
        "select * where { ?a ?b ?c . OPTIONAL { service silent <http://127.0.0.1:9/q> { ?s ?p ?o } } }",
        "ASK { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }",
        "PREFIX e: <http://127.0.0.1:9/>\nCONSTRUCT { ?s ?p ?o } WHERE { SERVICE e:sparql { ?s ?p ?o } }",
    ],
    ids=["select", "silent-nested", "ask", "construct-pname"],
)
def test_service_is_refused(hostile_store, query):
    result = run("sparql", query, "--store", hostile_store)
    assert result.exit_code == 6
    line = error_line(result)
    assert "SERVICE" in line and "--allow-service" in line


def test_load_is_refused_even_with_update(hostile_store):
    before = count(hostile_store)
    result = run(
        "sparql", "LOAD <http://127.0.0.1:9/data.ttl>", "--store", hostile_store, "--update"
    )
    assert result.exit_code == 6
    assert "--allow-service" in error_line(result)
    assert count(hostile_store) == before


@pytest.mark.parametrize(
    "value",
    [
        '"> } DROP ALL #',
        'x" } } ; DROP ALL ; SELECT * WHERE { { "',
        'Russia"@en } INSERT DATA { <urn:x:a> <urn:x:b> <urn:x:c> } #',
        f"Putin{SCRIPT}",  # (a value written <...> is an IRI, not text)
    ],
)
def test_parameters_are_bound_as_values(hostile_store, value):
    before = count(hostile_store)
    query = "SELECT ?a WHERE { ?a rdfs:label ?label }"
    result = run("sparql", query, "--param", f"label={value}", "--store", hostile_store)
    assert result.exit_code in (0, 2, 6), result.stderr
    assert count(hostile_store) == before
    echo = run(
        "sparql",
        "SELECT ?v WHERE { }",
        "--param",
        f"v={value}",
        "--store",
        hostile_store,
        "--format",
        "json",
    )
    assert echo.exit_code == 0, echo.stderr
    [row] = json.loads(echo.stdout)["results"]["bindings"]
    assert row["v"]["value"] == value  # one literal, exactly the value given


# --- credentials for a remote store ---------------------------------------------------------


def closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def secrets_in(text: str) -> list[str]:
    token = base64.b64encode(f"alice:{PASSWORD}".encode()).decode()
    return [s for s in (PASSWORD, token) if s in text]


def test_credentials_from_the_environment_are_not_printed():
    url = f"http://127.0.0.1:{closed_port()}/query"
    env = {"KG_STORE_USER": "alice", "KG_STORE_PASSWORD": PASSWORD}
    result = run("sparql", "SELECT * WHERE { ?s ?p ?o }", "--store", url, env=env)
    assert result.exit_code == 4
    line = error_line(result)
    assert "cannot reach" in line and f"127.0.0.1:{url.split(':')[2]}" in line
    assert not secrets_in(result.output + result.stderr)


def test_credentials_in_the_url_are_not_printed_even_with_debug():
    port = closed_port()
    url = f"http://alice:{PASSWORD}@127.0.0.1:{port}/query"
    result = run("sparql", "SELECT * WHERE { ?s ?p ?o }", "--store", url)
    assert result.exit_code == 4
    assert not secrets_in(error_line(result)) and "alice" not in error_line(result)
    debug = run("--debug", "sparql", "ASK {}", "--store", url, catch=True)
    assert debug.exception is not None
    shown = "".join(traceback.format_exception(debug.exception))
    assert not secrets_in(shown), shown[-500:]


def test_credentials_are_not_written_into_the_graph_or_shown_by_build(tmp_path):
    from store_cases import oxigraph_server

    with oxigraph_server(tmp_path / "server") as url:
        parts = urllib.parse.urlsplit(url)
        secret_url = f"http://alice:{PASSWORD}@{parts.netloc}{parts.path}"
        env = {"KG_STORE_USER": "alice", "KG_STORE_PASSWORD": PASSWORD}
        result = run("build", EN, "--store", secret_url, "-q", env=env)
        assert result.exit_code == 0, result.stderr
        assert not secrets_in(result.output + result.stderr), result.stderr
        query = urllib.parse.urlencode({"query": "SELECT * WHERE { GRAPH ?g { ?s ?p ?o } }"})
        req = urllib.request.Request(f"{url}?{query}", headers={"Accept": "text/csv"})
        with urllib.request.urlopen(req, timeout=30) as resp:
            dump = resp.read().decode("utf-8")
    assert "talks_with" in dump  # the article is there
    assert not secrets_in(dump) and "alice" not in dump


# --- input size limit -----------------------------------------------------------------------


def test_input_size_limit(tmp_path):
    store = tmp_path / "store"
    result = run("build", EN, "--store", store, "--max-bytes", "100", "-q")
    assert result.exit_code == 2
    (line,) = result.stderr.splitlines()  # nothing built: one line says why
    assert line.startswith("kg: error: nothing built:") and EN.name in line
    assert "limit of 100" in line and "--max-bytes" in line
    assert not store.exists()  # and no empty store is left behind
    # a small file under the same limit is built; the big one is reported (partial success)
    small = DATA / "no_actor.conllu"
    limit = small.stat().st_size + 1
    result = run("build", EN, small, "--store", store, "--max-bytes", limit, "-q")
    assert result.exit_code == 10, result.stderr
    assert f"limit of {limit}" in result.stderr
    assert "1 article(s)" in result.stderr
