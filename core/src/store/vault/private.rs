//! Private documents: encrypted to the person's own identity, whose secret half is wrapped by
//! their card secret and PIN ([`crate::vault_key`]). Staff cannot open them; the person opens
//! them at the desk with the card and the PIN. Failed attempts are counted per person (the
//! PIN alone is weak: the count is what protects it against someone trying at the desk).

use super::super::error::StoreError;
use super::super::ids::{DocumentId, PersonId};
use super::super::journal::Action;
use super::super::session::{now_ms, Session};
use super::{decrypt_file, TMP_SUFFIX};
use crate::vault_key::{self, CardSecret, VaultKeyError};
use rusqlite::{params, OptionalExtension};

/// Failed attempts allowed before a delay applies.
pub const FREE_ATTEMPTS: u32 = 5;
/// The first delay after the free attempts (seconds); it doubles with each further failure.
pub const FIRST_DELAY_SECS: u64 = 30;
/// The longest delay (seconds).
pub const MAX_DELAY_SECS: u64 = 3600;

pub(crate) fn key_error(e: VaultKeyError) -> StoreError {
    match e {
        VaultKeyError::CardMalformed | VaultKeyError::CardMistyped => {
            StoreError::VaultCardUnreadable
        }
        VaultKeyError::PinFormat | VaultKeyError::PinTooSimple => StoreError::PinInvalid,
        VaultKeyError::WrongCardOrPin => StoreError::VaultSecretWrong,
        VaultKeyError::Damaged => StoreError::StoreDamaged("wrapped private identity".into()),
        VaultKeyError::Internal(m) => StoreError::Internal(m),
    }
}

/// Seconds still to wait after `failures` failed attempts, the last at `last_ms`.
pub fn remaining_delay_secs(failures: u32, last_ms: i64, now_ms: i64) -> u64 {
    if failures < FREE_ATTEMPTS {
        return 0;
    }
    let extra = (failures - FREE_ATTEMPTS).min(20);
    let delay = (FIRST_DELAY_SECS << extra).min(MAX_DELAY_SECS);
    let elapsed = (now_ms.saturating_sub(last_ms).max(0) / 1000) as u64;
    delay.saturating_sub(elapsed)
}

impl Session {
    /// Creates a person's private vault: a new card secret (returned once, to print) and
    /// their identity wrapped by it and `pin`. Journals `vault.private_enrolled`.
    pub fn enrol_private_vault(
        &mut self,
        person: PersonId,
        pin: &str,
    ) -> Result<CardSecret, StoreError> {
        self.require_vault(person)?;
        vault_key::check_pin(pin).map_err(key_error)?;
        if super::private_recipient(&self.conn, person)?.is_some() {
            return Err(StoreError::PrivateVaultAlreadyEnrolled);
        }
        let card = CardSecret::generate();
        let w = vault_key::enrol(&card, pin).map_err(key_error)?;
        self.write_journaled(Action::PrivateVaultEnrolled, |c| {
            c.execute(
                "INSERT INTO person_vault_key (person_id, recipient, wrapped, created_at)
                 VALUES (?1, ?2, ?3, ?4)",
                params![person, w.recipient, w.wrapped, now_ms()],
            )?;
            c.execute(
                "DELETE FROM vault_pin_attempt WHERE person_id = ?1",
                [person],
            )?;
            Ok(((), Some(person.to_string())))
        })?;
        Ok(card)
    }

    /// Seconds before the person may try their card and PIN again (0: now).
    pub fn private_retry_after(&self, person: PersonId) -> Result<u64, StoreError> {
        self.require_vault(person)?;
        let (failures, last) = self.pin_failures(person)?;
        Ok(remaining_delay_secs(failures, last, now_ms()))
    }

    fn pin_failures(&self, person: PersonId) -> Result<(u32, i64), StoreError> {
        Ok(self
            .conn
            .query_row(
                "SELECT failures, COALESCE(last_failure_at, 0) FROM vault_pin_attempt
                 WHERE person_id = ?1",
                [person],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .optional()?
            .unwrap_or((0, 0)))
    }

    /// Opens a private document with its owner's card and PIN: the bytes, whole and
    /// authenticated. A wrong card or PIN counts a failed attempt; past
    /// [`FREE_ATTEMPTS`], a growing delay applies ([`StoreError::TooManyAttempts`]). A card
    /// code with a typo is told apart (no attempt counted). Journals `document.viewed`.
    pub fn open_private_document(
        &mut self,
        id: DocumentId,
        card: &CardSecret,
        pin: &str,
    ) -> Result<Vec<u8>, StoreError> {
        let d = self.document(id)?;
        if !d.private {
            return self.read_document(id);
        }
        let person = d.person;
        let (failures, last) = self.pin_failures(person)?;
        let wait = remaining_delay_secs(failures, last, now_ms());
        if wait > 0 {
            return Err(StoreError::TooManyAttempts {
                remaining_secs: wait,
            });
        }
        let wrapped: Vec<u8> = self
            .conn
            .query_row(
                "SELECT wrapped FROM person_vault_key WHERE person_id = ?1",
                [person],
                |r| r.get(0),
            )
            .optional()?
            .ok_or(StoreError::PrivateVaultNotEnrolled)?;
        let identity = match vault_key::unwrap(&wrapped, card, pin) {
            Ok(i) => i,
            Err(VaultKeyError::WrongCardOrPin) => {
                self.conn.execute(
                    "INSERT INTO vault_pin_attempt (person_id, failures, last_failure_at)
                     VALUES (?1, 1, ?2)
                     ON CONFLICT (person_id) DO UPDATE
                     SET failures = failures + 1, last_failure_at = ?2",
                    params![person, now_ms()],
                )?;
                return Err(StoreError::VaultSecretWrong);
            }
            Err(e) => return Err(key_error(e)),
        };
        if failures > 0 {
            self.conn.execute(
                "DELETE FROM vault_pin_attempt WHERE person_id = ?1",
                [person],
            )?;
        }
        let dir = self.vault_dir();
        let path = dir.join(&d.file_name);
        if !path.exists() && dir.join(format!("{}{TMP_SUFFIX}", d.file_name)).exists() {
            self.settle_vault()?;
        }
        let bytes = decrypt_file(&path, &identity, d.size, &d.sha256)?;
        self.write_journaled(Action::DocumentViewed, |_| Ok(((), Some(id.to_string()))))?;
        Ok(bytes)
    }
}
