"""Parallel builds (worker processes, a local Ray instance) store exactly what the
one-process build stores: the same relation instances, statuses and skipped inputs."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

import kg
from kg.cli import main
from kg.errors import ModelNotFoundError, PartialSuccess, UsageError
from kg.parallel import _spread, build_parallel
from kg.pipeline import build

DATA = Path(__file__).parent / "data"
PARSED = [
    "2021-12-15_putin_xi_en.conllu",
    "2022-06-30_jokowi_putin_id.conllu",
    "en_constructions.conllu",
    "id_constructions.conllu",
]
ARTICLES = Path(__file__).resolve().parent.parent / "examples" / "articles"
ALL = ("asserted", "reported", "negated", "future")


def rows(store) -> list[tuple]:
    """What `kg triples --all` lists, as comparable tuples."""
    return sorted(
        (r["subject"], r["relation"], r["object"], r["factuality"], r["sentence"], r["article"])
        for r in store.relation_instances(factualities=ALL)
    )


def outcome(report) -> tuple:
    return report.counts, report.triples, sorted(s.source for s in report.skipped)


def _blocks(path: Path) -> list[str]:
    return [b.strip("\n") + "\n" for b in path.read_text("utf-8").split("\n\n") if b.strip()]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    """16 parsed inputs: the 4 test articles, each split in two halves (8 more articles),
    an exact copy (unchanged), a near copy (duplicate), one without actors, one broken."""
    src = tmp_path_factory.mktemp("corpus")
    for name in PARSED:
        shutil.copy(DATA / name, src / name)
        blocks = _blocks(DATA / name)
        half = (len(blocks) + 1) // 2
        stem = name.removesuffix(".conllu")
        (src / f"{stem}_a.conllu").write_text("\n".join(blocks[:half]), "utf-8")
        (src / f"{stem}_b.conllu").write_text("\n".join(blocks[half:]), "utf-8")
    shutil.copy(DATA / PARSED[0], src / "zz_copy_of_putin_xi.conllu")
    near = _blocks(DATA / PARSED[0]) + _blocks(DATA / "no_actor.conllu")
    (src / "zz_near_copy_of_putin_xi.conllu").write_text("\n".join(near), "utf-8")
    shutil.copy(DATA / "no_actor.conllu", src / "no_actor.conllu")
    (src / "broken.conllu").write_text("this is not CoNLL-U\n", "utf-8")
    return src


@pytest.fixture(scope="module")
def expected(corpus) -> tuple[tuple, list[tuple]]:
    """The one-process build of the corpus."""
    with kg.open("memory") as store:
        report = build([corpus], store)
        got = rows(store)
    counts = report.counts
    assert counts.get("added", 0) >= 12, counts
    assert counts.get("unchanged") == 1 and counts.get("duplicate") == 1, counts
    assert [s.source for s in report.skipped] == [str(corpus / "broken.conllu")]
    assert len(got) > 50
    return outcome(report), got


def test_spread_gives_every_worker_a_share_in_order():
    assert list(_spread(range(5), 32, 2)) == [[0, 1, 2], [3, 4]]
    assert list(_spread(range(9), 2, 2)) == [[0, 1], [2, 3], [4, 5], [6, 7], [8]]
    assert list(_spread([], 8, 2)) == []


def test_local_workers_store_what_one_process_stores(corpus, expected):
    with kg.open("memory") as store:
        report = build_parallel([corpus], store, workers=2, engine="local", batch_size=2)
        assert (outcome(report), rows(store)) == expected


def test_the_library_build_runs_workers_itself(corpus, expected):
    """`kg.build(..., workers=2)` in Python is what `kg build --workers 2` does: the library
    chooses the engine, and its report says what was built and skipped."""
    with kg.open("memory") as store:
        report = kg.build([corpus], store, workers=2, batch_size=2)
        assert (outcome(report), rows(store)) == expected
    problem = report.problem()
    assert isinstance(problem, PartialSuccess) and "1 input(s) skipped" in str(problem)
    with kg.open("memory") as store, pytest.raises(UsageError, match="default parser"):
        kg.build([corpus], store, workers=2, extractor=object())


def test_bad_engine_or_worker_count_is_a_usage_error(corpus):
    with kg.open("memory") as store:
        with pytest.raises(UsageError, match="unknown engine"):
            build_parallel([corpus], store, engine="spark")
        with pytest.raises(UsageError, match="workers"):
            build_parallel([corpus], store, workers=0)


def test_unreachable_ray_address_fails_fast(corpus):
    with (
        kg.open("memory") as store,
        pytest.raises(UsageError, match="cannot reach the Ray cluster"),
    ):
        build_parallel([corpus], store, engine="ray", address="127.0.0.1:1")
    with kg.open("memory") as store, pytest.raises(UsageError, match="invalid Ray address"):
        build_parallel([corpus], store, engine="ray", address="headnode")
    with kg.open("memory") as store, pytest.raises(UsageError, match="--engine ray"):
        build_parallel([corpus], store, engine="local", address="127.0.0.1:6379")


def test_missing_model_in_a_worker_is_the_same_error(tmp_path):
    (tmp_path / "a.txt").write_text("Putin meets Xi\n\nPutin met Xi in Moscow.\n", "utf-8")
    (tmp_path / "models").mkdir()
    with (
        kg.open("memory") as store,
        pytest.raises(ModelNotFoundError, match="no models for language 'en'"),
    ):
        build_parallel(
            [tmp_path / "a.txt"], store, workers=2, lang="en", models=tmp_path / "models"
        )


@pytest.mark.slow
def test_cli_build_with_two_workers(corpus, expected, tmp_path):
    clean = tmp_path / "in"
    shutil.copytree(corpus, clean, ignore=shutil.ignore_patterns("broken.conllu"))
    result = CliRunner().invoke(
        main, ["build", str(clean), "--workers", "2", "--store", str(tmp_path / "s"), "-q"], env={}
    )
    assert result.exit_code == 0, result.stderr
    assert "relation instance(s)" in result.stderr
    with kg.open(tmp_path / "s") as store:
        assert rows(store) == expected[1]


# --- Ray: one local instance with 2 CPUs for the module ------------------------------------


@pytest.fixture(scope="module")
def ray_cluster():
    ray = pytest.importorskip("ray", reason="Ray is not installed (pip install 'kg[ray]')")
    import logging

    ray.init(
        address="local",
        num_cpus=2,
        include_dashboard=False,
        log_to_driver=False,
        logging_level=logging.ERROR,
    )
    yield ray
    ray.shutdown()


def test_ray_engine_stores_what_one_process_stores(ray_cluster, corpus, expected):
    with kg.open("memory") as store:
        report = build_parallel([corpus], store, workers=2, engine="ray", batch_size=2)
        assert (outcome(report), rows(store)) == expected
    assert ray_cluster.is_initialized()  # a running instance is used, not shut down


def test_ray_worker_error_comes_back_as_itself(ray_cluster, tmp_path):
    (tmp_path / "a.txt").write_text("Putin meets Xi\n\nPutin met Xi in Moscow.\n", "utf-8")
    (tmp_path / "models").mkdir()
    with (
        kg.open("memory") as store,
        pytest.raises(ModelNotFoundError, match="no models for language 'en'"),
    ):
        build_parallel([tmp_path], store, engine="ray", lang="en", models=tmp_path / "models")


def test_cli_build_with_ray(ray_cluster, corpus, expected, tmp_path):
    result = CliRunner().invoke(
        main,
        [
            "build",
            str(corpus),
            "--engine",
            "ray",
            "--workers",
            "2",
            "--store",
            str(tmp_path / "s"),
            "-q",
        ],
        env={},
    )
    assert result.exit_code == PartialSuccess.exit_code, result.stderr
    assert (
        "skipped" in result.stderr and "broken.conllu" in result.stderr
    )  # named; the rest is built
    with kg.open(tmp_path / "s") as store:
        assert rows(store) == expected[1]


# --- with Stanza models: plain text through the parser ---------------------------------------


@pytest.mark.slow
@pytest.mark.model
def test_two_workers_parse_like_one(models_dir, parser, tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    for name in ("2021-12-15_putin_xi_video_call.txt", "2022-11-14_biden_xi_meet_in_bali.txt"):
        shutil.copy(ARTICLES / "en" / name, src)
    with kg.open(tmp_path / "one") as store:
        one = build([src], store, parser=parser, use_cache=False)
        want = rows(store)
    assert one.counts == {"added": 2} and want
    with kg.open(tmp_path / "two") as store:
        two = build_parallel([src], store, workers=2, models=models_dir)
        assert (outcome(two), rows(store)) == (outcome(one), want)
    assert two.cached == 0
    with kg.open(tmp_path / "two") as store:  # the workers filled the parse cache beside the store
        again = build_parallel([src], store, workers=2, models=models_dir)
    assert again.counts == {"unchanged": 2} and again.cached == 2


def test_language_batches_are_of_one_language_in_bounded_windows():
    from kg.records import Article
    from kg.stages import language_batches

    arts = [Article(text=f"t{i}", lang="id" if i % 3 else "en", source=f"{i}") for i in range(10)]
    skipped: list = []
    batches = list(language_batches(iter(arts), 3, "auto", None, skipped))
    assert all(len({a.lang for a in b}) == 1 and len(b) <= 3 for b in batches)
    assert sorted(a.source for b in batches for a in b) == sorted(a.source for a in arts)
    assert [a.source for b in batches if b[0].lang == "en" for a in b] == ["0", "3", "6", "9"]
    assert not skipped


def test_a_store_failure_in_the_write_stage_stops_the_build(corpus):
    """Extraction and writes run in a second thread: its error reaches the caller at once
    (no hang, no later batch written)."""
    from kg.errors import StoreError

    class Failing:
        path = None
        calls = 0

        def add_article(self, *args, **kwargs):
            self.calls += 1
            raise StoreError("disk full; free space and re-run")

    store = Failing()
    with pytest.raises(StoreError, match="disk full"):
        build([corpus], store, batch_size=2)
    assert store.calls == 1
