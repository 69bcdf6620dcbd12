"""tei-pipeline: archival English translations of historical records into validated TEI P5.

The library API is what the CLI uses:

    from pipeline import convert, serialize
    result = convert(open("114178.txt", "rb").read())
    data = serialize(result.tree)
"""

__version__ = "0.1.0"

from .convert import Conversion, convert  # noqa: E402
from .serialize import serialize  # noqa: E402

__all__ = ["Conversion", "convert", "serialize", "__version__"]
