"""The quantities pass: measure and num, string in, string out."""

from __future__ import annotations

import random
import re

import pytest
from lxml import etree

import pipeline
from pipeline.export.text import body_text
from pipeline.markup import quantities as Q
from pipeline.markup.quantities import mark_quantities, number_value
from pipeline.names import Names
from pipeline.tei import TEI_NS
from pipeline.validate import validate

from conftest import SIC_NOTE, converted_body

NS = f' xmlns="{TEI_NS}"'


def run(body: str) -> str:
    """Mark quantities in `<p>body</p>` and return the paragraph's content without namespaces."""
    div = etree.fromstring(f"<div{NS}><p>{body}</p></div>")
    mark_quantities(div, Names())
    return etree.tostring(div[0], encoding="unicode").replace(NS, "")[len("<p>"):-len("</p>")]


CASES = [
    ("600,000 tons of chemical fertilizer were supplied",
     '<measure unit="ton" quantity="600000" commodity="chemical-fertilizer">600,000 tons of '
     'chemical fertilizer</measure> were supplied'),
    ("fertilizer is 400 kilograms.", 'fertilizer is <measure unit="kilogram" quantity="400">400 '
                                     'kilograms</measure>.'),
    ("sown 2.4 million jeongbo", 'sown <measure unit="jeongbo" quantity="2400000">2.4 million '
                                 'jeongbo</measure>'),
    ("will produce 2 to 2.5 tons.", 'will produce <measure unit="ton" min="2" max="2.5">2 to 2.5 '
                                    'tons</measure>.'),
    ("Four million tons when", '<measure unit="ton" quantity="4000000">Four million tons</measure>'
                               ' when'),
    ("an average of three mu per person", 'an average of <measure unit="mu" quantity="3">three mu'
                                          '</measure> per person'),
    ("1000 billion kilos of grain reserves.",
     '<measure unit="kilogram" quantity="1000000000000" commodity="grain-reserves">1000 billion '
     'kilos of grain reserves</measure>.'),
    ("40,000 tons of other artificial fiber for",
     '<measure unit="ton" quantity="40000" commodity="artificial-fiber">40,000 tons of other '
     'artificial fiber</measure> for'),
    ("10,000 tons is 200,000 dan.", '<measure unit="ton" quantity="10000">10,000 tons</measure> is '
                                    '<measure unit="dan" quantity="200000">200,000 dan</measure>.'),
    ("a loan of 50 million rubles", 'a loan of <measure unit="RUB" quantity="50000000">50 million '
                                    'rubles</measure>'),
    ("About 20,000 people left", 'About <num value="20000">20,000</num> people left'),
    ("in 1958, it was", "in 1958, it was"),
    ("the 60-cycle motors", "the 60-cycle motors"),
    ("on the 18th floor", "on the 18th floor"),
    ("Comrade Won said 5 to 3 tons", "Comrade Won said 5 to 3 tons"),
    ("we met 3 times", "we met 3 times"),
    ("2.4 million 2,400,000 jeongbo.", '<num value="2400000">2.4 million</num> <measure '
                                       'unit="jeongbo" quantity="2400000">2,400,000 jeongbo'
                                       '</measure>.'),
    ("in 1961 100,000 tons", 'in 1961 <measure unit="ton" quantity="100000">100,000 tons'
                             '</measure>'),
    # a dose rate, a length joined to what it measures, a temperature below zero (they were
    # numbers or text)
    ("1,000 roentgens per hour and 10 milliroentgens per hour",
     '<measure unit="roentgen-per-hour" quantity="1000">1,000 roentgens per hour</measure> and '
     '<measure unit="milliroentgen-per-hour" quantity="10">10 milliroentgens per hour'
     '</measure>'),
    ("the 30-kilometer zone", 'the <measure unit="kilometer" quantity="30">30-kilometer</measure>'
                              ' zone'),
    ("at minus 50 degrees", 'at <measure unit="degree" quantity="-50">minus 50 degrees</measure>'),
    # a list of goods: no one of them the commodity (it was `boron`)
    ("5,000 tonnes of boron, dolomite, sand, clay and lead",
     '<measure unit="ton" quantity="5000">5,000 tonnes</measure> of boron, dolomite, sand, clay '
     'and lead'),
    ("300 tons of grain, he said, and more", '<measure unit="ton" quantity="300" '
                                             'commodity="grain">300 tons of grain</measure>, he '
                                             'said, and more'),
]


@pytest.mark.parametrize("source, expected", CASES)
def test_quantities(source: str, expected: str) -> None:
    """A number with a unit becomes measure; an unsure number stays plain text."""
    assert run(source) == expected


# Numbers in words: `hundred` was a number of its own, so `two hundred thousand tons` measured
# 100000 and `several hundred tons` 100; `a million`, `half a million`, `twenty-five` were text.
WORD_CASES = [
    ("one hundred tons of steel",
     '<measure unit="ton" quantity="100" commodity="steel">one hundred tons of steel</measure>'),
    ("two hundred thousand tons", '<measure unit="ton" quantity="200000">two hundred thousand '
                                  'tons</measure>'),
    ("five hundred and fifty tons", '<measure unit="ton" quantity="550">five hundred and fifty '
                                    'tons</measure>'),
    ("several hundred tons", '<measure unit="ton">several hundred tons</measure>'),
    ("we need half a million tons of coal",
     'we need <measure unit="ton" quantity="500000" commodity="coal">half a million tons of coal'
     '</measure>'),
    ("A million tons of coal",
     '<measure unit="ton" quantity="1000000" commodity="coal">A million tons of coal</measure>'),
    ("a ton of coal", "a ton of coal"),
    ("twenty-five tons of fish",
     '<measure unit="ton" quantity="25" commodity="fish">twenty-five tons of fish</measure>'),
    ("two and a half million tons", '<measure unit="ton" quantity="2500000">two and a half '
                                    'million tons</measure>'),
    ("two to three hundred tons", '<measure unit="ton" min="200" max="300">two to three hundred '
                                  'tons</measure>'),
    ("One hundred thousand troops were sent",
     '<num value="100000">One hundred thousand</num> troops were sent'),
    ("twenty thousand workers", '<num value="20000">twenty thousand</num> workers'),
    ("the two men left", "the two men left"),
    ("three regiments and 2 battalions", 'three regiments and <num value="2">2</num> battalions'),
    ("twenty thousand volunteers", '<num value="20000">twenty thousand</num> volunteers'),
]


@pytest.mark.parametrize("source, expected", WORD_CASES)
def test_numbers_in_words(source: str, expected: str) -> None:
    """A number in words is read whole (`two hundred thousand`), never from its last word."""
    assert run(source) == expected


# Ranges written without spaces, or with `or`: `10-15 thousand tons` was text, `one or two tons`
# measured two tons.
RANGE_CASES = [
    ("produce 10-15 thousand tons of steel",
     'produce <measure unit="ton" min="10000" max="15000" commodity="steel">10-15 thousand tons of '
     'steel</measure>'),
    ("10\u201315 tons", '<measure unit="ton" min="10" max="15">10\u201315 tons</measure>'),
    ("one or two tons", '<measure unit="ton" min="1" max="2">one or two tons</measure>'),
    ("a 2-year plan", "a 2-year plan"),
    ("in Moscow on Aug. 3-5 and", "in Moscow on Aug. 3-5 and"),
    ("10-15 workers", "10-15 workers"),
    ("we can destroy from 4 to 5 battalions", "we can destroy from 4 to 5 battalions"),
    ("2 or 3 men", "2 or 3 men"),
]


@pytest.mark.parametrize("source, expected", [
    ("grew from 6.3 billion rubles in 1960 to 15.1 billion rubles in 1968",
     'grew from <measure unit="RUB" quantity="6300000000">6.3 billion rubles</measure> in 1960 to '
     '<measure unit="RUB" quantity="15100000000">15.1 billion rubles</measure> in 1968'),
    ("from 500 tons in 1960 to 5,000 tons", 'from <measure unit="ton" quantity="500">500 tons'
     '</measure> in 1960 to <measure unit="ton" quantity="5000">5,000 tons</measure>'),
    # a range whose first number is no year after `in` stays a range
    ("deliveries of 1500 to 2000 tons", 'deliveries of <measure unit="ton" min="1500" '
     'max="2000">1500 to 2000 tons</measure>'),
])
def test_a_range_that_is_none_leaves_its_second_measure(source: str, expected: str) -> None:
    """`1960 to 15.1 billion rubles` was read as one range, rejected (or a range from a year),
    and the second amount went with it."""
    assert run(source) == expected


@pytest.mark.parametrize("source, expected", RANGE_CASES)
def test_ranges(source: str, expected: str) -> None:
    """A range is min and max whether written `10-15`, `10 to 15` or `one or two`."""
    assert run(source) == expected


# Money: currency units are ISO 4217 codes (`won` and `franc` alone name no state's currency);
# a currency sign is a unit; the words that say whose the currency is are part of the amount.
MONEY_CASES = [
    ("a loan of 5 million US dollars", 'a loan of <measure unit="USD" quantity="5000000">5 million '
                                       'US dollars</measure>'),
    ("a loan of $5 million was", 'a loan of <measure unit="USD" quantity="5000000">$5 million'
                                 '</measure> was'),
    ("US$3 million", '<measure unit="USD" quantity="3000000">US$3 million</measure>'),
    ("USA$3 million", '<measure unit="USD" quantity="3000000">USA$3 million</measure>'),
    # the East European and Cuban currencies; `pesos` alone, as `francs`, is a denomination
    ("2.1 billion złoty", '<measure unit="PLN" quantity="2100000000">2.1 billion złoty</measure>'),
    ("3.5 million forint", '<measure unit="HUF" quantity="3500000">3.5 million forint</measure>'),
    ("40 million Cuban pesos and 300 million pesos",
     '<measure unit="CUP" quantity="40000000">40 million Cuban pesos</measure> and <measure '
     'unit="peso" quantity="300000000">300 million pesos</measure>'),
    ("7 million Czechoslovak crowns, 5 million leva and 2 million lei",
     '<measure unit="CSK" quantity="7000000">7 million Czechoslovak crowns</measure>, <measure '
     'unit="BGN" quantity="5000000">5 million leva</measure> and <measure unit="RON" '
     'quantity="2000000">2 million lei</measure>'),
    ("HK$3 million", '<measure unit="HKD" quantity="3000000">HK$3 million</measure>'),
    ("U.S. $4 million", '<measure unit="USD" quantity="4000000">U.S. $4 million</measure>'),
    ("$5 to $6 million", '<measure unit="USD" min="5000000" max="6000000">$5 to $6 million'
                         '</measure>'),
    ("\u00a3200,000 in aid", '<measure unit="GBP" quantity="200000">\u00a3200,000</measure> in '
                             'aid'),
    ("1.5 billion Soviet rubles", '<measure unit="RUB" quantity="1500000000">1.5 billion Soviet '
                                  'rubles</measure>'),
    ("5 million American dollars", '<measure unit="USD" quantity="5000000">5 million American '
                                   'dollars</measure>'),
    ("6 million Hong Kong dollars",
     '<measure unit="HKD" quantity="6000000">6 million Hong Kong dollars</measure>'),
    ('5 million <supplied reason="clarification">US</supplied> dollars',
     '<measure unit="USD" quantity="5000000">5 million <supplied reason="clarification">US'
     '</supplied> dollars</measure>'),
    ("50,000 pounds sterling", '<measure unit="GBP" quantity="50000">50,000 pounds sterling'
                               '</measure>'),
    ("2 million yuan", '<measure unit="CNY" quantity="2000000">2 million yuan</measure>'),
    ("2 million North Korean won", '<measure unit="KPW" quantity="2000000">2 million North Korean '
                                   'won</measure>'),
    ("100,000 won", '<measure unit="won" quantity="100000">100,000 won</measure>'),
    ("3 million French francs", '<measure unit="FRF" quantity="3000000">3 million French francs'
                                '</measure>'),
    ("3 million yen", '<measure unit="JPY" quantity="3000000">3 million yen</measure>'),
    ('a loan of 1.5 billion <supplied reason="clarification">rubles</supplied>',
     'a loan of <measure unit="RUB" quantity="1500000000">1.5 billion <supplied '
     'reason="clarification">rubles</supplied></measure>'),
    # rupees, lire and dinars alone are denominations several states' currencies share
    ("100 million rupees and 5 million Pakistani rupees",
     '<measure unit="rupee" quantity="100000000">100 million rupees</measure> and <measure '
     'unit="PKR" quantity="5000000">5 million Pakistani rupees</measure>'),
    ("3 billion lire, 2 billion Italian lire and 4 million dinars",
     '<measure unit="lira" quantity="3000000000">3 billion lire</measure>, <measure unit="ITL" '
     'quantity="2000000000">2 billion Italian lire</measure> and <measure unit="dinar" '
     'quantity="4000000">4 million dinars</measure>'),
    ("3 million Yen", '<num value="3000000">3 million</num> Yen'),
    # the units of account of the East's trade, which ISO 4217 never coded, and the currencies
    # whose name says whose they are
    ("owe us 5.1 billion transferable rubles.", 'owe us <measure unit="transferable-ruble" '
     'quantity="5100000000">5.1 billion transferable rubles</measure>.'),
    ("is 12.1 billion Valuta Marks.", 'is <measure unit="valuta-mark" quantity="12100000000">'
     '12.1 billion Valuta Marks</measure>.'),
    ("400 million clearing dollars and 2 billion convertible currency",
     '<measure unit="clearing-dollar" quantity="400000000">400 million clearing dollars</measure>'
     ' and <measure unit="convertible-currency" quantity="2000000000">2 billion convertible '
     'currency</measure>'),
    ("5 million Swiss francs and 3 billion West German marks",
     '<measure unit="CHF" quantity="5000000">5 million Swiss francs</measure> and <measure '
     'unit="DEM" quantity="3000000000">3 billion West German marks</measure>'),
    ("the transferable ruble must become a currency",
     "the transferable ruble must become a currency"),
    ("500 pounds of rice", "500 pounds of rice"),
    ('5 million <placeName ref="#place-japan">Japan</placeName> dollars',
     '<num value="5000000">5 million</num> <placeName ref="#place-japan">Japan</placeName> '
     'dollars'),
]


@pytest.mark.parametrize("source, expected", MONEY_CASES)
def test_money(source: str, expected: str) -> None:
    """An amount of money is one measure with its currency's code, its sign or name inside."""
    assert run(source) == expected


@pytest.mark.parametrize("source, expected", [
    ("Kohl offered DM 12 billion and $39 billion.", 'Kohl offered <measure unit="DEM" '
     'quantity="12000000000">DM 12 billion</measure> and <measure unit="USD" '
     'quantity="39000000000">$39 billion</measure>.'),
    ("DM12 billion, 12 billion DM, FF 3 billion", '<measure unit="DEM" quantity="12000000000">'
     'DM12 billion</measure>, <measure unit="DEM" quantity="12000000000">12 billion DM</measure>'
     ', <measure unit="FRF" quantity="3000000000">FF 3 billion</measure>'),
    ("The cost of his journey, Rs. 18,500, will be met", 'The cost of his journey, <measure '
     'unit="rupee" quantity="18500">Rs. 18,500</measure>, will be met'),
    # the Indian scales after rupees
    ("is already Rs. 300 crores and Rs 5 lakhs", 'is already <measure unit="rupee" '
     'quantity="3000000000">Rs. 300 crores</measure> and <measure unit="rupee" '
     'quantity="500000">Rs 5 lakhs</measure>'),
    # a code inside a word, after a point, or in another case is none
    ("ADM 5 and NDM12, the DM. 5 and 5 dm", "ADM 5 and NDM12, the DM. 5 and 5 dm"),
    # the rupiah, Indonesia's: its code before the number, its name after it
    ("has seized Rp. 1,500,000 in cash, Rp 5 billion, Rp5,000 and 2 billion rupiah",
     'has seized <measure unit="IDR" quantity="1500000">Rp. 1,500,000</measure> in cash, '
     '<measure unit="IDR" quantity="5000000000">Rp 5 billion</measure>, <measure unit="IDR" '
     'quantity="5000">Rp5,000</measure> and <measure unit="IDR" quantity="2000000000">2 billion '
     'rupiah</measure>'),
    ("ARp 5 and the RP 5", "ARp 5 and the RP 5"),
    # India's grouping, wholly so, and its scales after digits
    ("Rs. 2,50,000 was sanctioned, Rs. 1,00,00,000 and 12,50,000 rupees",
     '<measure unit="rupee" quantity="250000">Rs. 2,50,000</measure> was sanctioned, <measure '
     'unit="rupee" quantity="10000000">Rs. 1,00,00,000</measure> and <measure unit="rupee" '
     'quantity="1250000">12,50,000 rupees</measure>'),
    ("at 5 lakh rupees and 3 crore rupees", 'at <measure unit="rupee" quantity="500000">5 lakh '
     'rupees</measure> and <measure unit="rupee" quantity="30000000">3 crore rupees</measure>'),
    ("1,234,567 tons and 1,50,000,000 tons", '<measure unit="ton" quantity="1234567">1,234,567 '
     'tons</measure> and 1,50,000,000 tons'),
])
def test_a_currency_code_before_the_number(source: str, expected: str) -> None:
    """`DM 12 billion` was a bare num, the currency lost, and `Rs. 18,500` text: a currency's
    code before the number is its unit, as `$` is."""
    assert run(source) == expected


@pytest.mark.parametrize("source, expected", [
    ("a credit of 2 billion in convertible currency;", 'a credit of <measure '
     'unit="convertible-currency" quantity="2000000000">2 billion in convertible currency'
     '</measure>;'),
    ("a credit of 500 million in freely convertible currency", 'a credit of <measure '
     'unit="convertible-currency" quantity="500000000">500 million in freely convertible '
     'currency</measure>'),
    # an amount in rubles is rubles, paid in hard currency: the words after it stay outside
    ("2 billion rubles in convertible currency", '<measure unit="RUB" quantity="2000000000">2 '
     'billion rubles</measure> in convertible currency'),
    # a year is no amount
    ("exports in 1985 in convertible currency grew", "exports in 1985 in convertible currency "
     "grew"),
])
def test_an_amount_in_convertible_currency(source: str, expected: str) -> None:
    """`2 billion in convertible currency` was a bare num, its currency outside: `in` before
    hard currency says what the amount is in, and the measure holds it."""
    assert run(source) == expected


def test_money_of_the_east_converted(tei_all) -> None:
    """From the source: the units of account, a code before the number, an abbreviation's
    point and a number with no noun are marked, the text kept and the document valid."""
    body = converted_body("November 13, 1986\n\nPolitburo Session\n\nGorbachev: The Poles owe"
                          " us 5.1 billion transferable rubles. Kohl offered DM 12 billion. They"
                          " occupy 38,000 sq. km. of our territory. We agree to 370,000.\n",
                          tei_all)
    assert ('<measure unit="transferable-ruble" quantity="5100000000">5.1 billion transferable'
            ' rubles</measure>.') in body
    assert '<measure unit="DEM" quantity="12000000000">DM 12 billion</measure>.' in body
    assert ('<measure unit="square-kilometer" quantity="38000" commodity="territory">38,000 sq.'
            ' km. of our territory</measure>.') in body
    assert 'We agree to <num value="370000">370,000</num>.' in body


def test_currency_place_leaves_the_register() -> None:
    """`US` of `5 million US dollars` is no place: not marked, and not in the document's places
    unless the document names the place elsewhere (and then without that form)."""
    from pipeline import convert

    only_money = convert("Zhou: We lent 5 million US dollars.").tree
    assert not only_money.xpath("//t:placeName", namespaces={"t": TEI_NS})
    assert only_money.xpath("//t:measure/text()", namespaces={"t": TEI_NS}) == \
        ["5 million US dollars"]
    both = convert("Zhou: The United States lent 5 million US dollars.").tree
    places = both.xpath("//t:place/t:placeName/text()", namespaces={"t": TEI_NS})
    assert places == ["United States"]


MONEY_AFTER_PLACES = [
    ("a loan of 5 million US dollars", 'a loan of <measure unit="USD" quantity="5000000">5 million '
                                       'US dollars</measure>'),
    ("US$3 million and U.S. $4 million",
     '<measure unit="USD" quantity="3000000">US$3 million</measure> and <measure unit="USD" '
     'quantity="4000000">U.S. $4 million</measure>'),
    ("6 million Hong Kong dollars",
     '<measure unit="HKD" quantity="6000000">6 million Hong Kong dollars</measure>'),
    ("7 million dollars US", '<measure unit="USD" quantity="7000000">7 million dollars</measure> '
                             '<placeName ref="#place-united-states">US</placeName>'),
    ('10 million <supplied reason="clarification">US</supplied> dollars',
     '<measure unit="USD" quantity="10000000">10 million <supplied reason="clarification">US'
     '</supplied> dollars</measure>'),
    ("5 million Japan dollars", '<num value="5000000">5 million</num> <placeName '
                                'ref="#place-japan">Japan</placeName> dollars'),
]


@pytest.mark.parametrize("source, expected", MONEY_AFTER_PLACES)
def test_money_after_the_places_pass(source: str, expected: str) -> None:
    """The passes in their order: the places pass leaves `US` of `US dollars` to the amount,
    and a place after the unit (`dollars US`) or one that names no currency stays a place."""
    from pipeline.markup.places import mark_places

    div = etree.fromstring(f"<div{NS}><p>{source}</p></div>")
    names = Names()
    mark_places(div, names)
    mark_quantities(div, names)
    assert etree.tostring(div[0], encoding="unicode").replace(NS, "")[3:-4] == expected


@pytest.mark.parametrize("source, expected", [
    ("The bomb of 20 kilotons, one of 3 megatons", 'The bomb of <measure unit="kiloton" '
     'quantity="20">20 kilotons</measure>, one of <measure unit="megaton" quantity="3">3 '
     'megatons</measure>'),
    ("a reactor of 40 megawatts and one of 626 MW",
     'a reactor of <measure unit="megawatt" quantity="40">40 megawatts</measure> and one of '
     '<measure unit="megawatt" quantity="626">626 MW</measure>'),
    ("500 kilowatts or 500 kW, 1.2 gigawatts",
     '<measure unit="kilowatt" quantity="500">500 kilowatts</measure> or <measure '
     'unit="kilowatt" quantity="500">500 kW</measure>, <measure unit="gigawatt" '
     'quantity="1.2">1.2 gigawatts</measure>'),
    ("yields of 20 kt and 1 Mt, a 50-Mt bomb, a 20-kiloton bomb",
     'yields of <measure unit="kiloton" quantity="20">20 kt</measure> and <measure '
     'unit="megaton" quantity="1">1 Mt</measure>, a <measure unit="megaton" quantity="50">50-Mt'
     '</measure> bomb, a <measure unit="kiloton" quantity="20">20-kiloton</measure> bomb'),
    # `MT` is metric tons as often, and a hyphen before any other unit is no yield
    ("500 MT of rice, 20 KT, a 20-ton truck", "500 MT of rice, 20 KT, a 20-ton truck"),
])
def test_yield_and_power(source: str, expected: str) -> None:
    """A bomb's yield and a reactor's power are measures; `20 kilotons` and `40 megawatts`
    were text, and so were `20 kt`, `1 Mt` and `a 50-Mt bomb`."""
    assert run(source) == expected


@pytest.mark.parametrize("source, expected", [
    ("The ship made a speed of 12 kt, the cruiser was making 20 kt",
     'The ship made a speed of <measure unit="knot" quantity="12">12 kt</measure>, the cruiser '
     'was making <measure unit="knot" quantity="20">20 kt</measure>'),
    ("The destroyer sailed on at 25 kt, 30 knots at most",
     'The destroyer sailed on at <measure unit="knot" quantity="25">25 kt</measure>, <measure '
     'unit="knot" quantity="30">30 knots</measure> at most'),
    # a bomb beside ships: its yield
    ("The destroyer carried a warhead of 20 kt", 'The destroyer carried a warhead of <measure '
     'unit="kiloton" quantity="20">20 kt</measure>'),
    # `Mt.` before a capitalized word is Mount
    ("the 3 Mt. Paektu divisions and Mt. Kumgang", "the 3 Mt. Paektu divisions and Mt. Kumgang"),
])
def test_knots_and_mount(source: str, expected: str) -> None:
    """`kt` at sea is knots, a ship's speed, where it was always kilotons (`a speed of 12
    kt`), and `3 Mt. Paektu` was 3 megatons."""
    assert run(source) == expected


# An amount the text does not count out: the unit and commodity are stated, the quantity not.
VAGUE_CASES = [
    ("tens of thousands of tons of grain",
     '<measure unit="ton" commodity="grain">tens of thousands of tons of grain</measure>'),
    ("Hundreds of tons", '<measure unit="ton">Hundreds of tons</measure>'),
    ("several million dollars", '<measure unit="USD">several million dollars</measure>'),
    ("tens of thousands of people", "tens of thousands of people"),
    ("several tons", "several tons"),
]


@pytest.mark.parametrize("source, expected", VAGUE_CASES)
def test_amounts_without_a_number(source: str, expected: str) -> None:
    """`tens of thousands of tons` is a measure of tons with no quantity, not 100 or nothing."""
    assert run(source) == expected


# A bound is no amount: the measure holds the bound's words, its unit and commodity, and no
# quantity (as a gap's `[less than 1 line ...]` has none); an estimate still gives its amount.
BOUND_CASES = [
    ("It separated less than 1 kilogram of plutonium.",
     'It separated <measure unit="kilogram" commodity="plutonium">less than 1 kilogram of '
     'plutonium</measure>.'),
    ("It ran at more than 80 percent of its capacity.",
     'It ran at <measure unit="percent" commodity="capacity">more than 80 percent of its '
     'capacity</measure>.'),
    ("to yield no more than 3.8 million tons of sugar",
     'to yield <measure unit="ton" commodity="sugar">no more than 3.8 million tons of sugar'
     '</measure>'),
    ("worth at least $5 million", 'worth <measure unit="USD">at least $5 million</measure>'),
    ("COST LESS THAN $62 MILLION", 'COST <measure unit="USD">LESS THAN $62 MILLION</measure>'),
    ("a range up to 2,500 kilometers and one over 600 kilometers",
     'a range <measure unit="kilometer">up to 2,500 kilometers</measure> and one <measure '
     'unit="kilometer">over 600 kilometers</measure>'),
    ("lost over 1.5 million square kilometres of territory",
     'lost <measure unit="square-kilometer" commodity="territory">over 1.5 million square '
     'kilometres of territory</measure>'),
    # `over` of a verb bounds nothing; an estimate is the amount it estimates; a count's num
    # holds its number alone
    ("they handed over 500 tons of grain", 'they handed over <measure unit="ton" quantity="500" '
                                           'commodity="grain">500 tons of grain</measure>'),
    ("about 50 tons of uranium", 'about <measure unit="ton" quantity="50" commodity="uranium">'
                                 '50 tons of uranium</measure>'),
    ("more than 20,000 people", 'more than <num value="20000">20,000</num> people'),
    ("a leftover 5 tons", 'a leftover <measure unit="ton" quantity="5">5 tons</measure>'),
]


@pytest.mark.parametrize("source, expected", BOUND_CASES)
def test_a_bound_is_no_amount(source: str, expected: str) -> None:
    """`less than 1 kilogram` and `more than 80 percent` were quantity 1 and 80, as if exact."""
    assert run(source) == expected


def test_supplied_commodity_goes_inside() -> None:
    """`20,000 jeongbo [of cotton]`: the supplied bracket names the commodity and joins the measure."""
    out = run('reduced to 20,000 jeongbo <supplied reason="clarification">of cotton</supplied> sown')
    assert out == ('reduced to <measure unit="jeongbo" quantity="20000" commodity="cotton">20,000 '
                   'jeongbo <supplied reason="clarification">of cotton</supplied></measure> sown')


def test_count_with_supplied_noun() -> None:
    """`11 million [people]`: a count, num/@value."""
    out = run('About 11 million <supplied reason="clarification">people</supplied>.')
    assert out.startswith('About <num value="11000000">11 million</num> <supplied')


@pytest.mark.parametrize("source, expected", [
    ("210,000 regular troops", '<num value="210000">210,000</num> regular troops'),
    ("250,000 American soldiers", '<num value="250000">250,000</num> American soldiers'),
    ("some 300 Red Guards", 'some <num value="300">300</num> Red Guards'),
    ("38,679 servicemen", '<num value="38679">38,679</num> servicemen'),
    # not after a word that ends the phrase, nor after a year, nor before an unlisted noun
    ("300 of soldiers", "300 of soldiers"),
    ("in 1968 regular troops entered", "in 1968 regular troops entered"),
    ("in 1968 Soviet troops entered", "in 1968 Soviet troops entered"),
    ("300 Red Cross nurses", "300 Red Cross nurses"),
    ("300 regular meetings", "300 regular meetings"),
])
def test_a_count_after_one_adjective(source: str, expected: str) -> None:
    """A count's noun may follow one adjective, and the people nouns are counted:
    `210,000 regular troops`, `250,000 American soldiers` and `38,679 servicemen` were text."""
    assert run(source) == expected


@pytest.mark.parametrize("source, expected", [
    ("30,000 tanks against 16,000 of NATO.", '<num value="30000">30,000</num> tanks against '
     '<num value="16000">16,000</num> of NATO.'),
    ("We lost 13,310 killed.", 'We lost <num value="13310">13,310</num> killed.'),
    ("We agree to 370,000. Our experts speak of 18 billion.", 'We agree to <num value="370000">'
     '370,000</num>. Our experts speak of <num value="18000000000">18 billion</num>.'),
    ("between 10,000 and 15,000.", 'between <num value="10000">10,000</num> and <num '
     'value="15000">15,000</num>.'),
    # a range, a number going on (a hyphen, more digits), a number neither grouped nor scaled
    ("10,000 to 15,000 men, 10,000 \u2013 15,000.", "10,000 to 15,000 men, 10,000 \u2013 15,000."),
    ("the 16,000-strong army, 1,2345", "the 16,000-strong army, 1,2345"),
    ("we lost 300 killed and 5 of them.", "we lost 300 killed and 5 of them."),
])
def test_a_number_grouped_or_scaled_is_a_num_whatever_follows(source: str, expected: str
                                                               ) -> None:
    """`16,000 of NATO`, `13,310 killed` and `We agree to 370,000.` were text while `11
    million` before any word was a num: a number grouped in thousands or with a scale is one
    whatever follows it; a smaller one only counts a listed noun."""
    assert run(source) == expected


@pytest.mark.parametrize("source, expected", [
    ("paid 2.5 billion marks and 1.8 million Marks", 'paid <measure unit="mark" quantity='
     '"2500000000">2.5 billion marks</measure> and <measure unit="mark" quantity="1800000">'
     '1.8 million Marks</measure>'),
    # after a plain number `marks` are a noun as often
    ("it bears 3 marks", "it bears 3 marks"),
])
def test_marks_after_a_scale_are_money(source: str, expected: str) -> None:
    """`2.5 billion marks` was a bare num where rubles and dollars are measured: after a scale
    `marks` are the German currencies' denomination, `mark`."""
    assert run(source) == expected


def test_a_direction_ends_a_commodity() -> None:
    """`1.5 million square kilometers of territory north of the Amur` gave the commodity
    `territory-north`: a direction opens the place the measure lies in."""
    assert run("1.5 million square kilometers of territory north of the Amur").startswith(
        '<measure unit="square-kilometer" quantity="1500000" commodity="territory">1.5 million '
        'square kilometers of territory</measure> north')


@pytest.mark.parametrize("source, expected", [
    ("By 06:00 tanks were standing there.", "By 06:00 tanks were standing there."),
    ("At 9:00 troops came, at 10:45 tons of grain.", "At 9:00 troops came, at 10:45 tons of "
     "grain."),
    ("At 14:00 500 tanks arrived.", 'At 14:00 <num value="500">500</num> tanks arrived.'),
    ("maps on a scale of 1:420,000.", 'maps on a scale of 1:<num value="420000">420,000</num>.'),
])
def test_a_times_minutes_count_nothing(source: str, expected: str) -> None:
    """`By 06:00 tanks` was `06:<num value="0">00</num>`: the figures after a time's colon
    are its minutes, no count or measure."""
    assert run(source) == expected


@pytest.mark.parametrize("source, expected", [
    ("the British sent 3,000 paratroopers", 'the British sent <num value="3000">3,000</num> '
     'paratroopers'),
    ("about 40 destroyers, about 130 warships", 'about <num value="40">40</num> destroyers, '
     'about <num value="130">130</num> warships'),
    ("two thousand armed men", '<num value="2000">two thousand</num> armed men'),
    ("a million Red Guards", '<num value="1000000">a million</num> Red Guards'),
    # a number in words without a scale is prose; not after a word that ends the phrase, nor
    # before an unlisted noun
    ("three regular divisions", "three regular divisions"),
    ("two thousand more troops", "two thousand more troops"),
    ("two thousand Liberian dollars", "two thousand Liberian dollars"),
    # the press, an exhibition's pieces, locomotives after their maker's name
    ("20 journalists, about 100 correspondents and 5 reporters",
     '<num value="20">20</num> journalists, about <num value="100">100</num> correspondents '
     'and <num value="5">5</num> reporters'),
    ("3 Škoda locomotives and 150 exhibits", '<num value="3">3</num> Škoda locomotives and '
     '<num value="150">150</num> exhibits'),
    ("in 1968 Škoda locomotives", "in 1968 Škoda locomotives"),
    # a body's people, by its collective nouns, after one adjective too; as a modifier the
    # noun's number counts the things (vehicles)
    ("20 journalists and 20 support personnel, 20 support staff and 3 staff",
     '<num value="20">20</num> journalists and <num value="20">20</num> support personnel, <num '
     'value="20">20</num> support staff and <num value="3">3</num> staff'),
    ("750 armoured personnel carriers", '<num value="750">750</num> armoured personnel carriers'),
])
def test_more_counts_of_people_and_ships(source: str, expected: str) -> None:
    """`3,000 paratroopers` was text (the noun unlisted), and so was a count in words with its
    noun after one adjective (`two thousand armed men`), which one in digits is; `20
    journalists`, `3 Škoda locomotives` (a capital with a caron) and `20 support personnel`
    were text too."""
    assert run(source) == expected


@pytest.mark.parametrize("source, expected", [
    ("to deploy 572 American medium-range missiles, 108 Pershing-2 and 464 cruise missiles",
     'to deploy <num value="572">572</num> American medium-range missiles, 108 Pershing-2 and '
     '<num value="464">464</num> cruise missiles'),
    ("300 well-armed troops and 40 rockets", '<num value="300">300</num> well-armed troops and '
     '<num value="40">40</num> rockets'),
    # not after a year, nor before an unlisted noun
    ("in 1979 medium-range missiles", "in 1979 medium-range missiles"),
    ("5 long-term plans", "5 long-term plans"),
])
def test_a_count_of_weapons_and_after_a_hyphened_adjective(source: str, expected: str) -> None:
    """`572 American medium-range missiles` and `464 cruise missiles` were text in one
    sentence with `2,400 tanks` a num: weapons are counted as tanks are, and a hyphened
    adjective, maybe after a people's, is the one adjective a count's noun may follow."""
    assert run(source) == expected


@pytest.mark.parametrize("text, value", [("600,000", "600000"), ("2.4 million", "2400000"),
                                         ("Four million", "4000000"), ("2.5", "2.5"),
                                         ("seven apples", None),
                                         ("two hundred thousand", "200000"),
                                         ("twenty-five", "25"), ("a hundred", "100"),
                                         ("half a million", "500000"),
                                         ("one and a half", "1.5"), ("hundred", None),
                                         ("half a", None), ("a", None), ("NaN", None),
                                         ("1e5", None), ("two three", None),
                                         ("one million five hundred thousand", "1500000"),
                                         ("thousand million", None),
                                         ("5 lakh", "500000"), ("300 crores", "3000000000"),
                                         ("2,50,000", "250000")])
def test_number_value(text: str, value: str | None) -> None:
    """Digits, decimals, words and multipliers read to exact decimals."""
    result = number_value(text)
    assert (None if result is None else format(result.normalize(), "f")) == value


# The measure and count patterns as first written: a number not after a word, a decimal point
# or a slash. The module writes them to open with a character class (fast to search); these
# say what they must match.
# A currency's code right before the number (`DM12`, `Rs.500`) or a space before it (`DM 12`).
PLAIN_CODE = r"(?<=(?<![\w.])(?:DM|FF|Rs|Rp))|(?<=(?<![\w.])(?:Rs|Rp)\.)"
PLAIN_CODE_SPACED = (r"(?<=(?<![\w.])(?:DM|FF|Rs|Rp)[ \u00a0])"
                     r"|(?<=(?<![\w.])(?:Rs|Rp)\.[ \u00a0])")
PLAIN_MEASURE = re.compile(
    rf"(?:(?<![\w.,\-/])|(?:{PLAIN_CODE})(?=\d))"
    rf"(?P<a>(?:(?:(?:(?<=[$\u00a3])|{PLAIN_CODE}|{PLAIN_CODE_SPACED})(?P<sign>))?"
    rf"(?:\d{{1,3}}(?:,\d{{3}})+|\d+)(?:\.\d+)?"
    rf"|(?i:{'|'.join(Q._VAGUE)}|{'|'.join(Q._NUMBER_WORDS)}|{Q._A}|half)){Q._MORE})"
    rf"(?(sign)|{Q._ENDING})")
PLAIN_COUNT = re.compile(
    rf"(?<![\w.,\-/])(?P<a>(?:\d{{1,3}}(?:,\d{{3}})+|\d+)(?:\.\d+)?"
    rf"(?:{Q._S}(?:thousand|million|billion))?)(?:(?={Q._S}(?:(?P<noun>[a-z]+)\b"
    rf"(?:{Q._S}(?P<next>[a-z]+)\b)?|[{Q.N.CAPITALS}][a-z]+{Q._S}(?P<people>[A-Z]?[a-z]+)\b"
    rf"|\ufffc))"
    rf"|(?:(?<=,\d{{3}})|(?<=thousand)|(?<=million|billion))(?![\w\-]|[.,]\d))")
PIECES = ["0", "7", "12", "600,000", "1,00", "2.5", "\u0663", ",", ".", "-", "/", " ", "\u00a0",
          "%", "\u2013", "\ufffc", "\n", "a", "x", "one", "Two", "SEVEN", "seventeen", "\u017fix",
          "twenty", "Forty-", "hundred", " hundred", " million", " Thousand", " to ", " tons",
          " ton", " per cent", " Won", " ha", " more", " people", " kg", " US dollars",
          " of cotton", "_", "A", " a", "half", " and", " half", " men", " workers", " or ", "$",
          "\u00a3", "US", " dollars", " Hong Kong dollars", " won", "tens of thousands of",
          "Hundreds of", "several", " of ", " square kilometers", " sq. km", " km\u00b2",
          " regular", " Red", " Guards", " kt", " Mt", "-Mt", "-kiloton", " knots", "DM", " DM",
          "FF", "Rs.", "Rs", "R", " transferable rubles", " Valuta Marks", " crores", "km.",
          "Rp.", "Rp", "p", " in convertible currency", " in", " freely", " feet", " m3",
          " cubic meters", " kronor", " Swedish crowns", " square feet", " cubic foot",
          " córdobas", " Valuta-Mark", "EC"]


def _matches(pattern: re.Pattern, text: str) -> list:
    return [(m.span(), m.groupdict()) for m in pattern.finditer(text)]


def test_first_character_class_holds_every_number_start() -> None:
    """Every character a case-blind number word or a digit can start with opens a measure, and
    nothing else does."""
    words = [*Q.WORD_NUMBERS, *Q._VAGUE_FIRST, "a", "half"]
    starts = re.compile(r"\d|(?i:[" + "".join({w[0] for w in words}) + "])")
    first = re.compile(Q._FIRST[:Q._FIRST.index("]") + 1])
    everything = "".join(map(chr, range(0x110000)))
    assert starts.findall(everything) == first.findall(everything)


def test_case_classes_hold_every_spelling_of_their_letter() -> None:
    """A letter's plain class (the second letters of the number words) holds every character
    of all Unicode that the case-blind letter matches, and nothing else."""
    everything = "".join(map(chr, range(0x110000)))
    for letter in {opening[1] for opening in Q._OPENINGS if opening[1:2].isalpha()}:
        case_blind = re.compile(f"(?i:{letter})").findall(everything)
        assert case_blind == re.compile(f"[{Q._case_class(letter)}]").findall(everything), letter


def test_a_is_a_number_before_every_scale() -> None:
    """`a hundred`, `a thousand` ... `a trillion` are numbers, whatever the case of the scale."""
    for scale in ["hundred", *Q._MULTIPLIERS]:
        for written in (scale, scale.capitalize(), scale.upper()):
            assert Q._MEASURE.search(f"a {written} tons"), written


def test_dollar_prefixes_are_the_capital_qualifiers_of_dollars() -> None:
    """The `$` prefixes come from the currency table: `US`, `U.S.`, `USA` and `HK` dollars."""
    assert Q.DOLLAR_PREFIXES == {"US": "USD", "U.S.": "USD", "USA": "USD", "HK": "HKD"}


def test_fast_patterns_match_as_the_plain_ones() -> None:
    """The class-first measure and count patterns find exactly what the plain ones find."""
    rng = random.Random(7)
    texts = ["".join(rng.choice(PIECES) for _ in range(rng.randint(1, 12)))
             for _ in range(20_000)]
    for text in texts:
        assert _matches(Q._MEASURE, text) == _matches(PLAIN_MEASURE, text), text
        assert _matches(Q._COUNT, text) == _matches(PLAIN_COUNT, text), text


@pytest.mark.parametrize("text", ["10.000 tons of steel", "1.500 workers were sent"])
def test_a_point_before_three_digits_is_no_number_we_can_be_sure_of(text: str) -> None:
    """`10.000 tons` is ten thousand in a translation that keeps its original's thousands
    point, ten in English: no measure, where it was `quantity="10"` (a wrong value in the tables)."""
    assert "<measure" not in run(text) and "<num" not in run(text)


def test_a_decimal_with_a_scale_is_still_read() -> None:
    """`2.125 million` is a decimal before its scale: it stays a measure."""
    assert 'quantity="2125000"' in run("a loan of 2.125 million dollars")


@pytest.mark.parametrize("source, expected", [
    ("500 tons of steel over two years",
     '<measure unit="ton" quantity="500" commodity="steel">500 tons of steel</measure> over two '
     'years'),
    ("500 tons of steel within two months",
     '<measure unit="ton" quantity="500" commodity="steel">500 tons of steel</measure> within '
     'two months'),
    ("500 tons of steel during three months",
     '<measure unit="ton" quantity="500" commodity="steel">500 tons of steel</measure> during '
     'three months'),
    ("500 tons of rice via Haiphong",
     '<measure unit="ton" quantity="500" commodity="rice">500 tons of rice</measure> via '
     'Haiphong'),
    ("1 billion US dollars of aid over five years",
     '<measure unit="USD" quantity="1000000000" commodity="aid">1 billion US dollars of aid'
     '</measure> over five years'),
    ("10 tons of steel of high quality",
     '<measure unit="ton" quantity="10" commodity="steel">10 tons of steel</measure> of high '
     'quality'),
    ("5 tons of rolled steel two years ago",
     '<measure unit="ton" quantity="5" commodity="rolled-steel">5 tons of rolled steel</measure>'
     ' two years ago'),
    ("1,000,000 tons of grain above the agreements",
     '<measure unit="ton" quantity="1000000" commodity="grain">1,000,000 tons of grain</measure>'
     ' above the agreements'),
    ("3,500 tons of steel sheets contracted for 1975",
     '<measure unit="ton" quantity="3500" commodity="steel-sheets">3,500 tons of steel sheets'
     '</measure> contracted for 1975'),
    ("90.4 percent of all peasant households",
     '<measure unit="percent" quantity="90.4" commodity="peasant-households">90.4 percent of all'
     ' peasant households</measure>'),
    ("25 kilograms of highly enriched uranium", '<measure unit="kilogram" quantity="25" '
     'commodity="highly-enriched-uranium">25 kilograms of highly enriched uranium</measure>'),
    ("5 tons of cotton seed", '<measure unit="ton" quantity="5" commodity="cotton-seed">5 tons of'
     ' cotton seed</measure>'),
    # an irregular participle after the noun (`cement given`), not a noun in -en or -t
    ("100,000 tons of cement given to the South, 5,000 tons of cement sent by rail and 2,000 "
     "tons of steel given free",
     '<measure unit="ton" quantity="100000" commodity="cement">100,000 tons of cement</measure> '
     'given to the South, <measure unit="ton" quantity="5000" commodity="cement">5,000 tons of '
     'cement</measure> sent by rail and <measure unit="ton" quantity="2000" commodity="steel">'
     '2,000 tons of steel</measure> given free'),
    ("500 tons of liquid oxygen, 30 tons of military equipment",
     '<measure unit="ton" quantity="500" commodity="liquid-oxygen">500 tons of liquid oxygen'
     '</measure>, <measure unit="ton" quantity="30" commodity="military-equipment">30 tons of '
     'military equipment</measure>'),
    # an irregular verb ends it too, finite or a participle
    ("5,000 tons of steel came by rail",
     '<measure unit="ton" quantity="5000" commodity="steel">5,000 tons of steel</measure> came'
     ' by rail'),
    ("5,000 tons of cement sent by rail",
     '<measure unit="ton" quantity="5000" commodity="cement">5,000 tons of cement</measure> sent'
     ' by rail'),
    # and a verb of a price
    ("One meter of cotton cloth costs 12 won",
     '<measure unit="meter" quantity="1" commodity="cotton-cloth">One meter of cotton cloth'
     '</measure> costs <measure unit="won" quantity="12">12 won</measure>'),
    ("1 kilogram of white rice sells for 40 won, 1 ton of hard coal cost 30 won, 1 kilogram of"
     " pork fetches 9 won, 1 ton of steel rose",
     '<measure unit="kilogram" quantity="1" commodity="white-rice">1 kilogram of white rice'
     '</measure> sells for <measure unit="won" quantity="40">40 won</measure>, <measure '
     'unit="ton" quantity="1" commodity="hard-coal">1 ton of hard coal</measure> cost <measure '
     'unit="won" quantity="30">30 won</measure>, <measure unit="kilogram" quantity="1" '
     'commodity="pork">1 kilogram of pork</measure> fetches <measure unit="won" quantity="9">'
     '9 won</measure>, <measure unit="ton" quantity="1" commodity="steel">1 ton of steel'
     '</measure> rose'),
    # a pronoun or a question word is no goods
    ("Twelve kilograms of what? Ten tons of them, and of whatever came",
     '<measure unit="kilogram" quantity="12">Twelve kilograms</measure> of what? <measure '
     'unit="ton" quantity="10">Ten tons</measure> of them, and of whatever came'),
])
def test_a_commodity_ends_before_a_new_phrase(source: str, expected: str) -> None:
    """The commodity stops at a preposition, a participle after its noun or a number, and
    leaves out a determiner: `500 tons of steel over two years` measured `steel-over-two`,
    `grain above the agreements` `grain-above`, `of all peasant households`
    `all-peasant-households`, `cement given to the South` `cement-given`."""
    assert run(source) == expected


@pytest.mark.parametrize("source, expected", [
    # the brackets pass wraps the word before `[sic]` in `sic`: the count is read through it
    (f"have 1,000,000 <sic>troops</sic> {SIC_NOTE} there",
     f'have <num value="1000000">1,000,000</num> <sic>troops</sic> {SIC_NOTE} there'),
    (f"send <sic>1,500</sic> {SIC_NOTE} specialists",
     f'send <num value="1500"><sic>1,500</sic></num> {SIC_NOTE} specialists'),
    (f"sent 500 <sic>tons</sic> {SIC_NOTE} of steel.",
     f'sent <measure unit="ton" quantity="500" commodity="steel">500 <sic>tons</sic> '
     f'{SIC_NOTE} of steel</measure>.'),
    (f"sent 500 tons of <sic>steel</sic> {SIC_NOTE} by sea",
     f'sent <measure unit="ton" quantity="500" commodity="steel">500 tons of <sic>steel</sic>'
     f'</measure> {SIC_NOTE} by sea'),
    # a bracket the reading keeps is still the unit
    (f"<sic>1.5</sic> {SIC_NOTE} billion <supplied>rubles</supplied>",
     f'<measure unit="RUB" quantity="1500000000"><sic>1.5</sic> {SIC_NOTE} billion '
     f'<supplied>rubles</supplied></measure>'),
    # a number alone stays text, with `[sic]` as without
    (f"in <sic>1961</sic> {SIC_NOTE} they", f"in <sic>1961</sic> {SIC_NOTE} they"),
])
def test_a_quantity_marked_sic(source: str, expected: str) -> None:
    """`1,000,000 troops [sic]` is a count: the `sic` word and its note do not split it."""
    assert run(source) == expected


@pytest.mark.parametrize("source, expected", [
    ("SOME 6,000 INVERTERS AND 200 TONS OF SPECIAL STEEL FROM EUROPEAN SUPPLIERS.",
     'SOME <num value="6000">6,000</num> INVERTERS AND <measure unit="ton" quantity="200" '
     'commodity="special-steel">200 TONS OF SPECIAL STEEL</measure> FROM EUROPEAN SUPPLIERS.'),
    ("5,000 TONS OF BORON, DOLOMITE AND LEAD ARRIVED. 300 TONS OF STEEL ARRIVED.",
     '<measure unit="ton" quantity="5000">5,000 TONS</measure> OF BORON, DOLOMITE AND LEAD '
     'ARRIVED. <measure unit="ton" quantity="300" commodity="steel">300 TONS OF STEEL</measure>'
     ' ARRIVED.'),
    # in a sentence in ordinary case, `OF` in capitals is no commodity's
    ("5 tons OF coal", '<measure unit="ton" quantity="5">5 tons</measure> OF coal'),
])
def test_a_commodity_in_capitals_is_read_as_prose(source: str, expected: str) -> None:
    """`200 TONS OF SPECIAL STEEL` in a cable in capitals had no commodity: after a unit, `OF`
    and words in capitals are read as the same words in small letters."""
    assert run(source) == expected


def test_a_quantity_marked_sic_converted(tei_all) -> None:
    """From the source: the count and the measure hold the `sic` word, the text is kept."""
    body = converted_body("July 11, 1961\n\nRecord of a Conversation\n\nThey have 1,000,000"
                          " troops [sic] there and sent 500 tons [sic] of steel over two years.\n",
                          tei_all)
    assert '<num value="1000000">1,000,000</num> <sic>troops</sic> <note ' in body
    assert '<measure unit="ton" quantity="500" commodity="steel">500 <sic>tons</sic> <note ' in body
    assert 'of steel</measure> over two years' in body


def test_money_marked_sic_converted() -> None:
    """`US dollars [sic]`: the places pass made `US` a place (its currency check read the
    `sic` element, not `dollars`), and the money was a bare number; now it is measured."""
    result = pipeline.convert("July 11, 1961\n\nRecord of a Conversation\n\n"
                              "They paid 5 million US dollars [sic] for it.\n")
    assert body_text(result.tree) == result.source.body
    assert [str(problem) for problem in validate(result.tree)] == []
    body = etree.tostring(result.tree.getroot().find(f".//{{{TEI_NS}}}body"), encoding="unicode")
    assert '<measure unit="USD" quantity="5000000">5 million US <sic>dollars</sic></measure> ' \
        '<note ' in body


def test_money_with_sic_between_its_words_converted() -> None:
    """`US [sic] dollars`: the places pass made the `sic` word `US` a place, read alone, and
    the money was a bare number; the note between the currency's words does not stop it."""
    body = converted_body("July 11, 1961\n\nRecord of a Conversation\n\n"
                          "They paid 5 million US [sic] dollars for it.\n")
    assert '<measure unit="USD" quantity="5000000">5 million <sic>US</sic> <note ' in body
    assert 'sic</note> dollars</measure> for it' in body
    assert "placeName" not in body


def test_money_with_a_supplied_qualifier_converted() -> None:
    """`10 million [US] dollars`: the places pass made the supplied `US` a place, and the
    money was a bare number; the bracket says whose the dollars are, inside the measure."""
    body = converted_body("July 11, 1961\n\nRecord of a Conversation\n\n"
                          "It cost 10 million [US] dollars.\n")
    assert '<measure unit="USD" quantity="10000000">10 million <supplied ' in body
    assert '>US</supplied> dollars</measure>.' in body
    assert "placeName" not in body


def test_a_figure_spelt_out_in_brackets_is_read_through() -> None:
    """`800 [eight hundred] million rubles` lost its measure (the bracket after the figure
    is no unit): a bracket that spells the figure before it in words is read through, inside
    the measure; one that says something else (`100 [illegible]`, `2 [three]`) is not."""
    body = converted_body("July 11, 1961\n\nRecord of a Conversation\n\n"
                          "They gave 800 [eight hundred] million rubles, 5 [five] tons of steel "
                          "and 2 [three] tons of coal.\n")
    assert '<measure unit="RUB" quantity="800000000">800 <supplied reason="clarification" ' \
        'resp="#translator">eight hundred</supplied> million rubles</measure>' in body
    assert '<measure unit="ton" quantity="5" commodity="steel">5 <supplied ' in body
    assert "2 <supplied" in body and "coal</measure>" not in body


@pytest.mark.parametrize("source, expected", [
    ("some 35,000 square kilometers are disputed",
     'some <measure unit="square-kilometer" quantity="35000">35,000 square kilometers</measure>'
     ' are disputed'),
    ("lost 1.5 million square kilometres of territory and",
     'lost <measure unit="square-kilometer" quantity="1500000" commodity="territory">1.5 '
     'million square kilometres of territory</measure> and'),
    ("An area of 600 sq. km was flooded.",
     'An area of <measure unit="square-kilometer" quantity="600">600 sq. km</measure> was '
     'flooded.'),
    ("1,200 km\u00b2 of forest",
     '<measure unit="square-kilometer" quantity="1200" commodity="forest">1,200 km\u00b2 of '
     'forest</measure>'),
    ("twelve square miles", '<measure unit="square-mile" quantity="12">twelve square miles'
                            '</measure>'),
    ("40 square metres of floor", '<measure unit="square-meter" quantity="40" commodity="floor">'
                                  '40 square metres of floor</measure>'),
    ("200 hectares and 30 acres", '<measure unit="hectare" quantity="200">200 hectares</measure>'
                                  ' and <measure unit="acre" quantity="30">30 acres</measure>'),
    # a length stays a length; `square` without a unit is no area
    ("The border is 7,500 km long.", 'The border is <measure unit="kilometer" quantity="7500">'
                                     '7,500 km</measure> long.'),
    ("on Tiananmen Square 5 square", "on Tiananmen Square 5 square"),
    # an abbreviation's point is the unit's where the sentence goes on, the sentence's at its end
    ("They occupy 38,000 sq. km. of our territory in Aksai Chin.",
     'They occupy <measure unit="square-kilometer" quantity="38000" commodity="territory">38,000'
     ' sq. km. of our territory</measure> in Aksai Chin.'),
    ("5 km., then 3 kg. of rice", '<measure unit="kilometer" quantity="5">5 km.</measure>, then '
     '<measure unit="kilogram" quantity="3" commodity="rice">3 kg. of rice</measure>'),
    ("a border of 7,500 km. The", 'a border of <measure unit="kilometer" quantity="7500">7,500 '
     'km</measure>. The'),
])
def test_areas(source: str, expected: str) -> None:
    """An area is a measure in its square unit: `35,000 square kilometers` and `600 sq. km`
    were text and `1.5 million square kilometers` a bare count (`num`) without its unit."""
    assert run(source) == expected


def test_an_area_converted(tei_all) -> None:
    """From the source: the area is a measure, the text is kept and the document valid."""
    body = converted_body("March 17, 1979\n\nRecord of a Conversation\n\nChina lost 1.5"
                          " million square kilometers of territory; 600 sq. km were flooded.\n",
                          tei_all)
    assert ('<measure unit="square-kilometer" quantity="1500000" commodity="territory">1.5 '
            'million square kilometers of territory</measure>') in body
    assert '<measure unit="square-kilometer" quantity="600">600 sq. km</measure>' in body


@pytest.mark.parametrize("source, expected", [
    ("high, over 16,000 feet. A wall 300 feet high", 'high, <measure unit="foot">over 16,000 '
     'feet</measure>. A wall <measure unit="foot" quantity="300">300 feet</measure> high'),
    # `foot` after a number is as often the soldiers'; feet without a number are none
    ("3,000 foot soldiers stood on their feet", '<num value="3000">3,000</num> foot soldiers '
     'stood on their feet'),
    ("the troops use 15,000 cubic meters per day, 5 million cubic metres of water and 2 m3",
     'the troops use <measure unit="cubic-meter" quantity="15000">15,000 cubic meters</measure>'
     ' per day, <measure unit="cubic-meter" quantity="5000000" commodity="water">5 million '
     'cubic metres of water</measure> and <measure unit="cubic-meter" quantity="2">2 m3'
     '</measure>'),
    # `M3` is a tank's model
    ("20 M3 tanks", "20 M3 tanks"),
    ("630,000 Swedish kronor, 2 million Danish kroner and 3 million Norwegian crowns",
     '<measure unit="SEK" quantity="630000">630,000 Swedish kronor</measure>, <measure '
     'unit="DKK" quantity="2000000">2 million Danish kroner</measure> and <measure unit="NOK" '
     'quantity="3000000">3 million Norwegian crowns</measure>'),
    # alone, the denomination; `crowns` only after a scale
    ("5,000 kronor, 5,000 kroner, 2 million crowns and 3 crowns", '<measure unit="krona" '
     'quantity="5000">5,000 kronor</measure>, <measure unit="krone" quantity="5000">5,000 kroner'
     '</measure>, <measure unit="crown" quantity="2000000">2 million crowns</measure> and 3 '
     'crowns'),
])
def test_feet_volumes_and_crowns(source: str, expected: str) -> None:
    """`16,000 feet`, `15,000 cubic meters` and `630,000 Swedish kronor` were bare nums, their
    units not read, and `300 feet high` text."""
    assert run(source) == expected


@pytest.mark.parametrize("source, expected", [
    ("5,000 square feet of space and a million cubic feet of gas",
     '<measure unit="square-foot" quantity="5000" commodity="space">5,000 square feet of space'
     '</measure> and <measure unit="cubic-foot" quantity="1000000" commodity="gas">a million '
     'cubic feet of gas</measure>'),
    # after `square` and `cubic`, `foot` is the unit too
    ("a 5,000 square foot hall, 40 sq. feet and 300 cubic feet",
     'a <measure unit="square-foot" quantity="5000">5,000 square foot</measure> hall, <measure '
     'unit="square-foot" quantity="40">40 sq. feet</measure> and <measure unit="cubic-foot" '
     'quantity="300">300 cubic feet</measure>'),
])
def test_square_and_cubic_feet(source: str, expected: str) -> None:
    """`5,000 square feet` and `a million cubic feet of gas` were a bare num and text."""
    assert run(source) == expected


@pytest.mark.parametrize("source, expected", [
    ("in 1968 troops entered Prague", "in 1968 troops entered Prague"),
    ("In 1968 troops, since 1956 workers, by 1970 tractors, until 1990 soldiers",
     "In 1968 troops, since 1956 workers, by 1970 tractors, until 1990 soldiers"),
    ("in May 1968 troops, MAY 1968 troops", "in May 1968 troops, MAY 1968 troops"),
    # with a thousands comma, after another word or opening the sentence, a count
    ("1,968 troops entered", '<num value="1968">1,968</num> troops entered'),
    ("some 1968 troops entered", 'some <num value="1968">1968</num> troops entered'),
    ("2000 troops were sent. They sent 2000 troops",
     '<num value="2000">2000</num> troops were sent. They sent <num value="2000">2000</num> '
     'troops'),
    ("in 1968 2,000 troops", 'in 1968 <num value="2000">2,000</num> troops'),
    # a number that is no year, or not four figures
    ("in 1700 troops, in 300 tanks", 'in <num value="1700">1700</num> troops, in <num '
     'value="300">300</num> tanks'),
])
def test_a_year_before_a_counted_noun_is_no_count(source: str, expected: str) -> None:
    """`in 1968 troops entered Prague` counted 1968 troops: a year after a preposition of time
    or a month is no count, its noun right after it too (only one adjective between was
    guarded)."""
    assert run(source) == expected


def test_a_year_before_a_counted_noun_converted(tei_all) -> None:
    """From the source: the year is the dates pass's, the text is kept."""
    body = converted_body("Report, 5 May 1969\n\nIn 1968 troops entered Prague; in May 1968 "
                          "troops came.\n", tei_all)
    assert '<date when="1968">1968</date> troops entered' in body
    assert '<date when="1968-05">May 1968</date> troops came' in body
    assert "<num" not in body


def test_new_units_converted(tei_all) -> None:
    """From the source: feet, a volume, crowns, rupiah and hard currency are measures, the text
    is kept and the document valid."""
    body = converted_body("Cable from Djakarta, 5 May 1965\n\nThe area is high, over 16,000 "
                          "feet. The troops use 15,000 cubic meters per day. The prize is "
                          "630,000 Swedish kronor. They seized Rp. 1,500,000 [Rupiah] in cash "
                          "and gave 2 billion in convertible currency and 20 support staff.\n",
                          tei_all)
    assert '<measure unit="foot">over 16,000 feet</measure>.' in body
    assert '<measure unit="cubic-meter" quantity="15000">15,000 cubic meters</measure>' in body
    assert '<measure unit="SEK" quantity="630000">630,000 Swedish kronor</measure>' in body
    assert '<measure unit="IDR" quantity="1500000">Rp. 1,500,000</measure> <gloss' in body
    assert ('<measure unit="convertible-currency" quantity="2000000000">2 billion in '
            'convertible currency</measure>') in body
    assert '<num value="20">20</num> support staff' in body


@pytest.mark.parametrize("source, expected", [
    ("only EC$1.2 million in hand, Z$3 million and NT$4 million",
     'only <measure unit="XCD" quantity="1200000">EC$1.2 million</measure> in hand, <measure '
     'unit="ZWD" quantity="3000000">Z$3 million</measure> and <measure unit="TWD" '
     'quantity="4000000">NT$4 million</measure>'),
    ("A$3 million, NZ$5 million, (S$2 million)", '<measure unit="AUD" quantity="3000000">A$3 '
     'million</measure>, <measure unit="NZD" quantity="5000000">NZ$5 million</measure>, '
     '(<measure unit="SGD" quantity="2000000">S$2 million</measure>)'),
    # letters that name no dollar known here (`C$`: Canada's or Nicaragua's?) claim no USD
    ("R$9 million, C$5 million, AUS$7 million and J$500", 'R$<num value="9000000">9 million'
     '</num>, C$<num value="5000000">5 million</num>, AUS$<num value="7000000">7 million</num> '
     'and J$500'),
    # a `$` after a space or alone is still the US dollar
    ("the $5 million", 'the <measure unit="USD" quantity="5000000">$5 million</measure>'),
    # a space after the letters' `$`
    ("NT$ 9,800 million, US$ 3 million and U.S.$ 4 million, R$ 9 million",
     '<measure unit="TWD" quantity="9800000000">NT$ 9,800 million</measure>, <measure '
     'unit="USD" quantity="3000000">US$ 3 million</measure> and <measure unit="USD" '
     'quantity="4000000">U.S.$ 4 million</measure>, R$ <num value="9000000">9 million</num>'),
])
def test_letters_glued_to_a_dollar_sign(source: str, expected: str) -> None:
    """`EC$1.2 million` was `EC<measure unit="USD">$1.2 million</measure>`: letters glued to
    `$` name another state's dollar, inside the measure, or one not known, never USD."""
    assert run(source) == expected


@pytest.mark.parametrize("source, expected", [
    # Afghanistan's, Mongolia's and Bangladesh's
    ("100 million afghanis, 9.5 billion tugriks, 3 million tögrög and 2,000 million taka",
     '<measure unit="AFN" quantity="100000000">100 million afghanis</measure>, <measure '
     'unit="MNT" quantity="9500000000">9.5 billion tugriks</measure>, <measure unit="MNT" '
     'quantity="3000000">3 million tögrög</measure> and <measure unit="BDT" '
     'quantity="2000000000">2,000 million taka</measure>'),
    ("only 45 million birr, 2 million rand and 50 million kwanzas", 'only <measure unit="ETB" '
     'quantity="45000000">45 million birr</measure>, <measure unit="ZAR" quantity="2000000">2 '
     'million rand</measure> and <measure unit="AOA" quantity="50000000">50 million kwanzas'
     '</measure>'),
    ("10,000 córdobas, 5,000 cordobas, 200 million riels, 5 million kip and 3 million dong",
     '<measure unit="NIO" quantity="10000">10,000 córdobas</measure>, <measure unit="NIO" '
     'quantity="5000">5,000 cordobas</measure>, <measure unit="KHR" quantity="200000000">200 '
     'million riels</measure>, <measure unit="LAK" quantity="5000000">5 million kip</measure> '
     'and <measure unit="VND" quantity="3000000">3 million dong</measure>'),
    ("5 million quetzales, 3 million sucres, 5 million naira and 2 million cedis",
     '<measure unit="GTQ" quantity="5000000">5 million quetzales</measure>, <measure '
     'unit="ECS" quantity="3000000">3 million sucres</measure>, <measure unit="NGN" '
     'quantity="5000000">5 million naira</measure> and <measure unit="GHS" quantity="2000000">'
     '2 million cedis</measure>'),
    ("a credit of 20 million Valuta-Mark.", 'a credit of <measure unit="valuta-mark" '
     'quantity="20000000">20 million Valuta-Mark</measure>.'),
    # whose they are, in words
    ("8 million Portuguese escudos, 5 million Kenyan shillings, 2 million Costa Rican colones",
     '<measure unit="PTE" quantity="8000000">8 million Portuguese escudos</measure>, <measure '
     'unit="KES" quantity="5000000">5 million Kenyan shillings</measure>, <measure unit="CRC" '
     'quantity="2000000">2 million Costa Rican colones</measure>'),
    ("3 million Chilean pesos and 7 million Mexican pesos", '<measure unit="CLP" '
     'quantity="3000000">3 million Chilean pesos</measure> and <measure unit="MXN" '
     'quantity="7000000">7 million Mexican pesos</measure>'),
    # alone, the denomination several states' currencies share
    ("3 million escudos, 100 shillings and 4 million colones", '<measure unit="escudo" '
     'quantity="3000000">3 million escudos</measure>, <measure unit="shilling" quantity="100">'
     '100 shillings</measure> and <measure unit="colon" quantity="4000000">4 million colones'
     '</measure>'),
    # with a capital, a name: Pham Van Dong, the RAND corporation, the Kwanza river
    ("Comrade 2 Dong, the 1958 RAND study, 4 Kwanza bridges", "Comrade 2 Dong, the 1958 RAND "
     "study, 4 Kwanza bridges"),
])
def test_currencies_of_africa_latin_america_and_south_east_asia(source: str, expected: str
                                                                 ) -> None:
    """`45 million birr`, `2 million rand`, `20 million Valuta-Mark` were bare nums, their
    currency lost."""
    assert run(source) == expected


def test_currencies_of_africa_and_the_caribbean_converted(tei_all) -> None:
    """From the source: a dollar's letters and a new currency are measures, `Kenya` of its
    shillings no place, the text kept and the document valid."""
    body = converted_body("Report, 5 May 1979\n\nCoard: The Treasury has only EC$1.2 million;"
                          " Kenya gave 5 million Kenya shillings and Ethiopia 45 million"
                          " birr.\n", tei_all)
    assert '<measure unit="XCD" quantity="1200000">EC$1.2 million</measure>;' in body
    assert ('<measure unit="KES" quantity="5000000">5 million Kenya shillings</measure>'
            in body)
    assert '<measure unit="ETB" quantity="45000000">45 million birr</measure>' in body
    assert body.count('<placeName ref="#place-kenya">') == 1


@pytest.mark.parametrize("source, expected", [
    ("50 million Egyptian pounds, 2 million Syrian pounds and 3 million Lebanese pounds",
     '<measure unit="EGP" quantity="50000000">50 million Egyptian pounds</measure>, <measure '
     'unit="SYP" quantity="2000000">2 million Syrian pounds</measure> and <measure unit="LBP" '
     'quantity="3000000">3 million Lebanese pounds</measure>'),
    ("5 million Israeli pounds, 2 million shekels, 7 million Cypriot pounds",
     '<measure unit="ILP" quantity="5000000">5 million Israeli pounds</measure>, <measure '
     'unit="ILS" quantity="2000000">2 million shekels</measure>, <measure unit="CYP" '
     'quantity="7000000">7 million Cypriot pounds</measure>'),
    ("1.2 billion Yugoslav dinars, 3 million Jordanian dinars, 4 million Kuwaiti dinars",
     '<measure unit="YUD" quantity="1200000000">1.2 billion Yugoslav dinars</measure>, <measure '
     'unit="JOD" quantity="3000000">3 million Jordanian dinars</measure>, <measure unit="KWD" '
     'quantity="4000000">4 million Kuwaiti dinars</measure>'),
    ("40,000 leks, 1,000 drachmas, 500 million Turkish lira and 5 billion lira",
     '<measure unit="ALL" quantity="40000">40,000 leks</measure>, <measure unit="GRD" '
     'quantity="1000">1,000 drachmas</measure>, <measure unit="TRY" quantity="500000000">500 '
     'million Turkish lira</measure> and <measure unit="lira" quantity="5000000000">5 billion '
     'lira</measure>'),
    # `rials` and `riyals` alone are several states': the denomination
    ("300 million rials, 5 million Iranian rials, 4 million Saudi riyals and 2 million riyals",
     '<measure unit="rial" quantity="300000000">300 million rials</measure>, <measure '
     'unit="IRR" quantity="5000000">5 million Iranian rials</measure>, <measure unit="SAR" '
     'quantity="4000000">4 million Saudi riyals</measure> and <measure unit="riyal" '
     'quantity="2000000">2 million riyals</measure>'),
    ("2 million meticais, 3 million Zambian kwacha, 4 million kwacha, 5 million Angolan escudos",
     '<measure unit="MZN" quantity="2000000">2 million meticais</measure>, <measure unit="ZMW" '
     'quantity="3000000">3 million Zambian kwacha</measure>, <measure unit="kwacha" '
     'quantity="4000000">4 million kwacha</measure>, <measure unit="escudo" quantity="5000000">'
     '5 million Angolan escudos</measure>'),
    ("5 million Canadian dollars, 2 million Australian dollars, 8 million East Caribbean "
     "dollars", '<measure unit="CAD" quantity="5000000">5 million Canadian dollars</measure>, '
     '<measure unit="AUD" quantity="2000000">2 million Australian dollars</measure>, <measure '
     'unit="XCD" quantity="8000000">8 million East Caribbean dollars</measure>'),
    # `pounds` alone stay no money, and a qualifier not known makes none
    ("300 pounds of TNT and 2 million Liberian dollars", '300 pounds of TNT and <num '
     'value="2000000">2 million</num> Liberian dollars'),
])
def test_currencies_of_the_middle_east_and_the_balkans(source: str, expected: str) -> None:
    """`50 million Egyptian pounds`, `300 million rials`, `40,000 leks`, `1,000 drachmas` and
    `5 million Canadian dollars` were bare nums, their currency lost."""
    assert run(source) == expected


def test_currencies_of_the_middle_east_converted(tei_all) -> None:
    """From the source: the places that say whose the currency is (`Cyprus`, `New Zealand`,
    `Caribbean` of `East Caribbean dollars`) are the measure's text, no places; the text is
    kept and the document valid."""
    body = converted_body("Cable from Nicosia, 5 May 1975\n\nMakarios: Cyprus lost 7 million "
                          "Cyprus pounds; New Zealand gave 3 million New Zealand dollars and "
                          "Grenada 8 million East Caribbean dollars.\n", tei_all)
    assert '<measure unit="CYP" quantity="7000000">7 million Cyprus pounds</measure>' in body
    assert ('<measure unit="NZD" quantity="3000000">3 million New Zealand dollars</measure>'
            in body)
    assert ('<measure unit="XCD" quantity="8000000">8 million East Caribbean dollars'
            '</measure>') in body
    assert body.count('<placeName ref="#place-cyprus">') == 1
    assert body.count('<placeName ref="#place-new-zealand">') == 1
    assert "#place-caribbean" not in body


@pytest.mark.parametrize("source, expected", [
    ("in 1985 tons of grain were delivered", "in 1985 tons of grain were delivered"),
    ("In 1977 kwanzas replaced the escudo, in May 1985 tons came, costs in 1980 dollars",
     "In 1977 kwanzas replaced the escudo, in May 1985 tons came, costs in 1980 dollars"),
    # with a thousands comma, after another word, or after words that go before an amount
    ("in 1985 1,985 tons and shipped 1985 tons", 'in 1985 <measure unit="ton" '
     'quantity="1985">1,985 tons</measure> and shipped <measure unit="ton" quantity="1985">'
     '1985 tons</measure>'),
    ("a total of 2000 tons rose by 1900 tons", 'a total of <measure unit="ton" '
     'quantity="2000">2000 tons</measure> rose by <measure unit="ton" quantity="1900">1900 '
     'tons</measure>'),
    # a number that is no year
    ("in 1700 tons", 'in <measure unit="ton" quantity="1700">1700 tons</measure>'),
])
def test_a_year_before_a_unit_is_no_amount(source: str, expected: str) -> None:
    """`in 1985 tons of grain were delivered` measured 1985 tons and `in 1977 kwanzas replaced
    the escudo` 1977 kwanzas: a year after a preposition of time or a month is no amount."""
    assert run(source) == expected


def test_a_year_before_a_unit_converted(tei_all) -> None:
    """From the source: the year is the dates pass's, the text is kept."""
    body = converted_body("Report, 5 May 1986\n\nIn 1985 tons of grain were delivered; in "
                          "1977 kwanzas replaced the escudo.\n", tei_all)
    assert '<date when="1985">1985</date> tons of grain' in body
    assert '<date when="1977">1977</date> kwanzas replaced' in body
    assert "<measure" not in body


@pytest.mark.parametrize("source, expected", [
    ("3 million schillings, 4 million Austrian schillings and 20 million Finnish marks",
     '<measure unit="ATS" quantity="3000000">3 million schillings</measure>, <measure '
     'unit="ATS" quantity="4000000">4 million Austrian schillings</measure> and <measure '
     'unit="FIM" quantity="20000000">20 million Finnish marks</measure>'),
    ("5 million markkas, 3 million markka, 2 million Dutch guilders and 3 million guilders",
     '<measure unit="FIM" quantity="5000000">5 million markkas</measure>, <measure unit="FIM" '
     'quantity="3000000">3 million markka</measure>, <measure unit="NLG" quantity="2000000">2 '
     'million Dutch guilders</measure> and <measure unit="guilder" quantity="3000000">3 million '
     'guilders</measure>'),
    ("2 million Belgian francs, 5 million Luxembourg francs, 3 million Ostmarks, 4 million GDR "
     "marks", '<measure unit="BEF" quantity="2000000">2 million Belgian francs</measure>, '
     '<measure unit="LUF" quantity="5000000">5 million Luxembourg francs</measure>, <measure '
     'unit="DDM" quantity="3000000">3 million Ostmarks</measure>, <measure unit="DDM" '
     'quantity="4000000">4 million GDR marks</measure>'),
    ("5 million Czechoslovak koruna, 2 million Czech crowns, 4 million Bulgarian lev, 3 million "
     "Rumanian lei", '<measure unit="CSK" quantity="5000000">5 million Czechoslovak koruna'
     '</measure>, <measure unit="koruna" quantity="2000000">2 million Czech crowns</measure>, '
     '<measure unit="BGN" quantity="4000000">4 million Bulgarian lev</measure>, <measure '
     'unit="RON" quantity="3000000">3 million Rumanian lei</measure>'),
])
def test_currencies_of_central_and_northern_europe(source: str, expected: str) -> None:
    """`3 million schillings`, `20 million Finnish marks`, `5 million markkas` and `2 million
    Dutch guilders` were bare nums, their currency lost."""
    assert run(source) == expected


def test_a_place_before_marks_names_the_currency_after_an_amount(tei_all) -> None:
    """From the source: `GDR` of `3 million GDR marks` and of `paid in GDR marks` is the
    currency's, no place; `The GDR marks the day` is the state, `marks` a verb."""
    body = converted_body("Report, 5 May 1975\n\nWe paid 3 million GDR marks, and later in GDR "
                          "marks. The GDR marks the day.\n", tei_all)
    assert '<measure unit="DDM" quantity="3000000">3 million GDR marks</measure>' in body
    assert "later in GDR marks" in body
    assert 'The <placeName ref="#place-east-germany">GDR</placeName> marks the day' in body


@pytest.mark.parametrize("source, expected", [
    ("5 million Sudanese pounds, 3 million Moroccan dirhams, 4 million UAE dirhams and 2 "
     "million dirhams", '<measure unit="SDG" quantity="5000000">5 million Sudanese pounds'
     '</measure>, <measure unit="MAD" quantity="3000000">3 million Moroccan dirhams</measure>, '
     '<measure unit="AED" quantity="4000000">4 million UAE dirhams</measure> and <measure '
     'unit="dirham" quantity="2000000">2 million dirhams</measure>'),
    # a small-letter word before the state; the Hebrew plural of the Israeli lira
    ("3 million new Israeli shekels, 4 million New Israeli Shekels, 2 million lirot",
     '<measure unit="ILS" quantity="3000000">3 million new Israeli shekels</measure>, <measure '
     'unit="ILS" quantity="4000000">4 million New Israeli Shekels</measure>, <measure '
     'unit="ILP" quantity="2000000">2 million lirot</measure>'),
    # `Lek` with a capital is a name (the river), as `Kwanza` is
    ("500 leks, 500 lek and 3 Lek bridges", '<measure unit="ALL" quantity="500">500 leks'
     '</measure>, <measure unit="ALL" quantity="500">500 lek</measure> and 3 Lek bridges'),
])
def test_currencies_of_north_africa_and_israel(source: str, expected: str) -> None:
    """`5 million Sudanese pounds`, `3 million Moroccan dirhams`, `3 million new Israeli
    shekels` and `2 million lirot` were bare nums, their currency lost."""
    assert run(source) == expected


@pytest.mark.parametrize("source, expected", [
    ("EC$5 to EC$6 million, US$5 to US$6 million", '<measure unit="XCD" min="5000000" '
     'max="6000000">EC$5 to EC$6 million</measure>, <measure unit="USD" min="5000000" '
     'max="6000000">US$5 to US$6 million</measure>'),
    ("NT$5-NT$6 million, US$ 5 to US$ 6 million, U.S.$5 or U.S.$6", '<measure unit="TWD" '
     'min="5000000" max="6000000">NT$5-NT$6 million</measure>, <measure unit="USD" '
     'min="5000000" max="6000000">US$ 5 to US$ 6 million</measure>, <measure unit="USD" '
     'min="5" max="6">U.S.$5 or U.S.$6</measure>'),
    # a bare `$` repeats the first's dollar
    ("EC$5 to $6 million", '<measure unit="XCD" min="5000000" max="6000000">EC$5 to $6 million'
     '</measure>'),
    # two currencies make no range: the second is measured alone
    ("US$5 to EC$6 million, $5 to £6 million, DM 5 to $6 million", 'US$5 to <measure '
     'unit="XCD" quantity="6000000">EC$6 million</measure>, $5 to <measure unit="GBP" '
     'quantity="6000000">£6 million</measure>, DM 5 to <measure unit="USD" quantity="6000000">'
     '$6 million</measure>'),
    ("from 5 to US$6 million", 'from 5 to <measure unit="USD" quantity="6000000">US$6 million'
     '</measure>'),
])
def test_a_range_of_dollars_with_letters(source: str, expected: str) -> None:
    """`EC$5 to EC$6 million` was two measures, 5 and 6,000,000, where `$5 to $6 million` is
    one range; and `$5 to £6 million` a range of US dollars."""
    assert run(source) == expected


@pytest.mark.parametrize("source, expected", [
    ("40 Mark der DDR, 3 million Marks der DDR", '<measure unit="DDM" quantity="40">40 Mark der '
     'DDR</measure>, <measure unit="DDM" quantity="3000000">3 million Marks der DDR</measure>'),
    ("50 DM (East), 3 marks (East) and 20 DM (West)", '<measure unit="DDM" quantity="50">50 DM '
     '(East)</measure>, <measure unit="DDM" quantity="3">3 marks (East)</measure> and <measure '
     'unit="DEM" quantity="20">20 DM (West)</measure>'),
    ("50 Deutsche Mark, 5 Deutschmark and 4 West German marks", '<measure unit="DEM" '
     'quantity="50">50 Deutsche Mark</measure>, <measure unit="DEM" quantity="5">5 Deutschmark'
     '</measure> and <measure unit="DEM" quantity="4">4 West German marks</measure>'),
])
def test_the_gdrs_mark_by_its_own_names(source: str, expected: str) -> None:
    """`40 Mark der DDR` and `50 Deutsche Mark` made no measure, `50 DM (East)` was DEM: the
    GDR's mark by its own name or with `(East)` after it is DDM."""
    assert run(source) == expected


def test_marks_of_the_gdr_converted(tei_all) -> None:
    """From the source: `marks of the GDR` are the GDR's mark, the place outside the measure
    (no `placeName` in a `measure`); before a noun (`DM of the GDR debt`) the place says nothing
    of the currency."""
    body = converted_body("Report, 5 May 1975\n\nIt cost 30 marks of the GDR and 3 million "
                          "Marks of the FRG per year; we owe 5 million DM of the GDR debt.\n",
                          tei_all)
    assert ('<measure unit="DDM" quantity="30">30 marks</measure> of the <placeName '
            'ref="#place-east-germany">GDR</placeName>') in body
    assert '<measure unit="DEM" quantity="3000000">3 million Marks</measure> of the' in body
    assert '<measure unit="DEM" quantity="5000000">5 million DM</measure> of the' in body


@pytest.mark.parametrize("source, expected", [
    ("300 United Arab Emirates dirhams, 20 U.A.E. dirhams and 5 Omani riyals", '<measure '
     'unit="AED" quantity="300">300 United Arab Emirates dirhams</measure>, <measure '
     'unit="AED" quantity="20">20 U.A.E. dirhams</measure> and <measure unit="OMR" '
     'quantity="5">5 Omani riyals</measure>'),
    # a state the translator put in parentheses
    ("100 million (North) Korean won and 5 (South) Korean won", '<measure unit="KPW" '
     'quantity="100000000">100 million (North) Korean won</measure> and <measure unit="KRW" '
     'quantity="5">5 (South) Korean won</measure>'),
])
def test_whose_currency_in_three_words_or_parentheses(source: str, expected: str) -> None:
    """`300 United Arab Emirates dirhams`, `5 Omani riyals` and `100 million (North) Korean
    won` made no measure: a currency's state in three words or in parentheses was not read."""
    assert run(source) == expected


@pytest.mark.parametrize("source, expected", [
    ("Rs 5-6 crore and 5-6 crore rupees", '<measure unit="rupee" min="50000000" '
     'max="60000000">Rs 5-6 crore</measure> and <measure unit="rupee" min="50000000" '
     'max="60000000">5-6 crore rupees</measure>'),
    ("5 crores of rupees, 2 to 3 lakhs of rupees, five of rupees", '<measure unit="rupee" '
     'quantity="50000000">5 crores of rupees</measure>, <measure unit="rupee" min="200000" '
     'max="300000">2 to 3 lakhs of rupees</measure>, five of rupees'),
    ("RMB 300 million, Rmb 5 billion, RMB5 million and RMB 5 yuan", '<measure unit="CNY" '
     'quantity="300000000">RMB 300 million</measure>, <measure unit="CNY" quantity="5000000000">'
     'Rmb 5 billion</measure>, <measure unit="CNY" quantity="5000000">RMB5 million</measure> '
     'and <measure unit="CNY" quantity="5">RMB 5 yuan</measure>'),
])
def test_crores_and_the_renminbis_code(source: str, expected: str) -> None:
    """`Rs 5-6 crore` was 5 to 60,000,000 rupees, `5 crores of rupees` and `RMB 300 million`
    made no measure (a `num`), and `RMB 5 yuan` left its code out."""
    assert run(source) == expected


@pytest.mark.parametrize("source, expected", [
    ("is between 40 and 60 won.", 'is between <measure unit="won" min="40" max="60">40 and 60 won'
     '</measure>.'),
    ("between $5 and $6 million", 'between <measure unit="USD" min="5000000" max="6000000">$5 and'
     ' $6 million</measure>'),
    ("between 2 and 3 million tons of grain", 'between <measure unit="ton" min="2000000" '
     'max="3000000" commodity="grain">2 and 3 million tons of grain</measure>'),
    # backwards, or one end signed and the other not: no range
    ("between 60 and 40 won", 'between 60 and <measure unit="won" quantity="40">40 won</measure>'),
    ("between 5 and $6 million", 'between 5 and <measure unit="USD" quantity="6000000">$6 million'
     '</measure>'),
])
def test_a_range_between_two_numbers(source: str, expected: str) -> None:
    """`between 40 and 60 won` is one range as `40 to 60 won` is, `between` outside it as
    before a range of days: it was `quantity="60"`, 40 left, and `between $5 and $6 million`
    two measures, 5 and 6,000,000."""
    assert run(source) == expected


def test_the_yen_sign() -> None:
    """`¥2 billion` was a `num` after a plain sign: `¥` is the yen's (JPY), in a range too."""
    assert run("gave \u00a52 billion and \u00a55 to \u00a56 million") == (
        'gave <measure unit="JPY" quantity="2000000000">\u00a52 billion</measure> and <measure '
        'unit="JPY" min="5000000" max="6000000">\u00a55 to \u00a56 million</measure>')


@pytest.mark.parametrize("language, unit", [("Chinese", "CNY"), ("Japanese", "JPY"),
                                            ("Hungarian", "JPY")])
def test_the_yuan_sign_in_a_chinese_document(language: str, unit: str) -> None:
    """`¥` is the yuan's in a document translated from Chinese, the yen's elsewhere."""
    result = pipeline.convert(
        '**July 11, 1961**\n\n**Citation:**\n\n"Report", July 11, 1961, Archive.\n\n'
        f"**Summary:**\n\nA report.\n\n**Original Language:**\n\n{language}\n\n**Contents:**\n\n"
        "* English Translation\n\nThe loan is \u00a5300 million.\n")
    measure = result.tree.find(".//{http://www.tei-c.org/ns/1.0}measure")
    assert (measure.get("unit"), measure.text) == (unit, "\u00a5300 million")
