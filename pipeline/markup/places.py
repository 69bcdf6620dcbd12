"""Places and organisations: `placeName` and `orgName` with `@ref` to the document's register.

Found from how archival English names them, not from a list of one document's words:

* organisations: a run of capitalized words ending in a body's head noun (`State Planning
  Commission`, `Shijingshan Steel Factory`, `Kim Il Sung University`), `Ministry of X`,
  `Central Committee of the Y` (joined to the body it belongs to), party abbreviations
  (`CPC`, `CPSU`, `KWP`) and their Central Committees (`CC CPSU`, `KWP CC`); in a heading in
  capitals, the bodies its title-cased reading names (`MINISTRY OF FOREIGN AFFAIRS`);
* places: a gazetteer of states (with their long forms: `Republic of Korea`), regions,
  capitals, Chinese and Korean provinces and Soviet republics (domain data that serves every
  document), buildings and rooms by their last word (`Fujian Room`, `Peking Hall`), and
  context for the rest: a single capitalized word after `from`/`in`/`at`/`near` (`coal from
  Shanxi and Kailuan`), or at the end of a `Location:` line, and words whose bracket names a
  gazetteer place they are another name of (`Long Chau [Longzhou]`).

Adjectives and languages are not places (`Korean`, `Chinese`, `in Iranian uniforms`, `in Latin
letters`), nor is a Slavic surname after `from` (`a report from Lewandowski`), nor is a
sentence's `The` a word of one (`The Soviet Union`; `The Hague` is the gazetteer's); names
inside an organisation's name are not marked again (no person, no place inside `Kim Il Sung
University`), nor is a place that says whose a currency is (`US dollars`, `US$5 million`,
`Hong Kong dollars`); event and document names (`Moscow Conference`, `Seven-Year Plan`,
`Northeast Asia Treaty`) are neither and nothing inside them is marked. Ids are `place-` /
`org-` + the slug of the canonical name.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from dataclasses import dataclass, field
from functools import lru_cache, partial
from operator import attrgetter
from typing import NamedTuple

from lxml import etree

from .. import names as N
from ..inline import (OBJECT, Cover, level_with, plain_supplied, searchable, sic_marks,
                      through_sic, wrap_all)
from ..read import MONTHS
from ..tei import _UNDECOMPOSED, LANGUAGES, ascii_fold, local, new, tag
from .quantities import begins_currency

# Never looked into: persons (and their parts), notes' printed markers, labels, earlier marks.
_SKIP = frozenset({"persName", "roleName", "addName", "desc", "gap", "speaker", "placeName",
                   "orgName", "date", "measure", "num", "ptr", "pb", "milestone", "label"})


@dataclass
class Entity:
    """One place or organisation of a document's register."""

    id: str
    name: str
    variants: list[str] = field(default_factory=list)
    mentions: int = 0
    idnos: dict[str, str] = field(default_factory=dict)  # type -> value, from an authority only
    # A body named without its state (`Ministry of Foreign Affairs`): this document's alone,
    # which another document's entry of the same id need not be (`generic_body`).
    generic: bool = False

    def add_variant(self, variant: str) -> None:
        if variant and variant != self.name and variant not in self.variants:
            self.variants.append(variant)


# -- domain data ---------------------------------------------------------------------------

# Canonical name -> other spellings. States, capitals, Chinese provinces and autonomous
# regions, Korean provinces (both states), Soviet republics, and the regions the archive's
# Cold War documents keep naming. Written in three parts, joined as GAZETTEER below: the
# states and regions, the buildings, cities and towns, the provinces and republics. The states
# come first, apart: a government is a state's (`Government of Romania`, `_state_of`).
_STATES: dict[str, tuple[str, ...]] = {
    # states, with their official long forms (`Democratic People's Republic of Korea`)
    "China": ("PRC", "People's Republic of China", "Mainland China", "Communist China",
              "Red China"),
    # the state on Taiwan from 1949, by its own name and the West's: never the PRC, whose
    # official name holds its name (the longer form is read first)
    "Republic of China": ("ROC", "Nationalist China", "Free China"),
    "Korea": (), "North Korea": ("DPRK", "Democratic People's Republic of Korea",
                                  "Korean People's Democratic Republic"),
    "South Korea": ("ROK", "Republic of Korea"),
    "Soviet Union": ("USSR", "Union of Soviet Socialist Republics"),
    "Russia": ("Russian Federation",), "Japan": (),
    "Mongolia": ("Mongolian People's Republic", "MPR"),
    "Vietnam": ("Viet Nam", "Socialist Republic of Vietnam", "SRV"),
    "North Vietnam": ("DRV", "DRVN", "Democratic Republic of Vietnam"),
    "South Vietnam": ("RVN", "Republic of Vietnam"), "Laos": (),
    "Cambodia": ("Kampuchea", "Democratic Kampuchea", "People's Republic of Kampuchea"),
    "Ceylon": ("Sri Lanka",), "India": (), "Pakistan": (), "Burma": (),
    "Thailand": (), "Indonesia": ("Republic of Indonesia",), "Malaya": ("Federation of Malaya",),
    "Malaysia": (),                     # from 1963, Malaya with Sabah and Sarawak: no Malaya
    "Philippines": (), "Nepal": (), "Afghanistan": ("Democratic Republic of Afghanistan",),
    "Iran": ("Persia",), "Iraq": (), "Syria": (), "Egypt": ("UAR", "United Arab Republic"),
    "Israel": (), "Turkey": (), "Algeria": (), "Cuba": ("Republic of Cuba",),
    "Albania": ("People's Republic of Albania", "People's Socialist Republic of Albania"),
    # the socialist states' abbreviations too, the English and the Russian or own-language
    # ones (`NRB`, Narodna Republika Bulgaria; `VNR`, the Russian for the Hungarian People's
    # Republic; `PNR` and the Polish `PRL`: `_NO_BODY_ABBREVIATIONS`)
    "Bulgaria": ("People's Republic of Bulgaria", "Bulgarian People's Republic", "PRB", "NRB"),
    "Czechoslovakia": ("Czechoslovak Socialist Republic", "Czechoslovak Republic", "ČSSR",
                       "CSSR"),
    "Hungary": ("Hungarian People's Republic", "VNR"),
    "Poland": ("Polish People's Republic", "PNR", "PRL"),
    "Romania": ("Rumania", "Socialist Republic of Romania", "Romanian People's Republic",
                "SRR"),
    "Yugoslavia": ("Federal People's Republic of Yugoslavia",
                   "Socialist Federal Republic of Yugoslavia"),
    "East Germany": ("GDR", "German Democratic Republic"),
    "West Germany": ("FRG", "Federal Republic of Germany"), "Germany": (), "Austria": (),
    "France": (), "Britain": ("Great Britain", "England", "United Kingdom", "UK",
                "United Kingdom of Great Britain and Northern Ireland"),
    "Italy": (), "Spain": (), "Portugal": (), "Greece": (), "Finland": (), "Sweden": (),
    "Norway": (), "Denmark": (), "Netherlands": ("Holland",), "Belgium": (),
    "Switzerland": (), "Canada": (), "United States": ("U.S.", "US", "USA", "U.S.A.", "America",
                                                      "United States of America"),
    "Mexico": (), "Brazil": (), "Argentina": (), "Chile": (), "Ghana": (), "Guinea": (),
    "Mali": (), "Congo": (), "Zaire": (), "Ethiopia": (), "Sudan": (), "Morocco": (),
    "Tunisia": (), "Libya": (), "Nigeria": (), "Kenya": (), "Tanzania": (), "Uganda": (),
    "Zambia": ("Northern Rhodesia",), "Zimbabwe": ("Rhodesia", "Southern Rhodesia"),
    "Angola": (), "Mozambique": (), "Somalia": (), "South Africa": (), "Namibia": (),
    "Senegal": (), "Guinea-Bissau": (), "Benin": ("Dahomey",), "Madagascar": (),
    "Cameroon": (), "Mauritania": (), "Liberia": (), "Sierra Leone": (), "Togo": (),
    "Yemen": (), "North Yemen": ("Yemen Arab Republic",),
    "South Yemen": ("PDRY", "People's Democratic Republic of Yemen"), "Lebanon": (),
    "Jordan": (), "Saudi Arabia": (), "Kuwait": (), "Cyprus": (), "Palestine": (),
    "Bangladesh": (), "Singapore": (), "Australia": (), "New Zealand": (), "Ireland": (),
    "Northern Ireland": (),             # the United Kingdom's, never the Republic of Ireland
    "Iceland": (), "Luxembourg": (), "Nicaragua": (), "El Salvador": (), "Grenada": (),
    "Guatemala": (), "Honduras": (), "Costa Rica": (), "Panama": (), "Dominican Republic": (),
    "Haiti": (), "Jamaica": (), "Venezuela": (), "Colombia": (), "Peru": (), "Bolivia": (),
    "Ecuador": (), "Uruguay": (), "Paraguay": (),
    "Upper Volta": ("Burkina Faso",), "Niger": (), "Gabon": (), "Burundi": (), "Rwanda": (),
    "Malawi": (), "Botswana": (), "Lesotho": (), "Swaziland": (), "Mauritius": (),
    "Tanganyika": (), "Zanzibar": (), "Ivory Coast": (), "Gambia": (), "Western Samoa": (),
    "Oman": (), "Qatar": (), "Bahrain": (), "Bhutan": (), "Sikkim": (), "Maldives": (),
    "Malta": (),
    # states whose names end in another state's (`Equatorial Guinea` is no `Guinea`): each
    # its own place, as `South Africa` and `North Yemen` are
    "Equatorial Guinea": (), "Papua New Guinea": (), "Central African Republic": (),
    "Cape Verde": (),
    "Djibouti": ("French Somaliland", "French Territory of the Afars and Issas"),
}
_STATES_AND_REGIONS: dict[str, tuple[str, ...]] = {**_STATES,
    "Taiwan": ("Formosa",), "Hong Kong": (),
    # Pakistan's two wings until 1971 (East Pakistan is Bangladesh after it): each its own
    # place, as `East Germany` is
    "East Pakistan": (), "West Pakistan": (), "Macao": ("Macau",), "Tibet": (),
    "Manchuria": (), "Siberia": (), "Okinawa": (),
    # the steppe of Kazakhstan and Siberia the Soviet Union ploughed from 1954
    "Virgin Lands": (),
    # the era's disputed and contested territories, the fronts of its wars and its crises
    "Kashmir": (), "West Bank": (), "Gaza Strip": ("Gaza",),
    "Sinai": ("Sinai Peninsula",), "Golan Heights": (), "Ogaden": (),
    "Nile Delta": (),                   # the front of the War of Attrition's air raids
    "Khuzestan": ("Khuzistan", "Arabistan"),   # Iran's province Iraq claimed by its Arab name
    "Western Sahara": ("Spanish Sahara",),
    "West New Guinea": ("West Irian", "Irian Barat", "Irian Jaya", "Netherlands New Guinea"),
    "East Timor": ("Portuguese Timor", "Timor-Leste"), "French Guiana": (),
    "Cabinda": (), "Eritrea": (), "Biafra": (), "Katanga": (),
    "Aksai Chin": ("Aksayqin",), "Ladakh": (), "Goa": (), "Gibraltar": (),
    "Longju": (),                       # the border post of the clash of August 1959
    "Falkland Islands": ("Falklands", "Malvinas"), "Sakhalin": (),
    "Kuril Islands": ("Kurile Islands", "Kurils", "Kuriles"),
    "Zhenbao Island": ("Damansky Island", "Damanskii Island", "Zhenbao", "Damansky",
                       "Damanskii"),
    # continents and regions (`South America` is a region: `America` alone is the United States)
    "Asia": (), "Africa": (), "Europe": (), "Latin America": (), "South America": (),
    "North America": (), "Central America": (), "Middle East": (), "Far East": (),
    "East Asia": (), "Southeast Asia": (), "Indochina": ("Indo-China",),
    "Eastern Europe": (), "Western Europe": (), "Balkans": (), "Caribbean": (),
    # seas, straits and gulfs, each one place: `Sea of Japan` is no `Japan`
    "Sea of Japan": (), "Yellow Sea": (), "East China Sea": (), "South China Sea": (),
    "Bohai Sea": ("Gulf of Bohai",), "Korea Strait": ("Tsushima Strait",),
    "Taiwan Strait": ("Taiwan Straits", "Formosa Strait", "Formosa Straits"),
    "Gulf of Tonkin": ("Tonkin Gulf",), "Gulf of Thailand": (), "Sea of Okhotsk": (),
    "Bering Strait": (), "Black Sea": (), "Baltic Sea": (), "Caspian Sea": (), "Red Sea": (),
    "Mediterranean Sea": ("Mediterranean",), "Persian Gulf": (),
    # the Korean war's border river, with its Korean name (`reached the Yalu [Amnok]`)
    "Yalu River": ("Yalu", "Amnok River", "Amnok"),
    "Strait of Malacca": ("Straits of Malacca",),
    "Pacific Ocean": (), "Atlantic Ocean": (), "Indian Ocean": (), "Arctic Ocean": (),
}
# Buildings the documents meet in, by the name they go by; after its town they are where a
# meeting was (`Moscow, Kremlin`: header.py's setting).
_SITES: dict[str, tuple[str, ...]] = {
    "Great Hall of the People": (), "Zhongnanhai": (), "Diaoyutai": (), "Kremlin": (),
    "Tiananmen Square": ("Tien An Men Square",), "Red Square": (),
    "White House": (), "Checkpoint Charlie": (), "Berlin Wall": (), "Gorky Park": (),
    # the President's office and retreat, where US memoranda meet (`DATE, TIME AND PLACE:
    # ..., Oval Office`): places, no office of the government's
    "Oval Office": (), "Camp David": (),
}
_TOWNS: dict[str, tuple[str, ...]] = {
    **_SITES,
    # the canals the era's crises were over (`Canal` ends a site's name: the gazetteer's
    # name is its entry all the same)
    "Suez Canal": (), "Panama Canal": (),
    # capitals and great cities
    "Beijing": ("Peking", "Peiping"), "Shanghai": (), "Tianjin": ("Tientsin",),
    "Nanjing": ("Nanking",), "Guangzhou": ("Canton",), "Wuhan": (), "Shenyang": ("Mukden",),
    "Harbin": (), "Dalian": ("Dairen",), "Lüshun": ("Port Arthur",),
    "Dandong": ("Andong", "Antung"),
    "Chongqing": ("Chungking",), "Xi'an": ("Sian",), "Lhasa": (), "Pyongyang": (),
    "Seoul": ("Keijo", "Keijō"), "Kaesong": ("Gaeseong",), "Panmunjom": ("Panmunjeom",),
    "Sinuiju": ("Sineuiju",), "Hamhung": ("Hamheung",), "Hungnam": ("Heungnam",), "Wonsan": (),
    "Chongjin": (), "Nampo": (), "Kangson": ("Kangseon",), "Tokyo": (), "Moscow": (),
    "Leningrad": ("St. Petersburg", "Saint Petersburg", "Petrograd"),
    "Vladivostok": (), "Khabarovsk": (), "Irkutsk": (), "Novosibirsk": (), "Kiev": ("Kyiv",),
    "Minsk": (), "Tashkent": (), "Alma-Ata": ("Almaty",), "Ulaanbaatar": ("Ulan Bator",),
    # the Soviet republics' capitals and the cities the records travel to (an unknown word
    # after `from` that ends like a Russian surname, `from Kharkov`, is a place only here)
    "Riga": (), "Tallinn": (), "Vilnius": (), "Tbilisi": (), "Yerevan": (), "Baku": (),
    "Kishinev": ("Chisinau",), "Dushanbe": ("Stalinabad",), "Ashkhabad": ("Ashgabat",),
    "Kharkov": ("Kharkiv",), "Odessa": ("Odesa",), "Lvov": ("Lviv", "Lwów"), "Sevastopol": (),
    "Yalta": (), "Crimea": (), "Rostov": ("Rostov-on-Don",), "Volgograd": ("Stalingrad",),
    "Sverdlovsk": (), "Chelyabinsk": (), "Donetsk": ("Stalino",), "Omsk": (), "Tomsk": (),
    "Krasnoyarsk": (),
    "Kazan": (), "Murmansk": (), "Kaliningrad": ("Königsberg",), "Smolensk": (), "Kursk": (),
    "Magadan": (), "Sochi": (), "Pitsunda": (),
    # the reactor's town and its workers' (the reports of 1986), the cosmodrome and the
    # cosmonauts' town, and the town Sakharov was exiled to, Nizhny Novgorod before 1932 and
    # after 1990: Maxim Gorky's alone, the town's after `in`, `at`, `near`, `to`
    # (names.py `_town_at_place`)
    "Chernobyl": ("Chornobyl",), "Pripyat": ("Prypiat",), "Baikonur": ("Baykonur",),
    "Star City": (), "Gorky": ("Nizhny Novgorod", "Gorkiy"),
    # the Volga car works' town, so named from 1964 after Palmiro Togliatti: the man's alone,
    # the town's after `in`, `at`, `near` (names.py `_town_at_place`)
    "Togliatti": ("Tolyatti",),
    # (Saigon is Ho Chi Minh City from 1976: no mention of the man, names.py `_BUILDING_ENDS`)
    "Hanoi": (), "Saigon": ("Ho Chi Minh City",), "Vientiane": (), "Phnom Penh": (),
    "Rangoon": ("Yangon",),
    "Jakarta": ("Djakarta", "Batavia"), "New Delhi": ("Delhi",), "Karachi": (), "Colombo": (),
    "Kabul": (), "Tehran": (), "Baghdad": (), "Damascus": (), "Cairo": (), "Havana": (),
    "Manshiet el-Bakri": ("Manshiyat al-Bakri",),   # Cairo's quarter of Nasser's house
    "Jalalabad": (),   # the war's town east of Kabul (Herat and Kandahar are provinces' too)
    "Tirana": (), "Sofia": (), "Prague": (), "Budapest": (), "Warsaw": (),
    "Bucharest": (), "Belgrade": (), "Berlin": (), "East Berlin": (), "West Berlin": (),
    "Bonn": (), "Vienna": (), "Paris": (), "London": (), "Rome": (), "Geneva": (),
    "Helsinki": (), "Stockholm": (), "Ottawa": (), "Washington": (), "New York": (),
    "Los Angeles": (), "Lake Placid": (),   # the Olympic towns of 1980 and 1984
    "Accra": (), "Conakry": (), "Bamako": (), "Antananarivo": ("Tananarive",), "Dakar": (),
    "Lagos": (), "Nairobi": (), "Dar es Salaam": (), "Kampala": (), "Lusaka": (),
    "Harare": ("Salisbury",),           # Rhodesia's capital, Salisbury until 1982
    "Addis Ababa": (), "Khartoum": (), "Rabat": (), "Tunis": (), "Tripoli": (), "Algiers": (),
    "Brazzaville": (), "Kinshasa": ("Leopoldville", "Léopoldville"), "Luanda": (),
    "Maputo": ("Lourenço Marques",), "Mogadishu": (), "Nouakchott": (), "Monrovia": (),
    "Freetown": (), "Lomé": ("Lome",), "Cotonou": (), "Porto-Novo": (), "Niamey": (),
    "Ouagadougou": (), "N'Djamena": ("Fort-Lamy",), "Bangui": (), "Yaoundé": ("Yaounde",),
    "Libreville": (), "Bujumbura": (), "Kigali": (), "Zomba": (), "Lilongwe": (), "Aden": (),
    "Sanaa": (), "Amman": (), "Beirut": (), "Riyadh": (), "Ankara": (), "Nicosia": ("Lefkoşa",),
    "Kathmandu": ("Katmandu",), "Dhaka": ("Dacca",), "Islamabad": (), "Rawalpindi": (),
    "Bangkok": (), "Kuala Lumpur": (), "Manila": (), "Canberra": (), "Brasília": ("Brasilia",),
    "Buenos Aires": (), "Montevideo": (), "Caracas": (), "Bogotá": ("Bogota",), "Quito": (),
    "La Paz": (), "Asunción": ("Asuncion",), "Managua": (), "Tegucigalpa": (),
    "Port-au-Prince": (), "Santo Domingo": ("Ciudad Trujillo",), "Rio de Janeiro": (),
    # Spanish cities of two names joined by `de`, each name one place (`Santiago de Cuba` was
    # the places Santiago and Cuba); `Santiago` alone stays a place by its context only
    "Santiago de Cuba": (), "Santiago de Chile": (), "Madrid": (), "Lisbon": (), "Athens": (),
    "Oslo": (),
    "Copenhagen": (), "Brussels": (), "Amsterdam": (), "Dublin": (), "Reykjavik": (),
    "Bern": ("Berne",), "Valletta": (), "Jerusalem": (), "Tel Aviv": (),
    "Cape Town": (), "Pretoria": (), "Johannesburg": (),
    "The Hague": ("Hague",),             # the one name here whose article is a word of it
    # towns and provinces of the Sino-Vietnamese border and the Chinese south the documents of
    # the 1960s and 1979 name (a text with the Vietnamese accents finds them all the same),
    # the islands both claim, and Dien Bien Phu, the battle of 1954 the Geneva records name
    "Cao Bang": (), "Lang Son": (), "Lao Cai": (), "Ha Giang": (), "Dong Dang": (),
    # the range the Ho Chi Minh Trail ran along, which names the road (`the Truong Son road`)
    "Truong Son": ("Annamite Range", "Annamite Mountains"),
    "Quang Ninh": (), "Haiphong": ("Hai Phong",), "Nghe An": (), "Dien Bien Phu": (),
    "Kunming": (), "Nanning": (), "Pingxiang": (), "Longzhou": (), "Jinmen": ("Quemoy", "Kinmen"),
    "Mazu": ("Matsu",),
    "Xisha Islands": ("Paracel Islands", "Paracels", "Xisha", "Paracel", "Hoang Sa"),
    "Nansha Islands": ("Spratly Islands", "Spratlys", "Nansha", "Spratly", "Truong Sa"),
    # Polish, East German, Czechoslovak and Hungarian cities the bloc's documents name, in
    # their own letters: a text without the accents (`Lodz`) finds them all the same
    "Gdańsk": ("Danzig",), "Gdynia": (), "Kraków": ("Cracow",), "Łódź": (),
    "Wrocław": ("Breslau",), "Poznań": (), "Szczecin": ("Stettin",), "Katowice": (),
    "Leipzig": (), "Dresden": (), "Rostock": (), "Magdeburg": (), "Görlitz": (),
    "Karl-Marx-Stadt": ("Chemnitz",), "Bratislava": ("Pozsony", "Pressburg"), "Brno": (),
    # towns named by their river after `nad` (on), written whole, unaccented too: `Čierna`
    # was a place, `nad Tisou` text; `Čierna` alone, as the records of the Soviet and
    # Czechoslovak Politburos' meeting there in July 1968 call it, is the same town
    "Čierna nad Tisou": ("Cierna nad Tisou", "Čierna"), "Ústí nad Labem": ("Usti nad Labem",),
    "Nové Mesto nad Váhom": ("Nove Mesto nad Vahom",),
    "Lublin": (), "Bydgoszcz": (), "Białystok": (), "Radom": (), "Legnica": (),
    "Częstochowa": (), "Nowa Huta": (), "Halle": (), "Erfurt": (), "Potsdam": (),
    "Cottbus": (), "Schwerin": (), "Stralsund": (), "Eisenhüttenstadt": ("Stalinstadt",),
    "Ostrava": (), "Plzeň": ("Pilsen",), "Košice": (), "Karlovy Vary": ("Carlsbad",),
    "Debrecen": (), "Szeged": (), "Miskolc": (), "Pécs": (), "Győr": (),
    # the other seats of East Germany's districts and Hungary's counties, and Jena's
    # university town and Komárom's border crossing, where their reports place events
    "Gera": (), "Suhl": (), "Neubrandenburg": (), "Jena": (),
    "Szolnok": (), "Kecskemét": (), "Székesfehérvár": (), "Veszprém": (), "Nyíregyháza": (),
    "Szombathely": (), "Zalaegerszeg": (), "Kaposvár": (), "Szekszárd": (),
    "Békéscsaba": (), "Salgótarján": (), "Tatabánya": (), "Komárom": (),
    # the industrial towns of 1956's workers' councils: Budapest's island of works, and Ózd
    "Csepel": (), "Ózd": (),
    # Romanian, Bulgarian, Yugoslav and Albanian cities, and the Brioni islands, where Tito
    # received his visitors
    # with the Hungarian names of Transylvania's towns (`Oradea [Nagyvárad]`, `Cluj [Kolozsvár]`)
    "Cluj": ("Cluj-Napoca", "Kolozsvár"), "Oradea": ("Nagyvárad",), "Iași": ("Jassy",),
    "Timișoara": ("Temesvár",), "Brașov": ("Orașul Stalin", "Brassó"),
    "Constanța": (), "Ploiești": (), "Plovdiv": (), "Varna": (), "Burgas": ("Bourgas",),
    "Satu Mare": ("Szatmárnémeti",),
    "Zagreb": (), "Ljubljana": (), "Sarajevo": (), "Skopje": (), "Novi Sad": (),
    "Titograd": ("Podgorica",), "Pula": (), "Brioni Islands": ("Brioni", "Brijuni"),
    # Yugoslavia's Adriatic ports, with their Italian names (not `Split` and `Bar`, words
    # of prose too)
    "Rijeka": ("Fiume",), "Dubrovnik": (), "Zadar": (), "Šibenik": (),
    "Kotor": ("Cattaro",), "Koper": ("Capodistria",),
    "Priština": ("Prishtina", "Pristina"), "Durrës": ("Durazzo",),
    "Vlorë": ("Vlora", "Valona"), "Shkodër": ("Shkodra", "Scutari"), "Elbasan": (),
    "Korçë": ("Korça", "Koritsa"),
    "Pashaliman": (),                   # the Soviet submarines' base on the bay of Vlorë
    # Greek and Turkish cities by their names of today and the older ones the records print,
    # and Cyprus's towns with their Turkish names (`Kyrenia [Girne]`, `Famagusta [Gazimağusa]`)
    "Thessaloniki": ("Salonika", "Salonica"), "Istanbul": ("Constantinople",),
    "Izmir": ("Smyrna",), "Kyrenia": ("Girne",), "Famagusta": ("Gazimağusa",),
    # Iranian, Iraqi, Syrian, Lebanese and Jordanian cities (`Sidon [Saida]`, `Tyre [Sour]`)
    "Abadan": (), "Tabriz": (), "Qom": ("Qum",), "Mashhad": ("Meshed",), "Aleppo": (),
    "Latakia": ("Lattakia",), "Homs": (), "Hama": (), "Sidon": ("Saida",), "Tyre": ("Sour",),
    "Aqaba": (),
    # Chinese cities beyond the capitals and the south's (pinyin, with the old spellings)
    "Hangzhou": ("Hangchow",), "Changsha": (), "Chengdu": ("Chengtu",), "Jinan": ("Tsinan",),
    "Qingdao": ("Tsingtao",), "Taiyuan": (), "Zhengzhou": ("Chengchow",),
    "Lanzhou": ("Lanchow",), "Urumqi": ("Urumchi", "Tihwa"), "Hohhot": ("Huhehot",),
    "Baotou": ("Paotow",), "Fuzhou": ("Foochow",), "Xiamen": ("Amoy",), "Nanchang": (),
    "Hefei": (), "Changchun": (), "Fushun": (), "Shijiazhuang": (), "Guilin": ("Kweilin",),
    "Suzhou": ("Soochow",), "Wuxi": (), "Luoyang": (), "Shantou": ("Swatow",),
    "Zhanjiang": (), "Beidaihe": ("Peitaiho",), "Manzhouli": ("Manchouli",),
    "Sanlitun": ("San Li Tun",),        # Beijing's embassy quarter, never a person Li Tun
    # Korean cities of both states (both romanizations; `Chemulpo`, Incheon's old name)
    "Busan": ("Pusan",), "Incheon": ("Inchon", "Chemulpo"), "Daegu": ("Taegu",),
    "Gwangju": ("Kwangju",), "Daejeon": ("Taejon",), "Ulsan": (), "Masan": (),
    "Pohang": (), "Haeju": (), "Sariwon": (), "Kanggye": ("Ganggye",), "Hyesan": (),
    "Sinpo": (), "Rajin": ("Najin",),
    # Vietnamese and Japanese cities (the Vietnamese accents fold as the border towns' do;
    # `Tourane`, Da Nang's French name)
    "Hue": (), "Da Nang": ("Danang", "Tourane"), "Cam Ranh": (), "Nam Dinh": (), "Khe Sanh": (),
    "Thai Nguyen": (), "Thai Binh": (),   # the North's iron and steel town, and a province
    "Cam Ranh Bay": (),                 # the naval base, whole: `Cam Ranh` was the town's
    "Osaka": (), "Kyoto": (), "Yokohama": (), "Kobe": (), "Niigata": (), "Nagasaki": (),
    "Hiroshima": (),
    # towns of the era's wars in Indochina, Angola, at Suez and in the Horn of Africa, with the
    # other names the records print beside them (`Ban Me Thuot [Buon Ma Thuot]`, `Kompong Som
    # [Sihanoukville]`, `Uíge [Carmona]`, `Suez [al-Suways]`): the name of today canonical
    "Buon Ma Thuot": ("Ban Me Thuot", "Buon Me Thuot"),
    "Sihanoukville": ("Kompong Som", "Kampong Som", "Kampong Saom"),
    "Uíge": ("Carmona",), "Suez": ("al-Suways",), "Ismailia": (), "Port Said": (),
    "Asmara": (), "Massawa": (), "Dire Dawa": (), "Jijiga": (),
    # Angola's towns of the war of 1975-1988 (the Portuguese names beside those of today:
    # `Sá da Bandeira [Lubango]`), Indochina's of the wars of the 1960s and 1970s, Central
    # America's and the Caribbean's (the accents fold: `Mocamedes` finds Moçâmedes)
    "Moçâmedes": ("Namibe",), "Benguela": (), "Lobito": (), "Cuito Cuanavale": (),
    "Mavinga": (), "Luena": ("Luso",), "Huambo": ("Nova Lisboa",),
    "Lubango": ("Sá da Bandeira", "Sa da Bandeira"),   # `da` in it: read as spelt, accents too
    "Tay Ninh": (), "Phu Quoc": (), "Plain of Jars": (), "Poulo Wai": ("Koh Wai",),
    "Friendship Gate": ("Huu Nghi Quan", "Friendship Pass"),   # the Sino-Vietnamese crossing
    "Bluefields": (), "St. George's": ("Saint George's",),
    # the Korean front's Cheorwon, Kashmir's Poonch, Sinai's El Arish, Cuba's Mariel and Pinar
    # del Río, Khomeini's French exile Neauphle-le-Château, Chile's Valparaíso, and Khalkhin
    # Gol, the river and the battle of 1939 (`Khalkhin Gol [Khalkhin-Gol]` was a person)
    "Cheorwon": ("Chorwon", "Cheolwon"), "Poonch": (), "El Arish": ("al-Arish", "Al-Arish"),
    "Mariel": (), "Pinar del Río": ("Pinar del Rio",), "Matanzas": (),
    "Neauphle-le-Château": ("Neauphle-le-Chateau",), "Valparaíso": (),
    "Khalkhin Gol": ("Khalkhin-Gol", "Khalkhyn Gol"),
    # Mongolia's towns and its lake on the Chinese border, the Indo-Pakistani war's marsh of
    # 1965, the Gulf of Aqaba's strait of 1967, the American launch site, Mexico's capital
    # (not the country)
    "Khovd": ("Kobdo",), "Darkhan": (), "Lake Buir": ("Buir Nuur", "Buir Nur"),
    "Rann of Kutch": ("Rann of Kachchh",), "Strait of Tiran": ("Straits of Tiran",),
    "Cape Canaveral": ("Cape Kennedy",), "Mexico City": (),
    # the invasion's landing of April 1961, by the beach's Spanish and English names and the
    # bay's: one place (`Playa Giron [Giron Beach, Bay of Pigs]`)
    "Bay of Pigs": ("Playa Girón", "Playa Giron", "Girón Beach", "Giron Beach"),
    # South America's towns and river of a name with a linking word inside (`do`, `del`, `dos`,
    # `de la`), read whole, the accents folding: the presidents' meeting town on the Paraná,
    # Paraguay's town across the river from it (`Puerto Stroessner` until 1989), Brazil's
    # aerospace town and the Plate estuary
    "Foz do Iguaçu": ("Foz do Iguacu", "Foz do Iguassu"),
    "Ciudad del Este": ("Puerto Stroessner",),
    "São José dos Campos": ("Sao Jose dos Campos",),
    "Río de la Plata": ("Rio de la Plata", "River Plate"),
    # Arab towns and sites of a name with the article inside (`al-`, `el-`): Qaddafi's
    # barracks in Tripoli, the emirate and the Sinai's resort
    "Bab al-Aziziya": ("Bab al-Azizia", "Bab al-Aziziyah", "Bab el-Aziziya"),
    "Ras al-Khaimah": ("Ras al-Khaima",), "Sharm el-Sheikh": ("Sharm al-Sheikh", "Sharm el-Sheik"),
}
_PROVINCES: dict[str, tuple[str, ...]] = {
    # Chinese provinces and autonomous regions (pinyin, with the old postal spellings)
    "Anhui": (), "Fujian": ("Fukien",), "Gansu": ("Kansu",), "Guangdong": ("Kwangtung",),
    "Guangxi": ("Kwangsi",), "Guizhou": ("Kweichow",), "Hainan": (), "Hebei": ("Hopei",),
    "Heilongjiang": (), "Henan": ("Honan",), "Hubei": ("Hupei",), "Hunan": (),
    "Inner Mongolia": (), "Jiangsu": ("Kiangsu",), "Jiangxi": ("Kiangsi",),
    "Jilin": ("Kirin",), "Liaoning": (), "Ningxia": (), "Qinghai": ("Tsinghai",),
    "Shaanxi": ("Shensi",), "Shandong": ("Shantung",), "Shanxi": ("Shansi",),
    "Sichuan": ("Szechwan",), "Xinjiang": ("Sinkiang",), "Yunnan": (), "Zhejiang": ("Chekiang",),
    "Rehe": ("Jehol",), "Chahar": (), "Suiyuan": (),
    # Korean provinces (DPRK and ROK)
    "North Pyongan": ("North Phyongan",), "South Pyongan": ("South Phyongan",),
    "Jagang": ("Chagang",), "Ryanggang": ("Yanggang",), "North Hamgyong": (),
    "South Hamgyong": (), "Kangwon": ("Gangwon",), "North Hwanghae": (), "South Hwanghae": (),
    "Hwanghae": (), "Gyeonggi": ("Kyonggi",), "North Chungcheong": (), "South Chungcheong": (),
    "North Jeolla": (), "South Jeolla": (), "North Gyeongsang": (), "South Gyeongsang": (),
    "Jeju": ("Cheju",),
    # Soviet republics
    "Ukraine": (), "Belorussia": ("Byelorussia", "Belarus"), "Uzbekistan": (),
    "Kazakhstan": (), "Georgia": (), "Azerbaijan": (), "Lithuania": (), "Moldavia": (),
    "Latvia": (), "Kirghizia": ("Kyrgyzstan",), "Tajikistan": (), "Armenia": (),
    "Turkmenistan": (), "Estonia": (),
    # Afghanistan's provinces, the war's (not Farah, a given name; not Wardak, a surname)
    "Kunar": ("Konar",), "Paktia": ("Paktiya", "Paktya"), "Paktika": (), "Badakhshan": (),
    "Herat": (), "Kandahar": ("Qandahar",), "Nangarhar": ("Ningrahar",), "Helmand": (),
    "Logar": (), "Ghazni": (), "Kunduz": ("Kondoz",), "Balkh": (), "Faryab": (),
    "Zabul": (), "Uruzgan": ("Oruzgan",), "Bamiyan": ("Bamian",), "Parwan": ("Parvan",),
    "Kapisa": (), "Laghman": (), "Takhar": (), "Baghlan": (), "Samangan": (),
    "Jowzjan": ("Jauzjan",), "Badghis": (), "Ghor": (), "Khost": (), "Nimruz": ("Nimroz",),
}
GAZETTEER: dict[str, tuple[str, ...]] = {**_STATES_AND_REGIONS, **_TOWNS, **_PROVINCES}
# The areas of the gazetteer: a bracket naming one after a town's name says where the town is
# (`Sam Neua [Laos]`, `Tumen [Jilin]`), not what else the town is called (`other_name`).
_AREAS = frozenset(_STATES_AND_REGIONS) | frozenset(_PROVINCES)
# Last words of a building's or a room's name (`Fujian Room`, `Peking Hall`, `Kim Il Sung
# Square`): the name is one place, never the province or city named in it. So are islands
# named before `Island` or `Islands` (`the Crozet Islands`, `Hainan Island`).
_BUILDING_HEADS = {"Hall", "Room", "Palace", "Square", "Street", "Avenue", "Hotel",
                   "Guesthouse", "Building", "Stadium", "Theatre", "Theater", "Airport",
                   "Station", "Canal", "Straße", "Strasse", "House", "Island", "Islands"}
# Direction words a translator supplies before a state: `[North] Korea`.
_DIRECTIONS = {"North", "South", "East", "West"}

# Head nouns of bodies; a capitalized run ending in one is an organisation.
ORG_HEADS = {"Committee", "Committees", "Commission", "Factory", "Works", "Plant", "Mine",
             "University", "Embassy", "Consulate", "Party", "Council", "Ministry", "Bureau",
             "Institute", "Academy", "Army", "Navy", "Agency", "Department", "Office", "Bank",
             "Company", "Corporation", "Association", "Federation", "League", "Presidium",
             "Politburo", "Secretariat", "Government", "Cooperative", "Directorate",
             "Administration", "Front", "Volunteers", "Assembly", "Congress", "Union",
             "CC", "Team", "Troupe", "Brigade", "Hospital", "School", "College", "Organization",
             "Organisation", "Shipyard", "Court", "Authority", "Rifles", "Parliament"}
# Modifiers that do not tell which body (`Central Committee`, `Standing Committee`).
GENERIC_MODIFIERS = {"Central", "Standing", "Political", "Executive", "Permanent", "Party",
                     "National", "General", "Supreme", "Provincial", "Municipal", "Local",
                     "People's", "People\u2019s", "Workers'", "Workers\u2019", "Foreign", "Our",
                     "Their", "His", "Her", "The", "This", "That", "Your", "Its", "Upper",
                     "Lower",
                     # A speaker's own and a new one name no body either (`My Government
                     # regrets`, `THE NEW GOVERNMENT` of a cable in capitals).
                     "My", "New"}
# What a room is used for names no room (`Ministry of Foreign Affairs, Reception Room`, `the
# Conference Room`); a house so named is a building all the same (`the Reception House of
# the CPSU CC on Lenin Hills`, where the 1963 talks were held).
_ROOM_USES = frozenset({"Reception", "Conference", "Meeting", "Waiting", "Dining"})
# Words that say what kind of government it is, not whose (`the Coalition Government`, `a
# Provisional Government`, `the Interim Government`, `the Transitional Government`, `the
# National Unity Government`): before `Government` with generic modifiers alone, no body.
_GOVERNMENT_KINDS = frozenset({"Coalition", "Provisional", "Interim", "Transitional", "Unity",
                               "Caretaker"})
# Words that say what a body does, not whose it is: a name of them, the heads and the
# generic modifiers alone (`Ministry of Foreign Affairs`, `State Planning Commission`, `Heavy
# Industry Committee`, `Council of Ministers`, `International Department`) is a body every
# state or party has (`generic_body`).
_GENERIC_WORDS = ORG_HEADS | GENERIC_MODIFIERS | {
    "of", "the", "for", "and", "on", "Foreign", "External", "Internal", "Interior", "Home",
    "Affairs", "Relations", "Trade", "Commerce", "Economic", "Planning", "State", "Heavy",
    "Light", "Industry", "Defense", "Defence", "Security", "Military", "Intelligence",
    "Culture", "Education", "Health", "Agriculture", "Finance", "Justice", "Information",
    "Communications", "Transport", "Construction", "Labor", "Labour", "Science", "Sciences",
    "Ministers", "International", "Liaison", "Organization", "Guidance", "Propaganda",
    "Agitation", "Ideological", "Revolutionary", "Provisional", "Federal", "Communist",
    "Main", "Chief", "First", "Second", "Third", "Coordinating", "Technical", "Engineering",
    "Ministerial", "Policy", "MFA"}
# Bodies whose heads name where they are (`Soviet Embassy`, `Embassy of the Hungarian
# People's Republic`: in Pyongyang, or in Beijing?): generic bodies whatever state's they are.
_POSTED_HEADS = frozenset({"Embassy", "Consulate", "Legation"})
# Generic names the era's records give one body alone: the UN's council, the US's department.
_ONE_BODY_NAMES = frozenset({"Security Council", "Department of State", "State Department",
                             "Workers' Defense Committee"})      # Poland's KOR
# The era's security services, atomic agencies, the UN and regional bodies, and the DPRK's
# assembly, known by their abbreviation, with their names written out (ORG_OTHER_NAMES): one
# body, one entry (`the UN [United Nations]`).
AGENCY_ABBREVIATIONS = {"KGB": ("Committee for State Security", "Committee of State Security"),
                        "CIA": ("Central Intelligence Agency",),
                        "KCIA": ("Korean Central Intelligence Agency",),
                        "FBI": ("Federal Bureau of Investigation",),
                        "GRU": ("Main Intelligence Directorate",),
                        "NKVD": (),
                        "MfS": ("Ministry for State Security", "Stasi"),
                        "HVA": ("Main Administration for Reconnaissance",),
                        "IAEA": ("International Atomic Energy Agency",),
                        "NASA": ("National Aeronautics and Space Administration",),
                        "AEC": ("Atomic Energy Commission",),
                        "Minatom": ("Ministry of Atomic Energy",),
                        "Euratom": ("European Atomic Energy Community",),
                        "OPEC": ("Organization of Petroleum Exporting Countries",),
                        # the bloc's economic council by its English, Russian and Western names
                        "CMEA": ("Council for Mutual Economic Assistance",
                                 "Council of Mutual Economic Assistance", "Comecon", "CEMA",
                                 "COMECON"),
                        "OAS": ("Organization of American States",),
                        "OAU": ("Organization of African Unity",),
                        "ASEAN": ("Association of Southeast Asian Nations",),
                        "CENTO": ("Central Treaty Organization",),
                        "UN": ("United Nations", "United Nations Organization"),
                        "SPA": ("Supreme People's Assembly",),
                        # China's assembly and its united front's conference
                        "NPC": ("National People's Congress",),
                        "CPPCC": ("Chinese People's Political Consultative Conference",),
                        # Iran's, Yugoslavia's and Albania's security services, and the
                        # councils that ruled Egypt after 1952 and Iraq after 1968
                        "SAVAK": ("National Intelligence and Security Organization",),
                        "UDBA": ("UDB",), "Sigurimi": (),
                        "RCC": ("Revolutionary Command Council",),
                        # Afghanistan's secret police from 1980 (`KHAD` in capitals)
                        "KhAD": ("KHAD", "State Information Service",
                                 "State Information Services")}
# The liberation movements and fronts of Africa, Latin America and Indochina, and Ethiopia's
# military council, known by their abbreviation, with their names written out (`the MPLA
# [Popular Movement for the Liberation of Angola]`): one body, one entry, as an agency. Their
# parties are names.py PARTY_ABBREVIATIONS (`PKI`, `CPK`).
MOVEMENT_ABBREVIATIONS = {
    "MPLA": ("Popular Movement for the Liberation of Angola",
             "People's Movement for the Liberation of Angola"),
    "UNITA": ("National Union for the Total Independence of Angola",),
    "FNLA": ("National Front for the Liberation of Angola",
             "National Liberation Front of Angola"),
    "FLEC": ("Front for the Liberation of the Enclave of Cabinda",),
    "FRELIMO": ("Frelimo", "Mozambique Liberation Front", "Front for the Liberation of Mozambique"),
    "SWAPO": ("South West Africa People's Organization", "South West Africa People's Organisation",
              "South-West Africa People's Organization"),
    "ANC": ("African National Congress",), "ZANU": ("Zimbabwe African National Union",),
    "ZAPU": ("Zimbabwe African People's Union",),
    "PAIGC": ("African Party for the Independence of Guinea and Cape Verde",),
    "FMLN": ("Farabundo Martí National Liberation Front",),
    "FSLN": ("Sandinista National Liberation Front", "Sandinista Front"),
    # South Vietnam's front; `National Liberation Front` alone is Algeria's FLN too
    "NLF": ("National Front for the Liberation of South Vietnam",
            "National Liberation Front of South Vietnam",
            "South Vietnam National Liberation Front"),
    "NJM": ("New Jewel Movement",),
    "Derg": ("Dergue", "Provisional Military Administrative Council", "PMAC"),
    # the Palestinian organisations, and the Greek Cypriots' fighters
    "PLO": ("Palestine Liberation Organization", "Palestine Liberation Organisation"),
    "Fatah": ("Al-Fatah", "al-Fatah", "Palestinian National Liberation Movement"),
    "PFLP": ("Popular Front for the Liberation of Palestine",),
    "DFLP": ("Democratic Front for the Liberation of Palestine", "PDFLP",
             "Popular Democratic Front for the Liberation of Palestine"),
    "EOKA": ("National Organization of Cypriot Fighters",
             "National Organisation of Cypriot Fighters"), "EOKA-B": ()}
# Bodies known by their abbreviation alone: the parties (names.py PARTY_ABBREVIATIONS), those
# agencies, and others.
ORG_ABBREVIATIONS = N.PARTY_ABBREVIATIONS | set(AGENCY_ABBREVIATIONS) | \
    set(MOVEMENT_ABBREVIATIONS) | {
    "PMAC",                       # the Derg's (`PMAC Standing Committee`)
    "NATO", "SEATO", "Comecon", "TASS", "NCNA", "MFA", "Comintern", "Cominform",
    "Gosplan", "Kuomintang", "KMT", "Guomindang", "PLA", "CPV",
    "PDPA",                       # Afghanistan's ruling party, 1978-1992
    "RFE", "VOA", "IOC"}          # the broadcasters and the Olympic committee (ORG_OTHER_NAMES)
# Abbreviations of more than one body, and the bodies' names: the one of them a document
# writes out is the one it means (`_Registers.meant`); in one that writes out none or several,
# the abbreviation is its own entry.
AMBIGUOUS_ABBREVIATIONS = {"PLA": ("Party of Labour of Albania", "People's Liberation Army",
                                   "Palestine Liberation Army"),
                           # China's army in Korea, and Vietnam's party from 1976
                           "CPV": ("Chinese People's Volunteers", "Communist Party of Vietnam")}
# Names of more than one body (the GDR's MfS; the Soviet MGB of 1946-1953 and China's MSS were
# `Ministry of State Security` too), with the body a document means when it writes one of that
# body's other names (`MfS`, `Stasi`; as words, a pattern of them): else the name is its own
# entry (`_Registers.shared`).
SHARED_NAMES = {"Ministry of State Security": (
    "MfS", re.compile(r"\b(?:MfS|Stasi|Ministry for State Security)\b"))}
# Bodies whose names end in no head noun (`Warsaw Pact`, the treaty's name for its
# organisation; the broadcasters, `Radio Free Europe`, whose last word is no place):
# organisations all the same, before any event word in them counts.
ORG_NAMES = {"United Nations", "Warsaw Pact", "Non-Aligned Movement", "Red Cross",
             "Common Market", "European Economic Community", "Viet Minh", "Viet Cong",
             "Pathet Lao", "Khmer Rouge", "Solidarność", "Radio Free Europe", "Radio Liberty",
             "Radio Free Asia", "Voice of America", "Mukti Bahini",
             # Pakistan's border force in Sind (the Rann of Kutch clashes of 1965)
             "Indus Rangers"}
# The human-rights groups of the Helsinki years and after, named after no head noun, the
# places in their names no place of the text (`the Moscow Helsinki Group`, `Helsinki Watch`);
# `Memorial` alone is any memorial, and stays text.
ORG_NAMES |= {"Moscow Helsinki Group", "Ukrainian Helsinki Group", "Lithuanian Helsinki Group",
              "Georgian Helsinki Group", "Armenian Helsinki Group", "Helsinki Group",
              "Helsinki Watch", "Amnesty International", "Memorial Society"}
# And the capitals' state broadcasters, named after the capital (`Radio Peking`, `Radio
# Hanoi`): a body with no place inside, as `Radio Free Europe` is.
ORG_NAMES |= {f"Radio {city}" for city in (
    "Moscow", "Peking", "Hanoi", "Havana", "Pyongyang", "Tirana", "Prague", "Budapest", "Warsaw",
    "Bucharest", "Sofia", "Belgrade", "Cairo", "Jakarta", "Kabul", "Phnom Penh", "Vientiane",
    "Saigon", "Seoul", "Luanda", "Maputo", "Managua")}
_XINHUA = "Xinhua News Agency"
_BAATH = "Ba'ath Party"
_ALBANIAN_PARTY = "Party of Labour of Albania"
# Other names of those bodies, and of bodies named with a head noun, -> the canonical name:
# one body, one entry (`Warsaw Treaty` is the Warsaw Pact, `Solidarity` Solidarność).
ORG_OTHER_NAMES = {"Warsaw Treaty": "Warsaw Pact", "Warsaw Treaty Organization": "Warsaw Pact",
                   "Warsaw Treaty Organisation": "Warsaw Pact", "Solidarity": "Solidarność",
                   "Radio Beijing": "Radio Peking",
                   # the UN's assembly alone, as the era's records name it
                   "General Assembly": "UN General Assembly",
                   # the broadcasters and the Olympic committee by their abbreviations
                   "RFE": "Radio Free Europe", "VOA": "Voice of America",
                   "IOC": "International Olympic Committee",
                   # A party written out is the party its abbreviation names: one id.
                   "Chinese Communist Party": "CPC", "Communist Party of China": "CPC",
                   "CCP": "CPC", "Communist Party of the Soviet Union": "CPSU",
                   "Korean Workers' Party": "KWP", "Workers' Party of Korea": "KWP",
                   "WPK": "KWP", "Vietnam Workers' Party": "VWP",
                   "Vietnamese Workers' Party": "VWP", "Workers' Party of Vietnam": "VWP",
                   "Socialist Unity Party of Germany": "SED", "Socialist Unity Party": "SED",
                   "Polish United Workers' Party": "PUWP", "Bulgarian Communist Party": "BCP",
                   "Romanian Workers' Party": "RWP", "Hungarian Socialist Workers' Party": "HSWP",
                   "Mongolian People's Revolutionary Party": "MPRP",
                   "People's Democratic Party of Afghanistan": "PDPA",
                   # India's party by the name the era's reports give it
                   "Congress Party": "Indian National Congress",
                   "Communist Party of Czechoslovakia": "KSC", "KSČ": "KSC", "CPCz": "KSC",
                   "PZPR": "PUWP", "MSZMP": "HSWP",
                   # Romania's party after 1965, by its English and its Romanian abbreviation.
                   "Romanian Communist Party": "RCP", "Communist Party of Romania": "RCP",
                   "PCR": "RCP", "Lao People's Revolutionary Party": "LPRP",
                   # Not by an abbreviation: `PCC` is the Warsaw Pact's Political
                   # Consultative Committee too.
                   "Cuban Communist Party": "Communist Party of Cuba",
                   "CPY": "Communist Party of Yugoslavia",
                   "C.P.Y.": "Communist Party of Yugoslavia",
                   "KPJ": "Communist Party of Yugoslavia", "C.P.S.U.": "CPSU",
                   "Yugoslav Communist Party": "Communist Party of Yugoslavia",
                   "SKJ": "League of Communists of Yugoslavia",
                   "LCY": "League of Communists of Yugoslavia",
                   "KPD": "Communist Party of Germany", "BKP": "BCP",
                   "Communist Party of Bulgaria": "BCP",
                   # The big Western parties by their own names in English, written out
                   # either way or abbreviated: one entry each, under the full name.
                   "PCF": "French Communist Party",
                   "Communist Party of France": "French Communist Party",
                   "PCI": "Italian Communist Party",
                   "Communist Party of Italy": "Italian Communist Party",
                   "PCE": "Communist Party of Spain",
                   "Spanish Communist Party": "Communist Party of Spain",
                   "CPGB": "Communist Party of Great Britain",
                   "British Communist Party": "Communist Party of Great Britain",
                   "KKE": "Communist Party of Greece",
                   "Greek Communist Party": "Communist Party of Greece",
                   "CPUSA": "US Communist Party",
                   # The Soviet party before 1952 by its name and its abbreviations.
                   "All-Union Communist Party": N.BOLSHEVIK_PARTY,
                   "All-Union Communist Party (Bolsheviks)": N.BOLSHEVIK_PARTY,
                   **{form: N.BOLSHEVIK_PARTY for form in N.PARTY_ABBREVIATIONS if "(" in form},
                   # China's news agency by its name, its name translated and the abbreviation
                   # of that (`Xinhua`, `New China News Agency`, `NCNA`): one body.
                   "Xinhua": _XINHUA, "Hsinhua": _XINHUA, "New China News Agency": _XINHUA,
                   "NCNA": _XINHUA, "Hsinhua News Agency": _XINHUA,
                   # North Korea's army by its abbreviation alone (`MAC`, an English word, is
                   # a body only where a bracket expands it: `_add_acronym_before`).
                   "KPA": "Korean People's Army",
                   # The Supreme Soviet alone is the USSR's, as Congress alone is the US's.
                   "Supreme Soviet": "USSR Supreme Soviet",
                   # The Soviet government by its people's adjective is the one by its state's
                   # abbreviation (`Council of Ministers of the USSR` is that too).
                   "Soviet Council of Ministers": "USSR Council of Ministers",
                   # The parties of Indonesia, Democratic Kampuchea and Ethiopia's opposition
                   # by their abbreviations, one entry each under the full name.
                   "PKI": "Communist Party of Indonesia",
                   "Indonesian Communist Party": "Communist Party of Indonesia",
                   "CPK": "Communist Party of Kampuchea",
                   "EPRP": "Ethiopian People's Revolutionary Party",
                   # Greece's and Cyprus's parties written out, and Iran's communists by
                   # their party's word (`the Tudeh`)
                   "Panhellenic Socialist Movement": "PASOK", "United Democratic Left": "EDA",
                   "Progressive Party of Working People": "AKEL",
                   "Progressive Party of the Working People": "AKEL",
                   "Tudeh": "Tudeh Party", "Tudeh Party of Iran": "Tudeh Party",
                   # Albania's party, however the translator writes it out
                   "Party of Labor of Albania": _ALBANIAN_PARTY,
                   "Albanian Party of Labour": _ALBANIAN_PARTY,
                   "Albanian Party of Labor": _ALBANIAN_PARTY,
                   "Albanian Labour Party": _ALBANIAN_PARTY,
                   # The Ba'ath party, with or without its apostrophe (one key), and Syria's
                   # and Iraq's, two parties after 1966, each by its state
                   "Ba'ath": _BAATH, "Baath Party": _BAATH,
                   "Arab Ba'ath Socialist Party": _BAATH, "Arab Socialist Ba'ath Party": _BAATH,
                   "Ba'ath Arab Socialist Party": _BAATH, "Ba'ath Socialist Party": _BAATH,
                   **{form.format(state=state, people=people): f"{people} {_BAATH}"
                      for state, people in (("Syria", "Syrian"), ("Iraq", "Iraqi"))
                      for form in ("{people} Baath Party", "{people} Ba'ath",
                                   "{people} Arab Ba'ath Socialist Party",
                                   "{people} Arab Socialist Ba'ath Party",
                                   "Arab Ba'ath Socialist Party of {state}",
                                   "Arab Socialist Ba'ath Party of {state}",
                                   "Ba'ath Party of {state}")},
                   # Gulf Oil's Angolan company, by its short names: no place Cabinda inside
                   "Cabinda Gulf": "Cabinda Gulf Oil Company",
                   "Cabinda Gulf Oil": "Cabinda Gulf Oil Company",
                   # China's army by its state's adjective is the PLA (`Chinese People's
                   # Liberation Army (PLA)`)
                   "Chinese People's Liberation Army": "People's Liberation Army"} | {
    # An agency or a movement written out is the body its abbreviation names, as a party is.
    other: abbreviation for abbreviation, others in (*AGENCY_ABBREVIATIONS.items(),
                                                     *MOVEMENT_ABBREVIATIONS.items())
    for other in others}
# Looked up by key, so with or without accents (`Solidarnosc`).
_ORG_NAMES = {N.key(name): name for name in ORG_NAMES} | \
    {N.key(other): name for other, name in ORG_OTHER_NAMES.items()}
_ORG_KEY_LONGEST = max(map(len, _ORG_NAMES))   # _of_party reads no further
_ORG_NAME_WORDS = max(len(name.split()) for name in (*ORG_NAMES, *ORG_OTHER_NAMES))
_ORG_NAME_FIRSTS = {N.key(name.split()[0]) for name in (*ORG_NAMES, *ORG_OTHER_NAMES)}
# The one-word names (`Solidarność`); `Solidarity` is also a common noun (_SOLIDARITY).
_ORG_WORDS = {N.key(name) for name in (*ORG_NAMES, *ORG_OTHER_NAMES) if " " not in name}
# The first words of names whose `of` follows a word that is no body's head (`Voice of
# America`): a run of one of them may begin a body's name (_named_with_of).
_OF_NAME_FIRSTS = {N.key(name.split(" of ")[0]) for name in (*ORG_NAMES, *ORG_OTHER_NAMES)
                   if " of " in name and " " not in name.split(" of ")[0] and
                   name.split(" of ")[0] not in ORG_HEADS}


def _movements_written_out() -> dict[str, tuple[str, ...]]:
    """The movements' names written out with a `for` or an `of` (`Popular Movement for the
    Liberation of Angola`), by the key of their words before it, longest first: the `of`
    chains read no further than the first link whose head they know (`National Front for the
    Liberation`), and `Popular Movement` has none."""
    forms = sorted((form for forms in MOVEMENT_ABBREVIATIONS.values() for form in forms
                    if " for " in form or " of " in form), key=len, reverse=True)
    index: dict[str, tuple[str, ...]] = {}
    for form in forms:
        first = N.key(_FOR_OR_OF.split(form, 1)[0])
        index[first] = (*index.get(first, ()), form)
    return index


_FOR_OR_OF = re.compile(" (?:for|of) ")   # `Front for the`, `Front of South Vietnam`
_MOVEMENTS_WRITTEN_OUT = _movements_written_out()
_MOVEMENT_FIRSTS = {form.split()[0] for forms in _MOVEMENTS_WRITTEN_OUT.values()
                    for form in forms}
# Words that make a capitalized run an event or a document: nothing is marked inside it.
_EVENT_HEADS = {"Conference", "Treaty", "Plan", "Agreement", "Declaration", "Pact", "War",
                "Congress's", "Accords", "Resolution", "Communique", "Revolution", "Movement",
                "Leap", "Line", "Doctrine", "Day", "Olympics", "Games"}
# Titles that end an organisation's name: `Ministry of Foreign Trade Minister Ye`.
_PERSON_TITLES = {"Minister", "Premier", "Chairman", "Vice", "Deputy", "Director", "Comrade",
                  "Secretary", "President", "Ambassador", "Member", "Members", "Prime", "Top",
                  "Secret", "Document", "Copy", "Only"}
# Sentence openers and titles that begin a run but never a body's or a building's name (and
# are never the head that ends one).
_LEADING = _PERSON_TITLES | N.HONORIFICS | {"Premier", "Chairman", "General", "Marshal", "The", "A", "An", "In", "On", "At", "From", "To", "With",
                                      "By", "For", "And", "Of", "If", "When", "Members", "Member",
                                      "Alternate", "Both", "All", "Every", "Since", "After",
                                      "Before", "During", "Only", "Even", "Also", "Then", "But",
                                      "Regarding", "Concerning"}   # `Regarding NATO,`
_LEADING |= N.SENTENCE_ADVERBS   # `Later NATO said`
_LEADING -= ORG_HEADS | _BUILDING_HEADS
# A context place must not be one of these: the era's party papers, which a text is read or
# published `in` ("in Pravda", "in Rudé právo", "in Népszabadság"), and words of titles.
_NEWSPAPERS = {"Pravda", "Izvestia", "Izvestiya", "Xinhua", "Rodong", "Nodong", "Renmin",
               "Rudé", "Rude", "Trybuna", "Népszabadság", "Nepszabadsag", "Népszava",
               "Nepszava", "Scînteia", "Scinteia", "Borba", "Granma", "Trud", "Kommunist",
               "Nhân", "Nhan", "Neues", "Zëri", "Zeri", "Życie", "Zycie", "Rabotnichesko",
               # the Czech writers' weeklies, `in Literární listy`, `in Literární noviny`
               "Literární", "Literarni",
               # Mexico City's daily, `journalists from Excélsior`, `JOURNALIST (Excélsior):`,
               # and Milan's, `in Corriere della Sera`
               "Excélsior", "Excelsior", "Corriere"}
# So are the parliaments a speech is made `in` (`Nehru has said so in Parliament`), and a
# faith, which a custom is `in` (`in Islam women have`; `Buddhism`, `Judaism` end in -ism
# already).
_NOT_CONTEXT_PLACE = _NEWSPAPERS | {"Time", "Chairman", "Premier", "Comrade", "Party",
                                    "Central", "Order", "Parliament", "Senate", "Sejm",
                                    "Knesset", "Bundestag", "Volkskammer", "Majlis",
                                    "Islam", "Christianity", "Orthodoxy"}
# The era's Western papers and the bloc's in English, whose names hold a place's (`the New York
# Times`, `the Washington Post`, `Moscow News`): no place inside, and, as the party papers,
# not marked as anything.
_PAPERS = {N.key(name): name for name in (
    "New York Times", "New York Herald Tribune", "Herald Tribune", "International Herald Tribune",
    "Washington Post", "Washington Star", "Los Angeles Times", "Chicago Tribune", "Baltimore Sun",
    "Boston Globe", "Wall Street Journal", "Christian Science Monitor", "Financial Times",
    "Sunday Times", "Daily Telegraph", "Le Monde", "Le Figaro", "Der Spiegel", "Die Welt",
    "Die Zeit", "Frankfurter Allgemeine", "Frankfurter Allgemeine Zeitung",
    "Neue Zürcher Zeitung", "Japan Times", "Asahi Shimbun", "Korea Times", "Korea Herald",
    "Hindustan Times", "Jerusalem Post", "Bangkok Post", "Moscow News", "Peking Review",
    "Beijing Review", "Pyongyang Times")}
_PAPER_FIRSTS = {name.split()[0] for name in _PAPERS.values()}
_PAPER_WORDS = max(len(name.split()) for name in _PAPERS.values())
# Languages and scripts, which a text is written `in` (`in Latin letters`, `in Cyrillic`, `in
# Arabic`): never a place by context. The header's languages (tei.py LANGUAGES) and the rest;
# those ending in -ese or -ish, and the peoples' adjectives of names.py NOT_NAME (`Russian`,
# `Korean`), are left out already. `Serbo-Croatian`, `Lao`, `Dari` and `Pashto` have not been
# on the list: adding them would be a change of its own (`from Lao` is a place by context now).
_LANGUAGES = {name.title() for name in LANGUAGES
              if name.title() not in N.NOT_NAME and not name.endswith(("ese", "ish"))
              and name not in ("serbo-croatian", "lao", "dari", "pashto")} | {
    "Latin", "Cyrillic", "Roman", "Greek", "Hangul", "Hangeul", "Hanja", "Kanji", "Pinyin",
    "Urdu", "Farsi", "Sanskrit", "Esperanto", "Dutch", "Georgian", "Armenian", "Slovenian",
    "Macedonian", "Estonian", "Latvian", "Lithuanian", "Belorussian", "Byelorussian", "Kazakh",
    "Uzbek", "Tajik", "Tibetan", "Uighur", "Uyghur", "Manchu", "Mandarin", "Malay", "Thai",
    "Tagalog", "Swahili", "Amharic", "Norwegian", "Braille", "Morse"}
# Peoples' adjectives that the gazetteer's names do not give by a regular ending (`_demonym`):
# never a place by context either (`in Saudi hands`, `from Swiss banks`). names.py's
# IRREGULAR_PEOPLES and these.
_IRREGULAR_DEMONYMS = {"Saudi", "Swiss", "Peruvian", "Afghani", "Cypriot", "Honduran",
                       "Salvadoran", "Panamanian", "Icelandic", "Welsh"} | N.IRREGULAR_PEOPLES
# Endings only Slavic surnames have (`Chervonenko`, `Lewandowski`, `Rokossovsky`): after `from`
# a word so ending is a person (`a report from Lewandowski`), not a town. Towns end in `-ov`,
# `-ev`, `-in` and `-ich` as often as surnames do (`from Pskov`, `from Lublin`, `from Munich`):
# those stay places by context unless the persons pass marked them. The gazetteer's places
# (`Kiev`, `Berlin`, `Harbin`) are found before context is asked.
_SURNAME_ENDINGS = ("enko", "ski", "sky", "ska")
# A European surname's particle and the surname after a word (` von Weizsäcker`, ` van der
# Stoel`, ` de Gaulle`): the word before is a given name, never a town a preposition names.
_PARTICLE_AFTER = re.compile(r"[ \u00a0](?:von|van|de)(?:[ \u00a0](?:der|den|la))?[ \u00a0]"
                             f"[{N.CAPITALS}]")

# Capitals: ASCII and the Latin letters with accents (`Łódź`, `Świnoujście`, `Üllői`), the
# capitals of the ranges the persons pass reads (names.py _WORD), lower-case letters left out.
_UPPER = "A-Z" + "".join(chr(c) for c in range(0xC0, 0x1F00)
                         if chr(c).isupper() and re.match(f"[{N.CAPITALS}]", chr(c)))
# A capitalized word, initials (`U.S.`), or `St.` before a capitalized word (`St. George
# Hall`, a word of the name), an abbreviation's `(b)` its own (`VKP(b)`, `C.P.S.U.(B.)`, the
# Bolsheviks' party); written to open with the capital, which lets the regex engine
# skip ahead to capitals (the two alternatives as first written did not). A word in capitals
# keeps its possessive in capitals (`PEOPLE'S`). An apostrophe between a consonant and a
# vowel is McCune-Reischauer's mark of an aspirate, inside the word (`Namp'o`, `Ch'ŏngjin`,
# `P'yŏngyang`); a possessive's or a contraction's is followed by no vowel. So is one between
# two vowels, or a backtick there, an Arabic name's mark of a glottal stop or an ayn (`Ba'ath`,
# `Ba`ath`, `Shi'a`).
_WORD = re.compile(f"[{_UPPER}]" r"(?:(?<=S)t\.(?=[ \u00a0]" f"[{_UPPER}]" r"[a-z])|"
                   r"\.(?:[A-Z]\.)+(?:\([Bb]\.?\))?|"
                   r"[\w\-]*(?:(?:(?<=[B-DF-HJ-NP-TV-Zb-df-hj-np-tv-z])['\u2019]"
                   r"(?=[aeiouyw\u014f\u016d])|(?<=[aeiou])['\u2019`](?=[aeiou]))[\w\-]*)*"
                   r"(?:(?:['\u2019]s|(?<=[A-Z])['\u2019]S)\b|['\u2019](?=\s)|"
                   r"(?<=[A-Z])\([Bb]\.?\))?)")
_PREPOSITION = re.compile(r"(?:^|[\s(\[])(from|in|at|near)[ \u00a0]$")
_LOCATION_LINE = re.compile(r"\s*(?:Location|Place|Venue)\s*:", re.IGNORECASE)
# A gesture or a look at someone (`[Gesturing at Fahmy]`, `pointed at Vance`, `looking at
# Gromyko`): the word after its `at` is whom it is at, no context place.
_GESTURE_AT = re.compile(r"(?:gestur|point|look|glanc|nodd|wav|smil|star|laugh)"
                         r"(?:ing|ed)[ \u00a0]at[ \u00a0]$", re.IGNORECASE)
_CAPITAL = re.compile(f"[{_UPPER}]")  # what _WORD needs to match at all


def _gazetteer_index() -> dict[str, str]:
    index = {}
    for canonical, variants in GAZETTEER.items():
        for form in (canonical, *variants):
            index[N.key(form)] = canonical
    return index


_PLACES = _gazetteer_index()
# States' abbreviations that are places but name none of the state's bodies: the Russian and
# own-language ones, no English names (`NRB`, `VNR`, `PNR`, `PRL`, `ČSSR`: `Embassy of the
# Hungarian People's Republic` is no `VNR Embassy`), and those of one period of the state
# (`SRR` from 1965, `SRV` from 1976: the `Government of Romania` may be of 1950).
_NO_BODY_ABBREVIATIONS = frozenset({"NRB", "VNR", "PNR", "PRL", "ČSSR", "CSSR", "SRR", "SRV"})
# A state's abbreviation (`USSR`, `DPRK`, `US`), the first of its forms in capitals: a body of
# the state is named after it (`USSR Council of Ministers`: `_owner_first`).
_STATE_ABBREVIATIONS = {canonical: next(form for form in others if form.isalpha() and
                                        form.isupper() and
                                        form not in _NO_BODY_ABBREVIATIONS)
                        for canonical, others in _STATES_AND_REGIONS.items()
                        if any(form.isalpha() and form.isupper() and
                               form not in _NO_BODY_ABBREVIATIONS for form in others)}
_CANONICAL = frozenset(_PLACES.values())
# The most words a gazetteer name written without `of` has (`Hungarian People's Republic`).
_LONGEST = max(len(form.split()) for canonical, others in GAZETTEER.items()
               for form in (canonical, *others) if " of " not in form)


def known_place(name: str) -> bool:
    """Is `name` one of the gazetteer's forms (`Shanghai`, `Peking`)?"""
    return N.key(name) in _PLACES


# Two gazetteer entries the records name one state by: a bracket naming one after the other
# names the place before it another way (`Republic of China [Taiwan]`), its variant.
_SAME_PLACES = frozenset({("Republic of China", "Taiwan"), ("Taiwan", "Republic of China")})
_SAME_PLACE_NAMES = frozenset(name for pair in _SAME_PLACES for name in pair)


def same_place(content: str, before: str) -> str | None:
    """The place a bracket names another way when the gazetteer name just before it is the
    other entry of a pair of `_SAME_PLACES` (`Republic of China [Taiwan]`: the Republic of
    China), by its canonical name; else None. The longest name ending there is the one
    printed (`People's Republic of China` is China)."""
    bracket = _PLACES.get(N.key(content))
    if bracket not in _SAME_PLACE_NAMES or before[-1:] not in _SPACES:
        return None
    words = before.rsplit(None, 5)[-5:]
    for size in range(len(words), 0, -1):
        printed = _PLACES.get(N.key(" ".join(words[-size:])))
        if printed is not None:
            return printed if (printed, bracket) in _SAME_PLACES else None
    return None


# The gazetteer's forms by the keys of their words: `Wuhan` (wuhan), `Cao Bang` (cao, bang).
_WORDINGS = frozenset(tuple(N.key(w) for w in form.split())
                      for canonical, others in GAZETTEER.items() for form in (canonical, *others))
# Two capitalized syllables, a Chinese person's name's shape: `Wu Han`, `Xi An`.
_SYLLABLE_PAIR = re.compile(r"[A-Z][a-z]{1,5}[ \u00a0][A-Z][a-z]{1,5}")
# A word before a name that says place: `in Wu Han`, `to Xi An`.
_PLACE_BEFORE = re.compile(r"(?:^|[\s(\[])(?:from|in|at|near|to)[ \u00a0]$")


def respaced_name(text: str, start: int, name: str) -> bool:
    """Is `name`, at `start` in `text`, two syllables the gazetteer writes as one word (`Wu
    Han` of Wuhan, `Xi An` of Xi'an), with no preposition before that says place? Then it is
    a person's name (the writer Wu Han), no place."""
    return _SYLLABLE_PAIR.fullmatch(name) is not None and \
        tuple(N.key(w) for w in name.split()) not in _WORDINGS and \
        _PLACE_BEFORE.search(text, max(0, start - 7), start) is None


def building_name(name: str) -> bool:
    """Is `name` (capitalized words, one space apart) a building's or a square's whole name
    as `_building_in` reads it (`Red Square`, `Kim Il Sung Square`): a building word last,
    no opener or title first, and a word before it that says which (not `the Central Hall`)?
    The `[sic]` after its last word questions the whole name, as after `West Germany`."""
    words = name.split(" ")
    return len(words) > 1 and words[-1] in _BUILDING_HEADS and words[0] not in _LEADING and \
        not all(word in GENERIC_MODIFIERS or word in _BUILDING_HEADS for word in words[:-1])


_SITE_KEYS = frozenset(N.key(form) for canonical, others in _SITES.items()
                       for form in (canonical, *others))


def site_name(name: str) -> bool:
    """Is `name` a building the documents meet in, the gazetteer's (`Kremlin`, `Great Hall of
    the People`) or by its shape (`Peking Hall`, `building_name`)?"""
    return N.key(name) in _SITE_KEYS or building_name(name)


def park_name(name: str, before: str) -> bool:
    """Is `name` (capitalized words, one space apart) a park's, as the persons pass reads it
    (names.py `_park`): a word and `Park`, the word no given name or Korean surname, and a
    gazetteer place's name (`Gorky Park`) or after a place's word (`in Lenin Park`; `before`
    is the text just before the name), or after a known town's (`in Moscow Gorky Park`, as
    Moscow Red Square)? `President Park`, `Tongsun Park came` stay persons."""
    words = name.split(" ")
    return len(words) == 2 and words[1] == _PARK and N.park_word(words[0]) and \
        (known_place(words[0]) or _PARK_BEFORE.search(before) is not None or
         (town := _TOWN_BEFORE.search(before)) is not None and known_place(town[1]))


_PARK = "Park"
# A word after which a place is named, as the persons pass reads a park (`in Gorky Park`,
# `In Gorky Park`, `reached Lenin Park`), looked for in the few characters before the name.
_PARK_BEFORE = re.compile(r"(?:^|[\s(\[])(?:[Ii]n|[Aa]t|[Nn]ear|reach(?:es|ed|ing)?)[ \u00a0]$")
# A capitalized word just before a park's name, one space between (`Moscow ` of `Moscow Gorky
# Park`, `Pyongyang ` of `Pyongyang Moranbong Park`): a town's when the gazetteer knows it.
_TOWN_BEFORE = re.compile(r"(?:^|\s)([A-Z][\w\-]*)[ \u00a0]$")


def text_before(element: etree._Element) -> str:
    """The few characters just before `element` in its parent (the `in ` of `in <sic>Gorky
    Park</sic>`): the context of a name that is an element's whole text."""
    previous = element.getprevious()
    text = (element.getparent().text if previous is None else previous.tail) or ""
    if previous is not None and previous.tag == _PLACE_NAME and not text.strip():
        text = "".join(previous.itertext()) + text   # `Moscow <sic>Gorky Park</sic>`
    return text[-10:]


def other_name(words: list[str], content: str) -> str | None:
    """The gazetteer's place a bracket names when the capitalized words just before it are
    that place's other name, respelt or translated (`Long Chau [Longzhou]`, `Bang Tuong
    [Pingxiang]`, `Peking [Beijing]`): its canonical name, else None. The words (sentence
    openers and titles before them set aside) name that place too, or none the gazetteer
    knows: one to three name words, none a title's, a body's, a building's, a people's or a
    language's, and no surname the bracket completes (`Guo [Fujian]` is Guo Fujian). A
    bracket naming an area says where a town is (`Sam Neua [Laos]`, `Tumen [Jilin]`)."""
    canonical = _PLACES.get(N.key(content))
    if canonical is None:
        return None
    first = 0
    while first < len(words) and words[first] in _LEADING:
        first += 1
    words = words[first:]
    # the words of the bracket's sentence only: `PRC.` ends the one before (`the PRC. In
    # Beijing [Peking]`)
    stop = next((at for at in range(len(words) - 1, -1, -1) if words[at][-1:] in ".:;"), None)
    if stop is not None:
        words = words[stop + 1:]
        while words and words[0] in _LEADING:
            del words[0]
    if not 1 <= len(words) <= 3:
        return None
    printed = _PLACES.get(N.key(" ".join(words)))
    if printed is not None:
        return canonical if printed == canonical else None
    if canonical in _AREAS or N._name_shape([*words, *content.split()]):
        return None
    return canonical if all(_other_name_word(word) for word in words) else None


# A word of a place's name as a translator prints it: capitalized, small letters after, maybe
# a hyphen or an apostrophe inside (`Long`, `Chau`, `Xi'an`, `Port-Arthur`); no possessive.
_OTHER_NAME_WORD = re.compile(r"[A-Z\u00c0-\u00de][^\W\d_A-Z]+(?:[\-'\u2019][^\W\d_]+)*")


def _other_name_word(word: str) -> bool:
    """May `word` be a word of a place's other name (`other_name`)?"""
    return _OTHER_NAME_WORD.fullmatch(word) is not None and \
        not word.endswith(_POSSESSIVE) and word not in N.TITLES and \
        word not in N.HONORIFICS and word not in N.NOT_NAME and word not in ORG_HEADS and \
        word not in _BUILDING_HEADS and word not in _EVENT_HEADS and \
        word not in N.NATIONALITIES and word not in _IRREGULAR_DEMONYMS and \
        word not in _LANGUAGES and word not in _NOT_CONTEXT_PLACE and \
        N.key(word) not in _PLACES and not _demonym(word)


# The Arabic article before a word of a name (`Bab al-Aziziya`, `Sharm el-Sheikh`): no
# capitalized run holds it.
_ARTICLES = ("al-", "el-")


def _phrase_forms() -> list[str]:
    """The gazetteer's names with a lowercase word inside (`Republic of Korea`, `Bab
    al-Aziziya`), which no capitalized run holds whole; the longest first."""
    forms = {form for canonical, others in GAZETTEER.items() for form in (canonical, *others)
             if form[0].isupper() and any(word.islower() or word.startswith(_ARTICLES)
                                          for word in form.split())}
    return sorted(forms, key=lambda form: (-len(form), form))


def _phrase_pattern(forms: list[str]) -> re.Pattern:
    """`forms` as one pattern, the longest first, so that `Democratic Republic of Vietnam` is not
    read as `Republic of Vietnam`; either apostrophe, a space or a no-break space between words.
    It opens with the names themselves, not a word boundary, so that the regex engine skips
    ahead to their first letters (boundary first, it tried every name at every offset: 6 times
    slower); _phrases_in looks at the letter before."""
    spelled = [r"[ \u00a0]".join(re.escape(word).replace("'", "['\u2019]")
                                  for word in form.split()) for form in forms]
    return re.compile("(?:" + "|".join(spelled) + r")\b")


_PHRASE_FORMS = _phrase_forms()
_PHRASES = _phrase_pattern(_PHRASE_FORMS)
# The word before the first `of` of each, and the `of` (`Republic of`, `Union of`): a text
# without one holds none of the names, and asking costs one search. Written as `of` with the
# word looked behind for, not the words first: a pattern that opens with letters the engine
# finds by a fast scan for `of`, where a choice of words is tried at every capital of the
# text (a quarter of the instructions).
_PHRASE_HINT = re.compile("of(?:" + "|".join(f"(?<={word}[ \u00a0]of)" for word in sorted(
    {form.split(" of ")[0].split()[-1] for form in _PHRASE_FORMS})) + r")[ \u00a0]")
# The small words of those names without an `of` (`de` of `Rio de Janeiro`, `es` of `Dar es
# Salaam`), spaced: a text holding one holds such a name, which `_PHRASE_HINT` does not see.
_PHRASE_JOINERS = tuple(sorted({f" {word} " for form in _PHRASE_FORMS if " of " not in form
                                for word in form.split() if word.islower()} |
                               {f" {article}" for article in _ARTICLES}))
_SPACES = (" ", "\u00a0")
_POSSESSIVE = ("'s", "\u2019s", "'S", "\u2019S")


def _bare(word: str) -> str:
    """The word without a possessive `'s`."""
    return word[:-2] if word.endswith(_POSSESSIVE) else word


class _Word(NamedTuple):
    start: int
    end: int
    text: str
    bare: str  # without a possessive `'s`


def _runs(text: str) -> list[list[_Word]]:
    """Capitalized words joined by single spaces (an OBJECT mark or punctuation ends a run)."""
    runs: list[list[_Word]] = []
    run: list[_Word] = []
    end = -2             # where the word before ends
    goes_on = False      # may the word before be followed in its run
    for match in _WORD.finditer(text):
        spelled = match[0]
        if spelled in _CAPS_JOINERS:
            continue                   # `SESSION OF THE CPSU CC`: `of the` ends a run
        start = match.start()
        # A possessive ends a run unless a body's name goes on (`People's Democratic Party`).
        if spelled.endswith(_POSSESSIVE):
            bare = spelled[:-2]                                        # _bare, inlined
            joins = bare in _COLLECTIVE
        else:
            bare = spelled
            joins = True
        word = _new_word((start, start + len(spelled), spelled, bare))
        if start - end == 1 and text[end] in _SPACES and (goes_on or spelled in ORG_HEADS) \
                and not (spelled in _LEADING and run[-1].text == _SAINT):
            run.append(word)
        else:
            run = [word]
            runs.append(run)
        end = start + len(spelled)
        goes_on = joins
    return runs


# _Word(...) runs a constructor written in Python; the tuple's own is a third of its cost, and
# _runs makes a _Word of every capitalized word.
_new_word = partial(tuple.__new__, _Word)


# The small words of a heading in capitals, which prose writes in lower case and no name
# holds (`SESSION OF THE CPSU CC POLITBURO`, `TALKS WITH THE KWP DELEGATION`).
_CAPS_JOINERS = {"OF", "THE", "AND", "WITH", "IN", "ON", "AT", "TO", "FOR", "BY", "FROM",
                 "AN", "OR"}
# `St.` goes on with the next word (`St. George Hall`), unless that opens a sentence (`Main
# St. The ...`).
_SAINT = "St."
# Possessives that go on inside a body's name: `People's Democratic Party`.
_COLLECTIVE = {"People", "Workers", "Women", "Peasants", "Nations", "Youth", "Farmers"}
_COLLECTIVE |= {word.upper() for word in _COLLECTIVE}   # in capitals too: `PEOPLE'S REPUBLIC`


# -- finding -------------------------------------------------------------------------------

@dataclass(slots=True)     # slots: _find makes and drops thousands a document
class Found:
    """A place or organisation found in a level string."""

    start: int
    end: int
    kind: str                  # "place" or "org"
    name: str                  # canonical name
    spoken: str                # as written (without a supplied direction)


class _ChainOrg:
    """An organisation named with its `of` chain (`Ministry of Foreign Affairs of X`,
    `Central Committee of the Korean Workers' Party`), a Found whose names are written out
    only when asked for.

    Each link of a chain is an organisation too, and writing out every link's name (the
    rest of the chain) made a chain of thousands of links quadratic; only the links kept as
    mentions are ever asked. The name is the span as written, or for `Central Committee of
    X` (`flipped`), the name of X, the organisation `inner`, followed by `Central Committee`.
    """

    __slots__ = ("start", "end", "kind", "text", "inner", "flipped", "_name")

    def __init__(self, start: int, end: int, text: str, inner: Found | _ChainOrg | None = None,
                 flipped: str | None = None) -> None:
        self.start, self.end, self.kind = start, end, "org"
        self.text, self.inner, self.flipped = text, inner, flipped
        self._name: str | None = None

    @property
    def spoken(self) -> str:
        return _span(self.text, self.start, self.end)

    @property
    def name(self) -> str:
        if self._name is None:
            # Down the chain while it flips (a loop, not recursion: chains can be long).
            heads, link = [], self
            while isinstance(link, _ChainOrg) and link.flipped is not None:
                heads.append(link.flipped)
                link = link.inner
            if isinstance(link, _ChainOrg):
                base = link.owned()
            else:
                base = _ORG_NAMES.get(N.key(link.name), link.name)
            self._name = " ".join([base, *reversed(heads)]) if heads else base
        return self._name

    def owned(self) -> str:
        """The name of a chain that does not flip: as written (`Communist Party of China`
        the CPC's), or after whose it is (`_owner_first`): `Standing Committee of the SPA`
        is the `SPA Standing Committee`, `Council of Ministers of the USSR` the `USSR Council
        of Ministers`."""
        spoken = self.spoken
        known = _ORG_NAMES.get(N.key(spoken))
        if known is not None:
            return known
        if self.inner is None:
            return _owner_first(spoken) or spoken
        owner = self.inner.name
        if owner not in ORG_ABBREVIATIONS and _state_qualified(owner) is None:
            return spoken                             # `General Department of the CC CPSU`
        head = _span(self.text, self.start, _OF_BEFORE.search(
            self.text, max(0, self.inner.start - 8), self.inner.start).start())
        return _owned_by(head, owner)


def _owner_first(name: str) -> str | None:
    """The name of a body `X of (the) Y` after Y, or None: when Y is a party or an agency
    (`Standing Committee of the SPA`, `Department of International Relations of the KWP`),
    or a state that has an abbreviation, named by it (`Council of Ministers of the USSR`,
    `Council of Ministers of the Soviet Union`, `Embassy of the Republic of Korea`): one entry
    with `SPA Standing Committee`, `USSR Council of Ministers`, `ROK Embassy`, as a party's
    Central Committee is. A state written out is one with its article: a name without
    (`Bank of China`, `Bank of England`) is the body's own. Not when a link of X after its
    first is a body or a post, whose Y it is (`Ministry of Foreign Trade of the Central
    Committee of the KWP`, `Office of the President of the USSR`). Y is read from the last
    `of`, or the one before it for a state's long name (`Republic of Korea`)."""
    cut = len(name)
    for _ in range(2):
        cut = name.rfind(" of ", 0, cut)
        if cut <= 0:
            return None
        owner = name[cut + 4:]
        article = owner.startswith("the ")
        owner = owner[4:] if article else owner
        party = _canonical(owner)
        if party in ORG_ABBREVIATIONS:
            return _owned_by(name[:cut], party)
        state = _STATE_ABBREVIATIONS.get(_PLACES.get(N.key(owner), ""))
        if state is not None and (article or N.key(owner) == N.key(state)):
            return _owned_by(name[:cut], state)
    return None


def _owned_by(head: str, owner: str) -> str | None:
    """`head` named after `owner` (`_owner_first`), or None when a link of `head` after its
    first is a body or a post, whose owner it is (`Ministry of Foreign Trade of the Central
    Committee`, `Office of the President`). An agency written out is that agency (`Committee
    for State Security of the USSR` is the KGB)."""
    links = head.split(" of ")
    if any(word in ORG_HEADS or word in _POST_WORDS
           for link in links[1:] for word in link.split()):
        return None
    agency = _ORG_NAMES.get(N.key(head))
    if agency in AGENCY_ABBREVIATIONS:
        return agency
    return f"{owner} {head}"


# The `of` (or `for`) and maybe `the` just before a chain's next link.
_OF_BEFORE = re.compile(r"[ \u00a0](?:of|for)[ \u00a0](?:the[ \u00a0])?$")


def find(text: str, names: N.Names | None = None, supplied: dict[int, str] | None = None,
         location_line: bool = False) -> list[Found]:
    """Find places and organisations in a level string; `supplied` maps OBJECT offsets to the
    text of a `supplied` child (for `[North] Korea`)."""
    return _find(text, _PlaceWords(names), supplied or {}, location_line)


class _Verdicts(dict):
    """A dict of verdicts that judges a word the first time it is looked up."""

    def __init__(self, judge) -> None:
        super().__init__()
        self.judge = judge

    def __missing__(self, word: str) -> bool:
        verdict = self[word] = self.judge(word)
        return verdict


class _PlaceWords:
    """Which unknown capitalized words may be places, given a document's persons.

    Each word is judged once per pass: the persons do not change while places are marked,
    and the same words come back in every paragraph.
    """

    def __init__(self, names: N.Names | None):
        self.names = names
        self._judged: dict[str, bool] = {}
        # Can a run of this one word name anything (an organisation, a gazetteer place, or a
        # place by context if plausible)? Read in _find as a plain dict look-up per word.
        self.alone = _Verdicts(self._worth_asking)
        self._person_words: set[str] | None = None
        self._first_implausible: dict[tuple[str, int], int] = {}

    def _worth_asking(self, spelling: str) -> bool:
        return _may_name_alone(spelling) or self.plausible(_bare(spelling))

    def first_implausible(self, text: str, chain: "_Chain", first: int) -> int:
        """The first item of `chain` (a list in `text`), from `first` on, that cannot be a place;
        found once per list, not again for each of its words."""
        found = self._first_implausible.get((text, chain.starts[first]))
        if found is None:
            found = first
            while found < len(chain.words) and (self.plausible(chain.words[found]) or
                                                chain.words[found] in _CANONICAL):
                found += 1
            self._first_implausible[(text, chain.starts[first])] = found
        return found

    def plausible(self, word: str) -> bool:
        judged = self._judged.get(word)
        if judged is None:
            judged = self._judged[word] = _plausible_place_word(word, self.names, self)
        return judged

    def in_person_name(self, word: str) -> bool:
        """Is `word` (by key) one of the words of a person's name?"""
        if self._person_words is None:
            self._person_words = {N.key(w) for p in self.names.persons.values()
                                  for w in p.name.split()}
        return N.key(word) in self._person_words


def _find(text: str, words: _PlaceWords, supplied: dict[int, str],
          location_line: _LocationLine | bool,
          leaves: dict[int, etree._Element] | None = None,
          variants: dict[int, str] | None = None) -> list[Found]:
    """`find`; `leaves` are the `sic` words and notes among the text's children, by their
    OBJECT marks (`level_with(element, SIC_MARKS)`), which the currency check reads through;
    `variants` the text of the brackets read as another name of the words before them."""
    runs = _runs(text)
    if _OF_ABBREVIATION.search(text) is not None:
        runs = _holders_apart(runs, text)
    # Most runs are one word that names nothing (`We`, `The`): left out before the checks.
    # They stay in `runs`, where `of` chains look for what follows a body's name.
    alone = words.alone
    asked = [i for i, run in enumerate(runs) if len(run) > 1 or alone[run[0].text]]
    if not asked:
        return []
    blocked: list[tuple[int, int]] = []
    candidates = []
    numbered: list[Found] = []
    for index in asked:
        run = runs[index]
        if len(run) == 1:
            if not _may_name_alone(run[0].text):
                continue                              # asked only as a context place
            if not _may_name_org(run[0].text):
                continue                              # a place alone (`_org_at`: None)
        elif any(w.text in _EVENT_HEADS for w in run[1:]) and \
                not any(w.text in ORG_HEADS for w in run) and \
                _named_org(run[_leading(run):]) is None and \
                _movement_written_out(run[_leading(run):], text) is None or _paper(run) or \
                _party_meeting(run):
            blocked.append((run[0].start, run[-1].end))
            if run[-1].text in _SESSION_HEADS and _numbered(run, text):
                party = _numbered_party(run[_leading(run):], text)     # `the 4th KWP Conference`
                if party is not None:
                    numbered.append(party)
            continue
        candidates.append(index)
    found = _orgs(runs, candidates, text, supplied) if candidates else []
    found.extend(numbered)
    phrases = _phrases_in(text, supplied, found)
    if phrases:
        # A state's long name is a place, not a body (`Union of Soviet Socialist Republics`).
        inside = Cover([(p.start, p.end) for p in phrases])
        found = [org for org in found if not inside.holds(org.start)]
    for item in found:
        blocked.append((item.start, item.end))
    blocked.extend((p.start, p.end) for p in phrases)
    covered = Cover(blocked) if blocked else None        # mostly nothing is blocked
    starts = {p.start for p in phrases}
    for index in asked:
        run = runs[index]
        if covered is None or not covered.holds(run[0].start):
            if starts:
                run = _before_phrase(run, starts)
            found.extend(_places_in(run, text, words, supplied, location_line, variants))
    if blocked:
        found = [f for f in found if f.kind == "org" or not covered.holds(f.start) or not any(
            s <= f.start < e and (s, e) != (f.start, f.end) for s, e in blocked)]
    found.extend(phrases)
    if "SSR" in text or "blast" in text or "Kra" in text:
        found = _with_regions(found, text)
    if _NUMBERED_HINT in text:
        found = _with_numbered_names(found, text)
    if len(found) > 1:
        found.sort(key=attrgetter("start"))
        result: list[Found] = []
        for item in found:
            if result and item.start < result[-1].end:
                continue
            result.append(item)
        found = result
    if variants:
        across = _across_bracket(runs, text, variants)
        if across:
            spans = Cover([(item.start, item.end) for item in across])
            found = sorted([item for item in found if not spans.holds(item.start)] + across,
                           key=attrgetter("start"))
    # `US` of `US dollars`, `US$5 million`: the currency's name, not a place.
    currency = _Currency(text, leaves)
    found = [item for item in found if item.kind == "org" or not currency.begins(item)]
    if '"' in text or "\u201c" in text or "\u201e" in text:
        found = [item for item in found if item.kind == "org" or not _in_quoted_name(item, text)]
    if variants:
        found = [_named_by_bracket(item, text, variants) if item.kind == "org" else item
                 for item in found]
    if _TIMES_OF in text:
        found = [item for item in found if item.kind == "org" or
                 not text.endswith(_TIMES_OF, 0, item.start)]
    if _AND in text:
        found = [_joined_collective(_joined_department(item, text), text)
                 if item.kind == "org" else item
                 for item in found]
    if _DAY in text:
        found = [item for item in found if not _saints_day(item, text)]
    if text.isupper():
        if len(text.split()) <= _HEADING_WORDS:
            found = _with_caps_orgs(found, text, _title_cased(text), words, supplied,
                                    location_line, leaves)
        elif _CAPS_OF in text:
            found = _with_caps_phrases(found, text, supplied)
    elif _has_caps_lead(text):
        titled = _CAPS_LEAD.sub(_title_cased_lead, text)
        found = _with_caps_orgs(found, text, titled, words, supplied, location_line, leaves)
    if found and _TAGS in text:
        found = _outside_tags(found, text)
    return found


# A Soviet region or republic by its kind after its name: `Akmolinskaya Oblast'` (the soft
# sign's apostrophe the name's), `Akmolinsk oblast`, `Altai Krai`, `Krasnoyarsk Kray`, `Tatar
# ASSR`, `Kazakh SSR`, `Nagorno-Karabakh Autonomous Oblast`, `East Kazakhstan Oblast` (a word
# of the compass may come first); no opener or determiner before the kind (`_NO_REGION`).
_REGION = re.compile(r"(?<![\w\-'\u2019])((?:(?:North|South|East|West)[ \u00a0])?"
                     f"[{_UPPER}]" r"[\w\-]*)[ \u00a0](?:Autonomous[ \u00a0])?"
                     r"(?:[Oo]blast|[Kk]rai|[Kk]ray|A?SSR)\b(?:['\u2019](?!\w))?")
_NO_REGION = _LEADING | GENERIC_MODIFIERS | {"This", "That", "These", "Those", "Each", "Every",
                                             "Any", "Which", "What", "Another", "Whole", "Same",
                                             "One", "Neighbouring", "Neighboring", "Soviet"}
# The Union republics by their people's adjective before `SSR` (`Kazakh SSR`, `Ukrainian SSR`):
# the gazetteer's republic (`place-kazakhstan`), the form written its variant.
_REPUBLICS = {"Ukrainian": "Ukraine", "Belorussian": "Belorussia", "Byelorussian": "Belorussia",
              "Uzbek": "Uzbekistan", "Kazakh": "Kazakhstan", "Georgian": "Georgia",
              "Azerbaijan": "Azerbaijan", "Azerbaijani": "Azerbaijan", "Lithuanian": "Lithuania",
              "Moldavian": "Moldavia", "Latvian": "Latvia", "Kirghiz": "Kirghizia",
              "Tajik": "Tajikistan", "Armenian": "Armenia", "Turkmen": "Turkmenistan",
              "Estonian": "Estonia"}


# Bodies named by a word and a number, which no run of capitalized words reads (`Charter 77`,
# the Czechoslovak dissidents' charter and movement, `Charta 77` in their spelling; the
# developing countries' `Group of 77`), -> the canonical name.
NUMBERED_ORG_NAMES = {"Charter 77": "Charter 77", "Charta 77": "Charter 77",
                      "Group of 77": "Group of 77"}
_NUMBERED_HINT = "77"                                 # the number every one of them holds
_NUMBERED_NAME = re.compile(r"(?<![\w\-])(" + "|".join(
    re.escape(name).replace("\\ ", "[ \u00a0]") for name in NUMBERED_ORG_NAMES) +
    r")(?![\w\-])")


def _with_numbered_names(found: list[Found | _ChainOrg], text: str
                         ) -> list[Found | _ChainOrg]:
    """`found`, and the bodies of `NUMBERED_ORG_NAMES` in `text`, before what they cover
    (`Charter` alone is no body)."""
    named = [Found(match.start(), match.end(), "org",
                   NUMBERED_ORG_NAMES[match[1].replace("\u00a0", " ")], match[1])
             for match in _NUMBERED_NAME.finditer(text)]
    if not named:
        return found
    spans = Cover([(item.start, item.end) for item in named])
    return [item for item in found if not spans.holds(item.start)] + named


def _with_regions(found: list[Found | _ChainOrg], text: str) -> list[Found | _ChainOrg]:
    """`found` with the regions `_REGION` names, each one place of its whole name, never
    the town or republic in it (`Moscow Oblast`, no `Moscow`); not inside a body's name
    (`Moscow Oblast Party Committee`)."""
    regions = []
    for match in _REGION.finditer(text):
        if match[1] in _NO_REGION:
            continue
        start = match.start()
        spoken = match[0]
        name = spoken.rstrip("'\u2019")
        if name.endswith(" SSR") and name[:-4] in _REPUBLICS:
            name = _REPUBLICS[name[:-4]]
        regions.append(Found(start, match.end(), "place", name, spoken))
    orgs = [item for item in found if item.kind == "org"]
    regions = [r for r in regions if not any(o.start < r.end and r.start < o.end for o in orgs)]
    if not regions:
        return found
    return [item for item in found if item.kind == "org" or
            not any(r.start < item.end and item.start < r.end for r in regions)] + regions


def _party_meeting(run: list[_Word]) -> bool:
    """Does a run name a party's conference after its town or its people (`the Tirana Party
    Conference`)? An event, as `Moscow Conference` is: no party `Tirana Party` inside."""
    return run[-1].bare in _PARTY_MEETINGS and len(run) > 1 and run[-2].text == _PARTY


_PARTY, _PARTY_MEETINGS = "Party", {"Conference"}


_TAGS = "TAGS"
# A State Department telegram's filing line, its subject and country codes after the colon
# (`TAGS: PFOR, UR, US`, `TAGS: TNUC, MNUC, ENRG, AR`).
_TAGS_LINE = re.compile(r"^[ \t\u00a0]*+TAGS[ \t\u00a0]*+:[^\n]*+", re.MULTILINE)


def _outside_tags(found: list[Found], text: str) -> list[Found]:
    """`found` without what lies on a telegram's `TAGS:` line: its codes are the Department's
    filing codes (`US`, `UR` the Soviet Union), no mention of a place or a body, as the
    `E.O.` line's are none."""
    lines = [(line.start(), line.end()) for line in _TAGS_LINE.finditer(text)]
    return [item for item in found if not any(start <= item.start < end for start, end in lines)]


_DAY = "Day"
_SAINTS = ("St. ", "St.\u00a0", "Saint ", "Saint\u00a0")
# A day's word right after a place's name (` Day` of `St. George's Day`).
_DAY_AFTER = re.compile(r"[ \u00a0]Day\b")


def _saints_day(place: Found, text: str) -> bool:
    """Is a place a saint's name and its possessive before `Day` (`St. George's Day`, the
    saint's feast), no town named after him (St. George's, Grenada)?"""
    return place.kind == "place" and place.spoken.startswith(_SAINTS) and \
        place.spoken.endswith(_POSSESSIVE) and _DAY_AFTER.match(text, place.end) is not None


# Two capitals after `of (the)`, maybe a body's or a state's abbreviation (`Head of the Far
# Eastern Department of the MFA Kapitsa`): a text without them splits no run.
_OF_ABBREVIATION = re.compile(r"(?<!\S)(?:of|for)[ \u00a0](?:the[ \u00a0])?[A-Z][A-Z]")


def _holders_apart(runs: list[list[_Word]], text: str) -> list[list[_Word]]:
    """`runs`, one after `of (the)` that goes on past a body's or a state's abbreviation with
    words that name nothing (`of the MFA Kapitsa`: a post's holder, whose surname the persons
    pass did not know) cut in two, so that no `of` chain takes the holder into the body."""
    split = []
    for run in runs:
        cut = _abbreviations(run) if len(run) > 1 and run[0].text.isupper() else 0
        if cut and _OF_BEFORE.search(text, max(0, run[0].start - 9), run[0].start):
            split.extend((run[:cut], run[cut:]))
        else:
            split.append(run)
    return split


def _abbreviations(run: list[_Word]) -> int:
    """How many first words of `run` are a body's or a state's abbreviations (`MFA`, `USSR`)
    before words in small letters that name nothing: no head (`CPSU Central Committee`), no
    building or event, no known body or place (`USSR Gosplan`, `USSR Far East`); else 0."""
    cut = 0
    while cut < len(run) and (run[cut].bare in ORG_ABBREVIATIONS or
                              run[cut].bare.isupper() and N.key(run[cut].bare) in _PLACES):
        cut += 1
    rest = run[cut:]
    if not cut or not rest or _heads(rest) or any(
            not w.text[1:].islower() or w.bare in _BUILDING_HEADS or w.text in _EVENT_HEADS or
            _may_name_alone(w.text) for w in rest):
        return 0
    spoken = N.key(" ".join(w.text for w in rest))
    return 0 if spoken in _PLACES or spoken in _ORG_NAMES else cut


# A name in quotation marks: a ship's, a paper's, an operation's (`the ships "Vietnam Heroico"
# and "Coral Island"`, `"Voice of Vietnam"`, `Operation "Anadyr"`). The name's words before a
# place in it (`Voice of `) and after it (` Heroico`): capitalized words and the small words
# of names, a space each, which no word holds: one way to match.
_OPENING_QUOTES = ('"', "\u201c", "\u201e")
_CLOSING_QUOTES = ('"', "\u201d", "\u201c")
_QUOTED_BEFORE = re.compile(f"(?:(?:[{_UPPER}]" r"[\w'\u2019\-]*|of|de|del|da|do|la|the)"
                            r"[ \u00a0])*")
_QUOTED_AFTER = re.compile(r"(?:[ \u00a0](?:" f"[{_UPPER}]" r"[\w'\u2019\-]*|of|de|del|da|do|"
                           r"la|the))*")
_QUOTED_REACH = 60   # characters a quoted name runs on either side of its place, at most
# The words before a name in quotation marks that say what it names: the name is that thing's
# even when it is all a place's (`Operation "Danube"`, `the motor ship "Leningrad"`).
_NAMED_THINGS = re.compile(r"(?:[Oo]peration|ship|ships|steamer|vessel|tanker|freighter|"
                           r"cruiser|icebreaker|newspaper|paper|magazine|journal|code[ \-]?name|"
                           r"code-?named)[ \u00a0]$")


# The words before a title in quotation marks that say it is a work's: `the book "..."`,
# `entitled "..."`; or the closing quotation mark and parenthesis of the title in the original
# before its translation (`"Plamya Afgana" ("Flame of the ... veteran")`).
_WORK_BEFORE = re.compile(r"(?:\b(?:book|film|movie|novel|article|essay|poem|pamphlet|newspaper|"
                          r"journal|magazine|entitled|titled|called)[ \u00a0]|"
                          r"[\"\u201d][ \u00a0]?\()\Z")


def _in_quoted_name(place: Found, text: str) -> bool:
    """Is a place inside a name in quotation marks that is more than the place, or that a word
    before it says is a ship's, an operation's, a paper's (`_NAMED_THINGS`)? The name is that
    thing's, no place (a quotation of the place alone, `"North Korea"`, stays one). So is a
    place in a work's title, any words around it (`_in_title`)."""
    low = max(0, place.start - _QUOTED_REACH)
    opening = max(text.rfind(quote, low, place.start) for quote in _OPENING_QUOTES)
    if opening < 0:
        return False
    if _in_title(place, text, opening):
        return True
    if not _QUOTED_BEFORE.fullmatch(text, opening + 1, place.start):
        return False
    words = _QUOTED_AFTER.match(text, place.end, place.end + _QUOTED_REACH)
    closing = words.end()
    if text[closing:closing + 1] not in _CLOSING_QUOTES or \
            text[closing + 1:closing + 2].isalnum():
        return False
    return opening + 1 < place.start or closing > place.end or \
        _NAMED_THINGS.search(text, max(0, opening - 20), opening) is not None


def _in_title(place: Found, text: str, opening: int) -> bool:
    """Is the quotation opening at `opening` around a place a work's title: a capital first,
    a word before it that names a work or the original title before it (`_WORK_BEFORE`), and
    its closing mark on the line within reach, and more than the place (`the book "Flame of
    the Afghanistan veteran"`, `entitled "How Korea Was Divided"`; not `called "Korea"`)? A
    title's words are no place's mentions."""
    if not text[opening + 1:opening + 2].isupper() or \
            _WORK_BEFORE.search(text, max(0, opening - 12), opening) is None or \
            any(quote in text[opening + 1:place.start] for quote in "\u201d\n"):
        return False
    after = text[place.end:place.end + _QUOTED_REACH]
    closing = min((at for at in (after.find(quote) for quote in _CLOSING_QUOTES) if at >= 0),
                  default=-1)
    return closing >= 0 and "\n" not in after[:closing] and \
        (opening + 1 < place.start or closing > 0)   # more than the place: `called "Korea"`


def _paper(run: list[_Word]) -> bool:
    """Does a run name a paper of _PAPERS (`the New York Times`, `The Washington Post`)?"""
    first = _leading(run)
    if first == len(run) or run[first].text not in _PAPER_FIRSTS:
        return False
    return _longest_known(tuple([w.text for w in run[first:first + _PAPER_WORDS]]), _PAPERS,
                          2) is not None


def _named_by_bracket(org: Found | _ChainOrg, text: str, variants: dict[int, str]
                      ) -> Found | _ChainOrg:
    """`org`, or the agency the abbreviation in the bracket right after it names when that is
    another agency than the name's (`its Central Intelligence Agency [KCIA]`, the South
    Korean one, not the American): the translator's bracket says which body is meant. It is
    registered as the abbreviation alone: the name written out stays the other agency's. So
    is a movement's name cut short to its first words (`the Popular Front [PFLP]`, of the
    `Popular Front for the Liberation of Palestine`), registered as its variant."""
    content = variants.get(org.end + 1) if text[org.end:org.end + 1] in _SPACES else None
    if content in MOVEMENT_ABBREVIATIONS and content != org.name and any(
            form.startswith(org.spoken + " ") for form in MOVEMENT_ABBREVIATIONS[content]):
        return Found(org.start, org.end, "org", content, org.spoken)
    if _abbreviated(content, org):
        return Found(org.start, org.end, "org", _canonical(content), org.spoken)
    if content not in AGENCY_ABBREVIATIONS or org.name not in AGENCY_ABBREVIATIONS or \
            content == org.name:
        return org
    return Found(org.start, org.end, "org", content, content)


def _abbreviated(abbreviation: str | None, org: Found | _ChainOrg) -> bool:
    """Is `abbreviation` a body's the module names by it (`NATO`), other than `org`'s own name,
    whose capitals are the initials of the capitalized words of `org` as written (`North
    Atlantic Treaty Organization [NATO]`, `NATO [North Atlantic Treaty Organization]`)? The
    name written out is then that body, one entry under the abbreviation."""
    return abbreviation in ORG_ABBREVIATIONS and abbreviation not in AMBIGUOUS_ABBREVIATIONS \
        and _canonical(abbreviation) != org.name and abbreviation == "".join(
            word[0] for word in org.spoken.split() if word[0].isupper())


def _named_by_acronym(org: Found | _ChainOrg, gloss: etree._Element, text: str
                      ) -> Found | _ChainOrg:
    """`org`, all a gloss's words, or the body the abbreviation right before the gloss names
    when the gloss writes out an agency's name but the abbreviation is not the agency's (`the
    KDS [Committee for State Security]`, Bulgaria's, not the KGB): as a bracket after a name
    says which agency is meant (`_named_by_bracket`), the abbreviation before it does,
    registered as the abbreviation alone, so that the name written out stays the other
    agency's."""
    if org.name not in AGENCY_ABBREVIATIONS or org.start != 0 or org.end != len(text.rstrip()):
        return org
    found = _acronym_before(gloss)
    acronym = found[0] if found is not None else None
    if acronym is None or acronym == org.name or N.key(acronym) in _PLACES:
        return org
    return Found(org.start, org.end, "org", acronym, acronym)


# The most words of a heading in capitals that is read title-cased: a line, not a telegram
# written all in capitals, whose every word title-cased would join its neighbours' names.
_HEADING_WORDS = 12
# A line's beginning up to its first comma, when it opens with two capitals: a heading line
# of a paragraph of several lines (`USSR EMBASSY IN THE PRC` above `Copy No 2`), a dateline's
# sender (`NEW CHINA NEWS AGENCY, Beijing, 12 March 1969`); `_title_cased_lead` reads it as a
# heading when it is all in capitals. Capitals inside prose (`the MINISTRY OF FOREIGN AFFAIRS
# said`) are not read so.
_CAPS_LEAD = re.compile(r"^[^\S\n]*(?=[A-Z]{2})[^\n,]+", re.MULTILINE)
_ASCII_CAPITALS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ")


def _has_caps_lead(text: str) -> bool:
    """Does a line of `text` open with two capitals (`_CAPS_LEAD`)? A text of one line, as
    most are, is read at its start: the search tried the line's start at every character.
    (`lstrip` takes off what `\\s` is, as the pattern's blanks are, and a line holds no
    line break.)"""
    if "\n" in text:
        return _CAPS_LEAD.search(text) is not None
    lead = text.lstrip()
    return len(lead) > 1 and lead[0] in _ASCII_CAPITALS and lead[1] in _ASCII_CAPITALS


def _title_cased_lead(lead: re.Match) -> str:
    """A line's lead title-cased when it is a heading: in capitals, of few words."""
    text = lead[0]
    if text.isupper() and len(text.split()) <= _HEADING_WORDS:
        return _title_cased(text)
    return text


def _with_caps_orgs(found: list[Found], text: str, titled: str, words: _PlaceWords,
                    supplied: dict[int, str], location_line: _LocationLine | bool,
                    leaves: dict[int, etree._Element] | None) -> list[Found]:
    """`found` in a line in capitals (`MINISTRY OF FOREIGN AFFAIRS`, `CENTRAL COMMITTEE OF THE
    CPSU`) or opening with one (`_CAPS_LEAD`), with the organisations its title-cased reading
    `titled` names (`Ministry of Foreign Affairs`), under that name: one entry with the body
    written in prose. Such a body takes the place of what it holds (the `CPSU` of its `of`
    chain); one that only part of a name found already is in, or that is found already (`CPSU
    CC POLITBURO`), is left out."""
    if titled == text:
        return found
    # And the states' long names, which a small word joins (`REPUBLIC OF KOREA`), as printed.
    orgs = [item if item.kind == "org" else
            Found(item.start, item.end, "place", item.name, _span(text, item.start, item.end))
            for item in _find(titled, words, supplied, location_line, leaves)
            if item.kind == "org" or " of " in item.spoken]
    if not orgs:
        return found
    starts = [item.start for item in found]             # in order, none overlapping
    kept, held = [], set()
    for org in orgs:
        first, last = bisect_left(starts, org.start), bisect_left(starts, org.end)
        inside = range(first, last)
        if first and found[first - 1].end > org.start or \
                any(found[i].end > org.end for i in inside) or \
                any((found[i].start, found[i].end) == (org.start, org.end) for i in inside):
            continue
        kept.append(org)
        held.update(inside)
    if not kept:
        return found
    found = [item for i, item in enumerate(found) if i not in held] + kept
    found.sort(key=attrgetter("start"))
    return found


# A paper named `of` its place (`the Times of India`): the place is the paper's word.
_TIMES_OF = "Times of "
_CAPS_OF = " OF "


def _with_caps_phrases(found: list[Found], text: str, supplied: dict[int, str]
                       ) -> list[Found]:
    """`found` in a text in capitals too long for a heading (a telegram's sentence), with the
    states' long names its title-cased reading holds (`THE GOVERNMENT OF THE REPUBLIC OF
    KOREA PROTESTS ...`: the Republic of Korea, not `KOREA`), as printed; its bodies are
    left, as every word title-cased would join its neighbours' names."""
    orgs = [item for item in found if item.kind == "org"]
    phrases = [Found(p.start, p.end, "place", p.name, _span(text, p.start, p.end))
               for p in _phrases_in(_title_cased(text), supplied, orgs)]
    if not phrases:
        return found
    inside = Cover([(p.start, p.end) for p in phrases])
    found = [item for item in found if not inside.holds(item.start)] + phrases
    found.sort(key=attrgetter("start"))
    return found


def _title_cased(text: str) -> str:
    """A line in capitals as prose writes it, letter for letter: the small words in lower
    case (`of the`), the other words capitalized (`MINISTRY` -> `Ministry`, `PEOPLE'S` ->
    `People's`, `SINO-SOVIET` -> `Sino-Soviet`); an abbreviation the module knows (`CPSU`, `CC`,
    `USSR`), a Roman numeral, a word of three letters or fewer or with no vowel (`KPA`,
    `NKVD`: likelier an abbreviation than a word) keeps its capitals, unless it is a word of
    a body's name (`NEW CHINA NEWS AGENCY` -> `New China News Agency`: `_CAPS_WORDS`)."""
    return _CAPS_TOKEN.sub(_title_cased_word, text)


def _title_cased_word(match: re.Match) -> str:
    word = match[0]
    if word in _CAPS_JOINERS:
        return word.lower()
    bare = _bare(word)
    if bare in ORG_ABBREVIATIONS or bare in _CAPS_FORMS or \
            len(bare) <= 3 and bare not in _CAPS_WORDS or \
            _NO_VOWEL.fullmatch(bare) or _ROMAN.fullmatch(bare):
        return word
    titled = "-".join(part[:1] + part[1:].lower() for part in word.split("-"))
    return titled if len(titled) == len(word) else word          # `ß` and the like: as is


# A word in capitals with its apostrophes and hyphens (`PEOPLE'S`, `SINO-SOVIET`): no
# separator without letters after it, so no two ways to match.
_CAPS_TOKEN = re.compile(r"[^\W\d_]+(?:['\u2019\-][^\W\d_]+)*")
# Words of three letters that open bodies' names and are no abbreviation: `NEW CHINA NEWS
# AGENCY`, `RED ARMY`, `AIR FORCE ACADEMY`, `WAR MINISTRY`.
_CAPS_WORDS = frozenset({"NEW", "RED", "OLD", "AIR", "SEA", "WAR"})
_NO_VOWEL = re.compile(r"[^AEIOUY]+")
_ROMAN = re.compile(r"(?=[IVXL])L?X{0,3}(?:IX|IV|V?I{0,3})")
# The gazetteer's forms in capitals (`USSR`, `DPRK`, `GDR`), which a heading keeps.
_CAPS_FORMS = frozenset(form for canonical, others in GAZETTEER.items()
                        for form in (canonical, *others) if form.isupper() and " " not in form)


class _Currency:
    """Does a place say whose the currency after it is (`begins_currency`), read through
    `[sic]` as the quantities pass reads the measure: `US` of `US <sic>dollars</sic> [sic]`
    is the currency's too. The reading is made once, and only when a place is followed by
    a `sic` word."""

    def __init__(self, text: str, leaves: dict[int, etree._Element] | None) -> None:
        self.text, self.leaves = text, leaves
        self._reading: tuple[str, list[int]] | None = None

    def begins(self, item: Found) -> bool:
        text, end = self.text, item.end
        if begins_currency(item.spoken, text, end):
            return True
        if not self.leaves or text[end:end + 1] not in _SPACES or \
                text[end + 1:end + 2] != OBJECT or end + 1 not in self.leaves:
            return False
        if self._reading is None:
            reading, spans = through_sic(text, self.leaves)
            # Where in the text each character of the reading is: in order, so searchable.
            self._reading = reading, [start for start, _ in spans or ()]
        reading, starts = self._reading
        at = bisect_left(starts, end)               # the space after the place, read
        return at < len(starts) and starts[at] == end and \
            begins_currency(item.spoken, reading, at)


def _phrases_in(text: str, supplied: dict[int, str], orgs: list[Found]) -> list[Found]:
    """The gazetteer names with a lowercase word in `text` (`Republic of Korea`), with a
    supplied beginning (`[Democratic] Republic of Vietnam`), and not inside an organisation's
    name (`Embassy of the Republic of Korea`)."""
    if _PHRASE_HINT.search(text) is None and not _joins_phrase(text):
        return []
    phrases = []
    for match in _PHRASES.finditer(text):
        if match.start() and text[match.start() - 1].isalnum():
            continue                                  # inside a word
        spoken = _span(text, match.start(), match.end())
        phrases.append(_with_supplied(Found(match.start(), match.end(), "place",
                                            _PLACES[N.key(spoken)], spoken), text, supplied))
    if phrases and orgs:
        spans = {(org.start, org.end) for org in orgs}
        holding = Cover(list(spans))
        phrases = [p for p in phrases if (p.start, p.end) in spans or not holding.holds(p.start)]
    return phrases


def _before_phrase(run: list[_Word], starts: set[int]) -> list[_Word]:
    """The run's words before a gazetteer name with a lowercase word that begins inside it
    (`the Beijing Great Hall of the People`: `Beijing`, a place of its own, the building the
    name's), or the whole run."""
    for k in range(1, len(run)):
        if run[k].start in starts:
            return run[:k]
    return run


def _joins_phrase(text: str) -> bool:
    """Does `text` hold a small word of `_PHRASE_JOINERS`? (A loop of `in`: most texts hold
    none, and a search for the words would cost more.)"""
    for joiner in _PHRASE_JOINERS:
        if joiner in text:
            return True
    return False


def _orgs(runs: list[list[_Word]], candidates: list[int], text: str,
          supplied: dict[int, str]) -> list[Found]:
    """The organisations the `candidates` runs name, in their order."""
    by_start = {run[0].start: i for i, run in enumerate(runs)}
    # Later runs first: the `of` chain an organisation goes on with (`Central Committee of
    # the Party of ...`) is then known already, not read again from every link of it.
    known = _Known()
    for index in reversed(candidates):
        _org_in(runs, index, text, by_start, known)
    found = []
    for index in candidates:
        org = known.orgs[index]
        if org is not None:
            before = org.start - 2
            if before >= 0 and text[before:org.start] == OBJECT + " " and \
                    supplied.get(before) in _DIRECTIONS:
                org = Found(before, org.end, "org", f"{supplied[before]} {org.name}",
                            f"{supplied[before]} {org.spoken}")
            elif before in supplied and text[before:org.start] == OBJECT + " " and \
                    _WHICH_CONGRESS.search(supplied[before]) and org.name == _US_CONGRESS:
                continue           # `the [Sixth] Congress`: the translator says which one
            if text.startswith(_BOLSHEVIKS, org.end):
                org = _bolsheviks(org, text)
            elif text.startswith(_COMMUNISTS, org.end) and org.name.endswith(" Party"):
                end = org.end + len(_COMMUNISTS)   # `Bulgarian Workers' Party (Communists)`
                org = Found(org.start, end, "org", org.name + _COMMUNISTS,
                            _span(text, org.start, end))
            found.append(org)
    return found


# `(Bolsheviks)` after the Soviet party's name is the name's (`All-Union Communist Party
# (Bolsheviks)`), and makes the Communist Party of the Soviet Union the party before 1952.
_BOLSHEVIKS = " (Bolsheviks)"
# So is `(Communists)` after a party's (`Bulgarian Workers' Party (Communists)`, the BRP(k)
# of 1927-1948): its own name, left outside the orgName.
_COMMUNISTS = " (Communists)"


def _bolsheviks(org: Found | _ChainOrg, text: str) -> Found | _ChainOrg:
    """`org` with the `(Bolsheviks)` after it, when it is the Soviet party or one of its
    bodies (`Central Committee of the All-Union Communist Party (Bolsheviks)`): the VKP(b)'s.
    """
    name = org.name
    for party in (N.BOLSHEVIK_PARTY, "CPSU"):
        if name == party or name.startswith(party + " "):
            end = org.end + len(_BOLSHEVIKS)
            return Found(org.start, end, "org", N.BOLSHEVIK_PARTY + name[len(party):],
                         _span(text, org.start, end))
    return org


@N.word_cache
def _may_name_alone(spelling: str) -> bool:
    """Can a run of this one word be an organisation (_org_in), a gazetteer place or places a
    hyphen joins (`US-Japan`: _places_in)? If not, only context can make it a place, and only
    if it is plausible."""
    bare = _bare(spelling)
    return spelling in ORG_HEADS or (spelling not in _LEADING and bare in ORG_ABBREVIATIONS) \
        or N.key(bare) in _ORG_WORDS or N.key(bare) in _OF_NAME_FIRSTS \
        or _gazetteer_phrase((spelling,)) is not None \
        or "-" in bare and all(N.key(part) in _PLACES for part in bare.split("-"))


@N.word_cache
def _may_name_org(spelling: str) -> bool:
    """Can a run of this one word be an organisation? Only as `_org_at` reads it: a head
    (`_heads`), a body's abbreviation, a one-word name (`_named_word`) or the first word of a
    name with `of` (`_named_with_of`). Most one-word runs asked are a place alone (`Korea`),
    which `_org_at` read through its rules to find no body in."""
    bare = _bare(spelling)
    return spelling in ORG_HEADS or spelling in _CAPS_FLIPPED or bare in ORG_ABBREVIATIONS \
        or N.key(bare) in _ORG_WORDS or N.key(spelling) in _OF_NAME_FIRSTS


class _Known:
    """What the runs of one text have answered already: their organisation, and where an
    `of` chain from them ends. Long chains are then read once, not from every link."""

    def __init__(self) -> None:
        self.orgs: dict[int, Found | _ChainOrg | None] = {}
        self.ends: dict[int, tuple[bool, int | None]] = {}


def _org_in(runs: list[list[_Word]], index: int, text: str, by_start: dict[int, int],
            known: _Known) -> Found | _ChainOrg | None:
    """The organisation a capitalized run names, joined with `of (the) X` where X is a body;
    `by_start` maps where each run starts to its index, `known` keeps each run's answer."""
    if index not in known.orgs:
        known.orgs[index] = _org_at(runs, index, text, by_start, known)
    return known.orgs[index]


def _movement_written_out(words: list[_Word], text: str) -> Found | None:
    """The movement whose name written out (`_MOVEMENTS_WRITTEN_OUT`) the run `words` begins
    and the text goes on with: the movement by its abbreviation, whatever the run's head
    (`Movement` ends an event's name)."""
    if not words or words[0].text not in _MOVEMENT_FIRSTS:
        return None
    forms = _MOVEMENTS_WRITTEN_OUT.get(N.key(_span(text, words[0].start, words[-1].end)), ())
    start = words[0].start
    for form in forms:
        end = start + len(form)
        if N.key(text[start:end]) == N.key(form) and not text[end:end + 1].isalnum():
            return Found(start, end, "org", _ORG_NAMES[N.key(form)], _span(text, start, end))
    return None


# The Arabic article in small letters before a body's name (`al-Fatah`): the name's first
# word, which no capitalized run holds.
_ARABIC_ARTICLE = re.compile(r"(?<![\w\-])(?:al|el)-$")


def body_named(name: str) -> str | None:
    """The body of the module's lists `name` is a name of (`al-Fatah` and `Fatah` are Fatah's,
    `CCP` the CPC's), by its canonical name, or None."""
    if name in ORG_ABBREVIATIONS:
        return _canonical(name)
    return _ORG_NAMES.get(N.key(name))


def _canonical(abbreviation: str) -> str:
    """A party's abbreviation as the register names the party (`CCP` is the CPC)."""
    return _ORG_NAMES.get(N.key(abbreviation), abbreviation)


def _org_at(runs: list[list[_Word]], index: int, text: str, by_start: dict[int, int],
            known: _Known) -> Found | _ChainOrg | None:
    words = runs[index]
    words = words[_leading(words):]
    words = words[_term(words):]
    if not words:
        return None
    movement = _movement_written_out(words, text)
    if movement is not None:
        return movement
    if len(words) == 2 and words[1].text == _PRONOUN_I and words[0].bare in ORG_ABBREVIATIONS:
        words = words[:1]          # `on behalf of the MSZMP I welcome`: the speaker's `I`
    heads = _heads(words)
    if heads and heads[-1] and words[heads[-1] - 1].text == _CONTRACTING:
        return None                # `Each Contracting Party shall pay`: a treaty's party
    if not heads:
        if len(words) == 1 and words[0].bare in ORG_ABBREVIATIONS:
            start, end = words[0].start, words[0].start + len(words[0].bare)
            if text[start - 1:start] == "-" and \
                    _ARABIC_ARTICLE.search(text, max(0, start - 4), start):
                start -= 3                            # `al-Fatah`: the article is the name's
            return Found(start, end, "org", _canonical(words[0].bare), _span(text, start, end))
        if len(words) == 1:
            return _named_word(words[0], text) or \
                _named_with_of(runs, words[0], text, by_start)
        if words[-1].text in _SESSION_HEADS and _numbered(words, text):
            party = _numbered_party(words, text)      # `the 5th SPA Session`, `3rd CCP Plenum`
            if party is not None:
                return party
        if len(words) == 2 and words[0].text == _MAIN_DEPARTMENT and _designated(words, 0):
            spoken = _span(text, words[0].start, words[1].end)   # `HA II`, the Stasi's
            return Found(words[0].start, words[1].end, "org", spoken, spoken)
        return _qualified_body(words, text) or _named_org(words)
    if heads[-1] == 0 and len(words) > 1 and words[0].text == "CC" and \
            words[1].bare in ORG_ABBREVIATIONS:
        # `CC CPSU`: the Central Committee first, in the Russian order, is the party's.
        end = words[1].start + len(words[1].bare)
        return Found(words[0].start, end, "org",
                     f"{_canonical(words[1].bare)} {_CENTRAL_COMMITTEE}",
                     _span(text, words[0].start, end))
    if any(w.bare in _BUILDING_HEADS for w in words[heads[-1] + 1:]):
        return None                # `Kumsusan Assembly Hall` is a building (_building_in)
    words = words[:heads[-1] + 1 + _designated(words, heads[-1])]
    if words[-1].text in _SESSION_HEADS and _numbered(words, text):
        # `Third Congress of the KWP`: an event, not a body; `the 27th CPSU Congress`: the
        # party in it is one
        return _numbered_party(words, text)
    spoken = _span(text, words[0].start, words[-1].end)
    if N.key(spoken) in _PLACES:
        return None                                   # Soviet Union is a state
    start, end = words[0].start, words[-1].end
    named_after = None
    # `Central Committee of the Korean Workers' Party`, `Ministry of Foreign Trade`
    tail = _OF.match(text, end)
    following = by_start.get(tail.end()) if tail else None
    if following is not None and _DATED.match(text, tail.end()):
        following = None           # `NATO Council of December 1957`: the meeting's date
    if following is not None:
        whole = runs[following][-1].end
        if N.key(_span(text, start, whole)) in _ORG_NAMES:
            # `Communist Party of the Soviet Union`: a body named after a state it is not
            return Found(start, whole, "org", _ORG_NAMES[N.key(_span(text, start, whole))],
                         _span(text, start, whole))
        # A state first: `Government of the Union of Soviet Socialist Republics` is the USSR's,
        # though `Union` heads a body's name.
        state = _state_of(runs[following], text) if words[0].text == _GOVERNMENT and \
            len(words) == 1 else None
        if state is not None:
            return Found(start, state[1], "org", state[0], _span(text, start, state[1]))
        inner = _org_in(runs, following, text, by_start, known)
        if inner is not None and inner.start == runs[following][0].start:
            flip = _FLIPPED.get(tuple(w.text for w in words))
            services = _AND_SERVICE.match(text, inner.end) if flip is None and \
                inner.spoken.endswith(tuple(_SERVICES)) else None
            # `Main Political Directorate of the Soviet Army and Navy`: one service's body
            return _ChainOrg(start, services.end() if services else inner.end, text, inner, flip)
        if len(words) == 1 and words[0].text == _GOVERNMENT:
            return None
        if words[-1].text not in _OF_HEADS:
            # `Atomic Energy Organization of Iran`: a body named after its state goes on to the
            # state's end, named as `Government of Romania` is (`Army of the USSR`: `USSR Army`)
            named_after = _state_of(runs[following], text)
        if (words[-1].text in _OF_HEADS or words[-1].text in _GENERAL_HEADS) and \
                runs[following][0].text not in N.HONORIFICS:
            end = _of_object_end(runs, following, text, by_start, known.ends)
            if end is None:
                return None
            return _ChainOrg(start, end, text)
    # `CC` before another head says whose body it is (`CC Politburo Commission`); `Staff`
    # after `General` is a head, so `the General Staff` alone names no more which body than
    # `the General Department` does.
    modifiers = [w.text for i, w in enumerate(words)
                 if w.text not in ORG_HEADS and not (w.text in _GENERAL_HEADS and i in heads) and
                 not (w.text in _ARMY_HEADS and i in heads) and
                 not (w.text in _SUPREME_HEADS and i in heads) or
                 w.text == "CC" and w is not words[-1]]
    if len(words) == 1 and words[0].text == "Congress" and tail is None:
        return _us_congress(words[0], text)
    if (not modifiers or all(m in GENERIC_MODIFIERS or words[-1].text == _GOVERNMENT and
                             m in _GOVERNMENT_KINDS and named_after is None
                             for m in modifiers)) and \
            N.key(spoken) not in _ORG_NAMES and _named_org(words) is None:
        # but `Supreme People's Assembly` is the SPA, and `National People's Congress
        # Standing Committee` the NPC's
        return None
    if len(words) == 2 and words[1].text == "CC" and words[0].text in ORG_ABBREVIATIONS:
        return Found(start, end, "org", f"{_canonical(words[0].text)} {_CENTRAL_COMMITTEE}",
                     spoken)
    if len(words) == 3 and words[1].text == "CC" and words[0].text in ORG_ABBREVIATIONS and \
            ((words[2].text,) in _FLIPPED or words[2].text in _CAPS_FLIPPED):
        # `VWP CC Politburo`, `CPSU CC POLITBURO`, named as `Politburo of the CC VWP` is
        body = _FLIPPED.get((words[2].text,)) or _CAPS_FLIPPED[words[2].text]
        return Found(start, end, "org", f"{_canonical(words[0].text)} {_CENTRAL_COMMITTEE} "
                     f"{body}", spoken)
    areas = _AREAS_AND.search(text, max(0, start - 60), start)
    if areas and words[-1].text in _AREA_HEADS and any(w.text == "Affairs" for w in words) \
            and areas[1].split()[0] not in _LEADING and \
            (areas.start() == 0 or not text[areas.start() - 1].isalnum()):
        # `Western Europe and American Affairs Department`: one department for both areas
        start = areas.start()
        spoken = _span(text, start, end)
    if named_after is not None and N.key(spoken) not in _ORG_NAMES:   # not the SPA's
        return Found(start, named_after[1], "org", named_after[0].replace(_GOVERNMENT, spoken),
                     _span(text, start, named_after[1]))
    name = _ORG_NAMES.get(N.key(spoken)) or \
        (_of_party(words, text) if start == words[0].start else spoken)
    return Found(start, end, "org", name, spoken)


# The heads a letter or a Roman numeral after them names (`Main Directorate A`, `Department
# XX`, the Stasi's), and that letter (not `I`, the speaker's) or numeral of two letters or more.
_DESIGNATED_HEADS = frozenset({"Directorate", "Department", "Administration", "Division",
                               "HA"})
_MAIN_DEPARTMENT = "HA"   # the Stasi's Hauptabteilung, by its numeral (`HA II`)
_DESIGNATION = re.compile(r"[A-HJ-Z]|[IVX]{2,5}")


def _designated(words: list[_Word], head: int) -> int:
    """1 when the word after the head at `head` is the letter or numeral that names that
    directorate or department (`Main Directorate A`: `_DESIGNATION`), a word of its name; else
    0."""
    return int(head + 1 < len(words) and words[head].text in _DESIGNATED_HEADS and
               _DESIGNATION.fullmatch(words[head + 1].bare) is not None)


_GOVERNMENT = "Government"
# The speaker's `I` after a body's abbreviation, which joins its run as a capitalized word.
_PRONOUN_I = "I"


def _state_of(run: list[_Word], text: str) -> tuple[str, int] | None:
    """The government's name, and where the state's name ends, when a run after `Government
    of (the)` is a state, or None. One that has an abbreviation is named after it
    (`Government of the USSR`, `of the Soviet Union` are the `USSR Government`, as `Council of
    Ministers of the USSR` is), another by the gazetteer's name (`Government of Rumania` is
    the `Government of Romania`); a state's long name with its own `of` is read whole
    (`Government of the Republic of Korea` is the ROK's). Not a region (`Government of
    Tibet`), nor a state's name that goes on (`Government of India Act`)."""
    phrase = _PHRASES.match(text, run[0].start)
    if phrase is not None:
        end = phrase.end()
        if text[end:end + 1] in _SPACES and _CAPITAL.match(text, end + 1):
            return None                   # `Republic of Korea Army`
    else:
        end = run[-1].start + len(run[-1].bare)       # `Government of Japan's`: its own
    state = _PLACES.get(N.key(_span(text, run[0].start, end)))
    if state not in _STATES:
        return None
    abbreviation = _STATE_ABBREVIATIONS.get(state)
    return (f"{abbreviation} {_GOVERNMENT}" if abbreviation else f"{_GOVERNMENT} of {state}",
            end)


# A month and a day or year in figures after a body's `of`: when it met, no word of its name
# (`the NATO Council of December 1957`, `the Plenum of May 5`).
_DATED = re.compile(rf"(?:{'|'.join(MONTHS)})[ \u00a0]\d")


def _qualified_body(words: list[_Word], text: str) -> Found | None:
    """A state or its people's adjective before a body known by its abbreviation (`USSR
    Gosplan`, `the Soviet KGB`, `the DPRK MFA`): one orgName, the state its qualifier, as in
    `USSR Council of Ministers`. The body's own entry (`Gosplan`, with `USSR Gosplan` a
    variant), but for one that every state has (`MFA`): `DPRK MFA` is an entry of its own.
    Not a party's (`Soviet CPSU` is no name)."""
    last = words[-1]
    if last.bare not in ORG_ABBREVIATIONS or last.bare in N.PARTY_ABBREVIATIONS:
        return None
    state = _span(text, words[0].start, words[-2].end)
    if _PLACES.get(N.key(state)) not in _STATES_AND_REGIONS and \
            not (len(words) == 2 and words[0].text in N.NATIONALITIES):
        return None
    end = last.start + len(last.bare)
    spoken = _span(text, words[0].start, end)
    return Found(words[0].start, end, "org",
                 spoken if last.bare in _EVERY_STATES else _canonical(last.bare), spoken)


# Bodies known by their abbreviation that every state has: a state before one says which.
_EVERY_STATES = {"MFA"}


def _state_qualified(name: str) -> tuple[str, str] | None:
    """A body's name that begins with a state's and one of `_EVERY_STATES` (`USSR MFA`, `USSR
    MFA Far Eastern Department`, as `_qualified_body` and `owned` name them): the state's words
    and the name without them (`MFA Far Eastern Department`), else None."""
    for body in _EVERY_STATES:
        state, found, rest = name.partition(f" {body}")
        if found and rest[:1] in ("", " ") and (
                _PLACES.get(N.key(state)) in _STATES_AND_REGIONS or state in N.NATIONALITIES):
            return state, body + rest
    return None


def _of_party(words: list[_Word], text: str) -> str:
    """The name of a body a party's full name begins (`Korean Workers' Party Central
    Committee`), that party's abbreviation first, as its other names give (`KWP Central
    Committee`, from `Central Committee of the Korean Workers' Party` and `KWP CC`).

    The keys of the first two words, three, ... are built a word at a time (the spaces between
    have none), and only as long as a name's key: keying each of them whole from the run's
    start was quadratic (`Secretary of the CC CC ...`, 6,000 words took 3.8 s)."""
    firsts = []              # firsts[i]: the key of words[0 .. i + 1]
    key = N.key(words[0].text)
    for word in words[1:-1]:
        key += N.key(word.text)
        if len(key) > _ORG_KEY_LONGEST:
            break            # no name is as long, nor is a longer run of the words
        firsts.append(key)
    for size in range(len(firsts) + 1, 1, -1):
        party = _ORG_NAMES.get(firsts[size - 2])
        if party in ORG_ABBREVIATIONS:
            return f"{party} {_span(text, words[size].start, words[-1].end)}"
    if len(words) > 1 and words[0].bare in ORG_ABBREVIATIONS:
        # `CCP Central Committee`, `PZPR Central Committee`: the party's other abbreviation
        # names it as in `CCP CC` and `Central Committee of the PZPR` (the CPC's, the PUWP's)
        rest = words[1:]
        if rest[0].text == _PARTY and words[0].bare in N.PARTY_ABBREVIATIONS:
            rest = rest[1:]        # `SED Party`, `the CPSU Party`: the party's own word
        party = _canonical(words[0].bare)
        return f"{party} {_span(text, rest[0].start, words[-1].end)}" if rest else party
    return _span(text, words[0].start, words[-1].end)


def _named_word(word: _Word, text: str) -> Found | None:
    """The body of ORG_NAMES a run of one word names (`Solidarność`): `Solidarity` only inside
    a sentence, and not in a name's `of` (`Day of Solidarity`) nor before `with` (`Solidarity
    with the Vietnamese people`), where it is the common noun."""
    if N.key(word.bare) not in _ORG_WORDS:
        return None
    name = _ORG_NAMES[N.key(word.bare)]
    end = word.start + len(word.bare)
    if word.bare == _SOLIDARITY and (
            not _INSIDE_SENTENCE.search(text, max(0, word.start - 40), word.start) or
            _NAME_OF.search(text, max(0, word.start - 40), word.start) or
            text.startswith((" with", "\u00a0with"), end)):
        return None
    return Found(word.start, end, "org", name, word.bare)


def _named_with_of(runs: list[list[_Word]], word: _Word, text: str,
                   by_start: dict[int, int]) -> Found | None:
    """The body of ORG_NAMES a one-word run and the `of` after it name (`Voice of America`;
    `America` alone is the United States)."""
    if N.key(word.text) not in _OF_NAME_FIRSTS:
        return None
    tail = _OF.match(text, word.end)
    following = by_start.get(tail.end()) if tail else None
    if following is None:
        return None
    last = runs[following][-1]
    end = last.start + len(last.bare)
    name = _ORG_NAMES.get(N.key(_span(text, word.start, end)))
    return Found(word.start, end, "org", name, _span(text, word.start, end)) if name else None


_SOLIDARITY = "Solidarity"
# A word, a comma or a dash, then spaces or a quotation mark, just before a word: it is
# inside a sentence.
_INSIDE_SENTENCE = re.compile(r"[\w,;\u2013\u2014][ \u00a0\"\u201c\u201e']+$")
_NAME_OF = re.compile(f"[{_UPPER}]" r"\w*[ \u00a0]of[ \u00a0](?:the[ \u00a0])?$")


def _us_congress(word: _Word, text: str) -> Found | None:
    """`Congress` alone is the US Congress when no article, ordinal or `Party` says which
    congress it is (`before Congress`; not `the 20th Congress`, `the Congress`, `Party
    Congress`, which are a party's congresses)."""
    if _SAYS_WHICH.search(text, max(0, word.start - 40), word.start):
        return None
    return Found(word.start, word.start + len(word.text), "org", _US_CONGRESS, word.text)


_US_CONGRESS = "US Congress"
# An ordinal in figures or in words (`20th`, `Third`, `twenty-second`).
_ORDINAL_ENDS = (r"first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|"
                 r"twelfth|teenth|tieth")
_ORDINAL_WORD = rf"\d+(?:st|nd|rd|th)|\w*(?:{_ORDINAL_ENDS})"
_SAYS_WHICH = re.compile(r"(?i:\b(?:the|a|an|this|that|its|their|our|his|next|last|party|"
                         rf"every|each|whole|entire|{_ORDINAL_WORD}))[ \u00a0]+$")
# A translator's bracket just before `Congress` that ends in an ordinal, `Party` or a party's
# abbreviation says which congress it is (`the [Sixth] Congress`, `the [KWP] Congress`, `[Korean
# Workers' Party] Congress`): a party's, not the US Congress.
_WHICH_CONGRESS = re.compile(rf"(?<!\S)(?:(?i:{_ORDINAL_WORD}|party)|"
                             rf"{'|'.join(sorted(N.PARTY_ABBREVIATIONS))})$")


# A party's Central Committee, however it is written (`Central Committee of the CPSU`, `CC of
# the CPSU`, `CPSU CC`, `CC CPSU`), has one name: `CPSU Central Committee`.
_CENTRAL_COMMITTEE = "Central Committee"
# Bodies of a party named after it, as `Central Committee` is: `Politburo of the CC VWP` is
# named `VWP Central Committee Politburo`, as `VWP CC Politburo` is.
_FLIPPED = {("Central", "Committee"): _CENTRAL_COMMITTEE, ("CC",): _CENTRAL_COMMITTEE,
            ("Politburo",): "Politburo", ("Presidium",): "Presidium",
            ("Secretariat",): "Secretariat"}
# Those bodies in a heading's capitals: heads as their names are (`CPSU CC POLITBURO`).
_CAPS_FLIPPED = {"POLITBURO": "Politburo", "PRESIDIUM": "Presidium",
                 "SECRETARIAT": "Secretariat"}
# A party's congresses, plenums and conferences are events when a number says which (`Third
# Congress of the Korean Workers' Party`, `the 20th Congress of the CPSU`, `the 27th CPSU
# Congress`, `the 4th KWP Conference`): the party inside is the body.
_SESSION_HEADS = {"Congress", "Plenum", "Session", "Conference"}
# An ordinal word of a run: `Third`, `Twenty-Second`, `22nd`, Roman `XXII` and `XXth`.
_ORDINAL = re.compile(rf"(?:[A-Za-z]+-)?(?i:{_ORDINAL_WORD})|[IVXL]+(?:st|nd|rd|th)?")
# An ordinal just before a run, in figures, Roman or small letters: `20th`, `XXth`, `XX`,
# `twenty-second`, `third`.
_ORDINAL_BEFORE = re.compile(r"(?<![\w\-])(?:\d+(?:st|nd|rd|th)|[IVXL]+(?:st|nd|rd|th)?|"
                             rf"(?:[a-z]+-)?[a-z]*(?:{_ORDINAL_ENDS}))[ \u00a0]$")
# The kind of a numbered congress between its ordinal and its party: `the Extraordinary XIV
# PZPR Congress`.
_SESSION_KINDS = {"Extraordinary", "Special"}
# `Western Europe and American Affairs Department`: up to three capitalized words and `and`
# just before a department's name.
_AREAS_AND = re.compile(f"((?:[{_UPPER}]" r"[\w\-]*[ \u00a0]){1,3})and[ \u00a0]$")
_AREA_HEADS = {"Department", "Bureau", "Office", "Division", "Section"}


def _numbered(words: list[_Word], text: str) -> bool:
    """Does an ordinal say which congress or plenum `words` name, inside the run (`Third
    Congress`) or just before it (`20th Congress`)?"""
    return any(_ORDINAL.fullmatch(w.text) for w in words[:-1]) or \
        bool(_ORDINAL_BEFORE.search(text, max(0, words[0].start - 24), words[0].start))


def _numbered_party(words: list[_Word], text: str) -> Found | None:
    """The party (or another known body) between a numbered congress's ordinal and its
    meeting word (`the 27th CPSU Congress`, `the Ninth CCP Congress`, `the XXII CPSU
    Congress`, `the Third Korean Workers' Party Congress`): the meeting is an event, its
    ordinal and word text, as in `the 20th Congress of the CPSU`; else None (`the 8th Party
    Congress` says no party's). A body named with the meeting's word is that body, the
    ordinal its term's (`the Fifth National People's Congress`)."""
    first = 0
    while first < len(words) - 1 and (_ORDINAL.fullmatch(words[first].text) or
                                      words[first].text in _SESSION_KINDS):
        first += 1
    whole = _span(text, words[first].start, words[-1].end)
    if N.key(whole) in _ORG_NAMES:
        return Found(words[first].start, words[-1].end, "org", _ORG_NAMES[N.key(whole)], whole)
    inner = words[first:-1]
    if len(inner) == 2 and inner[1].text == _PARTY and inner[0].bare in ORG_ABBREVIATIONS:
        inner = inner[:1]          # `the 10th SED Party Congress`: the party's `Party Congress`
    if not inner:
        return None
    start = inner[0].start
    if len(inner) == 1 and inner[0].bare in ORG_ABBREVIATIONS:
        end = start + len(inner[0].bare)
        return Found(start, end, "org", _canonical(inner[0].bare), _span(text, start, end))
    spoken = _span(text, start, inner[-1].end)
    name = _ORG_NAMES.get(N.key(spoken))
    return Found(start, inner[-1].end, "org", name, spoken) if name else None


def _term(words: list[_Word]) -> int:
    """How many ordinals open `words` that number a body's term, not its name (`the Eighth
    CCP Central Committee`, `the Eleventh Central Committee`, `the Fifth NPC`, `the Fifth
    Supreme People's Assembly`): text before the body, as a congress's is; 0 before another
    head (`First Chief Directorate` is the name) or a meeting's word (`_numbered_party`)."""
    first = 0
    while first < len(words) - 1 and _ORDINAL.fullmatch(words[first].text):
        first += 1
    if not first:
        return 0                                      # most runs
    rest = words[first:]
    if any(w.text in _SESSION_HEADS for w in rest):
        return 0                   # `the Ninth CCP Congress`: the party inside the meeting
    committee = any(w.text == "CC" or w.text == "Committee" and i and
                    rest[i - 1].text == "Central" for i, w in enumerate(rest))
    return first if committee or rest[0].bare in ORG_ABBREVIATIONS or \
        _named_org(rest) is not None else 0


# The sovereign's, after `Her` or `His`, in a British body's name: `Her Majesty's Government`.
_MAJESTYS = ("Majesty's", "Majesty\u2019s")


def _leading(words: list[_Word]) -> int:
    """How many of the first `words` are sentence openers or titles (`The`, `Premier`): they
    begin no body's or building's name, but `General` before a body's name begins one
    (`General Department`, `General Supply Department`: `_general_body`)."""
    first = 0
    while first < len(words) and words[first].text in _LEADING:
        if words[first].text == _GENERAL and _general_body(words, first + 1):
            break
        if words[first].text in ("Her", "His") and first + 1 < len(words) and \
                words[first + 1].text in _MAJESTYS:
            break   # `Her Majesty's Government`: the sovereign's begins the body's name
        if _post_owns(words, first):
            break
        first += 1
    return first


def _post_owns(words: list[_Word], at: int) -> bool:
    """Do `words` from `at` on name a post in the possessive, its ranks first (`Prime
    Minister's Office`, `First Deputy Premier's Secretariat`)? The post's office is named
    after the whole post, so its rank begins the body's name."""
    while at < len(words) and words[at].text in _RANKS:
        at += 1
    return at < len(words) and words[at].text.endswith(_POSSESSIVE) and \
        words[at].bare in _POST_WORDS


def _general_body(words: list[_Word], at: int) -> bool:
    """Do `words` from `at` on, after a `General`, go on with a body's name that `General`
    is a word of: a head or a generic word (`General Department`, `General Political
    Department`, `General Staff`), or a word that is no title and a head (`General Supply
    Department`, `General Logistics Department`)? A title's name is a person's (`General
    Kim`, `General Secretary`)."""
    if at >= len(words):
        return False
    following = words[at].text
    if following in ORG_HEADS or following in GENERIC_MODIFIERS or \
            following in _GENERAL_HEADS:
        return True
    return at + 1 < len(words) and words[at + 1].text in ORG_HEADS and \
        following not in _LEADING and not following.endswith(_POSSESSIVE)


def _heads(words: list[_Word]) -> list[int]:
    """Where `words` have a body's head noun: one of ORG_HEADS, a party body in a heading's
    capitals (`POLITBURO`), a head only after `General` (`General Staff`), `Army` or
    `Supreme` (`Supreme Soviet`)."""
    return [i for i, w in enumerate(words) if w.text in ORG_HEADS or w.text in _CAPS_FLIPPED or
            w.text in _GENERAL_HEADS and i and words[i - 1].text == _GENERAL or
            w.text in _ARMY_HEADS and i and words[i - 1].text == _ARMY or
            w.text in _SUPREME_HEADS and i and words[i - 1].text == _SUPREME]


# A treaty's word for the states that make it (`the Contracting Party`, `each Contracting
# Party`): a party to it, no political party or other body.
_CONTRACTING = "Contracting"
# A title (`General Kim`, `General Secretary`) and a word of bodies' names (`General Department
# of the CC CPSU`, `General Assembly of the United Nations`, `General Supply Department`).
_GENERAL = "General"
# Words that are a body's head only after `General` (`the General Staff of the Soviet Army`;
# `staff` alone is people, `Embassy Staff` no body of its own).
_GENERAL_HEADS = {"Staff"}
# And after `Army`: a unit's name goes on to them (`the Thirteenth Army Group`, `the 38th Army
# Corps`; a group, a corps alone is no body).
_ARMY, _ARMY_HEADS = "Army", {"Group", "Corps"}
# And after `Supreme`: the Soviet parliament (`the Supreme Soviet of the USSR`, `the Presidium
# of the Supreme Soviet`); `Soviet` alone is the adjective.
_SUPREME, _SUPREME_HEADS = "Supreme", {"Soviet"}


def _named_org(words: list[_Word]) -> Found | None:
    """The body of ORG_NAMES that `words` (a run without its leading words) begin with."""
    if not words or N.key(words[0].text) not in _ORG_NAME_FIRSTS:
        return None
    known = _longest_known(tuple([w.text for w in words[:_ORG_NAME_WORDS]]), _ORG_NAMES, 2)
    if known is None:
        return None
    size, name, spoken = known
    last = words[size - 1]
    return Found(words[0].start, last.start + len(last.bare), "org", name, spoken)


def _of_object_end(runs: list[list[_Word]], index: int, text: str, by_start: dict[int, int],
                   known: dict[int, tuple[bool, int | None]]) -> int | None:
    """Where `Ministry of <this>` ends, following `of X of Y` chains; None when unsure.

    `known` keeps, for each run a chain has passed, where a chain from it ends; (True, None)
    when it ends where the chain arrived from. A long chain is then walked once, not once per
    link.
    """
    path: list[tuple[int, int]] = []      # (index, where its run's name ends), walked forward
    answer: tuple[bool, int | None] = (True, None)
    while index is not None:
        if index in known:
            answer = known[index]
            break
        run = runs[index]
        cut = next((i for i, w in enumerate(run) if w.text in _PERSON_TITLES), len(run))
        post = _post(run)
        if post > cut:
            cut = post            # `Office of the General Secretary`: named after the post
        if cut == 0:
            known[index] = answer = (True, None)      # ends where the chain arrived from
            break
        end = run[cut - 1].start + len(run[cut - 1].bare)
        if cut < len(run):
            known[index] = answer = (False, end)
            break
        more = _AND_MORE.match(text, end)
        if more:
            joined = _joined_object_end(runs, by_start.get(more.end() - 1), text, more,
                                        run[-1].bare)
            if joined is not None:
                known[index] = answer = (False, joined)   # `of Culture and Education`
            elif _and_begins_another(runs, by_start.get(more.end() - 1)):
                known[index] = answer = (False, end)  # `of Cuba and Chairman of ...`
            else:
                known[index] = answer = (False, None)  # `of the USSR and the ...`: unsure
            break
        path.append((index, end))
        tail = _OF.match(text, end)
        index = by_start.get(tail.end()) if tail else None
    for link, end in reversed(path):
        if answer[0]:                                 # the next link ends where this one does
            answer = (False, end)
        known[link] = answer
    return answer[1]


def _post(run: list[_Word]) -> int:
    """How many first words of `run` name a post (`General Secretary`, `President`, `First
    Deputy Premier`): the office named after it goes on to its end, not to the first title."""
    size = 0
    while size < len(run) and run[size].text in _POST_WORDS:
        size += 1
    while size and run[size - 1].text in _RANKS:
        size -= 1                                     # a post ends in its title: not `First`
    return size


# Words of a post an office is named after (`Office of the General Secretary`, `Secretariat of
# the First Deputy Premier`); the ranks among them end no post.
_RANKS = {"First", "Vice", "Deputy", "Prime"}
_POST_WORDS = _RANKS | {"General", "Secretary", "Secretary-General", "President", "Chairman",
                        "Premier", "Minister", "Director", "Ambassador"}


def _and_begins_another(runs: list[list[_Word]], after: int | None) -> bool:
    """Does the run after `of X and (the)` begin another name, so that an organisation's `of`
    chain ends at X? So when it opens with a title or an honorific (`Communist Party of Cuba
    and Chairman of ...`), holds a body's head (`of the DPRK and the Soviet Embassy`) or is a
    body's abbreviation alone (`Communist Party of the USA and the CPUSA`). Other words may go
    on with the name: `Department of the USSR and the European Socialist Countries`."""
    if after is None:
        return False
    run = runs[after]
    return run[0].text in _PERSON_TITLES or run[0].text in N.HONORIFICS or bool(_heads(run)) \
        or len(run) == 1 and run[0].bare in ORG_ABBREVIATIONS


def _joined_object_end(runs: list[list[_Word]], after: int | None, text: str,
                       more: re.Match, last: str) -> int | None:
    """Where an `of` object joined by `and` to the words after it ends (`Ministry of Culture
    and Education`, `of Foreign Affairs and Trade`, `of the Soviet Army and Navy`: one body),
    or None: a run of up to three words right after `and`, no article, that names no place,
    people or known body, begins no other name (`_and_begins_another`; but one armed service
    after another, `last`, is the same body's) and has no `of` after it (`the Ministry of
    Trade and Soviet specialists`, `and the European Socialist Countries` stay unsure)."""
    if after is None or more[0][len(" and "):].startswith("the") or \
            len(runs[after]) > _JOINED_WORDS:
        return None
    run = runs[after]
    first = run[0].bare
    if _and_begins_another(runs, after) and not (
            last in _SERVICES and len(run) == 1 and first in _SERVICES):
        return None
    if first == _PRONOUN_I or first in N.NATIONALITIES or _demonym(first) or \
            any(N.key(w.bare) in _PLACES or N.key(w.bare) in _ORG_NAMES for w in run):
        return None
    end = run[-1].start + len(run[-1].bare)
    return None if _OF.match(text, end) else end


_JOINED_WORDS = 3
_SERVICES = frozenset({"Army", "Navy", "Fleet"})   # `the Soviet Army and Navy`: one body's
# Another service after a body's `of` object that ends in one, no capitalized word after it
# (`of the Soviet Army and Navy general A.D. Lizichev`).
_AND_SERVICE = re.compile(r"[ \u00a0]and[ \u00a0](?:Army|Navy|Fleet)\b(?![ \u00a0]?[A-Z\-'\u2019])")
_OF = re.compile(r"[ \u00a0](?:of|for)[ \u00a0](?:the[ \u00a0])?")
_AND_MORE = re.compile(r"[ \u00a0]and[ \u00a0](?:the[ \u00a0])?" f"[{_UPPER}]")
# Heads whose name goes on with `of X`: `Ministry of Foreign Trade`, `League of Communists`.
_OF_HEADS = {"Ministry", "Department", "Bureau", "Office", "Commission", "Committee", "Academy",
             "University", "Institute", "Embassy", "League", "Party", "Union", "Federation",
             "Association", "Council", "Directorate", "Administration", "Agency", "Bank", "CC",
             "Court", "Soviet"}


def _places_in(run: list[_Word], text: str, words: _PlaceWords, supplied: dict[int, str],
               location_line: _LocationLine | bool,
               variants: dict[int, str] | None = None) -> list[Found]:
    found = []
    i = 0
    building = _building_in(run, text) if len(run) > 1 else None     # a head and a modifier
    if building is not None:
        found.append(building)
        i = next(j for j, w in enumerate(run) if w.end >= building.end) + 1
        town = _town_before(run, building, text)
        if town is not None:
            found.insert(0, town)
    elif run[-1].bare == _PARK and (park := _park_in(run, text)) is not None:
        found.append(park)
        i = len(run)
        town = _town_before(run, park, text)
        if town is not None:
            found.insert(0, town)
    elif any("-" in w.bare for w in run):
        paired = _hyphened_places(run, text)
        if paired:
            found.extend(_with_supplied(p, text, supplied) if supplied else p for p in paired)
            i = len(run)
    while i < len(run):
        match = _gazetteer_at(run, i)
        if match is None:
            i += 1
            continue
        size, canonical, spoken = match
        start = run[i].start
        if size == 2 and respaced_name(text, start, spoken):
            i += size             # `such as Wu Han`: a person's name, no Wuhan
            continue
        if i and canonical in _TOWNS_NAMED_AFTER_MEN and N.is_given_name(run[i - 1].bare):
            i += size             # `the Soviet Ship Maxim Gorky`: the man's name, no town
            continue
        last = run[i + size - 1]
        end = last.end if spoken.endswith(_POSSESSIVE) else last.start + len(last.bare)
        place = Found(start, end, "place", canonical, spoken)
        found.append(_with_supplied(place, text, supplied) if supplied else place)
        i += size
    if not found and run[-1].bare == _FRANKFURT:
        town = _frankfurt(run[-1], text)
        if town is not None:
            found.append(town)
    if not found and variants:
        again = _named_again(run, text, variants)
        if again is not None:
            found.append(again)
    if not found and len(run) == 1:
        context = _context_place(run[0], text, words, location_line)
        if context:
            found.append(context)
    elif not found and len(run) >= 2 and \
            run[(at := _cable_city(run)) - 1].bare.upper() in _CABLE_POSTS:
        # `FM AMEMBASSY SANTIAGO`: the post's city, a place as after `in`, read as prose
        # prints it (`Santiago`); a precedence after it stays text (`IMMEDIATE`)
        word = run[at]
        last = word.bare
        city = last.capitalize() if last.isupper() else last
        if words.plausible(city):
            found.append(Found(word.start, word.start + len(last), "place", city, last))
    if found and text.startswith(_QUALIFIER_START, found[-1].end):
        found[-1] = _qualified(found[-1], text)
    return found


# Towns named after a man, whose name after his given name is his (`Maxim Gorky`, `Palmiro
# Togliatti`), wherever the persons pass leaves it (a ship's name).
_TOWNS_NAMED_AFTER_MEN = frozenset({"Gorky", "Togliatti"})


# A State Department telegram's posts in its routing fields, before their city (`FM
# AMEMBASSY SANTIAGO`, `AMCONSUL RECIFE`): names.py CABLE_ADDRESSES's.
_CABLE_POSTS = frozenset({"AMEMBASSY", "AMEMB", "AMCONSUL", "AMCONGEN", "AMLEGATION"})
# The precedences a routing line may end with after the post's city (`FM AMEMBASSY SANTIAGO
# IMMEDIATE`, `INFO AMEMBASSY LIMA PRIORITY`, `NIACT IMMEDIATE`), in capitals.
_PRECEDENCES = frozenset({"IMMEDIATE", "PRIORITY", "ROUTINE", "FLASH", "NIACT"})


def _cable_city(run: list[_Word]) -> int:
    """The index of the run's last word before the precedences that end it (`SANTIAGO` of
    `AMEMBASSY SANTIAGO IMMEDIATE`): a post's city, if the word before it is a post's."""
    last = len(run) - 1
    while last > 1 and run[last].bare in _PRECEDENCES:
        last -= 1
    return last


def _hyphened_places(run: list[_Word], text: str) -> list[Found] | None:
    """The gazetteer places a hyphen joins in `run` (`the Japan-South Korea talks`, `the South
    Korea-US treaty`): each side a place, the side before naming one up to the hyphen and the
    side after one from it; else None. A hyphened word the gazetteer knows is one name
    (`Guinea-Bissau`, `Alma-Ata`), and a side that names no place leaves the words as they
    are (`Sino-Soviet`, `Soviet-Chinese`: adjectives, never places)."""
    sides: list[list[_Word]] = [[]]
    for word in run:
        if "-" not in word.bare or N.key(word.bare) in _PLACES:
            sides[-1].append(word)
            continue
        at = word.start
        for part in word.bare.split("-"):
            if at > word.start:
                sides.append([])
            sides[-1].append(_new_word((at, at + len(part), part, part)))
            at += len(part) + 1
    if len(sides) < 2:
        return None
    found = []
    for n, side in enumerate(sides):
        texts = [w.bare for w in side]
        if n == 0:                    # the longest name ending at the hyphen
            first = next((k for k in range(max(0, len(side) - _LONGEST), len(side))
                          if N.key(" ".join(texts[k:])) in _PLACES), None)
            if first is None:
                return None
            words = side[first:]
        else:                         # the longest name from the hyphen on, whole in between
            match = _gazetteer_phrase(tuple(texts[:_LONGEST]))
            if match is None or n < len(sides) - 1 and match[0] < len(side):
                return None
            words = side[:match[0]]
        end = words[-1].start + len(words[-1].bare)
        spoken = _span(text, words[0].start, end)
        found.append(Found(words[0].start, end, "place", _PLACES[N.key(spoken)], spoken))
    return found


_FRANKFURT = "Frankfurt"
# The river after `Frankfurt` that says which: East Germany's town on the Oder (`Frankfurt an
# der Oder`, `Frankfurt (Oder)`, `Frankfurt/Oder`) or the city on the Main that `Frankfurt`
# alone names (`Frankfurt am Main`, `Frankfurt/Main`).
_FRANKFURT_RIVER = re.compile(r"(?:[ \u00a0]an[ \u00a0]der[ \u00a0](Oder)|"
                              r"[ \u00a0]am[ \u00a0](Main)|/(Oder|Main))\b|"
                              r"[ \u00a0]\((Oder|Main)\)")
_FRANKFURTS = {"Oder": "Frankfurt (Oder)", "Main": _FRANKFURT}


def _frankfurt(word: _Word, text: str) -> Found | None:
    """`Frankfurt` with the river after it: a town of its own on the Oder, the city on the
    Main that `Frankfurt` alone is (found by context only) on the Main; else None."""
    end = word.start + len(word.text)
    match = _FRANKFURT_RIVER.match(text, end)
    if match is None:
        return None
    river = next(group for group in match.groups() if group)
    return Found(word.start, match.end(), "place", _FRANKFURTS[river],
                 _span(text, word.start, match.end()))


_QUALIFIER_START = (" (", "\u00a0(")
_QUALIFIER = re.compile(f"[ \u00a0]\\(([{_UPPER}][^\\W\\d_]+)\\)")


def _qualified(place: Found, text: str) -> Found:
    """`place` with the parenthesised word after it that says which (`Frankfurt (Oder)`, not
    Frankfurt am Main): a place of its own. A word that names a place itself (`Moscow
    (Russia)`), a people, a title or a newspaper is no such qualifier."""
    match = _QUALIFIER.match(text, place.end)
    if match is None or _shape_says(match[1]) is not None or match[1] in N.NATIONALITIES:
        return place
    spoken = f"{place.spoken} ({match[1]})"
    return Found(place.start, match.end(), "place", spoken, spoken)


def _named_again(run: list[_Word], text: str, variants: dict[int, str]) -> Found | None:
    """The run's words as the place the bracket right after them names again (`Long Chau
    [Longzhou]`, `Bang Tuong [Pingxiang]`: `other_name`), the bracket a variant."""
    end = run[-1].end
    content = variants.get(end + 1) if text[end:end + 1] in _SPACES else None
    first = _leading(run)
    if content is None or first == len(run):
        return None
    canonical = other_name([word.text for word in run[first:]], content)
    if canonical is None:
        return None
    start = run[first].start
    return Found(start, end, "place", canonical, _span(text, start, end))


# The last words a name goes on to after its other words' respelling in brackets (`Tsinghua
# [Qinghua] University`, `Tien An Men [Tiananmen] Square`): a building's, a school's, a
# river's or another feature's (`Yalu [Amnok] River`, `Taiwan [Formosa] Strait`).
_HEADS_AFTER_BRACKET = dict.fromkeys(_BUILDING_HEADS, "place") | dict.fromkeys(
    ("University", "College", "Institute", "Academy", "School"), "org") | dict.fromkeys(
    ("River", "Lake", "Mountains", "Strait", "Bay"), "place")


def _across_bracket(runs: list[list[_Word]], text: str, variants: dict[int, str]
                    ) -> list[Found]:
    """The names whose head follows a respelling in brackets of the words before it (`Tsinghua
    [Qinghua] University`, `Tien An Men [Tiananmen] Square`): one body or place with the
    bracket inside, registered by the bracket's spelling (the gazetteer's entry when it knows
    the name), the printed words its variant. Not after an acronym (`[JINR]`)."""
    by_end = {run[-1].end: run for run in runs}
    by_start = {run[0].start: run for run in runs}
    across = []
    for mark, content in variants.items():
        before, after = by_end.get(mark - 1), by_start.get(mark + 2)
        if before is None or after is None or content.isupper() or \
                text[mark - 1] not in _SPACES or text[mark + 1] not in _SPACES:
            continue
        head = after[0].text
        kind = _HEADS_AFTER_BRACKET.get(head)
        first = _leading(before)
        if kind is None or first == len(before):
            continue
        start = before[first].start
        spoken = f"{_span(text, start, before[-1].end)} {head}"
        name = f"{content} {head}"
        if kind == "place":
            name = _PLACES.get(N.key(name)) or _PLACES.get(N.key(spoken)) or name
        across.append(Found(start, after[0].end, kind, name, spoken))
    return across


def _building_in(run: list[_Word], text: str) -> Found | None:
    """The building or room a run names up to its last building word (`Fujian Room`, `Peking
    Hall`), if a word before that says which (`the Central Hall` names none); the gazetteer's
    entry when it knows the name (`Paracel Islands` are the Xisha Islands), with a title's
    word the gazetteer holds in it (`the Prince Edward Islands`). Not a name in quotation
    marks, a ship's or a work's (`the ships "Vietnam Heroico" and "Coral Island"`)."""
    last = len(run) - 1
    while last and run[last].bare not in _BUILDING_HEADS:
        last -= 1
    if not last:
        return None                                   # no building word after the first
    end = run[last].start + len(run[last].bare)
    first = next((k for k in range(_leading(run[:last])) if
                  N.key(_span(text, run[k].start, end)) in _PLACES), _leading(run[:last]))
    # `Moscow Red Square`: a town the gazetteer knows before a site it knows names the two
    # (`_places_in` marks the town); `Peking Hall`, `Moscow Art Theatre` are one building.
    first = next((k for k in range(first + 1, last) if
                  N.key(_span(text, run[k].start, end)) in _PLACES and
                  N.key(_span(text, run[first].start, run[k - 1].end)) in _PLACES), first)
    modifiers = [w.text for w in run[first:last] if w.text not in _BUILDING_HEADS]
    if not modifiers or all(m in GENERIC_MODIFIERS for m in modifiers) or \
            run[last].bare == "Room" and all(m in _ROOM_USES for m in modifiers):
        return None
    if text[run[first].start - 1:run[first].start] in _QUOTES and text[end:end + 1] in _QUOTES:
        return None
    spoken = _span(text, run[first].start, end)
    return Found(run[first].start, end, "place", _PLACES.get(N.key(spoken), spoken), spoken)


_QUOTES = frozenset('"\u201c\u201d\u201e')


def _park_in(run: list[_Word], text: str) -> Found | None:
    """The park a run names, its openers set aside (`In Gorky Park`: `park_name`), or None.
    The words before a park's two may be its town's (`Moscow Gorky Park`: `_places_in` marks
    the town, as before Red Square)."""
    first = _leading(run)
    if len(run) - first < 2:
        return None
    start, end = run[-2].start, run[-1].start + len(run[-1].bare)
    spoken = _span(text, start, end)
    if not park_name(spoken, text[max(0, start - 10):start]):
        return None
    return Found(start, end, "place", spoken, spoken)


def _town_before(run: list[_Word], site: Found, text: str) -> Found | None:
    """The gazetteer's town the run names before a site (`Moscow Red Square`: `_building_in`
    found Red Square), or None: the words between the openers and the site."""
    first = _leading(run)
    if run[first].start >= site.start:
        return None
    end = next(w.end for w in reversed(run) if w.start < site.start)
    spoken = _span(text, run[first].start, end)
    canonical = _PLACES.get(N.key(spoken))
    return None if canonical is None else Found(run[first].start, end, "place", canonical,
                                                spoken)


def _with_supplied(place: Found, text: str, supplied: dict[int, str]) -> Found:
    """`place`, or with the supplied words just before it when they begin its name: `[North]
    Korea`, `[Democratic People's Republic of] Korea` (North Korea, the `supplied` inside)."""
    before = place.start - 2
    if before < 0 or text[before] != OBJECT or text[before + 1] != " ":
        return place
    words = supplied.get(before)
    if not words or not words[0].isupper():
        return place
    combined = _PLACES.get(N.key(f"{words} {place.spoken}"))
    if combined is None:
        return place
    return Found(before, place.end, "place", combined, f"{words} {place.spoken}")


def _gazetteer_at(run: list[_Word], i: int) -> tuple[int, str, str] | None:
    """The longest gazetteer name of up to _LONGEST words at `run[i]`: (words, canonical,
    spoken)."""
    return _gazetteer_phrase(tuple([w.text for w in run[i:i + _LONGEST]]))


@N.word_cache
def _gazetteer_phrase(spellings: tuple[str, ...]) -> tuple[int, str, str] | None:
    """Cached: the same few words start a run in every paragraph. A name whose `'s` is its
    own (`St. George's`, `_OWN_POSSESSIVES`) keeps it."""
    if len(spellings) > 1 and spellings[1].endswith(_POSSESSIVE) and \
            N.key(" ".join(spellings[:2])) in _OWN_POSSESSIVES:
        spoken = " ".join(spellings[:2])
        return 2, _PLACES[N.key(spoken)], spoken
    return _longest_known(spellings, _PLACES)


# The keys of the gazetteer's names that end in a possessive of their own (`St. George's`,
# Grenada's capital), all of two words: `_longest_known` reads a last word's `'s` as the
# name's possessive (`Japan's`).
_OWN_POSSESSIVES = {N.key(form) for canonical, others in GAZETTEER.items()
                    for form in (canonical, *others) if form.endswith(_POSSESSIVE)}


def _longest_known(spellings: tuple[str, ...], known: dict[str, str], shortest: int = 1
                   ) -> tuple[int, str, str] | None:
    """The longest name in `known` (key -> name) that `spellings` begin with, of `shortest`
    words or more, the last without a possessive `'s`: (its words, the name, as written)."""
    for size in range(len(spellings), shortest - 1, -1):
        piece = spellings[:size]
        spoken = " ".join(piece[:-1]) + (" " if size > 1 else "") + _bare(piece[-1])
        name = known.get(N.key(spoken))
        if name:
            return size, name, spoken
    return None


def _context_place(word: _Word, text: str, words: _PlaceWords,
                   location_line: _LocationLine | bool) -> Found | None:
    """A single unknown capitalized word that context says is a place."""
    bare = word.bare
    if not words.plausible(bare):
        return None
    end = word.start + len(bare)
    if end < len(text) and text[end:end + 1] not in (" ", ".", ",", ";", ":", ")", "\u00a0", ""):
        if text[end:end + 2] not in _POSSESSIVE:
            return None
    if text[end + 1:end + 2].isdigit() and text[end:end + 1] in _SPACES:
        return None                # `Kilometre 101`, `Gate 3`: a name the number completes
    # The patterns end where the word starts: searched up to there, from as far back as a
    # match can begin (not the whole text before it, once per word).
    before = _PREPOSITION.search(text, max(0, word.start - 7), word.start)
    preposition = before[1] if before else _list_preposition(text, word.start, words)
    if preposition:
        if preposition == "from" and bare.endswith(_SURNAME_ENDINGS):
            return None            # `a report from Lewandowski`: a person
        if preposition == "at" and _GESTURE_AT.search(text, max(0, word.start - 14), word.start):
            return None            # `[Gesturing at Fahmy]`: a person
        if _PARTICLE_AFTER.match(text, end):
            return None            # `from Richard von Weizsäcker`: a given name
        linked = _LINKED_AFTER.match(text, end) if preposition != "from" else None
        if linked and not N.is_given_name(bare):
            # `at Mar del Plata`, `near Ras al-Khafji`: one name (`from Fernando do Amaral`
            # may be a man)
            end = linked.end()
            return Found(word.start, end, "place", text[word.start:end], text[word.start:end])
        return Found(word.start, end, "place", bare, bare)
    if _AFTER_COMMA.search(text, max(0, word.start - 3), word.start) and \
            _ONLY_STOPS.fullmatch(text, end) and location_line:
        return Found(word.start, end, "place", bare, bare)
    return None


_AFTER_COMMA = re.compile(r",[ \u00a0]$")
# A linking word or the Arabic article and a capitalized word after a town's first word (`Mar
# del Plata`, `Foz do Iguaçu`, `Ras al-Khafji`): the rest of its name, no text after a place.
_LINKED_AFTER = re.compile(r"[ \u00a0](?:(?:d[oa]s?|del)[ \u00a0]|(?:al|el)-)"
                           f"[{_UPPER}]" r"[^\W\d_]+(?:-[^\W\d_]+)*")
# Nothing but spaces and full stops up to the end (matched in place: slicing the rest of a
# long paragraph at every word after a comma would be quadratic).
_ONLY_STOPS = re.compile(r"[ .]*")
_LIST_END = re.compile(r"(?:and|or|,)[ \u00a0]$")
# A list item: a capitalized word, maybe a comma, one space. A list that a preposition opens
# (`from Shanxi, Kailuan, and Jixi`) is a chain of items with `from `, `in `, `at ` or `near `
# just before its first item.
_ITEM = re.compile(f"[{_UPPER}]" r"[\w\-]*(,?)[ \u00a0]")
# A word of its own, not the end of one: `that Kuroń and Michnik` opens no list with `at`.
_OPENS_LIST = re.compile(r"(?<!\w)(from|in|at|near)[ \u00a0]$")


def _list_preposition(text: str, start: int, words: _PlaceWords) -> str | None:
    """The preposition that opens the list the word at `start` is in (`from` of `from Shanxi,
    Kailuan, and Jixi`), or None when it is in no such list."""
    if not _LIST_END.search(text, max(0, start - 5), start):
        return None                                   # no `and `, `or ` or `, ` just before
    listed = _ListChains.of(text).list_before(start)
    if listed is None:
        return None
    chain, first, last = listed
    if words.first_implausible(text, chain, first) <= last:
        return None
    return _OPENS_LIST.search(text, max(0, chain.starts[first] - 5), chain.starts[first])[1]


class _ListChains:
    """The chains of list items in a text, found in one pass, so that asking for the list
    before each word of a long list costs no search back over it (the search it replaces
    was cubic in the length of a list).

    `before(start)` answers as the leftmost match ending at `start` of
    `PREP ((ITEM)+)(and|or) ` or `PREP ((ITEM with its comma)+)` (tests/test_places.py holds
    it to that pattern's answers).
    """

    def __init__(self, text: str):
        self.text = text
        self.ends: dict[int, tuple[_Chain, int]] = {}   # item end -> its chain and index
        position = 0
        while (match := _ITEM.search(text, position)) is not None:
            if match.start() and text[match.start() - 1] not in " \u00a0":
                position = match.start() + 1   # an item follows a space, never a letter
                continue
            chain = _Chain()
            while match is not None:
                self.ends[match.end()] = (chain, chain.add(match, text))
                position = match.end()
                match = _ITEM.match(text, position)
            chain.close()

    @staticmethod
    @lru_cache(maxsize=8)
    def of(text: str) -> _ListChains:
        return _ListChains(text)

    def before(self, start: int) -> str | None:
        """The items of the list that ends at `start`, or None when there is none."""
        listed = self.list_before(start)
        if listed is None:
            return None
        chain, first, last = listed
        return self.text[chain.starts[first]:chain.ends[last]]

    def list_before(self, start: int) -> tuple[_Chain, int, int] | None:
        """The chain of the list that ends at `start` and its first and last items."""
        conjunction = _CONJUNCTION_END.search(self.text, max(0, start - 4), start)
        end = conjunction.start() if conjunction else start
        if end not in self.ends:
            return None
        chain, last = self.ends[end]
        # Without `and`/`or` every item of the list has its comma.
        first = 0 if conjunction else chain.commas_from[last]
        opened = chain.opened_from[first] if first <= last else None
        if opened is None or opened > last:
            return None
        return chain, opened, last


class _Chain:
    """Items that follow one another, with what `_ListChains.before` asks of them."""

    def __init__(self) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []
        self.words: list[str] = []          # each item's word, without comma and space
        self.opens: list[bool] = []         # a preposition just before the item
        self.commas_from: list[int] = []    # the first item of the run of items with commas
                                            # that ends here (index + 1 when this has none)
        self.opened_from: list[int | None] = []  # the first item at or after i that
                                                 # a preposition precedes

    def add(self, item: re.Match, text: str) -> int:
        index = len(self.starts)
        self.starts.append(item.start())
        self.ends.append(item.end())
        self.words.append(text[item.start():item.start(1)])
        self.opens.append(bool(_OPENS_LIST.search(text, max(0, item.start() - 5),
                                                  item.start())))
        if not item.group(1):
            self.commas_from.append(index + 1)
        else:
            self.commas_from.append(self.commas_from[-1] if index and
                                    self.commas_from[-1] < index else index)
        return index

    def close(self) -> None:
        following = None
        self.opened_from = [None] * len(self.starts)
        for index in range(len(self.starts) - 1, -1, -1):
            if self.opens[index]:
                following = index
            self.opened_from[index] = following


_CONJUNCTION_END = re.compile(r"(?:and|or)[ \u00a0]$")


def _plausible_place_word(word: str, names: N.Names | None, words: _PlaceWords) -> bool:
    shape = _shape_says(word)
    if shape is not None:
        return shape
    return names is None or not (names.find_exact(word) is not None or
                                 names._authority_by_key.get(N.key(word)) is not None or
                                 words.in_person_name(word))


@N.word_cache
def _shape_says(word: str) -> bool | None:
    """What a word's shape and the word lists say of it as a place: True (the gazetteer's),
    False (never), None (plausible unless a person is called so). Cached across documents:
    unlike the rest of the verdict, it does not depend on the document's persons."""
    if len(word) < 3 or word.isupper() or not word[0].isupper() or not word[1:].islower() or \
            word.endswith("."):
        return False                                  # `St.` is no place alone
    if N.key(word) in _PLACES:
        return True
    if word in N.NOT_NAME or word in N.TITLES or word in N.HONORIFICS or \
            word in _NOT_CONTEXT_PLACE or word in _LANGUAGES or word in ORG_HEADS or \
            word in _EVENT_HEADS:
        return False
    if word in N.CHINESE_SURNAMES or word in N.KOREAN_SURNAMES or word in N.VIETNAMESE_SURNAMES:
        return False
    if word.endswith(("ese", "ism", "ist", "ish")) or word in N.NATIONALITIES or \
            word in _IRREGULAR_DEMONYMS or _demonym(word):
        return False
    return None


def _demonym(word: str) -> bool:
    """Is `word` the adjective of a gazetteer place's people, by its ending: `Syrian`,
    `Iranian`, `Italian`, `Canadian`, `Ukrainian`, `Chilean`, `Mexican`, `Pakistani`,
    `Somali`? (`Yanbian` and `Jixi` end so but make no gazetteer name.)"""
    stems = []
    if word.endswith("n"):
        stems.append(word[:-1])                                  # Syria-n, Cuba-n
    if word.endswith("an"):
        stems += [word[:-2], word[:-2] + "o"]                    # Chile-an, Mexic(o)-an
    if word.endswith("ian"):
        stem = word[:-3]                                         # Iran-ian, Ital(y)-ian
        stems += [stem, stem + "y", stem + "a", stem + "e"]
    if word.endswith("i"):
        stems += [word[:-1], word + "a"]                         # Pakistan-i, Somali(a)
    return any(N.key(stem) in _PLACES for stem in stems)


# A department named by two words joined by `and` (`the Organization and Guidance
# Department`, `the Propaganda and Agitation Department`, `the Science and Education
# Department of the KWP CC`): the word after `the` and before `and` is the name's, which the
# capitalized run after `and` began (`Guidance Department`). Not a place's or a people's
# word (`the Soviet and International Department`), nor a person's. So is an office's (`the
# Foreign and Commonwealth Office`), and one's that opens a line (an address under a letter).
_AND = " and "
_JOINED_FIRST = re.compile(r"(?:(?<![\w\-])[Tt]he[ \u00a0]|(?m:^))(?P<first>[A-Z][a-z]+)"
                           r"[ \u00a0]and[ \u00a0]\Z")
_JOINED_REACH = len("the and ") + 20
_DEPARTMENT_OPENING = re.compile(r"[A-Z][a-z]+[ \u00a0](?:" + "|".join(sorted(N.DEPARTMENTS))
                                 + r"|Office)\b")


def _joined_department(org: Found | _ChainOrg, text: str) -> Found | _ChainOrg:
    """`org` with the word joined to its first by `and` after `the`, when its first two words
    are a department's (`Guidance Department` of `the Organization and Guidance Department`):
    `_JOINED_FIRST`."""
    if not _DEPARTMENT_OPENING.match(text, org.start):
        return org
    joined = _JOINED_FIRST.search(text, max(0, org.start - _JOINED_REACH), org.start)
    if joined is None:
        return org
    first = joined.group("first")
    if N.key(first) in _PLACES or first in N.NATIONALITIES or _demonym(first) or \
            first in N.CHINESE_SURNAMES or first in N.KOREAN_SURNAMES:
        return org
    start = joined.start("first")
    if isinstance(org, _ChainOrg):
        if org.flipped is not None:
            return org
        return _ChainOrg(start, org.end, org.text, org.inner)
    return Found(start, org.end, "org", f"{first} and {org.name}", _span(text, start, org.end))


# A body named by two classes joined by `and` (`the Revolutionary Workers' and Peasants'
# Government`, `the Workers' and Peasants' Red Army`): the run after `and` began at the second
# (`Peasants' Government`); the first and up to two capitalized words before it are the
# name's, but for an article or a people's word (`The Hungarian Revolutionary ...`).
_CLASSES = r"(?:Workers|Peasants|Farmers|Soldiers|Toilers)['\u2019]"
_CLASS_OPENING = re.compile(_CLASSES + r"[ \u00a0][A-Z]")
_CLASS_FIRST = re.compile(r"(?<![\w\-'\u2019])(?P<first>(?:[A-Z][a-z]+[ \u00a0]){0,2}" + _CLASSES
                          + r")[ \u00a0]and[ \u00a0]\Z")
_CLASS_REACH = len("Workers' and ") + 30


def _joined_collective(org: Found | _ChainOrg, text: str) -> Found | _ChainOrg:
    """`org` with the class joined to its first by `and` and the words before that class
    (`Revolutionary Workers'` of `the Revolutionary Workers' and Peasants' Government`):
    `_CLASS_FIRST`."""
    if isinstance(org, _ChainOrg) or not _CLASS_OPENING.match(text, org.start):
        return org
    joined = _CLASS_FIRST.search(text, max(0, org.start - _CLASS_REACH), org.start)
    if joined is None:
        return org
    start = joined.start("first")
    for word in joined.group("first").split()[:-1]:
        if word not in _LEADING and word not in N.NATIONALITIES and \
                N.key(word) not in _PLACES and not _demonym(word):
            break
        start += len(word) + 1
    return Found(start, org.end, "org", _span(text, start, org.end), _span(text, start, org.end))


def _span(text: str, start: int, end: int) -> str:
    return text[start:end].replace("\u00a0", " ")


# -- marking -------------------------------------------------------------------------------

def mark_places(div: etree._Element, names: N.Names) -> etree._Element:
    """Mark places and organisations in `div`; `names.places`/`names.orgs` gather the register."""
    words = _PlaceWords(names)
    registers = _Registers(names, div)
    acronyms: dict[str, Entity] = {}                  # `[CPV]` after its body: `_add_acronym`
    again: dict[tuple[str, str], Entity] = {}         # `Guomindang [Kuomintang]`: `_variant_again`
    leaf_tags = sic_marks(div)
    capitalized = []       # (element, its level string once marked): what _mark_again reads
    for element in _department_posts(div, searchable(div, _SKIP)):
        text, marks, leaves = level_with(element, leaf_tags)
        if not _CAPITAL.search(text):
            continue                                  # every name starts with a capital
        if element.tag == _SUPPLIED and element.getparent().tag == _PLACE_NAME:
            continue            # `Nansha [Spratly] Islands`: a place's own bracket, marked whole
        # A supplied direction counts only right before a name (`[North] Korea`): without an
        # OBJECT and a space in the text, no child is asked about, and none need be read.
        supplied = _supplied(element, marks) if _BEFORE_NAME in text else {}
        # And another name only right after one (`Long Chau [Longzhou]`).
        variants = _variants(element, marks) if _AFTER_NAME in text or \
            _AFTER_NAME_NBSP in text else None
        found = _find(text, words, supplied, _LocationLine(element), leaves, variants)
        if not found and element.tag == _SIC and park_name(text, text_before(element)):
            found = [Found(0, len(text), "place", text, text)]   # `in <sic>Gorky Park</sic>`
        if found and element.tag in (_SIC, _SUPPLIED):
            # `US <sic>` ... `[sic] dollars`, `[US] dollars`: the currency's, read on after the
            # word (through the note).
            reading = text + _after_sic(element)
            found = [item for item in found if item.kind == "org" or
                     not begins_currency(item.spoken, reading, item.end)]
        if found and element.tag == _SUPPLIED and _completes_body(element, text, names):
            found = [item for item in found if item.kind == "place"]
        if found and element.tag == _ROLE_NAME:
            found = _post_bodies(text, found)
        if not found and element.tag == _SUPPLIED:
            found = _place_respelt(element, text, names)
        elif len(found) == 1 and element.tag == _SUPPLIED and \
                found[0].name in _SAME_PLACE_NAMES:
            found = _same_place_again(element, found[0])
        elif len(found) == 1 and element.tag == _SUPPLIED and \
                element.get("reason") == "variant":
            found = [_variant_again(element, found[0], text, names, again)]
        if element.tag == _GLOSS and len(found) == 1 and found[0].kind == "org":
            # `NATO [North Atlantic Treaty Organization]`: the body of the abbreviation before
            found = [_expanded(found[0], element, text)]
            found = [_translated(found[0], element, text, names)]
        if found and element.tag == _GLOSS:
            found = [_named_by_acronym(item, element, text) if item.kind == "org" else item
                     for item in found]
        spans = []
        for item in found:
            entity = registers.entity(item)
            entity.mentions += 1
            name = "placeName" if item.kind == "place" else "orgName"
            spans.append((item.start, item.end, new(name, ref=f"#{entity.id}")))
            if variants and item.kind == "org":
                _add_acronym(acronyms, item, entity, text, variants)
            elif element.tag == _GLOSS and item.kind == "org":
                _add_acronym_before(acronyms, item, entity, element, text)
        if spans:
            wrap_all(element, spans, (text, marks))
            text = level_with(element, None)[0]
        if element.tag != _ROLE_NAME:
            capitalized.append((element, text))   # a post holds no place (`_post_bodies`)
    _mark_again(div, registers, capitalized)
    if acronyms:
        _mark_acronyms(div, registers, acronyms)
    if _SOLIDARNOSC in names.orgs:
        _mark_solidarity_openings(div, registers)
    if again:
        _one_entry_again(div, names, again)
    if names.orgs:
        _state_versions(div, names)
        for entity in names.orgs.values():
            entity.generic = _generic_body(entity.name)
    return div


_SOLIDARNOSC = "org-solidarnosc"
# Before a word: the paragraph's start, or a sentence's end and spaces or a line end (a closing
# quotation mark between): `Solidarity` opens a sentence there.
_SENTENCE_OPENS = re.compile(r"(?:^|[.!?][\"\u201d']?\s+)\Z")
_CAPITALIZED_NEXT = re.compile(r"[ \u00a0](?:with\b|[A-Z])")
_SOLIDARITY_WORD = re.compile(r"(?<![\w\-])Solidarity(?![\w\-])")


def _mark_solidarity_openings(div: etree._Element, registers: _Registers) -> None:
    """`Solidarity` opening a sentence is the union too in a document that names the union
    elsewhere (`Solidarność`, `the leaders of Solidarity`): alone, not before `with` (`Solidarity
    with Cuba`), the common noun's, nor a capitalized word (`Solidarity Day`). Opening a
    sentence in a document that names no union, it is any solidarity (`_named_word`)."""
    for element in searchable(div, _SKIP):
        text, marks, _ = level_with(element, None)
        spans = []
        for word in _SOLIDARITY_WORD.finditer(text) if _SOLIDARITY in text else ():
            start, end = word.span()
            if _SENTENCE_OPENS.search(text[max(0, start - 4):start]) and \
                    not _CAPITALIZED_NEXT.match(text, end):
                entity = registers.entity(Found(start, end, "org", "Solidarno\u015b\u0107",
                                                _SOLIDARITY))
                entity.mentions += 1
                spans.append((start, end, new("orgName", ref=f"#{entity.id}")))
        if spans:
            wrap_all(element, spans, (text, marks))


def _generic_body(name: str) -> bool:
    """Is `name` a body every state or party has, naming none (`Ministry of Foreign Affairs`,
    `State Council`, `CC Presidium`), or an embassy, which names not where it is (`Soviet
    Embassy`)? Its entry is the document's own: `org-ministry-of-foreign-affairs` is China's
    ministry in one document and North Korea's in another."""
    words = name.split()
    if _POSTED_HEADS.intersection(words):
        return True
    return name not in _ONE_BODY_NAMES and all(word in _GENERIC_WORDS for word in words) and \
        any(word in ORG_HEADS or word in _EVERY_STATES for word in words)


def _state_version(name: str) -> str | None:
    """The generic body a state's name, abbreviation or people's adjective before it or
    after its `of` says whose it is (`DPRK Ministry of Foreign Affairs`, `Chinese Ministry of
    Foreign Affairs`, `Ministry of Foreign Affairs of the Hungarian People's Republic`:
    `Ministry of Foreign Affairs`), else None. Not the MFA's (`DPRK MFA` and `MFA` are two:
    `_qualified_body`)."""
    if _generic_body(name) or _EVERY_STATES.intersection(name.split()):
        return None
    first, _, rest = name.partition(" ")
    if rest and _generic_body(rest) and (
            _PLACES.get(N.key(first)) in _STATES_AND_REGIONS or first in N.NATIONALITIES or
            first in N.IRREGULAR_PEOPLES or _demonym(first)):
        return rest
    # the `of`s of the name's end only, leftmost last: a state's long name has its own
    version = None
    at = name.rfind(" of ")
    while at != -1 and len(name) - at <= _STATE_LONGEST:
        state = name[at + 4:]
        state = state[4:] if state.startswith("the ") else state
        if _PLACES.get(N.key(state)) in _STATES_AND_REGIONS and _generic_body(name[:at]):
            version = name[:at]
        at = name.rfind(" of ", 0, at)
    return version


# The most characters of a state's or region's name after a body's ` of the `.
_STATE_LONGEST = len(" of the ") + max(len(form) for canonical, others in
                                        _STATES_AND_REGIONS.items()
                                        for form in (canonical, *others))


def _state_versions(div: etree._Element, names: N.Names) -> None:
    """A generic body named alone in a document that names one state's version of it, and
    no other's (`the DPRK Ministry of Foreign Affairs`, before or after `the Ministry of
    Foreign Affairs`), is that state's: one entry, under the state's version's id, the bare
    name its variant."""
    versions: dict[str, list[Entity]] = {}
    for entity in names.orgs.values():
        bare = _state_version(entity.name)
        if bare is not None:
            versions.setdefault(N.key(bare), []).append(entity)
    if not versions:
        return                                        # most documents
    owners = {}
    for entity in names.orgs.values():
        found = versions.get(N.key(entity.name))
        if found is not None and len(found) == 1:
            owners[entity.id] = found[0]
    if not owners:
        return
    mentions = [element for element in div.iter(_ORG_NAME)
                if element.get("ref", "")[1:] in owners]
    for element in mentions:
        if _whose_else(element):
            owners.pop(element.get("ref", "")[1:], None)
    for ident, owner in owners.items():
        entity = names.orgs.pop(ident)
        for form in (entity.name, *entity.variants):
            owner.add_variant(form)
        owner.mentions += entity.mentions
    for element in mentions:
        owner = owners.get(element.get("ref", "")[1:])
        if owner is not None:
            element.set("ref", f"#{owner.id}")


# A possessive before a body's name says whose it is (`our Academy of Sciences` in a letter
# that names the USSR Academy of Sciences: the writer's own).
_POSSESSIVE_BEFORE = re.compile(r"(?<!\w)(?:[Oo]ur|[Yy]our|[Tt]heir|[Ii]ts|[Hh]is|[Hh]er|[Mm]y)"
                                r"[ \u00a0]\Z")
_AND_THEN = (" and ", " and the ")


def _whose_else(element: etree._Element) -> bool:
    """Does a generic body's mention say whose it is otherwise than by the state's version the
    document names: after a possessive (`our Academy of Sciences`), or before `and` and
    another body, whose `of` and state it may share (`Chairman of the State Council and
    Council of Ministers of the Republic of Cuba`)?"""
    previous = element.getprevious()
    before = (previous.tail if previous is not None else element.getparent().text) or ""
    if _POSSESSIVE_BEFORE.search(before[-8:]):
        return True
    following = element.getnext()
    return (element.tail or "") in _AND_THEN and following is not None and \
        following.tag == _ORG_NAME


def _department_posts(div: etree._Element, elements: list[etree._Element]
                      ) -> list[etree._Element]:
    """`elements`, and in document order with them the roleNames of the persons pass that
    hold a post's department (`Director of the West European Department`, names.py's
    `DEPARTMENTS`): the department is a body inside the post, where no other name is looked
    for inside a person."""
    posts = [role for role in div.iter(_ROLE_NAME)
             if len(role) == 0 and (role.text or "").rpartition(" ")[2] in N.DEPARTMENTS]
    if not posts:
        return elements   # most documents
    order = {element: n for n, element in enumerate(div.iter())}
    return sorted(elements + posts, key=order.__getitem__)


# A post's department that no head noun of a body ends, after `of` and maybe `the`, to the
# post's end: `of the China Division`, `of the Korea Section`.
_POST_DEPARTMENT = re.compile(f"of[ \u00a0]+(?:the[ \u00a0]+)?([{_UPPER}][^ \u00a0]*"
                              "(?:[ \u00a0]+[^ \u00a0]+)*?[ \u00a0]+(?:Division|Section))$")


def _post_bodies(text: str, found: list[Found]) -> list[Found]:
    """The bodies of a post's department (`_department_posts`): the schema's roleName holds a
    body but no place. A place named in a department that `Division` or `Section` ends, which
    head no body elsewhere (`the 38th Division`), makes it one (`Director of the China
    Division`, the China Division); a place outside it is text."""
    bodies = [item for item in found if item.kind == "org"]
    department = _POST_DEPARTMENT.search(text) if len(bodies) < len(found) else None
    if department is None or any(item.start >= department.start(1) for item in bodies):
        return bodies
    start, end = department.span(1)
    spoken = _span(text, start, end)
    return [*bodies, Found(start, end, "org", _ORG_NAMES.get(N.key(spoken), spoken), spoken)]


def _completes_body(supplied: etree._Element, text: str, names: N.Names) -> bool:
    """Does a bracket complete the name of the body marked just before it (`Xinhua [News
    Agency]`, the Xinhua News Agency)? Its words are that body's, no body of their own."""
    before = supplied.getprevious()
    if before is None or before.tag != _ORG_NAME or (before.tail or "") not in _SPACES:
        return False
    entity = names.orgs.get(before.get("ref", "")[1:])
    return entity is not None and entity.name.endswith(" " + text.strip())


def _place_respelt(supplied: etree._Element, text: str, names: N.Names) -> list[Found]:
    """The place marked just before a variant bracket, when the bracket spells its name with
    other accents or an apostrophe only (`Pyongyang [P'yŏngyang]`, the McCune-Reischauer
    form, which no word of `_WORD` reads whole): that place again, as `Kaesong [Gaeseong]`
    is by the gazetteer."""
    before = supplied.getprevious()
    if supplied.get("reason") != "variant" or before is None or before.tag != _PLACE_NAME or \
            (before.tail or "") not in _SPACES:
        return []
    entity = names.places.get(before.get("ref", "")[1:])
    spoken = text.strip()
    if entity is None or N.key(spoken) != N.key("".join(before.itertext())):
        return []
    start = text.index(spoken)
    return [Found(start, start + len(spoken), "place", entity.name, spoken)]


def _same_place_again(supplied: etree._Element, place: Found) -> list[Found]:
    """A variant bracket naming the place marked just before it another way (`Republic of
    China [Taiwan]`: `same_place`): that place again. Registered by that place's name, not
    the bracket's words: `Taiwan` is the island's entry's name, which a variant of the state's
    would claim for every `Taiwan` after it (and an earlier `Taiwan` would claim the
    bracket)."""
    before = supplied.getprevious()
    if supplied.get("reason") != "variant" or before is None or before.tag != _PLACE_NAME or \
            (before.tail or "") not in _SPACES:
        return [place]
    printed = same_place("".join(supplied.itertext()), "".join(before.itertext()) + " ")
    if printed is None:
        return [place]
    return [Found(place.start, place.end, "place", printed, printed)]


def _variant_again(supplied: etree._Element, item: Found, text: str, names: N.Names,
                   again: dict[tuple[str, str], Entity]) -> Found:
    """The body or the place marked just before a variant bracket that is the bracket's whole
    name (a possessive on both), when the bracket spells the body's name another way
    (`Guomindang's [Kuomintang's]`) or translates a site's with its head word (`Köztársaság
    Square [Republic Square]`): that entry again, the bracket's words its variant, as
    `Pak Heon-yeong [Pak Hon Yong]` is one person; kept in `again`, by the bracket's name,
    for its mentions elsewhere (`_one_entry_again`). Not an acronym (`_add_acronym`)."""
    before = supplied.getprevious()
    if before is None or before.tag != (_ORG_NAME if item.kind == "org" else _PLACE_NAME):
        return item
    tail, spoken = before.tail or "", text.strip()
    owned = tail[:-1] if tail[-1:] in _SPACES else None      # `'s` of `Guomindang's [`
    if owned not in ("", *_POSSESSIVE) or spoken != item.spoken + owned or \
            N.ACRONYM.fullmatch(item.spoken):
        return item
    table = names.orgs if item.kind == "org" else names.places
    entity = table.get(before.get("ref", "")[1:])
    if entity is None or N.key(entity.name) == N.key(item.name):
        return item
    if item.kind == "place":
        head = item.spoken.rsplit(None, 1)[-1]
        if head not in _BUILDING_HEADS or " " not in item.spoken or \
                "".join(before.itertext()).rsplit(None, 1)[-1] != head:
            return item
    again.setdefault((item.kind, N.key(item.name)), entity)
    return Found(item.start, item.end, item.kind, entity.name, item.spoken)


def _one_entry_again(div: etree._Element, names: N.Names,
                     again: dict[tuple[str, str], Entity]) -> None:
    """Make the entry a variant bracket's name has of its own (`Kuomintang` alone, before or
    after `Guomindang's [Kuomintang's]`) the entry of the name the bracket follows: its
    mentions point there, its forms are that entry's variants."""
    for kind, table in (("org", names.orgs), ("place", names.places)):
        for ident, entity in list(table.items()):
            owner = again.get((kind, N.key(entity.name)))
            if owner is None or owner is entity:
                continue
            for form in (entity.name, *entity.variants):
                owner.add_variant(form)
            owner.mentions += entity.mentions
            del table[ident]
            for element in div.iter(_ORG_NAME if kind == "org" else _PLACE_NAME):
                if element.get("ref") == f"#{ident}":
                    element.set("ref", f"#{owner.id}")


def _add_acronym(acronyms: dict[str, Entity], org: Found, entity: Entity, text: str,
                 variants: dict[int, str]) -> None:
    """Keep the acronym a bracket right after a body's name gives (`Chinese People's
    Volunteers [CPV]`, `Joint Institute for Nuclear Research [JINR]`) as that body's other
    name, unless it is a body's of its own (`[KCIA]`, `[PZPR]`; one of several bodies' is the
    one's the bracket follows, `[CPV]`, `[PLA]`). After an `of` chain only
    when it is the initials of the whole name: it may be the last link's (`Directorate of
    Foreign Relations of the DRV Ministry of National Defense [MNO]`, the ministry's)."""
    content = variants.get(org.end + 1) if text[org.end:org.end + 1] in _SPACES else None
    if content is None or not N.ACRONYM.fullmatch(content) or N.key(content) in _ORG_NAMES or \
            N.key(content) in _PLACES or \
            content in ORG_ABBREVIATIONS and content not in AMBIGUOUS_ABBREVIATIONS:
        return
    spoken = org.spoken
    if " of " in spoken and content != "".join(word[0] for word in spoken.split()
                                               if word[0].isupper()):
        return
    acronyms.setdefault(content, entity)


# Up to three words, each a capital and letters, right before a bracket: an acronym's words
# (`the MAC [`, `The GIU GKEhS [`) are read among them (`_acronym_before`).
_WORDS_BEFORE = re.compile(r"(?<![\w\-])((?:" f"[{_UPPER}][{_UPPER}a-z]" r"{1,13}[ \u00a0]){0,2}"
                           f"[{_UPPER}][{_UPPER}a-z]" r"{1,13})[ \u00a0]\Z")
# A Russian abbreviation in mixed case (`GKEhS`, `MVnT`, `GlavPU`): three capitals or more, or
# two and the last letter one; a name with two (`McDonald`) is none (as brackets.py reads one).
_MIXED_ABBREVIATION = re.compile(r"[A-Z][a-z]{0,4}[A-Z][a-z]{0,4}[A-Z][A-Za-z]{0,8}|"
                                 r"[A-Z][a-z]{0,4}[A-Z]")


def _acronym_before(gloss: etree._Element) -> tuple[str, str] | None:
    """The acronym printed right before a bracket (`the MAC [...]`; a Russian one in mixed case,
    of several words when one is, `The GIU GKEhS [...]`), and the text before the bracket, else
    None."""
    before = gloss.getprevious()
    prior = (before.tail if before is not None else gloss.getparent().text) or ""
    words = _WORDS_BEFORE.search(prior[-60:])
    if words is None:
        return None
    acronym = []
    for word in reversed(words.group(1).split()):
        if word in _CAPS_JOINERS or not (N.ACRONYM.fullmatch(word) or
                                         _MIXED_ABBREVIATION.fullmatch(word)):
            break
        acronym.insert(0, word)
    if len(acronym) > 1 and all(N.ACRONYM.fullmatch(word) for word in acronym):
        acronym = acronym[-1:]          # `125 MW KANUPP [...]`: a unit, then the acronym
    return (" ".join(acronym), prior) if acronym else None


def _expanded(org: Found | _ChainOrg, gloss: etree._Element, text: str) -> Found | _ChainOrg:
    """A gloss that is all a body's name after the abbreviation the module names that body by,
    its initials (`NATO [North Atlantic Treaty Organization]`): that body (`_abbreviated`)."""
    before = gloss.getprevious()
    if org.start != 0 or org.end != len(text.rstrip()) or before is None or \
            before.tag != _ORG_NAME or (before.tail or "") not in _SPACES:
        return org
    abbreviation = "".join(before.itertext())       # marked already, as the body it names
    if not _abbreviated(abbreviation, org):
        return org
    return Found(org.start, org.end, "org", _canonical(abbreviation), org.spoken)


# A body's head in small letters between its name and a gloss (`the Tudeh party [...]`).
_HEAD_BEFORE_GLOSS = re.compile(r" (party|front|movement) ")


def _translated(org: Found | _ChainOrg, gloss: etree._Element, text: str,
                names: N.Names) -> Found | _ChainOrg:
    """A gloss that is all a body's name, no body the module knows, translating the name
    before it and its head (`the Tudeh party [People's Party of Iran]`): that body, the
    gloss its other name, as an acronym's expansion is (`_expanded`)."""
    before = gloss.getprevious()
    if org.start != 0 or org.end != len(text.rstrip()) or before is None or \
            before.tag != _ORG_NAME or N.key(org.name) in _ORG_NAMES:
        return org
    head = _HEAD_BEFORE_GLOSS.fullmatch(before.tail or "")
    named = names.orgs.get(before.get("ref", "")[1:])
    if head is None or named is None or head[1].capitalize() not in org.spoken.split():
        return org
    return Found(org.start, org.end, "org", named.name, org.spoken)


def _add_acronym_before(acronyms: dict[str, Entity], org: Found, entity: Entity,
                        gloss: etree._Element, text: str) -> None:
    """Keep the acronym printed right before a bracket that expands it, the bracket all the
    body's name (`The KPA [Korean People's Army]`, `the MAC [Military Armistice Commission]`)
    as that body's other name, as `_add_acronym` keeps one after it, when it is no body or
    place of its own. A Russian one, in mixed case or of several words (`The GIU GKEhS [Main
    Engineering Directorate ...]`, `the MVnT [Ministry of Foreign Trade]`, `the GKES [State
    Committee for Foreign Economic Relations]`), abbreviates the Russian words: one in a
    line of capitals only, where any word may stand before a bracket, must be the initials of
    the name's capitalized words."""
    if org.start != 0 or org.end != len(text.rstrip()):
        return
    before = _acronym_before(gloss)
    if before is None:
        return
    content, prior = before
    if any(word in ORG_ABBREVIATIONS or N.key(word) in _ORG_NAMES or N.key(word) in _PLACES
           for word in content.split()) or \
            prior.isupper() and \
            content != "".join(word[0] for word in org.spoken.split() if word[0].isupper()):
        return
    acronyms.setdefault(content, entity)


# A word in capitals of its own, accented too: no letter, figure or hyphen joined to it (`CPV`,
# `ÁVH`, not `CPVs` or `CPV-2`); looked up among the acronyms, as an alternation of them all
# would be tried at every character.
_ACRONYM_WORD = re.compile(r"(?<![\w\-])" f"[{_UPPER}]{{2,}}" r"(?![\w\-])")


def _mark_acronyms(div: etree._Element, registers: _Registers,
                   acronyms: dict[str, Entity]) -> None:
    """Mark the acronym a bracket gave a body (`_add_acronym`) wherever it stands alone in the
    document, in the bracket too (`the CPV would leave`): the body's other name."""
    # A Russian one in mixed case or of several words (`GIU GKEhS`), by its last word.
    by_last: dict[str, list[str]] = {}
    for acronym in acronyms:
        if not _ACRONYM_WORD.fullmatch(acronym):
            by_last.setdefault(acronym.rpartition(" ")[2], []).append(acronym)
    for element in searchable(div, _SKIP):
        text, marks, _ = level_with(element, None)
        found = [(match.start(), match[0]) for match in _ACRONYM_WORD.finditer(text)
                 if match[0] in acronyms]
        if by_last:
            found.extend(_russian_acronyms(text, by_last))
            found.sort(key=lambda item: (item[0], -len(item[1])))    # the longest first
        spans = []
        for start, acronym in found:
            if spans and start < spans[-1][1]:
                continue                              # `GIU` inside `GIU GKEhS`
            end = start + len(acronym)
            entity = registers.entity(Found(start, end, "org", acronyms[acronym].name, acronym))
            entity.mentions += 1
            spans.append((start, end, new("orgName", ref=f"#{entity.id}")))
        if spans:
            wrap_all(element, spans, (text, marks))


# A capitalized word of its own: no letter, figure or hyphen joined to it.
_CAPITALIZED_WORD = re.compile(r"(?<![\w\-])" f"[{_UPPER}]" r"\w*(?![\w\-])")


def _russian_acronyms(text: str, by_last: dict[str, list[str]]) -> list[tuple[int, str]]:
    """Where the acronyms of `by_last`, by their last word, stand in `text` (`GIU GKEhS`),
    with no letter, figure or hyphen before them: (start, acronym)."""
    found = []
    for match in _CAPITALIZED_WORD.finditer(text):
        for acronym in by_last.get(match[0], ()):
            start = match.end() - len(acronym)
            if start >= 0 and text.startswith(acronym, start) and \
                    not (start and (text[start - 1].isalnum() or text[start - 1] in "-_")):
                found.append((start, acronym))
    return found


def _mark_again(div: etree._Element, registers: _Registers,
                capitalized: list[tuple[etree._Element, str]]) -> None:
    """Mark a place the document has named, that only context or a bracket made one, wherever
    its name recurs, before or after (`Bang Tuong [Pingxiang]` once, then `Bang Tuong` alone;
    `coal from Kailuan`, then `Kailuan` opening a sentence): a whole run of capitalized words,
    its opener or title set aside, written as the place was (the gazetteer's names are found
    everywhere already). `capitalized` are the elements of the first walk that have a capital,
    in order, with their level strings as it left them (`_recurring`)."""
    forms = {N.key(form): entity for entity in registers.names.places.values()
             for form in (entity.name, *entity.variants) if N.key(form) not in _PLACES}
    if not forms:
        return
    for element in _recurring(div, capitalized, forms):
        text, marks, _ = level_with(element, None)
        spans = []
        for run in _runs(text):
            words = run[_leading(run):]
            if not words:
                continue
            end = words[-1].start + len(words[-1].bare)
            spoken = _span(text, words[0].start, end)
            named = forms.get(N.key(spoken))
            if named is not None:
                entity = registers.entity(Found(words[0].start, end, "place", named.name, spoken))
                entity.mentions += 1
                spans.append((words[0].start, end, new("placeName", ref=f"#{entity.id}")))
        if spans:
            wrap_all(element, spans, (text, marks))


def _recurring(div: etree._Element, capitalized: list[tuple[etree._Element, str]],
               forms: dict[str, Entity]) -> list[etree._Element]:
    """The elements of `capitalized` whose level string may hold a run of one of these name
    keys, in order: most documents have none. A run's key is part of its text's (N.key folds,
    lowers and drops characters one by one), so the keys of all the level strings are made
    at once, a NUL (which no XML text holds) between each two, and searched once for each
    name; only the level strings of a name that is there are searched one by one. The first
    walk read every level string already: walking the body again, reading them all again
    and searching each cost as much as the first walk, and found nothing in most documents.

    An element that has no capital holds no run; an element's level string changes only when
    it is marked itself (which the first walk read again); an element that the first walk
    moved into a name it marked is not searched, as `searchable` would leave it out."""
    joined = "\0".join([text for _, text in capitalized]).replace(OBJECT, "")
    keys = _folded(joined).lower().translate(_KEY_OR_NUL)
    if not any(form in keys for form in forms):
        return []
    pieces = keys.split("\0")
    return [element for (element, _), piece in zip(capitalized, pieces)
            if any(form in piece for form in forms) and not _moved_inside(element, div)]


def _folded(text: str) -> str:
    """`ascii_fold(text)`, each character folded by itself (a NUL stays). Its `translate`
    is left out when `text` is in ASCII or holds none of the letters it transliterates: on a
    text with any other character, `str.translate` looks each character up one by one, and
    cost seventy times what the rest of the fold does."""
    if text.isascii():
        return text
    if _TRANSLITERATED.search(text):
        return ascii_fold(text)
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()


def _moved_inside(element: etree._Element, div: etree._Element) -> bool:
    """Is `element`, below `div`, inside a name now (or another element `searchable` skips)?"""
    for ancestor in element.iterancestors():
        if ancestor is div:
            return False
        if local(ancestor) in _SKIP:
            return True
    return False


# What N.key keeps of an ASCII text, in lower case (letters and digits), and the NULs
# `_recurring` puts between level strings: a table for `str.translate`, which drops the rest.
_KEY_OR_NUL = {code: None for code in range(128)
               if not ("a" <= chr(code) <= "z" or "0" <= chr(code) <= "9" or code == 0)}
# The letters `ascii_fold` transliterates (`ł`, `ß`, `ø`), which NFKD does not decompose.
_TRANSLITERATED = re.compile("[" + "".join(map(chr, _UNDECOMPOSED)) + "]")

_BEFORE_NAME, _AFTER_NAME, _AFTER_NAME_NBSP = OBJECT + " ", " " + OBJECT, "\u00a0" + OBJECT
_SIC, _NOTE = tag("sic"), tag("note")


def _after_sic(word: etree._Element) -> str:
    """What follows a `sic` word, read through the `[sic]` note after it as the quantities
    pass reads it (`through_sic`): ` dollars` after `US` of `US [sic] dollars`; after a
    supplied word its tail (` dollars` after the `[US]` of `[US] dollars`)."""
    tail = word.tail or ""
    note = word.getnext()
    if note is not None and note.tag == _NOTE and note.get("type") == "sic" and \
            not tail.strip():
        return note.tail or ""
    return tail


def _supplied(element: etree._Element, marks: list[int]) -> dict[int, str]:
    """The text of each childless `supplied` child of `element`, by its OBJECT mark."""
    return {mark: (child.text or "") for mark, child in zip(marks, element)
            if plain_supplied(child)}


def _variants(element: etree._Element, marks: list[int]) -> dict[int, str]:
    """The text of each `supplied` child of `element` that the brackets pass read as another
    name of the words before it (`reason="variant"`), by its OBJECT mark."""
    return {mark: "".join(child.itertext()) for mark, child in zip(marks, element)
            if child.tag == _SUPPLIED and child.get("reason") == "variant"}


_SUPPLIED = tag("supplied")
_GLOSS = tag("gloss")
_ORG_NAME = tag("orgName")
_PLACE_NAME = tag("placeName")
_ROLE_NAME = tag("roleName")


class _LocationLine:
    """Is `element` a `Location:` paragraph? Asked only when a word's context needs it:
    reading a paragraph's whole text for every paragraph cost more than the answer."""

    def __init__(self, element: etree._Element):
        self.element = element
        self._answer: bool | None = None

    def __bool__(self) -> bool:
        if self._answer is None:
            self._answer = local(self.element) == "p" and \
                bool(_LOCATION_LINE.match("".join(self.element.itertext())))
        return self._answer


def register(names: N.Names, item: Found) -> Entity:
    """The entity `item` names in `names.places` or `names.orgs`, added when new."""
    return _Registers(names).entity(item)


class _Registers:
    """`names.places` and `names.orgs`, and for each the first entity (in table order) that
    each name key belongs to: one look-up per mention instead of comparing every entity's
    names and variants. Kept up to date as entities and variants are added."""

    def __init__(self, names: N.Names, div: etree._Element | None = None):
        self.names = names
        self._div = div                     # the document, read for `meant` only
        self._meanings: dict[str, str | None] = {}
        self._first: dict[str, dict[str, tuple[int, Entity]]] = {"place": {}, "org": {}}
        # The state a body of the MFA's entry is the body of (`_state_body`), by its id.
        self._states: dict[str, str] = {}
        for kind in self._first:
            for order, entity in enumerate(self._table(kind).values()):
                self._claim(kind, order, entity, (entity.name, *entity.variants))

    def _table(self, kind: str) -> dict:
        return self.names.places if kind == "place" else self.names.orgs

    def _claim(self, kind: str, order: int, entity: Entity, forms: tuple[str, ...]) -> None:
        first = self._first[kind]
        for form in forms:
            held = first.get(N.key(form))
            if held is None or held[0] > order:
                first[N.key(form)] = (order, entity)

    def entity(self, item: Found) -> Entity:
        """The entity `item` names, added when new (`register`)."""
        if item.kind == "org" and item.name.partition(" ")[0] in AMBIGUOUS_ABBREVIATIONS:
            item = self.meant(item)
        elif item.kind == "org" and item.name in SHARED_NAMES:
            item = self.shared(item)
        first = self._first[item.kind]
        # Of the entities the name and the spoken form belong to, the first in table order.
        held = first.get(N.key(item.name))
        other = first.get(N.key(item.spoken))
        if other is not None and (held is None or other[0] < held[0]):
            held = other
        qualified = _state_qualified(item.name) if item.kind == "org" else None
        if held is None and qualified is not None:
            held = self._state_body(qualified)
        if held is not None:
            order, entity = held
            known = len(entity.variants)
            entity.add_variant(item.spoken)
            if len(entity.variants) > known:
                self._claim(item.kind, order, entity, tuple(entity.variants[known:]))
            return entity
        table = self._table(item.kind)
        base = f"{item.kind}-{N.slug(item.name)}"
        ident, n = base, 1
        while ident in table or ident in self.names.persons:
            n += 1
            ident = f"{base}-{n}"
        entity = Entity(id=ident, name=item.name)
        entity.add_variant(item.spoken)
        table[ident] = entity
        self._claim(item.kind, len(table) - 1, entity, (entity.name, *entity.variants))
        if qualified is not None and qualified[1] not in _EVERY_STATES:
            self._states[ident] = N.key(qualified[0])
            self._claim(item.kind, len(table) - 1, entity, (qualified[1],))
        return entity

    def meant(self, item: Found) -> Found:
        """A body named by an ambiguous abbreviation (`PLA`, `CC of the PLA`) under the name of
        the one body of `AMBIGUOUS_ABBREVIATIONS` the document writes out (`Party of Labour of
        Albania`: `Party of Labour of Albania Central Committee`, the entry of `Central
        Committee of the Party of Labour of Albania`); as it is when it writes out none or
        more than one. The document is read once, at its first such abbreviation."""
        abbreviation = item.name.partition(" ")[0]
        if abbreviation not in self._meanings:
            keyed = N.key("".join(self._div.itertext())) if self._div is not None else ""
            meanings = [meaning for meaning in AMBIGUOUS_ABBREVIATIONS[abbreviation]
                        if any(form in keyed for form in _FORMS_OF[meaning])]
            self._meanings[abbreviation] = meanings[0] if len(meanings) == 1 else None
        meaning = self._meanings[abbreviation]
        if meaning is None:
            return item
        return Found(item.start, item.end, "org", meaning + item.name[len(abbreviation):],
                     item.spoken)

    def shared(self, item: Found) -> Found:
        """A name several bodies bore (`SHARED_NAMES`: `Ministry of State Security`) as the
        body's whose other names the document writes (`MfS`, `Stasi`); as it is in one that
        writes none. The document is read once, at the name's first mention."""
        if item.name not in self._meanings:
            text = "".join(self._div.itertext()) if self._div is not None else ""
            body, forms = SHARED_NAMES[item.name]
            self._meanings[item.name] = body if forms.search(text) else None
        meaning = self._meanings[item.name]
        return item if meaning is None else Found(item.start, item.end, "org", meaning,
                                                  item.spoken)

    def _state_body(self, qualified: tuple[str, str]) -> tuple[int, Entity] | None:
        """The entry of a body of a state's MFA (`USSR MFA Far Eastern Department`) under the
        MFA's body written without the state (`MFA Far Eastern Department`, `Far Eastern
        Department of the MFA`): the same body, where the document writes both, unless that
        entry is already another state's (`DPRK MFA Far Eastern Department`). Not the MFA
        itself: `DPRK MFA` and `MFA` are two (`_qualified_body`)."""
        state, bare = qualified
        held = self._first["org"].get(N.key(bare))
        if held is None or bare in _EVERY_STATES or \
                self._states.setdefault(held[1].id, N.key(state)) != N.key(state):
            return None
        return held


# The keys of the names of each body an ambiguous abbreviation names, written out
# (`partyoflabourofalbania`, `albanianpartyoflabour`): what `_Registers.meant` looks for.
_FORMS_OF = {meaning: (N.key(meaning), *(N.key(other) for other, name in ORG_OTHER_NAMES.items()
                                         if name == meaning))
             for meanings in AMBIGUOUS_ABBREVIATIONS.values() for meaning in meanings}
