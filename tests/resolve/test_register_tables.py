"""A clue register drawn as a table: the person in its 反映对象 column is placed at the unit in the
单位及职务 column beside it, and the names in a cell that opens with a company's short name and a
colon (恒瑞建筑：甲（法定代表人）、乙（股东）) are that company's — never the unit of another cell. A
company written by its brand and trade alone is the one stored company trading so. Invented persons
and companies; the 绵竹市 test world's kit and the real extractor."""

from __future__ import annotations

from graph.ids import make_id
from ingest.nlp import extract_text
from ingest.resolve import KnownIndex, Resolver
from tests.resolve.letter_kit import agency, official

COMPANY = "绵竹市恒瑞建筑工程有限公司"
REGISTER = (
    "绵竹市纪委监委第二监督检查室\n问题线索登记台账\n\n"
    "| 序号 | 线索来源 | 反映对象 | 单位及职务 | 涉及企业/人员 | 承办人 |\n"
    "|---|---|---|---|---|---|\n"
    "| 1 | 市财政局移送 | 葛晓峰 | 市水务局财务股股长 | 恒瑞建筑：龚振华（法定代表人）、葛明轩（股东） | 柏文涛 |\n"
)


def _index() -> tuple[KnownIndex, dict[str, str]]:
    idx = KnownIndex()
    ids = {"writer": agency(idx, "绵竹市纪委监委"), "water": agency(idx, "绵竹市水务局"),
           "finance": agency(idx, "绵竹市财政局")}
    ids["head"] = official(idx, ids["water"], "葛晓峰", "财务股股长")
    official(idx, agency(idx, "绵竹市审计局"), "葛晓峰", "科员")   # a namesake at another bureau
    cid = ids["company"] = make_id("company", COMPANY)
    idx.add_company(cid, {"key": COMPANY, "name": COMPANY, "region": "绵竹市"})
    rep = ids["rep"] = make_id("person", "龚振华", cid)
    idx.add_person(rep, {"name": "龚振华", "context": cid}, "Person")
    idx.learn(rep, org=cid, role="LEGAL_REP_OF")
    return idx, ids


def test_a_registers_person_is_placed_by_the_unit_beside_it_and_a_cells_company_holds_its_names() -> None:
    idx, ids = _index()
    rec = extract_text(REGISTER)
    res = Resolver(index=idx).resolve(rec, REGISTER, doc_key="doc:reg1")
    node = {rec["entities"][i]["text"]: n for i, n in res.entity_nodes.items()}
    assert node["葛晓峰"] == ids["head"]                 # not the 审计局 namesake, not a new node
    assert node["恒瑞建筑"] == ids["company"]             # the short form is the stored company
    assert node["龚振华"] == ids["rep"]
    assert not node["葛明轩"].startswith("official:")   # the company's shareholder, no official of the 水务局


def test_a_company_role_in_a_cell_beside_a_post_makes_no_official_of_the_posts_unit() -> None:
    """涉及企业 / 关系人 cells written 企业；弟X（股东） or 企业；法定代表人X: X holds a company's role, and the
    bureau written in the cell before (单位及职务) is not X's unit."""
    idx, ids = _index()
    register = (
        "绵竹市纪委监委问题线索登记台账\n\n"
        "| 序号 | 反映对象 | 单位及职务 | 涉及企业 / 关系人 | 承办人 |\n"
        "|---|---|---|---|---|\n"
        "| 1 | 葛晓峰 | 市水务局财务股股长 | 恒瑞建筑；弟葛明轩（股东） | 柏文涛 |\n"
        "| 2 | 葛晓峰 | 市水务局财务股股长 | 恒瑞建筑；法定代表人龚振华 | 柏文涛 |\n"
    )
    rec = extract_text(register)
    names = [e["text"] for e in rec["entities"] if e["label"] == "PERSON"]
    assert "葛明轩" in names and "龚振华" in names
    res = Resolver(index=idx).resolve(rec, register, doc_key="doc:reg2")
    node = {rec["entities"][i]["text"]: n for i, n in res.entity_nodes.items()}
    assert node["葛晓峰"] == ids["head"]
    assert not node["葛明轩"].startswith("official:") and not node["龚振华"].startswith("official:")


def test_a_registers_kin_cell_its_company_cell_and_its_own_staff_column() -> None:
    """| 葛晓峰 | 市水务局财务股股长 | 恒瑞建筑；妻葛丽华 | 柏文涛 |: the kin word in the cell ties 葛丽华 to the
    row's person (the stored wife is that relative); a cell opening with the company's brand and trade
    places the legal representative named after it in the cell; the register's 承办人 is the writer's staff."""
    idx, ids = _index()
    wife = make_id("person", "葛丽华", "葛晓峰之亲属")
    idx.add_person(wife, {"name": "葛丽华", "context": "葛晓峰之亲属"}, "Person")
    idx.learn(ids["head"], relatives=["葛丽华"], relation="spouse")
    idx.learn(wife, relatives=["葛晓峰"], relation="spouse")
    other = make_id("person", "葛丽华", "另一人")   # a namesake: the name alone tells them not apart
    idx.add_person(other, {"name": "葛丽华", "context": "另一人"}, "Person")
    staff = official(idx, ids["writer"], "柏文涛", "干部")
    official(idx, ids["finance"], "柏文涛", "科员")                  # namesakes: only the place tells
    other_rep = make_id("person", "龚振华", "另一公司")
    idx.add_person(other_rep, {"name": "龚振华", "context": "另一公司"}, "Person")
    register = (
        "绵竹市纪委监委问题线索登记台账\n\n"
        "| 序号 | 反映对象 | 单位及职务 | 涉及企业 / 关系人 | 承办人 |\n"
        "|---|---|---|---|---|\n"
        "| 1 | 葛晓峰 | 市水务局财务股股长 | 恒瑞建筑；妻葛丽华 | 柏文涛 |\n"
        "| 2 | 邬建林 | 市水务局副局长 | 恒瑞建筑；法定代表人龚振华 | 柏文涛 |\n"
    )
    rec = extract_text(register)
    companies = [e["text"] for e in rec["entities"] if e["label"] == "COMPANY"]
    assert companies.count("恒瑞建筑") == 2
    res = Resolver(index=idx).resolve(rec, register, doc_key="doc:reg3")
    node = {rec["entities"][i]["text"]: n for i, n in res.entity_nodes.items()}
    assert node["葛丽华"] == wife
    assert node["龚振华"] == ids["rep"]
    assert node["柏文涛"] == staff


def test_a_company_role_in_a_row_whose_one_company_is_in_another_cell() -> None:
    """| 2026-09-05 | 市水务局管网工程；恒瑞建筑公司 | 葛晓峰（股长）；龚振华（法定代表人） |: the row's one company
    is where the legal representative is; a row naming two companies places no one so."""
    idx, ids = _index()
    other_rep = make_id("person", "龚振华", "另一公司")
    idx.add_person(other_rep, {"name": "龚振华", "context": "另一公司"}, "Person")
    register = ("绵竹市财政局问题线索台账\n\n| 序号 | 日期 | 涉及项目及企业 | 涉及人员 |\n|---|---|---|---|\n"
                f"| 1 | 2026-09-05 | 市水务局管网工程；{COMPANY} | 葛晓峰（财务股股长）；龚振华（法定代表人） |\n")
    rec = extract_text(register)
    res = Resolver(index=idx).resolve(rec, register, doc_key="doc:reg4")
    node = {rec["entities"][i]["text"]: n for i, n in res.entity_nodes.items()}
    assert node["龚振华"] == ids["rep"]
