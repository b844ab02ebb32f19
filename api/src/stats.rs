//! Activity statistics: the query a report screen sends and the figures it gets back. Every
//! definition (what counts, in which unit) lives in `core`'s statistics module; these are the
//! shapes only, shared by the dashboard, the PDF report and the spreadsheets.

use crate::vocab::{ActivityType, Theme};
use serde::{Deserialize, Serialize};

/// Tauri command names.
pub mod cmd {
    pub const STATISTICS: &str = "statistics";
    /// [`super::SaveReportRequest`] → the file name written.
    pub const SAVE_REPORT: &str = "save_report";
}

/// A report written to `path`, a new file the save dialog gave (never replaced).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SaveReportRequest {
    pub report: crate::report::ReportRequest,
    pub path: String,
}

/// The dashboard's request: one period's figures, and the previous period's beside them if
/// asked (the same length just before: `core` owns that rule, as for the reports).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StatisticsRequest {
    pub query: StatsQuery,
    #[serde(default)]
    pub compare_previous: bool,
}

/// A period's figures and, when asked, the previous period's.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PeriodStatistics {
    pub current: Statistics,
    pub previous: Option<PreviousPeriod>,
}

/// The period just before, with the same filters.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PreviousPeriod {
    /// First day, `YYYY-MM-DD`.
    pub from: String,
    /// Last day, `YYYY-MM-DD`.
    pub to: String,
    pub statistics: Statistics,
}

/// The period and filters of a report. Empty lists mean "no filter".
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct StatsQuery {
    /// First day, `YYYY-MM-DD`, included.
    pub from: String,
    /// Last day, `YYYY-MM-DD`, included.
    pub to: String,
    /// Place ids (an activity at one of them).
    #[serde(default)]
    pub places: Vec<String>,
    /// Staff ids (an activity recorded by one of them).
    #[serde(default)]
    pub mediators: Vec<String>,
    #[serde(default)]
    pub types: Vec<ActivityType>,
    /// An activity with at least one of these themes.
    #[serde(default)]
    pub themes: Vec<Theme>,
    /// Tag ids (an activity with at least one of them).
    #[serde(default)]
    pub tags: Vec<String>,
    /// The commune of the place of the activity (name, postal code or INSEE code).
    #[serde(default)]
    pub commune: Option<String>,
    /// Cells with a count from 1 to `mask_below - 1` are flagged [`StatRow::masked`].
    #[serde(default)]
    pub mask_below: Option<u32>,
}

/// How a row is named on screen.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", content = "value", rename_all = "snake_case")]
pub enum RowLabel {
    /// A Fluent message id (vocabulary codes, duration buckets).
    Message(String),
    /// Text shown as is (a place's or tag's name, a commune, a month `YYYY-MM`).
    Text(String),
}

/// One cell of a dimension.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StatRow {
    /// Stable key: the national code, a place or tag id, a commune name, or `YYYY-MM`.
    pub key: String,
    pub label: RowLabel,
    pub count: u64,
    /// Share of the dimension's total in tenths of a percent (333 is 33.3 %); the shares of a
    /// dimension add up to exactly 1000 (largest remainder).
    pub per_mille: u32,
    /// The count is under the query's `mask_below`: the screen shows "< n" instead.
    pub masked: bool,
}

/// A breakdown: its rows and the total its percentages are shares of (the sum of its counts).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Dimension {
    pub rows: Vec<StatRow>,
    pub total: u64,
}

/// The headline figures of a period.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Totals {
    /// One per participant: an individual session is 1, a workshop its named plus anonymous
    /// participants.
    pub accompaniments: u64,
    /// Individual sessions plus workshops.
    pub activities: u64,
    /// Distinct people who took part (see [`Statistics`] for who counts as one).
    pub people: u64,
    /// Of `people`, those with a named record ("bénéficiaires suivis").
    pub named_people: u64,
    /// Of `people`, the anonymous ones.
    pub anonymous_people: u64,
    /// Person records whose first activity ever falls in the period.
    pub new_people: u64,
    /// Accompaniments of anonymous participants.
    pub anonymous_accompaniments: u64,
    /// Follow-ups marked done during the period.
    pub follow_ups_done: u64,
    /// Vault usage at the end of the period: people with at least one document stored (no
    /// filter applies: documents belong to people, not to activities).
    #[serde(default)]
    pub people_with_documents: u64,
    /// Vault usage at the end of the period: documents stored (deleted ones are gone, private
    /// ones count; counts only, never a document's content).
    #[serde(default)]
    pub documents_stored: u64,
}

/// Every figure of a report.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Statistics {
    pub totals: Totals,
    /// Accompaniments per month, every month of the period (zeros included).
    pub per_month: Dimension,
    /// Accompaniments, individual vs workshop.
    pub accompaniments_by_type: Dimension,
    /// The dimensions below count one per activity.
    pub activity_types: Dimension,
    pub themes: Dimension,
    pub procedure_themes: Dimension,
    pub tags: Dimension,
    pub equipment: Dimension,
    pub canal: Dimension,
    pub durations: Dimension,
    pub places: Dimension,
    /// Individual sessions with a referral, by category.
    pub referrals: Dimension,
    /// The dimensions below count one per distinct person.
    pub genders: Dimension,
    pub age_brackets: Dimension,
    pub statuses: Dimension,
    pub communes: Dimension,
}

/// Duration buckets, lower bound included, upper excluded: 30 min is in the second, 60 in the
/// third.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum DurationBucket {
    #[serde(rename = "moins_de_30_min")]
    Under30,
    #[serde(rename = "30_min_a_1_h")]
    From30To60,
    #[serde(rename = "1_h_a_2_h")]
    From60To120,
    #[serde(rename = "2_h_et_plus")]
    From120,
}

impl DurationBucket {
    pub const ALL: &'static [DurationBucket] = &[
        DurationBucket::Under30,
        DurationBucket::From30To60,
        DurationBucket::From60To120,
        DurationBucket::From120,
    ];

    pub fn of(minutes: u32) -> DurationBucket {
        match minutes {
            0..=29 => DurationBucket::Under30,
            30..=59 => DurationBucket::From30To60,
            60..=119 => DurationBucket::From60To120,
            _ => DurationBucket::From120,
        }
    }

    pub const fn code(self) -> &'static str {
        match self {
            DurationBucket::Under30 => "moins_de_30_min",
            DurationBucket::From30To60 => "30_min_a_1_h",
            DurationBucket::From60To120 => "1_h_a_2_h",
            DurationBucket::From120 => "2_h_et_plus",
        }
    }

    pub const fn label_id(self) -> &'static str {
        match self {
            DurationBucket::Under30 => "duration-moins-de-30-min",
            DurationBucket::From30To60 => "duration-30-min-a-1-h",
            DurationBucket::From60To120 => "duration-1-h-a-2-h",
            DurationBucket::From120 => "duration-2-h-et-plus",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn buckets_include_their_lower_bound() {
        let got: Vec<_> = [0, 29, 30, 59, 60, 119, 120, 600]
            .into_iter()
            .map(DurationBucket::of)
            .collect();
        use DurationBucket::*;
        assert_eq!(
            got,
            [
                Under30,
                Under30,
                From30To60,
                From30To60,
                From60To120,
                From60To120,
                From120,
                From120
            ]
        );
        for b in DurationBucket::ALL {
            let json = serde_json::to_string(b).unwrap();
            assert_eq!(json, format!("\"{}\"", b.code()));
        }
    }
}
