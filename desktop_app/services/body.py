"""The body and its two sides: first-run setup, later edits, and its description as JSON.

>>> setup_body(workspace, BodyChoice("Dialogue", "", SideChoice("US"), SideChoice("ROK")))  # doctest: +SKIP
Body(name='Dialogue', ..., home_side='US', ...)
>>> body_document(workspace.body)["our_side"]  # doctest: +SKIP
'US'

A side named by a code this app knows (ROK, US) comes with its name, capital, zone and
holiday country; any other code needs at least a name and a time zone. A side's code can
change only while no session or person refers to it (the code is in every exchanged file).
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, fields, replace
from typing import Any

from desktop_app.domain.body import KNOWN_SIDES, Body, Side, check_body_uid
from desktop_app.domain.notices import Notice
from desktop_app.errors import InvalidInput, UserError
from desktop_app.scheduling.holidays_calendar import is_supported_country
from desktop_app.services.workspace import Workspace
from desktop_app.storage import sqlite_errors
from desktop_app.storage.body_repository import save_body


@dataclass(frozen=True)
class SideChoice:
    """A side as the setup dialog or the command line names it: a code, and what to set or override."""

    code: str
    name: str | None = None
    name_ko: str | None = None
    capital: str | None = None
    capital_ko: str | None = None
    timezone: str | None = None
    holiday_country: str | None = None

    @property
    def overrides(self) -> dict[str, str]:
        return {
            f.name: value for f in fields(self) if f.name != "code" and (value := getattr(self, f.name)) is not None
        }


@dataclass(frozen=True)
class BodyChoice:
    """What the first-run setup asks: the body's names, our side and the counterpart's."""

    name: str
    name_ko: str
    ours: SideChoice
    theirs: SideChoice


def resolve_side(choice: SideChoice, current: Side | None = None) -> Side:
    """The side ``choice`` describes: on top of ``current`` (same code), a known side, or from scratch."""
    code = choice.code.strip().upper()
    overrides = {name: value.strip() for name, value in choice.overrides.items()}
    if "holiday_country" in overrides:
        overrides["holiday_country"] = overrides["holiday_country"].upper()
    base = current if current is not None and current.code == code else KNOWN_SIDES.get(code)
    if base is None:
        missing = [
            label for name, label in (("name", "a name"), ("timezone", "a time zone")) if not overrides.get(name)
        ]
        if missing:
            raise InvalidInput(
                Notice(
                    f"side {code or '?'} is not one this app knows (ROK, US): give it {' and '.join(missing)}",
                    "body.side_not_app_knows",
                    side_given=code or "?",
                    missing=" and ".join(missing),
                )
            )
        base = Side(code, "", "", "", "", "")
    side = replace(base, code=code, **overrides)
    side.validate()
    if side.holiday_country and not is_supported_country(side.holiday_country):
        raise InvalidInput(
            Notice(
                f"side {code}: no public holidays are known for country {side.holiday_country!r}",
                "body.side_no_public_holidays",
                code_given=code,
                holiday_country=side.holiday_country,
            )
        )
    return side


def needs_setup(workspace: Workspace) -> bool:
    """True for a database nobody has set up yet and that holds nothing: the first-run setup is offered."""
    return not workspace.body.set_up and not workspace.store.read_only and workspace.is_empty


# Where a side's code is written; a code still found in any of them cannot change.
_CODE_COLUMNS = (
    ("sessions", "host_side"),
    ("people", "side"),
    ("agenda_items", "lead_side"),
    ("action_items", "owner_side"),
)


def _check_codes_free(workspace: Workspace, body: Body) -> None:
    db = workspace.store.db
    for code in set(workspace.body.side_codes) - set(body.side_codes):
        for table, column in _CODE_COLUMNS:
            if db.execute(f"SELECT 1 FROM {table} WHERE {column} = ? LIMIT 1", [code]).fetchone():
                raise InvalidInput(
                    Notice(
                        "a side's code cannot change while sessions or people of that side exist; nothing was changed",
                        "body.side_code_cannot_change",
                    )
                )


def _save(workspace: Workspace, body: Body) -> Body:
    body.validate()
    _check_codes_free(workspace, body)  # before writing anything: a refusal leaves the file exactly as it was
    try:
        with workspace.store.transaction() as db:
            save_body(db, body)
    except sqlite3.IntegrityError as exc:
        if not sqlite_errors.is_foreign_key_violation(exc):
            raise  # any other constraint is a bug of ours, not the user's doing
        raise InvalidInput(
            Notice(
                "a side's code cannot change while sessions or people of that side exist; nothing was changed",
                "body.side_code_cannot_change",
            )
        ) from exc
    workspace.reload_body()
    return workspace.body


def setup_body(workspace: Workspace, choice: BodyChoice) -> Body:
    """Set up an empty database's body: its names, our side and the counterpart side (a fresh UID stays)."""
    if workspace.body.set_up:
        raise UserError(
            Notice(
                f"the body is already set up as “{workspace.body.name}”; change it with 'body edit'",
                "body.body_already_set_up",
                body_name=workspace.body.name,
            )
        )
    if not workspace.is_empty:
        raise UserError(
            Notice(
                f"{workspace.path} already holds sessions or people; change its body with 'body edit'",
                "body.already_holds_sessions_people",
                path=workspace.path,
            )
        )
    ours, theirs = resolve_side(choice.ours), resolve_side(choice.theirs)
    if ours.code == theirs.code:
        raise InvalidInput(
            Notice(
                f"our side and the counterpart side are both {ours.code}; they need different codes",
                "body.our_side_counterpart_side",
                ours_code=ours.code,
            )
        )
    body = replace(
        workspace.body,
        name=choice.name.strip(),
        name_ko=choice.name_ko.strip(),
        home_side=ours.code,
        sides=(ours, theirs),
        set_up=True,
    )
    return _save(workspace, body)


def edit_body(
    workspace: Workspace,
    *,
    name: str | None = None,
    name_ko: str | None = None,
    ours: SideChoice | None = None,
    theirs: SideChoice | None = None,
    uid: str | None = None,
) -> Body:
    """Change the body's names, its sides (a code only while nothing refers to it), which side is ours, its UID.

    ``ours`` naming the counterpart's code makes that side ours (the two swap roles); a choice
    with an empty code changes our side (``ours``) or the counterpart's (``theirs``) as they are.
    """
    body = workspace.body
    home, other = body.home, body.counterpart
    if ours is not None and ours.code.strip().upper() == other.code:
        home, other = other, home  # "our side is US" on a ROK–US body that was ROK's: the two swap
    if ours is not None and not ours.code:
        ours = replace(ours, code=home.code)
    if theirs is not None and not theirs.code:
        theirs = replace(theirs, code=other.code)
    new_home = resolve_side(ours, home) if ours is not None else home
    new_other = resolve_side(theirs, other) if theirs is not None else other
    if new_home.code == new_other.code:
        raise InvalidInput(
            Notice(
                f"our side and the counterpart side are both {new_home.code}; they need different codes",
                "body.our_side_counterpart_side_2",
                new_home_code=new_home.code,
            )
        )
    # Each side keeps its place (the first is listed first everywhere), even when its code changes.
    first_is_home = home.code == body.sides[0].code
    order = (new_home, new_other) if first_is_home else (new_other, new_home)
    edited = replace(
        body,
        name=body.name if name is None else name.strip(),
        name_ko=body.name_ko if name_ko is None else name_ko.strip(),
        home_side=new_home.code,
        sides=(order[0], order[1]),
        uid=body.uid if uid is None else check_body_uid(uid.strip().lower()),
        set_up=True,
    )
    if edited == body:
        return body
    return _save(workspace, edited)


def restore_body(workspace: Workspace, body: Body, *, expected: Body) -> Body:
    """Write ``body`` back as it was (the undo or redo of a setup or an edit that left ``expected``).

    Refused, changing nothing, when the body is no longer ``expected`` (changed since), or when
    a side's code would change back while sessions or people of the newer side exist."""
    if workspace.body != expected:
        raise UserError(
            Notice(
                f"the body “{workspace.body.name}” has been changed since; nothing was changed",
                "body.body_been_changed_since",
                body_name=workspace.body.name,
            )
        )
    return _save(workspace, body)


def side_document(side: Side) -> dict[str, Any]:
    return {
        "code": side.code,
        "name": side.name,
        "name_ko": side.name_ko,
        "timezone": side.timezone,
        "capital": side.capital,
        "capital_ko": side.capital_ko,
        "holiday_country": side.holiday_country,
    }


def body_document(body: Body) -> dict[str, Any]:
    """What ``body show --json`` prints."""
    return {
        "uid": body.uid,
        "name": body.name,
        "name_ko": body.name_ko,
        "our_side": body.home_side,
        "sides": [side_document(side) for side in body.sides],
    }
