"""Check a document against our XSD: libxml2 decides, xmlschema explains."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from lxml import etree

from ..tei import TEI_NS
from . import schemas
from .problem import Problem

if TYPE_CHECKING:  # imported at run time only to explain a failure (see xsd_problems)
    import xmlschema

_NS = f"{{{TEI_NS}}}"
_XML_NS = "{http://www.w3.org/XML/1998/namespace}"

# What our pattern-restricted types mean, instead of their regular expressions.
_PATTERN_HINTS = {
    "localPointer": "a reference is '#' and an id, like #zhou-enlai",
    "notePointer": "a footnote reference is '#note-' and a number, like #note-1",
    "versionNumber": "TEI accepts only digits and dots here, like 0.1.0",
    "languageTag": "a language is a BCP 47 tag, like zh or ko-Latn",
    "pageNumber": "a page is a number or a word, like 12 or xii",
    "url": "an absolute URL, like https://digitalarchive.wilsoncenter.org/...",
    "word": "a single word without spaces",
    "personRoleToken": "roles are participant, chair, accompanying, seated, attending, "
                       "interpreter, recorder, or a side like chinese-side",
}


def xsd_problems(doc: etree._ElementTree, path: str) -> list[Problem]:
    """Return every XSD problem in `doc` (none when libxml2 finds the document valid)."""
    libxml2 = schemas.xsd_libxml2()
    if libxml2.validate(doc):
        return []
    import xmlschema  # only to explain a failure: see schemas.xsd_xmlschema

    # The document is already parsed; allow="none" keeps xmlschema from fetching anything.
    resource = xmlschema.XMLResource(doc, allow="none")
    problems = [_explain(error, path)
                for error in schemas.xsd_xmlschema().iter_errors(resource)]
    return problems + _missed_by_xmlschema(libxml2.error_log, problems, path)


# xmlschema takes a non-breaking space (and other Unicode spaces) between elements for
# whitespace; XML, libxml2 and tei_all do not. So libxml2 alone sees this error.
_TEXT_IN_ELEMENT_ONLY = re.compile(
    r"Element '(?:\{[^}]*\})?([^']+)': Character content other than whitespace is not "
    r"allowed because the content type is 'element-only'")


def _missed_by_xmlschema(log, problems: list[Problem], path: str) -> list[Problem]:
    """libxml2's findings that xmlschema did not explain: reported in libxml2's words."""
    if not problems:
        # The engines disagree entirely: report libxml2's own messages rather than nothing.
        return [_from_libxml2(entry, path) for entry in log]
    explained = {problem.line for problem in problems}
    return [_from_libxml2(entry, path) for entry in log
            if _TEXT_IN_ELEMENT_ONLY.search(entry.message) and entry.line not in explained]


def _from_libxml2(entry, path: str) -> Problem:
    text_in = _TEXT_IN_ELEMENT_ONLY.search(entry.message)
    if text_in:
        name = text_in.group(1)
        message = (f"<{name}>: text is not allowed directly inside <{name}>, only elements "
                   "(a non-breaking space counts as text)")
    else:
        message = _plain(entry.message)
    return Problem(path, entry.line, 0, message, "xsd")


def _explain(error: xmlschema.XMLSchemaValidationError, path: str) -> Problem:
    """Say which element is wrong, in its own words, at the line of the offending child."""
    import xmlschema  # only to explain a failure: see schemas.xsd_xmlschema

    element = error.elem
    line = getattr(error, "sourceline", None) or 0
    name = _local(element.tag) if element is not None else "document"
    reason = _plain(error.reason or error.message)
    index = getattr(error, "index", None)
    if isinstance(error, xmlschema.XMLSchemaChildrenValidationError) and element is not None:
        children = [child for child in element if isinstance(child.tag, str)]
        expected = re.search(r"Tag (.*) expected", reason)
        if "is not complete" in reason:
            reason = f"<{name}> is not complete; expected {expected.group(1)}" if expected \
                else reason
        elif index is not None and index < len(children):
            child = children[index]
            line = child.sourceline or line
            reason = f"<{_local(child.tag)}> is not allowed here inside <{name}>"
            reason += f"; expected {expected.group(1)}" if expected else ""
    elif reason == "character data between child elements not allowed":
        reason = f"text is not allowed directly inside <{name}>, only elements"
    reason = _hint(error, reason)
    return Problem(path, int(line), 0, f"<{name}>: {reason}", "xsd")


def _hint(error: xmlschema.XMLSchemaValidationError, reason: str) -> str:
    """Replace "doesn't match any pattern of [regex]" by what the value should look like."""
    if "match any pattern" not in reason:
        return reason
    # The failing validator is the pattern facet; the named type is its parent.
    validator = getattr(error, "validator", None)
    owner = getattr(validator, "parent", None)
    name = _local(getattr(validator, "name", None) or getattr(owner, "name", None) or "")
    hint = _PATTERN_HINTS.get(name)
    return f"{reason.split(':')[0]}: not accepted; {hint}" if hint else reason


def _plain(message: str) -> str:
    """Drop the TEI namespace from names: users know <speaker>, not {http://...}speaker."""
    return message.replace(_NS, "").replace(_XML_NS, "xml:").replace("tei:", "").strip()


def _local(tag: str) -> str:
    return tag.rpartition("}")[2] if isinstance(tag, str) else "?"
