//! The accessible report: one self-contained HTML file (inline CSS, no script, no outside
//! resource), `<html lang dir>` in every shipped language (Arabic right-to-left), headings in
//! order, real tables (`<caption>`, `<th scope>`), and each chart an inline SVG (`role="img"`,
//! a `<title>` and a `<desc>` summary) with its data table right after it. Every text is escaped.

use super::{format_share, Model, ReportContext, Row, Section};
use crate::pdf::format_integer;
use passerelle_api::stats::Statistics;
use passerelle_locales::fluent_id;
use std::fmt::Write;

/// Text and attribute values, escaped.
pub(crate) fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

const CSS: &str = r#"
:root { color-scheme: light; --ink: #1a1a1a; --muted: #4f5660; --accent: #1d3f6e; --bar: #2b5c9e;
  --line: #c9ced6; --band: #f1f4f8; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 60rem; padding: 2rem 1.25rem 4rem; color: var(--ink);
  background: #fff; font: 1rem/1.5 "DejaVu Sans", "Noto Sans", "Noto Sans Arabic", system-ui, sans-serif; }
h1 { color: var(--accent); font-size: 2rem; margin: 0 0 .25rem; border-bottom: 3px solid var(--accent); }
h2 { color: var(--accent); font-size: 1.45rem; margin: 2.5rem 0 .75rem; }
h3 { font-size: 1.15rem; margin: 2rem 0 .5rem; }
.structure { font-size: 1.3rem; font-weight: bold; margin: .75rem 0 0; }
.period { font-size: 1.15rem; color: var(--accent); margin: 0 0 1rem; }
dl.context { display: grid; grid-template-columns: minmax(10rem, max-content) 1fr; gap: .25rem 1rem; }
dl.context dt { font-weight: bold; }
dl.context dd { margin: 0; }
.empty { font-size: 1.2rem; border-inline-start: 4px solid var(--accent); padding: .5rem 1rem; background: var(--band); }
dl.figures { display: grid; grid-template-columns: repeat(auto-fill, minmax(14rem, 1fr)); gap: .75rem; }
dl.figures div { background: var(--band); border-inline-start: 4px solid var(--accent); padding: .6rem .9rem; }
dl.figures dt { font-size: .95rem; }
dl.figures dd { margin: 0; }
dl.figures .value { display: block; font-size: 1.8rem; font-weight: bold; color: var(--accent); order: -1; }
dl.figures .note { display: block; color: var(--muted); font-size: .85rem; }
.note, .unit { color: var(--muted); font-size: .9rem; }
figure { margin: 1rem 0; }
figure svg { width: 100%; height: auto; max-width: 52rem; }
figcaption { color: var(--muted); font-size: .95rem; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0 .25rem; }
caption { text-align: start; font-weight: bold; padding: .25rem 0; }
caption .unit { display: block; font-weight: normal; }
th, td { padding: .3rem .6rem; border-bottom: 1px solid var(--line); text-align: start; vertical-align: top; }
thead th { background: var(--band); border-bottom: 2px solid var(--muted); }
tbody th { font-weight: normal; }
.num { text-align: end; font-variant-numeric: tabular-nums; white-space: nowrap; }
tfoot th, tfoot td { font-weight: bold; border-top: 2px solid var(--muted); }
nav ul { columns: 2; padding-inline-start: 1.25rem; }
a { color: var(--accent); }
footer { margin-top: 3rem; color: var(--muted); font-size: .9rem; border-top: 1px solid var(--line); padding-top: .5rem; }
@media print { body { max-width: none; padding: 0; } section, figure, table { break-inside: avoid; } nav { display: none; } }
"#;

fn section_id(key: &str) -> String {
    format!("dim-{}", key.replace('_', "-"))
}

fn table(out: &mut String, m: &Model, s: &Section) {
    let compare = s.previous_total.is_some();
    let _ = write!(
        out,
        "<table id=\"{}-table\"><caption>{}<span class=\"unit\">{}</span></caption>\
         <thead><tr><th scope=\"col\">{}</th><th scope=\"col\" class=\"num\">{}</th>\
         <th scope=\"col\" class=\"num\">{}</th>",
        section_id(s.key),
        esc(&s.title),
        esc(&s.unit),
        esc(&m.tr(fluent_id!("report-label-column"))),
        esc(&m.tr(fluent_id!("report-col-count"))),
        esc(&m.tr(fluent_id!("report-col-share"))),
    );
    if compare {
        let _ = write!(
            out,
            "<th scope=\"col\" class=\"num\">{}</th>",
            esc(&m.tr(fluent_id!("report-col-previous")))
        );
    }
    out.push_str("</tr></thead><tbody>");
    for r in &s.rows {
        row(out, r, compare);
    }
    let _ = write!(
        out,
        "</tbody><tfoot><tr><th scope=\"row\">{}</th><td class=\"num\">{}</td><td class=\"num\">{}</td>",
        esc(&m.tr(fluent_id!("report-total"))),
        esc(&s.total_text),
        if s.total > 0 {
            esc(&format_share(1000, m.lang))
        } else {
            String::new()
        }
    );
    if let Some(p) = &s.previous_total {
        let _ = write!(out, "<td class=\"num\">{}</td>", esc(p));
    }
    out.push_str("</tr></tfoot></table>\n");
}

fn row(out: &mut String, r: &Row, compare: bool) {
    let _ = write!(
        out,
        "<tr><th scope=\"row\">{}</th><td class=\"num\">{}</td><td class=\"num\">{}</td>",
        esc(&r.label),
        esc(&r.count_text),
        esc(&r.share_text)
    );
    if compare {
        let p = r.previous.as_ref().map(|p| p.2.as_str()).unwrap_or("");
        let _ = write!(out, "<td class=\"num\">{}</td>", esc(p));
    }
    out.push_str("</tr>\n");
}

/// Vertical bars of the months, as SVG.
fn months_svg(out: &mut String, m: &Model, s: &Section, title: &str, desc: &str) {
    let (w, h) = (720.0_f32, 260.0_f32);
    let (left, right, top, bottom) = (56.0, 8.0, 22.0, 40.0);
    let plot_w = w - left - right;
    let plot_h = h - top - bottom;
    let max = s
        .rows
        .iter()
        .filter(|r| !r.masked)
        .map(|r| r.count)
        .max()
        .unwrap_or(0)
        .max(1);
    let step = crate::pdf::nice_step(max, 4);
    let y_max = max.div_ceil(step) * step;
    let y = |v: u64| top + plot_h - plot_h * v as f32 / y_max as f32;
    let _ = write!(
        out,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {w} {h}\" role=\"img\" \
         aria-labelledby=\"chart-months-title chart-months-desc\" direction=\"ltr\" \
         font-family=\"DejaVu Sans, sans-serif\" font-size=\"11\">\
         <title id=\"chart-months-title\">{}</title><desc id=\"chart-months-desc\">{}</desc>",
        esc(title),
        esc(desc)
    );
    for i in 0..=y_max / step {
        let v = i * step;
        let yy = y(v);
        let _ = write!(
            out,
            "<line x1=\"{left}\" x2=\"{}\" y1=\"{yy:.1}\" y2=\"{yy:.1}\" stroke=\"{}\" stroke-width=\"1\"/>\
             <text x=\"{}\" y=\"{:.1}\" text-anchor=\"end\" fill=\"#4f5660\">{}</text>",
            left + plot_w,
            if v == 0 { "#4f5660" } else { "#dde1e6" },
            left - 6.0,
            yy + 4.0,
            esc(&format_integer(v, m.lang))
        );
    }
    let n = s.rows.len().max(1) as f32;
    let slot = plot_w / n;
    let bar_w = (slot * 0.62).min(48.0);
    let every = if n > 24.0 {
        3
    } else if n > 12.0 {
        2
    } else {
        1
    };
    for (i, r) in s.rows.iter().enumerate() {
        let cx = left + slot * (i as f32 + 0.5);
        let (short, year) = r.short.clone().unwrap_or_default();
        if !r.masked && r.count > 0 {
            let yy = y(r.count);
            let _ = write!(
                out,
                "<rect x=\"{:.1}\" y=\"{yy:.1}\" width=\"{bar_w:.1}\" height=\"{:.1}\" fill=\"#2b5c9e\"/>",
                cx - bar_w / 2.0,
                top + plot_h - yy
            );
        }
        if i % every == 0 {
            let vy = if r.masked { top + plot_h } else { y(r.count) } - 4.0;
            let _ = write!(
                out,
                "<text x=\"{cx:.1}\" y=\"{vy:.1}\" text-anchor=\"middle\" fill=\"{}\">{}</text>\
                 <text x=\"{cx:.1}\" y=\"{:.1}\" text-anchor=\"middle\">{}</text>",
                if r.masked { "#4f5660" } else { "#1a1a1a" },
                esc(&r.count_text),
                top + plot_h + 15.0,
                esc(&short)
            );
            if i == 0 || r.key.ends_with("-01") {
                let _ = write!(
                    out,
                    "<text x=\"{cx:.1}\" y=\"{:.1}\" text-anchor=\"middle\" fill=\"#4f5660\">{}</text>",
                    top + plot_h + 29.0,
                    esc(&year)
                );
            }
        }
    }
    out.push_str("</svg>");
}

/// Horizontal bars of the themes, as SVG.
fn themes_svg(out: &mut String, m: &Model, rows: &[&Row], title: &str, desc: &str) {
    let w = 720.0_f32;
    let row_h = 24.0_f32;
    let label_w = 270.0_f32;
    let value_w = 110.0_f32;
    let h = row_h * rows.len() as f32 + 8.0;
    let bar_room = w - label_w - 10.0 - value_w;
    let max = rows
        .iter()
        .filter(|r| !r.masked)
        .map(|r| r.count)
        .max()
        .unwrap_or(0)
        .max(1);
    let _ = write!(
        out,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {w} {h}\" role=\"img\" \
         aria-labelledby=\"chart-themes-title chart-themes-desc\" direction=\"ltr\" \
         font-family=\"DejaVu Sans, sans-serif\" font-size=\"12\">\
         <title id=\"chart-themes-title\">{}</title><desc id=\"chart-themes-desc\">{}</desc>",
        esc(title),
        esc(desc)
    );
    let x0 = label_w + 10.0;
    for (i, r) in rows.iter().enumerate() {
        let y = 4.0 + i as f32 * row_h;
        let len = if r.masked {
            0.0
        } else {
            bar_room * r.count as f32 / max as f32
        };
        let value = if r.masked {
            r.count_text.clone()
        } else {
            format!("{} ({})", r.count_text, r.share_text)
        };
        let _ = write!(
            out,
            "<text x=\"{label_w}\" y=\"{:.1}\" text-anchor=\"end\">{}</text>",
            y + 16.0,
            esc(&r.label)
        );
        if len > 0.0 {
            let _ = write!(
                out,
                "<rect x=\"{x0}\" y=\"{:.1}\" width=\"{len:.1}\" height=\"14\" fill=\"#2b5c9e\"/>",
                y + 5.0
            );
        }
        let _ = write!(
            out,
            "<text x=\"{:.1}\" y=\"{:.1}\" fill=\"{}\">{}</text>",
            x0 + len + 5.0,
            y + 16.0,
            if r.masked { "#4f5660" } else { "#1a1a1a" },
            esc(&value)
        );
    }
    let _ = write!(
        out,
        "<line x1=\"{x0}\" x2=\"{x0}\" y1=\"2\" y2=\"{:.1}\" stroke=\"#4f5660\"/></svg>",
        h - 2.0
    );
    let _ = m;
}

/// Renders the report as one accessible HTML page.
pub fn render_html(
    stats: &Statistics,
    previous: Option<&Statistics>,
    ctx: &ReportContext,
) -> String {
    let m = Model::new(stats, previous, ctx, &ctx.lang);
    let mut o = String::with_capacity(64 * 1024);
    let _ = write!(
        o,
        "<!DOCTYPE html>\n<html lang=\"{}\" dir=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>{} — {} — {}</title>\n<style>{CSS}</style>\n</head>\n<body>\n<header>\n<h1>{}</h1>\n\
         <p class=\"structure\">{}</p>\n<p class=\"period\">{}</p>\n<dl class=\"context\">\n",
        m.lang,
        if m.rtl { "rtl" } else { "ltr" },
        esc(&m.title),
        esc(&m.structure),
        esc(&m.period),
        esc(&m.title),
        esc(&m.structure),
        esc(&m.period),
    );
    let mut dl = |k: String, v: &str| {
        let _ = writeln!(o, "<dt>{}</dt><dd>{}</dd>", esc(&k), esc(v));
    };
    dl(m.tr(fluent_id!("report-period-label")), &m.period);
    if let Some(p) = &m.previous_period {
        dl(m.tr(fluent_id!("report-previous-label")), p);
    }
    if m.filters.is_empty() {
        dl(
            m.tr(fluent_id!("report-filters-label")),
            &m.tr(fluent_id!("report-filters-none")),
        );
    } else {
        for (k, v) in &m.filters {
            dl(k.clone(), v);
        }
    }
    if let Some(masking) = &m.masking {
        dl(m.tr(fluent_id!("report-masking-label")), masking);
    }
    dl(m.tr(fluent_id!("report-generated-label")), &m.generated);
    dl(m.tr(fluent_id!("report-journal-label")), &m.journal);
    o.push_str("</dl>\n</header>\n<main>\n");

    if m.empty {
        o.push_str("<section aria-label=\"");
        o.push_str(&esc(&m.title));
        o.push_str("\">");
        for line in m.empty_text() {
            let _ = writeln!(o, "<p class=\"empty\">{}</p>", esc(&line));
        }
        o.push_str("</section>\n");
    } else {
        let charts = m.tr(fluent_id!("report-charts"));
        let details = m.tr(fluent_id!("report-breakdowns"));
        let kf = m.tr(fluent_id!("report-key-figures"));
        let _ = write!(
            o,
            "<nav aria-labelledby=\"contents\"><h2 id=\"contents\">{}</h2><ul>\
             <li><a href=\"#key-figures\">{}</a></li><li><a href=\"#charts\">{}</a></li>",
            esc(&m.tr(fluent_id!("report-contents"))),
            esc(&kf),
            esc(&charts)
        );
        for s in m
            .sections
            .iter()
            .filter(|s| s.key != "per_month" && s.key != "themes")
        {
            let _ = write!(
                o,
                "<li><a href=\"#{}\">{}</a></li>",
                section_id(s.key),
                esc(&s.title)
            );
        }
        o.push_str("</ul></nav>\n");

        let _ = write!(
            o,
            "<section aria-labelledby=\"key-figures\"><h2 id=\"key-figures\">{}</h2><dl class=\"figures\">",
            esc(&kf)
        );
        for f in &m.figures {
            let _ = write!(
                o,
                "<div><dt>{}</dt><dd><span class=\"value\">{}</span>",
                esc(&f.label),
                esc(&f.text)
            );
            if let Some(p) = &f.previous {
                let _ = write!(o, "<span class=\"note\">{}</span>", esc(p));
            }
            o.push_str("</dd></div>");
        }
        let _ = writeln!(
            o,
            "</dl><p class=\"note\">{}</p></section>",
            esc(&m.tr(fluent_id!("report-definitions")))
        );

        let _ = write!(
            o,
            "<section aria-labelledby=\"charts\"><h2 id=\"charts\">{}</h2>",
            esc(&charts)
        );
        if let Some(months) = m.section("per_month") {
            let title = m.tr(fluent_id!("report-chart-months"));
            let summary = m.months_summary().unwrap_or_default();
            let _ = write!(
                o,
                "<h3 id=\"{}\">{}</h3><figure>",
                section_id("per_month"),
                esc(&title)
            );
            months_svg(&mut o, &m, months, &title, &summary);
            let _ = write!(o, "<figcaption>{}</figcaption></figure>", esc(&summary));
            table(&mut o, &m, months);
        }
        let (bars, summary) = m.theme_bars();
        if let Some(themes) = m.section("themes") {
            let title = m.tr(fluent_id!("report-chart-themes"));
            let _ = write!(
                o,
                "<h3 id=\"{}\">{}</h3>",
                section_id("themes"),
                esc(&title)
            );
            if bars.is_empty() {
                let _ = write!(
                    o,
                    "<p>{}</p>",
                    esc(&m.tr(fluent_id!("report-dimension-none")))
                );
            } else {
                let summary = summary.unwrap_or_default();
                o.push_str("<figure>");
                themes_svg(&mut o, &m, &bars, &title, &summary);
                let _ = write!(o, "<figcaption>{}</figcaption></figure>", esc(&summary));
                table(&mut o, &m, themes);
            }
        }
        if m.any_masked() {
            let _ = write!(
                o,
                "<p class=\"note\">{}</p>",
                esc(&m.tr(fluent_id!("report-chart-masked")))
            );
        }
        o.push_str("</section>\n");

        let _ = writeln!(
            o,
            "<section aria-labelledby=\"details\"><h2 id=\"details\">{}</h2>",
            esc(&details)
        );
        for s in m
            .sections
            .iter()
            .filter(|s| s.key != "per_month" && s.key != "themes")
        {
            let _ = write!(o, "<h3 id=\"{}\">{}</h3>", section_id(s.key), esc(&s.title));
            if s.rows.is_empty() {
                let _ = writeln!(
                    o,
                    "<p>{}</p>",
                    esc(&m.tr(fluent_id!("report-dimension-none")))
                );
            } else {
                table(&mut o, &m, s);
            }
        }
        o.push_str("</section>\n");
    }
    let _ = write!(
        o,
        "</main>\n<footer><p>{}</p></footer>\n</body>\n</html>\n",
        esc(&m.footer)
    );
    o
}
