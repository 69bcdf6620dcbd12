"""The text export: the source body back from the TEI, character for character.

It is the proof that nothing was lost. Brackets that the TEI keeps as markup come back
(`supplied`, `gloss` and every element with `rend="brackets"`); a speaker label gets its
delimiter back after the label's last element; a page-split join gets its blank line back.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from lxml import etree

from ..errors import ExportError
from ..tei import SPEAKER_DELIMITERS, TEI_NS, local
from ._common import Doc, write_files

_ALWAYS_BRACKETED = {"supplied", "gloss"}


def body_text(tree: etree._ElementTree | etree._Element, newline: str = "\n") -> str:
    """Return the body of a TEI document as the source printed it."""
    root = tree.getroot() if isinstance(tree, etree._ElementTree) else tree
    div = root.find(f"{{{TEI_NS}}}text/{{{TEI_NS}}}body/{{{TEI_NS}}}div")
    if div is None:
        raise ExportError("this TEI document has no text/body/div to export")
    parts: list[str] = [div.text or ""]
    for child in div:
        _render(child, parts)
        parts.append(child.tail or "")
    text = "".join(parts)
    return text.replace("\n", newline) if newline != "\n" else text


def printed(element: etree._Element) -> str:
    """The text of `element` as the source printed it, its brackets too (`Manyongdae
    [Mangyongdae] guest house`, which `itertext` gives without them)."""
    parts: list[str] = []
    _render(element, parts)
    return "".join(parts)


def _render(element: etree._Element, parts: list[str]) -> None:
    if not isinstance(element.tag, str):
        return
    name = local(element)
    if name == "sp":
        _render_turn(element, parts)
        return
    if name == "gap":
        desc = element.find(f"{{{TEI_NS}}}desc")
        parts.append("".join(desc.itertext()) if desc is not None else "")
        return
    brackets = name in _ALWAYS_BRACKETED or element.get("rend") == "brackets"
    double = element.get("rend") == "double-brackets"
    parts.append("[[" if double else "[" if brackets else "")
    parts.append(element.text or "")
    for child in element:
        _render(child, parts)
        parts.append(child.tail or "")
    parts.append("]]" if double else "]" if brackets else "")


def _render_turn(sp: etree._Element, parts: list[str]) -> None:
    """A turn: the label elements, the delimiter after the last of them, then the speech."""
    children = [c for c in sp if isinstance(c.tag, str)]
    speaker = sp.find(f"{{{TEI_NS}}}speaker")
    delimiter = SPEAKER_DELIMITERS.get(speaker.get("rend", "colon"), "") \
        if speaker is not None else ""
    # The label's parts are on its line: a note or stage after a line break is a block of
    # the turn (`ZHOU ENLAI.` / `[Page 2 of 5]` / speech), and the delimiter stays before it.
    label_end = 0
    while label_end < len(children) and local(children[label_end]) in ("speaker", "stage", "note") \
            and (label_end == 0 or "\n" not in (children[label_end - 1].tail or "")):
        label_end += 1
    for index, child in enumerate(children):
        _render(child, parts)
        if index == label_end - 1:
            parts.append(delimiter)
        parts.append(child.tail or "")


def export(docs: Sequence[Doc], out: Path) -> None:
    """Write each document's body text, UTF-8 whatever the terminal's locale: to `out` (a
    file, or `-` for standard output) or, for several documents, into the folder `out` as
    NAME.txt (several bodies on standard output, one after another, could not be told apart)."""
    write_files(out, docs, ".txt", lambda i: body_text(docs[i][1]).encode("utf-8"))
