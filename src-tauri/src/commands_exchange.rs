//! Tauri commands of import and export: one-line adapters over `core`'s desk, except the
//! import, whose file arrives as the raw request body (not a JSON array of numbers) with its
//! kind and name as headers, and whose progress goes back to the screen as events.

use crate::Shell;
use passerelle_api::exchange::{cmd, *};
use passerelle_api::{ApiError, ErrorCode};
use tauri::ipc::{InvokeBody, Request};
use tauri::{AppHandle, Emitter, State};

/// `%XX` sequences back to bytes (the screen percent-encodes the file name: headers are ASCII).
pub(crate) fn percent_decode(s: &str) -> String {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        let hex = |c: u8| (c as char).to_digit(16);
        if b[i] == b'%' && i + 2 < b.len() {
            if let (Some(h), Some(l)) = (hex(b[i + 1]), hex(b[i + 2])) {
                out.push((h * 16 + l) as u8);
                i += 3;
                continue;
            }
        }
        out.push(b[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

#[tauri::command(async)]
pub fn import_file(
    app: AppHandle,
    shell: State<'_, Shell>,
    request: Request<'_>,
) -> Result<ImportOutcome, ApiError> {
    let refused = || ApiError::new(ErrorCode::InvalidField);
    let InvokeBody::Raw(bytes) = request.body() else {
        return Err(refused());
    };
    let header = |name: &str| {
        request
            .headers()
            .get(name)
            .and_then(|v| v.to_str().ok())
            .map(str::to_owned)
    };
    let kind = match header("x-import-kind").as_deref() {
        Some("people") => ImportKind::People,
        Some("activities") => ImportKind::Activities,
        _ => return Err(refused()),
    };
    let file_name = percent_decode(&header("x-import-file-name").unwrap_or_default());
    let req = ImportRequest { kind, file_name };
    let mut progress = |p: ImportProgress| {
        let _ = app.emit(cmd::IMPORT_PROGRESS_EVENT, p);
    };
    shell.desk().import_file(&req, bytes, &mut progress)
}

#[tauri::command(async)]
pub fn export_sessions(
    shell: State<'_, Shell>,
    req: ExportSessionsRequest,
) -> Result<ExportSummary, ApiError> {
    shell.desk().export_sessions(&req)
}

#[tauri::command(async)]
pub fn export_sessions_file_name(
    shell: State<'_, Shell>,
    req: ExportFileNameRequest,
) -> Result<String, ApiError> {
    shell.desk().export_sessions_file_name(&req)
}

#[cfg(test)]
mod tests {
    use super::percent_decode;

    #[test]
    fn file_names_come_back_from_percent_encoding() {
        assert_eq!(
            percent_decode("activit%C3%A9s%202026.xlsx"),
            "activités 2026.xlsx"
        );
        assert_eq!(percent_decode("a%2"), "a%2");
        assert_eq!(percent_decode("100%"), "100%");
    }
}
