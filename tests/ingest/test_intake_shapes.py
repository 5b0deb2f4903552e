"""Shapes of an ordinary intake (development sets dev23 and tuning16; invented letters of invented
places): a hand-over whose subject is the addressee before 将, a judgment's 被告 as a receiver, a
sentence opening with 该局 after the body was named; persons in a register's 反映对象 column and after a
one-character kin word in a cell, a masked name with a given character (陈某坤) written again, and no
name from 主任X说 or from a street after 镇长."""

from __future__ import annotations

from ingest.nlp import extract_text
from tests.ingest.extract_kit import referred


def _persons(text: str) -> list[str]:
    return [str(e["text"]) for e in extract_text(text)["entities"] if e["label"] == "PERSON"]


def test_the_addressee_before_jiang_sends_what_it_takes_not_a_body_inside_the_matter() -> None:
    letter = ("中共青禾县纪律检查委员会\n青禾县监察委员会\n问题线索受理通知书\n青纪受〔2026〕5号\n\n青禾县审计局：\n"
              "    2026年3月2日，你局以《审计移送处理书》（青审移〔2026〕1号）将在青禾县教育局2025年度经济责任审计中发现的"
              "青禾县第二中学食堂设备采购化整为零问题线索移送我委。经审查，现决定予以受理。\n\n"
              "中共青禾县纪律检查委员会　青禾县监察委员会\n2026年3月9日\n")
    got = referred(letter)
    assert ("青禾县审计局", "中共青禾县纪律检查委员会") in got and ("青禾县审计局", "青禾县监察委员会") in got
    assert not any(frm in ("青禾县教育局", "青禾县第二中学") for frm, _ in got)


def test_a_judgments_defendant_named_by_its_role_receives() -> None:
    judgment = ("丹溪县人民法院\n行 政 判 决 书\n（2026）浙0799行初3号\n\n"
                "    原告丹溪县恒通建材有限公司，住所地丹溪县城关镇工业路6号。\n"
                "    被告丹溪县财政局，住所地丹溪县城关镇人民路18号。\n\n"
                "    经审理查明：2025年6月，丹溪县审计局将原告在丹溪县中医院改造项目中提供虚假材料的线索移送被告。"
                "被告立案调查后作出处罚决定。\n")
    assert ("丹溪县审计局", "丹溪县财政局") in referred(judgment)


def test_a_sentence_opening_with_gai_ju_has_the_body_named_before_as_its_sender() -> None:
    news = ("    这条线索来自石门市审计局。2025年9月，该局在审计中发现石门市园林局绿化养护采购项目中两家投标企业"
            "标书雷同，遂将线索移送石门市纪委监委。\n")
    got = referred(news)
    assert ("石门市审计局", "石门市纪委监委") in got
    assert ("石门市园林局", "石门市纪委监委") not in got


def test_names_in_a_registers_subject_column_and_after_a_kin_word_in_a_cell() -> None:
    register = ("青禾县纪委监委问题线索登记表\n\n"
                "| 序号 | 收到日期 | 反映对象 | 单位及职务 | 涉及企业 / 关系人 | 承办人 |\n"
                "|---|---|---|---|---|---|\n"
                "| 1 | 3.02 | 田国华 | 县教育局副局长 | 青禾丰源公司；妻孟秀兰（股东） | 欧阳斌 |\n"
                "| 2 | 3.09 | 万志勇 | 县水利局股长 | 青禾润田公司；子万浩（监事） | 欧阳斌 |\n")
    found = _persons(register)
    for name in ("田国华", "孟秀兰", "万志勇", "万浩", "欧阳斌"):
        assert name in found, name


def test_a_form_label_in_the_column_beside_a_subject_label_is_no_name() -> None:
    form = "信访人\t刘**\t来源\t来信\n反映对象\t青禾县中医院采购科科长\n主要内容\t反映该院设备采购中存在围标问题。\n"
    assert "主要内容" not in _persons(form)


def test_a_masked_name_with_a_given_character_written_again_is_one_name() -> None:
    text = ("    被告人罗某斌为使其实际控制的公司中标，联系另两家公司陪标。事后罗某斌支付谢某好处费2万元。"
            "被告人罗某斌犯串通投标罪，判处有期徒刑一年。被告人谢某犯罪情节轻微。\n")
    found = _persons(text)
    assert found.count("罗某斌") == 3
    assert "罗某" not in found and "谢某犯" not in found and "谢某" in found


def test_no_name_from_what_a_head_said_nor_from_a_street_after_a_township_head() -> None:
    assert "黎远航" in _persons("“线索一到就有人跟。”石门市纪委监委第二审查调查室主任黎远航说。据了解，今年以来……\n")
    assert "黎远航说" not in _persons("“线索一到就有人跟。”石门市纪委监委第二审查调查室主任黎远航说。据了解，今年以来……\n")
    assert _persons("    被告丹溪县财政局，住所地丹溪县城关镇长安街18号。\n") == []


def test_a_model_name_read_whole_once_is_whole_where_the_model_cut_it() -> None:
    from ingest.nlp.gazetteer import load_gazetteer
    from ingest.nlp.rules.base import Cand
    from ingest.nlp.rules.persons import model_persons
    text = "答：公司是王立栋出钱办起来的，王立栋占大头，投标报价这些是王立栋定的。"
    at = [i for i in range(len(text)) if text.startswith("王立栋", i)]
    model = [Cand(at[0], at[0] + 3, "PERSON", 40, "model"), Cand(at[1], at[1] + 3, "PERSON", 40, "model"),
             Cand(at[2], at[2] + 2, "PERSON", 40, "model")]
    kept = {(c.start, c.end) for c in model_persons(text, model, set(), set(), load_gazetteer())}
    assert (at[2], at[2] + 3) in kept and (at[2], at[2] + 2) not in kept


def test_a_name_and_post_after_a_verb_and_a_colleague_after_tong_shi() -> None:
    text = ("    我公司从未找过欧阳建股长，也没有见到过其他人。\n    联系人：冉晓燕　0838-6190217（如不在，可联系同室邝宪平）\n")
    found = _persons(text)
    assert "欧阳建" in found and "邝宪平" in found
    assert _persons("同事们都知道这件事。\n") == []


def test_what_a_person_put_forward_is_no_part_of_the_name() -> None:
    found = _persons("    参数由办公室主任欧阳芳提出，参会专家中两人书面表示异议。举报人廖建富于11月30日再次来电。\n")
    assert "欧阳芳" in found and "欧阳芳提" not in found and "廖建富" in found


def test_a_name_after_an_advisers_post_and_before_what_is_ones_own() -> None:
    found = _persons("    二、我公司财务顾问邬芳系外地人，与本市行政机关无亲属关系。经查，我局未存有与邝建华个人往来的函件。\n")
    assert "邬芳" in found and "邝建华" in found
    assert _persons("    款项转入公司个人账户。\n") == []
    assert _persons("    资深理财顾问邬先生表示，群山共同组成了一幅画。\n") == []


def test_a_post_in_brackets_after_the_party_a_person_speaks_for() -> None:
    r = extract_text("| 2 | 县道防护工程 | 四川恒瑞路桥建设有限公司 | 邬振华（采购人代表）；龚丽华（投标人法定代表人） | 潘静 |\n")
    ents = r["entities"]
    held = {(ents[x["from"]]["text"], ents[x["to"]]["text"]) for x in r["relations"] if x["type"] == "HOLDS_POSITION"}
    assert ("龚丽华", "法定代表人") in held


def test_a_bodys_year_report_names_who_sent_it_what_it_received() -> None:
    report = ("澄川市公安局经济犯罪侦查大队2026年度工作总结\n\n"
              "    一是线索来源更加多元。全年接收外部移送线索11条：澄川市纪委监委移送4条，澄川市审计局、澄川市财政局各移送3条，"
              "澄川市市场监督管理局移送1条。\n")
    got = referred(report)
    for sender in ("澄川市纪委监委", "澄川市审计局", "澄川市财政局", "澄川市市场监督管理局"):
        assert (sender, "澄川市公安局经济犯罪侦查大队") in got, sender
    plenary = ("在中共澄川市纪律检查委员会第四次全体会议上的工作报告（摘要）\n\n"
               "    全年受理政府采购领域问题线索52件，其中澄川市审计局、澄川市财政局等职能部门移送23件。\n")
    got = referred(plenary)
    assert ("澄川市审计局", "中共澄川市纪律检查委员会") in got and ("澄川市财政局", "中共澄川市纪律检查委员会") in got


def test_an_audit_announcements_items_are_sent_on_by_the_office_its_bracket_names() -> None:
    notice = ("澄川区2025年度区级预算执行审计结果公告\n（澄川区审计局　2026年2月10日公告）\n"
              "    四、审计移送的问题线索情况\n"
              "    （一）澄川区教育局下属学校校服采购规避公开招标问题，已于2025年8月26日移送澄川区纪委监委；\n"
              "    （二）澄川区园艺镇人民政府工程款超付问题，已移送澄川区财政局；\n"
              "    （三）澄川区卫生健康局设备采购中供应商虚假承诺问题，拟移送澄川区财政局。\n")
    r = extract_text(notice)
    assert r["entities"][r["doc"]["issuer"]]["text"] == "澄川区审计局"
    got = referred(notice)
    assert got == {("澄川区审计局", "澄川区纪委监委"), ("澄川区审计局", "澄川区财政局")}
    summary = "澄川市财政局2025年工作总结（节选）\n\n    同时，澄川市审计局在审计中发现的问题，7月移交我局。\n"
    r = extract_text(summary)
    assert r["entities"][r["doc"]["issuer"]]["text"] == "澄川市财政局"


def test_a_procuratorates_report_and_a_level_word_after_a_verb_ending_in_a_county() -> None:
    report = ("澄川县人民检察院工作报告（摘录）\n\n    全年受理县监察委员会移送审查起诉职务犯罪案件17件19人。\n")
    r = extract_text(report)
    agencies = [e["text"] for e in r["entities"] if e["label"] == "AGENCY"]
    assert "县监察委员会" in agencies and "理县监察委员会" not in agencies
    assert ("县监察委员会", "澄川县人民检察院") in referred(report)


def test_a_sentence_after_a_semicolon_opening_with_gai_ju_is_the_body_named_before() -> None:
    judgment = ("    经审理查明：澄川市公共资源交易中心在交易后评估时发现两家公司报价呈等差排列，遂报告澄川市交通运输局；"
                "该局于2025年4月2日将线索移送澄川市公安局。\n")
    got = referred(judgment)
    assert ("澄川市交通运输局", "澄川市公安局") in got


def test_a_trading_centres_short_name_aliases_its_full_name() -> None:
    minutes = ("澄川县公共资源交易监管联席会议纪要\n\n    澄川县发展和改革局、澄川县公共资源交易中心参加会议。"
               "会议指出，县交通运输局将一起线索直接交给县交易中心，县交易中心已将线索移交县发改局。\n")
    aliases = extract_text(minutes)["aliases"]
    assert aliases.get("县交易中心") == "澄川县公共资源交易中心"


def test_a_handlers_field_without_ren_and_a_second_officer_after_his_badge_note() -> None:
    text = ("    办案民警：欧阳强（警号520311）　郜晓峰（警号520348）\n"
            "    经办：冉丽君　0851-3621907\n")
    found = _persons(text)
    assert {"欧阳强", "郜晓峰", "冉丽君"} <= set(found)
    assert _persons("    经办：同意。\n") == []


def test_a_name_opening_a_numbered_item_before_its_act() -> None:
    found = _persons("    一、邝学兵自2026年8月起在汉旺镇安置小区配套道路工程中登记为项目经理。\n"
                     "    2.冉建国于2025年3月收受财物。\n")
    assert "邝学兵" in found and "冉建国" in found
    assert _persons("    一、来函收悉。\n    （二）利害关系未申报。\n") == []
