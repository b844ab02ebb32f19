//! The document vault (design §2 "Vault", docs/vault.md): each person's papers, one age file
//! per document in the data folder's `vault/` folder, metadata in the encrypted store.
//!
//! - [`sniff`]: the type of a document found by its content, and whether it is whole.
//! - [`intake`]: validation of a new document, its random file name, the encrypted temp file.
//! - [`verify`]: every document file present, decrypting to the end and matching its hash;
//!   orphan files reported, never deleted.
//!
//! **Crash safety.** A document is written as `<name>.tmp` (encrypted, fsynced), then its row
//! is committed, then the file is renamed to `<name>` and the folder fsynced. A deletion
//! renames `<name>` to `<name>.del` first, commits, then removes the file. [`Session::settle_vault`]
//! (run when a vault is opened and before verify) finishes what a kill interrupted: a `.tmp`
//! with a row is renamed into place, one without is removed (it never became a document); a
//! `.del` with a row goes back (the deletion did not commit), one without is removed.
//!
//! **Access.** [`Permission::VaultAccess`] (volunteers never) and the person's consent in force
//! covers [`ConsentScope::Vault`]. Private documents are encrypted to the person's own
//! identity: staff cannot open them.

pub mod access;
pub mod export;
pub mod intake;
pub mod print;
pub mod private;
pub mod sniff;
pub mod verify;

#[cfg(test)]
pub(crate) mod tests;

use super::consent;
use super::error::StoreError;
use super::ids::{DocumentId, PersonId};
use super::journal::Action;
use super::people;
use super::session::{now_ms, today, Permission, Session};
use crate::fsutil::sync_dir;
pub use passerelle_api::vault::DocumentCategory;
use passerelle_api::vocab::ConsentScope;
use rusqlite::{params, Connection, OptionalExtension, Row};
use sha2::{Digest, Sha256};
use std::ffi::OsString;
use std::io::Read;
use std::path::{Path, PathBuf};
use zeroize::Zeroizing;

/// The vault's folder inside the data folder.
pub const VAULT_DIR: &str = "vault";
/// Suffix of a document being written (see the module's crash-safety notes).
pub(crate) const TMP_SUFFIX: &str = ".tmp";
/// Suffix of a document being deleted.
pub(crate) const TRASH_SUFFIX: &str = ".del";
/// Quota per person of a new installation (settings.vault_quota_mb).
pub const DEFAULT_QUOTA_MB: u32 = 600;
/// Expiry reminder window of a new installation (settings.expiry_window_days).
pub const DEFAULT_EXPIRY_WINDOW_DAYS: u32 = 60;
/// The warning threshold of the quota, in percent.
pub const QUOTA_WARNING_PERCENT: u64 = 90;
const MIB: u64 = 1024 * 1024;

/// A new document's metadata. The original name comes as the OS gave it: a name that is not
/// valid UTF-8 is refused ([`StoreError::FileNameNotUtf8`]), nothing stored.
#[derive(Clone)]
pub struct DocumentInput {
    /// Empty: the original name without its extension.
    pub title: String,
    pub category: DocumentCategory,
    pub original_name: OsString,
    pub issued_on: Option<jiff::civil::Date>,
    pub expires_on: Option<jiff::civil::Date>,
    pub notes: String,
    pub private: bool,
}

impl std::fmt::Debug for DocumentInput {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("DocumentInput")
            .field("category", &self.category)
            .field("private", &self.private)
            .finish_non_exhaustive()
    }
}

/// New metadata of a document (its content never changes).
#[derive(Clone)]
pub struct DocumentUpdate {
    pub title: String,
    pub category: DocumentCategory,
    pub issued_on: Option<jiff::civil::Date>,
    pub expires_on: Option<jiff::civil::Date>,
    pub notes: String,
}

/// A document as stored (no bytes). Its `Debug` shows ids and type only.
#[derive(Clone, PartialEq, Eq)]
pub struct Document {
    pub id: DocumentId,
    pub person: PersonId,
    pub title: String,
    pub category: DocumentCategory,
    pub original_name: String,
    pub media_type: String,
    pub size: u64,
    /// Hex SHA-256 of the plaintext.
    pub sha256: String,
    pub issued_on: Option<jiff::civil::Date>,
    pub expires_on: Option<jiff::civil::Date>,
    pub notes: String,
    pub private: bool,
    pub has_thumbnail: bool,
    /// The staff id of who added it.
    pub staff_id: Option<String>,
    pub created_at_ms: i64,
    pub updated_at_ms: i64,
    pub(crate) file_name: String,
}

impl std::fmt::Debug for Document {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Document")
            .field("id", &self.id)
            .field("person", &self.person)
            .field("media_type", &self.media_type)
            .field("size", &self.size)
            .field("private", &self.private)
            .finish_non_exhaustive()
    }
}

/// A person's use of their quota.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Usage {
    pub used_bytes: u64,
    pub quota_bytes: u64,
}

impl Usage {
    /// At 90 % of the quota or more.
    pub fn warning(&self) -> bool {
        self.used_bytes * 100 >= self.quota_bytes * QUOTA_WARNING_PERCENT
    }
}

/// What adding a document gives back.
#[derive(Debug, Clone)]
pub struct Added {
    pub document: Document,
    pub usage: Usage,
}

/// A person's vault as its screen opens it.
#[derive(Debug, Clone)]
pub struct VaultContents {
    pub documents: Vec<Document>,
    pub usage: Usage,
    pub private_enrolled: bool,
    pub expiry_window_days: u32,
}

/// A document whose expiry date is near (or past), for the Today list.
#[derive(Clone, PartialEq, Eq)]
pub struct Expiring {
    pub id: DocumentId,
    pub person: PersonId,
    pub person_name: String,
    pub title: String,
    pub category: DocumentCategory,
    pub expires_on: jiff::civil::Date,
    /// Negative once expired.
    pub days_left: i64,
}

impl std::fmt::Debug for Expiring {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Expiring")
            .field("id", &self.id)
            .field("expires_on", &self.expires_on)
            .finish_non_exhaustive()
    }
}

/// What [`Session::settle_vault`] finished.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Settled {
    /// Documents whose row was committed before a kill: renamed into place.
    pub completed: u64,
    /// Temp files of documents never committed: removed.
    pub discarded: u64,
    /// Deletions that committed: their file removed.
    pub deleted: u64,
    /// Deletions that did not commit: their file put back.
    pub restored: u64,
}

// ---- rows ----

const COLUMNS: &str = "id, person_id, title, category, original_name, media_type, size, sha256,
    issued_on, expires_on, notes, private, thumbnail IS NOT NULL, staff_id, created_at,
    updated_at, file_name";

fn parse_date(s: Option<String>) -> Option<jiff::civil::Date> {
    s.and_then(|s| s.parse().ok())
}

fn from_row(r: &Row<'_>) -> rusqlite::Result<Document> {
    let category: String = r.get(3)?;
    Ok(Document {
        id: r.get(0)?,
        person: r.get(1)?,
        title: r.get(2)?,
        category: DocumentCategory::parse(&category).unwrap_or(DocumentCategory::Autre),
        original_name: r.get(4)?,
        media_type: r.get(5)?,
        size: r.get::<_, i64>(6)? as u64,
        sha256: r.get(7)?,
        issued_on: parse_date(r.get(8)?),
        expires_on: parse_date(r.get(9)?),
        notes: r.get(10)?,
        private: r.get(11)?,
        has_thumbnail: r.get(12)?,
        staff_id: r.get(13)?,
        created_at_ms: r.get(14)?,
        updated_at_ms: r.get(15)?,
        file_name: r.get(16)?,
    })
}

pub(crate) fn get(conn: &Connection, id: DocumentId) -> Result<Document, StoreError> {
    conn.query_row(
        &format!("SELECT {COLUMNS} FROM vault_document WHERE id = ?1"),
        [id],
        from_row,
    )
    .optional()?
    .ok_or(StoreError::DocumentNotFound)
}

/// The ids of a person and of the records merged into them (their documents follow them).
const FAMILY: &str = "(SELECT id FROM person WHERE id = ?1 OR merged_into = ?1)";

pub(crate) fn of_person(conn: &Connection, person: PersonId) -> Result<Vec<Document>, StoreError> {
    let mut st = conn.prepare(&format!(
        "SELECT {COLUMNS} FROM vault_document WHERE person_id IN {FAMILY}
         ORDER BY created_at DESC, num DESC"
    ))?;
    let rows = st.query_map([person], from_row)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

fn used_bytes(conn: &Connection, person: PersonId) -> Result<u64, StoreError> {
    let n: i64 = conn.query_row(
        &format!("SELECT COALESCE(SUM(size), 0) FROM vault_document WHERE person_id IN {FAMILY}"),
        [person],
        |r| r.get(0),
    )?;
    Ok(n as u64)
}

/// (quota in MiB, expiry window in days) from the settings.
pub(crate) fn vault_settings(conn: &Connection) -> Result<(u32, u32), StoreError> {
    Ok(conn.query_row(
        "SELECT vault_quota_mb, expiry_window_days FROM settings WHERE singleton = 1",
        [],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )?)
}

fn usage(conn: &Connection, person: PersonId) -> Result<Usage, StoreError> {
    let (quota_mb, _) = vault_settings(conn)?;
    Ok(Usage {
        used_bytes: used_bytes(conn, person)?,
        quota_bytes: u64::from(quota_mb) * MIB,
    })
}

fn private_recipient(conn: &Connection, person: PersonId) -> Result<Option<String>, StoreError> {
    Ok(conn
        .query_row(
            "SELECT recipient FROM person_vault_key WHERE person_id = ?1",
            [person],
            |r| r.get(0),
        )
        .optional()?)
}

/// The statistics hook: (people with at least one document, documents stored) among the
/// documents added before the end of `period_end` (local time).
pub(crate) fn counts_at(
    conn: &Connection,
    period_end: jiff::civil::Date,
) -> Result<(u64, u64), StoreError> {
    let end_ms = period_end
        .tomorrow()
        .ok()
        .and_then(|d| d.to_zoned(jiff::tz::TimeZone::system()).ok())
        .map(|z| z.timestamp().as_millisecond())
        .unwrap_or(i64::MAX);
    let (people, docs): (i64, i64) = conn.query_row(
        "SELECT COUNT(DISTINCT person_id), COUNT(*) FROM vault_document WHERE created_at < ?1",
        [end_ms],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )?;
    Ok((people as u64, docs as u64))
}

// ---- files ----

fn io(path: &Path, e: std::io::Error) -> StoreError {
    StoreError::io(path, e)
}

/// Decrypts a whole age file to memory and releases the bytes only when the stream ended
/// cleanly (every chunk authenticated) **and** the SHA-256 matches: age's streaming reader
/// hands out plaintext before the final tag is checked.
pub(crate) fn decrypt_file(
    path: &Path,
    identity: &dyn age::Identity,
    size: u64,
    sha256: &str,
) -> Result<Vec<u8>, StoreError> {
    let file = match std::fs::File::open(path) {
        Ok(f) => f,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            return Err(StoreError::DocumentFileMissing)
        }
        Err(e) => return Err(io(path, e)),
    };
    let damaged = |what: &str| StoreError::DocumentDamaged(what.to_owned());
    let decryptor = age::Decryptor::new_buffered(std::io::BufReader::new(file))
        .map_err(|_| damaged("age header unreadable"))?;
    let mut reader = decryptor
        .decrypt(std::iter::once(identity))
        .map_err(|_| damaged("not decryptable with the vault identity"))?;
    // Zeroed if anything below fails: nothing decrypted leaves unless it all checks out.
    let mut buf = Zeroizing::new(Vec::with_capacity(size.min(1 << 30) as usize));
    reader
        .read_to_end(&mut buf)
        .map_err(|_| damaged("stream damaged or truncated"))?;
    if buf.len() as u64 != size || hex::encode(Sha256::digest(&buf[..])) != sha256 {
        return Err(damaged("content hash differs"));
    }
    Ok(std::mem::take(&mut *buf))
}

impl Session {
    /// The vault folder (created owner-only on first use).
    pub(crate) fn vault_dir(&self) -> PathBuf {
        self.layout
            .root()
            .parent()
            .map(|d| d.join(VAULT_DIR))
            .unwrap_or_else(|| PathBuf::from(VAULT_DIR))
    }

    pub(crate) fn ensure_vault_dir(&self) -> Result<PathBuf, StoreError> {
        let d = self.vault_dir();
        if !d.is_dir() {
            std::fs::create_dir_all(&d).map_err(|e| io(&d, e))?;
            #[cfg(unix)]
            {
                use std::os::unix::fs::PermissionsExt;
                std::fs::set_permissions(&d, std::fs::Permissions::from_mode(0o700))
                    .map_err(|e| io(&d, e))?;
            }
            if let Some(parent) = d.parent() {
                sync_dir(parent).map_err(|e| io(parent, e))?;
            }
        }
        Ok(d)
    }

    /// The access rule: the role may open vaults, and the person's consent in force covers
    /// the vault.
    pub(crate) fn require_vault(&self, person: PersonId) -> Result<(), StoreError> {
        self.require(Permission::VaultAccess)?;
        people::get(&self.conn, person)?;
        let covered = consent::current(&self.conn, person)?
            .is_some_and(|c| c.scopes.contains(&ConsentScope::Vault));
        if covered {
            Ok(())
        } else {
            Err(StoreError::VaultConsentMissing)
        }
    }

    /// A document the acting staff member may see: its person's vault is open to them.
    fn accessible(&self, id: DocumentId) -> Result<Document, StoreError> {
        self.require(Permission::VaultAccess)?;
        let d = get(&self.conn, id)?;
        // Documents of a merged record follow the record they were merged into.
        let owner: PersonId = self
            .conn
            .query_row(
                "SELECT COALESCE(merged_into, id) FROM person WHERE id = ?1",
                [d.person],
                |r| r.get(0),
            )
            .optional()?
            .ok_or(StoreError::PersonNotFound)?;
        self.require_vault(owner)?;
        Ok(d)
    }

    /// The installation's vault identity, made on first use. It lives only in the encrypted
    /// database (a rekey re-encrypts it with the rest).
    pub(crate) fn vault_identity(&self) -> Result<age::x25519::Identity, StoreError> {
        use secrecy::ExposeSecret;
        let stored: Option<String> = self
            .conn
            .query_row(
                "SELECT identity FROM vault_key WHERE singleton = 1",
                [],
                |r| r.get(0),
            )
            .optional()?;
        let text = match stored {
            Some(t) => Zeroizing::new(t),
            None => {
                let id = age::x25519::Identity::generate();
                let text = Zeroizing::new(id.to_string().expose_secret().to_owned());
                self.conn.execute(
                    "INSERT INTO vault_key (singleton, identity, recipient, created_at)
                     VALUES (1, ?1, ?2, ?3)",
                    params![text.as_str(), id.to_public().to_string(), now_ms()],
                )?;
                text
            }
        };
        text.parse()
            .map_err(|_| StoreError::StoreDamaged("vault identity unreadable".into()))
    }

    /// Adds a document to a person's vault: type checked by content, quota checked, then the
    /// encrypted temp file, the row (journaled `document.added`), the rename. On any refusal
    /// nothing is stored. Returns the document and the person's usage (warning at 90 %).
    pub fn add_document(
        &mut self,
        person: PersonId,
        input: &DocumentInput,
        bytes: &[u8],
    ) -> Result<Added, StoreError> {
        self.require_vault(person)?;
        let valid = intake::validate(input, bytes)?;
        let before = usage(&self.conn, person)?;
        let after = before.used_bytes + bytes.len() as u64;
        if after > before.quota_bytes {
            return Err(StoreError::VaultQuotaExceeded {
                used_bytes: before.used_bytes,
                quota_bytes: before.quota_bytes,
            });
        }
        let recipient: age::x25519::Recipient = if input.private {
            private_recipient(&self.conn, person)?
                .ok_or(StoreError::PrivateVaultNotEnrolled)?
                .parse()
                .map_err(|_| StoreError::StoreDamaged("private recipient unreadable".into()))?
        } else {
            self.vault_identity()?.to_public()
        };
        // Staff must not see a private document: no thumbnail for one.
        let thumbnail = if input.private {
            None
        } else {
            intake::thumbnail_of(bytes, valid.media_type)
        };
        let dir = self.ensure_vault_dir()?;
        let file_name = intake::random_file_name();
        let tmp = dir.join(format!("{file_name}{TMP_SUFFIX}"));
        intake::write_encrypted(&tmp, &recipient, bytes)?;
        let id = DocumentId::new();
        let (inst, staff) = (self.installation(), self.staff_id());
        let now = now_ms();
        let inserted = self.write_journaled(Action::DocumentAdded, |c| {
            c.execute(
                "INSERT INTO vault_document (id, installation_id, person_id, file_name, title,
                     category, original_name, media_type, size, sha256, issued_on, expires_on,
                     notes, private, thumbnail, staff_id, created_at, updated_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16,
                         ?17, ?17)",
                params![
                    id,
                    inst,
                    person,
                    file_name,
                    valid.title,
                    input.category.code(),
                    valid.original_name,
                    valid.media_type,
                    bytes.len() as i64,
                    valid.sha256,
                    input.issued_on.map(|d| d.to_string()),
                    input.expires_on.map(|d| d.to_string()),
                    valid.notes,
                    input.private,
                    thumbnail,
                    staff.map(|s| s.to_string()),
                    now
                ],
            )?;
            Ok(((), Some(id.to_string())))
        });
        if let Err(e) = inserted {
            let _ = std::fs::remove_file(&tmp);
            return Err(e);
        }
        // Committed: from here a kill leaves a temp file that the next settle renames.
        let path = dir.join(&file_name);
        std::fs::rename(&tmp, &path).map_err(|e| io(&path, e))?;
        sync_dir(&dir).map_err(|e| io(&dir, e))?;
        Ok(Added {
            document: get(&self.conn, id)?,
            usage: Usage {
                used_bytes: after,
                quota_bytes: before.quota_bytes,
            },
        })
    }

    /// A person's documents, newest first (no journal row: [`Session::open_vault`] is the
    /// journaled opening).
    pub fn list_documents(&self, person: PersonId) -> Result<Vec<Document>, StoreError> {
        self.require_vault(person)?;
        of_person(&self.conn, person)
    }

    /// Opens a person's vault: journals `vault.opened` (the person's id), finishes any write
    /// a kill interrupted, and lists the documents.
    pub fn open_vault(&mut self, person: PersonId) -> Result<VaultContents, StoreError> {
        self.require_vault(person)?;
        self.settle_vault()?;
        self.write_journaled(Action::VaultOpened, |_| Ok(((), Some(person.to_string()))))?;
        let (_, window) = vault_settings(&self.conn)?;
        Ok(VaultContents {
            documents: of_person(&self.conn, person)?,
            usage: usage(&self.conn, person)?,
            private_enrolled: private_recipient(&self.conn, person)?.is_some(),
            expiry_window_days: window,
        })
    }

    /// One document's metadata.
    pub fn document(&self, id: DocumentId) -> Result<Document, StoreError> {
        self.accessible(id)
    }

    /// A person's use of their quota.
    pub fn vault_usage(&self, person: PersonId) -> Result<Usage, StoreError> {
        self.require_vault(person)?;
        usage(&self.conn, person)
    }

    /// The bytes of a shared document, decrypted in memory and released only once the whole
    /// stream authenticated and its hash matched. Journals `document.viewed` (the document's
    /// id). A private document is refused: only its owner's card and PIN open it.
    pub fn read_document(&mut self, id: DocumentId) -> Result<Vec<u8>, StoreError> {
        let d = self.accessible(id)?;
        if d.private {
            return Err(StoreError::DocumentPrivate);
        }
        let bytes = self.decrypt_shared(&d)?;
        self.write_journaled(Action::DocumentViewed, |_| Ok(((), Some(id.to_string()))))?;
        Ok(bytes)
    }

    /// Decrypts a shared document (no access check, no journal: callers do both).
    pub(crate) fn decrypt_shared(&self, d: &Document) -> Result<Vec<u8>, StoreError> {
        let identity = self.vault_identity()?;
        let dir = self.vault_dir();
        let path = dir.join(&d.file_name);
        if !path.exists() {
            // A kill between commit and rename: the temp file is the document.
            let tmp = dir.join(format!("{}{TMP_SUFFIX}", d.file_name));
            if tmp.exists() {
                std::fs::rename(&tmp, &path).map_err(|e| io(&path, e))?;
                sync_dir(&dir).map_err(|e| io(&dir, e))?;
            }
        }
        decrypt_file(&path, &identity, d.size, &d.sha256)
    }

    /// The thumbnail of a shared image (JPEG bytes), if it has one.
    pub fn document_thumbnail(&self, id: DocumentId) -> Result<Option<Vec<u8>>, StoreError> {
        let d = self.accessible(id)?;
        if d.private {
            return Ok(None);
        }
        Ok(self
            .conn
            .query_row(
                "SELECT thumbnail FROM vault_document WHERE id = ?1",
                [id],
                |r| r.get(0),
            )
            .optional()?
            .flatten())
    }

    /// Changes a document's title, category, dates and notes (journaled `document.changed`).
    pub fn update_document(
        &mut self,
        id: DocumentId,
        update: &DocumentUpdate,
    ) -> Result<(), StoreError> {
        self.accessible(id)?;
        let (title, notes) = intake::validate_update(update)?;
        self.write_journaled(Action::DocumentChanged, |c| {
            c.execute(
                "UPDATE vault_document SET title = ?2, category = ?3, issued_on = ?4,
                     expires_on = ?5, notes = ?6, updated_at = ?7
                 WHERE id = ?1",
                params![
                    id,
                    title,
                    update.category.code(),
                    update.issued_on.map(|d| d.to_string()),
                    update.expires_on.map(|d| d.to_string()),
                    notes,
                    now_ms()
                ],
            )?;
            Ok(((), Some(id.to_string())))
        })
    }

    /// Deletes a document: its file is set aside, the row deleted (journaled
    /// `document.deleted`), then the file removed.
    pub fn delete_document(&mut self, id: DocumentId) -> Result<(), StoreError> {
        let d = self.accessible(id)?;
        let dir = self.vault_dir();
        let trashed = trash(&dir, &d.file_name)?;
        let deleted = self.write_journaled(Action::DocumentDeleted, |c| {
            c.execute("DELETE FROM vault_document WHERE id = ?1", [id])?;
            Ok(((), Some(id.to_string())))
        });
        if let Err(e) = deleted {
            if trashed {
                let _ = untrash(&dir, &d.file_name);
            }
            return Err(e);
        }
        remove_trashed(&dir, std::slice::from_ref(&d.file_name));
        Ok(())
    }

    /// Documents expiring within `window_days` (the settings' window when `None`), expired
    /// ones included, soonest first; only people whose consent covers the vault.
    pub fn expiring_documents(
        &self,
        window_days: Option<u32>,
    ) -> Result<Vec<Expiring>, StoreError> {
        self.require(Permission::VaultAccess)?;
        let (_, default_window) = vault_settings(&self.conn)?;
        let window = window_days.unwrap_or(default_window).min(3660);
        let today = today();
        let until = today
            .checked_add(jiff::Span::new().days(i64::from(window)))
            .unwrap_or(today);
        let mut st = self.conn.prepare(
            "SELECT d.id, COALESCE(p.merged_into, p.id), d.title, d.category, d.expires_on
             FROM vault_document d JOIN person p ON p.id = d.person_id
             WHERE d.expires_on IS NOT NULL AND d.expires_on <= ?1
             ORDER BY d.expires_on, d.num",
        )?;
        let rows = st.query_map([until.to_string()], |r| {
            Ok((
                r.get::<_, DocumentId>(0)?,
                r.get::<_, PersonId>(1)?,
                r.get::<_, String>(2)?,
                r.get::<_, String>(3)?,
                r.get::<_, String>(4)?,
            ))
        })?;
        let mut out = Vec::new();
        for row in rows {
            let (id, person, title, category, expires) = row?;
            let Ok(expires_on) = expires.parse::<jiff::civil::Date>() else {
                continue;
            };
            if self.require_vault(person).is_err() {
                continue;
            }
            let p = people::get(&self.conn, person)?;
            let person_name = format!("{} {}", p.profile.first_name, p.profile.last_name)
                .trim()
                .to_owned();
            let days_left = days_from(today, expires_on);
            out.push(Expiring {
                id,
                person,
                person_name,
                title,
                category: DocumentCategory::parse(&category).unwrap_or(DocumentCategory::Autre),
                expires_on,
                days_left,
            });
        }
        Ok(out)
    }

    /// The quota per person (MiB) and the expiry reminder window (days).
    pub fn vault_settings(&self) -> Result<(u32, u32), StoreError> {
        self.require(Permission::ReadSettings)?;
        vault_settings(&self.conn)
    }

    /// Sets the quota per person (1 to 100 000 MiB) and the expiry window (1 to 366 days).
    pub fn set_vault_settings(
        &mut self,
        quota_mb: u32,
        window_days: u32,
    ) -> Result<(), StoreError> {
        self.require(Permission::ManageSettings)?;
        if !(1..=100_000).contains(&quota_mb) {
            return Err(StoreError::InvalidField {
                field: "vault_quota_mb",
            });
        }
        if !(1..=366).contains(&window_days) {
            return Err(StoreError::InvalidField {
                field: "expiry_window_days",
            });
        }
        self.write_journaled(Action::SettingsChanged, |c| {
            c.execute(
                "UPDATE settings SET vault_quota_mb = ?1, expiry_window_days = ?2
                 WHERE singleton = 1",
                params![quota_mb, window_days],
            )?;
            Ok(((), None))
        })
    }

    /// Finishes what a kill interrupted in the vault folder (see the module's notes). Never
    /// touches a file without a suffix: an orphan is reported by verify, not deleted.
    pub fn settle_vault(&self) -> Result<Settled, StoreError> {
        let dir = self.vault_dir();
        let mut done = Settled::default();
        let entries = match std::fs::read_dir(&dir) {
            Ok(e) => e,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(done),
            Err(e) => return Err(io(&dir, e)),
        };
        let mut pending = Vec::new();
        for e in entries.flatten() {
            let name = e.file_name();
            let Some(name) = name.to_str() else { continue };
            if let Some(base) = name.strip_suffix(TMP_SUFFIX) {
                pending.push((base.to_owned(), true));
            } else if let Some(base) = name.strip_suffix(TRASH_SUFFIX) {
                pending.push((base.to_owned(), false));
            }
        }
        if pending.is_empty() {
            return Ok(done);
        }
        for (base, is_tmp) in pending {
            if !intake::is_file_name(&base) {
                continue;
            }
            let has_row: bool = self.conn.query_row(
                "SELECT EXISTS (SELECT 1 FROM vault_document WHERE file_name = ?1)",
                [&base],
                |r| r.get(0),
            )?;
            let suffixed = dir.join(format!(
                "{base}{}",
                if is_tmp { TMP_SUFFIX } else { TRASH_SUFFIX }
            ));
            let target = dir.join(&base);
            match (is_tmp, has_row) {
                (true, true) => {
                    std::fs::rename(&suffixed, &target).map_err(|e| io(&target, e))?;
                    done.completed += 1;
                }
                (true, false) => {
                    std::fs::remove_file(&suffixed).map_err(|e| io(&suffixed, e))?;
                    done.discarded += 1;
                }
                (false, true) => {
                    std::fs::rename(&suffixed, &target).map_err(|e| io(&target, e))?;
                    done.restored += 1;
                }
                (false, false) => {
                    std::fs::remove_file(&suffixed).map_err(|e| io(&suffixed, e))?;
                    done.deleted += 1;
                }
            }
        }
        sync_dir(&dir).map_err(|e| io(&dir, e))?;
        Ok(done)
    }

    /// The statistics hook: (people with documents, documents stored) at `period_end`.
    pub fn vault_counts(&self, period_end: jiff::civil::Date) -> Result<(u64, u64), StoreError> {
        counts_at(&self.conn, period_end)
    }
}

/// Sets a document's file aside before its row is deleted (`<name>` → `<name>.del`).
/// `false` when the file was already missing.
pub(crate) fn trash(dir: &Path, file_name: &str) -> Result<bool, StoreError> {
    let from = dir.join(file_name);
    let to = dir.join(format!("{file_name}{TRASH_SUFFIX}"));
    match std::fs::rename(&from, &to) {
        Ok(()) => {
            sync_dir(dir).map_err(|e| io(dir, e))?;
            Ok(true)
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(false),
        Err(e) => Err(io(&from, e)),
    }
}

fn untrash(dir: &Path, file_name: &str) -> Result<(), StoreError> {
    let to = dir.join(file_name);
    std::fs::rename(dir.join(format!("{file_name}{TRASH_SUFFIX}")), &to).map_err(|e| io(&to, e))?;
    sync_dir(dir).map_err(|e| io(dir, e))
}

/// Removes files set aside whose rows are deleted and committed (best effort: a file left
/// behind is removed by the next settle).
pub(crate) fn remove_trashed(dir: &Path, file_names: &[String]) {
    for n in file_names {
        let _ = std::fs::remove_file(dir.join(format!("{n}{TRASH_SUFFIX}")));
    }
    let _ = sync_dir(dir);
}

/// The file names of the documents of these person ids (the erasure's family).
pub(crate) fn file_names_of(conn: &Connection, ids_json: &str) -> Result<Vec<String>, StoreError> {
    let mut st = conn.prepare(
        "SELECT file_name FROM vault_document WHERE person_id IN (SELECT value FROM json_each(?1))",
    )?;
    let rows = st.query_map([ids_json], |r| r.get(0))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Whole days from `today` to `date`: negative once it is past.
pub(crate) fn days_from(today: jiff::civil::Date, date: jiff::civil::Date) -> i64 {
    date.since(today)
        .map(|sp| i64::from(sp.get_days()))
        .unwrap_or(0)
}
