"""A scan's blanks inside words (ingest/nlp/ocr_gaps.py): closed for reading, offsets given back as
written. Invented text."""

from __future__ import annotations

import pytest

from ingest.nlp import ocr_gaps
from tests.ingest.extract_kit import spans

SCAN = (
    "坪 洲 县 交 通 运 输 局\n"
    "关于坪洲县顺达路桥有限公司有关情况的复函\n"
    "县纪委监委：\n"
    "    经核查，坪洲县顺达路桥有限公司现有项目负责人3名，其中无邓 志刚。邓志刚仅持有安全员证书，法定代表人马国\n"
    "良对此知情。\n"
    "    联系人：蒋 文静　　电话：0851-2204117\n"
    "                              局长：石 玉林\n"
)


def test_a_scan_is_read_with_its_blanks_closed_and_given_back_as_written() -> None:
    names = spans(SCAN, "PERSON")
    assert "邓 志刚" in names and "邓志刚" in names
    assert "马国\n良" in names
    assert "蒋 文静" in names and "石 玉林" in names


def test_a_spaced_heading_is_one_agency() -> None:
    assert "坪 洲 县 交 通 运 输 局" in spans(SCAN, "AGENCY")


@pytest.mark.parametrize("text", [
    "联系人：罗晓燕 电话：0851-2204117\n",        # a blank before a field's label separates
    "序号 姓名 单位 职务\n1 邓志刚 顺达路桥 项目经理\n",  # a table's cells
    "承办民警：经侦大队 陈志强（警号512033）\n",     # a unit, then a name
])
def test_separating_blanks_stay(text: str) -> None:
    assert ocr_gaps.gaps(text) == []


def test_a_line_break_is_closed_only_in_a_scan() -> None:
    letter = "    经核查，法定代表人马国良对此知情，该公司未按规定配备项目负责人，已责令马国\n良整改。\n"
    assert ocr_gaps.gaps(letter) == []  # one broken line in a clean letter: a line break, left alone
    assert [SCAN[a:b] for a, b in ocr_gaps.gaps(SCAN)].count("\n") == 1


def test_offsets_come_back_in_the_text_as_written() -> None:
    text = "其中无邓 志刚。"
    closed, where = ocr_gaps.close(text, ocr_gaps.gaps(text))
    assert closed == "其中无邓志刚。"
    s = closed.index("邓志刚")
    a, b = ocr_gaps.back(where, s, s + 3)
    assert text[a:b] == "邓 志刚"
