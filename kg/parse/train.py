"""Train small Stanza models offline from a Universal Dependencies treebank.

This is the route for languages (or machines) without Stanza's official downloads: it wraps
Stanza's own trainers (``stanza.models.tokenizer``, ``mwt_expander``, ``lemmatizer``,
``tagger``, ``parser``), run one at a time in a child process with a fixed torch thread count,
without pretrained word vectors or a character language model (neither can be downloaded
offline). The result is laid out as ``OUT/<lang>/<processor>/small.pt`` plus an empty
``OUT/resources.json``, which ``kg.parse.stanza`` (and ``stanza.Pipeline`` with ``*_model_path``
arguments and ``download_method=None``) loads.

Budgets: ``tokenize``, ``pos`` and ``depparse`` count optimizer steps; ``mwt`` and ``lemma``
count epochs (their Stanza trainers have no step limit). Dimensions are the small ones of the
recipe that trained ``stanza-small``.
"""

from __future__ import annotations

import contextlib
import io
import math
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path

from kg.errors import InputError, KgError, LanguageError, UsageError
from kg.parse.treebank import Splits, count_sentences, has_mwt, prepare_splits

PROCESSORS = ("tokenize", "mwt", "pos", "lemma", "depparse")
DEFAULT_STEPS: Mapping[str, int] = {
    "tokenize": 2000,
    "mwt": 5,
    "pos": 2000,
    "lemma": 2,
    "depparse": 900,
}
UNITS: Mapping[str, str] = {
    "tokenize": "steps",
    "mwt": "epochs",
    "pos": "steps",
    "lemma": "epochs",
    "depparse": "steps",
}

_MODULES = {
    "tokenize": "stanza.models.tokenizer",
    "mwt": "stanza.models.mwt_expander",
    "pos": "stanza.models.tagger",
    "lemma": "stanza.models.lemmatizer",
    "depparse": "stanza.models.parser",
}
# The child process: fix torch's threads before Stanza builds anything, then call the trainer's main().
_RUNNER = (
    "import importlib, sys, torch; torch.set_num_threads(int(sys.argv[1])); "
    "importlib.import_module(sys.argv[2]).main(sys.argv[3:])"
)
_LANG_RE = re.compile(r"^[a-z]{2,3}(-[a-z]+)?$")
# Trainer output lines worth showing as progress (scores), the rest stays in the log file.
_SHOWN = re.compile(
    r"(?i)(dev[ _]score|best dev|F1 = |training ended|no improvement|early termination)"
)
_STAMP = re.compile(r"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d (INFO|WARNING|ERROR|DEBUG): ")

Log = Callable[[str], None]


def _quiet(_: str) -> None:
    """Default progress callback: say nothing."""


def train_models(
    lang: str,
    treebank: Path,
    out: Path,
    *,
    processors: Sequence[str] = PROCESSORS,
    steps: Mapping[str, int] | None = None,
    threads: int = 1,
    log: Log = _quiet,
    work: Path | None = None,
    extra_args: Mapping[str, Sequence[str]] | None = None,
) -> dict[str, Path]:
    """Train the chosen Stanza processors on a UD treebank; return ``{processor: OUT/lang/processor/small.pt}``.

    ``treebank`` is a folder with ``*-ud-train.conllu`` (and ideally ``*-ud-dev.conllu``) or a
    single ``.conllu`` file; without a dev file, every tenth sentence is held out as dev.
    ``steps`` overrides :data:`DEFAULT_STEPS` per processor (epochs for mwt and lemma).
    ``work`` keeps the intermediate files and trainer logs (a temporary folder otherwise).
    ``extra_args`` appends raw command-line flags to a processor's Stanza trainer.
    The mwt processor is skipped, with a message, when the treebank has no multi-word tokens.
    """
    lang = _check_lang(lang)
    wanted = _check_processors(processors)
    budget = _check_steps(steps, wanted)
    extra = {p: list(a) for p, a in (extra_args or {}).items()}
    _check_names(extra, "extra_args")
    if threads < 1:
        raise UsageError(f"threads must be at least 1, not {threads}")
    treebank = Path(treebank)
    out = Path(out)
    with contextlib.ExitStack() as stack:
        if work is None:
            work = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="kg-train-")))
            keep = False
        else:
            work = Path(work)
            work.mkdir(parents=True, exist_ok=True)
            keep = True
        splits = prepare_splits(treebank, work / "data", log)
        log(
            f"treebank {splits.name}: {count_sentences(splits.train)} train, {count_sentences(splits.dev)} dev sentences"
        )
        if "mwt" in wanted and not has_mwt(splits.train):
            wanted.remove("mwt")
            log(
                "mwt: skipped, the treebank has no multi-word tokens (the tokenizer will not produce any)"
            )
        tok = (
            _tokenizer_data(splits, work / "tokenize") if {"tokenize", "mwt"} & set(wanted) else {}
        )
        done: dict[str, Path] = {}
        for proc in wanted:
            args, model = _trainer_args(proc, lang, splits, tok, work, budget[proc], log)
            args += extra.get(proc, [])
            log(f"{proc}: training {budget[proc]} {UNITS[proc]} with Stanza's {_MODULES[proc]} ...")
            started = time.monotonic()
            _run(proc, args, threads, work / "logs" / f"{proc}.log", out / lang / proc, keep, log)
            if not model.exists():
                where = _keep_log(work / "logs" / f"{proc}.log", out / lang / proc, keep)
                raise KgError(
                    f"Stanza's {proc} trainer ended without writing a model (too little data?); see {where}"
                )
            done[proc] = _install(model, out / lang / proc / "small.pt")
            log(f"{proc}: done in {time.monotonic() - started:.0f} s -> {done[proc]}")
    out.mkdir(parents=True, exist_ok=True)
    resources = out / "resources.json"
    if not resources.exists():
        resources.write_text("{}\n", encoding="utf-8")
    return done


# --- checks -------------------------------------------------------------------


def _check_lang(lang: str) -> str:
    if not _LANG_RE.match(lang or ""):
        raise LanguageError(
            f"language code {lang!r} is not a Stanza code like 'en', 'id' or 'zh-hans'; pass one"
        )
    return lang


def _check_names(names: Iterable[str], what: str) -> None:
    unknown = sorted(set(names) - set(PROCESSORS))
    if unknown:
        raise UsageError(
            f"unknown processor {', '.join(unknown)} in {what}; choose from {', '.join(PROCESSORS)}"
        )


def _check_processors(processors: Sequence[str]) -> list[str]:
    if isinstance(processors, str):
        processors = [p for p in processors.split(",") if p]
    _check_names(processors, "processors")
    if not processors:
        raise UsageError(f"no processor to train; choose from {', '.join(PROCESSORS)}")
    return [p for p in PROCESSORS if p in processors]


def parse_steps(items: Iterable[str]) -> dict[str, int]:
    """``PROC=N`` strings (``--steps``) as a budget per processor; checked by :func:`train_models`.

    >>> parse_steps(["depparse=2000", "pos=500"])
    {'depparse': 2000, 'pos': 500}
    """
    budget = {}
    for item in items:
        name, _, value = item.partition("=")
        if not value.isdigit():
            raise UsageError(f"--steps {item!r}: use PROC=N, e.g. depparse=2000")
        budget[name] = int(value)
    return budget


def _check_steps(steps: Mapping[str, int] | None, wanted: Sequence[str]) -> dict[str, int]:
    steps = dict(steps or {})
    _check_names(steps, "steps")
    for proc, n in steps.items():
        if not isinstance(n, int) or isinstance(n, bool) or n < 1:
            raise UsageError(f"steps for {proc} must be a positive whole number, not {n!r}")
    return {p: steps.get(p, DEFAULT_STEPS[p]) for p in wanted}


def _tokenizer_data(splits: Splits, folder: Path) -> dict[str, Path]:
    """Stanza's tokenizer inputs: raw text, per-character labels and MWT dictionaries."""
    from stanza.utils.datasets import conllu_to_text, prepare_tokenizer_data

    folder.mkdir(parents=True, exist_ok=True)
    files: dict[str, Path] = {}
    for shard, conllu in (("train", splits.train), ("dev", splits.dev)):
        txt, labels, mwt = (folder / f"{shard}{s}" for s in (".txt", ".toklabels", "-mwt.json"))
        conllu_to_text.convert_text(str(conllu), str(txt))
        args = [str(txt), str(conllu), "-o", str(labels), "-m", str(mwt)]
        try:  # Stanza's converter prints a summary: keep it off our output
            with (
                contextlib.redirect_stdout(io.StringIO()),
                contextlib.redirect_stderr(io.StringIO()),
            ):
                prepare_tokenizer_data.main(args)
        except AssertionError as err:
            raise InputError(
                f"the {shard} sentences' # text does not match their words ({err}); fix the CoNLL-U"
            ) from err
        files.update({f"{shard}_txt": txt, f"{shard}_labels": labels, f"{shard}_mwt": mwt})
    return files


# --- trainers -----------------------------------------------------------------


def _every(n: int, parts: int) -> int:
    """Dev evaluation interval: a ``parts``-th of the run, but not more often than every 100 steps.

    (On a big treebank with a small budget, evaluating every few steps would dominate the time.)
    """
    return max(n // parts, min(n, 100), 1)


def _trainer_args(
    proc: str, lang: str, splits: Splits, t: Mapping[str, Path], work: Path, n: int, log: Log
) -> tuple[list[str], Path]:
    """Command-line arguments for Stanza's trainer of ``proc``, and the model file it will write."""
    save_dir = work / "saved" / proc
    save_dir.mkdir(parents=True, exist_ok=True)
    model = save_dir / f"{proc}.pt"
    short = f"{lang}_{re.sub(r'[^A-Za-z0-9]+', '', splits.name.split('_', 1)[-1]) or 'kg'}"
    common = ["--mode", "train", "--shorthand", short, "--save_dir", str(save_dir), "--save_name", model.name]  # fmt: skip
    pred = str(work / f"{proc}.dev.pred.conllu")
    if proc == "tokenize":
        from stanza.utils.avg_sent_len import avg_sent_len

        seqlen = max(100, math.ceil(avg_sent_len(str(t["train_labels"])) * 3 / 100) * 100)
        args = common + [
            "--lang", lang, "--txt_file", str(t["train_txt"]), "--label_file", str(t["train_labels"]),
            "--dev_txt_file", str(t["dev_txt"]), "--dev_label_file", str(t["dev_labels"]),
            "--dev_conll_gold", str(splits.dev), "--mwt_json_file", str(t["dev_mwt"]),
            "--max_seqlen", str(seqlen), "--steps", str(n), "--eval_steps", str(_every(n, 4)),
            "--report_steps", str(max(1, min(100, n // 10))),
        ]  # fmt: skip
        if lang == "zh" or lang.startswith("zh-"):
            args.append("--skip_newline")
    elif proc == "mwt":
        from stanza.utils.datasets.contract_mwt import contract_mwt

        dev_in = work / "mwt.dev.in.conllu"
        contract_mwt(str(splits.dev), str(dev_in))
        longest = _longest_mwt([t["train_mwt"], t["dev_mwt"]])
        args = common + [
            "--lang", lang, "--train_file", str(splits.train), "--eval_file", str(dev_in),
            "--gold_file", str(splits.dev), "--output_file", pred,
            "--max_dec_len", str(math.ceil(longest * 1.1 + 1)),
            "--num_epoch", str(n), "--decay_epoch", str(max(1, n // 2)),
        ]  # fmt: skip
        if not has_mwt(splits.dev):
            log(
                "mwt: the dev sentences have no multi-word tokens; training only the dictionary expander"
            )
            args.append("--dict_only")
    elif proc == "lemma":
        args = common + [
            "--train_file", str(splits.train), "--eval_file", str(splits.dev), "--output_file", pred,
            "--num_epoch", str(n), "--decay_epoch", str(max(1, n // 2)),
        ]  # fmt: skip
    elif proc == "pos":
        args = common + [
            "--lang", lang, "--no_pretrain", "--train_file", str(splits.train), "--eval_file", str(splits.dev),
            "--output_file", pred, "--hidden_dim", "100", "--char_hidden_dim", "64", "--char_emb_dim", "50",
            "--deep_biaff_hidden_dim", "100", "--composite_deep_biaff_hidden_dim", "50", "--batch_size", "50",
            "--max_steps", str(n), "--eval_interval", str(_every(n, 5)), "--fix_eval_interval",
            "--max_steps_before_stop", str(max(n // 2, 2 * _every(n, 5))),
        ]  # fmt: skip
    else:  # depparse
        every = _every(n, 6)
        args = common + [
            "--lang", lang, "--no_pretrain", "--train_file", str(splits.train), "--eval_file", str(splits.dev),
            "--output_file", pred, "--no_checkpoint", "--hidden_dim", "150", "--char_hidden_dim", "64",
            "--char_emb_dim", "50", "--deep_biaff_hidden_dim", "150", "--num_layers", "2", "--batch_size", "1500",
            "--max_steps", str(n), "--eval_interval", str(every), "--max_steps_before_stop", str(max(2 * n // 3, 2 * every)),
        ]  # fmt: skip
        # the second optimizer reloads the best saved model: start it on an evaluation step, or not at all
        second = max(every, (2 * n // 3) // every * every)
        args += ["--second_optim_start_step", str(second)] if second < n else ["--no_second_optim"]
    return args, model


def _longest_mwt(paths: Sequence[Path]) -> int:
    """Length of the longest expansion in Stanza's MWT json files (as its run_mwt computes it)."""
    import json

    expansions = [x for p in paths for x in json.loads(p.read_text(encoding="utf-8"))]
    return max((len(" ".join(words)) for (_, words), _ in expansions), default=0)


def _run(
    proc: str, args: list[str], threads: int, logfile: Path, model_dir: Path, keep: bool, log: Log
) -> None:
    """Run one Stanza trainer in a child process; its output goes to ``logfile``, scores to ``log``."""
    logfile.parent.mkdir(parents=True, exist_ok=True)
    env = dict(
        os.environ, OMP_NUM_THREADS=str(threads), MKL_NUM_THREADS=str(threads), HF_HUB_OFFLINE="1"
    )
    cmd = [sys.executable, "-c", _RUNNER, str(threads), _MODULES[proc], *args]
    last = ""
    with logfile.open("w", encoding="utf-8") as sink:
        sink.write(" ".join(cmd) + "\n")
        with subprocess.Popen(
            cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=env
        ) as child:
            assert child.stdout is not None
            for line in child.stdout:
                sink.write(line)
                line = _STAMP.sub("", line.strip())
                if line:
                    last = line
                    if _SHOWN.search(line):
                        log(f"{proc}: {line}")
        code = child.returncode
    if code != 0:
        where = _keep_log(logfile, model_dir, keep)
        raise KgError(
            f"Stanza's {proc} trainer failed (exit {code}): {last[:300]}; full log: {where}"
        )


def _keep_log(logfile: Path, model_dir: Path, keep: bool) -> Path:
    """Where a failed trainer's log can be read: the work folder if kept, else ``model_dir/train.log``."""
    if keep:
        return logfile
    model_dir.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(logfile, model_dir / "train.log")
    return model_dir / "train.log"


def _install(model: Path, target: Path) -> Path:
    """Copy a trained model into place atomically (and drop the log of an earlier failure)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    (target.parent / "train.log").unlink(missing_ok=True)
    partial = target.with_suffix(".pt.part")
    shutil.copyfile(model, partial)
    os.replace(partial, target)
    return target
