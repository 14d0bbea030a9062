"""The agenda and actions commands: the JSON contract scripts rely on, and refusals in one line."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from desktop_app.cli import main
from desktop_app.domain.actions import ActionItem
from desktop_app.domain.agenda import AgendaStatus
from desktop_app.services import agenda
from desktop_app.services import agenda_versions as versions
from desktop_app.services.actions import add_action
from desktop_app.services.sessions import add_session
from desktop_app.services.workspace import Workspace
from tests.agenda.conftest import add, add_person
from tests.conftest import seoul_session
from tests.pinned_clock import PINNED_TODAY

ITEM_FIELDS = {
    "number",
    "title",
    "title_ko",
    "lead_side",
    "presenter",
    "minutes",
    "start",
    "description",
    "talking_points",
    "if_raised",
    "internal_notes",
}


OVERDUE = PINNED_TODAY - timedelta(days=10)  # overdue as of the pinned today


@pytest.fixture
def body_db(db_path: Path) -> tuple[Path, str]:
    """A closed database: a session with two versions (ours agreed, theirs a counter-draft), and actions."""
    with Workspace.open(db_path) as ws:
        first = add_session(ws, seoul_session("First", start=datetime(2027, 1, 12, 1, 0, tzinfo=UTC)))
        session = add_session(ws, seoul_session())
        kim = add_person(ws, "KIM Min-jun")
        ours = versions.start_draft(ws, session.id or 0, "our draft 1", "ROK")
        add(ws, ours, "Opening remarks", title_ko="모두발언", minutes=15, lead_side="ROK", presenter_id=kim)
        add(ws, ours, "Security", title_ko="안보", minutes=0)
        add(
            ws,
            ours,
            "Cyber cooperation",
            title_ko="사이버 협력",
            minutes=60,
            level=1,
            talking_points="Stress resilience",
        )
        add(ws, ours, "Any other business", title_ko="기타", minutes=15)
        theirs = versions.save_as_version(ws, ours.id or 0, "US counter-draft 1", "US")
        items = agenda.list_items(ws, theirs.id or 0)
        agenda.update_item(ws, replace(items[2], title_ko="사이버 안보 협력"))
        agenda.move_item(ws, items[3].id or 0, 0)
        add(ws, theirs, "Climate", title_ko="기후", minutes=30)
        versions.set_status(ws, ours.id or 0, AgendaStatus.PROPOSED)
        versions.set_status(ws, ours.id or 0, AgendaStatus.AGREED)
        add_action(ws, ActionItem(session_id=first.id or 0, text="Share the list", owner="Jane DOE", due=OVERDUE))
        done = add_action(ws, ActionItem(session_id=first.id or 0, text="Book the venue", owner="Protocol"))
        from desktop_app.services.actions import close_action

        close_action(ws, done.id or 0)
        uid = session.uid
    return db_path, uid


def _json(capsys: pytest.CaptureFixture[str], *argv: str) -> object:
    assert main(list(argv)) == 0, capsys.readouterr().err
    return json.loads(capsys.readouterr().out)


def test_agenda_show_json(body_db: tuple[Path, str], capsys: pytest.CaptureFixture[str]) -> None:
    db, uid = body_db
    items = _json(capsys, "--db", str(db), "agenda", "show", uid, "--json")
    assert isinstance(items, list) and len(items) == 4  # the agreed version counts
    assert all(set(item) == ITEM_FIELDS for item in items)
    first = items[0]
    assert (first["number"], first["title"], first["title_ko"], first["lead_side"]) == (
        "1",
        "Opening remarks",
        "모두발언",
        "ROK",
    )
    assert first["presenter"] == "KIM Min-jun" and first["minutes"] == 15
    assert first["start"] == "2027-03-09T10:00:00+09:00"
    assert [item["number"] for item in items] == ["1", "2", "2.1", "3"]
    assert items[2]["start"] == "2027-03-09T10:15:00+09:00" and items[2]["talking_points"] == "Stress resilience"


def test_agenda_show_a_chosen_version_by_id(body_db: tuple[Path, str], capsys: pytest.CaptureFixture[str]) -> None:
    db, _ = body_db
    items = _json(capsys, "--db", str(db), "agenda", "show", "2", "--version", "2", "--json")
    assert isinstance(items, list)
    assert [item["title"] for item in items] == [
        "Any other business",
        "Opening remarks",
        "Security",
        "Cyber cooperation",
        "Climate",
    ]


def test_agenda_show_text_has_both_zones_and_the_carried_over_actions(
    body_db: tuple[Path, str], capsys: pytest.CaptureFixture[str]
) -> None:
    db, uid = body_db
    assert main(["--db", str(db), "agenda", "show", uid]) == 0
    out = capsys.readouterr().out
    assert "KST" in out and "EST" in out and "our draft 1" in out
    assert "Share the list" in out and "OVERDUE" in out and "Book the venue" not in out


def test_agenda_versions_json(body_db: tuple[Path, str], capsys: pytest.CaptureFixture[str]) -> None:
    db, uid = body_db
    listed = _json(capsys, "--db", str(db), "agenda", "versions", uid, "--json")
    assert isinstance(listed, list)
    keys = {"version", "label", "proposed_by", "status", "created", "gid", "base", "agreed_by"}
    assert all(set(v) == keys for v in listed)
    assert [(v["version"], v["label"], v["proposed_by"], v["status"]) for v in listed] == [
        (1, "our draft 1", "ROK", "agreed"),
        (2, "US counter-draft 1", "US", "draft"),
    ]
    assert datetime.fromisoformat(listed[0]["created"]).utcoffset() is not None


def test_agenda_diff_json(body_db: tuple[Path, str], capsys: pytest.CaptureFixture[str]) -> None:
    db, uid = body_db
    diff = _json(capsys, "--db", str(db), "agenda", "diff", uid, "1", "2", "--json")
    assert isinstance(diff, dict) and set(diff) == {"added", "removed", "moved", "changed"}
    assert [item["title"] for item in diff["added"]] == ["Climate"]
    assert diff["removed"] == []
    assert [(m["title"], m["old_number"], m["new_number"]) for m in diff["moved"]] == [("Any other business", "3", "1")]
    (changed,) = diff["changed"]
    (field,) = changed["fields"]
    assert field["field"] == "title_ko" and field["new"] == "사이버 안보 협력"
    assert {"op": "insert", "text": "안보 "} in field["words"]


def test_agenda_diff_text(body_db: tuple[Path, str], capsys: pytest.CaptureFixture[str]) -> None:
    db, uid = body_db
    assert main(["--db", str(db), "agenda", "diff", uid, "1", "2"]) == 0
    out = capsys.readouterr().out
    assert '"our draft 1" (ROK, agreed) → version 2 "US counter-draft 1" (US, draft)' in out
    assert "{+안보 +}" in out and "+ 4      Climate" in out and "~ 3 → 1" in out


def test_agenda_status_and_the_lock_from_the_command_line(
    body_db: tuple[Path, str], capsys: pytest.CaptureFixture[str]
) -> None:
    db, uid = body_db
    assert main(["--db", str(db), "agenda", "status", uid, "1", "draft"]) == 1
    assert "locked" in capsys.readouterr().err
    assert main(["--db", str(db), "agenda", "status", uid, "2", "proposed"]) == 0
    assert main(["--db", str(db), "agenda", "status", uid, "2", "agreed"]) == 0
    assert "superseded: version 1" in capsys.readouterr().out


def test_actions_list_json(body_db: tuple[Path, str], capsys: pytest.CaptureFixture[str]) -> None:
    db, _ = body_db
    everything = _json(capsys, "--db", str(db), "actions", "list", "--json")
    assert isinstance(everything, list) and len(everything) == 2
    assert all(set(a) == {"id", "session_id", "text", "owner", "due", "status"} for a in everything)
    open_only = _json(capsys, "--db", str(db), "actions", "list", "--open", "--json")
    assert open_only == [
        {
            "id": 1,
            "session_id": 1,
            "text": "Share the list",
            "owner": "Jane DOE",
            "due": OVERDUE.isoformat(),
            "status": "open",
        }
    ]
    assert _json(capsys, "--db", str(db), "actions", "list", "--owner", "proto", "--json") == [everything[1]]


def test_actions_add_close_and_carry_over(body_db: tuple[Path, str], capsys: pytest.CaptureFixture[str]) -> None:
    db, uid = body_db
    assert main(["--db", str(db), "actions", "add", uid, "Send the readout", "--owner", "KIM", "--side", "ROK"]) == 0
    assert main(["--db", str(db), "actions", "close", "1"]) == 0
    capsys.readouterr()
    carried = _json(capsys, "--db", str(db), "actions", "list", "--carried-to", uid, "--json")
    assert carried == []  # the only earlier open item was just closed; the new one belongs to this session
    assert len(_json(capsys, "--db", str(db), "actions", "list", "--open", "--json")) == 1  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("argv", "code", "message"),
    [
        (["agenda", "show", "nope"], 1, "no session"),
        (["agenda", "show", "2", "--version", "9"], 1, "no agenda version 9"),
        (["agenda", "diff", "2", "1"], 2, "required"),
        (["actions", "add", "2", "x", "--due", "tomorrow"], 2, "not a date"),
        (["actions", "list", "--side", "JP"], 1, "unknown side"),
        (["actions", "close", "99"], 1, "no action item 99"),
    ],
)
def test_refusals_are_one_line(
    body_db: tuple[Path, str], capsys: pytest.CaptureFixture[str], argv: list[str], code: int, message: str
) -> None:
    db, _ = body_db
    assert main(["--db", str(db), *argv]) == code
    err = capsys.readouterr().err
    assert err.startswith("error: ") and message in err and err.count("\n") == 1
