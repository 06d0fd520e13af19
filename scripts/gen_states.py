#!/usr/bin/env python3
"""Generate ``ontologies/actors/states.ttl`` from pycountry, CLDR (babel) and the tables below.

Run from the repository root::

    python scripts/gen_states.py            # writes ontologies/actors/states.ttl
    python scripts/gen_states.py --check    # exits 1 if the committed file is stale

Needs ``pycountry`` (a kg dependency) and ``babel`` (CLDR territory names, a dev-only
dependency). The output is committed; kg never runs this script at run time.

Sources of the hand tables: Wikidata QIDs per ISO 3166-1 code (as published on
wikidata.org), UN membership (193 members, 2 observer states), CAMEO country codes
(ISO alpha-3 except ROM for Romania, TMP for East Timor, KSV for Kosovo), capitals and
seats of government, English demonyms.
"""

from __future__ import annotations

import argparse
import gettext
import re
import sys
import unicodedata
from pathlib import Path

import pycountry

OUT = Path(__file__).resolve().parent.parent / "ontologies" / "actors" / "states.ttl"

# ISO alpha-2 -> Wikidata QID.
QIDS = """
AF Q889 AX Q5689 AL Q222 DZ Q262 AS Q16641 AD Q228 AO Q916 AI Q25228 AQ Q51 AG Q781 AR Q414
AM Q399 AW Q21203 AU Q408 AT Q40 AZ Q227 BS Q778 BH Q398 BD Q902 BB Q244 BY Q184 BE Q31
BZ Q242 BJ Q962 BM Q23635 BT Q917 BO Q750 BQ Q27561 BA Q225 BW Q963 BV Q23408 BR Q155
IO Q43448 VG Q25305 BN Q921 BG Q219 BF Q965 BI Q967 KH Q424 CM Q1009 CA Q16 CV Q1011
KY Q5785 CF Q929 TD Q657 CL Q298 CN Q148 CX Q31063 CC Q36004 CO Q739 KM Q970 CG Q971
CK Q26988 CR Q800 CI Q1008 HR Q224 CU Q241 CW Q25279 CY Q229 CZ Q213 CD Q974 DK Q35
DJ Q977 DM Q784 DO Q786 EC Q736 EG Q79 SV Q792 GQ Q983 ER Q986 EE Q191 SZ Q1050 ET Q115
FO Q4628 FK Q9648 FJ Q712 FI Q33 FR Q142 GF Q3769 PF Q30971 TF Q129003 GA Q1000 GM Q1005
GE Q230 DE Q183 GH Q117 GI Q1410 GR Q41 GL Q223 GD Q769 GP Q17012 GU Q16635 GT Q774
GG Q25230 GN Q1006 GW Q1007 GY Q734 HT Q790 HM Q131198 HN Q783 HK Q8646 HU Q28 IS Q189
IN Q668 ID Q252 IR Q794 IQ Q796 IE Q27 IM Q9676 IL Q801 IT Q38 JM Q766 JP Q17 JE Q785
JO Q810 KZ Q232 KE Q114 KI Q710 KW Q817 KG Q813 LA Q819 LV Q211 LB Q822 LS Q1013 LR Q1014
LY Q1016 LI Q347 LT Q37 LU Q32 MO Q14773 MG Q1019 MW Q1020 MY Q833 MV Q826 ML Q912
MT Q233 MH Q709 MQ Q17054 MR Q1025 MU Q1027 YT Q17063 MX Q96 FM Q702 MD Q217 MC Q235
MN Q711 ME Q236 MS Q13353 MA Q1028 MZ Q1029 MM Q836 NA Q1030 NR Q697 NP Q837 NL Q55
NC Q33788 NZ Q664 NI Q811 NE Q1032 NG Q1033 NU Q34020 NF Q31057 KP Q423 MK Q221 MP Q16644
NO Q20 OM Q842 PK Q843 PW Q695 PS Q219060 PA Q804 PG Q691 PY Q733 PE Q419 PH Q928
PN Q35672 PL Q36 PT Q45 PR Q1183 QA Q846 RE Q17070 RO Q218 RU Q159 RW Q1037 BL Q25362
SH Q192184 KN Q763 LC Q760 MF Q126125 PM Q34617 VC Q757 WS Q683 SM Q238 ST Q1039 SA Q851
SN Q1041 RS Q403 SC Q1042 SL Q1044 SG Q334 SX Q26273 SK Q214 SI Q215 SB Q685 SO Q1045
ZA Q258 GS Q35086 KR Q884 SS Q958 ES Q29 LK Q854 SD Q1049 SR Q730 SJ Q842829 SE Q34
CH Q39 SY Q858 TW Q865 TJ Q863 TZ Q924 TH Q869 TL Q574 TG Q945 TK Q36823 TO Q678 TT Q754
TN Q948 TR Q43 TM Q874 TC Q18221 TV Q672 UG Q1036 UA Q212 AE Q878 GB Q145 US Q30
UM Q16645 VI Q11703 UY Q77 UZ Q265 VU Q686 VA Q237 VE Q717 VN Q881 WF Q35555 EH Q6250
YE Q805 ZM Q953 ZW Q954 XK Q1246
"""

_UN_MEMBERS = """
AF AL DZ AD AO AG AR AM AU AT AZ BS BH BD BB BY BE BZ BJ BT BO BA BW BR BN BG BF BI CV KH
CM CA CF TD CL CN CO KM CG CD CR CI HR CU CY CZ DK DJ DM DO EC EG SV GQ ER EE SZ ET FJ FI
FR GA GM GE DE GH GR GD GT GN GW GY HT HN HU IS IN ID IR IQ IE IL IT JM JP JO KZ KE KI KP
KR KW KG LA LV LB LS LR LY LI LT LU MG MW MY MV ML MT MH MR MU MX FM MD MC MN ME MA MZ MM
NA NR NP NL NZ NI NE NG MK NO OM PK PW PA PG PY PE PH PL PT QA RO RU RW KN LC VC WS SM ST
SA SN RS SC SL SG SK SI SB SO ZA SS ES LK SD SR SE CH SY TJ TZ TH TL TG TO TT TN TR TM TV
UG UA AE GB US UY UZ VU VE VN YE ZM ZW
"""
UN_MEMBERS = _UN_MEMBERS.split()
UN_OBSERVERS = ["PS", "VA"]
# Not UN members but treated as states in news (get demonyms and capitals).
OTHER_STATES = ["TW", "XK"]

# Canonical English names (shared with every helper: the id is slug(name)).
CANON = {
    "US": "United States",
    "GB": "United Kingdom",
    "RU": "Russia",
    "CN": "China",
    "TW": "Taiwan",
    "KR": "South Korea",
    "KP": "North Korea",
    "IR": "Iran",
    "SY": "Syria",
    "VN": "Vietnam",
    "LA": "Laos",
    "BO": "Bolivia",
    "VE": "Venezuela",
    "TZ": "Tanzania",
    "MD": "Moldova",
    "PS": "Palestine",
    "VA": "Vatican City",
    "TR": "Turkey",
    "CZ": "Czechia",
    "BN": "Brunei",
    "FM": "Micronesia",
    "CD": "Democratic Republic of the Congo",
    "CG": "Republic of the Congo",
    "CI": "Ivory Coast",
    "CV": "Cape Verde",
    "SZ": "Eswatini",
    "TL": "East Timor",
    "MM": "Myanmar",
    "MK": "North Macedonia",
    "NL": "Netherlands",
    "PH": "Philippines",
    "AE": "United Arab Emirates",
    "SA": "Saudi Arabia",
    "XK": "Kosovo",
}

# Indonesian label (rdfs:label @id) where CLDR's is not what Indonesian news writes.
ID_LABEL = {
    "GB": "Inggris",
    "CZ": "Ceko",
    "CI": "Pantai Gading",
    "CD": "Republik Demokratik Kongo",
    "CG": "Republik Kongo",
    "MM": "Myanmar",
    "PS": "Palestina",
    "HK": "Hong Kong",
    "MO": "Makau",
    "SZ": "Eswatini",
    "TL": "Timor Leste",
    "BN": "Brunei",
    "XK": "Kosovo",
    "CN": "China",
}

# Extra names news uses. "en:" / "id:" prefix the language; "|" separates names.
EXTRA = {
    "US": "en:US|U.S.|USA|U.S.A.|America|United States of America"
    " id:AS|Amerika|Amerika Serikat|Negeri Paman Sam",
    "GB": "en:UK|U.K.|Britain|Great Britain|United Kingdom of Great Britain and Northern Ireland"
    " id:Inggris|Inggris Raya|Britania Raya|Kerajaan Inggris|Kerajaan Bersatu",
    "RU": "en:Russian Federation id:Rusia|Federasi Rusia",
    "CN": "en:PRC|People's Republic of China|Mainland China"
    " id:China|Tiongkok|Cina|RRT|RRC|Republik Rakyat Tiongkok|Republik Rakyat China",
    "KP": "en:DPRK|Democratic People's Republic of Korea"
    " id:Korut|Korea Utara|Republik Demokratik Rakyat Korea",
    "KR": "en:ROK|Republic of Korea id:Korsel|Korea Selatan|Republik Korea",
    "JP": "id:Jepang",
    "NL": "en:Holland|Kingdom of the Netherlands id:Belanda|Kerajaan Belanda",
    "DE": "en:Federal Republic of Germany id:Jerman",
    "FR": "en:French Republic id:Prancis|Perancis",
    "SA": "en:Saudi|KSA|Kingdom of Saudi Arabia id:Arab Saudi|Saudi",
    "NZ": "id:Selandia Baru",
    "ID": "en:Republic of Indonesia id:Republik Indonesia|RI|NKRI",
    "IN": "en:Republic of India id:India",
    "UA": "id:Ukraina",
    "IR": "en:Islamic Republic of Iran id:Republik Islam Iran",
    "TR": "en:Türkiye|Turkiye|Republic of Türkiye|Republic of Turkey id:Turki|Republik Turki",
    "PS": "en:State of Palestine|Palestinian Authority id:Palestina|Otoritas Palestina|Negara Palestina",
    "SY": "en:Syrian Arab Republic id:Suriah",
    "EG": "id:Mesir",
    "IQ": "id:Irak",
    "AF": "id:Afganistan",
    "TW": "en:Republic of China|Chinese Taipei id:Taiwan",
    "VN": "en:Viet Nam id:Vietnam",
    "PH": "id:Filipina",
    "SG": "id:Singapura",
    "MM": "en:Burma",
    "KH": "id:Kamboja",
    "BN": "en:Brunei Darussalam id:Brunei Darussalam",
    "TL": "en:Timor-Leste|East Timor id:Timor Leste|Timor-Leste|Timor Timur",
    "CA": "id:Kanada",
    "MX": "id:Meksiko",
    "BR": "id:Brasil",
    "ZA": "id:Afrika Selatan",
    "IT": "id:Italia",
    "ES": "id:Spanyol",
    "PL": "id:Polandia",
    "CH": "id:Swiss",
    "CZ": "en:Czech Republic id:Ceko|Republik Ceko",
    "RO": "id:Rumania|Romania",
    "CU": "id:Kuba",
    "AE": "en:UAE|U.A.E. id:UEA|Uni Emirat Arab",
    "JO": "id:Yordania",
    "DZ": "id:Aljazair",
    "MA": "id:Maroko",
    "GR": "id:Yunani",
    "NO": "id:Norwegia",
    "SE": "id:Swedia",
    "FI": "id:Finlandia",
    "HU": "id:Hungaria",
    "BE": "id:Belgia",
    "CD": "en:DR Congo|DRC|Democratic Republic of Congo|Congo-Kinshasa"
    " id:RD Kongo|Republik Demokratik Kongo|Kongo Kinshasa",
    "CG": "en:Republic of Congo|Congo Republic|Congo-Brazzaville id:Republik Kongo|Kongo Brazzaville",
    "CI": "en:Côte d'Ivoire|Cote d'Ivoire id:Pantai Gading",
    "CV": "en:Cabo Verde id:Tanjung Verde",
    "SZ": "en:Swaziland id:Swaziland",
    "MK": "en:Republic of North Macedonia",
    "VA": "en:Holy See|Vatican|Vatican City State id:Vatikan|Takhta Suci|Kota Vatikan",
    "XK": "en:Republic of Kosovo",
    "LA": "en:Lao PDR",
    "MD": "en:Republic of Moldova",
    "BS": "en:The Bahamas",
    "GM": "en:The Gambia",
    "FM": "en:Federated States of Micronesia",
}

# Capitals (en) used as metonyms; "|" separates variants. A capital equal to a country
# name (Singapore, Luxembourg, Monaco, Djibouti, Vatican City) is left out, and so are
# capitals that are common words ("Malé", "Victoria"). Brussels belongs to the EU.
CAPITALS = """
AD Andorra la Vella|AE Abu Dhabi|AF Kabul|AG St. John's|AL Tirana|AM Yerevan|AO Luanda
AR Buenos Aires|AT Vienna|AU Canberra|AZ Baku|BA Sarajevo|BB Bridgetown|BD Dhaka
BF Ouagadougou|BG Sofia|BH Manama|BI Gitega|BJ Porto-Novo|BN Bandar Seri Begawan
BO Sucre|BO La Paz|BR Brasília|BS Nassau|BT Thimphu|BW Gaborone|BY Minsk|BZ Belmopan
CA Ottawa|CD Kinshasa|CF Bangui|CG Brazzaville|CH Bern|CH Berne|CI Yamoussoukro|CI Abidjan
CL Santiago|CM Yaoundé|CN Beijing|CO Bogotá|CR San José|CU Havana|CV Praia|CY Nicosia
CZ Prague|DE Berlin|DK Copenhagen|DM Roseau|DO Santo Domingo|DZ Algiers|EC Quito
EE Tallinn|EG Cairo|ER Asmara|ES Madrid|ET Addis Ababa|FI Helsinki|FJ Suva|FM Palikir
FR Paris|GA Libreville|GB London|GD St. George's|GE Tbilisi|GH Accra|GM Banjul|GN Conakry
GQ Malabo|GR Athens|GT Guatemala City|GW Bissau|GY Georgetown|HN Tegucigalpa|HR Zagreb
HT Port-au-Prince|HU Budapest|ID Jakarta|IE Dublin|IL Jerusalem|IN New Delhi|IQ Baghdad
IR Tehran|IS Reykjavik|IT Rome|JM Kingston|JO Amman|JP Tokyo|KE Nairobi|KG Bishkek
KH Phnom Penh|KI Tarawa|KM Moroni|KN Basseterre|KP Pyongyang|KR Seoul|KW Kuwait City
KZ Astana|KZ Nur-Sultan|LA Vientiane|LB Beirut|LC Castries|LI Vaduz|LK Colombo
LK Sri Jayawardenepura Kotte|LR Monrovia|LS Maseru|LT Vilnius|LV Riga|LY Tripoli|MA Rabat
MD Chișinău|ME Podgorica|MG Antananarivo|MH Majuro|MK Skopje|ML Bamako|MM Naypyidaw
MM Nay Pyi Taw|MN Ulaanbaatar|MN Ulan Bator|MR Nouakchott|MT Valletta|MU Port Louis
MW Lilongwe|MX Mexico City|MY Kuala Lumpur|MY Putrajaya|MZ Maputo|NA Windhoek|NE Niamey
NG Abuja|NI Managua|NL Amsterdam|NO Oslo|NP Kathmandu|NZ Wellington|OM Muscat
PA Panama City|PE Lima|PG Port Moresby|PH Manila|PK Islamabad|PL Warsaw|PS Ramallah
PT Lisbon|PW Ngerulmud|PY Asunción|QA Doha|RO Bucharest|RS Belgrade|RU Moscow|RW Kigali
SA Riyadh|SB Honiara|SD Khartoum|SE Stockholm|SI Ljubljana|SK Bratislava|SL Freetown
SN Dakar|SO Mogadishu|SR Paramaribo|SS Juba|ST São Tomé|SV San Salvador|SY Damascus
SZ Mbabane|SZ Lobamba|TD N'Djamena|TG Lomé|TH Bangkok|TJ Dushanbe|TL Dili|TM Ashgabat
TN Tunis|TO Nuku'alofa|TR Ankara|TT Port of Spain|TV Funafuti|TW Taipei|TZ Dodoma
UA Kyiv|UA Kiev|UG Kampala|US Washington|US Washington D.C.|US Washington DC|UY Montevideo
UZ Tashkent|VC Kingstown|VE Caracas|VN Hanoi|VU Port Vila|WS Apia|XK Pristina|XK Prishtina
YE Sanaa|YE Sana'a|ZA Pretoria|ZM Lusaka|ZW Harare
"""

# Indonesian forms of capitals and seats of government (metonyms @id).
ID_METONYMS = {
    "RU": "Moskow|Moskwa",
    "IR": "Teheran",
    "EG": "Kairo",
    "SY": "Damaskus",
    "IL": "Yerusalem",
    "IQ": "Bagdad",
    "AT": "Wina",
    "GR": "Athena",
    "IT": "Roma",
    "PL": "Warsawa",
    "CZ": "Praha",
    "DK": "Kopenhagen",
    "RS": "Beograd",
    "RO": "Bukares",
    "PT": "Lisabon",
    "MX": "Kota Meksiko",
    "US": "Gedung Putih",
    "ID": "Istana Merdeka|Istana Negara|Istana Kepresidenan",
    "FR": "Istana Élysée",
    "KR": "Gedung Biru",
    "CN": "Peking",
    "SA": "Riyad",
}

# Seats of government and institutions used as metonyms (en).
SEATS = {
    "US": "White House|Pentagon",
    "RU": "Kremlin",
    "CN": "Zhongnanhai",
    "GB": "Downing Street|Whitehall|Number 10",
    "FR": "Élysée|Élysée Palace|Quai d'Orsay",
    "KR": "Blue House|Cheong Wa Dae",
    "PH": "Malacañang|Malacanang Palace",
    "AR": "Casa Rosada",
    "IL": "Tel Aviv",
    "IN": "Delhi",
    "TW": "Presidential Office Building",
}

# Names news gives another state than ISO does: wire style (Reuters, AP) writes "Congo" for
# the Democratic Republic of the Congo and "Republic of Congo" for Congo-Brazzaville, whose
# ISO short name is "Congo".
NEWS_NAMES = {"Congo": "CD"}

# English demonyms ("Russian President ..."). Shared demonyms (Congolese, Dominican,
# Korean) are left out: they do not name one state.
DEMONYMS = """
AD Andorran|AE Emirati|AF Afghan|AG Antiguan|AL Albanian|AM Armenian|AO Angolan|AR Argentine
AR Argentinian|AT Austrian|AU Australian|AZ Azerbaijani|AZ Azeri|BA Bosnian|BB Barbadian
BD Bangladeshi|BE Belgian|BF Burkinabe|BG Bulgarian|BH Bahraini|BI Burundian|BJ Beninese
BN Bruneian|BO Bolivian|BR Brazilian|BS Bahamian|BT Bhutanese|BW Botswanan|BY Belarusian
BZ Belizean|CA Canadian|CF Central African|CH Swiss|CI Ivorian|CL Chilean|CM Cameroonian
CN Chinese|CO Colombian|CR Costa Rican|CU Cuban|CV Cape Verdean|CY Cypriot|CZ Czech|DE German
DJ Djiboutian|DK Danish|DZ Algerian|EC Ecuadorian|EE Estonian|EG Egyptian|ER Eritrean
ES Spanish|ET Ethiopian|FI Finnish|FJ Fijian|FM Micronesian|FR French|GA Gabonese|GB British
GD Grenadian|GE Georgian|GH Ghanaian|GM Gambian|GN Guinean|GQ Equatorial Guinean
GR Greek|GT Guatemalan|GW Bissau-Guinean|GY Guyanese|HN Honduran|HR Croatian|HT Haitian
HU Hungarian|ID Indonesian|IE Irish|IL Israeli|IN Indian|IQ Iraqi|IR Iranian|IS Icelandic
IT Italian|JM Jamaican|JO Jordanian|JP Japanese|KE Kenyan|KG Kyrgyz|KH Cambodian
KI I-Kiribati|KM Comorian|KN Kittitian|KP North Korean|KR South Korean|KW Kuwaiti|KZ Kazakh
KZ Kazakhstani|LA Laotian|LA Lao|LB Lebanese|LC Saint Lucian|LI Liechtensteiner|LK Sri Lankan
LR Liberian|LT Lithuanian|LU Luxembourgish|LV Latvian|LY Libyan|MA Moroccan|MC Monegasque
MD Moldovan|ME Montenegrin|MG Malagasy|MH Marshallese|MK North Macedonian|MK Macedonian
ML Malian|MM Burmese|MN Mongolian|MR Mauritanian|MT Maltese|MU Mauritian|MV Maldivian
MW Malawian|MX Mexican|MY Malaysian|MZ Mozambican|NA Namibian|NE Nigerien|NG Nigerian
NI Nicaraguan|NL Dutch|NO Norwegian|NP Nepalese|NP Nepali|NR Nauruan|OM Omani|PA Panamanian
PE Peruvian|PG Papua New Guinean|PH Filipino|PH Philippine|PK Pakistani|PL Polish
PS Palestinian|PT Portuguese|PW Palauan|PY Paraguayan|QA Qatari|RO Romanian|RS Serbian
RU Russian|RW Rwandan|SA Saudi Arabian|SB Solomon Islander|SC Seychellois|SD Sudanese
SE Swedish|SG Singaporean|SI Slovenian|SI Slovene|SK Slovak|SK Slovakian|SL Sierra Leonean
SM Sammarinese|SN Senegalese|SO Somali|SR Surinamese|SS South Sudanese|ST Santomean
SV Salvadoran|SY Syrian|SZ Swazi|TD Chadian|TG Togolese|TH Thai|TJ Tajik|TL Timorese
TL East Timorese|TM Turkmen|TN Tunisian|TO Tongan|TR Turkish|TT Trinidadian|TV Tuvaluan
TW Taiwanese|TZ Tanzanian|UA Ukrainian|UG Ugandan|US American|UY Uruguayan|UZ Uzbek
VC Vincentian|VE Venezuelan|VN Vietnamese|VU Ni-Vanuatu|WS Samoan|XK Kosovar|XK Kosovan
YE Yemeni|ZA South African|ZM Zambian|ZW Zimbabwean
"""

CAMEO_EXCEPTIONS = {"RO": "ROM", "TL": "TMP", "XK": "KSV"}

PREFIXES = """@prefix ir:   <https://w3id.org/kg/ir#> .
@prefix act:  <https://w3id.org/kg/actor/> .
@prefix wd:   <http://www.wikidata.org/entity/> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
"""


def slug(label: str) -> str:
    """Lower-case ASCII slug: diacritics folded, non-alphanumerics collapsed to '_'."""
    text = unicodedata.normalize("NFKD", label)
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).lower()
    return re.sub(r"[^a-z0-9]+", "_", text).strip("_")


def pairs(table: str) -> list[tuple[str, str]]:
    """Parse 'XX value|XX value' tables into (code, value) pairs."""
    out = []
    for item in re.split(r"[|\n]", table):
        item = item.strip()
        if item:
            code, value = item.split(" ", 1)
            out.append((code, value.strip()))
    return out


def uninvert(name: str) -> list[str]:
    """'Korea, Republic of' -> ['Republic of Korea']; 'Falkland Islands (Malvinas)' -> [..]."""
    out = []
    if ", " in name:
        head, tail = name.split(", ", 1)
        if tail.endswith(" of") or tail.endswith(" of the"):
            out.append(f"{tail} {head}".replace(" The ", " the "))
    bare = re.sub(r"\s*\([^)]*\)", "", name).strip()
    if bare != name:
        out.append(bare)
    return out


def qid_table() -> dict[str, str]:
    tokens = QIDS.split()
    return dict(zip(tokens[::2], tokens[1::2], strict=True))


def lit(value: str, lang: str | None = None) -> str:
    escaped = value.replace("\\", "\\\\").replace('"', '\\"')
    return f'"{escaped}"@{lang}' if lang else f'"{escaped}"'


class Entry:
    def __init__(self, iso2: str, iso3: str, label: str) -> None:
        self.iso2, self.iso3, self.label = iso2, iso3, label
        self.id_label = ""
        self.alt: dict[str, list[str]] = {"en": [], "id": []}
        self.metonyms: dict[str, list[str]] = {"en": [], "id": []}
        self.demonyms: list[str] = []

    def add(self, bucket: dict[str, list[str]], lang: str, value: str) -> None:
        value = " ".join(value.split())
        if value and value not in bucket[lang]:
            bucket[lang].append(value)


def build() -> list[Entry]:
    from babel import Locale

    t_id = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["id"])
    cldr_en, cldr_id = Locale("en").territories, Locale("id").territories
    entries: dict[str, Entry] = {}
    countries = [(c.alpha_2, c.alpha_3, c) for c in pycountry.countries]
    countries.append(("XK", "XKX", None))
    for iso2, iso3, c in countries:
        common = getattr(c, "common_name", None) if c else None
        label = CANON.get(iso2) or common or (c.name if c else iso2)
        e = Entry(iso2, iso3, label)
        e.id_label = ID_LABEL.get(iso2) or cldr_id.get(iso2) or label
        en_names = [c.name, getattr(c, "official_name", None), common] if c else []
        en_names.append(cldr_en.get(iso2))
        for name in filter(None, en_names):
            for variant in [name, *uninvert(name)]:
                e.add(e.alt, "en", variant.replace(" & ", " and "))
        if c:
            for name in filter(None, [c.name, getattr(c, "official_name", None), common]):
                translated = t_id.gettext(name)
                for variant in [translated, *uninvert(translated)]:
                    e.add(e.alt, "id", variant)
        e.add(e.alt, "id", (cldr_id.get(iso2) or "").replace(" & ", " dan "))
        for lang, names in re.findall(r"(en|id):(.*?)(?=\s+(?:en|id):|$)", EXTRA.get(iso2, "")):
            for name in names.split("|"):
                e.add(e.alt, lang, name)
        entries[iso2] = e
    for iso2, cap in pairs(CAPITALS):
        entries[iso2].add(entries[iso2].metonyms, "en", cap)
    for iso2, names in {**SEATS}.items():
        for name in names.split("|"):
            entries[iso2].add(entries[iso2].metonyms, "en", name)
    for iso2, names in ID_METONYMS.items():
        for name in names.split("|"):
            entries[iso2].add(entries[iso2].metonyms, "id", name)
    for iso2, dem in pairs(DEMONYMS):
        if dem not in entries[iso2].demonyms:
            entries[iso2].demonyms.append(dem)
    for name, iso2 in NEWS_NAMES.items():
        for lang in ("en", "id"):
            for e in entries.values():
                e.alt[lang] = [n for n in e.alt[lang] if n != name]
            entries[iso2].add(entries[iso2].alt, lang, name)
    for e in entries.values():  # labels are not repeated as altLabels
        e.alt["en"] = [n for n in e.alt["en"] if n != e.label]
        e.alt["id"] = [n for n in e.alt["id"] if n != e.id_label]
        names = {slug(n) for n in [e.label, e.id_label, *e.alt["en"], *e.alt["id"]]}
        for lang in ("en", "id"):  # a metonym equal to a name is a name
            e.metonyms[lang] = [m for m in e.metonyms[lang] if slug(m) not in names]
    return sorted(entries.values(), key=lambda e: slug(e.label))


def check(entries: list[Entry]) -> list[str]:
    """Consistency problems: table sizes, duplicate ids, names shared by two states."""
    problems = []
    if len(set(UN_MEMBERS)) != 193:
        problems.append(f"UN_MEMBERS has {len(set(UN_MEMBERS))} codes, want 193")
    qids = qid_table()
    missing = [e.iso2 for e in entries if e.iso2 not in qids]
    if missing:
        problems.append(f"no QID for {missing}")
    ids = [slug(e.label) for e in entries]
    if len(ids) != len(set(ids)):
        problems.append("duplicate ids")
    owner: dict[str, str] = {}
    for e in entries:
        for name in {
            e.label,
            e.id_label,
            *e.alt["en"],
            *e.alt["id"],
            *e.demonyms,
            *e.metonyms["en"],
            *e.metonyms["id"],
        }:
            key = slug(name)
            if key in owner and owner[key] != e.iso2:
                problems.append(f"{name!r} names both {owner[key]} and {e.iso2}")
            owner.setdefault(key, e.iso2)
    return problems


def render(entries: list[Entry]) -> str:
    qids = qid_table()
    members, observers = set(UN_MEMBERS), set(UN_OBSERVERS)
    out = [
        "# Generated by scripts/gen_states.py from pycountry, CLDR and hand tables. Do not edit:\n"
        "# change the script and run it again.\n",
        PREFIXES,
    ]
    for e in entries:
        status = "member" if e.iso2 in members else "observer" if e.iso2 in observers else "none"
        lines = [
            f"act:{slug(e.label)} a ir:State ;",
            f"    rdfs:label {lit(e.label, 'en')} , {lit(e.id_label, 'id')} ;",
        ]
        alts = [lit(n, "en") for n in e.alt["en"]] + [lit(n, "id") for n in e.alt["id"]]
        if alts:
            lines.append(f"    skos:altLabel {' , '.join(alts)} ;")
        lines.append(f'    ir:iso2 "{e.iso2}" ; ir:iso3 "{e.iso3}" ;')
        lines.append(f'    ir:cameoCode "{CAMEO_EXCEPTIONS.get(e.iso2, e.iso3)}" ;')
        lines.append(f"    ir:wikidata wd:{qids[e.iso2]} ;")
        if e.demonyms:
            lines.append(f"    ir:demonym {' , '.join(lit(d, 'en') for d in e.demonyms)} ;")
        mets = [lit(m, "en") for m in e.metonyms["en"]] + [lit(m, "id") for m in e.metonyms["id"]]
        if mets:
            lines.append(f"    ir:metonym {' , '.join(mets)} ;")
        lines.append(f'    ir:unStatus "{status}" .')
        out.append("\n".join(lines) + "\n")
    return "\n".join(out)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail if states.ttl is stale")
    args = parser.parse_args()
    entries = build()
    problems = check(entries)
    for problem in problems:
        print("warning:", problem, file=sys.stderr)
    text = render(entries)
    if args.check:
        stale = not OUT.exists() or OUT.read_text(encoding="utf-8") != text
        print("states.ttl is stale" if stale else "states.ttl is up to date")
        return 1 if stale else 0
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUT} ({len(entries)} states)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
