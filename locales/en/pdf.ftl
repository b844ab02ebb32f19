# Not yet reviewed by a native speaker.

## Printed documents (PDF): shared parts and the recovery sheet.

pdf-page-number = Page { $page } / { $pages }
pdf-creator = Passerelle

pdf-date = { $day } { $month } { $year }
pdf-time = { $hour }:{ $minute }
pdf-date-time = { $date } at { $time }
pdf-month-1 = January
pdf-month-2 = February
pdf-month-3 = March
pdf-month-4 = April
pdf-month-5 = May
pdf-month-6 = June
pdf-month-7 = July
pdf-month-8 = August
pdf-month-9 = September
pdf-month-10 = October
pdf-month-11 = November
pdf-month-12 = December

## Recovery sheet.

pdf-recovery-title = Recovery sheet
pdf-recovery-subject = Recovery key of the Passerelle installation
pdf-recovery-intro = This sheet opens Passerelle’s data if nobody can sign in any more.
pdf-recovery-structure = Organisation
pdf-recovery-created = Sheet created on
pdf-recovery-key-heading = Recovery key
pdf-recovery-key-hint = Copy the key exactly, group by group. Spaces and line breaks do not matter.
pdf-recovery-qr-caption = The same key, to scan
pdf-recovery-what-heading = What is this sheet for?
pdf-recovery-what-body = This key opens all of the organisation’s data. It works even if everyone has forgotten their password. Use it only when something has gone wrong.
pdf-recovery-keep-heading = Where to keep this sheet?
pdf-recovery-keep-safe = Keep this sheet in a safe or a locked cupboard.
pdf-recovery-keep-away = Never leave it next to the computer.
pdf-recovery-keep-no-photo = Never take a photo of it. Do not scan it. Do not send it by email.
pdf-recovery-keep-who = Tell one or two coordinators where it is kept.
pdf-recovery-use-heading = How to use it?
pdf-recovery-use-body = On Passerelle’s sign-in screen, choose “Recovery key”. Type the key or scan the code.
pdf-recovery-lost-heading = If the sheet is lost or stolen
pdf-recovery-lost-body = Tell a coordinator straight away. They print a new sheet with Passerelle. The old key will stop working.
pdf-recovery-journal = To check the journal: last entry no. { $seq }, fingerprint:
pdf-recovery-footer = Confidential document — keep it locked away

error-pdf-render-failed = The PDF document could not be created. Try again. If it happens again, tell the person who looks after Passerelle.
