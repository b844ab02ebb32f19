# Follow-ups, the Today list, the printed slip, the partner directory and the timeline.

error-follow-up-not-found = Cette prochaine étape n'existe plus. Rechargez la page.
error-partner-not-found = Ce partenaire n'est pas dans l'annuaire. Rechargez la page.

## Soliguide categories (top level)
partner-category-welcome = Accueil
partner-category-activities = Activités
partner-category-food = Alimentation
partner-category-counseling = Conseil (juridique, domiciliation, accompagnement social, écrivain public…)
partner-category-training-and-jobs = Formation et emploi
partner-category-accomodation-and-housing = Hébergement et logement
partner-category-hygiene-and-wellness = Hygiène et bien-être
partner-category-equipment = Matériel
partner-category-health = Santé
partner-category-technology = Numérique (ordinateurs, wifi, prises, téléphone)
partner-category-mobility = Mobilité

## Today (home screen)
today-heading = Aujourd'hui
today-empty = Rien de prévu aujourd'hui, et rien en retard.
today-due-heading = Prévu aujourd'hui ({ $count })
today-overdue-heading = En retard ({ $count })
today-done-heading = Déjà fait aujourd'hui ({ $count })

## Follow-ups
follow-up-heading = Prochaines étapes
follow-up-none = Aucune prochaine étape prévue.
follow-up-add-heading = Prévoir une prochaine étape
follow-up-what = Ce qui est prévu
follow-up-what-hint = Avec des mots simples : ce texte est imprimé pour la personne. Exemple : « Revenir avec l'avis d'imposition ».
follow-up-date = Date
follow-up-time = Heure du rendez-vous (facultatif)
follow-up-time-hint = Exemple : 14:00. Sans heure, c'est une chose à faire ce jour-là.
follow-up-bring = À apporter (un papier par ligne, facultatif)
follow-up-place = Lieu
follow-up-place-none = Pas de lieu précis
follow-up-save = Enregistrer la prochaine étape
follow-up-saved = Prochaine étape enregistrée.
follow-up-at = { $date } à { $time }
follow-up-on = { $date }
follow-up-for = Pour { $name }
follow-up-postponed-times = { $count ->
    [one] reporté une fois
   *[other] reporté { $count } fois
}
follow-up-done-at = Fait le { $date }
follow-up-mark-done = C'est fait
follow-up-mark-done-named = C'est fait : { $what }
follow-up-marked-done = C'est noté : la prochaine étape est faite.
follow-up-postpone = Reporter
follow-up-postpone-named = Reporter : { $what }
follow-up-postpone-legend = Reporter « { $what } »
follow-up-new-date = Nouvelle date
follow-up-new-time = Nouvelle heure (facultatif)
follow-up-postpone-save = Reporter à cette date
follow-up-postpone-cancel = Annuler
follow-up-postponed = Prochaine étape reportée au { $date }.
follow-up-print-slip = Imprimer le rappel
follow-up-print-slip-named = Imprimer le rappel : { $what }
follow-up-open-record = Fiche de { $name }

## The printed slip (easy-to-read French)
page-title-slip = Rappel à imprimer
slip-intro = Voici le rappel à donner à la personne. Il ne montre que son prénom.
slip-hello = Bonjour { $name },
slip-hello-nameless = Bonjour,
slip-next = Votre prochain rendez-vous :
slip-next-task = À faire :
slip-when-time = Le { $date }, à { $time }.
slip-when-day = Le { $date }.
slip-where = Où :
slip-bring = Apportez :
slip-bring-nothing = Rien de spécial à apporter.
slip-footer = Si vous ne pouvez pas venir, prévenez-nous. Nous trouverons une autre date.
slip-print = Imprimer
slip-back = Retour à la fiche

## Partners
page-title-partners = Partenaires
nav-partners = Partenaires
partners-intro = Les services vers lesquels vous orientez les personnes. Un accompagnement peut indiquer le partenaire choisi.
partners-empty = Aucun partenaire pour l'instant. Ajoutez le premier ci-dessous.
partners-list-heading = Annuaire ({ $count })
partners-archived-heading = Archivés ({ $count })
partner-add-heading = Ajouter un partenaire
partner-edit-heading = Modifier : { $name }
partner-name = Nom du service
partner-category = Catégorie
partner-category-choose = Choisir une catégorie
partner-address = Adresse
partner-phone = Téléphone
partner-email = E-mail
partner-hours = Horaires
partner-hours-hint = Exemple : lundi au vendredi, 9 h – 12 h.
partner-notes = Notes pour l'équipe
partner-save = Enregistrer le partenaire
partner-saved = Partenaire enregistré.
partner-edit = Modifier
partner-edit-named = Modifier { $name }
partner-cancel = Annuler
partner-archive = Archiver
partner-archive-named = Archiver { $name }
partner-unarchive = Remettre dans l'annuaire
partner-unarchive-named = Remettre { $name } dans l'annuaire
partner-archived = Partenaire archivé : il n'est plus proposé, les orientations passées le gardent.
partner-restored = Partenaire remis dans l'annuaire.
partner-referrals = { $count ->
    [0] Aucune orientation
    [one] Une orientation
   *[other] { $count } orientations
}
home-shortcut-partners = Partenaires
home-shortcut-partners-hint = L'annuaire des services vers lesquels vous orientez.

## Session form
session-partner = Partenaire de l'annuaire (facultatif)
session-partner-none = Aucun
session-partner-hint = L'annuaire se remplit dans l'écran Partenaires.
session-referred-to = Orienté vers { $name }

## Timeline
timeline-heading = Historique ({ $count })
timeline-filter-legend = Afficher
timeline-filter-sessions = Accompagnements
timeline-filter-workshops = Ateliers
timeline-filter-follow-ups = Prochaines étapes
timeline-filter-consent = Consentement
timeline-empty = Rien à afficher avec ces choix.
timeline-workshop = Atelier : { $title }
timeline-follow-up = Prochaine étape : { $what }
timeline-follow-up-done = fait
timeline-follow-up-open = à faire
timeline-consent-given = Consentement donné : { $scopes }
timeline-consent-withdrawn = Consentement retiré
