"""Parse XML that we did not write (validate, export) without letting it reach out or blow up.

The threats are the classic ones: external entities that read local files or the network
(XXE), entity expansion bombs ("billion laughs"), and documents built to exhaust memory or
the stack. TEI needs none of DTDs, entities or unbounded nesting, so we refuse them outright
rather than try to limit them.
"""

from __future__ import annotations

from lxml import etree

from .errors import DocumentError

MAX_BYTES = 50 * 1024 * 1024
"""Largest document accepted. Our outputs are well under 1 MB; this leaves ample room."""

MAX_DEPTH = 256
"""Deepest element nesting accepted (libxml2's own default limit without huge_tree)."""


class _RefuseExternal(etree.Resolver):
    """Answer every request for an external file with nothing, and remember it.

    libxml2 opens an external DTD subset and external parameter entities even with
    load_dtd=False and resolve_entities=False; a resolver is the one hook that sees every
    such request, so the file is never read and we can refuse the document afterwards.
    """

    def __init__(self) -> None:
        super().__init__()
        self.requested: list[str] = []

    def resolve(self, system_url, public_id, context):  # noqa: D102 (lxml hook)
        self.requested.append(system_url or public_id or "?")
        return self.resolve_string("", context)


def _parser() -> tuple[etree.XMLParser, _RefuseExternal]:
    # A new parser per call: parsers keep state (error log, resolver) and are not thread-safe.
    parser = etree.XMLParser(
        resolve_entities=False,  # never expand entities, internal or external
        load_dtd=False,          # never fetch an external DTD subset
        dtd_validation=False,
        no_network=True,         # never open a URL, whatever the document asks for
        huge_tree=False,         # keep libxml2's limits on depth and text node size
        collect_ids=False,       # duplicate or malformed xml:id are reported by validation,
                                 # with the other problems, instead of stopping the parse
        remove_comments=False,
        remove_pis=False,        # keep <?teipublisher ...?>
        strip_cdata=False,
    )
    refuse = _RefuseExternal()
    parser.resolvers.add(refuse)
    return parser, refuse


def parse_untrusted(data: bytes, path: str) -> etree._ElementTree:
    """Parse `data` safely, or raise DocumentError saying why it was refused or where it breaks.

    Refused: more than MAX_BYTES, a DOCTYPE that declares entities, nesting deeper than
    MAX_DEPTH. Not well-formed XML is reported with its line and column.
    """
    if len(data) > MAX_BYTES:
        raise DocumentError(
            f"refused: the file is {len(data) / 1024 / 1024:.0f} MB, more than the "
            f"{MAX_BYTES // 1024 // 1024} MB accepted for an XML document",
            path=path)
    if not data.strip():
        raise DocumentError("not well-formed XML: the file is empty", path=path,
                            line=1, column=1)
    parser, refuse = _parser()
    try:
        tree = etree.ElementTree(etree.fromstring(data, parser))
    except etree.XMLSyntaxError as err:
        _refuse_external(refuse, path)
        raise _syntax_error(err, path) from None
    _refuse_external(refuse, path)
    _refuse_entities(tree, path)
    _refuse_depth(tree, path)
    return tree


def _syntax_error(err: etree.XMLSyntaxError, path: str) -> DocumentError:
    """Turn libxml2's error into our message; depth and entity limits read as refusals."""
    message = (err.msg or str(err)).strip()
    # libxml2 appends ", line N, column M" to some messages; we report those separately.
    message = message.split(", line ")[0]
    line, column = err.position if err.position else (None, None)
    if "Excessive depth" in message or "Maximum nesting depth" in message:
        return DocumentError(
            f"refused: elements are nested more than {MAX_DEPTH} levels deep", path=path,
            line=line, column=column)
    if "Detected an entity reference loop" in message or "amplification" in message:
        # libxml2's position for this one is meaningless; the bomb is in the DOCTYPE.
        return DocumentError(
            "refused: the document defines entities that expand without bound "
            "(an entity expansion bomb)", path=path, line=1, column=1)
    return DocumentError(f"not well-formed XML: {message}", path=path, line=line,
                         column=column)


def _refuse_external(refuse: _RefuseExternal, path: str) -> None:
    """Refuse a document that asked for an external DTD or entity (it was not read)."""
    if refuse.requested:
        raise DocumentError(
            f"refused: the document asks to load an external file ({refuse.requested[0]}); "
            "external DTDs and entities are not accepted, and the file was not read",
            path=path, line=1, column=1)


def _refuse_entities(tree: etree._ElementTree, path: str) -> None:
    """Refuse any entity declaration: they can read files (XXE) or expand without bound."""
    dtd = tree.docinfo.internalDTD
    if dtd is None:
        return
    names = [entity.name for entity in dtd.iterentities()]
    if names:
        shown = ", ".join(names[:3]) + (", ..." if len(names) > 3 else "")
        raise DocumentError(
            f"refused: the DOCTYPE declares entities ({shown}); entities are not accepted "
            "because they can read local files or expand without bound", path=path,
            line=1, column=1)


def _refuse_depth(tree: etree._ElementTree, path: str) -> None:
    """Refuse nesting deeper than MAX_DEPTH, whatever limit this libxml2 build has."""
    too_deep = _BELOW_MAX_DEPTH(tree)
    if too_deep:
        raise DocumentError(
            f"refused: elements are nested more than {MAX_DEPTH} levels deep",
            path=path, line=too_deep[0].sourceline, column=None)


# The elements one level below MAX_DEPTH: "/*/*/...". libxml2 evaluates it in one walk that
# goes no deeper than that, far faster than a walk over the tree in Python.
_BELOW_MAX_DEPTH = etree.XPath("/*" * (MAX_DEPTH + 1))
