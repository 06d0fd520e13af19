"""Datelines are parsed apart from the sentence they open and grafted back (kg.parse.dateline)."""

import pytest

from kg.parse.dateline import dateline_cut, dateline_pieces, graft


@pytest.mark.parametrize(
    "text, dateline",
    [
        ("MOGADISHU (Reuters) - Rebels attacked a military base on Monday.", "MOGADISHU (Reuters) - "),
        ("TEHRAN – The European Union imposed travel bans on Thursday.", "TEHRAN – "),
        ("ISLAMABAD, Pakistan - Pakistani and Afghan forces exchanged fire.", "ISLAMABAD, Pakistan - "),
        ("HÀ NỘI — Vietnamese and Chinese ministers held talks in Hà Nội.", "HÀ NỘI — "),
        ("Bangkok (AP) — Myanmar’s ruling military council said on Wednesday.", "Bangkok (AP) — "),
        ("RAMALLAH, October 10, 2011 (WAFA) – The Palestinian Authority is ready.", "RAMALLAH, October 10, 2011 (WAFA) – "),
        ("Buenos Aires, December 24 (RHC-Mercopress) -- Five years after the treaty.", "Buenos Aires, December 24 (RHC-Mercopress) -- "),
        ("Peshawar, Apr 12 (PTI) Pakistan on Saturday deported over 3,000 Afghans.", "Peshawar, Apr 12 (PTI) "),
        ("ISLAMABAD, Nov 17 (APP): Minister of State for Interior met the envoy.", "ISLAMABAD, Nov 17 (APP): "),
        ("New Delhi: The Ministry of External Affairs on Thursday rejected it.", "New Delhi: "),
        ("MOSCOW (UrduPoint News / Sputnik - 30th October, 2020) Russia and Egypt held talks.", "MOSCOW (UrduPoint News / Sputnik - 30th October, 2020) "),
        ("JAKARTA, KOMPAS.com - Presiden Joko Widodo bertemu Perdana Menteri Malaysia.", "JAKARTA, KOMPAS.com - "),
        ("Sept. 8 (UPI) — Police in Hong Kong on Wednesday arrested four leaders.", "Sept. 8 (UPI) — "),
        ("May 12 (UPI) -- Russia threatened retaliation against Finland Thursday.", "May 12 (UPI) -- "),
        ("New York, June 26 (Jiji Press)--Japan called for the return of its citizens.", "New York, June 26 (Jiji Press)--"),
        ("(Reuters) – Police in Nouméa arrested a protest leader on Wednesday.", "(Reuters) – "),
        ("(CNN)Thirteen police officers were killed in an ambush on Monday.", "(CNN)"),
        ("(MENAFN- IANS) Manila, Nov 5 (IANS) Philippine troops killed two rebels.", "(MENAFN- IANS) Manila, Nov 5 (IANS) "),
        ("(MENAFN- Kuwait News Agency (KUNA)) DOHA, Oct 19 (KUNA) -- Qatar condemned the attack on Friday.", "(MENAFN- Kuwait News Agency (KUNA)) DOHA, Oct 19 (KUNA) -- "),
        ("New York, July 6, 2015–Egyptian authorities arrested four journalists last week.", "New York, July 6, 2015–"),
        ("Addis Ababa October 6/2022 (ENA) Prime Minister Abiy Ahmed held talks on Thursday.", "Addis Ababa October 6/2022 (ENA) "),
        # a place and its country, before a dash or a colon
        ("Islamabad, Pakistan – At least four civilians were killed on Monday.", "Islamabad, Pakistan – "),
        ("Male, Maldives: Former president Mohamed Nasheed was arrested on Sunday.", "Male, Maldives: "),
        ("Colombo [Sri Lanka], Aug 2 (ANI): Four Indian fishermen have been arrested.", "Colombo [Sri Lanka], Aug 2 (ANI): "),
        ("DHAKA , Nov 10 : Cyclone Bulbul lashed Bangladesh overnight, killing seven.", "DHAKA , Nov 10 : "),
        ("Astana (Kazakhstan) (AFP) – Kazakh president Tokayev welcomed Putin.", "Astana (Kazakhstan) (AFP) – "),
        ("Jakarta (Indonesia), December 18: The police arrested nine suspects.", "Jakarta (Indonesia), December 18: "),
        # a place alone before an em dash, or before a dash and an article
        ("Maputo — Islamist insurgents on Wednesday attacked the town of Quissanga.", "Maputo — "),
        ("Phnom Penh – A Cambodian court on Friday sentenced the opposition leader.", "Phnom Penh – "),
        # an agency's brackets, then a dash or colon touching the sentence
        ("SEOUL (Reuters) -South Korea will face devastating consequences, KCNA said.", "SEOUL (Reuters) -"),
        ("SUVA, (APP - UrduPoint / Pakistan Point News - 29th Mar, 2022 ) :Fiji and New Zealand signed.", "SUVA, (APP - UrduPoint / Pakistan Point News - 29th Mar, 2022 ) :"),
    ],
)  # fmt: skip
def test_a_dateline_is_found_where_it_ends(text, dateline):
    assert text[: dateline_cut(text)] == dateline


@pytest.mark.parametrize(
    "text",
    [
        "Russia - Ukraine talks resumed on Monday in Istanbul.",  # two states and a dash
        "Russia – Ukraine talks resumed on Monday in Istanbul.",  # the same, an en dash
        "Iran (Tehran) has rejected the proposal of the European Union.",  # a gloss, no dateline
        "Kyiv, Moscow and Minsk – the three capitals – signed the protocol.",  # a list
        "AUKUS: new security pact for Australia, Britain and the United States",  # a headline
        "Presiden Joseph Biden: “Ini akan menandai sebuah era baru.”",  # a quote's speaker
        "The UN Human Rights Council (UNHRC) has approved a resolution.",  # an acronym
        "Iran (which signed the 2015 nuclear deal) rejected the proposal.",  # a year, no date
        "(1) Russia and Ukraine exchanged prisoners on Monday.",  # a list's number
        "Q: What did you tell the minister about the border?",
        "UPDATE 2-Russia says it expelled two German diplomats on Monday.",
        "TOKYO — short.",  # nothing after it to parse
        "May 12 protests drew thousands of people to the capital on Sunday.",  # a date, no agency
        "Talks in 2015–2016 produced a draft that both sides later rejected.",  # years, no place
    ],
)
def test_what_is_no_dateline(text):
    assert dateline_cut(text) == 0


def test_an_article_is_cut_at_the_dateline_of_an_early_line_and_loses_nothing():
    text = (
        "Quad leaders meet in Tokyo\n\n"
        "TOKYO, 24 May 2022 — The leaders of the Quad met in Tokyo on Tuesday.\n\n"
        "LONDON — A dateline this deep in a story is quoted text, not where it was filed.\n"
    )
    pieces = dateline_pieces(text, lines=2)
    assert "".join(p for p, _ in pieces) == text
    assert [p for p, is_dateline in pieces if is_dateline] == ["TOKYO, 24 May 2022 — "]
    assert pieces[0] == ("Quad leaders meet in Tokyo\n\n", False)


DATELINE = """\
1\tMOGADISHU\tMogadishu\tPROPN\t_\t_\t0\troot\t_\tstart_char=0|end_char=9
2\t(\t(\tPUNCT\t_\t_\t3\tpunct\t_\tstart_char=10|end_char=11
3\tReuters\tReuters\tPROPN\t_\t_\t1\tappos\t_\tstart_char=11|end_char=18
4\t)\t)\tPUNCT\t_\t_\t3\tpunct\t_\tstart_char=18|end_char=19
5\t-\t-\tPUNCT\t_\t_\t1\tpunct\t_\tstart_char=20|end_char=21
"""
BODY = """\
1\tRebels\trebel\tNOUN\t_\t_\t2\tnsubj\t_\tstart_char=0|end_char=6
2\tattacked\tattack\tVERB\t_\t_\t0\troot\t_\tstart_char=7|end_char=15
3\ta\ta\tDET\t_\t_\t4\tdet\t_\tstart_char=16|end_char=17
4\tbase\tbase\tNOUN\t_\t_\t2\tobj\t_\tstart_char=18|end_char=22
5\t.\t.\tPUNCT\t_\t_\t2\tpunct\t_\tstart_char=22|end_char=23

1\tThey\tthey\tPRON\t_\t_\t2\tnsubj\t_\tstart_char=24|end_char=28
2\tleft\tleave\tVERB\t_\t_\t0\troot\t_\tstart_char=29|end_char=33
3\t.\t.\tPUNCT\t_\t_\t2\tpunct\t_\tstart_char=33|end_char=34
"""


def _doc(conllu: str, text: str):
    from stanza.models.common.doc import Document
    from stanza.utils.conll import CoNLL

    doc = CoNLL.conll2doc(input_str=conllu)
    return Document([s.to_dict() for s in doc.sentences], text=text)


def test_the_dateline_joins_the_first_sentence_under_its_root_with_offsets_kept():
    text = "MOGADISHU (Reuters) - Rebels attacked a base. They left."
    doc = graft(_doc(DATELINE, text[:22]), _doc(BODY, text[22:]))
    first, second = doc.sentences
    assert [w.text for w in first.words] == [
        "MOGADISHU", "(", "Reuters", ")", "-", "Rebels", "attacked", "a", "base", ".",
    ]  # fmt: skip
    root = [w for w in first.words if w.head == 0]
    assert [w.text for w in root] == ["attacked"]  # one root: the sentence's verb
    mogadishu = first.words[0]
    assert (mogadishu.head, mogadishu.deprel) == (7, "dep")
    assert first.words[5].head == 7 and first.words[8].head == 7  # body heads shifted by 5
    assert [w.head for w in second.words] == [2, 0, 2]  # later sentences untouched
    for sent in doc.sentences:  # characters point into the whole text
        for tok in sent.tokens:
            assert text[tok.start_char : tok.end_char] == tok.text
    assert first.text == "MOGADISHU (Reuters) - Rebels attacked a base."


@pytest.mark.model
def test_a_parsed_dateline_no_longer_roots_the_sentence(models_dir):
    """Event coding parses datelines apart (``Parser(datelines=True)``, as ``kg code`` does);
    a build keeps the whole sentence (its extraction measured no gain)."""
    from kg.parse.stanza import Parser

    parser = Parser(models_dir=models_dir, datelines=True)
    text = (
        "HÀ NỘI — Vietnamese Minister of Foreign Affairs Bùi Thanh Sơn and Chinese Minister "
        "of Foreign Affairs Wang Yi held talks in Hà Nội on September 11."
    )
    (sent,) = parser.parse([text], "en")[0].sentences
    assert sent.words[0].text == "HÀ" and sent.words[0].deprel == "dep"
    assert " ".join(t.text for t in sent.tokens).startswith("HÀ NỘI — Vietnamese Minister")
    held = next(w for w in sent.words if w.text == "held")
    assert sent.words[0].head != 0 and held.head != 1  # the verb no longer hangs off the city
    whole = Parser(models_dir=models_dir).parse([text], "en")[0].sentences[0]
    assert whole.words[0].text == "HÀ" and whole.words[0].deprel != "dep"  # not parsed apart
