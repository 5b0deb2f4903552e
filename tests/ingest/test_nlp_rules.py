"""Rule component: identifiers, document numbers, dates, money, agencies, laws (no trained model)."""

from __future__ import annotations

import pytest

from graph.errors import ProgrammingError
from graph.types import credit_code
from graph.types.text import view as simplified_view
from ingest.nlp.gazetteer import load_gazetteer
from ingest.nlp.rules import (
    extract_spans,
    find_identifiers,
)

GAZ = load_gazetteer()


def spans(text: str, label: str | None = None) -> list[tuple[str, str]]:
    out = [(text[c.start:c.end], c.label) for c in extract_spans(simplified_view(text), GAZ)]
    return [x for x in out if label is None or x[1] == label]


# ---------------------------------------------------------------- credit codes / phones
@pytest.mark.parametrize("code", ["91350100M000100Y43", "91440300736276309W", "91110108551385082Q"])
def test_valid_credit_codes(code: str) -> None:
    assert credit_code.validate(code)


@pytest.mark.parametrize("code", ["91350100M000100Y44", "91440300736276309X", "9135010M000100Y43", "91350100M000100I43"])
def test_invalid_credit_codes(code: str) -> None:
    assert not credit_code.validate(code)


def test_check_char_rejects_forbidden_letters() -> None:
    with pytest.raises(ProgrammingError):  # a wrong call, not bad data (graph.errors)
        credit_code.check_char("9135010OM000100Y4")  # O is not in the code alphabet


def test_identifiers_in_text() -> None:
    text = "统一社会信用代码:91440300736276309W\n联系电话:13812345678,0571-87654321;服务热线:400-810-1996"
    ids = find_identifiers(text)
    kinds = [(d["type"], d["text"], d["valid"]) for d in ids]
    assert ("credit_code", "91440300736276309W", True) in kinds
    assert ("phone", "13812345678", True) in kinds
    assert ("phone", "0571-87654321", True) in kinds
    assert ("phone", "400-810-1996", True) in kinds
    for d in ids:
        assert text[d["start"]:d["end"]] == d["text"]


# Every string below was written for these tests (places from the national division list or
# invented); none comes from the evaluation documents. Dev-derived cases live in
# test_dev_regressions.py.

# ---------------------------------------------------------------- DOC_NO / PROJECT_NO
@pytest.mark.parametrize(
    "text,expected",
    [
        ("现将会财采〔2023〕27号文件转发给你们。", "会财采〔2023〕27号"),
        ("详见示审移[2024]5号移送处理书", "示审移[2024]5号"),
        ("安财监【2022】12号", "安财监【2022】12号"),
        ("根据宁公经(2021)88号通知", "宁公经(2021)88号"),
        ("依照永财罚字﹝2020﹞第3号决定", "永财罚字﹝2020﹞第3号"),
        ("(2022)湘0102行初55号", "(2022)湘0102行初55号"),
    ],
)
def test_doc_numbers(text: str, expected: str) -> None:
    assert (expected, "DOC_NO") in spans(text)


@pytest.mark.parametrize(
    "text,expected",
    [
        ("项目编号:HZCG2023-117,预算金额", "HZCG2023-117"),
        ("采购项目编号：441802-2024-0031）", "441802-2024-0031"),
    ],
)
def test_project_numbers(text: str, expected: str) -> None:
    assert (expected, "PROJECT_NO") in spans(text)


# ---------------------------------------------------------------- DATE / MONEY
@pytest.mark.parametrize(
    "text,expected",
    [
        ("于二〇二三年九月八日收到", "二〇二三年九月八日"),
        ("2024年2月初,该局", "2024年2月初"),
        ("发文日期:2023-04-09 10:00", "2023-04-09"),
        ("同年6月3日,我局", "6月3日"),
    ],
)
def test_dates(text: str, expected: str) -> None:
    assert (expected, "DATE") in spans(text)


@pytest.mark.parametrize("text", ["去年5月,县局", "2019年,该公司", "15日召开", "2022-2023学年"])
def test_not_dates(text: str) -> None:
    assert spans(text, "DATE") == []


def test_bare_digit_line_is_not_a_date() -> None:
    # the rule for an undelimited 7-8 digit date line existed only for a corrupted excerpt: removed
    assert spans("联系电话\n\n20240315\n", "DATE") == []


@pytest.mark.parametrize(
    "text,expected",
    [
        ("罚款人民币3万元", "人民币3万元"),
        ("合同金额¥1,208,500.00元", "¥1,208,500.00元"),
        ("涉案金额120万余元", "120万余元"),
        ("计叁仟伍佰元整", "叁仟伍佰元整"),
    ],
)
def test_money(text: str, expected: str) -> None:
    assert (expected, "MONEY") in spans(text)


# ---------------------------------------------------------------- AGENCY by structure
@pytest.mark.parametrize(
    "text,expected",
    [
        # a place the gazetteer does not list + organ
        ("示例县审计局将线索移送会泽县财政局。", ["示例县审计局", "会泽县财政局"]),
        ("湖南省示例县城关镇人民政府", ["湖南省示例县城关镇人民政府"]),
        ("由青林乡人民政府负责", ["青林乡人民政府"]),
        ("受示例县财政局委托,督促示例县住建局整改", ["示例县财政局", "示例县住建局"]),
        ("当前基本局面稳定", []),
        # city police + district branch is ONE agency
        ("泉州市公安局鲤城分局立案侦查", ["泉州市公安局鲤城分局"]),
        ("示例市公安局经侦支队打假大队", ["示例市公安局经侦支队打假大队"]),
        ("示例县财政局政府采购监督管理科", ["示例县财政局政府采购监督管理科"]),
        ("移送示例县人民检察院第一检察部", ["示例县人民检察院第一检察部"]),
        ("示例县公安局城关派出所", ["示例县公安局城关派出所"]),
        ("示例县第一中学食堂设备采购项目", ["示例县第一中学"]),
        ("示例县城关镇中心学校", ["示例县城关镇中心学校"]),
        # party bodies
        ("中共示例县纪律检查委员会", ["中共示例县纪律检查委员会"]),
        ("中共会泽县委员会办公室", ["中共会泽县委员会办公室"]),
        ("示例县纪委监委机关", ["示例县纪委监委机关"]),
        ("中共示例县委组织部", ["中共示例县委组织部"]),
        # zones, trading centres, national bodies
        ("东湖经济技术开发区管委会", ["东湖经济技术开发区管委会"]),
        ("高新区管委会,各街道办事处", ["高新区管委会"]),
        ("示例市公共资源交易中心", ["示例市公共资源交易中心"]),
        ("报财政部、国家市场监督管理总局备案", ["财政部", "国家市场监督管理总局"]),
        # short forms are AGENCY spans as written
        ("移送县财政局处理", ["县财政局"]),
        ("区市场监管局、市公安局", ["区市场监管局", "市公安局"]),
        ("已报市局审批", ["市局"]),
        # not agencies
        ("各县财政局要加强监管", []),
        ("全市公安机关", []),
        ("移交公安机关处理", []),
        ("在示例县政府采购网公告", []),
        ("示例县财政局依法处理", ["示例县财政局"]),
        ("示例县财政局所属单位", ["示例县财政局"]),
    ],
)
def test_agencies_by_structure(text: str, expected: list[str]) -> None:
    assert [t for t, lab in spans(text) if lab == "AGENCY"] == expected


def test_pronoun_agency_refs_are_spans() -> None:
    got = spans("请你局于五个工作日内将受理情况回告我局。")
    assert ("你局", "AGENCY") in got and ("我局", "AGENCY") in got


# ---------------------------------------------------------------- COMPANY left boundary
@pytest.mark.parametrize(
    "text,expected",
    [
        ("现移送示例鑫达建设有限公司涉嫌串通投标问题线索", "示例鑫达建设有限公司"),
        ("将材料转送安平县宏图商贸有限公司", "安平县宏图商贸有限公司"),
        ("退回东方恒通物业管理有限公司的保证金", "东方恒通物业管理有限公司"),
        ("张某反映长沙金鼎建设工程有限公司存在问题", "长沙金鼎建设工程有限公司"),
        ("邀约北京天成信息技术有限公司参加谈判", "北京天成信息技术有限公司"),
        ("第一中标候选人湖北鸿运路桥工程有限公司", "湖北鸿运路桥工程有限公司"),
        ("示例县财政局关于南平华信科技有限公司的处理意见", "南平华信科技有限公司"),
        ("会泽县财政局依法处罚了云南嘉禾商贸有限公司", "云南嘉禾商贸有限公司"),
        ("开户行:中国建设银行示例支行", "中国建设银行示例支行"),
    ],
)
def test_company_left_boundary(text: str, expected: str) -> None:
    assert (expected, "COMPANY") in spans(text)


@pytest.mark.parametrize(
    "text,expected",
    [
        ("示例宏达建设有限公司示例分公司", "示例宏达建设有限公司示例分公司"),
        ("开户行:中国工商银行股份有限公司示例支行", "中国工商银行股份有限公司示例支行"),
    ],
)
def test_branch_is_one_company(text: str, expected: str) -> None:
    assert spans(text, "COMPANY") == [(expected, "COMPANY")]


def test_defined_short_name_is_company() -> None:
    text = "江西远航工程咨询有限公司(以下简称“远航公司”)中标。远航公司法定代表人王建国。"
    got = spans(text, "COMPANY")
    assert got.count(("远航公司", "COMPANY")) == 2


# ---------------------------------------------------------------- PERSON
@pytest.mark.parametrize(
    "text,expected",
    [
        ("法定代表人:周文涛,执行董事。", ["周文涛"]),
        ("经查,王某、李某某、刘**三人多次商议", ["王某", "李某某", "刘**"]),
        ("评审专家孙立平在评审中", ["孙立平"]),
        ("项目负责人为刘倩。", ["刘倩"]),
        ("对该公司法定代表人陈刚立案侦查", ["陈刚"]),
    ],
)
def test_persons(text: str, expected: list[str]) -> None:
    assert [t for t, lab in spans(text) if lab == "PERSON"] == expected


@pytest.mark.parametrize("text", ["相关信息已报送", "信息公开", "高度重视", "周边地区", "方案已印发", "协助调取股东信息。"])
def test_common_words_are_not_persons(text: str) -> None:
    assert spans(text, "PERSON") == []


def test_positions_attached_only() -> None:
    got = spans("局长郑海涛主持会议,该项目评审专家未到场。")
    assert ("局长", "POSITION") in got
    assert ("评审专家", "POSITION") not in got


def test_flat_and_sorted() -> None:
    text = "示例县财政局行政处罚决定书\n示财罚〔2024〕2号\n2024年1月9日示例县审计局移交我局线索。"
    cs = extract_spans(simplified_view(text), GAZ)
    for a, b in zip(cs, cs[1:]):
        assert a.end <= b.start


def test_signature_agency_at_end_of_text_is_kept() -> None:
    # a .docx's text does not end in a newline: its last line, the signature, is a whole name
    text = "特此函告。\n\n示例县纪委"
    assert spans(text, "AGENCY") == [("示例县纪委", "AGENCY")]


@pytest.mark.parametrize("text", ["會澤縣財政局移交的相關材料", "示例縣審計局", "示例市發展和改革委員會"])
def test_simplified_view_keeps_length(text: str) -> None:
    view = simplified_view(text)
    assert len(view) == len(text)
    assert view != text
