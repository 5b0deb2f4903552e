"""A company's post written after its brand and 的 (兴隆的项目经理欧阳波): the company the letter names in
full with that brand holds the post — the person is placed there, as he is where the full name stands
before the post. Invented persons and companies; an in-memory index; the real extractor."""

from __future__ import annotations

from graph.ids import make_id
from ingest.nlp import extract_text
from ingest.resolve import KnownIndex, Resolver
from tests.resolve.letter_kit import agency

LETTER = """绵竹市公共资源交易中心
转办函
绵公资交函〔2026〕77号

绵竹市住房和城乡建设局：
    “绵竹市东北镇农贸市场改造施工”项目于2026年11月3日开标。我中心发现：第一中标候选人绵竹市兴隆建筑工程有限公司的投标保证金系由绵竹市海川商贸有限公司账户转入；开标当日海川的周老板陪同兴隆的项目经理欧阳波进入开标区。现将线索转你局办理。

绵竹市公共资源交易中心
2026年11月10日
"""


def _company(idx: KnownIndex, name: str) -> str:
    cid = make_id("company", name)
    idx.add_company(cid, {"key": name, "name": name, "region": "绵竹市"})
    return cid


def test_a_post_after_a_brand_and_de_is_at_the_company_of_that_brand() -> None:
    idx = KnownIndex()
    agency(idx, "绵竹市公共资源交易中心")
    agency(idx, "绵竹市住房和城乡建设局")
    xinglong = _company(idx, "绵竹市兴隆建筑工程有限公司")
    haichuan = _company(idx, "绵竹市海川商贸有限公司")
    rec = extract_text(LETTER)
    res = Resolver(index=idx).resolve(rec, LETTER, doc_key="doc:brand1")
    at = {res.person_orgs.get(i) for i, e in enumerate(rec["entities"]) if e["text"] == "欧阳波"}
    assert at == {xinglong}
    assert haichuan not in at
