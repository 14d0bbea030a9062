"""How a packet prints dates, times, ordinals and Korean titles."""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest

from desktop_app.briefing.formatting import clock, day_and_times, ordinal, title_ko, zones
from desktop_app.briefing.model import clean
from desktop_app.domain.body import DEFAULT_BODY

SEOUL, WASHINGTON = ZoneInfo("Asia/Seoul"), ZoneInfo("America/New_York")


@pytest.mark.parametrize(
    ("number", "text"), [(1, "1st"), (2, "2nd"), (3, "3rd"), (4, "4th"), (11, "11th"), (22, "22nd")]
)
def test_ordinal(number: int, text: str) -> None:
    assert ordinal(number) == text


def test_times_name_the_other_day_when_the_session_crosses_midnight() -> None:
    start, end = datetime(2026, 12, 15, 14, 30, tzinfo=UTC), datetime(2026, 12, 15, 17, 30, tzinfo=UTC)
    assert day_and_times(start, end, WASHINGTON) == "Tuesday 15 December 2026, 09:30–12:30 EST"
    assert day_and_times(start, end, SEOUL) == "Tuesday 15 December 2026, 23:30 – Wed 16 Dec 02:30 KST"


def test_clock_marks_an_item_starting_the_next_day() -> None:
    first_day = date(2026, 12, 15)
    assert clock(datetime(2026, 12, 15, 14, 30, tzinfo=UTC), SEOUL, first_day) == "23:30"
    assert clock(datetime(2026, 12, 15, 15, 30, tzinfo=UTC), SEOUL, first_day) == "00:30 (+1)"


def test_zones_put_the_sessions_own_first_and_name_capitals() -> None:
    assert [label for label, _ in zones("America/New_York", DEFAULT_BODY)] == ["Washington", "Seoul"]
    assert [label for label, _ in zones("Europe/Zurich", DEFAULT_BODY)] == ["Zurich", "Seoul", "Washington"]


def test_korean_titles_put_the_organization_first_once() -> None:
    assert title_ko("북미국장", "외교부") == "외교부 북미국장"
    assert title_ko("국무부 한국과장", "국무부") == "국무부 한국과장"
    assert title_ko("", "외교부") == "외교부"


def test_clean_drops_what_xml_cannot_hold() -> None:
    assert clean(" a\x00b\x07c\r\nd\x1f ") == "abc\nd"


def test_characters_xml_cannot_carry_are_dropped_not_fatal() -> None:
    from xml.dom.minidom import parseString

    from desktop_app.briefing.ooxml import W_NS, text_runs

    run = text_runs("Line\x0bwith\x00controls 한글 <&>")
    parseString(f'<w:p xmlns:w="{W_NS}">{run}</w:p>')
    assert "한\u2060글 &lt;&amp;&gt;" in run  # a word joiner keeps the Korean word whole


def test_korean_words_stay_whole_and_unspaced() -> None:
    from desktop_app.briefing.ooxml import korean_words_whole, text_runs

    # 제8차 and 30일: joined, so LibreOffice neither adds a space nor breaks the line inside
    assert korean_words_whole("제8차 30일 ABC한국") == "제\u20608\u2060차 30\u2060일 ABC\u2060한\u2060국"
    assert korean_words_whole("No Hangul 8-9") == "No Hangul 8-9"
    # a name's hyphen is Word's non-breaking hyphen
    assert "<w:noBreakHyphen/>" in text_runs("KANG Hyun\u2011woo")
