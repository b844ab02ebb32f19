## Printed documents (PDF): shared parts and the recovery sheet.
## Plain, easy-to-read French (FALC): short sentences, one idea per sentence.

# Page numbers at the bottom of every page.
pdf-page-number = Page { $page } / { $pages }
pdf-creator = Passerelle

# Dates written in full, e.g. « 21 novembre 2026 à 16 h 05 ».
pdf-date = { $day } { $month } { $year }
pdf-time = { $hour } h { $minute }
pdf-date-time = { $date } à { $time }
pdf-month-1 = janvier
pdf-month-2 = février
pdf-month-3 = mars
pdf-month-4 = avril
pdf-month-5 = mai
pdf-month-6 = juin
pdf-month-7 = juillet
pdf-month-8 = août
pdf-month-9 = septembre
pdf-month-10 = octobre
pdf-month-11 = novembre
pdf-month-12 = décembre

## Recovery sheet: printed once when the installation is set up, kept in a safe.

pdf-recovery-title = Feuille de récupération
pdf-recovery-subject = Clé de récupération de l’installation Passerelle
pdf-recovery-intro = Cette feuille permet d’ouvrir les données de Passerelle si plus personne ne peut se connecter.
pdf-recovery-structure = Structure
pdf-recovery-created = Feuille créée le
pdf-recovery-key-heading = Clé de récupération
pdf-recovery-key-hint = Recopiez la clé exactement, groupe par groupe. Les espaces et les retours à la ligne ne comptent pas.
pdf-recovery-qr-caption = La même clé, à scanner
pdf-recovery-what-heading = À quoi sert cette feuille ?
pdf-recovery-what-body = Cette clé ouvre toutes les données de la structure. Elle marche même si tout le monde a oublié son mot de passe. Elle sert seulement en cas de problème.
pdf-recovery-keep-heading = Où garder cette feuille ?
pdf-recovery-keep-safe = Gardez cette feuille dans un coffre ou une armoire fermée à clé.
pdf-recovery-keep-away = Ne la laissez jamais à côté de l’ordinateur.
pdf-recovery-keep-no-photo = Ne la photographiez jamais. Ne la scannez pas. Ne l’envoyez pas par courriel.
pdf-recovery-keep-who = Dites à un ou deux coordinateurs où elle est rangée.
pdf-recovery-use-heading = Comment s’en servir ?
pdf-recovery-use-body = Sur l’écran de connexion de Passerelle, choisissez « Clé de récupération ». Tapez la clé ou scannez le code.
pdf-recovery-lost-heading = Si la feuille est perdue ou volée
pdf-recovery-lost-body = Prévenez tout de suite un coordinateur. Il imprime une nouvelle feuille avec Passerelle. L’ancienne clé ne marchera plus.
pdf-recovery-journal = Pour vérifier le journal : dernière entrée n° { $seq }, empreinte :
pdf-recovery-footer = Document confidentiel — à garder sous clé

## Errors.

error-pdf-render-failed = Le document PDF n’a pas pu être créé. Réessayez. Si cela recommence, prévenez la personne qui s’occupe de Passerelle.
