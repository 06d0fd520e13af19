"""The RDF store (kg.store): idempotent ingest, replacement, duplicates, removal, locking,
crash safety, relation instances and stats."""

from __future__ import annotations

import datetime as dt
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from store_cases import (
    ALL_INSTANCES,
    CORPUS,
    DEFAULT_INSTANCES,
    fill,
    syndicated_copy,
    synthetic,
)

from kg.errors import InputError, NotFoundError, StoreError, StoreLockedError
from kg.knowledge.actors import load_actors
from kg.records import Article
from kg.store import META_GRAPH, Store

ART = "https://w3id.org/kg/article/"
ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def actors():
    return load_actors()


@pytest.fixture
def store(tmp_path, actors):
    with Store.open(tmp_path / "store") as st:
        fill(st, actors)
        yield st


def graph_quads(store: Store, article_id: str) -> set[str]:
    rows = store.query(f"SELECT ?s ?p ?o WHERE {{ GRAPH <{ART}{article_id}> {{ ?s ?p ?o }} }}")
    return {" ".join(str(t) for t in row) for row in rows.rows}


def test_building_twice_changes_no_count(store, actors):
    before, version = store.stats(), store.version()
    statuses = [store.add_article(a, t, actors) for a, t in CORPUS]
    assert statuses == ["unchanged"] * len(CORPUS)
    assert store.stats() == before
    assert store.version() == version
    assert before["articles"] == len(CORPUS)
    assert before["relation_instances"] == ALL_INSTANCES
    assert len(store.relation_instances()) == DEFAULT_INSTANCES


def test_a_changed_article_replaces_only_its_own_graph(store, actors):
    others = {a.id: graph_quads(store, a.id) for a, _ in CORPUS[1:]}
    old, triples = CORPUS[0]
    changed = Article(
        text=old.text.replace("Rabu", "Kamis") + " Pembicaraan berlangsung dua jam.",
        title=old.title,
        url=old.url,
        date=old.date,
        lang=old.lang,
        source=old.source,
    )
    assert store.add_article(changed, triples[:1], actors) == "replaced"
    assert graph_quads(store, old.id) == set()
    assert {a.id: graph_quads(store, a.id) for a, _ in CORPUS[1:]} == others
    rows = [r for r in store.relation_instances() if r["url"] == old.url]
    assert [(r["subject"], r["relation"], r["object"]) for r in rows] == [
        ("vladimir_putin", "talks_with", "xi_jinping")
    ]
    assert rows[0]["article"] == changed.id
    assert store.stats()["articles"] == len(CORPUS)


def test_without_url_the_source_path_identifies_the_article(store, actors):
    old, triples = CORPUS[4]
    assert not old.url
    changed = Article(
        text=old.text + " Kerja sama dimulai tahun depan.",
        title=old.title,
        source=old.source,
        lang="id",
    )
    assert store.add_article(changed, triples, actors) == "replaced"
    assert store.stats()["articles"] == len(CORPUS)


def test_a_syndicated_copy_is_linked_not_counted(store, actors):
    copy, triples = syndicated_copy()
    before = store.stats()
    assert store.add_article(copy, triples, actors) == "duplicate"
    after = store.stats()
    assert after["articles"] == before["articles"]
    assert after["duplicates"] == 1
    assert after["relation_instances"] == before["relation_instances"]
    ask = store.query(f"ASK {{ <{ART}{copy.id}> ir:duplicateOf <{ART}{CORPUS[3][0].id}> }}")
    assert ask.boolean is True
    assert store.add_article(copy, triples, actors) == "unchanged"


def test_remove_by_id_url_or_source(store):
    a0, a1, a4 = CORPUS[0][0], CORPUS[1][0], CORPUS[4][0]
    assert store.remove_article(a0.id) == [a0.id]
    assert store.remove_article(a1.url) == [a1.id]
    assert store.remove_article(a4.source) == [a4.id]
    stats = store.stats()
    assert stats["articles"] == len(CORPUS) - 3
    assert {r["article"] for r in store.relation_instances()} == {CORPUS[2][0].id, CORPUS[3][0].id}
    # actors no article mentions any more leave the actor graph
    assert store.query("ASK { act:aukus ?p ?o }").boolean is False
    with pytest.raises(NotFoundError, match="no article"):
        store.remove_article(a0.id)
    with pytest.raises(NotFoundError):
        store.remove_article("https://example.org/never")


def test_the_rdf_model(store):
    a = CORPUS[0][0]
    rows = store.query(
        """SELECT ?ev ?conf ?speaker WHERE { ?ev ir:subject act:russia ; ir:relation ir:opposes ;
           ir:object act:aukus ; ir:factuality ir:reported ; ir:confidence ?conf ;
           prov:wasDerivedFrom ?art ; sem:hasActor act:russia , act:aukus ; ir:speaker ?speaker .
           ?art schema:url ?url ; dcterms:title ?title ; ir:sha256 ?sha ; dcterms:language "id" }"""
    ).dicts()
    assert len(rows) == 1
    assert rows[0]["speaker"].endswith("/vladimir_putin")
    assert rows[0]["conf"] == "0.8"
    graph = f"<{ART}{a.id}>"
    assert store.query(f"ASK {{ GRAPH {graph} {{ act:russia ir:opposes act:aukus }} }}").boolean
    # future and negated instances get an event node but no direct triple
    assert store.query("ASK { ?e ir:factuality ir:future ; ir:subject act:xi_jinping }").boolean
    assert not store.query("ASK { act:xi_jinping ir:meets act:vladimir_putin }").boolean
    assert not store.query("ASK { act:russia ir:attacks act:nato }").boolean
    labels = store.query(
        "SELECT ?l ?code WHERE { GRAPH <https://w3id.org/kg/graph/actors> "
        "{ act:vladimir_putin rdfs:label ?l ; a ir:Person ; ir:cameoCode ?code } }"
    ).dicts()
    assert labels == [{"l": "Vladimir Putin", "code": "RUSGOV"}]


def test_the_store_validates_against_the_shapes(store):
    from kg.store.validate import validate_store

    assert validate_store(store) == []


def test_relation_instances_filters_and_order(store):
    rows = store.relation_instances()
    assert [r["date"] for r in rows] == sorted(r["date"] for r in rows)
    assert {r["factuality"] for r in rows} == {"asserted", "reported"}
    first = rows[0]
    assert first["subject_label"] == "Indonesia" and first["object_type"] == "Alliance"
    since = store.relation_instances(since=dt.date(2022, 1, 1), until=dt.date(2022, 12, 31))
    assert {r["date"].year for r in since} == {2022}
    russia = store.relation_instances(
        actor="Russia", factualities=("asserted", "reported", "negated")
    )
    assert russia and all("russia" in (r["subject"], r["object"]) for r in russia)
    assert (
        store.relation_instances(actor="act:russia", factualities=("negated",))[0]["relation"]
        == "attacks"
    )
    with pytest.raises(NotFoundError, match="no actor"):
        store.relation_instances(actor="Atlantis")


def test_version_changes_on_every_write_only(store, actors):
    v = store.version()
    store.query("SELECT * WHERE { ?s ?p ?o } LIMIT 1")
    store.stats()
    assert store.version() == v
    store.add_article(*synthetic(1), actors)
    assert store.version() != v


def test_counts_and_dataset_view(store):
    stats = store.stats()
    assert stats["quads"] == len(store) > stats["triples"]
    assert stats["by_language"] == {"id": 6, "en": 7}
    assert len(store.dataset) > 0  # rdflib's view of the same store (oxrdflib)


def test_bad_input_is_refused_before_writing(store, actors):
    a, _ = synthetic(2)
    from kg.records import Triple

    with pytest.raises(InputError, match="factuality"):
        store.add_article(a, [Triple("russia", "opposes", "china", "maybe")], actors)
    with pytest.raises(InputError, match="IRI"):
        store.add_article(a, [Triple("not an id>", "opposes", "china")], actors)
    with pytest.raises(InputError, match="unknown relation"):
        store.add_article(a, [Triple("russia", "befriends", "china")], actors)
    assert store.find_articles(a.id) == []


def test_memory_store_and_unknown_actors():
    from kg.records import Triple

    with Store.open("memory") as st:
        a, _ = synthetic(3)
        assert st.add_article(a, [Triple("some_new_person", "meets", "russia")]) == "added"
        row = st.relation_instances()[0]
        assert row["subject_label"] == "some new person" and row["subject_type"] == "Actor"
        assert st.path is None


# --- opening, locking -----------------------------------------------------------------


def test_folders_that_are_not_stores(tmp_path):
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "notes.txt").write_text("hello")
    with pytest.raises(StoreError, match="not a kg store"):
        Store.open(tmp_path / "docs")
    with pytest.raises(StoreError, match="no store at"):
        Store.open(tmp_path / "missing", create=False)
    with pytest.raises(StoreError, match="no store at"):
        Store.open(tmp_path / "missing", read_only=True)
    with pytest.raises(StoreError, match="is a file"):
        Store.open(tmp_path / "docs" / "notes.txt")
    with pytest.raises(StoreError, match="cannot create"):
        Store.open("/proc/kg-store-cannot-exist/store")
    assert (tmp_path / "docs" / "notes.txt").read_text() == "hello"


@pytest.mark.skipif(os.geteuid() == 0, reason="root can write anywhere")
def test_a_folder_that_is_not_writable(tmp_path):
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with pytest.raises(StoreError, match="not writable"):
            Store.open(folder)
    finally:
        folder.chmod(0o700)


def _run(code: str, *args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", "")}
    return subprocess.run(
        [sys.executable, "-c", code, *args], capture_output=True, text=True, env=env, timeout=120
    )


def test_a_second_writer_is_told_at_once_and_readers_still_read(store, tmp_path):
    code = (
        "import sys\nfrom kg.store import Store\nfrom kg.errors import StoreLockedError\n"
        "try:\n    Store.open(sys.argv[1])\nexcept StoreLockedError as e:\n    print('LOCKED', e)\n"
        "with Store.open(sys.argv[1], read_only=True) as r:\n    print('READ', r.stats()['articles'])\n"
    )
    out = _run(code, str(store.path)).stdout
    assert f"LOCKED store {store.path} is in use by process {os.getpid()}" in out
    assert "wait for it to finish or use another --store" in out
    assert f"READ {len(CORPUS)}" in out
    with pytest.raises(StoreLockedError):
        Store.open(store.path)  # the same process too
    with pytest.raises(StoreError, match="read-only"):
        Store.open(store.path, read_only=True).query("CLEAR ALL", update=True)


_READER = """
import sys
from kg.store import Store
for _ in range(5):
    with Store.open(sys.argv[1], read_only=True) as r:
        rows = r.query("SELECT ?t (COUNT(?e) AS ?n) WHERE { GRAPH ?a { ?a dcterms:title ?t "
                       "OPTIONAL { ?e prov:wasDerivedFrom ?a } } } GROUP BY ?t").dicts()
        print(len(rows), sum(int(x["t"].split()[3]) != int(x["n"]) for x in rows), flush=True)
"""


@pytest.mark.slow
def test_readers_during_a_write_see_whole_articles(tmp_path):
    path, here = tmp_path / "s", str(Path(__file__).parent)
    env = {**os.environ, "PYTHONPATH": str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", "")}
    writer = subprocess.Popen(
        [sys.executable, "-c", _WRITER, str(path), here, "3000"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    try:
        assert writer.stdout.readline().strip() == "ready", writer.stderr.read()
        assert writer.stdout.readline().strip() == "writing"
        reads = _run(_READER, str(path))
        assert reads.returncode == 0, reads.stderr
        seen = [tuple(map(int, line.split())) for line in reads.stdout.splitlines()]
        assert len(seen) == 5 and all(bad == 0 for _, bad in seen)
        assert seen[-1][0] > 0
    finally:
        writer.kill()
        writer.wait()


def test_the_lock_is_released_on_close(tmp_path):
    path = tmp_path / "s"
    Store.open(path).close()
    with Store.open(path) as st:
        assert st.stats()["articles"] == 0


_WRITER = """
import sys
sys.path.insert(0, sys.argv[2])
from store_cases import synthetic
from kg.store import Store
with Store.open(sys.argv[1]) as st:
    print("ready", flush=True)
    writing = False
    for i in range(int(sys.argv[3])):
        if st.add_article(*synthetic(i)) != "unchanged" and not writing:
            print("writing", flush=True)  # the parent kills from now on
            writing = True
print("done", flush=True)
"""


def _check_whole_articles(path: Path, n: int) -> int:
    with Store.open(path) as st:
        rows = st.query(
            "SELECT ?title (COUNT(?e) AS ?events) WHERE { GRAPH ?a { ?a dcterms:title ?title "
            "OPTIONAL { ?e prov:wasDerivedFrom ?a } } } GROUP BY ?title"
        ).dicts()
        for r in rows:
            expected = int(r["title"].split()[3])  # "synthetic I with N events"
            assert int(r["events"]) == expected, r
        stats = st.stats()
        assert stats["articles"] == len(rows) <= n and stats["duplicates"] == 0
        meta = st.query(  # each article's signature and output digest, nothing left over
            f"SELECT ?p (COUNT(*) AS ?n) WHERE {{ GRAPH <{META_GRAPH}> {{ ?a ?p ?s "
            f"FILTER(?a != <{META_GRAPH}>) }} }} GROUP BY ?p"
        )
        counts = {r["p"].rsplit("#", 1)[-1]: int(r["n"]) for r in meta.dicts()}
        assert counts == ({"minhash2": len(rows), "output": len(rows)} if rows else {})
        return len(rows)


@pytest.mark.slow
def test_killing_a_writer_at_random_moments_leaves_whole_articles(tmp_path):
    # A write takes about 1 ms here: 12 kills after 0-0.1 s each leave most of the
    # 5,000 articles to the last, unkilled run, even on a machine a few times faster.
    path, n, rng = tmp_path / "s", 5000, random.Random(8)
    env = {**os.environ, "PYTHONPATH": str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", "")}
    here = str(Path(__file__).parent)
    stored = 0
    for _ in range(12):
        proc = subprocess.Popen(
            [sys.executable, "-c", _WRITER, str(path), here, str(n)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
        )
        assert proc.stdout.readline().strip() == "ready", proc.stderr.read()
        assert proc.stdout.readline().strip() == "writing", proc.stderr.read()
        time.sleep(rng.uniform(0.0, 0.1))
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        now = _check_whole_articles(path, n)
        assert stored <= now < n
        if stored == 0:  # the first killed store also passes `kg validate`
            from kg.store.validate import validate_store

            with Store.open(path, read_only=True) as st:
                assert validate_store(st) == []
        stored = now
    done = _run(_WRITER, str(path), here, str(n))
    assert done.stdout.split() == ["ready", "writing", "done"], done.stderr
    assert _check_whole_articles(path, n) == n


def test_minhash_estimates_jaccard_of_word_5grams():
    """The signature's agreement estimates the true Jaccard similarity of the texts' word
    5-gram sets (within a few points over 64 values), and is the same in every process."""
    from kg.store.dedup import minhash

    rng = random.Random(3)
    words = [f"w{rng.randrange(5000)}" for _ in range(3000)]

    def grams(ws):
        return {" ".join(ws[i : i + 5]) for i in range(len(ws) - 4)}

    errors = []
    for keep in (1.0, 0.95, 0.8, 0.5, 0.2):
        a, b = words[:1000], words[:1000]
        cut = int(1000 * keep)
        b = a[:cut] + words[1000 + cut : 2000]  # the rest replaced by other words
        truth = len(grams(a) & grams(b)) / len(grams(a) | grams(b))
        sa, sb = minhash(" ".join(a)), minhash(" ".join(b))
        assert len(sa) == 64 and all(0 <= v < 2**32 for v in sa)
        estimate = sum(x == y for x, y in zip(sa, sb)) / 64
        errors.append(abs(estimate - truth))
    assert errors[0] == 0.0  # identical texts agree everywhere
    assert max(errors) < 0.2 and sum(errors) / len(errors) < 0.08
    assert minhash("Case  FOLDED, words only!") == minhash("case folded words only")
    out = subprocess.run(
        [sys.executable, "-c", "from kg.store.dedup import minhash; print(minhash('a b c d e f'))"],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "PYTHONHASHSEED": "123"},
    )
    assert out.stdout.strip() == str(minhash("a b c d e f"))


def test_the_writer_never_flushes_under_an_open_reader(tmp_path):
    """A read-only view opened across a RocksDB flush could see an index half flushed, so
    readers hold a shared lock and the writer's periodic flush waits for none to be open."""
    from kg.store.lock import flush_without_readers

    path = tmp_path / "s"
    flushed: list[int] = []
    with Store.open(path) as writer:
        writer.add_article(*synthetic(0))
        with Store.open(path, read_only=True) as reader:
            assert not flush_without_readers(path, lambda: flushed.append(1))
            assert reader.stats()["articles"] == 1
        assert flush_without_readers(path, lambda: flushed.append(2))
    assert flushed == [2]


def test_re_deriving_a_copy_keeps_its_original(store, actors):
    """A copy stays linked to the original it was stored with, even when an article
    stored after it is nearer (near-duplicates are not transitive): a rebuild with an
    unchanged extractor rewrites nothing."""
    from kg.store.dedup import Signatures, minhash

    def article(lo: int, name: str) -> Article:
        text = " ".join(f"w{i}" for i in range(lo, lo + 300))
        return Article(text=text, title=name, url=f"https://example.org/{name}", lang="en")

    first, copy, later = article(0, "first"), article(20, "copy"), article(22, "later")
    sigs = Signatures()  # the case: the copy is nearer the later article than the first
    sigs.add("first", minhash(first.text))
    assert sigs.near(minhash(later.text), set()) is None  # so the later one is an original
    sigs.add("later", minhash(later.text))
    assert sigs.near(minhash(copy.text), set()) == "later"
    assert sigs.near(minhash(copy.text), set(), prefer="first") == "first"
    statuses = [store.add_article(a, [], actors) for a in (first, copy, later)]
    assert statuses == ["added", "duplicate", "added"]
    assert store.add_article(copy, [], actors, force=True) == "unchanged"
    ask = f"ASK {{ <{ART}{copy.id}> ir:duplicateOf <{ART}{first.id}> }}"
    assert store.query(ask).boolean is True


def test_a_near_copy_placed_before_a_write_is_placed_again(tmp_path):
    """``near_copy_of`` remembers where it placed an article for the ``add_article`` that
    follows; a write in between (the original removed) makes add_article look again."""
    first = Article(text=" ".join(f"word{i}" for i in range(300)), title="t", source="a.txt")
    copy = Article(text=first.text + " and one more", title="t", source="b.txt")
    with Store.open(tmp_path / "s") as store:
        store.add_article(first, [])
        assert store.near_copy_of(copy) == first.id
        store.remove_article(first.id)
        assert store.add_article(copy, []) == "added"
