"""What each edition says: the counterpart edition only what the counterpart has seen or agreed,
the internal one the agenda's state exactly; the principal's brief; status; numbered copies."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_app.briefing.brief import SessionBrief
from desktop_app.briefing.model import Audience, PacketContent, Para, SubHeading
from desktop_app.domain.agenda import AgendaStatus
from desktop_app.errors import InvalidInput
from desktop_app.services.demo import fill_sample_body
from desktop_app.services.packets import generate_packet, packet_content
from desktop_app.services.packets_brief import item_aim, save_item_aim, save_session_brief, session_brief
from desktop_app.services.scheduling import postpone_session
from desktop_app.services.sessions import list_sessions
from desktop_app.services.workspace import Workspace
from desktop_app.storage import agenda_repository
from tests.briefing.conftest import docx_parts
from tests.briefing.packet_fixture import PacketBody


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("sample") / "sample.sqlite3"
    with Workspace.open(path) as workspace:
        fill_sample_body(workspace)
    return path


def texts(content: PacketContent) -> str:
    return repr(content)


def section(content: PacketContent, key: str) -> list[str]:
    found = next(s for s in content.sections if s.key == key)
    return [
        block.label + " " + block.text if isinstance(block, Para) else getattr(block, "text", "")
        for block in found.blocks
    ]


def test_the_counterpart_edition_holds_nothing_only_our_unproposed_drafts_have(sample: Path) -> None:
    with Workspace.open(sample, read_only=True, create=False) as workspace:
        db, home = workspace.store.db, workspace.body.home_side
        checked = 0
        for session in list_sessions(workspace):
            assert session.id is not None
            versions = agenda_repository.list_versions(db, session.id)
            unseen = [v for v in versions if v.status is AgendaStatus.DRAFT and v.proposed_by == home]
            seen = [v for v in versions if v not in unseen]
            seen_texts = {
                text
                for v in seen
                for item in agenda_repository.list_items(db, v.id or 0)
                for text in (item.title, item.title_ko, item.description)
            }
            only_ours = {
                text
                for v in unseen
                for item in agenda_repository.list_items(db, v.id or 0)
                for text in (item.title, item.title_ko, item.description)
                if text and text not in seen_texts
            } | {v.label for v in unseen}
            for bilingual in (False, True):
                printed = texts(packet_content(workspace, session.id, Audience.COUNTERPART, bilingual=bilingual))
                assert [text for text in only_ours if text in printed] == [], session.number
            checked += bool(unseen)
        assert checked >= 2  # the sample has sessions whose newest version is our unproposed draft


def test_each_edition_names_the_agenda_state_exactly(sample: Path) -> None:
    with Workspace.open(sample, read_only=True, create=False) as workspace:
        by_number = {s.number: s for s in list_sessions(workspace)}
        # 9th: our draft 3 never proposed, after their counter-draft 2
        ninth = by_number[9]
        assert ninth.id is not None
        internal = packet_content(workspace, ninth.id, Audience.INTERNAL)
        assert internal.cover.agenda_line.startswith("Agenda: our draft, not yet proposed (version 3")
        counterpart = packet_content(workspace, ninth.id, Audience.COUNTERPART)
        assert "version 2 as proposed by the United States side" in counterpart.cover.agenda_line
        assert counterpart.draft_line == "DRAFT · agenda version 2"
        # 10th: only our own draft: the counterpart edition carries no agenda at all
        tenth = by_number[10]
        assert tenth.id is not None
        empty = packet_content(workspace, tenth.id, Audience.COUNTERPART)
        assert empty.cover.agenda_line == "Agenda: agenda to be agreed"
        assert "agenda" not in [s.key for s in empty.sections]
        # 8th: agreed
        eighth = by_number[8]
        assert eighth.id is not None
        assert packet_content(workspace, eighth.id, Audience.INTERNAL).cover.agenda_line.startswith(
            "Agenda: agreed on "
        )


def test_the_internal_packet_opens_with_the_summary_and_the_items_briefs(sample: Path) -> None:
    with Workspace.open(sample, read_only=True, create=False) as workspace:
        eighth = next(s for s in list_sessions(workspace) if s.number == 8)
        assert eighth.id is not None
        content = packet_content(workspace, eighth.id, Audience.INTERNAL)
    assert [s.key for s in content.sections[:2]] == ["summary", "briefs"]
    summary = " ".join(section(content, "summary"))
    for expected in (
        "Purpose: Close the last bracketed",
        "Our objectives",
        "1. Agree the verification paragraph",
        "Key messages",
        "likely to raise",
        "Expected deliverables",
        "Your speaking slots",
    ):
        assert expected in summary, expected
    briefs = next(s for s in content.sections if s.key == "briefs")
    labels = [b.label for b in briefs.blocks if isinstance(b, Para)]
    assert {
        "When:",
        "Lead and presenter:",
        "Our aim:",
        "Points to make",
        "If raised",
        "Background (may be used with the counterpart)",
        "Not for disclosure",
    } <= set(labels)
    headings = [b.text for b in briefs.blocks if isinstance(b, SubHeading)]
    assert headings[0].startswith("1. Opening remarks")


def test_a_brief_refuses_a_fourth_objective_and_changes_nothing(packet_body: PacketBody, tmp_path: Path) -> None:
    from tests.briefing.packet_fixture import build_packet_body

    body = build_packet_body(tmp_path / "body.sqlite3", items=2, per_side=2)
    with Workspace.open(body.path) as workspace:
        save_session_brief(workspace, body.session_id, SessionBrief(purpose="Agree dates.", objectives="A\nB"))
        with pytest.raises(InvalidInput, match="at most 3 objectives"):
            save_session_brief(workspace, body.session_id, SessionBrief(objectives="A\nB\nC\nD"))
        assert session_brief(workspace, body.session_id) == SessionBrief(purpose="Agree dates.", objectives="A\nB")
        content = packet_content(workspace, body.session_id, Audience.INTERNAL)
        assert "Purpose: Agree dates." in section(content, "summary")[0]
        assert "Agree dates." not in texts(packet_content(workspace, body.session_id, Audience.COUNTERPART))


def test_an_items_aim_carries_to_a_later_version_by_title(tmp_path: Path) -> None:
    from desktop_app.services.agenda_versions import start_draft
    from tests.briefing.packet_fixture import build_packet_body

    body = build_packet_body(tmp_path / "body.sqlite3", items=2, per_side=2)
    with Workspace.open(body.path) as workspace:
        current = agenda_repository.current_versions(workspace.store.db)[body.session_id]
        first = agenda_repository.list_items(workspace.store.db, current.id or 0)[0]
        assert first.id is not None
        save_item_aim(workspace, first.id, "Dates agreed before the summit.")
        start_draft(workspace, body.session_id, "our draft 3", "ROK", copy_from=current.id)
        newest = agenda_repository.current_versions(workspace.store.db)[body.session_id]
        copied = agenda_repository.list_items(workspace.store.db, newest.id or 0)[0]
        assert copied.id is not None and copied.id != first.id
        assert item_aim(workspace, body.session_id, copied.id) == "Dates agreed before the summit."
        content = packet_content(workspace, body.session_id, Audience.INTERNAL)
        assert "Our aim: Dates agreed before the summit." in section(content, "briefs")


def test_status_shows_on_the_cover_and_in_every_header(sample: Path, tmp_path: Path) -> None:
    copy = tmp_path / "copy.sqlite3"
    copy.write_bytes(sample.read_bytes())
    with Workspace.open(copy) as workspace:
        sessions = list_sessions(workspace)
        held = next(s for s in sessions if s.status == "held" and s.number == 7)
        upcoming = next(s for s in sessions if s.number == 9)
        assert held.id is not None and upcoming.id is not None
        postpone_session(workspace, upcoming.id)
        record = packet_content(workspace, held.id, Audience.INTERNAL)
        assert record.sections[0].key == "record" and record.cover.status_line.startswith("HELD")
        assert "To prepare" not in texts(record)
        assert any(b.text == "Outcomes" for b in record.sections[0].blocks if isinstance(b, SubHeading))
        postponed = packet_content(workspace, upcoming.id, Audience.COUNTERPART)
        assert postponed.cover.status_line.startswith("POSTPONED")
        out = tmp_path / "postponed.docx"
        generate_packet(workspace, upcoming.id, out, audience=Audience.COUNTERPART)
    parts = docx_parts(out)
    headers = [name for name in parts if name.startswith("word/header")]
    assert len(headers) == 3 and all("POSTPONED · DRAFT" in parts[name] for name in headers)


def test_numbered_copies_carry_their_number_on_the_cover_and_in_every_footer(
    agreed_body: PacketBody, tmp_path: Path
) -> None:
    with Workspace.open(agreed_body.path, read_only=True, create=False) as workspace:
        result = generate_packet(workspace, agreed_body.session_id, tmp_path / "p.docx", copies=3)
    assert [path.name for path in result.files] == [f"p (copy {n} of 3).docx" for n in (1, 2, 3)]
    for number, path in enumerate(result.files, start=1):
        parts = docx_parts(path)
        assert f"Copy {number} of 3" in parts["word/document.xml"]
        footers = [name for name in parts if name.startswith("word/footer")]
        assert all(f"Copy {number} of 3" in parts[name] for name in footers)
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(path.name for path in result.files)


def test_copies_out_of_range_are_refused_before_anything_is_written(agreed_body: PacketBody, tmp_path: Path) -> None:
    with (
        Workspace.open(agreed_body.path, read_only=True, create=False) as workspace,
        pytest.raises(InvalidInput, match="copies"),
    ):
        generate_packet(workspace, agreed_body.session_id, tmp_path / "p.docx", copies=1000)
    assert list(tmp_path.iterdir()) == []


def test_the_korean_edition_speaks_korean_with_the_gist_first(sample: Path) -> None:
    with Workspace.open(sample, read_only=True, create=False) as workspace:
        ninth = next(s for s in list_sessions(workspace) if s.number == 9)
        assert ninth.id is not None
        content = packet_content(workspace, ninth.id, Audience.INTERNAL, language="ko")
    assert content.language == "ko" and content.contents_title == "목차"
    assert [s.title for s in content.sections[:2]] == ["요약", "의제별 보고"]
    assert content.cover.title.startswith("제9차 회의")
    assert (
        content.cover.times[0][0] == "서울" and "년" in content.cover.times[0][1] and "(" in content.cover.times[0][1]
    )
    assert content.cover.agenda_line == "의제: 우리측 초안, 상대측 미제시 (제3안)"
    assert content.draft_line == "초안 · 의제 제3안"
    briefs = content.sections[1]
    headings = [b.text for b in briefs.blocks if isinstance(b, SubHeading)]
    assert headings[0].startswith("□ 1. ") and any("\uac00" <= ch <= "\ud7a3" for ch in headings[0])
    points = next(i for i, b in enumerate(briefs.blocks) if isinstance(b, Para) and b.label == "발언 요지")
    assert briefs.blocks[points + 1].text.startswith("요지")  # the gist before the detail


def test_the_korean_edition_is_refused_for_a_delegation_that_is_not_korean(tmp_path: Path) -> None:
    from dataclasses import replace

    from desktop_app.storage.body_repository import save_body
    from tests.briefing.packet_fixture import BODY, build_packet_body

    body = build_packet_body(tmp_path / "body.sqlite3", items=1, per_side=1)
    with Workspace.open(body.path) as workspace:
        with workspace.store.transaction() as db:
            save_body(db, replace(BODY, home_side="US"))
        workspace.reload_body()
        with pytest.raises(InvalidInput, match="Korean edition is for a Korean delegation"):
            packet_content(workspace, body.session_id, Audience.INTERNAL, language="ko")


def test_without_libreoffice_the_contents_list_the_sections_without_numbers(
    agreed_body: PacketBody, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop_app.briefing.pdf import SOFFICE_ENV

    monkeypatch.setenv(SOFFICE_ENV, str(tmp_path / "no-such-soffice"))
    with Workspace.open(agreed_body.path, read_only=True, create=False) as workspace:
        result = generate_packet(workspace, agreed_body.session_id, tmp_path / "p.docx", page_numbers=True)
    from tests.briefing.faithful import contents_numbers

    assert contents_numbers(result.docx) == []  # listed, without numbers: nothing was laid out
    assert "Summary" in docx_parts(result.docx)["word/document.xml"]
