# Passerelle — coffre chiffré, clés et journal : messages d'erreur et d'état.
# Rédaction : phrases courtes, mots courants, un message dit quoi faire ensuite.

## Erreurs du coffre chiffré
error-store-not-found = Aucune structure n'est installée dans ce dossier. Vérifiez le dossier des données, ou installez Passerelle pour votre structure.
error-store-already-exists = Une structure est déjà installée dans ce dossier. Rien n'a été changé.
error-wrong-passphrase = La phrase de passe n'est pas la bonne. Vérifiez les majuscules et recommencez.
error-wrong-recovery-key = Cette clé de récupération ne correspond pas. Recopiez-la depuis la feuille de récupération, sans oublier de caractère, et recommencez.
error-too-many-attempts = Trop d'essais ratés. Attendez { $seconds } secondes avant de recommencer. Si vous avez oublié votre phrase de passe, demandez à un coordinateur.
error-seal-damaged = Le fichier des clés est abîmé, et sa copie aussi. Vos données ne sont pas perdues : demandez à votre coordinateur de restaurer une sauvegarde.
error-seal-copy-damaged = Un des deux fichiers des clés était abîmé. Passerelle a utilisé la copie et l'a réparé. Vous pouvez continuer ; prévenez votre coordinateur.
error-store-too-new = Ces données ont été enregistrées par une version plus récente de Passerelle. Installez la dernière version de Passerelle, puis recommencez.
error-store-damaged = Les données de la structure ne peuvent pas être ouvertes : elles sont abîmées ou ne correspondent pas au fichier des clés. Ne supprimez rien et prévenez votre coordinateur.
error-keyring-unavailable = Le trousseau de cet ordinateur n'est pas disponible. Ouvrez votre session avec votre phrase de passe, ou demandez de l'aide à votre coordinateur.
error-device-secret-missing = Ce compte est lié à un autre ordinateur. Ouvrez-le sur son ordinateur, ou demandez à un coordinateur.
error-role-refused = Votre rôle ne permet pas de faire cela. Demandez à un coordinateur.
error-locked = Passerelle est verrouillé. Entrez votre phrase de passe pour continuer.
error-staff-not-found = Ce membre de l'équipe n'existe pas. Choisissez un nom dans la liste.
error-staff-disabled = Ce compte est désactivé. Demandez à un coordinateur.
error-last-coordinator = Il faut garder au moins un coordinateur actif. Nommez d'abord un autre coordinateur.
error-passphrase-too-short = Cette phrase de passe est trop courte. Choisissez au moins { $min } caractères, par exemple plusieurs mots.
error-journal-broken = Le journal de sécurité a été modifié, à partir de l'entrée { $seq }. Ne supprimez rien et prévenez votre coordinateur.
error-invalid-field = Cette valeur n'est pas valable. Corrigez le champ signalé, puis recommencez.
error-store-busy = Passerelle est déjà ouvert sur cet ordinateur (dans une autre fenêtre ou une tâche automatique). Fermez-le, ou attendez la fin de la tâche, puis recommencez.
error-passphrase-change-required = Votre phrase de passe est provisoire : un coordinateur l'a choisie pour vous. Choisissez maintenant votre propre phrase de passe pour continuer.
error-file-exists = Un fichier porte déjà ce nom à cet endroit. Rien n'a été remplacé. Choisissez un autre nom ou un autre dossier.
error-not-removable-drive = Ce dossier n'est pas sur une clé USB ou une carte mémoire branchée. Branchez une clé USB, puis choisissez-la dans la liste.

## Journal de sécurité : nom de chaque action (écran du journal, export CSV)
journal-action-store-created = Installation de la structure
journal-action-session-unlock = Ouverture de session
journal-action-session-recovery-unlock = Ouverture avec la clé de récupération
journal-action-staff-added = Membre de l'équipe ajouté
journal-action-staff-role-changed = Rôle d'un membre changé
journal-action-staff-disabled = Membre de l'équipe désactivé
journal-action-staff-removed = Membre de l'équipe retiré
journal-action-staff-passphrase-changed = Phrase de passe changée
journal-action-staff-device-bound = Compte lié à cet ordinateur
journal-action-staff-device-unbound = Compte détaché de cet ordinateur
journal-action-store-rekey = Données chiffrées avec une nouvelle clé
journal-action-store-recovery-regenerated = Nouvelle clé de récupération
journal-action-settings-changed = Réglages modifiés
journal-action-place-added = Lieu ajouté
journal-action-place-changed = Lieu modifié
journal-action-journal-exported = Journal exporté
journal-action-debug-write = Écriture d'essai

## Journal de sécurité : qui a agi, quand ce n'est pas un membre de l'équipe
journal-actor-recovery = Clé de récupération
journal-actor-system = Passerelle (système)
journal-actor-removed = Membre retiré de l'équipe

## Journal de sécurité : titres des colonnes du fichier CSV
journal-csv-seq = N°
journal-csv-time = Date et heure
journal-csv-actor = Code de la personne
journal-csv-actor-name = Personne
journal-csv-action = Code de l'action
journal-csv-action-label = Action
journal-csv-record = Élément concerné
journal-csv-hash = Empreinte (SHA-256)

## Ligne de commande (passerelle)
cli-prompt-passphrase = Phrase de passe de { $name } :
cli-prompt-new-passphrase = Nouvelle phrase de passe pour { $name } :
cli-prompt-again = Encore une fois :
cli-prompt-recovery-key = Clé de récupération :
cli-recovery-key-once = CLÉ DE RÉCUPÉRATION — affichée une seule fois. Imprimez-la ou recopiez-la, et rangez-la dans un coffre :
cli-recovery-sheet-written = Feuille de récupération écrite : { $path }
cli-store-created = Structure « { $structure } » installée. Premier coordinateur : { $coordinator }.
cli-recovery-regenerated = Nouvelle clé de récupération (génération { $generation }). L'ancienne feuille n'ouvre plus rien : détruisez-la.
cli-staff-passphrase-temporary = Cette phrase de passe est provisoire : { $name } devra choisir la sienne à sa prochaine connexion.
cli-journal-exported = Journal exporté dans { $path } (lignes : { $rows }).
cli-journal-shown = Entrées affichées : { $shown } sur { $total }.
