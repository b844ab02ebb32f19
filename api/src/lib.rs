//! The typed contract between the Passerelle UI (wasm) and the desktop shell (native).
//!
//! Only data lives here: request and response structs, command names and the stable error codes
//! the UI switches on. No logic, no I/O, so it compiles for `wasm32` and native alike.

use serde::{Deserialize, Serialize};

pub mod exchange;
pub mod follow;
pub mod people;
pub mod privacy;
pub mod report;
pub mod stats;
pub mod store;
pub mod vault;
pub mod vocab;

/// Names of the Tauri commands, so the UI and the shell cannot drift apart.
pub mod cmd {
    pub const APP_INFO: &str = "app_info";
    pub const GET_DISPLAY_PREFS: &str = "get_display_prefs";
    pub const SET_DISPLAY_PREFS: &str = "set_display_prefs";
    /// [`super::SwitchTrainingRequest`]: relaunches on the training data (or back).
    pub const SWITCH_TRAINING: &str = "switch_training";
}

/// Enter the training space (fictitious data, created on first use) or leave it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct SwitchTrainingRequest {
    pub enter: bool,
}

/// Where the data folder in use came from, in order of precedence.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DataDirSource {
    /// The `--data-dir` command-line flag.
    Flag,
    /// The `PASSERELLE_DATA_DIR` environment variable.
    Environment,
    /// The per-user XDG data folder.
    Default,
}

/// Facts about this installation, shown on the About screen.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AppInfo {
    pub version: String,
    pub data_dir: String,
    pub data_dir_source: DataDirSource,
    /// Whether an encrypted store already exists in the data folder.
    pub store_exists: bool,
    pub components: Vec<Component>,
    /// The data folder holds a training store (fictitious data): every screen says so.
    #[serde(default)]
    pub training: bool,
}

/// A third-party component and its licence, for the About screen.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Component {
    pub name: String,
    pub licence: String,
}

/// Display preferences, remembered per installation (not per person: they are needed before
/// anyone signs in, and they carry no personal data).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DisplayPrefs {
    /// A locale code from `locales/` (`fr`, `en`, `ar`…).
    pub language: String,
    /// Text size in percent, 100 to 200.
    pub text_scale: u16,
    pub high_contrast: bool,
}

impl DisplayPrefs {
    pub const MIN_TEXT_SCALE: u16 = 100;
    pub const MAX_TEXT_SCALE: u16 = 200;
    pub const TEXT_SCALE_STEP: u16 = 25;
}

impl Default for DisplayPrefs {
    fn default() -> Self {
        Self {
            language: "fr".to_owned(),
            text_scale: 100,
            high_contrast: false,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SetDisplayPrefs {
    pub prefs: DisplayPrefs,
}

/// Stable error codes. The UI switches on these and shows the matching Fluent message;
/// never match on message text. Codes are only ever added, never renamed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ErrorCode {
    DataDirUnavailable,
    PrefsUnreadable,
    PrefsInvalid,
    DiskFull,
    /// The shell could not reach `core` (the page runs outside the desktop app).
    ShellUnavailable,
    Internal,
    // Encrypted store and keys (issue 3).
    /// No encrypted store in this data folder.
    StoreNotFound,
    StoreAlreadyExists,
    WrongPassphrase,
    WrongRecoveryKey,
    /// Too many failed attempts: argument `seconds` is the remaining delay.
    TooManyAttempts,
    /// Both copies of the seal file are unreadable.
    SealDamaged,
    /// One copy of the seal file was damaged; the mirror was used and the copy repaired (a warning after unlock).
    SealCopyDamaged,
    /// The store was written by a newer version of Passerelle.
    StoreTooNew,
    StoreDamaged,
    KeyringUnavailable,
    /// The account is bound to another computer.
    DeviceSecretMissing,
    RoleRefused,
    Locked,
    StaffNotFound,
    StaffDisabled,
    LastCoordinator,
    /// Argument `min`: the minimum number of characters.
    PassphraseTooShort,
    /// Argument `seq`: the first broken entry of the audit journal.
    JournalBroken,
    /// A value was refused; argument `field` names the input (a stable id, not text).
    InvalidField,
    /// Another Passerelle process has the store open.
    StoreBusy,
    /// A PDF document (report, recovery sheet…) could not be laid out or written.
    PdfRenderFailed,
    /// The signed-in person still has the temporary passphrase a coordinator gave them: they
    /// must choose their own before anything else.
    PassphraseChangeRequired,
    /// A file to be written already exists; nothing was overwritten.
    FileExists,
    /// The chosen folder is not a removable drive plugged into this computer (or is no longer).
    NotRemovableDrive,
    // The mediator's desk (issue 5).
    /// The person's record is gone (merged into another, or erased).
    PersonNotFound,
    /// The support session was deleted meanwhile (or never existed).
    SessionNotFound,
    /// The follow-up no longer exists.
    FollowUpNotFound,
    /// The partner is not in the directory.
    PartnerNotFound,
    // Import and export (issue 6).
    /// A file to import is larger than the limit; argument `max_mb`.
    FileTooLarge,
    /// A file to import is neither CSV nor XLSX.
    UnknownFileFormat,
    /// A file to import holds no row.
    EmptyFile,
    /// A file to import could not be read (a damaged workbook, a text file that is not CSV).
    UnreadableFile,
    // The document vault (issue 7).
    /// The person's consent in force does not cover the vault.
    VaultConsentMissing,
    /// A document to add is empty (0 bytes).
    DocumentEmpty,
    /// A document's content is not an accepted type (PDF, image, office document, text).
    DocumentTypeRefused,
    /// A document looks like an accepted type but is damaged or cut short; argument `type`.
    DocumentMalformed,
    /// The person's vault would exceed its quota; arguments `used_mb`, `quota_mb`.
    VaultQuotaExceeded,
    /// A file name is not valid UTF-8 text.
    FileNameNotUtf8,
    /// The document is gone (deleted, or never existed).
    DocumentNotFound,
    /// A document's encrypted file is damaged or cut short (the others are not affected).
    DocumentDamaged,
    /// A document's encrypted file is missing from the vault folder.
    DocumentFileMissing,
    /// A private document: only the person, with their card and PIN, can open it.
    DocumentPrivate,
    /// The person has no private vault yet.
    PrivateVaultNotEnrolled,
    /// The person already has a private vault.
    PrivateVaultAlreadyEnrolled,
    /// The card secret or the PIN is wrong.
    VaultSecretWrong,
    /// A PIN that is not accepted (length, digits).
    PinInvalid,
    /// A card code that is incomplete or mistyped (its check characters do not match).
    VaultCardUnreadable,
    /// An export names a private document: staff cannot decrypt it, so it cannot be exported.
    DocumentPrivateNotExported,
    /// The export folder does not exist, is not a folder, or cannot be written to.
    ExportFolderUnusable,
    /// The export folder is inside Passerelle's data folder (plaintext must not land there).
    ExportFolderInDataFolder,
}

impl ErrorCode {
    pub const ALL: &'static [ErrorCode] = &[
        ErrorCode::DataDirUnavailable,
        ErrorCode::PrefsUnreadable,
        ErrorCode::PrefsInvalid,
        ErrorCode::DiskFull,
        ErrorCode::ShellUnavailable,
        ErrorCode::Internal,
        ErrorCode::StoreNotFound,
        ErrorCode::StoreAlreadyExists,
        ErrorCode::WrongPassphrase,
        ErrorCode::WrongRecoveryKey,
        ErrorCode::TooManyAttempts,
        ErrorCode::SealDamaged,
        ErrorCode::SealCopyDamaged,
        ErrorCode::StoreTooNew,
        ErrorCode::StoreDamaged,
        ErrorCode::KeyringUnavailable,
        ErrorCode::DeviceSecretMissing,
        ErrorCode::RoleRefused,
        ErrorCode::Locked,
        ErrorCode::StaffNotFound,
        ErrorCode::StaffDisabled,
        ErrorCode::LastCoordinator,
        ErrorCode::PassphraseTooShort,
        ErrorCode::JournalBroken,
        ErrorCode::InvalidField,
        ErrorCode::StoreBusy,
        ErrorCode::PdfRenderFailed,
        ErrorCode::PassphraseChangeRequired,
        ErrorCode::FileExists,
        ErrorCode::NotRemovableDrive,
        ErrorCode::PersonNotFound,
        ErrorCode::SessionNotFound,
        ErrorCode::FollowUpNotFound,
        ErrorCode::PartnerNotFound,
        ErrorCode::FileTooLarge,
        ErrorCode::UnknownFileFormat,
        ErrorCode::EmptyFile,
        ErrorCode::UnreadableFile,
        ErrorCode::VaultConsentMissing,
        ErrorCode::DocumentEmpty,
        ErrorCode::DocumentTypeRefused,
        ErrorCode::DocumentMalformed,
        ErrorCode::VaultQuotaExceeded,
        ErrorCode::FileNameNotUtf8,
        ErrorCode::DocumentNotFound,
        ErrorCode::DocumentDamaged,
        ErrorCode::DocumentFileMissing,
        ErrorCode::DocumentPrivate,
        ErrorCode::PrivateVaultNotEnrolled,
        ErrorCode::PrivateVaultAlreadyEnrolled,
        ErrorCode::VaultSecretWrong,
        ErrorCode::PinInvalid,
        ErrorCode::VaultCardUnreadable,
        ErrorCode::DocumentPrivateNotExported,
        ErrorCode::ExportFolderUnusable,
        ErrorCode::ExportFolderInDataFolder,
    ];

    /// The Fluent message that explains this error to the user and says what to do next.
    pub fn message_id(self) -> &'static str {
        match self {
            ErrorCode::DataDirUnavailable => "error-data-dir-unavailable",
            ErrorCode::PrefsUnreadable => "error-prefs-unreadable",
            ErrorCode::PrefsInvalid => "error-prefs-invalid",
            ErrorCode::DiskFull => "error-disk-full",
            ErrorCode::ShellUnavailable => "error-shell-unavailable",
            ErrorCode::Internal => "error-internal",
            ErrorCode::StoreNotFound => "error-store-not-found",
            ErrorCode::StoreAlreadyExists => "error-store-already-exists",
            ErrorCode::WrongPassphrase => "error-wrong-passphrase",
            ErrorCode::WrongRecoveryKey => "error-wrong-recovery-key",
            ErrorCode::TooManyAttempts => "error-too-many-attempts",
            ErrorCode::SealDamaged => "error-seal-damaged",
            ErrorCode::SealCopyDamaged => "error-seal-copy-damaged",
            ErrorCode::StoreTooNew => "error-store-too-new",
            ErrorCode::StoreDamaged => "error-store-damaged",
            ErrorCode::KeyringUnavailable => "error-keyring-unavailable",
            ErrorCode::DeviceSecretMissing => "error-device-secret-missing",
            ErrorCode::RoleRefused => "error-role-refused",
            ErrorCode::Locked => "error-locked",
            ErrorCode::StaffNotFound => "error-staff-not-found",
            ErrorCode::StaffDisabled => "error-staff-disabled",
            ErrorCode::LastCoordinator => "error-last-coordinator",
            ErrorCode::PassphraseTooShort => "error-passphrase-too-short",
            ErrorCode::JournalBroken => "error-journal-broken",
            ErrorCode::InvalidField => "error-invalid-field",
            ErrorCode::StoreBusy => "error-store-busy",
            ErrorCode::PdfRenderFailed => "error-pdf-render-failed",
            ErrorCode::PassphraseChangeRequired => "error-passphrase-change-required",
            ErrorCode::FileExists => "error-file-exists",
            ErrorCode::NotRemovableDrive => "error-not-removable-drive",
            ErrorCode::PersonNotFound => "error-person-not-found",
            ErrorCode::SessionNotFound => "error-session-not-found",
            ErrorCode::FollowUpNotFound => "error-follow-up-not-found",
            ErrorCode::PartnerNotFound => "error-partner-not-found",
            ErrorCode::FileTooLarge => "error-file-too-large",
            ErrorCode::UnknownFileFormat => "error-unknown-file-format",
            ErrorCode::EmptyFile => "error-empty-file",
            ErrorCode::UnreadableFile => "error-unreadable-file",
            ErrorCode::VaultConsentMissing => "error-vault-consent-missing",
            ErrorCode::DocumentEmpty => "error-document-empty",
            ErrorCode::DocumentTypeRefused => "error-document-type-refused",
            ErrorCode::DocumentMalformed => "error-document-malformed",
            ErrorCode::VaultQuotaExceeded => "error-vault-quota-exceeded",
            ErrorCode::FileNameNotUtf8 => "error-file-name-not-utf8",
            ErrorCode::DocumentNotFound => "error-document-not-found",
            ErrorCode::DocumentDamaged => "error-document-damaged",
            ErrorCode::DocumentFileMissing => "error-document-file-missing",
            ErrorCode::DocumentPrivate => "error-document-private",
            ErrorCode::PrivateVaultNotEnrolled => "error-private-vault-not-enrolled",
            ErrorCode::PrivateVaultAlreadyEnrolled => "error-private-vault-already-enrolled",
            ErrorCode::VaultSecretWrong => "error-vault-secret-wrong",
            ErrorCode::PinInvalid => "error-pin-invalid",
            ErrorCode::VaultCardUnreadable => "error-vault-card-unreadable",
            ErrorCode::DocumentPrivateNotExported => "error-document-private-not-exported",
            ErrorCode::ExportFolderUnusable => "error-export-folder-unusable",
            ErrorCode::ExportFolderInDataFolder => "error-export-folder-in-data-folder",
        }
    }
}

/// An error as it crosses the IPC boundary: a stable code, its Fluent id, and named arguments
/// for the message (never personal data).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ApiError {
    pub code: ErrorCode,
    pub message_id: String,
    #[serde(default)]
    pub args: Vec<(String, String)>,
}

impl ApiError {
    pub fn new(code: ErrorCode) -> Self {
        Self {
            code,
            message_id: code.message_id().to_owned(),
            args: Vec::new(),
        }
    }

    pub fn with_arg(mut self, name: &str, value: impl Into<String>) -> Self {
        self.args.push((name.to_owned(), value.into()));
        self
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn error_codes_serialise_as_stable_snake_case() {
        let e = ApiError::new(ErrorCode::DataDirUnavailable).with_arg("path", "x");
        let json = serde_json::to_string(&e).unwrap();
        assert!(json.contains(r#""code":"data_dir_unavailable""#), "{json}");
        assert!(
            json.contains(r#""message_id":"error-data-dir-unavailable""#),
            "{json}"
        );
        let back: ApiError = serde_json::from_str(&json).unwrap();
        assert_eq!(back, e);
    }

    #[test]
    fn every_code_has_a_distinct_message_id() {
        let mut ids: Vec<_> = ErrorCode::ALL.iter().map(|c| c.message_id()).collect();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), ErrorCode::ALL.len());
    }
}
