//! The mediator's desk, with the keyboard only, against the real app: register a person,
//! collect their consent,
//! record an individual session with two themes, a procedure and a referral, find the person
//! again with a typo, record a workshop with anonymous participants and an anonymous session; zero axe violations on every desk screen in
//! French and Arabic; no name typed here readable anywhere under the temporary root.

use anyhow::{ensure, Context, Result};
use fantoccini::key::Key;
use passerelle_e2e::{App, Root};
use std::time::Duration;

const STRUCTURE: &str = "Tiers-lieu Gaspard-Oudinot";
const COORDINATOR: &str = "Ines Valcourt-Rabiet";
const PASS: &str = "lanterne brique violon marée";
const FIRST: &str = "Hélène";
const LAST: &str = "Lefèvre-Quintane";
const PROCEDURE: &str = "Demande de complémentaire santé solidaire";
const REFERRED_TO: &str = "Centre communal Orbigny";

#[tokio::test(flavor = "multi_thread")]
async fn register_record_and_find_with_the_keyboard() -> Result<()> {
    tokio::time::timeout(Duration::from_secs(600), flow())
        .await
        .context("the desk flow did not finish in 10 minutes")?
}

async fn flow() -> Result<()> {
    let root = Root::new()?;
    let app = App::launch(&root).await?;
    let mut failures = Vec::new();
    app.set_up_store(STRUCTURE, COORDINATOR, PASS).await?;

    // ---- A tag of the centre's own, for the sessions below ----
    app.goto("#/settings").await?;
    app.fill("Nouvelle étiquette", "Conseiller numérique")
        .await?;
    app.activate("Créer l'étiquette").await?;
    app.wait_for_status("Conseiller numérique", Duration::from_secs(5))
        .await?;
    app.goto("#/").await?;

    // ---- People: nobody yet ----
    app.activate("Accueillir une personne").await?;
    app.wait_for_heading("Personnes accompagnées", Duration::from_secs(5))
        .await?;
    app.audit_fr_ar("people", &mut failures).await?;

    // ---- Register a person ----
    app.activate("Enregistrer une nouvelle personne").await?;
    app.wait_for_heading("Enregistrer une nouvelle personne", Duration::from_secs(5))
        .await?;
    app.audit_fr_ar("person-new", &mut failures).await?;
    app.fill("Prénom", FIRST).await?;
    app.fill("Nom", LAST).await?;
    // A year of birth that is not one is refused before anything is sent.
    app.fill("Année de naissance", "84").await?;
    app.activate("Enregistrer la personne").await?;
    app.wait_for_status("4 chiffres", Duration::from_secs(5))
        .await?;
    app.wait_until(
        "document.activeElement && document.activeElement.id === 'person-errors'",
        Duration::from_secs(3),
    )
    .await?;
    app.fill("Année de naissance", "1984").await?;
    app.toggle("Féminin").await?;
    app.fill("Commune", "Montreuil").await?;
    app.activate("Enregistrer la personne").await?;
    let name = format!("{} {FIRST}", LAST.to_uppercase());
    app.wait_for_heading(&name, Duration::from_secs(10)).await?;
    let text = app.main_text().await?;
    ensure!(
        text.contains("Montreuil") && text.contains("Féminin"),
        "profile: {text}"
    );
    app.audit_fr_ar("person", &mut failures).await?;

    // ---- Consent, after reading the notice together ----
    app.activate("Recueillir le consentement").await?;
    app.wait_for_css("#consent-notice", Duration::from_secs(5))
        .await?;
    app.audit_fr_ar("consent", &mut failures).await?;
    app.toggle("Être contacté par téléphone ou par e-mail (rappel de rendez-vous)")
        .await?;
    app.activate("La personne est d'accord : enregistrer")
        .await?;
    app.wait_for_status("consentement est enregistré", Duration::from_secs(10))
        .await?;
    app.wait_until(
        "document.querySelector('main').innerText.includes('recueilli par')",
        Duration::from_secs(5),
    )
    .await
    .context("the consent and who collected it are shown")?;

    // ---- Edit the record: add her postal code ----
    app.activate("Modifier la fiche").await?;
    app.wait_for_heading("Modifier la fiche", Duration::from_secs(5))
        .await?;
    app.wait_until(
        "document.getElementById('commune') && document.getElementById('commune').value === 'Montreuil'",
        Duration::from_secs(5),
    )
    .await
    .context("the record did not fill the form")?;
    app.fill("Code postal", "93100").await?;
    app.activate("Enregistrer les modifications").await?;
    app.wait_for_heading(&name, Duration::from_secs(10)).await?;
    app.wait_for_css("dl.profile", Duration::from_secs(5))
        .await?;
    let text = app.main_text().await?;
    ensure!(
        text.contains("93100") && text.contains("recueilli par"),
        "edited record: {text}"
    );

    // ---- Record a session: two themes, a procedure, a referral ----
    app.activate("Nouvel accompagnement").await?;
    app.wait_for_heading(
        &format!("Nouvel accompagnement : {name}"),
        Duration::from_secs(5),
    )
    .await?;
    app.toggle("E-mail").await?;
    app.toggle("Aide aux démarches administratives").await?;
    app.toggle("Social, santé").await?;
    app.fill("Nom de la démarche", PROCEDURE).await?;
    app.toggle("Autonome avec guidage en cas de besoin").await?;
    app.select(
        "Orientation",
        "Aide sociale (centre social, maison des solidarités…)",
    )
    .await?;
    app.fill("Vers quelle structure ?", REFERRED_TO).await?;
    app.toggle("Conseiller numérique").await?;
    app.audit_fr_ar("session-new", &mut failures).await?;
    app.activate("Enregistrer l'accompagnement").await?;
    app.wait_for_heading(&name, Duration::from_secs(10)).await?;
    app.wait_for_css(".timeline li.entry-session", Duration::from_secs(5))
        .await?;
    let text = app.main_text().await?;
    ensure!(
        text.contains("1 accompagnement")
            && text.contains("E-mail, Aide aux démarches administratives")
            && text.contains(PROCEDURE),
        "the session on the record: {text}"
    );

    // ---- Edit it: one hour instead of 30 minutes ----
    let edit: String = serde_json::from_value(
        app.js("return document.querySelector('.timeline a[href*=\"edit=\"]').getAttribute('aria-label');")
            .await?,
    )?;
    ensure!(
        edit.starts_with("Modifier l'accompagnement du "),
        "edit link: {edit}"
    );
    app.activate(&edit).await?;
    app.wait_for_heading(
        &format!("Modifier l'accompagnement : {name}"),
        Duration::from_secs(5),
    )
    .await?;
    app.wait_until(
        "document.getElementById('procedure_name') && document.getElementById('procedure_name').value.length > 0",
        Duration::from_secs(5),
    )
    .await
    .context("the session did not fill the form")?;
    app.toggle("1 h").await?;
    app.activate("Enregistrer l'accompagnement").await?;
    app.wait_for_heading(&name, Duration::from_secs(10)).await?;
    app.wait_for_css(".timeline li.entry-session", Duration::from_secs(5))
        .await?;
    let text = app.main_text().await?;
    ensure!(
        text.contains("60 min") && text.contains("1 accompagnement"),
        "edited, not added: {text}"
    );

    // ---- Same as last time: everything but the notes comes back ----
    app.activate("Comme la dernière fois").await?;
    app.wait_until(
        "document.getElementById('procedure_name') && document.getElementById('procedure_name').value.length > 0",
        Duration::from_secs(5),
    )
    .await
    .context("the last session did not prefill the form")?;
    ensure!(app.field_value("Nom de la démarche").await? == PROCEDURE);
    app.activate("Annuler").await?;
    app.wait_for_heading(&name, Duration::from_secs(5)).await?;

    // ---- A typical session for a known person, counting every key pressed ----
    // From the People screen: find her, open her record, start a session, tick one theme,
    // save. The budget is 25 keys.
    app.goto("#/people").await?;
    let mut keys = 0;
    let app_ref = &app;
    let press = |k: Key| async move { app_ref.press_key(k).await.map(|_| 1) };
    keys += press(Key::Tab).await?; // the search box
    keys += app.type_keys("lefe").await?;
    app.wait_for_status("Une personne correspond", Duration::from_secs(5))
        .await?;
    keys += press(Key::Tab).await?; // her line in the results
    keys += press(Key::Enter).await?;
    app.wait_for_heading(&name, Duration::from_secs(5)).await?;
    // Her record arrived and its heading has focus (what a screen reader reads first).
    app.wait_until(
        "document.activeElement === document.querySelector('main h1')",
        Duration::from_secs(5),
    )
    .await?;
    keys += press(Key::Tab).await?; // "Nouvel accompagnement"
    keys += press(Key::Enter).await?;
    app.wait_for_heading(
        &format!("Nouvel accompagnement : {name}"),
        Duration::from_secs(5),
    )
    .await?;
    // Past the date (today; WebKit stops on its day, month and year) and through the themes
    // to "E-mail", as a person would with Tab.
    let mut focused = String::new();
    for _ in 0..15 {
        keys += press(Key::Tab).await?;
        focused = app.focused().await?;
        if focused.contains("themes-email") {
            break;
        }
    }
    ensure!(
        focused.contains("themes-email"),
        "on the e-mail theme: {focused}"
    );
    keys += press(Key::Space).await?;
    app.press_ctrl(Key::Enter).await?;
    keys += 1;
    app.wait_for_heading(&name, Duration::from_secs(10)).await?;
    app.wait_until(
        "document.querySelectorAll('.timeline li.entry-session').length === 2",
        Duration::from_secs(5),
    )
    .await
    .context("the second session is on her record")?;
    eprintln!("keys for a typical session: {keys}");
    ensure!(keys <= 25, "{keys} keys for a typical session (at most 25)");

    // ---- Find her again, with a typo ----
    app.goto("#/people").await?;
    app.fill("Chercher une personne", "lefevre-quintanne")
        .await?;
    app.wait_for_status("Une personne correspond", Duration::from_secs(5))
        .await?;
    let text = app.main_text().await?;
    ensure!(
        text.contains(&name) && text.contains("1984"),
        "search: {text}"
    );

    // ---- A workshop: one registered person and nine without a record ----
    app.goto("#/workshops").await?;
    app.audit_fr_ar("workshops", &mut failures).await?;
    app.activate("Enregistrer un atelier").await?;
    app.wait_for_heading("Enregistrer un atelier", Duration::from_secs(5))
        .await?;
    app.fill(
        "Titre de l'atelier (obligatoire)",
        "Premiers pas sur la tablette",
    )
    .await?;
    app.toggle("Débutant").await?;
    app.toggle("Prendre en main du matériel").await?;
    app.fill("Ajouter une personne (chercher par son nom)", "quintane")
        .await?;
    app.activate(&format!("Ajouter {name}")).await?;
    app.fill("Participants sans fiche", "9").await?;
    app.fill("Féminin", "6").await?;
    app.fill("Masculin", "2").await?;
    app.audit_fr_ar("workshop-new", &mut failures).await?;
    app.activate("Enregistrer l'atelier").await?;
    app.wait_for_heading("Ateliers collectifs", Duration::from_secs(10))
        .await?;
    app.wait_for_css(".session-list li", Duration::from_secs(5))
        .await?;
    let text = app.main_text().await?;
    ensure!(
        text.contains("Premiers pas sur la tablette") && text.contains("10 participants"),
        "the workshop counts its 10 participants: {text}"
    );

    // ---- An anonymous session ----
    app.goto("#/people").await?;
    app.activate("Accompagnement anonyme").await?;
    app.wait_for_heading("Nouvel accompagnement anonyme", Duration::from_secs(5))
        .await?;
    app.toggle("Navigation sur internet").await?;
    app.activate("Enregistrer l'accompagnement").await?;
    app.wait_for_heading("Personnes accompagnées", Duration::from_secs(10))
        .await?;

    // ---- A duplicate: shown before saving, saved anyway, then merged and the merge undone ----
    app.goto("#/people/new").await?;
    app.fill("Prénom", "Helene").await?;
    app.fill("Nom", "LEFEVRE-QUINTANE").await?;
    app.activate("Enregistrer la personne").await?;
    // The list takes focus (a screen reader reads it first): wait for that before going on.
    app.wait_until(
        "document.activeElement && document.activeElement.id === 'person-duplicates'",
        Duration::from_secs(5),
    )
    .await
    .context("possible duplicates were not shown")?;
    let text = app.main_text().await?;
    ensure!(
        text.contains(&name),
        "the existing record is offered: {text}"
    );
    app.activate("Ce n'est aucune de ces personnes : enregistrer")
        .await?;
    let dup_name = format!("{} Helene", LAST.to_uppercase().replace('È', "E"));
    app.wait_for_heading(&dup_name, Duration::from_secs(10))
        .await?;
    app.js("document.querySelector('details.merge summary').focus();")
        .await?;
    app.press_key(Key::Enter).await?;
    app.fill("Chercher l'autre fiche", "quintane").await?;
    app.activate(&format!("Choisir {name} (1984)")).await?;
    app.wait_until(
        "document.activeElement && document.activeElement.id === 'merge-preview'",
        Duration::from_secs(5),
    )
    .await
    .context("the merge preview did not take focus")?;
    app.audit_fr_ar("merge-preview", &mut failures).await?;
    app.activate("Fusionner les deux fiches").await?;
    app.wait_for_status("fusionnées", Duration::from_secs(10))
        .await?;
    app.wait_until(
        "document.querySelectorAll('.timeline li.entry-session').length === 2",
        Duration::from_secs(5),
    )
    .await
    .context("both sessions on the kept record")?;
    app.activate("Annuler la fusion").await?;
    app.wait_for_status("annulée", Duration::from_secs(10))
        .await?;
    app.wait_until(
        "document.querySelectorAll('.timeline li.entry-session').length === 0",
        Duration::from_secs(5),
    )
    .await
    .context("the sessions went back with the undo")?;

    app.close().await?;
    ensure!(failures.is_empty(), "axe:\n{}", failures.join("\n"));

    // ---- Nothing typed here is readable on disk ----
    let needles = [FIRST, LAST, "lefevre", PROCEDURE, REFERRED_TO, STRUCTURE];
    let leaks = root.plaintext_leaks(&needles)?;
    ensure!(leaks.is_empty(), "plaintext found: {leaks:?}");
    Ok(())
}
