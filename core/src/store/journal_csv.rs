//! The audit journal as a CSV file, for a funder, an auditor or the structure's own records.
//!
//! Format, chosen for the spreadsheet software French help desks use:
//! - UTF-8 with a byte-order mark (without it, Excel reads UTF-8 as Windows-1252 and breaks
//!   every accent);
//! - `;` between cells: French Excel's list separator, so a double click opens the file in
//!   columns (a `,` file lands in one column there);
//! - CRLF line ends; a cell holding `;`, `"`, a line break or a leading or trailing space is
//!   quoted, and `"` inside it doubled (RFC 4180);
//! - a cell starting with `=`, `+`, `-`, `@`, a tab or a carriage return gets a leading `'`, so
//!   a spreadsheet never runs it as a formula (CSV injection);
//! - one header row in the chosen language, then one row per journal entry, oldest first:
//!   sequence number, local date and time (ISO 8601 with the UTC offset), actor code, actor
//!   name, action code, action label, record id, row hash (hex).

use super::journal::{action_label_id, Entry};
use passerelle_locales::Translator;
use std::collections::BTreeMap;

pub const SEPARATOR: char = ';';
const BOM: &str = "\u{feff}";
const EOL: &str = "\r\n";

/// One cell, guarded against formulas and quoted when needed.
pub fn cell(raw: &str) -> String {
    let guarded = if raw.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{raw}")
    } else {
        raw.to_owned()
    };
    let needs_quotes = guarded.contains([SEPARATOR, '"', '\n', '\r'])
        || guarded.starts_with(' ')
        || guarded.ends_with(' ');
    if needs_quotes {
        format!("\"{}\"", guarded.replace('"', "\"\""))
    } else {
        guarded
    }
}

fn push_row(out: &mut String, cells: &[&str]) {
    let line: Vec<String> = cells.iter().map(|c| cell(c)).collect();
    out.push_str(&line.join(&SEPARATOR.to_string()));
    out.push_str(EOL);
}

/// Local date and time with the offset, e.g. `2026-11-21T16:05:00+01:00`.
fn local_time(at_ms: i64, tz: &jiff::tz::TimeZone) -> String {
    match jiff::Timestamp::from_millisecond(at_ms) {
        Ok(ts) => ts
            .to_zoned(tz.clone())
            .strftime("%Y-%m-%dT%H:%M:%S%:z")
            .to_string(),
        // Out of jiff's range: only a damaged row could hold that; show the raw value.
        Err(_) => at_ms.to_string(),
    }
}

/// The whole file. `names` maps staff ids (as text) to display names; an actor missing from
/// it was removed from the staff list since.
pub fn render(
    rows: &[Entry],
    names: &BTreeMap<String, String>,
    lang: &str,
    tz: &jiff::tz::TimeZone,
) -> String {
    let t = Translator::new(lang, false);
    let mut out = String::from(BOM);
    push_row(
        &mut out,
        &[
            &t.t("journal-csv-seq"),
            &t.t("journal-csv-time"),
            &t.t("journal-csv-actor"),
            &t.t("journal-csv-actor-name"),
            &t.t("journal-csv-action"),
            &t.t("journal-csv-action-label"),
            &t.t("journal-csv-record"),
            &t.t("journal-csv-hash"),
        ],
    );
    let recovery = t.t("journal-actor-recovery");
    let system = t.t("journal-actor-system");
    let removed = t.t("journal-actor-removed");
    for e in rows {
        let actor_name = match e.actor.as_str() {
            "recovery" => recovery.as_str(),
            "system" => system.as_str(),
            id => names.get(id).map_or(removed.as_str(), String::as_str),
        };
        let label = action_label_id(&e.action).map_or_else(|| e.action.clone(), |id| t.t(id));
        push_row(
            &mut out,
            &[
                &e.seq.to_string(),
                &local_time(e.at, tz),
                &e.actor,
                actor_name,
                &e.action,
                &label,
                e.record_id.as_deref().unwrap_or(""),
                &hex::encode(&e.hash),
            ],
        );
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells_are_quoted_and_never_formulas() {
        assert_eq!(cell("Camille"), "Camille");
        assert_eq!(cell(""), "");
        assert_eq!(cell("a;b"), "\"a;b\"");
        assert_eq!(cell("dit \"non\""), "\"dit \"\"non\"\"\"");
        assert_eq!(cell("deux\nlignes"), "\"deux\nlignes\"");
        assert_eq!(cell(" espace"), "\" espace\"");
        assert_eq!(cell("=1+1"), "'=1+1");
        assert_eq!(cell("+33 6"), "'+33 6");
        assert_eq!(cell("-2"), "'-2");
        assert_eq!(cell("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(cell("\tx"), "'\tx");
        assert_eq!(
            cell("=HYPERLINK(\"x\";\"y\")"),
            "\"'=HYPERLINK(\"\"x\"\";\"\"y\"\")\""
        );
        // Only the first character matters.
        assert_eq!(cell("a=b"), "a=b");
    }

    #[test]
    fn times_are_local_with_their_offset() {
        let paris_winter = jiff::tz::TimeZone::fixed(jiff::tz::offset(1));
        // 2026-11-21T15:05:00Z
        assert_eq!(
            local_time(1_795_273_500_000, &paris_winter),
            "2026-11-21T16:05:00+01:00"
        );
        assert_eq!(
            local_time(0, &jiff::tz::TimeZone::UTC),
            "1970-01-01T00:00:00+00:00"
        );
    }
}
