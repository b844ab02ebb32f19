# Not yet reviewed by a native speaker.
# The privacy screens: right of access and erasure on a person's record, the retention review.

privacy-heading = The person's rights over their data
privacy-access-intro = The person may ask for everything you keep about them. You save a zip file with a readable summary (PDF) and the same data for a computer (JSON). The file name does not contain their name.
privacy-access-button = Export their data (right of access)
privacy-access-done = { $sessions ->
    [one] Data exported, with one support session. Give the file to the person, then delete it from this computer.
   *[other] Data exported, with { $sessions } support sessions. Give the file to the person, then delete it from this computer.
}
privacy-erase-heading = Erase the person
privacy-erase-intro = Their name, contact details, notes, consent and next steps are erased for ever. Their support sessions still count in the statistics, without their name. This cannot be undone.
privacy-erase-button = Erase this person…
privacy-erase-understood = I understand: erasure is final.
privacy-erase-confirm-missing = Tick the box to confirm the erasure.
privacy-erase-confirm = Erase for good
privacy-erase-cancel = Cancel
privacy-erased = { $sessions ->
    [0] The person is erased.
    [one] The person is erased. Their support session still counts, without their name.
   *[other] The person is erased. Their { $sessions } support sessions still count, without their name.
}

page-title-retention = Retention period
nav-retention = Retention
retention-heading = Inactive records to erase
retention-intro = Records with no activity for longer than the chosen period are proposed for erasure. Check the list, then erase them. Support sessions still count, without the names.
retention-period-heading = Retention period
retention-months = Number of months without activity
retention-months-hint = Between 6 and 120 months. 24 months by default.
retention-months-invalid = Write a number of months, for example 24.
retention-period-save = Save the period
retention-period-saved = Retention period saved.
retention-list-heading = To erase ({ $count })
retention-rule = Period: { $months } months. Records with no activity since { $date } are proposed.
retention-none = No inactive record. Nothing to erase.
retention-table-caption = Records without recent activity, oldest first
retention-col-person = Person
retention-col-last-activity = Last activity
retention-col-sessions = Sessions and workshops
retention-purge-warning = Erasure is final. A person who came back meanwhile is not erased.
retention-purge = { $count ->
    [one] Erase this record
   *[other] Erase these { $count } records
}
retention-purged = { $count ->
    [0] No record erased.
    [one] One record erased.
   *[other] { $count } records erased.
}{ $skipped ->
    [0] {""}
   *[other] {" "}{ $skipped } came back meanwhile and were kept.
}
home-shortcut-retention = Data retention
home-shortcut-retention-hint = Inactive records to check, then erase.
