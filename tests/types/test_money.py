import pytest

from graph.types import money


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("1,234.5", 1234.5), ("￥1234.5元", 1234.5), ("¥ 1 234.50", 1234.5), ("12.3万", 123000.0),
        ("12.3万元", 123000.0), ("1.5亿元", 150000000.0), ("人民币5万元", 50000.0), ("３万", 30000.0),
        # 大写: 壹拾贰万 = 12×10⁴, 叁仟 = 3000
        ("壹拾贰万叁仟元整", 123000.0), ("人民币壹拾贰万叁仟元整", 123000.0), ("伍万元", 50000.0),
        ("叁佰贰拾元伍角陆分", 320.56), ("壹仟零伍拾元伍角", 1050.5), ("伍拾圆整", 50.0),
        ("十二万三千元", 123000.0), (5000, 5000.0), (12.5, 12.5), ("-5", -5.0),
    ],
)
def test_parse_whole_values(value: object, expected: float) -> None:
    assert money.parse(value) == expected
    assert money.validate(value)


@pytest.mark.parametrize("value", ["", "元", "整", "一些钱", "12.3千克", True, None, "5万3千"])
def test_not_amounts(value: object) -> None:
    assert money.parse(value) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("处以罚款5000元", 5000.0),
        ("处以罚款人民币1.2万元的行政处罚", 12000.0),
        ("罚款3亿元", 300000000.0),
        ("并处罚款人民币壹拾贰万叁仟元整（¥）", 123000.0),
        ("罚款贰万元", 20000.0),
        ("罚款1,500元", 1500.0),
        ("予以警告", None),
    ],
)
def test_search_in_running_text(text: str, expected: float | None) -> None:
    assert money.search(text) == expected


def test_clean() -> None:
    assert money.clean("壹拾贰万叁仟元整") == "123000"
    assert money.clean("叁佰贰拾元伍角陆分") == "320.56"
    assert money.clean("nothing") is None
