## La carte imprimée d'un bénéficiaire pour ses documents privés du coffre-fort (pas une carte
## d'identité). Français facile à lire : phrases courtes, une idée par phrase, « vous ».

pdf-vault-card-title = Votre carte pour vos documents privés
pdf-vault-card-subject = Carte personnelle pour ouvrir les documents privés du coffre-fort numérique
pdf-vault-card-footer = Carte personnelle — gardez-la avec vos papiers importants
pdf-vault-card-keep = Gardez cette carte. Sans elle et sans votre code secret, personne ne peut ouvrir vos documents privés, même pas nous.
pdf-vault-card-for = Carte de : { $first_name }
pdf-vault-card-code-label = Code de la carte :
pdf-vault-card-code-hint = Ce code est fait de lettres et de chiffres. Ce n'est pas votre code secret.
pdf-vault-card-qr-caption = Le même code, en QR code
pdf-vault-card-what-heading = À quoi sert cette carte ?
pdf-vault-card-what-body = Vos documents privés sont fermés à clé. Pour les ouvrir, il faut 2 choses : cette carte et votre code secret. Votre code secret, ce sont les chiffres que vous avez choisis. Vous seul le connaissez.
pdf-vault-card-keep-heading = Comment garder cette carte ?
pdf-vault-card-keep-safe = Rangez-la avec vos papiers importants, dans un endroit sûr.
pdf-vault-card-keep-pin-apart = N'écrivez pas votre code secret sur cette carte.
pdf-vault-card-keep-no-photo = Ne donnez pas cette carte à une autre personne. Ne la prenez pas en photo.
pdf-vault-card-lost-heading = Si vous perdez cette carte
pdf-vault-card-lost-body = Si vous perdez cette carte, vos documents privés sont perdus. Si vous oubliez votre code secret, c'est pareil. Personne ne peut les rouvrir, même pas nous. Gardez aussi une copie de vos papiers les plus importants.
pdf-vault-card-found-heading = Si quelqu'un trouve cette carte
pdf-vault-card-found-body = Sans votre code secret, cette carte seule n'ouvre rien. Venez nous voir si vous l'avez perdue.
pdf-vault-card-issued = Carte faite par { $structure } le { $date }.
