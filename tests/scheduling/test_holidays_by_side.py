"""Each side's holiday warnings come from the country chosen for it, not from its code."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from desktop_app.domain.body import DEFAULT_BODY, ROK_SIDE, US_SIDE, Side
from desktop_app.scheduling.holidays_calendar import country_of, holidays_between, side_holiday

JAPAN = Side("JP", "Japan", "일본", "Tokyo", "도쿄", "Asia/Tokyo", "JP")


def test_a_side_takes_its_holiday_country() -> None:
    assert [country_of(side) for side in (ROK_SIDE, US_SIDE, JAPAN)] == ["KR", "US", "JP"]
    assert side_holiday(JAPAN, date(2027, 4, 29)) is not None  # Showa Day
    assert side_holiday(ROK_SIDE, date(2027, 4, 29)) is None


def test_the_country_chosen_wins_over_the_code() -> None:
    """A US side whose desk chose Korean holidays (say, an embassy in Seoul) warns of Chuseok."""
    embassy = replace(US_SIDE, holiday_country="KR")
    chuseok = date(2027, 9, 15)
    assert side_holiday(US_SIDE, chuseok) is None
    assert side_holiday(embassy, chuseok) is not None


def test_a_side_without_a_country_is_guessed_as_before() -> None:
    older = replace(ROK_SIDE, holiday_country="")  # a side of a file from before the choice existed
    assert country_of(older) == "KR"


def test_a_body_with_a_third_country_warns_of_both_sides_holidays() -> None:
    body = replace(DEFAULT_BODY, sides=(ROK_SIDE, JAPAN))
    days = holidays_between(body, date(2027, 4, 28), date(2027, 5, 6))
    assert set(days[date(2027, 5, 5)]) == {"ROK", "JP"}  # Children's Day in both
    assert set(days[date(2027, 4, 29)]) == {"JP"}
