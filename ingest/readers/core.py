"""Entry points of the read stage: files, folders and zip archives → :class:`ReadResult`."""

from __future__ import annotations

import hashlib
import io
import os
import re
import stat
import zipfile
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from .docx_reader import read_docx
from .encoding import Decoded, decode_text
from .html_reader import read_html
from .model import DEFAULT_LIMITS, ReadLimits, ReadResult, Status
from .pdf_reader import read_pdf

__all__ = ["SUPPORTED_SUFFIXES", "iter_documents", "read_bytes", "read_file"]

_EXT_FORMAT = {
    ".txt": "txt",
    ".text": "txt",
    ".docx": "docx",
    ".pdf": "pdf",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".shtml": "html",
    ".zip": "zip",
}
SUPPORTED_SUFFIXES = frozenset(_EXT_FORMAT)

_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_IMAGE_MAGIC = (b"\x89PNG", b"\xff\xd8\xff", b"GIF87a", b"GIF89a", b"II*\x00", b"MM\x00*")

_UNSUPPORTED_HINTS = {
    "doc": "legacy Word 97-2003 format (.doc) is not supported — "
    "open it in Word/WPS and save as .docx (or PDF)",
    "wps": "WPS document format is not supported — save it as .docx or PDF",
    "rtf": "RTF is not supported — open it in Word/WPS and save as .docx",
    "odt": "OpenDocument text is not supported — save it as .docx",
    "ofd": "OFD e-documents are not supported — export it to PDF",
    "image": "image file — run OCR first or supply the text",
    "zip": "zip archive — read it with iter_documents() (or name it .zip)",
    "archive": "only .zip archives are supported — repack it as .zip",
    "mht": "MHTML web archive is not supported — save the page as .html",
    "spreadsheet": "spreadsheets are not supported — supply the letter as .docx, PDF or text",
    "slides": "presentations are not supported — supply the letter as .docx, PDF or text",
}
_EXT_UNSUPPORTED = {
    ".doc": "doc",
    ".dot": "doc",
    ".wps": "wps",
    ".rtf": "rtf",
    ".odt": "odt",
    ".ofd": "ofd",
    ".jpg": "image",
    ".jpeg": "image",
    ".png": "image",
    ".tif": "image",
    ".tiff": "image",
    ".bmp": "image",
    ".gif": "image",
    ".webp": "image",
    ".rar": "archive",
    ".7z": "archive",
    ".tar": "archive",
    ".gz": "archive",
    ".tgz": "archive",
    ".mht": "mht",
    ".mhtml": "mht",
    ".xls": "spreadsheet",
    ".xlsx": "spreadsheet",
    ".et": "spreadsheet",
    ".csv": "spreadsheet",
    ".ppt": "slides",
    ".pptx": "slides",
}
_JUNK_NAMES = frozenset({".ds_store", "thumbs.db", "desktop.ini"})


# --------------------------------------------------------------------------- helpers


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


def _suffix(name: str) -> str:
    return PurePosixPath(name.replace("\\", "/")).suffix.lower()


def _sniff(data: bytes) -> str | None:
    head = data[:1024]
    stripped = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if stripped.startswith(b"%PDF-"):
        return "pdf"
    if head.startswith(_OLE_MAGIC):
        return "ole"
    if head.startswith(b"PK\x03\x04"):
        try:
            with zipfile.ZipFile(io.BytesIO(data)) as zf:
                names = set(zf.namelist())
        except (zipfile.BadZipFile, ValueError, OSError):
            return "zip"
        return "docx" if "word/document.xml" in names else "zip"
    if head.startswith(_IMAGE_MAGIC):
        return "image"
    if stripped.startswith(b"{\\rtf"):
        return "rtf"
    low = stripped[:512].lower()
    if low.startswith((b"<!doctype html", b"<html")) or (
        low.startswith(b"<?xml") and b"<html" in low
    ):
        return "html"
    return None


def _classify(name: str, data: bytes) -> str:
    """Format to read ``data`` as; content signatures beat a misleading extension."""
    ext = _suffix(name)
    by_ext = _EXT_FORMAT.get(ext) or _EXT_UNSUPPORTED.get(ext) or ("txt" if not ext else "unknown")
    sniffed = _sniff(data)
    if sniffed == "ole":
        if by_ext == "docx":
            return "docx"  # read_docx explains (password-protected or legacy .doc)
        return by_ext if by_ext in ("wps", "spreadsheet", "slides") else "doc"
    if sniffed == "zip":
        return "docx" if by_ext == "docx" else "zip"
    if sniffed in ("pdf", "docx", "image", "rtf"):
        return sniffed
    if sniffed == "html" and by_ext in ("txt", "html", "doc", "unknown"):
        return "html"
    return by_ext


# --------------------------------------------------------------------------- single documents


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


def _os_note(exc: OSError) -> str:
    if isinstance(exc, FileNotFoundError):
        return "file not found"
    if isinstance(exc, PermissionError):
        return "permission denied — check the file's access rights"
    return f"cannot read the file ({exc.strerror or exc})"


# --------------------------------------------------------------------------- archives


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


# --------------------------------------------------------------------------- walking


def _outside(path: Path, target: str, root: Path) -> ReadResult:
    note = (
        f"is a symbolic link to {target}, outside the folder given ({root}) — not followed: "
        "ingestion reads only what it was given; copy the file in if it belongs"
    )
    return _result(str(path), None, None, "link", Decoded(Status.UNREADABLE, note=note))


def _walk(folder: Path, limits: ReadLimits, root: Path | None = None) -> Iterator[ReadResult]:
    """Walk ``folder`` (inside ``root``, the resolved folder that was given).

    A symbolic link is never followed outside ``root``: one that points outside (to a file like
    ``LIANDONG_HOME/password`` or to a folder) is quarantined with that reason; one that stays
    inside is read through its resolved path (folders through links are not walked: loops).
    """
    root = root if root is not None else Path(os.path.realpath(folder))
    try:
        entries = sorted(os.scandir(folder), key=lambda e: e.name)
    except OSError as exc:
        yield _result(
            str(folder), None, None, "folder", Decoded(Status.UNREADABLE, note=_os_note(exc))
        )
        return
    for entry in entries:
        if _is_junk(entry.name):
            continue
        path = folder / entry.name
        if entry.is_symlink():
            target = os.path.realpath(path)
            if not Path(target).is_relative_to(root):
                yield _outside(path, target, root)
            elif os.path.isdir(target):
                continue  # symlinked folders are not followed (loops)
            else:
                yield from _one(path, limits, real=Path(target), root=root)
            continue
        try:
            is_dir = entry.is_dir(follow_symlinks=False)
        except OSError:
            is_dir = False
        if is_dir:
            yield from _walk(path, limits, root)
        else:
            yield from _one(path, limits, real=path, root=root)


def _one(path: Path, limits: ReadLimits, *, real: Path | None = None, root: Path | None = None) -> Iterator[ReadResult]:
    """One file (or zip). Inside a walked folder, ``real`` is the checked path: it is opened with
    ``O_NOFOLLOW``, and re-checked against ``root``, so a link swapped in meanwhile is refused."""
    if real is not None and root is not None:
        target = os.path.realpath(real)
        if not Path(target).is_relative_to(root):
            yield _outside(path, target, root)
            return
    if _suffix(path.name) == ".zip":
        yield from _iter_zip_file(path if real is None else real, limits, display=str(path))
    else:
        yield read_file(path if real is None else real, limits=limits, nofollow=real is not None, display=str(path))


def iter_documents(
    paths: Iterable[Path | str], *, limits: ReadLimits = DEFAULT_LIMITS
) -> Iterator[ReadResult]:
    """One :class:`ReadResult` per document found under ``paths``.

    Files are read as they are; folders are walked recursively in sorted
    order (hidden files, ``~$`` Office lock files, ``Thumbs.db``/``.DS_Store``
    and ``__MACOSX`` are skipped; symlinked folders are not followed, and a symbolic link to
    anything outside the folder given is quarantined, never read); ``.zip``
    archives are expanded in memory, members in sorted order, displayed as
    ``letters.zip!/2021/a.txt`` (zips inside zips up to
    ``limits.max_archive_depth``). Every problem becomes a result with a
    non-``ok`` status, never an exception.
    """
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            yield from _walk(path, limits, Path(os.path.realpath(path)))
        else:
            yield from _one(path, limits)
