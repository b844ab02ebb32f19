//! Desk adapter of the activity report: a request in, the file's name, type and bytes out (the
//! shell sends the bytes raw and saves them where the save dialog says).

use crate::desk::{api, Desk};
use passerelle_api::report::{ReportFile, ReportRequest};
use passerelle_api::ApiError;

impl Desk {
    /// Generates the report (PDF, HTML, XLSX or CSV) in memory; nothing is written to disk.
    pub fn report_file(&mut self, req: &ReportRequest) -> Result<(ReportFile, Vec<u8>), ApiError> {
        self.session_mut()?.activity_report(req).map_err(api)
    }

    /// The default file name and media type of a report, for the save dialog.
    pub fn report_file_name(&mut self, req: &ReportRequest) -> Result<ReportFile, ApiError> {
        self.session_mut()?.report_file_name(req).map_err(api)
    }
}
