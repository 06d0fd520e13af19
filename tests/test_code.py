"""`kg code` (kg.code): PETRARCH input coded by kg, one event a line; the PETRARCH XML reader,
UD v1 parses, a user's own actor dictionary, errors; and PETRARCH's unit-test records
measured (tests/data/petrarch, MIT, converted by scripts/convert_petrarch_unit.py).

The sentences and parses below are written for these tests (the invented state of Veltria
for the user's own dictionary)."""

from __future__ import annotations

import datetime as dt
import gzip
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.code import code_records, format_events, make_coder
from kg.code_score import CAUSES, score
from kg.errors import InputError
from kg.knowledge.petrarch import compiled_dir
from kg.knowledge.petrarch.records import Coding, read_records
from kg.parse.conllu import ud1_to_ud2

UNIT = Path(__file__).parent / "data" / "petrarch" / "PETR.UnitTest.records.ud.xml.gz"
VALIDATE = compiled_dir() / "PETR.Validate.actors.json.gz"

# "Russia criticized Ukraine." in UD v2; "Vladimir Putin met Xi Jinping." in UD v1 (UDPipe 1)
CRITICIZED = """\
1\tRussia\tRussia\tPROPN\tNNP\tNumber=Sing\t2\tnsubj\t_\t_
2\tcriticized\tcriticize\tVERB\tVBD\tTense=Past\t0\troot\t_\t_
3\tUkraine\tUkraine\tPROPN\tNNP\tNumber=Sing\t2\tobj\t_\t_
4\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_
"""
MET = """\
1\tVladimir\tVladimir\tPROPN\tNNP\tNumber=Sing\t2\tname\t_\t_
2\tPutin\tPutin\tPROPN\tNNP\tNumber=Sing\t3\tnsubj\t_\t_
3\tmet\tmeet\tVERB\tVBD\tTense=Past\t0\troot\t_\t_
4\tXi\tXi\tPROPN\tNNP\tNumber=Sing\t3\tdobj\t_\t_
5\tJinping\tJinping\tPROPN\tNNP\tNumber=Sing\t4\tname\t_\t_
6\tin\tin\tADP\tIN\t_\t7\tcase\t_\t_
7\tBeijing\tBeijing\tPROPN\tNNP\tNumber=Sing\t3\tnmod\t_\t_
8\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_
"""
XML = f"""<?xml version="1.0" encoding="utf-8"?>
<Sentences>
<!-- <Sentence id="COMMENTED" date="20200101"><Text>Not a record.</Text></Sentence> -->
<Sentence date="20220301" id="S1" source="TEST" sentence="true">
<EventCoding sourcecode="RUS" targetcode="UKR" eventcode="111"/>
<Text>Russia criticized Ukraine.</Text>
<Parse>
{CRITICIZED}</Parse>
</Sentence>
<Sentence date="20220204" id="S2" source="TEST" sentence="true">
<EventCoding noevents="True"/>
<Text>Vladimir Putin met Xi Jinping in Beijing.</Text>
<Parse>
{MET}</Parse>
</Sentence>
</Sentences>
"""
VELTRIA = """\
VELTRIA_  [VLT]
+VELTRIAN_
NORLAND_  [NOR]
MARA_QUELL_
\t[VLTGOV 20200101-20251231]
\t[VLTELI]
"""


def run(*args):
    return CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False)


def one_error_line(result) -> str:
    lines = [ln for ln in result.stderr.splitlines() if ln.startswith("kg: error")]
    assert len(lines) == 1 and "Traceback" not in result.stderr, result.stderr
    return lines[0]


def test_read_records(tmp_path):
    records = read_records(tmp_path / "in.xml", XML)
    assert [r.id for r in records] == ["S1", "S2"]  # the commented-out record is no record
    s1, s2 = records
    assert s1.date == dt.date(2022, 3, 1) and s1.text == "Russia criticized Ukraine."
    assert s1.expected == (Coding("RUS", "UKR", "111"),) and s2.expected == ()
    assert s1.parse.startswith("1\tRussia") and s1.where == f"{tmp_path / 'in.xml'}:4"
    gz = tmp_path / "in.xml.gz"
    gz.write_bytes(gzip.compress(XML.encode()))
    assert [r.text for r in read_records(gz)] == [r.text for r in records]


def test_ud1_labels_become_ud2():
    rows = [line.split("\t") for line in ud1_to_ud2(MET).splitlines()]
    labels = {r[1]: r[7] for r in rows}
    assert (labels["Vladimir"], labels["Xi"], labels["Beijing"]) == ("flat", "obj", "obl")
    assert ud1_to_ud2(CRITICIZED) == CRITICIZED  # UD v2 stays as it is


def test_kg_code_prints_one_event_a_line_both_directions_for_symmetric(tmp_path):
    path = tmp_path / "in.xml"
    path.write_text(XML, encoding="utf-8")
    result = run("code", path, "--coder", "kg")
    assert result.exit_code == 0, result.stderr
    lines = [line.split("\t") for line in result.stdout.splitlines()]
    assert ["20220301", "RUS", "UKR", "111", "S1"] in lines  # a state: its ISO3
    # a symmetric relation, both directions; persons in office: their state + GOV
    assert ["20220204", "RUSGOV", "CHNGOV", "044", "S2"] in lines
    assert ["20220204", "CHNGOV", "RUSGOV", "044", "S2"] in lines
    assert len(lines) == 3
    out = tmp_path / "events.tsv"
    assert run("code", path, "--coder", "kg", "-o", out).exit_code == 0
    assert out.read_text(encoding="utf-8") == result.stdout


def test_the_library_gives_the_triples_behind_the_events(tmp_path):
    records = read_records(tmp_path / "in.xml", XML)
    events = code_records(records, parses="given")
    met = next(e for e in events if e.code == "044" and not e.reverse)
    assert (met.subject, met.object, met.relation) == ("vladimir_putin", "xi_jinping", "meets")
    assert format_events(events).count("\n") == len(events) == 3


def test_kg_code_with_a_users_own_actor_dictionary(tmp_path):
    actors = tmp_path / "Veltria.actors.txt"
    actors.write_text(VELTRIA, encoding="utf-8")
    conllu = (
        "1\tMara\tMara\tPROPN\tNNP\t_\t2\tflat\t_\t_\n"  # "Mara Quell criticized Norland."
        "2\tQuell\tQuell\tPROPN\tNNP\t_\t3\tnsubj\t_\t_\n"
        "3\tcriticized\tcriticize\tVERB\tVBD\t_\t0\troot\t_\t_\n"
        "4\tNorland\tNorland\tPROPN\tNNP\t_\t3\tobj\t_\t_\n"
    )
    xml = tmp_path / "v.xml"
    for day, code in (("20210601", "VLTGOV"), ("20300101", "VLTELI")):  # dated roles
        xml.write_text(
            f'<Sentences><Sentence id="V1" date="{day}"><Text>Mara Quell criticized Norland.'
            f"</Text><Parse>\n{conllu}</Parse></Sentence></Sentences>",
            encoding="utf-8",
        )
        for coder in ("kg", "dictionary"):  # the dictionary coder adds CAMEO.2.0's verbs
            result = run("code", xml, "--dictionaries", actors, "--coder", coder)
            assert result.exit_code == 0, result.stderr
            assert result.stdout == f"{day}\t{code}\tNOR\t111\tV1\n"
    # kg's own actors, and Phoenix's, do not know her: nothing coded
    assert run("code", xml, "--coder", "kg").stdout == ""
    assert run("code", xml).stdout == ""


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ("<Sentences><Sentence id='a'><Text>x</Text></Sentence", "not well-formed XML"),
        (
            "<Sentences><Sentence id='a' date='2021'><Text>x</Text></Sentence></Sentences>",
            "YYYYMMDD",
        ),
        ("<Sentences><Sentence id='a'></Sentence></Sentences>", "has no <Text>"),
        ("<Sentences></Sentences>", "no <Sentence> records"),
    ],
)
def test_bad_input_is_one_line(tmp_path, content, expected):
    path = tmp_path / "bad.xml"
    path.write_text(content, encoding="utf-8")
    result = run("code", path)
    assert result.exit_code == 2
    line = one_error_line(result)
    assert expected in line and str(path) in line


def test_given_parses_are_required_where_asked(tmp_path):
    path = tmp_path / "noparse.xml"
    path.write_text(
        '<Sentences><Sentence id="n1" date="20220101"><Text>Russia criticized Ukraine.</Text>'
        "</Sentence></Sentences>",
        encoding="utf-8",
    )
    line = one_error_line(run("code", path, "--parses", "given"))
    assert "'n1' has no <Parse>" in line and "--parses stanza" in line
    bad = tmp_path / "badparse.xml"
    bad.write_text(XML.replace("\t2\tobj\t", "\t9\tobj\t"), encoding="utf-8")
    line = one_error_line(run("code", bad))
    assert "<Parse> of sentence 'S1'" in line and "head 9" in line
    for coder in ("kg", "dictionary"):
        assert "does not exist" in one_error_line(
            run("code", path, "--dictionaries", tmp_path / "none", "--coder", coder)
        )


def test_petrarch_unit_records_with_the_given_parses():
    """PETRARCH's 284 unit-test records, coded from their own UD parses with their own actor
    dictionary (PETR.Validate.actors). The floors are the numbers measured when this test was
    written (a regression guard, far below issue #19's 85 %): see the printed misses."""
    records = read_records(UNIT)
    assert len(records) == 284 and sum(len(r.expected) for r in records) == 349
    coder = make_coder(VALIDATE, models=False)
    result = score(records, code_records(records, parses="given", coder=coder), coder)
    print(result.report())
    # measured: 38/349 exact (precision 0.198), 70/343 at the country level (precision 0.365);
    # some "unexpected" events are real ones PETRARCH codes once per sentence ("left for Minas
    # Tirith ... for meetings ... with Arnor": kg also has the meeting with Arnor)
    assert result.found >= 38 and result.precision >= 0.19
    assert result.country_found >= 70 and result.country_precision >= 0.36
    assert set(result.misses) <= set(CAUSES)
    assert result.misses.most_common(1)[0][0] == "verb not in lexicon"


@pytest.mark.slow
def test_petrarch_unit_records_through_stanza(models_dir):
    """The same records from the raw text, through kg's Stanza parse (small models)."""
    records = read_records(UNIT)
    coder = make_coder(VALIDATE, models=models_dir)
    result = score(records, code_records(records, parses="stanza", coder=coder), coder)
    print(result.report())
    # measured with the small offline models: 37/349 exact (precision 0.208), 72/343 at the
    # country level (precision 0.404); a parse may differ by a word between machines
    assert result.found >= 35 and result.precision >= 0.19
    assert result.country_found >= 68 and result.country_precision >= 0.38


def test_a_compiled_dictionary_name_that_is_no_actor_file_is_an_input_error(tmp_path):
    with pytest.raises(InputError):
        make_coder(tmp_path / "missing.actors.txt", models=False)


def test_kosovo_counts_as_one_state_whichever_code_a_coding_writes():
    """Codings write Kosovo as ISO's user-range XKX or CAMEO's KSV: one state in the scores."""
    import datetime as dt

    from kg.code import Event
    from kg.knowledge.petrarch.records import Coding, Record

    day = dt.date(2023, 5, 27)
    records = [
        Record(
            "K1",
            day,
            "Kosovo demanded that Serbia withdraw.",
            expected=(Coding("XKX", "SRB", "1056"),),
        )
    ]
    events = [Event("K1", day, "KSV", "SRB", "1056", "demands", "Kosovo", "Serbia")]

    class Found:  # what the coder says it found in a record
        def facts(self, record, factualities):
            return {"entities": {"KSV", "SRB"}, "roots": {"10"}}

    result = score(records, events, Found())
    assert (result.country_found, result.country_expected, result.country_produced) == (1, 1, 1)
