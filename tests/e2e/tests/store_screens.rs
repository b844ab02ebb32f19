//! The store screens, driven with the keyboard only: first run → recovery sheet → home →
//! a form left half-filled → idle warning → "Continuer" → idle lock → sign-in again → the
//! draft restored; a mediator with a temporary passphrase changes it and cannot reach Staff or
//! Journal (refused by the shell too); zero axe violations on every screen in fr and ar; and
//! afterwards no personal string typed during the run is found in clear under the test root.

use anyhow::{ensure, Context, Result};
use fantoccini::key::Key;
use passerelle_e2e::{App, Root};
use serde_json::json;
use std::time::Duration;

const STRUCTURE: &str = "Maison Solidaire Quenouillère";
const PLACE: &str = "Médiathèque Zéphyrine-Vautrin";
const COORDINATOR: &str = "Awa Tessier-Brindille";
const COORD_PASS: &str = "cheval agrafe pile correct";
const MEDIATOR: &str = "Bastien Orlowski-Quint";
const TEMP_PASS: &str = "temporaire lundi matin";
const MEDIATOR_PASS: &str = "girafe citron velours piano";
const DRAFT_PLACE: &str = "Atelier Bérénice Vasquez-Lemaire";

/// Idle time of this run (debug builds honour it): the warning shows after 6 s, the lock
/// after 26 s.
const IDLE_SECS: &str = "26";

/// Switches to Arabic and fails if any of `french` is still on screen: confirmations and
/// tables shown before a language change must follow it.
async fn follows_language(app: &App, french: &[&str]) -> Result<()> {
    app.switch_language("ar").await?;
    let text = app.main_text().await?;
    app.switch_language("fr").await?;
    for f in french {
        ensure!(
            !text.contains(f),
            "still in French after switching to Arabic: {f:?}"
        );
    }
    Ok(())
}

fn required(label: &str) -> String {
    format!("{label} (obligatoire)")
}

#[tokio::test(flavor = "multi_thread")]
async fn first_run_idle_lock_draft_and_roles_with_the_keyboard() -> Result<()> {
    // A stuck WebDriver call must fail this test, not run into CI's time limit.
    tokio::time::timeout(Duration::from_secs(900), keyboard_flow())
        .await
        .context("the flow did not finish in 15 minutes")?
}

async fn keyboard_flow() -> Result<()> {
    let root = Root::new()?;
    let app = App::launch_with(&root, &[], &[("PASSERELLE_TEST_IDLE_SECS", IDLE_SECS)]).await?;
    let mut failures = Vec::new();

    // ---- First run ----
    app.wait_for_heading(
        "Installer Passerelle pour votre structure",
        Duration::from_secs(10),
    )
    .await?;
    app.audit_fr_ar("first-run", &mut failures).await?;
    app.fill(&required("Nom de la structure"), STRUCTURE)
        .await?;
    app.fill("Nom du lieu", PLACE).await?;
    app.fill("Code postal", "93100").await?;
    app.fill("Commune", "Montreuil").await?;
    app.fill("Code INSEE de la commune", "93048").await?;
    app.fill(&required("Prénom et nom"), COORDINATOR).await?;
    app.fill(&required("Nouvelle phrase de passe"), COORD_PASS)
        .await?;
    // A typo in the repeat is caught before anything is written, and linked to its field.
    app.fill(&required("Écrivez-la une deuxième fois"), "cheval agrafe")
        .await?;
    app.activate("Créer l'espace chiffré").await?;
    app.wait_for_status("ne sont pas identiques", Duration::from_secs(5))
        .await?;
    // The summary takes focus (on the next frame): wait for it, as a person hears it first.
    app.wait_until(
        "document.activeElement && document.activeElement.id === 'setup-errors'",
        Duration::from_secs(3),
    )
    .await?;
    ensure!(
        !root.data_dir().join("store").exists(),
        "a refused form wrote nothing"
    );
    app.fill(&required("Écrivez-la une deuxième fois"), COORD_PASS)
        .await?;
    app.activate("Créer l'espace chiffré").await?;

    // ---- Recovery sheet ----
    app.wait_for_heading("La feuille de récupération", Duration::from_secs(30))
        .await?;
    let text = app.main_text().await?;
    ensure!(
        text.contains("AGE-SECRET-KEY-1"),
        "the key is shown: {text}"
    );
    ensure!(text.contains(STRUCTURE), "the sheet names the structure");
    app.audit_fr_ar("recovery-sheet", &mut failures).await?;
    // Continuing without confirming is refused, with the reason next to the box.
    app.activate("Continuer").await?;
    app.wait_for_status("Cochez la case", Duration::from_secs(5))
        .await?;
    app.toggle("J'ai imprimé ou enregistré la feuille de récupération et je la range en lieu sûr.")
        .await?;
    app.activate("Continuer").await?;
    app.wait_for_heading(&format!("Bonjour {COORDINATOR}"), Duration::from_secs(10))
        .await?;
    app.audit_fr_ar("home-coordinator", &mut failures).await?;

    // ---- A form half-filled, the idle warning, "Continuer" ----
    app.goto("#/settings").await?;
    app.wait_for_css("#new-place_name", Duration::from_secs(5))
        .await?;
    app.audit_fr_ar("settings", &mut failures).await?;
    let add_place_name = "#new-place_name";
    app.js(&format!(
        "document.querySelector('{add_place_name}').focus();"
    ))
    .await?;
    let field = app
        .client
        .find(fantoccini::Locator::Css(add_place_name))
        .await?;
    field.send_keys(DRAFT_PLACE).await?;

    app.wait_for_css("dialog.idle-dialog[open]", Duration::from_secs(20))
        .await
        .context("the idle warning did not appear")?;
    let role: String = serde_json::from_value(
        app.js("return document.querySelector('dialog.idle-dialog').getAttribute('role');")
            .await?,
    )?;
    ensure!(role == "alertdialog", "warning role: {role}");
    let focused = app.focused().await?;
    ensure!(
        focused.contains("Continuer"),
        "focus on Continuer: {focused}"
    );
    let countdown = app.main_text().await.unwrap_or_default();
    let dialog_text: String = serde_json::from_value(
        app.js("return document.querySelector('dialog.idle-dialog').innerText;")
            .await?,
    )?;
    ensure!(
        dialog_text.contains("Verrouillage dans"),
        "countdown shown: {dialog_text} / {countdown}"
    );
    app.screenshot("fr-idle-warning").await?;
    if let Err(e) = app.assert_accessible("fr idle warning").await {
        failures.push(e.to_string());
    }
    app.press_key(Key::Enter).await?;
    app.wait_until(
        "!document.querySelector('dialog.idle-dialog').open",
        Duration::from_secs(3),
    )
    .await
    .context("Continuer did not close the warning")?;
    ensure!(
        app.heading().await?.contains("Réglages"),
        "still on the settings screen after Continuer"
    );

    // ---- No activity: warning again, then the lock ----
    app.wait_for_css("dialog.idle-dialog[open]", Duration::from_secs(20))
        .await?;
    app.wait_for_heading("Se connecter", Duration::from_secs(40))
        .await
        .context("the session did not lock after the countdown")?;
    app.audit_fr_ar("sign-in", &mut failures).await?;

    // The rest of the run uses the installation's own idle time (a 26 s limit would lock in the
    // middle of an audit). The second launch also shows the draft survives a restart.
    app.close().await?;
    let app = App::launch(&root).await?;
    app.wait_for_heading("Se connecter", Duration::from_secs(10))
        .await?;

    // ---- Sign in again: a wrong passphrase first, then the right one ----
    app.toggle(&format!("{COORDINATOR} Coordinateur ou coordinatrice"))
        .await?;
    app.fill("Phrase de passe", "pas la bonne phrase").await?;
    app.activate("Ouvrir").await?;
    app.wait_for_status("phrase de passe", Duration::from_secs(10))
        .await?;
    app.wait_until(
        "document.activeElement && document.activeElement.id === 'sign-in-errors'",
        Duration::from_secs(3),
    )
    .await?;
    app.fill("Phrase de passe", COORD_PASS).await?;
    app.activate("Ouvrir").await?;
    app.wait_for_heading(&format!("Bonjour {COORDINATOR}"), Duration::from_secs(20))
        .await?;
    let text = app.main_text().await?;
    ensure!(
        text.contains("Un formulaire commencé vous attend") && text.contains("Ajouter un lieu"),
        "the draft is offered: {text}"
    );
    app.activate("Reprendre le formulaire").await?;
    app.wait_for_css("#new-place_name", Duration::from_secs(5))
        .await?;
    let restored: String = serde_json::from_value(
        app.js("return document.querySelector('#new-place_name').value;")
            .await?,
    )?;
    ensure!(restored == DRAFT_PLACE, "draft restored: {restored:?}");

    // ---- Staff: add a mediator with a temporary passphrase ----
    app.goto("#/staff").await?;
    app.fill(&required("Prénom et nom"), MEDIATOR).await?;
    app.toggle("Médiateur ou médiatrice").await?;
    app.fill(&required("Phrase de passe temporaire"), TEMP_PASS)
        .await?;
    app.activate("Ajouter à l'équipe").await?;
    app.wait_for_status("fait partie de l'équipe", Duration::from_secs(15))
        .await?;
    app.audit_fr_ar("staff", &mut failures).await?;
    follows_language(&app, &["fait partie de l'équipe", "Membres de l'équipe"]).await?;

    // ---- Journal, and its CSV export (to a folder outside the scanned root) ----
    app.goto("#/journal").await?;
    app.wait_for_css("main table tbody tr", Duration::from_secs(5))
        .await?;
    let text = app.main_text().await?;
    ensure!(
        text.contains("Ouverture de session") && text.contains("Membre de l'équipe ajouté"),
        "journal rows: {text}"
    );
    app.audit_fr_ar("journal", &mut failures).await?;
    follows_language(
        &app,
        &[
            "Le journal est complet",
            "Ouverture de session",
            "Date et heure",
        ],
    )
    .await?;
    let out = tempfile::tempdir()?;
    let csv = out.path().join("journal.csv");
    let r = app
        .invoke(
            "export_journal_csv",
            json!({ "req": { "query": { "actor": null, "action": null, "from_ms": null, "to_ms": null, "page": 0 },
                             "path": csv, "language": "fr" } }),
        )
        .await?;
    ensure!(r.get("ok").is_some(), "export: {r}");
    let exported = std::fs::read_to_string(&csv)?;
    ensure!(
        exported.contains("Membre de l'équipe ajouté"),
        "CSV rows: {exported}"
    );

    // ---- Lock with the shortcut; the mediator signs in with the temporary passphrase ----
    app.js("document.body.focus();").await?;
    let body = app.client.find(fantoccini::Locator::Css("body")).await?;
    body.send_keys(&format!(
        "{}{}l",
        char::from(Key::Control),
        char::from(Key::Shift)
    ))
    .await?;
    app.wait_for_heading("Se connecter", Duration::from_secs(10))
        .await
        .context("Ctrl+Shift+L did not lock")?;
    app.toggle(&format!("{MEDIATOR} Médiateur ou médiatrice"))
        .await?;
    app.fill("Phrase de passe", TEMP_PASS).await?;
    app.activate("Ouvrir").await?;
    app.wait_for_heading("Ma phrase de passe", Duration::from_secs(20))
        .await?;
    app.audit_fr_ar("passphrase-forced", &mut failures).await?;
    // Before the change, a draft can still be kept and dropped (a lock must never lose it).
    let r = app.invoke("discard_draft", json!({})).await?;
    ensure!(r.get("ok").is_some(), "drafts stay usable: {r}");
    app.fill(&required("Nouvelle phrase de passe"), MEDIATOR_PASS)
        .await?;
    app.fill(&required("Écrivez-la une deuxième fois"), MEDIATOR_PASS)
        .await?;
    app.activate("Enregistrer ma phrase de passe").await?;
    app.wait_for_heading(&format!("Bonjour {MEDIATOR}"), Duration::from_secs(30))
        .await?;

    // ---- A mediator cannot reach Staff or Journal ----
    let nav: String = serde_json::from_value(
        app.js("return document.querySelector('nav.app-nav').innerText;")
            .await?,
    )?;
    ensure!(
        !nav.contains("Équipe") && !nav.contains("Journal"),
        "mediator navigation: {nav}"
    );
    for hash in ["#/staff", "#/journal"] {
        app.goto(hash).await?;
        app.wait_for_heading("Accès réservé", Duration::from_secs(5))
            .await?;
    }
    app.audit_fr_ar("refused", &mut failures).await?;
    for (cmd, args) in [
        ("list_staff", json!({})),
        (
            "journal_query",
            json!({ "req": { "actor": null, "action": null, "from_ms": null, "to_ms": null, "page": 0 } }),
        ),
        (
            "add_staff",
            json!({ "req": { "name": "Intrus", "role": "coordinator", "temporary_passphrase": "une phrase assez longue" } }),
        ),
    ] {
        let r = app.invoke(cmd, args).await?;
        ensure!(
            r["error"]["code"] == "role_refused",
            "{cmd} as a mediator: {r}"
        );
    }
    app.close().await?;

    // ---- Nothing typed during the run is readable under the root ----
    // Staff names are readable before unlock by design (the sign-in list comes from the seal
    // file, design §2): the seal copies are the one place they may appear. Nothing else may
    // hold any of these strings: not the database or its WAL, not the webview's folders, not
    // a temporary file.
    let mut leaks = Vec::new();
    for rel in root.files() {
        let bytes = std::fs::read(root.path().join(&rel)).unwrap_or_default();
        let is_seal = rel
            .file_name()
            .and_then(|n| n.to_str())
            .is_some_and(|n| n.starts_with("seal-") && n.ends_with(".json"));
        for secret in [
            STRUCTURE,
            PLACE,
            COORDINATOR,
            MEDIATOR,
            DRAFT_PLACE,
            COORD_PASS,
            MEDIATOR_PASS,
            TEMP_PASS,
        ] {
            let staff_name = secret == COORDINATOR || secret == MEDIATOR;
            if staff_name && is_seal {
                continue;
            }
            if bytes.windows(secret.len()).any(|w| w == secret.as_bytes()) {
                leaks.push(format!("{secret:?} in {}", rel.display()));
            }
        }
    }
    ensure!(leaks.is_empty(), "plaintext found: {leaks:?}");
    ensure!(!root.files().is_empty(), "the scan saw the store's files");
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
    Ok(())
}
