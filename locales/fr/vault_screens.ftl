## The vault screens: a person's documents, adding them, the record and Today.

page-title-vault = Documents
vault-heading = Documents de { $name }
vault-back-to-record = Retour à la fiche
vault-size-mb = { $size } Mo
vault-size-kb = { $size } ko
vault-kind-pdf = PDF
vault-kind-image = Photo
vault-kind-text = Texte
vault-kind-office = Document bureautique
vault-usage = Place utilisée : { $used } sur { $quota }
vault-nearly-full = Le coffre-fort est presque plein. Supprimez les documents devenus inutiles.
vault-add-heading = Ajouter des documents
vault-drop-hint = Déposez les fichiers ici, ou choisissez-les sur l’ordinateur. Vous pouvez en ajouter plusieurs à la fois.
vault-choose-files = Ou choisir ici (l’original reste sur l’ordinateur)
vault-types-hint = PDF, photos (JPEG, PNG, GIF, WebP, HEIC), documents Word, Excel ou LibreOffice, textes.
vault-no-file = Choisissez d’abord au moins un fichier.
vault-too-big-for-room = Ces fichiers ne tiennent pas dans la place qui reste. Retirez-en, ou supprimez des documents devenus inutiles.
vault-title = Titre
vault-category = Dossier
vault-category-choose = Autre (à classer)
vault-issued-on = Date de délivrance (facultatif)
vault-expires-on-label = Date de fin de validité (facultatif)
vault-expires-hint = Un rappel s’affiche avant cette date, sur la fiche et dans « Aujourd’hui ».
vault-notes = Remarque (facultatif)
vault-remove-pending = Retirer
vault-remove-pending-named = Retirer { $name }
vault-add-submit = { $count ->
    [one] Ajouter le document
   *[other] Ajouter les { $count } documents
}
vault-progress = Ajout en cours : { $done } sur { $count }
vault-added = { $count ->
    [one] Document ajouté et chiffré.
   *[other] { $count } documents ajoutés et chiffrés.
}
vault-added-some = { $count } ajouté(s), { $failed } refusé(s) : lisez le message sous chaque fichier refusé.
vault-added-nearly-full = { $count } ajouté(s). Attention : le coffre-fort est presque plein.
vault-delete-source-reminder = Le fichier d’origine est toujours sur cet ordinateur, sans protection. Supprimez-le maintenant (par exemple dans le dossier Téléchargements) et videz la corbeille.
vault-list-heading = { $count ->
    [0] Aucun document
    [one] 1 document
   *[other] { $count } documents
}
vault-empty = Aucun document pour le moment.
vault-added-on = ajouté le { $date }
vault-edit = Modifier
vault-edit-named = Modifier « { $title } »
vault-delete = Supprimer
vault-delete-named = Supprimer « { $title } »
vault-delete-confirm-label = Confirmer la suppression
vault-delete-confirm = Supprimer définitivement « { $title } » ? Il ne pourra pas être récupéré.
vault-delete-yes = Oui, supprimer
vault-deleted = « { $title } » a été supprimé.
vault-save = Enregistrer
vault-saved = Document modifié.
vault-record-heading = Documents
vault-open = Ouvrir les documents
today-expiring-heading = { $count ->
    [one] Un document arrive à échéance
   *[other] { $count } documents arrivent à échéance
}
vault-private-heading = Espace privé
vault-private-what = Un document privé est chiffré pour cette personne seule : il s’ouvre avec sa carte et son code secret.
vault-private-staff = Personne de l’équipe ne peut l’ouvrir, même pas un coordinateur.
vault-private-lost = Si la personne perd sa carte ou oublie son code, ses documents privés sont perdus pour toujours. Personne ne pourra les récupérer.
vault-private-create = Créer l’espace privé de cette personne
vault-private-enrolled = Cette personne a un espace privé. Ses documents privés s’ouvrent seulement avec sa carte et son code.
vault-pin = Code secret de la personne (4 à 8 chiffres)
vault-pin-hint = La personne tape elle-même son code. Évitez 0000, 1234 ou sa date de naissance.
vault-pin-again = Le même code, encore une fois
vault-pin-mismatch = Les deux codes ne sont pas les mêmes. Tapez-les à nouveau.
vault-private-understood = La personne a compris : sans sa carte et son code, ses documents privés sont perdus.
vault-private-must-understand = Expliquez d’abord à la personne ce qui se passe si elle perd sa carte, puis cochez la case.
vault-private-submit = Créer l’espace privé
vault-private-created = Espace privé créé. Imprimez la carte maintenant : son code ne sera plus jamais affiché.
vault-card-heading = Le code de la carte
vault-card-once = Ce code s’affiche une seule fois. Imprimez la carte et donnez-la à la personne.
vault-card-print = Imprimer la carte
vault-card-after = Après l’impression, quittez cet écran : le code disparaît.
vault-private-choice = Document privé (seule la personne peut l’ouvrir)
vault-private-choice-hint = Ni vous ni l’équipe ne pourrez l’ouvrir. Sans sa carte et son code, il est perdu.
vault-private-badge = Privé
vault-pick-files = Choisir des fichiers sur l’ordinateur…
vault-pick-hint = Après l’ajout, Passerelle propose d’effacer les fichiers d’origine.
vault-originals-title = Effacer les fichiers d’origine ?
vault-originals-why = Ils sont maintenant chiffrés dans le coffre-fort. Les originaux restent lisibles par toute personne qui utilise cet ordinateur (un scan oublié dans Téléchargements, par exemple).
vault-originals-delete = Effacer les fichiers d’origine
vault-originals-keep = Les garder
vault-originals-deleted = { $count ->
    [one] Le fichier d’origine a été effacé de l’ordinateur.
   *[other] { $count } fichiers d’origine ont été effacés de l’ordinateur.
}
vault-settings-heading = Coffre-fort de documents
vault-settings-quota-hint = Entre 1 et 100 000 Mo. Un avertissement s’affiche à 90 %.
vault-settings-window-hint = Entre 1 et 366 jours. Par défaut : 60 jours.
vault-settings-number = Écrivez un nombre entier, sans lettres ni espaces.
vault-settings-save = Enregistrer les réglages du coffre-fort
vault-settings-saved = Réglages du coffre-fort enregistrés.
vault-export-heading = Exporter des documents
vault-export-names = Noms des fichiers exportés
vault-export-button-label = { $count ->
    [0] Exporter les documents choisis…
    [one] Exporter le document choisi…
   *[other] Exporter les { $count } documents choisis…
}
vault-export-none = Cochez d’abord les documents à exporter (« Choisir pour l’export »).
vault-choose-for-export = Choisir « { $title } » pour l’export
