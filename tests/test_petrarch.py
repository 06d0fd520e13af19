"""kg.knowledge.petrarch: readers for PETRARCH-format dictionaries, compiled form, loader.

The snippets below are written for these tests (invented places and people); the last
tests read the compiled dictionaries shipped in ontologies/petrarch, not ../shared.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from kg.errors import InputError
from kg.knowledge.petrarch import (
    CameoCode,
    ReadReport,
    compiled_dir,
    compiled_names,
    load_compiled,
    read_actors,
    read_agents,
    read_discards,
    read_verbs,
    regular_plural,
)
from kg.knowledge.petrarch.compiled import dump_compiled
from kg.knowledge.petrarch.verbs import tokenize_pattern

ACTORS = """\
<!-- actors of the invented republic of Veltria -->
<!--
a comment over several lines [NOTACODE]
-->
# a line comment
VELTRIA_  [VLT]   # the state
+VELTRIAN_
+PORT_AMBERLY_

MARA_QUELL_  # foreign minister, then president
+PRESIDENT_QUELL
\t[VLTGOVFRM 20050301-081231]
\t[VLTGOV >090101]
\t[VLTELI <20050228]
\t[VLTELI]

OSRIC_TANN_ [VLTREB 310101-300101]  ; a TABARI-style comment
TOBIAS_VENN_
TOBIAS_R._VENN
\t[VLTGOV 990101-20031231]
ZELMAR_INSTITUTE_ [NGOVLT] [IGO]
"""

AGENTS = """\
!HAND! = MAN, MEN, WOMAN
BORDER_GUARD [~COP]  # regular plural
SENTRY [~MIL}  # "}" for "]", a typo upstream has
PRESS_BOSS [~MED]
HARBOUR_POLICE {} [~COP]
CHIEF_OF_STAFF {CHIEFS_OF_STAFF} [~MIL]
FERRY!HAND! [~BUS]
RELIEF_AGENCY [NGO~]
"""

VERBS = """\
####### SYNONYM SETS #######
&HELPERS_
+AID
+HELP

&SHIP
+FERRY
+BARGE_
+&HELPERS

--- PLEDGE   [030]  ---
PLEDGE
VOW {VOWED VOWING VOWS} [031]
+HAND_OVER {+HANDED_OVER +HANDING_OVER +HANDS_OVER}  # multi-word verb
WIRE_+FUND
- * &SHIP (TO +)                                [0331]   # PLEDGE
- $ OFFICIALS * {MILITARY AID} (FOR +)          [0332]
- * IN_*_ONLY                                    [030]
- * (WITH &NOWHERE)                              [0333]
- * &HELPERS                                     [---]

---  SCOLD   [---]  ---
SCOLD
- * + (OVER {BORDER DISPUTE})                    [111]

~ a (a b SCOLD) PLEDGE = a b 111
"""


def write(tmp_path: Path, name: str, text: str, encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


# ---------------------------------------------------------------- actors


def test_actor_names_synonyms_and_comments(tmp_path):
    report = ReadReport()
    actors = read_actors(write(tmp_path, "v.actors.txt", ACTORS), report=report)
    assert (report.lines, report.ignored, report.skipped) == (14, 7, [])
    assert [a.name.text for a in actors] == [
        "VELTRIA",
        "MARA QUELL",
        "OSRIC TANN",
        "TOBIAS VENN",
        "ZELMAR INSTITUTE",
    ]
    veltria = actors[0]
    assert veltria.name.original == "VELTRIA_"
    assert [s.text for s in veltria.synonyms] == ["VELTRIAN", "PORT AMBERLY"]
    assert veltria.synonyms[1].original == "PORT_AMBERLY_"
    assert [(r.code, r.start, r.end) for r in veltria.roles] == [("VLT", None, None)]
    assert veltria.line == 6
    assert all("NOTACODE" not in r.raw for a in actors for r in a.roles)


def test_actor_dated_roles_closed_and_open(tmp_path):
    quell = read_actors(write(tmp_path, "v.actors.txt", ACTORS))[1]
    assert [(r.code, r.start, r.end) for r in quell.roles] == [
        ("VLTGOVFRM", dt.date(2005, 3, 1), dt.date(2008, 12, 31)),  # YYYYMMDD-YYMMDD mixed
        ("VLTGOV", dt.date(2009, 1, 1), None),
        ("VLTELI", None, dt.date(2005, 2, 28)),
        ("VLTELI", None, None),
    ]
    assert quell.roles[0].raw == "VLTGOVFRM 20050301-081231"
    assert quell.codes_on(dt.date(2006, 6, 1)) == ("VLTGOVFRM",)
    assert quell.codes_on(dt.date(2012, 1, 1)) == ("VLTGOV",)
    assert quell.codes_on(dt.date(2005, 2, 28)) == ("VLTELI",)  # limits are inclusive
    assert quell.codes_on(dt.date(2009, 1, 1)) == ("VLTGOV",)


def test_actor_two_digit_years_and_inline_codes(tmp_path):
    actors = read_actors(write(tmp_path, "v.actors.txt", ACTORS))
    tann = actors[2]
    # YY <= 30 is 20YY, else 19YY (as PETRARCH reads them)
    assert (tann.roles[0].start, tann.roles[0].end) == (dt.date(1931, 1, 1), dt.date(2030, 1, 1))
    assert [r.code for r in actors[4].roles] == ["NGOVLT", "IGO"]


def test_codeless_actor_runs_into_the_next_line(tmp_path):
    report = ReadReport()
    venn = read_actors(write(tmp_path, "v.actors.txt", ACTORS), report=report)[3]
    assert venn.name.text == "TOBIAS VENN"
    assert [s.text for s in venn.synonyms] == ["TOBIAS R. VENN"]
    assert [r.code for r in venn.roles] == ["VLTGOV"]
    assert any(n.line == 19 and "synonym" in n.message for n in report.irregular)


def test_actor_defective_dates_are_skipped_and_reported(tmp_path):
    text = "KESTREL_ISLES_\n\t[KST 2001011-20050101]\n\t[KSTGOV 20100101-20090101]\n\t[KST]\n"
    path = write(tmp_path, "k.actors.txt", text)
    report = ReadReport()
    (kestrel,) = read_actors(path, report=report)
    assert [r.code for r in kestrel.roles] == ["KST"]
    assert [(n.line, n.file) for n in report.skipped] == [(2, "k.actors.txt"), (3, "k.actors.txt")]
    assert "7 digits" in report.skipped[0].message
    with pytest.raises(InputError, match=r"^k\.actors\.txt:2: date 2001011 "):
        read_actors(path, strict=True)


def test_actor_malformed_line_raises_with_file_and_line(tmp_path):
    path = write(tmp_path, "bad.actors.txt", "# header\n\t[VLTGOV >090101]\nVELTRIA [VLT]\n")
    with pytest.raises(InputError) as info:
        read_actors(path)
    message = str(info.value)
    assert message.startswith("bad.actors.txt:2: ")
    assert "before the first actor" in message
    assert "\n" not in message


def test_latin1_file_is_read_with_a_note(tmp_path):
    path = write(tmp_path, "l.actors.txt", "JOSÉ_ORVAL_ [VLTGOV]\n", encoding="latin-1")
    report = ReadReport()
    (orval,) = read_actors(path, report=report)
    assert orval.name.words == ("JOSÉ", "ORVAL")
    assert report.encoding == "latin-1"
    assert "latin-1" in report.irregular[0].message


# ---------------------------------------------------------------- agents


def by_code(agents, code):
    return [a for a in agents if a.code == code]


def test_agents_plurals_markers_and_codes(tmp_path):
    report = ReadReport()
    agents = read_agents(write(tmp_path, "v.agents.txt", AGENTS), report=report)
    assert report.skipped == [] and [n.line for n in report.irregular] == [3]
    assert by_code(agents, "~MIL")[0].phrase.text == "SENTRY"
    by_phrase = {a.phrase.text: a for a in agents}
    assert [p.text for p in by_phrase["BORDER GUARD"].plurals] == ["BORDER GUARDS"]
    assert [p.text for p in by_phrase["SENTRY"].plurals] == ["SENTRIES"]
    assert [p.text for p in by_phrase["PRESS BOSS"].plurals] == ["PRESS BOSSES"]
    assert by_phrase["HARBOUR POLICE"].plurals == ()
    assert [p.text for p in by_phrase["CHIEF OF STAFF"].plurals] == ["CHIEFS OF STAFF"]
    assert [a.phrase.text for a in agents if a.marker == "HAND"] == [
        "FERRYMAN",
        "FERRYMEN",
        "FERRYWOMAN",
    ]
    guard = by_phrase["BORDER GUARD"]
    assert (guard.code, guard.agent, guard.before_actor) == ("~COP", "COP", False)
    relief = by_phrase["RELIEF AGENCY"]
    assert (relief.agent, relief.before_actor) == ("NGO", True)
    assert regular_plural("ENVOY") == "ENVOIES"  # PETRARCH's rule, kept as it is


def test_agent_without_code_is_skipped_or_strict(tmp_path):
    path = write(tmp_path, "a.agents.txt", "SENTRY [~MIL]\nWATCHMAN\n")
    report = ReadReport()
    assert [a.phrase.text for a in read_agents(path, report=report)] == ["SENTRY"]
    assert [str(n) for n in report.skipped][0].startswith("a.agents.txt:2: no [code]")
    with pytest.raises(InputError, match=r"^a\.agents\.txt:2: "):
        read_agents(path, strict=True)


# ---------------------------------------------------------------- verbs


def test_verb_synsets(tmp_path):
    verbs = read_verbs(write(tmp_path, "v.verbs.txt", VERBS))
    helpers = verbs.synset("&HELPERS_")
    assert (helpers.name, helpers.label, helpers.plurals) == ("HELPERS", "HELPERS_", False)
    assert [m.phrase.text for m in helpers.members] == ["AID", "HELP"]
    ship = verbs.synset("SHIP")
    assert [(m.phrase.text, m.plural, m.ref) for m in ship.members] == [
        ("FERRY", True, None),
        ("BARGE", False, None),  # '_' at the end: no plural
        ("&HELPERS", False, "HELPERS"),
    ]


def test_verb_blocks_forms_and_codes(tmp_path):
    verbs = read_verbs(write(tmp_path, "v.verbs.txt", VERBS))
    pledge, scold = verbs.blocks
    assert (pledge.name, pledge.code.code, scold.code.code) == ("PLEDGE", "030", "---")
    plain, vow, hand_over, wire_fund = pledge.verbs
    assert plain.forms == () and plain.code is None
    assert plain.regular_forms() == ("PLEDGES", "PLEDGED", "PLEDGING")
    assert pledge.code_of(plain).code == "030"
    assert [f.text for f in vow.forms] == ["VOWED", "VOWING", "VOWS"]
    assert pledge.code_of(vow) == CameoCode("031")
    assert (hand_over.phrase.words, hand_over.head) == (("HAND", "OVER"), 0)
    assert [f.original for f in hand_over.forms][0] == "+HANDED_OVER"
    assert (wire_fund.phrase.words, wire_fund.head) == (("WIRE", "FUND"), 1)
    assert wire_fund.regular_forms()[1] == "WIRE FUNDED"


def test_verb_patterns_tokens(tmp_path):
    report = ReadReport()
    verbs = read_verbs(write(tmp_path, "v.verbs.txt", VERBS), report=report)
    pledge = verbs.blocks[0]
    kinds = [[(t.kind, t.value) for t in p.tokens] for p in pledge.patterns]
    assert kinds[0] == [("verb", "*"), ("synset", "SHIP"), ("preposition", "TO"), ("target", "+")]
    second = pledge.patterns[1]
    assert [(t.kind, t.value, t.np, t.pp) for t in second.tokens] == [
        ("source", "$", None, None),
        ("word", "OFFICIALS", None, None),
        ("verb", "*", None, None),
        ("word", "MILITARY", 0, None),
        ("word", "AID", 0, None),
        ("preposition", "FOR", None, 0),
        ("target", "+", None, 0),
    ]
    assert second.code.code == "0332" and second.code.root == "03"
    assert [t.value for t in second.before] == ["$", "OFFICIALS"]
    assert [t.value for t in second.after] == ["MILITARY", "AID", "FOR", "+"]
    assert second.line == 17 and second.original.startswith("- $ OFFICIALS")


def test_a_pattern_belongs_to_the_verbs_its_comment_names(tmp_path):
    """CAMEO.2.0 writes every verb's patterns under its block and names the verb in a
    comment; a comment that names no verb of the block leaves the pattern every verb's."""
    text = (
        "--- CONFINE [170] ---\nDETAIN [173]\nHOLD {HOLDS HOLDING HELD}\n"
        "WITHHOLD {WITHHOLDS WITHHOLDING WITHHELD}\n"
        "- * DEMONSTRATION   [141]   # HOLD\n"
        "- * PROTEST         [141]   # HOLD , DETAIN\n"
        "- * APPROVAL        [110]   # WITHHELD\n"
        "- * SESSION         [---]   # jon 11/14/95\n"
        "- * IMMIGRANTS      [---]\n"
        "--- PERPETUATE [---] ---\nCOMMIT\n+CARRY_OUT {+CARRIED_OUT +CARRYING_OUT}\n"
        "- * RAID [190]   # CARRIED_OUT , CARRY_OUT\n"
        "--- RELEASE [084] ---\n+SET_FREE {+SETS_FREE +SETTING_FREE}\nFREE {FREES FREED}\n"
        "- * POLLS [---]   # FREE\n"
    )
    verbs = read_verbs(write(tmp_path, "c.verbs.txt", text))
    block, perpetuate, release = verbs.blocks
    assert perpetuate.patterns[0].verbs == ("CARRY",)  # "CARRIED_OUT": CARRY_OUT's
    assert release.patterns[0].verbs == ("FREE",)  # not SET_FREE, whose forms hold FREE
    assert [p.verbs for p in block.patterns] == [
        ("HOLD",), ("DETAIN", "HOLD"), ("WITHHOLD",), (), (),
    ]  # fmt: skip
    detain, hold, _withhold = block.verbs
    assert [p.applies_to(detain) for p in block.patterns] == [False, True, False, True, True]
    assert [p.applies_to(hold) for p in block.patterns] == [True, True, False, True, True]
    out = tmp_path / "out"
    out.mkdir()
    dump_compiled("verbs", verbs, out / "c.verbs.json.gz")
    assert load_compiled("c.verbs", out) == verbs


def test_pattern_underscores_join_consecutive_words():
    tokens = tokenize_pattern("SWIFTLY_* (TO &SHIP_HOLD) %")
    assert [(t.kind, t.value, t.joined) for t in tokens] == [
        ("word", "SWIFTLY", False),
        ("verb", "*", True),
        ("preposition", "TO", False),
        ("synset", "SHIP", False),
        ("word", "HOLD", True),
        ("compound", "%", False),
    ]


def test_pattern_with_two_verbs_and_undefined_synset_are_skipped(tmp_path):
    report = ReadReport()
    verbs = read_verbs(write(tmp_path, "v.verbs.txt", VERBS), report=report)
    codes = [p.code.code for p in verbs.blocks[0].patterns]
    assert codes == ["0331", "0332", "---"]
    skipped = {n.line: n.message for n in report.skipped}
    assert set(skipped) == {18, 19}
    assert "2 '*'" in skipped[18]
    assert "undefined synset &NOWHERE" in skipped[19]
    assert verbs.blocks[1].patterns[0].tokens[2].pp == 0


def test_transformations_and_cameo_codes(tmp_path):
    verbs = read_verbs(write(tmp_path, "v.verbs.txt", VERBS))
    (t,) = verbs.transformations
    assert (t.source, t.inner, t.verb, t.result) == (
        "a",
        ("a", "b", "SCOLD"),
        "PLEDGE",
        ("a", "b", "111"),
    )
    assert t.code == CameoCode("111") and t.code.root == "11"
    assert CameoCode("0231").root == "02"
    assert CameoCode("174").root == "17"
    assert CameoCode("---").root is None and CameoCode("---").is_null
    assert str(CameoCode("042:043")) == "042:043"


def test_pattern_tokenizer_rejects_unbalanced_brackets():
    with pytest.raises(ValueError):
        tokenize_pattern("* (WITH VISIT) VISIT)")
    with pytest.raises(ValueError):
        tokenize_pattern("* {FIRM SUPPORT")


def test_verb_pattern_before_any_block_raises(tmp_path):
    path = write(tmp_path, "p.verbs.txt", "\n- * AID [070]\n")
    with pytest.raises(
        InputError, match=r"^p\.verbs\.txt:2: a pattern before the first verb block"
    ):
        read_verbs(path)


# ---------------------------------------------------------------- discards


def test_discards(tmp_path):
    text = "+Harvest Regatta  # story-level\nVELTRIAN CUP_\nchess\n"
    discards = read_discards(write(tmp_path, "d.discards.txt", text))
    assert [(d.phrase.text, d.story, d.whole_word, d.line) for d in discards] == [
        ("HARVEST REGATTA", True, False, 1),
        ("VELTRIAN CUP", False, True, 2),
        ("CHESS", False, False, 3),
    ]


# ---------------------------------------------------------------- compiled form


def test_compiled_round_trip_is_exact_and_deterministic(tmp_path):
    verbs = read_verbs(write(tmp_path, "v.verbs.txt", VERBS))
    actors = read_actors(write(tmp_path, "v.actors.txt", ACTORS))
    out = tmp_path / "out"
    out.mkdir()
    first = dump_compiled("verbs", verbs, out / "v.verbs.json.gz")
    dump_compiled("actors", actors, out / "v.actors.json.gz")
    assert dump_compiled("verbs", verbs, tmp_path / "again.json.gz") == first
    assert load_compiled("v.verbs", out) == verbs
    assert load_compiled("v.actors.txt", out) == actors
    assert compiled_names(out) == ["v.actors", "v.verbs"]
    with pytest.raises(InputError, match="no compiled PETRARCH dictionary"):
        load_compiled("missing", out)


def test_shipped_compiled_dictionaries_load_without_shared_data():
    assert (compiled_dir() / "LICENSE-petrarch2").is_file()
    assert "CAMEO.2.0" in compiled_names()
    cameo = load_compiled("CAMEO.2.0")
    assert len(cameo.patterns) > 1000
    assert len(cameo.verbs) > 1000
    assert len(cameo.synsets) >= 30
    say = next(b for b in cameo.blocks if any(v.phrase.words == ("SAY",) for v in b.verbs))
    assert say.code.root == "01"
    countries = load_compiled("Phoenix.Countries.actors")
    assert len(countries) > 10000
    usa = [a for a in countries if any(r.code == "USA" and r.is_default for r in a.roles)]
    assert usa and "UNITED STATES" in {n.text for a in usa for n in a.names}
    dated = [r for a in countries for r in a.roles if r.start and r.end]
    assert len(dated) > 5000
    agents = load_compiled("Phoenix.agents")
    assert sum(a.agent == "COP" for a in agents) > 20
    assert len(load_compiled("Phoenix.discards")) > 400


def test_an_extension_uses_the_synsets_of_the_dictionary_it_extends(tmp_path):
    """kg.verbs.txt is read as an extension: a pattern naming a synset the base dictionary
    defines (CAMEO.2.0's &TOWN) is kept and codes; one naming a synset neither defines is
    dropped, as PETRARCH ignores it."""
    from kg.coding.dictionaries import CodingDictionaries

    extra = write(tmp_path, "x.verbs.txt", (
        "--- PLEDGE_SHIPS [---] ---\nPLEDGE\n"
        "- * &SHIP (FOR +)                                [0334]\n"
        "- * (WITH &NOWHERE)                              [0335]\n"
    ))  # fmt: skip
    assert read_verbs(extra).blocks[0].patterns == ()  # read alone: both skipped
    d = CodingDictionaries()
    d.add_verbs(read_verbs(write(tmp_path, "v.verbs.txt", VERBS)))
    d.add_verbs(read_verbs(extra, extension=True), extend=True)
    pats = [p for _e, b in d.verbs_for("PLEDGE") if b.name == "PLEDGE_SHIPS" for p in b.patterns]
    assert [p.code.code for p in pats] == ["0334"]
