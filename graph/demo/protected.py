"""What the demo county keeps secret (issue 12), so that anyone trying the product sees the access model work:

- a **confidential clue** SLX-XS-2024-008 of 示例县公安局 (an informant's report that staff of the trading
  centre leaked the list of evaluation experts), transferred to 示例市公安局 — visible only to those two
  police agencies (and admin); its summary, number, letters and events appear nowhere else;
- a **masked informant** 甘立行 (``masked: true``, his phone): named in that clue's report and in the
  report behind the finance bureau's clue SLX-XS-2024-002 (举报信, a public letter);
- a **masked complainant** 屈晓梅 who lodged the complaint SLX-TS-2024-001 (``COMPLAINED``, her phone and
  address), named in the complaint letter (投诉书).

An analyst of 示例县审计局 sees none of this in the 分析控制台: not the clue, and the two people only as
pseudonyms (保密身份-XXXX); the pages show them as ［身份保密］.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass
from typing import Any

from graph.connection import Graph
from graph.ids import make_id
from graph.lifecycle import Letter, open_thread, receive, transfer
from graph.writer import Writer

D = dt.date


@dataclass(frozen=True)
class ProtectedPlants:
    clue_no: str = "SLX-XS-2024-008"
    clue_summary: str = "举报人反映示例县公共资源交易中心工作人员向投标人泄露评标专家名单"
    clue_letter_no: str = "示公移〔2024〕8号"
    report_text: str = ("举报信\n举报人甘立行（联系电话13688886666）反映：示例县公共资源交易中心工作人员在"
                        "示例县第一中学教学设备采购项目开标前向投标人泄露评标专家名单。请依法查处。")
    informant_name: str = "甘立行"
    informant_phone: str = "13688886666"
    public_report_text: str = ("举报信\n举报人甘立行，联系电话13688886666。反映示例县人民医院采购的医疗设备疑似"
                               "以次充好，请财政部门核查。")
    complainant_name: str = "屈晓梅"
    complainant_phone: str = "13912345678"
    complainant_address: str = "示例县城关镇幸福路12号"
    complaint_no: str = "SLX-TS-2024-001"
    complaint_text: str = ("投诉书\n投诉人屈晓梅，联系电话13912345678，住示例县城关镇幸福路12号。"
                           "投诉事项：示例县第一中学教学设备采购项目评审不公，评审专家对个别投标人打分畸高。")

    @property
    def clue_id(self) -> str:
        return make_id("clue", self.clue_no)


PROTECTED = ProtectedPlants()


def _doc(w: Writer, text: str, title: str, source: str) -> str:
    return w.node("Document", {"sha256": hashlib.sha256(text.encode("utf-8")).hexdigest(), "title": title,
                               "kind": "report", "text": text, "status": "ingested"}, source=source)


def _mention(w: Writer, doc: str, text: str, name: str, target: str, source: str) -> None:
    start = text.index(name)
    w.rel("MENTIONS", doc, target, {"start": start, "end": start + len(name), "text": name, "label": "PERSON"},
          source=source)


def apply_protected_plants(graph: Graph, ag: dict[str, str], source: str) -> bool:
    """Write the plants once (False when they are already in the graph)."""
    p = PROTECTED
    if graph.read("MATCH (c:Clue {id: $id}) RETURN c.id AS id", {"id": p.clue_id}):
        return False
    police, city_police = ag["示例县公安局"], ag["示例市公安局"]
    kw: dict[str, Any] = {"source": source, "synthetic": True}
    tid = open_thread(graph, p.clue_no, agency=police, on=D(2024, 3, 5), letter=Letter("示公线〔2024〕8号", "线索登记表"),
                      summary=p.clue_summary, violations=["interference"], region="示例县", competent=city_police, **kw)
    ref = transfer(graph, tid, to=city_police, on=D(2024, 3, 7), letter=Letter(p.clue_letter_no, "案件移送书"),
                   materials=["举报信", "询问笔录"], channel="hand", **kw)
    receive(graph, ref, on=D(2024, 3, 8), **kw)
    with Writer(graph, synthetic=True) as w:
        w.node("Clue", {"clue_no": p.clue_no, "confidential": True}, source=source)
        informant = w.node("Person", {"name": p.informant_name, "context": f"informant:{police}", "masked": True},
                           source=source)
        phone = w.node("Phone", {"number": p.informant_phone}, source=source)
        w.rel("HAS_PHONE", informant, phone, source=source)
        report = _doc(w, p.report_text, "举报信", source)
        w.rel("EVIDENCED_BY", tid, report, source=source)
        _mention(w, report, p.report_text, p.informant_name, informant, source)
        public = _doc(w, p.public_report_text, "举报信", source)
        w.rel("EVIDENCED_BY", make_id("clue", "SLX-XS-2024-002"), public, source=source)
        _mention(w, public, p.public_report_text, p.informant_name, informant, source)

        complaint = make_id("complaint", p.complaint_no)
        person = w.node("Person", {"name": p.complainant_name, "context": f"complainant:{p.complaint_no}", "masked": True},
                        source=source)
        w.rel("COMPLAINED", person, complaint, source=source)
        cphone = w.node("Phone", {"number": p.complainant_phone}, source=source)
        w.rel("HAS_PHONE", person, cphone, source=source)
        addr = w.node("Address", {"text": p.complainant_address}, source=source)
        w.rel("HAS_ADDRESS", person, addr, source=source)
        letter = _doc(w, p.complaint_text, "投诉书", source)
        w.rel("EVIDENCED_BY", complaint, letter, source=source)
        _mention(w, letter, p.complaint_text, p.complainant_name, person, source)
    return True
