//! Import and export, against the real app: a people spreadsheet with a bad row is refused
//! whole, with the row and column shown and nothing written; the corrected file imports; the
//! sessions export writes the national columns to the chosen file. The file travels from the
//! screen's file input to `core` as the raw request body. Zero axe violations in French and
//! Arabic on the screen and on its results.

use anyhow::{ensure, Context, Result};
use passerelle_e2e::{App, Root};
use serde_json::json;
use std::time::Duration;

const STRUCTURE: &str = "Point numérique Carrefour-Vauban";
const COORDINATOR: &str = "Odile Marchetti-Brun";
const PASS: &str = "girafe caillou sirop étoile";

async fn pick_file(app: &App, input_id: &str, path: &std::path::Path) -> Result<()> {
    let input = app
        .client
        .find(fantoccini::Locator::Id(input_id))
        .await
        .with_context(|| format!("no file input #{input_id}"))?;
    input.send_keys(&path.display().to_string()).await?;
    Ok(())
}

#[tokio::test(flavor = "multi_thread")]
async fn import_people_all_or_nothing_and_export_sessions() -> Result<()> {
    tokio::time::timeout(Duration::from_secs(600), flow())
        .await
        .context("the exchange flow did not finish in 10 minutes")?
}

async fn flow() -> Result<()> {
    let root = Root::new()?;
    // The spreadsheets are the user's own files: outside the scanned root.
    let files = tempfile::tempdir()?;
    let bad = files.path().join("personnes.csv");
    std::fs::write(
        &bad,
        "\u{feff}Nom;Prénom;Année de naissance;Commune;E-mail\r\n\
         N'Diaye;Aminata;1975;Villeurbanne;aminata@example.org\r\n\
         Le Guével;Éloïse;19750;Lyon;\r\n\
         Dupont-Aignan;Jean-Baptiste;1962;Bron;jb@example.org\r\n",
    )?;
    let app = App::launch(&root).await?;
    let mut failures = Vec::new();
    app.set_up_store(STRUCTURE, COORDINATOR, PASS).await?;
    app.goto("#/exchange").await?;
    app.wait_for_heading("Importer et exporter", Duration::from_secs(5))
        .await?;
    app.audit_fr_ar("exchange", &mut failures).await?;

    // ---- A bad year on row 3: nothing imported, the row and column named ----
    pick_file(&app, "import-people-file", &bad).await?;
    app.activate("Vérifier et importer").await?;
    app.wait_until(
        "document.activeElement && document.activeElement.id === 'import-people-errors' && document.activeElement.querySelector('table')",
        Duration::from_secs(10),
    )
    .await
    .context("the problems take focus")?;
    let problems = app
        .js("return document.getElementById('import-people-errors').innerText.replace(/[\\u2066-\\u2069]/g, '');")
        .await?;
    let problems = problems.as_str().unwrap_or_default().to_owned();
    ensure!(
        problems.contains("Rien n'a été importé")
            && problems.contains("Année de naissance")
            && problems.contains('3'),
        "the problem names row 3 and its column: {problems}"
    );
    app.audit_fr_ar("exchange-problems", &mut failures).await?;
    let found = app
        .invoke("search_people", json!({ "req": { "query": "ndiaye" } }))
        .await?;
    ensure!(found["ok"] == json!([]), "nothing written: {found}");

    // ---- Corrected: imported ----
    std::fs::write(
        &bad,
        "\u{feff}Nom;Prénom;Année de naissance;Commune;E-mail\r\n\
         N'Diaye;Aminata;1975;Villeurbanne;aminata@example.org\r\n\
         Le Guével;Éloïse;1975;Lyon;\r\n\
         Dupont-Aignan;Jean-Baptiste;1962;Bron;jb@example.org\r\n",
    )?;
    pick_file(&app, "import-people-file", &bad).await?;
    app.activate("Vérifier et importer").await?;
    app.wait_until(
        "document.activeElement && document.activeElement.id === 'import-people-errors' && document.activeElement.innerText.includes('Import terminé')",
        Duration::from_secs(10),
    )
    .await
    .context("the import result takes focus")?;
    app.audit_fr_ar("exchange-imported", &mut failures).await?;
    let found = app
        .invoke("search_people", json!({ "req": { "query": "guevel" } }))
        .await?;
    ensure!(
        found["ok"][0]["first_name"] == json!("Éloïse"),
        "accents kept through the raw body: {found}"
    );

    // ---- Export: the file the save dialog would have returned ----
    let out = files.path().join("export.csv");
    let done = app
        .invoke(
            "export_sessions",
            json!({ "req": { "format": "csv", "filter": {}, "path": out.display().to_string() } }),
        )
        .await?;
    ensure!(done["ok"]["rows"] == json!(0), "export: {done}");
    let bytes = std::fs::read(&out)?;
    ensure!(
        bytes.starts_with(b"\xEF\xBB\xBF"),
        "the CSV starts with a BOM"
    );
    let text = String::from_utf8_lossy(&bytes);
    ensure!(
        text.contains("Exporté par") && text.contains("Date;Enregistré le;"),
        "who/when and the national header: {text}"
    );

    app.close().await?;
    ensure!(failures.is_empty(), "axe:\n{}", failures.join("\n"));
    // Nothing imported is readable under the root.
    let needles = ["Aminata", "Guével", "Jean-Baptiste", "aminata@example.org"];
    let leaks = root.plaintext_leaks(&needles)?;
    ensure!(leaks.is_empty(), "plaintext found: {leaks:?}");
    Ok(())
}
