"""People named again in the letters of one matter (ingest/matters.py, supervision.grouping.matter_pairs).

The rule as a pure function on invented nodes, which letters count as one matter, and the whole path on
the embedded server: three invented letters read by the real extractor — a referral naming a complainant's
agent, the receipt that cites its number naming him bare, an unrelated letter naming a namesake bare —
give one node for the first two and keep the third apart, as a fourth letter of the matter that says its
邵明川 is another man; the join is a judgement that ``liandong resolve
split`` undoes for good."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from app.cli import cli
from graph.connection import Graph
from ingest.judgements import judgements_of
from ingest.matters import USER, Named, joins
from ingest.pipeline import ingest
from ingest.report import IngestReport
from supervision.acts import Citation, LetterAct
from supervision.grouping import matter_pairs

A, B, C = "doc:a", "doc:b", "doc:c"


def _n(doc: str, nid: str, name: str = "邵明川", *, placed: bool = False, protected: bool = False) -> Named:
    return Named(doc, nid, name, placed, protected)


def test_unplaced_namesakes_of_linked_letters_are_one_and_others_stay_apart() -> None:
    named = [_n(A, "p:a"), _n(B, "p:b"), _n(C, "p:c")]
    out = joins(named, {(A, B)})
    assert [(j.keep, j.drop) for j in out] == [("p:a", "p:b")]
    assert out[0].docs == (A, B)


def test_a_placed_namesake_takes_in_the_bare_ones() -> None:
    out = joins([_n(A, "p:z"), _n(B, "person:at-firm", placed=True), _n(C, "p:c")], {(A, B), (B, C)})
    assert sorted((j.keep, j.drop) for j in out) == [("person:at-firm", "p:c"), ("person:at-firm", "p:z")]


def test_two_placed_namesakes_in_one_matter_take_in_no_one() -> None:
    named = [_n(A, "p:a"), _n(B, "person:x", placed=True), _n(C, "person:y", placed=True)]
    assert joins(named, {(A, B), (A, C)}) == []


def test_a_stored_official_takes_in_the_bare_mentions_of_its_matter() -> None:
    # the referral names the official at the bureau (placed: stored); the outcome report names him bare
    named = [_n(A, "official:rec", placed=True), _n(B, "p:b"), _n(C, "p:c")]
    assert sorted((j.keep, j.drop) for j in joins(named, {(A, B), (B, C)})) == [
        ("official:rec", "p:b"), ("official:rec", "p:c")]


def test_with_two_placed_namesakes_a_bare_mention_goes_to_the_nearer_along_the_letters_links() -> None:
    D = "doc:d"
    # a places one 邵明川 (official), d another (at a company); b answers a, c answers d, b and c cite each other
    named = [_n(A, "official:x", placed=True), _n(B, "p:b"), _n(C, "p:c"), _n(D, "person:y", placed=True)]
    out = joins(named, {(A, B), (B, C), (C, D)})
    assert sorted((j.keep, j.drop) for j in out) == [("official:x", "p:b"), ("person:y", "p:c")]


def test_a_bare_mention_as_near_to_two_placed_namesakes_is_left_alone() -> None:
    named = [_n(A, "official:x", placed=True), _n(B, "p:b"), _n(C, "person:y", placed=True)]
    assert joins(named, {(A, B), (B, C)}) == []


def test_a_complainants_bare_mentions_are_one_though_a_placed_namesake_cannot_take_them_in() -> None:
    named = [_n(A, "official:x", placed=True), _n(B, "p:1", protected=True), _n(C, "p:2", protected=True)]
    out = joins(named, {(A, B), (B, C), (A, C)})
    assert [(j.keep, j.drop) for j in out] == [("p:1", "p:2")]


def test_nodes_one_letter_names_apart_are_never_joined_even_through_a_third() -> None:
    named = [_n(A, "p:1"), _n(B, "p:2"), _n(B, "p:3"), _n(A, "p:3"), _n(C, "p:4")]
    # p:1 and p:3 are both in letter a: apart; p:2 and p:3 both in b: apart; p:4 links to all
    out = joins(named, {(A, C), (B, C)})
    kept = {j.keep for j in out}
    merged = [{j.keep, j.drop} for j in out]
    assert len(kept) <= 1
    assert all({"p:1", "p:3"} != m and {"p:2", "p:3"} != m for m in merged)
    into = {j.drop for j in out} | kept
    assert not {"p:1", "p:3"} <= into and not {"p:2", "p:3"} <= into


def test_a_split_keeps_apart_through_any_other_node() -> None:
    named = [_n(A, "p:2"), _n(B, "p:3"), _n(C, "p:1")]
    out = joins(named, {(A, B), (A, C), (B, C)}, negatives={frozenset(("p:2", "p:3"))})
    groups = {j.keep: set() for j in out}
    for j in out:
        groups[j.keep].add(j.drop)
    assert all(not {"p:2", "p:3"} <= {k} | d for k, d in groups.items())


def test_masked_names_and_what_masking_hides() -> None:
    assert joins([_n(A, "p:a", "王某"), _n(B, "p:b", "王某")], {(A, B)}) == []
    # a complainant (stored masked) takes in the bare mentions, but no placed person, and goes into no one
    out = joins([_n(A, "p:k", protected=True), _n(B, "p:b")], {(A, B)})
    assert [(j.keep, j.drop) for j in out] in ([("p:k", "p:b")], [])
    assert all(j.keep == "p:k" for j in out)
    assert joins([_n(A, "p:k", protected=True), _n(B, "person:f", placed=True)], {(A, B)}) == []


def _act(file: str, no: str | None = None, cites: tuple[str, ...] = (), projects: tuple[str, ...] = (),
         kind: str = "transfer") -> LetterAct:
    return LetterAct(file=file, sha256=file, kind=kind, doc_no=no, cites=tuple(Citation(c) for c in cites),
                     projects=projects)


def test_letters_of_one_matter_are_those_linked_directly() -> None:
    acts = [
        _act("a", "绵审移〔2026〕21号", projects=("名称:城西污水管网改造工程",)),
        _act("b", None, cites=("绵审移〔2026〕21号",), kind="receipt"),
        _act("c", "绵财函〔2026〕8号"),
        _act("d", None, cites=("绵审移〔2026〕21号", "绵财函〔2026〕8号"), kind="other"),   # a register of both
        _act("e", "绵纪协〔2026〕3号", projects=("名称:城西污水管网改造工程",), kind="assist_request"),
    ]
    pairs = matter_pairs(acts)
    assert (0, 1) in pairs and (0, 3) in pairs and (2, 3) in pairs
    assert (0, 4) in pairs                      # one project (an assistance letter too)
    assert (0, 2) not in pairs and (1, 2) not in pairs   # the register does not make its two matters one


def test_letters_citing_one_letter_are_of_its_matter_unless_they_cite_two_matters() -> None:
    acts = [
        _act("referral", "绵审移〔2026〕30号"),
        _act("receipt", None, cites=("绵审移〔2026〕30号",), kind="receipt"),
        _act("outcome", "绵财监〔2026〕61号", cites=("绵审移〔2026〕30号", "绵财罚〔2026〕2号"), kind="outcome_report"),
        _act("other", "绵财函〔2026〕9号"),
        _act("both", None, cites=("绵审移〔2026〕30号", "绵财函〔2026〕9号"), kind="outcome_report"),
    ]
    pairs = matter_pairs(acts)
    assert (1, 2) in pairs                                 # a receipt and an outcome report of one referral
    assert (1, 4) not in pairs and (2, 4) not in pairs     # a letter citing two matters is neither's sibling
    assert (0, 4) in pairs and (3, 4) in pairs             # (its direct links stay)


REFERRAL = """绵竹市审计局
关于移送城西污水管网改造工程采购问题线索的函
绵审移〔2026〕21号

中共绵竹市纪律检查委员会：
    我局在审计中发现，城西污水管网改造工程采购中，投诉人四川澜沧建设工程有限公司的委托代理人邵明川反映评审专家与中标人存在利害关系。现将问题线索移送你委。

    联系人：钟晓  电话：0838-6201234

绵竹市审计局
2026年9月3日
"""
RECEIPT = """中共绵竹市纪律检查委员会
回  执

绵竹市审计局：
    你局《关于移送城西污水管网改造工程采购问题线索的函》（绵审移〔2026〕21号）收悉。我委已登记办理，并于9月10日约谈了邵明川。

中共绵竹市纪律检查委员会
2026年9月11日
"""
OTHER = """绵竹市财政局
关于政府采购信息公开情况的通报
绵财函〔2026〕77号

各采购单位：
    近期，邵明川等人来电咨询采购意向公开事项。请各单位按规定及时公开采购意向。

绵竹市财政局
2026年10月9日
"""
OUTCOME = """中共绵竹市纪律检查委员会
关于有关问题线索办理情况的反馈
绵纪函〔2026〕35号

绵竹市审计局：
    你局绵审移〔2026〕21号函移送的线索，经核查，邵明川反映的评审专家利害关系问题部分属实，已督促采购人整改。

中共绵竹市纪律检查委员会
2026年9月18日
"""
NAMESAKE = """中共绵竹市纪律检查委员会
关于城西污水管网改造工程有关情况的说明
绵纪函〔2026〕40号

绵竹市审计局：
    关于你局绵审移〔2026〕21号函所涉事项，经核实，此邵明川系汉旺镇农民，并非四川澜沧建设工程有限公司的委托代理人。特此说明。

中共绵竹市纪律检查委员会
2026年9月20日
"""


def _node_of(graph: Graph, file: str, name: str) -> str:
    rows = graph.read("MATCH (d:Document)-[m:MENTIONS]->(p) WHERE d.path ENDS WITH $f AND m.text = $n "
                      "RETURN DISTINCT coalesce(p.merged_into, p.id) AS id", {"f": file, "n": name})
    assert len(rows) == 1, rows
    return str(rows[0]["id"])


def test_one_matters_letters_name_one_stranger_and_a_split_holds(empty_graph: Graph, tmp_path: Path) -> None:
    first = tmp_path / "first"
    first.mkdir()
    for name, text in (("a_referral.txt", REFERRAL), ("b_receipt.txt", RECEIPT), ("c_notice.txt", OTHER)):
        (first / name).write_text(text, encoding="utf-8")
    report = ingest(empty_graph, [first], progress=False)
    assert report.matter_joins == 1
    a, b, c = (_node_of(empty_graph, f, "邵明川") for f in ("a_referral.txt", "b_receipt.txt", "c_notice.txt"))
    assert a == b != c
    js = [j for j in judgements_of(empty_graph, a) if j.user == USER and j.judgement == "positive"]
    assert len(js) == 1 and "a_referral.txt" in js[0].reason and "b_receipt.txt" in js[0].reason
    # undone by an investigator: the two are apart, and the pass after a later letter of the matter does not
    # join them again
    res = CliRunner().invoke(cli, ["resolve", "split", js[0].id, "--user", "li", "--reason", "two men"],
                             catch_exceptions=False)
    assert res.exit_code == 0, res.output
    _ingest_one(empty_graph, tmp_path / "outcome", "e_outcome.txt", OUTCOME)
    assert _node_of(empty_graph, "a_referral.txt", "邵明川") != _node_of(empty_graph, "b_receipt.txt", "邵明川")
    # a later letter of the matter that says its 邵明川 is another man is never joined
    assert _ingest_one(empty_graph, tmp_path / "later", "d_namesake.txt", NAMESAKE).matter_joins == 0
    assert _node_of(empty_graph, "d_namesake.txt", "邵明川") not in (a, b, c)


def _ingest_one(graph: Graph, folder: Path, name: str, text: str) -> IngestReport:
    folder.mkdir()
    (folder / name).write_text(text, encoding="utf-8")
    return ingest(graph, [folder], progress=False)


def test_a_matter_whose_letter_states_two_people_of_the_name_joins_none_of_its_bare_mentions() -> None:
    named = [_n(A, "p:a"), _n(B, "p:b"), _n(C, "p:c")]
    # letter c said its 邵明川 is another man (its node carries not_at; the letter is the warning)
    assert joins(named, {(A, B), (B, C)}, warned={"邵明川": {C}}) == []
    assert [(j.keep, j.drop) for j in joins(named, {(A, B)}, warned={"邵明川": {"doc:elsewhere"}})] == [("p:a", "p:b")]


def test_one_project_however_its_name_is_written_makes_letters_of_one_matter() -> None:
    """A transfer quotes the project (“X（三期）施工”项目), an interview names it in a question (问：X三期项目，…),
    minutes write it in running text (关于X（三期）施工项目。): one project, one matter; 该项目 and a clause
    about a person (水利局的赵丽萍在该项目中) name none."""
    from ingest.letters import read_letter
    texts = {
        "a": "绵竹市公共资源交易中心\n转办函\n\n市住建局：\n“绵竹市汉旺镇农贸市场改造（二期）施工”项目开标时发现异常，现将线索转你局办理。\n",
        "b": "询问笔录\n\n问：汉旺镇农贸市场改造二期项目，你们公司的保证金是谁交的？\n答：公司财务交的。\n",
        "c": "会议纪要\n\n一、关于汉旺镇农贸市场改造（二期）施工项目。会议议定由住建局牵头核查。\n",
        "d": "绵竹市财政局\n关于有关问题的函\n\n市纪委监委：\n经查，水利局的赵丽萍在该项目中未回避。\n",
    }
    acts = [read_letter(t, file=f"{k}.txt", sha256=k) for k, t in texts.items()]
    assert [[p for p in a.projects if p.startswith("名称:")] for a in acts] == [
        ["名称:绵竹市汉旺镇农贸市场改造二期"], ["名称:汉旺镇农贸市场改造二期"], ["名称:汉旺镇农贸市场改造二期"], []]
    assert matter_pairs(acts) == {(0, 1), (0, 2), (1, 2)}


def test_a_registers_project_column_names_each_rows_project() -> None:
    """A clue register's column of projects (涉及项目/单位) names the project of each row; an item that is a
    company or a pointer to another row (同第2号) names none."""
    from ingest.letters import read_letter
    register = ("绵竹市财政局问题线索登记台账\n\n"
                "| 序号 | 登记日期 | 涉及项目/单位 | 反映对象 | 办理状态 |\n|---|---|---|---|---|\n"
                "| 1 | 2026-10-08 | 市水务局汉旺镇供水管网改造（三期）；金川建设公司 | 邵明川（项目经理） | 核实中 |\n"
                "| 2 | 2026-10-30 | 同第1号 | 邵明川 | 并入第1号 |\n")
    transfer = "绵竹市审计局\n移送函\n\n市纪委监委：\n“汉旺镇供水管网改造（三期）工程”项目审计中发现，项目经理邵明川…\n"
    acts = [read_letter(register, file="r.txt", sha256="r"), read_letter(transfer, file="t.txt", sha256="t")]
    assert [p for p in acts[0].projects if p.startswith("名称:")] == ["名称:市水务局汉旺镇供水管网改造三期"]
    assert matter_pairs(acts) == {(0, 1)}


def test_a_name_the_graph_holds_twice_placed_takes_in_no_one_but_its_bare_ones_are_one() -> None:
    named = [_n(A, "p:a"), _n(B, "official:rec", placed=True), _n(C, "p:c")]
    assert [(j.keep, j.drop) for j in joins(named, {(A, B), (B, C)}, namesakes={"邵明川"})] == []
    assert [(j.keep, j.drop) for j in joins(named, {(A, B), (B, C), (A, C)}, namesakes={"邵明川"})] == [
        ("p:a", "p:c")]
