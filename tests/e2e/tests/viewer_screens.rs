//! The document viewer against the real app (issue 8): a person's vault gets a three-page PDF,
//! a photo, a text file, a ~10 MB scanned PDF and a 12 MP photo through the page's file
//! input. The PDF opens in the viewer (pdf.js shipped with the UI, fed with the decrypted
//! bytes): a canvas is drawn, the text layer holds the page's words, pages turn by key and
//! button with "Page n sur N", zoom and rotation change the drawing; printing journals
//! `document.printed` and prepares every page for the OS dialog; Escape closes it and focus
//! returns to "Voir". The photo opens from a `blob:` URL that is revoked on close. The text file
//! is not shown and says why. Zero axe violations on the open viewer in French and Arabic. The
//! time from the click on "Voir" to the first drawn page is printed for the large PDF and the
//! 12 MP photo. Locking with the viewer open closes it and reloads to the sign-in screen.
//! Afterwards nothing under the temporary HOME/XDG/TMPDIR root holds the PDFs' text or a run
//! of the photos' bytes.

use anyhow::{ensure, Context, Result};
use fantoccini::actions::{InputSource, KeyAction, KeyActions};
use fantoccini::key::Key;
use fantoccini::Locator;
use passerelle_e2e::docs::{pdf_from, stream, text_pdf};
use passerelle_e2e::{App, Root};
use serde_json::{json, Value};
use std::time::Duration;

const STRUCTURE: &str = "Espace public numérique des Minimes";
const COORDINATOR: &str = "Yasmina Oukili-Perret";
const PASS: &str = "lanterne gravier hibiscus orbite";
const PDF_NAME: &str = "bulletins-de-salaire.pdf";
const PHOTO_NAME: &str = "carte-vitale-photo.jpg";
const TEXT_NAME: &str = "notes-rendez-vous.txt";
const BIG_PDF_NAME: &str = "scan-avis-caf.pdf";
const BIG_PHOTO_NAME: &str = "photo-12-mp.jpg";
/// The text of each page of the three-page PDF (unique, so the byte scan can look for it).
const PAGE_TEXT: [&str; 3] = [
    "VISIONNEUSE-PAGE-UN-16180",
    "VISIONNEUSE-PAGE-DEUX-27182",
    "VISIONNEUSE-PAGE-TROIS-31415",
];
const BIG_PDF_TEXT: &str = "SCAN-CAF-GRANDE-PAGE-57721";
const TEXT_BODY: &str = "Rendez-vous CAF mardi NOTE-TEXTE-14142";

/// Three A4 pages, each with one line of its own text.
fn three_page_pdf() -> Vec<u8> {
    text_pdf(&PAGE_TEXT)
}

/// A small xorshift generator: test images with detail, no extra crate.
struct Noise(u64);
impl Noise {
    fn next(&mut self) -> u8 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        (self.0 >> 24) as u8
    }
}

/// A JPEG `w`×`h`: a gradient (like a photo's light) plus noise of `grain` (0–255).
fn jpeg(w: u32, h: u32, grain: u8, quality: u8, seed: u64) -> Result<Vec<u8>> {
    let mut n = Noise(seed);
    let img = image::RgbImage::from_fn(w, h, |x, y| {
        let mut g = |base: u32| {
            let v = base as i32 + i32::from(n.next() % grain.max(1)) - i32::from(grain / 2);
            v.clamp(0, 255) as u8
        };
        image::Rgb([
            g(x * 255 / w),
            g(y * 255 / h),
            g(((x + y) * 127 / (w + h)) + 64),
        ])
    });
    let mut out = Vec::new();
    image::codecs::jpeg::JpegEncoder::new_with_quality(&mut out, quality).encode_image(&img)?;
    Ok(out)
}

/// One A4 page carrying a large scanned image (DCTDecode) and a line of text: about 10 MB.
fn big_pdf() -> Result<Vec<u8>> {
    let (mut w, mut h) = (1900u32, 2690u32);
    for _ in 0..4 {
        let scan = jpeg(w, h, 255, 92, 7)?;
        let content =
            format!("q 595 0 0 842 0 0 cm /Im1 Do Q BT /F1 24 Tf 60 800 Td ({BIG_PDF_TEXT}) Tj ET");
        let objects = vec![
            b"<< /Type /Catalog /Pages 2 0 R >>".to_vec(),
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>".to_vec(),
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> /XObject << /Im1 6 0 R >> >> >>".to_vec(),
            stream("", content.as_bytes()),
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>".to_vec(),
            stream(
                &format!("/Type /XObject /Subtype /Image /Width {w} /Height {h} /ColorSpace /DeviceRGB /BitsPerComponent 8 /Filter /DCTDecode"),
                &scan,
            ),
        ];
        let pdf = pdf_from(&objects);
        if (9_500_000..11_000_000).contains(&pdf.len()) {
            return Ok(pdf);
        }
        // Resize the scan until the file weighs about 10 MB.
        let f = (10_000_000.0 / pdf.len() as f64).sqrt();
        w = (f64::from(w) * f).ceil() as u32;
        h = (f64::from(h) * f).ceil() as u32;
    }
    anyhow::bail!("no scan of about 10 MB")
}

/// The CSS size of the drawn page.
async fn canvas_size(app: &App) -> Result<(f64, f64)> {
    let v = app
        .js("const c = document.querySelector('.viewer-canvas canvas'); return [parseFloat(c.style.width), parseFloat(c.style.height)];")
        .await?;
    Ok(serde_json::from_value(v)?)
}

fn strip_marks(v: &Value) -> String {
    v.as_str()
        .unwrap_or_default()
        .chars()
        .filter(|c| !('\u{2066}'..='\u{2069}').contains(c))
        .collect()
}

/// The visible text of an element, isolation marks removed.
async fn text_of(app: &App, css: &str) -> Result<String> {
    let v = app
        .js(&format!(
            "const e = document.querySelector({}); return e ? e.innerText : '';",
            json!(css)
        ))
        .await?;
    Ok(strip_marks(&v))
}

/// Switches the language from script: the header menu is inert under the modal viewer.
async fn set_language(app: &App, code: &str) -> Result<()> {
    app.js(&format!(
        "const s = document.getElementById('language-select'); s.value = {0};
         s.dispatchEvent(new Event('change', {{ bubbles: true }}));",
        json!(code)
    ))
    .await?;
    app.wait_until(
        &format!("document.documentElement.lang === {}", json!(code)),
        Duration::from_secs(5),
    )
    .await
}

/// Opens the viewer of the document titled `title` with its "Voir" button and records, in
/// the page, the time of the click and of the first drawn page (canvas in place, or photo
/// decoded). Returns the milliseconds between them.
async fn open_and_time(app: &App, title: &str, timeout: Duration) -> Result<f64> {
    app.js(
        "window.__e2eT0 = null; window.__e2eT1 = null;
         const mark = () => { if (window.__e2eT1 === null) window.__e2eT1 = performance.now(); };
         const obs = new MutationObserver(() => {
           if (document.querySelector('.viewer-canvas[data-rendered-page=\"1\"]')) { mark(); obs.disconnect(); }
         });
         obs.observe(document.body, { subtree: true, childList: true, attributes: true });
         document.addEventListener('load', e => {
           if (e.target.classList && e.target.classList.contains('viewer-image')) {
             e.target.decode().then(mark, mark); obs.disconnect();
           }
         }, { capture: true, once: false });
         document.addEventListener('click', () => { if (window.__e2eT0 === null) window.__e2eT0 = performance.now(); }, { capture: true, once: true });",
    )
    .await?;
    app.press(&format!("Voir « {title} »")).await?;
    app.wait_until("window.__e2eT1 !== null", timeout)
        .await
        .with_context(|| format!("{title} was never drawn"))?;
    let ms = app.js("return window.__e2eT1 - window.__e2eT0;").await?;
    ms.as_f64().context("timing")
}

/// Closes the viewer with Escape and checks focus went back to the document's "Voir".
async fn close_with_escape(app: &App, title: &str) -> Result<()> {
    app.press_key(Key::Escape).await?;
    app.wait_until(
        "!document.getElementById('document-viewer')",
        Duration::from_secs(5),
    )
    .await
    .context("Escape closes the viewer")?;
    let label = app
        .js("return document.activeElement && document.activeElement.getAttribute('aria-label');")
        .await?;
    ensure!(
        strip_marks(&label) == format!("Voir « {title} »"),
        "focus after closing: {label}"
    );
    Ok(())
}

#[tokio::test(flavor = "multi_thread")]
async fn documents_viewed_paged_zoomed_printed_and_closed_on_lock() -> Result<()> {
    tokio::time::timeout(Duration::from_secs(900), flow())
        .await
        .context("the viewer flow did not finish in 15 minutes")?
}

async fn flow() -> Result<()> {
    let root = Root::new()?;
    let sources = tempfile::tempdir()?;
    let pdf = three_page_pdf();
    let photo = jpeg(800, 600, 80, 85, 3)?;
    let big_pdf = big_pdf()?;
    let big_photo = jpeg(4000, 3000, 40, 88, 11)?;
    eprintln!(
        "test files: PDF {} B, photo {} B, scanned PDF {:.1} MB, 12 MP photo {:.1} MB",
        pdf.len(),
        photo.len(),
        big_pdf.len() as f64 / 1e6,
        big_photo.len() as f64 / 1e6
    );
    ensure!(big_pdf.len() >= 9_000_000, "the large PDF weighs ~10 MB");
    let files = [
        (PDF_NAME, pdf.clone()),
        (PHOTO_NAME, photo.clone()),
        (TEXT_NAME, TEXT_BODY.as_bytes().to_vec()),
        (BIG_PDF_NAME, big_pdf.clone()),
        (BIG_PHOTO_NAME, big_photo.clone()),
    ];
    let mut paths = Vec::new();
    for (name, bytes) in &files {
        let p = sources.path().join(name);
        std::fs::write(&p, bytes)?;
        paths.push(p.display().to_string());
    }

    let app = App::launch(&root).await?;
    let mut failures = Vec::new();
    app.set_up_store(STRUCTURE, COORDINATOR, PASS).await?;
    let person = app.add_person("Inès", "Berthelot-Diop", 1979).await?;
    let r = app
        .invoke(
            "record_consent",
            json!({ "req": { "person": person, "scopes": ["fiche", "coffre"], "by_guardian": false } }),
        )
        .await?;
    ensure!(r.get("error").is_none(), "record_consent: {r}");

    // ---- Five documents through the page's file input ----
    app.goto(&format!("#/vault?person={person}")).await?;
    app.wait_for_css("#vault-files", Duration::from_secs(10))
        .await?;
    app.client
        .find(Locator::Css("#vault-files"))
        .await?
        .send_keys(&paths.join("\n"))
        .await?;
    app.wait_until(
        "document.querySelectorAll('fieldset.pending-file').length === 5",
        Duration::from_secs(20),
    )
    .await
    .context("the five files are listed")?;
    app.js("document.querySelector('.vault-intake button[type=submit]').click();")
        .await?;
    app.wait_until(
        "document.querySelectorAll('.document-list li.document').length === 5",
        Duration::from_secs(60),
    )
    .await
    .context("the five documents are listed")?;
    let title = |name: &str| name.rsplit_once('.').map(|(s, _)| s.to_owned()).unwrap();
    let (pdf_title, photo_title, text_title) =
        (title(PDF_NAME), title(PHOTO_NAME), title(TEXT_NAME));

    // ---- The three-page PDF: drawn, its text readable, paged, zoomed, turned ----
    let cold = open_and_time(&app, &pdf_title, Duration::from_secs(30)).await?;
    eprintln!("TIMING three-page PDF (pdf.js loaded for the first time): {cold:.0} ms from click to first page");
    ensure!(
        app.js("const d = document.getElementById('document-viewer'); return !!d && d.open && d.contains(document.activeElement);")
            .await?
            == json!(true),
        "the viewer is an open modal dialog holding the focus"
    );
    app.wait_until(
        "document.querySelector('.viewer .textLayer') && document.querySelector('.viewer .textLayer').textContent.includes('VISIONNEUSE-PAGE-UN')",
        Duration::from_secs(10),
    )
    .await
    .context("the text layer holds page 1's text")?;
    ensure!(
        text_of(&app, "#viewer-page-count").await? == "Page 1 sur 3",
        "counter: {}",
        text_of(&app, "#viewer-page-count").await?
    );
    let painted = "(() => { const c = document.querySelector('.viewer-canvas canvas'); if (!c || !c.width) return 0;
        const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data; let n = 0;
        for (let i = 0; i < d.length; i += 4) if (d[i] < 200 || d[i + 1] < 200 || d[i + 2] < 200) n++; return n; })()";
    let ink = app.js(&format!("return {painted};")).await?;
    ensure!(
        ink.as_u64().unwrap_or(0) > 1000,
        "the canvas holds the drawn page ({ink} dark pixels)"
    );
    let (w1, h1) = canvas_size(&app).await?;
    ensure!(h1 > w1, "an A4 page is portrait: {w1}×{h1}");

    // Keys: → next page (the viewer is in French, left to right).
    app.press_key(Key::Right).await?;
    app.wait_until(
        "document.querySelector('.viewer-canvas[data-rendered-page=\"2\"]') && document.querySelector('.viewer .textLayer').textContent.includes('PAGE-DEUX')",
        Duration::from_secs(10),
    )
    .await
    .context("→ turns to page 2")?;
    ensure!(text_of(&app, "#viewer-page-count").await? == "Page 2 sur 3");
    app.press("Page suivante").await?;
    app.wait_until(
        "document.querySelector('.viewer-canvas[data-rendered-page=\"3\"]') && document.querySelector('.viewer .textLayer').textContent.includes('PAGE-TROIS')",
        Duration::from_secs(10),
    )
    .await
    .context("the Next button turns to page 3")?;
    ensure!(text_of(&app, "#viewer-page-count").await? == "Page 3 sur 3");
    app.press_key(Key::Left).await?;
    app.wait_until(
        "document.querySelector('.viewer-canvas[data-rendered-page=\"2\"]')",
        Duration::from_secs(10),
    )
    .await
    .context("← goes back to page 2")?;
    ensure!(text_of(&app, "#viewer-page-count").await? == "Page 2 sur 3");

    // Zoom: + then the reset key 0, then − ; the drawing follows.
    app.type_keys("+").await?;
    app.wait_until(
        "document.getElementById('viewer-zoom').innerText.replace(/[\\u2066-\\u2069]/g, '').includes('125')",
        Duration::from_secs(5),
    )
    .await
    .context("+ zooms in")?;
    app.wait_until(
        &format!(
            "parseFloat(document.querySelector('.viewer-canvas canvas').style.width) > {}",
            w1 * 1.2
        ),
        Duration::from_secs(10),
    )
    .await
    .context("the zoomed page is drawn larger")?;
    app.type_keys("0").await?;
    app.wait_until(
        &format!("Math.abs(parseFloat(document.querySelector('.viewer-canvas canvas').style.width) - {w1}) < 2"),
        Duration::from_secs(10),
    )
    .await
    .context("0 comes back to the normal size")?;
    app.press("Réduire").await?;
    app.wait_until(
        &format!(
            "parseFloat(document.querySelector('.viewer-canvas canvas').style.width) < {}",
            w1 * 0.9
        ),
        Duration::from_secs(10),
    )
    .await
    .context("Réduire draws the page smaller")?;
    ensure!(text_of(&app, "#viewer-zoom").await? == "Zoom : 80 %");
    app.type_keys("0").await?;
    // R turns the page a quarter: landscape now, and the text layer turns with it.
    app.type_keys("r").await?;
    app.wait_until(
        "(() => { const c = document.querySelector('.viewer-canvas canvas'); return parseFloat(c.style.width) > parseFloat(c.style.height); })()",
        Duration::from_secs(10),
    )
    .await
    .context("R turns the page")?;
    ensure!(
        app.js("return document.querySelector('.viewer .textLayer').getAttribute('data-main-rotation');")
            .await?
            == json!("90"),
        "the text layer turns with the page"
    );
    app.type_keys("rrr").await?;
    app.wait_until(
        "(() => { const c = document.querySelector('.viewer-canvas canvas'); return parseFloat(c.style.width) < parseFloat(c.style.height); })()",
        Duration::from_secs(10),
    )
    .await?;
    app.screenshot("viewer-pdf-page-2").await?;

    // ---- Accessibility of the open viewer, French and Arabic (right to left) ----
    for lang in ["fr", "ar"] {
        set_language(&app, lang).await?;
        app.wait_until(
            "document.getElementById('document-viewer') && document.querySelector('.viewer-canvas canvas')",
            Duration::from_secs(5),
        )
        .await
        .context("the viewer stays open across a language change")?;
        app.screenshot(&format!("{lang}-viewer-pdf")).await?;
        if let Err(e) = app.assert_accessible(&format!("{lang} viewer-pdf")).await {
            failures.push(e.to_string());
        }
        if lang == "ar" {
            // Right to left, ← turns forward.
            app.press_key(Key::Left).await?;
            app.wait_until(
                "document.querySelector('.viewer-canvas[data-rendered-page=\"3\"]')",
                Duration::from_secs(10),
            )
            .await
            .context("in Arabic, ← is the next page")?;
            app.press_key(Key::Right).await?;
            app.wait_until(
                "document.querySelector('.viewer-canvas[data-rendered-page=\"2\"]')",
                Duration::from_secs(10),
            )
            .await?;
        }
    }
    set_language(&app, "fr").await?;

    // ---- Print: the exit is stated, journaled, and every page is prepared for the dialog ----
    let exit = text_of(&app, "#viewer-print-exit").await?;
    ensure!(
        exit == "Une copie passe par le service d'impression de l'ordinateur.",
        "the plaintext exit is stated beside the button: {exit}"
    );
    ensure!(
        app.js("return document.getElementById('viewer-print').getAttribute('aria-describedby');")
            .await?
            == json!("viewer-print-exit"),
        "the print button is described by the exit sentence"
    );
    // The OS print dialog is native (WebDriver cannot drive it): stand in for window.print.
    app.js(
        "window.__e2ePrinted = null; window.print = () => {
           const imgs = [...document.querySelectorAll('#viewer-print-root img.print-page')];
           window.__e2ePrinted = { pages: imgs.length, drawn: imgs.every(i => i.complete && i.naturalWidth > 1000),
             widths: imgs.map(i => i.naturalWidth), html: document.documentElement.className };
         };",
    )
    .await?;
    app.press("Imprimer").await?;
    app.wait_until("window.__e2ePrinted !== null", Duration::from_secs(60))
        .await
        .context("the print dialog is called")?;
    let printed = app.js("return window.__e2ePrinted;").await?;
    eprintln!("prepared for printing: {printed}");
    ensure!(
        printed["pages"] == json!(3) && printed["drawn"] == json!(true),
        "every page drawn at print resolution before the dialog: {printed}"
    );
    ensure!(
        printed["html"]
            .as_str()
            .is_some_and(|c| c.contains("printing-document")),
        "the print CSS keeps only the document: {printed}"
    );
    let journal = app
        .invoke(
            "journal_query",
            json!({ "req": { "actor": null, "action": "document.printed", "from_ms": null, "to_ms": null, "page": 0 } }),
        )
        .await?;
    let rows = journal["ok"]["rows"]
        .as_array()
        .cloned()
        .unwrap_or_default();
    ensure!(
        rows.len() == 1,
        "one document.printed row in the journal: {journal}"
    );
    close_with_escape(&app, &pdf_title).await?;
    ensure!(
        app.js("return !document.getElementById('viewer-print-root') && !document.documentElement.classList.contains('printing-document');")
            .await?
            == json!(true),
        "the pages prepared for printing go with the viewer"
    );

    // ---- The photo: from a blob: URL, turned, closed with the button, URL revoked ----
    let photo_ms = open_and_time(&app, &photo_title, Duration::from_secs(20)).await?;
    eprintln!("TIMING 800×600 photo: {photo_ms:.0} ms");
    let img = app
        .js("const i = document.querySelector('.viewer-image'); return [i.src, i.naturalWidth, i.naturalHeight, i.alt];")
        .await?;
    let url = img[0].as_str().unwrap_or_default().to_owned();
    ensure!(
        url.starts_with("blob:") && img[1] == json!(800) && img[2] == json!(600),
        "the photo comes from memory: {img}"
    );
    let box_size = "(() => { const b = document.querySelector('.viewer-image-box'); return [b.offsetWidth, b.offsetHeight]; })()";
    let before: (f64, f64) = serde_json::from_value(app.js(&format!("return {box_size};")).await?)?;
    ensure!(before.0 > before.1, "landscape photo: {before:?}");
    app.press("Pivoter").await?;
    app.wait_until(
        &format!("(() => {{ const [w, h] = {box_size}; return w < h; }})()"),
        Duration::from_secs(5),
    )
    .await
    .context("Pivoter turns the photo")?;
    let turned: (f64, f64) = serde_json::from_value(app.js(&format!("return {box_size};")).await?)?;
    app.press("Agrandir").await?;
    app.wait_until(
        &format!(
            "(() => {{ const [w, h] = {box_size}; return h > {} ; }})()",
            turned.1 * 1.2
        ),
        Duration::from_secs(5),
    )
    .await
    .context("Agrandir enlarges the turned photo")?;
    app.screenshot("viewer-photo-turned").await?;
    set_language(&app, "ar").await?;
    app.screenshot("ar-viewer-photo").await?;
    if let Err(e) = app.assert_accessible("ar viewer-photo").await {
        failures.push(e.to_string());
    }
    set_language(&app, "fr").await?;
    app.press("Fermer").await?;
    app.wait_until(
        "!document.getElementById('document-viewer')",
        Duration::from_secs(5),
    )
    .await?;
    let label = app
        .js("return document.activeElement.getAttribute('aria-label');")
        .await?;
    ensure!(
        strip_marks(&label) == format!("Voir « {photo_title} »"),
        "focus back on Voir: {label}"
    );
    let fetched = app
        .client
        .execute_async(
            "const [u, done] = arguments; fetch(u).then(() => done('readable'), () => done('revoked'));",
            vec![json!(url)],
        )
        .await?;
    ensure!(
        fetched == json!("revoked"),
        "the photo's blob: URL is revoked on close: {fetched}"
    );

    // ---- A text file: not shown here, and the viewer says why ----
    app.press(&format!("Voir « {text_title} »")).await?;
    app.wait_for_css("#viewer-not-shown", Duration::from_secs(5))
        .await?;
    let why = text_of(&app, "#viewer-not-shown").await?;
    ensure!(
        why.contains("ne peut pas être affiché ici") && why.contains("exportez-le"),
        "text file: {why}"
    );
    ensure!(
        app.js("const b = document.getElementById('viewer-export'); return !!b && b.getAttribute('aria-describedby') === 'viewer-export-warning' && document.getElementById('viewer-export-warning').innerText.includes('ne sont plus protégés');")
            .await?
            == json!(true),
        "the export is offered instead, its warning first"
    );
    if let Err(e) = app.assert_accessible("fr viewer-not-shown").await {
        failures.push(e.to_string());
    }
    close_with_escape(&app, &text_title).await?;

    // ---- Timings: the ~10 MB scanned PDF and the 12 MP photo ----
    let big_pdf_ms = open_and_time(&app, &title(BIG_PDF_NAME), Duration::from_secs(120)).await?;
    eprintln!(
        "TIMING {:.1} MB scanned PDF: {big_pdf_ms:.0} ms from click to first page",
        big_pdf.len() as f64 / 1e6
    );
    app.wait_until(
        "document.querySelector('.viewer .textLayer') && document.querySelector('.viewer .textLayer').textContent.includes('SCAN-CAF')",
        Duration::from_secs(20),
    )
    .await?;
    app.screenshot("viewer-big-pdf").await?;
    close_with_escape(&app, &title(BIG_PDF_NAME)).await?;
    let big_photo_ms =
        open_and_time(&app, &title(BIG_PHOTO_NAME), Duration::from_secs(120)).await?;
    eprintln!(
        "TIMING 12 MP photo ({:.1} MB): {big_photo_ms:.0} ms from click to decoded image",
        big_photo.len() as f64 / 1e6
    );
    close_with_escape(&app, &title(BIG_PHOTO_NAME)).await?;

    // ---- Lock with the viewer open: it closes, and the page reloads to sign-in ----
    open_and_time(&app, &pdf_title, Duration::from_secs(30)).await?;
    app.js(
        "window.__e2eBeforeLock = true; sessionStorage.removeItem('e2e-viewer-closed');
         const obs = new MutationObserver(() => {
           if (!document.getElementById('document-viewer')) { sessionStorage.setItem('e2e-viewer-closed', 'before-reload'); obs.disconnect(); }
         });
         obs.observe(document.body, { subtree: true, childList: true });",
    )
    .await?;
    let ctrl: char = Key::Control.into();
    let shift: char = Key::Shift.into();
    app.client
        .perform_actions(
            KeyActions::new("keyboard".into())
                .then(KeyAction::Down { value: ctrl })
                .then(KeyAction::Down { value: shift })
                .then(KeyAction::Down { value: 'L' })
                .then(KeyAction::Up { value: 'L' })
                .then(KeyAction::Up { value: shift })
                .then(KeyAction::Up { value: ctrl }),
        )
        .await?;
    app.wait_for_heading("Se connecter", Duration::from_secs(20))
        .await
        .context("the lock reloads to the sign-in screen")?;
    let after = app
        .js("return [window.__e2eBeforeLock === undefined, !document.getElementById('document-viewer'), sessionStorage.getItem('e2e-viewer-closed')];")
        .await?;
    ensure!(
        after[0] == json!(true) && after[1] == json!(true),
        "a fresh page without the viewer after the lock: {after}"
    );
    ensure!(
        after[2] == json!("before-reload"),
        "the viewer was closed before the page went: {after}"
    );
    app.close().await?;

    // ---- Nothing decrypted left under the root ----
    let mid = |b: &[u8]| b[b.len() / 2..b.len() / 2 + 48].to_vec();
    let (photo_run, big_photo_run, big_pdf_run) = (mid(&photo), mid(&big_photo), mid(&big_pdf));
    let mut needles: Vec<(String, &[u8])> = PAGE_TEXT
        .iter()
        .map(|t| (format!("pdf text {t}"), t.as_bytes()))
        .collect();
    needles.extend([
        ("scanned pdf text".to_owned(), BIG_PDF_TEXT.as_bytes()),
        ("text file".to_owned(), TEXT_BODY.as_bytes()),
        ("photo bytes".to_owned(), &photo_run[..]),
        ("12 MP photo bytes".to_owned(), &big_photo_run[..]),
        ("scanned pdf bytes".to_owned(), &big_pdf_run[..]),
        ("pdf name".to_owned(), PDF_NAME.as_bytes()),
    ]);
    let leaks = root.byte_leaks(&needles)?;
    ensure!(leaks.is_empty(), "plaintext under the root: {leaks:?}");
    eprintln!(
        "FIGURES cold three-page PDF {cold:.0} ms; 800×600 photo {photo_ms:.0} ms; {:.1} MB scanned PDF {big_pdf_ms:.0} ms; 12 MP photo {big_photo_ms:.0} ms",
        big_pdf.len() as f64 / 1e6
    );
    ensure!(failures.is_empty(), "{}", failures.join("\n"));
    Ok(())
}
