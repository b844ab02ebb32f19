# Not yet reviewed by a native speaker.

# People supported: profile (national digital-mediation vocabulary).

gender-feminin = Female
gender-masculin = Male
gender-non-communique = Not given

status-retraite = Retired
status-sans-emploi = Unemployed
status-en-emploi = Employed
status-scolarise = In education
status-non-communique = Not given

age-moins-de-douze = Under 12
age-douze-dix-huit = 12 to 17
age-dix-huit-vingt-quatre = 18 to 24
age-vingt-cinq-trente-neuf = 25 to 39
age-quarante-cinquante-neuf = 40 to 59
age-soixante-soixante-neuf = 60 to 69
age-soixante-dix-plus = 70 and over
age-non-communique = Not given

journal-action-person-created = Person registered
journal-action-person-changed = Person's record changed

error-person-not-found = This person is no longer in Passerelle. Their record may have been merged with another: search again.

## Support sessions (national vocabulary)

activity-individuel = Individual support
activity-collectif = Group workshop

canal-lieu-activite = Place of activity
canal-domicile = At home
canal-a-distance = Remote
canal-autre = Other place

equipment-ordinateur = Computer
equipment-telephone = Phone
equipment-tablette = Tablet
equipment-autre = Other equipment
equipment-aucun = No equipment

theme-diagnostic-numerique = Digital skills check
theme-prendre-en-main-du-materiel = Getting started with a device
theme-maintenance-de-materiel = Device maintenance
theme-gere-ses-contenus-numeriques = Managing digital content
theme-navigation-sur-internet = Browsing the internet
theme-email = E-mail
theme-bureautique = Office software
theme-reseaux-sociaux = Social networks
theme-sante = Health
theme-banque-et-achats-en-ligne = Online banking and shopping
theme-entrepreneuriat = Entrepreneurship
theme-insertion-professionnelle = Finding work
theme-securite-numerique = Online safety
theme-parentalite = Parenting
theme-scolarite-et-numerique = School and digital
theme-creer-avec-le-numerique = Creating with digital tools
theme-culture-numerique = Digital culture
theme-intelligence-artificielle = Artificial intelligence
theme-aide-aux-demarches-administratives = Help with administrative procedures

procedure-papiers-elections-citoyennete = ID papers, elections, citizenship
procedure-famille-scolarite = Family, school
procedure-social-sante = Social benefits, health
procedure-travail-formation = Work, training
procedure-logement = Housing
procedure-transports-mobilite = Transport, mobility
procedure-argent-impots = Money, taxes
procedure-justice = Justice
procedure-etrangers-europe = Foreign nationals, Europe
procedure-loisirs-sports-culture = Leisure, sports, culture
procedure-associations = Associations

autonomy-entierement-accompagne = Guided
autonomy-partiellement-autonome = Autonomous with guidance when needed
autonomy-autonome = Autonomous

referral-administration = Administration (town hall, prefecture…)
referral-mediation-numerique = Digital mediation
referral-operateur-ou-organisme-en-charge = Body in charge of the procedure
referral-aide-sociale = Social support (social centre…)
referral-insertion-professionnelle = Employment (France Travail, mission locale…)
referral-aide-aux-demarches-administratives = Help with procedures (France Services…)
referral-autre = Other

journal-action-session-record-created = Support session recorded
journal-action-session-record-changed = Support session changed
journal-action-session-record-deleted = Support session deleted
journal-action-session-record-restored = Support session deletion undone
journal-action-tag-added = Tag created
journal-action-tag-changed = Tag changed

error-session-not-found = This support session no longer exists: it may have been deleted meanwhile. Reload the person's record.
journal-action-person-merged = Two records of one person merged
journal-action-person-unmerged = Merge of records undone

level-debutant = Beginner
level-intermediaire = Intermediate
level-avance = Advanced
journal-action-workshop-created = Workshop recorded

consent-scope-fiche = Keep a record in their name to follow up their procedures
consent-scope-contact = Be contacted by phone or e-mail (appointment reminders)
consent-scope-coffre = Keep their documents in the digital safe
journal-action-consent-given = Consent collected
journal-action-consent-withdrawn = Consent withdrawn
