//! Charts and key-figure panels for reports, drawn as vector rectangles, lines and text (crisp at
//! any printer resolution, text selectable and extractable):
//!
//! - [`ChartKind::Columns`]: vertical bars (months), a value axis with round ticks and light
//!   grid lines, each bar's value above it, its label (and an optional second line, the year)
//!   below;
//! - [`ChartKind::Bars`]: horizontal bars (themes), the label on the left (wrapped), the bar,
//!   then its value text;
//! - [`KeyFigure`] panels: a large figure over its label, three to a row.
//!
//! A bar marked `hidden` (a masked small count) is not drawn: its length would give the count
//! away. Its value text ("< 5") is shown in its place.

use super::{rect_ops, rule_ops, wrap, Align, Colour, Layout, Style, CONTENT_W, MARGIN_X, PAGE_H};
use printpdf::{Line, LinePoint, Op, Point, Pt};

/// One bar of a chart.
#[derive(Debug, Clone, PartialEq)]
pub struct ChartBar {
    pub label: String,
    /// A second, smaller line under a column's label (e.g. the year under the first month).
    pub sublabel: Option<String>,
    pub value: u64,
    /// The value as printed ("1 204", "12 (33,3 %)", "< 5").
    pub value_text: String,
    /// Not drawn (a masked count); only `value_text` shows.
    pub hidden: bool,
}

impl ChartBar {
    pub fn new(label: impl Into<String>, value: u64, value_text: impl Into<String>) -> Self {
        Self {
            label: label.into(),
            sublabel: None,
            value,
            value_text: value_text.into(),
            hidden: false,
        }
    }

    pub fn sublabel(mut self, s: impl Into<String>) -> Self {
        self.sublabel = Some(s.into());
        self
    }

    pub fn hidden(mut self, hidden: bool) -> Self {
        self.hidden = hidden;
        self
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ChartKind {
    /// Vertical bars over a value axis.
    Columns,
    /// Horizontal bars, one labelled row each.
    Bars,
}

/// A bar chart, as wide as the text column.
#[derive(Debug, Clone, PartialEq)]
pub struct Chart {
    pub kind: ChartKind,
    pub bars: Vec<ChartBar>,
    /// Height of a [`ChartKind::Columns`] chart, in millimetres (bars size themselves).
    pub height_mm: f32,
    /// Language of the axis figures' digit grouping.
    pub lang: String,
}

impl Chart {
    pub fn columns(bars: Vec<ChartBar>, lang: &str) -> Self {
        Self {
            kind: ChartKind::Columns,
            bars,
            height_mm: 62.0,
            lang: lang.to_owned(),
        }
    }

    pub fn bars(bars: Vec<ChartBar>, lang: &str) -> Self {
        Self {
            kind: ChartKind::Bars,
            bars,
            height_mm: 0.0,
            lang: lang.to_owned(),
        }
    }
}

/// A large figure over its label, with an optional note under it (e.g. the previous period).
#[derive(Debug, Clone, PartialEq)]
pub struct KeyFigure {
    pub value: String,
    pub label: String,
    pub note: Option<String>,
}

const AXIS_S: Style = Style::small().size(7.5);
const VALUE_S: Style = Style::small().size(7.5).colour(Colour::BLACK);
const BAR_LABEL_S: Style = Style::body().size(9.0).leading(1.25);
const BAR: Colour = Colour(0x2b, 0x5c, 0x9e);
const GRID: Colour = Colour(0xdd, 0xe1, 0xe6);
const FIGURES_PER_ROW: usize = 3;
const FIGURE_GAP: f32 = 10.0;
const FIGURE_PAD: f32 = 9.0;

/// A round step for about `parts` grid intervals up to `max`: 1, 2 or 5 times a power of ten.
pub(crate) fn nice_step(max: u64, parts: u64) -> u64 {
    let raw = (max / parts.max(1)).max(1);
    let mut pow = 1u64;
    while pow.saturating_mul(10) <= raw {
        pow *= 10;
    }
    for m in [1, 2, 5, 10] {
        if pow * m >= raw {
            return pow * m;
        }
    }
    pow * 10
}

fn vline(x: f32, top: f32, bottom: f32, thickness: f32, colour: Colour) -> [Op; 3] {
    let p = |y: f32| LinePoint {
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
                points: vec![p(top), p(bottom)],
                is_closed: false,
            },
        },
    ]
}

impl Chart {
    /// The height a columns chart takes on the page (bars charts: one row's worth, the rest
    /// flows).
    pub(super) fn keep_height(&self) -> f32 {
        match self.kind {
            ChartKind::Columns => super::mm(self.height_mm) + 8.0,
            ChartKind::Bars => 3.0 * 18.0,
        }
    }
}

impl Layout<'_> {
    pub(super) fn chart(&mut self, c: &Chart) {
        if c.bars.is_empty() {
            return;
        }
        match c.kind {
            ChartKind::Columns => self.columns(c),
            ChartKind::Bars => self.hbars(c),
        }
    }

    fn columns(&mut self, c: &Chart) {
        let h = super::mm(c.height_mm);
        self.ensure(h + 8.0);
        let top = self.y;
        let max = c
            .bars
            .iter()
            .filter(|b| !b.hidden)
            .map(|b| b.value)
            .max()
            .unwrap_or(0)
            .max(1);
        let step = nice_step(max, 4);
        let y_max = max.div_ceil(step) * step;
        let ticks: Vec<u64> = (0..=y_max / step).map(|i| i * step).collect();
        let tick_texts: Vec<String> = ticks
            .iter()
            .map(|v| super::format_integer(*v, &c.lang))
            .collect();
        let axis_w = tick_texts
            .iter()
            .map(|t| self.metrics(&AXIS_S).width(t, AXIS_S.size))
            .fold(0.0, f32::max)
            + 8.0;
        let has_sub = c.bars.iter().any(|b| b.sublabel.is_some());
        let label_h = AXIS_S.line_height() * if has_sub { 2.0 } else { 1.0 } + 4.0;
        let value_room = VALUE_S.line_height() + 2.0;
        let plot_x = MARGIN_X + axis_w;
        let plot_w = CONTENT_W - axis_w;
        let plot_top = top + value_room;
        let plot_bottom = top + h - label_h;
        let plot_h = plot_bottom - plot_top;
        let scale = |v: u64| plot_h * v as f32 / y_max as f32;

        // Grid and value axis.
        for (v, text) in ticks.iter().zip(&tick_texts) {
            let y = plot_bottom - scale(*v);
            if *v > 0 {
                self.ops
                    .extend(rule_ops(plot_x, plot_x + plot_w, y, 0.4, GRID));
            }
            let s = AXIS_S.align(Align::Right);
            let ty = y - s.line_height() / 2.0;
            self.line_in(MARGIN_X, axis_w - 5.0, ty, text, &s);
        }
        let n = c.bars.len();
        let slot = plot_w / n as f32;
        let bar_w = (slot * 0.62).min(42.0);
        // Value labels only when every one fits over its bar.
        let values_fit = c
            .bars
            .iter()
            .all(|b| self.metrics(&VALUE_S).width(&b.value_text, VALUE_S.size) <= slot - 1.0);
        let labels_fit = c
            .bars
            .iter()
            .all(|b| self.metrics(&AXIS_S).width(&b.label, AXIS_S.size) <= slot - 1.0);
        for (i, b) in c.bars.iter().enumerate() {
            let sx = plot_x + i as f32 * slot;
            let bx = sx + (slot - bar_w) / 2.0;
            let bh = if b.hidden { 0.0 } else { scale(b.value) };
            if bh > 0.0 {
                self.ops
                    .extend(rect_ops(bx, plot_bottom - bh, bar_w, bh, Some(BAR), None));
            }
            if values_fit || b.hidden {
                let s = if b.hidden {
                    VALUE_S.colour(Colour::GREY)
                } else {
                    VALUE_S
                }
                .align(Align::Center);
                let ty = plot_bottom - bh - s.line_height() - 1.0;
                self.line_in(sx, slot, ty, &b.value_text, &s);
            }
            // Every label when they fit, else every other one (the table lists them all).
            if labels_fit || i % 2 == 0 {
                let s = AXIS_S.colour(Colour::BLACK).align(Align::Center);
                self.line_in(sx, slot, plot_bottom + 3.0, &b.label, &s);
            }
            if let Some(sub) = &b.sublabel {
                let s = AXIS_S.align(Align::Center);
                self.line_in(sx, slot, plot_bottom + 3.0 + AXIS_S.line_height(), sub, &s);
            }
        }
        self.ops.extend(rule_ops(
            plot_x,
            plot_x + plot_w,
            plot_bottom,
            0.9,
            Colour::GREY,
        ));
        self.ops
            .extend(vline(plot_x, plot_top, plot_bottom, 0.6, Colour::GREY));
        self.y = top + h + 8.0;
    }

    fn hbars(&mut self, c: &Chart) {
        let label_w = CONTENT_W * 0.38;
        let value_w = c
            .bars
            .iter()
            .map(|b| {
                self.metrics(&VALUE_S)
                    .width(&b.value_text, VALUE_S.size + 1.0)
            })
            .fold(0.0, f32::max)
            + 8.0;
        let bar_x = MARGIN_X + label_w + 6.0;
        let bar_room = CONTENT_W - label_w - 6.0 - value_w;
        let max = c
            .bars
            .iter()
            .filter(|b| !b.hidden)
            .map(|b| b.value)
            .max()
            .unwrap_or(0)
            .max(1);
        let value_s = VALUE_S.size(8.5);
        for b in &c.bars {
            let lines = wrap(
                self.metrics(&BAR_LABEL_S),
                &b.label,
                BAR_LABEL_S.size,
                label_w,
            );
            let text_h = lines.len() as f32 * BAR_LABEL_S.line_height();
            let row_h = text_h.max(13.0) + 5.0;
            self.ensure(row_h);
            let top = self.y;
            // The zero line, a segment per row (rows may run onto the next page).
            self.ops
                .extend(vline(bar_x, top, top + row_h, 0.6, Colour::GREY));
            let mid = top + row_h / 2.0;
            let mut ty = mid - text_h / 2.0;
            for l in &lines {
                self.line_in(MARGIN_X, label_w, ty, l, &BAR_LABEL_S);
                ty += BAR_LABEL_S.line_height();
            }
            let len = if b.hidden {
                0.0
            } else {
                bar_room * b.value as f32 / max as f32
            };
            let bh = 11.0;
            if len > 0.0 {
                self.ops
                    .extend(rect_ops(bar_x, mid - bh / 2.0, len, bh, Some(BAR), None));
            }
            let s = if b.hidden {
                value_s.colour(Colour::GREY)
            } else {
                value_s
            };
            let vy = mid - s.line_height() / 2.0;
            self.line_in(bar_x + len + 4.0, value_w, vy, &b.value_text, &s);
            self.y = top + row_h;
        }
        self.y += 8.0;
    }

    pub(super) fn figures(&mut self, figures: &[KeyFigure]) {
        let w = (CONTENT_W - FIGURE_GAP * (FIGURES_PER_ROW as f32 - 1.0)) / FIGURES_PER_ROW as f32;
        let value_s = Style::body()
            .bold()
            .size(20.0)
            .colour(Colour::ACCENT)
            .leading(1.2);
        let label_s = Style::body().size(9.0).leading(1.25);
        let note_s = Style::small().size(8.0).leading(1.25);
        let inner = w - 2.0 * FIGURE_PAD;
        for row in figures.chunks(FIGURES_PER_ROW) {
            let laid: Vec<(Vec<String>, Vec<String>)> = row
                .iter()
                .map(|f| {
                    (
                        wrap(self.metrics(&label_s), &f.label, label_s.size, inner),
                        f.note
                            .as_ref()
                            .map(|n| wrap(self.metrics(&note_s), n, note_s.size, inner))
                            .unwrap_or_default(),
                    )
                })
                .collect();
            let h = laid
                .iter()
                .map(|(l, n)| {
                    value_s.line_height()
                        + l.len() as f32 * label_s.line_height()
                        + n.len() as f32 * note_s.line_height()
                })
                .fold(0.0, f32::max)
                + 2.0 * FIGURE_PAD
                + 2.0;
            self.ensure(h);
            let top = self.y;
            for (i, (f, (label, note))) in row.iter().zip(&laid).enumerate() {
                let x = MARGIN_X + i as f32 * (w + FIGURE_GAP);
                self.ops
                    .extend(rect_ops(x, top, w, h, Some(Colour(0xf1, 0xf4, 0xf8)), None));
                self.ops
                    .extend(rect_ops(x, top, 3.0, h, Some(Colour::ACCENT), None));
                let tx = x + FIGURE_PAD;
                let mut y = top + FIGURE_PAD;
                self.line_in(tx, inner, y, &f.value, &value_s);
                y += value_s.line_height() + 2.0;
                for l in label {
                    self.line_in(tx, inner, y, l, &label_s);
                    y += label_s.line_height();
                }
                for l in note {
                    self.line_in(tx, inner, y, l, &note_s);
                    y += note_s.line_height();
                }
            }
            self.y = top + h + FIGURE_GAP;
        }
        self.y += 4.0;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn steps_are_round_and_cover_the_maximum_in_a_few_parts() {
        assert_eq!(nice_step(1, 4), 1);
        assert_eq!(nice_step(16, 4), 5);
        assert_eq!(nice_step(100, 4), 50);
        assert_eq!(nice_step(7_345, 4), 2_000);
        assert_eq!(nice_step(60_000, 4), 20_000);
        for max in [1, 3, 9, 16, 99, 101, 4_999, 123_456] {
            let step = nice_step(max, 4);
            let parts = max.div_ceil(step);
            assert!(
                (1..=5).contains(&parts),
                "{max}: step {step}, {parts} parts"
            );
            let lead = step / 10u64.pow(step.ilog10());
            assert!([1, 2, 5].contains(&lead), "{step}");
        }
    }
}
