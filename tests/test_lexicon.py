"""Per-language lexicons (ontologies/lexicon/<lang>.tsv) and their lookups."""

from __future__ import annotations

import pytest

from kg.errors import InputError, LanguageError
from kg.knowledge.lexicon import KINDS, Lexicon, available_languages, load, read_lexicon
from kg.knowledge.ontology import load_relations

HEADER = "kind\tform\trelation\targ\tnote\n"


def relations_of(lex: Lexicon, word: str, kind: str | None = None) -> set[str]:
    return {e.relation for e in lex.predicate(word) if kind is None or e.kind == kind}


def test_available_languages():
    assert {"en", "id"} <= set(available_languages())
    assert Lexicon.available_languages() == available_languages()


def test_unknown_language_names_the_available_ones():
    with pytest.raises(LanguageError, match=r"available: .*en.*id"):
        load("xx")


def test_language_tags_with_regions_load_the_base_language():
    assert load("id-ID") is load("id")
    assert Lexicon.load("en") is load("en")


@pytest.mark.parametrize("lang", ["en", "id"])
def test_lexicon_is_large_and_its_relations_exist(lang):
    lex = load(lang)
    preds = lex.entries_of("verb") + lex.entries_of("noun")
    assert len(preds) >= 150
    relations = load_relations()
    assert {e.relation for e in preds} <= set(relations)
    for kind in KINDS:
        assert lex.entries_of(kind), f"{lang}: no {kind} entries"


@pytest.mark.parametrize("lang", ["en", "id"])
def test_lexicon_covers_every_relation_and_cameo_root(lang):
    lex = load(lang)
    relations = load_relations()
    used = {e.relation for e in lex.entries_of("verb") + lex.entries_of("noun")}
    assert set(relations) - used == set()
    roots = {relations[r].cameo_root for r in used if relations[r].cameo_root}
    assert roots == {f"{i:02d}" for i in range(1, 21)}


def test_indonesian_seed_predicates():
    lex = load("id")
    assert relations_of(lex, "berbicara") == {"talks_with"}
    assert relations_of(lex, "bicara") == {"talks_with"}  # Stanza's lemma of pembicaraan
    assert relations_of(lex, "pembicaraan") == {"talks_with"}
    assert relations_of(lex, "menentang") == {"opposes"}
    assert relations_of(lex, "ditentang") == {"opposes"}  # passive: ditentang oleh China
    assert relations_of(lex, "dukungan") == {"supports"}
    assert relations_of(lex, "mendukung") == {"supports"}
    assert relations_of(lex, "dukung") == {"supports"}
    assert relations_of(lex, "memperingatkan") == {"warns"}
    assert relations_of(lex, "menyerang") == {"attacks"}
    assert relations_of(lex, "mengancam") == {"threatens"}
    assert relations_of(lex, "bertemu") == {"meets"}
    assert relations_of(lex, "temu") == {"meets"}
    assert relations_of(lex, "memboikot") == {"boycotts"}
    assert relations_of(lex, "kemitraan") == {"cooperates_with"}
    assert relations_of(lex, "perdagangan") == {"trades_with"}
    assert relations_of(lex, "memberi tahu") == {"talks_with"}
    assert relations_of(lex, "sepakat") == {"signs_agreement_with"}
    assert relations_of(lex, "perjanjian") == {"signs_agreement_with"}
    assert relations_of(lex, "kerja sama") == {"cooperates_with"}
    assert relations_of(lex, "pandangan negatif") == {"opposes"}
    assert relations_of(lex, "menandatangani") == {"signs_agreement_with", None}  # verb + light
    assert relations_of(lex, "menawarkan") == {None}  # light only: menawarkan dukungan kepada
    assert relations_of(lex, "mengadakan") == {None}
    assert "dengan" in lex.lookup("noun", "pembicaraan")[0].markers
    assert "kepada" in lex.lookup("noun", "dukungan")[0].markers
    assert "tentang" in lex.lookup("noun", "pandangan negatif")[0].markers
    assert "antara" in lex.lookup("noun", "perdagangan")[0].markers


def test_indonesian_ambiguous_roots_are_not_predicates():
    lex = load("id")
    for root in ("tentang", "ada", "ingat", "nyata"):
        assert lex.predicate(root) == [], root


def test_indonesian_function_words():
    lex = load("id")
    for kind, word in [
        ("light", "mengadakan"),
        ("light", "menawarkan"),
        ("light", "menyatakan"),
        ("report", "menyatakan"),
        ("report", "kata"),
        ("report", "imbuh"),
        ("report", "dikutip"),
        ("report", "dilansir"),
        ("negation", "tidak"),
        ("negation", "agar tidak"),
        ("future", "akan"),
        ("future", "berharap"),
        ("allege", "dituduh"),
        ("reciprocal", "satu sama lain"),
    ]:
        assert lex.is_kind(kind, word), (kind, word)
    assert lex.lookup("pronoun", "mereka")[0].arg == "pl"
    assert lex.lookup("pronoun", "dia")[0].arg == "sg"
    assert lex.lookup("plural_ref", "kedua pemimpin")[0].arg == "persons"
    assert lex.lookup("plural_ref", "kedua negara")[0].arg == "states"
    assert not lex.is_kind("negation", "akan")


def test_seed_sentence_light_verb_and_noun():
    lex = load("id")
    words = ["xi", "jinping", "telah", "menawarkan", "dukungan", "kepada", "vladimir", "putin"]
    assert lex.match_at(words, 3, "light")[0] == 4
    end, entry = lex.match_at(words, 4, "noun")
    assert (end, entry.relation) == (5, "supports")
    words = [
        "dua",
        "pemimpin",
        "itu",
        "menyatakan",
        "“",
        "pandangan",
        "negatif",
        "”",
        "mereka",
        "tentang",
    ]
    assert lex.match_at(words, 0, "plural_ref")[1].arg == "persons"
    end, entry = lex.match_at(words, 5, ("verb", "noun"))
    assert (end, entry.relation) == (7, "opposes")


def test_english_predicates_and_phrases():
    lex = load("en")
    for word, rel in [
        ("meet", "meets"),
        ("hold", None),
        ("talk", "talks_with"),
        ("support", "supports"),
        ("oppose", "opposes"),
        ("condemn", "criticizes"),
        ("boycott", "boycotts"),
        ("attack", "attacks"),
        ("warn", "warns"),
        ("threaten", "threatens"),
        ("sign", "signs_agreement_with"),
        ("sanction", "sanctions"),
        ("accuse", "accuses"),
    ]:
        assert rel in relations_of(lex, word), word
    words, lemmas = ["held", "talks", "with"], ["hold", "talk", "with"]
    assert lex.match_at(words, 0, "light", lemmas)[0] == 1
    assert lex.match_at(words, 1, "noun", lemmas)[1].relation == "talks_with"
    words = ["expressed", "negative", "views", "about"]
    lemmas = ["express", "negative", "view", "about"]
    end, entry = lex.match_at(words, 1, "noun", lemmas)
    assert (end, entry.relation) == (3, "opposes")
    assert lex.is_kind("negation", "n't")
    assert lex.is_kind("future", "will")
    assert lex.is_kind("report", "say")
    assert lex.is_kind("reciprocal", "each other")
    assert lex.lookup("plural_ref", "both countries")[0].arg == "states"
    assert lex.lookup("plural_ref", "the two leaders")[0].arg == "persons"


def test_match_at_prefers_longest_and_surface_matches():
    lex = load("id")
    words = ["as", "menjatuhkan", "sanksi", "terhadap", "rusia"]
    end, entry = lex.match_at(words, 1, ("verb", "light"))
    assert (end, entry.form) == (3, "menjatuhkan sanksi")
    # surface "perjanjian" (agreement) wins over its lemma "janji" (promise)
    assert lex.match_at(["perjanjian"], 0, ("verb", "noun"), ["janji"])[1].relation == (
        "signs_agreement_with"
    )
    # a form reached only through its lemma
    assert lex.match_at(["didukung"], 0, "verb", ["dukung"])[1].relation == "supports"
    # multi-word forms match lemma by lemma too
    assert lex.match_at(["bekerja", "sama"], 0, "noun", ["kerja", "sama"])[0] == 2
    assert lex.match_at(words, 10, "verb") is None
    assert lex.match_at(words, 0, "verb") is None
    with pytest.raises(InputError, match="unknown lexicon kind"):
        lex.match_at(words, 0, "adjective")


def test_match_at_breaks_ties_by_part_of_speech_then_surface():
    en, id_ = load("en"), load("id")
    kinds = ("verb", "noun", "light")
    # "offered support to": lemma "offer" is both a noun and a light verb
    assert en.match_at(["offered"], 0, kinds, ["offer"], "VERB")[1].kind == "light"
    assert en.match_at(["support"], 0, kinds, ["support"], "NOUN")[1].kind == "noun"
    assert en.match_at(["support"], 0, kinds, ["support"], "VERB")[1].kind == "verb"
    # "Putin talks with Xi": the noun form "talks" loses to the verb lemma "talk"
    assert en.match_at(["talks"], 0, kinds, ["talk"], "VERB")[1].form == "talk"
    # "mengadakan pembicaraan": the surface noun wins over the verb root "bicara"
    assert id_.match_at(["pembicaraan"], 0, kinds, ["bicara"])[1].kind == "noun"
    assert id_.match_at(["dukungan"], 0, kinds, ["dukung"])[1].kind == "noun"


def test_entry_markers_and_intransitive():
    entry = load("id").lookup("verb", "bertemu")[0]
    assert entry.markers == ("dengan", "obj")
    assert entry.intransitive
    assert not load("id").lookup("verb", "menyerang")[0].intransitive


@pytest.mark.parametrize(
    ("row", "message"),
    [
        ("verbb\tmeet\tmeets\tobj\t\n", "unknown kind 'verbb'"),
        ("verb\tmeet\ttalk_with\tobj\t\n", "did you mean talks_with"),
        ("verb\tmeet\tmeets\n", "expected 5 tab-separated columns"),
        ("pronoun\the\t-\tmany\t\n", "must be sg or pl"),
        ("negation\tnot\tmeets\t-\t\n", "takes no relation"),
        ("verb\tmeet\tmeets\t\t\n", "bad arg"),
    ],
)
def test_bad_rows_are_reported_with_file_and_line(tmp_path, row, message):
    path = tmp_path / "xx.tsv"
    path.write_text("# comment\n" + HEADER + "verb\ttalk\ttalks_with\twith\t\n" + row)
    with pytest.raises(InputError, match=message) as err:
        read_lexicon(path)
    assert "xx.tsv, line 4" in str(err.value)


def test_duplicate_rows_and_missing_header_are_errors(tmp_path):
    path = tmp_path / "xx.tsv"
    path.write_text(HEADER + "verb\tmeet\tmeets\tobj\t\nverb\tMeet\tmeets\twith\t\n")
    with pytest.raises(InputError, match="duplicate of line 2"):
        read_lexicon(path)
    path.write_text("verb\tmeet\tmeets\tobj\t\n")
    with pytest.raises(InputError, match="header"):
        read_lexicon(path)


def test_read_lexicon_reads_a_custom_file(tmp_path):
    path = tmp_path / "fr.tsv"
    path.write_text(HEADER + "verb\trencontrer\tmeets\tobj,avec\tnote\nnegation\tne pas\t-\t-\t\n")
    lex = read_lexicon(path)
    assert lex.lang == "fr" and len(lex) == 2
    assert relations_of(lex, "Rencontrer") == {"meets"}
    assert lex.match_at(["ne", "pas"], 0, "negation")[0] == 2


@pytest.mark.parametrize("lang", ["en", "id"])
def test_finer_cameo_codes_refine_their_relations(lang):
    """A row's `relation:code` (talks_with:041) must be a finer code of the relation's own."""
    from kg.extract.event_codes import refines
    from kg.knowledge.cameo import load_cameo

    relations, table = load_relations(), load_cameo()
    coded = [e for e in load(lang).entries_of("verb") + load(lang).entries_of("noun") if e.cameo]
    assert len(coded) >= 15
    for e in coded:
        assert e.cameo in table, (e.form, e.cameo)
        assert refines(e.cameo, relations[e.relation].cameo_code), (e.form, e.relation, e.cameo)


def test_a_bad_cameo_code_is_a_row_error(tmp_path):
    path = tmp_path / "xx.tsv"
    path.write_text(HEADER + "verb\tphone\ttalks_with:04x\tobj\t\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"line 2: bad CAMEO code '04x'"):
        read_lexicon(path)
    path.write_text(HEADER + "verb\tphone\ttalks_with:041\tobj\t\n", encoding="utf-8")
    (entry,) = read_lexicon(path).entries_of("verb")
    assert (entry.relation, entry.cameo) == ("talks_with", "041")
