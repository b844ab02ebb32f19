//! The PDF module read back with poppler-utils: the recovery sheet's QR decodes to the key
//! printed beside it, the text is extractable, fonts are embedded and subset, the creation date
//! is the one set, and long tables break across pages with their header repeated.
//!
//! Set `PASSERELLE_PDF_OUT=<folder>` to keep the rendered files for a look.

use passerelle_api::ErrorCode;
use passerelle_core::pdf::{
    recovery_sheet, Align, Document, DocumentMeta, Image, PdfError, RecoverySheet, Table,
};
use std::path::{Path, PathBuf};
use std::process::Command;

/// A well-formed age recovery identity (Bech32 charset, upper case as age prints it).
const KEY: &str = "AGE-SECRET-KEY-1QJ8Z6Z0W5XKLFMV9R4E2N7G3HDSYT8CUPA0QJ8Z6Z0W5XKLFMV9R4E2N7G";
const STRUCTURE: &str = "Maison France Services de Saint-Étienne-de-Tinée";

fn tool(name: &str) -> PathBuf {
    let found = std::env::var_os("PATH").and_then(|paths| {
        std::env::split_paths(&paths)
            .map(|d| d.join(name))
            .find(|p| p.is_file())
    });
    found.unwrap_or_else(|| {
        panic!("`{name}` is missing: install the Debian package poppler-utils to run the PDF tests")
    })
}

fn run(name: &str, args: &[&str]) -> String {
    let out = Command::new(tool(name))
        .args(args)
        .output()
        .unwrap_or_else(|e| panic!("run {name}: {e}"));
    assert!(
        out.status.success(),
        "{name} {args:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("utf-8 output")
}

fn write(dir: &Path, name: &str, bytes: &[u8]) -> PathBuf {
    let p = dir.join(name);
    std::fs::write(&p, bytes).unwrap();
    if let Some(keep) = std::env::var_os("PASSERELLE_PDF_OUT") {
        std::fs::create_dir_all(&keep).unwrap();
        std::fs::write(Path::new(&keep).join(name), bytes).unwrap();
    }
    p
}

fn sheet(key: &str, lang: &str) -> Vec<u8> {
    recovery_sheet(&RecoverySheet {
        structure_name: STRUCTURE,
        created_at: jiff::civil::date(2026, 11, 21).at(16, 5, 0, 0),
        recovery_key: key,
        journal_head: (
            12_345,
            "9f2c4be07d1a3385e6c0b2f49a7d1e50c3b8f6a2d4e9017c5b3a8e6f2d1c0b9a".to_owned(),
        ),
        lang,
    })
    .expect("render the recovery sheet")
}

/// Decodes every QR code on a PNG page.
fn decode_qr(png: &Path) -> Vec<String> {
    let img = image::open(png).expect("open the PNG").to_luma8();
    let mut prepared = rqrr::PreparedImage::prepare(img);
    prepared
        .detect_grids()
        .into_iter()
        .map(|g| g.decode().expect("decode a detected QR grid").1)
        .collect()
}

fn pages(pdf: &Path) -> usize {
    let info = run("pdfinfo", &[pdf.to_str().unwrap()]);
    info.lines()
        .find_map(|l| l.strip_prefix("Pages:"))
        .expect("pdfinfo prints Pages")
        .trim()
        .parse()
        .unwrap()
}

fn page_text(pdf: &Path, page: usize) -> String {
    let p = page.to_string();
    run(
        "pdftotext",
        &[
            "-f",
            &p,
            "-l",
            &p,
            "-enc",
            "UTF-8",
            pdf.to_str().unwrap(),
            "-",
        ],
    )
}

fn squeeze(s: &str) -> String {
    s.split_whitespace().collect()
}

#[test]
fn recovery_sheet_qr_decodes_to_the_printed_key() {
    let dir = tempfile::tempdir().unwrap();
    let pdf = write(dir.path(), "recovery-sheet.pdf", &sheet(KEY, "fr"));
    assert_eq!(pages(&pdf), 1, "the recovery sheet fits on one page");

    let prefix = dir.path().join("page");
    run(
        "pdftoppm",
        &[
            "-r",
            "150",
            "-png",
            pdf.to_str().unwrap(),
            prefix.to_str().unwrap(),
        ],
    );
    let png = std::fs::read_dir(dir.path())
        .unwrap()
        .filter_map(Result::ok)
        .map(|e| e.path())
        .find(|p| p.extension().is_some_and(|x| x == "png"))
        .expect("pdftoppm wrote a PNG");
    let decoded = decode_qr(&png);
    assert_eq!(
        decoded,
        vec![KEY.to_owned()],
        "exactly one QR, holding the key"
    );

    // The key printed beside it, grouped for copying by hand, is the same key.
    let text = page_text(&pdf, 1);
    assert!(text.contains("AGE-SECRET-KEY-1"), "{text}");
    assert!(text.contains("QJ8Z 6Z0W 5XKL FMV9 R4E2"), "{text}");
    assert!(squeeze(&text).contains(KEY), "{text}");
    assert!(text.contains(STRUCTURE), "{text}");
    assert!(text.contains("21 novembre 2026 à 16 h 05"), "{text}");
    assert!(
        text.contains("Gardez cette feuille dans un coffre"),
        "{text}"
    );
    assert!(text.contains("Page 1 / 1"), "{text}");
    // The journal head, with French digit grouping.
    // (poppler prints the narrow no-break space as a plain space)
    let plain = text.replace(['\u{202F}', '\u{A0}'], " ");
    assert!(plain.contains("n° 12 345"), "{text}");
    assert!(squeeze(&text).contains("9f2c4be07d1a3385"), "{text}");
}

#[test]
fn another_key_gives_another_qr() {
    // Guards against a QR that would not depend on its input.
    let key = "AGE-SECRET-KEY-1ZZ7G3HDSYT8CUPA0QJ8Z6Z0W5XKLFMV9R4E2N7G3HDSYT8CUPA0QJ8Z6Z0";
    let dir = tempfile::tempdir().unwrap();
    let pdf = write(dir.path(), "other.pdf", &sheet(key, "en"));
    let prefix = dir.path().join("p");
    run(
        "pdftoppm",
        &[
            "-r",
            "150",
            "-png",
            pdf.to_str().unwrap(),
            prefix.to_str().unwrap(),
        ],
    );
    let png = dir.path().join("p-1.png");
    assert_eq!(decode_qr(&png), vec![key.to_owned()]);
    let text = page_text(&pdf, 1);
    assert!(text.contains("Recovery sheet"), "{text}");
    assert!(text.contains("21 November 2026 at 16:05"), "{text}");
    assert!(text.contains("12,345"), "{text}");
}

#[test]
fn arabic_sheet_falls_back_to_french_until_shaping_lands() {
    let dir = tempfile::tempdir().unwrap();
    let pdf = write(dir.path(), "ar.pdf", &sheet(KEY, "ar"));
    let text = page_text(&pdf, 1);
    assert!(text.contains("Feuille de récupération"), "{text}");
}

#[test]
fn fonts_are_embedded_and_subset() {
    let dir = tempfile::tempdir().unwrap();
    let bytes = sheet(KEY, "fr");
    assert!(
        bytes.len() < 200_000,
        "subset fonts keep the sheet small, got {} bytes",
        bytes.len()
    );
    let pdf = write(dir.path(), "fonts.pdf", &bytes);
    let out = run("pdffonts", &[pdf.to_str().unwrap()]);
    let rows: Vec<&str> = out
        .lines()
        .skip(2)
        .filter(|l| !l.trim().is_empty())
        .collect();
    assert_eq!(rows.len(), 3, "regular, bold and mono faces:\n{out}");
    for row in rows {
        assert!(row.contains("DejaVu"), "{out}");
        // Columns: name type encoding emb sub uni object ID
        let cols: Vec<&str> = row.split_whitespace().collect();
        let n = cols.len();
        assert_eq!(
            (cols[n - 5], cols[n - 4]),
            ("yes", "yes"),
            "emb and sub for {row}\n{out}"
        );
        assert!(
            cols[0].len() > 7 && cols[0].as_bytes()[6] == b'+',
            "subset tag on {}",
            cols[0]
        );
    }
}

#[test]
fn creation_date_and_metadata_are_the_ones_set() {
    let dir = tempfile::tempdir().unwrap();
    let created = jiff::civil::date(2026, 3, 14).at(9, 26, 53, 0);
    let meta = DocumentMeta::new("Attestation de passage", "fr", created)
        .with_utc_offset(jiff::tz::Offset::from_hours(1).unwrap())
        .with_author("Espace numérique de Mende")
        .with_subject("Essai");
    let bytes = Document::new(meta)
        .title("Attestation")
        .paragraph("Bonjour.")
        .render()
        .unwrap();
    let pdf = write(dir.path(), "meta.pdf", &bytes);
    let info = run("pdfinfo", &["-isodates", pdf.to_str().unwrap()]);
    let field = |name: &str| {
        info.lines()
            .find_map(|l| l.strip_prefix(name))
            .unwrap_or_else(|| panic!("no {name} in\n{info}"))
            .trim()
            .to_owned()
    };
    // 09:26:53 at UTC+1 is 08:26:53 UTC (printpdf writes dates in UTC).
    assert_eq!(field("CreationDate:"), "2026-03-14T08:26:53Z", "{info}");
    assert_eq!(field("Title:"), "Attestation de passage", "{info}");
    assert_eq!(field("Author:"), "Espace numérique de Mende", "{info}");
    assert!(field("Producer:").starts_with("Passerelle"), "{info}");
}

#[test]
fn long_tables_break_across_pages_with_the_header_repeated() {
    let dir = tempfile::tempdir().unwrap();
    let mut table = Table::new([
        ("Date", 1.2),
        ("Personne accompagnée", 2.0),
        ("Démarche", 3.0),
        ("Durée", 0.8),
    ])
    .align(3, Align::Right);
    for i in 1..=150 {
        let long = if i % 7 == 0 {
            "Renouvellement du titre de séjour sur le site de l’ANEF, avec prise de rendez-vous et dépôt des pièces justificatives"
        } else {
            "Dossier CAF"
        };
        table.push_row([
            format!("{:02}/03/2026", i % 28 + 1),
            format!("Ligne {i}"),
            long.to_owned(),
            format!("{} min", 15 + i % 4 * 15),
        ]);
    }
    let meta = DocumentMeta::new(
        "Sessions",
        "fr",
        jiff::civil::date(2026, 4, 1).at(8, 0, 0, 0),
    )
    .with_footer("Passerelle — rapport d’essai");
    let bytes = Document::new(meta)
        .title("Sessions de mars")
        .paragraph("Toutes les sessions du mois.")
        .table(table)
        .paragraph("Fin du tableau.")
        .render()
        .unwrap();
    let pdf = write(dir.path(), "table.pdf", &bytes);
    let n = pages(&pdf);
    assert!(n >= 3, "150 rows span several pages, got {n}");
    let mut seen_rows = Vec::new();
    for p in 1..=n {
        let text = page_text(&pdf, p);
        assert!(
            text.contains("Personne accompagnée") && text.contains("Démarche"),
            "header repeated on page {p}:\n{text}"
        );
        assert!(
            text.contains(&format!("Page {p} / {n}")),
            "page {p}:\n{text}"
        );
        assert!(text.contains("rapport d’essai"), "footer on page {p}");
        for line in text.lines() {
            if let Some(i) = line.trim().strip_prefix("Ligne ") {
                if let Ok(i) = i.parse::<u32>() {
                    seen_rows.push(i);
                }
            }
        }
    }
    assert_eq!(
        seen_rows,
        (1..=150).collect::<Vec<_>>(),
        "every row once, in order"
    );
    assert!(page_text(&pdf, n).contains("Fin du tableau."));
    // Wrapped cells: the long text is cut at word boundaries, never mid-word.
    let all: String = (1..=n).map(|p| page_text(&pdf, p)).collect();
    assert!(all.contains("justificatives"), "{all}");
}

#[test]
fn images_are_placed() {
    let dir = tempfile::tempdir().unwrap();
    let (w, h) = (64, 32);
    let pixels: Vec<u8> = (0..w * h).map(|i| (i % w * 4) as u8).collect();
    let bytes = Document::new(DocumentMeta::new(
        "Image",
        "fr",
        jiff::civil::date(2026, 1, 2).at(3, 4, 5, 0),
    ))
    .image(Image::grey(w, h, pixels), 80.0, Align::Center)
    .render()
    .unwrap();
    let pdf = write(dir.path(), "image.pdf", &bytes);
    let list = run("pdfimages", &["-list", pdf.to_str().unwrap()]);
    let row = list
        .lines()
        .nth(2)
        .unwrap_or_else(|| panic!("no image:\n{list}"));
    let cols: Vec<&str> = row.split_whitespace().collect();
    assert_eq!((cols[3], cols[4]), ("64", "32"), "{list}");
}

#[test]
fn layout_errors_are_reported_with_a_stable_code() {
    let meta = DocumentMeta::new("x", "fr", jiff::civil::date(2026, 1, 2).at(3, 4, 5, 0));
    let err = Document::new(meta.clone())
        .table(Table::new([("A", 1.0), ("B", 1.0)]).row(["only one cell"]))
        .render()
        .unwrap_err();
    assert!(matches!(err, PdfError::Layout(_)), "{err}");
    assert_eq!(err.code(), ErrorCode::PdfRenderFailed);
    let api: passerelle_api::ApiError = err.into();
    let fr = passerelle_locales::Translator::new("fr", false);
    assert!(fr.try_format(&api.message_id, None).is_some());

    let bad = Document::new(meta)
        .image(Image::grey(10, 10, vec![0; 5]), 20.0, Align::Left)
        .render()
        .unwrap_err();
    assert!(matches!(bad, PdfError::Image(_)), "{bad}");
}

#[test]
fn every_pdf_message_exists_in_every_locale() {
    fn ids(code: &str) -> Vec<String> {
        let (_, text) = passerelle_locales::sources(code)
            .find(|(name, _)| *name == "pdf.ftl")
            .unwrap_or_else(|| panic!("locales/{code}/pdf.ftl is missing"));
        let mut v: Vec<String> = text
            .lines()
            .filter(|l| l.chars().next().is_some_and(|c| c.is_ascii_lowercase()))
            .filter_map(|l| l.split_once(" =").map(|(id, _)| id.trim().to_owned()))
            .collect();
        v.sort();
        v
    }
    let fr = ids("fr");
    assert!(fr.len() > 30, "{fr:?}");
    for code in ["en", "ar"] {
        assert_eq!(
            ids(code),
            fr,
            "locales/{code}/pdf.ftl has the same ids as French"
        );
        let (_, text) = passerelle_locales::sources(code)
            .find(|(name, _)| *name == "pdf.ftl")
            .unwrap();
        assert!(
            text.starts_with("# Not yet reviewed by a native speaker."),
            "{code}/pdf.ftl is marked unreviewed"
        );
        let t = passerelle_locales::Translator::new(code, false);
        for id in &fr {
            let own = t.try_format(id, None).unwrap_or_default();
            assert!(!own.is_empty(), "{code}: {id} formats");
        }
    }
}
