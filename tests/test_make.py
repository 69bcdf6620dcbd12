"""The Makefile: pattern rules over any SRC/OUT, -j2, only what changed, nothing half-written."""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
import generate  # noqa: E402

pytestmark = pytest.mark.skipif(shutil.which("make") is None or
                                not (ROOT / ".venv" / ".installed").exists(),
                                reason="needs make and the set-up virtual environment")


# What the make running the tests (`make -s test`, `make -j4 test`) would hand on to the make
# these tests run: its options (-s would silence the commands the tests read) and its
# jobserver.
_OUTER_MAKE = ("MAKEFLAGS", "MFLAGS", "MAKELEVEL", "MAKEOVERRIDES")


def make(tmp_path: Path, *targets: str, code: str = "") -> subprocess.CompletedProcess:
    # CODE= pins the code prerequisites (another test covers them) so that edits to the
    # pipeline made while the tests run cannot make a rerun rebuild.
    env = {name: value for name, value in os.environ.items() if name not in _OUTER_MAKE}
    return subprocess.run(["make", "--no-print-directory", "-C", str(ROOT), "-j2",
                           f"SRC={tmp_path / 'src'}", f"OUT={tmp_path / 'out'}",
                           f"EXPORT={tmp_path / 'export'}", f"CODE={code}", *targets],
                          capture_output=True, text=True, env=env)


def converted(run: subprocess.CompletedProcess) -> list[str]:
    return [line for line in run.stdout.splitlines() if "tei-pipeline convert" in line]


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """Three generated sources in tmp_path/src."""
    generate.generate(3, tmp_path / "src", seed=5, size=2_500)
    return tmp_path


def test_make_j2_converts_all_then_nothing_then_one(folder: Path) -> None:
    """make -j2 converts every source; again does nothing; touching one source rebuilds one."""
    first = make(folder, "convert")
    assert first.returncode == 0, first.stderr
    assert sorted(p.name for p in (folder / "out").iterdir()) == [
        "doc-00001.xml", "doc-00002.xml", "doc-00003.xml"]
    second = make(folder, "convert")
    assert converted(second) == [] and "Nothing to be done" in second.stdout
    source = folder / "src" / "doc-00002.txt"
    # Newer than its output, however long the first make took (it may have compiled first).
    later = (folder / "out" / "doc-00002.xml").stat().st_mtime + 5
    os.utime(source, (later, later))
    third = make(folder, "convert")
    assert len(converted(third)) == 1 and "doc-00002.txt" in converted(third)[0]


def test_a_code_change_reconverts_everything(folder: Path) -> None:
    """Outputs depend on the converting code (CODE): a newer code file rebuilds them all."""
    for extra in ("doc-00002.txt", "doc-00003.txt"):
        (folder / "src" / extra).unlink()
    code = folder / "code.py"
    code.write_text("")
    assert make(folder, "convert", code=str(code)).returncode == 0
    later = (folder / "out" / "doc-00001.xml").stat().st_mtime + 5
    os.utime(code, (later, later))
    assert len(converted(make(folder, "convert", code=str(code)))) == 1


def test_a_failing_source_stops_make_and_leaves_no_output(folder: Path) -> None:
    """An empty source: make fails with the located message and OUT has no file for it."""
    (folder / "src" / "empty.txt").write_bytes(b"")
    run = make(folder, "convert")
    assert run.returncode != 0
    assert f"{folder / 'src' / 'empty.txt'}:1: the file is empty" in run.stderr
    assert not (folder / "out" / "empty.xml").exists()
    assert not [p for p in (folder / "out").iterdir() if not p.name.endswith(".xml")]


@pytest.mark.parametrize("name", ["my doc", "a(1)", "a:b", "a;b", "it's", "a$b", "-a"])
def test_a_name_make_cannot_take_is_refused_with_what_to_do(folder: Path, name: str) -> None:
    """make splits names at spaces, reads `:` `;` as its syntax, and would wait for export
    files the exports name otherwise (`a(1)` gives `a-1.txt`): such a source stops make
    with a message naming it and the batch command, and nothing is written."""
    (folder / "src" / f"{name}.txt").write_bytes((folder / "src" / "doc-00001.txt").read_bytes())
    run = make(folder, "convert")
    assert run.returncode == 2
    assert "make takes source names of letters, digits, _, . and -" in run.stderr
    assert f"{name}.txt; rename them" in run.stderr
    assert f"tei-pipeline batch {folder / 'src'} -o {folder / 'out'}" in run.stderr
    assert "No rule" not in run.stderr and not (folder / "out").exists()
    assert make(folder, "help").returncode == 0   # a goal that needs no source still runs


def test_names_make_takes_go_through_every_step(tmp_path: Path) -> None:
    """A name of letters (not only ASCII), digits, `_`, `.` and `-` is converted, validated
    and exported under that name, and a second make does nothing."""
    (tmp_path / "src").mkdir()
    source = ROOT / "examples" / "114178.txt"
    for name in ("cable_1954-10.v2", "Zhou-Enlai-été"):
        (tmp_path / "src" / f"{name}.txt").write_bytes(source.read_bytes())
    assert make(tmp_path, "convert", "validate", "export").returncode == 0
    for name in ("cable_1954-10.v2", "Zhou-Enlai-été"):
        assert (tmp_path / "export" / "text" / f"{name}.txt").read_bytes() == \
            (tmp_path / "export" / "text" / "cable_1954-10.v2.txt").read_bytes()
    assert "tei-pipeline" not in make(tmp_path, "convert", "validate", "export").stdout.replace(
        "tei-pipeline validate", "")


def test_make_validate_and_export_use_their_own_folders(folder: Path) -> None:
    """make validate checks OUT, make export writes EXPORT/text/, never into OUT."""
    run = make(folder, "validate", "export")
    assert run.returncode == 0, run.stdout + run.stderr
    assert "3 file(s) valid" in run.stderr
    assert sorted(p.name for p in (folder / "export" / "text").iterdir()) == [
        "doc-00001.txt", "doc-00002.txt", "doc-00003.txt"]
    assert all(p.suffix == ".xml" for p in (folder / "out").iterdir())


def test_make_help_lists_the_targets() -> None:
    """make help names every target a user needs."""
    run = subprocess.run(["make", "--no-print-directory", "-C", str(ROOT), "help"],
                         capture_output=True, text=True)
    for target in ("all", "help", "setup", "convert", "validate", "export", "test", "bench",
                   "clean"):
        assert f"\n{target} " in "\n" + run.stdout, target


def test_make_tries_no_built_in_rule() -> None:
    """The built-in rules (`%.o: %.c`, RCS, SCCS...) are off: make would try each of them on
    every source and output before the Makefile's own."""
    env = {name: value for name, value in os.environ.items() if name not in _OUTER_MAKE}
    run = subprocess.run(["make", "--no-print-directory", "-C", str(ROOT), "-p", "-n", "help"],
                         capture_output=True, text=True, env=env)
    lines = run.stdout.splitlines()
    assert "tei/%.xml: examples/%.txt" in "\n".join(lines)   # the database was printed
    assert not [line for line in lines if line.startswith(("%.o: %.c", "%:: RCS/", "%:: SCCS/"))]


def test_make_export_writes_every_format_once(folder: Path) -> None:
    """make export -j2 writes each format, per document and per folder; the bag validates."""
    import bagit

    run = make(folder, "export")
    assert run.returncode == 0, run.stderr
    export = folder / "export"
    for name in ("doc-00001", "doc-00002", "doc-00003"):
        for path in (f"text/{name}.txt", f"html/{name}.html", f"dc/{name}.dc.xml",
                     f"zenodo/{name}.zenodo.json", f"bags/{name}/bagit.txt"):
            assert (export / path).is_file(), path
        bagit.Bag(str(export / "bags" / name)).validate()
    for path in ("corpus.xml", "tables/persons.csv", "saf/item_002/contents"):
        assert (export / path).is_file(), path
    again = make(folder, "export")
    assert "tei-pipeline export" not in again.stdout


def test_folder_steps_read_the_outputs_from_a_list(tmp_path: Path) -> None:
    """validate and the folder-wide exports take the outputs from a list make writes, not
    from the command line, which tens of thousands of names would overflow (ARG_MAX)."""
    (tmp_path / "src").mkdir()
    # Names near the longest a file can have, so that fewer files pass the system's limit.
    names = [f"{'a-source-with-a-long-name-' * 9}{n:06}" for n in range(7_000)]
    assert sum(len(str(tmp_path / "out" / f"{name}.xml")) + 1 for name in names) > \
        os.sysconf("SC_ARG_MAX")
    for name in names:
        os.close(os.open(tmp_path / "src" / f"{name}.txt", os.O_CREAT | os.O_WRONLY))
    # -n: make shows the commands (a conversion for each source too) and runs none of them.
    run = make(tmp_path, "-n", "validate", f"{tmp_path / 'export'}/corpus.xml")
    assert run.returncode == 0, run.stderr
    commands = [line for line in run.stdout.splitlines()
                if "tei-pipeline validate" in line or "tei-pipeline export" in line]
    assert len(commands) == 2 and all(len(line) < 1_000 for line in commands), commands
    for command in commands:
        words = shlex.split(command)
        listing = ROOT / words[words.index("--files-from") + 1]
        assert listing.read_text().splitlines() == [
            str(tmp_path / "out" / f"{name}.xml") for name in names]
