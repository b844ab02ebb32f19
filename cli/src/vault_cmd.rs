//! The document vault from the command line: `vault add` (several files, one commit each),
//! `vault list`, `vault export` (to a folder, safe names, never over a file), and the vault's
//! part of `verify` (see docs/vault.md).

use crate::store_cmd::{unlock, UnlockArgs, DEBUG_HOOKS_VAR};
use anyhow::{bail, Result};
use clap::Subcommand;
use passerelle_api::vault::DocumentCategory;
use passerelle_api::vocab::ConsentScope;
use passerelle_core::store::ids::{DocumentId, PersonId};
use passerelle_core::store::vault::export::ExportNames;
use passerelle_core::store::vault::DocumentInput;
use passerelle_core::store::{PersonInput, Session, StoreError};
use std::io::Write;
use std::path::{Path, PathBuf};

#[derive(Subcommand, Debug)]
pub enum VaultCommand {
    /// Add files to a person's vault: each file is checked by its content, encrypted and
    /// committed on its own; prints each new document's id. Exit status 1 if any was refused.
    Add {
        /// The person's id.
        #[arg(long)]
        person: String,
        /// identite, titre_de_sejour, sante, logement, impots, revenus, emploi, famille,
        /// banque, transport or autre.
        #[arg(long)]
        category: String,
        /// Title of every file added (default: each file's name without its extension).
        #[arg(long)]
        title: Option<String>,
        /// Expiry date, YYYY-MM-DD.
        #[arg(long, value_name = "YYYY-MM-DD")]
        expires: Option<String>,
        /// Issue date, YYYY-MM-DD.
        #[arg(long, value_name = "YYYY-MM-DD")]
        issued: Option<String>,
        #[arg(required = true, value_name = "FILE")]
        files: Vec<PathBuf>,
        #[command(flatten)]
        unlock: UnlockArgs,
    },
    /// List a person's documents, newest first (id, category, type, size, expiry, title).
    List {
        #[arg(long)]
        person: String,
        #[command(flatten)]
        unlock: UnlockArgs,
    },
    /// Export shared documents, decrypted, into an existing folder: names without the
    /// person's name (`<category>-<date>.<ext>`) unless --original-names, never over an
    /// existing file; one journal entry each. Prints each id and the file name written.
    Export {
        /// The folder to write into (it must exist; not inside the data folder).
        #[arg(long = "to", value_name = "DIR")]
        to: PathBuf,
        /// Use the files' original names (made safe; they often hold the person's name).
        #[arg(long)]
        original_names: bool,
        #[arg(required = true, value_name = "ID")]
        ids: Vec<String>,
        #[command(flatten)]
        unlock: UnlockArgs,
    },
    /// Test hook: create a person whose consent covers the vault; prints the id.
    #[command(hide = true)]
    DebugPerson {
        #[command(flatten)]
        unlock: UnlockArgs,
    },
}

fn person_id(s: &str) -> Result<PersonId> {
    Ok(s.trim().parse().map_err(|_| StoreError::PersonNotFound)?)
}

fn date(s: &Option<String>, field: &'static str) -> Result<Option<jiff::civil::Date>> {
    match s {
        None => Ok(None),
        Some(t) => Ok(Some(
            t.trim()
                .parse()
                .map_err(|_| StoreError::InvalidField { field })?,
        )),
    }
}

fn say(e: &StoreError) -> String {
    crate::translate(&passerelle_api::ApiError::from(e))
}

pub fn run(data_dir: &Path, cmd: &VaultCommand) -> Result<std::process::ExitCode> {
    match cmd {
        VaultCommand::Add {
            person,
            category,
            title,
            expires,
            issued,
            files,
            unlock: how,
        } => {
            let person = person_id(person)?;
            let category = DocumentCategory::parse(category.trim())
                .ok_or(StoreError::InvalidField { field: "category" })?;
            let expires_on = date(expires, "expires_on")?;
            let issued_on = date(issued, "issued_on")?;
            let mut s = unlock(data_dir, how)?;
            let mut refused = 0;
            let mut out = std::io::stdout().lock();
            for (n, path) in files.iter().enumerate() {
                let result = add_one(&mut s, person, category, title, issued_on, expires_on, path);
                match result {
                    Ok(line) => {
                        writeln!(out, "{line}")?;
                        out.flush()?;
                    }
                    Err(e) => {
                        refused += 1;
                        // The file's position, not its name: the name may be personal.
                        eprintln!("file {}: {}", n + 1, say(&e));
                    }
                }
            }
            if refused > 0 {
                return Ok(std::process::ExitCode::from(1));
            }
        }
        VaultCommand::List {
            person,
            unlock: how,
        } => {
            let person = person_id(person)?;
            let s = unlock(data_dir, how)?;
            for d in s.list_documents(person)? {
                println!(
                    "{}\t{}\t{}\t{}\t{}\t{}{}",
                    d.id,
                    d.category.code(),
                    d.media_type,
                    d.size,
                    d.expires_on.map(|x| x.to_string()).unwrap_or_default(),
                    d.title,
                    if d.private { "\t(private)" } else { "" }
                );
            }
        }
        VaultCommand::Export {
            to,
            original_names,
            ids,
            unlock: how,
        } => {
            let ids = ids
                .iter()
                .map(|i| i.trim().parse().map_err(|_| StoreError::DocumentNotFound))
                .collect::<Result<Vec<DocumentId>, _>>()?;
            let folder = std::path::absolute(to)?;
            let names = if *original_names {
                ExportNames::Original
            } else {
                ExportNames::Neutral
            };
            let mut s = unlock(data_dir, how)?;
            for f in s.export_documents_named(&ids, &folder, names)? {
                println!("{}\t{}", f.id, f.file_name);
            }
        }
        VaultCommand::DebugPerson { unlock: how } => {
            if std::env::var(DEBUG_HOOKS_VAR).as_deref() != Ok("1") {
                bail!("test hooks are off (set {DEBUG_HOOKS_VAR}=1 in a test environment)");
            }
            let mut s = unlock(data_dir, how)?;
            let p = s.add_person(&PersonInput {
                first_name: "Test".into(),
                last_name: "Coffre".into(),
                birth_year: Some(1980),
                ..Default::default()
            })?;
            s.record_consent(p, &[ConsentScope::Record, ConsentScope::Vault], false)?;
            println!("{p}");
        }
    }
    Ok(std::process::ExitCode::SUCCESS)
}

fn add_one(
    s: &mut Session,
    person: PersonId,
    category: DocumentCategory,
    title: &Option<String>,
    issued_on: Option<jiff::civil::Date>,
    expires_on: Option<jiff::civil::Date>,
    path: &Path,
) -> Result<String, StoreError> {
    let name = path
        .file_name()
        .ok_or(StoreError::InvalidField {
            field: "original_name",
        })?
        .to_owned();
    let bytes = std::fs::read(path)
        .map_err(|e| StoreError::Core(passerelle_core::CoreError::io(path, e)))?;
    let input = DocumentInput {
        title: title.clone().unwrap_or_default(),
        category,
        original_name: name,
        issued_on,
        expires_on,
        notes: String::new(),
        private: false,
    };
    let added = s.add_document(person, &input, &bytes)?;
    let mut line = added.document.id.to_string();
    if added.usage.warning() {
        line.push('\t');
        line.push_str(&crate::t_args(
            "vault-quota-warning",
            &[
                (
                    "used_mb",
                    &added.usage.used_bytes.div_ceil(1024 * 1024).to_string(),
                ),
                (
                    "quota_mb",
                    &(added.usage.quota_bytes / (1024 * 1024)).to_string(),
                ),
            ],
        ));
    }
    Ok(line)
}

/// `passerelle verify`: the store's checks, then the vault's (full: every document decrypted
/// to the end and its hash compared; quick: presence and age header). Orphans and missing
/// files are reported, never deleted. One unlock for both.
pub fn verify(data_dir: &Path, how: &UnlockArgs, quick: bool) -> Result<bool> {
    let session = unlock(data_dir, how)?;
    let store_ok = crate::store_cmd::verify_session(&session)?;
    let r = match session.verify_vault(quick) {
        Ok(r) => r,
        Err(StoreError::RoleRefused) => {
            println!("vault: not checked (this role has no vault access)");
            return Ok(store_ok);
        }
        Err(e) => return Err(e.into()),
    };
    let s = r.settled;
    if s != Default::default() {
        println!(
            "vault: finished interrupted writes (completed {}, discarded {}, deleted {}, restored {})",
            s.completed, s.discarded, s.deleted, s.restored
        );
    }
    println!(
        "vault: {} documents, {} ok{}{}",
        r.documents,
        r.ok,
        if quick {
            " (quick: presence and header)"
        } else {
            ""
        },
        if r.header_only > 0 {
            format!(", {} private checked to their header", r.header_only)
        } else {
            String::new()
        }
    );
    for id in &r.missing {
        println!("vault: MISSING file of document {id}");
    }
    for (id, why) in &r.damaged {
        println!("vault: DAMAGED document {id} ({why})");
    }
    for name in &r.orphans {
        println!("vault: ORPHAN file {name} (no document names it; left in place)");
    }
    println!(
        "{}",
        if r.is_ok() {
            "vault: ok"
        } else {
            "vault: FAILED"
        }
    );
    Ok(store_ok && r.is_ok())
}
