import pytest

from graph.types import phone


@pytest.mark.parametrize(
    ("value", "expected"),
    [("0838-6202123", "08386202123"), ("(0838) 6202123", "08386202123"), ("+86 139 0838 1234", "13908381234"),
     ("0086-13908381234", "13908381234"), ("8613908381234", "13908381234"), ("１３９０８３８１２３４", "13908381234"),
     ("139-0838-1234", "13908381234"), ("6202123", "6202123")],
)
def test_clean(value: str, expected: str) -> None:
    assert phone.clean(value) == expected
    assert phone.validate(value)


@pytest.mark.parametrize("value", ["123", "0838-62021231234", "电话", "", None])
def test_not_phones(value: object) -> None:
    assert phone.clean(value) is None


def test_pattern_in_text() -> None:
    text = "联系电话：13908381234，办公室0838-6202123，服务热线400-123-4567。编号20210607123456"
    assert [m.group() for m in phone.PATTERN.finditer(text)] == ["13908381234", "0838-6202123", "400-123-4567"]
