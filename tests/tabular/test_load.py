"""``load_files`` and ``liandong load`` against the real embedded graph server."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from openpyxl import Workbook

from graph.connection import Graph
from graph.stats import counts
from ingest.tabular import EXIT_FATAL, EXIT_OK, EXIT_ROWS_REJECTED, load_files
from ingest.tabular.report import LoadReport

EXAMPLES = Path(__file__).resolve().parents[2] / "data" / "examples"
EXAMPLE_FILES = sorted(p for p in EXAMPLES.iterdir() if p.suffix in (".csv", ".json", ".jsonl", ".xlsx"))
REGION = "绵竹市"
AGENCIES = f"name,region,kind\n绵竹市财政局,{REGION},finance\n绵竹市纪委监委,{REGION},discipline\n绵竹市教育局,{REGION},purchaser\n"
C1, C2, C3 = "91350100M000100Y43", "91510683MA62A1B3C8", "91510600MA6H7J8K9H"


def put(tmp_path: Path, name: str, text: str, encoding: str = "utf-8") -> Path:
    p = tmp_path / name
    p.write_bytes(text.encode(encoding))
    return p


def where(report: LoadReport) -> list[tuple[str, int | None, str | None]]:
    return [(e.file if not e.sheet else f"{e.file}[{e.sheet}]", e.row, e.field) for e in report.errors]


def snapshot(g: Graph) -> tuple[list[dict], list[dict]]:
    nodes = g.read("MATCH (n) RETURN n.id AS id, properties(n) AS p ORDER BY id")
    rels = g.read("MATCH ()-[r]->() RETURN r.id AS id, type(r) AS t, properties(r) AS p ORDER BY id")
    for n in nodes:
        n["p"]["sources"] = sorted(n["p"].get("sources") or [])
    return nodes, rels


# ------------------------------------------------------------------------------------- examples
def test_examples_load_and_hold_the_interest_chain(empty_graph: Graph) -> None:
    report = load_files(EXAMPLE_FILES, empty_graph)
    assert report.errors == [] and report.exit_code == EXIT_OK
    assert report.rows_loaded == report.rows_read == 42
    nodes, rels = counts(empty_graph)
    assert nodes["Company"] == 6 and nodes["Bid"] == 4 and nodes["Agency"] == 7 and nodes["Person"] == 5
    assert rels["WON"] == 2 and rels["FAMILY"] == 1 and rels["SUBMITTED"] == 4
    chain = empty_graph.read(
        "MATCH (o:Official)-[f:FAMILY]->(p:Person)-[s:SHAREHOLDER_OF]->(c:Company)-[:WON]->(pr:Project)<-[:PURCHASED]-(a:Agency) "
        "MATCH (o)-[:WORKS_AT]->(a) RETURN o.name AS o, f.relation AS rel, p.name AS p, s.share AS share, c.name AS c, "
        "pr.project_no AS pr, pr.budget AS budget"
    )
    assert chain == [{"o": "王建国", "rel": "spouse", "p": "李秀英", "share": 0.6, "c": "示例绵竹恒达建材有限公司",
                      "pr": "MZCG-2021-017", "budget": 980000.0}]
    shared = empty_graph.read(
        "MATCH (a:Company)-[:SUBMITTED]->(:Bid)-[:SUBMITTED_FROM]->(ip:IPAddress)<-[:SUBMITTED_FROM]-(:Bid)<-[:SUBMITTED]-(b:Company) "
        "WHERE a.name < b.name RETURN ip.address AS ip ORDER BY ip"
    )
    assert [r["ip"] for r in shared] == ["00:1A:2B:3C:4D:5E", "117.173.22.41"]
    bond = empty_graph.read("MATCH (b:Bid)-[:PAID_BOND_FROM]->(acc:BankAccount) RETURN count(DISTINCT acc) AS n, count(b) AS m")
    assert bond == [{"n": 1, "m": 2}]
    # provenance on nodes and relationships, per format
    src = {r["name"]: r["s"] for r in empty_graph.read("MATCH (c:Company) RETURN c.name AS name, c.sources AS s")}
    assert src["示例绵竹恒达建材有限公司"] == ["file:companies.csv#row2"]
    assert src["示例绵竹永盛印务有限公司"] == ["file:企业名录_GB18030.csv#row2"]
    won = empty_graph.read("MATCH (:Company {name: '示例绵竹恒达建材有限公司'})-[w:WON]->() RETURN w.source AS s, w.price AS p")
    assert won == [{"s": "file:procurement_2021.xlsx#投标!row3", "p": 945000.0}]
    assert empty_graph.read("MATCH (r:Referral) RETURN r.sources AS s ORDER BY r.doc_no")[0]["s"] == ["file:referrals.jsonl#line1"]
    assert empty_graph.read("MATCH (s:Sanction {kind: 'debarment'}) RETURN s.sources AS s")[0]["s"] == ["file:sanctions.json#sanctions!record1"]


def test_rerun_changes_no_count_and_no_property(empty_graph: Graph) -> None:
    load_files(EXAMPLE_FILES, empty_graph)
    before = snapshot(empty_graph)
    again = load_files(list(reversed(EXAMPLE_FILES)), empty_graph, batch_size=3)
    assert again.exit_code == EXIT_OK
    assert snapshot(empty_graph) == before


def test_dry_run_checks_but_writes_nothing(empty_graph: Graph) -> None:
    report = load_files(EXAMPLE_FILES, empty_graph, dry_run=True)
    assert report.exit_code == EXIT_OK and report.rows_loaded == 42 and report.nodes_written == 0
    assert counts(empty_graph) == ({}, {})


def test_gb18030_csv_loads_with_correct_chinese(empty_graph: Graph, tmp_path: Path) -> None:
    p = put(tmp_path, "企业.csv", f"名称,统一社会信用代码,地区\n示例甲公司,{C1},{REGION}\n", "gb18030")
    report = load_files([p], empty_graph)
    assert report.exit_code == EXIT_OK and report.tables[0].encoding == "gb18030"
    assert empty_graph.read("MATCH (c:Company)-[:LOCATED_IN]->(r:Region) RETURN c.name AS c, c.credit_code AS k, r.name AS r") == [
        {"c": "示例甲公司", "k": C1, "r": REGION}]


# ----------------------------------------------------------------------------------- row errors
def test_partly_bad_file_loads_its_good_rows_and_names_each_problem(empty_graph: Graph, tmp_path: Path) -> None:
    bad_check = C2[:-1] + "9"
    p = put(tmp_path, "companies.csv",
            "名称,统一社会信用代码,成立日期\n"
            f"示例甲公司,{C1},2020-01-02\n"          # row 2 good
            f"示例乙公司,{bad_check},2020-01-02\n"   # row 3 bad check digit
            f"示例丙公司,{C3},2020-02-30\n"          # row 4 impossible date
            f",{C3},\n"                              # row 5 missing name
            "示例丁公司,,\n")                          # row 6 good (no code: keyed by name)
    report = load_files([p], empty_graph)
    assert report.exit_code == EXIT_ROWS_REJECTED
    assert where(report) == [("companies.csv", 3, "统一社会信用代码"), ("companies.csv", 4, "成立日期"), ("companies.csv", 5, "名称")]
    msgs = [e.message for e in report.errors]
    assert msgs[0].startswith("companies.csv, row 3, field '统一社会信用代码': ") and "check digit" in msgs[0] and "'8'" in msgs[0]
    assert "expected a date" in msgs[1] and "is empty; it is required" in msgs[2]
    t = report.tables[0]
    assert (t.read, t.loaded, t.rejected) == (5, 2, 3)
    names = [r["n"] for r in empty_graph.read("MATCH (c:Company) RETURN c.name AS n ORDER BY n")]
    assert names == ["示例丁公司", "示例甲公司"]


def test_all_problems_of_one_row_are_reported(empty_graph: Graph, tmp_path: Path) -> None:
    p = put(tmp_path, "bids.csv", "项目编号,投标人,报价,排名,是否中标\nP-1,示例甲公司,abc,一,也许\n")
    report = load_files([p], empty_graph)
    assert [e.field for e in report.errors] == ["报价", "排名", "是否中标"]
    assert report.tables[0].rejected == 1


def test_end_before_start_names_the_end_column(empty_graph: Graph, tmp_path: Path) -> None:
    a = put(tmp_path, "agencies.csv", AGENCIES)
    c = put(tmp_path, "companies.csv", f"名称,统一社会信用代码\n示例甲公司,{C1}\n")
    s = put(tmp_path, "黑名单.csv",
            "当事人,处罚机关,机关地区,类型,开始日期,结束日期\n"
            f"示例甲公司,绵竹市财政局,{REGION},黑名单,2021-09-01,2021-08-31\n"
            f"示例甲公司,绵竹市财政局,{REGION},黑名单,2021-09-01,2021-09-01\n")
    report = load_files([a, c, s], empty_graph)
    assert where(report) == [("黑名单.csv", 2, "结束日期")]
    assert "ends (2021-08-31) before it starts (2021-09-01)" in report.errors[0].reason
    row = empty_graph.read("MATCH (a:Agency)-[:IMPOSED]->(s:Sanction)-[:AGAINST]->(c:Company) "
                           "RETURN s.kind AS k, c.name AS c, s.authority = a.id AND s.party_key = c.id AS keyed_by_ids")
    assert row == [{"k": "blacklist", "c": "示例甲公司", "keyed_by_ids": True}]


def test_dangling_references_are_row_errors(empty_graph: Graph, tmp_path: Path) -> None:
    proj = put(tmp_path, "projects.csv", "项目编号,项目名称\nP-1,示例项目\n")
    comp = put(tmp_path, "companies.csv", f"名称,统一社会信用代码\n示例甲公司,{C1}\n")
    bids = put(tmp_path, "bids.csv",
               "项目编号,投标人,统一社会信用代码,报价,是否中标\n"
               "P-1,示例甲公司,,100,是\n"         # good
               "P-1,示例不存在公司,,101,否\n"     # unknown company by name
               f"P-9,示例甲公司,{C1},102,否\n"    # unknown project
               f"P-1,,{C2},103,否\n")             # unknown credit code
    report = load_files([proj, comp, bids], empty_graph)
    assert where(report) == [("bids.csv", 3, "投标人"), ("bids.csv", 4, "项目编号"), ("bids.csv", 5, "统一社会信用代码")]
    assert "company '示例不存在公司' is neither in the graph nor in this load" in report.errors[0].reason
    assert "project 'P-9' is neither in the graph nor in this load" in report.errors[1].reason
    assert f"no company with credit code {C2}" in report.errors[2].reason
    assert empty_graph.read("MATCH (c:Company)-[:WON]->(p:Project) RETURN c.name AS c, p.project_no AS p") == [
        {"c": "示例甲公司", "p": "P-1"}]


def test_reference_to_a_rejected_row_says_so(empty_graph: Graph, tmp_path: Path) -> None:
    proj = put(tmp_path, "projects.csv", "项目编号\nP-1\n")
    comp = put(tmp_path, "companies.csv", f"名称,统一社会信用代码\n示例乙公司,{C2[:-1]}0\n")
    bids = put(tmp_path, "bids.csv", "项目编号,投标人\nP-1,示例乙公司\n")
    report = load_files([bids, proj, comp], empty_graph)
    assert where(report) == [("bids.csv", 2, "投标人"), ("companies.csv", 2, "统一社会信用代码")]
    assert "its own row, companies.csv row 2, was rejected" in report.errors[0].reason


def test_references_resolve_against_earlier_loads(empty_graph: Graph, tmp_path: Path) -> None:
    assert load_files([put(tmp_path, "agencies.csv", AGENCIES)], empty_graph).exit_code == EXIT_OK
    off = put(tmp_path, "officials.csv", "姓名,单位,职务\n王建国,绵竹市教育局,副局长\n李四,绵竹市不存在局,科员\n")
    report = load_files([off], empty_graph)
    assert where(report) == [("officials.csv", 3, "单位")]
    assert empty_graph.read("MATCH (o:Official)-[w:WORKS_AT]->(a:Agency) RETURN o.name AS o, w.position AS p, a.name AS a") == [
        {"o": "王建国", "p": "副局长", "a": "绵竹市教育局"}]


def test_namesakes_need_an_identity_number_or_context(empty_graph: Graph, tmp_path: Path) -> None:
    persons = put(tmp_path, "persons.csv", "姓名,身份证号,区分信息\n张伟,990000197503120022,\n张伟,,另一个张伟\n")
    comp = put(tmp_path, "companies.csv", f"名称,统一社会信用代码\n示例甲公司,{C1}\n")
    own = put(tmp_path, "股东.csv",
              "企业名称,股东,股东身份证号,持股比例\n"
              "示例甲公司,张伟,,50%\n"                      # ambiguous
              "示例甲公司,张伟,990000197503120022,50%\n"    # picks the first
              "示例甲公司,张伟,990000197503120023,10%\n")   # bad check digit
    report = load_files([persons, comp, own], empty_graph)
    assert where(report) == [("股东.csv", 2, "股东"), ("股东.csv", 4, "股东身份证号")]
    assert "2 people are named '张伟'" in report.errors[0].reason
    rows = empty_graph.read("MATCH (p:Person)-[s:SHAREHOLDER_OF]->(:Company) RETURN p.id_number_hash AS h, s.share AS share")
    assert len(rows) == 1 and rows[0]["h"].startswith("sha256:") and rows[0]["share"] == 0.5
    assert empty_graph.read("MATCH (p:Person) WHERE p.context CONTAINS '990000' RETURN count(p) AS n") == [{"n": 0}]


def test_family_between_official_and_person_and_missing_official(empty_graph: Graph, tmp_path: Path) -> None:
    a = put(tmp_path, "agencies.csv", AGENCIES)
    o = put(tmp_path, "officials.csv", "姓名,单位\n王建国,绵竹市教育局\n")
    p = put(tmp_path, "persons.csv", "姓名,区分信息\n李秀英,王建国之妻\n")
    f = put(tmp_path, "family.csv", "姓名,单位,亲属姓名,关系\n王建国,绵竹市教育局,李秀英,妻子\n赵六,绵竹市教育局,李秀英,配偶\n王建国,,李秀英,配偶\n")
    report = load_files([f, p, o, a], empty_graph)
    assert where(report) == [("family.csv", 3, "姓名"), ("family.csv", 4, "姓名")]
    assert "no official '赵六' of 绵竹市教育局" in report.errors[0].reason
    assert "an official of that name exists — add a person_agency column" in report.errors[1].reason
    assert empty_graph.read("MATCH (o:Official)-[f:FAMILY]->(p:Person) RETURN f.relation AS r") == [{"r": "spouse"}]


def test_unknown_column_stops_that_file_and_others_still_load(empty_graph: Graph, tmp_path: Path) -> None:
    bad = put(tmp_path, "companies.csv", f"名称,统一社会信用代码,注册资金\n示例甲公司,{C1},100万\n")
    good = put(tmp_path, "agencies.csv", AGENCIES)
    report = load_files([bad, good], empty_graph)
    assert report.exit_code == EXIT_FATAL
    assert where(report) == [("companies.csv", 1, "注册资金")]
    assert report.errors[0].fatal and report.tables[0].rejected == 1
    assert counts(empty_graph)[0].get("Agency") == 3 and "Company" not in counts(empty_graph)[0]


def test_unparseable_file_is_one_error_and_others_still_load(empty_graph: Graph, tmp_path: Path) -> None:
    broken = put(tmp_path, "companies.json", '[{"name": "示例甲公司"')
    missing = tmp_path / "nowhere.csv"
    good = put(tmp_path, "agencies.csv", AGENCIES)
    report = load_files([broken, missing, good], empty_graph)
    assert report.exit_code == EXIT_FATAL
    assert [(e.file, e.fatal) for e in report.errors] == [("companies.json", True), ("nowhere.csv", True)]
    assert "not valid JSON" in report.errors[0].reason and "no such file" in report.errors[1].reason
    assert counts(empty_graph)[0] == {"Agency": 3, "Region": 1}


def test_json_records_unknown_keys_and_mixed_kinds(empty_graph: Graph, tmp_path: Path) -> None:
    records = [
        {"record": "agencies", "name": "绵竹市财政局", "region": REGION, "agency_kind": "财政"},
        {"record": "companies", "name": "示例甲公司", "credit_code": C1, "capital": "100万"},
        {"record": "companies", "name": "示例乙公司", "credit_code": C2, "phone": "0838-6211001"},
        {"record": "persons", "name": "钱七", "context": "示例乙公司实控人"},
        {"record": "management", "company": "示例乙公司", "person": "钱七", "role": "实际控制人"},
        {"record": "contacts", "person": "钱七", "phone": "+86 139 0000 0009", "address": "四川省德阳市绵竹市示例路9号"},
    ]
    p = put(tmp_path, "records.json", json.dumps({"records": records}, ensure_ascii=False))
    report = load_files([p], empty_graph)
    assert where(report) == [("records.json", 2, "capital")]
    assert report.errors[0].unit == "record" and report.errors[0].message.startswith("records.json, record 2, field 'capital'")
    assert report.tables[0].kinds == {"agencies": 1, "companies": 2, "persons": 1, "management": 1, "contacts": 1}
    assert empty_graph.read("MATCH (p:Person)-[:CONTROLS]->(c:Company) RETURN c.name AS c") == [{"c": "示例乙公司"}]
    assert empty_graph.read("MATCH (p:Person)-[:HAS_PHONE]->(ph:Phone) RETURN ph.number AS n") == [{"n": "13900000009"}]
    assert empty_graph.read("MATCH (a:Agency) RETURN a.kind AS k") == [{"k": "finance"}]


def test_xlsx_several_sheets_with_a_bad_row(empty_graph: Graph, tmp_path: Path) -> None:
    wb = Workbook()
    wb.remove(wb.active)
    sheets = {
        "项目": [["项目编号", "预算（万元）"], ["P-1", 12.5]],
        "企业": [["名称", "统一社会信用代码"], ["示例甲公司", C1], ["示例乙公司", C2]],
        "投标": [["投标记录"], ["项目编号", "投标人", "报价（元）", "是否中标", "IP地址"],
                ["P-1", "示例甲公司", 100, "是", "10.0.0.1"], ["P-1", "示例乙公司", 101, "否", "10.0.0.1"],
                ["P-1", "示例乙公司", 102, "否", "10.0.0.999"]],
        "Sheet9": [["a", "b"], [1, 2]],
    }
    for title, rows in sheets.items():
        ws = wb.create_sheet(title)
        for r in rows:
            ws.append(r)
    path = tmp_path / "book.xlsx"
    wb.save(path)
    report = load_files([path], empty_graph)
    assert where(report) == [("book.xlsx[投标]", 5, "IP地址"), ("book.xlsx[Sheet9]", 1, None)]
    assert report.exit_code == EXIT_FATAL  # Sheet9 names no kind
    assert [(t.label, t.read, t.loaded, t.rejected) for t in report.tables] == [
        ("book.xlsx[项目]", 1, 1, 0), ("book.xlsx[企业]", 2, 2, 0), ("book.xlsx[投标]", 3, 2, 1), ("book.xlsx[Sheet9]", 1, 0, 1)]
    assert empty_graph.read("MATCH (p:Project) RETURN p.budget AS b") == [{"b": 125000.0}]
    assert empty_graph.read("MATCH (b:Bid)-[:SUBMITTED_FROM]->(ip:IPAddress) RETURN count(b) AS n, count(DISTINCT ip) AS m") == [
        {"n": 2, "m": 1}]


def test_legal_representative_known_nowhere_becomes_a_person_once(empty_graph: Graph, tmp_path: Path) -> None:
    p = put(tmp_path, "companies.csv", f"名称,统一社会信用代码,法定代表人\n示例甲公司,{C1},孙八\n示例乙公司,{C2},孙八\n")
    for _ in range(2):
        assert load_files([p], empty_graph).exit_code == EXIT_OK
    rows = empty_graph.read("MATCH (p:Person)-[:LEGAL_REP_OF]->(c:Company) RETURN p.name AS p, p.context AS ctx, count(c) AS n")
    assert len(rows) == 1 and rows[0]["p"] == "孙八" and rows[0]["n"] == 2 and rows[0]["ctx"].startswith("company:")


def test_bid_side_files_need_an_existing_bid(empty_graph: Graph, tmp_path: Path) -> None:
    proj = put(tmp_path, "projects.csv", "项目编号\nP-1\n")
    comp = put(tmp_path, "companies.csv", f"名称,统一社会信用代码\n示例甲公司,{C1}\n示例乙公司,{C2}\n")
    bids = put(tmp_path, "bids.csv", "项目编号,投标人\nP-1,示例甲公司\n")
    ips = put(tmp_path, "bid_ips.csv", "项目编号,投标人,IP地址,MAC地址\nP-1,示例甲公司,10.0.0.1,00-1A-2B-3C-4D-5E\nP-1,示例乙公司,10.0.0.1,\nP-1,示例甲公司,,\n")
    bonds = put(tmp_path, "保证金.csv", "项目编号,投标人,保证金账户,开户行\nP-1,示例甲公司,6228 4804 6881 2345 678,示例银行\n")
    report = load_files([proj, comp, bids, ips, bonds], empty_graph)
    assert where(report) == [("bid_ips.csv", 3, "投标人"), ("bid_ips.csv", 4, "IP地址")]
    assert "no bid by '示例乙公司' on project 'P-1'" in report.errors[0].reason
    assert empty_graph.read("MATCH (:Bid)-[:SUBMITTED_FROM]->(i:IPAddress) RETURN i.kind AS k ORDER BY k") == [{"k": "ip"}, {"k": "mac"}]
    assert empty_graph.read("MATCH (:Bid)-[:PAID_BOND_FROM]->(a:BankAccount) RETURN a.number AS n, a.bank AS b") == [
        {"n": "6228480468812345678", "b": "示例银行"}]


def test_referrals_and_unknown_case(empty_graph: Graph, tmp_path: Path) -> None:
    a = put(tmp_path, "agencies.csv", AGENCIES)
    r = put(tmp_path, "referrals.csv",
            "文号,移送单位,接收单位,地区,移送日期,类型,送达方式,材料清单,案件编号\n"
            f"竹财采〔2021〕519号,绵竹市财政局,绵竹市纪委监委,{REGION},2021-06-07,移送,专人送达,移送函;评标报告,\n"
            f"竹财采〔2021〕520号,绵竹市财政局,绵竹市纪委监委,{REGION},2021-06-08,移送,邮寄,,CASE-404\n"
            f"竹财采〔2021〕521号,绵竹市财政局,绵竹市财政局,{REGION},2021-06-08,,,,\n")
    report = load_files([a, r], empty_graph)
    assert where(report) == [("referrals.csv", 3, "案件编号"), ("referrals.csv", 4, "接收单位")]
    row = empty_graph.read("MATCH (f:Agency)-[:SENT]->(x:Referral)-[:SENT_TO]->(t:Agency) "
                           "RETURN f.name AS f, t.name AS t, x.kind AS k, x.channel AS c, x.materials AS m, x.sent AS d")
    assert len(row) == 1 and row[0]["m"] == ["移送函", "评标报告"] and (row[0]["k"], row[0]["c"]) == ("transfer", "hand")
    assert str(row[0]["d"]) == "2021-06-07"


# ------------------------------------------------------------------------------------------ CLI
@pytest.fixture
def runner(graph: Graph) -> CliRunner:  # the session graph sets LIANDONG_HOME/port for the CLI
    return CliRunner()


def test_cli_exit_codes_and_json_report(empty_graph: Graph, runner: CliRunner, tmp_path: Path) -> None:
    from app.cli import cli

    ok = runner.invoke(cli, ["load", str(EXAMPLES / "agencies.csv")])
    assert ok.exit_code == 0, ok.output
    assert "agencies.csv" in ok.output and "re-running adds nothing" in ok.output
    bad = put(tmp_path, "officials.csv", "姓名,单位\n王建国,绵竹市教育局\n李四,绵竹市不存在局\n")
    report_path = tmp_path / "report.json"
    partial = runner.invoke(cli, ["load", str(bad), "--report", str(report_path)])
    assert partial.exit_code == EXIT_ROWS_REJECTED, partial.output
    assert "officials.csv, row 3, field '单位': agency '绵竹市不存在局'" in partial.output
    data = json.loads(report_path.read_text(encoding="utf-8"))
    assert data["exit_code"] == 2 and data["rows"] == {"read": 2, "loaded": 1, "rejected": 1}
    assert data["files"][0]["file"] == "officials.csv"
    (err,) = data["errors"]
    assert (err["file"], err["row"], err["field"], err["column"], err["kind"]) == ("officials.csv", 3, "单位", "agency", "officials")
    fatal = runner.invoke(cli, ["load", str(tmp_path / "missing.csv")])
    assert fatal.exit_code == EXIT_FATAL and "missing.csv: no such file" in fatal.output
    dry = runner.invoke(cli, ["load", "--dry-run", str(EXAMPLES / "companies.csv"), str(EXAMPLES / "persons.csv")])
    assert dry.exit_code == 0 and "dry run: nothing was written" in dry.output
    assert "Company" not in counts(empty_graph)[0]
    cols = runner.invoke(cli, ["load", "--columns"])
    assert cols.exit_code == 0 and "统一社会信用代码" in cols.output
    kind = runner.invoke(cli, ["load", "--kind", "widgets", str(bad)])
    assert kind.exit_code == 1 and "unknown record kind 'widgets'" in kind.output


# ------------------------------------------------------------------------------ more references
def test_party_that_is_both_a_company_and_a_person_needs_a_type(empty_graph: Graph, tmp_path: Path) -> None:
    a = put(tmp_path, "agencies.csv", AGENCIES)
    c = put(tmp_path, "companies.csv", f"名称,统一社会信用代码\n周九,{C1}\n")
    p = put(tmp_path, "persons.csv", "姓名,区分信息\n周九,个体户\n")
    s = put(tmp_path, "sanctions.csv",
            "当事人,当事人类型,处罚机关,类型,开始日期\n"
            "周九,,绵竹市财政局,处罚,2021-01-01\n"
            "周九,自然人,绵竹市财政局,处罚,2021-01-01\n")
    report = load_files([a, c, p, s], empty_graph)
    assert where(report) == [("sanctions.csv", 2, "当事人")]
    assert "both a company and a person are named '周九'; add a party_type column" in report.errors[0].reason
    assert empty_graph.read("MATCH (:Sanction)-[:AGAINST]->(x) RETURN labels(x) AS l") == [{"l": ["Person"]}]


def test_official_contacts_take_a_phone_but_no_address(empty_graph: Graph, tmp_path: Path) -> None:
    a = put(tmp_path, "agencies.csv", AGENCIES)
    o = put(tmp_path, "officials.csv", "姓名,单位\n王建国,绵竹市教育局\n")
    c = put(tmp_path, "contacts.csv", "姓名,单位,电话,地址\n王建国,绵竹市教育局,0838-6200101,\n王建国,绵竹市教育局,,某地某路1号\n,,13900000000,\n")
    report = load_files([a, o, c], empty_graph)
    assert where(report) == [("contacts.csv", 3, "地址"), ("contacts.csv", 4, "company")]
    assert empty_graph.read("MATCH (:Official)-[:HAS_PHONE]->(p:Phone) RETURN p.number AS n") == [{"n": "08386200101"}]


def test_forced_kind_ignores_the_record_column(empty_graph: Graph, tmp_path: Path) -> None:
    p = put(tmp_path, "data.csv", f"record,名称,统一社会信用代码\nwhatever,示例甲公司,{C1}\n")
    report = load_files([p], empty_graph, kind="企业")
    assert report.exit_code == EXIT_OK and report.tables[0].kinds == {"companies": 1}


def test_columns_doc_is_current() -> None:
    import subprocess
    import sys

    out = subprocess.run([sys.executable, "-m", "ingest.tabular"], capture_output=True, text=True, check=True).stdout
    assert (EXAMPLES / "COLUMNS.md").read_text(encoding="utf-8") == out, "run: python -m ingest.tabular > data/examples/COLUMNS.md"


def test_agency_aliases_resolve_from_the_graph(empty_graph: Graph, tmp_path: Path) -> None:
    assert load_files([EXAMPLES / "agencies.csv"], empty_graph).exit_code == EXIT_OK
    r = put(tmp_path, "移送.csv", "文号,移送单位,接收单位,地区\nX〔2021〕1号,市财政局,市纪委监委,绵竹市\nX〔2021〕2号,市财政局,市纪委,绵竹市\n")
    report = load_files([r], empty_graph)
    assert where(report) == [("移送.csv", 3, "接收单位")]
    row = empty_graph.read("MATCH (f:Agency)-[:SENT]->(x:Referral)-[:SENT_TO]->(t:Agency) "
                           "RETURN f.name AS f, t.name AS t, x.from_agency = f.id AS ids")
    assert row == [{"f": "绵竹市财政局", "t": "中共绵竹市纪委监委机关", "ids": True}]


def test_agencies_are_the_reference_directorys_nodes(empty_graph: Graph) -> None:
    from graph.reference import load_reference

    load_reference(empty_graph)
    before = counts(empty_graph)[0]["Agency"]
    report = load_files([EXAMPLES / "agencies.csv", EXAMPLES / "officials.csv"], empty_graph)
    assert report.exit_code == EXIT_OK
    # the four bureaus the directory knows merge into its nodes; only 教育局 and 交易中心 are new
    assert counts(empty_graph)[0]["Agency"] == before + 2
