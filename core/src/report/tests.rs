//! The report's four formats carry the statistics' own numbers. Expected strings are built from
//! [`Statistics`] here (not from the report's model), and each file is read back as a reader
//! would: the PDF through poppler's `pdftotext`, the XLSX through calamine, the HTML and CSV as
//! text.

use super::*;
use crate::pdf::format_integer;
use crate::store::stats::tests::{all_dimensions, march, query, setup};
use crate::store::{Session, StoreError};
use passerelle_api::report::{ReportFormat, ReportRequest};
use passerelle_api::stats::{StatRow, StatsQuery};

const MARCH: (&str, &str) = ("2025-03-01", "2025-03-31");

fn request(q: &StatsQuery, format: ReportFormat, lang: &str, compare: bool) -> ReportRequest {
    ReportRequest {
        query: q.clone(),
        compare_previous: compare,
        lang: lang.into(),
        format,
    }
}

fn generate(s: &mut Session, q: &StatsQuery, format: ReportFormat, lang: &str) -> Vec<u8> {
    let (file, bytes) = s.activity_report(&request(q, format, lang, false)).unwrap();
    assert_eq!(file.media_type, format.media_type());
    assert!(file.file_name.ends_with(format.extension()));
    bytes
}

/// No-break and narrow no-break spaces as plain spaces, runs of spaces as one, and « < 5 »
/// as `pdftotext` gives it back, « <5 » (it drops the no-break space after the sign).
fn collapse(s: &str) -> String {
    s.replace(['\u{a0}', '\u{202f}'], " ")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .replace("< ", "<")
}

/// The PDF's text, laid out as on the page, one string per line.
fn pdf_lines(bytes: &[u8]) -> Vec<String> {
    let d = tempfile::tempdir().unwrap();
    let path = d.path().join("r.pdf");
    std::fs::write(&path, bytes).unwrap();
    let out = std::process::Command::new("pdftotext")
        .arg("-layout")
        .arg(&path)
        .arg("-")
        .output()
        .expect("pdftotext (Debian poppler-utils) must be installed to check the PDF report");
    assert!(out.status.success());
    String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(collapse)
        .filter(|l| !l.is_empty())
        .collect()
}

/// What a row is called in a report in `t`'s language.
fn label(t: &Translator, dim: &str, r: &StatRow) -> String {
    if dim == "per_month" {
        let (y, m) = r.key.split_once('-').unwrap();
        let m: u8 = m.parse().unwrap();
        return format!("{} {y}", t.t(&format!("stats-month-{m}")));
    }
    match &r.label {
        RowLabel::Message(id) => {
            let s = t.try_format(id, None);
            assert!(s.is_some(), "no Fluent message {id}");
            s.unwrap()
        }
        RowLabel::Text(s) => s.clone(),
    }
}

fn share(per_mille: u32) -> String {
    let s = format_share(per_mille, "fr");
    s.replace('\u{a0}', " ")
}

/// Parses « 33,4 % » back to tenths.
fn tenths(s: &str) -> u32 {
    let s = s
        .trim()
        .trim_end_matches('%')
        .trim()
        .replace([',', '.'], "");
    s.parse().unwrap_or_else(|_| panic!("not a share: {s:?}"))
}

fn check_pdf(st: &Statistics, lines: &[String], mask: Option<u32>) {
    let t = Translator::new("fr", false);
    for (dim, d) in all_dimensions(st) {
        let mut shares = 0;
        for r in &d.rows {
            let name = label(&t, dim, r);
            let first = name.split(' ').next().unwrap();
            let line_of = |tail: &str| {
                lines
                    .iter()
                    .find(|l| l.starts_with(first) && l.ends_with(tail))
                    .cloned()
            };
            if r.masked {
                let m = mask.unwrap();
                let shown = line_of(&format!(" <{m}"));
                assert!(shown.is_some(), "{dim} {}: no masked row", r.key);
                let real = format!(" {} {}", r.count, share(r.per_mille));
                assert!(
                    line_of(&real).is_none(),
                    "{dim} {}: the masked count is printed",
                    r.key
                );
            } else {
                let tail = format!(" {} {}", format_integer(r.count, "fr"), share(r.per_mille))
                    .replace('\u{202f}', " ");
                assert!(
                    line_of(&tail).is_some(),
                    "{dim} {}: no line ending {tail:?}",
                    r.key
                );
                shares += tenths(&share(r.per_mille));
            }
        }
        if mask.is_none() && d.total > 0 {
            assert_eq!(shares, 1000, "{dim}: the printed shares add up to 100 %");
        }
        if d.total > 0 {
            let total =
                format!("Total {} 100,0 %", format_integer(d.total, "fr")).replace('\u{202f}', " ");
            assert!(
                lines.iter().any(|l| l.starts_with(&total)),
                "{dim}: no {total:?}"
            );
        }
    }
}

#[test]
fn the_pdf_prints_the_statistics_own_numbers() {
    let (_d, mut s) = setup();
    march(&mut s);
    let q = query(MARCH.0, MARCH.1);
    let st = s.statistics(&q).unwrap();
    let pdf = generate(&mut s, &q, ReportFormat::Pdf, "fr");
    assert!(pdf.starts_with(b"%PDF-"));
    let lines = pdf_lines(&pdf);
    let text = lines.join("\n");
    for needle in [
        "Rapport d'activité",
        "Espace numérique des Glycines",
        "Du 1er mars 2025 au 31 mars 2025",
        "Aucun filtre : toute l'activité de la structure.",
        "Chiffres clés",
        "Accompagnements par mois",
        "Page 1 / ",
    ] {
        assert!(text.contains(needle), "no {needle:?} in\n{text}");
    }
    // The key figures: 16 accompaniments, 7 activities, 14 people (panels three to a row).
    assert!(lines.iter().any(|l| l == "16 7 14"), "{text}");
    assert!(lines.iter().any(|l| l == "4 10 4"), "{text}");
    // Then 10 anonymous accompaniments, 1 follow-up, and the vault: 2 people, 3 documents.
    let t = &st.totals;
    assert_eq!((t.people_with_documents, t.documents_stored), (2, 3));
    let row = format!(
        "{} {} {}",
        t.anonymous_accompaniments, t.follow_ups_done, t.people_with_documents
    );
    assert!(lines.contains(&row), "no {row:?} in\n{text}");
    assert!(lines.contains(&t.documents_stored.to_string()), "{text}");
    // Their labels, wrapped in their panels.
    for label in ["Personnes ayant des", "Documents conservés au"] {
        assert!(text.contains(label), "no {label:?} in\n{text}");
    }
    check_pdf(&st, &lines, None);
    // The journal head on the cover is the one after this report's own journal row.
    let head = s.journal_anchor();
    let short: String = head.hash.chars().take(16).collect();
    assert!(
        text.contains(&format!("entrée n° {}, empreinte {short}", head.seq)),
        "{text}"
    );
}

#[test]
fn the_html_prints_the_same_numbers_in_accessible_tables() {
    let (_d, mut s) = setup();
    march(&mut s);
    let q = query(MARCH.0, MARCH.1);
    let st = s.statistics(&q).unwrap();
    let html = String::from_utf8(generate(&mut s, &q, ReportFormat::Html, "fr")).unwrap();
    assert!(html.starts_with("<!DOCTYPE html>\n<html lang=\"fr\" dir=\"ltr\">"));
    assert!(!html.contains("<script"), "no script");
    assert!(
        !html.contains("http://") || !html.contains("src="),
        "no outside resource"
    );
    // The vault's two figures among the key figures.
    for (label, n) in [
        (
            "Personnes ayant des documents au coffre-fort, en fin de période",
            st.totals.people_with_documents,
        ),
        (
            "Documents conservés au coffre-fort, en fin de période",
            st.totals.documents_stored,
        ),
    ] {
        let figure = format!(
            "<div><dt>{}</dt><dd><span class=\"value\">{n}</span>",
            html::esc(label)
        );
        assert!(html.contains(&figure), "no {figure}");
    }
    let t = Translator::new("fr", false);
    for (dim, d) in all_dimensions(&st) {
        let mut shares = 0;
        for r in &d.rows {
            let cell = format!(
                "<tr><th scope=\"row\">{}</th><td class=\"num\">{}</td><td class=\"num\">{}</td>",
                html::esc(&label(&t, dim, r)),
                format_integer(r.count, "fr"),
                format_share(r.per_mille, "fr")
            );
            assert!(html.contains(&cell), "{dim}: no {cell}");
            shares += r.per_mille;
        }
        if d.total > 0 {
            assert_eq!(shares, 1000, "{dim}");
            let total = format!(
                "<th scope=\"row\">Total</th><td class=\"num\">{}</td><td class=\"num\">100,0\u{a0}%</td>",
                format_integer(d.total, "fr")
            );
            assert!(html.contains(&total), "{dim}: {total}");
        }
    }
    // Every table has a caption and column headers; both charts are named images.
    let tables = html.matches("<table").count();
    assert!(tables >= 14, "{tables} tables");
    assert_eq!(html.matches("<caption>").count(), tables);
    assert!(html.matches("<th scope=\"col\"").count() >= 3 * tables);
    assert_eq!(html.matches("role=\"img\"").count(), 2);
    assert!(html.contains("<title id=\"chart-months-title\">Accompagnements par mois</title>"));
    assert!(html.contains("Mois le plus chargé : Mars 2025, avec 16 accompagnements."));
    // Headings in order: one h1, then no level skipped.
    let mut last = 0;
    let mut h1 = 0;
    for (i, _) in html.match_indices("<h") {
        let Some(level) = html[i + 2..].chars().next().and_then(|c| c.to_digit(10)) else {
            continue;
        };
        assert!(level <= last + 1, "h{level} after h{last}");
        h1 += usize::from(level == 1);
        last = level;
    }
    assert_eq!(h1, 1);
}

#[test]
fn the_html_speaks_arabic_right_to_left_and_escapes_every_text() {
    let (_d, mut s) = setup();
    let m = march(&mut s);
    s.conn()
        .execute(
            "UPDATE tag SET name = '<b>Conseiller & co</b>' WHERE id = ?1",
            [&m.tag],
        )
        .unwrap();
    let q = query(MARCH.0, MARCH.1);
    let html = String::from_utf8(generate(&mut s, &q, ReportFormat::Html, "ar")).unwrap();
    assert!(html.contains("<html lang=\"ar\" dir=\"rtl\">"));
    assert!(html.contains("<h1>تقرير النشاط</h1>"));
    assert!(html.contains("&lt;b&gt;Conseiller &amp; co&lt;/b&gt;"));
    assert!(!html.contains("<b>Conseiller"));
}

/// The rows of an XLSX sheet as (label, count, share) cells.
fn sheet_rows(
    wb: &mut calamine::Xlsx<std::io::Cursor<Vec<u8>>>,
    name: &str,
) -> Vec<Vec<calamine::Data>> {
    use calamine::Reader;
    let range = wb.worksheet_range(name).unwrap();
    range.rows().map(|r| r.to_vec()).collect()
}

fn open_xlsx(bytes: Vec<u8>) -> calamine::Xlsx<std::io::Cursor<Vec<u8>>> {
    calamine::open_workbook_from_rs(std::io::Cursor::new(bytes)).unwrap()
}

#[test]
fn the_workbook_and_the_csv_carry_the_same_numbers() {
    use calamine::{Data, Reader};
    let (_d, mut s) = setup();
    march(&mut s);
    let q = query(MARCH.0, MARCH.1);
    let st = s.statistics(&q).unwrap();
    let t = Translator::new("fr", false);

    let mut wb = open_xlsx(generate(&mut s, &q, ReportFormat::Xlsx, "fr"));
    let names = wb.sheet_names().to_vec();
    assert_eq!(names.len(), 16, "{names:?}");
    assert_eq!(names[0], "Synthèse");
    let summary = sheet_rows(&mut wb, "Synthèse");
    let figure = |label: &str| {
        summary
            .iter()
            .find(|r| r.first() == Some(&Data::String(label.into())))
            .and_then(|r| r.get(1).cloned())
    };
    assert_eq!(figure("Accompagnements"), Some(Data::Float(16.0)));
    assert_eq!(
        figure("Activités : accompagnements individuels et ateliers"),
        Some(Data::Float(7.0))
    );
    assert_eq!(figure("Personnes accompagnées"), Some(Data::Float(14.0)));
    assert_eq!(
        figure("Personnes ayant des documents au coffre-fort, en fin de période"),
        Some(Data::Float(st.totals.people_with_documents as f64))
    );
    assert_eq!(
        figure("Documents conservés au coffre-fort, en fin de période"),
        Some(Data::Float(st.totals.documents_stored as f64))
    );
    for ((dim, d), name) in all_dimensions(&st).into_iter().zip(&names[1..]) {
        let rows = sheet_rows(&mut wb, name);
        // Title, unit, blank, header, then the rows and the total.
        assert_eq!(rows[3][1], Data::String("Nombre".into()), "{dim}");
        let body = &rows[4..];
        assert_eq!(body.len(), d.rows.len() + 1, "{dim}");
        let mut share_sum = 0.0;
        for (r, cells) in d.rows.iter().zip(body) {
            assert_eq!(cells[0], Data::String(label(&t, dim, r)), "{dim}");
            assert_eq!(cells[1], Data::Float(r.count as f64), "{dim} {}", r.key);
            let Data::Float(sh) = cells[2] else {
                panic!("{dim}: share {:?}", cells[2])
            };
            assert_eq!((sh * 1000.0).round() as u32, r.per_mille, "{dim} {}", r.key);
            share_sum += sh;
            assert_eq!(cells[3], Data::String(r.key.clone()));
        }
        assert!((share_sum - 1.0).abs() < 1e-9, "{dim}: {share_sum}");
        let total = body.last().unwrap();
        assert_eq!(total[1], Data::Float(d.total as f64), "{dim}");
    }

    let csv = String::from_utf8(generate(&mut s, &q, ReportFormat::Csv, "fr")).unwrap();
    assert!(csv.starts_with('\u{feff}'));
    let lines: Vec<&str> = csv.trim_start_matches('\u{feff}').split("\r\n").collect();
    assert!(lines.contains(&"Accompagnements;16"));
    let vault = [
        format!(
            "Personnes ayant des documents au coffre-fort, en fin de période;{}",
            st.totals.people_with_documents
        ),
        format!(
            "Documents conservés au coffre-fort, en fin de période;{}",
            st.totals.documents_stored
        ),
    ];
    for line in &vault {
        assert!(lines.contains(&line.as_str()), "no {line:?}");
    }
    for (dim, d) in all_dimensions(&st) {
        let mut shares = 0;
        for r in &d.rows {
            let line = format!(
                "{};{};{};{}",
                crate::store::journal_csv::cell(&label(&t, dim, r)),
                format_integer(r.count, "fr"),
                format_share(r.per_mille, "fr"),
                crate::store::journal_csv::cell(&r.key)
            );
            assert!(lines.contains(&line.as_str()), "{dim}: no {line:?}");
            shares += tenths(&format_share(r.per_mille, "fr"));
        }
        if d.total > 0 {
            assert_eq!(shares, 1000, "{dim}");
        }
    }
}

#[test]
fn masking_hides_every_small_cell_in_every_format_and_keeps_the_totals() {
    use calamine::{Data, Reader};
    let (_d, mut s) = setup();
    march(&mut s);
    let mut q = query(MARCH.0, MARCH.1);
    q.mask_below = Some(5);
    let st = s.statistics(&q).unwrap();
    let t = Translator::new("fr", false);
    let masked: usize = all_dimensions(&st)
        .iter()
        .map(|(_, d)| d.rows.iter().filter(|r| r.masked).count())
        .sum();
    assert!(masked > 10);

    let lines = pdf_lines(&generate(&mut s, &q, ReportFormat::Pdf, "fr"));
    check_pdf(&st, &lines, Some(5));
    let text = lines.join("\n");
    assert!(
        text.contains("Les nombres de 1 à 4 sont remplacés par « <5 »"),
        "{text}"
    );

    let html = String::from_utf8(generate(&mut s, &q, ReportFormat::Html, "fr")).unwrap();
    let csv = String::from_utf8(generate(&mut s, &q, ReportFormat::Csv, "fr")).unwrap();
    let csv_lines: Vec<&str> = csv.split("\r\n").collect();
    let mut wb = open_xlsx(generate(&mut s, &q, ReportFormat::Xlsx, "fr"));
    let names = wb.sheet_names().to_vec();
    for ((dim, d), name) in all_dimensions(&st).into_iter().zip(&names[1..]) {
        let rows = sheet_rows(&mut wb, name);
        for (r, cells) in d.rows.iter().zip(&rows[4..]) {
            let name = label(&t, dim, r);
            let html_row = format!("<tr><th scope=\"row\">{}</th>", html::esc(&name));
            // Within this dimension's table (« Non communiqué » is in several).
            let table = html
                .find(&format!("id=\"dim-{}-table\"", dim.replace('_', "-")))
                .unwrap();
            let at = table
                + html[table..]
                    .find(&html_row)
                    .unwrap_or_else(|| panic!("{dim}: {name}"));
            let title = t.t(&format!("report-dim-{}", dim.replace('_', "-")));
            let csv_row = format!("{};", crate::store::journal_csv::cell(&name));
            let csv_line = csv_lines
                .iter()
                .skip_while(|l| **l != title)
                .find(|l| l.starts_with(&csv_row))
                .unwrap_or_else(|| panic!("{dim}: {name}"));
            if r.masked {
                assert!(html[at..].starts_with(&format!(
                    "{html_row}<td class=\"num\">&lt;\u{a0}5</td><td class=\"num\"></td>"
                )));
                assert!(
                    csv_line.starts_with(&format!("{csv_row}<\u{a0}5;;")),
                    "{csv_line}"
                );
                assert_eq!(cells[1], Data::String("<\u{a0}5".into()), "{dim}");
                assert_eq!(cells[2], Data::Empty, "{dim}: no share for a masked cell");
            } else {
                assert_eq!(cells[1], Data::Float(r.count as f64), "{dim}");
                assert!(csv_line.starts_with(&format!("{csv_row}{};", r.count)));
            }
        }
        if d.total > 0 {
            // The total stays the real one.
            assert_eq!(
                rows.last().unwrap()[1],
                Data::Float(d.total as f64),
                "{dim}"
            );
            assert!(html.contains(&format!(
                "<th scope=\"row\">Total</th><td class=\"num\">{}</td>",
                d.total
            )));
        }
    }
}

#[test]
fn an_empty_period_says_so_plainly_in_every_format() {
    use calamine::Reader;
    let (_d, mut s) = setup();
    march(&mut s);
    let q = query("2024-06-01", "2024-07-31");
    let sentence = "Aucune activité n'a été enregistrée pendant cette période avec ces filtres.";

    let text = pdf_lines(&generate(&mut s, &q, ReportFormat::Pdf, "fr")).join(" ");
    assert!(text.contains(sentence), "{text}");
    assert!(
        !text.contains("Total") && !text.contains("Chiffres clés"),
        "{text}"
    );
    assert!(text.contains("Page 1 / 1"), "one page: {text}");

    let html = String::from_utf8(generate(&mut s, &q, ReportFormat::Html, "fr")).unwrap();
    assert!(html.contains(&html::esc(sentence)));
    assert!(!html.contains("<table") && !html.contains("<svg"));

    let csv = String::from_utf8(generate(&mut s, &q, ReportFormat::Csv, "fr")).unwrap();
    assert!(csv.contains(sentence));
    assert!(!csv.contains("Libellé;Nombre"));

    let mut wb = open_xlsx(generate(&mut s, &q, ReportFormat::Xlsx, "fr"));
    assert_eq!(wb.sheet_names().len(), 1);
    let rows = sheet_rows(&mut wb, "Synthèse");
    assert!(rows
        .iter()
        .any(|r| r.first() == Some(&calamine::Data::String(sentence.into()))));
}

#[test]
fn an_empty_period_still_tells_the_vault_usage_in_every_format() {
    let (_d, mut s) = setup();
    march(&mut s);
    // May 2025: no activity; the vault holds Awa's 2, Dina's 1 and Bruno's 1.
    let q = query("2025-05-01", "2025-05-31");
    let st = s.statistics(&q).unwrap();
    assert_eq!(st.totals.activities, 0);
    let sentence = format!(
        "Coffre-fort en fin de période : {} documents conservés, de {} personnes.",
        st.totals.documents_stored, st.totals.people_with_documents
    );
    assert_eq!(
        sentence,
        "Coffre-fort en fin de période : 4 documents conservés, de 3 personnes."
    );
    let text = pdf_lines(&generate(&mut s, &q, ReportFormat::Pdf, "fr")).join(" ");
    assert!(text.contains(&sentence), "{text}");
    let html = String::from_utf8(generate(&mut s, &q, ReportFormat::Html, "fr")).unwrap();
    assert!(html.contains(&html::esc(&sentence)), "{html}");
    let csv = String::from_utf8(generate(&mut s, &q, ReportFormat::Csv, "fr")).unwrap();
    assert!(csv.contains(&sentence), "{csv}");
    let mut wb = open_xlsx(generate(&mut s, &q, ReportFormat::Xlsx, "fr"));
    let rows = sheet_rows(&mut wb, "Synthèse");
    assert!(rows
        .iter()
        .any(|r| r.first() == Some(&calamine::Data::String(sentence.clone()))));
}

#[test]
fn the_previous_period_is_set_beside_each_figure() {
    let (_d, mut s) = setup();
    march(&mut s);
    // April 2025 (Bruno's session) against March.
    let q = query("2025-04-01", "2025-04-30");
    let (_, bytes) = s
        .activity_report(&request(&q, ReportFormat::Csv, "fr", true))
        .unwrap();
    let csv = String::from_utf8(bytes).unwrap().replace('\u{a0}', " ");
    assert!(csv.contains("Période de comparaison;Du 1er mars 2025 au 31 mars 2025"));
    // 1 accompaniment now, 16 before: −93,8 %.
    assert!(
        csv.contains("Accompagnements;1;Période précédente : 16 (\u{2212}93,8 %)"),
        "{csv}"
    );
    // E-mail: 1 now (April's session), 3 in March.
    assert!(csv.contains("E-mail;1;100,0 %;3;email"), "{csv}");
    // A theme of March only is listed with 0 now.
    assert!(csv.contains("Bureautique;0;0,0 %;1;bureautique"), "{csv}");
}

#[test]
fn previous_periods_have_the_same_length() {
    let d = |s: &str| s.parse::<civil::Date>().unwrap();
    assert_eq!(
        previous_period(d("2026-01-01"), d("2026-12-31")),
        (d("2025-01-01"), d("2025-12-31"))
    );
    assert_eq!(
        previous_period(d("2025-03-01"), d("2025-03-31")),
        (d("2025-02-01"), d("2025-02-28"))
    );
    assert_eq!(
        previous_period(d("2026-04-01"), d("2026-06-30")),
        (d("2026-01-01"), d("2026-03-31"))
    );
    // Not whole months: as many days.
    assert_eq!(
        previous_period(d("2026-03-10"), d("2026-03-19")),
        (d("2026-02-28"), d("2026-03-09"))
    );
}

#[test]
fn file_names_say_the_period_and_never_a_name() {
    let d = |s: &str| s.parse::<civil::Date>().unwrap();
    assert_eq!(
        file_name(d("2026-01-01"), d("2026-12-31"), "fr", ReportFormat::Pdf),
        "rapport-activite-2026-01-2026-12.pdf"
    );
    assert_eq!(
        file_name(d("2026-01-15"), d("2026-02-14"), "en", ReportFormat::Xlsx),
        "activity-report-2026-01-15-2026-02-14.xlsx"
    );
    assert_eq!(
        file_name(d("2026-03-01"), d("2026-03-31"), "ar", ReportFormat::Html),
        "rapport-activite-2026-03-2026-03.html"
    );
}

#[test]
fn a_report_is_journaled_without_names_and_refuses_an_unknown_language() {
    let (_d, mut s) = setup();
    march(&mut s);
    let mut q = query(MARCH.0, MARCH.1);
    q.mediators = vec![s.staff()[0].id.to_string()];
    let before = s.journal_anchor().seq;
    s.activity_report(&request(&q, ReportFormat::Html, "en", false))
        .unwrap();
    assert_eq!(s.journal_anchor().seq, before + 1);
    let rows: Vec<_> = s
        .journal()
        .unwrap()
        .into_iter()
        .filter(|e| e.action == "report.generated")
        .collect();
    assert_eq!(rows.len(), 1);
    let record = rows[0].record_id.clone().unwrap_or_default();
    assert!(
        record.contains("format=html from=2025-03-01 to=2025-03-31"),
        "{record}"
    );
    assert!(record.contains("mediators=1") && record.contains("activities="));
    assert!(!record.contains("Camille"), "{record}");
    let err = s
        .activity_report(&request(&q, ReportFormat::Pdf, "xx", false))
        .unwrap_err();
    assert!(matches!(err, StoreError::InvalidField { field: "lang" }));
}

#[test]
fn a_pdf_asked_in_arabic_prints_in_french_and_english_reads_english() {
    let (_d, mut s) = setup();
    march(&mut s);
    let q = query(MARCH.0, MARCH.1);
    let ar = pdf_lines(&generate(&mut s, &q, ReportFormat::Pdf, "ar")).join("\n");
    assert!(ar.contains("Rapport d'activité") && ar.contains("Chiffres clés"));
    let en = pdf_lines(&generate(&mut s, &q, ReportFormat::Pdf, "en")).join("\n");
    assert!(en.contains("Activity report") && en.contains("From 1 March 2025 to 31 March 2025"));
    assert!(en.contains("Total 16 100.0%"), "{en}");
}

/// Writes the PDF reports of the hand-built month (plain, masked, compared, empty) and a
/// year of the same month repeated, for looking at them page by page:
/// `cargo test -p passerelle-core --lib report::tests::write_samples -- --ignored` then
/// `pdftoppm -png -r 60 …`.
#[test]
#[ignore]
fn write_samples() {
    let (_d, mut s) = setup();
    march(&mut s);
    let out = std::path::PathBuf::from(
        std::env::var("REPORT_SAMPLES").unwrap_or_else(|_| "/tmp/report-samples".into()),
    );
    std::fs::create_dir_all(&out).unwrap();
    let mut write = |name: &str, q: &StatsQuery, f: ReportFormat, lang: &str, compare: bool| {
        let (_, b) = s.activity_report(&request(q, f, lang, compare)).unwrap();
        std::fs::write(out.join(format!("{name}.{}", f.extension())), b).unwrap();
    };
    let q = query(MARCH.0, MARCH.1);
    write("march", &q, ReportFormat::Pdf, "fr", false);
    write("march", &q, ReportFormat::Html, "fr", false);
    write("march-ar", &q, ReportFormat::Html, "ar", false);
    write("march-en", &q, ReportFormat::Pdf, "en", true);
    let mut masked = q.clone();
    masked.mask_below = Some(5);
    write("march-masked", &masked, ReportFormat::Pdf, "fr", false);
    write(
        "year",
        &query("2025-01-01", "2025-12-31"),
        ReportFormat::Pdf,
        "fr",
        true,
    );
    write(
        "empty",
        &query("2024-06-01", "2024-07-31"),
        ReportFormat::Pdf,
        "fr",
        false,
    );
}
