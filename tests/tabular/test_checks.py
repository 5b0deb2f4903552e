"""Value checks: credit codes and identity numbers by their check digits, amounts, shares, contacts."""

from __future__ import annotations

import datetime as dt
import random

import pytest

from graph.errors import InvalidData
from graph.types import credit_code, idcard
from ingest.tabular import checks

KNOWN_VALID = ["91350100M000100Y43", "91510683MA62A1B3C8", "91510600MA6H7J8K9H", "92510683MA6X9Y1A24"]


@pytest.mark.parametrize("code", KNOWN_VALID)
def test_valid_credit_codes_pass(code: str) -> None:
    assert checks.credit_code(code) == code


def test_lower_case_full_width_and_spaces_are_normalised() -> None:
    assert checks.credit_code(" ９１３５０１００ｍ０００１００ｙ４３ ") == "91350100M000100Y43"


def test_generated_codes_pass_and_every_other_last_character_fails() -> None:
    rng = random.Random(7)
    for _ in range(200):
        body = "91" + "".join(rng.choice("0123456789") for _ in range(6)) + "".join(
            rng.choice(credit_code.ALPHABET) for _ in range(9)
        )
        code = credit_code.make(body)
        assert checks.credit_code(code) == code
        for wrong in credit_code.ALPHABET:
            if wrong != code[-1]:
                with pytest.raises(InvalidData, match="check digit"):
                    checks.credit_code(code[:-1] + wrong)


@pytest.mark.parametrize(
    ("code", "reason"),
    [
        ("91350100M000100Y44", r"last character should be '3'"),
        ("91350100M000100Y4", "has 17"),
        ("91350100M000100Y433", "has 19"),
        ("91350100M0001O0Y43", "'O'"),  # letter O is never used
        ("91350100M000I00Y43", "'I'"),
        ("913501A0M000100Y43", "region code"),
        ("", "has 0"),
    ],
)
def test_bad_credit_codes_say_why(code: str, reason: str) -> None:
    with pytest.raises(InvalidData, match=reason):
        checks.credit_code(code)


def test_transposed_digits_are_caught() -> None:
    good = "91350100M000100Y43"
    swapped = good[:3] + good[4] + good[3] + good[5:]
    with pytest.raises(InvalidData):
        checks.credit_code(swapped)


@pytest.mark.parametrize("number", ["990000197806050041", "990000198001010055", "11010519491231002X", "110105491231002"])
def test_identity_numbers(number: str) -> None:
    assert checks.id_number(number.lower()) == number


@pytest.mark.parametrize("number", ["990000197806050042", "99000019780605004", "9900001978060500X1"])
def test_bad_identity_numbers(number: str) -> None:
    with pytest.raises(InvalidData):
        checks.id_number(number)


def test_identity_number_is_stored_only_as_hash() -> None:
    h = idcard.digest("990000197806050041")
    assert h.startswith("sha256:") and "990000197806050041" not in h and len(h) == 71


@pytest.mark.parametrize(
    ("raw", "expected"),
    [("60%", 0.6), ("60％", 0.6), ("60", 0.6), (60, 0.6), ("0.6", 0.6), (1, 1.0), ("100", 1.0), ("33.3333%", 0.333333)],
)
def test_share(raw: object, expected: float) -> None:
    assert checks.share(raw) == pytest.approx(expected)


@pytest.mark.parametrize("raw", ["0", "-5%", "150", "六成", "101%"])
def test_bad_share(raw: str) -> None:
    with pytest.raises(InvalidData, match="share"):
        checks.share(raw)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [("1,234.50", 1234.5), ("￥1234.5元", 1234.5), ("12.3万", 123000.0), ("98万元", 980000.0), (945000, 945000.0)],
)
def test_amount(raw: object, expected: float) -> None:
    assert checks.amount(raw) == pytest.approx(expected)


@pytest.mark.parametrize("raw", ["abc", "-3", True])
def test_bad_amount(raw: object) -> None:
    with pytest.raises(InvalidData):
        checks.amount(raw)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [("2021-06-07", dt.date(2021, 6, 7)), ("2021年6月7日", dt.date(2021, 6, 7)), ("2021/6/7", dt.date(2021, 6, 7)),
     ("20210607", dt.date(2021, 6, 7)), ("2021-06-07 00:00:00", dt.date(2021, 6, 7)),
     (dt.datetime(2021, 6, 7, 9, 30), dt.date(2021, 6, 7))],
)
def test_dates(raw: object, expected: dt.date) -> None:
    assert checks.date(raw) == expected


@pytest.mark.parametrize("raw", ["2021-02-30", "6/7/2021", "明天", "2021-13-01"])
def test_bad_dates(raw: str) -> None:
    with pytest.raises(InvalidData):
        checks.date(raw)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [("0838-6202123", "08386202123"), ("+86 139 0000 0001", "13900000001"), ("8613900000001", "13900000001"),
     (13900000001.0, "13900000001")],
)
def test_phone(raw: object, expected: str) -> None:
    assert checks.phone(raw) == expected


def test_ip_and_mac() -> None:
    assert checks.ip(" 117.173.22.41 ") == "117.173.22.41"
    assert checks.ip("2001:DB8::1") == "2001:db8::1"
    assert checks.mac("00-1a-2b-3c-4d-5e") == checks.mac("001A.2B3C.4D5E") == "00:1A:2B:3C:4D:5E"
    for bad, fn in (("117.173.22.410", checks.ip), ("00-1A-2B-3C-4D", checks.mac)):
        with pytest.raises(InvalidData):
            fn(bad)


@pytest.mark.parametrize(
    ("parser", "raw", "expected"),
    [(checks.relation, "配偶", "spouse"), (checks.relation, "女儿", "child"), (checks.relation, "Spouse", "spouse"),
     (checks.method, "公开招标", "public_tender"), (checks.sector, "工程", "construction"),
     (checks.sanction_kind, "禁止参加政府采购活动", "debarment"), (checks.role, "法定代表人", "legal_representative"),
     (checks.role, "副总经理", "副总经理"), (checks.yes_no, "是", True), (checks.yes_no, "未中标", False)],
)
def test_vocabularies(parser, raw, expected) -> None:
    assert parser(raw) == expected


def test_unknown_vocabulary_lists_the_choices() -> None:
    with pytest.raises(InvalidData, match=r"unknown relation '邻居'.*spouse \(配偶"):
        checks.relation("邻居")
