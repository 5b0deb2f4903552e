"""Issue 12 row 16: Streamlit's unauthenticated endpoints, asked by someone who never signed in,
on the real app (``liandong app``'s command line): metrics and the agent API closed, host-config
answering constants only; the page and the health check still work."""

from __future__ import annotations

import json
import urllib.error
import urllib.request

import pytest

from tests.app.browser import running_app


@pytest.fixture(scope="module")
def app_server(graph_settings, tmp_path_factory):
    with running_app(tmp_path_factory.mktemp("endpoints-log") / "streamlit.log") as app:
        yield app


def _get(url: str, accept: str = "*/*") -> tuple[int, bytes]:
    req = urllib.request.Request(url, headers={"Accept": accept})
    try:
        with urllib.request.urlopen(req, timeout=10) as r:
            return r.status, r.read()
    except urllib.error.HTTPError as e:
        return e.code, e.read()


@pytest.mark.parametrize("path", ["/_stcore/metrics", "/_stcore/metrics?families=session_events_total",
                                  "/_stcore/agent/openapi.json", "/_stcore/agent/interact"])
def test_operator_endpoints_are_closed(app_server, path):
    for accept in ("*/*", "application/x-protobuf"):
        status, body = _get(app_server.url + path, accept)
        assert status == 404 and body == b"", (path, status, body[:200])


def test_host_config_says_nothing_useful(app_server):
    status, body = _get(app_server.url + "/_stcore/host-config")
    assert status == 200
    data = json.loads(body)
    assert data["allowedOrigins"] == []
    assert not any(isinstance(v, str) and ("." in v or "/" in v) for v in data.values()), data


def test_the_page_and_health_still_answer(app_server):
    assert _get(app_server.url + "/_stcore/health") == (200, b"ok")
    status, body = _get(app_server.url + "/")
    assert status == 200 and b"<html" in body.lower()
