"""Readers of PETRARCH actor, agent and discard dictionaries (the package docstring has the
formats; verbs are :mod:`kg.knowledge.petrarch.verbs`)."""

from __future__ import annotations

import re
from pathlib import Path

from kg.knowledge.petrarch.lines import Reader, parse_date, phrase
from kg.knowledge.petrarch.model import (
    ActorEntry,
    ActorRole,
    AgentEntry,
    DiscardEntry,
    Phrase,
    ReadReport,
)

# a bracketed code; "}" closes it too (a typo the upstream agents file and docs contain)
_GROUP = re.compile(r"\[([^\[\]{}]*)([\]}])")
_ROLE = re.compile(
    r"^(?P<code>[^\s<>]+)(?:\s*(?P<op>[<>])\s*(?P<at>\d+)"
    r"|\s+(?P<start>\d+)\s*-\s*(?P<end>\d+)|\s+(?P<on>\d+))?$"
)
_MARKER_DEF = re.compile(r"^\s*!([^!\s]+)!\s*=\s*(.*)$")
_MARKER_USE = re.compile(r"!([^!\s]+)!")


def _groups(reader: Reader, number: int, text: str) -> tuple[str, list[str], str] | None:
    """Split ``text`` into what precedes the first ``[``, the bracketed codes and any text
    after them. None when a bracket is unbalanced.
    """
    head, bracket, rest = text.partition("[")
    if not bracket:
        return (head, [], "") if "]" not in head else None
    codes = []
    rest = "[" + rest
    end = 0
    for m in _GROUP.finditer(rest):
        if rest[end : m.start()].strip():
            break
        codes.append(m.group(1).strip())
        end = m.end()
        if m.group(2) == "}":
            reader.note(number, f"code [{m.group(1)}}} closed with '}}'; read as [{m.group(1)}]")
    trailing = rest[end:].strip()
    if not codes or "[" in trailing or "]" in trailing:
        return None
    return head, codes, trailing


def _role(reader: Reader, number: int, raw: str) -> ActorRole | None:
    """One ``[CODE dates]`` restriction; None (after a skip) when it cannot be read."""
    m = _ROLE.match(raw)
    if not m:
        reader.skip(
            number,
            f"cannot read the code [{raw}] (expected [CODE], [CODE >date], "
            "[CODE <date] or [CODE date-date])",
        )
        return None
    dates = [d for d in (m["at"], m["start"], m["end"], m["on"]) if d]
    for d in dates:
        if len(d) not in (6, 8):
            as_read = d[:8] if len(d) > 7 else d[:6]
            reader.skip(
                number,
                f"date {d} in [{raw}] has {len(d)} digits, neither YYMMDD nor "
                f"YYYYMMDD (PETRARCH would read {as_read}); role left out",
            )
            return None
    try:
        parsed = [parse_date(d) for d in dates]
    except ValueError as exc:
        reader.skip(number, f"invalid date in [{raw}] ({exc}); role left out")
        return None
    start = end = None
    if m["op"] == ">":
        start = parsed[0]
    elif m["op"] == "<":
        end = parsed[0]
    elif m["start"]:
        start, end = parsed
        if start > end:
            reader.skip(
                number, f"date range [{raw}] ends before it starts (never applies); role left out"
            )
            return None
    elif m["on"]:
        start = parsed[0]
        reader.note(number, f"[{raw}] has one date without < or >; read as from that date on")
    return ActorRole(m["code"], start, end, raw, number)


def _name_check(reader: Reader, number: int, text: str) -> None:
    if text.count("(") != text.count(")"):
        reader.note(number, f"unbalanced parenthesis in the name {text.strip()!r}; kept as written")


def read_actors(
    path: str | Path, *, report: ReadReport | None = None, strict: bool = False
) -> list[ActorEntry]:
    """Read an actor dictionary: names, ``+`` synonyms and (dated) codes per actor."""
    reader = Reader(path, report, strict)
    entries: list[ActorEntry] = []
    current: tuple[Phrase, int] | None = None
    synonyms: list[Phrase] = []
    roles: list[ActorRole] = []
    previous = 0  # number of the line read before this one
    coded = False  # the current record had a [code] (even one left out)

    def flush() -> None:
        if current is not None:
            entries.append(ActorEntry(current[0], tuple(synonyms), tuple(roles), current[1]))

    for line in reader.lines():
        text = line.text.strip()
        split = _groups(reader, line.number, text)
        if split is None:
            reader.skip(line.number, f"unbalanced [...] in {text!r}")
            continue
        head, codes, trailing = split
        if trailing:
            reader.note(line.number, f"text after the code ignored: {trailing!r}")
        kind = "role" if not head.strip() else "synonym" if text.startswith("+") else "actor"
        if kind != "actor" and current is None:
            raise reader.fail(line.number, f"a {kind} line before the first actor: {text!r}")
        if kind == "actor" and ": " in head:
            reader.skip(line.number, f"stray text, not an actor name: {head.strip()!r}")
            previous = 0
            continue
        if kind == "actor" and current is not None and not coded and previous == line.number - 1:
            # a codeless record runs into the actor line right below it (no blank or comment
            # between): the upstream files list several names of one actor this way
            reader.note(
                line.number,
                f"actor line right after the codeless {current[0].original!r}; read as its synonym",
            )
            kind, head = "synonym", "+" + head.strip()
        if kind == "actor":
            if line.raw[:1].isspace():
                reader.note(line.number, "indented actor line; read as a new actor")
            flush()
            name = phrase(head)
            if not name.words:
                raise reader.fail(line.number, f"actor line without a name: {text!r}")
            _name_check(reader, line.number, head)
            current, synonyms, roles, coded = (name, line.number), [], [], False
        elif kind == "synonym":
            name = phrase(head[1:])
            if not name.words:
                reader.skip(line.number, "empty synonym '+'")
                continue
            _name_check(reader, line.number, head)
            synonyms.append(name)
            if codes:
                reader.note(line.number, "codes on a synonym line; added to the actor")
        elif not line.raw[:1].isspace():
            reader.note(line.number, "code line not indented; read as the current actor's")
        coded = coded or bool(codes)
        for raw in codes:
            role = _role(reader, line.number, raw)
            if role is not None:
                roles.append(role)
        previous = line.number
    flush()
    return entries


def regular_plural(text: str) -> str:
    """PETRARCH's automatic plural of a phrase: ...Y -> ...IES, ...S -> ...SES, else + S."""
    if text.endswith("Y"):
        return text[:-1] + "IES"
    return text + ("ES" if text.endswith("S") else "S")


def _expand_marker(
    reader: Reader, n: int, head: str, markers: dict[str, list[str]]
) -> list[tuple[str, str]]:
    """``(marker, phrase)`` for each substitute of the first ``!MARKER!`` in ``head``.

    A later marker glued inside a word (``AD!MINIST!RATION``, an upstream search-and-replace
    slip) is read as the plain word; anything else unreadable skips the line.
    """
    first = _MARKER_USE.search(head)
    if first is None or first.group(1) not in markers:
        reader.skip(n, f"unknown or malformed substitution marker in {head!r}")
        return []
    rest = head[first.end() :]
    for m in _MARKER_USE.finditer(rest):
        glued = m.start() > 0 and rest[m.start() - 1].isalpha() and rest[m.end() :][:1].isalpha()
        if not glued:
            reader.skip(n, f"more than one substitution marker in {head!r}")
            return []
    if "!" in rest:
        reader.note(n, f"marker glued inside a word in {head!r}; read as the plain word")
        rest = _MARKER_USE.sub(lambda m: m.group(1), rest)
        if "!" in rest:
            reader.skip(n, f"stray '!' in {head!r}")
            return []
    name = first.group(1)
    return [(name, head[: first.start()] + item + rest) for item in markers[name]]


def read_agents(
    path: str | Path, *, report: ReadReport | None = None, strict: bool = False
) -> list[AgentEntry]:
    """Read an agent dictionary: phrases with their plurals and agent codes (``~COP``).

    ``!MARKER!`` phrases are expanded into one entry per substitute (without plurals).
    """
    reader = Reader(path, report, strict)
    markers: dict[str, list[str]] = {}
    entries: list[AgentEntry] = []
    for line in reader.lines():
        text, n = line.text.strip(), line.number
        m = _MARKER_DEF.match(text)
        if m and "[" not in text:
            items = [i.strip() for i in m.group(2).split(",") if i.strip()]
            if not items:
                reader.skip(n, f"substitution marker !{m.group(1)}! has no substitutes")
                continue
            markers[m.group(1)] = items
            continue
        split = _groups(reader, n, text)
        if split is None:
            reader.skip(n, f"unbalanced [...] in {text!r}")
            continue
        head, codes, trailing = split
        if trailing:
            reader.note(n, f"text after the code ignored: {trailing!r}")
        if not codes:
            reader.skip(n, f"no [code] for the agent {text!r} (PETRARCH skips these too)")
            continue
        if len(codes) > 1:
            reader.note(n, f"{len(codes)} codes; the first, [{codes[0]}], is used")
        code = codes[0]
        if not re.fullmatch(r"~[^\s~]+|[^\s~]+~", code):
            reader.skip(n, f"agent code [{code}] has no leading or trailing '~'")
            continue
        plural: str | None = None
        if "{" in head or "}" in head:
            pm = re.fullmatch(r"([^{}]*)\{([^{}]*)\}\s*", head)
            if not pm:
                reader.skip(n, f"unbalanced {{...}} in {text!r}")
                continue
            head, plural = pm.group(1), pm.group(2).strip()
        head = head.strip()
        if not head:
            reader.skip(n, f"agent line without a phrase: {text!r}")
            continue
        if "!" in head:
            expanded = _expand_marker(reader, n, head, markers)
            entries.extend(AgentEntry(phrase(e), (), code, n, marker) for marker, e in expanded)
            continue
        plurals = (
            (phrase(regular_plural(head)),)
            if plural is None
            else ((phrase(plural),) if plural else ())
        )
        entries.append(AgentEntry(phrase(head), plurals, code, n))
    return entries


def read_discards(
    path: str | Path, *, report: ReadReport | None = None, strict: bool = False
) -> list[DiscardEntry]:
    """Read a discard list: phrases whose presence stops coding (``+``: the whole story)."""
    reader = Reader(path, report, strict)
    entries = []
    for line in reader.lines():
        text = line.text.strip()
        story = text.startswith("+")
        body = text[1:].strip() if story else text
        if not body:
            reader.skip(line.number, "empty discard phrase")
            continue
        if any(c in body for c in "[]{}"):
            reader.note(line.number, f"brackets in the discard phrase {body!r}; kept as text")
        p = phrase(body)
        entries.append(
            DiscardEntry(
                Phrase(p.original, tuple(w.upper() for w in p.words)),
                story,
                body.endswith("_"),
                line.number,
            )
        )
    return entries
