## Coffre-fort : export de documents vers un dossier choisi, carte de la personne, réglages.

error-document-private-not-exported = Un des documents choisis est privé : il ne peut pas être exporté. Seule la personne, avec sa carte et son code, peut l'ouvrir. Rien n'a été écrit.
error-export-folder-unusable = Ce dossier n'existe pas ou n'est pas accessible. Choisissez un autre dossier. Rien n'a été écrit.
error-export-folder-in-data-folder = Ce dossier fait partie des données de Passerelle : les documents exportés n'y seraient plus chiffrés. Choisissez un autre dossier. Rien n'a été écrit.

vault-export-warning = Les documents exportés ne sont plus protégés : toute personne qui a accès à ce dossier peut les lire. Supprimez-les quand ils ne servent plus.
vault-export-names-neutral = Noms sans le nom de la personne (catégorie et date)
vault-export-names-original = Noms d'origine des fichiers (ils contiennent souvent le nom de la personne)
vault-export-done = { $count ->
    [one] Un document a été exporté dans { $folder }.
   *[other] { $count } documents ont été exportés dans { $folder }.
}
vault-export-cancelled = Export annulé : rien n'a été écrit.

vault-settings-quota-mb = Espace par personne (Mo)
vault-settings-expiry-window-days = Signaler les documents qui expirent dans (jours)
