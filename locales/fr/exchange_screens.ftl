# The import and export screen (coordinators).

page-title-exchange = Import et export
nav-exchange = Import et export
exchange-heading = Importer et exporter
exchange-intro = Reprenez les personnes d'un tableur et l'activité passée de l'outil national, ou exportez les accompagnements pour un financeur. Un import est tout ou rien : si une ligne pose problème, rien n'est enregistré et chaque problème est indiqué avec sa ligne et sa colonne.
exchange-import-people-heading = Importer des personnes
exchange-import-people-intro = Un fichier CSV ou XLSX, une personne par ligne. Les personnes déjà enregistrées (même nom et même année de naissance) sont ignorées.
exchange-import-people-columns = Colonnes lues : Nom, Prénom, Année de naissance, Commune, N° de téléphone, E-mail, Genre, Notes supplémentaires.
exchange-import-activities-heading = Importer l'activité passée (outil national)
exchange-import-activities-intro = Le fichier XLSX exporté par l'outil national d'activité, une ligne par participant. Les activités déjà importées (même identifiant) sont ignorées : le rapport de l'année reste juste.
exchange-import-activities-columns = Colonnes lues : celles de l'export national, dans n'importe quel ordre (Date, Type, Participants, Bénéficiaire, Durée, Thématiques, Identifiant…).
exchange-file-label = Fichier à importer
exchange-file-hint = CSV (séparateur point-virgule ou virgule) ou XLSX, 50 Mo au plus.
exchange-file-missing = Choisissez d'abord un fichier.
exchange-import-button = Vérifier et importer
exchange-progress-reading = Lecture du fichier…
exchange-progress-checking = Vérification : { $done } lignes sur { $total }…
exchange-progress-writing = Enregistrement : { $done } sur { $total }…
exchange-imported-heading = Import terminé.
exchange-imported-rows = { $count ->
    [one] Une ligne lue.
   *[other] { $count } lignes lues.
}
exchange-imported-people = Personnes créées : { $created } ; déjà connues, retrouvées : { $matched }.
exchange-imported-activities = Activités : { $activities } ({ $sessions } accompagnements individuels, { $workshops } ateliers), soit { $accompaniments } accompagnements.
exchange-imported-skipped = Déjà présentes, ignorées : { $count }.
exchange-problems-heading = { $count ->
    [one] Rien n'a été importé : un problème à corriger ({ $rows } lignes lues).
   *[other] Rien n'a été importé : { $count } problèmes à corriger ({ $rows } lignes lues).
}
exchange-problems-intro = Corrigez ces cases dans votre tableur, enregistrez le fichier, puis importez-le de nouveau.
exchange-problems-caption = Problèmes trouvés, ligne par ligne
exchange-col-row = Ligne
exchange-col-column = Colonne
exchange-col-problem = Problème
exchange-more-problems = … et { $count } autres problèmes.
exchange-export-heading = Exporter les accompagnements
exchange-export-intro = Une ligne par participant, dans l'ordre des colonnes de l'outil national, avec en tête qui a exporté, quand, et les filtres.
exchange-export-from = Du
exchange-export-to = Au
exchange-export-place = Lieu
exchange-export-all-places = Tous les lieux
exchange-export-type = Type
exchange-export-all-types = Tous les types
exchange-format-legend = Format
exchange-format-xlsx = XLSX (tableur)
exchange-format-csv = CSV (UTF-8, point-virgule)
exchange-export-warning = Le fichier contient des noms : enregistrez-le dans un dossier sûr et supprimez-le quand il ne sert plus.
exchange-export-button = Choisir où enregistrer et exporter
exchange-exported = { $rows ->
    [0] Fichier enregistré : aucun accompagnement sur cette période.
    [one] Fichier enregistré : une ligne.
   *[other] Fichier enregistré : { $rows } lignes.
}
home-shortcut-exchange = Import et export
home-shortcut-exchange-hint = Reprendre un tableur ou l'outil national ; exporter pour un financeur.
