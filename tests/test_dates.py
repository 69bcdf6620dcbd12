"""The dates pass: date/@when, @from/@to and inferred dates, string in, string out."""

from __future__ import annotations

import random
import re

import pytest
from lxml import etree

import pipeline
from pipeline.export.text import body_text
from pipeline.markup import dates
from pipeline.names import Names
from pipeline.tei import TEI_NS
from pipeline.validate import validate

from conftest import SIC_NOTE, assert_tei_all, converted_body

NS = f' xmlns="{TEI_NS}"'


def run(body: str, document_date: str | None = "1961-07-11", looks_back: bool = False) -> str:
    """Mark dates in `<p>body</p>` against a document date; return the paragraph's content."""
    div = etree.fromstring(f"<div{NS}><p>{body}</p></div>")
    names = Names()
    names.document_date = document_date
    names.looks_back = looks_back
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
    ("July 11th, 1961, and", '<date when="1961-07-11">July 11th, 1961</date>, and'),
    ("11 July, 1961", '<date when="1961-07-11">11 July, 1961</date>'),
    ("Moscow,5 May 1961", 'Moscow,<date when="1961-05-05">5 May 1961</date>'),
    ("Berlin, 14 Feb 1984", 'Berlin, <date when="1984-02-14">14 Feb 1984</date>'),
    ("from 1960 to 1958", "from 1960 to 1958"),
    # a book's title after its word (it was August 1914, the month), the month elsewhere
    ("the novel August 1914 appeared", "the novel August 1914 appeared"),
    ("his book August 1914 in August 1914", 'his book August 1914 in <date when="1914-08">'
                                            'August 1914</date>'),
]


@pytest.mark.parametrize("source, expected", CASES)
def test_explicit_dates(source: str, expected: str) -> None:
    """Explicit dates get the right ISO value; years need a preposition; impossible dates stay text."""
    assert run(source) == expected


ORDINALS = [
    # (source, expected): a day written as an ordinal is the same date as its number
    ("on 5th August 1961 we", 'on <date when="1961-08-05">5th August 1961</date> we'),
    ("the 13th of May 1961, when", 'the <date when="1961-05-13">13th of May 1961</date>, when'),
    ("on 22nd June, 1961.", 'on <date when="1961-06-22">22nd June, 1961</date>.'),
    ("on August 5th, 1961 we", 'on <date when="1961-08-05">August 5th, 1961</date> we'),
    ("the 1st of October", 'the <date when="1961-10-01" resp="#converter">1st of October</date>'),
    ("on 3rd Aug. we met", 'on <date when="1961-08-03" resp="#converter">3rd Aug.</date> we met'),
    ("the 5th-7th August 1961 talks", 'the <date from="1961-08-05" to="1961-08-07">5th-7th '
     'August 1961</date> talks'),
    ("from the 5th to 7th of August", 'from the <date from="1961-08-05" to="1961-08-07" '
     'resp="#converter">5th to 7th of August</date>'),
    ("between 3rd and 5th August 1961", 'between <date from="1961-08-03" to="1961-08-05">3rd and '
     '5th August 1961</date>'),
    ("28th December 1960 - 3rd January 1961", '<date from="1960-12-28" to="1961-01-03">28th '
     'December 1960 - 3rd January 1961</date>'),
    ("the 31st of February 1961", "the 31st of February 1961"),
    # `of` belongs to an ordinal only: `3 of May` is no date, nor a count before a month
    ("3 of May's delegates", "3 of May's delegates"),
    ("the 38th parallel", "the 38th parallel"),
    ("the 5th of the month", "the 5th of the month"),
    ("As of the 29th, it has", "As of the 29th, it has"),
]


@pytest.mark.parametrize("source, expected", ORDINALS)
def test_ordinal_days(source: str, expected: str) -> None:
    """An ordinal day (5th August 1961, the 13th of May) is one date with its day, by the
    rules of the cardinal forms: a year inferred where none is given, ranges from/to."""
    assert run(source) == expected


def assert_converted_valid(tei_all, cases: list[tuple[str, str]],
                           date_line: str = "July 11, 1961") -> None:
    """A document of that date whose paragraphs are the cases' sources keeps its text, passes
    our XSD, Schematron and tei_all, and holds each date the cases expect."""
    result = pipeline.convert(f"{date_line}\n\nRecord of a Conversation\n\n"
                              + "\n\n".join(source for source, _ in cases) + "\n")
    assert body_text(result.tree) == result.source.body
    assert [str(problem) for problem in validate(result.tree)] == []
    assert_tei_all(tei_all, result.tree)
    body = etree.tostring(result.tree.getroot().find(f".//{{{TEI_NS}}}body"), encoding="unicode")
    for _, expected in cases:
        for marked in re.findall(r"<date[^>]*>[^<]*</date>", expected):
            assert marked in body, marked


def test_ordinal_days_are_valid(tei_all) -> None:
    """Ordinal days in a dated document keep the text and pass our XSD, Schematron and tei_all."""
    assert_converted_valid(tei_all, ORDINALS)


NUMERIC = [
    # (source, document date, expected): day.month.year, as Soviet registry numbers and cables
    # write dates; a two-digit year takes its century from the document's year (resp)
    ("Decree Nº P176/125 of 12.12.79 was", "1979-12-26", 'Decree Nº P176/125 of <date '
     'when="1979-12-12" resp="#converter">12.12.79</date> was'),
    ("the decree of 12.12.1979.", "1979-12-26", 'the decree of <date when="1979-12-12">'
     '12.12.1979</date>.'),
    ("signed on 14.III.63 in", "1963-07-11", 'signed on <date when="1963-03-14" '
     'resp="#converter">14.III.63</date> in'),
    ("from 1.VIII.1961, the", "1961-07-11", 'from <date when="1961-08-01">1.VIII.1961</date>, the'),
    ("(Nº 0914, 05.01.80)", "1979-12-26", '(Nº 0914, <date when="1980-01-05" '
     'resp="#converter">05.01.80</date>)'),
    ("on 5.01.80 and", "1979-12-26", 'on <date when="1980-01-05" resp="#converter">5.01.80'
     '</date> and'),
    ("on 31.XII.1960 and", None, 'on <date when="1960-12-31">31.XII.1960</date> and'),
    ("on 1.8.1961 we", "1961-07-11", 'on <date when="1961-08-01">1.8.1961</date> we'),
    # the century: the years from thirty before the document's to twenty after it
    ("the law of 9.XI.05 was", "1930-07-11", 'the law of <date when="1905-11-09" '
     'resp="#converter">9.XI.05</date> was'),
    ("until 31.12.05 the", "1995-07-11", 'until <date when="2005-12-31" resp="#converter">'
     '31.12.05</date> the'),
    ("of 12.12.79 was", "2003-05-01", 'of <date when="1979-12-12" resp="#converter">12.12.79'
     '</date> was'),
    ("until 31.12.80 the", "1961-07-11", 'until <date when="1980-12-31" resp="#converter">'
     '31.12.80</date> the'),
]


@pytest.mark.parametrize("source, document_date, expected", NUMERIC)
def test_numeric_dates(source: str, document_date: str | None, expected: str) -> None:
    """day.month.year with an Arabic or Roman month is a date; a two-digit year's century
    is the converter's inference from the document's year."""
    assert run(source, document_date) == expected


# A date in figures where a section's number could stand: found where the context is a date's
NUMERIC_NOT_SECTIONS = [
    ("on 12.12.79 the Politburo", "1979-12-26", 'on <date when="1979-12-12" '
     'resp="#converter">12.12.79</date> the Politburo'),
    ("dated 3.10.1962", "1979-12-26", 'dated <date when="1962-10-03">3.10.1962</date>'),
    # opening a line: a day's entry (a sentence after it), or a date alone on its line
    ("12.12.79 The Politburo met.", "1979-12-26", '<date when="1979-12-12" resp="#converter">'
     '12.12.79</date> The Politburo met.'),
    ("Moscow\n12.12.79\nThe Politburo", "1979-12-26", 'Moscow\n<date when="1979-12-12" '
     'resp="#converter">12.12.79</date>\nThe Politburo'),
    ("12.12.79 the Politburo met and", "1979-12-26", '<date when="1979-12-12" '
     'resp="#converter">12.12.79</date> the Politburo met and'),
    # ... or figures no section is numbered with: a four-digit year, a Roman month
    ("3.10.1962 Meeting of the delegations", "1979-12-26", '<date when="1962-10-03">3.10.1962'
     '</date> Meeting of the delegations'),
    ("14.III.63 Meeting with Cde. Kim", "1963-07-11", '<date when="1963-03-14" '
     'resp="#converter">14.III.63</date> Meeting with Cde. Kim'),
    # a word before it that gives no number
    ("the points of 3.10.75 and", "1979-12-26", 'the points of <date when="1975-10-03" '
     'resp="#converter">3.10.75</date> and'),
    ("Report No. 5, 3.10.75", "1979-12-26", 'Report No. 5, <date when="1975-10-03" '
     'resp="#converter">3.10.75</date>'),
]


@pytest.mark.parametrize("source, document_date, expected", NUMERIC_NOT_SECTIONS)
def test_numeric_dates_that_could_be_section_numbers(source: str, document_date: str,
                                                     expected: str) -> None:
    """Figures a section's number could have are a date where nothing says otherwise."""
    assert run(source, document_date) == expected


@pytest.mark.parametrize("source, document_date", [
    # the document's years (1995: 2012 is near enough) but a numbered heading's place: the
    # figures open a line and a title follows them, with or without a full stop
    ("3.10.12 Procedures for the exchange of delegations", "1995-07-11"),
    ("3.10.75 Procedures for the exchange", "1979-12-26"),
    ("The delegation left.\n3.10.75. Exchange of delegations", "1979-12-26"),
    ("  3.10.75 Exchange of delegations:", "1979-12-26"),
    # a word that gives the figures after it as a number, whatever their shape
    ("as Article 3.10.75 says", "1979-12-26"), ("under Section 12.12.79, the", "1979-12-26"),
    ("point 4.11.75 repeats", "1979-12-26"), ("as § 3.10.75 and §3.10.75 say", "1979-12-26"),
    ("see No. 12.12.79", "1979-12-26"), ("Nº 12.12.79", "1979-12-26"),
    ("paragraph 12.12.79", "1979-12-26"), ("in item 14.III.63", "1963-07-11"),
    ("Articles 3.10.1962", "1979-12-26"),
    # a two-digit year no document of its date would abbreviate: 1912 (and 2012) from 1961
    ("on 3.10.12 the", "1961-07-11"), ("on 3.10.12 the", "1979-12-26"),
    ("the law of 9.XI.05 was", "1961-07-11"), ("until 31.12.99 the", "1961-07-11"),
])
def test_section_numbers_are_no_dates(source: str, document_date: str) -> None:
    """Figures in a section's or a paragraph's place, or with a year far from the document's,
    stay text."""
    assert run(source, document_date) == source


def test_section_numbers_in_a_converted_document(tei_all) -> None:
    """A numbered heading's paragraph and a section cited by its word stay text in a whole
    document beside the dates found as before; the document keeps its text and is valid."""
    sections = ["3.10.75 Procedures for the exchange of delegations", "as Article 3.10.75 says"]
    cases = [(source, expected) for source, date, expected in NUMERIC_NOT_SECTIONS
             if date == "1979-12-26" and "\n" not in source]
    assert_converted_valid(tei_all, cases + [(source, source) for source in sections],
                           date_line="December 26, 1979")
    result = pipeline.convert("December 26, 1979\n\nRecord of a Conversation\n\n"
                              + "\n\n".join(sections) + "\n")
    assert "<date" not in etree.tostring(result.tree.getroot().find(f".//{{{TEI_NS}}}body"),
                                         encoding="unicode")


def test_numeric_dates_are_valid(tei_all) -> None:
    """Numeric dates in a document of 1979 keep the text and are valid, tei_all included."""
    assert_converted_valid(tei_all, [(source, expected) for source, date, expected in NUMERIC
                                     if date == "1979-12-26"], date_line="December 26, 1979")


def test_weekdays_are_valid(tei_all) -> None:
    """Dates with their weekdays keep the text and are valid, tei_all included."""
    assert_converted_valid(tei_all, [(source, expected) for source, date, expected in WEEKDAYS
                                     if date == "1962-09-30"], date_line="September 30, 1962")


@pytest.mark.parametrize("source, expected", [
    ("curfew from 1800 to 0700 local time", "curfew from 1800 to 0700 local time"),
    ("CURFEW FROM 2000 TO 0600.", "CURFEW FROM 2000 TO 0600."),
    ("arrived by 1900 hours, from 0700 until 1800", "arrived by 1900 hours, from 0700 until "
     "1800"),
    ("from 1800 to 1900 HRS", "from 1800 to 1900 HRS"),
    # years stay years, before a noun too
    ("in 1960 local elections", 'in <date when="1960">1960</date> local elections'),
    ("from 1958 to 1960 and", 'from <date from="1958" to="1960">1958 to 1960</date> and'),
])
def test_four_figure_times_are_no_years(source: str, expected: str) -> None:
    """`CURFEW ... FROM 1800 TO 0700` gave `<date when="1800">`: four figures beside a word of
    the clock or across `to` from figures no year can be are a US telegram's time."""
    assert run(source) == expected


@pytest.mark.parametrize("source", [
    "As of 1800 on 19 June the situation was calm.", "by 2000 on June 19 they left",
    "until 1900 on Monday", "by 2100 on the 20th", "As of 1800 on the front",
    "by 1800 Moscow time", "BY 1900 MOSCOW TIME", "from 2000 Washington time",
])
def test_a_clock_time_before_on_and_a_day_is_no_year(source: str) -> None:
    """`As of 1800 on 19 June` gave `<date when="1800">`: a clock's reading after a
    preposition, then `on` and a day (or just `on` after `as of`), or before a capital's
    time, is a Soviet report's time."""
    marked = run(source)
    assert re.search(r"<date[^>]*>[0-9]{4}</date>", marked) is None, marked


@pytest.mark.parametrize("source, year", [
    ("From 1958 on the party grew", "1958"), ("In 1950 on 1 May it began", "1950"),
    ("by 1875 on 19 June", "1875"), ("from 1800 on, calm", "1800"),
])
def test_a_year_before_on_stays_a_year(source: str, year: str) -> None:
    """A year before `on` stays one: `from 1958 on` (onwards), `in 1950 on 1 May` (no clock is
    read `in`), `1875` (no clock reads it), `on` with no day after."""
    assert f'<date when="{year}">' in run(source)


@pytest.mark.parametrize("source", [
    "section 1.2.3 says", "clause 1.2.15 says",         # a month in one digit: section numbers
    "12.5 million", "at 12.30 we", "version 3.14", "pi is 3.14.",
    "31.02.1979", "12.13.79", "0.12.79", "31.IV.1961",  # no such day or month
    "1.12.12.79", "12.12.79.5", "12.12.1979.3",        # parts of a longer number
    "12.12.795", "P12.12.79", "12.12.79a", "5-12.12.79", "10–12.12.79",
    "12/5/61", "5/12/1961",                           # slashes: month or day first?
    "12.XIII.79", "12.IIII.79", "12.iii.79",
    "14.III.1700",
    "on 12.12.79 we",                                   # no document date: no century
])
def test_numeric_non_dates(source: str) -> None:
    """Numbers that only look like day.month.year, impossible dates, and slashes stay text."""
    document_date = None if source == "on 12.12.79 we" else "1979-12-26"
    assert run(source, document_date) == source


@pytest.mark.parametrize("line, setting", [
    # a date in figures and a time: `17.07` was the first time of a range ending at 11:30
    ("Date: 17.07.1971, 11:30", '<date when="1971-07-17">17.07.1971</date><time '
     'when="11:30:00">11:30</time>'),
    ("Date: 17.07.1971", '<date when="1971-07-17">17.07.1971</date>'),      # was 17:07
    ("Date: 17.VII.1971, 11:30", '<date when="1971-07-17">17.VII.1971</date><time '
     'when="11:30:00">11:30</time>'),                                      # the date was lost
    ("Date: 11:30, 17.07.1971", '<date when="1971-07-17">17.07.1971</date><time '
     'when="11:30:00">11:30</time>'),
    # a two-digit year's century is inferred, which the header's date cannot say: no date
    ("Date: 17.07.71 11:30", '<time when="11:30:00">11:30</time>'),
    ("Date: 17 July 1971, 11:30", '<date when="1971-07-17">17 July 1971</date><time '
     'when="11:30:00">11:30</time>'),                                      # as in words
    # a time after the date without a comma: the date was lost
    ("Date: 17 July 1971 11:30", '<date when="1971-07-17">17 July 1971</date><time '
     'when="11:30:00">11:30</time>'),
    ("Time: July 17, 1971 11:30 a.m.", '<date when="1971-07-17">July 17, 1971</date><time '
     'when="11:30:00">11:30 a.m.</time>'),
    # a day and month without a year is no time either: the range would run backwards
    ("Date: 17.07, 11:30", '<time when="11:30:00">11:30</time>'),
    # a time without its minutes: there was no time
    ("DATE: July 27, 1963, 6 PM", '<date when="1963-07-27">July 27, 1963</date><time '
     'when="18:00:00">6 PM</time>'),
    ("Date: July 27, 1963 6 p.m.", '<date when="1963-07-27">July 27, 1963</date><time '
     'when="18:00:00">6 p.m.</time>'),
    ("Time: 17 July 1971, 18 hours", '<date when="1971-07-17">17 July 1971</date><time '
     'when="18:00:00">18 hours</time>'),
    ("Time: 3 p.m. to 5 p.m., 8 May 1964", '<date when="1964-05-08">8 May 1964</date><time '
     'from="15:00:00" to="17:00:00">3 p.m. to 5 p.m.</time>'),
    # a time before the date without a comma: there was no date
    ("Time: 11:30 17 July 1971", '<date when="1971-07-17">17 July 1971</date><time '
     'when="11:30:00">11:30</time>'),
    # a word beginning with `am` after a figure is no time
    ("Date: 17 July 1971, 6 amendments", '<date when="1971-07-17">17 July 1971</date>'),
    # a range past midnight stays one
    ("Time: 23:00-01:30", '<time from="23:00:00" to="01:30:00">23:00-01:30</time>'),
    # an abbreviated month: the year alone was the date
    ("Time: Oct. 26, 1962, 10 a.m.", '<date when="1962-10-26">Oct. 26, 1962</date><time '
     'when="10:00:00">10 a.m.</time>'),
    ("Date: 5 Sept 1961", '<date when="1961-09-05">5 Sept 1961</date>'),
    # the cable's receipt in parentheses is no part of the setting: its time was the setting's
    ("Date: 23 October 1962, 10:52 a.m. (received 24 October, 1:05 a.m. Tokyo time)",
     '<date when="1962-10-23">23 October 1962</date><time when="10:52:00">10:52 a.m.</time>'),
    # the editors' `[sic: ...]` after the date: the setting had no date
    ("Time: 6 December 1979 [sic: the date line gives 13 December 1978], 3:00 PM to 5:10 PM",
     '<date when="1979-12-06">6 December 1979</date><time from="15:00:00" to="17:10:00">'
     '3:00 PM to 5:10 PM</time>'),
    # the translator's other calendar in brackets after the date: the setting had no date
    ("Date: 12 January 1979 [22 Dey 1357]", '<date when="1979-01-12">12 January 1979</date>'),
])
def test_a_date_in_figures_in_the_setting(line: str, setting: str) -> None:
    """A `Date:` line's date in figures (Romanian and East German cables) is the setting's
    date, read as the dates pass reads it, and not a time: `17.07.1971, 11:30` gave
    `<time from="17:07:00" to="11:30:00">` and no date."""
    result = pipeline.convert("July 17, 1971\n\nTelegram\n\nTELEGRAM\n\n"
                              f"{line}\n\nTo: Comrade Manescu\n\nHan Nianlong said so.\n")
    found = result.tree.getroot().find(f".//{{{TEI_NS}}}setting")
    assert "".join(etree.tostring(part, encoding="unicode", with_tail=False).replace(NS, "")
                   for part in found) == setting
    assert [str(problem) for problem in validate(result.tree)] == []
    assert body_text(result.tree) == result.source.body



@pytest.mark.parametrize("lines, setting", [
    # each field ends at its line break: the place took the Date line in
    ("Place: Sofia, Boyana Residence\nDate: 6 March 1968, 10:00 to 13:30",
     '<placeName>Sofia, Boyana Residence</placeName><date when="1968-03-06">6 March 1968'
     '</date><time from="10:00:00" to="13:30:00">10:00 to 13:30</time>'),
    # a field after the first line of its paragraph: the location was lost
    ("Time: 18 December 1970, 7:30 a.m. to 12:45 p.m.\nLocation: Chairman Mao's residence, "
     "Zhongnanhai",
     '<placeName>Chairman Mao\'s residence, Zhongnanhai</placeName><date when="1970-12-18">'
     '18 December 1970</date><time from="07:30:00" to="12:45:00">7:30 a.m. to 12:45 p.m.'
     '</time>'),
    # a dateline before the fields gives the date none of them gives: there was no setting
    ("Beijing, 20 October 1969\nTime: 15:00-17:45\nVenue: Diaoyutai State Guesthouse, "
     "Building No. 18",
     '<placeName>Diaoyutai State Guesthouse, Building No. 18</placeName><date '
     'when="1969-10-20">20 October 1969</date><time from="15:00:00" to="17:45:00">15:00-17:45'
     '</time>'),
    # and its place, when no field gives one
    ("Beijing, 20 October 1969\nTime: 15:00-17:45",
     '<placeName>Beijing</placeName><date when="1969-10-20">20 October 1969</date><time '
     'from="15:00:00" to="17:45:00">15:00-17:45</time>'),
    # a field's value on the line after its name
    ("Place:\nSofia\nDate: 6 March 1968",
     '<placeName>Sofia</placeName><date when="1968-03-06">6 March 1968</date>'),
    # a dateline with a time after its date, with or without a comma: it gave no date or time
    ("Beijing, 17 July 1971 11:30\nPlace: Diaoyutai State Guesthouse",
     '<placeName>Diaoyutai State Guesthouse</placeName><date when="1971-07-17">17 July 1971'
     '</date><time when="11:30:00">11:30</time>'),
    ("Beijing, 17 July 1971, 11:30\nPlace: Diaoyutai State Guesthouse",
     '<placeName>Diaoyutai State Guesthouse</placeName><date when="1971-07-17">17 July 1971'
     '</date><time when="11:30:00">11:30</time>'),
    # more than a time after the date: no dateline
    ("Beijing, 17 July 1971 11:30 the talks began\nPlace: Diaoyutai State Guesthouse",
     '<placeName>Diaoyutai State Guesthouse</placeName>'),
    # a month and its day before the dateline's comma are its date, never its place (they
    # were the place `October 26`, and the year alone left no date), a weekday too
    ("October 26, 1962\nTime: 10 a.m.",
     '<date when="1962-10-26">October 26, 1962</date><time when="10:00:00">10 a.m.</time>'),
    ("October 26, 1962, 11:30\nPlace: Havana",
     '<placeName>Havana</placeName><date when="1962-10-26">October 26, 1962</date><time '
     'when="11:30:00">11:30</time>'),
    ("Thursday, October 26, 1962\nTime: 10 a.m.",
     '<date when="1962-10-26">October 26, 1962</date><time when="10:00:00">10 a.m.</time>'),
    # an abbreviated month, before or after its day, gave no date (`Oct. 26` was the place)
    ("Oct. 26, 1962\nTime: 10 a.m.",
     '<date when="1962-10-26">Oct. 26, 1962</date><time when="10:00:00">10 a.m.</time>'),
    ("Havana, 26 Oct. 1962\nTime: 10 a.m.",
     '<placeName>Havana</placeName><date when="1962-10-26">26 Oct. 1962</date><time '
     'when="10:00:00">10 a.m.</time>'),
    # and without its period (`Oct 26` was the place, as `Oct.` was)
    ("Oct 26, 1962\nTime: 10 a.m.",
     '<date when="1962-10-26">Oct 26, 1962</date><time when="10:00:00">10 a.m.</time>'),
    ("Sept 5, 1961\nTime: 10 a.m.",
     '<date when="1961-09-05">Sept 5, 1961</date><time when="10:00:00">10 a.m.</time>'),
    # (a place whose name begins as a month's does is one: `Marchfeld`)
    ("Marchfeld, 26 October 1962\nTime: 10 a.m.",
     '<placeName>Marchfeld</placeName><date when="1962-10-26">26 October 1962</date><time '
     'when="10:00:00">10 a.m.</time>'),
    # a US memorandum's field value going on on the next line: the time and the building
    # were lost
    ("DATE AND TIME: Friday, October 26, 1973\n10:10 a.m. - 11:05 a.m.\nPLACE: The Map Room\n"
     "The White House",
     '<placeName>The Map Room, The White House</placeName><date when="1973-10-26">October 26, '
     '1973</date><time from="10:10:00" to="11:05:00">10:10 a.m. - 11:05 a.m.</time>'),
    # (not a heading under it, nor a line under a field in mixed case)
    ("PLACE: The Map Room\nPARTICIPANTS", '<placeName>The Map Room</placeName>'),
    ("Place: Sofia\nThe Palace", '<placeName>Sofia</placeName>'),
])
def test_setting_lines_in_one_paragraph(lines: str, setting: str) -> None:
    """The setting's fields may share a paragraph, a line each, with a dateline before them."""
    result = pipeline.convert(f"October 20, 1969\n\nRecord of a Conversation\n\n{lines}\n\n"
                              "Zhou Enlai: We continue.\n\nKosygin: Good.\n")
    found = result.tree.getroot().find(f".//{{{TEI_NS}}}setting")
    assert found is not None
    assert "".join(etree.tostring(part, encoding="unicode", with_tail=False).replace(NS, "")
                   for part in found) == setting
    assert [str(problem) for problem in validate(result.tree)] == []
    assert body_text(result.tree) == result.source.body



def _setting(source: str) -> str | None:
    """The header's setting of a converted source, its children as XML without the
    namespace; None without one. The text export must give the body back."""
    result = pipeline.convert(source)
    assert body_text(result.tree) == result.source.body
    found = result.tree.getroot().find(f".//{{{TEI_NS}}}setting")
    return None if found is None else "".join(
        etree.tostring(part, encoding="unicode", with_tail=False).replace(NS, "")
        for part in found)


@pytest.mark.parametrize("place, setting", [
    ("Place: Manyongdae [Mangyongdae] guest house, Pyongyang",
     "<placeName>Manyongdae [Mangyongdae] guest house, Pyongyang</placeName>"),
    ("Place:\nKumsusan [Kumsusan Palace], Pyongyang",
     "<placeName>Kumsusan [Kumsusan Palace], Pyongyang</placeName>"),
    ("Place: Pyongyang", "<placeName>Pyongyang</placeName>"),
])
def test_a_setting_place_keeps_its_brackets(place: str, setting: str) -> None:
    """The setting's place is its field's words as printed, the translator's bracket too:
    `Manyongdae [Mangyongdae] guest house` gave `Manyongdae Mangyongdae guest house`."""
    found = _setting("May 4, 1972\n\nRecord\n\nTime: 4 May 1972\n" + place +
                     "\n\nKim: Welcome.\n")
    assert found.startswith(setting)


def test_an_opening_dateline_with_a_time_is_the_setting() -> None:
    """A record opening with a place, a date and a time, no field's name before them
    (`Addis Ababa, 14 March 1977, 4:30 p.m.`), gave no setting, as `Time:` and `Location:`
    lines do; the shape counts only at the body's start, with a place (without the time,
    `test_an_opening_place_and_date_or_building_is_the_setting`)."""
    def setting(body: str) -> str | None:
        return _setting(f"March 14, 1977\n\nTranscript of Meeting\n\n{body}\n")
    turns = "Fidel Castro: We agree.\n\nMengistu: Good.\n\nFidel Castro: Yes."
    assert setting(f"Addis Ababa, 14 March 1977, 4:30 p.m.\n\n{turns}") == (
        '<placeName>Addis Ababa</placeName><date when="1977-03-14">14 March 1977</date>'
        '<time when="16:30:00">4:30 p.m.</time>')
    assert setting(f"14 March 1977, 4:30 p.m.\n\n{turns}") is None
    assert setting(f"{turns}\n\nAddis Ababa, 14 March 1977, 4:30 p.m.") is None


def test_an_opening_place_and_date_or_building_is_the_setting() -> None:
    """A record opening with a gazetteer place and a date (`Ulaanbaatar, 12 January 1963`) or
    a town and a building of it (`Moscow, Kremlin`) on a line of its own gave no setting: it
    is the setting's place and date when no field line gives the setting. Not lower down, not
    a paragraph of more lines, not a place the gazetteer does not know (`Top Secret`), nor
    two towns; nor when the title names another day, the meeting's (the line is then the
    record's, written after it)."""
    def setting(body: str, title: str = "Record of Conversation") -> str | None:
        return _setting(f"January 12, 1963\n\n{title}\n\n{body}\n")
    turns = "Tsedenbal said that the treaty was signed.\n\nI answered that I would inform Moscow."
    assert setting(f"Ulaanbaatar, 12 January 1963\n\n{turns}") == (
        '<placeName>Ulaanbaatar</placeName><date when="1963-01-12">12 January 1963</date>')
    assert setting(f"Moscow, Kremlin\n\n{turns}") == "<placeName>Moscow, Kremlin</placeName>"
    assert setting(f"Beijing, Great Hall of the People\n\n{turns}") == (
        "<placeName>Beijing, Great Hall of the People</placeName>")
    assert setting(f"Ulaanbaatar, 12 January 1963\n\nTime: 11:00\n\n{turns}") == (
        '<time when="11:00:00">11:00</time>')
    assert setting(f"{turns}\n\nUlaanbaatar, 12 January 1963") is None
    assert setting(f"Ulaanbaatar, 12 January 1963\nStrictly secret\n\n{turns}") is None
    assert setting(f"Top Secret, 12 January 1963\n\n{turns}") is None
    assert setting(f"Moscow, Leningrad\n\n{turns}") is None
    assert setting(f"Berlin, 14 January 1963\n\n{turns}",
                   "Record of a meeting on January 12, 1963 in Moscow") is None
    assert setting(f"Berlin, 12 January 1963\n\n{turns}",
                   "Record of a meeting on January 12, 1963") == (
        '<placeName>Berlin</placeName><date when="1963-01-12">12 January 1963</date>')


def test_setting_fields_after_a_letterhead_and_participants() -> None:
    """A memorandum's letterhead and participants' list put `DATE AND TIME:` eighth among the
    paragraphs and `PLACE:` ninth: the run of fields is read to its end, and the place was
    lost; a field far down the body stays no setting."""
    head = "\n\n".join(["MEMORANDUM", "THE WHITE HOUSE", "WASHINGTON", "TOP SECRET",
                         "PARTICIPANTS:", "President Nixon\nDr. Henry A. Kissinger",
                         "Prime Minister Chou En-lai\nChi Chao-chu, Interpreter",
                         "DATE AND TIME: Thursday, February 24, 1972, 5:15 p.m. - 8:05 p.m.",
                         "PLACE: Great Hall of the People, Peking"])
    result = pipeline.convert(f"February 24, 1972\n\nMemorandum of Conversation\n\n{head}"
                              "\n\nPrime Minister Chou: Shall we begin?\n\nPresident Nixon: "
                              "Yes.\n")
    found = result.tree.getroot().find(f".//{{{TEI_NS}}}setting")
    assert "".join(etree.tostring(part, encoding="unicode", with_tail=False).replace(NS, "")
                   for part in found) == (
        '<placeName>Great Hall of the People, Peking</placeName><date when="1972-02-24">'
        'February 24, 1972</date><time from="17:15:00" to="20:05:00">5:15 p.m. - 8:05 p.m.'
        '</time>')
    assert body_text(result.tree) == result.source.body
    paragraphs = "\n\n".join(f"Paragraph {n}." for n in range(1, 10))
    late = pipeline.convert(f"February 24, 1972\n\nLetter\n\n{paragraphs}\n\nPlace: Peking\n")
    assert late.tree.getroot().find(f".//{{{TEI_NS}}}setting") is None


def test_date_time_and_place_on_one_line() -> None:
    """A US memorandum's `DATE, TIME AND PLACE:` line, its block of participants a paragraph
    for each side below `PARTICIPANTS:`, gave no setting: the line is read as the three
    fields, the place its words after the date and the time, and the blocks do not count
    among the paragraphs of the head."""
    head = "\n\n".join(["THE WHITE HOUSE", "WASHINGTON", "SECRET/SENSITIVE",
                         "MEMORANDUM OF CONVERSATION", "SUBJECT: Reykjavik [First Meeting]",
                         "PARTICIPANTS:", "U.S.\nThe President\nJack F. Matlock, Notetaker",
                         "USSR\nGeneral Secretary Mikhail Gorbachev\nNikolai Uspenskiy, "
                         "Interpreter", "DATE, TIME AND PLACE: October 11, 1986, 10:40 a.m. - "
                         "12:30 p.m., Hofdi House, Reykjavik"])
    result = pipeline.convert(f"October 11, 1986\n\nMemorandum of Conversation\n\n{head}"
                              "\n\nThe President: Welcome.\n\nGorbachev: Thank you.\n")
    found = result.tree.getroot().find(f".//{{{TEI_NS}}}setting")
    assert found is not None
    assert "".join(etree.tostring(part, encoding="unicode", with_tail=False).replace(NS, "")
                   for part in found) == (
        '<placeName>Hofdi House, Reykjavik</placeName><date when="1986-10-11">October 11, 1986'
        '</date><time from="10:40:00" to="12:30:00">10:40 a.m. - 12:30 p.m.</time>')
    assert [str(problem) for problem in validate(result.tree)] == []
    assert body_text(result.tree) == result.source.body


@pytest.mark.parametrize("line, place, time", [
    ("May 6, 1990, 10:03 - 10:40 a.m. EDT, Oval Office", "Oval Office",
     '<time from="10:03:00" to="10:40:00">10:03 - 10:40 a.m. EDT</time>'),
    ("May 6, 1990, 3:00 p.m. (Moscow time), St. Catherine's Hall, the Kremlin",
     "St. Catherine's Hall, the Kremlin", '<time when="15:00:00">3:00 p.m. (Moscow time)</time>'),
    ("May 6, 1990, 9:30 a.m. local time, the Residence", "the Residence",
     '<time when="09:30:00">9:30 a.m. local time</time>'),
    ("May 6, 1990, 10:00 a.m. GMT, Camp David", "Camp David",
     '<time when="10:00:00">10:00 a.m. GMT</time>'),
])
def test_a_time_zone_after_the_time_is_the_times(line, place, time) -> None:
    """`DATE, TIME AND PLACE: May 6, 1990, 10:03 - 10:40 a.m. EDT, Oval Office` gave the place
    `EDT, Oval Office`: a time zone after the time is the time's words, no place's (in a
    `Time:` line too)."""
    assert _setting("May 6, 1990\n\nMemorandum\n\nTime: 10:03 a.m. EDT\n\nThe President: "
                    "Hello.\n\nGorbachev: Hello.\n") == \
        '<time when="10:03:00">10:03 a.m. EDT</time>'
    assert _setting(f"May 6, 1990\n\nMemorandum of Telephone Conversation\n\n"
                    f"DATE, TIME AND PLACE: {line}\n\nThe President: Hello.\n\n"
                    "Gorbachev: Hello.\n\nThe President: Goodbye.\n") == (
        f'<placeName>{place}</placeName><date when="1990-05-06">May 6, 1990</date>{time}')


@pytest.mark.parametrize("line, setting, body", [
    # the start time was lost and the end time paired with the first day (`<date
    # when="1956-10-19">` and `<time when="03:00:00">`): a date and time at each end
    ("Time: 19 October 1956, 11:00 a.m. - 20 October 1956, 3:00 a.m.",
     '<date from="1956-10-19T11:00:00" to="1956-10-20T03:00:00">19 October 1956, 11:00 a.m. - '
     '20 October 1956, 3:00 a.m.</date>',
     'Time: <date when="1956-10-19">19 October 1956</date>, 11:00 a.m. - <date '
     'when="1956-10-20">20 October 1956</date>, 3:00 a.m.'),
    ("Time: 20 August 1968, 2:00 p.m. - 21 August 1968, 2:30 a.m.",
     '<date from="1968-08-20T14:00:00" to="1968-08-21T02:30:00">20 August 1968, 2:00 p.m. - '
     '21 August 1968, 2:30 a.m.</date>',
     'Time: <date when="1968-08-20">20 August 1968</date>, 2:00 p.m. - <date '
     'when="1968-08-21">21 August 1968</date>, 2:30 a.m.'),
    ("Date: October 19, 1956, 23:00 to October 20, 1956, 03:00",
     '<date from="1956-10-19T23:00:00" to="1956-10-20T03:00:00">October 19, 1956, 23:00 to '
     'October 20, 1956, 03:00</date>',
     'Date: <date when="1956-10-19">October 19, 1956</date>, 23:00 to <date '
     'when="1956-10-20">October 20, 1956</date>, 03:00'),
    # a time at one end only: the two days, no time
    ("Time: 19 October 1956, 11:00 a.m. - 20 October 1956",
     '<date from="1956-10-19" to="1956-10-20">19 October 1956, 11:00 a.m. - 20 October 1956'
     '</date>',
     'Time: <date when="1956-10-19">19 October 1956</date>, 11:00 a.m. - <date '
     'when="1956-10-20">20 October 1956</date>'),
    # one day's range of times stays a date and a time
    ("Time: 10 March 1966, 4:00 p.m. - 6:30 p.m.",
     '<date when="1966-03-10">10 March 1966</date><time from="16:00:00" to="18:30:00">4:00 '
     'p.m. - 6:30 p.m.</time>',
     'Time: <date when="1966-03-10">10 March 1966</date>, 4:00 p.m. - 6:30 p.m.'),
])
def test_a_meeting_over_two_days_in_the_setting(line: str, setting: str, body: str) -> None:
    """A `Time:` line from one day and time to the next day's (a meeting past midnight) is
    the setting's date from the first to the second, each with its time, the words of both
    its own; in the body each day is its own date."""
    result = pipeline.convert(f"October 20, 1956\n\nMinutes of the Meeting\n\n{line}\n\n"
                              "Ochab: I open the session.\n\nKhrushchev: We have decided.\n")
    found = result.tree.getroot().find(f".//{{{TEI_NS}}}setting")
    assert "".join(etree.tostring(part, encoding="unicode", with_tail=False).replace(NS, "")
                   for part in found) == setting
    first = result.tree.getroot().find(f".//{{{TEI_NS}}}body//{{{TEI_NS}}}p")
    assert etree.tostring(first, encoding="unicode", with_tail=False).replace(NS, "") == \
        f"<p>{body}</p>"
    assert [str(problem) for problem in validate(result.tree)] == []
    assert body_text(result.tree) == result.source.body


WEEKDAYS = [
    # (source, document date, expected): a weekday that agrees with the date is part of it
    ("On Saturday, 29 September 1962 we", "1962-09-30", 'On <date when="1962-09-29">Saturday, '
     '29 September 1962</date> we'),
    ("on 29 September 1962 (Saturday) we", "1962-09-30", 'on <date when="1962-09-29">29 '
     'September 1962 (Saturday)</date> we'),
    ("Monday, October 1, 1962.", "1962-09-30", '<date when="1962-10-01">Monday, October 1, '
     '1962</date>.'),
    ("on Saturday, 29 October, Cde.", "1960-10-31", 'on <date when="1960-10-29" '
     'resp="#converter">Saturday, 29 October</date>, Cde.'),
    ("On Saturday 29 September we", "1962-09-30", 'On <date when="1962-09-29" '
     'resp="#converter">Saturday 29 September</date> we'),
    ("on Saturday, the 29th of September,", "1962-09-30", 'on <date when="1962-09-29" '
     'resp="#converter">Saturday, the 29th of September</date>,'),
    ("Wednesday, 12.12.79, the", "1979-12-26", '<date when="1979-12-12" resp="#converter">'
     'Wednesday, 12.12.79</date>, the'),
    # a day without a year whose weekday is not the document's year's: the year before or
    # after that has it, within half a year of the document (the converter's inference still)
    ("on Saturday, 30 December we", "1962-01-04", 'on <date when="1961-12-30" '
     'resp="#converter">Saturday, 30 December</date> we'),
    ("on 5 January (Saturday) we", "1962-12-20", 'on <date when="1963-01-05" '
     'resp="#converter">5 January (Saturday)</date> we'),
    # ... and none near it (1963-09-29 is a Sunday, a year after the document): the weekday
    # says the inference is wrong, so there is none
    ("on Sunday, 29 September we", "1962-09-30", "on Sunday, 29 September we"),
    # a weekday that disagrees with a stated year stays outside; the date is the text's
    ("on Sunday, 29 September 1962 we", "1962-09-30", 'on Sunday, <date when="1962-09-29">29 '
     'September 1962</date> we'),
    # two weekdays, or none that is a word of its own: the date as it was
    ("Sunday, 29 September 1962 (Saturday)", "1962-09-30", 'Sunday, <date when="1962-09-29">29 '
     'September 1962</date> (Saturday)'),
    ("on WSaturday, 29 September 1962", "1962-09-30", 'on WSaturday, <date when="1962-09-29">'
     '29 September 1962</date>'),
    ("on Saturday. 29 September 1962", "1962-09-30", 'on Saturday. <date when="1962-09-29">'
     '29 September 1962</date>'),
    ("on Monday, and", "1979-03-22", "on Monday, and"),
]


@pytest.mark.parametrize("source, document_date, expected", WEEKDAYS)
def test_weekdays(source: str, document_date: str, expected: str) -> None:
    """A weekday before or after a day is part of its date when it agrees with it, and picks
    the year of a day written without one; one that disagrees with a stated date stays out."""
    assert run(source, document_date) == expected


def test_weekday_after_a_supplied_year() -> None:
    """A supplied year is the date's before its weekday is checked."""
    supplied = '<supplied reason="clarification" resp="#translator">1957</supplied>'
    assert run(f"On 13 March {supplied} (Wednesday), the", "1961-07-11") == (
        f'On <date when="1957-03-13">13 March {supplied} (Wednesday)</date>, the')


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
    ("on 29 October, Cde.", 'on <date when="1961-10-29" resp="#converter">29 October</date>, '
     'Cde.'),
    ("on 3 Aug. we met", 'on <date when="1961-08-03" resp="#converter">3 Aug.</date> we met'),
    ("on 5\u00a0Sept we met", 'on <date when="1961-09-05" resp="#converter">5\u00a0Sept</date>'
     ' we met'),
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
    """A number before a word that only starts like a month, or ending another number, is text."""
    assert run(source) == source



@pytest.mark.parametrize("source, expected", [
    # a full month's period ends its sentence: the number after it is the next one's, and
    # the day before the month takes the date (it was `2 <date when="1969-03-31">March.
    # 31</date>`)
    ("on Damansky Island [Zhenbao] on 2 March. 31 of our soldiers were killed.",
     'on Damansky Island [Zhenbao] on <date when="1969-03-02" resp="#converter">2 March</date>'
     '. 31 of our soldiers were killed.'),
    ("On 15 March. 12 more died.", 'On <date when="1969-03-15" resp="#converter">15 March'
     '</date>. 12 more died.'),
    ("in March. 31 soldiers died", "in March. 31 soldiers died"),
    ("in May. 3 more died", "in May. 3 more died"),      # May is never abbreviated
    ("in March. 1969 was", "in March. 1969 was"),
    # an abbreviation's period is its own
    ("on Sept. 5 we", 'on <date when="1969-09-05" resp="#converter">Sept. 5</date> we'),
    ("on Mar. 31, 1969 we", 'on <date when="1969-03-31">Mar. 31, 1969</date> we'),
    ("on 3 Aug. 1961 we", 'on <date when="1961-08-03">3 Aug. 1961</date> we'),
    # a figure right after the month is still no next sentence's
    ("on 5 July.1961 we", "on 5 July.1961 we"),
    ("on 5 July, 31 we", "on 5 July, 31 we"),
])
def test_a_full_month_before_a_full_stop(source: str, expected: str) -> None:
    """A month written out in full takes no period (`Mar. 31` does, `March. 31` is the end of
    a sentence and the start of the next): `on 2 March. 31 of our soldiers were killed` gave
    the 31st of March."""
    assert run(source, "1969-06-01") == expected

@pytest.mark.parametrize("source, expected", [
    ("arrived on 9 October, 10:00 a.m. in", 'arrived on <date when="1972-10-09" '
     'resp="#converter">9 October</date>, 10:00 a.m. in'),
    ("On October 9, 10:28 a.m., a bomb", 'On <date when="1972-10-09" resp="#converter">'
     'October 9</date>, 10:28 a.m., a bomb'),
    ("by 12 October, 18:00 Seoul time", 'by <date when="1972-10-12" resp="#converter">'
     '12 October</date>, 18:00 Seoul time'),
    ("on 9 October, 10.30 a.m. we", 'on <date when="1972-10-09" resp="#converter">'
     '9 October</date>, 10.30 a.m. we'),
    # a number that is no time still keeps the day from being a date without its year
    ("on 5 October, 10.5 percent", "on 5 October, 10.5 percent"),
    ("on October 5, 31 we", "on October 5, 31 we"),
])
def test_a_day_without_its_year_before_a_time(source: str, expected: str) -> None:
    """A day without a year, a comma and a time of day is a date as with `at 10:00` (`9
    October, 10:00 a.m.` was left text: the figures after it were read as a year's or a
    count's)."""
    assert run(source, "1972-10-10") == expected


RANGES = [
    # (source, expected): one date from/to over a range of days, as FRUS encodes them
    ("The meeting of 3-5 August 1961 was", 'The meeting of <date from="1961-08-03" '
     'to="1961-08-05">3-5 August 1961</date> was'),
    ("on Aug. 3-5 in Moscow", 'on <date from="1961-08-03" to="1961-08-05" resp="#converter">'
     'Aug. 3-5</date> in Moscow'),
    ("from 19 October through 7 November 1960", 'from <date from="1960-10-19" to="1960-11-07">'
     '19 October through 7 November 1960</date>'),
    ("between 3 and 5 August 1961", 'between <date from="1961-08-03" to="1961-08-05">'
     '3 and 5 August 1961</date>'),
    ("on 3\u20135 August we", 'on <date from="1961-08-03" to="1961-08-05" resp="#converter">'
     '3\u20135 August</date> we'),
    ("August 3 to 5, 1961, when", '<date from="1961-08-03" to="1961-08-05">August 3 to 5, 1961'
     '</date>, when'),
    ("28 December 1960 - 3 January 1961", '<date from="1960-12-28" to="1961-01-03">'
     '28 December 1960 - 3 January 1961</date>'),
    ("from 28 December to 3 January 1961", 'from <date from="1960-12-28" to="1961-01-03">'
     '28 December to 3 January 1961</date>'),
    ("December 28, 1960 - January 3, 1961", '<date from="1960-12-28" to="1961-01-03">'
     'December 28, 1960 - January 3, 1961</date>'),
    ("October 19 until November 7, 1960", '<date from="1960-10-19" to="1960-11-07">'
     'October 19 until November 7, 1960</date>'),
    ("between August 3 and 5, 1961", 'between <date from="1961-08-03" to="1961-08-05">'
     'August 3 and 5, 1961</date>'),
    ("on August 3rd-5th we", 'on <date from="1961-08-03" to="1961-08-05" resp="#converter">'
     'August 3rd-5th</date> we'),
]


@pytest.mark.parametrize("source, expected", RANGES)
def test_ranges_of_days(source: str, expected: str) -> None:
    """A range of days is one date over the whole range; an end without a year takes the
    other end's (a year apart across a new year), a range without any the document's."""
    assert run(source) == expected


@pytest.mark.parametrize("source, expected", [
    # `and` without `between` joins two days, a date each
    ("on 3 and 5 August we", 'on <date when="1961-08-03" resp="#converter">3</date> and '
     '<date when="1961-08-05" resp="#converter">5 August</date> we'),
    ("on August 3 and 5 we", 'on <date when="1961-08-03" resp="#converter">August 3</date> '
     'and <date when="1961-08-05" resp="#converter">5</date> we'),
    # after a year, a number that is no month's day
    ("July 5, 1961 - 10 delegates", '<date when="1961-07-05">July 5, 1961</date> - 10 delegates'),
    # no year, across a new year: the document's year could be either end's
    ("from 28 December - 3 January", "from 28 December - 3 January"),
    # ends in the wrong order, a day the calendar does not have: no value, and no part of it
    ("5-3 August 1961", "5-3 August 1961"),
    ("30-31 February 1961", "30-31 February 1961"),
    ("3-5 August 1700", "3-5 August 1700"),
    # what is not a range of days stays as it was
    ("3-5 tons of grain", "3-5 tons of grain"),
    ("the 1961-1962 plan", 'the <date from="1961" to="1962">1961-1962</date> plan'),
    ("x3-5 August", "x3-5 August"),
])
def test_what_is_not_a_range_of_days(source: str, expected: str) -> None:
    """Two days joined by `and`, a count after a date, impossible ranges are not ranges."""
    assert run(source) == expected


@pytest.mark.parametrize("source, expected", [
    ("the provocations on 2 and 15 March were created", 'the provocations on <date '
     'when="1969-03-02" resp="#converter">2</date> and <date when="1969-03-15" '
     'resp="#converter">15 March</date> were created'),
    ("on 2, 3, and 15 March 1969", 'on <date when="1969-03-02">2</date>, <date '
     'when="1969-03-03">3</date>, and <date when="1969-03-15">15 March 1969</date>'),
    ("on 2 or 3 March 1969", 'on <date when="1969-03-02">2</date> or <date '
     'when="1969-03-03">3 March 1969</date>'),
    ("the 2nd and 15th of March 1969", 'the <date when="1969-03-02">2nd</date> and <date '
     'when="1969-03-15">15th of March 1969</date>'),
    ("THE CLASHES ON 2 AND 15 MARCH 1969", 'THE CLASHES ON <date when="1969-03-02">2</date> '
     'AND <date when="1969-03-15">15 MARCH 1969</date>'),
    # days that do not go up, a day the month does not have, the end of another number or
    # of another list: no list of days
    ("on 30 and 5 March 1969", 'on 30 and <date when="1969-03-05">5 March 1969</date>'),
    ("on 28 and 30 February 1969", "on 28 and 30 February 1969"),
    ("1.2 and 15 March 1969", '1.2 and <date when="1969-03-15">15 March 1969</date>'),
    ("40 tanks, 3 and 15 March 1969", '40 tanks, 3 and <date when="1969-03-15">15 March 1969'
     '</date>'),
])
def test_days_listed_before_their_month(source: str, expected: str) -> None:
    """`on 2 and 15 March` names two days: each is a date of the month and year written once
    after the last, the year inferred for all where none is written."""
    assert run(source, "1969-10-20") == expected


@pytest.mark.parametrize("source, expected", [
    ("the provocations on March 2 and 15 were created", 'the provocations on <date '
     'when="1969-03-02" resp="#converter">March 2</date> and <date when="1969-03-15" '
     'resp="#converter">15</date> were created'),
    ("on March 2, 5 and 15 there were", 'on <date when="1969-03-02" resp="#converter">March 2'
     '</date>, <date when="1969-03-05" resp="#converter">5</date> and <date when="1969-03-15" '
     'resp="#converter">15</date> there were'),
    # the year after the last day is every day's, and the last day's text
    ("on March 2 or 3, 1969.", 'on <date when="1969-03-02">March 2</date> or <date '
     'when="1969-03-03">3, 1969</date>.'),
    ("the March 2nd and 15th clashes", 'the <date when="1970-03-02" resp="#converter">March '
     '2nd</date> and <date when="1970-03-15" resp="#converter">15th</date> clashes'),
    ("ON MARCH 2, 5, AND 15, 1969 THE", 'ON <date when="1969-03-02">MARCH 2</date>, <date '
     'when="1969-03-05">5</date>, AND <date when="1969-03-15">15, 1969</date> THE'),
    # a count after the last figure, days that do not go up, a day the month does not have,
    # a number that goes on: no list of days
    ("March 2 and 15 tanks", '<date when="1970-03-02" resp="#converter">March 2</date> and 15 '
     'tanks'),
    ("on March 2, 5 and 15 tanks", "on March 2, 5 and 15 tanks"),
    ("on March 5 and 2.", 'on <date when="1970-03-05" resp="#converter">March 5</date> and 2.'),
    ("on February 2 and 30.", 'on <date when="1970-02-02" resp="#converter">February 2</date> '
     'and 30.'),
    ("on March 2 and 15.5 tons", 'on <date when="1970-03-02" resp="#converter">March 2</date> '
     'and 15.5 tons'),
])
def test_days_listed_after_their_month(source: str, expected: str) -> None:
    """`on March 2 and 15`, as US translations list days, names two days as `on 2 and 15
    March` does: only the first was marked, and `March 2, 5 and 15` gave none."""
    assert run(source, "1969-10-20") == expected


def test_days_listed_before_a_supplied_year(tei_all) -> None:
    """From the source: the days listed before `15 March [1969]` take the translator's year
    too, and the text is kept."""
    body = converted_body("October 20, 1969\n\nRecord of a Conversation\n\nThe clashes on 2 "
                          "and 15 March [1969] were provoked.\n", tei_all)
    assert ('on <date when="1969-03-02">2</date> and <date when="1969-03-15">15 March '
            '<supplied ') in body


def test_ranges_are_valid(tei_all) -> None:
    """Ranges keep the text, and pass our XSD, the range-pair/range-order rules and tei_all."""
    text = "\n\n".join(source for source, _ in RANGES) + "\n"
    result = pipeline.convert(text)
    assert body_text(result.tree) == result.source.body
    assert [str(problem) for problem in validate(result.tree)] == []
    assert_tei_all(tei_all, result.tree)
    found = result.tree.getroot().findall(f".//{{{TEI_NS}}}body//{{{TEI_NS}}}date[@from]")
    assert len(found) == 9    # those that name a year: the source has no document date


SUPPLIED = '<supplied reason="clarification" resp="#translator">{}</supplied>'


@pytest.mark.parametrize("source, expected", [
    (f"On 13 March {SUPPLIED.format(1957)}, Premier", '<date when="1957-03-13">13 March '
     f'{SUPPLIED.format(1957)}</date>, Premier'),
    (f"On March 13 {SUPPLIED.format(1957)}, Premier", '<date when="1957-03-13">March 13 '
     f'{SUPPLIED.format(1957)}</date>, Premier'),
    (f"on Aug. 3-5 {SUPPLIED.format(1957)} in", '<date from="1957-08-03" to="1957-08-05">Aug. 3-5 '
     f'{SUPPLIED.format(1957)}</date> in'),
    # a day that year does not have is no date, whatever the document's year
    (f"on 29 February {SUPPLIED.format(1961)}", None),
    # not a year, or not only a year: the document's year, inferred
    (f"On 13 March {SUPPLIED.format('we')}", '<date when="1961-03-13" resp="#converter">13 March'
     f'</date> {SUPPLIED.format("we")}'),
    (f"On 13 March {SUPPLIED.format('in 1957')}", '<date when="1961-03-13" resp="#converter">'
     '13 March</date> <supplied'),
])
def test_a_year_the_translator_supplied(source: str, expected: str | None) -> None:
    """A day without a year followed by a supplied year takes it and holds it, either order."""
    marked = run(source, document_date="1960-07-11" if expected is None else "1961-07-11")
    assert marked == source if expected is None else expected in marked


@pytest.mark.parametrize("source, expected", [
    (f"the mistake of 1953 {SUPPLIED.format('the price increases before 17 June')}.",
     'the price increases before <date when="1953-06-17" resp="#converter">17 June</date>'),
    (f"the mistake of 1953{SUPPLIED.format('17 June')}.",
     '<date when="1953-06-17" resp="#converter">17 June</date>'),
    (f"of 1956 {SUPPLIED.format('from 23 October to 4 November')}.",
     '<date from="1956-10-23" to="1956-11-04" resp="#converter">'),
    # a day that year does not have is no date; no year before the bracket: the nearest year
    (f"of 1953 {SUPPLIED.format('before 29 February')}.", "<supplied reason=\"clarification\" "
     'resp="#translator">before 29 February</supplied>'),
    (f"the mistake {SUPPLIED.format('before 17 June')}.", '<date when="1961-06-17" '
     'resp="#converter">17 June</date>'),
    (f"telegram No. 1953 {SUPPLIED.format('of 17 June')}.", '<date when="1961-06-17" '
     'resp="#converter">17 June</date>'),
])
def test_a_day_in_a_bracket_after_a_year_is_of_that_year(source: str, expected: str) -> None:
    """`the mistake of 1953 [the price increases before 17 June]` in a document of February
    1961 gave `1961-06-17`, the year nearest the document's date: the bracket says what of
    1953 is meant, so its day is 1953's, still the converter's inference."""
    assert expected in run(source, "1961-02-07")


@pytest.mark.parametrize("source, expected", [
    (f"on 3 June of last year {SUPPLIED.format(1964)} President",
     f'on <date when="1964-06-03">3 June</date> of <date when="1964">last year '
     f'{SUPPLIED.format(1964)}</date> President'),
    (f"on 3-5 June of this year {SUPPLIED.format(1965)}", f'on <date from="1965-06-03" '
     f'to="1965-06-05">3-5 June</date> of <date when="1965">this year {SUPPLIED.format(1965)}'
     '</date>'),
    (f"It rose last year {SUPPLIED.format(1964)}.",
     f'It rose <date when="1964">last year {SUPPLIED.format(1964)}</date>.'),
    # not a year: the words say it, the converter infers it
    (f"on 3 June of last year {SUPPLIED.format('we')}", 'on <date when="1964-06-03" '
     'resp="#converter">3 June</date> of <date when="1964" resp="#converter">last year</date> '
     f'{SUPPLIED.format("we")}'),
])
def test_a_year_the_translator_supplied_after_last_year(source: str, expected: str) -> None:
    """`3 June of last year [1964]` in a letter of 1965: the bracket, not the converter, says
    the year of `last year` and of the day before it (both kept `resp="#converter"` and the
    bracket stayed a plain `supplied`)."""
    assert run(source, "1965-07-02") == expected


@pytest.mark.parametrize("source, expected", [
    (f"Reagan visited Seoul in November {SUPPLIED.format(1983)}.",
     f'Reagan visited Seoul in <date when="1983-11">November {SUPPLIED.format(1983)}</date>.'),
    (f"in Nov. {SUPPLIED.format(1983)} and on 13 March {SUPPLIED.format(1957)}",
     f'in <date when="1983-11">Nov. {SUPPLIED.format(1983)}</date> and on <date '
     f'when="1957-03-13">13 March {SUPPLIED.format(1957)}</date>'),
    # not a year, or no month before it
    (f"in May {SUPPLIED.format('we')} left", f"in May {SUPPLIED.format('we')} left"),
    (f"the summit {SUPPLIED.format(1983)}", f"the summit {SUPPLIED.format(1983)}"),
])
def test_a_month_with_a_supplied_year(source: str, expected: str) -> None:
    """`in November [1983]` was no date: a month with the translator's year is that
    month."""
    assert run(source, "1984-05-31") == expected


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
    spellings = f"{dates._FULL_MONTH}|{dates._SHORT_MONTH}".split("|")
    assert len(spellings) == 32
    for spelling in spellings:
        assert dates._MONTH_NAME.match(spelling), spelling


@pytest.mark.parametrize("source, document_date, expected", [
    # the December before a February letter, not the December ten months after it
    ("which opened on 21 December", "1974-02-27",
     'which opened on <date when="1973-12-21" resp="#converter">21 December</date>'),
    ("on January 3 we", "1961-12-28",
     'on <date when="1962-01-03" resp="#converter">January 3</date> we'),
    ("on 5 August we", "1961-07-11",
     'on <date when="1961-08-05" resp="#converter">5 August</date> we'),
    ("from 20 to 22 December", "1974-02-27",
     'from <date from="1973-12-20" to="1973-12-22" resp="#converter">20 to 22 December</date>'),
    ("on 21 December", "1974-02",    # a month: its middle stands for the day
     'on <date when="1973-12-21" resp="#converter">21 December</date>'),
    ("on 21 December", "1974",       # a year alone: that year
     'on <date when="1974-12-21" resp="#converter">21 December</date>'),
])
def test_a_day_without_a_year_is_in_the_year_nearest_the_document(
        source: str, document_date: str, expected: str) -> None:
    """A day and month without a year take the year that puts them nearest the document's
    date: `21 December` in a letter of February 1974 was 1974-12-21, ten months after it."""
    assert run(source, document_date) == expected


@pytest.mark.parametrize("source, document_date, expected", [
    # the past, more than two months after the document by the nearest year: the year before
    ("Our post at Longju was attacked on 25 August.", "1960-04-22",
     'Our post at Longju was attacked on <date when="1959-08-25" resp="#converter">25 August'
     '</date>.'),
    ("that the provocations on 15 March were created by the Soviet side", "1969-10-20",
     'that the provocations on <date when="1969-03-15" resp="#converter">15 March</date> were '
     'created by the Soviet side'),
    # the past within two months after it: a plan told in the past, the nearest year
    ("Khrushchev proposed that the talks be held on 20 August.", "1961-07-11",
     'Khrushchev proposed that the talks be held on <date when="1961-08-20" '
     'resp="#converter">20 August</date>.'),
    # a thing's day (`of`, `dated`) the sentence tells in the past: the year before
    ("THE VISIT OF MAY 3 WAS A SUCCESS.", "1963-01-10",
     'THE VISIT OF <date when="1962-05-03" resp="#converter">MAY 3</date> WAS A SUCCESS.'),
    ("Your letter dated 3 May was received.", "1963-01-10",
     'Your letter dated <date when="1962-05-03" resp="#converter">3 May</date> was received.'),
    # the future, more than two months before it: the year after
    ("The session will open on 15 May.", "1969-10-20",
     'The session will open on <date when="1970-05-15" resp="#converter">15 May</date>.'),
    # the words say the year against the document's
    ("will meet from 18 to 22 September next year", "1978-09-22",
     'will meet from <date from="1979-09-18" to="1979-09-22" resp="#converter">18 to 22 '
     'September</date> <date when="1979" resp="#converter">next year</date>'),
    ("on 3 June of last year", "1965-07-02",
     'on <date when="1964-06-03" resp="#converter">3 June</date> of <date when="1964" '
     'resp="#converter">last year</date>'),
])
def test_the_tense_around_a_day_tells_its_year(source: str, document_date: str,
                                               expected: str) -> None:
    """`15 March` in a record of 20 October 1969 was 1970, and `25 August` of a past attack in
    a letter of April 1960 was August 1960: where the nearest year puts a day more than two
    months on the other side of the document's date than its sentence's tense says, the
    tense decides (the past of a thing's day too: `the visit of 3 May was`); `next year`, `of
    last year` after the day say its year."""
    assert run(source, document_date) == expected


@pytest.mark.parametrize("source, document_date, when", [
    ("1 million tons, delivered before 1 March.", "1980-10-29", "1981-03-01"),   # a deadline
    ("approved by the White House on June 6", "1961-06-04", "1961-06-06"),        # days after
    ("the fisheries convention of 14 May will come into force", "1956-10-16", "1956-05-14"),
    ("He reported that the anniversary would be celebrated on 7 October.", "1979-07-27",
     "1979-10-07"),                                     # the future of reported speech
    ("Soekardjo said: Sukarno hopes that Mao can visit Indonesia on 17 August.", "1957-04-03",
     "1957-08-17"),                                     # the verb of saying tells no past
    ("the 1975 session met in New Delhi from 4 to 8 December", "1978-09-22", "1978-12-04"),
    ("The facts of 2 March are well known.", "1969-10-20", "1970-03-02"),   # nothing says
    ("He was attacked on 25 August.", "1960-04", "1960-08-25"),   # a month: nothing to measure
])
def test_the_nearest_year_where_the_tense_does_not_say(source: str, document_date: str,
                                                       when: str) -> None:
    """The nearest year stands where the sentence says nothing of the day's time, says both
    (`delivered before 1 March`), tells the future of a treaty's day (`of 14 May will`),
    writes a year of its
    own, reports it (`would be celebrated`, `said:`), or puts it within two months of the
    document's date (`approved ... on June 6` in a memorandum of June 4)."""
    assert re.search(f'<date (?:when|from)="{when}"', run(source, document_date))


@pytest.mark.parametrize("source, document_date, when", [
    ("sic; the 1979 session met in New Delhi from 4 to 8 December", "1978-09-22",
     "1979-12-04"),
    ("The 1979 Conference opens on 2 February.", "1978-06-22", "1979-02-02"),
    # another year in the sentence, or a meeting of a year the nearest year does not choose
    # from, or a year not a meeting's: the nearest year
    ("the 1979 session, like the 1978 one, met from 4 to 8 December", "1978-09-22",
     "1978-12-04"),
    ("the 1975 session met from 4 to 8 December", "1978-09-22", "1978-12-04"),
    ("the 1978 agreement is to be reviewed on 3 March", "1978-10-22", "1979-03-03"),
])
def test_a_meeting_named_by_its_year(source: str, document_date: str, when: str) -> None:
    """A day the sentence gives a meeting it names by its year (`the 1979 session met ...
    from 4 to 8 December`, in a note of a record of September 1978) is in that year."""
    assert re.search(f'<date (?:when|from)="{when}"', run(source, document_date))


@pytest.mark.parametrize("source, document_date, when", [
    ("In 1975 the Ambassador was received twice (12 March and 4 November).", "1976-01-20",
     ["1975-03-12", "1975-11-04"]),
    ("The Ambassador was received twice during 1975 (12 March and 4 November).", "1976-01-20",
     ["1975-03-12", "1975-11-04"]),
    ("In 1975 the Ambassador was received on 12 March.", "1976-03-01", ["1975-03-12"]),
    ("In 1962, on 3 January, the delegation arrived.", "1961-12-20", ["1962-01-03"]),
    # another year in the sentence, a year two years away, `in` inside the sentence: the
    # nearest year
    ("In 1975 and 1976 the Ambassador was received on 12 March.", "1976-03-01",
     ["1976-03-12"]),
    ("In 1973 the Ambassador was received on 12 March.", "1976-03-01", ["1976-03-12"]),
    ("The treaty signed in 1975 was reviewed on 12 March.", "1976-03-01", ["1976-03-12"]),
])
def test_the_year_a_sentence_tells_of(source: str, document_date: str, when: list) -> None:
    """`In 1975 the Ambassador was received twice (12 March and 4 November)` in a report of
    20 January 1976 gave 1976-03-12: a year opening the sentence after `In`, or after
    `during` or `throughout` in it, the only year it writes, gives its days theirs, as a
    meeting named by its year does."""
    assert re.findall(r'<date when="([^"]+)" resp="#converter"', run(source, document_date)) \
        == when


@pytest.mark.parametrize("source, expected", [
    # a day the speakers give without its year: a date of no value
    ("about the letter of 26 October.", "about the letter of <date>26 October</date>."),
    ("was in Havana from 2 November", "was in Havana from <date>2 November</date>"),
    ("from 22 to 28 October", "from <date>22 to 28 October</date>"),
    # the year its sentence tells of, however far from the document's
    ("In 1962, on 26 October, the letter came.", 'In <date when="1962">1962</date>, on <date '
     'when="1962-10-26" resp="#converter">26 October</date>, the letter came.'),
    # the speakers' own present, and a year they write, as anywhere
    ("as we said last year", 'as we said <date when="1991" resp="#converter">last year</date>'),
    ("on 26 October 1962", 'on <date when="1962-10-26">26 October 1962</date>'),
])
def test_a_day_without_its_year_in_a_document_that_looks_back(source: str,
                                                              expected: str) -> None:
    """In the transcript of a 1992 conference on the missile crisis, `the letter of 26
    October` was 1991-10-26 and `from 2 November` 1991-11-02: the years around the document's
    date are its speakers' present, not the past they speak of, so such a day is a date of no
    value, unless its sentence tells the year."""
    assert run(source, "1992-01-09", looks_back=True) == expected


@pytest.mark.parametrize("title, kind, body, document_date, expected", [
    # an oral history, a conference's proceedings or transcript: talk of the past
    ("Transcript of the Critical Oral History Conference on the Brazilian-Argentine Nuclear "
     "Rapprochement", "", "", "2011-06-17", True),
    ("Transcript of the Havana Conference on the Cuban Missile Crisis, Session III",
     "Conference Proceedings", "", "1992-01-09", True),
    ("Transcript of a Conference", "", "", "1992-01-09", True),
    # an interview whose title names an earlier year, or whose body is of years long past
    ("Interview with a Former Hungarian Army Officer on the Events of October 1956",
     "Interview", "", "1957", True),
    ("Interview with a Veteran", "", "In 1962 we met; in 1961 too, and in 1963.", "1995-03-01",
     True),
    # a body's conference, a contemporary interview or transcript: the records' rule
    ("Minutes of the Conference of First Secretaries of Communist and Workers' Parties",
     "Meeting Minutes", "in 1961, in 1961", "1961-08-04", False),
    ("Transcript of the Conference of First Secretaries", "", "", "1961-08-04", False),
    ("Record of Chairman Mao Zedong's Conversation with Edgar Snow", "Interview",
     "in 1965, in 1969, in 1970", "1970-12-18", False),
    ("Transcript of CPSU CC Politburo Session on Afghanistan", "", "in 1950, in 1960, in 1965",
     "1979-03-22", False),
    ("Interview with a Veteran", "", "In 1962 we met; in 1993 and 1994 again.", "1995-03-01",
     False),
    ("Transcript of a Conference", "", "", None, False),
])
def test_what_documents_look_back(title: str, kind: str, body: str,
                                  document_date: str | None, expected: bool) -> None:
    """A document is talk of past events when its title or type says it is an oral history
    or a conference's proceedings or transcript, or it is a conference's or interview's that
    names an earlier year or is of years a decade past; minutes of a body's conference and a
    contemporary interview or transcript are not, and keep the nearest year."""
    assert dates.looks_back(title, kind, body, document_date) is expected


def test_a_conference_transcript_gives_its_speakers_days_no_year(tei_all) -> None:
    """`from 2 November` in the transcript of a 1992 conference was 1991-11-02; in a record
    of conversation of that date it still is."""
    body = ("S. MIKOYAN: My father was in Havana from 2 November.\n\nGARTHOFF: That is right."
            "\n\nS. MIKOYAN: Yes.\n")
    looking_back = converted_body(f"January 09, 1992\n\nTranscript of a Conference\n\n{body}",
                                  tei_all)
    assert "from <date>2 November</date>." in looking_back
    record = converted_body(f"January 09, 1992\n\nRecord of Conversation\n\n{body}")
    assert 'from <date when="1991-11-02" resp="#converter">2 November</date>.' in record


@pytest.mark.parametrize("source, expected", [
    # the brackets pass wraps the word before `[sic]` in `sic`: the date is read through it
    (f"published on 7 <sic>February</sic> {SIC_NOTE}.",
     f'published on <date when="1961-02-07" resp="#converter">7 <sic>February</sic></date> '
     f'{SIC_NOTE}.'),
    (f"on 3 July <sic>1961</sic> {SIC_NOTE} in",
     f'on <date when="1961-07-03">3 July <sic>1961</sic></date> {SIC_NOTE} in'),
    (f"in <sic>1961</sic> {SIC_NOTE} they",
     f'in <date when="1961"><sic>1961</sic></date> {SIC_NOTE} they'),
    # a note inside the date's words stays inside it
    (f"on <sic>July</sic> {SIC_NOTE} 3 they",
     f'on <date when="1961-07-03" resp="#converter"><sic>July</sic> {SIC_NOTE} 3</date> they'),
    # a date that would hold part of the `sic` word only is none
    (f"in <sic>mid-1961</sic> {SIC_NOTE} they", f"in <sic>mid-1961</sic> {SIC_NOTE} they"),
])
def test_a_date_marked_sic(source: str, expected: str) -> None:
    """`7 February [sic]` is a date: the `sic` word and the note after it do not split it."""
    assert run(source) == expected


def test_a_date_marked_sic_converted(tei_all) -> None:
    """From the source: the date holds the `sic` word, the note stays, the text is kept."""
    body = converted_body("July 11, 1961\n\nRecord of a Conversation\n\nIt would be published"
                          " on 7 February [sic]. On July [sic] 3 we met. In 1961 (sic) they came.\n",
                          tei_all)
    assert '<date when="1961-02-07" resp="#converter">7 <sic>February</sic></date> <note ' in body
    assert '<date when="1961-07-03" resp="#converter"><sic>July</sic> <note ' in body
    assert '<date when="1961"><sic>1961</sic></date> <note ' in body


@pytest.mark.parametrize("source, expected", [
    # a State Department telegram's text in capitals: a month beside a day or a year is one
    ("2. SUMMARY: ON NOVEMBER 18, 1983, CNEA ANNOUNCED",
     '2. SUMMARY: ON <date when="1983-11-18">NOVEMBER 18, 1983</date>, CNEA ANNOUNCED'),
    ("THE ATTACK OF 21 JANUARY AND THE SEIZURE ON 23 JANUARY WERE",
     'THE ATTACK OF <date when="1961-01-21" resp="#converter">21 JANUARY</date> AND THE '
     'SEIZURE ON <date when="1961-01-23" resp="#converter">23 JANUARY</date> WERE'),
    ("EMBOFF MET HIM NOV 18 AND ON THE 13TH OF MAY 1961 IN SAIGON",
     'EMBOFF MET HIM <date when="1961-11-18" resp="#converter">NOV 18</date> AND ON THE '
     '<date when="1961-05-13">13TH OF MAY 1961</date> IN SAIGON'),
    ("BUILT IN SECRET SINCE 1978 FROM 1958 TO 1960 IN APRIL 1950",
     'BUILT IN SECRET SINCE <date when="1978">1978</date> FROM <date from="1958" to="1960">'
     '1958 TO 1960</date> IN <date when="1950-04">APRIL 1950</date>'),
    ("SATURDAY, 29 SEPTEMBER 1962", '<date when="1962-09-29">SATURDAY, 29 SEPTEMBER 1962</date>'),
    ("22 MARCH 1958", '<date when="1958-03-22">22 MARCH 1958</date>'),
    ("ON MAY 3, 1983, CNEA SAID", 'ON <date when="1983-05-03">MAY 3, 1983</date>, CNEA SAID'),
    ("EMBOFF MET HIM MAY 3.", 'EMBOFF MET HIM <date when="1961-05-03" resp="#converter">MAY 3'
     '</date>.'),
    # `MAY` after a modal's subject is the verb, a figure after it or not
    ("WE MAY 3 TIMES EXPAND IT. THEY MAY 2 OR 3 DAYS.",
     "WE MAY 3 TIMES EXPAND IT. THEY MAY 2 OR 3 DAYS."),
    # a month's name elsewhere is a word, and a routing line's date-time group no date
    ("WE MAY SEE THEM. THE MARCH ON THE CAPITAL WILL TAKE 2 DAYS.",
     "WE MAY SEE THEM. THE MARCH ON THE CAPITAL WILL TAKE 2 DAYS."),
    ("O 211930Z NOV 83 INFO OCT-00 ADS-00 JAN 68", "O 211930Z NOV 83 INFO OCT-00 ADS-00 JAN 68"),
    # a month in Roman numerals stays one
    ("HAVANA, 12.XI.1962", 'HAVANA, <date when="1962-11-12">12.XI.1962</date>'),
])
def test_dates_in_capitals(source: str, expected: str) -> None:
    """A telegram's text in capitals names no date the pass could read (`ON NOVEMBER 18,
    1983`, `21 JANUARY`): it is read as prose prints it, its months beside their days."""
    assert run(source) == expected


@pytest.mark.parametrize("source, expected", [
    ("the cable of OCT. 26, 1962 arrived", 'the cable of <date when="1962-10-26">OCT. 26, 1962'
     '</date> arrived'),
    ("Received 3 OCT 1958, on SEPT. 5 and in DEC. 1960", 'Received <date when="1958-10-03">3 '
     'OCT 1958</date>, on <date when="1961-09-05" resp="#converter">SEPT. 5</date> and in '
     '<date when="1960-12">DEC. 1960</date>'),
    # without a figure beside it an abbreviation is no month, and a full name in capitals in
    # prose is a word (`MAY`, `MARCH`)
    ("the DEC and NOV teams, INFO OCT-00, the MAY 5 issue",
     "the DEC and NOV teams, INFO OCT-00, the MAY 5 issue"),
])
def test_abbreviated_months_in_capitals_in_prose(source: str, expected: str) -> None:
    """`OCT. 26, 1962` in a text in small letters, as cable headers and US telegrams write
    a month, was no date where `Oct. 26, 1962` is one."""
    assert run(source) == expected


def test_dates_in_a_cable_in_capitals(tei_all) -> None:
    """From the source: a cable's paragraphs in capitals give their dates, the year inferred
    from the document's where none is written; the text is kept."""
    body = converted_body("November 21, 1983\n\nUS Embassy Buenos Aires Telegram\n\n"
                          "4. EMBOFF MET ON NOVEMBER 19 WITH CNEA DIRECTOR OF INTERNATIONAL "
                          "AFFAIRS, WHO SAID THAT THE TIMING, THREE WEEKS BEFORE THE "
                          "INAUGURATION ON DECEMBER 10, WAS \"NOT ACCIDENTAL\".\n", tei_all)
    assert 'MET ON <date when="1983-11-19" resp="#converter">NOVEMBER 19</date> WITH' in body
    assert 'ON <date when="1983-12-10" resp="#converter">DECEMBER 10</date>, WAS' in body


@pytest.mark.parametrize("source, expected", [
    ("deliveries in January-April 1970 rose", 'deliveries in <date from="1970-01" '
     'to="1970-04">January-April 1970</date> rose'),
    ("from January to April 1970 they", 'from <date from="1970-01" to="1970-04">January to '
     'April 1970</date> they'),
    ("talks in May–June 1968 failed", 'talks in <date from="1968-05" to="1968-06">May–June '
     '1968</date> failed'),
    ("between March and May 1961 we", 'between <date from="1961-03" to="1961-05">March and '
     'May 1961</date> we'),
    ("in December-January 1961 the", 'in <date from="1960-12" to="1961-01">December-January '
     '1961</date> the'),
    ("on 3 and 5 May 1961", 'on <date when="1961-05-03">3</date> and <date '
     'when="1961-05-05">5 May 1961</date>'),
    ("in May and June 1961", 'in May and <date when="1961-06">June 1961</date>'),
])
def test_a_range_of_months_before_a_year_is_one_date(source: str, expected: str) -> None:
    """`January-April 1970` marked April alone: a range of months is one date from the first
    month to the last, as a range of days is; `and` joins a range only after `between`."""
    assert run(source) == expected


@pytest.mark.parametrize("source, expected", [
    ("from March 1947 to March 1949 he", 'from <date from="1947-03" to="1949-03">March 1947 to '
     'March 1949</date> he'),
    ("between May 1958 and June 1960 we", 'between <date from="1958-05" to="1960-06">May 1958 '
     'and June 1960</date> we'),
    ("in May 1958 - June 1960 we", 'in <date from="1958-05" to="1960-06">May 1958 - June '
     '1960</date> we'),
    ("in May 1958 and June 1960 we", 'in <date when="1958-05">May 1958</date> and <date '
     'when="1960-06">June 1960</date> we'),
])
def test_a_range_of_months_each_with_its_year_is_one_date(source: str, expected: str) -> None:
    """`from March 1947 to March 1949` was two dates: a range of months that each name their
    year is one date, as `from 1958 to 1960` is; `and` joins one only after `between`."""
    assert run(source) == expected


@pytest.mark.parametrize("source, expected", [
    ("made on 20.VIII. and in August", 'made on <date when="1961-08-20" resp="#converter">'
     '20.VIII.</date> and in August'),
    ("on 20.VIII.1968 they", 'on <date when="1968-08-20">20.VIII.1968</date> they'),
    ("Point 3.IV. says", "Point 3.IV. says"),
    ("on 31.IV. there", "on 31.IV. there"),
])
def test_a_day_and_roman_month_without_a_year(source: str, expected: str) -> None:
    """`20.VIII.` stayed text: a day and Roman month with no year take the year nearest the
    document's date, as `20 August` does; a number word before it keeps it a number."""
    assert run(source) == expected


@pytest.mark.parametrize("source, expected", [
    ('on "18" September 1970 we', 'on <date when="1970-09-18">"18" September 1970</date> we'),
    ("on \u201c4\u201d September, 1970", 'on <date when="1970-09-04">\u201c4\u201d September, '
     '1970</date>'),
    ('The "18" ships left.', 'The "18" ships left.'),
    ("the resolution of 1948 and 1949 was", 'the resolution of <date when="1948">1948</date> '
     'and <date when="1949">1949</date> was'),
    ("in 1956 or 1957 they", 'in <date when="1956">1956</date> or <date when="1957">1957</date>'
     ' they'),
    ("between 1948 and 1950 we", 'between <date from="1948" to="1950">1948 and 1950</date> we'),
])
def test_a_quoted_day_and_a_second_year_are_dates(source: str, expected: str) -> None:
    """`"18" September 1970` was a month's date with the day outside, and `of 1948 and 1949`
    marked 1948 only: a day in quotes before its month and year is the day, and a year after
    a year and `and` or `or` is one too."""
    assert run(source) == expected
