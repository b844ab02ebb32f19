//! Native dialogs. The save dialog returns a path; `core` then writes there (and refuses to
//! overwrite). GTK would record every file picked in its "recent files" list, which names
//! exports: that list is turned off at start (see `main`).

use tauri::AppHandle;
use tauri_plugin_dialog::DialogExt;

/// Asks where to save an export, proposing `default_name` (which never carries a person's
/// name). `None` when the user cancels.
pub fn choose_save_path(app: &AppHandle, default_name: &str) -> Option<String> {
    app.dialog()
        .file()
        .set_file_name(default_name)
        .blocking_save_file()
        .and_then(|p| p.into_path().ok())
        .map(|p| p.display().to_string())
}

/// Asks for a folder to export documents into. `None` when the user cancels.
pub fn choose_folder(app: &AppHandle) -> Option<String> {
    app.dialog()
        .file()
        .blocking_pick_folder()
        .and_then(|p| p.into_path().ok())
        .map(|p| p.display().to_string())
}
