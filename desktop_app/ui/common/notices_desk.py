# ruff: noqa: E501  (each sentence is one literal: the catalogue's source text, read whole by lupdate)
"""Refusals of the desk's own work (people, delegations, agenda, actions, packets, holidays, body setup).

The core says each sentence in English with its code (``desktop_app.domain.notices``); these are the
sentences the Korean catalogue translates, by code, with the values named as the core names them.
"""

from __future__ import annotations

from desktop_app.ui.common.i18n import QT_TRANSLATE_NOOP

TEMPLATES = {
    "actions.action_item_needs_text": QT_TRANSLATE_NOOP(
        "Notices", "an action item needs a text saying what is to be done"
    ),
    "actions.action_item_not_been": QT_TRANSLATE_NOOP("Notices", "the action item has not been saved yet"),
    "actions.action_item_text_most": QT_TRANSLATE_NOOP(
        "Notices", "an action item's text has at most {max_text} characters"
    ),
    "actions.agenda_item_not_session": QT_TRANSLATE_NOOP(
        "Notices", "agenda item {agenda_item_id} is not on this session's agenda"
    ),
    "actions.closing_action_item_makes": QT_TRANSLATE_NOOP(
        "Notices", "closing an action item makes it done or dropped, not open"
    ),
    "agenda.agenda_item_not_been": QT_TRANSLATE_NOOP("Notices", "the agenda item has not been saved yet"),
    "agenda.agenda_version_belongs_another": QT_TRANSLATE_NOOP(
        "Notices", "agenda version {version_id} belongs to another session"
    ),
    "agenda.no_person_present_item": QT_TRANSLATE_NOOP(
        "Notices", "there is no person {presenter_id} to present the item"
    ),
    "agenda_drafting.current_version_not_draft": QT_TRANSLATE_NOOP(
        "Notices",
        "the current version '{latest_label}' ({proposed_by}, {latest_status}) is not a draft of ours; start one with 'agenda new SESSION'",
    ),
    "agenda_drafting.no_item": QT_TRANSLATE_NOOP("Notices", "'{version_label}' has no item {number}"),
    "agenda_drafting.session_no_agenda_yet": QT_TRANSLATE_NOOP(
        "Notices", "this session has no agenda yet; start a draft with 'agenda new SESSION'"
    ),
    "agenda_rules.agenda_item_needs_title": QT_TRANSLATE_NOOP(
        "Notices", "an agenda item needs a title in English or Korean"
    ),
    "agenda_rules.agenda_item_not_version": QT_TRANSLATE_NOOP(
        "Notices", "agenda item {item_id} is not in this version"
    ),
    "agenda_rules.agreed_version_locked_reopen": QT_TRANSLATE_NOOP(
        "Notices", "an agreed version is locked; reopen it (back to proposed) or edit a new draft from it"
    ),
    "agenda_rules.first_item_cannot_sub": QT_TRANSLATE_NOOP("Notices", "the first item cannot be a sub-item"),
    "agenda_rules.lead_side_not_body": QT_TRANSLATE_NOOP(
        "Notices", "lead side “{lead_side}” is not one of this body's sides {list_side_codes}"
    ),
    "agenda_rules.level_not_0_item": QT_TRANSLATE_NOOP(
        "Notices", "level {level} is not 0 (item or section) or 1 (sub-item)"
    ),
    "agenda_rules.minutes_must_between_0": QT_TRANSLATE_NOOP(
        "Notices", "minutes must be between 0 and {max_item_minutes}, not {minutes}"
    ),
    "agenda_rules.sub_item_cannot_come": QT_TRANSLATE_NOOP(
        "Notices", "a sub-item cannot come first; make it an item or put it below one"
    ),
    "agenda_rules.version_agreed_locked_edit": QT_TRANSLATE_NOOP(
        "Notices",
        'version {version_version} "{version_label}" is agreed and locked; edit a new draft made from it (its talking points, notes and outcomes stay editable)',
    ),
    "agenda_rules.version_already": QT_TRANSLATE_NOOP("Notices", "the version is already {new}"),
    "agenda_rules.version_cannot_become_goes": QT_TRANSLATE_NOOP(
        "Notices", "a {current} version cannot become {new}; it goes draft → proposed → agreed"
    ),
    "agenda_versions.version_label_most_characters": QT_TRANSLATE_NOOP(
        "Notices", "a version label has at most {max_label} characters"
    ),
    "agenda_versions.version_needs_label_such": QT_TRANSLATE_NOOP(
        "Notices", 'a version needs a label, such as "our draft 2"'
    ),
    "agenda_versions.version_only_draft_can": QT_TRANSLATE_NOOP(
        "Notices", "version {version_version} is {version_status}; only a draft can be deleted"
    ),
    "and_more": QT_TRANSLATE_NOOP("Notices", " (and {count} more)"),
    "body.already_holds_sessions_people": QT_TRANSLATE_NOOP(
        "Notices", "{path} already holds sessions or people; change its body with 'body edit'"
    ),
    "body.body_already_set_up": QT_TRANSLATE_NOOP(
        "Notices", "the body is already set up as “{body_name}”; change it with 'body edit'"
    ),
    "body.body_been_changed_since": QT_TRANSLATE_NOOP(
        "Notices", "the body “{body_name}” has been changed since; nothing was changed"
    ),
    "body.body_needs_name": QT_TRANSLATE_NOOP("Notices", "the body needs a name"),
    "body.body_uid_not_uuid": QT_TRANSLATE_NOOP("Notices", "body UID “{uid}” is not a UUID such as 0f8c…-…"),
    "body.default_session_length_must": QT_TRANSLATE_NOOP(
        "Notices", "default session length must be between 5 minutes and a day"
    ),
    "body.home_side_not": QT_TRANSLATE_NOOP("Notices", "home side “{home_side}” is not one of {codes}"),
    "body.our_side_counterpart_side": QT_TRANSLATE_NOOP(
        "Notices", "our side and the counterpart side are both {ours_code}; they need different codes"
    ),
    "body.our_side_counterpart_side_2": QT_TRANSLATE_NOOP(
        "Notices", "our side and the counterpart side are both {new_home_code}; they need different codes"
    ),
    "body.side_code_cannot_change": QT_TRANSLATE_NOOP(
        "Notices", "a side's code cannot change while sessions or people of that side exist; nothing was changed"
    ),
    "body.side_code_must_2": QT_TRANSLATE_NOOP("Notices", "side code “{code_given}” must be 2 to 8 capital letters"),
    "body.side_holiday_country_must": QT_TRANSLATE_NOOP(
        "Notices", "side {code_given}: holiday country “{holiday_country}” must be a two-letter ISO code such as KR"
    ),
    "body.side_needs_name": QT_TRANSLATE_NOOP("Notices", "side {code_given} needs a name"),
    "body.side_no_public_holidays": QT_TRANSLATE_NOOP(
        "Notices", "side {code_given}: no public holidays are known for country “{holiday_country}”"
    ),
    "body.side_not_app_knows": QT_TRANSLATE_NOOP(
        "Notices", "side {side_given} is not one this app knows (ROK, US): give it {missing}"
    ),
    "body.two_sides_need_different": QT_TRANSLATE_NOOP("Notices", "the two sides need different codes"),
    "body.unknown_side_body_sides": QT_TRANSLATE_NOOP(
        "Notices", "unknown side “{code_given}”; this body's sides are {side_codes}"
    ),
    "body.unknown_time_zone_use": QT_TRANSLATE_NOOP(
        "Notices", "unknown time zone “{name}” (use an IANA name such as Asia/Seoul)"
    ),
    "brief.field_longer_characters": QT_TRANSLATE_NOOP(
        "Notices", "the {field} field is longer than {max_field_chars} characters"
    ),
    "brief.session_most_objectives_line": QT_TRANSLATE_NOOP(
        "Notices", "a session has at most {max_objectives} objectives (one a line)"
    ),
    "calendar_files.horizon_1_years_not": QT_TRANSLATE_NOOP(
        "Notices", "the horizon is 1 to {max_horizon_years} years (not {horizon_years})"
    ),
    "calendar_files.kept_ours_file_older": QT_TRANSLATE_NOOP(
        "Notices", "kept ours of “{current_title}”: the file's is older ({older})"
    ),
    "calendar_files.range_ends_before_begins": QT_TRANSLATE_NOOP(
        "Notices", "the range ends ({last}) before it begins ({first})"
    ),
    "calendar_holidays.briefing_desk_does_not": QT_TRANSLATE_NOOP(
        "Notices", "Briefing Desk does not know which country's holidays {side_name} keeps"
    ),
    "calendar_holidays.holiday_needs_name_most": QT_TRANSLATE_NOOP(
        "Notices", "a holiday needs a name of at most 200 characters"
    ),
    "calendar_holidays.lists_more_holidays_refused": QT_TRANSLATE_NOOP(
        "Notices", "{source_name} lists more than {max_holidays_in_file} holidays; it is refused"
    ),
    "calendar_holidays.not_valid_calendar": QT_TRANSLATE_NOOP(
        "Notices", "{source_name} is not a valid calendar ({exc})"
    ),
    "calendar_holidays.outside_dates_briefing_desk": QT_TRANSLATE_NOOP(
        "Notices", "{day} is outside the dates Briefing Desk reads ({earliest_year}–{latest_year})"
    ),
    "calendar_holidays.public_holiday_been_changed": QT_TRANSLATE_NOOP(
        "Notices", "the public holiday on {day} ({country}) has been changed since; nothing was changed"
    ),
    "calendar_holidays.skipped_holiday_more_two": QT_TRANSLATE_NOOP(
        "Notices", "skipped “{title}”: a holiday of more than two weeks"
    ),
    "calendar_holidays.skipped_not_all_day": QT_TRANSLATE_NOOP("Notices", "skipped “{title}”: not an all-day date"),
    "dates.outside_years_briefing_desk": QT_TRANSLATE_NOOP(
        "Notices", "{what} {shown} is outside the years Briefing Desk accepts ({range_text})"
    ),
    "dates.year_outside_years_briefing": QT_TRANSLATE_NOOP(
        "Notices", "{what} in the year {year} is outside the years Briefing Desk accepts ({range_text})"
    ),
    "delegations.already_delegations_session": QT_TRANSLATE_NOOP(
        "Notices", "{person_name} is already in the delegations of session {session_id}"
    ),
    "delegations.already_heads_delegation_make": QT_TRANSLATE_NOOP(
        "Notices",
        "{head_name} already heads the {person_side} delegation; make them deputy or member before naming {person_name} head",
    ),
    "delegations.head_delegation_sits_first": QT_TRANSLATE_NOOP(
        "Notices", "the head of delegation sits first; {head_name} must stay at the top"
    ),
    "delegations.new_order_must_name": QT_TRANSLATE_NOOP(
        "Notices", "the new order must name each member of the {side} delegation exactly once"
    ),
    "delegations.no_earlier_session_delegation": QT_TRANSLATE_NOOP(
        "Notices", "no earlier session has a delegation to copy"
    ),
    "delegations.not_delegations_session": QT_TRANSLATE_NOOP(
        "Notices", "{person_name} is not in the delegations of session {session_id}"
    ),
    "delegations.retired_reinstate_them_before": QT_TRANSLATE_NOOP(
        "Notices", "{person_name} is retired; reinstate them before adding them to a delegation"
    ),
    "delegations.unknown_side": QT_TRANSLATE_NOOP("Notices", "unknown side “{code_given}”"),
    "demo.already_holds_fills_empty": QT_TRANSLATE_NOOP(
        "Notices", "{path} already holds {held}; {what} fills an empty database — use --db NEW_FILE"
    ),
    "demo.large_body_needs_least": QT_TRANSLATE_NOOP("Notices", "a large body needs at least one year"),
    "docx_writer.template_cannot_read_word": QT_TRANSLATE_NOOP(
        "Notices", "the template {template} cannot be read as a Word document ({exc})"
    ),
    "maintenance.backup_failed_database_unchanged": QT_TRANSLATE_NOOP(
        "Notices", "the backup of {database} failed: {exc}; the database is unchanged"
    ),
    "maintenance.cannot_read_back_up": QT_TRANSLATE_NOOP("Notices", "cannot read {database} to back it up: {exc}"),
    "maintenance.does_not_exist": QT_TRANSLATE_NOOP("Notices", "{path} does not exist"),
    "maintenance.sound_file_but": QT_TRANSLATE_NOOP("Notices", "{path} is sound as a file, but {problems}{more}"),
    "package_apply.no_suggestion": QT_TRANSLATE_NOOP("Notices", "there is no suggestion {number}"),
    "package_body.package_body_database_serves": QT_TRANSLATE_NOOP(
        "Notices",
        "the package is of the body {named_incoming}; this database serves {named_ours}, so it was not imported (nothing was changed)",
    ),
    "package_body.package_does_not_say": QT_TRANSLATE_NOOP(
        "Notices", "the package does not say side {incoming_code}'s time zone; set the body up first ('body setup')"
    ),
    "packages.folder_does_not_exist": QT_TRANSLATE_NOOP("Notices", "the folder {folder} does not exist"),
    "packages.package_file_must_end": QT_TRANSLATE_NOOP(
        "Notices", "the package file must end in {suffix} (got {target_name})"
    ),
    "packages.packet_ics_can_only": QT_TRANSLATE_NOOP(
        "Notices", "the packet and the .ics can only be written beside a package that holds them"
    ),
    "packets.cannot_find_free_temporary": QT_TRANSLATE_NOOP(
        "Notices", "cannot find a free temporary name in {target_parent}"
    ),
    "packets.cannot_write": QT_TRANSLATE_NOOP("Notices", "cannot write in {target_parent}: {exc}"),
    "packets.folder_does_not_exist": QT_TRANSLATE_NOOP("Notices", "the folder {out_path_parent} does not exist"),
    "packets.folder_name_packet_file": QT_TRANSLATE_NOOP("Notices", "{out_path} is a folder; name the packet file"),
    "packets.korean_edition_korean_delegation": QT_TRANSLATE_NOOP(
        "Notices", "the Korean edition is for a Korean delegation; this copy's side is {home_name}"
    ),
    "packets.number_copies_must_between": QT_TRANSLATE_NOOP(
        "Notices", "the number of copies must be between 1 and {max_copies} (got {copies})"
    ),
    "packets.packet_cancelled_nothing_written": QT_TRANSLATE_NOOP(
        "Notices", "the packet was cancelled; nothing was written"
    ),
    "packets.packet_could_not_written": QT_TRANSLATE_NOOP(
        "Notices", "the packet could not be written to {target}: {exc}"
    ),
    "packets.packet_file_must_end": QT_TRANSLATE_NOOP(
        "Notices", "the packet file must end in .docx (got {out_path_name})"
    ),
    "packets.packet_language_must_got": QT_TRANSLATE_NOOP(
        "Notices", "the packet's language must be one of {languages} (got “{language}”)"
    ),
    "packets.template_packet_cannot_same": QT_TRANSLATE_NOOP(
        "Notices", "the template and the packet cannot be the same file"
    ),
    "packets_brief.item_aim_most_characters": QT_TRANSLATE_NOOP(
        "Notices", "an item's aim is at most {max_aim_chars} characters"
    ),
    "pdf.libreoffice_could_not_convert": QT_TRANSLATE_NOOP(
        "Notices", "LibreOffice could not convert {source_name} to PDF; no PDF was written"
    ),
    "pdf.libreoffice_needed_pdf_but": QT_TRANSLATE_NOOP(
        "Notices",
        "LibreOffice is needed for --pdf but was not found (no 'soffice' program); install LibreOffice, or leave out --pdf",
    ),
    "pdf.pdf_could_not_written": QT_TRANSLATE_NOOP("Notices", "the PDF could not be written: {exc}"),
    "pdf.timed_out": QT_TRANSLATE_NOOP(
        "Notices", "LibreOffice did not finish the PDF within {seconds} seconds; no PDF was written"
    ),
    "people.different_sides_correct_side": QT_TRANSLATE_NOOP(
        "Notices",
        "{keep_name} ({keep_side}) and {merge_name} ({merge_side}) are on different sides; correct the side of one first if they are the same person",
    ),
    "people.named_sessions_agendas_retire": QT_TRANSLATE_NOOP(
        "Notices", "{person_name} is named in sessions or agendas; retire them instead"
    ),
    "people.no_person_give_id": QT_TRANSLATE_NOOP(
        "Notices", "there is no person “{key}” (give an id from 'people list' or an e-mail)"
    ),
    "people.only_saved_record_can": QT_TRANSLATE_NOOP("Notices", "only a saved record can be put back"),
    "people.people_have_e_mail": QT_TRANSLATE_NOOP(
        "Notices", "{count_matches} people have the e-mail “{key}”; name one by its id"
    ),
    "people.record_cannot_merged_itself": QT_TRANSLATE_NOOP("Notices", "a record cannot be merged with itself"),
    "people_io.layout_csv_file_export": QT_TRANSLATE_NOOP(
        "Notices", "the {layout_name} layout is a CSV file: export to a .csv"
    ),
    "people_io.layout_not": QT_TRANSLATE_NOOP("Notices", "the layout is one of {export_layouts} (not “{layout}”)"),
    "people_io.now_sits_session_import": QT_TRANSLATE_NOOP(
        "Notices", "{person_name} now sits in a session; the import can no longer be undone"
    ),
    "person.e_mail_not_address": QT_TRANSLATE_NOOP("Notices", "e-mail “{email}” is not an address"),
    "person.name_empty": QT_TRANSLATE_NOOP("Notices", "name is empty"),
    "preferences.backup_folder_cannot_made": QT_TRANSLATE_NOOP(
        "Notices", "the backup folder {chosen} cannot be made: {chosen_parent} does not exist"
    ),
    "preferences.backup_folder_must_full": QT_TRANSLATE_NOOP(
        "Notices", "the backup folder must be a full path, not “{folder}”"
    ),
    "preferences.characters_long_most_fit": QT_TRANSLATE_NOOP(
        "Notices", "the {label} is {count_text} characters long; at most {limit} fit"
    ),
    "preferences.file_not_folder_backups": QT_TRANSLATE_NOOP(
        "Notices", "{chosen} is a file, not a folder; backups need a folder"
    ),
    "preferences.must_line": QT_TRANSLATE_NOOP("Notices", "the {label} must be one line"),
    "preferences.no_public_holidays_known": QT_TRANSLATE_NOOP(
        "Notices", "{side_code}: no public holidays are known for country “{country}”"
    ),
    "preferences.text": QT_TRANSLATE_NOOP("Notices", "{side_name}: {problem}"),
    "preferences.unknown_side_body_sides": QT_TRANSLATE_NOOP(
        "Notices", "unknown side “{unknown}”; this body's sides are {side_codes}"
    ),
    "preferences.zone_needed": QT_TRANSLATE_NOOP("Notices", "a time zone is needed (an IANA name such as Asia/Seoul)"),
    "preferences.zone_not_a_place": QT_TRANSLATE_NOOP(
        "Notices", "“{zone}” is not a place in the IANA time zone database (use a name such as America/New_York)"
    ),
    "recurrence.asks_sessions_briefing_desk": QT_TRANSLATE_NOOP(
        "Notices", "{what} asks for {count} sessions; Briefing Desk plans at most {max_occurrences}"
    ),
    "recurrence.both_end_date_number": QT_TRANSLATE_NOOP(
        "Notices", "{what} has both an end date and a number of sessions; give one"
    ),
    "recurrence.byday_asks_weekday_no": QT_TRANSLATE_NOOP(
        "Notices", "{what}: BYDAY={parts} asks for a weekday that no month has"
    ),
    "recurrence.byday_not_list_weekdays": QT_TRANSLATE_NOOP(
        "Notices", "{what}: BYDAY={parts} is not a list of weekdays"
    ),
    "recurrence.bysetpos_needs_freq_monthly": QT_TRANSLATE_NOOP(
        "Notices", "{what}: BYSETPOS needs FREQ=MONTHLY or YEARLY"
    ),
    "recurrence.combines_numbered_weekday_bymonthday": QT_TRANSLATE_NOOP(
        "Notices", "{what} combines a numbered weekday with BYMONTHDAY, which Briefing Desk does not read"
    ),
    "recurrence.count_not_positive_number": QT_TRANSLATE_NOOP(
        "Notices", "{what}: COUNT={parts} is not a positive number"
    ),
    "recurrence.empty_too_long": QT_TRANSLATE_NOOP("Notices", "{what} is empty or too long"),
    "recurrence.gives_both_count_until": QT_TRANSLATE_NOOP(
        "Notices", "{what} gives both COUNT and UNTIL (RFC 5545 allows one)"
    ),
    "recurrence.gives_twice": QT_TRANSLATE_NOOP("Notices", "{what} gives {key} twice"),
    "recurrence.goes_past": QT_TRANSLATE_NOOP("Notices", "{what} goes on past {day} {limit}; {bound}"),
    "recurrence.more_sessions": QT_TRANSLATE_NOOP(
        "Notices", "{what} has more than {max_occurrences} sessions; {bound}"
    ),
    "recurrence.needs_freq_daily_weekly": QT_TRANSLATE_NOOP(
        "Notices", "{what} needs FREQ=DAILY, WEEKLY, MONTHLY or YEARLY (it has {freq_given})"
    ),
    "recurrence.never_ends_give_end": QT_TRANSLATE_NOOP(
        "Notices",
        "{what} never ends: give it an end date or a number of sessions (at most {max_occurrences} within {window_years} years)",
    ),
    "recurrence.never_happens_no_month": QT_TRANSLATE_NOOP("Notices", "{what} never happens: no month has day {parts}"),
    "recurrence.not_key_value": QT_TRANSLATE_NOOP("Notices", "{what}: “{item}” is not KEY=VALUE"),
    "recurrence.not_list_numbers": QT_TRANSLATE_NOOP(
        "Notices", "{what}: {key}={value} is not a list of numbers from {low} to {high}"
    ),
    "recurrence.numbered_weekday_needs_freq": QT_TRANSLATE_NOOP(
        "Notices", "{what}: a numbered weekday ({parts}) needs FREQ=MONTHLY or YEARLY"
    ),
    "recurrence.repeats_freq_series_sessions": QT_TRANSLATE_NOOP(
        "Notices", "{what} repeats {freq} (FREQ={freq}); a series of sessions repeats daily at most"
    ),
    "recurrence.until_not_date": QT_TRANSLATE_NOOP("Notices", "{what}: UNTIL={parts} is not a date"),
    "recurrence.uses_briefing_desk_does": QT_TRANSLATE_NOOP(
        "Notices", "{what} uses {unknown}, which Briefing Desk does not read"
    ),
    "recurrence.wkst_not_weekday": QT_TRANSLATE_NOOP("Notices", "{what}: WKST={parts} is not a weekday"),
    "redline.redline_must_docx_file": QT_TRANSLATE_NOOP(
        "Notices", "the redline must be a .docx file (got {target_name})"
    ),
    "row_changes.been_added_session_since": QT_TRANSLATE_NOOP(
        "Notices", "{what}: {describe_name} has been added to the session since; nothing was changed"
    ),
    "row_changes.records_added_since_depend": QT_TRANSLATE_NOOP(
        "Notices", "{what}: records added since depend on it ({exc}); nothing was changed"
    ),
    "row_changes.wrote_been_changed_since": QT_TRANSLATE_NOOP(
        "Notices", "{what}: {describe_name} it wrote has been changed since; nothing was changed"
    ),
    "schedule_undo.session_agenda_delegates_action": QT_TRANSLATE_NOOP(
        "Notices", "session {number}“{session_title}” has an agenda, delegates or action items now; cancel it instead"
    ),
    "scheduling.host_not_a_side": QT_TRANSLATE_NOOP("Notices", "the host must be one of {sides}"),
    "scheduling.session_number_already_id": QT_TRANSLATE_NOOP(
        "Notices", "session number {number} is already “{title}” (id {session_id}); choose another number"
    ),
    "scheduling.start_has_offset": QT_TRANSLATE_NOOP("Notices", "the start is a wall-clock time, without an offset"),
    "series.give_end_series_end": QT_TRANSLATE_NOOP(
        "Notices", "give the end of the series as an end date or a count, not as UNTIL in the rule"
    ),
    "series.series_starts_wall_clock": QT_TRANSLATE_NOOP(
        "Notices", "a series starts at a wall-clock time, without a zone offset"
    ),
    "session.session_lasts_between_5": QT_TRANSLATE_NOOP("Notices", "a session lasts between 5 minutes and a week"),
    "session.session_needs_title": QT_TRANSLATE_NOOP("Notices", "a session needs a title"),
    "session.session_number_starts_1": QT_TRANSLATE_NOOP("Notices", "a session number starts at 1"),
    "session.session_start_needs_time": QT_TRANSLATE_NOOP("Notices", "a session start needs a time zone"),
    "template_check.cannot_read": QT_TRANSLATE_NOOP("Notices", "cannot read {name}: {exc}"),
    "template_check.contains_macros_controls_save": QT_TRANSLATE_NOOP(
        "Notices", "{name} contains macros or controls; save it as a Word document (.docx) without them"
    ),
    "template_check.damaged_list_parts_cannot": QT_TRANSLATE_NOOP(
        "Notices", "{name} is damaged (its list of parts cannot be read)"
    ),
    "template_check.damaged_list_parts_oversized": QT_TRANSLATE_NOOP(
        "Notices", "{name} is damaged (its list of parts is oversized)"
    ),
    "template_check.does_not_exist": QT_TRANSLATE_NOOP("Notices", "{name} does not exist"),
    "template_check.macro_enabled_docm_save": QT_TRANSLATE_NOOP(
        "Notices", "{name} is macro-enabled (.docm); save it as a Word document (.docx) without macros"
    ),
    "template_check.macro_enabled_save_word": QT_TRANSLATE_NOOP(
        "Notices", "{name} is macro-enabled; save it as a Word document (.docx) without macros"
    ),
    "template_check.mb_template_may_most": QT_TRANSLATE_NOOP(
        "Notices", "{name} is {size_mb} MB; a template may be at most {most_mb} MB"
    ),
    "template_check.not_regular_file_folder": QT_TRANSLATE_NOOP(
        "Notices", "{name} is not a regular file (a folder, pipe or device)"
    ),
    "template_check.not_word_document_not": QT_TRANSLATE_NOOP(
        "Notices", "{name} is not a Word document (it is not a .docx file)"
    ),
    "template_check.unpacks_more_template_can": QT_TRANSLATE_NOOP(
        "Notices", "{name} unpacks to more than a template can hold; it was not opened"
    ),
    "template_check.word_template_dotx_open": QT_TRANSLATE_NOOP(
        "Notices", "{name} is a Word template (.dotx); open it in Word and save it as a document (.docx)"
    ),
    "template_check.zip_file_but_not": QT_TRANSLATE_NOOP("Notices", "{name} is a zip file but not a Word document"),
}
