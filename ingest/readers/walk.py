"""Files and folders given to ingestion → one :class:`ReadResult` per document: folders walked in sorted order,
junk skipped, symbolic links never followed outside the folder given, zips expanded."""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from pathlib import Path

from .archives import _is_junk, _iter_zip_file
from .documents import read_file
from .encoding import Decoded
from .formats import _suffix
from .model import DEFAULT_LIMITS, ReadLimits, ReadResult, Status
from .results import _os_note, _result

__all__ = ["iter_documents"]


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
