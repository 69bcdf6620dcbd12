"""The compiled build: the hot modules run compiled, from their current source, and the pure
Python package gives the same bytes."""

from __future__ import annotations

import importlib
import importlib.machinery
import importlib.util
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from pipeline import convert, serialize

ROOT = Path(__file__).resolve().parents[1]


def setup_script():
    """setup.py as a module (setup() itself runs only as a script)."""
    spec = importlib.util.spec_from_file_location("setup", ROOT / "setup.py")
    setup = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(setup)
    return setup


def compiled_modules() -> list[str]:
    """setup.py's list of the modules it compiles."""
    return setup_script().COMPILED


CORPUS = sorted((ROOT.parent / "shared" / "corpus").glob("*/*.txt"))
SOURCES = [ROOT / "examples" / "114178.txt", *CORPUS]


def module_name(source: str) -> str:
    return source.removesuffix(".py").replace("/", ".")


@pytest.mark.skipif(bool(os.environ.get("TEI_PIPELINE_PURE")), reason="a pure Python build")
@pytest.mark.parametrize("source", compiled_modules())
def test_hot_modules_run_compiled(source: str) -> None:
    """Each module setup.py compiles is loaded compiled (conftest.py stops the session
    before any test when one is older than its source)."""
    module = importlib.import_module(module_name(source))
    assert Path(module.__file__).name.endswith(tuple(importlib.machinery.EXTENSION_SUFFIXES)), (
        f"{source} is not compiled (run make)")


def test_a_stale_compiled_module_is_found(tmp_path: Path) -> None:
    """A compiled module older than its source is named; one compiled after it is not."""
    from conftest import stale_compiled_modules

    suffix = importlib.machinery.EXTENSION_SUFFIXES[0]
    (tmp_path / "pipeline" / "markup").mkdir(parents=True)
    for name, compiled_later in (("pipeline/names", False), ("pipeline/markup/dates", True)):
        source, compiled = tmp_path / f"{name}.py", tmp_path / f"{name}{suffix}"
        source.write_text("")
        compiled.write_bytes(b"")
        os.utime(source, (1_000, 2_000 if compiled_later else 3_000))
        os.utime(compiled, (1_000, 2_500))
    assert stale_compiled_modules(tmp_path) == ["pipeline/names.py"]


def test_pure_python_gives_the_same_bytes(tmp_path: Path) -> None:
    """The package's source, run uncompiled, converts the example and the corpus to the same
    bytes, with the same warnings, as the package these tests import."""
    shutil.copytree(ROOT / "pipeline", tmp_path / "pipeline",
                    ignore=shutil.ignore_patterns("*.so", "__pycache__"))
    script = ("import sys\n"
              "import pipeline\n"
              "assert pipeline.__file__.startswith(sys.argv[1]), pipeline.__file__\n"
              "from pipeline import convert, serialize\n"
              "for path in sys.argv[2:]:\n"
              "    c = convert(open(path, 'rb').read())\n"
              "    out = serialize(c.tree) + repr(c.warnings).encode()\n"
              "    sys.stdout.buffer.write(out + b'\\0')\n")
    run = subprocess.run([sys.executable, "-c", script, str(tmp_path), *map(str, SOURCES)],
                         cwd=tmp_path, env={**os.environ, "PYTHONPATH": str(tmp_path)},
                         capture_output=True, check=True)
    pure = run.stdout.split(b"\0")[:-1]
    assert len(pure) == len(SOURCES)
    for path, expected in zip(SOURCES, pure):
        c = convert(path.read_bytes())
        assert serialize(c.tree) + repr(c.warnings).encode() == expected, path.name


def test_the_compiled_modules_caches_are_bounded() -> None:
    """A worker's memory must stop growing over a long batch: every cache that the modules
    a conversion runs in keep across documents holds at most WORD_CACHE entries (the
    benchmark measures the memory itself)."""
    import functools

    from pipeline.names import WORD_CACHE

    caches = {}
    for source in compiled_modules():
        module = importlib.import_module(module_name(source))
        caches.update({f"{module.__name__}.{name}": value.cache_info().maxsize
                       for name, value in vars(module).items()
                       if isinstance(value, functools._lru_cache_wrapper)})
    assert caches, "no cache found: the scan is broken"
    assert {name: size for name, size in caches.items()
            if size is None or size > WORD_CACHE} == {}


def test_a_distribution_is_built_from_an_empty_build_lib(tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    """What an earlier build left in build/lib (a renamed module) does not go into a wheel."""
    from setuptools import Distribution
    from setuptools.command.build import build

    built: list[bool] = []
    monkeypatch.setattr(build, "run", lambda self: built.append(True))
    stale = tmp_path / "lib" / "pipeline" / "convert.py"
    stale.parent.mkdir(parents=True)
    stale.write_text("")
    command = setup_script().FreshBuild(Distribution())
    command.build_lib = str(tmp_path / "lib")
    command.run()
    assert built and not (tmp_path / "lib").exists()


@pytest.mark.parametrize("source", sorted(str(path.relative_to(ROOT)) for path in
                                          (ROOT / "pipeline").rglob("*.py")))
def test_a_module_compiles_without_a_warning(source: str) -> None:
    """An invalid escape in a string (a regex example in a docstring) warns on every import,
    in each of a batch's workers, and is an error in later Pythons."""
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("error")
        compile((ROOT / source).read_text(encoding="utf-8"), source, "exec")
