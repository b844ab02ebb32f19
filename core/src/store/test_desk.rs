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

/// A plain e-mail session on `date` (`YYYY-MM-DD`) at a distance: what a test needs when the
/// session's details do not matter.
pub(crate) fn email_session(
    person: Option<super::ids::PersonId>,
    date: &str,
) -> super::SupportSessionInput {
    use passerelle_api::vocab::{Canal, Theme};
    super::SupportSessionInput {
        person: person.map(|p| p.to_string()),
        date: date.to_owned(),
        duration_min: 30,
        canal: Canal::Remote,
        place: None,
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
    }
}
