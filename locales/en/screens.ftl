# Not yet reviewed by a native speaker.
# Passerelle — screens of the encrypted store, English. Source language: French (locales/fr).

## Screen titles and navigation
page-title-loading = Loading
page-title-failed = Passerelle cannot start
page-title-first-run = First set-up
page-title-sign-in = Sign in
page-title-passphrase = My passphrase
page-title-refused = Restricted access
page-title-staff = Team
page-title-settings = Settings of the organisation
page-title-journal = Access journal
nav-staff = Team
nav-settings = Settings
nav-journal = Journal
nav-passphrase = My passphrase
refused-text = This screen is for the organisation's coordinators. Ask a coordinator if you need this action.
refused-home = Back to the home screen

## Common form parts
form-required-mark = (required)
form-go-to-field = Go to the field to correct
cancel = Cancel
confirm-yes = Yes, confirm
confirm-no = No, cancel
working = Working…
rekey-working = Passerelle is encrypting the data again. This can take a minute. Do not close Passerelle.

## Header: who is signed in
header-signed-in-as = Signed in:
header-recovery-key = Opened with the recovery key
header-passphrase = My passphrase
header-switch = Switch person
header-lock = Lock
header-lock-shortcut = Lock (Ctrl + Shift + L)

## Roles
role-coordinator = Coordinator
role-mediator = Mediator
role-volunteer = Volunteer
role-coordinator-hint = Everything: team, settings, journal, reports, document vault.
role-mediator-hint = Support people and open their document vault.
role-volunteer-hint = Record support sessions, without access to the document vault.

## Passphrase
passphrase-new-label = New passphrase
passphrase-repeat-label = Type it a second time
passphrase-advice = At least 10 characters. The easiest: 4 random words separated by spaces, for example “horse staple battery correct”. You can paste the text.
passphrase-mismatch = The two passphrases are not the same. Type the same passphrase in both fields.
passphrase-strength-empty = Strength: nothing typed yet.
passphrase-strength-too-short = Strength: too short. At least 10 characters are needed.
passphrase-strength-weak = Strength: weak. Add some words.
passphrase-strength-fair = Strength: fair. One more word would make it good.
passphrase-strength-strong = Strength: good.
passphrase-heading = My passphrase
passphrase-intro = Choose a new passphrase. The old one will stop working.
passphrase-forced-intro = You signed in with a temporary passphrase. Now choose your own passphrase. Only you will know it.
passphrase-rekey-note = Passerelle will encrypt the data again with the new passphrase. This takes a few seconds.
passphrase-submit = Save my passphrase
passphrase-saved = Your passphrase is saved.

## First set-up
first-run-step = Step { $step } of { $steps }
first-run-heading = Set up Passerelle for your organisation
first-run-intro = Passerelle keeps all data encrypted on this computer. Fill in this form once. You can change everything later in the settings.
first-run-structure-legend = Your organisation
structure-name-label = Name of the organisation
structure-name-hint = For example: France Services Montreuil, or Association Le Lien.
first-run-places-legend = Places of activity
first-run-places-hint = The places where you support people. You can leave this empty and add places later.
first-run-place-n = Place { $n }
first-run-add-place = Add another place
first-run-coordinator-legend = First coordinator
first-run-coordinator-hint = This person manages the team and the settings, and then adds the other team members.
first-run-create = Create the encrypted space
first-run-creating = Creating the encrypted space…
staff-name-label = First and last name

## Places
place-name-label = Name of the place
place-name-hint = For example: Jean-Jaurès library.
place-address-label = Address
place-postal-code-label = Postal code
place-commune-label = Town
place-commune-col = Town
place-insee-label = INSEE code of the town
place-insee-hint = 5 characters, for example 93048. For Corsica: 2A004. Used in reports.
place-state-col = State
place-in-use = In use
place-archived = Archived
places-caption = Places of activity: { $count }
places-none = No place is recorded yet.
place-add-heading = Add a place
place-add-submit = Add this place
place-added = The place “{ $name }” is added.
place-edit = Edit
place-edit-named = Edit the place { $name }
place-edit-heading = Edit the place “{ $name }”
place-archive-label = Archived place
place-archive-hint = An archived place is no longer offered for new sessions. Past sessions keep it.
place-save = Save the place
place-saved = The place “{ $name }” is saved.

## Binding the account to this computer
bind-device-label = Bind my account to this computer
bind-device-hint = Your passphrase will no longer be enough elsewhere: this computer is needed too. If the computer is lost or reinstalled, a coordinator will have to give you a new passphrase.
bind-device-unavailable = This computer's keyring is not available. Your account cannot be bound to this computer: the passphrase alone protects access.
bind-device-reason = Technical reason:
bind-device-not-for-recovery = The recovery key cannot be bound to a computer. Sign in with your name to bind your account.
bind-device-is-bound = Your account is bound to this computer: your passphrase and this computer are both needed to open it.
bind-device-passphrase-label = Your current passphrase
bind-device-submit = Bind my account to this computer
unbind-device-submit = Unbind my account from this computer
bind-done = Your account is now bound to this computer.
unbind-done = Your account is no longer bound to this computer.

## Recovery sheet
sheet-heading = The recovery sheet
sheet-intro = This sheet is the only way to open the data if nobody knows their passphrase any more. Without it, the data would be lost for ever.
sheet-rule-print = Print it now, or save it on a USB stick.
sheet-rule-safe = Keep it in a locked place, away from this computer.
sheet-rule-no-photo = Do not take a picture of it and do not save it on this computer.
sheet-print-title = Passerelle recovery sheet
sheet-structure = Organisation
sheet-created = Created on
sheet-journal-head = Last journal line
sheet-key-heading = Recovery key
sheet-qr-label = The recovery key as a QR code
sheet-how-to-use = To open the data with this key: on the sign-in screen, open “Forgotten passphrase?” and copy the key.
sheet-print-heading = Print
sheet-print-text = The computer's print window will open. Only the sheet is printed.
sheet-print-button = Print the sheet
sheet-usb-heading = Save on a USB stick
sheet-usb-warning = Warning: anyone who finds the USB stick can open all the data. Keep it in a locked place.
sheet-usb-find = Look for plugged-in USB sticks
sheet-usb-none = No USB stick is plugged in. Plug one in, then look again.
sheet-usb-choose = Which USB stick should the sheet be saved on?
sheet-usb-save = Save the sheet on this stick
sheet-usb-saved = The sheet is saved on the USB stick as “{ $file }”.
sheet-confirm-label = I have printed or saved the recovery sheet and I am putting it in a safe place.
sheet-confirm-missing = Tick the box to confirm that the sheet is printed or saved.
sheet-continue = Continue
sheet-replaced = The new recovery sheet is ready. The old sheet opens nothing any more: you can destroy it.

## Sign in
sign-in-heading = Sign in
sign-in-intro = Choose your name, then type your passphrase.
sign-in-who = Who are you?
sign-in-other-name = My name is not in the list
sign-in-name-label = Your name
sign-in-choose-name = Choose your name in the list, or type it.
sign-in-passphrase-label = Passphrase
sign-in-submit = Open
sign-in-opening = Opening…
sign-in-wait = Too many tries. You can try again in { $seconds } seconds.
sign-in-wait-over = You can try again now.
forgotten-summary = Forgotten passphrase?
forgotten-ask-coordinator = Ask a coordinator of the organisation. On the Team screen, they can give you a temporary passphrase. You will change it when you sign in.
forgotten-recovery-intro = If no coordinator can sign in, use the recovery sheet kept in a safe place. Copy the key below. Then give a new passphrase to each person who forgot theirs.
recovery-key-label = Recovery key
recovery-key-hint = It starts with AGE-SECRET-KEY. Spaces and line breaks do not matter.
recovery-submit = Open with the recovery key

## Automatic lock
idle-warning-title = Passerelle is about to lock
idle-warning-text = Nobody has used Passerelle for a while. To protect the data, Passerelle is going to lock. The form you started will be kept.
idle-warning-countdown = Locking in { $seconds } seconds.
idle-warning-continue = Continue
idle-warning-lock-now = Lock now

## Drafts
draft-heading = A form you started is waiting
draft-text = Passerelle locked while you were filling in the form “{ $form }” ({ $when }). It was kept, encrypted.
draft-resume = Resume the form
draft-discard = Delete this draft
draft-form-place-new = Add a place
draft-form-staff-new = Add a team member
draft-form-settings-structure = Settings of the organisation
draft-form-other = Form

## Home after sign-in
home-hello = Hello { $name }
home-heading-recovery = Opened with the recovery key
home-signed-in-intro = You are working for { $structure }.
home-shortcut-staff = Manage the team
home-shortcut-staff-hint = Add someone, change a role, give a new passphrase.
home-shortcut-journal = Read the access journal
home-shortcut-journal-hint = Who did what, and when. Export for the data-protection authority.
home-shortcut-settings = Settings of the organisation
home-shortcut-settings-hint = Name, places of activity, automatic lock, recovery sheet.

## Team
staff-heading = The team
staff-intro = The people who can open Passerelle. Removing or disabling someone encrypts all the data again: their old passphrase opens nothing any more.
staff-list-heading = Team members
staff-caption = Team members: { $count }
staff-col-name = Name
staff-col-role = Role
staff-col-state = State
staff-col-actions = Actions
staff-state-active = Active
staff-state-temporary = Temporary passphrase to change
staff-state-disabled = Disabled
staff-manage = Manage
staff-manage-named = Manage { $name }
staff-manage-heading = Manage: { $name }
staff-manage-close = Close
staff-role-legend = Role
staff-role-save = Save the role
staff-role-saved = { $name }'s role is saved.
staff-reset-heading = New temporary passphrase
staff-temp-passphrase-label = Temporary passphrase
staff-temp-passphrase-hint = Tell it to the person face to face. They must change it when they first sign in.
staff-reset-submit = Give this passphrase
staff-reset-done = { $name } has a new temporary passphrase.
staff-access-heading = Access
staff-access-hint = Disabling keeps the name in the list and the history. Removing takes the person off the list. Either way, the person can no longer open Passerelle.
staff-disable = Disable
staff-remove = Remove from the team
staff-disable-confirm = Disable { $name }? This person will no longer be able to open Passerelle.
staff-remove-confirm = Remove { $name } from the team? This person will no longer be able to open Passerelle.
staff-disabled-done = { $name } is disabled. The data is encrypted with a new key.
staff-removed-done = { $name } is removed from the team. The data is encrypted with a new key.
staff-add-heading = Add a person
staff-add-submit = Add to the team
staff-added = { $name } is in the team. Give them their temporary passphrase.

## Settings of the organisation
settings-heading = Settings of the organisation
settings-intro = These settings apply to the whole team, on this computer.
settings-read-only = Only coordinators can change these settings. You can read them.
settings-structure-heading = Organisation and locking
settings-work-language-label = Working language of the organisation
settings-work-language-hint = The language of printed documents and exports.
settings-idle-heading = Automatic lock
settings-idle-intro = Without activity, Passerelle locks to protect the data. A message warns 30 seconds before.
settings-staff-idle-label = Team computers (in minutes)
settings-kiosk-idle-label = Self-service kiosk (in minutes)
settings-idle-hint = Between 1 and 240 minutes.
settings-save = Save the settings
settings-places-heading = Places of activity
settings-device-heading = This computer
settings-recovery-heading = Recovery sheet
settings-recovery-text = If the recovery sheet is lost, create a new one. The old one will open nothing any more.
settings-recovery-button = Create a new recovery sheet
settings-recovery-confirm = Create a new sheet? The old sheet will open nothing any more. The new one must be printed straight away.
settings-display-link = Set the display and the screen language

## Access journal
journal-heading = Access journal
journal-intro = Every sensitive action is recorded here: sign-ins, team changes, settings, exports. The journal holds no data about the people supported. Nobody can delete a line without it showing.
journal-filters-heading = Filter
journal-filter-actor = Person
journal-filter-action = Action
journal-filter-from = From
journal-filter-to = To
journal-filter-all = All
journal-filter-submit = Show
journal-export = Export as CSV
journal-export-file-name = passerelle-journal.csv
journal-exported = The journal is exported: { $count } lines.
journal-intact = The journal is complete: no line was changed or deleted.
journal-broken = Warning: the journal was changed or lines were deleted. Tell the person in charge of the organisation.
journal-caption = { $count } lines — page { $page } of { $pages }
journal-col-seq = No.
journal-col-time = Date and time
journal-col-actor = Person
journal-col-action = Action
journal-col-record = Item
journal-pages = Journal pages
journal-newer = Newer
journal-older = Older
