//! A person's privacy rights from the command line: `person export-access`, `person erase`,
//! `retention list`, `retention purge` (see docs/privacy.md).

use crate::store_cmd::{unlock, UnlockArgs};
use anyhow::Result;
use clap::Subcommand;
use passerelle_core::store::ids::PersonId;
use passerelle_core::store::StoreError;
use std::path::{Path, PathBuf};

#[derive(Subcommand, Debug)]
pub enum PersonCommand {
    /// Right of access: write everything kept about a person to a new zip file (a readable PDF
    /// summary and the same data as JSON). Mediators and coordinators.
    ExportAccess {
        /// The person's id.
        id: String,
        /// The zip file to create (refused if it exists).
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
        /// Language of the PDF summary.
        #[arg(long, default_value = "fr")]
        lang: String,
        #[command(flatten)]
        unlock: UnlockArgs,
    },
    /// Right to erasure: erase a person's record; their sessions stay, anonymous, for the
    /// statistics. Irreversible: needs --yes. Coordinators.
    Erase {
        id: String,
        #[arg(long)]
        yes: bool,
        #[command(flatten)]
        unlock: UnlockArgs,
    },
}

#[derive(Subcommand, Debug)]
pub enum RetentionCommand {
    /// List the records with no activity for longer than the retention period. Coordinators.
    List {
        #[command(flatten)]
        unlock: UnlockArgs,
    },
    /// Erase the records that `list` shows (checked again one by one). Needs --yes.
    Purge {
        #[arg(long)]
        yes: bool,
        #[command(flatten)]
        unlock: UnlockArgs,
    },
}

fn person_id(s: &str) -> Result<PersonId> {
    Ok(s.trim().parse().map_err(|_| StoreError::PersonNotFound)?)
}

pub fn person(data_dir: &Path, cmd: &PersonCommand) -> Result<std::process::ExitCode> {
    match cmd {
        PersonCommand::ExportAccess {
            id,
            out,
            lang,
            unlock: how,
        } => {
            let id = person_id(id)?;
            let out = std::path::absolute(out)?;
            if out.exists() {
                return Err(StoreError::FileExists.into());
            }
            let mut s = unlock(data_dir, how)?;
            let done = s.export_person_access(id, lang, &out)?;
            println!(
                "{}",
                crate::t_args(
                    "cli-privacy-exported",
                    &[("path", &out.display().to_string())]
                )
            );
            println!(
                "sessions: {}, workshops: {}, consents: {}, follow-ups: {}, journal: {}, bytes: {}",
                done.sessions,
                done.workshops,
                done.consents,
                done.follow_ups,
                done.journal_entries,
                done.bytes
            );
        }
        PersonCommand::Erase {
            id,
            yes,
            unlock: how,
        } => {
            let id = person_id(id)?;
            if !yes {
                println!("{}", crate::t("cli-privacy-erase-confirm"));
                return Ok(std::process::ExitCode::from(1));
            }
            let mut s = unlock(data_dir, how)?;
            let done = s.erase_person(id)?;
            println!(
                "{}",
                crate::t_args(
                    "cli-privacy-erased",
                    &[
                        ("sessions", &done.sessions_detached.to_string()),
                        ("seats", &done.workshop_seats_anonymised.to_string()),
                    ]
                )
            );
        }
    }
    Ok(std::process::ExitCode::SUCCESS)
}

pub fn retention(data_dir: &Path, cmd: &RetentionCommand) -> Result<std::process::ExitCode> {
    let (how, purge, yes) = match cmd {
        RetentionCommand::List { unlock } => (unlock, false, false),
        RetentionCommand::Purge { yes, unlock } => (unlock, true, *yes),
    };
    let mut s = unlock(data_dir, how)?;
    let review = s.retention_review()?;
    let months = review.retention_months.to_string();
    if review.people.is_empty() {
        println!(
            "{}",
            crate::t_args("cli-retention-none", &[("months", &months)])
        );
        return Ok(std::process::ExitCode::SUCCESS);
    }
    println!(
        "{}",
        crate::t_args(
            "cli-retention-listed",
            &[
                ("count", &review.people.len().to_string()),
                ("date", &review.inactive_before),
                ("months", &months),
            ]
        )
    );
    for p in &review.people {
        let name = if p.anonymous {
            "-".to_owned()
        } else {
            format!("{} {}", p.first_name, p.last_name)
                .trim()
                .to_owned()
        };
        println!(
            "{}\t{}\t{}\t{}\t{}/{}/{}",
            p.id,
            p.last_activity,
            name,
            p.birth_year.map(|y| y.to_string()).unwrap_or_default(),
            p.sessions,
            p.workshops,
            p.follow_ups
        );
    }
    if !purge {
        return Ok(std::process::ExitCode::SUCCESS);
    }
    if !yes {
        println!("{}", crate::t("cli-retention-confirm"));
        return Ok(std::process::ExitCode::from(1));
    }
    let ids: Vec<PersonId> = review
        .people
        .iter()
        .map(|p| person_id(&p.id))
        .collect::<Result<_>>()?;
    let done = s.purge_inactive(&ids)?;
    println!(
        "{}",
        crate::t_args(
            "cli-retention-purged",
            &[
                ("erased", &done.erased.to_string()),
                ("skipped", &done.skipped.len().to_string()),
            ]
        )
    );
    Ok(std::process::ExitCode::SUCCESS)
}
