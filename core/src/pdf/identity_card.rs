//! The card a beneficiary keeps to open their private vault documents: their first name, the
//! card code as a QR code and as text in big groups, and easy-to-read instructions, including
//! the plain trade-off (a lost card means lost private documents).
//!
//! It prints nothing else about the person: no last name, no date of birth, no file number. A
//! card found in the street tells the finder a first name and nothing that opens anything
//! without the PIN.
//!
//! It is called a "carte pour vos documents privés", never a "carte d'identité": the person
//! already has one of those, and mixing them up would be a real harm.

use super::{
    format_date, print_language, Align, Card, Colour, Document, DocumentMeta, PdfError, Style,
    Visual,
};
use crate::vault_key::CardSecret;
use jiff::civil;
use passerelle_locales::Translator;

/// What the card shows. Its `Debug` prints neither the first name nor the code.
pub struct IdentityCard<'a> {
    /// The structure that issues the card (printed small, so a found card can be brought back).
    pub structure_name: &'a str,
    /// The beneficiary's first name only.
    pub first_name: &'a str,
    /// The card secret; its text and QR code are printed.
    pub card: &'a CardSecret,
    /// Local civil time of printing.
    pub created_at: civil::DateTime,
    /// Requested language; see [`print_language`] (Arabic prints in French for now).
    pub lang: &'a str,
}

impl std::fmt::Debug for IdentityCard<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("IdentityCard")
            .field("structure_name", &self.structure_name)
            .field("first_name", &"[redacted]")
            .field("card", &"[redacted]")
            .field("created_at", &self.created_at)
            .field("lang", &self.lang)
            .finish()
    }
}

/// Size of the printed QR code, quiet zone included.
const QR_MM: f32 = 50.0;
/// Groups of four characters per printed line of the code.
const GROUPS_PER_LINE: usize = 4;

/// Renders the card (one A4 page).
pub fn identity_card(c: &IdentityCard<'_>) -> Result<Vec<u8>, PdfError> {
    let lang = print_language(c.lang);
    let t = Translator::new(lang, false);
    let code = c.card.to_text();
    let meta = DocumentMeta::new(t.t("pdf-vault-card-title"), lang, c.created_at)
        .with_subject(t.t("pdf-vault-card-subject"))
        .with_author(c.structure_name)
        .with_footer(t.t("pdf-vault-card-footer"));

    let groups: Vec<&str> = code.split('-').collect();
    let code_style = Style::code(21.0).bold().space_after(2.0);
    let mut lines: Vec<(String, Style)> = vec![
        (
            t.t_args(
                "pdf-vault-card-for",
                &[("first_name", c.first_name.trim().to_owned().into())],
            ),
            Style::body().bold().size(16.0).space_after(10.0),
        ),
        (
            t.t("pdf-vault-card-code-label"),
            Style::body().size(11.5).space_after(4.0),
        ),
    ];
    lines.extend(
        groups
            .chunks(GROUPS_PER_LINE)
            .map(|l| (l.join("  "), code_style)),
    );
    if let Some(last) = lines.last_mut() {
        last.1 = code_style.space_after(10.0);
    }
    lines.push((
        t.t("pdf-vault-card-code-hint"),
        Style::small().size(10.0).colour(Colour::BLACK),
    ));

    Document::new(meta)
        .title(t.t("pdf-vault-card-title"))
        .styled(
            t.t("pdf-vault-card-keep"),
            Style::body().bold().size(14.0).space_after(12.0),
        )
        .card(Card {
            title: None,
            visual: Some(Visual::QrCode {
                data: code.to_string(),
                size_mm: QR_MM,
            }),
            caption: Some(t.t("pdf-vault-card-qr-caption")),
            lines,
        })
        .spacer(3.0)
        .heading(t.t("pdf-vault-card-what-heading"))
        .paragraph(t.t("pdf-vault-card-what-body"))
        .heading(t.t("pdf-vault-card-keep-heading"))
        .bullets([
            t.t("pdf-vault-card-keep-safe"),
            t.t("pdf-vault-card-keep-pin-apart"),
            t.t("pdf-vault-card-keep-no-photo"),
        ])
        .heading(t.t("pdf-vault-card-lost-heading"))
        .paragraph(t.t("pdf-vault-card-lost-body"))
        .heading(t.t("pdf-vault-card-found-heading"))
        .paragraph(t.t("pdf-vault-card-found-body"))
        .rule()
        .styled(
            t.t_args(
                "pdf-vault-card-issued",
                &[
                    ("structure", c.structure_name.to_owned().into()),
                    ("date", format_date(&t, c.created_at.date()).into()),
                ],
            ),
            Style::small().align(Align::Left),
        )
        .render()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn when() -> civil::DateTime {
        civil::date(2026, 3, 3).at(10, 15, 0, 0)
    }

    fn render(card: &CardSecret, lang: &str) -> Vec<u8> {
        identity_card(&IdentityCard {
            structure_name: "Espace France Services de Bourg",
            first_name: "Amina",
            card,
            created_at: when(),
            lang,
        })
        .unwrap()
    }

    /// The PDF's text, when poppler's `pdftotext` is installed.
    fn pdf_text(pdf: &[u8]) -> Option<String> {
        let dir = tempfile::tempdir().ok()?;
        let p = dir.path().join("card.pdf");
        std::fs::write(&p, pdf).ok()?;
        let out = std::process::Command::new("pdftotext")
            .arg("-layout")
            .arg(&p)
            .arg("-")
            .output()
            .ok()?;
        out.status
            .success()
            .then(|| String::from_utf8_lossy(&out.stdout).into_owned())
    }

    /// The page as a grey image, when poppler's `pdftoppm` is installed.
    fn raster(pdf: &[u8], dpi: u32) -> Option<image::GrayImage> {
        let dir = tempfile::tempdir().ok()?;
        let p = dir.path().join("card.pdf");
        std::fs::write(&p, pdf).ok()?;
        let status = std::process::Command::new("pdftoppm")
            .args(["-png", "-gray", "-r", &dpi.to_string(), "-singlefile"])
            .arg(&p)
            .arg(dir.path().join("page"))
            .status()
            .ok()?;
        if !status.success() {
            return None;
        }
        let png = std::fs::read(dir.path().join("page.png")).ok()?;
        Some(
            image::load_from_memory_with_format(&png, image::ImageFormat::Png)
                .ok()?
                .into_luma8(),
        )
    }

    #[test]
    fn the_card_shows_the_code_the_first_name_and_no_other_personal_data() {
        let card = CardSecret::generate();
        let code = card.to_text();
        let pdf = render(&card, "fr");
        assert!(pdf.starts_with(b"%PDF"));
        let Some(text) = pdf_text(&pdf) else {
            eprintln!("pdftotext not installed: the card's text was not checked");
            return;
        };
        let flat: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
        // Every group of the code is printed, in order, and the whole code reads back.
        let compact: String = text.chars().filter(|c| c.is_ascii_alphanumeric()).collect();
        let code_compact: String = code.chars().filter(|c| *c != '-').collect();
        assert!(compact.contains(&code_compact), "{text}");
        assert_eq!(
            CardSecret::parse(&code_compact).unwrap().to_text().as_str(),
            code.as_str()
        );
        assert!(flat.contains("Amina"), "{flat}");
        assert!(flat.contains("Gardez cette carte."), "{flat}");
        assert!(flat.contains("même pas nous"), "{flat}");
        assert!(flat.contains("perdus"), "{flat}");
        // Not a national identity card, and nothing else about the person.
        assert!(!flat.to_lowercase().contains("carte d’identité"));
        assert!(!flat.to_lowercase().contains("carte d'identité"));
        for absent in ["Nom :", "Né", "naissance", "Adresse", "Téléphone", "@"] {
            assert!(!flat.contains(absent), "{absent}: {flat}");
        }
        // The Debug form prints neither the first name nor the code.
        let shown = format!(
            "{:?}",
            IdentityCard {
                structure_name: "S",
                first_name: "Amina",
                card: &card,
                created_at: when(),
                lang: "fr",
            }
        );
        assert!(
            !shown.contains("Amina") && !shown.contains(&code[..4]),
            "{shown}"
        );
    }

    #[test]
    fn the_printed_qr_code_scans_back_to_the_card() {
        let card = CardSecret::generate();
        let pdf = render(&card, "fr");
        let Some(page) = raster(&pdf, 150) else {
            eprintln!("pdftoppm not installed: the QR code was not scanned");
            return;
        };
        let mut prepared = rqrr::PreparedImage::prepare(page);
        let grids = prepared.detect_grids();
        assert_eq!(grids.len(), 1);
        let (_, content) = grids[0].decode().unwrap();
        assert_eq!(content, card.to_text().as_str());
        let back = CardSecret::parse(&content).unwrap();
        assert_eq!(back.to_text().as_str(), card.to_text().as_str());
    }

    #[test]
    fn english_and_arabic() {
        let card = CardSecret::generate();
        let en = render(&card, "en");
        let ar = render(&card, "ar");
        let (Some(en), Some(ar)) = (pdf_text(&en), pdf_text(&ar)) else {
            eprintln!("pdftotext not installed: the card's text was not checked");
            return;
        };
        assert!(en.contains("Keep this card."), "{en}");
        // Arabic prints in French until the PDF module shapes Arabic.
        assert!(ar.contains("Gardez cette carte."), "{ar}");
    }
}
