# Les personnes accompagnées : profil (vocabulaire national de la médiation numérique).

gender-feminin = Féminin
gender-masculin = Masculin
gender-non-communique = Non communiqué

status-retraite = Retraité ou retraitée
status-sans-emploi = Sans emploi
status-en-emploi = En emploi
status-scolarise = Scolarisé ou scolarisée
status-non-communique = Non communiqué

age-moins-de-douze = Moins de 12 ans
age-douze-dix-huit = 12 à 17 ans
age-dix-huit-vingt-quatre = 18 à 24 ans
age-vingt-cinq-trente-neuf = 25 à 39 ans
age-quarante-cinquante-neuf = 40 à 59 ans
age-soixante-soixante-neuf = 60 à 69 ans
age-soixante-dix-plus = 70 ans et plus
age-non-communique = Non communiqué

journal-action-person-created = Personne enregistrée
journal-action-person-changed = Fiche d'une personne modifiée

error-person-not-found = Cette personne n'est plus dans Passerelle. Elle a peut-être été fusionnée avec une autre fiche : cherchez-la de nouveau.
