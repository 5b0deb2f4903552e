"""居民身份证号码, expectations worked by hand from GB 11643-1999.

Check character: Σ ai·wi mod 11 with wi = 7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2, then
remainder 0 1 2 3 4 5 6 7 8 9 10 → 1 0 X 9 8 7 6 5 4 3 2.
"""

import pytest

from graph.types import idcard

# the standard's examples:
# 1 1 0 1 0 5 1 9 4 9 1 2 3 1 0 0 2 → 7+9+5+20+2+9+24+27+7+18+30+5+4 = 167; 167 mod 11 = 2 → X
# 4 4 0 5 2 4 1 8 8 0 0 1 0 1 0 0 1 → 28+36+25+16+16+2+8+48+9+5+2 = 195; 195 mod 11 = 8 → 4
BEIJING = "11010519491231002X"
SHANTOU = "440524188001010014"


@pytest.mark.parametrize("number", [BEIJING, SHANTOU])
def test_standard_examples(number: str) -> None:
    assert idcard.validate(number)
    assert idcard.clean(number.lower()) == number


def test_check_char_by_hand() -> None:
    assert idcard.check_char("11010519491231002") == "X"
    assert idcard.check_char("44052418800101001") == "4"
    assert idcard.make("44052418800101001") == SHANTOU


def test_fictional_region_is_fine() -> None:
    # 9 9 0 0 0 0 1 9 7 8 0 6 0 5 0 0 4 → 63+81+2+9+42+24+54+25+8 = 308; 308 mod 11 = 0 → 1
    assert idcard.validate("990000197806050041")
    assert not idcard.validate("99000019780605004X")


def test_old_fifteen_digit_numbers_are_accepted() -> None:
    assert idcard.clean("110105491231002") == "110105491231002"


@pytest.mark.parametrize(
    ("number", "reason"),
    [
        ("110105194912310021", "check digit"),
        ("11010519491231002", "18 characters"),
        ("11010519491331002X", "date of birth"),   # month 13
        ("1101051949123100XX", "18 characters"),
    ],
)
def test_invalid_numbers_say_why(number: str, reason: str) -> None:
    assert not idcard.validate(number)
    assert reason in (idcard.problem(number) or "")


def test_digest_is_of_the_clean_form() -> None:
    # sha256("11010519491231002X") — the clean form; the lower-case x is upper-cased first
    assert idcard.digest("11010519491231002x") == idcard.digest(BEIJING)
    assert idcard.digest(BEIJING).startswith("sha256:") and len(idcard.digest(BEIJING)) == 7 + 64
