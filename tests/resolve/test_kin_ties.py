"""A family tie a letter states by a kin word pointing back to a person named just before —
其弟陈志刚 (其 = the person named before), 陈志强（…）之弟陈志刚, 王建军的配偶李秀英 — is relative
evidence (``kin`` in ingest/matching.py) for matching the tied name to a stored person whose
relative has the other's name, in both directions, however far back the other is named in the
sentence or the one before. A namesake whose relative is someone else is not merged; two stored
namesakes are told apart by whose relative the letter names. Pure: an in-memory index (the
relatives learnt by the index itself), hand-written letters and extractions."""

from __future__ import annotations

from graph.ids import make_id
from ingest.resolve import KnownIndex
from tests.resolve.letter_kit import ISSUER, agency, official, post_at, resolve_letter

FINANCE = "绵竹市财政局"
WATER = "绵竹市水利局"

def _relative(idx: KnownIndex, name: str, of: str, of_name: str) -> str:
    """A stored person known only as ``of``'s relative (a register row's FAMILY line): the two
    know each other's names."""
    pid = make_id("person", name, f"{of_name}之亲属")
    idx.add_person(pid, {"name": name, "context": f"{of_name}之亲属"}, "Person")
    idx.learn(pid, relatives=[of_name])
    idx.learn(of, relatives=[name])
    return pid


def _world() -> tuple[KnownIndex, dict[str, str]]:
    """绵竹市财政局股长陈志强 and his brother 陈志刚; 绵竹市水利局科长王建军 and his brother, another
    陈志刚 (two namesakes, each some official's relative)."""
    idx = KnownIndex()
    agency(idx, ISSUER)
    chen = official(idx, agency(idx, FINANCE), "陈志强")
    wang = official(idx, agency(idx, WATER), "王建军", "科长")
    ids = {"陈志强": chen, "王建军": wang,
           "陈志刚/陈": _relative(idx, "陈志刚", chen, "陈志强"),
           "陈志刚/王": _relative(idx, "陈志刚", wang, "王建军")}
    return idx, ids


def test_qi_di_far_from_the_brother_named_before_is_the_stored_brother() -> None:
    idx, ids = _world()
    res = resolve_letter(idx, "绵竹市财政局股长陈志强，男，1975年出生，2016年起任现职。其弟陈志刚系该项目实际施工人。",
                   ("AGENCY", FINANCE), ("POSITION", "股长"), ("PERSON", "陈志强"), ("PERSON", "陈志刚"),
                   doc_key="doc:k1", relations=[post_at(3, 2, 1)])
    assert res.entity_nodes[3] == ids["陈志强"]
    brother = res.nodes[res.entity_nodes[4]]
    assert brother.id == ids["陈志刚/陈"] and not brother.new
    assert "kin 0.80" in (brother.reason or "")


def test_zhi_di_after_a_parenthesis_is_the_stored_brother() -> None:
    idx, ids = _world()
    res = resolve_letter(idx, "经查，陈志强（绵竹市财政局政府采购股股长）之弟陈志刚实际控制该公司。",
                   ("PERSON", "陈志强"), ("AGENCY", FINANCE), ("POSITION", "政府采购股股长"), ("PERSON", "陈志刚"),
                   doc_key="doc:k2", relations=[post_at(1, 3, 2)])
    assert res.entity_nodes[4] == ids["陈志刚/陈"]


def test_the_nearest_person_before_qi_picks_between_two_namesakes() -> None:
    idx, ids = _world()
    body = ("绵竹市财政局股长陈志强、绵竹市水利局科长王建军均参与了该项目的评审工作。"
            "其中王建军在该项目评审前未按规定申报回避，其弟陈志刚系中标单位的实际施工人。")
    res = resolve_letter(idx, body, ("AGENCY", FINANCE), ("POSITION", "股长"), ("PERSON", "陈志强"),
                   ("AGENCY", WATER), ("POSITION", "科长"), ("PERSON", "王建军"), ("PERSON", "王建军"),
                   ("PERSON", "陈志刚"), doc_key="doc:k3", relations=[post_at(3, 2, 1), post_at(6, 5, 4)])
    assert res.entity_nodes[6] == res.entity_nodes[7] == ids["王建军"]
    assert res.entity_nodes[8] == ids["陈志刚/王"]


def test_a_namesake_whose_relative_is_someone_else_is_not_merged() -> None:
    idx = KnownIndex()
    agency(idx, ISSUER)
    chen = official(idx, agency(idx, FINANCE), "陈志强")
    brother = _relative(idx, "陈志刚", chen, "陈志强")
    agency(idx, WATER)
    res = resolve_letter(idx, "绵竹市水利局科长王建军，男，1975年出生，2016年起任现职。其弟陈志刚系该项目实际施工人。",
                   ("AGENCY", WATER), ("POSITION", "科长"), ("PERSON", "王建军"), ("PERSON", "陈志刚"),
                   doc_key="doc:k4", relations=[post_at(3, 2, 1)])
    node = res.nodes[res.entity_nodes[4]]
    assert node.new and node.id != brother
    assert all("kin" not in c.evidence for c in res.candidates)


def test_a_masked_person_before_qi_ties_to_no_one() -> None:
    idx, ids = _world()
    res = resolve_letter(idx, "经查，王某系该公司员工，2019年入职。其弟陈志刚系该项目实际施工人。",
                   ("PERSON", "王某"), ("PERSON", "陈志刚"), doc_key="doc:k5")
    node = res.nodes[res.entity_nodes[2]]
    assert node.new and node.id not in (ids["陈志刚/陈"], ids["陈志刚/王"])


def test_the_tie_is_evidence_for_the_person_named_before_as_well() -> None:
    idx = KnownIndex()
    agency(idx, ISSUER)
    first = official(idx, agency(idx, FINANCE), "陈志强")
    second = official(idx, agency(idx, WATER), "陈志强", "科长")   # a namesake: the name alone cannot decide
    _relative(idx, "陈志刚", first, "陈志强")
    res = resolve_letter(idx, "经询问，陈志强称其对该项目的招标过程并不知情。其弟陈志刚于2023年承接了该项目。",
                   ("PERSON", "陈志强"), ("PERSON", "陈志刚"), doc_key="doc:k6")
    assert res.entity_nodes[1] == first and res.entity_nodes[1] != second


def test_not_a_kin_word_no_tie() -> None:
    idx, ids = _world()
    res = resolve_letter(idx, "绵竹市财政局股长陈志强，男，1975年出生，2016年起任现职。其中陈志刚系该项目实际施工人。",
                   ("AGENCY", FINANCE), ("POSITION", "股长"), ("PERSON", "陈志强"), ("PERSON", "陈志刚"),
                   doc_key="doc:k7", relations=[post_at(3, 2, 1)])
    node = res.nodes[res.entity_nodes[4]]
    assert node.new and node.id not in (ids["陈志刚/陈"], ids["陈志刚/王"])


def test_traditional_characters() -> None:
    idx, ids = _world()
    res = resolve_letter(idx, "綿竹市財政局股長陳志強，男，1975年出生，2016年起任現職。其弟陳志剛係該項目實際施工人。",
                   ("AGENCY", "綿竹市財政局"), ("POSITION", "股長"), ("PERSON", "陳志強"), ("PERSON", "陳志剛"),
                   doc_key="doc:k8", relations=[post_at(3, 2, 1)])
    assert res.entity_nodes[4] == ids["陈志刚/陈"]


def test_a_person_two_sentences_back_is_not_the_antecedent() -> None:
    idx, ids = _world()
    body = ("绵竹市财政局股长陈志强参与了评审。该项目于2023年5月开标，共有三家单位投标。"
            "其弟陈志刚系中标单位的实际施工人。")
    res = resolve_letter(idx, body, ("AGENCY", FINANCE), ("POSITION", "股长"), ("PERSON", "陈志强"), ("PERSON", "陈志刚"),
                   doc_key="doc:k9", relations=[post_at(3, 2, 1)])
    node = res.nodes[res.entity_nodes[4]]
    assert node.id != ids["陈志刚/陈"]
