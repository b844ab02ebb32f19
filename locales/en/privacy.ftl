# Not yet reviewed by a native speaker.

## Privacy rights: the right of access (a readable summary of everything kept about a person),
## the right to erasure and the retention of inactive records. Plain English: the summary is
## read by the person themselves.

privacy-pdf-title = Your recorded information
privacy-pdf-subject = Everything an organisation keeps about a person (right of access)
privacy-pdf-intro = { $structure } keeps information about you. This document shows all of it. You have the right to see it.
privacy-pdf-structure = Organisation
privacy-pdf-created = Document created on
privacy-pdf-footer = Personal document — keep it for yourself
privacy-pdf-not-given = Not given

privacy-pdf-you-heading = About you
privacy-pdf-anonymous = You are recorded without a name. We only keep what is needed to count our support.
privacy-pdf-last-name = Last name
privacy-pdf-first-name = First name
privacy-pdf-birth-year = Year of birth
privacy-pdf-gender = Gender
privacy-pdf-status = Situation
privacy-pdf-commune = Town
privacy-pdf-languages = Languages spoken
privacy-pdf-phone = Phone
privacy-pdf-email = E-mail
privacy-pdf-notes = Notes
privacy-pdf-registered-on = Record created on
privacy-pdf-last-seen = Last visit

privacy-pdf-merged-heading = Your other records
privacy-pdf-merged-body = You had several records. We joined them into one.

privacy-pdf-consent-heading = Your consent
privacy-pdf-consent-none = No consent recorded.
privacy-pdf-consent-given = Given on
privacy-pdf-consent-scopes = You agree to
privacy-pdf-consent-withdrawn = Withdrawn on
privacy-pdf-consent-in-force = Still valid
privacy-pdf-consent-guardian = Given by your legal guardian.

privacy-pdf-sessions-heading = Your support sessions
privacy-pdf-sessions-none = No support session recorded.
privacy-pdf-sessions-count = { $count ->
    [one] One support session is recorded.
   *[other] { $count } support sessions are recorded.
}
privacy-pdf-date = Date
privacy-pdf-duration = Length
privacy-pdf-what = What we did
privacy-pdf-minutes = { $minutes } min
privacy-pdf-deleted = (deleted)
privacy-pdf-referred = Sent to: { $to }

privacy-pdf-workshops-heading = Your workshops
privacy-pdf-workshops-none = No workshop recorded.
privacy-pdf-workshop = Workshop

privacy-pdf-follow-ups-heading = Your next steps
privacy-pdf-follow-ups-none = No next step recorded.
privacy-pdf-follow-up-what = To do
privacy-pdf-follow-up-bring = To bring
privacy-pdf-follow-up-done = Done on
privacy-pdf-follow-up-not-done = Not yet

privacy-pdf-journal-heading = Who wrote or read your information
privacy-pdf-journal-body = Passerelle notes every important action on your information. Here they are.
privacy-pdf-journal-none = No action noted.
privacy-pdf-journal-action = Action
privacy-pdf-journal-by = By
privacy-pdf-actor-recovery = Recovery key
privacy-pdf-actor-system = Passerelle

privacy-pdf-rights-heading = Your rights
privacy-pdf-right-correct = Is something wrong? Ask us to correct it.
privacy-pdf-right-erase = You can ask us to erase your information. Your support sessions are still counted, but without your name.
privacy-pdf-right-withdraw = You can withdraw your consent at any time.
privacy-pdf-right-complain = You disagree with us? You can write to the CNIL (the French data protection authority): www.cnil.fr.
privacy-pdf-json = The file { $file } holds the same information, in a format computers read.

## Command line.

cli-privacy-exported = Export written: { $path }
cli-privacy-erased = Person erased. Sessions kept without a name: { $sessions }. Workshop seats made anonymous: { $seats }.
cli-privacy-erase-confirm = To erase this person, run again with --yes. This cannot be undone.
cli-retention-none = No record inactive for more than { $months } months.
cli-retention-listed = { $count } records with no activity since { $date } (retention period: { $months } months).
cli-retention-purged = Records erased: { $erased }. Records kept because active again: { $skipped }.
cli-retention-confirm = To erase these records, run again with --yes.
