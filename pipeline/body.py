"""Build the TEI `div` of a document from its blocks: paragraphs, turns, gaps, notes.

The whitespace between blocks is the source's own, kept as tails, so that the text export
restores the layout.
"""

from __future__ import annotations

import re
from dataclasses import replace

from lxml import etree

from .inline import append_text, forget_levels
from .markup.brackets import Context, build, stage_type
from .segment import Block, head_fields, opening_dateline, page_number, part_bounds, record_note
from .tei import XML_ID, E, add, tag


def build_div(body: str, blocks: list[Block], warnings: list[str]) -> etree._Element:
    """Return `<div type="translation">` holding every block of `body`; a page of several
    documents (a cover letter and its enclosure, headed `Document 2`, `Enclosure`) holds a
    `<div type="part">` for each, its heading the `head`, each with its own opener and closer
    (TEI allows no division after a closer)."""
    div = E.div(type="translation")
    # the notes' numbers, those numbered in parentheses with them (`(1)`: their markers are)
    footnotes = frozenset(number[number.lastindex] for b in blocks if b.kind == "footnote"
                          for number in (_NOTE_NUMBER.match(b.text.lstrip()),))
    div.text = body[:blocks[0].start] if blocks else body
    noted: set[str] = set()  # the footnote numbers given an id so far
    if not any(block.kind == "head" for block in blocks):
        _fill(div, body, blocks, len(body), footnotes, noted, warnings)
    else:
        for start, stop in part_bounds(blocks):
            part = add(div, "div", type="part")
            end = blocks[stop - 1].end
            _fill(part, body, blocks[start:stop], end, footnotes, noted, warnings)
            # The blank lines between two documents are between their divisions.
            part.tail = body[end:blocks[stop].start] if stop < len(blocks) else body[end:]
    forget_levels()   # the passes read a new tree, built by hand
    return div


def _fill(div: etree._Element, body: str, blocks: list[Block], end: int,
          footnotes: frozenset[str], noted: set[str], warnings: list[str]) -> None:
    """Add the blocks of one document to `div`, the source's whitespace after each as its
    tail, up to `end` after the last."""
    container = div
    goes_on = _turns_going_on(blocks)
    fields_end = _fields_end(blocks)
    for index, block in enumerate(blocks):
        separator = body[block.end:blocks[index + 1].start] if index + 1 < len(blocks) \
            else body[block.end:end]
        context = Context(in_turn=block.kind == "turn" or block.continues_turn,
                          footnotes=footnotes, line=block.line, warnings=warnings,
                          record_note=block.kind == "p" and record_note(block.text))
        if container is not div and block.continues_turn and \
                (block.kind == "p" or block.kind == "page" and goes_on[index]):
            # The blank line before this paragraph now lies inside the turn.
            container[-1].tail = (container[-1].tail or "") + (container.tail or "")
            container.tail = separator
            if block.kind == "page":
                _page(container, block.text, context)
            else:
                _stage_alone(container, _paragraph(container, block, context))
            continue
        container = div
        if block.kind == "page":
            _page(div, block.text, context)
        elif block.kind == "turn":
            container = _turn(div, block, context)
        elif block.kind == "gap":
            _gap(div, block, context)
        elif block.kind == "footnote":
            _footnote(div, block, context, noted)
        elif block.kind == "head":
            build(add(div, "head"), block.text, context)
        elif block.kind == "postscript":
            # TEI's own element for it, after the closer: a paragraph there would be invalid.
            _paragraph(add(div, "postscript"), block, context)
        elif block.kind in _CLOSER_PARTS:
            # One closer for the run of closing blocks; the blank lines between them inside it.
            closer = div[-1] if index and blocks[index - 1].kind in _CLOSER_PARTS \
                else add(div, "closer")
            part = _CLOSER_PARTS[block.kind]
            if block.kind == "title" or block.kind in ("signed", "office") and \
                    blocks[index - 1].kind == "office":
                # The signer's office goes into the signature before it, with the blank line;
                # so does the name after an office printed before it, and the archive's
                # `[signature]` between them (`Minister` / `[signature]` / `K. Świtała`).
                holder = closer[-1]
                separator_before = holder.tail or ""
                holder.tail = None
                append_text(holder, separator_before)
            else:
                holder = add(closer, part) if part else closer
            build(holder, block.text, context)
            if index + 1 < len(blocks) and blocks[index + 1].kind in _CLOSER_PARTS:
                append_text(closer, separator)
                continue
        elif block.kind == "salute" and opener_ok(blocks, index):
            div.append(_opener(div, block, context))
        elif index < _HEAD_BLOCKS and "tamp:" in block.text and not block.joins and \
                _STAMP_LINE.fullmatch(block.text):
            # `MFA stamp:   Copy Nº 1` heading the document: a stamp, as in brackets
            build(add(add(div, "p"), "stamp"), block.text, context)
        else:
            _paragraph(div, block, context)
            if index + 1 == fields_end:
                div.append(_opener(div, None, context))
        div[-1].tail = separator


_P = tag("p")
# A stamp printed without brackets, a line of its own among a document's first blocks: up to
# four capitalized words naming whose it is, no article, `stamp:` and what it says (`MFA
# stamp:   Copy Nº 1`, `CC CPSU stamp: ...`, `Stamp: Registered`), as `[CPSU CC stamp: ...]`
# is in brackets; `The rubber stamp: ...`, `We stamp: ...` are sentences.
_STAMP_LINE = re.compile(r"[ \t\u00a0]*(?:(?!(?:The|A|An|This|That|Its|His|Her|Our|Their|We|I|"
                         r"They|He|She|It)\b)(?:[A-Z][\w.\-]*[ \u00a0]+){1,4}[Ss]|S)tamp:"
                         r"[^\n]{0,120}")
_HEAD_BLOCKS = 6   # the blocks a document's head may take: markings, stamps, its numbers

# The closing blocks segment finds, and what each is inside the closer (a reference number,
# the archive's note on the end, a stamp or a resolution, a cable's classification and end
# mark after its signer, the addressee's address and the distribution list under the
# signature are the closer's own text: TEI allows no paragraph after a closer; the signer's
# office is in the signature it follows or precedes).
_CLOSER_PARTS = {"signed": "signed", "valediction": "salute", "dateline": "dateline",
                 "reference": None, "annotation": None, "cable-end": None, "address": None,
                 "distribution": None,
                 "title": "signed", "office": "signed"}


def opener_ok(blocks: list[Block], index: int) -> bool:
    """A salutation opens the letter when only field lines (`To:`, `Level:`) come before it,
    after the page numbers that may head the page (they stay before the opener): no sentence
    of narration (`_narration`), which is no field line."""
    first = 0
    while first < index and blocks[first].kind in ("page", "head"):
        first += 1
    return all(b.kind == "p" and not _narration(b.text) for b in blocks[first:index])


# The words that link a letter's address or a letterhead (`To the Central Committee of the
# CPSU.`): a paragraph of them and names is no sentence of narration.
_LINKING_WORDS = frozenset({"of", "the", "and", "for", "to", "in", "at", "on", "a", "an", "by",
                            "with", "from"})
_NARRATION_WORDS = 8   # a sentence telling what happened, not a field's line


def _narration(text: str) -> bool:
    """Is a paragraph before a salutation a sentence of narration (`Comrade Le Duan, First
    Secretary of the Central Committee, delivered the Political Report on the morning of 14
    December 1976 at the Ba Dinh Hall, Hanoi.`): one line of eight words or more ending in a
    full stop, a lower-case word other than a linking word in it?"""
    text = text.strip()
    if not text.endswith(".") or "\n" in text:
        return False
    words = text.split()
    return len(words) >= _NARRATION_WORDS and \
        any(word.islower() and word.strip(",.;") not in _LINKING_WORDS for word in words)


def _fields_end(blocks: list[Block]) -> int:
    """Where the field lines heading a letter or cable end (segment's `head_fields`), which
    make an opener of their own; 0 when a salutation opens the letter after them, whose
    opener takes them."""
    first = next((index for index, block in enumerate(blocks)
                  if block.kind not in ("p", "page", "head")), None)
    if first is not None and blocks[first].kind == "salute" and opener_ok(blocks, first):
        return 0
    return head_fields(blocks)


def _opener(div: etree._Element, block: Block | None, context: Context) -> etree._Element:
    """Move the field lines already in `div` into an opener, then add the salutation, if any.

    TEI allows an opener only before the paragraphs of a division, so fields that head a cable
    (`Level:`, `To:`, `Content:`) and the addressee's salutation go into it together. A
    letter's dateline among them (`Berlin, 18 January 1961`) is the opener's `dateline`, as a
    closing one is the closer's.
    """
    opener = E.opener()
    fields = [child for child in div if child.tag == _P]
    if len(fields) == len(div):   # else a page number comes first, the space after it its own
        opener.text = div.text
        div.text = None
    for p in fields:
        seg = E.dateline() if opening_dateline("".join(p.itertext())) else E.seg(type="field")
        seg.text, seg[:] = p.text, list(p)
        seg.tail = p.tail
        div.remove(p)
        opener.append(seg)
    if block is not None:
        opener.append(build(E.salute(), block.text, context))
    return opener


def _turns_going_on(blocks: list[Block]) -> list[bool]:
    """For each block, is the next one other than a page number a paragraph of a turn? (A
    page number in a turn that goes on after it stays in the turn's `sp`.)"""
    going_on, following = [False] * len(blocks), False
    for index in range(len(blocks) - 1, -1, -1):
        going_on[index] = following
        if blocks[index].kind != "page":
            following = blocks[index].kind == "p" and blocks[index].continues_turn
    return going_on


def _paragraph(parent: etree._Element, block: Block, context: Context,
               offset: int = 0) -> etree._Element:
    """A `p` of `block.text[offset:]`, with a milestone where a paragraph split by a page break
    was joined and a page break where a page number stands."""
    text = block.text
    p = add(parent, "p")
    cursor = offset
    if text.startswith(("\u2026", "..."), offset) and \
            (leading := _LEADING_ELLIPSIS.match(text, offset)):
        # `…the progress`: an excerpt that opens mid-text, the omission's gap as `...` alone
        add(add(p, "gap", reason="omitted", resp="#archive"), "desc", leading.group())
        cursor = leading.end()
    marks = sorted([(start, start) for start, _ in block.joins if start >= offset] +
                   [span for span in block.pages if span[0] >= offset])
    for start, end in marks:
        build(p, text[cursor:start], context)
        if start == end:
            # The milestone marks the join; the blank lines of the source stay as whitespace.
            add(p, "milestone", unit="paragraph", type="source-break", resp="#converter")
        else:
            _page(p, text[start:end], context)
        cursor = end
    build(p, text[cursor:], context)
    return p


# An ellipsis glued to the word after it at a paragraph's or a turn's start: the text before
# was left out (`…the progress of`, `...We all believed`; not `....`, nor `... and`).
_LEADING_ELLIPSIS = re.compile(r"(?:\u2026|\.\.\.)(?=[^\W_])")

_LABEL_PARTS = frozenset(tag(name) for name in ("speaker", "stage", "note"))


def _stage_alone(sp: etree._Element, p: etree._Element) -> None:
    """A paragraph of a turn that is only a stage direction (`(Applause.)`, `[Laughter]` on
    its own line) is the stage itself, a block of the `sp` as TEI writes one; not while only
    the label stands before it, where the exports would read it as part of the label."""
    if p.text or len(p) != 1 or p[0].tag != _STAGE or p[0].tail or \
            all(child.tag in _LABEL_PARTS for child in sp if child is not p):
        return
    stage = p[0]
    stage.tail = p.tail
    sp.replace(p, stage)


_STAGE = tag("stage")


def _page(parent: etree._Element, line: str, context: Context) -> None:
    """A page number printed alone on its line: the page break, then the number as printed
    (`<pb n="4"/><fw type="pageNum">- 4 -</fw>`); a bracketed page marker is the brackets
    pass's note and page break (`[Page 5]`)."""
    number = page_number(line)
    if number is None:
        build(parent, line, context)
    else:
        add(parent, "pb", n=number)
        add(parent, "fw", line, type="pageNum")


def _turn(parent: etree._Element, block: Block, context: Context) -> etree._Element:
    """An `sp`: the speaker (label as printed), a stage direction in the label, the speech."""
    label, text = block.label, block.text
    speaker_end = (label.stage[0] if label.stage else label.delim_at) if label.delim else label.end
    # Spaces and tabs after the name go between the speaker and a stage direction; a
    # no-break space stays in the speaker, since `sp` may hold no text of its own.
    name = text[:speaker_end].rstrip(" \t")
    sp = add(parent, "sp")
    speaker = build(add(sp, "speaker", rend=label.rend), name, context)
    last = speaker
    if label.stage:
        speaker.tail = text[len(name):label.stage[0]]
        raw = text[label.stage[0]:label.delim_at].rstrip(" \t\u00a0")
        # `(hereafter, Pham)` defines a short form: the translator's note, not a stage direction.
        if raw[:1] == "[" and raw.find("]") == len(raw) - 1:
            # `McNAMARA [to Dobrynin]:`: a stage in brackets, which are no text
            last = build(add(sp, "stage", type="delivery", rend="brackets"), raw[1:-1],
                         replace(context, in_turn=False))
        else:
            holder = add(sp, "note", type="translator", place="inline", resp="#translator") \
                if re.match(r"\((?:hereafter|henceforth|hereinafter)\b", raw, re.IGNORECASE) \
                else add(sp, "stage", type=stage_type(raw[1:]))
            last = build(holder, raw, replace(context, in_turn=False))
    # The delimiter is rendered after the last label element; the separator is its tail.
    last.tail = text[label.delim_at + len(label.delim):label.speech] if label.delim \
        else text[label.end:label.speech]
    if label.speech < len(text):
        _paragraph(sp, block, context, label.speech)
    return sp


def _gap(parent: etree._Element, block: Block, context: Context) -> None:
    """A paragraph that is only a redaction or omission marker is a gap between blocks."""
    if block.text in ("...", "\u2026"):
        add(add(parent, "gap", reason="omitted", resp="#archive"), "desc", block.text)
        return
    holder = build(E.ab(), block.text, context)
    if len(holder) == 1 and not holder.text and not holder[0].tail and \
            holder[0].tag == E.gap().tag:
        parent.append(holder[0])
        return
    # Anything around the marker (spaces, a non-breaking space) is text: keep a paragraph.
    build(add(parent, "p"), block.text, context)


# A note's number: `[1]`'s `1`, `(1)`'s `(1)`, as the markers in the text are read.
_NOTE_NUMBER = re.compile(r"\[([0-9]+)\]|(\([0-9]+\))")


def _footnote(parent: etree._Element, block: Block, context: Context, noted: set[str]) -> None:
    """`[1] text` at the end: the note that the `[1]` markers in the text point to.

    A number can head only one note: the markers point to the first, and a second `[1]` is
    kept as a note without an id (ids must be unique), with a warning.
    """
    match = re.match(r"(\s*)(?:\[([0-9]+)\]|\(([0-9]+)\))", block.text)
    if match.group(1):  # indented: not a note we can point to without losing the indent
        build(add(parent, "p"), block.text, context)
        return
    number = match.group(2) or match.group(3)
    note = add(parent, "note", type="footnote", n=number, place="end", resp="#archive")
    if number in noted:
        context.warnings.append(f"line {block.line}: footnote [{number}] is given a second time; "
                                "the references point to the first, and this one is kept "
                                "without an id")
    else:
        noted.add(number)
        note.set(XML_ID, f"note-{number}")
    if match.group(2):
        add(note, "label", number, rend="brackets")
    else:
        add(note, "label", f"({number})")    # `(1) ...`: the parentheses are text
    build(note, block.text[match.end():], context)
