"""The command line as a user meets it: messages, exit codes, files left behind."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from lxml import etree

from pipeline.cli import main

from conftest import ROOT

EXAMPLE = ROOT / "examples" / "114178.txt"
NS = {"t": "http://www.tei-c.org/ns/1.0"}


def run(*args: str, input: bytes | None = None):
    return CliRunner().invoke(main, list(args), input=input)


def test_convert_file_to_file(tmp_path: Path):
    """convert SRC -o OUT writes the TEI and exits 0."""
    out = tmp_path / "out.xml"
    result = run("convert", str(EXAMPLE), "-o", str(out))
    assert result.exit_code == 0, result.output
    assert etree.parse(str(out)).getroot().tag == "{http://www.tei-c.org/ns/1.0}TEI"


def test_convert_stdin_to_stdout():
    """`-` reads standard input; without -o the TEI goes to standard output."""
    result = run("convert", "-", input="Premier Zhou: Welcome.\n\nPremier Kim: Thanks.\n".encode())
    assert result.exit_code == 0
    assert b"<sp who=" in result.stdout_bytes


def test_convert_several_files_to_a_folder(tmp_path: Path):
    """Several sources go into a folder as NAME.xml."""
    (tmp_path / "a.txt").write_text("Nehru: Yes.\n\nZhou: No.\n")
    (tmp_path / "b.txt").write_text("Nehru: Again.\n\nZhou: Again no.\n")
    out = tmp_path / "out"
    out.mkdir()
    result = run("convert", str(tmp_path / "a.txt"), str(tmp_path / "b.txt"), "-o", str(out))
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in out.iterdir()) == ["a.xml", "b.xml"]


def test_empty_input_is_refused_without_output(tmp_path: Path):
    """An empty file gets `file:line: message`, exit 1 and no output file."""
    src = tmp_path / "empty.txt"
    src.write_bytes(b"")
    out = tmp_path / "out.xml"
    result = run("convert", str(src), "-o", str(out))
    assert result.exit_code == 1
    assert result.output.startswith(f"{src}:1: the file is empty")
    assert list(tmp_path.iterdir()) == [src]


def test_binary_input_is_refused(tmp_path: Path):
    """A PNG given as a source is named as such, exit 1."""
    src = tmp_path / "scan.txt"
    src.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    result = run("convert", str(src), "-o", str(tmp_path / "o.xml"))
    assert result.exit_code == 1
    assert "this is a PNG image, not a text file" in result.output
    assert "Traceback" not in result.output


def test_illegal_xml_character_is_located(tmp_path: Path):
    """A control character says where it is: line and column."""
    src = tmp_path / "bad.txt"
    src.write_bytes(b"Premier Zhou: fine.\n\nPremier Kim: a\x01b\n")
    result = run("convert", str(src), "-o", str(tmp_path / "o.xml"))
    assert result.exit_code == 1
    assert result.output.startswith(f"{src}:3:15: ")
    assert "U+0001" in result.output
    assert not (tmp_path / "o.xml").exists()


def test_validate_reports_every_problem_as_json(tmp_path: Path):
    """validate --format json lists all problems with line and column; exit 1."""
    bad = tmp_path / "bad.xml"
    bad.write_text('<TEI xmlns="http://www.tei-c.org/ns/1.0"><text><body><p>[x]</p></body></text></TEI>')
    result = run("validate", "--format", "json", str(bad))
    assert result.exit_code == 1
    report = json.loads(result.stdout)
    assert report["valid"] is False and report["problems"]
    assert all({"path", "line", "column", "message"} <= set(p) for p in report["problems"])


def test_validate_accepts_the_committed_example():
    """The committed tei/114178.xml is valid: exit 0."""
    result = run("validate", str(ROOT / "tei" / "114178.xml"))
    assert result.exit_code == 0, result.output


def test_validate_shows_a_name_that_is_not_utf8(tmp_path: Path):
    """validate prints a Latin-1 file name with U+FFFD, even where standard output takes only
    UTF-8 (it was an internal error), in text and in JSON."""
    name = tmp_path / os.fsdecode(b"caf\xe9.xml")
    try:
        name.write_bytes(b'<TEI xmlns="http://www.tei-c.org/ns/1.0"/>')
    except OSError:
        pytest.skip("this file system refuses names that are not UTF-8")
    tool = Path(sys.executable).with_name("tei-pipeline")
    environment = {**os.environ, "PYTHONIOENCODING": "utf-8:strict"}
    for extra in ([], ["--format", "json"]):
        run = subprocess.run([str(tool), "validate", *extra, str(name)], capture_output=True,
                             env=environment)
        assert run.returncode == 1 and not run.stderr, run.stderr
        assert "caf\ufffd.xml".encode() in run.stdout


def test_a_reader_that_goes_away_is_not_an_error_to_report(tmp_path: Path):
    """`convert x.txt | head`: when standard output's reader has gone, convert stops with exit
    1 and says nothing (it used to report an internal error, a broken pipe)."""
    tool = Path(sys.executable).with_name("tei-pipeline")
    process = subprocess.Popen([str(tool), "convert", str(EXAMPLE), "-o", "-"],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    process.stdout.close()   # the reader goes before the first byte is written
    assert process.wait(timeout=60) == 1
    assert process.stderr.read() == b""


def test_no_output_destroys_a_users_file(tmp_path: Path, monkeypatch):
    """Outputs never take the place of what the user has: tables refused a folder holding
    other files (it emptied it, the inputs with it) and the current folder; export refuses
    to write over a document it exports; a converted TEI is not a register to overwrite."""
    tei = tmp_path / "w" / "a.xml"
    tei.parent.mkdir()
    tei.write_bytes((ROOT / "tei" / "114178.xml").read_bytes())
    (tmp_path / "w" / "notes.md").write_text("precious")
    result = run("export", "tables", str(tei), "-o", str(tei.parent))
    assert result.exit_code == 1 and "holds no earlier package (persons.csv)" in result.stderr
    assert sorted(p.name for p in tei.parent.iterdir()) == ["a.xml", "notes.md"]
    monkeypatch.chdir(tei.parent)
    result = run("export", "tables", "a.xml", "-o", ".")
    assert result.exit_code == 1 and "is the current folder or holds it" in result.stderr
    for args in (("text", "a.xml", "-o", "a.xml"), ("corpus", "a.xml", "-o", ".")):
        result = run("export", *args)
        assert result.exit_code == 1, result.output
        assert "the output would overwrite a document being exported" in result.stderr
    assert tei.read_bytes() == (ROOT / "tei" / "114178.xml").read_bytes()
    result = run("convert", str(EXAMPLE), "-o", str(tmp_path / "x.xml"), "--register", "a.xml")
    assert result.exit_code == 1 and "a.xml: this is not a register" in result.stderr
    assert tei.read_bytes() == (ROOT / "tei" / "114178.xml").read_bytes()


def test_an_earlier_package_holding_more_is_not_replaced(tmp_path: Path, monkeypatch):
    """A folder with an earlier package's marker is replaced whole only when it holds that
    package and nothing else: tables exported beside the TEI they came from, a note added to
    a bag, a file beside SAF items were deleted with it."""
    monkeypatch.chdir(tmp_path)
    Path("t").mkdir()
    Path("t/a.xml").write_bytes((ROOT / "tei" / "114178.xml").read_bytes())
    assert run("export", "tables", "t/a.xml", "-o", "t").exit_code == 1   # not a package yet
    for fmt, folder in (("tables", "tables"), ("bag", "bag"), ("saf", "saf")):
        assert run("export", fmt, "t/a.xml", "-o", folder).exit_code == 0
        assert run("export", fmt, "t/a.xml", "-o", folder).exit_code == 0   # replaced: fine
        Path(folder, "notes.txt").write_text("precious")
        result = run("export", fmt, "t/a.xml", "-o", folder)
        assert result.exit_code == 1, fmt
        assert "holds notes.txt, which no earlier package has" in result.stderr
        assert Path(folder, "notes.txt").read_text() == "precious"
        Path(folder, "notes.txt").unlink()
    # The documents exported inside an earlier package's folder: refused, they would go.
    Path("tables/a.xml").write_bytes(Path("t/a.xml").read_bytes())
    Path("bag/data/a.xml").write_bytes(Path("t/a.xml").read_bytes())
    for fmt, document in (("tables", "tables/a.xml"), ("bag", "bag/data/a.xml")):
        result = run("export", fmt, document, "-o", fmt)
        assert result.exit_code == 1, fmt
        assert f"holds {document}, a document being exported" in result.stderr
        assert Path(document).is_file()


def test_batch_checks_its_report_and_register_before_any_work(tmp_path: Path):
    """--report naming a source is refused (it was replaced by JSON), and a report or register
    in a missing folder is refused before the first document, not after the last."""
    src = tmp_path / "src"
    src.mkdir()
    (src / "a.txt").write_bytes(EXAMPLE.read_bytes())
    result = run("batch", str(src), "-o", str(tmp_path / "tei"), "--report", str(src / "a.txt"))
    assert result.exit_code == 1 and "--report names a source" in result.stderr
    assert (src / "a.txt").read_bytes() == EXAMPLE.read_bytes()
    for option in ("--report", "--register"):
        result = run("batch", str(src), "-o", str(tmp_path / "tei"), option,
                     str(tmp_path / "missing" / "f"))
        assert result.exit_code == 1 and "does not exist" in result.stderr
        assert not (tmp_path / "tei").exists()


def test_convert_refuses_what_would_lose_a_document(tmp_path: Path):
    """Two sources of one name (the first was lost), a file where several sources need a
    folder, a tei_all schema that is not there: one line and exit 1, not an internal error;
    `-o new/` is a folder."""
    for folder in ("a", "b"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "memo.txt").write_bytes(EXAMPLE.read_bytes())
    a, b = str(tmp_path / "a" / "memo.txt"), str(tmp_path / "b" / "memo.txt")
    result = run("convert", a, b, "-o", str(tmp_path / "out"))
    assert result.exit_code == 1 and "as " + a + " is; convert them into different" in result.stderr
    assert not (tmp_path / "out").exists()
    (tmp_path / "afile").write_text("")
    result = run("convert", a, str(EXAMPLE), "-o", str(tmp_path / "afile"))
    assert result.exit_code == 1 and "several sources need a folder here" in result.stderr
    result = run("validate", "--tei-all", str(tmp_path / "none.rng"), str(ROOT / "tei" / "114178.xml"))
    assert result.exit_code == 1 and "none.rng: no such file" in result.stderr
    assert run("convert", a, "-o", f"{tmp_path / 'new'}/").exit_code == 0
    assert (tmp_path / "new" / "memo.xml").is_file()
    result = run("convert", a, "-o", str(tmp_path / "afile" / "x.xml"))
    assert result.exit_code == 1 and "afile' is a file, not a folder" in result.stderr


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
def test_a_full_standard_output_is_one_line():
    """`> /dev/full`: convert, export and validate's report say `<stdout>: cannot write: No
    space left on device` and exit 1, not an internal error (export wrote through its own
    path to stdout, validate through click)."""
    tool = Path(sys.executable).with_name("tei-pipeline")
    for args in (["convert", str(EXAMPLE), "-o", "-"],
                 ["export", "text", str(ROOT / "tei" / "114178.xml"), "-o", "-"],
                 ["export", "html", str(ROOT / "tei" / "114178.xml"), "-o", "-"],
                 ["validate", "--format", "json", str(ROOT / "tei" / "114178.xml")]):
        with open("/dev/full", "wb") as full:
            run_ = subprocess.run([str(tool), *args], stdout=full, stderr=subprocess.PIPE)
        assert run_.returncode == 1, args
        assert run_.stderr.strip() == b"<stdout>: cannot write: No space left on device", args


def test_an_output_that_is_a_link_is_written_through(tmp_path: Path):
    """-o LINK writes the file the link points to and keeps the link (the rename replaced the
    link); a device or folder is refused with a message."""
    real, link = tmp_path / "real.xml", tmp_path / "link.xml"
    real.write_text("old")
    link.symlink_to(real)
    assert run("convert", str(EXAMPLE), "-o", str(link)).exit_code == 0
    assert link.is_symlink() and real.read_bytes().startswith(b"<?xml")
    result = run("export", "text", str(real), "-o", "/dev/null")
    assert result.exit_code == 1 and "not a regular file" in result.stderr


def test_sigterm_leaves_no_staging_behind(tmp_path: Path):
    """SIGTERM to an export (from timeout, cron, systemd) cleans up as Ctrl-C does: no
    `.part` staging folder is left beside the outputs."""
    import signal
    import time

    tool = Path(sys.executable).with_name("tei-pipeline")
    folder = tmp_path / "in"   # the example under sixty names
    folder.mkdir()
    for n in range(60):
        (folder / f"d{n:03}.xml").write_bytes((ROOT / "tei" / "114178.xml").read_bytes())
    inputs = sorted(str(p) for p in folder.iterdir())
    process = subprocess.Popen([str(tool), "export", "html", *inputs, "-o", str(tmp_path / "out")],
                               stderr=subprocess.PIPE)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and process.poll() is None and not any(
            p.name.startswith(".staging") for p in (tmp_path / "out").glob(".*")):
        time.sleep(0.02)
    process.send_signal(signal.SIGTERM)
    _, err = process.communicate(timeout=60)
    if process.returncode == 0:
        pytest.skip("the export ended before the signal")
    assert b"internal error" not in err
    assert not list((tmp_path / "out").glob(".*"))


def test_files_from_names_the_files_one_a_line(tmp_path: Path):
    """--files-from LIST: validate and export read the names from a file or standard input,
    after those on the command line; a blank line names nothing."""
    tei = ROOT / "tei" / "114178.xml"
    listing = tmp_path / "files.txt"
    listing.write_bytes(f"{tei}\n\n{tei}\r\n".encode())
    result = run("validate", "--format", "json", str(tei), "--files-from", str(listing))
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["files"] == [str(tei)] * 3
    result = run("validate", "--files-from", "-", input=f"{tei}\n".encode())
    assert result.exit_code == 0 and "1 file(s) valid" in result.stderr
    out = tmp_path / "corpus.xml"
    assert run("export", "corpus", "--files-from", str(listing), "-o", str(out)).exit_code == 0
    assert len(etree.parse(str(out)).getroot().findall("{*}TEI")) == 2


def test_files_from_locates_a_bad_name_at_its_line(tmp_path: Path):
    """A listed file that cannot be read is named with the list's line; exit 1, no output."""
    listing = tmp_path / "files.txt"
    listing.write_text(f"{ROOT / 'tei' / '114178.xml'}\n\nmissing.xml\n")
    result = run("export", "text", "-o", str(tmp_path / "out"), "--files-from", str(listing))
    assert result.exit_code == 1
    assert f"{listing}:3: missing.xml: cannot read: No such file or directory" in result.stderr
    result = run("validate", "--files-from", str(listing))   # one problem of the report
    assert result.exit_code == 1
    assert "missing.xml:0:0: cannot read: No such file or directory (named at " \
           f"{listing}:3)" in result.stdout
    assert not (tmp_path / "out").exists()
    result = run("validate", "--files-from", str(tmp_path / "absent.txt"))
    assert result.exit_code == 1 and "absent.txt: cannot read the list of files" in result.stderr
    empty = tmp_path / "empty.txt"
    empty.write_text("\n")
    result = run("export", "corpus", "--files-from", str(empty), "-o", str(tmp_path / "c.xml"))
    assert result.exit_code == 1 and "the list names no file" in result.stderr
    assert run("validate", "--files-from", str(empty)).exit_code == 0  # nothing to check
    assert run("validate").exit_code == 2  # neither files nor a list: a usage error


def test_export_text_reproduces_the_source_body(tmp_path: Path):
    """export text writes the body of the source back."""
    out = tmp_path / "body.txt"
    result = run("export", "text", str(ROOT / "tei" / "114178.xml"), "-o", str(out))
    assert result.exit_code == 0, result.output
    source = EXAMPLE.read_text()
    assert source.endswith(out.read_text())
    assert out.read_text().startswith("Time: 11 July 1961")


def test_export_refuses_an_invalid_document(tmp_path: Path):
    """A document that fails validation is not exported: exit 1, nothing written."""
    bad = tmp_path / "bad.xml"
    bad.write_text('<TEI xmlns="http://www.tei-c.org/ns/1.0"/>')
    out = tmp_path / "out.txt"
    result = run("export", "text", str(bad), "-o", str(out))
    assert result.exit_code == 1
    assert "not exported" in result.output
    assert not out.exists()


def test_usage_error_exits_2():
    """An unknown export format is a usage error: exit 2, also in a list of formats."""
    assert run("export", "nope", "x.xml").exit_code == 2
    result = run("export", "text,nope", "x.xml")
    assert result.exit_code == 2 and "'nope': not a format" in result.output


def test_export_to_several_formats_at_once(tmp_path: Path):
    """`export text,html,dc` writes OUT/FORMAT/NAME.EXT for each, the bytes a separate export
    of each format writes; several formats need a folder, not standard output."""
    tei = str(ROOT / "tei" / "114178.xml")
    result = run("export", "text,html,dc,text", tei, "-o", str(tmp_path / "all"))
    assert result.exit_code == 0, result.output
    written = sorted(str(p.relative_to(tmp_path / "all")) for p in (tmp_path / "all").rglob("*")
                     if p.is_file())
    assert written == ["dc/114178.dc.xml", "html/114178.html", "text/114178.txt"]
    for name, suffix in (("text", ".txt"), ("html", ".html"), ("dc", ".dc.xml")):
        alone = tmp_path / f"alone{suffix}"
        assert run("export", name, tei, "-o", str(alone)).exit_code == 0
        assert (tmp_path / "all" / name / f"114178{suffix}").read_bytes() == alone.read_bytes()
    result = run("export", "text,dc", tei)
    assert result.exit_code == 1 and "need an output folder" in result.output


def test_a_format_list_that_one_format_refuses_writes_nothing(tmp_path: Path):
    """`export text,zenodo` of a document without a date: zenodo refuses it, and nothing is
    written (the text export was, and an empty zenodo/ folder, in whichever order)."""
    source = tmp_path / "memo.txt"
    source.write_text("Premier Zhou [Enlai]: We agree.\n")
    tei = tmp_path / "memo.xml"
    assert run("convert", str(source), "-o", str(tei)).exit_code == 0
    for formats in ("text,zenodo", "zenodo,text"):
        result = run("export", formats, str(tei), "-o", str(tmp_path / formats))
        assert result.exit_code == 1 and "Zenodo needs a publication date" in result.stderr
        assert not (tmp_path / formats).exists()


@pytest.mark.parametrize("args", [("text", "A", "A"), ("html", "A", "A"), ("bag", "A"),
                                  ("text,dc", "A")])
def test_several_documents_or_a_package_are_not_for_standard_output(args):
    """Standard output takes one document of one format: two bodies of `export text` were
    glued together, with nothing to tell them apart."""
    tei = str(ROOT / "tei" / "114178.xml")
    result = run("export", *(tei if arg == "A" else arg for arg in args), "-o", "-")
    assert result.exit_code == 1 and result.stdout == ""
    assert result.stderr.startswith("<stdout>: ") and "-o FOLDER" in result.stderr


def test_export_says_which_folder_it_cannot_make(tmp_path: Path):
    """A file where a format's folder must go: exit 1, naming it, for a format list and for
    bags alike (one helper makes every export's folder)."""
    tei = str(ROOT / "tei" / "114178.xml")
    (tmp_path / "text").write_text("in the way")
    for args in (["text,dc", tei, "-o", str(tmp_path)],
                 ["bags", tei, "-o", str(tmp_path / "text" / "bags")]):
        result = run("export", *args)
        assert result.exit_code == 1
        assert f"{tmp_path / 'text'}" in result.output
        assert "cannot create the output folder" in result.output


def test_register_gives_one_id_across_documents(tmp_path: Path):
    """Two documents converted one at a time with one register share a person's id."""
    register = tmp_path / "register.xml"
    (tmp_path / "a.txt").write_text("Premier Zhou [Enlai]: Welcome.\n\nPremier Kim: Thanks.\n")
    (tmp_path / "b.txt").write_text("Chou En-lai: Again.\n\nNehru: Yes.\n")
    for name in ("a", "b"):
        result = run("convert", str(tmp_path / f"{name}.txt"), "-o", str(tmp_path / f"{name}.xml"),
                      "--register", str(register))
        assert result.exit_code == 0, result.output
    whos = [etree.parse(str(tmp_path / f"{n}.xml")).find(".//t:sp", NS).get("who") for n in "ab"]
    assert whos == ["#zhou-enlai", "#zhou-enlai"]
    entries = etree.parse(str(register)).findall(".//t:person", NS)
    ids = [e.get("{http://www.w3.org/XML/1998/namespace}id") for e in entries]
    assert ids.count("zhou-enlai") == 1


def test_batch_register_matches_one_at_a_time(tmp_path: Path):
    """A folder converted by batch with a register gives the ids and register that convert gives."""
    src = tmp_path / "src"
    src.mkdir()
    (src / "a.txt").write_text("Premier Zhou [Enlai]: Welcome.\n\nKim Chang-man [Kim Chang Man]: Thanks.\n")
    (src / "b.txt").write_text("Chou En-lai: Again.\n\nKim Chang-man: Yes.\n")
    register = tmp_path / "register.xml"
    result = run("batch", str(src), "-o", str(tmp_path / "out"), "--jobs", "2",
                 "--register", str(register))
    assert result.exit_code == 0, result.output
    whos = {n: [sp.get("who") for sp in etree.parse(str(tmp_path / "out" / f"{n}.xml"))
                .iterfind(".//t:sp", NS)] for n in "ab"}
    assert whos == {"a": ["#zhou-enlai", "#kim-chang-man"], "b": ["#zhou-enlai", "#kim-chang-man"]}
    people = etree.parse(str(register)).findall(".//t:person", NS)
    ids = [p.get("{http://www.w3.org/XML/1998/namespace}id") for p in people]
    assert ids.count("zhou-enlai") == 1 and ids.count("kim-chang-man") == 1
    kim = people[ids.index("kim-chang-man")]
    assert "Kim Chang Man" in [v.text for v in kim.iterfind("t:persName", NS)]
    assert [n.text for n in kim.iterfind("t:note[@type='documents']/t:name", NS)] == ["a", "b"]


def test_convert_can_add_the_tei_publisher_instruction(tmp_path: Path):
    """--teipublisher puts <?teipublisher odd=...?> before the root, and the file stays valid."""
    out = tmp_path / "out.xml"
    result = run("convert", str(EXAMPLE), "-o", str(out), "--teipublisher=dta.odd")
    assert result.exit_code == 0, result.output
    assert out.read_bytes().splitlines()[1] == b'<?teipublisher odd="dta.odd"?>'
    assert run("validate", str(out)).exit_code == 0
    assert run("convert", str(EXAMPLE), "--teipublisher=nope").exit_code == 1


def test_convert_validate_writes_nothing_when_the_result_is_invalid(tmp_path: Path, monkeypatch):
    """convert --validate checks the TEI before writing; an invalid result is not written."""
    out = tmp_path / "out.xml"
    assert run("convert", str(EXAMPLE), "-o", str(out), "--validate").exit_code == 0
    assert out.exists()
    import pipeline.validate as validation
    from pipeline.validate import Problem
    monkeypatch.setattr(validation, "validate_bytes", lambda data, path, tei_all=None: [
        Problem(path, 3, 0, "a made-up problem", "xsd")])
    bad = tmp_path / "bad.xml"
    result = run("convert", str(EXAMPLE), "-o", str(bad), "--validate")
    assert result.exit_code == 1
    assert f"{bad}:3:0: a made-up problem" in result.output
    assert "not written" in result.output and not bad.exists()


@pytest.mark.parametrize("command, loads_converter", [
    (["export", "text", "{tei}", "-o", "{out}"], False),
    (["validate", "{tei}"], False),
    (["convert", "{txt}", "-o", "{out}"], True),
])
def test_a_process_loads_the_converter_only_to_convert(tmp_path: Path, command, loads_converter):
    """make runs one process a document: export and validate start without importing the
    converter (a third of the start-up), convert imports it."""
    args = [a.format(tei=ROOT / "tei" / "114178.xml", txt=EXAMPLE, out=tmp_path / "out")
            for a in command]
    code = ("import sys\nfrom pipeline.cli import main\n"
            f"sys.argv = ['tei-pipeline', *{args!r}]\n"
            "try:\n    main()\nexcept SystemExit as done:\n    assert not done.code, done.code\n"
            "print('pipeline.conversion' in sys.modules)\n")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == str(loads_converter)


def test_python_dash_m_runs_the_command(tmp_path: Path) -> None:
    """`python -m pipeline` is the `tei-pipeline` command (it said `No module named
    pipeline.__main__`), with its name in messages and its exit status."""
    run = subprocess.run([sys.executable, "-m", "pipeline", "--version"], capture_output=True,
                         text=True)
    assert run.returncode == 0 and run.stdout.startswith("tei-pipeline, version ")
    run = subprocess.run([sys.executable, "-m", "pipeline", "convert", str(tmp_path / "none.txt")],
                         capture_output=True, text=True)
    assert run.returncode == 1 and "none.txt" in run.stderr and "Traceback" not in run.stderr
    run = subprocess.run([sys.executable, "-m", "pipeline", "--help"], capture_output=True, text=True)
    assert "Usage: tei-pipeline" in run.stdout
