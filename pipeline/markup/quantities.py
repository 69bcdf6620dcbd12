"""Quantities: `measure` with @quantity (or @min/@max), @unit and @commodity, and `num/@value`
for counts of things (`11 million [people]`, `20,000 people`, `twenty thousand workers`).

A measure is a number (digits, `2.4 million`, `Four million`, `two hundred thousand`, `half a
million`) or a range (`2 to 2.5`) followed by a unit of the vocabulary in UNITS; the commodity
is what follows as `of X` (`600,000 tons of chemical fertilizer`) or a supplied bracket `[of
cotton]`. Anything the patterns are not sure of stays plain text: no value is better than a
wrong one.
"""

from __future__ import annotations

import re
from decimal import Decimal

from lxml import etree

from .. import names as N
from ..inline import OBJECT, Cover, level, searchable, wrap_all
from ..tei import new, tag

_SUPPLIED = tag("supplied")
_SKIP = frozenset({"persName", "roleName", "addName", "placeName", "orgName", "date", "time",
                   "measure", "num", "desc", "gap", "speaker", "ptr", "pb", "milestone",
                   "label"})

# The unit vocabulary: normalized unit -> the forms archival English writes.
UNITS: dict[str, tuple[str, ...]] = {
    "ton": ("tons", "ton", "tonnes", "tonne"),
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
    "liter": ("liters", "litres", "liter", "litre"),
    "barrel": ("barrels", "barrel"),
    "yuan": ("yuan", "renminbi", "RMB"),
    "ruble": ("rubles", "roubles", "ruble", "rouble"),
    "dollar": ("dollars", "dollar", "US dollars"),
    "won": ("won",),
    "percent": ("percent", "per cent", "%"),
}
_UNIT_OF = {form.lower(): unit for unit, forms in UNITS.items() for form in forms}

# Nouns whose number is a count (num), not a measure.
COUNTED = {"people", "persons", "person", "men", "women", "workers", "technicians", "specialists",
           "experts", "students", "soldiers", "troops", "families", "households", "factories",
           "enterprises", "projects", "ships", "boats", "tractors", "cars", "trucks", "planes",
           "aircraft", "tanks", "guns", "copies", "delegates", "members", "cadres", "refugees",
           "prisoners", "divisions", "villages", "schools", "units", "sets"}

_ONES = "one two three four five six seven eight nine".split()
_TEENS = "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
_TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()
_WORD_NUMBERS = {word: value for value, word in enumerate(["zero", *_ONES, *_TEENS], start=0)}
_WORD_NUMBERS.update({word: 10 * value for value, word in enumerate(_TENS, start=2)})
_MULTIPLIERS = {"thousand": 10 ** 3, "million": 10 ** 6, "billion": 10 ** 9,
                "trillion": 10 ** 12}
_HALF = Decimal("0.5")

_COUNTED = "|".join(sorted(COUNTED, key=len, reverse=True))

_S = r"[ \u00a0]"
_DIGITS = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?"
_MULTIPLIER = rf"(?:{_S}(?i:thousand|million|billion|trillion))?"


def _longest_first(words: list[str]) -> list[str]:
    return sorted(words, key=len, reverse=True)


# A number in words, as alternatives that each open with a letter (see _first_letter_split):
# up to ninety-nine (`twenty-five`), then `hundred` and what follows it, `and a half`, and a
# multiplier: `two hundred thousand`, `one and a half million`. `a` and `half a` count only
# before `hundred` or a multiplier (`a million`, `half a million`); `hundred` alone is not a
# number (`several hundred tons` is no 100 tons).
_UNIT_WORD = "|".join(_longest_first(_ONES))
_SMALL_WORDS = [rf"{tens}(?:[\-\u00a0 ](?:{_UNIT_WORD}))?" for tens in _TENS] \
    + _TEENS + _ONES + ["zero"]
_SMALL = "(?:" + "|".join(_longest_first(_SMALL_WORDS)) + ")"
_HUNDRED_REST = rf"hundred(?:{_S}(?:and{_S})?{_SMALL})?"
_AFTER_SMALL = rf"(?i:(?:{_S}{_HUNDRED_REST})?(?:{_S}and{_S}a{_S}half)?){_MULTIPLIER}"
_OTHER_WORDS = [rf"a{_S}(?:{_HUNDRED_REST}{_MULTIPLIER}|(?:thousand|million|billion|trillion))",
                rf"half{_S}a{_S}(?:thousand|million|billion|trillion)"]
_WORD_NUMBER = (rf"(?:(?i:{_SMALL}){_AFTER_SMALL}|(?i:{'|'.join(_OTHER_WORDS)}))")
_NUMBER = rf"(?:{_DIGITS}{_MULTIPLIER}|{_WORD_NUMBER})"
_UNIT = "|".join(re.escape(f) for f in sorted(_UNIT_OF, key=len, reverse=True) if f != "%")

# The patterns open with a plain character class, the only opening that lets the regex
# engine skip ahead to where a number can start instead of trying every position (five to
# ten times faster). So the first character is matched first and what comes before it is
# looked behind afterwards: a digit, or the first letter of a number word (`ſ` is an `s`
# to a case-blind pattern); the rest of the number follows from that first character.
_FIRST = r"[\dAEFHNOSTZaefhnostz\u017f](?<![\w.,\-/].)"   # not inside a word, 1.5, 3/4
_DIGITS_REST = r"(?<=\d)(?:\d{0,2}(?:,\d{3})+|\d*)(?:\.\d+)?"   # _DIGITS after its first


def _first_letter_split(alternatives: list[str]) -> str:
    """Alternatives that each open with a letter, after that letter: `seven|six|one` becomes
    `(?<=(?i:s))(?i:even|ix)|(?<=(?i:o))(?i:ne)`."""
    by_first: dict[str, list[str]] = {}
    for alternative in alternatives:
        by_first.setdefault(alternative[0], []).append(alternative[1:])
    return "|".join(rf"(?<=(?i:{first}))(?i:{'|'.join(rests)})"
                    for first, rests in by_first.items())


# After the number: a second number that makes it a range (`2 to 2.5`, `10-15`, `one or two`),
# then a unit (`tons`, `%`), or a counted noun ahead (`twenty thousand workers`).
_RANGE = rf"(?:(?:{_S}(?:to|or|-|\u2013){_S}|[\-\u2013])(?P<b>{_NUMBER}))?"
_ENDING = (rf"(?:(?:{_S}(?:more|additional|extra))?{_S}(?P<unit>(?i:{_UNIT}))\b(?!-)"
           rf"|(?P<percent>%)|(?={_S}(?P<counted>{_COUNTED})\b))")
_MEASURE = re.compile(
    rf"(?P<a>{_FIRST}(?:{_DIGITS_REST}{_MULTIPLIER}"
    rf"|(?:{_first_letter_split(_longest_first(_SMALL_WORDS))}){_AFTER_SMALL}"
    rf"|{_first_letter_split(_OTHER_WORDS)})){_RANGE}{_ENDING}")
_COUNT = re.compile(
    rf"(?P<a>\d(?<![\w.,\-/].){_DIGITS_REST}(?:{_S}(?:thousand|million|billion))?)"
    rf"(?={_S}(?:(?P<noun>[a-z]+)\b|{OBJECT}))")
_OF = re.compile(rf"{_S}of{_S}(?P<what>[a-z][a-z\-]*(?:{_S}[a-z][a-z\-]*){{0,2}})")
_STOP = {"was", "were", "is", "are", "be", "been", "per", "each", "every", "in", "to", "for",
         "from", "and", "or", "with", "which", "that", "at", "on", "by", "will", "would", "has",
         "have", "had", "can", "could", "should", "this", "these", "those", "it", "they", "we",
         "a", "an", "the", "sown", "supplied", "produced", "exported", "imported", "annually",
         "more", "less", "than", "so", "as", "but"}
# Compiled once: `re.match(pattern, ...)` looks each pattern up in re's cache at every call.
_DIGIT = re.compile(r"\d")
_DIGITS_ONLY = re.compile(_DIGITS)
_SUPPLIED_OF = re.compile(r"of (?:the )?([a-z][a-z\- ]{0,40})")
_LOWER_WORD = re.compile(r"[a-z][a-z\-]*")
_COMMODITY = re.compile(r"[a-z][a-z0-9\-]*")
_DETERMINERS = {"the", "other", "some", "our", "their", "your", "its", "this", "that"}


def number_value(text: str) -> Decimal | None:
    """`600,000` -> 600000; `2.4 million` -> 2400000; `Four million` -> 4000000; `two hundred
    thousand` -> 200000; `twenty-five` -> 25; `half a million` -> 500000; `one and a half` ->
    1.5; else None."""
    words = text.lower().replace("\u00a0", " ").replace("-", " ").split()
    if not words:
        return None
    if words[0] == "a" and len(words) > 1 and (words[1] == "hundred" or words[1] in _MULTIPLIERS):
        value, at, in_words = Decimal(1), 1, True               # `a hundred`, `a million`
    elif words[:2] == ["half", "a"] and len(words) == 3 and words[2] in _MULTIPLIERS:
        value, at, in_words = _HALF, 2, False                   # `half a million`
    elif words[0] in _WORD_NUMBERS:
        value, at, in_words = _small(words, 0)
    elif _DIGITS_ONLY.fullmatch(words[0]):
        value, at, in_words = Decimal(words[0].replace(",", "")), 1, False
    else:
        return None
    if in_words and words[at:at + 1] == ["hundred"] and 1 <= value <= 99:
        value, at = value * 100, at + 1                         # `two hundred`
        rest = at + 1 if words[at:at + 1] == ["and"] else at
        if rest < len(words) and words[rest] in _WORD_NUMBERS:
            more, at, _ = _small(words, rest)                   # `two hundred and fifty`
            value += more
    if words[at:at + 3] == ["and", "a", "half"]:
        value, at = value + _HALF, at + 3                       # `one and a half`
    if at < len(words) and words[at] in _MULTIPLIERS:
        value, at = value * _MULTIPLIERS[words[at]], at + 1     # `2.4 million`
    return value if at == len(words) else None


def _small(words: list[str], at: int) -> tuple[Decimal, int, bool]:
    """The number in words at `words[at]` up to ninety-nine (`twenty five`), and where it ends."""
    value = _WORD_NUMBERS[words[at]]
    if value >= 20 and at + 1 < len(words) and 1 <= _WORD_NUMBERS.get(words[at + 1], 0) <= 9:
        return Decimal(value + _WORD_NUMBERS[words[at + 1]]), at + 2, True
    return Decimal(value), at + 1, True


def decimal_text(value: Decimal) -> str:
    """An xs:decimal lexical form without exponent: 2400000, 2.5."""
    text = format(value.normalize(), "f")
    return text


def mark_quantities(div: etree._Element, names: N.Names) -> etree._Element:
    """Mark measures (number, unit, commodity) and counted numbers in `div`."""
    del names  # the pass signature; quantities need no register
    for element in searchable(div, _SKIP):
        text, marks = level(element)
        # The measures are searched for once: what says whether to go on is what is marked.
        measures = list(_MEASURE.finditer(text))
        if not measures and not _COUNT.search(text):
            continue
        supplied = {mark: child for mark, child in zip(marks, element)
                    if child.tag == _SUPPLIED and len(child) == 0}
        wrap_all(element, _spans(text, measures, supplied), (text, marks))
    return div


def find(text: str, supplied: dict[int, etree._Element] | None = None
         ) -> list[tuple[int, int, etree._Element]]:
    """The measures and counts of a level string, as (start, end, empty element) spans."""
    return _spans(text, list(_MEASURE.finditer(text)), supplied or {})


def _spans(text: str, measures: list[re.Match], supplied: dict[int, etree._Element]
           ) -> list[tuple[int, int, etree._Element]]:
    """`find`, given the matches of _MEASURE in `text`."""
    spans: list[tuple[int, int, etree._Element]] = []
    for match in measures:
        element = _measure(match, text, supplied)
        if element is not None:
            spans.append(element)
    # A count inside a measure is part of it: one look-up per count, not a scan of every measure.
    taken = Cover([(s, e) for s, e, _ in spans])
    for match in _COUNT.finditer(text):
        if taken.holds(match.start()):
            continue
        element = _count(match, text, supplied)
        if element is not None:
            spans.append(element)
    spans.sort(key=lambda s: s[0])
    result = []
    for span in spans:
        if result and span[0] < result[-1][1]:
            continue
        result.append(span)
    return result


def _measure(match: re.Match, text: str, supplied: dict[int, etree._Element]):
    a, b = match.group("a"), match.group("b")
    if match.group("counted") is not None:
        return _counted_in_words(match)
    low = number_value(a)
    high = number_value(b) if b else None
    if low is None or (b and high is None):
        return None
    if b and _scale(a) == 1:
        low *= _scale(b)                                # `2 to 3 million tons`
    if high is not None and high < low:
        return None
    form = "%" if match.group("percent") else match.group("unit")
    unit = _UNIT_OF[form.lower()]
    if unit in ("won", "dan", "mu") and form != form.lower():
        return None                                     # `Won`, `Dan`: a name, not a unit
    if form.lower() in ("won", "ha") and not _DIGIT.match(a):
        return None                                     # `one won`? too unsure
    end = match.end()
    attributes = {"unit": unit}
    if high is None:
        attributes["quantity"] = decimal_text(low)
    else:
        attributes["min"], attributes["max"] = decimal_text(low), decimal_text(high)
    commodity, end = _commodity(text, end, supplied)
    if commodity:
        attributes["commodity"] = commodity
    return match.start(), end, new("measure", **attributes)


def _counted_in_words(match: re.Match):
    """`twenty thousand workers`: a count, when the number is in words and has a scale (`two
    men` stays prose; a count in digits is _COUNT's)."""
    a = match.group("a")
    if match.group("b") or _DIGIT.match(a) or _scale(a) == 1:
        return None
    value = number_value(a)
    if value is None:
        return None
    return match.start(), match.end("a"), new("num", value=decimal_text(value))


def _scale(text: str) -> int:
    """What the words that end a number multiply it by: `3 hundred thousand` -> 100000."""
    scale = 1
    for word in reversed(text.lower().replace("\u00a0", " ").split()):
        if word == "hundred":
            scale *= 100
        elif word in _MULTIPLIERS:
            scale *= _MULTIPLIERS[word]
        else:
            break
    return scale


def _commodity(text: str, end: int, supplied: dict[int, etree._Element]) -> tuple[str | None, int]:
    """What the measure measures: `of chemical fertilizer`, or a supplied `[of cotton]`."""
    if text[end:end + 2] == " " + OBJECT and end + 1 in supplied:
        content = (supplied[end + 1].text or "").strip()
        of = _SUPPLIED_OF.fullmatch(content)
        if of:
            return _commodity_word(of.group(1).split()), end + 2
    of = _OF.match(text, end)
    if of:
        words = []
        for word in _LOWER_WORD.finditer(of.group("what")):
            if word.group() in _STOP:
                break
            words.append(word)
        kept = [w.group() for w in words]
        while kept and kept[0] in _DETERMINERS:
            kept = kept[1:]
        if kept:
            return _commodity_word(kept), of.start("what") + words[-1].end()
    return None, end


def _commodity_word(words: list[str]) -> str | None:
    """`chemical fertilizer` -> `chemical-fertilizer` (@commodity is one word in our schema)."""
    value = "-".join(w.strip("-") for w in words if w.strip("-"))
    return value if _COMMODITY.fullmatch(value) else None


def _count(match: re.Match, text: str, supplied: dict[int, etree._Element]):
    value = number_value(match.group("a"))
    if value is None:
        return None
    noun = match.group("noun")
    has_multiplier = len(match.group("a").split()) == 2
    if noun is not None and noun not in COUNTED and not has_multiplier:
        return None
    if noun is None:
        child = supplied.get(match.end() + 1)
        content = (child.text or "").strip() if child is not None else ""
        if content not in COUNTED and not has_multiplier:
            return None
    if not has_multiplier and "," not in match.group("a") and noun is None:
        return None
    return match.start(), match.end(), new("num", value=decimal_text(value))
