//! Tauri commands of vault intake from the native file dialog: the dialog gives paths, `core`
//! reads the files itself and can then delete the originals the user chose to delete.

use crate::Shell;
use passerelle_api::vault::{AddPickedRequest, DeleteSourcesRequest, DocumentAdded, PickedFile};
use passerelle_api::ApiError;
use tauri::{AppHandle, State};
use tauri_plugin_dialog::DialogExt;

/// Opens the native dialog (several files at once); an empty list when cancelled. The desk is
/// not held while the dialog is open.
#[tauri::command(async)]
pub fn vault_pick_files(
    app: AppHandle,
    shell: State<'_, Shell>,
) -> Result<Vec<PickedFile>, ApiError> {
    let paths: Vec<_> = app
        .dialog()
        .file()
        .blocking_pick_files()
        .unwrap_or_default()
        .into_iter()
        .filter_map(|p| p.into_path().ok())
        .collect();
    shell.desk().register_picked(paths)
}

#[tauri::command(async)]
pub fn vault_add_picked(
    shell: State<'_, Shell>,
    req: AddPickedRequest,
) -> Result<DocumentAdded, ApiError> {
    shell.desk().add_picked(&req)
}

#[tauri::command(async)]
pub fn vault_delete_sources(
    shell: State<'_, Shell>,
    req: DeleteSourcesRequest,
) -> Result<Vec<String>, ApiError> {
    shell.desk().delete_picked_sources(&req)
}
