"""Names a record or a letter says in a plain sentence, and a bare 公司 that names no company
(resolution tuning11's shapes; invented sentences)."""

from __future__ import annotations

import pytest

from tests.ingest.extract_kit import holds, spans


@pytest.mark.parametrize(("text", "names"), [
    ("答：是蔡文娟签的，钱的事都由她经手。", ["蔡文娟"]),
    ("问：你是否认识龚志远？\n答：认识。", ["龚志远"]),
    ("问：你是否知道陈国强？", ["陈国强"]),
    ("验收单上签字的是彭小军，其系该公司技术员。", ["彭小军"]),
    ("该项目的评分办法由苏丽华签批后发布。", ["苏丽华"]),
    ("付款申请最后是由唐建平审批的。", ["唐建平"]),
    # whom a body heard, the name ending with the clause (matter letters, session 11)
    ("经询问裘海峰，其称对评分标准不知情。", ["裘海峰"]),
    ("我委于10月8日约谈了邝文斌。", ["邝文斌"]),
    ("办案人员先后传唤了庞玉洁、", ["庞玉洁"]),
    ("经核实，此阎立群系汉旺镇农民。", ["阎立群"]),
    # a member after a firm's brand and trade, or a unit, in running text (tuning14's shapes)
    ("事前曾电话告知恒岳建材的胡海平“注意查收”。", ["胡海平"]),
    ("中标供应商卓峰商贸丁文韬已向我局提交书面说明。", ["丁文韬"]),
    ("问：你认识交通局的何秀英吗？", ["何秀英"]),
    ("签批前该局采购股杨志明曾来电询问进度。", ["杨志明"]),
    ("只知道公司有个股东叫覃明远，去工地看过一次。", ["覃明远"]),
    ("其妻张晓琴所在的卫健局与该项目无业务往来。", ["张晓琴"]),
    # a courtesy after a field's name is not part of it; a table's 相关人员 cells, notes in brackets blanked
    ("你室转来的线索（联系人：甘雪梅同志）收悉。", ["甘雪梅"]),
    ("由该公司员工邬晓统一制作三份投标文件。", ["邬晓"]),
    ("填表人：包文　　　　审核：主任 邰建军　　　　填表日期：2026年4月1日", ["包文", "邰建军"]),
    ("| 序号 | 涉及单位 | 相关人员 |\n|---|---|---|\n| 1 | 某公司 | 龚建华（法定代表人）；晏海军（授权代表） |\n", ["龚建华", "晏海军"]),
])
def test_a_name_in_a_plain_sentence(text: str, names: list[str]) -> None:
    assert spans(text, "PERSON") == names


@pytest.mark.parametrize("text", ["经询问有关人员，均称不知情。", "约谈了企业负责人，", "询问了该公司，", "曹公询问秦岭之事，",
                                  "此项目系财政资金项目。", "农村公路桥梁维修加固工程", "他是所属集团的高管，分管招投标业务。",
                                  "请你局办公室刘主任于11月27日前报送。",
                                  "法定代表人在接受询问时承认，保证金系他人代缴。", "在询问中承认，", "询问后得知，"])
def test_whom_a_body_heard_when_it_is_nobody_by_name(text: str) -> None:
    assert spans(text, "PERSON") == []


@pytest.mark.parametrize("text", [
    "经查，该局股长之弟持有中标公司30%股权。",
    "他是公司股东，平时很少来公司。",
    "两人均不在涉案公司任职。",
    "关联公司之间存在资金往来。",
])
def test_a_firm_named_by_its_role_is_no_company(text: str) -> None:
    assert spans(text, "COMPANY") == []


@pytest.mark.parametrize(("text", "companies"), [
    ("中标公司为坪洲县鼎盛建筑工程有限公司。", ["坪洲县鼎盛建筑工程有限公司"]),
    ("好运来公司法定代表人为汤明。", ["好运来公司"]),
])
def test_a_named_company_beside_them_stays(text: str, companies: list[str]) -> None:
    assert spans(text, "COMPANY") == companies


@pytest.mark.parametrize("text", [
    "田洪波不具备担任项目经理的条件。",
    "该同志现任科长，分管采购。",
    "他曾出任总经理一职。",
])
def test_a_word_ending_in_a_surname_before_a_post_is_no_title_reference(text: str) -> None:
    from ingest.nlp import extract_text
    assert [r["text"] for r in extract_text(text)["references"]] == []


@pytest.mark.parametrize(("text", "pairs"), [
    ("坪洲县财政局\n关于有关线索的函\n\n坪洲县审计局：\n    坪南市财政局于2026年3月2日将该线索批转我局调查。\n",
     {("坪南市财政局", "坪洲县财政局")}),
    ("坪洲县纪委监委：\n    现将坪洲县公安局函转的问题线索一并函转你委处理。\n\n坪洲县财政局\n2026年4月1日\n",
     {("坪洲县财政局", "坪洲县纪委监委")}),
])
def test_a_clue_sent_on_by_a_higher_body_or_by_letter(text: str, pairs: set[tuple[str, str]]) -> None:
    from tests.ingest.extract_kit import referred
    assert pairs <= referred(text)


REGISTER = (
    "坪洲县纪委监委问题线索登记台账\n\n"
    "| 序号 | 来源 | 反映对象及单位职务 | 涉及企业/人员 | 承办人 |\n"
    "|---|---|---|---|---|\n"
    "| 1 | 县财政局移送 | 杨振华（县财政局政府采购股股长） | 鼎盛建筑：石文斌（法定代表人） | 岳文涛 |\n"
    "| 2 | 信访举报 | 程丽（县卫生健康局办公室主任） | 康宁医疗：伍建明 | 岳文涛 |\n"
)


def test_a_post_cell_naming_its_own_person_is_not_the_person_columns() -> None:
    got = holds(REGISTER)
    assert ("杨振华", "股长", "县财政局政府采购股") in got
    assert not [h for h in got if h[0] in ("石文斌", "伍建明") and h[1] in ("股长", "主任")]


@pytest.mark.parametrize(("text", "names"), [
    ("鼎盛建筑：石文斌（法定代表人）、伍建明（股东，程丽之配偶）", ["石文斌", "伍建明", "程丽"]),
    ("股东伍建明系程丽之配偶。", ["伍建明", "程丽"]),
])
def test_a_name_before_its_kin_word(text: str, names: list[str]) -> None:
    assert spans(text, "PERSON") == names


def test_a_bureaus_post_is_no_companys() -> None:
    text = ("坪洲县鼎盛园林绿化有限公司（法定代表人石文斌）被推荐为第一中标候选人。\n\n"
            "二、发现的问题\n经查系教育局分管副局长程丽在需求论证会上提出该条件。\n")
    assert not [h for h in holds(text) if h[0] == "程丽" and h[2] is not None and "公司" in h[2]]


@pytest.mark.parametrize(("text", "names"), [
    ("被告人殷洁犯受贿罪，判处有期徒刑三年。", ["殷洁"]),
    ("二、被告人邵文犯串通投标罪，判处罚金。", ["邵文"]),
    ("评审前一日，古丽米拉·吐尔逊经公司法定代表人胡建峰同意，约见阿迪力·别克，请其关照。",
     ["古丽米拉·吐尔逊", "胡建峰", "阿迪力·别克"]),
    ("执法人员当面交给我局值班民警罗小东签收。", ["罗小东"]),
])
def test_names_beside_a_charge_a_verb_or_a_police_post(text: str, names: list[str]) -> None:
    assert spans(text, "PERSON") == names


def test_a_transliterated_name_before_a_company_word_is_no_company() -> None:
    assert spans("古丽米拉·吐尔逊经公司法定代表人同意后约见专家。", "COMPANY") == []


@pytest.mark.parametrize("text", ["被询问人：万元亮　性别：男", "系投标方案编制人员万元亮个人所为"])
def test_wan_yuan_without_a_figure_is_no_amount(text: str) -> None:
    assert spans(text, "MONEY") == []


@pytest.mark.parametrize(("text", "names"), [
    ("验收单上的签字是艾山·买买提让她补签的。", ["艾山·买买提"]),
    ("2025年3月2日，马新民向艾山·买买提之弟买买提江·吐尔逊个人账户转账。", ["马新民", "艾山·买买提", "买买提江·吐尔逊"]),
    ("一、被告人努尔江·别克犯非国家工作人员受贿罪，判处有期徒刑。", ["努尔江·别克"]),
])
def test_a_transliterated_name_ends_before_a_verb_a_kin_word_or_a_charge(text: str, names: list[str]) -> None:
    assert spans(text, "PERSON") == names


@pytest.mark.parametrize(("text", "names"), [
    ("出席：党文斌　薛海燕　李建军　贺思远（坪洲县市场监督管理局）　师亚楠（坪洲县纪委监委）\n",
     ["薛海燕", "李建军", "贺思远", "师亚楠"]),
    ("列席：高明远　程丹\n", ["高明远", "程丹"]),
])
def test_attendees_apart_by_wide_blanks(text: str, names: list[str]) -> None:
    assert [n for n in spans(text, "PERSON") if n != "党文斌"] == names


def test_a_registers_rows_of_returns_replies_and_copies_are_no_hand_overs() -> None:
    from tests.ingest.extract_kit import referred
    text = ("坪洲县财政局政府采购监督线索收文登记簿\n\n"
            "登记号\t来文日期\t来文单位\t来文文号\t事由\n"
            "PZ-001\t2026-01-05\t坪洲县审计局\t坪审移〔2026〕1号\t移送县一中食堂设备采购线索\n"
            "PZ-002\t2026-02-26\t坪洲县公安局\t坪公经函〔2026〕5号\t退回我局移送的围栏采购线索\n"
            "PZ-003\t2026-03-04\t坪洲县市场监督管理局\t坪市监函〔2026〕9号\t协查复函（供应商股权关系）\n"
            "PZ-004\t2026-03-16\t坪洲县人民检察院\t坪检建〔2026〕2号\t抄送检察建议书\n")
    got = referred(text)
    assert ("坪洲县审计局", "坪洲县财政局") in got
    assert not {("坪洲县公安局", "坪洲县财政局"), ("坪洲县市场监督管理局", "坪洲县财政局"),
                ("坪洲县人民检察院", "坪洲县财政局")} & got


@pytest.mark.parametrize(("text", "names"), [
    ("原股东李某某将所持60%股权转让予邹建平，同日办理变更登记。", ["李某某", "邹建平"]),
    ("股权转让予邹建平，同日办理变更登记。辦理變更時邹建平本人未到場。", ["邹建平", "邹建平"]),
    ("该公司成立于2014年6月，法定代表人一直为冉光明，未发生变更。", ["冉光明"]),
])
def test_a_share_passed_to_someone_and_a_post_held_all_along(text: str, names: list[str]) -> None:
    assert spans(text, "PERSON") == names


@pytest.mark.parametrize("text", ["4．询问了恒远建筑法定代表人周立群、项目经理谭志刚。", "我们约谈恒远建筑法定代表人周立群。"])
def test_a_companys_brand_and_trade_after_a_verb_of_inquiry(text: str) -> None:
    assert spans(text, "COMPANY") == ["恒远建筑"]


def test_a_bureau_named_bare_before_a_post_is_that_bureau() -> None:
    text = ("坪南市财政局\n关于转办有关问题线索的函\n\n坪洲县财政局：\n"
            "1.被反映单位：四川德胜环保科技有限公司（法定代表人黄立伟）。\n"
            "2.来信称卫健局办公室主任程丽曾多次出面协调。经电话向坪洲县卫生健康局了解，程丽现仍任该局办公室主任。\n")
    got = holds(text)
    assert ("程丽", "主任", "四川德胜环保科技有限公司") not in got
    assert ("程丽", "主任", "坪洲县卫生健康局") in got


@pytest.mark.parametrize(("text", "names"), [
    ("派出的是卫健局基建办的龚丽，她是基建办副主任。", ["龚丽"]),
    ("二、贵委转来材料中的汤玉梅，其个人账户于2026年8月19日收到转账。", ["汤玉梅"]),
    ("| 1 | 县财政局移送 | 备注：移送人罗晓琴 |", ["罗晓琴"]),
    ("德胜环保的业务员严凯当日回复称另行报价。", ["严凯"]),
])
def test_a_name_taken_up_by_a_pronoun_a_senders_field_or_before_a_time_word(text: str, names: list[str]) -> None:
    assert spans(text, "PERSON") == names


def test_a_register_aligned_with_blanks_and_a_spaced_name_in_it() -> None:
    from tests.ingest.extract_kit import referred
    text = ("坪洲县财政局政府采购违法线索移送登记表（2026年第一季度）\n"
            "序号  移送日期      移送文号                  接收单位              经办人    签收人\n"
            "1     2026-01-09    坪财采移〔2026〕1号     坪洲县公安局          金  山    侯志远\n"
            "2     2026-02-14    坪财采移〔2026〕2号     坪洲县纪委监委        金  山    宁静\n")
    assert {("坪洲县财政局", "坪洲县公安局"), ("坪洲县财政局", "坪洲县纪委监委")} <= referred(text)


def test_a_transfer_register_row_whose_result_is_a_return_is_still_a_transfer() -> None:
    from tests.ingest.extract_kit import referred
    text = ("坪洲县财政局政府采购案件线索移送登记簿\n\n"
            "登记号\t移送日期\t移送文号\t接收单位\t办理结果\n"
            "PZ-01\t2026.05.20\t坪财移〔2026〕3号\t坪洲县市场监督管理局\t退回（坪市监函〔2026〕12号）\n")
    assert ("坪洲县财政局", "坪洲县市场监督管理局") in referred(text)


@pytest.mark.parametrize(("text", "names"), [
    ("坪洲县公安局、坪洲县市场监督管理局有关负责同志参加。", []),
    ("经委领导欧阳志远同志阅批。", ["欧阳志远"]),
    ("對直接負責的主管人員楊麗華和直接責任人員李某某依法給予處分。", ["楊麗華", "李某某"]),
])
def test_comrades_compound_surnames_and_masks(text: str, names: list[str]) -> None:
    assert spans(text, "PERSON") == names


@pytest.mark.parametrize(("text", "pair"), [
    ("坪洲县财政局\n关于有关问题的处理决定\n\n    2026年1月19日，我局收到坪洲县公共资源交易中心《关于照明改造项目投标文件异常情况的函》"
     "（坪公资交函〔2026〕3号），反映该中心在开标中发现异常。\n", ("坪洲县公共资源交易中心", "坪洲县财政局")),
    ("坪洲县财政局\n关于移送函的复函\n\n坪洲县公共资源交易中心：\n    你中心2026年3月2日《关于办公楼维修工程疑似串通投标线索的移送函》"
     "（坪交易移〔2026〕2号）收悉。现复函如下。\n", ("坪洲县公共资源交易中心", "坪洲县财政局")),
])
def test_a_received_letter_named_by_its_title_that_hands_a_matter_over(text: str, pair: tuple[str, str]) -> None:
    from tests.ingest.extract_kit import referred
    assert pair in referred(text)


def test_a_received_request_for_assistance_is_no_hand_over() -> None:
    from tests.ingest.extract_kit import referred
    text = ("坪洲县财政局\n关于协查事项的复函\n\n坪洲县纪委监委：\n    我局收到坪洲县纪委监委《关于协查问题线索有关情况的函》"
            "（坪纪协〔2026〕5号），现将有关情况函复如下。\n")
    assert ("坪洲县纪委监委", "坪洲县财政局") not in referred(text)
