//! Whether this computer's keyring can hold a device secret. Asked once at start by writing,
//! reading back and deleting a throwaway secret: a desktop without a running Secret Service
//! (a kiosk session, a headless machine) answers "unavailable", and the screens then hide the
//! "bind to this computer" option and say why, instead of offering something that fails.

use passerelle_api::store::KeyringState;
use passerelle_core::store::device::{DeviceError, DeviceSecretStore, OsKeyring};
use passerelle_core::store::secret::DeviceSecret;

pub fn probe() -> KeyringState {
    match round_trip() {
        Ok(()) => KeyringState {
            available: true,
            reason: None,
        },
        Err(DeviceError::Unavailable(m)) => KeyringState {
            available: false,
            reason: Some(m),
        },
    }
}

fn round_trip() -> Result<(), DeviceError> {
    OsKeyring::status()?;
    let k = OsKeyring;
    let account = format!("probe-{}", std::process::id());
    // A fixed pattern: this throwaway entry protects nothing and is deleted at once.
    let secret = DeviceSecret::from_slice(&[0x5a; 32]).expect("32 bytes");
    k.set(&account, &secret)?;
    let back = k.get(&account)?;
    k.delete(&account)?;
    if back.map(|b| *b.expose()) == Some(*secret.expose()) {
        Ok(())
    } else {
        Err(DeviceError::Unavailable(
            "the keyring did not keep a test secret".into(),
        ))
    }
}
