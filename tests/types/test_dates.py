import datetime as dt

import pytest

from graph.types import dates

D = dt.date(2021, 6, 7)


@pytest.mark.parametrize(
    "value",
    ["2021-06-07", "2021-6-7", "2021/6/7", "2021.6.7", "20210607", "2021年6月7日", "2021年6月7",
     "２０２１年６月７日", "二〇二一年六月七日", "二○二一年六月七日", "二零二一年六月七日", " 2021-06-07 00:00:00 ",
     "2021-06-07T09:30", dt.date(2021, 6, 7), dt.datetime(2021, 6, 7, 9, 30)],
)
def test_parse_whole_values(value: object) -> None:
    assert dates.parse(value) == D
    assert dates.clean(value) == "2021-06-07"
    assert dates.validate(value)


def test_tens_in_chinese_numerals() -> None:
    assert dates.parse("二〇二〇年十二月三十一日") == dt.date(2020, 12, 31)
    assert dates.parse("二〇二〇年十月二十日") == dt.date(2020, 10, 20)


class _DriverDate:  # the shape of neo4j.time.Date: a to_native()
    def to_native(self) -> dt.date:
        return D


def test_driver_values() -> None:
    assert dates.parse(_DriverDate()) == D


@pytest.mark.parametrize("value", ["2021-02-30", "2021-13-01", "今天", "2021年6月", "", None, 20210607, True, "6/7/2021"])
def test_not_dates(value: object) -> None:
    assert dates.parse(value) is None
    assert dates.clean(value) is None
    assert not dates.validate(value)


def test_search_in_running_text() -> None:
    assert dates.search("本机关于2021年6月7日收到") == D
    assert dates.search("落款：二〇二一年六月七日") == D
    assert dates.search("日期 2021.6.7 前") == D
    assert dates.search("第2021-6号") is None
    assert dates.search("2021年2月30日") is None


def test_datetime() -> None:
    assert dates.parse_datetime("2021-06-07 09:30") == dt.datetime(2021, 6, 7, 9, 30)
    assert dates.parse_datetime("2021年6月7日 9:30:15") == dt.datetime(2021, 6, 7, 9, 30, 15)
    assert dates.parse_datetime("2021/6/7") == dt.datetime(2021, 6, 7)
    assert dates.parse_datetime("2021-06-07T09:30:00+08:00") == dt.datetime.fromisoformat("2021-06-07T09:30:00+08:00")
    assert dates.parse_datetime("2021-06-07 25:00") is None
    assert dates.parse_datetime("soon") is None
