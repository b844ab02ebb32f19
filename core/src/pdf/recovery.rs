//! The recovery sheet, printed once at setup (and again by `regenerate-recovery`) and kept in a
//! safe: the recovery key as grouped text and as a QR code, plain instructions, and the journal
//! head at the time of printing.

use super::{
    format_date_time, format_integer, group_code, print_language, Align, Card, Colour, Document,
    DocumentMeta, PdfError, Style, Visual,
};
use jiff::civil;
use passerelle_locales::Translator;

/// What the recovery sheet shows. Its `Debug` never prints the key.
pub struct RecoverySheet<'a> {
    pub structure_name: &'a str,
    /// Local civil time of printing.
    pub created_at: civil::DateTime,
    /// The recovery identity, e.g. `AGE-SECRET-KEY-1…`.
    pub recovery_key: &'a str,
    /// Sequence number and hex hash of the newest audit journal row.
    pub journal_head: (u64, String),
    /// Requested language; see [`print_language`] (Arabic prints in French for now).
    pub lang: &'a str,
}

impl std::fmt::Debug for RecoverySheet<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("RecoverySheet")
            .field("structure_name", &self.structure_name)
            .field("created_at", &self.created_at)
            .field("recovery_key", &"[redacted]")
            .field("journal_head", &self.journal_head)
            .field("lang", &self.lang)
            .finish()
    }
}

/// Size of the printed QR code, quiet zone included.
const QR_MM: f32 = 55.0;

/// Renders the recovery sheet (one A4 page).
pub fn recovery_sheet(sheet: &RecoverySheet<'_>) -> Result<Vec<u8>, PdfError> {
    let lang = print_language(sheet.lang);
    let t = Translator::new(lang, false);
    let created = format_date_time(&t, sheet.created_at);
    let meta = DocumentMeta::new(t.t("pdf-recovery-title"), lang, sheet.created_at)
        .with_subject(t.t("pdf-recovery-subject"))
        .with_author(sheet.structure_name)
        .with_footer(t.t("pdf-recovery-footer"));

    let key = sheet.recovery_key.trim();
    let key_style = Style::code(15.5).space_after(0.0);
    let mut lines: Vec<(String, Style)> = group_code(key, 4, 5)
        .into_iter()
        .map(|l| (l, key_style))
        .collect();
    if let Some(last) = lines.last_mut() {
        last.1 = key_style.space_after(10.0);
    }
    lines.push((t.t("pdf-recovery-key-hint"), Style::small().size(9.5)));

    let (seq, hash) = &sheet.journal_head;
    let hash_lines = group_code(hash, 4, 16).join("\n");

    Document::new(meta)
        .title(t.t("pdf-recovery-title"))
        .styled(
            t.t("pdf-recovery-intro"),
            Style::body().size(12.5).space_after(12.0),
        )
        .key_value(t.t("pdf-recovery-structure"), sheet.structure_name)
        .key_value(t.t("pdf-recovery-created"), created)
        .spacer(5.0)
        .card(Card {
            title: Some(t.t("pdf-recovery-key-heading")),
            visual: Some(Visual::QrCode {
                data: key.to_owned(),
                size_mm: QR_MM,
            }),
            caption: Some(t.t("pdf-recovery-qr-caption")),
            lines,
        })
        .heading(t.t("pdf-recovery-what-heading"))
        .paragraph(t.t("pdf-recovery-what-body"))
        .heading(t.t("pdf-recovery-keep-heading"))
        .bullets([
            t.t("pdf-recovery-keep-safe"),
            t.t("pdf-recovery-keep-away"),
            t.t("pdf-recovery-keep-no-photo"),
            t.t("pdf-recovery-keep-who"),
        ])
        .heading(t.t("pdf-recovery-use-heading"))
        .paragraph(t.t("pdf-recovery-use-body"))
        .heading(t.t("pdf-recovery-lost-heading"))
        .paragraph(t.t("pdf-recovery-lost-body"))
        .rule()
        .styled(
            t.t_args(
                "pdf-recovery-journal",
                &[("seq", format_integer(*seq, lang).into())],
            ),
            Style::small().space_after(1.0),
        )
        .styled(
            hash_lines,
            Style::code(7.5).colour(Colour::GREY).align(Align::Left),
        )
        .render()
}
