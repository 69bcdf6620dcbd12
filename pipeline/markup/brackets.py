"""Square brackets and parentheses: the translator's and the editors' typography made explicit.

`parse` turns text into a tree of groups (nested brackets stay nested); `build` writes that
tree into an element as TEI mixed content. Brackets are not text in the output (a rendering
restores them, see `pipeline.export.text`); parentheses are, since they are printed words of
stage directions and redaction markers.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from lxml import etree

from .. import names as N
from ..errors import InputError
from ..inline import append_text, level, wrap_all
from ..tei import LANGUAGES, add, new, tag
from . import places
from .quantities import WORD_NUMBERS, writes_currency_out

OPENERS = {"[": "]", "(": ")"}
CLOSERS = {"]": "[", ")": "("}


@dataclass
class Group:
    """A bracketed or parenthesised stretch: its delimiters and its content (text and groups)."""

    open: str
    start: int
    end: int = -1
    children: list = field(default_factory=list)

    def raw(self, text: str) -> str:
        """The content as written, inner brackets included."""
        return text[self.start + 1:self.end - 1]


@dataclass
class Stray:
    """A bracket with no partner."""

    char: str
    start: int


_NOTE = tag("note")

MAX_DEPTH = 32  # real translations nest brackets two or three deep


class TooDeep(ValueError):
    """Brackets nested deeper than MAX_DEPTH (at `offset` in the text)."""

    def __init__(self, offset: int):
        super().__init__(offset)
        self.offset = offset


def parse(text: str) -> list:
    """Parse `text` into a list of strings, Groups and Strays."""
    root: list = []
    stack: list[Group] = []
    current = root  # the list that receives text now: the innermost open group's, or root
    open_count = {"[": 0, "(": 0}
    buffer_start = 0
    for index in _bracket_offsets(text):
        char = text[index]
        if char == ")" and _LIST_LABEL.fullmatch(text, text.rfind("\n", 0, index) + 1, index):
            # `a)`, `1)` opening a line: a list label, its parenthesis is text, inside an open
            # parenthesis too (`two parts (first,\na) grain, b) rice)`: the last one closes it).
            continue
        if char == ")" and not open_count["("] and \
                _LIST_LABEL_AFTER.search(text, max(0, index - 8), index):
            # `We propose: a) ...; b) ...`: a label after a colon or a semicolon, with no
            # parenthesis open that it could close, is text too, not an unmatched `)`.
            continue
        if index > buffer_start:
            current.append(text[buffer_start:index])
        buffer_start = index + 1
        if char in OPENERS:
            if len(stack) >= MAX_DEPTH:
                raise TooDeep(index)
            group = Group(char, index)
            current.append(group)
            stack.append(group)
            open_count[char] += 1
            current = group.children
            continue
        opener = CLOSERS[char]
        if not (stack and stack[-1].open == opener):
            if not open_count[opener]:
                current.append(Stray(char, index))
                continue
            # Close the inner groups that never closed: their openers are strays.
            while stack[-1].open != opener:
                inner = stack.pop()
                open_count[inner.open] -= 1
                _unwind(inner, stack[-1].children)
        stack[-1].end = index + 1
        open_count[stack.pop().open] -= 1
        current = stack[-1].children if stack else root
    if len(text) > buffer_start:
        current.append(text[buffer_start:])
    while stack:
        group = stack.pop()
        _unwind(group, stack[-1].children if stack else root)
    return root


# The label of a sub-point at a line's start, before its closing parenthesis: `a) the right
# to strike;`, `2) access`, `iv) ...` (`(a)` is a group like any other).
_LIST_LABEL = re.compile(r"[ \t\u00a0]*(?:[0-9]{1,2}|[a-zA-Z]|[ivx]{1,4}|[IVX]{1,4})")
# The same label inside a line, after a colon or a semicolon that opens the list or parts its
# points: `the following: a) that the Ministry ...; b) that ...`, `three points: 1) ...`.
_LIST_LABEL_AFTER = re.compile(r"[:;][ \t\u00a0]{1,3}(?:[0-9]{1,2}|[a-zA-Z]|[ivx]{1,4}|"
                               r"[IVX]{1,4})\Z")


def _bracket_offsets(text: str) -> list[int]:
    """Where the brackets and parentheses of `text` are, in order.

    Only they matter to the parser. Four substring searches skip through the text much faster
    than a search for a character class, which tests every character against the class.
    """
    offsets = []
    for char in "[]()":
        at = text.find(char)
        while at >= 0:
            offsets.append(at)
            at = text.find(char, at + 1)
    offsets.sort()
    return offsets


def _unwind(group: Group, parent: list) -> None:
    """An opener that never closed: it becomes a stray, its content goes back to the parent."""
    # The group being unwound is always the last item its parent has received.
    position = len(parent) - 1 if parent and parent[-1] is group else \
        next(i for i, item in enumerate(parent) if item is group)
    parent[position:position + 1] = [Stray(group.open, group.start), *group.children]


# -- classification -------------------------------------------------------------------------

_OMISSION = re.compile(r"\s*(?:\u2026+|\.(?:\s?\.){2,})\s*")  # [...], [....], [. . .], […]
# (A word of time or circumstance opens a stage only by what follows: `_TIME_OPENER`.)
_STAGE_START = re.compile(
    r"(?:to|To|addressing|Addressing|turning|Turning|"
    r"laugh|Laugh|applause|Applause|pointing|Pointing|smiling|Smiling|"
    r"interrupting|Interrupting|interjecting|Interjecting) ")
# A parenthesis opening with a word of time or circumstance (`(before signing)`, `(in the
# translation)`, `(at this stage)`, `(during the talks)`, `(until May)`) is a stage only as one
# of the formulas made for such openings (`_WHEN_STAGE`, `_AT_THIS`, `_SPOKEN`, a sentence on
# its own): a stage word inside it (`(in the Standing Committee)`) does not make one.
_TIME_OPENER = re.compile(r"(?i:after|at|before|during|in|since|throughout|till|until|upon|"
                          r"while|within)\b")
# `at this` and a participant's act: `(at this time Kim Il Sung nodded his head)`, `(At this
# point Comrade Kang Sheng handed Chairman Mao a note.)`, `(At this, he laughed)`; `(at this
# stage)`, `(at this point)`, `(at this stage of the talks)` are the speaker's words.
_AT_THIS = re.compile(r"[Aa]t\s+this(?:\s+(?:point|time|moment|juncture|instant))?,?\s+"
                      r"(?:(?:he|she|they|the|everyone|everybody|all)\b|[A-Z])")
# A parenthesis that is a noise in the room alone (`(Animation.)`, `(Commotion.)`, `(Noise.)`:
# "animation" is the Soviet stenograms' word for a stir in the hall), or its silence
# (`(Silence.)`, `(Long silence.)`), or the room's protest (`(Protests.)`), is one too; so is a
# body's movement opening it, maybe after who moves (`(bows)`, `(shakes hands)`, `(Tanaka
# stands up)`, `(writes on paper)`; not `(which bows to nobody)`); or a participant's word
# aside, after who speaks it (`(Le Thanh Nghi consults with Hoang Van Loi)`, `(Zhou confers
# with Chen Yi)`, `(Kim whispers to Pak)`, `(Gromyko hands over the note)`).
_STAGE_WORDS = re.compile(r"\b(?:laugh\w*|applause|smil\w*|nod\w*|shook hands|greet\w*|paus\w*|"
                          r"interrupt\w*|interject\w*|translation|standing|stood|sat|leaves|"
                          r"left the room|enters|entered|turns to|turning to|points? to)\b|"
                          r"^(?:(?:he|she|they|both|all|everyone|(?-i:[A-Z])[\w\-]*+) ){0,3}"
                          r"(?:bows|bowed|bowing|shakes hands|shaking hands|stands up|stood up|"
                          r"sits down|(?:writes|wrote|writing) (?:on|down))\b|"
                          r"^(?!(?:the|this|that|it|there|these|those)\b)"
                          r"(?:(?:he|she|(?-i:[A-Z])[\w\-]*+) ){1,4}"
                          r"(?:consults|confers|whispers|speaks to|talks to|hands over)\b|"
                          r"^(?:general |loud |long |brief |short )?"
                          r"(?:animation|commotion|noise|stir|uproar|silence|protests?)\.?$",
                          re.IGNORECASE)
_FUNCTION = {"of", "to", "the", "a", "an", "and", "but", "so", "or", "that", "which", "in", "on",
             "at", "for", "with", "by", "from", "as", "we", "i", "you", "he", "she", "they", "it",
             "us", "them", "our", "your", "his", "her", "their", "its", "is", "are", "was", "were",
             "be", "been", "this", "these", "those", "if", "when", "then", "not", "no", "one",
             "there", "here", "what", "who", "whom", "to", "into", "about", "than", "also", "even",
             "still", "will", "would", "can", "could", "should", "must", "may", "might", "do",
             "did", "does", "have", "has", "had", "my", "me", "him", "total", "people"}
# Prepositions besides `_FUNCTION`'s: words after a noun that open with one complete its phrase
# (`sovereignty [over these islands]`, `relations [between the two parties]`), as `question
# [of the border]` does; they do not explain the noun, as a gloss does. Nor is a bracket after
# one a gloss: there is no term before it to explain, the words are the preposition's object
# (`conditioned upon [consensus]`, `fought against [foreign intervention]`).
_PREPOSITIONS = {"over", "between", "among", "amongst", "against", "toward", "towards",
                 "through", "throughout", "across", "under", "within", "without", "upon",
                 "concerning", "regarding", "during", "behind", "beyond", "around", "along",
                 "near", "onto", "after", "before", "since", "until", "beneath", "above",
                 "below", "despite", "via", "per", "inside", "outside", "like", "except",
                 "amid", "amidst", "beside", "besides", "unlike", "underneath", "alongside",
                 "till", "unto", "versus", "notwithstanding", "including", "excluding"}


@dataclass
class Context:
    """What the bracket builder needs to know about where it is."""

    in_turn: bool = False
    footnotes: frozenset[str] = frozenset()
    line: int = 1
    warnings: list[str] = field(default_factory=list)
    record_note: bool = False   # the paragraph is the editors' note in parentheses (segment's)


def build(parent: etree._Element, text: str, context: Context) -> etree._Element:
    """Append `text` to `parent` as TEI mixed content; return `parent`."""
    if not _has_bracket(text):
        # Most paragraphs have no bracket: nothing to parse, and no `[sic]` to mark (the ones
        # an earlier call put into `parent` are marked already).
        if text:
            append_text(parent, text)
        return parent
    try:
        items = parse(text)
    except TooDeep as deep:
        raise InputError(f"brackets are nested more than {MAX_DEPTH} deep here; no translation "
                         "does that, so this text is refused",
                         line=context.line + text.count("\n", 0, deep.offset)) from None
    _build_items(parent, items, text, context)
    if "sic" in text.lower():  # no `[sic]` or `(sic)` note can have been made otherwise
        _mark_sic(parent)
    return parent


def _has_bracket(text: str) -> bool:
    # Four substring tests skip through the text faster than one character-class search.
    return "[" in text or "(" in text or "]" in text or ")" in text


def _build_items(parent, items, text, context) -> None:
    """Append parsed items to `parent`: text as text, each group as what it means.

    The text between two elements is gathered and appended once: appended piece by piece,
    a paragraph of thousands of authorial parentheses was copied once per piece.
    """
    pending: list[str] = []
    _build_level(parent, items, text, context, pending)
    if pending:
        append_text(parent, "".join(pending))


def _build_level(parent, items, text, context, pending: list[str]) -> None:
    """Build `items` into `parent`, gathering text in `pending` until an element is added."""
    for index, item in enumerate(items):
        if isinstance(item, str):
            pending.append(item)
            continue
        kind = None
        if isinstance(item, Group) and item.open == "(":
            kind = _paren_kind(item, text, context, _text_before(items, index),
                               _text_after(items, index))
            if kind is None:
                # Authorial parentheses stay text; brackets inside them are still read.
                pending.append("(")
                _build_level(parent, item.children, text, context, pending)
                pending.append(")" if item.end > 0 else "")
                continue
        if pending:
            append_text(parent, "".join(pending))
            pending.clear()
        if isinstance(item, Stray):
            line = context.line + text.count("\n", 0, item.start)
            context.warnings.append(
                f"line {line}: an unmatched \u201c{item.char}\u201d is kept as it is, marked as "
                "unmatched punctuation")
            add(parent, "pc", item.char, type="unmatched", resp="#converter")
        elif item.open == "[":
            _square(parent, item, text, context, _text_before_square(items, index, text),
                    _text_after(items, index))
        else:
            _paren(parent, kind, item, text, context)


def _text_before(items, index) -> str:
    return items[index - 1] if index > 0 and isinstance(items[index - 1], str) else ""


def _text_before_square(items, index, text: str) -> str:
    """The text before a square bracket, with a party's `(b)` before it and the abbreviation
    before that (`VKP(b) [All-Union Communist Party (Bolsheviks)]`): the `(b)` is a
    parenthesis of its own among the items, which `_text_before` stops at."""
    before = _text_before(items, index)
    if index >= 3 and before and before.isspace() and isinstance(items[index - 2], Group) and \
            text[items[index - 2].start:items[index - 2].end] in _BOLSHEVIKS_B and \
            isinstance(items[index - 3], str):
        return items[index - 3] + text[items[index - 2].start:items[index - 2].end] + before
    return before


def _text_after(items, index) -> str:
    return items[index + 1] if index + 1 < len(items) and isinstance(items[index + 1], str) else ""


_SQUARE_GAPS = {"illegible": "illegible", "illegible text": "illegible",
                "illegible word": "illegible", "illegible words": "illegible",
                "unclear": "unclear", "unclear text": "unclear", "inaudible": "unclear",
                "garble": "garbled",   # a telegram's passage garbled in transmission
                "?": "unclear"}   # `[?]`: what a transcript's editors could not make out
# A passage the reader does not get, and why: `[excised]`, `[one line excised]`, `[two words
# illegible]`, `[Classified material deleted]`, `[text not declassified]`, `[omitted]`, `[The
# rest of the document is missing]`. An amount (`one line`, `3 words`) is read only where the
# source states one; `several lines` is a gap without a quantity, and so are a bound and an
# estimate (`[less than 1 line not declassified]`, `[about 3 lines deleted]`); a unit alone is
# one of it (`[word illegible]`, `[page missing]`), a half is added (`[One and a half lines
# illegible]`, `[1.5 lines deleted]`), and a place in the document is no amount (`[last line
# illegible]`, `[first page missing]`, `[Page 3 missing]`). What is gone may be named before
# its amount (`[Passage of 6 lines blacked out.]`, `[Section of 2 pages excised]`). The size of a
# passage may follow its amount (`[1 paragraph (3 lines) not declassified]`), and where it
# was (`[3 lines of source text not declassified]`). What is gone may be the rest of any
# part of the record (`[Remainder of the conversation not translated]`, `[Remainder of entry
# illegible]`) or the text of one (`[The text of the declaration is omitted.]`). A verb that
# is also an ordinary word of a sentence (`removed`, `missing`) counts only after what is gone
# (`[text removed]`, `[two pages missing]`): `the minister was [removed]` is the translator's
# word.
_AMOUNTS = {**WORD_NUMBERS, "a": 1, "an": 1, "half a": 0.5, "half an": 0.5}
_UNITS = {"word": "word", "line": "line", "page": "page", "paragraph": "paragraph",
          "sentence": "sentence", "character": "char", "letter": "char"}  # TEI's `line`, `char`
_AMOUNT_WORDS = "|".join(sorted(_AMOUNTS, key=len, reverse=True))  # `half a` before `a`
# The words a gap marker ends with, by the reason they give (@reason).
_GAP_REASONS = {
    "redacted": ("excised", "deleted", "redacted", "sanitized", "not declassified", "withheld",
                 "removed", "blacked out", "censored"),
    "illegible": ("illegible", "unreadable", "indecipherable", "not legible"),
    "unclear": ("unclear", "inaudible"),
    "omitted": ("omitted", "not translated", "missing", "left out"),
    "garbled": ("garbled",),
}
_GAP_MARKER = re.compile(
    r"(?:(?:(?:passage|section|text|paragraph|portion)\s+of\s+)?"
    r"(?:(?P<bound>(?:less|more) than|about|approximately)\s+)?"
    r"(?P<position>(?:the\s+)?(?:first|last|final|opening|closing)\s+)?"
    rf"(?:(?:(?P<amount>[0-9]{{1,4}}(?:\.[0-9]{{1,2}}| 1/2|\u00bd)?|1/2|\u00bd|{_AMOUNT_WORDS})"
    r"(?P<half>\s+and\s+(?:a|one)[\s\-]half)?|(?P<vague>several|a few|a couple of|some|many))"
    rf"\s+)?(?P<unit>{'|'.join(_UNITS)})(?P<plural>s)?"
    r"(?:\s*\([^()]{1,30}\))?"
    r"(?:\s+of\s+(?:the\s+)?(?:source\s+text|text|original|document|source))?\s+"
    r"|(?P<what>(?:the\s+)?(?:rest|remainder)\s+of\s+(?:the\s+|this\s+)?(?:[a-z\-]+\s+)?"
    r"[a-z\-]+|(?:the\s+)?text\s+of\s+(?:the\s+|this\s+|his\s+|her\s+)?[a-z\-]+|"
    r"(?:classified\s+|secret\s+)?"
    r"(?:text|material|passage|passages|name|names|word|words|phrase|sentence|paragraph|section|"
    r"portion|information|document|page|pages|line|lines|letter|record|transcript|cable|date|"
    r"dates|number|numbers|figure|figures)(?:\s+[0-9]{1,4})?)\s+)?"
    r"(?:(?:is|was|are|were|has been|have been)\s+)?"
    r"(?:" + "|".join(f"(?P<{reason}>{'|'.join(words)})"
                      for reason, words in _GAP_REASONS.items()) + r")\.?")
# A content ending otherwise (maybe with a full stop) is no marker, and is not given to the
# long pattern.
_GAP_ENDINGS = tuple(f"{word}{stop}" for words in _GAP_REASONS.values() for word in words
                     for stop in ("", "."))
_REDACTED = re.compile(r"\bredacted\b")
# Where a marker says the passage is gone, which changes nothing of it: `[Two lines illegible
# in the copy.]`, `[one word illegible in the original]` (`in the text`, `in the source`,
# `in the document`).
_GAP_PLACE = re.compile(r"\s+in\s+(?:the\s+)?(?:copy|original|text|source|document)\.?\Z")
_GAP_PLACE_ENDINGS = tuple(f" {word}{stop}" for word in ("copy", "original", "text", "source",
                                                         "document") for stop in ("", "."))
# Who took the passage out, which changes nothing of it either: `[Text deleted by the
# archive]`, `[Three names excised by the editors.]` (`by the censor`, `by the publisher`).
_GAP_BY = re.compile(r"\s+by\s+(?:the\s+)?(?:archives?|editors?|censors?|publishers?)\.?\Z")
# What is gone in words of the note's own before a redaction's word, in a note that opens
# with a capital (`[Classification level blacked out]`, `[Signature blacked out]`,
# `[Recipient's address excised]`): up to four words, as `[Name redacted]` is one.
_PHRASE_GAP_WORDS = ("excised", "deleted", "redacted", "sanitized", "not declassified",
                     "blacked out")
_PHRASE_GAP_ENDINGS = tuple(f" {word}{stop}" for word in _PHRASE_GAP_WORDS
                            for stop in ("", "."))
_PHRASE_GAP = re.compile(r"(?:[a-z][a-z'\u2019\-]*\s+){1,4}(?:(?:is|was|are|were|has been|"
                         r"have been)\s+)?(?:" + "|".join(_PHRASE_GAP_WORDS) + r")\.?")
# A gap the source itself has, named so (`[Gap of two lines]`, `[gap of 3 words in the
# text]`, `[lacuna]`, `[Lacuna of one page]`, `[a gap of several lines]`, no amount): text
# missing, as `[two lines missing]` is.
_LACUNA_WORDS = ("gap", "lacuna", "a gap", "a lacuna")
_LACUNA = re.compile(
    r"(?:an?\s+)?(?:gap|lacuna)(?:\s+of\s+(?:(?P<amount>[0-9]{1,4}|"
    rf"{_AMOUNT_WORDS}|(?P<vague>several|a few|some|many))\s+)?"
    rf"(?P<unit>{'|'.join(_UNITS)})(?P<plural>s)?)?"
    r"(?:\s+in\s+(?:the\s+)?(?:text|original|document|source))?\.?")
# Several speakers at once, none of them heard (`[Several speakers at once; inaudible]`,
# `[crosstalk; inaudible]`, `[several voices, inaudible]`): words lost, as `[inaudible]` says
# (lower case).
_OVERLAP_INAUDIBLE = re.compile(
    r"(?:(?:several|many|multiple|various|two|all)\s+(?:speakers|voices|people|participants)"
    r"(?:\s+(?:speaking|talking))?(?:\s+at\s+once|\s+simultaneously)?|"
    r"(?:everyone|everybody)\s+(?:speaking|talking)(?:\s+at\s+once|\s+simultaneously)?|"
    r"cross-?\s?talk)\s*[;,]\s*inaudible\.?")
_NEEDS_WHAT = {"withheld", "removed", "blacked out", "censored", "missing", "left out",
               "not translated", "unclear", "inaudible"}
_FOOTNOTE_REF = re.compile(r"[0-9]{1,3}")  # ASCII, as the notes' numbers
# Notes known by how they begin. The translator's and the editors' own notes, signatures,
# handwriting and marginal notes are named the same way in brackets and in parentheses.
_TRANSLATOR_NOTE = (r"translator[\u2019']?s?[\u2019']? (?:note|comment|remark)|"
                    r"note (?:by|of|from) the translator|t\.? ?n\.?:|tr\. note|trans\. note")
_EDITOR_NOTE = (r"(?:editor|stenographer)[\u2019']?s?[\u2019']? (?:note|comment|remark)|"
                r"ed\. note|editorial (?:note|comment|remark)|note (?:by|of|from) the editors?|"
                r"eds?\.:")
_SIGNATURE = r"(?:(?:illegible )?signature(?: illegible)?|signed)(?:\Z|:)"
# Handwriting: `[handwritten: ...]`, `[Written by hand: ...]`, `[Underlined by hand: "urgent"]`.
_HANDWRITTEN = (r"handwritten|handwriting|hand-written|in handwriting|"
                r"(?:written|underlined|added|inserted|corrected|crossed out) by hand")
# A note in the original's margin: `[Marginal note: ...]`, `[In the margin: ...]`, `[Note on
# the margin in pencil: "..."]`, maybe saying what it is written with.
_MARGINAL = (r"(?:marginal (?:note|notation|comment|remark|inscription)s?|margin note|"
             r"(?:(?:note|notation|inscription)s? |written )?(?:in|on) the margins?)"
             r"(?: in (?:red |blue |black |green )?(?:pencil|ink|pen))?(?:\Z|:|,)")
# That the original gives no name, or not all of it: `[no name given]`, `[name unknown]`,
# `[first name not given]`, `[surname not known]` (the whole content, lower case).
NAME_WITHHELD = re.compile(r"(?:no (?:first |last |full |given |family |sur)?name given|"
                           r"(?:first |last |full |given |family |sur)?names? (?:unknown|not given|not known|"
                           r"not stated|not identified))\.?\Z")
# What an editor says ends: `[End of entry]`, `[end of the conversation]`, `[Record ends]`. The
# parts of a document or of what it records, not any noun: `[end of the year]` is supplied.
_DOCUMENT_PARTS = ("document|text|record|transcript|cable|letter|telegram|message|entry|"
                   "diary entry|journal entry|minutes|protocol|memorandum|report|note|excerpt|"
                   "extract|conversation|meeting|session|talks|discussion|interview|"
                   "translation|attachment|enclosure|appendix|file|recording|tape")
# That a recording the transcript is made from breaks off or comes back, which no one says:
# `[Recording interrupted]`, `[Tape interrupted]`, `[Break in recording]`, `[Gap in the tape]`,
# `[Audio resumes mid-sentence]`.
_RECORDING_BREAK = (r"(?:the )?(?:recording|tape) (?:interrupted|breaks off|cut off|stops)\.?\Z|"
                    r"(?:the )?(?:audio|recording|tape|sound) (?:resumes|restarts|returns|cuts "
                    r"out)(?: (?:in )?mid-sentence)?\.?\Z|"
                    r"(?:break|gap|interruption) in (?:the )?(?:recording|tape)\.?\Z")
# The editors' word about the text where it stands (the whole content): that it was not
# recorded (`[remainder of sentence not recorded]`, `[text not recorded]`), that its figures
# are not confirmed (`[figures unconfirmed]`, `[number not verified]`), that it is so in the
# original (`[as in the original]`, `[so in the text]`), that it breaks off (`[sentence
# incomplete]`, `[phrase unfinished in the original]`). Each needs what it speaks of:
# `the [unconfirmed] reports` stays the translator's word.
_TEXT_COMMENT = (r"(?:(?:the )?(?:rest|remainder) of (?:the |this )?(?:[a-z\-]+ )?[a-z\-]+|"
                 r"(?:the )?(?:text|sentence|words?|passage|phrase)) (?:was |is |were )?"
                 r"(?:not recorded|unrecorded)\.?\Z|"
                 r"(?:the )?(?:figures?|numbers?|data) (?:is |are |was |were )?"
                 r"(?:unconfirmed|not confirmed|unverified|not verified)\.?\Z|"
                 r"(?:as|so|thus) in (?:the )?(?:original|text|source)\.?\Z|"
                 # how the original prints it: `[Emphasis in original]`, `[emphasis added]`,
                 # `[Chernyaev's ellipsis in the original.]`, `[underlined in the original]`,
                 # `[crossed out]` (`[emphasis on trade]` is the translator's)
                 r"(?:[a-z\-]+['\u2019]s )?(?:emphasis|ellipsis|ellipses|italics|underlining) "
                 r"(?:added|mine|(?:is )?in (?:the )?(?:original|text|source))\.?\Z|"
                 r"(?:underlined|italicized|emphasized|crossed out|struck out)"
                 r"(?: in (?:the )?(?:original|text|source))?\.?\Z|"
                 r"(?:the )?(?:sentence|phrase|text|thought|passage) (?:is )?"
                 r"(?:incomplete|unfinished|breaks off)"
                 r"(?: in (?:the )?(?:original|text|source))?\.?\Z")
# The editors' mark at a bracket's end (`[adopted on 30 June 1956 - ed.]`, `– Ed.`, `-ed.`,
# `(ed.)`:
# a dash with a space on one side at least, or the parentheses) and their cross-references
# (`[see Attachment No. 2]`, `[see note 3]`, `[cf. ...]`: `see` before a word of the
# apparatus only, `[see him]` is supplied): their notes, not the translator's words.
_EDITORS_MARK = r".*(?:\s[\-\u2013\u2014]\s?|[\-\u2013\u2014]\s|\()ed\.\)?\Z"
_CROSS_REFERENCE = (r"(?:see(?: also)?|cf\.) (?:attachments?|annex(?:es)?|appendix|appendices|"
                    r"enclosures?|(?:foot|end)?notes?|documents?|doc\.|pages?|p\.|pp\.|sections?|"
                    r"paragraphs?|points?|items?|tables?|chapters?|above|below)\b|cf\. ")
# In the order they are tried: one alternation tries them all in a single match; the first
# that matches names the kind (`\Z`: the whole content). Who took the record down, drafted
# or cleared it is the editors' note about it: `[Notes taken by Veljko Mićunović]`, `[Recorded
# by Li Yueran]`, `[Memorandum drafted by A. Akalovsky; ...]`, `[Drafted by ...]`, `[Cleared
# by ...]`. A leader's resolution on the document is handwriting: `[Resolution: "Agreed. I.
# Stalin"]`, `[Resolution on the first page: "..."]`. The editors' word that a name is not in
# the original (`[no name given]`, `[name unknown]`, `[first name not given]`) is theirs too, and
# tells the persons pass that no one known is meant (`NAME_WITHHELD`). So is their word that
# what follows is part of a document only: `[Excerpt]`, `[Excerpts]`, `[Extract]`, `[Fragment]`.
_NOTE_KINDS = (
    ("sic", r"sic\b"),
    ("page", r"(?:end of )?(?:page|p\.)\s*(?P<page_number>\d+)(?: of \d+)?(?: ends)?\Z|"
             r"(?:page break|new page|end of page|page ends)\.?\Z"),
    ("translator", _TRANSLATOR_NOTE + r"|translator:|henceforth|hereafter|hereinafter"),
    ("editorial", _EDITOR_NOTE + "|" + _EDITORS_MARK + "|" + _CROSS_REFERENCE +
                  r"|editors?:|not reviewed|no name given|note:|notes? of the|"
                  r"(?:notes|record) of (?:[a-z]\. ?){1,3}[a-z]|"
                  r"(?:notes?|minutes|the record) (?:taken|kept|made|written) by\b|"
                  r"(?:notes|recorded|transcribed) by\b|(?:drafted|cleared) by\b|"
                  r"(?:memorandum|memo|telegram|cable|letter|minutes|record|report|draft) "
                  r"(?:drafted|cleared|prepared|approved|compiled) by\b|"
                  r"the document|document|original|this document|text missing|missing|"
                  r"end of (?:the )?(?:" + _DOCUMENT_PARTS + r")\.?\Z|"
                  r"(?:the )?(?:" + _DOCUMENT_PARTS + r") ends\.?\Z|" + _RECORDING_BREAK + "|" +
                  r"(?:excerpts?|extracts?|fragments?)\.?\Z|" + _TEXT_COMMENT + "|" +
                  NAME_WITHHELD.pattern),
    ("source", r"source:"),
    ("stamp", r"[\w .]{0,40}\bstamp\b|(?:[\w .]{0,40} )?seal(?:\Z|:| of\b)"),
    ("signature", _SIGNATURE),
    ("handwritten", _HANDWRITTEN + r"|resolution(?: (?:on|in|at|across) [^:]{1,40})?:"),
    ("marginal", _MARGINAL),
)
_NOTE_KIND = re.compile("|".join(f"(?P<{kind}>{pattern})" for kind, pattern in _NOTE_KINDS))
# The same without the stamp, for a content that does not hold `stamp` or `seal`, which the
# stamp needs: its runs of up to 40 characters, tried back from each end, cost the most.
_NOTE_KIND_UNSTAMPED = re.compile("|".join(f"(?P<{kind}>{pattern})"
                                           for kind, pattern in _NOTE_KINDS if kind != "stamp"))
# In parentheses only the notes that say what they are: `(the document was signed)`,
# `(p. 5)`, `(hereafter the Treaty)`, `(the stamp was affixed)`, `(translator: Mun Il)` are
# the author's words; `(End of recording)`, `(end of the document)`, `(Tape interrupted)`
# say it.
_PAREN_NOTE_KIND = re.compile("|".join(f"(?P<{kind}>{pattern})" for kind, pattern in (
    ("sic", r"sic\b"), ("translator", _TRANSLATOR_NOTE),
    # and the editors' word that the record ends or breaks off: `(End of recording)`, as
    # `[End of recording]`
    ("editorial", _EDITOR_NOTE + r"|end of (?:the )?(?:" + _DOCUMENT_PARTS + r")\.?\Z|" +
                  _RECORDING_BREAK),
    ("stamp", r"(?:[\w .]{0,40} )?(?:stamp|seal)(?:\Z|:)|seal of\b"),
    ("signature", _SIGNATURE), ("handwritten", rf"(?:{_HANDWRITTEN})(?:\Z|:)"),
    ("marginal", _MARGINAL))))
# A stage direction in brackets: `[Pause.]`, `[Laughter]`, `[Stormy applause.]` (the whole
# content, lower case: a set of them is asked in one look-up).
_STAGE_BRACKETS = frozenset(f"{words}{stop}" for words in (
    "pause", "a pause", "long pause", "short pause", "brief pause", "laughter", "laughs",
    "applause", "stormy applause", "prolonged applause", "loud applause", "silence",
    # a stir in the hall (`animation` is the Soviet stenograms' word), and a break in the
    # session: `[Commotion.]`, `[Animation.]`, `[Break]`, `[After the break]`
    "noise", "commotion", "animation", "general animation", "stir", "uproar", "break",
    "a break", "after the break", "after a break",
    # a tape transcript's speakers talking over one another: `[cross-talk]`, `[crosstalk]`
    "crosstalk", "cross-talk", "cross talk",
    # a speaker reading out a text, a telephone record's note before the words he reads:
    # `Dobrynin: [reads] "Let us ..."`
    "reads", "reading", "reads aloud", "reading aloud", "reads out",
    # the room's other noises in a speech, as `[Applause]`: `[Boos]`, `[Whistles]`, `[Cheers]`
    "boos", "booing", "whistles", "whistling", "cheers", "cheering", "jeers", "jeering",
    "hisses", "hissing", "shouts", "shouting", "murmurs", "murmuring", "ovation",
    "standing ovation", "prolonged ovation", "stormy ovation", "laughter and applause",
    "applause and laughter")
    for stop in ("", "."))
# What the hall did, with where, no sentence needed: `(Reaction in the hall)`, `[Noise in the
# hall]`, `[Animation in the audience]` (the lower-case content).
_HALL_NOISE = re.compile(r"(?:(?:general|loud|lively|strong|mixed|some)\s+)?(?:reaction|"
                         r"animation|noise|commotion|stir|uproar|murmurs?|laughter|applause|"
                         r"movement|excitement)\s+(?:in|from)\s+(?:the\s+)?(?:hall|room|"
                         r"audience|auditorium|gallery)\.?\Z")
# The hall's applause, with a full stop or the shouts that went with it, is the room's wherever
# the bracket stands, mid-sentence too (`we will win [Applause.] and build`, `Glory to the Party
# [prolonged applause, shouts of "Party-Enver!"] and to the people`); the lower-case content.
_APPLAUSE = re.compile(r"(?:(?:stormy|prolonged|loud|long|thunderous|sustained|enthusiastic|"
                       r"continued|tumultuous|lively|general)[ ,]+){0,3}(?:applause|ovation)"
                       r"(?:\.\Z|[,;] +(?:and +)?(?:shouts|cries|cheers|exclamations|chants)\b|"
                       r" and (?:shouts|cries|cheers|exclamations|chants)\b)")
# A participant's laugh or gesture a transcript notes in a few words, no sentence needed:
# `[Castro laughs]`, `[Lampreia laughs]`, `[Everyone laughs]`, `[McNamara nods.]`. Asked only
# of a bracket ending in one of the verbs.
_NOISE_VERBS = ("laughs", "laugh", "chuckles", "sighs", "coughs", "nods", "smiles", "shrugs",
                "applauds", "applaud")
_NAMED_NOISE = re.compile(r"(?!(?:The|This|That|It|There|These|Those)\b)(?:[A-Z][\w'\u2019\-]*"
                          rf"\s+){{1,3}}(?:{'|'.join(_NOISE_VERBS)})\.?\Z")
# A speaker's gesture a transcript notes in a turn without his name: `[Nods]`, `[Shrugs.]`,
# `[Gesture toward Gamasy]`, `[Points to the map]` (the lower-case content). Asked only of a
# bracket opening with one of the words.
_GESTURE_WORDS = ("gesture", "points", "nods", "shrugs", "smiles", "sighs", "chuckles",
                  "coughs", "waves", "motions", "bows")
_BARE_GESTURE = re.compile(r"(?:gestures?|points|nods|shrugs|smiles|sighs|chuckles|coughs|"
                           r"waves|motions|bows)(?:\s+(?:to|toward|towards|at)\s+[^\s\[\]]+"
                           r"(?:\s+[^\s\[\]]+){0,4})?\.?\Z")
# How a speaker spoke, a transcript's way: `[speaks in Spanish; partially inaudible]`, `[speaking
# in Russian]`, `[answers in English]`, maybe with how he was heard after a semicolon or comma.
_SPEAKS_IN = re.compile(r"(?:[Ss]peaks|[Ss]peaking|[Ss]poke|[Rr]epl(?:ies|ying)|[Aa]nswers|"
                        r"[Aa]nswering)\s+in\s+(?i:" + "|".join(map(re.escape, LANGUAGES)) +
                        r")(?:\s*[;,]\s*[^\[\]]{1,60})?\Z")
# A speaker the transcript's editors identify only in doubt, or not at all, in a label:
# `UNIDENTIFIED [probably Dobrynin]:`, `[Unidentified speaker, probably Ornstein]:`.
_DOUBTED_SPEAKER = re.compile(r"(?i:probably|possibly|presumably|perhaps|apparently|likely|"
                              r"unidentified|unknown)\b")
# That a speaker goes on, first in his turn: `ZHUKOV. [Continues] Comrades, ...`, `[Continues
# reading]`, `[Resumes]` (the whole content, lower case).
_GOES_ON = frozenset(f"{words}{stop}" for words in (
    "continues", "continuing", "continues reading", "continuing reading", "continues speaking",
    "resumes", "resuming", "resumes reading", "resumes speaking")
    for stop in ("", "."))
# Elements whose content may hold a stage direction (TEI's macro.paraContent); in the others
# (a speaker label, a name, a gloss, a stamp) the bracket is an editorial note.
_STAGE_PARENTS = frozenset(tag(name) for name in (
    "p", "supplied", "unclear", "note", "stage", "sic", "salute", "signed", "dateline", "seg"))
_NOTE_RESP = {"sic": "#translator", "translator": "#translator"}  # else the archive's
_SPEAKER = tag("speaker")


def is_page_note(content: str) -> bool:
    """Is a bracket with this content a page marker (`Page 5`, `end of page 54`, `page break`)?"""
    note = _note_kind(content.strip().lower())
    return note is not None and note.lastgroup == "page"


def _note_kind(lower: str) -> re.Match | None:
    """`_NOTE_KIND.match(lower)`, without the stamp's alternatives where they cannot match."""
    if "stamp" in lower or "seal" in lower:
        return _NOTE_KIND.match(lower)
    return _NOTE_KIND_UNSTAMPED.match(lower)


def _square(parent: etree._Element, group: Group, text: str, context: Context, before: str,
            after: str) -> None:
    """Decide what a square bracket is, from its content and its neighbours; append it."""
    raw = text[group.start + 1:group.end - 1]   # group.raw(text)
    parent_tag = parent.tag   # read once: lxml makes a new string each time it is asked
    stripped = raw.strip()
    lower = stripped.lower()
    if len(group.children) == 1 and isinstance(group.children[0], Group) and \
            group.children[0].open == "[" and group.children[0].start == group.start + 1 and \
            group.children[0].end == group.end - 1:
        inner = group.children[0]
        cert = {"cert": "low"} if inner.raw(text).rstrip().endswith("?") else {}
        _content(add(parent, "unclear", rend="double-brackets", **cert), inner, text, context)
    elif lower in _SQUARE_GAPS:   # `[unclear]`, `[inaudible]` alone: in brackets only
        _gap(parent, f"[{raw}]", _SQUARE_GAPS[lower], {})
    elif gap := _gap_kind(raw, lower):
        _gap(parent, f"[{raw}]", *gap)
    elif stripped in context.footnotes and _FOOTNOTE_REF.fullmatch(stripped):
        # The reference holds the bracket's content as printed: `[ 1 ]` keeps its spaces.
        add(parent, "ref", raw, type="footnote", target=f"#note-{stripped}", rend="brackets")
    elif note := _note_kind(lower):
        _keyword_note(parent, note, group, text, context)
    elif parent_tag in _STAGE_PARENTS and _turns_to(stripped, before, after):
        # `[Turning to Li Xiannian]`: to whom the speaker turns, as `(to X)` says
        _content(add(parent, "stage", type="delivery", rend="brackets"), group, text, context)
    elif context.in_turn and parent_tag in _STAGE_PARENTS and _bracket_manner(stripped, before,
                                                                               after):
        # `[laughing]`, `[angrily]`, `[in a raised voice]`: how he spoke, as `(laughing)`
        _content(add(parent, "stage", type=stage_type(stripped), rend="brackets"), group, text,
                 context)
    elif context.in_turn and parent_tag in _STAGE_PARENTS and _SPEAKS_IN.match(stripped) and \
            _stands_alone(before, after):
        # `[speaks in Spanish; partially inaudible]`: how he spoke, as `(in Spanish)`
        _content(add(parent, "stage", type="delivery", rend="brackets"), group, text, context)
    elif parent_tag == _SPEAKER and _DOUBTED_SPEAKER.match(stripped):
        # `UNIDENTIFIED [probably Dobrynin]:`: the editors' guess at who speaks, no name of
        # the label (the turn is no one's)
        _note(parent, "editorial", "#archive", group, text, context)
    elif context.in_turn and lower in _GOES_ON and parent_tag in _STAGE_PARENTS and \
            not before.strip():
        # `ZHUKOV. [Continues] Comrades, ...`: the speaker goes on after another's words
        _content(add(parent, "stage", type="delivery", rend="brackets"), group, text, context)
    elif (lower in _STAGE_BRACKETS or _HALL_NOISE.match(lower)) and \
            _stands_alone(before, after) or \
            _APPLAUSE.match(lower) and not before[-1:].isalpha() or \
            _VOICES.match(stripped) and _in_room(stripped, context.in_turn) or \
            context.in_turn and lower.rstrip(".").endswith(_NOISE_VERBS) and \
            _NAMED_NOISE.match(stripped) and _stands_alone(before, after) or \
            context.in_turn and lower.startswith(_GESTURE_WORDS) and \
            _BARE_GESTURE.match(lower) and _stands_alone(before, after):
        # `[Pause.]`, `[Voices: "Shame!"]`, `[Nods]`: what happened in the room, as `(laughs)`
        # is in parentheses.
        if parent_tag in _STAGE_PARENTS:
            _content(add(parent, "stage", type="action", rend="brackets"), group, text, context)
        else:
            _note(parent, "editorial", "#archive", group, text, context)
    elif before[-1:].isalpha():  # inside a word: Com[rade], F[oreign]
        _content(add(parent, "supplied", reason="expansion", resp="#translator"), group, text,
                 context)
    elif names_holder(stripped, before):
        # `Prime Minister [Djuanda]`: who the post's holder is; the persons pass marks him.
        _content(add(parent, "supplied", reason="identification", resp="#translator"), group,
                 text, context)
    elif _is_gloss(stripped, before, after):
        _content(add(parent, "gloss", resp="#translator"), group, text, context)
    else:
        _sentence_or_words(parent, group, text, context, stripped, before, after)


# What the editors say the document is, in a bracket alone in its paragraph or ending it after a
# sentence (`[Speech delivered at the Iraqi National Assembly, Baghdad, 17 September 1980]`,
# `[Cable No. 312 of 14 April]`, `[Letter of 5 May]`, `[Excerpt from the diary]`,
# `[Translated from Russian]`): their note, no words the translator supplied (lower case).
_DESCRIBES_DOCUMENT = re.compile(r"(?:speech|address|statement|remarks|report) (?:delivered|"
                                 r"given|made|read) (?:at|to|before|in|on)\b|"
                                 r"(?:ciphered )?(?:cable|telegram|dispatch|message|letter) "
                                 r"(?:no\.|nos?\b|number\b)|(?:letter|cable|telegram) of\b|"
                                 r"(?:excerpts?|extracts?) from\b|translated from\b")


def _sentence_or_words(parent: etree._Element, group: Group, text: str, context: Context,
                       stripped: str, before: str, after: str) -> None:
    """A square bracket that is no marker, note, gloss or part of a word: an action in the
    room, the editors' statement (a sentence of its own), or words the translator supplied."""
    remark = _is_remark(stripped, before, after)   # asked once for both branches
    if parent.tag in _STAGE_PARENTS and (remark or context.in_turn and
                                         _between_sentences(stripped, before, after)) and \
            _room_action(stripped, context.in_turn):
        # `[Zhou waves his hand.]`, `[Noise in the hall.]`: what happened in the room; in a
        # turn without its full stop too (`[Zhou Enlai shows him a Western newspaper]`)
        _content(add(parent, "stage", type="action", rend="brackets"), group, text, context)
    elif remark and context.in_turn and parent.tag in _STAGE_PARENTS and \
            _TURNED_TO.match(stripped):
        # `[Premier Zhou turned to Huan Xiang.]`: to whom he speaks next, as `[Turning to X]`
        _content(add(parent, "stage", type="delivery", rend="brackets"), group, text, context)
    elif parent.tag in _STAGE_PARENTS and _at_this(stripped, before, after):
        # `[At this point Dr. Schröder read a statement, ... attached as Annex I.]`: its last
        # word may look like an initial, which no remark ends with
        _content(add(parent, "stage", type="action", rend="brackets"), group, text, context)
    elif remark or context.in_turn is False and len(stripped.split()) > 12 and \
            not before.strip() and not after.strip() or \
            not after.strip() and _DESCRIBES_DOCUMENT.match(stripped.lower()) and \
            (not before.strip() or before.rstrip()[-1] in ".!?"):
        _note(parent, "editorial", "#archive", group, text, context)
    else:
        reason = "variant" if _respelling(stripped, before) or _place_again(stripped, before) or \
            _abbreviation(stripped, before) or _titles_spelt_out(stripped, before) or \
            _body_again(stripped, before) or _site_translated(stripped, before) \
            else "clarification"
        _content(add(parent, "supplied", reason=reason, resp="#translator"), group, text, context)


# The first letters by which romanizations of one Korean or Chinese sound differ (`Jagang
# [Chagang]`, `Pukchong [Bukcheong]`, `Rodong [Nodong]`, `Tsinghua [Qinghua]`, Wade-Giles's
# `Renmin [Jenmin]`, the North's `Nyongbyon [Yongbyon]`), as (one, the other).
_INITIAL_SHIFTS = (("ch", "j"), ("k", "g"), ("p", "b"), ("t", "d"), ("r", "n"), ("r", "l"),
                   ("r", "j"), ("ny", "y"), ("hs", "x"), ("ts", "q"))
# The Korean surname the North spells `Ri` and the South `Yi`, `Lee` or `Rhee` (keys): too
# short and too unlike for the shifts, one name all the same (`Ri Jong-ok [Yi Jong-ok]`).
_LEE = frozenset({"ri", "yi", "lee", "rhee"})


def _respelling(content: str, before: str) -> bool:
    """Is a bracket of one to three capitalized words the name just before it spelt another
    way (`Haiphong [Hai Phong]`, `Hungnam [Heungnam]`, `Jagang [Chagang]`, `Dien Bien Phu
    [Điện Biên Phủ]`): the same letters but for spaces, or most of them from the same first
    letter or one a romanization shifts? A variant of the name, not words supplied."""
    words = content.split()
    if not 1 <= len(words) <= 3 or not words[0][:1].isupper() or before[-1:] != " ":
        return False
    # A word in small letters only where the name is written again with its accents: `Rude
    # Pravo [Rudé právo]`, the paper's name as printed.
    printed = before.rsplit(None, 3)[-3:]
    if not printed or not printed[-1][:1].isupper():
        return False   # each name tried below ends with the last word: none is a name's
    capitalized = all(w[:1].isupper() for w in words)
    other = _name_key(words)
    # `Denktash [Denktaş]`: the key folds `ş` to `s`, which `sh` begins
    spelt = _name_key(content.translate(_DIGRAPHS).split()) if capitalized else None
    for count in (1, 2, 3):
        name = printed[-count:]
        if len(name) == count and all(w[:1].isupper() for w in name) and \
                (_respelt(_name_key(name), other) or
                 _name_key(" ".join(name).translate(_DIGRAPHS).split()) == spelt
                 if capitalized else count == len(words) and _name_key(name) == other):
            return True
    return False


# The letters of the Turkish, Romanian, Albanian and South Slavic alphabets that English
# spells with two (`Denktaş` is `Denktash`, `Ranković` `Rankovich`), spelt so: a name with one
# and the name spelt in English are one name, not a name and a longer word it begins.
_DIGRAPHS = str.maketrans({"\u015f": "sh", "\u015e": "Sh", "\u0219": "sh", "\u0218": "Sh",
                           "\u0161": "sh", "\u0160": "Sh", "\u00e7": "ch", "\u00c7": "Ch",
                           "\u010d": "ch", "\u010c": "Ch", "\u0107": "ch", "\u0106": "Ch",
                           "\u017e": "zh", "\u017d": "Zh"})


def _name_key(words: list[str]) -> str:
    """The key of a name's words, a first word that spells Lee (`_LEE`) keyed as `lee`."""
    first = N.key(words[0])
    return ("lee" if first in _LEE else first) + N.key(" ".join(words[1:]))


def _titles_spelt_out(content: str, before: str) -> bool:
    """Is a bracket the words just before it with their abbreviated titles written out (`Lt.
    Gen. Willi Damm [Lieutenant General Willi Damm]`)? The same name another way, a variant,
    no clarification."""
    words = content.split()
    if not 2 <= len(words) <= 8 or before[-1:] != " " or "." not in before:
        return False
    printed = before.rsplit(None, len(words))[-len(words):]
    return len(printed) == len(words) and printed != words and \
        N.full_title(" ".join(printed)) == " ".join(words)


def _place_again(content: str, before: str) -> bool:
    """Does a bracket name the place that the capitalized words just before it name another
    way, respelt or translated (`Long Chau [Longzhou]`, `Bang Tuong [Pingxiang]`, `Peking
    [Beijing]`: `places.other_name`; `Republic of China [Taiwan]`: `places.same_place`)? A
    variant of the name, as a respelling is. Not a town named after the word before it
    (`Stalin [Stalingrad]`, `Kirov [Kirovograd]`): the bracket says which towns bear his name."""
    if before[-1:] not in (" ", "\u00a0") or not places.known_place(content):
        return False
    words = _capitalized_before(before)
    if words and N.key(content) != N.key(words[-1]) and " " not in content.strip() and \
            N.key(content).startswith(N.key(words[-1])):
        return False
    return places.other_name(words, content) is not None or \
        places.same_place(content, before) is not None


def _capitalized_before(before: str) -> list[str]:
    """The capitalized words that end `before`, at most four (`Long Chau`, `Fatah`)."""
    words: list[str] = []
    for word in reversed(before.rsplit(None, 4)[-4:]):   # the last words: not all split
        if not word[:1].isupper():
            break
        words.insert(0, word)
    return words


def _body_again(content: str, before: str) -> bool:
    """Does a bracket name the body that the capitalized words just before it name another way
    (`Fatah [al-Fatah]`: `places.body_named`)? A variant of the name, as a place's is."""
    if before[-1:] not in (" ", "\u00a0"):
        return False
    named = places.body_named(content)
    if named is None:
        return False
    words = _capitalized_before(before)
    return any(places.body_named(" ".join(words[k:])) == named for k in range(len(words)))


# The last words of a site's name that a translation keeps (`Köztársaság Square [Republic
# Square]`, `Andrássy Street [Stalin Street]`, `Margit Bridge [Margaret Bridge]`).
_SITE_HEADS = frozenset({"Square", "Street", "Avenue", "Boulevard", "Bridge"})


def _site_translated(content: str, before: str) -> bool:
    """Is a bracket of capitalized words ending in a site's head (`_SITE_HEADS`) the site
    named just before it with the same head, its name translated (`Köztársaság Square
    [Republic Square]`)? The same square another way, a variant, as a respelling is."""
    words = content.split()
    if not 2 <= len(words) <= 4 or words[-1] not in _SITE_HEADS or \
            not all(word[:1].isupper() for word in words):
        return False
    printed = _capitalized_before(before) if before[-1:] in (" ", "\u00a0") else []
    return len(printed) >= 2 and printed[-1] == words[-1]


def _respelt(one: str, two: str) -> bool:
    """Are two name keys one name spelt two ways (see `_respelling`)? Not a name and a longer
    word it begins (`Korea [Korean]`, `Kim Il [Kim Il Sung]`): an adjective, a completion."""
    if one == two:
        return True
    if one.startswith(two) or two.startswith(one):
        return False
    return N.spelt_alike(one, two, _INITIAL_SHIFTS)


def _abbreviation(content: str, before: str) -> bool:
    """Is a bracket an acronym after a name in mixed case, the name's abbreviation (`Joint
    Institute for Nuclear Research [JINR]`, `Treaty on the Non-Proliferation of Nuclear
    Weapons [NPT]`, `Main Administration for Reconnaissance [HVA]`, in the original's
    language too)? Another name of what the words name, as a respelling is. Not after a
    lower-case word (`the Trombay reactor [CIRUS]`, `10 million [US] dollars`: the translator
    says which), a possessive (`the Comintern's [ECCI]`), a body's head with no word that
    says which body (`the Party [PZPR]`, `the People's Army [KPA]`: which, as `the Premier
    [Zhou Enlai]` says who) or text in capitals."""
    if not N.ACRONYM.fullmatch(content) or before[-1:] != " ":
        return False
    name = []                                # the name's last capitalized words, last first
    for word in reversed(before.rsplit(None, _NAME_WORDS)[-_NAME_WORDS:]):
        if not word[:1].isupper() or not _NAME_WORD.fullmatch(word):
            break
        name.append(word)
    if not name or name[0].isupper() or name[0].endswith(("'s", "\u2019s")):
        return False
    if places.body_named(content) is not None and _place_alone(before, len(name)):
        return False   # `New York [UN]`: the body there (not `Workers' Party of Korea [WPK]`)
    return name[0] not in places.ORG_HEADS or \
        any(word not in places.GENERIC_MODIFIERS for word in name[1:])


# The words of a name before an acronym that `_abbreviation` reads (`Polish United Workers'
# Party [PZPR]`), and what such a word is: letters, a hyphen's parts, an apostrophe
# (`Workers'`, `People's`).
_NAME_WORDS = 6
_NAME_JOINERS = frozenset({"of", "for", "on"})   # a place's name inside a body's


def _place_alone(before: str, count: int) -> bool:
    """Do the last of the `count` capitalized words ending `before` name a place, not after
    `of`, `for` or `on` (`to New York`, `In New York`; not `Workers' Party of Korea`)?"""
    words = before.rsplit(None, count + 1)
    for k in range(min(count, 4), 0, -1):
        if places.known_place(" ".join(words[-k:])):
            return len(words) <= k or words[-k - 1] not in _NAME_JOINERS
    return False
_NAME_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*(?:['\u2019]s?)?")


# A sentence standing between sentences: `[The meeting ended at 10:20 p.m.]`.
_SENTENCE_END = re.compile(r"[.!?\u2026][\"'\u201d\u2019)]?\Z")
_PERSONAL = {"i", "we", "me", "us", "my", "our", "ours", "you", "your", "yours"}


def _lone_sentence(content: str, before: str, after: str) -> bool:
    """`content` is a sentence of two words or more (a capital, a closing full stop, question
    or exclamation mark) between sentences, or at the start or end of its text, that says no
    'I', 'we' or 'you': a record's statement, not a speaker's words."""
    words = content.split()
    if len(words) < 2 or not content[:1].isupper() or not _SENTENCE_END.search(content):
        return False
    if before.strip() and not _SENTENCE_END.search(before.rstrip()):
        return False
    following = after.lstrip()
    if following and not (following[:1].isupper() or following[:1] in "\"\u201c\u2018'"):
        return False
    # The words of a quotation are the quoted speaker's: `[Jan Masaryk later said: "I went
    # to Moscow ..."]` is the editors' sentence, as `[We said: "..."]` is no such one.
    if '"' in content or "\u201c" in content:
        unquoted = _QUOTED.sub(" ", content).split()
        words = unquoted if len(unquoted) >= 2 else words
    return not any(word.strip(".,;:!?\"'()\u201c\u201d\u2018\u2019").lower() in _PERSONAL
                   for word in words)


def _between_sentences(content: str, before: str, after: str) -> bool:
    """Does a capitalized bracket stand between a speaker's sentences, with no full stop of
    its own (`That. [Zhou Enlai shows him a Western newspaper] These are rumors.`): the end of
    a sentence or nothing before it, and no lower-case word after it?"""
    return content[:1].isupper() and \
        (not before.strip() or _SENTENCE_END.search(before.rstrip()) is not None) and \
        not after.lstrip()[:1].islower()


def _is_remark(content: str, before: str, after: str) -> bool:
    """A bracket that is the editors' statement of what happened, a sentence on its own:
    `He left. [The meeting ended at 10:20 p.m.]`.

    A translator supplies words for a sentence (`[the Soviet Union]`, `[Premier Zhou] said`):
    lower case, no full stop, or the sentence goes on after it. A sentence in the speaker's
    first person (`[We will send them.]`) is supplied speech; a list ending in `etc.` or an
    initial (`[Zhou Enlai, Chen Yi etc.]`) is no sentence.
    """
    if not _lone_sentence(content, before, after):
        return False   # (most brackets: the word test below is not needed)
    last = content.split()[-1] if content else ""
    return last.lower() != "etc." and not re.fullmatch(r"[A-Z]\.", last)


# What a bracketed sentence says happened in the room, not what an editor says of the record:
# a noise of the audience (`[Noise in the hall.]`, `[Stormy applause.]`, `[Voices in the hall:
# "Shame!"]`, `[Voice from the floor: ...]`: voices only in the room, not `[Voice of America
# reported ...]`), or a participant, named, `he`/`she` or `the` and his office (`_OFFICE`),
# doing something with his hands, his head, his eyes, his feet or his voice (`[Zhou waves his
# hand.]`, `[Assad raised his voice.]`, `[Ranković looked at Tito.]`, `[The Premier showed a
# map.]`, `[Stalin paced the room.]`) or going out of the room or into it (`[Marshal Konev left
# the room.]`), alone or two of them (`[Zhou Enlai and Chen Yi nodded.]`). `[The meeting ended
# at 10:20 p.m.]` is neither.
_IN_THE_HALL = r"\s+(?:in|from)\s+(?:the\s+)?(?:hall|room|floor|audience|seats|gallery)\b"
_ROOM_NOISE = re.compile(r"(?:(?:general|loud|long|prolonged|stormy|brief|some)\s+)?"
                         r"(?:noise|commotion|uproar|murmur\w*|shouts|stir|laughter|applause|"
                         r"silence|animation|cries|exclamations|"
                         rf"voices?(?=:|{_IN_THE_HALL}))\b",
                         re.IGNORECASE)
# Voices in the room and what they said, needing no sentence: `[Voices: "Shame!"]`, `(Voices:
# "Correct!")`, `(Voice from the hall: Enough)`, `[Voices in the hall]`, `(Cries of "Shame!")`.
# `[Voice of America reported it.]` is none.
_VOICES = re.compile(r"(?:(?:some|several|many|loud|individual)\s+)?"
                     rf"(?:voices?|cries|shouts|exclamations)(?:{_IN_THE_HALL})?(?:\s*:|\.?\Z)|"
                     r"(?:cries|shouts|exclamations)\s+of\b", re.IGNORECASE)
# Voices and cries are the room's only in a turn or in a few words: `[Cries of the wounded could
# be heard from the street.]` in a letter is the author's, as the editors' is any bracket that
# says who reported it (`..., the consul reports.]`, `[Applause ... was reported by Pravda.]`).
_CRIES = re.compile(r"(?:\w+\s+)?(?:voices?|cries|shouts|exclamations)\Z", re.IGNORECASE)
_REPORTER = re.compile(r"\b(?:(?:it\s+)?(?:is|was|were|are)\s+reported|according\s+to)\b|"
                       r",\s+(?:the\s+)?\w+(?:\s+\w+)?\s+(?:reports|reported|writes|wrote|says|"
                       r"said|adds|added|notes|noted|informs|informed)\b")
_QUOTED = re.compile(r'"[^"]*"|\u201c[^\u201d]*\u201d')   # what the voices said: `"Shame!"`
_FEW_WORDS = 6
_GESTURE = re.compile(
    r"(?:(?P<the>The\s+)|(?!(?:The|This|That|It|There|These|Those)\b))"
    r"(?P<subject>(?:[A-Z][\w'\u2019.\-]*\s+){1,3})"
    # two participants together: `[Zhou Enlai and Chen Yi nodded.]`
    r"(?:and\s+(?:[A-Z][\w'\u2019.\-]*\s+){1,3})?"
    r"(?:waves?|waved|waving|rais(?:es|ed|ing)|lower(?:s|ed)|shak(?:es|ing)|shook|nod(?:s|ded)|"
    r"point(?:s|ed)|gestur(?:es|ed)|shrug(?:s|ged)|laugh(?:s|ed)|smil(?:es|ed)|frown(?:s|ed)|"
    r"shout(?:s|ed)|whisper(?:s|ed)|tap(?:s|ped)|bang(?:s|ed)|slam(?:s|med)|thump(?:s|ed)|"
    r"cries|cried|weeps|wept|sobs|sobbed|"
    # the same going on: `[Dubček is crying.]`, `[Kosygin is smiling.]`
    r"(?:is|are|was|were)\s+(?:crying|weeping|sobbing|smiling|laughing|grinning|frowning|"
    r"waving|nodding|shaking|shrugging|pointing|gesturing|shouting|whispering|tapping|"
    r"banging|pacing|interrupting|interjecting|(?:looking|glancing)\s+at|"
    r"(?:standing|getting|jumping)\s+up|sitting\s+down)|"
    r"(?:stands|stood|gets|got|jumps|jumped) up|rises|rose|sits|sat|interrupt(?:s|ed)|"
    r"interject(?:s|ed)|"
    r"(?:looks|looked|glances|glanced) at|hand(?:s|ed)|pac(?:es|ed)|"
    # a movement in or out of the room: `[Marshal Konev left the room.]`
    r"(?:left|leaves|entered|enters|(?:returned|returns|came\s+back|comes\s+back)\s+to|"
    r"(?:came|comes|walked|walks)\s+(?:back\s+)?into)\s+the\s+(?:room|hall)|"
    # what is shown is a thing in the hand: `[Figures showed a decline.]` is no gesture
    r"show(?:s|ed)\s+(?:[\w'\u2019\-]+\s+){0,4}(?:maps?|lists?|photo(?:graph)?s?|pictures?|"
    r"charts?|tables?|diagrams?|letters?|files?|papers?|notes?|cards?|sketch(?:es)?|models?|"
    r"books?|newspapers?|telegrams?|cables?|notebooks?|drawings?))\b")
# The offices a participant is called by after `The` (`[The Premier showed a map.]`): the
# title words that end a title, not those that only begin one (`The Party`, `The First`).
_OFFICE = frozenset(N.TITLES - {"Vice", "Prime", "Foreign", "Defense", "Defence", "First",
                                "Second", "Third", "Party", "Trade", "Executive", "Acting",
                                "Deputy", "Members", "Head", "Leader", "Chief", "Federal",
                                "State"})


# A participant turning to another, the whole of a bracketed sentence: `[Premier Zhou turned
# to Huan Xiang.]`, `[Kosygin turns to the interpreter.]`; `[China turned to Moscow for help.]`
# says more than to whom.
_TURNED_TO = re.compile(
    r"(?!(?:The|This|That|It|There|These|Those)\b)(?:[A-Z][\w'\u2019.\-]*\s+){1,3}"
    r"turn(?:s|ed)\s+(?:back\s+)?to\s+(?:the\s+(?:interpreter|translator)|"
    r"[A-Z][\w'\u2019\-]*(?:\s+[A-Z][\w'\u2019\-]*){0,3})\.\Z")


def _at_this(content: str, before: str, after: str) -> bool:
    """Is a bracketed sentence between sentences `at this point` and a participant's act (`[At
    this point Dr. Schröder read a statement.]`, `[At this moment the Chairman left.]`), as
    `_AT_THIS` reads a parenthesis? After `the`, an office: `[At this point the text breaks
    off.]` is the editors' note."""
    opener = _AT_THIS.match(content)
    if opener is None or not content.endswith(".") or _NOT_ACTION.match(content) or \
            before.strip() and not _SENTENCE_END.search(before.rstrip()) or \
            after.lstrip()[:1].islower():
        return False
    if opener.group().endswith("the"):
        return content[opener.end():].split(None, 1)[0] in _OFFICE
    return True


def _room_action(content: str, in_turn: bool) -> bool:
    """Is a bracketed sentence a stage direction: a noise in the room or a participant's
    gesture (`_ROOM_NOISE`, `_GESTURE`), not about the text (`_NOT_ACTION`)?"""
    if _NOT_ACTION.match(content):
        return False
    if noise := _ROOM_NOISE.match(content):
        return _in_room(content, in_turn) if _CRIES.match(noise[0]) else \
            not _REPORTER.search(content)
    gesture = _GESTURE.match(content)
    # After `The`, the subject is an office (`The Premier`), not a thing (`The meeting`).
    return bool(gesture) and (not gesture.group("the") or
                              gesture.group("subject").split()[-1] in _OFFICE)


def _in_room(content: str, in_turn: bool) -> bool:
    """Are the voices or cries a bracket tells of the room's: said by no reporter, and in a turn
    or told in a few words (what they cried, in quotation marks, aside)?"""
    told = _QUOTED.sub("", content) if '"' in content or "\u201c" in content else content
    return not _REPORTER.search(told) and \
        (in_turn or len(told.split(":", 1)[0].split()) <= _FEW_WORDS)


def _stands_alone(before: str, after: str) -> bool:
    """Does a stage word in brackets stand alone (`[Break]`, `We agree. [Noise.] Good.`), not
    inside a word (`[Break]fast`) nor as the subject of the sentence it opens (`[Noise] was the
    word used`): no letter before it, and after it the end, punctuation, or a space and no
    lower-case word?"""
    if before[-1:].isalpha():
        return False
    rest = after.lstrip()
    if rest is after:
        return not after[:1].isalnum()
    return not rest[:1].islower()


# To whom a speaker turns, opening a bracket: `[Turning to Li Xiannian]`, `[Turning to
# Kosygin]`, `[Addressing Gromyko]`, `[turning to the interpreter]`, and in the present tense
# as a record's stage says it: `[Turns to Li Xiannian]`, `[Addresses Gromyko]`.
_TURNS_TO = re.compile(r"(?:[Tt]urn(?:ing|s)\s+to|[Aa]ddress(?:ing|es))\s")


def _bracket_manner(content: str, before: str, after: str) -> bool:
    """Is a bracket in a turn how or to whom the speaker spoke, as a parenthesis of
    `_is_manner` is (`Premier Chou: [laughing] He is also a poet.`, `[smiling ironically]`,
    `[in a raised voice]`), standing alone? Not a capitalized word in -ly alone: `Palermo
    [Sicily].`, `Mr. [Kelly]` are names."""
    if content[:1].isupper() and content.split(None, 1)[0].rstrip(".").endswith("ly"):
        return False
    return _stands_alone(before, after) and _is_manner(content, before)   # the cheaper first


def _turns_to(content: str, before: str, after: str) -> bool:
    """Is a bracket the speaker turning to someone between his sentences (`Welcome. [Turning to
    Kosygin] Aleksei Nikolayevich, note this.`), a stage as `(to X)` is? Someone named or one
    of `_ADDRESSEE`'s, in a few words; inside a sentence (`said [turning to the question]
    that`) the translator supplied it."""
    opener = _TURNS_TO.match(content)
    if opener is None or len(content.split()) > 8 or \
            before.strip() and not _SENTENCE_END.search(before.rstrip()) or \
            after.lstrip()[:1].islower():
        return False
    return _ADDRESSEE.match(content) is not None or \
        any(word[:1].isupper() for word in content[opener.end():].split())


def _gap_kind(raw: str, lower: str) -> tuple[str, dict[str, str]] | None:
    """The @reason (and a stated amount) of a marker of a passage left out, or None.

    `lower` is the stripped, lower-case content of the bracket or parenthesis `raw`.
    """
    # Substring tests first: most contents hold no such word, and a pattern costs more.
    if lower.endswith(_GAP_PLACE_ENDINGS):
        lower = _GAP_PLACE.sub("", lower)   # `[Two lines illegible in the copy.]`
    if " by " in lower and len(lower) <= 80:   # a marker's length: the search stays short
        lower = _GAP_BY.sub("", lower)      # `[Text deleted by the archive]`
    if lower.startswith(_LACUNA_WORDS) and (marker := _LACUNA.fullmatch(lower)):
        return "omitted", _stated_amount(marker)        # `[Gap of two lines]`, `[lacuna]`
    marker = None
    if len(lower) <= 80 and lower.endswith(_GAP_ENDINGS):
        marker = _GAP_MARKER.fullmatch(lower)
    if marker is None and raw.lstrip()[:1].isupper() and len(lower) <= 80 and \
            lower.endswith(_PHRASE_GAP_ENDINGS) and _PHRASE_GAP.fullmatch(lower):
        return "redacted", {}               # `[Classification level blacked out]`
    if marker is None and "redacted" in lower and _REDACTED.search(lower) and len(lower) < 60:
        return "redacted", {}
    if ("." in raw or "\u2026" in raw) and _OMISSION.fullmatch(raw):
        return "omitted", {}
    if marker is None and lower.endswith(("inaudible", "inaudible.")) and \
            _OVERLAP_INAUDIBLE.fullmatch(lower):
        return "unclear", {}                # `[Several speakers at once; inaudible]`
    if marker is None:
        return None
    reason = marker.lastgroup
    if not (marker.group("unit") or marker.group("what")) and marker.group(reason) in _NEEDS_WHAT:
        return None
    return reason, _stated_amount(marker)


def _stated_amount(marker: re.Match) -> dict[str, str]:
    """The quantity and unit a gap marker states, or none where it states no amount
    (`[several lines deleted]`, `[last line illegible]`, `[lacuna]`)."""
    groups = marker.groupdict()
    unit, amount = groups["unit"], groups["amount"]
    if unit is None or groups.get("bound") or groups.get("vague") or amount is None and \
            (groups.get("position") or groups["plural"]):
        return {}
    if amount is None:
        value = 1   # `[word illegible]`
    elif amount in _AMOUNTS:
        value = _AMOUNTS[amount]
    else:
        value = sum(0.5 if part == "1/2" else float(part) if "." in part else int(part)
                    for part in amount.replace("\u00bd", " 1/2").split())
    if groups.get("half"):
        value += 0.5
    return {"quantity": str(value), "unit": _UNITS[unit]}


def _keyword_note(parent: etree._Element, note: re.Match, group: Group, text: str,
                  context: Context) -> None:
    """A note `_NOTE_KIND` recognised: `[sic]`, `[page 2]`, `[stamp: ...]`..."""
    kind = note.lastgroup
    if kind == "stamp":
        _content(add(parent, "stamp", rend="brackets"), group, text, context)
        return
    _note(parent, kind, _NOTE_RESP.get(kind, "#archive"), group, text, context)
    if kind == "page":
        # The page that begins here: the one after an "end of page N" note, else N itself;
        # `[page break]` does not say which.
        number = note.group("page_number")
        if number is None:
            add(parent, "pb")
        else:
            add(parent, "pb", n=str(int(number) + (1 if "end" in note.string else 0)))


def _content(element: etree._Element, group: Group, text: str, context: Context) -> None:
    """Build a group's content into `element`, new and empty."""
    children = group.children
    if len(children) == 1 and isinstance(children[0], str):
        element.text = children[0]   # text only (most brackets): what `_build_items` writes
        return
    _build_items(element, children, text, context)


def _note(parent: etree._Element, kind: str, resp: str, group: Group, text: str,
          context: Context) -> None:
    """A bracketed note: its content is built, its brackets are only a `rend`."""
    _content(add(parent, "note", type=kind, place="inline", rend="brackets", resp=resp), group,
             text, context)


def _gap(parent: etree._Element, desc: str, reason: str, amount: dict[str, str]) -> None:
    """A gap whose `desc` holds the printed marker; `unclear` holds an unclear one."""
    if reason == "unclear":
        parent = add(parent, "unclear")
    add(add(parent, "gap", reason=reason, resp="#archive", **amount), "desc", desc)


# The posts whose holder a bracket after them names: `the Albanian charge d'affaires [Haki
# Toska]`, `Prime Minister [Djuanda]`, `the Yugoslav ambassador [Vidić]` (the post's last word,
# lower case). Not the title words that are ordinary words too (`general`, `major`, `head`).
_POSTS = frozenset({"ambassador", "d'affaires", "d\u2019affaires", "minister", "premier",
                    "president", "vice-president", "chairman", "vice-chairman", "secretary",
                    "secretary-general", "consul", "consul-general", "counsellor", "counselor",
                    "attache", "attach\u00e9", "envoy", "marshal", "chancellor", "governor",
                    "mayor", "king", "emperor", "generalissimo",
                    # the Church's (`The Cardinal [Wyszyński]`, `the Primate [Wyszyński]`)
                    "cardinal", "archbishop", "bishop", "primate", "patriarch", "nuncio"})


# What a bracket after a post says that is no holder's name: the post's qualifier (`the
# ambassador [Designate]`, `the charge d'affaires [Ad Interim]`, `[a.i.]`, lower case), the
# first word of a place's name by its shape (`[Upper Volta]`, `[North Yemen]`); a place of
# the gazetteer (`the ambassador [Bamako]`, `[Conakry]`) is none either (`names_holder`).
_POST_QUALIFIERS = frozenset({"designate", "designee", "elect", "emeritus", "ad", "interim",
                              "a.i.", "extraordinary", "plenipotentiary", "acting", "honorary",
                              "resident", "pro", "tem", "tempore"})
_PLACE_FIRSTS = frozenset({"Upper", "Lower", "North", "South", "East", "West", "Northern",
                           "Southern", "Eastern", "Western", "Central", "New", "Greater", "Inner",
                           "Outer"})
# The names of bodies with no head noun (`the ambassador [Red Cross]`), by key.
_BODIES = frozenset(N.key(name) for name in (*places.ORG_NAMES, *places.ORG_OTHER_NAMES,
                                             *places.ORG_ABBREVIATIONS))


# A post of a party or of its Central Committee just before a bracket, the party by its
# abbreviation: `the First Secretary of the CC CPCz [Alexander Dubček]`, `General Secretary
# of the SED [Erich Honecker]`, `First Secretary of the MSZMP CC [János Kádár]`, `Secretary
# of the CC of the CPSU [...]`. The bracket names the post's holder, not what the
# abbreviation stands for.
_POST_OF_PARTY = re.compile(r"(?<![\w'\u2019\-])(?P<post>[\w'\u2019\-]+)[ \u00a0]+of[ \u00a0]+"
                            r"(?:the[ \u00a0]+)?(?:CC[ \u00a0]+(?:of[ \u00a0]+the[ \u00a0]+)?)?"
                            r"(?P<party>\w+)(?:[ \u00a0]+CC)?[ \u00a0]$")


# A post of a ministry or another department just before a bracket, the department in
# capitalised words: `the Minister of Defense [Martin Dzúr]`, `the Minister of Foreign
# Affairs [Jan Marko]`. Not an acronym (`Secretary of the ORI [Integrated Revolutionary
# Organizations]`: its expansion), nor a name after the department (`Minister of Trade Jin
# Ban-su [Jin Ban Su]`: `_department_words`).
_POST_OF_DEPARTMENT = re.compile(r"(?<![\w'\u2019\-])(?P<post>[\w'\u2019\-]+)[ \u00a0]+of"
                                 r"[ \u00a0]+(?:the[ \u00a0]+)?"
                                 r"(?P<department>(?:[A-Z][a-z][\w'\u2019\-]*[ \u00a0]+){1,3})$")


def names_holder(content: str, before: str) -> bool:
    """Does a bracket name the person holding the post just before it: one to three
    capitalised name words after a post word, or after a post of a party (`_POST_OF_PARTY`),
    and none of them a people, a place, a body, an acronym, a possessive or the post's
    qualifier? In capitals after a post in capitals (`THE PREMIER [ZHOU ENLAI]`), as a
    label in capitals prints the whole, no abbreviation of a body or party."""
    if before[-1:] != " ":
        return False
    post = before.rsplit(None, 1)[-1:]   # the last word: not all of `before` split
    if not post or post[0].lower() not in _POSTS and not _post_of_party(before) and \
            not _post_of_department(before):
        return False
    words = content.split()
    if not 1 <= len(words) <= 3 or content.endswith(("'s", "\u2019s")) or \
            words[0] in _PLACE_FIRSTS or N.key(content) in _BODIES or \
            places.known_place(content):
        return False
    capitals = post[0].isupper() and len(post[0]) > 1
    return all(w[:1].isupper() and N._name_word(w) and
               (not w.isupper() or N.is_initials(w) or
                capitals and w not in places.ORG_ABBREVIATIONS) and
               w not in N.NATIONALITIES and w not in places.ORG_HEADS and
               w.lower() not in _POST_QUALIFIERS and not places.known_place(w)
               for w in words)


def _post_of_party(before: str) -> bool:
    """Does `before` end in a post of a party or its Central Committee (`_POST_OF_PARTY`)?
    Read in its last characters only: the post is a few words; and only when its last word
    is a party's abbreviation or `CC` (most brackets), which the pattern ends in."""
    last = before.rsplit(None, 1)[-1:]
    if not last or last[0] != "CC" and last[0] not in N.PARTY_ABBREVIATIONS:
        return False
    match = _POST_OF_PARTY.search(before, max(0, len(before) - 80))
    return match is not None and match.group("post").lower() in _POSTS and \
        match.group("party") in N.PARTY_ABBREVIATIONS


def _post_of_department(before: str) -> bool:
    """Does `before` end in a post of a department (`_POST_OF_DEPARTMENT`)? Read in its last
    characters only, and only when its last word is capitalised (most brackets are not)."""
    last = before.rsplit(None, 1)[-1:]
    if not last or not last[0][:1].isupper() or " of " not in before[-60:]:
        return False
    match = _POST_OF_DEPARTMENT.search(before, max(0, len(before) - 60))
    return match is not None and match.group("post").lower() in _POSTS and \
        _department_words(match.group("department").split()) and \
        not _AFTER_HOLDER.search(before, max(0, match.start() - 40), match.start())


# A holder's name and a comma before a post (`Gyula Kállai, Minister of Culture [Popular
# Education]`, as participant lists print it): the post is his, its bracket the post's gloss.
_AFTER_HOLDER = re.compile(r"[A-Z][\w'\u2019\-]*+,[ \u00a0]$")


def _department_words(words: list[str]) -> bool:
    """Are these a department's words, none of a name: no hyphened word, no given name, no
    East Asian surname (`Trade Jin Ban-su` holds a holder's name already)?"""
    return all("-" not in w and not N.is_given_name(w) and w not in N.KOREAN_SURNAMES and
               w not in N.CHINESE_SURNAMES and w not in N.VIETNAMESE_SURNAMES for w in words)


# The `(b)` of the Bolsheviks' party after its abbreviation (`VKP(b)`, `C.P.S.U.(B.)`).
_BOLSHEVIKS_B = ("(b)", "(B)", "(b.)", "(B.)")
# Foreign words the records print and translate in a bracket after them, which no name's
# words are: the Khmer Rouge's `Angkar [the Organization]`.
_FOREIGN_TERMS = {"Angkar"}


def _is_gloss(content: str, before: str, after: str = "") -> bool:
    """A translator's explanation of the term just before: `gifts [special products]`."""
    if not before or before[-1:] != " " or not (before.rstrip()[-1:].isalnum() or
                                                before.rstrip().endswith(_BOLSHEVIKS_B)):
        return False
    if writes_currency_out(content, before):
        return True                          # `Rp. 1,500,000 [Rupiah]`: the amount's currency
    previous = before.rsplit(None, 1)[-1]   # the last word: not all of `before` split
    if previous in _FOREIGN_TERMS:
        return True                          # `Angkar [the Organization]`: it translated
    if previous.endswith(_BOLSHEVIKS_B):     # `C.P.S.U.(B.)`, `VKP(b)`: the acronym's letters
        previous = previous[:previous.rfind("(")].replace(".", "")
    words = content.split()
    if (previous.isupper() and len(previous) >= 2 and previous.isalpha() or
            _MIXED_ABBREVIATION.fullmatch(previous)) and words and \
            words[0][:1].isupper() and (len(words) > 1 or places.known_place(content)) and \
            words[0].lower() not in _FUNCTION and words[0].lower() not in _PREPOSITIONS:
        # An acronym and its expansion, `NRB [Narodna Republika Bulgaria]`, or the place it
        # stands for, `PRC [China]`; one other word after capitals names who is meant, as in
        # mixed case: `FILIPPOV [STALIN]`, `FYN SI [Stalin]`. Not a title and given names
        # completing the surname after them (`FOREIGN MINISTER [Rear Admiral Ismael] HUERTA`):
        # the persons pass makes them the name's. Nor a person after a state's or body's
        # abbreviation ending a body's name (`Ministry of Foreign Affairs of the USSR [Comrade
        # A.A. Gromyko]`): its head, as after `USSR Academy of Sciences`, a clarification.
        # Words opening with a preposition or an article expand nothing (`SOVIET RADIO [FROM
        # TERMEZ]`, a cable's capitals): supplied, as in small letters.
        if (words[0] in N.HONORIFICS or N.is_initials(words[0])) and \
                (previous in places.ORG_ABBREVIATIONS or places.known_place(previous)):
            return False
        return N.completion_titles(content) < 0
    if len(words) < 2 or len(words) > 8:
        return False
    if words[0] == "the" and _place_term_named(words, before):
        return True                          # `Truong Son road [the Ho Chi Minh Trail]`
    if previous in _HEADS_AFTER_NAME and _body_name_translated(words, before, previous):
        return True                          # `the Tudeh party [People's Party of Iran]`
    if words[0].lower().strip(",") in _FUNCTION or words[-1].lower() in _FUNCTION or \
            words[0].lower() in _PREPOSITIONS or words[0].lower() in _CLAUSE_OPENERS:
        return False
    if any(w.lower() in ("we", "i", "you", "they", "us", "them", "our") for w in words):
        return False
    if words[0] in _PARTICIPLES and (words[1] in _FUNCTION or words[1] in _PREPOSITIONS):
        return False   # `prisoners [held by the enemy]`: what the noun is, words supplied
    if previous[:1].isupper() or previous.lower() in _FUNCTION or \
            previous.lower() in _PREPOSITIONS or previous[-1:].isdigit():
        return False
    if _verb_before(before):
        return False  # `to transport [military aid] through`: the verb's object, supplied
    if _inside_phrase(previous.lower(), after):
        return False  # `increased [military and economic] assistance`: words of the phrase
    # Lower-case words, or with an acronym among them (`launchers [SAM complexes]`).
    return all(w.islower() for w in words) or any(w.islower() for w in words) and \
        all(w.islower() or _ACRONYM.fullmatch(w) for w in words)


# Conjunctions that open a clause: a bracket opening with one is the translator's clause
# (`had been beaten [while leaving the building]`), no other word for the term before it.
_CLAUSE_OPENERS = frozenset({"while", "whilst", "because", "although", "though", "unless",
                             "whereas", "whether", "where", "whose", "how", "why"})
# Words before a noun that say how much or which of it, and name nothing a gloss could
# explain: a bracket after one is inside the phrase (`more [economic] aid`).
_QUANTIFIERS = frozenset({"more", "further", "additional", "greater", "less", "fewer", "much",
                          "many", "some", "any", "all", "such", "own", "other", "every", "each",
                          "several", "certain"})


def _inside_phrase(previous: str, after: str) -> bool:
    """Does a bracket stand inside a noun phrase, after a participle (in -ed, not a noun in
    -eed) or a quantity word (`_QUANTIFIERS`) and before the phrase's next word in small
    letters (`increased [military and economic] assistance`)? `previous` in lower case."""
    return after[:1] == " " and after[1:2].islower() and \
        (previous in _QUANTIFIERS or len(previous) > 4 and previous.endswith("ed") and
         not previous.endswith("eed"))


# A body's head in small letters after its name (`the Tudeh party`), and the small words a
# body's name written out may hold (`People's Party of Iran`).
_HEADS_AFTER_NAME = frozenset({"party", "front", "movement"})
_BODY_NAME_SMALL_WORDS = frozenset({"of", "the", "and", "for"})


def _body_name_translated(words: list[str], before: str, head: str) -> bool:
    """Is a bracket of capitalized words holding `head` capitalized, after a name and the
    head in small letters (`the Tudeh party [People's Party of Iran]`), the name in English:
    a gloss of the same body, as an acronym's expansion is? Not after an article (`the party
    [Communist Party of Iran]` says which party)."""
    printed = before.rsplit(None, 2)[-2:]   # the last words: not all of `before` split
    return len(printed) == 2 and printed[0][:1].isupper() and printed[0].isalpha() and \
        printed[0].lower() not in _FUNCTION and head.capitalize() in words and \
        all(w[:1].isupper() or w in _BODY_NAME_SMALL_WORDS for w in words)


def _place_term_named(words: list[str], before: str) -> bool:
    """Is a bracket `the` and a capitalized name after a place's name and a noun in small
    letters (`the Truong Son road [the Ho Chi Minh Trail]`): the name English knows the term
    by, its gloss? After a people's word (`the Soviet tanker [the Lugansk]`) it says which."""
    if not all(w[:1].isupper() for w in words[1:]):
        return False
    printed = before.rsplit(None, 4)[-4:]   # the last words: not all of `before` split
    if len(printed) < 2 or not printed[-1].isalpha() or not printed[-1].islower() or \
            printed[-1] in _FUNCTION or printed[-1] in _PREPOSITIONS:
        return False
    name = _capitalized_before(" ".join(printed[:-1]) + " ")
    return any(places.known_place(" ".join(name[k:])) for k in range(len(name)))


# A Russian abbreviation in mixed case, of its words' first syllables and letters (`GKEhS`,
# `GlavPU`, `MinVneshTorg`): three capitals or more, or two and the last letter one; a name
# with two (`McDonald`, `MacArthur`, `LaGuardia`) is none.
_MIXED_ABBREVIATION = re.compile(r"[A-Z][a-z]{0,4}[A-Z][a-z]{0,4}[A-Z][A-Za-z]{0,8}|"
                                 r"[A-Z][a-z]{0,4}[A-Z]")
# An acronym, accented too, with a hyphened part (`SAM`, `ČTK`, `SS-20`).
_ACRONYM = re.compile(N.ACRONYM.pattern + r"(?:-[A-Z0-9]+)?")
# Past participles that open a clause after a noun, a preposition or an article after them
# (`prisoners [held by the enemy]`, `the weapons [sent to Cuba]`): the translator's words
# saying which, no other name for the noun.
_PARTICIPLES = frozenset({"held", "taken", "made", "given", "sent", "captured", "delivered",
                          "received", "supplied", "provided", "promised", "granted", "built",
                          "produced", "stationed", "deployed", "occupied", "seized", "signed",
                          "adopted", "shipped", "kept", "left", "brought", "bought", "sold"})
# Words after which the next word is a verb: `to`, a pronoun that is a subject, a modal.
_VERB_OPENERS = {"to", "we", "they", "i", "you", "he", "she", "will", "would", "can", "could",
                 "should", "must", "may", "might", "shall", "not", "did", "do", "does"}


def _verb_before(before: str) -> bool:
    """Is the word just before a bracket a verb, by the word before it (`to transport`, `they
    transport`)? A plural noun (`to workers`) ends in a single `s`; a verb after these words
    does not (`to discuss` ends in two)."""
    words = before.rsplit(None, 2)   # the last two words (and the rest, unsplit)
    if len(words) < 2 or words[-2].lower() not in _VERB_OPENERS:
        return False
    verb = words[-1].lower()
    return not (verb.endswith("s") and not verb.endswith("ss"))


def _paren_kind(group: Group, text: str, context: Context, before: str = "",
                after: str = "") -> tuple | None:
    """What a parenthesis is, when it is not the author's: `("gap", reason, amount)`,
    `("note", kind)` or `("stage",)`."""
    raw = group.raw(text).strip()
    if f"({raw})" in context.footnotes and before.strip():
        return ("ref",)   # `Suez (1) but`, its note `(1) ...` ending the body (segment.py)
    lower = raw.lower()
    if (gap := _gap_kind(raw, lower)) and not (raw == "GAP" and before[-1:] == " " and
                                               before[-2:-1].isalpha()):
        # (illegible), (excised), (...); not the acronym in capitals after the words it
        # abbreviates, inside a sentence: `his personal guard (GAP).`, Allende's guard
        return "gap", *gap
    if re.match(r"not (?:yet )?reviewed|not proofread|not yet proof ?read", lower):
        return "note", "editorial"
    if note := _PAREN_NOTE_KIND.match(lower):  # (sic), (Translator's note: ...), (signature)
        return "note", note.lastgroup
    if context.record_note and not before.strip() and not after.strip():
        return "note", "editorial"   # `(The conversation continued over lunch.)` alone
    if _DELIVERY.match(raw) and _said_by(before, after):
        return "stage",   # `Deng Xiaoping (smiling) answered`: in a turn or not
    if not context.in_turn and _room_noise(raw, lower, before, after):
        return "stage",   # `(Applause)` in a speech printed without turns
    if context.in_turn and _TIME_OPENER.match(raw):
        if _AT_THIS.match(raw) or _when_stage(raw) and not _inside_clause(before, after) or \
                _is_action(raw, before, after) or _is_manner(raw, before):
            return "stage",
        return None
    if context.in_turn and (_STAGE_START.match(raw) and _stage_like(raw) or
                            _STAGE_WORDS.search(raw) and len(raw.split()) <= 25 or
                            _is_action(raw, before, after) or _is_manner(raw, before) or
                            _VOICES.match(raw) or
                            _HALL_NOISE.match(lower) and _stands_alone(before, after)):
        return "stage",
    return None


# A gesture or a manner that goes with the words after it, as a present participle: `(Looking
# at Malenkov) Tomorrow.`, `(Raising his voice) Never.`, `(Shaking his head) No.`.
_MANNER = re.compile(r"(?:looking|glancing|raising|lowering|shaking|nodding|pointing|gesturing|"
                     r"waving|showing|handing|holding up|smiling|laughing|frowning|sighing|"
                     r"shrugging|shouting|whispering|standing up|rising|sitting down|leaning|"
                     r"pacing|tapping|banging|turning)\b", re.IGNORECASE)


# What happened in the room before or as the words were said, after `after`, `before` or
# `while`: a participle (`(After greeting one another, ...)`, `(after consulting Shakkur)`,
# `(while shaking hands)`), a pause or a break (`(after a pause)`, `(after a long silence)`,
# `(After the break)`), or a participant (named, `he`/`she`/`they`, `the` and his office, the
# interpreter, the translation) who finished, left, stood up, translated... (`(After the
# translation ended)`, `(after Zhou finished speaking)`), the clause complete or ending at a
# comma. A year, a date, a period, an event (`(after the war)`, `(before the Congress)`,
# `(after 1956)`, `(after the war ended)`) is the speaker's, and so is his own act (`(after I
# left)`). `during` opens the same: `(during the applause)`, `(during a pause)`.
_WHEN_STAGE = re.compile(
    r"(?:[Aa]fter|[Bb]efore|[Ww]hile|[Dd]uring)\s+(?:"
    r"(?!(?:morning|evening|spring|thing|nothing|something|anything|everything|bring|"
    r"during)\b)[a-z]+ing\b|"
    r"(?:a|an|some|the)\s+(?:[a-z]+\s+)?(?:pause|silence|hesitation|break|recess|interval|"
    r"applause|laughter|ovation|greetings)\b|"
    r"(?:the\s+(?:(?P<office>[A-Z]\w+)|translation|interpretation|interpreters?|"
    r"translators?|guests|delegations?|delegates|participants)|he|she|they|"
    r"(?!(?:The|This|That|It|There|These|Those|I|We|You)\b)(?:[A-Z][\w'\u2019.\-]*\s+){0,2}"
    r"[A-Z][\w'\u2019.\-]*)\s+(?:had\s+)?"
    r"(?:finished|ended|left|spoke|sat\s+down|stood\s+up|rose|returned|entered|arrived|"
    r"translated|paused|replied|answered|conferred|consulted|(?:was|were)\s+[a-z]+ing)"
    r"(?:\s+(?:speaking|talking|reading|translating|the\s+(?:room|hall)|again))?"
    r"\s*(?:,|\.?\Z))")


def _inside_clause(before: str, after: str) -> bool:
    """Does a parenthesis stand between two words of one clause (`was changed (before
    signing) by`), where it is the author's, and not beside a verb of saying (`Kim (after a
    pause) said`, `he said (after a pause) that`)?"""
    if not before.rstrip()[-1:].isalnum() or not after.lstrip()[:1].islower():
        return False
    last = before.rsplit(None, 1)[-1:]   # the last word: not all of `before` split
    return not _SAID.match(after) and not (last and last[0].lower() in N.SPEECH_VERBS)


def _when_stage(raw: str) -> bool:
    """Does a parenthesis opening with `after`, `before`, `while` or `during` say what
    happened in the room (`_WHEN_STAGE`)? After `the`, a capital word is an office (`the
    Chairman left`), not an event (`the Congress ended`)."""
    when = _WHEN_STAGE.match(raw)
    return bool(when) and (not when.group("office") or when.group("office") in _OFFICE)


# How the speaker spoke, opening a parenthesis: a voice or a tone (`(In a raised voice)`, `(in
# a low voice)`, `(in a joking tone)`, `(in a whisper)`) or a language, nothing after it but a
# comma (`(in English)`, `(In Russian, to Gromyko)`); `(in other words)`, `(in Russian in the
# original)` are the speaker's or the translator's.
_SPOKEN = re.compile(r"\s*[Ii]n\s+(?:a|an)\s+(?:[a-z\-]+\s+){0,2}?(?:voice|tone|whisper|"
                     r"undertone)\b|"
                     r"\s*[Ii]n\s+(?:broken\s+|fluent\s+)?(?i:"
                     + "|".join(map(re.escape, LANGUAGES))
                     + r")\s*(?:,|\.?\)?\s*\Z)")


# How the speaker spoke, the whole parenthesis: an adverb of manner (`(angrily)`, `(very
# calmly)`; an -ly word not of time, degree, certainty or order, nor a noun, `_NOT_MANNER`), a
# feeling (`(agitated)`, `(visibly irritated)`, `(laughing)`), `with` and a feeling (`(with
# irritation)`, `(with a smile)`), or two of them (`(smiling ironically)`, `(calmly, with a
# smile)`). A `)` may end it: a speaker label's stage reaches `stage_type` with it.
_NOT_MANNER = ("only|early|family|july|italy|reply|supply|apply|rally|daily|weekly|monthly|"
               "yearly|quarterly|respectively|approximately|apparently|reportedly|allegedly|"
               "supposedly|probably|presumably|possibly|formerly|previously|originally|"
               "initially|literally|partly|mostly|mainly|nearly|merely|namely|likely|"
               "unlikely|roughly|especially|particularly|finally|subsequently|simultaneously|"
               "actually|really|exactly|certainly|surely|naturally|obviously|evidently|"
               "currently|recently|lately|shortly|immediately|accordingly|consequently|"
               "similarly|additionally|alternatively|orally|verbally|jointly|separately|"
               "unanimously|officially|unofficially|personally|directly|indirectly|publicly|"
               "secretly|fully|partially|entirely|completely|largely|briefly|generally|"
               "usually|normally|typically|basically|essentially|primarily|secondly|thirdly|"
               "firstly|lastly|formally|informally|practically|theoretically|assembly|"
               "anomaly|monopoly|costly|elderly|timely|deadly|orderly")
_FEELINGS = ("agitated|excited|irritated|annoyed|angry|angered|indignant|upset|moved|touched|"
             "nervous|embarrassed|surprised|astonished|amazed|amused|pleased|calm|emotional|"
             "heated|animated|offended|outraged|furious|sarcastic|ironic|ironical|smiling|"
             "laughing|grinning|frowning|sighing|crying|weeping|sobbing|joking|shouting|"
             "whispering")
_FEELING_NOUNS = ("irritation|annoyance|anger|indignation|emotion|feeling|excitement|"
                  "agitation|irony|sarcasm|humou?r|smile|laugh|laughter|sigh|grin|passion|"
                  "heat|warmth|surprise|astonishment|satisfaction|bitterness|enthusiasm|pride|"
                  "regret|sadness|contempt|scorn|disdain|impatience|animation")
_HOW = (r"(?:(?:very|rather|somewhat|visibly|clearly|extremely|quite|slightly|deeply|"
        r"a\s+little|more|most)\s+)?"
        rf"(?:(?!(?:{_NOT_MANNER})\b)[a-z]{{3,}}ly|{_FEELINGS})\b|"
        rf"with\s+(?:[a-z]+\s+){{0,2}}?(?:{_FEELING_NOUNS})\b")
_DELIVERY = re.compile(rf"\s*(?:{_HOW})(?:(?:,\s*|\s+and\s+|\s+)(?:{_HOW}))?\.?\)?\s*\Z",
                       re.IGNORECASE)
# To whom a speaker turns who has no name: `(to somebody in the room)`, `(to everyone)`,
# `(addressing those present)`, `(to the interpreter)`. (`(To Gromyko)`: `_stage_like`.)
_ADDRESSEE = re.compile(r"(?:to|addressing|turning to)\s+(?:somebody|someone|everybody|everyone|"
                        r"all\s+present|those\s+present|the\s+others|(?:the|his|her)\s+"
                        r"(?:interpreter|translator|secretary|aide|assistant|neighbou?r|"
                        r"colleague|audience|participants|delegates|stenographer)s?)\b",
                        re.IGNORECASE)


def _is_manner(raw: str, before: str) -> bool:
    """A short parenthesis of what the speaker did or how or to whom he spoke as he spoke
    (opening with a participle of `_MANNER`, `_DELIVERY`, `_ADDRESSEE` or `_SPOKEN`), at the
    start of a speech or of a sentence in it: inside a sentence (`the prospects (looking
    ahead) are good`) it is the author's."""
    # Where it stands is asked first: most brackets stand inside a sentence, and that look at
    # the end of `before` costs less than the four patterns (both are asked either way).
    if before.strip() and _SENTENCE_END.search(before.rstrip()) is None:
        return False
    return _DELIVERY.match(raw) is not None or bool(
        (_MANNER.match(raw) or _ADDRESSEE.match(raw) or _SPOKEN.match(raw)) and
        len(raw.split()) <= 8 and ":" not in raw)


# A verb of saying after a name and a parenthesis of manner: `Deng Xiaoping (smiling)
# answered that ...`, `Mao Zedong (laughing) said`.
_SAID = re.compile(r"[ \t]*(?:" + "|".join(N.SPEECH_VERBS) + r")\b")


def _said_by(before: str, after: str) -> bool:
    """Does the parenthesis stand between a person, by name or `he`/`she`, and what he said, or
    between his verb of saying and the words he said in quotation marks (`He said (smiling)
    "We shall see."`)?"""
    if before[-1:] != " ":
        return False
    last = before.rsplit(None, 1)[-1:]   # the last word: not all of `before` split
    if not _SAID.match(after):
        return bool(last) and after.lstrip()[:1] in _QUOTE_MARKS and \
            last[0].lower() in N.SPEECH_VERBS
    return bool(last) and last[0][:1].isupper() and last[0][-1:].isalpha()


_QUOTE_MARKS = ("\"", "\u201c")   # (`_said_by`; the slice of an empty text is none of them)
# The speaker going out or coming in, a sentence of the record: `(Tears up the draft
# resolution. Leaves the chamber.)`, `(Entered the hall.)`.
_LEAVES_ROOM = re.compile(r"\b(?:[Ll]eaves|[Ll]eft|[Ee]nters|[Ee]ntered|[Ww]alks\s+out\s+of|"
                          r"[Ww]alked\s+out\s+of|[Rr]eturns\s+to|[Rr]eturned\s+to)\s+the\s+"
                          r"(?:chamber|hall|room|rostrum|tribune|podium)\b")


def _room_noise(raw: str, lower: str, before: str, after: str) -> bool:
    """Is a parenthesis outside turns, as a speech printed without them has it, the room's
    noise or its voices, as a bracket is (`(Applause)`, `(Prolonged applause)`, `(Voices:
    "Shame!")`), or a sentence of the record that the speaker leaves or comes in (`(Tears up
    the draft resolution. Leaves the chamber.)`)? Other words in parentheses are the
    author's there (`(the so-called Mukti Bahini)`)."""
    return lower in _STAGE_BRACKETS and _stands_alone(before, after) or \
        _VOICES.match(raw) is not None and _in_room(raw, False) or \
        _LEAVES_ROOM.search(raw) is not None and _is_action(raw, before, after)


# Words of an editor's or a reader's remark, not of what happens in the room: `(See
# Appendix 2.)`, `(Emphasis added.)`, `(Underlined in the original.)`, `(This is important.)`.
_NOT_ACTION = re.compile(r"(?:see|cf|note|this|that|these|those|it|there|such|i\.e|e\.g)\b|"
                         r".*\b(?:original|emphasis|underlined|italics|page|document|translat\w*|"
                         r"quoted?|sic)\b", re.IGNORECASE)


def _is_action(raw: str, before: str, after: str) -> bool:
    """A parenthesised sentence of the record in a turn, on its own: `We agree. (Commotion in
    the hall.) Go on.`, `Good. (Reads the letter again.)`.

    As a bracketed remark (`_lone_sentence`), ending in a full stop, at most 25 words, with no
    `word: ` (a source, a note) and not about the text (`_NOT_ACTION`).
    """
    return raw.endswith(".") and len(raw.split()) <= 25 and not re.search(r":\s", raw) and \
        not _NOT_ACTION.match(raw) and _lone_sentence(raw, before, after)


def _stage_like(raw: str) -> bool:
    words = raw.split()
    if words[0] in ("to", "To", "addressing", "Addressing", "turning", "Turning"):
        return len(words) <= 8 and any(w[:1].isupper() for w in words[1:])
    return len(words) >= 2


def _paren(parent: etree._Element, kind: tuple, group: Group, text: str,
           context: Context) -> None:
    """A gap, a stage direction, a note or a stamp (as `_paren_kind` says); its parentheses
    are text: the gap's `desc`, the first and last characters of the others."""
    raw = group.raw(text)
    if kind[0] == "gap":
        _gap(parent, f"({raw})", *kind[1:])
        return
    if kind[0] == "ref":
        add(parent, "ref", f"({raw})", type="footnote", target=f"#note-{raw.strip()}")
        return
    if kind[0] == "stage":
        element = add(parent, "stage", type=stage_type(raw))
    elif kind[1] == "stamp":
        element = add(parent, "stamp")
    else:
        element = add(parent, "note", type=kind[1], place="inline",
                      resp=_NOTE_RESP.get(kind[1], "#archive"))
    element.text = "("
    _build_items(element, group.children, text, context)
    append_text(element, ")")


def stage_type(raw: str) -> str:
    """`delivery` for to whom or how words are said (`(to X)`, `(angrily)`, `(smiling)`,
    `(with irritation)`, `(in a low voice)`, `(in English)`), `action` for what people do."""
    return "delivery" if re.match(r"\s*(?:to|addressing|turning to)\b", raw, re.IGNORECASE) \
        or _DELIVERY.match(raw) or _SPOKEN.match(raw) else "action"


def _mark_sic(parent: etree._Element) -> None:
    """Wrap the word before each `[sic]` note in `sic`, or the words quoted just before it
    (`the "sovereign German Democratic Republic" [sic]`: the words inside the quotation marks).

    The notes of one element are done together, on one level string and with one wrap:
    one at a time, a paragraph of thousands of them was rebuilt for each.
    """
    notes: dict[etree._Element, list[etree._Element]] = {}
    for note in parent.iter(_NOTE):
        if note.get("type") == "sic":
            notes.setdefault(note.getparent(), []).append(note)
    for owner, owned in notes.items():
        text, marks = level(owner)
        index = {child: mark for child, mark in zip(owner, marks)}
        spans = []
        for note in owned:
            word = _word_before(text, index[note])
            if word is not None:
                span = _post_of(text, *word) if _CORRECTION.match(note.text or "") else None
                spans.append((*(span or _place_of(text, *word)), new("sic")))
            elif (quoted := _quoted_before(text, index[note])) is not None:
                spans.append((*quoted, new("sic")))
        wrap_all(owner, spans, (text, marks))


# The capitalised words before a place's last word that may be of its name (`West` of `West
# Germany`, `Soviet` of `Soviet Union`, `Kim Il Sung` of `Kim Il Sung Square`), one space
# before each, and the `of the` of a building's or a state's (`Great Hall of the` of `Great
# Hall of the People`, `Democratic People's Republic of` of its `Korea`), or the `de` of a
# city's (`Santiago de` of `Santiago de Cuba`).
_NAME_WORDS_BEFORE = re.compile(r"(?:[A-Z][\w\-]*+(?:['\u2019]s)?+ (?:of (?:the )?|de |es )?)"
                                r"{1,3}\Z")


def _place_of(text: str, start: int, end: int) -> tuple[int, int]:
    """The span of the place a word marked `[sic]` ends, when its name is more words than it
    (`West Germany [sic]` questions West Germany, `Red Square [sic]` Red Square, as the
    places pass reads them); else the word's."""
    if not text[start:start + 1].isupper():
        return start, end
    words = _NAME_WORDS_BEFORE.search(text, max(0, start - 40), start)
    if words is not None:
        begin = words.start()
        for word in words.group().split(" ")[:-1]:
            name = text[begin:end]
            if word[0].isupper() and (
                    places.known_place(name) or places.building_name(name) or
                    places.park_name(name, text[max(0, begin - 10):begin])):
                return begin, end   # the longest name first
            begin += len(word) + 1
    return start, end


# A `[sic: ...]` that corrects what is before it (`Minister of Foreign Affairs [sic: Deputy
# Chairman of the Council of Ministers]`), and the capitalized words of a post before its last
# word, with their `of`, `for`, `and` (`Minister of Foreign `).
_CORRECTION = re.compile(r"sic[ \u00a0]*:")
_POST_JOINER = re.compile(r" (?:of|for) ")
_POST_WORDS_BEFORE = re.compile(r"(?:[A-Z][\w\-]*+ (?:(?:of|for|and) (?:the )?)?){1,5}\Z")


def _post_of(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span of the post a word a `[sic: ...]` corrects ends (`Minister of Foreign
    Affairs`: the post, not `Affairs`): from its first title word; None for no post."""
    if not text[start:start + 1].isupper():
        return None
    words = _POST_WORDS_BEFORE.search(text, max(0, start - 80), start)
    if words is None:
        return None
    begin = words.start()
    for word in words.group().split(" ")[:-1]:
        if word in N.TITLES:   # a post's `of` or `for`: `Ambassador Soebandrio [sic: ...]` a name
            return (begin, end) if _POST_JOINER.search(text, begin, end) else None
        begin += len(word) + 1
    return None


_WORD_CHAR = re.compile(r"[\w\u00c0-\u024f'\u2019\-]")
_SPACE_CHAR = re.compile(r"\s")


# Closing quotation marks and their openers, and how far back an opener is looked for (a
# quotation a `[sic]` questions is a few words: `"still in control" [sic]`).
_QUOTES = {'"': '"', "\u201d": "\u201c"}
_MOST_QUOTED = 200


def _quoted_before(text: str, at: int) -> tuple[int, int] | None:
    """The span of the words inside the quotation that closes before `at`, across white
    space: from an opening mark after no letter or digit, on the same line, to the closing
    one; else None."""
    end = at
    while end and _SPACE_CHAR.match(text, end - 1):
        end -= 1
    if not end or text[end - 1] not in _QUOTES:
        return None
    start = text.rfind(_QUOTES[text[end - 1]], max(0, end - 1 - _MOST_QUOTED), end - 1)
    if start < 0 or start + 1 >= end - 1 or text[start - 1:start].isalnum() or \
            text[start + 1].isspace() or "\n" in text[start:end]:
        return None
    return start + 1, end - 1


def _word_before(text: str, at: int) -> tuple[int, int] | None:
    """The span of the word before `at`, across white space (word characters as in
    _WORD_CHAR), found backwards from `at` rather than by a search over all the text before.

    A number is one word across its separators: `4,500 [sic]` questions 4,500, not 500.
    """
    end = at
    while end and _SPACE_CHAR.match(text, end - 1):
        end -= 1
    start = end
    while start and _WORD_CHAR.match(text, start - 1):
        start -= 1
    while 2 <= start < end and text[start - 1] in ",." and "0" <= text[start - 2] <= "9" and \
            "0" <= text[start] <= "9":
        start -= 1
        while start and _WORD_CHAR.match(text, start - 1):
            start -= 1
    return (start, end) if start < end else None
