"""Heads called by surname and honorific — 周总, 周老板 (a company's), 杨局 (a bureau's, deputy too) —
are linked like titles: to the letter's one person of that surname whose post answers to it, else to
the one stored head at the company named right before it (德源的黄总) or among the companies the
letter names, else to nothing. A bureau written by its short form (住建局) is an agency the letter
names. Invented persons and companies; an in-memory index; the real extractor's references."""

from __future__ import annotations

from typing import Any

from graph.ids import make_id
from ingest.nlp.references import title_references
from ingest.resolve import KnownIndex, Resolution, Resolver
from ingest.resolve.titles import title_fits
from tests.resolve.letter_kit import agency, official

REGION = "绵竹市"


def _company(idx: KnownIndex, name: str, rep: str) -> tuple[str, str]:
    cid = make_id("company", name)
    idx.add_company(cid, {"key": name, "name": name, "region": REGION})
    pid = make_id("person", rep, cid)
    idx.add_person(pid, {"name": rep, "context": cid}, "Person")
    idx.learn(pid, org=cid, role="LEGAL_REP_OF")
    return cid, pid


def _resolve(idx: KnownIndex, text: str, *spans: tuple[str, str],
             relations: list[dict[str, Any]] | None = None) -> tuple[Resolution, dict[str, str]]:
    ents, pos = [], 0
    for label, surface in spans:
        start = text.index(surface, pos)
        ents.append({"start": start, "end": start + len(surface), "label": label, "text": surface})
        pos = start + len(surface)
    refs = title_references(text, text, ents)   # type: ignore[arg-type]
    extraction = {"entities": ents, "relations": relations or [], "identifiers": [], "doc": {"issuer": 0},
                  "aliases": {}, "references": refs}
    res = Resolver(index=idx).resolve(extraction, text, doc_key="doc:h1")
    return res, {t: node for _s, _e, t, node, _w in res.references}


def test_honorifics_answer_to_heads() -> None:
    assert title_fits("法定代表人", "总") and title_fits("副总经理", "总") and title_fits("董事长", "老板")
    assert title_fits("副局长", "局") and title_fits("局长", "局")
    assert not title_fits("项目经理", "总") and not title_fits("股长", "局") and not title_fits("会计", "老板")


def test_the_letters_legal_representative_is_its_boss() -> None:
    idx = KnownIndex()
    agency(idx, "绵竹市公安局")
    text = ("绵竹市公安局\n询问笔录\n问：你们公司的负责人是谁？\n答：法定代表人龚振华，我们都喊他龚总。\n"
            "问：报价是谁定的？\n答：龚总定的。\n")
    res, linked = _resolve(idx, text, ("AGENCY", "绵竹市公安局"), ("POSITION", "法定代表人"), ("PERSON", "龚振华"),
                           relations=[{"type": "HOLDS_POSITION", "from": 2, "to": 1, "org": None}])
    assert set(linked) == {"龚总"} and linked["龚总"] == res.entity_nodes[2]


def test_the_company_named_before_it_tells_two_bosses_of_one_surname_apart() -> None:
    idx = KnownIndex()
    agency(idx, "绵竹市财政局")
    _a, zhou_a = _company(idx, "绵竹市恒瑞建筑工程有限公司", "周立新")
    _b, zhou_b = _company(idx, "绵竹市宏泰商贸有限公司", "周国平")
    text = ("绵竹市财政局\n关于有关情况的说明\n恒瑞建筑与宏泰商贸往来频繁。宏泰那个周老板多次到场，"
            "恒瑞建筑的周总也在。\n")
    _res, linked = _resolve(idx, text, ("AGENCY", "绵竹市财政局"))
    assert linked == {"周老板": zhou_b, "周总": zhou_a}


def test_two_bosses_of_one_surname_and_no_company_before_it_leave_it_unlinked() -> None:
    idx = KnownIndex()
    agency(idx, "绵竹市财政局")
    _company(idx, "绵竹市恒瑞建筑工程有限公司", "周立新")
    _company(idx, "绵竹市宏泰商贸有限公司", "周国平")
    text = "绵竹市财政局\n关于有关情况的说明\n恒瑞建筑与宏泰商贸往来频繁。据反映，周老板曾借款给对方。\n"
    _res, linked = _resolve(idx, text, ("AGENCY", "绵竹市财政局"))
    assert linked == {}


def test_a_deputy_is_called_by_the_bureau_and_a_short_form_names_the_bureau() -> None:
    idx = KnownIndex()
    agency(idx, "绵竹市纪委监委")
    housing = agency(idx, "绵竹市住房和城乡建设局")
    deputy = official(idx, housing, "潘建明", "副局长")
    official(idx, agency(idx, "绵竹市水利局"), "潘红梅", "副局长")   # another bureau's: not named here
    text = "绵竹市纪委监委\n询问笔录\n问：项目变更谁批的？\n答：报到住建局，是潘局签的字。\n"
    res, linked = _resolve(idx, text, ("AGENCY", "绵竹市纪委监委"))
    assert linked == {"潘局": deputy} and res.nodes[deputy].new is False


def test_two_honorifics_of_one_surname_are_two_people() -> None:
    idx = KnownIndex()
    agency(idx, "绵竹市公安局")
    own, zhou_own = _company(idx, "绵竹市恒瑞建筑工程有限公司", "周立新")
    _other, zhou_other = _company(idx, "绵竹市宏泰商贸有限公司", "周国平")
    text = ("绵竹市公安局\n询问笔录\n答：我在绵竹市恒瑞建筑工程有限公司上班。\n"
            "答：法人是周立新，我们平时都喊他周总。\n"
            "答：保证金是宏泰商贸打过来的，那边的老板也姓周，我们喊他周老板。\n"
            "答：听周总说账上资金紧张，找周老板借的。\n")
    res, _ = _resolve(idx, text, ("AGENCY", "绵竹市公安局"), ("COMPANY", "绵竹市恒瑞建筑工程有限公司"),
                      ("POSITION", "法人"), ("PERSON", "周立新"), ("COMPANY", "宏泰商贸"),
                      relations=[{"type": "HOLDS_POSITION", "from": 3, "to": 2, "org": None}])
    linked = [(t, node) for _s, _e, t, node, _w in res.references]
    assert res.entity_nodes[3] == zhou_own
    assert linked == [("周总", zhou_own), ("周老板", zhou_other), ("周总", zhou_own), ("周老板", zhou_other)]


def _head_letter(idx: KnownIndex, body: str) -> Resolution:
    text = f"中共绵竹市纪律检查委员会\n协助调查函\n\n绵竹市住房和城乡建设局：\n{body}\n"
    name = "潘建明"
    at = text.index(name)
    post = text.index("局长", at)
    ents = [{"start": 0, "end": 12, "label": "AGENCY", "text": "中共绵竹市纪律检查委员会"},
            {"start": text.index("绵竹市住房"), "end": text.index("绵竹市住房") + 11, "label": "AGENCY",
             "text": "绵竹市住房和城乡建设局"},
            {"start": at, "end": at + 3, "label": "PERSON", "text": name},
            {"start": post, "end": post + 2, "label": "POSITION", "text": "局长"}]
    extraction = {"entities": ents, "relations": [{"type": "HOLDS_POSITION", "from": 2, "to": 3, "org": None}],
                  "identifiers": [], "doc": {"issuer": 0}, "aliases": {}, "references": []}
    return Resolver(index=idx).resolve(extraction, text, doc_key="doc:h9")


def test_a_full_name_with_a_heads_post_is_the_stored_head_of_a_body_the_letter_names() -> None:
    idx = KnownIndex()
    agency(idx, "中共绵竹市纪律检查委员会")
    head = official(idx, agency(idx, "绵竹市住房和城乡建设局"), "潘建明", "局长")
    res = _head_letter(idx, "为核实有关问题，请提供以下材料：\n一、项目合同；\n二、潘建明局长签批该工程变更的会议记录；\n三、验收资料。")
    assert res.entity_nodes[2] == head and res.nodes[head].new is False

