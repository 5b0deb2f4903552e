"""Extraction shapes met while reading resolution tuning set 3's errors (issue 11: persons the
resolver could not place because the extractor gave no name, no organisation or no post), each fixed
by structure and tested on text written for this file (invented places 青禾/东川 — and the real 湘潭县, whose name a company's short form is read after —, bodies, companies
and people; no evaluation letter is quoted)."""

from __future__ import annotations

from ingest.nlp import extract_text
from tests.ingest.extract_kit import holds, spans


def test_names_opening_numbered_items_of_a_field() -> None:
    text = ("涉及人员：1.柏文涛，青禾县财政局采购股股长；2.柏文海，青禾县恒远建设有限公司股东；"
            "3.鲁长青，青禾县恒远建设有限公司法定代表人\n附件：取证单2份\n")
    assert spans(text, "PERSON") == ["柏文涛", "柏文海", "鲁长青"]
    assert ("柏文涛", "股长", "青禾县财政局采购股") in holds(text)


def test_numbered_items_of_words_are_no_persons() -> None:
    assert spans("整改要求：1.张贴公告，公开处理结果；2.方案报备，限期完成。", "PERSON") == []


def test_a_name_right_after_a_bodys_pronoun() -> None:
    assert spans("你委苗东来同志6月3日送达的协助调查函收悉。", "PERSON") == ["苗东来"]


def test_a_trade_short_form_before_a_post_is_the_company() -> None:
    text = ("湘潭县恒远建设工程有限公司中标该项目。项目实施期间，恒远建设法定代表人鲁长青曾两次到我局反映，"
            "恒远建设公司未按期进场。")
    assert spans(text, "COMPANY") == ["湘潭县恒远建设工程有限公司", "恒远建设", "恒远建设公司"]


def test_a_four_character_run_with_no_post_after_it_is_not_a_company() -> None:
    text = "湘潭县恒远建设工程有限公司中标。恒远建设工期延误三个月。"
    assert spans(text, "COMPANY") == ["湘潭县恒远建设工程有限公司"]


def test_a_post_after_a_company_with_an_identity_number_and_a_short_name_between() -> None:
    text = ("一、鲁长青（身份证号510683197908123216），东川德恒环保科技有限公司（以下简称德恒公司）法定代表人，"
            "手机13900000000。\n")
    r = extract_text(text)
    ents = r["entities"]
    reps = {(ents[x["from"]]["text"], ents[x["to"]]["text"]) for x in r["relations"] if x["type"] == "LEGAL_REP"}
    assert ("鲁长青", "东川德恒环保科技有限公司") in reps


def test_a_bare_heads_title_in_the_bodys_own_letter_is_the_writers() -> None:
    text = ("关于协助调查函的复函\n青住建函〔2025〕8号\n\n青禾县纪委监委：\n"
            "你委协助调查函收悉。经局长鲁长青主持局务会研究，现将有关情况回复如下：\n"
            "一、该项目由我局于2024年组织招标。\n\n青禾县住房和城乡建设局\n2025年5月21日\n")
    assert ("鲁长青", "局长", "青禾县住房和城乡建设局") in holds(text)


def test_a_bare_heads_title_in_another_bodys_letter_stays_unplaced() -> None:
    """The writer is a 纪委 (no 局), or another 局 is named: the title is not the writer's."""
    text = ("青禾县纪委监委\n关于有关情况的通报\n\n经局长鲁长青主持研究，我委决定立案。\n\n青禾县纪委监委\n2025年5月21日\n")
    assert ("鲁长青", "局长", "青禾县纪委监委") not in holds(text)
    text2 = ("青禾县审计局\n关于移送问题线索的函\n\n青禾县水利局：经局长鲁长青同意，我局将有关线索移送你局。\n\n"
             "青禾县审计局\n2025年5月21日\n")
    assert not any(o is not None for p, t, o in holds(text2) if p == "鲁长青")


def test_a_table_row_with_its_last_cell_empty_stays_in_the_table() -> None:
    text = ("单位\t姓名\t职务\t联系电话\n"
            "青禾县财政局\t柏文涛\t采购股股长\t13800000001\n"
            "青禾县交通运输局\t苗东来\t副局长\t\n"
            "青禾县审计局\t鲁长青\t审计股股长\t0838-6200000\n")
    held = holds(text)
    assert ("苗东来", "副局长", "青禾县交通运输局") in held
    assert ("鲁长青", "股长", "青禾县审计局") in held


def test_a_bar_table_with_an_empty_cell_inside_a_row_and_a_two_name_header() -> None:
    """(resolution tuning set 4) | 职务/身份 | names the post column; an empty 联系电话 cell keeps the row."""
    text = ("| 序号 | 姓名 | 单位 | 职务/身份 | 联系电话 | 备注 |\n|---|---|---|---|---|---|\n"
            "| 1 | 柏文涛 | 青禾县住房和城乡建设局 | 局长 |  | 已给予警告 |\n"
            "| 2 | 鲁长青 | 青禾县恒远建设工程有限公司 | 法定代表人 | 0838-6200011 | 在查 |\n"
            "| 3 | 苗东来 | 青禾县教育局 | 副局长 |  | 配偶持股 |\n")
    held = holds(text)
    assert ("柏文涛", "局长", "青禾县住房和城乡建设局") in held
    assert ("苗东来", "副局长", "青禾县教育局") in held
    assert "副局长" not in spans(text, "PERSON")


def test_a_bureaus_head_is_no_companys_post() -> None:
    """(resolution tuning set 4) the company named before in the sentence is not the 副局长's organisation."""
    text = "投标人青禾恒远建设有限公司授权代表魏东与采购人代表、交通运输局副局长柏文涛在休息区交谈约十分钟。"
    assert not any(p == "柏文涛" and o == "青禾恒远建设有限公司" for p, _, o in holds(text))
