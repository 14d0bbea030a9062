"""How the directory's columns give way in a narrow window: in proportion, never below their floor."""

from __future__ import annotations

from desktop_app.ui.people.column_fit import narrowed


def test_columns_that_fit_keep_their_width() -> None:
    assert narrowed([100, 200, 150], [90, 90, 90], [1, 2], 500) == [100, 200, 150]


def test_the_free_text_columns_give_way_in_proportion_to_what_they_can_spare() -> None:
    # 110 too wide; column 1 can spare 110 and column 2 can spare 60 (170 in all)
    assert narrowed([100, 200, 150], [90, 90, 90], [1, 2], 340) == [100, 128, 111]


def test_no_column_goes_below_its_floor_and_the_others_never_shrink() -> None:
    widths = narrowed([100, 200, 150], [90, 90, 90], [1, 2], 100)
    assert widths == [100, 90, 90]  # the table scrolls sideways for the rest
