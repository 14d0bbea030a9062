"""Invented people for the tests: plausible in both languages, never real persons."""

from __future__ import annotations

import random

from desktop_app.domain.person import Person

SURNAMES = [
    ("KIM", "김"),
    ("LEE", "이"),
    ("PARK", "박"),
    ("CHOI", "최"),
    ("JUNG", "정"),
    ("KANG", "강"),
    ("YOON", "윤"),
]
GIVEN = [
    ("Min-jun", "민준"),
    ("Seo-yeon", "서연"),
    ("Ji-ho", "지호"),
    ("Ha-eun", "하은"),
    ("Do-hyun", "도현"),
    ("Su-bin", "수빈"),
    ("Ye-jin", "예진"),
    ("Jae-won", "재원"),
    ("Mi-na", "미나"),
    ("Hyun-woo", "현우"),
]
US_FIRST = ["Emily", "James", "Olivia", "Daniel", "Sarah", "Michael", "Grace", "Ethan", "Hannah", "Nathan"]
US_LAST = ["Carter", "Brooks", "Hayes", "Morgan", "Reyes", "Sullivan", "Foster", "Bennett", "Ward", "Price"]
ROK_ORGS = [
    ("Ministry of Foreign Affairs", "외교부"),
    ("Ministry of Unification", "통일부"),
    ("National Security Office", "국가안보실"),
    ("Ministry of National Defense", "국방부"),
]
US_ORGS = ["Department of State", "National Security Council", "Department of Defense", "Department of the Treasury"]
TITLES = [
    ("Director-General", "국장"),
    ("Deputy Director", "과장"),
    ("Counsellor", "참사관"),
    ("Second Secretary", "2등서기관"),
]


def korean(rng: random.Random, n: int) -> Person:
    (sur, sur_ko), (given, given_ko) = rng.choice(SURNAMES), rng.choice(GIVEN)
    (org, org_ko), (title, title_ko) = rng.choice(ROK_ORGS), rng.choice(TITLES)
    return Person(
        name=f"{sur} {given}",
        name_ko=sur_ko + given_ko,
        side="ROK",
        title=title,
        title_ko=title_ko,
        organization=org,
        organization_ko=org_ko,
        email=f"{given.lower().replace('-', '')}.{sur.lower()}{n}@mofa.example.kr",
        phone=f"+82-2-{2100 + n % 900}-{1000 + n % 9000}",
        biography=f"Joined {org} in {1990 + n % 30}; served in Washington and Geneva. {org_ko}에서 근무.",
        internal_notes="prefers Korean in small talk" if n % 7 == 0 else "",
    )


def american(rng: random.Random, n: int) -> Person:
    first, last = rng.choice(US_FIRST), rng.choice(US_LAST)
    return Person(
        name=f"{first} {last}",
        side="US",
        title=rng.choice(["Director for Korea", "Deputy Assistant Secretary", "Desk Officer", "Senior Advisor"]),
        organization=rng.choice(US_ORGS),
        email=f"{first.lower()}.{last.lower()}{n}@state.example.gov",
        phone=f"+1-202-555-{n % 10000:04d}",
        biography=f"Career foreign service officer since {1995 + n % 25}; earlier posted to Seoul and Tokyo.",
    )


def many_people(count: int, seed: int = 7) -> list[Person]:
    rng = random.Random(seed)
    return [korean(rng, n) if n % 2 else american(rng, n) for n in range(count)]
