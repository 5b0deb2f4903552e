"""Relations in court judgments and prosecution texts: sentences by the court of the header, posts
written 时任/系/任 + organisation + post, 法人 in running text.

Every text below was written for these tests (the names are invented, masked the way published
judgments mask them); no evaluation document is quoted.
"""

from __future__ import annotations

from ingest.nlp.relations import extract_relations
from tests.ingest.test_nlp_relations import _relations, _tagged

# ------------------------------------------------------------------------------------------ PENALIZED
JUDGMENT = ("云岭省青禾县人民法院\n刑事判决书\n（2021）云0301刑初88号\n"
            "本院认为，被告人钱某甲、孔某犯串通投标罪。判决如下：\n"
            "一、被告人钱某甲犯串通投标罪，判处有期徒刑一年，并处罚金人民币6万元；\n"
            "二、被告单位青禾县远帆物资有限公司犯串通投标罪，判处罚金人民币20万元；\n"
            "三、被告人孔某犯串通投标罪，免予刑事处罚。\n")
JUDGMENT_SPANS = [("AGENCY", "云岭省青禾县人民法院"), ("PERSON", "钱某甲"), ("PERSON", "孔某"), ("PERSON", "钱某甲"),
                  ("COMPANY", "青禾县远帆物资有限公司"), ("PERSON", "孔某")]


def test_the_header_court_penalises_each_sentenced_defendant_person_or_unit() -> None:
    got = {r for r in _relations(JUDGMENT, JUDGMENT_SPANS, kind="court_judgment", issuer=0) if r[0] == "PENALIZED"}
    assert got == {("PENALIZED", "云岭省青禾县人民法院", "钱某甲"),
                   ("PENALIZED", "云岭省青禾县人民法院", "青禾县远帆物资有限公司")}  # 免予刑事处罚 is no penalty


def test_the_header_court_counts_even_when_the_genre_is_not_recognised() -> None:
    got = {r for r in _relations(JUDGMENT, JUDGMENT_SPANS, kind="other", issuer=None) if r[0] == "PENALIZED"}
    assert ("PENALIZED", "云岭省青禾县人民法院", "钱某甲") in got


def test_a_sentence_by_a_court_named_only_as_benyuan_is_implicit() -> None:
    text = "本院认为，被告人严某某、葛某犯伪造公司印章罪。\n被告人严某某、葛某犯伪造公司印章罪，分别判处有期徒刑十个月、管制六个月。\n"
    ents = _tagged(text, [("PERSON", "严某某"), ("PERSON", "葛某"), ("PERSON", "严某某"), ("PERSON", "葛某")])
    rels, implicit = extract_relations(text, ents, kind="other", issuer=None, aliases={})
    assert not [r for r in rels if r["type"] == "PENALIZED"]
    assert {(ents[r["to"]].text, r["null_endpoint_mention"]) for r in implicit if r["type"] == "PENALIZED"} == {
        ("严某某", "本院"), ("葛某", "本院")}


def test_a_ruling_restating_the_first_instance_sentence_names_that_court() -> None:
    text = ("云岭省东陵市中级人民法院\n刑事裁定书\n"
            "云岭省青禾县人民法院审理青禾县人民检察院指控原审被告人鲍某某犯受贿罪一案，作出刑事判决。\n"
            "据此，原判以受贿罪判处鲍某某有期徒刑三年；判处卜某拘役四个月。\n"
            "本院认为，原判认定事实清楚。裁定如下：驳回上诉，维持原判。\n")
    spans = [("AGENCY", "云岭省东陵市中级人民法院"), ("AGENCY", "云岭省青禾县人民法院"), ("AGENCY", "青禾县人民检察院"),
             ("PERSON", "鲍某某"), ("PERSON", "鲍某某"), ("PERSON", "卜某")]
    got = {r for r in _relations(text, spans, kind="court_judgment", issuer=0) if r[0] == "PENALIZED"}
    assert got == {("PENALIZED", "云岭省青禾县人民法院", "鲍某某"), ("PENALIZED", "云岭省青禾县人民法院", "卜某")}


def test_an_indictment_asking_for_a_sentence_penalises_no_one() -> None:
    text = ("青禾县人民检察院\n起诉书\n被告人鲍某某收受他人财物，应当以受贿罪追究其刑事责任，建议判处有期徒刑三年。\n")
    spans = [("AGENCY", "青禾县人民检察院"), ("PERSON", "鲍某某")]
    assert not {r for r in _relations(text, spans, kind="other", issuer=0) if r[0] == "PENALIZED"}


def test_an_audit_decision_orders_each_coordinated_body() -> None:
    text = "对上述问题，东陵市审计局已依法出具审计决定书，责令青禾县水务局、青禾县农业农村局和青禾县林业局限期整改。\n"
    spans = [("AGENCY", "东陵市审计局"), ("AGENCY", "青禾县水务局"), ("AGENCY", "青禾县农业农村局"), ("AGENCY", "青禾县林业局")]
    got = {r for r in _relations(text, spans, kind="other") if r[0] == "PENALIZED"}
    assert got == {("PENALIZED", "东陵市审计局", "青禾县水务局"), ("PENALIZED", "东陵市审计局", "青禾县农业农村局"),
                   ("PENALIZED", "东陵市审计局", "青禾县林业局")}


# ------------------------------------------------------------------------- HOLDS_POSITION, LEGAL_REP
def _holds(text: str, spans: list[tuple[str, str]], *, issuer: int | None = None) -> set[tuple[str, ...]]:
    return {r for r in _relations(text, spans, kind="court_judgment", issuer=issuer) if r[0] in ("HOLDS_POSITION", "LEGAL_REP")}


def test_a_defendant_line_with_yuan_before_the_organisation_and_a_chain_of_titles() -> None:
    text = "被告人殷某某，男，1971年出生，汉族，原青禾县水务局党组书记、局长，住青禾县。\n"
    spans = [("PERSON", "殷某某"), ("AGENCY", "青禾县水务局"), ("POSITION", "党组书记"), ("POSITION", "局长")]
    assert _holds(text, spans) == {("HOLDS_POSITION", "殷某某", "党组书记", "青禾县水务局"),
                                   ("HOLDS_POSITION", "殷某某", "局长", "青禾县水务局")}


def test_faren_after_a_company_on_a_defendant_line_is_its_legal_representative() -> None:
    text = "被告人符某，男，1985年出生，青禾县远帆物资有限公司法人，住青禾县。\n"
    spans = [("PERSON", "符某"), ("COMPANY", "青禾县远帆物资有限公司"), ("POSITION", "法人")]
    assert _holds(text, spans) == {("HOLDS_POSITION", "符某", "法人", "青禾县远帆物资有限公司"),
                                   ("LEGAL_REP", "符某", "青禾县远帆物资有限公司")}


def test_a_title_after_a_defined_short_name_belongs_to_the_named_company() -> None:
    text = "被告人鲍某作为青禾县远帆物资有限公司（以下简称远帆公司）实际控制人，多次送给他人财物。\n"
    spans = [("PERSON", "鲍某"), ("COMPANY", "青禾县远帆物资有限公司"), ("COMPANY", "远帆公司"), ("POSITION", "实际控制人")]
    assert ("HOLDS_POSITION", "鲍某", "实际控制人", "青禾县远帆物资有限公司") in _holds(text, spans)


def test_danren_title_de_company_names_the_organisation_after_the_title() -> None:
    text = "被告人符某为使其担任法定代表人的青禾县远帆物资有限公司中标，找到他人陪标。\n"
    spans = [("PERSON", "符某"), ("POSITION", "法定代表人"), ("COMPANY", "青禾县远帆物资有限公司")]
    assert _holds(text, spans) == {("HOLDS_POSITION", "符某", "法定代表人", "青禾县远帆物资有限公司"),
                                   ("LEGAL_REP", "符某", "青禾县远帆物资有限公司")}


def test_a_bracket_naming_the_head_after_the_organisation() -> None:
    text = "将青禾县丰谷种植专业合作社（詹某为理事长）确定为成交供应商。\n"
    spans = [("COMPANY", "青禾县丰谷种植专业合作社"), ("PERSON", "詹某"), ("POSITION", "理事长")]
    assert _holds(text, spans) == {("HOLDS_POSITION", "詹某", "理事长", "青禾县丰谷种植专业合作社")}


def test_a_legal_representative_named_through_a_kinship_word() -> None:
    text = "另查明，被告人鲍某系青禾县远帆物资有限公司实际控制人，该公司法定代表人为其妻詹某某。\n"
    spans = [("PERSON", "鲍某"), ("COMPANY", "青禾县远帆物资有限公司"), ("POSITION", "实际控制人"), ("POSITION", "法定代表人"),
             ("PERSON", "詹某某")]
    assert _holds(text, spans) == {("HOLDS_POSITION", "鲍某", "实际控制人", "青禾县远帆物资有限公司"),
                                   ("HOLDS_POSITION", "詹某某", "法定代表人", "青禾县远帆物资有限公司"),
                                   ("LEGAL_REP", "詹某某", "青禾县远帆物资有限公司")}


def test_the_bench_and_the_prosecutor_belong_to_their_own_body() -> None:
    court = "云岭省青禾县人民法院\n刑事判决书\n……\n审判长　卫某某\n书记员　鲁××\n"
    spans = [("AGENCY", "云岭省青禾县人民法院"), ("POSITION", "审判长"), ("PERSON", "卫某某"), ("POSITION", "书记员"), ("PERSON", "鲁××")]
    assert _holds(court, spans, issuer=0) == {("HOLDS_POSITION", "卫某某", "审判长", "云岭省青禾县人民法院"),
                                              ("HOLDS_POSITION", "鲁××", "书记员", "云岭省青禾县人民法院")}
    # an indictment sent to a court: its prosecutor is the procuratorate's, whatever the issuer rule chose
    indictment = "青禾县人民检察院\n起诉书\n……\n此致\n青禾县人民法院\n检察员　施某\n"
    spans = [("AGENCY", "青禾县人民检察院"), ("AGENCY", "青禾县人民法院"), ("POSITION", "检察员"), ("PERSON", "施某")]
    assert _holds(indictment, spans, issuer=1) == {("HOLDS_POSITION", "施某", "检察员", "青禾县人民检察院")}


# ------------------------------------------------------------------------------------------ BID_ON
def test_a_company_acting_to_win_a_numbered_project_bid_on_it() -> None:
    text = ("公诉机关指控：2020年5月，被告单位远帆公司为中标青禾县水务局组织的灌区改造工程（项目编号：QH-2020-SW-017），"
            "由被告人符某联系他人陪标。\n")
    spans = [("COMPANY", "远帆公司"), ("AGENCY", "青禾县水务局"), ("PROJECT_NO", "QH-2020-SW-017"), ("PERSON", "符某")]
    got = {r for r in _relations(text, spans, kind="court_judgment") if r[0] == "BID_ON"}
    assert got == {("BID_ON", "远帆公司", "QH-2020-SW-017")}
    # the owner of the project does not bid: X公司组织的…项目 names a purchaser
    owner = "青禾县城投有限公司组织的灌区改造工程（项目编号：QH-2020-SW-017）于2020年5月开标。\n"
    spans = [("COMPANY", "青禾县城投有限公司"), ("PROJECT_NO", "QH-2020-SW-017")]
    assert not {r for r in _relations(owner, spans, kind="other") if r[0] == "BID_ON"}
