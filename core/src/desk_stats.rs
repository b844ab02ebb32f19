//! Desk adapters of the activity dashboard: a period and filters in, every figure out (the
//! statistics module owns what the figures mean), and the report saved where the coordinator
//! chose.

use crate::desk::{api, invalid, Desk};
use crate::fsutil::{write_atomic_new, NewFileError};
use passerelle_api::stats::SaveReportRequest;
use passerelle_api::stats::{Statistics, StatsQuery};
use passerelle_api::{ApiError, ErrorCode};
use std::path::PathBuf;

impl Desk {
    /// The figures of one period; the dashboard asks twice to compare with the previous one.
    pub fn statistics(&mut self, query: &StatsQuery) -> Result<Statistics, ApiError> {
        self.session_mut()?.statistics(query).map_err(api)
    }

    /// Writes the report to a new file at `path` (a path the save dialog gave); an existing
    /// file is never replaced. Returns the file name written.
    pub fn save_report(&mut self, req: &SaveReportRequest) -> Result<String, ApiError> {
        let path = PathBuf::from(&req.path);
        if !path.is_absolute() || path.file_name().is_none() {
            return Err(invalid("path"));
        }
        let (file, bytes) = self.report_file(&req.report)?;
        write_atomic_new(&path, &bytes).map_err(|e| match e {
            NewFileError::Exists => ApiError::new(ErrorCode::FileExists),
            NewFileError::Core(e) => e.into(),
        })?;
        Ok(path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or(file.file_name))
    }
}

#[cfg(test)]
mod tests {
    use crate::desk_test_fixture::signed_in_desk;
    use passerelle_api::report::{ReportFormat, ReportRequest};
    use passerelle_api::stats::SaveReportRequest;
    use passerelle_api::stats::StatsQuery;
    use passerelle_api::ErrorCode;

    #[test]
    fn a_saved_report_is_a_new_file_and_never_replaces_one() {
        let d = tempfile::tempdir().unwrap();
        let out = tempfile::tempdir().unwrap();
        let mut desk = signed_in_desk(d.path());
        let report = ReportRequest {
            query: StatsQuery {
                from: "2026-01-01".into(),
                to: "2026-01-31".into(),
                ..StatsQuery::default()
            },
            compare_previous: false,
            lang: "fr".into(),
            format: ReportFormat::Csv,
        };
        let path = out.path().join("rapport.csv");
        let req = SaveReportRequest {
            report: report.clone(),
            path: path.display().to_string(),
        };
        assert_eq!(desk.save_report(&req).unwrap(), "rapport.csv");
        let written = std::fs::read(&path).unwrap();
        assert!(!written.is_empty());
        std::fs::write(&path, b"kept").unwrap();
        assert_eq!(
            desk.save_report(&req).unwrap_err().code,
            ErrorCode::FileExists
        );
        assert_eq!(std::fs::read(&path).unwrap(), b"kept");
        let relative = SaveReportRequest {
            report,
            path: "rapport.csv".into(),
        };
        assert_eq!(
            desk.save_report(&relative).unwrap_err().code,
            ErrorCode::InvalidField
        );
    }
}
