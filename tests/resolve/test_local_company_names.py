"""A company of the letter's own place named without the place (resolution tuning11): 恒远建设工程有限公司
in a 绵竹市 letter is the stored 绵竹市恒远建设工程有限公司, and a 四川… company's name without its province
the stored 四川… one — only when one stored company answers. Invented names in the 绵竹市 test world."""

from __future__ import annotations

from graph.ids import make_id
from ingest.resolve import KnownIndex
from tests.resolve.letter_kit import ISSUER, agency, resolve_letter


def _company(idx: KnownIndex, name: str, region: str | None = "绵竹市") -> str:
    cid = make_id("company", name)
    idx.add_company(cid, {"key": name, "name": name, "region": region, "credit_code": None})
    return cid


def test_a_company_of_the_letters_place_named_without_it() -> None:
    idx = KnownIndex()
    agency(idx, ISSUER)
    firm = _company(idx, "绵竹市恒远建设工程有限公司")
    res = resolve_letter(idx, "中标人恒远建设工程有限公司的投标文件与另一投标人雷同。",
                         ("COMPANY", "恒远建设工程有限公司"), doc_key="doc:lc1")
    assert res.entity_nodes[1] == firm


def test_a_company_named_without_its_province() -> None:
    idx = KnownIndex()
    agency(idx, ISSUER)
    firm = _company(idx, "四川恒远路桥建设有限公司", None)
    res = resolve_letter(idx, "恒远路桥建设有限公司承建了该项目。", ("COMPANY", "恒远路桥建设有限公司"), doc_key="doc:lc2")
    assert res.entity_nodes[1] == firm


def test_two_stored_companies_of_that_name_are_neither() -> None:
    idx = KnownIndex()
    agency(idx, ISSUER)
    local = _company(idx, "绵竹市恒远建设工程有限公司")
    other = _company(idx, "德阳市恒远建设工程有限公司", "德阳市")
    res = resolve_letter(idx, "中标人恒远建设工程有限公司的投标文件雷同。", ("COMPANY", "恒远建设工程有限公司"),
                         doc_key="doc:lc3")
    assert res.entity_nodes[1] not in (local, other)


def test_a_company_of_another_place_is_not_taken_for_it() -> None:
    idx = KnownIndex()
    agency(idx, ISSUER)
    elsewhere = _company(idx, "泸州市恒远建设工程有限公司", "泸州市")
    res = resolve_letter(idx, "中标人恒远建设工程有限公司的投标文件雷同。", ("COMPANY", "恒远建设工程有限公司"),
                         doc_key="doc:lc4")
    assert res.entity_nodes[1] != elsewhere
