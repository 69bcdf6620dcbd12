"""The helpers that make the persons pass fast keep its behaviour: tokens, readings scanned
twice, and wrapping spans of a level string.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree

from pipeline import names as N
from pipeline.markup import persons
from pipeline import inline
from pipeline.inline import append_text, plain_supplied, searchable, wrap_all

TOKENS = [
    # (text, [(token text, bracket)])
    ("Mr. Kim met N.S. Khrushchev's aide.", [("Mr.", None), ("Kim", None), ("N.S.", None),
                                            ("Khrushchev", None)]),
    ("Com[rade] Li [Fuchun] said so.", [("Comrade", None), ("Li", None),
                                         ("[Fuchun]", "Fuchun")]),
    ("the [...] and Zhou.", [("[...]", "..."), ("Zhou", None)]),
    ("no capitals here", []),
]


@pytest.mark.parametrize("text, expected", TOKENS)
def test_tokenize(text: str, expected: list):
    """Tokens: words without a sentence's full stop or a possessive, brackets, Com[rade] joined."""
    assert [(t.text, t.bracket) for t in N.tokenize(text)] == expected


def test_a_reading_scanned_again_asks_the_register_again():
    """A reading remembers only what the register has no say in: a surname unknown at the first
    scan is a mention at the second, once its person is known."""
    names = N.Names([])
    reading = N.Reading("Later Lippmann said so.")
    assert names.scan_reading(reading) == []
    names.add("Walter Lippmann")
    assert [m.spoken for m in names.scan_reading(reading)] == ["Lippmann"]
    assert [m.spoken for m in names.scan(reading.text)] == ["Lippmann"]


def test_a_short_form_whose_initial_begins_another_given_name_is_not_that_person():
    """`R. Castro` resolved to the Fidel Castro named before, the one Castro of the document:
    an initial that begins none of a person's given names says it is someone else (here the
    authority's Raúl Castro); a person known by the surname alone may still be meant."""
    names = N.Names()
    names.add("Fidel Castro")
    assert names.resolve("F. Castro").id == "fidel-castro"
    assert names.resolve("R. Castro").id == "raul-castro"
    names = N.Names([])
    names.add("Gelb")
    assert names.resolve("L.H. Gelb").id == "gelb"


def _wrapped(xml: str, spans: list[tuple[int, int]]) -> str:
    parent = etree.fromstring(xml)
    wrap_all(parent, [(start, end, etree.Element("w")) for start, end in spans])
    return etree.tostring(parent, encoding="unicode")


WRAPS = [
    # (content, spans of its level string, result)
    ("<p>ab <s>c</s> d</p>", [(0, 2), (3, 4)], "<p><w>ab</w> <w><s>c</s></w> d</p>"),
    ("<p>ab<s/>d</p>", [(2, 2)], "<p>ab<w><s/></w>d</p>"),           # empty, at a child
    ("<p>abcd</p>", [(2, 2)], "<p>ab<w/>cd</p>"),                    # empty, in text
    ("<p>abcdef</p>", [(0, 3), (2, 5)], "<p><w>abc</w><w>de</w>f</p>"),  # overlapping
    ("<p>ab</p>", [(1, 9)], "<p>a<w>b</w></p>"),                     # past the end
    ("<p>a<s/>b <t/>cd</p>", [(5, 6)], "<p>a<s/>b <t/><w>c</w>d</p>"),  # after children
    ("<p>a<s/>b<t/>c</p>", [(3, 3)], "<p>a<s/>b<w><t/></w>c</p>"),  # empty, at a later child
]


@pytest.mark.parametrize("xml, spans, expected", WRAPS)
def test_wrap_all(xml: str, spans: list, expected: str):
    """wrap_all moves each span (text pieces and whole children) into its new element."""
    assert _wrapped(xml, spans) == expected


# Content for the differential test: text pieces and empty children, in any order.
_CONTENT = st.lists(st.one_of(st.text(alphabet="ab ", min_size=1, max_size=4),
                              st.just(None)), max_size=8)


@settings(max_examples=2000)
@given(_CONTENT, st.lists(st.tuples(st.integers(0, 30), st.integers(1, 4)), max_size=5))
def test_wrapping_in_text_is_wrapping_by_moving(content, spans):
    """The in-place wrap of text-only spans gives what the general wrap (children taken out
    and put back) gives, whenever it applies."""
    trees = []
    for path in (inline._wrap_in_text, inline._wrap_moving):
        parent = etree.Element("p")
        for piece in content:
            etree.SubElement(parent, "s") if piece is None else append_text(parent, piece)
        text, marks = inline.level(parent)
        wanted = sorted((start, start + length) for start, length in spans)
        elements = [(start, end, etree.Element("w")) for start, end in wanted]
        if not elements or not inline._within_text(elements, text, marks):
            return  # wrap_all does nothing, or takes the general path
        path(parent, elements, text, marks)
        trees.append(etree.tostring(parent, encoding="unicode"))
    assert trees[0] == trees[1]


def test_append_text_after_the_last_child():
    """append_text adds to the last child's tail, or to the text of an element without children."""
    parent = etree.fromstring("<p>a<s/>b</p>")
    append_text(parent, "c")
    empty = etree.fromstring("<p>a</p>")
    append_text(empty, "b")
    assert etree.tostring(parent) == b"<p>a<s/>bc</p>" and etree.tostring(empty) == b"<p>ab</p>"


def test_searchable_leaves_out_skipped_subtrees():
    """The elements a pass searches: document order, no skipped element nor anything inside
    one, nothing at all below a skipped ancestor."""
    root = etree.fromstring("<div><p>a<persName>b<x/></persName><hi>c<y/></hi><!--n--></p></div>")
    assert [e.tag for e in searchable(root, frozenset({"persName"}))] == ["div", "p", "hi", "y"]
    inside = root.find("p/persName/x")
    assert searchable(inside, frozenset({"persName"})) == []


def test_plain_supplied_is_a_supplied_bracket_of_text_only():
    """The supplied brackets the passes read as words: a `supplied` of text only, not one
    holding an element, nor another element, nor no child at all."""
    ns = 'xmlns="http://www.tei-c.org/ns/1.0"'
    p = etree.fromstring(f"<p {ns}><supplied>1957</supplied><supplied>of <num>2</num></supplied>"
                         f"<gloss>1957</gloss><supplied/></p>")
    assert [plain_supplied(child) for child in p] == [True, False, False, True]
    assert not plain_supplied(None)
    assert not plain_supplied(etree.fromstring("<supplied>1957</supplied>"))   # no TEI namespace


# --- the full-name hint -----------------------------------------------------------------

# The hint as it was first written: searched from every capital, it read a long word again
# from each of its capitals. The linear one must find a hint exactly where this one does.
_OLD_FULL_NAME_HINT = re.compile("\ufffc|[A-Z][\\w'\u2019\\-]*\\.?[ \u00a0]+[A-Z\\[]")


@settings(max_examples=3000)
@given(st.text(alphabet="Ak-'\u2019_1 .\u00a0[\ufffc\u00c9", max_size=30))
def test_full_name_hint_finds_what_the_old_pattern_found(text):
    """Whether a text holds a hint is what the old pattern said."""
    expected = _OLD_FULL_NAME_HINT.search(text) is not None
    assert persons._has_full_name_hint(text) == expected, text


# Tokens as they were first found: one search whose look-ahead checks the first character.
_OLD_TOKEN_SEARCH = re.compile("(?=[\\[\ufffcA-Z\u00c0-\u00de])(?:" + N._TOKENS.pattern + ")")
_TOKEN_PIECES = ["Mr.", "Ms.", "Dr.", "St.", "Lt.", "Jr.", "Sr.", "Mt.", "A.", "Ab.", "M", "J",
                 "S", "r", "t", "s", ".", " ", "\u00a0", "[", "]", "\ufffc", "\u00c9", "Kim", "-",
                 "'", "\n", "x"]


@settings(max_examples=3000)
@given(st.lists(st.sampled_from(_TOKEN_PIECES), max_size=15).map("".join))
def test_tokens_are_found_where_the_look_ahead_search_found_them(text):
    """The search that takes a token's first character first finds the same tokens."""
    old = [(m.span(), m.groups()) for m in _OLD_TOKEN_SEARCH.finditer(text)]
    assert [(m.span(), m.groups()) for m in N._TOKEN_SEARCH.finditer(text)] == old, text


@pytest.mark.parametrize("name, lang", [
    ("Chang Wen-chin", "zh-Latn-wadegile"), ("Chi Chao-chu", "zh-Latn-wadegile"),
    ("Yeh Chien-ying", "zh-Latn-wadegile"), ("Kim Chang-man", "ko-Latn"),
    ("Chang Chun-ha", "ko-Latn"), ("Zhou Enlai", "zh-Latn-pinyin"), ("Nguyen Co Thach", "vi"),
    ("Pham Van Dong", "vi"), ("Chang Han-fu", "zh-Latn-wadegile"),
    ("Pan Tzu-li", "zh-Latn-wadegile"), ("Pu Shou-chang", "zh-Latn-wadegile"),
    ("Mao Tse-tung", "zh-Latn-wadegile")])
def test_romanization_tells_wade_giles_from_korean_and_vietnamese_has_no_script(name, lang):
    """`Chang Wen-chin` is Chinese in Wade-Giles, not Korean; so are `Chang Han-fu` (no Korean
    romanization writes an `f`; it was `ko-Latn`), `Pan Tzu-li`, `Pu Shou-chang` and `Mao
    Tse-tung` (no Korean one writes `ts`; they had none); Vietnamese is `vi` (its script is
    Latin by default), as the authority writes it, never `vi-Latn`."""
    assert N.romanization(name) == lang


@pytest.mark.parametrize("name, lang", [
    ("Chang Ki-young", "ko-Latn"), ("Ho Young-chol", "ko-Latn"), ("Chang Ki-gon", "ko-Latn"),
    ("Chang Ki-ho", "ko-Latn"), ("Pu Shou-chang", "zh-Latn-wadegile")])
def test_a_korean_syllable_no_wade_giles_writes(name, lang):
    """`Chang Ki-young` was Wade-Giles for the `ou` of `young`, which Wade-Giles writes
    `yung`: a syllable with `oun` is a Korean's."""
    assert N.romanization(name) == lang


@pytest.mark.parametrize("name, lang", [
    ("Kang Geon", "ko-Latn"), ("Mu Jeong", "ko-Latn"), ("Kang Sheng", "zh-Latn-pinyin"),
    ("Li Peng", "zh-Latn-pinyin"), ("Chen Yi", "zh-Latn-pinyin")])
def test_a_korean_given_name_of_one_syllable_after_a_shared_surname_is_korean(name, lang):
    """`Kang Geon`, `Mu Jeong` were pinyin (`zh-Latn-pinyin`) for their surnames, Chinese too:
    a vowel no pinyin syllable writes (`eo`, `eu`, `ae`, `oe`) makes the name Korean."""
    assert N.romanization(name) == lang
