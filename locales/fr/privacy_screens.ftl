# The privacy screens: right of access and erasure on a person's record, the retention review.

privacy-heading = Droits de la personne sur ses données
privacy-access-intro = La personne peut demander tout ce que vous gardez sur elle. Vous enregistrez un fichier zip avec un résumé lisible (PDF) et les mêmes données pour un ordinateur (JSON). Le nom du fichier ne contient pas son nom.
privacy-access-button = Exporter ses données (droit d'accès)
privacy-access-done = { $sessions ->
    [one] Données exportées, avec un accompagnement. Donnez le fichier à la personne, puis supprimez-le de cet ordinateur.
   *[other] Données exportées, avec { $sessions } accompagnements. Donnez le fichier à la personne, puis supprimez-le de cet ordinateur.
}
privacy-erase-heading = Effacer la personne
privacy-erase-intro = Son nom, ses coordonnées, ses notes, son consentement et ses prochaines étapes sont effacés pour toujours. Ses accompagnements restent comptés dans les statistiques, sans son nom. On ne peut pas annuler.
privacy-erase-button = Effacer cette personne…
privacy-erase-understood = J'ai compris : l'effacement est définitif.
privacy-erase-confirm-missing = Cochez la case pour confirmer l'effacement.
privacy-erase-confirm = Effacer définitivement
privacy-erase-cancel = Annuler
privacy-erased = { $sessions ->
    [0] La personne est effacée.
    [one] La personne est effacée. Son accompagnement reste compté, sans son nom.
   *[other] La personne est effacée. Ses { $sessions } accompagnements restent comptés, sans son nom.
}

page-title-retention = Durée de conservation
nav-retention = Conservation
retention-heading = Fiches inactives à effacer
retention-intro = Les fiches sans activité depuis plus longtemps que la durée choisie sont proposées à l'effacement. Vérifiez la liste, puis effacez-les. Les accompagnements restent comptés, sans les noms.
retention-period-heading = Durée de conservation
retention-months = Nombre de mois sans activité
retention-months-hint = Entre 6 et 120 mois. 24 mois par défaut.
retention-months-invalid = Écrivez un nombre de mois, par exemple 24.
retention-period-save = Enregistrer la durée
retention-period-saved = Durée de conservation enregistrée.
retention-list-heading = À effacer ({ $count })
retention-rule = Durée : { $months } mois. Sont proposées les fiches sans activité depuis le { $date }.
retention-none = Aucune fiche inactive. Rien à effacer.
retention-table-caption = Fiches sans activité récente, la plus ancienne d'abord
retention-col-person = Personne
retention-col-last-activity = Dernière activité
retention-col-sessions = Accompagnements et ateliers
retention-purge-warning = L'effacement est définitif. Une personne revenue entre-temps n'est pas effacée.
retention-purge = { $count ->
    [one] Effacer cette fiche
   *[other] Effacer ces { $count } fiches
}
retention-purged = { $count ->
    [0] Aucune fiche effacée.
    [one] Une fiche effacée.
   *[other] { $count } fiches effacées.
}{ $skipped ->
    [0] {""}
   *[other] {" "}{ $skipped } revenue(s) entre-temps, gardée(s).
}
home-shortcut-retention = Conservation des données
home-shortcut-retention-hint = Les fiches inactives à vérifier puis effacer.
