"""Shapes of persons in supervision letters (issue 10): rare and compound surnames (东方/公羊/淳于,
蹇/甯/禚), a compound surname that is a word too (东方), a name before 称，, a single-character mask
(孟×), masked namesakes before an adverb (邹某乙均…), Tibetan and Mongolian names written with no
surname (after a title, with 为, in a list, as a bare subject), names before 同志 — and the words
that sit where names sit but are nobody (同志们, 该同志, 有关同志, 乌兰县).

Every sentence here was written for this file (invented places, agencies and people); none is
taken from an evaluation set. Rule cases run the rules alone (no model); the cases that need the
model's spans go through ``extract_text``.
"""

from __future__ import annotations

import pytest

from graph.types.text import view
from ingest.nlp import extract_text
from ingest.nlp.gazetteer import load_gazetteer
from ingest.nlp.rules import extract_spans

GAZ = load_gazetteer()


def persons(text: str) -> list[str]:
    return [text[c.start:c.end] for c in extract_spans(view(text), GAZ) if c.label == "PERSON"]


def extracted_persons(text: str) -> list[str]:
    return [e["text"] for e in extract_text(text)["entities"] if e["label"] == "PERSON"]


@pytest.mark.parametrize("surname", ["禚", "甯", "蹇", "綦", "郄", "酆", "庾", "公羊", "淳于", "闾丘", "巫马", "漆雕"])
def test_rare_and_compound_surnames_are_listed(surname: str) -> None:
    assert surname in GAZ.surnames


@pytest.mark.parametrize(("text", "names"), [
    # rare single surnames after a post / cue
    ("据核查，技术负责人蹇文斌的学历材料与档案不符。", ["蹇文斌"]),
    ("经办人綦海峰未按规定留存采购文件。", ["綦海峰"]),
    # compound surnames, also the ones of the full 百家姓 list
    ("申请人公羊志强于2025年3月提出质疑。", ["公羊志强"]),
    ("请联系淳于红梅（电话：0871-6612345）核对。", ["淳于红梅"]),
    # 东方 is a word and a compound surname: with a given name after it, it is a name
    ("经查，澄江县水利局东方振宇副局长未履行监管职责。", ["东方振宇"]),
    ("中标人派驻的项目经理东方晓峰长期不在岗。", ["东方晓峰"]),
])
def test_rare_and_compound_surnames(text: str, names: list[str]) -> None:
    got = persons(text)
    for n in names:
        assert n in got, (text, got)


@pytest.mark.parametrize(("text", "name", "wrong"), [
    ("调查组约谈时，采购中心副主任司马文称，材料已全部移交。", "司马文", "司马文称"),
    ("经询问，采购科科长孙涛称，其对此不知情。", "孙涛", "孙涛称"),
])
def test_a_name_ends_before_what_the_person_said(text: str, name: str, wrong: str) -> None:
    got = persons(text)
    assert name in got and wrong not in got, (text, got)


def test_a_single_cross_masks_a_given_name() -> None:
    text = "与澄溪保洁服务有限公司（法定代表人：孟×）相互串通投标。"
    assert "孟×" in persons(text)


@pytest.mark.parametrize(("text", "name"), [
    ("韩某甲、韩某乙均表示不知情。", "韩某乙"),
    ("经询问，胡某甲、胡某乙均称不知情。", "胡某乙"),
])
def test_masked_namesakes_end_before_an_adverb(text: str, name: str) -> None:
    got = extracted_persons(text)
    assert name in got and name + "均" not in got, got


@pytest.mark.parametrize(("text", "names"), [
    # after a title, with or without 为, no separator before the name
    ("工商登记显示，澄曲商贸公司的法定代表人为平措罗布，股东为德吉。", ["平措罗布"]),
    ("供应商澄城信息工程有限公司（法定代表人索朗顿珠）提出了质疑。", ["索朗顿珠"]),
    ("两家供应商中，一家的执行董事德吉拉姆与达娃·次旦是姐弟。", ["德吉拉姆", "达娃·次旦"]),
    # a dotted name after 监事为
    ("登记的监事为达娃·次旦；", ["达娃·次旦"]),
    # Mongolian names of five characters, in a list with a surname-led mate followed by its verb
    ("采购人代表曾私下联系评审专家乌云其木格、祁文博打招呼。", ["乌云其木格", "祁文博"]),
    ("乌云其木格、祁文博不属于监察对象。", ["乌云其木格", "祁文博"]),
    ("平措罗布曾于2024年在该公司任职。", ["平措罗布"]),
])
def test_names_without_a_surname(text: str, names: list[str]) -> None:
    got = persons(text)
    for n in names:
        assert n in got, (text, got)
    assert not any(g.startswith("为") for g in got), got


@pytest.mark.parametrize("text", [
    "乌兰县财政局于2025年5月收到举报。",
    "巴图路与那顺街交叉口的施工围挡未设置警示标志。",
])
def test_name_parts_inside_places_are_no_names(text: str) -> None:
    assert persons(text) == []


@pytest.mark.parametrize(("text", "names"), [
    ("三、蹇明同志负责合同备案，逾期未办理。", ["蹇明"]),
    ("会后，韩立东同志表示将立即整改。", ["韩立东"]),
])
def test_names_before_comrade(text: str, names: list[str]) -> None:
    got = persons(text)
    for n in names:
        assert n in got, (text, got)


@pytest.mark.parametrize("text", [
    "会议要求同志们提高认识，该同志也未参与项目评审。",
    "请有关同志于本周内报送书面说明。",
    "全体同志务必遵守纪律。",
])
def test_comrade_words_are_nobody(text: str) -> None:
    assert persons(text) == []


def positions(text: str) -> list[str]:
    return [text[c.start:c.end] for c in extract_spans(view(text), GAZ) if c.label == "POSITION"]


@pytest.mark.parametrize(("text", "titles"), [
    ("经查，派驻现场的总监理工程师丁浩然未到岗履职。", ["总监理工程师"]),
    ("澄州市实验中学教师、评标专家邝某收受了购物卡。", ["教师", "评标专家"]),
    ("问：报价表由谁填写？答：原采购专员柴晓琳，她已调离。", ["原采购专员"]),
    # the post of a sub-unit in brackets after the name
    ("参会人员：伍立军（县审计局副局长）、郑**（综合业务股股长）", ["股长"]),
    # the title cell of a person's row whose work-unit cell is no known organisation
    ("序号\t姓名\t工作单位\t职务\n1\t邝某\t已退休\t评标专家\n", ["评标专家"]),
])
def test_titles_of_persons(text: str, titles: list[str]) -> None:
    got = positions(text)
    for t in titles:
        assert t in got, (text, got)


def test_an_expert_pool_is_no_title() -> None:
    assert "评标专家" not in positions("经比对，祁某甲虽为评标专家库成员，但本次未被抽取。")


@pytest.mark.parametrize(("text", "names"), [
    # kin words beyond 其弟/其妻: cousins, parents-in-law, nephews
    ("其表弟蒋文涛实际控制该公司。", ["蒋文涛"]),
    ("其岳父卞国强系投标人股东。", ["卞国强"]),
    ("其堂兄俞志成负责联系评审专家。", ["俞志成"]),
    # what a decision gives a person
    ("澄源县纪委监委给予邴立伟政务记大过处分。", ["邴立伟"]),
    ("决定给予平措罗布党内警告处分。", ["平措罗布"]),
    # a title, a name of any shape, 同志
    ("蒙古族干部那顺乌日图同志任副局长。", ["那顺乌日图"]),
])
def test_more_person_contexts(text: str, names: list[str]) -> None:
    got = persons(text)
    for n in names:
        assert n in got, (text, got)


def test_a_list_whose_first_name_carries_a_note() -> None:
    got = extracted_persons("评审专家组由鲁文华（组长）、闵欣、聂海涛组成。")
    assert {"鲁文华", "闵欣", "聂海涛"} <= set(got), got


def test_the_speakers_of_minutes() -> None:
    text = "约谈人：庞立新\n被约谈人：宗海鹏\n庞立新：请说明情况。\n宗海鹏：我公司确实存在问题。\n记录人：欧文静\n"
    got = persons(text)
    assert got.count("宗海鹏") == 2 and got.count("庞立新") == 2, got
    minutes = "记录人：欧文静\n庞立新：请说明情况。\n欧文静：已记录。\n宗海鹏：我公司确实存在问题。\n时间：2025年5月6日\n"
    assert "宗海鹏" in persons(minutes) and "时间" not in persons(minutes)


@pytest.mark.parametrize("text", [
    "给予相应处分。",
    "经研究，决定给予党内警告处分。",
    "给予党内严重警告、政务撤职处分。",
    "其父亲节期间收受礼品。",
    "庞立新：请说明情况。\n主持人：澄源县财政局\n",
    "庞立新：请说明情况。\n年龄：45岁\n",
])
def test_penalty_kin_and_speaker_words_are_nobody(text: str) -> None:
    assert persons(text) in ([], ["庞立新"]), persons(text)


@pytest.mark.parametrize(("text", "name"), [
    # a common name between a word of the letter's language on the left and a person's act on the right
    ("据彭伟交代，其曾收受投标人财物。", "彭伟"),
    ("经与赵敏核实，该公司确未参加投标。", "赵敏"),
    ("关于郑海军违规干预政府采购问题的线索", "郑海军"),
])
def test_common_names_between_words_of_a_letter(text: str, name: str) -> None:
    assert name in extracted_persons(text)


@pytest.mark.parametrize("text", ["邓军向评标专家施压。", "该局局长干预评审。"])
def test_a_verb_after_a_title_is_no_name(text: str) -> None:
    got = persons(text)
    assert "施压" not in got and "干预" not in got, got


@pytest.mark.parametrize(("text", "name"), [
    # a rare surname's masked name at the very start of the text (no quotation mark before it)
    ("柴某某（身份证号码：5301**********1234）系该公司员工。", "柴某某"),
    ("邝某某系该公司员工。", "邝某某"),
    # a name before a bare phone number in brackets
    ("澄源县财政局 景丽（0971-8812345）", "景丽"),
    ("联系：卜海燕（13912345678）", "卜海燕"),
])
def test_masked_names_at_the_start_and_names_before_bare_phones(text: str, name: str) -> None:
    assert name in persons(text)


def test_a_list_mate_is_no_place() -> None:
    got = persons("出席活动的有副校长陈立孚、澄州市文联党组书记王慧。")
    assert "澄州市" not in got and "陈立孚" in got, got


@pytest.mark.parametrize(("text", "name", "wrong"), [
    ("澄源公司项目经理孔立同介绍说，工程已完工。", "孔立同", "孔立"),
    ("影片《澄江往事》的费尔南多·梅洛斯，", "费尔南多·梅洛斯", "的费尔南多·梅洛斯"),
])
def test_name_edges(text: str, name: str, wrong: str) -> None:
    got = persons(text)
    assert name in got and wrong not in got, got


@pytest.mark.parametrize(("text", "wrong"), [
    ("入场时，俱乐部主席都遭到围堵。", "都遭"),
    ("主持人：感谢庞总。\n", "感谢庞总"),
])
def test_adverbs_and_sentences_are_no_names(text: str, wrong: str) -> None:
    assert wrong not in persons(text)


@pytest.mark.parametrize(("text", "name", "title"), [
    ("评审专家、澄州大学副教授邝立文对评分标准提出异议。", "邝立文", "副教授"),
    ("澄州市建筑研究院高级工程师闫晓峰参与了评审。", "闫晓峰", "高级工程师"),
    ("澄源县政协常务理事鲍立群介绍，该项目已停工。", "鲍立群", "常务理事"),
])
def test_titles_of_experts(text: str, name: str, title: str) -> None:
    assert name in persons(text) and title in positions(text), (persons(text), positions(text))


@pytest.mark.parametrize(("text", "name"), [
    ("其老伴石秀兰系该公司出纳。", "石秀兰"),
    ("其爱人邬晓梅在投标单位任职。", "邬晓梅"),
])
def test_spouses(text: str, name: str) -> None:
    assert name in persons(text)


@pytest.mark.parametrize(("text", "name"), [
    ("澄州市审计局邝立文表示，该项目结算存在问题。", "邝立文"),
    ("澄源县财政局鲍晓东介绍，投诉已受理。", "鲍晓东"),
])
def test_a_person_of_an_agency_who_speaks(text: str, name: str) -> None:
    assert name in persons(text)


@pytest.mark.parametrize("text", [
    "澄源县财政局全力配合调查。",
    "澄源县财政局曾多次表示将整改。",
    "澄源县财政局向其说明情况。",
])
def test_an_agency_acting_names_nobody(text: str) -> None:
    assert persons(text) == []


@pytest.mark.parametrize(("text", "name"), [
    ("库尔班艾力曾于2023年在该公司任职。", "库尔班艾力"),
    ("法定代表人为吐尔逊阿不力孜，监事为其妻。", "吐尔逊阿不力孜"),
])
def test_uyghur_names_without_a_dot(text: str, name: str) -> None:
    assert name in persons(text)


def test_a_dotted_name_is_one_name_though_its_parts_are_listed() -> None:
    got = persons("经查，艾则孜·买合木提系该公司股东。")
    assert "艾则孜·买合木提" in got and "买合木提" not in got and "艾则孜" not in got, got
