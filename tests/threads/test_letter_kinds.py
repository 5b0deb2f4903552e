"""Letter kinds read from a title (ingest.letters.read_letter), on letters written for these tests."""

from __future__ import annotations

import datetime as dt

from ingest.letters import read_letter

ONWARD = (
    "丰宁县公安局\n移送审查起诉告知书\n丰公告字〔2025〕6号\n\n丰宁县财政局：\n"
    "你局于2025年3月18日移送我局的丰宁宏达建设有限公司涉嫌串通投标一案，我局已于2025年3月25日立案侦查。"
    "经侦查，本案已于2025年8月3日移送丰宁县人民检察院审查起诉。\n特此告知。\n\n丰宁县公安局\n2025年8月6日\n"
)


def test_a_notice_that_the_case_went_to_the_procuratorate_reports_an_outcome() -> None:
    """Not a transfer to the finance bureau it is addressed to: the report of a further transfer,
    dated as written."""
    act = read_letter(ONWARD, file="onward.txt", sha256="")
    assert act.kind == "outcome_report"
    assert (act.target, act.target_date) == ("丰宁县人民检察院", dt.date(2025, 8, 3))
    assert (act.issuer, act.addressee) == ("丰宁县公安局", "丰宁县财政局")
