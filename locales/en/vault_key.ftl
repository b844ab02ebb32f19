# Not yet reviewed by a native speaker.

## A beneficiary's own key for their private documents: the printed card (code and QR code) and
## their PIN. Error messages, in plain English.

vault-key-card-malformed = The card code is not complete. It has 32 letters and digits, in 8 groups of 4. Copy all of it.
vault-key-card-mistyped = The card code has a typing mistake. Read each group of 4 again and correct it.
vault-key-pin-format = The PIN must have 4 to 8 digits, with no letters or spaces.
vault-key-pin-too-simple = This PIN is too easy to guess (for example 0000, 1234 or 1212). Choose another one.
vault-key-wrong-card-or-pin = The card or the PIN does not match. Check that this is your card and try your PIN again.
vault-key-damaged = The key to this person's private documents is damaged. Their private documents cannot be opened. Tell the coordinator.
vault-key-internal = Something unexpected went wrong with the key to private documents. Try again; if it happens again, tell the coordinator.

## Previews (thumbnails) of vault images. Without one, the list shows an icon.

thumbnail-unreadable = This image is damaged or incomplete: no preview is possible.
thumbnail-too-large = This image is too large to show a preview.
thumbnail-encode-failed = The preview of this image could not be prepared.
