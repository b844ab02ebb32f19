//! "Bind to this computer": a secret kept in the OS keyring, *combined* with a staff member's
//! passphrase to open their identity. It is never a key slot on its own: without the passphrase
//! it opens nothing (on a shared OS account with automatic login that would be no encryption).
//!
//! The keyring sits behind [`DeviceSecretStore`] so tests use [`MemoryDeviceStore`]. An
//! unavailable keyring is reported as such, never replaced by a mock.

use super::secret::DeviceSecret;
use std::collections::HashMap;
use std::sync::Mutex;

/// The keyring service name under which Passerelle keeps its secrets.
pub const SERVICE: &str = "passerelle";

#[derive(Debug, thiserror::Error)]
pub enum DeviceError {
    #[error("keyring unavailable: {0}")]
    Unavailable(String),
}

/// Where device secrets live: the OS keyring in the app, memory in tests.
pub trait DeviceSecretStore {
    /// The secret stored under `account`, or `None` when there is none on this computer.
    fn get(&self, account: &str) -> Result<Option<DeviceSecret>, DeviceError>;
    fn set(&self, account: &str, secret: &DeviceSecret) -> Result<(), DeviceError>;
    /// Deleting an absent secret is not an error.
    fn delete(&self, account: &str) -> Result<(), DeviceError>;
}

/// A device store that is never available: what the CLI and tests pass when no binding is
/// wanted. Asking it for a secret reports the keyring as unavailable.
#[derive(Debug, Default)]
pub struct NoDeviceStore;

impl DeviceSecretStore for NoDeviceStore {
    fn get(&self, _: &str) -> Result<Option<DeviceSecret>, DeviceError> {
        Err(DeviceError::Unavailable("no keyring configured".into()))
    }
    fn set(&self, _: &str, _: &DeviceSecret) -> Result<(), DeviceError> {
        Err(DeviceError::Unavailable("no keyring configured".into()))
    }
    fn delete(&self, _: &str) -> Result<(), DeviceError> {
        Err(DeviceError::Unavailable("no keyring configured".into()))
    }
}

/// An in-memory fake for tests. `unavailable` simulates a keyring that cannot be reached.
#[derive(Default)]
pub struct MemoryDeviceStore {
    secrets: Mutex<HashMap<String, zeroize::Zeroizing<Vec<u8>>>>,
    pub unavailable: std::sync::atomic::AtomicBool,
}

impl std::fmt::Debug for MemoryDeviceStore {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("MemoryDeviceStore([redacted])")
    }
}

impl MemoryDeviceStore {
    fn check(&self) -> Result<(), DeviceError> {
        if self.unavailable.load(std::sync::atomic::Ordering::SeqCst) {
            Err(DeviceError::Unavailable("simulated".into()))
        } else {
            Ok(())
        }
    }
}

impl DeviceSecretStore for MemoryDeviceStore {
    fn get(&self, account: &str) -> Result<Option<DeviceSecret>, DeviceError> {
        self.check()?;
        let m = self.secrets.lock().expect("device store lock");
        Ok(m.get(account).and_then(|v| DeviceSecret::from_slice(v)))
    }
    fn set(&self, account: &str, secret: &DeviceSecret) -> Result<(), DeviceError> {
        self.check()?;
        let mut m = self.secrets.lock().expect("device store lock");
        m.insert(
            account.to_owned(),
            zeroize::Zeroizing::new(secret.expose().to_vec()),
        );
        Ok(())
    }
    fn delete(&self, account: &str) -> Result<(), DeviceError> {
        self.check()?;
        self.secrets
            .lock()
            .expect("device store lock")
            .remove(account);
        Ok(())
    }
}

/// The real OS keyring (`keyring` 4: Secret Service on Linux, Keychain, Credential Manager).
#[cfg(feature = "os-keyring")]
#[derive(Debug, Default)]
pub struct OsKeyring;

#[cfg(feature = "os-keyring")]
impl OsKeyring {
    /// Whether the platform's credential store could be reached at all.
    pub fn status() -> Result<(), DeviceError> {
        keyring::Entry::store_status()
            .as_ref()
            .map(|_| ())
            .map_err(|e| DeviceError::Unavailable(e.to_string()))
    }

    fn entry(account: &str) -> Result<keyring::Entry, DeviceError> {
        keyring::Entry::new(SERVICE, account).map_err(|e| DeviceError::Unavailable(e.to_string()))
    }
}

#[cfg(feature = "os-keyring")]
impl DeviceSecretStore for OsKeyring {
    fn get(&self, account: &str) -> Result<Option<DeviceSecret>, DeviceError> {
        match Self::entry(account)?.get_secret() {
            Ok(v) => {
                let v = zeroize::Zeroizing::new(v);
                Ok(DeviceSecret::from_slice(&v))
            }
            Err(keyring::Error::NoEntry) => Ok(None),
            Err(e) => Err(DeviceError::Unavailable(e.to_string())),
        }
    }
    fn set(&self, account: &str, secret: &DeviceSecret) -> Result<(), DeviceError> {
        Self::entry(account)?
            .set_secret(secret.expose())
            .map_err(|e| DeviceError::Unavailable(e.to_string()))
    }
    fn delete(&self, account: &str) -> Result<(), DeviceError> {
        match Self::entry(account)?.delete_credential() {
            Ok(()) | Err(keyring::Error::NoEntry) => Ok(()),
            Err(e) => Err(DeviceError::Unavailable(e.to_string())),
        }
    }
}
