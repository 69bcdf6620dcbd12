"""Fuzz the converter: archive-like texts and raw bytes through convert, validate, text export.

    .venv/bin/python fuzz/run.py [--examples N] [--seed S]

Prints how many inputs it tried and every failure (exception, invalid output, lost text),
and exits 1 if there was any. `make fuzz` runs it.
"""

from __future__ import annotations

import argparse
import collections
import os
import sys
import time
import traceback
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from hypothesis import HealthCheck, given, seed, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from fuzz.strategies import archive_text  # noqa: E402
from pipeline import convert  # noqa: E402
from pipeline.errors import InputError  # noqa: E402
from pipeline.export.text import body_text  # noqa: E402
from pipeline.validate import validate  # noqa: E402


def check(data: str | bytes, failures: dict, counts: collections.Counter) -> None:
    """Run one input through the pipeline and record what went wrong, by kind."""
    counts["tried"] += 1
    try:
        result = convert(data)
    except InputError:
        counts["refused"] += 1
        return
    except Exception as err:  # noqa: BLE001 - a fuzzer records every crash
        kind = f"crash: {type(err).__name__}: {traceback.extract_tb(err.__traceback__)[-1].name}"
        failures.setdefault(kind, (data, traceback.format_exc(limit=-3)))
        counts["failed"] += 1
        return
    counts["converted"] += 1
    try:
        exported = body_text(result.tree)
    except Exception as err:  # noqa: BLE001
        failures.setdefault(f"export crash: {type(err).__name__}", (data, repr(err)))
        counts["failed"] += 1
        return
    if exported != result.source.body:
        failures.setdefault("lost text: export != source body",
                            (data, f"{result.source.body!r}\n!=\n{exported!r}"))
        counts["failed"] += 1
    problems = validate(result.tree)
    if problems:
        failures.setdefault(f"invalid: {problems[0].message[:100]}",
                            (data, "\n".join(map(str, problems[:5]))))
        counts["failed"] += 1


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--examples", type=int,
                        default=int(os.environ.get("FUZZ_EXAMPLES", "5000")))
    parser.add_argument("--seed", type=int, default=None)
    args = parser.parse_args()
    failures: dict = {}
    counts: collections.Counter = collections.Counter()
    inputs = st.one_of(archive_text(), archive_text().map(lambda t: t.encode("utf-8")),
                       st.binary(max_size=400))

    # Hypothesis stops at the first failure of an assertion; here we record and go on, so
    # the test body never fails and every example is tried.
    @settings(max_examples=args.examples, deadline=None, database=None,
              suppress_health_check=list(HealthCheck))
    @given(inputs)
    def run(data):
        check(data, failures, counts)

    if args.seed is not None:
        run = seed(args.seed)(run)
    started = time.monotonic()
    run()
    elapsed = time.monotonic() - started
    print(f"fuzz: tried {counts['tried']} inputs in {elapsed:.0f}s: {counts['converted']} "
          f"converted, {counts['refused']} refused (InputError), {counts['failed']} failed "
          f"({len(failures)} distinct failures)")
    for kind, (data, detail) in failures.items():
        print(f"\n== {kind}\ninput: {data!r}\n{detail}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
