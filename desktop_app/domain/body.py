"""The consultative body and its two sides."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from desktop_app.domain.notices import Notice
from desktop_app.errors import InvalidInput

_SIDE_CODE = re.compile(r"^[A-Z]{2,8}$")
_COUNTRY = re.compile(r"^[A-Z]{2}$")
_UID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")


def new_body_uid() -> str:
    """A fresh body UID: both desks of one body share it, so a package of another body is recognised."""
    import uuid  # with platform: only a new body needs one, not every start

    return str(uuid.uuid4())


def check_body_uid(uid: str) -> str:
    if not _UID.match(uid):
        raise InvalidInput(
            Notice(f"body UID {uid[:60]!r} is not a UUID such as 0f8c…-…", "body.body_uid_not_uuid", uid=uid[:60])
        )
    return uid


def check_timezone(name: str) -> ZoneInfo:
    """Return the IANA zone called ``name``, or refuse with a message naming it."""
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise InvalidInput(
            Notice(
                f"unknown time zone {name!r} (use an IANA name such as Asia/Seoul)",
                "body.unknown_time_zone_use",
                name=name,
            )
        ) from exc


@dataclass(frozen=True)
class Side:
    """One of the two governments at the table."""

    code: str  # short and stable, used in every file we exchange: "ROK", "US"
    name: str
    name_ko: str
    capital: str
    capital_ko: str
    timezone: str  # IANA name, e.g. "Asia/Seoul"
    holiday_country: str = ""  # ISO 3166 code whose public holidays apply ("KR"); "" = none to warn about

    def validate(self) -> None:
        if not _SIDE_CODE.match(self.code):
            raise InvalidInput(
                Notice(
                    f"side code {self.code!r} must be 2 to 8 capital letters",
                    "body.side_code_must_2",
                    code_given=self.code,
                )
            )
        if not self.name.strip():
            raise InvalidInput(Notice(f"side {self.code} needs a name", "body.side_needs_name", code_given=self.code))
        check_timezone(self.timezone)
        if self.holiday_country and not _COUNTRY.match(self.holiday_country):
            raise InvalidInput(
                Notice(
                    f"side {self.code}: holiday country {self.holiday_country!r} must be a two-letter ISO code such "
                    "as KR",
                    "body.side_holiday_country_must",
                    code_given=self.code,
                    holiday_country=self.holiday_country,
                )
            )

    @property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)


@dataclass(frozen=True)
class Body:
    """The standing bilateral channel that this database serves."""

    name: str
    name_ko: str
    home_side: str  # the code of the side whose officers use this copy of the app
    sides: tuple[Side, Side]
    default_marking: str = "SENSITIVE BUT UNCLASSIFIED"
    default_session_minutes: int = 120
    office: str = ""  # author of generated documents, e.g. "Korea Policy Division"
    extra: dict[str, str] = field(default_factory=dict)
    uid: str = ""  # shared by both desks; "" until saved (the database mints one)
    set_up: bool = False  # the desk chose name and sides (first-run setup, a joined package, the sample)

    def validate(self) -> None:
        if not self.name.strip():
            raise InvalidInput(Notice("the body needs a name", "body.body_needs_name"))
        if self.uid:
            check_body_uid(self.uid)
        for side in self.sides:
            side.validate()
        codes = {side.code for side in self.sides}
        if len(codes) != 2:
            raise InvalidInput(Notice("the two sides need different codes", "body.two_sides_need_different"))
        if self.home_side not in codes:
            raise InvalidInput(
                Notice(
                    f"home side {self.home_side!r} is not one of {sorted(codes)}",
                    "body.home_side_not",
                    home_side=self.home_side,
                    codes=sorted(codes),
                )
            )
        if not 5 <= self.default_session_minutes <= 24 * 60:
            raise InvalidInput(
                Notice("default session length must be between 5 minutes and a day", "body.default_session_length_must")
            )

    def side(self, code: str) -> Side:
        for side in self.sides:
            if side.code == code:
                return side
        raise InvalidInput(
            Notice(
                f"unknown side {code!r}; this body's sides are {self.side_codes}",
                "body.unknown_side_body_sides",
                code_given=code,
                side_codes=self.side_codes,
            )
        )

    @property
    def side_codes(self) -> tuple[str, str]:
        return (self.sides[0].code, self.sides[1].code)

    @property
    def home(self) -> Side:
        return self.side(self.home_side)

    @property
    def counterpart(self) -> Side:
        return next(side for side in self.sides if side.code != self.home_side)


ROK_SIDE = Side("ROK", "Republic of Korea", "대한민국", "Seoul", "서울", "Asia/Seoul", "KR")
US_SIDE = Side("US", "United States", "미국", "Washington", "워싱턴", "America/New_York", "US")
KNOWN_SIDES = {side.code: side for side in (ROK_SIDE, US_SIDE)}  # what a code alone sets up

DEFAULT_BODY = Body(
    name="New consultative body",
    name_ko="새 협의체",
    home_side="ROK",
    sides=(ROK_SIDE, US_SIDE),
)
