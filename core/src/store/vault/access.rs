//! The vault's part of a person's privacy rights: their documents in the right-of-access zip,
//! and their files shredded with an erasure.

use super::super::error::StoreError;
use super::super::ids::PersonId;
use super::super::session::Session;
use super::{of_person, sniff, trash, Document, VAULT_DIR};
use rusqlite::Connection;
use serde::Serialize;
use std::io::Write;
use std::path::{Path, PathBuf};

/// A document's metadata as the access export lists it (`documents.json`).
#[derive(Serialize)]
struct DocumentEntry<'a> {
    /// The file inside the zip; `None` for a private document (staff cannot decrypt it: the
    /// person opens it with their card and PIN).
    file: Option<String>,
    title: &'a str,
    category: &'static str,
    original_name: &'a str,
    media_type: &'a str,
    size: u64,
    sha256: &'a str,
    issued_on: Option<String>,
    expires_on: Option<String>,
    notes: &'a str,
    private: bool,
}

/// A name safe in a zip on every system: letters, digits, `-` and `_` only, at most 60.
fn safe(s: &str) -> String {
    let mut out: String = s
        .chars()
        .map(|c| {
            if c.is_alphanumeric() || c == '-' || c == '_' {
                c
            } else {
                '_'
            }
        })
        .take(60)
        .collect();
    if out.trim_matches('_').is_empty() {
        out = "document".into();
    }
    out
}

fn entry_name(n: usize, d: &Document) -> String {
    format!(
        "documents/{:03}-{}-{}.{}",
        n + 1,
        d.category.code(),
        safe(&d.title),
        sniff::extension(&d.media_type)
    )
}

impl Session {
    /// Adds the person's documents to a right-of-access zip: each shared document decrypted
    /// (whole and authenticated, as for a view), and `documents.json` listing them all. Returns
    /// the new zip bytes and the number of files added. Private documents are listed without
    /// their file. A damaged document fails the export (the person must get everything).
    pub(crate) fn access_zip_with_documents(
        &self,
        person: PersonId,
        zip_bytes: Vec<u8>,
    ) -> Result<(Vec<u8>, u64), StoreError> {
        let docs = of_person(&self.conn, person)?;
        if docs.is_empty() {
            return Ok((zip_bytes, 0));
        }
        let zip_err = |e: zip::result::ZipError| StoreError::Internal(format!("zip: {e}"));
        let io_err = |e: std::io::Error| StoreError::Internal(format!("zip: {e}"));
        let mut w = zip::ZipWriter::new_append(std::io::Cursor::new(zip_bytes)).map_err(zip_err)?;
        let options = zip::write::SimpleFileOptions::default()
            .compression_method(zip::CompressionMethod::Deflated)
            .unix_permissions(0o600);
        let mut entries = Vec::new();
        let mut files = 0;
        for (n, d) in docs.iter().enumerate() {
            let file = if d.private {
                None
            } else {
                let name = entry_name(n, d);
                let bytes = zeroize::Zeroizing::new(self.decrypt_shared(d)?);
                w.start_file(name.as_str(), options).map_err(zip_err)?;
                w.write_all(&bytes).map_err(io_err)?;
                files += 1;
                Some(name)
            };
            entries.push(DocumentEntry {
                file,
                title: &d.title,
                category: d.category.code(),
                original_name: &d.original_name,
                media_type: &d.media_type,
                size: d.size,
                sha256: &d.sha256,
                issued_on: d.issued_on.map(|x| x.to_string()),
                expires_on: d.expires_on.map(|x| x.to_string()),
                notes: &d.notes,
                private: d.private,
            });
        }
        let json = serde_json::to_vec_pretty(&entries)
            .map_err(|e| StoreError::Internal(format!("documents JSON: {e}")))?;
        w.start_file("documents.json", options).map_err(zip_err)?;
        w.write_all(&json).map_err(io_err)?;
        Ok((w.finish().map_err(zip_err)?.into_inner(), files))
    }
}

/// The vault folder of the store `conn` belongs to (`<data>/store/gen-N/store.db` →
/// `<data>/vault`).
fn dir_of(conn: &Connection) -> Option<PathBuf> {
    let db = Path::new(conn.path()?);
    Some(db.parent()?.parent()?.parent()?.join(VAULT_DIR))
}

/// Erasure, inside the caller's transaction: the family's document files are set aside
/// (`.del`), their rows, the private-vault key and the PIN counters deleted. After the commit
/// (or a rollback) the caller runs [`Session::settle_vault`], which removes the files whose
/// rows are gone and puts back the others; a kill in between is settled at the next opening.
/// Returns the number of documents erased.
pub(crate) fn erase_family(conn: &Connection, ids_json: &str) -> Result<u64, StoreError> {
    let names = super::file_names_of(conn, ids_json)?;
    if !names.is_empty() {
        let dir = dir_of(conn)
            .ok_or_else(|| StoreError::Internal("vault folder of an in-memory store".into()))?;
        for n in &names {
            trash(&dir, n)?;
        }
    }
    let n = conn.execute(
        "DELETE FROM vault_document WHERE person_id IN (SELECT value FROM json_each(?1))",
        [ids_json],
    )?;
    conn.execute(
        "DELETE FROM person_vault_key WHERE person_id IN (SELECT value FROM json_each(?1))",
        [ids_json],
    )?;
    conn.execute(
        "DELETE FROM vault_pin_attempt WHERE person_id IN (SELECT value FROM json_each(?1))",
        [ids_json],
    )?;
    Ok(n as u64)
}
