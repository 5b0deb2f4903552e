import pytest

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
    with pytest.raises(ValueError, match="unknown vocabulary"):
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
