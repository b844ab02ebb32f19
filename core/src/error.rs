//! Errors at `core`'s boundary, each mapped to a stable [`ErrorCode`] (and so to a Fluent id).

use passerelle_api::{ApiError, ErrorCode};
use std::path::PathBuf;

#[derive(Debug, thiserror::Error)]
pub enum CoreError {
    #[error("data folder unavailable: {path}: {source}")]
    DataDirUnavailable {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("no data folder can be found: neither --data-dir, PASSERELLE_DATA_DIR, XDG_DATA_HOME nor HOME is set")]
    NoDataDir,
    #[error("display preferences unreadable: {0}")]
    PrefsUnreadable(#[source] std::io::Error),
    #[error("display preferences invalid: {0}")]
    PrefsInvalid(String),
    #[error("disk full while writing {0}")]
    DiskFull(PathBuf),
    #[error("i/o error on {path}: {source}")]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
}

impl CoreError {
    /// Wraps an I/O error, telling a full disk apart so the user is told what to do.
    pub fn io(path: impl Into<PathBuf>, source: std::io::Error) -> Self {
        let path = path.into();
        if is_disk_full(&source) {
            CoreError::DiskFull(path)
        } else {
            CoreError::Io { path, source }
        }
    }

    pub fn code(&self) -> ErrorCode {
        match self {
            CoreError::DataDirUnavailable { .. } | CoreError::NoDataDir => {
                ErrorCode::DataDirUnavailable
            }
            CoreError::PrefsUnreadable(_) => ErrorCode::PrefsUnreadable,
            CoreError::PrefsInvalid(_) => ErrorCode::PrefsInvalid,
            CoreError::DiskFull(_) => ErrorCode::DiskFull,
            CoreError::Io { .. } => ErrorCode::Internal,
        }
    }
}

fn is_disk_full(e: &std::io::Error) -> bool {
    // ENOSPC (28) and EDQUOT (122) on Linux; StorageFull where the platform maps it.
    matches!(e.kind(), std::io::ErrorKind::StorageFull)
        || matches!(e.raw_os_error(), Some(28 | 122))
}

impl From<&CoreError> for ApiError {
    fn from(e: &CoreError) -> Self {
        let api = ApiError::new(e.code());
        match e {
            // Paths of the data folder are the installation's, not a person's: safe to show.
            CoreError::DataDirUnavailable { path, .. } | CoreError::DiskFull(path) => {
                api.with_arg("path", path.display().to_string())
            }
            _ => api,
        }
    }
}

impl From<CoreError> for ApiError {
    fn from(e: CoreError) -> Self {
        ApiError::from(&e)
    }
}
