## Privacy rights: the right of access (a readable summary of everything kept about a person),
## the right to erasure and the retention of inactive records.
## Plain, easy-to-read French (FALC): short sentences, one idea per sentence. The summary is
## read by the person themselves: it says « vous ».

privacy-pdf-title = Vos informations enregistrées
privacy-pdf-subject = Toutes les informations qu’une structure garde sur une personne (droit d’accès)
privacy-pdf-intro = { $structure } garde des informations sur vous. Ce document les montre toutes. Vous avez le droit de les voir.
privacy-pdf-structure = Structure
privacy-pdf-created = Document créé le
privacy-pdf-footer = Document personnel — gardez-le pour vous
privacy-pdf-not-given = Pas renseigné

privacy-pdf-you-heading = Qui vous êtes
privacy-pdf-anonymous = Vous êtes enregistré sans nom. Nous gardons seulement ce qui sert à compter les accompagnements.
privacy-pdf-last-name = Nom
privacy-pdf-first-name = Prénom
privacy-pdf-birth-year = Année de naissance
privacy-pdf-gender = Genre
privacy-pdf-status = Situation
privacy-pdf-commune = Commune
privacy-pdf-languages = Langues parlées
privacy-pdf-phone = Téléphone
privacy-pdf-email = Courriel
privacy-pdf-notes = Notes
privacy-pdf-registered-on = Fiche créée le
privacy-pdf-last-seen = Dernière visite

privacy-pdf-merged-heading = Vos autres fiches
privacy-pdf-merged-body = Vous aviez plusieurs fiches. Nous les avons réunies en une seule.

privacy-pdf-consent-heading = Votre accord
privacy-pdf-consent-none = Aucun accord enregistré.
privacy-pdf-consent-given = Donné le
privacy-pdf-consent-scopes = Vous êtes d’accord pour
privacy-pdf-consent-withdrawn = Retiré le
privacy-pdf-consent-in-force = Toujours valable
privacy-pdf-consent-guardian = Donné par votre représentant légal.

privacy-pdf-sessions-heading = Vos accompagnements
privacy-pdf-sessions-none = Aucun accompagnement enregistré.
privacy-pdf-sessions-count = { $count ->
    [one] Un accompagnement est enregistré.
   *[other] { $count } accompagnements sont enregistrés.
}
privacy-pdf-date = Date
privacy-pdf-duration = Durée
privacy-pdf-what = Ce que nous avons fait
privacy-pdf-minutes = { $minutes } min
privacy-pdf-deleted = (supprimé)
privacy-pdf-referred = Envoyé vers : { $to }

privacy-pdf-workshops-heading = Vos ateliers
privacy-pdf-workshops-none = Aucun atelier enregistré.
privacy-pdf-workshop = Atelier

privacy-pdf-follow-ups-heading = Vos prochaines étapes
privacy-pdf-follow-ups-none = Aucune étape enregistrée.
privacy-pdf-follow-up-what = À faire
privacy-pdf-follow-up-bring = À apporter
privacy-pdf-follow-up-done = Fait le
privacy-pdf-follow-up-not-done = Pas encore

privacy-pdf-journal-heading = Qui a écrit ou lu vos informations
privacy-pdf-journal-body = Passerelle note chaque action importante sur vos informations. Voici ces actions.
privacy-pdf-journal-none = Aucune action notée.
privacy-pdf-journal-action = Action
privacy-pdf-journal-by = Par
privacy-pdf-actor-recovery = Clé de récupération
privacy-pdf-actor-system = Passerelle

privacy-pdf-rights-heading = Vos droits
privacy-pdf-right-correct = Une information est fausse ? Demandez-nous de la corriger.
privacy-pdf-right-erase = Vous pouvez demander d’effacer vos informations. Vos accompagnements restent comptés, mais sans votre nom.
privacy-pdf-right-withdraw = Vous pouvez retirer votre accord quand vous voulez.
privacy-pdf-right-complain = Vous n’êtes pas d’accord avec nous ? Vous pouvez écrire à la CNIL : www.cnil.fr.
privacy-pdf-json = Le fichier { $file } contient les mêmes informations, dans un format lu par les ordinateurs.

## Command line.

cli-privacy-exported = Export écrit : { $path }
cli-privacy-erased = Personne effacée. Accompagnements gardés sans nom : { $sessions }. Places d’atelier rendues anonymes : { $seats }.
cli-privacy-erase-confirm = Pour effacer cette personne, relancez avec --yes. C’est définitif.
cli-retention-none = Aucune fiche inactive depuis plus de { $months } mois.
cli-retention-listed = { $count } fiches sans activité depuis le { $date } (durée de conservation : { $months } mois).
cli-retention-purged = Fiches effacées : { $erased }. Fiches gardées car actives de nouveau : { $skipped }.
cli-retention-confirm = Pour effacer ces fiches, relancez avec --yes.
