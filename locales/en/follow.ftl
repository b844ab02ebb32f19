# Not yet reviewed by a native speaker.
# Follow-ups, the Today list, the printed slip, the partner directory and the timeline.

error-follow-up-not-found = This next step no longer exists. Reload the page.
error-partner-not-found = This partner is not in the directory. Reload the page.

## Soliguide categories (top level)
partner-category-welcome = Welcome
partner-category-activities = Activities
partner-category-food = Food
partner-category-counseling = Advice (legal, postal address, social support, public writer…)
partner-category-training-and-jobs = Training and jobs
partner-category-accomodation-and-housing = Accommodation and housing
partner-category-hygiene-and-wellness = Hygiene and well-being
partner-category-equipment = Equipment
partner-category-health = Health
partner-category-technology = Technology (computers, wifi, sockets, phone)
partner-category-mobility = Mobility

## Today (home screen)
today-heading = Today
today-empty = Nothing planned today, and nothing overdue.
today-due-heading = Planned today ({ $count })
today-overdue-heading = Overdue ({ $count })
today-done-heading = Already done today ({ $count })

## Follow-ups
follow-up-heading = Next steps
follow-up-none = No next step planned.
follow-up-add-heading = Plan a next step
follow-up-what = What is planned
follow-up-what-hint = In plain words: this text is printed for the person. Example: "Come back with the tax notice".
follow-up-date = Date
follow-up-time = Appointment time (optional)
follow-up-time-hint = Example: 14:00. Without a time, it is something to do that day.
follow-up-bring = To bring (one paper per line, optional)
follow-up-place = Place
follow-up-place-none = No particular place
follow-up-save = Save the next step
follow-up-saved = Next step saved.
follow-up-at = { $date } at { $time }
follow-up-on = { $date }
follow-up-for = For { $name }
follow-up-postponed-times = { $count ->
    [one] postponed once
   *[other] postponed { $count } times
}
follow-up-done-at = Done on { $date }
follow-up-mark-done = Done
follow-up-mark-done-named = Done: { $what }
follow-up-marked-done = Noted: the next step is done.
follow-up-postpone = Postpone
follow-up-postpone-named = Postpone: { $what }
follow-up-postpone-legend = Postpone "{ $what }"
follow-up-new-date = New date
follow-up-new-time = New time (optional)
follow-up-postpone-save = Postpone to this date
follow-up-postpone-cancel = Cancel
follow-up-postponed = Next step postponed to { $date }.
follow-up-print-slip = Print the reminder
follow-up-print-slip-named = Print the reminder: { $what }
follow-up-open-record = { $name }'s record

## The printed slip (easy-to-read)
page-title-slip = Reminder to print
slip-intro = This is the reminder to give to the person. It shows their first name only.
slip-hello = Hello { $name },
slip-hello-nameless = Hello,
slip-next = Your next appointment:
slip-next-task = To do:
slip-when-time = On { $date }, at { $time }.
slip-when-day = On { $date }.
slip-where = Where:
slip-bring = Bring:
slip-bring-nothing = Nothing special to bring.
slip-footer = If you cannot come, let us know. We will find another date.
slip-print = Print
slip-back = Back to the record

## Partners
page-title-partners = Partners
nav-partners = Partners
partners-intro = The services you refer people to. A support session can name the partner chosen.
partners-empty = No partner yet. Add the first one below.
partners-list-heading = Directory ({ $count })
partners-archived-heading = Archived ({ $count })
partner-add-heading = Add a partner
partner-edit-heading = Edit: { $name }
partner-name = Name of the service
partner-category = Category
partner-category-choose = Choose a category
partner-address = Address
partner-phone = Phone
partner-email = E-mail
partner-hours = Opening hours
partner-hours-hint = Example: Monday to Friday, 9 am – 12 pm.
partner-notes = Notes for the team
partner-save = Save the partner
partner-saved = Partner saved.
partner-edit = Edit
partner-edit-named = Edit { $name }
partner-cancel = Cancel
partner-archive = Archive
partner-archive-named = Archive { $name }
partner-unarchive = Put back in the directory
partner-unarchive-named = Put { $name } back in the directory
partner-archived = Partner archived: no longer offered; past referrals keep it.
partner-restored = Partner back in the directory.
partner-referrals = { $count ->
    [0] No referral
    [one] One referral
   *[other] { $count } referrals
}
home-shortcut-partners = Partners
home-shortcut-partners-hint = The directory of services you refer people to.

## Session form
session-partner = Partner from the directory (optional)
session-partner-none = None
session-partner-hint = The directory is filled in on the Partners screen.
session-referred-to = Referred to { $name }

## Timeline
timeline-heading = History ({ $count })
timeline-filter-legend = Show
timeline-filter-sessions = Support sessions
timeline-filter-workshops = Workshops
timeline-filter-follow-ups = Next steps
timeline-filter-consent = Consent
timeline-empty = Nothing to show with these choices.
timeline-workshop = Workshop: { $title }
timeline-follow-up = Next step: { $what }
timeline-follow-up-done = done
timeline-follow-up-open = to do
timeline-consent-given = Consent given: { $scopes }
timeline-consent-withdrawn = Consent withdrawn
