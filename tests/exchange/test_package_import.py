"""Packages between the two offices: what an import takes, what it leaves alone, and the commands."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest

from desktop_app.cli import main
from desktop_app.domain.agenda import AgendaItem, AgendaStatus
from desktop_app.domain.attendance import Role, Rsvp
from desktop_app.domain.body import DEFAULT_BODY
from desktop_app.domain.person import Person
from desktop_app.errors import InvalidInput, ReadOnlyDatabase
from desktop_app.services import agenda, agenda_versions, delegations, packages, people
from desktop_app.services.body import BodyChoice, SideChoice, edit_body, setup_body
from desktop_app.services.sessions import add_session
from desktop_app.services.workspace import Workspace
from desktop_app.storage import agenda_repository, people_repository, session_repository
from desktop_app.storage.body_repository import save_body
from tests.conftest import seoul_session, snapshot
from tests.exchange.package_samples import MARK, fill, members_of, repacked


def _person(workspace: Workspace, name: str) -> Person:
    return next(p for p in people_repository.list_people(workspace.store.db) if p.name == name)


def _washington(path: Path) -> Workspace:
    """A database of the US desk: the same body, seen from the other side."""
    workspace = Workspace.open(path)
    with workspace.store.transaction() as db:
        save_body(db, replace(DEFAULT_BODY, home_side="US"))
    workspace.reload_body()
    return workspace


@pytest.fixture
def exchange(tmp_path: Path) -> dict[str, Path]:
    """Seoul sends its session; Washington takes it in, answers with a counter-draft and updates, and sends it back."""
    seoul, washington = tmp_path / "seoul.sqlite3", tmp_path / "washington.sqlite3"
    with Workspace.open(seoul) as workspace:
        sid = fill(workspace).session_id
        packages.export_package(workspace, sid, tmp_path / "from-seoul.bdpkg", documents=False)
    with _washington(washington) as workspace:
        packages.import_package(workspace, tmp_path / "from-seoul.bdpkg")
        db = workspace.store.db
        session = session_repository.list_sessions(db)[0]
        assert session.id is not None
        with workspace.store.transaction() as tx:
            session_repository.update_session(tx, session.changed(title="Working group on supply chains (2nd round)"))
        # Their own people and delegation: they speak for them.
        carter, brooks = _person(workspace, "Emily Carter"), _person(workspace, "James Brooks")
        assert carter.id is not None and brooks.id is not None
        people.update_person(workspace, carter.id, title="Assistant Secretary", phone="+1 202 555 0100")
        delegations.set_rsvp(workspace, session.id, brooks.id, Rsvp.CONFIRMED)
        hayes = people.add_person(
            workspace,
            Person(name="Grace Hayes", side="US", organization="Department of Defense", internal_notes="US-only"),
        )
        assert hayes.id is not None
        delegations.add_to_delegation(workspace, session.id, hayes.id)
        # Our people and delegation, as they have them: they may fill gaps, never overrule us.
        kim, lee = _person(workspace, "KIM Min-jun"), _person(workspace, "LEE Seo-yeon")
        assert kim.id is not None and lee.id is not None
        people.update_person(workspace, kim.id, title="Ambassador", phone="+82 2 555 0199")
        delegations.set_rsvp(workspace, session.id, lee.id, Rsvp.DECLINED)
        # A counter-draft made from the agreed agenda: one item reworded, one added.
        agreed = next(v for v in agenda_versions.list_versions(workspace, session.id) if "ROK" in v.agreed_by)
        assert agreed.id is not None
        draft = agenda_versions.save_as_version(
            workspace, agreed.id, "US counter-draft 2", "US", now=datetime(2027, 2, 10, tzinfo=UTC)
        )
        assert draft.id is not None
        items = agenda.list_items(workspace, draft.id)
        agenda.update_item(workspace, replace(items[1], title="Critical minerals, batteries and magnets"))
        agenda.add_item(workspace, AgendaItem(draft.id, 0, "", "Press handling", "언론 대응", minutes=10), at=3)
        agenda_versions.set_status(workspace, draft.id, AgendaStatus.PROPOSED)
        packages.export_package(workspace, session.id, tmp_path / "from-washington.bdpkg", documents=False)
    return {"seoul": seoul, "washington": washington, "back": tmp_path / "from-washington.bdpkg"}


def test_the_counterpart_answer_updates_their_part_and_leaves_ours(exchange: dict[str, Path]) -> None:
    with Workspace.open(exchange["seoul"]) as workspace:
        preview = packages.preview_import(workspace, exchange["back"])
        summary = preview.summary(dry_run=True)
        assert summary.startswith("would update session 1 “Working group on supply chains (2nd round)” (title)")
        assert "1 person new, 5 merged (1 updated)" in summary
        assert "1 seat added, 1 changed" in summary
        assert "agenda version 'US counter-draft 2' added (1 added, 1 reworded)" in summary

        done = packages.import_package(workspace, exchange["back"])
        db = workspace.store.db
        session = session_repository.list_sessions(db)[0]
        assert session.id is not None
        assert session.title.endswith("(2nd round)") and session.notes == f"{MARK}-session-notes"

        carter, kim = _person(workspace, "Emily Carter"), _person(workspace, "KIM Min-jun")
        assert carter.title == "Assistant Secretary" and carter.phone == "+1 202 555 0100"
        assert kim.title == "Director-General"  # ours stands, and even an empty field of ours stays ours …
        assert kim.phone == ""
        assert any("phone “+82 2 555 0199” (ours “”)" in str(line) for line in done.plan.suggestions)  # … suggested
        assert kim.internal_notes == f"{MARK}-person-KIM Min-jun"
        hayes = _person(workspace, "Grace Hayes")
        assert hayes.internal_notes == ""  # their internal notes never travelled

        seats = {p.name: a for a, p in people_repository.delegation(db, session.id)}
        assert seats["James Brooks"].rsvp is Rsvp.CONFIRMED
        assert seats["LEE Seo-yeon"].rsvp is Rsvp.INVITED  # our delegation is ours to say
        assert any(str(line).startswith("LEE Seo-yeon as note-taker, declined") for line in done.plan.suggestions)
        assert [p.name for a, p in people_repository.delegation(db, session.id) if p.side == "US"] == [
            "Emily Carter",
            "James Brooks",
            "Grace Hayes",
        ]
        versions = agenda_repository.list_versions(db, session.id)
        assert [v.label for v in versions][-1] == "US counter-draft 2"
        talking = [row[0] for row in db.execute("SELECT talking_points FROM agenda_items WHERE talking_points != ''")]
        assert talking and all(text.startswith(MARK) for text in talking)
        assert done.plan.session.action == "update"

        again = packages.import_package(workspace, exchange["back"])
        assert again.changes_nothing


def test_an_agreement_from_the_other_side_never_unlocks_ours_and_needs_our_confirmation(
    exchange: dict[str, Path], tmp_path: Path
) -> None:
    with Workspace.open(exchange["washington"]) as workspace:
        session = session_repository.list_sessions(workspace.store.db)[0]
        assert session.id is not None
        counter = next(
            v for v in agenda_versions.list_versions(workspace, session.id) if v.label == "US counter-draft 2"
        )
        assert counter.id is not None
        agenda_versions.set_status(workspace, counter.id, AgendaStatus.AGREED)
        packages.export_package(workspace, session.id, tmp_path / "agreed.bdpkg", documents=False)
    with Workspace.open(exchange["seoul"]) as workspace:
        packages.import_package(workspace, exchange["back"])
        preview = packages.preview_import(workspace, tmp_path / "agreed.bdpkg")
        assert preview.plan.superseded == ()
        assert any(
            note.startswith("Agreement conflict: US marked 'US counter-draft 2' agreed") for note in preview.plan.notes
        )
        packages.import_package(workspace, tmp_path / "agreed.bdpkg")
        session = session_repository.list_sessions(workspace.store.db)[0]
        assert session.id is not None
        versions = agenda_versions.list_versions(workspace, session.id)
        assert [v.label for v in versions if v.locked] == ["agreed agenda"]  # ours stays locked
        counter = next(v for v in versions if v.label == "US counter-draft 2")
        assert counter.agreed_by == ("US",) and counter.status is AgendaStatus.PROPOSED
        # Seoul confirms: agreed by both sides; its own earlier agreement is withdrawn by its own act.
        assert counter.id is not None
        agenda_versions.set_status(workspace, counter.id, AgendaStatus.AGREED)
        counter = agenda_versions.get_version(workspace, counter.id)
        assert counter.agreed_by_both(("ROK", "US"))
        again = packages.preview_import(workspace, tmp_path / "agreed.bdpkg")
        assert again.changes_nothing


def test_an_older_copy_of_a_session_does_not_overwrite_ours(tmp_path: Path) -> None:
    with Workspace.open(tmp_path / "a.sqlite3") as workspace:
        sid = fill(workspace).session_id
        packages.export_package(workspace, sid, tmp_path / "old.bdpkg", documents=False)
        session = session_repository.get_session(workspace.store.db, sid)
        with workspace.store.transaction() as tx:
            session_repository.update_session(tx, session.changed(duration_minutes=90))
        preview = packages.preview_import(workspace, tmp_path / "old.bdpkg")
        assert preview.plan.session.action == "kept"
        assert (
            preview.summary()
            == "nothing to change: our session 1 “Working group on supply chains” is more recent than the package's"
        )
        packages.import_package(workspace, tmp_path / "old.bdpkg")
        assert session_repository.get_session(workspace.store.db, sid).duration_minutes == 90


def test_a_namesake_with_another_address_is_a_new_person(tmp_path: Path) -> None:
    with Workspace.open(tmp_path / "a.sqlite3") as workspace:
        sid = fill(workspace).session_id
        package = packages.build_package(workspace, sid, documents=False)
    kim = next(p for p in package.people if p.name == "KIM Min-jun")
    other_kim = replace(kim, email="another.kim@mofa.example.kr", biography="")
    same_kim = replace(kim, title="", email="MJ.Kim@mofa.example.kr")
    with Workspace.open(tmp_path / "b.sqlite3") as workspace:
        people.add_person(workspace, Person(**{**_fields(kim), "side": "ROK", "internal_notes": "ours"}))
        plan = packages.preview_import(workspace, replace(package, people=(other_kim, *package.people[1:]))).plan
        assert plan.people[0].is_new
        plan = packages.preview_import(workspace, replace(package, people=(same_kim, *package.people[1:]))).plan
        # Seoul's own officer: Seoul's record stands; what the package says is a suggestion.
        assert plan.people[0].reason == "same e-mail" and plan.people[0].changed == ()
        assert plan.people[0].person.title == "Director-General"
        assert any("email “MJ.Kim@mofa.example.kr”" in str(line) for line in plan.suggestions)


def _fields(person: object) -> dict[str, str]:
    names = ("name", "name_ko", "title", "title_ko", "organization", "organization_ko", "email", "phone", "biography")
    return {name: getattr(person, name) for name in names}


def test_a_taken_session_number_gives_way(tmp_path: Path) -> None:
    with Workspace.open(tmp_path / "a.sqlite3") as workspace:
        sid = fill(workspace).session_id
        packages.export_package(workspace, sid, tmp_path / "s.bdpkg", documents=False)
        uid = workspace.body.uid
    with Workspace.open(tmp_path / "b.sqlite3") as workspace:
        edit_body(workspace, uid=uid)  # the same body, whose sessions this desk began to plan on its own
        add_session(workspace, seoul_session("Our own first session"))
        done = packages.import_package(workspace, tmp_path / "s.bdpkg")
        assert done.plan.session.session.number == 2
        assert "taken" in done.plan.session.note


def test_a_read_only_database_refuses_an_import(tmp_path: Path) -> None:
    with Workspace.open(tmp_path / "a.sqlite3") as workspace:
        sid = fill(workspace).session_id
        packages.export_package(workspace, sid, tmp_path / "s.bdpkg", documents=False)
    Workspace.open(tmp_path / "b.sqlite3").close()
    with Workspace.open(tmp_path / "b.sqlite3", read_only=True) as workspace, pytest.raises(ReadOnlyDatabase):
        packages.import_package(workspace, tmp_path / "s.bdpkg")


# -- the commands ---------------------------------------------------------------------------------


@pytest.fixture
def seoul_db(tmp_path: Path) -> Path:
    path = tmp_path / "seoul" / "seoul.sqlite3"
    path.parent.mkdir()
    with Workspace.open(path) as workspace:
        fill(workspace)
    return path


def test_export_then_dry_run_then_import_from_the_command_line(
    seoul_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out" / "s1.bdpkg"
    out.parent.mkdir()
    assert main(["--db", str(seoul_db), "package", "export", "1", "-o", str(out), "--beside"]) == 0
    assert capsys.readouterr().out.startswith(f"wrote {out} (and s1-counterpart.docx, s1.ics beside it)")
    assert sorted(p.name for p in out.parent.iterdir()) == ["s1-counterpart.docx", "s1.bdpkg", "s1.ics"]

    target = tmp_path / "washington" / "washington.sqlite3"
    target.parent.mkdir()
    Workspace.open(target).close()
    before = snapshot(target)
    assert main(["--db", str(target), "package", "import", str(out), "--dry-run"]) == 0
    line = capsys.readouterr().out
    assert line.startswith("would create session 1 “Working group on supply chains”; 5 people new, 0 merged")
    assert line.count("\n") == 1
    assert snapshot(target) == before  # a dry run writes nothing: no lock, no -wal, no backup

    assert main(["--db", str(target), "package", "import", str(out)]) == 0
    assert capsys.readouterr().out.startswith("created session 1 “Working group on supply chains”")
    assert main(["--db", str(target), "package", "import", str(out), "-v"]) == 0
    out_text = capsys.readouterr().out
    assert out_text.startswith("nothing to change: session 1") and "Known (same record): KIM Min-jun" in out_text


def test_a_dry_run_into_a_missing_database_creates_nothing(
    seoul_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "s1.bdpkg"
    assert main(["--db", str(seoul_db), "package", "export", "1", "-o", str(out)]) == 0
    missing = tmp_path / "nowhere.sqlite3"
    assert main(["--db", str(missing), "package", "import", str(out), "--dry-run"]) == 1
    assert "does not exist" in capsys.readouterr().err and not missing.exists()


def test_export_refuses_a_wrong_name_and_leaves_the_target_as_it_was(
    seoul_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    assert main(["--db", str(seoul_db), "package", "export", "1", "-o", str(tmp_path / "s1.zip")]) == 1
    assert "must end in .bdpkg" in capsys.readouterr().err
    target = tmp_path / "s1.bdpkg"
    target.write_bytes(b"the previous package")
    assert main(["--db", str(seoul_db), "package", "export", "99", "-o", str(target)]) == 1
    assert "no session '99'" in capsys.readouterr().err

    def broken(package: object) -> bytes:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("desktop_app.exchange.package_write.package_bytes", broken)
    with Workspace.open(seoul_db) as workspace, pytest.raises(OSError):
        packages.export_package(workspace, 1, target, documents=False)
    assert target.read_bytes() == b"the previous package"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["s1.bdpkg", "seoul"]


def test_the_sample_body_imports_into_an_empty_desk(tmp_path: Path) -> None:
    from desktop_app.services.demo import fill_sample_body

    with Workspace.open(tmp_path / "sample.sqlite3") as workspace:
        fill_sample_body(workspace)
        ninth = next(s for s in session_repository.list_sessions(workspace.store.db) if s.number == 9)
        assert ninth.id is not None
        packages.export_package(workspace, ninth.id, tmp_path / "s9.bdpkg")
    with Workspace.open(tmp_path / "empty.sqlite3") as workspace:
        done = packages.import_package(workspace, tmp_path / "s9.bdpkg")
        assert len(done.plan.new_people) > 10
    conn = sqlite3.connect(tmp_path / "empty.sqlite3")
    try:
        assert conn.execute("SELECT count(*) FROM agenda_versions").fetchone()[0] == len(done.plan.versions)
    finally:
        conn.close()


def test_a_package_of_another_body_is_refused_by_name(tmp_path: Path) -> None:
    with Workspace.open(tmp_path / "a.sqlite3") as workspace:
        sid = fill(workspace).session_id
        package = packages.build_package(workspace, sid, documents=False)
    with Workspace.open(tmp_path / "b.sqlite3") as workspace:
        setup_body(workspace, BodyChoice("Seoul–Washington", "", SideChoice("ROK"), SideChoice("US")))
        sides = (replace(package.body.sides[0], code="JP"), package.body.sides[1])
        with pytest.raises(InvalidInput, match="sides are JP and US; this database's sides are ROK and US"):
            packages.preview_import(workspace, replace(package, body=replace(package.body, sides=sides)))


def test_delegation_heads_stay_single(tmp_path: Path) -> None:
    """A head the package brings for our side joins as a member where we have a head already."""
    with Workspace.open(tmp_path / "a.sqlite3") as workspace:
        sid = fill(workspace).session_id
        package = packages.build_package(workspace, sid, documents=False)
    with _washington(tmp_path / "b.sqlite3") as workspace:
        packages.import_package(workspace, package)
        session = session_repository.list_sessions(workspace.store.db)[0]
        assert session.id is not None
        newcomer = people.add_person(workspace, Person(name="PARK Ji-ho", side="ROK"))
        assert newcomer.id is not None
        kim = _person(workspace, "KIM Min-jun")
        assert kim.id is not None
        delegations.set_role(workspace, session.id, kim.id, Role.MEMBER)
        delegations.add_to_delegation(workspace, session.id, newcomer.id, role=Role.HEAD)
        rok = [
            (p.name, a.role) for a, p in people_repository.delegation(workspace.store.db, session.id) if p.side == "ROK"
        ]
        assert rok[0] == ("PARK Ji-ho", Role.HEAD)
        # Seoul's package names KIM head of the ROK delegation: Seoul speaks for its own side.
        done = packages.import_package(workspace, package)
        rok = [
            (p.name, a.role) for a, p in people_repository.delegation(workspace.store.db, session.id) if p.side == "ROK"
        ]
        assert rok[0] == ("KIM Min-jun", Role.HEAD)
        assert ("PARK Ji-ho", Role.MEMBER) in rok
        assert any("No longer head" in seat.note for seat in done.plan.seats)
        assert sum(role is Role.HEAD for _, role in rok) == 1


def first_format(members: dict[str, bytes]) -> bytes:
    """The same package as format 1 wrote it: no ids, no clocks, no mode, no outcomes or action items."""
    document = json.loads(members["session.json"])
    del document["session"]["clock"], document["outcomes"], document["actions"], document["logistics"]["mode"]
    for version in document["agenda_versions"]:
        del version["gid"], version["base"], version["agreed_by"], version["agreed_clock"]
        for item in version["items"]:
            del item["gid"], item["lineage"]
    manifest = {**json.loads(members["manifest.json"]), "format_version": 1}
    return repacked(members, manifest=manifest, session_json=json.dumps(document).encode())


def test_a_package_of_the_first_format_still_imports(tmp_path: Path) -> None:
    with Workspace.open(tmp_path / "seoul.sqlite3") as workspace:
        sid = fill(workspace).session_id
        packages.export_package(workspace, sid, tmp_path / "new.bdpkg", documents=False)
    old = tmp_path / "old.bdpkg"
    old.write_bytes(first_format(members_of(tmp_path / "new.bdpkg")))
    with _washington(tmp_path / "washington.sqlite3") as workspace:
        done = packages.import_package(workspace, old)
        assert done.plan.session.action == "create"
        session = session_repository.list_sessions(workspace.store.db)[0]
        assert session.id is not None
        versions = agenda_versions.list_versions(workspace, session.id)
        assert [v.label for v in versions] == ["ROK draft 1", "US counter-draft 1", "agreed agenda"]
        assert all(v.gid for v in versions)  # ids minted here
        agreed = versions[-1]
        assert agreed.agreed_by == ("ROK",) and not agreed.locked  # Seoul's mark, awaiting ours
        assert packages.import_package(workspace, old).changes_nothing  # and again changes nothing


def test_a_video_session_without_a_link_stays_video_on_the_other_desk(tmp_path: Path) -> None:
    from desktop_app.domain.session import SessionMode

    with Workspace.open(tmp_path / "seoul.sqlite3") as workspace:
        sid = fill(workspace).session_id
        session = session_repository.get_session(workspace.store.db, sid)
        session_repository.update_session(
            workspace.store.db, replace(session, venue_city="", video_link="", mode=SessionMode.VIDEO)
        )
        packages.export_package(workspace, sid, tmp_path / "video.bdpkg", documents=False)
    with _washington(tmp_path / "washington.sqlite3") as workspace:
        packages.import_package(workspace, tmp_path / "video.bdpkg")
        [arrived] = session_repository.list_sessions(workspace.store.db)
        assert arrived.mode is SessionMode.VIDEO and arrived.is_video


def test_the_officer_may_take_what_the_other_desk_suggests_about_our_side(
    exchange: dict[str, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    with Workspace.open(exchange["seoul"]) as workspace:
        suggestions = packages.preview_import(workspace, exchange["back"]).plan.suggestions
        phone = next(i for i, s in enumerate(suggestions) if s.field == "phone")
        seat = next(i for i, s in enumerate(suggestions) if s.kind == "seat")
        done = packages.import_package(workspace, exchange["back"], take=[phone, seat])
        assert done.plan.session.action == "update"
        kim = _person(workspace, "KIM Min-jun")
        assert kim.phone == "+82 2 555 0199" and kim.title == "Director-General"  # only what was taken
        session = session_repository.list_sessions(workspace.store.db)[0]
        assert session.id is not None
        seats = {p.name: a for a, p in people_repository.delegation(workspace.store.db, session.id)}
        assert seats["LEE Seo-yeon"].rsvp is Rsvp.DECLINED
    main(["--db", str(exchange["seoul"]), "package", "import", str(exchange["back"]), "--take-suggestions"])
    out = capsys.readouterr().out
    assert "suggestion (taken): KIM Min-jun (김민준): title “Ambassador”" in out
    with Workspace.open(exchange["seoul"]) as workspace:
        assert _person(workspace, "KIM Min-jun").title == "Ambassador"


def test_internal_edits_never_count_as_changes(tmp_path: Path) -> None:
    seoul, washington = tmp_path / "seoul.sqlite3", tmp_path / "washington.sqlite3"
    with Workspace.open(seoul) as workspace:
        sid = fill(workspace).session_id
        packages.export_package(workspace, sid, tmp_path / "first.bdpkg", documents=False)
    with _washington(washington) as workspace:
        packages.import_package(workspace, tmp_path / "first.bdpkg")
        session = session_repository.list_sessions(workspace.store.db)[0]
        assert session.id is not None
        with workspace.store.transaction() as tx:
            session_repository.update_session(tx, session.changed(venue_city="Busan"))
        packages.export_package(workspace, session.id, tmp_path / "answer.bdpkg", documents=False)
    with Workspace.open(seoul) as workspace:
        session = session_repository.get_session(workspace.store.db, sid)
        with workspace.store.transaction() as tx:
            session_repository.update_session(tx, session.changed(notes="our own notes, rewritten"))
        version = agenda_repository.list_versions(workspace.store.db, sid)[0]
        assert version.id is not None
        item = agenda.list_items(workspace, version.id)[0]
        agenda.update_item(workspace, replace(item, talking_points="new talking points"))
        clocked = {row[0] for row in workspace.store.db.execute("SELECT field FROM sync_clocks WHERE field != 'mark'")}
        assert clocked == set()  # notes and talking points raise no counter (agreement marks do)
        done = packages.import_package(workspace, tmp_path / "answer.bdpkg")
        assert done.plan.conflicts == () and done.plan.session.changed == ("venue_city",)
        after = session_repository.get_session(workspace.store.db, sid)
        assert after.venue_city == "Busan" and after.notes == "our own notes, rewritten"


def test_an_older_package_does_not_bring_old_seats_back(tmp_path: Path) -> None:
    seoul, washington = tmp_path / "seoul.sqlite3", tmp_path / "washington.sqlite3"
    with Workspace.open(seoul) as workspace:
        sid = fill(workspace).session_id
        packages.export_package(workspace, sid, tmp_path / "first.bdpkg", documents=False)
    with _washington(washington) as workspace:
        packages.import_package(workspace, tmp_path / "first.bdpkg")
        session = session_repository.list_sessions(workspace.store.db)[0]
        brooks = _person(workspace, "James Brooks")
        assert session.id is not None and brooks.id is not None
        delegations.set_rsvp(workspace, session.id, brooks.id, Rsvp.CONFIRMED)
        packages.export_package(
            workspace, session.id, tmp_path / "older.bdpkg", documents=False, now=datetime(2027, 2, 1, tzinfo=UTC)
        )
        delegations.set_rsvp(workspace, session.id, brooks.id, Rsvp.DECLINED)  # corrected
        packages.export_package(
            workspace, session.id, tmp_path / "newer.bdpkg", documents=False, now=datetime(2027, 2, 2, tzinfo=UTC)
        )
    with Workspace.open(seoul) as workspace:
        packages.import_package(workspace, tmp_path / "newer.bdpkg")
        seats = {p.name: a for a, p in people_repository.delegation(workspace.store.db, sid)}
        assert seats["James Brooks"].rsvp is Rsvp.DECLINED
        preview = packages.preview_import(workspace, tmp_path / "older.bdpkg")
        assert preview.changes_nothing
        assert any(
            note.startswith("This package is older than one already taken from US") for note in preview.plan.notes
        )
    before = snapshot(seoul)
    assert main(["--db", str(seoul), "package", "import", str(tmp_path / "older.bdpkg")]) == 0
    assert snapshot(seoul) == before  # nothing written at all


def test_the_other_side_may_withdraw_its_agreement_but_an_older_package_cannot(tmp_path: Path) -> None:
    seoul, washington = tmp_path / "seoul.sqlite3", tmp_path / "washington.sqlite3"
    with Workspace.open(seoul) as workspace:
        sid = fill(workspace).session_id
        packages.export_package(workspace, sid, tmp_path / "first.bdpkg", documents=False)
    with _washington(washington) as workspace:
        packages.import_package(workspace, tmp_path / "first.bdpkg")
        session = session_repository.list_sessions(workspace.store.db)[0]
        assert session.id is not None
        counter = next(
            v for v in agenda_versions.list_versions(workspace, session.id) if v.label == "US counter-draft 1"
        )
        assert counter.id is not None
        agenda_versions.set_status(workspace, counter.id, AgendaStatus.AGREED)
        packages.export_package(
            workspace, session.id, tmp_path / "agreed.bdpkg", documents=False, now=datetime(2027, 2, 1, tzinfo=UTC)
        )
        agenda_versions.set_status(workspace, counter.id, AgendaStatus.PROPOSED, reopen=True)
        packages.export_package(
            workspace, session.id, tmp_path / "withdrawn.bdpkg", documents=False, now=datetime(2027, 2, 2, tzinfo=UTC)
        )

    def marks(workspace: Workspace) -> tuple[str, ...]:
        return next(
            v for v in agenda_versions.list_versions(workspace, sid) if v.label == "US counter-draft 1"
        ).agreed_by

    with Workspace.open(seoul) as workspace:
        packages.import_package(workspace, tmp_path / "agreed.bdpkg")
        assert marks(workspace) == ("US",)
        packages.import_package(workspace, tmp_path / "withdrawn.bdpkg")
        assert marks(workspace) == ()
        packages.import_package(workspace, tmp_path / "agreed.bdpkg")  # the older word: changes no mark
        assert marks(workspace) == ()
