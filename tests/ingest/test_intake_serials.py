"""What looks like a document number and is none (eval/extraction/DECISIONS.md, session 10): a serial an
intake desk or a register assigns, and a bulletin's issue number. Invented sentences."""

from __future__ import annotations

import pytest

from tests.ingest.extract_kit import spans


@pytest.mark.parametrize("text", [
    "所附材料我委已于2026年5月6日收悉，登记号YBJW-XS-2026-0042。",
    "来文已登记（收文登记号：NXGA-SW-2026-0117）。本回执一式两份。",
    "回执编号：PZCZ-HZ-2026-0009\n来文单位：坪洲县财政局\n",
    "你局移送的线索已受理（线索编号：HBJW-XS-2026-0031），交第二监督检查室办理。",
    "信访件编号：5101022026051100093\n",
    "收文编号：QX-SW-2026-118\n",
    "会议纪要\n〔2026〕第5期\n",
    "政府采购不良行为记录公示（2026年第4期）\n",
    "联动监管简报〔2025〕第12期（总第40期）",
])
def test_an_intake_serial_or_an_issue_is_no_document_number(text: str) -> None:
    assert spans(text, "DOC_NO") == []


@pytest.mark.parametrize("text", [
    "所附材料我委已于2026年5月6日收悉，登记号YBJW-XS-2026-0042。",
    "线索编号：HBJW-XS-2026-0031\n",
    "登记号\t移送日期\t移送单位\nLY-YS-2026-007\t2026-03-02\t坪洲县财政局\n",
])
def test_an_intake_serial_is_no_project_number_either(text: str) -> None:
    assert spans(text, "PROJECT_NO") == []


@pytest.mark.parametrize(("text", "numbers"), [
    # a case's, a complaint file's and a document's numbers stay DOC_NO beside an intake serial
    ("已受理（线索编号：HBJW-XS-2026-0031），并于同日立案，立案编号A5101020500002026050011。",
     ["A5101020500002026050011"]),
    ("你公司的投诉书收悉，我局受理编号为PZTS-2026-012。", ["PZTS-2026-012"]),
    ("坪洲县财政局签收回执\n坪财回〔2026〕7号\n回执编号：PZCZ-HZ-2026-0009\n", ["坪财回〔2026〕7号"]),
    ("根据坪财采函〔2026〕第3号、〔2026〕第4期简报", ["坪财采函〔2026〕第3号"]),
])
def test_document_and_case_numbers_beside_them_stay(text: str, numbers: list[str]) -> None:
    assert spans(text, "DOC_NO") == numbers
