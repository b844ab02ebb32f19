//! `import people FILE`, `import activities FILE` and `export sessions …`: the import and export
//! of `core` (see docs/exchange.md) from the command line. Coordinators only, like the screens.

use crate::store_cmd::{unlock, UnlockArgs};
use anyhow::Result;
use clap::{Args, Subcommand, ValueEnum};
use passerelle_api::exchange::{
    ExportFormat, ImportKind, ImportOutcome, ImportProgress, ImportStage, SessionsFilter,
};
use passerelle_api::vocab::ActivityType;
use passerelle_core::store::StoreError;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

#[derive(Subcommand, Debug)]
pub enum ImportCommand {
    /// People from a CSV or XLSX file (Nom, Prénom, Année de naissance, Commune, N° de
    /// téléphone, E-mail, Genre, Notes supplémentaires). All or nothing.
    People {
        file: PathBuf,
        #[command(flatten)]
        unlock: UnlockArgs,
    },
    /// Past activities from the national activity tool's export (XLSX or CSV). All or
    /// nothing; activities already imported (same Identifiant) are skipped.
    Activities {
        file: PathBuf,
        #[command(flatten)]
        unlock: UnlockArgs,
    },
}

#[derive(Subcommand, Debug)]
pub enum ExportCommand {
    /// Sessions and workshops in the national column order, one row per participant.
    Sessions(ExportSessionsArgs),
}

#[derive(Clone, Copy, Debug, ValueEnum)]
pub enum Format {
    Xlsx,
    Csv,
}

#[derive(Clone, Copy, Debug, ValueEnum)]
pub enum Type {
    Individuel,
    Collectif,
}

#[derive(Args, Debug)]
pub struct ExportSessionsArgs {
    #[arg(long, value_enum, default_value = "xlsx")]
    pub format: Format,
    /// First day, YYYY-MM-DD (included).
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub from: Option<String>,
    /// Last day, YYYY-MM-DD (included).
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub to: Option<String>,
    /// Only this place (its name).
    #[arg(long, value_name = "NAME")]
    pub place: Option<String>,
    /// Only this mediator (a staff member's name, or a name imported activities came with).
    #[arg(long, value_name = "NAME")]
    pub mediator: Option<String>,
    /// Only individual sessions or only workshops.
    #[arg(long = "type", value_enum)]
    pub activity_type: Option<Type>,
    /// The new file, or a folder (the default name, without any person's name, is used).
    /// An existing file is never replaced.
    #[arg(long, value_name = "PATH")]
    pub out: PathBuf,
    #[command(flatten)]
    pub unlock: UnlockArgs,
}

/// Rows checked and records written, on one line of the terminal (nothing in a log).
fn show_progress(p: ImportProgress) {
    use std::io::IsTerminal;
    if !std::io::stderr().is_terminal() {
        return;
    }
    let id = match p.stage {
        ImportStage::Validating => "cli-import-checking",
        ImportStage::Writing => "cli-import-writing",
    };
    let line = crate::t_args(
        id,
        &[
            ("done", &p.done.to_string()),
            ("total", &p.total.to_string()),
        ],
    );
    let mut err = std::io::stderr();
    let _ = write!(err, "\r{line}");
    if p.done == p.total {
        let _ = writeln!(err);
    }
}

pub fn import(data_dir: &Path, cmd: &ImportCommand) -> Result<ExitCode> {
    let (kind, file, how) = match cmd {
        ImportCommand::People { file, unlock } => (ImportKind::People, file, unlock),
        ImportCommand::Activities { file, unlock } => (ImportKind::Activities, file, unlock),
    };
    let bytes = std::fs::read(file)?;
    let name = file
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let mut s = unlock(data_dir, how)?;
    match s.import_file(kind, &name, &bytes, &mut show_progress)? {
        ImportOutcome::Problems {
            problems,
            more_problems,
            ..
        } => {
            let total = problems.len() as u64 + more_problems;
            println!(
                "{}",
                crate::t_args("cli-import-problems", &[("count", &total.to_string())])
            );
            for p in &problems {
                let row = match &p.sheet {
                    Some(sheet) => format!("{sheet} ! {}", p.row),
                    None => p.row.to_string(),
                };
                let problem = crate::t(&p.problem);
                let line = match &p.column {
                    Some(c) => crate::t_args(
                        "cli-import-problem",
                        &[("row", &row), ("column", c), ("problem", &problem)],
                    ),
                    None => crate::t_args(
                        "cli-import-problem-row",
                        &[("row", &row), ("problem", &problem)],
                    ),
                };
                println!("{line}");
            }
            if more_problems > 0 {
                println!(
                    "{}",
                    crate::t_args(
                        "cli-import-more-problems",
                        &[("count", &more_problems.to_string())]
                    )
                );
            }
            Ok(ExitCode::from(1))
        }
        ImportOutcome::Imported { counts: c } => {
            let n = |v: u64| v.to_string();
            let line = match kind {
                ImportKind::People => crate::t_args(
                    "cli-import-people-done",
                    &[
                        ("created", &n(c.people_created)),
                        ("skipped", &n(c.already_present)),
                    ],
                ),
                ImportKind::Activities => crate::t_args(
                    "cli-import-activities-done",
                    &[
                        ("activities", &n(c.activities)),
                        ("sessions", &n(c.individual_sessions)),
                        ("workshops", &n(c.workshops)),
                        ("accompaniments", &n(c.accompaniments)),
                        ("created", &n(c.people_created)),
                        ("matched", &n(c.people_matched)),
                        ("places", &n(c.places_created)),
                        ("skipped", &n(c.already_present)),
                    ],
                ),
            };
            println!("{line}");
            Ok(ExitCode::SUCCESS)
        }
    }
}

pub fn export(data_dir: &Path, cmd: &ExportCommand) -> Result<ExitCode> {
    let ExportCommand::Sessions(args) = cmd;
    let mut s = unlock(data_dir, &args.unlock)?;
    let place = match &args.place {
        None => None,
        Some(name) => {
            let wanted = name.trim().to_lowercase();
            let found = s
                .places()?
                .into_iter()
                .find(|p| p.name.trim().to_lowercase() == wanted)
                .ok_or(StoreError::InvalidField { field: "place" })?;
            Some(found.id.to_string())
        }
    };
    let filter = SessionsFilter {
        from: args.from.clone(),
        to: args.to.clone(),
        place,
        mediator: args.mediator.clone(),
        activity_type: args.activity_type.map(|t| match t {
            Type::Individuel => ActivityType::Individual,
            Type::Collectif => ActivityType::Workshop,
        }),
    };
    let format = match args.format {
        Format::Xlsx => ExportFormat::Xlsx,
        Format::Csv => ExportFormat::Csv,
    };
    let out = if args.out.is_relative() {
        std::env::current_dir()?.join(&args.out)
    } else {
        args.out.clone()
    };
    let summary = s.export_sessions(format, &filter, &out)?;
    println!(
        "{}",
        crate::t_args(
            "cli-export-done",
            &[("rows", &summary.rows.to_string()), ("path", &summary.path)]
        )
    );
    Ok(ExitCode::SUCCESS)
}
