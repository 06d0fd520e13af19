"""Titles and offices over UD trees written for the project (parsed once with the small model,
stored as CoNLL-U): which person a title names, and the leader_of / official_of it states."""

import datetime as dt
from pathlib import Path

import pytest

DATA = Path(__file__).parent / "data"
#: Kenyatta still president (so "President-elect Ruto" must not become him), Abe no longer
#: prime minister, Wang Yi foreign minister
DATE = dt.date(2022, 6, 1)


def _extract(extractor, name, lang):
    from kg.parse.conllu import to_document

    doc = to_document((DATA / name).read_text(), lang)
    return extractor.extract(doc, lang, DATE)


@pytest.fixture(scope="module")
def en(extractor):
    return _extract(extractor, "en_titles.conllu", "en")


@pytest.fixture(scope="module")
def id_(extractor):
    return _extract(extractor, "id_titles.conllu", "id")


def facts(triples, sentence):
    return {
        (t.subject, t.relation, t.object, t.factuality)
        for t in triples
        if t.sentence_index == sentence
    }


def offices(triples, sentence=None):
    return {
        (t.subject, t.relation, t.object)
        for t in triples
        if t.relation in ("leader_of", "official_of")
        and (sentence is None or t.sentence_index == sentence)
    }


def test_possessive_title_binds_its_person_and_the_state_is_no_party(en):
    triples, _ = en
    # "Qatar's foreign minister Ahmad Karimi met Chinese Foreign Minister Wang Yi on Monday."
    assert facts(triples, 1) == {
        ("ahmad_karimi", "official_of", "qatar", "asserted"),
        ("wang_yi", "official_of", "china", "asserted"),
        ("ahmad_karimi", "meets", "wang_yi", "asserted"),
    }
    karimi = next(t for t in triples if t.subject == "ahmad_karimi" and t.relation == "official_of")
    assert (karimi.pattern, karimi.confidence) == ("title:ForeignMinister", 0.9)


def test_an_envoy_belongs_to_the_state_that_sends_him_not_the_host(en, id_):
    # "Kenya's ambassador to the United States, Daniel Otieno, criticized Uganda."
    assert offices(en[0], 2) == {("daniel_otieno", "official_of", "kenya")}
    # "The ambassador of Qatar to Egypt Salem Harbi visited Cairo."
    assert offices(en[0], 3) == {("salem_harbi", "official_of", "qatar")}
    assert ("salem_harbi", "visits", "egypt", "asserted") in facts(en[0], 3)
    # "Dubes RI untuk Jepang Heri Akhmadi mengunjungi Tokyo."
    assert offices(id_[0], 2) == {("heri_akhmadi", "official_of", "indonesia")}
    assert ("heri_akhmadi", "visits", "japan", "asserted") in facts(id_[0], 2)


def test_apposed_secretary_general_leads_the_organisation(en, id_):
    # "Maria Lopez, secretary-general of the Organization of American States, praised Chile."
    assert offices(en[0], 4) == {("maria_lopez", "leader_of", "oas")}
    subjects = {t.subject for t in en[0] if t.sentence_index == 4 and t.relation == "praises"}
    assert subjects == {"maria_lopez"}  # the organisation is part of her title, not the subject
    # "Sekjen PBB Antonio Guterres memuji Indonesia."
    assert offices(id_[0], 5) == {("antonio_guterres", "leader_of", "united_nations")}


def test_portfolios_ranks_and_spokespeople_are_titles(en, id_):
    # "Indonesian Finance Minister Sri Mulyani met Russian President Vladimir Putin in Moscow."
    assert offices(en[0], 5) == {
        ("sri_mulyani", "official_of", "indonesia"),
        ("vladimir_putin", "leader_of", "russia"),
    }
    # "Menteri Keuangan Indonesia Sri Mulyani bertemu Menteri Luar Negeri China Wang Yi ..."
    assert ("sri_mulyani", "meets", "wang_yi", "asserted") in facts(id_[0], 1)
    assert ("sri_mulyani", "official_of", "indonesia") in offices(id_[0], 1)
    # "Panglima Militer Myanmar Jenderal Min Aung Hlaing mengunjungi Rusia."
    assert offices(id_[0], 3) == {("min_aung_hlaing", "official_of", "myanmar")}
    # "Juru bicara Kementerian Luar Negeri China Wang Wenbin mengkritik Amerika Serikat."
    assert facts(id_[0], 4) == {
        ("wang_wenbin", "official_of", "china", "asserted"),
        ("wang_wenbin", "criticizes", "united_states", "asserted"),
    }


def test_a_surname_after_a_title_is_the_holder_of_that_state_on_the_date(en):
    triples, _ = en
    # "Chinese Foreign Minister Wang criticized Japan.": Wang Yi, foreign minister in 2022
    assert ("wang_yi", "criticizes", "japan", "asserted") in facts(triples, 6)
    # "Japanese Prime Minister Abe visited India." in 2022: not Abe (out of office), nor Kishida
    assert not {t.subject for t in triples if t.sentence_index == 7} & {
        "shinzo_abe",
        "fumio_kishida",
    }
    # "French Foreign Minister Lavrov visited India.": Lavrov is Russia's, not France's
    assert not any("lavrov" in t.subject for t in triples if t.sentence_index == 8)


def test_a_bare_title_states_no_office_of_a_state_the_text_has_not_named(en, id_):
    # "Presiden Joko Widodo bertemu Presiden Rusia Vladimir Putin." (first sentence)
    assert offices(id_[0], 0) == {("vladimir_putin", "leader_of", "russia")}
    assert ("joko_widodo", "meets", "vladimir_putin", "asserted") in facts(id_[0], 0)
    # "President Joe Biden met Kenyan President-elect William Ruto.": no state named for Biden,
    # and the president-elect holds no office yet (Kenyatta still does)
    assert offices(en[0], 0) == set()
    assert not any("kenyatta" in t.subject + t.object for t in en[0])
    assert ("joe_biden", "meets", "william_ruto", "asserted") in facts(en[0], 0)


def test_they_and_a_bare_title_refer_to_persons_never_to_their_state(id_):
    triples, _ = id_
    # "Dari Tokyo, Joko Widodo akan terbang ke Washington untuk bertemu Presiden AS Joe Biden."
    # "Mereka akan membahas kerja sama ekonomi.": Widodo and Biden, not Biden and Washington
    assert facts(triples, 7) == {("joko_widodo", "talks_with", "joe_biden", "future")}
    # "Di Beijing, Presiden akan mengadakan pertemuan dengan Presiden Xi Jinping.": the
    # president named without a state before (Widodo), not Beijing
    assert ("joko_widodo", "meets", "xi_jinping", "future") in facts(triples, 8)
    assert not any(t.subject == "china" for t in triples if t.sentence_index == 8)


def test_a_headline_is_not_a_name(id_):
    triples, discourse = id_
    # "Menlu RI Akan Hadiri Pertemuan ASEAN di Singapura"
    assert not any("akan" in actor for actor in discourse.new_actors)
    # the title resolves to the minister of the day for the events, but the text names no
    # person, so it states no office of one (the dictionary fills in the holder, not the fact)
    assert offices(triples, 9) == set()
    assert "retno_marsudi" in discourse.persons


@pytest.mark.parametrize(
    ("name", "lang", "org", "members"),
    [
        # "Kelompok BRICS beranggotakan lima negara, termasuk Brasil, Rusia, India, China dan
        # Afrika Selatan."
        (
            "id_members.conllu",
            "id",
            "brics",
            {"brazil", "russia", "india", "china", "south_africa"},
        ),
        # "The Quad comprises Australia, India, Japan and the United States."
        ("en_members.conllu", "en", "quad", {"australia", "india", "japan", "united_states"}),
    ],
)
def test_a_verb_of_membership_introduces_the_members(extractor, name, lang, org, members):
    triples, _ = _extract(extractor, name, lang)
    got = {t.subject for t in triples if t.relation == "member_of" and t.object == org}
    assert got == members
    assert all(t.pattern == "membership-list" for t in triples if t.relation == "member_of")


def test_a_bare_title_binds_only_to_a_state_its_sentence_names(extractor):
    triples, _ = _extract(extractor, "id_bare_titles.conllu", "id")
    # "Indonesia menyambut Presiden Rusia Vladimir Putin di Bali."
    # "Presiden Joko Widodo bertemu Putin pada hari Selasa.": Indonesia was named a sentence
    # before, not in this one
    assert offices(triples, 1) == set()
    assert ("joko_widodo", "meets", "vladimir_putin", "asserted") in facts(triples, 1)
    # "Di Chile, Presiden Joko Widodo bertemu Presiden Gabriel Boric.": Chile is named, and
    # Boric was its president on the date; Indonesia is not named
    got = [t for t in triples if t.sentence_index == 2 and t.relation == "leader_of"]
    assert [(t.subject, t.object, t.pattern, t.confidence) for t in got] == [
        ("gabriel_boric", "chile", "title:President", 0.9)
    ]
    # "“Indonesia akan selalu mendukung Palestina,” kata Presiden Joko Widodo.": the quotation
    # names Indonesia as the one who supports, not as the state of the speaker's title
    assert offices(triples, 3) == set()
    assert ("indonesia", "supports", "palestine", "future") in facts(triples, 3)


def test_as_a_head_of_state_binds_the_person_before_it(extractor):
    triples, _ = _extract(extractor, "en_titles_as.conllu", "en")
    # "... the United States congratulated William Ruto on his election as president of Kenya.":
    # Ruto, not the sitting president (Kenyatta on the date), and Kenya is no party
    assert offices(triples) == {("william_ruto", "leader_of", "kenya")}
    assert ("united_states", "congratulates", "william_ruto", "asserted") in facts(triples, 0)
    assert not any("kenyatta" in t.subject + t.object for t in triples)
    # "Several states recognise the opposition figure Juan Guaido as leader of Venezuela.":
    # a claim about an unnamed office ("leader"), not a title
    assert offices(triples, 1) == set()


def test_apposed_envoy_and_a_state_never_meets_its_own_emir(extractor):
    triples, _ = _extract(extractor, "en_titles_apposed.conllu", "en")
    # "Daniel Otieno, Kenya's ambassador to the United States, criticized Uganda."
    assert offices(triples, 0) == {("daniel_otieno", "official_of", "kenya")}
    assert not any(t.subject == "united_states" for t in triples if t.sentence_index == 0)
    # "The Emir of Qatar Tamim bin Hamad Al Thani met Qatar's foreign minister in Doha."
    emir, minister = "tamim_bin_hamad_al_thani", "mohammed_bin_abdulrahman_bin_jassim_al_thani"
    # the unnamed minister resolves to the holder of the day for the meeting, but the text
    # states no office of a named person for him
    assert offices(triples, 1) == {(emir, "leader_of", "qatar")}
    events = {(t.subject, t.object) for t in triples if t.sentence_index == 1}
    assert (emir, minister) in events
    assert not any(
        "qatar" in (t.subject, t.object)
        for t in triples
        if t.relation not in ("leader_of", "official_of")
    )


def test_president_of_a_state_with_its_acronym(extractor):
    triples, _ = _extract(extractor, "id_titles_acronym.conllu", "id")
    # "Presiden Republik Indonesia (RI) Joko Widodo bertemu Presiden China Xi Jinping."
    assert facts(triples, 0) == {
        ("joko_widodo", "leader_of", "indonesia", "asserted"),
        ("xi_jinping", "leader_of", "china", "asserted"),
        ("joko_widodo", "meets", "xi_jinping", "asserted"),
    }


def test_a_list_of_titles_shares_the_state_of_its_first(extractor):
    triples, _ = _extract(extractor, "en_titles_list.conllu", "en")
    # "In Chile, Blinken will meet President Gabriel Boric, Foreign Minister Maria Soto, and
    # Interior Minister Pedro Rivas."
    assert offices(triples, 0) == {
        ("gabriel_boric", "leader_of", "chile"),
        ("maria_soto", "official_of", "chile"),
        ("pedro_rivas", "official_of", "chile"),
    }
    # "Chinese President Xi Jinping, Prime Minister Anthony Albanese and Premier Li Qiang spoke.":
    # Albanese is Australia's prime minister, so he does not take China from the list
    assert offices(triples, 1) == {("xi_jinping", "leader_of", "china")}
