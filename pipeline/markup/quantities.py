"""Quantities: `measure` with @quantity (or @min/@max), @unit and @commodity, and `num/@value`
for counts of things (`11 million [people]`, `20,000 people`, `twenty thousand workers`).

A measure is a number (digits, `2.4 million`, `Four million`, `two hundred thousand`, `half a
million`) or a range (`2 to 2.5`) followed by a unit of the vocabulary in UNITS; the commodity
is what follows as `of X` up to a new phrase (`600,000 tons of chemical fertilizer`, `500 tons
of steel over two years`) or a supplied bracket `[of cotton]`. A text is read through its
`[sic]` marks (`1,000,000 troops [sic]` is a count). Anything the patterns are not sure of
stays plain text: no value is better than a wrong one.
"""

from __future__ import annotations

import re
from decimal import Decimal

from lxml import etree

from .. import names as N
from ..inline import (OBJECT, Cover, in_level, level_with, plain_supplied,
                      searchable, sic_marks, through_sic, wrap_all)
from ..read import MONTHS
from ..tei import new, tag

_SKIP = frozenset({"persName", "roleName", "addName", "placeName", "orgName", "date", "time",
                   "measure", "num", "desc", "gap", "speaker", "ptr", "pb", "milestone",
                   "label"})
_SIC = tag("sic")
_MEASURE_TAG = tag("measure")
_PLACE = tag("placeName")

# The unit vocabulary: normalized unit -> the forms archival English writes.
UNITS: dict[str, tuple[str, ...]] = {
    "ton": ("tons", "ton", "tonnes", "tonne", "metric tons", "metric ton"),
    "kilogram": ("kilograms", "kilogram", "kilos", "kilo", "kg"),
    "gram": ("grams", "gram"),
    "jeongbo": ("jeongbo", "jongbo", "chongbo", "chŏngbo", "jeongbos"),
    "mu": ("mu", "mou"),
    "dan": ("dan",),
    "jin": ("jin", "catties", "catty"),
    "hectare": ("hectares", "hectare", "ha"),
    "acre": ("acres", "acre"),
    "kilometer": ("kilometers", "kilometres", "kilometer", "kilometre", "km"),
    "meter": ("meters", "metres", "meter", "metre"),
    "mile": ("miles", "mile"),
    # `feet` only: `foot` after a number is as often the soldiers' (`3,000 foot soldiers`).
    "foot": ("feet",),
    # Areas: a length's name after `square` (`square-kilometer`, as `kilometer` is named).
    "square-kilometer": ("square kilometers", "square kilometres", "square kilometer",
                         "square kilometre", "square km", "sq. km", "sq km", "sq.km",
                         "sq. kilometers", "sq. kilometres", "km²", "km2"),
    "square-meter": ("square meters", "square metres", "square meter", "square metre",
                     "sq. meters", "sq. metres", "m²"),
    "square-mile": ("square miles", "square mile", "sq. miles", "sq miles"),
    # `square foot` and `cubic foot` are a unit whatever follows (`a 5,000 square foot hall`).
    "square-foot": ("square feet", "square foot", "sq. feet"),
    # Volumes, named so too (`15,000 cubic meters of water`, `5 million m3`).
    "cubic-meter": ("cubic meters", "cubic metres", "cubic meter", "cubic metre", "m3", "m³"),
    "cubic-foot": ("cubic feet", "cubic foot"),
    "liter": ("liters", "litres", "liter", "litre"),
    "barrel": ("barrels", "barrel"),
    "percent": ("percent", "per cent", "%"),
    # A bomb's yield and a reactor's power (`20 kilotons`, `3 megatons`, `1 Mt`, `600 MW`).
    "kiloton": ("kilotons", "kiloton", "kt"),
    "megaton": ("megatons", "megaton", "Mt"),
    # A ship's speed (`20 knots`; `12 kt` at sea: `_at_sea`).
    "knot": ("knots", "knot"),
    "kilowatt": ("kilowatts", "kilowatt", "kW"),
    "megawatt": ("megawatts", "megawatt", "MW"),
    "gigawatt": ("gigawatts", "gigawatt", "GW"),
    # A radiation dose rate, as the reports of Chernobyl give it (`1,000 roentgens per hour`,
    # `10 milliroentgens per hour`): one unit, named as the areas are.
    "roentgen-per-hour": ("roentgens per hour", "roentgen per hour", "roentgens an hour"),
    "milliroentgen-per-hour": ("milliroentgens per hour", "milliroentgen per hour",
                               "milliroentgens an hour"),
    # A temperature, or an angle: the text seldom says which scale (`minus 50 degrees`:
    # `_MINUS`).
    "degree": ("degrees", "degree"),
}
# Money: the ISO 4217 code of the currency the text names (the code of the currency, not of
# one issue of it: rubles of 1950 and of 1980 are both RUB), or, where the text names only a
# denomination that several states' currencies share, the denomination: `won` (the archive
# holds both Korean states' documents), `franc`, `rupee` (India's and Pakistan's), `lira`
# (Italy's and Turkey's), `dinar`, `rial`, `riyal`, `kwacha`. `dollars` alone are US dollars,
# as in the archive's translations; `pounds` and `marks` alone are not money (a weight, a
# noun; `marks` after a scale are: `_SCALED_UNITS`). The units of account
# of the East's trade, which ISO 4217 never coded, are named as the areas are, in words joined
# by hyphens: the CMEA's `transferable-ruble`, the GDR's `valuta-mark`, a clearing account's
# `clearing-dollar` and `clearing-ruble`, and `convertible-currency`, an amount in hard
# currency whose currency the text does not name (`2 billion convertible currency`, and `2
# billion in convertible currency`: `_ENDING`).
CURRENCIES: dict[str, tuple[str, ...]] = {
    "USD": ("dollars", "dollar", "US dollars", "U.S. dollars", "USA dollars", "American dollars"),
    # Other states' dollars by whose, in words (`Caribbean` alone too: the places pass would
    # mark it a place in `East Caribbean dollars`, `Taiwan` so in `New Taiwan dollars`).
    "CAD": ("Canadian dollars", "Canadian dollar"),
    "AUD": ("Australian dollars", "Australian dollar"),
    "NZD": ("New Zealand dollars", "New Zealand dollar"),
    "XCD": ("East Caribbean dollars", "Caribbean dollars"),
    "SGD": ("Singapore dollars", "Singaporean dollars"),
    "ZWD": ("Zimbabwe dollars", "Zimbabwean dollars"),
    "TWD": ("Taiwan dollars", "New Taiwan dollars"),
    "RUB": ("rubles", "roubles", "ruble", "rouble", "Soviet rubles", "Soviet roubles"),
    "CNY": ("yuan", "renminbi", "RMB", "Chinese yuan"),
    "KPW": ("North Korean won",),
    "KRW": ("South Korean won",),
    "won": ("won", "Korean won"),
    "JPY": ("yen", "Japanese yen"),
    "GBP": ("pounds sterling", "sterling", "British pounds"),
    "HKD": ("Hong Kong dollars", "HK dollars"),
    "FRF": ("French francs", "French franc"),
    "CHF": ("Swiss francs", "Swiss franc"),
    "BEF": ("Belgian francs", "Belgian franc"),
    "LUF": ("Luxembourg francs", "Luxembourg franc"),
    "franc": ("francs", "franc"),
    "DEM": ("Deutsche marks", "Deutschmarks", "Deutsche Mark", "Deutschmark", "West German marks",
            "DM"),
    # The GDR's mark, also called the Ostmark, and by its own name (`Mark der DDR`); `marks of
    # the GDR` and `DM (East)` too (`_STATE_AFTER`).
    "DDM": ("East German marks", "GDR marks", "DDR marks", "Ostmarks", "Ostmark", "Mark der DDR",
            "Marks der DDR"),
    # Finland's markka, in English the Finnish mark too; `schillings` alone Austria's (East
    # Africa's and Britain's are `shillings`).
    "FIM": ("markkas", "markka", "markkaa", "Finnish marks", "Finnish markkas",
            "Finnish markka"),
    "ATS": ("schillings", "schilling", "Austrian schillings", "Austrian schilling"),
    # `guilders` alone were the Netherlands', Suriname's and the Netherlands Antilles'.
    "NLG": ("Dutch guilders", "Netherlands guilders", "Dutch guilder"),
    "guilder": ("guilders", "guilder", "gulden"),
    "INR": ("Indian rupees",),
    "PKR": ("Pakistani rupees", "Pakistan rupees"),
    "rupee": ("rupees", "rupee"),
    "ITL": ("Italian lire", "Italian lira"),
    "TRY": ("Turkish lira", "Turkish liras", "Turkish lire", "Turkish pounds"),
    "lira": ("lire", "lira", "liras"),
    "IQD": ("Iraqi dinars", "Iraqi dinar"),
    "JOD": ("Jordanian dinars", "Jordanian dinar"),
    "KWD": ("Kuwaiti dinars", "Kuwaiti dinar"),
    "LYD": ("Libyan dinars", "Libyan dinar"),
    "DZD": ("Algerian dinars", "Algerian dinar"),
    "TND": ("Tunisian dinars", "Tunisian dinar"),
    # Yugoslavia's dinar had a code of each issue, YUD that of 1966 to 1989.
    "YUD": ("Yugoslav dinars", "Yugoslav dinar", "Yugoslavian dinars"),
    "dinar": ("dinars", "dinar"),
    # The pounds of the Middle East and Cyprus by whose (`pounds` alone stay no money: a
    # weight), some called lira too (`Syrian lira`); Israel's pound until the shekel of 1980.
    "EGP": ("Egyptian pounds", "Egyptian pound"),
    "SYP": ("Syrian pounds", "Syrian pound", "Syrian lira"),
    "LBP": ("Lebanese pounds", "Lebanese pound", "Lebanese lira"),
    "CYP": ("Cypriot pounds", "Cypriot pound", "Cyprus pounds"),
    # `lirot` the Hebrew plural of the Israeli lira.
    "ILP": ("Israeli pounds", "Israeli pound", "Israeli lira", "Israeli lirot", "lirot"),
    "ILS": ("shekels", "shekel", "Israeli shekels", "new Israeli shekels"),
    # Sudan's pound by the code of today's, as the lev's and the leu's (the Sudanese dinar came
    # between).
    "SDG": ("Sudanese pounds", "Sudanese pound"),
    # `rials` alone were Iran's, Oman's and North Yemen's, `riyals` Saudi Arabia's and
    # Qatar's: alone the denomination, as `lira`.
    "IRR": ("Iranian rials", "Iranian rial"),
    "OMR": ("Omani rials", "Omani rial", "Omani riyals"),
    "YER": ("Yemeni rials", "Yemeni riyals"),
    "rial": ("rials", "rial"),
    "SAR": ("Saudi riyals", "Saudi riyal", "Saudi rials"),
    "QAR": ("Qatari riyals", "Qatari riyal"),
    "riyal": ("riyals", "riyal"),
    # `dirhams` alone were Morocco's and the United Arab Emirates'.
    "MAD": ("Moroccan dirhams", "Moroccan dirham"),
    "AED": ("UAE dirhams", "UAE dirham", "U.A.E. dirhams", "Emirati dirhams",
            "United Arab Emirates dirhams"),
    "dirham": ("dirhams", "dirham"),
    "ALL": ("leks", "lek", "lekë", "Albanian leks", "Albanian lek"),
    "GRD": ("drachmas", "drachmae", "drachma", "Greek drachmas"),
    "PLN": ("złoty", "zloty", "złotys", "zlotys", "Polish złoty", "Polish zloty", "Polish zlotys"),
    "HUF": ("forints", "forint", "Hungarian forints", "Hungarian forint"),
    "CSK": ("Czechoslovak crowns", "Czechoslovak korunas", "Czechoslovak koruny",
            "Czechoslovak koruna"),
    # `Czech crowns` were Czechoslovakia's in the records, and the Czech Republic's since 1993.
    "koruna": ("korunas", "koruny", "koruna", "Czech crowns", "Czech korunas"),
    # The Scandinavian crowns: `kronor` Sweden's, `kroner` Denmark's and Norway's; the
    # singular `krona` is Iceland's too.
    "SEK": ("Swedish kronor", "Swedish krona", "Swedish crowns"),
    "DKK": ("Danish kroner", "Danish krone", "Danish crowns"),
    "NOK": ("Norwegian kroner", "Norwegian krone", "Norwegian crowns"),
    "krona": ("kronor", "krona"),
    "krone": ("kroner", "krone"),
    "IDR": ("rupiah", "rupiahs", "Indonesian rupiah"),
    "BGN": ("leva", "lev", "Bulgarian leva", "Bulgarian lev"),
    "RON": ("lei", "leu", "Romanian lei", "Rumanian lei", "Romanian leu"),
    "CUP": ("Cuban pesos", "Cuban peso"),
    "CLP": ("Chilean pesos", "Chilean peso"),
    "MXN": ("Mexican pesos", "Mexican peso"),
    "ARS": ("Argentine pesos", "Argentinian pesos", "Argentine peso"),
    "peso": ("pesos", "peso"),
    # The currencies of the records of Africa, Latin America and South-East Asia. `escudos`
    # alone were Portugal's, its colonies' and Cape Verde's (and Chile's before 1975);
    # `colones` Costa Rica's and El Salvador's (`colon`); `shillings` East Africa's and Somalia's,
    # and Britain's before 1971, a twentieth of a pound (`shilling`).
    "ETB": ("birr", "Ethiopian birr"),
    "ZAR": ("rand", "South African rand"),
    "AOA": ("kwanzas", "kwanza", "Angolan kwanzas", "Angolan kwanza"),
    "PTE": ("Portuguese escudos", "Portuguese escudo"),
    "CVE": ("Cape Verdean escudos", "Cape Verde escudos"),
    # The Angolan and Mozambican escudos, replaced in 1977 and 1980, had no code.
    "escudo": ("escudos", "escudo", "Angolan escudos", "Mozambican escudos"),
    "NIO": ("córdobas", "cordobas", "córdoba", "cordoba", "Nicaraguan córdobas",
            "Nicaraguan cordobas"),
    "GTQ": ("quetzales", "quetzals", "quetzal", "Guatemalan quetzales"),
    "ECS": ("sucres", "sucre", "Ecuadorian sucres"),
    "CRC": ("Costa Rican colones", "Costa Rican colón"),
    "SVC": ("Salvadoran colones", "Salvadorean colones", "Salvadoran colón"),
    "colon": ("colones", "colón"),
    "KES": ("Kenyan shillings", "Kenya shillings"),
    "TZS": ("Tanzanian shillings", "Tanzania shillings"),
    "UGX": ("Ugandan shillings", "Uganda shillings"),
    "SOS": ("Somali shillings",),
    "shilling": ("shillings", "shilling"),
    # `kwacha` alone were Zambia's and Malawi's.
    "ZMW": ("Zambian kwacha",),
    "MWK": ("Malawian kwacha", "Malawi kwacha"),
    "kwacha": ("kwacha", "kwachas"),
    "MZN": ("meticais", "metical", "meticals", "Mozambican meticais"),
    "NGN": ("naira", "Nigerian naira"),
    "GHS": ("cedis", "cedi", "Ghanaian cedis", "Ghana cedis"),
    "KHR": ("riels", "riel", "Cambodian riels"),
    "LAK": ("kip", "Lao kip", "Laotian kip"),
    "VND": ("dong", "Vietnamese dong"),
    # Afghanistan's, Mongolia's (in English and in Mongolian) and Bangladesh's.
    "AFN": ("afghanis", "afghani", "Afghan afghanis"),
    "MNT": ("tugriks", "tugrik", "tögrög", "tögrögs", "tugrugs", "tugrug", "Mongolian tugriks"),
    "BDT": ("taka", "Bangladeshi taka", "Bangladesh taka"),
    "transferable-ruble": ("transferable rubles", "transferable roubles", "transferable ruble",
                           "transferable rouble"),
    "valuta-mark": ("Valuta Marks", "Valuta Mark", "Valuta-Marks", "Valuta-Mark", "Valutamarks",
                    "Valutamark"),
    "clearing-dollar": ("clearing dollars", "clearing dollar"),
    "clearing-ruble": ("clearing rubles", "clearing roubles", "clearing ruble", "clearing rouble"),
    "convertible-currency": ("convertible currency", "freely convertible currency"),
}


def _form_key(form: str) -> str:
    """A unit as written, for look-up: `US\u00a0Dollars` -> `us dollars`."""
    return " ".join(form.lower().split())


def _unqualified(form: str) -> str:
    """A unit without the capitalized words that name whose it is: `US dollars` -> `dollars`
    (`RMB`, all capitals, is a unit itself; so is `Mark der DDR`, a name after the unit)."""
    words = form.split()
    named = 0
    while named < len(words) and words[named][0].isupper():
        named += 1
    if named == len(words) or any(word[0].isupper() for word in words[named:]):
        return form
    return " ".join(words[named:])


def _qualifier(form: str) -> str:
    """The capitalized words that name whose a unit is: `Hong Kong dollars` -> `Hong Kong`."""
    return form[:len(form) - len(_unqualified(form))].strip()


# A currency sign before the number (`$5 million`, `£200,000`, `¥2 billion`), and what may
# stand before a `$`: a qualifier of `dollars` in capitals (`US$5 million`, `U.S. $4 million`,
# `HK$3 million`). `¥` is the yen's and the yuan's: the yen's, as its name in Unicode says,
# but in a document translated from Chinese (`YUAN_SIGN_LANGUAGES`, `mark_quantities`).
SIGNS = {"$": "USD", "£": "GBP", "\u00a5": "JPY"}
YUAN_SIGN = "\u00a5"
YUAN_SIGN_LANGUAGES = frozenset({"zh"})
DOLLAR_PREFIXES = {_qualifier(form): unit for unit, forms in CURRENCIES.items() for form in forms
                   if _unqualified(form) == "dollars"
                   and _qualifier(form).replace(".", "").isupper()}
# The letters glued to `$` that name another state's dollar (`EC$1.2 million` East Caribbean,
# `Z$3 million` Zimbabwe's, `NT$` Taiwan's); other letters so glued name a currency too, one
# not known here (`R$`, `J$`; `C$` is Canada's dollar and Nicaragua's córdoba), never USD.
DOLLAR_SIGNS = {"A": "AUD", "EC": "XCD", "NT": "TWD", "NZ": "NZD", "S": "SGD", "Z": "ZWD"}
# The letters right before a `$` (`EC` of `EC$5`), up to one more than a sign has: three
# letters are a longer word's (`AUS$`), no sign known.
_GLUED_LETTERS = re.compile(r"[A-Za-z]{1,3}\Z")
# A currency's code before the number, with a space or without (`DM 12 billion`, `DM12
# billion`, `FF 3 billion`, `Rs. 18,500`, `Rs 300`, `Rp. 5,000`), and its unit; the code is
# none after a letter or a point (`ADM 5`). `Rs.` says rupees, not whose (`rupee`, as `rupees`
# alone); `Rp.` the rupiah, Indonesia's alone; `RMB` and `Rmb` the yuan (`RMB 300 million`).
CODES = {"DM": "DEM", "FF": "FRF", "Rs.": "rupee", "Rs": "rupee", "Rp.": "IDR", "Rp": "IDR",
         "RMB": "CNY", "Rmb": "CNY"}
# `Rs. 300 crores`, `Rs 5 lakhs`: the Indian scales after an amount in rupees.
_INDIAN_SCALES = {"crore": 10 ** 7, "crores": 10 ** 7, "lakh": 10 ** 5, "lakhs": 10 ** 5}
_INDIAN_SCALE = re.compile(r"[ \u00a0](crores|crore|lakhs|lakh)\b(?!-)")
_CODE_BEFORE = re.compile(r"(DM|FF|R[sp]\.?|RMB|Rmb)[ \u00a0]?\Z")   # `DM 12`, `Rs.500`
# The code right before the number's first digit (`DM12`, `Rs.500`), and with a space between
# (`DM 12`, `Rs. 500`, `RMB 300`): look-behinds of one width each, asked after that digit.
_CODE_JOINED = r"(?<=(?<![\w.])(?:DM|FF|R[sp])\d)|(?<=(?<![\w.])R(?:[sp]\.|MB|mb)\d)"
# A `$` with letters before it and a space after it (`NT$ 9,800 million`, `US$ 5 million`):
# the letters say whose dollar, as glued to the number (`$ 5` after a space is no sign).
_LETTERS_DOLLAR_SPACED = r"(?<=[A-Z.]\$[ \u00a0]\d)"
_CODE_SPACED = (r"(?<=(?<![\w.])(?:DM|FF|R[sp])[ \u00a0]\d)"
                r"|(?<=(?<![\w.])R(?:[sp]\.|MB|mb)[ \u00a0]\d)")
# The words that say whose a currency is (`US`, `Hong Kong`, `Soviet`), by key.
_QUALIFIERS = frozenset(_form_key(_qualifier(form)) for forms in CURRENCIES.values()
                        for form in forms if _qualifier(form))


_UNIT_OF = {_form_key(form): unit for table in (UNITS, CURRENCIES)
            for unit, forms in table.items() for form in forms}
# Units that are money only after a scale: `marks` alone name a denomination the German
# currencies, East and West, share (`2.5 billion marks`, `1.8 million marks`), and after a
# plain number a noun as often (`3 marks`); so do `crowns` the koruna, the krona and the krone
# (`2 million crowns`; `3 crowns` may be a king's).
_SCALED_UNITS = {"marks": "mark", "crowns": "crown"}
# Units that are also names: written with a capital, they are a name (`Comrade Won`, `Yen`,
# `Pham Van Dong`, the `RAND` corporation, the cities `Sucre`, `Córdoba` and `Colón`, the
# `Kwanza` and `Lek` rivers, `Kip` a given name).
_ALSO_NAMES = frozenset({"won", "dan", "mu", "mou", "yen", "dong", "rand", "sucre", "córdoba",
                         "cordoba", "colón", "kwanza", "kip", "lek"})
# Units whose letters' case says what they are: `Mt` is megatons, `MT` metric tons, `kt` kilotons,
# `DM` Deutsche marks (`12 billion DM`), `m3` cubic meters (`20 M3 tanks` are no volume).
_CASED = {"kt": "kt", "mt": "Mt", "dm": "DM", "m3": "m3", "m³": "m³"}
# Which German state's mark `marks` or `DM` are, said after them: in parentheses (`50 DM
# (East)`) or as a place the places pass marked (`30 marks of the GDR`, `of the Federal
# Republic`), by its ref, not before a noun (`DM of the GDR debt`, `of the GDR's`: the state's
# debt, in whose marks?) but a word of `_STOP` (`of the GDR per year`).
_STATE_AFTER = re.compile(rf"[ \u00a0](?:\((?P<side>East|West)\)|of[ \u00a0](?:the[ \u00a0])?"
                          rf"(?P<place>{OBJECT}))")
_SIDES = {"East": "DDM", "West": "DEM"}
_STATES = {"#place-east-germany": "DDM", "#place-west-germany": "DEM"}
_GERMAN_MARKS = frozenset({"marks", "dm"})
_WORD_AFTER = re.compile(r"['’]s\b|[ \u00a0]([A-Za-z]+)")

# The units written as abbreviations, whose point after them is theirs (`38,000 sq. km. of our
# territory`, `5 km., then`) where the sentence goes on after it: before a lower-case word or a
# comma, semicolon, colon or closing parenthesis. Before a capital or at the end the point
# ends the sentence too, and stays the sentence's (`a border of 7,500 km.`).
_ABBREVIATED = frozenset({"km", "kg", "ha", "sq. km", "sq km", "sq.km"})
_ABBREVIATION_POINT = re.compile(r"\.(?=[ \u00a0][a-z]|[,;:)])")
# `Mt.` before a capitalized word is Mount (`3 Mt. Paektu`), no megatons.
_MOUNT = re.compile(r"\.[ \u00a0][A-Z]")
# `kt` is knots, a ship's speed, after a word of speed (`a speed of 12 kt`, `making 20 kt`,
# `speeds of up to 30 kt`), or in a text that names ships or knots and no bomb (`_YIELD_WORD`);
# elsewhere kilotons, a bomb's yield (`yields of 20 kt`).
_SPEED_BEFORE = re.compile(r"\b(?:speeds?|making|steaming|sailing|cruising)[ \u00a0]"
                           r"(?:[a-z]+[ \u00a0]){0,2}\Z")
_SPEED_REACH = len("speeds of about ") + 8
_NAVAL_WORD = re.compile(r"\b(?:knots|ships?|vessels?|destroyers?|cruisers?|frigates?|"
                         r"submarines?|boats?|fleet|convoy|navy|naval|speed)\b")
_SEA_REACH = 200
_YIELD_WORD = re.compile(r"\b(?:bombs?|warheads?|nuclear|atomic|thermonuclear|yields?|"
                         r"explosions?|TNT|megatons?|kilotons?)\b")

# The word before a temperature below zero (`minus 50 degrees`): the measure's, its quantity
# negative.
_MINUS = ("minus ", "minus\u00a0", "Minus ", "Minus\u00a0")

# Nouns whose number is a count (num), not a measure.
COUNTED = {"people", "persons", "person", "men", "women", "workers", "technicians", "specialists",
           "experts", "students", "soldiers", "troops", "families", "households", "factories",
           "enterprises", "projects", "ships", "boats", "tractors", "cars", "trucks", "planes",
           "aircraft", "tanks", "guns", "copies", "delegates", "members", "cadres", "refugees",
           "prisoners", "divisions", "villages", "schools", "units", "sets", "regiments",
           "battalions", "brigades", "officers", "advisers", "advisors", "volunteers",
           "servicemen", "policemen", "militiamen", "guards", "sailors", "pilots", "marines",
           "civilians", "peasants", "engineers", "scientists", "doctors", "teachers",
           "children", "employees", "guerrillas", "partisans", "inhabitants", "citizens",
           "paratroopers", "commandos", "infantrymen", "airmen", "seamen", "crewmen",
           "warships", "destroyers", "cruisers", "submarines", "journalists", "correspondents",
           "reporters", "locomotives", "exhibits",
           # the collective nouns of a body's people (`20 support staff`, `500 military
           # personnel`)
           "staff", "personnel",
           # weapons, counted as tanks and guns are (`464 cruise missiles`)
           "missiles", "rockets", "launchers", "warheads", "bombers", "helicopters"}

_ONES = "one two three four five six seven eight nine".split()
_TEENS = "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
_TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()
# The numbers written as one word, by value (the brackets' stated amounts use them too).
WORD_NUMBERS = {word: value for value, word in enumerate(["zero", *_ONES, *_TEENS], start=0)}
WORD_NUMBERS.update({word: 10 * value for value, word in enumerate(_TENS, start=2)})
_MULTIPLIERS = {"thousand": 10 ** 3, "million": 10 ** 6, "billion": 10 ** 9,
                "trillion": 10 ** 12}
_HALF = Decimal("0.5")

_S = r"[ \u00a0]"
# Grouped in thousands (`250,000`), or in India's way, in hundreds above the last thousand
# (`2,50,000`, `1,00,00,000`), wholly so: `1,234,567` is read in thousands.
_INDIAN_GROUPS = r"\d?(?:,\d\d)+,\d{3}(?!,?\d)"
_DIGITS = rf"(?:\d{_INDIAN_GROUPS}|\d{{1,3}}(?:,\d{{3}})+|\d+)(?:\.\d+)?"
_SCALES = "|".join(_MULTIPLIERS)


def _longest_first(words: list[str]) -> list[str]:
    return sorted(words, key=len, reverse=True)


def _by_length(words: list[str]) -> dict[int, list[str]]:
    """`words` grouped by their length, in order."""
    groups: dict[int, list[str]] = {}
    for word in words:
        groups.setdefault(len(word), []).append(word)
    return groups


# Case folding leads from an ASCII letter no further than the Letterlike Symbols (the Kelvin
# sign is a `k`): the characters a case-blind letter can match are among these (made once:
# the classes below are read from them at import).
_CASE_RANGE = "".join(map(chr, range(0x2150)))


def _case_class(letter: str) -> str:
    """`letter` in every spelling a case-blind pattern matches (`s`: `sSſ`), as the inside of
    a plain character class (tests/test_quantities.py checks it over all of Unicode)."""
    return "".join(re.compile(f"(?i:{letter})").findall(_CASE_RANGE))


def _case_blind_split(alternatives: list[str]) -> str:
    """`(?i:alternatives)`, each opening with an ASCII letter, with that letter a plain class
    and the alternatives grouped by it: `tons|mu|ton` becomes `[Tt](?i:ons|on)|[Mm](?i:u)`.
    The engine tries case-blind alternatives one by one, where a group that opens with a
    plain class is passed over at a glance when the character there is not in it (a unit
    after a number is one of 125). Alternatives with different first letters never match at
    one place, and with the same one they keep their order: the pattern finds what
    `(?i:...)` finds."""
    groups: dict[str, list[str]] = {}
    for alternative in alternatives:
        groups.setdefault(alternative[0], []).append(alternative[1:])
    return "|".join(rf"[{_case_class(first)}](?i:{'|'.join(rests)})"
                    for first, rests in groups.items())


# A number is a first word (see _first_letter_split) and what may follow it, read in full in
# Python (`number_value`): after digits a scale (`2.4 million`); after a word another number
# word, after a space or a hyphen (`two hundred thousand`, `twenty-five`, `half a million`);
# `and` after `hundred` (`two hundred and fifty`), `and a half`; and the second number of a
# range (`2 to 2.5`, `10-15`, `one or two`, `$5 to $6`). `a` is a number only before a scale
# (`a million`, not `a ton`); `hundred` never begins one (`several hundred tons` is no 100).
_NUMBER_WORDS = _longest_first([*_ONES, *_TEENS, *_TENS, "zero"])
# An amount the text does not count out: a measure of its unit and commodity, without a
# quantity (`tens of thousands of tons of grain`, `several million dollars`).
_VAGUE = [rf"tens{_S}of{_S}(?:thousands|millions|billions){_S}of",
          rf"hundreds{_S}of(?:{_S}(?:thousands|millions){_S}of)?", rf"thousands{_S}of",
          rf"several{_S}(?:hundred|thousand|million|billion)"]
_VAGUE_FIRST = frozenset(re.match("[a-z]+", vague)[0] for vague in _VAGUE)   # `tens`, `several`
# The words that bound an amount instead of stating it, right before its number (`less than 1
# kilogram`, `more than 80 percent`, `no more than 3.8 million tons`, `at least $5 million`,
# `up to 2,500 kilometers`, `over 600 kilometers`, `LESS THAN $62 MILLION`): a measure of
# its unit and commodity without a quantity, as a gap's bound is no amount. An estimate
# (`about`, `some`, `nearly`) still gives the amount it estimates.
_BOUND = re.compile(rf"(?<![\w\-])(?i:(?:(?:no|not){_S})?(?:more|less|fewer){_S}than|at{_S}"
                    rf"(?:least|most)|up{_S}to|(?P<over>over)|under|in{_S}excess{_S}of"
                    rf"|upwards{_S}of){_S}\Z")
_BOUND_LONGEST = len("not fewer than ")
# `over` after the verb whose particle it is (`handed over 500 tons`, `took over`), or of a
# thing spread over an extent (`spread over 200 hectares`), bounds nothing.
_OVER_VERBS = re.compile(r"(?i:hand|turn|tak|took|giv|gave|pass|carr|spread|stretch|extend"
                         r"|distribut|scatter)[a-z]*")
# A year, and the words before it that say it is one, not a range's first number (`in 1960 to
# 15.1 billion rubles`, `since 1965 to 500 tons`).
_YEAR = re.compile(r"1[89][0-9]{2}|20[0-9]{2}")
_IN_BEFORE = re.compile(r"(?<![\w\-])(?i:in|since)[ \u00a0]\Z")
# The words before a year of four figures whose noun after it is no count's (`in 1968 troops
# entered Prague`, `since 1956 workers`, `in May 1968 troops`): a preposition of time or a
# month's name, in title case or capitals (`MAY 1968`).
_YEAR_BEFORE = re.compile(
    r"(?<![\w\-])(?:(?i:in|since|until|by|of|from|during|before|after)|"
    rf"{'|'.join(MONTHS)}|{'|'.join(m.upper() for m in MONTHS)})[ \u00a0]\Z")
# And whose unit after it is no measure's (`in 1985 tons of grain were delivered`, `in 1977
# kwanzas replaced the escudo`, `in May 1985 tons`): the same words but `by`, `of` and `from`,
# which before an amount are as often its own (`rose by 1900 tons`, `a total of 2000 tons`,
# `from 1900 tons to 2,500 tons`).
_YEAR_BEFORE_UNIT = re.compile(
    r"(?<![\w\-])(?:(?i:in|since|until|during|before|after)|"
    rf"{'|'.join(MONTHS)}|{'|'.join(m.upper() for m in MONTHS)})[ \u00a0]\Z")
_YEAR_BEFORE_REACH = len("September ") + 1
_WORD_BEFORE = re.compile(r"([A-Za-z]+)[ \u00a0]\Z")
_SCALE_WORDS = f"hundred|{_SCALES}"
# India's scales after digits (`5 lakh rupees`, `Rs. 300 crores`), not after a word.
_INDIAN_SCALE_WORDS = "crores|crore|lakhs|lakh"
# `a hundred`, `a million`: `a` before the first letter of a scale (Python reads the scale).
_A = rf"a(?={_S}[{''.join(dict.fromkeys(w[0] + w[0].upper() for w in _SCALE_WORDS.split('|')))}])"
_WORD = rf"(?:{_case_blind_split([*_NUMBER_WORDS, *_SCALE_WORDS.split('|'), _A])})"
# Each way on from a word is one way only (a hyphen after a letter is not also a range mark),
# and a number has at most twelve more words: a text of ten thousand number words in a row
# is searched in linear time.
_AFTER_RANGE_MARK = rf"(?<=[\-\u2013$\u00a3\u00a5])|(?<=[\-\u2013$]{_S})|(?<={_S}(?:to|or){_S})"
# A range's second sign (`$5 to $6 million`, `£5-£6`), with the letters glued to a `$` as
# before the first number, and a space after them (`EC$5 to EC$6 million`, `U.S.$5-U.S.$6`,
# `US$ 5 to US$ 6 million`): `_other_currency` checks that it names the first's currency.
_SECOND_SIGN = rf"(?:[A-Z][A-Z.]{{0,3}}\$(?:{_S})?|[$\u00a3\u00a5])(?=\d)"
_MORE = (rf"(?:(?<=\d){_S}(?i:{_SCALE_WORDS}|{_INDIAN_SCALE_WORDS}\b)|{_S}(?i:and{_S}a{_S}half)"
         rf"|(?:(?<=[A-Za-z])[\-\u00a0 ]|(?<=(?i:hundred)){_S}(?i:and){_S}"
         rf"|(?:{_S}(?:to|or|-|\u2013){_S}|(?<![A-Za-z])-|\u2013)(?:{_SECOND_SIGN})?)"
         rf"(?:(?:{_AFTER_RANGE_MARK}){_DIGITS}|{_WORD})){{0,12}}")   # digits after a range mark
# The marks that part the two numbers of a range; a hyphen between tens and ones (`twenty-five`)
# is one number.
_RANGE_MARK = re.compile(
    rf"{_S}(?:to|or|-|\u2013){_S}|\u2013|(?<!ty)-|-(?!(?:{'|'.join(_ONES)})\b)")


# The units as the pattern finds them: without who issued them, which is read from the words
# before the unit and checked against the vocabulary.
_UNIT = "|".join(re.escape(form).replace("\\ ", _S) for form in _longest_first(sorted(
    {_form_key(_unqualified(form)) for table in (UNITS, CURRENCIES)
     for forms in table.values() for form in forms if form != "%"})))
_UNIT_SPLIT = f"(?:{_case_blind_split(_UNIT.split('|'))})"   # (?i:_UNIT), its letters split
# A unit right after an amount with a sign or code, which may name its currency again (`RMB 5
# yuan`, `Rs. 500 rupees`): the measure's too.
_UNIT_AFTER = re.compile(rf"{_S}({_UNIT_SPLIT})\b(?!-)")
# A bomb's yield joined to its number, before the bomb (`a 50-Mt bomb`, `a 20-kiloton bomb`),
# and a length so joined, before what it measures (`the 30-kilometer zone`, `a 12-mile limit`).
_JOINED_UNITS = [*UNITS["kiloton"], *UNITS["megaton"], "kilometer", "kilometre", "km", "mile",
                 "meter", "metre"]
_YIELD = f"(?i:{'|'.join(_longest_first(_JOINED_UNITS))})"
# `US`, `Hong Kong`, `U.A.E.`, `United Arab Emirates`, and a state the translator put in
# parentheses (`(North) Korean`, read without them).
_NAMED = (rf"{OBJECT}|[A-Z](?:(?:\.[A-Z]){{1,2}}\.|[A-Za-z]*)(?:{_S}[A-Z][a-z]+){{0,2}}"
          rf"|\([A-Z][a-z]+\){_S}[A-Z][a-z]+")
# What follows the words that say whose a currency is: its unit, or a `$` and a number, or a
# `$` glued to them and a space (`US$ 5 million`).
_AFTER_QUALIFIER = re.compile(rf"{_S}(?P<unit>{_UNIT_SPLIT})\b(?!-)|{_S}?\$(?=\d)"
                              rf"|(?<=[A-Z.])\$(?={_S}\d)")
# An amount's last word, or `in`, right before a place that says whose the currency is (`3
# million GDR marks`, `20 GDR marks`, `paid in GDR marks`).
_AMOUNT_BEFORE = re.compile(r"(?:\d|(?<![\w\-])(?i:hundred|thousand|million|billion|in))"
                            r"[ \u00a0]\Z")
_AMOUNT_BEFORE_REACH = len("thousand ")


def begins_currency(name: str, text: str, end: int) -> bool:
    """Does `name`, which ends at `end` of `text`, say whose the currency after it is: `US` of
    `US dollars` and of `US$5 million`, `Hong Kong` of `Hong Kong dollars`, `Swiss` of `Swiss
    francs`? Then it is part of the currency's name, not a place (the places pass asks)."""
    if _form_key(name) not in _QUALIFIERS:
        return False
    after = _AFTER_QUALIFIER.match(text, end)
    if after is None:
        return False
    if after.group("unit") is None:
        return name in DOLLAR_PREFIXES                  # `US$5 million`, `U.S. $4 million`
    if after.group("unit").lower() in _SCALED_UNITS:
        start = end - len(name)
        if not _AMOUNT_BEFORE.search(text, max(0, start - _AMOUNT_BEFORE_REACH), start):
            return False                                # `the GDR marks the day`: a verb
    return _UNIT_OF.get(_form_key(f"{name} {after.group('unit')}")) in CURRENCIES


# How far before a bracket the amount whose currency it may write out is read (`Rp.
# 1,500,000,000 [Rupiah]`, `10,000 Swedish kronor [crowns]`).
_AMOUNT_REACH = 48


def writes_currency_out(content: str, before: str) -> bool:
    """Does a bracket that says `content` after `before` write out the currency of the amount
    that ends `before` (`Rp. 1,500,000 [Rupiah]`, `10,000 yuan [renminbi]`, `$5 million [US
    dollars]`)? Then it explains the amount's currency, as an acronym's words written out
    explain it (the brackets pass asks: a gloss). Not the unit an amount lacks (`2 million
    [yuan]`: the measure's own), nor another currency (`5 million rubles [dollars]`)."""
    unit = _UNIT_OF.get(_form_key(content))
    if unit not in CURRENCIES or before[-1:] not in " \u00a0":
        return False
    tail = before[-_AMOUNT_REACH:-1]
    for match in _MEASURE.finditer(tail):
        if match.end() == len(tail):
            found = _measure(match, tail, {})
            second = _second_of_range(match, tail) if found is None else None
            if second is not None:
                found = _measure(second, tail, {})      # `in 1965 to 10,000 yuan [renminbi]`
            return found is not None and found[2].get("unit") == unit
    return False


# What a number in words opens with: a number word, an amount not counted out, `a` before a
# scale, `half` (`half a million`).
_OPENINGS = [*_VAGUE, *_NUMBER_WORDS, _A, "half"]


def _first_class(alternatives: list[str]) -> str:
    """A digit or the first letter of one of `alternatives`, in every spelling a case-blind
    pattern matches (`ſ` is an `s`), as one plain character class."""
    letters = re.compile(f"(?i:[{''.join(sorted({a[0] for a in alternatives}))}])")
    # tests/test_quantities.py checks the class over all of Unicode.
    return rf"[\d{''.join(letters.findall(_CASE_RANGE))}]"


# The patterns open with a plain character class, the only opening that lets the regex
# engine skip ahead to where a number can start instead of trying every position (five to
# ten times faster). So the first character is matched first and what comes before it is
# looked behind afterwards: a digit, or the first letter of a number word; the rest of the
# number follows from that first character.
# Most characters the class stops at are a word's letters after another (`the`, `that`),
# which one look behind at the letter before refuses first (`\D`: a digit may follow a
# code's letter, `Rs500`); a branch of two look-behinds at each cost three times as much.
_FIRST = _first_class(_OPENINGS) + r"(?<![A-Za-z]\D)"
# A digit not inside a word, 1.5, 3/4, nor a time's two figures of minutes (`06:00 tanks`
# counts no tanks; a scale's `1:420,000` is a number); a digit may follow a currency's code
# (`DM12`, `Rs.500`, `Rp.500`, `RMB5`). `(?<=[MFspBb.]\d)`, a digit after the last character
# of a code, which each of `_CODE_JOINED` asks too, refuses most digits at one look where the
# code's two look-behinds took two (the search of `_MEASURE` cost half as much again).
_MINUTES = r"(?!(?<=\d:\d)\d(?![\d,]))"
_DIGIT_FIRST = rf"(?<=\d)(?:(?<![\w.,\-/].){_MINUTES}|(?<=[MFspBb.]\d)(?:{_CODE_JOINED}))"
# _DIGITS after its first digit
_DIGITS_REST = rf"(?<=\d)(?:{_INDIAN_GROUPS}|\d{{0,2}}(?:,\d{{3}})+|\d*)(?:\.\d+)?"


def _word_split(words: list[str]) -> str:
    r"""Alternatives that each open with three letters not inside a word, after the first:
    `one|two|ten` becomes `[Nn](?:[Ee](?<![\w.,\-/]...)(?:(?<=(?i:o)..)(?i:)))|[Ww](?:[Oo]
    (?<![\w.,\-/]...)(?:(?<=(?i:t)..)(?i:)))|[Ee](?:[Nn](?<![\w.,\-/]...)(?:(?<=(?i:t)..)
    (?i:)))`. Most words a measure's first character class stops at are no number (`the`,
    `of`, `that`): an alternative that opens with a plain class is skipped by the engine at a
    glance when the character there is not in it, where a look-behind or a case-blind letter
    is a step of its own. So the alternatives are grouped by their second letter, a plain
    class, in it by their third, and in it by their first, looked behind after the word's
    start, which is looked behind once the three letters are read (`.` is a letter there,
    never a line break). Two pairs of letters never match at the same place, and for a pair
    the alternatives keep their order: the pattern finds what `(?<![\w.,\-/].)` before the
    plain split finds."""
    groups: dict[str, dict[str, dict[str, list[str]]]] = {}   # second -> third -> first -> rests
    for word in words:
        groups.setdefault(word[1], {}).setdefault(word[2], {}).setdefault(word[0], []).append(
            word[3:])
    split = []
    for second, thirds in groups.items():
        inner = []
        for third, firsts in thirds.items():
            behind = "|".join(rf"(?<=(?i:{first})..)(?i:{'|'.join(rests)})"
                              for first, rests in firsts.items())
            inner.append(rf"[{_case_class(third)}](?<![\w.,\-/]...)(?:{behind})")
        split.append(rf"[{_case_class(second)}](?:{'|'.join(inner)})")
    return "|".join(split)


# The openings of three letters or more (all but `a`), and `a` before a scale, not inside a
# word, its only letter looked behind.
_WORD_OPENINGS = [opening for opening in _OPENINGS if opening != _A]
_A_FIRST = rf"(?<=(?i:{_A[0]}))(?<![\w.,\-/].)(?i:{_A[1:]})"


# After the number: a unit (`tons`, `%`, `US dollars`, or after a supplied bracket that says
# whose it is: `[US] dollars`), a bracket the translator supplied, which may be the unit (`2
# million [yuan]`), or after a scale a noun ahead, which may be counted (`twenty thousand
# workers`, after one adjective too, `two thousand armed men`: Python asks COUNTED).
# After a currency sign (just before the number, which is the match) the unit is the sign:
# nothing need follow. `in` may stand before hard currency, which says what the amount is in,
# as no other unit's name does (`2 billion in convertible currency`; `2 billion rubles in
# convertible currency` is rubles, paid in hard currency).
_IN_CONVERTIBLE = rf"(?P<within>in){_S}(?=(?i:(?:freely{_S})?convertible{_S}currency))"
# Just after a scale word: one look-behind per length of word (a look-behind has one width).
_AFTER_SCALE = "|".join(rf"(?<=(?i:{'|'.join(words)}))" for words in _by_length(
    _SCALE_WORDS.split("|")).values())
# `of` between an Indian scale and rupees (`5 crores of rupees`, `3 lakhs of rupees`): the
# pattern finds it after a word's `e` or `s`, and Python asks that the word is a scale.
_OF_RUPEES = rf"(?<=[es]{_S})(?P<indian>of){_S}(?=(?i:rupees)\b)"
_ENDING = (rf"(?:(?:{_S}(?:more|additional|extra))?{_S}"
           rf"(?:(?P<named>{_NAMED}){_S}|{_IN_CONVERTIBLE}|{_OF_RUPEES})?"
           rf"(?P<unit>{_UNIT_SPLIT})\b(?!-)|-(?P<yield>{_YIELD})\b(?!-)"
           rf"|(?P<percent>%)|{_S}(?P<bracket>{OBJECT})"
           rf"|(?:{_AFTER_SCALE})"
           rf"(?={_S}(?P<counted>[A-Za-z][a-z]*)\b(?:{_S}(?P<after>[A-Za-z][a-z]*)\b)?))")
# A word first, then `a` or a digit, which one look behind at the class of the two passes
# over when the character is neither (`a` spells no other character: `_case_class`).
_MEASURE = re.compile(
    rf"(?P<a>{_FIRST}(?:{_word_split(_WORD_OPENINGS)}|(?<=[\d{_case_class('a')}])(?:{_A_FIRST}"
    rf"|{_DIGIT_FIRST}(?:(?:(?<=[$\u00a3\u00a5]\d)|{_CODE_JOINED}|{_CODE_SPACED}"
    rf"|{_LETTERS_DOLLAR_SPACED})(?P<sign>))?"
    rf"{_DIGITS_REST})){_MORE})"
    rf"(?(sign)|{_ENDING})")
# A count's noun may follow one adjective (`210,000 regular troops`, `250,000 American
# soldiers`, `300 Red Guards`, a maker's name, `3 Škoda locomotives`): the word after the
# first is read too, and Python asks COUNTED.
# A number grouped in thousands or with a scale is a number whatever follows it, or nothing
# (`against 16,000 of NATO`, `We agree to 370,000.`, `18 billion.`): it ends there (the
# group's three digits or the scale's last letter), and no word, hyphen or digit goes on
# from it (`16,000-strong`, `1,2345`).
_BARE = r"(?:(?<=,\d\d\d)|(?<=[dn]))(?![\w\-]|[.,]\d)"
_COUNT = re.compile(
    rf"(?P<a>\d(?<![\w.,\-/].){_MINUTES}{_DIGITS_REST}(?:{_S}(?:thousand|million|billion))?)"
    rf"(?:(?={_S}(?:(?P<noun>[a-z]+)\b(?:{_S}(?P<next>[a-z]+)\b)?"
    rf"|[{N.CAPITALS}][a-z]+{_S}(?P<people>[A-Z]?[a-z]+)\b|{OBJECT}))|{_BARE})")
# A range's first number, before its mark and second number (`10,000 to 15,000`, `$5 or $6`).
_SECOND_SIGN_AT = re.compile(_SECOND_SIGN)
_RANGE_ON = re.compile(rf"{_S}(?:to|or|-|\u2013){_S}(?:{_SECOND_SIGN})?\d"
                       rf"|\u2013(?:{_SECOND_SIGN})?\d")
_OF = re.compile(rf"{_S}of{_S}(?P<what>[a-z][a-z\-]*(?:{_S}[a-z][a-z\-]*){{0,2}})")
# The prepositions that end a commodity's phrase: what follows them is a new phrase, of the
# time, the way or the end of the delivery (`500 tons of steel over two years`, `within two
# months`, `via Haiphong`, `of aid over five years`, `tons of steel of high quality`).
_PREPOSITIONS = {"of", "in", "on", "at", "by", "to", "for", "from", "with", "per", "via",
                 "over", "under", "within", "without", "during", "through", "throughout",
                 "until", "till", "before", "after", "since", "into", "onto", "against",
                 "between", "among", "across", "toward", "towards", "around", "about",
                 "including", "above", "below", "beyond", "besides", "beside", "upon", "near",
                 "outside", "except", "plus"}
# The words that end it: a verb, a preposition, a conjunction, a determiner, a number (`two
# years`), a direction.
_STOP = {"was", "were", "is", "are", "be", "been", "each", "every", "and", "or", "which",
         "that", "will", "would", "has", "have", "had", "can", "could", "should", "this",
         "these", "those", "it", "they", "we", "a", "an", "the", "sown", "supplied",
         "produced", "exported", "imported", "annually", "more", "less", "than", "so", "as",
         "but", *_PREPOSITIONS, *WORD_NUMBERS, *_MULTIPLIERS, "hundred", "half",
         # a pronoun or a question word, no goods (`Twelve kilograms of what?`, `of them`)
         "what", "whatever", "who", "whom", "whose", "them", "him", "us", "you", "me",
         "something", "anything", "everything", "nothing",
         # a direction, of the place the measure lies in (`square kilometers of territory
         # north of the Amur`: the commodity is `territory`)
         "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest"}
# A list of goods after the first, commas between and `and` or `or` before the last (`of
# boron, dolomite, sand, clay and lead`): the measure is of all of them, no one commodity.
_GOODS_LIST = re.compile(r"(?:,[ \u00a0][a-z][a-z\-]*)+,?[ \u00a0](?:and|or)[ \u00a0][a-z]")
# Compiled once: `re.match(pattern, ...)` looks each pattern up in re's cache at every call.
_DIGIT = re.compile(r"\d")
# How far after a unit a commodity in capitals is read (`200 TONS OF SPECIAL STEEL`): the
# words after `OF`, and a list of goods after them.
_CAPITALS_REACH = 80
_SUPPLIED_OF = re.compile(r"of (?:the )?([a-z][a-z\- ]{0,40})")
_LOWER_WORD = re.compile(r"[a-z][a-z\-]*")
_COMMODITY = re.compile(r"[a-z][a-z0-9\-]*")
_DETERMINERS = {"the", "other", "some", "our", "their", "your", "its", "this", "that", "all",
                "any", "both", "such", "his", "her", "my"}
# A past participle after the commodity's noun opens a new phrase (`steel sheets contracted for
# 1975`, `grain delivered`); `seed`, `feed` and `reed` are nouns, and a participle first or
# after an adverb is an adjective of the noun (`rolled steel`, `highly enriched uranium`).
_PARTICIPLE = re.compile(r"[a-z]{2,}(?<!e)ed")
# The irregular ones (`cement given to the South`, `cement sent by rail`), listed: an ending in
# -en or -t is as often a commodity's noun (`liquid oxygen`, `military equipment`).
_IRREGULAR_PARTICIPLES = {"given", "sent", "taken", "lent", "spent", "built", "bought",
                          "brought", "sold", "held", "kept", "left", "lost", "paid", "made",
                          "shown", "grown", "thrown", "drawn", "driven", "written", "chosen",
                          "stolen", "broken", "borne", "dealt", "got", "gotten", "won",
                          "withdrawn", "undertaken", "sought", "caught", "begun", "done",
                          "known", "flown", "hidden", "forgiven"}
# The finite forms of the commonest ones end it too (`tons of steel came by rail` had
# commodity `steel-came`), and the verbs of a price (`One meter of cotton cloth costs 12 won`
# had `cotton-cloth-costs`; `a kilogram of rice sells for`, `a ton of coal cost`).
_IRREGULAR_VERBS = _IRREGULAR_PARTICIPLES | {"came", "comes", "come", "went", "goes", "gone",
                                             "cost", "costs", "costed", "sell", "sells",
                                             "fetch", "fetches", "rose", "rises", "fell",
                                             "falls"}


# A number whose point is followed by three digits and nothing else: a decimal in English, a
# thousands separator in the German, Russian and Polish originals a translation copies it from.
_POINT_GROUP = re.compile(r"[0-9]{1,3}\.[0-9]{3}")


def number_value(text: str) -> Decimal | None:
    """`600,000` -> 600000; `2.4 million` -> 2400000; `Four million` -> 4000000; `two hundred
    thousand` -> 200000; `twenty-five` -> 25; `half a million` -> 500000; `one and a half` ->
    1.5; `one million five hundred thousand` -> 1500000; else None."""
    words = text.lower().replace("\u00a0", " ").replace("-", " ").split()
    if words[:2] == ["half", "a"]:
        if len(words) == 3 and words[2] in _MULTIPLIERS:
            return _HALF * _MULTIPLIERS[words[2]]       # `half a million`
        return None
    if words and words[0].replace(",", "").replace(".", "", 1).isdigit():
        if len(words) == 1 and _POINT_GROUP.fullmatch(words[0]):
            return None   # `10.000 tons`: ten thousand as East European texts write it, or ten
        group, at = Decimal(words[0].replace(",", "")), 1
        if words[1:2] == ["hundred"]:
            group, at = group * 100, 2                  # `5 hundred`
    else:
        group, at = _group(words, 0)
    value, scale = Decimal(0), None
    while group is not None:
        if words[at:at + 3] == ["and", "a", "half"]:
            group, at = group + _HALF, at + 3           # `one and a half`
        if at == len(words):
            return value + group
        multiplier = _MULTIPLIERS.get(words[at]) or _INDIAN_SCALES.get(words[at])
        if multiplier is None or (scale is not None and multiplier >= scale):
            return None
        value, scale = value + group * multiplier, multiplier
        if at + 1 == len(words):
            return value                                # `2.4 million`
        group, at = _group(words, at + 1)               # `one million five hundred thousand`
    return None


def _group(words: list[str], at: int) -> tuple[Decimal | None, int]:
    """The number below a thousand in words at `words[at]` (`a` before a scale, `twenty five`,
    `two hundred and fifty`) and where it ends, or None."""
    word = words[at] if at < len(words) else ""
    following = words[at + 1] if at + 1 < len(words) else ""
    if word == "a":
        if following != "hundred" and following not in _MULTIPLIERS:
            return None, at                             # `a ton`
        value, at = 1, at + 1
    elif word in WORD_NUMBERS:
        value, at = _below_hundred(words, at)
    else:
        return None, at
    if words[at:at + 1] == ["hundred"]:
        if not 1 <= value <= 99:
            return None, at
        value, at = value * 100, at + 1                 # `two hundred`
        more = at + 1 if words[at:at + 1] == ["and"] else at
        if more < len(words) and words[more] in WORD_NUMBERS:
            rest, at = _below_hundred(words, more)      # `two hundred and fifty`
            value += rest
    return Decimal(value), at


def _below_hundred(words: list[str], at: int) -> tuple[int, int]:
    """The number in words at `words[at]` up to ninety-nine (`twenty five`), and where it ends."""
    value = WORD_NUMBERS[words[at]]
    ones = WORD_NUMBERS.get(words[at + 1], 0) if at + 1 < len(words) else 0
    if value >= 20 and 1 <= ones <= 9:
        return value + ones, at + 2
    return value, at + 1


def decimal_text(value: Decimal) -> str:
    """An xs:decimal lexical form without exponent: 2400000, 2.5."""
    text = format(value.normalize(), "f")
    return text


def mark_quantities(div: etree._Element, names: N.Names) -> etree._Element:
    """Mark measures (number, unit, commodity) and counted numbers in `div` (`names` says
    only the original's languages, whose `¥` is the yuan in a Chinese document)."""
    leaf_tags = sic_marks(div)
    # Every level string is read before any is marked: marking an element rewrites its own
    # text and its children's tails only, which are no other element's level string.
    levels = []       # each element, its level string, its children's marks, its `[sic]` spans
    readings = []
    for element in searchable(div, _SKIP):
        if leaf_tags and element.tag == _SIC and not len(element):
            continue                    # a `sic` word: its parent's reading holds it (`<sic>1,500`)
        text, marks, leaves = level_with(element, leaf_tags)
        # Read through `[sic]`: `1,000,000 troops [sic]` counts troops as the words alone do.
        reading, spans = through_sic(text, leaves) if leaves else (text, None)
        # Only a child can spell the figure before it: an element without one (most: a
        # turn's paragraph of text alone) is not searched, `_through_spelt` keeping it as is.
        if spans is None and marks and _spelt_after(text):
            reading, spans = _through_spelt(text, marks, element)
        levels.append((element, text, marks, spans))
        readings.append(reading)
    # The readings are searched as one text, a line each, once per pattern: most elements (a
    # speaker's turn, a supplied name) hold no number, and a search of each, twice for those
    # that do, cost more than the searching itself. A match never crosses a line break (no
    # pattern matches `\n`, and to every look-around and `\b` a line break is what a
    # reading's edge was), so each reading's matches are those a search of it alone finds;
    # the helpers that look around a match (a bound, a year, a sign's prefix) stop at one too.
    whole = "\n".join(readings)
    measures = _MEASURE.finditer(whole)
    counts = _COUNT.finditer(whole)
    measure, count = next(measures, None), next(counts, None)
    base = 0
    for (element, text, marks, spans), reading in zip(levels, readings):
        end = base + len(reading)
        found_measures = []
        while measure is not None and measure.start() < end:
            found_measures.append(measure)
            measure = next(measures, None)
        found_counts = []
        while count is not None and count.start() < end:
            found_counts.append(count)
            count = next(counts, None)
        if found_measures or found_counts:
            children = {base + at: child for at, child in zip(marks, element)}
            if spans is None:
                found = _spans(whole, base, found_measures, found_counts, children)
            else:                   # the children the reading keeps, at their place in it
                kept = {base + at: children[base + spans[at][0]]
                        for at, character in enumerate(reading) if character == OBJECT}
                found = in_level(_spans(whole, base, found_measures, found_counts, kept),
                                 spans)
            wrap_all(element, found, (text, marks))
        base = end + 1
    if YUAN_SIGN in whole and names.languages & YUAN_SIGN_LANGUAGES:
        for element in div.iter(_MEASURE_TAG):
            if element.get("unit") == SIGNS[YUAN_SIGN] and \
                    "".join(element.itertext()).startswith(YUAN_SIGN):
                element.set("unit", "CNY")              # `¥2 billion` in a Chinese document
    return div


def _spelt_after(text: str) -> bool:
    """Does a figure, a space and a bracket follow each other in `text` (`800 [eight
    hundred]`), which may spell the figure in words? The OBJECT marks are looked at, a few in
    a text: the pattern of the three stopped at every figure of it."""
    at = text.find(OBJECT, 2)
    while at >= 0:
        if text[at - 1] in " \u00a0" and text[at - 2] in _FIGURES:
            return True
        at = text.find(OBJECT, at + 1)
    return False


_FIGURES = "0123456789"   # one character in it: `[0-9]`, not `isdigit` (`²` is one)


def _through_spelt(text: str, marks: list[int], element: etree._Element
                   ) -> tuple[str, list[tuple[int, int]] | None]:
    """`text` read without the brackets that spell the figure before them in words, and the
    space before each (`800 [eight hundred] million rubles` reads as `800 million rubles`),
    with the span of `text` each character of the reading stands for, as `through_sic` gives;
    (text, None) when no bracket so spells its figure."""
    spelt = []
    for at, child in zip(marks, element):
        if at >= 2 and text[at - 2].isdigit() and text[at - 1] in " \u00a0" and \
                plain_supplied(child) and (child.text or "").strip()[:1].isalpha():
            figure = text[:at - 1].rsplit(None, 1)[-1]
            if number_value(child.text) is not None and \
                    number_value(child.text) == number_value(figure):
                spelt.append(at)
    if not spelt:
        return text, None
    parts: list[str] = []
    spans: list[tuple[int, int]] = []
    last = 0
    for at in spelt:
        parts.append(text[last:at - 1])
        spans += [(i, i + 1) for i in range(last, at - 1)]
        last = at + 1
    parts.append(text[last:])
    spans += [(i, i + 1) for i in range(last, len(text))]
    return "".join(parts), spans


def _spans(text: str, base: int, measures: list[re.Match], counts: list[re.Match],
           children: dict[int, etree._Element]) -> list[tuple[int, int, etree._Element]]:
    """The measures and counts of the reading at `base` of `text`, given the matches of
    _MEASURE and _COUNT in it, in order and not overlapping, as spans of the reading."""
    spans: list[tuple[int, int, etree._Element]] = []
    for match in measures:
        found = _measure(match, text, children)
        if found is None:
            second = _second_of_range(match, text)
            found = _measure(second, text, children) if second is not None else None
        if found is not None:
            spans.append(found)
    # A count inside a measure is part of it: one look-up per count, not a scan of every measure.
    taken = Cover([(s, e) for s, e, _ in spans])
    for match in counts:
        if taken.holds(match.start()):
            continue
        element = _count(match, text, children)
        if element is not None:
            spans.append(element)
    spans.sort(key=lambda s: (s[0], -s[1]))        # `$5 and $6 million` before `$5`
    result = []
    for start, end, element in spans:
        if result and start - base < result[-1][1]:
            continue
        result.append((start - base, end - base, element))
    return result


def _measure(match: re.Match, text: str, children: dict[int, etree._Element]):
    """The span of a measure (or of a count in words) and its element; None when unsure."""
    if match.group("counted") is not None:
        return _counted_in_words(match)
    amount = match.group("a")
    signed = match.group("sign") is not None
    values = _amount(amount, signed)
    if values is None:
        return None
    low, high = values
    start, end = match.start(), match.end()
    if high is not None and _YEAR.fullmatch(amount, 0, _RANGE_MARK.search(amount).start()) and \
            _IN_BEFORE.search(text, max(0, start - 7), start):
        return None                                     # `in 1960 to 5,000 tons`: a year
    if high is None and not signed and _YEAR.fullmatch(amount) and _YEAR_BEFORE_UNIT.search(
            text, max(0, start - _YEAR_BEFORE_REACH), start):
        return None                                     # `in 1985 tons of grain`: a year
    if signed:
        start, unit = _signed_start(text, start)
        if unit is None:
            return None                                 # `R$5 million`: whose dollars?
        if high is not None and _other_currency(match, text, start, unit) is not None:
            return None                                 # `US$5 to EC$6 million`: no range
    else:
        form = "%" if match.group("percent") else match.group("unit") or match.group("yield")
        named = match.group("named")
        if match.group("bracket") is not None:
            supplied = _supplied(children.get(match.start("bracket")))
            form = (supplied.text or "").strip() if supplied is not None else ""
            unit = _UNIT_OF.get(_form_key(form))        # `[yuan]`; `[people]` is a count's
        elif match.group("indian") is not None:
            if amount.lower().split()[-1] not in _INDIAN_SCALES:
                return None                             # `five of rupees`
            unit = _UNIT_OF.get(_form_key(form))        # `5 crores of rupees`
        elif named is None:
            unit = _UNIT_OF.get(_form_key(form))        # not `marks`, `pounds` alone
            if unit is None and form.lower() in _SCALED_UNITS and \
                    amount.endswith(tuple(_MULTIPLIERS)):
                unit = _SCALED_UNITS[form.lower()]      # `2.5 billion marks`
        elif named == OBJECT:
            unit = _named_currency(children.get(match.start("named")), form)
        else:
            named = named.replace("(", "").replace(")", "")    # `(North) Korean won`
            unit = _UNIT_OF.get(_form_key(f"{named} {form}"))   # `US dollars`, `Soviet rubles`
        if form.lower() in _GERMAN_MARKS:
            unit, end = _german_mark(text, end, children, unit)     # `30 marks of the GDR`
        if unit is None:
            return None
        if form.lower() in _ALSO_NAMES and form != form.lower():
            return None                                 # `Won`, `Dan`: a name, not a unit
        if _CASED.get(form.lower(), form) != form:
            return None                                 # `MT`: metric tons? too unsure
        if form == "Mt" and _MOUNT.match(text, match.end()):
            return None                                 # `3 Mt. Paektu`: Mount
        if form == "kt" and _at_sea(text, start):
            unit = "knot"                               # `a speed of 12 kt`
        if form.lower() in ("won", "ha") and not _DIGIT.match(amount):
            return None                                 # `one won`? too unsure
        if match.group("within") is not None and _YEAR.fullmatch(amount):
            return None                                 # `exports in 1985 in convertible ...`
    if signed and unit == "rupee":
        low, high, end = _in_indian_scale(text, end, low, high)     # `Rs. 300 crores`
    elif not signed and _form_key(form) in _ABBREVIATED and _ABBREVIATION_POINT.match(text, end):
        end += 1                                        # `38,000 sq. km. of our territory`
    if signed:
        again = _UNIT_AFTER.match(text, end)
        if again is not None and _UNIT_OF.get(_form_key(again.group(1))) == unit:
            end = again.end()                           # `RMB 5 yuan`: the sign's unit again
    if high is None and low is not None:
        between = _between_start(text, start, amount, signed)
        if between is not None:
            start, low, high = between                  # `between 40 and 60 won`
    attributes = {"unit": unit}
    bound = _bound_start(text, start)
    if bound is not None:
        start = bound                                   # `less than 1 kilogram`: no amount
    elif low is None:
        pass                                            # `tens of thousands of tons`: no number
    elif high is None:
        if unit == "degree" and text.endswith(_MINUS, 0, start):
            start, low = start - len(_MINUS[0]), -low   # `minus 50 degrees`: below zero
        attributes["quantity"] = decimal_text(low)
    else:
        attributes["min"], attributes["max"] = decimal_text(low), decimal_text(high)
    commodity, end = _commodity(text, end, children)
    if commodity:
        attributes["commodity"] = commodity
    return start, end, new("measure", **attributes)


def _german_mark(text: str, end: int, children: dict[int, etree._Element], unit: str | None
                 ) -> tuple[str | None, int]:
    """The unit of `marks` or `DM` ending at `end` and where the measure ends, with the state
    said after them (`50 DM (East)`, its words the measure's; `30 marks of the GDR`, the place
    after it: `_STATE_AFTER`), else as they are."""
    state = _STATE_AFTER.match(text, end)
    if state is None:
        return unit, end
    if state.group("side"):
        return _SIDES[state.group("side")], state.end()
    place = children.get(state.start("place"))
    if place is None or place.tag != _PLACE or place.get("ref") not in _STATES:
        return unit, end
    after = _WORD_AFTER.match(text, state.end())
    if after is not None and (after.group(1) is None or after.group(1) not in _STOP):
        return unit, end                                # `DM of the GDR's debt`
    return _STATES[place.get("ref")], end              # no `placeName` inside a measure


def _at_sea(text: str, start: int) -> bool:
    """Is `kt` after the number at `start` knots, a ship's speed: after a word of speed, or
    where the text around it names ships or knots and no bomb (within `_SEA_REACH` of it on
    its line: a line of many `kt` is read in linear time)?"""
    if _SPEED_BEFORE.search(text, max(0, start - _SPEED_REACH), start):
        return True
    begin = max(text.rfind("\n", max(0, start - _SEA_REACH), start) + 1, start - _SEA_REACH)
    end = text.find("\n", start, start + _SEA_REACH)
    around = text[begin:end if end >= 0 else start + _SEA_REACH]
    return _NAVAL_WORD.search(around) is not None and _YIELD_WORD.search(around) is None


# A range's first number after `between`, before `and` and the amount (`between 40 and 60
# won`, `between $5 and $6 million`, `between 2 and 3 million tons`): `between`, as before a
# range of days, stays outside the measure.
_BETWEEN_FIRST = re.compile(rf"(?<!\w)[Bb]etween{_S}(?P<sign>[$\u00a3\u00a5]?)(?P<low>{_DIGITS})"
                            rf"{_S}and{_S}\Z")
_BETWEEN_REACH = len("between $ and ") + 20


def _between_start(text: str, start: int, amount: str, signed: bool
                   ) -> tuple[int, Decimal, Decimal] | None:
    """Where the range whose second amount is `amount` at `start` begins after `between`,
    with its two ends (the first taking the second's scale, as `2 to 3 million`), or None:
    `between 40 and 60 won` is one range as `40 to 60 won` is. A signed amount's first
    number has the same sign (`between $5 and $6 million`), an unsigned one's none."""
    found = _BETWEEN_FIRST.search(text, max(0, start - _BETWEEN_REACH), start)
    if found is None or found.group("sign") != (text[start] if signed else ""):
        return None
    values = _amount(f"{found.group('low')} to {amount}", False)
    if values is None:
        return None
    return found.start("sign"), values[0], values[1]


def _bound_start(text: str, start: int) -> int | None:
    """Where the words that bound the amount at `start` begin (`more than 80 percent`, `at
    least $5 million`), or None: a bound is no amount, and the measure holds it."""
    bound = _BOUND.search(text, max(0, start - _BOUND_LONGEST), start)
    if bound is None:
        return None
    if bound.group("over"):
        verb = _WORD_BEFORE.search(text, max(0, bound.start() - 24), bound.start())
        if verb is not None and _OVER_VERBS.fullmatch(verb.group(1)):
            return None                                 # `handed over 500 tons`
    return bound.start()


def _second_of_range(match: re.Match, text: str) -> re.Match | None:
    """The measure that the second number of a range from a year, which made none, begins:
    `to 15.1 billion rubles` of `from 6.3 billion rubles in 1960 to 15.1 billion rubles`,
    where `1960 to 15.1 billion rubles` was read as one range and lost with it (`5 to 3 tons`,
    a range backwards, stays text); or that a second sign begins after a number of no sign or
    of another currency (`US$6 million` of `from 5 to US$6 million`, `EC$6 million` of `US$5
    to EC$6 million`)."""
    if match.group("sign") is not None:
        start, unit = _signed_start(text, match.start())
        sign = _other_currency(match, text, start, unit) if _is_range(match.group("a")) else None
        return None if sign is None else _MEASURE.match(text, sign.end())
    mark = _RANGE_MARK.search(text, match.start(), match.end("a"))
    if mark is None:
        return None
    sign = _SECOND_SIGN_AT.match(text, mark.end())
    if sign is not None:
        return _MEASURE.match(text, sign.end())         # `from 5 to US$6 million`
    if not _YEAR.fullmatch(text, match.start(), mark.start()):
        return None
    return _MEASURE.match(text, mark.end())


def _other_currency(match: re.Match, text: str, start: int, unit: str | None
                    ) -> re.Match | None:
    """The sign of a signed range's second number where it names another currency than the
    first's, whose sign starts at `start` (`US$5 to EC$6 million`, `DM 5 to $6 million`), else
    None: `$5 to 6 million`, `EC$5 to EC$6 million`, and `EC$5 to $6 million` (a bare `$`
    repeats the first's)."""
    mark = _RANGE_MARK.search(text, match.start(), match.end("a"))
    sign = _SECOND_SIGN_AT.match(text, mark.end()) if mark is not None else None
    if sign is None or (sign.group() == "$" and "$" in text[start:match.start()]):
        return None
    return None if _signed_start(text, sign.end())[1] == unit else sign


def _signed_start(text: str, start: int) -> tuple[int, str | None]:
    """Where the amount whose number is at `start` starts, with its sign or code before it,
    and its currency: `$5`, `US$5`, `£5`, `DM 12`, `Rs.500`."""
    if text[start - 1] in " \u00a0" and text[start - 2] == "$":
        return _before_dollar(text, start - 2)          # `NT$ 9,800 million`
    sign = SIGNS.get(text[start - 1])
    if sign == "USD":
        return _before_dollar(text, start - 1)
    if sign is not None:
        return start - 1, sign
    code = _CODE_BEFORE.search(text, max(0, start - len("Rs. ")), start)
    return code.start(), CODES[code.group(1)]


def _in_indian_scale(text: str, end: int, low: Decimal | None, high: Decimal | None
                     ) -> tuple[Decimal | None, Decimal | None, int]:
    """An amount in rupees with the Indian scale after it (`Rs. 300 crores`): its values
    scaled, and where it ends (the amount as it was when none follows)."""
    scale = _INDIAN_SCALE.match(text, end)
    if scale is None or low is None:
        return low, high, end
    factor = _INDIAN_SCALES[scale.group(1)]
    return low * factor, None if high is None else high * factor, scale.end()


def _before_dollar(text: str, start: int) -> tuple[int, str | None]:
    """Where a `$` amount starts and its currency: `US$5`, `U.S. $5`, `HK$5` (the places pass
    leaves such a prefix text: `begins_currency`), `EC$5`; None for letters glued to the `$`
    that name no dollar known (`R$5`)."""
    at = start - 1 if start and text[start - 1] in " \u00a0" else start
    for prefix, unit in DOLLAR_PREFIXES.items():
        begin = at - len(prefix)
        if begin >= 0 and text.startswith(prefix, begin, at) and \
                (begin == 0 or not text[begin - 1].isalnum()):
            return begin, unit
    glued = _GLUED_LETTERS.search(text, max(0, start - 3), start)
    if glued is not None:
        return glued.start(), DOLLAR_SIGNS.get(glued.group())
    return start, "USD"


def _named_currency(child: etree._Element | None, form: str) -> str | None:
    """The unit of `5 million [US] dollars`, `[metric] tons`: what the supplied bracket says and
    the unit word name it together."""
    if not plain_supplied(child):
        return None
    return _UNIT_OF.get(_form_key(f"{child.text or ''} {form}"))


# The second sign of a range as `_amount` reads it, in small letters (`ec$` of `5 to ec$6`).
_SIGN_OPENING = re.compile(r"(?:[a-z][a-z.]{0,3}\$[ \u00a0]?|[$\u00a3\u00a5])")


def _amount(text: str, signed: bool) -> tuple[Decimal | None, Decimal | None] | None:
    """The number, or the two ends of a range, that `text` says: `10-15 thousand` -> 10000,
    15000 (the first end takes the scale of the second: `2 to 3 million`); `$6 million` after a
    sign; no number for `tens of thousands of`; None when unsure."""
    parts = _RANGE_MARK.split(text.lower())
    if parts[0].split()[0] in _VAGUE_FIRST:
        return (None, None) if len(parts) == 1 else None     # `tens of thousands of`
    if len(parts) > 2:
        return None
    sign = _SIGN_OPENING.match(parts[1]) if len(parts) == 2 else None
    if sign is not None:
        if not signed:
            return None
        parts[1] = parts[1][sign.end():]                # `$5 to $6 million`, `EC$5 to EC$6`
    low = number_value(parts[0])
    if low is None or len(parts) == 1:
        return None if low is None else (low, None)
    high = number_value(parts[1])
    if high is None:
        return None
    if _scale(parts[0]) == 1:
        low *= _scale(parts[1])                         # `2 to 3 million tons`
    return (low, high) if low <= high else None


def _counted_in_words(match: re.Match):
    """`twenty thousand workers`: a count, when the number is in words and has a scale (`two
    men` stays prose; a count in digits is _COUNT's), its noun right after it or after one
    adjective, as a count in digits may (`two thousand armed men`, `a million Red Guards`)."""
    amount = match.group("a")
    if _DIGIT.match(amount) or _is_range(amount):
        return None
    word, after = match.group("counted"), match.group("after")
    if word not in COUNTED and (after is None or word.lower() in _STOP
                                or after.lower() not in COUNTED):
        return None
    value = number_value(amount)
    if value is None:
        return None
    return match.start(), match.end("a"), new("num", value=decimal_text(value))


def _ends_range(text: str, start: int) -> bool:
    """Is the number at `start` the second of a range (`4 to 5`, `10-15`)?"""
    for mark in _RANGE_MARK.finditer(text, max(0, start - 4), start):
        if mark.end() == start and mark.start() and text[mark.start() - 1].isdigit():
            return True
    return False


def _is_range(amount: str) -> bool:
    """Does `amount` give two numbers (`4 to 5`, `10-15 thousand`)?"""
    return len(_RANGE_MARK.split(amount.lower())) > 1


def _scale(text: str) -> int:
    """What the words that end a number multiply it by: `3 hundred thousand` -> 100000."""
    scale = 1
    for word in reversed(text.lower().replace("\u00a0", " ").split()):
        if word == "hundred":
            scale *= 100
        elif word in _MULTIPLIERS or word in _INDIAN_SCALES:
            scale *= _MULTIPLIERS.get(word) or _INDIAN_SCALES[word]    # `Rs 5-6 crore`
        else:
            break
    return scale


def _supplied(child: etree._Element | None) -> etree._Element | None:
    """`child` if it is a supplied bracket of text only (`[of cotton]`, `[people]`)."""
    return child if plain_supplied(child) else None


def _commodity(text: str, end: int, children: dict[int, etree._Element]
               ) -> tuple[str | None, int]:
    """What the measure measures: `of chemical fertilizer`, or a supplied `[of cotton]`."""
    supplied = _supplied(children.get(end + 1)) if text[end:end + 2] == " " + OBJECT else None
    if supplied is not None:
        content = (supplied.text or "").strip()
        of = _SUPPLIED_OF.fullmatch(content)
        if of:
            return _commodity_word(of.group(1).split()), end + 2
    reading, base = text, 0
    of = _OF.match(text, end)
    if of is None and text[end + 1:end + 3] == "OF" and text[end:end + _CAPITALS_REACH].isupper():
        # a cable in capitals, read as prose prints it (`200 TONS OF SPECIAL STEEL`)
        reading, base = text[end:end + _CAPITALS_REACH].lower(), end
        of = _OF.match(reading)
    if of:
        words = []
        for word in _LOWER_WORD.finditer(of.group("what")):
            if word.group() in _STOP or (words and (_PARTICIPLE.fullmatch(word.group()) or
                                                    word.group() in _IRREGULAR_VERBS)
                                         and not words[-1].group().endswith("ly")):
                break                                   # not `highly enriched uranium`
            words.append(word)
        kept = [w.group() for w in words]
        while kept and kept[0] in _DETERMINERS:
            kept = kept[1:]
        if kept and _GOODS_LIST.match(reading, of.start("what") + words[-1].end()):
            return None, end    # `5,000 tons of boron, dolomite, sand, clay and lead`: no one
        if kept:
            return _commodity_word(kept), base + of.start("what") + words[-1].end()
    return None, end


def _commodity_word(words: list[str]) -> str | None:
    """`chemical fertilizer` -> `chemical-fertilizer` (@commodity is one word in our schema)."""
    value = "-".join(w.strip("-") for w in words if w.strip("-"))
    return value if _COMMODITY.fullmatch(value) else None


def _count(match: re.Match, text: str, children: dict[int, etree._Element]):
    """A number of digits as a `num`: grouped in thousands or with a scale, whatever follows
    it (`16,000 of NATO`, `13,310 killed`, `18 billion.`); else a count of a listed noun,
    right after it or after one adjective (`300 soldiers`, `300 Red Guards`; not `3 times`,
    `300 [people]`). Not a range's number: `num` holds one value."""
    amount = match.group("a")
    value = number_value(amount)
    if value is None:
        return None
    if _ends_range(text, match.start()) or _RANGE_ON.match(text, match.end()):
        return None                                     # `4 to 5 battalions`, `10,000 to 15,000`
    if "," not in amount and len(amount.split()) == 1:
        noun, people = match.group("noun"), match.group("people")
        if noun is None and people is None:
            return None
        if _YEAR.fullmatch(amount) and _YEAR_BEFORE.search(
                text, max(0, match.start() - _YEAR_BEFORE_REACH), match.start()):
            return None                                 # `in 1968 troops entered`: a year
        if (people is not None or noun not in COUNTED) and not _after_adjective(match) and \
                not ("-" in text[match.end():match.end() + 30] and _after_hyphened(match, text)):
            return None
    return match.start(), match.end(), new("num", value=decimal_text(value))


# A hyphened adjective before a count's noun, maybe after a people's (`572 American
# medium-range missiles`, `300 well-armed troops`): one adjective, as `regular` is.
_HYPHENED_ADJECTIVE = re.compile(
    rf"{_S}(?:[{N.CAPITALS}][a-z]+{_S})?[a-z]+-[a-z]+{_S}(?P<noun>[a-z]+)\b")


def _after_hyphened(match: re.Match, text: str) -> bool:
    """Does the count's noun follow a hyphened adjective (`_HYPHENED_ADJECTIVE`)? Not after
    a year (`in 1979 medium-range missiles`)."""
    hyphened = _HYPHENED_ADJECTIVE.match(text, match.end())
    return hyphened is not None and hyphened["noun"] in COUNTED and \
        not _YEAR.fullmatch(match.group("a"))


def _after_adjective(match: re.Match) -> bool:
    """Does the count's noun follow one adjective (`210,000 regular troops`, `some 300 Red
    Guards`)? Not after a word that ends the phrase (`300 of soldiers`), nor after a year (`in
    1968 Soviet troops entered`)."""
    people = match.group("people")
    if people is None:
        word, people = match.group("noun"), match.group("next")
        if people is None or word in _STOP:
            return False
    if people.lower() not in COUNTED:
        return False
    return not _YEAR.fullmatch(match.group("a"))
