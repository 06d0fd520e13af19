"""Stanza pipelines: real parses from a model folder, clear errors when models are missing."""

import pytest

from kg.errors import LanguageError, ModelNotFoundError
from kg.parse.language import detect_language
from kg.parse.stanza import Parser, models_dir, split_text


def test_missing_model_folder_names_the_fix(tmp_path):
    with pytest.raises(ModelNotFoundError, match="kg models download"):
        models_dir(tmp_path / "nope", env={})
    assert models_dir(None, env={}) is None


def test_missing_language_and_processor_say_what_to_run(tmp_path):
    (tmp_path / "fr" / "tokenize").mkdir(parents=True)
    (tmp_path / "fr" / "tokenize" / "small.pt").write_bytes(b"x")
    parser = Parser(models_dir=tmp_path)
    with pytest.raises(
        ModelNotFoundError, match=r"no models for language 'de'.*kg models train de"
    ):
        parser.pipeline("de")
    with pytest.raises(ModelNotFoundError, match=r"no Stanza pos model for 'fr'"):
        parser.pipeline("fr")
    assert parser.available() == []


def test_language_detection():
    assert (
        detect_language(
            "Presiden Rusia Vladimir Putin mengadakan pembicaraan dengan Presiden China Xi Jinping"
        )
        == "id"
    )
    assert (
        detect_language(
            "Russian President Vladimir Putin held talks with Chinese President Xi Jinping"
        )
        == "en"
    )
    # a short English sentence looks Afrikaans (0.11) as much as English (0.10): with models
    # for English, English
    assert detect_language("Vladimir Putin met Xi Jinping in Moscow.", ["en", "id"]) == "en"
    with pytest.raises(LanguageError, match="pass --lang"):
        detect_language("Putin")
    with pytest.raises(LanguageError, match="no models here"):
        detect_language(
            "Der russische Präsident hat mit dem chinesischen Präsidenten gesprochen", ["en", "id"]
        )


def test_split_text_keeps_everything_and_bounds_pieces():
    text = ("Russia and China signed a deal. " * 50 + "\n\n") * 20
    pieces = split_text(text, 2000)
    assert "".join(pieces) == text
    assert all(len(p) <= 2000 for p in pieces)
    blob = "x" * 5000  # one line, no punctuation, no spaces
    assert "".join(split_text(blob, 1000)) == blob


@pytest.mark.model
def test_real_parse_with_local_models(parser):
    assert set(parser.available()) >= {"en", "id"}
    docs = parser.parse(
        ["Presiden Rusia Vladimir Putin mengadakan pembicaraan dengan Presiden China Xi Jinping."],
        "id",
    )
    words = [w for s in docs[0].sentences for w in s.words]
    assert [w.text for w in words][:4] == ["Presiden", "Rusia", "Vladimir", "Putin"]
    assert all(w.deprel for w in words) and sum(w.head == 0 for w in words) == len(
        docs[0].sentences
    )
    assert parser.pipeline("id") is parser.pipeline("id")  # built once, reused


@pytest.mark.model
def test_typographic_apostrophes_are_read_as_possessives_and_quoted_as_written(parser):
    """ "Uzbekistan’s minister": the model reads the possessive ("'s", not "is"); the text
    quoted as provenance keeps the writer's apostrophe, at the same offsets."""
    text = "Uzbekistan’s foreign minister arrived in Kabul on Thursday."
    doc = parser.parse([text], "en")[0]
    sent = doc.sentences[0]
    assert sent.text == text and doc.text == text
    poss = next(w for w in sent.words if w.text == "'s")
    assert poss.upos == "PART" and sent.words[poss.head - 1].text == "Uzbekistan"


def test_letter_apostrophes_and_opening_quotes_inside_words_are_prepared_as_apostrophes():
    """Some outlets write the possessive with the letter apostrophe ("Kazakhstanʼs") or an
    opening quote ("d‘affaires"): the models get ASCII, one character for one; quotes around
    words stay."""
    from kg.parse.typography import plain_apostrophes

    text = "Kazakhstanʼs authorities summoned the chargé d‘affaires and said ‘no’."
    plain = plain_apostrophes(text)
    assert plain == "Kazakhstan's authorities summoned the chargé d'affaires and said ‘no’."
    assert len(plain) == len(text)


@pytest.mark.slow
@pytest.mark.model
def test_long_article_is_split_and_joined(parser):
    text = "Putin bertemu Xi di Beijing. " * 900  # ~26k characters > MAX_CHUNK
    doc = parser.parse([text], "id")[0]
    assert len(doc.sentences) >= 800
    last = doc.sentences[-1].tokens[0]  # offsets point into the whole article, not its piece
    assert last.start_char > 25_000
    assert text[last.start_char : last.end_char] == last.text


def test_five_megabyte_line_without_punctuation_is_cut_small():
    from kg.parse.stanza import MAX_CHUNK, MAX_RUN

    line = " ".join(f"kata{i % 97}" for i in range(800_000))[:5_000_000]
    chunks = split_text(line, MAX_CHUNK)
    pieces = [p for c in chunks for p in split_text(c, MAX_RUN)]
    assert "".join(pieces) == line
    assert max(len(p) for p in pieces) <= MAX_RUN


def test_a_hundred_thousand_tiny_articles_stream(write):
    from kg.read import read_paths

    feed = write(
        "many.jsonl",
        "".join(
            f'{{"text": "Russia and China met on day {i}.", "lang": "en"}}\n'
            for i in range(100_000)
        ),
    )
    count = sum(1 for item in read_paths([feed]) if hasattr(item, "text"))
    assert count == 100_000


@pytest.mark.model
@pytest.mark.slow
def test_long_line_article_builds(parser, extractor):
    text = "Headline\n\n" + " ".join(
        ["Rusia dan China bekerja sama"] * 2500
    )  # ~72 kB, no full stop: split into chunks, and each chunk into runs
    doc = parser.parse([text], "id")[0]
    assert len(doc.sentences) >= 50
    triples, _ = extractor.extract(doc, "id", None)
    assert any(t.relation == "cooperates_with" for t in triples)


def test_the_recorded_model_folder_is_found_after_the_environment(tmp_path):
    """--models, then KG_MODELS, then the folder `kg models use` recorded, then official models."""
    from kg.parse.stanza import models_dir

    recorded, env_dir, option = (tmp_path / n for n in ("recorded", "env", "option"))
    for d in (recorded, env_dir, option):
        d.mkdir()
    config = tmp_path / "config.json"
    config.write_text(f'{{"models": "{recorded}"}}')
    env = {"KG_CONFIG": str(config)}
    assert models_dir(None, env=env) == recorded
    assert models_dir(None, env=env | {"KG_MODELS": str(env_dir)}) == env_dir
    assert models_dir(option, env=env | {"KG_MODELS": str(env_dir)}) == option
    assert models_dir(None, env={"HOME": str(tmp_path / "nobody")}) is None


def test_parses_of_texts_prepared_otherwise_are_not_reused(tmp_path, monkeypatch):
    """The parse cache's key names how texts were prepared for the models (typography): a
    parse cached before that preparation changed is parsed again, not reused."""
    import kg.parse.stanza as stanza_mod
    from kg.parse.cache import ParseCache
    from kg.parse.conllu import to_document
    from kg.records import Article

    article = Article(text="Russia’s army attacked Ukraine.", title="t", source="a.txt")
    doc = to_document("1\tRussia\tRussia\tPROPN\t_\t_\t0\troot\t_\t_\n")
    ParseCache(tmp_path / "c", stanza_mod.Parser(models_dir=tmp_path)).put(article, "en", doc)
    again = ParseCache(tmp_path / "c", stanza_mod.Parser(models_dir=tmp_path))
    assert again.get(article, "en") is not None
    monkeypatch.setattr(stanza_mod, "TEXT_PREPARATION", "next")
    later = ParseCache(tmp_path / "c", stanza_mod.Parser(models_dir=tmp_path))
    assert later.get(article, "en") is None
