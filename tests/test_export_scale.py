"""Exports of many documents: read one document at a time, written all or nothing."""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from lxml import etree

from pipeline.errors import ExportError, PipelineError
from pipeline.export import corpus, text
from pipeline.export._common import Documents, serialize_xml, write_files

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "tei" / "114178.xml"


def _copies(folder: Path, count: int) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = [folder / f"doc-{i:03d}.xml" for i in range(count)]
    for path in paths:
        shutil.copyfile(SAMPLE, path)
    return paths


def _peak_kb(args: list[str]) -> int:
    """The peak resident memory of `tei-pipeline ARGS` run as its own process, in KB."""
    process = subprocess.Popen([sys.executable, "-c", "from pipeline.cli import main; main()",
                                *args], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(process.pid, 0)
    stderr = process.stderr.read().decode()
    process.stderr.close()
    process.returncode = os.waitstatus_to_exitcode(status)
    assert process.returncode == 0, stderr
    return usage.ru_maxrss


@pytest.mark.parametrize("format_name", ["corpus", "bag"])
def test_an_export_holds_one_document_at_a_time(tmp_path, format_name):
    """Exporting 44 documents takes about the memory of exporting 4. Each parsed copy of the
    example takes about 1 MB, and when the export held every document (as it did) the larger
    run peaked some 40 MB higher."""
    few, many = _copies(tmp_path / "few", 4), _copies(tmp_path / "many", 44)
    small = _peak_kb(["export", format_name, *map(str, few), "-o", str(tmp_path / "out-few")])
    large = _peak_kb(["export", format_name, *map(str, many), "-o", str(tmp_path / "out-many")])
    assert large - small < 10 * 1024, f"{small} KB for 4 documents, {large} KB for 44"


def test_documents_are_parsed_when_asked_for(tmp_path):
    """Documents reads a file only when an export asks for it, and says where one is bad."""
    paths = _copies(tmp_path, 3)
    docs = Documents(paths)
    paths[2].write_bytes(b"<not-closed>")     # read only when the export comes to it
    assert len(docs) == 3 and docs.paths == paths
    path, tree = docs[0]
    assert path == paths[0] and tree.getroot().tag.endswith("TEI")
    assert docs[1:].paths == paths[1:]
    with pytest.raises(PipelineError) as error:
        docs[2]
    assert str(paths[2]) in error.value.located()


def test_documents_refuse_a_file_changed_after_validation(tmp_path):
    """A file whose bytes changed after it was validated is refused, not exported unchecked."""
    path, = _copies(tmp_path, 1)
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    assert Documents([path], [digest])[0][0] == path
    path.write_bytes(path.read_bytes().replace(b"Zhou", b"Chou"))
    with pytest.raises(ExportError, match="changed after it was validated"):
        Documents([path], [digest])[0]


def test_streamed_corpus_is_what_build_serializes(tmp_path):
    """The corpus export writes member by member the bytes of the whole corpus tree, also for
    a document that needs a namespace of its own and for two files with the same name."""
    first, second = _copies(tmp_path / "a", 2)
    other = _copies(tmp_path / "b", 1)[0]                  # the same file name as `first`
    tree = etree.parse(str(second))
    tree.getroot().set("{http://example.org/ns}mark", "x")   # declared on that TEI only
    second.write_bytes(serialize_xml(tree))
    docs = Documents([first, second, other])
    corpus.export(docs, tmp_path / "corpus.xml")
    assert (tmp_path / "corpus.xml").read_bytes() == serialize_xml(corpus.build(docs))
    assert b'xml:id="doc-000-2.' in (tmp_path / "corpus.xml").read_bytes()


def test_a_failed_export_leaves_the_folder_as_it_was(tmp_path):
    """A render that fails on the third document leaves the folder as it was, staging and all;
    one that succeeds puts every file in place."""
    out = tmp_path / "out"
    out.mkdir()
    (out / "doc-000.html").write_bytes(b"earlier")
    docs = Documents(_copies(tmp_path / "in", 3))

    def render(index: int) -> bytes:
        if index == 2:
            raise ExportError("the third document is bad")
        return b"new"

    with pytest.raises(ExportError):
        write_files(out, docs, ".html", render)
    assert sorted(p.name for p in out.iterdir()) == ["doc-000.html"]   # no staging folder left
    assert (out / "doc-000.html").read_bytes() == b"earlier"
    write_files(out, docs, ".html", lambda index: b"new")
    assert sorted(p.name for p in out.iterdir()) == ["doc-000.html", "doc-001.html", "doc-002.html"]
    assert (out / "doc-000.html").read_bytes() == b"new"


def test_text_export_keeps_two_documents_with_the_same_name(tmp_path):
    """Two files called doc-000.xml in different folders: the second is doc-000-2.txt, where
    it used to overwrite the first."""
    first, = _copies(tmp_path / "a", 1)
    second, = _copies(tmp_path / "b", 1)
    tree = etree.parse(str(second))
    paragraph = tree.find(".//{http://www.tei-c.org/ns/1.0}body//{http://www.tei-c.org/ns/1.0}p")
    paragraph.text = "Changed. " + (paragraph.text or "")
    second.write_bytes(serialize_xml(tree))
    text.export(Documents([first, second]), tmp_path / "out")
    written = {p.name: p.read_text(encoding="utf-8") for p in (tmp_path / "out").iterdir()}
    assert sorted(written) == ["doc-000-2.txt", "doc-000.txt"]
    assert ["Changed. " in written[name] for name in ("doc-000.txt", "doc-000-2.txt")] == \
        [False, True]


def test_output_names_never_collide():
    """Every document gets a name of its own, whatever the case of the letters and whatever
    name a repeated stem became; with several documents `index` stays the collection's."""
    from pipeline.export._common import names

    def named(*paths: str) -> list[str]:
        return names(Documents(paths))

    assert named("a/x.xml", "b/x.xml", "c/x-2.xml") == ["x", "x-2", "x-2-2"]
    assert named("A.xml", "a.xml") == ["A", "a-2"]
    assert named("index.xml", "y.xml") == ["index-2", "y"]
    assert named("index.xml") == ["index"]


def test_a_document_called_index_keeps_its_page(tmp_path):
    """html of index.xml and another: the collection page is index.html, the document's page
    index-2.html (it was overwritten by the collection page)."""
    from pipeline.export import html

    first = tmp_path / "in" / "index.xml"
    first.parent.mkdir()
    shutil.copyfile(SAMPLE, first)
    other, = _copies(tmp_path / "other", 1)
    html.export(Documents([first, other]), tmp_path / "out")
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == \
        ["doc-000.html", "index-2.html", "index.html"]
    collection = (tmp_path / "out" / "index.html").read_text(encoding="utf-8")
    assert 'href="index-2.html"' in collection and 'href="doc-000.html"' in collection
    assert "Index of names" in (tmp_path / "out" / "index-2.html").read_text(encoding="utf-8")
