"""Random sequences of user actions, through the services, against a plain in-memory model.

After every step the database must say what the model says — sessions, people, who sits
where, agenda items and outcomes, action items — and the search index must hold exactly
the rows it should and find each of them by its own words.
"""

from __future__ import annotations

import shutil
import tempfile
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, precondition, rule

from desktop_app.domain.actions import ActionItem, ActionStatus
from desktop_app.domain.agenda import AgendaItem
from desktop_app.domain.person import Person
from desktop_app.domain.session import Session
from desktop_app.errors import UserError
from desktop_app.services import actions, agenda, agenda_versions, delegations, people
from desktop_app.services.scheduling import SessionDraft, edit_session
from desktop_app.services.search import check_search_index, search
from desktop_app.services.sessions import add_session, get_session, list_sessions
from desktop_app.services.workspace import Workspace
from desktop_app.storage import agenda_repository

SYLLABLES = "가나다라마바사아자차카타파하서울협의정책북미회담국"
korean_words = st.text(alphabet=SYLLABLES, min_size=2, max_size=4)
english_words = st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=3, max_size=8)


@dataclass
class ModelItem:
    version_id: int
    session_id: int
    title: str
    outcome: str = ""


class DeskMachine(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.folder = Path(tempfile.mkdtemp(prefix="desk-machine-"))
        self.workspace = Workspace.open(self.folder / "desk.sqlite3")
        self.counter = 0
        self.sessions: dict[int, str] = {}  # id → title
        self.people: dict[int, tuple[str, bool]] = {}  # id → (name, retired)
        self.seats: set[tuple[int, int]] = set()  # (session, person)
        self.drafts: dict[int, int] = {}  # version id → session id
        self.items: dict[int, ModelItem] = {}
        self.actions: dict[int, tuple[int, str, ActionStatus]] = {}  # id → (session, text, status)

    def teardown(self) -> None:
        self.workspace.close(backup=False)
        shutil.rmtree(self.folder, ignore_errors=True)

    def tag(self) -> str:
        """A word no other row holds, so that search can be asked for this row alone."""
        self.counter += 1
        return "tag" + "".join("abcdefghij"[int(digit)] for digit in str(self.counter)) + "z"

    @initialize(english=english_words, korean=korean_words)
    def a_session_and_a_person(self, english: str, korean: str) -> None:
        """Most actions need both; starting with them lets every rule run from the first step."""
        self.add_session(english, korean, 0)
        self.add_person(korean, "ROK")

    # -- sessions ----------------------------------------------------------------------------
    @rule(english=english_words, korean=korean_words, days=st.integers(0, 3000))
    def add_session(self, english: str, korean: str, days: int) -> None:
        title = f"{english} {self.tag()}"
        session = Session(
            title=title,
            title_ko=f"제{days}차 {korean}",
            start=datetime(2020, 1, 6, 1, 0, tzinfo=UTC) + timedelta(days=days),
            timezone="Asia/Seoul",
            duration_minutes=90,
            host_side="ROK",
        )
        added = add_session(self.workspace, session)
        assert added.id is not None
        self.sessions[added.id] = title

    @precondition(lambda self: self.sessions)
    @rule(data=st.data(), english=english_words)
    def edit_session(self, data: st.DataObject, english: str) -> None:
        session_id = data.draw(st.sampled_from(sorted(self.sessions)))
        title = f"{english} {self.tag()}"
        draft = SessionDraft.of(get_session(self.workspace, session_id))
        edit_session(self.workspace, session_id, replace(draft, title=title))
        self.sessions[session_id] = title

    # -- people and delegations ---------------------------------------------------------------
    @rule(korean=korean_words, side=st.sampled_from(["ROK", "US"]))
    def add_person(self, korean: str, side: str) -> None:
        name = f"KIM {self.tag()}"
        person = people.add_person(self.workspace, Person(name=name, name_ko=korean, side=side))
        assert person.id is not None
        self.people[person.id] = (name, False)

    @precondition(lambda self: self.people)
    @rule(data=st.data())
    def retire_or_reinstate(self, data: st.DataObject) -> None:
        person_id = data.draw(st.sampled_from(sorted(self.people)))
        name, retired = self.people[person_id]
        (people.reinstate_person if retired else people.retire_person)(self.workspace, person_id)
        self.people[person_id] = (name, not retired)

    @precondition(lambda self: self.people)
    @rule(data=st.data(), korean=korean_words)
    def rename_person(self, data: st.DataObject, korean: str) -> None:
        person_id = data.draw(st.sampled_from(sorted(self.people)))
        name = f"LEE {self.tag()}"
        people.update_person(self.workspace, person_id, name=name, name_ko=korean)
        self.people[person_id] = (name, self.people[person_id][1])

    @precondition(lambda self: self.sessions and self.people)
    @rule(data=st.data())
    def seat(self, data: st.DataObject) -> None:
        session_id = data.draw(st.sampled_from(sorted(self.sessions)))
        person_id = data.draw(st.sampled_from(sorted(self.people)))
        refused = self.people[person_id][1] or (session_id, person_id) in self.seats
        try:
            delegations.add_to_delegation(self.workspace, session_id, person_id)
        except UserError:
            assert refused
            return
        assert not refused
        self.seats.add((session_id, person_id))

    @precondition(lambda self: self.seats)
    @rule(data=st.data())
    def unseat(self, data: st.DataObject) -> None:
        session_id, person_id = data.draw(st.sampled_from(sorted(self.seats)))
        delegations.remove_from_delegation(self.workspace, session_id, person_id)
        self.seats.discard((session_id, person_id))

    # -- agendas ------------------------------------------------------------------------------
    @precondition(lambda self: self.sessions)
    @rule(data=st.data())
    def start_draft(self, data: st.DataObject) -> None:
        session_id = data.draw(st.sampled_from(sorted(self.sessions)))
        version = agenda_versions.start_draft(self.workspace, session_id, f"draft {self.tag()}")
        assert version.id is not None
        self.drafts[version.id] = session_id

    @precondition(lambda self: self.drafts)
    @rule(data=st.data(), korean=korean_words)
    def add_item(self, data: st.DataObject, korean: str) -> None:
        version_id = data.draw(st.sampled_from(sorted(self.drafts)))
        title = f"Item {self.tag()}"
        item = AgendaItem(version_id=version_id, position=0, number="", title=title, title_ko=korean)
        added = agenda.add_item(self.workspace, item).item
        assert added.id is not None
        self.items[added.id] = ModelItem(version_id, self.drafts[version_id], title)

    @precondition(lambda self: self.items)
    @rule(data=st.data(), english=english_words)
    def record_outcome(self, data: st.DataObject, english: str) -> None:
        item_id = data.draw(st.sampled_from(sorted(self.items)))
        outcome = data.draw(st.sampled_from(["", f"Agreed {english} {self.tag()}"]))
        agenda.record_outcome(self.workspace, item_id, outcome)
        self.items[item_id].outcome = outcome

    @precondition(lambda self: self.items)
    @rule(data=st.data())
    def delete_item(self, data: st.DataObject) -> None:
        item_id = data.draw(st.sampled_from(sorted(self.items)))
        agenda.delete_item(self.workspace, item_id)
        del self.items[item_id]

    @precondition(lambda self: self.drafts)
    @rule(data=st.data())
    def delete_draft(self, data: st.DataObject) -> None:
        version_id = data.draw(st.sampled_from(sorted(self.drafts)))
        agenda_versions.delete_draft(self.workspace, version_id)
        del self.drafts[version_id]
        self.items = {key: item for key, item in self.items.items() if item.version_id != version_id}

    # -- action items -------------------------------------------------------------------------
    @precondition(lambda self: self.sessions)
    @rule(data=st.data(), korean=korean_words)
    def add_action(self, data: st.DataObject, korean: str) -> None:
        session_id = data.draw(st.sampled_from(sorted(self.sessions)))
        text = f"Send {self.tag()} {korean}"
        added = actions.add_action(self.workspace, ActionItem(session_id=session_id, text=text))
        assert added.id is not None
        self.actions[added.id] = (session_id, text, ActionStatus.OPEN)

    @precondition(lambda self: self.actions)
    @rule(data=st.data(), status=st.sampled_from([ActionStatus.DONE, ActionStatus.DROPPED]))
    def close_action(self, data: st.DataObject, status: ActionStatus) -> None:
        action_id = data.draw(st.sampled_from(sorted(self.actions)))
        actions.close_action(self.workspace, action_id, status)
        session_id, text, _ = self.actions[action_id]
        self.actions[action_id] = (session_id, text, status)

    @precondition(lambda self: self.actions)
    @rule(data=st.data())
    def delete_action(self, data: st.DataObject) -> None:
        action_id = data.draw(st.sampled_from(sorted(self.actions)))
        actions.delete_action(self.workspace, action_id)
        del self.actions[action_id]

    # -- the database agrees ------------------------------------------------------------------
    @invariant()
    def database_agrees(self) -> None:
        workspace = self.workspace
        assert {s.id: s.title for s in list_sessions(workspace)} == self.sessions
        assert {p.id: (p.name, p.retired) for p in people.list_people(workspace)} == self.people
        rows = workspace.store.conn.execute("SELECT session_id, person_id FROM attendance")
        seats = {(session_id, person_id) for session_id, person_id in rows}
        assert seats == self.seats
        stored_items = {
            item.id: (item.version_id, item.title, item.outcome)
            for version_id in self.drafts
            for item in agenda.list_items(workspace, version_id)
        }
        assert stored_items == {key: (i.version_id, i.title, i.outcome) for key, i in self.items.items()}
        follow_ups = actions.list_follow_ups(workspace)
        assert {f.action.id: (f.action.session_id, f.action.text, f.action.status) for f in follow_ups} == self.actions

    @invariant()
    def search_index_agrees(self) -> None:
        state = check_search_index(self.workspace)
        assert state.counts == {
            "session": (len(self.sessions),) * 2,
            "agenda_item": (len(self.items),) * 2,
            "outcome": (sum(1 for item in self.items.values() if item.outcome),) * 2,
            "action": (len(self.actions),) * 2,
            "person": (len(self.people),) * 2,
        }
        # Each row is found by the tag in its text (the newest of each kind, to keep steps quick).
        for kind, texts in (
            ("session", {key: title for key, title in self.sessions.items()}),
            ("person", {key: name for key, (name, _) in self.people.items()}),
            ("agenda_item", {key: item.title for key, item in self.items.items()}),
            ("outcome", {key: item.outcome for key, item in self.items.items() if item.outcome}),
            ("action", {key: text for key, (_, text, _) in self.actions.items()}),
        ):
            if texts:
                key = max(texts)
                tag = next(word for word in texts[key].split() if word.startswith("tag"))
                hits = {(hit.kind, hit.id) for hit in search(self.workspace, tag, limit=50).hits}
                assert (kind, key) in hits, (kind, key, tag)

    @invariant()
    def index_matches_the_text(self) -> None:
        """FTS5's own token-by-token check: no trigger path left the index behind."""
        state = check_search_index(self.workspace, thorough=True)
        assert state.sound, state.problems


DeskMachine.TestCase.settings = settings(
    max_examples=15,
    stateful_step_count=25,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)
TestDeskMachine = DeskMachine.TestCase


def test_agenda_items_are_read_through_the_repository_too(tmp_path: Path) -> None:
    """A smoke test of the helper the model uses, so a failure above is not a broken fixture."""
    with Workspace.open(tmp_path / "one.sqlite3") as workspace:
        session = add_session(
            workspace,
            Session(
                title="One",
                start=datetime(2030, 1, 1, tzinfo=UTC),
                timezone="Asia/Seoul",
                duration_minutes=60,
                host_side="ROK",
            ),
        )
        assert session.id is not None
        version = agenda_versions.start_draft(workspace, session.id, "draft")
        assert version.id is not None
        item = agenda.add_item(workspace, AgendaItem(version.id, 0, "", "Only item")).item
        assert item.id is not None
        assert agenda_repository.get_item(workspace.store.db, item.id).title == "Only item"
