"""Comparing versions: what the other side added, removed, moved and reworded."""

from __future__ import annotations

from dataclasses import replace

import pytest

from desktop_app.domain.agenda import AgendaItem, AgendaVersion
from desktop_app.domain.agenda_diff import WordOp, diff_agendas, longest_increasing, word_diff
from desktop_app.domain.agenda_rules import numbered
from desktop_app.services import agenda
from desktop_app.services import agenda_versions as versions
from desktop_app.services.workspace import Workspace
from tests.agenda.conftest import add_person, fill

TITLES = [
    ("Opening remarks", "모두발언"),
    ("North Korea's nuclear programme", "북한 핵문제"),
    ("Economic security", "경제안보"),
    ("Cyber cooperation", "사이버 협력"),
    ("Regional situation", "지역 정세"),
    ("Any other business", "기타"),
]


def _items(titles: list[tuple[str, str]], version_id: int = 1, **fields: object) -> list[AgendaItem]:
    items = [
        AgendaItem(version_id=version_id, position=i, number="", title=en, title_ko=ko, minutes=15, **fields)  # type: ignore[arg-type]
        for i, (en, ko) in enumerate(titles)
    ]
    return numbered(items)


def test_the_same_agenda_has_no_changes() -> None:
    diff = diff_agendas(_items(TITLES), _items(TITLES, version_id=2))
    assert diff.is_empty and len(diff.pairs) == len(TITLES)


def test_added_and_removed_items() -> None:
    new = [*TITLES[:2], ("Climate and energy", "기후·에너지"), *TITLES[3:]]
    diff = diff_agendas(_items(TITLES), _items(new))
    assert [item.title for item in diff.added] == ["Climate and energy"]
    assert [item.title for item in diff.removed] == ["Economic security"]
    assert diff.moved == () and diff.changed == ()


@pytest.mark.parametrize(("source", "target"), [(0, 4), (4, 0), (1, 5), (5, 2), (2, 3)])
def test_moving_one_item_is_exactly_one_move(source: int, target: int) -> None:
    new = [*TITLES]
    new.insert(target, new.pop(source))
    diff = diff_agendas(_items(TITLES), _items(new))
    assert len(diff.moved) == 1
    moved = diff.moved[0]
    assert moved.old.title == TITLES[source][0] or abs(source - target) == 1
    assert not diff.added and not diff.removed and not diff.changed


def test_longest_increasing_keeps_the_most_in_place() -> None:
    assert longest_increasing([3, 0, 1, 2, 4]) == {1, 2, 3, 4}
    assert longest_increasing([]) == set()
    assert len(longest_increasing([5, 4, 3, 2, 1])) == 1


def test_a_reworded_title_is_changed_word_by_word() -> None:
    new = [*TITLES]
    new[2] = ("Economic security and supply chains", "경제안보")
    diff = diff_agendas(_items(TITLES), _items(new))
    assert not diff.added and not diff.removed
    (changed,) = diff.changed
    (change,) = changed.changes
    assert change.field == "title"
    assert change.words == (WordOp("equal", "Economic security "), WordOp("insert", "and supply chains"))


def test_a_korean_title_change_is_found_and_split_on_spaces() -> None:
    new = [*TITLES]
    new[3] = ("Cyber cooperation", "사이버 안보 협력")
    diff = diff_agendas(_items(TITLES), _items(new))
    (changed,) = diff.changed
    (change,) = changed.changes
    assert change.field == "title_ko" and change.old == "사이버 협력" and change.new == "사이버 안보 협력"
    assert [w.op for w in change.words] == ["equal", "insert", "equal"]
    assert [w.text.strip() for w in change.words if w.op == "insert"] == ["안보"]


def test_an_item_reworded_in_english_is_still_matched_by_its_korean_title() -> None:
    new = [*TITLES]
    new[1] = ("Denuclearisation of the Korean peninsula", "북한의 핵 문제")  # English rewritten, Korean respaced
    diff = diff_agendas(_items(TITLES), _items(new))
    assert not diff.added and not diff.removed
    (changed,) = diff.changed
    assert {c.field for c in changed.changes} == {"title", "title_ko"}


def test_an_item_largely_rewritten_in_its_place_is_a_rewording() -> None:
    old = [("Opening remarks by the heads of delegation", "수석대표 모두발언"), *TITLES[1:]]
    new = [("Welcome and opening statements", "환영사 및 모두발언"), *TITLES[1:]]
    diff = diff_agendas(_items(old), _items(new))
    assert not diff.added and not diff.removed
    assert [c.new.title for c in diff.changed] == ["Welcome and opening statements"]
    # the same titles in different places are a removal and an addition
    moved_away = [*TITLES[1:], ("Welcome and opening statements", "환영사 및 모두발언")]
    diff = diff_agendas(_items(old), _items(moved_away))
    assert [i.title for i in diff.added] == ["Welcome and opening statements"]
    assert [i.title for i in diff.removed] == ["Opening remarks by the heads of delegation"]


def test_different_items_are_not_matched() -> None:
    diff = diff_agendas(_items([("Trade", "통상")]), _items([("Climate", "기후")]))
    assert len(diff.added) == 1 and len(diff.removed) == 1 and not diff.pairs


def test_minutes_lead_presenter_and_description_are_compared() -> None:
    old = _items(TITLES[:1])
    new = [replace(old[0], minutes=20, lead_side="US", presenter_id=7, description="Short welcome.")]
    diff = diff_agendas(old, new, presenters={7: "Jane DOE"})
    fields = {change.field: (change.old, change.new) for change in diff.changed[0].changes}
    assert fields == {
        "minutes": ("15", "20"),
        "lead_side": ("", "US"),
        "presenter": ("", "Jane DOE"),
        "description": ("", "Short welcome."),
    }


def test_internal_fields_only_when_asked() -> None:
    old = _items(TITLES[:1])
    new = [replace(old[0], talking_points="Thank the hosts", internal_notes="Keep it short")]
    assert diff_agendas(old, new).is_empty
    changed = diff_agendas(old, new, include_internal=True).changed[0]
    assert {c.field for c in changed.changes} == {"talking_points", "internal_notes"}


def test_spacing_alone_is_not_a_change() -> None:
    old = _items(TITLES[:1])
    new = [replace(old[0], title="Opening  remarks ")]
    assert diff_agendas(old, new).is_empty


def test_word_diff_gives_back_the_new_text_and_the_old_words() -> None:
    old, new = "Review the U.S. proposal on export controls.", "Review the ROK proposal on export-control rules."
    words = word_diff(old, new)
    assert "".join(w.text for w in words if w.op != "delete") == new
    assert "".join(w.text for w in words if w.op != "insert").split() == [
        "Review",
        "the",
        "U.S.",
        "proposal",
        "on",
        "exportcontrols.",
    ]
    assert [w.text for w in words if w.op == "delete"] == ["U.S. ", "controls"]
    assert [w.text for w in words if w.op == "insert"] == ["ROK ", "-control rules"]


def test_side_by_side_rows_keep_removed_items_in_place() -> None:
    new = [TITLES[0], TITLES[2], ("Climate", "기후"), *TITLES[3:]]
    diff = diff_agendas(_items(TITLES), _items(new))
    rows = [(old.title if old else None, new_.title if new_ else None) for old, new_ in diff.side_by_side()]
    assert rows[:3] == [
        ("Opening remarks", "Opening remarks"),
        ("North Korea's nuclear programme", None),
        ("Economic security", "Economic security"),
    ]
    assert rows[3] == (None, "Climate")
    assert len(rows) == 7


def test_compare_two_stored_versions_with_presenter_names(workspace: Workspace, draft: AgendaVersion) -> None:
    fill(workspace, draft, ["Opening", "Security", "- Cyber", "Closing"])
    counter = versions.save_as_version(workspace, draft.id or 0, "US counter-draft 1", "US")
    items = agenda.list_items(workspace, counter.id or 0)
    presenter = add_person(workspace, "John SMITH", side="US")
    agenda.update_item(workspace, replace(items[1], presenter_id=presenter))
    agenda.move_item(workspace, items[3].id or 0, 0)
    result = versions.compare(workspace, draft.id or 0, counter.id or 0)
    assert (result.old.proposed_by, result.new.proposed_by) == ("ROK", "US")
    assert [(m.old.number, m.new.number) for m in result.diff.moved] == [("3", "1")]
    (changed,) = result.diff.changed
    assert changed.changes[0].field == "presenter" and changed.changes[0].new == "John SMITH"
