//! The desk: the state of one running app (nobody signed in, or one person's unlocked
//! session) and one method per screen command, taking and returning `passerelle_api` structs.
//!
//! The shell's Tauri commands are one-line calls into this; the role and lock checks happen
//! below, in [`crate::store::Session`], so a refused command is refused whoever calls it.

use crate::store::device::DeviceSecretStore;
use crate::store::ids::{PersonId, PlaceId, StaffId, SupportSessionId, TagId};
use crate::store::journal::{self, JournalFilter};
use crate::store::secret::{Passphrase, RecoveryKey};
use crate::store::settings::{NewPlace, Settings};
use crate::store::PersonMatch;
use crate::store::{self, LockedStore, Permission, Role, Session, StaffSummary, StoreError};
use crate::vocab;
use passerelle_api::people::*;
use passerelle_api::store::*;
use passerelle_api::ApiError;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

/// How long the warning before an automatic lock stays on screen (RGAA 13.1 asks for 20 s).
pub const IDLE_WARNING_SECS: u32 = 30;
/// The shortest warning ever shown, even with a test override of the idle time.
pub const MIN_IDLE_WARNING_SECS: u32 = 20;
/// Extra time the shell waits past the idle limit before locking on its own: the screen locks
/// first (keeping a draft); this catches a screen that stopped running.
pub const SHELL_LOCK_GRACE: Duration = Duration::from_secs(15);

/// A recovery key shown once, between set-up (or a regeneration) and the coordinator's
/// confirmation that the sheet is printed or saved. Memory only.
struct PendingSheet {
    key: RecoveryKey,
    created_at_ms: i64,
}

pub struct Desk {
    data_dir: PathBuf,
    device: Box<dyn DeviceSecretStore + Send>,
    keyring: KeyringState,
    session: Option<Session>,
    pending: Option<PendingSheet>,
    last_activity: Instant,
    /// Idle time in seconds replacing the settings' minutes (end-to-end tests only).
    idle_override_secs: Option<u32>,
    /// Files picked in the native dialog for the vault, by token (see `desk_vault_source`).
    pub(crate) picked: crate::desk_vault_source::PickedSources,
}

impl std::fmt::Debug for Desk {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Desk")
            .field("signed_in", &self.session.is_some())
            .field("pending_sheet", &self.pending.is_some())
            .finish()
    }
}

pub(crate) fn api(e: StoreError) -> ApiError {
    ApiError::from(e)
}

/// The display name of the staff member whose actor code is `code` (a staff id), if they are
/// still on the team.
pub(crate) fn staff_name(staff: &[StaffSummary], code: &str) -> Option<String> {
    staff
        .iter()
        .find(|m| journal::Actor::Staff(m.id).code() == code)
        .map(|m| m.display_name.clone())
}

pub(crate) fn invalid(field: &'static str) -> ApiError {
    api(StoreError::InvalidField { field })
}

pub(crate) fn now_ms() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_millis() as i64)
        .unwrap_or(0)
}

fn role_to_api(r: Role) -> StaffRole {
    match r {
        Role::Coordinator => StaffRole::Coordinator,
        Role::Mediator => StaffRole::Mediator,
        Role::Volunteer => StaffRole::Volunteer,
    }
}

fn role_from_api(r: StaffRole) -> Role {
    match r {
        StaffRole::Coordinator => Role::Coordinator,
        StaffRole::Mediator => Role::Mediator,
        StaffRole::Volunteer => Role::Volunteer,
    }
}

fn card(s: &StaffSummary) -> StaffCard {
    StaffCard {
        id: s.id.to_string(),
        name: s.display_name.clone(),
        role: role_to_api(s.role),
        active: s.status == store::seal::StaffStatus::Active,
        device_bound: s.device_bound,
        must_change_passphrase: s.must_change_passphrase,
    }
}

fn staff_id(s: &str) -> Result<StaffId, ApiError> {
    s.parse().map_err(|_| api(StoreError::StaffNotFound))
}

fn place_in(p: &PlaceInput) -> NewPlace {
    NewPlace {
        name: p.name.clone(),
        address: p.address.clone(),
        commune: p.commune.clone(),
        postal_code: p.postal_code.clone(),
        insee_code: p.insee_code.clone(),
    }
}

fn passphrase(s: &SecretText) -> Passphrase {
    Passphrase::new(s.expose().to_owned())
}

impl Desk {
    pub fn new(
        data_dir: &Path,
        device: Box<dyn DeviceSecretStore + Send>,
        keyring: KeyringState,
    ) -> Self {
        Self {
            data_dir: data_dir.to_owned(),
            device,
            keyring,
            session: None,
            pending: None,
            last_activity: Instant::now(),
            idle_override_secs: None,
            picked: Default::default(),
        }
    }

    /// Replaces the idle time of the settings by `secs` (at least the warning plus 5 s), for
    /// the end-to-end tests: the shell honours it only in debug builds.
    pub fn with_idle_override(mut self, secs: u32) -> Self {
        self.idle_override_secs = Some(secs.max(MIN_IDLE_WARNING_SECS + 5));
        self
    }

    fn session(&self) -> Result<&Session, ApiError> {
        self.session.as_ref().ok_or_else(|| api(StoreError::Locked))
    }

    pub(crate) fn session_mut(&mut self) -> Result<&mut Session, ApiError> {
        self.last_activity = Instant::now();
        self.session.as_mut().ok_or_else(|| api(StoreError::Locked))
    }

    fn locked(&self) -> Result<LockedStore, ApiError> {
        LockedStore::open(&self.data_dir).map_err(api)
    }

    fn idle_secs(&self, settings: &Settings) -> (u32, u32) {
        match self.idle_override_secs {
            Some(s) => (s, MIN_IDLE_WARNING_SECS),
            None => (settings.staff_idle_minutes * 60, IDLE_WARNING_SECS),
        }
    }

    fn signed_in(&self) -> Result<SignedIn, ApiError> {
        let s = self.session()?;
        let settings = s.settings().map_err(api)?;
        let (idle_lock_secs, idle_warning_secs) = self.idle_secs(&settings);
        let (staff_id, name) = match s.actor() {
            store::journal::Actor::Staff(id) => (
                Some(id.to_string()),
                s.staff()
                    .iter()
                    .find(|x| x.id == id)
                    .map(|x| x.display_name.clone())
                    .unwrap_or_default(),
            ),
            _ => (None, String::new()),
        };
        let draft = s.draft().map_err(api)?.map(|d| DraftInfo {
            form: d.form.clone(),
            fields: d.fields.clone(),
            saved_at_ms: d.saved_at_ms,
        });
        Ok(SignedIn {
            by_recovery_key: staff_id.is_none(),
            staff_id,
            name,
            role: role_to_api(s.role()),
            must_change_passphrase: s.must_change_passphrase(),
            structure_name: settings.structure_name,
            idle_lock_secs,
            idle_warning_secs,
            draft,
            warnings: s
                .warnings()
                .iter()
                .map(|w| w.code().message_id().to_owned())
                .collect(),
        })
    }

    // ---- state, set-up, recovery sheet ----

    pub fn status(&self) -> StoreStatus {
        let exists = store::exists(&self.data_dir);
        let staff = if let Some(s) = &self.session {
            s.staff()
        } else if exists {
            LockedStore::open(&self.data_dir)
                .map(|l| l.staff())
                .unwrap_or_default()
        } else {
            Vec::new()
        };
        StoreStatus {
            exists,
            signed_in: self.signed_in().ok(),
            staff: staff.iter().map(card).filter(|c| c.active).collect(),
            keyring: self.keyring.clone(),
            recovery_sheet_pending: self.pending.is_some(),
        }
    }

    /// First run: the store, its places, the first coordinator (signed in at once) and a
    /// recovery key kept in memory until the sheet is confirmed.
    pub fn setup(&mut self, req: &SetupRequest) -> Result<SignedIn, ApiError> {
        if passerelle_locales::locale(&req.language).is_none() {
            return Err(invalid("language"));
        }
        if req.bind_device && !self.keyring.available {
            return Err(api(StoreError::KeyringUnavailable(
                self.keyring.reason.clone().unwrap_or_default(),
            )));
        }
        // Every place is checked before anything is written: a refused postal code must not
        // leave a half-made store behind.
        for p in &req.places {
            store::settings::validate_place(&place_in(p)).map_err(api)?;
        }
        let pass = passphrase(&req.passphrase);
        let (mut session, key) = store::init(
            &self.data_dir,
            &req.structure_name,
            &req.coordinator_name,
            &pass,
        )
        .map_err(api)?;
        let mut settings = session.settings().map_err(api)?;
        settings.language = req.language.clone();
        session.set_settings(&settings).map_err(api)?;
        for p in &req.places {
            session.add_place(&place_in(p)).map_err(api)?;
        }
        if req.bind_device {
            session
                .bind_device(&pass, self.device.as_ref())
                .map_err(api)?;
        }
        self.pending = Some(PendingSheet {
            key,
            created_at_ms: now_ms(),
        });
        self.session = Some(session);
        self.last_activity = Instant::now();
        self.signed_in()
    }

    pub fn recovery_sheet(&self) -> Result<RecoverySheetView, ApiError> {
        let s = self.session()?;
        s.require(Permission::ManageKeys).map_err(api)?;
        let p = self
            .pending
            .as_ref()
            .ok_or_else(|| api(StoreError::Locked))?;
        let head = s.journal_anchor();
        Ok(RecoverySheetView {
            key_grouped: SecretText::new(p.key.grouped_for_printing().to_string()),
            qr_svg: crate::pdf::recovery_qr_svg(p.key.expose_for_printing()),
            structure_name: s.settings().map_err(api)?.structure_name,
            created_at_ms: p.created_at_ms,
            journal_head: format!("{} · {}", head.seq, &head.hash[..head.hash.len().min(16)]),
        })
    }

    pub fn removable_drives(&self) -> Vec<RemovableDriveView> {
        crate::removable::removable_drives()
            .into_iter()
            .map(|d| RemovableDriveView {
                path: d.path.display().to_string(),
                label: d.label,
            })
            .collect()
    }

    /// Saves the pending sheet as a PDF on a removable drive (never on the computer's disk).
    pub fn save_recovery_sheet(
        &mut self,
        req: &SaveRecoverySheetRequest,
    ) -> Result<String, ApiError> {
        let drives = crate::removable::removable_drives();
        let s = self.session()?;
        s.require(Permission::ManageKeys).map_err(api)?;
        let p = self
            .pending
            .as_ref()
            .ok_or_else(|| api(StoreError::Locked))?;
        let now = jiff::Zoned::now();
        let head = s.journal_anchor();
        let structure = s.settings().map_err(api)?.structure_name;
        let sheet = crate::pdf::RecoverySheet {
            structure_name: &structure,
            created_at: now.datetime(),
            recovery_key: p.key.expose_for_printing(),
            journal_head: (head.seq, head.hash.clone()),
            lang: &req.language,
        };
        let pdf = crate::pdf::recovery_sheet(&sheet).map_err(|e| ApiError::from(&e))?;
        let path = crate::removable::save_recovery_sheet_in(
            Path::new(&req.drive_path),
            &drives,
            &pdf,
            &now.date().to_string(),
        )
        .map_err(api)?;
        Ok(path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default())
    }

    /// The coordinator has the sheet: the key leaves memory.
    pub fn confirm_recovery_sheet(&mut self) -> Result<(), ApiError> {
        self.session()?;
        self.pending = None;
        Ok(())
    }

    // ---- sign-in, lock, drafts ----

    pub fn sign_in(&mut self, req: &SignInRequest) -> Result<SignedIn, ApiError> {
        let locked = self.locked()?;
        let id = match (&req.staff_id, &req.name) {
            (Some(id), _) if !id.is_empty() => staff_id(id)?,
            (_, Some(name)) if !name.trim().is_empty() => locked
                .staff_by_name(name)
                .ok_or_else(|| api(StoreError::StaffNotFound))?,
            _ => return Err(invalid("staff")),
        };
        if req.passphrase.expose().is_empty() {
            return Err(invalid("passphrase"));
        }
        // Another person's session is closed first: one person at a time at this desk.
        self.drop_session();
        let session = locked
            .unlock(id, &passphrase(&req.passphrase), self.device.as_ref())
            .map_err(api)?;
        self.session = Some(session);
        self.last_activity = Instant::now();
        self.signed_in()
    }

    pub fn sign_in_recovery(&mut self, req: &RecoverySignInRequest) -> Result<SignedIn, ApiError> {
        let locked = self.locked()?;
        self.drop_session();
        let key = RecoveryKey::parse(req.recovery_key.expose());
        let session = locked.unlock_with_recovery(&key).map_err(api)?;
        self.session = Some(session);
        self.last_activity = Instant::now();
        self.signed_in()
    }

    fn drop_session(&mut self) {
        self.pending = None;
        self.picked = Default::default();
        // Dropping the session closes the database and zeroes the key.
        self.session = None;
    }

    /// Locks, keeping the form being filled as an encrypted draft first. A draft that cannot
    /// be kept does not stop the lock: the keys go whatever happens.
    pub fn lock(&mut self, req: &LockRequest) -> Result<(), ApiError> {
        let mut kept = Ok(());
        if let (Some(s), Some(d)) = (self.session.as_mut(), &req.draft) {
            kept = s.save_draft(&d.form, &d.fields).map_err(api);
        }
        self.drop_session();
        kept
    }

    /// Activity seen on screen: resets the idle clock.
    pub fn touch(&mut self) -> Result<(), ApiError> {
        self.session_mut().map(|_| ())
    }

    /// Locks without a draft when the screen has been idle well past the limit (the screen
    /// normally locks first). Returns whether it locked.
    pub fn lock_if_idle(&mut self) -> bool {
        let Some(s) = &self.session else {
            return false;
        };
        let Ok(settings) = s.settings() else {
            return false;
        };
        let (limit, _) = self.idle_secs(&settings);
        if self.last_activity.elapsed() >= Duration::from_secs(u64::from(limit)) + SHELL_LOCK_GRACE
        {
            self.drop_session();
            return true;
        }
        false
    }

    pub fn signed_in_now(&self) -> bool {
        self.session.is_some()
    }

    pub fn get_draft(&mut self) -> Result<Option<DraftInfo>, ApiError> {
        let s = self.session_mut()?;
        Ok(s.draft().map_err(api)?.map(|d| DraftInfo {
            form: d.form.clone(),
            fields: d.fields.clone(),
            saved_at_ms: d.saved_at_ms,
        }))
    }

    pub fn discard_draft(&mut self) -> Result<(), ApiError> {
        self.session_mut()?.discard_draft().map_err(api)
    }

    pub fn change_own_passphrase(
        &mut self,
        req: &ChangePassphraseRequest,
    ) -> Result<SignedIn, ApiError> {
        let s = self.session_mut()?;
        let store::journal::Actor::Staff(me) = s.actor() else {
            return Err(api(StoreError::RoleRefused));
        };
        s.set_passphrase(me, &passphrase(&req.new_passphrase))
            .map_err(api)?;
        self.signed_in()
    }

    // ---- staff ----

    pub fn list_staff(&mut self) -> Result<Vec<StaffCard>, ApiError> {
        let s = self.session_mut()?;
        s.require(Permission::ManageStaff).map_err(api)?;
        Ok(s.staff().iter().map(card).collect())
    }

    pub fn add_staff(&mut self, req: &AddStaffRequest) -> Result<StaffCard, ApiError> {
        let s = self.session_mut()?;
        let id = s
            .add_staff(
                &req.name,
                role_from_api(req.role),
                &passphrase(&req.temporary_passphrase),
            )
            .map_err(api)?;
        s.staff()
            .iter()
            .find(|x| x.id == id)
            .map(card)
            .ok_or_else(|| api(StoreError::StaffNotFound))
    }

    pub fn set_staff_role(&mut self, req: &StaffRoleRequest) -> Result<(), ApiError> {
        let id = staff_id(&req.staff_id)?;
        self.session_mut()?
            .set_role(id, role_from_api(req.role))
            .map_err(api)
    }

    pub fn disable_staff(&mut self, req: &StaffRequest) -> Result<(), ApiError> {
        let id = staff_id(&req.staff_id)?;
        self.session_mut()?.disable_staff(id).map_err(api)
    }

    pub fn remove_staff(&mut self, req: &StaffRequest) -> Result<(), ApiError> {
        let id = staff_id(&req.staff_id)?;
        self.session_mut()?.remove_staff(id).map_err(api)
    }

    pub fn reset_staff_passphrase(&mut self, req: &ResetPassphraseRequest) -> Result<(), ApiError> {
        let id = staff_id(&req.staff_id)?;
        let s = self.session_mut()?;
        // Resetting one's own passphrase goes through the change screen, which keeps it
        // permanent; here a coordinator hands out a temporary one.
        if s.actor() == store::journal::Actor::Staff(id) {
            return Err(api(StoreError::RoleRefused));
        }
        s.require(Permission::ManageStaff).map_err(api)?;
        s.set_passphrase(id, &passphrase(&req.temporary_passphrase))
            .map_err(api)
    }

    // ---- settings ----

    pub fn settings(&mut self) -> Result<SettingsView, ApiError> {
        let keyring = self.keyring.clone();
        let s = self.session_mut()?;
        let settings = s.settings().map_err(api)?;
        let places = s
            .places()
            .map_err(api)?
            .into_iter()
            .map(|p| PlaceView {
                id: p.id.to_string(),
                place: PlaceInput {
                    name: p.name,
                    address: p.address,
                    commune: p.commune,
                    postal_code: p.postal_code,
                    insee_code: p.insee_code,
                },
                archived: p.archived,
            })
            .collect();
        let device_bound = match s.actor() {
            store::journal::Actor::Staff(me) => {
                s.staff().iter().any(|x| x.id == me && x.device_bound)
            }
            _ => false,
        };
        Ok(SettingsView {
            settings: SettingsInput {
                structure_name: settings.structure_name,
                staff_idle_minutes: settings.staff_idle_minutes,
                kiosk_idle_minutes: settings.kiosk_idle_minutes,
                language: settings.language,
                retention_months: Some(settings.retention_months),
            },
            places,
            keyring,
            device_bound,
            can_edit: s.role().allows(Permission::ManageSettings),
        })
    }

    pub fn save_settings(&mut self, req: &SettingsInput) -> Result<(), ApiError> {
        let s = self.session_mut()?;
        let retention_months = match req.retention_months {
            Some(m) => m,
            None => s.settings().map_err(api)?.retention_months,
        };
        s.set_settings(&Settings {
            structure_name: req.structure_name.trim().to_owned(),
            staff_idle_minutes: req.staff_idle_minutes,
            kiosk_idle_minutes: req.kiosk_idle_minutes,
            language: req.language.clone(),
            retention_months,
        })
        .map_err(api)
    }

    pub fn add_place(&mut self, req: &PlaceInput) -> Result<String, ApiError> {
        self.session_mut()?
            .add_place(&place_in(req))
            .map(|id| id.to_string())
            .map_err(api)
    }

    pub fn update_place(&mut self, req: &UpdatePlaceRequest) -> Result<(), ApiError> {
        let id: PlaceId = req.place_id.parse().map_err(|_| invalid("place_id"))?;
        self.session_mut()?
            .update_place(id, &place_in(&req.place), req.archived)
            .map_err(api)
    }

    pub fn set_device_binding(&mut self, req: &DeviceBindingRequest) -> Result<(), ApiError> {
        if !self.keyring.available {
            return Err(api(StoreError::KeyringUnavailable(
                self.keyring.reason.clone().unwrap_or_default(),
            )));
        }
        self.last_activity = Instant::now();
        let s = self
            .session
            .as_mut()
            .ok_or_else(|| api(StoreError::Locked))?;
        s.require(Permission::ReadSettings).map_err(api)?;
        let pass = passphrase(&req.passphrase);
        if req.bind {
            s.bind_device(&pass, self.device.as_ref())
        } else {
            s.unbind_device(&pass, self.device.as_ref())
        }
        .map_err(api)
    }

    /// Replaces the recovery key; the new sheet is then shown like at set-up.
    pub fn regenerate_recovery(&mut self) -> Result<(), ApiError> {
        let key = self.session_mut()?.regenerate_recovery().map_err(api)?;
        self.pending = Some(PendingSheet {
            key,
            created_at_ms: now_ms(),
        });
        Ok(())
    }

    // ---- journal ----

    fn filter(q: &JournalQuery) -> JournalFilter {
        JournalFilter {
            actor: q.actor.clone().filter(|a| !a.is_empty()),
            action: q.action.clone().filter(|a| !a.is_empty()),
            from_ms: q.from_ms,
            to_ms: q.to_ms,
            limit: JournalQuery::PAGE_SIZE,
            offset: q.page.saturating_mul(JournalQuery::PAGE_SIZE),
        }
    }

    pub fn journal_query(&mut self, q: &JournalQuery) -> Result<JournalPage, ApiError> {
        let s = self.session_mut()?;
        let (entries, total) = s.journal_query(&Self::filter(q)).map_err(api)?;
        let staff = s.staff();
        let name_of = |code: &str| staff_name(&staff, code);
        let rows = entries
            .into_iter()
            .map(|e| JournalRow {
                seq: e.seq,
                at_ms: e.at,
                actor_name: name_of(&e.actor),
                actor: e.actor,
                action: e.action,
                record_id: e.record_id,
            })
            .collect();
        let mut actors: Vec<ActorOption> = staff
            .iter()
            .map(|x| ActorOption {
                code: journal::Actor::Staff(x.id).code(),
                name: Some(x.display_name.clone()),
            })
            .collect();
        for a in [journal::Actor::Recovery, journal::Actor::System] {
            actors.push(ActorOption {
                code: a.code(),
                name: None,
            });
        }
        let intact = s
            .verify_journal()
            .map(|v| matches!(v, journal::Verdict::Intact { .. }))
            .unwrap_or(false);
        Ok(JournalPage {
            rows,
            total,
            actors,
            // The developer's write-loop action is no choice a coordinator needs (its rows,
            // if any, still show in the table).
            actions: journal::action_codes()
                .iter()
                .filter(|c| **c != journal::Action::DebugWrite.code())
                .map(|c| (*c).to_owned())
                .collect(),
            intact,
        })
    }

    pub fn export_journal_csv(&mut self, req: &ExportJournalRequest) -> Result<u64, ApiError> {
        let path = PathBuf::from(&req.path);
        if !path.is_absolute() {
            return Err(invalid("path"));
        }
        self.session_mut()?
            .export_journal_csv(&Self::filter(&req.query), &req.language, &path)
            .map_err(api)
    }
}

// ---- the mediator's desk: people, sessions, tags ----

pub(crate) fn person_id(id: &str) -> Result<PersonId, ApiError> {
    id.parse().map_err(|_| api(StoreError::PersonNotFound))
}

fn support_id(id: &str) -> Result<SupportSessionId, ApiError> {
    id.parse().map_err(|_| api(StoreError::SessionNotFound))
}

fn person_card(m: PersonMatch) -> PersonCard {
    PersonCard {
        id: m.id.to_string(),
        first_name: m.first_name,
        last_name: m.last_name,
        birth_year: m.birth_year,
        commune: m.commune,
        postal_code: m.postal_code,
        approximate: m.approximate,
    }
}

impl Desk {
    pub fn search_people(
        &mut self,
        req: &SearchPeopleRequest,
    ) -> Result<Vec<PersonCard>, ApiError> {
        let s = self.session_mut()?;
        Ok(s.search_people(&req.query)
            .map_err(api)?
            .into_iter()
            .map(person_card)
            .collect())
    }

    pub fn recent_people(&mut self) -> Result<Vec<PersonCard>, ApiError> {
        let s = self.session_mut()?;
        Ok(s.recent_people(10)
            .map_err(api)?
            .into_iter()
            .map(person_card)
            .collect())
    }

    pub fn get_person(&mut self, req: &PersonRequest) -> Result<PersonView, ApiError> {
        let id = person_id(&req.id)?;
        let s = self.session_mut()?;
        let p = s.person(id).map_err(api)?;
        let staff = s.staff();
        let year = i32::from(jiff::Zoned::now().year());
        let sessions = s
            .sessions_of_person(id)
            .map_err(api)?
            .into_iter()
            .map(|x| SessionView {
                id: x.id.to_string(),
                recorded_by: x.staff.and_then(|sid| staff_name(&staff, &sid.to_string())),
                created_at_ms: x.created_at_ms,
                session: x.input,
            })
            .collect();
        let consent = s.consent_of(id).map_err(api)?.map(|c| ConsentView {
            collected_by: staff_name(&staff, &c.collected_by),
            scopes: c.scopes,
            given_on: c.given_on,
            by_guardian: c.by_guardian,
        });
        Ok(PersonView {
            consent,
            id: p.id.to_string(),
            age_bracket: s.age_bracket_of(&p).map_err(api)?,
            may_be_minor: vocab::may_be_minor(p.profile.birth_year, year),
            created_at_ms: p.created_at_ms,
            last_seen_at_ms: p.last_seen_at_ms,
            profile: p.profile,
            sessions,
        })
    }

    pub fn record_consent(&mut self, req: &RecordConsentRequest) -> Result<(), ApiError> {
        let id = person_id(&req.person)?;
        self.session_mut()?
            .record_consent(id, &req.scopes, req.by_guardian)
            .map(|_| ())
            .map_err(api)
    }

    pub fn withdraw_consent(&mut self, req: &PersonRequest) -> Result<(), ApiError> {
        let id = person_id(&req.id)?;
        self.session_mut()?.withdraw_consent(id).map_err(api)
    }

    pub fn add_person(&mut self, req: &PersonInput) -> Result<String, ApiError> {
        let s = self.session_mut()?;
        Ok(s.add_person(req).map_err(api)?.to_string())
    }

    pub fn update_person(&mut self, req: &UpdatePersonRequest) -> Result<(), ApiError> {
        let id = person_id(&req.id)?;
        self.session_mut()?
            .update_person(id, &req.person)
            .map_err(api)
    }

    pub fn possible_duplicates(&mut self, req: &PersonInput) -> Result<Vec<PersonCard>, ApiError> {
        let s = self.session_mut()?;
        Ok(s.possible_duplicates(req)
            .map_err(api)?
            .into_iter()
            .map(person_card)
            .collect())
    }

    pub fn add_session(&mut self, req: &AddSessionRequest) -> Result<String, ApiError> {
        let s = self.session_mut()?;
        Ok(s.add_support_session(&req.session)
            .map_err(api)?
            .to_string())
    }

    pub fn update_session(&mut self, req: &UpdateSessionRequest) -> Result<(), ApiError> {
        let id = support_id(&req.id)?;
        self.session_mut()?
            .update_support_session(id, &req.session)
            .map_err(api)
    }

    pub fn delete_session(&mut self, req: &SessionRequest) -> Result<(), ApiError> {
        let id = support_id(&req.id)?;
        self.session_mut()?.delete_support_session(id).map_err(api)
    }

    pub fn restore_session(&mut self, req: &SessionRequest) -> Result<(), ApiError> {
        let id = support_id(&req.id)?;
        self.session_mut()?.restore_support_session(id).map_err(api)
    }

    pub fn same_as_last_time(
        &mut self,
        req: &PersonRequest,
    ) -> Result<Option<SessionInput>, ApiError> {
        let id = person_id(&req.id)?;
        self.session_mut()?.same_as_last_time(id).map_err(api)
    }

    pub fn add_workshop(&mut self, req: &AddWorkshopRequest) -> Result<String, ApiError> {
        let s = self.session_mut()?;
        Ok(s.add_workshop(&req.workshop).map_err(api)?.to_string())
    }

    /// The latest workshops (newest first).
    pub fn list_workshops(&mut self) -> Result<Vec<WorkshopView>, ApiError> {
        let s = self.session_mut()?;
        let staff = s.staff();
        Ok(s.workshops(50)
            .map_err(api)?
            .into_iter()
            .map(|w| WorkshopView {
                id: w.id.to_string(),
                recorded_by: w.staff.and_then(|sid| staff_name(&staff, &sid.to_string())),
                created_at_ms: w.created_at_ms,
                workshop: w.input,
            })
            .collect())
    }

    pub fn add_tag(&mut self, req: &AddTagRequest) -> Result<String, ApiError> {
        Ok(self
            .session_mut()?
            .add_tag(&req.name)
            .map_err(api)?
            .to_string())
    }

    pub fn set_tag_archived(&mut self, req: &TagArchivedRequest) -> Result<(), ApiError> {
        let id: TagId = req.id.parse().map_err(|_| invalid("tags"))?;
        self.session_mut()?
            .set_tag_archived(id, req.archived)
            .map_err(api)
    }

    pub fn merge_preview(&mut self, req: &MergeRequest) -> Result<MergePreviewView, ApiError> {
        let (merged, kept) = (person_id(&req.merged)?, person_id(&req.kept)?);
        let p = self
            .session_mut()?
            .merge_preview(merged, kept)
            .map_err(api)?;
        Ok(MergePreviewView {
            sessions_moving: p.sessions_moving,
            sessions_kept: p.sessions_kept,
        })
    }

    /// Merges; the answer is the merge's id, for an undo.
    pub fn merge_people(&mut self, req: &MergeRequest) -> Result<String, ApiError> {
        let (merged, kept) = (person_id(&req.merged)?, person_id(&req.kept)?);
        Ok(self
            .session_mut()?
            .merge_people(merged, kept)
            .map_err(api)?
            .to_string())
    }

    /// Undoes a merge; the answer is the id of the record that came back.
    pub fn unmerge_people(&mut self, req: &UnmergeRequest) -> Result<String, ApiError> {
        let id = req.merge.parse().map_err(|_| invalid("merge"))?;
        Ok(self
            .session_mut()?
            .unmerge_people(id)
            .map_err(api)?
            .to_string())
    }

    pub fn list_tags(&mut self) -> Result<Vec<TagView>, ApiError> {
        Ok(self
            .session_mut()?
            .tags()
            .map_err(api)?
            .into_iter()
            .map(|t| TagView {
                id: t.id.to_string(),
                name: t.name,
                archived: t.archived,
            })
            .collect())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::device::MemoryDeviceStore;
    use passerelle_api::ErrorCode;

    fn no_keyring() -> KeyringState {
        KeyringState {
            available: false,
            reason: Some("tests".into()),
        }
    }

    fn secret(s: &str) -> SecretText {
        SecretText::new(s.to_owned())
    }

    fn set_up(dir: &Path) -> Desk {
        let mut desk = Desk::new(dir, Box::new(MemoryDeviceStore::default()), no_keyring());
        desk.setup(&SetupRequest {
            structure_name: "Centre social des Tilleuls".into(),
            places: vec![PlaceInput {
                name: "Médiathèque".into(),
                postal_code: "93100".into(),
                commune: "Montreuil".into(),
                insee_code: "93048".into(),
                ..Default::default()
            }],
            coordinator_name: "Awa".into(),
            passphrase: secret("cheval agrafe pile correct"),
            bind_device: false,
            language: "fr".into(),
        })
        .unwrap();
        desk
    }

    fn sign_in(desk: &mut Desk, name: &str, pass: &str) -> Result<SignedIn, ApiError> {
        desk.sign_in(&SignInRequest {
            staff_id: None,
            name: Some(name.into()),
            passphrase: secret(pass),
        })
    }

    #[test]
    fn setup_refuses_a_bad_place_before_writing_anything() {
        let dir = tempfile::tempdir().unwrap();
        let mut desk = Desk::new(
            dir.path(),
            Box::new(MemoryDeviceStore::default()),
            no_keyring(),
        );
        let e = desk
            .setup(&SetupRequest {
                structure_name: "Centre".into(),
                places: vec![PlaceInput {
                    name: "Lieu".into(),
                    postal_code: "9310".into(),
                    ..Default::default()
                }],
                coordinator_name: "Awa".into(),
                passphrase: secret("cheval agrafe pile correct"),
                bind_device: false,
                language: "fr".into(),
            })
            .unwrap_err();
        assert_eq!(e.code, ErrorCode::InvalidField);
        assert!(!store::exists(dir.path()), "nothing written");
        assert!(!desk.status().exists);
    }

    #[test]
    fn setup_signs_in_keeps_the_sheet_until_confirmed_and_lock_forgets_it() {
        let dir = tempfile::tempdir().unwrap();
        let mut desk = set_up(dir.path());
        let st = desk.status();
        assert!(st.exists && st.recovery_sheet_pending);
        assert_eq!(st.signed_in.unwrap().role, StaffRole::Coordinator);
        let sheet = desk.recovery_sheet().unwrap();
        assert!(sheet.key_grouped.expose().starts_with("AGE-SECRET-KEY-1"));
        assert!(sheet.qr_svg.contains("<svg"));
        assert_eq!(desk.settings().unwrap().places.len(), 1);
        let journal = desk.journal_query(&JournalQuery::default()).unwrap();
        assert!(journal.intact && journal.total >= 1);
        assert!(journal.actions.iter().any(|a| a == "store.created"));
        assert!(
            !journal.actions.iter().any(|a| a == "debug.write"),
            "the developer's test action is no filter choice"
        );
        desk.confirm_recovery_sheet().unwrap();
        assert_eq!(
            desk.recovery_sheet().unwrap_err().code,
            ErrorCode::Locked,
            "the key left memory"
        );
        desk.lock(&LockRequest { draft: None }).unwrap();
        let st = desk.status();
        assert!(st.signed_in.is_none() && !st.recovery_sheet_pending);
        assert_eq!(st.staff.len(), 1, "names readable before unlock");
        assert_eq!(desk.settings().unwrap_err().code, ErrorCode::Locked);
    }

    #[test]
    fn a_mediator_is_refused_every_coordinator_command() {
        let dir = tempfile::tempdir().unwrap();
        let mut desk = set_up(dir.path());
        desk.add_staff(&AddStaffRequest {
            name: "Bastien".into(),
            role: StaffRole::Mediator,
            temporary_passphrase: secret("temporaire lundi matin"),
        })
        .unwrap();
        desk.lock(&LockRequest { draft: None }).unwrap();
        let who = sign_in(&mut desk, "bastien", "temporaire lundi matin").unwrap();
        assert!(who.must_change_passphrase);
        let who = desk
            .change_own_passphrase(&ChangePassphraseRequest {
                new_passphrase: secret("girafe citron velours piano"),
            })
            .unwrap();
        assert!(!who.must_change_passphrase);
        assert!(!desk.settings().unwrap().can_edit);

        let refused =
            |r: Result<(), ApiError>| assert_eq!(r.unwrap_err().code, ErrorCode::RoleRefused);
        refused(desk.list_staff().map(|_| ()));
        refused(
            desk.add_staff(&AddStaffRequest {
                name: "Intrus".into(),
                role: StaffRole::Coordinator,
                temporary_passphrase: secret("une phrase assez longue"),
            })
            .map(|_| ()),
        );
        let awa = desk
            .status()
            .staff
            .iter()
            .find(|s| s.name == "Awa")
            .unwrap()
            .id
            .clone();
        refused(desk.set_staff_role(&StaffRoleRequest {
            staff_id: awa.clone(),
            role: StaffRole::Volunteer,
        }));
        refused(desk.disable_staff(&StaffRequest {
            staff_id: awa.clone(),
        }));
        refused(desk.remove_staff(&StaffRequest {
            staff_id: awa.clone(),
        }));
        refused(desk.reset_staff_passphrase(&ResetPassphraseRequest {
            staff_id: awa,
            temporary_passphrase: secret("une phrase assez longue"),
        }));
        refused(desk.save_settings(&SettingsInput {
            structure_name: "Autre".into(),
            staff_idle_minutes: 10,
            kiosk_idle_minutes: 5,
            language: "fr".into(),
            retention_months: None,
        }));
        refused(
            desk.add_place(&PlaceInput {
                name: "Lieu".into(),
                ..Default::default()
            })
            .map(|_| ()),
        );
        refused(desk.regenerate_recovery());
        refused(desk.journal_query(&JournalQuery::default()).map(|_| ()));
        refused(desk.recovery_sheet().map(|_| ()));
        refused(
            desk.export_journal_csv(&ExportJournalRequest {
                query: JournalQuery::default(),
                path: dir.path().join("j.csv").display().to_string(),
                language: "fr".into(),
            })
            .map(|_| ()),
        );
        assert!(!dir.path().join("j.csv").exists());
    }

    #[test]
    fn a_draft_survives_the_lock_for_its_author_only() {
        let dir = tempfile::tempdir().unwrap();
        let mut desk = set_up(dir.path());
        desk.add_staff(&AddStaffRequest {
            name: "Bastien".into(),
            role: StaffRole::Mediator,
            temporary_passphrase: secret("temporaire lundi matin"),
        })
        .unwrap();
        desk.lock(&LockRequest {
            draft: Some(DraftInput {
                form: "place-new".into(),
                fields: vec![("name".into(), "Atelier Bérénice".into())],
            }),
        })
        .unwrap();
        let other = sign_in(&mut desk, "Bastien", "temporaire lundi matin").unwrap();
        assert!(other.draft.is_none(), "another person sees no draft");
        desk.lock(&LockRequest { draft: None }).unwrap();
        let who = sign_in(&mut desk, "Awa", "cheval agrafe pile correct").unwrap();
        let d = who.draft.expect("draft offered");
        assert_eq!(d.form, "place-new");
        assert_eq!(
            d.fields,
            vec![("name".to_owned(), "Atelier Bérénice".to_owned())]
        );
        desk.discard_draft().unwrap();
        assert!(desk.get_draft().unwrap().is_none());
    }

    #[test]
    fn wrong_passphrase_and_unknown_names_are_told_apart() {
        let dir = tempfile::tempdir().unwrap();
        let mut desk = set_up(dir.path());
        desk.lock(&LockRequest { draft: None }).unwrap();
        assert_eq!(
            sign_in(&mut desk, "Awa", "pas la bonne").unwrap_err().code,
            ErrorCode::WrongPassphrase
        );
        assert_eq!(
            sign_in(&mut desk, "Personne", "cheval agrafe pile correct")
                .unwrap_err()
                .code,
            ErrorCode::StaffNotFound
        );
        assert!(desk.status().signed_in.is_none());
    }

    #[test]
    fn the_shell_backstop_locks_only_past_the_limit() {
        let dir = tempfile::tempdir().unwrap();
        let mut desk = set_up(dir.path()).with_idle_override(1);
        assert!(!desk.lock_if_idle(), "fresh activity");
        desk.last_activity = Instant::now()
            - Duration::from_secs(u64::from(MIN_IDLE_WARNING_SECS + 5))
            - SHELL_LOCK_GRACE;
        assert!(desk.lock_if_idle());
        assert!(!desk.signed_in_now());
    }

    #[test]
    fn the_desk_registers_finds_and_records_with_string_ids() {
        use crate::vocab::{Canal, Theme};
        use passerelle_api::people::*;
        let dir = tempfile::tempdir().unwrap();
        let mut desk = set_up(dir.path());
        desk.confirm_recovery_sheet().unwrap();
        let id = desk
            .add_person(&PersonInput {
                first_name: "Hélène".into(),
                last_name: "Lefèvre".into(),
                birth_year: Some(2010),
                ..Default::default()
            })
            .unwrap();
        let found = desk
            .search_people(&SearchPeopleRequest {
                query: "lefvre".into(),
            })
            .unwrap();
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].id, id);
        let place = desk.settings().unwrap().places[0].id.clone();
        let session = SessionInput {
            person: Some(id.clone()),
            date: jiff::Zoned::now().date().to_string(),
            duration_min: 30,
            canal: Canal::Place,
            place: Some(place.clone()),
            equipment: vec![],
            themes: vec![Theme::Email],
            procedure_themes: vec![],
            procedure_name: String::new(),
            autonomy: None,
            referral: None,
            referral_to: String::new(),
            partner: None,
            tags: vec![],
            notes: String::new(),
        };
        let sid = desk
            .add_session(&AddSessionRequest {
                session: session.clone(),
            })
            .unwrap();
        let view = desk.get_person(&PersonRequest { id: id.clone() }).unwrap();
        assert!(view.may_be_minor, "born in 2010");
        assert_eq!(view.sessions.len(), 1);
        assert_eq!(view.sessions[0].id, sid);
        assert_eq!(view.sessions[0].recorded_by.as_deref(), Some("Awa"));
        assert_eq!(
            view.sessions[0].session.place.as_deref(),
            Some(place.as_str())
        );
        let again = desk
            .same_as_last_time(&PersonRequest { id: id.clone() })
            .unwrap();
        assert_eq!(again.map(|s| s.themes), Some(vec![Theme::Email]));
        // Ids that do not parse get the same clear errors as ids that are gone.
        let bad = desk
            .get_person(&PersonRequest {
                id: "pas-un-id".into(),
            })
            .unwrap_err();
        assert_eq!(bad.code, ErrorCode::PersonNotFound);
        let bad = desk
            .delete_session(&SessionRequest { id: "x".into() })
            .unwrap_err();
        assert_eq!(bad.code, ErrorCode::SessionNotFound);
        let mut wrong_place = session;
        wrong_place.place = Some("ailleurs".into());
        let bad = desk
            .add_session(&AddSessionRequest {
                session: wrong_place,
            })
            .unwrap_err();
        assert_eq!(
            (bad.code, bad.args[0].1.as_str()),
            (ErrorCode::InvalidField, "place")
        );
        desk.lock(&LockRequest { draft: None }).unwrap();
        let locked = desk
            .search_people(&SearchPeopleRequest {
                query: "helene".into(),
            })
            .unwrap_err();
        assert_eq!(locked.code, ErrorCode::Locked);
    }
}
