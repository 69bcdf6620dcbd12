"""The TEI namespace and the element factories every module builds with.

`E` (lxml's ElementMaker) builds a tree in one expression; `add` appends one new element
to a parent, which is what the hot loops of body building and the header do, at half E's cost;
`new` makes one detached element (for `inline.wrap_all`) at a third of E's cost.
"""

import unicodedata
from functools import lru_cache

from lxml import etree
from lxml.builder import ElementMaker

TEI_NS = "http://www.tei-c.org/ns/1.0"
XML_NS = "http://www.w3.org/XML/1998/namespace"
XML_ID = f"{{{XML_NS}}}id"
XML_LANG = f"{{{XML_NS}}}lang"
# The ids the header gives its statements of responsibility (`resp="#translator"`), which
# no person may take: a speaker labelled `Converter:` would otherwise be `converter` too.
RESP_IDS = frozenset({"translator", "archive", "converter"})
# What the translator's respStmt names when the source does not say who translated it: a
# placeholder, which no export takes for a person's name.
UNKNOWN_TRANSLATOR = "the translator"
# The languages a source is said to be translated from, and their xml:lang codes (the
# header's; the markup passes read the names, which are never places or persons).
LANGUAGES = {"chinese": "zh", "russian": "ru", "korean": "ko", "german": "de", "vietnamese": "vi",
             "english": "en", "french": "fr", "polish": "pl", "czech": "cs", "romanian": "ro",
             "bulgarian": "bg", "hungarian": "hu", "albanian": "sq", "mongolian": "mn",
             "japanese": "ja", "spanish": "es", "italian": "it", "serbo-croatian": "sh",
             "serbian": "sr", "croatian": "hr", "slovak": "sk", "ukrainian": "uk", "persian": "fa",
             "arabic": "ar", "hindi": "hi", "indonesian": "id", "portuguese": "pt",
             "khmer": "km", "lao": "lo", "dari": "prs", "pashto": "ps", "hebrew": "he",
             # and the others the records name a speaker speaking (`(in Yiddish)`)
             "yiddish": "yi", "turkish": "tr", "greek": "el", "dutch": "nl", "swedish": "sv",
             "finnish": "fi", "norwegian": "no", "danish": "da", "slovenian": "sl",
             "macedonian": "mk", "latvian": "lv", "lithuanian": "lt", "estonian": "et",
             "georgian": "ka", "armenian": "hy", "kurdish": "ku", "urdu": "ur", "thai": "th",
             "burmese": "my", "malay": "ms", "tibetan": "bo", "amharic": "am",
             "tigrinya": "ti", "somali": "so", "swahili": "sw"}
# Who made the bracketed insertions of a document written in English (no translator).
UNKNOWN_EDITORS = "the editors"
# The id of the header's taxonomy of the archive's document types (`classCode/@scheme`).
TYPE_SCHEME_ID = "archive-type"
# Every id the header gives, which no person may take.
HEADER_IDS = RESP_IDS | {TYPE_SCHEME_ID}
# What a speaker's `rend` says followed the label in the source (`colon` for `BREZHNEV:`,
# `en-dash` for `Brezhnev –`): segment gives it, the exports print the delimiter back.
SPEAKER_DELIMITERS = {"colon": ":", "period": ".", "inline": "", "en-dash": " \u2013",
                      "em-dash": " \u2014", "hyphen": " -", "nbsp-en-dash": "\u00a0\u2013",
                      "nbsp-em-dash": "\u00a0\u2014", "nbsp-hyphen": "\u00a0-"}

E = ElementMaker(namespace=TEI_NS, nsmap={None: TEI_NS})


# Letters that Unicode does not decompose into an ASCII letter and an accent, and their usual
# ASCII forms: without them `Gomułka` gave `gomuka` and `Strauß` `strau`.
_UNDECOMPOSED = str.maketrans({"ł": "l", "Ł": "L", "ß": "ss", "ẞ": "SS", "đ": "d", "Đ": "D",
                               "ø": "o", "Ø": "O", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE",
                               "ı": "i", "þ": "th", "Þ": "Th", "ð": "d", "Ð": "D", "ħ": "h",
                               "Ħ": "H"})


def ascii_fold(text: str) -> str:
    """`text` in ASCII letters: accents dropped (`Kádár` -> `Kadar`), the letters that have
    none transliterated (`Wałęsa` -> `Walesa`), anything else left out."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_UNDECOMPOSED))
    return decomposed.encode("ascii", "ignore").decode()


def tag(name: str) -> str:
    """Return the Clark name of a TEI element: tag("p") == "{...tei...}p"."""
    return f"{{{TEI_NS}}}{name}"


def local(element) -> str:
    """Return the local name of an element, or "" for comments and processing instructions."""
    name = element.tag
    if not isinstance(name, str):
        return ""
    return name.rpartition("}")[2]


def add(parent: etree._Element, name: str, text: str | None = None,
        **attributes: str) -> etree._Element:
    """Append a new TEI element to `parent` and return it.

    Made in place: `E.name()` makes each element in a document of its own, which `append`
    then has to move, and that costs twice as much; the output is the same.
    """
    if attributes:
        element = _prototype(name, tuple(attributes.items())).__copy__()  # see `new`
        parent.append(element)
    else:
        element = etree.SubElement(parent, tag(name))
    if text is not None:
        element.text = text
    return element


def new(name: str, **attributes: str) -> etree._Element:
    """Return a new, empty TEI element, not yet in any tree: what the markup passes wrap with.

    A copy of a cached bare element, its attributes set one by one: as `E.name(**attributes)`
    gives, at a third of the cost (E looks up a handler per argument). The values vary from
    mention to mention (`quantity`, `when`), so caching whole elements would seldom hit.
    """
    element = _prototype(name, ()).__copy__()    # what copy() calls, without its look-ups
    for attribute, value in attributes.items():
        element.set(attribute, value)
    return element


@lru_cache(maxsize=256)
def _prototype(name: str, attributes: tuple[tuple[str, str], ...]) -> etree._Element:
    """An element to copy: lxml checks each attribute's name as it sets it, a copy does not.

    The same few elements (`supplied`, `speaker`...) are made hundreds of times a document,
    and the checks made them cost twice as much as the copy does.
    """
    return etree.Element(tag(name), dict(attributes), nsmap={None: TEI_NS})
