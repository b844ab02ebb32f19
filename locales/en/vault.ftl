# Not yet reviewed by a native speaker.

## Document vault: folders by category, errors when adding and opening, journal.

vault-category-identite = Identity
vault-category-titre-de-sejour = Residence permit
vault-category-sante = Health
vault-category-logement = Housing
vault-category-impots = Taxes
vault-category-revenus = Income
vault-category-emploi = Employment
vault-category-famille = Family
vault-category-banque = Bank
vault-category-transport = Transport
vault-category-autre = Other

vault-expires-on = { $title }: expires on { $date }
vault-expired-on = { $title }: expired on { $date }
vault-quota-warning = This person's vault is almost full: { $used_mb } MB used of { $quota_mb } MB.

error-vault-consent-missing = This person's consent does not cover the vault. Ask for their agreement before opening or filling their vault.
error-document-empty = This file is empty: nothing was added.
error-document-type-refused = This type of file is not accepted. Add a PDF, a photo (JPEG, PNG, GIF, WebP, HEIC), an office document (Word, Excel, LibreOffice) or a text.
error-document-malformed = This file ({ $type }) is damaged or incomplete: nothing was added. Scan or download it again.
error-vault-quota-exceeded = This person's vault is full ({ $used_mb } MB used of { $quota_mb } MB). Delete documents that are no longer needed before adding more.
error-file-name-not-utf8 = This file's name holds unreadable characters: rename the file and add it again. Nothing was added.
error-document-not-found = This document no longer exists (it may have been deleted).
error-document-damaged = This document's encrypted file is damaged: it cannot be opened. The other documents are not affected. Restore a backup.
error-document-file-missing = This document's encrypted file is missing from the vault folder. Restore a backup.
error-document-private = This document is private: only the person, with their card and code, can open it.
error-private-vault-not-enrolled = This person has no private space yet (card and code).
error-private-vault-already-enrolled = This person already has a private space.
error-vault-secret-wrong = The card or the code does not match.
error-pin-invalid = This code is not accepted: it must be 4 to 8 digits, and not too simple (like 0000, 1234 or 1212).
error-vault-card-unreadable = The card code is incomplete or has a typing mistake: check it character by character.

journal-action-vault-opened = Vault opened
journal-action-document-added = Document added
journal-action-document-viewed = Document viewed
journal-action-document-changed = Document changed
journal-action-document-deleted = Document deleted
journal-action-document-printed = Document printed
journal-action-document-exported = Document exported
journal-action-vault-private-enrolled = Private space created
