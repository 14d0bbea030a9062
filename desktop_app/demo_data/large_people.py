"""The people of the large benchmark body: both delegations' staff over the years, with posts and terms.

Each side's people hold a rank (head of delegation down to interpreter) and a post from
``TITLES``; they join and leave over the history, so that who can sit at a session depends on
its month (``Pools``). Names, biographies, e-mails and phones come from the phrase banks.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from typing import Any

from desktop_app.demo_data.large_body_phrases import (
    BIOGRAPHIES,
    KOREAN_SURNAMES,
    KOREAN_SYLLABLES,
    LANGUAGES,
    MAIL_DOMAINS,
    NOT_A_NAME,
    PERSON_NOTES,
    PLACES,
    RANK_WEIGHTS,
    SUBJECTS,
    TITLES,
    US_FIRST_NAMES,
    US_LAST_NAMES,
)
from desktop_app.demo_data.sample_people import ORGANIZATIONS, SIDES
from desktop_app.domain.person import Person
from desktop_app.storage.people_repository import person_to_row

WASHINGTON_ORGS = frozenset({"rok_embassy", "state", "nsc", "dod", "treasury"})  # phones on a 202 number
PEOPLE_PER_YEAR = 520  # both sides together


@dataclass
class Someone:
    id: int
    side: str
    rank: int
    name: str
    joined: int  # day index
    leaves: int


@dataclass
class Pools:
    """For each side, rank and month of the history: who holds a post then."""

    by_month: dict[tuple[str, int, int], list[int]] = field(default_factory=dict)

    def get(self, side: str, rank: int, month: int) -> list[int]:
        return self.by_month.get((side, rank, month), [])


def korean_name(rng: random.Random) -> tuple[str, str]:
    while True:
        surname, surname_ko = rng.choice(KOREAN_SURNAMES)
        first, first_ko = rng.choice(KOREAN_SYLLABLES)
        second, second_ko = rng.choice(KOREAN_SYLLABLES)
        hangul = surname_ko + first_ko + second_ko
        if first != second and hangul not in NOT_A_NAME:
            return f"{surname} {first}-{second.lower()}", hangul


def us_name(rng: random.Random) -> tuple[str, str]:
    first, first_ko = rng.choice(US_FIRST_NAMES)
    last, last_ko = rng.choice(US_LAST_NAMES)
    return f"{first} {last}", f"{first_ko} {last_ko}"


def make_people(
    rng: random.Random, years: int, days: int, first_id: int, *, ends_days_ago: int
) -> tuple[list[Someone], list[dict[str, Any]], Pools]:
    """``years`` of people (ids from ``first_id``) joining and leaving over ``days``; the history
    ends ``ends_days_ago`` days before today, and whoever left before then is retired."""
    months = days // 30 + 1
    people: list[Someone] = []
    rows: list[dict[str, Any]] = []
    pools = Pools()
    ranks = list(RANK_WEIGHTS)
    weights = list(RANK_WEIGHTS.values())
    per_side = PEOPLE_PER_YEAR // 2 * years
    person_id = first_id
    for side in SIDES:
        titles_by_rank: dict[int, list[tuple[str, int, str, str]]] = {}
        for entry in TITLES[side]:
            titles_by_rank.setdefault(entry[1], []).append(entry)
        for _ in range(per_side):
            rank = rng.choices(ranks, weights)[0]
            org, _rank, title, title_ko = rng.choice(titles_by_rank[rank])
            name, name_ko = korean_name(rng) if side == "ROK" else us_name(rng)
            joined = -rng.randint(0, 700) if rng.random() < 0.25 else rng.randint(0, days)
            leaves = joined + rng.randint(540, 1800)
            place_a, place_b = rng.sample(PLACES, 2)
            subject, language = rng.choice(SUBJECTS), rng.choice(LANGUAGES)
            bio, bio_ko = rng.choice(BIOGRAPHIES)
            values = {
                "a": place_a[0],
                "b": place_b[0],
                "s": subject[0],
                "y": str(rng.randint(1990, 2015)),
                "l": language[0],
                "a_ko": place_a[1],
                "b_ko": place_b[1],
                "s_ko": subject[1],
                "l_ko": language[1],
            }
            local = name.split(" ", 1)[0].lower().replace("'", "") if side == "US" else name.split(" ", 1)[1].lower()
            family = name.rsplit(" ", 1)[-1].lower().replace("'", "") if side == "US" else name.split(" ", 1)[0].lower()
            person = Person(
                name=name,
                side=side,
                name_ko=name_ko,
                title=title,
                title_ko=title_ko,
                organization=ORGANIZATIONS[org][0],
                organization_ko=ORGANIZATIONS[org][1],
                email=f"{local}.{family}.{person_id}@{MAIL_DOMAINS[org]}",
                phone=("+1 202-555-" if org in WASHINGTON_ORGS else "+82 2-555-") + f"{rng.randint(100, 199):04d}",
                biography=bio.format(**values) + "\n" + bio_ko.format(**values),
                internal_notes=rng.choice(PERSON_NOTES) if rng.random() < 0.3 else "",
                retired=leaves < days + ends_days_ago,
            )
            person.validate()
            rows.append({"id": person_id, **person_to_row(person)})
            someone = Someone(person_id, side, rank, name, joined, leaves)
            people.append(someone)
            for month in range(max(0, joined // 30), min(months, leaves // 30 + 1)):
                pools.by_month.setdefault((side, rank, month), []).append(person_id)
            person_id += 1
    return people, rows, pools
