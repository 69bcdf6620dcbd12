"""Compiles the conversion's hot modules with Cython: the same Python source, a fifth faster.

Everything else about the package is in pyproject.toml. The modules stay plain Python, and
they are compiled as they are, with no type declarations, so the package behaves the same
compiled or not; tests/test_build.py holds the two to the same bytes. The one difference:
compiled, an argument annotated with a builtin type (str, list, dict, int) must have that
type (None is refused), where Python would not check. Compiling is optional: without
Cython or a C compiler, or with TEI_PIPELINE_PURE=1 set, the package installs as pure
Python.
"""

import os
import shutil

from setuptools import setup
from setuptools.command.build import build

# The modules a conversion spends its time in (docs/performance.md). The command line,
# validation and export wait on lxml, libxml2 and libxslt, which compiling would not speed up.
COMPILED = [
    "pipeline/body.py",
    "pipeline/inline.py",
    "pipeline/names.py",
    "pipeline/segment.py",
    "pipeline/tei.py",
    "pipeline/markup/brackets.py",
    "pipeline/markup/dates.py",
    "pipeline/markup/persons.py",
    "pipeline/markup/places.py",
    "pipeline/markup/quantities.py",
]


def extensions() -> list:
    if os.environ.get("TEI_PIPELINE_PURE"):
        return []
    try:
        from Cython.Build import cythonize
    except ImportError:
        return []
    modules = cythonize(
        COMPILED,
        build_dir="build/cython",
        nthreads=os.cpu_count() or 1,
        quiet=True,
        compiler_directives={
            "language_level": 3,
            # Builtin-typed arguments (above) are checked on entry, and their methods and
            # len() then skip Python's generic calls: 2 % fewer instructions.
            "annotation_typing": True,
            # Functions stay introspectable (signatures, hypothesis, pytest).
            "binding": True,
        },
    )
    for module in modules:
        module.optional = True  # a failed compile leaves that module in Python
        # Python's own flags say -O3 -g: this halves the compile time for 0.3 % more instructions.
        module.extra_compile_args = ["-O2", "-g0"]
    return modules


class FreshBuild(build):
    """Builds a distribution from the current sources only. build/lib keeps what earlier
    builds put there, and a wheel takes all of it: a module since renamed, or one no longer
    compiled whose stale .so would be imported in place of its source. (`make` compiles with
    build_ext --inplace, which this does not touch.)"""

    def run(self) -> None:
        shutil.rmtree(self.build_lib, ignore_errors=True)
        super().run()


if __name__ == "__main__":  # tests/test_build.py imports COMPILED
    setup(ext_modules=extensions(), cmdclass={"build": FreshBuild})
