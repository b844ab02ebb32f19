//! Around the session, against the real app: the partner directory, a session that refers the
//! person to a partner, a next step planned on the record, seen on the Today list, its printed
//! reminder, marked done; the timeline and its filters; zero axe violations on each of these
//! screens in French and Arabic; nothing typed here readable under the temporary root.

use anyhow::{ensure, Context, Result};
use fantoccini::key::Key;
use passerelle_e2e::{App, Root};
use serde_json::json;
use std::time::Duration;

const STRUCTURE: &str = "Maison des services Bellevigne";
const COORDINATOR: &str = "Yanis Ortolan-Merle";
const PASS: &str = "carafe oursin tambour givre";
const FIRST: &str = "Nadège";
const LAST: &str = "Oyelaran-Dupré";
const PARTNER: &str = "Épicerie solidaire des Tilleuls";
const NEXT_STEP: &str = "Revenir avec l'avis d'imposition";
const TO_BRING: &str = "Avis d'imposition 2025";

#[tokio::test(flavor = "multi_thread")]
async fn follow_up_today_and_partner_referral() -> Result<()> {
    tokio::time::timeout(Duration::from_secs(600), flow())
        .await
        .context("the follow-up flow did not finish in 10 minutes")?
}

async fn flow() -> Result<()> {
    let root = Root::new()?;
    let app = App::launch(&root).await?;
    let mut failures = Vec::new();
    app.set_up_store(STRUCTURE, COORDINATOR, PASS).await?;

    // ---- The partner directory ----
    app.goto("#/partners").await?;
    app.wait_for_heading("Partenaires", Duration::from_secs(5))
        .await?;
    app.audit_fr_ar("partners-empty", &mut failures).await?;
    // A partner without a category is refused, with the field named.
    app.fill("Nom du service (obligatoire)", PARTNER).await?;
    app.activate("Enregistrer le partenaire").await?;
    app.wait_until(
        "document.activeElement && document.activeElement.id === 'partner-errors'",
        Duration::from_secs(5),
    )
    .await
    .context("the refusal did not take focus")?;
    app.select("Catégorie (obligatoire)", "Alimentation")
        .await?;
    app.fill("Téléphone", "01 23 45 67 89").await?;
    app.fill("Horaires", "mardi et jeudi, 14 h – 17 h").await?;
    app.activate("Enregistrer le partenaire").await?;
    app.wait_for_status("Partenaire enregistré", Duration::from_secs(5))
        .await?;
    app.wait_until(
        &format!(
            "document.querySelector('.partner-list') && document.querySelector('.partner-list').innerText.replace(/[\\u2066-\\u2069]/g, '').includes({})",
            json!(PARTNER)
        ),
        Duration::from_secs(5),
    )
    .await
    .context("the partner is listed")?;
    app.audit_fr_ar("partners", &mut failures).await?;

    // ---- A person, and a session that refers her to the partner ----
    let person = app.add_person(FIRST, LAST, 1979).await?;
    app.goto(&format!("#/person?id={person}")).await?;
    let name = format!("{} {FIRST}", LAST.to_uppercase());
    app.wait_for_heading(&name, Duration::from_secs(10)).await?;
    app.activate("Nouvel accompagnement").await?;
    app.wait_for_heading(
        &format!("Nouvel accompagnement : {name}"),
        Duration::from_secs(5),
    )
    .await?;
    app.toggle("Aide aux démarches administratives").await?;
    app.toggle("Argent, impôts").await?;
    app.select("Orientation", "Autre").await?;
    app.wait_for_css("#partner", Duration::from_secs(5))
        .await
        .context("the partner menu appears with a referral")?;
    app.select("Partenaire de l'annuaire (facultatif)", PARTNER)
        .await?;
    app.audit_fr_ar("session-new-partner", &mut failures)
        .await?;
    app.activate("Enregistrer l'accompagnement").await?;
    app.wait_for_heading(&name, Duration::from_secs(10)).await?;
    app.wait_until(
        &format!(
            "document.querySelector('.timeline') && document.querySelector('.timeline').innerText.replace(/[\\u2066-\\u2069]/g, '').includes({})",
            json!(format!("Orienté vers {PARTNER}"))
        ),
        Duration::from_secs(5),
    )
    .await
    .context("the timeline names the partner")?;

    // ---- A next step on her record ----
    app.fill("Ce qui est prévu (obligatoire)", NEXT_STEP)
        .await?;
    app.fill("À apporter (un papier par ligne, facultatif)", TO_BRING)
        .await?;
    app.activate("Enregistrer la prochaine étape").await?;
    app.wait_for_status("Prochaine étape enregistrée", Duration::from_secs(10))
        .await?;
    app.wait_until(
        "document.querySelectorAll('.follow-up-list li').length === 1 && document.querySelectorAll('.timeline li.entry-follow-up').length === 1",
        Duration::from_secs(5),
    )
    .await
    .context("the next step is listed and on the timeline")?;
    app.audit_fr_ar("person-follow-up", &mut failures).await?;
    for (anchor, shot) in [
        ("follow-ups-heading", "fr-person-next-steps"),
        ("timeline-heading", "fr-person-timeline"),
        ("privacy-heading", "fr-person-rights"),
    ] {
        app.js(&format!(
            "document.getElementById('{anchor}').scrollIntoView();"
        ))
        .await?;
        app.screenshot(shot).await?;
    }

    // The timeline's filters: only the next steps.
    app.js("document.getElementById('timeline-sessions').focus();")
        .await?;
    app.press_key(Key::Space).await?;
    app.wait_until(
        "!document.getElementById('timeline-sessions').checked && document.querySelectorAll('.timeline li.entry-session').length === 0 && document.querySelectorAll('.timeline li.entry-follow-up').length === 1",
        Duration::from_secs(5),
    )
    .await
    .context("unticking the sessions hides them")?;

    // ---- Today, on the home screen ----
    app.goto("#/").await?;
    app.wait_until(
        &format!(
            "document.querySelector('.today') && document.querySelector('.today').innerText.replace(/[\\u2066-\\u2069]/g, '').includes({})",
            json!(NEXT_STEP)
        ),
        Duration::from_secs(10),
    )
    .await
    .context("the next step is on the Today list")?;
    app.audit_fr_ar("home-today", &mut failures).await?;
    // Postponing opens a small form in the card: audited, then closed.
    app.activate(&format!("Reporter : {NEXT_STEP}")).await?;
    app.wait_for_css("form.postpone", Duration::from_secs(5))
        .await?;
    app.audit_fr_ar("home-postpone", &mut failures).await?;
    app.activate("Annuler").await?;
    app.wait_until(
        "!document.querySelector('form.postpone')",
        Duration::from_secs(5),
    )
    .await
    .context("the postpone form closes")?;

    // ---- Its printed reminder: first name only ----
    app.activate(&format!("Imprimer le rappel : {NEXT_STEP}"))
        .await?;
    app.wait_for_heading("Rappel à imprimer", Duration::from_secs(5))
        .await?;
    app.wait_for_css(".slip", Duration::from_secs(5)).await?;
    let slip = app
        .js("return document.querySelector('.slip').innerText;")
        .await?;
    let slip = slip
        .as_str()
        .unwrap_or_default()
        .replace(['\u{2068}', '\u{2069}'], "");
    ensure!(
        slip.contains(FIRST) && slip.contains(TO_BRING) && slip.contains(NEXT_STEP),
        "the reminder: {slip}"
    );
    ensure!(
        !slip.contains(LAST),
        "the reminder shows the first name only: {slip}"
    );
    app.audit_fr_ar("slip", &mut failures).await?;

    // ---- Done, from the Today list ----
    app.goto("#/").await?;
    app.wait_for_css(".today .follow-up", Duration::from_secs(10))
        .await?;
    app.activate(&format!("C'est fait : {NEXT_STEP}")).await?;
    app.wait_for_status("la prochaine étape est faite", Duration::from_secs(10))
        .await?;
    app.wait_until(
        "document.getElementById('today-done') && !document.getElementById('today-due')",
        Duration::from_secs(5),
    )
    .await
    .context("the next step moved to done today")?;

    // The partner counts the referral.
    app.goto("#/partners").await?;
    app.wait_until(
        "document.querySelector('.partner-list') && document.querySelector('.partner-list').innerText.replace(/[\\u2066-\\u2069]/g, '').includes('Une orientation')",
        Duration::from_secs(5),
    )
    .await
    .context("the partner counts one referral")?;

    // ---- Her rights: the access export (a file the user asked for, outside the root) ----
    app.goto(&format!("#/person?id={person}")).await?;
    app.wait_for_heading(&name, Duration::from_secs(10)).await?;
    app.wait_for_css("#privacy-heading", Duration::from_secs(5))
        .await?;
    let default_name = app
        .invoke(
            "access_file_name",
            json!({ "req": { "person": person, "language": "fr" } }),
        )
        .await?;
    let default_name = default_name["ok"].as_str().unwrap_or_default().to_owned();
    ensure!(
        default_name.ends_with(".zip")
            && !default_name.contains("Oyelaran")
            && !default_name.contains(FIRST),
        "the default file name carries no name: {default_name}"
    );
    let out = tempfile::tempdir()?;
    let zip = out.path().join(&default_name);
    let done = app
        .invoke(
            "export_person_access",
            json!({ "req": { "person": person, "path": zip.display().to_string(), "language": "fr" } }),
        )
        .await?;
    ensure!(done["ok"]["sessions"] == json!(1), "access export: {done}");
    ensure!(zip.exists(), "the zip is where it was asked");

    // ---- Erasure, after a confirmation; then the retention review ----
    app.activate("Effacer cette personne…").await?;
    app.wait_until(
        "document.activeElement && document.activeElement.id === 'erase-understood'",
        Duration::from_secs(5),
    )
    .await
    .context("the confirmation takes focus")?;
    app.audit_fr_ar("person-erase", &mut failures).await?;
    // Not ticked: refused, nothing erased.
    app.activate("Effacer définitivement").await?;
    app.wait_for_status("Cochez la case", Duration::from_secs(5))
        .await?;
    app.toggle("J'ai compris : l'effacement est définitif.")
        .await?;
    app.activate("Effacer définitivement").await?;
    app.wait_for_heading("Personnes accompagnées", Duration::from_secs(10))
        .await?;
    app.wait_for_status("La personne est effacée", Duration::from_secs(5))
        .await?;
    let gone = app
        .invoke("get_person", json!({ "req": { "id": person } }))
        .await?;
    ensure!(
        gone["error"]["code"] == json!("person_not_found"),
        "erased: {gone}"
    );
    app.goto("#/retention").await?;
    app.wait_for_heading("Fiches inactives à effacer", Duration::from_secs(5))
        .await?;
    app.wait_for_css("#retention-list", Duration::from_secs(5))
        .await?;
    app.audit_fr_ar("retention", &mut failures).await?;

    app.close().await?;
    ensure!(failures.is_empty(), "axe:\n{}", failures.join("\n"));

    // ---- Nothing typed here is readable on disk ----
    let needles = [FIRST, LAST, NEXT_STEP, TO_BRING, PARTNER, STRUCTURE];
    let leaks = root.plaintext_leaks(&needles)?;
    ensure!(leaks.is_empty(), "plaintext found: {leaks:?}");
    Ok(())
}
