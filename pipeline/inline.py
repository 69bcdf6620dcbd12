"""The one place that does lxml `.text`/`.tail` surgery.

Inline passes see an element's direct content as a *level string*: its text and the tails of
its children, with each child standing in as one OBJECT character. They find what they want
with regular expressions on that string and call `wrap` to put a span of it (text and whole
children alike) into a new element. Offsets in the level string map back exactly.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from functools import lru_cache
from itertools import accumulate
from operator import itemgetter
from typing import TypeVar

from lxml import etree

from .tei import local, tag

OBJECT = "\ufffc"  # stands for one child element in a level string


def level(parent: etree._Element) -> tuple[str, list[int]]:
    """Return the level string of `parent` and the offsets of its children's OBJECT marks."""
    text, marks, _ = _read_level(parent, None)
    return text, marks


# The level strings the markup passes have read, by element, with the leaf tags asked for
# (`level_with`): each of the four passes reads every element's again, and most elements are
# marked by none of them, so most readings after the first are the same. While the passes run
# only `wrap_all` changes content, and it drops what it changes; the body is built by hand,
# and `forget_levels` drops them all before the passes start. The entries keep their elements
# (lxml's proxies) alive, which makes the passes' walks over the tree cheaper too.
_levels: dict[etree._Element, tuple[str, list[int], dict[int, etree._Element],
                                    frozenset[str] | None]] = {}


def forget_levels() -> None:
    """Drop the level strings `level_with` keeps: a tree has been changed by hand (`body`
    building one), or is done with."""
    _levels.clear()


def level_with(parent: etree._Element, leaf_tags: frozenset[str] | None
               ) -> tuple[str, list[int], dict[int, etree._Element]]:
    """`level(parent)`, and its children with a tag in `leaf_tags` that have no children of
    their own, by the offset of their OBJECT marks (the `supplied` brackets and `sic` words the
    persons pass reads as parts of names), found in the same pass over the children.

    For the markup passes: what an earlier pass read is given again (see `_levels`), the same
    lists and dicts, which no caller changes."""
    known = _levels.get(parent)
    if known is not None:
        if leaf_tags is None:
            return known[0], known[1], {}
        if known[3] == leaf_tags:
            return known[0], known[1], known[2]
    text, marks, leaves = _read_level(parent, leaf_tags)
    _levels[parent] = (text, marks, leaves, leaf_tags)
    return text, marks, leaves


def _read_level(parent: etree._Element, leaf_tags: frozenset[str] | None
                ) -> tuple[str, list[int], dict[int, etree._Element]]:
    """`level_with(parent, leaf_tags)`, read from the tree."""
    text = parent.text or ""
    if len(parent) == 0:
        return text, [], {}   # a leaf (most `supplied` elements): its text is its level string
    parts = [text]            # the text, then each child's tail: OBJECTs go in between
    marks = []
    leaves = {}
    position = len(text)
    for child in parent:
        marks.append(position)
        if leaf_tags is not None and child.tag in leaf_tags and len(child) == 0:
            leaves[position] = child
        tail = child.tail or ""
        parts.append(tail)
        position += 1 + len(tail)
    return OBJECT.join(parts), marks, leaves


_SUPPLIED = tag("supplied")


def plain_supplied(child: etree._Element | None) -> bool:
    """Is `child` a `supplied` bracket of text only, no element inside (`[1957]`, `[of
    cotton]`, `[North]`), whose text the passes read as words next to theirs?"""
    return child is not None and child.tag == _SUPPLIED and len(child) == 0


_SIC, _NOTE = tag("sic"), tag("note")
# The leaves `through_sic` reads through: `level_with(parent, SIC_MARKS)` finds them.
SIC_MARKS = frozenset({_SIC, _NOTE})
Found = TypeVar("Found")   # what a pass found in a span: a date's attributes, a new element


def sic_marks(div: etree._Element) -> frozenset[str] | None:
    """SIC_MARKS, or None when `div` has no `[sic]` mark (most documents): `level_with` then
    reads no child's tag, which costs the passes that read through `[sic]` more than this
    one look at the whole body."""
    for mark in div.iter(_SIC, _NOTE):
        if mark.tag == _SIC or mark.get("type") == "sic":
            return SIC_MARKS
    return None


def through_sic(text: str, leaves: dict[int, etree._Element]
                ) -> tuple[str, list[tuple[int, int]] | None]:
    """`text`, a level string, read through its `[sic]` marks: a `sic` word as its word, a
    `sic` note left out with the space before it, so that `7 <sic>February</sic> [sic]`,
    `<sic>July</sic> [sic] 3` and `1,000,000 <sic>troops</sic> [sic]` read as the dates and
    counts they are. With it, for each character of the reading, the span of `text` it
    stands for (None when there is no `[sic]`: the reading is `text`). Other children stay
    OBJECT marks in the reading."""
    marked = [(at, child) for at, child in leaves.items()
              if child.tag == _SIC or child.get("type") == "sic"]
    if not marked:
        return text, None
    parts: list[str] = []
    spans: list[tuple[int, int]] = []
    last = 0
    for at, child in marked:            # in document order, as `level_with` found them
        word = child.text or "" if child.tag == _SIC else ""
        cut = at - 1 if not word and at > last and text[at - 1] in " \u00a0" else at
        parts += (text[last:cut], word)
        spans += [(i, i + 1) for i in range(last, cut)] + [(at, at + 1)] * len(word)
        last = at + 1
    parts.append(text[last:])
    spans += [(i, i + 1) for i in range(last, len(text))]
    return "".join(parts), spans


def in_level(found: list[tuple[int, int, Found]], spans: list[tuple[int, int]]
             ) -> list[tuple[int, int, Found]]:
    """The spans found in a reading through `[sic]` (`through_sic`) as spans of the level
    string. One that holds part of a `sic` word only is none: the word is one child."""
    placed = []
    for start, end, what in found:
        if start and spans[start - 1] == spans[start] or \
                end < len(spans) and spans[end] == spans[end - 1]:
            continue
        placed.append((spans[start][0], spans[end - 1][1], what))
    return placed


def wrap(parent: etree._Element, start: int, end: int, new: etree._Element) -> etree._Element:
    """Move the level-string span [start, end) of `parent` into the empty element `new`.

    `new` takes the span's place; text before the span stays, text after it becomes `new`'s tail.
    A child element is one character of the level string, so a span holds children whole.
    """
    wrap_all(parent, [(start, end, new)])
    return new


def wrap_all(parent: etree._Element, spans: list[tuple[int, int, etree._Element]],
             content: tuple[str, list[int]] | None = None) -> None:
    """Wrap several non-overlapping spans of `parent`'s level string at once.

    One pass over the content, however many spans: wrapping mentions one at a time would
    rebuild a long paragraph once per mention. `content` is `level(parent)`, when the caller
    has just built it to find the spans: it is not built again.
    """
    if not spans:
        return
    if len(spans) > 1:   # (one span, as `wrap` gives, is in order: no copy, no key calls)
        spans = sorted(spans, key=itemgetter(0))
    text, marks = content if content is not None else level(parent)
    _levels.pop(parent, None)
    if not marks:
        _no_leaf(parent)
    if _within_text(spans, text, marks):
        _wrap_in_text(parent, spans, text, marks)
    else:
        _wrap_moving(parent, spans, text, marks)


def _wrap_moving(parent: etree._Element, spans: list[tuple[int, int, etree._Element]],
                 text: str, marks: list[int]) -> None:
    """`wrap_all` for any spans: the content from the first span on is taken out and put
    back, in the new elements or around them."""
    # The children before the first span, and the text before them, stay where they are:
    # only what follows is taken out and put back (each lxml move walks the moved subtree).
    kept = bisect_left(marks, spans[0][0])
    last_kept = parent[kept - 1] if kept else None
    position = marks[kept - 1] + 1 if kept else 0   # the level string is copied up to here
    marks = marks[kept:]
    children = parent[kept:]
    for element in children:
        parent.remove(element)  # each comes back, in a new element or in `parent` itself
    out: list = []
    child = 0     # the next child to place
    for start, end, new in spans:
        start = max(start, position)  # a span overlapping the one before starts where it ended
        child = _copy(text, marks, children, child, position, start, out)
        inner: list = []
        if end <= start and child < len(marks) and marks[child] == start:
            # An empty span right at a child takes that child: the behaviour passes were built on.
            inner.append(children[child])
            child += 1
            end = start + 1
        else:
            child = _copy(text, marks, children, child, start, end, inner)
        _fill(new, inner)
        out.append(new)
        position = max(start, end)
    _copy(text, marks, children, child, position, len(text), out)
    _fill(parent, out, after=last_kept)


def _within_text(spans: list[tuple[int, int, etree._Element]], text: str,
                 marks: list[int]) -> bool:
    """Does each span hold text only, no child, and none overlap (in order of start)?"""
    previous_end = 0
    for start, end, _ in spans:
        if not previous_end <= start < end <= len(text):
            return False
        child = bisect_left(marks, start)
        if child < len(marks) and marks[child] < end:
            return False
        previous_end = end
    return True


_FEW_SPANS = 4   # `_wrap_in_text` finds the children of up to so many spans by their place


def _wrap_in_text(parent: etree._Element, spans: list[tuple[int, int, etree._Element]],
                  text: str, marks: list[int]) -> None:
    """`wrap_all` for spans of text only (a name, a date in a sentence: most of them).

    Each span's element goes in after the child whose tail holds it (or first), or after
    the span before it in the same piece of text, and the text around it is cut from the
    level string: no child moves, where the general case takes the children out and puts
    them back. Each piece of text is written once, when what follows it is known.
    """
    # The child whose tail holds a span is looked up by its place (the new elements placed so
    # far all stand before it: the spans are in order): a list of all the children, made
    # first, made an element object for each of them, for a span or two. For more spans the
    # list is made, since each look-up walks the children from the first.
    children = list(parent) if marks and len(spans) > _FEW_SPANS else None
    placed = 0
    previous, previous_end = None, 0   # the element placed last, and where its span ends
    piece, piece_end = -1, 0           # the piece of text it is in: the children before it
    for start, end, new in spans:
        child = bisect_left(marks, start)   # how many children come before the span
        if child == piece:
            previous.addnext(new)
            previous.tail = text[previous_end:start] or None
        else:
            if previous is not None:
                previous.tail = text[previous_end:piece_end] or None
            piece = child
            piece_end = marks[child] if child < len(marks) else len(text)
            if child:
                holder = parent[child - 1 + placed] if children is None else children[child - 1]
                holder.addnext(new)
                holder.tail = text[marks[child - 1] + 1:start] or None
            else:
                parent.insert(0, new)
                parent.text = text[:start] or None
        new.text = text[start:end]
        previous, previous_end = new, end
        placed += 1
    previous.tail = text[previous_end:piece_end] or None


def _no_leaf(element: etree._Element) -> None:
    """`element`, a leaf, is about to have children: the leaves its parent's kept level string
    lists may hold it, and are dropped. (Most list none: the level string stays.)"""
    holder = element.getparent()
    known = _levels.get(holder)
    if known is not None and known[2]:
        del _levels[holder]


def _copy(text: str, marks: list[int], children: list, child: int, start: int, end: int,
          into: list) -> int:
    """Append the level-string span [start, end) to `into` as text pieces and whole children,
    starting with child number `child`; return the number of the next child."""
    while child < len(marks) and marks[child] < end:
        mark = marks[child]
        if mark > start:
            into.append(text[start:mark])
        into.append(children[child])
        child += 1
        start = mark + 1
    if start < end and start < len(text):
        into.append(text[start:end])
    return child


def _fill(element: etree._Element, tokens: list, after: etree._Element | None = None) -> None:
    """Write a token list (strings and elements) as the content of `element`, or when `after`
    (a child of `element`) is given, as what follows that child."""
    if after is None:
        element.text = None
    else:
        after.tail = None
    last = after
    for token in tokens:
        if isinstance(token, str):
            if last is None:
                element.text = (element.text or "") + token
            else:
                last.tail = (last.tail or "") + token
        else:
            token.tail = None
            element.append(token)
            last = token


def append_text(element: etree._Element, text: str) -> None:
    """Append text at the end of `element`'s content (after its last child, if any)."""
    # Not `len(element)`: lxml counts the children one by one, and a builder that appends
    # text after each of thousands of children would spend quadratic time counting.
    _levels.pop(element, None)
    try:
        last = element[-1]    # found from the end, in constant time
    except IndexError:
        element.text = (element.text or "") + text
    else:
        last.tail = (last.tail or "") + text


class Cover:
    """Whether an offset lies inside any of some spans (start, end) of a level string, in one
    look-up: asking every span, for every word of a text with thousands of them, was
    quadratic. A few spans (the usual case) are simply asked."""

    _FEW = 8

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        self.spans = spans
        if len(spans) > self._FEW:
            ordered = sorted(spans)
            self.starts = [start for start, _ in ordered]
            self.reach = list(accumulate((end for _, end in ordered), max))  # furthest end

    def holds(self, offset: int) -> bool:
        if len(self.spans) <= self._FEW:
            return any(start <= offset < end for start, end in self.spans)
        before = bisect_right(self.starts, offset)   # the spans that start at or before it
        return before > 0 and self.reach[before - 1] > offset


def searchable(root: etree._Element, skip: frozenset[str]) -> list[etree._Element]:
    """`root` and the elements below it, in document order, leaving out the elements whose
    local name is in `skip` and everything inside them.

    A list, made before a pass starts marking: wrapping moves children. Each skipped subtree
    is set aside once, rather than every element asking about its ancestors.
    """
    if any(local(ancestor) in skip for ancestor in root.iterancestors()):
        return []
    inside = set()
    for skipped in root.iter(*_any_namespace(skip)):
        if skipped in inside:
            continue
        if len(skipped):
            inside.update(skipped.iter())
        else:
            inside.add(skipped)   # no child (most names, dates, measures): no iterator made
    return [element for element in root.iter(etree.Element) if element not in inside]


@lru_cache(maxsize=16)
def _any_namespace(names: frozenset[str]) -> tuple[str, ...]:
    return tuple(f"{{*}}{name}" for name in sorted(names))
