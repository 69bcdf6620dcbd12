"""Export `html`: a self-contained reading page per document, rendered ahead of time from the TEI.

One page holds the catalogue data, the participants, the text (each `sp` a turn with its printed
label), the end notes and an index of every person, place and organisation, each mention linked
to its entry and each entry back to its mentions. The translator's and the archive's
interventions get their brackets back, a class, and a `title` that says who made them. No
scripts, no network (a Content-Security-Policy says so to the browser), inline CSS; the same
TEI gives the same bytes. Class names are listed in docs/exports.md.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path

from lxml import etree

from ..files import as_text
from ..tei import SPEAKER_DELIMITERS, XML_ID, XML_LANG, local
from ._common import NS, Doc, Person, Record, first, free_name, names, read_record, records, slug, \
    text_of, write_files

WHO = {"translator": "the translator", "archive": "the archive's editors",
       "converter": "tei-pipeline (the converter)"}

SUPPLIED = {"clarification": "words supplied by {who}", "name-completion": "name completed by {who}",
            "variant": "alternative spelling given by {who}",
            "expansion": "abbreviation expanded by {who}"}

GAPS = {"redacted": "redacted", "omitted": "omitted", "illegible": "illegible in the source",
        "unclear": "unclear in the source", "garbled": "garbled in transmission"}

NOTES = {"translator": "translator's note", "editorial": "editorial note", "sic": "sic: as in the source",
         "page": "page break in the source", "signature": "signature", "handwritten": "handwritten",
         "source": "source note", "footnote": "footnote", "marginal": "marginal note"}

ROLES = {"participant": "participant", "chair": "chair", "accompanying": "accompanying",
         "seated": "seated", "attending": "attending", "interpreter": "interpreter",
         "recorder": "recorder (minutes)"}

KINDS = {"persName": "person", "placeName": "place", "orgName": "org"}
KIND_HEADINGS = (("person", "Persons"), ("place", "Places"), ("org", "Organisations"))

# Elements that hold blocks (paragraphs, turns) rather than running text.
BLOCK_CONTAINERS = {"body", "div", "sp", "opener", "closer", "postscript", "back", "front", "note",
                    "figure", "lg", "list", "item", "cell"}

CSS = """\
:root{--ink:#1b1b1b;--paper:#fdfdfb;--muted:#4d4d4d;--link:#0b4f9c;--rule:#d6d3cc;
--supplied-bg:#fff1c7;--supplied-ink:#5c3d00;--gloss-bg:#e8ecff;--gloss-ink:#23307a;
--note-bg:#e3f2e6;--note-ink:#1d4d2a}
*{box-sizing:border-box}
body{margin:0;background:var(--paper);color:var(--ink);font:1.05rem/1.6 Georgia,"Times New Roman",serif}
a{color:var(--link)}
a:focus,a:hover{outline:2px solid var(--link);outline-offset:1px}
.skip-link{position:absolute;left:.5rem;top:-3rem;background:#fff;color:var(--link);padding:.4rem .8rem;
border:2px solid var(--link);z-index:1}
.skip-link:focus{top:.5rem}
.sr-only{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
header.page,nav,main,footer{max-width:46rem;margin:0 auto;padding:0 1rem}
header.page{padding-top:1.5rem}
h1{font-size:1.6rem;line-height:1.25;margin:.5rem 0 1rem}
h2{font-size:1.3rem;border-bottom:1px solid var(--rule);margin-top:2rem}
h3{font-size:1.1rem}
dl.catalogue{display:grid;grid-template-columns:max-content 1fr;gap:.2rem 1rem;margin:0}
dl.catalogue dt{font-weight:bold;color:var(--muted)}
dl.catalogue dd{margin:0}
nav ul{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:.4rem 1.2rem;
border-top:1px solid var(--rule);border-bottom:1px solid var(--rule);padding:.4rem 0}
table{border-collapse:collapse;width:100%}
th,td{text-align:left;vertical-align:top;padding:.2rem .5rem .2rem 0;border-bottom:1px solid var(--rule)}
.sp{margin:0 0 1rem;padding-left:.8rem;border-left:3px solid var(--rule)}
.tei-closer>.tei-salute,.tei-closer>.tei-signed,.tei-closer>.tei-dateline{display:block}
.sp p{margin:.2rem 0}
.speaker{font-weight:bold}
.stage{font-style:italic;color:var(--muted)}
.speaker .stage{font-weight:normal}
p.stage{margin-left:1rem}
.supplied{background:var(--supplied-bg);color:var(--supplied-ink)}
.gloss{background:var(--gloss-bg);color:var(--gloss-ink);font-style:italic}
.note-inline{background:var(--note-bg);color:var(--note-ink);font-size:.95em}
.gap{display:inline-block;border-radius:.3rem;padding:0 .45rem;font:bold .85rem/1.5 system-ui,sans-serif;
background:#4a4a4a;color:#fff}
.gap-redacted{background:#111;color:#fff}
p.gap-block{margin:1rem 0}
.unclear{text-decoration:underline dotted}
.sic{text-decoration:underline wavy #8a5a00}
.noteref{font-size:.8em;vertical-align:super;line-height:0}
.source-break::after{content:"\\00b6";color:var(--rule);font-size:.8em}
.pagenum{font:.75rem/1.4 system-ui,sans-serif;color:var(--muted);border:1px solid var(--rule);
border-radius:.3rem;padding:0 .3rem;white-space:nowrap}
p.pagenum-block{margin:.5rem 0;text-align:center}
a.name{color:inherit;text-decoration:underline;text-decoration-color:var(--link);text-underline-offset:.2em}
.index li{margin:.2rem 0}
.mentions{font-size:.9em;color:var(--muted)}
.variants,.register-note{color:var(--muted)}
.legend{font-size:.9em;color:var(--muted)}
footer{margin-top:2rem;padding-bottom:2rem;font-size:.9em;color:var(--muted)}
"""

CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:"


def _append_text(element: etree._Element, text: str | None) -> None:
    """Append text after the last child of `element` (its tail) or to its text: the lxml split."""
    if not text:
        return
    try:
        last = element[-1]   # found from the end: len() would count every child
    except IndexError:
        element.text = (element.text or "") + text
    else:
        last.tail = (last.tail or "") + text


def _add(parent: etree._Element, tag: str, text: str | None = None, **attrs: str) -> etree._Element:
    """Append an HTML element with attributes in the given order (`class_` for class)."""
    element = etree.SubElement(parent, tag)
    for key, value in attrs.items():
        # Set one by one: lxml takes a dict of attributes more slowly than as many set()s.
        element.set(key.rstrip("_").replace("_", "-"), value)
    if text:
        element.text = text
    return element


def _nl(element: etree._Element) -> etree._Element:
    """End a block element with a newline so the HTML source stays readable."""
    element.tail = "\n"
    return element


def _who(resp: str | None, default: str) -> str:
    """Say in words who made an intervention, from a `#translator`-style pointer."""
    if not resp:
        return default
    key = resp.split()[0].lstrip("#")
    return WHO.get(key, key.replace("-", " "))


def _html_id(raw: str) -> str:
    """Make an id safe for an HTML fragment (letters, digits, -, _, .)."""
    return re.sub(r"[^\w.-]+", "-", raw, flags=re.ASCII).strip("-") or "x"


class _Index:
    """The page's register: every person, place and organisation, and the mentions of each."""

    def __init__(self, tree: etree._ElementTree, record: Record):
        self.entries: dict[str, dict] = {}      # html id -> entry
        self.by_ref: dict[str, str] = {}        # TEI xml:id -> html id
        self.by_text: dict[tuple[str, str], str] = {}
        self.mentions: dict[str, list[str]] = {}
        self.count = 0
        for person in record.persons:
            self._register("person", person.id, person.name, person=person)
        for kind, xpath, name_xpath in (
                ("place", "//tei:standOff//tei:place | //tei:teiHeader//tei:listPlace/tei:place",
                 "tei:placeName"),
                ("org", "//tei:standOff//tei:org | //tei:teiHeader//tei:listOrg/tei:org", "tei:orgName")):
            for element in tree.xpath(xpath, namespaces=NS):
                name = text_of(first(element, name_xpath)) or element.get(XML_ID, "")
                self._register(kind, element.get(XML_ID, ""), name)

    def _register(self, kind: str, xml_id: str, name: str, person: Person | None = None,
                  in_register: bool = True) -> str:
        html_id = free_name(f"{kind}-{_html_id(xml_id) if xml_id else slug(name)}", self.entries)
        self.entries[html_id] = {"kind": kind, "name": name, "person": person,
                                 "in_register": in_register}
        self.mentions[html_id] = []
        if xml_id:
            self.by_ref[xml_id] = html_id
        return html_id

    def target(self, element: etree._Element) -> str:
        """Return the html id of the index entry a name element points to (made if unknown)."""
        ref = (element.get("ref") or "").split()
        key = ref[0][1:] if ref and ref[0].startswith("#") else ""
        if key in self.by_ref:
            return self.by_ref[key]
        kind = KINDS[local(element)]
        name = text_of(element)
        if (kind, name) not in self.by_text:
            # A name the register does not hold is still indexed, under its form in the text.
            self.by_text[(kind, name)] = self._register(kind, "", name, in_register=False)
        return self.by_text[(kind, name)]

    def mention(self, html_id: str) -> str:
        """Record one mention of an entry and return the anchor id for it."""
        self.count += 1
        anchor = f"m-{self.count}"
        self.mentions[html_id].append(anchor)
        return anchor


class _Renderer:
    """Turns TEI elements into HTML elements for one page."""

    def __init__(self, tree: etree._ElementTree, record: Record):
        self.index = _Index(tree, record)
        self.in_link = 0
        self.turns = 0
        self.noterefs = 0
        self.page_ids: set[str] = set()
        self.first_ref: dict[str, str] = {}     # note html id -> id of the first reference to it
        self.end_notes: list[etree._Element] = []
        self.note_ids: dict[str, str] = {}
        self.names = {p.id: p.name for p in record.persons}
        for note in tree.xpath("//tei:text//tei:note[@place='end']", namespaces=NS):
            self.end_notes.append(note)
            self.note_ids[note.get(XML_ID) or f"#auto-{len(self.end_notes)}"] = \
                self._note_html_id(note, len(self.end_notes))

    @staticmethod
    def _note_html_id(note: etree._Element, position: int) -> str:
        xml_id = note.get(XML_ID, "")
        if re.fullmatch(r"note-[\w-]+", xml_id, flags=re.ASCII):
            return xml_id
        return f"note-x{position}"

    # --- generic walking -------------------------------------------------------------------

    def children(self, source: etree._Element, target: etree._Element, block: bool) -> None:
        """Render the content of `source` into `target`, keeping text and tails in place."""
        _append_text(target, source.text)
        for child in source:
            if isinstance(child.tag, str):
                self.node(child, target, block)
            _append_text(target, child.tail)

    def node(self, element: etree._Element, parent: etree._Element, block: bool) -> None:
        """Render one TEI element into `parent` (`block`: the parent holds blocks, not text)."""
        name = local(element)
        handler = getattr(self, f"tei_{name}", None)
        if handler is not None:
            out = handler(element, parent, block)
        elif block and name in BLOCK_CONTAINERS | {"p", "ab", "head"}:
            out = _add(parent, "div", class_=f"tei-{name}")
            self.children(element, out, block=True)
        else:
            out = _add(parent, "span", class_=f"tei-{name}")
            self.children(element, out, block=False)
        if out is not None and element.get(XML_LANG) and "lang" not in out.attrib:
            out.set("lang", element.get(XML_LANG))

    def _span(self, element, parent, classes: str, title: str | None = None,
              brackets: tuple[str, str] | None = None) -> etree._Element:
        attrs = {"class_": classes}
        if title:
            attrs["title"] = title
        span = _add(parent, "span", **attrs)
        if brackets:
            span.text = brackets[0]
        self.children(element, span, block=False)
        if brackets:
            _append_text(span, brackets[1])
        return span

    # --- blocks ----------------------------------------------------------------------------

    def tei_p(self, element, parent, block):
        out = _add(parent, "p") if block else _add(parent, "span", class_="tei-p")
        self.children(element, out, block=False)
        return out

    tei_ab = tei_p

    def tei_div(self, element, parent, block):
        out = _add(parent, "div", class_=f"tei-div tei-div-{element.get('type', 'div')}")
        self.children(element, out, block=True)
        return out

    def tei_head(self, element, parent, block):
        out = _add(parent, "h3" if block else "span", class_="tei-head")
        self.children(element, out, block=False)
        return out

    def tei_sp(self, element, parent, block):
        """A turn: the label (speaker, any stage before the speech, the printed delimiter) opens
        the first paragraph, as the source printed it; further blocks follow."""
        self.turns += 1
        turn = _add(parent, "div", class_="sp", id=f"turn-{self.turns}")
        if element.get("who"):
            turn.set("data-who", " ".join(w.lstrip("#") for w in element.get("who").split()))
        kids = [c for c in element if isinstance(c.tag, str)]
        label_parts = []
        for child in kids:
            if local(child) in ("speaker", "stage") and (label_parts or local(child) == "speaker"):
                label_parts.append(child)
            else:
                break
        rest = kids[len(label_parts):]
        if not label_parts:
            self.children(element, turn, block=True)
            return turn
        speaker = label_parts[0]
        first_block = rest[0] if rest and local(rest[0]) == "p" else None
        line = _add(turn, "p")
        label = _add(line, "span", class_="speaker")
        for part in label_parts:
            if local(part) == "speaker":
                self._span(part, label, "speaker-label")
            else:
                self._span(part, label, f"stage stage-{part.get('type', 'stage')}")
            if part is not label_parts[-1]:
                _append_text(label, part.tail)
        delimiter = SPEAKER_DELIMITERS.get(speaker.get("rend", ""), "")
        if delimiter:
            _add(label, "span", delimiter, class_="delim")
        _append_text(line, label_parts[-1].tail if first_block is not None else None)
        remaining = rest
        if first_block is not None:
            self.children(first_block, line, block=False)
            remaining = rest[1:]
            _append_text(turn, first_block.tail)
        else:
            _append_text(turn, label_parts[-1].tail)
        for child in remaining:
            self.node(child, turn, block=True)
            _append_text(turn, child.tail)
        return turn

    def tei_speaker(self, element, parent, block):
        return self._span(element, parent, "speaker-label")

    def tei_stage(self, element, parent, block):
        classes = f"stage stage-{element.get('type', 'stage')}"
        if block:
            out = _add(parent, "p", class_=classes)
            self.children(element, out, block=False)
            return out
        # `[Pause.]` is printed in brackets; `(laughs)` keeps its parentheses as text.
        brackets = ("[", "]") if element.get("rend") == "brackets" else None
        return self._span(element, parent, classes, brackets=brackets)

    def tei_gap(self, element, parent, block):
        """A gap is a badge with its printed marker, so a redaction is never invisible."""
        holder = _add(parent, "p", class_="gap-block") if block else parent
        reason = element.get("reason", "gap")
        what = GAPS.get(reason, reason)
        who = _who(element.get("resp"), "the archive")
        title = f"{what} ({who})" if reason in ("redacted", "omitted") else what
        badge = _add(holder, "span", class_=f"gap gap-{_html_id(reason)}", title=title)
        _add(badge, "span", f"gap, {what}: ", class_="sr-only")
        desc = first(element, "tei:desc")
        _append_text(badge, text_of(desc) or f"[{what}]")
        return holder if block else badge

    def tei_milestone(self, element, parent, block):
        if element.get("type") == "source-break":
            return _add(parent, "span", class_="source-break",
                        title=f"paragraph break in the source, joined by {_who(element.get('resp'), 'the converter')}")
        return None

    def tei_pb(self, element, parent, block):
        attrs = {"class_": "pb"}
        if element.get("n"):
            # A page number given twice (`[end of page 5]` in two places) must not give one id
            # twice: the second is page-6-2.
            html_id = free_name(f"page-{_html_id(element.get('n'))}", self.page_ids)
            self.page_ids.add(html_id)
            attrs.update(id=html_id, title=f"page {element.get('n')} begins")
        return _add(parent, "span", **attrs)

    def tei_fw(self, element, parent, block):
        # A page number as printed (`- 4 -`): set apart from the text it interrupts.
        holder = _add(parent, "p", class_="pagenum-block") if block else parent
        self._span(element, holder, "pagenum", "the page number, as printed")
        return holder if block else None

    def tei_lb(self, element, parent, block):
        return _add(parent, "br")

    def tei_list(self, element, parent, block):
        out = _add(parent, "ul", class_="tei-list")
        for item in element.xpath("tei:item", namespaces=NS):
            li = _add(out, "li")
            self.children(item, li, block=False)
        return out

    # --- editorial interventions -------------------------------------------------------------

    def tei_supplied(self, element, parent, block):
        reason = element.get("reason", "")
        who = _who(element.get("resp"), "the translator")
        title = SUPPLIED.get(reason, "supplied by {who}").format(who=who)
        classes = "supplied" + (f" supplied-{_html_id(reason)}" if reason else "")
        return self._span(element, parent, classes, title, ("[", "]"))

    def tei_gloss(self, element, parent, block):
        who = _who(element.get("resp"), "the translator")
        title = f"explanation of the preceding term by {who}"
        return self._span(element, parent, "gloss", title, ("[", "]"))

    def tei_note(self, element, parent, block):
        if element.get("place") == "end":
            return None          # rendered in the Notes section
        kind = element.get("type", "")
        title = NOTES.get(kind, "note")
        who = element.get("resp")
        if who and kind != "translator":
            title = f"{title} ({_who(who, '')})"
        classes = "note note-inline" + (f" note-{_html_id(kind)}" if kind else "")
        # A note in parentheses, `(sic)`, `(Not reviewed by ...)`, has them as its text.
        brackets = None if element.get("rend") != "brackets" and \
            (element.text or "").startswith("(") else ("[", "]")
        return self._span(element, parent, classes, title, brackets)

    def tei_unclear(self, element, parent, block):
        brackets = ("[[", "]]") if element.get("rend") == "double-brackets" else None
        cert = element.get("cert")
        title = "unclear in the source" + (f" (certainty: {cert})" if cert else "")
        return self._span(element, parent, "unclear", title, brackets)

    def tei_sic(self, element, parent, block):
        return self._span(element, parent, "sic", "sic: as in the source")

    def tei_stamp(self, element, parent, block):
        brackets = ("[", "]") if element.get("rend") == "brackets" else None
        return self._span(element, parent, "stamp", "stamp", brackets)

    def tei_ptr(self, element, parent, block):
        target = element.get("target", "")
        if element.get("type") == "footnote" or target[1:] in self.note_ids:
            self.noterefs += 1
            html_id = self.note_ids.get(target[1:], _html_id(target[1:]))
            link = _add(parent, "a", class_="noteref", href=f"#{html_id}", id=f"noteref-{self.noterefs}")
            self.first_ref.setdefault(html_id, link.get("id"))
            link.text = f"[{element.get('n') or self.noterefs}]"
            return link
        link = _add(parent, "a", target, class_="tei-ptr", href=target)
        return link

    def tei_ref(self, element, parent, block):
        target = element.get("target", "")
        if not target or self.in_link:
            return self._span(element, parent, "tei-ref")
        link = _add(parent, "a", class_="tei-ref", href=target)
        self.children(element, link, block=False)
        return link

    # --- names and the index -------------------------------------------------------------------

    def _name(self, element, parent, block):
        if self.in_link:
            # HTML forbids a link inside a link: a name nested in a name is plain text.
            return self._span(element, parent, f"name {KINDS[local(element)]}")
        entry = self.index.target(element)
        kind = self.index.entries[entry]["kind"]
        link = _add(parent, "a", class_=f"name {kind}", href=f"#{entry}", id=self.index.mention(entry))
        full = self.index.entries[entry]["name"]
        if full and full != text_of(element):
            link.set("title", full)
        self.in_link += 1
        self.children(element, link, block=False)
        self.in_link -= 1
        return link

    tei_persName = tei_placeName = tei_orgName = _name

    def tei_date(self, element, parent, block):
        when = element.get("when")
        out = _add(parent, "time", datetime=when) if when else _add(parent, "span", class_="date")
        self.children(element, out, block=False)
        return out

    def tei_measure(self, element, parent, block):
        parts = [element.get(a) for a in ("quantity", "unit", "commodity") if element.get(a)]
        return self._span(element, parent, "measure", " ".join(parts) or None)

    def tei_foreign(self, element, parent, block):
        out = _add(parent, "i", class_="foreign")
        self.children(element, out, block=False)
        return out

    def tei_hi(self, element, parent, block):
        out = _add(parent, "em", class_="tei-hi")
        self.children(element, out, block=False)
        return out

    def tei_title(self, element, parent, block):
        out = _add(parent, "cite")
        self.children(element, out, block=False)
        return out


def _catalogue(header: etree._Element, record: Record, renderer: _Renderer) -> etree._Element:
    dl = etree.Element("dl", {"class": "catalogue"})
    dl.text = "\n"

    def row(term: str, value: str | None = None) -> etree._Element | None:
        _nl(_add(dl, "dt", term))
        dd = _nl(_add(dl, "dd"))
        if value:
            dd.text = value
        return dd

    if record.date:
        dd = row("Date")
        _add(dd, "time", record.date_text or record.date, datetime=record.date)
    setting = first(header, "tei:profileDesc/tei:settingDesc/tei:setting")
    if setting is not None:
        dd = row("Time and place")
        parts = [c for c in setting if isinstance(c.tag, str)]
        for i, part in enumerate(parts):
            renderer.node(part, dd, block=False)
            if i < len(parts) - 1:
                _append_text(dd, "; ")
    if record.publisher:
        row("Archive", record.publisher)
    if record.archival_id:
        row("Archival reference", record.archival_id)
    if record.pages:
        row("Pages", record.pages)
    if record.translators:
        row("Translated by", ", ".join(record.translators))
    originals = [name for code, name in zip(record.languages, record.language_names)
                 if code != record.text_language]
    if originals:
        row("Original language", ", ".join(originals))
    if record.funders:
        row("Funded by", ", ".join(record.funders))
    if record.uri:
        _add(row("Source page"), "a", record.uri, href=record.uri)
    if record.source:
        row("Citation", record.source)
    if record.status:
        row("Status", "; ".join((record.status,) + record.changes))
    if record.rights:
        row("Rights", record.rights)
    return dl


def _participants(section: etree._Element, record: Record, renderer: _Renderer) -> None:
    table = _nl(_add(section, "table"))
    table.text = "\n"
    _add(table, "caption", "People present, as listed in the document", class_="sr-only")
    head = _nl(_add(_nl(_add(table, "thead")), "tr"))
    for label in ("Name", "Role", "Side", "Title or office"):
        _add(head, "th", label, scope="col")
    body = _nl(_add(table, "tbody"))
    body.text = "\n"
    for person in record.participants:
        tr = _nl(_add(body, "tr"))
        entry = renderer.index.by_ref.get(person.id)
        name_cell = _add(tr, "th", scope="row")
        if entry:
            _add(name_cell, "a", person.name, href=f"#{entry}")
        else:
            name_cell.text = person.name
        roles = [ROLES[r] for r in person.roles if r in ROLES]
        # The side is the nested listPerson's @type (docs/encoding.md); unknown role tokens too.
        sides = [r.replace("-", " ").capitalize() for r in person.sides + person.roles if r not in ROLES]
        _add(tr, "td", ", ".join(roles))
        _add(tr, "td", ", ".join(sides))
        _add(tr, "td", person.occupation)


def _index_section(section: etree._Element, renderer: _Renderer) -> None:
    index = renderer.index
    for kind, heading in KIND_HEADINGS:
        ids = sorted((i for i, e in index.entries.items() if e["kind"] == kind),
                     key=lambda i: (index.entries[i]["name"].casefold(), i))
        if not ids:
            continue
        _nl(_add(section, "h3", heading, id=f"index-{kind}"))
        ul = _nl(_add(section, "ul", class_="index"))
        ul.text = "\n"
        for html_id in ids:
            entry = index.entries[html_id]
            li = _nl(_add(ul, "li", id=html_id))
            _add(li, "span", entry["name"], class_="index-name")
            person: Person | None = entry["person"]
            if person and person.variants:
                _append_text(li, " ")
                _add(li, "span", f"(also {', '.join(person.variants)})", class_="variants")
            if person and (person.occupation or person.participant):
                details = [person.occupation] if person.occupation else []
                details += [ROLES[r] for r in person.roles if r in ROLES]
                if details:
                    _append_text(li, f" — {'; '.join(details)}")
            if not entry["in_register"]:
                _append_text(li, " ")
                _add(li, "span", "(as written; not in the register)", class_="register-note")
            mentions = index.mentions[html_id]
            if mentions:
                _append_text(li, " ")
                span = _add(li, "span", "mentions: ", class_="mentions")
                for n, anchor in enumerate(mentions, 1):
                    if n > 1:
                        _append_text(span, " ")
                    _add(span, "a", str(n), href=f"#{anchor}",
                         **{"aria-label": f"mention {n} of {entry['name']}"})


def _end_notes(section: etree._Element, renderer: _Renderer) -> None:
    ol = _nl(_add(section, "ol", class_="notes"))
    ol.text = "\n"
    for position, note in enumerate(renderer.end_notes, 1):
        html_id = renderer._note_html_id(note, position)
        li = _nl(_add(ol, "li", id=html_id))
        if note.get("n", "").isdigit():
            li.set("value", note.get("n"))
        renderer.children(note, li, block=False)
        if html_id in renderer.first_ref:
            _append_text(li, " ")
            _add(li, "a", "\u21a9", href=f"#{renderer.first_ref[html_id]}", aria_label="back to the text")


def _legend(section: etree._Element) -> etree._Element:
    """Explain the marks in words: a `title` is invisible to keyboard and touch users."""
    legend = _add(section, "p", "How to read: ", class_="legend")
    _add(legend, "span", "[words supplied by the translator]", class_="supplied")
    _append_text(legend, ", ")
    _add(legend, "span", "[the translator's explanation of a term]", class_="gloss")
    _append_text(legend, ", ")
    _add(legend, "span", "[a note]", class_="note note-inline")
    _append_text(legend, ", ")
    _add(legend, "span", "(stage directions)", class_="stage")
    _append_text(legend, ", ")
    _add(legend, "span", "passages left out or redacted", class_="gap")
    _append_text(legend, ". Names link to the index at the end of the page.")
    return legend


def _page_shell(title: str, lang: str) -> tuple[etree._Element, etree._Element]:
    html = etree.Element("html", lang=lang)
    html.text = "\n"
    head = _nl(_add(html, "head"))
    head.text = "\n"
    _nl(_add(head, "meta", charset="utf-8"))
    _nl(_add(head, "meta", name="viewport", content="width=device-width, initial-scale=1"))
    _nl(_add(head, "meta", http_equiv="Content-Security-Policy", content=CSP))
    _nl(_add(head, "meta", name="generator", content="tei-pipeline"))
    _nl(_add(head, "title", title))
    _nl(_add(head, "style", "\n" + CSS))
    body = _nl(_add(html, "body"))
    body.text = "\n"
    _nl(_add(body, "a", "Skip to the text", class_="skip-link", href="#main"))
    return html, body


def _serialize(html: etree._Element) -> bytes:
    return etree.tostring(html, method="html", encoding="unicode", doctype="<!DOCTYPE html>") \
        .encode("utf-8") + b"\n"


def page(path: Path, tree: etree._ElementTree, collection: str | None = None) -> bytes:
    """Return the HTML reading page of one TEI document (`collection`: href of an index page)."""
    record = read_record(Path(path), tree)
    header = first(tree, "/tei:TEI/tei:teiHeader")
    renderer = _Renderer(tree, record)
    html, body = _page_shell(record.title, record.text_language)

    banner = _nl(_add(body, "header", class_="page"))
    banner.text = "\n"
    if collection:
        _nl(_add(_add(banner, "p"), "a", "All documents", href=collection))
    _nl(_add(banner, "h1", record.title))
    banner.append(_nl(_catalogue(header, record, renderer)))

    sections = [("summary", "Summary", bool(record.abstract)),
                ("participants", "Participants", bool(record.participants)),
                ("text", "Text", True),
                ("notes", "Notes", bool(renderer.end_notes)),
                ("index", "Index of names", True)]
    nav = _nl(_add(body, "nav", aria_label="Sections"))
    ul = _add(nav, "ul")
    for key, heading, present in sections:
        if present:
            _add(_add(ul, "li"), "a", heading, href=f"#{key}")

    main = _nl(_add(body, "main", id="main", tabindex="-1"))
    main.text = "\n"
    built: dict[str, etree._Element] = {}
    for key, heading, present in sections:
        if present:
            section = _nl(_add(main, "section", id=key, aria_labelledby=f"{key}-heading"))
            section.text = "\n"
            _nl(_add(section, "h2", heading, id=f"{key}-heading"))
            built[key] = section
    if "summary" in built:
        _nl(_add(built["summary"], "p", record.abstract))
    if "participants" in built:
        _participants(built["participants"], record, renderer)
    text_body = first(tree, "/tei:TEI/tei:text/tei:body")
    _nl(_legend(built["text"]))
    holder = _nl(_add(built["text"], "div", class_="tei-body"))
    if text_body is not None:
        renderer.children(text_body, holder, block=True)
    if "notes" in built:
        _end_notes(built["notes"], renderer)
    # The index comes last: every mention in the page above has been counted by then.
    _index_section(built["index"], renderer)

    footer = _nl(_add(body, "footer"))
    version = f" {record.application_version}" if record.application_version else ""
    _add(footer, "p", f"Reading view made by tei-pipeline{version} from the TEI file "
                      f"{as_text(Path(path).name)}.")
    return _serialize(html)


def collection_page(entries: Sequence[tuple[str, Record]]) -> bytes:
    """Return an index page linking documents: `entries` are (href, record) in display order."""
    html, body = _page_shell("Documents", "en")
    banner = _nl(_add(body, "header", class_="page"))
    _add(banner, "h1", "Documents")
    main = _nl(_add(body, "main", id="main", tabindex="-1"))
    ul = _nl(_add(main, "ul", class_="documents"))
    ul.text = "\n"
    for href, record in entries:
        li = _nl(_add(ul, "li"))
        _add(li, "a", record.title, href=href)
        if record.date:
            _append_text(li, " ")
            _add(li, "time", f"({record.date_text or record.date})", datetime=record.date)
    return _serialize(html)


def export(docs: Sequence[Doc], out: Path) -> None:
    """Write the reading page: to `out` for one document; for several, `out/NAME.html` each and
    `out/index.html` linking them."""
    recs = records(docs)
    pages = [f"{name}.html" for name in names(docs)]
    several = len(docs) > 1
    index = [("index.html", collection_page(list(zip(pages, recs))))] if several else []
    write_files(out, docs, ".html",
                lambda i: page(*docs[i], "index.html" if several else None), extra=index)
