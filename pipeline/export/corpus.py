"""Export `corpus`: one `teiCorpus` holding a corpus header and every document's `TEI`.

The documents keep their own registers, and the same person has the same `xml:id` in every
document (`zhou-enlai`); in one file those ids would clash. So every `xml:id` of a document is
prefixed with a key made from its file name (`d114178.zhou-enlai`), every local pointer
(`#zhou-enlai` in any attribute) is rewritten to match, and the `TEI` element gets the key as
its own id. The person stays recognisable across documents by the part after the dot.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Sequence
from pathlib import Path
from typing import BinaryIO

from lxml import etree

from ..tei import E, XML_ID, XML_LANG
from ._common import Doc, Record, names, records, serialize_xml, unique, write_one



def document_key(name: str) -> str:
    """Return the id prefix for a document named `name` (its file stem): "114178" -> "d114178",
    since an xml:id must be an NCName and may not start with a digit. A key holds no `.`, the
    separator of `KEY.ID`: `memo.archive` would be both the key of a file `memo.archive.xml`
    and the id `archive` of `memo.xml`."""
    key = re.sub(r"[^\w-]", "-", name, flags=re.ASCII)
    return key if re.match(r"[A-Za-z_]", key) else f"d{key}"


def document_keys(names: Sequence[str]) -> list[str]:
    """`document_key` of each name, made unique: names that differ only outside ASCII
    (`Мао`, `Ким`) have the same key, and their ids would clash."""
    return unique(document_key(name) for name in names)


def prefix_ids(tei: etree._Element, key: str) -> etree._Element:
    """Return a copy of a `TEI` element whose ids are `KEY.ID` and whose local pointers follow."""
    tei = copy.deepcopy(tei)
    ids = {el.get(XML_ID) for el in tei.iter() if isinstance(el.tag, str) and el.get(XML_ID)}
    for element in tei.iter():
        if not isinstance(element.tag, str):
            continue
        for name, value in element.attrib.items():
            if name == XML_ID:
                element.set(name, f"{key}.{value}")
            elif "#" in value:
                tokens = [f"#{key}.{t[1:]}" if t.startswith("#") and t[1:] in ids else t
                          for t in value.split()]
                if tokens != value.split():
                    element.set(name, " ".join(tokens))
    if not tei.get(XML_ID):
        tei.set(XML_ID, key)
    return tei


def corpus_header(recs: Sequence[Record], title: str | None = None) -> etree._Element:
    """Return the corpus `teiHeader`: a title, the publishers, and the documents it gathers."""
    publishers = list(dict.fromkeys(r.publisher for r in recs if r.publisher))
    title = title or f"A corpus of {len(recs)} translated document{'s' if len(recs) != 1 else ''}"
    publication = [E.publisher(p) for p in publishers] or [E.p("Not published.")]
    versions = sorted({r.application_version for r in recs if r.application_version})
    return E.teiHeader(
        E.fileDesc(
            E.titleStmt(E.title(title, type="main")),
            E.publicationStmt(*publication),
            E.sourceDesc(E.p("Gathered by tei-pipeline from these TEI documents: ",
                             *_titles(recs), "."))),
        E.encodingDesc(E.appInfo(E.application(
            E.label("tei-pipeline"), ident="tei-pipeline", version=versions[-1] if versions else "0"))),
        E.profileDesc(E.langUsage(*[E.language(ident=code) for code in
                                    dict.fromkeys(c for r in recs for c in r.languages)])))


def _titles(recs: Sequence[Record]) -> list:
    parts: list = []
    for i, record in enumerate(recs):
        if i:
            parts.append("; ")
        parts.append(E.title(record.title))
    return parts


def build(docs: Sequence[Doc], title: str | None = None) -> etree._ElementTree:
    """Return the `teiCorpus` tree of the documents, in the order given."""
    corpus = _shell(records(docs), title)
    for key, (_path, tree) in zip(document_keys(names(docs)), docs):
        corpus.append(_member(tree, key))
    return etree.ElementTree(corpus)


_END = b"</teiCorpus>"


def export(docs: Sequence[Doc], out: Path) -> None:
    """Write one `teiCorpus` file (or standard output with `-`) for all the documents.

    The file is written one document at a time, with the bytes `build` would serialize to:
    the corpus of a whole collection is never in memory at once."""
    head, _, end = serialize_xml(_shell(records(docs))).rpartition(_END)
    parent = E.teiCorpus()   # the namespaces each document is serialized under

    def write(handle: BinaryIO) -> None:
        handle.write(head)
        for key, (_path, tree) in zip(document_keys(names(docs)), docs):
            parent.append(_member(tree, key))
            data = etree.tostring(parent, encoding="UTF-8", xml_declaration=False)
            parent.remove(parent[0])
            # `parent` has no attribute, so its start tag ends at the first '>'.
            handle.write(data[data.index(b">") + 1:-len(_END)])
        handle.write(_END + end)

    write_one(out, docs, ".xml", write)


def _shell(recs: Sequence[Record], title: str | None = None) -> etree._Element:
    """The `teiCorpus` with its header and no documents yet."""
    corpus = E.teiCorpus(corpus_header(recs, title))
    corpus.set(XML_LANG, "en")
    # The documents keep their own whitespace; only the new header is indented.
    etree.indent(corpus[0], space="  ")
    corpus[0].tail = "\n"
    corpus.text = "\n"
    return corpus


def _member(tree: etree._ElementTree, key: str) -> etree._Element:
    """A document's `TEI`, its ids prefixed with `key`, as a member of the corpus."""
    tei = prefix_ids(tree.getroot(), key)
    tei.tail = "\n"
    return tei
