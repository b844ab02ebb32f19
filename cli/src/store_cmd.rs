//! Store administration: `init`, `verify`, `staff`, `journal`, `rekey`, `regenerate-recovery`,
//! `unlock-test`, and the hidden `debug` commands the kill tests drive.

use crate::secrets;
use anyhow::{anyhow, bail, Result};
use clap::{Args, Subcommand};
use passerelle_core::store::device::DeviceSecretStore;
use passerelle_core::store::journal::{action_label_id, Verdict};
use passerelle_core::store::secret::{Passphrase, RecoveryKey};
use passerelle_core::store::settings::NewPlace;
use passerelle_core::store::{self, JournalFilter, LockedStore, Role, Session, StoreError};
use std::io::Write;
use std::path::{Path, PathBuf};

/// How to unlock: as a named staff member (passphrase) or with the recovery key.
#[derive(Args, Debug, Clone)]
pub struct UnlockArgs {
    /// Staff member's display name (passphrase from PASSERELLE_PASSPHRASE or a prompt).
    #[arg(long = "as", value_name = "NAME", conflicts_with = "recovery")]
    pub as_staff: Option<String>,
    /// Use the recovery key (from PASSERELLE_RECOVERY_KEY or a prompt).
    #[arg(long)]
    pub recovery: bool,
}

#[derive(Subcommand, Debug)]
pub enum StaffCommand {
    /// List staff names, roles and status (no unlock needed).
    List,
    /// Add a staff member; their passphrase comes from PASSERELLE_NEW_PASSPHRASE or a prompt.
    Add {
        #[arg(long)]
        name: String,
        /// coordinator, mediator or volunteer.
        #[arg(long)]
        role: String,
        #[command(flatten)]
        unlock: UnlockArgs,
    },
    /// Disable a staff member (kept in the list; the store is rekeyed).
    Disable {
        name: String,
        #[command(flatten)]
        unlock: UnlockArgs,
    },
    /// Remove a staff member (the store is rekeyed).
    Remove {
        name: String,
        #[command(flatten)]
        unlock: UnlockArgs,
    },
    /// Change a staff member's role (coordinators). At least one active coordinator remains.
    SetRole {
        name: String,
        /// coordinator, mediator or volunteer.
        role: String,
        #[command(flatten)]
        unlock: UnlockArgs,
    },
    /// Set a new passphrase for a staff member (from PASSERELLE_NEW_PASSPHRASE or a prompt);
    /// the store is rekeyed. Coordinators (or the recovery key) for anyone, anyone for themselves.
    /// One set for someone else is temporary: they must choose their own at their next sign-in.
    SetPassphrase {
        name: String,
        #[command(flatten)]
        unlock: UnlockArgs,
    },
    /// Bind your own account to this computer: your passphrase AND this computer's keyring
    /// secret will both be needed.
    BindDevice {
        /// Your display name.
        #[arg(long = "as", value_name = "NAME")]
        as_staff: String,
    },
    /// Remove the binding of your account to this computer.
    UnbindDevice {
        #[arg(long = "as", value_name = "NAME")]
        as_staff: String,
    },
}

/// `passerelle journal`: filters, and where the rows go.
#[derive(Args, Debug)]
pub struct JournalArgs {
    /// Only this person: a staff member's name or id, `recovery` or `system`.
    #[arg(long, value_name = "CODE")]
    pub actor: Option<String>,
    /// Only this action code, e.g. `staff.added` (see the list with `--action help`).
    #[arg(long, value_name = "CODE")]
    pub action: Option<String>,
    /// From this day on (local time), YYYY-MM-DD.
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub from: Option<String>,
    /// Up to and including this day (local time), YYYY-MM-DD.
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub to: Option<String>,
    /// Write every matching row to this new CSV file instead of printing a table.
    #[arg(long, value_name = "PATH")]
    pub csv: Option<PathBuf>,
    /// Most rows printed (the table only; 0 for all).
    #[arg(long, default_value_t = 50)]
    pub limit: u32,
    #[command(flatten)]
    pub unlock: UnlockArgs,
}

#[derive(Subcommand, Debug)]
pub enum DebugCommand {
    /// Adds places one by one, printing each id once its write is acknowledged.
    WriteLoop {
        #[arg(long, default_value_t = 1000)]
        count: u32,
    },
    /// Prints the id of every place.
    Places,
    /// Rekeys, printing each step as it completes.
    Rekey,
    /// Writes, reads and deletes a test secret in the OS keyring.
    KeyringCheck,
}

/// The OS keyring when available; unavailable is reported at use, never replaced by a fake.
fn device() -> Box<dyn DeviceSecretStore> {
    Box::new(passerelle_core::store::device::OsKeyring)
}

pub fn open_locked(data_dir: &Path) -> Result<LockedStore> {
    Ok(LockedStore::open(data_dir)?)
}

/// Unlocks, logging the outcome as an event code (no name, no detail) in the fixed log.
pub fn unlock(data_dir: &Path, how: &UnlockArgs) -> Result<Session> {
    let r = unlock_inner(data_dir, how);
    let code = match &r {
        Ok(_) => "unlock.ok",
        Err(e) => match e.downcast_ref::<StoreError>() {
            Some(StoreError::WrongPassphrase) => "unlock.wrong_passphrase",
            Some(StoreError::WrongRecoveryKey) => "unlock.wrong_recovery_key",
            Some(StoreError::TooManyAttempts { .. }) => "unlock.delayed",
            _ => "unlock.failed",
        },
    };
    passerelle_core::hygiene::log_event(data_dir, code);
    r
}

fn unlock_inner(data_dir: &Path, how: &UnlockArgs) -> Result<Session> {
    let locked = open_locked(data_dir)?;
    let session = match (&how.as_staff, how.recovery) {
        (Some(name), _) => {
            let id = locked
                .staff_by_name(name)
                .ok_or(StoreError::StaffNotFound)?;
            let wait = locked.retry_after(id);
            if wait > 0 {
                return Err(StoreError::TooManyAttempts {
                    remaining_secs: wait,
                }
                .into());
            }
            let p = secrets::passphrase(name)?;
            locked.unlock(id, &p, device().as_ref())?
        }
        (None, true) => locked.unlock_with_recovery(&secrets::recovery_key()?)?,
        (None, false) if secrets::recovery_in_env() => {
            locked.unlock_with_recovery(&secrets::recovery_key()?)?
        }
        (None, false) => bail!("say who unlocks: --as NAME or --recovery"),
    };
    for w in session.warnings() {
        eprintln!(
            "{}",
            crate::translate(&passerelle_api::ApiError::new(w.code()))
        );
    }
    Ok(session)
}

fn print_recovery_key(key: &RecoveryKey) {
    println!();
    println!("{}", crate::t("cli-recovery-key-once"));
    println!();
    println!("    {}", key.grouped_for_printing().as_str());
    println!();
}

fn write_sheet(
    session: &Session,
    key: &RecoveryKey,
    sheet: Option<&PathBuf>,
    lang: &str,
) -> Result<()> {
    if let Some(path) = sheet {
        let structure = session.settings()?.structure_name;
        let pdf = crate::sheet::render(&structure, key, &session.journal_anchor(), lang)?;
        passerelle_core::fsutil::write_atomic(path, &pdf)?;
        // It opens the store on its own: readable by its owner only.
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o600))?;
        }
        println!(
            "{}",
            crate::t_args(
                "cli-recovery-sheet-written",
                &[("path", &path.display().to_string())]
            )
        );
    }
    Ok(())
}

pub fn init(
    data_dir: &Path,
    structure: &str,
    coordinator: &str,
    sheet: Option<&PathBuf>,
    lang: &str,
) -> Result<()> {
    if store::exists(data_dir) {
        return Err(StoreError::AlreadyExists.into());
    }
    let p = secrets::new_passphrase(coordinator, secrets::PASSPHRASE_VAR)?;
    let (session, key) = store::init(data_dir, structure, coordinator, &p)?;
    drop(p);
    passerelle_core::hygiene::log_event(data_dir, "store.init");
    println!(
        "{}",
        crate::t_args(
            "cli-store-created",
            &[("structure", structure), ("coordinator", coordinator)]
        )
    );
    print_recovery_key(&key);
    write_sheet(&session, &key, sheet, lang)?;
    Ok(())
}

/// The store's part of `verify` on an unlocked session (the vault's follows in `vault_cmd`):
/// true when everything verifies.
pub fn verify_session(session: &Session) -> Result<bool> {
    let r = session.verify()?;
    println!("generation: {}", r.generation);
    println!(
        "database integrity: {}",
        if r.integrity_problems.is_empty() {
            "ok".to_owned()
        } else {
            r.integrity_problems.join("; ")
        }
    );
    match &r.journal {
        Verdict::Intact { head } => println!("journal: ok (head {} {})", head.seq, head.hash),
        Verdict::Broken { seq, kind } => {
            let e = StoreError::JournalBroken {
                seq: *seq,
                kind: kind.as_str(),
            };
            println!("journal: BROKEN at entry {seq} ({})", kind.as_str());
            eprintln!("{}", crate::translate(&passerelle_api::ApiError::from(&e)));
        }
    }
    println!(
        "seal copies: {}",
        if r.seal_copies_ok {
            "ok"
        } else {
            "differ or damaged"
        }
    );
    println!(
        "{}",
        if r.is_ok() {
            "verify: ok"
        } else {
            "verify: FAILED"
        }
    );
    Ok(r.is_ok())
}

fn parse_role(s: &str) -> Result<Role> {
    Role::parse(s).ok_or_else(|| anyhow!("unknown role {s:?}: coordinator, mediator or volunteer"))
}

fn staff_id(session: &Session, name: &str) -> Result<passerelle_core::store::ids::StaffId> {
    let n = name.trim().to_lowercase();
    session
        .staff()
        .into_iter()
        .find(|s| s.display_name.to_lowercase() == n)
        .map(|s| s.id)
        .ok_or_else(|| StoreError::StaffNotFound.into())
}

pub fn staff(data_dir: &Path, cmd: &StaffCommand) -> Result<()> {
    match cmd {
        StaffCommand::List => {
            let l = open_locked(data_dir)?;
            for s in l.staff() {
                println!(
                    "{}\t{}\t{:?}{}{}",
                    s.display_name,
                    s.role.code(),
                    s.status,
                    if s.device_bound { "\tbound" } else { "" },
                    if s.must_change_passphrase {
                        "\ttemporary-passphrase"
                    } else {
                        ""
                    }
                );
            }
        }
        StaffCommand::Add {
            name,
            role,
            unlock: how,
        } => {
            let role = parse_role(role)?;
            let mut s = unlock(data_dir, how)?;
            s.require(store::Permission::ManageStaff)?;
            let p: Passphrase = secrets::new_passphrase(name, secrets::NEW_PASSPHRASE_VAR)?;
            s.add_staff(name, role, &p)?;
            println!("added {name} ({})", role.code());
            println!(
                "{}",
                crate::t_args("cli-staff-passphrase-temporary", &[("name", name)])
            );
        }
        StaffCommand::SetRole {
            name,
            role,
            unlock: how,
        } => {
            let role = parse_role(role)?;
            let mut s = unlock(data_dir, how)?;
            let id = staff_id(&s, name)?;
            s.set_role(id, role)?;
            println!("{name}: role {}", role.code());
        }
        StaffCommand::Disable { name, unlock: how } => {
            let mut s = unlock(data_dir, how)?;
            let id = staff_id(&s, name)?;
            s.disable_staff(id)?;
            println!(
                "disabled {name}; store rekeyed to generation {}",
                s.generation()
            );
        }
        StaffCommand::Remove { name, unlock: how } => {
            let mut s = unlock(data_dir, how)?;
            let id = staff_id(&s, name)?;
            s.remove_staff(id)?;
            println!(
                "removed {name}; store rekeyed to generation {}",
                s.generation()
            );
        }
        StaffCommand::SetPassphrase { name, unlock: how } => {
            let mut s = unlock(data_dir, how)?;
            let id = staff_id(&s, name)?;
            let p = secrets::new_passphrase(name, secrets::NEW_PASSPHRASE_VAR)?;
            let own = s.actor() == store::journal::Actor::Staff(id);
            s.set_passphrase(id, &p)?;
            println!(
                "new passphrase for {name}; store rekeyed to generation {}",
                s.generation()
            );
            if !own {
                println!(
                    "{}",
                    crate::t_args("cli-staff-passphrase-temporary", &[("name", name)])
                );
            }
        }
        StaffCommand::BindDevice { as_staff } | StaffCommand::UnbindDevice { as_staff } => {
            let how = UnlockArgs {
                as_staff: Some(as_staff.clone()),
                recovery: false,
            };
            let mut s = unlock(data_dir, &how)?;
            let p = secrets::passphrase(as_staff)?;
            if matches!(cmd, StaffCommand::BindDevice { .. }) {
                s.bind_device(&p, device().as_ref())?;
                println!("{as_staff}: bound to this computer");
            } else {
                s.unbind_device(&p, device().as_ref())?;
                println!("{as_staff}: no longer bound to this computer");
            }
        }
    }
    Ok(())
}

/// Midnight at the start of `date` (YYYY-MM-DD) in this computer's time zone, as unix ms;
/// `next_day` gives the midnight after it (so `--to` includes its whole day).
fn local_midnight_ms(date: &str, next_day: bool) -> Result<i64> {
    let invalid = || StoreError::InvalidField { field: "date" };
    if date.len() != 10 {
        return Err(invalid().into());
    }
    let mut d: jiff::civil::Date = date.parse().map_err(|_| invalid())?;
    if next_day {
        d = d.tomorrow().map_err(|_| invalid())?;
    }
    let tz = jiff::tz::TimeZone::try_system().unwrap_or(jiff::tz::TimeZone::UTC);
    let z = d.to_zoned(tz).map_err(|_| invalid())?;
    Ok(z.timestamp().as_millisecond())
}

pub fn journal(data_dir: &Path, args: &JournalArgs) -> Result<()> {
    if args.action.as_deref() == Some("help") {
        for code in store::action_codes() {
            println!("{code}");
        }
        return Ok(());
    }
    let mut s = unlock(data_dir, &args.unlock)?;
    // The staff list is readable by every role; the journal itself is checked by the store.
    let staff = s.staff();
    let actor = args.actor.as_deref().map(|a| {
        let n = a.trim().to_lowercase();
        staff
            .iter()
            .find(|x| x.display_name.to_lowercase() == n)
            .map_or_else(|| a.trim().to_owned(), |x| x.id.to_string())
    });
    let mut filter = JournalFilter {
        actor,
        action: args.action.clone(),
        from_ms: args
            .from
            .as_deref()
            .map(|d| local_midnight_ms(d, false))
            .transpose()?,
        to_ms: args
            .to
            .as_deref()
            .map(|d| local_midnight_ms(d, true))
            .transpose()?,
        limit: 0,
        offset: 0,
    };
    if let Some(path) = &args.csv {
        let n = s.export_journal_csv(&filter, &crate::lang(), path)?;
        println!(
            "{}",
            crate::t_args(
                "cli-journal-exported",
                &[
                    ("rows", &n.to_string()),
                    ("path", &path.display().to_string())
                ]
            )
        );
        return Ok(());
    }
    filter.limit = args.limit;
    let (rows, total) = s.journal_query(&filter)?;
    let name_of = |code: &str| -> String {
        match code {
            "recovery" => crate::t("journal-actor-recovery"),
            "system" => crate::t("journal-actor-system"),
            id => staff.iter().find(|x| x.id.to_string() == id).map_or_else(
                || crate::t("journal-actor-removed"),
                |x| x.display_name.clone(),
            ),
        }
    };
    let tz = jiff::tz::TimeZone::try_system().unwrap_or(jiff::tz::TimeZone::UTC);
    let mut table = vec![[
        crate::t("journal-csv-seq"),
        crate::t("journal-csv-time"),
        crate::t("journal-csv-actor-name"),
        crate::t("journal-csv-action-label"),
        crate::t("journal-csv-record"),
    ]];
    for e in &rows {
        let when = jiff::Timestamp::from_millisecond(e.at)
            .map(|ts| {
                ts.to_zoned(tz.clone())
                    .strftime("%Y-%m-%d %H:%M:%S")
                    .to_string()
            })
            .unwrap_or_else(|_| e.at.to_string());
        let label = action_label_id(&e.action).map_or_else(|| e.action.clone(), crate::t);
        table.push([
            e.seq.to_string(),
            when,
            name_of(&e.actor),
            label,
            e.record_id.clone().unwrap_or_default(),
        ]);
    }
    let widths: Vec<usize> = (0..5)
        .map(|i| {
            table
                .iter()
                .map(|r| r[i].chars().count())
                .max()
                .unwrap_or(0)
        })
        .collect();
    for row in &table {
        let line: Vec<String> = row
            .iter()
            .zip(&widths)
            .map(|(c, w)| format!("{c}{}", " ".repeat(w - c.chars().count())))
            .collect();
        println!("{}", line.join("  ").trim_end());
    }
    println!(
        "{}",
        crate::t_args(
            "cli-journal-shown",
            &[
                ("shown", &rows.len().to_string()),
                ("total", &total.to_string())
            ]
        )
    );
    Ok(())
}

pub fn rekey(data_dir: &Path, how: &UnlockArgs) -> Result<()> {
    let mut s = unlock(data_dir, how)?;
    s.rekey()?;
    passerelle_core::hygiene::log_event(data_dir, "store.rekey");
    println!("rekeyed: generation {}", s.generation());
    Ok(())
}

pub fn regenerate_recovery(
    data_dir: &Path,
    how: &UnlockArgs,
    sheet: Option<&PathBuf>,
    lang: &str,
) -> Result<()> {
    let mut s = unlock(data_dir, how)?;
    let key = s.regenerate_recovery()?;
    println!(
        "{}",
        crate::t_args(
            "cli-recovery-regenerated",
            &[("generation", &s.generation().to_string())]
        )
    );
    print_recovery_key(&key);
    write_sheet(&s, &key, sheet, lang)?;
    Ok(())
}

pub fn unlock_test(data_dir: &Path, how: &UnlockArgs) -> Result<()> {
    let s = unlock(data_dir, how)?;
    let t = s.timings();
    println!(
        "unlocked: generation {}, role {}, kdf {:.1} ms, open {:.1} ms",
        s.generation(),
        s.role().code(),
        t.kdf.as_secs_f64() * 1e3,
        t.open.as_secs_f64() * 1e3
    );
    let _locked = s.lock()?;
    println!("locked");
    Ok(())
}

/// The environment variable that must be `1` for the hidden test hooks to run, so a stray
/// `passerelle debug write-loop` never fills a real store with test rows.
pub const DEBUG_HOOKS_VAR: &str = "PASSERELLE_DEBUG_HOOKS";

pub fn debug(data_dir: &Path, cmd: &DebugCommand) -> Result<()> {
    if std::env::var(DEBUG_HOOKS_VAR).as_deref() != Ok("1") {
        bail!("test hooks are off (set {DEBUG_HOOKS_VAR}=1 in a test environment)");
    }
    if let DebugCommand::KeyringCheck = cmd {
        use passerelle_core::store::device::DeviceError;
        use passerelle_core::store::secret::DeviceSecret;
        let k = device();
        let account = format!("keyring-check-{}", std::process::id());
        let secret = DeviceSecret::from_slice(&[7u8; 32]).expect("32 bytes");
        let unavailable = |e: DeviceError| match e {
            DeviceError::Unavailable(m) => StoreError::KeyringUnavailable(m),
        };
        k.set(&account, &secret).map_err(unavailable)?;
        let back = k.get(&account).map_err(unavailable)?;
        k.delete(&account).map_err(unavailable)?;
        let gone = k.get(&account).map_err(unavailable)?;
        if back.map(|b| *b.expose()) != Some([7u8; 32]) || gone.is_some() {
            bail!("the keyring did not keep the secret");
        }
        println!("keyring: ok");
        return Ok(());
    }
    let how = UnlockArgs {
        as_staff: None,
        recovery: true,
    };
    let mut out = std::io::stdout().lock();
    match cmd {
        DebugCommand::WriteLoop { count } => {
            let mut s = unlock(data_dir, &how)?;
            writeln!(out, "ready")?;
            out.flush()?;
            for i in 0..*count {
                let id = s.add_place(&NewPlace {
                    name: format!("Lieu d'essai {i}"),
                    ..Default::default()
                })?;
                writeln!(out, "ack {id}")?;
                out.flush()?;
            }
        }
        DebugCommand::Places => {
            let s = unlock(data_dir, &how)?;
            for id in s.place_ids()? {
                writeln!(out, "{id}")?;
            }
        }
        DebugCommand::Rekey => {
            let mut s = unlock(data_dir, &how)?;
            writeln!(out, "ready {}", s.generation())?;
            out.flush()?;
            s.rekey_reporting(|step| {
                let _ = writeln!(std::io::stdout(), "step {step:?}");
                let _ = std::io::stdout().flush();
            })?;
            writeln!(out, "done {}", s.generation())?;
        }
        DebugCommand::KeyringCheck => unreachable!("handled above"),
    }
    Ok(())
}
