"""Values typed on the command line, read the one way (:mod:`graph.types.dates`).

Not a command group: it has no ``register``.
"""

from __future__ import annotations

import datetime as dt
from typing import overload

import click

from graph.types import dates, vocabulary


def _day(value: str) -> dt.date:
    day = dates.parse(value)
    if day is None:
        raise click.BadParameter(f"{value!r} is not a date like 2024-03-15")
    return day


@overload
def date_option(value: str, default: dt.date | None = None) -> dt.date: ...
@overload
def date_option(value: str | None, default: dt.date) -> dt.date: ...
@overload
def date_option(value: str | None, default: None = None) -> dt.date | None: ...


def date_option(value: str | None, default: dt.date | None = None) -> dt.date | None:
    """A --date / --since / --until value (2024-03-15, 2024/3/15, 2024年3月15日 …); ``default``
    when not given; a click error a clerk can act on when it is not a date."""
    return default if value is None else _day(value)


def parse_day(value: str | None) -> dt.date:
    """A --today / --as-of value; today when not given."""
    return dt.date.today() if value is None else _day(value)


def violation_codes(_ctx: click.Context, _param: click.Parameter, values: tuple[str, ...]) -> tuple[str, ...]:
    """A repeatable --violation: each a code of the schema's violation vocabulary, its Chinese name or a
    word for it (串通投标, 围标串标 …), as the code."""
    out = []
    for value in values:
        code = vocabulary.clean("violation", value)
        if code is None:
            known = ", ".join(vocabulary.codes("violation"))
            raise click.BadParameter(f"{value!r} is not a violation; use one of: {known} (or its Chinese name)")
        out.append(code)
    return tuple(out)
