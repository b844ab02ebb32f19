# Passerelle — écrans de l'espace chiffré : première installation, connexion, verrouillage,
# équipe, réglages, journal. Phrases courtes, un message dit quoi faire ensuite.

## Titres des écrans et navigation
page-title-loading = Chargement
page-title-failed = Passerelle ne peut pas démarrer
page-title-first-run = Première installation
page-title-sign-in = Connexion
page-title-passphrase = Ma phrase de passe
page-title-refused = Accès réservé
page-title-staff = Équipe
page-title-settings = Réglages de la structure
page-title-journal = Journal des accès
nav-staff = Équipe
nav-settings = Réglages
nav-journal = Journal
nav-passphrase = Ma phrase de passe
refused-text = Cet écran est réservé aux coordinateurs de la structure. Demandez à un coordinateur si vous avez besoin de cette action.
refused-home = Revenir à l'accueil

## Éléments communs des formulaires
form-required-mark = (obligatoire)
form-go-to-field = Aller au champ à corriger
cancel = Annuler
confirm-yes = Oui, confirmer
confirm-no = Non, annuler
working = En cours…
rekey-working = Passerelle chiffre à nouveau les données. Cela peut prendre une minute. Ne fermez pas Passerelle.

## En-tête : personne connectée
header-signed-in-as = Personne connectée :
header-recovery-key = Ouverture avec la clé de récupération
header-passphrase = Ma phrase de passe
header-switch = Changer de personne
header-lock = Verrouiller
header-lock-shortcut = Verrouiller (Ctrl + Maj + L)

## Rôles
role-coordinator = Coordinateur ou coordinatrice
role-mediator = Médiateur ou médiatrice
role-volunteer = Bénévole
role-coordinator-hint = Tout faire : équipe, réglages, journal, rapports, coffre-fort.
role-mediator-hint = Accompagner les personnes et ouvrir leur coffre-fort de documents.
role-volunteer-hint = Noter les accompagnements, sans accès au coffre-fort de documents.

## Phrase de passe
passphrase-new-label = Nouvelle phrase de passe
passphrase-repeat-label = Écrivez-la une deuxième fois
passphrase-advice = 10 caractères au moins. Le plus simple : 4 mots au hasard séparés par des espaces, par exemple « cheval agrafe pile correct ». Vous pouvez coller le texte.
passphrase-mismatch = Les deux phrases de passe ne sont pas identiques. Écrivez la même phrase dans les deux champs.
passphrase-strength-empty = Solidité : rien n'est écrit pour l'instant.
passphrase-strength-too-short = Solidité : trop courte. Il faut 10 caractères au moins.
passphrase-strength-weak = Solidité : faible. Ajoutez des mots.
passphrase-strength-fair = Solidité : moyenne. Un mot de plus la rendrait bonne.
passphrase-strength-strong = Solidité : bonne.
passphrase-heading = Ma phrase de passe
passphrase-intro = Choisissez une nouvelle phrase de passe. L'ancienne ne marchera plus.
passphrase-forced-intro = Vous vous êtes connecté avec une phrase de passe temporaire. Choisissez maintenant votre propre phrase de passe. Vous seul la connaîtrez.
passphrase-rekey-note = Passerelle va chiffrer à nouveau les données avec la nouvelle phrase. Cela prend quelques secondes.
passphrase-submit = Enregistrer ma phrase de passe
passphrase-saved = Votre phrase de passe est enregistrée.

## Première installation
first-run-step = Étape { $step } sur { $steps }
first-run-heading = Installer Passerelle pour votre structure
first-run-intro = Passerelle garde toutes les données chiffrées sur cet ordinateur. Remplissez ce formulaire une seule fois. Vous pourrez tout modifier plus tard dans les réglages.
first-run-structure-legend = Votre structure
structure-name-label = Nom de la structure
structure-name-hint = Par exemple : Espace France Services de Montreuil, ou Association Le Lien.
first-run-places-legend = Lieux d'activité
first-run-places-hint = Les lieux où vous accompagnez les personnes. Vous pouvez laisser vide et ajouter les lieux plus tard.
first-run-place-n = Lieu { $n }
first-run-add-place = Ajouter un autre lieu
first-run-coordinator-legend = Premier coordinateur
first-run-coordinator-hint = Cette personne gère l'équipe et les réglages. Elle ajoutera ensuite les autres membres de l'équipe.
first-run-create = Créer l'espace chiffré
first-run-creating = Création de l'espace chiffré en cours…
staff-name-label = Prénom et nom

## Lieux
place-name-label = Nom du lieu
place-name-hint = Par exemple : Médiathèque Jean-Jaurès.
place-address-label = Adresse
place-postal-code-label = Code postal
place-commune-label = Commune
place-commune-col = Commune
place-insee-label = Code INSEE de la commune
place-insee-hint = 5 caractères, par exemple 93048. Pour la Corse : 2A004. Il sert aux rapports.
place-state-col = État
place-in-use = En service
place-archived = Archivé
places-caption = Lieux d'activité : { $count }
places-none = Aucun lieu n'est enregistré pour l'instant.
place-add-heading = Ajouter un lieu
place-add-submit = Ajouter ce lieu
place-added = Le lieu « { $name } » est ajouté.
place-edit = Modifier
place-edit-named = Modifier le lieu { $name }
place-edit-heading = Modifier le lieu « { $name } »
place-archive-label = Lieu archivé
place-archive-hint = Un lieu archivé n'est plus proposé pour les nouveaux accompagnements. Les accompagnements passés le gardent.
place-save = Enregistrer le lieu
place-saved = Le lieu « { $name } » est enregistré.

## Lier le compte à cet ordinateur
bind-device-label = Lier mon compte à cet ordinateur
bind-device-hint = Votre phrase de passe ne suffira plus ailleurs : il faudra aussi cet ordinateur. Si l'ordinateur est perdu ou réinstallé, un coordinateur devra vous donner une nouvelle phrase de passe.
bind-device-unavailable = Le trousseau de clés de cet ordinateur n'est pas disponible. Votre compte ne peut donc pas être lié à cet ordinateur : la phrase de passe seule protège l'accès.
bind-device-reason = Raison technique :
bind-device-not-for-recovery = La clé de récupération ne peut pas être liée à un ordinateur. Connectez-vous avec votre nom pour lier votre compte.
bind-device-is-bound = Votre compte est lié à cet ordinateur : il faut votre phrase de passe et cet ordinateur pour l'ouvrir.
bind-device-passphrase-label = Votre phrase de passe actuelle
bind-device-submit = Lier mon compte à cet ordinateur
unbind-device-submit = Détacher mon compte de cet ordinateur
bind-done = Votre compte est maintenant lié à cet ordinateur.
unbind-done = Votre compte n'est plus lié à cet ordinateur.

## Feuille de récupération
sheet-heading = La feuille de récupération
sheet-intro = Cette feuille est le seul moyen d'ouvrir les données si plus personne ne connaît sa phrase de passe. Sans elle, les données seraient perdues pour toujours.
sheet-rule-print = Imprimez-la maintenant, ou enregistrez-la sur une clé USB.
sheet-rule-safe = Rangez-la dans un lieu fermé à clé, loin de cet ordinateur.
sheet-rule-no-photo = Ne la prenez pas en photo et ne l'enregistrez pas sur cet ordinateur.
sheet-print-title = Feuille de récupération Passerelle
sheet-structure = Structure
sheet-created = Créée le
sheet-journal-head = Dernière ligne du journal
sheet-key-heading = Clé de récupération
sheet-qr-label = La clé de récupération en code QR
sheet-how-to-use = Pour ouvrir les données avec cette clé : sur l'écran de connexion, ouvrez « Phrase de passe oubliée ? » et recopiez la clé.
sheet-print-heading = Imprimer
sheet-print-text = L'imprimante de l'ordinateur va s'ouvrir. Seule la feuille sera imprimée.
sheet-print-button = Imprimer la feuille
sheet-usb-heading = Enregistrer sur une clé USB
sheet-usb-warning = Attention : une personne qui trouve la clé USB peut ouvrir toutes les données. Rangez-la dans un lieu fermé à clé.
sheet-usb-find = Chercher les clés USB branchées
sheet-usb-none = Aucune clé USB n'est branchée. Branchez une clé, puis cherchez à nouveau.
sheet-usb-choose = Sur quelle clé USB enregistrer la feuille ?
sheet-usb-save = Enregistrer la feuille sur cette clé
sheet-usb-saved = La feuille est enregistrée sur la clé USB sous le nom « { $file } ».
sheet-confirm-label = J'ai imprimé ou enregistré la feuille de récupération et je la range en lieu sûr.
sheet-confirm-missing = Cochez la case pour confirmer que la feuille est imprimée ou enregistrée.
sheet-continue = Continuer
sheet-replaced = La nouvelle feuille de récupération est prête. L'ancienne feuille n'ouvre plus rien : vous pouvez la détruire.

## Connexion
sign-in-heading = Se connecter
sign-in-intro = Choisissez votre nom, puis écrivez votre phrase de passe.
sign-in-who = Qui êtes-vous ?
sign-in-other-name = Mon nom n'est pas dans la liste
sign-in-name-label = Votre nom
sign-in-choose-name = Choisissez votre nom dans la liste, ou écrivez-le.
sign-in-passphrase-label = Phrase de passe
sign-in-submit = Ouvrir
sign-in-opening = Ouverture en cours…
sign-in-wait = Trop d'essais. Vous pourrez réessayer dans { $seconds } secondes.
sign-in-wait-over = Vous pouvez réessayer maintenant.
forgotten-summary = Phrase de passe oubliée ?
forgotten-ask-coordinator = Demandez à un coordinateur de la structure. Dans l'écran Équipe, il peut vous donner une phrase de passe temporaire. Vous la changerez à la connexion.
forgotten-recovery-intro = Si aucun coordinateur ne peut se connecter, utilisez la feuille de récupération rangée en lieu sûr. Recopiez la clé ci-dessous. Ensuite, donnez une nouvelle phrase de passe à chaque personne qui l'a oubliée.
recovery-key-label = Clé de récupération
recovery-key-hint = Elle commence par AGE-SECRET-KEY. Les espaces et les retours à la ligne ne comptent pas.
recovery-submit = Ouvrir avec la clé de récupération

## Verrouillage automatique
idle-warning-title = Passerelle va se verrouiller
idle-warning-text = Personne n'a utilisé Passerelle depuis un moment. Pour protéger les données, Passerelle va se verrouiller. Le formulaire commencé sera gardé.
idle-warning-countdown = Verrouillage dans { $seconds } secondes.
idle-warning-continue = Continuer
idle-warning-lock-now = Verrouiller maintenant

## Brouillons
draft-heading = Un formulaire commencé vous attend
draft-text = Passerelle s'est verrouillé pendant que vous remplissiez le formulaire « { $form } » ({ $when }). Il a été gardé, chiffré.
draft-resume = Reprendre le formulaire
draft-discard = Supprimer ce brouillon
draft-form-place-new = Ajouter un lieu
draft-form-staff-new = Ajouter un membre de l'équipe
draft-form-settings-structure = Réglages de la structure
draft-form-other = Formulaire

## Accueil après connexion
home-hello = Bonjour { $name }
home-heading-recovery = Ouverture avec la clé de récupération
home-signed-in-intro = Vous travaillez pour { $structure }.
home-shortcut-staff = Gérer l'équipe
home-shortcut-staff-hint = Ajouter une personne, changer un rôle, donner une nouvelle phrase de passe.
home-shortcut-journal = Lire le journal des accès
home-shortcut-journal-hint = Qui a fait quoi, et quand. Export pour la CNIL.
home-shortcut-settings = Réglages de la structure
home-shortcut-settings-hint = Nom, lieux d'activité, verrouillage automatique, feuille de récupération.

## Équipe
staff-heading = L'équipe
staff-intro = Les personnes qui peuvent ouvrir Passerelle. Retirer ou désactiver quelqu'un chiffre à nouveau toutes les données : son ancienne phrase de passe n'ouvre plus rien.
staff-list-heading = Membres de l'équipe
staff-caption = Membres de l'équipe : { $count }
staff-col-name = Nom
staff-col-role = Rôle
staff-col-state = État
staff-col-actions = Actions
staff-state-active = Actif
staff-state-temporary = Phrase de passe temporaire à changer
staff-state-disabled = Désactivé
staff-manage = Gérer
staff-manage-named = Gérer { $name }
staff-manage-heading = Gérer : { $name }
staff-manage-close = Fermer
staff-role-legend = Rôle
staff-role-save = Enregistrer le rôle
staff-role-saved = Le rôle de { $name } est enregistré.
staff-reset-heading = Nouvelle phrase de passe temporaire
staff-temp-passphrase-label = Phrase de passe temporaire
staff-temp-passphrase-hint = Donnez-la à la personne de vive voix. Elle devra la changer à sa première connexion.
staff-reset-submit = Donner cette phrase de passe
staff-reset-done = { $name } a une nouvelle phrase de passe temporaire.
staff-access-heading = Accès
staff-access-hint = Désactiver garde le nom dans la liste et l'historique. Retirer enlève la personne de la liste. Dans les deux cas, la personne ne peut plus ouvrir Passerelle.
staff-disable = Désactiver
staff-remove = Retirer de l'équipe
staff-disable-confirm = Désactiver { $name } ? Cette personne ne pourra plus ouvrir Passerelle.
staff-remove-confirm = Retirer { $name } de l'équipe ? Cette personne ne pourra plus ouvrir Passerelle.
staff-disabled-done = { $name } est désactivé. Les données sont chiffrées avec une nouvelle clé.
staff-removed-done = { $name } est retiré de l'équipe. Les données sont chiffrées avec une nouvelle clé.
staff-add-heading = Ajouter une personne
staff-add-submit = Ajouter à l'équipe
staff-added = { $name } fait partie de l'équipe. Donnez-lui sa phrase de passe temporaire.

## Réglages de la structure
settings-heading = Réglages de la structure
settings-intro = Ces réglages valent pour toute l'équipe, sur cet ordinateur.
settings-read-only = Seuls les coordinateurs peuvent modifier ces réglages. Vous pouvez les lire.
settings-structure-heading = Structure et verrouillage
settings-work-language-label = Langue de travail de la structure
settings-work-language-hint = La langue des documents imprimés et des exports.
settings-idle-heading = Verrouillage automatique
settings-idle-intro = Sans activité, Passerelle se verrouille pour protéger les données. Un message prévient 30 secondes avant.
settings-staff-idle-label = Postes de l'équipe (en minutes)
settings-kiosk-idle-label = Borne en libre accès (en minutes)
settings-idle-hint = Entre 1 et 240 minutes.
settings-save = Enregistrer les réglages
settings-places-heading = Lieux d'activité
settings-device-heading = Cet ordinateur
settings-recovery-heading = Feuille de récupération
settings-recovery-text = Si la feuille de récupération est perdue, créez-en une nouvelle. L'ancienne n'ouvrira plus rien.
settings-recovery-button = Créer une nouvelle feuille de récupération
settings-recovery-confirm = Créer une nouvelle feuille ? L'ancienne feuille n'ouvrira plus rien. Il faudra imprimer la nouvelle tout de suite.
settings-display-link = Régler l'affichage et la langue de l'écran

## Journal des accès
journal-heading = Journal des accès
journal-intro = Chaque action sensible est notée ici : connexions, changements dans l'équipe, réglages, exports. Le journal ne contient aucune donnée sur les personnes accompagnées. Personne ne peut effacer une ligne sans que cela se voie.
journal-filters-heading = Filtrer
journal-filter-actor = Personne
journal-filter-action = Action
journal-filter-from = Du
journal-filter-to = Au
journal-filter-all = Toutes
journal-filter-submit = Afficher
journal-export = Exporter en CSV
journal-export-file-name = journal-passerelle.csv
journal-exported = Le journal est exporté : { $count } lignes.
journal-intact = Le journal est complet : aucune ligne n'a été modifiée ni effacée.
journal-broken = Attention : le journal a été modifié ou des lignes ont été effacées. Prévenez le responsable de la structure.
journal-caption = { $count } lignes — page { $page } sur { $pages }
journal-col-seq = N°
journal-col-time = Date et heure
journal-col-actor = Personne
journal-col-action = Action
journal-col-record = Élément
journal-pages = Pages du journal
journal-newer = Plus récent
journal-older = Plus ancien
