"""The actor dictionary: names, aliases, titles by date, spans over tokens."""

from __future__ import annotations

import datetime as dt
import gettext

import pycountry
import pytest

from kg.errors import InputError, NotFoundError, UsageError
from kg.knowledge.actors import ActorIndex, Span, load_actors
from kg.knowledge.browse import describe, list_actors
from kg.knowledge.names import normalize, slug
from kg.knowledge.ontology import IR

D = dt.date


def _w(text: str) -> list[str]:
    """Whitespace tokens, as a tokenizer would give them."""
    return text.split()


@pytest.fixture(scope="module")
def index() -> ActorIndex:
    return load_actors()


# -- states ----------------------------------------------------------------------


#: ISO names news gives another state (scripts/gen_states.py NEWS_NAMES): wire style writes
#: "Congo" for the Democratic Republic of the Congo, ISO's "Congo" is Congo-Brazzaville
NEWS_NAMES = {"Congo": "CD"}


def test_every_iso_country_resolves_from_its_english_names(index):
    wrong = []
    for c in pycountry.countries:
        for name in {
            c.name,
            getattr(c, "official_name", c.name),
            getattr(c, "common_name", c.name),
        }:
            res = index.resolve(name, lang="en")
            if res is None or res.actor.iso2 != NEWS_NAMES.get(name, c.alpha_2):
                wrong.append((name, res and res.actor.id))
    assert wrong == []


def test_congo_is_the_democratic_republic_as_wire_services_write_it(index):
    assert index.resolve("Congo", lang="en").actor.iso2 == "CD"
    assert index.resolve("DR Congo", lang="en").actor.iso2 == "CD"
    assert index.resolve("Republic of Congo", lang="en").actor.iso2 == "CG"
    assert index.resolve("Congo-Brazzaville", lang="en").actor.iso2 == "CG"


def test_every_iso_country_resolves_from_its_indonesian_pycountry_name(index):
    t = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["id"])
    wrong = []
    for c in pycountry.countries:
        name = t.gettext(c.name)
        res = index.resolve(name, lang="id")
        if res is None or res.actor.iso2 != NEWS_NAMES.get(name, c.alpha_2):
            wrong.append((name, res and res.actor.id))
    assert wrong == []


def test_state_ids_are_slugs_of_the_agreed_short_names(index):
    for aid in (
        "united_states",
        "united_kingdom",
        "russia",
        "china",
        "south_korea",
        "north_korea",
        "indonesia",
        "east_timor",
        "ivory_coast",
        "turkey",
        "czechia",
        "vatican_city",
        "palestine",
        "kosovo",
        "taiwan",
        "democratic_republic_of_the_congo",
    ):
        assert index.get(aid).type == "State"
    states = list_actors(index, "State")
    assert all(a.id == slug(a.label) for a in states)
    assert len(states) == 250  # ISO 3166-1 (249) and Kosovo


def test_un_membership_status(index):
    status = {a.id: index.note(a.id, "unStatus") for a in list_actors(index, "State")}
    assert sum(s == "member" for s in status.values()) == 193
    assert sorted(k for k, s in status.items() if s == "observer") == ["palestine", "vatican_city"]
    assert status["taiwan"] == "none" and status["kosovo"] == "none"
    assert sorted(index.members("united_nations")) == sorted(
        k for k, s in status.items() if s == "member"
    )


def test_state_codes(index):
    russia = index.get("russia")
    assert (russia.iso2, russia.iso3, russia.cameo, russia.qid) == ("RU", "RUS", "RUS", "Q159")
    assert index.get("romania").cameo == "ROM"
    assert index.get("indonesia").qid == "Q252"
    assert all(a.qid and a.qid.startswith("Q") for a in list_actors(index, "State"))


@pytest.mark.parametrize(
    "text, expected, how",
    [
        ("Rusia", "russia", "name"),
        ("Tiongkok", "china", "alias"),
        ("AS", "united_states", "alias"),
        ("Amerika Serikat", "united_states", "name"),
        ("Amerika", "united_states", "alias"),
        ("Inggris", "united_kingdom", "name"),
        ("Britania Raya", "united_kingdom", "alias"),
        ("Korut", "north_korea", "alias"),
        ("Korea Utara", "north_korea", "name"),
        ("Korsel", "south_korea", "alias"),
        ("Jepang", "japan", "name"),
        ("Belanda", "netherlands", "name"),
        ("Jerman", "germany", "name"),
        ("Prancis", "france", "name"),
        ("Perancis", "france", "alias"),
        ("Arab Saudi", "saudi_arabia", "name"),
        ("Selandia Baru", "new_zealand", "name"),
        ("US", "united_states", "alias"),
        ("U.S.", "united_states", "alias"),
        ("USA", "united_states", "alias"),
        ("America", "united_states", "alias"),
        ("UK", "united_kingdom", "alias"),
        ("Britain", "united_kingdom", "alias"),
        ("PRC", "china", "alias"),
        ("ROK", "south_korea", "alias"),
        ("DPRK", "north_korea", "alias"),
        ("Russian Federation", "russia", "alias"),
        ("the United States", "united_states", "name"),
        ("Gedung Putih", "united_states", "metonym"),
        ("White House", "united_states", "metonym"),
        ("Kremlin", "russia", "metonym"),
        ("Moskow", "russia", "metonym"),
        ("Moscow", "russia", "metonym"),
        ("Teheran", "iran", "metonym"),
        ("Downing Street", "united_kingdom", "metonym"),
        ("Canberra", "australia", "metonym"),
        ("Istana Merdeka", "indonesia", "metonym"),
        ("Kyiv", "ukraine", "metonym"),
        ("Russian", "russia", "demonym"),
        ("British", "united_kingdom", "demonym"),
        ("Chinese", "china", "demonym"),
        ("Indonesian", "indonesia", "demonym"),
        ("Lao", "laos", "demonym"),  # "Lao Prime Minister", as news and Laos itself write it
        ("Ivoirian", "ivory_coast", "demonym"),  # the French-derived spelling African papers use
        ("Kyrgyzstani", "kyrgyzstan", "demonym"),
        ("Uzbekistani", "uzbekistan", "demonym"),
    ],
)
def test_aliases_metonyms_and_demonyms(index, text, expected, how):
    res = index.resolve(text)
    assert res is not None and (res.actor.id, res.how) == (expected, how)
    assert res.why


def test_brussels_is_the_eu_not_belgium(index):
    assert index.resolve("Brussels").actor.id == "european_union"


def test_capitals_named_like_their_country_stay_names(index):
    assert index.resolve("Singapore").how == "name"
    assert index.resolve("Mexico City").actor.id == "mexico"
    assert index.resolve("Kuwait City").how == "metonym"


def test_many_states_have_demonyms_and_capitals(index):
    states = list_actors(index, "State")
    assert sum(bool(a.demonyms) for a in states) >= 150
    assert sum(bool(a.metonyms) for a in states) >= 180


# -- matching rules ----------------------------------------------------------------


def test_find_folds_case_diacritics_and_punctuation(index):
    assert [a.id for a in index.find("RUSSIA")] == ["russia"]
    assert [a.id for a in index.find("Cote d'Ivoire")] == ["ivory_coast"]
    assert [a.id for a in index.find("Côte d’Ivoire")] == ["ivory_coast"]
    assert index.find("U.S.") == index.find("US") == index.find("USA")[:1]
    assert normalize("U.S.") == normalize("US") == "us"


def test_short_acronyms_match_only_in_capitals(index):
    assert index.resolve("as") is None
    assert index.find("as") == [] and index.find("us") == [] and index.find("who") == []
    assert index.find("WHO")[0].id == "who"
    assert index.find("Nato")[0].id == "nato"  # longer acronyms fold case


def test_language_filter(index):
    assert index.find("AS", lang="en") == []
    assert index.find("AS", lang="id")[0].id == "united_states"
    assert index.find("Russia", lang="id")[0].id == "russia"  # English names count everywhere


def test_get_accepts_prefixed_ids_and_hints_on_misses(index):
    assert index.get("act:russia") is index.get("russia")
    assert index.get("https://w3id.org/kg/actor/russia").id == "russia"
    assert "russia" in index and "act:russia" in index and "rusia" not in index
    with pytest.raises(NotFoundError, match="russia"):
        index.get("rusia")


def test_slug():
    assert slug("Côte d'Ivoire") == "cote_d_ivoire"
    assert slug("  Vladimir  Putin ") == "vladimir_putin"
    assert slug("OPEC+") == "opec_plus"


# -- organisations --------------------------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Perserikatan Bangsa-Bangsa", "united_nations"),
        ("PBB", "united_nations"),
        ("Dewan Keamanan PBB", "un_security_council"),
        ("DK PBB", "un_security_council"),
        ("Uni Eropa", "european_union"),
        ("UE", "european_union"),
        ("Pakta Pertahanan Atlantik Utara", "nato"),
        ("Organisasi Kesehatan Dunia", "who"),
        ("Bank Dunia", "world_bank"),
        ("Dana Moneter Internasional", "imf"),
        ("AUKUS", "aukus"),
        ("Quad", "quad"),
        ("OPEC+", "opec_plus"),
        ("Barat", "the_west"),
        ("Western powers", "the_west"),
        ("negara-negara Barat", "the_west"),
        ("Olimpiade Musim Dingin", "beijing_winter_olympics"),
        ("2022 Winter Olympics", "beijing_winter_olympics"),
        ("Piala Dunia", "fifa_world_cup"),
        ("Gerakan Non-Blok", "non_aligned_movement"),
    ],
)
def test_organisation_names(index, text, expected):
    assert index.resolve(text).actor.id == expected


def test_organisations_count_and_types(index):
    orgs = list_actors(index, "Organization")
    assert len(orgs) >= 60
    assert index.get("nato").type == "Alliance"
    assert index.get("the_west").type == "Group"
    assert index.get("beijing_winter_olympics").type == "PublicEvent"
    assert all(a.label and a.names.get("id") for a in orgs)


@pytest.mark.parametrize(
    "org, size, some",
    [
        ("nato", 32, {"turkey", "finland", "sweden", "united_states"}),
        ("european_union", 27, {"croatia", "ireland"}),
        ("asean", 11, {"indonesia", "east_timor"}),
        ("g7", 7, {"japan", "canada"}),
        ("g20", 21, {"european_union", "african_union", "indonesia"}),
        ("brics", 10, {"indonesia", "iran", "ethiopia"}),
        ("aukus", 3, {"australia", "united_kingdom", "united_states"}),
        ("quad", 4, {"india", "japan"}),
        ("un_security_council", 5, {"china", "france", "russia"}),
        ("five_eyes", 5, {"new_zealand", "canada"}),
        ("african_union", 55, {"morocco", "south_sudan"}),
    ],
)
def test_memberships(index, org, size, some):
    members = index.members(org)
    assert len(members) == size and some <= set(members)


def test_every_reference_names_a_known_actor(index):
    for actor in index:
        refs = actor.members + [t.of for t in actor.terms] + [actor.nationality or actor.id]
        assert all(r in index for r in refs), actor.id
        for term in actor.terms:
            getattr(IR, term.office)  # a closed-namespace office


def test_title_words_name_offices_of_the_ontology(index):
    for _, form, office in _titles():
        getattr(IR, office)
        assert index.spans(form.split())[0].kind == "title", form


def _titles():
    from kg.knowledge.ontology import ontology_dir

    lines = (ontology_dir() / "actors" / "titles.tsv").read_text(encoding="utf-8").splitlines()
    assert lines[0].split("\t") == ["lang", "form", "office"]
    return [tuple(line.split("\t")) for line in lines[1:] if line and not line.startswith("#")]


# -- spans -----------------------------------------------------------------------


def test_spans_find_titles_states_and_persons_in_the_seed_sentence(index):
    words = _w(
        "Presiden Rusia Vladimir Putin mengadakan pembicaraan dengan Presiden China Xi Jinping"
    )
    assert index.spans(words, "id") == [
        Span(0, 1, "title", "President"),
        Span(1, 2, "actor", "russia"),
        Span(2, 4, "actor", "vladimir_putin"),
        Span(7, 8, "title", "President"),
        Span(8, 9, "actor", "china"),
        Span(9, 11, "actor", "xi_jinping"),
    ]


def test_spans_membership_list(index):
    words = _w("kemitraan AUKUS antara Australia , Inggris dan Amerika Serikat")
    assert [(s.start, s.end, s.value) for s in index.spans(words, "id")] == [
        (1, 2, "aukus"),
        (3, 4, "australia"),
        (5, 6, "united_kingdom"),
        (7, 9, "united_states"),
    ]


def test_spans_kinds_and_longest_match(index):
    words = [
        "Russian",
        "Foreign",
        "Minister",
        "said",
        "the",
        "Kremlin",
        "and",
        "UN",
        "Security",
        "Council",
        "met",
        "in",
        "Guinea-Bissau",
    ]
    assert index.spans(words, "en") == [
        Span(0, 1, "demonym", "russia"),
        Span(1, 3, "title", "ForeignMinister"),
        Span(5, 6, "metonym", "russia"),
        Span(7, 10, "actor", "un_security_council"),
        Span(12, 13, "actor", "guinea_bissau"),
    ]
    assert index.spans(["Guinea", "-", "Bissau"]) == [Span(0, 3, "actor", "guinea_bissau")]
    assert index.spans(["U.S.", "officials"], "en") == [
        Span(0, 1, "actor", "united_states"),
        Span(1, 2, "title", "Official"),
    ]


def test_lowercase_as_is_never_the_united_states(index):
    assert index.spans(_w("as well as the talks"), "en") == []
    assert index.spans(_w("sebagai as dan AS"), "id") == [Span(3, 4, "actor", "united_states")]
    assert index.spans(["AS"], "en") == []  # Indonesian acronym, not in English text


def test_the_west_only_outside_proper_names(index):
    def west(text: str, lang: str) -> list[Span]:
        return [s for s in index.spans(text.split(), lang) if s.value == "the_west"]

    assert west("dari tekanan kuatan Barat , presiden", "id")
    assert west("Russia opposes the West and NATO", "en")
    assert not west("di wilayah barat Xinjiang", "id")
    assert not west("gubernur Jawa Barat bertemu", "id")
    assert not west("settlements in the West Bank", "en")


def test_capitalised_names_need_capitals_in_running_text(index):
    assert index.spans(_w("a roast turkey and fine china"), "en") == []
    assert index.spans(_w("Turkey and China"), "en") == [
        Span(0, 1, "actor", "turkey"),
        Span(2, 3, "actor", "china"),
    ]


def test_a_name_with_a_capital_inside_still_matches_but_not_all_lower_case(index):
    # running text: a name's word needs a capital somewhere ("iSrael"), never none ("israel")
    assert index.spans(_w("iSrael and tUrkey met"), "en") == [
        Span(0, 1, "actor", "israel"),
        Span(2, 3, "actor", "turkey"),
    ]
    assert index.spans(_w("israel and turkey met"), "en") == []
    # a query any case: kg resolve "President obama"
    assert index.spans(_w("president obama"), "en", any_case=True)[-1] == Span(
        1, 2, "actor", "barack_obama"
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("iSrael", "israel"),
        ("ISRAEL", "israel"),
        ("President obama", "barack_obama"),
        ("president barack obama", "barack_obama"),
        ("russian president putin", "vladimir_putin"),
    ],
)
def test_queries_resolve_in_any_case(index, text, expected):
    assert index.resolve(text, D(2012, 1, 1)).actor.id == expected


def test_a_surname_that_begins_another_name_is_not_its_person(index):
    # "Mahmud" is Hasan Mahmud's surname; "Mahmud Abbas" is someone else: the title decides
    res = index.resolve("Palestinian president Mahmud Abbas", D(2012, 1, 1))
    assert (res.actor.id, res.how) == ("mahmoud_abbas", "title+term")
    assert index.resolve("Mahmud", D(2012, 1, 1)).actor.id == "hasan_mahmud"
    # a bare surname inside another person's full name names no one
    assert index.resolve("Mahmud Abbas", D(2012, 1, 1)) is None
    assert index.resolve("President Putin", D(2021, 12, 15)).actor.id == "vladimir_putin"


def test_a_surname_after_a_given_name_not_the_persons_names_someone_else(index):
    # "Lam" is To Lam's surname; "Carrie Lam" is Hong Kong's chief executive, not him
    assert index.resolve("Carrie Lam", D(2019, 6, 3)) is None
    for text in ("Lam", "President Lam", "Mr Lam", "To Lam"):
        assert index.resolve(text, D(2025, 1, 1)).actor.id == "to_lam", text


def test_seas_regions_and_newspapers_are_not_actors(index):
    assert index.spans(_w("sengketa di Laut China Selatan dengan China"), "id") == [
        Span(6, 7, "actor", "china")
    ]
    assert index.spans(_w("Latin America and the Washington Post"), "en") == []
    assert index.resolve("South China Sea") is None


# -- titles by date (need ontologies/actors/persons.ttl) ---------------------------------


@pytest.mark.parametrize(
    "text, date, expected",
    [
        ("Presiden AS", D(2021, 1, 19), "donald_trump"),
        ("Presiden AS", D(2021, 1, 21), "joe_biden"),
        ("US President", D(2017, 1, 19), "barack_obama"),
        ("US President", D(2025, 1, 21), "donald_trump"),
        ("Presiden AS", D(2021, 12, 15), "joe_biden"),
        ("Russian President", D(2010, 1, 1), "dmitry_medvedev"),
        ("Russian President", D(2021, 12, 15), "vladimir_putin"),
        ("Perdana Menteri Rusia", D(2010, 1, 1), "vladimir_putin"),
        ("Presiden China", D(2012, 6, 1), "hu_jintao"),
        ("Presiden China", D(2014, 1, 1), "xi_jinping"),
        ("Presiden Indonesia", D(2014, 10, 19), "susilo_bambang_yudhoyono"),
        ("Presiden Indonesia", D(2014, 10, 21), "joko_widodo"),
        ("Presiden Indonesia", D(2024, 10, 19), "joko_widodo"),
        ("Presiden Indonesia", D(2024, 10, 21), "prabowo_subianto"),
        ("British Prime Minister", D(2019, 7, 23), "theresa_may"),
        ("British Prime Minister", D(2019, 7, 25), "boris_johnson"),
        ("PM Inggris", D(2022, 10, 24), "liz_truss"),
        ("PM Inggris", D(2022, 10, 26), "rishi_sunak"),
        ("UK Prime Minister", D(2024, 7, 6), "keir_starmer"),
        ("French President", D(2017, 5, 13), "francois_hollande"),
        ("Presiden Prancis", D(2017, 5, 15), "emmanuel_macron"),
        ("Japanese Prime Minister", D(2020, 9, 15), "shinzo_abe"),
        ("Perdana Menteri Jepang", D(2020, 9, 17), "yoshihide_suga"),
        ("Perdana Menteri Jepang", D(2021, 12, 15), "fumio_kishida"),
        ("Indian Prime Minister", D(2014, 5, 25), "manmohan_singh"),
        ("PM India", D(2014, 5, 27), "narendra_modi"),
        ("Australian Prime Minister", D(2022, 5, 22), "scott_morrison"),
        ("Perdana Menteri Australia", D(2022, 5, 24), "anthony_albanese"),
    ],
)
def test_titles_resolve_to_the_office_holder_on_the_date(index, text, date, expected):
    res = index.resolve(text, date)
    assert res is not None and (res.actor.id, res.how) == (expected, "title+term"), res


def test_leader_is_the_top_executive(index):
    assert index.holder("Leader", "united_states", D(2021, 12, 15)).id == "joe_biden"
    assert index.holder("Leader", "united_kingdom", D(2021, 12, 15)).id == "boris_johnson"
    assert index.holder("Leader", "russia", D(2010, 1, 1)).id == "dmitry_medvedev"
    assert index.resolve("pemimpin Rusia", D(2021, 12, 15)).actor.id == "vladimir_putin"


def test_names_and_surnames_of_persons(index):
    assert index.resolve("Presiden Rusia Vladimir Putin").actor.id == "vladimir_putin"
    res = index.resolve("Putin", D(2021, 12, 15))
    assert (res.actor.id, res.how) == ("vladimir_putin", "surname")
    assert index.spans(["Putin", "berbicara"], "id") == [Span(0, 1, "actor", "vladimir_putin")]


def test_state_of(index):
    assert index.state_of("russia") == "russia"
    assert index.state_of("nato") is None
    assert index.state_of("vladimir_putin", D(2021, 12, 15)) == "russia"
    assert index.state_of("joe_biden", D(2021, 12, 15)) == "united_states"


# -- loading and the CLI helpers -----------------------------------------------------


def test_describe_rows(index):
    rows = dict(describe(index.get("russia"), index))
    assert rows["iso"] == "RU/RUS" and rows["wikidata"] == "Q159"
    assert "Kremlin" in rows["metonyms"] and "Rusia" in rows["names (id)"]
    assert "Shanghai Cooperation Organisation" in rows["member of"]
    assert dict(describe(index.get("aukus"), index))["members"].startswith("3: ")


def test_list_actors_filters_by_type(index):
    orgs = {a.id for a in list_actors(index, "organizations")}
    assert {"nato", "the_west", "united_nations", "hamas"} <= orgs and "russia" not in orgs
    assert {a.type for a in list_actors(index, "alliance")} == {"Alliance"}
    assert len(list_actors(index)) == len(index)
    with pytest.raises(UsageError, match="State"):
        list_actors(index, "planet")


def test_load_a_folder_of_its_own(tmp_path):
    (tmp_path / "x.ttl").write_text(
        "@prefix ir: <https://w3id.org/kg/ir#> . @prefix act: <https://w3id.org/kg/actor/> .\n"
        "@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\n"
        "@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .\n"
        'act:atlantis a ir:State ; rdfs:label "Atlantis"@en ; ir:metonym "Poseidonia"@en .\n'
        'act:ann_smith a ir:Person ; rdfs:label "Ann Smith"@en ; ir:surname "Smith" ;\n'
        "  ir:term [ ir:office ir:President ; ir:ofActor act:atlantis ; ir:executive true ;\n"
        '            ir:start "2020-01-01"^^xsd:date ] .\n',
        encoding="utf-8",
    )
    (tmp_path / "titles.tsv").write_text("lang\tform\toffice\nen\tPresident\tPresident\n")
    index = ActorIndex.load(tmp_path)
    assert len(index) == 2
    assert index.resolve("President of Atlantis", D(2021, 1, 1)).actor.id == "ann_smith"
    assert index.resolve("President of Atlantis", D(2019, 1, 1)) is None
    assert index.resolve("Poseidonia").how == "metonym"
    assert index.state_of("ann_smith", D(2021, 1, 1)) == "atlantis"


def test_load_reports_broken_files(tmp_path):
    (tmp_path / "bad.ttl").write_text("act:x a ir:State .\n", encoding="utf-8")
    with pytest.raises(InputError, match="bad.ttl"):
        ActorIndex.load(tmp_path)
    with pytest.raises(InputError, match="no actor files"):
        ActorIndex.load(tmp_path / "empty")


def test_a_dated_public_event_resolves_by_date():
    import datetime as dt

    from kg.knowledge.actors import load_actors

    index = load_actors()
    games = index.resolve("Beijing Olympics", dt.date(2021, 12, 1))
    assert games is not None and games.actor.id == "beijing_winter_olympics"
    assert index.resolve("Beijing Olympics", dt.date(2008, 8, 8)) is None  # another edition
    assert index.resolve("Olympics", dt.date(2008, 8, 8)).actor.id == "olympic_games"  # undated


def test_a_name_two_persons_share_is_the_one_in_office_that_day(index):
    """ "King Abdullah" was Saudi Arabia's king until January 2015 and is Jordan's since: the
    one on the throne on the date, the later crowned while both reigned."""
    assert index.resolve("King Abdullah", dt.date(2020, 3, 23)).actor.id == "abdullah_ii_of_jordan"
    assert (
        index.resolve("King Abdullah", dt.date(2010, 5, 1)).actor.id == "abdullah_of_saudi_arabia"
    )
    assert index.serving("abdullah_of_saudi_arabia", "King Abdullah", dt.date(2020, 3, 23)) == (
        "abdullah_ii_of_jordan"
    )
    assert index.serving("abdullah_ii_of_jordan", "King Abdullah", dt.date(2010, 5, 1)) == (
        "abdullah_of_saudi_arabia"
    )
    assert index.serving("russia", "Russia", dt.date(2010, 5, 1)) == "russia"
