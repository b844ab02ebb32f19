# Not yet reviewed by a native speaker.

# The mediator's desk: people, support sessions.

page-title-people = People supported
page-title-person-new = New person
page-title-person = Person's record
page-title-session-new = New support session
nav-people = People

people-heading = People supported
people-new = Register a new person
people-anonymous-session = Anonymous session
people-search-label = Find a person
people-search-hint = Name, first name, phone, e-mail or year of birth. Accents, capitals and one typo do not matter.
people-found = { $count ->
    [0] Nobody matches.
    [one] One person matches.
   *[other] { $count } people match.
}
people-results-heading = Search results
people-none-found = Nobody matches. Check the spelling, or register a new person.
people-recent-heading = Seen recently
people-recent-empty = Nobody yet.
people-approximate = (close spelling)
person-born = born in { $year }

person-new-heading = Register a new person
person-new-intro = Fill in only what the person is willing to say. Only the name is needed to find them again.
person-anonymous-label = Anonymous person
person-anonymous-hint = No name, no phone, no e-mail: only what statistics need is kept.
person-first-name = First name
person-last-name = Last name
person-birth-year = Year of birth
person-birth-year-hint = 4 digits, for example 1984. The age bracket comes from it.
person-birth-year-invalid = Write the year of birth with 4 digits, for example 1984.
person-gender = Gender
person-status = Situation
person-residence = Place of residence
person-phone = Phone
person-email = E-mail
person-languages = Languages spoken
person-languages-hint = 2- or 3-letter codes separated by commas, for example: fr, ar, uk.
person-notes = Notes
person-notes-warning = Never write health information or passwords.
person-save = Register the person
person-save-anyway = It is none of these people: register
person-duplicates-heading = This person may already be registered
person-duplicates-text = If it is one of them, open their record. Otherwise register a new person with the button at the bottom of the form.

person-anonymous-name = Anonymous person
person-new-session = New support session
person-same-as-last-time = Same as last time
person-profile-heading = Details
person-profile-empty = No details yet.
person-minor = This person may be a minor: consent is given by a legal guardian.
person-sessions-heading = { $count ->
    [0] Support sessions
    [one] 1 support session
   *[other] { $count } support sessions
}
person-no-sessions = No support session recorded.
session-duration = { $minutes } min
session-recorded-by = by { $name }
session-delete = Delete
session-delete-named = Delete the session of { $date }
session-deleted = The session is deleted.
session-undo = Undo the deletion
session-restored = The session is back.

session-new-heading = New support session
session-new-heading-for = New support session: { $name }
session-new-heading-anonymous = New anonymous support session
session-date = Date
session-duration-legend = Duration
duration-15 = 15 min
duration-30 = 30 min
duration-45 = 45 min
duration-60 = 1 h
duration-90 = 1 h 30
duration-120 = 2 h
duration-other = Other duration
session-duration-minutes = Duration in minutes
session-duration-invalid = Write the duration in minutes, for example 20.
session-canal = Where
session-place = Place of activity
session-equipment = Equipment used
session-themes = Themes
session-procedures = Administrative procedures
session-procedure-name = Name of the procedure
session-procedure-name-hint = For example: Carte Vitale application.
session-autonomy = The person's autonomy at the end
session-referral = Referral
session-referral-none = No referral
session-referral-to = To which body?
session-tags = Tags
session-save = Save the session
session-cancel = Cancel
home-shortcut-people = Welcome a person
home-shortcut-people-hint = Find or register them, then record the support session.
session-save-hint = Shortcut: Ctrl + Enter saves from any field.

page-title-workshops = Group workshops
page-title-workshop-new = New workshop
nav-workshops = Workshops
workshops-heading = Group workshops
workshops-new = Record a workshop
workshops-latest = Latest workshops
workshops-none = No workshop recorded.
workshop-participants-count = { $count ->
    [one] 1 participant
   *[other] { $count } participants
}
workshop-new-heading = Record a workshop
workshop-title = Workshop title
workshop-level = Level
workshop-participants = Registered people who came
workshop-add-person = Add a person (search by name)
workshop-add-named = Add { $name }
workshop-remove-named = Remove { $name }
workshop-participants-chosen = { $count ->
    [0] No registered person added
    [one] 1 registered person
   *[other] { $count } registered people
}
workshop-anonymous = Participants without a record
workshop-anonymous-hint = How many came without being registered. Break them down below if you know; the rest counts as "not given".
workshop-by-gender = Participants without a record, by gender
workshop-by-age = Participants without a record, by age bracket
workshop-by-status = Participants without a record, by situation
workshop-count-invalid = Write a number, for example 4.
workshop-save = Save the workshop

tags-heading = Tags
tags-intro = Your own tags for support sessions and workshops: a local project, a funder's programme… They are a filter and a statistic.
tags-none = No tag yet.
tag-name = New tag
tag-name-hint = For example: Digital advisor, 2026 call for projects.
tag-add = Create the tag
tag-added = The tag "{ $name }" is created.
tag-archived = (archived)
tag-archive-named = Archive { $name }
tag-restore-named = Bring { $name } back

merge-heading = Does this person have two records?
merge-intro = Find the other record: its sessions will come onto this one and it will leave the search. You can undo.
merge-search = Find the other record
merge-choose = Choose { $name }
merge-preview = The { $moving } sessions of { $other } will move to the record of { $kept }, which already has { $existing }. The record of { $other } will leave the search.
merge-confirm = Merge the two records
merge-done = The two records are merged.
merge-undo = Undo the merge
merge-undone = The merge is undone: both records are back.

consent-heading = Consent
consent-none = No consent recorded yet. Read the explanation with the person before keeping anything in their name.
consent-collect = Collect consent
consent-change = Change the consent
consent-withdraw = Withdraw consent
consent-withdraw-confirm = Does the person withdraw their consent? Their sessions still count in the statistics.
consent-given = Consent given on { $date }.
consent-given-by = Consent given on { $date }, collected by { $name }.
consent-by-guardian = Given by a legal guardian.
consent-recorded = The consent is recorded.
consent-withdrawn = The consent is withdrawn.
consent-notice-heading = Your information with us
consent-notice-1 = We keep a little information about you to help with your procedures: your name, and what we do together. You only say what you want to.
consent-notice-2 = This information stays on the centre's computer. It is encrypted: nobody else can read it. We do not sell it or give it to anyone.
consent-notice-3 = You can ask to see it, correct it or erase it, and withdraw your agreement whenever you want. Ask a mediator.
consent-notice-4 = For our reports, we count the sessions without your name.
consent-print = Print the notice for the person
consent-scopes = The person agrees to:
consent-guardian = A legal guardian gives their agreement
consent-guardian-hint = The person may be under 18: a parent or guardian must agree.
consent-agree = The person agrees: save
session-edit = Edit
session-edit-named = Edit the session of { $date }
session-edit-heading-for = Edit the session: { $name }
person-edit = Edit the record
person-edit-heading = Edit the record
person-save-changes = Save the changes

journal-action-follow-up-added = Follow-up added
journal-action-follow-up-done = Follow-up done
journal-action-follow-up-postponed = Follow-up postponed
journal-action-partner-added = Partner added
journal-action-partner-changed = Partner changed
journal-action-person-exported = A person's data exported (right of access)
journal-action-person-erased = Person erased
journal-action-retention-purged = Inactive records erased (retention period)
journal-action-import-people = People imported
journal-action-import-activities = Activities imported
journal-action-export-sessions = Sessions exported
journal-action-demo-generated = Demo data generated (training mode)
