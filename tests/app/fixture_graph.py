"""A small county for the app's tests: an interest chain, a confidential clue, a masked complainant,
two letters with mentions, and referrals whose deadlines are overdue or due soon on :data:`TODAY`.

Written through :class:`graph.writer.Writer` and :mod:`graph.lifecycle` — the same paths real data
takes. :func:`load_fixture` wipes the graph first and returns the ids the tests use.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from app.services.access import Viewer
from graph.connection import Graph
from graph.lifecycle import Letter, accept, open_thread, receive, transfer
from graph.writer import Writer

SRC = "test:app-fixture"
TODAY = dt.date(2024, 6, 4)
CREDIT_CODE = "91510683MA62Q1XX7A"

D1_TEXT = (
    "示例县纪委监委：\n"
    "经查，示例县教育局后勤科科长王建国之配偶李秀英系示例鑫达建设有限公司股东，"
    "该公司中标示例县中小学课桌椅采购项目。现将该线索移送你委处理。\n示例县财政局\n2024年3月5日"
)
D2_TEXT = (
    "行政处罚决定书\n投诉人张三于2024年5月10日向本局投诉，经查，示例鑫达建设有限公司在示例县中小学课桌椅采购项目中"
    "提供虚假材料谋取中标，违反《政府采购法》第七十七条。本局决定处以罚款。\n示例县财政局"
)


@dataclass(frozen=True)
class Ids:
    finance: str
    discipline: str
    police: str
    audit: str
    education: str
    official: str
    spouse: str
    complainant: str
    company_a: str
    company_b: str
    company_c: str
    phone: str
    project: str
    clue_secret: str
    clue_overdue: str
    clue_soon: str
    complaint: str
    doc_secret: str
    doc_public: str
    referral_secret: str


def viewers(ids: Ids) -> dict[str, Viewer]:
    return {
        "fin": Viewer("fin", ids.finance, "investigator", "示例县财政局"),
        "pol": Viewer("pol", ids.police, "investigator", "示例县公安局"),
        "ana": Viewer("ana", ids.audit, "analyst", "示例县审计局"),
        "clk": Viewer("clk", ids.finance, "clerk", "示例县财政局"),
        "adm": Viewer("adm", ids.finance, "admin", "示例县财政局"),
    }


def _mention(w: Writer, doc: str, text: str, needle: str, target: str, label: str) -> None:
    start = text.index(needle)
    w.rel("MENTIONS", doc, target, {"start": start, "end": start + len(needle), "text": needle, "label": label}, source=SRC)


def load_fixture(graph: Graph) -> Ids:
    graph.write("MATCH (n) DETACH DELETE n")
    d = dt.date
    with Writer(graph) as w:
        w.node("Region", {"name": "示例县", "level": "county"}, source=SRC)

        def agency(name: str, kind: str, aliases: list[str]) -> str:
            return w.node("Agency", {"name": name, "region": "示例县", "kind": kind, "level": "county", "aliases": aliases}, source=SRC)

        finance = agency("示例县财政局", "finance", ["县财政局"])
        discipline = agency("示例县纪委监委", "discipline", ["县纪委监委"])
        police = agency("示例县公安局", "police", ["县公安局"])
        audit = agency("示例县审计局", "audit", ["县审计局"])
        education = agency("示例县教育局", "purchaser", ["县教育局"])
        official = w.node("Official", {"name": "王建国", "agency_id": education, "position": "后勤科科长", "party_member": True}, source=SRC)
        spouse = w.node("Person", {"name": "李秀英", "context": "spouse:王建国"}, source=SRC)
        complainant = w.node("Person", {"name": "张三", "context": "complainant:TS-2024-005", "masked": True}, source=SRC)
        company_a = w.node("Company", {"key": CREDIT_CODE, "name": "示例鑫达建设有限公司", "credit_code": CREDIT_CODE, "registered": d(2015, 6, 1)}, source=SRC)
        company_b = w.node("Company", {"key": "示例宏远贸易有限公司", "name": "示例宏远贸易有限公司"}, source=SRC)
        company_c = w.node("Company", {"key": "示例恒通科技有限公司", "name": "示例恒通科技有限公司"}, source=SRC)
        phone = w.node("Phone", {"number": "13800000000"}, source=SRC)
        project = w.node("Project", {"project_no": "SL-2024-018", "name": "示例县中小学课桌椅采购项目", "budget": 980000.0, "opened": d(2024, 2, 10)}, source=SRC)
        complaint = w.node("Complaint", {"complaint_no": "TS-2024-005", "lodged": d(2024, 5, 10), "subject": "评审过程不公", "lodged_with": finance}, source=SRC)
        doc_secret = w.node("Document", {"sha256": "a" * 64, "doc_no": "示财移〔2024〕1号", "title": "关于移送王建国涉嫌违规问题线索的函",
                                         "kind": "线索移送函", "date": d(2024, 3, 5), "issuer": "示例县财政局", "text": D1_TEXT}, source=SRC)
        doc_public = w.node("Document", {"sha256": "b" * 64, "doc_no": "示财罚〔2024〕7号", "title": "行政处罚决定书",
                                         "kind": "行政处罚决定书", "date": d(2024, 5, 20), "issuer": "示例县财政局", "text": D2_TEXT}, source=SRC)

        w.rel("WORKS_AT", official, education, {"position": "后勤科科长"}, source=SRC)
        w.rel("FAMILY", official, spouse, {"relation": "spouse"}, source=SRC)
        w.rel("SHAREHOLDER_OF", spouse, company_a, {"share": 0.6}, source=SRC)
        w.rel("HAS_PHONE", company_a, phone, source=SRC)
        w.rel("HAS_PHONE", company_b, phone, source=SRC)
        w.rel("PURCHASED", education, project, source=SRC)
        w.rel("WON", company_a, project, {"price": 951000.0, "date": d(2024, 2, 20)}, source=SRC)
        for bidder in (company_b, company_c):
            bid = w.node("Bid", {"project_no": "SL-2024-018", "bidder_key": bidder, "price": 960000.0}, source=SRC)
            w.rel("SUBMITTED", bidder, bid, source=SRC)
            w.rel("FOR_PROJECT", bid, project, source=SRC)
        w.rel("LODGED_WITH", complaint, finance, source=SRC)
        w.rel("COMPLAINED", complainant, complaint, source=SRC)
        w.rel("ABOUT", complaint, company_a, source=SRC)
        w.rel("ISSUED", finance, doc_public, source=SRC)
        _mention(w, doc_secret, D1_TEXT, "王建国", official, "PERSON")
        _mention(w, doc_secret, D1_TEXT, "示例鑫达建设有限公司", company_a, "COMPANY")
        _mention(w, doc_public, D2_TEXT, "张三", complainant, "PERSON")
        _mention(w, doc_public, D2_TEXT, "示例鑫达建设有限公司", company_a, "COMPANY")

    # the confidential clue: finance found it, transferred it to discipline, who accepted it
    clue_secret = open_thread(graph, "XS-2024-001", agency=finance, on=d(2024, 3, 1), source=SRC,
                              letter=Letter("示财登〔2024〕1号"), summary="教育局课桌椅采购疑似利益输送", violations=["abuse_of_power"])
    referral_secret = transfer(graph, clue_secret, to=discipline, on=d(2024, 3, 5), source=SRC,
                               letter=Letter("示财移〔2024〕1号", document_id=doc_secret), materials=["线索材料", "中标公告"])
    receive(graph, referral_secret, on=d(2024, 3, 6), source=SRC)
    accept(graph, referral_secret, on=d(2024, 3, 8), source=SRC)
    # audit → finance: received, never decided (overdue on TODAY)
    clue_overdue = open_thread(graph, "XS-2024-002", agency=audit, on=d(2024, 4, 1), source=SRC,
                               letter=Letter("示审发〔2024〕2号"), summary="审计发现围标线索")
    r2 = transfer(graph, clue_overdue, to=finance, on=d(2024, 4, 2), source=SRC, letter=Letter("示审移〔2024〕2号"), materials=["审计报告"])
    receive(graph, r2, on=d(2024, 4, 3), source=SRC)
    # audit → finance: received three working days before TODAY (due soon)
    clue_soon = open_thread(graph, "XS-2024-003", agency=audit, on=d(2024, 5, 27), source=SRC,
                            letter=Letter("示审发〔2024〕3号"), summary="串通投标线索")
    r3 = transfer(graph, clue_soon, to=finance, on=d(2024, 5, 28), source=SRC, letter=Letter("示审移〔2024〕3号"), materials=["数据比对结果"])
    receive(graph, r3, on=d(2024, 5, 30), source=SRC)

    with Writer(graph) as w:
        w.node("Clue", {"clue_no": "XS-2024-001", "confidential": True}, source=SRC)
        w.rel("ABOUT", clue_secret, official, source=SRC)
        w.rel("ABOUT", clue_secret, company_a, source=SRC)
        w.rel("ABOUT", clue_overdue, company_b, source=SRC)
        w.rel("ABOUT", clue_soon, company_c, source=SRC)

    from app.services.access import invalidate

    invalidate()
    return Ids(finance, discipline, police, audit, education, official, spouse, complainant, company_a, company_b,
               company_c, phone, project, clue_secret, clue_overdue, clue_soon, complaint, doc_secret, doc_public,
               referral_secret)
