# Not yet reviewed by a native speaker.

# Import and export: people and past activities from a spreadsheet, sessions exported in the
# national tool's column order.

error-file-too-large = This file is too large (more than { $max_mb } MB). Export a shorter period, or save it as XLSX, which is more compact.
error-unknown-file-format = Passerelle reads CSV and XLSX files. Open this file in your spreadsheet and save it in one of these formats.
error-empty-file = This file holds no row. Check that you picked the right file.
error-unreadable-file = This file cannot be read: it may be damaged, or it is not a table. Open it in your spreadsheet, then save it again as CSV or XLSX.

## Problems of a row (the row and column are given beside it)

exchange-problem-no-header = The row of column titles cannot be found. People need at least a "Nom" or "Prénom" column; activities need the "Date", "Type" and "Identifiant" columns.
exchange-problem-missing-column = This column is missing.
exchange-problem-invalid-row = This row is refused.
exchange-problem-name-missing = A last name or a first name is needed.
exchange-problem-too-long = This text is too long.
exchange-problem-birth-year = The year of birth must be a four-digit year, from 1900 to this year.
exchange-problem-postal-code = The postal code must have five digits.
exchange-problem-insee-code = The INSEE code must have five characters (for example 93048, or 2A004 in Corsica).
exchange-problem-phone = This phone number is not valid (6 to 20 digits).
exchange-problem-email = This e-mail address is not valid.
exchange-problem-gender = Unknown gender: write Féminin, Masculin or Non communiqué (or F, H).
exchange-problem-status = Unknown status: write Retraité, Sans emploi, En emploi, Scolarisé or Non communiqué.
exchange-problem-age-bracket = Unknown age bracket (for example "25 à 39 ans").
exchange-problem-date = Invalid date: write it DD/MM/YYYY; it cannot be in the future nor before 2000.
exchange-problem-date-time = Invalid date and time: write them DD/MM/YYYY HH:MM.
exchange-problem-type = Unknown type: write Accompagnement individuel or Atelier collectif.
exchange-problem-participants = The number of participants must be a whole number, 500 at most.
exchange-problem-canal = Unknown channel: write Lieu d'activité, À domicile, À distance or Autre lieu.
exchange-problem-duration = The duration must be a number of minutes, from 1 to 600.
exchange-problem-equipment = Unknown equipment, or "Pas de matériel" together with other equipment.
exchange-problem-themes = A theme is not in the national list.
exchange-problem-themes-missing = At least one theme is needed.
exchange-problem-tags = Too many tags (20 at most), or a tag too long.
exchange-problem-level = Unknown level: write 1/3, 2/3 or 3/3.
exchange-problem-referral = Write Oui or Non.
exchange-problem-identifier-missing = The activity's identifier is needed.
exchange-problem-inconsistent = This row has the same identifier as an earlier row, but not the same value here.
exchange-problem-individual-several-rows = An individual session has one row only: this identifier is already on an earlier row.

## Export of sessions

exchange-sheet-name = Sessions
exchange-exported-by = Exported by
exchange-exported-by-recovery = Recovery key
exchange-exported-at = Exported on
exchange-filter-period = Filter: period
exchange-filter-place = Filter: place
exchange-filter-mediator = Filter: mediator
exchange-filter-type = Filter: type
exchange-period-between = from { $from } to { $to }
exchange-period-from = from { $from }
exchange-period-to = until { $to }
exchange-period-all = all dates
exchange-place-all = all places
exchange-mediator-all = everyone
exchange-type-all = all types
exchange-anonymous = Anonymous
exchange-yes = Yes
exchange-no = No

## Command line

cli-import-checking = Checking: { $done } rows of { $total }…
cli-import-writing = Writing: { $done } of { $total }…
cli-import-problems = Nothing was imported: { $count } problems to fix in the file.
cli-import-problem = Row { $row }, column "{ $column }": { $problem }
cli-import-problem-row = Row { $row }: { $problem }
cli-import-more-problems = … and { $count } more problems.
cli-import-people-done = People imported: { $created } (already recorded, skipped: { $skipped }).
cli-import-activities-done = Activities imported: { $activities } ({ $sessions } individual sessions, { $workshops } workshops), { $accompaniments } accompaniments in all; people created: { $created }, found: { $matched }; places created: { $places }; already imported, skipped: { $skipped }.
cli-export-done = { $rows } rows exported to { $path }.
