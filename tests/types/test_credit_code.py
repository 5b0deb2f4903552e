"""统一社会信用代码, expectations worked by hand from GB 32100-2015.

Check character: c18 = ALPHABET[(31 - Σ value(ci)·wi mod 31) mod 31], wi = 3^(i-1) mod 31 =
1 3 9 27 19 26 16 17 20 29 25 13 8 24 10 30 28; letters count A=10 … H=17, J=18 … N=22, P=23,
Q=24, R=25, T=26, U=27, W=28, X=29, Y=30.
"""

import pytest

from graph.errors import ProgrammingError
from graph.types import credit_code

# 9 1 1 1 0 0 0 0 6 0 0 0 3 7 3 4 1 → 9+3+9+27+120+24+168+30+120+28 = 538; 538 mod 31 = 11; 31-11 = 20 → L
STATE_GRID = "91110000600037341L"
# 9 1 5 1 0 6 8 3 M(21) A(10) 6 2 Q(24) 1 X(29) X(29) 7 →
# 9+3+45+27+0+156+128+51+420+290+150+26+192+24+290+870+196 = 2877; 2877 mod 31 = 25; 31-25 = 6
WITH_LETTERS = "91510683MA62Q1XX76"


@pytest.mark.parametrize("code", [STATE_GRID, WITH_LETTERS])
def test_valid_codes(code: str) -> None:
    assert credit_code.validate(code)
    assert credit_code.clean(code) == code
    assert credit_code.problem(code) is None


def test_check_char_by_hand() -> None:
    assert credit_code.check_char("91110000600037341") == "L"
    assert credit_code.check_char("91510683MA62Q1XX7") == "6"
    assert credit_code.make("91510683MA62Q1XX7") == WITH_LETTERS


def test_clean_normalises_width_case_and_spaces() -> None:
    assert credit_code.clean("９１５１０６８３ma62q1xx76") == WITH_LETTERS
    assert credit_code.clean(" 91510683 MA62Q1XX76\n") == WITH_LETTERS


def test_letters_in_the_first_two_places_are_allowed() -> None:
    # Y 1 (其他 登记管理部门): Y(30)·1 + 1·3 = 33, the rest as STATE_GRID from the 3rd on:
    # 33 + 9+27+120+24+168+30+120+28 = 559; 559 mod 31 = 1; 31-1 = 30 → Y
    assert credit_code.validate("Y1110000600037341Y")
    assert credit_code.clean("Y1110000600037341Y") == "Y1110000600037341Y"


@pytest.mark.parametrize(
    ("code", "reason"),
    [
        ("91110000600037341M", "check digit"),          # one off
        ("91510683MA62Q1XX7A", "should be '6'"),
        ("9111000060003734", "18 characters"),
        ("91110000600037341O", "never uses"),           # O is not in the alphabet
        ("91A10000600037341L", "region code"),
    ],
)
def test_invalid_codes_say_why(code: str, reason: str) -> None:
    assert not credit_code.validate(code)
    assert credit_code.clean(code) is None
    assert reason in (credit_code.problem(code) or "")


def test_none_and_junk() -> None:
    assert credit_code.clean(None) is None
    assert not credit_code.validate("")
    with pytest.raises(ProgrammingError):
        credit_code.check_char("9111")


def test_pattern_finds_codes_in_text() -> None:
    found = [m.group() for m in credit_code.PATTERN.finditer(f"统一社会信用代码：{WITH_LETTERS}，法定代表人")]
    assert found == [WITH_LETTERS]
    assert not credit_code.PATTERN.search("X91510683MA62Q1XX76")  # glued to another letter
