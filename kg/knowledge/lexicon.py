"""Per-language word lists (``ontologies/lexicon/<lang>.tsv``): predicates and their relations.

>>> from kg.knowledge.lexicon import load
>>> lex = load("id")
>>> [e.relation for e in lex.predicate("bertemu")]
['meets']
>>> n, entry = lex.match_at(["mereka", "bekerja", "sama", "dengan"], 1, "verb")
>>> n, entry.form, entry.relation, entry.arg
(3, 'bekerja sama', 'cooperates_with', 'dengan')

Forms are lower-case; a multi-word form matches consecutive words. Callers
look a token up by its surface form first and by its lemma second (Stanza's
Indonesian lemmas are roots, and a root can be shared by words with other
meanings: "perjanjian" and "berjanji" both have the lemma "janji").
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from types import MappingProxyType

from kg.errors import InputError, LanguageError
from kg.knowledge.ontology import load_relations, ontology_dir

__all__ = [
    "KINDS",
    "PREDICATE_KINDS",
    "REFERENCE_KINDS",
    "Entry",
    "Lexicon",
    "available_languages",
    "load",
    "read_lexicon",
]

KINDS = (
    "verb",
    "noun",
    "light",
    "negation",
    "future",
    "intent",
    "report",
    "allege",
    "reciprocal",
    "pronoun",
    "plural_ref",
    "stop",
)
PREDICATE_KINDS = ("verb", "noun", "light")
REFERENCE_KINDS = ("plural_ref", "pronoun")
_GROUPS = (PREDICATE_KINDS, REFERENCE_KINDS)  # kinds looked up together, word by word
HEADER = ("kind", "form", "relation", "arg", "note")
_UPOS_KINDS = {"NOUN": ("noun",), "PROPN": ("noun",), "VERB": ("verb", "light"), "AUX": ("light",)}
_ARG_VALUES = {
    "pronoun": ("sg", "pl", "pair", "we", "i", "it", "agenda", "clitic"),
    "plural_ref": ("persons", "officials", "states", "event", "leaders"),
}


@dataclass(frozen=True)
class Entry:
    """One row of a lexicon.

    ``relation`` is a relation name for ``verb``/``noun`` rows and None otherwise;
    ``arg`` is the raw ``arg`` column (``obj,with``, ``sg``, ``-``).
    """

    kind: str
    form: str
    relation: str | None
    arg: str
    note: str = ""
    cameo: str = ""  # a finer CAMEO code the form states ("talks_with:041" for a phone call)

    @property
    def words(self) -> tuple[str, ...]:
        """The form split into words (``("kerja", "sama")``)."""
        return tuple(self.form.split())

    @property
    def markers(self) -> tuple[str, ...]:
        """How the other party attaches: ``("obj", "with")``; empty for ``-``."""
        return tuple(m for m in self.arg.split(",") if m and m != "-")

    @property
    def intransitive(self) -> bool:
        """True when the predicate may stand without a target (``-`` in ``arg``: X and Y met)."""
        return "-" in self.arg.split(",")


def _norm(form: str | None) -> str:
    return " ".join((form or "").lower().split())


class Lexicon:
    """The word lists of one language, indexed for fast lookups. Read-only."""

    def __init__(self, lang: str, entries: Iterable[Entry], path: Path | None = None) -> None:
        self.lang = lang
        self.path = path
        self.entries: tuple[Entry, ...] = tuple(entries)
        by_form: dict[str, dict[str, list[Entry]]] = {k: {} for k in KINDS}
        by_first: dict[str, dict[str, list[Entry]]] = {k: {} for k in KINDS}
        for entry in self.entries:
            by_form[entry.kind].setdefault(entry.form, []).append(entry)
            by_first[entry.kind].setdefault(entry.words[0], []).append(entry)
        for table in by_first.values():
            for candidates in table.values():
                candidates.sort(key=lambda e: -len(e.words))  # stable: file order among equals
        self._by_form = MappingProxyType(
            {k: MappingProxyType({f: tuple(v) for f, v in t.items()}) for k, t in by_form.items()}
        )
        self._by_first = MappingProxyType(
            {k: MappingProxyType({f: tuple(v) for f, v in t.items()}) for k, t in by_first.items()}
        )
        firsts = {(k,): frozenset(t) for k, t in by_first.items()}
        for group in _GROUPS:
            firsts[group] = frozenset().union(*(firsts[(k,)] for k in group))
        self._firsts = MappingProxyType(firsts)

    @classmethod
    def load(cls, lang: str) -> Lexicon:
        """The shipped lexicon of ``lang`` (cached); see :func:`load`."""
        return load(lang)

    @staticmethod
    def available_languages() -> list[str]:
        """Languages with a shipped lexicon; see :func:`available_languages`."""
        return available_languages()

    def __len__(self) -> int:
        return len(self.entries)

    def __iter__(self) -> Iterator[Entry]:
        return iter(self.entries)

    def __repr__(self) -> str:
        return f"Lexicon({self.lang!r}, {len(self.entries)} entries)"

    def entries_of(self, kind: str) -> list[Entry]:
        """All entries of one kind, in file order."""
        self._check_kind(kind)
        return [e for e in self.entries if e.kind == kind]

    def forms(self, kind: str) -> frozenset[str]:
        """The forms of one kind."""
        self._check_kind(kind)
        return frozenset(self._by_form[kind])

    def first_words(self, *kinds: str) -> frozenset[str]:
        """The first words of the entries of ``kinds``: a word outside it starts no match, so a
        caller can skip :meth:`match_at` there (``first_words("verb", "noun", "light")``)."""
        found = self._firsts.get(kinds)
        if found is None:
            for k in kinds:
                self._check_kind(k)
            found = frozenset().union(*(self._firsts[(k,)] for k in kinds))
        return found

    def lookup(self, kind: str, form: str) -> list[Entry]:
        """Entries of ``kind`` whose form is exactly ``form`` (case and spacing ignored)."""
        self._check_kind(kind)
        return list(self._by_form[kind].get(_norm(form), ()))

    def predicate(self, form_or_lemma: str) -> list[Entry]:
        """The verb, noun and light-verb entries for a word or phrase, in that order."""
        key = _norm(form_or_lemma)
        return [e for kind in PREDICATE_KINDS for e in self._by_form[kind].get(key, ())]

    def is_kind(self, kind: str, word: str) -> bool:
        """True when ``word`` (or phrase) is listed under ``kind`` (``is_kind("negation", "tidak")``)."""
        table = self._by_form.get(kind)
        if table is None:
            self._check_kind(kind)
        if not word:
            return "" in table
        if word in table:
            return True
        # most words come already folded (a token's lower-case form or lemma): no second look
        return not (word.islower() and " " not in word) and _norm(word) in table

    def match_at(
        self,
        words_lower: Sequence[str],
        i: int,
        kind: str | Iterable[str],
        lemmas_lower: Sequence[str] | None = None,
        upos: str | None = None,
    ) -> tuple[int, Entry] | None:
        """The longest entry of ``kind`` starting at word ``i``: ``(end, entry)``, or None.

        ``end`` is the index just after the match, so ``words_lower[i:end]`` is the
        matched phrase. Each word matches its surface form in ``words_lower`` or,
        when given, its lemma in ``lemmas_lower``. ``kind`` may be one kind or
        several: pass ``("verb", "noun", "light")`` in one call rather than one call
        per kind, so that ties are broken here. Among matches of the same length,
        one whose kind fits ``upos`` (the UD tag of word ``i``: NOUN prefers
        ``noun``, VERB prefers ``verb``/``light``) wins, then a surface match over a
        lemma match, then the earlier kind in ``kind``, then file order.
        """
        kinds = (kind,) if isinstance(kind, str) else tuple(kind)
        starts = self.first_words(*kinds)
        if not 0 <= i < len(words_lower):
            return None
        firsts = [words_lower[i].lower()]
        if lemmas_lower is not None and i < len(lemmas_lower) and lemmas_lower[i]:
            firsts.append(lemmas_lower[i].lower())
        if not any(f in starts for f in firsts):
            return None  # the common case: no entry starts with this word

        def word_at(j: int, want: str) -> bool:
            if j >= len(words_lower):
                return False
            if words_lower[j].lower() == want:
                return True
            return (
                lemmas_lower is not None
                and j < len(lemmas_lower)
                and ((lemmas_lower[j] or "").lower() == want)
            )

        fitting = _UPOS_KINDS.get((upos or "").upper(), ())
        best: tuple[tuple[int, int, int, int], Entry] | None = None
        for surface, first in ((1, firsts[0]), *((0, f) for f in firsts[1:])):
            for rank, k in enumerate(kinds):
                for entry in self._by_first[k].get(first, ()):
                    n = len(entry.words)
                    score = (n, int(k in fitting), surface, -rank)
                    if best is not None and score <= best[0]:
                        continue
                    if all(word_at(i + j, w) for j, w in enumerate(entry.words[1:], start=1)):
                        best = (score, entry)
        return None if best is None else (i + best[0][0], best[1])

    @staticmethod
    def _check_kind(kind: str) -> None:
        if kind not in KINDS:
            raise InputError(f"unknown lexicon kind {kind!r}; use one of {', '.join(KINDS)}")


def _row_error(path: Path, line_no: int, message: str) -> InputError:
    return InputError(f"{path}, line {line_no}: {message}; fix the row or remove it")


def _parse_row(path: Path, line_no: int, cells: list[str], relations: set[str]) -> Entry:
    if len(cells) == 4:
        cells = [*cells, ""]
    if len(cells) != 5:
        raise _row_error(
            path,
            line_no,
            f"expected 5 tab-separated columns (kind form relation arg note), found {len(cells)}",
        )
    kind, form, rel, arg, note = (c.strip() for c in cells)
    form = _norm(form)
    if kind not in KINDS:
        raise _row_error(path, line_no, f"unknown kind {kind!r} (use one of {', '.join(KINDS)})")
    if not form:
        raise _row_error(path, line_no, "empty form")
    cameo = ""
    if kind in ("verb", "noun") and ":" in rel:
        rel, cameo = rel.split(":", 1)
        if not (cameo.isdigit() and 2 <= len(cameo) <= 4):
            raise _row_error(path, line_no, f"bad CAMEO code {cameo!r} after {rel!r}:")
    if kind in ("verb", "noun"):
        if rel not in relations:
            close = difflib.get_close_matches(rel, sorted(relations), n=2)
            hint = f"did you mean {' or '.join(close)}?" if close else "see ontologies/ir.ttl"
            raise _row_error(path, line_no, f"unknown relation {rel!r} ({hint})")
        markers = [m.strip() for m in arg.split(",")]
        if not arg or any(not m for m in markers):
            raise _row_error(path, line_no, f"bad arg {arg!r} (use obj, case markers or -)")
        arg = ",".join(markers)
    else:
        if rel != "-":
            raise _row_error(
                path, line_no, f"a {kind} row takes no relation (write -), got {rel!r}"
            )
        allowed = _ARG_VALUES.get(kind, ("-",))
        if arg not in allowed:
            raise _row_error(
                path, line_no, f"arg of a {kind} row must be {' or '.join(allowed)}, got {arg!r}"
            )
    return Entry(
        kind=kind,
        form=form,
        relation=rel if kind in ("verb", "noun") else None,
        arg=arg,
        note=note,
        cameo=cameo,
    )


def read_lexicon(path: str | Path, lang: str | None = None) -> Lexicon:
    """Read and validate a lexicon file (not cached); InputError names the file and line."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(
            f"cannot read lexicon {path}: {exc}; check the file exists and is UTF-8"
        ) from exc
    relations = set(load_relations())
    entries: list[Entry] = []
    seen: dict[tuple[str, str, str | None], int] = {}
    header_seen = False
    for line_no, raw in enumerate(text.splitlines(), start=1):
        if not raw.strip() or raw.lstrip().startswith("#"):
            continue
        cells = raw.split("\t")
        if not header_seen:
            if tuple(c.strip() for c in cells) != HEADER:
                raise _row_error(
                    path, line_no, f"expected the header {' '.join(HEADER)} (tab-separated)"
                )
            header_seen = True
            continue
        entry = _parse_row(path, line_no, cells, relations)
        key = (entry.kind, entry.form, entry.relation)
        if key in seen:
            raise _row_error(
                path, line_no, f"duplicate of line {seen[key]} ({entry.kind} {entry.form!r})"
            )
        seen[key] = line_no
        entries.append(entry)
    if not header_seen:
        raise InputError(f"{path}: empty lexicon (no header); start it with {' '.join(HEADER)}")
    return Lexicon(lang or path.stem, entries, path)


def _lexicon_dir() -> Path:
    return ontology_dir() / "lexicon"


def available_languages() -> list[str]:
    """Language codes that have a shipped lexicon (``["en", "id"]``)."""
    folder = _lexicon_dir()
    return sorted(p.stem for p in folder.glob("*.tsv")) if folder.is_dir() else []


def load(lang: str) -> Lexicon:
    """The shipped lexicon of ``lang`` (``"id"``, ``"en"``; ``"id-ID"`` works too), cached."""
    code = (lang or "").strip().lower().replace("_", "-").split("-")[0]
    lexicon = _load(code) if code else None
    if lexicon is None:
        have = ", ".join(available_languages()) or "none"
        raise LanguageError(
            f"no lexicon for language {lang!r}; available: {have} "
            f"(add ontologies/lexicon/{code or '<lang>'}.tsv to support it)"
        )
    return lexicon


@lru_cache(maxsize=16)
def _load(code: str) -> Lexicon | None:
    path = _lexicon_dir() / f"{code}.tsv"
    return read_lexicon(path, code) if path.is_file() else None
