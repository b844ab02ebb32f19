//! The activity report as a file: the statistics of a period (see [`crate::stats`]) written as a
//! printable PDF, an accessible HTML page, or a spreadsheet (XLSX, CSV). Every format carries the
//! same figures, from one computation.

use crate::stats::StatsQuery;
use serde::{Deserialize, Serialize};

/// Command names of the report screen.
pub mod cmd {
    /// [`super::ReportRequest`] → the file's bytes, raw (a `tauri::ipc::Response`); its name
    /// and type come from [`REPORT_FILE_NAME`].
    pub const REPORT_FILE: &str = "report_file";
    /// [`super::ReportRequest`] → [`super::ReportFile`] (the save dialog's default name and the
    /// media type), without generating the report.
    pub const REPORT_FILE_NAME: &str = "report_file_name";
}

/// The formats a report is written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ReportFormat {
    /// Printable A4 document with charts (French or English; other languages print in French).
    Pdf,
    /// One self-contained accessible page (every shipped language, right-to-left included).
    Html,
    /// A workbook: a summary sheet, then one sheet per breakdown.
    Xlsx,
    /// One table after another, UTF-8 with a byte-order mark and `;` (French Excel).
    Csv,
}

impl ReportFormat {
    pub const ALL: [ReportFormat; 4] = [
        ReportFormat::Pdf,
        ReportFormat::Html,
        ReportFormat::Xlsx,
        ReportFormat::Csv,
    ];

    pub const fn extension(self) -> &'static str {
        match self {
            ReportFormat::Pdf => "pdf",
            ReportFormat::Html => "html",
            ReportFormat::Xlsx => "xlsx",
            ReportFormat::Csv => "csv",
        }
    }

    pub const fn media_type(self) -> &'static str {
        match self {
            ReportFormat::Pdf => "application/pdf",
            ReportFormat::Html => "text/html; charset=utf-8",
            ReportFormat::Xlsx => {
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            }
            ReportFormat::Csv => "text/csv; charset=utf-8",
        }
    }

    pub fn parse(s: &str) -> Option<ReportFormat> {
        ReportFormat::ALL
            .into_iter()
            .find(|f| f.extension().eq_ignore_ascii_case(s.trim()))
    }
}

/// A report to generate: the period and filters, whether to set the previous period of the
/// same length beside it, the language of its words, the format.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReportRequest {
    pub query: StatsQuery,
    #[serde(default)]
    pub compare_previous: bool,
    /// `fr`, `en` or `ar` (a PDF in Arabic prints in French for now: use the HTML).
    pub lang: String,
    pub format: ReportFormat,
}

/// What the generated file is called and what it is; its bytes travel apart (raw).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReportFile {
    /// Default name, never a person's: `rapport-activite-2026-01-2026-12.pdf`.
    pub file_name: String,
    pub media_type: String,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_round_trip_through_their_extension() {
        for f in ReportFormat::ALL {
            assert_eq!(ReportFormat::parse(f.extension()), Some(f));
            let json = serde_json::to_string(&f).unwrap();
            assert_eq!(json, format!("\"{}\"", f.extension()));
        }
        assert_eq!(ReportFormat::parse(" PDF "), Some(ReportFormat::Pdf));
        assert_eq!(ReportFormat::parse("ods"), None);
    }
}
