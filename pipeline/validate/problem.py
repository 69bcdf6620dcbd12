"""A validation problem: where (path, line, column), what (message), and which check found it."""

from __future__ import annotations

from dataclasses import asdict, dataclass


@dataclass(frozen=True, order=True)
class Problem:
    """One thing wrong with a document. Sorting puts problems in document order.

    `source` names the check: "xml" (not readable or refused), "xsd" (our schema),
    "schematron" (our rules), "tei_all" (TEI conformance). `rule` is the Schematron rule id
    (see docs/validation.md) or "" for the others. A column of 0 means "not known": the
    schema engines report the line of an element, not its column.
    """

    path: str
    line: int
    column: int
    message: str
    source: str
    rule: str = ""

    def __str__(self) -> str:
        return f"{self.path}:{self.line}:{self.column}: {self.message}"

    def as_dict(self) -> dict:
        """Return the problem as plain data, for JSON reports."""
        return asdict(self)
