//! `passerelle`: the headless command line over `core`, for coordinators, cron jobs and benches.

mod bench;

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
    },
}

fn main() -> Result<()> {
    let cli = Cli::parse();
    match cli.command {
        Command::Info => {
            let dir = DataDir::resolve(cli.data_dir)?;
            let info = passerelle_core::about::app_info(&dir);
            println!("{}", serde_json::to_string_pretty(&info)?);
        }
        Command::Bench { iterations } => bench::run(iterations)?,
    }
    Ok(())
}
