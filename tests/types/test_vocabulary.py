from pathlib import Path

import pytest

from graph.errors import ProgrammingError, SchemaError
from graph.types import vocabulary


@pytest.mark.parametrize(
    ("value", "code"),
    [("finance", "finance"), ("财政局", "finance"), ("纪委", "discipline"), ("ＮＤＲＣ", "ndrc"), (" 发改委 ", "ndrc"),
     ("trading centre", "trading_centre"), ("采购单位", "purchaser"), ("其它", "other")],
)
def test_clean_codes_and_words(value: str, code: str) -> None:
    assert vocabulary.clean("agency_kind", value) == code
    assert vocabulary.validate("agency_kind", value)


def test_unknown() -> None:
    assert vocabulary.clean("agency_kind", "气象局") is None
    assert vocabulary.clean("agency_kind", None) is None
    with pytest.raises(ProgrammingError, match="unknown vocabulary"):
        vocabulary.terms("colours")


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("示例县公共资源交易监督管理局", "trading_supervision"),  # before 交易中心 and 财政
        ("示例县公共资源交易中心", "trading_centre"),
        ("中共示例县纪律检查委员会", "discipline"),
        ("示例县财政局", "finance"),
        ("示例县公安局经侦大队", "police"),
        ("示例县住房和城乡建设局", "industry_regulator"),
        ("示例县人民政府", "government"),
        ("示例县气象局", None),
    ],
)
def test_kind_in_name(name: str, code: str | None) -> None:
    assert vocabulary.kind_in_name("agency_kind", name) == code


def test_zh() -> None:
    assert vocabulary.zh("agency_kind", "court") == "人民法院"
    assert vocabulary.zh("agency_kind", "nope") == "nope"
    assert vocabulary.codes("agency_kind")[0] == "discipline"


@pytest.mark.parametrize(
    ("value", "code"),
    [("collusion", "collusion"), ("串通投标", "collusion"), ("围标串标", "collusion"), ("围标 串标", "collusion"),
     ("串通投标罪", "collusion_crime"), ("先上车后补票", "contract_violation"), ("借用资质", "qualification_borrowing"),
     ("其他违法违规", "other"), ("ABUSE OF POWER", "abuse_of_power")],
)
def test_violations(value: str, code: str) -> None:
    assert vocabulary.clean("violation", value) == code


def test_violation_names() -> None:
    assert vocabulary.zh("violation", "collusion") == "串通投标"
    assert vocabulary.zh("violation", "other") == "其他违法违规"
    assert vocabulary.terms("violation")["trading_ban"].en == "banning a party from the trading centre"
    assert vocabulary.clean("violation", "偷税") is None


def test_agency_kind_by_its_chinese_name() -> None:
    assert vocabulary.clean("agency_kind", "人民法院") == "court"


def _schema(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "schema.yaml"
    path.write_text("vocabularies:\n  colour:\n" + body, encoding="utf-8")
    return path


def test_one_word_names_one_code(tmp_path: Path) -> None:
    path = _schema(tmp_path, "    red: {zh: 红, words: [赤]}\n    crimson: {zh: 深红, words: [赤]}\n")
    with pytest.raises(SchemaError, match=r"vocabularies.colour.crimson: '赤' already names 'red'"):
        vocabulary._vocabularies(path)


def test_a_code_needs_zh(tmp_path: Path) -> None:
    with pytest.raises(SchemaError, match=r"vocabularies.colour.Red: a code is"):
        vocabulary._vocabularies(_schema(tmp_path, "    Red: {zh: 红}\n"))
    with pytest.raises(SchemaError, match=r"vocabularies.colour.red: .*needs zh"):
        vocabulary._vocabularies(_schema(tmp_path, "    red: {words: [赤]}\n"))


def test_the_classifier_states_only_vocabulary_violations() -> None:
    from ingest.nlp.classify import VIOLATION_PATTERNS

    assert set(VIOLATION_PATTERNS) <= set(vocabulary.codes("violation"))
