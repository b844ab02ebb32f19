//! `passerelle`: the headless command line over `core`, for coordinators, cron jobs and benches.

mod bench;
mod bench_exchange;
mod bench_store;
mod bench_vault;
mod demo;
mod exchange_cmd;
mod privacy_cmd;
mod report_cmd;
mod secrets;
mod sheet;
mod store_cmd;
mod vault_cmd;

use anyhow::Result;
use clap::{Parser, Subcommand};
use passerelle_core::data_dir::DataDir;
use std::path::PathBuf;

#[derive(Parser)]
#[command(name = "passerelle", version, about = "Passerelle, headless")]
struct Cli {
    /// Data folder (default: PASSERELLE_DATA_DIR, else the XDG data folder).
    #[arg(long, global = true)]
    data_dir: Option<PathBuf>,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Print the version, the data folder in use and whether a store exists there, as JSON.
    Info,
    /// Run the benchmarks and print each figure and ratio (run by hand, never in CI).
    Bench {
        /// Repetitions of each measured operation.
        #[arg(long, default_value_t = 200)]
        iterations: u32,
        /// Search, save and export on the stress demo data set (generated first: minutes)
        /// instead of 60 000 seeded people and 100 000 seeded sessions.
        #[arg(long)]
        demo: bool,
        /// Run one section only (`vault`: throughput of age, Debian age and raw ChaCha; thumbnails).
        #[arg(long, value_parser = ["vault"])]
        only: Option<String>,
    },
    /// Set up the encrypted store: structure name and first coordinator. Prints the recovery
    /// key once. The passphrase comes from PASSERELLE_PASSPHRASE or a prompt, never argv.
    Init {
        #[arg(long)]
        structure: String,
        #[arg(long)]
        coordinator: String,
        /// Also write the printable recovery sheet (PDF) to this file.
        #[arg(long, value_name = "FILE")]
        recovery_sheet: Option<PathBuf>,
        /// Language of the recovery sheet.
        #[arg(long, default_value = "fr")]
        lang: String,
    },
    /// Check the database, the audit journal against its anchor, the seal copies, and every
    /// vault document (decrypted to the end, hash compared; orphans reported, never deleted).
    Verify {
        #[command(flatten)]
        unlock: store_cmd::UnlockArgs,
        /// Vault documents: presence and age header only.
        #[arg(long)]
        quick: bool,
    },
    /// The document vault: add files to a person's vault, list them.
    Vault {
        #[command(subcommand)]
        command: vault_cmd::VaultCommand,
    },
    /// Staff members: list, add, disable, remove (disable and remove rekey the store).
    Staff {
        #[command(subcommand)]
        command: store_cmd::StaffCommand,
    },
    /// The audit journal, newest first, or all matching rows as a CSV file (coordinators).
    Journal(store_cmd::JournalArgs),
    /// Re-encrypt the store under a new installation key (a new generation).
    Rekey {
        #[command(flatten)]
        unlock: store_cmd::UnlockArgs,
    },
    /// Replace a lost recovery key: the old one stops working. Prints the new key once.
    RegenerateRecovery {
        #[command(flatten)]
        unlock: store_cmd::UnlockArgs,
        #[arg(long, value_name = "FILE")]
        recovery_sheet: Option<PathBuf>,
        #[arg(long, default_value = "fr")]
        lang: String,
    },
    /// Unlock, print the time taken (KDF and open), lock again.
    UnlockTest {
        #[command(flatten)]
        unlock: store_cmd::UnlockArgs,
    },
    /// Create a NEW training store full of fictitious data (refused where a store exists).
    /// Same size, seed and end date → same content. Prints the shared demo passphrase.
    Demo {
        /// small (4 staff, 300 people, 2 000 sessions) or stress (40 staff, 60 000 people,
        /// 600 000 sessions over 10 years).
        #[arg(long, default_value = "small")]
        size: String,
        #[arg(long, default_value_t = 1)]
        seed: u64,
        /// Last day of activity, YYYY-MM-DD (default: today).
        #[arg(long, value_name = "YYYY-MM-DD")]
        end: Option<String>,
    },
    /// A person's privacy rights: export everything about them (access), erase them.
    Person {
        #[command(subcommand)]
        command: privacy_cmd::PersonCommand,
    },
    /// Records inactive for longer than the retention period: list them, erase them.
    Retention {
        #[command(subcommand)]
        command: privacy_cmd::RetentionCommand,
    },
    /// Import people or past activities from a CSV or XLSX file: all or nothing.
    Import {
        #[command(subcommand)]
        command: exchange_cmd::ImportCommand,
    },
    /// The activity report of a period as a file: pdf, html, xlsx or csv (refuses to replace a
    /// file unless --force).
    Report(report_cmd::ReportArgs),
    /// Export sessions in the national column order (XLSX or CSV).
    Export {
        #[command(subcommand)]
        command: exchange_cmd::ExportCommand,
    },
    /// Test hooks for the kill tests (unlock with PASSERELLE_RECOVERY_KEY).
    #[command(hide = true)]
    Debug {
        #[command(subcommand)]
        command: store_cmd::DebugCommand,
    },
}

/// The language of messages: PASSERELLE_LANG, French by default.
pub fn lang() -> String {
    std::env::var("PASSERELLE_LANG").unwrap_or_else(|_| "fr".to_owned())
}

/// A message in the language of [`lang`].
pub fn t(id: &str) -> String {
    passerelle_locales::Translator::new(&lang(), false).t(id)
}

/// A message with named arguments in the language of [`lang`].
pub fn t_args(id: &str, args: &[(&str, &str)]) -> String {
    let args: Vec<(&str, passerelle_locales::Value<'_>)> = args
        .iter()
        .map(|(k, v)| (*k, passerelle_locales::Value::from(*v)))
        .collect();
    passerelle_locales::Translator::new(&lang(), false).t_args(id, &args)
}

/// The user-facing message of an error, in the language of PASSERELLE_LANG (default French).
pub fn translate(e: &passerelle_api::ApiError) -> String {
    let t = passerelle_locales::Translator::new(&lang(), false);
    let args: Vec<(&str, passerelle_locales::Value<'_>)> = e
        .args
        .iter()
        .map(|(k, v)| (k.as_str(), passerelle_locales::Value::from(v.as_str())))
        .collect();
    format!("{} [{}]", t.t_args(&e.message_id, &args), e.message_id)
}

fn main() -> std::process::ExitCode {
    // Before anything holds a key: a core dump would write it to disk in clear.
    if let Err(e) = passerelle_core::hygiene::disable_core_dumps() {
        eprintln!("warning: core dumps could not be disabled: {e}");
    }
    match run() {
        Ok(code) => code,
        Err(e) => {
            if let Some(se) = e.downcast_ref::<passerelle_core::store::StoreError>() {
                eprintln!("{}", translate(&passerelle_api::ApiError::from(se)));
                eprintln!("({se})");
            } else if let Some(ce) = e.downcast_ref::<passerelle_core::CoreError>() {
                eprintln!("{}", translate(&passerelle_api::ApiError::from(ce)));
                eprintln!("({ce})");
            } else {
                eprintln!("error: {e:#}");
            }
            std::process::ExitCode::from(2)
        }
    }
}

fn run() -> Result<std::process::ExitCode> {
    let cli = Cli::parse();
    let data_dir = || DataDir::resolve(cli.data_dir.clone()).map(|d| d.path);
    match &cli.command {
        Command::Info => {
            let dir = DataDir::resolve(cli.data_dir.clone())?;
            let info = passerelle_core::about::app_info(&dir);
            println!("{}", serde_json::to_string_pretty(&info)?);
        }
        Command::Bench { only: Some(_), .. } => bench_vault::run()?,
        Command::Bench {
            iterations, demo, ..
        } => bench::run(*iterations, *demo)?,
        Command::Init {
            structure,
            coordinator,
            recovery_sheet,
            lang,
        } => store_cmd::init(
            &data_dir()?,
            structure,
            coordinator,
            recovery_sheet.as_ref(),
            lang,
        )?,
        Command::Verify { unlock, quick } => {
            if !vault_cmd::verify(&data_dir()?, unlock, *quick)? {
                return Ok(std::process::ExitCode::from(1));
            }
        }
        Command::Staff { command } => store_cmd::staff(&data_dir()?, command)?,
        Command::Journal(args) => store_cmd::journal(&data_dir()?, args)?,
        Command::Rekey { unlock } => store_cmd::rekey(&data_dir()?, unlock)?,
        Command::RegenerateRecovery {
            unlock,
            recovery_sheet,
            lang,
        } => store_cmd::regenerate_recovery(&data_dir()?, unlock, recovery_sheet.as_ref(), lang)?,
        Command::UnlockTest { unlock } => store_cmd::unlock_test(&data_dir()?, unlock)?,
        Command::Debug { command } => store_cmd::debug(&data_dir()?, command)?,
        Command::Person { command } => return privacy_cmd::person(&data_dir()?, command),
        Command::Vault { command } => return vault_cmd::run(&data_dir()?, command),
        Command::Import { command } => return exchange_cmd::import(&data_dir()?, command),
        Command::Export { command } => return exchange_cmd::export(&data_dir()?, command),
        Command::Report(args) => return report_cmd::run(&data_dir()?, args),
        Command::Retention { command } => return privacy_cmd::retention(&data_dir()?, command),
        Command::Demo { size, seed, end } => demo::run(&data_dir()?, size, *seed, end.as_deref())?,
    }
    Ok(std::process::ExitCode::SUCCESS)
}
