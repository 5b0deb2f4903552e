"""Persons placed by what records and replies say of them (resolution tuning set 5): fields side by
side on one line (填表单位：A    填表人：X), names listed after a field's first (询问人：X、Y), a record's
askers and recorders, 请联系承办人X, 你局联系人X, a bracketed contact after the letter a pronoun names
(你室…来函（承办人X）), the body the askers introduce themselves as when a record has no issuer
(我们是X的工作人员), an answer naming a post of the interviewee's company (答：项目经理是X), and a post
after the writer's pronoun (我局办公室主任X) — whatever body the sentence named before. Invented
persons; the 绵竹市 test world's kit (the issuer 绵竹市审计局 is entity 0)."""

from __future__ import annotations

from typing import Any

from graph.ids import make_id
from ingest.resolve import KnownIndex, Resolution, Resolver
from tests.resolve.letter_kit import ISSUER, agency, official, post_at, resolve_letter

DISCIPLINE = "绵竹市纪委监委"
EDUCATION = "绵竹市教育局"


def _idx() -> KnownIndex:
    idx = KnownIndex()
    for name in (ISSUER, DISCIPLINE, EDUCATION):
        agency(idx, name)
    return idx


def _official(agency_name: str, name: str) -> str:
    return make_id("official", make_id("agency", "绵竹市", agency_name), name)


def _record(idx: KnownIndex, text: str, *spans: tuple[str, str], relations: list[dict[str, Any]] | None = None
            ) -> Resolution:
    """A record with no issuer: ``spans`` are its entities, in order."""
    ents, pos = [], 0
    for label, surface in spans:
        start = text.index(surface, pos)
        ents.append({"start": start, "end": start + len(surface), "label": label, "text": surface})
        pos = start + len(surface)
    extraction = {"entities": ents, "relations": relations or [], "identifiers": [], "doc": {"issuer": None},
                  "aliases": {}}
    return Resolver(index=idx).resolve(extraction, text, doc_key="doc:r1")


def test_fields_side_by_side_on_one_line() -> None:
    body = f"填表单位：{DISCIPLINE}第三审查调查室    填表人：柏文涛    填表日期：2026年4月2日\n"
    res = resolve_letter(_idx(), body, ("AGENCY", DISCIPLINE), ("PERSON", "柏文涛"), doc_key="doc:s1")
    assert res.entity_nodes[2] == make_id("official", res.entity_nodes[1], "柏文涛")


def test_a_records_askers_and_recorder_are_the_writers_staff() -> None:
    body = "询问人：柏文涛、苗东来\n记录人：苗东来\n"
    res = resolve_letter(_idx(), body, ("PERSON", "柏文涛"), ("PERSON", "苗东来"), ("PERSON", "苗东来"), doc_key="doc:s2")
    assert [res.entity_nodes[i] for i in (1, 2, 3)] == [_official(ISSUER, "柏文涛"), _official(ISSUER, "苗东来"),
                                                         _official(ISSUER, "苗东来")]


def test_the_contact_the_letter_asks_to_call_with_the_contact_word() -> None:
    res = resolve_letter(_idx(), "如需沟通，请联系承办人柏文涛，电话0838-6200011。", ("PERSON", "柏文涛"), doc_key="doc:s3")
    assert res.entity_nodes[1] == _official(ISSUER, "柏文涛")


def test_the_addressees_contact_after_its_pronoun() -> None:
    body = f"{DISCIPLINE}：\n请你委联系人柏文涛同志于3月20日前补充材料。"
    res = resolve_letter(_idx(), body, ("AGENCY", DISCIPLINE), ("PERSON", "柏文涛"), doc_key="doc:s4")
    assert res.entity_nodes[2] == make_id("official", res.entity_nodes[1], "柏文涛")


def test_a_bracketed_contact_after_the_letter_a_pronoun_names() -> None:
    body = f"{DISCIPLINE}：\n你委2026年5月12日来函（承办人柏文涛）收悉。经核查，现复函如下。"
    res = resolve_letter(_idx(), body, ("AGENCY", DISCIPLINE), ("PERSON", "柏文涛"), doc_key="doc:s5")
    assert res.entity_nodes[2] == make_id("official", res.entity_nodes[1], "柏文涛")


def test_a_bracketed_contact_belongs_to_the_clauses_subject_not_to_what_it_was_about() -> None:
    # (贵委转来的关于我局…的线索（联系人：X）: the contact is the addressee's, though 我局 comes later in the clause)
    body = f"{DISCIPLINE}：\n贵委转来的关于我局工程项目招标中有关问题的线索（联系人：柏文涛同志）收悉。现回复如下。"
    res = resolve_letter(_idx(), body, ("AGENCY", DISCIPLINE), ("PERSON", "柏文涛"), doc_key="doc:s5b")
    assert res.entity_nodes[2] == make_id("official", res.entity_nodes[1], "柏文涛")


def test_a_record_with_no_issuer_is_written_by_the_body_its_askers_name() -> None:
    text = ("询问笔录\n询问人：柏文涛\n被询问人：苗东来\n"
            f"问：我们是{DISCIPLINE}的工作人员，现依法向你了解情况。\n答：好的。\n")
    res = _record(_idx(), text, ("PERSON", "柏文涛"), ("PERSON", "苗东来"), ("AGENCY", DISCIPLINE))
    assert res.entity_nodes[0] == make_id("official", res.entity_nodes[2], "柏文涛")
    assert res.entity_nodes[1] != make_id("official", res.entity_nodes[2], "苗东来")   # the interviewee is no asker


def test_an_answer_naming_a_company_post_is_the_interviewees_company() -> None:
    company = "绵竹市远帆建筑工程有限公司"
    text = (f"询问笔录\n被询问人：苗东来，{company}法定代表人\n问：谁负责投标？\n答：项目经理是柏文涛，标书是他做的。\n")
    res = _record(_idx(), text, ("PERSON", "苗东来"), ("COMPANY", company), ("POSITION", "法定代表人"),
                  ("POSITION", "项目经理"), ("PERSON", "柏文涛"))
    assert res.person_orgs.get(4) == res.entity_nodes[1]


def test_a_post_after_the_writers_pronoun_is_the_writers_whatever_body_came_before() -> None:
    body = f"来函询问我局是否有人员参与{EDUCATION}的项目评审。经核查，我局办公室主任柏文涛未参与该项目。"
    res = resolve_letter(_idx(), body, ("AGENCY", EDUCATION), ("POSITION", "主任"), ("PERSON", "柏文涛"),
                         doc_key="doc:s8", relations=[{**post_at(3, 2, 1)}])
    assert res.entity_nodes[3] == _official(ISSUER, "柏文涛")


def test_a_record_naming_no_agency_is_placed_by_its_companies() -> None:
    company = "绵竹市远帆建筑工程有限公司"
    text = f"询问笔录\n被询问人：苗东来，{company}法定代表人\n答：他爱人是教育局副局长柏文涛。\n"
    res = _record(_idx(), text, ("PERSON", "苗东来"), ("COMPANY", company), ("POSITION", "副局长"), ("PERSON", "柏文涛"),
                  relations=[{"type": "HOLDS_POSITION", "from": 3, "to": 2, "org": None}])
    assert res.locality is not None and res.locality.region == "绵竹市"
    assert res.entity_nodes[3] == _official(EDUCATION, "柏文涛")


def test_a_table_row_places_each_person_at_its_columns_unit() -> None:
    body = ("序号\t涉及单位\t涉及人员\t职务\t承办单位\t承办人\t办理状态\n"
            f"1\t{EDUCATION}\t苗东来\t副局长\t{DISCIPLINE}第三审查调查室\t柏文涛\t办理中\n")
    res = resolve_letter(_idx(), body, ("AGENCY", EDUCATION), ("PERSON", "苗东来"), ("POSITION", "副局长"),
                         ("AGENCY", f"{DISCIPLINE}第三审查调查室"), ("PERSON", "柏文涛"), doc_key="doc:s10")
    assert res.entity_nodes[2] == make_id("official", res.entity_nodes[1], "苗东来")
    assert res.entity_nodes[5] == make_id("official", res.entity_nodes[4], "柏文涛")


def test_the_officers_on_a_police_notice_are_the_writers() -> None:
    res = resolve_letter(_idx(), "特此告知。\n\n办案民警：柏文涛、苗东来\n", ("PERSON", "柏文涛"), ("PERSON", "苗东来"),
                         doc_key="doc:s11")
    assert [res.entity_nodes[1], res.entity_nodes[2]] == [_official(ISSUER, "柏文涛"), _official(ISSUER, "苗东来")]


def test_a_records_recorder_is_with_the_body_in_brackets_after_its_asker() -> None:
    text = f"谈话记录\n谈话人：柏文涛（{DISCIPLINE}第三审查调查室）\n记录人：苗东来\n被谈话人：葛晓峰\n"
    res = _record(_idx(), text, ("PERSON", "柏文涛"), ("AGENCY", f"{DISCIPLINE}第三审查调查室"), ("PERSON", "苗东来"),
                  ("PERSON", "葛晓峰"))
    assert res.entity_nodes[2] == make_id("official", res.entity_nodes[1], "苗东来")
    assert not res.entity_nodes[3].startswith("official:")


def test_a_title_reference_brings_the_letters_unplaced_mentions_of_that_name_along() -> None:
    idx = _idx()
    edu = make_id("agency", "绵竹市", EDUCATION)
    stored = make_id("official", edu, "柏文涛")
    idx.add_person(stored, {"name": "柏文涛", "agency_id": edu, "position": "副局长"}, "Official")
    audit = make_id("agency", "绵竹市", ISSUER)   # a namesake at another body: the name alone places no one
    idx.add_person(make_id("official", audit, "柏文涛"), {"name": "柏文涛", "agency_id": audit, "position": "科员"},
                   "Official")
    text = f"谈话记录\n问：你和柏文涛是什么关系？\n答：柏文涛是我爱人，在{EDUCATION}工作。\n问：你跟柏副局长打过招呼吗？\n"
    ents = [{"start": text.index("柏文涛"), "end": text.index("柏文涛") + 3, "label": "PERSON", "text": "柏文涛"},
            {"start": text.rindex("柏文涛"), "end": text.rindex("柏文涛") + 3, "label": "PERSON", "text": "柏文涛"},
            {"start": text.index(EDUCATION), "end": text.index(EDUCATION) + len(EDUCATION), "label": "AGENCY",
             "text": EDUCATION}]
    refs = [{"start": text.index("柏副局长"), "end": text.index("柏副局长") + 4, "text": "柏副局长", "label": "PERSON",
             "surname": "柏", "post": "副局长"}]
    res = Resolver(index=idx).resolve({"entities": ents, "relations": [], "identifiers": [], "doc": {"issuer": None},
                                       "aliases": {}, "references": refs}, text, doc_key="doc:s12")
    assert res.entity_nodes[0] == res.entity_nodes[1] == stored
    assert not any(n.label == "Person" for n in res.nodes.values())


def test_a_staff_word_between_a_body_and_a_name() -> None:
    body = f"会议由市财政局主持，{DISCIPLINE}民警柏文涛列席。"
    res = resolve_letter(_idx(), body, ("AGENCY", DISCIPLINE), ("PERSON", "柏文涛"), doc_key="doc:s13")
    assert res.entity_nodes[2] == make_id("official", res.entity_nodes[1], "柏文涛")


def test_a_landline_on_the_contact_line_does_not_set_the_contact_apart_from_its_body() -> None:
    # a report with no issuer (its title heads it): the contact line places no one by itself
    text = (f"专项检查情况报告\n\n检查组由{EDUCATION}财务股柏文涛、苗东来组成。\n\n联系人：柏文涛，电话0838-6205217。\n")
    res = _record(_idx(), text, ("AGENCY", f"{EDUCATION}财务股"), ("PERSON", "柏文涛"), ("PERSON", "苗东来"),
                  ("PERSON", "柏文涛"))
    assert res.entity_nodes[1] == res.entity_nodes[3] == make_id("official", res.entity_nodes[0], "柏文涛")
    mobile = text.replace("0838-6205217", "13547781234")   # a mobile on it is the person's own: told apart
    res = _record(_idx(), mobile, ("AGENCY", f"{EDUCATION}财务股"), ("PERSON", "柏文涛"), ("PERSON", "苗东来"),
                  ("PERSON", "柏文涛"))
    assert res.entity_nodes[3] != make_id("official", res.entity_nodes[0], "柏文涛")


def test_no_agency_node_from_a_pronoun_of_an_office() -> None:
    # 你室, 我室, 你股 (the extractor marks them pronoun references): never an agency of their own; the
    # person after 你股 is the addressee's
    body = f"{EDUCATION}财务股：\n收到你股来函。我公司人员未与你股柏文涛股长接触。我室另行函告。"
    res = resolve_letter(_idx(), body, ("AGENCY", f"{EDUCATION}财务股"), ("AGENCY", "你股"), ("AGENCY", "你股"),
                         ("PERSON", "柏文涛"), ("AGENCY", "我室"), doc_key="doc:s15")
    names = {n.props.get("name") for n in res.nodes.values() if n.label == "Agency"}
    assert not names & {"你股", "我室"}
    assert res.entity_nodes[4] == make_id("official", res.entity_nodes[1], "柏文涛")


def test_a_receipts_receiving_office_is_the_writers() -> None:
    body = ("移送单位：绵竹市教育局\n移送人：苗东来\n接收单位：第三审查调查室\n接收人：柏文涛\n")
    res = resolve_letter(_idx(), body, ("AGENCY", EDUCATION), ("PERSON", "苗东来"), ("PERSON", "柏文涛"), doc_key="doc:s16")
    assert res.entity_nodes[2] == _official(EDUCATION, "苗东来")
    assert res.entity_nodes[3] == _official(ISSUER, "柏文涛")


def test_a_field_lines_post_is_not_the_unit_of_the_line_above_and_a_bracket_names_the_body() -> None:
    idx = _idx()
    water = agency(idx, "绵竹市水利局")
    body = f"移送单位：{EDUCATION}\n涉及人员：柏文涛（水利局财务股股长）\n"
    res = resolve_letter(idx, body, ("AGENCY", EDUCATION), ("PERSON", "柏文涛"), ("POSITION", "股长"), doc_key="doc:s17",
                         relations=[post_at(2, 3, 1)])
    assert res.entity_nodes[2] == make_id("official", water, "柏文涛")


def test_listed_askers_with_their_posts_in_brackets() -> None:
    body = "约谈人：柏文涛（副局长）、苗东来（政府采购股）\n记录人：苗东来\n"
    res = resolve_letter(_idx(), body, ("PERSON", "柏文涛"), ("POSITION", "副局长"), ("PERSON", "苗东来"),
                         ("PERSON", "苗东来"), doc_key="doc:s18")
    assert [res.entity_nodes[i] for i in (1, 3, 4)] == [_official(ISSUER, "柏文涛"), _official(ISSUER, "苗东来"),
                                                         _official(ISSUER, "苗东来")]


def test_a_post_opening_a_clause_after_the_writers_unit_is_the_writers() -> None:
    body = "经初步了解，该项目由我局政府采购股负责备案，股长柏文涛已按规定回避。"
    res = resolve_letter(_idx(), body, ("POSITION", "股长"), ("PERSON", "柏文涛"), doc_key="doc:s19",
                         relations=[post_at(2, 1)])
    assert res.entity_nodes[2] == _official(ISSUER, "柏文涛")
    other = f"该项目由我局政府采购股负责备案，{EDUCATION}股长柏文涛已按规定回避。"   # another body named between
    res = resolve_letter(_idx(), other, ("AGENCY", EDUCATION), ("POSITION", "股长"), ("PERSON", "柏文涛"),
                         doc_key="doc:s20", relations=[post_at(3, 2, 1)])
    assert res.entity_nodes[3] == _official(EDUCATION, "柏文涛")


def test_an_answer_naming_two_company_posts_places_both_at_the_interviewees_company() -> None:
    company = "绵竹市远帆建筑工程有限公司"
    text = (f"询问笔录\n被询问人：葛晓峰，{company}会计\n问：报价谁定的？\n答：是公司法定代表人苗东来和项目经理柏文涛定的。\n")
    res = _record(_idx(), text, ("PERSON", "葛晓峰"), ("COMPANY", company), ("POSITION", "会计"),
                  ("POSITION", "法定代表人"), ("PERSON", "苗东来"), ("POSITION", "项目经理"), ("PERSON", "柏文涛"))
    assert res.person_orgs.get(6) == res.entity_nodes[1]


def test_a_body_without_its_place_before_a_post_in_traditional_characters() -> None:
    idx = _idx()
    head = official(idx, agency(idx, "绵竹市交通运输局"), "柏文涛", "副局长")
    body = "請說明交通運輸局柏文濤副局長是否參加驗收。"
    res = resolve_letter(idx, body, ("PERSON", "柏文濤"), ("POSITION", "副局長"), doc_key="doc:s21",
                         relations=[post_at(1, 2)])
    assert res.entity_nodes[1] == head


def test_an_answer_names_a_post_of_the_company_the_interviewee_says_they_work_at() -> None:
    company = "绵竹市恒瑞建筑工程有限公司"
    idx = _idx()
    cid = make_id("company", company)
    idx.add_company(cid, {"key": company, "name": company, "region": "绵竹市"})
    text = (f"询问笔录\n被询问人：苗东来\n问：你在哪里工作？\n答：我在{company}上班，现在是施工员。\n"
            "问：报价是谁定的？\n答：报价是我们公司的，项目经理是葛晓峰，他定的。\n")
    res = _record(idx, text, ("PERSON", "苗东来"), ("COMPANY", company), ("POSITION", "项目经理"), ("PERSON", "葛晓峰"),
                  relations=[{"type": "HOLDS_POSITION", "from": 3, "to": 2, "org": None}])
    assert res.person_orgs.get(3) == cid


def test_a_member_named_after_the_addressees_pronoun_and_office() -> None:
    idx = _idx()
    text = (f"关于有关情况的说明\n{EDUCATION}：\n贵局政府采购股葛晓峰同志来电后，我公司立即组织了自查。\n"
            "我公司人员未与你股苗东来股长私下接触。\n")
    res = _record(idx, text, ("AGENCY", EDUCATION), ("PERSON", "葛晓峰"), ("PERSON", "苗东来"))
    assert res.entity_nodes[1] == _official(EDUCATION, "葛晓峰")
    assert res.entity_nodes[2] == _official(EDUCATION, "苗东来")   # 你股: the addressee, not 我公司


def test_a_member_in_brackets_after_the_bodys_name() -> None:
    res = resolve_letter(_idx(), f"抄送：{DISCIPLINE}第三审查调查室（柏文涛）\n",
                         ("AGENCY", f"{DISCIPLINE}第三审查调查室"), ("PERSON", "柏文涛"), doc_key="doc:s20")
    assert res.entity_nodes[2] == make_id("official", res.entity_nodes[1], "柏文涛")


def test_a_name_after_its_unit_and_a_space_on_an_attendance_line() -> None:
    res = resolve_letter(_idx(), f"出席：{EDUCATION}办公室 柏文涛；{DISCIPLINE} 苗东来\n",
                         ("AGENCY", f"{EDUCATION}办公室"), ("PERSON", "柏文涛"), ("AGENCY", DISCIPLINE), ("PERSON", "苗东来"),
                         doc_key="doc:s21")
    assert res.entity_nodes[2] == make_id("official", res.entity_nodes[1], "柏文涛")
    assert res.entity_nodes[4] == make_id("official", res.entity_nodes[3], "苗东来")


def test_a_member_named_after_the_addressees_pronoun_office_and_de() -> None:
    text = f"关于退回有关材料的函\n{EDUCATION}：\n据你局采购股的葛晓峰同志电话说明，材料已补齐。\n"
    res = _record(_idx(), text, ("AGENCY", EDUCATION), ("PERSON", "葛晓峰"))
    assert res.entity_nodes[1] == _official(EDUCATION, "葛晓峰")
