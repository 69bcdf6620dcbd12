"""Lossless by construction: random archive-like texts convert without error, validate, and
export back to their source body character for character."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from hypothesis import HealthCheck, example, given, settings

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from fuzz.strategies import archive_text  # noqa: E402

from pipeline import convert  # noqa: E402
from pipeline.errors import InputError  # noqa: E402
from pipeline.export.text import body_text  # noqa: E402
from pipeline.validate import validate  # noqa: E402

EXAMPLES = int(os.environ.get("FUZZ_EXAMPLES", "30"))
SETTINGS = settings(max_examples=EXAMPLES, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


@SETTINGS
@given(archive_text())
# A period label alone on its paragraph, a page marker after it: the delimiter was rendered
# after the marker, as if it were a stage direction of the label.
@example("Premier Zhou [Enlai]: Zhou Enlai\n\nZHOU ENLAI.\n\n[Page 2 of 5]\n\nZhou Enlai\n\n")
def test_convert_never_raises_and_keeps_every_character(text):
    """Any archive-like text converts without an exception and its text export is its body;
    the same text as UTF-8 bytes (as read from a file) loses nothing either."""
    for source in (text, text.encode("utf-8")):
        try:
            result = convert(source)
        except InputError as err:
            assert "nothing to convert" in err.message or "no text to convert" in err.message, err
            continue
        assert body_text(result.tree) == result.source.body


@SETTINGS
@given(archive_text())
def test_every_conversion_is_valid(text):
    """Every conversion of an archive-like text is valid against the project's schema."""
    try:
        result = convert(text)
    except InputError:
        return
    problems = validate(result.tree)
    assert problems == [], "\n".join(str(p) for p in problems[:10])
