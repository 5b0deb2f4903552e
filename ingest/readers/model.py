"""Data model of the read stage: statuses, limits and the per-document result."""

from __future__ import annotations

import enum
from dataclasses import dataclass


class Status(enum.StrEnum):
    """Outcome of reading one file or archive member.

    A ``StrEnum``: ``result.status == "ok"`` works as well as ``Status.OK``.
    """

    OK = "ok"
    #: 0 bytes, or a document/page that contains only whitespace.
    EMPTY = "empty"
    #: Binary data where text was expected (e.g. random bytes named ``.txt``).
    BINARY = "binary"
    #: Damaged, truncated, password-protected or malformed file / archive entry.
    CORRUPT = "corrupt"
    #: Over the configured size limit (checked before reading).
    TOO_LARGE = "too_large"
    #: PDF whose pages carry no extractable text (scanned image).
    NO_TEXT_LAYER = "no_text_layer"
    #: Text whose encoding could not be determined, or PDF text without a Unicode mapping.
    UNDECODABLE = "undecodable"
    #: File type the reader does not handle (.doc, images, ...).
    UNSUPPORTED = "unsupported"
    #: The operating system refused to give us the bytes (missing, permission, not a file).
    UNREADABLE = "unreadable"


MB = 1000 * 1000


@dataclass(frozen=True, slots=True)
class ReadLimits:
    """Resource limits. All sizes in bytes.

    ``max_bytes`` is a hard ceiling: a file or archive member whose size is
    ``>= max_bytes`` is reported as ``too_large`` without reading its content
    (so with the default, a 50 MB file is rejected).
    """

    max_bytes: int = 50 * MB
    #: Ceiling on the size of a zip archive on disk (archives are not loaded in memory).
    max_archive_bytes: int = 2000 * MB
    #: Total decompressed bytes read from one top-level archive (nested ones included).
    max_archive_total_bytes: int = 500 * MB
    #: Number of members considered in one archive; the rest are reported once.
    max_archive_members: int = 10_000
    #: How many zips inside zips are opened (0 = never open a zip found inside a zip).
    max_archive_depth: int = 2
    #: Declared uncompressed total of the parts of a .docx (it is a zip too).
    max_docx_unpacked_bytes: int = 200 * MB
    #: Decompressed/compressed ratio above which a large member is treated as a zip bomb.
    max_compression_ratio: int = 200


DEFAULT_LIMITS = ReadLimits()


@dataclass(frozen=True, slots=True)
class ReadResult:
    """What the reader got out of one file or archive member.

    ``text`` is the decoded original text (no simplification, no other rewriting
    beyond what the format requires) and is set only when ``status`` is ``ok``.
    ``reason`` is a one-line message naming the file; for ``ok`` it is empty
    unless there is something worth telling (e.g. a lossy decode).
    """

    path: str
    sha256: str | None
    size: int | None
    format: str
    encoding: str | None
    text: str | None
    status: Status
    reason: str = ""

    @property
    def ok(self) -> bool:
        return self.status is Status.OK
