## Coffre-fort de documents : dossiers par catégorie, erreurs d'ajout et d'ouverture, journal.

vault-category-identite = Identité
vault-category-titre-de-sejour = Titre de séjour
vault-category-sante = Santé
vault-category-logement = Logement
vault-category-impots = Impôts
vault-category-revenus = Revenus
vault-category-emploi = Emploi
vault-category-famille = Famille
vault-category-banque = Banque
vault-category-transport = Transport
vault-category-autre = Autre

vault-expires-on = { $title } : expire le { $date }
vault-expired-on = { $title } : expiré depuis le { $date }
vault-quota-warning = Le coffre-fort de cette personne est presque plein : { $used_mb } Mo utilisés sur { $quota_mb } Mo.

error-vault-consent-missing = Le consentement de cette personne ne couvre pas le coffre-fort. Recueillez son accord avant d'ouvrir ou de remplir son coffre-fort.
error-document-empty = Ce fichier est vide : rien n'a été ajouté.
error-document-type-refused = Ce type de fichier n'est pas accepté. Ajoutez un PDF, une photo (JPEG, PNG, GIF, WebP, HEIC), un document bureautique (Word, Excel, LibreOffice) ou un texte.
error-document-malformed = Ce fichier ({ $type }) est abîmé ou incomplet : rien n'a été ajouté. Numérisez ou téléchargez-le à nouveau.
error-vault-quota-exceeded = Le coffre-fort de cette personne est plein ({ $used_mb } Mo utilisés sur { $quota_mb } Mo). Supprimez des documents devenus inutiles avant d'en ajouter.
error-file-name-not-utf8 = Le nom de ce fichier contient des caractères illisibles : renommez le fichier puis ajoutez-le à nouveau. Rien n'a été ajouté.
error-document-not-found = Ce document n'existe plus (il a peut-être été supprimé).
error-document-damaged = Le fichier chiffré de ce document est abîmé : il ne peut pas être ouvert. Les autres documents ne sont pas touchés. Restaurez une sauvegarde.
error-document-file-missing = Le fichier chiffré de ce document est introuvable dans le dossier du coffre-fort. Restaurez une sauvegarde.
error-document-private = Ce document est privé : seule la personne, avec sa carte et son code, peut l'ouvrir.
error-private-vault-not-enrolled = Cette personne n'a pas encore d'espace privé (carte et code).
error-private-vault-already-enrolled = Cette personne a déjà un espace privé.
error-vault-secret-wrong = La carte ou le code ne correspond pas.
error-pin-invalid = Ce code n'est pas accepté : il faut 4 à 8 chiffres, et pas un code trop simple (comme 0000, 1234 ou 1212).
error-vault-card-unreadable = Le code de la carte est incomplet ou contient une faute de frappe : vérifiez-le caractère par caractère.

journal-action-vault-opened = Coffre-fort ouvert
journal-action-document-added = Document ajouté
journal-action-document-viewed = Document consulté
journal-action-document-changed = Document modifié
journal-action-document-deleted = Document supprimé
journal-action-document-printed = Document imprimé
journal-action-document-exported = Document exporté
journal-action-vault-private-enrolled = Espace privé créé
