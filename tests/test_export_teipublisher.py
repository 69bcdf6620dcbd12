"""The TEI Publisher processing instruction."""

import io
from pathlib import Path

import pytest
from lxml import etree

from pipeline.errors import ExportError
from pipeline.export.teipublisher import add_teipublisher_pi

SAMPLE = Path(__file__).parent / "fixtures" / "export" / "sample.xml"


def test_pi_comes_before_the_root():
    """The processing instruction is the root's previous sibling and names the ODD."""
    tree = add_teipublisher_pi(etree.parse(str(SAMPLE)))
    pi = tree.getroot().getprevious()
    assert pi.target == "teipublisher" and pi.text == 'odd="teipublisher.odd"'
    assert b'<?teipublisher odd="teipublisher.odd"?>\n<TEI' in etree.tostring(tree) \
        or b'<?teipublisher odd="teipublisher.odd"?><TEI' in etree.tostring(tree)


def test_earlier_pi_is_replaced_and_input_kept():
    """An existing teipublisher PI is replaced, other prolog nodes stay, the input is unchanged."""
    source = b'<!-- keep --><?teipublisher odd="old.odd"?><TEI xmlns="http://www.tei-c.org/ns/1.0"/>'
    tree = etree.parse(io.BytesIO(source))
    result = etree.tostring(add_teipublisher_pi(tree, "dta.odd"))
    assert result == b'<!-- keep --><?teipublisher odd="dta.odd"?><TEI xmlns="http://www.tei-c.org/ns/1.0"/>'
    assert etree.tostring(tree) == source


def test_odd_name_is_checked():
    """A value that could break the instruction is refused."""
    with pytest.raises(ExportError):
        add_teipublisher_pi(etree.parse(str(SAMPLE)), 'x"?><evil/>.odd')
