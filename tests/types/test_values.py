import datetime as dt

from graph.types import values


class _Date:
    def to_native(self) -> dt.date:
        return dt.date(2024, 3, 1)


class _Duration:
    def to_native(self) -> object:
        raise ValueError("months cannot be a timedelta")

    def __str__(self) -> str:
        return "P1M"


def test_native() -> None:
    assert values.native(_Date()) == dt.date(2024, 3, 1)
    assert values.native([_Date(), {"d": _Date(), "n": 1}]) == [dt.date(2024, 3, 1), {"d": dt.date(2024, 3, 1), "n": 1}]
    assert values.native(_Duration()) == "P1M"
    assert values.native("x") == "x"
