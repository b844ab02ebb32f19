# Mode formation : magasin de démonstration (passerelle demo), bandeau de l'application.

training-banner = Mode formation — données fictives
training-banner-detail = Toutes les personnes et tous les accompagnements de cet espace sont inventés. N'y saisissez aucune donnée réelle.

## Ligne de commande (passerelle demo)
cli-demo-size-unknown = Taille inconnue « { $size } » : choisissez small ou stress.
cli-demo-generating = Création d'un espace de formation ({ $size }, graine { $seed }) : cela peut prendre quelques minutes…
cli-demo-created = Espace de formation « { $structure } » créé, données fictives du { $from } au { $to }.
cli-demo-passphrase = Phrase de passe de tous les membres de l'équipe : { $passphrase }
cli-demo-coordinator = Coordinateur ou coordinatrice : { $name }
cli-demo-staff = Équipe ({ $count }) :
cli-demo-training = Cet espace est marqué « Mode formation — données fictives » ; n'y saisissez aucune donnée réelle.
