"""Where names begin and end (issue 10 items 2–3): company left boundaries after any verb or
phrase, persons between an agency and a post, before a phone in brackets, in lists and with
compound surnames, document numbers and amounts of every form.

Every sentence here was written for this file (invented places, firms and people); none is taken
from an evaluation set. The rules are run alone (no model), so each case tests a rule.
"""

from __future__ import annotations

import pytest

from graph.types.text import view
from ingest.nlp import extract_text
from ingest.nlp.gazetteer import load_gazetteer
from ingest.nlp.rules import extract_spans

GAZ = load_gazetteer()


def found(text: str, label: str) -> list[str]:
    return [text[c.start:c.end] for c in extract_spans(view(text), GAZ) if c.label == label]


# ---------------------------------------------------------------- companies after verbs
@pytest.mark.parametrize(("text", "name"), [
    # a verb no rule lists, before a name that carries no place
    ("评审专家偏袒青禾环保设备有限公司。", "青禾环保设备有限公司"),
    ("采购人员暗中帮扶青禾环保设备有限公司。", "青禾环保设备有限公司"),
    ("评标委员会打压银杉安防工程有限公司的报价。", "银杉安防工程有限公司"),
    ("他多次宴请银杉安防工程有限公司负责人。", "银杉安防工程有限公司"),
    ("检举人实名检举云舟贸易有限公司弄虚作假。", "云舟贸易有限公司"),
    # a brand that is itself a verb stays whole
    ("他多次宴请腾飞科技有限公司负责人。", "腾飞科技有限公司"),
    ("开拓建设工程有限公司中标。", "开拓建设工程有限公司"),
    # a verb before a place-led name: the place starts it
    ("为了解湖北青林建设集团股份有限公司的情况", "湖北青林建设集团股份有限公司"),
    ("涉嫌侵犯广州云帆信息技术股份有限公司的权益", "广州云帆信息技术股份有限公司"),
    ("因侦查甘肃祁连金石建设工程有限责任公司串通投标一案", "甘肃祁连金石建设工程有限责任公司"),
    # a stop character that is the first character of a place (从江, 和平…) does not cut the name
    ("第二中标候选人贵州从江梨花梯田建设有限公司", "贵州从江梨花梯田建设有限公司"),
    # an unlisted city and district start the name; 和 inside it is no stop
    ("当事人：澄溪市澄北区安和电子经营部", "澄溪市澄北区安和电子经营部"),
    ("关联企业澄溪市禾丰商贸有限公司", "澄溪市禾丰商贸有限公司"),
])
def test_company_left_boundary(text: str, name: str) -> None:
    assert found(text, "COMPANY") == [name]


@pytest.mark.parametrize(("text", "name"), [
    ("中标人：青岚智联（上海）科技有限公司", "青岚智联（上海）科技有限公司"),
    ("供应商：远航（西安）律师事务所", "远航（西安）律师事务所"),
    ("湖南星河检测技术服务有限公司（湘潭分公司）承担检测。", "湖南星河检测技术服务有限公司（湘潭分公司）"),
    ("出资人：长沙青松投资管理合伙企业（有限合伙）", "长沙青松投资管理合伙企业（有限合伙）"),
    ("成交供应商为杭州市政设计研究院有限公司。", "杭州市政设计研究院有限公司"),
    ("供货方：澄溪市金谷粮油经销部", "澄溪市金谷粮油经销部"),
])
def test_company_brackets_forms_and_suffixes(text: str, name: str) -> None:
    assert found(text, "COMPANY") == [name]


# ---------------------------------------------------------------- persons
@pytest.mark.parametrize(("text", "names"), [
    ("市教育局刘芳副局长主持会议。", ["刘芳"]),
    ("县财政局王建国局长、李明副局长出席会议。", ["王建国", "李明"]),
    ("区审计局审计一科张伟科长带队。", ["张伟"]),
    ("县纪委常委李四参加。", ["李四"]),
    ("总经理王小明负责。", ["王小明"]),
])
def test_person_between_agency_and_post(text: str, names: list[str]) -> None:
    assert found(text, "PERSON") == names


@pytest.mark.parametrize("text", [
    "县住建局原副局长涉嫌违纪。",     # 原副 is the start of a post, not a name
    "县农业农村局原党组书记被查。",
    "县财政局党组书记出席。",         # 党组 is no name
])
def test_no_person_in_a_post(text: str) -> None:
    assert found(text, "PERSON") == []


@pytest.mark.parametrize(("text", "names"), [
    ("请与王建国（联系电话：13912345678）联系。", ["王建国"]),
    ("请联系欧阳明（手机：13912345678）。", ["欧阳明"]),
    ("联系人：李娜 (电话 0571-88886666)", ["李娜"]),
])
def test_person_before_a_phone(text: str, names: list[str]) -> None:
    assert found(text, "PERSON") == names


def test_traditional_name_before_de() -> None:
    assert found("據查，黃志明的妻子系該公司股東，經辦人黃志明已被約談。", "PERSON")[:1] == ["黃志明"]


def test_compound_surnames_in_the_simplified_view() -> None:
    assert {"司马", "欧阳", "诸葛", "上官"} <= GAZ.surnames  # the gazetteer lists 司馬; the view reads 司马


def test_list_mates_of_a_person() -> None:
    assert found("评审专家欧阳明、司马青、上官婉儿均签字确认。", "PERSON") == ["欧阳明", "司马青", "上官婉儿"]


# ---------------------------------------------------------------- document numbers and amounts
@pytest.mark.parametrize(("text", "doc_no"), [
    ("依据财政部公告2024年第12号的要求。", "财政部公告2024年第12号"),
    ("按照澄溪市人民政府令2023年第5号执行。", "澄溪市人民政府令2023年第5号"),
    ("示纪移字〔2024〕第 6 号", "示纪移字〔2024〕第 6 号"),
    ("示财采函 〔2024〕 7 号", "示财采函 〔2024〕 7 号"),
    ("示审移﹝2023﹞15號", "示审移﹝2023﹞15號"),
    ("示财罚（2024）第8号", "示财罚（2024）第8号"),
])
def test_doc_numbers(text: str, doc_no: str) -> None:
    assert found(text, "DOC_NO") == [doc_no]


@pytest.mark.parametrize(("text", "amounts"), [
    ("金额约50-80万元。", ["50-80万元"]),
    ("处3至5万元罚款", ["3至5万元"]),
    ("涉案金额五十万至八十万元。", ["五十万", "八十万元"]),
    ("预算金额100万元至150万元。", ["100万元", "150万元"]),
    ("金额人民币（大写）壹佰万元整（小写：¥1,000,000.00）", ["壹佰万元整", "¥1,000,000.00"]),
    ("合计金额：壹拾贰万叁仟肆佰伍拾陆元柒角捌分", ["壹拾贰万叁仟肆佰伍拾陆元柒角捌分"]),
])
def test_money_ranges_and_forms(text: str, amounts: list[str]) -> None:
    assert found(text, "MONEY") == amounts


@pytest.mark.parametrize("text", ["时间为2024-2025年。", "排名第3-5名。", "面积50-80平方米。"])
def test_no_money_without_a_unit(text: str) -> None:
    assert found(text, "MONEY") == []


def test_a_defined_short_name_is_no_branch_in_brackets() -> None:
    text = "湖南星河检测技术服务有限公司湘潭分公司（以下简称星河湘潭分公司）出具报告。"
    assert found(text, "COMPANY") == ["湖南星河检测技术服务有限公司湘潭分公司", "星河湘潭分公司"]


# ---------------------------------------------------------------- agencies by structure
@pytest.mark.parametrize(("text", "agency"), [
    # unlisted city + unlisted county: 市 starts no name (not 市澄川县)
    ("澄州市澄川县财政局\n关于移送问题线索的函", "澄州市澄川县财政局"),
    # a long unlisted name at a line start or after a bracket (banners, Xinjiang counties)
    ("查干草原旗市场监督管理局\n转送函", "查干草原旗市场监督管理局"),
    ("（乌兰塔拉旗公安局经侦大队）", "乌兰塔拉旗公安局经侦大队"),
    # after any two-character verb of the lexicon
    ("你公司在参加澄榕县人民医院采购项目", "澄榕县人民医院"),
    # an unlisted district holding a listed one (河口区 inside 海河口区)
    ("天津市海河口区纪委监委", "天津市海河口区纪委监委"),
    ("案件移送海河口区人民检察院审查起诉。", "海河口区人民检察院"),
    # a listed county's name with another level word
    ("关于澄北县那坡镇人民政府项目", "澄北县那坡镇人民政府"),
    ("与乌兰峰地区水利勘测设计院组成联合体", "乌兰峰地区水利勘测设计院"),
    # the organs of a zone's committee, a second organ, named sub-units
    ("澄江经济技术开发区管理委员会财政局\n关于转交线索的函", "澄江经济技术开发区管理委员会财政局"),
    ("经中共澄阳县纪律检查委员会常务委员会研究，给予处分。", "中共澄阳县纪律检查委员会常务委员会"),
    ("经中共澄州市公共资源交易中心党支部研究决定", "中共澄州市公共资源交易中心党支部"),
    ("由澄州市卫健局信息中心负责维护。", "澄州市卫健局信息中心"),
])
def test_agency_structure(text: str, agency: str) -> None:
    assert agency in found(text, "AGENCY")


@pytest.mark.parametrize(("text", "agency"), [
    ("在案件中，发现区住建委原工作人员钱某某收受财物。", "区住建委"),          # 发现 is a verb, not a place
    ("区公安分局经侦支队副支队长高峻参加。", "区公安分局经侦支队"),            # 支队长 is a post
])
def test_agency_left_and_right_edges(text: str, agency: str) -> None:
    assert found(text, "AGENCY")[0] == agency


def test_government_procurement_is_no_government() -> None:
    # through the whole pipeline: the model's span 上海市政府 is checked like the rules' own
    rec = extract_text("招标文件要求投标人具有上海市政府采购诚信承诺企业资格。")
    assert [e["text"] for e in rec["entities"] if e["label"] == "AGENCY"] == []


# ---------------------------------------------------------------- persons without a known surname
@pytest.mark.parametrize(("text", "names"), [
    ("承办人：岩松（电话：0879-8812345）", ["岩松"]),
    ("填表人：韩晓雪　　审核人：那日苏", ["韩晓雪", "那日苏"]),
    ("户名：巴特尔孟和（澄溪建设工程有限公司法定代表人）", ["巴特尔孟和"]),
    ("经办人（签字）：王强", ["王强"]),
    ("并随机抽取扎西多吉、央金卓玛、达娃3名执法人员参加检查。", ["扎西多吉", "央金卓玛", "达娃"]),
    ("评标委员会成员：李国平、杨彩霞、赵某、者红梅、普金花", ["李国平", "杨彩霞", "赵某", "者红梅", "普金花"]),
    ("任命司马青为澄阳县财政局副局长", ["司马青"]),
    ("该公司系原副局长陈某某之子陈俊杰实际控制。", ["陈某某", "陈俊杰"]),
    ("由装备中心主任指定曲某、隋某某二人参与评审。", ["曲某", "隋某某"]),
])
def test_persons_in_fields_lists_and_after_cues(text: str, names: list[str]) -> None:
    assert found(text, "PERSON") == names


@pytest.mark.parametrize("text", [
    "当事人：澄溪建设工程有限公司", "申请人：澄溪县财政局", "联系人：本人", "张三、财务科、审计局参加。",
])
def test_no_person_from_an_organisation_or_a_pronoun(text: str) -> None:
    assert [n for n in found(text, "PERSON") if n != "张三"] == []


@pytest.mark.parametrize(("text", "doc_no"), [
    ("移送审查起诉告知书\n澄公经诉字〔2025〕第0017号\n", "澄公经诉字〔2025〕第0017号"),  # 经 inside the code
    ("审计移送处理书\n澄江审移字第8号\n", "澄江审移字第8号"),                  # no bracketed year
    ("根据澄江审移字第8号处理书", "澄江审移字第8号"),
])
def test_doc_number_forms_without_a_preamble(text: str, doc_no: str) -> None:
    assert found(text, "DOC_NO") == [doc_no]


def test_a_list_of_project_numbers() -> None:
    text = "三个项目（编号分别为CJKF-2025-011、CJKF-2025-013）中"
    assert found(text, "PROJECT_NO") == ["CJKF-2025-011", "CJKF-2025-013"]


# ---------------------------------------------------------------- posts
@pytest.mark.parametrize(("text", "posts", "names"), [
    ("约谈人：张**（科长）、金明浩", ["科长"], ["张**", "金明浩"]),               # a post in brackets after a name
    ("股长徐海军、副股长公孙青（记录）", ["股长", "副股长"], ["徐海军", "公孙青"]),  # 副 + any post
    ("该公司成立于2019年，法定代表人为储明华。", ["法定代表人"], ["储明华"]),
])
def test_posts_attached_to_names(text: str, posts: list[str], names: list[str]) -> None:
    assert (found(text, "POSITION"), found(text, "PERSON")) == (posts, names)


@pytest.mark.parametrize("name", [
    "众城拆除爆破工程有限公司",      # a trade that is a verb (爆破) is no brand
    "大成招标采购代理有限公司",      # a brand that is a verb (大成) opening the name
    "开拓建设工程有限公司",
    "天健会计师事务所（特殊普通合伙）",
])
def test_whole_company_names_stay_whole(name: str) -> None:
    assert found(f"当事人：{name}\n", "COMPANY") == [name]


@pytest.mark.parametrize(("text", "name"), [
    ("第三中标候选人：由乌兰峰地区金石建筑安装工程有限责任公司与某院组成联合体", "乌兰峰地区金石建筑安装工程有限责任公司"),
    ("涉嫌串通投标的查干草原旗天骄路桥有限公司", "查干草原旗天骄路桥有限公司"),
])
def test_company_starting_with_an_unlisted_long_place(text: str, name: str) -> None:
    assert name in found(text, "COMPANY")


@pytest.mark.parametrize(("text", "agencies"), [
    ("《关于移送澄川县文体旅游广电局政府采购问题线索的函》收悉。", ["澄川县文体旅游广电局"]),
    ("在澄川县召开的会议上，公安局发言。", []),   # 召开的会议上 is no organ
])
def test_bureau_by_its_ending(text: str, agencies: list[str]) -> None:
    assert found(text, "AGENCY") == agencies


def test_a_title_no_list_holds_between_an_organisation_and_a_person() -> None:
    rec = extract_text("涉及的澄江花木种植专业合作社理事长符永明与某公司股东符永亮系兄弟。")
    ents = [(e["text"], e["label"]) for e in rec["entities"]]
    assert ("澄江花木种植专业合作社", "COMPANY") in ents and ("理事长", "POSITION") in ents


def test_a_firm_before_another_is_not_swallowed() -> None:
    # 与 is a word inside some names, but not across another firm's suffix (合作社)
    assert found("涉及的澄江花木种植专业合作社理事长符永明与某公司股东", "COMPANY") == ["澄江花木种植专业合作社"]


# ---------------------------------------------------------------- known gaps of the previous round
@pytest.mark.parametrize(("text", "posts", "names"), [
    ("姓名|职务\n韩冰|副局长\n程立|局长\n", ["副局长", "局长"], ["韩冰", "程立"]),
    ("序号  姓名  单位  职务\n1  洪志刚  澄川县财政局  科长\n", ["科长"], ["洪志刚"]),
    ("两家公司的项目经理均为冯晓东。", ["项目经理"], ["冯晓东"]),
    ("检查组组长卢方明主持会议。", ["组长"], ["卢方明"]),
    ("项目设计负责人郭长河签字确认。", ["设计负责人"], ["郭长河"]),
    ("单位负责人洪志刚在现场。", ["单位负责人"], ["洪志刚"]),
    ("澄川县审计局总审计师胡文斌带队。", ["总审计师"], ["胡文斌"]),
    ("经营者魏长青未按规定公示。", ["经营者"], ["魏长青"]),
    ("次仁、达娃等2名执法人员到场。", ["执法人员"], ["次仁", "达娃"]),
])
def test_posts_no_list_held_and_posts_in_tables(text: str, posts: list[str], names: list[str]) -> None:
    assert found(text, "POSITION") == posts
    assert found(text, "PERSON") == names


@pytest.mark.parametrize(("text", "name"), [
    ("经办人郑明财物保管不善。", "郑明"),
    ("负责人韩立款项未退。", "韩立"),
])
def test_a_name_never_swallows_the_next_word(text: str, name: str) -> None:
    assert found(text, "PERSON") == [name]


@pytest.mark.parametrize(("text", "agency"), [
    ("决定责令丰宁县第三中学限期整改。", "丰宁县第三中学"),
    ("并责令澄川县教育局整改。", "澄川县教育局"),
    ("时任县卫生健康局局长周鹏参加会议。", "县卫生健康局"),
    ("转派驻市卫健委纪检监察组处理。", "派驻市卫健委纪检监察组"),
    ("区市监局稽查支队对该公司立案调查。", "区市监局稽查支队"),
    ("县机关事务服务中心负责采购。", "县机关事务服务中心"),
])
def test_agency_edges_and_short_forms(text: str, agency: str) -> None:
    assert found(text, "AGENCY") == [agency]


def test_a_brand_before_a_place_stays_in_the_name() -> None:
    assert found("国药控股湖南有限公司中标。", "COMPANY") == ["国药控股湖南有限公司"]


@pytest.mark.parametrize(("text", "label", "name"), [
    ("在审查澄州市公安局澄湘分局移送的案件时", "AGENCY", "澄州市公安局澄湘分局"),
    ("经调查澄川县财政局未按规定公示。", "AGENCY", "澄川县财政局"),
    ("他多次串联青禾环保设备有限公司报价。", "COMPANY", "青禾环保设备有限公司"),
])
def test_case_verbs_before_a_name(text: str, label: str, name: str) -> None:
    assert found(text, label) == [name]
