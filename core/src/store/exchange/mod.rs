//! Import and export (see `docs/exchange.md`).
//!
//! - [`table`]: a CSV or XLSX file as numbered rows of text, and its header row;
//! - [`words`]: the national vocabulary as French labels (written) and spellings (read);
//! - [`import_people`]: people from the spreadsheet mediators already keep;
//! - [`import_activities`]: past activities from the national activity tool's export, so a
//!   centre that switches mid-year still gets a complete annual report;
//! - [`export`]: sessions in the national column order, XLSX or CSV;
//! - [`bench`]: fixtures for `passerelle bench`.
//!
//! An import is all or nothing: every row is read and checked before anything is written; any
//! problem (row as the spreadsheet shows it, column, Fluent id) means nothing is written. Then
//! one transaction writes everything with one journal row that holds counts only.

pub mod bench;
pub mod export;
pub mod import_activities;
pub mod import_people;
pub(crate) mod table;
pub(crate) mod words;

#[cfg(test)]
mod tests;

use super::error::StoreError;
use super::session::{Permission, Session};
use passerelle_api::exchange::{
    ImportKind, ImportOutcome, ImportProblem, ImportProgress, ImportStage, MAX_LISTED_PROBLEMS,
};
use passerelle_locales::fluent_id;
use table::ColumnRef;

/// The Fluent ids of the problems an import reports (`locales/*/exchange.ftl`).
pub mod problem {
    use super::fluent_id;
    pub const NO_HEADER: &str = fluent_id!("exchange-problem-no-header");
    pub const MISSING_COLUMN: &str = fluent_id!("exchange-problem-missing-column");
    pub const INVALID_ROW: &str = fluent_id!("exchange-problem-invalid-row");
    pub const NAME_MISSING: &str = fluent_id!("exchange-problem-name-missing");
    pub const TOO_LONG: &str = fluent_id!("exchange-problem-too-long");
    pub const BIRTH_YEAR: &str = fluent_id!("exchange-problem-birth-year");
    pub const POSTAL_CODE: &str = fluent_id!("exchange-problem-postal-code");
    pub const INSEE_CODE: &str = fluent_id!("exchange-problem-insee-code");
    pub const PHONE: &str = fluent_id!("exchange-problem-phone");
    pub const EMAIL: &str = fluent_id!("exchange-problem-email");
    pub const GENDER: &str = fluent_id!("exchange-problem-gender");
    pub const STATUS: &str = fluent_id!("exchange-problem-status");
    pub const AGE_BRACKET: &str = fluent_id!("exchange-problem-age-bracket");
    pub const DATE: &str = fluent_id!("exchange-problem-date");
    pub const DATE_TIME: &str = fluent_id!("exchange-problem-date-time");
    pub const TYPE: &str = fluent_id!("exchange-problem-type");
    pub const PARTICIPANTS: &str = fluent_id!("exchange-problem-participants");
    pub const CANAL: &str = fluent_id!("exchange-problem-canal");
    pub const DURATION: &str = fluent_id!("exchange-problem-duration");
    pub const EQUIPMENT: &str = fluent_id!("exchange-problem-equipment");
    pub const THEMES: &str = fluent_id!("exchange-problem-themes");
    pub const THEMES_MISSING: &str = fluent_id!("exchange-problem-themes-missing");
    pub const TAGS: &str = fluent_id!("exchange-problem-tags");
    pub const LEVEL: &str = fluent_id!("exchange-problem-level");
    pub const REFERRAL: &str = fluent_id!("exchange-problem-referral");
    pub const IDENTIFIER_MISSING: &str = fluent_id!("exchange-problem-identifier-missing");
    pub const INCONSISTENT: &str = fluent_id!("exchange-problem-inconsistent");
    pub const INDIVIDUAL_SEVERAL_ROWS: &str =
        fluent_id!("exchange-problem-individual-several-rows");
}

/// Progress is reported every this many rows (and at the end of each stage).
pub(crate) const PROGRESS_EVERY: usize = 250;

/// The problems found so far (with their column's place, to list a row's problems left to
/// right); past [`MAX_LISTED_PROBLEMS`] they are only counted.
#[derive(Debug, Default)]
pub(crate) struct Problems {
    list: Vec<(ImportProblem, usize)>,
    more: u64,
}

impl Problems {
    pub fn push(&mut self, sheet: &Option<String>, row: u32, column: Option<ColumnRef>, id: &str) {
        if self.list.len() < MAX_LISTED_PROBLEMS {
            let index = column.as_ref().map_or(usize::MAX, |c| c.index);
            let problem = ImportProblem {
                sheet: sheet.clone(),
                row,
                column: column.map(|c| c.name),
                problem: id.to_owned(),
            };
            self.list.push((problem, index));
        } else {
            self.more += 1;
        }
    }

    pub fn is_empty(&self) -> bool {
        self.list.is_empty()
    }

    pub fn into_outcome(mut self, rows: u64) -> ImportOutcome {
        self.list
            .sort_by(|(a, i), (b, j)| (&a.sheet, a.row, i).cmp(&(&b.sheet, b.row, j)));
        ImportOutcome::Problems {
            problems: self.list.into_iter().map(|(p, _)| p).collect(),
            more_problems: self.more,
            rows,
        }
    }
}

/// The caller's progress callback.
pub struct Progress<'a>(pub &'a mut dyn FnMut(ImportProgress));

impl Progress<'_> {
    fn report(&mut self, stage: ImportStage, done: u64, total: u64) {
        (self.0)(ImportProgress { stage, done, total });
    }
    pub(crate) fn validating(&mut self, done: u64, total: u64) {
        self.report(ImportStage::Validating, done, total);
    }
    pub(crate) fn writing(&mut self, done: u64, total: u64) {
        self.report(ImportStage::Writing, done, total);
    }
}

/// A spreadsheet drops the leading zero of a number: 612345678 was 06 12 34 56 78, 1000 was
/// the postal code 01000.
pub(crate) fn restore_zero(cell: &str, digits: usize) -> String {
    if cell.len() == digits && cell.chars().all(|c| c.is_ascii_digit()) && !cell.starts_with('0') {
        format!("0{cell}")
    } else {
        cell.to_owned()
    }
}

pub(crate) fn now_ms() -> i64 {
    jiff::Timestamp::now().as_millisecond()
}

/// A day as spreadsheets write it: `21/11/2026`, `21/11/26`, `2026-11-21`, with or without a
/// time after it, or an Excel serial day number (a date cell without its format).
pub(crate) fn civil_date(cell: &str) -> Option<jiff::civil::Date> {
    civil_datetime(cell).map(|dt| dt.date())
}

/// [`civil_date`] with the time of day, if given (`21/11/2026 16:05`, `2026-11-21 16:05:00`).
pub(crate) fn civil_datetime(cell: &str) -> Option<jiff::civil::DateTime> {
    let cell = cell.trim();
    let (day, time) = match cell.split_once([' ', 'T']) {
        Some((d, t)) => (d, Some(t.trim().trim_start_matches("à").trim())),
        None => (cell, None),
    };
    let date = if let Ok(serial) = day.parse::<u32>() {
        // Days since 1899-12-30 (Excel's 1900 system, leap-year bug included), 2000 to 2099.
        if !(36_526..=73_050).contains(&serial) {
            return None;
        }
        jiff::civil::date(1899, 12, 30)
            .checked_add(jiff::Span::new().days(i64::from(serial)))
            .ok()?
    } else if day.contains('/') {
        let mut parts = day.split('/');
        let d: i8 = parts.next()?.parse().ok()?;
        let m: i8 = parts.next()?.parse().ok()?;
        let y: i16 = parts.next()?.parse().ok()?;
        if parts.next().is_some() {
            return None;
        }
        let y = if y < 100 { 2000 + y } else { y };
        jiff::civil::Date::new(y, m, d).ok()?
    } else {
        day.parse::<jiff::civil::Date>().ok()?
    };
    let time = match time {
        None | Some("") => jiff::civil::Time::midnight(),
        Some(t) => {
            let t = t.replace('h', ":");
            let mut parts = t.split(':');
            let h: i8 = parts.next()?.trim().parse().ok()?;
            let mi: i8 = parts.next().map_or(Some(0), |m| m.trim().parse().ok())?;
            let s: i8 = parts
                .next()
                .map_or(Some(0), |s| s.trim().split('.').next()?.parse().ok())?;
            jiff::civil::Time::new(h, mi, s, 0).ok()?
        }
    };
    Some(date.to_datetime(time))
}

impl Session {
    /// Imports a file (CSV or XLSX) of people or of past activities: all or nothing. Refuses a
    /// file over 50 MiB, of an unknown format, or empty, before reading any row; otherwise
    /// answers with every problem found (nothing written) or with what was written (one
    /// transaction, one journal row with counts only). `progress` hears of rows checked, then
    /// of records written.
    pub fn import_file(
        &mut self,
        kind: ImportKind,
        file_name: &str,
        bytes: &[u8],
        progress: &mut dyn FnMut(ImportProgress),
    ) -> Result<ImportOutcome, StoreError> {
        self.require(Permission::ExchangeData)?;
        let sheets = table::read(file_name, bytes)?;
        let mut progress = Progress(progress);
        match kind {
            ImportKind::People => import_people::import(self, &sheets, &mut progress),
            ImportKind::Activities => import_activities::import(self, &sheets, &mut progress),
        }
    }
}

#[cfg(test)]
mod date_tests {
    use super::*;

    #[test]
    fn lost_leading_zeros_come_back() {
        assert_eq!(restore_zero("612345678", 9), "0612345678");
        assert_eq!(restore_zero("0612345678", 9), "0612345678");
        assert_eq!(restore_zero("+33612345678", 9), "+33612345678");
        assert_eq!(restore_zero("1000", 4), "01000");
        assert_eq!(restore_zero("75011", 4), "75011");
    }

    #[test]
    fn dates_as_spreadsheets_write_them() {
        let d = jiff::civil::date(2026, 11, 21);
        assert_eq!(civil_date("21/11/2026"), Some(d));
        assert_eq!(civil_date("21/11/26"), Some(d));
        assert_eq!(civil_date("2026-11-21"), Some(d));
        assert_eq!(civil_date("46347"), Some(d), "an Excel serial day");
        assert_eq!(civil_date("2026-11-21 16:05:00"), Some(d));
        assert_eq!(civil_date("31/02/2026"), None);
        assert_eq!(civil_date("hier"), None);
        assert_eq!(civil_datetime("21/11/2026 16:05"), Some(d.at(16, 5, 0, 0)));
        assert_eq!(
            civil_datetime("21/11/2026 à 16h05"),
            Some(d.at(16, 5, 0, 0))
        );
    }
}
