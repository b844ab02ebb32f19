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

/// The recovery key as a QR code in SVG, for the recovery sheet shown on screen before
/// printing: black modules on white with a four-module quiet zone, the same content and error
/// correction as the PDF's. Without an XML prolog, so it can be inlined in HTML; the UI adds
/// the accessible name and `role="img"`. Empty when the key does not fit in a QR code (an
/// `AGE-SECRET-KEY-1…` key always does).
pub fn recovery_qr_svg(key: &str) -> String {
    use qrcode::render::svg;
    let Ok(code) = qrcode::QrCode::with_error_correction_level(key.trim(), qrcode::EcLevel::M)
    else {
        return String::new();
    };
    let image = code
        .render::<svg::Color<'_>>()
        .quiet_zone(true)
        .module_dimensions(4, 4)
        .dark_color(svg::Color("#000000"))
        .light_color(svg::Color("#ffffff"))
        .build();
    match image.find("<svg") {
        Some(i) => image[i..].to_owned(),
        None => image,
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

#[cfg(test)]
mod tests {
    use super::*;

    const KEY_A: &str =
        "AGE-SECRET-KEY-1QYQSZQGPQYQSZQGPQYQSZQGPQYQSZQGPQYQSZQGPQYQSZQGPQYQSMFSKPD";
    const KEY_B: &str =
        "AGE-SECRET-KEY-1GQ9778VQXMMJVE8SK7J6VT8UJ4HDQAJUVSFCJF0ZP5SCMC7GLUSQQXUTW7";

    /// Paints the SVG's rectangles (`M l t h w v h H l V t`) into a grey image.
    fn rasterise(svg: &str) -> image::GrayImage {
        let attr = |name: &str| -> u32 {
            let start = svg.find(&format!(" {name}=\"")).unwrap() + name.len() + 3;
            svg[start..].split('"').next().unwrap().parse().unwrap()
        };
        let (w, h) = (attr("width"), attr("height"));
        let mut img = image::GrayImage::from_pixel(w, h, image::Luma([255]));
        let d_start = svg.find(" d=\"").unwrap() + 4;
        let d = svg[d_start..].split('"').next().unwrap();
        for seg in d.split('M').filter(|s| !s.is_empty()) {
            let n: Vec<u32> = seg
                .split(|c: char| c.is_ascii_alphabetic() || c == ' ')
                .filter(|s| !s.is_empty())
                .map(|s| s.parse().unwrap())
                .collect();
            let (left, top, width, height) = (n[0], n[1], n[2], n[3]);
            for y in top..top + height {
                for x in left..left + width {
                    img.put_pixel(x, y, image::Luma([0]));
                }
            }
        }
        img
    }

    #[test]
    fn the_qr_svg_is_well_formed_and_decodes_to_the_key() {
        let svg = recovery_qr_svg(KEY_A);
        assert!(
            svg.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\""),
            "{svg}"
        );
        assert!(svg.ends_with("</svg>"));
        assert!(!svg.contains("<?xml"));
        assert_eq!(svg.matches('<').count(), svg.matches('>').count());
        assert_eq!(svg.matches('"').count() % 2, 0);
        assert_eq!(svg.matches("<svg").count(), 1);
        assert!(svg.contains("fill=\"#000000\"") && svg.contains("fill=\"#ffffff\""));
        let img = rasterise(&svg);
        // Quiet zone: the outer four modules (4 px each) are white all round.
        let (w, h) = img.dimensions();
        for i in 0..w.min(h) {
            for edge in [(i, 0), (0, i), (i, h - 1), (w - 1, i), (i, 15), (15, i)] {
                assert_eq!(img.get_pixel(edge.0, edge.1).0, [255], "{edge:?}");
            }
        }
        let mut prepared = rqrr::PreparedImage::prepare(img);
        let grids = prepared.detect_grids();
        assert_eq!(grids.len(), 1);
        let (_, content) = grids[0].decode().unwrap();
        assert_eq!(content, KEY_A);
    }

    #[test]
    fn two_keys_give_two_qr_codes() {
        assert_ne!(recovery_qr_svg(KEY_A), recovery_qr_svg(KEY_B));
        assert_eq!(
            recovery_qr_svg(KEY_A),
            recovery_qr_svg(&format!(" {KEY_A}\n"))
        );
    }
}
