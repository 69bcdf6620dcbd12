"""The one serializer: deterministic bytes, header indented, body whitespace as in the source."""

from __future__ import annotations

from lxml import etree

from .tei import tag


def serialize(tree: etree._ElementTree | etree._Element) -> bytes:
    """Return the UTF-8 bytes of a TEI document. Same tree, same bytes."""
    root = tree.getroot() if isinstance(tree, etree._ElementTree) else tree
    data = etree.tostring(root.getroottree(), encoding="UTF-8", xml_declaration=True)
    data = data.replace(b"<?xml version='1.0' encoding='UTF-8'?>",
                        b'<?xml version="1.0" encoding="UTF-8"?>', 1)
    # lxml writes a processing instruction before the root on the root's line; one a line.
    head, root_tag, rest = data.partition(b"<TEI")
    if not head.endswith(b"\n"):
        head += b"\n"
    return head.replace(b"?><", b"?>\n<") + root_tag + rest + b"\n"


def indent_header(root: etree._Element) -> None:
    """Indent the header and standOff (element-only content) but never the text's mixed content."""
    for name in ("teiHeader", "standOff"):
        element = root.find(tag(name))
        if element is not None:
            etree.indent(element, space="  ", level=1)
    root.text = "\n  "
    for child in root:
        child.tail = "\n  "
    if len(root):
        root[-1].tail = "\n"
