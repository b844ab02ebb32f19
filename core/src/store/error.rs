//! Errors at the boundary of the encrypted store, each mapped to a stable [`ErrorCode`].
//!
//! Messages (the `Display` text) are for logs and developers and carry no personal data; users
//! see the Fluent message of the code.

use crate::CoreError;
use passerelle_api::{ApiError, ErrorCode};
use std::path::PathBuf;

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("no store in this data folder")]
    NotFound,
    #[error("a store already exists in this data folder")]
    AlreadyExists,
    #[error("wrong passphrase")]
    WrongPassphrase,
    #[error("wrong recovery key")]
    WrongRecoveryKey,
    #[error("too many failed attempts; retry in {remaining_secs} s")]
    TooManyAttempts { remaining_secs: u64 },
    #[error("both copies of the seal file are damaged")]
    SealDamaged,
    #[error("the store was written by a newer version of Passerelle (schema {found}, this version knows {known})")]
    TooNew { found: u64, known: u64 },
    #[error("the database does not match its seal or is damaged: {0}")]
    StoreDamaged(String),
    #[error("the OS keyring is unavailable: {0}")]
    KeyringUnavailable(String),
    #[error("this account is bound to another computer (no secret in this computer's keyring)")]
    DeviceSecretMissing,
    #[error("this action needs another role")]
    RoleRefused,
    #[error("the store is locked")]
    Locked,
    #[error("unknown staff member")]
    StaffNotFound,
    #[error("this staff account is disabled")]
    StaffDisabled,
    #[error("the last active coordinator cannot be removed or disabled")]
    LastCoordinator,
    #[error("passphrase too short (at least {min} characters)")]
    PassphraseTooShort { min: usize },
    #[error("the store is in use by another Passerelle process")]
    Busy,
    #[error("invalid value for {field}")]
    InvalidField { field: &'static str },
    #[error("the acting staff member must first replace their temporary passphrase")]
    PassphraseChangeRequired,
    #[error("the file already exists")]
    FileExists,
    #[error("not a removable drive plugged into this computer")]
    NotRemovableDrive,
    #[error("no such person")]
    PersonNotFound,
    #[error("no such support session")]
    SessionNotFound,
    #[error("no such follow-up")]
    FollowUpNotFound,
    #[error("no such partner")]
    PartnerNotFound,
    #[error("file too large (more than {max_bytes} bytes)")]
    FileTooLarge { max_bytes: usize },
    #[error("unknown file format (CSV or XLSX expected)")]
    UnknownFileFormat,
    #[error("the file holds no row")]
    EmptyFile,
    #[error("unreadable file: {0}")]
    UnreadableFile(String),
    #[error("the person's consent does not cover the document vault")]
    VaultConsentMissing,
    #[error("empty document")]
    DocumentEmpty,
    #[error("document type refused")]
    DocumentTypeRefused,
    #[error("damaged or truncated {kind} document")]
    DocumentMalformed { kind: &'static str },
    #[error("vault quota exceeded ({used_bytes} of {quota_bytes} bytes)")]
    VaultQuotaExceeded { used_bytes: u64, quota_bytes: u64 },
    #[error("file name is not valid UTF-8")]
    FileNameNotUtf8,
    #[error("no such document")]
    DocumentNotFound,
    #[error("document file damaged: {0}")]
    DocumentDamaged(String),
    #[error("document file missing")]
    DocumentFileMissing,
    #[error("private document: needs the person's card and PIN")]
    DocumentPrivate,
    #[error("no private vault for this person")]
    PrivateVaultNotEnrolled,
    #[error("this person already has a private vault")]
    PrivateVaultAlreadyEnrolled,
    #[error("wrong card secret or PIN")]
    VaultSecretWrong,
    #[error("PIN not accepted")]
    PinInvalid,
    #[error("card code incomplete or mistyped")]
    VaultCardUnreadable,
    #[error("private documents cannot be exported")]
    ExportPrivateRefused,
    #[error("the export folder does not exist or is not a folder")]
    ExportFolderUnusable,
    #[error("the export folder is inside the data folder")]
    ExportFolderInDataFolder,
    #[error("journal chain broken at entry {seq}: {kind}")]
    JournalBroken { seq: u64, kind: &'static str },
    #[error(transparent)]
    Core(#[from] CoreError),
    #[error(transparent)]
    Pdf(#[from] crate::pdf::PdfError),
    #[error("database error: {0}")]
    Sql(#[from] rusqlite::Error),
    #[error("internal error: {0}")]
    Internal(String),
}

impl StoreError {
    pub(crate) fn io(path: impl Into<PathBuf>, e: std::io::Error) -> Self {
        StoreError::Core(CoreError::io(path, e))
    }

    pub fn code(&self) -> ErrorCode {
        match self {
            StoreError::NotFound => ErrorCode::StoreNotFound,
            StoreError::AlreadyExists => ErrorCode::StoreAlreadyExists,
            StoreError::WrongPassphrase => ErrorCode::WrongPassphrase,
            StoreError::WrongRecoveryKey => ErrorCode::WrongRecoveryKey,
            StoreError::TooManyAttempts { .. } => ErrorCode::TooManyAttempts,
            StoreError::SealDamaged => ErrorCode::SealDamaged,
            StoreError::TooNew { .. } => ErrorCode::StoreTooNew,
            StoreError::StoreDamaged(_) => ErrorCode::StoreDamaged,
            StoreError::KeyringUnavailable(_) => ErrorCode::KeyringUnavailable,
            StoreError::DeviceSecretMissing => ErrorCode::DeviceSecretMissing,
            StoreError::RoleRefused => ErrorCode::RoleRefused,
            StoreError::Locked => ErrorCode::Locked,
            StoreError::StaffNotFound => ErrorCode::StaffNotFound,
            StoreError::StaffDisabled => ErrorCode::StaffDisabled,
            StoreError::LastCoordinator => ErrorCode::LastCoordinator,
            StoreError::PassphraseTooShort { .. } => ErrorCode::PassphraseTooShort,
            StoreError::JournalBroken { .. } => ErrorCode::JournalBroken,
            StoreError::InvalidField { .. } => ErrorCode::InvalidField,
            StoreError::Busy => ErrorCode::StoreBusy,
            StoreError::PassphraseChangeRequired => ErrorCode::PassphraseChangeRequired,
            StoreError::FileExists => ErrorCode::FileExists,
            StoreError::NotRemovableDrive => ErrorCode::NotRemovableDrive,
            StoreError::PersonNotFound => ErrorCode::PersonNotFound,
            StoreError::SessionNotFound => ErrorCode::SessionNotFound,
            StoreError::FollowUpNotFound => ErrorCode::FollowUpNotFound,
            StoreError::PartnerNotFound => ErrorCode::PartnerNotFound,
            StoreError::FileTooLarge { .. } => ErrorCode::FileTooLarge,
            StoreError::UnknownFileFormat => ErrorCode::UnknownFileFormat,
            StoreError::EmptyFile => ErrorCode::EmptyFile,
            StoreError::UnreadableFile(_) => ErrorCode::UnreadableFile,
            StoreError::VaultConsentMissing => ErrorCode::VaultConsentMissing,
            StoreError::DocumentEmpty => ErrorCode::DocumentEmpty,
            StoreError::DocumentTypeRefused => ErrorCode::DocumentTypeRefused,
            StoreError::DocumentMalformed { .. } => ErrorCode::DocumentMalformed,
            StoreError::VaultQuotaExceeded { .. } => ErrorCode::VaultQuotaExceeded,
            StoreError::FileNameNotUtf8 => ErrorCode::FileNameNotUtf8,
            StoreError::DocumentNotFound => ErrorCode::DocumentNotFound,
            StoreError::DocumentDamaged(_) => ErrorCode::DocumentDamaged,
            StoreError::DocumentFileMissing => ErrorCode::DocumentFileMissing,
            StoreError::DocumentPrivate => ErrorCode::DocumentPrivate,
            StoreError::PrivateVaultNotEnrolled => ErrorCode::PrivateVaultNotEnrolled,
            StoreError::PrivateVaultAlreadyEnrolled => ErrorCode::PrivateVaultAlreadyEnrolled,
            StoreError::VaultSecretWrong => ErrorCode::VaultSecretWrong,
            StoreError::PinInvalid => ErrorCode::PinInvalid,
            StoreError::VaultCardUnreadable => ErrorCode::VaultCardUnreadable,
            StoreError::ExportPrivateRefused => ErrorCode::DocumentPrivateNotExported,
            StoreError::ExportFolderUnusable => ErrorCode::ExportFolderUnusable,
            StoreError::ExportFolderInDataFolder => ErrorCode::ExportFolderInDataFolder,
            StoreError::Core(c) => c.code(),
            StoreError::Pdf(e) => e.code(),
            StoreError::Sql(e) if is_disk_full(e) => ErrorCode::DiskFull,
            StoreError::Sql(_) | StoreError::Internal(_) => ErrorCode::Internal,
        }
    }
}

fn is_disk_full(e: &rusqlite::Error) -> bool {
    matches!(e.sqlite_error_code(), Some(rusqlite::ErrorCode::DiskFull))
}

impl From<&StoreError> for ApiError {
    fn from(e: &StoreError) -> Self {
        let api = ApiError::new(e.code());
        match e {
            StoreError::Core(c) => ApiError::from(c),
            StoreError::TooManyAttempts { remaining_secs } => {
                api.with_arg("seconds", remaining_secs.to_string())
            }
            StoreError::PassphraseTooShort { min } => api.with_arg("min", min.to_string()),
            StoreError::JournalBroken { seq, .. } => api.with_arg("seq", seq.to_string()),
            StoreError::InvalidField { field } => api.with_arg("field", *field),
            StoreError::FileTooLarge { max_bytes } => {
                api.with_arg("max_mb", (max_bytes / (1024 * 1024)).to_string())
            }
            StoreError::DocumentMalformed { kind } => api.with_arg("type", *kind),
            StoreError::VaultQuotaExceeded {
                used_bytes,
                quota_bytes,
            } => api
                .with_arg("used_mb", used_bytes.div_ceil(1024 * 1024).to_string())
                .with_arg("quota_mb", (quota_bytes / (1024 * 1024)).to_string()),
            _ => api,
        }
    }
}

impl From<StoreError> for ApiError {
    fn from(e: StoreError) -> Self {
        ApiError::from(&e)
    }
}

/// Something the user should know after a successful unlock.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StoreWarning {
    /// One copy of the seal file was damaged; the other was used and the damaged one rewritten.
    SealCopyRepaired,
}

impl StoreWarning {
    pub fn code(self) -> ErrorCode {
        match self {
            StoreWarning::SealCopyRepaired => ErrorCode::SealCopyDamaged,
        }
    }
}
