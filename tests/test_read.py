import datetime as dt

import pytest

from kg.errors import InputError, UsageError
from kg.read import Skipped, decode, guess_date, read_paths
from kg.records import Article
from kg.records import as_date as parse_date


def _one(paths):
    items = list(read_paths(paths))
    assert len(items) == 1
    return items[0]


def test_txt_first_line_is_headline(write):
    p = write(
        "2021-12-15_call.txt", "Putin and Xi talk\n\nRussian President Vladimir Putin held talks.\n"
    )
    a = _one([p])
    assert isinstance(a, Article)
    assert a.title == "Putin and Xi talk"
    assert "held talks" in a.text
    assert a.date == dt.date(2021, 12, 15)  # from the file name


def test_same_text_same_identity(write):
    a = _one([write("a.txt", "T\n\nBody text here.")])
    b = _one([write("b.txt", "T\n\nBody   text here.\n")])
    assert a.id == b.id


@pytest.mark.parametrize(
    "content, words",
    [
        (b"", "empty"),
        (b"   \n\t\n", "empty"),
        (b"%PDF-1.7\n%\xe2\xe3", "PDF"),
        (b"\x89PNG\r\n\x1a\n\x00\x00", "PNG"),
        (b"abc\x00\x00def", "binary"),
    ],
)
def test_bad_text_files_are_skipped_with_a_reason(write, content, words):
    item = _one([write("bad.txt", content)])
    assert isinstance(item, Skipped)
    assert words.lower() in item.reason.lower()


def test_utf16_with_bom_and_cp1252_are_decoded(write):
    msgs = []
    a = decode("Jokowi ke Moskow".encode("utf-16"), "x", msgs.append)
    assert a == "Jokowi ke Moskow"
    b = decode("Caf\u00e9 diplomacy \u2014 Paris".encode("cp1252"), "y.txt", msgs.append)
    assert "Café" in b and "—" in b
    assert any("cp1252" in m for m in msgs)


def test_missing_path_and_empty_folder(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        list(read_paths([tmp_path / "nope.txt"]))
    (tmp_path / "empty").mkdir()
    with pytest.raises(InputError, match="no .txt"):
        list(read_paths([tmp_path / "empty"]))


def test_jsonl_bad_lines_are_skipped_with_line_numbers(write):
    p = write(
        "a.jsonl",
        '{"text": "Russia and China signed a deal.", "title": "Deal", "date": "2021-12-15", "lang": "en"}\n'
        "{not json\n"
        '{"title": "no text"}\n'
        '{"text": 42}\n'
        '{"text": "ok", "date": "15/12/2021"}\n',
    )
    items = list(read_paths([p]))
    assert isinstance(items[0], Article) and items[0].date == dt.date(2021, 12, 15)
    assert items[0].lang == "en"
    skipped = [i for i in items if isinstance(i, Skipped)]
    assert [s.source.rsplit(":", 1)[1] for s in skipped] == ["2", "3", "4", "5"]
    assert "malformed JSON" in skipped[0].reason


def test_conllu_is_validated(write):
    good = "# text = Hi there.\n1\tHi\thi\tINTJ\t_\t_\t0\troot\t_\t_\n2\tthere\tthere\tADV\t_\t_\t1\tadvmod\t_\t_\n\n"
    a = _one([write("a.conllu", good)])
    assert a.conllu and a.text == "Hi there."
    for bad, words in [
        ("1\tHi\thi\tINTJ\t_\t_\t0\troot\t_\n", "columns"),
        ("1\tHi\thi\tINTJ\t_\t_\tx\troot\t_\t_\n", "not an integer"),
        (
            "1\tA\ta\tX\t_\t_\t2\tdep\t_\t_\n2\tB\tb\tX\t_\t_\t1\tdep\t_\t_\n3\tC\tc\tX\t_\t_\t0\troot\t_\t_\n",
            "cycle",
        ),
    ]:
        item = _one([write("bad.conllu", bad)])
        assert isinstance(item, Skipped) and words in item.reason


def test_unsupported_suffix(write):
    with pytest.raises(InputError, match="unsupported"):
        list(read_paths([write("a.pdf", b"%PDF")]))


def test_parse_date_and_dateline():
    assert parse_date("2021-12-15") == dt.date(2021, 12, 15)
    with pytest.raises(UsageError, match="YYYY-MM-DD"):
        parse_date("15/12/2021")
    assert guess_date("JAKARTA, 12 Maret 2023 — Presiden", "id") == dt.date(2023, 3, 12)
    assert guess_date("MOSCOW, Dec. 15, 2021 (Reuters) - Putin", "en") == dt.date(2021, 12, 15)


def test_progress_total_counts_articles(tmp_path):
    """The build's progress bar knows its total: a file per article, a JSONL file a line each."""
    from kg.read import count_inputs

    (tmp_path / "a.txt").write_text("Russia and China.")
    (tmp_path / "b.conllu").write_text("1\tA\ta\tX\t_\t_\t0\troot\t_\t_\n")
    (tmp_path / "feed.jsonl").write_text('{"text": "x"}\n{"text": "y"}\n{"text": "z"}\n')
    assert count_inputs([tmp_path]) == 5
    assert count_inputs([tmp_path / "feed.jsonl"]) == 3
    assert count_inputs([tmp_path / "missing.txt"]) is None


def test_progress_bar_only_on_a_terminal(tmp_path, monkeypatch):
    """Under a pipe or in CI (stderr not a terminal) there is no bar and nothing is counted;
    on a terminal the bar knows its total."""
    import io
    import sys

    from kg import read
    from kg.stages import progress_bar

    counted = []
    monkeypatch.setattr(read, "count_inputs", lambda paths: counted.append(paths) or 2)
    assert progress_bar(True, [tmp_path]) is None and counted == []
    assert progress_bar(False, [tmp_path]) is None

    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    monkeypatch.setattr(sys, "stderr", Terminal())
    bar = progress_bar(True, [tmp_path])
    assert bar.total == 2 and counted == [[tmp_path]]
    bar.close()


def test_month_only_dates_read_as_the_middle_of_the_month(write):
    from kg.records import MID_MONTH, article_date

    assert MID_MONTH == 15
    assert article_date("2023-03") == dt.date(2023, 3, 15)
    assert article_date("2023-03-02") == dt.date(2023, 3, 2)
    with pytest.raises(UsageError, match="YYYY-MM"):
        article_date("2023-13")
    assert guess_date("BRUSSELS, March 2023 — The EU", "en") == dt.date(2023, 3, 15)
    assert guess_date("JAKARTA, Maret 2023 — Presiden", "id") == dt.date(2023, 3, 15)
    # a full date wins over a month mentioned before it; no month name, no date
    assert guess_date("In March 2023 talks. MOSCOW, Dec. 15, 2021 -", "en") == dt.date(2021, 12, 15)
    assert guess_date("Reuters 2021 — no date here", "en") is None
    articles = list(
        read_paths(
            [
                write("2023-03_summit.txt", "Summit\n\nText."),
                write("2023-13_bad.txt", "Bad\n\nText."),
                write("a.jsonl", '{"text": "Talks.", "date": "2021-03"}\n'),
            ]
        )
    )
    dates = {a.source.rsplit("/", 1)[-1]: a.date for a in articles if isinstance(a, Article)}
    assert dates["2023-03_summit.txt"] == dt.date(2023, 3, 15)
    assert dates["2023-13_bad.txt"] is None
    assert dates["a.jsonl:1"] == dt.date(2021, 3, 15)


@pytest.mark.parametrize(
    ("name", "president"),
    [("2017-01_call.conllu", "barack_obama"), ("2021-03_call.conllu", "joe_biden")],
)
def test_a_month_only_date_resolves_offices_in_that_month(write, extractor, name, president):
    """ "The US President" in an article dated to the month is the holder in that month (mid
    January 2017: still Obama), not today's."""
    from pathlib import Path

    from kg.parse.conllu import to_document

    text = (Path(__file__).parent / "data" / "en_us_president_call.conllu").read_text()
    (article,) = list(read_paths([write(name, text)]))
    triples, _ = extractor.extract(to_document(article.conllu, name), "en", article.date)
    got = {(t.subject, t.relation, t.object) for t in triples}
    assert (president, "talks_with", "vladimir_putin") in got
    # the unnamed title resolves to the holder for the event, but states no office of a person
    assert (president, "leader_of", "united_states") not in got
