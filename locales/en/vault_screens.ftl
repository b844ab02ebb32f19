# Not yet reviewed by a native speaker.
## The vault screens: a person's documents, adding them, the record and Today.

page-title-vault = Documents
vault-heading = Documents of { $name }
vault-back-to-record = Back to the record
vault-size-mb = { $size } MB
vault-size-kb = { $size } kB
vault-kind-pdf = PDF
vault-kind-image = Photo
vault-kind-text = Text
vault-kind-office = Office document
vault-usage = Space used: { $used } of { $quota }
vault-nearly-full = The vault is nearly full. Delete documents that are no longer needed.
vault-add-heading = Add documents
vault-drop-hint = Drop the files here, or choose them on the computer. You can add several at once.
vault-choose-files = Or choose here (the original stays on the computer)
vault-types-hint = PDF, photos (JPEG, PNG, GIF, WebP, HEIC), Word, Excel or LibreOffice documents, text files.
vault-no-file = First choose at least one file.
vault-too-big-for-room = These files do not fit in the space left. Remove some, or delete documents that are no longer needed.
vault-title = Title
vault-category = Folder
vault-category-choose = Other (to sort)
vault-issued-on = Date of issue (optional)
vault-expires-on-label = Expiry date (optional)
vault-expires-hint = A reminder shows before this date, on the record and in “Today”.
vault-notes = Note (optional)
vault-remove-pending = Remove
vault-remove-pending-named = Remove { $name }
vault-add-submit = { $count ->
    [one] Add the document
   *[other] Add the { $count } documents
}
vault-progress = Adding: { $done } of { $count }
vault-added = { $count ->
    [one] Document added and encrypted.
   *[other] { $count } documents added and encrypted.
}
vault-added-some = { $count } added, { $failed } refused: read the message under each refused file.
vault-added-nearly-full = { $count } added. Careful: the vault is nearly full.
vault-delete-source-reminder = The original file is still on this computer, unprotected. Delete it now (for example from the Downloads folder) and empty the bin.
vault-list-heading = { $count ->
    [0] No documents
    [one] 1 document
   *[other] { $count } documents
}
vault-empty = No documents yet.
vault-added-on = added on { $date }
vault-edit = Change
vault-edit-named = Change “{ $title }”
vault-delete = Delete
vault-delete-named = Delete “{ $title }”
vault-delete-confirm-label = Confirm the deletion
vault-delete-confirm = Delete “{ $title }” for good? It cannot be recovered.
vault-delete-yes = Yes, delete
vault-deleted = “{ $title }” was deleted.
vault-save = Save
vault-saved = Document changed.
vault-record-heading = Documents
vault-open = Open the documents
today-expiring-heading = { $count ->
    [one] One document is about to expire
   *[other] { $count } documents are about to expire
}
vault-private-heading = Private space
vault-private-what = A private document is encrypted for this person alone: it opens with their card and their secret code.
vault-private-staff = Nobody on the team can open it, not even a coordinator.
vault-private-lost = If the person loses their card or forgets their code, their private documents are lost for good. Nobody can recover them.
vault-private-create = Create this person's private space
vault-private-enrolled = This person has a private space. Their private documents open only with their card and their code.
vault-pin = The person's secret code (4 to 8 digits)
vault-pin-hint = The person types their code themselves. Avoid 0000, 1234 or their date of birth.
vault-pin-again = The same code, once more
vault-pin-mismatch = The two codes are not the same. Type them again.
vault-private-understood = The person understood: without their card and their code, their private documents are lost.
vault-private-must-understand = First explain to the person what happens if they lose their card, then tick the box.
vault-private-submit = Create the private space
vault-private-created = Private space created. Print the card now: its code will never be shown again.
vault-card-heading = The card's code
vault-card-once = This code is shown only once. Print the card and give it to the person.
vault-card-print = Print the card
vault-card-after = After printing, leave this screen: the code goes away.
vault-private-choice = Private document (only the person can open it)
vault-private-choice-hint = Neither you nor the team will be able to open it. Without their card and code, it is lost.
vault-private-badge = Private
vault-pick-files = Choose files on the computer…
vault-pick-hint = After adding them, Passerelle offers to delete the original files.
vault-originals-title = Delete the original files?
vault-originals-why = They are now encrypted in the vault. The originals stay readable by anyone who uses this computer (a scan forgotten in Downloads, for example).
vault-originals-delete = Delete the original files
vault-originals-keep = Keep them
vault-originals-deleted = { $count ->
    [one] The original file was deleted from the computer.
   *[other] { $count } original files were deleted from the computer.
}
vault-settings-heading = Document vault
vault-settings-quota-hint = Between 1 and 100,000 MB. A warning shows at 90%.
vault-settings-window-hint = Between 1 and 366 days. By default: 60 days.
vault-settings-number = Write a whole number, without letters or spaces.
vault-settings-save = Save the vault settings
vault-settings-saved = Vault settings saved.
vault-export-heading = Export documents
vault-export-names = Names of the exported files
vault-export-button-label = { $count ->
    [0] Export the chosen documents…
    [one] Export the chosen document…
   *[other] Export the { $count } chosen documents…
}
vault-export-none = First tick the documents to export (“Choose for export”).
vault-choose-for-export = Choose “{ $title }” for export
