# ruff: noqa: E501  (each sentence is one literal: the catalogue's source text, read whole by lupdate)
"""The store's refusals (opening, locking, backups, restoring), in words the window translates.

The core says each sentence in English with its code (``desktop_app.domain.notices``); these are the
sentences the Korean catalogue translates, by code, with the values named as the core names them.
"""

from __future__ import annotations

from desktop_app.ui.common.i18n import QT_TRANSLATE_NOOP

TEMPLATES = {
    "action_repository.action_item_not_been": QT_TRANSLATE_NOOP("Notices", "the action item has not been saved yet"),
    "action_repository.no_action_item": QT_TRANSLATE_NOOP("Notices", "there is no action item {action_id}"),
    "agenda_repository.agenda_item_not_been": QT_TRANSLATE_NOOP("Notices", "the agenda item has not been saved yet"),
    "agenda_repository.agenda_version_not_been": QT_TRANSLATE_NOOP(
        "Notices", "the agenda version has not been saved yet"
    ),
    "agenda_repository.no_agenda_item": QT_TRANSLATE_NOOP("Notices", "there is no agenda item {item_id}"),
    "agenda_repository.no_agenda_version": QT_TRANSLATE_NOOP("Notices", "there is no agenda version {version_id}"),
    "agenda_repository.session_no_agenda_version": QT_TRANSLATE_NOOP(
        "Notices", "this session has no agenda version {number}"
    ),
    "attendance_repository.no_attendance_record": QT_TRANSLATE_NOOP(
        "Notices", "there is no attendance record {attendance_id}"
    ),
    "backups.backup_failed": QT_TRANSLATE_NOOP("Notices", "the backup to {target} failed: {reason}"),
    "backups.copy_failed_check": QT_TRANSLATE_NOOP("Notices", "the copy failed its check ({verdict})"),
    "backups.no_folder": QT_TRANSLATE_NOOP("Notices", "cannot create the backup folder: {problem}"),
    "backups.reason_at": QT_TRANSLATE_NOOP("Notices", "{reason} ({target})"),
    "fileformat.belongs_another_application_sqlite": QT_TRANSLATE_NOOP(
        "Notices", "{path} belongs to another application (it is an SQLite file, but not a Briefing Desk database)"
    ),
    "fileformat.cannot_read": QT_TRANSLATE_NOOP("Notices", "cannot read {path}: {strerror}"),
    "fileformat.damaged": QT_TRANSLATE_NOOP("Notices", "{path} is damaged: {problems}"),
    "fileformat.damaged_truncated_bytes": QT_TRANSLATE_NOOP(
        "Notices", "{path} is damaged: it is truncated ({size} of {expected} bytes)"
    ),
    "fileformat.empty_file_not_briefing": QT_TRANSLATE_NOOP(
        "Notices", "{path} is an empty file, not a Briefing Desk database"
    ),
    "fileformat.folder_not_database_file": QT_TRANSLATE_NOOP("Notices", "{path} is a folder, not a database file"),
    "fileformat.not_briefing_desk_database": QT_TRANSLATE_NOOP(
        "Notices",
        "{path} is not a Briefing Desk database as this version writes it: {differences}{more}; it was left unchanged",
    ),
    "fileformat.not_database_not_sqlite": QT_TRANSLATE_NOOP(
        "Notices", "{path} is not a database (it is not an SQLite file)"
    ),
    "fileformat.written_newer_version_briefing": QT_TRANSLATE_NOOP(
        "Notices",
        "{path} was written by a newer version of Briefing Desk (schema {user_version}; this version reads up to {schema_version}); update Briefing Desk to open it",
    ),
    "lock.cannot_create_lock_file": QT_TRANSLATE_NOOP(
        "Notices", "cannot create the lock file {path}: {describe_os_error_exc}"
    ),
    "lock.cannot_use_lock_file": QT_TRANSLATE_NOOP(
        "Notices", "cannot use the lock file {path}: {describe_os_error_exc}"
    ),
    "lock.cannot_write_lock_file": QT_TRANSLATE_NOOP(
        "Notices", "cannot write the lock file {path}: {describe_os_error_exc}"
    ),
    "lock.could_not_take_lock": QT_TRANSLATE_NOOP("Notices", "could not take the lock {path}"),
    "lock.lock_file_hard_link": QT_TRANSLATE_NOOP(
        "Notices", "the lock file {path} is a hard link to another file; remove it (it was left alone)"
    ),
    "lock.lock_file_not_regular": QT_TRANSLATE_NOOP(
        "Notices", "the lock file {path} is not a regular file (a folder, pipe or device); remove it"
    ),
    "lock.lock_file_not_regular_2": QT_TRANSLATE_NOOP(
        "Notices", "the lock file {path} is not a regular file of its own; remove it"
    ),
    "lock.lock_file_symbolic_link": QT_TRANSLATE_NOOP(
        "Notices", "the lock file {path} is a symbolic link; remove it (it and its target were left alone)"
    ),
    "lock.not_briefing_desk_lock": QT_TRANSLATE_NOOP(
        "Notices", "{path} is not a Briefing Desk lock file; it was left alone (move it away)"
    ),
    "lock.use": QT_TRANSLATE_NOOP("Notices", "{database} is in use by {who}"),
    "people_repository.no_person": QT_TRANSLATE_NOOP("Notices", "there is no person {person_id}"),
    "people_repository.person_no_id_restore": QT_TRANSLATE_NOOP("Notices", "the person has no id to restore"),
    "people_repository.person_not_been_saved": QT_TRANSLATE_NOOP("Notices", "the person has not been saved yet"),
    "safefiles.cannot_use": QT_TRANSLATE_NOOP("Notices", "cannot use {path}: {exc}"),
    "safefiles.cannot_written": QT_TRANSLATE_NOOP("Notices", "{path} cannot be written"),
    "safefiles.disk_full_writing": QT_TRANSLATE_NOOP("Notices", "the disk is full (writing {path})"),
    "safefiles.file_not_folder_way": QT_TRANSLATE_NOOP(
        "Notices", "a file that is not a folder is in the way at {path}"
    ),
    "safefiles.file_read_only_you": QT_TRANSLATE_NOOP("Notices", "the file {path} is read-only for you"),
    "safefiles.folder_not": QT_TRANSLATE_NOOP("Notices", "{path} is a folder, not a {what}"),
    "safefiles.folder_not_file": QT_TRANSLATE_NOOP("Notices", "{path} is a folder, not a file"),
    "safefiles.folder_read_only_you": QT_TRANSLATE_NOOP("Notices", "the folder {path_parent} is read-only for you"),
    "safefiles.no_permission_use": QT_TRANSLATE_NOOP("Notices", "no permission to use {path}"),
    "safefiles.not_regular_file_not": QT_TRANSLATE_NOOP("Notices", "{path} is not a regular file; it was not opened"),
    "safefiles.not_regular_file_pipe": QT_TRANSLATE_NOOP(
        "Notices", "{path} is not a regular file (a pipe, device or socket), not a {what}; it was not opened"
    ),
    "safefiles.read_only_disk_share": QT_TRANSLATE_NOOP("Notices", "{path} is on a read-only disk or share"),
    "safefiles.symbolic_link_left_alone": QT_TRANSLATE_NOOP("Notices", "{path} is a symbolic link; it was left alone"),
    "schema_check.changed": QT_TRANSLATE_NOOP("Notices", "changed {what}"),
    "search_index.index_does_not_match": QT_TRANSLATE_NOOP(
        "Notices", "the {kind} index does not match the text ({problem})"
    ),
    "search_index.index_holds_rows": QT_TRANSLATE_NOOP(
        "Notices", "the {kind} index holds {indexed} rows for {expected}"
    ),
    "series_repository.no_series": QT_TRANSLATE_NOOP("Notices", "there is no series {series_id}"),
    "series_repository.series_not_been_saved": QT_TRANSLATE_NOOP("Notices", "the series has not been saved yet"),
    "session_repository.no_session": QT_TRANSLATE_NOOP("Notices", "there is no session {session_id}"),
    "session_repository.no_session_2": QT_TRANSLATE_NOOP("Notices", "there is no session “{key}”"),
    "session_repository.session_invalid_start_outside": QT_TRANSLATE_NOOP(
        "Notices",
        "session {session_id} (“{title}”) has an invalid start “{start}” (outside {range_text}); correct or delete it",
    ),
    "session_repository.session_not_been_saved": QT_TRANSLATE_NOOP("Notices", "the session has not been saved yet"),
    "session_window.no_session": QT_TRANSLATE_NOOP("Notices", "there is no session {session_id}"),
    "sqlite_errors.busy_another_program_try": QT_TRANSLATE_NOOP(
        "Notices", "{path} is busy in another program; try again"
    ),
    "sqlite_errors.cannot_opened": QT_TRANSLATE_NOOP("Notices", "{path} cannot be opened ({read_only_reason_path})"),
    "sqlite_errors.damaged": QT_TRANSLATE_NOOP("Notices", "{path} is damaged ({exc})"),
    "sqlite_errors.disk_full_writing": QT_TRANSLATE_NOOP("Notices", "the disk is full (writing {path})"),
    "sqlite_errors.disk_holding_failed_read": QT_TRANSLATE_NOOP(
        "Notices", "the disk holding {path} failed to read or write ({exc})"
    ),
    "sqlite_errors.not_enough_memory": QT_TRANSLATE_NOOP("Notices", "there is not enough memory"),
    "sqlite_errors.text": QT_TRANSLATE_NOOP("Notices", "{path}: {exc}"),
    "store.appeared_while_being_created": QT_TRANSLATE_NOOP(
        "Notices", "{path} appeared while it was being created; it was left alone"
    ),
    "store.cannot_create": QT_TRANSLATE_NOOP("Notices", "cannot create {path}: {describe_os_error_exc}"),
    "store.cannot_create_2": QT_TRANSLATE_NOOP("Notices", "cannot create {path}: {describe_exc}"),
    "store.cannot_open": QT_TRANSLATE_NOOP("Notices", "cannot open {path}: {describe_exc}"),
    "store.cannot_read_here_latest": QT_TRANSLATE_NOOP(
        "Notices",
        "{path} cannot be read here: its latest changes are still in {wal_name} and {read_only_reason_path}; open it once where it can be written",
    ),
    "store.database_cannot_restored_itself": QT_TRANSLATE_NOOP("Notices", "a database cannot be restored from itself"),
    "store.disk_full_change_not": QT_TRANSLATE_NOOP(
        "Notices", "the disk is full; the change was not saved and nothing was lost"
    ),
    "store.does_not_exist": QT_TRANSLATE_NOOP("Notices", "{source} does not exist"),
    "store.does_not_exist_2": QT_TRANSLATE_NOOP("Notices", "{path} does not exist"),
    "store.does_not_exist_read": QT_TRANSLATE_NOOP(
        "Notices", "{path} does not exist, and a read-only database cannot be created"
    ),
    "store.folder_does_not_exist": QT_TRANSLATE_NOOP("Notices", "the folder {path_parent} does not exist"),
    "store.needs_upgrade_version_but": QT_TRANSLATE_NOOP(
        "Notices", "{path} needs an upgrade to this version but is read-only"
    ),
    "store.not_saved": QT_TRANSLATE_NOOP("Notices", "{describe_exc}; the change was not saved"),
    "store.not_upgraded_unchanged": QT_TRANSLATE_NOOP("Notices", "{exc}; {path} was not upgraded and is unchanged"),
    "store.nothing_changed": QT_TRANSLATE_NOOP("Notices", "{describe_exc}; nothing was changed"),
    "store.nothing_restored_database_unchanged": QT_TRANSLATE_NOOP(
        "Notices", "{exc}; nothing was restored and the database is unchanged"
    ),
    "store.open_read_only_nothing": QT_TRANSLATE_NOOP("Notices", "{path} is open read-only; nothing was changed{why}"),
    "store.open_read_only_nothing_2": QT_TRANSLATE_NOOP("Notices", "{path} is open read-only; nothing was restored"),
    "store.restoring_failed_current_data": QT_TRANSLATE_NOOP(
        "Notices", "restoring from {source} failed: {exc}; the current data is kept at {aside}"
    ),
    "store.upgrading_failed_unchanged_copy": QT_TRANSLATE_NOOP(
        "Notices", "upgrading {path} failed ({exc}); it is unchanged and a copy is at {last_backup}"
    ),
    "store.why_read_only": QT_TRANSLATE_NOOP("Notices", " ({reason})"),
}
