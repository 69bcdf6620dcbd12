"""The TEI namespace and the element factory every module builds with."""

from lxml.builder import ElementMaker

TEI_NS = "http://www.tei-c.org/ns/1.0"
XML_NS = "http://www.w3.org/XML/1998/namespace"
XML_ID = f"{{{XML_NS}}}id"
XML_LANG = f"{{{XML_NS}}}lang"

E = ElementMaker(namespace=TEI_NS, nsmap={None: TEI_NS})


def tag(name: str) -> str:
    """Return the Clark name of a TEI element: tag("p") == "{...tei...}p"."""
    return f"{{{TEI_NS}}}{name}"


def local(element) -> str:
    """Return the local name of an element, or "" for comments and processing instructions."""
    name = element.tag
    if not isinstance(name, str):
        return ""
    return name.rpartition("}")[2]
