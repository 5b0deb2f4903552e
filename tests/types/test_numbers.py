import pytest

from graph.types import numbers


@pytest.mark.parametrize(
    ("value", "expected"),
    [("2021", 2021), ("２０２１", 2021), ("二〇二一", 2021), ("二○二一", 2021), ("二ＯＯ九", 2009), ("一九九八", 1998),
     ("十", 10), ("十二", 12), ("二十", 20), ("二十三", 23), ("三十一", 31), ("一百零五", 105),
     ("两千五百", 2500), ("十二万三千", 123000), ("壹佰万", 1000000), ("零", 0), (7, 7)],
)
def test_parse(value: object, expected: int) -> None:
    assert numbers.parse(value) == expected
    assert numbers.clean(value) == str(expected)


@pytest.mark.parametrize("value", ["", "十二点五", "abc", "第三", "3.5", True, None])
def test_not_whole_numbers(value: object) -> None:
    assert numbers.parse(value) is None
    assert not numbers.validate(value)
