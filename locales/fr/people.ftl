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

## Accompagnements (vocabulaire national)

activity-individuel = Accompagnement individuel
activity-collectif = Atelier collectif

canal-lieu-activite = Lieu d'activité
canal-domicile = À domicile
canal-a-distance = À distance
canal-autre = Autre lieu

equipment-ordinateur = Ordinateur
equipment-telephone = Téléphone
equipment-tablette = Tablette
equipment-autre = Autre matériel
equipment-aucun = Pas de matériel

theme-diagnostic-numerique = Diagnostic numérique
theme-prendre-en-main-du-materiel = Prendre en main du matériel
theme-maintenance-de-materiel = Maintenance de matériel
theme-gere-ses-contenus-numeriques = Gérer ses contenus numériques
theme-navigation-sur-internet = Navigation sur internet
theme-email = E-mail
theme-bureautique = Bureautique
theme-reseaux-sociaux = Réseaux sociaux
theme-sante = Santé
theme-banque-et-achats-en-ligne = Banque et achats en ligne
theme-entrepreneuriat = Entrepreneuriat
theme-insertion-professionnelle = Insertion professionnelle
theme-securite-numerique = Sécurité numérique
theme-parentalite = Parentalité
theme-scolarite-et-numerique = Scolarité et numérique
theme-creer-avec-le-numerique = Créer avec le numérique
theme-culture-numerique = Culture numérique
theme-intelligence-artificielle = Intelligence artificielle
theme-aide-aux-demarches-administratives = Aide aux démarches administratives

procedure-papiers-elections-citoyennete = Papiers, élections, citoyenneté
procedure-famille-scolarite = Famille, scolarité
procedure-social-sante = Social, santé
procedure-travail-formation = Travail, formation
procedure-logement = Logement
procedure-transports-mobilite = Transports, mobilité
procedure-argent-impots = Argent, impôts
procedure-justice = Justice
procedure-etrangers-europe = Étrangers, Europe
procedure-loisirs-sports-culture = Loisirs, sports, culture
procedure-associations = Associations

autonomy-entierement-accompagne = Avec guidage
autonomy-partiellement-autonome = Autonome avec guidage en cas de besoin
autonomy-autonome = Autonome

referral-administration = Administration (mairie, préfecture…)
referral-mediation-numerique = Médiation numérique
referral-operateur-ou-organisme-en-charge = Opérateur ou organisme en charge de la démarche
referral-aide-sociale = Aide sociale (centre social, maison des solidarités…)
referral-insertion-professionnelle = Insertion professionnelle (France Travail, mission locale…)
referral-aide-aux-demarches-administratives = Aide aux démarches administratives (France Services…)
referral-autre = Autre

journal-action-session-record-created = Accompagnement enregistré
journal-action-session-record-changed = Accompagnement modifié
journal-action-session-record-deleted = Accompagnement supprimé
journal-action-session-record-restored = Suppression d'un accompagnement annulée
journal-action-tag-added = Étiquette créée
journal-action-tag-changed = Étiquette modifiée

error-session-not-found = Cet accompagnement n'existe plus : il a peut-être été supprimé entre-temps. Rechargez la fiche de la personne.
journal-action-person-merged = Deux fiches d'une même personne fusionnées
journal-action-person-unmerged = Fusion de fiches annulée

level-debutant = Débutant
level-intermediaire = Intermédiaire
level-avance = Avancé
journal-action-workshop-created = Atelier enregistré

consent-scope-fiche = Garder une fiche à son nom pour suivre ses démarches
consent-scope-contact = Être contacté par téléphone ou par e-mail (rappel de rendez-vous)
consent-scope-coffre = Garder ses documents dans le coffre-fort numérique
journal-action-consent-given = Consentement recueilli
journal-action-consent-withdrawn = Consentement retiré
