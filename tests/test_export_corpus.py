"""teiCorpus export: valid against tei_all, ids unique, pointers rewritten."""

import os
from pathlib import Path

import pytest
from lxml import etree

from pipeline.export import corpus

SAMPLE = Path(__file__).parent / "fixtures" / "export" / "sample.xml"
TEI_ALL = Path(os.environ.get("TEI_ALL_RNG", "/work/shared/tei/tei_all.rng"))
NS = {"tei": "http://www.tei-c.org/ns/1.0"}


@pytest.fixture(scope="module")
def built():
    """A corpus of the sample twice (the hardest case for ids)."""
    tree = etree.parse(str(SAMPLE))
    return corpus.build([(SAMPLE, tree), (Path("x/sample.xml"), tree)]).getroot()


@pytest.fixture(scope="module")
def tei_all():
    """The tei_all RELAX NG schema (slow to load: once per module)."""
    if not TEI_ALL.is_file():
        pytest.skip(f"tei_all.rng not found at {TEI_ALL} (set TEI_ALL_RNG)")
    return etree.RelaxNG(file=str(TEI_ALL))


def test_corpus_is_valid_tei_all(built, tei_all):
    """The teiCorpus validates against tei_all."""
    assert tei_all.validate(built), tei_all.error_log


def test_ids_unique_and_pointers_resolve(built):
    """xml:ids are unique across documents and every local pointer resolves."""
    ids = built.xpath("//@xml:id")
    assert len(ids) == len(set(ids))
    for value in built.xpath("//@who | //@ref | //@resp | //@target"):
        for token in value.split():
            if token.startswith("#"):
                assert token[1:] in ids, token


def test_ids_are_prefixed_per_document(built):
    """Each document's ids carry its key, so the same person is recognisable in both."""
    keys = built.xpath("tei:TEI/@xml:id", namespaces=NS)
    assert keys == ["sample", "sample-2"]
    assert built.xpath("//tei:person[@xml:id='sample-2.zhou-enlai']", namespaces=NS)


def test_document_key_is_an_ncname():
    """A stem that starts with a digit gets a letter in front."""
    assert corpus.document_key("114178") == "d114178"
    assert corpus.document_key("zhou_kim") == "zhou_kim"


def test_input_tree_is_not_changed():
    """Building a corpus leaves the documents given to it untouched."""
    tree = etree.parse(str(SAMPLE))
    before = etree.tostring(tree)
    corpus.build([(SAMPLE, tree)])
    assert etree.tostring(tree) == before


def test_names_alike_in_ascii_get_distinct_keys():
    """Names that differ only outside ASCII (`Мао`, `Ким`) had one key, so their ids clashed
    and the corpus could not be parsed; the second is now `-2`."""
    from pipeline.export.corpus import document_keys

    assert document_keys(["\u041c\u0430\u043e", "\u041a\u0438\u043c", "114178"]) == \
        ["d---", "d----2", "d114178"]


def test_a_name_with_a_dot_cannot_clash_with_an_id(tmp_path):
    """`memo.archive.xml` had the key `memo.archive`, which is also the id `archive` of
    `memo.xml` prefixed (its respStmt): the corpus had one id twice and could not be parsed.
    Keys hold no dot, the separator of KEY.ID."""
    assert corpus.document_key("memo.archive") == "memo-archive"
    tree = etree.parse(str(SAMPLE))
    built = corpus.build([(tmp_path / "memo.xml", tree), (tmp_path / "memo.archive.xml", tree)])
    ids = built.xpath("//@xml:id")
    assert len(ids) == len(set(ids))
    etree.fromstring(etree.tostring(built))   # libxml2 refuses an id given twice
