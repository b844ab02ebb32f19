# Not yet reviewed by a native speaker.

## Encrypted store, keys and journal: error and status messages.
error-store-not-found = No organisation is set up in this folder. Check the data folder, or set up Passerelle for your organisation.
error-store-already-exists = An organisation is already set up in this folder. Nothing was changed.
error-wrong-passphrase = The passphrase is not right. Check capital letters and try again.
error-wrong-recovery-key = This recovery key does not match. Copy it again from the recovery sheet, without missing a character, and try again.
error-too-many-attempts = Too many failed attempts. Wait { $seconds } seconds before trying again. If you forgot your passphrase, ask a coordinator.
error-seal-damaged = The key file is damaged, and so is its copy. Your data is not lost: ask your coordinator to restore a backup.
error-seal-copy-damaged = One of the two key files was damaged. Passerelle used the copy and repaired it. You can go on; tell your coordinator.
error-store-too-new = This data was saved by a newer version of Passerelle. Install the latest version of Passerelle, then try again.
error-store-damaged = The organisation's data cannot be opened: it is damaged or does not match the key file. Do not delete anything and tell your coordinator.
error-keyring-unavailable = This computer's keyring is not available. Sign in with your passphrase, or ask your coordinator for help.
error-device-secret-missing = This account is bound to another computer. Open it on that computer, or ask a coordinator.
error-role-refused = Your role does not allow this. Ask a coordinator.
error-locked = Passerelle is locked. Enter your passphrase to go on.
error-staff-not-found = This team member does not exist. Pick a name from the list.
error-staff-disabled = This account is disabled. Ask a coordinator.
error-last-coordinator = At least one active coordinator must remain. Name another coordinator first.
error-passphrase-too-short = This passphrase is too short. Use at least { $min } characters, for example several words.
error-journal-broken = The security journal was changed, from entry { $seq } on. Do not delete anything and tell your coordinator.
error-invalid-field = This value is not valid. Correct the highlighted field, then try again.
error-store-busy = Passerelle is already open on this computer (in another window or a scheduled task). Close it, or wait for the task to end, then try again.
error-passphrase-change-required = Your passphrase is temporary: a coordinator chose it for you. Choose your own passphrase now to go on.
error-file-exists = A file with this name is already there. Nothing was replaced. Choose another name or another folder.
error-not-removable-drive = This folder is not on a plugged-in USB stick or memory card. Plug in a USB stick, then choose it from the list.

## Security journal: name of each action (journal screen, CSV export)
journal-action-store-created = Organisation set up
journal-action-session-unlock = Signed in
journal-action-session-recovery-unlock = Opened with the recovery key
journal-action-staff-added = Team member added
journal-action-staff-role-changed = Team member's role changed
journal-action-staff-disabled = Team member disabled
journal-action-staff-removed = Team member removed
journal-action-staff-passphrase-changed = Passphrase changed
journal-action-staff-device-bound = Account bound to this computer
journal-action-staff-device-unbound = Account no longer bound to this computer
journal-action-store-rekey = Data encrypted with a new key
journal-action-store-recovery-regenerated = New recovery key
journal-action-settings-changed = Settings changed
journal-action-place-added = Place added
journal-action-place-changed = Place changed
journal-action-journal-exported = Journal exported
journal-action-debug-write = Test write

## Security journal: who acted, when it is not a team member
journal-actor-recovery = Recovery key
journal-actor-system = Passerelle (system)
journal-actor-removed = Removed team member

## Security journal: column titles of the CSV file
journal-csv-seq = No.
journal-csv-time = Date and time
journal-csv-actor = Person code
journal-csv-actor-name = Person
journal-csv-action = Action code
journal-csv-action-label = Action
journal-csv-record = Item concerned
journal-csv-hash = Fingerprint (SHA-256)

## Command line (passerelle)
cli-prompt-passphrase = Passphrase of { $name }:
cli-prompt-new-passphrase = New passphrase for { $name }:
cli-prompt-again = Once more:
cli-prompt-recovery-key = Recovery key:
cli-recovery-key-once = RECOVERY KEY — shown only once. Print it or copy it out, and keep it in a safe:
cli-recovery-sheet-written = Recovery sheet written: { $path }
cli-store-created = Organisation “{ $structure }” set up. First coordinator: { $coordinator }.
cli-recovery-regenerated = New recovery key (generation { $generation }). The old sheet opens nothing any more: destroy it.
cli-staff-passphrase-temporary = This passphrase is temporary: { $name } will have to choose their own at their next sign-in.
cli-journal-exported = Journal exported to { $path } (rows: { $rows }).
cli-journal-shown = Entries shown: { $shown } of { $total }.
