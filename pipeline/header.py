"""Build the `teiHeader` from the catalogue fields, the body's field lines and the register."""

from __future__ import annotations

import re
from datetime import date as Date

from lxml import etree

from . import __version__
from .export.text import printed
from .inline import wrap_all
from .markup.dates import numeric_date
from .markup.persons import participant_list
from .markup.places import known_place, site_name
from .names import Names, Person, is_heading, romanization
from .read import (CREDIT_NAME_END, DATE_LINE, LEAVES, MONTH_ABBREVIATIONS, MONTH_NUMBERS,
                   MONTHS, NEXT_CREDIT, Source)
from .segment import COPIES
from .tei import (LANGUAGES, TYPE_SCHEME_ID, UNKNOWN_EDITORS, UNKNOWN_TRANSLATOR, XML_ID,
                  XML_LANG, E, add, tag)

EDITORIAL_POLICY = (
    "Square brackets in the translation mark words the translator supplied (supplied), name "
    "completions and alternative romanizations (supplied inside persName), glosses (gloss) and "
    "the editors' and translator's notes (note); the brackets themselves are not text: a "
    "rendering restores them. Parentheses mark stage directions (stage) and redactions (gap "
    "with the printed marker in desc) and are kept as text. Speaker labels are speaker, the "
    "delimiter after them (colon or period) named by speaker/@rend. A page number printed on "
    "a line of its own is pb (the page that begins) and fw (the number as printed). "
    "Paragraphs split by a page break are joined and the join marked with milestone. Every "
    "source character is kept.",
    "The resp values: #translator for the translator's interventions, #archive for the "
    "archive's redactions, omissions and notes, #converter for decisions made by tei-pipeline.",
)
# A document written in English has no translator: its square brackets are its editors'.
_ENGLISH_ORIGINAL_POLICY = tuple(
    paragraph.replace("in the translation", "in the text")
    .replace("the translator supplied", "the editors supplied")
    .replace("the editors' and translator's notes", "the editors' notes")
    .replace("#translator for the translator's interventions",
             "#translator for the editors' insertions in square brackets")
    for paragraph in EDITORIAL_POLICY)


def english_original(fields: dict[str, str]) -> bool:
    """Was the document written in English (`Original Language: English`), not translated?"""
    originals = _originals(fields)
    return bool(originals) and all(LANGUAGES.get(o.lower()) == "en" for o in originals)


def original_languages(fields: dict[str, str]) -> frozenset[str]:
    """The xml:lang codes of the languages the document was written in, as `_originals`
    reads them (`Original Language: Chinese` -> {"zh"}): those `LANGUAGES` knows."""
    return frozenset(LANGUAGES[o.lower()] for o in _originals(fields) if o.lower() in LANGUAGES)


def _originals(fields: dict[str, str]) -> list[str]:
    """The languages the catalogue says the document was written in, each once; without its
    `Original Language:`, the one the citation says it was translated from."""
    value = (fields.get("language") or "").strip() or _translated_from(fields)
    return list(dict.fromkeys(re.split(r"\s*,\s*|\s+and\s+", value))) if value else []


# The language a citation says the document was translated from, before the translators
# (`Translated from Spanish by Tanya Harmer`, `Translated for CWIHP from the Russian by ...`)
# or after them, ending their names (`Translated by Tanya Harmer from Spanish.`, `... from the
# Spanish original`): only a language `LANGUAGES` knows counts.
_TRANSLATED_FROM = re.compile(r"[Tt]ranslat(?:ed|ion)(?:\s+into\s+English)?(?:\s+for\s+\w+)?"
                              r"\s+from\s+(?:the\s+)?(?P<language>[A-Z][a-z]+(?:-[A-Z][a-z]+)?)\b")
_FROM_LANGUAGE = re.compile(r"\s+from\s+(?:the\s+)?(?P<language>[A-Z][a-z]+(?:-[A-Z][a-z]+)?)"
                            r"(?:\s+original)?\s*$")


def _translated_from(fields: dict[str, str]) -> str:
    """The language, as printed, that the citation says the document was translated from, or
    '' (English is none: a document written in it says so in its `Original Language:`)."""
    for found in (_TRANSLATED_FROM.search(fields.get("citation", "")),
                  _FROM_LANGUAGE.search(fields.get("translated_by", ""))):
        if found and LANGUAGES.get(found.group("language").lower()) not in (None, "en"):
            return found.group("language")
    return ""


def iso_date(text: str | None) -> str | None:
    """`July 11, 1961` -> `1961-07-11`; `Oct. 26, 1962` -> `1962-10-26`; `April 1950` ->
    `1950-04`; None when not a date."""
    if not text:
        return None
    match = DATE_LINE.match(text.strip())
    if not match:
        return None
    groups = match.groupdict()
    year = groups["y1"] or groups["y2"] or groups["y3"] or groups["y4"]
    if not year.isascii() or int(year) == 0:
        return None   # an ISO year is 0001 to 9999 in ASCII digits (`０`, `0000` are not)
    month_name = groups["m1"] or groups["m2"] or groups["m3"]
    day = groups["d1"] or groups["d2"]
    if not month_name:
        return year
    month = MONTH_NUMBERS[month_name.lower()]
    if not day:
        return f"{year}-{month:02d}"
    try:
        return Date(int(year), month, int(day)).isoformat()
    except ValueError:
        return f"{year}-{month:02d}"


def build_header(source: Source, names: Names, div: etree._Element) -> etree._Element:
    """Return the teiHeader of a converted document."""
    fields = source.fields
    title = fields.get("title") or "Untitled document"
    # Each part is made in place with `add`: building parts with `E` and then moving them into
    # their parents costs twice as much, and the output is the same.
    header = E.teiHeader()
    _file_desc(add(header, "fileDesc"), fields, title)
    _encoding_desc(add(header, "encodingDesc"), fields)
    _profile_desc(add(header, "profileDesc"), fields, names, div)
    _revision_desc(header, fields)
    return header


def _file_desc(file_desc: etree._Element, fields: dict[str, str], title: str) -> None:
    title_stmt = add(file_desc, "titleStmt")
    add(title_stmt, "title", title, type="main")
    if fields.get("credits"):
        credits = re.sub(r"^(?:This document was made|Made) possible with support from\s+", "",
                         fields["credits"])
        for funder in _funders(credits):
            add(title_stmt, "funder", funder)
    translators = _translators(fields.get("translated_by", ""))
    if english_original(fields) and not translators:
        # No translation: the id the brackets' resp points to names their editors.
        add(_resp(title_stmt, "translator", "Insertions in square brackets"), "name",
            UNKNOWN_EDITORS)
    else:
        stmt = _resp(title_stmt, "translator", "Translation into English")
        for translator, element in translators:
            add(stmt, element, translator)
        if not translators:
            add(stmt, "name", UNKNOWN_TRANSLATOR)
    add(_resp(title_stmt, "archive", "Redactions, omissions and editorial notes"), "orgName",
        fields.get("publisher") or "Wilson Center Digital Archive")
    add(_resp(title_stmt, "converter", "Markup made automatically"), "name", "tei-pipeline")
    publication = add(file_desc, "publicationStmt")
    add(publication, "publisher", fields.get("publisher") or "Wilson Center Digital Archive")
    if fields.get("url"):
        add(publication, "idno", fields["url"], type="URI")
    if fields.get("document_number") or fields.get("record_id"):
        add(publication, "idno", fields.get("document_number") or fields["record_id"],
            type="document")
    if fields.get("rights"):
        availability = add(publication, "availability")
        for paragraph in fields["rights"].split("\n\n"):
            add(availability, "p", paragraph)
    add(file_desc, "sourceDesc").append(_bibl(fields))


def _resp(parent: etree._Element, ident: str, what: str) -> etree._Element:
    """Append a `respStmt` saying `what`; its agents are appended to it by the caller."""
    stmt = add(parent, "respStmt")
    add(stmt, "resp", what)
    stmt.set(XML_ID, ident)   # one of RESP_IDS, which persons do not take
    return stmt


def _funders(credits: str) -> list[str]:
    """The funders a credits line names, one each, without their article: `the Korea
    Foundation and the MacArthur Foundation`. An `and` or a comma parts two before `the`, or
    between two bodies (`Korea Foundation and MacArthur Foundation`); not inside a body's
    name (`Ministry of Trade and Industry`), nor between persons (`Mr. and Mrs. Smith`)."""
    parts = _listed(credits.strip().rstrip("."), bodies=True)
    return [re.sub(r"^the\s+", "", part.strip()) for part in parts if part.strip()]


# The words that make a name an organisation's: `Fundação Getúlio Vargas (FGV)`, `Korea
# Foundation`, `Institute of Asian Studies`, `National Security Archive`, `Foreign Broadcast
# Information Service`, `Carnegie Corporation of New York`.
_ORGANISATION_WORDS = frozenset((
    "Foundation Fundação Fundación Fondation Stiftung Institute Instituto Institut Center "
    "Centre Centro Zentrum University Universidad Universidade Université Universität Archive "
    "Archives Archivo Arquivo Archiv Project Program Programme Society Association Academy "
    "Agency Ministry Library Corporation Service Office Bureau Department Committee "
    "Commission Council Embassy Fund Trust Endowment Services Inc Ltd LLC GmbH Television "
    "television Radio radio agency").split())
_ORGANISATION = re.compile(r"\b(?:" + "|".join(sorted(_ORGANISATION_WORDS)) + r")\b")
# A firm's or a project's name by its shape, which no person's has: a digit (`7Brands`) or an
# acronym (`CWIHP`, `NKIDP`, `FBIS`, `ABC radio`).
_FIRM = re.compile(r"[0-9]|\b[A-Z]{3,}\b")
_LONGEST_WORD = max(map(len, _ORGANISATION_WORDS)) + 1


# Where a list of names parts: a comma, `and`, or both (`Kalina Bratanova and Jordan Baev`,
# `the Korea Foundation, and the MacArthur Foundation`); kept, to join the parts again.
_LIST_JOIN = re.compile(r"(,?\s+and\s+|,\s*)")


# A body's name that goes on with an `of` or `for` phrase (`Ministry of Trade`, `Foundation for
# Science`): an `and` after it may join two fields of its work, not two names.
_OF_PHRASE = re.compile(_ORGANISATION.pattern + r"\s+(?:of|for|on)\s")


# The fields of a body's work an `and` joins inside its name (`Ministry of Trade and Industry`,
# `Foundation for Science and Culture`, `Ministry of Science, Technology and Higher
# Education`): after it no second name begins.
_FIELDS = frozenset((
    "Science Sciences Technology Technologies Culture Industry Trade Commerce Education Higher "
    "Arts Letters Humanities Research Development Planning Economy Economics Finance Energy "
    "Security Cooperation Communications Telecommunications Information Health Welfare Labor "
    "Labour Agriculture Fisheries Forestry Defense Defence Justice Peace Environment Transport "
    "Tourism Youth Sport Sports Policy Studies History Literature Engineering Medicine Mines "
    "Resources Affairs Reconstruction Unification Broadcasting Social Public Foreign "
    "Technical International Relations Economic Cultural Scientific Political "
    "Strategic").split())


def _listed(value: str, bodies: bool = False) -> list[str]:
    """The names a list gives, each with its words: it parts at each comma and `and`, but not
    inside a body's name (`Ministry of Trade and Industry`, `Foundation for Science and
    Culture`); with `bodies`, a credits line's, only before `the` or between two bodies, each
    with an organisation's word (`Mr. and Mrs. Smith` is one)."""
    pieces = _LIST_JOIN.split(value)   # the names, with the separators between them
    names = [[pieces[0]]]              # each name's pieces and separators, joined at the end
    # Whether the name being read has an organisation's word, and an `of` phrase after it:
    # asked of each piece as it comes, not of the whole name again.
    body, phrase = _ORGANISATION.search(pieces[0]) is not None, \
        _OF_PHRASE.search(pieces[0]) is not None
    for separator, piece in zip(pieces[1::2], pieces[2::2]):
        words = piece.split()
        fields = words[1:] if words[:1] == ["the"] else words
        inside = phrase and fields and all(word in _FIELDS for word in fields)
        other_body = _ORGANISATION.search(piece) is not None
        whole = not bodies or words[:1] == ["the"] or body and other_body
        if inside or not whole:
            names[-1] += (separator, piece)
            body, phrase = body or other_body, phrase or _OF_PHRASE.search(piece) is not None
        else:
            names.append([piece])
            body, phrase = other_body, _OF_PHRASE.search(piece) is not None
    return ["".join(name) for name in names]


# The small words a name of many words holds among its capitalized ones: a person's particles
# (`María José de la Cruz Fernández`) and a body's (`Institute of Asian Studies of the Russian
# Academy of Sciences`).
_NAME_PARTICLES = frozenset(
    "of the for and on in at de da das del della der des di do dos du la le los van von zu y "
    "e al el bin ibn".split())


def _name_shaped(words: list[str]) -> bool:
    """Is each word capitalized (or a figure, or an abbreviation in parentheses) or a name's
    particle? A clause is not (`Gary Goldberg with help from the staff`)."""
    return all(word[:1].isupper() or word[:1].isdigit() or word[:1] == "(" or
               word.split("-")[0] in _NAME_PARTICLES for word in words)


# The most words a translator's name has before it must be name-shaped to count: more may be a
# clause (`Gary Goldberg with help from the staff`).
_SHORT_NAME = 4


def _translators(value: str) -> list[tuple[str, str]]:
    """The translators a citation names, as (name, element): `persName`, or `orgName` for a
    body (a name with an organisation's word, `Fundação Getúlio Vargas (FGV)`, or after `the`,
    `the Israel State Archives`, without it); `name` for a group only described (`the Cuban
    translators' group`), which the citation's bibl cannot hold."""
    found = []
    for part in _listed(_without_whom_for(_without_language(value))):
        words = part.split()
        if words[:1] == ["the"]:
            # A body or a group of people: `the Israel State Archives`, `the staff of the
            # National Security Archive`; `the author` names nobody.
            words = words[1:]
            if not any(word[:1].isupper() for word in words):
                continue
            name = " ".join(words)
            body = _ORGANISATION.search(name) is not None or _name_shaped(words)
            found.append((name, "orgName" if body else "name"))
        elif (part[:1].isupper() or part[:1].isdigit()) and \
                (len(words) <= _SHORT_NAME or _name_shaped(words)):
            # (a firm may begin with a digit: 7Brands)
            name = part.strip()
            body = _ORGANISATION.search(name) or _FIRM.search(name)
            found.append((name, "orgName" if body else "persName"))
    return found


# Whom the translators worked for, after their names: `Gary Goldberg for CWIHP`.
_FOR_WHOM = re.compile(r"\s+for\s")


def _without_whom_for(value: str) -> str:
    """`value` without whom its translators worked for (`Kalina Bratanova and Lyubomir Ivanov
    for CWIHP`), which is no name; a body's own `for` stays (`Foundation for Science and
    Culture for CWIHP`)."""
    for found in _FOR_WHOM.finditer(value):
        # (the word before, looked for among the few characters an organisation's word has)
        before = value[max(0, found.start() - _LONGEST_WORD):found.start()].rsplit(None, 1)
        if not before or before[-1] not in _ORGANISATION_WORDS:
            return value[:found.start()]
    return value


def _without_language(value: str) -> str:
    """`value` without the language after the translators' names (`Tanya Harmer from
    Spanish`), which is no name."""
    found = _FROM_LANGUAGE.search(value)
    return value[:found.start()] if found and found.group("language").lower() in LANGUAGES \
        else value


def _bibl(fields: dict[str, str]) -> etree._Element:
    """The citation as given, with its parts marked where they can be found in it."""
    citation = fields.get("citation")
    if not citation:
        bibl = E.bibl(E.title(fields.get("title", "Untitled document")))
        if fields.get("date"):
            bibl.append(E.date(fields["date"], **_when(fields["date"])))
        return bibl
    bibl = E.bibl()
    url = re.search(r"\s*<(https?://[^>\s]+)>", citation)
    if url and not _usable_url(url.group(1)):
        url = None            # it stays in the citation's text, as printed
    bibl.text = citation[:url.start()] if url else citation
    spans = []
    title = re.match(r"[\"\u201c](.+?),?[\"\u201d]", bibl.text)
    if title:
        spans.append((title.start(1), title.start(1) + len(title.group(1)), E.title()))
    for key, element in (("date", lambda: E.date(**_when(fields.get("date")))),
                         ("publisher", lambda: E.publisher()),
                         ("archival", lambda: E.idno(type="archival"))):
        value = fields.get(key)
        if value and value in bibl.text:
            at = bibl.text.find(value, spans[-1][1] if spans else 0)
            if at >= 0:
                spans.append((at, at + len(value), element()))
    pages = fields.get("pages")
    if pages:
        at = bibl.text.find(pages, spans[-1][1] if spans else 0)
        if at >= 0:
            bounds = [int(n) for n in re.findall(r"\d+", pages)]
            # Leaves of an archival file (`ll. 81-83`) are folios; the rest are pages.
            attrs = {"unit": "folio" if LEAVES.match(pages) else "page"}
            if len(bounds) == 2:
                attrs.update({"from": str(bounds[0]), "to": str(bounds[1])})
            spans.append((at, at + len(pages), E.biblScope(**attrs)))
    text = bibl.text   # (lxml makes a new string at each reading: read once for many names)
    credits = _credits(text, spans[-1][1] if spans else 0)
    for name, element in _translators(fields.get("translated_by", "")):
        at = text.find(name, spans[-1][1] if spans else 0)
        if at >= 0 and element != "name" and \
                not any(start <= at < end for start, end, _, _ in credits):
            spans.append((at, at + len(name), E(element)))
    # Each part is searched for after the one before, so the spans never overlap.
    wrap_all(bibl, spans + [credit[:3] for credit in credits])
    for _, _, stmt, parts in credits:
        wrap_all(stmt, parts)
    if url:
        bibl.append(E.ptr(target=url.group(1)))
    return bibl


# A citation's credit other than a translation alone, who obtained the document or provided
# the copy: `Obtained by Chen Jian`, `Document obtained by Anna Kowalska`, `obtained and
# translated by ABC radio`, `copy provided by the National Security Archive`. The names run to
# the next credit (read's NEXT_CREDIT) or to a comma, a semicolon, a link or a full stop that
# is no initial's (`Obtained by A. B.`; `Obtained by Kim Ok.` ends at its sentence's stop, as
# a translator's name does: read's CREDIT_NAME_END).
_OBTAINED = re.compile(r"\b(?:(?:Document )?[Oo]btained(?: and translated)?|[Cc]opy provided|"
                       r"[Pp]rovided|[Dd]onated) by\s+((?:(?<!\w)[A-Z](?:[a-z]\.(?!"
                       + CREDIT_NAME_END + r")|\.)|[^.;,<])+)")


def _credits(text: str, start: int) -> list[tuple[int, int, etree._Element, list]]:
    """The credits of a citation `text` after `start` that name one agent, each a respStmt:
    (start, end, respStmt, the spans of its resp and its agent inside it). A credit naming
    several is left as text: a respStmt holds no words between its names."""
    found = []
    if "by" not in text:
        return found
    for credit in _OBTAINED.finditer(text, start):
        names = NEXT_CREDIT.split(credit.group(1), maxsplit=1)[0].rstrip()
        agents = _translators(names)
        if len(agents) != 1 or agents[0][0] != names.removeprefix("the ").strip():
            continue   # several, or a group only described (`the author`)
        # (the agent as printed, its article too: a respStmt holds no text of its own)
        at = credit.start(1) - credit.start()
        resp = credit.group()[:at].rstrip()
        found.append((credit.start(), credit.start(1) + len(names), E.respStmt(),
                      [(0, len(resp), E.resp()), (at, at + len(names), E(agents[0][1]))]))
    return found


def _when(text: str | None) -> dict[str, str]:
    value = iso_date(text)
    return {"when": value} if value else {}


def _encoding_desc(encoding: etree._Element, fields: dict[str, str]) -> None:
    application = add(add(encoding, "appInfo"), "application", ident="tei-pipeline",
                      version=__version__)
    add(application, "label", "tei-pipeline")
    policy = add(encoding, "editorialDecl")
    for paragraph in _ENGLISH_ORIGINAL_POLICY if english_original(fields) else EDITORIAL_POLICY:
        add(policy, "p", paragraph)
    if fields.get("type"):   # the scheme of textClass/classCode: the archive's own types
        taxonomy = add(add(encoding, "classDecl"), "taxonomy")
        taxonomy.set(XML_ID, TYPE_SCHEME_ID)
        add(taxonomy, "desc", "The archive's document types, as its catalogue page gives "
                              "them (Type).")


def _profile_desc(profile: etree._Element, fields: dict[str, str], names: Names,
                  div: etree._Element) -> None:
    if fields.get("date"):
        add(add(profile, "creation"), "date", fields["date"], **_when(fields["date"]))
    if fields.get("summary"):
        abstract = add(profile, "abstract")
        for paragraph in fields["summary"].split("\n\n"):
            add(abstract, "p", paragraph)
    div = _covering(div)
    _corresp_desc(profile, div, names)
    usage = add(profile, "langUsage")
    # One language or several (`German, Russian`, `Russian and Chinese`), each once.
    for original in _originals(fields):
        code = LANGUAGES.get(original.lower())
        if code and code != "en":
            add(usage, "language", f"{original} (original)", ident=code)
    add(usage, "language", "English" if english_original(fields) else "English (translation)",
        ident="en")
    present = sorted((p for p in names.persons.values() if p.present), key=lambda p: p.id)
    if present:
        # Persons without a side first, then one nested list per side (`chinese-side`).
        participants = add(add(profile, "particDesc"), "listPerson", type="participants")
        for person in present:
            if not person.side:
                person_element(participants, person)
        for side in sorted({p.side for p in present if p.side}):
            listing = add(participants, "listPerson", type=side)
            for person in present:
                if person.side == side:
                    person_element(listing, person)
    setting = _setting(div, names.document_date, fields.get("title", ""))
    if setting is not None:
        add(profile, "settingDesc").append(setting)
    topics = [line.strip() for line in fields.get("topics", "").split("\n") if line.strip()]
    if fields.get("type") or topics:
        text_class = add(profile, "textClass")
        if fields.get("type"):   # the page's Type: "Meeting Minutes", "Telegram"
            add(text_class, "classCode", fields["type"], scheme=f"#{TYPE_SCHEME_ID}")
        if topics:   # the page's Associated Topics: the archive's subject headings
            keywords = add(text_class, "keywords")
            for topic in dict.fromkeys(topics):
                add(keywords, "term", topic)


def _covering(div: etree._Element) -> etree._Element:
    """The document a page of several is read by (a cover letter and its enclosure): the
    first part that opens or closes as a letter does, else the first; the body itself when
    it is one document."""
    parts = list(div.iterchildren(tag("div")))
    if not parts:
        return div
    return next((part for part in parts if next(part.iterchildren(
        tag("closer"), tag("opener")), None) is not None), parts[0])


# A date's attributes the correspDesc copies from the dateline's: its value, and who gave it
# (`resp="#converter"` for a year inferred, `4.8.61`), as the body's date says.
_DATE_ATTRIBUTES = ("when", "from", "to", "notBefore", "notAfter", "resp")


def _corresp_desc(profile: etree._Element, div: etree._Element, names: Names) -> None:
    """A letter's or cable's sender and addressee (`correspDesc`, which correspondence
    catalogues read): the persons its closer's signature names, with the place and date of
    its dateline, and the persons its opening salutation addresses or the address under the
    signature names (`H.E. Mr. Zulfikar Ali Bhutto,`, the closer's own persName). Nothing when
    the body has no signature or salutation that names a known person."""
    actions = []
    for kind, container, part in (("sent", "closer", "signed"), ("received", "opener", "salute")):
        blocks = [block for holder in div.iterchildren(tag(container))
                  for block in holder.iterchildren(tag(part))]
        if kind == "received":
            blocks += [name for closer in div.iterchildren(tag("closer"))
                       for name in _address_names(closer)]
            blocks += [name for opener in div.iterchildren(tag("opener"))
                       for name in _addressed(opener)]
        ids = dict.fromkeys(name.get("ref", "")[1:] for block in blocks
                            for name in block.iter(tag("persName")))
        persons = [names.persons[i] for i in ids if i in names.persons]
        if not persons:
            continue
        action = E.correspAction(type=kind)
        for person in persons:
            add(action, "persName", person.name, ref=f"#{person.id}")
        if kind == "sent":
            _dateline(action, div)
        actions.append(action)
    if actions:
        add(profile, "correspDesc").extend(actions)


def _address_names(closer: etree._Element) -> list[etree._Element]:
    """The persons the closer's own text names (the address under the signature) above its
    distribution line (`Sent to: Comrades Brezhnev, Suslov.`, `Distribution:`), whose names
    receive copies."""
    names, before = [], closer.text or ""
    for child in closer:
        if child.tag == _PERS_NAME:
            if any(COPIES.match(line) for line in before.split("\n")):
                break
            names.append(child)
        before += "".join(child.itertext()) + (child.tail or "")
    return names


_PERS_NAME = tag("persName")
_SEG = tag("seg")
_HONORIFIC = f"{tag('addName')}[@type='honorific']"
# An addressee's field line in a letter's or cable's opener: `To: Comrade Ion Gheorghe Maurer,
# Comrade Corneliu Mănescu`, `Addressee:`, `Recipients:`, a memorandum's `FOR: The Minister,
# Dr. Dante Caputo`.
_ADDRESSEE_FIELD = re.compile(r"[ \t\u00a0]*(?:To|TO|For|FOR|Addressees?|Recipients?)"
                              r"[ \t\u00a0]*:")


def _addressed(opener: etree._Element) -> list[etree._Element]:
    """The persons named on the addressee's lines of an opener's field lines (`To: Comrade
    Ion Gheorghe Maurer, ...`): a cable names its addressee so, where a letter salutes him.
    A name alone with its honorific on the line under a `To:` line is one too: the line gave
    his post (`To: The Ambassador of NRB` / `Comrade Yancho Georgiev`)."""
    names, line = [], ""
    for field in opener:
        if field.tag != _SEG:
            line = ""
            continue
        above, line = _next_line(line, "", field.text or "")   # the last field's line above
        for child in field:
            if child.tag == _PERS_NAME and (_ADDRESSEE_FIELD.match(line) or _name_under_field(
                    child, line, above)):
                names.append(child)
            above, line = _next_line(above, line, "".join(child.itertext()) + (child.tail or ""))
    return names


def _next_line(above: str, line: str, text: str) -> tuple[str, str]:
    """The line above and the line at the end of `line` followed by `text`."""
    lines = (line + text).rsplit("\n", 2)
    return (above, lines[0]) if len(lines) == 1 else (lines[-2], lines[-1])


def _name_under_field(name: etree._Element, line: str, above: str) -> bool:
    """Is `name` the whole of its line, with its honorific, under an addressee's field line?"""
    return not line.strip() and _ADDRESSEE_FIELD.match(above) is not None and \
        not (name.tail or "").split("\n", 1)[0].strip() and \
        name.find(_HONORIFIC) is not None


def _dateline(action: etree._Element, div: etree._Element) -> None:
    """The place and date of the closer's dateline (`Moscow, 3 June 1961`), else of the
    opener's (`Berlin, 18 January 1961` heading a letter), the first of each."""
    for holder in (*div.iterchildren(tag("closer")), *div.iterchildren(tag("opener"))):
        for dateline in holder.iterchildren(tag("dateline")):
            place = next(dateline.iter(tag("placeName")), None)
            date = next(dateline.iter(tag("date")), None)
            if place is not None:
                add(action, "placeName", "".join(place.itertext()),
                    **{"ref": place.get("ref")} if place.get("ref") else {})
            if date is not None:
                add(action, "date", "".join(date.itertext()),
                    **{key: date.get(key) for key in _DATE_ATTRIBUTES if date.get(key)})
            return


def person_element(parent: etree._Element, person: Person) -> etree._Element:
    """Append a register entry to `parent`: main name, variants (romanization tagged), titles,
    role and side."""
    element = add(parent, "person")
    element.set(XML_ID, person.id)
    if person.role:
        element.set("role", person.role)
    main = add(element, "persName", person.name, type="main")
    if person.lang:
        main.set(XML_LANG, person.lang)
    for variant in person.variants:
        entry = add(element, "persName", variant, type="variant")
        if person.lang and person.lang != "en":
            entry.set(XML_LANG, person.variant_langs.get(variant) or
                      _variant_lang(variant, person.lang))
    occupation = person.occupation or (person.titles[0] if person.titles else None)
    if occupation:
        add(element, "occupation", occupation)
    return element


def _variant_lang(variant: str, lang: str) -> str:
    """A variant's own romanization where the body's recogniser tells one of the same language
    (`Chou En-lai`, Wade-Giles, of pinyin `Zhou Enlai`), else the main name's (`Zhou`)."""
    own = romanization(variant)
    return own if own and own.split("-")[0] == lang.split("-")[0] else lang


def mentioned(names: Names) -> etree._Element | None:
    """The `standOff`: persons mentioned but not present, then every place and organisation."""
    absent = sorted((p for p in names.persons.values() if not p.present), key=lambda p: p.id)
    if not (absent or names.places or names.orgs):
        return None
    standoff = E.standOff()
    if absent:
        listing = add(standoff, "listPerson", type="mentioned")
        for person in absent:
            person_element(listing, person)
    for kind, entities in (("place", names.places), ("org", names.orgs)):
        if entities:
            listing = add(standoff, f"list{kind.capitalize()}")
            for entity in sorted(entities.values(), key=lambda e: e.id):
                entity_element(listing, kind, entity)
    return standoff


def entity_element(parent: etree._Element, kind: str, entity) -> etree._Element:
    """Append a `place` or `org` entry to `parent`: canonical name, the variants written,
    external ids if known."""
    name = f"{kind}Name"
    element = add(parent, kind)
    if entity.generic:
        element.set("type", "generic")    # the document's own body (docs/entities.md)
    add(element, name, entity.name, type="main")
    for variant in entity.variants:
        add(element, name, variant, type="variant")
    for kind_, value in sorted(entity.idnos.items()):
        add(element, "idno", value, type=kind_)
    element.set(XML_ID, entity.id)
    return element


def _usable_url(url: str) -> bool:
    """Can `url` be a ptr/@target, an xs:anyURI to libxml2? Not with a `%` that does not
    begin an escape (`%2`), a bracket, or a second `#`."""
    return not re.search(r"%(?![0-9A-Fa-f]{2})|[\[\]]", url) and url.count("#") <= 1


# A time on the 12-hour clock: 1 to 12, minutes 00 to 59 or none (`6 PM`, `6 p.m.`), in
# ASCII digits (`11:75 a.m.` and `１１:４０` are not times an xs:time can hold); the half of
# the day a word of its own (`6 amendments` is no time).
_TIME = re.compile(r"(?<![0-9])(1[0-2]|0?[1-9])(?:[:.]([0-5][0-9]))?\s*+([ap])\.?\s?m(?![a-z])\.?",
                   re.IGNORECASE)


# A range whose first time may lack its minutes and its half of the day, which it then
# shares with the second: `1 to 1:50 PM`, `10-11:30 a.m.`, `11:40 a.m.- 1:20 p.m.`. The
# spaces are read once (possessive): after a figure, a long run of them was split between
# the two `\s*` every way (`Time: 11`, ten thousand spaces and a word took seconds).
_TIME_RANGE = re.compile(
    r"(?<![0-9])(1[0-2]|0?[1-9])(?:[:.]([0-5][0-9]))?\s*+(?:([ap])\.?\s?m\.?)?\s*+"
    r"(?:to|until|till|-|\u2013|\u2014)\s*+(1[0-2]|0?[1-9])[:.]([0-5][0-9])\s*+([ap])\.?\s?m\.?",
    re.IGNORECASE)


# What joins the two times of a range that may run past midnight (`23:00-01:30`).
_TIME_JOIN = re.compile(r"\s*(?:to|until|till|-|\u2013|\u2014)\s*", re.IGNORECASE)


# A time on the 24-hour clock, in ASCII digits: `15:30`, `9.00`, or the hour alone before
# `hours` (`18 hours`, `18 hrs.`, `18 h`, as Soviet and East European records write it); not
# part of a date in figures (`17.07` of `17.07.1971`).
_TIME_24 = re.compile(r"(?<![0-9.:])([01]?[0-9]|2[0-3])(?:[:.]([0-5][0-9])(?![0-9]|\.[0-9])"
                      r"|[ \u00a0]?(?:hours|hrs|h)(?![a-z])\.?)")


# A setting's field line: `Time: 11 July 1961, 11:40`, `PLACE: Great Hall of the People`,
# or the three on one line, as US memoranda give them (`DATE, TIME AND PLACE: October 11,
# 1986, 10:40 a.m. - 12:30 p.m., Hofdi House, Reykjavik`). The value is the rest of its line:
# the next line is a field of its own (`Place: Sofia` / `Date: 6 March 1968`).
_FIELD = re.compile(r"[ \t]*(Time|Date and time|Date,? time,? and place|Date and place|"
                    r"Time and place|Date|Location|Place|Venue)[ \t]*:[ \t]*(.*)", re.IGNORECASE)


# A dateline among the setting's lines: a place and a comma before the date (`Beijing, 20
# October 1969`), as segment.py's closer reads one.
_PLACE_BEFORE_DATE = re.compile(r"[ \t]*([A-Z][\w .'\u2019-]{1,30}),[ \t]*(.*)")


# The words before a dateline's comma that are its date's, never its place: a month and its
# day (`October 26` of `October 26, 1962`, `Oct. 26`, `Oct 26`) or a weekday (`Thursday, 26
# October 1962`).
_DATE_BEFORE_COMMA = re.compile(
    rf"(?P<month>(?:{'|'.join(MONTHS)}|(?:{'|'.join(MONTH_ABBREVIATIONS)})\.?)"
    r"[ \u00a0]+[0-9]{1,2}(?:st|nd|rd|th)?)"
    r"|monday|tuesday|wednesday|thursday|friday|saturday|sunday", re.IGNORECASE)


# A time of day after a date, with or without a comma (`17 July 1971 11:30`, `July 17, 1971
# 3:30 p.m.`, `17.07.1971, 11:30`, `July 27, 1963 6 PM`): where the date's words end. Tried
# only where a run of spaces begins: from inside one, each try read the rest of it again.
_TIME_AFTER_DATE = re.compile(r"(?<![ \t\u00a0]),?(?<![ \t\u00a0])[ \t\u00a0]++"
                              r"[0-9]{1,2}(?:[:.][0-9]{2}(?![0-9])|[ \u00a0]?(?:[ap]\.?[ \u00a0]?m"
                              r"|hours|hrs|h)(?![a-z]))", re.IGNORECASE)


# A time of day before a date, no comma between (`11:30 17 July 1971`): the date's words begin
# after it.
_TIME_BEFORE_DATE = re.compile(r"[ \t\u00a0]*+[0-9]{1,2}[:.][0-9]{2}(?:[ \u00a0]?(?:[ap]\.?"
                               r"[ \u00a0]?m\.?|hours|hrs\.?|h\.?)(?![a-z]))?[ \t\u00a0]++",
                               re.IGNORECASE)


# The paragraphs at the head of the body that the setting's fields are looked for in; a run of
# field paragraphs that begins among them is read to its end (a memorandum's letterhead and
# participants' list put `DATE AND TIME:` eighth and `PLACE:` ninth).
_HEAD = 8


def _setting(div: etree._Element, document_date: str | None,
             title: str) -> etree._Element | None:
    """Time and place lines at the head of the body become the setting: each part as the
    source words it, its normalized value in the attributes. A paragraph may hold several,
    a line each, and a dateline (`Beijing, 20 October 1969`) whose place and date count
    when no field gives them; the catalogue's `title` may say the meeting's day."""
    place = date = time = None
    dated = None   # the dateline's (place, date, time)
    opening = None   # the body's first line's place and date, when no field gives the setting
    fielded = False   # a field line among the head's
    head = _HEAD
    listing = False   # in a participant list below its heading
    for at, p in enumerate(_head_paragraphs(div)):
        if at == head:
            break
        text = _without_notes(p)
        lines = text.strip().split("\n")
        fields = [_FIELD.fullmatch(line) for line in lines]
        if not any(fields) and at == 0 and len(lines) == 1 and _opens_body(p):
            # The body's first line a place, a date and a time (`Addis Ababa, 14 March 1977,
            # 4:30 p.m.`): where and when the meeting was, as `Location:` and `Time:` say.
            line = _dateline_of(lines[0], document_date)
            if line and line[0] and line[2]:
                dated = line
                continue
            # Without the time, a gazetteer place and a date (`Ulaanbaatar, 12 January 1963`)
            # or a town and a building (`Moscow, Kremlin`), if no field says otherwise.
            opening = line if line and line[0] and known_place(line[0]) else \
                _town_and_site(lines[0])
            if opening:
                continue
        if not any(fields):
            # The paragraphs of a participant list below its heading, a block each side, do
            # not count among the head's (`PARTICIPANTS:` / `U.S.` ... / `USSR` ...).
            was_listing, listing = listing, participant_list(text, listing)
            if listing and was_listing:
                head += 1
            continue
        listing = False
        fielded = True
        head = max(head, at + 2)   # the fields' run goes on past the head
        for index, field in enumerate(fields):
            if not field:
                dated = dated or _dateline_of(lines[index], document_date)
                continue
            name, value = field.group(1).lower(), field.group(2).strip()
            if not value and index + 1 < len(lines) and not fields[index + 1]:
                value = lines[index + 1].strip()   # `Place:` / `Sofia`
            if not value:
                continue
            run_on = _run_on(field.group(1), lines, fields, index)
            receipt = _RECEIPT.search(value) if "(" in value else None
            if receipt:   # `10:52 a.m. (received 24 October, 1:05 a.m. Tokyo time)`
                value = value[:receipt.start()]
            if name in ("location", "place", "venue"):
                place = _printed_value(p, index, value) if len(p) else value
                place = f"{place}, {run_on}" if run_on else place
                continue
            value = f"{value}, {run_on}" if run_on else value
            found = _date_in(value, document_date)
            start, end = found[0] if found else (len(value), len(value))
            across = _across_days(value, start, end, found[1], document_date) if found else None
            if across:   # `19 October 1956, 11:00 a.m. - 20 October 1956, 3:00 a.m.`
                date, end = across
            # A date whose century the converter inferred (`17.07.71`) stays out: the header's
            # date cannot say so (it takes no resp), the body's does.
            elif found and "resp" not in found[1]:
                date = value[start:end], found[1]
            # The time is sought outside the date's words (`17.07` of `17.07.1971` is none);
            # a meeting's over two days are its date's.
            found_time = None if across else _time_of(value[:start]) or _time_of(value[end:])
            if found_time is not None:
                found_time = _with_zone(value, found_time)
            time = found_time or time
            if name.endswith("place"):   # `DATE, TIME AND PLACE:`
                place = _place_after(value, end if found else 0, found_time) or place
    if opening and not fielded and not _other_day(title, opening[1]):
        dated = opening
    if dated:
        place = place or dated[0]
        date = date or dated[1]
        time = time or dated[2]
    if place is None and date is None and time is None:
        return None
    setting = E.setting()
    if place:
        setting.append(E.placeName(place))
    if date:
        setting.append(E.date(date[0], **date[1]))
    if time and not (date and "from" in date[1]):   # a time is no day's of two
        setting.append(E.time(time[0], **time[1]))
    return setting


# A US memorandum's field value going on on the next line, its field's name in capitals: the
# place's building or town (`PLACE: The Map Room` / `The White House`), up to six capitalized
# and linking words, no figures nor a heading (`PARTICIPANTS`); the meeting's time under its
# date (`DATE AND TIME: Friday, October 26, 1973` / `10:10 a.m. - 11:05 a.m.`, `_run_on`).
_PLACE_RUN_ON = re.compile(r"[ \t]*(?:The[ \u00a0])?[A-Z][\w'\u2019.\-]*"
                           r"(?:[ \u00a0](?:of|the|and|[A-Z][\w'\u2019.\-]*)){0,5}[ \t]*")


def _run_on(name: str, lines: list[str], fields: list, index: int) -> str | None:
    """The next line of a field line in capitals (`name`, as printed) when it goes on the
    field's value, no field of its own: a place's building or town under a place, a time
    alone under a date (`_PLACE_RUN_ON`); else None. Read as a field's end, the line left
    the setting without its time."""
    if not name.isupper() or index + 1 >= len(lines) or fields[index + 1]:
        return None
    line = lines[index + 1].strip()
    if name.lower() in ("location", "place", "venue"):
        return line if _PLACE_RUN_ON.fullmatch(line) and not is_heading(line) and \
            _dateline_of(line, None) is None else None
    time = _time_of(line) if any(c.isdigit() for c in line) else None
    return line if time is not None and not line.replace(time[0], "").strip(" ,;") else None


def _without_notes(p: etree._Element) -> str:
    """The text of `p` without its inline notes and a date's gloss: the editors' word on a
    field (`6 December 1979 [sic: the date line gives 13 December 1978], 3:00 PM`) and the
    translator's other calendar (`12 January 1979 [22 Dey 1357]`) are none of its value, and
    stopped the field's date."""
    if p.find(_NOTE) is None and p.find(_SUPPLIED) is None:
        return "".join(p.itertext())
    parts = [p.text or ""]
    for child in p:
        previous = child.getprevious()
        if child.tag != _NOTE and not (
                child.tag == _SUPPLIED and child.get("reason") == "clarification" and
                previous is not None and previous.tag == _DATE and
                not (previous.tail or "").strip()):
            parts.append("".join(child.itertext()))
        parts.append(child.tail or "")
    return "".join(parts)


_NOTE, _SUPPLIED, _DATE = tag("note"), tag("supplied"), tag("date")
# A cable's time of receipt in parentheses after its time of sending (`(received 24
# October, 1:05 a.m. Tokyo time)`, `(rec'd ...)`): the receiving end's, no part of the setting.
_RECEIPT = re.compile(r"[ \t\u00a0]*\((?:received|receipt|rec'd|arrived|delivered)\b",
                      re.IGNORECASE)


def _printed_value(p: etree._Element, index: int, value: str) -> str:
    """`value`, the field's on line `index` of `p` (or the next line's), as printed, with
    the brackets in it (`Place: Manyongdae [Mangyongdae] guest house, Pyongyang`: the
    translator's reading is the place's words, and without its brackets the two readings
    ran together)."""
    lines = printed(p).strip().split("\n")
    field = _FIELD.fullmatch(lines[index])
    if field is None:
        return value
    return field.group(2).strip() or lines[index + 1].strip()


_Part = tuple[str, dict[str, str]]   # a setting's part: the source's words, the attributes


# A time zone right after a time (`10:03 - 10:40 a.m. EDT`, `3 p.m. (Moscow time)`, `11:00
# local time`, `GMT`): the time's words, none of the place's after it.
_TIME_ZONE = re.compile(r"[ \u00a0]*+(?:\(?(?:[ECMP][SD]T|GMT|UTC|CET|MSK|BST)\)?(?![\w])|"
                        r"\(?(?:[A-Z][a-z]++|local)[ \u00a0]time\)?(?![\w]))")


def _with_zone(value: str, time: _Part) -> _Part:
    """`time` found in `value` with the time zone printed after it, if any: `10:03 - 10:40
    a.m. EDT` of `DATE, TIME AND PLACE: May 6, 1990, 10:03 - 10:40 a.m. EDT, Oval Office`,
    whose place is then `Oval Office`, not `EDT, Oval Office`."""
    at = value.find(time[0])
    zone = _TIME_ZONE.match(value, at + len(time[0])) if at >= 0 else None
    return (value[at:zone.end()], time[1]) if zone else time


def _place_after(value: str, date_end: int, time: _Part | None) -> str | None:
    """The place of a field that gives the date, the time and the place on one line: its
    words after the date (ending at `date_end`) and the time, their commas left out (`Hofdi
    House, Reykjavik` of `October 11, 1986, 10:40 a.m. - 12:30 p.m., Hofdi House,
    Reykjavik`); None when nothing follows them."""
    end = date_end
    if time is not None:
        at = value.find(time[0])
        if at >= 0:
            end = max(end, at + len(time[0]))
    return value[end:].strip(" ,;\t\u00a0") or None


# A day written out in a catalogue title (`Record of a meeting on February 13, 1984 between
# ...`, `... of 13 February 1984`).
_TITLE_DAY = re.compile(rf"\b(?:[0-9]{{1,2}}[ \u00a0](?:{'|'.join(MONTHS)})[ \u00a0][0-9]{{4}}|"
                        rf"(?:{'|'.join(MONTHS)})[ \u00a0][0-9]{{1,2}},?[ \u00a0][0-9]{{4}})\b")


def _other_day(title: str, date: _Part | None) -> bool:
    """Does the catalogue's title name a day other than the body's first line's `date`? The
    meeting was then on the title's day, and the line is the record's, written after it
    (`Berlin, 14 Feb 1984` heads the record of a meeting on February 13, 1984 in Moscow)."""
    return date is not None and any(iso_date(day[0]) != date[1].get("when")
                                    for day in _TITLE_DAY.finditer(title))


def _town_and_site(line: str) -> tuple[str, None, None] | None:
    """A line of a town the gazetteer knows and a building the documents meet in, a comma
    between, in either order (`Moscow, Kremlin`, `Beijing, Great Hall of the People`): the
    setting's place, the line's words; None for any other line."""
    parts = line.split(",")
    if len(parts) != 2:
        return None
    first, second = parts[0].strip(), parts[1].strip()
    if known_place(first) and site_name(second) or known_place(second) and site_name(first):
        return line.strip(), None, None
    return None


def _opens_body(p: etree._Element) -> bool:
    """Does nothing but the headings stand before `p` in its division?"""
    return all(before.tag == tag("head") for before in p.itersiblings(preceding=True))


def _head_paragraphs(div: etree._Element) -> list[etree._Element]:
    """The body's paragraphs and its opener's field lines, in order: a letter's or cable's
    field lines (`Date: 17.07.1971, 11:30`) are in its opener."""
    found = []
    for child in div.iterchildren(tag("p"), tag("opener")):
        found.extend(child.iterchildren(tag("seg")) if child.tag == tag("opener") else [child])
    return found


def _dateline_of(line: str, document_date: str | None
                 ) -> tuple[str | None, _Part, _Part | None] | None:
    """The place, date and time of a dateline (`Beijing, 20 October 1969`, `20 October 1969`,
    `October 26, 1962`, `Beijing, 17 July 1971 11:30`), a date with its day and maybe a time
    after it; None for any other line."""
    before = _PLACE_BEFORE_DATE.fullmatch(line)
    place, value = (before.group(1).strip(), before.group(2)) if before else (None, line)
    words = _DATE_BEFORE_COMMA.fullmatch(place) if place else None
    if words:   # no place: the date begins the line (`October 26, 1962`) or after its weekday
        place, value = None, line if words["month"] else value
    value = value.strip()
    date = _day_of(value, document_date)
    if date:
        return place, date, None
    after = _TIME_AFTER_DATE.search(value)
    if after is None:
        return None
    date, time = _day_of(value[:after.start()], document_date), _time_of(value[after.start():])
    if date is None or time is None or value[after.start():].lstrip(", \t\u00a0") != time[0]:
        return None   # what follows the date is more than its time
    return place, date, time


def _day_of(value: str, document_date: str | None) -> _Part | None:
    """`value` as a date with its day (`20 October 1969`, `Oct. 20, 1969`, `20.10.1969`), else
    None."""
    when = iso_date(value)
    if when and len(when) == 10:
        return value, {"when": when}
    figures = numeric_date(value, document_date)
    if figures and figures[:2] == (0, len(value)) and "resp" not in figures[2]:
        return value, figures[2]
    return None


_DATE_PARTS = 3


def _date_in(value: str, document_date: str | None
             ) -> tuple[tuple[int, int], dict[str, str]] | None:
    """The date of a Time line, as (where it is in `value`, attributes): the longest run of its
    comma-separated parts that is a date, the first of them if several (`September 29, 1962`
    of `Saturday, September 29, 1962, 1 to 1:50 PM`; `8 October 1964` of `3:00 p.m. to 5:30
    p.m., 8 October 1964`); else the first date in figures, as the dates pass reads them
    (`17.07.1971`, `17.VII.1971`; a two-digit year's century is the converter's inference,
    said with resp: `17.07.71`)."""
    parts = value.split(",")
    offsets = [0]                      # where each part begins in `value`
    for part in parts:
        offsets.append(offsets[-1] + len(part) + 1)
    # A date spans at most three parts (`Saturday, September 29, 1962`): longer runs are never
    # one, and trying every run of a line of many commas took cubic time.
    for count in range(min(len(parts), _DATE_PARTS), 0, -1):
        for first in range(len(parts) - count + 1):
            run = ",".join(parts[first:first + count])
            when = iso_date(run)
            time = None if when else \
                _TIME_AFTER_DATE.search(run, len(run) - len(parts[first + count - 1]))
            if time:   # the run's last part goes on with a time (`17 July 1971 11:30`)
                run = run[:time.start()]
                when = iso_date(run)
            lead = None if when else _TIME_BEFORE_DATE.match(run)
            if lead:   # its first part begins with one (`11:30 17 July 1971`)
                run = run[lead.end():]
                when = iso_date(run)
            if when:
                start = offsets[first] + (lead.end() if lead else 0) + len(run) - len(run.lstrip())
                return (start, start + len(run.strip())), {"when": when}
    figures = numeric_date(value, document_date)
    return (figures[:2], figures[2]) if figures else None


def _time_of(value: str) -> tuple[str, dict[str, str]] | None:
    """The time or time range of a Time line, as (words, attributes)."""
    span = _TIME_RANGE.search(value)
    if span:
        hour, minute, half, end_hour, end_minute, end_half = span.groups()
        end = _clock(end_hour, end_minute, end_half)
        start = _clock(hour, minute or "00", half or end_half)
        if half is None and start > end:   # `11 to 1:50 PM`: the morning
            start = _clock(hour, minute or "00", "a")
        return span.group(0), {"from": start, "to": end}
    # With no a.m. or p.m. anywhere, the 24-hour clock (`15:30-17:00`, `10:00`).
    twelve = re.search(r"[0-9]\s*[ap]\.?\s?m\b", value, re.IGNORECASE) is not None
    found = list((_TIME if twelve else _TIME_24).finditer(value))
    clock = _clock_of if twelve else _clock_24
    if len(found) >= 2:   # two times, however joined: from the first to the second
        start, end = clock(found[0]), clock(found[1])
        if start <= end or _TIME_JOIN.fullmatch(value, found[0].end(), found[1].start()):
            return value[found[0].start():found[1].end()], {"from": start, "to": end}
        found = found[1:]   # the first is no time (`17.07, 11:30`: a day and month)
    if found:
        return found[0].group(0), {"when": clock(found[0])}
    return None


# What joins a meeting's first day and time to its last day (`19 October 1956, 11:00 a.m. - 20
# October 1956, 3:00 a.m.`, `... to 21 August 1968`), and the spaces after it, read once.
_TO_DAY = re.compile(r"(?:-|\u2013|\u2014|\bto\b|\buntil\b|\btill\b)[ \t\u00a0]*+", re.IGNORECASE)


def _across_days(value: str, start: int, end: int, first: dict[str, str],
                 document_date: str | None) -> tuple[_Part, int] | None:
    """The setting's date of a field that runs from one day, maybe with its time, to a later
    day (the date `first` found from `start` to `end` in `value`), as (its words and @from
    and @to, where its words end): a date and time each end when both days give one
    (`1956-10-19T11:00:00`), else the two days; None for a field of one day. The times are
    the days', never one day's range (the end time was the first day's)."""
    join = _TO_DAY.search(value, end)
    if join is None or len(first.get("when", "")) != 10 or "resp" in first:
        return None
    between = value[end:join.start()].strip(" ,\t\u00a0")
    start_time = _time_of(between) if between else None
    if between and (start_time is None or start_time[0] != between or "when" not in start_time[1]):
        return None   # more than the first day's time before the join
    rest = value[join.end():]
    second = _date_in(rest, document_date)
    if second is None or second[0][0] != 0 or "resp" in second[1] or \
            len(second[1].get("when", "")) != 10 or second[1]["when"] <= first["when"]:
        return None
    last = join.end() + second[0][1]
    tail = value[last:]
    end_time = _time_of(tail)
    words = tail.lstrip(", \t\u00a0")
    if end_time and words.startswith(end_time[0]) and "when" in end_time[1] and start_time:
        last += len(tail) - len(words) + len(end_time[0])
        return (value[start:last], {"from": f"{first['when']}T{start_time[1]['when']}",
                                    "to": f"{second[1]['when']}T{end_time[1]['when']}"}), last
    return (value[start:last], {"from": first["when"], "to": second[1]["when"]}), last


def _clock(hour: str, minute: str, half: str) -> str:
    value = int(hour) % 12 + (12 if half.lower() == "p" else 0)
    return f"{value:02d}:{minute}:00"


def _clock_of(time: re.Match) -> str:
    """The xs:time of a `_TIME` match (`1:50 PM` -> 13:50:00, `6 PM` -> 18:00:00)."""
    hour, minute, half = time.groups()
    return _clock(hour, minute or "00", half)


def _clock_24(time: re.Match) -> str:
    """The xs:time of a `_TIME_24` match (`9.00` -> 09:00:00, `18 hours` -> 18:00:00)."""
    return f"{int(time[1]):02d}:{time[2] or '00'}:00"


def _revision_desc(header: etree._Element, fields: dict[str, str]) -> None:
    status = fields.get("status")
    if status:
        add(add(header, "revisionDesc", status="draft"), "change",
            f"Source marked \u201c({status})\u201d.")
    else:
        add(add(header, "revisionDesc"), "change", "Converted by tei-pipeline.")
