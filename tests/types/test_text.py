"""The one text view. Expectations are the characters as written in simplified Chinese by hand."""

import pytest

from graph.types import text


@pytest.mark.parametrize(
    ("original", "simplified"),
    [
        ("瞭解", "了解"),                       # a TSPhrases entry: 瞭 alone stays (瞭望)
        ("不瞭解情況", "不了解情况"),
        ("瞭望", "瞭望"),
        ("⾦額", "金额"),                       # ⾦ is the Kangxi radical U+2FA6
        ("關於移送案件線索的函", "关于移送案件线索的函"),
        ("乾燥的乾坤", "干燥的乾坤"),           # 乾 → 干 only where a phrase says so
        ("頭髮與發現", "头发与发现"),
        ("皇后", "皇后"),
        ("（一）２０２１年", "（一）２０２１年"),  # simplified() leaves the width alone
        ("", ""),
    ],
)
def test_simplified(original: str, simplified: str) -> None:
    view, offsets = text.simplified(original)
    assert view == simplified
    assert offsets.is_identity and len(view) == len(original)


def test_view_folds_width_too() -> None:
    assert text.view("（一）２０２１年瞭解⾦額") == "(一)2021年了解金额"
    assert text.view("\u3000﹝２０２１﹞") == " 〔2021〕"


def test_fold_lowers_case() -> None:
    assert text.fold("ＡＢＣ瞭解⾦額") == "abc了解金额"
    assert text.fold("乾坤") == "乾坤"


def test_every_view_gives_the_same_characters() -> None:
    for s in ("瞭解", "⾦", "關於"):
        assert text.simplified(s)[0] == text.view(s) == text.fold(s)


def test_simplified_char() -> None:
    assert text.simplified_char("⾦") == "金"
    assert text.simplified_char("關") == "关"
    assert text.simplified_char("瞭") == "瞭"


def test_traditional() -> None:
    assert text.traditional("关于线索") == "關於線索"


def test_looks_traditional() -> None:
    assert text.looks_traditional("關於移送案件線索的函")
    assert not text.looks_traditional("关于移送案件线索的函")
    assert not text.looks_traditional("这个后续处理的問题由我局负责")  # one 問 among simplified-only 这, 个, 题…
    assert not text.looks_traditional("")


def test_clean() -> None:
    assert text.clean("  關於 ") == "关于"
    assert text.clean("   ") is None
    assert not text.validate(None)
