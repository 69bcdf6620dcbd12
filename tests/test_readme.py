"""The README documents what the tool offers."""

from pipeline.cli import main

from conftest import ROOT


def test_every_cli_command_appears_in_the_readme():
    """Each `tei-pipeline` command is shown in the README."""
    readme = (ROOT / "README.md").read_text()
    for name in main.commands:
        assert f"tei-pipeline {name}" in readme, name


def test_readme_shows_the_two_commands():
    """The first screen names `make` and `make test`."""
    head = (ROOT / "README.md").read_text()[:1500]
    assert "make test" in head and "\nmake " in head
