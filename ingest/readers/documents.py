"""One document, from disk or in memory → :class:`ReadResult`: the size checks, then decoding dispatched by
format (text, HTML, DOCX, PDF; the rest unsupported, with a hint)."""

from __future__ import annotations

import os
import stat
from pathlib import Path

from .docx_reader import read_docx
from .encoding import Decoded, decode_text
from .formats import _EXT_FORMAT, _EXT_UNSUPPORTED, _UNSUPPORTED_HINTS, _classify, _suffix
from .html_reader import read_html
from .model import DEFAULT_LIMITS, ReadLimits, ReadResult, Status
from .pdf_reader import read_pdf
from .results import _os_note, _result, _too_large

__all__ = ["read_bytes", "read_file"]


def read_bytes(data: bytes, name: str, *, limits: ReadLimits = DEFAULT_LIMITS) -> ReadResult:
    """Read one document already in memory. ``name`` is its display path (sets the format)."""
    size = len(data)
    ext_fmt = _EXT_FORMAT.get(_suffix(name)) or _EXT_UNSUPPORTED.get(_suffix(name)) or "unknown"
    if size >= limits.max_bytes:
        return _too_large(name, size, ext_fmt, limits.max_bytes)
    if size == 0:
        return _result(
            name, data, 0, ext_fmt, Decoded(Status.EMPTY, note="file is empty (0 bytes)")
        )
    fmt = _classify(name, data)
    if fmt == "txt":
        decoded = decode_text(data)
    elif fmt == "html":
        decoded = read_html(data)
    elif fmt == "docx":
        decoded = read_docx(data, limits)
    elif fmt == "pdf":
        decoded = read_pdf(data)
    elif fmt in _UNSUPPORTED_HINTS:
        decoded = Decoded(Status.UNSUPPORTED, note=_UNSUPPORTED_HINTS[fmt])
    else:
        ext = _suffix(name) or "(none)"
        decoded = Decoded(
            Status.UNSUPPORTED,
            note=f"unsupported file type '{ext}' — supported: .txt, .docx, .pdf, .html/.htm, .zip",
        )
        fmt = ext.lstrip(".") or "unknown"
    return _result(name, data, size, fmt, decoded)


def read_file(
    path: Path | str, *, limits: ReadLimits = DEFAULT_LIMITS, nofollow: bool = False, display: str | None = None
) -> ReadResult:
    """Read one file from disk. Never raises for bad input: problems become statuses.

    The size is checked with ``stat`` before anything is read, so an oversized
    file costs nothing. Zip archives are not expanded here (see
    :func:`iter_documents`).
    """
    path = Path(path)
    display = display or str(path)
    ext = _suffix(Path(display).name)
    fmt = _EXT_FORMAT.get(ext) or _EXT_UNSUPPORTED.get(ext) or "unknown"
    try:
        st = path.lstat() if nofollow else path.stat()
    except OSError as exc:
        return _result(display, None, None, fmt, Decoded(Status.UNREADABLE, note=_os_note(exc)))
    if stat.S_ISDIR(st.st_mode):
        note = "is a folder — read it with iter_documents()"
        return _result(display, None, None, "folder", Decoded(Status.UNREADABLE, note=note))
    if stat.S_ISLNK(st.st_mode):
        note = "became a symbolic link while the folder was read — not followed"
        return _result(display, None, None, "link", Decoded(Status.UNREADABLE, note=note))
    if not stat.S_ISREG(st.st_mode):
        note = "not a regular file (device, pipe or socket)"
        return _result(display, None, None, fmt, Decoded(Status.UNREADABLE, note=note))
    if st.st_size >= limits.max_bytes:
        return _too_large(display, st.st_size, fmt, limits.max_bytes)
    try:
        flags = os.O_RDONLY | (os.O_NOFOLLOW if nofollow else 0)
        with os.fdopen(os.open(path, flags), "rb") as fh:
            data = fh.read(limits.max_bytes)
            grew = bool(fh.read(1))
    except OSError as exc:
        return _result(
            display, None, st.st_size, fmt, Decoded(Status.UNREADABLE, note=_os_note(exc))
        )
    if grew:  # the file grew between stat() and read()
        return _too_large(display, limits.max_bytes, fmt, limits.max_bytes)
    return read_bytes(data, display, limits=limits)
