"""Preferences that belong to the database: the body's names, our side, marking, office and the sides.

Whatever is true of the body for every officer who opens the file (the default handling
marking printed on packets, the office named as their author, the capital each side's
times are shown in) is stored in the database, changed here in one transaction. What
belongs to one officer (interface language, name order, recent files, where backups go
on this machine) is kept in the user's settings by the UI layer; of those, only the
backup folder reaches the open workspace, through ``set_backup_folder``::

    prefs = body_preferences(workspace)
    save_body_preferences(workspace, replace(prefs, office="Korea Policy Division"))
    set_backup_folder(workspace, Path("/mnt/share/desk-backups"))   # None: beside the database
"""

from __future__ import annotations

import zoneinfo
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from functools import cache
from pathlib import Path

from desktop_app.domain.body import Body, Side, check_timezone
from desktop_app.domain.notices import Notice, said
from desktop_app.errors import InvalidInput, UserError
from desktop_app.services.workspace import Workspace
from desktop_app.storage.body_repository import load_body, save_body

MAX_MARKING = 120  # printed in every page's header and footer
MAX_OFFICE = 200
DEFAULT_BACKUPS_FOLDER = "backups"  # beside the database: what Store.open chooses


@dataclass(frozen=True)
class SideDetails:
    """What Preferences → Body changes of a side besides its zone (its code stays: it is in every file sent)."""

    name: str
    name_ko: str
    capital: str
    capital_ko: str
    holiday_country: str  # ISO 3166 alpha-2, "" for none


@dataclass(frozen=True)
class BodyPreferences:
    """The body's settings an officer may change from the Preferences dialog.

    The fields after ``timezones`` are optional: None (or no entry) leaves the body's value as it is."""

    default_marking: str
    office: str
    timezones: Mapping[str, str]  # side code -> IANA zone, for both sides
    name: str | None = None
    name_ko: str | None = None
    home_side: str | None = None  # which side is ours
    sides: Mapping[str, SideDetails] = field(default_factory=dict)  # side code -> names, capital, holidays


@cache
def timezone_choices() -> tuple[str, ...]:
    """The IANA zone names to offer, sorted: "Area/City" names and UTC, not the system's aliases."""
    names = zoneinfo.available_timezones()
    return tuple(
        sorted(
            name
            for name in names
            if ("/" in name or name == "UTC") and not name.startswith(("posix/", "right/", "SystemV/"))
        )
    )


def timezone_problem(name: str) -> str | None:
    """Why ``name`` cannot be a side's time zone, in words; None when it can."""
    name = name.strip()
    if not name:
        return Notice("a time zone is needed (an IANA name such as Asia/Seoul)", "preferences.zone_needed")
    try:
        check_timezone(name)
    except InvalidInput as exc:
        return said(exc)
    if name not in timezone_choices():
        english = f"{name!r} is not a place in the IANA time zone database (use a name such as America/New_York)"
        return Notice(english, "preferences.zone_not_a_place", zone=name)
    return None


def _one_line(label: str, text: str, limit: int) -> str:
    text = text.strip()
    if "\n" in text or "\r" in text:
        raise InvalidInput(Notice(f"the {label} must be one line", "preferences.must_line", label=label))
    if len(text) > limit:
        raise InvalidInput(
            Notice(
                f"the {label} is {len(text)} characters long; at most {limit} fit",
                "preferences.characters_long_most_fit",
                label=label,
                count_text=len(text),
                limit=limit,
            )
        )
    return text


def body_preferences(workspace: Workspace) -> BodyPreferences:
    return body_preferences_of(workspace.body)


def body_preferences_of(body: Body) -> BodyPreferences:
    return BodyPreferences(
        default_marking=body.default_marking,
        office=body.office,
        timezones={side.code: side.timezone for side in body.sides},
        name=body.name,
        name_ko=body.name_ko,
        home_side=body.home_side,
        sides={
            side.code: SideDetails(side.name, side.name_ko, side.capital, side.capital_ko, side.holiday_country)
            for side in body.sides
        },
    )


def apply_to_body(body: Body, prefs: BodyPreferences) -> Body:
    """``body`` with ``prefs`` applied, checked; raises ``InvalidInput`` with the first problem."""
    marking = _one_line("handling marking", prefs.default_marking, MAX_MARKING)
    office = _one_line("office name", prefs.office, MAX_OFFICE)
    unknown = sorted((set(prefs.timezones) | set(prefs.sides)) - set(body.side_codes))
    if unknown:
        raise InvalidInput(
            Notice(
                f"unknown side {unknown[0]!r}; this body's sides are {body.side_codes}",
                "preferences.unknown_side_body_sides",
                unknown=unknown[0],
                side_codes=body.side_codes,
            )
        )
    sides = []
    for side in body.sides:
        zone = prefs.timezones.get(side.code, side.timezone).strip()
        problem = timezone_problem(zone)
        if problem:
            raise InvalidInput(
                Notice(f"{side.name}: {problem}", "preferences.text", side_name=side.name, problem=problem)
            )
        side = replace(side, timezone=zone)
        details = prefs.sides.get(side.code)
        if details is not None:
            side = _with_details(side, details)
        sides.append(side)
    name = body.name if prefs.name is None else _one_line("body's name", prefs.name, MAX_OFFICE)
    name_ko = body.name_ko if prefs.name_ko is None else _one_line("body's Korean name", prefs.name_ko, MAX_OFFICE)
    updated = replace(
        body,
        default_marking=marking,
        office=office,
        sides=(sides[0], sides[1]),
        name=name,
        name_ko=name_ko,
        home_side=prefs.home_side or body.home_side,
    )
    updated.validate()
    return updated


def _with_details(side: Side, details: SideDetails) -> Side:
    from desktop_app.scheduling.holidays_calendar import is_supported_country

    country = details.holiday_country.strip().upper()
    if country and not is_supported_country(country):
        raise InvalidInput(
            Notice(
                f"{side.code}: no public holidays are known for country {country!r}",
                "preferences.no_public_holidays_known",
                side_code=side.code,
                country=country,
            )
        )
    side = replace(
        side,
        name=_one_line(f"name of side {side.code}", details.name, MAX_OFFICE),
        name_ko=_one_line(f"Korean name of side {side.code}", details.name_ko, MAX_OFFICE),
        capital=_one_line(f"capital of side {side.code}", details.capital, MAX_OFFICE),
        capital_ko=_one_line(f"Korean capital of side {side.code}", details.capital_ko, MAX_OFFICE),
        holiday_country=country,
    )
    side.validate()
    return side


def save_body_preferences(workspace: Workspace, prefs: BodyPreferences) -> Body:
    """Write ``prefs`` to the body in one transaction; the workspace's body is read again after it."""
    with workspace.store.transaction() as db:
        body = apply_to_body(load_body(db), prefs)
        save_body(db, body)
    workspace.reload_body()
    return workspace.body


def default_backup_folder(workspace: Workspace) -> Path:
    return workspace.path.parent / DEFAULT_BACKUPS_FOLDER


def set_backup_folder(workspace: Workspace, folder: Path | str | None) -> Path:
    """Where this workspace's backups go from now on (Backup now, and the backup on close).

    None (or "") means the default, ``backups`` beside the database. A chosen folder must
    be an absolute path; it is created by the first backup if it does not exist yet, but
    its parent must exist. Returns the folder now in use.
    """
    if folder is None or str(folder).strip() == "":
        chosen = default_backup_folder(workspace)
    else:
        chosen = Path(folder).expanduser()
        if not chosen.is_absolute():
            raise InvalidInput(
                Notice(
                    f"the backup folder must be a full path, not {str(folder)!r}",
                    "preferences.backup_folder_must_full",
                    folder=str(folder),
                )
            )
        if chosen.exists() and not chosen.is_dir():
            raise UserError(
                Notice(
                    f"{chosen} is a file, not a folder; backups need a folder",
                    "preferences.file_not_folder_backups",
                    chosen=chosen,
                )
            )
        if not chosen.exists() and not chosen.parent.is_dir():
            raise UserError(
                Notice(
                    f"the backup folder {chosen} cannot be made: {chosen.parent} does not exist",
                    "preferences.backup_folder_cannot_made",
                    chosen=chosen,
                    chosen_parent=chosen.parent,
                )
            )
    workspace.store.backups_dir = chosen
    return chosen
