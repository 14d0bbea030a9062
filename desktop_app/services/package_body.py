"""Which body a package belongs to: one body, two desks, one UID.

The first package a desk imports into an empty body (no sessions yet) makes that desk join
the sender's body: it adopts the body's UID, and when this desk never set its body up, the
body's names and sides too (our side is then the side that did not send the package).
After that, a package of another body is refused with one line naming both bodies.

A package of an older release carries no body UID; it is taken or refused by its two side
codes alone, as before.
"""

from __future__ import annotations

from dataclasses import replace

from desktop_app.domain.body import KNOWN_SIDES, Body, Side
from desktop_app.domain.notices import Notice
from desktop_app.errors import InvalidInput
from desktop_app.exchange.package_model import PackageBody, PackageSide


def _named(body: Body | PackageBody, uid: str) -> str:
    return f"“{body.name}” ({uid})"


def _adopted_side(incoming: PackageSide, ours: Body) -> Side:
    """The side as the package describes it; what it leaves out comes from our side of that code, or a known one."""
    base = next((side for side in ours.sides if side.code == incoming.code), None) or KNOWN_SIDES.get(incoming.code)
    zone = incoming.timezone or (base.timezone if base else "")
    if not zone:
        raise InvalidInput(
            Notice(
                f"the package does not say side {incoming.code}'s time zone; set the body up first ('body setup')",
                "package_body.package_does_not_say",
                incoming_code=incoming.code,
            )
        )
    side = Side(
        code=incoming.code,
        name=incoming.name or (base.name if base else incoming.code),
        name_ko=incoming.name_ko,
        capital=incoming.capital or (base.capital if base else ""),
        capital_ko=incoming.capital_ko or (base.capital_ko if base else ""),
        timezone=zone,
        holiday_country=incoming.holiday_country or (base.holiday_country if base else ""),
    )
    side.validate()
    return side


def body_for_package(ours: Body, incoming: PackageBody, sender: str, *, sessions: int, people: int) -> Body | None:
    """The body this database serves once it takes a package of ``incoming`` sent by side ``sender``.

    None: ours stays as it is. A new ``Body``: this desk joins the sender's body (save it first).
    Refuses (``InvalidInput``) a package of another body.
    """
    if not incoming.uid or incoming.uid == ours.uid:
        return None
    same_pair = sorted(ours.side_codes) == sorted(incoming.side_codes)
    if sessions and not same_pair:
        return None  # refused by its sides when planned, naming both pairs
    if sessions:
        raise InvalidInput(
            Notice(
                f"the package is of the body {_named(incoming, incoming.uid)}; this database serves "
                f"{_named(ours, ours.uid)}, so it was not imported (nothing was changed)",
                "package_body.package_body_database_serves",
                named_incoming=_named(incoming, incoming.uid),
                named_ours=_named(ours, ours.uid),
            )
        )
    if ours.set_up or people:  # people refer to our side codes: those stay
        return replace(ours, uid=incoming.uid) if same_pair else None  # another pair: refused when planned
    sides = (_adopted_side(incoming.sides[0], ours), _adopted_side(incoming.sides[1], ours))
    home = next((side.code for side in sides if side.code != sender), ours.home_side)
    joined = replace(
        ours, uid=incoming.uid, name=incoming.name, name_ko=incoming.name_ko, sides=sides, home_side=home, set_up=True
    )
    joined.validate()
    return joined
