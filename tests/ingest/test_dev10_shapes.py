"""Shapes met while reading development set 10's errors (issue 10), each fixed by structure and tested
on sentences written for this file (invented places 东川/青禾, bodies, companies and people; no
evaluation document is quoted): a number whose code ends in 字 broken from its bracketed year by a
line break (and the sentence running on over it); a phrase-ending 中/后 before a listed district; a
stop verb before a listed city (指定|襄阳…, not the county 定襄); a reply naming the addressee's transfer
by a spaced number; the writer's own transfer after a cited 《…移送函》 title; a topic (对…，) whose
agencies are what the matter is about; a 监察建议书 as a letter."""

from __future__ import annotations

import pytest

from ingest.doc_numbers import find
from ingest.nlp import extract_text
from ingest.nlp.classify import classify_kind
from tests.ingest.test_nlp_relations import _pairs


def _found(text: str) -> list[str]:
    return [text[f.start:f.end] for f in find(text)]


def test_a_coded_number_broken_before_its_year() -> None:
    text = "本案由青禾县公安局侦查终结，以青公（经）诉字\n〔2026〕8号起诉意见书，于2026年5月6日移送本院审查起诉。"
    assert _found(text) == ["青公（经）诉字\n〔2026〕8号"]


def test_a_transfer_read_across_the_line_break_inside_its_number() -> None:
    text = ("青禾县人民检察院\n不起诉决定书\n青检刑不诉〔2026〕3号\n\n被不起诉人卜某，男。\n"
            "本案由青禾县公安局侦查终结，以青公（经）诉字\n〔2026〕8号起诉意见书，于2026年5月6日移送本院审查起诉。\n"
            "经本院审查，决定对卜某不起诉。\n\n青禾县人民检察院\n2026年7月1日\n")
    assert ("青禾县公安局", "青禾县人民检察院") in _pairs(text, "REFERRED")


@pytest.mark.parametrize(("text", "name", "label"), [
    ("（项目编号：QH2026-C01）中青禾县人民医院设备科科长孔某收受好处费。", "青禾县人民医院设备科", "AGENCY"),
    ("东川市某镇在道路硬化工程中违规指定襄阳恒固建材有限公司供货。", "襄阳恒固建材有限公司", "COMPANY"),
])
def test_a_name_starts_at_its_listed_place(text: str, name: str, label: str) -> None:
    assert name in [e["text"] for e in extract_text(text)["entities"] if e["label"] == label]


def test_a_reply_names_the_addressees_transfer_by_a_spaced_number() -> None:
    text = ("中共青禾县纪律检查委员会办公室\n关于问题线索处置情况的回复\n\n青禾县财政局：\n"
            "你局2026年3月9日以青财函 [2026] 7 号移送的青禾县人民医院设备采购问题线索收悉。经研究，已由我委第二审查调查室办理。\n\n"
            "中共青禾县纪律检查委员会办公室\n2026年4月1日\n")
    assert ("青禾县财政局", "中共青禾县纪律检查委员会办公室") in _pairs(text, "REFERRED")


def test_the_writers_transfer_after_a_cited_title() -> None:
    text = ("青禾县财政局\n关于青禾县中医院采购问题的处理情况通报\n\n"
            "对检查中发现的孔某涉嫌收受供应商财物的问题线索，我局已于2026年4月22日以《问题线索移送函》（青财函〔2026〕19号）"
            "移送青禾县纪委监委处理。\n\n青禾县财政局\n2026年4月25日\n")
    assert ("青禾县财政局", "青禾县纪委监委") in _pairs(text, "REFERRED")


def test_agencies_in_an_opening_topic_are_no_senders() -> None:
    text = ("青禾县监察委员会\n监察建议书\n青监建〔2026〕2号\n\n青禾县财政局：\n我委在查办案件中发现你局审批把关不严。\n"
            "对查办中发现的东川恒远建设有限公司与青禾县农贸市场服务中心工作人员串通的问题线索，一并移交你局依法处理。\n\n"
            "青禾县监察委员会\n2026年5月6日\n")
    got = _pairs(text, "REFERRED")
    assert ("青禾县监察委员会", "青禾县财政局") in got
    assert not any(frm == "青禾县农贸市场服务中心" for frm, _ in got)
    assert classify_kind(text) == "other"


def _rels(text: str, typ: str) -> set[tuple[str, str]]:
    rec = extract_text(text)
    ents = rec["entities"]
    return {(ents[r["from"]]["text"], ents[r["to"]]["text"]) for r in rec["relations"] if r["type"] == typ}


DECISION = ("青禾县财政局行政处罚决定书\n青财罚决字〔2026〕5号\n"
            "当事人一：东川恒远建设有限公司，法定代表人：孔立\n"
            "当事人二：青禾宏达工程有限公司，法定代表人：卜文\n"
            "经查，在青禾县校舍维修采购项目（项目编号：QHCG-2026-011）中，上述两家公司的投标文件由同一人编制。\n"
            "我局决定：对当事人一、当事人二分别处以罚款。\n青禾县财政局\n2026年6月3日\n")


def test_numbered_parties_of_a_decision() -> None:
    assert _rels(DECISION, "LEGAL_REP") == {("孔立", "东川恒远建设有限公司"), ("卜文", "青禾宏达工程有限公司")}
    assert _rels(DECISION, "PENALIZED") == {("青禾县财政局", "东川恒远建设有限公司"), ("青禾县财政局", "青禾宏达工程有限公司")}


def test_a_fine_on_the_responsible_person_after_a_semicolon() -> None:
    text = ("青禾县发展和改革局\n行政处罚决定书\n青发改罚〔2026〕8号\n\n当事人：东川恒远建设有限公司\n法定代表人：孔立\n"
            "直接负责的主管人员：卜文，该公司副总经理\n经查，该公司在投标中行贿。\n"
            "我局决定：对你公司处中标项目金额千分之五的罚款；对卜文处单位罚款数额百分之五的罚款。\n\n青禾县发展和改革局\n2026年5月1日\n")
    assert ("青禾县发展和改革局", "卜文") in _rels(text, "PENALIZED")


def test_experts_suspended_by_the_writer() -> None:
    text = ("青禾县公共资源交易监督管理办公室\n关于对评标专家不良行为的处理通报\n青公管〔2026〕4号\n\n"
            "在青禾县供水工程评标过程中，东川市人民医院副主任医师孔文、东川学院副教授卜某两名评标专家未按标准评审。\n"
            "经调查核实，我办决定：暂停孔文、卜某评标专家资格6个月。\n\n青禾县公共资源交易监督管理办公室\n2026年5月1日\n")
    assert _rels(text, "PENALIZED") == {("青禾县公共资源交易监督管理办公室", "孔文"), ("青禾县公共资源交易监督管理办公室", "卜某")}


def test_an_announcement_of_two_projects_each_with_its_bidders() -> None:
    text = ("青禾县公共资源交易中心\n成交结果公告\n\n项目一：青禾县绿化养护服务项目\n项目编号：QHJY-2026-071\n"
            "成交供应商：东川竹韵园林有限公司　成交金额：人民币86.5万元\n参与竞争性磋商的其他供应商：青禾翠城园艺有限公司\n\n"
            "项目二：青禾县医疗废物处置服务项目\n项目编号：QHJY-2026-079\n成交供应商：青禾蓝天环境服务有限公司\n"
            "参与竞争性磋商的其他供应商：青禾翠城园艺有限公司\n")
    assert _rels(text, "BID_ON") == {("东川竹韵园林有限公司", "QHJY-2026-071"), ("青禾翠城园艺有限公司", "QHJY-2026-071"),
                                     ("青禾蓝天环境服务有限公司", "QHJY-2026-079"), ("青禾翠城园艺有限公司", "QHJY-2026-079")}


def test_other_bidders_by_lot() -> None:
    text = ("青禾县路灯采购项目中标结果公告\n项目编号：QHZC2026-118\n一、中标结果\n第1包：中标供应商东川光明照明有限公司；\n"
            "二、其他投标人：第1包青禾明辉光电有限公司，第2包东川城建养护有限公司（投标无效）。\n")
    assert {("青禾明辉光电有限公司", "QHZC2026-118"), ("东川城建养护有限公司", "QHZC2026-118")} <= _rels(text, "BID_ON")


@pytest.mark.parametrize(("text", "agencies"), [
    ("经青禾区纪委监委调查，某某村村委会主任卜某收受好处费。", ["青禾区纪委监委", "某某村村委会"]),
    ("被告人为某公司在承揽县第二中学教学楼工程中谋取利益。", ["县第二中学"]),
    ("市第一人民医院采购设备时未公开招标。", ["市第一人民医院"]),
    ("XX市第一人民医院院长办公室出具证明。", ["XX市第一人民医院院长办公室"]),
])
def test_agencies_in_court_text(text: str, agencies: list[str]) -> None:
    """A sub-unit is never read across a post and a person (村委会|主任卜某收受好|处); a school or hospital
    with a level and an ordinal (县第二中学) is one agency."""
    assert [e["text"] for e in extract_text(text)["entities"] if e["label"] == "AGENCY"] == agencies


@pytest.mark.parametrize(("text", "label", "names"), [
    ("后经县纪委立案调查，被告人于2017年3月被留置。", "AGENCY", ["县纪委"]),
    ("并由区财政局依法处理。", "AGENCY", ["区财政局"]),
    ("被告人系中国农业银行某县支行客户经理。", "COMPANY", ["中国农业银行某县支行"]),
])
def test_no_name_starts_with_the_words_before_it(text: str, label: str, names: list[str]) -> None:
    assert [e["text"] for e in extract_text(text)["entities"] if e["label"] == label] == names


@pytest.mark.parametrize(("text", "label", "names"), [
    ("孔文同志任县财政局局长，免去卜立新同志县财政局局长职务。", "AGENCY", ["县财政局", "县财政局"]),
    ("河北省任县财政局", "AGENCY", ["河北省任县财政局"]),
    ("该公司实际控制人阿依古丽·买买提多次向评标专家行贿。", "PERSON", ["阿依古丽·买买提"]),
    ("东川恒远公司法定代表人苏和巴特尔称其不知情。", "PERSON", ["苏和巴特尔"]),
])
def test_tenure_dotted_names_and_mongolian_names(text: str, label: str, names: list[str]) -> None:
    assert [e["text"] for e in extract_text(text)["entities"] if e["label"] == label] == names
