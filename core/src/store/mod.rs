//! The encrypted store and its keys (design §2).
//!
//! - [`db`]: SQLCipher with a random raw 32-byte key, pragmas, append-only migrations.
//! - [`seal`]: per-staff age identities under argon2id, the installation key sealed to every
//!   recipient, names and roles readable before unlock, attempt counters, journal anchor.
//! - [`generation`]: generation folders and the pointer switched by one atomic rename; rekey.
//! - [`journal`]: the hash-chained audit journal, its filters; [`journal_csv`]: its export.
//! - [`draft`]: the form being filled when the session locked, kept encrypted per person.
//! - [`settings`]: structure, places, idle timeouts, language.
//! - [`support`]: individual support sessions and the centre's tags; [`workshop`]: group
//!   workshops.
//! - [`consent`]: what each person agreed to, its history and withdrawal.
//! - [`exchange`]: import of people and past activities from spreadsheets, export of sessions
//!   in the national column order.
//! - [`people`]: the people supported, and the accent- and typo-tolerant search over them
//!   ([`search_key`] folds the text).
//! - [`session`]: [`LockedStore`] → [`Session`] (typestate), roles and permission checks.
//! - [`device`]: the OS keyring behind a trait, for the "bind to this computer" option.
//! - [`secret`]: secret types that redact themselves and zero their memory.
//!
//! No SQL leaves this module: the shell, the CLI and the UI call [`Session`] methods.

pub mod bench;
pub mod consent;
pub mod db;
pub mod demo;
mod demo_data;
pub mod device;
pub mod draft;
pub mod error;
pub mod exchange;
pub mod follow_up;
pub mod generation;
pub mod ids;
pub mod journal;
pub mod journal_csv;
pub mod partner;
pub mod people;
pub mod privacy;
pub mod seal;
pub mod search_key;
pub mod secret;
pub mod session;
pub mod settings;
pub mod stats;
pub mod support;
pub mod timeline;
pub mod vault;
pub mod workshop;

#[cfg(test)]
mod test_desk;
#[cfg(test)]
mod tests;

pub use draft::Draft;
pub use error::{StoreError, StoreWarning};
pub use generation::Layout;
pub use journal::{action_codes, JournalFilter};
pub use people::{Person, PersonInput, PersonMatch};
pub use session::{
    init, require, require_mut, LockedStore, Permission, Role, Session, StaffSummary,
    UnlockTimings, VerifyReport,
};
pub use support::{SupportSession, SupportSessionInput, Tag};
pub use workshop::Workshop;

/// Whether a store was set up in this data folder.
pub fn exists(data_dir: &std::path::Path) -> bool {
    Layout::new(data_dir).exists()
}
