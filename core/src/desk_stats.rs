//! Desk adapters of the activity dashboard: a period and filters in, every figure out (the
//! statistics module owns what the figures mean), and the report saved where the coordinator
//! chose.

use crate::desk::{api, invalid, Desk};
use crate::fsutil::{write_atomic_new, NewFileError};
use passerelle_api::stats::SaveReportRequest;
use passerelle_api::stats::{PeriodStatistics, PreviousPeriod, StatisticsRequest};
use passerelle_api::{ApiError, ErrorCode};
use std::path::PathBuf;

impl Desk {
    /// The figures of one period and, if asked, of the period just before (the reports' rule:
    /// as many whole months, else as many days).
    pub fn statistics(&mut self, req: &StatisticsRequest) -> Result<PeriodStatistics, ApiError> {
        let s = self.session_mut()?;
        let current = s.statistics(&req.query).map_err(api)?;
        let previous = if req.compare_previous {
            // The dates parsed: the statistics above refused unreadable ones.
            let day = |d: &str, f| d.parse::<jiff::civil::Date>().map_err(|_| invalid(f));
            let (from, to) = crate::report::previous_period(
                day(&req.query.from, "from")?,
                day(&req.query.to, "to")?,
            );
            let query = passerelle_api::stats::StatsQuery {
                from: from.to_string(),
                to: to.to_string(),
                ..req.query.clone()
            };
            let statistics = s.statistics(&query).map_err(api)?;
            Some(PreviousPeriod {
                from: query.from,
                to: query.to,
                statistics,
            })
        } else {
            None
        };
        Ok(PeriodStatistics { current, previous })
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
    use passerelle_api::stats::{SaveReportRequest, StatisticsRequest, StatsQuery};
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

    #[test]
    fn the_previous_period_is_chosen_in_core_with_the_same_filters() {
        let d = tempfile::tempdir().unwrap();
        let mut desk = signed_in_desk(d.path());
        let query = StatsQuery {
            from: "2026-01-01".into(),
            to: "2026-03-31".into(),
            mask_below: Some(5),
            ..StatsQuery::default()
        };
        let got = desk
            .statistics(&StatisticsRequest {
                query: query.clone(),
                compare_previous: true,
            })
            .unwrap();
        let p = got.previous.expect("asked for");
        assert_eq!(
            (p.from.as_str(), p.to.as_str()),
            ("2025-10-01", "2025-12-31")
        );
        assert_eq!(p.statistics.per_month.rows.len(), 3);
        let alone = desk
            .statistics(&StatisticsRequest {
                query,
                compare_previous: false,
            })
            .unwrap();
        assert!(alone.previous.is_none());
        assert_eq!(alone.current, got.current);
    }
}
