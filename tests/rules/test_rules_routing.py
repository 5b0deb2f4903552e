"""Routing (graph/rules/routing.py): where a thread must go.

The expected routes are written by hand from the seed notices (../shared/seeds), never read from
routing.yaml: each row of ``SEED_ROUTES`` quotes the seed sentence that gives the route (checked
against the seed text) and says which violation, agency kind and agency that sentence names.
routing.yaml is only checked structurally here (every kind known, every quote in its seed).
"""

from __future__ import annotations

from pathlib import Path
from typing import NamedTuple

import pytest
import yaml

from graph.errors import RulesFileError
from graph.rules.agencies import AGENCY_KINDS, AgencyDirectory
from graph.rules.routing import (
    DEFAULT_ROUTING_PATH,
    RoutingRules,
    UnknownRegionError,
    UnknownSectorError,
    UnknownViolationError,
    load_routing,
    route,
)
from tests.rules.conftest import squash


class SeedRoute(NamedTuple):
    seed: str  # "000".."003"
    clause: str  # where in the seed (for the reader)
    says: str  # the seed's words, verbatim (whitespace aside)
    term: str  # what a clerk would write
    region: str
    violation: str
    kind: str
    agency: str | None  # None: the seed names no such agency for that region
    official: bool = False
    sector: str | None = None
    also: tuple[str, str | None] | None = None  # an alternative (kind, agency) the seed also gives


MZ, LC, XW, ZD = "绵竹市", "泉州市鲤城区", "修武县", "随州市曾都区"
MZ_FIN, MZ_POL, MZ_MKT, MZ_DIS = "绵竹市财政局", "绵竹市公安局", "绵竹市市场监督管理局", "中共绵竹市纪委监委机关"
LC_FIN, LC_POL, LC_MKT = "泉州市鲤城区财政局", "泉州市公安局鲤城分局", "泉州市鲤城区市场监督管理局"
XW_DIS, XW_POL = "中共修武县纪律检查委员会", "修武县公安局"
ZD_DIS = "中共随州市曾都区纪律检查委员会"

# 000 (绵竹市) 二(二) 市财政局 handles 1-6; 二(三) 市公安局; 二(一) 市纪委监委; 二(五) 市市场监督管理局;
# 三(四) 线索移送: 1 officials -> 市纪委监委, 2 procurement rules -> 市财政局, 3 crime -> 市公安局,
# 4 quality/IP/unfair competition/monopoly -> 市市场监督管理局.
S000_FIN_1 = "采购人、采购代理机构、评审专家以不合理条件对供应商实行差别待遇或者歧视待遇、非法干预采购评审活动的行为。"
S000_MKT_TRANSFER = "对涉嫌违反产品质量、知识产权、不正当竞争，以及垄断行为的线索、案件移送市市场监督管理局。"
S002_OFFICIALS = "在招投标活动中存在权力寻租、干涉招投标活动、干预办案甚至充当黑恶势力“保护伞”等职务违法犯罪线索,应及时移交纪检监察部门。"
S002_CONSTRUCTION = "强化业绩弄虚作假、资质借用、人员挂靠、转包违法分包、工程款支付不到位等违法行为的查处力度"
S003_12_1 = "依法需要暂停或停止项目执行，降低资质资格等级、吊销资质证书或营业执照及其他行政处罚，暂停或停止土地或矿业权出让、资产权属登记过户，或者其他不属于本部门职责范围的，应当移送有管辖权的相关部门处理；"
S003_24 = "涉嫌职务违法犯罪的，移送纪检监察机关处理"

SEED_ROUTES: list[SeedRoute] = [
    # ---- 000 绵竹市 ---------------------------------------------------------------------------
    SeedRoute("000", "二(二)1", S000_FIN_1, "差别待遇", MZ, "discriminatory_terms", "finance", MZ_FIN),
    SeedRoute("000", "二(二)1", S000_FIN_1, "非法干预", MZ, "interference", "finance", MZ_FIN),
    SeedRoute("000", "二(二)2", "采购人、采购代理机构、供应商、评审专家及相关人员为谋求特定供应商中标、成交或者排斥其他供应商的串通行为。",
              "串通投标", MZ, "collusion", "finance", MZ_FIN),
    SeedRoute("000", "三(四)3", "对涉嫌串通参与政府采购项目、损害国家利益、破坏社会主义市场经济秩序、获取非法所得的线索、案件，移送市公安局。",
              "围标串标", MZ, "collusion", "finance", MZ_FIN, also=("police", MZ_POL)),
    SeedRoute("000", "二(二)3", "采购人、供应商“先上车后补票”,或者未按照采购文件签订、履行政府采购合同的行为。",
              "先上车后补票", MZ, "contract_violation", "finance", MZ_FIN),
    SeedRoute("000", "二(二)4", "供应商采取不正当手段诋毁、排挤其他供应商的行为。", "诋毁", MZ, "defamation", "finance", MZ_FIN),
    SeedRoute("000", "二(二)5", "供应商提供虚假材料谋取中标、成交的行为。", "提供虚假材料", MZ, "false_materials", "finance", MZ_FIN),
    SeedRoute("000", "二(二)6", "政府采购当事人及相关人员恶意串通，提供或者接受贿赂、其他不正当利益等违反政府采购法的行为。",
              "受贿", MZ, "bribery", "finance", MZ_FIN, also=("market", MZ_MKT)),
    SeedRoute("000", "三(四)2", "对涉嫌违反政府采购有关规定的线索、案件，移交市财政局。", "应采未采", MZ, "no_procurement", "finance", MZ_FIN),
    SeedRoute("000", "二(三)1", "查处采购人、采购代理机构、评审专家、供应商构成串通投标罪的行为。",
              "串通投标罪", MZ, "collusion_crime", "police", MZ_POL),
    SeedRoute("000", "二(三)2", "对涉嫌违反破坏社会主义市场经济秩序的线索、案件依法查处。",
              "破坏社会主义市场经济秩序", MZ, "economic_crime", "police", MZ_POL),
    SeedRoute("000", "三(二)2", "遇到恶意阻挠调查、恐吓威胁或者暴力抗法，市公安局确有必要配合的。",
              "暴力抗法", MZ, "obstruction", "police", MZ_POL),
    SeedRoute("000", "二(一)1", "查处党员干部、公职人员在政府采购活动中滥用职权、谋取私利,",
              "滥用职权", MZ, "abuse_of_power", "discipline", MZ_DIS, also=("discipline", "绵竹市监察委员会")),
    SeedRoute("000", "二(一)1", "工作中不负责任或者疏于管理,违规干预和插手政府采购活动等行为。",
              "不负责任或者疏于管理", MZ, "dereliction", "discipline", MZ_DIS),
    SeedRoute("000", "三(四)1", "发现的党员干部、公职人员涉嫌违纪违法的问题线索，移送市纪委监委。",
              "串通投标", MZ, "collusion", "discipline", MZ_DIS, official=True, also=("finance", MZ_FIN)),
    SeedRoute("000", "二(五)1", "政府采购供应商在政府采购活动中进行商业贿赂的行为。",
              "商业贿赂", MZ, "commercial_bribery", "market", MZ_MKT),
    SeedRoute("000", "二(五)2", "政府采购供应商提供假冒伪劣产品的行为。", "假冒伪劣", MZ, "counterfeit_goods", "market", MZ_MKT),
    SeedRoute("000", "三(四)4", S000_MKT_TRANSFER, "产品质量", MZ, "counterfeit_goods", "market", MZ_MKT),
    SeedRoute("000", "二(五)3", "政府采购供应商进行虚假宣传的行为。", "虚假宣传", MZ, "false_advertising", "market", MZ_MKT),
    SeedRoute("000", "二(五)4", "政府采购供应商违反规定达成并实施垄断协议的行为。", "垄断协议", MZ, "monopoly", "market", MZ_MKT),
    SeedRoute("000", "二(五)5", "政府采购供应商滥用市场支配地位的行为。",
              "滥用市场支配地位", MZ, "abuse_of_dominance", "market", MZ_MKT),
    SeedRoute("000", "二(五)6", "设置不合理、不平等的政府采购准入条件或加分事项等，排除、限制竞争的行为。",
              "排除、限制竞争", MZ, "restrictive_entry_conditions", "market", MZ_MKT),
    SeedRoute("000", "二(五)7", "将不属于政府职责范围的服务事项纳入政府购买服务，强行介入、干预市场公平竞争的行为。",
              "政府购买服务", MZ, "improper_service_purchase", "market", MZ_MKT),
    SeedRoute("000", "三(四)4", S000_MKT_TRANSFER, "不正当竞争", MZ, "unfair_competition", "market", MZ_MKT),
    SeedRoute("000", "三(四)4", S000_MKT_TRANSFER, "知识产权", MZ, "ip_infringement", "market", MZ_MKT),
    # 绵竹 has no development and reform body in its seed; its 市场监督管理局 punishes the dishonest
    SeedRoute("000", "二(五)8", "对被列入严重违法失信企业名单的企业，实施联合惩戒。",
              "严重违法失信", MZ, "dishonest_credit", "ndrc", None, also=("market", MZ_MKT)),
    # ---- 001 泉州市鲤城区 -------------------------------------------------------------------------
    SeedRoute("001", "一(四)", "区市场监督管理局负责查处政府采购领域供应商提供假冒伪劣产品等涉嫌违反市场监管法律法规的违法行为",
              "假冒伪劣产品", LC, "counterfeit_goods", "market", LC_MKT),
    SeedRoute("001", "一(二)", "区公安分局负责打击执法过程中发现的涉嫌刑事犯罪案件", "涉嫌刑事犯罪", LC, "criminal_suspicion", "police", LC_POL),
    SeedRoute("001", "二(五)", "发现涉嫌串通投标等犯罪行为的，应当向公安部门移送，由公安部门依法追究其刑事责任。",
              "串通投标罪", LC, "collusion_crime", "police", LC_POL),
    SeedRoute("001", "二(五)", "发现可能被吊销营业执照等情节严重的违反市场监管法律法规的涉嫌违法行为，应当向市场监管部门移送。",
              "吊销营业执照", LC, "licence_revocation", "market", LC_MKT),
    SeedRoute("001", "二(四)", "财政部门在调查处理恶意串通投标、非法干预评审活动、提供虚假材料、发布虚假采购信息、",
              "虚假采购信息", LC, "false_procurement_info", "finance", LC_FIN),
    SeedRoute("001", "二(四)", "财政部门在调查处理恶意串通投标、非法干预评审活动、提供虚假材料、", "弄虚作假", LC, "false_materials", "finance", LC_FIN),
    SeedRoute("001", "一(五)", "区发展和改革局负责协助和指导各单位，落实失信联合惩戒要求，",
              "失信", LC, "dishonest_credit", "ndrc", "泉州市鲤城区发展和改革局"),
    # ---- 002 修武县 ---------------------------------------------------------------------------
    SeedRoute("002", "十八", "在招投标监管方面存在履职不力、失职失责问题,", "失职失责", XW, "dereliction", "discipline", XW_DIS),
    SeedRoute("002", "十八", S002_OFFICIALS, "权力寻租", XW, "abuse_of_power", "discipline", XW_DIS),
    SeedRoute("002", "十八", S002_OFFICIALS, "保护伞", XW, "duty_crime", "discipline", XW_DIS),
    # 干涉招投标活动 and 干预办案 are 职务违法犯罪线索 in 十八: the discipline commission's, whether or not
    # the letter says the one who interfered is an official
    SeedRoute("002", "十八", S002_OFFICIALS, "干预办案", XW, "duty_crime", "discipline", XW_DIS),
    SeedRoute("002", "十八", S002_OFFICIALS, "干涉招投标活动", XW, "duty_crime", "discipline", XW_DIS),
    SeedRoute("002", "十三", S002_CONSTRUCTION, "转包", XW, "illegal_subcontracting", "industry_regulator", None),
    SeedRoute("002", "十三", S002_CONSTRUCTION, "人员挂靠", XW, "affiliation", "industry_regulator", None),
    SeedRoute("002", "十三", S002_CONSTRUCTION, "资质借用", XW, "qualification_borrowing", "industry_regulator", None),
    SeedRoute("002", "十三", S002_CONSTRUCTION, "工程款支付不到位", XW, "payment_arrears", "industry_regulator", None),
    SeedRoute("002", "十四", "对指向性较明确、可查性较强的涉嫌犯罪线索及时移送公安机关。", "涉嫌犯罪", XW, "criminal_suspicion", "police", XW_POL),
    SeedRoute("002", "十四", "重大案件可组建联合专案组,邀请检察机关提前介入,", "串通投标罪", XW, "collusion_crime", "police", XW_POL,
              also=("procuratorate", "修武县人民检察院")),
    SeedRoute("002", "十四", "公安机关在办理串通投标或其他经济犯罪案件过程中,", "经济犯罪", XW, "economic_crime", "police", XW_POL),
    # construction bidding: the trading centre reports bid rigging to the industry regulators, not to a finance bureau
    SeedRoute("002", "十四", "交易数据监测分析中发现的围标串标等异常情况,及时报告县发展和改革委员会及行业监管部门,",
              "围标串标", XW, "collusion", "industry_regulator", None, sector="construction", also=("police", XW_POL)),
    # ---- 003 随州市曾都区 ----------------------------------------------------------------------
    SeedRoute("003", "第十二条(三)", "依法需要禁止进入公共资源交易中心参与交易活动的，应当移送综合监督部门处理；",
              "禁止进入公共资源交易中心", ZD, "trading_ban", "trading_supervision", "随州市曾都区公共资源交易监督管理局"),
    SeedRoute("003", "第十二条(二)", "依法需要暂停或停止资金拨付的，应当移送项目资金拨付相关部门处理；",
              "暂停资金拨付", ZD, "fund_stop", "funding_department", None),
    SeedRoute("003", "第十二条(一)", S003_12_1, "吊销资质证书", ZD, "qualification", "licensing_department", None),
    SeedRoute("003", "第十二条(一)", S003_12_1, "暂停或停止项目执行", ZD, "project_suspension", "industry_regulator", None),
    SeedRoute("003", "第十二条(一)", S003_12_1, "矿业权出让", ZD, "land_rights_suspension", "natural_resources", None),
    SeedRoute("003", "第十二条(四)", "涉嫌犯罪的，应当移送公安机关处理。", "涉嫌犯罪", ZD, "criminal_suspicion", "police", None),
    SeedRoute("003", "第二十四条(三)", "违反保密原则，泄漏应当保密的信息的；", "泄漏应当保密的信息", ZD, "confidentiality_breach", "discipline", ZD_DIS),
    SeedRoute("003", "第二十四条(四)", "徇私舞弊、滥用职权或者玩忽职守的；", "玩忽职守", ZD, "dereliction", "discipline", ZD_DIS),
    SeedRoute("003", "第二十四条(四)", "徇私舞弊、滥用职权或者玩忽职守的；", "徇私舞弊", ZD, "abuse_of_power", "discipline", ZD_DIS),
    SeedRoute("003", "第二十四条(一)", "不履行或者怠于履行法定职责的；", "怠于履行法定职责", ZD, "dereliction", "discipline", ZD_DIS),
    SeedRoute("003", "第二十四条", S003_24, "职务犯罪", ZD, "duty_crime", "discipline", ZD_DIS),
]


def _case_id(c: SeedRoute) -> str:
    return f"{c.seed}-{c.region}-{c.term}" + ("-official" if c.official else "") + (f"-{c.sector}" if c.sector else "")


@pytest.mark.parametrize("case", SEED_ROUTES, ids=_case_id)
def test_the_seed_says_where_it_goes(directory: AgencyDirectory, seed_texts: dict[str, str], case: SeedRoute) -> None:
    assert squash(case.says) in seed_texts[case.seed], f"not in seed {case.seed}: {case.says}"
    d = route(case.term, region=case.region, subject_is_official=case.official, sector=case.sector, agencies=directory)
    assert (d.violation, d.kind, d.agency_name) == (case.violation, case.kind, case.agency)
    assert d.resolved is (case.agency is not None)
    if case.agency is None:  # said, not invented
        assert any(case.kind in note and d.region in note for note in d.notes), d.notes
    if case.also is not None:
        assert case.also in [(a.kind, a.agency_name) for a in d.alternatives]


def test_every_violation_has_a_seed_case() -> None:
    """routing.yaml may not grow a violation without a hand-written case above."""
    assert set(load_routing().violations) == {c.violation for c in SEED_ROUTES}


def test_kinds_are_the_schema_vocabulary() -> None:
    used = {c.kind for c in SEED_ROUTES}
    assert used <= set(AGENCY_KINDS)
    assert {"finance", "police", "discipline", "market", "ndrc", "industry_regulator"} <= used


# ---- routing.yaml, structurally: every kind known, every quote in its seed ----------------------
RAW = yaml.safe_load(DEFAULT_ROUTING_PATH.read_text(encoding="utf-8"))
VIOLATIONS = RAW["violations"]


@pytest.mark.parametrize("raw", VIOLATIONS, ids=[v["id"] for v in VIOLATIONS])
def test_kinds_are_known_and_quotes_in_seeds(seed_texts: dict[str, str], raw: dict) -> None:
    refs = [raw, *(raw.get("alternatives") or [])]
    for ref in refs:
        assert ref["kind"] in AGENCY_KINDS
        seed = ref["clause"].split()[0]
        assert squash(ref["quote"]) in seed_texts[seed], (raw["id"], ref["clause"])


def test_general_rule_quotes_in_seeds(seed_texts: dict[str, str]) -> None:
    assert squash(RAW["official_subject"]["quote"]) in seed_texts["000"]
    assert squash(RAW["sectors"]["construction"]["quote"]) in seed_texts["002"]


@pytest.mark.parametrize(
    ("violation", "region", "agency"),
    [
        ("collusion", "绵竹市", "绵竹市财政局"),
        ("围标串标", "泉州市鲤城区", "泉州市鲤城区财政局"),
        ("collusion_crime", "绵竹市", "绵竹市公安局"),
        ("串通投标罪", "泉州市鲤城区", "泉州市公安局鲤城分局"),
        ("collusion_crime", "修武县", "修武县公安局"),
        ("counterfeit_goods", "泉州市鲤城区", "泉州市鲤城区市场监督管理局"),
        ("商业贿赂", "绵竹市", "绵竹市市场监督管理局"),
        ("dishonest_credit", "泉州市鲤城区", "泉州市鲤城区发展和改革局"),
        ("abuse_of_power", "绵竹市", "中共绵竹市纪委监委机关"),
        ("dereliction", "修武县", "中共修武县纪律检查委员会"),
        ("duty_crime", "随州市曾都区", "中共随州市曾都区纪律检查委员会"),
        ("trading_ban", "随州市曾都区", "随州市曾都区公共资源交易监督管理局"),
        ("trading_ban", "曾都区", "随州市曾都区公共资源交易监督管理局"),
    ],
)
def test_routes_to_the_seed_agency(
    directory: AgencyDirectory, violation: str, region: str, agency: str
) -> None:
    assert route(violation, region=region, agencies=directory).agency_name == agency


def test_collusion_has_police_alternative(directory: AgencyDirectory) -> None:
    d = route("collusion", region="绵竹市", agencies=directory)
    police = [a for a in d.alternatives if a.kind == "police"]
    assert police and police[0].agency_name == "绵竹市公安局"
    assert "000 三(四)3" in police[0].clause


def test_official_subject_goes_to_discipline_first(directory: AgencyDirectory) -> None:
    d = route("collusion", region="绵竹市", subject_is_official=True, agencies=directory)
    assert (d.kind, d.agency_name, d.rule_id) == (
        "discipline",
        "中共绵竹市纪委监委机关",
        "official_subject",
    )
    assert d.clause.startswith("000 三(四)1")
    kinds = d.alternative_kinds()
    assert kinds.index("discipline") < kinds.index("finance") < kinds.index("police")
    finance = next(a for a in d.alternatives if a.kind == "finance")
    assert finance.agency_name == "绵竹市财政局" and finance.rule_id == "collusion"


def test_interference_by_official_has_discipline_once(directory: AgencyDirectory) -> None:
    d = route("interference", region="修武县", subject_is_official=True, agencies=directory)
    assert d.kind == "discipline" and d.agency_name == "中共修武县纪律检查委员会"
    assert d.alternative_kinds().count("discipline") == 0


def test_official_only_violation_notes_it(directory: AgencyDirectory) -> None:
    d = route("abuse_of_power", region="绵竹市", agencies=directory)
    assert d.kind == "discipline" and any("official" in n for n in d.notes)
    # the 监察委员会 is the same kind: listed as an alternative
    assert [a.agency_name for a in d.alternatives] == ["绵竹市监察委员会"]


def test_construction_sector_goes_to_industry_regulator(directory: AgencyDirectory) -> None:
    d = route("collusion", region="修武县", sector="construction", agencies=directory)
    assert d.kind == "industry_regulator" and d.rule_id == "sector_construction"
    assert "002 十四" in d.clause
    assert not d.resolved and any("industry_regulator" in n for n in d.notes)
    assert "finance" not in d.alternative_kinds() and "police" in d.alternative_kinds()
    crime = route("collusion_crime", region="修武县", sector="construction", agencies=directory)
    assert crime.kind == "police" and crime.alternative_kinds() == [
        "procuratorate",
        "industry_regulator",
    ]


def test_construction_sector_leaves_other_kinds(directory: AgencyDirectory) -> None:
    d = route("counterfeit_goods", region="绵竹市", sector="construction", agencies=directory)
    assert d.kind == "market" and d.rule_id == "counterfeit_goods"
    assert "industry_regulator" in d.alternative_kinds()  # its finance alternative is swapped
    same = route("collusion", region="绵竹市", sector="procurement", agencies=directory)
    assert same.kind == "finance"


def test_missing_agency_is_reported_not_invented(directory: AgencyDirectory) -> None:
    d = route("abuse_of_power", region="泉州市鲤城区", agencies=directory)
    assert d.kind == "discipline" and d.agency_id is None and not d.resolved
    assert any("泉州市鲤城区" in n for n in d.notes)


def test_unknown_violation_lists_known(directory: AgencyDirectory) -> None:
    with pytest.raises(UnknownViolationError) as err:
        route("偷税", region="绵竹市", agencies=directory)
    message = str(err.value)
    assert "偷税" in message
    for known in ("collusion (串通投标)", "trading_ban (禁止进入公共资源交易中心参与交易)", "abuse_of_power"):
        assert known in message


def test_other_is_a_violation_without_a_rule(directory: AgencyDirectory) -> None:
    with pytest.raises(UnknownViolationError, match="'其他违法违规' has no routing rule of its own"):
        route("其他违法违规", region="绵竹市", agencies=directory)


def test_violations_routed_are_the_vocabulary_but_other() -> None:
    from graph.types import vocabulary

    assert set(vocabulary.codes("violation")) - set(load_routing().violations) == {"other"}


def test_unknown_region_and_sector(directory: AgencyDirectory) -> None:
    with pytest.raises(UnknownRegionError, match="绵竹市"):
        route("collusion", region="火星县", agencies=directory)
    with pytest.raises(UnknownSectorError, match="construction"):
        route("collusion", region="绵竹市", sector="mining", agencies=directory)


def test_region_in_an_added_file(tmp_path: Path, directory: AgencyDirectory) -> None:
    extra = tmp_path / "x.yaml"
    extra.write_text(
        "localities:\n"
        "  - region: 新安县\n    parent_region: 河南省洛阳市\n    level: county\n"
        "    agencies:\n      - {name: 新安县住房和城乡建设局, kind: industry_regulator, aliases: [县住建局]}\n",
        encoding="utf-8",
    )
    d = AgencyDirectory.load(
        Path(__file__).parents[2] / "graph/rules/reference/agencies.yaml", extra
    )
    r = route("illegal_subcontracting", region="新安县", agencies=d)
    assert r.agency_name == "新安县住房和城乡建设局"


@pytest.mark.parametrize(
    ("mutate", "fragment"),
    [
        (lambda d: d["violations"][0].update(kind="financ"), "'kind'"),
        (lambda d: d["violations"][1].update(id="collusion"), "duplicate"),
        (lambda d: d["violations"][1].update(id="bid_rigging"), "'bid_rigging' is not a code of vocabularies.violation"),
        (lambda d: d["violations"][0].update(quote=""), "'quote'"),
        (
            lambda d: d["sectors"]["construction"].update(replaces={"finance": "builders"}),
            "unknown kind",
        ),
    ],
)
def test_bad_routing_file(tmp_path: Path, mutate, fragment: str) -> None:  # type: ignore[no-untyped-def]
    data = yaml.safe_load(DEFAULT_ROUTING_PATH.read_text(encoding="utf-8"))
    mutate(data)
    path = tmp_path / "routing.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    with pytest.raises(RulesFileError, match=fragment):
        RoutingRules.load(path)


def test_packaged_rules_load_once() -> None:
    assert load_routing() is load_routing()
