"""Zip archives → one :class:`ReadResult` per member, in memory: member names repaired and checked (unsafe,
junk), sizes, ratios and a total budget against zip bombs, zips inside zips up to a depth."""

from __future__ import annotations

import io
import re
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from .documents import read_bytes
from .encoding import Decoded
from .formats import _EXT_FORMAT, _EXT_UNSUPPORTED, _suffix
from .model import ReadLimits, ReadResult, Status
from .results import _human, _os_note, _result, _too_large

_JUNK_NAMES = frozenset({".ds_store", "thumbs.db", "desktop.ini"})


@dataclass
class _Budget:
    """Decompressed bytes still allowed for one top-level archive."""

    left: int


def _member_name(info: zipfile.ZipInfo) -> str:
    """Member name, repairing GBK names stored without the UTF-8 flag (Windows zips)."""
    name = info.filename
    if not info.flag_bits & 0x800:
        try:
            raw = name.encode("cp437")
        except UnicodeEncodeError:
            return name
        for enc in ("utf-8", "gb18030"):
            try:
                return raw.decode(enc)
            except UnicodeDecodeError:
                continue
    return name


_DRIVE = re.compile(r"^[A-Za-z]:")


def _unsafe(name: str) -> bool:
    parts = name.split("/")
    return (
        name.startswith("/")
        or bool(_DRIVE.match(name))
        or ".." in parts
        or any(ord(c) < 0x20 for c in name)
    )


def _is_junk(name: str) -> bool:
    parts = [p for p in name.split("/") if p]
    if not parts:
        return True
    base = parts[-1]
    return (
        "__MACOSX" in parts
        or base.lower() in _JUNK_NAMES
        or base.startswith(("~$", "._", "."))
        or any(p.startswith(".") for p in parts[:-1])
    )


def _read_member(zf: zipfile.ZipFile, info: zipfile.ZipInfo, cap: int) -> bytes | None:
    """Read at most ``cap`` bytes; None when the member holds more."""
    chunks: list[bytes] = []
    got = 0
    with zf.open(info) as fh:
        while True:
            chunk = fh.read(min(1 << 20, cap + 1 - got))
            if not chunk:
                break
            chunks.append(chunk)
            got += len(chunk)
            if got > cap:
                return None
    return b"".join(chunks)


def _iter_zip(
    zf: zipfile.ZipFile, display: str, limits: ReadLimits, depth: int, budget: _Budget
) -> Iterator[ReadResult]:
    members: list[tuple[str, zipfile.ZipInfo]] = []
    for info in zf.infolist():
        if info.is_dir():
            continue
        name = _member_name(info).replace("\\", "/")
        while name.startswith("./"):
            name = name[2:]
        if not _unsafe(name) and _is_junk(name):
            continue
        members.append((name, info))
    members.sort(key=lambda m: m[0])
    if not members:
        note = "zip archive contains no files"
        yield _result(display, None, None, "zip", Decoded(Status.EMPTY, note=note))
        return
    overflow = len(members) - limits.max_archive_members
    for name, info in members[: limits.max_archive_members]:
        yield from _zip_member(zf, info, name, display, limits, depth, budget)
    if overflow > 0:
        note = (
            f"archive has {len(members)} files; only the first {limits.max_archive_members} "
            "were read — split the archive"
        )
        yield _result(display, None, None, "zip", Decoded(Status.TOO_LARGE, note=note))


def _zip_member(
    zf: zipfile.ZipFile,
    info: zipfile.ZipInfo,
    name: str,
    archive: str,
    limits: ReadLimits,
    depth: int,
    budget: _Budget,
) -> Iterator[ReadResult]:
    display = f"{archive}!/{name}"
    ext = _suffix(name)
    fmt = _EXT_FORMAT.get(ext) or _EXT_UNSUPPORTED.get(ext) or "unknown"

    def fail(status: Status, note: str) -> ReadResult:
        return _result(display, None, info.file_size, fmt, Decoded(status, note=note))

    if _unsafe(name):
        yield fail(
            Status.CORRUPT,
            "unsafe name in archive (absolute path or '..') — skipped; re-create the archive",
        )
        return
    if info.flag_bits & 0x1:
        yield fail(Status.CORRUPT, "password-protected archive member — supply it unencrypted")
        return
    if info.file_size >= limits.max_bytes:
        yield _too_large(display, info.file_size, fmt, limits.max_bytes, "archive member")
        return
    if info.file_size > 1_000_000 and info.file_size > limits.max_compression_ratio * max(
        1, info.compress_size
    ):
        yield fail(
            Status.TOO_LARGE,
            f"archive member unpacks {info.file_size // max(1, info.compress_size)}x "
            "its packed size (zip bomb?) — not read",
        )
        return
    if info.file_size > budget.left:
        yield fail(
            Status.TOO_LARGE,
            "archive unpacks to more than the total limit "
            f"({_human(limits.max_archive_total_bytes)}) — split the archive",
        )
        return
    try:
        data = _read_member(zf, info, min(limits.max_bytes - 1, budget.left))
    except NotImplementedError as exc:
        yield fail(Status.UNSUPPORTED, f"compression method not supported ({exc}) — re-zip it")
        return
    except RuntimeError as exc:  # encrypted without the flag, etc.
        yield fail(Status.CORRUPT, f"cannot unpack archive member ({exc})")
        return
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError) as exc:
        yield fail(Status.CORRUPT, f"damaged archive member ({exc}) — re-create the archive")
        return
    if data is None:
        yield fail(
            Status.TOO_LARGE,
            "archive member unpacks to more than its declared size / the limit (zip bomb?)",
        )
        return
    budget.left -= len(data)
    if ext == ".zip":
        if depth >= limits.max_archive_depth:
            yield _result(
                display,
                data,
                len(data),
                "zip",
                Decoded(
                    Status.UNSUPPORTED, note="zip nested too deep — not opened; unpack it first"
                ),
            )
            return
        try:
            inner = zipfile.ZipFile(io.BytesIO(data))
        except (zipfile.BadZipFile, ValueError, OSError) as exc:
            yield _result(
                display,
                data,
                len(data),
                "zip",
                Decoded(Status.CORRUPT, note=f"damaged zip archive ({exc})"),
            )
            return
        with inner:
            yield from _iter_zip(inner, display, limits, depth + 1, budget)
        return
    yield read_bytes(data, display, limits=limits)


def _iter_zip_file(path: Path, limits: ReadLimits, *, display: str | None = None) -> Iterator[ReadResult]:
    display = display or str(path)
    try:
        size = path.stat().st_size
    except OSError as exc:
        yield _result(display, None, None, "zip", Decoded(Status.UNREADABLE, note=_os_note(exc)))
        return
    if size >= limits.max_archive_bytes:
        yield _too_large(display, size, "zip", limits.max_archive_bytes, "zip archive")
        return
    if size == 0:
        yield _result(display, b"", 0, "zip", Decoded(Status.EMPTY, note="file is empty (0 bytes)"))
        return
    try:
        zf = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, ValueError, EOFError) as exc:
        note = f"damaged zip archive ({exc}) — re-create it"
        yield _result(display, None, size, "zip", Decoded(Status.CORRUPT, note=note))
        return
    except OSError as exc:
        yield _result(display, None, size, "zip", Decoded(Status.UNREADABLE, note=_os_note(exc)))
        return
    with zf:
        yield from _iter_zip(zf, display, limits, 0, _Budget(limits.max_archive_total_bytes))
