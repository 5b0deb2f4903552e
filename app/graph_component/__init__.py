"""The graph as a Streamlit component that answers clicks: ``index.html`` (served by the app's own
server from this folder — no network) shows the page of :func:`app.viz.network_html` in a frame and
returns what the user clicked (``{"action": "click"|"select", "id": …, "n": …, "positions": {…}}``)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import streamlit.components.v1 as components

_component = components.declare_component("liandong_graph", path=str(Path(__file__).resolve().parent))


def graph_view(page: str, *, height: int, key: str) -> dict[str, Any] | None:
    """Draw ``page``; the last click, or None before any."""
    value = _component(html=page, height=height, key=key, default=None)
    return value if isinstance(value, dict) else None
