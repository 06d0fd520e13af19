"""Reader for PETRARCH verb dictionaries (CAMEO.2.0.txt and the validation verbs).

The file holds, in any order:

* synsets: ``&NAME`` (``&NAME_``: no plurals) then ``+WORD`` / ``+WORD_WORD`` / ``+&OTHER`` lines;
* verb blocks: ``--- NAME [code] ---``, verb lines ``SAY {SAID SAYING} [010]``,
  ``+CORDON_OFF {+CORDONED_OFF ...}``, ``WIRE_+TAP``, and pattern lines
  ``- [words] * [words] [code]`` where ``*`` is the verb, ``$`` the source, ``+`` the target,
  ``%`` a compound actor, ``^`` a skipped phrase, ``&NAME`` a synset, ``{A B}`` a noun phrase
  (head last), ``(PREP ...)`` a prepositional phrase and ``_`` joins consecutive words;
* transformations: ``~ a (a b ATTACK) SAY = a b 015``.
"""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

from kg.knowledge.petrarch.lines import Reader, phrase
from kg.knowledge.petrarch.model import (
    CameoCode,
    Pattern,
    PatternToken,
    Phrase,
    ReadReport,
    Synset,
    SynsetMember,
    Transformation,
    VerbBlock,
    VerbDictionary,
    VerbEntry,
)

__all__ = ["read_verbs", "tokenize_pattern"]

_HEADER = re.compile(r"^---\s*(?P<name>[^\[\]]*?)\s*(?P<codes>(?:\[[^\[\]]*\]\s*)*)[-\s]*$")
_SYNSET = re.compile(r"^&(?P<label>[^\s&]+)$")
_PATTERN = re.compile(r"^-\s*(?P<body>.*?)\s*\[(?P<code>[^\[\]]*)\]$")
_VERB = re.compile(
    r"^(?P<phrase>[^{}\[\]]+?)\s*(?:\{(?P<forms>[^{}\[\]]*)\})?\s*(?:\[(?P<code>[^\[\]]*)\])?$"
)
_TRANSFORM = re.compile(
    r"^~\s*(?P<src>\S+)\s*\(\s*(?P<a>\S+)\s+(?P<b>\S+)\s+(?P<v>[^\s()]+)\s*\)\s*"
    r"(?P<verb>\S+)\s*=\s*(?P<result>.+)$"
)
_MARKERS = {"*": "verb", "$": "source", "+": "target", "%": "compound", "^": "skip"}


def _synset_name(label: str) -> str:
    return label.lstrip("&").rstrip("_")


def tokenize_pattern(body: str) -> tuple[PatternToken, ...]:
    """The tokens of a pattern body (the text between ``-`` and ``[code]``).

    ValueError for unbalanced or nested brackets.
    """
    tokens: list[PatternToken] = []
    np = pp = None
    counts = [0, 0]  # noun phrases, prepositional phrases opened so far
    state = {"joined": False, "first_in_pp": False}
    buf: list[str] = []

    def emit(value: str) -> None:
        if value in _MARKERS:
            kind = _MARKERS[value]
        elif value.startswith("&"):
            kind, value = "synset", _synset_name(value)
        else:
            kind = "preposition" if state["first_in_pp"] else "word"
        tokens.append(PatternToken(kind, value, state["joined"], np, pp))
        state["joined"] = state["first_in_pp"] = False

    def flush() -> None:
        if buf:
            emit("".join(buf))
            buf.clear()

    for ch in body:
        if ch not in "(){} \t_*":
            buf.append(ch)
            continue
        flush()
        if ch == "(":
            if pp is not None or np is not None:
                raise ValueError("'(' inside (...) or {...}")
            pp, counts[1] = counts[1], counts[1] + 1
            state["first_in_pp"] = True
        elif ch == ")":
            if pp is None or np is not None:
                raise ValueError("')' without its '('")
            pp = None
            state["first_in_pp"] = False
        elif ch == "{":
            if np is not None:
                raise ValueError("'{' inside {...}")
            np, counts[0] = counts[0], counts[0] + 1
        elif ch == "}":
            if np is None:
                raise ValueError("'}' without its '{'")
            np = None
        elif ch == "_":
            state["joined"] = bool(tokens)
            continue
        elif ch == "*":
            emit("*")
            continue
        state["joined"] = False
    flush()
    if pp is not None or np is not None:
        raise ValueError("unclosed ( or {")
    return tuple(tokens)


def _verb_phrase(text: str) -> tuple[Phrase, int]:
    """A verb phrase without its ``+`` marks, and the index of the ``+`` word (0 if none)."""
    p = phrase(text)
    marked = [i for i, w in enumerate(p.words) if w.startswith("+")]
    if len(marked) > 1:
        raise ValueError(f"more than one '+' in {text!r}")
    words = tuple(w.lstrip("+") for w in p.words)
    if not all(words):
        raise ValueError(f"empty word in {text!r}")
    return Phrase(p.original, words), (marked[0] if marked else 0)


class _Verbs:
    """Accumulates the dictionary while the lines are read."""

    def __init__(self, reader: Reader) -> None:
        self.reader = reader
        self.synsets: list[Synset] = []
        self.blocks: list[VerbBlock] = []
        self.transformations: list[Transformation] = []
        self.synset: tuple[str, int, list[SynsetMember]] | None = None
        self.block: tuple[str, CameoCode, int, list[VerbEntry], list[Pattern]] | None = None
        self.state = ""
        self.comments: dict[int, tuple[str, ...]] = {}  # a pattern's line → its comment's words
        self.extension = False  # synsets may be defined by the dictionary this one extends

    def close_synset(self) -> None:
        if self.synset is not None:
            label, line, members = self.synset
            if not members:
                self.reader.note(line, f"synset &{label} has no members")
            self.synsets.append(
                Synset(_synset_name(label), label, not label.endswith("_"), tuple(members), line)
            )
            self.synset = None

    def close_block(self) -> None:
        if self.block is not None:
            name, code, line, verbs, patterns = self.block
            patterns = [_owned(p, self.comments.pop(p.line, ()), verbs) for p in patterns]
            self.blocks.append(VerbBlock(name, code, tuple(verbs), tuple(patterns), line))
            self.block = None

    def header(self, n: int, text: str) -> None:
        m = _HEADER.match(text)
        if not m or not m["name"]:
            raise self.reader.fail(n, f"cannot read the verb block header {text!r}")
        if not text.rstrip().endswith("---") or "]---" in text:
            self.reader.note(n, f"irregular block header {text.strip()!r}")
        codes = re.findall(r"\[([^\[\]]*)\]", m["codes"])
        if len(codes) > 1:
            self.reader.note(n, f"{len(codes)} codes in the block header; the first is the code")
        self.close_synset()
        self.close_block()
        self.block = (m["name"], CameoCode(codes[0].strip() if codes else "---"), n, [], [])
        self.state = "block"

    def member(self, n: int, text: str) -> None:
        assert self.synset is not None
        body = text[1:].strip()
        if not body:
            self.reader.skip(n, "empty synset member '+'")
            return
        if any(c in body for c in "[]{}()*$%^"):
            self.reader.skip(n, f"synset member {body!r} holds pattern syntax")
            return
        plural = not self.synset[0].endswith("_") and not body.endswith("_")
        ref = _synset_name(body) if body.startswith("&") else None
        self.synset[2].append(SynsetMember(phrase(body), plural and ref is None, ref))

    def verb(self, n: int, text: str) -> None:
        assert self.block is not None
        m = _VERB.match(text)
        if not m:
            self.reader.skip(n, f"cannot read the verb line {text!r}")
            return
        try:
            verb, head = _verb_phrase(m["phrase"])
            forms = tuple(_verb_phrase(f)[0] for f in (m["forms"] or "").split())
        except ValueError as exc:
            self.reader.skip(n, f"bad verb line: {exc}")
            return
        if " " in m["phrase"].strip():
            self.reader.note(n, f"verb {m['phrase'].strip()!r} written with a blank, not '_'")
        code = CameoCode(m["code"].strip()) if m["code"] is not None else None
        self.block[3].append(VerbEntry(verb, head, forms, code, n))

    def pattern(self, n: int, text: str, raw: str = "") -> None:
        if self.block is None:
            raise self.reader.fail(n, f"a pattern before the first verb block: {text!r}")
        m = _PATTERN.match(text)
        if not m:
            self.reader.skip(n, f"pattern without a final [code]: {text!r}")
            return
        try:
            tokens = tokenize_pattern(m["body"])
        except ValueError as exc:
            self.reader.skip(n, f"pattern {m['body']!r}: {exc}")
            return
        stars = sum(t.kind == "verb" for t in tokens)
        if stars != 1:
            self.reader.skip(n, f"pattern {m['body']!r} has {stars} '*' (the verb) instead of one")
            return
        if re.search(r"\*[^\s_)}]|[^\s_({]\*", m["body"]):
            self.reader.note(n, f"'*' written against a word in {m['body']!r}; read apart")
        if any("/" in t.value for t in tokens):
            self.reader.note(n, f"'/' alternatives in {m['body']!r}; kept as one word")
        self.block[4].append(Pattern(tokens, CameoCode(m["code"].strip()), text, n))
        if comment := raw[len(text) :].strip():  # "# HOLD , DETAIN": the verbs it is for
            words = comment.replace("_", " ")  # "# CARRIED_OUT": CARRY_OUT's
            self.comments[n] = tuple(re.findall(r"\b[A-Z][A-Z'-]*[A-Z]\b", words))

    def transformation(self, n: int, text: str) -> None:
        m = _TRANSFORM.match(text.strip())
        if not m:
            self.reader.skip(n, f"cannot read the transformation {text.strip()!r}")
            return
        self.transformations.append(
            Transformation(
                m["src"],
                (m["a"], m["b"], m["v"]),
                m["verb"],
                tuple(m["result"].split()),
                text.strip(),
                n,
            )
        )

    def line(self, n: int, raw_text: str, raw: str = "") -> None:
        text = raw_text.strip()
        if text.startswith("---"):
            self.header(n, text)
        elif text.startswith("&"):
            m = _SYNSET.match(text)
            if not m:
                raise self.reader.fail(n, f"cannot read the synset label {text!r}")
            self.close_synset()
            self.synset, self.state = (m["label"], n, []), "synset"
        elif text.startswith("-"):
            self.pattern(n, text, raw.strip())
        elif text.startswith("~"):
            self.transformation(n, text)
        elif self.state == "synset" and text.startswith("+"):
            self.member(n, text)
        elif self.state == "synset" and self.block is not None:
            self.close_synset()
            self.state = "block"
            self.verb(n, text)
        elif self.state == "block":
            self.verb(n, text)
        else:
            raise self.reader.fail(n, f"a line outside any synset or verb block: {text!r}")

    def finish(self) -> VerbDictionary:
        self.close_synset()
        self.close_block()
        known = {s.name for s in self.synsets}
        seen: set[str] = set()
        for s in self.synsets:
            if s.name in seen:
                self.reader.note(s.line, f"synset &{s.name} defined again; the first is used")
            seen.add(s.name)
            for m in s.members:
                if m.ref is not None and m.ref not in known:
                    self.reader.note(s.line, f"synset &{s.name} names undefined &{m.ref}")
        blocks = []
        for b in self.blocks:
            kept = []
            for p in b.patterns:
                missing = [name for name in p.synsets if name not in known]
                if missing and self.extension:  # the dictionary it extends may define them
                    kept.append(p)
                elif missing:
                    self.reader.skip(
                        p.line, f"undefined synset &{missing[0]} (PETRARCH ignores such patterns)"
                    )
                else:
                    kept.append(p)
            if not b.verbs:
                self.reader.note(b.line, f"verb block {b.name!r} has no verbs")
            blocks.append(VerbBlock(b.name, b.code, b.verbs, tuple(kept), b.line))
        return VerbDictionary(tuple(self.synsets), tuple(blocks), tuple(self.transformations))


def _owned(p: Pattern, words: tuple[str, ...], verbs: list[VerbEntry]) -> Pattern:
    """``p`` with the verbs of the block its comment names (any form: "# WITHHELD" is
    WITHHOLD's), as upper-case base words; a comment naming none ("# jon 11/14/95") leaves
    it every verb's."""
    if not words:
        return p
    owners = []
    for v in verbs:
        base = v.phrase.words[v.head].upper()
        if v.head_forms() & set(words) and base not in owners:
            owners.append(base)
    return replace(p, verbs=tuple(owners)) if owners else p


def read_verbs(
    path: str | Path,
    *,
    report: ReadReport | None = None,
    strict: bool = False,
    extension: bool = False,
) -> VerbDictionary:
    """Read a verb dictionary: synsets, verb blocks with verbs and patterns, transformations.
    An ``extension`` (kg's ``kg.verbs.txt``) keeps patterns that name synsets it does not
    define: the dictionary it extends does (CAMEO.2.0's ``&TOWN``); see
    :meth:`kg.coding.dictionaries.CodingDictionaries.add_verbs`."""
    verbs = _Verbs(Reader(path, report, strict))
    verbs.extension = extension
    for line in verbs.reader.lines():
        verbs.line(line.number, line.text, line.raw)
    return verbs.finish()
