//! The embedded DejaVu faces (found by `core/build.rs`, Debian `fonts-dejavu-core`), parsed once,
//! and text measurement with their real advance widths.

use super::PdfError;
use printpdf::ParsedFont;
use std::sync::OnceLock;

const SANS: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/DejaVuSans.ttf"));
const SANS_BOLD: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/DejaVuSans-Bold.ttf"));
const MONO_BOLD: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/DejaVuSansMono-Bold.ttf"));

/// A face of the document's type family.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Face {
    /// DejaVu Sans: body text.
    Regular,
    /// DejaVu Sans Bold: titles, headings, table headers, labels.
    Bold,
    /// DejaVu Sans Mono Bold: codes and keys to be copied by hand (every character as wide as
    /// the next, `0` slashed apart from `O`).
    Mono,
}

impl Face {
    pub(crate) const ALL: [Face; 3] = [Face::Regular, Face::Bold, Face::Mono];

    fn bytes(self) -> &'static [u8] {
        match self {
            Face::Regular => SANS,
            Face::Bold => SANS_BOLD,
            Face::Mono => MONO_BOLD,
        }
    }

    pub(crate) fn index(self) -> usize {
        self as usize
    }
}

/// One parsed face with the figures layout needs.
pub(crate) struct Metrics {
    pub font: ParsedFont,
    units_per_em: f32,
    /// Ascender and descender (negative), in em.
    pub ascent: f32,
    pub descent: f32,
}

impl Metrics {
    fn parse(face: Face) -> Option<Self> {
        let font = ParsedFont::from_bytes(face.bytes(), 0, &mut Vec::new())?;
        let m = font.font_metrics;
        let upm = f32::from(m.units_per_em.max(1));
        Some(Self {
            units_per_em: upm,
            ascent: m.ascent / upm,
            descent: m.descent / upm,
            font,
        })
    }

    /// Width of `text` set at `size` points, in points. printpdf writes `Text` items glyph by
    /// glyph from the font's cmap without kerning, so summing the advances is exact.
    pub fn width(&self, text: &str, size: f32) -> f32 {
        let units: u32 = text
            .chars()
            .map(|c| {
                let gid = self.font.lookup_glyph_index(c as u32).unwrap_or(0);
                u32::from(self.font.get_horizontal_advance(gid))
            })
            .sum();
        units as f32 / self.units_per_em * size
    }
}

static FONTS: OnceLock<Result<[Metrics; 3], &'static str>> = OnceLock::new();

/// The three faces, parsed on first use (a few milliseconds) and shared afterwards.
pub(crate) fn fonts() -> Result<&'static [Metrics; 3], PdfError> {
    FONTS
        .get_or_init(|| {
            let parse = |f: Face| Metrics::parse(f).ok_or(font_name(f));
            Ok([
                parse(Face::Regular)?,
                parse(Face::Bold)?,
                parse(Face::Mono)?,
            ])
        })
        .as_ref()
        .map_err(|name| PdfError::Font(name))
}

fn font_name(face: Face) -> &'static str {
    match face {
        Face::Regular => "DejaVu Sans",
        Face::Bold => "DejaVu Sans Bold",
        Face::Mono => "DejaVu Sans Mono Bold",
    }
}
