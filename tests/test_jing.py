"""jing, the TEI community's reference RELAX NG validator, on what we write (where installed)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

import pipeline
from pipeline.export import exporter
from pipeline.xmlsafe import parse_untrusted

from conftest import ROOT, TEI_ALL

CORPUS = ROOT.parent / "shared" / "corpus" / "wilson"

pytestmark = [
    pytest.mark.skipif(shutil.which("jing") is None,
                       reason="jing is not installed (apt-get install jing; .ci/run does)"),
    pytest.mark.skipif(not TEI_ALL.exists(), reason=f"tei_all.rng not found at {TEI_ALL}"),
]


def jing(*paths: Path) -> subprocess.CompletedProcess:
    return subprocess.run(["jing", str(TEI_ALL), *map(str, paths)], capture_output=True,
                          text=True, timeout=120)


def test_committed_tei_conforms_according_to_jing():
    """jing finds every committed tei/*.xml valid against tei_all."""
    done = jing(*sorted((ROOT / "tei").glob("*.xml")))
    assert done.returncode == 0, done.stdout


def test_development_corpus_and_teicorpus_conform_according_to_jing(tmp_path: Path):
    """Every development-corpus page converts to TEI that jing accepts, and so is their teiCorpus."""
    sources = sorted(CORPUS.glob("*.txt"))
    if not sources:
        pytest.skip(f"no development corpus at {CORPUS}")
    outputs = []
    for source in sources:
        out = tmp_path / f"{source.stem}.xml"
        out.write_bytes(pipeline.serialize(pipeline.convert(source.read_bytes()).tree))
        outputs.append(out)
    docs = [(p, parse_untrusted(p.read_bytes(), str(p))) for p in outputs]
    exporter("corpus").export(docs, tmp_path / "corpus.xml")
    done = jing(*outputs, tmp_path / "corpus.xml")
    assert done.returncode == 0, done.stdout
