"""Shapes met while reading development set 9's errors (issue 10), each fixed by structure and tested
here on sentences written for this file — invented places (东川, 青禾, 丰宁), bodies, companies and
people; no evaluation document is quoted.

Referrals: a spaced title (转 办 函) and the 转办/交办 letters a higher body sends down; a matter another
body 转办/转来 (its receiver the writer); a transfer to a joint 纪委⏎监委 header reaching both organs;
a national body's regional office (财政部X监管局) as one agency; an indictment paragraph whose header
is inline (X人民检察院起诉书（…）：…). Persons: a dotted name whose second part runs through 和 or stops
at 的, a name before 关于, a list after 我局, a contact field with the person's office, the minutes'
记录：, and a two-character name part in a list.
"""

from __future__ import annotations

import pytest

from graph.types.text import view
from ingest.letters import read_letter
from ingest.nlp import extract_text
from ingest.nlp.gazetteer import load_gazetteer
from ingest.nlp.rules import extract_spans
from tests.ingest.test_nlp_relations import _pairs, _positions
from tests.ingest.test_relations_judgments import _kind_and_issuer

GAZ = load_gazetteer()


def persons(text: str) -> list[str]:
    return [text[c.start:c.end] for c in extract_spans(view(text), GAZ) if c.label == "PERSON"]


DOWNWARD = ("东川市财政局\n交 办 函\n东财采交〔2026〕4号\n\n东川市青禾区财政局：\n"
            "我局收到实名举报，反映青禾区第二中学课桌椅采购项目未依法组织采购。该事项属你局监管职责，"
            "现将举报材料交你局依法核查处理，并于2026年8月31日前报告结果。\n\n东川市财政局\n2026年7月2日\n")


def test_a_spaced_title_and_a_downward_assignment_are_a_transfer() -> None:
    act = read_letter(DOWNWARD, file="down.txt", sha256="")
    assert act.kind == "transfer"
    assert (act.issuer, act.addressee) == ("东川市财政局", "东川市青禾区财政局")
    assert _pairs(DOWNWARD, "REFERRED") == {("东川市财政局", "东川市青禾区财政局")}


@pytest.mark.parametrize("title", ["转办函", "转  办  函", "关于交办青禾区第二中学采购问题的函"])
def test_titles_of_assignments(title: str) -> None:
    act = read_letter(DOWNWARD.replace("交 办 函", title), file="down.txt", sha256="")
    assert act.kind == "transfer"


@pytest.mark.parametrize("verb", ["转办的群众来信", "转来的举报材料", "交办的信访件"])
def test_a_matter_another_body_sent_down_was_received_by_the_writer(verb: str) -> None:
    text = (f"东川市青禾区财政局\n关于青禾区第二中学采购问题线索的移送函\n青财函〔2026〕9号\n\n东川市青禾区公安分局：\n"
            f"东川市财政局{verb}反映青禾区第二中学课桌椅采购存在围标问题。经我局核查，丰宁恒远家具有限公司与"
            f"丰宁鑫达家具有限公司投标文件由同一人编制，现将该线索移送你局依法处理。\n\n东川市青禾区财政局\n2026年9月1日\n")
    assert _pairs(text, "REFERRED") == {("东川市财政局", "东川市青禾区财政局"),
                                        ("东川市青禾区财政局", "东川市青禾区公安分局")}


def test_a_transfer_to_a_joint_header_reaches_both_organs() -> None:
    text = ("中共东川市青禾区纪律检查委员会\n东川市青禾区监察委员会\n关于问题线索处置情况的反馈函\n青纪函〔2026〕12号\n"
            "东川市青禾区审计局：\n根据你局《关于移送青禾区水务站有关人员问题线索的函》（青审函〔2026〕3号），我们对该站原站长"
            "卜立新涉嫌违规插手工程招标问题进行了初步核实，并于2026年5月6日立案审查调查。\n特此反馈。\n"
            "中共东川市青禾区纪律检查委员会\n东川市青禾区监察委员会\n2026年8月2日\n")
    got = _pairs(text, "REFERRED")
    assert {("东川市青禾区审计局", "中共东川市青禾区纪律检查委员会"), ("东川市青禾区审计局", "东川市青禾区监察委员会")} <= got


@pytest.mark.parametrize(("text", "agency"), [
    ("财政部云岭监管局转来举报材料，反映东川市某医院采购问题。", "财政部云岭监管局"),
    ("审计署东川特派员办事处在审计中发现该项目存在问题。", "审计署东川特派员办事处"),
])
def test_a_national_bodys_regional_office_is_one_agency(text: str, agency: str) -> None:
    ags = [e["text"] for e in extract_text(text)["entities"] if e["label"] == "AGENCY"]
    assert ags[0] == agency


@pytest.mark.parametrize("text", ["财政部关于加强政府采购管理的通知", "财政部和海关总署联合发文"])
def test_a_national_body_before_other_words_stays_itself(text: str) -> None:
    ags = [e["text"] for e in extract_text(text)["entities"] if e["label"] == "AGENCY"]
    assert ags[0] == "财政部"


def test_an_indictment_paragraph_with_its_header_inline_is_the_procuratorates() -> None:
    text = ("云岭省青禾县人民检察院起诉书（青检刑诉〔2026〕8号）：被告人卜某，男，1980年出生。本案由青禾县公安局侦查终结，"
            "于2026年3月2日向本院移送审查起诉。")
    spans = [("AGENCY", "云岭省青禾县人民检察院"), ("PERSON", "卜某"), ("AGENCY", "青禾县公安局")]
    assert _kind_and_issuer(text, spans)[1] == "云岭省青禾县人民检察院"


@pytest.mark.parametrize(("text", "names"), [
    ("会上，区交通运输局副局长巴雅尔·孟和、区审计局科长刘洋分别发言。", ["巴雅尔·孟和", "刘洋"]),
    ("经查，技术负责人艾力·吐尔逊的职称证书系伪造。", ["艾力·吐尔逊"]),
    ("会议听取了县财政局采购股股长赵晓关于2026年工作的汇报。", ["赵晓"]),
    ("我委孙悦、马骁两名同志将持函前往。", ["孙悦", "马骁"]),
    ("联系人：综合科 邝德明，电话 0871-6612345", ["邝德明"]),
    ("出席：刘洋、陈晨\n记录：乌云\n", ["刘洋", "陈晨", "乌云"]),
    ("联络员为乌云、刘洋。", ["乌云", "刘洋"]),
])
def test_person_shapes(text: str, names: list[str]) -> None:
    assert persons(text) == names


@pytest.mark.parametrize("text", ["乌云密布，施工暂停。", "草原乌兰布统景区门票采购"])
def test_a_name_part_in_running_text_is_nobody(text: str) -> None:
    assert persons(text) == []


@pytest.mark.parametrize(("text", "company", "person"), [
    ("开标前，赵某某应东川禾丰建设有限公司股东孔某请托，向评委打招呼。", "东川禾丰建设有限公司", "赵某某"),
    ("经比选，后青禾县XX建设有限公司以人民币80万元中标。", "青禾县XX建设有限公司", None),
])
def test_a_companys_name_starts_at_its_place_after_a_person_or_an_adverb(text: str, company: str, person: str | None) -> None:
    ents = extract_text(text)["entities"]
    assert [e["text"] for e in ents if e["label"] == "COMPANY"] == [company]
    if person:
        assert person in [e["text"] for e in ents if e["label"] == "PERSON"]


@pytest.mark.parametrize(("text", "expected"), [
    ("青禾县城关街道办事处未组织采购，由该办事处副主任孔德胜直接确定供货单位。",
     ("孔德胜", "副主任", "青禾县城关街道办事处")),
    ("中标供应商东川禾丰建设有限公司拟派项目经理邹某同时在其他项目任职。", ("邹某", "项目经理", "东川禾丰建设有限公司")),
    ("当事人：东川禾丰建设有限公司\n经查，当事人总经理邹某对此供认不讳。", ("邹某", "总经理", "东川禾丰建设有限公司")),
    ("投标人东川禾丰建设有限公司提交的材料系伪造，该公司项目负责人邹立、授权代理人孔某某对此知情。",
     ("孔某某", "授权代理人", "东川禾丰建设有限公司")),
])
def test_the_organisation_of_a_post(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _positions(text)


def test_a_letters_parties_start_where_the_company_rule_starts_a_name() -> None:
    """The letter reader's parties are cut by the company rule's own stop words (ingest/company_shape.py):
    …由街道工作人员直接指定|东川恒远建设有限公司供货 is about 东川恒远建设有限公司."""
    act = read_letter(DOWNWARD.replace("未依法组织采购。", "未依法组织采购，由街道工作人员直接指定东川恒远建设有限公司供货。"),
                      file="down.txt", sha256="")
    assert act.parties == ("东川恒远建设有限公司",)


def test_a_project_named_after_a_verb_is_named_without_it() -> None:
    text = DOWNWARD.replace("反映青禾区第二中学课桌椅采购项目未依法组织采购。",
                            "反映青禾区第二中学课桌椅采购项目（项目编号：QH-2026-031）未依法组织采购。")
    act = read_letter(text, file="down.txt", sha256="")
    assert "名称:青禾区第二中学课桌椅" in act.projects   # the kind of work (采购项目) is no part of the key
