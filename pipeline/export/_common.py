"""What every export reads from a TEI header, and how every export names and writes its files.

The header is read once into a `Record` of plain strings so that each format only maps fields;
a format that needs a field the document lacks raises `ExportError` naming the file.
"""

from __future__ import annotations

import datetime
import hashlib
import os
import re
import tempfile
from collections.abc import Callable, Container, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from lxml import etree

from ..errors import ExportError
from ..files import as_text, atomic_file, staged_files, write_stdout
from ..tei import (TEI_NS, UNKNOWN_EDITORS, UNKNOWN_TRANSLATOR, XML_ID, XML_LANG,
                   ascii_fold)
from ..xmlsafe import parse_untrusted

NS = {"tei": TEI_NS}

Doc = tuple[Path, etree._ElementTree]


class Documents(Sequence[Doc]):
    """TEI files to export, as `(path, tree)` pairs that are parsed each time one is asked for
    and not kept: an export of a whole collection holds one parsed document at a time (some
    450 KB each, where the file is 50 KB), not all of them.

    `digests`, when given, are the SHA-256 digests of the bytes the caller validated: a file
    that changed since is refused, not exported unchecked.
    """

    def __init__(self, paths: Iterable[str | Path], digests: Iterable[str] | None = None):
        self.paths = [Path(path) for path in paths]
        self.digests = list(digests) if digests is not None else None

    def __len__(self) -> int:
        return len(self.paths)

    def __getitem__(self, index: int | slice) -> Doc | Documents:
        if isinstance(index, slice):
            return Documents(self.paths[index],
                             self.digests[index] if self.digests is not None else None)
        path = self.paths[index]
        try:
            data = path.read_bytes()
        except OSError as err:
            raise ExportError(f"cannot read: {err.strerror}", path=str(path)) from None
        if self.digests is not None and hashlib.sha256(data).hexdigest() != self.digests[index]:
            raise ExportError("not exported: the file changed after it was validated",
                              path=str(path))
        return path, parse_untrusted(data, str(path))


def paths_of(docs: Sequence[Doc]) -> list[Path]:
    """The documents' paths, without parsing a document that is not parsed yet."""
    if isinstance(docs, Documents):
        return docs.paths
    return [Path(path) for path, _tree in docs]


def text_of(element: etree._Element | None) -> str:
    """Return the element's text with runs of whitespace made single spaces."""
    if element is None:
        return ""
    return " ".join("".join(element.itertext()).split())


def first(tree: etree._ElementTree | etree._Element, xpath: str) -> etree._Element | None:
    """Return the first element an XPath (prefix `tei:`) finds, or None."""
    found = tree.xpath(xpath, namespaces=NS)
    return found[0] if found else None


def first_text(tree: etree._ElementTree | etree._Element, xpath: str) -> str:
    """Return the normalised text of the first element an XPath finds, or ""."""
    return text_of(first(tree, xpath))


@dataclass(frozen=True)
class Person:
    """A person of the header's registers (participants or mentioned)."""

    id: str
    name: str
    variants: tuple[str, ...] = ()
    roles: tuple[str, ...] = ()
    sides: tuple[str, ...] = ()      # the nested listPerson's @type ("chinese-side")
    occupation: str = ""
    participant: bool = False


@dataclass(frozen=True)
class Record:
    """The catalogue data of one TEI document, as plain strings."""

    path: Path
    title: str
    date: str = ""                 # profileDesc/creation/date/@when (ISO 8601, may be partial)
    date_text: str = ""
    abstract: str = ""
    languages: tuple[str, ...] = ()          # langUsage/language/@ident, in document order
    language_names: tuple[str, ...] = ()
    text_language: str = "en"
    translators: tuple[str, ...] = ()
    funders: tuple[str, ...] = ()
    publisher: str = ""
    uri: str = ""
    number: str = ""
    archival_id: str = ""
    pages: str = ""
    source: str = ""
    rights: str = ""
    licence: str = ""                 # availability/licence/@target, else its text
    keywords: tuple[str, ...] = ()
    kind: str = ""                    # the archive's document type (textClass/classCode)
    status: str = ""
    changes: tuple[str, ...] = ()
    application_version: str = ""
    persons: tuple[Person, ...] = field(default=())

    @property
    def participants(self) -> tuple[Person, ...]:
        """The persons listed in particDesc, in document order."""
        return tuple(p for p in self.persons if p.participant)

    def with_roles(self, role: str) -> tuple[Person, ...]:
        """The participants having `role` among their roles (e.g. "recorder")."""
        return tuple(p for p in self.participants if role in p.roles)

    def original_languages(self) -> tuple[str, ...]:
        """The langUsage idents other than the translation's own language."""
        return tuple(code for code in self.languages if code != self.text_language)


def _person(element: etree._Element, participant: bool) -> Person:
    names = element.xpath("tei:persName", namespaces=NS)
    main = [n for n in names if n.get("type") in (None, "main")]
    name = text_of(main[0] if main else (names[0] if names else None))
    variants = tuple(text_of(n) for n in names if n.get("type") == "variant")
    return Person(
        id=element.get(XML_ID, ""),
        name=name or element.get(XML_ID, ""),
        variants=variants,
        roles=tuple((element.get("role") or "").split()),
        # The side is the nested participant list the person is in: listPerson[@type="chinese-side"].
        sides=tuple(side for side in [element.getparent().get("type", "")]
                    if side.endswith("-side")),
        occupation="; ".join(text_of(o) for o in element.xpath("tei:occupation", namespaces=NS)),
        participant=participant,
    )


def read_record(path: Path, tree: etree._ElementTree) -> Record:
    """Read the catalogue data of a TEI document; refuse what is not TEI or has no title."""
    root = tree.getroot()
    if root.tag != f"{{{TEI_NS}}}TEI":
        raise ExportError(f"not a TEI document: the root element is <{etree.QName(root).localname}>, "
                          "not <TEI> in the TEI namespace", path=str(path))
    title = first_text(tree, "/tei:TEI/tei:teiHeader/tei:fileDesc/tei:titleStmt/tei:title[@type='main']") \
        or first_text(tree, "/tei:TEI/tei:teiHeader/tei:fileDesc/tei:titleStmt/tei:title")
    if not title:
        raise ExportError("the TEI header has no title (teiHeader/fileDesc/titleStmt/title); "
                          "every export needs one", path=str(path))
    header = first(tree, "/tei:TEI/tei:teiHeader")
    date_el = first(header, "tei:profileDesc/tei:creation/tei:date")
    bibl = first(header, "tei:fileDesc/tei:sourceDesc/tei:bibl")
    langs = header.xpath("tei:profileDesc/tei:langUsage/tei:language", namespaces=NS)
    text_el = first(tree, "/tei:TEI/tei:text")
    licence_el = first(header, "tei:fileDesc/tei:publicationStmt/tei:availability/tei:licence")
    persons = [
        _person(p, True) for p in header.xpath(
            "tei:profileDesc/tei:particDesc//tei:person", namespaces=NS)
    ] + [
        _person(p, False) for p in tree.xpath("/tei:TEI/tei:standOff//tei:person", namespaces=NS)
    ]
    app = first(header, "tei:encodingDesc/tei:appInfo/tei:application[@ident='tei-pipeline']")
    return Record(
        path=path,
        title=title,
        date=(date_el.get("when", "") if date_el is not None else ""),
        date_text=text_of(date_el),
        abstract=first_text(header, "tei:profileDesc/tei:abstract"),
        languages=tuple(lang.get("ident", "") for lang in langs if lang.get("ident")),
        language_names=tuple(text_of(lang) for lang in langs),
        text_language=(text_el.get(XML_LANG) if text_el is not None else None)
        or root.get(XML_LANG) or "en",
        translators=tuple(text_of(n) for n in header.xpath(
            "tei:fileDesc/tei:titleStmt/tei:respStmt[@xml:id='translator']"
            "/*[self::tei:persName or self::tei:orgName or "
            "self::tei:name[. != $unknown and . != $editors]]",
            namespaces=NS, unknown=UNKNOWN_TRANSLATOR, editors=UNKNOWN_EDITORS)),
        funders=tuple(text_of(f) for f in header.xpath(
            "tei:fileDesc/tei:titleStmt/tei:funder", namespaces=NS)),
        publisher=first_text(header, "tei:fileDesc/tei:publicationStmt/tei:publisher"),
        uri=first_text(header, "tei:fileDesc/tei:publicationStmt/tei:idno[@type='URI']"),
        number=first_text(header, "tei:fileDesc/tei:publicationStmt/tei:idno[@type='document']"),
        archival_id=first_text(header, "tei:fileDesc/tei:sourceDesc/tei:bibl/tei:idno[@type='archival']"),
        pages=first_text(header, "tei:fileDesc/tei:sourceDesc/tei:bibl/tei:biblScope[@unit='page']"),
        source=text_of(bibl) or first_text(header, "tei:fileDesc/tei:sourceDesc"),
        rights=first_text(header, "tei:fileDesc/tei:publicationStmt/tei:availability"),
        licence=(licence_el.get("target") or text_of(licence_el)) if licence_el is not None else "",
        keywords=tuple(text_of(t) for t in header.xpath(
            "tei:profileDesc/tei:textClass/tei:keywords//tei:term", namespaces=NS)),
        kind=first_text(header, "tei:profileDesc/tei:textClass/tei:classCode"),
        status="".join(header.xpath("tei:revisionDesc/@status", namespaces=NS)),
        changes=tuple(text_of(c) for c in header.xpath("tei:revisionDesc/tei:change", namespaces=NS)),
        application_version=(app.get("version", "") if app is not None else ""),
        persons=tuple(persons),
    )


def records(docs: Sequence[Doc]) -> list[Record]:
    """Read every document's record first, so that a bad document stops the export before any write."""
    if not docs:
        raise ExportError("no documents to export")
    return [read_record(Path(path), tree) for path, tree in docs]


def names(docs: Sequence[Doc]) -> list[str]:
    """Return one output name per document: the file stem, made unique with -2, -3 in input order.

    Unique whatever the letter case (a folder on macOS or Windows takes `X.html` for `x.html`),
    and apart from a name that another stem has become (`x`, `x`, `x-2`: `x`, `x-2`, `x-2-2`).
    With several documents, `index` is the collection page's (html, bag), not a document's.
    """
    paths = paths_of(docs)
    stems = [re.sub(r"[^\w.-]+", "-", Path(path).stem if str(path) not in ("", "-")
                    else "document").strip("-.") or "document" for path in paths]
    return unique(stems, taken=("index",) if len(paths) > 1 else ())


def unique(values: Iterable[str], taken: Iterable[str] = ()) -> list[str]:
    """Each value, made unique with -2, -3 in order, whatever the letter case, and apart from
    the `taken` ones and from a name another value has become (`x`, `x`, `x-2`: `x`, `x-2`,
    `x-2-2`)."""
    seen = {value.casefold() for value in taken}
    result = []
    for value in values:
        name = free_name(value, seen, str.casefold)
        seen.add(name.casefold())
        result.append(name)
    return result


def free_name(value: str, taken: Container[str], fold: Callable[[str], str] = str) -> str:
    """`value`, or `value-2`, `value-3`, ...: the first that `taken` does not hold (compared
    as `fold` makes it)."""
    name, count = value, 1
    while fold(name) in taken:
        count += 1
        name = f"{value}-{count}"
    return name


def tei_bytes(path: Path, tree: etree._ElementTree) -> bytes:
    """Return the document as deposited: the file's own bytes when it is on disk (the checksum the
    archivist can reproduce), else the tree serialized."""
    path = Path(path)
    if str(path) not in ("", "-") and path.is_file():
        return path.read_bytes()
    return serialize_xml(tree)


def serialize_xml(tree: etree._ElementTree | etree._Element) -> bytes:
    """Serialize XML the one way the exports do: UTF-8, declaration, final newline."""
    data = etree.tostring(tree, xml_declaration=True, encoding="UTF-8")
    return data if data.endswith(b"\n") else data + b"\n"


def build_date() -> datetime.date | None:
    """Return the date given by SOURCE_DATE_EPOCH (reproducible builds), or None when unset."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if not epoch:
        return None
    try:
        return datetime.datetime.fromtimestamp(int(epoch), tz=datetime.timezone.utc).date()
    except (ValueError, OverflowError, OSError):
        raise ExportError(f"not a number of seconds: {epoch!r}", path="SOURCE_DATE_EPOCH") from None


def is_stdout(out: Path | str) -> bool:
    """True when `out` means standard output."""
    return str(out) == "-"


def write_files(out: Path, docs: Sequence[Doc], suffix: str,
                render: Callable[[int], bytes], extra: Iterable[tuple[str, bytes]] = ()) -> None:
    """Write one file per document: to `out` itself for a single document (or stdout for `-`),
    else to `out/NAME{suffix}` for each, and then the `extra` files. Each file goes to a staging
    folder as it is rendered, and all of them into place once every one is rendered: a bad
    document leaves no output, and only one rendered file is in memory at a time."""
    as_folder = len(docs) > 1 or (not is_stdout(out) and Path(out).is_dir())
    if not as_folder:
        write_one(out, docs, suffix, lambda handle: handle.write(render(0)))
        return
    if is_stdout(out):
        raise ExportError("several documents need an output folder (-o FOLDER), not standard output",
                          path="<stdout>")
    output_names = names(docs)
    refuse_inputs(docs, [Path(out) / f"{name}{suffix}" for name in output_names] +
                  [Path(out) / filename for filename, _ in extra])
    make_folder(out)
    with staged_files(Path(out)) as put:
        for i, name in enumerate(output_names):
            put(f"{name}{suffix}", render(i))
        for filename, data in extra:
            put(filename, data)


def write_one(out: Path, docs: Sequence[Doc], suffix: str,
              write: Callable[[BinaryIO], object]) -> None:
    """Write one output, which `write` puts into the binary file it is given, piece by piece:
    to `out`, to `out/NAME{suffix}` when `out` is a folder (NAME the first document's), or to
    standard output for `-`, there only once it is complete."""
    if is_stdout(out):
        with tempfile.TemporaryFile() as spool:
            write(spool)
            spool.seek(0)
            for piece in iter(lambda: spool.read(1 << 20), b""):
                write_stdout(piece)
        return
    target = Path(out)
    if target.is_dir():
        target = target / f"{names(docs[:1])[0]}{suffix}"
    refuse_inputs(docs, [target])
    with atomic_file(target) as handle:
        write(handle)


def refuse_inputs(docs: Sequence[Doc], targets: Iterable[Path]) -> None:
    """Refuse, before anything is written, an output that is one of the documents exported
    (`export text x.xml -o x.xml` made the TEI plain text)."""
    inputs = {os.path.realpath(path) for path in paths_of(docs) if not is_stdout(path)}
    for target in targets:
        if os.path.realpath(target) in inputs:
            raise ExportError("the output would overwrite a document being exported; "
                              "choose another -o", path=str(target))


def make_folder(folder: Path) -> None:
    """Make the output folder `folder` (and its parents) if it is not there."""
    try:
        Path(folder).mkdir(parents=True, exist_ok=True)
    except OSError as err:
        raise ExportError(f"cannot create the output folder: {err.strerror}",
                          path=str(folder)) from None


def check_package_target(out: Path, marker: str, docs: Sequence[Doc],
                         members: str | None = None) -> None:
    """Refuse to replace an existing non-empty folder unless it is an earlier package of the
    same kind: it holds `marker`, every name in it matches `members` (a regular expression,
    when given), and it holds none of the documents `docs` being exported. Packages are
    swapped in whole, and `-o .` must never wipe a work tree."""
    out = Path(out)
    if is_stdout(out):
        raise ExportError("a package is a folder: give one with -o FOLDER, not standard output",
                          path="<stdout>")
    here, target = Path(os.getcwd()), Path(os.path.realpath(out))
    if target == here or target in here.parents:
        raise ExportError("the output folder is the current folder or holds it, and a package "
                          "replaces its folder whole; choose another", path=str(out))
    if out.exists() and not out.is_dir():
        raise ExportError("the output exists and is not a folder", path=str(out))
    if out.is_dir() and any(out.iterdir()) and not (out / marker).exists():
        raise ExportError(f"the output folder is not empty and holds no earlier package ({marker}); "
                          "choose a new folder", path=str(out))
    # An earlier package's folder may also hold the documents now exported (tables written
    # beside the TEI they came from): replacing it would delete them.
    for path in paths_of(docs):
        if not is_stdout(path) and target in Path(os.path.realpath(path)).parents:
            raise ExportError(f"the output folder holds {as_text(str(path))}, a document being "
                              "exported, and a package replaces its folder whole; choose another",
                              path=str(out))
    if members is not None and out.is_dir():
        stranger = next((entry.name for entry in sorted(out.iterdir())
                         if not re.fullmatch(members, entry.name)), None)
        if stranger is not None:
            raise ExportError(f"the output folder holds {as_text(stranger)}, which no earlier "
                              "package has, and a package replaces its folder whole; choose "
                              "another", path=str(out))


def slug(text: str) -> str:
    """Return an ASCII id fragment for `text` ("18th floor, Diaoyutai" -> "18th-floor-diaoyutai")."""
    ascii_text = ascii_fold(text)
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-") or "x"


def folder_mode() -> int:
    """Return the mode a new folder gets under the current umask (mkdtemp makes 0700 ones)."""
    mask = os.umask(0)
    os.umask(mask)
    return 0o777 & ~mask
