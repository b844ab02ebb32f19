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
