"""Relations and document kinds of court-judgment fact paragraphs and prosecution texts, read by their
structure: how a paragraph opens, an indictment's title and its 向本院移送审查起诉, the ways a judgment
writes a person's post (时任…的X, …、犯罪嫌疑人X, X公司（法定代表人：Y）, 在X公司担任…, 分管…的副镇长,
A公司、B公司项目经理甲、乙), and which companies bid on a numbered project.

Every text below was written for these tests: the places, bodies, companies and persons are invented
and masked the way published judgments mask them; no evaluation document is quoted. Entities are given
by hand (``_tagged``), so each case tests the relation or classification rule alone.
"""

from __future__ import annotations

import pytest

from ingest.nlp.classify import classify, classify_kind, classify_violations
from ingest.nlp.relations import extract_relations
from tests.ingest.test_nlp_relations import _relations, _tagged


def _kind_and_issuer(text: str, spans: list[tuple[str, str]]) -> tuple[str, str | None]:
    ents = _tagged(text, spans)
    found = classify(text, ents)
    return found["kind"], ents[found["issuer"]].text if found["issuer"] is not None else None


# ------------------------------------------------------------------------------------------ doc.kind
@pytest.mark.parametrize("text", [
    "经审理查明，2019年3月，被告人汪某得知青禾县教育局将对校舍维修工程进行招标，遂联系多家公司围标。",
    "经审理查明：\n2018年至2020年，被告人卜某某利用担任青禾县交通运输局局长的职务便利，收受他人财物。",
    "公诉机关指控：2017年5月，被告人柯某甲为使其公司中标，与柯某乙商定串通投标报价。",
    "云岭省青禾县人民检察院指控，2016年8月，被告人钱某伪造某某建设有限公司印章用于投标。",
    "青禾彝族自治县（下称青禾县）人民检察院指控：被告人钱某于2014年任青禾县看守所副所长。",
    "青禾县人民检察院以青检刑诉〔2016〕12号起诉书指控被告人汪某犯串通投标罪，于2016年5月向本院提起公诉。",
    "本院审理查明，2015年被告人汪某联系多家公司围标，并统一制作投标文件。",
    "被告人汪某，男，1975年出生，汉族，住青禾县。2016年因涉嫌串通投标罪被刑事拘留。",
    "上诉人（原审被告人）卜某，女，1980年出生，原青禾县财政局干部。",
    # a penalty decision the court cites does not make the paragraph a decision
    "经审理查明，2020年6月，青禾县财政局作出行政处罚决定书，认定被告人经营的公司提供虚假材料。",
])
def test_a_fact_paragraph_without_a_header_is_a_court_judgment(text: str) -> None:
    assert classify_kind(text) == "court_judgment"


@pytest.mark.parametrize("text", [
    "云岭省青禾县人民检察院\n起诉书\n青检刑诉〔2024〕18号\n\n被告人汪某，男，1980年出生。\n"
    "根据《中华人民共和国刑事诉讼法》第一百七十六条的规定，提起公诉。\n此致\n青禾县人民法院\n",
    "青禾县人民检察院\n不起诉决定书\n青检刑不诉〔2024〕3号\n\n被不起诉人卜某，男。\n依据有关规定，决定对卜某不起诉。\n",
    "青禾县人民检察院\n起 诉 书\n青检一部刑诉〔2023〕9号\n被告人柯某，原青禾县水利局局长。根据有关规定，提起公诉。\n",
])
def test_an_indictment_or_a_non_prosecution_decision_is_other(text: str) -> None:
    assert classify_kind(text) == "other"  # the annotation scheme's kind for the procuratorate's documents


def test_an_indictment_is_issued_by_the_procuratorate_of_its_header_not_the_court_it_is_sent_to() -> None:
    text = ("青禾县人民检察院\n起诉书\n青检刑诉〔2024〕18号\n被告人汪某串通投标。\n"
            "根据《中华人民共和国刑事诉讼法》第一百七十六条的规定，提起公诉。\n此致\n青禾县人民法院\n检察员：孔某\n")
    assert _kind_and_issuer(text, [("AGENCY", "青禾县人民检察院"), ("PERSON", "汪某"), ("AGENCY", "青禾县人民法院"),
                                   ("PERSON", "孔某")]) == ("other", "青禾县人民检察院")


def test_a_fact_paragraph_names_no_deciding_court() -> None:
    text = "经审理查明，2015年，青禾县人民法院就该工程款纠纷作出民事判决。被告人汪某伪造印章用于投标。"
    assert _kind_and_issuer(text, [("AGENCY", "青禾县人民法院"), ("PERSON", "汪某")]) == ("court_judgment", None)


def test_a_note_after_a_title_does_not_hide_it() -> None:
    text = ("东川市审计局\n关于青禾县2023年度财政收支情况的审计报告（节选）\n东审财报〔2024〕6号\n\n"
            "三、审计发现的主要问题\n对上述问题中涉嫌违纪违法的问题，已移送青禾县纪委监委处理。\n")
    spans = [("AGENCY", "东川市审计局"), ("AGENCY", "青禾县纪委监委")]
    assert _kind_and_issuer(text, spans) == ("other", "东川市审计局")
    assert _relations(text, spans, kind="other", issuer=0) >= {("REFERRED", "东川市审计局", "青禾县纪委监委")}


# ------------------------------------------------------------------------------------------ REFERRED
INDICTMENT = ("青禾县人民检察院\n起诉书\n青检刑诉〔2024〕18号\n\n"
              "本案由青禾县公安局侦查终结，以被告人汪某涉嫌串通投标罪，于2024年3月5日向本院移送审查起诉。\n"
              "本院认为，被告人汪某的行为触犯了《中华人民共和国刑法》第二百二十三条，根据有关规定，提起公诉。\n"
              "此致\n青禾县人民法院\n检察员：孔某\n2024年4月2日\n")
INDICTMENT_SPANS = [("AGENCY", "青禾县人民检察院"), ("DOC_NO", "青检刑诉〔2024〕18号"), ("AGENCY", "青禾县公安局"),
                    ("PERSON", "汪某"), ("DATE", "2024年3月5日"), ("PERSON", "汪某"), ("AGENCY", "青禾县人民法院"),
                    ("POSITION", "检察员"), ("PERSON", "孔某"), ("DATE", "2024年4月2日")]


def _referred_as_classified(text: str, spans: list[tuple[str, str]]
                            ) -> tuple[set[tuple[str | None, ...]], set[tuple[str | None, ...]]]:
    ents = _tagged(text, spans)
    found = classify(text, ents)
    rels, implicit = extract_relations(text, ents, kind=found["kind"], issuer=found["issuer"], aliases={})

    def name(i: int | None) -> str | None:
        return ents[i].text if i is not None else None

    return ({(name(r["from"]), name(r["to"]), name(r["date"]), name(r["evidence_doc_no"]))
             for r in rels if r["type"] == "REFERRED"},
            {(name(r["from"]), r["null_endpoint_mention"], name(r["date"])) for r in implicit if r["type"] == "REFERRED"})


def test_an_indictment_receives_the_investigators_case_and_bringing_it_to_court_is_no_referral() -> None:
    referred, _ = _referred_as_classified(INDICTMENT, INDICTMENT_SPANS)
    # 提起公诉 is no REFERRED (GUIDELINES' hand-overs; dev4, dev9, dev10 — see ingest/nlp/relations/prosecution.py)
    assert referred == {("青禾县公安局", "青禾县人民检察院", "2024年3月5日", None)}


def test_a_judgment_naming_the_prosecution_brought_to_it_states_no_referral() -> None:
    text = ("云岭省青禾县人民法院\n刑事判决书\n（2024）云0301刑初88号\n"
            "青禾县人民检察院以青检刑诉〔2024〕18号起诉书指控被告人汪某犯串通投标罪，于2024年4月8日向本院提起公诉。\n")
    spans = [("AGENCY", "云岭省青禾县人民法院"), ("DOC_NO", "（2024）云0301刑初88号"), ("AGENCY", "青禾县人民检察院"),
             ("DOC_NO", "青检刑诉〔2024〕18号"), ("PERSON", "汪某"), ("DATE", "2024年4月8日")]
    assert _referred_as_classified(text, spans) == (set(), set())


def test_a_fact_paragraph_bringing_the_case_to_an_unnamed_court_states_no_referral() -> None:
    text = "经审理查明：被告人汪某串通投标。青禾县人民检察院以被告人汪某犯串通投标罪，于2024年4月8日向本院提起公诉。"
    spans = [("PERSON", "汪某"), ("AGENCY", "青禾县人民检察院"), ("PERSON", "汪某"), ("DATE", "2024年4月8日")]
    assert _referred_as_classified(text, spans) == (set(), set())


@pytest.mark.parametrize("text", [
    "公诉机关指控：被告人汪某串通投标，于2024年4月8日向本院提起公诉。",  # 公诉机关 names no one
    "经审理查明：青禾县公安局建议青禾县人民检察院对汪某提起公诉。",  # a proposal
])
def test_no_prosecution_without_a_named_procuratorate_doing_it(text: str) -> None:
    spans = [(lab, t) for lab, t in [("AGENCY", "青禾县公安局"), ("AGENCY", "青禾县人民检察院"), ("PERSON", "汪某"),
                                     ("DATE", "2024年4月8日")] if t in text]
    assert _referred_as_classified(text, spans) == (set(), set())


def test_an_investigators_opinion_for_prosecution_goes_to_the_procuratorate_it_is_addressed_to() -> None:
    text = ("青禾县公安局\n起诉意见书\n青公（经）诉字〔2025〕41号\n"
            "犯罪嫌疑人汪某涉嫌串通投标一案，由青禾县财政局于2025年4月2日移送我局。\n"
            "综上所述，依照《中华人民共和国刑事诉讼法》第一百六十二条之规定，现将此案移送审查起诉。\n"
            "此致\n青禾县人民检察院\n局长　孙某\n2025年7月21日\n")
    spans = [("AGENCY", "青禾县公安局"), ("DOC_NO", "青公（经）诉字〔2025〕41号"), ("PERSON", "汪某"),
             ("AGENCY", "青禾县财政局"), ("DATE", "2025年4月2日"), ("LAW", "中华人民共和国刑事诉讼法"),
             ("AGENCY", "青禾县人民检察院"), ("POSITION", "局长"), ("PERSON", "孙某"), ("DATE", "2025年7月21日")]
    assert classify_kind(text) == "other"
    referred, _ = _referred_as_classified(text, spans)
    assert referred == {("青禾县财政局", "青禾县公安局", "2025年4月2日", None),
                        ("青禾县公安局", "青禾县人民检察院", "2025年7月21日", "青公（经）诉字〔2025〕41号")}


def test_a_second_clause_opening_with_jiang_has_the_first_clauses_sender() -> None:
    text = ("青禾县人民检察院\n不起诉决定书\n\n"
            "本院同时将于某涉嫌违反政府采购法律法规的问题线索移送青禾县财政局，将青禾县教育局相关工作人员涉嫌失职的问题线索"
            "移送青禾县纪委监委。\n")
    spans = [("AGENCY", "青禾县人民检察院"), ("PERSON", "于某"), ("AGENCY", "青禾县财政局"), ("AGENCY", "青禾县教育局"),
             ("AGENCY", "青禾县纪委监委")]
    referred, _ = _referred_as_classified(text, spans)
    assert {(f, t) for f, t, _d, _e in referred} == {("青禾县人民检察院", "青禾县财政局"), ("青禾县人民检察院", "青禾县纪委监委")}


def test_an_agency_the_forwarded_matter_concerns_is_not_its_sender() -> None:
    text = ("青禾县公安局经济犯罪侦查大队\n复函\n\n"
            "二、线索中涉及青禾县水利局工作人员钱某违规泄露标底的问题，不属于我局管辖，已于2024年5月22日转送青禾县纪委监委。\n")
    spans = [("AGENCY", "青禾县公安局经济犯罪侦查大队"), ("AGENCY", "青禾县水利局"), ("PERSON", "钱某"),
             ("DATE", "2024年5月22日"), ("AGENCY", "青禾县纪委监委")]
    referred, _ = _referred_as_classified(text, spans)
    assert {(f, t) for f, t, _d, _e in referred} == {("青禾县公安局经济犯罪侦查大队", "青禾县纪委监委")}


def test_a_body_that_receives_with_its_self_reference_before_the_verb() -> None:
    text = "东川市财政局\n关于问题线索处理情况的函\n\n青禾县审计局在审计中发现问题线索，已于2024年5月向我局移交。\n"
    spans = [("AGENCY", "东川市财政局"), ("AGENCY", "青禾县审计局"), ("DATE", "2024年5月")]
    assert ("REFERRED", "青禾县审计局", "东川市财政局") in _relations(text, spans, kind="other", issuer=0)


# ------------------------------------------------------------------------------------ HOLDS_POSITION
@pytest.mark.parametrize(("text", "spans", "expected"), [
    # 时任…的X: the person the title qualifies
    ("时任青禾县白石新区管委会主任的范某某告知其妻弟联系企业。",
     [("AGENCY", "青禾县白石新区管委会"), ("POSITION", "主任"), ("PERSON", "范某某")],
     {("范某某", "主任", "青禾县白石新区管委会")}),
    ("丰某等人向时任柳湾村村民委员会主任的被告人李某甲行贿。",
     [("PERSON", "丰某"), ("AGENCY", "柳湾村村民委员会"), ("POSITION", "主任"), ("PERSON", "李某甲")],
     {("李某甲", "主任", "柳湾村村民委员会")}),
    # a title, then the role the person is named in
    ("青禾县住房和城乡建设局原副局长、犯罪嫌疑人岳某1被关押。",
     [("AGENCY", "青禾县住房和城乡建设局"), ("POSITION", "原副局长"), ("PERSON", "岳某1")],
     {("岳某1", "原副局长", "青禾县住房和城乡建设局")}),
    # 在X公司担任 a chain of titles
    ("被告人林某在青禾意达卫浴有限公司担任供方开发课课长、采购开发课采购副经理，负责招标。",
     [("PERSON", "林某"), ("COMPANY", "青禾意达卫浴有限公司"), ("POSITION", "供方开发课课长"),
      ("POSITION", "采购开发课采购副经理")],
     {("林某", "供方开发课课长", "青禾意达卫浴有限公司"), ("林某", "采购开发课采购副经理", "青禾意达卫浴有限公司")}),
    # an organisation, then what the post is in charge of, then the post
    ("被告人方某作为青禾县河口镇人民政府分管文化、教育、卫生的副镇长担任该项目的主管领导。",
     [("PERSON", "方某"), ("AGENCY", "青禾县河口镇人民政府"), ("POSITION", "副镇长")],
     {("方某", "副镇长", "青禾县河口镇人民政府")}),
    # one title, two organisations, two persons: each in the organisation at the same place
    ("通过曾某联系青禾广源建工有限公司、青禾宏图市政园林有限公司项目经理李某、罗某，借用资质。",
     [("PERSON", "曾某"), ("COMPANY", "青禾广源建工有限公司"), ("COMPANY", "青禾宏图市政园林有限公司"),
      ("POSITION", "项目经理"), ("PERSON", "李某"), ("PERSON", "罗某")],
     {("李某", "项目经理", "青禾广源建工有限公司"), ("罗某", "项目经理", "青禾宏图市政园林有限公司")}),
    # a title before a list closed by 等人 is each one's
    ("将其指定的评标专家方某、郭某某等人定向抽入评标委员会。",
     [("POSITION", "评标专家"), ("PERSON", "方某"), ("PERSON", "郭某某")],
     {("方某", "评标专家", ""), ("郭某某", "评标专家", "")}),
    # … but 及 joins a person who does not share it
    ("后被告人方某、青禾县国土资源局地矿科科员马某及村民彭某甲等人商议。",
     [("PERSON", "方某"), ("AGENCY", "青禾县国土资源局地矿科"), ("POSITION", "科员"), ("PERSON", "马某"),
      ("PERSON", "彭某甲")],
     {("马某", "科员", "青禾县国土资源局地矿科")}),
    # 某公司 is a company the text does not name
    ("青禾县华达建筑有限公司中标。另查明，程某曾系某公司出纳。",
     [("COMPANY", "青禾县华达建筑有限公司"), ("PERSON", "程某"), ("POSITION", "出纳")],
     {("程某", "出纳", "")}),
])
def test_posts_as_judgments_write_them(text: str, spans: list[tuple[str, str]],
                                        expected: set[tuple[str, str, str]]) -> None:
    got = {r[1:] for r in _relations(text, spans, kind="court_judgment") if r[0] == "HOLDS_POSITION"}
    assert got == expected


def test_the_organisation_after_danren_without_zai_is_still_the_posts() -> None:
    # 张某担任X公司经理 still names the organisation after the verb (no 在 before it)
    text = "被告人张某担任青禾县远帆物资有限公司经理期间，收受他人财物。"
    spans = [("PERSON", "张某"), ("COMPANY", "青禾县远帆物资有限公司"), ("POSITION", "经理")]
    assert {r for r in _relations(text, spans) if r[0] == "HOLDS_POSITION"} == {
        ("HOLDS_POSITION", "张某", "经理", "青禾县远帆物资有限公司")}


# ----------------------------------------------------------------------------------------- LEGAL_REP
@pytest.mark.parametrize(("text", "spans", "person", "company"), [
    # the title in brackets after the company, with its value after a colon
    ("2009年3月，青禾县华杰装饰工程有限公司（法定代表人：夏某）以挂靠方式承包该工程。",
     [("COMPANY", "青禾县华杰装饰工程有限公司"), ("POSITION", "法定代表人"), ("PERSON", "夏某")],
     "夏某", "青禾县华杰装饰工程有限公司"),
    # a quoted name after the title, the company before 的
    ("伪造了青禾县恒达水电工程有限公司的法定代表人“潘某”私人印章一枚。",
     [("COMPANY", "青禾县恒达水电工程有限公司"), ("POSITION", "法定代表人"), ("PERSON", "潘某")],
     "潘某", "青禾县恒达水电工程有限公司"),
    # a company's seal, then the seal of its legal representative
    ("私自刻制青禾长风建设集团有限公司（以下简称长风公司）公章、法定代表人胡某某私章各一枚。",
     [("COMPANY", "青禾长风建设集团有限公司"), ("COMPANY", "长风公司"), ("POSITION", "法定代表人"),
      ("PERSON", "胡某某")],
     "胡某某", "青禾长风建设集团有限公司"),
    # the short name defined with 下称
    ("为青禾杰坤建设工程有限责任公司（下称杰坤公司）法定代表人袁某提供帮助。",
     [("COMPANY", "青禾杰坤建设工程有限责任公司"), ("COMPANY", "杰坤公司"), ("POSITION", "法定代表人"),
      ("PERSON", "袁某")],
     "袁某", "青禾杰坤建设工程有限责任公司"),
])
def test_legal_representatives_as_judgments_write_them(text: str, spans: list[tuple[str, str]], person: str,
                                                         company: str) -> None:
    got = _relations(text, spans, kind="court_judgment")
    assert ("LEGAL_REP", person, company) in got
    assert ("HOLDS_POSITION", person, "法定代表人", company) in got


# -------------------------------------------------------------------------------------------- BID_ON
def _bids(text: str, spans: list[tuple[str, str]]) -> set[tuple[str, str]]:
    return {(r[1], r[2]) for r in _relations(text, spans, kind="court_judgment") if r[0] == "BID_ON"}


def test_the_company_that_won_a_numbered_lot_of_the_project_bid_on_it() -> None:
    text = ("后青禾信达公司中标该项目的QH2011-05SG标段，工程中标价为5.7亿元；"
            "青禾宏大建设集团有限公司中标该项目的QH2011-04SG标段。")
    spans = [("COMPANY", "青禾信达公司"), ("PROJECT_NO", "QH2011-05SG"), ("COMPANY", "青禾宏大建设集团有限公司"),
             ("PROJECT_NO", "QH2011-04SG")]
    assert _bids(text, spans) == {("青禾信达公司", "QH2011-05SG"), ("青禾宏大建设集团有限公司", "QH2011-04SG")}


def test_a_company_first_named_as_an_employer_bids_where_the_sentence_says_so() -> None:
    text = ("被告单位华安公司为中标青禾县实验室设备采购项目（项目编号：QHJY-2019-011），联系青禾市甬安科技有限公司"
            "业务员胡某，由青禾市甬安科技有限公司参与陪标，华安公司以人民币197万元中标。")
    spans = [("COMPANY", "华安公司"), ("PROJECT_NO", "QHJY-2019-011"), ("COMPANY", "青禾市甬安科技有限公司"),
             ("PERSON", "胡某"), ("COMPANY", "青禾市甬安科技有限公司"), ("COMPANY", "华安公司")]
    assert _bids(text, spans) == {("华安公司", "QHJY-2019-011"), ("青禾市甬安科技有限公司", "QHJY-2019-011")}


def test_a_company_whose_seal_was_forged_did_not_bid() -> None:
    text = ("被告人邓某为承接青禾县保障房配套工程（招标编号：QJ2019-FJ-012），私自刻制青禾长风建设集团有限公司"
            "（以下简称长风公司）公章，以长风公司名义递交投标文件。")
    spans = [("PERSON", "邓某"), ("PROJECT_NO", "QJ2019-FJ-012"), ("COMPANY", "青禾长风建设集团有限公司"),
             ("COMPANY", "长风公司"), ("COMPANY", "长风公司")]
    ents = _tagged(text, spans)
    rels, _ = extract_relations(text, ents, kind="court_judgment", issuer=None, aliases={"长风公司": "青禾长风建设集团有限公司"})
    assert not [r for r in rels if r["type"] == "BID_ON"]


def test_a_table_of_names_under_a_heading_of_candidates_lists_bidders() -> None:
    text = ("青禾县公共资源交易中心\n青禾县饮水工程中标结果公告\n\n项目编号：QHSL-2020-031\n\n"
            "二、其他中标候选人\n| 标段 | 排名 | 单位名称 | 投标报价（元） |\n"
            "| 第一标段 | 第二名 | 青禾县恒远建筑有限公司 | 3,998,700.00 |\n"
            "| 第二标段 | 第二名 | 青禾润泽水利工程有限公司 | 2,901,300.00 |\n")
    spans = [("AGENCY", "青禾县公共资源交易中心"), ("PROJECT_NO", "QHSL-2020-031"), ("COMPANY", "青禾县恒远建筑有限公司"),
             ("COMPANY", "青禾润泽水利工程有限公司")]
    assert {(r[1], r[2]) for r in _relations(text, spans, kind="other", issuer=0) if r[0] == "BID_ON"} == {
        ("青禾县恒远建筑有限公司", "QHSL-2020-031"), ("青禾润泽水利工程有限公司", "QHSL-2020-031")}


@pytest.mark.parametrize(("text", "spans", "expected"), [
    # 其公司员工: the company of the person the sentence is about, as the text says elsewhere
    ("被告人邓某安排其公司员工、被告人冯某私刻印章。另查明，邓某系青禾县金石劳务有限公司法定代表人。",
     [("PERSON", "邓某"), ("POSITION", "员工"), ("PERSON", "冯某"), ("PERSON", "邓某"),
      ("COMPANY", "青禾县金石劳务有限公司"), ("POSITION", "法定代表人")],
     {("冯某", "员工", "青禾县金石劳务有限公司"), ("邓某", "法定代表人", "青禾县金石劳务有限公司")}),
    # 当事人…通过其销售经理: the decision's party
    ("青禾县市场监督管理局\n行政处罚决定书\n当事人：青禾瑞安医疗器械有限公司\n"
     "当事人为获得交易机会，通过其销售经理彭某向他人给予现金。\n",
     [("AGENCY", "青禾县市场监督管理局"), ("COMPANY", "青禾瑞安医疗器械有限公司"), ("POSITION", "销售经理"),
      ("PERSON", "彭某")],
     {("彭某", "销售经理", "青禾瑞安医疗器械有限公司")}),
    # X公司及其法定代表人: the company just named, not the person's
    ("青禾县市场监督管理局对张某的举报进行核查，认定青禾宏远建材有限公司及其法定代表人王某串通投标。",
     [("AGENCY", "青禾县市场监督管理局"), ("PERSON", "张某"), ("COMPANY", "青禾宏远建材有限公司"),
      ("POSITION", "法定代表人"), ("PERSON", "王某")],
     {("王某", "法定代表人", "青禾宏远建材有限公司")}),
    # 该中心 + a roster: the centre named before
    ("被告人蔡某系青禾县公共资源交易中心副主任，指使该中心专家库管理员杜某某定向抽取专家。",
     [("PERSON", "蔡某"), ("AGENCY", "青禾县公共资源交易中心"), ("POSITION", "副主任"), ("POSITION", "管理员"),
      ("PERSON", "杜某某")],
     {("蔡某", "副主任", "青禾县公共资源交易中心"), ("杜某某", "管理员", "青禾县公共资源交易中心")}),
    # 其妻弟 + a name the entity stage missed: the title is not the earlier subject's
    ("被告人程某系青禾远大建设有限公司股东，其妻弟吴某系该公司法定代表人。",
     [("PERSON", "程某"), ("COMPANY", "青禾远大建设有限公司"), ("POSITION", "股东"), ("POSITION", "法定代表人")],
     {("程某", "股东", "青禾远大建设有限公司")}),
    # a name, then a chain of titles after its organisation
    ("被告人黄某，原青禾县交通运输局党委书记、局长。",
     [("PERSON", "黄某"), ("AGENCY", "青禾县交通运输局"), ("POSITION", "党委书记"), ("POSITION", "局长")],
     {("黄某", "党委书记", "青禾县交通运输局"), ("黄某", "局长", "青禾县交通运输局")}),
])
def test_posts_whose_organisation_is_said_by_reference(text: str, spans: list[tuple[str, str]],
                                                        expected: set[tuple[str, str, str]]) -> None:
    got = {r[1:] for r in _relations(text, spans, kind="court_judgment") if r[0] == "HOLDS_POSITION"}
    assert got == expected


# ----------------------------------------------------------------------------------------- PENALIZED
def test_a_penalty_decision_a_judgment_cites_penalises_from_the_body_that_made_it() -> None:
    text = ("公诉机关指控：2019年7月，青禾恒安信息工程有限公司以人民币263万元中标。同年9月，青禾县财政局经调查核实，"
            "于2019年11月6日作出青财罚决〔2019〕14号行政处罚决定，对青禾恒安信息工程有限公司处以罚款人民币2.6万元。")
    spans = [("COMPANY", "青禾恒安信息工程有限公司"), ("AGENCY", "青禾县财政局"), ("DATE", "2019年11月6日"),
             ("DOC_NO", "青财罚决〔2019〕14号"), ("COMPANY", "青禾恒安信息工程有限公司")]
    assert {r for r in _relations(text, spans, kind="court_judgment") if r[0] == "PENALIZED"} == {
        ("PENALIZED", "青禾县财政局", "青禾恒安信息工程有限公司")}


def test_a_body_right_before_giving_a_sanction_decides_it() -> None:
    text = ("3.青禾县公共资源交易中心工作人员李某违反工作纪律问题。经青禾县纪委研究，给予李某党内警告处分；"
            "青禾县公共资源交易中心给予其警告处分。")
    spans = [("AGENCY", "青禾县公共资源交易中心"), ("POSITION", "工作人员"), ("PERSON", "李某"), ("AGENCY", "青禾县纪委"),
             ("PERSON", "李某"), ("AGENCY", "青禾县公共资源交易中心")]
    assert {r for r in _relations(text, spans, kind="discipline_notice") if r[0] == "PENALIZED"} == {
        ("PENALIZED", "青禾县纪委", "李某"), ("PENALIZED", "青禾县公共资源交易中心", "李某")}


# ------------------------------------------------------------------------- REFERRED: its date and number
def _referred(text: str, spans: list[tuple[str, str]]) -> set[tuple[str, str, str | None, str | None]]:
    ents = _tagged(text, spans)
    rels, _ = extract_relations(text, ents, kind="court_judgment", issuer=None, aliases={})
    return {(ents[r["from"]].text, ents[r["to"]].text, ents[r["date"]].text if r["date"] is not None else None,
             ents[r["evidence_doc_no"]].text if r["evidence_doc_no"] is not None else None)
            for r in rels if r["type"] == "REFERRED"}


def test_the_time_a_body_received_a_clue_is_not_the_transfer_date() -> None:
    text = "2018年4月，青禾县公安局经侦大队接到青禾县纪委移交的问题线索后立案侦查。"
    spans = [("DATE", "2018年4月"), ("AGENCY", "青禾县公安局经侦大队"), ("AGENCY", "青禾县纪委")]
    assert _referred(text, spans) == {("青禾县纪委", "青禾县公安局经侦大队", None, None)}


def test_two_transfers_in_one_sentence_each_keep_their_own_time() -> None:
    text = "2016年8月，青禾县审计局将该问题线索移送青禾县纪委，同年11月，青禾县纪委将蔡某涉嫌犯罪问题移送青禾县人民检察院。"
    spans = [("DATE", "2016年8月"), ("AGENCY", "青禾县审计局"), ("AGENCY", "青禾县纪委"), ("AGENCY", "青禾县纪委"),
             ("PERSON", "蔡某"), ("AGENCY", "青禾县人民检察院")]
    assert _referred(text, spans) == {("青禾县审计局", "青禾县纪委", "2016年8月", None),
                                      ("青禾县纪委", "青禾县人民检察院", None, None)}  # 同年11月 is no date


def test_the_transfer_letters_number_not_the_penalty_decisions() -> None:
    text = ("青禾县财政局于2019年11月6日作出青财罚决〔2019〕14号行政处罚决定，对该公司处以罚款，"
            "并以青财移〔2019〕2号案件移送书将潘某涉嫌犯罪的线索移送青禾县公安局。")
    spans = [("AGENCY", "青禾县财政局"), ("DATE", "2019年11月6日"), ("DOC_NO", "青财罚决〔2019〕14号"),
             ("DOC_NO", "青财移〔2019〕2号"), ("PERSON", "潘某"), ("AGENCY", "青禾县公安局")]
    assert _referred(text, spans) == {("青禾县财政局", "青禾县公安局", "2019年11月6日", "青财移〔2019〕2号")}


# ------------------------------------------------------------------------------------- doc.violations
@pytest.mark.parametrize(("text", "violations"), [
    # one bidder behind several firms is collusion
    ("被告人马某借用青禾甲建设有限公司、青禾乙工程有限公司资质参与该项目第二标段招投标。", ["collusion"]),
    ("陈某甲还联系青禾丙建设有限公司为自己出借资质，用于投标该项目另一标段。", ["collusion"]),
    # 受贿: …并为其谋取利益
    ("被告人林某利用职务上的便利，多次收受青禾丁贸易有限公司总经理皮某人民币8万元，并为其谋取利益。", ["bribery"]),
    # no procurement: no tender held, or an open tender replaced by an invitation
    ("该工程没有采取招投标形式，直接将装修工程交给青禾戊装饰有限公司承建。", ["no_procurement"]),
    ("被告人明知该工程应当经县招标办公开招标，为使其亲戚的公司承揽工程，违反规定，安排工作人员以邀请招标的形式邀请三家单位参与。",
     ["no_procurement"]),
    # 明招暗定
    ("镇政府组织招标，被告人事先确定由青禾己工程有限公司中标。", ["interference"]),
    ("被告人授意评标专家对青禾庚公司的投标文件打高分。", ["interference"]),
    # 指使 in an act that is not the procurement's
    ("被告人先后两次指使其分公司员工顾某持伪造的居民身份证，冒充他人参加开标会议。", ["false_materials"]),
    # an agent leaking the other bidders, and terms written for one bidder
    ("被告人利用职务便利，向青禾康达医疗器械有限公司泄露其他投标人名单，并在招标文件中设置倾向性条款。",
     ["discriminatory_terms", "other"]),
    # a performance bond not collected
    ("青禾县城市管理局实施的3个采购项目，均未按采购文件约定向中标供应商收取履约保证金。", ["other"]),
    # a fee paid to the firms that bid alongside is part of the collusion; a fee received is a bribe
    ("被告人王某商定由程某、吴某以其任职的公司名义参与投标陪标，事后王某分别支付程某、吴某好处费人民币2万元。", ["collusion"]),
    ("招标代理人员收受被告人所送好处费人民币15万元，被告人与其他投标人相互串通投标。", ["collusion", "bribery"]),
    # money given to an official is a bribe, also beside a collusion; among colluding firms it is not
    ("被告人张某任某某镇中心学校校长，2020年春节前青禾甲商贸有限公司经理送给张某购物卡价值1万余元。", ["bribery"]),
    ("被告人赵某任某某镇镇长，授意杨某借用三家公司的资质参与投标围标，事后杨某送给赵某现金共计15万元。",
     ["collusion", "bribery", "interference"]),
    ("被告人程某借用两家公司资质参与投标陪标，中标后程某送给陪标公司负责人现金1万元。", ["collusion"]),
    # an official who did not do the review the post requires
    ("时任水利局建设科科长的陆某在资格审查中发现三家公司保证金来源相同，未认真履行审查职责，未予报告。", ["abuse_of_power"]),
    # technical terms written from one firm's product
    ("陈某通过钱某获取采购需求，并由钱某安排按照公司产品参数设置技术条款。", ["discriminatory_terms"]),
    # forcing a bidder to withdraw
    ("被告人为了迫使朱某甲退标，在其摊位处闹事，朱某甲被迫退标。", ["other"]),
])
def test_violations_as_judgments_state_them(text: str, violations: list[str]) -> None:
    assert classify_violations(text) == violations


# --------------------------------------------------------------------------- PENALIZED said of the past
@pytest.mark.parametrize(("text", "spans", "kind", "issuer", "expected"), [
    # a prior sentence by a named court
    ("另查明，被告人周某某曾因犯串通投标罪于2016年11月被云岭省青禾县人民法院判处有期徒刑一年。",
     [("PERSON", "周某某"), ("DATE", "2016年11月"), ("AGENCY", "云岭省青禾县人民法院")], "court_judgment", None,
     {("PENALIZED", "云岭省青禾县人民法院", "周某某")}),
    ("邓某已于2021年5月被青禾县人民法院以非国家工作人员受贿罪判处拘役四个月。",
     [("PERSON", "邓某"), ("DATE", "2021年5月"), ("AGENCY", "青禾县人民法院")], "court_judgment", None,
     {("PENALIZED", "青禾县人民法院", "邓某")}),
    # a past penalty by the writer (被我局处以罚款)
    ("青禾县市场监督管理局\n关于协助核查企业登记信息的回复\n三、青禾玉石产品有限公司曾于2024年6月因虚假宣传被我局处以罚款人民币2万元。\n",
     [("AGENCY", "青禾县市场监督管理局"), ("COMPANY", "青禾玉石产品有限公司"), ("DATE", "2024年6月")], "other", 0,
     {("PENALIZED", "青禾县市场监督管理局", "青禾玉石产品有限公司")}),
    # 以…为由对X处以
    ("另查明，2022年1月，青禾县财政局以未依法参加政府采购活动为由对青禾康达商贸有限公司处以罚款4930元。",
     [("DATE", "2022年1月"), ("AGENCY", "青禾县财政局"), ("COMPANY", "青禾康达商贸有限公司")], "court_judgment", None,
     {("PENALIZED", "青禾县财政局", "青禾康达商贸有限公司")}),
    # X认定…无效，并对Y处以罚款
    ("2021年3月，青禾市财政局认定该项目中标结果无效，并对青禾安达电子工程有限公司处以罚款10735元。",
     [("DATE", "2021年3月"), ("AGENCY", "青禾市财政局"), ("COMPANY", "青禾安达电子工程有限公司")], "court_judgment", None,
     {("PENALIZED", "青禾市财政局", "青禾安达电子工程有限公司")}),
])
def test_penalties_a_text_states_as_past_facts(text: str, spans: list[tuple[str, str]], kind: str, issuer: int | None,
                                                expected: set[tuple[str, ...]]) -> None:
    assert {r for r in _relations(text, spans, kind=kind, issuer=issuer) if r[0] == "PENALIZED"} == expected


# ---------------------------------------------------------------------------------- BID_ON, more ways
@pytest.mark.parametrize(("text", "spans", "expected"), [
    # the firms whose qualifications a bid used
    ("青禾县教育局就智慧教室采购项目（项目编号：QHZC-2024-061）进行公开招标。被告人张某为使其公司中标，"
     "借用青禾甲工程有限公司、青禾乙科技有限公司的资质参与投标。",
     [("AGENCY", "青禾县教育局"), ("PROJECT_NO", "QHZC-2024-061"), ("PERSON", "张某"), ("COMPANY", "青禾甲工程有限公司"),
      ("COMPANY", "青禾乙科技有限公司")],
     {("青禾甲工程有限公司", "QHZC-2024-061"), ("青禾乙科技有限公司", "QHZC-2024-061")}),
    # firms asked to bid alongside, and a list of registered bidders
    ("青禾县卫生健康局就配送服务项目（项目编号：QHWJ2024-003）组织公开招标。刘某联系青禾丙医疗器械有限公司、"
     "青禾丁商贸有限公司陪标。",
     [("AGENCY", "青禾县卫生健康局"), ("PROJECT_NO", "QHWJ2024-003"), ("PERSON", "刘某"),
      ("COMPANY", "青禾丙医疗器械有限公司"), ("COMPANY", "青禾丁商贸有限公司")],
     {("青禾丙医疗器械有限公司", "QHWJ2024-003"), ("青禾丁商贸有限公司", "QHWJ2024-003")}),
    ("青禾市公共资源交易中心对安防系统项目（项目编号：QHGG-2020-0716）进行公开招标。许某将已报名的青禾戊安防科技有限公司、"
     "青禾己网络工程有限公司等投标人名单泄露给郑某。",
     [("AGENCY", "青禾市公共资源交易中心"), ("PROJECT_NO", "QHGG-2020-0716"), ("PERSON", "许某"),
      ("COMPANY", "青禾戊安防科技有限公司"), ("COMPANY", "青禾己网络工程有限公司"), ("PERSON", "郑某")],
     {("青禾戊安防科技有限公司", "QHGG-2020-0716"), ("青禾己网络工程有限公司", "QHGG-2020-0716")}),
    # 比选: 以…中选
    ("扶贫基地建设项目（项目编号：QHNY-2019-PK-021）由该村委会组织比选，青禾庚农业开发有限公司以人民币49.8万余元中选。",
     [("PROJECT_NO", "QHNY-2019-PK-021"), ("COMPANY", "青禾庚农业开发有限公司")],
     {("青禾庚农业开发有限公司", "QHNY-2019-PK-021")}),
    # the projects of an earlier sentence, named again as 上述两标段 / 两项目
    ("青禾县交通运输委员会先后就第一标段（编号：QJJT-2023-A01）、第二标段（编号：QJJT-2023-A02）公开招标。"
     "青禾南方公司、青禾北方公司分别以412.8万元、396.5万元中得上述两标段。",
     [("AGENCY", "青禾县交通运输委员会"), ("PROJECT_NO", "QJJT-2023-A01"), ("PROJECT_NO", "QJJT-2023-A02"),
      ("COMPANY", "青禾南方公司"), ("COMPANY", "青禾北方公司")],
     {("青禾南方公司", "QJJT-2023-A01"), ("青禾南方公司", "QJJT-2023-A02"), ("青禾北方公司", "QJJT-2023-A01"),
      ("青禾北方公司", "QJJT-2023-A02")}),
    ("青禾县人民医院先后就智慧病房系统（项目编号：QHWX-2021-0712）、物联网平台（项目编号：QHWX-2022-0103）进行公开招标。"
     "陈某通过钱某获取采购需求，两项目均由青禾辛智能科技有限公司中标。",
     [("AGENCY", "青禾县人民医院"), ("PROJECT_NO", "QHWX-2021-0712"), ("PROJECT_NO", "QHWX-2022-0103"), ("PERSON", "陈某"),
      ("PERSON", "钱某"), ("COMPANY", "青禾辛智能科技有限公司")],
     {("青禾辛智能科技有限公司", "QHWX-2021-0712"), ("青禾辛智能科技有限公司", "QHWX-2022-0103")}),
])
def test_bidders_as_judgments_and_indictments_write_them(text: str, spans: list[tuple[str, str]],
                                                          expected: set[tuple[str, str]]) -> None:
    assert _bids(text, spans) == expected


# ------------------------------------------------------------------- posts of the writer and of a party
def test_posts_on_the_writers_signature_and_contact_lines_are_the_writers() -> None:
    text = ("青禾县公安局\n起诉意见书\n\n犯罪嫌疑人汪某涉嫌串通投标一案，现将此案移送审查起诉。\n"
            "联系人：冉某（侦查员）　023-45670000\n此致\n青禾县人民检察院\n局长　孙某\n2025年7月21日\n")
    spans = [("AGENCY", "青禾县公安局"), ("PERSON", "汪某"), ("PERSON", "冉某"), ("POSITION", "侦查员"),
             ("AGENCY", "青禾县人民检察院"), ("POSITION", "局长"), ("PERSON", "孙某")]
    got = {r for r in _relations(text, spans, kind="other", issuer=0) if r[0] == "HOLDS_POSITION"}
    assert got == {("HOLDS_POSITION", "冉某", "侦查员", "青禾县公安局"), ("HOLDS_POSITION", "孙某", "局长", "青禾县公安局")}


def test_a_title_said_again_of_the_same_person_keeps_its_organisation() -> None:
    text = ("被不起诉人于某，男，系青禾立信招标代理有限公司项目负责人。\n"
            "被不起诉人于某作为该项目项目负责人，收受投标人所送1.5万元。\n")
    spans = [("PERSON", "于某"), ("COMPANY", "青禾立信招标代理有限公司"), ("POSITION", "项目负责人"), ("PERSON", "于某"),
             ("POSITION", "项目负责人")]
    got = {r for r in _relations(text, spans, kind="other") if r[0] == "HOLDS_POSITION"}
    assert got == {("HOLDS_POSITION", "于某", "项目负责人", "青禾立信招标代理有限公司")}


def test_a_defendant_units_block_gives_its_legal_representative() -> None:
    text = "被告单位青禾南方建筑劳务有限公司，住所地青禾县古南街道，法定代表人陈某某。\n"
    spans = [("COMPANY", "青禾南方建筑劳务有限公司"), ("POSITION", "法定代表人"), ("PERSON", "陈某某")]
    assert ("LEGAL_REP", "陈某某", "青禾南方建筑劳务有限公司") in _relations(text, spans, kind="court_judgment")


def test_one_person_the_legal_representative_of_two_bidders() -> None:
    text = "二是中标供应商青禾陇原水务工程有限公司与参与投标的青禾清源管业有限公司法定代表人同为刘建某。"
    spans = [("COMPANY", "青禾陇原水务工程有限公司"), ("COMPANY", "青禾清源管业有限公司"), ("POSITION", "法定代表人"),
             ("PERSON", "刘建某")]
    got = _relations(text, spans, kind="other")
    assert {r for r in got if r[0] == "LEGAL_REP"} == {("LEGAL_REP", "刘建某", "青禾陇原水务工程有限公司"),
                                                       ("LEGAL_REP", "刘建某", "青禾清源管业有限公司")}


# ------------------------------------------------------------------------------ a joint header's letter
def test_a_joint_discipline_header_sends_and_receives_as_each_organ() -> None:
    text = ("中共青禾县纪律检查委员会\n青禾县监察委员会\n问题线索移送函\n\n青禾县财政局：\n"
            "青禾县审计局于2026年1月15日向我委移送高标准农田建设项目相关问题。现将相关材料移送你局依法处理。\n")
    spans = [("AGENCY", "中共青禾县纪律检查委员会"), ("AGENCY", "青禾县监察委员会"), ("AGENCY", "青禾县财政局"),
             ("AGENCY", "青禾县审计局"), ("DATE", "2026年1月15日")]
    got = {(r[1], r[2]) for r in _relations(text, spans, kind="other", issuer=0) if r[0] == "REFERRED"}
    assert got == {("青禾县审计局", "中共青禾县纪律检查委员会"), ("青禾县审计局", "青禾县监察委员会"),
                   ("中共青禾县纪律检查委员会", "青禾县财政局"), ("青禾县监察委员会", "青禾县财政局")}


def test_a_joint_meetings_header_is_no_joint_writer() -> None:
    text = ("青禾县纪委监委　青禾县人民检察院\n联席会议纪要\n\n"
            "（一）青禾县人民检察院在办案中发现问题线索，已于2026年8月12日移送青禾县纪委监委。\n")
    spans = [("AGENCY", "青禾县纪委监委"), ("AGENCY", "青禾县人民检察院"), ("AGENCY", "青禾县人民检察院"),
             ("DATE", "2026年8月12日"), ("AGENCY", "青禾县纪委监委")]
    got = {(r[1], r[2]) for r in _relations(text, spans, kind="other", issuer=0) if r[0] == "REFERRED"}
    assert got == {("青禾县人民检察院", "青禾县纪委监委")}


# ------------------------------------------------------------------- a notice of handling results
RESULTS = ("青禾县财政局公告\n2026年第4号\n现将我局政府采购监督检查中发现问题的处理结果公告如下：\n"
           "一、青禾县第二人民医院医疗废物处置服务采购项目（项目编号：QH2025-118）。经查，青禾秦风环保科技有限公司在投标中"
           "提供虚假社保缴纳证明，我局依法作出行政处罚决定：处罚款人民币4,150元。\n"
           "二、青禾县城市管理执法局环卫车辆采购项目（项目编号：QH2025-131）。经查，青禾鑫达汽车销售服务有限公司与"
           "青禾恒通车辆贸易有限公司投标文件的报价明细错误一致，我局作出行政处罚决定，对两公司各处罚款人民币3,600元。\n"
           "三、青禾县城市管理执法局作为采购人未按规定公告政府采购合同，我局责令其限期改正。\n青禾县财政局\n2026年3月18日\n")
RESULTS_SPANS = [("AGENCY", "青禾县财政局"), ("AGENCY", "青禾县第二人民医院"), ("PROJECT_NO", "QH2025-118"),
                 ("COMPANY", "青禾秦风环保科技有限公司"), ("AGENCY", "青禾县城市管理执法局"), ("PROJECT_NO", "QH2025-131"),
                 ("COMPANY", "青禾鑫达汽车销售服务有限公司"), ("COMPANY", "青禾恒通车辆贸易有限公司"),
                 ("AGENCY", "青禾县城市管理执法局"), ("AGENCY", "青禾县财政局")]


def test_a_results_notice_penalises_each_items_finding_and_the_purchaser_it_orders() -> None:
    got = {r for r in _relations(RESULTS, RESULTS_SPANS, kind="penalty_decision", issuer=0) if r[0] == "PENALIZED"}
    assert got == {("PENALIZED", "青禾县财政局", "青禾秦风环保科技有限公司"), ("PENALIZED", "青禾县财政局", "青禾鑫达汽车销售服务有限公司"),
                   ("PENALIZED", "青禾县财政局", "青禾恒通车辆贸易有限公司"), ("PENALIZED", "青禾县财政局", "青禾县城市管理执法局")}


def test_a_results_notices_parties_bid_on_their_own_items_project_and_the_purchaser_on_none() -> None:
    got = {(r[1], r[2]) for r in _relations(RESULTS, RESULTS_SPANS, kind="penalty_decision", issuer=0) if r[0] == "BID_ON"}
    assert got == {("青禾秦风环保科技有限公司", "QH2025-118"), ("青禾鑫达汽车销售服务有限公司", "QH2025-131"),
                   ("青禾恒通车辆贸易有限公司", "QH2025-131")}


def test_the_second_candidate_bid() -> None:
    text = ("青禾县住房和城乡建设局就老旧小区改造工程（项目编号：QH-JS-2024-0217）公开招标。"
            "2024年11月12日，青禾润阜公司以人民币2,317.46万元中标，青禾恒信建设有限公司列第二中标候选人。")
    spans = [("AGENCY", "青禾县住房和城乡建设局"), ("PROJECT_NO", "QH-JS-2024-0217"), ("DATE", "2024年11月12日"),
             ("COMPANY", "青禾润阜公司"), ("COMPANY", "青禾恒信建设有限公司")]
    assert _bids(text, spans) == {("青禾润阜公司", "QH-JS-2024-0217"), ("青禾恒信建设有限公司", "QH-JS-2024-0217")}
