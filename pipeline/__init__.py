"""tei-pipeline: archival English translations of historical records into validated TEI P5.

The library API is what the CLI uses:

    from pipeline import convert, serialize
    result = convert(open("114178.txt", "rb").read())
    data = serialize(result.tree)
"""

__version__ = "0.1.0"

from .serialize import serialize  # noqa: E402

__all__ = ["Conversion", "convert", "serialize", "__version__"]


def __getattr__(name: str):
    """`convert` and `Conversion` are imported when first asked for (`pipeline.conversion`):
    a process that only validates or exports, as make runs one a document, does not load the
    converter, which is a third of its start-up."""
    if name in ("Conversion", "convert"):
        from . import conversion
        globals().update(Conversion=conversion.Conversion, convert=conversion.convert)
        return globals()[name]
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
