from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from desktop_app.domain.agenda import AgendaItem
from desktop_app.domain.timetable import overrun_is_serious, overrun_minutes, timetable, total_minutes


def _item(position: int, minutes: int, level: int = 0) -> AgendaItem:
    return AgendaItem(
        version_id=1, position=position, number=str(position), title=f"Item {position}", minutes=minutes, level=level
    )


def test_each_item_starts_when_the_previous_ends_in_both_zones() -> None:
    start = datetime(2027, 3, 9, 1, 0, tzinfo=UTC)  # 10:00 Seoul, 20:00 the day before in Washington
    timed = timetable([_item(2, 45), _item(1, 15), _item(3, 0), _item(4, 30, level=1)], start)
    assert [t.item.position for t in timed] == [1, 2, 3, 4]
    seoul = [t.start.astimezone(ZoneInfo("Asia/Seoul")).strftime("%H:%M") for t in timed]
    washington = [t.start.astimezone(ZoneInfo("America/New_York")).strftime("%a %H:%M") for t in timed]
    assert seoul == ["10:00", "10:15", "11:00", "11:00"]
    assert washington == ["Mon 20:00", "Mon 20:15", "Mon 21:00", "Mon 21:00"]


def test_overrun_against_the_session_length() -> None:
    items = [_item(1, 60), _item(2, 75)]
    assert total_minutes(items) == 135
    assert overrun_minutes(items, 120) == 15
    assert overrun_minutes(items, 180) == 0


def test_an_overrun_past_a_tenth_of_the_session_is_serious() -> None:
    assert not overrun_is_serious(10, 60)  # ten minutes are absorbed by a short break
    assert overrun_is_serious(11, 60)
    assert not overrun_is_serious(18, 180)
    assert overrun_is_serious(19, 180)
