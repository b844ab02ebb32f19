//! Printed documents: a small A4 document builder over printpdf, shared by the recovery sheet
//! and, later, activity reports, person summaries and attestations.
//!
//! ```no_run
//! # use passerelle_core::pdf::{Document, DocumentMeta, Table};
//! # fn main() -> Result<(), passerelle_core::pdf::PdfError> {
//! let created = jiff::civil::date(2026, 11, 21).at(16, 5, 0, 0);
//! let bytes = Document::new(DocumentMeta::new("Rapport d’activité", "fr", created))
//!     .title("Rapport d’activité")
//!     .heading("Sessions")
//!     .paragraph("Un texte long, coupé aux mots selon la largeur réelle des caractères.")
//!     .key_value("Période", "1er janvier – 31 décembre 2026")
//!     .table(Table::new([("Mois", 2.0), ("Sessions", 1.0)]).row(["Janvier", "1 204"]))
//!     .render()?;
//! # let _ = bytes; Ok(()) }
//! ```
//!
//! Every page is A4 with generous margins, a footer and "Page n / N" (from Fluent). Text is set
//! in DejaVu Sans, measured with the font's own advance widths and wrapped at word boundaries
//! (only ordinary spaces break a line: a no-break space keeps « 12 h » together). Fonts are
//! embedded and subset; the creation date and the document information are set.
//!
//! Text is not shaped: right-to-left scripts (Arabic…) would come out as unjoined letters in the
//! wrong order, so [`print_language`] maps them to French until shaping lands.

mod chart;
mod fonts;
mod format;
mod identity_card;
mod person_summary;
mod recovery;

pub(crate) use chart::nice_step;
pub use chart::{Chart, ChartBar, ChartKind, KeyFigure};
pub use fonts::Face;
pub use format::{format_date, format_date_time, format_integer, group_code};
pub use identity_card::{identity_card, IdentityCard};
/// Civil (wall-clock) dates and times, as [`DocumentMeta`] and [`RecoverySheet`] take them.
pub use jiff::civil;
pub use person_summary::person_summary;
pub use recovery::{recovery_qr_svg, recovery_sheet, RecoverySheet};

use fonts::{fonts, Metrics};
use jiff::tz;
use passerelle_api::{ApiError, ErrorCode};
use passerelle_locales::{Direction, Translator};
use printpdf::{
    Color as PColor, FontId, Line, LinePoint, Mm, Op, PaintMode, PdfDocument, PdfFontHandle,
    PdfPage, PdfParseErrorSeverity, PdfSaveOptions, Point, Pt, RawImage, RawImageData,
    RawImageFormat, Rect, Rgb, TextItem, XObjectTransform,
};

/// Why a document could not be produced. Every variant is a programming or packaging fault,
/// never the user's: they all map to [`ErrorCode::PdfRenderFailed`].
#[derive(Debug, thiserror::Error)]
pub enum PdfError {
    #[error("the embedded font {0} could not be parsed")]
    Font(&'static str),
    #[error("QR code: {0}")]
    QrCode(String),
    #[error("image: {0}")]
    Image(String),
    #[error("layout: {0}")]
    Layout(String),
    #[error("invalid date: {0}")]
    Date(String),
    #[error("writing the PDF failed: {0}")]
    Write(String),
}

impl PdfError {
    pub fn code(&self) -> ErrorCode {
        ErrorCode::PdfRenderFailed
    }
}

impl From<&PdfError> for ApiError {
    fn from(e: &PdfError) -> Self {
        ApiError::new(e.code())
    }
}

impl From<PdfError> for ApiError {
    fn from(e: PdfError) -> Self {
        ApiError::from(&e)
    }
}

/// The language a document can be printed in: the requested one when its script needs no
/// shaping, else French (the source language).
pub fn print_language(code: &str) -> &'static str {
    match passerelle_locales::locale(code) {
        Some(l) if l.direction == Direction::Ltr => l.code,
        _ => passerelle_locales::DEFAULT_LOCALE,
    }
}

/// Document information, written into the PDF and used for the page furniture.
#[derive(Debug, Clone)]
pub struct DocumentMeta {
    /// The PDF title (shown by viewers in the window title).
    pub title: String,
    pub subject: String,
    /// The structure that issues the document.
    pub author: String,
    pub keywords: Vec<String>,
    /// Locale code for the page furniture (page numbers); see [`print_language`].
    pub lang: String,
    /// Creation date and time, civil (wall-clock) time at `utc_offset`.
    pub created_at: civil::DateTime,
    pub utc_offset: tz::Offset,
    /// Printed at the bottom left of every page.
    pub footer: Option<String>,
}

impl DocumentMeta {
    /// Meta with the creation time given in the computer's own time zone.
    pub fn new(title: impl Into<String>, lang: &str, created_at: civil::DateTime) -> Self {
        let utc_offset = created_at
            .to_zoned(tz::TimeZone::system())
            .map(|z| z.offset())
            .unwrap_or(tz::Offset::UTC);
        Self {
            title: title.into(),
            subject: String::new(),
            author: String::new(),
            keywords: Vec::new(),
            lang: lang.to_owned(),
            created_at,
            utc_offset,
            footer: None,
        }
    }

    pub fn with_subject(mut self, subject: impl Into<String>) -> Self {
        self.subject = subject.into();
        self
    }

    pub fn with_author(mut self, author: impl Into<String>) -> Self {
        self.author = author.into();
        self
    }

    pub fn with_footer(mut self, footer: impl Into<String>) -> Self {
        self.footer = Some(footer.into());
        self
    }

    pub fn with_utc_offset(mut self, offset: tz::Offset) -> Self {
        self.utc_offset = offset;
        self
    }
}

/// An sRGB colour.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Colour(pub u8, pub u8, pub u8);

impl Colour {
    pub const BLACK: Colour = Colour(0x1a, 0x1a, 0x1a);
    pub const GREY: Colour = Colour(0x55, 0x55, 0x55);
    pub const LIGHT: Colour = Colour(0xea, 0xec, 0xef);
    pub const RULE: Colour = Colour(0x9a, 0xa0, 0xa6);
    pub const ACCENT: Colour = Colour(0x1d, 0x3f, 0x6e);
    pub const WHITE: Colour = Colour(0xff, 0xff, 0xff);

    fn pdf(self) -> PColor {
        PColor::Rgb(Rgb {
            r: f32::from(self.0) / 255.0,
            g: f32::from(self.1) / 255.0,
            b: f32::from(self.2) / 255.0,
            icc_profile: None,
        })
    }
}

/// Horizontal alignment of a line of text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Align {
    Left,
    Center,
    Right,
}

/// How a run of text is set.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Style {
    pub face: Face,
    /// Size in points.
    pub size: f32,
    pub colour: Colour,
    pub align: Align,
    /// Line height as a multiple of the size.
    pub leading: f32,
    /// Space after the block, in points.
    pub space_after: f32,
}

impl Style {
    /// Body text: 11.5 pt, generous leading.
    pub const fn body() -> Self {
        Self {
            face: Face::Regular,
            size: 11.5,
            colour: Colour::BLACK,
            align: Align::Left,
            leading: 1.35,
            space_after: 7.0,
        }
    }

    /// Small print: notes, captions.
    pub const fn small() -> Self {
        Self {
            size: 9.0,
            colour: Colour::GREY,
            space_after: 4.0,
            ..Self::body()
        }
    }

    /// Codes and keys to be copied by hand.
    pub const fn code(size: f32) -> Self {
        Self {
            face: Face::Mono,
            size,
            leading: 1.5,
            ..Self::body()
        }
    }

    pub const fn bold(mut self) -> Self {
        self.face = Face::Bold;
        self
    }

    pub const fn size(mut self, size: f32) -> Self {
        self.size = size;
        self
    }

    pub const fn colour(mut self, colour: Colour) -> Self {
        self.colour = colour;
        self
    }

    pub const fn align(mut self, align: Align) -> Self {
        self.align = align;
        self
    }

    pub const fn leading(mut self, leading: f32) -> Self {
        self.leading = leading;
        self
    }

    pub const fn space_after(mut self, pt: f32) -> Self {
        self.space_after = pt;
        self
    }

    fn line_height(&self) -> f32 {
        self.size * self.leading
    }
}

/// A column of a [`Table`]: header text, relative width, alignment of its cells.
#[derive(Debug, Clone)]
pub struct Column {
    pub header: String,
    pub weight: f32,
    pub align: Align,
}

/// A table whose header row is repeated at the top of every page it runs onto. Cells wrap.
#[derive(Debug, Clone)]
pub struct Table {
    pub columns: Vec<Column>,
    pub rows: Vec<Vec<String>>,
}

impl Table {
    /// A table with `(header, relative width)` columns, left-aligned.
    pub fn new<S: Into<String>>(columns: impl IntoIterator<Item = (S, f32)>) -> Self {
        Self {
            columns: columns
                .into_iter()
                .map(|(h, w)| Column {
                    header: h.into(),
                    weight: w,
                    align: Align::Left,
                })
                .collect(),
            rows: Vec::new(),
        }
    }

    /// Aligns column `index` (e.g. right for figures).
    pub fn align(mut self, index: usize, align: Align) -> Self {
        if let Some(c) = self.columns.get_mut(index) {
            c.align = align;
        }
        self
    }

    pub fn row<S: Into<String>>(mut self, cells: impl IntoIterator<Item = S>) -> Self {
        self.rows.push(cells.into_iter().map(Into::into).collect());
        self
    }

    pub fn push_row<S: Into<String>>(&mut self, cells: impl IntoIterator<Item = S>) {
        self.rows.push(cells.into_iter().map(Into::into).collect());
    }
}

/// A raster image: 8-bit grey or RGB pixels, row by row from the top.
#[derive(Debug, Clone)]
pub struct Image {
    pub width: usize,
    pub height: usize,
    pub rgb: bool,
    pub pixels: Vec<u8>,
}

impl Image {
    pub fn grey(width: usize, height: usize, pixels: Vec<u8>) -> Self {
        Self {
            width,
            height,
            rgb: false,
            pixels,
        }
    }

    pub fn rgb(width: usize, height: usize, pixels: Vec<u8>) -> Self {
        Self {
            width,
            height,
            rgb: true,
            pixels,
        }
    }

    fn check(&self) -> Result<(), PdfError> {
        let per = if self.rgb { 3 } else { 1 };
        if self.width == 0
            || self.height == 0
            || self.pixels.len() != self.width * self.height * per
        {
            return Err(PdfError::Image(format!(
                "{}×{} image with {} bytes of pixels",
                self.width,
                self.height,
                self.pixels.len()
            )));
        }
        Ok(())
    }
}

/// Something drawn in a box: a raster image or a QR code (drawn as vector squares, so it stays
/// crisp at any printer resolution).
#[derive(Debug, Clone)]
pub enum Visual {
    Image {
        image: Image,
        width_mm: f32,
    },
    /// A QR code of `data`, `size_mm` wide including its quiet zone.
    QrCode {
        data: String,
        size_mm: f32,
    },
}

impl Visual {
    fn size_pt(&self) -> (f32, f32) {
        match self {
            Visual::Image { image, width_mm } => {
                let w = mm(*width_mm);
                (w, w * image.height as f32 / image.width.max(1) as f32)
            }
            Visual::QrCode { size_mm, .. } => (mm(*size_mm), mm(*size_mm)),
        }
    }
}

/// A framed, unbreakable panel: an optional title, an optional visual on the left (with an
/// optional caption below it) and styled paragraphs on the right. Used for the recovery key;
/// fit for a beneficiary's card or a stamp on an attestation.
#[derive(Debug, Clone, Default)]
pub struct Card {
    pub title: Option<String>,
    pub visual: Option<Visual>,
    pub caption: Option<String>,
    pub lines: Vec<(String, Style)>,
}

#[derive(Debug, Clone)]
enum Block {
    Title(String),
    Heading(String),
    Text(String, Style),
    Bullets(Vec<String>, Style),
    KeyValue(String, String),
    Table(Table),
    Visual(Visual, Align),
    Card(Card),
    Chart(Chart),
    Figures(Vec<KeyFigure>),
    Spacer(f32),
    Rule,
    PageBreak,
}

/// An A4 document being built. Methods queue blocks; [`Document::render`] lays them out.
#[derive(Debug, Clone)]
pub struct Document {
    meta: DocumentMeta,
    blocks: Vec<Block>,
}

// A4 and its margins, in points.
/// Indent of a bullet's text.
const BULLET_INDENT: f32 = 16.0;
/// Lists up to this tall (about a quarter of a page) are kept on one page.
const KEEP_LIST_WHOLE: f32 = 200.0;
const PAGE_W: f32 = 595.276;
const PAGE_H: f32 = 841.89;
const MARGIN_X: f32 = 56.69; // 20 mm
const MARGIN_TOP: f32 = 56.69; // 20 mm
const MARGIN_BOTTOM: f32 = 70.87; // 25 mm, the footer sits inside it
const FOOTER_BASELINE: f32 = 34.0; // from the bottom edge
const CONTENT_W: f32 = PAGE_W - 2.0 * MARGIN_X;
const KEY_COLUMN: f32 = 155.0;
const CELL_PAD_X: f32 = 5.0;
const CELL_PAD_Y: f32 = 4.0;
const CARD_PAD: f32 = 14.0;

fn mm(v: f32) -> f32 {
    Pt::from(Mm(v)).0
}

impl Document {
    pub fn new(meta: DocumentMeta) -> Self {
        Self {
            meta,
            blocks: Vec::new(),
        }
    }

    pub fn meta(&self) -> &DocumentMeta {
        &self.meta
    }

    /// The document's title, large and bold.
    pub fn title(mut self, text: impl Into<String>) -> Self {
        self.blocks.push(Block::Title(text.into()));
        self
    }

    /// A section heading, kept on the same page as the start of what follows.
    pub fn heading(mut self, text: impl Into<String>) -> Self {
        self.blocks.push(Block::Heading(text.into()));
        self
    }

    /// A paragraph of body text, wrapped; `\n` forces a line break.
    pub fn paragraph(self, text: impl Into<String>) -> Self {
        self.styled(text, Style::body())
    }

    /// A paragraph in a given style.
    pub fn styled(mut self, text: impl Into<String>, style: Style) -> Self {
        self.blocks.push(Block::Text(text.into(), style));
        self
    }

    /// A bulleted list of body-text items.
    pub fn bullets<S: Into<String>>(mut self, items: impl IntoIterator<Item = S>) -> Self {
        self.blocks.push(Block::Bullets(
            items.into_iter().map(Into::into).collect(),
            Style::body(),
        ));
        self
    }

    /// A "label: value" line, the label bold in a left column, the value wrapped beside it.
    pub fn key_value(mut self, key: impl Into<String>, value: impl Into<String>) -> Self {
        self.blocks.push(Block::KeyValue(key.into(), value.into()));
        self
    }

    pub fn table(mut self, table: Table) -> Self {
        self.blocks.push(Block::Table(table));
        self
    }

    /// A raster image `width_mm` wide.
    pub fn image(mut self, image: Image, width_mm: f32, align: Align) -> Self {
        self.blocks
            .push(Block::Visual(Visual::Image { image, width_mm }, align));
        self
    }

    /// A QR code of `data`, `size_mm` wide including its quiet zone.
    pub fn qr_code(mut self, data: impl Into<String>, size_mm: f32, align: Align) -> Self {
        self.blocks.push(Block::Visual(
            Visual::QrCode {
                data: data.into(),
                size_mm,
            },
            align,
        ));
        self
    }

    pub fn card(mut self, card: Card) -> Self {
        self.blocks.push(Block::Card(card));
        self
    }

    /// A bar chart across the text column (see [`Chart`]).
    pub fn chart(mut self, chart: Chart) -> Self {
        self.blocks.push(Block::Chart(chart));
        self
    }

    /// Key figures in panels, three to a row (see [`KeyFigure`]).
    pub fn key_figures(mut self, figures: Vec<KeyFigure>) -> Self {
        self.blocks.push(Block::Figures(figures));
        self
    }

    /// Vertical space, in millimetres.
    pub fn spacer(mut self, mm_: f32) -> Self {
        self.blocks.push(Block::Spacer(mm(mm_)));
        self
    }

    /// A thin horizontal rule across the text column.
    pub fn rule(mut self) -> Self {
        self.blocks.push(Block::Rule);
        self
    }

    pub fn page_break(mut self) -> Self {
        self.blocks.push(Block::PageBreak);
        self
    }

    /// Lays the document out and writes the PDF (fonts embedded and subset).
    pub fn render(&self) -> Result<Vec<u8>, PdfError> {
        let fonts = fonts()?;
        let mut pdf = PdfDocument::new(&self.meta.title);
        let font_ids: Vec<FontId> = Face::ALL
            .iter()
            .map(|f| pdf.add_font(&fonts[f.index()].font))
            .collect();
        let mut l = Layout {
            fonts,
            font_ids,
            pdf: &mut pdf,
            pages: Vec::new(),
            ops: Vec::new(),
            y: MARGIN_TOP,
        };
        for (i, block) in self.blocks.iter().enumerate() {
            let next = self.blocks.get(i + 1);
            l.block(block, next)?;
        }
        let font_ids = l.font_ids.clone();
        let mut pages = l.finish();

        // Page furniture, now that the page count is known.
        let t = Translator::new(print_language(&self.meta.lang), false);
        let total = pages.len();
        for (i, ops) in pages.iter_mut().enumerate() {
            let number = t.t_args(
                "pdf-page-number",
                &[
                    (
                        "page",
                        format_integer((i + 1) as u64, &self.meta.lang).into(),
                    ),
                    (
                        "pages",
                        format_integer(total as u64, &self.meta.lang).into(),
                    ),
                ],
            );
            let small = Style::small();
            let top = PAGE_H - FOOTER_BASELINE - 12.0;
            ops.extend(rule_ops(
                MARGIN_X,
                PAGE_W - MARGIN_X,
                top,
                0.5,
                Colour::RULE,
            ));
            let w = fonts[small.face.index()].width(&number, small.size);
            let baseline = PAGE_H - FOOTER_BASELINE;
            text_ops(
                ops,
                &font_ids,
                PAGE_W - MARGIN_X - w,
                baseline,
                &number,
                &small,
            );
            if let Some(footer) = &self.meta.footer {
                let room = CONTENT_W - w - 20.0;
                let line = wrap(&fonts[small.face.index()], footer, small.size, room)
                    .into_iter()
                    .next()
                    .unwrap_or_default();
                text_ops(ops, &font_ids, MARGIN_X, baseline, &line, &small);
            }
        }

        pdf.pages = pages
            .into_iter()
            .map(|ops| PdfPage::new(Mm(210.0), Mm(297.0), ops))
            .collect();
        self.set_info(&mut pdf)?;
        let mut warnings = Vec::new();
        let bytes = pdf.save(&PdfSaveOptions::default(), &mut warnings);
        if let Some(w) = warnings
            .iter()
            .find(|w| w.severity == PdfParseErrorSeverity::Error)
        {
            return Err(PdfError::Write(w.msg.clone()));
        }
        Ok(bytes)
    }

    fn set_info(&self, pdf: &mut PdfDocument) -> Result<(), PdfError> {
        let m = &self.meta;
        // printpdf writes every date as UTC (`+00'00'`): convert the civil time first.
        let d = m
            .utc_offset
            .to_timestamp(m.created_at)
            .map(|ts| tz::Offset::UTC.to_datetime(ts))
            .map_err(|e| PdfError::Date(e.to_string()))?;
        let when = printpdf::DateTime::new_in_offset(
            printpdf::Date {
                year: i32::from(d.year()),
                month: d.month() as u8,
                day: d.day() as u8,
            },
            printpdf::Time {
                hour: d.hour() as u8,
                minute: d.minute() as u8,
                second: d.second() as u8,
                millisecond: 0,
            },
            printpdf::Offset {
                hours: 0,
                minutes: 0,
                seconds: 0,
                milliseconds: 0,
            },
        );
        if d.year() < 1971 {
            return Err(PdfError::Date(format!("{d}")));
        }
        let info = &mut pdf.metadata.info;
        info.creation_date = when;
        info.modification_date = when;
        info.metadata_date = when;
        info.document_title = m.title.clone();
        info.subject = m.subject.clone();
        info.author = m.author.clone();
        info.keywords = m.keywords.clone();
        info.creator = "Passerelle".to_owned();
        info.producer = format!("Passerelle {} (printpdf)", crate::VERSION);
        Ok(())
    }
}

fn text_ops(ops: &mut Vec<Op>, ids: &[FontId], x: f32, baseline: f32, text: &str, s: &Style) {
    if text.is_empty() {
        return;
    }
    ops.extend([
        Op::StartTextSection,
        Op::SetFont {
            font: PdfFontHandle::External(ids[s.face.index()].clone()),
            size: Pt(s.size),
        },
        Op::SetFillColor {
            col: s.colour.pdf(),
        },
        Op::SetTextCursor {
            pos: Point {
                x: Pt(x),
                y: Pt(PAGE_H - baseline),
            },
        },
        Op::ShowText {
            items: vec![TextItem::Text(text.to_owned())],
        },
        Op::EndTextSection,
    ]);
}

fn rule_ops(x0: f32, x1: f32, y: f32, thickness: f32, colour: Colour) -> [Op; 3] {
    let p = |x: f32| LinePoint {
        p: Point {
            x: Pt(x),
            y: Pt(PAGE_H - y),
        },
        bezier: false,
    };
    [
        Op::SetOutlineColor { col: colour.pdf() },
        Op::SetOutlineThickness { pt: Pt(thickness) },
        Op::DrawLine {
            line: Line {
                points: vec![p(x0), p(x1)],
                is_closed: false,
            },
        },
    ]
}

/// A rectangle given by its top-left corner (from the top of the page) and size.
fn rect_ops(
    x: f32,
    top: f32,
    w: f32,
    h: f32,
    fill: Option<Colour>,
    stroke: Option<(f32, Colour)>,
) -> Vec<Op> {
    let mut ops = Vec::new();
    let mode = match (fill, stroke) {
        (Some(_), Some(_)) => PaintMode::FillStroke,
        (Some(_), None) => PaintMode::Fill,
        (None, Some(_)) => PaintMode::Stroke,
        (None, None) => return ops,
    };
    if let Some(c) = fill {
        ops.push(Op::SetFillColor { col: c.pdf() });
    }
    if let Some((t, c)) = stroke {
        ops.push(Op::SetOutlineColor { col: c.pdf() });
        ops.push(Op::SetOutlineThickness { pt: Pt(t) });
    }
    let mut r = Rect::from_xywh(Pt(x), Pt(PAGE_H - top - h), Pt(w), Pt(h));
    r.mode = Some(mode);
    ops.push(Op::DrawRectangle { rectangle: r });
    ops
}

/// Greedy word wrap with the font's real advance widths. Only ordinary spaces (U+0020) are
/// break opportunities; a word wider than the line is cut between characters.
fn wrap(m: &Metrics, text: &str, size: f32, max_w: f32) -> Vec<String> {
    let mut lines = Vec::new();
    let space = m.width(" ", size);
    for hard in text.split('\n') {
        let mut line = String::new();
        let mut line_w = 0.0;
        for word in hard.split(' ').filter(|w| !w.is_empty()) {
            let w = m.width(word, size);
            let needed = if line.is_empty() {
                w
            } else {
                line_w + space + w
            };
            if needed <= max_w {
                if !line.is_empty() {
                    line.push(' ');
                }
                line.push_str(word);
                line_w = needed;
                continue;
            }
            if !line.is_empty() {
                lines.push(std::mem::take(&mut line));
                line_w = 0.0;
            }
            if w <= max_w {
                line.push_str(word);
                line_w = w;
                continue;
            }
            // A word longer than the line: cut it.
            for c in word.chars() {
                let cw = m.width(c.encode_utf8(&mut [0; 4]), size);
                if line_w + cw > max_w && !line.is_empty() {
                    lines.push(std::mem::take(&mut line));
                    line_w = 0.0;
                }
                line.push(c);
                line_w += cw;
            }
        }
        lines.push(line);
    }
    lines
}

struct Layout<'a> {
    fonts: &'a [Metrics; 3],
    font_ids: Vec<FontId>,
    pdf: &'a mut PdfDocument,
    pages: Vec<Vec<Op>>,
    ops: Vec<Op>,
    /// Distance of the next free line from the top of the page.
    y: f32,
}

const BOTTOM: f32 = PAGE_H - MARGIN_BOTTOM;

impl Layout<'_> {
    fn finish(mut self) -> Vec<Vec<Op>> {
        self.pages.push(std::mem::take(&mut self.ops));
        self.pages
    }

    fn new_page(&mut self) {
        self.pages.push(std::mem::take(&mut self.ops));
        self.y = MARGIN_TOP;
    }

    fn at_top(&self) -> bool {
        self.y <= MARGIN_TOP + 0.01
    }

    /// Starts a new page unless `h` points fit below the cursor.
    fn ensure(&mut self, h: f32) {
        if self.y + h > BOTTOM && !self.at_top() {
            self.new_page();
        }
    }

    fn metrics(&self, s: &Style) -> &Metrics {
        &self.fonts[s.face.index()]
    }

    fn baseline(&self, top: f32, s: &Style) -> f32 {
        let m = self.metrics(s);
        let half_leading = (s.leading - (m.ascent - m.descent)) / 2.0;
        top + s.size * (half_leading + m.ascent)
    }

    fn text_at(&mut self, x: f32, top: f32, text: &str, s: &Style) {
        let b = self.baseline(top, s);
        text_ops(&mut self.ops, &self.font_ids, x, b, text, s);
    }

    /// One line of text in a box `[x, x + w]`, aligned.
    fn line_in(&mut self, x: f32, w: f32, top: f32, text: &str, s: &Style) {
        let tw = self.metrics(s).width(text, s.size);
        let x = match s.align {
            Align::Left => x,
            Align::Center => x + (w - tw) / 2.0,
            Align::Right => x + w - tw,
        };
        self.text_at(x, top, text, s);
    }

    /// Wrapped text flowing across pages, in the column `[x, x + w]`.
    fn flow(&mut self, x: f32, w: f32, text: &str, s: &Style) {
        for line in wrap(self.metrics(s), text, s.size, w) {
            self.ensure(s.line_height());
            let top = self.y;
            self.line_in(x, w, top, &line, s);
            self.y += s.line_height();
        }
        self.y += s.space_after;
    }

    /// The height a bulleted list takes, as [`Block::Bullets`] lays it out.
    fn bullets_height(&self, items: &[String], s: &Style) -> f32 {
        let lines: usize = items
            .iter()
            .map(|i| wrap(self.metrics(s), i, s.size, CONTENT_W - BULLET_INDENT).len())
            .sum();
        lines as f32 * s.line_height()
            + items.len() as f32 * s.space_after / 2.0
            + s.space_after / 2.0
    }

    fn block(&mut self, block: &Block, next: Option<&Block>) -> Result<(), PdfError> {
        match block {
            Block::Title(t) => {
                let s = Style::body()
                    .bold()
                    .size(22.0)
                    .colour(Colour::ACCENT)
                    .space_after(4.0);
                self.flow(MARGIN_X, CONTENT_W, t, &s.leading(1.25));
                let y = self.y;
                self.ops.extend(rule_ops(
                    MARGIN_X,
                    PAGE_W - MARGIN_X,
                    y,
                    1.5,
                    Colour::ACCENT,
                ));
                self.y += 14.0;
            }
            Block::Heading(t) => {
                let s = Style::body()
                    .bold()
                    .size(13.5)
                    .colour(Colour::ACCENT)
                    .space_after(3.0);
                let lines = wrap(self.metrics(&s), t, s.size, CONTENT_W).len() as f32;
                // Keep the heading with at least two lines of what follows.
                let follow = match next {
                    Some(Block::Table(_)) => 60.0,
                    // A short list goes with its heading, whole.
                    Some(Block::Bullets(items, s)) => match self.bullets_height(items, s) {
                        h if h <= KEEP_LIST_WHOLE => h,
                        _ => 2.0 * Style::body().line_height(),
                    },
                    Some(Block::Card(_) | Block::Visual(..)) => 0.0,
                    Some(Block::Figures(_)) => 70.0,
                    Some(Block::Chart(c)) => c.keep_height(),
                    Some(_) => 2.0 * Style::body().line_height(),
                    None => 0.0,
                };
                if !self.at_top() {
                    self.y += 5.0;
                }
                self.ensure(lines * s.line_height() + s.space_after + follow);
                self.flow(MARGIN_X, CONTENT_W, t, &s);
            }
            Block::Text(t, s) => self.flow(MARGIN_X, CONTENT_W, t, s),
            Block::Bullets(items, s) => {
                // A short list is not split across pages (a last item alone on a page reads
                // as an afterthought).
                let whole = self.bullets_height(items, s);
                if whole <= KEEP_LIST_WHOLE {
                    self.ensure(whole);
                }
                for item in items {
                    let lines = wrap(self.metrics(s), item, s.size, CONTENT_W - BULLET_INDENT);
                    for (i, line) in lines.iter().enumerate() {
                        self.ensure(s.line_height());
                        let top = self.y;
                        if i == 0 {
                            self.text_at(MARGIN_X + 3.0, top, "•", s);
                        }
                        self.text_at(MARGIN_X + BULLET_INDENT, top, line, s);
                        self.y += s.line_height();
                    }
                    self.y += s.space_after / 2.0;
                }
                self.y += s.space_after / 2.0;
            }
            Block::KeyValue(k, v) => {
                let ks = Style::body().bold().space_after(2.0);
                let vs = Style::body().space_after(2.0);
                let kl = wrap(self.metrics(&ks), k, ks.size, KEY_COLUMN - 8.0);
                let vl = wrap(self.metrics(&vs), v, vs.size, CONTENT_W - KEY_COLUMN);
                let n = kl.len().max(vl.len());
                self.ensure(n as f32 * vs.line_height());
                let top = self.y;
                for (i, l) in kl.iter().enumerate() {
                    self.text_at(MARGIN_X, top + i as f32 * ks.line_height(), l, &ks);
                }
                for (i, l) in vl.iter().enumerate() {
                    self.text_at(
                        MARGIN_X + KEY_COLUMN,
                        top + i as f32 * vs.line_height(),
                        l,
                        &vs,
                    );
                }
                self.y = top + n as f32 * vs.line_height() + vs.space_after;
            }
            Block::Table(t) => self.table(t)?,
            Block::Visual(v, align) => {
                let (w, h) = v.size_pt();
                self.ensure(h);
                let x = match align {
                    Align::Left => MARGIN_X,
                    Align::Center => MARGIN_X + (CONTENT_W - w) / 2.0,
                    Align::Right => PAGE_W - MARGIN_X - w,
                };
                let top = self.y;
                self.visual(v, x, top)?;
                self.y += h + 8.0;
            }
            Block::Card(c) => self.card(c)?,
            Block::Chart(c) => self.chart(c),
            Block::Figures(f) => self.figures(f),
            Block::Spacer(h) => {
                if !self.at_top() {
                    self.y = (self.y + h).min(BOTTOM);
                }
            }
            Block::Rule => {
                self.ensure(10.0);
                let y = self.y + 4.0;
                self.ops
                    .extend(rule_ops(MARGIN_X, PAGE_W - MARGIN_X, y, 0.5, Colour::RULE));
                self.y += 10.0;
            }
            Block::PageBreak => {
                if !self.at_top() {
                    self.new_page();
                }
            }
        }
        Ok(())
    }

    fn visual(&mut self, v: &Visual, x: f32, top: f32) -> Result<(), PdfError> {
        match v {
            Visual::Image { image, .. } => {
                image.check()?;
                let (w, h) = v.size_pt();
                let raw = RawImage {
                    pixels: RawImageData::U8(image.pixels.clone()),
                    width: image.width,
                    height: image.height,
                    data_format: if image.rgb {
                        RawImageFormat::RGB8
                    } else {
                        RawImageFormat::R8
                    },
                    tag: Vec::new(),
                };
                let id = self.pdf.add_image(&raw);
                let dpi = image.width as f32 / (w / 72.0);
                let _ = h;
                self.ops.push(Op::UseXobject {
                    id,
                    transform: XObjectTransform {
                        translate_x: Some(Pt(x)),
                        translate_y: Some(Pt(PAGE_H - top - h)),
                        dpi: Some(dpi),
                        ..Default::default()
                    },
                });
            }
            Visual::QrCode { data, size_mm } => {
                let code = qrcode::QrCode::with_error_correction_level(
                    data.as_bytes(),
                    qrcode::EcLevel::M,
                )
                .map_err(|e| PdfError::QrCode(e.to_string()))?;
                let n = code.width();
                let colours = code.to_colors();
                // Four modules of quiet zone on each side, inside the given size.
                let module = mm(*size_mm) / (n + 8) as f32;
                let (ox, oy) = (x + 4.0 * module, top + 4.0 * module);
                self.ops.push(Op::SetFillColor {
                    col: Colour(0, 0, 0).pdf(),
                });
                for row in 0..n {
                    let mut col = 0;
                    while col < n {
                        if colours[row * n + col] != qrcode::Color::Dark {
                            col += 1;
                            continue;
                        }
                        let start = col;
                        while col < n && colours[row * n + col] == qrcode::Color::Dark {
                            col += 1;
                        }
                        // Runs of dark modules as one rectangle; a hair of overlap avoids
                        // white seams between rows in some viewers.
                        let mut r = Rect::from_xywh(
                            Pt(ox + start as f32 * module),
                            Pt(PAGE_H - (oy + (row + 1) as f32 * module) - 0.05),
                            Pt((col - start) as f32 * module),
                            Pt(module + 0.1),
                        );
                        r.mode = Some(PaintMode::Fill);
                        self.ops.push(Op::DrawRectangle { rectangle: r });
                    }
                }
            }
        }
        Ok(())
    }

    fn card(&mut self, c: &Card) -> Result<(), PdfError> {
        let title_s = Style::body().bold().size(13.5).colour(Colour::ACCENT);
        let caption_s = Style::small().align(Align::Center);
        let inner_w = CONTENT_W - 2.0 * CARD_PAD;
        let (vw, vh) = c.visual.as_ref().map(|v| v.size_pt()).unwrap_or((0.0, 0.0));
        let gap = if c.visual.is_some() { 16.0 } else { 0.0 };
        let text_w = inner_w - vw - gap;
        if text_w < 60.0 {
            return Err(PdfError::Layout("card visual too wide for its text".into()));
        }
        let caption_lines = c
            .caption
            .as_ref()
            .map(|t| wrap(self.metrics(&caption_s), t, caption_s.size, vw.max(60.0)))
            .unwrap_or_default();
        let left_h = vh + caption_lines.len() as f32 * caption_s.line_height();
        let wrapped: Vec<(Vec<String>, Style)> = c
            .lines
            .iter()
            .map(|(t, s)| (wrap(self.metrics(s), t, s.size, text_w), *s))
            .collect();
        let right_h: f32 = wrapped
            .iter()
            .map(|(l, s)| l.len() as f32 * s.line_height() + s.space_after)
            .sum();
        let title_h = if c.title.is_some() {
            title_s.line_height() + 6.0
        } else {
            0.0
        };
        let h = 2.0 * CARD_PAD + title_h + left_h.max(right_h);
        if h > BOTTOM - MARGIN_TOP {
            return Err(PdfError::Layout("card taller than a page".into()));
        }
        self.ensure(h);
        let top = self.y;
        let frame = rect_ops(
            MARGIN_X,
            top,
            CONTENT_W,
            h,
            None,
            Some((1.5, Colour::ACCENT)),
        );
        self.ops.extend(frame);
        let mut y = top + CARD_PAD;
        if let Some(t) = &c.title {
            self.text_at(MARGIN_X + CARD_PAD, y, t, &title_s);
            y += title_h;
        }
        let x0 = MARGIN_X + CARD_PAD;
        if let Some(v) = &c.visual {
            self.visual(v, x0, y)?;
            let mut cy = y + vh;
            for l in &caption_lines {
                self.line_in(x0, vw, cy, l, &caption_s);
                cy += caption_s.line_height();
            }
        }
        // Text column centred vertically against the visual when shorter.
        let mut ty = y + ((left_h - right_h) / 2.0).max(0.0);
        let tx = x0 + vw + gap;
        for (lines, s) in &wrapped {
            for l in lines {
                self.line_in(tx, text_w, ty, l, s);
                ty += s.line_height();
            }
            ty += s.space_after;
        }
        self.y = top + h + 12.0;
        Ok(())
    }

    fn table(&mut self, t: &Table) -> Result<(), PdfError> {
        let ncol = t.columns.len();
        if ncol == 0 {
            return Err(PdfError::Layout("table without columns".into()));
        }
        if let Some(bad) = t.rows.iter().position(|r| r.len() != ncol) {
            return Err(PdfError::Layout(format!(
                "table row {bad} has {} cells for {ncol} columns",
                t.rows[bad].len()
            )));
        }
        let total: f32 = t.columns.iter().map(|c| c.weight.max(0.0)).sum();
        if total <= 0.0 {
            return Err(PdfError::Layout("table columns without width".into()));
        }
        let widths: Vec<f32> = t
            .columns
            .iter()
            .map(|c| CONTENT_W * c.weight.max(0.0) / total)
            .collect();
        let head_s = Style::body().bold().size(9.5).leading(1.3);
        let cell_s = Style::body().size(9.5).leading(1.3);
        let layout_row = |l: &Self, cells: &[String], s: &Style| -> (Vec<Vec<String>>, f32) {
            let wrapped: Vec<Vec<String>> = cells
                .iter()
                .zip(&widths)
                .map(|(c, w)| wrap(l.metrics(s), c, s.size, w - 2.0 * CELL_PAD_X))
                .collect();
            let n = wrapped.iter().map(Vec::len).max().unwrap_or(1).max(1);
            (wrapped, n as f32 * s.line_height() + 2.0 * CELL_PAD_Y)
        };
        let headers: Vec<String> = t.columns.iter().map(|c| c.header.clone()).collect();
        let (head_lines, head_h) = layout_row(self, &headers, &head_s);
        let draw_header = |l: &mut Self| {
            let top = l.y;
            l.ops.extend(rect_ops(
                MARGIN_X,
                top,
                CONTENT_W,
                head_h,
                Some(Colour::LIGHT),
                None,
            ));
            l.draw_cells(&head_lines, &widths, &t.columns, top, &head_s);
            let y = top + head_h;
            l.ops
                .extend(rule_ops(MARGIN_X, PAGE_W - MARGIN_X, y, 0.8, Colour::GREY));
            l.y = y;
        };
        let first_h = t
            .rows
            .first()
            .map(|r| layout_row(self, r, &cell_s).1)
            .unwrap_or(0.0);
        self.ensure(head_h + first_h);
        draw_header(self);
        for (i, row) in t.rows.iter().enumerate() {
            let (lines, h) = layout_row(self, row, &cell_s);
            if head_h + h > BOTTOM - MARGIN_TOP {
                return Err(PdfError::Layout(format!(
                    "table row {i} is taller than a page"
                )));
            }
            if self.y + h > BOTTOM {
                self.new_page();
                draw_header(self);
            }
            let top = self.y;
            if i % 2 == 1 {
                self.ops.extend(rect_ops(
                    MARGIN_X,
                    top,
                    CONTENT_W,
                    h,
                    Some(Colour(0xf5, 0xf6, 0xf8)),
                    None,
                ));
            }
            self.draw_cells(&lines, &widths, &t.columns, top, &cell_s);
            self.y = top + h;
        }
        let y = self.y;
        self.ops
            .extend(rule_ops(MARGIN_X, PAGE_W - MARGIN_X, y, 0.5, Colour::RULE));
        self.y += 12.0;
        Ok(())
    }

    fn draw_cells(
        &mut self,
        cells: &[Vec<String>],
        widths: &[f32],
        cols: &[Column],
        top: f32,
        s: &Style,
    ) {
        let mut x = MARGIN_X;
        for ((lines, w), col) in cells.iter().zip(widths).zip(cols) {
            let cs = s.align(col.align);
            for (i, l) in lines.iter().enumerate() {
                let ly = top + CELL_PAD_Y + i as f32 * s.line_height();
                self.line_in(x + CELL_PAD_X, w - 2.0 * CELL_PAD_X, ly, l, &cs);
            }
            x += w;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wrap_fills_lines_without_exceeding_the_measured_width() {
        let m = &fonts().unwrap()[Face::Regular.index()];
        let text = "Prévenez tout de suite un coordinateur. Il imprime une nouvelle feuille avec \
                    Passerelle. L’ancienne clé ne marchera plus, même si elle est retrouvée.";
        let max = 200.0;
        let lines = wrap(m, text, 11.5, max);
        assert!(lines.len() >= 3, "{lines:?}");
        for (i, l) in lines.iter().enumerate() {
            assert!(m.width(l, 11.5) <= max, "line too wide: {l}");
            // Greedy: the next line's first word would not have fitted.
            if let Some(next) = lines.get(i + 1) {
                let first = next.split(' ').next().unwrap();
                assert!(
                    m.width(&format!("{l} {first}"), 11.5) > max,
                    "{l} | {first}"
                );
            }
        }
        let words: Vec<&str> = text.split_whitespace().collect();
        let back: Vec<String> = lines.join(" ").split(' ').map(str::to_owned).collect();
        assert_eq!(back, words);
        // Real metrics, not a character count: "iiii" is narrower than "MMMM".
        assert!(m.width("iiii", 10.0) * 2.0 < m.width("MMMM", 10.0));
    }

    #[test]
    fn no_break_spaces_hold_and_overlong_words_are_cut() {
        let m = &fonts().unwrap()[Face::Regular.index()];
        let max = m.width("aaa 16\u{A0}h\u{A0}0", 11.5);
        let lines = wrap(m, "aaa 16\u{A0}h\u{A0}05", 11.5, max);
        assert_eq!(lines, vec!["aaa", "16\u{A0}h\u{A0}05"]);
        let long = "x".repeat(200);
        let lines = wrap(m, &long, 11.5, 100.0);
        assert!(lines.len() > 1 && lines.iter().all(|l| m.width(l, 11.5) <= 100.0));
        assert_eq!(lines.concat(), long);
    }

    #[test]
    fn right_to_left_languages_print_in_french_for_now() {
        assert_eq!(print_language("ar"), "fr");
        assert_eq!(print_language("en"), "en");
        assert_eq!(print_language("xx"), "fr");
    }
}
