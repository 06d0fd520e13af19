#!/usr/bin/env python3
"""Generate ontologies/actors/persons.ttl from the compact tables in this file.

Run: python scripts/gen_persons.py  (writes the Turtle, parses it back with rdflib,
checks every term and prints counts; exits non-zero on a problem).

Table syntax, one block per state or organisation:

    == <actor slug> <ISO3 | org CAMEO code> <surname rule: last | first | none | org>
    <office>[*] <Name> <start> [<end>]      # optional comment, copied into the Turtle
    @ <Name> | <surnames, '/'-separated; '-' none; empty: rule> | <QID> | <aliases, ';'> | <nationality>

Offices: P President, VP VicePresident, PM PrimeMinister, C Chancellor, M Monarch,
SL SupremeLeader, FM ForeignMinister, DM DefenceMinister, SG SecretaryGeneral,
CH Chair, O Official.  '*' after the office marks the state's top executive.
A date ending in '~' is approximate (day, sometimes month, uncertain); it becomes
'# approx' in the Turtle.  No end date: in office as far as the author knows
(knowledge ends around late 2025; see the comments on individual terms).
An alias ending in '@id' is tagged Indonesian, otherwise English.
Nationality is the state of the block a person first appears in unless '@' says.
CAMEO code: that of the actor of the person's latest term (ISO3 + 'GOV' for states).
"""

from __future__ import annotations

import re
import sys
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

OFFICES = {
    "P": "President",
    "VP": "VicePresident",
    "PM": "PrimeMinister",
    "C": "Chancellor",
    "M": "Monarch",
    "SL": "SupremeLeader",
    "FM": "ForeignMinister",
    "DM": "DefenceMinister",
    "SG": "SecretaryGeneral",
    "CH": "Chair",
    "O": "Official",
}
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}~?$")
FOLD = str.maketrans(
    {
        "đ": "d",
        "Đ": "D",
        "ı": "i",
        "ł": "l",
        "Ł": "L",
        "ø": "o",
        "Ø": "O",
        "æ": "ae",
        "ß": "ss",
        "ð": "d",
        "þ": "th",
        "’": "'",
        "‘": "'",
    }
)
KOREAN = {"south_korea", "north_korea"}
SUFFIXES = {"Jr", "Sr", "II", "III", "IV"}
OUT = Path(__file__).resolve().parent.parent / "ontologies" / "actors" / "persons.ttl"


def fold(text: str) -> str:
    """ASCII form of a name (diacritics dropped)."""
    text = unicodedata.normalize("NFKD", text.translate(FOLD))
    return "".join(c for c in text if not unicodedata.combining(c))


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", fold(text).lower()).strip("_")


@dataclass
class Term:
    office: str
    actor: str
    start: str
    end: str | None
    executive: bool
    note: str


@dataclass
class Person:
    name: str
    terms: list[Term] = field(default_factory=list)
    surnames: list[str] | None = None
    qid: str = ""
    aliases: list[str] = field(default_factory=list)
    nationality: str = ""
    rule: str = "last"


@dataclass
class Block:
    actor: str
    code: str
    rule: str


def parse(blocks: str) -> tuple[dict[str, Person], dict[str, Block]]:
    people: dict[str, Person] = {}
    actors: dict[str, Block] = {}
    block: Block | None = None
    for n, raw in enumerate(blocks.splitlines(), 1):
        line, _, note = raw.partition("#")
        line, note = line.strip(), note.strip()
        if not line:
            continue
        if line.startswith("=="):
            actor, code, rule = line[2:].split()
            block = actors.setdefault(actor, Block(actor, code, rule))
            continue
        if block is None:
            raise SystemExit(f"line {n}: data before a '==' header")
        if line.startswith("@"):
            cells = [c.strip() for c in line[1:].split("|")] + [""] * 5
            name, surnames, qid, aliases, nat = cells[:5]
            p = people.setdefault(name, Person(name))
            if surnames == "-":
                p.surnames = []
            elif surnames:
                p.surnames = [s.strip() for s in surnames.split("/")]
            p.qid = qid or p.qid
            p.aliases += [a.strip() for a in aliases.split(";") if a.strip()]
            p.nationality = nat or p.nationality
            if not p.nationality and block.rule != "org":
                p.nationality, p.rule = block.actor, block.rule
            continue
        tokens = line.split()
        office, tokens = tokens[0], tokens[1:]
        dates: list[str] = []
        while tokens and DATE.match(tokens[-1]) and len(dates) < 2:
            dates.insert(0, tokens.pop())
        executive = office.endswith("*")
        office = office.rstrip("*")
        if office not in OFFICES or not dates or not tokens:
            raise SystemExit(f"line {n}: cannot read {raw!r}")
        approx = any(d.endswith("~") for d in dates)
        dates = [d.rstrip("~") for d in dates]
        notes = [x for x in (note, "approx" if approx and "approx" not in note else "") if x]
        name = " ".join(tokens)
        p = people.setdefault(name, Person(name))
        if not p.nationality and block.rule != "org":
            p.nationality, p.rule = block.actor, block.rule
        p.terms.append(
            Term(
                OFFICES[office],
                block.actor,
                dates[0],
                dates[1] if len(dates) > 1 else None,
                executive,
                "; ".join(notes),
            )
        )
    return people, actors


def surnames_of(p: Person) -> list[str]:
    if p.surnames is not None:
        return p.surnames
    if any(t.office == "Monarch" for t in p.terms):
        return []
    words = [w for w in p.name.replace(".", "").replace(",", "").split() if w not in SUFFIXES]
    if p.rule in ("none", "org") or len(words) < 2:
        return [] if p.rule in ("none", "org") else words
    return [words[0]] if p.rule == "first" else [words[-1]]


def alt_labels(p: Person) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    for a in p.aliases:
        text, _, lang = a.partition("@")
        out.append((text.strip(), lang or "en"))
    if p.nationality in KOREAN:
        w = p.name.split()
        if len(w) == 3 and "-" not in w[2] and "-" not in w[1]:
            out.append((f"{w[0]} {w[1]}-{w[2].lower()}", "en"))
        elif len(w) == 2 and "-" in w[1]:
            a, b = w[1].split("-", 1)
            out.append((f"{w[0]} {a} {b.capitalize()}", "en"))
    for text, lang in list(out) + [(p.name, "en")]:
        if fold(text) != text:
            out.append((fold(text), lang))
    seen: set[tuple[str, str]] = {(p.name, "en")}
    result = []
    for item in out:
        if item not in seen:
            seen.add(item)
            result.append(item)
    return result


def lit(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def cameo(p: Person, actors: dict[str, Block]) -> str:
    latest = max(p.terms, key=lambda t: (t.start, t.actor == p.nationality))
    block = actors[latest.actor]
    return block.code if block.rule == "org" else block.code + "GOV"


def render(people: dict[str, Person], actors: dict[str, Block]) -> str:
    lines = [
        "# Heads of state and government 2000-2026, foreign and defence ministers since 2015,",
        "# and heads of a few organisations, with dated terms of office.",
        "# GENERATED by scripts/gen_persons.py from its tables: edit those, then rerun.",
        "# Schema: ontologies/README.md.  No ir:end = in office as far as the tables know;",
        "# the author's knowledge ends around late 2025 (see comments on open terms).",
        "# '# approx' marks a term whose start or end day is not certain.",
        "",
        "@prefix ir:   <https://w3id.org/kg/ir#> .",
        "@prefix act:  <https://w3id.org/kg/actor/> .",
        "@prefix wd:   <http://www.wikidata.org/entity/> .",
        "@prefix skos: <http://www.w3.org/2004/02/skos/core#> .",
        "@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .",
        "@prefix xsd:  <http://www.w3.org/2001/XMLSchema#> .",
        "",
    ]
    order = {a: i for i, a in enumerate(actors)}
    ranked = sorted(
        people.values(),
        key=lambda p: (
            order.get(p.nationality, len(order)),
            p.nationality,
            min(t.start for t in p.terms),
            p.name,
        ),
    )
    current = None
    for p in ranked:
        if p.nationality != current:
            current = p.nationality
            lines += [f"# ---- {current} " + "-" * max(4, 70 - len(current)), ""]
        lines.append(f"act:{slug(p.name)} a ir:Person ;")
        lines.append(f"    rdfs:label {lit(p.name)}@en ;")
        alts = alt_labels(p)
        if alts:
            lines.append("    skos:altLabel " + " , ".join(f"{lit(t)}@{g}" for t, g in alts) + " ;")
        sur = list(dict.fromkeys(surnames_of(p) + [fold(s) for s in surnames_of(p)]))
        if sur:
            lines.append("    ir:surname " + " , ".join(lit(s) for s in sur) + " ;")
        lines.append(f"    ir:nationality act:{p.nationality} ;")
        if p.qid:
            lines.append(f"    ir:wikidata wd:{p.qid} ;")
        lines.append(f"    ir:cameoCode {lit(cameo(p, actors))} ;")
        terms = sorted(p.terms, key=lambda t: (t.start, t.office))
        for i, t in enumerate(terms):
            parts = [
                f"ir:office ir:{t.office}",
                f"ir:ofActor act:{t.actor}",
                f'ir:start "{t.start}"^^xsd:date',
            ]
            if t.end:
                parts.append(f'ir:end "{t.end}"^^xsd:date')
            if t.executive:
                parts.append("ir:executive true")
            head = "    ir:term " if i == 0 else "            "
            tail = " ." if i == len(terms) - 1 else " ,"
            comment = f"  # {t.note}" if t.note else ""
            lines.append(f"{head}[ {' ; '.join(parts)} ]{tail}{comment}")
        lines.append("")
    return "\n".join(lines)


def check(people: dict[str, Person]) -> list[str]:
    problems = []
    by_state: dict[str, list[tuple[str, str, str]]] = {}
    for p in people.values():
        if not p.nationality:
            problems.append(f"{p.name}: no nationality")
        for t in p.terms:
            if t.end and t.end < t.start:
                problems.append(f"{p.name}: {t.office} ends {t.end} before {t.start}")
            if t.executive:
                by_state.setdefault(t.actor, []).append((t.start, t.end or "9999-12-31", p.name))
    from datetime import date

    for state, spans in by_state.items():
        spans.sort()
        for (s1, e1, n1), (s2, _e2, n2) in zip(spans, spans[1:], strict=False):
            overlap = (date.fromisoformat(e1) - date.fromisoformat(s2)).days
            if overlap > 1:
                problems.append(f"{state}: {n1} ({s1}..{e1}) overlaps {n2} from {s2}")
    return problems


def main() -> int:
    people, actors = parse(BLOCKS)
    problems = check(people)
    text = render(people, actors)
    OUT.write_text(text, encoding="utf-8")
    import rdflib

    g = rdflib.Graph()
    g.parse(OUT, format="turtle")
    ir = rdflib.Namespace("https://w3id.org/kg/ir#")
    for term in g.objects(None, ir["term"]):
        for prop in (ir.office, ir.ofActor, ir.start):
            if g.value(term, prop) is None:
                problems.append(f"term {term} lacks {prop}")
    slugs: dict[str, str] = {}
    for p in people.values():
        other = slugs.setdefault(slug(p.name), p.name)
        if other != p.name:
            problems.append(f"slug clash: {other!r} and {p.name!r}")
        if (
            len(
                {
                    t.actor
                    for t in p.terms
                    if actors[t.actor].rule != "org" and t.office != "Monarch"
                }
            )
            > 1
        ):
            problems.append(f"{p.name}: terms in several states (two people, one name?)")
    states = {t.actor for p in people.values() for t in p.terms if actors[t.actor].rule != "org"}
    nterms = sum(len(p.terms) for p in people.values())
    print(f"{OUT}: {len(people)} persons, {nterms} terms, {len(states)} states, {len(g)} triples")
    for problem in problems:
        print("PROBLEM:", problem)
    return 1 if problems else 0


# ---------------------------------------------------------------------------------------
# Tables.  Heads first (state, government), then ministers, per state.
# ---------------------------------------------------------------------------------------

AMERICAS = """
== united_states USA last
P* Bill Clinton 1993-01-20 2001-01-20
P* George W. Bush 2001-01-20 2009-01-20
P* Barack Obama 2009-01-20 2017-01-20
P* Donald Trump 2017-01-20 2021-01-20
P* Joe Biden 2021-01-20 2025-01-20
P* Donald Trump 2025-01-20
VP Al Gore 1993-01-20 2001-01-20
VP Dick Cheney 2001-01-20 2009-01-20
VP Joe Biden 2009-01-20 2017-01-20
VP Mike Pence 2017-01-20 2021-01-20
VP Kamala Harris 2021-01-20 2025-01-20
VP JD Vance 2025-01-20
FM Madeleine Albright 1997-01-23 2001-01-20
FM Colin Powell 2001-01-20 2005-01-26
FM Condoleezza Rice 2005-01-26 2009-01-20
FM Hillary Clinton 2009-01-21 2013-02-01
FM John Kerry 2013-02-01 2017-01-20
FM Rex Tillerson 2017-02-01 2018-03-31
FM Mike Pompeo 2018-04-26 2021-01-20
FM Antony Blinken 2021-01-26 2025-01-20
FM Marco Rubio 2025-01-21
DM William Cohen 1997-01-24 2001-01-20
DM Donald Rumsfeld 2001-01-20 2006-12-18
DM Robert Gates 2006-12-18 2011-06-30
DM Leon Panetta 2011-07-01 2013-02-26
DM Chuck Hagel 2013-02-27 2015-02-17
DM Ash Carter 2015-02-17 2017-01-20
DM Jim Mattis 2017-01-20 2019-01-01
DM Patrick Shanahan 2019-01-01 2019-06-23  # acting
DM Mark Esper 2019-06-24 2020-11-09  # acting until confirmed 2019-07-23
DM Christopher C. Miller 2020-11-09 2021-01-20  # acting
DM Lloyd Austin 2021-01-22 2025-01-20
DM Pete Hegseth 2025-01-25  # also styled Secretary of War from 2025-09
O Jen Psaki 2021-01-20 2022-05-13  # White House press secretary
O Karine Jean-Pierre 2022-05-13 2025-01-20  # White House press secretary
O Karoline Leavitt 2025-01-20  # White House press secretary
O Jake Sullivan 2021-01-20 2025-01-20  # National Security Advisor
O Linda Thomas-Greenfield 2021-02-25 2025-01-20  # ambassador to the UN
O Mike Waltz 2025-01-20 2025-05-01  # National Security Advisor
@ Bill Clinton | | Q1124 | William Jefferson Clinton; William J. Clinton
@ George W. Bush | | Q207 | George Bush; George Walker Bush; Bush Jr.; Dubya
@ Barack Obama | | Q76 | Barack Hussein Obama; Obama
@ Donald Trump | | Q22686 | Donald J. Trump; Donald John Trump; Trump
@ Joe Biden | | Q6279 | Joseph Biden; Joseph R. Biden; Joseph Robinette Biden; Biden
@ Al Gore | | Q19673 | Albert Gore
@ Dick Cheney | | Q48259 | Richard Cheney
@ Mike Pence | | Q24313 | Michael Pence
@ Kamala Harris | | Q10853588 | Kamala Devi Harris
@ JD Vance | | | J. D. Vance; James David Vance; J.D. Vance
@ Hillary Clinton | | Q6294 | Hillary Rodham Clinton
@ John Kerry | | Q22316 | John Forbes Kerry
@ Mike Pompeo | | | Michael Pompeo; Michael R. Pompeo
@ Antony Blinken | | | Tony Blinken; Antony J. Blinken
@ Marco Rubio | | Q324546 | Marco Antonio Rubio
@ Ash Carter | | | Ashton Carter
@ Jim Mattis | | | James Mattis
@ Christopher C. Miller | | | Christopher Miller
@ Lloyd Austin | | | Lloyd J. Austin
@ Pete Hegseth | | | Peter Hegseth

== canada CAN last
M Elizabeth II 1952-02-06 2022-09-08
M Charles III 2022-09-08
PM* Jean Chrétien 1993-11-04 2003-12-12
PM* Paul Martin 2003-12-12 2006-02-06
PM* Stephen Harper 2006-02-06 2015-11-04
PM* Justin Trudeau 2015-11-04 2025-03-14
PM* Mark Carney 2025-03-14
FM John Baird 2011-05-18 2015-02-03
FM Rob Nicholson 2015-02-09 2015-11-04
FM Stéphane Dion 2015-11-04 2017-01-10
FM Chrystia Freeland 2017-01-10 2019-11-20
FM François-Philippe Champagne 2019-11-20 2021-01-12
FM Marc Garneau 2021-01-12 2021-10-26
FM Mélanie Joly 2021-10-26 2025-05-13
FM Anita Anand 2025-05-13
DM Rob Nicholson 2013-07-15 2015-02-09
DM Jason Kenney 2015-02-09 2015-11-04
DM Harjit Sajjan 2015-11-04 2021-10-26
DM Anita Anand 2021-10-26 2023-07-26
DM Bill Blair 2023-07-26 2025-05-13
DM David McGuinty 2025-05-13
@ Stephen Harper | | Q206 |
@ Justin Trudeau | | Q3099714 | Justin Pierre James Trudeau
@ Mark Carney | | | Mark Joseph Carney
@ Bill Blair | | | William Blair

== mexico MEX last
P* Ernesto Zedillo 1994-12-01 2000-12-01
P* Vicente Fox 2000-12-01 2006-12-01
P* Felipe Calderón 2006-12-01 2012-12-01
P* Enrique Peña Nieto 2012-12-01 2018-12-01
P* Andrés Manuel López Obrador 2018-12-01 2024-10-01
P* Claudia Sheinbaum 2024-10-01
FM José Antonio Meade 2012-12-01 2015-08-27
FM Claudia Ruiz Massieu 2015-08-27 2017-01-04
FM Luis Videgaray 2017-01-04 2018-11-30
FM Marcelo Ebrard 2018-12-01 2023-06-16
FM Alicia Bárcena 2023-07-03 2024-09-30
FM Juan Ramón de la Fuente 2024-10-01  # may have left office in 2025; not verified
DM Salvador Cienfuegos 2012-12-01 2018-11-30  # Secretary of National Defence (army)
DM Luis Cresencio Sandoval 2018-12-01 2024-09-30
DM Ricardo Trevilla Trejo 2024-10-01
@ Ernesto Zedillo | | | Ernesto Zedillo Ponce de León
@ Vicente Fox | | | Vicente Fox Quesada
@ Felipe Calderón | | | Felipe Calderón Hinojosa
@ Enrique Peña Nieto | Peña Nieto | | Peña Nieto
@ Andrés Manuel López Obrador | López Obrador | | AMLO; López Obrador
@ Claudia Sheinbaum | | | Claudia Sheinbaum Pardo
@ Claudia Ruiz Massieu | Ruiz Massieu | |
@ Alicia Bárcena | | | Alicia Bárcena Ibarra
@ Juan Ramón de la Fuente | de la Fuente | |
@ Luis Cresencio Sandoval | Sandoval | |
@ Ricardo Trevilla Trejo | Trevilla | | Ricardo Trevilla

== brazil BRA last
P* Fernando Henrique Cardoso 1995-01-01 2003-01-01
P* Luiz Inácio Lula da Silva 2003-01-01 2011-01-01
P* Dilma Rousseff 2011-01-01 2016-08-31  # suspended from 2016-05-12 during impeachment
P* Michel Temer 2016-08-31 2019-01-01  # acting president from 2016-05-12
P* Jair Bolsonaro 2019-01-01 2023-01-01
P* Luiz Inácio Lula da Silva 2023-01-01
VP Michel Temer 2011-01-01 2016-08-31
VP Hamilton Mourão 2019-01-01 2023-01-01
VP Geraldo Alckmin 2023-01-01
FM Mauro Vieira 2015-01-01 2016-05-12
FM José Serra 2016-05-12 2017-02-22
FM Aloysio Nunes 2017-03-07 2019-01-01
FM Ernesto Araújo 2019-01-01 2021-03-29
FM Carlos França 2021-04-06 2023-01-01
FM Mauro Vieira 2023-01-01
DM Jaques Wagner 2015-01-01 2015-10-02
DM Aldo Rebelo 2015-10-02 2016-05-12
DM Raul Jungmann 2016-05-12 2018-02-27
DM Joaquim Silva e Luna 2018-02-27 2019-01-01
DM Fernando Azevedo e Silva 2019-01-01 2021-03-29
DM Walter Braga Netto 2021-03-29 2022-03-31
DM Paulo Sérgio Nogueira 2022-04-01 2023-01-01
DM José Múcio 2023-01-01
@ Fernando Henrique Cardoso | Cardoso | | FHC
@ Luiz Inácio Lula da Silva | Lula | Q37181 | Lula; Lula da Silva; Luiz Inácio Lula; Luiz Inacio Lula da Silva
@ Dilma Rousseff | Rousseff/Dilma | | Dilma Vana Rousseff
@ Jair Bolsonaro | | Q10304982 | Jair Messias Bolsonaro; Bolsonaro
@ Joaquim Silva e Luna | Silva e Luna | |
@ Fernando Azevedo e Silva | Azevedo e Silva | |
@ Walter Braga Netto | Braga Netto | |
@ Paulo Sérgio Nogueira | Nogueira | | Paulo Sérgio Nogueira de Oliveira
@ José Múcio | Múcio | | José Múcio Monteiro

== argentina ARG last
P* Fernando de la Rúa 1999-12-10 2001-12-21
P* Ramón Puerta 2001-12-21 2001-12-23  # acting
P* Adolfo Rodríguez Saá 2001-12-23 2001-12-31
P* Eduardo Camaño 2001-12-31 2002-01-02  # acting
P* Eduardo Duhalde 2002-01-02 2003-05-25
P* Néstor Kirchner 2003-05-25 2007-12-10
P* Cristina Fernández de Kirchner 2007-12-10 2015-12-10
P* Mauricio Macri 2015-12-10 2019-12-10
P* Alberto Fernández 2019-12-10 2023-12-10
P* Javier Milei 2023-12-10
VP Cristina Fernández de Kirchner 2019-12-10 2023-12-10
VP Victoria Villarruel 2023-12-10
FM Héctor Timerman 2010-06-18 2015-12-10
FM Susana Malcorra 2015-12-10 2017-06-12
FM Jorge Faurie 2017-06-12 2019-12-10
FM Felipe Solá 2019-12-10 2021-09-20
FM Santiago Cafiero 2021-09-20 2023-12-10
FM Diana Mondino 2023-12-10 2024-10-30
FM Gerardo Werthein 2024-10-30 2025-10-22~
FM Pablo Quirno 2025-10-22~
DM Agustín Rossi 2013-06-03~ 2015-12-10
DM Julio Martínez 2015-12-10 2017-07-17
DM Oscar Aguad 2017-07-17 2019-12-10
DM Agustín Rossi 2019-12-10 2021-09-20
DM Jorge Taiana 2021-09-20 2023-12-10
DM Luis Petri 2023-12-10 2025-12-10~  # left to take a seat in Congress
DM Carlos Presti 2025-12-10~  # army general; appointment late 2025, verify
@ Fernando de la Rúa | de la Rúa | |
@ Adolfo Rodríguez Saá | Rodríguez Saá | |
@ Cristina Fernández de Kirchner | Fernández de Kirchner/Kirchner | | Cristina Kirchner; Cristina Fernández; CFK
@ Alberto Fernández | | | Alberto Ángel Fernández
@ Javier Milei | | | Javier Gerardo Milei; Milei

== venezuela VEN last
P* Hugo Chávez 1999-02-02 2013-03-05  # briefly ousted 2002-04-11/13
P* Nicolás Maduro 2013-03-05  # acting until sworn in 2013-04-19; author cannot confirm his status after late 2025
O Juan Guaidó 2019-01-23 2023-01-05  # self-declared interim president, recognised by the US and others
VP Delcy Rodríguez 2018-06-14
FM Delcy Rodríguez 2014-12-26 2017-06-21
FM Jorge Arreaza 2017-08-02 2021-08-25~
FM Félix Plasencia 2021-08-25~ 2022-08-18~
FM Carlos Faría 2022-08-18~ 2023-08-08~
FM Yván Gil 2023-08-08~
DM Vladimir Padrino López 2014-10-25
@ Hugo Chávez | | Q8440 | Hugo Rafael Chávez Frías
@ Nicolás Maduro | | | Nicolás Maduro Moros; Maduro
@ Vladimir Padrino López | Padrino López/Padrino | | Vladimir Padrino

== colombia COL last
P* Andrés Pastrana 1998-08-07 2002-08-07
P* Álvaro Uribe 2002-08-07 2010-08-07
P* Juan Manuel Santos 2010-08-07 2018-08-07
P* Iván Duque 2018-08-07 2022-08-07
P* Gustavo Petro 2022-08-07 2026-08-07  # constitutional end of term; successor not known to the author
FM María Ángela Holguín 2010-08-07 2018-08-07
FM Carlos Holmes Trujillo 2018-08-07 2019-11-12
FM Claudia Blum 2019-11-12 2021-05-13~
FM Marta Lucía Ramírez 2021-05-13~ 2022-08-07
FM Álvaro Leyva 2022-08-07 2024-05-15~  # suspended, then out
FM Luis Gilberto Murillo 2024-05-15~ 2025-01-31~
FM Laura Sarabia 2025-01-31~ 2025-07-03~
FM Rosa Villavicencio 2025-07-03~
DM Juan Carlos Pinzón 2011-09-01~ 2015-06-22
DM Luis Carlos Villegas 2015-06-22 2018-08-07
DM Guillermo Botero 2018-08-07 2019-11-06
DM Carlos Holmes Trujillo 2019-11-12 2021-01-26  # died in office
DM Diego Molano 2021-02-04~ 2022-08-07
DM Iván Velásquez 2022-08-07 2025-02-20~
DM Pedro Arnulfo Sánchez 2025-02-20~
@ Álvaro Uribe | | | Álvaro Uribe Vélez
@ Juan Manuel Santos | | | Santos
@ Iván Duque | | | Iván Duque Márquez
@ Gustavo Petro | | | Gustavo Francisco Petro
@ Carlos Holmes Trujillo | Holmes Trujillo | |
@ Marta Lucía Ramírez | Ramírez | |
@ Pedro Arnulfo Sánchez | Sánchez | | Pedro Sánchez Suárez

== chile CHL last
P* Eduardo Frei Ruiz-Tagle 1994-03-11 2000-03-11
P* Ricardo Lagos 2000-03-11 2006-03-11
P* Michelle Bachelet 2006-03-11 2010-03-11
P* Sebastián Piñera 2010-03-11 2014-03-11
P* Michelle Bachelet 2014-03-11 2018-03-11
P* Sebastián Piñera 2018-03-11 2022-03-11
P* Gabriel Boric 2022-03-11 2026-03-11  # constitutional end of term; successor not known to the author
FM Heraldo Muñoz 2014-03-11 2018-03-11
FM Roberto Ampuero 2018-03-11 2019-06-13
FM Teodoro Ribera 2019-06-13 2020-07-28~
FM Andrés Allamand 2020-07-28~ 2022-01-26~
FM Antonia Urrejola 2022-03-11 2023-03-10
FM Alberto van Klaveren 2023-03-10
DM Maya Fernández 2022-03-11 2025-03-07~
DM Adriana Delpiano 2025-03-07~
@ Eduardo Frei Ruiz-Tagle | Frei | | Eduardo Frei
@ Gabriel Boric | | | Gabriel Boric Font
@ Alberto van Klaveren | van Klaveren | |

== peru PER last
P* Alberto Fujimori 1990-07-28 2000-11-22
P* Valentín Paniagua 2000-11-22 2001-07-28
P* Alejandro Toledo 2001-07-28 2006-07-28
P* Alan García 2006-07-28 2011-07-28
P* Ollanta Humala 2011-07-28 2016-07-28
P* Pedro Pablo Kuczynski 2016-07-28 2018-03-23
P* Martín Vizcarra 2018-03-23 2020-11-10
P* Manuel Merino 2020-11-10 2020-11-15
P* Francisco Sagasti 2020-11-17 2021-07-28
P* Pedro Castillo 2021-07-28 2022-12-07
P* Dina Boluarte 2022-12-07 2025-10-10
P* José Jerí 2025-10-10 2026-07-28  # interim; term ends 2026-07-28, successor not known to the author
FM Gonzalo Gutiérrez Reinel 2014-02-24~ 2015-06-23~
FM Ana María Sánchez de Ríos 2015-06-23~ 2016-07-28
FM Ricardo Luna 2016-07-28 2018-01-09~
FM Cayetana Aljovín 2018-01-09~ 2018-04-02
FM Néstor Popolizio 2018-04-02 2019-10-03~
FM Gustavo Meza-Cuadra 2019-10-03~ 2020-11-12~
# gap: FM 2020-11-12..2020-11-18 (Manuel Merino's cabinet): minister not known to the author
FM Elizabeth Astete 2020-11-18~ 2021-02-14~  # resigned over the vaccination scandal
FM Allan Wagner 2021-02-15~ 2021-07-28
FM Héctor Béjar 2021-07-29 2021-08-17~
FM Óscar Maúrtua 2021-08-19~ 2022-02-08~
FM César Landa 2022-02-08~ 2022-08-05~
FM Miguel Rodríguez Mackay 2022-08-05~ 2022-09-15~  # day and month uncertain
FM César Landa 2022-09-15~ 2022-11-25~  # second spell; start and end uncertain
# gap: FM 2022-11-25..2022-12-10 (Castillo's last cabinet): not known to the author
FM Ana Cecilia Gervasi 2022-12-10 2023-09-15~  # end month uncertain
FM Javier González-Olaechea 2023-09-15~ 2024-09-15~  # month of start and end uncertain
FM Elmer Schialer 2024-09-15~ 2025-10-14~  # start month uncertain
FM Hugo de Zela 2025-10-14~
DM Pedro Cateriano 2012-05-23~ 2015-04-02  # then prime minister
DM Jakke Valakivi 2015-04-02 2016-07-28
DM Mariano González 2016-07-28 2016-09-15~  # resigned; day uncertain
DM Jorge Nieto Montesinos 2016-09-15~ 2017-12-27~  # resigned after the Fujimori pardon
# gap: DM 2017-12-27..2018-01-09: not known to the author
DM Jorge Kisic 2018-01-09~ 2018-04-02
DM José Huerta 2018-04-02 2019-10-03~
DM Walter Martos 2019-10-03~ 2020-08-06~  # then prime minister
DM Jorge Chávez Cresta 2020-08-06~ 2020-11-12~
# gap: DM 2020-11-12..2020-11-18 (Manuel Merino's cabinet): not known to the author
DM Nuria Esparch 2020-11-18~ 2021-07-28
DM Walter Ayala 2021-07-29 2021-11-15~  # resigned; day uncertain
# gap: DM 2021-11..2022-12-10: several short-lived ministers under Castillo (José Luis Gavidia
# among them); names and dates not certain enough to enter
DM Alberto Otárola 2022-12-10 2022-12-21  # then prime minister (also minister 2011-2012)
# gap: DM from 2022-12-21: Jorge Chávez Cresta again, then (2024-25) Walter Astudillo; dates
# not known to the author
@ Pedro Pablo Kuczynski | | | PPK
@ Gonzalo Gutiérrez Reinel | Gutiérrez | | Gonzalo Gutiérrez
@ Ana María Sánchez de Ríos | Sánchez | | Ana María Sánchez
@ Cayetana Aljovín | | | Cayetana Aljovín Gazzani
@ Gustavo Meza-Cuadra | | | Gustavo Meza-Cuadra Velásquez
@ Elizabeth Astete | | | Esther Elizabeth Astete; Elizabeth Astete Rodríguez
@ Allan Wagner | | | Allan Wagner Tizón
@ Óscar Maúrtua | | | Óscar Maúrtua de Romaña
@ Miguel Rodríguez Mackay | Rodríguez Mackay/Rodríguez | |
@ Javier González-Olaechea | | | Javier González Olaechea
@ Hugo de Zela | Zela/de Zela | | Hugo de Zela Martínez
@ Mariano González | González | | Mariano González Fernández
@ Jorge Nieto Montesinos | Nieto | | Jorge Nieto
@ Jorge Kisic | | | Jorge Kisic Wagner
@ José Huerta | | | José Huerta Torres
@ Jorge Chávez Cresta | Chávez Cresta | |
@ Alberto Otárola | | | Alberto Otárola Peñaranda

== cuba CUB last
P* Fidel Castro 1976-12-02 2008-02-24  # Raúl Castro acting from 2006-07-31
P* Raúl Castro 2008-02-24 2018-04-19
P* Miguel Díaz-Canel 2018-04-19
PM Manuel Marrero Cruz 2019-12-21
FM Bruno Rodríguez Parrilla 2009-03-02
DM Leopoldo Cintra Frías 2011-11-04~ 2021-04-15~
DM Álvaro López Miera 2021-04-15~
@ Fidel Castro | | Q11256 | Fidel Alejandro Castro Ruz
@ Raúl Castro | | | Raúl Modesto Castro Ruz
@ Miguel Díaz-Canel | | | Miguel Díaz-Canel Bermúdez
@ Manuel Marrero Cruz | Marrero | | Manuel Marrero
@ Bruno Rodríguez Parrilla | Rodríguez | | Bruno Rodríguez
@ Leopoldo Cintra Frías | Cintra Frías | |
@ Álvaro López Miera | López Miera | |
"""

EUROPE = """
== united_kingdom GBR last
M Elizabeth II 1952-02-06 2022-09-08
M Charles III 2022-09-08
PM* Tony Blair 1997-05-02 2007-06-27
PM* Gordon Brown 2007-06-27 2010-05-11
PM* David Cameron 2010-05-11 2016-07-13
PM* Theresa May 2016-07-13 2019-07-24
PM* Boris Johnson 2019-07-24 2022-09-06
PM* Liz Truss 2022-09-06 2022-10-25
PM* Rishi Sunak 2022-10-25 2024-07-05
PM* Keir Starmer 2024-07-05
FM Philip Hammond 2014-07-15 2016-07-13
FM Boris Johnson 2016-07-13 2018-07-09
FM Jeremy Hunt 2018-07-09 2019-07-24
FM Dominic Raab 2019-07-24 2021-09-15
FM Liz Truss 2021-09-15 2022-09-06
FM James Cleverly 2022-09-06 2023-11-13
FM David Cameron 2023-11-13 2024-07-05
FM David Lammy 2024-07-05 2025-09-05
FM Yvette Cooper 2025-09-05
DM Michael Fallon 2014-07-15 2017-11-01
DM Gavin Williamson 2017-11-02 2019-05-01
DM Penny Mordaunt 2019-05-01 2019-07-24
DM Ben Wallace 2019-07-24 2023-08-31
DM Grant Shapps 2023-08-31 2024-07-05
DM John Healey 2024-07-05
@ Elizabeth II | - | Q9682 | Queen Elizabeth II; Queen Elizabeth; Ratu Elizabeth II@id | united_kingdom
@ Charles III | - | Q43274 | King Charles III; King Charles; Prince Charles; Raja Charles III@id | united_kingdom
@ Tony Blair | | Q9545 | Anthony Blair
@ Gordon Brown | | Q10648 |
@ David Cameron | | Q192 | Lord Cameron
@ Theresa May | | Q264766 |
@ Boris Johnson | | Q180589 | Alexander Boris de Pfeffel Johnson
@ Liz Truss | | | Elizabeth Truss
@ Rishi Sunak | | |
@ Keir Starmer | | | Sir Keir Starmer; Keir Rodney Starmer; Starmer
@ Yvette Cooper | | |

== france FRA last
P* Jacques Chirac 1995-05-17 2007-05-16
P* Nicolas Sarkozy 2007-05-16 2012-05-15
P* François Hollande 2012-05-15 2017-05-14
P* Emmanuel Macron 2017-05-14
PM Lionel Jospin 1997-06-02 2002-05-06
PM Jean-Pierre Raffarin 2002-05-06 2005-05-31
PM Dominique de Villepin 2005-05-31 2007-05-17
PM François Fillon 2007-05-17 2012-05-15
PM Jean-Marc Ayrault 2012-05-15 2014-03-31
PM Manuel Valls 2014-03-31 2016-12-06
PM Bernard Cazeneuve 2016-12-06 2017-05-15
PM Édouard Philippe 2017-05-15 2020-07-03
PM Jean Castex 2020-07-03 2022-05-16
PM Élisabeth Borne 2022-05-16 2024-01-09
PM Gabriel Attal 2024-01-09 2024-09-05
PM Michel Barnier 2024-09-05 2024-12-13
PM François Bayrou 2024-12-13 2025-09-09
PM Sébastien Lecornu 2025-09-09  # resigned 2025-10-06, reappointed 2025-10-10
FM Laurent Fabius 2012-05-16 2016-02-11
FM Jean-Marc Ayrault 2016-02-11 2017-05-17
FM Jean-Yves Le Drian 2017-05-17 2022-05-20
FM Catherine Colonna 2022-05-20 2024-01-11
FM Stéphane Séjourné 2024-01-11 2024-09-21
FM Jean-Noël Barrot 2024-09-21
DM Jean-Yves Le Drian 2012-05-16 2017-05-17
DM Sylvie Goulard 2017-05-17 2017-06-21
DM Florence Parly 2017-06-21 2022-05-20
DM Sébastien Lecornu 2022-05-20 2025-10-12~  # kept the portfolio while prime minister until a new cabinet
DM Catherine Vautrin 2025-10-12~
@ Jacques Chirac | | Q2105 | Jacques René Chirac
@ Nicolas Sarkozy | | Q329 | Sarko
@ François Hollande | | Q157 |
@ Emmanuel Macron | | Q3052772 | Emmanuel Jean-Michel Frédéric Macron; Macron
@ Dominique de Villepin | de Villepin/Villepin | |
@ Jean-Yves Le Drian | Le Drian | |

== germany DEU last
P Johannes Rau 1999-07-01 2004-06-30
P Horst Köhler 2004-07-01 2010-05-31
P Christian Wulff 2010-06-30 2012-02-17
P Joachim Gauck 2012-03-18 2017-03-18
P Frank-Walter Steinmeier 2017-03-19
C* Gerhard Schröder 1998-10-27 2005-11-22
C* Angela Merkel 2005-11-22 2021-12-08
C* Olaf Scholz 2021-12-08 2025-05-06
C* Friedrich Merz 2025-05-06
FM Frank-Walter Steinmeier 2013-12-17 2017-01-27
FM Sigmar Gabriel 2017-01-27 2018-03-14
FM Heiko Maas 2018-03-14 2021-12-08
FM Annalena Baerbock 2021-12-08 2025-05-06
FM Johann Wadephul 2025-05-06
DM Ursula von der Leyen 2013-12-17 2019-07-17
DM Annegret Kramp-Karrenbauer 2019-07-17 2021-12-08
DM Christine Lambrecht 2021-12-08 2023-01-19
DM Boris Pistorius 2023-01-19
@ Gerhard Schröder | | Q2530 |
@ Angela Merkel | | Q567 | Angela Dorothea Merkel; Merkel
@ Olaf Scholz | | Q61053 | Scholz
@ Friedrich Merz | | | Joachim-Friedrich Martin Josef Merz; Merz
@ Ursula von der Leyen | von der Leyen | Q60772 |
@ Annegret Kramp-Karrenbauer | Kramp-Karrenbauer | | AKK

== italy ITA last
P Carlo Azeglio Ciampi 1999-05-18 2006-05-15
P Giorgio Napolitano 2006-05-15 2015-01-14
P Sergio Mattarella 2015-02-03
PM* Massimo D'Alema 1998-10-21 2000-04-26
PM* Giuliano Amato 2000-04-26 2001-06-11
PM* Silvio Berlusconi 2001-06-11 2006-05-17
PM* Romano Prodi 2006-05-17 2008-05-08
PM* Silvio Berlusconi 2008-05-08 2011-11-16
PM* Mario Monti 2011-11-16 2013-04-28
PM* Enrico Letta 2013-04-28 2014-02-22
PM* Matteo Renzi 2014-02-22 2016-12-12
PM* Paolo Gentiloni 2016-12-12 2018-06-01
PM* Giuseppe Conte 2018-06-01 2021-02-13
PM* Mario Draghi 2021-02-13 2022-10-22
PM* Giorgia Meloni 2022-10-22
FM Federica Mogherini 2014-02-22 2014-10-31
FM Paolo Gentiloni 2014-10-31 2016-12-12
FM Angelino Alfano 2016-12-12 2018-06-01
FM Enzo Moavero Milanesi 2018-06-01 2019-09-05
FM Luigi Di Maio 2019-09-05 2022-10-22
FM Antonio Tajani 2022-10-22
DM Roberta Pinotti 2014-02-22 2018-06-01
DM Elisabetta Trenta 2018-06-01 2019-09-05
DM Lorenzo Guerini 2019-09-05 2022-10-22
DM Guido Crosetto 2022-10-22
@ Carlo Azeglio Ciampi | Ciampi | |
@ Massimo D'Alema | D'Alema | |
@ Silvio Berlusconi | | Q11860 |
@ Enzo Moavero Milanesi | Moavero Milanesi/Moavero | |
@ Luigi Di Maio | Di Maio | |

== russia RUS last
P* Vladimir Putin 1999-12-31 2008-05-07  # acting until inaugurated 2000-05-07
P* Dmitry Medvedev 2008-05-07 2012-05-07
P* Vladimir Putin 2012-05-07
PM Vladimir Putin 1999-08-09 2000-05-07
PM Mikhail Kasyanov 2000-05-07 2004-02-24  # acting until confirmed 2000-05-17
PM Viktor Khristenko 2004-02-24 2004-03-05  # acting
PM Mikhail Fradkov 2004-03-05 2007-09-14
PM Viktor Zubkov 2007-09-14 2008-05-07
PM Vladimir Putin 2008-05-08 2012-05-07
PM Dmitry Medvedev 2012-05-08 2020-01-16
PM Mikhail Mishustin 2020-01-16
FM Igor Ivanov 1998-09-11 2004-03-09
FM Sergey Lavrov 2004-03-09
DM Sergei Ivanov 2001-03-28 2007-02-15
DM Anatoly Serdyukov 2007-02-15 2012-11-06
DM Sergei Shoigu 2012-11-06 2024-05-12
DM Andrei Belousov 2024-05-14
O Yuri Ushakov 2012-05-21~  # presidential aide for foreign policy
O Dmitry Peskov 2012-05-22~  # Kremlin spokesman
O Maria Zakharova 2015-08-10  # foreign ministry spokeswoman
O Vasily Nebenzia 2017-07-27  # ambassador to the UN
@ Dmitry Peskov | | | Dmitri Peskov
@ Maria Zakharova | | | Mariya Zakharova
@ Yuri Ushakov | | | Yury Ushakov
@ Vladimir Putin | | Q7747 | Vladimir Vladimirovich Putin; Putin
@ Dmitry Medvedev | | Q23530 | Dmitry Anatolyevich Medvedev; Dmitri Medvedev; Dmitriy Medvedev
@ Mikhail Mishustin | | | Mikhail Vladimirovich Mishustin
@ Sergey Lavrov | | | Sergei Lavrov; Sergey Viktorovich Lavrov; Lavrov
@ Sergei Shoigu | | | Sergey Shoigu; Sergei Kuzhugetovich Shoigu
@ Andrei Belousov | | | Andrey Belousov
@ Sergei Ivanov | | | Sergey Ivanov

== turkey TUR last
# Presidents before 2014 had little executive power.  Erdoğan is flagged top executive from
# 2014-08-28 (directly elected, de facto leader); formally the executive presidency began 2018-07-09.
P Süleyman Demirel 1993-05-16 2000-05-16
P Ahmet Necdet Sezer 2000-05-16 2007-08-28
P Abdullah Gül 2007-08-28 2014-08-28
P* Recep Tayyip Erdoğan 2014-08-28
PM* Bülent Ecevit 1999-05-28 2002-11-18
PM* Abdullah Gül 2002-11-18 2003-03-14
PM* Recep Tayyip Erdoğan 2003-03-14 2014-08-28
PM Ahmet Davutoğlu 2014-08-28 2016-05-24
PM Binali Yıldırım 2016-05-24 2018-07-09  # office abolished
FM Mevlüt Çavuşoğlu 2014-08-29 2015-08-28
FM Feridun Sinirlioğlu 2015-08-28 2015-11-24
FM Mevlüt Çavuşoğlu 2015-11-24 2023-06-04
FM Hakan Fidan 2023-06-04
DM İsmet Yılmaz 2011-07-06 2015-08-28
DM Vecdi Gönül 2015-08-28 2015-11-24
DM İsmet Yılmaz 2015-11-24 2016-05-24
DM Fikri Işık 2016-05-24 2017-07-19
DM Nurettin Canikli 2017-07-19 2018-07-10
DM Hulusi Akar 2018-07-10 2023-06-04
DM Yaşar Güler 2023-06-04
@ Recep Tayyip Erdoğan | | Q39723 | Tayyip Erdoğan; Erdoğan; Recep Erdoğan
@ Ahmet Necdet Sezer | Sezer | | Necdet Sezer

== ukraine UKR last
P* Leonid Kuchma 1994-07-19 2005-01-23
P* Viktor Yushchenko 2005-01-23 2010-02-25
P* Viktor Yanukovych 2010-02-25 2014-02-22  # removed by parliament after fleeing Kyiv
P* Oleksandr Turchynov 2014-02-23 2014-06-07  # acting
P* Petro Poroshenko 2014-06-07 2019-05-20
P* Volodymyr Zelenskyy 2019-05-20
PM Viktor Yushchenko 1999-12-22 2001-05-29
PM Anatoliy Kinakh 2001-05-29 2002-11-21
PM Viktor Yanukovych 2002-11-21 2005-01-05
PM Yulia Tymoshenko 2005-01-24 2005-09-08
PM Yuriy Yekhanurov 2005-09-22 2006-08-04
PM Viktor Yanukovych 2006-08-04 2007-12-18
PM Yulia Tymoshenko 2007-12-18 2010-03-04
PM Mykola Azarov 2010-03-11 2014-01-28
PM Arseniy Yatsenyuk 2014-02-27 2016-04-14
PM Volodymyr Groysman 2016-04-14 2019-08-29
PM Oleksiy Honcharuk 2019-08-29 2020-03-04
PM Denys Shmyhal 2020-03-04 2025-07-17
PM Yulia Svyrydenko 2025-07-17
FM Pavlo Klimkin 2014-06-19 2019-08-29
FM Vadym Prystaiko 2019-08-29 2020-07-16
FM Dmytro Kuleba 2020-07-16 2024-09-05
FM Andrii Sybiha 2024-09-05
DM Stepan Poltorak 2014-10-14 2019-08-29
DM Andriy Zagorodnyuk 2019-08-29 2020-03-04
DM Andriy Taran 2020-03-04 2021-11-03
DM Oleksii Reznikov 2021-11-04 2023-09-05
DM Rustem Umerov 2023-09-06 2025-07-17
DM Denys Shmyhal 2025-07-17
@ Volodymyr Zelenskyy | Zelenskyy/Zelensky | Q3874799 | Volodymyr Zelensky; Zelensky; Zelenskyy; Zelenskiy; Volodymyr Zelenskiy; Volodymyr Oleksandrovych Zelenskyy; Vladimir Zelensky
@ Petro Poroshenko | | | Petro Oleksiyovych Poroshenko
@ Viktor Yanukovych | | | Viktor Yanukovich
@ Viktor Yushchenko | | | Viktor Yushchenko
@ Yulia Tymoshenko | | | Yulia Timoshenko
@ Arseniy Yatsenyuk | | | Arseny Yatsenyuk
@ Volodymyr Groysman | | | Volodymyr Hroysman
@ Denys Shmyhal | | | Denys Shmygal
@ Yulia Svyrydenko | | | Yuliia Svyrydenko
@ Dmytro Kuleba | | | Dmitry Kuleba
@ Andrii Sybiha | | | Andriy Sybiha; Andrii Sybiga
@ Oleksii Reznikov | | | Oleksiy Reznikov
@ Andriy Zagorodnyuk | | | Andriy Zahorodniuk

== belarus BLR last
P* Alexander Lukashenko 1994-07-20
PM Sergei Ling 1996-11-18 2000-02-18
PM Vladimir Yermoshin 2000-02-18 2001-10-01
PM Gennady Novitsky 2001-10-01 2003-07-10
PM Sergei Sidorsky 2003-07-10 2010-12-28
PM Mikhail Myasnikovich 2010-12-28 2014-12-27
PM Andrei Kobyakov 2014-12-27 2018-08-18
PM Sergei Rumas 2018-08-18 2020-06-03
PM Roman Golovchenko 2020-06-04 2025-03-27~
PM Alexander Turchin 2025-03-27~
FM Vladimir Makei 2012-08-20 2022-11-26  # died in office
FM Sergei Aleinik 2022-12-19~ 2024-04-17~
FM Maxim Ryzhenkov 2024-04-17~
DM Andrei Ravkov 2014-11-25 2020-01-20
DM Viktor Khrenin 2020-01-20
@ Alexander Lukashenko | Lukashenko/Lukashenka | | Alexander Lukashenka; Aleksandr Lukashenko; Alyaksandr Lukashenka; Lukashenko

== poland POL last
P Aleksander Kwaśniewski 1995-12-23 2005-12-23
P Lech Kaczyński 2005-12-23 2010-04-10  # died in office
P Bronisław Komorowski 2010-08-06 2015-08-06  # acting from 2010-04-10 as Sejm marshal
P Andrzej Duda 2015-08-06 2025-08-06
P Karol Nawrocki 2025-08-06
PM* Jerzy Buzek 1997-10-31 2001-10-19
PM* Leszek Miller 2001-10-19 2004-05-02
PM* Marek Belka 2004-05-02 2005-10-31
PM* Kazimierz Marcinkiewicz 2005-10-31 2006-07-14
PM* Jarosław Kaczyński 2006-07-14 2007-11-16
PM* Donald Tusk 2007-11-16 2014-09-22
PM* Ewa Kopacz 2014-09-22 2015-11-16
PM* Beata Szydło 2015-11-16 2017-12-11
PM* Mateusz Morawiecki 2017-12-11 2023-12-13
PM* Donald Tusk 2023-12-13
FM Grzegorz Schetyna 2014-09-22 2015-11-16
FM Witold Waszczykowski 2015-11-16 2018-01-09
FM Jacek Czaputowicz 2018-01-09 2020-08-20
FM Zbigniew Rau 2020-08-26 2023-11-27
FM Szymon Szynkowski vel Sęk 2023-11-27 2023-12-13
FM Radosław Sikorski 2023-12-13
DM Tomasz Siemoniak 2011-08-02 2015-11-16
DM Antoni Macierewicz 2015-11-16 2018-01-09
DM Mariusz Błaszczak 2018-01-09 2023-11-27
DM Władysław Kosiniak-Kamysz 2023-12-13
@ Szymon Szynkowski vel Sęk | Szynkowski vel Sęk | |
@ Radosław Sikorski | | | Radek Sikorski

== spain ESP last
M Juan Carlos I 1975-11-22 2014-06-19
M Felipe VI 2014-06-19
PM* José María Aznar 1996-05-05 2004-04-17
PM* José Luis Rodríguez Zapatero 2004-04-17 2011-12-21
PM* Mariano Rajoy 2011-12-21 2018-06-02
PM* Pedro Sánchez 2018-06-02
FM José Manuel García-Margallo 2011-12-22 2016-11-04
FM Alfonso Dastis 2016-11-04 2018-06-07
FM Josep Borrell 2018-06-07 2019-11-30
FM Arancha González Laya 2020-01-13 2021-07-12
FM José Manuel Albares 2021-07-12
DM Pedro Morenés 2011-12-22 2016-11-04
DM María Dolores de Cospedal 2016-11-04 2018-06-07
DM Margarita Robles 2018-06-07
@ Juan Carlos I | - | | King Juan Carlos
@ Felipe VI | - | | King Felipe VI; King Felipe
@ José Luis Rodríguez Zapatero | Zapatero/Rodríguez Zapatero | | José Luis Zapatero
@ Pedro Sánchez | | | Pedro Sánchez Pérez-Castejón
@ Arancha González Laya | González Laya | | Arancha González
@ María Dolores de Cospedal | de Cospedal/Cospedal | | Dolores de Cospedal

== netherlands NLD last
M Beatrix of the Netherlands 1980-04-30 2013-04-30
M Willem-Alexander of the Netherlands 2013-04-30
PM* Wim Kok 1994-08-22 2002-07-22
PM* Jan Peter Balkenende 2002-07-22 2010-10-14
PM* Mark Rutte 2010-10-14 2024-07-02
PM* Dick Schoof 2024-07-02  # caretaker after the 2025-10-29 election; successor not known to the author
FM Bert Koenders 2014-10-17 2017-10-26
FM Halbe Zijlstra 2017-10-26 2018-02-13
FM Stef Blok 2018-03-07 2021-05-25
FM Sigrid Kaag 2021-05-25 2021-09-17
FM Ben Knapen 2021-09-24 2022-01-10
FM Wopke Hoekstra 2022-01-10 2023-09-05
FM Hanke Bruins Slot 2023-09-05 2024-07-02
FM Caspar Veldkamp 2024-07-02 2025-08-22
FM David van Weel 2025-08-22~
DM Jeanine Hennis-Plasschaert 2012-11-05 2017-10-04
DM Ank Bijleveld 2017-10-26 2021-09-17
DM Henk Kamp 2021-09-25~ 2022-01-10
DM Kajsa Ollongren 2022-01-10 2024-07-02
DM Ruben Brekelmans 2024-07-02
@ Beatrix of the Netherlands | - | | Queen Beatrix
@ Willem-Alexander of the Netherlands | - | | King Willem-Alexander; Willem-Alexander
@ Hanke Bruins Slot | Bruins Slot | |
@ David van Weel | van Weel | |

== belgium BEL last
M Albert II of Belgium 1993-08-09 2013-07-21
M Philippe of Belgium 2013-07-21
PM* Guy Verhofstadt 1999-07-12 2008-03-20
PM* Yves Leterme 2008-03-20 2008-12-30
PM* Herman Van Rompuy 2008-12-30 2009-11-25
PM* Yves Leterme 2009-11-25 2011-12-06
PM* Elio Di Rupo 2011-12-06 2014-10-11
PM* Charles Michel 2014-10-11 2019-10-27
PM* Sophie Wilmès 2019-10-27 2020-10-01
PM* Alexander De Croo 2020-10-01 2025-02-03
PM* Bart De Wever 2025-02-03
FM Didier Reynders 2011-12-06 2019-11-30
FM Philippe Goffin 2019-11-30 2020-10-01
FM Sophie Wilmès 2020-10-01 2022-07-15
FM Hadja Lahbib 2022-07-15 2024-11-30
FM Bernard Quintin 2024-12-02~ 2025-02-03
FM Maxime Prévot 2025-02-03
DM Steven Vandeput 2014-10-11 2018-11-12
DM Sander Loones 2018-11-12 2018-12-09
DM Didier Reynders 2018-12-09 2019-11-30
DM Philippe Goffin 2019-11-30 2020-10-01
DM Ludivine Dedonder 2020-10-01 2025-02-03
DM Theo Francken 2025-02-03
@ Albert II of Belgium | - | | King Albert II
@ Philippe of Belgium | - | | King Philippe
@ Herman Van Rompuy | Van Rompuy | |
@ Elio Di Rupo | Di Rupo | |
@ Alexander De Croo | De Croo | |
@ Bart De Wever | De Wever | |

== sweden SWE last
M Carl XVI Gustaf 1973-09-15
PM* Göran Persson 1996-03-22 2006-10-06
PM* Fredrik Reinfeldt 2006-10-06 2014-10-03
PM* Stefan Löfven 2014-10-03 2021-11-30
PM* Magdalena Andersson 2021-11-30 2022-10-18
PM* Ulf Kristersson 2022-10-18
FM Margot Wallström 2014-10-03 2019-09-10
FM Ann Linde 2019-09-10 2022-10-18
FM Tobias Billström 2022-10-18 2024-09-10
FM Maria Malmer Stenergard 2024-09-10
DM Peter Hultqvist 2014-10-03 2022-10-18
DM Pål Jonson 2022-10-18
@ Carl XVI Gustaf | - | | King Carl XVI Gustaf; King Carl Gustaf
@ Maria Malmer Stenergard | Malmer Stenergard | |

== finland FIN last
P Martti Ahtisaari 1994-03-01 2000-03-01
P Tarja Halonen 2000-03-01 2012-03-01
P Sauli Niinistö 2012-03-01 2024-03-01
P Alexander Stubb 2024-03-01
PM* Paavo Lipponen 1995-04-13 2003-04-17
PM* Anneli Jäätteenmäki 2003-04-17 2003-06-24
PM* Matti Vanhanen 2003-06-24 2010-06-22
PM* Mari Kiviniemi 2010-06-22 2011-06-22
PM* Jyrki Katainen 2011-06-22 2014-06-24
PM* Alexander Stubb 2014-06-24 2015-05-29
PM* Juha Sipilä 2015-05-29 2019-06-06
PM* Antti Rinne 2019-06-06 2019-12-10
PM* Sanna Marin 2019-12-10 2023-06-20
PM* Petteri Orpo 2023-06-20
FM Erkki Tuomioja 2011-06-22 2015-05-29
FM Timo Soini 2015-05-29 2019-06-06
FM Pekka Haavisto 2019-06-06 2023-06-20
FM Elina Valtonen 2023-06-20
DM Carl Haglund 2012-07-05 2015-05-29
DM Jussi Niinistö 2015-05-29 2019-06-06
DM Antti Kaikkonen 2019-06-06 2023-06-20
DM Antti Häkkänen 2023-06-20

== norway NOR last
M Harald V 1991-01-17
PM* Kjell Magne Bondevik 1997-10-17 2000-03-17
PM* Jens Stoltenberg 2000-03-17 2001-10-19
PM* Kjell Magne Bondevik 2001-10-19 2005-10-17
PM* Jens Stoltenberg 2005-10-17 2013-10-16
PM* Erna Solberg 2013-10-16 2021-10-14
PM* Jonas Gahr Støre 2021-10-14
FM Børge Brende 2013-10-16 2017-10-20
FM Ine Eriksen Søreide 2017-10-20 2021-10-14
FM Anniken Huitfeldt 2021-10-14 2023-10-16
FM Espen Barth Eide 2023-10-16
DM Ine Eriksen Søreide 2013-10-16 2017-10-20
DM Frank Bakke-Jensen 2017-10-20 2021-10-14
DM Odd Roger Enoksen 2021-10-14 2022-04-01~
DM Bjørn Arild Gram 2022-04-01~ 2025-02-04
DM Tore O. Sandvik 2025-02-04
O Jens Stoltenberg 2025-02-04  # Minister of Finance
@ Harald V | - | | King Harald; King Harald V
@ Jens Stoltenberg | | Q57286 |
@ Jonas Gahr Støre | Støre | | Jonas Gahr Store
@ Ine Eriksen Søreide | Eriksen Søreide/Søreide | |
@ Espen Barth Eide | Barth Eide/Eide | |
@ Tore O. Sandvik | Sandvik | | Tore Onshuus Sandvik

== denmark DNK last
M Margrethe II 1972-01-14 2024-01-14
M Frederik X 2024-01-14
PM* Poul Nyrup Rasmussen 1993-01-25 2001-11-27
PM* Anders Fogh Rasmussen 2001-11-27 2009-04-05
PM* Lars Løkke Rasmussen 2009-04-05 2011-10-03
PM* Helle Thorning-Schmidt 2011-10-03 2015-06-28
PM* Lars Løkke Rasmussen 2015-06-28 2019-06-27
PM* Mette Frederiksen 2019-06-27
FM Martin Lidegaard 2014-02-03 2015-06-28
FM Kristian Jensen 2015-06-28 2016-11-28
FM Anders Samuelsen 2016-11-28 2019-06-27
FM Jeppe Kofod 2019-06-27 2022-12-15
FM Lars Løkke Rasmussen 2022-12-15
DM Nicolai Wammen 2013-12-12 2015-06-28
DM Carl Holst 2015-06-28 2015-09-29
DM Peter Christensen 2015-09-30 2016-11-28
DM Claus Hjort Frederiksen 2016-11-28 2019-06-27
DM Trine Bramsen 2019-06-27 2022-12-15
DM Jakob Ellemann-Jensen 2022-12-15 2023-02-20~  # on sick leave from February 2023
DM Troels Lund Poulsen 2023-02-20~  # acting at first, then minister
@ Margrethe II | - | | Queen Margrethe
@ Frederik X | - | | King Frederik
@ Poul Nyrup Rasmussen | Nyrup Rasmussen/Rasmussen | |
@ Anders Fogh Rasmussen | Fogh Rasmussen/Rasmussen | |
@ Lars Løkke Rasmussen | Løkke Rasmussen/Rasmussen/Løkke | | Lars Løkke
@ Claus Hjort Frederiksen | Hjort Frederiksen | |
@ Troels Lund Poulsen | Lund Poulsen/Poulsen | |

== hungary HUN last
P Árpád Göncz 1990-08-03 2000-08-04
P Ferenc Mádl 2000-08-04 2005-08-05
P László Sólyom 2005-08-05 2010-08-06
P Pál Schmitt 2010-08-06 2012-04-02
P János Áder 2012-05-10 2022-05-10
P Katalin Novák 2022-05-10 2024-02-26
P Tamás Sulyok 2024-03-05
PM* Viktor Orbán 1998-07-06 2002-05-27
PM* Péter Medgyessy 2002-05-27 2004-09-29
PM* Ferenc Gyurcsány 2004-09-29 2009-04-14
PM* Gordon Bajnai 2009-04-14 2010-05-29
PM* Viktor Orbán 2010-05-29  # April 2026 election outcome not known to the author
FM Péter Szijjártó 2014-09-23
DM Csaba Hende 2010-05-29 2015-09-10~
DM István Simicskó 2015-09-10~ 2018-05-18
DM Tibor Benkő 2018-05-18 2022-05-24
DM Kristóf Szalay-Bobrovniczky 2022-05-24
@ Viktor Orbán | | | Orbán Viktor; Orbán

== greece GRC last
P Konstantinos Stephanopoulos 1995-03-10 2005-03-12
P Karolos Papoulias 2005-03-12 2015-03-13
P Prokopis Pavlopoulos 2015-03-13 2020-03-13
P Katerina Sakellaropoulou 2020-03-13 2025-03-13
P Konstantinos Tasoulas 2025-03-13
PM* Costas Simitis 1996-01-22 2004-03-10
PM* Kostas Karamanlis 2004-03-10 2009-10-06
PM* George Papandreou 2009-10-06 2011-11-11
PM* Lucas Papademos 2011-11-11 2012-05-16
PM* Panagiotis Pikrammenos 2012-05-16 2012-06-20  # caretaker
PM* Antonis Samaras 2012-06-20 2015-01-26
PM* Alexis Tsipras 2015-01-26 2015-08-27
PM* Vassiliki Thanou-Christophilou 2015-08-27 2015-09-21  # caretaker
PM* Alexis Tsipras 2015-09-21 2019-07-08
PM* Kyriakos Mitsotakis 2019-07-08 2023-05-25
PM* Ioannis Sarmas 2023-05-25 2023-06-26  # caretaker
PM* Kyriakos Mitsotakis 2023-06-26
FM Evangelos Venizelos 2013-06-25 2015-01-27
FM Nikos Kotzias 2015-01-27 2018-10-17
FM Alexis Tsipras 2018-10-17 2019-02-15
FM Giorgos Katrougalos 2019-02-15 2019-07-09
FM Nikos Dendias 2019-07-09 2023-05-26
FM Vasilis Kaskarelis 2023-05-26 2023-06-27  # caretaker
FM Giorgos Gerapetritis 2023-06-27
DM Nikos Dendias 2014-11-10~ 2015-01-27
DM Panos Kammenos 2015-01-27 2019-01-13
DM Evangelos Apostolakis 2019-01-14 2019-07-09
DM Nikolaos Panagiotopoulos 2019-07-09 2023-05-26
DM Nikos Dendias 2023-06-27
@ Vassiliki Thanou-Christophilou | Thanou | | Vassiliki Thanou
@ Giorgos Gerapetritis | | | George Gerapetritis

== portugal PRT last
P Jorge Sampaio 1996-03-09 2006-03-09
P Aníbal Cavaco Silva 2006-03-09 2016-03-09
P Marcelo Rebelo de Sousa 2016-03-09 2026-03-09  # term-limited; end of term; successor not known to the author
PM* António Guterres 1995-10-28 2002-04-06
PM* José Manuel Barroso 2002-04-06 2004-07-17
PM* Pedro Santana Lopes 2004-07-17 2005-03-12
PM* José Sócrates 2005-03-12 2011-06-21
PM* Pedro Passos Coelho 2011-06-21 2015-11-26
PM* António Costa 2015-11-26 2024-04-02
PM* Luís Montenegro 2024-04-02
FM Rui Machete 2013-07-24 2015-11-26
FM Augusto Santos Silva 2015-11-26 2022-03-30
FM João Gomes Cravinho 2022-03-30 2024-04-02
FM Paulo Rangel 2024-04-02
DM José Pedro Aguiar-Branco 2011-06-21 2015-11-26
DM José Azeredo Lopes 2015-11-26 2018-10-15
DM João Gomes Cravinho 2018-10-15 2022-03-30
DM Helena Carreiras 2022-03-30 2024-04-02
DM Nuno Melo 2024-04-02
@ Aníbal Cavaco Silva | Cavaco Silva | |
@ Marcelo Rebelo de Sousa | Rebelo de Sousa | | Marcelo
@ António Guterres | | Q211795 | Antonio Guterres; Guterres
@ José Manuel Barroso | Barroso | Q15849 | José Manuel Durão Barroso; Durão Barroso
@ Pedro Santana Lopes | Santana Lopes | |
@ Pedro Passos Coelho | Passos Coelho | |
@ António Costa | | | António Luís Santos da Costa
@ Augusto Santos Silva | Santos Silva | |
@ João Gomes Cravinho | Gomes Cravinho/Cravinho | |
@ José Pedro Aguiar-Branco | Aguiar-Branco | |
@ José Azeredo Lopes | Azeredo Lopes | |

== austria AUT last
P Thomas Klestil 1992-07-08 2004-07-06  # died in office
P Heinz Fischer 2004-07-08 2016-07-08
P Alexander Van der Bellen 2017-01-26
C* Viktor Klima 1997-01-28 2000-02-04
C* Wolfgang Schüssel 2000-02-04 2007-01-11
C* Alfred Gusenbauer 2007-01-11 2008-12-02
C* Werner Faymann 2008-12-02 2016-05-09
C* Reinhold Mitterlehner 2016-05-09 2016-05-17  # acting
C* Christian Kern 2016-05-17 2017-12-18
C* Sebastian Kurz 2017-12-18 2019-05-28
C* Hartwig Löger 2019-05-28 2019-06-03  # acting
C* Brigitte Bierlein 2019-06-03 2020-01-07
C* Sebastian Kurz 2020-01-07 2021-10-11
C* Alexander Schallenberg 2021-10-11 2021-12-06
C* Karl Nehammer 2021-12-06 2025-01-10
C* Alexander Schallenberg 2025-01-10 2025-03-03  # acting
C* Christian Stocker 2025-03-03
FM Sebastian Kurz 2013-12-16 2017-12-18
FM Karin Kneissl 2017-12-18 2019-06-03
FM Alexander Schallenberg 2019-06-03 2021-10-11
FM Michael Linhart 2021-10-11 2021-12-06
FM Alexander Schallenberg 2021-12-06 2025-03-03
FM Beate Meinl-Reisinger 2025-03-03
DM Gerald Klug 2013-03-11 2016-01-26
DM Hans Peter Doskozil 2016-01-26 2017-12-18
DM Mario Kunasek 2017-12-18 2019-05-22
DM Johann Luif 2019-05-22 2019-06-03
DM Thomas Starlinger 2019-06-03 2020-01-07
DM Klaudia Tanner 2020-01-07
@ Alexander Van der Bellen | Van der Bellen | |

== switzerland CHE last
# Switzerland has a collegial executive (the Federal Council); the President of the
# Confederation rotates every year and is listed from 2015 without ir:executive.
P Simonetta Sommaruga 2015-01-01 2016-01-01
P Johann Schneider-Ammann 2016-01-01 2017-01-01
P Doris Leuthard 2017-01-01 2018-01-01
P Alain Berset 2018-01-01 2019-01-01
P Ueli Maurer 2019-01-01 2020-01-01
P Simonetta Sommaruga 2020-01-01 2021-01-01
P Guy Parmelin 2021-01-01 2022-01-01
P Ignazio Cassis 2022-01-01 2023-01-01
P Alain Berset 2023-01-01 2024-01-01
P Viola Amherd 2024-01-01 2025-01-01
P Karin Keller-Sutter 2025-01-01 2026-01-01
P Guy Parmelin 2026-01-01  # by rotation (vice-president in 2025)
FM Didier Burkhalter 2012-01-01 2017-10-31
FM Ignazio Cassis 2017-11-01
DM Ueli Maurer 2009-01-01 2016-01-01
DM Guy Parmelin 2016-01-01 2019-01-01
DM Viola Amherd 2019-01-01 2025-04-01
DM Martin Pfister 2025-04-01

== ireland IRL last
P Mary McAleese 1997-11-11 2011-11-11
P Michael D. Higgins 2011-11-11 2025-11-11
P Catherine Connolly 2025-11-11
PM* Bertie Ahern 1997-06-26 2008-05-07
PM* Brian Cowen 2008-05-07 2011-03-09
PM* Enda Kenny 2011-03-09 2017-06-14
PM* Leo Varadkar 2017-06-14 2020-06-27
PM* Micheál Martin 2020-06-27 2022-12-17
PM* Leo Varadkar 2022-12-17 2024-04-09
PM* Simon Harris 2024-04-09 2025-01-23
PM* Micheál Martin 2025-01-23
FM Charles Flanagan 2014-07-11 2017-06-14
FM Simon Coveney 2017-06-14 2022-12-17
FM Micheál Martin 2022-12-17 2025-01-23
FM Simon Harris 2025-01-23
DM Simon Coveney 2014-07-11 2016-05-06
DM Enda Kenny 2016-05-06 2017-06-14  # Taoiseach held Defence, with a Minister of State
DM Leo Varadkar 2017-06-14 2020-06-27
DM Simon Coveney 2020-06-27 2022-12-17
DM Micheál Martin 2022-12-17 2025-01-23
DM Simon Harris 2025-01-23
@ Michael D. Higgins | | | Michael Higgins

== serbia SRB last
# Heads of the Republic of Serbia (federal Yugoslav / Serbia and Montenegro offices not listed).
P Milan Milutinović 1997-12-29 2002-12-29
P Boris Tadić 2004-07-11 2012-04-05
P Tomislav Nikolić 2012-05-31 2017-05-31
P Aleksandar Vučić 2017-05-31
PM* Mirko Marjanović 1998-03-24 2000-10-24
PM* Milomir Minić 2000-10-24 2001-01-25
PM* Zoran Đinđić 2001-01-25 2003-03-12  # assassinated
PM* Zoran Živković 2003-03-18 2004-03-03
PM* Vojislav Koštunica 2004-03-03 2008-07-07
PM* Mirko Cvetković 2008-07-07 2012-07-27
PM* Ivica Dačić 2012-07-27 2014-04-27
PM* Aleksandar Vučić 2014-04-27 2017-05-31
PM* Ana Brnabić 2017-06-29 2024-05-02
PM* Miloš Vučević 2024-05-02 2025-04-16
PM* Đuro Macut 2025-04-16
FM Ivica Dačić 2014-04-27 2020-10-28
FM Nikola Selaković 2020-10-28 2022-10-26
FM Ivica Dačić 2022-10-26 2024-05-02
FM Marko Đurić 2024-05-02
DM Bratislav Gašić 2014-04-27 2016-02-05
DM Zoran Đorđević 2016-02-05 2017-06-29
DM Aleksandar Vulin 2017-06-29 2020-10-28
DM Nebojša Stefanović 2020-10-28 2022-10-26
DM Miloš Vučević 2022-10-26 2024-05-02
DM Bratislav Gašić 2024-05-02

== georgia GEO last
# The president was the executive until the constitutional change of 2013-11-17; the
# prime minister since then.
P* Eduard Shevardnadze 1995-11-26 2003-11-23
P* Nino Burjanadze 2003-11-23 2004-01-25  # acting
P* Mikheil Saakashvili 2004-01-25 2007-11-25
P* Nino Burjanadze 2007-11-25 2008-01-20  # acting
P* Mikheil Saakashvili 2008-01-20 2013-11-17
P Giorgi Margvelashvili 2013-11-17 2018-12-16
P Salome Zourabichvili 2018-12-16 2024-12-29
P Mikheil Kavelashvili 2024-12-29
PM Zurab Zhvania 2004-02-17 2005-02-03  # died in office
PM Zurab Noghaideli 2005-02-17 2007-11-16
PM Lado Gurgenidze 2007-11-22 2008-11-01
PM Grigol Mgaloblishvili 2008-11-01 2009-02-06
PM Nika Gilauri 2009-02-06 2012-07-04
PM Vano Merabishvili 2012-07-04 2012-10-25
PM Bidzina Ivanishvili 2012-10-25 2013-11-20
PM* Irakli Garibashvili 2013-11-20 2015-12-30
PM* Giorgi Kvirikashvili 2015-12-30 2018-06-20
PM* Mamuka Bakhtadze 2018-06-20 2019-09-08
PM* Giorgi Gakharia 2019-09-08 2021-02-18
PM* Irakli Garibashvili 2021-02-22 2024-02-08
PM* Irakli Kobakhidze 2024-02-08
FM Mikheil Janelidze 2015-09-01~ 2018-06-20~
FM David Zalkaliani 2018-06-20~ 2022-03-04~
FM Ilia Darchiashvili 2022-03-04~ 2024-12-16~
FM Maka Botchorishvili 2024-12-16~
DM Mindia Janelidze 2014-11-10~ 2015-05-01~  # days uncertain
DM Tinatin Khidasheli 2015-05-01~ 2016-08-01~  # days uncertain
DM Levan Izoria 2016-08-01~ 2019-09-08
DM Irakli Garibashvili 2019-09-08 2021-02-22
DM Juansher Burchuladze 2021-02-22~ 2024-02-08~
DM Irakli Chikovani 2024-02-08~
@ Mikheil Saakashvili | | | Mikhail Saakashvili

== vatican_city VAT last
M* Pope John Paul II 1978-10-16 2005-04-02
M* Pope Benedict XVI 2005-04-19 2013-02-28
M* Pope Francis 2013-03-13 2025-04-21
M* Pope Leo XIV 2025-05-08
@ Pope John Paul II | - | Q989 | John Paul II; Karol Wojtyła; Paus Yohanes Paulus II@id | poland
@ Pope Benedict XVI | - | Q2494 | Benedict XVI; Joseph Ratzinger; Paus Benediktus XVI@id | germany
@ Pope Francis | - | Q450675 | Jorge Mario Bergoglio; Paus Fransiskus@id | argentina
@ Pope Leo XIV | - | | Leo XIV; Robert Francis Prevost; Robert Prevost; Paus Leo XIV@id | united_states
"""

ASIA_PACIFIC = """
== china CHN first
# The President (head of state, held by the paramount leader since 1993) is flagged as
# the executive; the Premier (ir:PrimeMinister) heads the State Council.
P* Jiang Zemin 1993-03-27 2003-03-15
P* Hu Jintao 2003-03-15 2013-03-14
P* Xi Jinping 2013-03-14
PM Zhu Rongji 1998-03-17 2003-03-16
PM Wen Jiabao 2003-03-16 2013-03-15
PM Li Keqiang 2013-03-15 2023-03-11
PM Li Qiang 2023-03-11
FM Tang Jiaxuan 1998-03-18 2003-03-17
FM Li Zhaoxing 2003-03-17 2007-04-27
FM Yang Jiechi 2007-04-27 2013-03-16
FM Wang Yi 2013-03-16 2022-12-30
FM Qin Gang 2022-12-30 2023-07-25
FM Wang Yi 2023-07-25
DM Cao Gangchuan 2003-03-17 2008-03-17
DM Liang Guanglie 2008-03-17 2013-03-16
DM Chang Wanquan 2013-03-16 2018-03-19
DM Wei Fenghe 2018-03-19 2023-03-12
DM Li Shangfu 2023-03-12 2023-10-24
DM Dong Jun 2023-12-29
O Hua Chunying 2012-09-01~  # foreign ministry spokesperson, later assistant and vice minister
O Zhao Lijian 2019-08-23~ 2023-01-09~  # foreign ministry spokesperson
O Wang Wenbin 2020-07-20~ 2024-07-01~  # foreign ministry spokesperson
O Zhang Jun 2019-09-02~ 2024-06-01~  # ambassador to the UN
O Mao Ning 2022-09-05~  # foreign ministry spokesperson
O Lin Jian 2024-01-15~  # foreign ministry spokesperson
@ Xi Jinping | | Q15031 | Xi; Xi Jin Ping; Xi Jinping@id
@ Hu Jintao | | |
@ Li Keqiang | | |
@ Wang Yi | | |

== japan JPN last
M Akihito 1989-01-07 2019-04-30
M Naruhito 2019-05-01
PM* Keizō Obuchi 1998-07-30 2000-04-05
PM* Yoshirō Mori 2000-04-05 2001-04-26
PM* Junichiro Koizumi 2001-04-26 2006-09-26
PM* Shinzo Abe 2006-09-26 2007-09-26
PM* Yasuo Fukuda 2007-09-26 2008-09-24
PM* Tarō Asō 2008-09-24 2009-09-16
PM* Yukio Hatoyama 2009-09-16 2010-06-08
PM* Naoto Kan 2010-06-08 2011-09-02
PM* Yoshihiko Noda 2011-09-02 2012-12-26
PM* Shinzo Abe 2012-12-26 2020-09-16
PM* Yoshihide Suga 2020-09-16 2021-10-04
PM* Fumio Kishida 2021-10-04 2024-10-01
PM* Shigeru Ishiba 2024-10-01 2025-10-21
PM* Sanae Takaichi 2025-10-21
FM Fumio Kishida 2012-12-26 2017-08-03
FM Tarō Kōno 2017-08-03 2019-09-11
FM Toshimitsu Motegi 2019-09-11 2021-11-10
FM Yoshimasa Hayashi 2021-11-10 2023-09-13
FM Yōko Kamikawa 2023-09-13 2024-10-01
FM Takeshi Iwaya 2024-10-01 2025-10-21
FM Toshimitsu Motegi 2025-10-21
DM Akinori Eto 2014-09-03 2014-12-24
DM Gen Nakatani 2014-12-24 2016-08-03
DM Tomomi Inada 2016-08-03 2017-07-28
DM Itsunori Onodera 2017-08-03 2018-10-02
DM Takeshi Iwaya 2018-10-02 2019-09-11
DM Tarō Kōno 2019-09-11 2020-09-16
DM Nobuo Kishi 2020-09-16 2022-08-10
DM Yasukazu Hamada 2022-08-10 2023-09-13
DM Minoru Kihara 2023-09-13 2024-10-01
DM Gen Nakatani 2024-10-01 2025-10-21
DM Shinjirō Koizumi 2025-10-21
@ Akihito | - | | Emperor Akihito
@ Naruhito | - | | Emperor Naruhito
@ Keizō Obuchi | | | Keizo Obuchi
@ Yoshirō Mori | | | Yoshiro Mori
@ Junichiro Koizumi | | | Jun'ichirō Koizumi
@ Shinzo Abe | | Q132345 | Shinzō Abe
@ Tarō Asō | | | Taro Aso
@ Tarō Kōno | | | Taro Kono
@ Yōko Kamikawa | | | Yoko Kamikawa
@ Shinjirō Koizumi | | | Shinjiro Koizumi

== india IND last
P K. R. Narayanan 1997-07-25 2002-07-25
P A. P. J. Abdul Kalam 2002-07-25 2007-07-25
P Pratibha Patil 2007-07-25 2012-07-25
P Pranab Mukherjee 2012-07-25 2017-07-25
P Ram Nath Kovind 2017-07-25 2022-07-25
P Droupadi Murmu 2022-07-25
PM* Atal Bihari Vajpayee 1998-03-19 2004-05-22
PM* Manmohan Singh 2004-05-22 2014-05-26
PM* Narendra Modi 2014-05-26
FM Sushma Swaraj 2014-05-26 2019-05-30
FM S. Jaishankar 2019-05-30
DM Arun Jaitley 2014-05-26 2014-11-09
DM Manohar Parrikar 2014-11-09 2017-03-13
DM Arun Jaitley 2017-03-13 2017-09-03
DM Nirmala Sitharaman 2017-09-03 2019-05-30
DM Rajnath Singh 2019-05-30
@ K. R. Narayanan | Narayanan | | Kocheril Raman Narayanan
@ A. P. J. Abdul Kalam | Kalam | | Abdul Kalam; APJ Abdul Kalam
@ Narendra Modi | | Q1058 | Narendra Damodardas Modi; Modi
@ S. Jaishankar | Jaishankar | | Subrahmanyam Jaishankar; Jaishankar

== indonesia IDN last
P* Abdurrahman Wahid 1999-10-20 2001-07-23
P* Megawati Sukarnoputri 2001-07-23 2004-10-20
P* Susilo Bambang Yudhoyono 2004-10-20 2014-10-20
P* Joko Widodo 2014-10-20 2024-10-20
P* Prabowo Subianto 2024-10-20
VP Megawati Sukarnoputri 1999-10-21 2001-07-23
VP Hamzah Haz 2001-07-26 2004-10-20
VP Jusuf Kalla 2004-10-20 2009-10-20
VP Boediono 2009-10-20 2014-10-20
VP Jusuf Kalla 2014-10-20 2019-10-20
VP Ma'ruf Amin 2019-10-20 2024-10-20
VP Gibran Rakabuming Raka 2024-10-20
FM Marty Natalegawa 2009-10-22 2014-10-20
FM Retno Marsudi 2014-10-27 2024-10-20
FM Sugiono 2024-10-21
DM Purnomo Yusgiantoro 2009-10-22 2014-10-20
DM Ryamizard Ryacudu 2014-10-27 2019-10-20
DM Prabowo Subianto 2019-10-23 2024-10-20
DM Sjafrie Sjamsoeddin 2024-10-21
@ Abdurrahman Wahid | Wahid/Gus Dur | | Gus Dur
@ Megawati Sukarnoputri | Megawati | | Megawati Soekarnoputri; Mega
@ Susilo Bambang Yudhoyono | Yudhoyono/SBY | | SBY; Bambang Yudhoyono
@ Joko Widodo | Widodo/Jokowi | Q10856 | Jokowi; Joko Widodo; Ir. Joko Widodo
@ Prabowo Subianto | Prabowo | | Prabowo; Prabowo Subianto Djojohadikusumo
@ Hamzah Haz | Hamzah | |
@ Jusuf Kalla | Kalla | | JK
@ Ma'ruf Amin | Ma'ruf/Amin | | Maruf Amin; Kiai Ma'ruf Amin@id
@ Gibran Rakabuming Raka | Gibran | | Gibran; Gibran Rakabuming
@ Retno Marsudi | Retno/Marsudi | | Retno L.P. Marsudi; Retno Lestari Priansari Marsudi
@ Sugiono | Sugiono | |
@ Ryamizard Ryacudu | Ryamizard | |
@ Sjafrie Sjamsoeddin | Sjafrie | | Sjafrie Sjamsuddin
@ Purnomo Yusgiantoro | Purnomo | |
@ Marty Natalegawa | Marty/Natalegawa | | Marty M. Natalegawa

== south_korea KOR first
P* Kim Dae-jung 1998-02-25 2003-02-25
P* Roh Moo-hyun 2003-02-25 2008-02-25
P* Lee Myung-bak 2008-02-25 2013-02-25
P* Park Geun-hye 2013-02-25 2017-03-10  # removed by the Constitutional Court
P* Moon Jae-in 2017-05-10 2022-05-10
P* Yoon Suk Yeol 2022-05-10 2025-04-04  # suspended from 2024-12-14, removed 2025-04-04; acting presidents not listed
P* Lee Jae-myung 2025-06-04
PM Chung Hong-won 2013-02-26 2015-02-16
PM Lee Wan-koo 2015-02-17 2015-04-27
PM Hwang Kyo-ahn 2015-06-18 2017-05-11
PM Lee Nak-yon 2017-05-31 2020-01-14
PM Chung Sye-kyun 2020-01-14 2021-04-16
PM Kim Boo-kyum 2021-05-14 2022-05-10
PM Han Duck-soo 2022-05-21 2025-05-01
PM Kim Min-seok 2025-07-03
FM Ban Ki-moon 2004-01-17 2006-11-09
FM Yun Byung-se 2013-03-11 2017-06-18
FM Kang Kyung-wha 2017-06-18 2021-02-08
FM Chung Eui-yong 2021-02-09 2022-05-10
FM Park Jin 2022-05-12 2024-01-10
FM Cho Tae-yul 2024-01-11 2025-07-21~
FM Cho Hyun 2025-07-21~
DM Han Min-koo 2014-06-30 2017-07-14
DM Song Young-moo 2017-07-14 2018-09-21
DM Jeong Kyeong-doo 2018-09-21 2020-09-18
DM Suh Wook 2020-09-18 2022-05-10
DM Lee Jong-sup 2022-05-10 2023-10-06
DM Shin Won-sik 2023-10-07 2024-09-05
DM Kim Yong-hyun 2024-09-06 2024-12-05
DM Ahn Gyu-back 2025-07-25~
@ Yoon Suk Yeol | | | Yoon Suk-yeol; Yoon Seok-youl
@ Lee Jae-myung | | | Lee Jae Myung
@ Moon Jae-in | | Q21001 | Moon Jae In
@ Park Geun-hye | | | Park Geun Hye
@ Lee Myung-bak | | | Lee Myung Bak
@ Roh Moo-hyun | | | Roh Moo Hyun
@ Kim Dae-jung | | | Kim Dae Jung
@ Ban Ki-moon | | Q1253 | Ban Ki Moon

== north_korea PRK first
SL* Kim Jong Il 1994-07-08 2011-12-17
SL* Kim Jong Un 2011-12-17  # President of the State Affairs Commission since 2016-06-29
P Kim Yong-nam 1998-09-05 2019-04-11  # President of the SPA Presidium, nominal head of state
FM Ri Su-yong 2014-04-09~ 2016-05-09~
FM Ri Yong-ho 2016-05-09~ 2020-01-18~
FM Ri Son-gwon 2020-01-18~ 2022-06-11~
FM Choe Son-hui 2022-06-11~
# DM: Minister of the People's Armed Forces, Minister of National Defence from 2020-21.
# Changes are known from state media reports; the months below are approximate.
DM Hyon Yong-chol 2014-06-15~ 2015-04-30~  # purged in 2015, reportedly executed
DM Pak Yong-sik 2015-06-15~ 2018-06-01~  # month of start approximate
DM No Kwang-chol 2018-06-01~ 2019-12-31~
DM Kim Jong-gwan 2019-12-31~ 2021-01-10~  # month of start and end approximate
DM Ri Yong-gil 2021-01-10~ 2022-06-10~  # month of start and end approximate
DM Kang Sun-nam 2022-06-10~ 2024-10-01~  # month of start and end approximate
DM No Kwang-chol 2024-10-01~  # second spell; month approximate
@ No Kwang-chol | - | |  # no bare surname: 'No' is an English word
@ Kim Jong Il | | | Kim Jong-il
@ Kim Jong Un | Kim | Q56226 | Kim Jong-un; Kim Jong-Un; Kim Jong Eun; Kim Jongun

== australia AUS last
M Elizabeth II 1952-02-06 2022-09-08
M Charles III 2022-09-08
PM* John Howard 1996-03-11 2007-12-03
PM* Kevin Rudd 2007-12-03 2010-06-24
PM* Julia Gillard 2010-06-24 2013-06-27
PM* Kevin Rudd 2013-06-27 2013-09-18
PM* Tony Abbott 2013-09-18 2015-09-15
PM* Malcolm Turnbull 2015-09-15 2018-08-24
PM* Scott Morrison 2018-08-24 2022-05-23
PM* Anthony Albanese 2022-05-23
FM Julie Bishop 2013-09-18 2018-08-28
FM Marise Payne 2018-08-28 2022-05-23
FM Penny Wong 2022-05-23
DM David Johnston 2013-09-18 2014-12-23
DM Kevin Andrews 2014-12-23 2015-09-21
DM Marise Payne 2015-09-21 2018-08-28
DM Christopher Pyne 2018-08-28 2019-05-29
DM Linda Reynolds 2019-05-29 2021-03-30
DM Peter Dutton 2021-03-30 2022-05-23
DM Richard Marles 2022-06-01~  # sworn into the full ministry 2022-06-01
@ Anthony Albanese | | | Albo

== new_zealand NZL last
M Elizabeth II 1952-02-06 2022-09-08
M Charles III 2022-09-08
PM* Helen Clark 1999-12-10 2008-11-19
PM* John Key 2008-11-19 2016-12-12
PM* Bill English 2016-12-12 2017-10-26
PM* Jacinda Ardern 2017-10-26 2023-01-25
PM* Chris Hipkins 2023-01-25 2023-11-27
PM* Christopher Luxon 2023-11-27
FM Murray McCully 2008-11-19 2017-05-02
FM Gerry Brownlee 2017-05-02 2017-10-26
FM Winston Peters 2017-10-26 2020-11-06
FM Nanaia Mahuta 2020-11-06 2023-11-27
FM Winston Peters 2023-11-27
DM Gerry Brownlee 2014-10-08 2017-05-02
DM Mark Mitchell 2017-05-02 2017-10-26
DM Ron Mark 2017-10-26 2020-11-06
DM Peeni Henare 2020-11-06 2022-06-14
DM Andrew Little 2022-06-14 2023-11-27
DM Judith Collins 2023-11-27
@ Chris Hipkins | | | Christopher Hipkins
@ Christopher Luxon | | | Chris Luxon

== papua_new_guinea PNG last
M Elizabeth II 1952-02-06 2022-09-08
M Charles III 2022-09-08
PM* Mekere Morauta 1999-07-14 2002-08-05
PM* Michael Somare 2002-08-05 2011-08-02
PM* Peter O'Neill 2011-08-02 2019-05-30
PM* James Marape 2019-05-30
FM Rimbink Pato 2012-08-09~ 2019-06-07~
FM Patrick Pruaitch 2019-06-07~ 2020-11-15~  # left for the opposition; day uncertain
FM Soroi Eoe 2020-12-01~ 2022-08-23~  # start month approximate
FM Justin Tkatchenko 2022-08-23~  # stepped aside in May 2023 after remarks at the coronation, later back in the post; not verified after 2024
DM Fabian Pok 2012-08-09~ 2017-08-09~
DM Solan Mirisim 2017-08-09~ 2019-06-07~
DM Saki Soloma 2019-06-07~ 2022-08-23~  # may have changed in the 2020 reshuffle; not verified
DM Win Bakri Daki 2022-08-23~  # replaced by Billy Joseph at a date not known to the author (2023-24)
# gap: DM Billy Joseph (in office 2024-25), start date not known to the author; not entered

== taiwan TWN first
P* Lee Teng-hui 1988-01-13 2000-05-20
P* Chen Shui-bian 2000-05-20 2008-05-20
P* Ma Ying-jeou 2008-05-20 2016-05-20
P* Tsai Ing-wen 2016-05-20 2024-05-20
P* Lai Ching-te 2024-05-20
PM Vincent Siew 1997-09-01 2000-05-20
PM Tang Fei 2000-05-20 2000-10-06
PM Chang Chun-hsiung 2000-10-06 2002-02-01
PM Yu Shyi-kun 2002-02-01 2005-02-01
PM Frank Hsieh 2005-02-01 2006-01-25
PM Su Tseng-chang 2006-01-25 2007-05-21
PM Chang Chun-hsiung 2007-05-21 2008-05-20
PM Liu Chao-shiuan 2008-05-20 2009-09-10
PM Wu Den-yih 2009-09-10 2012-02-06
PM Sean Chen 2012-02-06 2013-02-18
PM Jiang Yi-huah 2013-02-18 2014-12-08
PM Mao Chi-kuo 2014-12-08 2016-02-01
PM Chang San-cheng 2016-02-01 2016-05-20
PM Lin Chuan 2016-05-20 2017-09-08
PM Lai Ching-te 2017-09-08 2019-01-14
PM Su Tseng-chang 2019-01-14 2023-01-31
PM Chen Chien-jen 2023-01-31 2024-05-20
PM Cho Jung-tai 2024-05-20
FM David Lin 2012-09-28~ 2016-05-20
FM David Lee 2016-05-20 2018-02-26
FM Joseph Wu 2018-02-26 2024-05-20
FM Lin Chia-lung 2024-05-20
DM Kao Kuang-chi 2015-01-30 2016-05-20
DM Feng Shih-kuan 2016-05-20 2018-02-26
DM Yen Teh-fa 2018-02-26 2021-02-23
DM Chiu Kuo-cheng 2021-02-23 2024-05-20
DM Wellington Koo 2024-05-20
@ Lai Ching-te | | | William Lai; William Lai Ching-te
@ Tsai Ing-wen | | | Tsai Ingwen
@ Vincent Siew | Siew | |
@ Frank Hsieh | Hsieh | | Hsieh Chang-ting
@ Sean Chen | Chen | | Chen Chun
@ David Lin | Lin | | Lin Yung-lo
@ David Lee | Lee | | Lee Ta-wei
@ Joseph Wu | Wu | | Wu Jaushieh
@ Wellington Koo | Koo | | Koo Li-hsiung

== mongolia MNG last
P Natsagiin Bagabandi 1997-06-20 2005-06-24
P Nambaryn Enkhbayar 2005-06-24 2009-06-18
P Tsakhiagiin Elbegdorj 2009-06-18 2017-07-10
P Khaltmaagiin Battulga 2017-07-10 2021-06-25
P Ukhnaagiin Khürelsükh 2021-06-25
PM* Rinchinnyamyn Amarjargal 1999-07-30 2000-07-26
PM* Nambaryn Enkhbayar 2000-07-26 2004-08-20
PM* Tsakhiagiin Elbegdorj 2004-08-20 2006-01-25
PM* Miyeegombyn Enkhbold 2006-01-25 2007-11-22
PM* Sanjaagiin Bayar 2007-11-22 2009-10-29
PM* Sükhbaataryn Batbold 2009-10-29 2012-08-10
PM* Norovyn Altankhuyag 2012-08-10 2014-11-05
PM* Chimediin Saikhanbileg 2014-11-21 2016-07-07
PM* Jargaltulgyn Erdenebat 2016-07-07 2017-10-04
PM* Ukhnaagiin Khürelsükh 2017-10-04 2021-01-27
PM* Luvsannamsrain Oyun-Erdene 2021-01-27 2025-06-03
PM* Gombojavyn Zandanshatar 2025-06-13  # contested dismissal in October 2025; not verified
# Ministers change with the cabinets; the days below are those of cabinet formation, approximate.
FM Lundegiin Pürevsüren 2014-12-09~ 2016-07-20~
FM Tsendiin Mönkh-Orgil 2016-07-20~ 2017-10-18~
FM Damdiny Tsogtbaatar 2017-10-18~ 2020-07-08~
FM Nyamtserengiin Enkhtaivan 2020-07-08~ 2021-01-29~
FM Batmönkhiin Battsetseg 2021-01-29~  # not verified after the June 2025 change of government
DM Tserendashiin Tsolmon 2014-12-09~ 2016-07-20~
DM Badmaanyambuugiin Bat-Erdene 2016-07-20~ 2017-10-18~
DM Nyamaagiin Enkhbold 2017-10-18~ 2020-07-08~
DM Gursediin Saikhanbayar 2020-07-08~  # in office in 2023; not verified after the July 2024 change of government
@ Lundegiin Pürevsüren | | | Lundeg Purevsuren; Purevsuren Lundeg
@ Tsendiin Mönkh-Orgil | Mönkh-Orgil/Munkh-Orgil | | Tsend Munkh-Orgil; Munkh-Orgil Tsend
@ Damdiny Tsogtbaatar | | | Damdin Tsogtbaatar; Tsogtbaatar Damdin
@ Nyamtserengiin Enkhtaivan | | | Nyamtseren Enkhtaivan; Enkhtaivan Nyamtseren
@ Batmönkhiin Battsetseg | | | Batmunkh Battsetseg; Battsetseg Batmunkh
@ Tserendashiin Tsolmon | | | Tserendash Tsolmon; Tsolmon Tserendash
@ Badmaanyambuugiin Bat-Erdene | | | Badmaanyambuu Bat-Erdene; Bat-Erdene Badmaanyambuu
@ Nyamaagiin Enkhbold | | | Nyamaa Enkhbold; Enkhbold Nyamaa
@ Gursediin Saikhanbayar | | | Gursed Saikhanbayar; Saikhanbayar Gursed
@ Ukhnaagiin Khürelsükh | Khürelsükh | | Ukhnaa Khurelsukh; Khurelsukh Ukhnaa
@ Luvsannamsrain Oyun-Erdene | Oyun-Erdene | | Oyun-Erdene Luvsannamsrai
@ Tsakhiagiin Elbegdorj | | | Tsakhia Elbegdorj
@ Khaltmaagiin Battulga | | | Khaltmaa Battulga

== kazakhstan KAZ last
P* Nursultan Nazarbayev 1990-04-24 2019-03-20
P* Kassym-Jomart Tokayev 2019-03-20
PM Kassym-Jomart Tokayev 1999-10-01 2002-01-28
PM Imangali Tasmagambetov 2002-01-28 2003-06-13
PM Daniyal Akhmetov 2003-06-13 2007-01-09
PM Karim Massimov 2007-01-10 2012-09-24
PM Serik Akhmetov 2012-09-24 2014-04-02
PM Karim Massimov 2014-04-02 2016-09-08
PM Bakhytzhan Sagintayev 2016-09-09 2019-02-21
PM Askar Mamin 2019-02-25 2022-01-05
PM Alihan Smailov 2022-01-11 2024-02-05
PM Olzhas Bektenov 2024-02-06
FM Erlan Idrissov 2012-09-28 2016-12-28
FM Kairat Abdrakhmanov 2016-12-28 2018-12-26
FM Beibut Atamkulov 2018-12-26 2019-09-18
FM Mukhtar Tleuberdi 2019-09-18 2023-04-01
FM Murat Nurtleu 2023-04-01  # may have been replaced in 2025; not verified
DM Imangali Tasmagambetov 2014-10-22~ 2016-09-13~
DM Saken Zhasuzakov 2016-09-13~ 2018-08-07~
DM Nurlan Yermekbayev 2018-08-07~ 2021-08-24~  # end day uncertain
DM Murat Bektanov 2021-08-24~ 2022-01-19~  # dismissed after the January 2022 unrest
DM Ruslan Zhaksylykov 2022-01-19~  # not verified after 2024
@ Kassym-Jomart Tokayev | | | Kassym-Zhomart Tokayev; Qasym-Jomart Toqayev
@ Nursultan Nazarbayev | | | Nursultan Nazarbaev

== pakistan PAK last
# Musharraf: military Chief Executive from the 1999 coup; president from 2001; the
# executive until the elected government of 2008.
P Muhammad Rafiq Tarar 1998-01-01 2001-06-20
O* Pervez Musharraf 1999-10-12 2002-11-23  # Chief Executive
P Pervez Musharraf 2001-06-20 2002-11-23
P* Pervez Musharraf 2002-11-23 2008-03-25
P Pervez Musharraf 2008-03-25 2008-08-18
P Muhammad Mian Soomro 2008-08-18 2008-09-09  # acting
P Asif Ali Zardari 2008-09-09 2013-09-09
P Mamnoon Hussain 2013-09-09 2018-09-09
P Arif Alvi 2018-09-09 2024-03-10
P Asif Ali Zardari 2024-03-10
PM Zafarullah Khan Jamali 2002-11-23 2004-06-26
PM Chaudhry Shujaat Hussain 2004-06-30 2004-08-28
PM Shaukat Aziz 2004-08-28 2007-11-16
PM Muhammad Mian Soomro 2007-11-16 2008-03-25  # caretaker
PM* Yousaf Raza Gilani 2008-03-25 2012-06-19
PM* Raja Pervaiz Ashraf 2012-06-22 2013-03-25
PM* Mir Hazar Khan Khoso 2013-03-25 2013-06-05  # caretaker
PM* Nawaz Sharif 2013-06-05 2017-07-28
PM* Shahid Khaqan Abbasi 2017-08-01 2018-05-31
PM* Nasirul Mulk 2018-06-01 2018-08-18  # caretaker
PM* Imran Khan 2018-08-18 2022-04-10
PM* Shehbaz Sharif 2022-04-11 2023-08-14
PM* Anwaar-ul-Haq Kakar 2023-08-14 2024-03-04  # caretaker
PM* Shehbaz Sharif 2024-03-04
FM Sartaj Aziz 2013-06-07~ 2017-07-28  # Adviser on Foreign Affairs; the PM held the portfolio
FM Khawaja Asif 2017-08-04 2018-05-31
FM Shah Mahmood Qureshi 2018-08-20 2022-04-10
FM Bilawal Bhutto Zardari 2022-04-27 2023-08-10
FM Jalil Abbas Jilani 2023-08-17 2024-03-04  # caretaker
FM Ishaq Dar 2024-03-11
DM Khawaja Asif 2013-06-07 2017-07-28
DM Khurram Dastgir Khan 2017-08-04 2018-05-31
DM Pervez Khattak 2018-08-20 2022-04-10
DM Khawaja Asif 2022-04-19 2023-08-10
DM Khawaja Asif 2024-03-11
@ Pervez Musharraf | | | General Musharraf
@ Asif Ali Zardari | Zardari | |
@ Nawaz Sharif | Sharif | | Mian Nawaz Sharif; Muhammad Nawaz Sharif
@ Shehbaz Sharif | Sharif | | Shahbaz Sharif; Mian Shehbaz Sharif
@ Imran Khan | Khan | | Imran Ahmed Khan Niazi
@ Bilawal Bhutto Zardari | Bhutto Zardari/Bilawal | | Bilawal Bhutto
@ Shah Mahmood Qureshi | Qureshi | |
@ Chaudhry Shujaat Hussain | Hussain | | Shujaat Hussain
@ Anwaar-ul-Haq Kakar | Kakar | | Anwaarul Haq Kakar

== bangladesh BGD last
P Shahabuddin Ahmed 1996-10-09 2001-11-14
P A. Q. M. Badruddoza Chowdhury 2001-11-14 2002-06-21
P Iajuddin Ahmed 2002-09-06 2009-02-12
P Zillur Rahman 2009-02-12 2013-03-20  # died in office
P Abdul Hamid 2013-03-20 2023-04-24  # acting from 2013-03-14
P Mohammed Shahabuddin 2023-04-24
PM* Sheikh Hasina 1996-06-23 2001-07-15
O* Latifur Rahman 2001-07-15 2001-10-10  # Chief Adviser of the caretaker government
PM* Khaleda Zia 2001-10-10 2006-10-29
O* Iajuddin Ahmed 2006-10-29 2007-01-11  # Chief Adviser while president
O* Fakhruddin Ahmed 2007-01-12 2009-01-06  # Chief Adviser
PM* Sheikh Hasina 2009-01-06 2024-08-05
O* Muhammad Yunus 2024-08-08  # Chief Adviser of the interim government; February 2026 election outcome not known to the author
FM Abul Hassan Mahmood Ali 2014-01-12 2019-01-07
FM A. K. Abdul Momen 2019-01-07 2024-01-11
FM Hasan Mahmud 2024-01-11 2024-08-05
FM Touhid Hossain 2024-08-16  # Foreign Affairs Adviser
@ Sheikh Hasina | Hasina | | Sheikh Hasina Wajed; Hasina
@ Khaleda Zia | Zia/Khaleda | |
@ Muhammad Yunus | | | Mohammad Yunus
@ A. K. Abdul Momen | Momen | | Abdul Momen
@ Touhid Hossain | Hossain | | Md Touhid Hossain

== sri_lanka LKA last
P* Chandrika Kumaratunga 1994-11-12 2005-11-19
P* Mahinda Rajapaksa 2005-11-19 2015-01-09
P* Maithripala Sirisena 2015-01-09 2019-11-18
P* Gotabaya Rajapaksa 2019-11-18 2022-07-14
P* Ranil Wickremesinghe 2022-07-21 2024-09-23  # acting from 2022-07-15
P* Anura Kumara Dissanayake 2024-09-23
PM Sirimavo Bandaranaike 1994-11-14 2000-08-10
PM Ratnasiri Wickremanayake 2000-08-10 2001-12-07
PM Ranil Wickremesinghe 2001-12-09 2004-04-06
PM Mahinda Rajapaksa 2004-04-06 2005-11-19
PM Ratnasiri Wickremanayake 2005-11-21 2010-04-21
PM D. M. Jayaratne 2010-04-21 2015-01-09
PM Ranil Wickremesinghe 2015-01-09 2018-10-26
PM Mahinda Rajapaksa 2018-10-26 2018-12-15  # disputed appointment
PM Ranil Wickremesinghe 2018-12-16 2019-11-21
PM Mahinda Rajapaksa 2019-11-21 2022-05-09
PM Ranil Wickremesinghe 2022-05-12 2022-07-21
PM Dinesh Gunawardena 2022-07-22 2024-09-23
PM Harini Amarasuriya 2024-09-24
FM Mangala Samaraweera 2015-01-12 2017-05-22
FM Ravi Karunanayake 2017-05-22 2017-08-10
FM Tilak Marapana 2017-08-15 2019-11-22
FM Dinesh Gunawardena 2019-11-22 2020-08-12
FM G. L. Peiris 2020-08-12 2022-04-18
FM Ali Sabry 2022-05-23~ 2024-09-23
FM Vijitha Herath 2024-09-24
@ Anura Kumara Dissanayake | Dissanayake | | AKD; Anura Dissanayake
@ G. L. Peiris | Peiris | | Gamini Lakshman Peiris
@ Ali Sabry | Sabry | | M. U. M. Ali Sabry

== nepal NPL last
M Birendra of Nepal 1972-01-31 2001-06-01
M Dipendra of Nepal 2001-06-01 2001-06-04
M Gyanendra of Nepal 2001-06-04 2005-02-01
M* Gyanendra of Nepal 2005-02-01 2006-04-24  # direct royal rule
M Gyanendra of Nepal 2006-04-24 2008-05-28  # monarchy abolished 2008-05-28
P Ram Baran Yadav 2008-07-23 2015-10-29
P Bidya Devi Bhandari 2015-10-29 2023-03-13
P Ram Chandra Poudel 2023-03-13
PM* Krishna Prasad Bhattarai 1999-05-31 2000-03-22
PM* Girija Prasad Koirala 2000-03-22 2001-07-26
PM* Sher Bahadur Deuba 2001-07-26 2002-10-04
PM* Lokendra Bahadur Chand 2002-10-11 2003-06-05
PM* Surya Bahadur Thapa 2003-06-05 2004-06-03
PM* Sher Bahadur Deuba 2004-06-03 2005-02-01
PM* Girija Prasad Koirala 2006-04-30 2008-08-18
PM* Pushpa Kamal Dahal 2008-08-18 2009-05-25
PM* Madhav Kumar Nepal 2009-05-25 2011-02-06
PM* Jhala Nath Khanal 2011-02-06 2011-08-29
PM* Baburam Bhattarai 2011-08-29 2013-03-14
O* Khil Raj Regmi 2013-03-14 2014-02-11  # chair of the interim election council
PM* Sushil Koirala 2014-02-11 2015-10-12
PM* K. P. Sharma Oli 2015-10-12 2016-08-04
PM* Pushpa Kamal Dahal 2016-08-04 2017-06-07
PM* Sher Bahadur Deuba 2017-06-07 2018-02-15
PM* K. P. Sharma Oli 2018-02-15 2021-07-13
PM* Sher Bahadur Deuba 2021-07-13 2022-12-26
PM* Pushpa Kamal Dahal 2022-12-26 2024-07-15
PM* K. P. Sharma Oli 2024-07-15 2025-09-09
PM* Sushila Karki 2025-09-12  # interim
FM Mahendra Bahadur Pandey 2014-02-25~ 2015-10-12
FM Kamal Thapa 2015-10-14~ 2016-08-04  # also deputy prime minister
FM Prakash Sharan Mahat 2016-08-15~ 2017-06-07  # start day uncertain
# gap: FM 2017-06-07..2018-03-16 (Sher Bahadur Deuba's government): possibly Krishna Bahadur
# Mahara; not certain enough to enter
FM Pradeep Gyawali 2018-03-16~ 2021-06-04~
# gap: FM 2021-06-04..2021-07-13: Raghubir Mahaseth, appointed in a caretaker reshuffle that the
# Supreme Court later voided; dates not known to the author, not entered
FM Sher Bahadur Deuba 2021-07-13 2021-10-08~  # held by the prime minister
FM Narayan Khadka 2021-10-08~ 2022-12-26
# gap: FM 2022-12-26..2023-01 and 2023-02-27..2023-03-31: presumably held by the prime minister; not entered
FM Bimala Rai Paudyal 2023-01-17~ 2023-02-27~  # start day uncertain
FM Narayan Prakash Saud 2023-03-31~ 2024-03-04~
FM Narayan Kaji Shrestha 2024-03-06~ 2024-07-15  # also deputy prime minister
FM Arzu Rana Deuba 2024-07-15~ 2025-09-09
# gap: FM from 2025-09-12 (Sushila Karki's interim government): not known to the author
@ Mahendra Bahadur Pandey | Pandey | |
@ Kamal Thapa | | | Kamal Thapa Magar
@ Prakash Sharan Mahat | Mahat | |
@ Pradeep Gyawali | | | Pradeep Kumar Gyawali
@ Bimala Rai Paudyal | Paudyal/Rai Paudyal | | Bimala Rai Poudyal
@ Narayan Prakash Saud | - | | NP Saud; N. P. Saud  # no bare surname: 'Saud' is the Saudi royal house
@ Narayan Kaji Shrestha | Shrestha | |
@ Pushpa Kamal Dahal | Dahal/Prachanda | | Prachanda
@ K. P. Sharma Oli | Oli | | KP Sharma Oli; Khadga Prasad Sharma Oli; KP Oli
@ Madhav Kumar Nepal | Nepal | |
@ Sher Bahadur Deuba | Deuba | |
@ Arzu Rana Deuba | Rana Deuba | |

== afghanistan AFG last
SL* Mullah Omar 1996-09-27 2001-11-13  # leader of the Taliban emirate
P* Hamid Karzai 2001-12-22 2014-09-29  # interim chairman, then president from 2002-07-13
P* Ashraf Ghani 2014-09-29 2021-08-15
O Abdullah Abdullah 2014-09-29 2020-03-11~  # Chief Executive
# Islamic Republic ministers to the Taliban takeover; many served as acting ministers.
# gap: FM 2015-01-01..2015-01-28: Zarar Ahmad Osmani (caretaker), start of term not known; not entered
FM Salahuddin Rabbani 2015-01-28~ 2019-01-15~  # end month uncertain (early 2019)
# gap: FM 2019..2020: acting ministers Idrees Zaman, then Haroon Chakhansuri; dates not known to
# the author, not entered
FM Mohammad Haneef Atmar 2020-04-01~ 2021-08-15  # acting; start month uncertain
DM Bismillah Khan Mohammadi 2012-09-15~ 2015-05-21~  # caretaker from 2015-01; days uncertain
DM Mohammed Masoom Stanekzai 2015-05-21~ 2016-06-20~  # acting; then head of the NDS; handover month uncertain
DM Abdullah Habibi 2016-06-20~ 2017-04-24  # resigned after the Mazar-i-Sharif base attack
DM Tariq Shah Bahrami 2017-04-24~ 2018-12-23  # acting
DM Asadullah Khalid 2018-12-23 2021-06-19  # acting
@ Asadullah Khalid | - | |  # no bare surname: 'Khalid' is a common given name (Khalid bin Salman)
DM Bismillah Khan Mohammadi 2021-06-19 2021-08-15  # acting
SL* Hibatullah Akhundzada 2021-08-15
PM Mohammad Hasan Akhund 2021-09-07  # acting
FM Amir Khan Muttaqi 2021-09-07  # acting
DM Mullah Mohammad Yaqoob 2021-09-07
@ Mullah Omar | Omar | | Mohammad Omar; Mullah Mohammad Omar
@ Hamid Karzai | | |
@ Ashraf Ghani | | | Mohammad Ashraf Ghani
@ Hibatullah Akhundzada | Akhundzada | | Haibatullah Akhundzada
@ Mohammad Hasan Akhund | Akhund | |
@ Mullah Mohammad Yaqoob | Yaqoob | | Mohammad Yaqoob Mujahid
@ Mohammad Haneef Atmar | Atmar | | Hanif Atmar; Haneef Atmar; Mohammad Hanif Atmar
@ Bismillah Khan Mohammadi | | | Bismillah Khan; Bismillah Mohammadi
@ Mohammed Masoom Stanekzai | Stanekzai | | Masoom Stanekzai; Masoum Stanekzai; Mohammad Masoom Stanekzai
@ Abdullah Habibi | | | Abdullah Khan Habibi
"""

ASEAN = """
== brunei BRN last
M* Hassanal Bolkiah 1967-10-05
PM Hassanal Bolkiah 1984-01-01
FM Mohamed Bolkiah 1984-01-01 2015-10-22
FM Hassanal Bolkiah 2015-10-22
DM Hassanal Bolkiah 1986-10-20~
@ Hassanal Bolkiah | - | | Sultan Hassanal Bolkiah; Sultan of Brunei
@ Mohamed Bolkiah | - | | Prince Mohamed Bolkiah

== cambodia KHM none
M Norodom Sihanouk 1993-09-24 2004-10-07
M Norodom Sihamoni 2004-10-14
PM* Hun Sen 1998-11-30 2023-08-22  # prime minister since 1985 (Second Prime Minister 1993-1998)
PM* Hun Manet 2023-08-22
FM Hor Namhong 2004-07-16 2016-04-04
FM Prak Sokhonn 2016-04-04 2023-08-22
FM Sok Chenda Sophea 2023-08-22
DM Tea Banh 2006-03-16~ 2023-08-22  # co-minister before 2006
DM Tea Seiha 2023-08-22
@ Norodom Sihanouk | - | | King Sihanouk
@ Norodom Sihamoni | - | | King Norodom Sihamoni; King Sihamoni

== laos LAO first
# President (also party General Secretary) is flagged as the executive, as for China.
P* Khamtai Siphandon 1998-02-24 2006-06-08
P* Choummaly Sayasone 2006-06-08 2016-04-20
P* Bounnhang Vorachith 2016-04-20 2021-03-22
P* Thongloun Sisoulith 2021-03-22  # changes after the January 2026 party congress not known to the author
PM Sisavath Keobounphanh 1998-02-26 2001-03-27
PM Bounnhang Vorachith 2001-03-27 2006-06-08
PM Bouasone Bouphavanh 2006-06-08 2010-12-23
PM Thongsing Thammavong 2010-12-23 2016-04-20
PM Thongloun Sisoulith 2016-04-20 2021-03-22
PM Phankham Viphavanh 2021-03-22 2022-12-30
PM Sonexay Siphandone 2022-12-30
FM Thongloun Sisoulith 2006-06-08 2016-04-20
FM Saleumxay Kommasith 2016-04-20
DM Chansamone Chanyalath 2014-06-15~  # after Douangchay Phichit died 2014-05-17; start month approximate; also deputy prime minister from 2021; not verified after 2024
@ Bounnhang Vorachith | | | Boungnang Vorachith; Bounnhang Vorachit

== malaysia MYS first
M Salahuddin of Selangor 1999-04-26 2001-11-21
M Sirajuddin of Perlis 2001-12-13 2006-12-12
M Mizan Zainal Abidin of Terengganu 2006-12-13 2011-12-12
M Abdul Halim of Kedah 2011-12-13 2016-12-12
M Muhammad V of Kelantan 2016-12-13 2019-01-06
M Abdullah of Pahang 2019-01-31 2024-01-30
M Ibrahim Iskandar of Johor 2024-01-31
PM* Mahathir Mohamad 1981-07-16 2003-10-31
PM* Abdullah Ahmad Badawi 2003-10-31 2009-04-03
PM* Najib Razak 2009-04-03 2018-05-10
PM* Mahathir Mohamad 2018-05-10 2020-03-01  # interim prime minister from 2020-02-24
PM* Muhyiddin Yassin 2020-03-01 2021-08-16
PM* Ismail Sabri Yaakob 2021-08-21 2022-11-24
PM* Anwar Ibrahim 2022-11-24
FM Anifah Aman 2009-04-10 2018-05-10
FM Saifuddin Abdullah 2018-07-02 2020-02-24
FM Hishammuddin Hussein 2020-03-10 2021-08-16
FM Saifuddin Abdullah 2021-08-30 2022-11-24
FM Zambry Abdul Kadir 2022-12-03 2023-12-12
FM Mohamad Hasan 2023-12-12
DM Hishammuddin Hussein 2013-05-16 2018-05-10
DM Mohamad Sabu 2018-05-21 2020-02-24
DM Ismail Sabri Yaakob 2020-03-10 2021-08-16
DM Hishammuddin Hussein 2021-08-30 2022-11-24
DM Mohamad Hasan 2022-12-03 2023-12-12
DM Mohamed Khaled Nordin 2023-12-12
@ Mahathir Mohamad | Mahathir | | Tun Mahathir; Dr Mahathir; Mahathir bin Mohamad
@ Abdullah Ahmad Badawi | Abdullah/Badawi | | Pak Lah
@ Najib Razak | Najib | | Najib Tun Razak; Mohd Najib Abdul Razak
@ Muhyiddin Yassin | Muhyiddin | |
@ Ismail Sabri Yaakob | Ismail Sabri | | Ismail Sabri
@ Anwar Ibrahim | Anwar | | Anwar; Datuk Seri Anwar Ibrahim
@ Ibrahim Iskandar of Johor | - | | Sultan Ibrahim; Sultan Ibrahim Iskandar
@ Abdullah of Pahang | - | | Al-Sultan Abdullah; Sultan Abdullah
@ Muhammad V of Kelantan | - | | Sultan Muhammad V
@ Mohamad Hasan | Mohamad | | Tok Mat
@ Mohamed Khaled Nordin | Khaled | | Khaled Nordin
@ Hishammuddin Hussein | Hishammuddin | | Hishammuddin Tun Hussein
@ Mohamad Sabu | Mohamad Sabu | | Mat Sabu

== myanmar MMR none
CH* Than Shwe 1992-04-23 2011-03-30  # Chairman of the State Peace and Development Council
PM Than Shwe 1992-04-23 2003-08-25
PM Khin Nyunt 2003-08-25 2004-10-19
PM Soe Win 2004-10-19 2007-10-12  # died in office
PM Thein Sein 2007-10-24 2011-03-30  # acting from 2007-05-18
P* Thein Sein 2011-03-30 2016-03-30
P Htin Kyaw 2016-03-30 2018-03-21
P Win Myint 2018-03-30 2021-02-01
O* Aung San Suu Kyi 2016-04-06 2021-02-01  # State Counsellor, de facto head of government
FM Aung San Suu Kyi 2016-03-30 2021-02-01
P Myint Swe 2021-02-01 2024-07-22  # acting, installed by the military
CH* Min Aung Hlaing 2021-02-02 2025-07-31  # Chairman of the State Administration Council
PM Min Aung Hlaing 2021-08-01 2025-07-31
P Min Aung Hlaing 2024-07-22 2025-07-31  # acting
P* Min Aung Hlaing 2025-07-31  # acting president after the SAC was dissolved; outcome of the 2025-26 election not known to the author
PM Nyo Saw 2025-07-31~
FM Wunna Maung Lwin 2011-03-30 2016-03-30
FM Wunna Maung Lwin 2021-02-01 2023-02-01~
FM Than Swe 2023-02-01~
DM Wai Lwin 2013-08-15~ 2016-03-30  # start month approximate
DM Sein Win 2016-03-30 2021-02-01  # lieutenant general, not the exile leader of the same name
DM Mya Tun Oo 2021-02-01 2023-02-01~  # moved in the February 2023 reshuffle; day uncertain
DM Tin Aung San 2023-02-01~  # admiral; later changes (2024-25) not verified
@ Sein Win | | | Lt-Gen Sein Win
@ Mya Tun Oo | | | General Mya Tun Oo
@ Tin Aung San | | | Admiral Tin Aung San
@ Aung San Suu Kyi | Suu Kyi | Q36740 | Suu Kyi; Daw Aung San Suu Kyi; Daw Suu
@ Min Aung Hlaing | | | Senior General Min Aung Hlaing

== philippines PHL last
P* Joseph Estrada 1998-06-30 2001-01-20
P* Gloria Macapagal Arroyo 2001-01-20 2010-06-30
P* Benigno Aquino III 2010-06-30 2016-06-30
P* Rodrigo Duterte 2016-06-30 2022-06-30
P* Ferdinand Marcos Jr. 2022-06-30
VP Jejomar Binay 2010-06-30 2016-06-30
VP Leni Robredo 2016-06-30 2022-06-30
VP Sara Duterte 2022-06-30
FM Albert del Rosario 2011-02-24 2016-03-08
FM Jose Rene Almendras 2016-03-08 2016-06-30
FM Perfecto Yasay Jr. 2016-06-30 2017-03-08
FM Alan Peter Cayetano 2017-05-18 2018-10-17
FM Teodoro Locsin Jr. 2018-10-17 2022-06-30
FM Enrique Manalo 2022-07-01 2025-07-01~
FM Ma. Theresa Lazaro 2025-07-01~
DM Voltaire Gazmin 2010-06-30 2016-06-30
DM Delfin Lorenzana 2016-06-30 2022-06-30
DM Jose Faustino Jr. 2022-07-01 2023-01-09  # officer-in-charge
DM Carlito Galvez Jr. 2023-01-09 2023-06-05
DM Gilberto Teodoro 2023-06-05
@ Joseph Estrada | Estrada | | Erap
@ Gloria Macapagal Arroyo | Arroyo | | Gloria Arroyo; GMA
@ Benigno Aquino III | Aquino | | Noynoy Aquino; PNoy
@ Rodrigo Duterte | | | Rody Duterte; Digong
@ Ferdinand Marcos Jr. | Marcos | | Bongbong Marcos; Marcos Jr; Marcos Jr.; Ferdinand Marcos Jr; Ferdinand Romualdez Marcos Jr.; BBM
@ Albert del Rosario | del Rosario | |
@ Alan Peter Cayetano | Cayetano | |
@ Ma. Theresa Lazaro | Lazaro | | Theresa Lazaro; Maria Theresa Lazaro
@ Gilberto Teodoro | Teodoro | | Gibo Teodoro

== singapore SGP last
P S. R. Nathan 1999-09-01 2011-08-31
P Tony Tan 2011-09-01 2017-08-31
P Halimah Yacob 2017-09-14 2023-09-13
P Tharman Shanmugaratnam 2023-09-14
PM* Goh Chok Tong 1990-11-28 2004-08-12
PM* Lee Hsien Loong 2004-08-12 2024-05-15
PM* Lawrence Wong 2024-05-15
FM K. Shanmugam 2011-05-21 2015-09-30
FM Vivian Balakrishnan 2015-10-01
DM Ng Eng Hen 2011-05-21 2025-05-23~
DM Chan Chun Sing 2025-05-23~
@ S. R. Nathan | Nathan | | Sellapan Ramanathan
@ Tony Tan | Tan | | Tony Tan Keng Yam
@ Halimah Yacob | Halimah | |
@ Tharman Shanmugaratnam | Tharman | | Tharman
@ Goh Chok Tong | Goh | |
@ Lee Hsien Loong | Lee | | LHL
@ Lawrence Wong | Wong | | Lawrence Wong Shyun Tsai
@ K. Shanmugam | Shanmugam | | Kasiviswanathan Shanmugam
@ Ng Eng Hen | Ng | |
@ Chan Chun Sing | Chan | |

== thailand THA first
M Bhumibol Adulyadej 1946-06-09 2016-10-13
M Vajiralongkorn 2016-10-13
PM* Chuan Leekpai 1997-11-09 2001-02-09
PM* Thaksin Shinawatra 2001-02-09 2006-09-19  # ousted in a coup
PM* Surayud Chulanont 2006-10-01 2008-01-29
PM* Samak Sundaravej 2008-01-29 2008-09-09
PM* Somchai Wongsawat 2008-09-18 2008-12-02
PM* Abhisit Vejjajiva 2008-12-17 2011-08-05
PM* Yingluck Shinawatra 2011-08-05 2014-05-07
CH* Prayut Chan-o-cha 2014-05-22 2014-08-24  # head of the NCPO junta, ruling until named prime minister
CH Prayut Chan-o-cha 2014-08-24 2019-07-16  # head of the NCPO junta
PM* Prayut Chan-o-cha 2014-08-24 2023-08-22
PM* Srettha Thavisin 2023-08-22 2024-08-14
PM* Paetongtarn Shinawatra 2024-08-16 2025-08-29  # suspended from 2025-07-01; acting prime ministers not listed
PM* Anutin Charnvirakul 2025-09-07~
FM Tanasak Patimapragorn 2014-08-30 2015-08-23
FM Don Pramudwinai 2015-08-23 2023-09-01
FM Parnpree Bahiddha-nukara 2023-09-01 2024-04-28
FM Maris Sangiampongsa 2024-04-30 2025-09-19~
FM Sihasak Phuangketkeow 2025-09-19~
DM Prawit Wongsuwan 2014-08-30 2019-07-10
DM Prayut Chan-o-cha 2019-07-10 2023-09-01
DM Sutin Klungsang 2023-09-01 2024-09-03
DM Phumtham Wechayachai 2024-09-03 2025-07-03~
DM Natthaphon Narkphanit 2025-07-03~  # verify
@ Bhumibol Adulyadej | - | | King Bhumibol; Rama IX
@ Vajiralongkorn | - | | Maha Vajiralongkorn; King Vajiralongkorn; Rama X
@ Thaksin Shinawatra | Thaksin | |
@ Yingluck Shinawatra | Yingluck | |
@ Paetongtarn Shinawatra | Paetongtarn | | Ung Ing; Paethongtarn Shinawatra
@ Prayut Chan-o-cha | Prayut/Prayuth | | Prayuth Chan-ocha; Prayut Chan-ocha; Prayuth Chan-o-cha
@ Parnpree Bahiddha-nukara | Parnpree | |

== vietnam VNM last
# The Prime Minister is flagged as the executive; the party General Secretary (listed as
# ir:Official) leads the Communist Party, the President is head of state.
P Tran Duc Luong 1997-09-24 2006-06-27
P Nguyen Minh Triet 2006-06-27 2011-07-25
P Truong Tan Sang 2011-07-25 2016-04-02
P Tran Dai Quang 2016-04-02 2018-09-21  # died in office
P Nguyen Phu Trong 2018-10-23 2021-04-05
P Nguyen Xuan Phuc 2021-04-05 2023-01-18
P Vo Van Thuong 2023-03-02 2024-03-21
P To Lam 2024-05-22 2024-10-21
P Luong Cuong 2024-10-21
PM* Phan Van Khai 1997-09-25 2006-06-27
PM* Nguyen Tan Dung 2006-06-27 2016-04-07
PM* Nguyen Xuan Phuc 2016-04-07 2021-04-05
PM* Pham Minh Chinh 2021-04-05  # changes after the January 2026 party congress not known to the author
O Le Kha Phieu 1997-12-26 2001-04-22  # General Secretary of the Communist Party
O Nong Duc Manh 2001-04-22 2011-01-19  # General Secretary
O Nguyen Phu Trong 2011-01-19 2024-07-19  # General Secretary; died in office
O To Lam 2024-08-03  # General Secretary
FM Pham Binh Minh 2011-08-03 2021-04-08
FM Bui Thanh Son 2021-04-08  # may have been replaced in 2025; not verified
DM Phung Quang Thanh 2006-08-03 2016-04-09
DM Ngo Xuan Lich 2016-04-09 2021-04-08
DM Phan Van Giang 2021-04-08
@ Nguyen Phu Trong | | | Nguyễn Phú Trọng
@ Nguyen Xuan Phuc | | | Nguyễn Xuân Phúc
@ Vo Van Thuong | | | Võ Văn Thưởng
@ To Lam | | | Tô Lâm
@ Luong Cuong | | | Lương Cường
@ Pham Minh Chinh | | | Phạm Minh Chính
@ Nguyen Tan Dung | | | Nguyễn Tấn Dũng
@ Bui Thanh Son | | | Bùi Thanh Sơn
@ Phan Van Giang | | | Phan Văn Giang

== east_timor TLS last
P Xanana Gusmão 2002-05-20 2007-05-20
P José Ramos-Horta 2007-05-20 2012-05-20
P Taur Matan Ruak 2012-05-20 2017-05-20
P Francisco Guterres 2017-05-20 2022-05-20
P José Ramos-Horta 2022-05-20
PM* Mari Alkatiri 2002-05-20 2006-06-26
PM* José Ramos-Horta 2006-07-10 2007-05-19
PM* Estanislau da Silva 2007-05-19 2007-08-08
PM* Xanana Gusmão 2007-08-08 2015-02-16
PM* Rui Maria de Araújo 2015-02-16 2017-09-15
PM* Mari Alkatiri 2017-09-15 2018-06-22
PM* Taur Matan Ruak 2018-06-22 2023-07-01
PM* Xanana Gusmão 2023-07-01
FM Hernâni Coelho 2015-02-16 2017-09-15
FM Aurélio Guterres 2017-09-15 2018-06-22
FM Dionísio Babo Soares 2018-06-22 2020-06-24~
FM Adaljiza Magno 2020-06-24~ 2023-07-01
FM Bendito Freitas 2023-07-01
@ Xanana Gusmão | Gusmão/Xanana | | Xanana; Kay Rala Xanana Gusmão
@ José Ramos-Horta | Ramos-Horta | | Jose Ramos Horta; Ramos Horta
@ Francisco Guterres | Lú-Olo | | Lú-Olo; Francisco Guterres Lú-Olo
@ Taur Matan Ruak | - | | TMR
@ Rui Maria de Araújo | Araújo | |
@ Dionísio Babo Soares | Babo Soares | |
"""

MIDDLE_EAST_AFRICA = """
== saudi_arabia SAU none
# The King is the executive (and held the premiership) until the Crown Prince became
# prime minister on 2022-09-27.
M* Fahd of Saudi Arabia 1982-06-13 2005-08-01
M* Abdullah of Saudi Arabia 2005-08-01 2015-01-23
M* Salman of Saudi Arabia 2015-01-23 2022-09-27
M Salman of Saudi Arabia 2022-09-27
O Mohammed bin Salman 2017-06-21  # Crown Prince
PM* Mohammed bin Salman 2022-09-27
DM Mohammed bin Salman 2015-01-23 2022-09-27
DM Khalid bin Salman 2022-09-27
FM Saud al-Faisal 1975-10-13~ 2015-04-29
FM Adel al-Jubeir 2015-04-29 2018-12-27
FM Ibrahim Abdulaziz Al-Assaf 2018-12-27 2019-10-23
FM Faisal bin Farhan Al Saud 2019-10-23
@ Fahd of Saudi Arabia | - | | King Fahd; Fahd bin Abdulaziz
@ Abdullah of Saudi Arabia | - | | King Abdullah; Abdullah bin Abdulaziz
@ Salman of Saudi Arabia | - | | King Salman; Salman bin Abdulaziz; Salman bin Abdulaziz Al Saud; Raja Salman@id
@ Mohammed bin Salman | - | Q6892571 | MBS; Mohammad bin Salman; Muhammad bin Salman; Mohammed bin Salman Al Saud; Pangeran Mohammed bin Salman@id
@ Khalid bin Salman | - | | Khalid bin Salman Al Saud; Prince Khalid bin Salman
@ Faisal bin Farhan Al Saud | - | | Faisal bin Farhan; Prince Faisal bin Farhan
@ Saud al-Faisal | - | | Prince Saud al-Faisal
@ Adel al-Jubeir | al-Jubeir/Jubeir | | Adel Al-Jubeir
@ Ibrahim Abdulaziz Al-Assaf | Al-Assaf | | Ibrahim Al-Assaf

== israel ISR last
P Ezer Weizman 1993-05-13 2000-07-13
P Moshe Katsav 2000-08-01 2007-07-01
P Shimon Peres 2007-07-15 2014-07-24
P Reuven Rivlin 2014-07-24 2021-07-07
P Isaac Herzog 2021-07-07
PM* Ehud Barak 1999-07-06 2001-03-07
PM* Ariel Sharon 2001-03-07 2006-04-14  # incapacitated by a stroke on 2006-01-04
PM* Ehud Olmert 2006-04-14 2009-03-31  # acting from 2006-01-04
PM* Benjamin Netanyahu 2009-03-31 2021-06-13
PM* Naftali Bennett 2021-06-13 2022-06-30
PM* Yair Lapid 2022-07-01 2022-12-29
PM* Benjamin Netanyahu 2022-12-29
FM Avigdor Lieberman 2013-11-11 2015-05-14
FM Benjamin Netanyahu 2015-05-14 2019-02-17
FM Israel Katz 2019-02-17 2020-05-17
FM Gabi Ashkenazi 2020-05-17 2021-06-13
FM Yair Lapid 2021-06-13 2022-12-29
FM Eli Cohen 2022-12-29 2024-01-01
FM Israel Katz 2024-01-01 2024-11-05
FM Gideon Sa'ar 2024-11-05~
DM Moshe Ya'alon 2013-03-18 2016-05-20~
DM Avigdor Lieberman 2016-05-30 2018-11-18~
DM Benjamin Netanyahu 2018-11-18~ 2019-11-12~
DM Naftali Bennett 2019-11-12~ 2020-05-17
DM Benny Gantz 2020-05-17 2022-12-29
DM Yoav Gallant 2022-12-29 2024-11-05
DM Israel Katz 2024-11-05~
@ Benjamin Netanyahu | | Q43723 | Bibi; Bibi Netanyahu; Binyamin Netanyahu; Netanyahu
@ Isaac Herzog | | | Yitzhak Herzog
@ Avigdor Lieberman | | | Avigdor Liberman
@ Gideon Sa'ar | Sa'ar | | Gideon Saar
@ Moshe Ya'alon | Ya'alon | | Moshe Yaalon

== iran IRN last
SL Ali Khamenei 1989-06-04
P* Mohammad Khatami 1997-08-03 2005-08-03
P* Mahmoud Ahmadinejad 2005-08-03 2013-08-03
P* Hassan Rouhani 2013-08-03 2021-08-03
P* Ebrahim Raisi 2021-08-03 2024-05-19  # killed in a helicopter crash
P* Mohammad Mokhber 2024-05-20 2024-07-28  # acting
P* Masoud Pezeshkian 2024-07-28
FM Mohammad Javad Zarif 2013-08-15 2021-08-25
FM Hossein Amir-Abdollahian 2021-08-25 2024-05-19
FM Ali Bagheri Kani 2024-05-20 2024-08-21  # acting
FM Abbas Araghchi 2024-08-21
DM Hossein Dehghan 2013-08-15 2017-08-20
DM Amir Hatami 2017-08-20 2021-08-25
DM Mohammad-Reza Gharaei Ashtiani 2021-08-25 2024-08-21
DM Aziz Nasirzadeh 2024-08-21
@ Ali Khamenei | | Q57336 | Ayatollah Ali Khamenei; Ayatollah Khamenei; Sayyid Ali Khamenei; Khamenei
@ Hassan Rouhani | | | Hassan Rohani
@ Ebrahim Raisi | | | Ebrahim Raeisi; Ibrahim Raisi
@ Mohammad Javad Zarif | Zarif | | Javad Zarif
@ Hossein Amir-Abdollahian | Amir-Abdollahian | | Hossein Amirabdollahian
@ Abbas Araghchi | | | Abbas Araqchi
@ Mohammad-Reza Gharaei Ashtiani | Ashtiani | | Mohammad Reza Ashtiani

== egypt EGY last
P* Hosni Mubarak 1981-10-14 2011-02-11
CH* Mohamed Hussein Tantawi 2011-02-11 2012-06-30  # head of the Supreme Council of the Armed Forces
P* Mohamed Morsi 2012-06-30 2013-07-03  # ousted by the military
P* Adly Mansour 2013-07-04 2014-06-08  # interim
P* Abdel Fattah el-Sisi 2014-06-08
PM Atef Ebeid 1999-10-05 2004-07-14
PM Ahmed Nazif 2004-07-14 2011-01-29
PM Ahmed Shafik 2011-01-29 2011-03-03
PM Essam Sharaf 2011-03-03 2011-12-07
PM Kamal Ganzouri 2011-12-07 2012-08-02
PM Hesham Qandil 2012-08-02 2013-07-16
PM Hazem el-Beblawi 2013-07-16 2014-03-01
PM Ibrahim Mahlab 2014-03-01 2015-09-19
PM Sherif Ismail 2015-09-19 2018-06-14
PM Mostafa Madbouly 2018-06-14
FM Sameh Shoukry 2014-06-17 2024-07-03
FM Badr Abdelatty 2024-07-03
DM Sedki Sobhi 2014-03-26 2018-06-14
DM Mohamed Ahmed Zaki 2018-06-14 2024-07-03
DM Abdel Mageed Saqr 2024-07-03
@ Hosni Mubarak | | | Muhammad Hosni Mubarak
@ Mohamed Hussein Tantawi | Tantawi | | Field Marshal Tantawi
@ Mohamed Morsi | | | Mohammed Morsi; Mohamed Mursi
@ Abdel Fattah el-Sisi | el-Sisi/Sisi/al-Sisi | | Abdel Fattah al-Sisi; Abdel-Fattah el-Sissi; Abdel Fattah Al Sisi; al-Sisi; el-Sisi
@ Mostafa Madbouly | | | Moustafa Madbouly
@ Mohamed Ahmed Zaki | Zaki | |
@ Abdel Mageed Saqr | Saqr | |
@ Hazem el-Beblawi | el-Beblawi/Beblawi | |

== syria SYR last
P* Hafez al-Assad 1971-03-14 2000-06-10  # died in office
P* Abdul Halim Khaddam 2000-06-10 2000-07-17  # acting
P* Bashar al-Assad 2000-07-17 2024-12-08  # fled as his government fell
O* Ahmed al-Sharaa 2024-12-08 2025-01-29  # de facto leader after the fall of Assad
P* Ahmed al-Sharaa 2025-01-29  # transitional president
PM Mahmoud Zuabi 1987-11-01 2000-03-07
PM Muhammad Mustafa Mero 2000-03-13 2003-09-10
PM Muhammad Naji al-Otari 2003-09-10 2011-04-14
PM Adel Safar 2011-04-14 2012-06-23
PM Riyad Farid Hijab 2012-06-23 2012-08-06
PM Wael al-Halqi 2012-08-09 2016-07-03
PM Imad Khamis 2016-07-03 2020-06-11
PM Hussein Arnous 2020-06-11 2024-09-14
PM Mohammad Ghazi al-Jalali 2024-09-14 2024-12-10
PM Mohammed al-Bashir 2024-12-10 2025-03-29  # caretaker; the office was then abolished
FM Walid Muallem 2006-02-11 2020-11-16  # died in office
FM Faisal Mekdad 2020-11-22 2024-12-08
FM Asaad al-Shaibani 2024-12-21
DM Fahd Jassem al-Freij 2012-07-18 2018-01-01
DM Ali Abdullah Ayyoub 2018-01-01 2022-04-28
DM Ali Mahmoud Abbas 2022-04-28 2024-12-08
DM Murhaf Abu Qasra 2024-12-21
@ Hafez al-Assad | al-Assad/Assad | |
@ Bashar al-Assad | al-Assad/Assad | Q44329 | Bashar Assad; Bashar al-Asad; Assad
@ Ahmed al-Sharaa | al-Sharaa/Sharaa | | Ahmed al-Shara; Ahmad al-Sharaa; Abu Mohammed al-Jolani; Abu Mohammad al-Julani; al-Jolani; Jolani
@ Walid Muallem | Muallem | | Walid al-Moualem
@ Faisal Mekdad | Mekdad | | Faisal Miqdad
@ Asaad al-Shaibani | al-Shaibani/Shaibani | | Asaad Hassan al-Shaibani
@ Murhaf Abu Qasra | Abu Qasra | |
@ Fahd Jassem al-Freij | al-Freij | |
@ Ali Abdullah Ayyoub | Ayyoub | |
@ Muhammad Naji al-Otari | al-Otari | |
@ Wael al-Halqi | al-Halqi | |
@ Mohammad Ghazi al-Jalali | al-Jalali | |
@ Mohammed al-Bashir | al-Bashir | |

== iraq IRQ last
P* Saddam Hussein 1979-07-16 2003-04-09  # regime toppled by the US-led invasion; occupation authorities not listed
P Ghazi al-Yawer 2004-06-28 2005-04-07
P Jalal Talabani 2005-04-07 2014-07-24
P Fuad Masum 2014-07-24 2018-10-02
P Barham Salih 2018-10-02 2022-10-17
P Abdul Latif Rashid 2022-10-17
PM* Ayad Allawi 2004-06-28 2005-05-03
PM* Ibrahim al-Jaafari 2005-05-03 2006-05-20
PM* Nouri al-Maliki 2006-05-20 2014-09-08
PM* Haider al-Abadi 2014-09-08 2018-10-25
PM* Adil Abdul-Mahdi 2018-10-25 2020-05-07
PM* Mustafa al-Kadhimi 2020-05-07 2022-10-27
PM* Mohammed Shia al-Sudani 2022-10-27  # government formation after the November 2025 election not known to the author
FM Ibrahim al-Jaafari 2014-09-08 2018-10-25
FM Mohamed Ali Alhakim 2018-10-25 2020-05-07
FM Fuad Hussein 2020-06-06
DM Khalid al-Obaidi 2014-10-18 2016-08-25
DM Arfan al-Hayali 2017-01-30 2018-10-25
DM Najah al-Shammari 2019-06-24 2020-05-07
DM Juma Inad 2020-06-06 2022-10-27
DM Thabet al-Abbasi 2022-10-27
@ Saddam Hussein | Saddam/Hussein | Q1316 |
@ Nouri al-Maliki | al-Maliki/Maliki | | Nuri al-Maliki
@ Haider al-Abadi | al-Abadi/Abadi | |
@ Mustafa al-Kadhimi | al-Kadhimi/Kadhimi | |
@ Mohammed Shia al-Sudani | al-Sudani/Sudani | | Mohammed Shia' al-Sudani; Mohammed al-Sudani
@ Ibrahim al-Jaafari | al-Jaafari/Jaafari | |
@ Ayad Allawi | Allawi | | Iyad Allawi
@ Ghazi al-Yawer | al-Yawer | |
@ Khalid al-Obaidi | al-Obaidi | |
@ Arfan al-Hayali | al-Hayali | |
@ Najah al-Shammari | al-Shammari | |
@ Thabet al-Abbasi | al-Abbasi | |

== qatar QAT none
M* Hamad bin Khalifa Al Thani 1995-06-27 2013-06-25
M* Tamim bin Hamad Al Thani 2013-06-25
PM Abdullah bin Khalifa Al Thani 1996-10-29 2007-04-03
PM Hamad bin Jassim bin Jaber Al Thani 2007-04-03 2013-06-26
PM Abdullah bin Nasser bin Khalifa Al Thani 2013-06-26 2020-01-28
PM Khalid bin Khalifa bin Abdulaziz Al Thani 2020-01-28 2023-03-07
PM Mohammed bin Abdulrahman bin Jassim Al Thani 2023-03-07
FM Khalid bin Mohammad Al Attiyah 2013-06-26 2016-01-27
FM Mohammed bin Abdulrahman bin Jassim Al Thani 2016-01-27
DM Khalid bin Mohammad Al Attiyah 2016-01-27 2024-11-06~  # Minister of State for Defence Affairs
DM Saoud bin Abdulrahman Al Thani 2024-11-06~  # verify
@ Tamim bin Hamad Al Thani | Tamim | | Sheikh Tamim; Tamim bin Hamad; Emir Tamim; Sheikh Tamim bin Hamad Al Thani
@ Hamad bin Khalifa Al Thani | - | | Sheikh Hamad bin Khalifa; Hamad bin Khalifa
@ Mohammed bin Abdulrahman bin Jassim Al Thani | - | | Mohammed bin Abdulrahman Al Thani; Sheikh Mohammed bin Abdulrahman; Mohammed bin Abdulrahman
@ Hamad bin Jassim bin Jaber Al Thani | - | | Hamad bin Jassim; HBJ
@ Khalid bin Mohammad Al Attiyah | Al Attiyah/Attiyah | | Khalid Al Attiyah

== united_arab_emirates ARE none
P* Zayed bin Sultan Al Nahyan 1971-12-02 2004-11-02
P* Khalifa bin Zayed Al Nahyan 2004-11-03 2022-05-13
P* Mohamed bin Zayed Al Nahyan 2022-05-14
PM Maktoum bin Rashid Al Maktoum 1990-11-20 2006-01-04
PM Mohammed bin Rashid Al Maktoum 2006-01-05
FM Abdullah bin Zayed Al Nahyan 2006-02-09
DM Mohammed bin Rashid Al Maktoum 1971-12-09
@ Zayed bin Sultan Al Nahyan | - | | Sheikh Zayed
@ Khalifa bin Zayed Al Nahyan | - | | Sheikh Khalifa; Khalifa bin Zayed
@ Mohamed bin Zayed Al Nahyan | - | | MBZ; Mohammed bin Zayed; Mohamed bin Zayed; Sheikh Mohamed bin Zayed; Mohammed bin Zayed Al Nahyan
@ Mohammed bin Rashid Al Maktoum | - | | Sheikh Mohammed bin Rashid; Mohammed bin Rashid; MBR
@ Abdullah bin Zayed Al Nahyan | - | | Abdullah bin Zayed; Sheikh Abdullah bin Zayed; ABZ

== jordan JOR last
# The King holds executive power and is flagged as the executive; prime ministers are not.
M* Abdullah II of Jordan 1999-02-07
PM Abdul Raouf al-Rawabdeh 1999-03-04 2000-06-19
PM Ali Abu al-Ragheb 2000-06-19 2003-10-25
PM Faisal al-Fayez 2003-10-25 2005-04-07
PM Adnan Badran 2005-04-07 2005-11-27
PM Marouf al-Bakhit 2005-11-27 2007-11-25
PM Nader al-Dahabi 2007-11-25 2009-12-14
PM Samir Rifai 2009-12-14 2011-02-09
PM Marouf al-Bakhit 2011-02-09 2011-10-24
PM Awn Khasawneh 2011-10-24 2012-05-02
PM Fayez al-Tarawneh 2012-05-02 2012-10-11
PM Abdullah Ensour 2012-10-11 2016-06-01
PM Hani Mulki 2016-06-01 2018-06-14
PM Omar Razzaz 2018-06-14 2020-10-12
PM Bisher Al-Khasawneh 2020-10-12 2024-09-18
PM Jafar Hassan 2024-09-18
FM Nasser Judeh 2009-02-23 2017-01-15
FM Ayman Safadi 2017-01-15
@ Abdullah II of Jordan | - | | King Abdullah II; Abdullah II; King Abdullah of Jordan; Raja Abdullah II@id
@ Ayman Safadi | | | Ayman al-Safadi
@ Abdul Raouf al-Rawabdeh | al-Rawabdeh | |
@ Ali Abu al-Ragheb | Abu al-Ragheb | |
@ Faisal al-Fayez | al-Fayez | |
@ Marouf al-Bakhit | al-Bakhit | |
@ Nader al-Dahabi | al-Dahabi | |
@ Fayez al-Tarawneh | al-Tarawneh | |
@ Bisher Al-Khasawneh | Al-Khasawneh/Khasawneh | | Bisher al-Khasawneh

== lebanon LBN last
P Émile Lahoud 1998-11-24 2007-11-24
P Michel Suleiman 2008-05-25 2014-05-25
P Michel Aoun 2016-10-31 2022-10-30
P Joseph Aoun 2025-01-09
PM* Selim Hoss 1998-12-04 2000-10-23
PM* Rafic Hariri 2000-10-23 2004-10-21
PM* Omar Karami 2004-10-21 2005-04-19
PM* Najib Mikati 2005-04-19 2005-07-19
PM* Fouad Siniora 2005-07-19 2009-11-09
PM* Saad Hariri 2009-11-09 2011-06-13
PM* Najib Mikati 2011-06-13 2014-02-15
PM* Tammam Salam 2014-02-15 2016-12-18
PM* Saad Hariri 2016-12-18 2020-01-21
PM* Hassan Diab 2020-01-21 2021-09-10
PM* Najib Mikati 2021-09-10 2025-02-08
PM* Nawaf Salam 2025-02-08
FM Gebran Bassil 2014-02-15 2020-01-21
FM Nassif Hitti 2020-01-21 2020-08-03
FM Charbel Wehbe 2020-08-03 2021-05-19~
FM Abdallah Bou Habib 2021-09-10 2025-02-08
FM Youssef Rajji 2025-02-08
DM Samir Mouqbel 2014-02-15 2016-12-18
DM Yacoub Sarraf 2016-12-18 2019-01-31
DM Elias Bou Saab 2019-01-31 2020-01-21
DM Zeina Akar 2020-01-21 2021-09-10
DM Maurice Slim 2021-09-10 2025-02-08
DM Michel Menassa 2025-02-08
@ Abdallah Bou Habib | Bou Habib | |
@ Elias Bou Saab | Bou Saab | |

== algeria DZA last
P* Abdelaziz Bouteflika 1999-04-27 2019-04-02
P* Abdelkader Bensalah 2019-04-09 2019-12-19  # acting
P* Abdelmadjid Tebboune 2019-12-19
PM Ahmed Benbitour 1999-12-23 2000-08-26
PM Ali Benflis 2000-08-26 2003-05-05
PM Ahmed Ouyahia 2003-05-05 2006-05-24
PM Abdelaziz Belkhadem 2006-05-24 2008-06-23
PM Ahmed Ouyahia 2008-06-23 2012-09-03
PM Abdelmalek Sellal 2012-09-03 2017-05-24  # Youcef Yousfi acting March-April 2014
PM Abdelmadjid Tebboune 2017-05-24 2017-08-15
PM Ahmed Ouyahia 2017-08-15 2019-03-11
PM Noureddine Bedoui 2019-03-11 2019-12-19
PM Abdelaziz Djerad 2019-12-28 2021-06-30
PM Aymen Benabderrahmane 2021-06-30 2023-11-11
PM Nadir Larbaoui 2023-11-11 2025-08-28~
PM Sifi Ghrieb 2025-08-28~  # acting at first
FM Ramtane Lamamra 2013-09-11 2017-05-25
FM Abdelkader Messahel 2017-05-25 2019-03-11
FM Ramtane Lamamra 2019-03-11 2019-03-31
FM Sabri Boukadoum 2019-03-31 2021-07-07
FM Ramtane Lamamra 2021-07-07 2023-03-16
FM Ahmed Attaf 2023-03-18

== morocco MAR last
# The King holds executive power and is flagged as the executive.
M* Mohammed VI of Morocco 1999-07-23
PM Abderrahmane Youssoufi 1998-03-14 2002-10-09
PM Driss Jettou 2002-10-09 2007-09-19
PM Abbas El Fassi 2007-09-19 2011-11-29
PM Abdelilah Benkirane 2011-11-29 2017-04-05
PM Saadeddine Othmani 2017-04-05 2021-10-07
PM Aziz Akhannouch 2021-10-07
FM Salaheddine Mezouar 2013-10-10 2017-04-05
FM Nasser Bourita 2017-04-05
@ Mohammed VI of Morocco | - | | King Mohammed VI; Mohammed VI; Raja Mohammed VI@id
@ Abbas El Fassi | El Fassi | |
@ Saadeddine Othmani | | | Saad Eddine El Othmani

== palestine PSE last
P* Yasser Arafat 1994-07-05 2004-11-11  # died in office
P* Rawhi Fattouh 2004-11-11 2005-01-15  # acting
P* Mahmoud Abbas 2005-01-15
PM Mahmoud Abbas 2003-04-30 2003-10-07
PM Ahmed Qurei 2003-10-07 2006-03-29
PM Ismail Haniyeh 2006-03-29 2007-06-14
PM Salam Fayyad 2007-06-15 2013-06-06
PM Rami Hamdallah 2013-06-06 2019-04-13
PM Mohammad Shtayyeh 2019-04-13 2024-03-31
PM Mohammad Mustafa 2024-03-31
@ Yasser Arafat | | | Abu Ammar
@ Mahmoud Abbas | | | Abu Mazen
@ Ismail Haniyeh | | | Ismail Haniya

== south_africa ZAF last
P* Thabo Mbeki 1999-06-14 2008-09-24
P* Kgalema Motlanthe 2008-09-25 2009-05-09
P* Jacob Zuma 2009-05-09 2018-02-14
P* Cyril Ramaphosa 2018-02-15
FM Maite Nkoana-Mashabane 2009-05-10 2018-02-26
FM Lindiwe Sisulu 2018-02-27 2019-05-29
FM Naledi Pandor 2019-05-30 2024-07-03
FM Ronald Lamola 2024-07-03
DM Nosiviwe Mapisa-Nqakula 2012-06-12 2021-08-05
DM Thandi Modise 2021-08-06 2024-07-03
DM Angie Motshekga 2024-07-03

== nigeria NGA last
P* Olusegun Obasanjo 1999-05-29 2007-05-29
P* Umaru Musa Yar'Adua 2007-05-29 2010-05-05  # died in office
P* Goodluck Jonathan 2010-05-06 2015-05-29  # acting from 2010-02-09
P* Muhammadu Buhari 2015-05-29 2023-05-29
P* Bola Tinubu 2023-05-29
FM Geoffrey Onyeama 2015-11-11 2023-05-29
FM Yusuf Tuggar 2023-08-21
DM Mansur Dan-Ali 2015-11-11 2019-05-29
DM Bashir Salihi Magashi 2019-08-21 2023-05-29
DM Mohammed Badaru Abubakar 2023-08-21 2025-12-01~
DM Christopher Musa 2025-12-04~  # former chief of defence staff; verify
@ Umaru Musa Yar'Adua | Yar'Adua | | Umaru Yar'Adua
@ Bola Tinubu | | | Bola Ahmed Tinubu
@ Mohammed Badaru Abubakar | Badaru | | Badaru Abubakar
@ Bashir Salihi Magashi | Magashi | |

== kenya KEN last
P* Daniel arap Moi 1978-08-22 2002-12-30
P* Mwai Kibaki 2002-12-30 2013-04-09
P* Uhuru Kenyatta 2013-04-09 2022-09-13
P* William Ruto 2022-09-13
PM Raila Odinga 2008-04-17 2013-04-09
FM Amina Mohamed 2013-05-15 2018-01-26
FM Monica Juma 2018-01-26 2020-03-02
FM Raychelle Omamo 2020-03-02 2022-10-27
FM Alfred Mutua 2022-10-27 2023-10-04
FM Musalia Mudavadi 2023-10-04  # Prime Cabinet Secretary and foreign affairs
DM Raychelle Omamo 2013-05-15 2020-03-02
DM Monica Juma 2020-03-02 2021-01-14~
DM Eugene Wamalwa 2021-01-14~ 2022-10-27
DM Aden Duale 2022-10-27 2024-08-08~
DM Soipan Tuya 2024-08-08~
@ Daniel arap Moi | Moi | | Daniel Moi

== ethiopia ETH first
P Negasso Gidada 1995-08-22 2001-10-08
P Girma Wolde-Giorgis 2001-10-08 2013-10-07
P Mulatu Teshome 2013-10-07 2018-10-25
P Sahle-Work Zewde 2018-10-25 2024-10-07
P Taye Atske Selassie 2024-10-07
PM* Meles Zenawi 1995-08-23 2012-08-20  # died in office
PM* Hailemariam Desalegn 2012-08-20 2018-04-02  # acting until 2012-09-21
PM* Abiy Ahmed 2018-04-02
FM Tedros Adhanom Ghebreyesus 2012-11-29 2016-11-01
FM Workneh Gebeyehu 2016-11-01 2019-02-28~
FM Gedu Andargachew 2019-02-28~ 2020-11-25~
FM Demeke Mekonnen 2020-11-25~ 2024-02-01~
FM Taye Atske Selassie 2024-02-01~ 2024-10-07
FM Gedion Timothewos 2024-10-07~
# gap: DM 2015-01-01..2015-10-06: Siraj Fegessa held the office before the new government of
# October 2015 too; the start of his term is not known to the author
DM Siraj Fegessa 2015-10-06~ 2018-04-19~  # reappointed with the new government; see the gap above
DM Motuma Mekassa 2018-04-19~ 2018-10-16
DM Aisha Mohammed 2018-10-16 2019-04-01~  # end month approximate
DM Lemma Megersa 2019-04-01~ 2020-11-01~  # start and end months approximate
DM Kenea Yadeta 2020-11-01~ 2021-10-06  # start month approximate
DM Abraham Belay 2021-10-06  # replaced by Aisha Mohammed (second spell) at a date not known to the author
# gap: DM Aisha Mohammed's second spell (in office 2024-25), start not known to the author; not entered
@ Abiy Ahmed | Abiy | | Abiy Ahmed Ali
@ Siraj Fegessa | - | |  # no bare given name: common name or word ('Abraham Accords', 'lemma')
@ Motuma Mekassa | - | |  # no bare given name: common name or word ('Abraham Accords', 'lemma')
@ Aisha Mohammed | - | |  # no bare given name: common name or word ('Abraham Accords', 'lemma')
@ Lemma Megersa | - | |  # no bare given name: common name or word ('Abraham Accords', 'lemma')
@ Kenea Yadeta | - | |  # no bare given name: common name or word ('Abraham Accords', 'lemma')
@ Abraham Belay | - | |  # no bare given name: common name or word ('Abraham Accords', 'lemma')
@ Tedros Adhanom Ghebreyesus | Tedros | | Tedros Adhanom; Dr Tedros

== armenia ARM last
# The president was the executive until the parliamentary system took effect on
# 2018-04-09; the prime minister since then.
P* Serzh Sargsyan 2008-04-09 2018-04-09
P Armen Sarkissian 2018-04-09 2022-02-01~  # resigned
P Alen Simonyan 2022-02-01~ 2022-03-13  # acting, as speaker of parliament
P Vahagn Khachaturyan 2022-03-13
PM Hovik Abrahamyan 2014-04-13 2016-09-13
PM Karen Karapetyan 2016-09-13 2018-04-09
PM* Serzh Sargsyan 2018-04-17 2018-04-23  # resigned amid protests
PM* Karen Karapetyan 2018-04-23 2018-05-08  # acting
PM* Nikol Pashinyan 2018-05-08  # acting from the resignation of 2021-04-25 to the reappointment of 2021-08-02
@ Serzh Sargsyan | Sargsyan/Sarkisyan | | Serzh Sarkisyan; Serzh Sarkissian
@ Armen Sarkissian | Sarkissian | | Armen Sargsyan
@ Nikol Pashinyan | | | Nikol Pashinian
@ Vahagn Khachaturyan | | | Vahagn Khachaturian
@ Karen Karapetyan | - | |  # Samvel Karapetyan, businessman, is better known in 2025 news
@ Alen Simonyan | - | |  # Margarita Simonyan (RT)

== azerbaijan AZE last
P* Ilham Aliyev 2003-10-31
PM Artur Rasizade 2003-11-04 2018-04-21  # also prime minister 1996-2003
PM Novruz Mammadov 2018-04-21 2019-10-08
PM Ali Asadov 2019-10-08
@ Ilham Aliyev | | | Ilham Aliev
@ Artur Rasizade | | | Artur Rasizadeh
@ Novruz Mammadov | - | | Novruz Mamedov

== moldova MDA last
# Parliamentary republic: the prime minister is flagged as the executive.  Acting presidents
# during the Constitutional Court's brief suspensions of Igor Dodon (2017-2019) not listed.
P Nicolae Timofti 2012-03-23 2016-12-23
P Igor Dodon 2016-12-23 2020-12-24
P Maia Sandu 2020-12-24
PM* Iurie Leancă 2013-04-25 2015-02-18
PM* Chiril Gaburici 2015-02-18 2015-06-22~  # resigned 2015-06-12
PM* Natalia Gherman 2015-06-22~ 2015-07-30  # acting
PM* Valeriu Streleț 2015-07-30 2015-10-30~  # dismissed by a no-confidence vote
PM* Gheorghe Brega 2015-10-30~ 2016-01-20  # acting
PM* Pavel Filip 2016-01-20 2019-06-08
PM* Maia Sandu 2019-06-08 2019-11-14
PM* Ion Chicu 2019-11-14 2020-12-31~  # resigned 2020-12-23
PM* Aureliu Ciocoi 2020-12-31~ 2021-08-06  # acting
PM* Natalia Gavrilița 2021-08-06 2023-02-16
PM* Dorin Recean 2023-02-16 2025-11-01~
PM* Alexandru Munteanu 2025-11-01~  # after the September 2025 election; verify
@ Iurie Leancă | | | Iurie Leanca; Yuri Leanca
@ Valeriu Streleț | | | Valeriu Strelet
@ Natalia Gavrilița | | | Natalia Gavrilita
@ Natalia Gherman | - | |
@ Gheorghe Brega | - | |  # Brega, Libyan oil port
@ Pavel Filip | - | |  # common given name

== kyrgyzstan KGZ last
P* Almazbek Atambayev 2011-12-01 2017-11-24
P* Sooronbay Jeenbekov 2017-11-24 2020-10-15  # resigned after the October 2020 unrest
P* Sadyr Japarov 2020-10-16 2020-11-14  # acting, as prime minister; resigned to stand for election
P* Talant Mamytov 2020-11-14 2021-01-28  # acting, as speaker of parliament
P* Sadyr Japarov 2021-01-28
PM Djoomart Otorbaev 2014-03-25 2015-04-23~
PM Temir Sariyev 2015-05-02 2016-04-13~
PM Sooronbay Jeenbekov 2016-04-13 2017-08-22
PM Sapar Isakov 2017-08-25 2018-04-20~  # dismissed by a no-confidence vote
PM Muhammetkaliy Abulgaziyev 2018-04-20 2020-06-15
PM Kubatbek Boronov 2020-06-17 2020-10-06
PM Sadyr Japarov 2020-10-06~ 2020-11-14  # named by parliament during the unrest; confirmed 2020-10-14
PM Artem Novikov 2020-11-14 2021-02-03~  # acting
# From 2021 the office is Chairman of the Cabinet of Ministers (also head of the presidential administration).
PM Ulukbek Maripov 2021-02-03~ 2021-10-12
PM Akylbek Japarov 2021-10-13 2024-12-16
PM Adylbek Kasymaliev 2024-12-16
@ Almazbek Atambayev | | | Almazbek Atambaev
@ Sooronbay Jeenbekov | | | Sooronbai Jeenbekov; Sooronbay Zheenbekov
@ Sadyr Japarov | Japarov/Zhaparov | | Sadyr Zhaparov; Sadyr Dzhaparov
@ Akylbek Japarov | - | | Akylbek Zhaparov
@ Djoomart Otorbaev | | | Joomart Otorbaev; Djoomart Otorbayev
@ Temir Sariyev | Sariyev/Sariev | | Temir Sariev
@ Muhammetkaliy Abulgaziyev | Abulgaziyev/Abylgaziev | | Mukhammedkalyi Abylgaziev; Muhammetkaly Abulgaziev
@ Artem Novikov | - | |
@ Adylbek Kasymaliev | Kasymaliev/Kasymaliyev | | Adylbek Kasymaliyev

== tajikistan TJK last
P* Emomali Rahmon 1994-11-16  # head of state as chairman of the Supreme Council from 1992-11-19
PM Kokhir Rasulzoda 2013-11-23
@ Emomali Rahmon | | | Emomali Rakhmon; Emomali Rahmonov; Emomalii Rahmon
@ Kokhir Rasulzoda | | | Qohir Rasulzoda; Kohir Rasulzoda

== uzbekistan UZB last
P* Islam Karimov 1990-03-24 2016-09-02  # died in office
P* Nigmatilla Yuldashev 2016-09-02 2016-09-08  # acting, as Senate chairman
P* Shavkat Mirziyoyev 2016-09-08  # acting until 2016-12-14
PM Shavkat Mirziyoyev 2003-12-12 2016-12-14
PM Abdulla Aripov 2016-12-14
@ Shavkat Mirziyoyev | | | Shavkat Mirziyoev; Shavkat Mirzijojev
@ Nigmatilla Yuldashev | - | |
@ Abdulla Aripov | | | Abdulla Oripov

== turkmenistan TKM last
# The president is also head of government; there is no prime minister.
P* Gurbanguly Berdimuhamedow 2006-12-21 2022-03-19  # acting until 2007-02-14
P* Serdar Berdimuhamedow 2022-03-19
@ Gurbanguly Berdimuhamedow | Berdimuhamedow/Berdimuhamedov | | Gurbanguly Berdimuhamedov; Gurbanguly Berdymukhamedov
@ Serdar Berdimuhamedow | Berdimuhamedow/Berdimuhamedov | | Serdar Berdimuhamedov; Serdar Berdymukhamedov

== sudan SDN last
P* Omar al-Bashir 1989-06-30 2019-04-11  # head of the junta until 1993-10-16; ousted by the military
CH* Ahmed Awad Ibn Auf 2019-04-11 2019-04-12  # chairman of the Transitional Military Council
CH* Abdel Fattah al-Burhan 2019-04-12  # Transitional Military Council, Sovereignty Council chairman from 2019-08-21
PM Bakri Hassan Saleh 2017-03-02 2018-09-09  # the office restored in 2017
PM Motazz Moussa 2018-09-10 2019-02-23~
PM Mohamed Tahir Ayala 2019-02-23~ 2019-04-11
PM Abdalla Hamdok 2019-08-21 2021-10-25  # deposed by the military coup
PM Abdalla Hamdok 2021-11-21 2022-01-02  # reinstated; resigned
PM Osman Hussein 2022-01-19~  2025-04-30~  # acting, appointed by al-Burhan
PM Dafallah al-Haj Ali 2025-04-30~ 2025-05-19~  # acting; verify
PM Kamil Idris 2025-05-19~  # appointed by al-Burhan; sworn in 2025-05-31
@ Omar al-Bashir | al-Bashir | | Omar Hassan al-Bashir; Omar Bashir; Omer al-Bashir
@ Ahmed Awad Ibn Auf | Ibn Auf | | Awad Ibn Auf; Awad Mohamed Ahmed Ibn Auf
@ Abdel Fattah al-Burhan | al-Burhan/Burhan | | Abdel Fattah Burhan; Abdelfattah al-Burhan
@ Bakri Hassan Saleh | - | |
@ Motazz Moussa | - | | Moataz Moussa; Motaz Musa
@ Mohamed Tahir Ayala | - | | Mohamed Tahir Eila; Mohamed Tahir Aila
@ Abdalla Hamdok | | | Abdallah Hamdok; Abdullah Hamdok
@ Osman Hussein | - | |
@ Dafallah al-Haj Ali | - | | Dafallah al-Haj Ali Yousif
@ Kamil Idris | - | | Kamil Eltayeb Idris; Kamil al-Tayeb Idris

== south_sudan SSD last
# The president heads state and government; the first vice-president (Riek Machar, 2016 and
# 2020-2025) is not listed.
P* Salva Kiir Mayardit 2011-07-09  # president of autonomous Southern Sudan from 2005-07-30
@ Salva Kiir Mayardit | Kiir | | Salva Kiir

== somalia SOM last
P* Hassan Sheikh Mohamud 2012-09-16 2017-02-16
P* Mohamed Abdullahi Mohamed 2017-02-16 2022-05-23
P* Hassan Sheikh Mohamud 2022-05-23
PM Omar Abdirashid Ali Sharmarke 2014-12-24 2017-03-01~
PM Hassan Ali Khaire 2017-03-01~ 2020-07-25  # dismissed by a no-confidence vote
PM Mahdi Mohammed Gulaid 2020-07-25 2020-09-18~  # acting
PM Mohamed Hussein Roble 2020-09-18~ 2022-06-26~
PM Hamza Abdi Barre 2022-06-26~
@ Hassan Sheikh Mohamud | - | | Hassan Sheikh; Hassan Sheikh Mahmoud
@ Mohamed Abdullahi Mohamed | - | | Farmaajo; Farmajo; Mohamed Abdullahi Farmaajo; Mohamed Abdullahi Farmajo
@ Omar Abdirashid Ali Sharmarke | Sharmarke | | Omar Abdirashid Sharmarke
@ Hassan Ali Khaire | Khaire | |
@ Mahdi Mohammed Gulaid | Gulaid | | Mahdi Guled
@ Mohamed Hussein Roble | Roble | |
@ Hamza Abdi Barre | - | | Hamza Barre

== democratic_republic_of_the_congo COD last
# Prime ministers from their appointment; several governments were installed weeks later.
P* Joseph Kabila 2001-01-26 2019-01-24  # after the assassination of his father on 2001-01-16
P* Félix Tshisekedi 2019-01-24
PM Augustin Matata Ponyo 2012-04-18 2016-11-17~
PM Samy Badibanga 2016-11-17 2017-04-07~
PM Bruno Tshibala 2017-04-07~ 2019-05-20
PM Sylvestre Ilunga 2019-05-20 2021-02-15  # resigned 2021-01-29 after a no-confidence vote
PM Jean-Michel Sama Lukonde 2021-02-15 2024-06-12~
PM Judith Suminwa 2024-06-12~  # appointed 2024-04-01; government installed in June
@ Félix Tshisekedi | | | Felix Tshisekedi; Félix Antoine Tshisekedi; Felix Antoine Tshisekedi Tshilombo
@ Augustin Matata Ponyo | Matata Ponyo | | Augustin Matata
@ Sylvestre Ilunga | Ilunkamba | | Sylvestre Ilunga Ilunkamba
@ Jean-Michel Sama Lukonde | Sama Lukonde/Lukonde | | Jean-Michel Sama Lukonde Kyenge; Sama Lukonde
@ Judith Suminwa | | | Judith Suminwa Tuluka

== mali MLI last
P* Ibrahim Boubacar Keïta 2013-09-04 2020-08-18  # ousted by the military; resigned the next day
CH* Assimi Goïta 2020-08-18 2020-09-25  # chairman of the junta (CNSP)
P* Bah Ndaw 2020-09-25 2021-05-24  # transitional; detained by the military, resigned 2021-05-26
P* Assimi Goïta 2021-05-28  # transitional; declared president by the constitutional court, sworn in 2021-06-07
PM Moussa Mara 2014-04-05 2015-01-09
PM Modibo Keïta 2015-01-09 2017-04-08
PM Abdoulaye Idrissa Maïga 2017-04-08 2017-12-29
PM Soumeylou Boubèye Maïga 2017-12-30 2019-04-18  # resigned
PM Boubou Cissé 2019-04-22 2020-08-18  # detained in the coup
PM Moctar Ouane 2020-09-27 2021-05-24  # detained by the military
PM Choguel Kokalla Maïga 2021-06-07 2024-11-20  # dismissed
PM Abdoulaye Maïga 2024-11-21
@ Ibrahim Boubacar Keïta | | | IBK; Ibrahim Boubacar Keita
@ Assimi Goïta | | | Assimi Goita
@ Modibo Keïta | | | Modibo Keita
@ Moussa Mara | - | |
@ Boubou Cissé | - | | Boubou Cisse
@ Choguel Kokalla Maïga | | | Choguel Maïga; Choguel Maiga; Choguel Kokalla Maiga
@ Soumeylou Boubèye Maïga | | | Soumeylou Boubeye Maiga

== burkina_faso BFA last
P* Michel Kafando 2014-11-21 2015-09-16  # transitional; detained in the coup of 2015-09-16
CH* Gilbert Diendéré 2015-09-17 2015-09-23  # leader of the failed coup (National Council for Democracy)
P* Michel Kafando 2015-09-23 2015-12-29  # reinstated
P* Roch Marc Christian Kaboré 2015-12-29 2022-01-24  # ousted by the military
P* Paul-Henri Sandaogo Damiba 2022-01-24 2022-09-30  # junta leader (MPSR); president from 2022-02-16; ousted
P* Ibrahim Traoré 2022-09-30  # junta leader; sworn in as transitional president 2022-10-21
PM Yacouba Isaac Zida 2014-11-19~ 2016-01-06~
PM Paul Kaba Thiéba 2016-01-06~ 2019-01-19~  # resigned 2019-01-18
PM Christophe Joseph Marie Dabiré 2019-01-21~ 2021-12-10~  # resigned 2021-12-08
PM Lassina Zerbo 2021-12-10 2022-01-24  # removed in the coup
PM Albert Ouédraogo 2022-03-03 2022-10-21~  # dismissed after the coup of 2022-09-30
PM Apollinaire Joachim Kyélem de Tambèla 2022-10-21 2024-12-06  # dismissed
PM Rimtalba Jean Emmanuel Ouédraogo 2024-12-07
@ Roch Marc Christian Kaboré | Kaboré | | Roch Kaboré; Roch Marc Christian Kabore; Roch Kabore
@ Paul-Henri Sandaogo Damiba | Damiba | | Paul-Henri Damiba
@ Ibrahim Traoré | - | | Ibrahim Traore; Captain Ibrahim Traoré; Captain Ibrahim Traore  # Traoré: a very common surname
@ Gilbert Diendéré | | | Gilbert Diendere
@ Yacouba Isaac Zida | Zida | | Isaac Zida
@ Paul Kaba Thiéba | Thiéba | | Paul Kaba Thieba
@ Christophe Joseph Marie Dabiré | Dabiré | | Christophe Dabiré; Christophe Dabire
@ Albert Ouédraogo | - | | Albert Ouedraogo
@ Apollinaire Joachim Kyélem de Tambèla | Kyélem de Tambèla/Kyélem | | Apollinaire Kyélem de Tambèla; Apollinaire Joachim Kyelem de Tambela
@ Rimtalba Jean Emmanuel Ouédraogo | - | | Jean Emmanuel Ouédraogo; Jean Emmanuel Ouedraogo

== niger NER last
P* Mahamadou Issoufou 2011-04-07 2021-04-02
P* Mohamed Bazoum 2021-04-02 2023-07-26  # deposed by the military
P* Abdourahamane Tchiani 2023-07-26  # junta leader (CNSP); sworn in as transitional president 2025-03-26
PM Brigi Rafini 2011-04-07 2021-04-03
PM Ouhoumoudou Mahamadou 2021-04-03 2023-07-26  # removed in the coup
PM Ali Lamine Zeine 2023-08-08
@ Abdourahamane Tchiani | Tchiani/Tiani | | Abdourahamane Tiani; Abdourahmane Tchiani; Omar Tchiani
@ Ouhoumoudou Mahamadou | - | |
@ Ali Lamine Zeine | Zeine | | Lamine Zeine; Ali Mahamane Lamine Zeine

== chad TCD last
P* Idriss Déby 1990-12-02 2021-04-20  # killed; seized power 1990-12-02
P* Mahamat Déby 2021-04-20  # chairman of the Transitional Military Council; transitional president from 2022-10-10; elected 2024
PM Kalzeubet Pahimi Deubet 2013-11-21 2016-02-13
PM Albert Pahimi Padacké 2016-02-13 2018-05-03  # the office abolished until 2021
PM Albert Pahimi Padacké 2021-04-26 2022-10-12
PM Saleh Kebzabo 2022-10-12 2024-01-01
PM Succès Masra 2024-01-01 2024-05-22
PM Allamaye Halina 2024-05-23
@ Idriss Déby | Déby | | Idriss Déby Itno; Idriss Deby; Idriss Deby Itno
@ Mahamat Déby | Déby | | Mahamat Idriss Déby; Mahamat Idriss Déby Itno; Mahamat Deby; Mahamat Idriss Deby; Mahamat Déby Itno
@ Kalzeubet Pahimi Deubet | Pahimi Deubet | |
@ Albert Pahimi Padacké | Pahimi Padacké/Padacké | | Albert Pahimi Padacke
@ Succès Masra | | | Succes Masra

== guinea GIN last
P* Alpha Condé 2010-12-21 2021-09-05  # deposed by the military
P* Mamady Doumbouya 2021-09-05  # junta leader (CNRD); sworn in as transitional president 2021-10-01
PM Mohamed Saïd Fofana 2010-12-24 2015-12-26~
PM Mamady Youla 2015-12-26 2018-05-21~
PM Ibrahima Kassory Fofana 2018-05-21 2021-09-05
PM Mohamed Béavogui 2021-10-06 2022-07-16~  # ill from July 2022
PM Bernard Goumou 2022-07-16~ 2024-02-19  # acting until 2022-08-20; government dissolved
PM Amadou Oury Bah 2024-02-27
@ Alpha Condé | | | Alpha Conde
@ Mohamed Saïd Fofana | | | Mohamed Said Fofana
@ Ibrahima Kassory Fofana | | | Kassory Fofana
@ Mohamed Béavogui | | | Mohamed Beavogui
@ Amadou Oury Bah | - | | Bah Oury; Amadou Bah Oury

== tunisia TUN last
P* Beji Caid Essebsi 2014-12-31 2019-07-25  # died in office
P* Mohamed Ennaceur 2019-07-25 2019-10-23  # acting, as speaker of parliament
P* Kais Saied 2019-10-23
PM Mehdi Jomaa 2014-01-29 2015-02-06
PM Habib Essid 2015-02-06 2016-08-27
PM Youssef Chahed 2016-08-27 2020-02-27
PM Elyes Fakhfakh 2020-02-27 2020-09-02
PM Hichem Mechichi 2020-09-02 2021-07-25  # dismissed when the president assumed emergency powers
PM Najla Bouden 2021-10-11 2023-08-01
PM Ahmed Hachani 2023-08-01 2024-08-07
PM Kamel Madouri 2024-08-07 2025-03-20~  # dismissed
PM Sara Zaafrani Zenzri 2025-03-21~
@ Beji Caid Essebsi | Caid Essebsi/Essebsi | | Béji Caïd Essebsi; Beji Caid el Sebsi; Beji Caid Sebsi
@ Kais Saied | Saied/Saïed | | Kaïs Saïed; Kais Saeid; Qais Saied
@ Najla Bouden | | | Najla Bouden Romdhane
@ Sara Zaafrani Zenzri | Zaafrani Zenzri/Zenzri | | Sarra Zaafrani Zenzri

== libya LBY last
# Rival governments since 2014.  Flagged as the executive: the internationally recognised
# head of government.  The Tripoli governments of the General National Congress (Omar al-Hassi,
# Khalifa al-Ghawil, 2014-2016) are not listed.
O Aguila Saleh Issa 2014-08-05 2021-03-15  # Speaker of the House of Representatives, counted head of state until the Presidential Council of 2021; still speaker
PM* Abdullah al-Thani 2014-03-11 2016-03-30  # interim; reappointed by the House of Representatives in 2014
PM Abdullah al-Thani 2016-03-30 2021-03-15  # rival government in the east
PM* Fayez al-Sarraj 2016-03-30 2021-03-15  # chairman of the Presidential Council and prime minister of the Government of National Accord
P Mohamed al-Menfi 2021-03-15  # chairman of the Presidential Council
PM* Abdul Hamid Dbeibeh 2021-03-15  # Government of National Unity
PM Fathi Bashagha 2022-03-03 2023-05-16  # rival government appointed by the House of Representatives; suspended
PM Osama Hammad 2023-05-16  # rival government in the east
@ Aguila Saleh Issa | - | | Aguila Saleh; Agila Saleh; Aqila Saleh
@ Abdullah al-Thani | - | | Abdullah al-Thinni; Abdullah Thinni
@ Fayez al-Sarraj | al-Sarraj/Sarraj | | Fayez Sarraj; Fayez al-Serraj; Fayez Serraj
@ Mohamed al-Menfi | al-Menfi/Menfi | | Mohammed al-Menfi; Mohamed Younis al-Menfi
@ Abdul Hamid Dbeibeh | Dbeibeh/Dbeibah | | Abdul Hamid Dbeibah; Abdulhamid Dbeibah; Abdulhamid al-Dbeibah; Abdul Hamid al-Dbeibah
@ Fathi Bashagha | | | Fathi Bashaga
@ Osama Hammad | - | |

== yemen YEM last
# Houthi authorities in Sanaa (unrecognised) are listed as officials (O), not as presidents.
P* Abdrabbuh Mansur Hadi 2012-02-25 2022-04-07  # handed his powers to the Presidential Leadership Council
P* Rashad al-Alimi 2022-04-07  # chairman of the Presidential Leadership Council
PM Khaled Bahah 2014-11-09 2016-04-03
PM Ahmed Obeid bin Daghr 2016-04-04 2018-10-15
PM Maeen Abdulmalik Saeed 2018-10-15 2024-02-05
PM Ahmad Awad bin Mubarak 2024-02-05 2025-05-03~  # resigned
PM Salem Saleh bin Braik 2025-05-06~
O Mohammed Ali al-Houthi 2015-02-06 2016-08-15~  # Houthi Supreme Revolutionary Committee head
O Saleh al-Sammad 2016-08-15~ 2018-04-19  # Houthi Supreme Political Council president; killed in an airstrike
O Mahdi al-Mashat 2018-04-25  # Houthi Supreme Political Council president
O Abdel-Aziz bin Habtour 2016-10-04~ 2024-08-10~  # prime minister of the Houthi government
O Ahmed al-Rahawi 2024-08-10~ 2025-08-28  # prime minister of the Houthi government; killed in an Israeli strike
@ Abdrabbuh Mansur Hadi | - | | Abd Rabbuh Mansur Hadi; Abed Rabbo Mansour Hadi; Abdu Rabu Mansour Hadi; Mansour Hadi
@ Rashad al-Alimi | al-Alimi/Alimi | | Rashad Muhammad al-Alimi
@ Ahmed Obeid bin Daghr | bin Daghr | | Ahmed bin Daghr; Ahmed Obaid bin Daghr
@ Maeen Abdulmalik Saeed | - | | Maeen Abdulmalik; Maeen Abdul Malik
@ Ahmad Awad bin Mubarak | bin Mubarak | | Ahmed Awad bin Mubarak; Ahmed bin Mubarak
@ Salem Saleh bin Braik | bin Braik | | Salem bin Breik; Salem bin Braik
@ Mohammed Ali al-Houthi | - | |
@ Saleh al-Sammad | al-Sammad | | Saleh Ali al-Sammad
@ Mahdi al-Mashat | al-Mashat | | Mahdi al-Mashat; Mahdi al-Mashad
@ Abdel-Aziz bin Habtour | bin Habtour | | Abdulaziz bin Habtoor; Abdelaziz bin Habtour
@ Ahmed al-Rahawi | al-Rahawi | | Ahmed Ghaleb al-Rahawi

== el_salvador SLV last
P* Salvador Sánchez Cerén 2014-06-01 2019-06-01
P* Nayib Bukele 2019-06-01 2023-12-01  # on leave to stand for re-election
P* Claudia Rodríguez de Guevara 2023-12-01 2024-06-01  # designated president during Bukele's leave
P* Nayib Bukele 2024-06-01
@ Salvador Sánchez Cerén | Sánchez Cerén | | Salvador Sanchez Ceren
@ Claudia Rodríguez de Guevara | - | | Claudia Rodriguez de Guevara

== ecuador ECU last
P* Rafael Correa 2007-01-15 2017-05-24
P* Lenín Moreno 2017-05-24 2021-05-24
P* Guillermo Lasso 2021-05-24 2023-11-23
P* Daniel Noboa 2023-11-23
@ Lenín Moreno | | | Lenin Moreno
@ Daniel Noboa | | | Daniel Noboa Azín

== honduras HND last
P* Juan Orlando Hernández 2014-01-27 2022-01-27
P* Xiomara Castro 2022-01-27  # term ends 2026-01-27
@ Juan Orlando Hernández | - | | Juan Orlando Hernandez; JOH
@ Xiomara Castro | - | | Xiomara Castro de Zelaya

== guatemala GTM last
P* Otto Pérez Molina 2012-01-14 2015-09-03  # resigned amid a corruption scandal
P* Alejandro Maldonado 2015-09-03 2016-01-14
P* Jimmy Morales 2016-01-14 2020-01-14
P* Alejandro Giammattei 2020-01-14 2024-01-14
P* Bernardo Arévalo 2024-01-15  # sworn in just after midnight
@ Otto Pérez Molina | Pérez Molina | | Otto Perez Molina
@ Alejandro Maldonado | - | | Alejandro Maldonado Aguirre
@ Bernardo Arévalo | | | Bernardo Arevalo

== haiti HTI last
# After the assassination of Jovenel Moïse the prime minister, then the chair of the
# Transitional Presidential Council (installed 2024-04-25), is flagged as the executive.
P* Michel Martelly 2011-05-14 2016-02-07
P* Jocelerme Privert 2016-02-14 2017-02-07  # provisional
P* Jovenel Moïse 2017-02-07 2021-07-07  # assassinated
PM Florence Duperval Guillaume 2014-12-20 2015-01-16  # acting
PM Evans Paul 2015-01-16 2016-03-28~
PM Enex Jean-Charles 2016-03-28~ 2017-03-21
PM Jack Guy Lafontant 2017-03-21 2018-09-17  # resigned 2018-07-14
PM Jean-Henry Céant 2018-09-17 2019-03-21~  # dismissed by a no-confidence vote
PM Jean-Michel Lapin 2019-03-21~ 2020-03-04  # acting
PM Joseph Jouthe 2020-03-04 2021-04-14
PM Claude Joseph 2021-04-14 2021-07-07  # acting
PM* Claude Joseph 2021-07-07 2021-07-20  # acting
PM* Ariel Henry 2021-07-20 2024-04-25  # resigned
PM Michel Patrick Boisvert 2024-04-25 2024-06-03~  # acting
PM Garry Conille 2024-06-03~ 2024-11-11~  # dismissed by the Transitional Presidential Council
PM Alix Didier Fils-Aimé 2024-11-11~
CH* Edgard Leblanc Fils 2024-04-30 2024-10-07  # chair of the Transitional Presidential Council
CH* Leslie Voltaire 2024-10-07 2025-03-07  # chair of the Transitional Presidential Council
CH* Fritz Alphonse Jean 2025-03-07 2025-08-07  # chair of the Transitional Presidential Council
CH* Laurent Saint-Cyr 2025-08-07  # chair of the Transitional Presidential Council
@ Jovenel Moïse | - | | Jovenel Moise
@ Jocelerme Privert | | | Jocelerme Privert
@ Florence Duperval Guillaume | Duperval Guillaume | |
@ Evans Paul | - | |
@ Enex Jean-Charles | - | |
@ Jean-Henry Céant | | | Jean-Henry Ceant; Jean Henry Céant
@ Claude Joseph | - | |
@ Ariel Henry | - | |
@ Michel Patrick Boisvert | - | | Patrick Boisvert
@ Alix Didier Fils-Aimé | Fils-Aimé | | Alix Didier Fils-Aime
@ Edgard Leblanc Fils | Leblanc Fils | |
@ Leslie Voltaire | - | |
@ Fritz Alphonse Jean | - | | Fritz Jean

== nicaragua NIC last
P* Daniel Ortega 2007-01-10  # also president 1985-1990
P Rosario Murillo 2025-02-18  # co-president under the constitutional reform of 2025; vice-president from 2017-01-10
@ Daniel Ortega | | | Daniel Ortega Saavedra

== bolivia BOL last
P* Evo Morales 2006-01-22 2019-11-10  # resigned amid the post-election crisis
P* Jeanine Áñez 2019-11-12 2020-11-08  # interim
P* Luis Arce 2020-11-08 2025-11-08
P* Rodrigo Paz 2025-11-08
@ Evo Morales | | | Juan Evo Morales Ayma
@ Jeanine Áñez | | | Jeanine Añez
@ Luis Arce | | | Luis Arce Catacora; Lucho Arce
@ Rodrigo Paz | - | | Rodrigo Paz Pereira

== maldives MDV last
P* Abdulla Yameen 2013-11-17 2018-11-17
P* Ibrahim Mohamed Solih 2018-11-17 2023-11-17
P* Mohamed Muizzu 2023-11-17
@ Abdulla Yameen | | | Abdulla Yameen Abdul Gayoom
@ Ibrahim Mohamed Solih | Solih | | Ibu Solih; Ibrahim Solih

== rwanda RWA last
P* Paul Kagame 2000-04-22  # acting from 2000-03-24
PM Anastase Murekezi 2014-07-24 2017-08-30
PM Édouard Ngirente 2017-08-30 2025-07-23
PM Justin Nsengiyumva 2025-07-23
@ Édouard Ngirente | | | Edouard Ngirente

== uganda UGA last
P* Yoweri Museveni 1986-01-29
PM Ruhakana Rugunda 2014-09-18 2021-06-21~
PM Robinah Nabbanja 2021-06-21~
@ Yoweri Museveni | | | Yoweri Kaguta Museveni

== tanzania TZA last
P* Jakaya Kikwete 2005-12-21 2015-11-05
P* John Magufuli 2015-11-05 2021-03-17  # died in office
P* Samia Suluhu Hassan 2021-03-19
PM Mizengo Pinda 2008-02-09 2015-11-20
PM Kassim Majaliwa 2015-11-20 2025-11-13~
PM Mwigulu Nchemba 2025-11-13~  # after the October 2025 election; verify
@ John Magufuli | | | John Pombe Magufuli
@ Samia Suluhu Hassan | Suluhu | | Samia Suluhu; Samia Hassan
@ Mwigulu Nchemba | | | Mwigulu Lameck Nchemba

== zimbabwe ZWE last
# No prime minister since 2013.  Phelekezela Mphoko's claim to the acting presidency
# (2017-11-21..24) is not listed.
P* Robert Mugabe 1987-12-31 2017-11-21  # resigned after the military takeover; prime minister from 1980-04-18
P* Emmerson Mnangagwa 2017-11-24

== senegal SEN last
# The office of prime minister was abolished from 2019-05-14 to 2022-09-17.
P* Macky Sall 2012-04-02 2024-04-02
P* Bassirou Diomaye Faye 2024-04-02
PM Mohammed Dionne 2014-07-04 2019-05-14
PM Amadou Ba 2022-09-17 2024-03-06  # resigned to stand for president
PM Sidiki Kaba 2024-03-06 2024-04-02
PM Ousmane Sonko 2024-04-02
@ Bassirou Diomaye Faye | Diomaye Faye/Diomaye | | Bassirou Diomaye; Diomaye Faye
@ Mohammed Dionne | - | | Mohammed Boun Abdallah Dionne; Mahammed Boun Abdallah Dionne
@ Amadou Ba | - | |
@ Sidiki Kaba | - | |

== ivory_coast CIV last
P* Alassane Ouattara 2010-12-04  # declared winner of the disputed election; in control from 2011-04-11
PM Daniel Kablan Duncan 2012-11-21 2017-01-10
PM Amadou Gon Coulibaly 2017-01-10 2020-07-08  # died in office
PM Hamed Bakayoko 2020-07-08~ 2021-03-08~  # acting until 2020-07-30; died 2021-03-10
PM Patrick Achi 2021-03-08~ 2023-10-06  # acting until 2021-03-26
PM Robert Beugré Mambé 2023-10-17~
@ Alassane Ouattara | | | Alassane Dramane Ouattara; ADO
@ Daniel Kablan Duncan | Kablan Duncan | |
@ Amadou Gon Coulibaly | - | | Gon Coulibaly
@ Robert Beugré Mambé | Beugré Mambé/Mambé | | Robert Beugre Mambe

== cameroon CMR last
P* Paul Biya 1982-11-06
PM Philémon Yang 2009-06-30 2019-01-04
PM Joseph Dion Ngute 2019-01-04
@ Philémon Yang | - | | Philemon Yang
@ Joseph Dion Ngute | Dion Ngute/Ngute | |

== fiji FJI last
P Epeli Nailatikau 2009-07-30 2015-11-12  # acting until 2009-11-05
P Jioji Konrote 2015-11-12 2021-11-12
P Wiliame Katonivere 2021-11-12 2024-11-12~
P Naiqama Lalabalavu 2024-11-12~  # elected by parliament in October 2024; verify
PM* Frank Bainimarama 2007-01-05 2022-12-24  # interim head of government after his coup of 2006-12-05
PM* Sitiveni Rabuka 2022-12-24  # also prime minister 1992-1999
@ Epeli Nailatikau | | | Ratu Epeli Nailatikau
@ Wiliame Katonivere | | | Ratu Wiliame Katonivere
@ Naiqama Lalabalavu | | | Ratu Naiqama Lalabalavu
@ Frank Bainimarama | | | Voreqe Bainimarama; Josaia Voreqe Bainimarama

== solomon_islands SLB last
PM* Manasseh Sogavare 2014-12-09 2017-11-15  # ousted by a no-confidence vote
PM* Rick Houenipwela 2017-11-15 2019-04-24
PM* Manasseh Sogavare 2019-04-24 2024-05-02
PM* Jeremiah Manele 2024-05-02
@ Rick Houenipwela | | | Rick Hou

== lithuania LTU last
# Semi-presidential: the president (who sits in the European Council) is flagged as the executive.
P* Dalia Grybauskaitė 2009-07-12 2019-07-12
P* Gitanas Nausėda 2019-07-12
PM Algirdas Butkevičius 2012-12-13 2016-12-13
PM Saulius Skvernelis 2016-12-13 2020-12-11
PM Ingrida Šimonytė 2020-12-11 2024-12-12
PM Gintautas Paluckas 2024-12-12 2025-08-26~  # resigned 2025-07-31
PM Inga Ruginienė 2025-08-26~

== latvia LVA last
P Andris Bērziņš 2011-07-08 2015-07-08
P Raimonds Vējonis 2015-07-08 2019-07-08
P Egils Levits 2019-07-08 2023-07-08
P Edgars Rinkēvičs 2023-07-08
PM* Laimdota Straujuma 2014-01-22 2016-02-11
PM* Māris Kučinskis 2016-02-11 2019-01-23
PM* Krišjānis Kariņš 2019-01-23 2023-09-15
PM* Evika Siliņa 2023-09-15

== romania ROU last
# Semi-presidential: the president (who sits in the European Council) is flagged as the executive.
P* Klaus Iohannis 2014-12-21 2025-02-12  # resigned
P* Ilie Bolojan 2025-02-12 2025-05-26  # acting, as Senate president
P* Nicușor Dan 2025-05-26
PM Victor Ponta 2012-05-07 2015-11-04  # resigned
PM Sorin Cîmpeanu 2015-11-05 2015-11-17  # acting
PM Dacian Cioloș 2015-11-17 2017-01-04
PM Sorin Grindeanu 2017-01-04 2017-06-29  # dismissed by a no-confidence vote
PM Mihai Tudose 2017-06-29 2018-01-16  # resigned
PM Mihai Fifor 2018-01-16 2018-01-29  # acting
PM Viorica Dăncilă 2018-01-29 2019-11-04
PM Ludovic Orban 2019-11-04 2020-12-07  # resigned after the election
PM Nicolae Ciucă 2020-12-07 2020-12-23  # acting
PM Florin Cîțu 2020-12-23 2021-11-25  # dismissed by a no-confidence vote 2021-10-05
PM Nicolae Ciucă 2021-11-25 2023-06-15
PM Marcel Ciolacu 2023-06-15 2025-05-06  # resigned
PM Cătălin Predoiu 2025-05-06 2025-06-23  # acting
PM Ilie Bolojan 2025-06-23
@ Klaus Iohannis | | | Klaus Werner Iohannis
@ Nicușor Dan | - | | Nicusor Dan; Nicuşor Dan
@ Ludovic Orban | - | |  # Orban: Viktor Orbán
@ Dacian Cioloș | Cioloș/Cioloş | | Dacian Cioloş
@ Florin Cîțu | Cîțu/Câțu | | Florin Citu; Florin Câțu
@ Nicolae Ciucă | Ciucă | | Nicolae Ciuca

== bulgaria BGR last
P Rosen Plevneliev 2012-01-22 2017-01-22
P Rumen Radev 2017-01-22
PM* Boyko Borisov 2014-11-07 2017-01-27
PM* Ognyan Gerdzhikov 2017-01-27 2017-05-04  # caretaker
PM* Boyko Borisov 2017-05-04 2021-05-12
PM* Stefan Yanev 2021-05-12 2021-12-13  # caretaker
PM* Kiril Petkov 2021-12-13 2022-08-02
PM* Galab Donev 2022-08-02 2023-06-06  # caretaker
PM* Nikolai Denkov 2023-06-06 2024-04-09
PM* Dimitar Glavchev 2024-04-09 2025-01-16  # caretaker
PM* Rosen Zhelyazkov 2025-01-16  # his government resigned in December 2025 (not verified)
@ Boyko Borisov | | | Boiko Borissov; Boyko Borissov
@ Kiril Petkov | | | Kiril Petkov
@ Galab Donev | | | Gylab Donev
@ Nikolai Denkov | | | Nikolay Denkov

== czechia CZE last
P Miloš Zeman 2013-03-08 2023-03-08
P Petr Pavel 2023-03-09
PM* Bohuslav Sobotka 2014-01-29 2017-12-06
PM* Andrej Babiš 2017-12-06 2021-11-28
PM* Petr Fiala 2021-11-28  # Babiš's return after the October 2025 election not verified
@ Petr Pavel | - | |
@ Andrej Babiš | | | Andrej Babis

== slovakia SVK last
P Andrej Kiska 2014-06-15 2019-06-15
P Zuzana Čaputová 2019-06-15 2024-06-15
P Peter Pellegrini 2024-06-15
PM* Robert Fico 2012-04-04 2018-03-22  # also prime minister 2006-2010
PM* Peter Pellegrini 2018-03-22 2020-03-21
PM* Igor Matovič 2020-03-21 2021-04-01
PM* Eduard Heger 2021-04-01 2023-05-15
PM* Ľudovít Ódor 2023-05-15 2023-10-25  # caretaker
PM* Robert Fico 2023-10-25

== croatia HRV last
P Ivo Josipović 2010-02-18 2015-02-19
P Kolinda Grabar-Kitarović 2015-02-19 2020-02-19
P Zoran Milanović 2020-02-19
PM* Zoran Milanović 2011-12-23 2016-01-22
PM* Tihomir Orešković 2016-01-22 2016-10-19
PM* Andrej Plenković 2016-10-19
@ Kolinda Grabar-Kitarović | Grabar-Kitarović | | Kolinda Grabar Kitarović

== albania ALB last
P Bujar Nishani 2012-07-24 2017-07-24
P Ilir Meta 2017-07-24 2022-07-24
P Bajram Begaj 2022-07-24
PM* Edi Rama 2013-09-15
@ Edi Rama | - | | Edvin Rama  # Rama: a common given name (also in Indonesia)
@ Ilir Meta | - | |  # Meta, the company

== kosovo XKX last
P Atifete Jahjaga 2011-04-07 2016-04-07
P Hashim Thaçi 2016-04-07 2020-11-05  # resigned on his indictment by the Kosovo Specialist Chambers
P Vjosa Osmani 2020-11-05 2021-03-22  # acting, as speaker of parliament
P Glauk Konjufca 2021-03-22 2021-04-04  # acting, as speaker of parliament
P Vjosa Osmani 2021-04-04
PM* Isa Mustafa 2014-12-09 2017-09-09
PM* Ramush Haradinaj 2017-09-09 2020-02-03
PM* Albin Kurti 2020-02-03 2020-06-03  # ousted by a no-confidence vote
PM* Avdullah Hoti 2020-06-03 2021-03-22
PM* Albin Kurti 2021-03-22  # caretaker after the February 2025 election
@ Hashim Thaçi | | | Hashim Thaci
@ Isa Mustafa | - | |

== north_macedonia MKD last
P Gjorge Ivanov 2009-05-12 2019-05-12
P Stevo Pendarovski 2019-05-12 2024-05-12
P Gordana Siljanovska-Davkova 2024-05-12
PM* Nikola Gruevski 2006-08-27 2016-01-18
PM* Emil Dimitriev 2016-01-18 2017-05-31  # caretaker
PM* Zoran Zaev 2017-05-31 2020-01-03
PM* Oliver Spasovski 2020-01-03 2020-08-30  # caretaker
PM* Zoran Zaev 2020-08-31 2022-01-16
PM* Dimitar Kovačevski 2022-01-17 2024-01-28
PM* Talat Xhaferi 2024-01-28 2024-06-23  # caretaker
PM* Hristijan Mickoski 2024-06-23
@ Gjorge Ivanov | - | | George Ivanov; Đorđe Ivanov  # Ivanov: a very common surname
@ Gordana Siljanovska-Davkova | Siljanovska-Davkova/Siljanovska | | Gordana Siljanovska Davkova
@ Dimitar Kovačevski | | | Dimitar Kovachevski

== montenegro MNE last
P Filip Vujanović 2003-05-22~ 2018-05-20  # acting from 2002-11-25 as speaker
P Milo Đukanović 2018-05-20 2023-05-20
P Jakov Milatović 2023-05-20
PM* Milo Đukanović 2012-12-04 2016-11-28  # also prime minister 1991-1998, 2003-2006 and 2008-2010
PM* Duško Marković 2016-11-28 2020-12-04
PM* Zdravko Krivokapić 2020-12-04 2022-04-28
PM* Dritan Abazović 2022-04-28 2023-10-31
PM* Milojko Spajić 2023-10-31
@ Milo Đukanović | Đukanović/Djukanović/Djukanovic | | Milo Djukanović; Milo Djukanovic
@ Duško Marković | - | | Dusko Markovic

== cyprus CYP last
P* Nicos Anastasiades 2013-02-28 2023-02-28
P* Nikos Christodoulides 2023-02-28
@ Nicos Anastasiades | | | Nikos Anastasiadis
@ Nikos Christodoulides | | | Nicos Christodoulides

== kuwait KWT none
# The Emir holds executive power and is flagged as the executive.
M* Sabah Al-Ahmad Al-Jaber Al-Sabah 2006-01-29 2020-09-29  # died in office
M* Nawaf Al-Ahmad Al-Jaber Al-Sabah 2020-09-29 2023-12-16  # died in office
M* Mishal Al-Ahmad Al-Jaber Al-Sabah 2023-12-16  # crown prince exercising most of the Emir's duties from 2021-11-15
PM Jaber Al-Mubarak Al-Hamad Al-Sabah 2011-11-30 2019-11-19
PM Sabah Al-Khalid Al-Sabah 2019-11-19 2022-07-24
PM Ahmad Nawaf Al-Ahmad Al-Sabah 2022-07-24 2024-01-04
PM Mohammad Sabah Al-Salem Al-Sabah 2024-01-04 2024-04-15~
PM Ahmad Abdullah Al-Ahmad Al-Sabah 2024-04-15~
@ Sabah Al-Ahmad Al-Jaber Al-Sabah | - | | Sabah al-Ahmad al-Jaber al-Sabah; Sabah al-Ahmad al-Sabah; Sheikh Sabah al-Ahmad; Emir Sabah
@ Nawaf Al-Ahmad Al-Jaber Al-Sabah | - | | Nawaf al-Ahmad al-Jaber al-Sabah; Nawaf al-Ahmad al-Sabah; Sheikh Nawaf al-Ahmad; Emir Nawaf
@ Mishal Al-Ahmad Al-Jaber Al-Sabah | - | | Mishal al-Ahmad al-Jaber al-Sabah; Meshal al-Ahmad al-Jaber al-Sabah; Mishal al-Ahmad al-Sabah; Sheikh Mishal al-Ahmad; Sheikh Meshal al-Ahmad; Emir Mishal
@ Jaber Al-Mubarak Al-Hamad Al-Sabah | - | | Jaber al-Mubarak al-Sabah; Sheikh Jaber al-Mubarak
@ Sabah Al-Khalid Al-Sabah | - | | Sabah al-Khalid al-Sabah; Sheikh Sabah al-Khalid
@ Ahmad Nawaf Al-Ahmad Al-Sabah | - | | Ahmad Nawaf al-Sabah; Sheikh Ahmad Nawaf
@ Mohammad Sabah Al-Salem Al-Sabah | - | | Mohammad Sabah al-Salem al-Sabah; Sheikh Mohammad Sabah al-Salem
@ Ahmad Abdullah Al-Ahmad Al-Sabah | - | | Ahmad Abdullah al-Ahmad al-Sabah; Sheikh Ahmad Abdullah

== oman OMN none
# The Sultan is also prime minister and is flagged as the executive.
M* Qaboos bin Said 1970-07-23 2020-01-10  # died in office
M* Haitham bin Tariq 2020-01-11
@ Qaboos bin Said | - | | Sultan Qaboos; Qaboos bin Said Al Said
@ Haitham bin Tariq | - | | Sultan Haitham; Haitham bin Tariq Al Said; Haitham bin Tarik

== bahrain BHR none
# The King holds executive power and is flagged as the executive.
M* Hamad bin Isa Al Khalifa 1999-03-06  # Emir, King from 2002-02-14
PM Khalifa bin Salman Al Khalifa 1971-08-15 2020-11-11  # died in office
PM Salman bin Hamad Al Khalifa 2020-11-11  # crown prince
@ Hamad bin Isa Al Khalifa | - | | King Hamad; Hamad bin Isa; King Hamad bin Isa Al Khalifa
@ Khalifa bin Salman Al Khalifa | - | | Khalifa bin Salman; Sheikh Khalifa bin Salman
@ Salman bin Hamad Al Khalifa | - | | Salman bin Hamad; Crown Prince Salman bin Hamad; Sheikh Salman bin Hamad

== paraguay PRY last
P* Horacio Cartes 2013-08-15 2018-08-15
P* Mario Abdo Benítez 2018-08-15 2023-08-15
P* Santiago Peña 2023-08-15
@ Mario Abdo Benítez | Abdo Benítez/Abdo | | Mario Abdo Benitez; Marito Abdo
@ Santiago Peña | - | | Santiago Pena

== uruguay URY last
P* José Mujica 2010-03-01 2015-03-01
P* Tabaré Vázquez 2015-03-01 2020-03-01  # also president 2005-2010
P* Luis Lacalle Pou 2020-03-01 2025-03-01
P* Yamandú Orsi 2025-03-01
@ José Mujica | | | Pepe Mujica; Jose Mujica
@ Tabaré Vázquez | - | | Tabare Vazquez
@ Luis Lacalle Pou | Lacalle Pou/Lacalle | |

== dominican_republic DOM last
P* Danilo Medina 2012-08-16 2020-08-16
P* Luis Abinader 2020-08-16
@ Danilo Medina | - | |

== panama PAN last
P* Juan Carlos Varela 2014-07-01 2019-07-01
P* Laurentino Cortizo 2019-07-01 2024-07-01
P* José Raúl Mulino 2024-07-01
@ Laurentino Cortizo | | | Nito Cortizo
@ José Raúl Mulino | | | Jose Raul Mulino

== costa_rica CRI last
P* Luis Guillermo Solís 2014-05-08 2018-05-08
P* Carlos Alvarado Quesada 2018-05-08 2022-05-08
P* Rodrigo Chaves Robles 2022-05-08
@ Luis Guillermo Solís | - | | Luis Guillermo Solis
@ Carlos Alvarado Quesada | Alvarado Quesada | | Carlos Alvarado
@ Rodrigo Chaves Robles | Chaves | | Rodrigo Chaves

== zambia ZMB last
P* Guy Scott 2014-10-29 2015-01-25  # acting after the death of Michael Sata
P* Edgar Lungu 2015-01-25 2021-08-24
P* Hakainde Hichilema 2021-08-24
@ Guy Scott | - | |

== mozambique MOZ last
P* Armando Guebuza 2005-02-02 2015-01-15
P* Filipe Nyusi 2015-01-15 2025-01-15
P* Daniel Chapo 2025-01-15
PM Alberto Vaquina 2012-10-08 2015-01-17
PM Carlos Agostinho do Rosário 2015-01-17 2022-03-03
PM Adriano Maleiane 2022-03-03 2025-01-17~
PM Maria Benvinda Levi 2025-01-17~
@ Daniel Chapo | - | |  # 'El Chapo'
@ Carlos Agostinho do Rosário | Agostinho do Rosário | | Carlos Agostinho do Rosario
@ Maria Benvinda Levi | - | | Benvinda Levi

== angola AGO last
# No prime minister since 2010.
P* José Eduardo dos Santos 1979-09-21 2017-09-26
P* João Lourenço 2017-09-26
@ José Eduardo dos Santos | - | | Jose Eduardo dos Santos; Eduardo dos Santos
@ João Lourenço | | | Joao Lourenco

== eritrea ERI last
P* Isaias Afwerki 1993-05-24  # de facto leader from 1991-05-24
@ Isaias Afwerki | Afwerki | | Isaias Afewerki; Isayas Afewerki

== djibouti DJI last
P* Ismaïl Omar Guelleh 1999-05-08
PM Abdoulkader Kamil Mohamed 2013-04-01
@ Ismaïl Omar Guelleh | Guelleh | | Ismail Omar Guelleh
@ Abdoulkader Kamil Mohamed | - | | Abdoulkader Kamil

== gabon GAB last
P* Ali Bongo Ondimba 2009-10-16 2023-08-30  # deposed by the military
P* Brice Clotaire Oligui Nguema 2023-08-30  # junta leader; transitional president from 2023-09-04; elected 2025
PM Daniel Ona Ondo 2014-01-24 2016-09-28
PM Emmanuel Issoze-Ngondet 2016-09-28 2019-01-12
PM Julien Nkoghe Bekale 2019-01-12 2020-07-16
PM Rose Christiane Raponda 2020-07-16 2023-01-09
PM Alain Claude Bilie By Nze 2023-01-09 2023-08-30  # removed in the coup
PM Raymond Ndong Sima 2023-09-07 2025-05-05~  # transitional; the office was abolished by the constitution of 2024
@ Ali Bongo Ondimba | Bongo Ondimba/Bongo | | Ali Bongo
@ Brice Clotaire Oligui Nguema | Oligui Nguema/Oligui | | Brice Oligui Nguema
@ Daniel Ona Ondo | Ona Ondo | |
@ Julien Nkoghe Bekale | Nkoghe Bekale | |
@ Rose Christiane Raponda | Raponda | | Rose Christiane Ossouka Raponda
@ Alain Claude Bilie By Nze | Bilie By Nze | | Alain-Claude Bilie-By-Nze
@ Raymond Ndong Sima | Ndong Sima | |

== burundi BDI last
# The office of prime minister was restored in 2020.
P* Pierre Nkurunziza 2005-08-26 2020-06-08  # died in office
P* Évariste Ndayishimiye 2020-06-18
PM Alain-Guillaume Bunyoni 2020-06-23 2022-09-07
PM Gervais Ndirakobuca 2022-09-07  # a change after the 2025 election not verified
@ Évariste Ndayishimiye | | | Evariste Ndayishimiye

== malawi MWI last
P* Peter Mutharika 2014-05-31 2020-06-28
P* Lazarus Chakwera 2020-06-28 2025-10-04
P* Peter Mutharika 2025-10-04
@ Peter Mutharika | | | Arthur Peter Mutharika

== vanuatu VUT last
P Baldwin Lonsdale 2014-09-22 2017-06-17  # died in office
P Tallis Obed Moses 2017-07-06 2022-07-23
P Nikenike Vurobaravu 2022-07-23
PM* Joe Natuman 2014-05-15 2015-06-11
PM* Sato Kilman 2015-06-11 2016-02-11
PM* Charlot Salwai 2016-02-11 2020-04-20
PM* Bob Loughman 2020-04-20 2022-11-04
PM* Ishmael Kalsakau 2022-11-04 2023-09-04  # ousted by a no-confidence vote
PM* Sato Kilman 2023-09-04 2023-10-06
PM* Charlot Salwai 2023-10-06 2025-02-11~
PM* Jotham Napat 2025-02-11~
@ Tallis Obed Moses | - | |
@ Charlot Salwai | | | Charlot Salwai Tabimasmas

== tonga TON last
M Tupou VI 2012-03-18
PM* ʻAkilisi Pōhiva 2014-12-30 2019-09-12  # died in office
PM* Semisi Sika 2019-09-12 2019-10-08  # acting
PM* Pohiva Tuʻiʻonetoa 2019-10-08 2021-12-27
PM* Siaosi Sovaleni 2021-12-27 2024-12-09  # resigned
PM* Samiu Vaipulu 2024-12-09 2024-12-24~  # acting
PM* ʻAisake Eke 2024-12-24~  # the outcome of the November 2025 election not known to the author
@ Tupou VI | - | | King Tupou VI; King of Tonga Tupou VI
@ ʻAkilisi Pōhiva | Pōhiva | | Akilisi Pohiva; Akilisi Pōhiva
@ Semisi Sika | - | |
@ Pohiva Tuʻiʻonetoa | Tuʻiʻonetoa/Tuionetoa/Tu'i'onetoa | | Pohiva Tuionetoa; Pohiva Tu'i'onetoa
@ ʻAisake Eke | | | Aisake Eke

== samoa WSM last
P Tui Ātua Tupua Tamasese Efi 2007-06-20 2017-07-21  # O le Ao o le Malo (head of state)
P Vaʻaletoa Sualauvi II 2017-07-21  # O le Ao o le Malo (head of state)
PM* Tuilaepa Sailele Malielegaoi 1998-11-23 2021-05-24  # refused to cede office until 2021-07-23
PM* Fiamē Naomi Mataʻafa 2021-05-24 2025-09-16~  # sworn in outside parliament; upheld by the Court of Appeal on 2021-07-23
PM* Laʻauli Leuatea Schmidt 2025-09-16~  # after the August 2025 election
@ Tui Ātua Tupua Tamasese Efi | - | | Tui Atua Tupua Tamasese Efi; Tupua Tamasese Efi
@ Vaʻaletoa Sualauvi II | - | | Vaaletoa Sualauvi II; Va'aletoa Sualauvi II; Tuimalealiifano Vaaletoa Sualauvi II
@ Tuilaepa Sailele Malielegaoi | Tuilaepa/Malielegaoi | | Tuilaepa Aiono Sailele Malielegaoi
@ Fiamē Naomi Mataʻafa | Fiamē | | Fiame Naomi Mata'afa; Fiamē Naomi Mata'afa
@ Laʻauli Leuatea Schmidt | - | | La'auli Leuatea Schmidt; Laauli Leuatea Schmidt; La'auli Leuatea Polata'ivao Schmidt

== slovenia SVN last
P Borut Pahor 2012-12-22 2022-12-23
P Nataša Pirc Musar 2022-12-23
PM* Miro Cerar 2014-09-18 2018-09-13
PM* Marjan Šarec 2018-09-13 2020-03-13
PM* Janez Janša 2020-03-13 2022-06-01  # also prime minister 2004-2008 and 2012-2013
PM* Robert Golob 2022-06-01
@ Nataša Pirc Musar | Pirc Musar | | Natasa Pirc Musar

== bhutan BTN last
# Interim governments headed by chief advisers between elected governments (2018, 2023-24)
# are not listed.
M Jigme Khesar Namgyel Wangchuck 2006-12-09
PM* Tshering Tobgay 2013-07-27 2018-08-01~
PM* Lotay Tshering 2018-11-07 2023-08-01~
PM* Tshering Tobgay 2024-01-28
@ Jigme Khesar Namgyel Wangchuck | - | | King Jigme Khesar Namgyel Wangchuck; King Jigme Khesar; Jigme Khesar
@ Tshering Tobgay | Tobgay | |
@ Lotay Tshering | - | | Dr Lotay Tshering

== republic_of_the_congo COG last
# The office of prime minister was restored in 2016.
P* Denis Sassou Nguesso 1997-10-25  # also president 1979-1992
PM Clément Mouamba 2016-04-23 2021-05-05  # resigned
PM Anatole Collinet Makosso 2021-05-12
@ Denis Sassou Nguesso | Sassou Nguesso/Sassou-Nguesso/Sassou | | Denis Sassou-Nguesso
@ Clément Mouamba | | | Clement Mouamba
@ Anatole Collinet Makosso | Collinet Makosso/Makosso | |
"""

ORGANIZATIONS = """
== united_nations IGOUNO org
SG Kofi Annan 1997-01-01 2006-12-31
SG Ban Ki-moon 2007-01-01 2016-12-31
SG António Guterres 2017-01-01  # term ends 2026-12-31
@ Kofi Annan | Annan | Q1254 | Kofi Atta Annan | ghana

== nato IGONATO org
SG George Robertson 1999-10-14 2003-12-17
SG Jaap de Hoop Scheffer 2004-01-01 2009-08-01
SG Anders Fogh Rasmussen 2009-08-01 2014-10-01
SG Jens Stoltenberg 2014-10-01 2024-10-01
SG Mark Rutte 2024-10-01
@ George Robertson | Robertson | | Lord Robertson | united_kingdom
@ Jaap de Hoop Scheffer | de Hoop Scheffer | | | netherlands
@ Mark Rutte | | Q57792 | Rutte

== asean IGOASEAN org
SG Rodolfo Severino 1998-01-01 2002-12-31
SG Ong Keng Yong 2003-01-01 2007-12-31
SG Surin Pitsuwan 2008-01-01 2012-12-31
SG Le Luong Minh 2013-01-01 2017-12-31
SG Lim Jock Hoi 2018-01-01 2022-12-31
SG Kao Kim Hourn 2023-01-01
@ Rodolfo Severino | Severino | | Rodolfo Severino Jr. | philippines
@ Ong Keng Yong | Ong | | | singapore
@ Surin Pitsuwan | Surin | | | thailand
@ Le Luong Minh | | | Lê Lương Minh | vietnam
@ Lim Jock Hoi | Lim | | | brunei
@ Kao Kim Hourn | - | | | cambodia

== european_union IGOEU org
# ir:Chair: Presidents of the European Commission and of the European Council;
# ir:Official: High Representative for Foreign Affairs and Security Policy.
CH Romano Prodi 1999-09-16 2004-11-22  # President of the European Commission
CH José Manuel Barroso 2004-11-22 2014-11-01  # President of the European Commission
CH Jean-Claude Juncker 2014-11-01 2019-12-01  # President of the European Commission
CH Ursula von der Leyen 2019-12-01  # President of the European Commission
CH Herman Van Rompuy 2009-12-01 2014-12-01  # President of the European Council
CH Donald Tusk 2014-12-01 2019-12-01  # President of the European Council
CH Charles Michel 2019-12-01 2024-12-01  # President of the European Council
CH António Costa 2024-12-01  # President of the European Council
O Javier Solana 1999-10-18 2009-12-01  # High Representative
O Catherine Ashton 2009-12-01 2014-11-01  # High Representative
O Federica Mogherini 2014-11-01 2019-12-01  # High Representative
O Josep Borrell 2019-12-01 2024-12-01  # High Representative
O Kaja Kallas 2024-12-01  # High Representative
@ Jean-Claude Juncker | | Q12928 | | luxembourg
@ Javier Solana | | | | spain
@ Catherine Ashton | Ashton | | Baroness Ashton; Lady Ashton | united_kingdom
@ Kaja Kallas | | | | estonia
"""

BLOCKS = "\n".join([AMERICAS, EUROPE, ASIA_PACIFIC, ASEAN, MIDDLE_EAST_AFRICA, ORGANIZATIONS])


if __name__ == "__main__":
    sys.exit(main())
