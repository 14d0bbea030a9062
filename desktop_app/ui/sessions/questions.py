"""Every modal question the scheduling actions ask, each a plain function.

Callers use them through the module (``questions.confirm_cancel(...)``) so that tests
replace any of them with ``monkeypatch.setattr`` and never block on a modal loop; the
errors themselves go through ``desktop_app.ui.common.dialogs.show_error``.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

from desktop_app.domain.session import Session
from desktop_app.services.calendar_files import ImportReport
from desktop_app.services.scheduling import Scope, SessionDraft
from desktop_app.services.series import SeriesDraft
from desktop_app.services.workspace import Workspace
from desktop_app.ui.common import formatting, notices
from desktop_app.ui.common.i18n import translate


def ics_filter() -> str:
    """ "Calendar files (*.ics);;All files (*)", the descriptions in the interface language."""
    return (
        translate("Questions", "Calendar files ({0})").format("*.ics") + ";;" + translate("Questions", "All files (*)")
    )


def import_summary(report: ImportReport) -> str:
    """ "2 created, 1 updated, 0 unchanged"."""
    return translate("Questions", "{0} created, {1} updated, {2} unchanged").format(
        len(report.created), len(report.updated), report.unchanged
    )


def ask_session_draft(
    parent: QWidget | None,
    workspace: Workspace,
    initial: SessionDraft,
    *,
    session_id: int | None = None,
    title: str | None = None,
) -> SessionDraft | None:
    """The session dialog: the draft as the officer left it on OK, None on Cancel."""
    from desktop_app.ui.sessions.session_dialog import SessionDialog

    dialog = SessionDialog(workspace, initial, session_id=session_id, parent=parent)
    dialog.setWindowTitle(title or translate("Questions", "New session"))
    return dialog.draft() if dialog.exec() == QDialog.DialogCode.Accepted else None


def ask_series_draft(parent: QWidget | None, workspace: Workspace, first: datetime | None = None) -> SeriesDraft | None:
    from desktop_app.ui.sessions.series_dialog import SeriesDialog

    dialog = SeriesDialog(workspace, first=first, parent=parent)
    return dialog.series_draft() if dialog.exec() == QDialog.DialogCode.Accepted else None


def ask_new_start(parent: QWidget | None, workspace: Workspace, session: Session) -> tuple[datetime, str] | None:
    """The Move dialog: a new wall-clock start and its zone, None on Cancel."""
    from desktop_app.ui.sessions.session_dialog import MoveDialog

    dialog = MoveDialog(workspace, session, parent=parent)
    return dialog.new_start() if dialog.exec() == QDialog.DialogCode.Accepted else None


def _scope_texts(what: str) -> tuple[str, str]:
    """The title and the question of ``ask_scope`` for "change", "move", "postpone" or "cancel"."""
    if what == "change":
        return (
            translate("Questions", "Change a session of a series"),
            translate("Questions", "This session is part of a series. Change which sessions?"),
        )
    if what == "move":
        return (
            translate("Questions", "Move a session of a series"),
            translate("Questions", "This session is part of a series. Move which sessions?"),
        )
    if what == "postpone":
        return (
            translate("Questions", "Postpone a session of a series"),
            translate("Questions", "This session is part of a series. Postpone which sessions?"),
        )
    if what == "cancel":
        return (
            translate("Questions", "Cancel a session of a series"),
            translate("Questions", "This session is part of a series. Cancel which sessions?"),
        )
    return (
        translate("Questions", "A session of a series"),
        translate("Questions", "This session is part of a series. Which sessions?"),
    )


def ask_scope(parent: QWidget | None, what: str) -> Scope | None:
    """For a session of a series: "This session only" or "This and the following"; None to give up."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    title, question = _scope_texts(what)
    box.setWindowTitle(title)
    box.setText(question)
    this = box.addButton(translate("Questions", "This session only"), QMessageBox.ButtonRole.AcceptRole)
    following = box.addButton(translate("Questions", "This and the following"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(this)
    box.exec()
    clicked = box.clickedButton()
    if clicked is this:
        return Scope.THIS
    if clicked is following:
        return Scope.FOLLOWING
    return None


def confirm_cancel(parent: QWidget | None, description: str, scope: Scope) -> bool:
    if scope is Scope.FOLLOWING:
        question = translate("Questions", "Cancel {0} and every later session of its series?")
    else:
        question = translate("Questions", "Cancel {0}?")
    detail = translate(
        "Questions",
        "It stays in the calendar struck through, with its agenda and delegations; moving it to a date plans it again.",
    )
    answer = QMessageBox.question(
        parent,
        translate("Questions", "Cancel the session"),
        question.format(description) + "\n\n" + detail,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


def confirm_drop(parent: QWidget | None, description: str, warnings: list[str]) -> bool:
    """A session dragged to a time with warnings: the Move dialog's warnings, then Move or Cancel."""
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        translate("Questions", "Move the session"),
        translate("Questions", "Move {0} there?").format(description),
        QMessageBox.StandardButton.Cancel,
        parent,
    )
    box.setInformativeText("\n".join(f"• {warning}" for warning in warnings))
    move = box.addButton(translate("Questions", "Move"), QMessageBox.ButtonRole.AcceptRole)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return box.clickedButton() is move


def ask_ics_import_path(parent: QWidget | None, start: Path) -> Path | None:
    chosen, _ = QFileDialog.getOpenFileName(
        parent, translate("Questions", "Import calendar file"), str(start), ics_filter()
    )
    return Path(chosen) if chosen else None


def ask_ics_export_path(parent: QWidget | None, suggested: Path) -> Path | None:
    chosen, _ = QFileDialog.getSaveFileName(
        parent, translate("Questions", "Export calendar"), str(suggested), ics_filter()
    )
    if not chosen:
        return None
    path = Path(chosen)
    return path if path.suffix else path.with_suffix(".ics")


def ask_export_which(parent: QWidget | None, selected: str) -> str | None:
    """ "all" or "selected" (``selected`` names the session), None to give up."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(translate("Questions", "Export calendar"))
    box.setText(translate("Questions", "Export which sessions?"))
    one = box.addButton(translate("Questions", "Only {0}").format(selected), QMessageBox.ButtonRole.AcceptRole)
    every = box.addButton(translate("Questions", "All sessions"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(every)
    box.exec()
    clicked = box.clickedButton()
    return "selected" if clicked is one else "all" if clicked is every else None


ADJUST = "adjust"  # what ``confirm_import`` answers when the horizon or range is to be changed


def confirm_import(
    parent: QWidget | None, source: Path, report: ImportReport, *, adjustable: bool = False
) -> bool | str:
    """What the file will do, before it does it: True to import, False not to, ``ADJUST`` to change the range."""
    lines = [f"{source.name}: {import_summary(report)}."]
    for kind, sessions in (("new", report.created), ("updated", report.updated)):
        label = translate("Questions", "New") if kind == "new" else translate("Questions", "Updated")
        for session in sessions[:8]:
            when = formatting.date_time(session.local_start(), weekday=True, zone=True)
            lines.append(f"  {label}: {session.title} — {when}")
        if len(sessions) > 8:
            more = (
                translate("Questions", "  … and {0} more new")
                if kind == "new"
                else translate("Questions", "  … and {0} more updated")
            )
            lines.append(more.format(len(sessions) - 8))
    if report.notes:
        lines.append("")
        lines.extend(translate("Questions", "Note: {0}").format(notices.word(note)) for note in report.notes[:6])
    nothing = not report.created and not report.updated
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Information if nothing else QMessageBox.Icon.Question)
    box.setWindowTitle(translate("Questions", "Import calendar file"))
    box.setText(
        translate("Questions", "Nothing to import: every session in the file is already here.")
        if nothing
        else translate("Questions", "Import these?")
    )
    box.setInformativeText("\n".join(lines))
    if nothing:
        box.setStandardButtons(QMessageBox.StandardButton.Close)
        box.exec()
        return False
    box.setStandardButtons(QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel)
    box.button(QMessageBox.StandardButton.Ok).setText(translate("Questions", "Import"))
    adjust = box.addButton(translate("Questions", "Horizon and range…"), QMessageBox.ButtonRole.ActionRole)
    adjust.setVisible(adjustable)
    answer = box.exec()
    if box.clickedButton() is adjust:
        return ADJUST
    return answer == QMessageBox.StandardButton.Ok
