"""Issue 12 rows 2 and 3: a protected identity stays protected when letters name it again.

An informant is loaded from a persons table as masked (name, identity number, phone, address —
the real loader), then four real letters are ingested with the real extractor into the embedded
server: one names 举报人李建明 with his phone, one with his identity number, one as 举报人 only,
one introduces a new complainant 投诉人赵小红 with her phone. The informant must stay ONE masked
node that every mention points at; the complainant must be stored masked; and for an investigator
(no ``unmask``) no service output — search, the letter's profile and full text, its relationships
and their properties, the phone's profile — may contain a real name, phone, address or identity
number. The admin (``unmask``) sees them.
"""

from __future__ import annotations

import json
from dataclasses import asdict
from pathlib import Path
from typing import Any

import pytest

from app.services import profile, search
from app.services.access import Viewer, invalidate, load_policy, protected_identities
from app.services.network import ego_network
from graph.connection import Graph
from ingest.pipeline import ingest
from ingest.tabular.loader import load_files
from tests.app.fixture_graph import load_fixture

NAME, PHONE, PHONE_WRITTEN = "李建明", "13908381234", "139-0838-1234"
ADDRESS = "示例县城关镇幸福路8号"
NEW_NAME, NEW_PHONE = "赵小红", "13551234567"


def id_number(base17: str) -> str:
    """GB 11643: the check character of a resident identity number."""
    weights = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
    return base17 + "10X98765432"[sum(int(c) * w for c, w in zip(base17, weights)) % 11]


ID_NUMBER = id_number("51068319800101123")

LETTERS = {
    "01_phone.txt": (
        "关于示例县中小学课桌椅采购项目问题线索的移送函\n示例县纪委监委：\n"
        f"举报人{NAME}（联系电话{PHONE_WRITTEN}）向我局反映，示例县教育局后勤科科长王建国之配偶李秀英"
        "系示例鑫达建设有限公司股东，该公司中标示例县中小学课桌椅采购项目。现将该线索移送你委处理。\n"
        "示例县公安局\n2024年4月2日\n"
    ),
    "02_id_number.txt": (
        "关于协助核查的函\n示例县审计局：\n"
        f"实名举报人{NAME}，身份证号码{ID_NUMBER}，反映示例鑫达建设有限公司提供虚假材料。"
        "请协助核查该公司近三年审计情况。\n示例县公安局\n2024年4月9日\n"
    ),
    "03_role_only.txt": (
        "关于线索办理情况的回复\n示例县公安局：\n"
        f"你局转来举报人{NAME}反映的问题已收悉，我委已依规受理。\n示例县纪委监委\n2024年4月20日\n"
    ),
    "04_new_complainant.txt": (
        "投诉处理决定书\n"
        f"投诉人{NEW_NAME}（电话{NEW_PHONE}）于2024年4月1日向本局投诉示例鑫达建设有限公司提供虚假材料。"
        "经查，投诉事项成立。\n示例县财政局\n2024年5月6日\n"
    ),
}
SECRETS = (NAME, PHONE, PHONE_WRITTEN, ADDRESS, ID_NUMBER, NEW_NAME, NEW_PHONE)


@pytest.fixture(scope="module")
def walked(graph: Graph, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    ids = load_fixture(graph)
    root = tmp_path_factory.mktemp("masking")
    table = root / "persons.csv"
    table.write_text(f"姓名,身份证号,是否保密,电话,地址\n{NAME},{ID_NUMBER},是,{PHONE_WRITTEN},{ADDRESS}\n",
                     encoding="utf-8")
    loaded = load_files([table], graph)
    assert loaded.rows_loaded == 1 and not loaded.errors, loaded
    letters = root / "letters"
    letters.mkdir()
    for name, text in LETTERS.items():
        (letters / name).write_text(text, encoding="utf-8")
    report = ingest(graph, [letters], progress=False)
    assert report.count("ingested") == 4
    invalidate()
    informant = graph.read("MATCH (p:Person) WHERE p.name = $n AND p.id_number_hash IS NOT NULL RETURN p.id AS id",
                           {"n": NAME})[0]["id"]
    docs = {Path(r["path"]).name: r["id"] for r in graph.read(
        "MATCH (d:Document) WHERE d.path IS NOT NULL RETURN d.path AS path, d.id AS id")}
    yield {"ids": ids, "informant": informant, "docs": docs}
    invalidate()


@pytest.fixture(scope="module")
def inv(walked: dict[str, Any]) -> Viewer:
    return Viewer("inv", walked["ids"].discipline, "investigator", "示例县纪委监委")


@pytest.fixture(scope="module")
def adm(walked: dict[str, Any]) -> Viewer:
    return Viewer("adm", walked["ids"].discipline, "admin", "示例县纪委监委")


def leaks(value: Any) -> list[str]:
    """The real strings found anywhere in a service's output (dataclasses and dicts serialised)."""
    def plain(v: Any) -> Any:
        if hasattr(v, "__dataclass_fields__"):
            return plain(asdict(v))
        if isinstance(v, dict):
            return {str(k): plain(x) for k, x in v.items()}
        if isinstance(v, (list, tuple, set, frozenset)):
            return [plain(x) for x in v]
        return v if isinstance(v, (int, float, bool)) or v is None else str(v)
    text = json.dumps(plain(value), ensure_ascii=False)
    digits_only = "".join(c for c in text if c.isdigit())
    return [s for s in SECRETS if s in text or (s.isdigit() and s in digits_only and s in text.replace("-", ""))]


def test_the_informant_stays_one_masked_node(graph: Graph, walked: dict[str, Any]) -> None:
    rows = graph.read("MATCH (p:Person) WHERE p.name = $n RETURN p.id AS id, p.masked AS masked", {"n": NAME})
    assert rows == [{"id": walked["informant"], "masked": True}]
    mentions = graph.read("MATCH (d:Document)-[m:MENTIONS]->(n) WHERE m.text = $n RETURN d.path AS path, n.id AS id",
                          {"n": NAME})
    assert {Path(r["path"]).name for r in mentions} == {"01_phone.txt", "02_id_number.txt", "03_role_only.txt"}
    assert {r["id"] for r in mentions} == {walked["informant"]}


def test_the_phone_ties_nobody_else(graph: Graph, walked: dict[str, Any]) -> None:
    owners = graph.read("MATCH (o)-[:HAS_PHONE]->(f:Phone) WHERE f.number = $p RETURN o.id AS id", {"p": PHONE})
    assert {r["id"] for r in owners} == {walked["informant"]}


def test_a_new_complainant_is_stored_masked(graph: Graph, walked: dict[str, Any]) -> None:
    rows = graph.read("MATCH (p:Person) WHERE p.name = $n RETURN p.masked AS masked", {"n": NEW_NAME})
    assert rows == [{"masked": True}]


def test_protected_identities_name_every_identifying_string(graph: Graph, walked: dict[str, Any]) -> None:
    ident = protected_identities(graph)[walked["informant"]]
    assert NAME in ident.names and PHONE in ident.phones and ADDRESS in ident.addresses
    assert ident.id_number_hashes and ident.id_number_hashes[0].startswith("sha256:")


def test_search_does_not_find_them(graph: Graph, walked: dict[str, Any], inv: Viewer, adm: Viewer) -> None:
    for q in (NAME, PHONE, ADDRESS, NEW_NAME, NEW_PHONE):
        assert search.search(graph, inv, q) == [], q
    assert any(h.node.id == walked["informant"] for h in search.search(graph, adm, NAME))


@pytest.mark.parametrize("letter", sorted(LETTERS))
def test_letter_profile_redacts_for_investigators(graph: Graph, walked: dict[str, Any], inv: Viewer, adm: Viewer,
                                                  letter: str) -> None:
    doc = walked["docs"][letter]
    p = profile.profile(graph, inv, doc)
    assert leaks(p) == []
    assert p.document_text is not None and "［身份保密］" in p.document_text
    # the other mentions still point at their words in the redacted text
    for m in p.document_mentions:
        assert p.document_text[m["start"]:m["end"]] == m["text"]
    net = ego_network(graph, inv, doc)
    assert leaks(net) == []
    full = profile.profile(graph, adm, doc)
    assert NAME in (full.document_text or "") or NEW_NAME in (full.document_text or "")


def test_profiles_of_what_mentions_them_redact(graph: Graph, walked: dict[str, Any], inv: Viewer) -> None:
    for node in (walked["ids"].company_a, walked["ids"].discipline):
        p = profile.profile(graph, inv, node)
        assert leaks(p) == [], node
        assert any("［身份保密］" in m.before + m.mention + m.after for m in p.mentions) or node != walked["ids"].company_a


def test_phone_and_address_nodes_are_masked(graph: Graph, walked: dict[str, Any], inv: Viewer) -> None:
    policy = load_policy(graph)
    phone = graph.read("MATCH (f:Phone) WHERE f.number = $p RETURN f.id AS id", {"p": PHONE})[0]["id"]
    assert policy.masks(inv, phone)
    assert leaks(profile.profile(graph, inv, phone)) == []


def test_a_reveal_is_known_for_the_audit(graph: Graph, walked: dict[str, Any], inv: Viewer, adm: Viewer) -> None:
    doc = walked["docs"]["01_phone.txt"]
    assert profile.profile(graph, inv, doc).revealed == []
    assert walked["informant"] in profile.profile(graph, adm, doc).revealed
    # the finance bureau's letters show the new complainant by name to the admin: that is a reveal too
    (revealed,) = profile.profile(graph, adm, walked["ids"].finance).revealed
    assert graph.read("MATCH (p:Person {id: $id}) RETURN p.name AS n", {"id": revealed}) == [{"n": NEW_NAME}]
    assert profile.profile(graph, inv, walked["ids"].finance).revealed == []


def test_review_queue_keeps_protected_pairs_for_roles_that_may_unmask(graph: Graph, walked: dict[str, Any],
                                                                      inv: Viewer, adm: Viewer) -> None:
    from app.services import identities
    from app.services.access import AccessDenied
    from app.services.audit import AuditLog

    # a letter naming a namesake of the informant without any context: a masked node and a candidate
    masked_new = graph.read("MATCH (p:Person) WHERE p.name = $n RETURN p.id AS id", {"n": NEW_NAME})[0]["id"]
    graph.write("MATCH (a:Person {id: $a}), (b:Person {id: $b}) MERGE (a)-[c:SAME_AS_CANDIDATE]->(b) "
                "SET c.score = 0.6, c.reason = $r",
                {"a": masked_new, "b": walked["informant"], "r": f"{NEW_NAME} ~ {NAME}: test pair"})
    try:
        invalidate()
        assert all(walked["informant"] not in (p.left, p.right) for p in identities.queue(graph, inv))
        assert any(walked["informant"] in (p.left, p.right) for p in identities.queue(graph, adm))
        with pytest.raises(AccessDenied):
            identities.side_by_side(graph, inv, masked_new, walked["informant"])
        with pytest.raises(AccessDenied):
            identities.decide(graph, inv, AuditLog.default(), masked_new, walked["informant"], "merge")
        left, right = identities.side_by_side(graph, adm, masked_new, walked["informant"])
        assert right["name"] == NAME
    finally:
        graph.write("MATCH (:Person {id: $a})-[c:SAME_AS_CANDIDATE]->() DELETE c", {"a": masked_new})


def test_review_page_redacts_a_namesake_side(graph: Graph, walked: dict[str, Any], inv: Viewer) -> None:
    from app.services import identities

    # the letters' issuer (not protected) seen side by side: its snippets name the informant
    police = walked["ids"].police
    left, _ = identities.side_by_side(graph, inv, police, walked["ids"].finance)
    assert leaks(left) == []
