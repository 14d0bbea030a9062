"""Session packages: send one session to the counterpart office, take theirs in.

>>> export_package(workspace, 9, Path("session-9.bdpkg"))  # doctest: +SKIP
ExportResult(package=PosixPath('session-9.bdpkg'), beside=(), people=12, versions=3)
>>> preview = preview_import(workspace, Path("from-us.bdpkg"))  # doctest: +SKIP
>>> preview.summary(dry_run=True)  # doctest: +SKIP
"would create session 9 “…”; 12 people new, 3 merged; agenda version 'US counter-draft 1' added (…)"
>>> import_package(workspace, preview.package)  # doctest: +SKIP

Export reads the database and writes one file atomically (a failure leaves the target as it
was). Import reads and checks the whole package before it opens a transaction
(``exchange/package_read.py``), then plans (``exchange/package_plan.py``) and writes in one
transaction: a refused package changes nothing, and importing the same package twice
changes nothing the second time.

What travels is listed field by field in ``_package_of``: a session's notes, people's
internal notes, agenda items' talking points, "if raised" lines, internal notes and
outcomes, action items and local ids never do. The agenda versions that travel are the
proposed and agreed ones and the current one (the one the counterpart packet shows, even
when it is still a draft); other drafts stay home.

The importing database must serve a body with the same two side codes, and (for a package
that says so) the same body UID; a package of another body is refused. The first package
imported into an empty body joins this desk to the sender's body (``package_body.py``).
"""

from __future__ import annotations

import tempfile
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from desktop_app import APP_NAME, __version__, clock
from desktop_app.domain.agenda import AgendaItem, AgendaStatus, AgendaVersion
from desktop_app.domain.body import Body, Side
from desktop_app.domain.notices import Notice, said
from desktop_app.domain.person import Person
from desktop_app.errors import InvalidInput
from desktop_app.exchange.merge import Choose
from desktop_app.exchange.merge import choices as merge_choices
from desktop_app.exchange.package_format import SUFFIX
from desktop_app.exchange.package_model import (
    PERSON_FIELDS,
    PackageAction,
    PackageBody,
    PackageItem,
    PackageOutcome,
    PackagePerson,
    PackageSeat,
    PackageSession,
    PackageSide,
    PackageVersion,
    SessionPackage,
)
from desktop_app.exchange.package_plan import ImportPlan, plan_import
from desktop_app.exchange.plan_words import PlanHeading, PlanLine, PlanSection, plan_text_lines
from desktop_app.services import row_changes
from desktop_app.services.package_apply import ConflictsUnresolved, apply_plan, local_state
from desktop_app.services.row_changes import RowChange
from desktop_app.services.workspace import Workspace
from desktop_app.storage import (
    action_repository,
    agenda_repository,
    people_repository,
    session_repository,
    sync_repository,
)

if TYPE_CHECKING:
    import sqlite_utils

__all__ = [
    "SUFFIX",
    "ConflictsUnresolved",
    "ExportResult",
    "ImportPlan",
    "ImportPreview",
    "PlanHeading",
    "PlanLine",
    "PlanSection",
    "SessionPackage",
    "build_package",
    "export_package",
    "import_package",
    "plan_text_lines",
    "preview_import",
    "read_package",
    "send_to_counterpart",
    "suggested_name",
]


# -- export ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class ExportResult:
    package: Path
    beside: tuple[Path, ...]  # the counterpart packet and the .ics, when asked for
    people: int
    versions: int

    def summary(self) -> str:
        extra = f" (and {', '.join(path.name for path in self.beside)} beside it)" if self.beside else ""
        return f"wrote {self.package}{extra}: {self.people} people, {self.versions} agenda versions"


def _shared_versions(db: sqlite_utils.Database, session_id: int) -> list[AgendaVersion]:
    """Proposed and agreed versions, and the current one (agreed, else the latest) even as a draft."""
    versions = agenda_repository.list_versions(db, session_id)
    current = agenda_repository.current_versions(db).get(session_id)
    return [v for v in versions if v.status is not AgendaStatus.DRAFT or (current is not None and v.id == current.id)]


def _package_side(side: Side) -> PackageSide:
    return PackageSide(
        side.code,
        side.name,
        side.name_ko,
        capital=side.capital,
        capital_ko=side.capital_ko,
        timezone=side.timezone,
        holiday_country=side.holiday_country,
    )


def _package_of(workspace: Workspace, session_id: int, now: datetime) -> SessionPackage:
    """The shareable face of a session, every field named (see the module docstring)."""
    db, body = workspace.store.db, workspace.body
    s = session_repository.get_session(db, session_id)
    session = PackageSession(
        uid=s.uid,
        sequence=s.sequence,
        number=s.number,
        title=s.title,
        title_ko=s.title_ko,
        start=s.start,
        timezone=s.timezone,
        duration_minutes=s.duration_minutes,
        format=s.format,
        status=s.status,
        host_side=s.host_side,
        venue_building=s.venue_building,
        venue_city=s.venue_city,
        video_link=s.video_link,
        clock=sync_repository.clock_of(db, s.uid),
        mode=s.mode,
    )
    delegation = people_repository.delegation(db, session_id)  # by side, then protocol order
    versions = [(v, agenda_repository.list_items(db, v.id)) for v in _shared_versions(db, session_id) if v.id]
    people: dict[int, Person] = {}
    for _, person in delegation:
        assert person.id is not None
        people.setdefault(person.id, person)
    for _, items in versions:
        for item in items:
            if item.presenter_id is not None and item.presenter_id not in people:
                people[item.presenter_id] = people_repository.get_person(db, item.presenter_id)
    ref = {person_id: f"p{number}" for number, person_id in enumerate(people, start=1)}
    shared_gids = {v.gid for v, _ in versions}
    return SessionPackage(
        created=now,
        generator=f"{APP_NAME} {__version__}",
        body=PackageBody(
            name=body.name,
            name_ko=body.name_ko,
            sides=(_package_side(body.sides[0]), _package_side(body.sides[1])),
            uid=body.uid,
        ),
        exported_by=body.home_side,
        office=body.office,
        session=session,
        people=tuple(
            PackagePerson(
                ref=ref[person_id],
                side=p.side,
                **{name: getattr(p, name) for name in PERSON_FIELDS},
            )
            for person_id, p in people.items()
        ),
        seats=tuple(
            PackageSeat(person=ref[a.person_id], role=a.role, protocol_order=a.protocol_order, rsvp=a.rsvp)
            for a, _ in delegation
        ),
        versions=tuple(
            PackageVersion(
                gid=v.gid,
                base=v.base_gid if v.base_gid in shared_gids else "",
                agreed_by=v.agreed_by,
                agreed_clock=sync_repository.clock_of(db, f"agreement:{v.gid}").get("mark", {}),
                label=v.label,
                proposed_by=v.proposed_by,
                status=v.status,
                created=v.created,
                items=tuple(
                    PackageItem(
                        gid=item.gid,
                        lineage=item.lineage,
                        level=item.level,
                        title=item.title,
                        title_ko=item.title_ko,
                        lead_side=item.lead_side,
                        presenter=ref[item.presenter_id] if item.presenter_id is not None else None,
                        minutes=item.minutes,
                        description=item.description,
                    )
                    for item in sorted(items, key=lambda i: (i.position, i.id or 0))
                ),
            )
            for v, items in versions
        ),
        actions=_shared_actions(db, session_id, versions),
        outcomes=_shared_outcomes(db, versions),
    )


def _shared_actions(
    db: sqlite_utils.Database, session_id: int, versions: list[tuple[AgendaVersion, list[AgendaItem]]]
) -> tuple[PackageAction, ...]:
    """The shared part of the session's action items: text, owner, owner side, due date, status."""
    lineage = {item.id: item.lineage for _, items in versions for item in items}
    return tuple(
        PackageAction(
            gid=a.gid,
            text=a.text,
            owner=a.owner,
            owner_side=a.owner_side,
            due=a.due,
            status=a.status,
            item=lineage.get(a.agenda_item_id, "") if a.agenda_item_id is not None else "",
            clock=sync_repository.clock_of(db, a.gid),
        )
        for a in action_repository.session_actions(db, session_id)
        if a.gid
    )


def _shared_outcomes(
    db: sqlite_utils.Database, versions: list[tuple[AgendaVersion, list[AgendaItem]]]
) -> tuple[PackageOutcome, ...]:
    """The outcomes recorded against the items of the version that counts (the agreed one, else the last)."""
    if not versions:
        return ()
    agreed = [pair for pair in versions if pair[0].locked]
    _, items = (agreed or versions)[-1]
    outcomes = []
    for item in items:
        clock = sync_repository.clock_of(db, f"outcome:{item.lineage}").get("text", {})
        if item.outcome or clock:
            outcomes.append(PackageOutcome(item.lineage, item.outcome, clock))
    return tuple(outcomes)


def _packet_bytes(workspace: Workspace, session_id: int, now: datetime) -> bytes:
    """The counterpart edition of the packet, as the ``packet --audience counterpart`` command writes it."""
    from desktop_app.briefing.docx_writer import write_packet
    from desktop_app.briefing.model import Audience
    from desktop_app.services.packets import packet_content

    content = packet_content(workspace, session_id, Audience.COUNTERPART, now=now)
    with tempfile.TemporaryDirectory(prefix="briefing-desk-") as folder:
        target = Path(folder) / "counterpart-packet.docx"
        write_packet(content, target, template=None, now=now)
        return target.read_bytes()


def _calendar_bytes(workspace: Workspace, session_id: int, now: datetime) -> bytes:
    """The session as ``ics export --session`` writes it: shareable fields only."""
    from desktop_app.exchange.ics_export import build_calendar
    from desktop_app.services.calendar_files import _shared

    db = workspace.store.db
    session = session_repository.get_session(db, session_id)
    event = _shared(db, workspace.body, session, agenda_repository.current_versions(db))
    stamp = now.astimezone(UTC).replace(microsecond=0)
    return build_calendar([event], name=workspace.body.name, stamp=stamp, home_zone=workspace.body.home.timezone)


def build_package(
    workspace: Workspace, session_id: int, *, now: datetime | None = None, documents: bool = True
) -> SessionPackage:
    """Everything a package of the session carries; the packet and the .ics unless ``documents`` is false
    (both members are optional in the format; scripts and tests that only move data leave them out)."""
    now = (now or clock.now()).astimezone(UTC).replace(microsecond=0)
    package = _package_of(workspace, session_id, now)
    if not documents:
        return package
    return replace(
        package, packet=_packet_bytes(workspace, session_id, now), calendar=_calendar_bytes(workspace, session_id, now)
    )


def _check_target(target: Path) -> Path:
    target = Path(target).expanduser()
    if target.suffix.lower() != SUFFIX:
        raise InvalidInput(
            Notice(
                f"the package file must end in {SUFFIX} (got {target.name})",
                "packages.package_file_must_end",
                suffix=SUFFIX,
                target_name=target.name,
            )
        )
    return target.absolute()


def export_package(
    workspace: Workspace,
    session_id: int,
    target: Path,
    *,
    beside: bool = False,
    documents: bool = True,
    now: datetime | None = None,
) -> ExportResult:
    """Write the session's package to ``target`` (and, with ``beside``, its packet and .ics next to it)."""
    from desktop_app.exchange.atomic import atomic_write
    from desktop_app.exchange.package_write import package_bytes

    target = _check_target(target)
    if beside and not documents:
        raise InvalidInput(
            Notice(
                "the packet and the .ics can only be written beside a package that holds them",
                "packages.packet_ics_can_only",
            )
        )
    package = build_package(workspace, session_id, now=now, documents=documents)
    data = package_bytes(package)
    written = []
    if beside:
        assert package.packet is not None and package.calendar is not None
        for path, content in (
            (target.with_name(f"{target.stem}-counterpart.docx"), package.packet),
            (target.with_suffix(".ics"), package.calendar),
        ):
            with atomic_write(path) as handle:
                handle.write(content)
            written.append(path)
    with atomic_write(target) as handle:
        handle.write(data)
    return ExportResult(target, tuple(written), len(package.people), len(package.versions))


def suggested_name(workspace: Workspace, session_id: int) -> str:
    """ "session-9-2027-03-09.bdpkg": the number (else the id) and the day in the session's zone."""
    session = session_repository.get_session(workspace.store.db, session_id)
    return f"session-{session.number or session.id}-{session.local_start():%Y-%m-%d}{SUFFIX}"


def send_to_counterpart(
    workspace: Workspace, session_id: int, folder: Path, *, beside: bool = False, now: datetime | None = None
) -> ExportResult:
    """Write the package into ``folder`` under its suggested name (what File → Send to counterpart… does)."""
    folder = Path(folder).expanduser()
    if not folder.is_dir():
        raise InvalidInput(
            Notice(f"the folder {folder} does not exist", "packages.folder_does_not_exist", folder=folder)
        )
    return export_package(workspace, session_id, folder / suggested_name(workspace, session_id), beside=beside, now=now)


# -- import ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class ImportPreview:
    """A package that passed every check, and what importing it changes here."""

    package: SessionPackage
    plan: ImportPlan
    joined: Body | None = None  # the body this desk joins with this package (its first), else None
    written: RowChange | None = None  # after an import: every row it changed, for its undo

    def summary(self, *, dry_run: bool = False) -> str:
        summary = self.plan.summary(dry_run=dry_run)
        if self.joined is None:
            return summary
        verb = "would join" if dry_run else "joined"
        return f"{summary.rstrip()}; {verb} the body “{self.joined.name}” ({self.joined.uid})" + (
            "\n" if summary.endswith("\n") else ""
        )

    @property
    def changes_nothing(self) -> bool:
        return self.plan.changes_nothing

    @property
    def session_id(self) -> int | None:
        return self.plan.session.session.id


def read_package(path: Path) -> SessionPackage:
    """Read and check the package in ``path``; refused (``InvalidInput``, naming the reason) otherwise."""
    from desktop_app.exchange.package_read import read_package_file

    return read_package_file(Path(path))


def _joined_body(db: sqlite_utils.Database, body: Body, package: SessionPackage) -> Body | None:
    """The sender's body when this package is the first of it here; refuses a package of another body."""
    from desktop_app.services.package_body import body_for_package

    sessions = int(db.execute("SELECT count(*) FROM sessions").fetchone()[0])
    people = int(db.execute("SELECT count(*) FROM people").fetchone()[0])
    return body_for_package(body, package.body, package.exported_by, sessions=sessions, people=people)


def preview_import(
    workspace: Workspace,
    source: Path | SessionPackage,
    *,
    keep: str | None = None,
    choices: Mapping[str, str] | None = None,
) -> ImportPreview:
    """What importing ``source`` would change, conflicts included; writes nothing anywhere.

    ``keep`` ("ours" or "theirs") resolves every conflict; ``choices`` resolves them one by
    one (conflict key → "ours"/"theirs") and wins over ``keep``."""
    package = source if isinstance(source, SessionPackage) else read_package(source)
    db = workspace.store.db
    joined = _joined_body(db, workspace.body, package)
    local = local_state(db, joined or workspace.body, package.session.uid)
    plan = plan_import(package, local, _choose(keep, choices))
    return ImportPreview(package, plan, joined)


def _choose(keep: str | None, per_field: Mapping[str, str] | None) -> Choose:
    try:
        return merge_choices(keep, per_field)
    except ValueError as exc:
        raise InvalidInput(said(exc)) from exc


def import_package(
    workspace: Workspace,
    source: Path | SessionPackage,
    *,
    keep: str | None = None,
    choices: Mapping[str, str] | None = None,
    take: Sequence[int] = (),
) -> ImportPreview:
    """Import ``source`` in one transaction; returns what was done (planned afresh inside it).

    The first package of a body joins this desk to it (its UID, and its sides when ours were
    never set up) in the same transaction. Refused (``InvalidInput``, nothing written) while
    a conflict is unresolved: both desks changed the same field, and which one stands is the
    officer's decision. ``take`` lists the suggestions (indices into ``plan.suggestions``)
    the officer takes in the same transaction: what the other desk says about our own people
    and delegation."""
    from desktop_app.storage.body_repository import save_body

    package = source if isinstance(source, SessionPackage) else read_package(source)
    with workspace.store.transaction() as db:
        joined = _joined_body(db, workspace.body, package)
        body = joined or workspace.body
        plan = plan_import(package, local_state(db, body, package.session.uid), _choose(keep, choices))
        if plan.unresolved:
            raise ConflictsUnresolved(plan.unresolved)
        planned = plan

        def write() -> None:
            nonlocal planned
            if joined is not None:
                save_body(db, joined)
            if not plan.changes_nothing or plan.writes_clocks or take:
                planned = apply_plan(db, plan, body.home_side, take)

        written = row_changes.recorded(db, package.session.uid, write)
    if joined is not None:
        workspace.reload_body()
    return ImportPreview(package, planned, joined, written)


def undo_import(workspace: Workspace, done: ImportPreview) -> None:
    """Put the database back as it was before ``done`` (what ``import_package`` returned), in one
    transaction; refused, changing nothing, once something written since depends on the import."""
    if done.written is not None:
        row_changes.undo(workspace, done.written)


def redo_import(workspace: Workspace, done: ImportPreview) -> None:
    """The import ``done`` again, after ``undo_import``: the very rows it wrote."""
    if done.written is not None:
        row_changes.redo(workspace, done.written)
