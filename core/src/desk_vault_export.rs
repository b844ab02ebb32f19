//! Desk commands of the vault's plaintext exits and settings: export of chosen documents to a
//! folder (see [`crate::store::vault::export`]), the beneficiary's card as PDF bytes, and the
//! vault's settings (quota per person, expiry window).

use crate::desk::{api, invalid, person_id, Desk};
use crate::store::ids::DocumentId;
use crate::store::StoreError;
use crate::vault_key::CardSecret;
use passerelle_api::vault::*;
use passerelle_api::ApiError;
use std::path::PathBuf;

fn document_ids(ids: &[String]) -> Result<Vec<DocumentId>, ApiError> {
    ids.iter()
        .map(|id| id.parse().map_err(|_| api(StoreError::DocumentNotFound)))
        .collect()
}

impl Desk {
    /// Checks an export before the folder picker opens: every document exists, is open to the
    /// acting staff member and is shared (a private one is refused). Writes nothing.
    pub fn check_export(&mut self, req: &ExportChosenRequest) -> Result<(), ApiError> {
        let ids = document_ids(&req.ids)?;
        self.session_mut()?.check_export(&ids).map_err(api)?;
        Ok(())
    }

    /// Writes the chosen shared documents, decrypted, into `req.folder` (safe names, never
    /// over an existing file; journals `document.exported` for each).
    pub fn export_documents(
        &mut self,
        req: &ExportDocumentsRequest,
    ) -> Result<ExportedDocuments, ApiError> {
        let ids = document_ids(&req.ids)?;
        let folder = PathBuf::from(req.folder.trim());
        if req.folder.trim().is_empty() {
            return Err(invalid("folder"));
        }
        let files = self
            .session_mut()?
            .export_documents_named(&ids, &folder, req.names)
            .map_err(api)?;
        let written = files
            .first()
            .and_then(|f| f.path.parent())
            .map(|p| p.display().to_string())
            .unwrap_or_else(|| folder.display().to_string());
        Ok(ExportedDocuments {
            folder: written,
            files: files.into_iter().map(|f| f.file_name).collect(),
        })
    }

    /// The person's card for their private documents, as PDF bytes to show and print (never
    /// written to disk here). The first name comes from the person's record.
    pub fn identity_card_pdf(&mut self, req: &IdentityCardRequest) -> Result<Vec<u8>, ApiError> {
        let person = person_id(&req.person)?;
        let card = CardSecret::parse(&req.card_text)
            .map_err(|e| api(crate::store::vault::private::key_error(e)))?;
        self.session_mut()?
            .identity_card_pdf(person, &card, &req.lang)
            .map_err(api)
    }

    /// The vault's settings, for the settings screen.
    pub fn vault_settings(&mut self) -> Result<VaultSettings, ApiError> {
        let (quota_mb, expiry_window_days) = self.session_mut()?.vault_settings().map_err(api)?;
        Ok(VaultSettings {
            quota_mb,
            expiry_window_days,
        })
    }

    /// Changes the vault's settings (coordinators). An out-of-range value is refused with the
    /// field named as in [`VaultSettings`]: `quota_mb` (1 to 100 000) or `expiry_window_days`
    /// (1 to 366).
    pub fn set_vault_settings(&mut self, req: &VaultSettings) -> Result<(), ApiError> {
        self.session_mut()?
            .set_vault_settings(req.quota_mb, req.expiry_window_days)
            .map_err(|e| match e {
                StoreError::InvalidField {
                    field: "vault_quota_mb",
                } => invalid("quota_mb"),
                e => api(e),
            })
    }
}

#[cfg(test)]
#[path = "desk_vault_export_tests.rs"]
mod tests;
