"""Offline training of small Stanza models (kg.parse.train) and the tiny treebank kg ships for it."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from kg.errors import InputError, KgError, LanguageError, UsageError
from kg.parse.train import PROCESSORS, train_models
from kg.parse.treebank import has_mwt, prepare_splits, read_sentences

TINY = Path(__file__).resolve().parents[1] / "kg" / "data" / "tiny"
UPOS = {"ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN", "NUM", "PART", "PRON", "PROPN"}
UPOS |= {"PUNCT", "SCONJ", "SYM", "VERB", "X"}
# A few steps each: enough for every trainer to write a model that loads, far from a useful one.
TINY_STEPS = {"tokenize": 60, "mwt": 1, "pos": 10, "lemma": 1, "depparse": 10}


def conllu_problems(block: str) -> list[str]:
    """Everything wrong with one CoNLL-U sentence (empty list when valid)."""
    problems: list[str] = []
    comments = dict(
        line[2:].split(" = ", 1)
        for line in block.splitlines()
        if line.startswith("# ") and " = " in line
    )
    rows = [line.split("\t") for line in block.splitlines() if not line.startswith("#")]
    if "sent_id" not in comments or "text" not in comments:
        problems.append("missing # sent_id or # text")
    if any(len(r) != 10 for r in rows):
        return problems + ["a line without 10 tab-separated columns"]
    words = [r for r in rows if r[0].isdigit()]
    if [int(r[0]) for r in words] != list(range(1, len(words) + 1)):
        problems.append("word ids are not 1..n")
    heads = {int(r[0]): int(r[6]) for r in words}
    roots = [r for r in words if r[6] == "0"]
    if len(roots) != 1 or roots[0][7] != "root":
        problems.append(f"{len(roots)} roots (want exactly one, with deprel root)")
    for r in words:
        if not 0 <= int(r[6]) <= len(words) or int(r[6]) == int(r[0]):
            problems.append(f"word {r[0]} has head {r[6]} out of range")
        if (r[7] == "root") != (r[6] == "0"):
            problems.append(f"word {r[0]}: deprel root iff head 0")
        if r[3] not in UPOS:
            problems.append(f"word {r[0]} has UPOS {r[3]}")
        feats = r[5].split("|")
        if r[5] != "_" and (
            feats != sorted(feats, key=str.lower) or not all("=" in f for f in feats)
        ):
            problems.append(f"word {r[0]} has unsorted or malformed FEATS {r[5]}")
    for start in heads:
        seen, node = set(), start
        while node != 0 and node in heads and node not in seen:
            seen.add(node)
            node = heads[node]
        if node != 0:
            problems.append(f"word {start} is on a cycle or a dangling head")
            break
    # the surface text, from tokens (multi-word tokens stand for their words) and SpaceAfter=No
    text, skip_until = "", 0
    for r in rows:
        if "-" in r[0]:
            first, last = (int(x) for x in r[0].split("-"))
            skip_until = last
        elif int(r[0]) <= skip_until:
            continue
        text += r[1] + ("" if "SpaceAfter=No" in r[9] else " ")
    if text.rstrip() != comments.get("text"):
        problems.append(f"tokens spell {text.rstrip()!r}, not the # text")
    return problems


def tiny_blocks() -> list[str]:
    return [b for f in sorted(TINY.glob("*.conllu")) for b in read_sentences(f)]


def test_tiny_treebank_is_valid_ud():
    blocks = tiny_blocks()
    assert 30 <= len(blocks) <= 50
    problems = [f"{b.splitlines()[0]}: {p}" for b in blocks for p in conllu_problems(b)]
    assert problems == []
    ids = [re.search(r"# sent_id = (\S+)", b).group(1) for b in blocks]
    assert len(set(ids)) == len(ids)


def test_validator_catches_broken_trees():
    good = read_sentences(TINY / "xx_tiny-ud-dev.conllu")[0]
    two_roots = good.replace("\t5\tnsubj\t", "\t0\troot\t", 1)
    cycle = good.replace("\t5\tnsubj\t", "\t4\tnsubj\t", 1)  # Olaf -> Scholz -> Olaf
    assert conllu_problems(good) == []
    assert any("roots" in p for p in conllu_problems(two_roots))
    assert any("cycle" in p for p in conllu_problems(cycle))


def test_tiny_treebank_has_train_dev_and_multiword_tokens():
    train, dev = TINY / "xx_tiny-ud-train.conllu", TINY / "xx_tiny-ud-dev.conllu"
    assert has_mwt(train) and has_mwt(dev)


def test_single_file_is_split_into_train_and_dev(tmp_path):
    single = tmp_path / "all.conllu"
    single.write_text("\n\n".join(tiny_blocks()) + "\n\n", encoding="utf-8")
    splits = prepare_splits(single, tmp_path / "work")
    train, dev = read_sentences(splits.train), read_sentences(splits.dev)
    assert len(train) + len(dev) == len(tiny_blocks())
    assert dev and not set(train) & set(dev)


def test_folder_without_dev_file_holds_sentences_out(tmp_path):
    (tmp_path / "tb").mkdir()
    (tmp_path / "tb" / "xx_tiny-ud-train.conllu").write_text(
        (TINY / "xx_tiny-ud-train.conllu").read_text()
    )
    msgs: list[str] = []
    splits = prepare_splits(tmp_path / "tb", tmp_path / "work", msgs.append)
    assert len(read_sentences(splits.dev)) == 3
    assert any("held out 3" in m for m in msgs)


@pytest.mark.parametrize(
    ("kwargs", "error", "words"),
    [
        ({"treebank": "missing"}, InputError, "does not exist"),
        ({"treebank": "empty"}, InputError, "no train file"),
        ({"processors": ("pos", "ner")}, UsageError, "unknown processor ner"),
        ({"processors": ()}, UsageError, "no processor"),
        ({"steps": {"pos": 0}}, UsageError, "positive"),
        ({"steps": {"parse": 5}}, UsageError, "unknown processor parse"),
        ({"lang": "../en"}, LanguageError, "not a Stanza code"),
        ({"threads": 0}, UsageError, "threads"),
    ],
)
def test_bad_requests_fail_with_one_line(tmp_path, kwargs, error, words):
    (tmp_path / "empty").mkdir()
    args = {
        "lang": "xx",
        "treebank": TINY,
        "processors": PROCESSORS,
        "steps": None,
        "threads": 1,
    } | kwargs
    if isinstance(args["treebank"], str):
        args["treebank"] = tmp_path / args["treebank"]
    with pytest.raises(error, match=words) as caught:
        train_models(args.pop("lang"), args.pop("treebank"), tmp_path / "out", **args)
    assert "\n" not in str(caught.value)
    assert not (tmp_path / "out" / "xx").exists()


def test_mwt_is_skipped_without_multiword_tokens(tmp_path):
    folder = tmp_path / "nomwt"
    folder.mkdir()
    for f in TINY.glob("*.conllu"):
        kept = [line for line in f.read_text().splitlines() if not re.match(r"^\d+-\d+\t", line)]
        (folder / f.name).write_text("\n".join(kept) + "\n")
    msgs: list[str] = []
    done = train_models("xx", folder, tmp_path / "out", processors=("mwt",), log=msgs.append)
    assert done == {}
    assert any("mwt: skipped" in m and "no multi-word tokens" in m for m in msgs)
    assert not (tmp_path / "out" / "xx" / "mwt").exists()


@pytest.fixture(scope="module")
def trained(tmp_path_factory):
    out = tmp_path_factory.mktemp("models")
    msgs: list[str] = []
    done = train_models("xx", TINY, out, steps=TINY_STEPS, threads=1, log=msgs.append)
    return out, done, msgs


@pytest.mark.slow
def test_training_writes_stanza_small_layout(trained):
    out, done, msgs = trained
    assert set(done) == set(PROCESSORS)
    for proc, path in done.items():
        assert path == out / "xx" / proc / "small.pt"
        assert path.stat().st_size > 0
        assert [p.name for p in path.parent.iterdir()] == ["small.pt"]
    assert json.loads((out / "resources.json").read_text()) == {}
    assert any(m.startswith("depparse: done") for m in msgs)


@pytest.mark.slow
def test_trained_models_load_in_stanza_and_parse(trained):
    import stanza
    import torch

    torch.set_num_threads(1)
    out, done, _ = trained
    nlp = stanza.Pipeline(
        lang="xx", dir=str(out), download_method=None, allow_unknown_language=True,
        processors=",".join(PROCESSORS), logging_level="ERROR",
        **{f"{p}_model_path": str(path) for p, path in done.items()},
    )  # fmt: skip
    doc = nlp("China's foreign minister met his Russian counterpart in Moscow on Monday.")
    words = [w for s in doc.sentences for w in s.words]
    assert words
    for sentence in doc.sentences:
        assert sum(w.head == 0 for w in sentence.words) == 1
        for w in sentence.words:
            assert w.upos in UPOS and w.lemma is not None and w.deprel
            assert 0 <= w.head <= len(sentence.words)


@pytest.mark.slow
def test_failing_trainer_reports_its_log(tmp_path):
    with pytest.raises(KgError, match=r"pos trainer failed .*full log: .*train\.log"):
        train_models("xx", TINY, tmp_path / "out", processors=("pos",), steps={"pos": 1},
                     extra_args={"pos": ["--no_such_flag"]})  # fmt: skip
    log = tmp_path / "out" / "xx" / "pos" / "train.log"
    assert "--no_such_flag" in log.read_text()
    assert not (tmp_path / "out" / "xx" / "pos" / "small.pt").exists()
