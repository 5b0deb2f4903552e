"""The graph page (AppTest): a filter keeps what the user expanded, pinned and hid."""

from __future__ import annotations

from tests.app.test_pages import app_for, close_the_apps_driver  # noqa: F401 - the fixture closes the app's driver


def node_links(at) -> str:
    return "\n".join(str(link.proto.label) for link in at.get("page_link"))


def test_a_type_filter_keeps_the_expansions_pins_and_hidden_nodes(who, county):
    at = app_for(who["fin"], "graph", id=county.company_a)
    at.session_state["graph_expanded"] = {county.company_a: [county.project]}
    at.session_state["graph_pinned"] = {county.company_a: [county.project]}
    at.session_state["graph_hidden"] = {county.company_a: [county.spouse]}
    at.run()
    assert not at.exception
    assert "示例县教育局" in node_links(at) and "李秀英" not in node_links(at)  # through the expanded project; hidden
    types = at.multiselect(key=f"graph_types_{county.company_a}")
    types.select("WON").run()
    assert "13800000000" not in node_links(at) and "示例县教育局" not in node_links(at)  # only 中标 now
    at.multiselect(key=f"graph_types_{county.company_a}").unselect("WON").run()
    assert not at.exception
    links = node_links(at)
    assert "示例县教育局" in links and "13800000000" in links and "李秀英" not in links  # the view as it was
    assert at.session_state["graph_expanded"][county.company_a] == [county.project]
    assert at.session_state["graph_pinned"][county.company_a] == [county.project]
    assert "已隐藏 1 个节点" in [c.value for c in at.caption]
