"""The merge rules on plain data: clocks decide per field, items merge by lineage, internal fields follow."""

from __future__ import annotations

from desktop_app.domain.agenda import AgendaItem
from desktop_app.exchange.merge import FieldsMerge, choices, merge_fields, merge_items, relation
from desktop_app.exchange.plan_agenda import carry_internal

NAMES = ("venue", "start")


def test_relation_of_two_clocks() -> None:
    assert relation({"ROK": 1}, {"ROK": 1}) == "same"
    assert relation({"ROK": 2}, {"ROK": 1}) == "ours"
    assert relation({"ROK": 1}, {"ROK": 1, "US": 1}) == "theirs"
    assert relation({"ROK": 2}, {"ROK": 1, "US": 1}) == "concurrent"
    assert relation({}, {}) == "same"


def merged(
    ours: dict[str, object],
    theirs: dict[str, object],
    our_clock: dict[str, dict[str, int]],
    their_clock: dict[str, dict[str, int]],
    keep: str | None = None,
) -> FieldsMerge:
    return merge_fields(
        NAMES, ours, theirs, our_clock, their_clock, home="ROK", key="s", record="the session", choose=choices(keep)
    )


def test_a_change_of_one_side_is_taken_and_an_older_one_is_not() -> None:
    ours = {"venue": "Seoul", "start": "10:00"}
    theirs = {"venue": "Busan", "start": "09:00"}
    result = merged(ours, theirs, {"start": {"ROK": 1}}, {"venue": {"US": 1}})
    assert result.values == {"venue": "Busan"} and not result.conflicts  # their venue; our start stays
    assert result.clock == {"venue": {"US": 1}, "start": {"ROK": 1}}
    older = merged(ours, {**ours, "venue": "Jeju"}, {"venue": {"ROK": 2}}, {"venue": {"ROK": 1}})
    assert older.values == {} and not older.conflicts


def test_both_changed_is_a_conflict_until_chosen_and_keeping_ours_wins_next_time() -> None:
    ours, theirs = {"venue": "Seoul", "start": "x"}, {"venue": "Busan", "start": "x"}
    clocks = ({"venue": {"ROK": 1}}, {"venue": {"US": 1}})
    open_ = merged(ours, theirs, *clocks)
    assert [(c.field, c.ours, c.theirs, c.choice) for c in open_.conflicts] == [("venue", "Seoul", "Busan", "")]
    assert open_.values == {}
    theirs_kept = merged(ours, theirs, *clocks, keep="theirs")
    assert theirs_kept.values == {"venue": "Busan"} and theirs_kept.clock["venue"] == {"ROK": 1, "US": 1}
    ours_kept = merged(ours, theirs, *clocks, keep="ours")
    assert ours_kept.values == {} and ours_kept.clock["venue"] == {"ROK": 2, "US": 1}
    assert relation(ours_kept.clock["venue"], {"US": 1}) == "ours"  # the other desk will take ours


def item(title: str, lineage: str, **fields: object) -> AgendaItem:
    return AgendaItem(0, 0, "", title, lineage=lineage, gid=f"g-{lineage}-{title}", **fields)  # type: ignore[arg-type]


def test_items_merge_by_lineage_with_each_sides_changes() -> None:
    base = [item("Opening", "a"), item("Minerals", "b"), item("Cyber", "c"), item("AOB", "d")]
    ours = [item("Opening", "a", minutes=5), item("Minerals", "b"), item("Cyber and AI", "c"), item("AOB", "d")]
    theirs = [item("Opening", "a"), item("Cyber", "c"), item("Minerals", "b"), item("Investment", "e")]  # AOB gone
    result = merge_items(base, ours, theirs, choose=choices())
    assert [(i.title, i.minutes) for i in result.items] == [
        ("Opening", 5),
        ("Cyber and AI", 0),
        ("Minerals", 0),
        ("Investment", 0),
    ]
    assert result.conflicts == () and result.changed


def test_an_item_deleted_by_one_side_and_changed_by_the_other_is_a_conflict() -> None:
    base = [item("Opening", "a"), item("Cyber", "c")]
    ours = [item("Opening", "a")]
    theirs = [item("Opening", "a"), item("Cyber cooperation", "c")]
    result = merge_items(base, ours, theirs, choose=choices())
    assert [(c.field, c.ours, c.theirs) for c in result.conflicts] == [("deleted or changed", "(deleted)", "changed")]
    kept_ours = merge_items(base, ours, theirs, choose=choices("ours"))
    assert [i.title for i in kept_ours.items] == ["Opening"]


def test_internal_fields_follow_by_lineage_else_by_title_and_the_rest_is_listed() -> None:
    source = [
        item("Opening remarks", "a", talking_points="TP-a"),
        item("Critical minerals", "b", if_raised="IR-b"),
        item("Press", "p", internal_notes="N-p"),
    ]
    target = [item("Opening statements", "a"), item("Critical minerals and batteries", "x")]  # b re-created as x
    carried, unmatched = carry_internal(source, target)
    assert [(i.talking_points, i.if_raised) for i in carried] == [("TP-a", ""), ("", "IR-b")]
    assert [i.title for i in unmatched] == ["Press"]
