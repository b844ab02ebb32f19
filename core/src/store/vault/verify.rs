//! Integrity of the vault: every document's file is there, decrypts to the end and matches
//! its hash (`quick`: present, with a readable age header). Files no row names are reported as
//! orphans and never deleted; a private document can be checked only to its header (its key
//! is the person's).

use super::super::error::StoreError;
use super::super::ids::DocumentId;
use super::super::session::Session;
use super::{decrypt_file, get, Document, TMP_SUFFIX, TRASH_SUFFIX};
use std::collections::BTreeSet;

/// What verifying the vault found. Ids and file names only: no title, no original name.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct VaultReport {
    pub documents: u64,
    /// Decrypted to the end with a matching hash (or, quick / private: header read).
    pub ok: u64,
    /// Private documents checked to their header only.
    pub header_only: u64,
    pub missing: Vec<DocumentId>,
    /// (document, what is wrong).
    pub damaged: Vec<(DocumentId, String)>,
    /// Files in the vault folder that no document names.
    pub orphans: Vec<String>,
    /// What the settle before the check finished (kills interrupted them).
    pub settled: super::Settled,
}

impl VaultReport {
    pub fn is_ok(&self) -> bool {
        self.missing.is_empty() && self.damaged.is_empty() && self.orphans.is_empty()
    }
}

impl Session {
    /// Verifies every document of the vault (see the module's notes). Coordinators and
    /// mediators (it decrypts shared documents, in memory, and drops them).
    pub fn verify_vault(&self, quick: bool) -> Result<VaultReport, StoreError> {
        self.require(super::Permission::VaultAccess)?;
        let settled = self.settle_vault()?;
        let dir = self.vault_dir();
        let ids: Vec<DocumentId> = {
            let mut st = self
                .conn
                .prepare("SELECT id FROM vault_document ORDER BY num")?;
            let rows = st.query_map([], |r| r.get(0))?;
            rows.collect::<rusqlite::Result<_>>()?
        };
        let mut report = VaultReport {
            documents: ids.len() as u64,
            settled,
            ..Default::default()
        };
        let identity = if ids.is_empty() {
            None
        } else {
            Some(self.vault_identity()?)
        };
        let mut named = BTreeSet::new();
        for id in ids {
            let d: Document = get(&self.conn, id)?;
            named.insert(d.file_name.clone());
            let path = dir.join(&d.file_name);
            if !path.is_file() {
                report.missing.push(id);
                continue;
            }
            if quick || d.private {
                match header_ok(&path) {
                    Ok(()) => {
                        report.ok += 1;
                        if d.private && !quick {
                            report.header_only += 1;
                        }
                    }
                    Err(why) => report.damaged.push((id, why)),
                }
                continue;
            }
            let identity = identity
                .as_ref()
                .expect("made above when there are documents");
            match decrypt_file(&path, identity, d.size, &d.sha256) {
                Ok(bytes) => {
                    drop(zeroize::Zeroizing::new(bytes));
                    report.ok += 1;
                }
                Err(StoreError::DocumentDamaged(why)) => report.damaged.push((id, why)),
                Err(StoreError::DocumentFileMissing) => report.missing.push(id),
                Err(e) => return Err(e),
            }
        }
        if let Ok(entries) = std::fs::read_dir(&dir) {
            for e in entries.flatten() {
                let name = e.file_name().to_string_lossy().into_owned();
                let base = name
                    .strip_suffix(TMP_SUFFIX)
                    .or_else(|| name.strip_suffix(TRASH_SUFFIX))
                    .unwrap_or(&name);
                if !named.contains(base) {
                    report.orphans.push(name);
                }
            }
        }
        report.orphans.sort();
        Ok(report)
    }
}

/// The file starts with an age header that parses (for X25519 recipients).
fn header_ok(path: &std::path::Path) -> Result<(), String> {
    let f = std::fs::File::open(path).map_err(|e| e.kind().to_string())?;
    age::Decryptor::new_buffered(std::io::BufReader::new(f))
        .map(|_| ())
        .map_err(|_| "age header unreadable".to_owned())
}
