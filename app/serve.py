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
"""

from __future__ import annotations

from typing import Any

import streamlit as st

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
        await self.inner(scope, receive, send)

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


def _middleware() -> list[Any]:
    from starlette.middleware import Middleware

    return [Middleware(ClosedEndpoints)]


app = st.App("streamlit_app.py", middleware=_middleware())
