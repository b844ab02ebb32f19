//! Secret values: the installation key, passphrases, the recovery key, derived wrapping keys.
//!
//! None of these types derives `Clone`, `Debug` or `Serialize`. Their `Debug` prints
//! `[redacted]`, their memory is zeroed on drop (`secrecy`/`zeroize`), and the only way to the
//! bytes is an explicit `expose_*` call. Locking a [`super::Session`] drops every one of them.

use secrecy::{ExposeSecret, SecretBox, SecretString};
use std::fmt;
use zeroize::Zeroizing;

macro_rules! redacted_debug {
    ($t:ty) => {
        impl fmt::Debug for $t {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(concat!(stringify!($t), "([redacted])"))
            }
        }
    };
}

/// Fills a buffer from the operating system's random source.
pub(crate) fn random_bytes<const N: usize>() -> Zeroizing<[u8; N]> {
    let mut b = Zeroizing::new([0u8; N]);
    getrandom::getrandom(b.as_mut()).expect("the operating system's random source is unavailable");
    b
}

/// The 32-byte key SQLCipher encrypts the store with. Random, never derived from a passphrase.
pub struct InstallationKey(SecretBox<[u8; 32]>);
redacted_debug!(InstallationKey);

impl InstallationKey {
    pub(crate) fn generate() -> Self {
        let b = random_bytes::<32>();
        Self(SecretBox::new(Box::new(*b)))
    }

    pub(crate) fn from_slice(bytes: &[u8]) -> Option<Self> {
        let arr: [u8; 32] = bytes.try_into().ok()?;
        let k = Self(SecretBox::new(Box::new(arr)));
        let mut arr = arr;
        zeroize::Zeroize::zeroize(&mut arr);
        Some(k)
    }

    pub(crate) fn expose(&self) -> &[u8; 32] {
        self.0.expose_secret()
    }

    /// The SQLCipher `PRAGMA key` statement for this raw key, in zeroed-on-drop memory.
    pub(crate) fn pragma(&self, schema: Option<&str>) -> Zeroizing<String> {
        let hex = Zeroizing::new(hex::encode(self.expose()));
        Zeroizing::new(match schema {
            Some(s) => format!("PRAGMA {s}.key = \"x'{}'\";", hex.as_str()),
            None => format!("PRAGMA key = \"x'{}'\";", hex.as_str()),
        })
    }

    /// The `KEY` clause of `ATTACH DATABASE … KEY …` for this raw key.
    pub(crate) fn attach_clause(&self) -> Zeroizing<String> {
        let hex = Zeroizing::new(hex::encode(self.expose()));
        Zeroizing::new(format!("\"x'{}'\"", hex.as_str()))
    }
}

/// A staff member's passphrase, as typed.
pub struct Passphrase(SecretString);
redacted_debug!(Passphrase);

impl Passphrase {
    /// Fewer characters than this are refused when a passphrase is chosen.
    pub const MIN_CHARS: usize = 10;

    pub fn new(s: String) -> Self {
        Self(SecretString::from(s))
    }

    pub fn expose(&self) -> &str {
        self.0.expose_secret()
    }

    pub(crate) fn is_long_enough(&self) -> bool {
        self.expose().chars().count() >= Self::MIN_CHARS
    }
}

impl From<String> for Passphrase {
    fn from(s: String) -> Self {
        Self::new(s)
    }
}

/// The recovery key: an age X25519 identity (`AGE-SECRET-KEY-1…`) printed once on the recovery
/// sheet. It opens the store on its own, so it is shown exactly once and never stored.
pub struct RecoveryKey(SecretString);
redacted_debug!(RecoveryKey);

impl RecoveryKey {
    /// Wraps a key as typed or scanned: spaces, dashes and line breaks are ignored, case too.
    pub fn parse(s: &str) -> Self {
        let cleaned: Zeroizing<String> = Zeroizing::new(
            s.chars()
                .filter(|c| !c.is_whitespace() && *c != '-')
                .flat_map(char::to_uppercase)
                .collect(),
        );
        // The dashes of the prefix were dropped with any the person typed: put them back.
        let full = match cleaned.strip_prefix("AGESECRETKEY1") {
            Some(rest) => Zeroizing::new(format!("AGE-SECRET-KEY-1{rest}")),
            None => cleaned,
        };
        Self(SecretString::from(full.as_str().to_owned()))
    }

    pub(crate) fn from_identity(id: &age::x25519::Identity) -> Self {
        Self(id.to_string())
    }

    /// The key as one string, to print on the recovery sheet (and nowhere else).
    pub fn expose_for_printing(&self) -> &str {
        self.0.expose_secret()
    }

    /// The key with its data in groups of eight characters, easier to copy by hand from paper:
    /// `AGE-SECRET-KEY-1 XXXXXXXX XXXXXXXX …`.
    pub fn grouped_for_printing(&self) -> Zeroizing<String> {
        let s = self.expose_for_printing();
        let (prefix, rest) = s.split_at(s.find('1').map(|i| i + 1).unwrap_or(0));
        let mut out = String::with_capacity(s.len() + s.len() / 8 + 1);
        out.push_str(prefix);
        for (i, c) in rest.chars().enumerate() {
            if i % 8 == 0 {
                out.push(' ');
            }
            out.push(c);
        }
        Zeroizing::new(out.trim_start().to_owned())
    }

    pub(crate) fn identity(&self) -> Option<age::x25519::Identity> {
        self.0.expose_secret().parse().ok()
    }
}

/// A key derived from a passphrase (and a device secret when bound), used once to open a
/// staff member's wrapped identity.
pub(crate) struct WrapKey(pub(crate) Zeroizing<[u8; 32]>);
redacted_debug!(WrapKey);

/// A secret kept in the OS keyring for the "bind to this computer" option.
pub struct DeviceSecret(SecretBox<[u8; 32]>);
redacted_debug!(DeviceSecret);

impl DeviceSecret {
    pub(crate) fn generate() -> Self {
        let b = random_bytes::<32>();
        Self(SecretBox::new(Box::new(*b)))
    }

    pub fn from_slice(bytes: &[u8]) -> Option<Self> {
        let arr: [u8; 32] = bytes.try_into().ok()?;
        Some(Self(SecretBox::new(Box::new(arr))))
    }

    pub fn expose(&self) -> &[u8; 32] {
        self.0.expose_secret()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn debug_never_prints_the_secret() {
        let p = Passphrase::new("correct horse battery".into());
        let k = InstallationKey::generate();
        let shown = format!("{p:?} {k:?}");
        assert!(!shown.contains("horse"), "{shown}");
        assert!(!shown.contains(&hex::encode(k.expose())), "{shown}");
        assert!(shown.contains("[redacted]"));
    }

    #[test]
    fn recovery_key_parsing_ignores_grouping_and_case() {
        let id = age::x25519::Identity::generate();
        let k = RecoveryKey::from_identity(&id);
        let typed = k.grouped_for_printing().to_lowercase();
        let back = RecoveryKey::parse(&typed);
        assert_eq!(back.expose_for_printing(), k.expose_for_printing());
        assert!(back.identity().is_some());
    }
}
