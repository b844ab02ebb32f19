# Not yet reviewed by a native speaker.
# Passerelle — interface texts, English. Source language: French (locales/fr).

## Language metadata (read by the language menu)
meta-language-name = English
meta-translation-status = unreviewed
meta-menu-label = English (translation not yet reviewed)

## Application frame
app-name = Passerelle
app-tagline = Helping everyone with their online procedures
window-title = { $page } — Passerelle
skip-to-content = Skip to content
nav-label = Main navigation
nav-home = Home
nav-settings-display = Display and language
nav-about = About
nav-accessibility = Accessibility
header-language-label = Language
footer-label = Footer
footer-version = Passerelle { $version }
footer-accessibility = Accessibility: not compliant
loading = Loading…

## Home
page-title-home = Home
home-heading = Welcome to Passerelle
home-intro = Passerelle helps digital mediators support people with their online procedures, keep their papers safe and report on their activity.
home-status-heading = This computer
home-status-no-store = No organisation is set up on this computer yet.
home-status-no-store-next = The first set-up (organisation name, first coordinator, recovery sheet) will take place here.
home-status-store = An organisation is set up on this computer. Its data is encrypted.
home-status-folder = The data is kept in this folder:
home-shortcuts-heading = To get started
home-shortcut-display = Set the language, text size and contrast
home-shortcut-display-hint = To read more easily, alone or with the person you are helping.
home-shortcut-accessibility = Read the accessibility statement
home-shortcut-accessibility-hint = What Passerelle already respects, and how to report a problem.

## Settings: display and language
page-title-settings-display = Display and language
settings-display-heading = Display and language
settings-display-intro = These settings apply to this whole computer. They are kept when you close Passerelle.
settings-language-legend = Interface language
settings-language-unreviewed = { $language }: translation not yet reviewed by a native speaker.
settings-text-size-legend = Text size
settings-text-size-option = { $percent }%
settings-text-size-preview = Preview: this is the chosen text size.
settings-contrast-legend = Contrast
settings-contrast-label = High contrast
settings-contrast-hint = Black text on a white background, stronger colours. Useful with low vision or a screen in sunlight.
settings-saved = Setting saved.

## About
page-title-about = About
about-heading = About Passerelle
about-version = Version { $version }
about-facts-heading = This installation
about-version-label = Version
about-data-dir-label = Data folder
about-data-dir-source-label = How the folder was chosen
about-data-dir-source-flag = The --data-dir option at start-up
about-data-dir-source-environment = The PASSERELLE_DATA_DIR environment variable
about-data-dir-source-default = The user's default folder
about-store-label = Encrypted database
about-store-present = Present
about-store-absent = Not created yet
about-licence-heading = Licence
about-licence-text = Passerelle is free software, distributed under the European Union Public Licence (EUPL) version 1.2.
about-components-heading = Free components used
about-components-caption = Free components included in Passerelle and their licences
about-component-name = Component
about-component-licence = Licence

## Accessibility statement
page-title-accessibility = Accessibility
a11y-heading = Accessibility statement
a11y-intro = The Passerelle team wants everyone to be able to use the application: mediators, coordinators and the people they help, including with a screen reader, the keyboard alone or large text.
a11y-status-heading = Compliance status
a11y-status-text = Passerelle has not yet been audited against the French accessibility framework (RGAA 4.1). Without an audit, it is declared not compliant.
a11y-checked-heading = What we already check
a11y-checked-axe = Every screen, in every language, is checked automatically (axe-core, WCAG 2.1 A and AA and RGAA criteria) for every version.
a11y-checked-keyboard = Everything works with the keyboard; a "Skip to content" link comes first.
a11y-checked-zoom = Text can be enlarged up to 200% without losing information.
a11y-checked-contrast = Colours have a contrast of at least 4.5 to 1, and 7 to 1 in high contrast.
a11y-checked-language = The language and the reading direction (right to left for Arabic) follow the chosen language.
a11y-limits-heading = Known limitations
a11y-limits-pdf = PDF reports are not yet tagged for screen readers: every report also exists as an accessible page and as a spreadsheet.
a11y-limits-translations = Some translations have not yet been reviewed by a native speaker. The language menu says so.
a11y-report-heading = Report a problem
a11y-report-text = If you cannot use part of Passerelle, tell your organisation's coordinator. They will pass the problem on to the Passerelle team, who will offer you a solution.
a11y-remedy-heading = Remedies
a11y-remedy-text = If you get no answer, you can contact the Défenseur des droits (the French rights ombudsman): through its online form, through one of its delegates in your region, or by free post to Défenseur des droits, Libre réponse 71120, 75342 Paris CEDEX 07.

## Errors (each message says what to do next)
error-heading = Something went wrong
error-data-dir-unavailable = Passerelle cannot use the data folder ({ $path }). Check that the folder exists and that you may write to it, or ask your coordinator for help.
error-prefs-unreadable = The display settings could not be read. The default settings are used; you can choose them again.
error-prefs-invalid = This setting is not valid. Choose one of the values offered.
error-disk-full = The disk is full: nothing was saved, and your previous data is intact. Free some space on the computer, then try again.
error-shell-unavailable = This page must be opened in the Passerelle application. Close it and start Passerelle.
error-internal = An unexpected error occurred. Nothing was lost. Try again; if the problem comes back, tell your coordinator.
