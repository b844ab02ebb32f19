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
