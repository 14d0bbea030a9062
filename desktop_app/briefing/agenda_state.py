"""Where the agenda stands, in the exact words each edition prints.

The internal edition names the state as it is ("our draft, not yet proposed", "their
counter-draft of 2 Dec 2026", "agreed on 2 Dec 2026"). The counterpart edition is only ever
given a version the counterpart has seen (``sources.shared_version``), or none: then the
agenda is "to be agreed".
"""

from __future__ import annotations

from desktop_app.briefing.formatting import short_date
from desktop_app.briefing.model import clean
from desktop_app.domain.agenda import AgendaStatus, AgendaVersion
from desktop_app.domain.body import Body

TO_BE_AGREED = "agenda to be agreed"


def _dated(version: AgendaVersion, body: Body) -> str:
    return short_date(version.created.astimezone(body.home.zone).date())


def internal_state(version: AgendaVersion | None, body: Body) -> str:
    """ "our draft, not yet proposed (version 3, “our draft 2”)" and the like."""
    if version is None:
        return "no agenda yet"
    label = clean(version.label)
    named = f"version {version.version}" + (f", “{label}”" if label else "")
    when = _dated(version, body)
    if version.status is AgendaStatus.AGREED:
        return f"agreed on {when} ({named})"
    if version.proposed_by == body.home_side:
        if version.status is AgendaStatus.DRAFT:
            return f"our draft, not yet proposed ({named})"
        return f"our proposal of {when}, not yet agreed ({named})"
    side = body.side(version.proposed_by).name if version.proposed_by in body.side_codes else version.proposed_by
    return f"their counter-draft of {when} ({side}; {named}), not yet agreed"


def counterpart_state(version: AgendaVersion | None, body: Body) -> str:
    """What the counterpart edition says of the version it carries (one they have seen)."""
    if version is None:
        return TO_BE_AGREED
    named = f"version {version.version}"
    when = _dated(version, body)
    if version.status is AgendaStatus.AGREED:
        return f"agreed by both sides ({named})"
    side = body.side(version.proposed_by).name if version.proposed_by in body.side_codes else version.proposed_by
    return f"draft {named} as proposed by the {side} side on {when}; not yet agreed"
