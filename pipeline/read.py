"""Read a source text: decode its bytes, find its layout, split catalogue fields from the body.

The body is kept as an exact slice of the decoded text (line endings aside), so that the
text export can be compared with it character for character.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from dataclasses import dataclass, field

from .errors import InputError

# Magic numbers of the binary files people feed a text converter by mistake.
_BINARY_MAGIC = {
    b"%PDF": "a PDF file",
    b"\x89PNG": "a PNG image",
    b"GIF8": "a GIF image",
    b"\xff\xd8\xff": "a JPEG image",
    b"PK\x03\x04": "a zip archive (or a Word/OpenDocument file)",
    b"\xd0\xcf\x11\xe0": "a legacy Office document",
    b"\x1f\x8b": "a gzip archive",
    b"\x7fELF": "an executable",
}

MAX_LINE = 1_000_000
"""Longest line accepted, in characters. Archive paragraphs run to a few thousand; a line of
millions is a dump, not a record, and would take the converter minutes to go through."""

# Valid multi-byte UTF-8 sequences (not surrogates): a text that holds some of them and also
# bytes that are not UTF-8 is UTF-8 with a few legacy bytes pasted in, not a legacy text.
_UTF8_MULTIBYTE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|\xe0[\xa0-\xbf][\x80-\xbf]"
                             rb"|[\xe1-\xec\xee\xef][\x80-\xbf]{2}|\xed[\x80-\x9f][\x80-\xbf]"
                             rb"|\xf0[\x90-\xbf][\x80-\xbf]{2}|[\xf1-\xf3][\x80-\xbf]{3}"
                             rb"|\xf4[\x80-\x8f][\x80-\xbf]{2}")
_UTF8_SURROGATE = re.compile(rb"\xed[\xa0-\xbf][\x80-\xbf]")


def _legacy_bytes(err: UnicodeDecodeError) -> tuple[str, int]:
    """Decode error handler: read the bytes that are not UTF-8 as windows-1252 (else Latin-1)."""
    chars = []
    for byte in err.object[err.start:err.end]:
        try:
            chars.append(bytes([byte]).decode("cp1252"))
        except UnicodeDecodeError:
            chars.append(chr(byte))  # the five bytes cp1252 leaves undefined: Latin-1
    return "".join(chars), err.end


codecs.register_error("tei-pipeline-legacy", _legacy_bytes)

# The months' names: the one list the package spells them in (the date lines here, the
# header's, the dates pass, the tests that tell a month from a name or a speaker).
MONTHS = ("January February March April May June July August September October November "
          "December").split()
# The abbreviations a month is written with, each the beginning of its name (May, June and
# July are not abbreviated; `Sept` before `Sep`, as a pattern tries them); in capitals too in
# cables (`OCT. 26, 1962`, `3 OCT 1958`).
MONTH_ABBREVIATIONS = "Jan Feb Mar Apr Aug Sept Sep Oct Nov Dec".split()
# Each spelling in lower case, without a period, and its month's number (`sept`: 9).
MONTH_NUMBERS = {spelling.lower(): number for number, name in enumerate(MONTHS, 1)
                 for spelling in (name, *(s for s in MONTH_ABBREVIATIONS if name.startswith(s)))}
_MONTH = "|".join(MONTHS + MONTH_ABBREVIATIONS)
# A date line: `July 11, 1961`, `11 July 1961`, `April 1950`, `1950`, maybe in bold; its month
# may be abbreviated, with its period or without (`Oct. 26, 1962`, `26 Oct. 1962`, `14 Feb
# 1984`), as the dates pass reads one in the body. The spaces around the optional `**` are
# read once (possessive): a long run of them after a year was split between the two `\s*`
# every way.
DATE_LINE = re.compile(
    rf"^\s*+(?:\*\*)?\s*+(?:(?P<m1>{_MONTH})\.?\s+(?P<d1>\d{{1,2}}),?\s+(?P<y1>\d{{4}})"
    rf"|(?P<d2>\d{{1,2}})\s+(?P<m2>{_MONTH})\.?,?\s+(?P<y2>\d{{4}})"
    rf"|(?P<m3>{_MONTH})\.?,?\s+(?P<y3>\d{{4}})"
    rf"|(?P<y4>\d{{4}}))\s*+(?:\*\*)?\s*+$")

# Labels of the archive's PDF export, in the order they appear.
_PDF_LABELS = {
    "citation": "citation",
    "summary": "summary",
    "credits": "credits",
    "original language": "language",
    "contents": "contents",
}
# A label alone on its line (`**Citation:**`) or with its value after it (`Citation: "..."`).
_PDF_LABEL = re.compile(r"^\s*(?:\*\*)?\s*(Citation|Summary|Credits|Original Language|Contents)"
                        r"\s*:\s*(?:\*\*)?[ \t]*(?P<value>.*)$", re.IGNORECASE | re.DOTALL)
# An item of the contents list, a paragraph each: `Original Scan`, `Translation - English`,
# `Transcript - Russian`, `Original Scan - Serbo-Croatian`.
_CONTENTS_LANGUAGE = r"\s*[-\u2013]\s*[A-Z][a-z]+(?:-[A-Z][a-z]+)?"
_CONTENTS_ITEM = re.compile(rf"(?:Original Scan(?:{_CONTENTS_LANGUAGE})?"
                            rf"|(?:Translation|Transcript){_CONTENTS_LANGUAGE})\Z")
_STATUS = re.compile(r"^\s*\(\s*(Not yet proof ?read|Not proofread|Draft)\s*\)\s*$", re.IGNORECASE)
# The credits line, also without its subject (`Made possible with support from ...`).
_CREDITS = re.compile(r"^\s*(?:This document was made|Made) possible with support from\s+(.+?)\s*$")
_TRAILER_HEADINGS = ("Associated People & Organizations", "Associated People and Organizations",
                     "Associated Places", "Associated Topics", "Subjects Discussed",
                     "Document Information", "Related Documents")
_TRAILER_LABELS = {"Source": "source", "Rights": "rights", "Original Uploaded Date": "uploaded",
                   "Record ID": "record_id", "Original Language": "language",
                   "Type": "type", "Language": "language", "Original Archive": "source"}
_TRAILER_LISTS = {"Associated People & Organizations": "associated_people",
                  "Associated People and Organizations": "associated_people",
                  "Associated Places": "associated_places", "Associated Topics": "topics",
                  "Subjects Discussed": "topics"}
# A trailer field's label and its value in one paragraph (`Source: AAN, KC PZPR, 1829.`).
_LABELLED = re.compile(r"([A-Z][A-Za-z ]{1,25}):[ \t]+(\S.*)", re.DOTALL)
# The rights statement's paragraphs open so; a page cut off inside one ends with a piece of
# an opening (`To enqui`), and `_read_trailer` reads it as the statement's, no type.
_RIGHTS_OPENINGS = ("The History and Public Policy Program welcomes", "To enquire about")
_RIGHTS = re.compile("^(" + "|".join(_RIGHTS_OPENINGS) + ")")
_URL = re.compile(r"<?(https?://[^\s<>]+)>?")


@dataclass(frozen=True)
class Source:
    """A decoded source text: catalogue fields, the body and where the body starts."""

    text: str
    body: str
    body_line: int
    fields: dict[str, str] = field(default_factory=dict)
    layout: str = "plain"
    newline: str = "\n"
    encoding: str = "utf-8"
    warnings: tuple[str, ...] = ()


def decode(data: bytes) -> tuple[str, str, list[str]]:
    """Decode source bytes; return (text, encoding name, warnings). Raise InputError on binary."""
    warnings: list[str] = []
    if data.startswith(b"\xef\xbb\xbf"):
        return _checked(data[3:].decode("utf-8", errors="strict") if _utf8(data[3:]) else
                        _bad_utf8(data[3:]), "utf-8-sig", warnings)
    if data.startswith((b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")):   # before UTF-16's
        try:
            return _checked(data.decode("utf-32"), "utf-32", warnings)
        except UnicodeDecodeError as err:
            raise InputError(f"the text is marked as UTF-32 but byte {err.start} cannot be decoded",
                             line=1) from None
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return _checked(data.decode("utf-16"), "utf-16", warnings)
        except UnicodeDecodeError as err:
            raise InputError(f"the text is marked as UTF-16 but byte {err.start} cannot be decoded",
                             line=1) from None
    for magic, what in _BINARY_MAGIC.items():
        if data.startswith(magic):
            raise InputError(f"this is {what}, not a text file", line=1, column=1)
    if b"\x00" in data:
        guess = _utf16_without_bom(data)
        if guess:
            warnings.append(f"the text has no byte-order mark; read as {guess.upper()}")
            try:
                return _checked(data.decode(guess), guess, warnings)
            except UnicodeDecodeError:
                pass
        line = data.count(b"\n", 0, data.index(b"\x00")) + 1
        raise InputError("this looks like binary data, not text (it contains NUL bytes)", line=line)
    if _utf8(data):
        return _checked(data.decode("utf-8"), "utf-8", warnings)
    surrogate = _UTF8_SURROGATE.search(data)
    if surrogate:
        line, column = _position(data, surrogate.start())
        raise InputError("the text holds a lone surrogate (an encoded U+D800-U+DFFF, left by a "
                         "broken conversion); XML cannot carry it", line=line, column=column)
    if _UTF8_MULTIBYTE.search(data):
        # UTF-8 with a few legacy bytes pasted in: keep the UTF-8, read only those bytes as
        # windows-1252, rather than turn every accented letter of the text into mojibake.
        bad = _first_bad_utf8(data)
        warnings.append(f"the text is UTF-8 but some bytes are not (the first at line {bad[0]}, "
                        f"column {bad[1]}); those bytes were read as windows-1252")
        return _checked(data.decode("utf-8", errors="tei-pipeline-legacy"), "utf-8", warnings)
    # Not UTF-8: a legacy single-byte encoding. Windows-1252 is what archives' older
    # exports use; Latin-1 decodes every byte, so nothing is lost either way.
    try:
        text, encoding = data.decode("cp1252"), "windows-1252"
    except UnicodeDecodeError:
        text, encoding = data.decode("latin-1"), "iso-8859-1"
    bad = _first_bad_utf8(data)
    warnings.append(f"the text is not valid UTF-8 (line {bad[0]}, column {bad[1]}); "
                    f"read as {encoding}")
    return _checked(text, encoding, warnings)


def _utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _bad_utf8(data: bytes) -> str:
    line, column = _first_bad_utf8(data)
    raise InputError("the text is marked as UTF-8 but is not valid UTF-8", line=line, column=column)


def _first_bad_utf8(data: bytes) -> tuple[int, int]:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as err:
        return _position(data, err.start)
    return 1, 1


def _position(data: bytes, offset: int) -> tuple[int, int]:
    """Line and column (in characters, 1-based) of a byte offset of mostly UTF-8 data."""
    before = data[:offset]
    line = before.count(b"\n") + 1
    column = len(before.rsplit(b"\n", 1)[-1].decode("utf-8", errors="replace")) + 1
    return line, column


def _utf16_without_bom(data: bytes) -> str | None:
    """Guess UTF-16 from where the NUL bytes sit (text in Latin script is half NULs)."""
    sample = data[:4096]
    if len(sample) < 4:
        return None
    even = sample[0::2].count(0)
    odd = sample[1::2].count(0)
    half = len(sample) // 2
    if odd > 0.4 * half and even < 0.05 * half:
        return "utf-16-le"
    if even > 0.4 * half and odd < 0.05 * half:
        return "utf-16-be"
    return None


_ILLEGAL_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


def _checked(text: str, encoding: str, warnings: list[str]) -> tuple[str, str, list[str]]:
    """Refuse characters that XML 1.0 cannot carry, naming the first one and where it is."""
    bad = _ILLEGAL_XML.search(text)
    if bad:
        line = text.count("\n", 0, bad.start()) + 1
        column = bad.start() - (text.rfind("\n", 0, bad.start()) + 1) + 1
        code = f"U+{ord(bad.group()):04X}"
        # Control characters have no Unicode name; say what they are instead.
        name = unicodedata.name(bad.group(), "")
        what = f"the character {name} ({code})" if name else \
            f"a lone surrogate ({code})" if 0xD800 <= ord(bad.group()) <= 0xDFFF else \
            f"the control character {code}"
        raise InputError(f"{what} cannot appear in XML; remove it or replace it", line=line,
                         column=column)
    _check_line_length(text)
    return text, encoding, warnings


def _check_line_length(text: str) -> None:
    """Refuse a line longer than MAX_LINE characters, saying which line and how long."""
    if len(text) <= MAX_LINE:
        return
    number, start = 1, 0
    for newline in re.finditer(r"\r\n|\n|\r", text):
        if newline.start() - start > MAX_LINE:
            length = newline.start() - start
            break
        number, start = number + 1, newline.end()
    else:
        length = len(text) - start
        if length <= MAX_LINE:
            return
    raise InputError(f"this line is {length:,} characters long, more than the {MAX_LINE:,} "
                     "accepted; is this a text file? (split it into paragraphs)",
                     line=number, column=MAX_LINE + 1)


def read(data: bytes | str) -> Source:
    """Decode (if needed) and split a source into catalogue fields and body."""
    if isinstance(data, bytes):
        text, encoding, warnings = decode(data)
    else:
        text, encoding, warnings = _checked(data, "utf-8", [])
    newline = "\r\n" if text.count("\r\n") > text.count("\n") // 2 and "\r\n" in text else "\n"
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise InputError("the file is empty (or holds only whitespace): there is nothing to convert",
                         line=1)
    for parse in (_pdf_export, _web_page):
        found = parse(text, warnings)
        if found is not None:
            fields, body_start, body_end, layout = found
            break
    else:
        fields, body_start, body_end, layout = {}, 0, len(text), "plain"
        warnings.append("no catalogue fields found (title, date, citation, summary); "
                        "the whole text is the body")
    body = text[body_start:body_end]
    if not body.strip():
        raise InputError("the file has catalogue fields but no text to convert",
                         line=text.count("\n") + 1)
    if layout != "plain":
        missing = [name for name in ("title", "date", "citation", "summary") if not fields.get(name)]
        if missing:
            warnings.append(f"catalogue fields not found: {', '.join(missing)}")
    body_line = text.count("\n", 0, body_start) + 1
    return Source(text=text, body=body, body_line=body_line, fields=fields, layout=layout,
                  newline=newline, encoding=encoding, warnings=tuple(warnings))


# Lines holding something, one after another; tried from a line's start only, and never
# giving back the spaces before the first character (a line of 20,000 spaces was read
# again from each of them).
_PARAGRAPH_LINES = re.compile(r"^(?:[^\S\n]*+\S[^\n]*(?:\n|$))+", re.MULTILINE)


def _paragraphs(text: str, start: int = 0):
    """Yield (start, end, stripped text) of blank-line separated paragraphs from `start`."""
    for match in _PARAGRAPH_LINES.finditer(text[start:]):
        chunk = match.group()
        if chunk.strip(" \t\n"):
            yield start + match.start(), start + match.end(), chunk.strip()


def _unbold(value: str) -> str:
    """Drop markdown bold markers and join soft-wrapped lines."""
    value = value.replace("**", "")
    return re.sub(r"\s*\n\s*", " ", value).strip()


def _pdf_export(text: str, warnings: list[str]):
    """The archive's PDF-export layout: labelled blocks, then `Contents:`, then the body."""
    paragraphs = list(_paragraphs(text))
    labels = _field_labels(paragraphs)
    if not labels:
        return None
    fields: dict[str, str] = {}
    _title_and_date(fields, [p for _, _, p in paragraphs[:labels[0]]])
    body_index = len(paragraphs)
    for n, i in enumerate(labels):
        match = _PDF_LABEL.match(paragraphs[i][2])
        name = _PDF_LABELS[match.group(1).lower()]
        inline = [match.group("value")] if match.group("value").strip() else []
        end = labels[n + 1] if n + 1 < len(labels) else None
        if end is None:
            # The last label: its value is one paragraph (Contents: "Translation - English").
            value_index = i + (0 if inline else 1)
            value = _unbold(inline[0] if inline else paragraphs[value_index][2]) \
                if value_index < len(paragraphs) else ""
            body_index = value_index + 1
            # The contents list one item a paragraph (`Original Scan`, `Transcript - English`).
            while body_index < len(paragraphs) and \
                    _CONTENTS_ITEM.match(_unbold(paragraphs[body_index][2])):
                value = f"{value}\n\n{_unbold(paragraphs[body_index][2])}"
                body_index += 1
            if body_index < len(paragraphs) and _STATUS.match(paragraphs[body_index][2]):
                fields["status"] = paragraphs[body_index][2].strip().strip("()")
                body_index += 1
        else:
            value = "\n\n".join(_unbold(p) for p in
                                 inline + [p for _, _, p in paragraphs[i + 1:end]])
        # A label given twice keeps both values, the first not overwritten by the second.
        fields[name] = f"{fields[name]}\n\n{value}" if fields.get(name) and value else \
            value or fields.get(name, "")
    if body_index >= len(paragraphs):
        return fields, len(text), len(text), "pdf-export"
    _split_citation(fields)
    return fields, paragraphs[body_index][0], len(text), "pdf-export"


def _field_labels(paragraphs) -> list[int]:
    """Indices of the catalogue labels: one run at the head of the text, closed by `Contents`
    (or by a stretch of more than four paragraphs without a label), never inside the body;
    none unless there are two kinds of label or more."""
    labels: list[int] = []
    for index, (_, _, para) in enumerate(paragraphs):
        if labels and index - labels[-1] > 4:
            break
        match = _PDF_LABEL.match(para)
        if match:
            labels.append(index)
            if match.group(1).lower() == "contents":
                break
    # The export has several: one alone (`Summary:`, a cable's `SUMMARY: ... END SUMMARY.`)
    # is a paragraph of the text, and taking it for the export made all before it the title.
    kinds = {_PDF_LABEL.match(paragraphs[i][2]).group(1).lower() for i in labels}
    return labels if len(kinds) >= 2 else []


def _title_and_date(fields: dict[str, str], paragraphs: list[str]) -> None:
    """Read the date line and the title from the paragraphs before the first field."""
    lines = [line for p in paragraphs for line in p.split("\n")]
    rest = []
    for line in lines:
        if "date" not in fields and DATE_LINE.match(line.strip()):
            fields["date"] = _unbold(line)
        else:
            rest.append(line)
    title = _unbold(" ".join(rest))
    if title:
        fields["title"] = re.sub(r"\s+", " ", title)


def _web_page(text: str, warnings: list[str]):
    """The archive's web-page text: date line, title, credits, body, trailing page fields."""
    paragraphs = list(_paragraphs(text))
    if not paragraphs:
        return None
    first_line = paragraphs[0][2].split("\n", 1)[0]
    if not DATE_LINE.match(first_line):
        return None
    fields: dict[str, str] = {"date": first_line.strip()}
    cursor = paragraphs[0][0] + len(text[paragraphs[0][0]:].split("\n", 1)[0]) + 1
    seen_title = False
    old_site = False   # the old site prints no title line: its body's heading is the body's
    while cursor < len(text):
        rest = text[cursor:]
        blank = re.match(r"(?:[ \t]*\n)*", rest).end()
        if re.match(r"[ \t]*\u2022\s*Citation", rest[blank:]):
            cursor = _old_citation_bullet(text, cursor + blank, fields)  # the old site
            old_site = True
            continue
        if "title" not in fields and _snapshot_block(rest[blank:]):  # an old snapshot
            cursor = _indented_summary(text, cursor + blank, fields)
            continue
        following = next(_paragraphs(text, cursor), None)
        if following is None:
            break
        para = following[2]
        if "credits" not in fields and _CREDITS.match(para):
            fields["credits"] = _CREDITS.match(para).group(1)
        elif "title" not in fields:
            fields["title"] = re.sub(r"\s+", " ", para).strip()
            seen_title = True
        elif not seen_title and not old_site and _same_title(para, fields["title"]):
            seen_title = True
        else:
            break
        cursor = following[1]
    paragraphs = list(_paragraphs(text, cursor))
    index = 0
    trailer = _trailer_start(paragraphs, index)
    if trailer is not None:
        for start, unread in _read_trailer(fields, paragraphs[trailer:]):
            # Not silently: a body paragraph that reads like a trailer heading ends the body.
            warnings.append(f"line {text.count(chr(10), 0, start) + 1}: after the page's "
                            f"trailer heading, a paragraph that is no catalogue field is left "
                            f"out: {unread[:60]!r}")
        end_index = trailer
        # The summary is the unlabelled paragraph just before the trailer headings. The old
        # site's and snapshot's pages gave it before the text already: this is it again, no
        # text (kept as a second paragraph where its words differ).
        summary = paragraphs[end_index - 1][2] if end_index - 1 > index else "["
        if not summary.startswith("[") and not _body_ending(paragraphs[index:end_index]):
            if "summary" not in fields:
                fields["summary"] = summary
            elif summary.split() != fields["summary"].split():
                fields["summary"] += "\n\n" + summary
            end_index -= 1
        body_end = paragraphs[end_index - 1][1] if end_index > index else None
    else:
        body_end = len(text)
        if "summary" not in fields and "citation" not in fields and \
                _cut_summary(paragraphs[index:]):
            # (the old site's and snapshot's summary came before the text)
            fields["summary"] = paragraphs[-1][2].strip()
            body_end = paragraphs[-2][1]
    if index >= len(paragraphs) or body_end is None:
        return fields, len(text), len(text), "web-page"
    _split_citation(fields)
    return fields, paragraphs[index][0], body_end, "web-page"


# A sign-off's dateline with its place: `Beijing, 5 May 1958` (the date a DATE_LINE).
_PLACE_BEFORE_DATE = re.compile(r"[A-Z][A-Za-z .'\u2019-]{0,30},\s")
# The most words of a sign-off's name line (`Ministry of Foreign Affairs`, `Embassy of the
# PRC in Indonesia`) and the fewest of a summary's sentence.
_SIGN_OFF_WORDS, _SUMMARY_WORDS = 8, 6


def _cut_summary(paragraphs) -> bool:
    """Is the last of a page's body `paragraphs` its summary, the page cut off inside it (no
    trailer after it)? Only after a sign-off, a name line and a date line in either order
    (`Ministry of Foreign Affairs` / `5 May 1958`), and cut in mid-sentence: a sentence of a
    few words from a capital to a letter or digit with no stop (`Chen Yi and the envoy
    discussed the trade agreement as well as the exchan`), no field line (`Copies to: ...`).
    After no sign-off a document's own last paragraph cannot be told from a summary: it
    stays the body's."""
    if len(paragraphs) < 4:
        return False
    last = paragraphs[-1][2].strip()
    if not (last[:1].isupper() and last[-1:].isalnum() and "\n" not in last and
            len(last.split()) >= _SUMMARY_WORDS and ":" not in last):
        return False
    lines = [paragraphs[-3][2].strip(), paragraphs[-2][2].strip()]
    places = [_PLACE_BEFORE_DATE.match(line) for line in lines]
    dates = [bool(DATE_LINE.match(line[place.end() if place else 0:]))
             for line, place in zip(lines, places)]
    if dates.count(True) != 1:
        return False
    return _name_line(lines[dates.index(False)])


# A dateline with its hour, as a cable's sign-off dates it: `17 June 1954, 8 p.m.`, `5 May
# 1958, 20:00`, `October 3, 1962, 2015 hours`.
_DATE_AND_HOUR = re.compile(
    rf"(?:\d{{1,2}}\s+(?:{_MONTH})\.?|(?:{_MONTH})\.?\s+\d{{1,2}},?)\s+\d{{4}},?\s+(?:at\s+)?"
    r"(?:\d{1,2}(?:[.:]\d{2})?\s*[ap]\.?\s?m\.?|\d{1,2}[.:]\d{2}(?:\s*hours)?|\d{4}\s*hours)\Z")
# A speech turn's label opening a paragraph: one to six capitalized or bracketed words and a
# colon (`Comrade Hem:`, `Premier Zhou [Enlai]:`).
_LABEL_OPENING = re.compile(r"(?:[A-Z][\w.'\u2019-]*+|\[[^\]\n]*+\])"
                            r"(?:[ \t]+(?:[A-Z][\w.'\u2019-]*+|\[[^\]\n]*+\])){0,5}:[ \t]")


def _body_ending(paragraphs) -> bool:
    """Is the last of a page's body `paragraphs`, the one before the trailer, the document's
    own and not the summary the page puts there: a dateline (`17 June 1954, 8 p.m.`), a
    signature's post line under the name (`Everhartz` / `Ambassador`), a speech turn in a
    body of them (`Comrade Hem: ...`)? A page with no summary has such a last paragraph."""
    last = paragraphs[-1][2]
    place = _PLACE_BEFORE_DATE.match(last)
    dateline = last[place.end() if place else 0:]
    if DATE_LINE.match(dateline) or _DATE_AND_HOUR.match(dateline):
        return True
    if _LABEL_OPENING.match(last):
        return any(_LABEL_OPENING.match(para) for _, _, para in paragraphs[:-1])
    return len(paragraphs) > 1 and all(_name_line(para) for _, _, para in paragraphs[-2:])


def _name_line(paragraph: str) -> bool:
    """A signature's name or post line: one line of a few words, no sentence's stop."""
    return paragraph[:1].isupper() and "\n" not in paragraph and ":" not in paragraph and \
        len(paragraph.split()) <= _SIGN_OFF_WORDS and paragraph[-1:] not in ".;,!?"


def _same_title(paragraph: str, title: str) -> bool:
    return re.sub(r"\W+", "", paragraph).lower() == re.sub(r"\W+", "", title).lower()


def _old_citation_bullet(text: str, cursor: int, fields: dict[str, str]) -> int:
    """Read `• Citation` ... `• share document` and the `English HTML` line after it."""
    lines = text[cursor:].split("\n")
    position = cursor
    inside = False
    for line in lines:
        position += len(line) + 1
        stripped = line.strip()
        if stripped.startswith("\u2022") and "Citation" in stripped:
            inside = True
            continue
        if not inside:
            continue
        if stripped.startswith("\u2022"):  # "• share document" closes the bullet
            break
        if not stripped or stripped == "get citation":
            continue
        if stripped[0] in "\"\u201c":
            fields["citation"] = stripped
        else:
            fields.setdefault("summary", stripped)
    # Skip the blank lines and the "English HTML" tab label that follow.
    match = re.match(r"(?:[ \t]*\n)*(?:[^\n]*\bHTML[ \t]*\n)?", text[position:])
    citation = fields.get("citation", "")
    title = re.match(r"[\"\u201c](.+?),?[\"\u201d],?\s", citation)
    if title:
        fields["title"] = title.group(1)
    return position + (match.end() if match else 0)


def _snapshot_block(text: str) -> bool:
    """Does `text` begin with an old page snapshot's indented block: lines indented by a tab
    or four spaces, one after another, before the title, one of them the citation (in
    quotes) or the date? Indented paragraphs of the body are not one (they were read as
    the summary, and all but the first dropped)."""
    lines = []
    for line in text.split("\n"):
        if not line.startswith(("    ", "\t")) or not line.strip():
            break
        lines.append(line.strip())
    return any(line[0] in "\"\u201c" or DATE_LINE.match(line) for line in lines)


def _indented_summary(text: str, cursor: int, fields: dict[str, str]) -> int:
    """Read the indented summary (and citation) of an old page snapshot: the lines of its
    indented block (`_snapshot_block`)."""
    position = cursor
    for line in text[cursor:].split("\n"):
        if not line.strip(" \t\u00a0") or not line.startswith(("    ", "\t")):
            break
        position += len(line) + 1
        stripped = line.strip()
        if DATE_LINE.match(stripped):
            continue
        # Every other line is kept: a summary or a citation over two lines is one field.
        name = "citation" if stripped[0] in "\"\u201c" or "citation" in fields else "summary"
        fields[name] = f"{fields[name]} {stripped}" if name in fields else stripped
    title = re.match(r"[\"\u201c](.+?),?[\"\u201d],?\s", fields.get("citation", ""))
    if title:
        fields["title"] = title.group(1)
    return min(position, len(text))


def _trailer_start(paragraphs, index: int) -> int | None:
    for i in range(index, len(paragraphs)):
        if paragraphs[i][2].strip() in _TRAILER_HEADINGS:
            return i
    if len(paragraphs) > index and _cut_heading(paragraphs[-1][2]):
        return len(paragraphs) - 1
    return None


# The fewest letters of a trailer heading cut off (`Docu`) that say it is one.
_CUT_HEADING_LEAST = 3


def _cut_heading(paragraph: str) -> bool:
    """Is `paragraph` the start of a trailer heading alone (`Docu`, `Document Inf`): the page
    cut off inside it, its last line? The trailer begins there, and the summary before it is
    the abstract, as before a whole heading."""
    return len(paragraph) >= _CUT_HEADING_LEAST and paragraph not in _TRAILER_HEADINGS and \
        any(heading.startswith(paragraph) for heading in _TRAILER_HEADINGS)


def _read_trailer(fields: dict[str, str], paragraphs) -> list[tuple[int, str]]:
    """Assign the page's trailing fields, from its (start, end, text) paragraphs: source
    citation, rights, record id, type, and the lists of associated people, places and
    topics. Return (start, text) of the paragraphs that are none of them."""
    label = None
    unread = []
    after_rights = False   # the paragraph before was the rights statement's
    for start, _, para in paragraphs:
        stripped = para.strip()
        follows_rights, after_rights = after_rights, False
        if _cut_heading(stripped):
            continue   # the page's last line, a heading cut off: nothing follows
        if stripped in _TRAILER_HEADINGS:
            label = _TRAILER_LISTS.get(stripped, "source" if stripped == "Document Information"
                                       else None)
            continue
        if label in _TRAILER_LISTS.values() and stripped not in _TRAILER_LABELS:
            items = [line.strip() for line in stripped.split("\n") if line.strip()]
            fields[label] = "\n".join(filter(None, [fields.get(label, ""), *items]))
            continue
        if stripped in _TRAILER_LABELS:
            label = _TRAILER_LABELS[stripped]
            continue
        labelled = _LABELLED.match(stripped)
        if labelled and labelled.group(1) in _TRAILER_LABELS:
            # `Source: Národní archiv, ...`: the label and its value in one paragraph
            label, stripped = _TRAILER_LABELS[labelled.group(1)], labelled.group(2)
        if _RIGHTS.match(stripped) or follows_rights and label is None or \
                any(opening.startswith(stripped) for opening in _RIGHTS_OPENINGS):
            # (a paragraph that is no field's after it goes on with it, `Some documents may
            # be subject to copyright ...`, or is cut off in it: never the page's type)
            fields["rights"] = (fields.get("rights", "") + "\n\n" + stripped).strip()
            label, after_rights = None, True
            continue
        if label == "record_id" and not re.fullmatch(r"[0-9]+", stripped) or \
                label == "uploaded" and not (DATE_LINE.match(stripped) or
                                             re.fullmatch(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", stripped)):
            label = None   # the field was empty: this is the next one's value (the type)
        if label == "source" and "citation" not in fields:
            fields["citation"] = stripped
        elif label in ("record_id", "uploaded", "language", "rights", "type"):
            fields[label] = stripped
        elif len(stripped) < 60 and "type" not in fields and label is None:
            fields["type"] = stripped
        else:
            unread.append((start, stripped))
        label = label if label in ("rights",) else None
    translated = translated_by(fields.get("citation", ""))
    if translated:
        fields.setdefault("translated_by", translated)
    return unread


# Who translated: `Translated by X`, `translated for CWIHP from the Russian by X`, `Translation
# by X`, `Translated into English by X`.
# The names run to the first full stop that is not an initial's (`Hope M. Harrison`,
# `L.W. Gluchowski`, `Iu. Kudriashov`). A word of two letters with a vowel after a name's
# word, ending the credit's sentence (the citation, a link or another credit after it), is a
# name's last word and the stop the sentence's (`Translated by Caixia Lu.`, `Wu Li.`, `Kim
# Ok.`, `Jae Ho.`: `CREDIT_NAME_END`, the other credits' too); `Jr.` and `M.` stay the name's.
CREDIT_NAME_END = (r"(?<=[a-z][ \u00a0][A-Z][a-z]\.)(?<=[AEIOUY][a-z]\.|[A-Z][aeiouy]\.)"
             r"\s*(?:$|<|(?:Obtained|Translated|Translation|Copy|Provided|Donated)\b)")
_TRANSLATED = re.compile(r"[Tt]ranslat(?:ed|ion)(?: into English)?(?: for \w+)?"
                         r"(?: from (?:the )?\w+)? by ((?:(?<!\w)[A-Z](?:[a-z]\.(?!"
                         + CREDIT_NAME_END + r")|\.)|[^.;<])+)")


# Where a citation's credit ends and the next begins, after a comma, a semicolon or `and`:
# `obtained and translated by ABC radio, copy provided by Anna Kowalska; translation by
# X`, `Obtained by Chen Jian and translated by 7Brands`. It ends an archival reference too
# (`State Archive of Ruritania, obtained ...`).
NEXT_CREDIT = re.compile(r"(?:[,;]|(?<!\s)\s+and)\s+(?=(?:[Oo]btained|[Tt]ranslat(?:ed|ion)|"
                         r"[Cc]opy provided|[Pp]rovided|[Dd]onated)\b)")
# A translation's revision after the translator's name, no part of it: `translation by X
# slightly revised`.
_REVISED = re.compile(r"(?<!\s)\s+(?:(?:slightly|partly|further)\s+)?revised\s*$")


def translated_by(citation: str) -> str:
    """The translators a citation names, from each of its translation credits (`obtained and
    translated by ABC radio, ...; translation by Piotr Nowak slightly revised`),
    each up to the next credit and without its revision; several are parted by commas."""
    names = []
    for translated in _TRANSLATED.finditer(citation):
        name = NEXT_CREDIT.split(translated.group(1), maxsplit=1)[0]
        names.append(_REVISED.sub("", name).strip())
    return ", ".join(filter(None, names))


# Where an archival reference ends: a full stop before a capital (the next sentence), not
# one of an abbreviation that references use (`Vol. XIV`, `Doc. 32`, `No. 5`, `f. 0102`) or
# of an initial.
_REFERENCE_END = re.compile(
    r"(?<!\bVol)(?<!\bvol)(?<!\bDoc)(?<!\bdoc)(?<!\bNo)(?<!\bno)(?<!\bNr)(?<!\bBd)"
    r"(?<!\bpp)(?<!\bp)(?<!\bf)(?<!\bop)(?<!\bd)(?<!\bll)(?<!\bl)(?<!\bSig)(?<!\bt)"
    r"(?<!\b[A-Z])\.\s+(?=[A-Z<])|\s+<|\.$")


# The pages or leaves a reference ends with: `, 33`, `, pp. 12-15`, and the leaves of Russian
# and Romanian files and English folio references (`ll. 81-83`, `l. 4`, `fl. 1-9`, `ff. 2-5`,
# `fols. 7-9`); `f.` is a fond, not a leaf. A comma between two figures is a thousands
# separator, no page's (`Folder 1,588`).
LEAVES = re.compile(r"(?:ll?|fl|ff|fols?)\.")
_PAGES = re.compile(rf"(?:,(?![0-9])|(?<![0-9]),)\s*"
                    rf"((?:pp?\.|{LEAVES.pattern})?\s*\d+(?:\s*[-\u2013]\s*\d+)?)$")
# A bare number ending a reference that is a year of the archive's holdings, 1900 to 2029, or
# a range of them (`Arhiv Jugoslavije, KPR I-3-a/UAR, 1967`, `, 1967-1969`): the file's year,
# no page; a page that high has its `p.` (`p. 1967`).
_YEARS = re.compile(r"(?:19[0-9]{2}|20[0-2][0-9])(?:\s*[-\u2013]\s*(?:19[0-9]{2}|20[0-2][0-9]))?")


# Two numbers joined by a hyphen that no pages are: the second smaller than the first, or
# written with leading zeros (`Diplomatic Archives, 2013-0032`, a file's number).
_TWO_NUMBERS = re.compile(r"([0-9]+)\s*[-\u2013]\s*([0-9]+)")


def _file_number(pages: str) -> bool:
    """Is `pages`, two bare numbers joined by a hyphen, a file's number (`2013-0032`)?"""
    found = _TWO_NUMBERS.fullmatch(pages)
    return found is not None and (int(found.group(2)) < int(found.group(1)) or
                                  any(n[0] == "0" for n in found.groups()))


# A fonds's code ending a reference: capitals and a number (`SAPMO-BA, DY 30`, `RG 59`), or a
# part of abbreviations in capitals alone, an archive's or a collection's (`AAN, KC PZPR`). A
# bare number after it is the file (`DY 30, 2460`, `KC PZPR, 1829`), not a page.
_FONDS = re.compile(r"(?:^|,\s*)(?:[A-Z]{1,4}\s+[0-9]+|[A-Z]{2,}(?:\s[A-Z]{2,}){0,3})$")


# A publication's imprint: `(Beijing: Zhongyang wenxian chubanshe, 1998)`, `(Moscow: Nauka,
# 2005)`. An archive's reference has none.
_IMPRINT = re.compile(r"\([^():]*:[^()]*[0-9]{4}\)")
# The longest part of a shelf mark between its commas (`Archive of Foreign Policy of the
# Russian Federation (AVPRF)`); a longer run without a comma is a sentence.
_LONGEST_PART = 80


def _short_parts(reference: str) -> bool:
    """Is every comma-separated part of `reference` short, as a shelf mark's are? The whole
    may be long: `Archive of Foreign Policy of the Russian Federation (AVPRF), f. 102, op. 51,
    d. 14, ll. 3-6` and `National Archives, RG 59, Central Foreign Policy Files 1967-69, POL
    33-6 KOR N-US, Box 2263` are references of more than 80 characters."""
    return all(len(part) <= _LONGEST_PART for part in reference.split(","))


def _split_citation(fields: dict[str, str]) -> None:
    """Pull the parts of the citation out: URL, archival reference, pages, translators."""
    citation = fields.get("citation", "")
    if not citation:
        return
    url = _URL.search(citation)
    if url:
        fields.setdefault("url", url.group(1).rstrip(".,"))
    number = re.search(r"/document/([\w-]+)", fields.get("url", ""))
    if number:
        fields.setdefault("document_number", number.group(1))
    archive = re.search(r"(Wilson Center Digital Archive|History and Public Policy Program "
                        r"Digital Archive)", citation)
    # The archival reference follows the archive's name; a page's Source field begins with
    # it (`PRC FMA 204-00007-04, 33. Obtained by Chen Jian and translated by 7Brands.`).
    if archive:
        fields["publisher"] = archive.group(1)
    after = citation[archive.end():].lstrip(", ") if archive else citation
    reference = _REFERENCE_END.split(after, maxsplit=1)[0]
    reference = NEXT_CREDIT.split(reference, maxsplit=1)[0].strip()
    imprint = _IMPRINT.search(reference)
    if not imprint and (re.search("[\"\u201c\u201d]", reference) or not archive and
                        not (_short_parts(reference) and re.search(r"[0-9]", reference))):
        reference = ""   # a publication's quoted title or a sentence, no shelf mark
    pages = _PAGES.search(reference)
    if pages and pages.group(1)[0].isdigit() and (
            _FONDS.search(reference, 0, pages.start()) or _YEARS.fullmatch(pages.group(1))
            or _file_number(pages.group(1))):
        pages = None   # the file after a fonds (`DY 30, 2460`) or its year (`, 1967`), no page
    if pages:
        fields["pages"] = pages.group(1)
        reference = reference[:pages.start()]
    # A publication with its imprint has no shelf mark, but the pages after the imprint are
    # its pages (`Mao Zedong wenji, vol. 7 (Beijing: Renmin chubanshe, 1999), pp. 414-421`).
    if reference and not imprint:
        fields["archival"] = reference.strip()
    translated = translated_by(citation)
    if translated:
        fields["translated_by"] = translated
