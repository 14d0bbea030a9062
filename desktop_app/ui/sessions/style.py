"""Colours and short texts the calendar, the dialogs and the Overview tab share.

Colours are blended from the palette, so that they read on light and dark themes; the
status colour is never the only sign (the word is in the tooltip, a cancelled title is
struck through), and a warning is amber with its reasons in words.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime

from PySide6.QtGui import QColor, QFont, QFontMetrics, QPalette

from desktop_app.domain.body import Body
from desktop_app.domain.session import Session, SessionStatus
from desktop_app.ui.common import formatting, notices
from desktop_app.ui.common.i18n import translate

STATUS_COLOURS: dict[SessionStatus, QColor] = {
    SessionStatus.PLANNED: QColor("#4a7fd4"),
    SessionStatus.CONFIRMED: QColor("#2e9e44"),
    SessionStatus.HELD: QColor("#8a8a8a"),
    SessionStatus.POSTPONED: QColor("#b07cc6"),
    SessionStatus.CANCELLED: QColor("#d0392b"),
}
AMBER = QColor("#e09a00")
SIDE_HOLIDAY_COLOURS = (QColor("#c0392b"), QColor("#2f5fb3"))  # the body's first side, then the second
WARNING_SIGN = "⚠"
# Text samples whose bounding box gives a line height that fits Hangul from a fallback font too.
_TALL_SAMPLE = "설날 추석 Ågy"


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Base).lightnessF() < 0.5


def blend(base: QColor, tint: QColor, amount: float) -> QColor:
    """``base`` moved ``amount`` (0–1) of the way towards ``tint``."""
    return QColor.fromRgbF(
        base.redF() + (tint.redF() - base.redF()) * amount,
        base.greenF() + (tint.greenF() - base.greenF()) * amount,
        base.blueF() + (tint.blueF() - base.blueF()) * amount,
    )


def readable(colour: QColor, palette: QPalette) -> QColor:
    """A coloured text that keeps its contrast: lighter on a dark base."""
    return colour.lighter(150) if is_dark(palette) else colour.darker(115)


def amber_fill(palette: QPalette) -> QColor:
    return blend(palette.color(QPalette.ColorRole.Base), AMBER, 0.38 if is_dark(palette) else 0.22)


def amber_text(palette: QPalette) -> QColor:
    return QColor("#ffd36b") if is_dark(palette) else QColor("#7a4f00")


def warning_style(palette: QPalette) -> str:
    """A style sheet for a label that holds warnings: amber, readable in both themes."""
    fill, text = amber_fill(palette), amber_text(palette)
    return (
        f"QLabel {{ background: {fill.name()}; color: {text.name()}; border: 1px solid {AMBER.name()};"
        " border-radius: 4px; padding: 6px; }"
    )


def line_height(font: QFont) -> int:
    """A line that holds Latin and Hangul whole, whichever font Hangul falls back to."""
    metrics = QFontMetrics(font)
    return max(metrics.height(), metrics.boundingRect(_TALL_SAMPLE).height()) + 1


# -- texts -----------------------------------------------------------------------------------


def _day_note(local: date, day: date, compact: bool) -> str:
    delta = (local - day).days
    if delta == 0:
        return ""
    if compact:
        return translate("CalendarStyle", " ({0:+d}d)").format(delta)
    if delta == -1:
        return translate("CalendarStyle", " (prev. day)")
    if delta == 1:
        return translate("CalendarStyle", " (next day)")
    return translate("CalendarStyle", " ({0:+d} days)").format(delta)


def cell_times(times: Mapping[str, datetime], day: date, *, compact: bool = False) -> str:
    """ "10:00 KST · 20:00 EST (prev. day)": every zone, the session's first, each day told against ``day``."""
    return " · ".join(
        f"{formatting.clock(local)} {local.tzname()}{_day_note(local.date(), day, compact)}" for local in times.values()
    )


def span_both(session: Session, body: Body, *, separator: str = " · ") -> str:
    """ "Tue 9 Mar 2027 10:00–12:00 KST · Mon 8 Mar 20:00–22:00 EST": each zone with its own day."""
    return formatting.span_both(session, body, separator=separator)


def status_text(status: SessionStatus) -> str:
    return formatting.session_status(status)


def session_tooltip(session: Session, body: Body, warnings: list[str]) -> str:
    """Everything about a session in a few lines, for a hover in the calendar."""
    number = f"#{session.number} " if session.number else ""
    lines = [f"{number}{session.title}"]
    if session.title_ko:
        lines.append(session.title_ko)
    lines.append(span_both(session, body))
    venue = session.venue or translate("CalendarStyle", "to be decided")
    lines.append(translate("CalendarStyle", "Venue: {0}").format(venue))
    lines.append(
        translate("CalendarStyle", "{0} · {1} · host {2}").format(
            status_text(session.status), formatting.session_format(session.format), session.host_side
        )
    )
    if warnings:
        lines.append("")
        lines.extend(f"{WARNING_SIGN} {warning}" for warning in notices.words(warnings, body))
    return "\n".join(lines)


def holiday_cell_text(name: str) -> tuple[str, str]:
    """(long, short) forms of a holiday name: "Chuseok (추석)" → "Chuseok 추석", "추석 · Chuseok".

    The short form puts the Korean name first: in a narrow cell it is the part that survives.
    """
    english, sep, rest = name.partition(" (")
    if not sep or not rest.endswith(")"):
        return name, name
    korean = rest[:-1]
    if not any("\uac00" <= char <= "\ud7a3" for char in korean):
        return name, name  # "(observed)" and the like stay as they are
    return f"{english} {korean}", f"{korean} · {english}"
