//! The report's figures as spreadsheets: an XLSX workbook (a summary sheet, then one sheet per
//! breakdown; counts as numbers, shares as numbers formatted "0.0 %") and a CSV file (the same
//! tables one after another; UTF-8 with a byte-order mark, `;`, CRLF, cells guarded against
//! formulas as the other CSV exports are). A masked count is the text « < 5 » and its share is
//! left empty in both.

use super::{format_share, Model, ReportContext, Section};
use crate::store::journal_csv;
use crate::store::StoreError;
use passerelle_api::stats::Statistics;
use passerelle_locales::fluent_id;
use rust_xlsxwriter::{Format, Workbook, Worksheet, XlsxError};

fn xlsx(e: XlsxError) -> StoreError {
    StoreError::Internal(format!("xlsx: {e}"))
}

/// The context lines every file starts with: (label, value).
fn context(m: &Model) -> Vec<(String, String)> {
    let mut out = vec![
        (m.tr(fluent_id!("report-structure")), m.structure.clone()),
        (m.tr(fluent_id!("report-period-label")), m.period.clone()),
    ];
    if let Some(p) = &m.previous_period {
        out.push((m.tr(fluent_id!("report-previous-label")), p.clone()));
    }
    if m.filters.is_empty() {
        out.push((
            m.tr(fluent_id!("report-filters-label")),
            m.tr(fluent_id!("report-filters-none")),
        ));
    } else {
        out.extend(m.filters.iter().cloned());
    }
    if let Some(masking) = &m.masking {
        out.push((m.tr(fluent_id!("report-masking-label")), masking.clone()));
    }
    out.push((
        m.tr(fluent_id!("report-generated-label")),
        m.generated.clone(),
    ));
    out.push((m.tr(fluent_id!("report-journal-label")), m.journal.clone()));
    out
}

fn header(m: &Model, s: &Section) -> Vec<String> {
    let mut h = vec![
        m.tr(fluent_id!("report-label-column")),
        m.tr(fluent_id!("report-col-count")),
        m.tr(fluent_id!("report-col-share")),
    ];
    if s.previous_total.is_some() {
        h.push(m.tr(fluent_id!("report-col-previous")));
    }
    h.push(m.tr(fluent_id!("report-key-column")));
    h
}

/// A sheet name Excel accepts (31 characters, none of `[]:*?/\`), unique in `taken`.
fn sheet_name(title: &str, taken: &mut Vec<String>) -> String {
    let clean: String = title
        .chars()
        .map(|c| if "[]:*?/\\".contains(c) { '-' } else { c })
        .collect();
    let base: String = clean.trim().chars().take(31).collect();
    let mut name = base.trim_end().to_owned();
    let mut n = 2;
    while taken.iter().any(|t| t.eq_ignore_ascii_case(&name)) {
        let suffix = format!(" ({n})");
        let keep = 31 - suffix.chars().count();
        name = format!(
            "{}{suffix}",
            base.chars().take(keep).collect::<String>().trim_end()
        );
        n += 1;
    }
    taken.push(name.clone());
    name
}

struct Formats {
    title: Format,
    bold: Format,
    note: Format,
    share: Format,
    share_bold: Format,
    int_bold: Format,
}

fn write_count(
    ws: &mut Worksheet,
    row: u32,
    col: u16,
    count: u64,
    masked: bool,
    text: &str,
    bold: Option<&Format>,
) -> Result<(), XlsxError> {
    match (masked, bold) {
        (true, _) => ws.write_string(row, col, text).map(|_| ()),
        (false, Some(f)) => ws
            .write_number_with_format(row, col, count as f64, f)
            .map(|_| ()),
        (false, None) => ws.write_number(row, col, count as f64).map(|_| ()),
    }
}

fn section_sheet(ws: &mut Worksheet, m: &Model, s: &Section, f: &Formats) -> Result<(), XlsxError> {
    ws.write_string_with_format(0, 0, &s.title, &f.title)?;
    ws.write_string_with_format(1, 0, &s.unit, &f.note)?;
    ws.set_column_width(0, 46)?;
    ws.set_column_width(1, 12)?;
    ws.set_column_width(2, 10)?;
    ws.set_column_width(3, 18)?;
    ws.set_column_width(4, 24)?;
    if s.rows.is_empty() {
        ws.write_string(3, 0, m.tr(fluent_id!("report-dimension-none")))?;
        return Ok(());
    }
    let head = header(m, s);
    for (c, h) in head.iter().enumerate() {
        ws.write_string_with_format(3, c as u16, h, &f.bold)?;
    }
    let compare = s.previous_total.is_some();
    let code_col = if compare { 4 } else { 3 };
    let mut r = 4;
    for row in &s.rows {
        ws.write_string(r, 0, &row.label)?;
        write_count(ws, r, 1, row.count, row.masked, &row.count_text, None)?;
        if !row.masked {
            ws.write_number_with_format(r, 2, f64::from(row.per_mille) / 1000.0, &f.share)?;
        }
        if let Some((n, masked, text)) = &row.previous {
            write_count(ws, r, 3, *n, *masked, text, None)?;
        }
        ws.write_string(r, code_col, &row.key)?;
        r += 1;
    }
    ws.write_string_with_format(r, 0, m.tr(fluent_id!("report-total")), &f.bold)?;
    ws.write_number_with_format(r, 1, s.total as f64, &f.int_bold)?;
    if s.total > 0 {
        ws.write_number_with_format(r, 2, 1.0, &f.share_bold)?;
    }
    if let (true, Some(prev)) = (compare, previous_total(s)) {
        ws.write_number_with_format(r, 3, prev as f64, &f.int_bold)?;
    }
    Ok(())
}

/// The previous period's total of a section (the sum of its previous counts).
fn previous_total(s: &Section) -> Option<u64> {
    s.previous_total.as_ref()?;
    Some(
        s.rows
            .iter()
            .filter_map(|r| r.previous.as_ref())
            .map(|p| p.0)
            .sum(),
    )
}

/// Renders the report as an XLSX workbook.
pub fn render_xlsx(
    stats: &Statistics,
    previous: Option<&Statistics>,
    ctx: &ReportContext,
) -> Result<Vec<u8>, StoreError> {
    let m = Model::new(stats, previous, ctx, &ctx.lang);
    let f = Formats {
        title: Format::new().set_bold().set_font_size(14),
        bold: Format::new().set_bold(),
        note: Format::new().set_italic().set_font_color(0x4f5660),
        share: Format::new().set_num_format("0.0%"),
        share_bold: Format::new().set_num_format("0.0%").set_bold(),
        int_bold: Format::new().set_bold(),
    };
    let mut wb = Workbook::new();
    let mut taken = Vec::new();
    {
        let ws = wb.add_worksheet();
        ws.set_name(sheet_name(
            &m.tr(fluent_id!("report-sheet-summary")),
            &mut taken,
        ))
        .map_err(xlsx)?;
        if m.rtl {
            ws.set_right_to_left(true);
        }
        ws.set_column_width(0, 46).map_err(xlsx)?;
        ws.set_column_width(1, 60).map_err(xlsx)?;
        ws.set_column_width(2, 34).map_err(xlsx)?;
        ws.write_string_with_format(0, 0, &m.title, &f.title)
            .map_err(xlsx)?;
        let mut r = 2;
        for (k, v) in context(&m) {
            ws.write_string_with_format(r, 0, &k, &f.bold)
                .map_err(xlsx)?;
            ws.write_string(r, 1, &v).map_err(xlsx)?;
            r += 1;
        }
        r += 1;
        if m.empty {
            for line in m.empty_text() {
                ws.write_string_with_format(r, 0, &line, &f.bold)
                    .map_err(xlsx)?;
                r += 1;
            }
        } else {
            ws.write_string_with_format(r, 0, m.tr(fluent_id!("report-key-figures")), &f.title)
                .map_err(xlsx)?;
            r += 1;
            for fig in &m.figures {
                ws.write_string(r, 0, &fig.label).map_err(xlsx)?;
                ws.write_number(r, 1, fig.value as f64).map_err(xlsx)?;
                if let Some(p) = &fig.previous {
                    ws.write_string_with_format(r, 2, p, &f.note)
                        .map_err(xlsx)?;
                }
                r += 1;
            }
            ws.write_string_with_format(r + 1, 0, m.tr(fluent_id!("report-definitions")), &f.note)
                .map_err(xlsx)?;
        }
    }
    if !m.empty {
        for s in &m.sections {
            let ws = wb.add_worksheet();
            ws.set_name(sheet_name(&s.title, &mut taken))
                .map_err(xlsx)?;
            if m.rtl {
                ws.set_right_to_left(true);
            }
            section_sheet(ws, &m, s, &f).map_err(xlsx)?;
        }
    }
    wb.save_to_buffer().map_err(xlsx)
}

fn push(out: &mut String, cells: &[&str]) {
    let line: Vec<String> = cells.iter().map(|c| journal_csv::cell(c)).collect();
    out.push_str(&line.join(&journal_csv::SEPARATOR.to_string()));
    out.push_str("\r\n");
}

/// Renders the report as one CSV file: the context, the key figures, then every breakdown.
pub fn render_csv(
    stats: &Statistics,
    previous: Option<&Statistics>,
    ctx: &ReportContext,
) -> String {
    let m = Model::new(stats, previous, ctx, &ctx.lang);
    let mut o = String::from("\u{feff}");
    push(&mut o, &[&m.title]);
    for (k, v) in context(&m) {
        push(&mut o, &[&k, &v]);
    }
    push(&mut o, &[]);
    if m.empty {
        for line in m.empty_text() {
            push(&mut o, &[&line]);
        }
        return o;
    }
    push(&mut o, &[&m.tr(fluent_id!("report-key-figures"))]);
    for f in &m.figures {
        let mut cells = vec![f.label.clone(), f.text.clone()];
        cells.extend(f.previous.clone());
        let refs: Vec<&str> = cells.iter().map(String::as_str).collect();
        push(&mut o, &refs);
    }
    for s in &m.sections {
        push(&mut o, &[]);
        push(&mut o, &[&s.title]);
        push(&mut o, &[&s.unit]);
        if s.rows.is_empty() {
            push(&mut o, &[&m.tr(fluent_id!("report-dimension-none"))]);
            continue;
        }
        let head = header(&m, s);
        let refs: Vec<&str> = head.iter().map(String::as_str).collect();
        push(&mut o, &refs);
        let compare = s.previous_total.is_some();
        for r in &s.rows {
            let mut cells = vec![r.label.as_str(), &r.count_text, &r.share_text];
            if compare {
                cells.push(r.previous.as_ref().map_or("", |p| p.2.as_str()));
            }
            cells.push(&r.key);
            push(&mut o, &cells);
        }
        let all = if s.total > 0 {
            format_share(1000, m.lang)
        } else {
            String::new()
        };
        let total = m.tr(fluent_id!("report-total"));
        let mut cells = vec![total.as_str(), &s.total_text, &all];
        if let Some(p) = &s.previous_total {
            cells.push(p);
        }
        push(&mut o, &cells);
    }
    o
}
