"""One body, two desks: a Seoul desk (our side ROK) and a Washington desk (our side US), each its own database.

Everything is done as the two officers would, through the command line, with files passed
between the folders: the Washington desk's packet, biographies, draft labels, .ics and
package are the US's, and a package of another body is refused, the database untouched.
"""

from __future__ import annotations

import json
import re
import zipfile
from pathlib import Path

import pytest
from docx import Document

from desktop_app.briefing.model import Audience, SubHeading
from desktop_app.cli import main
from desktop_app.domain.agenda_rules import next_draft_label
from desktop_app.services import agenda_versions
from desktop_app.services.packets import packet_content
from desktop_app.services.workspace import Workspace
from tests.conftest import snapshot
from tests.exchange.package_samples import MARK, fill

BODY_NAME = "Seoul–Washington Policy Dialogue"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def body_of(db: Path, capsys: pytest.CaptureFixture[str]) -> dict[str, object]:
    code, out, _ = run(capsys, "--db", str(db), "body", "show", "--json")
    assert code == 0
    shown: dict[str, object] = json.loads(out)
    return shown


def every_text(path: Path) -> str:
    """All the text of every member of a zip (a .docx or a package), as a recipient could read it."""
    with zipfile.ZipFile(path) as archive:
        return "\n".join(archive.read(name).decode("utf-8", "replace") for name in archive.namelist())


@pytest.fixture
def desks(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> dict[str, Path]:
    """Seoul sets up as ROK and plans a session; Washington sets up as US and takes Seoul's package in."""
    folders = {name: tmp_path / name for name in ("seoul", "washington", "mail")}
    for folder in folders.values():
        folder.mkdir()
    seoul, washington = folders["seoul"] / "seoul.sqlite3", folders["washington"] / "washington.sqlite3"
    for db, side in ((seoul, "ROK"), (washington, "US")):
        code, out, err = run(
            capsys,
            "--db",
            str(db),
            "body",
            "setup",
            "--name",
            BODY_NAME,
            "--name-ko",
            "한미 정책대화",
            "--our-side",
            side,
        )
        assert (code, err) == (0, ""), err
        assert out.startswith(f"set up body “{BODY_NAME}” (한미 정책대화): our side {side}")
    with Workspace.open(seoul) as workspace:
        fill(workspace)  # both delegations, three shareable versions, a marker in every internal field
    package = folders["mail"] / "from-seoul.bdpkg"
    assert run(capsys, "--db", str(seoul), "package", "export", "1", "-o", str(package))[0] == 0
    code, out, err = run(capsys, "--db", str(washington), "package", "import", str(package))
    assert (code, err) == (0, ""), err
    assert "joined the body “Seoul–Washington Policy Dialogue”" in out
    return {"seoul": seoul, "washington": washington, "mail": folders["mail"]}


def test_the_washington_desk_joins_seouls_body_and_stays_us(
    desks: dict[str, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    seoul, washington = body_of(desks["seoul"], capsys), body_of(desks["washington"], capsys)
    assert washington["uid"] == seoul["uid"]
    assert (seoul["our_side"], washington["our_side"]) == ("ROK", "US")
    assert set(washington) == {"uid", "name", "name_ko", "our_side", "sides"}
    sides = washington["sides"]
    assert isinstance(sides, list)
    assert [(s["code"], s["timezone"]) for s in sides] == [("US", "America/New_York"), ("ROK", "Asia/Seoul")]
    assert all({"code", "name", "name_ko", "timezone"} <= set(side) for side in sides)


def test_the_us_desks_packet_prepares_the_us_delegation(desks: dict[str, Path], tmp_path: Path) -> None:
    packet = tmp_path / "washington-packet.docx"
    assert main(["--db", str(desks["washington"]), "packet", "1", "-o", str(packet)]) == 0
    text = "\n".join(paragraph.text for paragraph in Document(str(packet)).paragraphs)
    assert "To prepare the United States delegation for" in text
    assert "with the Republic of Korea on" in text
    assert "Republic of Korea delegation for" not in text
    assert "Internal edition for the United States delegation" in every_text(packet)
    assert MARK not in every_text(packet)  # Seoul's internal notes never reached Washington


def test_the_us_desks_counterpart_biographies_are_the_rok_people_without_internal_notes(
    desks: dict[str, Path],
) -> None:
    with Workspace.open(desks["washington"], read_only=True) as workspace:
        content = packet_content(workspace, 1, Audience.INTERNAL)
    section = next(section for section in content.sections if section.key == "biographies")
    assert section.title == "Counterpart biographies"
    # (a name's hyphen is a non-breaking one, so the name never breaks across lines)
    people = [block.text.replace("\u2011", "-") for block in section.blocks if isinstance(block, SubHeading)]
    assert people == ["KIM Min-jun · 김민준"]  # Seoul's head, with a biography; none of the US officers
    assert MARK not in repr(section)


def test_the_us_desks_drafts_are_labelled_us(desks: dict[str, Path]) -> None:
    with Workspace.open(desks["washington"]) as workspace:
        versions = agenda_versions.list_versions(workspace, 1)
        label = next_draft_label(versions, workspace.body.home_side)
        assert label == "US draft 2"  # the US's counter-draft that came with the package is its first
        draft = agenda_versions.start_draft(workspace, 1, label)
    assert (draft.label, draft.proposed_by) == ("US draft 2", "US")


def test_the_us_desks_calendar_file_names_the_us_head_as_organizer(desks: dict[str, Path], tmp_path: Path) -> None:
    ics = tmp_path / "washington.ics"
    assert main(["--db", str(desks["washington"]), "ics", "export", "--session", "1", "-o", str(ics)]) == 0
    unfolded = ics.read_text(encoding="utf-8").replace("\r\n ", "")
    organizer = re.search(r"^ORGANIZER[^\r\n]*", unfolded, re.MULTILINE)
    assert organizer is not None and "carter@state.example.gov" in organizer.group(0)
    assert "mj.kim@mofa" not in organizer.group(0)


def test_the_us_desks_package_comes_from_the_us_and_seoul_takes_it(
    desks: dict[str, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    package = desks["mail"] / "from-washington.bdpkg"
    assert run(capsys, "--db", str(desks["washington"]), "package", "export", "1", "-o", str(package))[0] == 0
    with zipfile.ZipFile(package) as archive:
        manifest = json.loads(archive.read("manifest.json"))
    assert manifest["exported_by"]["side"] == "US"
    assert manifest["body"]["uid"] == body_of(desks["seoul"], capsys)["uid"]
    assert MARK not in every_text(package)
    code, _, err = run(capsys, "--db", str(desks["seoul"]), "package", "import", str(package))
    assert (code, err) == (0, "")


def test_a_package_of_another_body_is_refused_naming_both_and_changes_nothing(
    desks: dict[str, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    other_db = tmp_path / "other" / "other.sqlite3"
    other_db.parent.mkdir()
    assert (
        run(capsys, "--db", str(other_db), "body", "setup", "--name", "Another ROK–US Dialogue", "--our-side", "ROK")[0]
        == 0
    )
    with Workspace.open(other_db) as workspace:
        fill(workspace)
    package = desks["mail"] / "from-another-body.bdpkg"
    assert run(capsys, "--db", str(other_db), "package", "export", "1", "-o", str(package))[0] == 0
    before = snapshot(desks["washington"])
    ours, theirs = body_of(desks["washington"], capsys), body_of(other_db, capsys)
    for argv in (["package", "import", str(package)], ["package", "import", str(package), "--dry-run"]):
        code, out, err = run(capsys, "--db", str(desks["washington"]), *argv)
        assert (code, out) == (1, "")
        assert err.count("\n") == 1 and err.startswith("error: ")
        assert f"“Another ROK–US Dialogue” ({theirs['uid']})" in err
        assert f"“{BODY_NAME}” ({ours['uid']})" in err
    assert snapshot(desks["washington"]) == before  # byte for byte: the database and everything beside it


def test_a_database_never_set_up_joins_the_senders_body_and_sides(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Tokyo's desk sends the first package of a Korea–Japan body; a fresh Seoul file takes the body as it is."""
    tokyo, fresh = tmp_path / "tokyo" / "tokyo.sqlite3", tmp_path / "seoul" / "fresh.sqlite3"
    tokyo.parent.mkdir()
    fresh.parent.mkdir()
    setup = ["--db", str(tokyo), "body", "setup", "--name", "Korea-Japan Dialogue", "--our-side", "JP"]
    japan = ["--our-name", "Japan", "--our-name-ko", "일본", "--our-timezone", "Asia/Tokyo", "--our-holidays", "JP"]
    assert run(capsys, *setup, *japan, "--their-side", "ROK")[0] == 0
    with Workspace.open(tokyo) as workspace:
        from desktop_app.services.sessions import add_session
        from tests.conftest import seoul_session

        add_session(workspace, seoul_session(host_side="ROK"))
    package = tmp_path / "from-tokyo.bdpkg"
    assert run(capsys, "--db", str(tokyo), "package", "export", "1", "-o", str(package))[0] == 0

    Workspace.open(fresh).close()  # a new file, never set up: the default ROK–US body
    before = snapshot(fresh)
    code, out, err = run(capsys, "--db", str(fresh), "package", "import", str(package), "--dry-run")
    assert (code, err) == (0, "") and "would join the body “Korea-Japan Dialogue”" in out
    assert snapshot(fresh) == before  # a dry run writes nothing
    code, out, err = run(capsys, "--db", str(fresh), "package", "import", str(package))
    assert (code, err) == (0, ""), err
    joined, sender = body_of(fresh, capsys), body_of(tokyo, capsys)
    assert joined["uid"] == sender["uid"] and joined["name"] == "Korea-Japan Dialogue"
    assert joined["our_side"] == "ROK"  # the side that did not send the package
    sides = joined["sides"]
    assert isinstance(sides, list)
    assert [(s["code"], s["timezone"], s["holiday_country"]) for s in sides] == [
        ("JP", "Asia/Tokyo", "JP"),
        ("ROK", "Asia/Seoul", "KR"),
    ]
