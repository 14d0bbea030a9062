# ruff: noqa: E501  (each sentence is one literal: the catalogue's source text, read whole by lupdate)
"""Refusals and notes of packages, calendar files and people lists, in words the window translates.

The core says each sentence in English with its code (``desktop_app.domain.notices``); these are the
sentences the Korean catalogue translates, by code, with the values named as the core names them.
"""

from __future__ import annotations

from desktop_app.ui.common.i18n import QT_TRANSLATE_NOOP

TEMPLATES = {
    "atomic.cannot_write": QT_TRANSLATE_NOOP("Notices", "cannot write in {target_parent}: {exc}"),
    "atomic.cannot_write_left": QT_TRANSLATE_NOOP("Notices", "cannot write {target}: {exc}; it was left as it was"),
    "atomic.folder_does_not_exist": QT_TRANSLATE_NOOP("Notices", "the folder {target_parent} does not exist"),
    "atomic.folder_name_file_write": QT_TRANSLATE_NOOP("Notices", "{target} is a folder; name a file to write"),
    "bounded_zip.damaged_cannot_unpacked": QT_TRANSLATE_NOOP(
        "Notices", "{name} is damaged ({filename} cannot be unpacked: {one_line_exc})"
    ),
    "bounded_zip.damaged_hostile_unpacks_more": QT_TRANSLATE_NOOP(
        "Notices",
        "{name} is damaged or hostile: {filename} unpacks to more than the {declared} bytes it declares (a zip bomb); it was not opened",
    ),
    "bounded_zip.takes_too_long_unpack": QT_TRANSLATE_NOOP(
        "Notices", "{name} takes too long to unpack; it was not opened"
    ),
    "bounded_zip.unpacks_more_mb_not": QT_TRANSLATE_NOOP(
        "Notices", "{name} unpacks to more than {most_mb} MB; it was not opened"
    ),
    "ics_guard.bytes_briefing_desk_reads": QT_TRANSLATE_NOOP(
        "Notices", "{path_name} is {size} bytes; Briefing Desk reads calendar files up to {mb}"
    ),
    "ics_guard.cannot_read": QT_TRANSLATE_NOOP("Notices", "cannot read {path}: {exc}"),
    "ics_guard.folder_not_calendar_file": QT_TRANSLATE_NOOP("Notices", "{path} is a folder, not a calendar file"),
    "ics_guard.holds_more_components_refused": QT_TRANSLATE_NOOP(
        "Notices", "{name} holds more than {max_components} components; it is refused"
    ),
    "ics_guard.holds_more_events_briefing": QT_TRANSLATE_NOOP(
        "Notices",
        "{name} holds more than {max_events} events; Briefing Desk reads at most that many at once: import a date range of it (ics import --from/--until, or pick the range in the preview)",
    ),
    "ics_guard.holds_more_events_pick": QT_TRANSLATE_NOOP(
        "Notices", "{name} holds more than {max_events} events from {window} to {window_2}; pick a shorter range"
    ),
    "ics_guard.holds_more_lines_event": QT_TRANSLATE_NOOP(
        "Notices", "{name} holds more than {max_kept_lines} lines of event data; it is refused"
    ),
    "ics_guard.larger_most_briefing_desk": QT_TRANSLATE_NOOP(
        "Notices", "{path_name} is larger than {mb}, the most Briefing Desk reads"
    ),
    "ics_guard.line_characters_line_refused": QT_TRANSLATE_NOOP(
        "Notices", "{name} has a line of {count_line} characters (line {number}); it is refused"
    ),
    "ics_guard.lists_more_dates_rdate": QT_TRANSLATE_NOOP(
        "Notices", "{name} lists more than {max_dates} dates in RDATE and EXDATE; it is refused"
    ),
    "ics_guard.nests_components_deep_not": QT_TRANSLATE_NOOP(
        "Notices", "{name} nests components {count_stack} deep; it is not a calendar we read"
    ),
    "ics_guard.not_calendar_binary_file": QT_TRANSLATE_NOOP(
        "Notices", "{path_name} is not a calendar (it is a binary file)"
    ),
    "ics_guard.not_calendar_does_not": QT_TRANSLATE_NOOP(
        "Notices", "{name} is not a calendar (it does not begin with BEGIN:VCALENDAR)"
    ),
    "ics_guard.not_calendar_not_utf": QT_TRANSLATE_NOOP(
        "Notices", "{path_name} is not a calendar (it is not UTF-8 text)"
    ),
    "ics_guard.not_valid_calendar_ends": QT_TRANSLATE_NOOP(
        "Notices", "{name} is not a valid calendar (it ends inside {stack})"
    ),
    "ics_guard.not_valid_calendar_line": QT_TRANSLATE_NOOP(
        "Notices", "{name} is not a valid calendar (line {number}: “{line}” closes nothing open)"
    ),
    "ics_guard.passed_over_time_zone": QT_TRANSLATE_NOOP("Notices", "passed over the time zone “{tzid}”: {problem}"),
    "ics_import.holds_more_sessions_once": QT_TRANSLATE_NOOP(
        "Notices",
        "{name} holds more than {max_sessions} sessions once its series are expanded; import a date range of it (ics import --from/--until) or a nearer horizon (--horizon)",
    ),
    "ics_import.malformed": QT_TRANSLATE_NOOP("Notices", "its {key} is malformed ({why})"),
    "ics_import.not_valid_calendar": QT_TRANSLATE_NOOP("Notices", "{name} is not a valid calendar ({exc})"),
    "ics_import.passed_over_changed_date": QT_TRANSLATE_NOOP(
        "Notices", "passed over a changed date of “{base_title}”: {broken}"
    ),
    "ics_import.passed_over_date_given": QT_TRANSLATE_NOOP(
        "Notices", "passed over {all_day} date(s) of “{base_title}” given without a time of day"
    ),
    "ics_import.repeats_past_imported_up": QT_TRANSLATE_NOOP(
        "Notices",
        "“{base_title}” repeats past {end}: imported up to then, the horizon (ics import --horizon YEARS reads further)",
    ),
    "ics_import.skipped": QT_TRANSLATE_NOOP("Notices", "skipped “{title}”: {why}"),
    "ics_import.skipped_all_day_event": QT_TRANSLATE_NOOP(
        "Notices", "skipped “{title}”: an all-day event or one without a start time"
    ),
    "ics_import.skipped_lasts_more_week": QT_TRANSLATE_NOOP("Notices", "skipped “{title}”: it lasts more than a week"),
    "ics_import.takes_too_long_read": QT_TRANSLATE_NOOP("Notices", "{name} takes too long to read; it is refused"),
    "ics_import.time_zone_neither_known": QT_TRANSLATE_NOOP(
        "Notices", "its time zone “{shown}” is neither a known zone nor defined in the file"
    ),
    "ics_import.until_not_date": QT_TRANSLATE_NOOP("Notices", "UNTIL={raw} is not a date"),
    "ics_import.uses_exrule_rfc_5545": QT_TRANSLATE_NOOP(
        "Notices", "it uses EXRULE, which RFC 5545 withdrew and Briefing Desk does not read"
    ),
    "ics_recurrence.all_day_series": QT_TRANSLATE_NOOP("Notices", "{what} is an all-day series"),
    "ics_recurrence.holds_too_many_sessions": QT_TRANSLATE_NOOP(
        "Notices", "it holds too many sessions once its series are expanded ({what})"
    ),
    "ics_recurrence.more_rrule": QT_TRANSLATE_NOOP("Notices", "{what} has more than one RRULE"),
    "ics_recurrence.more_sessions_before_horizon": QT_TRANSLATE_NOOP(
        "Notices",
        "{what} has more than {max_occurrences} sessions before the horizon; import a shorter range (ics import --from/--until or --horizon)",
    ),
    "ics_recurrence.uses_exrule_rfc_5545": QT_TRANSLATE_NOOP("Notices", "{what} uses EXRULE, which RFC 5545 withdrew"),
    "merge.keep_which": QT_TRANSLATE_NOOP("Notices", "keep “{choice}”: choose ours or theirs"),
    "package_plan.joins_as_member": QT_TRANSLATE_NOOP(
        "Notices", "Joins as a member: the {side} delegation here has its head."
    ),
    "package_plan.no_longer_head": QT_TRANSLATE_NOOP(
        "Notices", "No longer head: the package names another head of the {side} delegation."
    ),
    "package_plan.package_body_whose_sides": QT_TRANSLATE_NOOP(
        "Notices",
        "the package is from a body whose sides are {theirs}; this database's sides are {ours}, so it cannot be imported here",
    ),
    "package_plan.package_older_already_taken": QT_TRANSLATE_NOOP(
        "Notices",
        "This package is older than one already taken from {exported_by}: what it says about delegations and people is not applied.",
    ),
    "package_plan.retired_here_but_seated": QT_TRANSLATE_NOOP(
        "Notices", "{known_name} is retired here but seated by the package; reinstate them if active again."
    ),
    "package_read.action_item_listed_twice": QT_TRANSLATE_NOOP("Notices", "an action item is listed twice"),
    "package_read.agenda_item_presented_person": QT_TRANSLATE_NOOP(
        "Notices", "an agenda item is presented by person {entry}, who is not in the people list"
    ),
    "package_read.cannot_read": QT_TRANSLATE_NOOP("Notices", "cannot read {path}: {exc}"),
    "package_read.delegation_heads": QT_TRANSLATE_NOOP(
        "Notices", "the {code_given} delegation has {count_heads} heads"
    ),
    "package_read.delegation_names_person_who": QT_TRANSLATE_NOOP(
        "Notices", "a delegation names person {entry}, who is not in the people list"
    ),
    "package_read.folder_not_package": QT_TRANSLATE_NOOP("Notices", "{path} is a folder, not a package"),
    "package_read.item_agenda_version_no": QT_TRANSLATE_NOOP("Notices", "an item of agenda version “{v}” has no title"),
    "package_read.more_agenda_version_agreed": QT_TRANSLATE_NOOP("Notices", "more than one agenda version is agreed"),
    "package_read.names_side_not_package": QT_TRANSLATE_NOOP(
        "Notices", "{what} names side “{code_given}”, which is not one of the package's sides {codes}"
    ),
    "package_read.not_package_holds_no": QT_TRANSLATE_NOOP(
        "Notices", "{name} is not a package (it holds no {manifest})"
    ),
    "package_read.not_package_not_readable": QT_TRANSLATE_NOOP(
        "Notices", "{name} is not a package (it is not a readable zip archive)"
    ),
    "package_read.not_package_not_readable_2": QT_TRANSLATE_NOOP(
        "Notices", "{name} is not a package (it is not a readable zip archive: {exc})"
    ),
    "package_read.not_package_not_zip": QT_TRANSLATE_NOOP(
        "Notices", "{name} is not a package (it is not a zip archive)"
    ),
    "package_read.not_package_ours_not": QT_TRANSLATE_NOOP(
        "Notices", "{name} is not a package of ours ({what}, not “{format_name}”)"
    ),
    "package_read.person_listed_twice": QT_TRANSLATE_NOOP("Notices", "person {person} is listed twice"),
    "package_read.person_sits_twice_delegations": QT_TRANSLATE_NOOP(
        "Notices", "person {person} sits twice in the delegations"
    ),
    "package_read.refused_cannot_read": QT_TRANSLATE_NOOP(
        "Notices", "{name} is refused: {filename} cannot be read ({exc})"
    ),
    "package_read.refused_checksum_mismatch": QT_TRANSLATE_NOOP(
        "Notices", "{name} is refused: checksum mismatch ({what})"
    ),
    "package_read.refused_checksum_mismatch_2": QT_TRANSLATE_NOOP(
        "Notices", "{name} is refused: checksum mismatch in {member}"
    ),
    "package_read.refused_checksum_mismatch_damaged": QT_TRANSLATE_NOOP(
        "Notices", "{name} is refused: checksum mismatch in {filename} (it is damaged)"
    ),
    "package_read.refused_checksum_mismatch_size": QT_TRANSLATE_NOOP(
        "Notices", "{name} is refused: checksum mismatch in {member} (its size is not the one listed)"
    ),
    "package_read.refused_does_not_match": QT_TRANSLATE_NOOP(
        "Notices", "{name} is refused: {member} does not match the package schema at {where} ({short_text_message})"
    ),
    "package_read.refused_encrypted": QT_TRANSLATE_NOOP("Notices", "{name} is refused: {member} is encrypted"),
    "package_read.refused_manifest_names_same": QT_TRANSLATE_NOOP(
        "Notices", "{name} is refused: its manifest names the same side twice"
    ),
    "package_read.refused_not_valid": QT_TRANSLATE_NOOP(
        "Notices", "{name} is refused: {session} is not valid: {reason}"
    ),
    "package_read.refused_not_valid_json": QT_TRANSLATE_NOOP(
        "Notices", "{name} is refused: {member} is not valid JSON ({exc})"
    ),
    "package_read.refused_package_format_version": QT_TRANSLATE_NOOP(
        "Notices",
        "{name} is refused: package format version {version} is not one this version reads ({format_version}){hint}",
    ),
    "package_read.refused_side_manifest": QT_TRANSLATE_NOOP(
        "Notices", "{name} is refused: side {entry} in its manifest has an {exc}"
    ),
    "package_read.refused_takes_too_long": QT_TRANSLATE_NOOP(
        "Notices", "{name} is refused: it takes too long to read (too large or too complex)"
    ),
    "package_read.refused_uses_compression_briefing": QT_TRANSLATE_NOOP(
        "Notices", "{name} is refused: {member} uses a compression Briefing Desk does not read"
    ),
    "package_read.session_no_title": QT_TRANSLATE_NOOP("Notices", "the session has no title"),
    "package_read.session_uid_not_manifest": QT_TRANSLATE_NOOP(
        "Notices", "its session UID is not the one the manifest names"
    ),
    "package_read.too_large_agenda_versions": QT_TRANSLATE_NOOP(
        "Notices", "{name} is too large: its agenda versions hold {count} items (at most {max_agenda_items})"
    ),
    "package_read.too_large_bytes_package": QT_TRANSLATE_NOOP(
        "Notices", "{name} is too large ({size} bytes); a package holds at most {max_total_bytes}"
    ),
    "package_read.too_large_does_not": QT_TRANSLATE_NOOP(
        "Notices", "{name} is too large: {filename} does not hold what its header declares"
    ),
    "package_read.too_large_holds_bytes": QT_TRANSLATE_NOOP(
        "Notices", "{name} is too large: {member} holds {file_size} bytes (at most {limit})"
    ),
    "package_read.too_large_holds_more": QT_TRANSLATE_NOOP(
        "Notices", "{name} is too large: it holds more than {max_actions} action items"
    ),
    "package_read.too_large_holds_more_2": QT_TRANSLATE_NOOP(
        "Notices", "{name} is too large: {member} holds more than its declared {file_size} bytes"
    ),
    "package_read.too_large_members_unpack": QT_TRANSLATE_NOOP(
        "Notices", "{name} is too large: its members unpack to more than {max_total_bytes}"
    ),
    "package_read.too_large_package_holds": QT_TRANSLATE_NOOP(
        "Notices", "{name} is too large; a package holds at most {max_total_bytes}"
    ),
    "package_read.too_large_unpacks_times": QT_TRANSLATE_NOOP(
        "Notices", "{name} is too large: {member} unpacks {ratio} times its size (a zip bomb?)"
    ),
    "package_read.too_many_members_directory": QT_TRANSLATE_NOOP(
        "Notices",
        "{name} has too many members (its directory holds {directory_bytes} bytes, at most {max_directory_bytes})",
    ),
    "package_read.too_many_members_package": QT_TRANSLATE_NOOP(
        "Notices", "{name} has too many members ({here}; a package holds at most {max_members})"
    ),
    "package_read.too_many_members_package_2": QT_TRANSLATE_NOOP(
        "Notices", "{name} has too many members ({count_infos}; a package holds at most {max_members})"
    ),
    "package_read.unknown_member_package_holds": QT_TRANSLATE_NOOP(
        "Notices", "{name} has an unknown member “{unknown}”; a package holds only {members}"
    ),
    "package_read.unsafe_path_appears_twice": QT_TRANSLATE_NOOP(
        "Notices", "{name} has an unsafe path: “{twice}” appears twice"
    ),
    "package_read.unsafe_path_folder_refused": QT_TRANSLATE_NOOP(
        "Notices", "{name} has an unsafe path “{filename}” (a folder); it is refused"
    ),
    "package_read.unsafe_path_refused": QT_TRANSLATE_NOOP(
        "Notices", "{name} has an unsafe path “{filename}” ({problem}); it is refused"
    ),
    "package_read.unsafe_path_symbolic_link": QT_TRANSLATE_NOOP(
        "Notices", "{name} has an unsafe path “{filename}” (a symbolic link); it is refused"
    ),
    "package_read.update_hint": QT_TRANSLATE_NOOP("Notices", "; update Briefing Desk to read it"),
    "package_read_v2.action_item_due_date": QT_TRANSLATE_NOOP(
        "Notices", "an action item's due date “{entry}” is not a date"
    ),
    "package_read_v2.action_item_names_side": QT_TRANSLATE_NOOP(
        "Notices", "an action item names side “{owner_side}”, which is not one of the package's sides"
    ),
    "package_read_v2.action_item_no_text": QT_TRANSLATE_NOOP("Notices", "an action item has no text"),
    "package_read_v2.agenda_item_listed_twice": QT_TRANSLATE_NOOP("Notices", "an agenda item is listed twice"),
    "package_read_v2.agenda_version_holds_same": QT_TRANSLATE_NOOP(
        "Notices", "agenda version “{v_label}” holds the same item twice"
    ),
    "package_read_v2.agenda_version_listed_twice": QT_TRANSLATE_NOOP("Notices", "an agenda version is listed twice"),
    "package_read_v2.change_clock_names_side": QT_TRANSLATE_NOOP(
        "Notices", "a change clock names side “{code_given}”, which is not one of the package's sides"
    ),
    "people_csv.empty_line_1_should": QT_TRANSLATE_NOOP(
        "Notices", "{path_name} is empty; line 1 should be the header (name, name_ko, title, …)"
    ),
    "people_csv.holds_binary_data_not": QT_TRANSLATE_NOOP(
        "Notices", "{path_name} holds binary data; it is not a CSV file"
    ),
    "people_csv.larger_10_mb_people": QT_TRANSLATE_NOOP(
        "Notices", "{path_name} is larger than 10 MB; a people list may be at most 10 MB"
    ),
    "people_csv.line_not_well_formed": QT_TRANSLATE_NOOP(
        "Notices", "line {start}: {path_name} is not a well-formed CSV file ({exc})"
    ),
    "people_csv.line_row_too_wide": QT_TRANSLATE_NOOP(
        "Notices", "line {start}: the row is too wide or a cell too long for a people list"
    ),
    "people_csv.looks_like_utf_16": QT_TRANSLATE_NOOP("Notices", "{name} looks like UTF-16 but is not (byte {start})"),
    "people_csv.mb_people_list_may": QT_TRANSLATE_NOOP(
        "Notices", "{path_name} is {size_mb} MB; a people list may be at most 10 MB"
    ),
    "people_csv.more_rows_split_list": QT_TRANSLATE_NOOP(
        "Notices", "{path_name} has more than {max_rows} rows; split the list"
    ),
    "people_csv.neither_utf_8_utf": QT_TRANSLATE_NOOP(
        "Notices",
        "{name} is neither UTF-8, UTF-16 nor CP949/EUC-KR text; in Excel save it as 'CSV UTF-8 (comma delimited)'",
    ),
    "people_layouts.column_appears_twice": QT_TRANSLATE_NOOP("Notices", "the column “{key}” appears twice"),
    "people_layouts.header_no_name_column": QT_TRANSLATE_NOOP(
        "Notices", "the header has no name column ('name' or '성명'; found {found})"
    ),
    "people_lists.e_mail_not_address": QT_TRANSLATE_NOOP("Notices", "e-mail “{email}” is not an address"),
    "people_lists.export_csv_xlsx_file": QT_TRANSLATE_NOOP("Notices", "{path_name}: export to a .csv or .xlsx file"),
    "people_lists.line_problem": QT_TRANSLATE_NOOP("Notices", "line {line}: {problem}"),
    "people_lists.longer_characters": QT_TRANSLATE_NOOP("Notices", "{key} is longer than {max_short_field} characters"),
    "people_lists.name_empty": QT_TRANSLATE_NOOP("Notices", "name is empty"),
    "people_lists.no_file": QT_TRANSLATE_NOOP("Notices", "there is no file {path}"),
    "people_lists.people_list_csv_xlsx": QT_TRANSLATE_NOOP(
        "Notices", "{path_name}: a people list is a .csv, .xlsx or .vcf file"
    ),
    "people_lists.refused": QT_TRANSLATE_NOOP("Notices", "{shown} — nothing was imported from {source}"),
    "people_lists.refused_more": QT_TRANSLATE_NOOP(
        "Notices", "{shown}; and {more} more — nothing was imported from {source}"
    ),
    "people_lists.side_empty_add_side": QT_TRANSLATE_NOOP(
        "Notices", "side is empty (add a 'side' column, or choose the side of the whole list)"
    ),
    "people_lists.side_unknown_use": QT_TRANSLATE_NOOP("Notices", "side “{side_text}” is unknown; use {known}"),
    "people_xlsx.cannot_read_workbook": QT_TRANSLATE_NOOP(
        "Notices", "{path_name} cannot be read as a workbook: {one_line_exc}"
    ),
    "people_xlsx.contains_macros_save_xlsx": QT_TRANSLATE_NOOP(
        "Notices", "{path_name} contains macros; save it as .xlsx (Excel Workbook) without them"
    ),
    "people_xlsx.damaged_workbook": QT_TRANSLATE_NOOP("Notices", "{path_name} is a damaged workbook: {one_line_exc}"),
    "people_xlsx.line_1_should_header": QT_TRANSLATE_NOOP(
        "Notices", "{path_name}: line 1 should be the header (name, name_ko, title, …)"
    ),
    "people_xlsx.line_row_too_wide": QT_TRANSLATE_NOOP(
        "Notices", "line {line}: the row is too wide or a cell too long for a people list"
    ),
    "people_xlsx.macro_enabled_workbook_save": QT_TRANSLATE_NOOP(
        "Notices", "{path_name} is a macro-enabled workbook; save it as .xlsx (Excel Workbook) first"
    ),
    "people_xlsx.mb_people_list_may": QT_TRANSLATE_NOOP(
        "Notices", "{path_name} is {size_mb} MB; a people list may be at most 10 MB"
    ),
    "people_xlsx.more_rows_split_list": QT_TRANSLATE_NOOP(
        "Notices", "{path_name} has more than {max_rows} rows; split the list"
    ),
    "people_xlsx.not_excel_workbook_xlsx": QT_TRANSLATE_NOOP(
        "Notices", "{path_name} is not an Excel workbook (.xlsx files are zip archives)"
    ),
    "people_xlsx.old_excel_97_2003": QT_TRANSLATE_NOOP(
        "Notices", "{path_name} is an old Excel 97-2003 file; save it as .xlsx first"
    ),
    "people_xlsx.unpacks_more_100_mb": QT_TRANSLATE_NOOP(
        "Notices", "{path_name} unpacks to more than 100 MB; a people list is far smaller"
    ),
    "people_xlsx.zip_archive_but_not": QT_TRANSLATE_NOOP(
        "Notices", "{path_name} is a zip archive but not an Excel workbook"
    ),
    "plan_agenda.agreement_conflict_marked_agreed": QT_TRANSLATE_NOOP(
        "Notices",
        "Agreement conflict: {them} marked '{incoming_label}' agreed, we marked '{version_label}' agreed; ours stays locked until the two desks settle it.",
    ),
    "plan_session.copy_older": QT_TRANSLATE_NOOP(
        "Notices", "The package's copy is older (sequence {theirs} < ours {ours}); ours is kept."
    ),
    "plan_session.fields_older": QT_TRANSLATE_NOOP(
        "Notices", "The package's {fields} are older than ours; ours are kept."
    ),
    "plan_session.number_taken": QT_TRANSLATE_NOOP(
        "Notices", "Session number {number} is taken here; the session becomes number {next_number}."
    ),
    "vcard.holds_binary_data_not": QT_TRANSLATE_NOOP(
        "Notices", "{path_name} holds binary data; it is not a vCard file"
    ),
    "vcard.holds_no_vcard_begin": QT_TRANSLATE_NOOP("Notices", "{path_name} holds no vCard (BEGIN:VCARD … END:VCARD)"),
    "vcard.line_value_too_long": QT_TRANSLATE_NOOP("Notices", "line {number}: a value is too long for a people list"),
    "vcard.line_vcard_file_characters": QT_TRANSLATE_NOOP(
        "Notices", "line {number} of the vCard file is {count_raw} characters long; it is refused"
    ),
    "vcard.mb_people_list_may": QT_TRANSLATE_NOOP(
        "Notices", "{path_name} is {size_mb} MB; a people list may be at most 10 MB"
    ),
    "vcard.more_cards_split_file": QT_TRANSLATE_NOOP(
        "Notices", "{path_name} has more than {max_rows} cards; split the file"
    ),
    "vcard.not_vcard_file_does": QT_TRANSLATE_NOOP(
        "Notices", "{path_name} is not a vCard file (it does not begin with BEGIN:VCARD)"
    ),
}
