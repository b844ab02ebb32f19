//! A new document before anything is written: its name, title and notes checked, its type
//! found by content, its hash; then its encrypted temp file.

use super::super::error::StoreError;
use super::{sniff, DocumentInput, DocumentUpdate};
use crate::fsutil::sync_dir;
use sha2::{Digest, Sha256};
use std::io::Write;
use std::path::Path;

/// Longest title and original name kept (characters).
pub const MAX_TITLE_CHARS: usize = 200;
pub const MAX_NAME_CHARS: usize = 255;
pub const MAX_NOTES_CHARS: usize = 2000;

/// A new document once checked.
#[derive(Clone)]
pub(crate) struct Valid {
    pub title: String,
    pub original_name: String,
    pub notes: String,
    pub media_type: &'static str,
    pub sha256: String,
}

fn invalid(field: &'static str) -> StoreError {
    StoreError::InvalidField { field }
}

/// The title shown when none was typed: the original name without its extension.
fn default_title(original_name: &str) -> String {
    match original_name.rsplit_once('.') {
        Some((stem, _)) if !stem.trim().is_empty() => stem.trim().to_owned(),
        _ => original_name.trim().to_owned(),
    }
}

fn check_text(s: &str, max: usize, field: &'static str) -> Result<String, StoreError> {
    let s = s.trim();
    if s.chars().count() > max || s.chars().any(|c| c.is_control() && c != '\n' && c != '\t') {
        return Err(invalid(field));
    }
    Ok(s.to_owned())
}

fn check_dates(
    issued_on: Option<jiff::civil::Date>,
    expires_on: Option<jiff::civil::Date>,
) -> Result<(), StoreError> {
    if let (Some(i), Some(e)) = (issued_on, expires_on) {
        if e < i {
            return Err(invalid("expires_on"));
        }
    }
    Ok(())
}

/// Checks everything about a new document; refuses before anything is written.
pub(crate) fn validate(input: &DocumentInput, bytes: &[u8]) -> Result<Valid, StoreError> {
    let original_name = input
        .original_name
        .to_str()
        .ok_or(StoreError::FileNameNotUtf8)?;
    // Only the last component of a path is a name.
    let original_name = original_name.rsplit(['/', '\\']).next().unwrap_or_default();
    let original_name = check_text(original_name, MAX_NAME_CHARS, "original_name")?;
    if original_name.contains('\n') || original_name.contains('\t') {
        return Err(invalid("original_name"));
    }
    let mut title = check_text(&input.title, MAX_TITLE_CHARS, "title")?;
    if title.contains('\n') {
        return Err(invalid("title"));
    }
    if title.is_empty() {
        title = default_title(&original_name);
    }
    if title.is_empty() {
        return Err(invalid("title"));
    }
    let notes = check_text(&input.notes, MAX_NOTES_CHARS, "notes")?;
    check_dates(input.issued_on, input.expires_on)?;
    let media_type = sniff::sniff(bytes)?;
    Ok(Valid {
        title,
        original_name,
        notes,
        media_type,
        sha256: hex::encode(Sha256::digest(bytes)),
    })
}

/// Checks new metadata: (title, notes), trimmed.
pub(crate) fn validate_update(u: &DocumentUpdate) -> Result<(String, String), StoreError> {
    let title = check_text(&u.title, MAX_TITLE_CHARS, "title")?;
    if title.is_empty() || title.contains('\n') {
        return Err(invalid("title"));
    }
    let notes = check_text(&u.notes, MAX_NOTES_CHARS, "notes")?;
    check_dates(u.issued_on, u.expires_on)?;
    Ok((title, notes))
}

/// A random file name: 32 lowercase hex characters (128 bits), no extension.
pub(crate) fn random_file_name() -> String {
    let mut b = [0u8; 16];
    getrandom::getrandom(&mut b).expect("the OS random source works");
    hex::encode(b)
}

/// Whether `s` has the shape of [`random_file_name`].
pub(crate) fn is_file_name(s: &str) -> bool {
    s.len() == 32
        && s.bytes()
            .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
}

/// Encrypts `bytes` to `recipient` into a new file at `path` (never replacing one), fsyncs it
/// and its folder. A failure removes the partial file.
pub(crate) fn write_encrypted(
    path: &Path,
    recipient: &age::x25519::Recipient,
    bytes: &[u8],
) -> Result<(), StoreError> {
    let result = (|| -> std::io::Result<()> {
        let file = std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(path)?;
        let enc =
            age::Encryptor::with_recipients(std::iter::once(recipient as &dyn age::Recipient))
                .map_err(std::io::Error::other)?;
        let mut w = enc.wrap_output(std::io::BufWriter::with_capacity(1 << 16, file))?;
        w.write_all(bytes)?;
        let buf = w.finish()?;
        let file = buf.into_inner().map_err(|e| e.into_error())?;
        file.sync_all()?;
        if let Some(dir) = path.parent() {
            sync_dir(dir)?;
        }
        Ok(())
    })();
    result.map_err(|e| {
        let _ = std::fs::remove_file(path);
        StoreError::io(path, e)
    })
}

/// The thumbnail of a shared image (JPEG), or `None` (no preview for the type, or the
/// image could not be decoded: the document is kept anyway, its type was checked).
pub(crate) fn thumbnail_of(bytes: &[u8], media_type: &str) -> Option<Vec<u8>> {
    crate::thumbnail::thumbnail(bytes, media_type)
        .ok()
        .flatten()
}
