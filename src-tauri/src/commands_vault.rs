//! Tauri commands of the document vault: one-line adapters over `core`'s desk. A new
//! document's bytes arrive as the raw request body (its metadata as one percent-encoded JSON
//! header), and a document's or thumbnail's bytes go back as a raw response (an ArrayBuffer on
//! the page), never as JSON arrays of numbers.

use crate::commands_exchange::percent_decode;
use crate::Shell;
use passerelle_api::people::PersonRequest;
use passerelle_api::vault::*;
use passerelle_api::{ApiError, ErrorCode};
use tauri::ipc::{InvokeBody, Request, Response};
use tauri::State;

#[tauri::command(async)]
pub fn vault_open(shell: State<'_, Shell>, req: PersonRequest) -> Result<VaultView, ApiError> {
    shell.desk().open_vault(&req)
}

#[tauri::command(async)]
pub fn vault_add_document(
    shell: State<'_, Shell>,
    request: Request<'_>,
) -> Result<DocumentAdded, ApiError> {
    let refused = || ApiError::new(ErrorCode::InvalidField);
    let InvokeBody::Raw(bytes) = request.body() else {
        return Err(refused());
    };
    let meta = request
        .headers()
        .get("x-document-meta")
        .and_then(|v| v.to_str().ok())
        .map(percent_decode)
        .ok_or_else(refused)?;
    let meta: DocumentMeta = serde_json::from_str(&meta).map_err(|_| refused())?;
    shell.desk().add_document(&meta, bytes)
}

#[tauri::command(async)]
pub fn vault_read_document(
    shell: State<'_, Shell>,
    req: DocumentRequest,
) -> Result<Response, ApiError> {
    shell.desk().read_document(&req).map(Response::new)
}

/// Journals `document.printed` before the viewer opens the OS print dialog.
#[tauri::command(async)]
pub fn vault_document_printed(
    shell: State<'_, Shell>,
    req: DocumentRequest,
) -> Result<(), ApiError> {
    shell.desk().document_printed(&req)
}

/// An empty response when the document has no thumbnail.
#[tauri::command(async)]
pub fn vault_document_thumbnail(
    shell: State<'_, Shell>,
    req: DocumentRequest,
) -> Result<Response, ApiError> {
    let bytes = shell.desk().document_thumbnail(&req)?;
    Ok(Response::new(bytes.unwrap_or_default()))
}

#[tauri::command(async)]
pub fn vault_update_document(
    shell: State<'_, Shell>,
    req: UpdateDocumentRequest,
) -> Result<(), ApiError> {
    shell.desk().update_document(&req)
}

#[tauri::command(async)]
pub fn vault_delete_document(
    shell: State<'_, Shell>,
    req: DocumentRequest,
) -> Result<(), ApiError> {
    shell.desk().delete_document(&req)
}

#[tauri::command(async)]
pub fn vault_expiring_documents(
    shell: State<'_, Shell>,
    req: ExpiringRequest,
) -> Result<Vec<ExpiringDocument>, ApiError> {
    shell.desk().expiring_documents(&req)
}

/// The card code comes back once, to be printed on the person's card.
#[tauri::command(async)]
pub fn vault_enrol_private(
    shell: State<'_, Shell>,
    req: EnrolPrivateRequest,
) -> Result<PrivateEnrolled, ApiError> {
    shell.desk().enrol_private_vault(&req)
}

#[tauri::command(async)]
pub fn vault_open_private_document(
    shell: State<'_, Shell>,
    req: OpenPrivateRequest,
) -> Result<Response, ApiError> {
    shell.desk().open_private_document(&req).map(Response::new)
}

/// Exports the chosen shared documents: checked first (a private one is refused before any
/// dialog), then the native folder picker, then `core` writes them there. `None`: the user
/// cancelled the picker, nothing written.
#[tauri::command(async)]
pub fn vault_export_documents(
    app: tauri::AppHandle,
    shell: State<'_, Shell>,
    req: ExportChosenRequest,
) -> Result<Option<ExportedDocuments>, ApiError> {
    shell.desk().check_export(&req)?;
    // The desk is not held while the dialog is open.
    let Some(folder) = crate::dialogs::choose_folder(&app) else {
        return Ok(None);
    };
    shell
        .desk()
        .export_documents(&ExportDocumentsRequest {
            ids: req.ids,
            folder,
            names: req.names,
        })
        .map(Some)
}

/// The person's card as PDF bytes (a raw response), for the viewer and the print dialog.
#[tauri::command(async)]
pub fn vault_identity_card_pdf(
    shell: State<'_, Shell>,
    req: IdentityCardRequest,
) -> Result<Response, ApiError> {
    shell.desk().identity_card_pdf(&req).map(Response::new)
}

#[tauri::command(async)]
pub fn vault_settings(shell: State<'_, Shell>) -> Result<VaultSettings, ApiError> {
    shell.desk().vault_settings()
}

#[tauri::command(async)]
pub fn vault_set_settings(shell: State<'_, Shell>, req: VaultSettings) -> Result<(), ApiError> {
    shell.desk().set_vault_settings(&req)
}
