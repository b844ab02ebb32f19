//! The activity dashboard against the real app: two sessions recorded today (one named person,
//! one anonymous) show up in the key figures, the monthly chart's table and the themes table
//! with the counts and shares the statistics module gives; the period is changed with the
//! keyboard alone, and an empty period says so; zero axe violations in French and Arabic.

use anyhow::{ensure, Context, Result};
use fantoccini::key::Key;
use passerelle_e2e::{App, Root};
use serde_json::{json, Value};
use std::time::Duration;

const STRUCTURE: &str = "Espace numérique des Quatre-Vents";
const COORDINATOR: &str = "Maëlys Carpentier-Oduya";
const PASS: &str = "lanterne corail vallon brioche";

#[tokio::test(flavor = "multi_thread")]
async fn dashboard_figures_and_keyboard_period() -> Result<()> {
    tokio::time::timeout(Duration::from_secs(480), flow())
        .await
        .context("the dashboard flow did not finish in 8 minutes")?
}

fn session(person: Option<&str>, date: &str, minutes: u32, themes: &[&str]) -> Value {
    json!({ "req": { "session": {
        "person": person, "date": date, "duration_min": minutes, "canal": "lieu_activite",
        "place": null, "equipment": [], "themes": themes, "procedure_themes": [],
        "procedure_name": "", "autonomy": null, "referral": null, "referral_to": "",
        "tags": [], "notes": ""
    } } })
}

/// Rows of the table whose caption is `caption`: each row's cells' text, isolation marks and
/// spacing normalised.
async fn table_rows(app: &App, caption: &str) -> Result<Vec<Vec<String>>> {
    let v = app
        .js(&format!(
            "const norm = s => (s || '').replace(/[\\u2066-\\u2069]/g, '').replace(/\\s+/g, ' ').trim();
             const t = [...document.querySelectorAll('table')].find(t => t.caption && norm(t.caption.innerText) === {});
             if (!t) return null;
             return [...t.tBodies[0].rows].map(r => [...r.cells].map(c => norm(c.innerText)));",
            json!(caption)
        ))
        .await?;
    ensure!(!v.is_null(), "no table captioned {caption:?}");
    Ok(serde_json::from_value(v)?)
}

async fn flow() -> Result<()> {
    let root = Root::new()?;
    let app = App::launch(&root).await?;
    let mut failures = Vec::new();
    app.set_up_store(STRUCTURE, COORDINATOR, PASS).await?;

    let person = app.add_person("Soraya", "Delacroix-Mbeki", 1968).await?;
    let today = app.civil_day(0).await?;
    for req in [
        session(
            Some(&person),
            &today,
            30,
            &["email", "navigation_sur_internet"],
        ),
        session(None, &today, 60, &["email"]),
    ] {
        let r = app.invoke("add_session", req).await?;
        ensure!(r["ok"].is_string(), "add_session: {r}");
    }

    // One document in her vault: the vault usage figures count it.
    let r = app
        .invoke(
            "record_consent",
            json!({ "req": { "person": person, "scopes": ["fiche", "coffre"], "by_guardian": false } }),
        )
        .await?;
    ensure!(r.get("error").is_none(), "record_consent: {r}");
    let pdf = passerelle_e2e::docs::text_pdf(&["AVIS-CAF-RAPPORT-4242"]);
    let meta = json!({ "person": person, "original_name": "avis-caf.pdf", "category": "revenus" });
    let added = app
        .client
        .execute_async(
            "const [bytes, meta, done] = arguments;
             window.__TAURI__.core.invoke('vault_add_document', new Uint8Array(bytes),
               { headers: { 'x-document-meta': encodeURIComponent(JSON.stringify(meta)) } })
               .then(v => done({ ok: v }), e => done({ error: e }));",
            vec![json!(pdf), meta],
        )
        .await?;
    ensure!(added.get("ok").is_some(), "vault_add_document: {added}");

    // ---- This month: the two sessions ----
    app.goto("#/reports").await?;
    app.wait_for_heading("Rapports d’activité", Duration::from_secs(5))
        .await?;
    app.wait_for_css(".key-figures", Duration::from_secs(10))
        .await
        .context("the key figures appear")?;
    let figures = app
        .js("const norm = s => (s || '').replace(/[\\u2066-\\u2069]/g, '').replace(/\\s+/g, ' ').trim();
             return Object.fromEntries([...document.querySelectorAll('.key-figure')].map(k =>
               [norm(k.querySelector('dt').innerText), norm(k.querySelector('.key-value').innerText)]));")
        .await?;
    for (label, want) in [
        ("Accompagnements", "2"),
        ("Activités", "2"),
        ("Personnes accompagnées", "2"),
        ("Dont personnes suivies", "1"),
        ("Nouvelles personnes", "1"),
        ("Personnes avec des documents au coffre-fort", "1"),
        ("Documents conservés au coffre-fort", "1"),
    ] {
        ensure!(
            figures[label] == want,
            "key figure {label:?} is {}, not {want} (all: {figures})",
            figures[label]
        );
    }
    let months = table_rows(&app, "Accompagnements par mois").await?;
    ensure!(
        months.len() == 1 && months[0][1] == "2" && months[0][2] == "100,0 %",
        "monthly table: {months:?}"
    );
    // Three theme mentions over two activities: e-mail twice, browsing once.
    let themes = table_rows(&app, "Thèmes").await?;
    let find = |label: &str| themes.iter().find(|r| r[0] == label).cloned();
    ensure!(
        find("E-mail").is_some_and(|r| r[1] == "2" && r[2] == "66,7 %"),
        "themes table: {themes:?}"
    );
    ensure!(
        find("Navigation sur internet").is_some_and(|r| r[1] == "1" && r[2] == "33,3 %"),
        "themes table: {themes:?}"
    );
    let chart = app
        .js("const s = document.querySelector('svg.chart-svg'); return s ? [s.getAttribute('role'), s.getAttribute('aria-label'), s.querySelectorAll('rect.chart-bar').length] : null;")
        .await?;
    ensure!(
        chart[0] == "img" && chart[2] == 1,
        "the monthly chart: {chart}"
    );
    app.js("document.querySelector('.report').scrollIntoView();")
        .await?;
    app.audit_fr_ar("reports", &mut failures).await?;
    for (part, css) in [("figures", ".report"), ("themes", "#chart-themes-title")] {
        app.js(&format!(
            "document.querySelector('{css}').scrollIntoView();"
        ))
        .await?;
        app.screenshot(&format!("fr-reports-{part}")).await?;
    }

    // ---- The same figures saved as CSV (the save dialog itself is native: the command is
    // called with the path it would give), and a second save never replaces the file ----
    let out = tempfile::tempdir()?;
    let path = out.path().join("rapport.csv");
    let (from, to) = (format!("{}-01", &today[..7]), today.clone());
    let save = json!({ "req": {
        "report": { "query": { "from": from, "to": to }, "compare_previous": false, "lang": "fr", "format": "csv" },
        "path": path.display().to_string()
    } });
    let r = app.invoke("save_report", save.clone()).await?;
    ensure!(r["ok"] == "rapport.csv", "save_report: {r}");
    let csv = std::fs::read_to_string(&path)?;
    ensure!(
        csv.lines().any(|l| l.starts_with("Accompagnements;2")),
        "the CSV carries the dashboard's figure: {csv}"
    );
    let again = app.invoke("save_report", save).await?;
    ensure!(
        again["error"]["code"] == "file_exists",
        "second save: {again}"
    );
    ensure!(
        std::fs::read_to_string(&path)? == csv,
        "the first file is kept"
    );

    // ---- Keyboard only: last month, which has nothing ----
    app.js("document.getElementById('reports-period-this_month').focus();")
        .await?;
    app.press_key(Key::Right).await?;
    let checked = app
        .js("return document.getElementById('reports-period-last_month').checked;")
        .await?;
    ensure!(checked == true, "the arrow key chose last month");
    let mut on_submit = false;
    for _ in 0..20 {
        app.press_key(Key::Tab).await?;
        if app.focused().await?.contains("Afficher les chiffres") {
            on_submit = true;
            break;
        }
    }
    ensure!(on_submit, "Tab reaches the submit button");
    app.press_key(Key::Enter).await?;
    app.wait_for_css("#report-empty", Duration::from_secs(10))
        .await
        .context("an empty period says so")?;
    let text = app.main_text().await?;
    ensure!(
        text.contains("Aucune activité n’est enregistrée sur cette période"),
        "empty period text: {text}"
    );
    ensure!(
        app.js("return document.querySelectorAll('.key-figures, table.data-table').length;")
            .await?
            == 0,
        "no empty tables for an empty period"
    );
    app.audit_fr_ar("reports-empty", &mut failures).await?;

    app.close().await?;
    ensure!(failures.is_empty(), "{}", failures.join("\n"));
    Ok(())
}
