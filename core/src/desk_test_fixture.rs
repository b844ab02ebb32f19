//! Test fixtures of the desk adapters: a desk signed in as a coordinator, and a person whose
//! consent covers the vault.

use crate::desk::Desk;
use crate::store::device::MemoryDeviceStore;
use passerelle_api::store::{KeyringState, SecretText, SetupRequest};
use std::path::Path;

/// A desk in `dir`, set up and signed in as Camille, first coordinator of the "Centre social
/// des Tilleuls" (no place).
pub(crate) fn signed_in_desk(dir: &Path) -> Desk {
    let keyring = KeyringState {
        available: false,
        reason: Some("tests".into()),
    };
    let mut desk = Desk::new(dir, Box::new(MemoryDeviceStore::default()), keyring);
    desk.setup(&SetupRequest {
        structure_name: "Centre social des Tilleuls".into(),
        places: vec![],
        coordinator_name: "Camille".into(),
        passphrase: SecretText::new("cheval agrafe pile correct".into()),
        bind_device: false,
        language: "fr".into(),
    })
    .unwrap();
    desk
}

/// [`signed_in_desk`] and a person "Awa `last`", born 1985, whose consent covers the vault.
pub(crate) fn desk_with_vault_person(dir: &Path, last: &str) -> (Desk, String) {
    let mut desk = signed_in_desk(dir);
    let s = desk.session_mut().unwrap();
    let p = crate::store::vault::tests::person_with_vault(s, last);
    (desk, p.to_string())
}
