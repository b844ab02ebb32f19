//! Locked and unlocked stores (a typestate: [`LockedStore`] knows only what the seal file
//! shows before unlock; [`Session`] holds the key and the open database), roles, and the
//! checks every later command makes (role and lock state).

use super::consent::{self, Consent};
use super::db::{self, DB_FILE};
use super::device::{DeviceError, DeviceSecretStore};
use super::draft::{self, Draft};
use super::error::{StoreError, StoreWarning};
use super::generation::{Layout, RekeyStep};
use super::ids::{
    ConsentId, InstallationId, MergeId, PersonId, PlaceId, StaffId, SupportSessionId, TagId,
    WorkshopId,
};
use super::journal::{self, Action, Actor, Entry, JournalFilter, Verdict};
use super::journal_csv;
use super::people::{self, MergePreview, Person, PersonInput, PersonMatch};
use super::seal::{
    self, Attempts, Copies, KdfParams, SealBody, SealFile, StaffEntry, StaffStatus, SEAL_FORMAT,
};
use super::secret::{DeviceSecret, InstallationKey, Passphrase, RecoveryKey};
use super::settings::{self, NewPlace, Place, Settings};
use super::support::{self, SupportSession, SupportSessionInput, Tag};
use super::workshop::{self, Workshop};
use crate::fsutil::sync_dir;
use passerelle_api::people::WorkshopInput;
use passerelle_api::vocab::{AgeBracket, ConsentScope};
use rusqlite::Connection;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

/// A staff member's role. Every staff member can decrypt the store; roles are application
/// rules enforced here on every call.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    Coordinator,
    Mediator,
    /// A volunteer: records activity, no access to the document vault.
    Volunteer,
}

impl Role {
    pub fn code(self) -> &'static str {
        match self {
            Role::Coordinator => "coordinator",
            Role::Mediator => "mediator",
            Role::Volunteer => "volunteer",
        }
    }

    pub fn parse(s: &str) -> Option<Role> {
        [Role::Coordinator, Role::Mediator, Role::Volunteer]
            .into_iter()
            .find(|r| r.code() == s)
    }

    pub fn allows(self, p: Permission) -> bool {
        match p {
            Permission::ManageStaff
            | Permission::ManageKeys
            | Permission::ManageSettings
            | Permission::ErasePeople
            | Permission::ExchangeData
            | Permission::ReadJournal => self == Role::Coordinator,
            Permission::VaultAccess => self != Role::Volunteer,
            Permission::RecordActivity | Permission::ReadSettings => true,
        }
    }
}

/// What a command needs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Permission {
    ManageStaff,
    /// Rekey, replace the recovery key.
    ManageKeys,
    ManageSettings,
    ReadSettings,
    ReadJournal,
    VaultAccess,
    RecordActivity,
    /// Erase a person's record, purge inactive records (right to erasure, retention).
    ErasePeople,
    /// Import people or activities from a file, export sessions to a file.
    ExchangeData,
}

/// A staff member as the sign-in screen shows them (no secret).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StaffSummary {
    pub id: StaffId,
    pub display_name: String,
    pub role: Role,
    pub status: StaffStatus,
    pub device_bound: bool,
    /// The passphrase was set by a coordinator: the person must choose their own after
    /// signing in, before anything else.
    pub must_change_passphrase: bool,
}

fn summaries(body: &SealBody) -> Vec<StaffSummary> {
    body.staff
        .iter()
        .map(|s| StaffSummary {
            id: s.id,
            display_name: s.display_name.clone(),
            role: s.role,
            status: s.status,
            device_bound: s.slot.as_ref().is_some_and(|x| x.device_bound),
            must_change_passphrase: s.must_change_passphrase,
        })
        .collect()
}

fn unix_now() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .unwrap_or(0)
}

/// Today's civil date where the centre is (session dates are civil dates).
pub(crate) fn today() -> jiff::civil::Date {
    jiff::Zoned::now().date()
}

/// The current civil year where the centre is (a year of birth is checked against it).
fn this_year() -> i32 {
    i32::from(jiff::Zoned::now().year())
}

pub(crate) fn now_ms() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_millis() as i64)
        .unwrap_or(0)
}

/// The keyring account of a staff member's device secret.
pub fn device_account(installation: InstallationId, staff: StaffId) -> String {
    format!("{installation}/{staff}")
}

fn device_err(e: DeviceError) -> StoreError {
    match e {
        DeviceError::Unavailable(m) => StoreError::KeyringUnavailable(m),
    }
}

/// How long an unlock took, split into the passphrase derivation and the rest.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct UnlockTimings {
    /// argon2id (zero for the recovery key, which needs none).
    pub kdf: Duration,
    /// Everything after: the age unseal, opening the database, checking the seal.
    pub open: Duration,
}

/// A store that exists but is not unlocked: staff names and roles only.
#[derive(Debug)]
pub struct LockedStore {
    layout: Layout,
    generation: u64,
    copies: Copies,
    kdf: KdfParams,
}

/// Sets up a new store in `data_dir` with its first coordinator. Returns the unlocked session
/// and the recovery key, to be printed once and never stored.
pub fn init(
    data_dir: &Path,
    structure_name: &str,
    coordinator_name: &str,
    passphrase: &Passphrase,
) -> Result<(Session, RecoveryKey), StoreError> {
    init_with(
        data_dir,
        structure_name,
        coordinator_name,
        passphrase,
        KdfParams::DEFAULT,
    )
}

pub(crate) fn init_with(
    data_dir: &Path,
    structure_name: &str,
    coordinator_name: &str,
    passphrase: &Passphrase,
    kdf: KdfParams,
) -> Result<(Session, RecoveryKey), StoreError> {
    if !passphrase.is_long_enough() {
        return Err(StoreError::PassphraseTooShort {
            min: Passphrase::MIN_CHARS,
        });
    }
    if structure_name.trim().is_empty() {
        return Err(StoreError::InvalidField {
            field: "structure_name",
        });
    }
    if coordinator_name.trim().is_empty() {
        return Err(StoreError::InvalidField {
            field: "display_name",
        });
    }
    let dd = crate::data_dir::DataDir {
        path: data_dir.to_owned(),
        source: passerelle_api::DataDirSource::Flag,
    };
    dd.ensure()?;
    let layout = Layout::new(data_dir);
    if layout.exists() {
        return Err(StoreError::AlreadyExists);
    }
    std::fs::create_dir_all(layout.root()).map_err(|e| StoreError::io(layout.root(), e))?;
    let lock = layout.lock()?;
    // Leftovers of a setup killed before its pointer was written.
    layout.remove_others(u64::MAX);
    let gen = 1;
    let dir = layout.fresh_gen_dir(gen)?;
    let key = InstallationKey::generate();
    let installation = InstallationId::new();
    let conn = db::create(&dir.join(DB_FILE), &key)?;
    let coordinator = StaffId::new();
    let anchor = {
        let tx = conn.unchecked_transaction()?;
        tx.execute(
            "INSERT INTO installation (id, created_at) VALUES (?1, ?2)",
            rusqlite::params![installation, now_ms()],
        )?;
        settings::init(&tx, structure_name.trim())?;
        journal::append(&tx, installation, Actor::System, Action::StoreCreated, None)?;
        let a = journal::append(
            &tx,
            installation,
            Actor::System,
            Action::StaffAdded,
            Some(&coordinator.to_string()),
        )?;
        tx.commit()?;
        a
    };
    let identity = age::x25519::Identity::generate();
    let slot = seal::wrap_identity(&identity, coordinator, passphrase, kdf, None)?;
    let recovery = age::x25519::Identity::generate();
    let mut body = SealBody {
        format: SEAL_FORMAT,
        installation,
        generation: gen,
        revision: 0,
        staff: vec![StaffEntry {
            id: coordinator,
            display_name: coordinator_name.trim().to_owned(),
            role: Role::Coordinator,
            status: StaffStatus::Active,
            slot: Some(slot),
            // The coordinator typed it for themselves.
            must_change_passphrase: false,
        }],
        recovery_recipient: recovery.to_public().to_string(),
        sealed_key: String::new(),
        journal: anchor,
    };
    body.sealed_key = seal::seal_key(&key, &seal::recipients_of(&body)?)?;
    let file = SealFile::new_signed(&key, body, BTreeMap::new())?;
    seal::write_both(&dir, &file)?;
    sync_dir(&dir).map_err(|e| StoreError::io(&dir, e))?;
    layout.switch_to(gen)?;
    let session = Session {
        _lock: lock,
        layout,
        generation: gen,
        conn,
        key,
        seal: file,
        actor: Actor::Staff(coordinator),
        role: Role::Coordinator,
        warnings: Vec::new(),
        timings: UnlockTimings::default(),
        last_activity: Instant::now(),
        kdf,
    };
    Ok((session, RecoveryKey::from_identity(&recovery)))
}

impl LockedStore {
    /// Finds the store in `data_dir` and reads its seal (no key, no write).
    pub fn open(data_dir: &Path) -> Result<Self, StoreError> {
        let layout = Layout::new(data_dir);
        let candidates = layout.candidates()?;
        let mut first_err = None;
        for g in candidates {
            let copies = Copies::read(&layout.gen_dir(g));
            match copies.best() {
                Ok(_) => {
                    return Ok(Self {
                        layout,
                        generation: g,
                        copies,
                        kdf: KdfParams::DEFAULT,
                    })
                }
                Err(e) => {
                    first_err.get_or_insert(e);
                }
            }
        }
        Err(first_err.unwrap_or(StoreError::NotFound))
    }

    pub fn generation(&self) -> u64 {
        self.generation
    }

    pub fn data_dir(&self) -> PathBuf {
        self.layout
            .root()
            .parent()
            .map(Path::to_owned)
            .unwrap_or_default()
    }

    /// Staff names and roles, for the sign-in screen.
    pub fn staff(&self) -> Vec<StaffSummary> {
        self.copies
            .best()
            .map(|f| summaries(&f.body))
            .unwrap_or_default()
    }

    /// Finds an active staff member by display name (case-insensitive), for the CLI.
    pub fn staff_by_name(&self, name: &str) -> Option<StaffId> {
        let n = name.trim().to_lowercase();
        self.staff()
            .into_iter()
            .find(|s| s.display_name.to_lowercase() == n)
            .map(|s| s.id)
    }

    /// Seconds before `staff` may try again (0 when allowed).
    pub fn retry_after(&self, staff: StaffId) -> u64 {
        self.copies
            .best()
            .ok()
            .and_then(|f| f.attempts.get(&staff).copied())
            .map(|a| a.remaining_secs(unix_now()))
            .unwrap_or(0)
    }

    /// Unlocks with a staff member's passphrase (and this computer's keyring secret when the
    /// account is bound). A wrong passphrase counts a failed attempt, persisted in the seal
    /// file: the only write before unlock.
    pub fn unlock(
        &self,
        staff: StaffId,
        passphrase: &Passphrase,
        device: &dyn DeviceSecretStore,
    ) -> Result<Session, StoreError> {
        self.unlock_at(staff, passphrase, device, unix_now())
    }

    /// [`LockedStore::unlock`] at a given time (unix seconds), for tests of the delay.
    pub fn unlock_at(
        &self,
        staff: StaffId,
        passphrase: &Passphrase,
        device: &dyn DeviceSecretStore,
        now: i64,
    ) -> Result<Session, StoreError> {
        // One process at a time from here: the counters below are written under the lock.
        let lock = self.layout.lock()?;
        // Fresh from disk: counters written by another run must count.
        let mut copies = Copies::read(&self.layout.gen_dir(self.generation));
        let best = copies.best()?.clone();
        let entry = best
            .body
            .staff
            .iter()
            .find(|s| s.id == staff)
            .ok_or(StoreError::StaffNotFound)?;
        let slot = match (&entry.status, &entry.slot) {
            (StaffStatus::Active, Some(s)) => s,
            _ => return Err(StoreError::StaffDisabled),
        };
        let attempts = best.attempts.get(&staff).copied().unwrap_or_default();
        let remaining = attempts.remaining_secs(now);
        if remaining > 0 {
            return Err(StoreError::TooManyAttempts {
                remaining_secs: remaining,
            });
        }
        let device_secret: Option<DeviceSecret> = if slot.device_bound {
            let account = device_account(best.body.installation, staff);
            match device.get(&account).map_err(device_err)? {
                Some(s) => Some(s),
                None => return Err(StoreError::DeviceSecretMissing),
            }
        } else {
            None
        };

        // Every distinct version of this person's slot among the good copies.
        let mut slots = Vec::new();
        for (_, f) in copies.good() {
            if let Some(s) = f
                .body
                .staff
                .iter()
                .find(|s| s.id == staff)
                .and_then(|s| s.slot.clone())
            {
                if !slots.contains(&s) {
                    slots.push(s);
                }
            }
        }
        let t0 = Instant::now();
        let mut identity = None;
        for s in &slots {
            let wk = seal::derive(
                passphrase,
                &seal::salt_of(s)?,
                s.kdf,
                device_secret.as_ref(),
            )?;
            match seal::unwrap_identity(s, staff, &wk) {
                Ok(id) => {
                    identity = Some(id);
                    break;
                }
                Err(StoreError::WrongPassphrase) => continue,
                Err(e) => return Err(e),
            }
        }
        let kdf = t0.elapsed();
        let Some(identity) = identity else {
            let next = Attempts {
                failures: attempts.failures.saturating_add(1),
                last_failure: now,
            };
            copies.write_attempts(staff, next)?;
            return Err(StoreError::WrongPassphrase);
        };
        let t1 = Instant::now();
        let mut session =
            self.finish_unlock(lock, copies, &identity, Actor::Staff(staff), entry.role)?;
        session.timings = UnlockTimings {
            kdf,
            open: t1.elapsed(),
        };
        if attempts != Attempts::default() {
            let mut c = Copies::read(&self.layout.gen_dir(session.generation));
            c.write_attempts(staff, Attempts::default())?;
            session.seal.attempts.remove(&staff);
        }
        session.record(Action::Unlock, None)?;
        Ok(session)
    }

    /// Unlocks with the recovery key (from either seal copy). Acts as a coordinator.
    pub fn unlock_with_recovery(&self, key: &RecoveryKey) -> Result<Session, StoreError> {
        let identity = key.identity().ok_or(StoreError::WrongRecoveryKey)?;
        let lock = self.layout.lock()?;
        let copies = Copies::read(&self.layout.gen_dir(self.generation));
        let best = copies.best()?;
        if best.body.recovery_recipient != identity.to_public().to_string()
            && copies
                .good()
                .iter()
                .all(|(_, f)| f.body.recovery_recipient != identity.to_public().to_string())
        {
            return Err(StoreError::WrongRecoveryKey);
        }
        let t1 = Instant::now();
        let mut session =
            self.finish_unlock(lock, copies, &identity, Actor::Recovery, Role::Coordinator)?;
        session.timings = UnlockTimings {
            kdf: Duration::ZERO,
            open: t1.elapsed(),
        };
        session.record(Action::RecoveryUnlock, None)?;
        Ok(session)
    }

    /// With an identity in hand: the first good copy whose sealed key opens the database and
    /// whose MAC verifies wins. A damaged copy is then rewritten from it.
    fn finish_unlock(
        &self,
        lock: std::fs::File,
        copies: Copies,
        identity: &age::x25519::Identity,
        actor: Actor,
        role: Role,
    ) -> Result<Session, StoreError> {
        let db_path = self.layout.db_path(self.generation);
        let mut last_err = StoreError::StoreDamaged("no seal copy opens this store".into());
        let mut chosen = None;
        for (_, f) in copies.good() {
            let Some(key) = seal::open_key(&f.body.sealed_key, identity)? else {
                last_err = StoreError::StoreDamaged("not a recipient of this seal".into());
                continue;
            };
            if !f.verify(&key) {
                last_err = StoreError::StoreDamaged("seal authentication failed".into());
                continue;
            }
            if f.body.generation != self.generation {
                last_err = StoreError::StoreDamaged("seal of another generation".into());
                continue;
            }
            match db::open_existing(&db_path, &key) {
                Ok(conn) => {
                    chosen = Some((f.clone(), key, conn));
                    break;
                }
                Err(e @ StoreError::TooNew { .. }) => return Err(e),
                Err(e) => last_err = e,
            }
        }
        let Some((file, key, conn)) = chosen else {
            return Err(last_err);
        };
        let mut warnings = Vec::new();
        let all_same = copies
            .states
            .iter()
            .all(|s| matches!(s, seal::CopyState::Good(f) if f.body == file.body));
        if copies.any_damaged() || !all_same {
            seal::write_both(&self.layout.gen_dir(self.generation), &file)?;
            if copies.any_damaged() {
                warnings.push(StoreWarning::SealCopyRepaired);
            }
        }
        // The pointer names this generation: older and unfinished ones can go, with the temp
        // files of atomic writes a kill interrupted.
        if self.layout.current()? == Some(self.generation) {
            self.layout.remove_others(self.generation);
            self.layout.remove_stale_temp_files(self.generation);
        }
        let installation_ok: bool = conn
            .query_row(
                "SELECT count(*) = 1 FROM installation WHERE id = ?1",
                [file.body.installation],
                |r| r.get(0),
            )
            .unwrap_or(false);
        if !installation_ok {
            return Err(StoreError::StoreDamaged("installation id mismatch".into()));
        }
        Ok(Session {
            _lock: lock,
            layout: self.layout.clone(),
            generation: self.generation,
            conn,
            key,
            seal: file,
            actor,
            role,
            warnings,
            timings: UnlockTimings::default(),
            last_activity: Instant::now(),
            kdf: self.kdf,
        })
    }
}

/// An unlocked store: the key, the open database, the acting person and their role.
/// Dropping it (or [`Session::lock`]) drops every key.
pub struct Session {
    /// The store's write lock, held for the session's life.
    _lock: std::fs::File,
    pub(super) layout: Layout,
    pub(super) generation: u64,
    pub(super) conn: Connection,
    pub(super) key: InstallationKey,
    pub(super) seal: SealFile,
    pub(super) actor: Actor,
    pub(super) role: Role,
    warnings: Vec<StoreWarning>,
    timings: UnlockTimings,
    last_activity: Instant,
    kdf: KdfParams,
}

impl std::fmt::Debug for Session {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Session")
            .field("generation", &self.generation)
            .field("actor", &self.actor)
            .field("role", &self.role)
            .field("key", &"[redacted]")
            .finish()
    }
}

/// What `verify` found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VerifyReport {
    pub generation: u64,
    /// SQLite's and SQLCipher's integrity checks: empty when fine.
    pub integrity_problems: Vec<String>,
    pub journal: Verdict,
    /// Both seal copies present, readable and identical.
    pub seal_copies_ok: bool,
}

impl VerifyReport {
    pub fn is_ok(&self) -> bool {
        self.integrity_problems.is_empty()
            && matches!(self.journal, Verdict::Intact { .. })
            && self.seal_copies_ok
    }
}

impl Session {
    /// Locks: closes the database and drops every key held in memory.
    pub fn lock(self) -> Result<LockedStore, StoreError> {
        let data_dir = self
            .layout
            .root()
            .parent()
            .map(Path::to_owned)
            .unwrap_or_default();
        drop(self);
        LockedStore::open(&data_dir)
    }

    pub fn actor(&self) -> Actor {
        self.actor
    }

    pub fn role(&self) -> Role {
        self.role
    }

    pub fn generation(&self) -> u64 {
        self.generation
    }

    pub fn installation(&self) -> InstallationId {
        self.seal.body.installation
    }

    pub fn warnings(&self) -> &[StoreWarning] {
        &self.warnings
    }

    pub fn timings(&self) -> UnlockTimings {
        self.timings
    }

    /// The journal head as anchored in the seal file (printed on the recovery sheet).
    pub fn journal_anchor(&self) -> seal::Anchor {
        self.seal.body.journal.clone()
    }

    /// Refuses unless the role allows `p`, and refuses everything while the acting person still
    /// has a temporary passphrase (checked first: whatever they try, the next step is the same).
    pub fn require(&self, p: Permission) -> Result<(), StoreError> {
        if self.must_change_passphrase() {
            return Err(StoreError::PassphraseChangeRequired);
        }
        if self.role.allows(p) {
            Ok(())
        } else {
            Err(StoreError::RoleRefused)
        }
    }

    /// Whether the acting staff member must replace the passphrase a coordinator typed for
    /// them before doing anything else. Never for the recovery key.
    pub fn must_change_passphrase(&self) -> bool {
        match self.actor {
            Actor::Staff(me) => self
                .seal
                .body
                .staff
                .iter()
                .any(|s| s.id == me && s.must_change_passphrase),
            Actor::Recovery | Actor::System => false,
        }
    }

    /// Marks activity (resets the idle clock).
    pub fn touch(&mut self) {
        self.last_activity = Instant::now();
    }

    /// Whether the session has been idle for at least `minutes`.
    pub fn is_idle(&self, minutes: u32) -> bool {
        self.last_activity.elapsed() >= Duration::from_secs(u64::from(minutes) * 60)
    }

    pub fn staff(&self) -> Vec<StaffSummary> {
        summaries(&self.seal.body)
    }

    /// Rewrites both seal copies from `body` (one revision up), keeping the counters.
    fn write_seal(&mut self, mut body: SealBody) -> Result<(), StoreError> {
        body.revision = self.seal.body.revision + 1;
        let file = SealFile::new_signed(&self.key, body, self.seal.attempts.clone())?;
        seal::write_both(&self.layout.gen_dir(self.generation), &file)?;
        self.seal = file;
        Ok(())
    }

    /// The anchor to write after appending `head`: `head` while the current anchor still
    /// holds, else the current anchor (so the damage stays visible to `verify`).
    fn next_anchor(&self, head: seal::Anchor) -> Result<seal::Anchor, StoreError> {
        let current = &self.seal.body.journal;
        if journal::anchor_holds(&self.conn, current)? {
            Ok(head)
        } else {
            Ok(current.clone())
        }
    }

    /// Anchors the journal head in the seal file.
    fn anchor(&mut self, head: seal::Anchor) -> Result<(), StoreError> {
        let mut body = self.seal.body.clone();
        body.journal = self.next_anchor(head)?;
        if body.journal == self.seal.body.journal {
            return Ok(());
        }
        self.write_seal(body)
    }

    /// Journals an action on its own and anchors the new head.
    pub(crate) fn record(
        &mut self,
        action: Action,
        record: Option<&str>,
    ) -> Result<(), StoreError> {
        let head = journal::append(&self.conn, self.installation(), self.actor, action, record)?;
        self.anchor(head)
    }

    /// Runs `f` and a journal row in one transaction, then anchors the head.
    pub(crate) fn write_journaled<T>(
        &mut self,
        action: Action,
        f: impl FnOnce(&Connection) -> Result<(T, Option<String>), StoreError>,
    ) -> Result<T, StoreError> {
        let installation = self.installation();
        let tx = self.conn.unchecked_transaction()?;
        let (out, record) = f(&tx)?;
        let head = journal::append(&tx, installation, self.actor, action, record.as_deref())?;
        tx.commit()?;
        self.anchor(head)?;
        Ok(out)
    }

    // ---- staff ----

    /// Adds a staff member with a temporary passphrase typed by the coordinator: the new
    /// member must choose their own at first sign-in. No rekey: adding a recipient only
    /// re-seals the same key.
    pub fn add_staff(
        &mut self,
        display_name: &str,
        role: Role,
        passphrase: &Passphrase,
    ) -> Result<StaffId, StoreError> {
        self.require(Permission::ManageStaff)?;
        if !passphrase.is_long_enough() {
            return Err(StoreError::PassphraseTooShort {
                min: Passphrase::MIN_CHARS,
            });
        }
        if display_name.trim().is_empty() {
            return Err(StoreError::InvalidField {
                field: "display_name",
            });
        }
        let id = StaffId::new();
        let identity = age::x25519::Identity::generate();
        let slot = seal::wrap_identity(&identity, id, passphrase, self.kdf, None)?;
        let head = journal::append(
            &self.conn,
            self.installation(),
            self.actor,
            Action::StaffAdded,
            Some(&id.to_string()),
        )?;
        let mut body = self.seal.body.clone();
        body.staff.push(StaffEntry {
            id,
            display_name: display_name.trim().to_owned(),
            role,
            status: StaffStatus::Active,
            slot: Some(slot),
            must_change_passphrase: true,
        });
        body.journal = self.next_anchor(head)?;
        body.sealed_key = seal::seal_key(&self.key, &seal::recipients_of(&body)?)?;
        self.write_seal(body)?;
        Ok(id)
    }

    fn check_coordinators_remain(body: &SealBody) -> Result<(), StoreError> {
        let left = body
            .staff
            .iter()
            .filter(|s| s.role == Role::Coordinator && s.status == StaffStatus::Active)
            .count();
        if left == 0 {
            Err(StoreError::LastCoordinator)
        } else {
            Ok(())
        }
    }

    /// Disables a staff member (kept in the list, identity destroyed) with a rekey.
    pub fn disable_staff(&mut self, id: StaffId) -> Result<(), StoreError> {
        self.require(Permission::ManageStaff)?;
        if !self.seal.body.staff.iter().any(|s| s.id == id) {
            return Err(StoreError::StaffNotFound);
        }
        self.rekey_with(
            Action::StaffDisabled,
            Some(id.to_string()),
            |body| {
                for s in body.staff.iter_mut().filter(|s| s.id == id) {
                    s.status = StaffStatus::Disabled;
                    s.slot = None;
                    s.must_change_passphrase = false;
                }
                Self::check_coordinators_remain(body)
            },
            |_| {},
        )?;
        // Nobody may open their draft any more; it may hold personal data.
        draft::discard(&self.conn, id)
    }

    /// Removes a staff member from the list entirely, with a rekey.
    pub fn remove_staff(&mut self, id: StaffId) -> Result<(), StoreError> {
        self.require(Permission::ManageStaff)?;
        if !self.seal.body.staff.iter().any(|s| s.id == id) {
            return Err(StoreError::StaffNotFound);
        }
        self.rekey_with(
            Action::StaffRemoved,
            Some(id.to_string()),
            |body| {
                body.staff.retain(|s| s.id != id);
                Self::check_coordinators_remain(body)
            },
            |_| {},
        )?;
        draft::discard(&self.conn, id)
    }

    /// Changes a staff member's role. Roles are application rules, not keys: the seal is
    /// rewritten (its MAC covers roles) but nothing is rekeyed. The last active coordinator
    /// keeps their role.
    pub fn set_role(&mut self, id: StaffId, role: Role) -> Result<(), StoreError> {
        self.require(Permission::ManageStaff)?;
        let entry = self
            .seal
            .body
            .staff
            .iter()
            .find(|s| s.id == id)
            .ok_or(StoreError::StaffNotFound)?;
        if entry.status != StaffStatus::Active {
            return Err(StoreError::StaffDisabled);
        }
        if entry.role == role {
            return Ok(());
        }
        let mut body = self.seal.body.clone();
        for s in body.staff.iter_mut().filter(|s| s.id == id) {
            s.role = role;
        }
        Self::check_coordinators_remain(&body)?;
        let head = journal::append(
            &self.conn,
            self.installation(),
            self.actor,
            Action::StaffRoleChanged,
            Some(&id.to_string()),
        )?;
        body.journal = self.next_anchor(head)?;
        self.write_seal(body)?;
        if self.actor == Actor::Staff(id) {
            self.role = role;
        }
        Ok(())
    }

    /// Gives a staff member a new passphrase (forgotten, or known to others): a new identity
    /// under the new passphrase, and a rekey, so the old passphrase with an old copy of the
    /// seal file opens nothing current. A coordinator may do it for anyone (after a recovery
    /// unlock too); anyone may do it for themselves, even with a temporary passphrase. A
    /// device binding is dropped. A passphrase typed by someone else is temporary: its owner
    /// must replace it at their next sign-in.
    pub fn set_passphrase(&mut self, id: StaffId, new: &Passphrase) -> Result<(), StoreError> {
        let own = self.actor == Actor::Staff(id);
        if !own {
            self.require(Permission::ManageStaff)?;
        }
        if !new.is_long_enough() {
            return Err(StoreError::PassphraseTooShort {
                min: Passphrase::MIN_CHARS,
            });
        }
        let entry = self
            .seal
            .body
            .staff
            .iter()
            .find(|s| s.id == id)
            .ok_or(StoreError::StaffNotFound)?;
        if entry.status != StaffStatus::Active {
            return Err(StoreError::StaffDisabled);
        }
        let identity = age::x25519::Identity::generate();
        let slot = seal::wrap_identity(&identity, id, new, self.kdf, None)?;
        self.rekey_with(
            Action::PassphraseChanged,
            Some(id.to_string()),
            |body| {
                for s in body.staff.iter_mut().filter(|s| s.id == id) {
                    s.slot = Some(slot.clone());
                    s.must_change_passphrase = !own;
                }
                Ok(())
            },
            |_| {},
        )
    }

    /// A new installation key for the same recipients (generation N+1).
    pub fn rekey(&mut self) -> Result<(), StoreError> {
        self.rekey_reporting(|_| {})
    }

    /// [`Session::rekey`], reporting each step (for the kill tests).
    pub fn rekey_reporting(&mut self, progress: impl FnMut(RekeyStep)) -> Result<(), StoreError> {
        self.require(Permission::ManageKeys)?;
        self.rekey_with(Action::Rekey, None, |_| Ok(()), progress)
    }

    /// Replaces a lost recovery key: a new recovery identity and a rekey, so the old sheet
    /// opens nothing current. Returns the new key, to print once.
    pub fn regenerate_recovery(&mut self) -> Result<RecoveryKey, StoreError> {
        self.require(Permission::ManageKeys)?;
        let recovery = age::x25519::Identity::generate();
        let recipient = recovery.to_public().to_string();
        self.rekey_with(
            Action::RecoveryRegenerated,
            None,
            |body| {
                body.recovery_recipient = recipient;
                Ok(())
            },
            |_| {},
        )?;
        Ok(RecoveryKey::from_identity(&recovery))
    }

    /// Binds the acting staff member's account to this computer: from now on their identity
    /// opens only with their passphrase **and** this computer's keyring secret.
    pub fn bind_device(
        &mut self,
        passphrase: &Passphrase,
        device: &dyn DeviceSecretStore,
    ) -> Result<(), StoreError> {
        self.set_device_binding(passphrase, device, true)
    }

    /// Removes the binding (passphrase alone opens again).
    pub fn unbind_device(
        &mut self,
        passphrase: &Passphrase,
        device: &dyn DeviceSecretStore,
    ) -> Result<(), StoreError> {
        self.set_device_binding(passphrase, device, false)
    }

    /// Re-wraps the acting person's identity with or without this computer's secret, with a
    /// rekey: an older copy of the seal file (unbound slot) then opens nothing current.
    fn set_device_binding(
        &mut self,
        passphrase: &Passphrase,
        device: &dyn DeviceSecretStore,
        bind: bool,
    ) -> Result<(), StoreError> {
        let Actor::Staff(me) = self.actor else {
            return Err(StoreError::RoleRefused);
        };
        // Binding a passphrase someone else typed would keep it in use: replace it first.
        if self.must_change_passphrase() {
            return Err(StoreError::PassphraseChangeRequired);
        }
        let account = device_account(self.installation(), me);
        let slot = self
            .seal
            .body
            .staff
            .iter()
            .find(|s| s.id == me)
            .ok_or(StoreError::StaffNotFound)?
            .slot
            .clone()
            .ok_or(StoreError::StaffDisabled)?;
        let current = if slot.device_bound {
            Some(
                device
                    .get(&account)
                    .map_err(device_err)?
                    .ok_or(StoreError::DeviceSecretMissing)?,
            )
        } else {
            None
        };
        let wk = seal::derive(
            passphrase,
            &seal::salt_of(&slot)?,
            slot.kdf,
            current.as_ref(),
        )?;
        let identity = seal::unwrap_identity(&slot, me, &wk)?;
        let new_secret = if bind {
            let s = DeviceSecret::generate();
            device.set(&account, &s).map_err(device_err)?;
            Some(s)
        } else {
            None
        };
        let new_slot =
            seal::wrap_identity(&identity, me, passphrase, self.kdf, new_secret.as_ref())?;
        let action = if bind {
            Action::DeviceBound
        } else {
            Action::DeviceUnbound
        };
        self.rekey_with(
            action,
            Some(me.to_string()),
            |body| {
                for s in body.staff.iter_mut().filter(|s| s.id == me) {
                    s.slot = Some(new_slot.clone());
                }
                Ok(())
            },
            |_| {},
        )?;
        if !bind {
            device.delete(&account).map_err(device_err)?;
        }
        Ok(())
    }

    // ---- settings ----

    /// The structure's settings. Readable even with a temporary passphrase (the one exception
    /// to [`Session::require`]): the screen where the person chooses their own shows the
    /// structure's name, and the idle lock applies to it too. Nothing here is personal.
    pub fn settings(&self) -> Result<Settings, StoreError> {
        if !self.role.allows(Permission::ReadSettings) {
            return Err(StoreError::RoleRefused);
        }
        settings::get(&self.conn)
    }

    pub fn set_settings(&mut self, s: &Settings) -> Result<(), StoreError> {
        self.require(Permission::ManageSettings)?;
        self.write_journaled(Action::SettingsChanged, |c| {
            settings::set(c, s)?;
            Ok(((), None))
        })
    }

    pub fn places(&self) -> Result<Vec<Place>, StoreError> {
        self.require(Permission::ReadSettings)?;
        settings::places(&self.conn)
    }

    pub fn add_place(&mut self, p: &NewPlace) -> Result<PlaceId, StoreError> {
        self.require(Permission::ManageSettings)?;
        let inst = self.installation();
        self.write_journaled(Action::PlaceAdded, |c| {
            let id = settings::add_place(c, inst, p, now_ms())?;
            Ok((id, Some(id.to_string())))
        })
    }

    pub fn update_place(
        &mut self,
        id: PlaceId,
        p: &NewPlace,
        archived: bool,
    ) -> Result<(), StoreError> {
        self.require(Permission::ManageSettings)?;
        self.write_journaled(Action::PlaceChanged, |c| {
            if !settings::update_place(c, id, p, archived, now_ms())? {
                return Err(StoreError::InvalidField { field: "place_id" });
            }
            Ok(((), Some(id.to_string())))
        })
    }

    /// Ids of every place (for the kill tests' acknowledged-write check).
    pub fn place_ids(&self) -> Result<Vec<PlaceId>, StoreError> {
        self.require(Permission::ReadSettings)?;
        settings::place_ids(&self.conn)
    }

    // ---- journal and verification ----

    pub fn journal(&self) -> Result<Vec<Entry>, StoreError> {
        self.require(Permission::ReadJournal)?;
        journal::entries(&self.conn)
    }

    /// One page of the journal rows matching `f`, newest first, and how many match in all.
    pub fn journal_query(&self, f: &JournalFilter) -> Result<(Vec<Entry>, u64), StoreError> {
        self.require(Permission::ReadJournal)?;
        journal::query(&self.conn, f)
    }

    /// Writes every row matching `f` (its `limit` and `offset` are ignored) to a new CSV file
    /// at `dest` (see [`journal_csv`] for the format), with headers, actor names and action
    /// labels in `lang`. Refuses to overwrite a file. Returns the number of rows written.
    pub fn export_journal_csv(
        &mut self,
        f: &JournalFilter,
        lang: &str,
        dest: &Path,
    ) -> Result<u64, StoreError> {
        self.require(Permission::ReadJournal)?;
        if dest.exists() {
            return Err(StoreError::FileExists);
        }
        let rows = journal::matching(&self.conn, f)?;
        let names: BTreeMap<String, String> = self
            .seal
            .body
            .staff
            .iter()
            .map(|s| (s.id.to_string(), s.display_name.clone()))
            .collect();
        let tz = jiff::tz::TimeZone::try_system().unwrap_or(jiff::tz::TimeZone::UTC);
        let csv = journal_csv::render(&rows, &names, lang, &tz);
        crate::fsutil::write_atomic_new(dest, csv.as_bytes()).map_err(|e| match e {
            crate::fsutil::NewFileError::Exists => StoreError::FileExists,
            crate::fsutil::NewFileError::Core(c) => StoreError::Core(c),
        })?;
        self.record(Action::JournalExported, None)?;
        Ok(rows.len() as u64)
    }

    // ---- drafts ----

    /// Keeps the form the acting person was filling (when the session locks), replacing their
    /// previous draft. Not journaled (a draft is not an action on the records) and allowed
    /// even with a temporary passphrase, so nothing typed is lost. A recovery-key session has
    /// no person to give it back to: nothing is kept.
    pub fn save_draft(
        &mut self,
        form: &str,
        fields: &[(String, String)],
    ) -> Result<(), StoreError> {
        draft::validate(form, fields)?;
        let Actor::Staff(me) = self.actor else {
            return Ok(());
        };
        draft::save(&self.conn, me, form, fields, now_ms())
    }

    /// The acting person's draft, if any.
    pub fn draft(&self) -> Result<Option<Draft>, StoreError> {
        match self.actor {
            Actor::Staff(me) => draft::get(&self.conn, me),
            Actor::Recovery | Actor::System => Ok(None),
        }
    }

    /// Deletes the acting person's draft (offered again and refused, or the form was sent).
    pub fn discard_draft(&mut self) -> Result<(), StoreError> {
        match self.actor {
            Actor::Staff(me) => draft::discard(&self.conn, me),
            Actor::Recovery | Actor::System => Ok(()),
        }
    }

    // ---- people ----

    /// Registers a person (named or anonymous). Journaled with the new record's id only.
    pub fn add_person(&mut self, input: &PersonInput) -> Result<PersonId, StoreError> {
        self.require(Permission::RecordActivity)?;
        let p = people::validate(input, this_year())?;
        let (inst, actor) = (self.installation(), self.actor.code());
        self.write_journaled(Action::PersonCreated, |c| {
            let id = people::insert(c, inst, &p, &actor, now_ms())?;
            Ok((id, Some(id.to_string())))
        })
    }

    /// Changes a person's record.
    pub fn update_person(&mut self, id: PersonId, input: &PersonInput) -> Result<(), StoreError> {
        self.require(Permission::RecordActivity)?;
        let p = people::validate(input, this_year())?;
        self.write_journaled(Action::PersonChanged, |c| {
            people::update(c, id, &p, now_ms())?;
            Ok(((), Some(id.to_string())))
        })
    }

    pub fn person(&self, id: PersonId) -> Result<Person, StoreError> {
        self.require(Permission::RecordActivity)?;
        people::get(&self.conn, id)
    }

    /// The person's age bracket: from the year of birth, else the one an import recorded
    /// (the national export gives brackets, not years).
    pub fn age_bracket_of(&self, person: &Person) -> Result<AgeBracket, StoreError> {
        if person.profile.birth_year.is_some() {
            return Ok(AgeBracket::of(person.profile.birth_year, this_year()));
        }
        let known: Option<String> = self.conn.query_row(
            "SELECT age_bracket FROM person WHERE id = ?1",
            [person.id],
            |r| r.get(0),
        )?;
        Ok(known
            .as_deref()
            .and_then(AgeBracket::parse)
            .unwrap_or(AgeBracket::Undisclosed))
    }

    /// Search as you type: accents, case, ligatures, apostrophes and hyphens ignored, one
    /// typo tolerated on words of four letters or more. Anonymous people are never found.
    pub fn search_people(&self, query: &str) -> Result<Vec<PersonMatch>, StoreError> {
        self.require(Permission::RecordActivity)?;
        people::search(&self.conn, query)
    }

    /// The named people seen most recently.
    pub fn recent_people(&self, limit: usize) -> Result<Vec<PersonMatch>, StoreError> {
        self.require(Permission::RecordActivity)?;
        people::recent(&self.conn, limit.min(people::MAX_RESULTS))
    }

    /// Records a consent (replacing the one in force).
    pub fn record_consent(
        &mut self,
        person: PersonId,
        scopes: &[ConsentScope],
        by_guardian: bool,
    ) -> Result<ConsentId, StoreError> {
        self.require(Permission::RecordActivity)?;
        let actor = self.actor.code();
        self.write_journaled(Action::ConsentGiven, |c| {
            let id = consent::record(c, person, scopes, by_guardian, &actor, today(), now_ms())?;
            Ok((id, Some(person.to_string())))
        })
    }

    pub fn withdraw_consent(&mut self, person: PersonId) -> Result<(), StoreError> {
        self.require(Permission::RecordActivity)?;
        self.write_journaled(Action::ConsentWithdrawn, |c| {
            consent::withdraw(c, person, today(), now_ms())?;
            Ok(((), Some(person.to_string())))
        })
    }

    /// The consent in force for a person, if any.
    pub fn consent_of(&self, person: PersonId) -> Result<Option<Consent>, StoreError> {
        self.require(Permission::RecordActivity)?;
        people::get(&self.conn, person)?;
        consent::current(&self.conn, person)
    }

    /// Records that may be the person being registered (shown before saving).
    pub fn possible_duplicates(&self, input: &PersonInput) -> Result<Vec<PersonMatch>, StoreError> {
        self.require(Permission::RecordActivity)?;
        let p = people::validate(input, this_year())?;
        people::possible_duplicates(&self.conn, &p)
    }

    /// What merging `merged` into `kept` would move.
    pub fn merge_preview(
        &self,
        merged: PersonId,
        kept: PersonId,
    ) -> Result<MergePreview, StoreError> {
        self.require(Permission::RecordActivity)?;
        people::merge_preview(&self.conn, merged, kept)
    }

    /// Merges two records of one person; [`Session::unmerge_people`] undoes it.
    pub fn merge_people(
        &mut self,
        merged: PersonId,
        kept: PersonId,
    ) -> Result<MergeId, StoreError> {
        self.require(Permission::RecordActivity)?;
        let actor = self.actor.code();
        self.write_journaled(Action::PersonMerged, |c| {
            let id = people::merge(c, merged, kept, &actor, now_ms())?;
            Ok((id, Some(kept.to_string())))
        })
    }

    pub fn unmerge_people(&mut self, merge: MergeId) -> Result<PersonId, StoreError> {
        self.require(Permission::RecordActivity)?;
        self.write_journaled(Action::PersonUnmerged, |c| {
            let id = people::unmerge(c, merge, now_ms())?;
            Ok((id, Some(id.to_string())))
        })
    }

    // ---- support sessions and tags ----

    pub(crate) fn staff_id(&self) -> Option<StaffId> {
        match self.actor {
            Actor::Staff(id) => Some(id),
            Actor::Recovery | Actor::System => None,
        }
    }

    /// Records an individual support session (anonymous when `person` is `None`).
    pub fn add_support_session(
        &mut self,
        input: &SupportSessionInput,
    ) -> Result<SupportSessionId, StoreError> {
        self.require(Permission::RecordActivity)?;
        let s = support::validate(&self.conn, input, today())?;
        let (inst, staff) = (self.installation(), self.staff_id());
        self.write_journaled(Action::SessionCreated, |c| {
            let id = support::insert(c, inst, staff, &s, now_ms())?;
            Ok((id, Some(id.to_string())))
        })
    }

    pub fn update_support_session(
        &mut self,
        id: SupportSessionId,
        input: &SupportSessionInput,
    ) -> Result<(), StoreError> {
        self.require(Permission::RecordActivity)?;
        let s = support::validate(&self.conn, input, today())?;
        self.write_journaled(Action::SessionChanged, |c| {
            support::update(c, id, &s, now_ms())?;
            Ok(((), Some(id.to_string())))
        })
    }

    /// Deletes a session; [`Session::restore_support_session`] undoes it.
    pub fn delete_support_session(&mut self, id: SupportSessionId) -> Result<(), StoreError> {
        self.require(Permission::RecordActivity)?;
        self.write_journaled(Action::SessionDeleted, |c| {
            support::set_deleted(c, id, true, now_ms())?;
            Ok(((), Some(id.to_string())))
        })
    }

    pub fn restore_support_session(&mut self, id: SupportSessionId) -> Result<(), StoreError> {
        self.require(Permission::RecordActivity)?;
        self.write_journaled(Action::SessionRestored, |c| {
            support::set_deleted(c, id, false, now_ms())?;
            Ok(((), Some(id.to_string())))
        })
    }

    pub fn support_session(&self, id: SupportSessionId) -> Result<SupportSession, StoreError> {
        self.require(Permission::RecordActivity)?;
        support::get(&self.conn, id)
    }

    /// A person's sessions, newest first.
    pub fn sessions_of_person(&self, person: PersonId) -> Result<Vec<SupportSession>, StoreError> {
        self.require(Permission::RecordActivity)?;
        support::of_person(&self.conn, person)
    }

    /// The person's latest session as a form for today ("same as last time").
    pub fn same_as_last_time(
        &self,
        person: PersonId,
    ) -> Result<Option<SupportSessionInput>, StoreError> {
        self.require(Permission::RecordActivity)?;
        support::same_as_last_time(&self.conn, person, today())
    }

    /// Records a group workshop.
    pub fn add_workshop(&mut self, input: &WorkshopInput) -> Result<WorkshopId, StoreError> {
        self.require(Permission::RecordActivity)?;
        let w = workshop::validate(&self.conn, input, today())?;
        let (inst, staff) = (self.installation(), self.staff_id());
        self.write_journaled(Action::WorkshopCreated, |c| {
            let id = workshop::insert(c, inst, staff, &w, now_ms())?;
            Ok((id, Some(id.to_string())))
        })
    }

    /// The latest workshops, newest first.
    pub fn workshops(&self, limit: usize) -> Result<Vec<Workshop>, StoreError> {
        self.require(Permission::RecordActivity)?;
        workshop::list(&self.conn, limit)
    }

    pub fn workshops_of_person(&self, person: PersonId) -> Result<Vec<Workshop>, StoreError> {
        self.require(Permission::RecordActivity)?;
        workshop::of_person(&self.conn, person)
    }

    /// The centre's tags (coordinators define them).
    pub fn add_tag(&mut self, name: &str) -> Result<TagId, StoreError> {
        self.require(Permission::ManageSettings)?;
        self.write_journaled(Action::TagAdded, |c| {
            let id = support::add_tag(c, name)?;
            Ok((id, Some(id.to_string())))
        })
    }

    /// Archived tags stay on past sessions and leave the choices of new ones.
    pub fn set_tag_archived(&mut self, id: TagId, archived: bool) -> Result<(), StoreError> {
        self.require(Permission::ManageSettings)?;
        self.write_journaled(Action::TagChanged, |c| {
            support::set_tag_archived(c, id, archived)?;
            Ok(((), Some(id.to_string())))
        })
    }

    pub fn tags(&self) -> Result<Vec<Tag>, StoreError> {
        self.require(Permission::RecordActivity)?;
        support::tags(&self.conn)
    }

    /// The journal chain against the seal's anchor only (no database-wide integrity check, so
    /// it is cheap enough for every visit of the journal screen).
    pub fn verify_journal(&self) -> Result<Verdict, StoreError> {
        self.require(Permission::ReadJournal)?;
        journal::verify(&self.conn, self.installation(), &self.seal.body.journal)
    }

    /// Integrity of the database, of the journal chain against the seal's anchor, and of the
    /// seal copies.
    pub fn verify(&self) -> Result<VerifyReport, StoreError> {
        let integrity_problems = db::integrity_problems(&self.conn)?;
        let journal = journal::verify(&self.conn, self.installation(), &self.seal.body.journal)?;
        let copies = Copies::read(&self.layout.gen_dir(self.generation));
        let seal_copies_ok = copies
            .states
            .iter()
            .all(|s| matches!(s, seal::CopyState::Good(f) if f.body == self.seal.body));
        Ok(VerifyReport {
            generation: self.generation,
            integrity_problems,
            journal,
            seal_copies_ok,
        })
    }

    /// The raw connection, for this crate's tests and bench fixtures only.
    pub(crate) fn conn(&self) -> &Connection {
        &self.conn
    }
}

/// For later commands: the session if unlocked and allowed, else `Locked` / `RoleRefused`.
pub fn require(session: Option<&Session>, p: Permission) -> Result<&Session, StoreError> {
    let s = session.ok_or(StoreError::Locked)?;
    s.require(p)?;
    Ok(s)
}

/// [`require`] for commands that write.
pub fn require_mut(
    session: Option<&mut Session>,
    p: Permission,
) -> Result<&mut Session, StoreError> {
    let s = session.ok_or(StoreError::Locked)?;
    s.require(p)?;
    Ok(s)
}

#[cfg(test)]
impl LockedStore {
    pub(crate) fn with_test_kdf(mut self) -> Self {
        self.kdf = KdfParams::TESTING;
        self
    }
}
