"""One failing fixture per Schematron rule and per main XSD constraint: what fires, and where."""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import etree

from pipeline.validate import schemas, validate, validate_bytes

FIXTURES = Path(__file__).parent / "fixtures"
ROOT = Path(__file__).resolve().parents[1]
TEI = "http://www.tei-c.org/ns/1.0"
MINIMAL = (FIXTURES / "valid" / "minimal.xml").read_text()
SCH = {"sch": "http://purl.oclc.org/dsdl/schematron"}

# fixture name -> every problem expected, as (source, rule id or message fragment, line).
# For "schematron" the middle item is the rule id; for "xsd" and "xml" a part of the message.
CASES = {
    # Schematron rules
    "unresolved-ref": [("schematron", "ref-resolves", 32)],
    "unresolved-resp": [("schematron", "ref-resolves", 35)],
    "unresolved-footnote": [("schematron", "ref-resolves", 33)],
    "unresolved-scheme": [("schematron", "ref-resolves", 26)],
    "sp-who-not-person": [("schematron", "sp-who-person", 35)],
    "name-ref-wrong-kind": [("schematron", "name-ref-kind", 36)],
    "duplicate-id": [
        ("schematron", "id-unique", 22),
        ("xsd", "duplicated xs:ID value 'mao-zedong'", 23),
        ("schematron", "id-unique", 23),
        # the renamed person's references no longer resolve
        ("schematron", "ref-resolves", 35),
        ("schematron", "sp-who-person", 35),
        ("schematron", "ref-resolves", 36),
    ],
    "malformed-person-id": [("schematron", "id-format", 24)],
    "malformed-note-id": [("schematron", "ref-resolves", 33), ("schematron", "id-format", 39)],
    "malformed-taxonomy-id": [("schematron", "id-format", 17)],
    "sp-without-speaker": [("schematron", "sp-speaker", 31)],
    "sp-without-who": [("schematron", "sp-who", 35)],
    "leftover-bracket": [("schematron", "no-brackets", 33)],
    "leftover-bracket-in-tail": [("schematron", "no-brackets", 38)],
    "invalid-date": [("xsd", "when='1958-02-30'", 33), ("schematron", "date-format", 33)],
    "date-with-timezone": [("schematron", "date-format", 33)],
    "invalid-time": [("xsd", "hour must be in 0..23", 33), ("schematron", "time-format", 33)],
    "time-with-timezone": [("schematron", "time-format", 33)],
    "range-without-end": [("schematron", "range-pair", 33)],
    "range-reversed": [("schematron", "range-order", 33)],
    "measure-min-above-max": [("schematron", "measure-range", 37)],
    # XSD constraints
    "speaker-without-rend": [("xsd", "<speaker>: missing required attribute 'rend'", 32)],
    "unknown-supplied-reason": [("xsd", "reason='name': value must be one of", 36)],
    "unknown-resp": [("xsd", "resp='#editor': value must be one of", 37),
                     ("schematron", "ref-resolves", 37)],
    "gap-without-desc": [("xsd", "<gap> is not complete; expected 'desc'", 37)],
    "text-in-sp": [("xsd", "text is not allowed directly inside <sp>", 35)],
    # found by libxml2 only (xmlschema takes U+00A0 for whitespace); see test_validate.py
    "nbsp-between-blocks": [("xsd", "a non-breaking space counts as text", 35)],
    "stage-in-speaker": [("xsd", "<stage> is not allowed here inside <speaker>", 32)],
    "ref-without-hash": [("xsd", "a reference is '#' and an id", 32)],
    "persname-without-ref": [("xsd", "<persName>: missing required attribute 'ref'", 32)],
    "unknown-element": [("xsd", "<b> is not allowed here inside <p>", 33)],
    "p-inside-p": [("xsd", "<p> is not allowed here inside <p>", 37)],
    "closer-before-blocks": [("xsd", "<closer> is not allowed here inside <div>", 31)],
    "application-version-not-tei": [("xsd", "only digits and dots", 15)],
    "wrong-namespace": [("xsd", "'{http://www.tei-c.org/ns/2.0}TEI' is not an element", 2)],
    "footnote-as-ptr": [("xsd", "<ptr> is not allowed here inside <p>", 33)],
    "side-as-role": [("xsd", "role='chinese-side': value must be one of", 22)],
}


def _observed(problem) -> tuple[str, str, int]:
    return (problem.source, problem.rule, problem.line)


@pytest.mark.parametrize("name", sorted(CASES))
def test_invalid_fixture_fires_exactly_the_expected_checks(name):
    """Each invalid fixture is reported by exactly the expected rules, at the expected lines."""
    path = FIXTURES / "invalid" / f"{name}.xml"
    problems = validate_bytes(path.read_bytes(), path=path.name)
    expected = CASES[name]
    assert len(problems) == len(expected), [str(p) for p in problems]
    for problem, (source, what, line) in zip(
            sorted(problems, key=lambda p: (p.line, p.source, p.rule)),
            sorted(expected, key=lambda e: (e[2], e[0], e[1] if e[0] == "schematron" else ""))):
        assert (problem.source, problem.line) == (source, line), str(problem)
        if source == "schematron":
            assert problem.rule == what, str(problem)
            assert f"(rule {what})" in problem.message
        else:
            assert what in problem.message, str(problem)


def _rule_ids() -> list[str]:
    """The rule ids users see: each assert and report has one."""
    return etree.parse(str(schemas.SCHEMATRON_PATH)).xpath(
        "//sch:assert/@id | //sch:report/@id", namespaces=SCH)


def test_every_schematron_rule_has_a_failing_fixture():
    """No Schematron rule goes untested: each one fires on at least one invalid fixture."""
    covered = {what for cases in CASES.values() for source, what, _ in cases
               if source == "schematron"}
    assert set(_rule_ids()) - covered == set()


def test_every_invalid_fixture_is_in_the_table():
    """Every file in fixtures/invalid is checked here or in the refusal tests."""
    refused = {"billion-laughs", "small-entity", "external-entity", "external-dtd",
               "deep-nesting", "not-well-formed"}
    names = {path.stem for path in (FIXTURES / "invalid").glob("*.xml")}
    assert names - set(CASES) - refused == set()


def test_every_rule_has_an_id_and_a_message():
    """Each assertion has a rule id of its own and a sentence to show the user."""
    schema = etree.parse(str(schemas.SCHEMATRON_PATH))
    checks = schema.xpath("//sch:assert | //sch:report", namespaces=SCH)
    assert checks and all(check.get("id") for check in checks)
    assert len(set(_rule_ids())) == len(checks)
    for check in checks:
        assert len("".join(check.itertext()).split()) >= 8, etree.tostring(check)


def test_rules_sharing_a_pattern_never_match_the_same_node():
    """A node is checked by the first matching rule of a pattern only: rules that share a
    pattern (to save walks over the document) must have contexts that never meet."""
    schema = etree.parse(str(schemas.SCHEMATRON_PATH))
    documents = []
    for path in [*sorted(FIXTURES.glob("*valid/*.xml")), ROOT / "tei" / "114178.xml"]:
        try:
            documents.append(etree.parse(str(path)))
        except etree.XMLSyntaxError:
            continue  # the hostile fixtures: refused before Schematron ever sees them
    for pattern in schema.xpath("//sch:pattern", namespaces=SCH):
        contexts = [rule.get("context") for rule in pattern.xpath("sch:rule", namespaces=SCH)]
        for document in documents:
            seen: dict = {}
            for context in contexts:
                select = " | ".join(f"//{part.strip()}" for part in context.split(" | "))
                for node in document.xpath(select, namespaces={"tei": TEI}):
                    key = (node.getparent(), node.attrname) if hasattr(node, "attrname") else node
                    assert key not in seen, (pattern.get("id"), seen.get(key), context)
                    seen[key] = context


def _with(old: str, new: str) -> list:
    """Validate the minimal valid document with one substitution; return the rule ids fired."""
    assert old in MINIMAL, old
    problems = validate_bytes(MINIMAL.replace(old, new, 1).encode(), path="case.xml")
    return sorted(p.rule or p.source for p in problems)


@pytest.mark.parametrize("value", [
    "1958", "1958-07", "1958-07-31", "1960-02-29", "2000-02-29", "1958-07-31T10:00:00",
    "1958-07-31T10:00:00Z", "1958-07-31T10:00:00+08:00",
])
def test_accepted_date_forms(value):
    """Years, months, days, leap days and date-times (with zone) are accepted on date/@when."""
    assert _with('when="1958-07-31"', f'when="{value}"') == []


@pytest.mark.parametrize("value", ["1961-02-29", "1900-02-29", "1958-04-31", "1958-00",
                                   "1958-07-31T24:00:00"])
def test_rejected_date_forms(value):
    """Impossible calendar dates and times are reported by the date-format rule."""
    assert "date-format" in _with('when="1958-07-31"', f'when="{value}"')


@pytest.mark.parametrize("attributes", [
    'from="1958" to="1958-07-31"', 'from="1958-07-31" to="1958-07-31"',
    'from="1958-07-31T09:00:00" to="1958-07-31T10:00:00"', 'notBefore="1958" notAfter="1959"',
])
def test_ranges_in_order_are_accepted(attributes):
    """A range whose start is not after its end passes, whatever the precision of each end."""
    assert _with('when="1958-07-31"', attributes) == []


def test_time_ranges_need_both_ends_and_may_pass_midnight():
    """time/@from and @to need each other; two times of day are not put in order, since a
    meeting may go on past midnight (22:30 to 01:15). Date ranges are (range-reversed)."""
    assert _with('<time when="10:00:00">', '<time from="22:30:00" to="01:15:00">') == []
    assert _with('<time when="10:00:00">', '<time to="11:00:00">') == ["range-pair"]


def test_bracket_in_gap_description_is_allowed():
    """The printed marker of a gap, "[...]", stays in its desc without complaint."""
    assert "[...]" in MINIMAL
    assert _with("<desc>[...]</desc>", "<desc>[illegible]</desc>") == []


def test_unmatched_bracket_marked_as_pc_is_allowed():
    """A bracket with no partner, kept in pc[@type="unmatched"], is not a leftover bracket."""
    assert _with("About <measure", 'About <pc type="unmatched" resp="#converter">[</pc><measure') \
        == []
    assert _with("About <measure", "About [<measure") == ["no-brackets"]


def test_bracket_in_the_header_is_allowed():
    """Brackets in the header (a citation as given) are not body text and are allowed."""
    assert _with("A short test document.", "A short [test] document.") == []


def test_speech_turn_of_several_persons_resolves():
    """sp/@who may list several persons; each must be in the register."""
    turn = '<sp who="#khrushchev-nikita">'
    assert _with(turn, '<sp who="#khrushchev-nikita #mao-zedong">') == []
    assert _with(turn, '<sp who="#khrushchev-nikita #zhou-enlai">') == \
        ["ref-resolves", "sp-who-person"]


def test_measure_with_equal_bounds_is_accepted():
    """min equal to max is a valid range."""
    assert _with('min="4" max="6"', 'min="5" max="5"') == []


def test_duplicate_id_in_memory_tree_is_reported_at_both_places():
    """A tree built in memory with a repeated id gets id-unique at each element that uses it."""
    doc = etree.fromstring(MINIMAL.encode()).getroottree()
    persons = doc.getroot().findall(".//{http://www.tei-c.org/ns/1.0}person")
    persons[1].set("{http://www.w3.org/XML/1998/namespace}id", "mao-zedong")
    unique = [p.line for p in validate(doc) if p.rule == "id-unique"]
    assert unique == [22, 23]
