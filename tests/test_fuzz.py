"""Property tests (hypothesis) on untrusted input: the readers (.txt, .jsonl, .conllu),
CoNLL-U checking, the extractor on random valid UD trees and SPARQL parameter binding.
Whatever the input, only kg's own errors (``kg.errors.KgError``) may escape."""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from kg.errors import InputError, KgError
from kg.read import Skipped, decode, read_paths

FUZZ = settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)

UPOS = "ADJ ADP ADV AUX CCONJ DET INTJ NOUN NUM PART PRON PROPN PUNCT SCONJ SYM VERB X"
DEPRELS = (
    "acl acl:relcl advcl advmod amod appos aux aux:pass case cc ccomp clf compound compound:prt "
    "conj cop csubj csubj:pass dep det discourse dislocated expl fixed flat flat:name goeswith "
    "iobj list mark nmod nmod:poss nmod:tmod nsubj nsubj:pass nummod obj obl obl:agent obl:tmod "
    "orphan parataxis punct reparandum vocative xcomp"
)
# word -> (lemma, usual UPOS); the lexicons match surface forms and lemmas
WORDS = {
    "en": {
        "held": ("hold", "VERB"),
        "talks": ("talk", "NOUN"),
        "with": ("with", "ADP"),
        "met": ("meet", "VERB"),
        "said": ("say", "VERB"),
        "will": ("will", "AUX"),
        "not": ("not", "PART"),
        "did": ("do", "AUX"),
        "criticized": ("criticize", "VERB"),
        "sanctions": ("sanction", "NOUN"),
        "imposed": ("impose", "VERB"),
        "on": ("on", "ADP"),
        "supports": ("support", "VERB"),
        "each": ("each", "DET"),
        "other": ("other", "ADJ"),
        "and": ("and", "CCONJ"),
        "he": ("he", "PRON"),
        "President": ("President", "PROPN"),
        "Russian": ("Russian", "ADJ"),
        "Chinese": ("Chinese", "ADJ"),
        "Prime": ("Prime", "PROPN"),
        "Minister": ("Minister", "PROPN"),
    },
    "id": {
        "mengadakan": ("ada", "VERB"),
        "pembicaraan": ("bicara", "NOUN"),
        "dengan": ("dengan", "ADP"),
        "tidak": ("tidak", "PART"),
        "akan": ("akan", "AUX"),
        "kata": ("kata", "VERB"),
        "bertemu": ("temu", "VERB"),
        "mengkritik": ("kritik", "VERB"),
        "mendukung": ("dukung", "VERB"),
        "sanksi": ("sanksi", "NOUN"),
        "terhadap": ("terhadap", "ADP"),
        "dan": ("dan", "CCONJ"),
        "ia": ("ia", "PRON"),
        "Presiden": ("presiden", "PROPN"),
        "Perdana": ("perdana", "PROPN"),
        "Menteri": ("menteri", "PROPN"),
    },
}
ACTOR_WORDS = {
    "Russia": "PROPN",
    "Rusia": "PROPN",
    "Putin": "PROPN",
    "Vladimir": "PROPN",
    "Xi": "PROPN",
    "Jinping": "PROPN",
    "China": "PROPN",
    "Tiongkok": "PROPN",
    "AUKUS": "PROPN",
    "NATO": "PROPN",
    "Biden": "PROPN",
    "Jokowi": "PROPN",
    "Indonesia": "PROPN",
    "Ukraine": "PROPN",
    "Ukraina": "PROPN",
    "United": "PROPN",
    "States": "PROPN",
    "Amerika": "PROPN",
    "Serikat": "PROPN",
}
PUNCT = {'"': "PUNCT", ",": "PUNCT", ".": "PUNCT", "“": "PUNCT", "”": "PUNCT", "'": "PUNCT"}

# a token's FORM: no whitespace, no control or line-breaking characters
odd_form = st.text(
    st.characters(blacklist_categories=("Cc", "Cs", "Zs", "Zl", "Zp")), min_size=1, max_size=8
)


def conllu_sentence(rows: list[tuple[str, str, str, int, str]], with_misc: bool) -> str:
    """CoNLL-U lines for ``(form, lemma, upos, head, deprel)`` rows (heads 1-based)."""
    lines = [f"# text = {' '.join(r[0] for r in rows)}"]
    start = 0
    for i, (form, lemma, upos, head, deprel) in enumerate(rows, start=1):
        misc = f"start_char={start}|end_char={start + len(form)}" if with_misc else "_"
        start += len(form) + 1
        lines.append(f"{i}\t{form}\t{lemma}\t{upos}\t_\t_\t{head}\t{deprel}\t_\t{misc}")
    return "\n".join(lines) + "\n"


@st.composite
def random_trees(draw, lang: str) -> str:
    """A random *valid* sentence: known and odd words in a random tree (one root, no cycle)."""
    known = {**{w: u for w, (_, u) in WORDS[lang].items()}, **ACTOR_WORDS, **PUNCT}
    n = draw(st.integers(1, 12))
    forms = [draw(st.one_of(st.sampled_from(sorted(known)), odd_form)) for _ in range(n)]
    # nodes in a random order, each attached to one placed before it
    order = draw(st.permutations(range(1, n + 1)))
    heads = {order[0]: 0}
    for k in range(1, n):
        heads[order[k]] = order[draw(st.integers(0, k - 1))]
    rows = []
    for i, form in enumerate(forms, start=1):
        lemma = WORDS[lang].get(form, (form.lower(), ""))[0]
        usual = known.get(form)
        upos = (
            draw(st.sampled_from(UPOS.split())) if usual is None or draw(st.booleans()) else usual
        )
        deprel = "root" if heads[i] == 0 else draw(st.sampled_from(DEPRELS.split()))
        rows.append((form, lemma, upos, heads[i], deprel))
    text = conllu_sentence(rows, draw(st.booleans()))
    return text if draw(st.booleans()) else text.split("\n", 1)[1]  # "# text" optional


# clause skeletons: verb, its lemma, an event noun object (light verbs), the preposition
CLAUSES = {
    "en": [
        ("held", "hold", ("talks", "talk"), "with"),
        ("met", "meet", None, "with"),
        ("criticized", "criticize", None, None),
        ("supports", "support", None, None),
        ("warned", "warn", None, None),
        ("visited", "visit", None, None),
        ("imposed", "impose", ("sanctions", "sanction"), "on"),
    ],
    "id": [
        ("mengadakan", "ada", ("pembicaraan", "bicara"), "dengan"),
        ("bertemu", "temu", None, "dengan"),
        ("mengkritik", "kritik", None, None),
        ("mendukung", "dukung", None, None),
        ("mengunjungi", "kunjung", None, None),
        ("menjatuhkan", "jatuh", ("sanksi", "sanksi"), "terhadap"),
    ],
}
ACTORS = {
    "en": ["Putin", "Xi", "Russia", "China", "AUKUS", "Biden", "NATO", "Ukraine", "he"],
    "id": ["Putin", "Xi", "Rusia", "Tiongkok", "AUKUS", "Jokowi", "Indonesia", "Ukraina", "ia"],
}
GRAMMAR = {
    "en": {
        "title": "President",
        "and": "and",
        "neg": [("did", "do", "AUX"), ("not", "not", "PART")],
        "fut": [("will", "will", "AUX")],
        "say": ("said", "say"),
    },
    "id": {
        "title": "Presiden",
        "and": "dan",
        "neg": [("tidak", "tidak", "PART")],
        "fut": [("akan", "akan", "AUX")],
        "say": ("kata", "kata"),
    },
}


def _descendants(heads: list[int], i: int) -> set[int]:
    out, grew = {i}, True
    while grew:
        more = {j for j, h in enumerate(heads) if h in out and j not in out}
        grew, out = bool(more), out | more
    return out


@st.composite
def clause_trees(draw, lang: str) -> str:
    """A well-formed clause ("President Putin did not hold talks with Xi, said Biden"),
    then a few random edits of labels and attachments (the tree stays valid)."""
    g = GRAMMAR[lang]
    verb, vlemma, noun, prep = draw(st.sampled_from(CLAUSES[lang]))
    actor = st.sampled_from(ACTORS[lang])
    toks: list[list] = []  # form lemma upos deprel head (a name or an index; None = root)
    names: dict[str, int] = {}

    def add(form, lemma, upos, deprel, head, name=None):
        toks.append([form, lemma, upos, deprel, head])
        if name:
            names[name] = len(toks) - 1

    report = draw(st.sampled_from(["", "after", "quote"]))
    if report == "quote":
        add('"', '"', "PUNCT", "punct", "V")
    if draw(st.booleans()):
        add(g["title"], g["title"].lower(), "PROPN", "compound", "S")
    subj = draw(actor)
    add(subj, subj.lower(), "PRON" if subj in ("he", "ia") else "PROPN", "nsubj", "V", "S")
    if draw(st.booleans()):
        add(g["and"], g["and"], "CCONJ", "cc", "S2")
        other = draw(actor)
        add(other, other.lower(), "PROPN", "conj", "S", "S2")
    mood = draw(st.sampled_from(["", "neg", "fut"]))
    for form, lemma, upos in g.get(mood, []):
        add(form, lemma, upos, "aux" if upos == "AUX" else "advmod", "V")
    add(
        verb,
        vlemma,
        "VERB",
        "root" if report == "" else "ccomp",
        None if report == "" else "R",
        "V",
    )
    if noun:
        add(*noun, "NOUN", "obj", "V")
    if prep and draw(st.booleans()):
        add(prep, prep, "ADP", "case", "O")
    obj = draw(actor)
    add(obj, obj.lower(), "PROPN", "obl" if prep or noun else "obj", "V", "O")
    if report:
        add(",", ",", "PUNCT", "punct", "V")
        if report == "quote":
            add('"', '"', "PUNCT", "punct", "V")
        add(*g["say"], "VERB", "root", None, "R")
        speaker = draw(actor)
        add(speaker, speaker.lower(), "PROPN", "nsubj", "R")
    add(".", ".", "PUNCT", "punct", "R" if report else "V")
    heads = [-1 if h is None else names[h] if isinstance(h, str) else h for *_, h in toks]
    for _ in range(draw(st.integers(0, 3))):  # random edits
        i = draw(st.integers(0, len(toks) - 1))
        what = draw(st.sampled_from(["deprel", "upos", "attach"]))
        if what == "upos":
            toks[i][2] = draw(st.sampled_from(UPOS.split()))
        elif heads[i] != -1:
            if what == "deprel":
                toks[i][3] = draw(st.sampled_from(DEPRELS.split()))
            else:
                allowed = sorted(set(range(len(toks))) - _descendants(heads, i))
                heads[i] = draw(st.sampled_from(allowed))
    rows = [(f, lem, u, h + 1, d) for (f, lem, u, d, _), h in zip(toks, heads)]
    return conllu_sentence(rows, draw(st.booleans()))


def ud_sentences(lang: str):
    return st.one_of(random_trees(lang), clause_trees(lang))


def ud_articles(lang: str):
    return st.lists(ud_sentences(lang), min_size=1, max_size=4).map("\n".join)


# near-CoNLL-U: lines of tab-separated cells drawn from digits (also non-ASCII ones),
# "_", ids of multi-word tokens and empty nodes, and comment lines
cell = st.one_of(
    st.sampled_from(["0", "1", "2", "3", "10", "_", "-1", "1-2", "1.1", "²", "٣", "x", ""]),
    st.text(max_size=4),
)
token_line = st.lists(cell, min_size=8, max_size=11).map("\t".join)
comment = st.sampled_from(["# text = A b.", "# text", "# textual", "# sent_id = 1", "#", ""])
near_conllu = st.lists(st.one_of(token_line, comment), max_size=10).map("\n".join)


# --- readers ----------------------------------------------------------------------------


def read_all(name: str, data: bytes) -> list:
    """read_paths on one file holding ``data``; only KgError may escape."""
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / name
        path.write_bytes(data)
        try:
            items = list(read_paths([path], warn=lambda msg: None))
        except KgError:
            return []
    for item in items:
        assert isinstance(item, Skipped) or item.text.strip(), item
    return items


SUFFIXES = [".txt", ".jsonl", ".conllu", ".html", ".json", ".rss", ".warc", ".warc.gz"]
# what the content sniffing turns into a WARC, a page, a feed or news-please JSON
HEADS = [
    b"WARC/1.0\r\n",
    b"\x1f\x8b\x08\x00",
    b"<!DOCTYPE html><html lang='",
    b"<?xml version='1.0'?><rss><channel><item><description>",
    b"<feed xmlns='http://www.w3.org/2005/Atom'><entry><content type='html'>",
    b'{"maintext": "',
]


@FUZZ
@given(data=st.binary(max_size=300), suffix=st.sampled_from(SUFFIXES))
@example(data=b"\xff\xfe\x00", suffix=".txt")  # UTF-16 BOM, odd length
@example(data=b"%PDF-1.4\n", suffix=".jsonl")
@example(data=b"WARC/1.0\r\nContent-Length: 99999\r\n\r\n<html>", suffix=".txt")
def test_readers_survive_arbitrary_bytes(data, suffix):
    read_all("article" + suffix, data)


@FUZZ
@given(head=st.sampled_from(HEADS), data=st.binary(max_size=300), suffix=st.sampled_from(SUFFIXES))
def test_web_readers_survive_arbitrary_bytes_after_their_magic(head, data, suffix):
    read_all("article" + suffix, head + data)


@FUZZ
@given(text=st.text(max_size=300), suffix=st.sampled_from(SUFFIXES))
def test_readers_survive_arbitrary_text(text, suffix):
    read_all("2021-02-30_article" + suffix, text.encode("utf-8"))


json_value = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3)
    ),
    max_leaves=8,
)
record = st.fixed_dictionaries(
    {},
    optional={
        "text": st.one_of(st.text(max_size=40), json_value),
        "title": st.one_of(st.text(max_size=10), json_value),
        "url": st.one_of(st.text(max_size=10), json_value),
        "date": st.one_of(
            st.sampled_from(["2021-12-15", "2021-13-45", "15/12/2021", ""]), json_value
        ),
        "lang": st.one_of(st.sampled_from(["en", "id", "xx", ""]), json_value),
    },
)
jsonl_line = st.one_of(record.map(json.dumps), json_value.map(json.dumps), st.text(max_size=30))


@FUZZ
@given(lines=st.lists(jsonl_line, max_size=6))
def test_jsonl_reader_skips_any_bad_line(lines):
    items = read_all("articles.jsonl", "\n".join(lines).encode("utf-8"))
    for item in items:
        if isinstance(item, Skipped):
            assert item.source.endswith(".jsonl") or item.source.rsplit(":", 1)[-1].isdigit()


@pytest.mark.parametrize(
    "line",
    [
        '{"text": "x", "n": ' + "9" * 5000 + "}",  # past Python's int digit limit: ValueError
        "[" * 5000,  # nested too deep: RecursionError
    ],
    ids=["huge-integer", "deep-nesting"],
)
def test_jsonl_lines_the_json_module_cannot_take_are_skipped(line):
    ok = '{"text": "Putin held talks with Xi."}'
    items = read_all("articles.jsonl", f"{ok}\n{line}\n{ok}\n".encode())
    assert [type(i).__name__ for i in items] == ["Article", "Skipped", "Article"]
    assert items[1].source.endswith(":2")


@FUZZ
@given(raw=st.one_of(near_conllu, st.text(max_size=200)))
@example(raw="# text\n1\tA\ta\tX\t_\t_\t0\troot\t_\t_\n")  # "# text" without "="
@example(raw="1\tA\ta\tX\t_\t_\t0\troot\t_\t_\n²\tB\tb\tX\t_\t_\t1\tdep\t_\t_\n")  # "²".isdigit()
@example(raw="1-2\tA\ta\tX\t_\t_\t0\troot\t_\t_\n")  # a range with no words: empty article
def test_conllu_reader_survives_near_conllu(raw):
    read_all("parsed.conllu", raw.encode("utf-8"))


@FUZZ
@given(data=st.binary(max_size=200))
@example(data=b"\xef\xbb\xbf\xff")  # UTF-8 BOM, then an invalid byte
@example(data=b"\x00\x00\xfe\xff\x00\x11\x00\x00")  # UTF-32 BOM, code point past U+10FFFF
@example(data=b"caf\xe9")
def test_decode_gives_text_or_input_error(data):
    try:
        assert isinstance(decode(data, "x.txt"), str)
    except InputError as exc:
        assert str(exc).startswith("x.txt: ")


# --- CoNLL-U ----------------------------------------------------------------------------


@FUZZ
@given(raw=st.one_of(near_conllu, st.text(max_size=200)))
@example(raw="1\tA\ta\tX\t_\t_\t0\troot\t_\t_\n2\tB\tb\tX\t_\t_\t²\tdep\t_\t_\n")
def test_check_conllu_and_to_document_raise_only_input_error(raw):
    from kg.parse.conllu import check_conllu, to_document

    with contextlib.suppress(InputError):
        check_conllu(raw, "f.conllu")
    try:
        doc = to_document(raw, "f.conllu")
    except InputError:
        return
    assert doc.sentences


@FUZZ
@given(raw=ud_articles("en"))
def test_valid_trees_become_documents(raw):
    from kg.parse.conllu import check_conllu, to_document

    check_conllu(raw)
    doc = to_document(raw)
    tokens = [ln for ln in raw.splitlines() if ln[:1].isdigit()]
    assert sum(len(s.words) for s in doc.sentences) == len(tokens)
    assert all(s.text for s in doc.sentences)


# --- the extractor ----------------------------------------------------------------------


@pytest.fixture(scope="module")
def extractor():
    from kg.extract import Extractor

    return Extractor.default()


@pytest.fixture(scope="module")
def relations():
    from kg.knowledge.ontology import load_relations

    return load_relations()


dates = st.one_of(st.none(), st.dates(dt.date(1990, 1, 1), dt.date(2030, 12, 31)))


def check_triples(triples, relations):
    for t in triples:
        assert t.subject != t.object, t
        assert t.relation in relations, t
        assert t.factuality in {"asserted", "negated", "future", "reported"}, t
        assert 0 < t.confidence <= 1, t


@pytest.mark.parametrize("lang", ["en", "id"])
@FUZZ
@given(data=st.data(), date=dates)
def test_extractor_on_random_valid_trees(lang, data, date, extractor, relations):
    from kg.parse.conllu import to_document

    raw = data.draw(ud_articles(lang), label="conllu")
    triples, _ = extractor.extract(to_document(raw), lang, date)
    check_triples(triples, relations)


def test_extractor_on_lexicon_sentences(extractor, relations):
    """Real trigger words in real-looking trees still give well-formed triples."""
    from kg.parse.conllu import to_document

    rows = {
        "en": "Putin held talks with Xi",
        "id": "Putin mengadakan pembicaraan dengan Xi",
    }
    for lang, text in rows.items():
        words = text.split()
        raw = f"# text = {text}\n" + "".join(
            f"{i}\t{w}\t{WORDS[lang].get(w, (w,))[0]}\t"
            f"{'PROPN' if w[0].isupper() else WORDS[lang][w][1]}\t_\t_\t"
            f"{h}\t{d}\t_\t_\n"
            for i, (w, h, d) in enumerate(
                zip(words, [2, 0, 2, 5, 2], ["nsubj", "root", "obj", "case", "obl"]), start=1
            )
        )
        triples, _ = extractor.extract(to_document(raw), lang, dt.date(2021, 12, 15))
        check_triples(triples, relations)
        assert {(t.subject, t.relation, t.object) for t in triples} >= {
            ("vladimir_putin", "talks_with", "xi_jinping")
        }


# --- SPARQL parameter binding -----------------------------------------------------------


@pytest.fixture(scope="module")
def small_store():
    from kg.knowledge.actors import load_actors
    from kg.records import Article, Triple
    from kg.store import Store

    article = Article(
        text="Putin held talks with Xi.",
        title="Putin and Xi",
        url="https://example.org/putin-xi",
        date=dt.date(2021, 12, 15),
        lang="en",
        source="fuzz.txt",
    )
    triple = Triple(
        "vladimir_putin",
        "talks_with",
        "xi_jinping",
        sentence="Putin held talks with Xi.",
        date=article.date,
    )
    with Store.open("memory") as store:
        assert store.add_article(article, [triple], load_actors()) == "added"
        yield store


LABEL_QUERY = "SELECT ?s WHERE { ?s rdfs:label ?label }"


@FUZZ
@given(value=st.text(max_size=60))
@example(value='"> } DROP ALL #')
@example(value='Russia"@en } ; DELETE WHERE { ?s ?p ?o } #')
@example(value="<http://example.org/> } INSERT DATA { <a:b> <a:c> <a:d> } #")
@example(value="act:russia")
@example(value="Vladimir Putin")
def test_any_label_parameter_is_bound_never_run(small_store, value):
    before = len(small_store)
    try:
        result = small_store.query(LABEL_QUERY, {"label": value})
    except KgError:
        pass
    else:
        assert result.kind == "select"
    assert len(small_store) == before


@FUZZ
@given(value=st.text(st.characters(blacklist_categories=()), max_size=20))
@example(value="\udcff")  # a non-UTF-8 byte of a command-line argument (surrogateescape)
def test_label_parameter_with_lone_surrogates(small_store, value):
    before = len(small_store)
    with contextlib.suppress(KgError):
        small_store.query(LABEL_QUERY, {"label": value})
    assert len(small_store) == before


def test_query_text_with_a_lone_surrogate_is_a_kg_error(small_store):
    """A command-line query with a non-UTF-8 byte arrives with a lone surrogate."""
    before = len(small_store)
    with pytest.raises(KgError):
        small_store.query('SELECT ?s WHERE { ?s rdfs:label "\udcff" }')
    assert len(small_store) == before
