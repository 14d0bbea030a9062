"""What officers type, in Korean and English, finds what they mean."""

from __future__ import annotations

import pytest

from desktop_app.domain.agenda import AgendaItem
from desktop_app.services import agenda, agenda_versions
from desktop_app.services.search import search
from tests.search.conftest import Body, found


@pytest.mark.parametrize(
    ("query", "kind"),
    [
        ("서울", "session"),  # two syllables, at the start of 서울에서
        ("협의", "session"),  # two syllables inside 정책협의는
        ("정책협의", "session"),  # a longer word with its particle (는) left in the text
        ("정책협의는", "session"),  # exactly as written
        ("제1차", "session"),
        ("정책협의를", "session"),  # a different particle: found through its stem
    ],
)
def test_korean_words_find_the_session(body: Body, query: str, kind: str) -> None:
    assert (kind, body.session_id) in found(body.workspace, query)


def test_two_syllables_match_at_the_start_of_a_compound(body: Body) -> None:
    assert ("agenda_item", body.korean_item_id) in found(body.workspace, "협의")  # 협의체


def test_one_syllable_matches_the_beginning_of_words(body: Body) -> None:
    hits = found(body.workspace, "북")
    assert ("agenda_item", body.korean_item_id) in hits  # 북한
    assert ("person", body.person_id) in hits  # 북미국장
    assert ("session", body.session_id) not in hits


def test_a_word_absent_from_the_text_finds_nothing(body: Body) -> None:
    assert found(body.workspace, "평양") == set()
    assert found(body.workspace, "책협의체") == set()  # syllables of two words do not join up


def test_korean_names_by_family_name_and_by_given_name(body: Body) -> None:
    assert ("person", body.person_id) in found(body.workspace, "김")
    assert ("person", body.person_id) in found(body.workspace, "민준")
    assert ("person", body.person_id) in found(body.workspace, "김민준")


def test_english_prefixes(body: Body) -> None:
    hits = found(body.workspace, "exerc")
    assert {("agenda_item", body.item_id), ("outcome", body.item_id), ("action", body.action_id)} <= hits
    assert found(body.workspace, "EXERC") == hits
    assert ("person", body.person_id) in found(body.workspace, "minis foreign")
    assert [hit.title for hit in search(body.workspace, "hartw").hits] == ["Emily Hartwell"]


def test_a_single_letter_is_a_whole_word_not_a_prefix(body: Body) -> None:
    assert found(body.workspace, "j") == set()


def test_every_word_must_match(body: Body) -> None:
    assert ("agenda_item", body.item_id) in found(body.workspace, "joint busan")
    assert found(body.workspace, "joint pyongyang") == set()


def test_a_quoted_phrase_keeps_its_words_together(body: Body) -> None:
    assert ("agenda_item", body.item_id) in found(body.workspace, '"combined exercises"')
    assert ("agenda_item", body.item_id) not in found(body.workspace, '"exercises combined"')
    assert ("agenda_item", body.korean_item_id) in found(body.workspace, '"미사일 발사"')
    assert ("agenda_item", body.korean_item_id) not in found(body.workspace, '"발사 미사일"')


def test_hyphenated_words_are_a_phrase(body: Body) -> None:
    assert ("agenda_item", body.item_id) in found(body.workspace, "follow-up")
    assert ("agenda_item", body.item_id) in found(body.workspace, "FOLLOW-UP")


def test_mixed_korean_and_english(body: Body) -> None:
    assert ("outcome", body.item_id) in found(body.workspace, "spring 합의")
    assert ("action", body.action_id) in found(body.workspace, "초안 paper")


def test_a_year_keeps_that_years_sessions(body: Body) -> None:
    hits = found(body.workspace, "exercises 2029")
    assert ("agenda_item", body.item_id) in hits
    assert found(body.workspace, "exercises 2027") == set()
    assert ("session", body.other_session_id) in found(body.workspace, "2027")
    assert ("session", body.session_id) not in found(body.workspace, "2027")


def test_words_and_a_year_find_an_item_whose_text_names_that_year(body: Body) -> None:
    version = agenda_versions.start_draft(body.workspace, body.other_session_id, "draft")
    assert version.id is not None
    named = agenda.add_item(
        body.workspace,
        AgendaItem(version_id=version.id, position=0, number="", title="Exercises planned for 2029"),
    ).item
    other = agenda.add_item(
        body.workspace, AgendaItem(version_id=version.id, position=1, number="", title="Exercises review")
    ).item
    hits = found(body.workspace, "exercises 2029")
    assert ("agenda_item", named.id) in hits  # a 2027 session, its text naming 2029
    assert ("agenda_item", body.item_id) in hits  # a 2029 session
    assert ("agenda_item", other.id) not in hits
    assert ("agenda_item", named.id) not in found(body.workspace, "review 2029")


def test_internal_fields_are_searched(body: Body) -> None:
    assert ("agenda_item", body.item_id) in found(body.workspace, "busan")  # internal notes
    assert ("agenda_item", body.item_id) in found(body.workspace, "defensive")  # talking points
    assert ("agenda_item", body.korean_item_id) in found(body.workspace, "입장")  # if raised


def test_results_are_grouped_by_kind_and_carry_snippets(body: Body) -> None:
    results = search(body.workspace, "exercises", per_kind=5)
    groups = results.by_kind()
    assert list(groups) == ["agenda_item", "outcome", "action"]
    item = groups["agenda_item"][0]
    assert item.session_id == body.session_id
    assert "**exercises**" in item.snippet_text
    assert "<b>exercises</b>" in item.snippet_html
    assert "#1" in item.context and "2029" in item.context
    assert groups["outcome"][0].snippet_text.startswith("Agreed to hold the **exercises**")


def test_korean_snippets_mark_the_match_inside_the_word(body: Body) -> None:
    (hit,) = search(body.workspace, "협의", per_kind=5).by_kind()["session"]
    assert "정책**협의**는" in hit.snippet_text


def test_titles_rank_above_body_text(body: Body) -> None:
    results = search(body.workspace, "sanctions", limit=10)
    assert results.hits[0].kind == "session" and results.hits[0].id == body.other_session_id


def test_limit_and_per_kind(body: Body) -> None:
    assert len(search(body.workspace, "exercises", limit=2).hits) == 2
    per_kind = search(body.workspace, "exercises", per_kind=1)
    assert [hit.kind for hit in per_kind.hits] == ["agenda_item", "outcome", "action"]


def test_a_capital_typed_in_either_language_finds_its_sessions(body: Body) -> None:
    """The venue is stored as "Washington"; 워싱턴 finds it, as the body's sides name the capital in both."""
    assert ("session", body.other_session_id) in found(body.workspace, "워싱턴")
    assert ("session", body.session_id) not in found(body.workspace, "워싱턴")
    assert ("session", body.session_id) in found(body.workspace, "seoul")
    assert ("session", body.other_session_id) in found(body.workspace, "washington")
    both = found(body.workspace, "워싱턴 sanctions")  # every word still must match
    assert both == {("session", body.other_session_id)}
    hit = next(h for h in search(body.workspace, "워싱턴").hits if h.id == body.other_session_id)
    assert "**Washington**" in hit.snippet_text or "Washington" in hit.context
