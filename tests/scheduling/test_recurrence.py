"""Recurrence rules: the presets officers use, and the bounds every rule is held to."""

from __future__ import annotations

from datetime import datetime

import pytest

from desktop_app.errors import InvalidInput
from desktop_app.scheduling.recurrence import (
    MAX_OCCURRENCES,
    describe,
    expand,
    parse_rule,
    preset_rule,
    until_end_of,
)

FIRST = datetime(2027, 1, 12, 10, 0)  # the second Tuesday of January 2027


def test_monthly_on_the_second_tuesday() -> None:
    rule = preset_rule("monthly-weekday", FIRST)
    assert rule == "FREQ=MONTHLY;BYDAY=2TU"
    dates = expand(rule, FIRST, count=4, until=None)
    assert [d.day for d in dates] == [12, 9, 9, 13]
    assert all(d.weekday() == 1 and 8 <= d.day <= 14 for d in dates)
    assert describe(rule, FIRST).startswith("monthly on the 2nd Tuesday")


def test_a_fifth_weekday_becomes_the_last_one() -> None:
    first = datetime(2027, 3, 30, 10)  # the fifth (and last) Tuesday of March
    assert preset_rule("monthly-weekday", first) == "FREQ=MONTHLY;BYDAY=-1TU"


def test_every_six_weeks_until_an_end_date() -> None:
    dates = expand(preset_rule("six-weeks", FIRST), FIRST, count=None, until=until_end_of(datetime(2027, 6, 30).date()))
    assert [d.strftime("%m-%d") for d in dates] == ["01-12", "02-23", "04-06", "05-18", "06-29"]


def test_quarterly_with_a_count() -> None:
    dates = expand(preset_rule("quarterly", FIRST), FIRST, count=4, until=None)
    assert [d.month for d in dates] == [1, 4, 7, 10]
    assert describe("FREQ=MONTHLY;INTERVAL=3", FIRST).startswith("quarterly")


def test_a_raw_rrule_is_accepted_and_count_kept_apart() -> None:
    rule = parse_rule("RRULE:FREQ=MONTHLY;BYDAY=TU;BYSETPOS=-1;COUNT=3")
    assert rule.count == 3 and "COUNT" not in rule.core
    assert [d.day for d in expand(rule.core, FIRST, count=rule.count, until=None)] == [26, 23, 30]


@pytest.mark.parametrize(
    ("rule", "message"),
    [
        ("FREQ=SECONDLY;COUNT=5", "SECONDLY"),
        ("FREQ=MINUTELY;COUNT=5", "MINUTELY"),
        ("FREQ=HOURLY;COUNT=5", "HOURLY"),
        ("FREQ=DAILY", "never ends"),
        ("FREQ=DAILY;COUNT=501", "at most 500"),
        ("FREQ=DAILY;COUNT=499;INTERVAL=7", "past"),
        ("FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30;COUNT=2", "never happens"),
        ("FREQ=MONTHLY;BYDAY=1MO;BYMONTHDAY=20;COUNT=2", "numbered weekday"),
        ("FREQ=MONTHLY;BYDAY=MO;BYSETPOS=6;COUNT=2", "never has that many"),
        ("FREQ=WEEKLY;BYSETPOS=1;COUNT=2", "BYSETPOS"),
        ("FREQ=DAILY;INTERVAL=100000;COUNT=2", "INTERVAL"),
        ("FREQ=YEARLY;BYWEEKNO=20;COUNT=2", "BYWEEKNO"),
        ("FREQ=DAILY;COUNT=2;UNTIL=20280101", "both COUNT and UNTIL"),
        ("FREQ=WEEKLY;BYDAY=XX;COUNT=2", "weekdays"),
        ("nonsense", "KEY=VALUE"),
    ],
)
def test_rules_out_of_bounds_are_refused_saying_why(rule: str, message: str) -> None:
    with pytest.raises(InvalidInput, match=message):
        expand(rule, FIRST, count=None, until=None)


def test_the_cap_is_exactly_500_within_five_years() -> None:
    assert len(expand("FREQ=DAILY", FIRST, count=MAX_OCCURRENCES, until=None)) == MAX_OCCURRENCES
    with pytest.raises(InvalidInput, match="more than 500"):
        expand("FREQ=DAILY", FIRST, count=None, until=datetime(2029, 1, 1))
    with pytest.raises(InvalidInput, match="past 12 Jan 2032"):
        expand("FREQ=MONTHLY", FIRST, count=None, until=datetime(2033, 1, 1))
