"""Holidays that arrive late: added by hand or from an .ics, counted in every warning, kept in the database."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from desktop_app.cli import main
from desktop_app.errors import InvalidInput, UserError
from desktop_app.scheduling.holidays_calendar import holidays_between
from desktop_app.services.calendar_holidays import (
    add_holiday,
    holiday_data,
    import_holidays_ics,
    list_added_holidays,
    record_holiday,
    redo_holiday_change,
    remove_holiday,
    undo_holiday_change,
)
from desktop_app.services.scheduling import create_session
from desktop_app.services.workspace import Workspace
from tests.scheduling.helpers import draft

TEMPORARY = date(2027, 6, 3)  # a Thursday the package does not know as a holiday
NOW = datetime(2027, 5, 10, 9, 0, tzinfo=UTC)

HOLIDAYS_ICS = (
    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Ministry of the Interior and Safety//Holidays//KO\r\n"
    "BEGIN:VEVENT\r\nUID:h1@mois.example.kr\r\nDTSTAMP:20270501T000000Z\r\nDTSTART;VALUE=DATE:20270603\r\n"
    "DTEND;VALUE=DATE:20270604\r\nSUMMARY:제9회 전국동시지방선거 (Local elections)\r\nEND:VEVENT\r\n"
    "BEGIN:VEVENT\r\nUID:h2@mois.example.kr\r\nDTSTAMP:20270501T000000Z\r\nDTSTART;VALUE=DATE:20271004\r\n"
    "DTEND;VALUE=DATE:20271006\r\nSUMMARY:임시공휴일 (Temporary holiday)\r\nEND:VEVENT\r\n"
    "BEGIN:VEVENT\r\nUID:h3@mois.example.kr\r\nDTSTAMP:20270501T000000Z\r\nDTSTART:20271010T010000Z\r\n"
    "SUMMARY:A meeting, not a holiday\r\nEND:VEVENT\r\n"
    "END:VCALENDAR\r\n"
)


def warnings_on(workspace: Workspace, day: date) -> list[str]:
    return create_session(workspace, draft("Round", datetime(day.year, day.month, day.day, 10))).warnings


def test_an_added_holiday_counts_in_the_warnings_and_the_calendar(workspace: Workspace) -> None:
    assert not any("public holiday" in w for w in warnings_on(workspace, TEMPORARY))
    assert add_holiday(workspace, "ROK", TEMPORARY, "임시공휴일 (Temporary holiday)", now=NOW)
    assert any("public holiday in Republic of Korea: 임시공휴일" in w for w in warnings_on(workspace, TEMPORARY))
    assert holidays_between(workspace.body, TEMPORARY, TEMPORARY) == {
        TEMPORARY: {"ROK": "임시공휴일 (Temporary holiday)"}
    }
    assert not add_holiday(workspace, "ROK", TEMPORARY, "임시공휴일 (Temporary holiday)", now=NOW)  # already there
    assert remove_holiday(workspace, "ROK", TEMPORARY)
    assert not any("public holiday" in w for w in warnings_on(workspace, TEMPORARY))


def test_added_holidays_are_kept_and_count_again_when_the_file_is_opened(tmp_path: Path) -> None:
    database = tmp_path / "body.sqlite3"
    with Workspace.open(database) as workspace:
        add_holiday(workspace, "ROK", TEMPORARY, "Temporary holiday", now=NOW)
    with Workspace.open(tmp_path / "other.sqlite3") as other:  # another database: not its holiday
        assert not any("public holiday" in w for w in warnings_on(other, TEMPORARY))
    with Workspace.open(database) as workspace:
        assert any("Temporary holiday" in w for w in warnings_on(workspace, TEMPORARY))
        data = holiday_data(workspace)
        assert (data.added, data.latest_day, data.last_added_at) == (1, TEMPORARY, NOW)


def test_an_ics_of_holidays_imports_its_all_day_events(workspace: Workspace, tmp_path: Path) -> None:
    path = tmp_path / "holidays.ics"
    path.write_text(HOLIDAYS_ICS, encoding="utf-8")
    result = import_holidays_ics(workspace, path, "ROK", now=NOW)
    assert (result.added, result.unchanged) == (3, 0)  # 3 June, and 4–5 October (DTEND is exclusive)
    assert result.notes == ["skipped “A meeting, not a holiday”: not an all-day date"]
    assert [(h.day, h.country) for h in list_added_holidays(workspace)] == [
        (TEMPORARY, "KR"),
        (date(2027, 10, 4), "KR"),
        (date(2027, 10, 5), "KR"),
    ]
    assert list_added_holidays(workspace)[0].source == "imported from holidays.ics"
    again = import_holidays_ics(workspace, path, "ROK", now=NOW)
    assert (again.added, again.unchanged) == (0, 3)


def test_a_bad_holiday_is_refused_and_changes_nothing(workspace: Workspace) -> None:
    with pytest.raises(InvalidInput, match="outside the dates"):
        add_holiday(workspace, "ROK", date(1850, 1, 1), "Too early")
    with pytest.raises(InvalidInput, match="needs a name"):
        add_holiday(workspace, "ROK", TEMPORARY, "   ")
    with pytest.raises(InvalidInput):
        add_holiday(workspace, "XX", TEMPORARY, "Nowhere")
    assert list_added_holidays(workspace) == []


def test_the_command_line_adds_lists_and_imports(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    database = str(tmp_path / "body.sqlite3")
    assert main(["--db", database, "holidays", "add", "2027-06-03", "Local elections", "--side", "ROK"]) == 0
    assert main(["--db", database, "holidays", "list"]) == 0
    out = capsys.readouterr().out
    assert "holiday rules of the holidays package" in out and "1 added" in out and "up to 2027-06-03" in out
    assert "2027-06-03  KR  Local elections  (added by hand)" in out
    path = tmp_path / "holidays.ics"
    path.write_text(HOLIDAYS_ICS, encoding="utf-8")
    assert main(["--db", database, "holidays", "import", str(path), "--side", "ROK"]) == 0
    assert "3 holidays added, 0 already there" in capsys.readouterr().out  # 3 June renamed as the file names it
    assert main(["--db", database, "holidays", "remove", "2027-01-01", "--side", "ROK"]) == 1
    assert capsys.readouterr().err.startswith("error: no holiday was added on 2027-01-01")


def test_an_import_is_undone_exactly_and_redone(workspace: Workspace, tmp_path: Path) -> None:
    add_holiday(workspace, "ROK", TEMPORARY, "Temporary holiday", now=NOW)  # renamed by the import below
    before = list_added_holidays(workspace)
    path = tmp_path / "holidays.ics"
    path.write_text(HOLIDAYS_ICS, encoding="utf-8")
    result = import_holidays_ics(workspace, path, "ROK", now=datetime(2027, 5, 11, tzinfo=UTC))
    after = list_added_holidays(workspace)
    assert len(result.change.rows) == 3

    undo_holiday_change(workspace, result.change)
    assert list_added_holidays(workspace) == before  # the renamed one has its old name, source and time back
    assert not any("public holiday" in w for w in warnings_on(workspace, date(2027, 10, 5)))
    redo_holiday_change(workspace, result.change)
    assert list_added_holidays(workspace) == after


def test_an_undo_is_refused_once_the_holiday_was_changed_since(workspace: Workspace) -> None:
    change = record_holiday(workspace, "ROK", TEMPORARY, "Temporary holiday", now=NOW)
    add_holiday(workspace, "ROK", TEMPORARY, "Local elections", now=NOW)
    with pytest.raises(UserError, match=r"2027-06-03 .* has been changed since"):
        undo_holiday_change(workspace, change)
    assert [h.name for h in list_added_holidays(workspace)] == ["Local elections"]  # nothing written
