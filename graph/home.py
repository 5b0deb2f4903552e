"""LIANDONG_HOME is owner-only, all of it: the graph server's data and logs, the password, the
users file, the audit log and its key, the uploads.

* :func:`secure_home` creates the folder 0700 and takes the group and other bits off everything
  already in it (an existing home, files an older version or another tool left 0644) — without
  following symbolic links;
* the embedded server and the app run with ``umask 077`` (:data:`PRIVATE_UMASK`), so what they
  write later — the JVM's data files, logs, ``server.json``, uploaded letters — is born private;
* :func:`private_dir` makes one folder under the home (and the missing ones above it) 0700.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

PRIVATE_UMASK = 0o077


def _strip(path: str | Path, st: os.stat_result) -> None:
    mode = stat.S_IMODE(st.st_mode)
    if mode & PRIVATE_UMASK:
        os.chmod(path, mode & 0o700)  # callers never pass a symbolic link


def secure_home(home: Path, *, walk: bool = True) -> None:
    """Create ``home`` owner-only; with ``walk``, take group/other access off everything inside."""
    home.mkdir(parents=True, exist_ok=True, mode=0o700)
    _strip(home, home.stat())
    if not walk:
        return
    for folder, dirs, files in os.walk(home, followlinks=False):
        for name in dirs + files:
            path = os.path.join(folder, name)
            try:
                st = os.lstat(path)
            except OSError:
                continue  # gone meanwhile
            if stat.S_ISLNK(st.st_mode):
                continue  # never touch what a link points at
            try:
                _strip(path, st)
            except OSError:
                pass  # not ours (another user's file in our home): nothing we can do here


def private_dir(path: Path, home: Path) -> Path:
    """``path`` (under ``home``) created 0700, and every folder from ``home`` down to it 0700."""
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    current = path
    while True:
        _strip(current, current.stat())
        if current == home or current.parent == current or home not in current.parents:
            break
        current = current.parent
    return path
