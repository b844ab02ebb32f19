//! The seal file: who may open the store, and the one thing needed to open it.
//!
//! It holds, per staff member, an age X25519 identity whose secret half is encrypted with a key
//! derived from the person's passphrase (argon2id, parameters stored beside it) and optionally
//! combined with a device secret; the installation key sealed as **one age file** to every
//! current recipient (each staff identity and the recovery key); staff names and roles (readable
//! before unlock, for the sign-in screen); the audit journal's anchor; and the failed-attempt
//! counters, the only part written before unlock. Everything but the counters is authenticated
//! by an HMAC keyed from the installation key, checked at every unlock.
//!
//! The file is mirrored: two copies, each written atomically.

use super::error::StoreError;
use super::ids::{InstallationId, StaffId};
use super::secret::{random_bytes, DeviceSecret, InstallationKey, Passphrase, WrapKey};
use super::session::Role;
use crate::fsutil::write_atomic;
use base64::engine::general_purpose::STANDARD as B64;
use base64::Engine as _;
use chacha20poly1305::aead::{Aead, KeyInit, Payload};
use chacha20poly1305::ChaCha20Poly1305;
use hmac::{Hmac, Mac};
use secrecy::ExposeSecret;
use serde::{Deserialize, Serialize};
use sha2::Sha256;
use std::collections::BTreeMap;
use std::io::Write;
use std::path::{Path, PathBuf};
use zeroize::Zeroizing;

/// The seal file format this version writes and reads. A newer one is refused.
pub const SEAL_FORMAT: u32 = 1;
/// The two mirrored copies inside a generation folder.
pub const SEAL_FILES: [&str; 2] = ["seal-1.json", "seal-2.json"];

/// argon2id parameters, stored beside each wrapped identity.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct KdfParams {
    /// Memory in KiB.
    pub m_kib: u32,
    pub t: u32,
    pub p: u32,
}

impl KdfParams {
    /// What every new passphrase is protected with: 64 MiB, 3 passes, 1 lane.
    pub const DEFAULT: KdfParams = KdfParams {
        m_kib: 64 * 1024,
        t: 3,
        p: 1,
    };
    /// Nothing weaker is ever written outside this crate's own unit tests.
    pub const MIN: KdfParams = KdfParams::DEFAULT;

    pub fn meets_minimum(&self) -> bool {
        self.m_kib >= Self::MIN.m_kib && self.t >= Self::MIN.t && self.p >= 1
    }

    /// Small parameters so unit tests stay fast; not reachable from outside the crate.
    #[cfg(test)]
    pub(crate) const TESTING: KdfParams = KdfParams {
        m_kib: 256,
        t: 1,
        p: 1,
    };
}

/// The passphrase-protected identity of one staff member.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct Slot {
    /// The public half (`age1…`): sealing to it needs no passphrase.
    pub recipient: String,
    pub kdf: KdfParams,
    pub salt: String,
    pub nonce: String,
    /// ChaCha20-Poly1305 of the identity string, keyed by the derived key.
    pub wrapped: String,
    /// Whether the wrapping key also needs this computer's keyring secret.
    #[serde(default)]
    pub device_bound: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum StaffStatus {
    Active,
    Disabled,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct StaffEntry {
    pub id: StaffId,
    pub display_name: String,
    pub role: Role,
    pub status: StaffStatus,
    /// `None` once disabled: a disabled person has no identity any more.
    pub slot: Option<Slot>,
    /// The passphrase was typed by a coordinator (a new account, or a reset): the person must
    /// choose their own before doing anything else. Left out of the JSON while false, so a
    /// body written before this field existed serialises to the same bytes and its MAC and
    /// checksum still verify.
    #[serde(default, skip_serializing_if = "is_false")]
    pub must_change_passphrase: bool,
}

fn is_false(b: &bool) -> bool {
    !*b
}

/// Head of the audit journal: its last sequence number and hash.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct Anchor {
    pub seq: u64,
    pub hash: String,
}

/// The authenticated part of the seal file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct SealBody {
    pub format: u32,
    pub installation: InstallationId,
    pub generation: u64,
    /// Grows with every authenticated rewrite inside one generation; the newest copy wins.
    pub revision: u64,
    pub staff: Vec<StaffEntry>,
    pub recovery_recipient: String,
    /// The installation key as an age file (base64) to every current recipient.
    pub sealed_key: String,
    pub journal: Anchor,
}

/// Failed attempts of one staff member, persisted so a restart does not reset them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct Attempts {
    pub failures: u32,
    /// Unix seconds of the last failure.
    pub last_failure: i64,
}

impl Attempts {
    /// Free attempts before a delay applies.
    pub const FREE: u32 = 5;
    pub const MAX_DELAY_SECS: u64 = 3600;

    /// The delay that applies after `failures` failures: none for the first five, then 30 s,
    /// doubling with each failure, at most an hour.
    pub fn delay_secs(failures: u32) -> u64 {
        if failures < Self::FREE {
            return 0;
        }
        let exp = (failures - Self::FREE).min(16);
        (30u64 << exp).min(Self::MAX_DELAY_SECS)
    }

    /// Seconds left before the next attempt is allowed at `now` (unix seconds).
    pub fn remaining_secs(&self, now: i64) -> u64 {
        let delay = Self::delay_secs(self.failures);
        if delay == 0 {
            return 0;
        }
        // A clock set back never lengthens the wait beyond one full delay.
        let elapsed = now.saturating_sub(self.last_failure).max(0) as u64;
        delay.saturating_sub(elapsed)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct SealFile {
    pub body: SealBody,
    /// SHA-256 of the body's JSON and the MAC (hex): catches accidental damage (a bad sector, a truncated
    /// copy) before unlock, so a damaged copy is never mistaken for a wrong passphrase. Deliberate
    /// edits are caught by `mac` at unlock.
    pub checksum: String,
    /// HMAC-SHA256 of the body's JSON, keyed from the installation key (hex).
    pub mac: String,
    #[serde(default)]
    pub attempts: BTreeMap<StaffId, Attempts>,
}

/// What reading one copy gave.
#[derive(Debug, Clone)]
pub(crate) enum CopyState {
    Good(Box<SealFile>),
    Missing,
    Damaged,
    TooNew(u64),
}

/// Both copies of a generation's seal file.
#[derive(Debug, Clone)]
pub(crate) struct Copies {
    pub dir: PathBuf,
    pub states: [CopyState; 2],
}

fn read_copy(path: &Path) -> CopyState {
    let bytes = match std::fs::read(path) {
        Ok(b) => b,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return CopyState::Missing,
        Err(_) => return CopyState::Damaged,
    };
    // The format number is looked at first, so a newer file is refused, not called damaged.
    if let Ok(v) = serde_json::from_slice::<serde_json::Value>(&bytes) {
        if let Some(f) = v.pointer("/body/format").and_then(|f| f.as_u64()) {
            if f > u64::from(SEAL_FORMAT) {
                return CopyState::TooNew(f);
            }
        }
    }
    match serde_json::from_slice::<SealFile>(&bytes) {
        Ok(s)
            if s.body.format == SEAL_FORMAT
                && body_checksum(&s.body, &s.mac).ok() == Some(s.checksum.clone()) =>
        {
            CopyState::Good(Box::new(s))
        }
        _ => CopyState::Damaged,
    }
}

impl Copies {
    pub fn read(dir: &Path) -> Self {
        Self {
            dir: dir.to_owned(),
            states: SEAL_FILES.map(|n| read_copy(&dir.join(n))),
        }
    }

    /// Good copies, newest revision first.
    pub fn good(&self) -> Vec<(usize, &SealFile)> {
        let mut v: Vec<(usize, &SealFile)> = self
            .states
            .iter()
            .enumerate()
            .filter_map(|(i, s)| match s {
                CopyState::Good(f) => Some((i, f.as_ref())),
                _ => None,
            })
            .collect();
        v.sort_by_key(|x| std::cmp::Reverse(x.1.body.revision));
        v
    }

    /// The copy to show before unlock, or why there is none.
    pub fn best(&self) -> Result<&SealFile, StoreError> {
        if let Some((_, f)) = self.good().first() {
            return Ok(f);
        }
        for s in &self.states {
            if let CopyState::TooNew(f) = s {
                return Err(StoreError::TooNew {
                    found: *f,
                    known: u64::from(SEAL_FORMAT),
                });
            }
        }
        if self.states.iter().all(|s| matches!(s, CopyState::Missing)) {
            return Err(StoreError::NotFound);
        }
        Err(StoreError::SealDamaged)
    }

    pub fn any_damaged(&self) -> bool {
        self.states
            .iter()
            .any(|s| matches!(s, CopyState::Damaged | CopyState::Missing))
    }

    /// Rewrites only the attempt counters, in every good copy, leaving the rest byte-identical
    /// in content. This is the one write allowed before unlock.
    pub fn write_attempts(&mut self, staff: StaffId, attempts: Attempts) -> Result<(), StoreError> {
        for (i, st) in self.states.iter_mut().enumerate() {
            if let CopyState::Good(f) = st {
                if attempts == Attempts::default() {
                    f.attempts.remove(&staff);
                } else {
                    f.attempts.insert(staff, attempts);
                }
                write_file(&self.dir.join(SEAL_FILES[i]), f)?;
            }
        }
        Ok(())
    }
}

fn write_file(path: &Path, f: &SealFile) -> Result<(), StoreError> {
    let bytes = serde_json::to_vec_pretty(f).map_err(|e| StoreError::Internal(e.to_string()))?;
    write_atomic(path, &bytes)?;
    Ok(())
}

/// Writes both copies, one after the other, each atomically.
pub(crate) fn write_both(dir: &Path, f: &SealFile) -> Result<(), StoreError> {
    for n in SEAL_FILES {
        write_file(&dir.join(n), f)?;
    }
    Ok(())
}

type HmacSha256 = Hmac<Sha256>;

/// SHA-256 over the body's JSON and the MAC: everything but the attempt counters.
fn body_checksum(body: &SealBody, mac: &str) -> Result<String, StoreError> {
    use sha2::Digest;
    let json = serde_json::to_vec(body).map_err(|e| StoreError::Internal(e.to_string()))?;
    let mut h = Sha256::new();
    h.update(json);
    h.update(b"\n");
    h.update(mac.as_bytes());
    Ok(hex::encode(h.finalize()))
}

fn mac_key(key: &InstallationKey) -> Zeroizing<Vec<u8>> {
    let mut m = <HmacSha256 as Mac>::new_from_slice(key.expose()).expect("any key length");
    m.update(b"passerelle/seal-mac/v1");
    Zeroizing::new(m.finalize().into_bytes().to_vec())
}

fn body_mac(key: &InstallationKey, body: &SealBody) -> Result<Vec<u8>, StoreError> {
    let json = serde_json::to_vec(body).map_err(|e| StoreError::Internal(e.to_string()))?;
    let mk = mac_key(key);
    let mut m = <HmacSha256 as Mac>::new_from_slice(&mk).expect("any key length");
    m.update(&json);
    Ok(m.finalize().into_bytes().to_vec())
}

impl SealFile {
    pub fn new_signed(
        key: &InstallationKey,
        body: SealBody,
        attempts: BTreeMap<StaffId, Attempts>,
    ) -> Result<Self, StoreError> {
        let mac = hex::encode(body_mac(key, &body)?);
        let checksum = body_checksum(&body, &mac)?;
        Ok(Self {
            body,
            checksum,
            mac,
            attempts,
        })
    }

    /// Whether the body was written by someone holding `key`.
    pub fn verify(&self, key: &InstallationKey) -> bool {
        let Ok(expected) = hex::decode(&self.mac) else {
            return false;
        };
        let Ok(json) = serde_json::to_vec(&self.body) else {
            return false;
        };
        let mk = mac_key(key);
        let mut m = <HmacSha256 as Mac>::new_from_slice(&mk).expect("any key length");
        m.update(&json);
        m.verify_slice(&expected).is_ok()
    }
}

/// argon2id of the passphrase, combined with the device secret when the slot is bound.
pub(crate) fn derive(
    passphrase: &Passphrase,
    salt: &[u8],
    kdf: KdfParams,
    device: Option<&DeviceSecret>,
) -> Result<WrapKey, StoreError> {
    let params = argon2::Params::new(kdf.m_kib, kdf.t, kdf.p, Some(32))
        .map_err(|e| StoreError::Internal(format!("argon2 parameters: {e}")))?;
    let a = argon2::Argon2::new(argon2::Algorithm::Argon2id, argon2::Version::V0x13, params);
    let mut out = Zeroizing::new([0u8; 32]);
    a.hash_password_into(passphrase.expose().as_bytes(), salt, out.as_mut())
        .map_err(|e| StoreError::Internal(format!("argon2: {e}")))?;
    if let Some(d) = device {
        let mut m = <HmacSha256 as Mac>::new_from_slice(out.as_ref()).expect("any key length");
        m.update(b"passerelle/device-binding/v1");
        m.update(d.expose());
        out.copy_from_slice(&m.finalize().into_bytes());
    }
    Ok(WrapKey(out))
}

fn aad(staff: StaffId, recipient: &str) -> Vec<u8> {
    let mut v = b"passerelle/identity/v1/".to_vec();
    v.extend_from_slice(staff.as_uuid().as_bytes());
    v.extend_from_slice(recipient.as_bytes());
    v
}

/// Encrypts an identity under a passphrase (and device secret): a new slot.
pub(crate) fn wrap_identity(
    identity: &age::x25519::Identity,
    staff: StaffId,
    passphrase: &Passphrase,
    kdf: KdfParams,
    device: Option<&DeviceSecret>,
) -> Result<Slot, StoreError> {
    let salt = random_bytes::<16>();
    let nonce = random_bytes::<12>();
    let wk = derive(passphrase, salt.as_slice(), kdf, device)?;
    let recipient = identity.to_public().to_string();
    let secret = identity.to_string();
    let cipher = ChaCha20Poly1305::new(chacha20poly1305::Key::from_slice(wk.0.as_slice()));
    let wrapped = cipher
        .encrypt(
            chacha20poly1305::Nonce::from_slice(nonce.as_slice()),
            Payload {
                msg: secret.expose_secret().as_bytes(),
                aad: &aad(staff, &recipient),
            },
        )
        .map_err(|_| StoreError::Internal("identity encryption failed".into()))?;
    Ok(Slot {
        recipient,
        kdf,
        salt: B64.encode(salt.as_slice()),
        nonce: B64.encode(nonce.as_slice()),
        wrapped: B64.encode(wrapped),
        device_bound: device.is_some(),
    })
}

/// Opens a slot with an already derived key. A wrong key is a wrong passphrase.
pub(crate) fn unwrap_identity(
    slot: &Slot,
    staff: StaffId,
    wk: &WrapKey,
) -> Result<age::x25519::Identity, StoreError> {
    let bad = || StoreError::SealDamaged;
    let nonce = B64.decode(&slot.nonce).map_err(|_| bad())?;
    let wrapped = B64.decode(&slot.wrapped).map_err(|_| bad())?;
    if nonce.len() != 12 {
        return Err(bad());
    }
    let cipher = ChaCha20Poly1305::new(chacha20poly1305::Key::from_slice(wk.0.as_slice()));
    let plain = Zeroizing::new(
        cipher
            .decrypt(
                chacha20poly1305::Nonce::from_slice(&nonce),
                Payload {
                    msg: &wrapped,
                    aad: &aad(staff, &slot.recipient),
                },
            )
            .map_err(|_| StoreError::WrongPassphrase)?,
    );
    let s = std::str::from_utf8(&plain).map_err(|_| bad())?;
    s.parse().map_err(|_| bad())
}

pub(crate) fn salt_of(slot: &Slot) -> Result<Vec<u8>, StoreError> {
    B64.decode(&slot.salt).map_err(|_| StoreError::SealDamaged)
}

/// Seals the installation key as one age file to every recipient.
pub(crate) fn seal_key(
    key: &InstallationKey,
    recipients: &[age::x25519::Recipient],
) -> Result<String, StoreError> {
    let enc = age::Encryptor::with_recipients(recipients.iter().map(|r| r as &dyn age::Recipient))
        .map_err(|e| StoreError::Internal(format!("age: {e}")))?;
    let mut out = Vec::new();
    let mut w = enc
        .wrap_output(&mut out)
        .map_err(|e| StoreError::Internal(format!("age: {e}")))?;
    w.write_all(key.expose())
        .and_then(|_| w.finish().map(|_| ()))
        .map_err(|e| StoreError::Internal(format!("age: {e}")))?;
    Ok(B64.encode(out))
}

/// Opens the sealed installation key with one identity; `None` when it is not a recipient.
pub(crate) fn open_key(
    sealed: &str,
    identity: &age::x25519::Identity,
) -> Result<Option<InstallationKey>, StoreError> {
    let bytes = B64.decode(sealed).map_err(|_| StoreError::SealDamaged)?;
    match age::decrypt(identity, &bytes) {
        Ok(plain) => {
            let plain = Zeroizing::new(plain);
            InstallationKey::from_slice(&plain)
                .map(Some)
                .ok_or(StoreError::SealDamaged)
        }
        Err(age::DecryptError::NoMatchingKeys) => Ok(None),
        Err(_) => Err(StoreError::SealDamaged),
    }
}

/// Every recipient the body says the key must be sealed to.
pub(crate) fn recipients_of(body: &SealBody) -> Result<Vec<age::x25519::Recipient>, StoreError> {
    let mut v = Vec::new();
    for s in &body.staff {
        if let (StaffStatus::Active, Some(slot)) = (s.status, &s.slot) {
            v.push(
                slot.recipient
                    .parse()
                    .map_err(|_| StoreError::SealDamaged)?,
            );
        }
    }
    v.push(
        body.recovery_recipient
            .parse()
            .map_err(|_| StoreError::SealDamaged)?,
    );
    Ok(v)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn delay_grows_after_five_failures_and_is_capped() {
        assert_eq!(Attempts::delay_secs(4), 0);
        assert_eq!(Attempts::delay_secs(5), 30);
        assert_eq!(Attempts::delay_secs(6), 60);
        assert_eq!(Attempts::delay_secs(40), Attempts::MAX_DELAY_SECS);
        let a = Attempts {
            failures: 6,
            last_failure: 1000,
        };
        assert_eq!(a.remaining_secs(1010), 50);
        assert_eq!(a.remaining_secs(2000), 0);
        // Clock set back: at most one full delay.
        assert_eq!(a.remaining_secs(0), 60);
    }

    #[test]
    fn a_staff_entry_written_before_the_must_change_flag_keeps_its_bytes() {
        // The MAC and the checksum are computed over the re-serialised body: an older entry
        // must come back out byte for byte.
        let old = r#"{"id":"0192f0c4-8c3a-7c4e-9a51-3b8f0d2e6a10","display_name":"Camille","role":"coordinator","status":"active","slot":null}"#;
        let e: StaffEntry = serde_json::from_str(old).unwrap();
        assert!(!e.must_change_passphrase);
        assert_eq!(serde_json::to_string(&e).unwrap(), old);
        let flagged = StaffEntry {
            must_change_passphrase: true,
            ..e
        };
        let json = serde_json::to_string(&flagged).unwrap();
        assert!(
            json.ends_with(r#""must_change_passphrase":true}"#),
            "{json}"
        );
        assert_eq!(serde_json::from_str::<StaffEntry>(&json).unwrap(), flagged);
    }

    #[test]
    fn default_kdf_meets_the_design_minimum() {
        let d = KdfParams::DEFAULT;
        assert!(d.m_kib >= 64 * 1024 && d.t >= 3 && d.p == 1);
        assert!(!KdfParams::TESTING.meets_minimum());
    }

    #[test]
    fn identity_round_trips_only_with_the_right_passphrase_and_device() {
        let id = age::x25519::Identity::generate();
        let staff = StaffId::new();
        let p = Passphrase::new("une phrase assez longue".into());
        let dev = DeviceSecret::generate();
        let slot = wrap_identity(&id, staff, &p, KdfParams::TESTING, Some(&dev)).unwrap();
        let salt = salt_of(&slot).unwrap();
        let good = derive(&p, &salt, slot.kdf, Some(&dev)).unwrap();
        let back = unwrap_identity(&slot, staff, &good).unwrap();
        assert_eq!(back.to_public().to_string(), slot.recipient);
        let no_device = derive(&p, &salt, slot.kdf, None).unwrap();
        assert!(matches!(
            unwrap_identity(&slot, staff, &no_device),
            Err(StoreError::WrongPassphrase)
        ));
        let wrong = derive(
            &Passphrase::new("une autre phrase".into()),
            &salt,
            slot.kdf,
            Some(&dev),
        )
        .unwrap();
        assert!(matches!(
            unwrap_identity(&slot, staff, &wrong),
            Err(StoreError::WrongPassphrase)
        ));
        // The slot is bound to its staff id.
        assert!(unwrap_identity(&slot, StaffId::new(), &good).is_err());
    }
}
