"""The validation API, safe parsing, and the XSD as a subset of tei_all."""

from __future__ import annotations

import os
import threading
import time
from pathlib import Path

import pytest
import xmlschema
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree, isoschematron

from pipeline import xmlsafe
from pipeline.errors import DocumentError
from pipeline.validate import Problem, schemas, tei_all_path, validate, validate_bytes

FIXTURES = Path(__file__).parent / "fixtures"
VALID = sorted((FIXTURES / "valid").glob("*.xml"))
INVALID = sorted((FIXTURES / "invalid").glob("*.xml"))
REFUSED = {"billion-laughs", "small-entity", "external-entity", "external-dtd",
           "deep-nesting", "not-well-formed"}
PARSEABLE = VALID + [path for path in INVALID if path.stem not in REFUSED]
TEI = "http://www.tei-c.org/ns/1.0"


def _ids(paths):
    return [path.stem for path in paths]


# --- valid documents ---------------------------------------------------------------------


@pytest.mark.parametrize("path", VALID, ids=_ids(VALID))
def test_valid_fixture_has_no_problems(path):
    """A valid fixture passes our XSD and our Schematron with no problem at all."""
    assert validate_bytes(path.read_bytes(), path=path.name) == []


@pytest.mark.parametrize("path", VALID, ids=_ids(VALID))
def test_valid_fixture_conforms_to_tei_all(path, tei_all):
    """Every document our schema accepts must also be valid TEI (tei_all), as DESIGN.md promises."""
    doc = xmlsafe.parse_untrusted(path.read_bytes(), path.name)
    assert tei_all.validate(doc), [f"{e.line}: {e.message}" for e in tei_all.error_log]


def test_full_vocabulary_fixture_uses_every_element_of_the_schema():
    """The big valid fixture exercises every element name the XSD declares."""
    schema = etree.parse(str(schemas.XSD_PATH))
    declared = set(schema.xpath("//xs:element/@name",
                                namespaces={"xs": "http://www.w3.org/2001/XMLSchema"}))
    doc = etree.parse(str(FIXTURES / "valid" / "full-vocabulary.xml"))
    used = {etree.QName(element).localname for element in doc.iter(f"{{{TEI}}}*")}
    # Header alternatives the fixture does not need (prose sourceDesc, licence, pubPlace...).
    optional = {"licence", "pubPlace", "att", "val", "ptr"}  # ptr: the URL in a bibl
    assert declared - used - optional == set()


def test_sample_from_shared_examples_differs_only_where_the_contract_does(tmp_path):
    """The hand-made sample fails only on the values docs/encoding.md fixed differently."""
    sample = Path(__file__).resolve().parents[2] / "shared" / "examples" / "114178-sample.xml"
    if not sample.exists():
        pytest.skip(f"sample not found at {sample}")
    problems = validate_bytes(sample.read_bytes(), path="sample.xml")
    assert {p.source for p in problems} == {"xsd"}
    for problem in problems:
        assert ("type='minutes'" in problem.message or "attribute 'rend'" in problem.message
                or "reason='name'" in problem.message  # now name-completion
                or "-side': value must be one of" in problem.message), problem  # now nested lists


# --- the two XSD engines ------------------------------------------------------------------


def test_schema_loads_with_both_engines():
    """Both libxml2 and xmlschema compile our XSD (it is XSD 1.0 and self-contained)."""
    assert isinstance(schemas.xsd_libxml2(), etree.XMLSchema)
    assert isinstance(schemas.xsd_xmlschema(), xmlschema.XMLSchema10)
    assert (schemas.SCHEMA_DIR / "xml.xsd").exists()


# xmlschema strips Unicode spaces (U+00A0) as if they were XML whitespace; libxml2, the XML
# spec and tei_all do not. pipeline.validate reports libxml2's finding for this case.
KNOWN_DIVERGENCE = {"nbsp-between-blocks"}
AGREEMENT = [pytest.param(path, marks=pytest.mark.xfail(
                 strict=True, reason="xmlschema takes a non-breaking space for whitespace"))
             if path.stem in KNOWN_DIVERGENCE else path for path in PARSEABLE]


@pytest.mark.parametrize("path", AGREEMENT, ids=_ids(PARSEABLE))
def test_xsd_engines_agree(path):
    """libxml2 decides pass/fail and xmlschema explains: they must agree on every fixture."""
    doc = xmlsafe.parse_untrusted(path.read_bytes(), path.name)
    libxml2_valid = schemas.xsd_libxml2().validate(doc)
    errors = list(schemas.xsd_xmlschema().iter_errors(xmlschema.XMLResource(doc, allow="none")))
    assert libxml2_valid == (not errors), errors



@pytest.mark.parametrize("path", PARSEABLE, ids=_ids(PARSEABLE))
def test_schematron_deciding_and_explaining_agree(path):
    """The lean Schematron (no fired-rule record, no walks that cannot fire a rule) decides
    pass/fail and the full one places the findings: they must find the same, rule by rule,
    on every fixture (there is one breaking each rule)."""
    doc = xmlsafe.parse_untrusted(path.read_bytes(), path.name)
    explained = schemas.schematron_explained()
    explained.validate(doc)
    found = [finding.get("id") for finding in explained.validation_report.getroot().iter(
        *schemas.SVRL_FINDINGS)]
    assert schemas.schematron().findings(doc) == found
    assert explained.validation_report.getroot().find(
        "{http://purl.oclc.org/dsdl/svrl}fired-rule") is not None


SCH = {"sch": "http://purl.oclc.org/dsdl/schematron"}
# Rules the selection must get right: a position among siblings (p[2]), overlapping rules
# (the first that matches wins), attributes, an element found by its text (two text nodes,
# one finding), and a pattern it cannot select for (a context of two element steps), which
# is walked as lxml compiles it.
TOY_SCHEMATRON = """<schema xmlns="http://purl.oclc.org/dsdl/schematron" queryBinding="xslt">
  <ns prefix="tei" uri="http://www.tei-c.org/ns/1.0"/>
  <pattern id="selected">
    <rule context="tei:p[2]"><assert id="second" test="false()">second</assert></rule>
    <rule context="tei:p"><assert id="p-n" test="@n">no n</assert></rule>
    <rule context="@n[. &gt; 1] | tei:div/@n"><assert id="n" test="false()">n</assert></rule>
    <rule context="tei:*[text()[contains(., 'y')]]"><assert id="y" test="false()">y</assert></rule>
  </pattern>
  <pattern id="walked">
    <rule context="tei:div/tei:p[position() = 1]">
      <assert id="first" test="false()">first</assert></rule>
  </pattern>
  <pattern id="two-steps">
    <rule context="tei:div[tei:p]/tei:p[@n]"><assert id="div-p" test="false()">p</assert></rule>
  </pattern>
</schema>"""
TOY_DOCUMENT = f"""<TEI xmlns="{TEI}"><div n="1"><p n="2"/><p/><p n="1"/></div>
  <div><p/><p n="3"/><ab>x<p n="4"/>y<p/>y</ab></div></TEI>"""


def test_lean_schematron_selects_what_rules_match_and_finds_the_same():
    """The lean checker hands a pattern's rules only the nodes they can match, where it can
    select them; a position predicate or an overlap of rules must not change a finding."""
    schema = etree.fromstring(TOY_SCHEMATRON).getroottree()
    doc = etree.fromstring(TOY_DOCUMENT).getroottree()
    full = isoschematron.Schematron(schema, store_report=True,
                                    error_finder=isoschematron.Schematron.ASSERTS_AND_REPORTS)
    full.validate(doc)
    found = [finding.get("id") for finding in full.validation_report.getroot().iter(
        *schemas.SVRL_FINDINGS)]
    lean = schemas.LeanSchematron(isoschematron.Schematron(
        schema, store_xslt=True, compile_params={"generate-fired-rule": "'false'"}).validator_xslt)
    assert lean.findings(doc) == found
    assert found.count("second") == 3 and found.count("first") == 2 and found.count("y") == 1
    assert "n" in found and found.count("div-p") == 3
    contexts = {pattern.get("id"): pattern.xpath("sch:rule/@context", namespaces=SCH)
                for pattern in schema.xpath("//sch:pattern", namespaces=SCH)}
    assert schemas._candidates(contexts["selected"]) is not None
    assert schemas._candidates(contexts["walked"]) is None
    assert schemas._candidates(contexts["two-steps"]) is None


def test_every_pattern_of_our_schematron_is_selected_not_walked():
    """Each pattern of tei-pipeline.sch is handed only the nodes its rules can match: a rule
    whose context is not one element step or an attribute would bring back the walk over
    every node (the same findings, about a fifth more time)."""
    schema = etree.parse(str(schemas.SCHEMATRON_PATH))
    for pattern in schema.xpath("//sch:pattern", namespaces=SCH):
        contexts = pattern.xpath("sch:rule/@context", namespaces=SCH)
        assert schemas._candidates(contexts) is not None, pattern.get("id")


# --- the API ------------------------------------------------------------------------------


def test_problem_formats_as_path_line_column_message():
    """A problem prints as path:line:col: message and turns into plain data for JSON."""
    problem = Problem("a.xml", 3, 0, "something is wrong", "xsd")
    assert str(problem) == "a.xml:3:0: something is wrong"
    assert problem.as_dict() == {"path": "a.xml", "line": 3, "column": 0,
                                 "message": "something is wrong", "source": "xsd", "rule": ""}


def test_all_problems_are_returned_sorted():
    """Validation returns every problem, from every engine, in document order."""
    path = FIXTURES / "invalid" / "duplicate-id.xml"
    problems = validate_bytes(path.read_bytes(), path=path.name)
    assert len(problems) > 3
    assert {p.source for p in problems} == {"xsd", "schematron"}
    assert problems == sorted(problems)


def test_validate_accepts_an_in_memory_tree():
    """A tree built in memory (the converter's output) is validated without serializing it."""
    doc = etree.parse(str(FIXTURES / "valid" / "minimal.xml"))
    person = doc.find(f".//{{{TEI}}}person")
    person.set("{http://www.w3.org/XML/1998/namespace}id", "khrushchev-nikita")
    rules = {p.rule for p in validate(doc, path="memory")}
    assert "id-unique" in rules


def test_validate_also_takes_a_bare_element():
    """An element (not a tree) is accepted too, for convenience."""
    doc = etree.parse(str(FIXTURES / "valid" / "minimal.xml"))
    assert validate(doc.getroot()) == []


def test_tei_all_problems_are_reported_when_a_schema_is_given(tei_all, monkeypatch):
    """With a tei_all path, non-conforming TEI is reported with source "tei_all"."""
    monkeypatch.setattr(schemas, "tei_all", lambda path: tei_all)  # reuse the session's copy
    data = (FIXTURES / "invalid" / "stage-in-speaker.xml").read_bytes()
    problems = validate_bytes(data, path="x.xml", tei_all=Path("tei_all.rng"))
    assert any(p.source == "tei_all" and p.line == 32 for p in problems), problems
    assert all(p.source != "tei_all" for p in validate_bytes(data, path="x.xml"))


def test_missing_tei_all_schema_is_a_clear_error(tmp_path):
    """A tei_all path that does not exist gives a message naming the file, not a traceback."""
    from pipeline.errors import PipelineError

    with pytest.raises(PipelineError, match="cannot read the TEI schema"):
        schemas.tei_all(tmp_path / "missing.rng")


def test_tei_all_path_prefers_option_then_environment(monkeypatch):
    """The option wins over $TEI_ALL_RNG, and with neither there is no tei_all check."""
    monkeypatch.setenv("TEI_ALL_RNG", "/env/tei_all.rng")
    assert tei_all_path("/opt/tei_all.rng") == Path("/opt/tei_all.rng")
    assert tei_all_path(None) == Path("/env/tei_all.rng")
    monkeypatch.delenv("TEI_ALL_RNG")
    assert tei_all_path(None) is None
    assert tei_all_path("") is None


# --- safe parsing -------------------------------------------------------------------------

REFUSALS = [
    ("billion-laughs", 1, "entity expansion bomb"),
    ("small-entity", 1, "declares entities (org)"),
    ("external-entity", 1, "declares entities (passwd)"),
    ("external-dtd", 1, "asks to load an external file (file:///etc/passwd)"),
    ("deep-nesting", 3, "nested more than 256 levels deep"),
    ("not-well-formed", 5, "not well-formed XML: Opening and ending tag mismatch"),
]


@pytest.mark.parametrize("name, line, message", REFUSALS, ids=[r[0] for r in REFUSALS])
def test_dangerous_or_broken_xml_is_refused_fast(name, line, message):
    """XXE, entity bombs, deep nesting and broken XML become one clear problem within 0.5 s."""
    data = (FIXTURES / "invalid" / f"{name}.xml").read_bytes()
    start = time.perf_counter()
    problems = validate_bytes(data, path=f"{name}.xml")
    assert time.perf_counter() - start < 0.5
    assert len(problems) == 1
    (problem,) = problems
    assert (problem.source, problem.line) == ("xml", line)
    assert message in problem.message
    assert "passwd" not in problem.message or "root:" not in problem.message


def test_parse_untrusted_raises_document_error_with_place():
    """parse_untrusted raises DocumentError carrying the path, line and column."""
    with pytest.raises(DocumentError) as caught:
        xmlsafe.parse_untrusted(b"<TEI>\n  <p>\n</TEI>", "broken.xml")
    error = caught.value
    assert (error.path, error.line) == ("broken.xml", 3)
    assert error.column is not None
    assert str(error).startswith("broken.xml:3:")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes (POSIX)")
@pytest.mark.parametrize("doctype", [
    '<!DOCTYPE TEI [<!ENTITY x SYSTEM "file://{fifo}">]>',
    '<!DOCTYPE TEI [<!ENTITY % x SYSTEM "file://{fifo}"> %x;]>',
    '<!DOCTYPE TEI SYSTEM "file://{fifo}">',
], ids=["general-entity", "parameter-entity", "external-subset"])
def test_referenced_file_is_never_opened(tmp_path, doctype):
    """An external entity or DTD is refused without opening the file (a FIFO would block)."""
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    data = (doctype.format(fifo=fifo) + '\n<TEI xmlns="http://www.tei-c.org/ns/1.0">&x;</TEI>'
            if "ENTITY x" in doctype else
            doctype.format(fifo=fifo) + '\n<TEI xmlns="http://www.tei-c.org/ns/1.0"/>').encode()
    outcome = {}

    def parse():
        try:
            xmlsafe.parse_untrusted(data, "x.xml")
        except DocumentError as err:
            outcome["error"] = err

    worker = threading.Thread(target=parse, daemon=True)
    worker.start()
    worker.join(2)
    if worker.is_alive():  # unblock the reader so the thread can end, then fail
        with open(fifo, "wb"):
            pass
        pytest.fail("the parser opened the referenced file")
    assert "refused" in outcome["error"].message


def test_oversized_input_is_refused_before_parsing(monkeypatch):
    """Input above the size limit is refused without being parsed."""
    monkeypatch.setattr(xmlsafe, "MAX_BYTES", 100)
    with pytest.raises(DocumentError, match="refused: the file is"):
        xmlsafe.parse_untrusted(b"<TEI>" + b" " * 200 + b"</TEI>", "big.xml")


def test_empty_input_is_reported():
    """An empty file says it is empty rather than showing a parser message."""
    with pytest.raises(DocumentError, match="the file is empty"):
        xmlsafe.parse_untrusted(b"  \n", "empty.xml")


def test_utf16_and_processing_instructions_are_kept():
    """UTF-16 with a BOM parses, and the TEI Publisher processing instruction survives."""
    text = '<?xml version="1.0" encoding="UTF-16"?>\n<?teipublisher odd="x.odd"?>\n<TEI>é</TEI>'
    tree = xmlsafe.parse_untrusted(text.encode("utf-16"), "u16.xml")
    assert tree.getroot().text == "é"
    assert tree.getroot().getprevious().target == "teipublisher"


def test_duplicate_ids_do_not_stop_parsing():
    """Duplicate xml:id values are left for validation to report, with the other problems."""
    tree = xmlsafe.parse_untrusted(b'<a><b xml:id="x"/><b xml:id="x"/></a>', "dup.xml")
    assert len(tree.getroot()) == 2


# --- the XSD is a subset of tei_all, in practice ----------------------------------------

# Inline elements with attributes our XSD wants; combined at random, whatever our XSD accepts
# must be accepted by tei_all too.
INLINE = {
    "persName": ' ref="#mao-zedong"', "roleName": "", "addName": ' type="honorific"',
    "placeName": "", "orgName": "", "date": ' when="1958"', "time": ' when="10:00:00"',
    "measure": ' quantity="5" unit="t"', "num": ' value="3"',
    "supplied": ' reason="clarification" resp="#translator"', "gloss": "",
    "unclear": ' cert="low"', "sic": "", "stamp": ' rend="brackets"',
    "note": ' type="editorial" place="inline"', "stage": ' type="action"', "p": "",
    "salute": "", "signed": "", "ref": ' type="footnote" target="#note-1" rend="brackets"',
    "label": ' rend="brackets"', "pc": ' type="unmatched" resp="#converter"',
    "fw": ' type="pageNum"',
}
EMPTY = {"pb": "", "milestone": ' unit="paragraph" type="source-break"',
         "gap": ' reason="omitted"'}


def _inline(depth: int):
    leaf = st.one_of(st.sampled_from(["text ", " ", "x"]),
                     st.sampled_from(sorted(EMPTY)).map(
                         lambda n: f"<{n}{EMPTY[n]}>{'<desc>[...]</desc>' if n == 'gap' else ''}"
                                   f"</{n}>"))
    if depth == 0:
        return leaf
    element = st.tuples(st.sampled_from(sorted(INLINE)), st.lists(_inline(depth - 1), max_size=3))
    return st.one_of(leaf, element.map(lambda t: f"<{t[0]}{INLINE[t[0]]}>{''.join(t[1])}</{t[0]}>"))


MINIMAL = (FIXTURES / "valid" / "minimal.xml").read_text()
# Where random content goes: (start of the element, its end, the start tag to write).
TARGETS = {
    "p": ("<p>We met on", "</p>\n        </sp>\n        <sp", "<p>"),
    "speaker": ('<speaker rend="period">', "</speaker>", '<speaker rend="period">'),
}


@settings(max_examples=300, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.too_slow])
@given(target=st.sampled_from(sorted(TARGETS)), content=st.lists(_inline(3), max_size=4))
def test_inline_content_our_xsd_accepts_is_valid_tei(tei_all, target, content):
    """Random inline markup that our XSD accepts is always accepted by tei_all."""
    start, end, open_tag = TARGETS[target]
    before = MINIMAL[:MINIMAL.index(start)]
    after = MINIMAL[MINIMAL.index(end, MINIMAL.index(start)):]  # starts with the close tag
    text = before + open_tag + "".join(content) + after
    doc = etree.fromstring(text.encode()).getroottree()
    if schemas.xsd_libxml2().validate(doc):
        assert tei_all.validate(doc), (text, [e.message for e in tei_all.error_log])


BLOCKS = {
    "p": "<p>text</p>", "sp": '<sp who="#mao-zedong"><speaker rend="colon">Mao</speaker><p>t</p></sp>',
    "gap": '<gap reason="redacted"><desc>(redacted text)</desc></gap>',
    "note": '<note type="editorial" place="inline">n</note>', "pb": '<pb n="2"/>',
    "milestone": '<milestone unit="paragraph" type="source-break"/>',
    "fw": '<fw type="pageNum">- 2 -</fw>',
    "opener": "<opener><salute>Dear Comrade</salute></opener>",
    "closer": "<closer><signed>Mao</signed></closer>", "stage": '<stage type="action">(x)</stage>',
}


@settings(max_examples=200, deadline=None, derandomize=True)
@given(blocks=st.lists(st.sampled_from(sorted(BLOCKS)), max_size=6))
def test_block_order_our_xsd_accepts_is_valid_tei(tei_all, blocks):
    """Any order of blocks in the div that our XSD accepts is accepted by tei_all."""
    start = MINIMAL.index('<div type="translation">') + len('<div type="translation">')
    end = MINIMAL.index("</div>")
    text = MINIMAL[:start] + "".join(BLOCKS[b] for b in blocks) + MINIMAL[end:]
    doc = etree.fromstring(text.encode()).getroottree()
    if schemas.xsd_libxml2().validate(doc):
        assert tei_all.validate(doc), (blocks, [e.message for e in tei_all.error_log])
