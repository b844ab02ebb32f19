# Not yet reviewed by a native speaker.

## Vault: export of documents to a chosen folder, the person's card, settings.

error-document-private-not-exported = One of the chosen documents is private: it cannot be exported. Only the person, with their card and code, can open it. Nothing was written.
error-export-folder-unusable = This folder does not exist or cannot be reached. Choose another folder. Nothing was written.
error-export-folder-in-data-folder = This folder is part of Passerelle's data: exported documents would sit there unencrypted. Choose another folder. Nothing was written.

vault-export-warning = Exported documents are no longer protected: anyone with access to this folder can read them. Delete them when they are no longer needed.
vault-export-names-neutral = Names without the person's name (category and date)
vault-export-names-original = The files' original names (they often contain the person's name)
vault-export-done = { $count ->
    [one] One document was exported to { $folder }.
   *[other] { $count } documents were exported to { $folder }.
}
vault-export-cancelled = Export cancelled: nothing was written.

vault-settings-quota-mb = Space per person (MB)
vault-settings-expiry-window-days = Flag documents expiring within (days)
