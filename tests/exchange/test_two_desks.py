"""Two desks, one body, end to end: Seoul (our side ROK) and Washington (our side US) on two database files.

Files pass between them only as a user passes them (``package export`` / ``package import``);
after each step each desk is checked: nothing of its own lost or overwritten, every conflict
shown, no internal text in any file sent, and ``check`` passes.
"""

from __future__ import annotations

import io
import zipfile
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from desktop_app.cli import main
from desktop_app.domain.actions import ActionItem, ActionStatus
from desktop_app.domain.agenda import AgendaItem, AgendaStatus, AgendaVersion
from desktop_app.domain.attendance import Role, Rsvp
from desktop_app.domain.body import DEFAULT_BODY
from desktop_app.domain.person import Person
from desktop_app.services import actions, agenda, agenda_versions, delegations, people
from desktop_app.services.sessions import add_session
from desktop_app.services.workspace import Workspace
from desktop_app.storage import action_repository, agenda_repository, people_repository, session_repository
from desktop_app.storage.body_repository import save_body
from tests.conftest import seoul_session, snapshot

MARK = "ZZSECRET"
UID = "two-desks-1@briefing-desk"


def _desk(path: Path, side: str) -> None:
    with Workspace.open(path) as workspace:
        if side != workspace.body.home_side:
            with workspace.store.transaction() as db:
                save_body(db, replace(DEFAULT_BODY, home_side=side))


def _cli(db: Path, *args: str, capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    capsys.readouterr()
    code = main(["--db", str(db), *args])
    out, err = capsys.readouterr()
    return code, out, err


def _leaks(package: Path) -> list[str]:
    """Every member of the package, and every part of a Word file inside it, searched for the marker."""
    found = []
    with zipfile.ZipFile(package) as archive:
        for name in archive.namelist():
            data = archive.read(name)
            parts = {name: data}
            if name.endswith(".docx"):
                with zipfile.ZipFile(io.BytesIO(data)) as word:
                    parts = {f"{name}/{part}": word.read(part) for part in word.namelist()}
            found += [part for part, content in parts.items() if MARK.encode() in content]
    return found


def _versions(workspace: Workspace) -> list[tuple[AgendaVersion, list[AgendaItem]]]:
    session = session_repository.find_by_uid(workspace.store.db, UID)
    assert session is not None and session.id is not None
    return [
        (v, agenda_rules_in_order(agenda_repository.list_items(workspace.store.db, v.id)))
        for v in agenda_repository.list_versions(workspace.store.db, session.id)
        if v.id is not None
    ]


def agenda_rules_in_order(items: list[AgendaItem]) -> list[AgendaItem]:
    return sorted(items, key=lambda item: item.position)


def _version(workspace: Workspace, label: str) -> tuple[AgendaVersion, list[AgendaItem]]:
    return next(pair for pair in _versions(workspace) if pair[0].label == label)


def _session_id(workspace: Workspace) -> int:
    session = session_repository.find_by_uid(workspace.store.db, UID)
    assert session is not None and session.id is not None
    return session.id


def _seat(workspace: Workspace, name: str) -> tuple[Role, Rsvp, int]:
    for attendance, person in people_repository.delegation(workspace.store.db, _session_id(workspace)):
        if person.name == name:
            return attendance.role, attendance.rsvp, attendance.protocol_order
    raise AssertionError(f"{name} has no seat")


def _item(version_id: int, title: str, **fields: object) -> AgendaItem:
    return AgendaItem(version_id, 0, "", title, **fields)  # type: ignore[arg-type]


def test_two_desks_negotiate_a_session_end_to_end(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    seoul, washington = tmp_path / "seoul" / "desk.sqlite3", tmp_path / "washington" / "desk.sqlite3"
    seoul.parent.mkdir()
    washington.parent.mkdir()
    _desk(seoul, "ROK")
    _desk(washington, "US")
    sent = tmp_path / "sent"
    sent.mkdir()

    def send(desk: Path, name: str) -> Path:
        target = sent / f"{name}.bdpkg"
        code, _, err = _cli(desk, "package", "export", UID, "-o", str(target), capsys=capsys)
        assert code == 0, err
        assert _leaks(target) == []  # no internal text in any file sent
        return target

    def take(desk: Path, package: Path, *extra: str) -> tuple[int, str, str]:
        return _cli(desk, "package", "import", str(package), *extra, capsys=capsys)

    def checked(desk: Path) -> None:
        code, _, err = _cli(desk, "check", capsys=capsys)
        assert code == 0, err

    # -- 1. Seoul: the session, both delegations, a first draft with our preparation --------
    with Workspace.open(seoul) as ws:
        sid = add_session(ws, seoul_session("Supply chain dialogue", uid=UID, notes=f"{MARK}-session")).id
        assert sid is not None
        kim = people.add_person(
            ws, Person(name="KIM Min-jun", side="ROK", title="Director-General", internal_notes=f"{MARK}-kim")
        )
        carter = people.add_person(ws, Person(name="Emily Carter", side="US", title="DAS"))
        assert kim.id is not None and carter.id is not None
        delegations.add_to_delegation(ws, sid, kim.id, role=Role.HEAD, rsvp=Rsvp.CONFIRMED)
        delegations.add_to_delegation(ws, sid, carter.id, role=Role.HEAD, rsvp=Rsvp.INVITED)
        first = agenda_versions.start_draft(ws, sid, "ROK draft 1", "ROK", now=datetime(2027, 2, 1, tzinfo=UTC))
        assert first.id is not None
        for title in ("Opening remarks", "Critical minerals", "Export controls", "Any other business"):
            agenda.add_item(
                ws,
                _item(
                    first.id,
                    title,
                    minutes=20,
                    talking_points=f"{MARK}-tp-{title}",
                    internal_notes=f"{MARK}-notes-{title}",
                ),
            )
        agenda_versions.set_status(ws, first.id, AgendaStatus.PROPOSED)
        first_gid = agenda_repository.get_version(ws.store.db, first.id).gid
    p1 = send(seoul, "1-first-draft")
    checked(seoul)

    # -- 2. Washington takes it in: the same version, the same id and label -------------------
    code, out, err = take(washington, p1)
    assert code == 0, err
    assert out.startswith("created session")
    with Workspace.open(washington) as ws:
        version, items = _version(ws, "ROK draft 1")
        assert version.gid == first_gid and version.proposed_by == "ROK"
        assert [i.title for i in items] == [
            "Opening remarks",
            "Critical minerals",
            "Export controls",
            "Any other business",
        ]
        assert all(not i.talking_points for i in items)  # Seoul's preparation never travelled
        # Washington's own preparation on Seoul's draft, and its delegation.
        for item in items:
            agenda.update_item(ws, replace(item, talking_points=f"{MARK}-us-tp-{item.title}"))
        us_sid = _session_id(ws)
        carter_here = next(p for p in people_repository.list_people(ws.store.db) if p.name == "Emily Carter")
        assert carter_here.id is not None
        people.update_person(ws, carter_here.id, title="Deputy Assistant Secretary")
        delegations.set_rsvp(ws, us_sid, carter_here.id, Rsvp.CONFIRMED)
        kim_here = next(p for p in people_repository.list_people(ws.store.db) if p.name == "KIM Min-jun")
        assert kim_here.id is not None
        delegations.set_rsvp(ws, us_sid, kim_here.id, Rsvp.DECLINED)  # about Seoul's side: a suggestion only
        # The counter-draft: reword, add, reorder, delete.
        counter = agenda_versions.save_as_version(
            ws, version.id or 0, "US counter-draft 1", "US", now=datetime(2027, 2, 3, tzinfo=UTC)
        )
        assert counter.id is not None and counter.base_gid == first_gid
        citems = agenda.list_items(ws, counter.id)
        agenda.update_item(ws, replace(citems[2], title="Export controls on dual-use items"))
        agenda.delete_item(ws, citems[3].id or 0)  # "Any other business"
        agenda.add_item(ws, _item(counter.id, "Investment screening", minutes=15))
        agenda.move_item(ws, citems[1].id or 0, 2)  # "Critical minerals" after "Export controls"
        agenda_versions.set_status(ws, counter.id, AgendaStatus.PROPOSED)
        # A shared field of the session, changed in Washington.
        session = session_repository.get_session(ws.store.db, us_sid)
        with ws.store.transaction() as tx:
            session_repository.update_session(tx, replace(session, venue_building="Blue House annex"))
    p2 = send(washington, "2-counter-draft")
    checked(washington)

    # -- 3. Seoul, meanwhile: a second draft rewording the same item, and the start moved ------
    with Workspace.open(seoul) as ws:
        second = agenda_versions.save_as_version(
            ws, first.id, "ROK draft 2", "ROK", now=datetime(2027, 2, 4, tzinfo=UTC)
        )
        assert second.id is not None
        sitems = agenda.list_items(ws, second.id)
        agenda.update_item(ws, replace(sitems[2], title="Export controls and technology protection"))
        agenda.update_item(ws, replace(sitems[0], minutes=10))
        session = session_repository.get_session(ws.store.db, sid)
        moved = session.start + timedelta(hours=1)
        with ws.store.transaction() as tx:
            session_repository.update_session(tx, replace(session, start=moved))
    before = snapshot(seoul)
    code, out, err = take(seoul, p2)
    assert code == 1  # both desks reworded one item: stops, lists it, changes nothing
    assert "conflict: agenda item “Export controls" in out and "title" in out
    assert "Export controls and technology protection" in out and "Export controls on dual-use items" in out
    assert err.startswith("error: 1 conflict")
    assert snapshot(seoul) == before
    code, out, err = take(seoul, p2, "--dry-run", "-v", "--keep", "ours")
    assert code == 0, err
    # what the sender changed, against the base the sender saw
    assert "New version 'US counter-draft 1' (US, proposed): 1 added, 1 removed, 1 moved, 1 reworded" in out
    assert "against its base 'ROK draft 1'" in out
    assert "~ 2. Export controls on dual-use items: title (was “Export controls”)" in out
    # our notes on the item they deleted have nowhere to go: listed, and kept on our drafts
    assert "Our internal notes on “Any other business” found no item here; they stay on our version" in out
    assert "the session, venue_building" not in out  # only they changed it: no conflict
    assert snapshot(seoul) == before
    code, out, err = take(seoul, p2, "--keep", "ours")
    assert code == 0, err
    assert "our changes merged into a new draft 'ROK draft 3'" in out
    assert "suggestion (not taken): KIM Min-jun as head, declined (ours: head, confirmed)" in out
    with Workspace.open(seoul) as ws:
        session = session_repository.get_session(ws.store.db, sid)
        assert session.venue_building == "Blue House annex"  # theirs: only they changed it
        assert session.start == moved  # ours: only we changed it
        assert session.notes == f"{MARK}-session"
        assert _seat(ws, "KIM Min-jun") == (Role.HEAD, Rsvp.CONFIRMED, 0)  # our delegation is ours
        assert _seat(ws, "Emily Carter")[1] is Rsvp.CONFIRMED  # theirs is theirs
        assert people_repository.get_person(ws.store.db, kim.id).internal_notes == f"{MARK}-kim"
        counter_here, citems_here = _version(ws, "US counter-draft 1")
        assert counter_here.base_gid == first_gid
        # our talking points followed the items into their counter-draft, by lineage
        by_title = {i.title: i for i in citems_here}
        assert by_title["Export controls on dual-use items"].talking_points == f"{MARK}-tp-Export controls"
        assert by_title["Investment screening"].talking_points == ""
        merged, mitems = _version(ws, "ROK draft 3")
        assert merged.status is AgendaStatus.DRAFT and merged.base_gid == counter_here.gid
        assert [i.title for i in mitems] == [
            "Opening remarks",
            "Export controls and technology protection",  # the conflict, kept ours
            "Critical minerals",  # their reordering
            "Investment screening",  # their addition
        ]  # "Any other business": their deletion
        assert mitems[0].minutes == 10  # our change to a field they did not touch
        assert mitems[1].talking_points == f"{MARK}-tp-Export controls"
        # nothing of ours lost: the earlier drafts are all still here
        assert {"ROK draft 1", "ROK draft 2"} <= {v.label for v, _ in _versions(ws)}
        agenda_versions.set_status(ws, merged.id or 0, AgendaStatus.PROPOSED)
    checked(seoul)
    p3 = send(seoul, "3-merged-draft")

    # -- 4. Washington takes the merged draft: no conflict, its preparation follows -------------
    code, out, err = take(washington, p3)
    assert code == 0, err
    assert "conflict" not in out
    with Workspace.open(washington) as ws:
        merged_here, items = _version(ws, "ROK draft 3")
        assert merged_here.gid == merged.gid  # one identity, one label, on both desks
        assert items[0].talking_points == f"{MARK}-us-tp-Opening remarks"
        session = session_repository.get_session(ws.store.db, _session_id(ws))
        assert session.start == moved and session.venue_building == "Blue House annex"
        assert _seat(ws, "Emily Carter")[1] is Rsvp.CONFIRMED  # their own delegation, untouched by Seoul
        # Washington marks it agreed.
        agenda_versions.set_status(ws, merged_here.id or 0, AgendaStatus.AGREED)
    checked(washington)
    p4 = send(washington, "4-agreed-by-us")

    # -- 5. Agreement needs both sides ------------------------------------------------------
    code, out, err = take(seoul, p4)
    assert code == 0, err
    with Workspace.open(seoul) as ws:
        version, _ = _version(ws, "ROK draft 3")
        assert version.agreed_by == ("US",) and not version.locked  # their mark; ours is still to come
        agenda_versions.set_status(ws, version.id or 0, AgendaStatus.AGREED)
        assert agenda_versions.get_version(ws, version.id or 0).agreed_by_both(("ROK", "US"))
    p5 = send(seoul, "5-agreed-by-both")
    code, out, err = take(washington, p5)
    assert code == 0, err
    with Workspace.open(washington) as ws:
        version, _ = _version(ws, "ROK draft 3")
        assert version.locked and version.agreed_by_both(("ROK", "US"))

    # -- 6. After the session: outcomes and action items travel both ways --------------------
    with Workspace.open(seoul) as ws:
        version, items = _version(ws, "ROK draft 3")
        agenda.record_outcome(ws, items[1].id or 0, "Both sides will exchange control lists.")
        actions.add_action(
            ws, ActionItem(sid, "Share the control list", owner="KIM Min-jun", owner_side="ROK", due=date(2027, 4, 1))
        )
    p6 = send(seoul, "6-outcomes")
    code, out, err = take(washington, p6)
    assert code == 0, err
    assert "1 action item new" in out
    with Workspace.open(washington) as ws:
        us_sid = _session_id(ws)
        shared = action_repository.session_actions(ws.store.db, us_sid)
        assert [(a.text, a.owner_side, a.due) for a in shared] == [("Share the control list", "ROK", date(2027, 4, 1))]
        _, items = _version(ws, "ROK draft 3")
        assert items[1].outcome == "Both sides will exchange control lists."
        action_repository.update_action(ws.store.db, replace(shared[0], due=date(2027, 4, 15)))
        actions.add_action(ws, ActionItem(us_sid, "Brief Congress staff", owner="Emily Carter", owner_side="US"))
    p7 = send(washington, "7-actions")
    code, out, err = take(seoul, p7)
    assert code == 0, err
    with Workspace.open(seoul) as ws:
        mine = {a.text: a for a in action_repository.session_actions(ws.store.db, sid)}
        assert mine["Share the control list"].due == date(2027, 4, 15)
        assert mine["Brief Congress staff"].status is ActionStatus.OPEN
    with Workspace.open(washington) as ws:
        theirs = {a.text for a in action_repository.session_actions(ws.store.db, _session_id(ws))}
    assert set(mine) == theirs  # both desks' next packets show the same open action items
    checked(seoul)
    checked(washington)

    # -- 7. Older packages change nothing -----------------------------------------------------
    for desk, old in ((seoul, p2), (seoul, p4), (washington, p1), (washington, p3)):
        before = snapshot(desk)
        code, out, err = take(desk, old, "--keep", "theirs")
        assert code == 0, err
        assert out.startswith("nothing to change"), out
        assert snapshot(desk) == before
    with Workspace.open(seoul) as ws:
        session = session_repository.get_session(ws.store.db, sid)
        assert session.start == moved and _version(ws, "ROK draft 3")[0].locked
    checked(seoul)
    checked(washington)

    # -- 8. A package of another ROK–US body is refused, naming both bodies ---------------------
    other = tmp_path / "other" / "desk.sqlite3"
    other.parent.mkdir()
    code, _, err = _cli(other, "body", "setup", "--name", "Trade committee", "--our-side", "US", capsys=capsys)
    assert code == 0, err
    code, _, err = _cli(
        other,
        "sessions",
        "add",
        "--title",
        "Tariff round",
        "--start",
        "2027-05-11 10:00",
        "--tz",
        "America/New_York",
        capsys=capsys,
    )
    assert code == 0, err
    stranger = sent / "other-body.bdpkg"
    code, _, err = _cli(other, "package", "export", "1", "-o", str(stranger), capsys=capsys)
    assert code == 0, err
    before = snapshot(seoul)
    code, _, err = take(seoul, stranger)
    assert code == 1 and err.startswith("error: ") and err.count("\n") == 1, err
    assert "Trade committee" in err
    assert snapshot(seoul) == before
    checked(seoul)
