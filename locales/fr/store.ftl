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
