"""What ``liandong app`` runs: the investigators' app (``streamlit_app.py``) as a Streamlit
``st.App`` (Streamlit ≥ 1.5x's ASGI entry point) with one middleware in front of it.

Streamlit answers a few endpoints to anyone, signed in or not, and has no option to turn them
off. The middleware closes what an unauthenticated visitor has no use for:

* ``/_stcore/metrics`` (sessions, caches, memory — an operator's view): 404, empty;
* ``/_stcore/agent/…`` (the experimental agent API; off, but it still answers): 404, empty;

and ``/_stcore/host-config``, which the page itself needs before anyone signs in, answers with
its list of allowed origins emptied (it named Streamlit's own hosts), so it carries nothing but
constants.
``/_stcore/health`` stays (it says ``ok``; the tests and a proxy use it).

Every answer carries a content security policy (:data:`CSP`): the page loads images, fonts,
media, frames and connections from this server only, so text from the data, even if it were ever
rendered as Markdown or HTML, cannot make the browser call another host.

It also binds exports to the browser that made them (:mod:`app.services.exports`): every browser
gets a random HttpOnly cookie, and a ``/media/…`` answer whose bytes are an export is delivered
only with the cookie it was granted to.
"""

from __future__ import annotations

import hashlib
import secrets
from typing import Any

import streamlit as st

from app.services.exports import BROWSER_COOKIE, GRANTS

CLOSED_PREFIXES = ("/_stcore/metrics", "/_stcore/agent")
HOST_CONFIG = "/_stcore/host-config"


class ClosedEndpoints:
    """A pure ASGI middleware: 404 with an empty body for :data:`CLOSED_PREFIXES` (any base path)."""

    def __init__(self, inner: Any) -> None:
        self.inner = inner

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope.get("type") in ("http", "websocket"):
            path = str(scope.get("path") or "")
            if any(p in path for p in CLOSED_PREFIXES):
                if scope["type"] == "websocket":
                    await send({"type": "websocket.close", "code": 1008})
                    return
                await send({"type": "http.response.start", "status": 404,
                            "headers": [(b"content-type", b"text/plain"), (b"content-length", b"0"),
                                        (b"cache-control", b"no-store")]})
                await send({"type": "http.response.body", "body": b""})
                return
            if scope["type"] == "http" and path.endswith(HOST_CONFIG):
                await self._host_config(scope, receive, send)
                return
            if scope["type"] == "http" and "/media/" in path:
                await self._media(scope, receive, send)
                return
            if scope["type"] == "http":
                await self.inner(scope, receive, _with_headers(send, cookie=_cookie(scope, BROWSER_COOKIE) is None))
                return
        await self.inner(scope, receive, send)

    async def _media(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        """Deliver a media answer, unless its bytes are an export granted to another browser."""
        start: dict[str, Any] = {}
        chunks: list[bytes] = []

        async def capture(message: dict[str, Any]) -> None:
            if message["type"] == "http.response.start":
                start.update(message)
            elif message["type"] == "http.response.body":
                chunks.append(message.get("body", b""))

        # whole answers only: a Range request would hand an export over in pieces nobody can hash
        scope = {**scope, "headers": [(k, v) for k, v in scope.get("headers") or [] if k.lower() != b"range"]}
        await self.inner(scope, receive, capture)
        body = b"".join(chunks)
        sha = hashlib.sha256(body).hexdigest()
        if body and GRANTS.is_export(sha) and not GRANTS.allowed(sha, _cookie(scope, BROWSER_COOKIE)):
            await send({"type": "http.response.start", "status": 404,
                        "headers": [(b"content-length", b"0"), (b"cache-control", b"no-store")]})
            await send({"type": "http.response.body", "body": b""})
            return
        headers = [(k, v) for k, v in start.get("headers", []) if k.lower() != b"content-length"]
        headers.append((b"content-length", str(len(body)).encode()))
        await send({"type": "http.response.start", "status": start.get("status", 200), "headers": headers})
        await send({"type": "http.response.body", "body": body})

    async def _host_config(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        import json

        start: dict[str, Any] = {}
        chunks: list[bytes] = []

        async def capture(message: dict[str, Any]) -> None:
            if message["type"] == "http.response.start":
                start.update(message)
            elif message["type"] == "http.response.body":
                chunks.append(message.get("body", b""))

        await self.inner(scope, receive, capture)
        body = b"".join(chunks)
        try:
            data = json.loads(body)
            data["allowedOrigins"] = []
            body = json.dumps(data).encode()
        except (ValueError, TypeError):
            pass
        headers = [(k, v) for k, v in start.get("headers", []) if k.lower() != b"content-length"]
        headers.append((b"content-length", str(len(body)).encode()))
        await send({"type": "http.response.start", "status": start.get("status", 200), "headers": headers})
        await send({"type": "http.response.body", "body": body})


def _cookie(scope: dict[str, Any], name: str) -> str | None:
    from http.cookies import CookieError, SimpleCookie

    for key, value in scope.get("headers") or []:
        if key.lower() == b"cookie":
            jar: SimpleCookie = SimpleCookie()
            try:
                jar.load(value.decode("latin-1"))
            except CookieError:
                continue
            if name in jar and jar[name].value:
                return jar[name].value
    return None


# What a page may load: only from this server (and data:/blob: it made itself). Scripts and
# styles are not limited (Streamlit and the inlined vis-network need their inline code), but no
# image, font, media, frame or connection can reach another host — a beacon in the data cannot
# call out even if some text were ever rendered as Markdown or HTML.
CSP = ("default-src 'self' data: blob:; script-src 'self' 'unsafe-inline' 'unsafe-eval' blob:; "
       "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; "
       "media-src 'self' data: blob:; connect-src 'self'; frame-src 'self' data: blob: about:; "
       "object-src 'none'; base-uri 'self'; form-action 'self'")


def _with_headers(send: Any, *, cookie: bool) -> Any:
    """``send`` that adds the content security policy, and the browser cookie when it is missing."""
    value = secrets.token_hex(24)

    async def wrapped(message: dict[str, Any]) -> None:
        if message["type"] == "http.response.start":
            headers = [(k, v) for k, v in message.get("headers") or [] if k.lower() != b"content-security-policy"]
            headers.append((b"content-security-policy", CSP.encode()))
            if cookie:
                headers.append((b"set-cookie", f"{BROWSER_COOKIE}={value}; Path=/; HttpOnly; SameSite=Strict".encode()))
            message = {**message, "headers": headers}
        await send(message)

    return wrapped


def _middleware() -> list[Any]:
    from starlette.middleware import Middleware

    return [Middleware(ClosedEndpoints)]


if hasattr(st, "App"):
    app = st.App("streamlit_app.py", middleware=_middleware())
else:  # a Streamlit before st.App: no middleware to put in front — run the app itself
    import runpy
    from pathlib import Path

    runpy.run_path(str(Path(__file__).with_name("streamlit_app.py")), run_name="__main__")
