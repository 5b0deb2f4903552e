"""A referral loaded from a table becomes a thread like a letter does: custody and deadlines follow
its dates, so an accepted referral raises no alarm and an undecided one does."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from graph.connection import Graph
from graph.overdue import deadline_rows
from graph.threads import threads_of
from ingest.tabular.loader import load_files

HEADER = "doc_no,from_agency,to_agency,region,sent,received,decision,decided,reported,forwarded_to,reason\n"


def load(graph: Graph, tmp_path: Path, rows: str):  # noqa: ANN201
    path = tmp_path / "referrals.csv"
    path.write_text(HEADER + rows, encoding="utf-8")
    return load_files([path], graph=graph)


def test_accepted_returned_and_undecided_referrals(county: Graph, tmp_path: Path) -> None:
    report = load(county, tmp_path,
                  "示财移〔2024〕9号,示例县财政局,示例县公安局,示例县,2024-03-04,2024-03-05,受理,2024-03-08,2024-03-11,,\n"
                  "示财移〔2024〕10号,示例县财政局,示例县市场监督管理局,示例县,2024-03-04,2024-03-05,退回,2024-03-14,,,不属于本局职责\n"
                  "示财移〔2024〕11号,示例县财政局,示例县审计局,示例县,2024-03-04,,,,,,\n")
    assert not report.errors
    threads = {t.number: t for t in threads_of(county)}
    assert threads["示财移〔2024〕9号"].holder == "示例县公安局"
    assert threads["示财移〔2024〕10号"].holder == "示例县财政局"      # returned to the sender
    assert threads["示财移〔2024〕11号"].holder == "示例县审计局"
    rows = deadline_rows(county, today=dt.date(2024, 3, 20))
    # 9号 accepted (met its notice), 10号 returned on 3-14 from receipt 3-05 (due 3-12: late, but done),
    # so the only alarm is the undecided 11号: return_out_of_duty due 3-11 counted from sending
    assert [(r.rule_id, r.agency_name, r.due) for r in rows] == [("return_out_of_duty", "示例县审计局", dt.date(2024, 3, 11))]
    missed = [d for d in threads["示财移〔2024〕10号"].deadlines if d.status(None) == "missed"]
    assert [(d.rule, d.due, d.done) for d in missed] == [("return_out_of_duty", dt.date(2024, 3, 12), dt.date(2024, 3, 14))]


def test_a_decision_without_its_date_is_rejected_with_the_column(county: Graph, tmp_path: Path) -> None:
    report = load(county, tmp_path, "示财移〔2024〕12号,示例县财政局,示例县公安局,示例县,2024-03-04,,退回,,,,\n")
    assert [(e.row, e.field) for e in report.errors] == [(2, "decided")]
    report = load(county, tmp_path, "示财移〔2024〕13号,示例县财政局,示例县公安局,示例县,2024-03-04,,转送,2024-03-06,,,\n")
    assert [(e.row, e.field) for e in report.errors] == [(2, "forwarded_to")]
