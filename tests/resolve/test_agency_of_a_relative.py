"""A post and name after an earlier official's kin word (住建局主任孙红杰的配偶王娜系X公司股东): the
agency named before the official's post is the official's, not the relative's — the relative is
not keyed as an official of that agency (bench seed 61: the spouse was taken for that agency's
namesake official). Without the kin word the agency before a post and name is still the person's.
Invented agency, company and persons; an in-memory index; hand-written letters."""

from __future__ import annotations

from graph.ids import make_id
from ingest.resolve import KnownIndex
from tests.resolve.letter_kit import ISSUER, agency, official, post_at, resolve_letter

BUREAU = "绵竹市住房和城乡建设局"
FIRM = "绵竹宏岭会计服务有限公司"


def _world() -> tuple[KnownIndex, dict[str, str]]:
    idx = KnownIndex()
    agency(idx, ISSUER)
    bureau = agency(idx, BUREAU)
    ids = {"bureau": bureau,
           "husband": official(idx, bureau, "孙红杰", "主任"),
           "namesake": official(idx, bureau, "王娜", "副局长"),
           "firm": make_id("company", FIRM)}
    idx.add_company(ids["firm"], {"key": FIRM, "name": FIRM, "region": "绵竹市", "credit_code": None})
    ids["wife"] = make_id("person", "王娜", "wife")
    idx.add_person(ids["wife"], {"name": "王娜", "context": "孙红杰之亲属"}, "Person")
    idx.learn(ids["wife"], org=ids["firm"], role="SHAREHOLDER_OF", relatives=["孙红杰"])
    idx.learn(ids["husband"], relatives=["王娜"])
    return idx, ids


def test_the_spouse_after_the_officials_kin_word_is_not_that_agencys_official() -> None:
    idx, ids = _world()
    res = resolve_letter(idx, f"{BUREAU}主任孙红杰的配偶王娜系{FIRM}股东。",
                         ("AGENCY", BUREAU), ("POSITION", "主任"), ("PERSON", "孙红杰"),
                         ("PERSON", "王娜"), ("COMPANY", FIRM), ("POSITION", "股东"),
                         doc_key="doc:k1", relations=[post_at(3, 2, 1), post_at(4, 6)])
    assert res.entity_nodes[3] == ids["husband"]
    assert res.entity_nodes[4] != ids["namesake"]
    assert res.entity_nodes[4] == ids["wife"]


def test_without_a_kin_word_the_agency_before_the_post_is_the_persons() -> None:
    idx, ids = _world()
    res = resolve_letter(idx, "经查，住房和城乡建设局副局长王娜参与评审。",
                         ("POSITION", "副局长"), ("PERSON", "王娜"),
                         doc_key="doc:k2", relations=[post_at(2, 1)])
    assert res.entity_nodes[2] == ids["namesake"]
