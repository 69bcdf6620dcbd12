"""Dates: `date/@when` for explicit dates in the body, `@from`/`@to` for ranges, and relative
dates (`this year`, `last year`) resolved against the document's date by the converter.

Explicit forms: `11 July 1961`, `July 11, 1961`, `October 05, 1964`, an ordinal day
(`5th August 1961`, `the 13th of May 1961`, `August 5th, 1961`), `July 1961`, a year after
a preposition (`in 1958`, `since 1950`), ranges `from 1958 to 1960`, `1958-1960`, and ranges of
days, one `date` over the whole range as FRUS encodes them: `3-5 August 1961`, `Aug. 3-5`,
`19 October through 7 November 1960`, `between 3 and 5 August 1961`; days listed before their
month (`on 2 and 15 March`), a date each in the last one's month and year, or after it (`on
March 2 and 15`); day, month and year in
figures, as Soviet registry numbers write them (`12.12.1979`, `14.III.63`: a two-digit
year's century is the converter's inference, within thirty years before the document and
twenty after), unless they are a section's number (`Article 3.10.12`, `3.10.12 Procedures`:
see `_numeric`). A day and month without a year, in either order (`July 5`, `5 July`),
take the year nearest the document's date, or the one `next year` after it, the year its
sentence tells of (`In 1975`, `the 1979 session`) or its tense says (`_year_of_day`), or
the year right before the translator's bracket it stands in (`of 1953 [... 17 June]`): that
is the converter's inference, unless the translator supplied the year after it (`13 March
[1957]`, `last year [1964]`; a month alone with it, `November [1983]`, is a date too). A
weekday before or after a day
(`Saturday, 29 September 1962`) is part of its date when it is that day's, and tells the year
of a day written without one. In a range, an end without a year takes the other end's: that is
the text's own.
Numbers already marked as quantities are never years (`1000 billion`); a bare four-digit
number without a preposition stays plain text.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from datetime import date as Date

from lxml import etree

from .. import names as N
from ..inline import (OBJECT, in_level, level_with, plain_supplied, searchable, sic_marks,
                      through_sic, wrap_all)
from ..read import MONTH_ABBREVIATIONS, MONTH_NUMBERS, MONTHS
from ..tei import new, tag

_SKIP = frozenset({"persName", "roleName", "addName", "placeName", "orgName", "date", "time",
                   "measure", "num", "desc", "gap", "speaker", "ptr", "pb", "milestone",
                   "label"})
# A month's abbreviation is read also in capitals, as cable headers and US telegrams write them
# in running text (`OCT. 26, 1962`, `3 OCT 1958`): no English word, and every pattern reads a
# month beside a day or year in figures.
_CAPITAL_ABBREVIATIONS = [abbreviation.upper() for abbreviation in MONTH_ABBREVIATIONS]
_FULL_MONTH = "|".join(MONTHS)
_SHORT_MONTH = "|".join(MONTH_ABBREVIATIONS + _CAPITAL_ABBREVIATIONS)
_MONTH_CAPITALS = "".join(sorted({name[0] for name in MONTHS}))
# A month's name (`March`, `Mar.`, `Mar`): a full name does not take the period after it,
# which ends the sentence (`on March. 31 soldiers` is no `Mar. 31`, nor `in May. 3 more`);
# an abbreviation's is its own, and is held (`3 Aug. 31 soldiers` is not `3 Aug` and a
# sentence's end).
_MONTH = rf"(?:{_FULL_MONTH}|(?:{_SHORT_MONTH})\.?+)"
# A month's name after a day (`5 July`, `3 Aug.`, `on 25 September. But`).
_MONTH_AFTER_DAY = rf"{_MONTH}(?!\w)"
_YEAR = r"(?:1[89][0-9][0-9]|20[0-9][0-9])"
_S = r"[ \u00a0]"
# Between the two ends of a range: a hyphen or en dash (spaced or not), `to`, `until`,
# `through`; `and` only after `between` (`on 3 and 5 August` is two days, not a range).
_TO = rf"(?:{_S}?[\-\u2013]{_S}?|{_S}(?:to|until|till|through){_S}|(?(between){_S}and{_S}|(?!)))"
# Whether `between` stands before a range: looked behind, it stays outside the date, as
# `from` does. {} is what stands between the word and the place the pattern looks from.
_BETWEEN = r"(?:(?<=(?<!\w)[Bb]etween[ \u00a0]{})(?P<between>))?"
# A day that opens a date: one or two digits, not the end of a word or of another number
# (`1.5`, `1,5`, `10:5`, `5/5`, `1961-5`; `Moscow,5 May 1961` is a date). The pattern opens
# with the digit and looks behind it after, so that the engine skips ahead to digits
# (opening with a look-behind, it would try every position of every paragraph that names a
# month). The en dash has a look-behind of its own: in one set with the others it would make
# the set a table of all Unicode, slow to compile.
_FIRST_DAY = (rf"(?P<d>[0-9](?<!\w.)(?<![0-9][.,:/\-].)(?<![0-9]\u2013.)"
              rf"{_BETWEEN.format('.')}[0-9]?)")
# An ordinal day (`5th August`, `3rd-5th August`) is the day; `of` may follow an ordinal
# only (`the 13th of May`: `3 of May` is no date). Looked behind, the ordinal's last letter.
_ORDINAL_SUFFIXES = ("st", "nd", "rd", "th")
_ORDINAL = rf"(?:{'|'.join(_ORDINAL_SUFFIXES)})?"
_ORDINAL_ENDS = "".join(sorted({suffix[-1] for suffix in _ORDINAL_SUFFIXES}))
_OF = rf"(?:(?<=[{_ORDINAL_ENDS}]){_S}of)?"
_DIGIT = re.compile(r"[0-9]")
# Days listed after a month and its first day (`on March 2 and 15`, `March 2, 5, and 15,
# 1969`, `March 2nd and 15th`): the first is a date though figures follow it, and
# `_days_listed_after` reads the rest. The last must end the phrase, as a day does: a year, a
# mark, an ordinal's ending or a word of `_AFTER_LAST_DAY` after it (`March 2 and 15 tanks`
# counts tanks).
_MORE_DAYS = (rf"(?:,{_S}[0-9]{{1,2}}{_ORDINAL})*,?{_S}(?:and|or){_S}[0-9]{{1,2}}{_ORDINAL}"
              rf"(?![0-9]|[.,:/\-][0-9])")
_AFTER_LAST_DAY = ("the", "a", "an", "and", "or", "but", "in", "at", "on", "to", "by", "for",
                   "from", "with", "was", "were", "is", "are", "had", "have", "has", "will",
                   "would", "when", "which", "that", "there", "respectively", "we", "they",
                   "he", "she", "it", "this", "as")
_LAST_DAY_ENDS = (rf"(?:,?{_S}{_YEAR}(?![0-9])|(?<=[a-z])|(?=[,.;:!?)]|\n|\Z"
                  rf"|{_S}(?:{'|'.join(_AFTER_LAST_DAY)})\b))")
# A month in Roman numerals (`14.III.63`), and the alternation that finds one: the longest
# first, though the full stop after it would have the engine find the right one either way.
_ROMAN_NUMERALS = "I II III IV V VI VII VIII IX X XI XII".split()
_ROMAN_MONTHS = {numeral: month for month, numeral in enumerate(_ROMAN_NUMERALS, 1)}
_ROMAN_MONTH = "|".join(sorted(_ROMAN_NUMERALS, key=len, reverse=True))
_ROMAN_LETTERS = "".join(sorted(set("".join(_ROMAN_NUMERALS))))
# A time of day after a day without its year (`9 October, 10:00 a.m.`, `October 9, 10:28`,
# `12 October, 18:00 Seoul time`, `9 October, 10.30 a.m.`): the figures after the day are the
# clock's, no year or count, and the day is a date. Looked ahead to after the hour's first
# figure: a figure not so is one that keeps a day from being a date without its year.
_NO_CLOCK = rf"(?![0-9]?(?::[0-9][0-9](?![0-9])|\.[0-9][0-9]{_S}?[ap]\.?m\b))"
# The words before a year alone that make it one: `in 1958`, `since 1950`, `by 1965`.
_YEAR_WORD = (r"(?:in|In|since|Since|by|By|until|Until|of|during|During|from|From|before|"
              rf"Before|after|After|early|late|mid-|end{_S}of)")
_PATTERNS = [
    # A day and its month, day first: 11 July 1961, 5 July (as Soviet and East European
    # translations write it: the year is inferred), 5th August 1961, the 13th of May, and
    # ranges of days, 3-5 August 1961, 5th-7th August 1961,
    # 19 October through 7 November 1960, 28 December 1960 - 3 January 1961, between 3 and 5
    # August. Without a year, not followed by a number (`5 July 1700`: no year to infer),
    # but for the next sentence's after a full month's (`on 2 March. 31 soldiers died`) and
    # a time of day's (`9 October, 10:00 a.m.`: `_NO_CLOCK`).
    ("day first", re.compile(
        rf"{_FIRST_DAY}{_ORDINAL}(?:(?:{_OF}{_S}(?P<m>{_MONTH_AFTER_DAY})(?:,?{_S}(?P<y>{_YEAR})"
        rf"\b)?)?{_TO}(?P<d2>[0-9]{{1,2}}){_ORDINAL})?{_OF}{_S}(?P<m2>{_MONTH_AFTER_DAY})"
        rf"(?:,?{_S}(?P<y2>{_YEAR})\b|(?!,?{_S}?[0-9]{_NO_CLOCK}|\.[0-9]))")),
    # A day in quotation marks before its month and year, as a translation quotes a date's
    # figure (`"18" September 1970`, Chile's national day): the quotes are the date's. Its
    # month and year are read as a day-first date's last ones; its other groups never match.
    ("quoted day", re.compile(
        rf"[\"\u201c](?P<d>[0-9]{{1,2}})[\"\u201d]{_S}(?P<m2>{_MONTH_AFTER_DAY}),?{_S}"
        rf"(?P<y2>{_YEAR})\b(?P<m>(?!))?(?P<y>(?!))?(?P<d2>(?!))?")),
    # The same, month first: July 11, 1961, October 05, 1964, July 5, Aug. 3-5, August 3 to
    # 5, 1961, October 19 - November 7, 1960 (after a year the end names its month: `July 5,
    # 1961 - 10` is no range; `October 9, 10:28 a.m.` is a date). The month's capital is
    # looked ahead to before anything else is tried, for the same reason.
    ("month first", re.compile(
        rf"\b(?=[{_MONTH_CAPITALS}]){_BETWEEN.format('')}(?P<m>{_MONTH}){_S}(?P<d>[0-9]{{1,2}})"
        rf"{_ORDINAL}\b(?:(?:,?{_S}(?P<y>{_YEAR})\b)?{_TO}(?(y)(?=[{_MONTH_CAPITALS}]))"
        rf"(?:(?P<m2>{_MONTH}){_S})?(?P<d2>[0-9]{{1,2}}){_ORDINAL}\b)?"
        rf"(?:,?{_S}(?P<y2>{_YEAR})\b|(?![,.]?{_S}?[0-9]{_NO_CLOCK})|(?={_MORE_DAYS}"
        rf"{_LAST_DAY_ENDS}))")),
    # 12.12.79, 12.12.1979, 14.III.63, 1.VIII.1961: day, month and year, as Soviet registry
    # numbers and cables write them (`Decree Nº P176/125 of 12.12.79`). Not a part of a
    # longer number (`1.12.12.79`, `12.12.79.5`, after a letter or a `-`, `5-12.12.79` being
    # half a range). With a two-digit year an Arabic month has two digits, as the Soviet
    # form writes it (`05.01.80`): `1.2.15` is a section's number. What else tells a date
    # from a section's number is asked of the match (`_numeric`).
    ("numeric", re.compile(
        r"(?P<d>[0-9](?<!\w.)(?<![.,:/\-].)(?<!\u2013.)[0-9]?)\."
        rf"(?:(?P<mr>{_ROMAN_MONTH})|(?P<mn>[0-9]{{1,2}}))\."
        rf"(?P<y>{_YEAR}|(?(mn)(?<=[0-9][0-9]\.))[0-9][0-9])"
        r"(?!\w)(?![.,:/\-][0-9])(?!\u2013[0-9])")),
    # 20.VIII. (day and Roman month, no year, as Soviet cables write a day of the document's
    # year): the year inferred as for `20 August`. A full stop ends it, no figure or letter
    # after (`20.VIII.1968` is the numeric pattern's).
    ("roman day", re.compile(
        r"(?P<d>[0-9](?<!\w.)(?<![.,:/\-].)(?<!\u2013.)[0-9]?)\."
        rf"(?P<mr>{_ROMAN_MONTH})\.(?![0-9A-Za-z])")),
    # March 1947 to March 1949, between March 1947 and March 1949, March 1947 - March 1949: a
    # range of months, each with its year (before `my` reads them as two months). The month's
    # capital is looked ahead to first, as for `month first`.
    ("my range", re.compile(
        rf"\b(?=[{_MONTH_CAPITALS}]){_BETWEEN.format('')}(?P<m>{_MONTH}),?{_S}(?P<y>{_YEAR})"
        rf"{_TO}(?P<m2>{_MONTH}),?{_S}(?P<y2>{_YEAR})\b")),
    # January-April 1970, May to June 1968, between January and April 1970: a range of
    # months, the year after the last (`December-January 1970` begins in 1969). The month's
    # capital is looked ahead to first, as for `month first`.
    ("months", re.compile(
        rf"\b(?=[{_MONTH_CAPITALS}]){_BETWEEN.format('')}(?P<m>{_MONTH}){_TO}(?P<m2>{_MONTH})"
        rf",?{_S}(?P<y>{_YEAR})\b")),
    # from 1958 to 1960, between 1958 and 1960 (the date is the years, not the preposition)
    ("range", re.compile(rf"\b(?:from|From|between|Between){_S}(?P<y>{_YEAR}){_S}"
                         rf"(?:to|until|till|and){_S}(?P<y2>{_YEAR})\b")),
    # 1958-1960, 1958–60
    ("span", re.compile(rf"(?<![0-9,.])(?P<y>{_YEAR})[\-\u2013](?P<y2>{_YEAR}|[0-9][0-9])"
                        rf"(?![0-9\-])")),
    # July 1961
    ("my", re.compile(rf"\b(?P<m>{_MONTH}),?{_S}(?P<y>{_YEAR})\b")),
    # in 1958, since 1950, by 1965 ... (a year needs its preposition)
    ("year", re.compile(rf"\b{_YEAR_WORD}[ \u00a0-](?P<y>{_YEAR})\b(?![,.]?[0-9])")),
    # and the year after it and `and` or `or` (`of 1948 and 1949`, `in 1956 or 1957`): a year
    # too, the date the second only (the first is the one above)
    ("years", re.compile(rf"\b{_YEAR_WORD}[ \u00a0-]{_YEAR}{_S}(?:and|or){_S}(?P<y>{_YEAR})\b"
                         r"(?![,.]?[0-9])")),
    # this year, last year, next year (inferred). Searched in most paragraphs, so written to
    # open with a character class: the engine skips ahead to the letters these words start
    # with (with `\b` first it tries every position); the boundary is looked behind after.
    ("relative", re.compile(r"(?P<rel>[LNTlnt](?<!\w.)(?:(?<=[Tt])his|(?<=[Ll])ast|(?<=[Nn])ext))"
                            r"[ \u00a0]year\b(?!['\u2019]s)")),
]
# A date in figures (`14.XI.1956`, `12.12.79`), for the closer's dateline (segment.py): one
# definition of what the dates pass reads as one.
NUMERIC_DATE = dict(_PATTERNS)["numeric"]
# A closer's dateline after its place writes a month of one figure before a two-digit year
# too (`Berlin, 4.8.61`): after the place the figures are a date, where in running text
# `1.2.15` is a section's number. Read so by segment.py and, in a dateline, by this pass.
DATELINE_FIGURES = re.compile(r"(?P<d>[0-9]{1,2})\.(?P<mn>[0-9]{1,2})\.(?P<y>[0-9]{2})(?![\w.])")
_AFTER_PLACE = re.compile(r",[ \u00a0]*" + DATELINE_FIGURES.pattern)
# Or alone in a dateline, as a Soviet cable's under its signer and number (`RAZUVAEV` / `No.
# 1374` / `16.7.52`: segment.py made it one only there).
_FIGURES_ALONE = re.compile(r"[ \t\u00a0]*" + DATELINE_FIGURES.pattern + r"[ \t\u00a0]*\Z")
_DATELINE = tag("dateline")


def numeric_date(text: str, document_date: str | None
                 ) -> tuple[int, int, dict[str, str]] | None:
    """The first date in figures in `text` (`17.07.1971`, `17.VII.1971`, `17.07.71`) as
    (start, end, attributes), read as the dates pass reads one in running text: for the
    setting's `Date:` line (header.py), where `17.07` was taken for a time."""
    doc_year = int(document_date[:4]) if document_date and document_date[:4].isdigit() else None
    for match in NUMERIC_DATE.finditer(text):
        attributes = _numeric(match, doc_year)
        if attributes:
            return match.start(), match.end(), attributes
    return None


def _month(name: str) -> int:
    return MONTH_NUMBERS[name.lower().rstrip(".")]


# The years a two-digit year may stand for: from thirty before the document's year to twenty
# after it. A writer abbreviates a year near his own (a decree, a cable, a plan's end);
# documents look back further than they look ahead.
_YEARS_BEFORE, _YEARS_AFTER = 30, 20


def _two_digit_year(year: int, doc_year: int) -> int | None:
    """The year ending in the two digits `year` near the document's year, if one is (79 in a
    document of 1979 or 2003 is 1979, 80 in one of 1961 is 1980, 05 in one of 1930 is 1905);
    none is for 12 in a document of 1961 (1912 is too far back, 2012 too far ahead)."""
    last = doc_year + _YEARS_AFTER
    full = last - (last - year) % 100
    return full if full >= doc_year - _YEARS_BEFORE else None


def _day(year: int, month: int, day: int) -> str | None:
    try:
        return Date(year, month, day).isoformat()
    except ValueError:
        return None


# What each pattern cannot match without: a month's name (every spelling of one starts with
# its three-letter abbreviation), a year, a digit (a day after a month), or the word `year`.
# Cheap to look for first; a pattern whose needs are missing is not searched (most paragraphs
# name no month), and a text that holds none of them is not read any further.
_MONTH_NAME = re.compile("|".join([name[:3] for name in MONTHS] + _CAPITAL_ABBREVIATIONS))
_YEAR_NUMBER = re.compile(_YEAR)
# A numeric date needs a digit, a full stop and a digit or Roman numeral after it.
_DOTTED = re.compile(rf"[0-9]\.[0-9{_ROMAN_LETTERS}]")
_NEEDS = {"day first": {"month", "digit"}, "month first": {"month", "digit"},
          "quoted day": {"month", "year"},
          "numeric": {"dotted"}, "roman day": {"dotted"}, "my range": {"month", "year"},
          "months": {"month", "year"},
          "range": {"year"},
          "span": {"year"}, "my": {"month", "year"}, "year": {"year"}, "years": {"year"},
          "relative": {"the word year"}}


def _present(text: str) -> set[str]:
    """What of the patterns' needs `text` holds. Every need but the word `year` holds a
    figure, so a text without one (most texts) is read once, by the search for a digit, and
    the other figures are searched for from the first digit on. Digits are ASCII: a date's
    attribute is an ISO date, and `\\d` would take `１９６１`."""
    present = set()
    if "year" in text:
        present.add("the word year")
    digit = _DIGIT.search(text)
    if digit is None:
        return present
    first = digit.start()
    if _YEAR_NUMBER.search(text, first):
        present.update(("year", "digit"))
    if _MONTH_NAME.search(text):
        present.update(("month", "digit"))
    if "." in text and _DOTTED.search(text, first):
        present.add("dotted")
    return present


# A work's word just before a month and year, which are then its title (`the novel August
# 1914`, `his book August 1914`), no date.
_TITLE_BEFORE = re.compile(rf"\b(?:novel|book|play|film|poem|story|novels|books){_S}\Z")
_TITLE_REACH = len("novels ")


def _dates(text: str, present: set[str], document_date: str | None
           ) -> list[tuple[int, int, dict[str, str]]]:
    """The dates of a plain or level string as (start, end, attributes), given what `text`
    holds of the patterns' needs (`_present`)."""
    if not present:
        return []
    found: list[tuple[int, int, dict[str, str]]] = []
    doc_year = int(document_date[:4]) if document_date and document_date[:4].isdigit() else None
    # Where the spans found so far start and end, in order. They never overlap, so the one
    # that starts last before a new span ends is the only one that can overlap it: one
    # look-up, not a comparison with every span (which made a long list of dates quadratic).
    starts: list[int] = []
    ends: list[int] = []
    for kind, pattern in _PATTERNS:
        if not _NEEDS[kind] <= present:
            continue
        for match in pattern.finditer(text):
            begin = match.start("y") if kind in ("range", "year", "years") else match.start()
            before = bisect_left(starts, match.end())
            if before and ends[before - 1] > begin:
                continue
            # An impossible date (31 February, a range that ends first) blocks its span:
            # no shorter pattern may read part of it; so does a book's title (`the novel
            # August 1914`).
            found.append((begin, match.end(), {} if kind == "my" and _TITLE_BEFORE.search(
                text, max(0, begin - _TITLE_REACH), begin) else
                _attributes(kind, match, doc_year, document_date)))
            starts.insert(before, begin)
            ends.insert(before, match.end())
    return sorted(((s, e, a) for s, e, a in found if a), key=lambda f: f[0])


# A time of the 24-hour clock in four figures, as US telegrams and Soviet military reports
# write it, looks like a year after a preposition (`CURFEW FROM 1800 TO 0700 LOCAL TIME`, `BY
# 1900 HOURS`, `by 1400 Moscow time`, `FROM 0700 UNTIL 1800`): no year when a word of the
# clock follows it, or four figures no year can be (`0700`, `2300`) stand beside it across
# `to`, `until` or `and`.
_CLOCK_ONLY = r"(?:0[0-9]|1[0-7]|2[1-3])[0-5][0-9]"
_CLOCK_ZONES = ("local", "Moscow", "Beijing", "Peking", "Washington", "Hanoi", "Saigon",
                "Havana", "Berlin", "Pyongyang", "Tokyo", "Greenwich")
_CLOCK_AFTER = re.compile(rf"{_S}(?i:hours|hrs|(?:{'|'.join(_CLOCK_ZONES)}){_S}time)\b"
                          rf"|{_S}(?:to|until|till|and){_S}{_CLOCK_ONLY}(?![0-9])")
_CLOCK_BEFORE = re.compile(rf"(?<![0-9]){_CLOCK_ONLY}{_S}(?:(?:to|until|till|and){_S})?\Z")
# A clock's reading (`1800`, `2045`; not `1875`) after `as of`, `by`, `until`, `since`,
# `from`, `before` or `after` is a time when `on` and a day follow it (`As of 1800 on 19
# June`, `by 2000 on the 20th`, `until 1900 on Monday`), or just `on` after `as of` (`As of
# 1800 on the front`): a year takes no day after it so (`from 1958 on` is from that year).
_CLOCK_READING = re.compile(r"(?:[01][0-9]|2[0-3])[0-5][0-9]")
_CLOCK_PREPOSITION = re.compile(rf"(?<![^\W\d_])(?:[Aa]s{_S}of|[Bb]y|[Uu]ntil|[Ss]ince|[Ff]rom"
                                rf"|[Bb]efore|[Aa]fter){_S}\Z")
_CLOCK_PREPOSITION_REACH = len("before ")
_AS_OF = re.compile(rf"(?<![^\W\d_])[Aa]s{_S}of{_S}\Z")
_ON_A_DAY = re.compile(rf"{_S}on{_S}(?:the{_S}[0-9]{{1,2}}{_ORDINAL}\b|[0-9]{{1,2}}{_ORDINAL}{_S}"
                       rf"(?:of{_S})?{_MONTH_AFTER_DAY}|{_MONTH}{_S}[0-9]"
                       rf"|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)")
_ON = re.compile(rf"{_S}on\b")


def _clock_time(match: re.Match) -> bool:
    """Are the four figures of a year or a range's last year a time (`_CLOCK_AFTER`,
    `_ON_A_DAY`)?"""
    text = match.string
    if _CLOCK_AFTER.match(text, match.end()) is not None or \
            _CLOCK_BEFORE.search(text, max(0, match.start("y") - 12), match.start("y")):
        return True
    if _ON.match(text, match.end()) is None or not _CLOCK_READING.fullmatch(match["y"]):
        return False   # most years: no `on` after them
    start = match.start("y")
    if _AS_OF.search(text, max(0, start - _CLOCK_PREPOSITION_REACH), start) is not None:
        return True
    return _ON_A_DAY.match(text, match.end()) is not None and _CLOCK_PREPOSITION.search(
        text, max(0, start - _CLOCK_PREPOSITION_REACH), start) is not None


def _attributes(kind: str, match: re.Match, doc_year: int | None,
                document_date: str | None = None) -> dict[str, str] | None:
    groups = match.groupdict()
    if kind == "my":
        return {"when": f"{groups['y']}-{_month(groups['m']):02d}"}
    if kind in ("year", "years"):
        return None if _clock_time(match) else {"when": groups["y"]}
    if kind in ("day first", "month first", "quoted day"):
        return _days(groups, _year_of_day(match, doc_year, document_date))
    if kind == "numeric":
        return _numeric(match, doc_year)
    if kind == "roman day":
        return _roman_day(match, doc_year, document_date)
    if kind == "my range":
        start = f"{groups['y']}-{_month(groups['m']):02d}"
        end = f"{groups['y2']}-{_month(groups['m2']):02d}"
        return {"from": start, "to": end} if start < end else None
    if kind == "months":
        month, month2, year = _month(groups["m"]), _month(groups["m2"]), int(groups["y"])
        if month == month2:
            return None
        start = year - 1 if month > month2 else year       # the range crosses a new year
        return {"from": f"{start}-{month:02d}", "to": f"{year}-{month2:02d}"}
    if kind in ("range", "span"):
        start, end = groups["y"], groups["y2"]
        if len(end) == 2:
            end = start[:2] + end
        if int(end) <= int(start) or kind == "range" and _clock_time(match):
            return None
        return {"from": start, "to": end}
    if doc_year is None:  # relative dates need the document's date to resolve against
        return None
    offset = {"this": 0, "last": -1, "next": 1}[groups["rel"].lower()]
    return {"when": str(doc_year + offset), "resp": "#converter", _YEARLESS: "1"}


# `this year`, `next year`, `of last year` right after a day written without one (`from 18 to
# 22 September next year`, `on 3 June of last year`): the text says which year, against the
# document's.
_YEAR_AFTER = re.compile(r",?[ \u00a0]+(?:of[ \u00a0]+)?(?P<rel>this|last|next)[ \u00a0]+year\b"
                         r"(?!['\u2019]s)")
# How far the nearest year may put a day on the other side of the document's date than the
# tense around the day says before the tense decides (`Our post at Longju was attacked on 25
# August` in a letter of April is the August before): a record is written up days or weeks
# after the talks it records, and an editor's note later still (`approved by the White House
# on June 6` in a memorandum of June 4; `came to Moscow on 30 October [sic]` in minutes of
# the 29th).
# Both ways: a sentence in the past may tell of a plan (`Khrushchev proposed that the talks
# be held on 20 August`, `It was decided to convene the session on 20 August`, in minutes of
# July), so a smaller margin after the date would put such days a year back.
_TENSE_MARGIN = 60   # days
# The sentence around a day, as far as its ends (a full stop, question or exclamation mark
# after no capital, which `U.S.` and `A.N.` have; a semicolon, a colon; a line break) or 200
# characters each side: after `Soekardjo said:` what Sukarno hopes is a sentence of its own.
_SENTENCE_END = re.compile(r"(?<![A-Z])[.!?](?=[ \u00a0\n])|[;:](?=[ \u00a0\n])|\n")
_SENTENCE_REACH = 200
# Words that place what the sentence tells after the document's date or before it. The future,
# a plan, a deadline: `will`, `would` (the future of reported speech: `would be celebrated on 7
# October`), `is to`, `plans`, `scheduled`, `next`; `by`, `before`, `until` right before the
# day (`delivered before 1 March`). The past: `was`, `were`, `had`, a verb in -ed or one of
# the common irregular ones, `ago`, `last`; `since` right before the day; not a verb of
# saying (`He reported that ...`, `said`, `told`), which tells when the words were spoken,
# not when what they tell happens. A day after `of` or `dated` is a letter's, a treaty's, a
# visit's: a sentence in the past says it was before (`the visit of 3 May was a success`), one
# in the future what the thing will do, not its day (`the fisheries convention of 14 May will
# come into force`); and a sentence that writes a year (`the 1979 session met ... from 4 to 8
# December`) tells its time by another year than the document's.
_FUTURE_WORD = re.compile(r"\b(?:will|would|shall|won't|wouldn't|going to|(?:is|are|was|were|am)"
                          r" to|plans?|planned|planning|scheduled|intends?|intended|next|"
                          r"tomorrow|forthcoming|upcoming)\b|'ll\b")
_DEADLINE = re.compile(r"\b(?:by|before|until|till|no later than|not later than)[ \u00a0]+\Z")
_PAST_WORD = re.compile(r"\b(?:was|were|had|did|ago|last|yesterday|met|came|went|took|gave|"
                        r"sent|left|began|wrote|made|held|saw|knew|brought|fought|became|found|"
                        r"flew|led|paid|stood|thought|won|lost|[a-z]+[^\We]ed)\b")
# Words that tell no past: in -ed, adjectives (`the united front`, `the armed forces`), `a
# hundred`, the participles of a plan (`the proposed visit`, `scheduled for`); and the verbs
# of saying.
_NOT_PAST = frozenset({"united", "limited", "detailed", "advanced", "interested", "concerned",
                       "armed", "based", "related", "called", "hundred", "kindred", "sacred",
                       "naked", "wicked", "beloved", "learned", "proposed", "planned",
                       "scheduled", "expected", "intended", "supposed", "required", "needed",
                       "talented", "skilled", "qualified", "organized", "organised"}
                      | set(N.SPEECH_VERBS))
_SINCE = re.compile(r"\b(?:since|Since)[ \u00a0]+\Z")
_OF_DAY = re.compile(r"\b(?:of|dated)[ \u00a0]+(?:the[ \u00a0]+)?\Z")
# A meeting named by its year (`the 1979 session`, `the 1980 Congress`): a day the sentence
# gives it without a year is in that year (`the 1979 session met in New Delhi from 4 to 8
# December`, in an editor's note of a record of 1978).
_MEETING_NOUNS = ("session", "meeting", "conference", "congress", "plenum", "summit", "talks",
                  "negotiations", "assembly", "elections", "festival")
# Opening with the year, `the` looked behind: the engine skips ahead to the figures.
_MEETING_YEAR = re.compile(r"(?P<y>{year})(?<=(?<!\w)[Tt]he[ \u00a0]....)[ \u00a0](?:{nouns})\b"
                           .format(year=_YEAR,
                                   nouns="|".join(f"[{noun[0].upper()}{noun[0]}]{noun[1:]}"
                                                  for noun in _MEETING_NOUNS)))
# The year a sentence tells of (`In 1975 the Ambassador was received twice (12 March and 4
# November)`, `was received twice during 1975`): `In` and the year opening the sentence,
# `during` or `throughout` and the year anywhere in it. `_FRAMED_YEAR` finds either, to look
# no further where neither is near.
_FRAMED_YEAR = re.compile(rf"\b(?:[Ii]n|[Dd]uring|[Tt]hroughout)[ \u00a0]+{_YEAR}\b")
_YEAR_OPENING = re.compile(rf"[ \u00a0]*(?:[Ii]n|During|Throughout)[ \u00a0]+(?P<y>{_YEAR})\b")
_DURING_YEAR = re.compile(rf"\b(?:[Dd]uring|[Tt]hroughout)[ \u00a0]+(?P<y>{_YEAR})\b")


def _year_of_day(match: re.Match, doc_year: int | None, document_date: str | None
                 ) -> int | None:
    """The year a day written without one is in: the one `this year`, `next year` or `of
    last year` after it says, or the meeting its sentence names by its year (`the 1979
    session`) or the year it tells of (`In 1975 ...`, `during 1975`: `_sentence_year`); else
    the one nearest the document's date (`_nearest_year`), unless that puts the day more
    than `_TENSE_MARGIN` days on the other side of the document's date than its sentence's
    tense says (`_tense`): then the year before or after. The year written, if one is."""
    groups = match.groupdict()
    if doc_year is None or groups["y"] or groups["y2"]:
        return doc_year
    said = _YEAR_AFTER.match(match.string, match.end())
    if said is not None:
        return doc_year + {"this": 0, "last": -1, "next": 1}[said.group("rel")]
    named = _sentence_year(match.string, match.start(), match.end(), doc_year)
    if named is not None:
        return named
    year = _nearest_year(groups, doc_year, document_date)
    month, day = _month(groups["m"] or groups["m2"]), int(groups["d"])
    value = _day(year, month, day) if document_date and len(document_date) >= 10 else None
    if value is None:
        return year   # no day to measure from (a month, a year), or no such day
    gap = (Date.fromisoformat(value) - Date.fromisoformat(document_date[:10])).days
    if abs(gap) <= _TENSE_MARGIN:
        return year
    tense = _tense(*_sentence(match.string, match.start(), match.end()))
    other = year - 1 if gap > 0 and tense == "past" else \
        year + 1 if gap < 0 and tense == "future" else year
    return other if _day(other, month, day) is not None else year


def _sentence(text: str, start: int, end: int) -> tuple[str, str]:
    """The sentence around the day `text[start:end]`: its words before the day and after."""
    before = text[max(0, start - _SENTENCE_REACH):start]
    opening = None
    for opening in _SENTENCE_END.finditer(before):
        pass
    before = before[opening.end():] if opening else before
    after = text[end:end + _SENTENCE_REACH]
    closing = _SENTENCE_END.search(after)
    return before, after[:closing.start()] if closing else after


def _sentence_year(text: str, start: int, end: int, doc_year: int | None) -> int | None:
    """The year of the meeting the sentence of the day `text[start:end]` names by it (`the
    1979 session met ... from 4 to 8 December`) or the year it tells of (`In 1975 the
    Ambassador was received twice (12 March and 4 November)`), the only year the sentence
    writes, if it is the document's or the year before or after: one of those the nearest
    year chooses from, and the sentence says which (any year, with `doc_year` None). Most
    days have neither near: two searches."""
    reach = max(0, start - _SENTENCE_REACH), end + _SENTENCE_REACH
    if _MEETING_YEAR.search(text, *reach) is None and _FRAMED_YEAR.search(text, *reach) is None:
        return None
    before, after = _sentence(text, start, end)
    meeting = _MEETING_YEAR.search(before) or _MEETING_YEAR.search(after) or \
        _YEAR_OPENING.match(before) or _DURING_YEAR.search(before) or _DURING_YEAR.search(after)
    if meeting is None:
        return None
    year = meeting["y"]
    if any(other.group() != year for part in (before, after)
           for other in _YEAR_NUMBER.finditer(part)):
        return None
    return int(year) if doc_year is None or abs(int(year) - doc_year) <= 1 else None


def _tense(before: str, after: str) -> str | None:
    """"past" or "future": what the sentence around a day, its words `before` and `after`
    it, says of its time (`_PAST_WORD`, `_FUTURE_WORD`), one and not the other; None when it
    says both, neither, or the future of a thing the day names (`the convention of 14 May
    will ...`): the past of one (`the visit of 3 May was`) puts the day before."""
    if _YEAR_NUMBER.search(before) or _YEAR_NUMBER.search(after):
        return None
    sentence = f"{before} {after}"
    future = _DEADLINE.search(before) is not None or _FUTURE_WORD.search(sentence) is not None
    past = _SINCE.search(before) is not None or any(
        word.group() not in _NOT_PAST for word in _PAST_WORD.finditer(sentence))
    if past and not future:
        return "past"
    return "future" if future and not past and not _OF_DAY.search(before) else None


def _nearest_year(groups: dict[str, str | None], doc_year: int | None,
                  document_date: str | None) -> int | None:
    """The year a day written without one most likely is in: of the document's year and the
    years before and after it, the one that puts the day nearest the document's date (`21
    December` in a letter of 27 February 1974 is 1973; `3 January` in one of 28 December 1961
    is 1962); the document's year when its date gives no month."""
    if doc_year is None or groups["y"] or groups["y2"] or document_date is None or \
            len(document_date) < 7:
        return doc_year
    try:
        document = Date(doc_year, int(document_date[5:7]),
                        int(document_date[8:10]) if len(document_date) >= 10 else 15)
    except ValueError:
        return doc_year
    month, day = _month(groups["m"] or groups["m2"]), int(groups["d"])
    best, distance = doc_year, None
    for year in (doc_year, doc_year - 1, doc_year + 1):
        value = _day(year, month, day)
        if value is not None:
            gap = abs((Date.fromisoformat(value) - document).days)
            if distance is None or gap < distance:
                best, distance = year, gap
    return best


def _days(groups: dict[str, str | None], doc_year: int | None) -> dict[str, str] | None:
    """The value of a day (`11 July 1961`, `July 5`, `5 July`) or of a range of days, in
    either order. A day without a year takes the year nearest the document's date
    (`_nearest_year`, passed as `doc_year`): the converter's inference, said with resp. In a range, an end without a month takes the other end's, and an end without
    a year the other end's, a year earlier or later where the months say the range crosses a
    new year (`28 December - 3 January 1961`); that is the text's own. A range with no year
    at all takes the document's, unless it crosses a new year: that could be either end's."""
    month = _month(groups["m"] or groups["m2"])
    month2 = _month(groups["m2"] or groups["m"])
    day = int(groups["d"])
    year = int(groups["y"]) if groups["y"] else None
    year2 = int(groups["y2"]) if groups["y2"] else None
    if groups["d2"] is None:
        if year2 is not None:
            value = _day(year2, month, day)
            return {"when": value} if value else None
        value = _day(doc_year, month, day) if doc_year is not None else None
        return {"when": value, "resp": "#converter", _YEARLESS: "1"} if value else None
    day2 = int(groups["d2"])
    crosses = month > month2             # only a later month can end in the next year
    inferred = {}
    if year is None and year2 is None:
        if doc_year is None or crosses:
            return None
        year = year2 = doc_year
        inferred = {"resp": "#converter", _YEARLESS: "1"}
    elif year is None:
        year = year2 - 1 if crosses else year2
    elif year2 is None:
        year2 = year + 1 if crosses else year
    start, end = _day(year, month, day), _day(year2, month2, day2)
    if start is None or end is None or start >= end:
        return None
    return {"from": start, "to": end} | inferred


def _numeric(match: re.Match, doc_year: int | None) -> dict[str, str] | None:
    """The value of `12.12.1979` or `14.III.63`: a two-digit year's century is the
    converter's inference from the document's year, said with resp; without a document date
    there is nothing to infer it from, and a year not near the document's is none it would
    abbreviate. Figures that a word gives as a number (`Article 3.10.12`, `No. 12.12.79`) are
    that number, and all-Arabic figures with a two-digit year that open a line before a title
    (`3.10.12 Procedures for the exchange of delegations`) are a section's."""
    groups = match.groupdict()
    text, start, end = match.string, match.start(), match.end()
    if _NUMBER_WORD.search(text, max(0, start - _LONGEST_NUMBER_WORD), start):
        return None
    month = _ROMAN_MONTHS[groups["mr"]] if groups.get("mr") else int(groups["mn"])
    year = int(groups["y"])
    if len(groups["y"]) == 4:
        value = _day(year, month, int(groups["d"]))
        return {"when": value} if value else None
    if doc_year is None or (groups["mn"] and _heads_a_line(text, start, end)):
        return None
    full = _two_digit_year(year, doc_year)
    value = _day(full, month, int(groups["d"])) if full is not None else None
    return {"when": value, "resp": "#converter"} if value else None


def _roman_day(match: re.Match, doc_year: int | None, document_date: str | None
               ) -> dict[str, str] | None:
    """The value of `20.VIII.`, a day and Roman month without a year: the year nearest the
    document's date, the converter's inference, as for `20 August`; none after a word that
    gives the figures as a number (`point 3.IV.`)."""
    text, start = match.string, match.start()
    if doc_year is None or _NUMBER_WORD.search(text, max(0, start - _LONGEST_NUMBER_WORD), start):
        return None
    month, day = _ROMAN_MONTHS[match["mr"]], match["d"]
    year = _nearest_year({"y": None, "y2": None, "m": MONTHS[month - 1], "m2": None, "d": day},
                         doc_year, document_date)
    value = _day(year, month, int(day))
    return {"when": value, "resp": "#converter", _YEARLESS: "1"} if value else None


# The words that give the figures after them as a number (`Article 3.10.12`, `point 4.11.15`,
# `§ 3.10.12`, `No. 12.12.79`): a section's, a paragraph's, a registry's. The first letter
# in either case; `No` and its kin with their full stop only (`no` is a word of its own).
_NUMBER_WORDS = ("Article", "Section", "Subsection", "Paragraph", "Subparagraph", "Point",
                 "Item", "Clause", "Chapter", "Part", "Annex", "Appendix", "Number")
_NUMBER_ABBREVIATIONS = ("Art", "Sect", "Sec", "Para", "Par", "Pt", "Ch", "No", "Nos", "Nr")
_EITHER_CASE = "[{0}{1}]{2}"
_NUMBER_WORD = re.compile(
    r"(?:(?<!\w)(?:(?:{words})s?|(?:{abbreviations})\.|N[º°]|№)|§)[ \u00a0]*\Z".format(
        words="|".join(_EITHER_CASE.format(w[0], w[0].lower(), w[1:]) for w in _NUMBER_WORDS),
        abbreviations="|".join(_EITHER_CASE.format(w[0], w[0].lower(), w[1:])
                               for w in _NUMBER_ABBREVIATIONS)))
_LONGEST_NUMBER_WORD = max(map(len, _NUMBER_WORDS)) + len("s  ")
# After the figures that open a line, a title: an optional full stop, then a capital.
_TITLE_AFTER = re.compile(r"\.?[ \u00a0]+(?=[^\W\d_])")
_CLOSING = ")]\"'\u201d\u2019\u00bb"
_SPACES = " \t\u00a0"


def _heads_a_line(text: str, start: int, end: int) -> bool:
    """Do the figures at [start, end) open a line (or the paragraph) before a title, as a
    numbered heading's do? A title starts with a capital after them and does not end as a
    sentence does (`12.12.79 The Politburo met.` is a day's entry, its date first)."""
    before = start                     # back over the spaces only: a long line is not read
    while before and text[before - 1] in _SPACES:
        before -= 1
    if before and text[before - 1] != "\n":
        return False
    title = _TITLE_AFTER.match(text, end)
    if title is None or not text[title.end()].isupper():
        return False
    line_end = text.find("\n", end)
    line = text[title.end():line_end if line_end >= 0 else len(text)]
    return not line.rstrip(_SPACES + _CLOSING).endswith((".", "!", "?"))


# The key of a found date's attributes that says its year is the document's, inferred for a
# day or range written without one or for `last year` (a supplied year or a weekday may still
# correct it); taken off before the element is made.
_YEARLESS = "yearless"
_WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_WEEKDAY = "|".join(_WEEKDAY_NAMES)
# Before a day (`Saturday, 29 September`, `Saturday, the 29th of September`), looked for
# ending where the date starts (searched up to it, so `\Z` is there); after it in brackets
# (`29 September 1962 (Saturday)`).
_WEEKDAY_BEFORE = re.compile(rf"\b(?P<w>{_WEEKDAY}),?{_S}(?:the{_S})?\Z")
_LONGEST_BEFORE = len("Wednesday, the ")
_WEEKDAY_AFTER = re.compile(rf"{_S}\((?P<w>{_WEEKDAY})\)")
_HALF_A_YEAR = 183


def _weekdays(text: str, found: list[tuple[int, int, dict[str, str]]],
              document_date: str | None) -> list[tuple[int, int, dict[str, str]]]:
    """`found`, a day's date taking the weekday written before or after it
    (`Saturday, 29 September 1962`, `29 September 1962 (Saturday)`) when it is that day's.
    The weekday tells the year of a day written without one: where it is not the day's in the
    document's year, it is the year before or after that has it, within half a year of the
    document's date (a January letter's `Saturday, 30 December`); with none, the inference is
    contradicted and the day stays text. A weekday that is not the day of a stated date
    stays outside it: the date is what the text says."""
    taken = []
    for index, (start, end, attributes) in enumerate(found):
        when = attributes.get("when", "")
        before = after = None
        if len(when) == 10:
            before = _WEEKDAY_BEFORE.search(text, max(0, start - _LONGEST_BEFORE), start)
            after = _WEEKDAY_AFTER.match(text, end)
            if before and taken and taken[-1][1] > before.start():
                before = None
            if after and index + 1 < len(found) and found[index + 1][0] < after.end():
                after = None
        named = {match["w"] for match in (before, after) if match}
        if len(named) == 1:
            weekday = _WEEKDAY_NAMES.index(named.pop())
            day = Date.fromisoformat(when)
            if day.weekday() != weekday and attributes.get(_YEARLESS):
                day = _near(day, weekday, document_date)
                if day is None:
                    continue
                attributes = attributes | {"when": day.isoformat()}
            if day.weekday() == weekday:
                start = before.start() if before else start
                end = after.end() if after else end
        taken.append((start, end, attributes))
    return taken


def _near(day: Date, weekday: int, document_date: str | None) -> Date | None:
    """`day` in the year before or after, if that is within half a year of the document's
    date and falls on `weekday` (one year at most does: a year moves a day by one or two)."""
    if document_date is None or len(document_date) < 10:
        return None
    try:
        document = Date.fromisoformat(document_date[:10])
    except ValueError:
        return None
    for year in (day.year - 1, day.year + 1):
        value = _day(year, day.month, day.day)
        if value is not None:
            other = Date.fromisoformat(value)
            if other.weekday() == weekday and abs((other - document).days) <= _HALF_A_YEAR:
                return other
    return None


def _public(attributes: dict[str, str]) -> dict[str, str]:
    """The attributes a `date` element takes: without the converter's own notes."""
    return {name: value for name, value in attributes.items() if name != _YEARLESS}


_SUPPLIED_AFTER = (" " + OBJECT, "\u00a0" + OBJECT)


def _supplied_years(element: etree._Element, text: str, marks: list[int],
                    found: list[tuple[int, int, dict[str, str]]]
                    ) -> list[tuple[int, int, dict[str, str]]]:
    """`found`, where a day or range without a year, or `last year` (`this`, `next`), is
    followed by the year the translator supplied (`On 13 March [1957]`, `last year [1964]`),
    taking that year and holding it: the year is then the text's, not the converter's
    inference, and the document's year may not be the one meant. A day before `of last year
    [1964]` takes the year too, the words and the bracket outside it, a date of their own. A
    day that year does not have (`29 February [1961]`) is no date."""
    taken = []
    for start, end, attributes in found:
        if not attributes.get(_YEARLESS):
            taken.append((start, end, attributes))
            continue
        said = _YEAR_AFTER.match(text, end) if len(attributes.get("when", "")) != 4 else None
        after = said.end() if said is not None else end      # `3 June of last year [1964]`
        if text[after:after + 2] in _SUPPLIED_AFTER:
            year = _supplied_year(element[bisect_left(marks, after + 1)])
            values = {name: value for name, value in attributes.items()
                      if name in ("when", "from", "to")}
            if year is not None:
                given = {name: _day(int(year), int(value[5:7]), int(value[8:]))
                         if len(value) == 10 else year for name, value in values.items()}
                if not all(given.values()):
                    continue
                end, attributes = (end if said else end + 2), given
        taken.append((start, end, attributes))
    return taken


def _supplied_year(child: etree._Element) -> str | None:
    """The year a `supplied` child holds and nothing else, if it is one."""
    if not plain_supplied(child) or not _YEAR_NUMBER.fullmatch(child.text or ""):
        return None
    return child.text


_SUPPLIED = tag("supplied")
_DATE = tag("date")


def _year_before(element: etree._Element) -> int | None:
    """The year this pass marked right before a `supplied` bracket, a space between them or
    none (`the mistake of 1953 [the price increases before 17 June]`): the bracket says what
    of that year is meant, so a day in it without a year is of that year, not the one nearest
    the document's date. (A number it did not read as a year, `telegram No. 1953 [of 17
    June]`, is none.)"""
    previous = element.getprevious()
    if previous is None or previous.tag != _DATE or \
            (previous.tail or "") not in ("", " ", "\u00a0"):
        return None
    when = previous.get("when", "")
    return int(when) if len(when) == 4 and when.isdigit() else None


def _in_year(found: list[tuple[int, int, dict[str, str]]], year: int
             ) -> list[tuple[int, int, dict[str, str]]]:
    """`found`, the days and ranges without a year given `year` (still the converter's
    inference); a day that year does not have is no date."""
    taken = []
    for start, end, attributes in found:
        values = {name: value for name, value in attributes.items()
                  if name in ("when", "from", "to") and len(value) == 10}
        if attributes.get(_YEARLESS) and values:
            given = {name: _day(year, int(value[5:7]), int(value[8:]))
                     for name, value in values.items()}
            if not all(given.values()):
                continue
            attributes = attributes | given
        taken.append((start, end, attributes))
    return taken


def _dateline_figures(text: str, document_date: str | None
                      ) -> list[tuple[int, int, dict[str, str]]]:
    """The date of a dateline in figures after its place (`Berlin, 4.8.61`) or alone
    (`16.7.52`), which the numeric pattern leaves to a section's number; its century
    inferred as that one's."""
    match = _AFTER_PLACE.search(text) or _FIGURES_ALONE.match(text)
    doc_year = int(document_date[:4]) if document_date and document_date[:4].isdigit() else None
    attributes = _numeric(match, doc_year) if match and doc_year else None
    return [(match.start("d"), match.end(), attributes)] if attributes else []


# A month's name right before a supplied bracket (`in November [1983]`).
_MONTH_BEFORE = re.compile(rf"(?<!\w)(?P<m>{_MONTH}){_S}\Z")
_LONGEST_MONTH = len("September ")
# A day before a month (`29 February`, `the 13th of May`): the month is that day's, a date or
# (`29 February [1961]`) none, never a month alone.
_DAY_BEFORE = re.compile(rf"[0-9](?:{'|'.join(_ORDINAL_SUFFIXES)})?(?:{_S}of)?{_S}\Z")


def _supplied_months(element: etree._Element, text: str, marks: list[int]
                     ) -> list[tuple[int, int, dict[str, str]]]:
    """The months followed by the year the translator supplied (`Reagan visited Seoul in
    November [1983]`), each a date of that month, holding the `supplied` element as `13 March
    [1957]` does: a month alone is no date, but with its year it is `November 1983`. Not a
    day's month (`29 February [1961]`, which that year does not have)."""
    if _MONTH_NAME.search(text) is None:
        return []    # most texts: no child need be asked whether it is a year
    months = []
    for mark, child in zip(marks, element):
        year = _supplied_year(child)
        if year is None:
            continue
        month = _MONTH_BEFORE.search(text, max(0, mark - _LONGEST_MONTH - 1), mark)
        if month is not None and not _DAY_BEFORE.search(text, max(0, month.start() - 8),
                                                        month.start()):
            months.append((month.start(), mark + 1, {"when": f"{year}-{_month(month['m']):02d}"}))
    return months


# Days listed before a day and its month (`on 2 and 15 March`, `2, 3 and 15 March`, `2 or 3
# March`, `the 2nd and 15th of March`), looked for ending where that day starts: days of its
# month. Not the end of another number or of a longer list (`1.2 and 15 March`, `tanks, 3
# and 15 March`: a list cut by the window is none). Opening with the digit, what stands before
# it looked behind after, as `_FIRST_DAY` does.
_LISTED_DAYS = re.compile(
    rf"(?P<days>[0-9](?<![\w.,:/\-\u2013].)(?<!,{_S}.)[0-9]?{_ORDINAL}(?:,{_S}[0-9]{{1,2}}"
    rf"{_ORDINAL})*),?{_S}(?:and|or){_S}\Z")
_LISTED_DAY = re.compile(rf"(?P<d>[0-9]+){_ORDINAL}")
_LONGEST_LIST = len("28th, 29th, 30th, 31st, and ") * 2
# How a day-first date opens (`15 March`, `15th of March`, `15 <sic>March</sic>`): a date in
# figures (`12.12.79`) opens with a day too, but no space follows it.
_DAY_OPENING = re.compile(rf"[0-9]{{1,2}}{_ORDINAL}{_OF}{_S}")


def _listed_days(text: str, found: list[tuple[int, int, dict[str, str]]]
                 ) -> list[tuple[int, int, dict[str, str]]]:
    """`found`, with the days listed before a day and its month (`on 2 and 15 March`) each a
    date of that month and year, the year's `resp` as the last day's: the text writes the
    month and year once for all of them. The days go up, as a list of days does; a list
    that does not (`30 and 5 March`), or names a day the month does not have, is no date."""
    listed = []
    previous_end = 0
    for start, end, attributes in found:
        when = attributes.get("when", "")
        if len(when) == 10 and text[start].isdigit() and _DAY_OPENING.match(text, start):
            days = _LISTED_DAYS.search(text, max(previous_end, start - _LONGEST_LIST), start)
            if days is not None:
                numbers = [(int(day["d"]), day.start(), day.end())
                           for day in _LISTED_DAY.finditer(text, days.start(), days.end("days"))]
                values = [_day(int(when[:4]), int(when[5:7]), day) for day, _, _ in numbers]
                order = [day for day, _, _ in numbers] + [int(when[8:])]
                if all(values) and order == sorted(set(order)):
                    kept = {name: value for name, value in attributes.items()
                            if name in ("resp", _YEARLESS)}
                    listed.extend((day_start, day_end, {"when": value} | kept)
                                  for (_, day_start, day_end), value in zip(numbers, values))
        previous_end = end
    return sorted(found + listed, key=lambda f: f[0]) if listed else found


# The days listed after a month's first day, looked for where it ends, and the year after the
# last (`_MORE_DAYS`).
_DAYS_AFTER = re.compile(
    rf"(?P<days>{_MORE_DAYS})(?:,?{_S}(?P<y>{_YEAR})(?![0-9])|{_LAST_DAY_ENDS})")
# How a month-first day without a year reads (`March 2`, `Aug. 3rd`): the days after it may
# be listed.
_MONTH_DAY = re.compile(rf"(?:{_MONTH}){_S}[0-9]{{1,2}}{_ORDINAL}")


def _days_listed_after(text: str, found: list[tuple[int, int, dict[str, str]]]
                       ) -> list[tuple[int, int, dict[str, str]]]:
    """`found`, with the days listed after a month and its first day (`on March 2, 5 and
    15`) each a date of that month, as `_listed_days` reads `on 2, 5 and 15 March`: in the
    year written after the last (`March 2 and 15, 1969`, then the first day's too), else the
    first day's, its `resp` with it. The days go up and are days the month has."""
    listed = []
    found = list(found)
    for index, (start, end, attributes) in enumerate(found):
        when = attributes.get("when", "")
        if len(when) != 10 or not text[start].isalpha() or \
                not _MONTH_DAY.fullmatch(text, start, end):
            continue
        days = _DAYS_AFTER.match(text, end)
        if days is None or (index + 1 < len(found) and found[index + 1][0] < days.end()):
            continue
        year = int(days["y"]) if days["y"] else int(when[:4])
        numbers = [(int(day["d"]), day.start(), day.end())
                   for day in _LISTED_DAY.finditer(text, days.start(), days.end("days"))]
        values = [_day(year, int(when[5:7]), day) for day, _, _ in numbers]
        first = _day(year, int(when[5:7]), int(when[8:]))
        order = [int(when[8:])] + [day for day, _, _ in numbers]
        if not all(values) or first is None or order != sorted(set(order)):
            continue
        kept = {} if days["y"] else {name: value for name, value in attributes.items()
                                     if name in ("resp", _YEARLESS)}
        found[index] = (start, end, {"when": first} | kept)
        if days["y"]:         # the year is the last day's, as in `15 March 1969`
            numbers[-1] = numbers[-1][:2] + (days.end("y"),)
        listed.extend((day_start, day_end, {"when": value} | kept)
                      for (_, day_start, day_end), value in zip(numbers, values))
    return sorted(found + listed, key=lambda f: f[0]) if listed else found


def _without_overlaps(found: list[tuple[int, int, dict[str, str]]],
                      more: list[tuple[int, int, dict[str, str]]]
                      ) -> list[tuple[int, int, dict[str, str]]]:
    """`found` and those of `more` that overlap none of it, in order (`13 March [1957]` is a
    day, not the month `March [1957]` with a `13` before it)."""
    kept = [span for span in more
            if not any(start < span[1] and span[0] < end for start, end, _ in found)]
    return sorted(found + kept, key=lambda f: f[0])


# What a catalogue title or type calls talk, years later, of past events: an oral history
# (`Critical Oral History Conference`), the archive's type `Conference Proceedings` (the
# conferences of former officials and historians), a witness seminar.
_LOOKING_BACK = re.compile(r"(?i:oral[ \u00a0]histor(?:y|ies)|conference[ \u00a0]proceedings|"
                           r"witness[ \u00a0]seminar)")
# A title's transcript of a conference or seminar that is no body's meeting (`Transcript of a
# Conference`, `Transcript of the Havana Conference on the Cuban Missile Crisis`; not the
# `Transcript of the Conference of First Secretaries ...`).
_CONFERENCE_TRANSCRIPT = re.compile(r"\bTranscript[ \u00a0]of\b[^\n]{0,80}?\b(?:Conference|"
                                    r"Symposium|Seminar|Workshop)\b(?![ \u00a0]of\b)")
# The genres that may look back (`Interview with a Former Hungarian Army Officer on the Events
# of October 1956`), when the title or the body says they do.
_TALK = re.compile(r"(?i:conference|symposium|seminar|workshop|interview|testimony|"
                   r"reminiscences|recollections)")
_WRITTEN_YEAR = re.compile(rf"(?<![0-9]){_YEAR}(?![0-9])")
_DECADE = 10   # years before the document's that are its speakers' past, not their present


def looks_back(title: str, kind: str, body: str, document_date: str | None) -> bool:
    """Is the document talk, years later, of past events, as its catalogue title or type
    says (an oral history, a conference's proceedings or transcript), or a conference's or
    interview's whose title names an earlier year, or whose body writes more years a decade
    or more before its date (three at least) than others? Its speakers' days without a year
    (`the letter of 26 October` in 1992 is 1962's) are then not in the years around its
    date, which the contemporary records' days are."""
    if document_date is None:
        return False
    if _LOOKING_BACK.search(title) or _LOOKING_BACK.search(kind) or \
            _CONFERENCE_TRANSCRIPT.search(title):
        return True
    if not (_TALK.search(title) or _TALK.search(kind)):
        return False
    year = int(document_date[:4])
    if any(int(written) < year for written in _WRITTEN_YEAR.findall(title)):
        return True
    years = [int(written) for written in _WRITTEN_YEAR.findall(body)]
    old = sum(1 for written in years if written <= year - _DECADE)
    return old >= 3 and old > len(years) - old


def _in_retrospect(text: str, found: list[tuple[int, int, dict[str, str]]]
                   ) -> list[tuple[int, int, dict[str, str]]]:
    """`found` in a document that looks back (`looks_back`): a day or range written without
    its year takes the year its sentence tells of (`In 1962 ... on 26 October`), whatever it
    is, else no value at all (a date all the same); the years around the document's date are
    its speakers' present, not the past they tell of."""
    kept = []
    for start, end, attributes in found:
        if attributes.get(_YEARLESS) and len(attributes.get("when", "")) != 4:
            year = _sentence_year(text, start, end, None)
            values = {name: _day(year, int(value[5:7]), int(value[8:]))
                      for name, value in attributes.items() if name in ("when", "from", "to")
                      } if year is not None else {}
            attributes = values | {"resp": "#converter"} if values and all(values.values()) \
                else {}
        kept.append((start, end, attributes))
    return kept


def mark_dates(div: etree._Element, names: N.Names) -> etree._Element:
    """Mark dates in `div`; inferred ones are resolved against `names.document_date`."""
    document_date = getattr(names, "document_date", None)
    looking_back = getattr(names, "looks_back", False)
    leaf_tags = sic_marks(div)
    for element in searchable(div, _SKIP):
        text, marks, leaves = level_with(element, leaf_tags)
        # A telegram's text in capitals is read as prose prints it (`ON NOVEMBER 18, 1983`
        # as `on November 18, 1983`), its offsets the same.
        words = N.prose_cased(text) if N.in_capitals(text, fewest=1) else text
        reading, spans = through_sic(words, leaves) if leaves else (words, None)
        present = _present(reading)
        months = _supplied_months(element, text, marks) if OBJECT in text else []
        if not present and not months:
            continue                                  # most elements: skip find's set-up
        found = _dates(reading, present, document_date) if present else []
        if not found and element.tag == _DATELINE:
            found = _dateline_figures(reading, document_date)
        if spans is not None:
            found = in_level(found, spans)
        if found and OBJECT in text:
            found = _supplied_years(element, text, marks, found)
        if found and element.tag == _SUPPLIED and (year := _year_before(element)):
            found = _in_year(found, year)
        if months:
            found = _without_overlaps(found, months)
        if found:
            found = _days_listed_after(words, _listed_days(words, found))
        if found:
            found = _weekdays(words, found, document_date)
            if looking_back:
                found = _in_retrospect(words, found)
            wrap_all(element, [(start, end, new("date", **_public(attributes)))
                               for start, end, attributes in found], (text, marks))
    return div
