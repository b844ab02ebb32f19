# Le bureau du médiateur : personnes, accompagnements.

page-title-people = Personnes accompagnées
page-title-person-new = Nouvelle personne
page-title-person = Fiche de la personne
page-title-session-new = Nouvel accompagnement
nav-people = Personnes

people-heading = Personnes accompagnées
people-new = Enregistrer une nouvelle personne
people-anonymous-session = Accompagnement anonyme
people-search-label = Chercher une personne
people-search-hint = Nom, prénom, téléphone, e-mail ou année de naissance. Les accents, les majuscules et une faute de frappe ne comptent pas.
people-found = { $count ->
    [0] Personne ne correspond.
    [one] Une personne correspond.
   *[other] { $count } personnes correspondent.
}
people-results-heading = Résultats de la recherche
people-none-found = Personne ne correspond. Vérifiez l'orthographe, ou enregistrez une nouvelle personne.
people-recent-heading = Vues récemment
people-recent-empty = Personne pour l'instant.
people-approximate = (orthographe proche)
person-born = née ou né en { $year }

person-new-heading = Enregistrer une nouvelle personne
person-new-intro = Remplissez seulement ce que la personne veut bien dire. Seul le nom est nécessaire pour la retrouver ensuite.
person-anonymous-label = Personne anonyme
person-anonymous-hint = Sans nom, sans téléphone, sans e-mail : seules les informations utiles aux statistiques sont gardées.
person-first-name = Prénom
person-last-name = Nom
person-birth-year = Année de naissance
person-birth-year-hint = 4 chiffres, par exemple 1984. La tranche d'âge en est déduite.
person-birth-year-invalid = L'année de naissance doit s'écrire avec 4 chiffres, par exemple 1984.
person-gender = Genre
person-status = Situation
person-residence = Lieu de résidence
person-phone = Téléphone
person-email = E-mail
person-languages = Langues parlées
person-languages-hint = Codes de 2 ou 3 lettres séparés par des virgules, par exemple : fr, ar, uk.
person-notes = Notes
person-notes-warning = N'écrivez jamais d'information de santé ni de mot de passe.
person-save = Enregistrer la personne
person-save-anyway = Ce n'est aucune de ces personnes : enregistrer
person-duplicates-heading = Cette personne est peut-être déjà enregistrée
person-duplicates-text = Si c'est l'une d'elles, ouvrez sa fiche. Sinon, enregistrez une nouvelle personne avec le bouton en bas du formulaire.

person-anonymous-name = Personne anonyme
person-new-session = Nouvel accompagnement
person-same-as-last-time = Comme la dernière fois
person-profile-heading = Informations
person-profile-empty = Aucune information pour l'instant.
person-minor = Cette personne est peut-être mineure : le consentement est donné par un représentant légal.
person-sessions-heading = { $count ->
    [0] Accompagnements
    [one] 1 accompagnement
   *[other] { $count } accompagnements
}
person-no-sessions = Aucun accompagnement enregistré.
session-duration = { $minutes } min
session-recorded-by = par { $name }
session-delete = Supprimer
session-delete-named = Supprimer l'accompagnement du { $date }
session-deleted = L'accompagnement est supprimé.
session-undo = Annuler la suppression
session-restored = L'accompagnement est de retour.

session-new-heading = Nouvel accompagnement
session-new-heading-for = Nouvel accompagnement : { $name }
session-new-heading-anonymous = Nouvel accompagnement anonyme
session-date = Date
session-duration-legend = Durée
duration-15 = 15 min
duration-30 = 30 min
duration-45 = 45 min
duration-60 = 1 h
duration-90 = 1 h 30
duration-120 = 2 h
duration-other = Autre durée
session-duration-minutes = Durée en minutes
session-duration-invalid = Écrivez la durée en minutes, par exemple 20.
session-canal = Lieu de l'accompagnement
session-place = Lieu d'activité
session-equipment = Matériel utilisé
session-themes = Thèmes
session-procedures = Démarches administratives
session-procedure-name = Nom de la démarche
session-procedure-name-hint = Par exemple : demande de carte Vitale.
session-autonomy = Autonomie de la personne à la fin
session-referral = Orientation
session-referral-none = Pas d'orientation
session-referral-to = Vers quelle structure ?
session-tags = Étiquettes
session-save = Enregistrer l'accompagnement
session-cancel = Annuler
home-shortcut-people = Accueillir une personne
home-shortcut-people-hint = La retrouver ou l'enregistrer, puis noter l'accompagnement.
session-save-hint = Raccourci : Ctrl + Entrée enregistre depuis n'importe quel champ.

page-title-workshops = Ateliers collectifs
page-title-workshop-new = Nouvel atelier
nav-workshops = Ateliers
workshops-heading = Ateliers collectifs
workshops-new = Enregistrer un atelier
workshops-latest = Derniers ateliers
workshops-none = Aucun atelier enregistré.
workshop-participants-count = { $count ->
    [one] 1 participant
   *[other] { $count } participants
}
workshop-new-heading = Enregistrer un atelier
workshop-title = Titre de l'atelier
workshop-level = Niveau
workshop-participants = Personnes inscrites qui sont venues
workshop-add-person = Ajouter une personne (chercher par son nom)
workshop-add-named = Ajouter { $name }
workshop-remove-named = Retirer { $name }
workshop-participants-chosen = { $count ->
    [0] Aucune personne inscrite ajoutée
    [one] 1 personne inscrite
   *[other] { $count } personnes inscrites
}
workshop-anonymous = Participants sans fiche
workshop-anonymous-hint = Nombre de personnes venues sans être enregistrées. Détaillez-les ci-dessous si vous le savez ; le reste compte comme « non communiqué ».
workshop-by-gender = Participants sans fiche, par genre
workshop-by-age = Participants sans fiche, par tranche d'âge
workshop-by-status = Participants sans fiche, par situation
workshop-count-invalid = Écrivez un nombre, par exemple 4.
workshop-save = Enregistrer l'atelier

tags-heading = Étiquettes
tags-intro = Vos propres étiquettes pour les accompagnements et les ateliers : un projet local, le programme d'un financeur… Elles servent de filtre et de statistique.
tags-none = Aucune étiquette pour l'instant.
tag-name = Nouvelle étiquette
tag-name-hint = Par exemple : Conseiller numérique, Appel à projets 2026.
tag-add = Créer l'étiquette
tag-added = L'étiquette « { $name } » est créée.
tag-archived = (archivée)
tag-archive-named = Archiver { $name }
tag-restore-named = Remettre { $name } en service

merge-heading = Cette personne a deux fiches ?
merge-intro = Cherchez l'autre fiche : ses accompagnements viendront sur celle-ci et elle disparaîtra des recherches. Vous pourrez annuler.
merge-search = Chercher l'autre fiche
merge-choose = Choisir { $name }
merge-preview = Les { $moving } accompagnements de { $other } passeront sur la fiche de { $kept }, qui en a déjà { $existing }. La fiche de { $other } disparaîtra des recherches.
merge-confirm = Fusionner les deux fiches
merge-done = Les deux fiches sont fusionnées.
merge-undo = Annuler la fusion
merge-undone = La fusion est annulée : les deux fiches sont de retour.

consent-heading = Consentement
consent-none = Pas encore de consentement enregistré. Lisez l'explication avec la personne avant de garder des informations à son nom.
consent-collect = Recueillir le consentement
consent-change = Modifier le consentement
consent-withdraw = Retirer le consentement
consent-withdraw-confirm = La personne retire son consentement ? Ses accompagnements restent comptés dans les statistiques.
consent-given = Consentement donné le { $date }.
consent-given-by = Consentement donné le { $date }, recueilli par { $name }.
consent-by-guardian = Donné par un représentant légal.
consent-recorded = Le consentement est enregistré.
consent-withdrawn = Le consentement est retiré.
consent-notice-heading = Vos informations chez nous
consent-notice-1 = Nous gardons quelques informations sur vous pour vous aider dans vos démarches : votre nom, et ce que nous faisons ensemble. Vous dites seulement ce que vous voulez.
consent-notice-2 = Ces informations restent sur l'ordinateur de la structure. Elles sont chiffrées : personne d'autre ne peut les lire. Nous ne les vendons pas et ne les donnons à personne.
consent-notice-3 = Vous pouvez demander à les voir, à les corriger ou à les effacer, et retirer votre accord quand vous voulez. Demandez à un médiateur.
consent-notice-4 = Pour nos rapports, nous comptons les accompagnements sans votre nom.
consent-print = Imprimer la notice pour la personne
consent-scopes = La personne est d'accord pour :
consent-guardian = Un représentant légal donne son accord
consent-guardian-hint = La personne a peut-être moins de 18 ans : un parent ou un tuteur doit donner son accord.
consent-agree = La personne est d'accord : enregistrer
session-edit = Modifier
session-edit-named = Modifier l'accompagnement du { $date }
session-edit-heading-for = Modifier l'accompagnement : { $name }
person-edit = Modifier la fiche
person-edit-heading = Modifier la fiche
person-save-changes = Enregistrer les modifications

journal-action-follow-up-added = Suivi ajouté
journal-action-follow-up-done = Suivi fait
journal-action-follow-up-postponed = Suivi reporté
journal-action-partner-added = Partenaire ajouté
journal-action-partner-changed = Partenaire modifié
journal-action-person-exported = Données d'une personne exportées (droit d'accès)
journal-action-person-erased = Personne effacée
journal-action-retention-purged = Fiches inactives effacées (durée de conservation)
journal-action-import-people = Personnes importées
journal-action-import-activities = Activités importées
journal-action-export-sessions = Accompagnements exportés
journal-action-demo-generated = Données de démonstration générées (mode formation)
