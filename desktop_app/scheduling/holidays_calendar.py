"""Public holidays of each side's country, from the ``holidays`` package, cached per year.

Building a year of holidays costs about a millisecond (the first one, tens: the package
loads), so the calendar and the dialog look days up in per-year tables kept for the
life of the process; holiday rules do not change while the app runs.

Holidays declared after the package was released (Korea's temporary public holidays and
election days) are added by the user and kept in the database; the open workspace hands
them over with ``use_added_holidays``, and every lookup here counts them.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from datetime import date
from types import MappingProxyType

from desktop_app.domain.body import Body, Side

# Side codes are the body's own ("ROK", "US"); the holidays package wants ISO 3166 codes.
_COUNTRY_OF_CODE = {"ROK": "KR", "KOR": "KR", "KR": "KR", "US": "US", "USA": "US"}
_COUNTRY_OF_ZONE = {"Asia/Seoul": "KR", "America/New_York": "US", "US/Eastern": "US"}
# Names in English for everyone, with the local name beside it where the package has one.
_LOCAL_LANGUAGE = {"KR": "ko"}


def country_of(side: Side) -> str | None:
    """The ISO country whose public holidays apply to ``side``; None when we cannot tell.

    The side's own ``holiday_country`` first (chosen at setup, in Preferences → Body); a side
    without one (an older file) is guessed from its code, then its zone."""
    if side.holiday_country:
        return side.holiday_country
    code = side.code.upper()
    if code in _COUNTRY_OF_CODE:
        return _COUNTRY_OF_CODE[code]
    if len(code) == 2 and _supported(code):
        return code
    return _COUNTRY_OF_ZONE.get(side.timezone)


def is_supported_country(country: str) -> bool:
    """Whether the holidays package knows ``country`` (an ISO 3166 alpha-2 code such as "KR")."""
    return _supported(country)


@functools.cache
def _supported(country: str) -> bool:
    import holidays

    return country in holidays.list_supported_countries()


@functools.lru_cache(maxsize=512)
def year_holidays(country: str, year: int) -> Mapping[date, str]:
    """Every public holiday of ``country`` in ``year``: day → name ("Korean New Year (설날)")."""
    import holidays

    try:
        english = holidays.country_holidays(country, years=year, language="en_US")
    except NotImplementedError:  # a country the package does not know: no holidays to warn about
        return MappingProxyType({})
    names = dict(english.items())
    local_language = _LOCAL_LANGUAGE.get(country)
    if local_language:
        local = holidays.country_holidays(country, years=year, language=local_language)
        for day, name in local.items():
            if day in names and name != names[day]:
                names[day] = f"{names[day]} ({name})"
    return MappingProxyType(names)


_ADDED: dict[str, dict[date, str]] = {}  # country → day → name, from the open database


def use_added_holidays(added: Mapping[str, Mapping[date, str]]) -> None:
    """The holidays the open database adds to the package's: they count in every lookup from now on."""
    _ADDED.clear()
    _ADDED.update({country: dict(days) for country, days in added.items()})


def holiday_name(country: str | None, day: date) -> str | None:
    if country is None:
        return None
    return _ADDED.get(country, {}).get(day) or year_holidays(country, day.year).get(day)


def package_version() -> str:
    """The version of the ``holidays`` package, whose release date says how current its rules are."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("holidays")
    except PackageNotFoundError:  # a frozen bundle without metadata
        import holidays

        return str(getattr(holidays, "__version__", "unknown"))


def side_holiday(side: Side, day: date) -> str | None:
    """The name of the public holiday on ``day`` in ``side``'s country, or None."""
    return holiday_name(country_of(side), day)


def holidays_between(body: Body, first: date, last: date) -> dict[date, dict[str, str]]:
    """For each day in [first, last] with a holiday on either side: side code → holiday name."""
    result: dict[date, dict[str, str]] = {}
    countries = [(side.code, country_of(side)) for side in body.sides]
    for code, country in countries:
        if country is None:
            continue
        for year in range(first.year, last.year + 1):
            for day, name in year_holidays(country, year).items():
                if first <= day <= last:
                    result.setdefault(day, {})[code] = name
        for day, name in _ADDED.get(country, {}).items():
            if first <= day <= last:
                result.setdefault(day, {})[code] = name
    return dict(sorted(result.items()))
