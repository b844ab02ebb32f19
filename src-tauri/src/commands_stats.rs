//! Tauri command of the activity dashboard: a one-line adapter over `core`'s desk.

use crate::Shell;
use passerelle_api::stats::{Statistics, StatisticsRequest};
use passerelle_api::ApiError;
use tauri::State;

#[tauri::command(async)]
pub fn statistics(shell: State<'_, Shell>, req: StatisticsRequest) -> Result<Statistics, ApiError> {
    shell.desk().statistics(&req.query)
}
