"""One rule for who is protected (graph/protected.py): a Person stored ``masked: true`` or who
``COMPLAINED``. The pages (app.services.access) and ingestion (ingest.resolve) read the same
answer. Hand-written graph: an informant stored masked (with a phone and a node merged into it
under an older name), a complainant stored unmasked, and an ordinary namesake of the complainant."""

from __future__ import annotations

import pytest

from app.services.access import build_policy
from graph.connection import Graph
from graph.protected import protected_identities, protected_person_ids
from ingest.matching import DocView
from ingest.resolve import KnownIndex, Resolver, simplified

pytestmark = pytest.mark.contract

INFORMANT = "person:t-informant"      # 林秀珍, masked: true
COMPLAINANT = "person:t-complainant"  # 郭建平, lodged complaint:t-1
NAMESAKE = "person:t-namesake"        # 郭建平 at a company: not protected
OLD_NAME = "person:t-old"             # 林秀贞, merged into the informant

WORLD = [
    "CREATE (:Person {id: 'person:t-informant', name: '林秀珍', masked: true})",
    "MATCH (p:Person {id: 'person:t-informant'}) "
    "CREATE (p)-[:HAS_PHONE]->(:Phone {id: 'phone:t-1', number: '13808123456'})",
    "CREATE (:Person {id: 'person:t-old', name: '林秀贞', merged_into: 'person:t-informant'})",
    "CREATE (:Person {id: 'person:t-complainant', name: '郭建平'})-[:COMPLAINED]->(:Complaint {id: 'complaint:t-1'})",
    "CREATE (:Person {id: 'person:t-namesake', name: '郭建平', context: 'company:t-x'})",
]


@pytest.fixture(scope="module")
def world(graph: Graph) -> Graph:
    graph.write("MATCH (n) DETACH DELETE n")
    for statement in WORLD:
        graph.write(statement)
    return graph


def test_protected_are_the_masked_and_the_complainants(world: Graph) -> None:
    assert protected_person_ids(world) == {INFORMANT, COMPLAINANT}


def test_what_identifies_them(world: Graph) -> None:
    idents = protected_identities(world)
    assert set(idents) == {INFORMANT, COMPLAINANT}
    informant = idents[INFORMANT]
    assert informant.names == ("林秀珍", "林秀贞")          # its name, then the name merged into it
    assert informant.phones == ("13808123456",)
    assert set(informant.node_ids) == {INFORMANT, "phone:t-1"}
    assert idents[COMPLAINANT].names == ("郭建平",)


def test_pages_and_ingestion_read_the_same_set(world: Graph) -> None:
    policy = build_policy(world)
    assert {INFORMANT, COMPLAINANT, "phone:t-1"} <= policy.masked
    assert NAMESAKE not in policy.masked
    assert KnownIndex.load(world).protected == {INFORMANT, COMPLAINANT}


def test_a_letter_introducing_the_complainant_links_to_him_not_to_the_namesake(world: Graph) -> None:
    r = Resolver(index=KnownIndex.load(world))
    node, _ = r.person("郭建平", None, "doc:t1", doc=DocView.of(simplified("举报人郭建平反映：")), before="举报人")
    assert node.id == COMPLAINANT and not node.new


def test_a_mention_that_may_be_the_informant_is_stored_masked(world: Graph) -> None:
    r = Resolver(index=KnownIndex.load(world))
    node, offered = r.person("林秀珍", None, "doc:t2", doc=DocView.of(simplified("林秀珍到我局了解情况。")))
    assert node.new and node.id != INFORMANT
    assert node.props["masked"] is True
    assert [c.end for c in offered] == [INFORMANT]
