"""Dates and times typed the ways desk officers type them, in both languages."""

from __future__ import annotations

from datetime import date, time

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop_app.domain.typed_dates import parse_date, parse_time

TODAY = date(2026, 12, 6)


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("2027-01-12", date(2027, 1, 12)),
        (" 2027-1-2 ", date(2027, 1, 2)),
        ("2027년 1월 12일", date(2027, 1, 12)),
        ("2027년1월12일", date(2027, 1, 12)),
        ("1월 12일", date(2027, 1, 12)),  # typed in December: the coming January
        ("12월 1일", date(2026, 12, 1)),  # five days ago: this year's still
        ("2027. 1. 12.", date(2027, 1, 12)),
        ("2027. 1. 12. (화)", date(2027, 1, 12)),  # as the Korean window shows it
        ("2027.01.12", date(2027, 1, 12)),
        ("12 Jan 2027", date(2027, 1, 12)),
        ("Tue 12 Jan 2027", date(2027, 1, 12)),  # as the English window shows it
        ("Jan 12, 2027", date(2027, 1, 12)),
        ("12 January", date(2027, 1, 12)),
        ("25/12/2027", date(2027, 12, 25)),  # cannot be misread
        ("12/25/2027", date(2027, 12, 25)),
    ],
)
def test_a_date_in_any_common_form(typed: str, meant: date) -> None:
    assert parse_date(typed, TODAY) == meant


@pytest.mark.parametrize(
    "typed",
    [
        "",
        "tomorrow-ish",
        "2027-02-30",
        "1/12/2027",
        "March",
        "12 Jan 2027 10:00",
        "9999-12-31",
        "1850-01-01",
        "13월 1일",
    ],
)
def test_what_is_not_one_date_is_refused(typed: str) -> None:
    assert parse_date(typed, TODAY) is None


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("10:00", time(10)),
        ("1000", time(10)),
        ("930", time(9, 30)),
        ("10", time(10)),
        ("9.30", time(9, 30)),
        ("10시", time(10)),
        ("10시 30분", time(10, 30)),
        ("10시 반", time(10, 30)),
        ("오후 3시", time(15)),
        ("오전 12시", time(0)),
        ("3pm", time(15)),
        ("3:30 PM", time(15, 30)),
        ("12 am", time(0)),
        ("23:59", time(23, 59)),
    ],
)
def test_a_time_in_any_common_form(typed: str, meant: time) -> None:
    assert parse_time(typed) == meant


@pytest.mark.parametrize("typed", ["", "24:00", "10:75", "13pm", "noonish", "오후 13시"])
def test_what_is_not_a_time_is_refused(typed: str) -> None:
    assert parse_time(typed) is None


@given(st.text(max_size=40))
def test_nothing_typed_raises(typed: str) -> None:
    parse_date(typed, TODAY)
    parse_time(typed)
