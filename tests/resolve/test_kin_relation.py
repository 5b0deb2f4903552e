"""The kin word a letter writes is compared with the stored tie's relation (graph/schema.yaml
FAMILY.relation: what the relative is to the person): agreeing (其妻 for a stored spouse) → ``kin``
as before; a clear contradiction (其妹 for a stored spouse, X之子Y where Y is stored as X's parent)
→ no kin evidence and no relative evidence for that name, never a merge on it; a vague word (亲属,
亲戚) or a stored ``other`` → the weaker ``kin_vague``. Pure: an in-memory index whose typed ties are
what a FAMILY row gives (``KnownIndex.learn(..., relation=…)``), hand-written letters; the last test
reads the relation from a real graph (the demo county's FAMILY rows)."""

from __future__ import annotations

import pytest

from graph.connection import Graph
from graph.demo import load_demo
from graph.ids import make_id
from graph.types.kin import relation_of
from ingest.kinship import agreement, stated_kin
from ingest.resolve import KnownIndex, Resolution
from tests.resolve.letter_kit import ISSUER, agency, official, post_at, resolve_letter

FINANCE = "绵竹市财政局"
ROADS = "绵竹市交通运输局"


def _tie(idx: KnownIndex, official: str, official_name: str, name: str, relation: str) -> str:
    """A stored relative of ``official`` (a FAMILY row official → relative: ``relation`` is what the
    relative is to the official); the relative's own side reads it turned round."""
    pid = make_id("person", name, f"{official_name}之亲属")
    idx.add_person(pid, {"name": name, "context": f"{official_name}之亲属"}, "Person")
    idx.learn(official, relatives=[name], relation=relation)
    turned = {"child": "parent", "parent": "child"}.get(relation, relation)
    idx.learn(pid, relatives=[official_name], relation=turned)
    return pid


def _world(relation: str) -> tuple[KnownIndex, str, str]:
    """绵竹市财政局股长赵文斌 and 刘晓梅, stored as his ``relation``."""
    idx = KnownIndex()
    agency(idx, ISSUER)
    zhao = official(idx, agency(idx, FINANCE), "赵文斌")
    liu = _tie(idx, zhao, "赵文斌", "刘晓梅", relation)
    return idx, zhao, liu


ZHAO_THEN = "绵竹市财政局股长赵文斌，男，1971年出生，2015年起任现职。其{kin}刘晓梅系该项目实际施工人。"


def _qi(idx: KnownIndex, kin: str, doc_key: str) -> Resolution:
    return resolve_letter(idx, ZHAO_THEN.format(kin=kin), ("AGENCY", FINANCE), ("POSITION", "股长"),
                          ("PERSON", "赵文斌"), ("PERSON", "刘晓梅"), doc_key=doc_key, relations=[post_at(3, 2, 1)])


@pytest.mark.parametrize(("stored", "kin"), [("spouse", "妻"), ("spouse", "配偶"), ("sibling", "妹"),
                                             ("child", "女"), ("in_law", "儿媳")])
def test_a_kin_word_that_agrees_with_the_stored_tie_merges(stored: str, kin: str) -> None:
    idx, _, liu = _world(stored)
    res = _qi(idx, kin, f"doc:a-{stored}-{kin}")
    node = res.nodes[res.entity_nodes[4]]
    assert node.id == liu and not node.new
    assert "kin 0.80" in (node.reason or "")


@pytest.mark.parametrize(("stored", "kin"), [("spouse", "妹"), ("sibling", "妻"), ("spouse", "女"),
                                             ("child", "配偶"), ("parent", "女")])
def test_a_kin_word_that_contradicts_the_stored_tie_is_no_evidence(stored: str, kin: str) -> None:
    idx, _, liu = _world(stored)
    res = _qi(idx, kin, f"doc:c-{stored}-{kin}")
    node = res.nodes[res.entity_nodes[4]]
    assert node.new and node.id != liu
    assert all("kin" not in c.evidence and "kin_vague" not in c.evidence and "relative" not in c.evidence
               for c in res.candidates)


@pytest.mark.parametrize("kin", ["亲属", "亲戚"])
def test_a_vague_kin_word_is_weaker_evidence_offered_not_merged(kin: str) -> None:
    idx, _, liu = _world("spouse")
    res = _qi(idx, kin, f"doc:v-{kin}")
    node = res.nodes[res.entity_nodes[4]]
    assert node.new and node.id != liu
    offered = [c for c in res.candidates if c.start == node.id and c.end == liu]
    assert offered and offered[0].evidence == ("kin_vague",)
    assert 0.50 <= offered[0].score < 0.80


def test_a_stored_tie_of_no_precise_relation_is_vague_evidence() -> None:
    idx, _, liu = _world("other")
    res = _qi(idx, "弟", "doc:v-other")
    node = res.nodes[res.entity_nodes[4]]
    assert node.new
    assert any(c.end == liu and c.evidence == ("kin_vague",) for c in res.candidates)


def test_the_direction_of_zhi_zi_is_compared() -> None:
    """X之子Y: Y is X's child — for a Y stored as X's *parent*, a contradiction; X之父Y agrees."""
    idx = KnownIndex()
    agency(idx, ISSUER)
    zhao = official(idx, agency(idx, FINANCE), "赵文斌")
    father = _tie(idx, zhao, "赵文斌", "赵立新", "parent")
    for word, merged in (("之子", False), ("之父", True)):
        res = resolve_letter(idx, f"经查，赵文斌（绵竹市财政局股长）{word}赵立新实际控制该公司。",
                             ("PERSON", "赵文斌"), ("AGENCY", FINANCE), ("POSITION", "股长"), ("PERSON", "赵立新"),
                             doc_key=f"doc:d{word}", relations=[post_at(1, 3, 2)])
        assert (res.entity_nodes[4] == father) is merged, word


@pytest.mark.parametrize(("written", "merged"), [("刘晓梅（赵文斌之妻）", True), ("刘晓梅（赵文斌之妹）", False),
                                                 ("赵文斌的妹妹刘晓梅", False), ("赵文斌的妻子刘晓梅", True)])
def test_the_tie_stated_beside_the_mention_is_compared_too(written: str, merged: bool) -> None:
    idx, zhao, liu = _world("spouse")
    res = resolve_letter(idx, f"据反映，{written}多次参与该项目投标。",
                         *[("PERSON", n) for n in sorted(("赵文斌", "刘晓梅"), key=written.index)],
                         doc_key=f"doc:w{written}")
    liu_at = 1 if written.startswith("刘") else 2
    assert (res.entity_nodes[liu_at] == liu) is merged


def test_the_person_named_before_is_told_apart_by_the_relation_too() -> None:
    """Two stored 赵文斌: the finance one's spouse is 刘晓梅, the roads one's sister is 刘晓梅.
    其妹刘晓梅 after a bare 赵文斌 is the roads official, whose sister she is."""
    idx = KnownIndex()
    agency(idx, ISSUER)
    finance = official(idx, agency(idx, FINANCE), "赵文斌")
    roads = official(idx, agency(idx, ROADS), "赵文斌", "科长")
    _tie(idx, finance, "赵文斌", "刘晓梅", "spouse")
    sister = make_id("person", "刘晓梅", "赵文斌之妹")
    idx.add_person(sister, {"name": "刘晓梅", "context": "赵文斌之妹"}, "Person")
    idx.learn(roads, relatives=["刘晓梅"], relation="sibling")
    idx.learn(sister, relatives=["赵文斌"], relation="sibling")
    res = resolve_letter(idx, "经询问，赵文斌称其对该项目的招标过程并不知情。其妹刘晓梅于2023年承接了该项目。",
                         ("PERSON", "赵文斌"), ("PERSON", "刘晓梅"), doc_key="doc:t2")
    assert res.entity_nodes[1] == roads
    assert res.entity_nodes[2] == sister


@pytest.mark.parametrize(("word", "relation"), [("配偶", "spouse"), ("妻", "spouse"), ("弟", "sibling"),
                                                ("之子", "child"), ("母亲", "parent"), ("岳父", "in_law"),
                                                ("亲戚", "other"), ("亲属", "other"), ("侄子", "other")])
def test_kin_words_and_their_relation(word: str, relation: str) -> None:
    assert relation_of(word) == relation


@pytest.mark.parametrize(("window", "own", "relative", "said"), [
    ("刘晓梅（赵文斌之配偶）", "刘晓梅", "赵文斌", {"spouse"}),
    ("赵文斌之子赵立新系", "赵立新", "赵文斌", {"parent"}),
    ("赵文斌之子赵立新系", "赵文斌", "赵立新", {"child"}),
    ("赵立新之父赵文斌", "赵立新", "赵文斌", {"parent"}),
    ("赵文斌、刘晓梅夫妻二人", "刘晓梅", "赵文斌", {"spouse"}),
    ("赵文斌，女，1975年出生，刘晓梅", "刘晓梅", "赵文斌", set()),
    ("示例电子科技有限公司赵文斌", "刘晓梅", "赵文斌", set()),
])
def test_the_relation_stated_beside_a_name(window: str, own: str, relative: str, said: set[str]) -> None:
    assert stated_kin(window, own, relative) == said


@pytest.mark.parametrize(("letter", "stored", "verdict"), [
    ({"spouse"}, {"spouse"}, "agree"), ({"sibling"}, {"spouse"}, "contradict"), ({"other"}, {"spouse"}, "vague"),
    ({"sibling"}, {"other"}, "vague"), ({"sibling"}, {"associate"}, "vague"), ({"sibling"}, {""}, "agree"),
    ({"child", "parent"}, {"parent"}, "agree"), ({"sibling"}, {"spouse", "sibling"}, "agree"),
])
def test_agreement(letter: set[str], stored: set[str], verdict: str) -> None:
    assert agreement(letter, stored) == verdict


def test_the_relation_is_read_from_the_graph_both_ways(empty_graph: Graph) -> None:
    """The demo county's FAMILY rows (official → spouse, official → child): the official reads the
    spouse as spouse and a child as child; the spouse reads the official as spouse, the child reads
    the official as parent."""
    load_demo(empty_graph)
    idx = KnownIndex.load(empty_graph)
    xu = next(i for i in idx.person_by_name["许子晓"] if i.startswith("official:"))
    qin = next(iter(idx.person_by_name["覃英桂"]))
    assert idx.context(xu).kin.get("覃英桂") == {"spouse"}
    assert idx.context(qin).kin.get("许子晓") == {"spouse"}
    officials = [i for i in idx.persons if i.startswith("official:")]
    idx.load_contexts(officials)
    with_child = [(o, n) for o in officials for n, codes in idx.context(o).kin.items() if codes == {"child"}]
    assert with_child, "the demo county has officials with a child"
    official, child_name = with_child[0]
    official_name = str(idx.persons[official]["name"])
    children = [p for p in idx.person_by_name[child_name] if official_name in idx.context(p).kin]
    assert children and idx.context(children[0]).kin[official_name] == {"parent"}
