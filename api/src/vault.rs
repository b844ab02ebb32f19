//! Requests and responses of the document vault: a person's papers, encrypted file by file.
//!
//! Bytes never travel inside JSON: a document's content goes to the shell as the raw body of
//! the request (with [`DocumentMeta`] beside it), and comes back as a raw response. Ids travel
//! as strings; dates as `YYYY-MM-DD` civil dates; instants as unix milliseconds.

use serde::{Deserialize, Serialize};

/// Command names of the vault screens.
pub mod cmd {
    /// [`crate::people::PersonRequest`] → [`super::VaultView`] (journals `vault.opened`).
    pub const OPEN_VAULT: &str = "vault_open";
    /// raw body (the file's bytes) + [`super::DocumentMeta`] → [`super::DocumentAdded`].
    pub const ADD_DOCUMENT: &str = "vault_add_document";
    /// [`super::DocumentRequest`] → raw bytes (shared documents; journals `document.viewed`).
    pub const READ_DOCUMENT: &str = "vault_read_document";
    /// [`super::DocumentRequest`] → raw JPEG bytes, or an empty body when there is none.
    pub const DOCUMENT_THUMBNAIL: &str = "vault_document_thumbnail";
    /// [`super::UpdateDocumentRequest`] → `()`.
    pub const UPDATE_DOCUMENT: &str = "vault_update_document";
    /// [`super::DocumentRequest`] → `()` (journals `document.deleted`).
    pub const DELETE_DOCUMENT: &str = "vault_delete_document";
    /// [`super::ExpiringRequest`] → `Vec<`[`super::ExpiringDocument`]`>` (the Today list).
    pub const EXPIRING_DOCUMENTS: &str = "vault_expiring_documents";
    /// [`super::EnrolPrivateRequest`] → [`super::PrivateEnrolled`] (the card secret, once).
    pub const ENROL_PRIVATE_VAULT: &str = "vault_enrol_private";
    /// [`super::OpenPrivateRequest`] → raw bytes (card secret and PIN of the person).
    pub const OPEN_PRIVATE_DOCUMENT: &str = "vault_open_private_document";
    /// [`super::ExportChosenRequest`] → `Option<`[`super::ExportedDocuments`]`>`: the shell asks
    /// for a folder with the native picker (`None`: cancelled), then writes the documents
    /// there (journals `document.exported` for each).
    pub const EXPORT_DOCUMENTS: &str = "vault_export_documents";
    /// [`super::IdentityCardRequest`] → raw PDF bytes of the person's card (nothing on disk).
    pub const IDENTITY_CARD_PDF: &str = "vault_identity_card_pdf";
    /// `()` → [`super::VaultSettings`].
    pub const VAULT_SETTINGS: &str = "vault_settings";
    /// [`super::VaultSettings`] → `()` (coordinators).
    pub const SET_VAULT_SETTINGS: &str = "vault_set_settings";
}

/// The folders of a person's vault. Codes are stored: never renamed or reused.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DocumentCategory {
    Identite,
    TitreDeSejour,
    Sante,
    Logement,
    Impots,
    Revenus,
    Emploi,
    Famille,
    Banque,
    Transport,
    Autre,
}

impl DocumentCategory {
    /// Every category, in the order the vault's folders are shown.
    pub const ALL: &'static [DocumentCategory] = &[
        DocumentCategory::Identite,
        DocumentCategory::TitreDeSejour,
        DocumentCategory::Sante,
        DocumentCategory::Logement,
        DocumentCategory::Impots,
        DocumentCategory::Revenus,
        DocumentCategory::Emploi,
        DocumentCategory::Famille,
        DocumentCategory::Banque,
        DocumentCategory::Transport,
        DocumentCategory::Autre,
    ];

    /// The stable code (database, CLI, IPC).
    pub const fn code(self) -> &'static str {
        match self {
            DocumentCategory::Identite => "identite",
            DocumentCategory::TitreDeSejour => "titre_de_sejour",
            DocumentCategory::Sante => "sante",
            DocumentCategory::Logement => "logement",
            DocumentCategory::Impots => "impots",
            DocumentCategory::Revenus => "revenus",
            DocumentCategory::Emploi => "emploi",
            DocumentCategory::Famille => "famille",
            DocumentCategory::Banque => "banque",
            DocumentCategory::Transport => "transport",
            DocumentCategory::Autre => "autre",
        }
    }

    /// The Fluent id of the label (`vault-category-` and the code with `-`).
    pub const fn label_id(self) -> &'static str {
        match self {
            DocumentCategory::Identite => "vault-category-identite",
            DocumentCategory::TitreDeSejour => "vault-category-titre-de-sejour",
            DocumentCategory::Sante => "vault-category-sante",
            DocumentCategory::Logement => "vault-category-logement",
            DocumentCategory::Impots => "vault-category-impots",
            DocumentCategory::Revenus => "vault-category-revenus",
            DocumentCategory::Emploi => "vault-category-emploi",
            DocumentCategory::Famille => "vault-category-famille",
            DocumentCategory::Banque => "vault-category-banque",
            DocumentCategory::Transport => "vault-category-transport",
            DocumentCategory::Autre => "vault-category-autre",
        }
    }

    pub fn parse(code: &str) -> Option<Self> {
        Self::ALL.iter().copied().find(|c| c.code() == code)
    }
}

/// What comes with the bytes of a new document.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DocumentMeta {
    pub person: String,
    /// The file's name on the computer it came from (kept in the encrypted store only).
    pub original_name: String,
    /// Empty: the original name without its extension.
    #[serde(default)]
    pub title: String,
    pub category: DocumentCategory,
    #[serde(default)]
    pub issued_on: Option<String>,
    #[serde(default)]
    pub expires_on: Option<String>,
    #[serde(default)]
    pub notes: String,
    /// Encrypted to the person's own identity (card + PIN): staff cannot open it.
    #[serde(default)]
    pub private: bool,
}

/// One document as the vault screen lists it (no bytes).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DocumentView {
    pub id: String,
    pub person: String,
    pub title: String,
    pub category: DocumentCategory,
    pub original_name: String,
    /// The type found by content (`application/pdf`, `image/jpeg`…).
    pub media_type: String,
    pub size: u64,
    pub issued_on: Option<String>,
    pub expires_on: Option<String>,
    /// Days from today to `expires_on` (negative once expired), counted in `core`.
    #[serde(default)]
    pub days_left: Option<i64>,
    pub notes: String,
    pub private: bool,
    /// A thumbnail can be asked for ([`cmd::DOCUMENT_THUMBNAIL`]).
    pub has_thumbnail: bool,
    /// Who added it (a staff member's display name), if known.
    pub added_by: Option<String>,
    pub created_at_ms: i64,
    pub updated_at_ms: i64,
}

/// A document added, and whether the person's vault is now at 90 % of its quota or more.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DocumentAdded {
    pub document: DocumentView,
    pub quota_warning: bool,
    pub used_bytes: u64,
    pub quota_bytes: u64,
}

/// A person's vault as the screen opens it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct VaultView {
    pub person: String,
    /// Newest first.
    pub documents: Vec<DocumentView>,
    pub used_bytes: u64,
    pub quota_bytes: u64,
    /// The person has a private vault (a card and a PIN).
    pub private_enrolled: bool,
    /// Documents expiring within this many days are flagged (settings).
    pub expiry_window_days: u32,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DocumentRequest {
    pub id: String,
}

/// New metadata of a document (its content never changes).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct UpdateDocumentRequest {
    pub id: String,
    pub title: String,
    pub category: DocumentCategory,
    #[serde(default)]
    pub issued_on: Option<String>,
    #[serde(default)]
    pub expires_on: Option<String>,
    #[serde(default)]
    pub notes: String,
}

/// Documents expiring within `window_days` (the settings' window when `None`), expired ones
/// included.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ExpiringRequest {
    #[serde(default)]
    pub window_days: Option<u32>,
}

/// A line of the Today list: "Titre de séjour : expire le 3 mars".
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ExpiringDocument {
    pub id: String,
    pub person: String,
    /// The person's display name, for the Today list.
    pub person_name: String,
    pub title: String,
    pub category: DocumentCategory,
    pub expires_on: String,
    /// Negative once expired.
    pub days_left: i64,
}

/// Enrols a person's private vault: a new card secret, protected with their PIN.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EnrolPrivateRequest {
    pub person: String,
    pub pin: String,
}

impl std::fmt::Debug for EnrolPrivateRequest {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("EnrolPrivateRequest")
            .field("person", &self.person)
            .finish_non_exhaustive()
    }
}

impl Drop for EnrolPrivateRequest {
    fn drop(&mut self) {
        zeroize::Zeroize::zeroize(&mut self.pin);
    }
}

/// The card secret of a newly enrolled private vault, shown and printed once.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PrivateEnrolled {
    pub card_text: String,
}

impl std::fmt::Debug for PrivateEnrolled {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("PrivateEnrolled([redacted])")
    }
}

impl Drop for PrivateEnrolled {
    fn drop(&mut self) {
        zeroize::Zeroize::zeroize(&mut self.card_text);
    }
}

/// Opens a private document with the person's card secret and PIN.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OpenPrivateRequest {
    pub id: String,
    pub card_text: String,
    pub pin: String,
}

impl std::fmt::Debug for OpenPrivateRequest {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("OpenPrivateRequest")
            .field("id", &self.id)
            .finish_non_exhaustive()
    }
}

impl Drop for OpenPrivateRequest {
    fn drop(&mut self) {
        zeroize::Zeroize::zeroize(&mut self.card_text);
        zeroize::Zeroize::zeroize(&mut self.pin);
    }
}

/// How exported files are named. The default never carries the person's name.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ExportNames {
    /// `<category>-<issue date or date added>.<ext>`, e.g. `titre-de-sejour-2026-03-31.pdf`.
    #[default]
    Neutral,
    /// The name the file had when it was added (often holds the person's name), made safe.
    Original,
}

/// Exports shared documents to a folder (desk and CLI; the screen uses
/// [`ExportChosenRequest`], whose folder comes from the native picker).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ExportDocumentsRequest {
    pub ids: Vec<String>,
    /// An existing folder, absolute path, outside the data folder.
    pub folder: String,
    #[serde(default)]
    pub names: ExportNames,
}

/// The screen's export: the documents chosen; the shell asks for the folder.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ExportChosenRequest {
    pub ids: Vec<String>,
    #[serde(default)]
    pub names: ExportNames,
}

/// What an export wrote.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ExportedDocuments {
    /// The folder written to (as the system names it).
    pub folder: String,
    /// The file names written, in the order of the request.
    pub files: Vec<String>,
}

/// The person's card for their private documents, as PDF bytes to show and print. The card
/// code is the one shown at enrolment ([`PrivateEnrolled`]).
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct IdentityCardRequest {
    pub person: String,
    pub card_text: String,
    /// The language of the card's text (`fr`, `en`…).
    pub lang: String,
}

impl std::fmt::Debug for IdentityCardRequest {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("IdentityCardRequest")
            .field("person", &self.person)
            .field("lang", &self.lang)
            .finish_non_exhaustive()
    }
}

impl Drop for IdentityCardRequest {
    fn drop(&mut self) {
        zeroize::Zeroize::zeroize(&mut self.card_text);
    }
}

/// The vault's settings: the quota per person (MiB, 1 to 100 000) and how many days ahead an
/// expiry date is flagged (1 to 366).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct VaultSettings {
    pub quota_mb: u32,
    pub expiry_window_days: u32,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn categories_round_trip_as_snake_case_codes() {
        for c in DocumentCategory::ALL {
            assert_eq!(DocumentCategory::parse(c.code()), Some(*c));
            let json = serde_json::to_string(c).unwrap();
            assert_eq!(json, format!("\"{}\"", c.code()));
            assert_eq!(
                c.label_id(),
                format!("vault-category-{}", c.code().replace('_', "-"))
            );
        }
        assert_eq!(DocumentCategory::ALL.len(), 11);
        assert_eq!(DocumentCategory::parse("passeport"), None);
    }

    #[test]
    fn secrets_stay_out_of_debug() {
        let r = OpenPrivateRequest {
            id: "d".into(),
            card_text: "CARD-SECRET".into(),
            pin: "123456".into(),
        };
        let s = format!("{r:?}");
        assert!(!s.contains("CARD-SECRET") && !s.contains("123456"), "{s}");
        let e = PrivateEnrolled {
            card_text: "CARD-SECRET".into(),
        };
        assert!(!format!("{e:?}").contains("CARD"));
    }
}

/// Intake from files picked in the native dialog: `core` reads them itself (no bytes cross
/// the IPC), and knows where they came from, so it can offer to delete the originals.
pub mod picked_cmd {
    /// `()` → `Vec<`[`super::PickedFile`]`>` (empty when the dialog was cancelled).
    pub const PICK_FILES: &str = "vault_pick_files";
    /// [`super::AddPickedRequest`] → [`super::DocumentAdded`].
    pub const ADD_PICKED: &str = "vault_add_picked";
    /// [`super::DeleteSourcesRequest`] → `Vec<String>` (the names of the files deleted).
    pub const DELETE_SOURCES: &str = "vault_delete_sources";
}

/// A file picked for intake: a token standing for its path (the screen never sees paths).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PickedFile {
    pub token: String,
    /// The file's name, for the form (lossy if the name is not valid UTF-8: `core` then
    /// refuses it at intake).
    pub name: String,
    pub size: u64,
}

/// Adds a picked file; `meta.original_name` is ignored (the file's own name is used).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AddPickedRequest {
    pub token: String,
    pub meta: DocumentMeta,
}

/// Deletes the originals of picked files that were added to the vault.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DeleteSourcesRequest {
    pub tokens: Vec<String>,
}
