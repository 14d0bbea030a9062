"""The packet's content tree: which sections each edition holds, and what goes into them. No Word file."""

from __future__ import annotations

import subprocess
import sys
from dataclasses import fields, replace
from pathlib import Path

from desktop_app import clock
from desktop_app.briefing.formatting import unbroken
from desktop_app.briefing.model import Audience, PacketContent, Table
from desktop_app.briefing.sources import SharedItem, SharedPerson, SharedSession, load_packet_data
from desktop_app.domain.agenda import INTERNAL_ITEM_FIELDS
from desktop_app.domain.attendance import Attendance, Role, Rsvp
from desktop_app.services.packets import packet_content, packet_sections
from desktop_app.services.sessions import add_session
from desktop_app.services.workspace import Workspace
from desktop_app.storage import people_repository
from tests.briefing.packet_fixture import MARKER_PREFIX, SCENE_PREFIX, PacketBody
from tests.conftest import seoul_session

INTERNAL_SECTIONS = [
    "Cover",
    "Contents",
    "Summary",
    "Item briefs",
    "Timed agenda",
    "Scene-setter",
    "Participants",
    "Counterpart biographies",
    "Logistics and contacts",
]
COUNTERPART_SECTIONS = [
    "Cover",
    "Contents",
    "Timed agenda",
    "Participants",
    "Background",
    "Logistics and contacts",
    "Annex: action-item tracker",
]


def content_of(body: PacketBody, audience: Audience, **options: object) -> PacketContent:
    with Workspace.open(body.path, read_only=True, create=False) as workspace:
        return packet_content(workspace, body.session_id, audience, **options)  # type: ignore[arg-type]


def table_in(content: PacketContent, key: str) -> Table:
    section = next(section for section in content.sections if section.key == key)
    return next(block for block in section.blocks if isinstance(block, Table))


def test_each_edition_lists_its_sections_in_reading_order(packet_body: PacketBody) -> None:
    with Workspace.open(packet_body.path, read_only=True, create=False) as workspace:
        assert packet_sections(workspace, packet_body.session_id, Audience.INTERNAL) == INTERNAL_SECTIONS
        assert packet_sections(workspace, packet_body.session_id, Audience.COUNTERPART) == COUNTERPART_SECTIONS


def test_the_counterpart_edition_is_built_from_types_without_internal_fields(packet_body: PacketBody) -> None:
    assert not {f.name for f in fields(SharedItem)} & set(INTERNAL_ITEM_FIELDS)
    assert "internal_notes" not in {f.name for f in fields(SharedPerson)}
    assert "notes" not in {f.name for f in fields(SharedSession)}
    with Workspace.open(packet_body.path, read_only=True, create=False) as workspace:
        data = load_packet_data(
            workspace.store.db, packet_body.session_id, workspace.body, internal=False, today=clock.now().date()
        )
    assert data.internal is None


def test_counterpart_content_holds_no_internal_text(packet_body: PacketBody) -> None:
    text = repr(content_of(packet_body, Audience.COUNTERPART, bilingual=True))
    assert MARKER_PREFIX not in text
    assert SCENE_PREFIX not in text
    # the action items both sides agreed are shared: the open ones are in the tracker
    assert all(marker in text for marker in packet_body.tracker_markers)


def test_internal_content_holds_every_internal_field_it_prints(packet_body: PacketBody) -> None:
    text = repr(content_of(packet_body, Audience.INTERNAL))
    markers = packet_body.shown_markers + packet_body.scene_markers + packet_body.tracker_markers
    missing = [marker for marker in markers if marker not in text]
    assert not missing


def test_sections_without_content_are_left_out(tmp_path: Path) -> None:
    with Workspace.open(tmp_path / "empty.sqlite3") as workspace:
        session = add_session(workspace, seoul_session())
        assert session.id is not None
        internal = packet_sections(workspace, session.id, Audience.INTERNAL)
        counterpart = packet_sections(workspace, session.id, Audience.COUNTERPART)
    assert internal == ["Cover", "Contents", "Summary", "Logistics and contacts"]
    assert counterpart == ["Cover", "Contents", "Logistics and contacts"]


def test_draft_until_the_agenda_is_agreed(packet_body: PacketBody, agreed_body: PacketBody) -> None:
    draft = content_of(packet_body, Audience.COUNTERPART)
    assert draft.draft
    assert draft.draft_line == "DRAFT · agenda version 2"
    agreed = content_of(agreed_body, Audience.COUNTERPART)
    assert not agreed.draft
    assert agreed.draft_line == ""
    assert "agreed by both sides" in agreed.cover.agenda_line


def test_the_marking_is_the_bodys_unless_given(packet_body: PacketBody) -> None:
    assert content_of(packet_body, Audience.INTERNAL).marking == "SENSITIVE BUT UNCLASSIFIED"
    assert content_of(packet_body, Audience.INTERNAL, marking="대외비 · LIMITED").marking == "대외비 · LIMITED"


def test_timed_agenda_gives_lead_presenter_and_start_in_both_zones(packet_body: PacketBody) -> None:
    agenda = table_in(content_of(packet_body, Audience.COUNTERPART), "agenda")
    assert agenda.header[:5] == ("No.", "Item", "Lead", "Presenter", "Min")
    assert agenda.header[5].startswith("Seoul\nKST") and agenda.header[6].startswith("Washington\nE")
    first, second = agenda.rows[0].cells, agenda.rows[1].cells
    assert first[:3] == ("1", "Topic 1: cooperation on area 1", "ROK")
    assert first[3] == unbroken("KIM Min-jun") and first[5] == "10:00"
    assert second[5] == "10:10"
    assert first[6] in ("20:00", "21:00")  # the evening before in Washington, EST or EDT
    section_row = agenda.rows[2]
    assert section_row.strong and agenda.rows[3].level == 1


def test_bilingual_tables_put_korean_beside_english(packet_body: PacketBody) -> None:
    content = content_of(packet_body, Audience.COUNTERPART, bilingual=True)
    agenda = table_in(content, "agenda")
    assert agenda.header[1:3] == ("Item", "의제")
    assert agenda.rows[0].cells[2] == "의제 1: 분야 1 협력"
    participants = table_in(content, "participants")
    assert participants.header == ("No.", "Name", "성명", "Title and organization", "직함 및 소속", "Role")
    assert participants.rows[0].cells[1:3] == (unbroken("KIM Min-jun"), "김민준")


def test_participants_heads_first_in_protocol_order_without_declined(tmp_path: Path) -> None:
    from tests.briefing.packet_fixture import build_packet_body

    body = build_packet_body(tmp_path / "body.sqlite3", items=2, per_side=4)
    with Workspace.open(body.path) as workspace, workspace.store.transaction() as db:
        rows = people_repository.delegation(db, body.session_id)
        seats = [(attendance, person) for attendance, person in rows if person.side == "ROK"]
        # The head sits at protocol order 9 by mistake; a member declined.
        head, _, declined, _ = seats
        db.table("attendance").update(head[0].id, {"protocol_order": 9})
        db.table("attendance").update(declined[0].id, {"rsvp": str(Rsvp.DECLINED)})
    participants = table_in(content_of(body, Audience.COUNTERPART), "participants")
    names = [row.cells[1].split("\n")[0] for row in participants.rows[:3]]
    assert names[0] == unbroken(head[1].name)
    assert unbroken(declined[1].name) not in names
    assert participants.rows[0].cells[3] == "Head of delegation"
    assert "외교부 과장 1" in participants.rows[0].cells[2]  # the title in both languages


def test_scene_setter_marks_overdue_actions(packet_body: PacketBody) -> None:
    actions = table_in(content_of(packet_body, Audience.INTERNAL), "scene")
    overdue = [row for row in actions.rows if "OVERDUE" in row.cells[3]]
    assert len(actions.rows) == 2 and len(overdue) == 1
    assert overdue[0].cells[0].startswith("Share the draft readout")


def test_contacts_are_our_heads_and_note_takers(packet_body: PacketBody) -> None:
    contacts = table_in(content_of(packet_body, Audience.COUNTERPART), "logistics")
    roles = {row.cells[1] for row in contacts.rows}
    assert roles == {"Head of delegation", "Deputy head", "Note-taker"}
    assert all("@example.go.kr" in row.cells[2] for row in contacts.rows)


def test_presenter_outside_the_delegation_is_still_named(tmp_path: Path) -> None:
    from tests.briefing.packet_fixture import build_packet_body

    body = build_packet_body(tmp_path / "body.sqlite3", items=2, per_side=2)
    with Workspace.open(body.path) as workspace, workspace.store.transaction() as db:
        db.execute("DELETE FROM attendance WHERE session_id = ?", [body.session_id])
    agenda = table_in(content_of(body, Audience.COUNTERPART), "agenda")
    assert agenda.rows[0].cells[3] == unbroken("KIM Min-jun")


def test_content_and_section_listing_do_not_load_python_docx() -> None:
    probe = "import sys, desktop_app.services.packets, desktop_app.briefing.content; print('docx' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False"


def test_an_observer_added_later_appears(tmp_path: Path) -> None:
    from tests.briefing.packet_fixture import build_packet_body

    body = build_packet_body(tmp_path / "body.sqlite3", items=1, per_side=1)
    with Workspace.open(body.path) as workspace, workspace.store.transaction() as db:
        person = replace(people_repository.get_person(db, 1), name="OH Observer", id=None)
        person_id = people_repository.insert_person(db, person)
        people_repository.add_attendance(db, Attendance(body.session_id, person_id, Role.OBSERVER, protocol_order=5))
    participants = table_in(content_of(body, Audience.COUNTERPART), "participants")
    assert any(row.cells[1].startswith("OH Observer") and row.cells[3] == "Observer" for row in participants.rows)
