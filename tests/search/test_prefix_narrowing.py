"""A word typed is a prefix; read as the whole word where the index holds no longer word it begins.

The same rows either way (only the reading is quicker), so what matters is that nothing is lost:
a longer word written later makes it a prefix again, and words the tokenizer folds are left alone.
"""

from __future__ import annotations

from desktop_app.domain.agenda import AgendaItem
from desktop_app.services import agenda, agenda_versions
from desktop_app.services.workspace import Workspace
from desktop_app.storage.search_prefixes import narrow_prefixes
from tests.search.conftest import Body, found

WORDS = "{title title_ko description talking_points if_raised internal_notes}"


def narrowed(workspace: Workspace, expression: str) -> str:
    return narrow_prefixes(workspace.store.conn, "search_agenda_items", expression)


def test_a_word_no_longer_word_begins_is_read_whole(body: Body) -> None:
    assert narrowed(body.workspace, f'{WORDS} : "busan"*') == f'{WORDS} : "busan"'
    # "exerc" begins "exercises": it stays a prefix, and in a phrase only its own word changes.
    assert narrowed(body.workspace, f'{WORDS} : "exerc"* AND {WORDS} : "busan"*') == (
        f'{WORDS} : "exerc"* AND {WORDS} : "busan"'
    )


def test_a_longer_word_written_later_makes_it_a_prefix_again(body: Body) -> None:
    assert ("agenda_item", body.item_id) in found(body.workspace, "busan")
    session_version = agenda_versions.start_draft(body.workspace, body.other_session_id, "draft")
    assert session_version.id is not None
    later = agenda.add_item(
        body.workspace,
        AgendaItem(version_id=session_version.id, position=0, number="", title="Busanport logistics"),
    ).item
    assert narrowed(body.workspace, f'{WORDS} : "busan"*') == f'{WORDS} : "busan"*'
    assert {("agenda_item", body.item_id), ("agenda_item", later.id)} <= found(body.workspace, "busan")


def test_words_the_tokenizer_folds_are_left_as_typed(body: Body) -> None:
    for expression in ('"josé"*', '"서울"*', '"follow up"*'):
        assert narrowed(body.workspace, expression) == expression


def test_a_read_only_file_is_searched_the_same(body: Body) -> None:
    path = body.workspace.path
    expected = found(body.workspace, "joint exercises")
    body.workspace.close()
    with Workspace.open(path, read_only=True) as read_only:
        assert found(read_only, "joint exercises") == expected
        assert narrowed(read_only, '"busan"*') == '"busan"'
