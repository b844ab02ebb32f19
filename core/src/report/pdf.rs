//! The printed report: a cover (structure, period, filters, generation date, journal head),
//! the key figures, the monthly chart and the themes chart, then one table per breakdown.
//! French or English; right-to-left languages print in French until text shaping lands
//! ([`print_language`]): the HTML report is their way to read it.

use super::{Model, ReportContext, Section};
use crate::pdf::{
    print_language, Align, Chart, ChartBar, Colour, Document, DocumentMeta, KeyFigure, PdfError,
    Style, Table,
};
use passerelle_api::stats::Statistics;
use passerelle_locales::fluent_id;

fn table(m: &Model, s: &Section) -> Table {
    let compare = s.previous_total.is_some();
    let mut cols = vec![
        (s.title.clone(), 5.0),
        (m.tr(fluent_id!("report-col-count")), 1.5),
        (m.tr(fluent_id!("report-col-share")), 1.5),
    ];
    if compare {
        cols.push((m.tr(fluent_id!("report-col-previous")), 1.9));
    }
    let mut t = Table::new(cols)
        .align(1, Align::Right)
        .align(2, Align::Right)
        .align(3, Align::Right);
    for r in &s.rows {
        let mut cells = vec![r.label.clone(), r.count_text.clone(), r.share_text.clone()];
        if let Some((_, _, p)) = &r.previous {
            cells.push(p.clone());
        } else if compare {
            cells.push(String::new());
        }
        t.push_row(cells);
    }
    let mut total = vec![
        m.tr(fluent_id!("report-total")),
        s.total_text.clone(),
        if s.total > 0 {
            super::format_share(1000, m.lang)
        } else {
            String::new()
        },
    ];
    if let Some(p) = &s.previous_total {
        total.push(p.clone());
    }
    t.push_row(total);
    t
}

/// Renders the report as an A4 PDF.
pub fn render_pdf(
    stats: &Statistics,
    previous: Option<&Statistics>,
    ctx: &ReportContext,
) -> Result<Vec<u8>, PdfError> {
    let lang = print_language(&ctx.lang);
    let m = Model::new(stats, previous, ctx, lang);
    let meta = DocumentMeta::new(m.title.clone(), lang, ctx.generated_at)
        .with_subject(m.tr(fluent_id!("report-subject")))
        .with_author(m.structure.as_str())
        .with_footer(m.footer.clone());
    let mut doc = Document::new(meta)
        .title(m.title.clone())
        .styled(
            m.structure.clone(),
            Style::body().bold().size(17.0).space_after(2.0),
        )
        .styled(
            m.period.clone(),
            Style::body()
                .size(13.5)
                .colour(Colour::ACCENT)
                .space_after(12.0),
        );
    if let Some(p) = &m.previous_period {
        doc = doc.key_value(m.tr(fluent_id!("report-previous-label")), p.clone());
    }
    let filters = if m.filters.is_empty() {
        m.tr(fluent_id!("report-filters-none"))
    } else {
        m.filters
            .iter()
            .map(|(k, v)| format!("{k}\u{A0}: {v}"))
            .collect::<Vec<_>>()
            .join("\n")
    };
    doc = doc.key_value(m.tr(fluent_id!("report-filters-label")), filters);
    if let Some(masking) = &m.masking {
        doc = doc.key_value(m.tr(fluent_id!("report-masking-label")), masking.clone());
    }
    doc = doc
        .key_value(
            m.tr(fluent_id!("report-generated-label")),
            m.generated.clone(),
        )
        .key_value(m.tr(fluent_id!("report-journal-label")), m.journal.clone())
        .spacer(4.0);

    if m.empty {
        doc = doc.rule().spacer(2.0);
        for line in m.empty_text() {
            doc = doc.styled(line, Style::body().size(13.0).space_after(8.0));
        }
        return doc.render();
    }

    doc = doc
        .heading(m.tr(fluent_id!("report-key-figures")))
        .key_figures(
            m.figures
                .iter()
                .map(|f| KeyFigure {
                    value: f.text.clone(),
                    label: f.label.clone(),
                    note: f.previous.clone(),
                })
                .collect(),
        )
        .styled(m.tr(fluent_id!("report-definitions")), Style::small())
        .page_break();

    if let Some(months) = m.section("per_month") {
        let multi_year = months
            .rows
            .first()
            .zip(months.rows.last())
            .is_some_and(|(a, b)| a.key[..4] != b.key[..4]);
        let bars = months
            .rows
            .iter()
            .enumerate()
            .map(|(i, r)| {
                let (short, year) = r.short.clone().unwrap_or_default();
                let bar = ChartBar::new(short, r.count, r.count_text.clone()).hidden(r.masked);
                // The year under the first month, and under each January when the period
                // spans years.
                if i == 0 || (multi_year && r.key.ends_with("-01")) {
                    bar.sublabel(year)
                } else {
                    bar
                }
            })
            .collect();
        doc = doc
            .heading(m.tr(fluent_id!("report-chart-months")))
            .chart(Chart::columns(bars, m.lang));
        if let Some(s) = m.months_summary() {
            doc = doc.styled(s, Style::small().size(9.5));
        }
    }
    let (themes, summary) = m.theme_bars();
    if !themes.is_empty() {
        let bars = themes
            .iter()
            .map(|r| {
                let text = if r.masked {
                    r.count_text.clone()
                } else {
                    format!("{} ({})", r.count_text, r.share_text)
                };
                ChartBar::new(r.label.clone(), r.count, text).hidden(r.masked)
            })
            .collect();
        doc = doc
            .spacer(4.0)
            .heading(m.tr(fluent_id!("report-chart-themes")))
            .chart(Chart::bars(bars, m.lang));
        if let Some(s) = summary {
            doc = doc.styled(s, Style::small().size(9.5));
        }
    }
    if m.any_masked() {
        doc = doc.styled(m.tr(fluent_id!("report-chart-masked")), Style::small());
    }

    doc = doc.page_break();
    for s in &m.sections {
        doc = doc.heading(s.title.clone());
        if s.rows.is_empty() {
            doc = doc.styled(
                m.tr(fluent_id!("report-dimension-none")),
                Style::body().colour(Colour::GREY),
            );
            continue;
        }
        doc = doc
            .table(table(&m, s))
            .styled(s.unit.clone(), Style::small().space_after(8.0));
    }
    doc.render()
}
