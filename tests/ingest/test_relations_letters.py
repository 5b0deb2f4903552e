"""Relations and document fields of letters, receipts, feedback letters and the decisions and judgment
paragraphs around them, read by structure (issue 10, session on dev7's errors).

Every text below was written for these tests: places, bodies, companies and persons are invented; no
evaluation document is quoted. Entities are given by hand (``_tagged``), so each case tests the relation
or classification rule alone.
"""

from __future__ import annotations

from ingest.nlp.classify import classify, classify_violations
from tests.ingest.test_nlp_relations import _tagged


def _kind_and_issuer(text: str, spans: list[tuple[str, str]]) -> tuple[str, str | None]:
    ents = _tagged(text, spans)
    found = classify(text, ents)
    return found["kind"], ents[found["issuer"]].text if found["issuer"] is not None else None


# ------------------------------------------------------------------------------------------ doc.kind
def test_a_paragraph_opening_with_the_courts_own_finding_is_its_judgment() -> None:
    text = ("云岭省青禾县人民法院经审理查明：2023年，被告人汪某为使东川禾丰建设有限公司中标，联系两家公司陪标。"
            "青禾县财政局于2024年作出行政处罚决定。判决被告人汪某犯串通投标罪。")
    spans = [("AGENCY", "云岭省青禾县人民法院"), ("PERSON", "汪某"), ("COMPANY", "东川禾丰建设有限公司"),
             ("AGENCY", "青禾县财政局")]
    assert _kind_and_issuer(text, spans) == ("court_judgment", "云岭省青禾县人民法院")


def test_a_feedback_letter_citing_a_penalty_decision_is_a_letter() -> None:
    text = ("东川市青禾区财政局\n关于东公青移字〔2026〕5号案件办理结果的反馈\n东川市公安局青禾分局：\n"
            "贵局移送的东川禾丰建设有限公司涉嫌提供虚假材料一案，我局已办理完毕。我局于2026年3月2日作出行政处罚决定"
            "（东青财罚〔2026〕1号），对该公司处以罚款。\n特此反馈。\n东川市青禾区财政局\n2026年3月9日\n")
    spans = [("AGENCY", "东川市青禾区财政局"), ("AGENCY", "东川市公安局青禾分局"), ("COMPANY", "东川禾丰建设有限公司"),
             ("AGENCY", "东川市青禾区财政局")]
    assert _kind_and_issuer(text, spans) == ("other", "东川市青禾区财政局")


def test_an_official_telling_the_evaluators_his_preference_is_interference() -> None:
    text = "该局副局长柯某在评审期间向评审专家卜某明示倾向性意见，影响评审结果。"
    assert "interference" in classify_violations(text)
