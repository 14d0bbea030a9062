"""Filter as you type: every field, Hangul and roman letters alike, within a frame for 5,000 people."""

from __future__ import annotations

from dataclasses import replace

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop_app.domain.people_filter import PeopleFilter, fold, sort_people
from desktop_app.domain.person import Person
from tests.people.factory import many_people

KIM = Person(
    id=1,
    name="KIM Min-jun",
    name_ko="김민준",
    side="ROK",
    title="Director-General",
    title_ko="북미국장",
    organization="Ministry of Foreign Affairs",
    organization_ko="외교부",
    email="minjun.kim@mofa.example.kr",
    phone="+82-2-2100-7000",
    internal_notes="prefers tea",
)
JOSE = Person(id=2, name="José Ramírez", side="US", organization="Department of State", email="jr@state.example.gov")
MINA = Person(id=3, name="PARK Mi-na", name_ko="박미나", side="ROK", organization="통일부")
PEOPLE = [KIM, JOSE, MINA]


def names(query: str, people: list[Person] = PEOPLE) -> list[str]:
    return [
        p.name
        for p in PeopleFilter(people, {"US": "United States 미국", "ROK": "Republic of Korea 대한민국"}).people(query)
    ]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("", ["KIM Min-jun", "José Ramírez", "PARK Mi-na"]),
        ("kim", ["KIM Min-jun"]),
        ("MIN-JUN", ["KIM Min-jun"]),
        ("김민준", ["KIM Min-jun"]),
        ("외교부", ["KIM Min-jun"]),
        ("북미", ["KIM Min-jun"]),
        ("jose", ["José Ramírez"]),  # accents folded
        ("ｋｉｍ", ["KIM Min-jun"]),  # full-width letters from a CJK input method
        ("state", ["José Ramírez"]),
        ("mofa.example", ["KIM Min-jun"]),  # e-mail
        ("21007000", ["KIM Min-jun"]),  # phone digits without the dashes
        ("tea", ["KIM Min-jun"]),  # internal notes are searched too (they stay on this machine)
        ("united states", ["José Ramírez"]),  # the side's name
        ("미국", ["KIM Min-jun", "José Ramírez"]),  # 북미국장 contains it too: any field, any place
        ("rok 통일", ["PARK Mi-na"]),  # every term must match, in any field
        ("kim 통일", []),
        ("nobody", []),
    ],
)
def test_every_field_in_both_scripts(query: str, expected: list[str]) -> None:
    assert names(query) == expected


@pytest.mark.parametrize(
    "typed",
    # what a 2-set Hangul input method shows while 김민준 is typed, syllable by syllable
    ["ㄱ", "기", "김", "김ㅁ", "김미", "김민", "김믽", "김민주", "김민준"],
)
def test_a_syllable_still_being_composed_matches(typed: str) -> None:
    assert "KIM Min-jun" in names(typed)


def test_a_final_consonant_about_to_become_the_next_initial_matches() -> None:
    # typing 미나: the input method shows 민 before the vowel ㅏ pulls the ㄴ over
    assert names("박민") == ["PARK Mi-na"]
    assert names("민") == ["KIM Min-jun", "PARK Mi-na"]


def test_initial_consonants_find_hangul_names() -> None:
    assert names("ㄱㅁㅈ") == ["KIM Min-jun"]
    assert names("ㅂㅁㄴ") == ["PARK Mi-na"]
    assert names("ㅇㄱㅂ") == ["KIM Min-jun"]  # 외교부


def test_replace_and_append_keep_the_filter_current() -> None:
    f = PeopleFilter(PEOPLE)
    assert f.rows("kim") == [0]
    f.replace(0, replace(KIM, name="KANG Min-jun", email=""))
    assert f.rows("kim") == []
    row = f.append(replace(KIM, id=9))
    assert f.rows("kim") == [row]


@given(st.lists(st.sampled_from(["k", "i", "m", " ", "김", "민", "ㅁ", "a", "-", "준", "e"]), max_size=8))
def test_typing_on_gives_what_a_fresh_filter_gives(keys: list[str]) -> None:
    """The shortcut (search only the last matches while a query grows) never changes the answer."""
    people = many_people(60, seed=3) + PEOPLE
    typing = PeopleFilter(people)
    query = ""
    for key in keys:
        query += key
        assert typing.rows(query) == PeopleFilter(people).rows(query), query


def test_sorting_by_any_column_keeps_empty_values_last() -> None:
    people = [*PEOPLE, Person(id=4, name="LEE Ji-ho", name_ko="이지호", side="ROK")]
    assert [p.name_ko for p in sort_people(people, "name_ko")] == ["김민준", "박미나", "이지호", ""]
    assert [p.name_ko for p in sort_people(people, "name_ko", descending=True)] == ["이지호", "박미나", "김민준", ""]
    assert [p.id for p in sort_people(people, "organization")][-1] == 4
    with pytest.raises(ValueError):
        sort_people(people, "no_such_column")


def test_fold_is_what_both_sides_of_the_comparison_go_through() -> None:
    assert fold("José") == "jose"
    assert fold("김") == "\u1100\u1175\u11b7"


def _ids(people: list[Person]) -> list[Person]:
    return [replace(p, id=n) for n, p in enumerate(people, start=1)]


def test_a_filter_over_5000_people_finds_them_in_both_scripts() -> None:
    f = PeopleFilter(_ids(many_people(5000)), {"US": "United States 미국", "ROK": "Republic of Korea 대한민국"})
    assert len(f.rows("kim")) > 100
    assert f.rows("김민준") and f.rows("ㄱㅁㅈ")
