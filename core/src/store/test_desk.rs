//! Shared fixture of the desk's tests (people, sessions, workshops, consent): a fresh store with
//! one coordinator, unlocked, with the fast test KDF.

use super::seal::KdfParams;
use super::secret::Passphrase;
use super::session::{init_with, Session};

/// The coordinator's passphrase in these tests.
pub(crate) const PASS: &str = "ma phrase de passe du centre";

/// A new store in a temporary folder (kept alive by the returned guard), signed in as
/// "Camille", coordinator.
pub(crate) fn setup() -> (tempfile::TempDir, Session) {
    let d = tempfile::tempdir().unwrap();
    let (s, _) = init_with(
        d.path(),
        "Espace numérique des Glycines",
        "Camille",
        &Passphrase::new(PASS.to_owned()),
        KdfParams::TESTING,
    )
    .unwrap();
    (d, s)
}
