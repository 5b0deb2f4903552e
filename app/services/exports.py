"""Exports (CSV, XLSX) served only to the browser session that made them, audited when made.

Streamlit serves a download from ``/media/<id>`` to whoever asks for that URL, with no session.
liandong closes that for exports:

* ``app/serve.py``'s middleware gives each browser a random, HttpOnly, SameSite=Strict cookie
  (:data:`BROWSER_COOKIE`), which the page's own connection carries (``st.context.cookies``);
* an export is made only when its button is clicked (a deferred ``st.download_button``); making
  it writes the audit entry (who, what, rows, bytes, SHA-256) and :meth:`Grants.grant`\\ s its
  bytes to that browser's cookie for :data:`TTL_S` seconds;
* the middleware hashes every ``/media/…`` response: bytes that were granted are delivered only
  to the request carrying the same cookie, before the grant runs out — anyone else gets 404.
"""

from __future__ import annotations

import hashlib
import threading
import time
from dataclasses import dataclass

BROWSER_COOKIE = "liandong_browser"
TTL_S = 600.0


@dataclass(frozen=True)
class Grant:
    browser: str
    expires: float


class Grants:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._by_sha: dict[str, list[Grant]] = {}

    def grant(self, data: bytes, browser: str, *, ttl_s: float = TTL_S) -> str:
        sha = hashlib.sha256(data).hexdigest()
        with self._lock:
            self._prune()
            self._by_sha.setdefault(sha, []).append(Grant(browser, time.monotonic() + ttl_s))
        return sha

    def is_export(self, sha: str) -> bool:
        with self._lock:
            return sha in self._by_sha

    def allowed(self, sha: str, browser: str | None) -> bool:
        """True when these bytes were granted to ``browser`` and the grant has not run out."""
        now = time.monotonic()
        with self._lock:
            return bool(browser) and any(g.browser == browser and g.expires > now for g in self._by_sha.get(sha, []))

    def _prune(self) -> None:
        # an expired export stays known (so it is still refused), its grants go
        now = time.monotonic()
        for grants in self._by_sha.values():
            grants[:] = [g for g in grants if g.expires > now]


GRANTS = Grants()
