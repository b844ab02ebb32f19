//! Generations: the store lives in `store/gen-NNNNNN/` (database and both seal copies), and
//! the small pointer file `store/CURRENT` names the live one. A rekey writes generation N+1
//! beside N, fsyncs it, then switches with **one atomic rename** of the pointer; a kill at any
//! step leaves either N or N+1 live, never neither. Folders other than the live one are
//! leftovers (an unfinished rekey, or the previous generation not yet deleted) and are removed
//! after the next successful unlock.

use super::db::{self, DB_FILE};
use super::error::StoreError;
use super::journal::{self, Action};
use super::seal::{self, SealBody, SealFile};
use super::secret::InstallationKey;
use super::session::Session;
use crate::fsutil::{sync_dir, write_atomic};
use std::path::{Path, PathBuf};

/// The store's folder inside the data folder.
pub const STORE_DIR: &str = "store";
/// The pointer file naming the live generation.
pub const POINTER: &str = "CURRENT";
/// Held (an OS file lock) by the one process that may write: an unlocked session, or an unlock
/// in progress (which may write the attempt counters). Released when the process dies.
pub const LOCK_FILE: &str = "LOCK";
const PREFIX: &str = "gen-";

/// Where a store's files are.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Layout {
    root: PathBuf,
}

impl Layout {
    pub fn new(data_dir: &Path) -> Self {
        Self {
            root: data_dir.join(STORE_DIR),
        }
    }

    pub fn root(&self) -> &Path {
        &self.root
    }

    /// Whether a store was set up here (its pointer exists: setup finished).
    pub fn exists(&self) -> bool {
        self.root.join(POINTER).is_file()
    }

    pub fn gen_name(n: u64) -> String {
        format!("{PREFIX}{n:06}")
    }

    pub fn gen_dir(&self, n: u64) -> PathBuf {
        self.root.join(Self::gen_name(n))
    }

    pub fn db_path(&self, n: u64) -> PathBuf {
        self.gen_dir(n).join(DB_FILE)
    }

    /// The live generation according to the pointer.
    pub fn current(&self) -> Result<Option<u64>, StoreError> {
        let p = self.root.join(POINTER);
        let text = match std::fs::read_to_string(&p) {
            Ok(t) => t,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
            Err(e) => return Err(StoreError::io(p, e)),
        };
        Ok(text
            .trim()
            .strip_prefix(PREFIX)
            .and_then(|n| n.parse().ok()))
    }

    /// Generation folders present on disk, in ascending order.
    pub fn generations(&self) -> Vec<u64> {
        let mut v: Vec<u64> = std::fs::read_dir(&self.root)
            .into_iter()
            .flatten()
            .flatten()
            .filter_map(|e| {
                e.file_name()
                    .to_str()
                    .and_then(|n| n.strip_prefix(PREFIX))
                    .and_then(|n| n.parse().ok())
            })
            .collect();
        v.sort_unstable();
        v
    }

    /// Generations to try at open: the pointer's, then older leftovers, newest first. Newer
    /// folders than the pointer are unfinished rekeys and never tried.
    pub fn candidates(&self) -> Result<Vec<u64>, StoreError> {
        let Some(cur) = self.current()? else {
            return Err(if self.root.join(POINTER).exists() {
                StoreError::StoreDamaged("unreadable pointer".into())
            } else {
                StoreError::NotFound
            });
        };
        let mut v = vec![cur];
        v.extend(self.generations().into_iter().rev().filter(|g| *g < cur));
        Ok(v)
    }

    /// The commit point of a rekey (and of setup): one atomic rename of the pointer.
    pub(crate) fn switch_to(&self, n: u64) -> Result<(), StoreError> {
        write_atomic(
            &self.root.join(POINTER),
            format!("{}\n", Self::gen_name(n)).as_bytes(),
        )?;
        Ok(())
    }

    /// Takes the store's write lock, or reports that another process holds it.
    pub(crate) fn lock(&self) -> Result<std::fs::File, StoreError> {
        let p = self.root.join(LOCK_FILE);
        let f = std::fs::OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(&p)
            .map_err(|e| StoreError::io(&p, e))?;
        match f.try_lock() {
            Ok(()) => Ok(f),
            Err(std::fs::TryLockError::WouldBlock) => Err(StoreError::Busy),
            Err(std::fs::TryLockError::Error(e)) => Err(StoreError::io(p, e)),
        }
    }

    /// Deletes every generation folder but `keep` (best effort: a leftover is retried next
    /// time and never opened while the pointer names another generation).
    pub(crate) fn remove_others(&self, keep: u64) {
        for g in self.generations() {
            if g != keep {
                let _ = std::fs::remove_dir_all(self.gen_dir(g));
            }
        }
        let _ = sync_dir(&self.root);
    }

    /// Removes temp files left by atomic writes that a kill interrupted (`.name.tmp-PID`).
    pub(crate) fn remove_stale_temp_files(&self, gen: u64) {
        for dir in [self.root.clone(), self.gen_dir(gen)] {
            for e in std::fs::read_dir(&dir).into_iter().flatten().flatten() {
                let name = e.file_name();
                let n = name.to_string_lossy();
                if n.starts_with('.') && n.contains(".tmp-") {
                    let _ = std::fs::remove_file(e.path());
                }
            }
        }
    }

    /// A fresh, empty folder for generation `n` (a leftover of a killed attempt is removed).
    pub(crate) fn fresh_gen_dir(&self, n: u64) -> Result<PathBuf, StoreError> {
        let d = self.gen_dir(n);
        if d.exists() {
            std::fs::remove_dir_all(&d).map_err(|e| StoreError::io(&d, e))?;
        }
        std::fs::create_dir_all(&d).map_err(|e| StoreError::io(&d, e))?;
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            std::fs::set_permissions(&d, std::fs::Permissions::from_mode(0o700))
                .map_err(|e| StoreError::io(&d, e))?;
        }
        Ok(d)
    }
}

/// A step of the rekey, for the kill tests' progress output.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RekeyStep {
    Exported,
    SealWritten,
    Switched,
    Cleaned,
}

impl Session {
    /// Writes generation N+1 with a new installation key: the database re-encrypted with
    /// `sqlcipher_export`, a journal row for `action`, and a new seal built by `edit` from the
    /// current one (it may remove staff or replace the recovery recipient). Switches with one
    /// rename, then deletes generation N.
    pub(crate) fn rekey_with(
        &mut self,
        action: Action,
        record: Option<String>,
        edit: impl FnOnce(&mut SealBody) -> Result<(), StoreError>,
        mut progress: impl FnMut(RekeyStep),
    ) -> Result<(), StoreError> {
        let next = self.generation + 1;
        let dir = self.layout.fresh_gen_dir(next)?;
        let new_key = InstallationKey::generate();
        let db_path = dir.join(DB_FILE);
        db::export_to(&self.conn, &db_path, &new_key)?;
        let new_conn = db::open_existing(&db_path, &new_key)?;
        progress(RekeyStep::Exported);

        let anchor_held = journal::anchor_holds(&self.conn, &self.seal.body.journal)?;
        let mut body = self.seal.body.clone();
        body.generation = next;
        body.revision = 0;
        edit(&mut body)?;
        let anchor = journal::append(
            &new_conn,
            body.installation,
            self.actor,
            action,
            record.as_deref(),
        )?;
        if anchor_held {
            body.journal = anchor;
        }
        body.sealed_key = seal::seal_key(&new_key, &seal::recipients_of(&body)?)?;
        let file = SealFile::new_signed(&new_key, body, self.seal.attempts.clone())?;
        seal::write_both(&dir, &file)?;
        sync_dir(&dir).map_err(|e| StoreError::io(&dir, e))?;
        sync_dir(self.layout.root()).map_err(|e| StoreError::io(self.layout.root(), e))?;
        progress(RekeyStep::SealWritten);

        self.layout.switch_to(next)?;
        progress(RekeyStep::Switched);

        let old = std::mem::replace(&mut self.conn, new_conn);
        drop(old);
        self.key = new_key;
        self.seal = file;
        self.generation = next;
        self.layout.remove_others(next);
        progress(RekeyStep::Cleaned);
        Ok(())
    }
}
