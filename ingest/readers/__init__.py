"""Read stage of ingestion: bytes on disk → decoded original text, with a status.

Public API::

    read_file(path, *, limits=DEFAULT_LIMITS) -> ReadResult
    read_bytes(data, name, *, limits=DEFAULT_LIMITS) -> ReadResult
    iter_documents(paths, *, limits=DEFAULT_LIMITS) -> Iterator[ReadResult]

The text view (traditional → simplified, offsets back to the original) is :mod:`graph.types.text`.
Nothing in this package touches the network.
"""

from .documents import read_bytes, read_file
from .encoding import decode_text
from .formats import SUPPORTED_SUFFIXES
from .model import DEFAULT_LIMITS, ReadLimits, ReadResult, Status
from .walk import iter_documents

__all__ = [
    "DEFAULT_LIMITS",
    "SUPPORTED_SUFFIXES",
    "ReadLimits",
    "ReadResult",
    "Status",
    "decode_text",
    "iter_documents",
    "read_bytes",
    "read_file",
]
