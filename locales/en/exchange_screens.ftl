# Not yet reviewed by a native speaker.
# The import and export screen (coordinators).

page-title-exchange = Import and export
nav-exchange = Import and export
exchange-heading = Import and export
exchange-intro = Bring in the people of a spreadsheet and the past activity of the national tool, or export support sessions for a funder. An import is all or nothing: if a row has a problem, nothing is saved and each problem is shown with its row and column.
exchange-import-people-heading = Import people
exchange-import-people-intro = A CSV or XLSX file, one person per row. People already recorded (same name and year of birth) are skipped.
exchange-import-people-columns = Columns read: Nom, Prénom, Année de naissance, Commune, N° de téléphone, E-mail, Genre, Notes supplémentaires.
exchange-import-activities-heading = Import past activity (national tool)
exchange-import-activities-intro = The XLSX file exported by the national activity tool, one row per participant. Activities already imported (same identifier) are skipped: the year's report stays right.
exchange-import-activities-columns = Columns read: those of the national export, in any order (Date, Type, Participants, Bénéficiaire, Durée, Thématiques, Identifiant…).
exchange-file-label = File to import
exchange-file-hint = CSV (semicolon or comma separated) or XLSX, 50 MB at most.
exchange-file-missing = Choose a file first.
exchange-import-button = Check and import
exchange-progress-reading = Reading the file…
exchange-progress-checking = Checking: { $done } rows of { $total }…
exchange-progress-writing = Saving: { $done } of { $total }…
exchange-imported-heading = Import finished.
exchange-imported-rows = { $count ->
    [one] One row read.
   *[other] { $count } rows read.
}
exchange-imported-people = People created: { $created }; already known, found: { $matched }.
exchange-imported-activities = Activities: { $activities } ({ $sessions } individual sessions, { $workshops } workshops), that is { $accompaniments } accompaniments.
exchange-imported-skipped = Already there, skipped: { $count }.
exchange-problems-heading = { $count ->
    [one] Nothing was imported: one problem to fix ({ $rows } rows read).
   *[other] Nothing was imported: { $count } problems to fix ({ $rows } rows read).
}
exchange-problems-intro = Fix these cells in your spreadsheet, save the file, then import it again.
exchange-problems-caption = Problems found, row by row
exchange-col-row = Row
exchange-col-column = Column
exchange-col-problem = Problem
exchange-more-problems = … and { $count } more problems.
exchange-export-heading = Export support sessions
exchange-export-intro = One row per participant, in the national tool's column order, headed by who exported, when, and the filters.
exchange-export-from = From
exchange-export-to = To
exchange-export-place = Place
exchange-export-all-places = All places
exchange-export-type = Type
exchange-export-all-types = All types
exchange-format-legend = Format
exchange-format-xlsx = XLSX (spreadsheet)
exchange-format-csv = CSV (UTF-8, semicolons)
exchange-export-warning = The file holds names: save it in a safe folder and delete it when it is no longer needed.
exchange-export-button = Choose where to save and export
exchange-exported = { $rows ->
    [0] File saved: no support session in this period.
    [one] File saved: one row.
   *[other] File saved: { $rows } rows.
}
home-shortcut-exchange = Import and export
home-shortcut-exchange-hint = Bring in a spreadsheet or the national tool; export for a funder.
