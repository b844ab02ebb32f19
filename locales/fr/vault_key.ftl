## La clé personnelle d'un bénéficiaire pour ses documents privés : la carte imprimée (code et
## QR code) et le code PIN. Messages d'erreur, en français facile à lire.

vault-key-card-malformed = Le code de la carte n'est pas complet. Il a 32 lettres et chiffres, en 8 groupes de 4. Recopiez-le en entier.
vault-key-card-mistyped = Le code de la carte contient une faute de frappe. Relisez chaque groupe de 4 et corrigez-le.
vault-key-pin-format = Le code PIN doit avoir de 4 à 8 chiffres, sans lettres ni espaces.
vault-key-pin-too-simple = Ce code PIN est trop facile à deviner (par exemple 0000, 1234 ou 1212). Choisissez-en un autre.
vault-key-wrong-card-or-pin = La carte ou le code PIN ne correspond pas. Vérifiez que c'est bien votre carte et réessayez votre code.
vault-key-damaged = La clé des documents privés de cette personne est abîmée. Les documents privés ne peuvent pas être ouverts. Prévenez le coordinateur.
vault-key-internal = Une erreur inattendue s'est produite avec la clé des documents privés. Réessayez ; si cela recommence, prévenez le coordinateur.

## Aperçus (vignettes) des images du coffre. Sans aperçu, la liste montre une icône.

thumbnail-unreadable = Cette image est abîmée ou incomplète : pas d'aperçu possible.
thumbnail-too-large = Cette image est trop grande pour afficher un aperçu.
thumbnail-encode-failed = L'aperçu de cette image n'a pas pu être préparé.
