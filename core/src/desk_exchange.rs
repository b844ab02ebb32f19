//! The desk's import and export commands (see [`crate::store::exchange`]): one method per
//! screen command, taking and returning `passerelle_api::exchange` structs. The file to import
//! arrives as bytes (the screen reads the picked file and sends it as the request body); the
//! export's destination comes from the shell's save dialog.

use crate::desk::{api, invalid, Desk};
use passerelle_api::exchange::{
    ExportFileNameRequest, ExportSessionsRequest, ExportSummary, ImportOutcome, ImportProgress,
    ImportRequest,
};
use passerelle_api::ApiError;
use std::path::PathBuf;

impl Desk {
    /// Imports a file of people or of past activities, all or nothing: the answer lists every
    /// problem (nothing written) or what was written. `progress` hears of rows checked, then of
    /// records written (the shell forwards it as the `import-progress` event).
    pub fn import_file(
        &mut self,
        req: &ImportRequest,
        bytes: &[u8],
        progress: &mut dyn FnMut(ImportProgress),
    ) -> Result<ImportOutcome, ApiError> {
        self.session_mut()?
            .import_file(req.kind, &req.file_name, bytes, progress)
            .map_err(api)
    }

    /// Exports sessions to a new file at `req.path` (a file, or a folder for the default name).
    pub fn export_sessions(
        &mut self,
        req: &ExportSessionsRequest,
    ) -> Result<ExportSummary, ApiError> {
        let path = PathBuf::from(&req.path);
        if !path.is_absolute() {
            return Err(invalid("path"));
        }
        self.session_mut()?
            .export_sessions(req.format, &req.filter, &path)
            .map_err(api)
    }

    /// The file name an export would get, to prefill the save dialog (never a person's name).
    pub fn export_sessions_file_name(
        &mut self,
        req: &ExportFileNameRequest,
    ) -> Result<String, ApiError> {
        self.session_mut()?
            .export_file_name(req.format, &req.filter)
            .map_err(api)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::device::MemoryDeviceStore;
    use passerelle_api::exchange::{ExportFormat, ImportKind, SessionsFilter};
    use passerelle_api::store::{KeyringState, SecretText, SetupRequest};
    use passerelle_api::ErrorCode;

    #[test]
    fn the_desk_imports_bytes_and_exports_to_the_chosen_folder() {
        let dir = tempfile::tempdir().unwrap();
        let keyring = KeyringState {
            available: false,
            reason: Some("tests".into()),
        };
        let mut desk = Desk::new(dir.path(), Box::new(MemoryDeviceStore::default()), keyring);
        desk.setup(&SetupRequest {
            structure_name: "Centre social des Tilleuls".into(),
            places: vec![],
            coordinator_name: "Awa".into(),
            passphrase: SecretText::new("cheval agrafe pile correct".into()),
            bind_device: false,
            language: "fr".into(),
        })
        .unwrap();
        let people = ImportRequest {
            kind: ImportKind::People,
            file_name: "personnes.csv".into(),
        };
        let mut progress = Vec::new();
        let out = desk
            .import_file(
                &people,
                "Nom;Prénom\nLefèvre;Hélène\n".as_bytes(),
                &mut |p| progress.push(p),
            )
            .unwrap();
        assert!(
            matches!(out, ImportOutcome::Imported { ref counts } if counts.people_created == 1),
            "{out:?}"
        );
        assert!(!progress.is_empty());
        let refused = desk
            .import_file(
                &ImportRequest {
                    kind: ImportKind::Activities,
                    file_name: "activites.ods".into(),
                },
                b"PK\x03\x04",
                &mut |_| {},
            )
            .unwrap_err();
        assert_eq!(refused.code, ErrorCode::UnknownFileFormat);
        assert_eq!(refused.message_id, "error-unknown-file-format");

        let request = |path: String| ExportSessionsRequest {
            format: ExportFormat::Csv,
            filter: SessionsFilter::default(),
            path,
        };
        let e = desk
            .export_sessions(&request("relatif.csv".into()))
            .unwrap_err();
        assert_eq!(e.code, ErrorCode::InvalidField);
        let name = desk
            .export_sessions_file_name(&ExportFileNameRequest {
                format: ExportFormat::Csv,
                filter: SessionsFilter::default(),
            })
            .unwrap();
        assert!(name.starts_with("passerelle-accompagnements-") && name.ends_with(".csv"));
        let summary = desk
            .export_sessions(&request(dir.path().display().to_string()))
            .unwrap();
        assert!(summary.path.ends_with(&name), "{} / {name}", summary.path);
        assert_eq!(summary.rows, 0);
    }
}
