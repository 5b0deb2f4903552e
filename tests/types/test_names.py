import pytest

from graph.errors import ProgrammingError
from graph.types import names


def test_id_key_keeps_case_and_spaces_beside_cjk() -> None:
    assert names.id_key("  示例县　财政局 ") == "示例县 财政局"   # ideographic space → space, trimmed
    assert names.id_key("ＡＢＣ  Co") == "ABC Co"
    assert names.id_key(2021) == "2021"


def test_lookup_key_folds_case_and_ocr_spaces() -> None:
    assert names.lookup_key("各执 法监督部门") == "各执法监督部门"
    assert names.lookup_key("  市 财政局\n") == "市财政局"
    assert names.lookup_key("ＡＢＣ  Co") == "abc co"
    with pytest.raises(ProgrammingError):
        names.lookup_key(5)  # type: ignore[arg-type]


def test_the_two_keys_differ_on_purpose() -> None:
    assert names.id_key("示例 公司") != names.lookup_key("示例 公司")


def test_clean() -> None:
    assert names.clean("  ") is None
    assert names.clean(" 张三 ") == "张三"
    assert not names.validate(None)
