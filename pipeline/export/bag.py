"""Export `bag`: a BagIt bag (RFC 8493) for archival deposit, made with the LoC `bagit` library.

Payload under `data/`: for each document `NAME.xml` (the TEI file's own bytes), `NAME.dc.xml`
(oai_dc) and `NAME.html` (reading view), plus `index.html` when there are several. Checksums are
sha256. The bag is built in a temporary folder beside the target and renamed into place, so a
failure leaves no partial bag.
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Iterator, Sequence
from pathlib import Path

import bagit

from ..errors import ExportError
from ..files import atomic_dir
from . import dc, html
from ._common import Doc, Record, build_date, check_package_target, folder_mode, names, records, tei_bytes

SOFTWARE_AGENT = "tei-pipeline (bagit.py)"


def payload(docs: Sequence[Doc], recs: Sequence[Record]) -> Iterator[tuple[str, bytes]]:
    """Yield the (file name, bytes) pairs of the payload, one document's files at a time."""
    several = len(docs) > 1
    # Names are unique, but `notes` and `notes.dc` would both give notes.dc.xml: refused, as
    # the second file would replace the first in a bag that still validates.
    doc_names = names(docs)
    files = [f"{name}{suffix}" for name in doc_names for suffix in (".xml", ".dc.xml", ".html")]
    clash = next((file for file, count in Counter(files).items() if count > 1), None)
    if clash is not None:
        raise ExportError(f"two documents would both be data/{clash} in the bag; rename one "
                          "(a name that ends in .dc is taken by the Dublin Core records)")
    for name, (path, tree) in zip(doc_names, docs):
        yield f"{name}.xml", tei_bytes(path, tree)
        yield f"{name}.dc.xml", dc.dc_bytes(path, tree)
        yield f"{name}.html", html.page(path, tree, "index.html" if several else None)
    if several:
        pages = [f"{name}.html" for name in names(docs)]
        yield "index.html", html.collection_page(list(zip(pages, recs)))


# What a bag's folder holds (RFC 8493 §2): an earlier bag, and nothing else, may be replaced.
_MEMBERS = r"bagit\.txt|bag-info\.txt|data|fetch\.txt|(tag)?manifest-[a-z0-9]+\.txt"


def bag_info(recs: Sequence[Record]) -> dict[str, str | list[str]]:
    """Return the bag-info.txt fields (RFC 8493 §2.2.2) for the documents."""
    organizations = list(dict.fromkeys(r.publisher for r in recs if r.publisher))
    identifiers = [r.uri or r.number for r in recs if r.uri or r.number]
    if len(recs) == 1:
        description = f"{recs[0].title}: TEI P5 encoding of the English translation, " \
                      "with a Dublin Core record and an HTML reading view."
    else:
        description = f"{len(recs)} translated documents as TEI P5, each with a Dublin Core " \
                      "record and an HTML reading view: " + "; ".join(r.title for r in recs)
    info: dict[str, str | list[str]] = {"External-Description": description,
                                        "Bag-Software-Agent": SOFTWARE_AGENT}
    if organizations:
        info["Source-Organization"] = organizations if len(organizations) > 1 else organizations[0]
    if identifiers:
        info["External-Identifier"] = identifiers if len(identifiers) > 1 else identifiers[0]
    date = build_date()
    if date is not None:
        info["Bagging-Date"] = date.isoformat()
    return info


def _sort_tagmanifest(folder: Path) -> None:
    # bagit lists tag files in directory order, which varies between file systems.
    for manifest in folder.glob("tagmanifest-*.txt"):
        lines = manifest.read_text(encoding="utf-8").splitlines()
        manifest.write_text("".join(f"{line}\n" for line in sorted(lines, key=lambda l: l.split(" ", 1)[1])),
                            encoding="utf-8")


def make(docs: Sequence[Doc], out: Path) -> None:
    """Make one bag at `out` holding every document (replacing an earlier bag there). Every
    record is read before anything is written; the payload is then written as it is rendered,
    into a folder that replaces `out` only once the bag is made and valid."""
    out = Path(out) if str(out) != "-" else out
    check_package_target(out, "bagit.txt", docs, members=_MEMBERS)
    recs = records(docs)
    info = bag_info(recs)
    try:
        with atomic_dir(Path(out)) as tmp:
            # bagit gives data/ the bag folder's mode: make it the usual one, not mkdtemp's 0700.
            tmp.chmod(folder_mode())
            for name, data in payload(docs, recs):
                (tmp / name).write_bytes(data)
            logging.getLogger("bagit").setLevel(logging.WARNING)
            bagit.make_bag(str(tmp), bag_info=info, checksums=["sha256"])
            _sort_tagmanifest(tmp)
            bagit.Bag(str(tmp)).validate()
    except (bagit.BagError, OSError) as err:
        raise ExportError(f"cannot make the bag: {err}", path=str(out)) from None


def export(docs: Sequence[Doc], out: Path) -> None:
    """Write one bag at `out` for all the documents (one document: a bag for that document)."""
    make(docs, out)

