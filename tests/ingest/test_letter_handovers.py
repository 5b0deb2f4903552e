"""Hand-overs letters state in a few words (development set dev25's shapes; invented letters of invented
places): 你们联合移送的… in a letter to two bodies (both sent it), 随函移送 (what goes with the letter goes
to its addressees — not in an answer), a superior office's 转办通知单 (X转来… is received by the writer; a
clause opening with 现将 is the writer's act, not that of the body whose leader approved it)."""

from __future__ import annotations

from tests.ingest.extract_kit import referred


def test_you_plural_handed_it_over_jointly_from_both_addressees() -> None:
    letter = ("青禾县财政局\n案件受理通知书\n青财受〔2026〕4号\n\n青禾县审计局、青禾县纪委监委：\n"
              "    2026年5月8日，你们联合移送的《关于青禾县农机站采购问题的移送函》（青审移〔2026〕2号）收悉。"
              "经审查，我局决定予以受理。\n\n青禾县财政局\n2026年5月12日\n")
    got = referred(letter)
    assert {("青禾县审计局", "青禾县财政局"), ("青禾县纪委监委", "青禾县财政局")} <= got


def test_what_goes_with_the_letter_goes_to_its_addressees_but_not_in_an_answer() -> None:
    report = ("青禾县公共资源交易中心\n关于报送开标异常情况的函\n青交易函〔2026〕6号\n\n青禾县财政局、青禾县发展和改革局：\n"
              "    2026年6月3日开标的两个项目系统预警异常。第一项请县财政局处理，第二项请县发改局处理。"
              "相关开标记录及保证金流水随函移送。\n\n青禾县公共资源交易中心\n2026年6月5日\n")
    got = referred(report)
    assert {("青禾县公共资源交易中心", "青禾县财政局"), ("青禾县公共资源交易中心", "青禾县发展和改革局")} <= got
    reply = ("青禾县财政局\n关于协助核实有关情况的复函\n青财函〔2026〕33号\n\n青禾县纪委监委：\n"
             "    你委《协助核实函》（青纪协〔2026〕9号）收悉。现将有关情况函复如下：该项目档案共3卷，随函移交。\n\n"
             "青禾县财政局\n2026年6月9日\n")
    assert ("青禾县财政局", "青禾县纪委监委") not in referred(reply)


def test_a_superior_offices_forwarding_slip() -> None:
    slip = ("青禾县人民政府办公室\n转办通知单\n\n青政办转〔2026〕12号\n\n县财政局：\n"
            "    省人民政府办公厅督查室转来群众来信一件，反映县第二人民医院设备采购项目有关问题。"
            "经县政府分管领导批示，现将该件转你局依法办理。\n\n青禾县人民政府办公室\n2026年7月1日\n")
    got = referred(slip)
    assert ("青禾县人民政府办公室", "县财政局") in got
    assert not any(frm == "县政府" for frm, _ in got)
    assert any(to == "青禾县人民政府办公室" for _, to in got)


def test_a_mechanism_a_state_and_what_was_not_sent_are_no_hand_overs() -> None:
    report = ("青禾县财政局\n关于2026年第二季度违法线索移送情况的函\n青财采函〔2026〕9号\n\n青禾县人民政府：\n"
              "    根据县政府关于建立双向移送机制的要求，现将我局第二季度移送线索情况报告如下：\n"
              "    一、5月6日，将青禾县某某环卫公司串通投标的线索移送青禾县公安局（青财采移〔2026〕3号）。\n"
              "    二、某中学设备采购中评审专家打分异常，我局拟于核查后移送县纪委监委驻县教育局纪检监察组，目前尚未移送。\n\n"
              "青禾县财政局\n2026年7月2日\n")
    got = referred(report)
    assert got == {("青禾县财政局", "青禾县公安局")}
    from ingest.letters import read_letter
    assert read_letter(report, file="q2.txt", sha256="q").kind == "other"   # a report on transfers is none


def test_the_superior_named_by_you_sends_what_it_turned_over_to_us() -> None:
    report = ("青禾县发展和改革委员会\n关于上级交办举报事项办理情况的报告\n青发改报〔2026〕7号\n\n自治区发展改革委：\n"
              "    2026年4月2日，贵委以新发改法规〔2026〕61号交办单将某公司实名举报青禾县某镇人民政府农田建设项目"
              "串通投标的举报件转我委办理。现将办理情况报告如下：经查属实。\n\n青禾县发展和改革委员会\n2026年5月20日\n")
    assert ("自治区发展改革委", "青禾县发展和改革委员会") in referred(report)


def test_a_part_about_staff_reported_to_a_discipline_group_is_handed_over_a_result_is_not() -> None:
    letter = ("青禾县交通运输局\n关于移送某公路养护公司涉嫌违法问题的函\n青交函〔2026〕5号\n\n青禾县公安局：\n"
              "    经我局核查，现将举报材料移送贵局依法处理；涉及我局工作人员的部分，已同步报送青禾县纪委监委驻县交通运输局纪检监察组。"
              "办理结果已报送青禾县纪委监委。\n\n青禾县交通运输局\n2026年5月29日\n")
    got = referred(letter)
    assert ("青禾县交通运输局", "青禾县纪委监委驻县交通运输局纪检监察组") in got
    assert ("青禾县交通运输局", "青禾县纪委监委") not in got


def test_an_acceptance_of_what_was_handed_over_is_still_an_acceptance() -> None:
    from ingest.letters import classify
    assert classify("关于青审移〔2026〕4号移送事项受理情况的函", "", True) == "accept"
    assert classify("关于2026年上半年问题线索移送情况的函", "", True) == "other"


def test_a_bodys_report_on_its_transfers_names_what_it_sent_and_received() -> None:
    """A 情况通报 to 各预算单位 is a report, not a policy; an item naming a matter whose bodies are in it
    (X镇人民政府…的问题，于…移送Y) is the writer's transfer; …经我局移送后，X公安局已立案 — X received it;
    a body that found the problem sends it (X审计局在审计中发现的…问题线索，移送Y)."""
    report = ("青禾县财政局\n关于2026年度政府采购案件移送办理情况的通报\n青财采〔2027〕1号\n\n各预算单位：\n"
              "    现将移送及办理情况通报如下：\n"
              "    一、我局于2026年6月10日以青财函〔2026〕31号将线索移送青禾县纪委监委，该委已立案审查。\n"
              "    二、其中，青禾县某某镇人民政府化肥采购中未招先购的问题，于2026年5月移送青禾县纪委监委。\n"
              "    三、某农资公司伪造检测报告一事，经我局移送后，青禾县公安局已立案侦查。\n"
              "    四、青禾县审计局在审计中发现的县医院未执行政府采购问题线索，移送我局。\n\n青禾县财政局\n2027年1月15日\n")
    got = referred(report)
    assert {("青禾县财政局", "青禾县纪委监委"), ("青禾县财政局", "青禾县公安局"), ("青禾县审计局", "青禾县财政局")} <= got
    assert not any(frm.endswith("镇人民政府") for frm, _ in got)


def test_told_by_the_body_that_took_it_up_and_a_clause_opening_with_the_latter() -> None:
    notice = ("青禾县纪委监委通报2起政府采购领域典型问题\n\n"
              "    一、某镇原党委书记吕某违规插手工程问题。该案线索系青禾县财政局在项目检查中发现后，通过县纪委监委驻县财政局"
              "纪检监察组转交。\n    二、某站站长邓某受贿问题。该问题由青禾县发展和改革局在查处串通投标案件时发现并移送。\n")
    got = referred(notice)
    assert {("青禾县财政局", "青禾县纪委监委"), ("青禾县发展和改革局", "青禾县纪委监委")} <= got
    minutes = ("青禾县公共资源交易监管联席会议纪要\n\n    会议指出，存在移送不规范的问题：青禾县交通运输局将一起业绩造假线索直接交给"
               "青禾县公共资源交易中心，后者无行政处罚权，只得再转交青禾县发展和改革局。\n"
               "    会议剖析了一起案件的办理经过：青禾县审计局在审计中发现青禾县水务局原局长梁某违规打招呼，于2026年5月8日移送青禾县纪委监委。\n")
    got = referred(minutes)
    assert ("青禾县公共资源交易中心", "青禾县发展和改革局") in got
    assert ("青禾县审计局", "青禾县纪委监委") in got and ("青禾县水务局", "青禾县纪委监委") not in got


def test_the_writer_named_by_we_and_a_county_whose_name_opens_with_dan() -> None:
    report = ("在中共青禾县纪律检查委员会第三次全体会议上的工作报告（摘要）\n\n"
              "    县公安局移送的县城投公司原总经理夏某插手工程招标问题，我们仅用两个月即查结，并于2025年9月将其涉嫌受贿犯罪问题"
              "移送青禾县人民检察院审查起诉。\n")
    got = referred(report)
    assert ("中共青禾县纪律检查委员会", "青禾县人民检察院") in got
    assert ("县公安局", "中共青禾县纪律检查委员会") in got and ("县公安局", "青禾县人民检察院") not in got
    notice = ("单县市场监督管理局\n关于行政执法与刑事司法衔接案件移送情况的通报\n单市监通〔2026〕4号\n局机关各科室：\n"
              "    本案线索原系单县财政局移送我局，我局调查后认为涉嫌串通投标罪，于2026年2月13日移送单县公安局。\n"
              "    另一案，移送前经与单县人民检察院会商，于2026年3月2日移送单县公安局。\n")
    got = referred(notice)
    assert ("单县市场监督管理局", "单县公安局") in got and ("单县财政局", "单县市场监督管理局") in got
    assert ("单县人民检察院", "单县公安局") not in got


def test_a_receipt_signed_by_an_office_standing_in_for_the_seal_is_that_offices() -> None:
    from ingest.nlp import extract_text
    receipt = ("回　执\n\n青禾县财政局：\n    你局《问题线索移送函》（青财函〔2026〕18号）已于2026年12月4日收到。\n\n"
               "承办人：冉雪梅　　签收人：冉雪梅\n\n中共青禾县纪委监委信访室（代章）\n2026年12月4日\n")
    r = extract_text(receipt)
    assert r["entities"][r["doc"]["issuer"]]["text"] == "中共青禾县纪委监委信访室"


def test_what_a_meeting_agreed_and_what_is_still_to_be_decided_are_no_hand_overs() -> None:
    minutes = ("青禾县公共资源交易监管联席会议纪要\n\n    会议议定：一是上述线索由县发改局依法查处；二是青禾县审计局在5月15日前将"
               "七里村镇项目线索正式移送青禾县财政局；三是今后各单位直接移送有管辖权的部门。\n"
               "    （三）关于疑似伪造的授权书，是否移送青禾县公安局，由青禾县财政局会同经侦大队研判后确定。\n")
    got = referred(minutes)
    assert ("青禾县审计局", "青禾县财政局") not in got and ("青禾县财政局", "青禾县公安局") not in got
