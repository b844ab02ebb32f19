//! Passerelle's domain library: everything a help desk records and every rule about it.
//!
//! `core` owns the data folder, the display preferences, and (from the store issue on) the
//! encrypted store, its keys, the audit journal and the reports. It knows nothing of Tauri or of
//! the UI: the shell and the CLI call it, and it answers with `passerelle_api` structs and errors
//! that carry a stable code and a Fluent id, never a sentence.

pub mod about;
pub mod data_dir;
pub mod desk;
pub mod desk_exchange;
pub mod desk_follow;
mod desk_privacy;
mod desk_report;
mod desk_stats;
#[cfg(test)]
mod desk_test_fixture;
mod desk_vault;
mod desk_vault_export;
mod desk_vault_print;
mod desk_vault_source;
pub mod error;
pub mod fsutil;
pub mod hygiene;
pub mod pdf;
pub mod prefs;
pub mod removable;
pub mod report;
pub mod store;
pub mod thumbnail;
pub mod training;
pub mod vault_key;
pub use passerelle_api::vocab;

pub use error::CoreError;

/// The version of Passerelle, shared by every crate of the workspace.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");
