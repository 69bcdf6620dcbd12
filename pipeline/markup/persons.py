"""Persons: mark every mention as `persName` with `@ref`, titles as `roleName`, honorifics as
`addName`, and give every turn its `@who`.

Two walks over the body: the first collects full names (participant lines, bracket
completions, names whose shape is unmistakable) so that the second can resolve short forms
(`Premier Zhou`, `Kim`) to the full name the document introduced.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache
from itertools import islice

from lxml import etree

from .. import names as N
from ..inline import OBJECT, level, level_with, searchable, wrap, wrap_all
from ..tei import local, new, tag
from .brackets import NAME_WITHHELD
from .places import (GAZETTEER, ORG_ABBREVIATIONS, known_place, other_name, park_name,
                     respaced_name, text_before)

# Elements whose text can hold a name, and elements never looked into.
_SKIP = frozenset({"persName", "desc", "gap", "pc", "ref", "label", "placeName", "orgName",
                   "date", "measure", "num", "roleName", "addName"})
# Where a full name could be: a child element (a bracket completing a name, an OBJECT in the
# level string), or a word with a capital in it, then spaces, then a capital or a bracket
# (two capitalized words in a row, initials and a name). Each word with a capital is read
# once, from its first capital to its end, with what follows it when that completes a hint:
# read from each of its capitals, a 240 KB `Kim-Il-Sung-...` was read again from every one,
# and a pattern beginning with a look-behind is tried at every character of the text. One
# match from the text's start: the words with a capital that no hint follows and what stands
# between them, taken and never given back, then a word that a hint follows (a match object
# for each capitalized word, as `finditer` made, cost more than the reading).
_NAME_CHAR = "[\\w'\u2019\\-]"
_HINT = "\\.?[ \u00a0]+[A-Z\\[]"
_FULL_NAME_HINT = re.compile(f"(?:[A-Z]{_NAME_CHAR}*+(?!{_HINT})|[^A-Z]++)*+"
                             f"[A-Z]{_NAME_CHAR}*+{_HINT}")
# What a name word or a bracket in the text begins with: a text without any has no mention.
_WORD_LEAD = re.compile(f"[\\[{N.CAPITALS}]")
# A participant line's heading, to its colon; its first word may be an abbreviation with its
# stops (`U.S. delegation:`), begin with an accented capital (`ČSSR:`), or be two joined by
# a hyphen (`Note-taker:`); a word after it may be quoted (`Present from the "Solidarity"
# side:`) or in parentheses, a side's (`Attendees (North):`); `are` or `were` may end it
# (`Taking part were:`).
_PARTICIPANT_LINE = re.compile(
    rf"\s*(?P<head>(?:[{N.CAPITALS}][\w'\u2019]*(?:-[\w'\u2019]+)?|[A-Z](?:\.[A-Z])+\.)"
    r"(?:[ \u00a0](?:[\w'\u2019\[\]\"\u201c\u201d]+|\([\w'\u2019]+\))){0,12}?)"
    r"(?:[ \u00a0]+(?:are|were))?:", re.UNICODE)
# A participant line headed without a colon: `Attended by Comrades Aliev G.A., Vorotnikov V.I.,
# ...`, `Also attended by: ...` (a name after it, in capitals, or nothing), and the recorder's
# sentence after the turns, maybe in parentheses (`(The conversation was attended by P.V.
# Narasimha Rao, E.A. Shevardnadze and A.F. Dobrynin.)`, `The talks were also attended by`);
# and the interpreter's line under a record's heading (`Interpreted by Mun Il [Mun Il]`), and
# an interview's (`Interview conducted by Anna-Mart van Wyk, Pretoria, ...`).
_ATTENDED_BY = re.compile(r"[ \t\u00a0]*[(\[]?(?P<head>(?:Also[ \u00a0]+)?[Aa]ttended[ \u00a0]+by|"
                          r"Interpreted[ \u00a0]+by|"
                          r"(?:Interview[ \u00a0]+)?[Cc]onducted[ \u00a0]+by|"
                          r"The[ \u00a0]+(?:conversation|talks?|meeting)[ \u00a0]+(?:was|were)"
                          r"[ \u00a0]+(?:also[ \u00a0]+)?attended[ \u00a0]+by)"
                          r"[ \t\u00a0]*:?(?=[ \u00a0]*(?:[A-Z]|$))")
# A participant heading alone on its line without a colon, a list of lines below it (`PRESENT`
# / `BELGIUM: Mr. P.-H. Spaak`, `Participants`, `Delegations`, `In attendance`).
HEADING_WITHOUT_COLON = re.compile(r"[ \t\u00a0]*(?P<head>(?i:(?:in[ \u00a0]+)?attendance|present|"
                                   r"participants|delegations))[ \t\u00a0]*(?=\n|\Z)")
_SUPPLIED, _SPEAKER, _PERSNAME, _NOTE = (tag("supplied"), tag("speaker"), tag("persName"),
                                         tag("note"))
# The labels of an interview's turns, a question's and an answer's, maybe with a period (`Q.:`,
# `A.:`): no person's.
INTERVIEW_LABELS = ("Q", "A", "Q.", "A.")
# Roles that label turns, in lower case: who asks or answers in an interview or at a press
# conference, a witness heard, the whole room (`Interviewer:`, `Reporter:`, `Everyone:`), and
# an interview's `Question:` and `Answer:` in full, a parliament's `Speaker:` (a title before
# a name, `Speaker O'Neill`, no person `#speaker`). They name no one: turns of no person, as
# `Q:` and `A:` are (an answer too, though the document may say who gives it).
ROLE_LABELS = frozenset({"interviewer", "interviewee", "respondent", "reporter", "reporters",
                         "correspondent", "journalist", "witness", "everyone", "everybody",
                         "question", "answer", "speaker"})
# A side's label, a delegation's turns: a people or a state, as a side's participant line names
# one (`_SIDES`), and `side`, maybe after `The` (`SOVIET SIDE:`, `U.S. SIDE:`, `The Chinese
# side:`, `THE KOREAN SIDE:`). It names no one: turns of no person, as a role's are.
_SIDE_LABEL = re.compile(r"(?:(?:THE|The)[ \u00a0]+)?(?P<side>[^\W\d_][\w.'\u2019\-]*+"
                         r"(?:[ \u00a0]+[^\W\d_][\w.'\u2019\-]*+)?)[ \u00a0]+(?:SIDE|[Ss]ide)")


def side_label(label: str) -> bool:
    """Is `label` a side's (`SOVIET SIDE`, `The Chinese side`), no person's?"""
    if not label.endswith(("SIDE", "Side", "side")):
        return False   # most labels: one test
    match = _SIDE_LABEL.fullmatch(label)
    return match is not None and N.key(match.group("side")) in _SIDES


# The chair's titles, the one list of them: the lines naming the chair (`Chairman: Walter
# Ulbricht`, `Chair: Comrade G. Husák`, read by segment), the posts they give, the labels and
# `The CHAIRMAN` in prose.
CHAIR_TITLES = ("Chairman", "Chairwoman", "Chairperson", "Chair")
# The chair's label (`Chairman:`): the person the document names chairing (segment reads
# `Chairman: Walter Ulbricht`, `Chaired by ...` as that post), else a role's, no one's.
CHAIR_LABELS = frozenset(title.lower() for title in CHAIR_TITLES)
# Children read as parts of names: a supplied bracket, a word marked [sic] (`Tran Hmu Dyk [sic]`
# is one name, its last word as printed).
_SIC = tag("sic")
_NAME_PARTS = frozenset({_SUPPLIED, _SIC})
# The peoples whose name may head a side's participants (`Cambodian participants`, `East
# German delegation`): the nationalities names.py reads in labels, its IRREGULAR_PEOPLES, and
# those of the other states of the records.
_PEOPLES = N.NATIONALITIES | N.IRREGULAR_PEOPLES | {
    "Cambodian", "Kampuchean", "Khmer", "Lao", "Thai", "Burmese", "Malaysian", "Ceylonese",
    "Nepalese", "Pakistani", "Bangladeshi", "Iranian", "Iraqi", "Syrian", "Egyptian",
    "Algerian", "Libyan", "Yemeni", "Palestinian", "Israeli", "Turkish", "Ethiopian", "Angolan",
    "Guinean", "Ghanaian", "Malian", "Tanzanian", "Nicaraguan", "Chilean", "Mexican",
    "Brazilian", "Canadian", "Australian", "Italian", "Spanish", "Portuguese", "Austrian",
    "Finnish", "Swedish", "Norwegian", "Danish", "Dutch", "Greek", "Slovak", "East German",
    "West German", "North Korean", "South Korean", "North Vietnamese", "South Vietnamese"}
# A participant line's side: `on the Chinese side`, `Chinese side attendees`, `U.S. Side`
# (its name's stops dropped: `us-side`), maybe quoted (`from the "Solidarity" side`), or a
# people's name before the role (`Korean participants`, `Soviet attendees`), or a side in
# parentheses after it (`Attendees (North)`, `Participants (Soviet)`: a state, a people or
# `_COMPASS`). Read in the heading in small letters.
_SIDE = re.compile(r"\b(?P<side>[^\W\d_]+(?:\.[^\W\d_]+)*\.?)[\"\u201d]?[ -]side\b|"
                   r"^(?P<people>" +
                   "|".join(sorted(_PEOPLES, key=len, reverse=True)).lower() +
                   r")\b(?= (?:participants|attendees|delegation|delegates|side)\b)|"
                   r"^(?:attendees|participants|delegation)[ \u00a0]\((?P<paren>[^\W\d_]+)\)$")
# A party's or a state's abbreviation before the role, read in the heading as printed, in
# capitals: `CPSU delegation`, `CCP Delegation`, `PRC participants`, `U.S. delegation` (its
# stops dropped: `us-side`), maybe its name in full between (`WPK [Workers' Party of Korea]
# delegation`, the bracket a gloss, its text read without it). Only those of
# `_SIDE_ABBREVIATIONS`.
_SIDE_ABBREVIATION = re.compile(rf"(?P<abbreviation>[A-Z](?:\.?[{N.CAPITALS}]){{1,4}}\.?)"
                                r"(?:[ \u00a0]+\[?(?:[A-Z][\w'\u2019]*|of|the|and)\]?){0,8}?"
                                r"[ \u00a0]+(?=(?i:participants|attendees|delegation|delegates)\b)")
# The parties a delegation may be of, by their abbreviation: those names.py lists (places.py's
# bodies) and the others (`CPV`, `LCY`); and the states' abbreviations of the gazetteer
# (`USSR`, `PRC`).
_PARTIES = N.PARTY_ABBREVIATIONS | {"CPV", "RCP", "LPRP", "CPK", "LCY"}
_SIDE_ABBREVIATIONS = frozenset(_PARTIES) | frozenset(
    form for canonical, others in GAZETTEER.items() for form in (canonical, *others)
    if re.fullmatch(r"(?:[A-Z]\.?){2,5}", form))
_TITLE_OF = re.compile(r"\b(?:record|minutes|memorandum|notes|transcript|summary) of\b.*")
# A delegation's sentence heading its members, read in small letters: `The Pakistan delegation
# consisted of`, `The Indian delegation included`; its state or people (`_SIDES`) the side.
_DELEGATION_OF = re.compile(r"(?:the )?(?P<side>[^\W\d_][\w.' -]{1,30}?) delegation "
                            r"(?:consisted|consists|was composed|is composed|included|includes)"
                            r"(?: of)?")
# The meeting's secretary heading a line alone (`Secretary: M. Yisraeli`), or its minutes'
# (`Protocol: Comrade X`, as GDR protocols head their keeper): its recorder. Not a post's
# `Secretary` (`General Secretary: ...`, `First Secretary: ...`), nor `Chief of Protocol:`.
_SECRETARY_HEADINGS = frozenset({"secretary", "secretary of the meeting", "meeting secretary",
                                 "protocol"})
# The role of those a line lists as away (`Absent: Comrade Rau (ill)`): no participants, no
# role of the header's; their names are persons mentioned.
_ABSENT = "absent"
_ROLES = (("accompan", "accompanying"), ("seated", "seated"), ("attend", "attending"),
          ("present", "attending"), ("guest", "attending"), ("invite", "attending"),
          ("participa", "participant"), ("conducted by", "participant"),
          ("taking part", "participant"),
          ("interpret", "interpreter"), ("translat", "interpreter"), ("documentation", "recorder"),
          ("record", "recorder"), ("notetaker", "recorder"), ("note-taker", "recorder"),
          ("note taker", "recorder"), ("notes taken", "recorder"), ("notes by", "recorder"),
          ("minutes", "recorder"), ("delegations", "participant"), ("absent", _ABSENT))


def mark_persons(div: etree._Element, names: N.Names) -> etree._Element:
    """Mark person mentions in `div` and set `sp/@who`; `names` gathers the register."""
    _count_labels(div, names)
    lines = _collect_listed(div, names)
    present = _present_sentences(div, lines, names)
    # surnames in capitals signing, added after the full names are read (`_collect_signer`)
    signers = [name for signed in div.iter(tag("signed"))
               for name in _collect_signer(signed, names)]
    _collect_posted(div, names)
    for opener in div.iter(tag("opener")):
        for field in opener.iterchildren(_SEG):
            _collect_field_person(field, names)
    elements = searchable(div, _SKIP)
    if names.cut_off is not None:   # `Premier Zho`, where the page was cut off: no one's name
        elements = [e for e in elements if e.text is None or e.text.strip() != names.cut_off]
    readings = _Readings()
    _read_headings(div, names, readings)
    parts: set[etree._Element] = set()   # brackets read as parts of a name: not read alone
    ranked: list[N.Mention] = []   # `King Hussein`, `Patriarch Pimen`: see `_collect_ranked`
    for element in elements:          # first walk: full names only
        if element in parts:
            continue   # `Tran Van` of `General [Tran Van] Don` is no name of its own
        for mention in _mentions(element, names, readings, full_only=True):
            _collect(mention, names)
            if mention.titles and len(mention.words) == 1 and \
                    mention.titles[-1].text in _ONE_NAME_RANKS:
                ranked.append(mention)
            parts.update(t.element for t in mention.words if t.element is not None)
            reading = readings[element]
            at = _object_after(reading.text, mention.end)
            short = _short_form(element, reading, mention, at)
            person = _resolve(mention, names, create=False) if short else None
            if person is not None:
                names.defined.setdefault(short, person)   # the second walk defines it again
    _collect_ranked(ranked, names)
    for name in signers:
        if names.resolve(name, acting=True) is None:
            names.add(name, acting=True)
    for signed in div.iter(tag("signed")):
        _collect_lone_signer(signed, names)
    _note_listed(lines, names)
    _register_surnames(lines, names)
    for speaker in div.iter(tag("speaker")):
        if names.initials and "".join(speaker.itertext()).strip() in names.initials:
            continue   # a transcript's `D:`, `HAK:`: the head's person (`_initials_turn`)
        for mention in _mentions(speaker, names, readings):
            person = _resolve(mention, names, create=True, acting=True)
            if person is not None:
                person.present = True
    # The first walk read every element: the second looks only where a mention can begin.
    # (A bracket read as part of a name is read alone if no persName takes it in after all.)
    elements = [e for e in elements
                if e in parts or readings[e] is not None and readings[e].starts]
    wrapped: set[etree._Element] = set()  # elements a new persName now holds: not looked into
    for element in elements:          # second walk: resolve and mark
        if element not in wrapped:
            _mark(element, names, readings, wrapped)
    _mark_given_in_parentheses(names, lines)
    _mark_after_gaps(names, lines)
    _mark_posts_listed(names, lines)
    _mark_chair(div, names)
    # The participants' posts first: `The Secretary:` is the one whose post that is.
    _participants(names, lines)
    for container, start, end, role, side_name in present:
        _give_roles(container, names, role, side_name, start, end)
    _title_parties(names)
    _parties_line(div, names)
    _list_chair(names)
    _posts_in_brackets(div, names)
    _diarist(div, names)
    author = _author(div)
    for sp in div.iter(tag("sp")):
        _set_who(sp, names, author)
    _forget_unnamed(div, names)
    _names_in_ordinary_case(div, names)
    _women_by_surname(div, names)
    return div


# The ranks of a monarch and of a church's head, who are named by one name (`King Hussein`,
# `Patriarch Pimen`, `Emperor Hirohito`).
_ONE_NAME_RANKS = frozenset({"King", "Queen", "Emperor", "Empress", "Emir", "Pope", "Patriarch",
                             "Metropolitan"})


def _collect_ranked(ranked: list[N.Mention], names: N.Names) -> None:
    """Register the one name a monarch's or church's rank gives (`King Hussein`) before
    marking, so that the bare name later in the same paragraph (`Hussein said`) is he: else
    it is known only once its paragraph is marked. Not when the register or the authority
    knows a person by the word, nor when a full name the document gives holds it (`Saddam
    Hussein`): the bare name may be that one's."""
    for mention in ranked:
        word = mention.spoken
        if names.resolve(word) is not None or \
                any(N.key(word) in map(N.key, person.name.split())
                    for person in names.persons.values()):
            continue
        _resolve(mention, names, create=True)


def _collect_signer(signed: etree._Element, names: N.Names) -> list[str]:
    """A closer's signature of two capitalized words is a person's name, a given name the
    register does not know too (`Kálmán Pásztor`): a letter or report is signed by someone.
    Not an office's or an organisation's words (`Foreign Secretary`, `Hungarian Legation`).
    So is a surname alone in capitals signing a cable with a dateline or an office beside it
    (`ROSHCHIN` / `13.V.50`), as Soviet cables are signed: the authority's person if it knows
    the name, else the document's own. The archive's `[signature]` may stand before either on
    its line (`[signature] Agostinho Neto`): the name is that note's tail. And a surname alone
    in ordinary case marked as a signature or above a line of the office (`Merten` /
    `Ambassador`), as GDR reports sign. The surnames in capitals are returned, to be added
    after the full names are read, so that `CHAPLIN` signing is the `CHAPLIN B.N.` the
    journal's heading names."""
    text = signed.text or ""
    caps = []
    marked = False   # the archive's `[signature]` before the name
    if not text.strip() and len(signed) and signed[0].tag == _NOTE and \
            signed[0].get("type") == "signature":
        text, marked = signed[0].tail or "", True
    lines = [line for line in text.split("\n") if line.strip()]
    for number, line in enumerate(lines):
        signed_by = _SIGNED_BY.match(line)
        line = line[signed_by.end():]   # `Signed: Dumitru Popa`: the name after it
        post = _POST_AFTER_SIGNER.search(line)
        if post and post.group("title") in N.TITLES:
            line = line[:post.start()]   # `Popa Dumitru, Ambassador`: the name before it
        match = _SIGNER.fullmatch(line)
        if match and not any(word in N.TITLES or word in N.NOT_NAME or word in N.HONORIFICS
                             or word in _MISSIONS for word in match.group("name").split()):
            names.add(match.group("name"))
        # A surname alone in ordinary case, after `Signed:` or the archive's mark or with the
        # office on a line below it (`Merten` / `Ambassador`, `Fritsch` / `3rd Secretary`,
        # `[signature] Zehnder`), as GDR and Swiss reports sign.
        match = _SURNAME_SIGNER.fullmatch(line)
        office_below = number == 0 and len(lines) > 1 and \
            any(word in N.TITLES for word in lines[1].split())
        if match and (signed_by.group().strip() or number == 0 and marked or office_below) and \
                _surname_in_capitals(match.group("name").upper()) and \
                names.resolve(match.group("name"), acting=True) is None:
            names.add(match.group("name"), acting=True)
        # A surname the register or the authority knows (`SHTYKOV`) is found as it is. Alone,
        # the catalogue's title or summary naming it is beside it (`Telegram from Soviet
        # Ambassador to Cuba Alekseev` / ... / `ALEKSEEV`).
        match = _CAPS_SIGNER.fullmatch(line)
        if match and _surname_in_capitals(match.group("name")) and (
                len(lines) > 1 or signed.getparent().find(tag("dateline")) is not None or
                match.group("name").title() in _CATALOGUE_WORD.findall(names.catalogue_text)):
            caps.append(match.group("name"))
    return caps


def _collect_lone_signer(signed: etree._Element, names: N.Names) -> None:
    """A surname alone in ordinary case that is the whole signature, as Hungarian reports sign
    under their last paragraph (`Kádas`), is a person's: the document's own when no one it
    or the authority knows has it. Asked after the full names are read, so that `Duma` signing
    is the `Aurel Duma` of the field line."""
    text = signed.text or ""
    match = _SURNAME_SIGNER.fullmatch(text) if not len(signed) and "\n" not in text.strip() \
        else None
    if match and _surname_in_capitals(match.group("name").upper()) and \
            names.resolve(match.group("name"), acting=True) is None:
        names.add(match.group("name"), acting=True)


def _collect_posted(div: etree._Element, names: N.Names) -> None:
    """Two capitalized words right before the translator's bracket of a post are the holder's
    name, a given name the register does not know too (`Phoune Sipaseuth [Deputy Prime
    Minister]`): the bracket says who he is. Not after another capitalized word (`Yesterday
    Phoune Sipaseuth`), nor titles' or bodies' words."""
    for supplied in div.iter(_SUPPLIED):
        if supplied.get("reason") != "clarification" or _bracketed_post(supplied) is None:
            continue
        before = supplied.getprevious()
        text = (supplied.getparent().text if before is None else before.tail) or ""
        text = text[-80:]
        match = _NAME_BEFORE_POST.search(text)
        if match is None:
            continue
        previous = text[:match.start()].split()[-1:]
        if previous and previous[0][:1].isupper() and previous[0][-1] not in ".,;:!?)":
            continue   # `Yesterday Phoune Sipaseuth`, `Van Tien Dung`: the name may begin before
        words = match.group("name").split()
        if not any(N._is_title(word) or word in N.NOT_NAME or word in N.NATIONALITIES or
                   word in _MISSIONS for word in words) and \
                names.resolve(" ".join(words)) is None:
            names.add(" ".join(words))


def _collect_field_person(field: etree._Element, names: N.Names) -> None:
    """The sender or addressee an opener's field line names before a comma and his post
    (`From: Aurel Duma, Ambassador`) is a person, a given name the register does not know
    too, as a signature's is: the cable's closing `Duma` is he. The field lines may be one
    paragraph's lines (`To: Comrade ...` / `From: ...`)."""
    lines = [*(field.text or "").split("\n"),
             *(line for child in field for line in (child.tail or "").split("\n")[1:])]
    for line in lines:
        match = _FIELD_PERSON.match(line)
        if match and match.group("post") in N.TITLES and not any(
                word in N.TITLES or word in N.NOT_NAME or word in N.HONORIFICS or
                word in _MISSIONS for word in match.group("name").split()):
            names.add(match.group("name"))


def _surname_in_capitals(word: str) -> bool:
    """Is `word` (`ROSHCHIN`) a surname in capitals, not a title, body, field word,
    classification, place or organisation's abbreviation (`AMBASSADOR`, `EMBASSY`, `SECRET`,
    `MOSCOW`, `CPSU`, `TASS`)?"""
    title = word.title()
    return title not in N.TITLES and title not in N.NOT_NAME and title not in _MISSIONS and \
        word.lower() not in N.FIELD_WORDS and not N.is_classification(word) and \
        not known_place(title) and word not in _AGENCIES and \
        word not in ORG_ABBREVIATIONS and title not in ORG_ABBREVIATIONS


# A signature of two to four capitalized words, the rest of each in small letters, maybe
# hyphenated (`Kálmán Pásztor`, `Nguyen Co-thach`, `Ramiro Saraiva Guerreiro`), a particle
# between two (`Cláudio Garcia de Souza`), a full stop after them: the whole line the
# person's name, a given name the register does not know too.
_LOWER = "a-z\u00df-\u00f6\u00f8-\u00ff\u0101-\u017f"
_SIGNER_WORD = f"[{N.CAPITALS}][{_LOWER}]+(?:[-'\u2019][{N.CAPITALS}{_LOWER}][{_LOWER}]*)?"
_SIGNER = re.compile(rf"[ \t\u00a0]*(?P<name>{_SIGNER_WORD}(?:[ \u00a0](?:(?:de|da|do|dos|das|"
                     r"del|van(?:[ \u00a0]de[nr])?|von(?:[ \u00a0]der)?|di|du)[ \u00a0])?"
                     rf"{_SIGNER_WORD}){{1,3}})\.?[ \t\u00a0]*")
# A surname alone signing, in ordinary case (`Merten`, `Fritsch.`): a signer only after
# `Signed:` or above his office's line (`_collect_signer`).
_SURNAME_SIGNER = re.compile(rf"[ \t\u00a0]*(?P<name>{_SIGNER_WORD})\.?[ \t\u00a0]*")
# Two capitalized words ending the text before a post's bracket (`... and Phoune Sipaseuth `):
# `_collect_posted`.
_NAME_BEFORE_POST = re.compile(rf"(?<![\w'\u2019\-])(?P<name>{_SIGNER_WORD}[ \u00a0]"
                               rf"{_SIGNER_WORD})[ \u00a0]?\Z")
# What may stand before the signer's name on its line: `Signed:`, German `gez.`, the Polish
# mark of a signature `(-)` (`(-) Zdzisław Pakuła`), the Romanian `(ss)` (`(ss) Vasile Gliga`).
# Matches nothing too.
_SIGNED_BY = re.compile(r"[ \t\u00a0]*(?:(?:Signed|SIGNED|[Gg]ez\.)[ \t\u00a0]*:?|\(-\)|\(ss\))?")
# The signer's post after a comma on the name's line, as Romanian cables sign (`Signed: Popa
# Dumitru, Ambassador`): a title word after the comma.
_POST_AFTER_SIGNER = re.compile(r",[ \u00a0]+(?P<title>[A-Z][a-z]+)")
# The head nouns of a mission signing that NOT_NAME does not hold.
_MISSIONS = frozenset({"Consulate", "Legation", "Mission"})
# A surname alone in capitals signing, four letters or more with a vowel among them, maybe
# hyphenated, a full stop after it (`ROSHCHIN`, `PUZANOV.`, `TER-GRIGORYAN`): `MFA`, `NNN`
# are none.
_CAPS_SIGNER = re.compile(rf"[ \t\u00a0]*(?P<name>(?=[{N.CAPITALS}\-]*[AEIOUY\u00c0-\u00dd])"
                          rf"(?:[{N.CAPITALS}]{{2,}}-[{N.CAPITALS}]{{2,}}|[{N.CAPITALS}]{{4,}}))"
                          r"\.?[ \t\u00a0]*")
# A sender's or addressee's field line, a name of two to four capitalized words after it,
# maybe after `Comrade`, then a comma and a word, the post if a title (`From: Aurel Duma,
# Ambassador`, `To: Comrade Ion Popescu, Minister of Foreign Affairs`).
_FIELD_PERSON = re.compile(r"[ \t\u00a0]*(?:From|FROM|To|TO|Sender|Addressee)[ \t\u00a0]*:"
                           r"[ \t\u00a0]*(?:(?:Comrade|Cde\.|Com\.)[ \u00a0]+)?"
                           rf"(?P<name>{_SIGNER_WORD}(?:[ \u00a0]{_SIGNER_WORD}){{1,3}}),"
                           r"[ \u00a0]+(?P<post>[A-Z][a-z\-]+)")
# The news agencies that sign their bulletins in capitals, which ORG_ABBREVIATIONS does not
# hold (TASS it does).
_AGENCIES = frozenset({"KCNA", "XINHUA", "REUTERS", "TANJUG", "AGERPRES"})


def _forget_unnamed(div: etree._Element, names: N.Names) -> None:
    """The register holds the persons the body names: those no persName and no turn points
    at were read on the way (a label that was no turn, a form a longer mention took in)."""
    named = {name.get("ref", "")[1:] for name in div.iter(_PERSNAME)}
    named.update(ref[1:] for sp in div.iter(tag("sp")) for ref in sp.get("who", "").split())
    names.forget(set(names.persons) - named)


def _names_in_ordinary_case(div: etree._Element, names: N.Names) -> None:
    """Register a person the document's own (not the authority's) whose name it prints only
    in capitals (`KANG SONG-SAN:`, a signature `A. LUKIANOV`) under the name as prose prints
    it, the capitals a variant: the form in ordinary case the body prints of the same name
    (`Kang Song San`), else `N.ordinary_case` (`Kang Song-san`). The text keeps the capitals."""
    capitals = {person.id: person for person in names.persons.values()
                if not person.from_authority and person.name.isupper()}
    if not capitals:
        return   # most documents
    printed: dict[str, str] = {}
    for name in div.iter(_PERSNAME):
        ident = name.get("ref", "")[1:]
        if ident in capitals and ident not in printed:
            # the name's own words, without its titles, honorifics and brackets
            form = " ".join("".join([name.text or "", *(c.tail or "" for c in name)]).split())
            if not form.isupper() and form[:1].isupper() and \
                    N.key(form) == N.key(capitals[ident].name):
                printed[ident] = form
    for person in capitals.values():
        form = next((v for v in person.variants if not v.isupper() and
                     N.key(v) == N.key(person.name)), None) or \
            printed.get(person.id) or N.ordinary_case(person.name)
        if form == person.name:
            continue
        if form in person.variants:
            person.variants.remove(form)
        person.variants.insert(0, person.name)
        person.name = form
        person.lang = person.lang or N.romanization(form)


# The forms a woman known by her honorific and surname alone is registered under
# (`N.WOMEN_HONORIFICS`): `Mrs. Meir`, `Madame Binh`.
_WOMEN_FORMS = frozenset(N.WOMEN_HONORIFICS.values())


def _women_by_surname(div: etree._Element, names: N.Names) -> None:
    """A woman of the document's own, named by her honorific and surname alone (`Mrs. Meir`,
    `Ms. Jones`), is her surname's person, `#meir`, as `Mr. Brown` is `#brown`, the honorific
    an `addName` and its form a variant; she keeps the honorific's form (`#mrs-smith`,
    `#madame-sukarno`) beside another person of that surname, or where the text prints it
    without her honorific too (`Lin and Mrs. Lin`: her husband, whom it names no further)."""
    women = [person for person in names.persons.values()
             if person.woman and not person.from_authority and
             person.name.partition(" ")[0] in _WOMEN_FORMS and person.name.count(" ") == 1]
    if not women:
        return   # most documents
    text = "".join(div.itertext())
    renamed: dict[str, str] = {}
    for person in women:
        surname = person.name.partition(" ")[2]
        if any(other is not person and N.key(other.surname) == N.key(surname)
               for other in names.persons.values()):
            continue
        named = sum(name.get("ref") == f"#{person.id}" for name in div.iter(_PERSNAME))
        if text.count(surname) > named:
            continue
        del names.persons[person.id]
        renamed[f"#{person.id}"] = f"#{names._free_id(surname)}"
        person.id = renamed[f"#{person.id}"][1:]
        person.variants.insert(0, person.name)
        person.name = surname
        names.persons[person.id] = person
    for element in div.iter(_PERSNAME, tag("sp")) if renamed else ():
        for attribute in ("ref", "who"):
            value = element.get(attribute)
            if value:
                element.set(attribute, " ".join(renamed.get(v, v) for v in value.split()))


# What separates the entries of a participant line: commas, semicolons, `and`, a dash (`from
# the Cambodian side – Huot Sambath`, an en dash too), the
# end of a sentence (a full stop after two small letters, accented too, `Koča Popović.`: not
# the one of an initial, `W.`, nor of an honorific's or title's abbreviation, `Sig. A. Segni`,
# `Com. Kádár`, which made participants `Sig` and `Com`).
_ENTRY_SEPARATOR = re.compile(r"[,;\n\u2013\u2014]|\band\b|"
                              f"(?<=[{_LOWER}]{{2}})" r"\." + "".join(
    rf"(?<!\b{re.escape(word)})" for word in sorted(N._ABBREVIATIONS) if word[-3:-1].islower())
    + r"(?=\s|$)")


# The body's paragraphs, each with its text, where its list of participants begins in it,
# the (role, side) it gives them, or None, and the lines of that list (`lists_of`, none
# without a heading): read once, before marking, for `_collect_listed` and again for
# `_participants` after it. Marking only wraps words, which leaves a paragraph's text as it
# was, and adds or removes no paragraph of the body.
_Lines = list[tuple[etree._Element, str, int, "tuple[str, str] | None", list[str]]]


def _collect_listed(div: etree._Element, names: N.Names) -> _Lines:
    """Read the participant lines: each paragraph's heading, or the heading alone above it
    that it is a list under (see `_listed_under`), and a heading of a body's members
    (`Deputy members of the Politburo:`, `CC Secretaries:`) right after a participant line,
    which goes on with its role. Register the names they list whatever their shape (see
    `_register_listed`); a line opening with its own heading (`Bulgarian participants:`)
    lists the names after it. Return the body's paragraphs as read (see `_Lines`)."""
    lines: _Lines = []
    listing: tuple[str, str] | None = None   # (role, side) of a heading alone, for lists below
    # participant lines are the body's (or a part's: `Document 2`), not a turn's
    for p in (block for holder in (div, *div.iterchildren(_DIV))
              for block in holder.iterchildren(_P, _SP)):
        if p.tag == _SP:
            listing = None
            continue
        text = "".join(p.itertext())
        head = _PARTICIPANT_LINE.match(text) or _ATTENDED_BY.match(text) or \
            HEADING_WITHOUT_COLON.match(text) or \
            (_PARTICIPANT_LINE.match(text, 1) if text[:1] == "(" else None)   # `(Interpreters:`
        heading = _heading(head.group("head")) if head is not None else None
        if heading is None and head is not None and listing is None:
            # `Time: ...` / `Location: ...` / `Present: ...`; else the first line's heading
            # stays, which may be a body's members' (`Deputy members of the Politburo:`)
            later = _after_fields(text, head)
            if later is not None:
                head, heading = later, _heading(later.group("head"))
        start = head.end() if heading else 0
        if not (p.text or "").strip() and len(p) and local(p[0]) == "note":
            heading = listing = None   # `[Translator's Note: ... when Bulganin was ...]`
        elif heading is not None:
            role, side_name = heading
            if not role:
                role = listing[0] if listing and side_name else "participant"
            heading = (role, side_name)
            listing = heading if _heads_lists_below(text, start) else None
        elif listing is not None:
            heading, start = _listed_under(text, head, listing)
            if heading is None and head is not None and _MEMBERS.search(head.group("head")):
                # `Present:` alone, then `Members of the Politburo: Comrades ...`
                heading, start = listing, head.end()
            if heading is None:
                listing = None
            elif not text[start:].strip():
                listing = heading   # a side alone: `PRC Side` heads the paragraphs after it
        elif head is not None and lines and lines[-1][3] is not None and \
                _MEMBERS.search(head.group("head")):
            heading, start = lines[-1][3], head.end()
        listed = lists_of(text[start:]) if heading is not None else []
        lines.append((p, text, start, heading, listed))
        if heading is None:
            continue
        posts = [post for post in map(_bracketed_post, p.iterchildren(_SUPPLIED)) if post]
        posts += [word for word in map(_bracketed_respelling, p.iterchildren(_SUPPLIED)) if word]
        posts += [name for name in map(_bracketed_name, p.iterchildren(_SUPPLIED)) if name]
        for line in listed:
            _register_listed(line, names, posts)
    return lines


# A presence sentence in the prose before the turns, its list to the sentence's full stop (not
# an initial's, nor the one of two letters after an initial, `A.Ia.`): `Present were A.Ia.
# Vyshinsky, T.F. Shtykov, Kim I.M. (Translator).`, `Also present were A.A. Gromyko and B.N.
# Ponomarev.`; and a side's sentence right after it, its heading and colon before its list
# (`On the Korean side: Pak Heon-yeong, ..., Mun Il (Translator).`). One person's too, and
# the meeting's word between (`Present at the conversation was DPRK Foreign Minister Pak
# Seong-cheol.`, `Also present was ...`), and the interpreter's (`The interpreter was Embassy
# Second Secretary G. Ye. Samsonov.`, `Interpreting was ...`).
# (The head's words but `Also present`, and the meeting's words: `_PRESENT_LEAD` reads them too.)
_PRESENCE_WORDS = r"Present|The[ \u00a0]interpreter|Interpreting"
_AT_THE_MEETING = r"(?:[ \u00a0]at[ \u00a0]the[ \u00a0](?:conversation|talks?|meeting))?"
_PRESENT_SENTENCE = re.compile(r"(?:(?<=[.!?][ \u00a0])|^)(?P<head>(?:Also[ \u00a0]present|"
                               + _PRESENCE_WORDS + ")" + _AT_THE_MEETING + ")"
                               r"[ \u00a0]w(?:ere|as)[ \u00a0]+(?P<list>[^\n]{3,400}?)"
                               r"(?<!\b[A-Z])(?<!\.[A-Z][a-z])\.(?!\S)", re.MULTILINE)
# An editors' note's list of those present after its colon, to the note's end or a full stop
# (`[Tape 41, Side 2. Present: President Kennedy, Robert Kennedy, ..., and others]`).
_NOTE_PRESENT = re.compile(r"(?:(?<=[.!?][ \u00a0])|^)(?P<head>(?:Also[ \u00a0]present|Present))"
                           r"[ \u00a0]*:[ \u00a0]*(?P<list>[^\n]{3,1000}?)"
                           r"(?:(?<!\b[A-Z])(?<!\.[A-Z][a-z])\.(?!\S)|\Z)")
_SIDE_SENTENCE = re.compile(r"[ \u00a0]+(?P<head>(?:On|From)[ \u00a0]the[ \u00a0][^\W\d_]+"
                            r"(?:\.[^\W\d_]+)*\.?[ \u00a0]side)[ \u00a0]*:[ \u00a0]*"
                            r"(?P<list>[^\n]{3,400}?)(?<!\b[A-Z])(?<!\.[A-Z][a-z])\.(?!\S)")
_Present = list[tuple[etree._Element, int, int, str, str]]


def _present_sentences(div: etree._Element, lines: _Lines, names: N.Names) -> _Present:
    """Read the presence sentences of the body's paragraphs before the first turn (`Present
    were ..., Kim I.M. (Translator). On the Korean side: ..., Mun Il (Translator).`, in an
    editors' note too), which no participant line heads (`lines`, as `_collect_listed` read
    them): register the names they list as a participant line's, and return where each list
    is, in the paragraph's text (or its note's, when the note is all of it), with the (role,
    side) of its heading (`Present`: attending; a side alone: participant). Their persons are
    participants as a line's are; a post in parentheses gives the role (`(Translator)`)."""
    found: _Present = []
    turn = None   # the first turn's place in the body, asked once a sentence is found
    for p, text, _, heading, _ in lines:
        if heading is not None or " were " not in text and " was " not in text and \
                "Present:" not in text or p.getparent() is not div:
            continue   # most paragraphs
        if turn is None:
            first = div.find(_SP)
            turn = len(div) if first is None else div.index(first)
        if div.index(p) > turn:
            break
        container = p
        if len(p) == 1 and local(p[0]) == "note" and not (p.text or "").strip() and \
                not (p[0].tail or "").strip():
            container = p[0]   # `[Notes of the conversation ... Present were ...]`
            text = "".join(container.itertext())
        sentence = _PRESENT_SENTENCE.search(text)
        if sentence is None and container is not p:
            sentence = _NOTE_PRESENT.search(text)   # `[Tape 41, Side 2. Present: ...]`
        sides = 0   # each list is given its roles in a walk of the whole paragraph: a few
        while sentence is not None and sides <= _SIDES_MOST:
            role, side_name = _heading(sentence.group("head")) or ("", "")
            found.append((container, sentence.start("list"), sentence.end("list"),
                          role or "participant", side_name))
            # the translator's brackets end their entries (`D. Tömör-Ochir [Tömör-Ochir]`)
            _register_listed(sentence.group("list"), names,
                             ["".join(b.itertext()).strip()
                              for b in container.iterchildren(_SUPPLIED)])
            # a side's sentence, or another presence sentence (`... was Pak Seong-cheol.
            # The interpreter was G. Ye. Samsonov.`)
            sentence = _SIDE_SENTENCE.match(text, sentence.end()) or \
                _PRESENT_SENTENCE.search(text, sentence.end())
            sides += 1
    return found


# The most side sentences after a presence sentence: a meeting has two sides, or a few.
_SIDES_MOST = 3


def lists_of(text: str) -> list[str]:
    """The lines of a participant paragraph after its heading, each without its own."""
    lines = text.split("\n")
    for number, line in enumerate(lines[1:], 1):
        own = _line_heading(line)
        if own is not None:
            lines[number] = line[own[0]:]
    return lines


def _note_listed(lines: _Lines, names: N.Names) -> None:
    """Keep the full names the participant lines list, without their titles (`General Anatoly
    Gribkov` is Anatoly Gribkov): a surname alone is the listed person of that surname
    (`Names.listed`)."""
    for _, _, _, _, listed in lines:
        for line in listed:
            for entry in _ENTRY_SEPARATOR.split(line):
                words = entry.split("(", 1)[0].split()
                while words and N._is_title(words[0]):
                    del words[0]
                if len(words) >= 2:
                    names.listed.add(N.key(" ".join(words)))


def _register_surnames(lines: _Lines, names: N.Names) -> None:
    """Register the surnames alone that the participant lines list (`Present: Bulganin,
    Zhukov, Kaganovich`: see `listed_surnames`), once the full names are known: `Mittag`
    listed is the `Günter Mittag` the body names."""
    for _, _, _, _, listed in lines:
        for line in listed:
            for piece in line.split(";"):
                for surname in listed_surnames(piece):
                    if names.resolve(surname, acting=True) is None:
                        names.add(surname, acting=True)


# A heading of a body's members, which lists more of those present after a participant line:
# `Deputy members of the Politburo:`, `Candidate members:`, `CC Secretaries:`.
_MEMBERS = re.compile(r"\b(?:members|candidates|secretaries)\b", re.IGNORECASE)


def _heads_lists_below(text: str, start: int) -> bool:
    """Is a participant heading alone on its line, its paragraph's lines below it a list or
    none (`PARTICIPANTS:` / `General Secretary Leonid I. Brezhnev` / ...), or the first entry
    of a list one a line (`one_a_line`)? Then it heads the paragraphs after it too while each
    is a list, as a heading alone in its paragraph does."""
    rest = text[start:]
    return not rest.strip() or (not rest.split("\n", 1)[0].strip() or one_a_line(rest)) and \
        _listed(rest)


def participant_list(text: str, listing: bool) -> bool:
    """Is paragraph `text` a participant heading that heads the paragraphs below it
    (`_heads_lists_below`), or, `listing` (the one before was such a heading or list), one
    of its lists (`list_start`)?"""
    head = _PARTICIPANT_LINE.match(text) or HEADING_WITHOUT_COLON.match(text)
    if head is not None and _heading(head.group("head")) is not None:
        return _heads_lists_below(text, head.end())
    return listing and list_start(text, head) is not None


def one_a_line(rest: str) -> bool:
    """Does the list after a participant heading go on on the lines below its first entry,
    one a line (`PARTICIPANTS: The President` / `James A. Baker, III, Secretary of State`)?
    Then the heading heads the paragraphs after it too, as one alone on its line does."""
    return "\n" in rest.strip()


def _register_listed(line: str, names: N.Names, posts: list[str]) -> None:
    """Register the names a line of a participant list lists, whatever their shape: an
    entry of two or three capitalized words, none a title or a word of a body or a place
    (`Present: Enver Hoxha, Gogo Nushi, Haki Toska`, `Recorded by: Constantin Vlad`), is a
    person there (the surnames alone, `_register_surnames`, once the full names are known).
    `posts` are the translator's brackets of the line's paragraph that give a post
    (`_bracketed_post`), whose words, their brackets not in the text, end an entry."""
    for entry in _ENTRY_SEPARATOR.split(line):
        # a post after the name: `Mirko Ostojić (ambassador)`; or his other name
        entry, _, after = entry.partition("(")
        entry = _without_status(entry)   # `candidates Hans Modrow`
        if " side " in entry:
            people = _PEOPLE_SIDE_LEAD.match(entry.lstrip())
            if people is not None and N.key(people.group("people")) in _SIDES:
                entry = entry.lstrip()[people.end():]   # `Japanese side Ohara Ikuo`
        if entry.endswith(")") and not after:
            entry = entry[:-1]   # the last of a line in parentheses: `Tang Jiaxuan)`
        other = _OTHER_NAME.match(after)
        for post in posts:   # `Kostadin Gyaurov [Bulgarian Ambassador in the DPRK]`
            if entry.rstrip().endswith(" " + post):
                entry = entry.rstrip()[:-len(post)]
                break
        opening = _PARTICIPANT_LINE.match(entry)
        if opening is not None and _heading(opening.group("head")) is not None:
            entry = entry[opening.end():]   # an entry's own heading: `; Interpreter: Nancy Tang`
        if "member" in entry:
            member = _MEMBER_OF.search(entry)
            if member is not None:
                entry = entry[member.end():]   # the body's before it: `MPLA Politburo member`
        words = entry.split()
        if len(words) > 2 and words[-1].lower() == "side":
            # `Xing Shanhe [Chinese side]`: the bracket's words (its brackets not in the
            # text: a `supplied`) are no name's
            words = words[:-2]
            entry = " ".join(words)
        middle = _middle_initials(words)
        if 2 <= len(words) <= 3 + _particles(words) + len(middle) and \
                not N._is_title(words[0]) and all(
                N._name_word(w) and w[:1].isupper() and not w.isupper() and
                not w.endswith(".") or n > 0 and _particle(w, n == len(words) - 1) or
                n in middle for n, w in enumerate(words)) and \
                names.resolve(entry.strip()) is None or \
                _initialled(words) and names.resolve(" ".join(words)) is None:
            names.add(" ".join(words))
        if other is not None and _other_name(other.group(1).split()):
            _add_other_name(names, " ".join(words), " ".join(other.group(1).split()))


# A parenthesis's words up to its end, after a participant's name: `Salah Khalaf)`.
_OTHER_NAME = re.compile(r"([^()]{3,60})\)")


def _other_name(words: list[str]) -> bool:
    """Are a parenthesis's words after a participant's name his other name, no post (`Abu Iyad
    (Salah Khalaf)`, `Farouk Kaddoumi (Abu Lutf)`, a nom de guerre): `Abu` and a name's word,
    or a name by its shape (a known given name and a surname, `Khalil al-Wazir` too)?"""
    if len(words) == 2 and words[0] == "Abu":
        return N._name_word(words[1]) and not words[1].isupper()
    return (N._name_shape(words) or 2 <= len(words) <= 3 and N.is_given_name(words[0]) and
            all(N.PARTICLE_WORD.fullmatch(w) for w in words[1:])) and \
        not any(w.isupper() for w in words)


def _add_other_name(names: N.Names, name: str, other: str) -> None:
    """Record `other` as a variant of the participant called `name`, so that the
    parenthesis is his name, not his post or another person; not when it names another."""
    person = names.resolve(name)
    if person is not None and names.resolve(other) is None:
        names.add_variant(person, other)


# A body's member before the name in a list entry, its post: `MPLA Politburo member Lúcio
# Lara`, `Politburo candidate member Kim`.
_MEMBER_OF = re.compile(rf"\bmember[ \u00a0]+(?=[{N.CAPITALS}])")


def _initialled(words: list[str]) -> bool:
    """Are a listed entry's words initials and a surname of two words (`P.V. Narasimha Rao`),
    which no shape in prose reads (`U.S. Embassy Moscow` would be one)? Not a state's or a
    body's abbreviation (`U.S. Delegation`)."""
    return len(words) == 3 and N.is_initials(words[0]) and "." in words[0] and \
        words[0].rstrip(".").replace(".", "") not in _SIDE_ABBREVIATIONS | ORG_ABBREVIATIONS and \
        all(N._name_word(w) and w[:1].isupper() and not w.isupper() for w in words[1:])


def _particle(word: str, last: bool) -> bool:
    """Is `word` a particle of a name after its first word: opening its word (`al-Hassan`),
    or alone before another (`bin` of `Ali bin Salim`)?"""
    return N.PARTICLE_WORD.fullmatch(word) is not None and (not last or "-" in word)


# A middle initial: `F.` of `Antonio F. Azeredo da Silveira`.
_MIDDLE_INITIAL = re.compile(r"[A-Z]\.")


def _middle_initials(words: list[str]) -> set[int]:
    """Where a listed entry's middle initial is, after a given name and before its surname
    (`Antonio F. Azeredo da Silveira`): one word of the name on top of the others."""
    if len(words) < 3 or "." not in words[1] or len(words) == 3 and \
            not N.is_given_name(words[0]):
        return set()   # `Minister of Agriculture and Forestry I. Kono`: no `Forestry I. Kono`
    return {n for n, w in enumerate(words[1:-1], 1) if _MIDDLE_INITIAL.fullmatch(w)}


def _particles(words: list[str]) -> int:
    """How many of a listed entry's words are particles alone (`Ali bin Salim`): they come
    on top of the name's words."""
    return sum(w in N.PARTICLE_WORDS for w in words)


def listed_surnames(piece: str) -> list[str]:
    """The surnames alone in a list of names, a participant line's or its part between
    semicolons (`Present: Bulganin, Zhukov, Kaganovich, Saburov, Furtseva`, `Comrades Kádár,
    Apró, Biszku`): two entries or more, each a name after its honorifics and titles, a post
    in parentheses set aside: a surname alone (a capitalized name word in mixed case, no
    title, field word, people, place or body, and no East Asian surname, which alone names
    no one), or two to four capitalized words or initials. None in a list with anything else
    (`William G. Hyland, Director of Intelligence and Research`: `Research` is none)."""
    piece = _without_status(piece)   # `candidates Honecker, Norden, ...`
    entries = [entry for entry in _ENTRY_SEPARATOR.split(_IN_PARENTHESES.sub(" ", piece))
               if entry.strip()]
    if len(entries) < 2 and not (entries and _ROLE_LEAD.match(entries[0])):
        return []
    found = []
    for entry in entries:
        role = _ROLE_LEAD.match(entry)
        words = entry[role.end():].split() if role is not None else entry.split()
        while words and (words[0] in N.HONORIFICS or N._is_title(words[0])):
            words = words[1:]   # `Comrades Kádár`, `Ambassador Rabin`
        if len(words) == 1 and _lone_surname(words[0]):
            found.append(words[0])
        elif not 2 <= len(words) <= 4 or not all(_LISTED_WORD.fullmatch(w) for w in words):
            return []
    return found


_IN_PARENTHESES = re.compile(r"\([^()\n]*\)")
# A participant's role before his name in a list, no word of it (`; Interpreter Sukhodrev`,
# `and the interpreter Sukhodrev`, `[Chief Interpreter] Dhamija`, the bracket's words read
# without it): the surname after it is a name, alone in its part too.
_ROLE_LEAD = re.compile(r"[ \t\u00a0]*(?:[Tt]he[ \u00a0]+)?(?:(?:[Cc]hief|[Ss]enior)[ \u00a0]+)?"
                        r"(?:[Ii]nterpreter|[Tt]ranslator)[ \u00a0]+(?=[A-Z])")
# A group's status opening a part of a participant line, a plural word before its names:
# `Present: Comrades Ulbricht, Ebert; candidates Honecker, Norden`, `; Candidates: ...`,
# `; candidate members ...`, `; secretaries Č. Císař, A. Indra`, `; alternate members`,
# `; guests`, `; also present`, `; advisers`. It is no name's word and no one's occupation
# (`candidates` was Honecker's, `secretaries` Císař's). A name or the part's end follows
# it: `Members of the Presidium Č. Císař` is a post. (`interpreters` is a role.)
_STATUS_LEAD = re.compile(r"[ \t\u00a0]*(?i:candidates|(?:candidate|alternate)[ \u00a0]+members|"
                          r"members|secretaries|alternates|deputies|guests|invited|"
                          r"also[ \u00a0]+present|experts|advis[eo]rs|(?-i:comrades?|messrs\.))"
                          rf"[ \t\u00a0]*(?::[ \t\u00a0]*)?(?=[{N.CAPITALS}]|$)")


def _without_status(entry: str) -> str:
    """`entry`, a part of a participant line, without the group's status opening it, or a
    heading of a body's members to its colon (`; Secretaries of the CC: Artur Starewicz`,
    `; CC Secretaries: Starewicz`: the heading's words made the first name no entry)."""
    lead = _STATUS_LEAD.match(entry)
    if lead:
        return entry[lead.end():]
    if ":" in entry:
        head = _PARTICIPANT_LINE.match(entry)
        if head is not None and _MEMBERS.search(head.group("head")):
            return entry[head.end():]
    return entry
# A word of a name in a list of participants: capitalized (`Jenő`, `Gheorghe`), initials
# (`A.A.`).
_LISTED_WORD = re.compile(rf"[{N.CAPITALS}][\w'\u2019\-]*\.?|(?:[A-Z][a-z]?\.)+")


def _lone_surname(word: str) -> bool:
    """Is `word` a surname alone in a list of names (see `listed_surnames`)?"""
    return len(word) >= 3 and word[0].isupper() and not word.isupper() and \
        N._name_word(word) and word.lower() not in N.FIELD_WORDS and \
        N.key(word) not in _SIDES and word not in N.CHINESE_SURNAMES and \
        word not in N.KOREAN_SURNAMES and word not in N.VIETNAMESE_SURNAMES


def _line_heading(line: str) -> tuple[int, tuple[str, str]] | None:
    """The heading a line of a participant paragraph opens with, its list after it on the
    line (`Bulgarian participants: Stanko Todorov, ...`, `Interpreter: Kim Yong-nam;
    recorded by: ...`, a side's line `Bulgaria: T. Zhivkov, ...`, `US: The President`):
    where its list begins and the (role, side) it names, the role "" for a side alone. None
    for a line without one; a heading alone on its line is `_heading_alone`'s."""
    head = _PARTICIPANT_LINE.match(line[:_HEADING_MAX])
    if head is None or not line[head.end():].strip():
        return None
    heading = _line_opening(head)
    return (head.end(), heading) if heading is not None else None


def _line_opening(head: re.Match | None) -> tuple[str, str] | None:
    """The (role, side) of a line's heading, `_PARTICIPANT_LINE`'s match, whatever follows
    it: a participant heading's, or a side's (`Bulgaria:`, `US:`); None for any other."""
    if head is None:
        return None
    heading = _heading(head.group("head"))
    if heading is None and N.key(head.group("head")) in _SIDES:
        heading = ("", re.sub("[^a-z]", "", N.key(head.group("head"))))
    return heading


_P, _SP, _DIV = tag("p"), tag("sp"), tag("div")


def _after_fields(text: str, head: re.Match) -> re.Match | None:
    """The participant heading of a line after the field lines a paragraph opens with (`Time:
    18 December 1970` / `Location: Zhongnanhai` / `Present: Lois Wheeler Snow`), as
    `_PARTICIPANT_LINE` matches it; None when a line of another kind comes first. `head` is
    the first line's match."""
    while head is not None and (head.group("head").lower() in N.FIELD_WORDS or
                                head.group("head").lower() in CHAIR_LABELS):   # `Chair: ...`
        line_end = text.find("\n", head.end())
        if line_end < 0:
            return None
        head = _PARTICIPANT_LINE.match(text, line_end + 1)
        if head is not None and _heading(head.group("head")) is not None:
            return head
    return None


def _count_labels(div: etree._Element, names: N.Names) -> None:
    for speaker in div.iter(tag("speaker")):
        # Most labels are text alone: `itertext` would set up a tree walk for each.
        text = (speaker.text or "") if len(speaker) == 0 else "".join(speaker.itertext())
        label = N.key(text.strip())
        names.label_counts[label] = names.label_counts.get(label, 0) + 1


class _Readings(dict):
    """An element's level string and its tokens (None when it has no words), by element. Read
    once and used by both walks: the walks before marking leave the tree alone, and marking
    an element changes only its own level string, after its last reading (children are
    marked after their parent).

    `by_text` holds the readings of elements without children by their tag and text, made
    once for all of them: a transcript's labels come back turn after turn (`Premier Zhou`,
    `Kissinger`), and their tokens, starts and shapes ask nothing of the register, so the
    same text reads the same. Not an element with children, whose tokens point at them, and
    not a text in capitals read as prose prints it (`N.prose_cased` asks the register)."""

    def __init__(self) -> None:
        super().__init__()
        self.by_text: dict[tuple[str, str], _Level | None] = {}


class _Level(N.Reading):
    """The reading of an element's level string, which keeps the offsets of its OBJECT marks:
    marking hands them to `wrap_all`, which would otherwise build the level string again. A
    text in capitals is read as prose prints it (`N.prose_cased`), its offsets the same: the
    level string as printed is `printed`, which marking rebuilds the element from."""

    def __init__(self, text: str, tokens: list[N.Token], marks: list[int],
                 printed: str | None = None):
        super().__init__(text, tokens)
        self.marks = marks
        self.printed = text if printed is None else printed
        # The translator's notes among its children, by the offset of their OBJECT marks:
        # found once, when a name is first read before one (`_short_form`).
        self.notes: dict[int, etree._Element] | None = None


# The elements `_read` reads as printed when they are in capitals: a closer's parts, whose
# signature in capitals is read so (`USSR AMBASSADOR IN THE DPRK` / `/A. PUZANOV/`), the
# register keeping its form, and the translator's brackets, which name and gloss as printed.
_AS_PRINTED = frozenset({tag("signed"), tag("salute"), tag("dateline"), _SUPPLIED,
                         tag("gloss")})


def _read(element: etree._Element, readings: _Readings, names: N.Names) -> _Level | None:
    if element in readings:
        return readings[element]
    if len(element):
        reading = _reading(element, names)
    else:   # a label, a bracket: maybe read already under another element (see `_Readings`)
        text = element.text or ""
        key = (element.tag, text)
        reading = readings.by_text.get(key, _UNREAD)
        if reading is _UNREAD:
            reading = _reading(element, names)
            if reading is None or element.tag == _SPEAKER or element.tag in _AS_PRINTED or \
                    not N.in_capitals(text):
                readings.by_text[key] = reading
    readings[element] = reading
    return reading


_UNREAD = object()   # no reading of that text yet (None is one: a text without words)
# What a level string without words holds: OBJECT marks and the blanks between them. Its
# text and its children's tails are read for it, the level string not made.
_BLANK = OBJECT + " \n\t"


def _reading(element: etree._Element, names: N.Names) -> _Level | None:
    if not (element.text or "").strip(_BLANK) and \
            not any((child.tail or "").strip(_BLANK) for child in element):
        return None   # a turn's, a division's: children and line breaks between them
    if element.tag == _SIC and park_name(element.text or "", text_before(element)):
        return None   # `in <sic>Gorky Park</sic>`: a park's name (places.park_name), no person
    text, marks, parts = level_with(element, _NAME_PARTS)
    # A `sic` of several words is a place's name (`West Germany [sic]`), no word of a name.
    objects = {mark: (child.text or "", child, child.tag != _SUPPLIED)
               for mark, child in parts.items()
               if child.tag == _SUPPLIED or " " not in (child.text or "")}
    if not objects and not _WORD_LEAD.search(text):
        return None
    # A label's titles in capitals are titles (`PRESIDENT TITO`): its words are read so,
    # its text, which marking rebuilds the element from, stays as printed.
    if element.tag == _SPEAKER:
        words = N.with_titles_cased(text)
        return _Level(text, N.tokenize(words, objects), marks)
    if element.tag not in _AS_PRINTED and N.in_capitals(text):
        # A telegram's text in capitals (`PRESIDENT PARK CHUNG HEE SAID`) is read as
        # prose prints it (`President Park Chung Hee said`).
        words = N.prose_cased(text, names)
        return _Level(words, N.tokenize(words, objects), marks, text)
    if element.tag == _SEG and "\n" in text and element.get("type") == "field":
        words = _field_lines_cased(text, names)
        if words != text:
            return _Level(words, N.tokenize(words, objects), marks, text)
    return _Level(text, N.tokenize(text, objects), marks)


_SEG = tag("seg")


def _field_lines_cased(text: str, names: N.Names) -> str:
    """A memorandum's field lines, each in capitals read as prose prints it, as a text in
    capitals is (`FROM: ZBIGNIEW BRZEZINSKI` above `SUBJECT: Soviet Forces in Cuba` was no
    person, the field lines together in no capitals)."""
    lines = text.split("\n")
    return "\n".join(N.prose_cased(line, names) if N.in_capitals(line, 2) else line
                     for line in lines)


def _mentions(element: etree._Element, names: N.Names, readings: _Readings,
              full_only: bool = False) -> list[N.Mention]:
    """The person mentions of `element`'s own text. A name of the gazetteer's of two words or
    more without a title is a place, whatever its shape or bracket says (`Cao Bang`, `Dien
    Bien Phu [Điện Biên Phủ]`, the `Hà Nội` of `Hanoi [Hà Nội]`): the places pass marks it.
    One word may be a person's too (`Gorky`). Surnames in capitals listed after a name in
    capitals are persons (`_listed_in_capitals`)."""
    reading = _read(element, readings, names)
    if reading is None or not reading.starts:
        return []
    if full_only and not _has_full_name_hint(reading.text):
        return []  # no two capitalized words together, no bracket: no full name to collect
    found = [mention for mention in names.scan_reading(reading)
             if (mention.words[-1].bracket is None or not _place_named_again(mention, names))
             and (mention.titles or len(mention.plain) < 2 or not known_place(mention.spoken) or
                  respaced_name(reading.text, mention.start, mention.spoken) or
                  names.find_exact(mention.spoken) is not None)
             and (mention.titles or not _ends_place(reading.text, mention))]
    if names.cut_off is not None and found and reading.text.endswith(" " + names.cut_off):
        # `... Comrade Stoya`, the page cut off in a name: no one's (segment's `_cut_word`)
        found = [m for m in found if m.end <= len(reading.text) - len(names.cut_off) - 1]
    return found if full_only or not found else _listed_in_capitals(reading, found)


# A surname in capitals after a list's comma or `and`, four letters or more with a vowel,
# maybe hyphenated, as `_CAPS_SIGNER` reads one (`, TURCHIN`, ` and VELIKANOVA`), the word
# ending there (`ORLOV's` is none).
_LISTED_IN_CAPITALS = re.compile(
    rf"(?:,[ \u00a0]+(?:and[ \u00a0]+)?|[ \u00a0]+and[ \u00a0]+)"
    rf"(?P<name>(?=[{N.CAPITALS}\-]*[AEIOUY\u00c0-\u00dd])"
    rf"(?:[{N.CAPITALS}]{{2,}}-[{N.CAPITALS}]{{2,}}|[{N.CAPITALS}]{{4,}}))(?![\w'\u2019\-])")
# The words in capitals a KGB report may list after names, no one's surname (`SAKHAROV,
# BONNER and OTHERS`).
_GROUPS_IN_CAPITALS = frozenset({"OTHERS", "FRIENDS", "COMRADES", "RELATIVES", "CHILDREN",
                                 "WIFE", "HUSBAND", "SONS", "DAUGHTERS", "FAMILY", "SUPPORTERS",
                                 "ASSOCIATES", "COLLEAGUES", "FOLLOWERS", "ACCOMPLICES"})


def _listed_in_capitals(reading: _Level, mentions: list[N.Mention]) -> list[N.Mention]:
    """`mentions` and the surnames in capitals a list goes on with after a name in capitals
    (`SAKHAROV, TURCHIN, ORLOV, VELIKANOVA and the correspondents`, `A.D. SAKHAROV, TURCHIN`),
    as a KGB report lists the persons it watches: the register knows none of them, but the
    list they are in names persons. Not a place, a body's abbreviation, a title or a word of
    prose (`_surname_in_capitals`, `_GROUPS_IN_CAPITALS`)."""
    text, tokens = reading.text, reading.tokens
    starts: set[int] = set()   # the mentions' starts, made once one is in capitals
    listed = []
    positions: list[int] = []   # the tokens' starts, made once a list goes on
    for mention in mentions:
        surname = mention.spoken.rpartition(" ")[2]
        if not surname.isupper() or not surname.isalpha():
            continue   # most mentions: a name in mixed case
        starts = starts or {other.start for other in mentions}
        end = mention.end
        while (entry := _LISTED_IN_CAPITALS.match(text, end)) is not None and \
                entry.start("name") not in starts:
            word = entry.group("name")
            positions = positions or [token.start for token in tokens]
            at = bisect_left(positions, entry.start("name"))
            token = tokens[at] if at < len(tokens) else None
            if not word.isupper() or word in _GROUPS_IN_CAPITALS or \
                    word.lower() in N._PROSE_WORDS or not _surname_in_capitals(word) or \
                    token is None or token.start != entry.start("name") or \
                    token.end != entry.end("name"):
                break
            listed.append(N.Mention(token.start, token.end, None, [], [token], listed=True))
            end = entry.end()
    return sorted(mentions + listed, key=lambda mention: mention.start) if listed else mentions


# The capitalized word just before a mention (`San ` before `Li Tun`).
_WORD_BEFORE = re.compile(r"[A-Z][^\W\d_A-Z]+[ \u00a0]$")   # `São ` too


def _ends_place(text: str, mention: N.Mention) -> bool:
    """Do the mention's words end a gazetteer place's name that the word before them opens
    (`San Li Tun`, Sanlitun)? The places pass marks it, no person `Li Tun`. Not a bracket
    alone (`Cuba [Fidel Castro]`), which has no words of its own."""
    if not mention.spoken:
        return False
    before = _WORD_BEFORE.search(text, max(0, mention.start - 12), mention.start)
    return before is not None and known_place(before[0] + mention.spoken)


def _place_named_again(mention: N.Mention, names: N.Names) -> bool:
    """Are a mention's words a place's name and its bracket the same place's other name
    (`Long Chau [Longzhou]`: `places.other_name`), not a person: no title before them, and
    no person the document or the authority knows by them?"""
    if mention.titles or len(mention.words) < 2 or \
            any(token.bracket is not None for token in mention.words[:-1]):
        return False
    return other_name(mention.plain, mention.words[-1].bracket.strip()) is not None and \
        names.resolve(mention.spoken) is None


# A section's number opening a paragraph, a Roman numeral (I to XXXIX) or a capital letter and
# a full stop, and the rest of its first line: `V. Conclusions`, `C. Relations with Albania`,
# `I. Khrushchev's visit`, as `K. Chernenko` or `A. Gromyko said` open one too.
_SECTION = re.compile(r"[ \t\u00a0]*(?P<number>(?=[IVX])X{0,3}(?:IX|IV|V?I{0,3})|[A-Z])\."
                      r"[ \u00a0]+(?P<rest>[^\n]{1,200})")
# The first word of a heading after its number, and what may follow it: a possessive or
# lower-case words (`Relations with Albania`, `Organizational matters`, `Khrushchev's visit`).
_HEADING_WORD = re.compile(r"[A-Z][a-z]+(?:-[a-z]+)*(?P<possessive>['\u2019]s)?")
# A verb of speech or report after that word, maybe after `then` or `also`: `E. Gierek spoke
# about ...`, `B. Ponomarev then informed ...` is a sentence, the word a person's surname.
_REPORTS = re.compile(r"[ \u00a0]+(?:(?:then|also)[ \u00a0]+)?(?:spoke|speaks|" +
                      "|".join(N.SPEECH_VERBS) + r")\b")
_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10}
# The prepositions an agenda item's heading opens with (`I. About Afghanistan`, `II. On the
# situation in Poland`, `A. Regarding the treaty`): no one's surname.
_HEADING_PREPOSITION = re.compile(r"(?:About|On|Regarding|Concerning)[ \u00a0]")
# A heading in capitals after a section's number, maybe ending in a full stop or a colon:
# `DISARMAMENT`, `DATE OF NEXT MEETING`, `TRADE, CREDITS:`. Beside another section's number,
# no one's name.
_CAPITALS_HEADING = re.compile(r"[A-Z][A-Z'\u2019\-]++(?:[ \u00a0,]++[A-Z][A-Z'\u2019\-]*+)*+[.:]?")


def _read_headings(div: etree._Element, names: N.Names, readings: _Readings) -> None:
    """Read the paragraphs that open with a section's number and a heading without that
    number: the letter is no initial (`V. Conclusions` was a person `#v-conclusions`, `X.
    Results of the talks` one `#x-results`). A letter is a section's only where the document
    numbers its sections, another paragraph opening with the letter or numeral before or
    after it (`IV.` or `VI.` beside `V. Conclusions`, `B.` or `D.` beside `C.`): alone, `M.
    Thorez's speech` is a person's. And the words after it are a heading, not a sentence,
    and no person of the document or the authority has that surname and a given name it
    begins (`I. Khrushchev's visit`, not `A. Gromyko's statement`): a word and lower-case
    words or a possessive, or a word alone. A heading opening with a preposition (`I. About
    Afghanistan`) needs no neighbour and no more words: no one is called About."""
    found = []
    for p in div.iter(tag("p")):
        section = _SECTION.match(p.text or "")
        if section is not None:
            found.append((p, section.group("number"), section))
    if not found:
        return
    places = {place for _, number, section in found
              if not _is_initial(section, names) and not _reports(section)
              for place in _section_places(number)}
    for p, number, section in found:
        if not _HEADING_PREPOSITION.match(section.group("rest")) and (
                len(number) != 1 or not any((kind, value + step) in places
                                            for kind, value in _section_places(number)
                                            for step in (-1, 1)) or
                not _is_heading(section, names) and not _lone_heading_word(section, names)):
            continue
        reading = _read(p, readings, names)
        if reading is not None and reading.tokens and \
                reading.tokens[0].start == section.start("number"):
            readings[p] = _Level(reading.text, reading.tokens[1:], reading.marks,
                                 reading.printed)
    _read_points(div, names, readings)


# A capital letter and a full stop opening a line, and the word after it: `A. Peiping will not
# act.`, `D. Sino-Soviet relations will remain strained.`, `A. Gromyko said` (a person).
_POINT = re.compile(r"^[ \t\u00a0]*(?P<letter>[A-Z])\.[ \u00a0]+(?P<word>[A-Z][\w\-]*+)",
                    re.MULTILINE)
# The first parts of a compound of peoples (`Sino-Soviet`, `Anglo-American`, `Franco-German`).
_COMBINING_FORMS = frozenset({"Sino", "Anglo", "Franco", "Russo", "Indo", "Afro", "Euro",
                              "Austro", "Italo", "Greco", "Serbo", "Judeo", "Soviet"})
# Nouns of prose in the plural that no surname is (`Negotiations`, `Relations`, `Elections`).
_PROSE_PLURAL = re.compile(r"[A-Z][a-z]{3,}(?:tion|sion)s")


def _read_points(div: etree._Element, names: N.Names, readings: _Readings) -> None:
    """Read the lines that open with a letter and a full stop, then a word no surname is, as
    a list's points: the letter is no initial. CIA estimates and State Department memoranda
    letter their conclusions (`A. Peiping will not act.`: `#a-peiping`, and `Peiping
    [Beijing]` then his; `D. Sino-Soviet relations`: `#d-sino-soviet`). The word is a place's,
    a people's or prose's, or a compound of them, and no person of the document or the
    authority has it as surname; `A. Gromyko said` stays a person."""
    for p in div.iter(tag("p")):
        points = [point.start("letter") for point in _POINT.finditer(p.text or "")
                  if _no_surname(point.group("word")) and
                  not names.knows_surname(point.group("word"))]
        if not points:
            continue
        reading = _read(p, readings, names)
        if reading is not None:
            # the letter alone, no initials of a name (`A. I. ALEKSEEV`: one token)
            tokens = [token for token in reading.tokens
                      if token.start not in points or len(token.text) != 2]
            if len(tokens) < len(reading.tokens):
                readings[p] = _Level(reading.text, tokens, reading.marks, reading.printed)


def _no_surname(word: str) -> bool:
    """Is a capitalized word a place's, a people's or a word of prose, or a compound of them
    (`Peiping`, `Soviet`, `Sino-Soviet`, `Negotiations`), no one's surname?"""
    if word.endswith("-"):
        return False
    return known_place(word) or _PROSE_PLURAL.fullmatch(word) is not None or all(
        part in N.NOT_NAME or part.lower() in N._PROSE_WORDS or part in N.NATIONALITIES or
        part in N.IRREGULAR_PEOPLES or part in _COMBINING_FORMS or known_place(part)
        for part in word.split("-"))


def _is_initial(section: re.Match, names: N.Names) -> bool:
    """Is a letter opening a paragraph a known person's initial, the word after it his
    surname (`A. Gromyko's statement`, `L. Brezhnev said`)? It numbers no section, and is no
    other section's neighbour in the sequence."""
    word = _HEADING_WORD.match(section.group("rest"))
    if len(section.group("number")) != 1 or word is None:
        return False
    surname = word.group()[:word.start("possessive")] if word.group("possessive") else word.group()
    return names.knows_initialled(f"{section.group('number')}. {surname}")


def _reports(section: re.Match) -> bool:
    """Does a verb of speech or report follow the word after a letter (`E. Gierek spoke about
    ...`, `B. Ponomarev said`)? A sentence, whose subject is a person with an initial: no
    heading, and no other section's neighbour."""
    word = _HEADING_WORD.match(section.group("rest"))
    return word is not None and not word.group("possessive") and \
        _REPORTS.match(section.group("rest"), word.end()) is not None


def _section_places(number: str) -> list[tuple[str, int]]:
    """Where a section's number stands in the sequences it may be of: the alphabet's and the
    Roman numerals' (`V` is either)."""
    places = [("letter", ord(number))] if len(number) == 1 else []
    if set(number) <= set(_ROMAN_VALUES):
        values = [_ROMAN_VALUES[c] for c in number]
        places.append(("roman", sum(-v if v < after else v
                                    for v, after in zip(values, values[1:] + [0]))))
    return places


def _is_heading(section: re.Match, names: N.Names) -> bool:
    """Are the words after a letter a heading: a word, then a possessive or lower-case words
    (not `and` before another initial), no sentence's end, and no known person that the
    letter and the word name?"""
    rest = section.group("rest").rstrip()
    word = _HEADING_WORD.match(rest)
    if word is None or rest.endswith((".", ",", ";", ":", "!", "?")) or \
            len(rest.split()) > 10 or re.search(r"\b[A-Z]\.", rest):
        return False
    after = rest[word.end():]
    if not word.group("possessive") and not re.match(r"[ \u00a0]+[a-z]{2,}\b", after) or \
            _reports(section):
        return False
    return not _is_initial(section, names)


def _lone_heading_word(section: re.Match, names: N.Names) -> bool:
    """Is the rest after a letter one capitalized word, a place's name, or a heading in
    capitals (`I. BERLIN`, `I. DISARMAMENT` above `II. DATE OF NEXT MEETING`), and none a
    known person has with a given name the letter begins (`Conclusions`, not `I.
    SHCHERBAKOV` signing a report the Soviet ambassador I.S. Shcherbakov wrote)?"""
    rest = section.group("rest").rstrip()
    return (re.fullmatch(r"[A-Z][a-z]+(?:-[a-z]+)*", rest) is not None or known_place(rest) or
            _CAPITALS_HEADING.fullmatch(rest) is not None) and not _is_initial(section, names)


def _has_full_name_hint(text: str) -> bool:
    return OBJECT in text or _FULL_NAME_HINT.match(text) is not None


def _parts(mention: N.Mention, names: N.Names) -> tuple[str, str | None, str | None]:
    """Return (full name, variant, identification) of a mention built from words and brackets."""
    spoken = mention.spoken
    if len(mention.plain) == len(mention.words):
        return spoken, None, None  # no bracket, as in most mentions: the name as spoken
    plain = spoken.split()
    full, variant, identified = spoken, None, None
    for index, token in enumerate(mention.words):
        if token.bracket is None:
            continue
        content = token.bracket.strip()
        if content.endswith("?") and len(content) > 1:
            content = content[:-1].rstrip()   # `[Zhang Lin?]`: the name, `cert` its doubt
        titled = N.identification_titles(plain, content) if index and plain else 0
        if titled:
            # Mujib [Sheikh Mujibur Rahman]: the titles are his (`_bracket_titles`), the rest
            # the full name that identifies him
            identified = " ".join(content.split()[titled:])
            mention.reasons[token.start] = "identification"
        elif index == 0 and plain:
            titled = N.completion_titles(content)
            if titled > 0:   # [President John F.] Kennedy: the titles are no name's words
                content = " ".join(content.split()[titled:])
            full = f"{content} {spoken}"                     # [Li] Fuchun
            mention.reasons[token.start] = "name-completion"
        elif not plain:
            identified = content                             # [Zhou] alone
            mention.reasons[token.start] = "identification"
        elif len(plain) == 1 and plain[0] in N.FAMILIAR_NAMES and " " not in content:
            # Jim [Baker]: the surname of James Baker, whom the familiar given name is
            full = f"{N.FAMILIAR_NAMES[plain[0]]} {content}"
            mention.reasons[token.start] = "name-completion"
        elif "," in content and N.restated_post(plain, content):
            # Kostadin Gyaurov [Kostadin Gyaurov, Ambassador]: the name again, no other form
            # of it, and a post (`_bracket_titles`)
            mention.reasons[token.start] = "variant"
        elif len(plain) == 1 and (_given_after(plain[0], content) or " " not in content and
                                  names.find_exact(f"{content} {spoken}") is not None):
            # Kosygin [Alexei]; MIKOYAN [Sergo] after `Sergo Mikoyan`, a name the document has
            full = f"{content} {spoken}"
            mention.reasons[token.start] = "name-completion"
        elif N.key(content) == N.key(spoken) or (len(content.split()) >= 2 <= len(plain) and
                                                 content.split()[0] == plain[0]) or \
                _reordered(plain, content) or \
                _respelt(plain, content) or len(plain) == 1 and N.respelt_word(plain[0], content) \
                or _abbreviates(plain, content):
            # Kim Chang-man [Kim Chang Man], Khrushchev [Khrushchov], Shiina Etsusaburo
            # [Etsusaburō Shiina]; not one word the bracket's longer name opens, `Comrade Vorn
            # [Vorn Vet]`: the bracket identifies him, as `Comrade Hem [Khieu Samphan]` does
            variant = content
            mention.reasons[token.start] = "variant"
        elif len(plain) >= 2 and N.is_initials(plain[0]) and \
                all(N.is_initials(w) or N.PARTICLE_WORD.fullmatch(w) for w in plain[:-1]) and \
                content.split()[-1] == plain[-1] and len(content.split()) >= 2 and \
                _initials_agree(plain[:-1], content.split()[:-1]):
            full, variant = content, spoken                  # A.H. Khaddam [Abd al-Halim Khaddam]
            mention.reasons[token.start] = "name-completion"
        elif len(plain) == 1 and _completes_before(plain[0], content):
            full = f"{content} {spoken}"         # Jaruzelski [W.], Massoud [Ahmad Shah]
            mention.reasons[token.start] = "name-completion"
        elif len(plain) == 1 and mention.titles and given_after_title(plain[0], content) and \
                names.find_exact(f"{spoken} {content}") is None:
            # Minister Karjalainen [Ahti]: Ahti Karjalainen, whatever the given name; not
            # `Mr. Huan [Xiang]` of a document that has Huan Xiang
            full = f"{content} {spoken}"
            mention.reasons[token.start] = "name-completion"
        elif all(N.is_initials(w) for w in plain) or (
                plain[-1] not in content.split() and (
                    not _authority_name(content) or N.address_key(spoken) is not None or
                    _authority_name(f"{spoken} {content}")) and
                _completes(f"{spoken} {content}")):
            # Zhou [Enlai], Kim [Il Sung]; a known surname after a name and patronymic, not
            # another name of theirs (`Nikolai Aleksandrovich [Tikhonov]`), or after a given
            # name it makes an authority's name with (`Wojciech [Jaruzelski]`)
            full = f"{spoken} {content}"
            mention.reasons[token.start] = "name-completion"
        elif len(plain) == 1 and len(content.split()) >= 2 and \
                all(N.is_initials(w) for w in content.split()[:-1]) and \
                N.key(plain[0]) != N.key(content.split()[-1]) and \
                N.respelt_word(plain[0], content.split()[-1]):
            variant = content              # Sambu [Zh. Sambuu]: his initials, a respelling
            mention.reasons[token.start] = "variant"
        elif _another_name(plain, content):
            variant = content              # Imre Nagy [Nagy Imre], Shi Zhe [Karskii]
            mention.reasons[token.start] = "variant"
        else:
            identified = content                             # Filippov [Stalin]
            mention.reasons[token.start] = "identification"
    return full, variant, identified


# A given name no list need know, before a patronymic in a bracket (`Elena` of `[Elena
# Georgievna]`): one capitalized word of letters.
_GIVEN_WORD = re.compile(r"[A-Z][a-z]+")


def _given_after(surname: str, content: str) -> bool:
    """Is a bracket after a surname its given names (`Kosygin [Alexei]`, `Kosygin [Alexei
    Nikolayevich]`): a known given name, then maybe patronymics or given names? The full name
    is then in its running order, given names first (Alexei Kosygin, the `A. Kosygin` of the
    same document or the authority), not as printed (`kosygin-alexei`). A given name and a
    patronymic are one whatever the given name (`Bonner [Elena Georgievna]`)."""
    words = content.split()
    return bool(words) and (N.is_given_name(words[0]) or len(words) == 2 and
                            _GIVEN_WORD.fullmatch(words[0]) is not None and
                            N._PATRONYMIC.fullmatch(words[1]) is not None) and \
        not N.is_given_name(surname) and \
        N.key(content) != N.key(surname) and \
        all(N.is_given_name(w) or N._PATRONYMIC.fullmatch(w) for w in words[1:])


# A given name in a bracket after a titled surname: a capitalized word of letters, maybe
# accented or hyphened (`Ahti`, `Stepan`, `Jean-Pierre`), one or two of them.
_GIVEN_AFTER_TITLE = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)?(?: [^\W\d_]+(?:-[^\W\d_]+)?)?")


def given_after_title(surname: str, content: str) -> bool:
    """Is a bracket after a titled surname its given names, though no list knows them
    (`Minister Karjalainen [Ahti]`, `Ambassador Chervonenko [Stepan]`)? A title names a person
    by the surname, so the bracket is the given name, to go before it (`ahti-karjalainen`).
    Not an East Asian name, surname first (`Premier Kim [Il Sung]`, `Chairman Mao [Zedong]`,
    a surname and a given name all pinyin: `Ambassador Qiao [Guanhua]`; nor a whole one,
    `Comrade Khiev [Son Sen]`, an alias's real name), nor the surname
    again or respelt (`Comrade Baibakov [Nikolai Baibakov]`, `Foreign Minister Subandrio
    [Soebandrio]`), a known person (`Filippov [Stalin]`), a place or a people."""
    words = content.split()
    return _GIVEN_AFTER_TITLE.fullmatch(content) is not None and \
        not any(N.key(w) == N.key(surname) or N.respelt_word(surname, w) for w in words) and \
        all(w[0].isupper() and w[1:].islower() for w in words) and \
        not N.is_given_name(surname) and N.key(content) != N.key(surname) and \
        N.romanization(f"{surname} {content}") is None and \
        not (len(words) > 1 and N.romanization(content)) and \
        surname not in N.JAPANESE_SURNAMES and surname not in N.WADE_GILES_SURNAMES and \
        surname not in N.CHINESE_SURNAMES and surname not in N.KOREAN_SURNAMES and \
        not (N._pinyin_given(surname) and all(N._pinyin_given(w) for w in words)) and \
        not any(w in N.NOT_NAME or w in N.NATIONALITIES for w in words) and \
        not _authority_name(content) and not _authority_name(f"{surname} {content}") and \
        not known_place(content)


def _completes_before(surname: str, content: str) -> bool:
    """Is a bracket after a surname the rest of the name, to go before it: initials
    (`Jaruzelski [W.]` is W. Jaruzelski, not `jaruzelski-w`), or words that with the surname
    after them make a name of the authority (`Massoud [Ahmad Shah]`, Ahmad Shah Massoud)?"""
    words = content.split()
    return all(N.is_initials(w) for w in words) and bool(words) and \
        not N.is_initials(surname) or _authority_name(f"{content} {surname}")


def _another_name(plain: list[str], content: str) -> bool:
    """Is a bracket another name of the person the printed words name in full: reordered,
    respelt from another letter, a pseudonym or a short form (`Imre Nagy [Nagy Imre]`, `Park
    Chung Hee [Bak Jeong-hui]`, `Shi Zhe [Karskii]`, `Sheikh Mujibur Rahman [Mujib]`)? The
    printed name stays the person's. Not when the bracket is the fuller name (`Kim Il [Kim Il
    Sung]`), or names one of the authority's persons that the printed words do not (`Feng Xi
    [Stalin]`: the bracket says who is meant). A woman's given name before a surname is a
    name's shape here too (`Nancy Tang [Tang Wensheng]`: the interpreter the turns call
    `Nancy Tang:`, one person), and so is a name of the authority's whatever its shape
    (`Syngman Rhee [Yi Seung-man]`)."""
    words = content.split()
    if len(plain) < 2 or not (N._name_shape(plain) or N.written_again(plain, words) or
                              len(plain) <= 3 and plain[0] in N.WOMEN_GIVEN_NAMES or
                              _authority_name(" ".join(plain))):
        return False
    printed = {N.key(w) for w in plain}
    if len(words) > len(plain) and printed <= {N.key(w) for w in words}:
        return False
    return not _authority_name(content) or _authority_name(" ".join(plain))


def _reordered(plain: list[str], content: str) -> bool:
    """Is the bracket the printed name's words in another order, accents aside (`Syngman Rhee
    [Rhee Syngman]`, `Shiina Etsusaburo [Etsusaburō Shiina]`): the same person's name as the
    other order writes it, a variant?"""
    words = content.split()
    return len(plain) >= 2 and len(words) == len(plain) and \
        sorted(map(N.key, words)) == sorted(map(N.key, plain))


def _abbreviates(plain: list[str], content: str) -> bool:
    """Is the bracket the document's short form of the name before it, the initials of its
    words in capitals (`Pham Van Dong [PVD]`, `Kim Il-sung [KIS]`), as `[henceforth referred
    to as Kim]` gives one? A variant, which the later `PVD` means; not the rest of the name
    (`#pham-van-dong-pvd`)."""
    letters = [part[0] for word in plain for part in word.split("-") if part]
    return len(letters) >= 2 and content == "".join(letters).upper() and content.isalpha()


def _initials_agree(initials: list[str], given: list[str]) -> bool:
    """Do initials stand for the given names of a bracket, a particle passed over (`A.H.` for
    `Abd al-Halim`)?"""
    letters = [c for c in "".join(initials) if c.isupper()]
    heads = [N._PARTICLE_PREFIX.sub("", w)[:1] for w in given
             if N._PARTICLE_PREFIX.sub("", w)[:1].isupper()]
    return letters == heads


def _respelt(plain: list[str], content: str) -> bool:
    """Is the bracket another romanization of the name before it, syllable for syllable from
    the same first letter (`Jeong Jun-taek [Jung Jun Tek]`, `Baek Nam-eun [Bek Nam Un]`)? An
    initial is no syllable: `A. Werblan [Andrzej Werblan]` completes the name."""
    if len(plain) < 2 or len(content.split()) < 2 or any(N.is_initials(w) for w in plain):
        return False
    spoken, other = _SYLLABLES.split(" ".join(plain)), _SYLLABLES.split(content)
    return len(spoken) == len(other) and spoken[0][:1].lower() == other[0][:1].lower()


_SYLLABLES = re.compile(r"[\s\-]+")


def _authority_name(name: str) -> bool:
    """Is `name` one of the authority's names on its own (`Stalin` in `Filippov [Stalin]`)?"""
    return N.key(name) in _authority_keys()


@lru_cache(maxsize=1)
def _authority_keys() -> frozenset[str]:
    return frozenset(N.key(form) for p in N.builtin_authority() for form in (p.name, *p.variants))


def _completes(name: str) -> bool:
    """Does a name with its bracketed completion make one full name (`Kim Il Sung`)?"""
    words = name.split()
    return N._name_shape(words) or N.key(name) in _authority_keys() or \
        (len(words) == 2 and not words[1] in N.NOT_NAME)


def _bracket_titles(mention: N.Mention) -> list[str]:
    """The titles that open a bracket completing the name (`President` of `[President John F.]
    Kennedy`, `N.completion_titles`)."""
    first = mention.words[0].bracket
    titled = N.completion_titles(first) if first is not None else 0
    titles = first.split()[:titled] if titled > 0 else []
    last = mention.words[-1].bracket
    if last is not None and "," in last:
        post = N.restated_post(mention.plain, last)   # `[Kostadin Gyaurov, Ambassador]`
        if post:
            titles.append(post)
    elif last is not None and len(mention.words) > 1:
        titled = N.identification_titles(mention.plain, last)   # `[Sheikh Mujibur Rahman]`
        titles += last.split()[:titled]
    return titles


def _collect(mention: N.Mention, names: N.Names) -> None:
    full, variant, identified = _parts(mention, names)
    titles = [t.text for t in mention.titles] + _bracket_titles(mention)
    if identified and not full:
        # A post's holder in a name's shape (`the First Secretary [Alexander Dubček]`) is a
        # full name: known before the labels, so that `Comrade Dubček:` is he.
        if N._name_shape(identified.split()):
            names.add(identified)
        return
    words = full.split()
    if len(words) == 1 and variant and not identified:
        # `Brejnev [Brezhnev]`: the printed word, no one's, is known from here on
        person = names.resolve(variant) if names.resolve(full) is None else None
        if person is not None:
            names.add_variant(person, full)
        return
    if identified:
        person = names.add(identified) if N._name_shape(identified.split()) or \
            names.resolve(identified) or _named_in_full(full, identified) or \
            _alias_named(mention, words, identified) else None
        if person and full:
            names.add_variant(person, full)
        return
    if len(words) >= 2 and (N._name_shape(words) or any(t.is_bracket for t in mention.words)
                            or names.find_exact(full) or titles) or \
            titles and titles[0] in N.PEERAGES:
        # a peer's one word too (`Earl of Home`): the title is the name, as printed first
        person = names.add(full, variant=variant,
                           title=" ".join(titles_without_honorifics(titles)) or None)
        if _of_a_woman(titles):
            person.woman = True


def _alias_named(mention: N.Mention, words: list[str], identified: str) -> bool:
    """Is a bracket after a titled one word the real name of the one the word calls so, two
    or three capitalized words (`Comrade Khiev [Son Sen]`, a revolutionary alias): known
    before the labels, so that `Comrade Khiev:` is Son Sen too."""
    real = identified.split()
    return bool(mention.titles) and len(words) == 1 and 2 <= len(real) <= 3 and \
        all(w[:1].isupper() and N._name_word(w) and not N._is_title(w) for w in real)


def _named_in_full(full: str, identified: str) -> bool:
    """Is a bracket the printed name again with one or two given names before it, whatever
    they are (`Representative Pérez de Cuéllar [Javier Pérez de Cuéllar]`)? It is the
    person's full name, known before the labels: read after `MR. PÉREZ DE CUÉLLAR:`, whose
    words made a person of their own, it gave him no more than a variant."""
    if not full or not identified.endswith(" " + full):
        return False
    given = identified[:-len(full)].split()
    return len(given) <= 2 and all(N._name_word(w) and w[:1].isupper() and not w.isupper()
                                   for w in given)


def _of_a_woman(titles: list[str]) -> bool:
    """Do the titles before a name say that she is a woman (`Mme.`, `Mrs.`, `Queen`)?"""
    return any(t in N.WOMEN_HONORIFICS or t in N.WOMEN_TITLES for t in titles)


def titles_without_honorifics(titles: list[str]) -> list[str]:
    # `M.` among titles is the French honorific (names' `_shape_at`), never an initial
    return [t for t in titles if t not in N.HONORIFICS and t != N.MONSIEUR]


# The honorifics a record gives the living it addresses or names (`Mr. KENNEDY`, `Comrade
# Ulbricht`, `H.E. Subandrio`): before a surname alone they name one acting in the record,
# whom the authority's person dead at its date is not (`Names.resolve`'s `acting`). Not those
# also said of the dead (`Pandit Nehru`, `Sir`, `His Majesty`).
_LIVING_HONORIFICS = frozenset({"Mr.", "Mister", "Mrs.", "Ms.", "Miss", "Mme.", "Madame",
                                "Mlle.", "Mademoiselle", N.MONSIEUR, "Comrade", "Comrades",
                                "Com.", "Coms.", "Cde.", "Cdes.", "Tovarishch", "H.E.",
                                "Excellency", "Sig.", "Signor", "Shri"})
# The elements whose names act in the record: a turn's label, a closer's signature, a
# letter's salute (`Dear Comrade Tito`).
_ACTORS = frozenset({_SPEAKER, tag("signed"), tag("salute")})


def _resolve(mention: N.Mention, names: N.Names, create: bool,
             withheld: bool = False, acting: bool = False, in_order: bool = False
             ) -> N.Person | None:
    """Who a mention is; `withheld` when the editors say the original names him no further
    (`Counsellor Pak [first name not given]`): the printed name is then the document's own
    person, no one the authority knows by that surname. `acting` for a name in a label, a
    signature or a salute (`_ACTORS`): he acts in the record, as one an honorific of the
    living names (`Mr. KENNEDY`) or a list after a plural one (`Coms. Kardelj, Rankovic`)
    does; `in_order` when read where it stands (`Names.resolve`)."""
    full, variant, identified = _parts(mention, names)
    acting = acting or mention.listed or \
        any(t.text in _LIVING_HONORIFICS for t in mention.titles)
    titles = titles_without_honorifics([t.text for t in mention.titles] +
                                       _bracket_titles(mention))
    title = " ".join(titles) or None
    if identified:
        person = names.resolve(identified, titles, acting) or \
            (names.add(identified, acting=acting) if create else None)
        if person and full:
            names.add_variant(person, full)
        if person and title and title not in person.titles:
            person.titles.append(title)   # `The Cardinal [Wyszyński]`: his occupation
        return person
    honorific = next((t.text for t in mention.titles if t.text in N.WOMEN_HONORIFICS), None)
    if honorific and len(full.split()) == 1:
        person = names.resolve_woman(full, honorific)   # `Mme. Sukarno`: not President Sukarno
        if person.name != full:
            names.add_variant(person, f"{honorific} {full}")
    elif withheld and create:
        person = names.add(full, acting=acting)
    else:
        person = names.resolve(full, titles, acting, in_order=in_order)
    if person is not None and len(full.split()) >= 2 and \
            _of_a_woman([t.text for t in mention.titles]):
        person.woman = True
    if person is None and full != mention.spoken:
        person = names.resolve(mention.spoken, titles, acting)
    if person is None and len(full.split()) == 1 and \
            any(t.text in N.COMRADES for t in mention.titles):
        person = names.by_given_name(full)   # `Comrade Fidel`: Fidel Castro
    if person is None and variant and len(full.split()) == 1:
        # `Brejnev [Brezhnev]`: the bracket spells a known surname, the printed word a variant
        person = names.resolve(variant, titles, acting)
        if person is not None:
            names.add_variant(person, full)
    if person is None and create and (mention.titles or mention.listed or len(full.split()) >= 2 or
                                      any(N.is_initials(w) for w in full.split())):
        person = names.add(full, variant=variant, acting=acting)
    if person is None:
        return None
    if variant:
        names.add_variant(person, variant)
    if title and title not in person.titles:
        person.titles.append(title)
    return person


def _mark(element: etree._Element, names: N.Names, readings: _Readings,
          wrapped: set[etree._Element]) -> None:
    """Wrap each mention in `element`'s own text (not its children's) as `persName`; add what
    the new persNames hold to `wrapped`."""
    found = []
    husbands: list[tuple[int, int, etree._Element]] = []   # `Ambassador` of `... and Mrs. X`
    withheld: set[int] | None = None   # the offsets of notes that no name is given: asked once
    for mention in _mentions(element, names, readings):
        reading = readings[element]
        at = _object_after(reading.text, mention.end)
        if at is not None and withheld is None:
            withheld = _names_withheld(element, reading)
        person = _resolve(mention, names, create=True,
                          withheld=at is not None and at in withheld or
                          _introduced_here(reading.text, mention),
                          acting=element.tag in _ACTORS, in_order=True)
        if person is not None:
            person.mentions += 1
            husband = _husband(reading.text, mention, person, names, found)
            if husband is not None:
                husbands.append(husband)
            found.append((mention, new("persName", ref=f"#{person.id}"),
                          _suffix_end(reading.text, mention, person, names)))
            short = _short_form(element, reading, mention, at)
            if short is not None:
                names.defined[short] = person   # from here on: `Kim` is this Kim
    if not found:
        return  # most elements: nothing to wrap
    reading = readings[element]
    wrap_all(element, [(mention.start, end, name) for mention, name, end in found] + husbands,
             content=(reading.printed, reading.marks))
    for _, _, name in husbands:   # a husband's title alone: `<roleName>Ambassador</roleName>`
        wrap(name, 0, len(name.text), new("addName", type="honorific")
             if name.text in N.HONORIFICS else new("roleName"))
        wrapped.update(name.iter())
    for mention, name, _ in found:
        wrapped.update(name.iter())
        for child in name:
            if local(child) == "supplied":
                reason = _reason_of(mention, child)
                if reason:
                    child.set("reason", reason)
                if (child.text or "").endswith("?") and len(child) == 0:
                    child.set("cert", "low")   # `[Zhang Lin?]`, as `[[Kim?]]` is unclear
                if reason == "name-completion" and len(child) == 0:
                    _mark_bracket_titles(child, N.completion_titles(child.text or ""))
                elif reason == "identification" and len(child) == 0 and len(mention.plain):
                    _mark_bracket_titles(child, N.identification_titles(mention.plain,
                                                                        child.text or ""))
                elif reason == "variant" and len(child) == 0 and "," in (child.text or ""):
                    _mark_restated_post(child, mention.plain)
        if mention.titles:
            _mark_titles(name, mention)


# A staff member's post set off after a name (`Comrade Kim, the deputy head of the 1st
# Department,`, `Comrade Pak, an official of the ministry`, `, our interpreter`): the text
# introduces him; no leader of the surname it named before.
_STAFF_APPOSITIVE = re.compile(
    r",[ \u00a0]+(?:the|an?|our|their)[ \u00a0]+(?:(?:deputy|assistant)[ \u00a0]+)?"
    r"(?:(?:head|chief|director)[ \u00a0]+of[ \u00a0]+the[ \u00a0]+(?:[^\s,;]+[ \u00a0]+){0,4}?"
    r"(?:[Dd]epartment|[Ss]ection|[Dd]ivision|[Bb]ureau|[Oo]ffice)|interpreter|translator|"
    r"official|employee|staff[ \u00a0]+member|attach[eé]|instructor|cadre)\b")


def _introduced_here(text: str, mention: N.Mention) -> bool:
    """Is a common surname alone after an honorific or title (`Comrade Kim`) a person the text
    introduces with his post, the document's own (`_STAFF_APPOSITIVE`)?"""
    return len(mention.plain) == 1 and bool(mention.titles) and \
        mention.plain[0] in N.COMMON_SURNAMES and \
        _STAFF_APPOSITIVE.match(text, mention.end) is not None


def _husband(text: str, mention: N.Mention, wife: N.Person, names: N.Names,
             found: list) -> tuple[int, int, etree._Element] | None:
    """The span of the husband's titles in `Ambassador and Mrs. Sukarni`, `the President and
    Mrs. Nixon`, `Mr. and Mrs. Smith` (up to three title words, or `Mr.`, right before `and`):
    two persons, X with the title and Mrs. X. He is the person the title and the surname
    name (`President` and Nixon: Richard Nixon), else the document's own (`sukarni`), never
    the wife. Not when she is a statesman the authority knows (`the President and Mrs.
    Gandhi` are two), nor when the words are no titles (`Kissinger and Mrs. Kissinger`)."""
    if len(mention.titles) != 1 or mention.titles[0].text not in N.WOMEN_HONORIFICS or \
            len(mention.plain) != 1 or wife.from_authority or \
            text[mention.start - 5:mention.start] != " and ":
        return None   # most mentions
    end = mention.start - 5
    start = end
    for word in reversed(text[max(0, end - 40):end].split(" ")[-3:]):
        if word not in N.TITLES and word not in _HUSBAND_HONORIFICS:
            break
        start -= len(word) + (start < end)   # the word, and the space after it
    if start == end or found and found[-1][2] > start:
        return None
    surname = mention.plain[0]
    posts = [word for word in text[start:end].split() if word in N.TITLES]
    post = " ".join(posts)
    husband = names.resolve(surname, [post] if post else [])
    if husband is None or husband.known_as_woman:
        husband = names.add(surname)
    if post and post not in husband.titles:
        husband.titles.append(post)
    husband.mentions += 1
    return start, end, new("persName", ref=f"#{husband.id}")


# The honorifics a husband's title before `and Mrs.` may be (`Mr. and Mrs. Smith`).
_HUSBAND_HONORIFICS = frozenset({"Mr.", "Dr.", "Monsieur"})


# A generational suffix after a full name and its comma: the name's (`James A. Baker, III`,
# `Walter J. Stoessel, Jr.`), a word of its own (not `, IIIrd`).
_SUFFIX = re.compile(r",[ \u00a0](?:[JS]r\.|(?:[JS]r|II|III|IV)(?![\w'\u2019]))")


def _suffix_end(text: str, mention: N.Mention, person: N.Person, names: N.Names) -> int:
    """Where the persName of a mention of `person` ends: after the generational suffix that
    follows a full name (`_SUFFIX`), kept as a variant of his name; else at the mention's end."""
    if text[mention.end:mention.end + 1] != "," or len(mention.plain) < 2:
        return mention.end   # most mentions
    suffix = _SUFFIX.match(text, mention.end)
    if suffix is None:
        return mention.end
    names.add_variant(person, mention.spoken + suffix.group())
    return suffix.end()


def _object_after(text: str, end: int) -> int | None:
    """The offset of the child element right after a mention ending at `end`, a space or two
    between them, if one is there."""
    after = text[end:end + 2]
    at = end + len(after) - len(after.lstrip(" \u00a0"))
    return at if text[at:at + 1] == OBJECT else None


# A translator's note that defines the short form the text calls the person before it by:
# `[henceforth Kim]`, `[henceforth referred to as Kim]`, `[hereafter, Pham]`.
_DEFINES = re.compile(r"(?i:henceforth|hereafter|hereinafter),?[ \u00a0]+"
                      r"(?:(?:referred[ \u00a0]+to|known)[ \u00a0]+as[ \u00a0]+|called[ \u00a0]+)?"
                      rf"(?P<short>[{N.CAPITALS}][\w'\u2019\-]*"
                      rf"(?:[ \u00a0][{N.CAPITALS}][\w'\u2019\-]*)?)\.?[ \u00a0]*\Z")


def _short_form(element: etree._Element, reading: _Level, mention: N.Mention,
                at: int | None) -> str | None:
    """The key of the short form that a translator's note right after a name defines for it
    (`Kim Il Sung [henceforth Kim]`, in parentheses too: `Choe Yong-geon (hereafter Choe)`),
    or None; `at` is the offset of the child right after the name (`_object_after`), which
    the caller has found already. The document says whom the short form means: a bare
    surname that names no one by itself (a Korean's, a Chinese's) is that person from there
    on (`Names.defined`)."""
    text = reading.text
    if text.startswith(" (", mention.end):
        close = text.find(")", mention.end, mention.end + 120)   # a note's few words
        defined = _DEFINES.match(text[mention.end + 2:close]) if close > 0 else None
    else:
        if at is None:
            return None   # most mentions
        if reading.notes is None:   # a child by its index would walk the children before it
            reading.notes = {mark: child for mark, child in zip(reading.marks, element)
                             if child.tag == _NOTE and child.get("type") == "translator"}
        child = reading.notes.get(at)
        if child is None:
            return None
        defined = _DEFINES.match("".join(child.itertext()))
    return N.key(defined.group("short")) if defined else None


def _names_withheld(element: etree._Element, reading: _Level) -> set[int]:
    """The offsets of the editors' notes in `element` that the original gives no name, or not
    all of it (`Counsellor Pak [first name not given]`, `NAME_WITHHELD`)."""
    return {mark for mark, child in zip(reading.marks, element)
            if child.tag == _NOTE and child.get("type") == "editorial" and
            NAME_WITHHELD.match((child.text or "").strip().lower())}


def _reason_of(mention: N.Mention, child: etree._Element) -> str | None:
    for token in mention.words:
        if token.element is child:
            return mention.reasons.get(token.start)
    return None


def _mark_titles(name: etree._Element, mention: N.Mention) -> None:
    """Inside a new persName, wrap honorifics as addName and the other titles as roleName."""
    offset = mention.start
    runs: list[tuple[int, int, str]] = []
    for token in mention.titles:
        kind = "addName" if token.text in N.HONORIFICS or token.text == N.MONSIEUR else "roleName"
        start, end = token.start - offset, token.end - offset
        if runs and runs[-1][2] == kind and kind == "roleName" and runs[-1][1] + 1 == start:
            runs[-1] = (runs[-1][0], end, kind)
        else:
            runs.append((start, end, kind))
    spans = [(start, end, new("addName", type="honorific") if kind == "addName" else
              new("roleName")) for start, end, kind in runs]
    # All runs in one wrap; a new persName without children (most) has its text as its level
    # string, which need not be built again.
    wrap_all(name, spans, content=(name.text or "", []) if len(name) == 0 else None)


def _mark_bracket_titles(supplied: etree._Element, titled: int) -> None:
    """Inside a bracket completing or identifying a name, wrap the `titled` words it opens
    with as `_mark_titles` does the titles before a name (`[<roleName>President</roleName>
    John F.] Kennedy`, `Mujib [<roleName>Sheikh</roleName> Mujibur Rahman]`)."""
    text = supplied.text or ""
    if titled <= 0:
        return   # most completions: given names alone (`[Heinrich] Rau`)
    spans: list[tuple[int, int, etree._Element]] = []
    for n, word in enumerate(_BRACKET_WORD.finditer(text)):
        if n == titled:
            break
        if word.group() in N.HONORIFICS:
            spans.append((word.start(), word.end(), new("addName", type="honorific")))
        elif spans and local(spans[-1][2]) == "roleName":
            spans[-1] = (spans[-1][0], word.end(), spans[-1][2])   # `Prime Minister`: one
        else:
            spans.append((word.start(), word.end(), new("roleName")))
    wrap_all(supplied, spans, content=(text, []))


def _mark_restated_post(supplied: etree._Element, plain: list[str]) -> None:
    """Inside a bracket that writes the name again with a post, wrap the post as a title
    (`[Kostadin Gyaurov, <roleName>Ambassador</roleName>]`)."""
    text = supplied.text or ""
    post = N.restated_post(plain, text)
    if post is None:
        return
    start = text.index(post, text.index(",") + 1)
    wrap_all(supplied, [(start, start + len(post), new("roleName"))], content=(text, []))


# A word of a bracket, between its spaces (`President`, `John`, `F.` of `President John F.`).
_BRACKET_WORD = re.compile(r"\S+")


def _set_who(sp: etree._Element, names: N.Names, author: str | None = None) -> None:
    # `iterchildren`, not `find`: lxml runs `find` through its Python path machinery, and this
    # is asked of every turn.
    speaker = next(sp.iterchildren(_SPEAKER), None)
    if speaker is None:
        return
    # The label's name is its first child, as a rule: `iter` (a tree walk with a tag to
    # match, set up for each turn) only when it is not.
    name = speaker[0] if len(speaker) and speaker[0].tag == _PERSNAME else \
        next((n for n in speaker.iter(_PERSNAME) if not _in_aside(n, speaker)), None)
    ref = name.get("ref") if name is not None else None
    if names.initials and _initials_turn(sp, speaker, name, names):
        return
    if ref is not None and speaker.text and speaker.text.rstrip().endswith("("):
        _mark_held_post(speaker, name)
    if ref is None:
        # A label we could not read as a name: the whole label is the person, but for an
        # interview's `Q:` and `A:` and a role's (`Reporter:`), the turns of no one named
        # (segment reads them), and a label that is only the editors' (`[Unidentified
        # speaker, probably Ornstein]:`, `[?]:`).
        text = "".join(speaker.itertext()).strip() if len(speaker) == 0 else \
            _label_words(speaker).strip()
        if not text:
            return
        if text in INTERVIEW_LABELS or text.lower() in ROLE_LABELS or side_label(text):
            return
        if text == "I":
            # The recorder's own turn (`I: Thank you.`): the one who signs the record, as
            # the header's sender (`_author`); no one when no one or several sign.
            if author is not None:
                sp.set("who", author)
                if author[1:] in names.persons:
                    names.persons[author[1:]].present = True   # he took part
            return
        # Without its notes and what it holds in parentheses: `The PRESIDENT (translated from
        # Russian)` is the chair, whose translation the parentheses note.
        number = _LABEL_NUMBER.match(text)   # `9. The CHAIRMAN`: the paragraph's, no name's
        text = text[number.end():] if number else text
        label = _LABEL_ASIDES.sub("", text).strip() or text
        if N.VOICES.fullmatch(label):
            return   # `Voices:`, `Voice from the floor:`: the room's, no one of the register
        holder = _holder(label, names)
        if holder is None and (label.lower() in CHAIR_LABELS or
                               label.split()[0] not in ("The", "THE") and
                               N.title_of_label(label) is not None and
                               names.resolve(label, acting=True) is None and
                               not (label.split()[0] in N.HONORIFICS and
                                    names.knows_surname(label.split()[-1]))):
            # `Chairman:` with no one named chairing, `President:`, `P.M.:` with no one named
            # holding the post: a role's turn, no person `p-m` (`Cde. Bishop:` is a name)
            return
        person = holder or names.resolve(label, acting=True) or names.add(label, acting=True)
        person.present = True
        span_start = len(speaker.text or "") - len((speaker.text or "").lstrip()) + \
            (number.end() if number else 0)
        if len(speaker) == 0 and speaker.text:
            aside = _ASIDE_OPENS.search(speaker.text, span_start)
            end = len((speaker.text[:aside.start()] if aside else speaker.text).rstrip())
            name = wrap(speaker, span_start, end, new("persName", ref=f"#{person.id}"))
            if holder is not None:   # `The <roleName>Secretary</roleName>`, `<roleName>PM`
                first = label.split()[0]
                the = first in ("The", "THE")
                honorific = not the and first in N.HONORIFICS   # `Comrade Secretary`
                wrap(name, len(first) + 1 if the or honorific else 0, len(name.text),
                     new("roleName"))
                if honorific:
                    wrap(name, 0, len(first), new("addName", type="honorific"))
        ref = f"#{person.id}"
    refs = [ref] + _joint_speakers(speaker, name)
    sp.set("who", " ".join(dict.fromkeys(refs)))
    if name is not None and name.tail and name.tail.endswith(")"):
        _post_in_label(name, names)
    for ref in refs:
        person = names.persons.get(ref[1:])
        if person is not None:
            person.present = True


def _initials_turn(sp: etree._Element, speaker: etree._Element, name: etree._Element | None,
                   names: N.Names) -> bool:
    """Is `sp` a telephone transcript's turn labelled by initials (`D:`, `HAK:`, `P:`:
    segment's `Names.initials`)? Then its `@who` is the person the document's head names
    whom they stand for (Dobrynin, Henry Kissinger, `The President` as `_holder` reads it),
    the label his `persName`; a label that stands for no one is a turn of no one named."""
    label = "".join(speaker.itertext()).strip()
    if label not in names.initials:
        return False
    target = names.initials[label]
    if target is None:
        return name is None
    person = _holder(target, names) or names.resolve(target) or names.add(target)
    person.present = True
    if name is None:
        start = len(speaker.text or "") - len((speaker.text or "").lstrip())
        name = wrap(speaker, start, start + len(label), new("persName"))
    name.set("ref", f"#{person.id}")
    sp.set("who", f"#{person.id}")
    return True


def _author(div: etree._Element) -> str | None:
    """The ref of the one signer of the body's closer (the header's sender), the `I` of the
    recorder's turns; None when no one or several sign. Read once: a body has many turns."""
    refs = {name.get("ref") for closer in div.iterchildren(tag("closer"))
            for signed in closer.iterchildren(tag("signed"))
            for name in signed.iter(_PERSNAME) if name.get("ref")}
    return refs.pop() if len(refs) == 1 else None


_ASIDES = frozenset((_NOTE, tag("unclear"), tag("gap")))


def _in_aside(element: etree._Element, speaker: etree._Element) -> bool:
    """Is `element` inside the editors' note or an unclear passage of a speaker label (the
    `Dobrynin` of `UNIDENTIFIED [probably Dobrynin]:`): no name of the speaker's?"""
    parent = element.getparent()
    while parent is not None and parent is not speaker:
        if parent.tag in _ASIDES:
            return True
        parent = parent.getparent()
    return False


def _label_words(speaker: etree._Element) -> str:
    """A speaker label's words without its notes and unclear passages (`UNIDENTIFIED` of
    `UNIDENTIFIED [probably Dobrynin]`, nothing of `[?]`)."""
    words = [speaker.text or ""]
    for child in speaker:
        if child.tag not in _ASIDES:
            words.append("".join(child.itertext()))
        words.append(child.tail or "")
    return "".join(words)


def _mark_held_post(speaker: etree._Element, name: etree._Element) -> None:
    """A post's label before its holder's name in parentheses, as UN and IAEA records print
    the chair's first turn (`The CHAIRMAN (<persName>Mr. Peter Walker</persName>, Canada)`),
    is the holder too: `The <roleName>CHAIRMAN</roleName>`, as his later `The CHAIRMAN:` is."""
    text = speaker.text
    number = _LABEL_NUMBER.match(text)
    start = number.end() if number else 0
    post = text[start:text.rindex("(")].rstrip()
    if post.split()[:1] not in (["The"], ["THE"]) or N.title_of_label(post) is None:
        return
    held = wrap(speaker, start, start + len(post), new("persName", ref=name.get("ref")))
    wrap(held, len("The "), len(held.text), new("roleName"))


def _post_in_label(name: etree._Element, names: N.Names) -> None:
    """A post in parentheses after the label's name (`Mr. BLIX (Director General)`) is the
    speaker's occupation, when the register has none for him."""
    post = name.tail.strip()
    person = names.persons.get(name.get("ref", "")[1:])
    if person is not None and person.occupation is None and post.startswith("(") and \
            post.count("(") == 1 and N.is_post(post[1:-1]):
        person.occupation = post[1:-1]


# A record's paragraph number opening a reported turn's label: `9. The CHAIRMAN`, `(3) ...`.
_LABEL_NUMBER = re.compile(r"(?:[1-9][0-9]{0,2}\.|\([1-9][0-9]{0,2}\))[ \u00a0]+")
# A label's notes and parentheses, none of its name: `[sic]`, `(translated from Russian)`, and
# a reported turn's phrase between commas at its end (`The CHAIRMAN, summing up,`).
_LABEL_ASIDES = re.compile(r"\s*(?:\[[^\]]*\]|\([^()]*\)|,[^,]*,$)")
# Where the first of them opens, after the name: `(`, or the phrase's comma.
_ASIDE_OPENS = re.compile(r"(?<=[^\s(,])[ \t\u00a0]*(?:\(|,[^,]*,$)")
# What stands between two names of a joint label: `and`, in a reported turn after the first's
# delegation (`Mr. GREEN (Canada) and Mr. KRAG (Denmark) supported ...`).
_JOINT_GAP = re.compile(r"\s*(?:\([^()]*\)\s*)?and\s*")


def _joint_speakers(speaker: etree._Element, name: etree._Element | None) -> list[str]:
    """The refs of the names after `name` in a joint label (`Ion Gheorghe Maurer and Manea
    Mănescu:`): persNames of the speaker itself joined to the one before by `and` alone, or
    after the first's delegation in a reported turn (`Mr. GREEN (Canada) and Mr. KRAG`)."""
    refs: list[str] = []
    while name is not None and name.getparent() is speaker and \
            _JOINT_GAP.fullmatch(name.tail or "") is not None:
        name = name.getnext()
        if name is None or name.tag != _PERSNAME or name.get("ref") is None:
            break
        refs.append(name.get("ref"))
    return refs


def _holder(label: str, names: N.Names) -> N.Person | None:
    """The person a label of a title alone or after `The` means (`The Secretary:`, `PM:`):
    the one participant whose post in the participant lines begins with that title (`Henry
    A. Kissinger, Secretary of State`, `Prime Minister Jawaharlal Nehru`), as segment read
    them, else the one participant or speaker whose post or title it is (`Secretary
    Kissinger:`), else the one person the catalogue's title or summary names with it
    (`Memorandum of Conversation between President Kennedy and Chairman Khrushchev`, where
    the participant line lists only `The President`). None when no one or several are: the
    label is then a person of its own."""
    title = N.title_of_label(label)
    if title is None:
        return None
    if title in names.posts_alone:
        return _own_holder(title, names)
    listed = {N.key(name): name for name, post in names.posts if N.post_begins_with(post, title)}
    if len(listed) == 1:
        # a surname alone as the chair's line prints it (`President: Mr. ZORIN`) is the
        # person the body names so
        person = names.find_exact(*listed.values()) or \
            names.resolve(*listed.values(), acting=True)
        if person is not None:
            return person
    found = [person for person in names.persons.values()
             if (person.role or person.present) and
             (any(N.same_title(title, N.full_title(t)) for t in person.titles) or
              person.occupation is not None and
              N.post_begins_with(person.occupation, title))]
    if found:
        return found[0] if len(found) == 1 else None
    named = {N.key(name): name for name, post in names.catalogue_posts
             if N.post_begins_with(post, title)}
    if len(named) == 1:
        name = next(iter(named.values()))
        return names.resolve(name, acting=True) or names.add(name, acting=True)
    if title == "President" and not named:
        return _us_president(names)
    return None


def _own_holder(title: str, names: N.Names) -> N.Person | None:
    """The holder of a title the participant lines list alone after `The` (`PARTICIPANTS:
    The President` / `Francois Mitterrand, President of the French Republic`): the record's
    own, never one the lines name, whose post is another state's. The one other speaker
    whose title it is (`President Bush:`), else the one other person the catalogue's title
    or summary names with it, else the US President of `_us_president`; None otherwise."""
    named_in_lines = names.named_in_lines
    found = [person for person in names.persons.values()
             if person.present and person.id not in named_in_lines and
             any(N.same_title(title, N.full_title(t)) for t in person.titles)]
    if found:
        return found[0] if len(found) == 1 else None
    surnames = {N.key(names.persons[ident].surname) for ident in named_in_lines
                if ident in names.persons}
    named = {N.key(name): name for name, post in names.catalogue_posts
             if N.post_begins_with(post, title) and N.key(name.split()[-1]) not in surnames}
    if len(named) == 1:
        name = next(iter(named.values()))
        return names.resolve(name, acting=True) or names.add(name, acting=True)
    return _us_president(names) if title == "President" and not named else None


# The Presidents of the United States, each with the day he took office, the last with the
# day his successor did: `The President` of a US record is the one in office on its date.
_US_PRESIDENTS = (("1945-04-12", "Harry S. Truman"), ("1953-01-20", "Dwight D. Eisenhower"),
                  ("1961-01-20", "John F. Kennedy"), ("1963-11-22", "Lyndon B. Johnson"),
                  ("1969-01-20", "Richard Nixon"), ("1974-08-09", "Gerald R. Ford"),
                  ("1977-01-20", "Jimmy Carter"), ("1981-01-20", "Ronald Reagan"),
                  ("1989-01-20", "George Bush"), ("1993-01-20", "Bill Clinton"),
                  ("2001-01-20", "George W. Bush"), ("2009-01-20", "Barack Obama"),
                  ("2017-01-20", None))
# A word of the catalogue's title or summary: `Reagan` of `Reagan-Gorbachev Meetings`.
_CATALOGUE_WORD = re.compile(r"[^\W\d_]+")


def _us_president(names: N.Names) -> N.Person | None:
    """The President of the United States on the document's day, when the catalogue's title
    or summary names him (`Reagan-Gorbachev Meetings in Reykjavik`, `between George Bush
    and Mikhail Gorbachev`: the title's form of his name if it gives one), or a participant
    is he; else None."""
    day = names.document_date
    if day is None or len(day) != 10 or day < _US_PRESIDENTS[0][0]:
        return None
    name = next(name for took_office, name in reversed(_US_PRESIDENTS) if took_office <= day)
    if name is None:
        return None
    surname = name.split()[-1]
    if surname not in _CATALOGUE_WORD.findall(names.catalogue_text) and not any(
            person.present and person.surname == surname for person in names.persons.values()):
        return None
    name = next((hint for hint in names.hints if hint.split()[-1] == surname), name)
    return names.resolve(name) or names.add(name)


def _participants(names: N.Names, lines: _Lines) -> None:
    """Participant lines at the head of the body give persons their role and side. A heading
    alone on its line (`PARTICIPANTS:`) heads the list below it: the lines of its paragraph,
    and the paragraphs after it that are lists (see `_listed_under`). `lines` are the body's
    paragraphs as `_collect_listed` read them."""
    for p, text, start, heading, _ in lines:
        if heading is not None:
            # From the heading's line: the field lines above it list no one.
            _give_roles(p, names, *heading, text.rfind("\n", 0, start) + 1)


# A given name in parentheses right after a surname alone in a participant line: `Ulbricht
# (Lotte)`, a namesake's (Lotte Ulbricht beside Walter Ulbricht).
_GIVEN_IN_PARENTHESES = re.compile(r"[ \u00a0]*\((?P<given>[A-Z][a-z]+(?:-[A-Z][a-z]+)?)\)")


def _mark_given_in_parentheses(names: N.Names, lines: _Lines) -> None:
    """A surname alone and a known given name in parentheses after it in a participant line
    (`candidates Honecker, Norden, Ulbricht (Lotte), Verner`) are one person of that given
    name and surname, the parentheses inside the `persName` (`<persName
    ref="#lotte-ulbricht">Ulbricht (Lotte)</persName>`): the surname alone was Walter
    Ulbricht, the given name his occupation."""
    for p, text, _, heading, _ in lines:
        if heading is None or "(" not in text:
            continue   # most paragraphs
        for name in p.iterchildren(_PERSNAME):
            tail = name.tail or ""
            given = _GIVEN_IN_PARENTHESES.match(tail) if tail.lstrip()[:1] == "(" else None
            words = "".join(name.itertext()).split()
            if given is None or not N.is_given_name(given.group("given")) or \
                    len(name) and local(name[-1]) == "supplied" or \
                    not words or words[-1] in N.TITLES:
                continue
            full = f"{given.group('given')} {words[-1]}"
            person = names.find_exact(full) or names.add(full)
            name.set("ref", f"#{person.id}")
            if len(name):
                name[-1].tail = (name[-1].tail or "") + tail[:given.end()]
            else:
                name.text = (name.text or "") + tail[:given.end()]
            name.tail = tail[given.end():]


# A surname right after an illegible gap in a participant line and his role in parentheses
# after it: `First Secretary of the Embassy [illegible] Jakovlev (interpreter)`.
_AFTER_GAP = re.compile(r"[ \u00a0]+(?P<name>[A-Z][a-z]+(?:-[A-Z][a-z]+)?)[ \u00a0]*"
                        r"\((?:[Ii]nterpreter|[Tt]ranslator|[Nn]ote-?taker|[Rr]ecorder)\)")
_GAP = tag("gap")


def _mark_after_gaps(names: N.Names, lines: _Lines) -> None:
    """A surname after an illegible gap (the given name or initials unread) with a role in
    parentheses after it (`[illegible] Jakovlev (interpreter)`) is that participant, a person
    of that surname: no name's shape reads him, the gap before it."""
    for p, text, _, heading, _ in lines:
        if heading is None or "(" not in text:
            continue   # most paragraphs
        gaps = [gap for gap in p.iterchildren(_GAP) if gap.tail and gap.tail[:1] in " \u00a0"]
        if not gaps:
            continue
        content = level(p)
        spans = []
        for gap in gaps:
            found = _AFTER_GAP.match(gap.tail)
            if found is None:
                continue
            at = content[1][p.index(gap)] + 1
            name = found.group("name")
            person = names.resolve(name, acting=True) or names.add(name, acting=True)
            spans.append((at + found.start("name"), at + found.end("name"),
                          new("persName", ref=f"#{person.id}")))
        wrap_all(p, spans, content)


# A participant line's entry of a post alone after `The`: `US: The Secretary; Ambassador
# Malcolm Toon`, `The President` on its line below `PARTICIPANTS:`. The entry ends at a
# semicolon, a comma, a parenthesis or the line's end.
_POST_ENTRY = re.compile(r"(?:(?<=[:;\n])|^)[ \t\u00a0]*(?P<post>The[ \u00a0]+[A-Z][\w'\u2019\-]*"
                         r"(?:[ \u00a0]+[A-Z][\w'\u2019\-]*){0,3})[ \t\u00a0]*(?=[;,(\n]|$)")


def _mark_posts_listed(names: N.Names, lines: _Lines) -> None:
    """A participant line's entry of `The` and a title (`US: The Secretary; ...`) is a
    participant: the one who holds the post (`_holder`: the catalogue title's `Secretary of
    State Cyrus Vance`), else a person of his own (`the-secretary`), as the label `The
    Secretary:` is. Marked as that label is (`The <roleName>Secretary</roleName>` for a
    holder), so that `_participants` gives him his role and side; he was no one. Such an
    entry is the record's own holder of the title, none the lines name (`_own_holder`)."""
    listed = [(p, [(match, N.title_of_label(match.group("post")))
                   for match in _POST_ENTRY.finditer(level(p)[0])])
              for p, _, _, heading, _ in lines if heading is not None]
    titles = {title for _, entries in listed for _, title in entries
              if title is not None and not title.endswith("s")}   # `The Kremlin`, `The Ministers`
    if titles:
        names.posts_alone.update(titles)
        names.named_in_lines.update(name.get("ref", "")[1:] for p, _ in listed
                                    for name in p.iter(_PERSNAME))
    for p, entries in listed:
        spans = []
        for match, title in entries:
            label = match.group("post")
            if title not in titles:
                continue
            holder = _holder(label, names)
            person = holder or names.resolve(label) or names.add(label)
            name = new("persName", ref=f"#{person.id}")
            spans.append((match.start("post"), match.end("post"), name, holder is not None))
        wrap_all(p, [span[:3] for span in spans])
        for _, _, name, held in spans:
            if held:
                wrap(name, len("The "), len(name.text), new("roleName"))


# `The Chairman` in the record's prose, a verb or a comma after it: `1. The CHAIRMAN invited
# ...`, `The Chairman, summing up, said ...`; not `the Chairman of the Council`.
_THE_CHAIR = re.compile(rf"\b[Tt]he[ \u00a0]+(?P<post>{'|'.join(CHAIR_TITLES)}"
                        rf"|{'|'.join(CHAIR_TITLES).upper()})(?=,|[ \u00a0]+(?!of\b)[a-z])")
_CHAIR_POSTS = frozenset(CHAIR_TITLES)


def _mark_chair(div: etree._Element, names: N.Names) -> None:
    """`The Chairman` in prose is the one chair the participant lines name (`Chairman: Mr.
    D.U. Stikker`, read by segment): a persName of him, `The <roleName>CHAIRMAN</roleName>`,
    as the label `The CHAIRMAN:` would be. Nothing when no one or several chair."""
    chairs = {N.key(name): name for name, post in names.posts if post in _CHAIR_POSTS}
    if len(chairs) != 1:
        return   # most documents
    name = next(iter(chairs.values()))
    person = names.find_exact(name) or names.resolve(name, acting=True)
    if person is None:
        return
    for p in div.iter(tag("p")):
        text = level(p)[0]
        if "hair" not in text and "HAIR" not in text:
            continue
        spans = [(match.start(), match.end(), new("persName", ref=f"#{person.id}"))
                 for match in _THE_CHAIR.finditer(text)]
        if spans:
            wrap_all(p, spans)
            for _, _, held in spans:
                wrap(held, len("The "), len(held.text), new("roleName"))


# A meeting's word in a catalogue title: `Discussion between ...`, `Record of a Conversation of
# ... with ...`, `Zhou Enlai's Second Meeting with Nehru`, `Jiang Qing's Reception of ...`.
_MEETING_WORD = re.compile(r"\b(?:[Cc]onversations?|[Mm]eetings?|[Dd]iscussions?|[Tt]alks|"
                           r"[Nn]egotiations|[Rr]eception|[Aa]udience)\b")
# What joins the meeting's word to its first party: `between`, `with`, `of`, a few words
# before it (`Meeting on February 13, 1984 between`).
_FIRST_PARTY = re.compile(r"[^.;:()\[\]]{0,40}?\b(?:between|with|of)[ \u00a0]+")
# What stands between two parties: `and`, `with`, a comma (`of Cde. Stalin with Kim Il Sung
# and Pak Heon-yeong`); and before a party, maybe `the` and a people's word (`and the Soviet
# Ambassador ...`).
_NEXT_PARTY = re.compile(r",[ \u00a0]+(?:and[ \u00a0]+)?|[ \u00a0]+(?:and|with)[ \u00a0]+")
_PARTY_LEAD = re.compile(r"(?:the[ \u00a0]+)?(?:(?P<people>[A-Z][\w\-]*)[ \u00a0]+)?")
# A party named by his post alone, then the next party: `the Premier and `.
_UNNAMED_PARTY = re.compile(r"the[ \u00a0]+(?P<post>(?:[A-Z][\w\-]*[ \u00a0]+){0,2}[A-Z][\w\-]*)"
                            f"(?:{_NEXT_PARTY.pattern})")
# A possessive and up to two capitalized words before the meeting's word: `Zhou Enlai's
# Second Meeting`, `Comrade Jiang Qing’s Reception`.
_PARTY_BEFORE = re.compile(r"['\u2019]s[ \u00a0]+(?:[A-Z][\w\-]*[ \u00a0]+){0,2}\Z")


def _title_parties(names: N.Names) -> None:
    """The persons the catalogue title names as a meeting's parties take part (their
    persons are present, as a participant line's): `Discussion between Mao Zedong and Hoang
    Van Hoan`, `Record of a Conversation of Cde. Stalin with Kim Il Sung and Pak
    Heon-yeong`, `Premier Zhou Enlai's Second Meeting with Nehru`. Only persons the body
    names (the others are forgotten) and only the words a meeting's word joins: `between`,
    `with` or `of` after it, `and`, `with` and commas between the parties, a possessive
    before it."""
    title = names.catalogue_text.partition("\n")[0]
    meetings = list(islice(_MEETING_WORD.finditer(title), 3))   # a title names one or two
    if not meetings:
        return   # a letter's, a report's, a cable's title
    mentions = names.scan(title)
    parties: list[N.Mention] = []
    for meeting in meetings:
        for n, mention in enumerate(mentions):
            if mention.end <= meeting.start() and \
                    _PARTY_BEFORE.fullmatch(title, mention.end, meeting.start()):
                parties.append(mention)   # `Zhou Enlai's Second Meeting`
                while n and _joined_party(title, mentions[n - 1].end, mentions[n].start):
                    n -= 1
                    parties.append(mentions[n])   # `Chairman Mao and Comrade Jiang Qing's`
        first = _FIRST_PARTY.match(title, meeting.end())
        if first is None:
            continue
        at = first.end()
        for mention in mentions:
            if mention.start < at:
                continue
            unnamed = _UNNAMED_PARTY.match(title, at, mention.start)
            if unnamed is not None and all(word in N.TITLES or word in _PEOPLES
                                           for word in unnamed.group("post").split()):
                at = unnamed.end()   # `between the Premier and Soekardjo Wiriopranoto`
            lead = _PARTY_LEAD.match(title, at, mention.start)
            if lead.end() != mention.start or lead.group("people") and \
                    lead.group("people") not in _PEOPLES:
                break
            parties.append(mention)
            joined = _NEXT_PARTY.match(title, mention.end)
            if joined is None:
                break
            at = joined.end()
    for mention in parties:
        titles = titles_without_honorifics([t.text for t in mention.titles])
        person = names.resolve(mention.spoken, titles, acting=True)
        if person is not None and person.id in names.persons:
            person.present = True


# A journal's heading, its author's name after it on its line or the next (`From the diary of`
# / `S. V. CHERVONENKO`, `From the journal of N.G. Sudarikov`, `Diary of Georgi Dimitrov`),
# or `JOURNAL` alone and `of Soviet Ambassador in the DPRK Cde. A. M. PUZANOV` below it
# (`_JOURNAL_OF`); and the catalogue title's (`From the Diary of S.V. Chervonenko, Record of
# a Conversation with Deng Xiaoping`, `Journal of Soviet Ambassador in the DPRK A.M. Puzanov
# for 31 October 1960`), up to the author's name, a people and titles between, maybe of a
# place (`Diary of Polish Ambassador in Hanoi Jerzy Siedlecki`).
_DIARY_OF = re.compile(r"[ \t\u00a0]*(?:from[ \t\u00a0]+the[ \t\u00a0]+)?(?:diary|journal)"
                       r"(?P<of>\s+of\b)?", re.IGNORECASE)
_JOURNAL_OF = re.compile(r"[ \t\u00a0]*of\b", re.IGNORECASE)
_TITLE_DIARY_OF = re.compile(r"\b(?:[Dd]iary|[Jj]ournal)[ \u00a0]+of[ \u00a0]+")
_CAPITALIZED_WORDS = re.compile(r"(?:(?:[A-Z][\w\-]*|in|to|the|of)[ \u00a0]+){0,8}")
_DIARY_HEADINGS_MOST = 16   # the journal's heading is among the body's first paragraphs


def _diarist(div: etree._Element, names: N.Names) -> None:
    """The author of a journal or a diary its heading or the catalogue title names (`From the
    diary of S. V. CHERVONENKO`) takes part in the conversation he records, as `I`: a
    participant and the recorder, listed once (his signature at the end is the same
    person). Only a person the body names."""
    person = None
    blocks = [block for block in islice(div.iterchildren(_P, _SP), _DIARY_HEADINGS_MOST)]
    for n, p in enumerate(blocks):
        if p.tag == _SP:
            break
        text = p.text or ""
        head = _DIARY_OF.match(text) if "iary" in text[:20] or "IARY" in text[:20] or \
            "ournal" in text[:20] or "OURNAL" in text[:20] else None
        if head is None:
            continue
        rest = text[head.end():]
        if head.group("of") is None:   # `JOURNAL` alone: `of ...` below it
            if rest.strip() or n + 1 == len(blocks) or \
                    not _JOURNAL_OF.match(blocks[n + 1].text or ""):
                continue
            holder = blocks[n + 1]
        elif len(p) or rest.strip():
            holder = p
        elif n + 1 < len(blocks) and blocks[n + 1].tag == _P:
            holder = blocks[n + 1]   # `From the journal of` / `I.S. SHCHERBAKOV`
        else:
            continue
        name = holder.find(_PERSNAME)
        if name is not None:
            person = names.persons.get(name.get("ref", "")[1:])
        break
    if person is None and ("iary of" in names.catalogue_text or
                           "ournal of" in names.catalogue_text):
        title = names.catalogue_text.partition("\n")[0]
        head = _TITLE_DIARY_OF.search(title)
        mention = next((m for m in names.scan(title) if m.start >= head.end()), None) \
            if head is not None else None
        if mention is not None and \
                not _CAPITALIZED_WORDS.fullmatch(title, head.end(), mention.start):
            mention = None   # `Diary of the Embassy ..., Conversation with Kim Il Sung`
        if mention is not None:
            found = names.resolve(mention.spoken,
                                  titles_without_honorifics([t.text for t in mention.titles]),
                                  acting=True)
            person = found if found is not None and found.id in names.persons else None
    if person is not None:   # listed already (`Present: ... N.M. Pegov`): the recorder too
        person.present = True
        person.role = _with_role(person.role or "participant", "recorder")


# What may stand between the names of a record's opening line of parties: commas, `and`,
# `with` between the sides (`A.I. MIKOYAN with Fidel CASTRO, ... and Carlos Rafael RODRIGUEZ`).
_PARTIES_GAP = re.compile(r"[ \u00a0]*(?:(?:,|and|with)[ \u00a0]+)?")


def _parties_line(div: etree._Element, names: N.Names) -> None:
    """The body's first paragraph, names alone joined by commas, `and` and `with` (maybe
    with the translator's post before one, `[Cuban President] Oswaldo DORTICOS TORRADO`),
    lists the meeting's participants, as a participant line does without its heading: `A.I.
    MIKOYAN with Fidel CASTRO, [Cuban President] Oswaldo DORTICOS TORRADO, ...`. Three
    names at least, so that a heading's two names stay the title's."""
    p = div.find(_P)
    if p is None or len(p) < 3 or div.index(p) or (p.text or "").strip():
        return   # most documents
    found = []
    for child in p:
        if child.tag == _PERSNAME:
            found.append(child)
        elif child.tag != _SUPPLIED:
            return
        tail = child.tail or ""
        if _PARTIES_GAP.fullmatch(tail) is None:
            return
    if len(found) < 3:
        return
    for name in found:
        person = names.persons.get(name.get("ref", "")[1:])
        if person is not None:
            person.present = True
            person.role = _with_role(person.role, "participant")


def _joined_party(title: str, end: int, start: int) -> bool:
    """Do `and` or a comma alone join two parties of a title between `end` and `start`?"""
    joined = _NEXT_PARTY.match(title, end)
    return joined is not None and joined.end() == start


def _list_chair(names: N.Names) -> None:
    """Who a chair line names (`Chairman: Walter Ulbricht`, `Chaired by Comrade Brezhnev,
    L.I.`, read by segment) takes part: a participant of the header's list, his post his
    occupation unless a participant line gave him another (he was listed only if he spoke,
    and with no post), and `chair` his role, first, before the role a participant line
    gives him (`chair attending`): the register said nowhere that he chaired. A chair's
    title before a listed name (`Chairman Mikhail Gorbachev`) is his post, no chair line."""
    for name, post in names.posts:
        if post in _CHAIR_POSTS:
            person = names.find_exact(name) or names.resolve(name, acting=True)
            if person is not None:
                person.present = True
                person.occupation = person.occupation or post
                if N.key(name) in names.chairs:
                    others = [role for role in (person.role or "").split() if role != "chair"]
                    person.role = " ".join(["chair", *others])


def _posts_in_brackets(div: etree._Element, names: N.Names) -> None:
    """A post the translator supplies in brackets right before a name (`[Defense Minister]
    Raul CASTRO arrived`) is the holder's occupation when the register has none for him, as
    a post in the name is (`Defense Minister Raul Castro`); the bracket stays the translator's
    clarification, outside the name."""
    for supplied in div.iter(_SUPPLIED):
        name = supplied.getnext()
        if name is None or name.tag != _PERSNAME or supplied.tail not in (" ", "\u00a0") or \
                supplied.get("reason") != "clarification" or len(supplied):
            continue
        person = names.persons.get(name.get("ref", "")[1:])
        post = (supplied.text or "").strip()
        if person is not None and person.occupation is None and not person.titles and \
                N.is_post(post):
            person.occupation = post


def _heading(head: str) -> tuple[str, str] | None:
    """The (role, side) a participant line's heading (before its colon) names, or None when
    it is no such line; the role is "" when the heading names only a side (`On the
    Vietnamese side: ...`)."""
    if len(head) > 80:
        return None
    # A document's title (`Record of Conversation: Premier Zhou and ...`, `Minutes of
    # the Meeting`) names no role: its `record` is not a recorder's.
    heading = _TITLE_OF.sub("", head.lower())
    side = _SIDE.search(heading)
    side_word = side.group("side") or side.group("people") if side else None
    if side is not None and side.group("paren"):   # `Attendees (North)`: the north side
        side_word = side.group("paren") if side.group("paren") in _COMPASS or \
            N.key(side.group("paren")) in _SIDES else None
    if side is None and " delegation " in heading:
        delegation = _DELEGATION_OF.fullmatch(heading)
        if delegation is not None and N.key(delegation.group("side")) in _SIDES:
            side_word = delegation.group("side")
    abbreviation = _SIDE_ABBREVIATION.match(head) if side is None else None
    if abbreviation is not None and abbreviation.group("abbreviation") in _SIDE_ABBREVIATIONS:
        side_word = abbreviation.group("abbreviation")   # `CPSU delegation`: the CPSU's side
    role = next((value for stem, value in _ROLES if stem in heading), None)
    if heading in _SECRETARY_HEADINGS:
        role = "recorder"   # `Secretary: M. Yisraeli`: the meeting's, who kept its minutes
    if role is None and side_word is None:
        return None
    # The side is a listPerson/@type: ASCII letters (`Québec` gives `quebec-side`).
    side_name = re.sub("[^a-z]", "", N.key(side_word)) if side_word else ""
    return role or "", side_name


# A post that is a participant role: `Ji Chaozhu, Interpreter`, `Mr. Nancy Tang (Interpreter)`.
_ROLE_POST = re.compile(r"(?:chief |senior )?(?:interpret|translat|notetak|note-tak|record)"
                        r"(?:er|or)s?", re.IGNORECASE)
# A role in parentheses after the post: `Michel Oksenberg, NSC Staff (Notetaker)`.
_ROLE_AFTER_POST = re.compile(r"\((?:" + _ROLE_POST.pattern + r")\)$|,[ \u00a0]*(?:" +
                              _ROLE_POST.pattern + r")$", re.IGNORECASE)
# The role as what the participant does, in parentheses after the name: `Cabinet Secretary Y.
# Herzog (recording)`, `(interpreting)`: his role, no occupation (the post before the name is).
_ROLE_DOING = re.compile(r"recording|interpreting|translating|note-?taking", re.IGNORECASE)


def _listed_under(text: str, head: re.Match | None, listing: tuple[str, str]
                  ) -> tuple[tuple[str, str] | None, int]:
    """The (role, side) of a paragraph below a heading alone that gives `listing`, and where
    its list begins (see `list_start`); (None, 0) when it is no list: the list has ended."""
    start = list_start(text, head)
    if start is None:
        return None, 0
    if start == len(text):   # a side alone: `US Side`
        return (listing[0], _heading_alone(text)[1] or listing[1]), start
    if start and N.key(head.group("head")) in _SIDES:   # after a side's name: `US:`
        return (listing[0], re.sub("[^a-z]", "", N.key(head.group("head")))), start
    if start:   # after a title: `Chairman: Mr. D.U. Stikker`, of the side above it
        return listing, start
    return listing, 0


def list_start(text: str, head: re.Match | None = None) -> int | None:
    """Where the list of participants begins in a paragraph below a heading alone
    (`PARTICIPANTS:`): 0 for a list whose every line (or entry between semicolons) is a name
    and maybe its post (`Michel Oksenberg, NSC Staff (Notetaker)`), or a side heading alone
    (`PRC Side`); after the colon of a side's line, a state or a people before it (`US: The
    President; Secretary Rusk`), or of a title's (`Chairman: Mr. D.U. Stikker`); the
    paragraph's end for a side alone (`US Side`). None when
    it is none of these: the list has ended. `head` is `_PARTICIPANT_LINE`'s match, if made.
    A section's numbered heading ends it too (`_numbered_heading`)."""
    if text[:1] in "IVX" and _numbered_heading(text):
        return None
    head = head or _PARTICIPANT_LINE.match(text)
    if head is not None and (N.key(head.group("head")) in _SIDES or
                             all(word in N.TITLES for word in head.group("head").split())):
        return head.end() if _listed(text[head.end():]) else None
    if _heading_alone(text) is not None:
        return len(text)
    return 0 if _listed(text) else None


# A section's heading numbered in Roman figures, alone in its paragraph, as a council's record
# heads its items below those present: `I. BERLIN`, `II. Disarmament`.
_NUMBERED_HEADING = re.compile(r"(?P<number>(?=[IVX])X{0,3}(?:IX|IV|V?I{0,3}))\.[ \u00a0]+"
                               r"(?P<words>[^\n]{1,80})")


def _numbered_heading(text: str) -> bool:
    """Is `text` a section's numbered heading, no participant (`I. BERLIN` listed `berlin`)?
    A numeral of two letters or more is no initial; one letter (`I.`, `V.`) is, before a
    surname (`V. KUZNETSOV`), and the number only before a place or a heading's words
    (`I. BERLIN`, `V. Conclusions`)."""
    match = _NUMBERED_HEADING.fullmatch(text.strip())
    if match is None:
        return False
    words = match.group("words").strip()
    return len(match.group("number")) > 1 or known_place(words) or N.is_heading(words)


# The states and peoples a side's line of participants may name (`US:`, `USSR:`, `Soviet:`),
# and the parties and states by their abbreviation (`CPSU:`, `GDR:`; `ČSR:` and `SFRY:`,
# which the gazetteer has not).
# The sides of a divided country, as Korean records name them (`Attendees (North):`).
_COMPASS = frozenset({"north", "south"})
_SIDES = frozenset(N.key(form) for canonical, others in GAZETTEER.items()
                   for form in (canonical, *others)) | frozenset(map(N.key, _PEOPLES)) | \
    frozenset(map(N.key, _SIDE_ABBREVIATIONS | {"ČSR", "SFRY"}))
# An entry of a list of participants, a line or between semicolons: a name of two to seven
# words, each capitalized or a particle, then maybe its post after a comma or in parentheses
# (`Michel Oksenberg, NSC Staff (Notetaker)`, `Chi Chao-chu (Interpreter)`, `Vice Premier
# Teng Hsiao-p'ing`, `Chi Chao-chu and Nancy Tang, Interpreters`).
_LIST_ENTRY = re.compile(
    rf"[ \t\u00a0]*(?:(?:[{N.CAPITALS}][\w.'\u2019\-]*+|and|de|da|van|von|bin|al|el|la|le|of)"
    rf"[ \u00a0]+){{1,6}}[{N.CAPITALS}][\w.'\u2019\-]*+"
    r"(?:,[ \u00a0]*[^\n]{1,250}|[ \u00a0]*\([^()\n]{1,60}\))?[ \t\u00a0]*")
# A sentence ending inside a line, or a line ending one after a word in small letters: no
# list entry (`Later, the talks resumed.`; `Chief, U.S. Liaison Office` is one, and so is a
# capital's abbreviation of three letters, `Sig. A. Segni`).
_SENTENCE = re.compile(r"(?<![A-Z])[a-z]{2}\.(?:[ \t\u00a0]|$)|[!?]")
# A side alone on its line, without a colon: `PRC Side`, `US SIDE`.
_SIDE_ALONE = re.compile(rf"[ \t\u00a0]*(?P<head>(?:[{N.CAPITALS}][\w.'\u2019\-]*+[ \u00a0]+)"
                         r"{1,3}(?:Side|SIDE|side))[ \t\u00a0]*")
# A side alone on its line as a US memorandum heads each block of its participants, without
# `Side` or a colon: a state, a people or an abbreviation of `_SIDES` (`U.S.`, `USSR`,
# `U.S.S.R.`, `Israel`), of one to three capitalized words.
_STATE_ALONE = re.compile(rf"[ \t\u00a0]*(?P<state>[{N.CAPITALS}][\w.'\u2019\-]*+"
                          rf"(?:[ \u00a0][{N.CAPITALS}][\w.'\u2019\-]*+){{0,2}})[ \t\u00a0]*")


def _listed(text: str) -> bool:
    """Is `text` a list of participants: every line an entry, or several between semicolons
    (`The President; Secretary Rusk`), maybe after the line's own heading (`Bulgaria: T.
    Zhivkov, S. Todorov`), or a side heading alone (`Chinese Side:`)?"""
    lines = [line for line in text.split("\n") if line.strip()]
    return bool(lines) and len(text) <= 3000 and all(
        _heading_alone(line) is not None or not _SENTENCE.search(line) and
        all(_LIST_ENTRY.fullmatch(entry) for entry in _list_of(line).split(";"))
        for line in lines)


def _list_of(line: str) -> str:
    """A line of a participant list without its own heading, if it has one (`Bulgaria:`)."""
    own = _line_heading(line)
    return line[own[0]:] if own else line


def _heading_alone(line: str) -> tuple[str, str] | None:
    """The (role, side) of a line that is a participant heading alone (`Chinese Side:`,
    `PARTICIPANTS:`), or a side without its colon (`PRC Side`, a state alone: `U.S.`); None
    for any other line."""
    head = _PARTICIPANT_LINE.match(line[:_HEADING_MAX])
    if head is not None and not line[head.end():].strip():
        return _heading(head.group("head"))
    side = _SIDE_ALONE.fullmatch(line)
    if side is None:
        state = _STATE_ALONE.fullmatch(line)
        if state is not None and N.key(state.group("state")) in _SIDES:
            return "", re.sub("[^a-z]", "", N.key(state.group("state")))   # `U.S.`: us-side
    return _heading(side.group("head")) if side else None


def _give_roles(p: etree._Element, names: N.Names, role: str, side_name: str,
                from_offset: int = 0, to_offset: int | None = None) -> None:
    """Give the persons of participant paragraph `p` the role and side of their heading, and
    their post as occupation (or as role: `Interpreter`); only those between the offsets of
    its text, when given (a presence sentence's, `_present_sentences`)."""
    pieces: _Pieces | None = None   # the paragraph's children as text, made once if asked
    for name, (line_role, line_side) in _under_headings(p, role, side_name, from_offset,
                                                        to_offset).items():
        person = names.persons.get(name.get("ref", "")[1:])
        if person is None or _possessive(name) or _named_again(name) or line_role == _ABSENT:
            continue   # `Cde. Brezhnev's interpreter Yu.I. Dubinin`: Dubinin is listed
        person.present = True
        post = _after(p, name)
        if post is None:
            pieces = pieces or _pieces(p)
            post = _post_in_parentheses(p, name, pieces)
            if post is None:
                post = _post_in_entry(p, name, pieces)
            if post is None:
                post = _post_in_brackets(name)
        if post and post.lower() in _ABSENCE_REASONS:
            post = None   # `Absent: Comrade Rau (ill)`: why he is away, no occupation
        elif post and names.cut_off is not None and f" {post}".endswith(f" {names.cut_off}") \
                and "".join(p.itertext()).endswith(post):
            post = None   # `Geng Biao, Vice Min`, the page cut off in his post: none known
        # A side after the name is the person's, no post: `M.S. Kapitsa (Soviet side)`,
        # `Xing Shanhe [Chinese side]`, a delegation's state or party closing its group
        # (`J. Berman, A. Zawadzki (Poland);`).
        own_side = _side_alone(post) if post else _side_in_brackets(name)
        if not own_side and name.getparent() is p:
            pieces = pieces or _pieces(p)
            own_side = _delegation(p, name, pieces)
        if own_side:
            post = None
        elif post and N.key(post) in _SIDES:
            # A state or a people alone is the side too, never an occupation: `interpreter:
            # Comrade Fritsch (GDR)` was an occupation `GDR`.
            own_side, post = _side_alone(f"{post} side"), None
        doing = post if post and _ROLE_DOING.fullmatch(post) else None
        if doing:
            post = None
        occupation = post or _occupation_before(name)
        if not occupation:
            pieces = pieces or _pieces(p)
            occupation = _plural_post(p, name, pieces)
        if doing:
            role_post = doing
        elif post and (_ROLE_POST.fullmatch(post) or _ROLE_AFTER_POST.search(post)):
            role_post = post
        elif not post and occupation and _ROLE_POST.fullmatch(occupation):
            role_post = occupation   # the role before the name: `; Interpreter G. Mirsky`
        else:
            pieces = pieces or _pieces(p)
            role_post = _listed_role(p, name, pieces)
        if role_post:
            line_role = next((value for stem, value in _ROLES if stem in role_post.lower()),
                             line_role)
        person.role = _with_role(person.role, line_role)
        if own_side or line_side:
            person.side = person.side or f"{own_side or line_side}-side"
        if occupation and not person.occupation:
            person.occupation = occupation


# Why a listed member is away, in parentheses after his name (`Absent: Comrade Rau (ill)`):
# no post.
_ABSENCE_REASONS = frozenset({"ill", "sick", "on leave", "on holiday", "on vacation", "abroad",
                              "excused", "on sick leave", "on a mission"})


def _named_again(name: etree._Element) -> bool:
    """Is `name` a participant's other name in parentheses right after his name (`Abu Iyad
    (Salah Khalaf)`: `_other_name`), no entry of its own?"""
    previous = name.getprevious()
    return previous is not None and previous.tag == _PERSNAME and \
        previous.get("ref") == name.get("ref") and (previous.tail or "").strip() == "("


def _with_role(roles: str | None, role: str) -> str:
    """A participant's roles with `role` added: listed under `Chinese side attendees:` and
    again under `Interpreter:`, Shi Zhe attended as the interpreter (`attending
    interpreter`); each role once, in the order the lines give them."""
    have = (roles or "").split()
    return " ".join(have if role in have else [*have, role])


_HEADING_MAX = 120   # a participant line's heading, with its colon, is no longer than this


# A role word and a colon inside a participant line, after a comma or a semicolon: it heads
# the names after it on the line (`Present on the Hungarian side: Comrade Zoltán Komócsin;
# interpreter: Comrade Ferenc Pataki`, `, note-taker: ...`, `; recorded by: ...`); a plural
# one does without the colon, a name after it (`; interpreters F. Kriegel, J. Piller`, the
# name's element maybe next: the text's end).
_ROLE_IN_LINE = re.compile(r"[,;][ \t\u00a0]*(?P<role>" + _ROLE_POST.pattern +
                           r"|(?:interpreted|translated|recorded)[ \u00a0]+by)"
                           r"(?:[ \t\u00a0]*:|(?:(?<=s)|(?<=by))[ \t\u00a0]+"
                           rf"(?=(?-i:[{N.CAPITALS}])|\Z))", re.IGNORECASE)
# That plural role word alone before a name: the group's role, no one's occupation.
_PLURAL_ROLE = re.compile("(?:" + _ROLE_POST.pattern + ")(?<=s)", re.IGNORECASE)
# A side opening an entry of a participant line, and the comma, colon or dash after it: it
# gives the names after it on the line their side (`Interpreted by: on the Soviet side, Yu.I.
# Dubinin; on the Chinese side, Yan Mingfu`, `Participants: on the Soviet side – A.N.
# Kosygin; on the Cuban side – ...`, `...; from the Soviet side: Ambassador N.M. Pegov`), or
# a space alone before the names (`...; on the Soviet side Comrades E.A. Shevardnadze`: a
# capital, or the end of the text before a name's element).
# A people's side alone opening an entry after a colon or a comma, a name after it, does too
# (`(Interpreters: Japanese side Ohara Ikuo, Chinese side Wang Xiaoxian, Tang Jiaxuan)`).
_SIDE_IN_LINE = re.compile(r"[:;][ \t\u00a0]*(?P<side>(?:on|from)[ \u00a0]+the[ \u00a0]+"
                           r"[^\W\d_]+(?:\.[^\W\d_]+)*\.?[ -]side)[ \t\u00a0]*"
                           r"(?:[,:]|[\u2013\u2014-][ \t\u00a0]|"
                           rf"(?<=[ \u00a0])(?=(?-i:[{N.CAPITALS}])|\Z))|"
                           r"[:;,][ \t\u00a0]*(?P<bare>(?P<people>[^\W\d_]+)[ -]side)[ \t\u00a0]+"
                           rf"(?=(?-i:[{N.CAPITALS}])|\Z)", re.IGNORECASE)


def _under_headings(p: etree._Element, role: str, side_name: str, from_offset: int = 0,
                    to_offset: int | None = None) -> dict[etree._Element, tuple[str, str]]:
    """Each persName of participant paragraph `p`, with the role and side of the heading it
    is under: a line of the paragraph that is a heading alone (`Chinese Side:` in a list under
    `PARTICIPANTS:`) heads the lines after it; a line opening with its own heading
    (`Bulgarian participants: ...`, `Interpreter: Kim Yong-nam`, `Bulgaria: T. Zhivkov, ...`)
    gives its names its role and side, the role of the heading alone above it (or of the
    paragraph) if it names none, its side if it names none but a role, and the lines after it
    too until the next heading; a role word and a colon inside a line (`; interpreter:`) the
    names after it on that line, and so does a side (`; from the Soviet side:`). The names
    before `from_offset` in the paragraph's text (on the field lines above its heading's
    line: `Location: Chairman Mao's residence`) are under none, nor those from `to_offset`
    on."""
    found: dict[etree._Element, tuple[str, str]] = {}
    block = current = (role, side_name)   # block: the heading alone's the lines are under
    line, line_start = "", 0   # the line so far (its start: a heading is short) and its offset
    own = False   # has the line opened with a heading of its own
    inline: str | None = None   # the role a role word and a colon inside the line gives
    inline_side: str | None = None   # the side `on the Soviet side,` inside the line gives
    # A role word after that side ends it (`from the Chinese side, Counselor Zhu Qiyu;
    # interpreters: B. Ochirbat and Wu Chengzhi`: no one side's interpreters).
    side_ended = False
    read = 0   # the characters of the paragraph's text fed so far

    def feed(chunk: str) -> None:
        nonlocal block, current, line, line_start, own, inline, inline_side, side_ended, read
        *complete, rest = chunk.split("\n")
        if complete:
            inline = inline_side = None   # `; interpreter:` heads the rest of its line
            own = side_ended = False
            if current[0] == _ABSENT:
                current = block   # `Absent: ...` / `Chair: Comrade Ulbricht`: he is there
            line_start = read + len(chunk) - len(rest)
        read += len(chunk)
        role_at = side_at = -1
        for role_word in _ROLE_IN_LINE.finditer(rest):
            inline, role_at = _heading(role_word.group("role"))[0], role_word.start()
        for side in _SIDE_IN_LINE.finditer(rest):
            if side.group("bare") and N.key(side.group("people")) not in _SIDES:
                continue   # `, Other side Kim`: no people's
            inline_side, side_at = _heading(side.group("side") or side.group("bare"))[1], \
                side.start()
        if side_at > role_at:
            side_ended = False
        elif role_at >= 0 and inline_side:
            side_ended = True
        if complete:
            complete[0], line = line + complete[0], ""
            for text in complete:
                heading = _heading_alone(text)
                if heading is not None:
                    block = current = (heading[0] or role, heading[1] or side_name)
        line = (line + rest)[:_HEADING_MAX]   # a heading is short: a long line is none
        opening = None if own else _line_opening(_PARTICIPANT_LINE.match(line))
        if opening is not None:
            own = True
            if line_start == from_offset:   # the paragraph's heading is this line's own
                block = (block[0], "")
            current = (opening[0] or block[0], opening[1] or block[1])

    for event, element in etree.iterwalk(p, events=("start", "end")):   # no recursion
        if event == "start":
            if element.tag == _PERSNAME and read >= from_offset and \
                    (to_offset is None or read < to_offset):
                found[element] = (inline or current[0],
                                  "" if side_ended else inline_side or current[1])
            feed(element.text or "")
        elif element is not p:
            feed(element.tail or "")
    return found


def _after(p: etree._Element, name: etree._Element) -> str | None:
    """The post after a name that begins its line, to the end of the line (`Zhou Enlai,
    Premier of the State Council`, `Mr. Nancy Tang (Interpreter)`): "" when nothing follows
    it, None when the line is not of that form (a name after a heading on its line, or
    several names)."""
    if name.getparent() is not p:
        return None
    before = name.getprevious()
    before_text = (before.tail if before is not None else p.text) or ""
    if before is not None and "\n" not in before_text or \
            before_text.rsplit("\n", 1)[-1].strip() and \
            not _ITEM_NUMBER.fullmatch(before_text.rsplit("\n", 1)[-1]):
        return None   # words before it on its line: `Translator: Ri Ji-chang`, `and Li Fuchun`
    parts = [name.tail or ""]
    node = name
    while "\n" not in parts[-1] and node.getnext() is not None:
        node = node.getnext()
        if node.tag == _PERSNAME:
            return None   # several names on the line: a list, not a post
        if node.tag == _NOTE and node.get("type") == "sic":
            parts.append(node.tail or "")   # `Ambassador in Washington [sic]`: no post's word
            continue
        parts.append("".join(node.itertext()) + (node.tail or ""))
    after = "".join(parts).split("\n", 1)[0].strip()
    if not after:
        return ""
    post = _POST_AFTER.fullmatch(after)
    return (post.group(1) or post.group(2)).strip() if post else None


# A numbered list's item number before a name on its line (`1. Mr. Z.A. Bhutto`, `2. Acting
# Foreign Minister Chi Peng-fei`): no word of the line, nor of the post.
_ITEM_NUMBER = re.compile(r"[ \t\u00a0]*[1-9][0-9]?\.(?:[ \t\u00a0]+|$)")


# A post after a name on its line: `, Premier of the State Council`, `(Interpreter)`; a
# suffix of the name is none (`Walter J. Stoessel, Jr., Ambassador to the USSR`).
_POST_AFTER = re.compile(r",\s*(?:(?:Jr|Sr)\.,\s*)?(.+?)[.;,]?|\(([^()]+)\)[.;,]?")


# A list of names and a role after it: `Chi Chao-chu and Nancy Tang, Interpreters`.
_LISTED_ROLE = re.compile(r",\s*(?P<role>" + _ROLE_POST.pattern + r")\s*\.?$", re.IGNORECASE)
_NAME_LIST = re.compile(r",|\band\b")


# A paragraph's text, where each of its children begins in it, and the role of each list
# entry asked about so far (by its span): the names of one entry share it.
_Pieces = tuple[str, dict[etree._Element, int], dict[tuple[int, int], "str | None"]]


def _pieces(p: etree._Element) -> _Pieces:
    parts, places = [p.text or ""], {}
    position = len(parts[0])
    for child in p:
        places[child] = position
        parts.append("".join(child.itertext()) + (child.tail or ""))
        position += len(parts[-1])
    return "".join(parts), places, {}


# A post in parentheses right after a name, before the next entry or the line's end:
# `Comrade Fritsch (interpreter), ...`, `Mirko Ostojić (ambassador)`; words, no figure
# (`Li Peng (until 11 a.m.)` says when, not what).
_POST_IN_PARENTHESES = re.compile(r"[ \u00a0]*\((?P<post>[^\W\d_][^()\d\n]{0,99})\)"
                                  r"(?=[ \u00a0]*(?:[,;.\n]|and\b|$))")


def _match_after(pattern: re.Pattern, p: etree._Element, name: etree._Element,
                 pieces: _Pieces) -> re.Match | None:
    """`pattern` matched right after `name`, a child of participant paragraph `p`, in the
    paragraph's text (`pieces`); None for a name deeper in the paragraph or no match."""
    if name.getparent() is not p:
        return None
    text, places, _ = pieces
    return pattern.match(text, places[name] + len("".join(name.itertext())))


def _post_in_parentheses(p: etree._Element, name: etree._Element, pieces: _Pieces
                         ) -> str | None:
    """The post in parentheses after `name` in a line of several names (`Comrade Fritsch
    (interpreter)`): `_after` reads a name's post only on a line of its own."""
    post = _match_after(_POST_IN_PARENTHESES, p, name, pieces)
    if post is None:
        return None
    places = pieces[1]
    for child in name.itersiblings():   # the children inside the parentheses only
        if places[child] >= post.end():
            break
        if child.tag == _PERSNAME:
            return None   # another person in them: `(with Pak Song-chol)` is no post
    return post.group("post").strip()


# A side alone, after a name in brackets or parentheses: `Soviet side`, `the Chinese side`,
# `on the U.S. side`.
_SIDE_POST = re.compile(r"(?:(?:on|from)[ \u00a0]+)?(?:the[ \u00a0]+)?"
                        r"[^\W\d_]+(?:\.[^\W\d_]+)*\.?[ -]side", re.IGNORECASE)


def _side_alone(post: str) -> str | None:
    """The side (`soviet`) a post after a name names when it is a side alone (`Soviet side`),
    else None."""
    side = _heading(post) if _SIDE_POST.fullmatch(post) else None
    return side[1] or None if side else None


# A group's delegation in parentheses, from after a name to the group's end (`, A. Zawadzki
# (Poland);`, `G. Malenkov (C.P.S.U.(B.));`): words and commas, no entry's end, then the
# parenthesis, a party's `(b)` allowed inside, at a semicolon, a full stop or the line's end.
_DELEGATION = re.compile(r"(?P<group>[^;:()\n]{0,200})"
                         r"\((?P<side>[^()\n]{2,40}(?:\([^()\n]{1,3}\)\.?)?)\)"
                         r"[ \t\u00a0]*(?P<end>[;.]|\n|$)")


def _delegation(p: etree._Element, name: etree._Element, pieces: _Pieces) -> str | None:
    """The side a state or a party in parentheses after `name` names (`A. Zawadzki (Poland)`):
    a delegation, `poland-side`, never an occupation. It closes the group since the last
    semicolon, so the names before it in a line of such groups are its too (`J. Berman, A.
    Zawadzki (Poland); J. Duclos, E. Fajon (France)`); where no semicolon parts the groups it
    is the last name's alone (`Gromyko, Mr. RUSK (United States)`)."""
    found = _match_after(_DELEGATION, p, name, pieces)
    if found is None:
        return None
    text, places, _ = pieces
    side = found.group("side").strip().replace(".", "")
    if "(" in side and side in N.PARTY_ABBREVIATIONS:
        side = N.BOLSHEVIK_PARTY             # `(C.P.S.U.(B.))`, `(VKP(b))`: one party's
    elif N.key(side) not in _SIDES:
        return None
    if found.group("group").strip():   # other names before the parenthesis: a group's
        start = text.rfind(";", 0, places[name])
        if found.group("end") != ";" and (start < 0 or
                                          "\n" in text[start:places[name]]):
            return None
    return re.sub("[^a-z]", "", N.key(side))


def _bracketed_post(bracket: etree._Element) -> str | None:
    """The post a translator's bracket gives, its words a title after the people it serves
    (`Bulgarian Ambassador in the DPRK`, `Minister of Foreign Affairs`), else None."""
    post = "".join(bracket.itertext()).strip()
    words = post.split()
    while words and words[0] in _PEOPLES:
        del words[0]
    return post if words and N._is_title(words[0]) else None


def _bracketed_respelling(bracket: etree._Element) -> str | None:
    """The one word of a translator's bracket that spells the word before it another way
    (`A.I. Luk'ianov [Lukyanov]`): a variant, no word of the listed name; else None."""
    word = "".join(bracket.itertext()).strip()
    before = bracket.getprevious()
    text = (before.tail if before is not None else bracket.getparent().text) or ""
    last = text.rstrip().rpartition(" ")[2]
    return word if last and text[-1:] == " " and N.respelt_word(last, word) else None


def _bracketed_name(bracket: etree._Element) -> str | None:
    """The full name a translator's bracket opens with, a comma and a post after it, when it
    ends in the surname right before the bracket (`Óvári [Miklós Óvári, Head of the Agitprop
    Department]`): who the listed surname is, no words of his entry (`Óvári Miklós Óvári`);
    else None."""
    name, comma, _ = "".join(bracket.itertext()).strip().partition(",")
    words = name.split()
    if not comma or not 2 <= len(words) <= 4:
        return None
    before = bracket.getprevious()
    text = (before.tail if before is not None else bracket.getparent().text) or ""
    last = text.rstrip().rpartition(" ")[2]
    return name if text[-1:] == " " and N.key(last) == N.key(words[-1]) else None


def _post_in_brackets(name: etree._Element) -> str | None:
    """The post a bracket right after a participant's name gives (`Kostadin Gyaurov
    [Bulgarian Ambassador in the DPRK]`), or None."""
    bracket = name.getnext()
    if bracket is None or bracket.tag != _SUPPLIED or (name.tail or "").strip():
        return None
    return _bracketed_post(bracket)


def _side_in_brackets(name: etree._Element) -> str | None:
    """The side a bracket right after `name` names (`Xing Shanhe [Chinese side]`), or None."""
    bracket = name.getnext()
    if bracket is None or local(bracket) != "supplied" or (name.tail or "").strip():
        return None
    return _side_alone("".join(bracket.itertext()).strip())


def _post_in_entry(p: etree._Element, name: etree._Element, pieces: _Pieces) -> str | None:
    """The post after a name that opens an entry of a participant line, after its comma, to
    the entry's end: entries between semicolons (`Cambodian participants: Pol Pot, Secretary
    of the Central Committee ...; Ieng Sary, Deputy Prime Minister`) or the one after the
    colon (`PARTICIPANTS: Peter W. Rodman, NSC Staff (notetaker)`); `_after` reads a name's
    post only on a line of its own. None when another person is in the entry, or a
    sentence."""
    if name.getparent() is not p:
        return None
    text, places, _ = pieces
    at = places[name]
    start = at   # the entry's start: spaces only between it and the name
    honorific = _SMALL_HONORIFIC.search(text, max(0, at - 12), at)
    if honorific is not None:
        start = honorific.start()   # `: comrades Corneliu Mănescu, Minister of ...`
    while start and text[start - 1] in " \t\u00a0":
        start -= 1
    opens = text[start - 1:start]   # "" at the paragraph's start
    if opens not in ("", "\n", ";", ":"):
        return None   # words before the name in its entry: `Kim Il Sung, Pak Song-chol`
    # The entry's end, sought near the name only (a post is short: a long paragraph is not
    # read again from each of its names).
    end = at + len("".join(name.itertext()))
    near = text[end:end + _ENTRY_MAX]
    stop = min((i for i in (near.find(";"), near.find("\n")) if i >= 0), default=-1)
    if stop < 0 and end + _ENTRY_MAX < len(text):
        return None
    stop = end + (stop if stop >= 0 else len(near))
    if opens in ("", "\n") and text[stop:stop + 1] != ";":
        return None   # an entry beginning its line, of a line not between semicolons
    post = _ENTRY_POST.fullmatch(text, end, stop)
    if post is None or _SENTENCE.search(post.group("post")):
        return None
    cuts = []   # the `[sic]` notes in it: `Ambassador in Washington [sic]`, no post's word
    cut = post.end("post")
    other = _OTHER_HOLDER.search(text, post.start("post"), cut)
    if other is not None:
        cut = other.start()   # `..., head of the ... FSLN, and the Nicaraguan chargé d'affaires`
    for child in name.itersiblings():   # no other person in the post
        if places[child] >= stop:
            break
        if child.tag == _PERSNAME:
            return None
        if child.tag == _NOTE and child.get("type") == "sic":
            cuts.append((places[child], places[child] + len("".join(child.itertext()))))
        if (child.tag == _SUPPLIED and child.get("reason") == "clarification" or
                local(child) == "gloss") and post.start("post") < places[child] and \
                places[child] + len("".join(child.itertext())) == cut:
            # the post's gloss: `Minister of Culture [Popular Education]`, `the FSLN
            # [Sandinista National Liberation Front]`
            cut = places[child]
    if not cuts:
        return text[post.start("post"):cut].rstrip()
    kept, at = [], post.start("post")
    for start, end in cuts:
        if start >= cut:
            break
        kept.append(text[at:start])
        at = end
    kept.append(text[at:max(at, cut)])
    return " ".join("".join(kept).split())


# A plural post heading a group of a participant line, its colon after it: `; Ministers: Y.
# Allon, M. Begin, ...`, `Deputy Ministers:`; read from the group's start (a semicolon, a line).
_PLURAL_POST = re.compile(r"[ \t\u00a0]*(?P<post>(?:[A-Z][\w\-]*[ \u00a0]){0,3}[A-Z][\w\-]*)s"
                          r"[ \t\u00a0]*:")


def _plural_post(p: etree._Element, name: etree._Element, pieces: _Pieces) -> str | None:
    """The post of a name under a plural post's heading in its group (`Ministers: Y. Allon, M.
    Begin, ..., Y. Galili`: each a `Minister`), the heading's words titles; None elsewhere."""
    if name.getparent() is not p:
        return None
    text, places, _ = pieces
    at = places[name]
    start = max(text.rfind(";", 0, at), text.rfind("\n", 0, at)) + 1
    heading = _PLURAL_POST.match(text, start, at)
    if heading is None or ":" in text[heading.end():at]:
        return None
    post = heading.group("post")
    return post if post != "Member" and all(word in N.TITLES for word in post.split()) else None


# An honorific in small letters before an entry's first name, as the capitalized one is
# inside it: `Also participating: comrades Corneliu Mănescu, Minister of Foreign Affairs`.
_SMALL_HONORIFIC = re.compile(r"(?<![^\s:;])(?:comrades?|messrs\.)[ \t\u00a0]+\Z")
_ENTRY_MAX = 250   # an entry's comma, post and full stop after its name are no longer
# The post after a name and its comma, to the entry's end, a full stop after it set aside;
# not more of a list or a clause (`Zhou Enlai, and others`, `Kim Il Sung, who came late`).
_ENTRY_POST = re.compile(r",[ \t\u00a0]*(?!(?:and|or|who|which|with|etc)\b)"
                         r"(?P<post>[^\s,][^;\n]{0,199}?)[ \t\u00a0]*\.?[ \t\u00a0]*")
# Another participant's post after a post, no more of it: `, and the Nicaraguan chargé
# d'affaires in Budapest` after `Julio López Campos, head of the International Department`.
_OTHER_HOLDER = re.compile(r",[ \t\u00a0]+and[ \t\u00a0]+the[ \t\u00a0]")


def _listed_role(p: etree._Element, name: etree._Element, pieces: _Pieces) -> str | None:
    """The role after the list of names that `name` is in, when the role is all that follows
    the names (`Chi Chao-chu and Nancy Tang, Interpreters`): each of them holds it. The list
    runs from a colon, a semicolon or a line's start to a semicolon or the line's end.
    `pieces` is `_pieces(p)`, made once for all the paragraph's names (made for each, it was
    quadratic in a long list of participants)."""
    if name.getparent() is not p:
        return None
    text, places, roles = pieces
    at = places[name]   # the entry is found from the name outwards: no copy of the paragraph
    start = max(text.rfind(";", 0, at), text.rfind(":", 0, at), text.rfind("\n", 0, at)) + 1
    ends = [i for i in (text.find(";", at), text.find("\n", at)) if i >= 0]
    span = (start, min(ends) if ends else len(text))
    if span not in roles:
        roles[span] = _entry_role(text[span[0]:span[1]].strip())
    return roles[span]


def _entry_role(entry: str) -> str | None:
    """The role a list entry ends with, after names only (`Chi Chao-chu and Nancy Tang,
    Interpreters`)."""
    if len(entry) > 300 or any(c in entry for c in "()"):
        return None
    listed = _LISTED_ROLE.search(entry)
    if listed is None:
        return None
    names = _NAME_LIST.split(entry[:listed.start()])
    # Names only before the role, more than one: each piece between the separators is one.
    return listed.group("role") if len(names) >= 2 and all(
        piece.strip()[:1].isupper() for piece in names) else None


def _possessive(name: etree._Element) -> bool:
    """Is a persName a possessive, its `'s` inside it (`<sic>Brezhnev's</sic>`) or after it?"""
    return "".join(name.itertext()).endswith(_POSSESSIVES) or \
        (name.tail or "").startswith(_POSSESSIVES)


_POSSESSIVES = ("'s", "\u2019s")


# A side and its dash opening an entry, before a name: `on the Soviet side – A.N. Kosygin`,
# `and on our side Comrade Mirko Tepavac` (the writer's side, no post).
_SIDE_LEAD = re.compile(r"(?:on|from)[ \u00a0]+(?:the[ \u00a0]+[^\W\d_]+(?:\.[^\W\d_]+)*\.?|our)"
                        r"[ -]side[ \u00a0]*[\u2013\u2014-]?[ \u00a0]*", re.IGNORECASE)
# A people's side alone opening an entry: `Japanese side Ohara Ikuo` (the people of `_SIDES`).
_PEOPLE_SIDE_LEAD = re.compile(r"(?P<people>[A-Z][^\W\d_]*)[ -]side(?:[ \u00a0]+|$)")


# `also` or `as well as` opening an entry, before its post or name, no part of the post:
# `; also Marshal S.F. Akhromeyev` had the occupation `also Marshal`.
_ALSO_LEAD = re.compile(r"(?:also|as[ \u00a0]+well[ \u00a0]+as)(?:[ \u00a0]+|$)", re.IGNORECASE)
# Who leads, accompanies or interprets, before the names of a participant line, no post: `the
# delegations of ... the USSR, led by Comrades Todor Zhivkov, ...` (Zhivkov's was `led by`),
# `; interpreted by Comrade Dr. Zdeněk Kořínek` (the role, `_ROLE_IN_LINE`).
_BY_LEAD = re.compile(r"(?:led|headed|accompanied|interpreted|translated|recorded)[ \u00a0]+by"
                      r"(?:[ \u00a0]+|$)", re.IGNORECASE)


# What parts a participant's post from the entries before it: a comma, a colon, a
# semicolon, a line break, `and` (`Present: Kim Il, Minister of Trade Jang Si-u`). `and` is
# caught, so that a portfolio's stays the post's: after a post's `of` and the portfolio's
# first word (`_PORTFOLIO_OPEN`: `Minister of Agriculture and Forestry I. Kono`, as names.py
# reads a portfolio).
_OCCUPATION_PARTS = re.compile(r"[,:;\n]|\b(and)\b")
# So does a department's (`Deputy Director of the Department of the USSR and East European
# Countries of the PRC MFA Yu Zhan`), its first word maybe an abbreviation.
_PORTFOLIO_OPEN = re.compile("(?:" + N._POST_OF_PORTFOLIO.pattern +
                             r"|\bDepartment[ \u00a0]+of[ \u00a0]+(?:the[ \u00a0]+)?)"
                             r"(?:[A-Z][a-z]+|[A-Z]{2,5})[ \u00a0]+$")


# A presence sentence's words before its first name, and what comes before them in the
# paragraph: `The meeting began at 8:00 p.m. Present were `.
_PRESENT_LEAD = re.compile(r"^.*?\b(?:[Aa]lso[ \u00a0]present|" + _PRESENCE_WORDS + ")" +
                           _AT_THE_MEETING + r"[ \u00a0]w(?:ere|as)\b[ \u00a0]*")


# The British style of a privy counsellor or a peer's child before the name, an honorific,
# no post: `Rt. Hon.`, `Right Honourable`, `Hon.`, `Honourable` (after `The`).
_STYLE_OF_ADDRESS = re.compile(r"(?:(?:Rt\.?|Right)[ \u00a0]+)?Hon(?:\.|ou?rable)")


def _occupation_before(name: etree._Element) -> str | None:
    """The words before a participant's name, back to the previous comma or colon, with a
    name in the possessive among them (`Cde. Brezhnev's interpreter`) and without a `[sic]`
    note."""
    previous = name.getprevious()
    before = (previous.tail if previous is not None else name.getparent().text) or ""
    parts = [before]
    while previous is not None and (local(previous) == "supplied" or
                                    previous.tag == _PERSNAME and _possessive(previous) or
                                    local(previous) == "note" and previous.get("type") == "sic") \
            and not re.search(r"[,:;]", before):
        if local(previous) != "note":
            parts.insert(0, "".join(previous.itertext()))
        previous = previous.getprevious()
        before = (previous.tail if previous is not None else name.getparent().text) or ""
        parts.insert(0, before)
    text = "".join(parts)
    pieces = _OCCUPATION_PARTS.split(text)
    if len(pieces) >= 3 and pieces[-2] == "and" and _PORTFOLIO_OPEN.search(pieces[-3]):
        pieces[-3:] = ["".join(pieces[-3:])]   # `Minister of Agriculture and Forestry`
    text = " ".join(pieces[-1].split())
    if text[:1].isdigit():
        text = _ITEM_NUMBER.sub("", text, count=1)   # `2. Acting Foreign Minister`: no `2.`
    # not the heading or the side before it: `Attended by Comrades ...`, `on the Soviet side –`
    text = _ATTENDED_BY.sub("", _SIDE_LEAD.sub("", text), count=1).strip()
    if " side" in text:
        people = _PEOPLE_SIDE_LEAD.match(text)
        if people is not None and N.key(people.group("people")) in _SIDES:
            text = text[people.end():]   # `Japanese side Ohara Ikuo`
    if " were" in text or " was" in text:   # `... Present were A.Ia. Vyshinsky`: the sentence's
        text = _PRESENT_LEAD.sub("", text, count=1)
    text = _without_status(text)   # `; candidates Honecker`, `; also present ...`
    text = _ALSO_LEAD.sub("", text, count=1)   # `; also Marshal S.F. Akhromeyev`
    if " by" in text:
        text = _BY_LEAD.sub("", text, count=1)   # `, led by Comrades ...`
    if text in ("The", "the") or _PLURAL_ROLE.fullmatch(text):
        # `The Earl of Home`: the article of a peer's title, no post's word; `; interpreters
        # F. Kriegel`: the group's role (`_ROLE_IN_LINE`), no occupation
        text = ""
    elif text[:4] in ("the ", "The "):   # `the embassy's first secretary S.Ia. Sinitsin`
        text = text[4:]
    if _STYLE_OF_ADDRESS.fullmatch(text):
        text = ""   # `The Rt. Hon. Michael Stewart`: a British minister's style, no post
    roles = [r.text for r in name.iter(tag("roleName")) if r.text]
    value = " ".join(filter(None, [text, *roles])).strip()
    return value or None
