//! The readable summary of a right-of-access export: everything the structure keeps about one
//! person, in easy-to-read words (FALC), for the person to read and keep. The same data goes
//! beside it as JSON (see [`crate::store::privacy`]).

use super::{format_date, format_date_time, format_integer, print_language};
use super::{Colour, Document, DocumentMeta, PdfError, Style, Table};
use crate::store::journal::action_label_id;
use crate::store::privacy::{zip_entry_names, PersonData, ProfileData};
use jiff::civil;
use passerelle_locales::Translator;

/// A `YYYY-MM-DD` date written in full, or the text as it is if it is not a date.
fn civil_date(t: &Translator, s: &str) -> String {
    match s.parse::<civil::Date>() {
        Ok(d) => format_date(t, d),
        Err(_) => s.to_owned(),
    }
}

/// An RFC 3339 instant as a local date written in full.
fn instant_date(t: &Translator, s: &str) -> String {
    match s.parse::<jiff::Timestamp>() {
        Ok(ts) => format_date(t, ts.to_zoned(jiff::tz::TimeZone::system()).date()),
        Err(_) => s.to_owned(),
    }
}

fn or_unknown(t: &Translator, s: &str) -> String {
    if s.trim().is_empty() {
        t.t("privacy-pdf-not-given")
    } else {
        s.to_owned()
    }
}

fn labels<T: Copy>(t: &Translator, items: &[T], label: fn(T) -> &'static str) -> String {
    items
        .iter()
        .map(|i| t.t(label(*i)))
        .collect::<Vec<_>>()
        .join(", ")
}

fn minutes(t: &Translator, n: u16, lang: &str) -> String {
    t.t_args(
        "privacy-pdf-minutes",
        &[("minutes", format_integer(u64::from(n), lang).into())],
    )
    .replace(' ', "\u{A0}")
}

fn profile_rows(doc: Document, t: &Translator, p: &ProfileData) -> Document {
    let mut doc = doc;
    if p.anonymous {
        doc = doc.paragraph(t.t("privacy-pdf-anonymous"));
    } else {
        doc = doc
            .key_value(t.t("privacy-pdf-last-name"), or_unknown(t, &p.last_name))
            .key_value(t.t("privacy-pdf-first-name"), or_unknown(t, &p.first_name));
    }
    let birth = p
        .birth_year
        .map(|y| y.to_string())
        .unwrap_or_else(|| t.t("privacy-pdf-not-given"));
    let gender = p
        .gender
        .map(|g| t.t(g.label_id()))
        .unwrap_or_else(|| t.t("privacy-pdf-not-given"));
    let status = p
        .social_status
        .map(|s| t.t(s.label_id()))
        .unwrap_or_else(|| t.t("privacy-pdf-not-given"));
    let commune = match (p.commune.trim(), p.postal_code.trim()) {
        ("", "") => t.t("privacy-pdf-not-given"),
        (c, "") => c.to_owned(),
        ("", pc) => pc.to_owned(),
        (c, pc) => format!("{c} ({pc})"),
    };
    doc = doc
        .key_value(t.t("privacy-pdf-birth-year"), birth)
        .key_value(t.t("privacy-pdf-gender"), gender)
        .key_value(t.t("privacy-pdf-status"), status)
        .key_value(t.t("privacy-pdf-commune"), commune)
        .key_value(
            t.t("privacy-pdf-languages"),
            or_unknown(t, &p.languages.join(", ")),
        );
    if !p.anonymous {
        doc = doc
            .key_value(t.t("privacy-pdf-phone"), or_unknown(t, &p.phone))
            .key_value(t.t("privacy-pdf-email"), or_unknown(t, &p.email));
    }
    if !p.notes.trim().is_empty() {
        doc = doc.key_value(t.t("privacy-pdf-notes"), p.notes.clone());
    }
    doc.key_value(
        t.t("privacy-pdf-registered-on"),
        instant_date(t, &p.registered_at),
    )
    .key_value(
        t.t("privacy-pdf-last-seen"),
        instant_date(t, &p.last_seen_at),
    )
}

fn none(doc: Document, t: &Translator, id: &str) -> Document {
    doc.styled(t.t(id), Style::body().colour(Colour::GREY))
}

/// Renders the summary (A4, as many pages as needed) in `lang` (see [`print_language`]).
pub fn person_summary(
    data: &PersonData,
    lang: &str,
    created_at: civil::DateTime,
) -> Result<Vec<u8>, PdfError> {
    let lang = print_language(lang);
    let t = Translator::new(lang, false);
    let meta = DocumentMeta::new(t.t("privacy-pdf-title"), lang, created_at)
        .with_subject(t.t("privacy-pdf-subject"))
        .with_author(data.structure.as_str())
        .with_footer(t.t("privacy-pdf-footer"));

    let (_, json_name) = zip_entry_names(lang);
    let mut doc = Document::new(meta)
        .title(t.t("privacy-pdf-title"))
        .styled(
            t.t_args(
                "privacy-pdf-intro",
                &[("structure", data.structure.as_str().into())],
            ),
            Style::body().size(12.5).space_after(10.0),
        )
        .key_value(t.t("privacy-pdf-structure"), data.structure.as_str())
        .key_value(t.t("privacy-pdf-created"), format_date_time(&t, created_at))
        .spacer(2.0)
        .styled(
            t.t_args("privacy-pdf-json", &[("file", json_name.into())]),
            Style::small().size(10.0),
        )
        .heading(t.t("privacy-pdf-you-heading"));
    doc = profile_rows(doc, &t, &data.person);

    if !data.merged_records.is_empty() {
        doc = doc
            .heading(t.t("privacy-pdf-merged-heading"))
            .paragraph(t.t("privacy-pdf-merged-body"));
        let mut table = Table::new([
            (t.t("privacy-pdf-last-name"), 2.0),
            (t.t("privacy-pdf-first-name"), 2.0),
            (t.t("privacy-pdf-registered-on"), 2.0),
        ]);
        for m in &data.merged_records {
            table.push_row([
                or_unknown(&t, &m.record.last_name),
                or_unknown(&t, &m.record.first_name),
                instant_date(&t, &m.record.registered_at),
            ]);
        }
        doc = doc.table(table);
    }

    doc = doc.heading(t.t("privacy-pdf-consent-heading"));
    if data.consents.is_empty() {
        doc = none(doc, &t, "privacy-pdf-consent-none");
    } else {
        let mut table = Table::new([
            (t.t("privacy-pdf-consent-given"), 2.0),
            (t.t("privacy-pdf-consent-scopes"), 5.0),
            (t.t("privacy-pdf-consent-withdrawn"), 2.0),
        ]);
        for c in &data.consents {
            // One agreement a line: each label is a sentence of its own.
            let mut scopes = c
                .scopes
                .iter()
                .map(|s| t.t(s.label_id()))
                .collect::<Vec<_>>()
                .join("\n");
            if c.by_guardian {
                scopes = format!("{scopes}\n{}", t.t("privacy-pdf-consent-guardian"));
            }
            table.push_row([
                civil_date(&t, &c.given_on),
                scopes,
                c.withdrawn_on
                    .as_deref()
                    .map(|d| civil_date(&t, d))
                    .unwrap_or_else(|| t.t("privacy-pdf-consent-in-force")),
            ]);
        }
        doc = doc.table(table);
    }

    doc = doc.heading(t.t("privacy-pdf-sessions-heading"));
    if data.sessions.is_empty() {
        doc = none(doc, &t, "privacy-pdf-sessions-none");
    } else {
        doc = doc.paragraph(t.t_args(
            "privacy-pdf-sessions-count",
            &[("count", data.sessions.len().into())],
        ));
        let mut table = Table::new([
            // Wide enough for "26 septembre 2022" on one line.
            (t.t("privacy-pdf-date"), 2.9),
            (t.t("privacy-pdf-duration"), 1.2),
            (t.t("privacy-pdf-what"), 4.0),
            (t.t("privacy-pdf-notes"), 2.6),
        ]);
        for s in &data.sessions {
            let mut date = civil_date(&t, &s.date);
            if s.deleted {
                date = format!("{date}\n{}", t.t("privacy-pdf-deleted"));
            }
            let mut what = labels(&t, &s.themes, |x| x.label_id());
            if !s.procedure_name.is_empty() {
                what = format!("{what}\n{}", s.procedure_name);
            }
            if let Some(r) = s.referral {
                let to = s.partner.as_deref().unwrap_or(s.referral_to.as_str());
                let target = if to.is_empty() {
                    t.t(r.label_id())
                } else {
                    to.to_owned()
                };
                what = format!(
                    "{what}\n{}",
                    t.t_args("privacy-pdf-referred", &[("to", target.into())])
                );
            }
            if !s.tags.is_empty() {
                what = format!("{what}\n{}", s.tags.join(", "));
            }
            table.push_row([
                date,
                minutes(&t, s.duration_min, lang),
                what,
                s.notes.clone(),
            ]);
        }
        doc = doc.table(table);
    }

    doc = doc.heading(t.t("privacy-pdf-workshops-heading"));
    if data.workshops.is_empty() {
        doc = none(doc, &t, "privacy-pdf-workshops-none");
    } else {
        let mut table = Table::new([
            (t.t("privacy-pdf-date"), 2.2),
            (t.t("privacy-pdf-workshop"), 5.0),
            (t.t("privacy-pdf-duration"), 1.2),
        ]);
        for w in &data.workshops {
            let mut date = civil_date(&t, &w.date);
            if w.deleted {
                date = format!("{date}\n{}", t.t("privacy-pdf-deleted"));
            }
            table.push_row([
                date,
                format!("{}\n{}", w.title, labels(&t, &w.themes, |x| x.label_id())),
                minutes(&t, w.duration_min, lang),
            ]);
        }
        doc = doc.table(table);
    }

    doc = doc.heading(t.t("privacy-pdf-follow-ups-heading"));
    if data.follow_ups.is_empty() {
        doc = none(doc, &t, "privacy-pdf-follow-ups-none");
    } else {
        let mut table = Table::new([
            (t.t("privacy-pdf-date"), 2.6),
            (t.t("privacy-pdf-follow-up-what"), 3.8),
            (t.t("privacy-pdf-follow-up-bring"), 2.8),
            (t.t("privacy-pdf-follow-up-done"), 2.6),
        ]);
        for f in &data.follow_ups {
            let mut date = civil_date(&t, &f.due_date);
            if let Some(time) = &f.due_time {
                date = format!("{date}\n{time}");
            }
            table.push_row([
                date,
                f.what.clone(),
                f.bring.clone(),
                f.done_at
                    .as_deref()
                    .map(|d| instant_date(&t, d))
                    .unwrap_or_else(|| t.t("privacy-pdf-follow-up-not-done")),
            ]);
        }
        doc = doc.table(table);
    }

    doc = doc.heading(t.t("privacy-pdf-journal-heading"));
    if data.journal.is_empty() {
        doc = none(doc, &t, "privacy-pdf-journal-none");
    } else {
        doc = doc.paragraph(t.t("privacy-pdf-journal-body"));
    }
    let mut table = Table::new([
        (t.t("privacy-pdf-date"), 2.2),
        (t.t("privacy-pdf-journal-action"), 5.0),
        (t.t("privacy-pdf-journal-by"), 2.5),
    ]);
    for j in &data.journal {
        let action = action_label_id(&j.action)
            .map(|id| t.t(id))
            .unwrap_or_else(|| j.action.clone());
        let by = match j.actor.as_str() {
            "recovery" => t.t("privacy-pdf-actor-recovery"),
            "system" => t.t("privacy-pdf-actor-system"),
            name => name.to_owned(),
        };
        table.push_row([instant_date(&t, &j.at), action, by]);
    }
    if !data.journal.is_empty() {
        doc = doc.table(table);
    }

    doc.heading(t.t("privacy-pdf-rights-heading"))
        .bullets([
            t.t("privacy-pdf-right-correct"),
            t.t("privacy-pdf-right-erase"),
            t.t("privacy-pdf-right-withdraw"),
            t.t("privacy-pdf-right-complain"),
        ])
        .render()
}
