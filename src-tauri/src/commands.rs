//! Tauri commands: one-line adapters from IPC to `core`, errors as `ApiError` (code + Fluent id).

use crate::Shell;
use passerelle_api::{ApiError, AppInfo, DisplayPrefs, SetDisplayPrefs};
use passerelle_core::{about, prefs};
use tauri::State;

#[tauri::command]
pub fn app_info(shell: State<'_, Shell>) -> AppInfo {
    about::app_info(&shell.data_dir)
}

#[tauri::command]
pub fn get_display_prefs(shell: State<'_, Shell>) -> Result<DisplayPrefs, ApiError> {
    prefs::load(&shell.data_dir.path).map_err(ApiError::from)
}

#[tauri::command]
pub fn set_display_prefs(shell: State<'_, Shell>, req: SetDisplayPrefs) -> Result<(), ApiError> {
    prefs::save(&shell.data_dir.path, &req.prefs).map_err(ApiError::from)
}
