"""Treebank files for training: finding a UD treebank's train and dev files, reading its
sentences, and preparing the train/dev split the trainers read (:mod:`kg.parse.train`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from kg.errors import InputError, UsageError

_MWT_LINE = re.compile(r"^\d+-\d+\t", re.M)
_WORD_LINE = re.compile(r"^\d+\t", re.M)

Log = Callable[[str], None]


def _quiet(_: str) -> None:
    """Default progress callback: say nothing."""


@dataclass(frozen=True)
class Splits:
    """The prepared CoNLL-U files of one treebank."""

    train: Path
    dev: Path
    name: str


def read_sentences(path: Path) -> list[str]:
    """CoNLL-U sentence blocks of a file (comments kept, blank lines dropped)."""
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as err:
        raise InputError(f"{path} is not UTF-8 text; convert it to UTF-8 CoNLL-U") from err
    blocks = [b.strip("\n") for b in re.split(r"\n[ \t]*\n", text.replace("\r\n", "\n"))]
    return [b for b in blocks if _WORD_LINE.search(b)]


def _write(path: Path, blocks: Sequence[str]) -> Path:
    path.write_text("".join(b + "\n\n" for b in blocks), encoding="utf-8")
    return path


def count_sentences(path: Path) -> int:
    return len(read_sentences(path))


def has_mwt(path: Path) -> bool:
    """Whether a CoNLL-U file has multi-word tokens (``1-2`` lines)."""
    return bool(_MWT_LINE.search(path.read_text(encoding="utf-8")))


def find_treebank_files(treebank: Path) -> tuple[Path, Path | None]:
    """The train file and (maybe) dev file of a treebank folder or single CoNLL-U file."""
    if not treebank.exists():
        raise InputError(
            f"treebank {treebank} does not exist; pass a folder with UD *-ud-train.conllu files"
        )
    if treebank.is_file():
        return treebank, None
    trains = sorted(treebank.glob("*-ud-train.conllu"))
    devs = sorted(treebank.glob("*-ud-dev.conllu"))
    if len(trains) > 1 or len(devs) > 1:
        names = ", ".join(p.name for p in trains + devs)
        raise UsageError(
            f"{treebank} holds several treebanks ({names}); pass a folder with one of them"
        )
    if trains:
        return trains[0], devs[0] if devs else None
    others = sorted(treebank.glob("*.conllu"))
    if len(others) == 1:
        return others[0], None
    raise InputError(
        f"no train file in {treebank}: expected NAME-ud-train.conllu (and NAME-ud-dev.conllu), "
        "or a single .conllu file to split"
    )


def prepare_splits(treebank: Path, folder: Path, log: Log = _quiet) -> Splits:
    """Copy (or split) the treebank into ``folder`` as train/dev CoNLL-U files."""
    train_src, dev_src = find_treebank_files(treebank)
    name = train_src.name.split("-ud-")[0] if "-ud-" in train_src.name else train_src.stem
    train = read_sentences(train_src)
    if not train:
        raise InputError(f"{train_src} has no CoNLL-U sentences; pass a UD treebank")
    if dev_src is not None:
        dev = read_sentences(dev_src)
        if not dev:
            raise InputError(f"{dev_src} has no CoNLL-U sentences; fix or remove it")
    else:
        if len(train) < 2:
            raise InputError(
                f"{train_src} has a single sentence; a treebank needs at least two (train and dev)"
            )
        if len(train) >= 10:
            train, dev = [s for i, s in enumerate(train) if i % 10 != 9], train[9::10]
        else:
            train, dev = train[:-1], train[-1:]
        log(
            f"no dev file: held out {len(dev)} of {len(train) + len(dev)} sentences of {train_src.name} as dev"
        )
    folder.mkdir(parents=True, exist_ok=True)
    return Splits(_write(folder / "train.conllu", train), _write(folder / "dev.conllu", dev), name)
