//! The document vault against the real app: a person who agreed to the vault gets two
//! documents (a photo and a PDF) through the page's file input, described with the keyboard
//! alone; the photo's thumbnail (made in `core`) shows; an expiry date set on the record
//! comes up on the person's record and on the Today list; zero axe violations in French and
//! Arabic; and afterwards nothing under the temporary HOME/XDG/TMPDIR root holds an original
//! file name, a run of the photo's or the PDF's bytes, or the thumbnail, and GTK's recent-files
//! list names no document.

use anyhow::{ensure, Context, Result};
use fantoccini::key::Key;
use fantoccini::Locator;
use passerelle_e2e::{App, Root};
use serde_json::json;
use std::time::Duration;

const STRUCTURE: &str = "Point numérique de la Croix-Rousse";
const COORDINATOR: &str = "Ilyès Marchetti-Ondo";
const PASS: &str = "pivoine radeau sextant cumulus";
const FIRST: &str = "Awa";
const LAST: &str = "Konaté-Ribeiro";
const PHOTO_NAME: &str = "titre-sejour-KONATE-recto.jpg";
const PDF_NAME: &str = "avis-imposition-KONATE-2025.pdf";
const PDF_TEXT: &str = "AVIS-IMPOT-REVENU-FISCAL-31415";
const PRIVATE_NAME: &str = "releve-bancaire-KONATE-prive.pdf";
const PRIVATE_TEXT: &str = "RELEVE-COMPTE-PRIVE-27182";
const PIN: &str = "4821";

fn pdf_bytes() -> Vec<u8> {
    pdf_bytes_with(PDF_TEXT)
}

fn pdf_bytes_with(text: &str) -> Vec<u8> {
    passerelle_e2e::docs::text_pdf(&[text])
}

/// A 640×480 photo with a pattern no other file has.
fn photo_bytes() -> Result<Vec<u8>> {
    let img = image::RgbImage::from_fn(640, 480, |x, y| {
        image::Rgb([
            (x * 7 % 251) as u8,
            (y * 13 % 241) as u8,
            ((x ^ y) % 239) as u8,
        ])
    });
    let mut out = Vec::new();
    image::codecs::jpeg::JpegEncoder::new_with_quality(&mut out, 85).encode_image(&img)?;
    Ok(out)
}

/// Types a date into the focused date field as a person would: WebKit shows it in the
/// system's order (month, day, year here, or day, month, year), one part after the other.
async fn type_date(app: &App, iso: &str) -> Result<()> {
    let (y, rest) = iso.split_once('-').context("date")?;
    let (m, d) = rest.split_once('-').context("date")?;
    let order = app
        .js("return new Intl.DateTimeFormat().formatToParts(new Date(2001, 10, 22)).filter(p => p.type !== 'literal').map(p => p.type).join(',');")
        .await?;
    let order = order.as_str().unwrap_or("month,day,year").to_owned();
    // Each part ends with a separator, which moves WebKit on to the next part.
    let typed: Vec<&str> = order
        .split(',')
        .map(|part| match part {
            "year" => y,
            "month" => m,
            _ => d,
        })
        .collect();
    app.type_keys(&typed.join("/")).await?;
    Ok(())
}

/// Tabs until the focused element's description contains `what` (at most `max` presses).
async fn tab_to(app: &App, what: &str, max: usize) -> Result<()> {
    for _ in 0..max {
        app.press_key(Key::Tab).await?;
        if app.focused().await?.contains(what) {
            return Ok(());
        }
    }
    anyhow::bail!("Tab never reached {what}: on {}", app.focused().await?)
}

#[tokio::test(flavor = "multi_thread")]
async fn documents_added_described_by_keyboard_and_reminded() -> Result<()> {
    tokio::time::timeout(Duration::from_secs(600), flow())
        .await
        .context("the vault flow did not finish in 10 minutes")?
}

async fn flow() -> Result<()> {
    let root = Root::new()?;
    // The source files live outside the scanned root, as a scan on a USB key would.
    let sources = tempfile::tempdir()?;
    let photo = photo_bytes()?;
    let pdf = pdf_bytes();
    let photo_path = sources.path().join(PHOTO_NAME);
    let pdf_path = sources.path().join(PDF_NAME);
    std::fs::write(&photo_path, &photo)?;
    std::fs::write(&pdf_path, &pdf)?;

    let app = App::launch(&root).await?;
    let mut failures = Vec::new();
    app.set_up_store(STRUCTURE, COORDINATOR, PASS).await?;
    let person = app.add_person(FIRST, LAST, 1990).await?;

    // ---- Without the vault in her consent, the vault stays shut, and says why ----
    app.goto(&format!("#/vault?person={person}")).await?;
    app.wait_for_css("#vault-refused", Duration::from_secs(10))
        .await
        .context("the vault refuses without consent")?;
    let text = app.main_text().await?;
    ensure!(
        text.contains("ne couvre pas le coffre-fort"),
        "refusal text: {text}"
    );
    let r = app
        .invoke(
            "record_consent",
            json!({ "req": { "person": person, "scopes": ["fiche", "coffre"], "by_guardian": false } }),
        )
        .await?;
    ensure!(r.get("error").is_none(), "record_consent: {r}");

    // ---- Her vault, empty ----
    app.goto("#/").await?;
    app.goto(&format!("#/vault?person={person}")).await?;
    let name = format!("{} {FIRST}", LAST.to_uppercase());
    app.wait_for_heading(&format!("Documents de {name}"), Duration::from_secs(10))
        .await?;
    app.wait_for_css("#vault-files", Duration::from_secs(5))
        .await?;
    app.audit_fr_ar("vault-empty", &mut failures).await?;

    // ---- Two files at once through the page's file input ----
    let input = app.client.find(Locator::Css("#vault-files")).await?;
    input
        .send_keys(&format!("{}\n{}", photo_path.display(), pdf_path.display()))
        .await?;
    app.wait_until(
        "document.querySelectorAll('fieldset.pending-file').length === 2",
        Duration::from_secs(10),
    )
    .await
    .context("both files are listed for their details")?;
    app.audit_fr_ar("vault-pending", &mut failures).await?;

    // Keyboard only from the file input: each file's title and folder, the photo's expiry.
    let expiry = app.civil_day(30).await?;
    app.js("document.getElementById('vault-files').focus();")
        .await?;
    let legends = app
        .js("return [...document.querySelectorAll('fieldset.pending-file legend')].map(l => l.innerText);")
        .await?;
    let legends: Vec<String> = serde_json::from_value(legends)?;
    for legend in &legends {
        let is_photo = legend.contains(PHOTO_NAME);
        tab_to(&app, "-title", 6).await?;
        app.press_ctrl_char('a').await?;
        app.type_keys(if is_photo {
            "Titre de séjour recto"
        } else {
            "Avis d'imposition 2025"
        })
        .await?;
        app.press_key(Key::Tab).await?;
        ensure!(
            app.focused().await?.contains("-category"),
            "the folder follows the title"
        );
        app.type_keys(if is_photo { "Titre" } else { "Imp" })
            .await?;
        if is_photo {
            tab_to(&app, "-expires", 6).await?;
            type_date(&app, &expiry).await?;
        }
        // On to the next file's fieldset (past the notes and its Remove button).
        tab_to(&app, "Retirer", 10).await?;
    }
    let chosen = app
        .js("return [...document.querySelectorAll('fieldset.pending-file')].map(f => [f.querySelector('legend').innerText, f.querySelector('select').value, f.querySelector('input[id$=\"-expires\"]').value]);")
        .await?;
    let chosen: Vec<(String, String, String)> = serde_json::from_value(chosen)?;
    for (legend, category, expires) in &chosen {
        if legend.contains(PHOTO_NAME) {
            ensure!(
                category == "titre_de_sejour" && *expires == expiry,
                "photo: {category} {expires} (want {expiry})"
            );
        } else {
            ensure!(category == "impots", "pdf folder: {category}");
        }
    }
    tab_to(&app, "Ajouter les", 6).await?;
    app.press_key(Key::Enter).await?;
    app.wait_for_status("2 documents ajoutés et chiffrés.", Duration::from_secs(20))
        .await?;
    app.wait_until(
        "document.querySelectorAll('.document-list li.document').length === 2",
        Duration::from_secs(10),
    )
    .await
    .context("both documents are listed")?;
    // The photo's thumbnail: a blob: image, decoded by the webview.
    app.wait_until(
        "(() => { const i = document.querySelector('.document-thumb img'); return !!i && i.src.startsWith('blob:') && i.complete && i.naturalWidth > 0; })()",
        Duration::from_secs(10),
    )
    .await
    .context("the photo's thumbnail shows")?;
    let dims = app
        .js("const i = document.querySelector('.document-thumb img'); return [i.naturalWidth, i.naturalHeight];")
        .await?;
    ensure!(
        dims == json!([320, 240]),
        "thumbnail size (long side 320): {dims}"
    );
    let text = app.main_text().await?;
    ensure!(
        text.contains("Titre de séjour")
            && text.contains("Impôts")
            && text.contains("Avis d'imposition 2025"),
        "folders and titles: {text}"
    );
    ensure!(
        app.js("return !!document.getElementById('vault-source-reminder');")
            .await?
            == json!(true),
        "the reminder to delete the original files"
    );
    app.audit_fr_ar("vault-documents", &mut failures).await?;
    app.js("document.getElementById('vault-list-heading').scrollIntoView();")
        .await?;
    app.screenshot("fr-vault-list").await?;

    // ---- Her private space: the trade-off said, the PIN twice, the card code once ----
    app.activate("Créer l’espace privé de cette personne")
        .await?;
    app.fill(
        "Code secret de la personne (4 à 8 chiffres) (obligatoire)",
        PIN,
    )
    .await?;
    app.fill("Le même code, encore une fois (obligatoire)", PIN)
        .await?;
    app.activate("Créer l’espace privé").await?;
    app.wait_for_css("#vault-private-errors", Duration::from_secs(5))
        .await
        .context("without the box ticked, the form explains")?;
    app.choose(
        "La personne a compris : sans sa carte et son code, ses documents privés sont perdus.",
    )
    .await?;
    app.activate("Créer l’espace privé").await?;
    app.wait_for_css("#vault-card-code", Duration::from_secs(15))
        .await
        .context("the card code is shown once")?;
    let card = app
        .js("return document.getElementById('vault-card-code').innerText.replace(/\\s+/g, '-');")
        .await?;
    let card = card
        .as_str()
        .context("card code")?
        .trim_matches('-')
        .to_owned();
    ensure!(card.len() >= 32, "card code: {card}");
    app.audit_fr_ar("vault-card", &mut failures).await?;
    // The card is printed from a PDF made in core, drawn from memory (the OS dialog is native:
    // window.print is stood in for).
    app.js(
        "window.__e2ePrinted = null; window.print = () => {
           const imgs = [...document.querySelectorAll('#viewer-print-root img.print-page')];
           window.__e2ePrinted = { pages: imgs.length, drawn: imgs.every(i => i.complete && i.naturalWidth > 1000) };
         };",
    )
    .await?;
    app.activate("Imprimer la carte").await?;
    app.wait_until("window.__e2ePrinted !== null", Duration::from_secs(60))
        .await
        .context("the card goes to the print dialog")?;
    let printed = app.js("return window.__e2ePrinted;").await?;
    ensure!(
        printed["pages"] == json!(1) && printed["drawn"] == json!(true),
        "the card, one page drawn at print resolution: {printed}"
    );

    // A private document: staff cannot read it; card and PIN open it.
    let private_path = sources.path().join(PRIVATE_NAME);
    let private_pdf = pdf_bytes_with(PRIVATE_TEXT);
    std::fs::write(&private_path, &private_pdf)?;
    let input = app.client.find(Locator::Css("#vault-files")).await?;
    input.send_keys(&private_path.display().to_string()).await?;
    app.wait_until(
        "document.querySelectorAll('fieldset.pending-file').length === 1",
        Duration::from_secs(10),
    )
    .await?;
    app.choose("Document privé (seule la personne peut l’ouvrir)")
        .await?;
    app.activate("Ajouter le document").await?;
    app.wait_for_status("Document ajouté et chiffré.", Duration::from_secs(20))
        .await?;
    app.wait_until(
        "document.querySelectorAll('.document-list li.document').length === 3",
        Duration::from_secs(10),
    )
    .await?;
    let docs = app
        .invoke("vault_open", json!({ "req": { "id": person } }))
        .await?;
    let private_id = docs["ok"]["documents"]
        .as_array()
        .and_then(|d| d.iter().find(|d| d["private"] == true))
        .and_then(|d| d["id"].as_str())
        .with_context(|| format!("the private document: {docs}"))?
        .to_owned();
    let staff = app
        .invoke(
            "vault_read_document",
            json!({ "req": { "id": private_id } }),
        )
        .await?;
    ensure!(
        staff["error"]["code"] == "document_private",
        "staff read a private document: {staff}"
    );
    let wrong = app
        .invoke(
            "vault_open_private_document",
            json!({ "req": { "id": private_id, "card_text": card, "pin": "9058" } }),
        )
        .await?;
    ensure!(
        wrong.get("error").is_some(),
        "a wrong PIN opened it: {wrong}"
    );
    let opened = app
        .client
        .execute_async(
            "const [id, card, pin, done] = arguments;
             window.__TAURI__.core.invoke('vault_open_private_document', { req: { id, card_text: card, pin } })
               .then(b => done(new Uint8Array(b).length), e => done({ error: e }));",
            vec![json!(private_id), json!(card), json!(PIN)],
        )
        .await?;
    ensure!(
        opened == json!(private_pdf.len()),
        "card and PIN open the private document: {opened}"
    );

    // ---- The expiry on her record and on Today ----
    app.goto(&format!("#/person?id={person}")).await?;
    app.wait_for_heading(&name, Duration::from_secs(10)).await?;
    app.wait_for_css(
        ".record-documents .expiring-list li",
        Duration::from_secs(10),
    )
    .await
    .context("the record shows the expiring document")?;
    let on_record = app
        .js("return document.querySelector('.record-documents .expiring-list').innerText.replace(/[\\u2066-\\u2069]/g, '');")
        .await?;
    ensure!(
        on_record
            .as_str()
            .is_some_and(|s| s.contains("Titre de séjour recto : expire le")),
        "on the record: {on_record}"
    );
    app.goto("#/").await?;
    app.wait_for_css("#today-expiring", Duration::from_secs(10))
        .await
        .context("Today lists the expiring document")?;
    let today = app.main_text().await?;
    ensure!(
        today.contains(&format!("{FIRST} {LAST}"))
            && today.contains("Titre de séjour recto (Titre de séjour) : expire le"),
        "Today: {today}"
    );
    app.audit_fr_ar("today-expiring", &mut failures).await?;

    // ---- A shorter window in the settings: the 30-day expiry leaves Today ----
    app.goto("#/settings").await?;
    app.wait_for_css("#expiry_window_days", Duration::from_secs(10))
        .await
        .context("the vault settings show")?;
    app.fill(
        "Signaler les documents qui expirent dans (jours) (obligatoire)",
        "abc",
    )
    .await?;
    app.activate("Enregistrer les réglages du coffre-fort")
        .await?;
    app.wait_for_css("#vault-settings-errors", Duration::from_secs(5))
        .await
        .context("a window that is not a number is refused")?;
    app.fill(
        "Signaler les documents qui expirent dans (jours) (obligatoire)",
        "20",
    )
    .await?;
    app.activate("Enregistrer les réglages du coffre-fort")
        .await?;
    app.wait_for_status(
        "Réglages du coffre-fort enregistrés.",
        Duration::from_secs(10),
    )
    .await?;
    app.audit_fr_ar("settings-vault", &mut failures).await?;
    app.goto("#/").await?;
    app.wait_for_css("#today-heading", Duration::from_secs(10))
        .await?;
    let soon = app
        .invoke("vault_expiring_documents", json!({ "req": {} }))
        .await?;
    ensure!(
        soon["ok"] == json!([]),
        "with a 20-day window nothing expiring in 30 days is listed: {soon}"
    );
    tokio::time::sleep(Duration::from_millis(800)).await;
    ensure!(
        app.js("return !!document.getElementById('today-expiring');")
            .await?
            == json!(false),
        "a document expiring in 30 days is not flagged with a 20-day window"
    );

    // Thumbnail bytes, as the app hands them over, for the scan below.
    let thumb = app
        .client
        .execute_async(
            "const [person, done] = arguments;
             window.__TAURI__.core.invoke('vault_open', { req: { id: person } })
               .then(v => window.__TAURI__.core.invoke('vault_document_thumbnail', { req: { id: v.documents.find(d => d.has_thumbnail).id } }))
               .then(b => done(Array.from(new Uint8Array(b))), e => done({ error: String(e) }));",
            vec![json!(person)],
        )
        .await;
    let thumb: Vec<u8> = match thumb {
        Ok(v) => serde_json::from_value(v).unwrap_or_default(),
        Err(_) => Vec::new(),
    };
    app.close().await?;

    // ---- Nothing readable left behind ----
    ensure!(
        thumb.len() > 1000,
        "the thumbnail came back ({} bytes)",
        thumb.len()
    );
    let mid = |b: &[u8]| b[b.len() / 2..b.len() / 2 + 48].to_vec();
    let card_plain = card.replace('-', "");
    let (photo_run, pdf_run, thumb_run) = (mid(&photo), mid(&pdf), mid(&thumb));
    let needles: Vec<(String, &[u8])> = vec![
        ("photo name".into(), PHOTO_NAME.as_bytes()),
        ("pdf name".into(), PDF_NAME.as_bytes()),
        ("KONATE".into(), b"KONATE"),
        ("pdf text".into(), PDF_TEXT.as_bytes()),
        ("private pdf text".into(), PRIVATE_TEXT.as_bytes()),
        ("private file name".into(), PRIVATE_NAME.as_bytes()),
        ("card code".into(), card.as_bytes()),
        ("card code, no dashes".into(), card_plain.as_bytes()),
        ("photo bytes".into(), &photo_run),
        ("pdf bytes".into(), &pdf_run),
        ("thumbnail bytes".into(), &thumb_run),
        ("last name".into(), LAST.as_bytes()),
    ];
    let leaks = root.byte_leaks(&needles)?;
    ensure!(leaks.is_empty(), "plaintext under the root: {leaks:?}");
    let vault_files: Vec<_> = root
        .files()
        .into_iter()
        .filter(|p| p.components().any(|c| c.as_os_str() == "vault"))
        .collect();
    ensure!(
        !vault_files.is_empty(),
        "the vault folder holds the documents"
    );
    for f in &vault_files {
        let bytes = std::fs::read(root.path().join(f))?;
        ensure!(
            bytes.starts_with(b"age-encryption.org/v1\n"),
            "{} is not an age file",
            f.display()
        );
        let name = f.file_name().unwrap_or_default().to_string_lossy();
        ensure!(
            !name.contains('.') && !name.to_lowercase().contains("konate"),
            "vault file name {name} says something"
        );
    }
    let recent: Vec<_> = root
        .files()
        .into_iter()
        .filter(|p| p.ends_with("recently-used.xbel"))
        .collect();
    for r in recent {
        let text = std::fs::read_to_string(root.path().join(&r)).unwrap_or_default();
        ensure!(
            !text.contains("KONATE"),
            "GTK's recent files name a document: {}",
            r.display()
        );
    }
    ensure!(failures.is_empty(), "{}", failures.join("\n"));
    Ok(())
}
