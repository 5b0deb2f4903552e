"""A read's outcome as a :class:`ReadResult`: the digest, the status and the reason a clerk reads (sizes over
the limits, operating-system errors)."""

from __future__ import annotations

import hashlib

from .encoding import Decoded
from .model import ReadResult, Status


def _human(n: int) -> str:
    return f"{n / 1_000_000:.1f} MB" if n >= 100_000 else f"{n} bytes"


def _result(
    path: str,
    data: bytes | None,
    size: int | None,
    fmt: str,
    decoded: Decoded,
    *,
    sha256: str | None = None,
) -> ReadResult:
    if sha256 is None and data is not None:
        sha256 = hashlib.sha256(data).hexdigest()
    ok = decoded.status is Status.OK
    return ReadResult(
        path=path,
        sha256=sha256,
        size=size,
        format=fmt,
        encoding=decoded.encoding,
        text=decoded.text if ok else None,
        status=decoded.status,
        reason=f"{path}: {decoded.note}" if decoded.note else "",
    )


def _too_large(path: str, size: int, fmt: str, limit: int, what: str = "file") -> ReadResult:
    note = (
        f"{what} is {_human(size)}, at or over the {_human(limit)} limit — "
        "split it or raise the limit"
    )
    return _result(path, None, size, fmt, Decoded(Status.TOO_LARGE, note=note))


def _os_note(exc: OSError) -> str:
    if isinstance(exc, FileNotFoundError):
        return "file not found"
    if isinstance(exc, PermissionError):
        return "permission denied — check the file's access rights"
    return f"cannot read the file ({exc.strerror or exc})"
