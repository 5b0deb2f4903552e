"""A post written after what it is in charge of (你局分管该项目的副局长杨光辉, 我局负责采购的股长X): the
body the pronoun names holds the post — the addressee for 你局, the writer for 我局. Invented persons;
the 绵竹市 test world's kit and the real extractor."""

from __future__ import annotations

from ingest.nlp import extract_text
from ingest.resolve import KnownIndex, Resolver
from tests.resolve.letter_kit import agency, official

LETTER = """绵竹市公安局
协助调查函
绵公（经）协字〔2026〕61号

绵竹市水务局：
    我局正在侦办一起串通投标案件。经初查，证人称开标前曾见到投标人与你局分管该项目的副局长欧阳立新在茶楼会面。请你局提供欧阳立新在该项目中的审批签字材料。

绵竹市公安局
2026年12月1日
"""


def test_a_post_after_what_it_is_in_charge_of_is_the_pronouns_body() -> None:
    idx = KnownIndex()
    agency(idx, "绵竹市公安局")
    water = agency(idx, "绵竹市水务局")
    head = official(idx, water, "欧阳立新", "副局长")
    official(idx, agency(idx, "绵竹市审计局"), "欧阳立新", "科员")   # a namesake: the place tells them apart
    rec = extract_text(LETTER)
    res = Resolver(index=idx).resolve(rec, LETTER, doc_key="doc:charge1")
    nodes = {res.entity_nodes[i] for i, e in enumerate(rec["entities"]) if e["text"] == "欧阳立新"}
    assert nodes == {head}
