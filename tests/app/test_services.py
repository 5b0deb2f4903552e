"""The app's service layer against the real embedded graph, loaded with the fixture county."""

from __future__ import annotations

import datetime as dt

import pytest

from app.services import console, desk, network, paths, profile, search, threads
from app.services.access import AccessDenied, Policy, Viewer, load_policy
from app.services.nodes import MASKED_TEXT, caption, colour, label_of
from graph import fulltext
from graph.choosers import NotFound
from graph.errors import ProgrammingError, QueryError
from queries.format import csv_bytes, xlsx_bytes
from tests.app.fixture_graph import CREDIT_CODE, TODAY


def captions(hits):
    return [h.node.caption for h in hits]


# ------------------------------------------------------------------------------ search
@pytest.mark.parametrize(
    "text, expected",
    [
        ("鑫达", "示例鑫达建设有限公司"),  # partial name
        ("县财政局", "示例县财政局"),  # alias
        (CREDIT_CODE.lower(), "示例鑫达建设有限公司"),  # credit code, any case
        ("13800000000", "13800000000"),  # phone
        ("SL-2024-018", "示例县中小学课桌椅采购项目"),  # project number
    ],
)
def test_search_finds_names_aliases_codes(graph, who, text, expected):
    hits = search.search(graph, who["pol"], text)
    assert hits and hits[0].node.caption == expected


@pytest.mark.parametrize("written", ["示财罚〔2024〕7号", "示财罚[2024]7号", "示财罚【2024】7号", "示财罚(2024)7号", "示财罚（2024）7号"])
def test_search_document_numbers_whatever_the_brackets(graph, who, written):
    hits = search.search(graph, who["pol"], written)
    assert [(h.node.label, h.score) for h in hits] == [("Document", 0)]


def test_exact_match_ranks_before_partial(graph, who):
    hits = search.search(graph, who["fin"], "示例县财政局")
    assert hits[0].node.caption == "示例县财政局" and hits[0].score == 0
    assert all(h.score >= 1 for h in hits[1:])


def test_confidential_items_are_found_only_by_the_agencies_concerned(graph, who):
    assert captions(search.search(graph, who["fin"], "XS-2024-001")) == ["XS-2024-001"]
    assert search.search(graph, who["pol"], "XS-2024-001") == []
    assert search.search(graph, who["pol"], "示财移〔2024〕1号") == []  # its referral and letter too
    assert {h.node.label for h in search.search(graph, who["fin"], "示财移〔2024〕1号")} == {"Referral", "Document"}
    assert captions(search.search(graph, who["adm"], "XS-2024-001")) == ["XS-2024-001"]


def test_masked_people_cannot_be_found_by_name(graph, who):
    assert search.search(graph, who["fin"], "张三") == []
    # who may unmask finds the person, then the letter that names them (full-text search of letters)
    assert captions(search.search(graph, who["adm"], "张三")) == ["张三", "示财罚〔2024〕7号"]


def test_clerk_without_search_is_refused(graph, county):
    nobody = Viewer("x", county.finance, "nosuchrole")
    with pytest.raises(AccessDenied):
        search.search(graph, nobody, "鑫达")


def test_doc_number_normalisation():
    assert fulltext.fold_number("竹财采 [2021] 519号") == "竹财采〔2021〕519号"
    assert fulltext.fold_number("湘审移【2022】1号") == "湘审移〔2022〕1号"


# ------------------------------------------------------------------------------ profile
def test_profile_shows_letters_with_the_mention_highlighted(graph, who, county):
    p = profile.profile(graph, who["fin"], county.company_a)
    assert p.node.caption == "示例鑫达建设有限公司"
    assert ("credit_code", "统一社会信用代码", CREDIT_CODE) in p.properties
    by_doc = {m.doc_no: m for m in p.mentions}
    assert set(by_doc) == {"示财罚〔2024〕7号", "示财移〔2024〕1号"}
    m = by_doc["示财罚〔2024〕7号"]
    assert m.mention == "示例鑫达建设有限公司" and m.after.startswith("在示例县")
    # the complainant's name in the same snippet is shown as ［身份保密］ to an investigator (issue 12 row 2)
    assert "投诉人［身份保密］于" in m.before and "张三" not in m.before


def test_profile_unmasks_for_admin_and_hides_secret_letters_from_others(graph, who, county):
    adm = profile.profile(graph, who["adm"], county.company_a)
    assert any("投诉人张三" in m.before for m in adm.mentions)
    pol = profile.profile(graph, who["pol"], county.company_a)
    assert [m.doc_no for m in pol.mentions] == ["示财罚〔2024〕7号"]
    assert "ABOUT" in pol.type_counts and pol.type_counts["ABOUT"] == 1  # the complaint, not the secret clue


def test_profile_timeline_is_dated_newest_first(graph, who, county):
    p = profile.profile(graph, who["fin"], county.company_a)
    dates = [i.date for i in p.timeline]
    assert dates == sorted(dates, reverse=True)
    assert any(i.what.startswith("中标") and i.date == dt.date(2024, 2, 20) for i in p.timeline)
    assert any(i.what.startswith("见于文书") for i in p.timeline)


def test_profile_of_a_document_has_its_text_with_masked_mentions(graph, who, county):
    p = profile.profile(graph, who["fin"], county.doc_public)
    assert p.document_text and "投诉人［身份保密］" in p.document_text and "张三" not in p.document_text
    assert [m["text"] for m in p.document_mentions] == ["示例鑫达建设有限公司"]
    adm = profile.profile(graph, who["adm"], county.doc_public)
    assert "张三" in adm.document_text and len(adm.document_mentions) == 2


def test_profile_of_a_masked_person_reveals_nothing(graph, who, county):
    p = profile.profile(graph, who["fin"], county.complainant)
    assert p.node.masked and p.node.caption == MASKED_TEXT
    assert p.relations == [] and p.mentions == [] and p.timeline == [] and p.properties == [("masked", "身份保密", True)]


def test_profile_of_a_hidden_item_is_not_found(graph, who, county):
    with pytest.raises(NotFound):
        profile.profile(graph, who["pol"], county.clue_secret)
    assert profile.profile(graph, who["fin"], county.clue_secret).node.caption == "XS-2024-001"


def test_highlight_spans_merges_and_clips():
    assert profile.highlight_spans("abcdef", [(1, 3), (2, 4), (10, 12)]) == [("a", False), ("bcd", True), ("ef", False)]


# ------------------------------------------------------------------------------ ego network
def test_ego_network_and_expansion(graph, who, county):
    net = network.ego_network(graph, who["fin"], county.official)
    names = {v.caption for v in net.nodes.values()}
    assert {"王建国", "李秀英", "示例县教育局", "XS-2024-001"} <= names
    assert "示例鑫达建设有限公司" not in names
    net = network.ego_network(graph, who["fin"], county.official, expanded=[county.spouse])
    assert "示例鑫达建设有限公司" in {v.caption for v in net.nodes.values()}
    assert net.expanded == [county.official, county.spouse]


def test_ego_network_caps_and_counts_the_rest_without_leaking(graph, who, county):
    fin = network.ego_network(graph, who["fin"], county.official, cap=1)
    pol = network.ego_network(graph, who["pol"], county.official, cap=1)
    assert len(fin.nodes) == 2 and len(pol.nodes) == 2
    assert fin.more[county.official] == 3  # WORKS_AT, FAMILY, ABOUT (clue), MENTIONS (letter) - 1 shown
    assert pol.more[county.official] == 1  # the clue and its letter do not exist for the police


def test_ego_network_filters_types_and_dates(graph, who, county):
    net = network.ego_network(graph, who["fin"], county.company_a, types=["WON", "HAS_PHONE"])
    assert net.rel_types() == ["HAS_PHONE", "WON"]
    net = network.ego_network(graph, who["fin"], county.company_a, since=dt.date(2024, 3, 1), dated_only=True)
    assert "WON" not in net.rel_types()  # won on 2024-02-20
    assert "MENTIONS" in net.rel_types() or "ABOUT" in net.rel_types()


def test_complainant_relationship_is_hidden_unless_unmasked(graph, who, county):
    fin = network.ego_network(graph, who["fin"], county.complaint)
    adm = network.ego_network(graph, who["adm"], county.complaint)
    assert "COMPLAINED" not in fin.rel_types() and county.complainant not in fin.nodes
    assert "COMPLAINED" in adm.rel_types() and adm.nodes[county.complainant].caption == "张三"


def test_masked_node_is_not_expanded(graph, who, county):
    hood = network.neighbours(graph, who["fin"], county.complainant)
    assert hood.total == 0 and hood.rows == []


# ------------------------------------------------------------------------------ paths
def test_interest_chain_official_to_project_with_sources(graph, who, county):
    res = paths.find_paths(graph, who["fin"], county.official, county.project, mode="all", hops=4)
    chains = [[n.caption for n in p.nodes] for p in res.paths]
    assert ["王建国", "示例县教育局", "示例县中小学课桌椅采购项目"] in chains
    assert ["王建国", "李秀英", "示例鑫达建设有限公司", "示例县中小学课桌椅采购项目"] in chains
    chain = next(p for p in res.paths if p.length == 3)
    assert [s.type for s in chain.steps] == ["FAMILY", "SHAREHOLDER_OF", "WON"]
    assert all(s.source == "test:app-fixture" for s in chain.steps)
    assert [s.forward for s in chain.steps] == [True, True, True]
    holders = {t.node.caption: [h["name"] for h in t.holders] for t in res.threads}
    assert holders["XS-2024-001"] == ["示例县纪委监委"]


def test_shortest_paths_only_and_threads_hidden_for_others(graph, who, county):
    res = paths.find_paths(graph, who["pol"], county.official, county.project)
    assert [p.length for p in res.paths] == [2]
    assert "XS-2024-001" not in {t.node.caption for t in res.threads}


def test_bidders_sharing_a_phone(graph, who, county):
    res = paths.find_paths(graph, who["pol"], county.company_a, county.company_b)
    assert [[s.type for s in p.steps] for p in res.paths] == [["HAS_PHONE", "HAS_PHONE"]]
    assert res.paths[0].steps[1].forward is False


def test_path_statement_is_built_from_schema_names_only():
    text = paths.path_statement("interest", 3, "shortest")
    assert "allShortestPaths((a)-[:`FAMILY`|" in text and "*..3]" in text
    with pytest.raises(ProgrammingError):
        paths.path_statement("interest", 99, "shortest")


# ------------------------------------------------------------------------------ threads and desk
def test_thread_custody_and_deadlines(graph, who, county):
    tv = threads.thread_view(graph, who["fin"], "XS-2024-001", today=TODAY)
    assert tv.holder_name == "示例县纪委监委"
    assert [(h.kind, h.from_name, h.to_name) for h in tv.hops] == [
        ("violation_found", "—", "示例县财政局"), ("case_transferred", "示例县财政局", "示例县纪委监委")]
    states = {d.rule_id: d.state for d in tv.deadlines}
    assert states == {"transfer_case": "on_time", "return_out_of_duty": "n/a", "forward_other_level": "n/a",
                      "notify_acceptance": "overdue"}
    assert [d.rule_id for d in tv.overdue] == ["notify_acceptance"]


def test_thread_due_soon_and_overdue(graph, who, county):
    soon = threads.thread_view(graph, who["fin"], county.clue_soon, today=TODAY)
    assert [(d.rule_id, d.due, d.working_days_left) for d in soon.due_soon] == [("return_out_of_duty", dt.date(2024, 6, 6), 2)]
    late = threads.thread_view(graph, who["fin"], county.clue_overdue, today=TODAY)
    assert [(d.rule_id, d.overdue_by) for d in late.overdue] == [("return_out_of_duty", 37)]  # 调休 counted: 28 Apr and 11 May were working days


def test_thread_of_another_agency_is_hidden(graph, who, county):
    with pytest.raises(NotFound):
        threads.thread_view(graph, who["pol"], "XS-2024-001", today=TODAY)
    assert "XS-2024-001" not in [v.caption for v, _ in threads.list_threads(graph, who["pol"])]
    assert {v.caption for v, _ in threads.list_threads(graph, who["fin"])} == {"XS-2024-001", "XS-2024-002", "XS-2024-003"}


def test_agency_desk(graph, who, county):
    d = desk.desk(graph, who["fin"], today=TODAY)
    assert sorted(s.node.caption for s in d.held) == ["XS-2024-002", "XS-2024-003"]
    # complaint TS-2024-005, lodged Fri 10 May 2024 (Sat 11 May a working day) and never accepted: acceptance due
    # Thu 16 May (5 working days), the reply notice Tue 21 May (8) — 13 and 10 working days late on Tue 4 June
    assert [(r.subject, r.rule_id, r.overdue_by) for r in d.overdue] == [
        ("示审移〔2024〕2号", "return_out_of_duty", 37), ("TS-2024-005", "complaint_acceptance", 13),
        ("TS-2024-005", "complaint_investigation", 10)]
    assert [(r.subject, r.rule_id, r.working_days_left) for r in d.due_soon] == [("示审移〔2024〕3号", "return_out_of_duty", 2)]
    assert [(l.node.caption, l.other) for l in d.incoming] == [("示审移〔2024〕3号", "示例县审计局"), ("示审移〔2024〕2号", "示例县审计局")]
    assert [(l.node.caption, l.other) for l in d.outgoing] == [("示财移〔2024〕1号", "示例县纪委监委")]
    assert {s.node.caption: s.overdue for s in d.held} == {"XS-2024-002": 1, "XS-2024-003": 0}
    disc = desk.desk(graph, who["adm"], county.discipline, today=TODAY)
    assert [(r.subject, r.rule_id) for r in disc.overdue] == [("示财移〔2024〕1号", "notify_acceptance")]


def test_desk_of_another_agency_is_refused(graph, who, county):
    with pytest.raises(AccessDenied):
        desk.desk(graph, who["pol"], county.finance, today=TODAY)


# ------------------------------------------------------------------------------ console
def test_console_is_read_only_and_reads_a_graph_without_secrets(graph, who, county):
    res = console.run_console(graph, who["ana"], "MATCH (c:Clue) RETURN c ORDER BY c.id")
    assert county.clue_secret not in [r["c"]["id"] for r in res.rows] and len(res.rows) == 2
    res = console.run_console(graph, who["ana"], "MATCH (c:Clue) RETURN c.id AS id, c.clue_no AS no, c.summary AS s")
    assert "XS-2024-001" not in [r["no"] for r in res.rows] and len(res.rows) == 2  # the console's graph has no such clue
    res = console.run_console(graph, who["adm"], "MATCH (c:Clue) RETURN c")
    assert len(res.rows) == 3 and not res.notes
    with pytest.raises(QueryError):
        console.run_console(graph, who["ana"], "MATCH (c:Clue) DETACH DELETE c")
    assert graph.read("MATCH (c:Clue) RETURN count(c) AS n")[0]["n"] == 3
    with pytest.raises(AccessDenied):
        console.run_console(graph, who["fin"], "RETURN 1 AS x")


def test_console_parameters_and_graph_view(graph, who, county):
    res = console.run_console(graph, who["ana"], "MATCH (a:Official {name: $n})-[r]->(b) RETURN a, r, b",
                              console.parse_params('{"n": "王建国"}'))
    net = console.result_graph(res)
    assert county.official in net.nodes and {e.type for e in net.edges.values()} >= {"WORKS_AT", "FAMILY"}
    res = console.run_console(graph, who["ana"], "MATCH p = (:Official)-[:FAMILY]->(:Person)-[:SHAREHOLDER_OF]->(:Company) RETURN p")
    net = console.result_graph(res)
    assert len(net.nodes) == 3 and [e.type for e in net.edges.values()] == ["FAMILY", "SHAREHOLDER_OF"]


def test_console_masks_people(graph, who, county):
    res = console.run_console(graph, who["ana"], "MATCH (p:Person) WHERE p.masked RETURN p.id AS id, p.name AS name")
    assert res.rows and all(r["name"].startswith("保密身份-") and r["id"] != county.complainant for r in res.rows)
    assert "张三" not in repr(console.run_console(graph, who["ana"], "MATCH (n) RETURN properties(n) AS p").rows)


def test_saved_queries_from_the_library(graph, who, county):
    library = {q.name: q for q in console.saved_queries() or []}
    assert "threads_about" in library
    q = library["threads_about"]
    assert [p.name for p in q.params] == ["entity_id"]  # derived parameters are not asked for
    res = console.run_saved(graph, who["ana"], "threads_about", {"entity_id": county.official})
    assert res.rows == []  # the only thread about him is confidential: not in the console's graph
    res = console.run_saved(graph, who["adm"], "threads_about", {"entity_id": county.official})
    assert [r["number"] for r in res.rows] == ["XS-2024-001"]
    with pytest.raises(AccessDenied):
        console.run_saved(graph, who["fin"], "threads_about", {"entity_id": county.official})


def test_parse_params_errors():
    assert console.parse_params("") == {}
    with pytest.raises(QueryError, match="JSON"):
        console.parse_params("{name: 1}")
    with pytest.raises(QueryError, match="对象"):
        console.parse_params("[1]")


def test_exports_quote_formulas_and_keep_chinese(graph):
    from queries.result import Result

    res = Result(["名称", "公式", "日期", "节点"], [{"名称": "示例县财政局", "公式": "=1+1", "日期": dt.date(2024, 1, 2), "节点": {"a": 1}}])
    text = csv_bytes(res).decode("utf-8")
    assert text.startswith("\ufeff名称,公式,日期,节点")
    assert "'=1+1" in text and "2024-01-02" in text
    from io import BytesIO

    from openpyxl import load_workbook

    ws = load_workbook(BytesIO(xlsx_bytes(res, sheet="结果"))).active
    rows = list(ws.iter_rows(values_only=True))
    assert rows[0] == ("名称", "公式", "日期", "节点")
    assert rows[1][0] == "示例县财政局" and rows[1][1] == "'=1+1" and rows[1][3] == '{"a":1}'


# ------------------------------------------------------------------------------ helpers
def test_policy_snapshot_is_cached(graph, county):
    p1 = load_policy(graph)
    assert load_policy(graph) is p1
    assert county.clue_secret in p1.restricted and county.doc_secret in p1.restricted
    assert p1.restricted[county.clue_secret] == frozenset({county.finance, county.discipline})
    assert isinstance(p1, Policy) and county.complainant in p1.masked


def test_labels_captions_colours():
    assert label_of("company:abc") == "Company" and label_of("nonsense") == "?"
    assert caption("Event", {"kind": "received", "date": "2024-01-02"}) == "收到 2024-01-02"
    assert colour("Company") == colour("Company") and colour("Company") != colour("Person")
    assert colour("Unknown").startswith("#") and len(colour("Unknown")) == 7
