//! Tauri command of the activity dashboard: a one-line adapter over `core`'s desk.

use crate::Shell;
use passerelle_api::report::{ReportFile, ReportRequest};
use passerelle_api::stats::{PeriodStatistics, SaveReportRequest, StatisticsRequest};
use passerelle_api::ApiError;
use tauri::State;

#[tauri::command(async)]
pub fn statistics(
    shell: State<'_, Shell>,
    req: StatisticsRequest,
) -> Result<PeriodStatistics, ApiError> {
    shell.desk().statistics(&req)
}

#[tauri::command(async)]
pub fn report_file_name(
    shell: State<'_, Shell>,
    req: ReportRequest,
) -> Result<ReportFile, ApiError> {
    shell.desk().report_file_name(&req)
}

#[tauri::command(async)]
pub fn save_report(shell: State<'_, Shell>, req: SaveReportRequest) -> Result<String, ApiError> {
    shell.desk().save_report(&req)
}
