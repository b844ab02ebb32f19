# Import et export : personnes et activités passées depuis un tableur, accompagnements exportés
# dans l'ordre des colonnes de l'outil national.

error-file-too-large = Ce fichier est trop gros (plus de { $max_mb } Mo). Exportez une période plus courte, ou enregistrez-le au format XLSX, plus compact.
error-unknown-file-format = Passerelle lit les fichiers CSV et XLSX. Ouvrez ce fichier dans votre tableur et enregistrez-le dans l'un de ces formats.
error-empty-file = Ce fichier ne contient aucune ligne. Vérifiez que vous avez choisi le bon fichier.
error-unreadable-file = Ce fichier est illisible : il est peut-être abîmé, ou ce n'est pas un tableau. Ouvrez-le dans votre tableur, puis enregistrez-le de nouveau en CSV ou en XLSX.

## Problèmes d'une ligne (la ligne et la colonne sont données à côté)

exchange-problem-no-header = La ligne des titres de colonnes est introuvable. Pour les personnes, il faut au moins une colonne « Nom » ou « Prénom » ; pour les activités, les colonnes « Date », « Type » et « Identifiant ».
exchange-problem-missing-column = Cette colonne manque.
exchange-problem-invalid-row = Cette ligne est refusée.
exchange-problem-name-missing = Il faut un nom ou un prénom.
exchange-problem-too-long = Ce texte est trop long.
exchange-problem-birth-year = L'année de naissance doit être une année sur quatre chiffres, de 1900 à cette année.
exchange-problem-postal-code = Le code postal doit avoir cinq chiffres.
exchange-problem-insee-code = Le code Insee doit avoir cinq caractères (par exemple 93048, ou 2A004 en Corse).
exchange-problem-phone = Ce numéro de téléphone n'est pas valide (de 6 à 20 chiffres).
exchange-problem-email = Cette adresse e-mail n'est pas valide.
exchange-problem-gender = Genre inconnu : écrivez Féminin, Masculin ou Non communiqué (ou F, H).
exchange-problem-status = Statut inconnu : écrivez Retraité, Sans emploi, En emploi, Scolarisé ou Non communiqué.
exchange-problem-age-bracket = Tranche d'âge inconnue (par exemple « 25 à 39 ans »).
exchange-problem-date = Date non valide : écrivez-la JJ/MM/AAAA ; elle ne peut pas être dans le futur ni avant l'an 2000.
exchange-problem-date-time = Date et heure non valides : écrivez-les JJ/MM/AAAA HH:MM.
exchange-problem-type = Type inconnu : écrivez Accompagnement individuel ou Atelier collectif.
exchange-problem-participants = Le nombre de participants doit être un nombre entier, 500 au plus.
exchange-problem-canal = Canal inconnu : écrivez Lieu d'activité, À domicile, À distance ou Autre lieu.
exchange-problem-duration = La durée doit être un nombre de minutes, de 1 à 600.
exchange-problem-equipment = Matériel inconnu, ou « Pas de matériel » avec un autre matériel.
exchange-problem-themes = Une thématique n'est pas dans la liste nationale.
exchange-problem-themes-missing = Il faut au moins une thématique.
exchange-problem-tags = Trop de tags (20 au plus), ou un tag trop long.
exchange-problem-level = Niveau inconnu : écrivez 1/3, 2/3 ou 3/3.
exchange-problem-referral = Écrivez Oui ou Non.
exchange-problem-identifier-missing = Il faut l'identifiant de l'activité.
exchange-problem-inconsistent = Cette ligne a le même identifiant qu'une ligne précédente, mais pas la même valeur ici.
exchange-problem-individual-several-rows = Un accompagnement individuel n'a qu'une ligne : cet identifiant est déjà sur une ligne précédente.

## Export des accompagnements

exchange-sheet-name = Accompagnements
exchange-exported-by = Exporté par
exchange-exported-by-recovery = Clé de récupération
exchange-exported-at = Exporté le
exchange-filter-period = Filtre : période
exchange-filter-place = Filtre : lieu
exchange-filter-mediator = Filtre : médiateur
exchange-filter-type = Filtre : type
exchange-period-between = du { $from } au { $to }
exchange-period-from = à partir du { $from }
exchange-period-to = jusqu'au { $to }
exchange-period-all = toutes les dates
exchange-place-all = tous les lieux
exchange-mediator-all = toutes les personnes
exchange-type-all = tous les types
exchange-anonymous = Anonyme
exchange-yes = Oui
exchange-no = Non

## Ligne de commande

cli-import-checking = Vérification : { $done } lignes sur { $total }…
cli-import-writing = Écriture : { $done } sur { $total }…
cli-import-problems = Rien n'a été importé : { $count } problèmes à corriger dans le fichier.
cli-import-problem = Ligne { $row }, colonne « { $column } » : { $problem }
cli-import-problem-row = Ligne { $row } : { $problem }
cli-import-more-problems = … et { $count } autres problèmes.
cli-import-people-done = Personnes importées : { $created } (déjà enregistrées, ignorées : { $skipped }).
cli-import-activities-done = Activités importées : { $activities } ({ $sessions } accompagnements individuels, { $workshops } ateliers), { $accompaniments } accompagnements en tout ; personnes créées : { $created }, retrouvées : { $matched } ; lieux créés : { $places } ; déjà importées, ignorées : { $skipped }.
cli-export-done = { $rows } lignes exportées dans { $path }.
