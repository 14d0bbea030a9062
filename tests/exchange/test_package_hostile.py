"""Hostile packages, crafted as real zip files: each refused through the command line in one line,
naming the reason, in under two seconds, with the database byte for byte as it was and no file
written anywhere (no lock, no -wal, no extracted member, no error log)."""

from __future__ import annotations

import io
import json
import random
import stat
import struct
import uuid
import warnings
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from desktop_app.cli import main
from desktop_app.errors import InvalidInput
from desktop_app.exchange import package_format as fmt
from desktop_app.exchange.package_read import read_package_bytes
from desktop_app.paths import user_log_dir
from desktop_app.services import packages
from desktop_app.services.workspace import Workspace
from tests.exchange.package_samples import fill, manifest_for, members_of, repacked, zip_bytes

Craft = Callable[[dict[str, bytes]], bytes]


def _docx(members: dict[str, bytes]) -> bytes:
    return members["counterpart-packet.docx"]  # a zip, but a Word document, renamed


def _bomb(members: dict[str, bytes]) -> bytes:
    # 19 MB of zeros deflate to about 19 KB: a ratio near 1000, under the per-member cap.
    return repacked(members, session_json=b"\x00" * (19 * 1024 * 1024))


def _too_many(members: dict[str, bytes]) -> bytes:
    entries: list[tuple[str | zipfile.ZipInfo, bytes]] = [(name, data) for name, data in members.items()]
    entries += [(f"extra-{number}.txt", b"x") for number in range(fmt.MAX_MEMBERS)]
    return zip_bytes(entries)


def _many_entries(count: int) -> bytes:
    """A zip of ``count`` empty entries, written by hand (zipfile would take seconds to write, and to open)."""
    local, central = bytearray(), bytearray()
    for number in range(count):
        name = b"%07d" % number
        offset = len(local)
        local += struct.pack("<4s5H3I2H", b"PK\x03\x04", 20, 0, 0, 0, 0, 0, 0, 0, len(name), 0) + name
        central += struct.pack(
            "<4s6H3I5H2I", b"PK\x01\x02", 20, 20, 0, 0, 0, 0, 0, 0, 0, len(name), 0, 0, 0, 0, 0, offset
        )
        central += name
    stated = min(count, 0xFFFF)
    end = struct.pack("<4s4H2IH", b"PK\x05\x06", 0, 0, stated, stated, len(central), len(local), 0)
    return bytes(local + central + end)


def _understated_end_record(members: dict[str, bytes]) -> bytes:
    """Thousands of entries behind an end record that claims four."""
    data = bytearray(_many_entries(6000))
    struct.pack_into("<HH", data, len(data) - 22 + 8, 4, 4)
    return bytes(data)


def _oversize_declared(members: dict[str, bytes]) -> bytes:
    return repacked(members, session_json=b" " * (fmt.MAX_MEMBER_BYTES + 1))


def _patch_sizes(data: bytes, member: str, *, file_size: int, compress_size: int | None = None) -> bytes:
    """Rewrite the sizes a member's local header and central directory entry declare."""
    raw = bytearray(data)
    name = member.encode()
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        info = archive.getinfo(member)
    local = info.header_offset
    assert raw[local : local + 4] == b"PK\x03\x04"
    if compress_size is not None:
        struct.pack_into("<I", raw, local + 18, compress_size)
    struct.pack_into("<I", raw, local + 22, file_size)
    central = raw.find(b"PK\x01\x02")  # the first entry of the central directory
    while central != -1:
        name_length = struct.unpack_from("<H", raw, central + 28)[0]
        if bytes(raw[central + 46 : central + 46 + name_length]) == name:
            if compress_size is not None:
                struct.pack_into("<I", raw, central + 20, compress_size)
            struct.pack_into("<I", raw, central + 24, file_size)
            break
        central = raw.find(b"PK\x01\x02", central + 4)
    return bytes(raw)


def _oversize_lying(members: dict[str, bytes]) -> bytes:
    """session.json unpacks to 25 MB, but its headers say 1,000 bytes."""
    return _patch_sizes(repacked(members, session_json=b" " * (25 * 1024 * 1024)), "session.json", file_size=1000)


def _lying_about_both_sizes(members: dict[str, bytes]) -> bytes:
    """Both sizes understated, and a manifest that agrees with the lie: reading stops at the declared
    size, and the CRC (then the SHA-256) gives it away."""
    big = b"{" + b" " * (25 * 1024 * 1024) + b"}"
    manifest = json.loads(manifest_for({**members, "session.json": big}, json.loads(members["manifest.json"])))
    manifest["members"]["session.json"]["size"] = 1000
    rest = {name: data for name, data in members.items() if name != "manifest.json"}
    data = zip_bytes([("manifest.json", json.dumps(manifest).encode()), *{**rest, "session.json": big}.items()])
    return _patch_sizes(data, "session.json", file_size=1000, compress_size=500)


def _entry(name: str) -> Craft:
    def craft(members: dict[str, bytes]) -> bytes:
        return zip_bytes([*members.items(), (name, b"evil")])

    return craft


def _symlink(members: dict[str, bytes]) -> bytes:
    link = zipfile.ZipInfo("session.ics")
    link.create_system = 3
    link.external_attr = (stat.S_IFLNK | 0o777) << 16
    others = [(name, data) for name, data in members.items() if name != "session.ics"]
    return zip_bytes([*others, (link, b"/etc/passwd")])


def _duplicate(members: dict[str, bytes]) -> bytes:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # zipfile warns about the duplicate it is told to write
        return zip_bytes([*members.items(), ("session.json", members["session.json"])])


def _checksum(members: dict[str, bytes]) -> bytes:
    tampered = members["session.json"].replace(b"Working group", b"Working groop")
    return zip_bytes([*{**members, "session.json": tampered}.items()])


def _unlisted(members: dict[str, bytes]) -> bytes:
    manifest = json.loads(members["manifest.json"])
    del manifest["members"]["session.ics"]
    return zip_bytes([*{**members, "manifest.json": json.dumps(manifest).encode()}.items()])


def _session_edit(change: Callable[[dict[str, object]], None]) -> Craft:
    def craft(members: dict[str, bytes]) -> bytes:
        document = json.loads(members["session.json"])
        change(document)
        return repacked(members, session_json=json.dumps(document).encode())

    return craft


def _manifest_edit(**values: object) -> Craft:
    def craft(members: dict[str, bytes]) -> bytes:
        manifest = {**json.loads(members["manifest.json"]), **values}
        return repacked(members, manifest=manifest)

    return craft


def _negative_minutes(document: dict[str, object]) -> None:
    document["agenda_versions"][0]["items"][0]["minutes"] = -5  # type: ignore[index]


def _smuggled_field(document: dict[str, object]) -> None:
    document["session"]["notes"] = "internal"  # type: ignore[index]


def _two_heads(document: dict[str, object]) -> None:
    document["delegations"][1]["role"] = "head"  # type: ignore[index]


def _dangling(document: dict[str, object]) -> None:
    document["delegations"][0]["person"] = "p99"  # type: ignore[index]


def _bad_zone(document: dict[str, object]) -> None:
    document["session"]["timezone"] = "Mars/Olympus_Mons"  # type: ignore[index]


def _foreign_clock(document: dict[str, object]) -> None:
    document["session"]["clock"] = {"venue_city": {"JP": 3}}  # type: ignore[index]


def _twin_versions(document: dict[str, object]) -> None:
    versions = document["agenda_versions"]
    versions[1]["gid"] = versions[0]["gid"]  # type: ignore[index]


def _twin_items(document: dict[str, object]) -> None:
    items = document["agenda_versions"][0]["items"]  # type: ignore[index]
    items[1]["lineage"] = items[0]["lineage"]


def _bad_gid(document: dict[str, object]) -> None:
    document["agenda_versions"][0]["gid"] = "../../etc/passwd"  # type: ignore[index]


def _bad_action_date(document: dict[str, object]) -> None:
    document["actions"] = [  # type: ignore[index]
        {
            "gid": "c0ffee00-1111-4222-8333-444455556666",
            "item": "",
            "text": "Share the list",
            "owner": "",
            "owner_side": "US",
            "due": "2027-02-30",
            "status": "open",
            "clock": {},
        }
    ]


def _deep(members: dict[str, bytes]) -> bytes:
    return repacked(members, session_json=b"[" * 100_000 + b"]" * 100_000)


def _nan(members: dict[str, bytes]) -> bytes:
    text = members["session.json"].replace(b'"duration_minutes": 150', b'"duration_minutes": NaN')
    return repacked(members, session_json=text)


def _encrypted(members: dict[str, bytes]) -> bytes:
    data = bytearray(zip_bytes([*members.items()]))
    for signature, offset in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):
        at = data.find(signature)
        while at != -1:
            data[at + offset] |= 0x1
            at = data.find(signature, at + 4)
    return bytes(data)


def _bzip2(members: dict[str, bytes]) -> bytes:
    return zip_bytes([*members.items()], compression=zipfile.ZIP_BZIP2)


def _other_body(members: dict[str, bytes]) -> bytes:
    manifest = json.loads(members["manifest.json"])
    manifest["body"]["sides"][0] = {"code": "JP", "name": "Japan", "name_ko": "일본"}
    manifest["exported_by"]["side"] = "JP"
    document = json.loads(members["session.json"].decode().replace('"ROK"', '"JP"'))
    return repacked(members, manifest=manifest, session_json=json.dumps(document).encode())


def _body_edit(**values: object) -> Craft:
    def craft(members: dict[str, bytes]) -> bytes:
        manifest = json.loads(members["manifest.json"])
        manifest["body"].update(values)
        return repacked(members, manifest=manifest)

    return craft


def _side_zone(zone: str) -> Craft:
    def craft(members: dict[str, bytes]) -> bytes:
        manifest = json.loads(members["manifest.json"])
        manifest["body"]["sides"][1]["timezone"] = zone
        return repacked(members, manifest=manifest)

    return craft


HOSTILE: dict[str, tuple[Craft, str]] = {
    "random bytes": (lambda _: random.Random(7).randbytes(64 * 1024), "not a package"),
    "empty file": (lambda _: b"", "not a package"),
    "a zip that is cut short": (lambda m: zip_bytes([*m.items()])[:5000], "not a package"),
    "a Word document renamed": (_docx, "not a package"),
    "zip bomb": (_bomb, "too large"),
    "too many members": (_too_many, "too many members"),
    "a directory of 100,000 entries": (lambda _: _many_entries(100_000), "too many members"),
    "an end record that understates the entries": (_understated_end_record, "too many members"),
    "oversize member, declared": (_oversize_declared, "too large"),
    "oversize member, lying header": (_oversize_lying, "too large"),
    "both sizes understated": (_lying_about_both_sizes, "checksum mismatch"),
    "dot-dot path": (_entry("../evil"), "unsafe path"),
    "nested dot-dot path": (_entry("docs/../../evil"), "unsafe path"),
    "absolute path": (_entry("/abs/path"), "unsafe path"),
    "windows path": (_entry("C:\\evil.txt"), "unsafe path"),
    "symbolic link": (_symlink, "unsafe path"),
    "duplicate member": (_duplicate, "unsafe path"),
    "unknown member": (_entry("readme.txt"), "unknown member"),
    "checksum mismatch": (_checksum, "checksum mismatch"),
    "member not in the manifest": (_unlisted, "checksum mismatch"),
    "schema: negative minutes": (_session_edit(_negative_minutes), "does not match the package schema"),
    "schema: an internal field smuggled in": (_session_edit(_smuggled_field), "does not match the package schema"),
    "two heads of one delegation": (_session_edit(_two_heads), "2 heads"),
    "a seat for nobody": (_session_edit(_dangling), "not in the people list"),
    "unknown time zone": (_session_edit(_bad_zone), "unknown time zone"),
    "a change clock of another side": (_session_edit(_foreign_clock), "names side 'JP'"),
    "one version id twice": (_session_edit(_twin_versions), "listed twice"),
    "one item twice in a version": (_session_edit(_twin_items), "holds the same item twice"),
    "a version id that is not an id": (_session_edit(_bad_gid), "does not match the package schema"),
    "an action item due on 30 February": (_session_edit(_bad_action_date), "is not a date"),
    "JSON nested 100,000 deep": (_deep, "not valid JSON"),
    "NaN in JSON": (_nan, "not valid JSON"),
    "another format": (_manifest_edit(format="someone-elses-package"), "not a package of ours"),
    "a newer format version": (_manifest_edit(format_version=3), "format version 3"),
    "encrypted member": (_encrypted, "encrypted"),
    "bzip2 compression": (_bzip2, "compression"),
    "another body's sides": (_other_body, "sides are JP and US"),
    "another body of the same two sides": (_body_edit(), "this database serves"),  # its UID is the source's
    "a body UID that is not a UUID": (_body_edit(uid="../../etc/passwd"), "body"),
    "a side's zone that does not exist": (_side_zone("Mars/Olympus"), "unknown time zone 'Mars/Olympus'"),
}


@pytest.fixture(scope="module")
def good_members(tmp_path_factory: pytest.TempPathFactory) -> dict[str, bytes]:
    folder = tmp_path_factory.mktemp("good")
    with Workspace.open(folder / "source.sqlite3") as workspace:
        filled = fill(workspace)
        packages.export_package(workspace, filled.session_id, folder / "good.bdpkg")
    return members_of(folder / "good.bdpkg")


@pytest.fixture
def desk(tmp_path: Path) -> Path:
    """A closed database with a session in it, alone in its folder."""
    folder = tmp_path / "desk"
    folder.mkdir()
    with Workspace.open(folder / "desk.sqlite3") as workspace:
        fill(workspace)
    return folder / "desk.sqlite3"


def listing(root: Path) -> dict[str, bytes]:
    return {str(path.relative_to(root)): path.read_bytes() for path in sorted(root.rglob("*")) if path.is_file()}


def test_the_untouched_package_is_accepted(good_members: dict[str, bytes]) -> None:
    package = read_package_bytes(repacked(good_members), "good.bdpkg")
    assert package.session.title == "Working group on supply chains"


@pytest.mark.parametrize("case", sorted(HOSTILE))
def test_a_hostile_package_is_refused_and_changes_nothing(
    case: str, good_members: dict[str, bytes], desk: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    craft, reason = HOSTILE[case]
    incoming = tmp_path / "incoming"
    incoming.mkdir()
    package = incoming / "hostile.bdpkg"
    package.write_bytes(craft(good_members))
    before = listing(tmp_path)
    capsys.readouterr()

    code = main(["--db", str(desk), "package", "import", str(package)])

    err = capsys.readouterr().err
    assert code == 1
    assert err.startswith("error: ") and err.count("\n") == 1, err
    assert reason in err, err
    assert "Traceback" not in err and "unexpected failure" not in err
    assert listing(tmp_path) == before  # the database byte for byte, and not one new file
    assert not (user_log_dir() / "errors.log").exists()


@pytest.mark.parametrize("case", ["zip bomb", "symbolic link", "checksum mismatch", "another format"])
def test_a_dry_run_refuses_the_same(
    case: str, good_members: dict[str, bytes], desk: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    craft, reason = HOSTILE[case]
    package = tmp_path / "hostile.bdpkg"
    package.write_bytes(craft(good_members))
    before = listing(tmp_path)
    assert main(["--db", str(desk), "package", "import", str(package), "--dry-run"]) == 1
    assert reason in capsys.readouterr().err
    assert listing(tmp_path) == before


def test_the_service_refuses_with_invalid_input_before_opening_a_transaction(
    good_members: dict[str, bytes], tmp_path: Path
) -> None:
    path = tmp_path / "bomb.bdpkg"
    path.write_bytes(_bomb(good_members))
    with Workspace.open(tmp_path / "desk.sqlite3") as workspace:
        changes = workspace.store.conn.total_changes
        with pytest.raises(InvalidInput, match="too large"):
            packages.import_package(workspace, path)
        assert workspace.store.conn.total_changes == changes


def test_a_folder_and_a_missing_file_are_refused(tmp_path: Path) -> None:
    with pytest.raises(InvalidInput, match="folder"):
        packages.read_package(tmp_path)
    with pytest.raises(InvalidInput, match="cannot read"):
        packages.read_package(tmp_path / "missing.bdpkg")


def test_a_file_larger_than_any_package_is_refused_without_reading_it(tmp_path: Path) -> None:
    path = tmp_path / "huge.bdpkg"
    with open(path, "wb") as handle:
        handle.truncate(fmt.MAX_PACKAGE_BYTES + 1)  # sparse: nothing is really written or read
    with pytest.raises(InvalidInput, match="too large"):
        packages.read_package(path)


def test_reading_past_the_deadline_is_refused(good_members: dict[str, bytes], monkeypatch: pytest.MonkeyPatch) -> None:
    """The deadline stands behind the limits: a machine slow enough to pass it refuses rather than hangs."""
    monkeypatch.setattr(fmt, "MAX_SECONDS", 0.0)
    with pytest.raises(InvalidInput, match="takes too long to read"):
        read_package_bytes(repacked(good_members), "slow.bdpkg")


def test_the_largest_package_the_schema_allows_is_read_well_within_the_deadline(
    good_members: dict[str, bytes],
) -> None:
    rng = random.Random(11)
    words = [
        "supply",
        "chain",
        "minerals",
        "export",
        "control",
        "sanctions",
        "dialogue",
        "공급망",
        "핵심광물",
        "수출통제",
        "대화",
        "협의",
    ]

    def prose(count: int) -> str:
        return " ".join(rng.choice(words) + str(rng.randrange(1000)) for _ in range(count))

    document = json.loads(good_members["session.json"])
    person = document["people"][0]
    document["people"] = [
        {**person, "ref": f"p{n}", "name": prose(2), "email": "", "biography": prose(60)} for n in range(1, 501)
    ]
    document["delegations"] = [
        {"person": f"p{n}", "role": "member", "protocol_order": n - 1, "rsvp": "invited"} for n in range(1, 501)
    ]
    item = document["agenda_versions"][0]["items"][0]
    document["agenda_versions"] = [
        {
            **document["agenda_versions"][0],
            "label": f"v{n}",
            "gid": str(uuid.UUID(int=rng.getrandbits(128), version=4)),
            "items": [
                {
                    **item,
                    "gid": str(uuid.UUID(int=rng.getrandbits(128), version=4)),
                    "lineage": str(uuid.UUID(int=rng.getrandbits(128), version=4)),
                    "title": prose(5),
                    "presenter": "p2",
                    "description": prose(150),
                }
                for _ in range(20)
            ],
        }
        for n in range(100)
    ]
    data = repacked(good_members, session_json=json.dumps(document).encode())
    package = read_package_bytes(data, "large.bdpkg")  # about 0.4 s here, against the 1.5 s deadline
    assert len(package.people) == 500 and sum(len(v.items) for v in package.versions) == fmt.MAX_AGENDA_ITEMS
