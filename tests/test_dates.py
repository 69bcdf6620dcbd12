"""The dates pass: date/@when, @from/@to and inferred dates, string in, string out."""

from __future__ import annotations

import random
import re

import pytest
from lxml import etree

from pipeline.markup import dates
from pipeline.names import Names
from pipeline.tei import TEI_NS

NS = f' xmlns="{TEI_NS}"'


def run(body: str, document_date: str | None = "1961-07-11") -> str:
    """Mark dates in `<p>body</p>` against a document date; return the paragraph's content."""
    div = etree.fromstring(f"<div{NS}><p>{body}</p></div>")
    names = Names()
    names.document_date = document_date
    dates.mark_dates(div, names)
    return etree.tostring(div[0], encoding="unicode").replace(NS, "")[len("<p>"):-len("</p>")]


CASES = [
    ("Time: 11 July 1961, 11:40", 'Time: <date when="1961-07-11">11 July 1961</date>, 11:40'),
    ("on October 05, 1964.", 'on <date when="1964-10-05">October 05, 1964</date>.'),
    ("Wherever we went in 1958, it was", 'Wherever we went in <date when="1958">1958</date>, it was'),
    ("since April 1950", 'since <date when="1950-04">April 1950</date>'),
    ("from 1958 to 1960", 'from <date from="1958" to="1960">1958 to 1960</date>'),
    ("the 1953-57 plan", 'the <date from="1953" to="1957">1953-57</date> plan'),
    ("1000 billion kilos of grain", "1000 billion kilos of grain"),
    ("we produced 1958 tractors", "we produced 1958 tractors"),
    ("on 31 February 1961", "on 31 February 1961"),
    ("from 1960 to 1958", "from 1960 to 1958"),
]


@pytest.mark.parametrize("source, expected", CASES)
def test_explicit_dates(source: str, expected: str) -> None:
    """Explicit dates get the right ISO value; years need a preposition; impossible dates stay text."""
    assert run(source) == expected


def test_measured_numbers_are_not_years() -> None:
    """A number inside a measure is not looked into."""
    source = '<measure unit="ton" quantity="1961">in 1961 tons</measure>'
    assert run(source) == source


@pytest.mark.parametrize("source, expected", [
    ("this year", '<date when="1961" resp="#converter">this year</date>'),
    ("Last year we", '<date when="1960" resp="#converter">Last year</date> we'),
    ("on July 5 we met", 'on <date when="1961-07-05" resp="#converter">July 5</date> we met'),
])
def test_inferred_dates(source: str, expected: str) -> None:
    """Relative dates resolve against the document's date and are marked as the converter's."""
    assert run(source) == expected


DAY_FIRST = [
    # (source, expected): the forms Soviet and East European translations use
    ("Belgrade on 25 September. But", 'Belgrade on <date when="1961-09-25" resp="#converter">'
     '25 September</date>. But'),
    ("of 11 August, and", 'of <date when="1961-08-11" resp="#converter">11 August</date>, and'),
    ("on Saturday, 29 October, Cde.", 'on Saturday, <date when="1961-10-29" resp="#converter">'
     '29 October</date>, Cde.'),
    ("On 13 March <supplied>1957</supplied>,", 'On <date when="1961-03-13" resp="#converter">'
     '13 March</date> <supplied>1957</supplied>,'),
    ("on 3 Aug. we met", 'on <date when="1961-08-03" resp="#converter">3 Aug.</date> we met'),
    ("on 5\u00a0Sept we met", 'on <date when="1961-09-05" resp="#converter">5\u00a0Sept</date> we met'),
]


@pytest.mark.parametrize("source, expected", DAY_FIRST)
def test_day_first_dates_without_a_year(source: str, expected: str) -> None:
    """A day before its month, with no year, is inferred in the document's year as July 5 is."""
    assert run(source) == expected


@pytest.mark.parametrize("day_first, month_first", [
    ("25 September", "September 25"), ("3 Aug.", "Aug. 3"), ("29 February", "February 29"),
])
def test_one_rule_for_both_orders(day_first: str, month_first: str) -> None:
    """Day-first and month-first dates without a year get the same @when and @resp."""
    for document_date in ("1961-07-11", "1960-07-11", None):
        tags = [re.findall(r"<date[^>]*>", run(f"on {source} we", document_date))
                for source in (day_first, month_first)]
        assert tags[0] == tags[1], document_date


@pytest.mark.parametrize("source", [
    "on 30 February we",             # no such day: no @when
    "on 5 July 1700 we",             # a year out of range is not left to be inferred
    "1.5 May", "10:5 May", "1961-5 May", "5/5 May",    # the end of another number
    "5 Marchers", "5 Mayday", "the 38th parallel", "3-5 tons",
])
def test_day_first_non_dates(source: str) -> None:
    """Numbers before a word that only starts like a month, or that end another number, stay text."""
    assert run(source) == source


def test_no_document_date_no_inference() -> None:
    """Without a document date nothing relative is resolved."""
    assert run("this year", document_date=None) == "this year"


PLAIN_RELATIVE = re.compile(r"\b(?P<rel>[Tt]his|[Ll]ast|[Nn]ext)[ \u00a0]year\b(?!['\u2019]s)")
PIECES = ["this", "This", "THIS", "last", "Last", "next", "Next", "ſ", "year", "years", "year's",
          "year\u2019s", " ", "\u00a0", "\n", "x", "_", "1", "-", "\ufffc"]


def test_relative_pattern_matches_as_the_plain_one() -> None:
    """The class-first `this year` pattern finds exactly what the `\\b`-first one finds."""
    relative = dict(dates._PATTERNS)["relative"]
    rng = random.Random(3)
    for _ in range(20_000):
        text = "".join(rng.choice(PIECES) for _ in range(rng.randint(1, 8)))
        assert [(m.span(), m.groupdict()) for m in relative.finditer(text)] == \
            [(m.span(), m.groupdict()) for m in PLAIN_RELATIVE.finditer(text)], text


def test_every_month_spelling_starts_with_its_abbreviation() -> None:
    """A text without `Jan`...`Dec` cannot hold a month's name, so the month patterns are skipped."""
    for spelling in dates._MONTH[3:dates._MONTH.index(")")].split("|"):
        assert dates._MONTH_NAME.match(spelling), spelling
