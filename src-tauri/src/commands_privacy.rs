//! Tauri commands of a person's privacy rights (access, erasure) and the retention review:
//! one-line adapters over `core`'s desk.

use crate::Shell;
use passerelle_api::people::PersonRequest;
use passerelle_api::privacy::*;
use passerelle_api::ApiError;
use tauri::State;

#[tauri::command(async)]
pub fn access_file_name(
    shell: State<'_, Shell>,
    req: AccessFileNameRequest,
) -> Result<String, ApiError> {
    shell.desk().access_file_name(&req)
}

#[tauri::command(async)]
pub fn export_person_access(
    shell: State<'_, Shell>,
    req: ExportAccessRequest,
) -> Result<AccessExported, ApiError> {
    shell.desk().export_person_access(&req)
}

#[tauri::command(async)]
pub fn erase_person(shell: State<'_, Shell>, req: PersonRequest) -> Result<ErasureDone, ApiError> {
    shell.desk().erase_person(&req)
}

#[tauri::command(async)]
pub fn retention_review(shell: State<'_, Shell>) -> Result<RetentionReview, ApiError> {
    shell.desk().retention_review()
}

#[tauri::command(async)]
pub fn retention_purge(
    shell: State<'_, Shell>,
    req: RetentionPurgeRequest,
) -> Result<RetentionPurged, ApiError> {
    shell.desk().retention_purge(&req)
}
