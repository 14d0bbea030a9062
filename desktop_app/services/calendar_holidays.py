"""Public holidays that arrive late: added by hand or imported from an .ics, counted in every warning.

Korea declares temporary public holidays (and has election days) weeks ahead, long
after the ``holidays`` package that the warnings use was released. The user adds
them here (``holidays add``, ``holidays import FILE.ics``); they are kept in the
database and handed to ``scheduling.holidays_calendar`` whenever a workspace opens or
they change, so every warning — in the window, on the command line, in a packet —
counts them. ``holiday_data_status`` says how current the holiday data is.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from desktop_app import clock
from desktop_app.domain.notices import Notice
from desktop_app.errors import InvalidInput, UserError
from desktop_app.scheduling import holidays_calendar
from desktop_app.storage import holiday_repository
from desktop_app.storage.holiday_repository import AddedHoliday

if TYPE_CHECKING:
    from desktop_app.services.workspace import Workspace

EARLIEST, LATEST = date(1900, 1, 1), date(2200, 12, 31)
MAX_HOLIDAYS_IN_FILE = 1000


def _has_table(workspace: Workspace) -> bool:
    # A plain read: this runs as every workspace opens, the window's start included.
    found = workspace.store.conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'added_holidays'"
    ).fetchone()
    return found is not None


def load_added_holidays(workspace: Workspace) -> None:
    """Hand the database's added holidays to the holiday lookups (none for an older, read-only file)."""
    added: dict[str, dict[date, str]] = {}
    if _has_table(workspace):
        for holiday in holiday_repository.list_added(workspace.store.conn):
            added.setdefault(holiday.country, {})[holiday.day] = holiday.name
    holidays_calendar.use_added_holidays(added)


def _country(workspace: Workspace, side_code: str) -> str:
    side = workspace.body.side(side_code)  # refuses an unknown code, naming the known ones
    country = holidays_calendar.country_of(side)
    if country is None:
        raise InvalidInput(
            Notice(
                f"Briefing Desk does not know which country's holidays {side.name} keeps",
                "calendar_holidays.briefing_desk_does_not",
                side_name=side.name,
            )
        )
    return country


def _checked(day: date, name: str) -> tuple[date, str]:
    name = " ".join(name.split())
    if not EARLIEST <= day <= LATEST:
        raise InvalidInput(
            Notice(
                f"{day} is outside the dates Briefing Desk reads ({EARLIEST.year}–{LATEST.year})",
                "calendar_holidays.outside_dates_briefing_desk",
                day=day,
                earliest_year=EARLIEST.year,
                latest_year=LATEST.year,
            )
        )
    if not name or len(name) > 200:
        raise InvalidInput(
            Notice("a holiday needs a name of at most 200 characters", "calendar_holidays.holiday_needs_name_most")
        )
    return day, name


@dataclass(frozen=True)
class HolidayChange:
    """What one add or import wrote, day by day: the row before (None: there was none) and the row after.

    The window's undo writes the rows before back (``undo_holiday_change``), its redo the rows after."""

    rows: tuple[tuple[AddedHoliday | None, AddedHoliday], ...] = ()


def add_holiday(
    workspace: Workspace, side_code: str, day: date, name: str, *, source: str = "added by hand",
    now: datetime | None = None,
) -> bool:  # fmt: skip
    """Add (or rename) a public holiday of ``side_code``'s country; False when it was there already."""
    return bool(record_holiday(workspace, side_code, day, name, source=source, now=now).rows)


def record_holiday(
    workspace: Workspace, side_code: str, day: date, name: str, *, source: str = "added by hand",
    now: datetime | None = None,
) -> HolidayChange:  # fmt: skip
    """``add_holiday``, saying what it wrote (nothing when the holiday was there already)."""
    return _put(workspace, side_code, [_checked(day, name)], source, now)


def _put(
    workspace: Workspace, side_code: str, days: Iterable[tuple[date, str]], source: str, now: datetime | None
) -> HolidayChange:
    country = _country(workspace, side_code)
    stamp = (now or clock.now()).replace(microsecond=0)
    rows: list[tuple[AddedHoliday | None, AddedHoliday]] = []
    with workspace.store.transaction() as db:
        for day, name in days:
            before = holiday_repository.get(db, country, day)
            holiday = AddedHoliday(country, day, name, source, stamp)
            if holiday_repository.put(db, holiday):
                rows.append((before, holiday))
    load_added_holidays(workspace)
    return HolidayChange(tuple(rows))


def undo_holiday_change(workspace: Workspace, change: HolidayChange) -> None:
    """Put back the holidays as they were before ``change``, in one transaction; refused if any of them
    has been changed or removed since (then nothing is written)."""
    _swap(workspace, [(after, before, after) for before, after in change.rows])


def redo_holiday_change(workspace: Workspace, change: HolidayChange) -> None:
    """Write ``change`` again after its undo; refused if a day it writes has been changed since."""
    _swap(workspace, [(before, after, after) for before, after in change.rows])


def _swap(workspace: Workspace, rows: list[tuple[AddedHoliday | None, AddedHoliday | None, AddedHoliday]]) -> None:
    """Each (expected now, wanted, the holiday it is about): all checked first, then all written."""
    with workspace.store.transaction() as db:
        for expected, _wanted, holiday in rows:
            if holiday_repository.get(db, holiday.country, holiday.day) != expected:
                raise UserError(
                    Notice(
                        f"the public holiday on {holiday.day:%Y-%m-%d} ({holiday.country}) has been changed since; "
                        "nothing was changed",
                        "calendar_holidays.public_holiday_been_changed",
                        day=format(holiday.day, "%Y-%m-%d"),
                        country=holiday.country,
                    )
                )
        for _expected, wanted, holiday in rows:
            holiday_repository.remove(db, holiday.country, holiday.day)
            if wanted is not None:
                holiday_repository.put(db, wanted)
    load_added_holidays(workspace)


def remove_holiday(workspace: Workspace, side_code: str, day: date) -> bool:
    country = _country(workspace, side_code)
    with workspace.store.transaction() as db:
        removed = holiday_repository.remove(db, country, day)
    load_added_holidays(workspace)
    return removed


def list_added_holidays(workspace: Workspace) -> list[AddedHoliday]:
    return holiday_repository.list_added(workspace.store.db) if _has_table(workspace) else []


@dataclass(frozen=True)
class HolidayImport:
    added: int
    unchanged: int
    notes: list[str]
    change: HolidayChange = HolidayChange()


def import_holidays_ics(
    workspace: Workspace, source: Path, side_code: str, *, now: datetime | None = None
) -> HolidayImport:
    """Every all-day event of ``source`` as a public holiday of ``side_code``'s country, in one transaction."""
    import warnings

    from icalendar import Calendar

    from desktop_app.exchange.ics_guard import read_bounded, screen

    source = Path(source)
    screened = screen(read_bounded(source), source.name)
    notes = list(screened.notes)
    days: dict[date, str] = {}
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            calendars = Calendar.from_ical(screened.text, multiple=True)
        except ValueError as exc:
            raise InvalidInput(
                Notice(
                    f"{source.name} is not a valid calendar ({str(exc)[:200]})",
                    "calendar_holidays.not_valid_calendar",
                    source_name=source.name,
                    exc=str(exc)[:200],
                )
            ) from exc
        for calendar in calendars:
            for event in calendar.walk("VEVENT"):
                title = " ".join(str(event.get("SUMMARY", "")).split()) or "(untitled)"
                start = getattr(event.get("DTSTART"), "dt", None)
                if getattr(event, "errors", None) or not isinstance(start, date) or isinstance(start, datetime):
                    notes.append(
                        Notice(
                            f"skipped “{title}”: not an all-day date",
                            "calendar_holidays.skipped_not_all_day",
                            title=title,
                        )
                    )
                    continue
                end = getattr(event.get("DTEND"), "dt", None)
                last = end - timedelta(days=1) if isinstance(end, date) and end > start else start
                if (last - start).days > 14:
                    notes.append(
                        Notice(
                            f"skipped “{title}”: a holiday of more than two weeks",
                            "calendar_holidays.skipped_holiday_more_two",
                            title=title,
                        )
                    )
                    continue
                for offset in range((last - start).days + 1):
                    days[start + timedelta(days=offset)] = title[:200]
    if len(days) > MAX_HOLIDAYS_IN_FILE:
        raise InvalidInput(
            Notice(
                f"{source.name} lists more than {MAX_HOLIDAYS_IN_FILE:,} holidays; it is refused",
                "calendar_holidays.lists_more_holidays_refused",
                source_name=source.name,
                max_holidays_in_file=MAX_HOLIDAYS_IN_FILE,
            )
        )
    checked = [_checked(day, name) for day, name in sorted(days.items())]
    change = _put(workspace, side_code, checked, f"imported from {source.name}", now)
    added = len(change.rows)
    return HolidayImport(added, len(checked) - added, notes, change)


@dataclass(frozen=True)
class HolidayData:
    """How current the holiday data is: the package's release and what the user added."""

    package_version: str
    added: int
    last_added_at: datetime | None  # UTC
    last_source: str
    latest_day: date | None

    def describe(self) -> str:
        package = f"holiday rules of the holidays package {self.package_version}"
        if not self.added or self.last_added_at is None or self.latest_day is None:
            return f"{package}; no holidays added"
        return (
            f"{package}; {self.added} added (the latest on {self.last_added_at:%Y-%m-%d}, {self.last_source}), "
            f"up to {self.latest_day:%Y-%m-%d}"
        )


def holiday_data(workspace: Workspace) -> HolidayData:
    added = list_added_holidays(workspace)
    version = holidays_calendar.package_version()
    if not added:
        return HolidayData(version, 0, None, "", None)
    latest = max(added, key=lambda h: h.added_at)
    return HolidayData(version, len(added), latest.added_at, latest.source, max(h.day for h in added))


def holiday_data_status(workspace: Workspace) -> str:
    """How current the holiday data is, in one line for `holidays list`."""
    return holiday_data(workspace).describe()
