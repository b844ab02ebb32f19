# Passerelle — textes de l'interface (langue source : français).
# Rédaction : phrases courtes, mots courants, un message dit quoi faire ensuite.

## Métadonnées de la langue (lues par le menu des langues)
meta-language-name = Français
meta-translation-status = reviewed
meta-menu-label = Français

## Cadre de l'application
app-name = Passerelle
app-tagline = Accompagner chacun vers ses démarches en ligne
window-title = { $page } — Passerelle
skip-to-content = Aller au contenu
nav-label = Navigation principale
nav-home = Accueil
nav-settings-display = Affichage et langue
nav-about = À propos
nav-accessibility = Accessibilité
header-language-label = Langue
footer-label = Pied de page
footer-version = Passerelle { $version }
footer-accessibility = Accessibilité : non conforme
loading = Chargement…

## Accueil
page-title-home = Accueil
home-heading = Bienvenue sur Passerelle
home-intro = Passerelle aide les médiateurs numériques à accompagner les personnes dans leurs démarches en ligne, à garder leurs papiers en sécurité et à rendre compte de leur activité.
home-status-heading = État de cet ordinateur
home-status-no-store = Aucune structure n'est encore installée sur cet ordinateur.
home-status-no-store-next = La première installation (nom de la structure, premier coordinateur, feuille de récupération) se fera ici.
home-status-store = Une structure est installée sur cet ordinateur. Ses données sont chiffrées.
home-status-folder = Les données sont gardées dans ce dossier :
home-shortcuts-heading = Pour commencer
home-shortcut-display = Régler la langue, la taille du texte et le contraste
home-shortcut-display-hint = Pour lire plus facilement, seul ou avec la personne accompagnée.
home-shortcut-accessibility = Lire la déclaration d'accessibilité
home-shortcut-accessibility-hint = Ce que Passerelle respecte déjà, et comment signaler un problème.

## Réglages : affichage et langue
page-title-settings-display = Affichage et langue
settings-display-heading = Affichage et langue
settings-display-intro = Ces réglages valent pour tout cet ordinateur. Ils sont gardés quand vous fermez Passerelle.
settings-language-legend = Langue de l'interface
settings-language-unreviewed = { $language } : traduction pas encore relue par une personne dont c'est la langue.
settings-text-size-legend = Taille du texte
settings-text-size-option = { $percent } %
settings-text-size-preview = Aperçu : voici la taille du texte choisie.
settings-contrast-legend = Contraste
settings-contrast-label = Contraste élevé
settings-contrast-hint = Texte noir sur fond blanc, couleurs plus marquées. Utile avec une vue basse ou un écran au soleil.
settings-saved = Réglage enregistré.

## À propos
page-title-about = À propos
about-heading = À propos de Passerelle
about-version = Version { $version }
about-facts-heading = Cette installation
about-version-label = Version
about-data-dir-label = Dossier des données
about-data-dir-source-label = Choix du dossier
about-data-dir-source-flag = Option --data-dir au lancement
about-data-dir-source-environment = Variable d'environnement PASSERELLE_DATA_DIR
about-data-dir-source-default = Dossier par défaut de l'utilisateur
about-store-label = Base de données chiffrée
about-store-present = Présente
about-store-absent = Pas encore créée
about-licence-heading = Licence
about-licence-text = Passerelle est un logiciel libre, distribué sous la licence publique de l'Union européenne (EUPL) version 1.2.
about-components-heading = Composants libres utilisés
about-components-caption = Composants libres inclus dans Passerelle et leur licence
about-component-name = Composant
about-component-licence = Licence

## Déclaration d'accessibilité
page-title-accessibility = Accessibilité
a11y-heading = Déclaration d'accessibilité
a11y-intro = L'équipe de Passerelle veut que chacun puisse utiliser l'application : les médiateurs, les coordinateurs et les personnes accompagnées, y compris avec un lecteur d'écran, au clavier seul ou avec un grand texte.
a11y-status-heading = État de conformité
a11y-status-text = Passerelle n'a pas encore été audité selon le Référentiel général d'amélioration de l'accessibilité (RGAA 4.1). Sans audit, il est déclaré non conforme.
a11y-checked-heading = Ce que nous vérifions déjà
a11y-checked-axe = Chaque écran, dans chaque langue, est contrôlé automatiquement (outil axe-core, critères WCAG 2.1 A et AA et RGAA) à chaque version.
a11y-checked-keyboard = Tout se fait au clavier ; un lien « Aller au contenu » est le premier élément.
a11y-checked-zoom = Le texte peut être agrandi jusqu'à 200 % sans perte d'information.
a11y-checked-contrast = Les couleurs ont un contraste d'au moins 4,5 pour 1, et 7 pour 1 en contraste élevé.
a11y-checked-language = La langue et le sens de lecture (de droite à gauche pour l'arabe) suivent la langue choisie.
a11y-limits-heading = Limites connues
a11y-limits-pdf = Les rapports en PDF ne sont pas encore balisés pour les lecteurs d'écran : chaque rapport existe aussi en page accessible et en tableur.
a11y-limits-translations = Certaines traductions n'ont pas encore été relues par une personne dont c'est la langue. Le menu des langues l'indique.
a11y-report-heading = Signaler un problème
a11y-report-text = Si vous n'arrivez pas à utiliser une partie de Passerelle, parlez-en au coordinateur de votre structure. Il transmettra le problème à l'équipe de Passerelle, qui vous proposera une solution.
a11y-remedy-heading = Voies de recours
a11y-remedy-text = Si vous n'obtenez pas de réponse, vous pouvez contacter le Défenseur des droits : par son formulaire en ligne, auprès d'un de ses délégués dans votre région, ou par courrier gratuit à l'adresse Défenseur des droits, Libre réponse 71120, 75342 Paris CEDEX 07.

## Erreurs (chaque message dit quoi faire ensuite)
error-heading = Un problème est survenu
error-data-dir-unavailable = Passerelle ne peut pas utiliser le dossier des données ({ $path }). Vérifiez que ce dossier existe et que vous avez le droit d'y écrire, ou demandez de l'aide à votre coordinateur.
error-prefs-unreadable = Les réglages d'affichage n'ont pas pu être lus. Les réglages par défaut sont utilisés ; vous pouvez les choisir de nouveau.
error-prefs-invalid = Ce réglage n'est pas valable. Choisissez une des valeurs proposées.
error-disk-full = Le disque est plein : rien n'a été enregistré, et vos données précédentes sont intactes. Libérez de la place sur l'ordinateur, puis recommencez.
error-shell-unavailable = Cette page doit être ouverte dans l'application Passerelle. Fermez-la et lancez Passerelle.
error-internal = Une erreur inattendue est survenue. Rien n'a été perdu. Recommencez ; si le problème revient, prévenez votre coordinateur.
