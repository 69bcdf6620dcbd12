"""The corpus register: one authority file of persons, places and organisations, read before a
conversion and written back grown after it, so that an entity has the same id in every document.

The file is TEI: `listPerson`, `listPlace`, `listOrg` inside a `standOff` (what `save` writes),
or a bare list as root (what an editor may hand-write, like pipeline/data/persons.xml).
External identifiers (`idno` of type wikidata, viaf, gnd, geonames) are kept as read and never
made up. Writes are atomic and deterministic: entries by id, variants and documents sorted.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree

from . import names as N
from .errors import InputError
from .files import as_text, write_atomic
from .tei import TEI_NS, XML_ID, XML_LANG, E
from .xmlsafe import parse_untrusted

_KINDS = {"person": "persName", "place": "placeName", "org": "orgName"}


@dataclass
class Entry:
    """One entity of the register."""

    kind: str                                   # person, place, org
    id: str
    name: str
    lang: str | None = None
    variants: list[str] = field(default_factory=list)
    occupation: str | None = None
    role: str | None = None
    idnos: list[tuple[str, str]] = field(default_factory=list)   # (type, value)
    documents: list[str] = field(default_factory=list)
    # A generic body (`<org type="generic">`, `Ministry of Foreign Affairs`): one document's
    # alone, never found by another's id or names (`Register.find`).
    generic: bool = False

    def forms(self) -> set[str]:
        return {N.key(f) for f in (self.name, *self.variants)}

    def add_variant(self, variant: str | None) -> None:
        if variant and N.key(variant) and variant != self.name and variant not in self.variants:
            self.variants.append(variant)


@dataclass
class Register:
    """Every entity of a corpus, by kind, in file order until saved. Entries are added by
    `merge` (or to `entries` before the first `find`)."""

    entries: list[Entry] = field(default_factory=list)
    # For `find`, made at its first call and kept up to date by `_merge_one`: by (kind, id)
    # the first entry with that id, by (kind, name key) the first entry that knows it, and
    # each entry's place in `entries`. Asking every entry for every name of every document
    # made growing a register quadratic: 5.4 s for 200 documents, 19 s for 400.
    _by_id: dict = field(default_factory=dict, init=False, repr=False, compare=False)
    _by_form: dict = field(default_factory=dict, init=False, repr=False, compare=False)
    _place: dict = field(default_factory=dict, init=False, repr=False, compare=False)
    # The generic bodies' entries by (kind, name key, document): the only way one is found.
    _own: dict = field(default_factory=dict, init=False, repr=False, compare=False)

    def of(self, kind: str) -> list[Entry]:
        return [e for e in self.entries if e.kind == kind]

    def find(self, kind: str, ident: str | None, forms: list[str]) -> Entry | None:
        """The entry with this id, or else the first that knows one of these name forms; never
        a generic body's."""
        self._index()
        if ident and (kind, ident) in self._by_id and not self._by_id[kind, ident].generic:
            return self._by_id[kind, ident]
        known = [self._by_form[kind, key] for key in {N.key(f) for f in forms if f}
                 if (kind, key) in self._by_form]
        return min(known, key=lambda entry: self._place[id(entry)], default=None)

    def _index(self) -> None:
        for entry in self.entries[len(self._place):]:   # the entries not indexed yet
            self._place[id(entry)] = len(self._place)
            self._by_id.setdefault((entry.kind, entry.id), entry)
            for document in entry.documents if entry.generic else ():
                self._own.setdefault((entry.kind, N.key(entry.name), document), entry)
            self._index_forms(entry)

    def _index_forms(self, entry: Entry) -> None:
        """Index the name forms of `entry` (again when it has gained variants)."""
        if entry.generic:
            return
        place = self._place[id(entry)]
        for form in entry.forms():
            first = self._by_form.get((entry.kind, form))
            if first is None or self._place[id(first)] > place:
                self._by_form[entry.kind, form] = entry

    def authority_persons(self) -> list[N.Person]:
        """The persons, ready for `convert(data, authority=...)`: the register's own, then the
        built-in authority's that the register does not hold (an authority replaces it)."""
        builtin = N.builtin_authority()
        # The built-in posts with their dates stay a registered person's: the register keeps
        # no dates (`N.occupation_at`).
        posts = {p.id: p.posts_held for p in builtin}
        lives = {p.id: p.lived for p in builtin}   # and his dates of life (`N.lived_at`)
        own = [N.Person(id=e.id, name=e.name, lang=e.lang, variants=list(e.variants),
                        occupation=e.occupation, posts_held=posts.get(e.id, ()),
                        lived=lives.get(e.id, ("", "")), from_authority=True)
               for e in self.of("person")]
        known = {p.id for p in own} | {N.key(f) for e in self.of("person") for f in
                                       (e.name, *e.variants)}
        return own + [p for p in builtin
                      if p.id not in known and N.key(p.name) not in known]

    def merge(self, names: N.Names, document: str) -> None:
        """Add a converted document's entities: known ones gain variants, new ones get ids.
        `document` names it in the register, as text (a file name's bytes that are not UTF-8
        become U+FFFD)."""
        document = as_text(document)
        for person in names.persons.values():
            entry = self._merge_one("person", person.id, person.name, person.variants, document)
            entry.lang = entry.lang or person.lang
            entry.occupation = entry.occupation or person.occupation
        for kind, table in (("place", names.places), ("org", names.orgs)):
            for entity in table.values():
                self._merge_one(kind, entity.id, entity.name, entity.variants, document,
                                entity.generic)

    def _merge_one(self, kind: str, ident: str, name: str, variants: list[str],
                   document: str, generic: bool = False) -> Entry:
        # A generic body's entry is its document's: two documents' `Ministry of Foreign
        # Affairs` are two entries (`org-ministry-of-foreign-affairs-2`), as they may be two
        # states' ministries; the same document merged again finds its own.
        if generic:
            self._index()
            entry = self._own.get((kind, N.key(name), document))
        else:
            entry = self.find(kind, ident, [name, *variants])
        if entry is None:
            new_id, n = ident, 1
            while any((other, new_id) in self._by_id for other in _KINDS):
                n += 1
                new_id = f"{ident}-{n}"
            entry = Entry(kind=kind, id=new_id, name=name, generic=generic)
            self.entries.append(entry)
            self._index()
            if generic:
                self._own[kind, N.key(name), document] = entry
        if N.key(name) != N.key(entry.name):
            entry.add_variant(name)
        for variant in variants:
            entry.add_variant(variant)
        self._index_forms(entry)
        if document and document not in entry.documents:
            entry.documents.append(document)
        return entry


def names_of(tree: etree._ElementTree | etree._Element) -> N.Names:
    """The register entries of a converted TEI document (participants, standOff) as `Names`,
    for `merge`: `register.merge(names_of(conversion.tree), "114178")`."""
    from .markup.places import Entity
    root = tree.getroot() if isinstance(tree, etree._ElementTree) else tree
    found = read(root)
    names = N.Names([])
    for entry in found.of("person"):
        names.persons[entry.id] = N.Person(id=entry.id, name=entry.name, lang=entry.lang,
                                           variants=list(entry.variants),
                                           occupation=entry.occupation, role=entry.role)
    for kind, table in (("place", names.places), ("org", names.orgs)):
        for entry in found.of(kind):
            table[entry.id] = Entity(id=entry.id, name=entry.name, variants=list(entry.variants),
                                     generic=entry.generic)
    return names


def load(path: Path | str) -> Register:
    """Read a register file; a file that does not exist yet is an empty register."""
    path = Path(path)
    if not path.exists():
        return Register()
    try:
        data = path.read_bytes()
    except OSError as err:
        raise InputError(f"cannot read the register: {err.strerror}", path=str(path)) from None
    root = parse_untrusted(data, str(path)).getroot()
    # The file is written back: a document given by mistake (a converted TEI, a corpus, a
    # DC record) would be replaced by a register. A register is TEI lists of persons,
    # places and organisations, bare or in a TEI file's standOff, with no text.
    if not root.tag.startswith(f"{{{TEI_NS}}}") or root.tag == f"{{{TEI_NS}}}teiCorpus" or \
            root.find(f"{{{TEI_NS}}}text") is not None:
        raise InputError("this is not a register (TEI lists of persons, places and "
                         "organisations, with no text), and it would be overwritten: give a "
                         "register, or a new file name", path=str(path))
    return read(root)


def read(root: etree._Element) -> Register:
    """Read the persons, places and organisations of a TEI element (any depth)."""
    register = Register()
    ns = {"t": TEI_NS}
    for kind, name_tag in _KINDS.items():
        for element in root.iter(f"{{{TEI_NS}}}{kind}"):
            ident = element.get(XML_ID)
            names = element.findall(f"t:{name_tag}", ns)
            if not ident or not names:
                continue
            main = next((n for n in names if n.get("type") == "main"), names[0])
            entry = Entry(kind=kind, id=ident, name=_text(main), lang=main.get(XML_LANG),
                          role=element.get("role"),
                          generic=kind == "org" and element.get("type") == "generic")
            for other in names:
                if other is not main:
                    entry.add_variant(_text(other))
            occupation = element.find("t:occupation", ns)
            if occupation is not None:
                entry.occupation = _text(occupation)
            entry.idnos = [(i.get("type", ""), _text(i)) for i in element.findall("t:idno", ns)]
            documents = element.find("t:note[@type='documents']", ns)
            if documents is not None:   # a name each, or (registers written before) words
                named = documents.findall("t:name", ns)
                entry.documents = [_text(n) for n in named] if named else _text(documents).split()
            register.entries.append(entry)
    return register


def _text(element: etree._Element) -> str:
    return " ".join("".join(element.itertext()).split())


def to_tei(register: Register) -> etree._Element:
    """The register as a TEI document: a small header and one standOff with the three lists."""
    lists = []
    for kind, list_tag in (("person", "listPerson"), ("place", "listPlace"), ("org", "listOrg")):
        entries = sorted(register.of(kind), key=lambda e: e.id)
        if entries:
            lists.append(E(list_tag, *[_entry_element(e) for e in entries]))
    header = E.teiHeader(E.fileDesc(
        E.titleStmt(E.title("Register of persons, places and organisations")),
        E.publicationStmt(E.p("Written by tei-pipeline; ids are stable, never change one.")),
        E.sourceDesc(E.p("Grown from the documents listed in each entry's note."))))
    return E.TEI(header, E.standOff(*lists))


def _entry_element(entry: Entry) -> etree._Element:
    name_tag = _KINDS[entry.kind]
    main = E(name_tag, entry.name, type="main")
    if entry.lang:
        main.set(XML_LANG, entry.lang)
    element = E(entry.kind, main, *[E(name_tag, v, type="variant")
                                    for v in sorted(entry.variants)])
    element.set(XML_ID, entry.id)
    if entry.generic:
        element.set("type", "generic")
    if entry.role and entry.kind == "person":
        element.set("role", entry.role)
    for kind, value in sorted(entry.idnos):
        element.append(E.idno(value, type=kind))
    if entry.occupation and entry.kind == "person":
        element.append(E.occupation(entry.occupation))
    if entry.documents:
        # A name each: a document's name may hold spaces (`memo 1959`).
        element.append(E.note(*[E.name(name, type="document")
                                for name in sorted(entry.documents)], type="documents"))
    return element


def save(register: Register, path: Path | str) -> None:
    """Write the register to `path` atomically."""
    data = etree.tostring(to_tei(register), xml_declaration=True, encoding="UTF-8",
                          pretty_print=True)
    write_atomic(Path(path), data)
