//! A beneficiary's own key for **private** vault documents.
//!
//! Private documents are age files encrypted to an X25519 identity that belongs to one person.
//! The identity's secret half is stored in the (encrypted) database, but wrapped: the wrapping
//! key is argon2id of a high-entropy **card secret** the person keeps on a printed card (QR code
//! and text) *and* their PIN. Whoever holds the installation key (every staff slot, the recovery
//! sheet) reads the wrapped bytes but cannot open them: a PIN alone would fall to offline
//! guessing in minutes, the 128-bit card secret does not. Staff cannot open private documents;
//! a lost card loses them.
//!
//! The wrapped format is versioned and self-describing:
//!
//! ```text
//! "PSVK" | version (1 byte) | m_kib, t, p (u32 LE each) | salt (16) | nonce (12) | ciphertext
//! ```
//!
//! The ciphertext is ChaCha20-Poly1305 of the identity string (`AGE-SECRET-KEY-1…`), with
//! everything before it as associated data, so the parameters cannot be altered unnoticed.

use chacha20poly1305::aead::{Aead, KeyInit, Payload};
use chacha20poly1305::ChaCha20Poly1305;
use secrecy::{ExposeSecret, SecretBox};
use sha2::{Digest, Sha256};
use std::fmt;
use zeroize::Zeroizing;

/// Why a card, a PIN or a wrapped identity was refused. Each variant has a Fluent message
/// (`locales/*/vault_key.ftl`), see [`VaultKeyError::message_id`].
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum VaultKeyError {
    /// The card code has the wrong length or characters that are not on any card.
    #[error("the card code is incomplete or has characters that are not on a card")]
    CardMalformed,
    /// The card code has the right shape but its check characters do not match: a typo.
    #[error("the card code does not check out (a typing mistake)")]
    CardMistyped,
    /// A PIN must be 4 to 8 digits.
    #[error("a PIN is 4 to 8 digits")]
    PinFormat,
    /// 0000, 1234, 9876, 1212…
    #[error("this PIN is too easy to guess")]
    PinTooSimple,
    /// The card and the PIN do not open this identity (one of them, or both, is wrong).
    #[error("wrong card or wrong PIN")]
    WrongCardOrPin,
    /// The wrapped bytes are not a wrapped identity this version can read.
    #[error("the wrapped identity is damaged or of an unknown format")]
    Damaged,
    /// A fault of the program (argon2 refusing its own parameters), never the user's.
    #[error("internal error: {0}")]
    Internal(String),
}

impl VaultKeyError {
    /// The Fluent id of the message explaining this error to the user.
    pub fn message_id(&self) -> &'static str {
        match self {
            VaultKeyError::CardMalformed => "vault-key-card-malformed",
            VaultKeyError::CardMistyped => "vault-key-card-mistyped",
            VaultKeyError::PinFormat => "vault-key-pin-format",
            VaultKeyError::PinTooSimple => "vault-key-pin-too-simple",
            VaultKeyError::WrongCardOrPin => "vault-key-wrong-card-or-pin",
            VaultKeyError::Damaged => "vault-key-damaged",
            VaultKeyError::Internal(_) => "vault-key-internal",
        }
    }

    /// Every message id, for the locale completeness test.
    pub const MESSAGE_IDS: &'static [&'static str] = &[
        "vault-key-card-malformed",
        "vault-key-card-mistyped",
        "vault-key-pin-format",
        "vault-key-pin-too-simple",
        "vault-key-wrong-card-or-pin",
        "vault-key-damaged",
        "vault-key-internal",
    ];
}

/// Crockford's base32: no I, L, O or U, so nothing on the card is read as something else.
const ALPHABET: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";
/// Secret bytes on a card: 128 bits from the operating system's random source.
const SECRET_LEN: usize = 16;
/// Check bytes after the secret: a typo is caught (all but 1 in 4 billion) and told apart
/// from a wrong PIN, without a single argon2 run.
const CHECK_LEN: usize = 4;
/// Characters of the card code: (16 + 4) bytes × 8 / 5 bits.
const CODE_CHARS: usize = (SECRET_LEN + CHECK_LEN) * 8 / 5;
/// Characters per printed group.
pub const GROUP: usize = 4;

/// The high-entropy part of a beneficiary's key, printed on their card. Not `Clone`; zeroed on
/// drop; its `Debug` prints nothing of it.
pub struct CardSecret(SecretBox<[u8; SECRET_LEN]>);

impl fmt::Debug for CardSecret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("CardSecret([redacted])")
    }
}

fn check_bytes(secret: &[u8; SECRET_LEN]) -> [u8; CHECK_LEN] {
    let mut h = Sha256::new();
    h.update(b"passerelle/vault-card/check/v1");
    h.update(secret);
    let d = h.finalize();
    [d[0], d[1], d[2], d[3]]
}

impl CardSecret {
    /// A new card secret from the operating system's random source.
    pub fn generate() -> Self {
        let mut b = Box::new([0u8; SECRET_LEN]);
        getrandom::getrandom(b.as_mut())
            .expect("the operating system's random source is unavailable");
        Self(SecretBox::new(b))
    }

    /// Reads a card code as typed or scanned: spaces, dashes, line breaks and case are ignored,
    /// and O is read as 0, I and L as 1 (Crockford's base32).
    pub fn parse(text: &str) -> Result<Self, VaultKeyError> {
        let mut values = Zeroizing::new(Vec::with_capacity(CODE_CHARS));
        for c in text.chars() {
            if c.is_whitespace() || matches!(c, '-' | '‐' | '‑' | '–' | '—' | '.' | '_') {
                continue;
            }
            let c = match c.to_ascii_uppercase() {
                'O' => '0',
                'I' | 'L' => '1',
                c => c,
            };
            let v = ALPHABET
                .iter()
                .position(|&a| a as char == c)
                .ok_or(VaultKeyError::CardMalformed)?;
            values.push(v as u8);
        }
        if values.len() != CODE_CHARS {
            return Err(VaultKeyError::CardMalformed);
        }
        let mut bytes = Zeroizing::new([0u8; SECRET_LEN + CHECK_LEN]);
        let mut acc: u32 = 0;
        let mut bits = 0;
        let mut i = 0;
        for &v in values.iter() {
            acc = (acc << 5) | u32::from(v);
            bits += 5;
            if bits >= 8 {
                bits -= 8;
                bytes[i] = (acc >> bits) as u8;
                i += 1;
                acc &= (1 << bits) - 1;
            }
        }
        let mut secret = Box::new([0u8; SECRET_LEN]);
        secret.copy_from_slice(&bytes[..SECRET_LEN]);
        let card = Self(SecretBox::new(secret));
        if bytes[SECRET_LEN..] != check_bytes(card.expose())[..] {
            return Err(VaultKeyError::CardMistyped);
        }
        Ok(card)
    }

    /// The code printed on the card (and in its QR code): 32 characters in groups of four
    /// joined by dashes, `XXXX-XXXX-…`. The last seven characters carry the check bytes.
    pub fn to_text(&self) -> Zeroizing<String> {
        let mut bytes = Zeroizing::new([0u8; SECRET_LEN + CHECK_LEN]);
        bytes[..SECRET_LEN].copy_from_slice(self.expose());
        bytes[SECRET_LEN..].copy_from_slice(&check_bytes(self.expose()));
        let mut out = Zeroizing::new(String::with_capacity(CODE_CHARS + CODE_CHARS / GROUP));
        let mut acc: u32 = 0;
        let mut bits = 0;
        let mut n = 0;
        for &b in bytes.iter() {
            acc = (acc << 8) | u32::from(b);
            bits += 8;
            while bits >= 5 {
                bits -= 5;
                if n > 0 && n % GROUP == 0 {
                    out.push('-');
                }
                out.push(ALPHABET[((acc >> bits) & 31) as usize] as char);
                n += 1;
            }
            acc &= (1 << bits) - 1;
        }
        out
    }

    fn expose(&self) -> &[u8; SECRET_LEN] {
        self.0.expose_secret()
    }
}

/// A beneficiary identity as the vault stores it: the public half in clear (documents are
/// encrypted to it without any secret), the secret half wrapped by card + PIN.
#[derive(Clone, PartialEq, Eq)]
pub struct WrappedIdentity {
    /// The age recipient, `age1…`.
    pub recipient: String,
    /// The versioned wrapped secret; see the module documentation.
    pub wrapped: Vec<u8>,
}

impl fmt::Debug for WrappedIdentity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("WrappedIdentity")
            .field("recipient", &self.recipient)
            .field("wrapped", &format_args!("[{} bytes]", self.wrapped.len()))
            .finish()
    }
}

/// argon2id parameters, stored in each wrapped identity.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct CardKdf {
    pub m_kib: u32,
    pub t: u32,
    pub p: u32,
}

impl CardKdf {
    /// What every enrolment uses: 64 MiB, 3 passes, 1 lane (≈ 0.2 s on the reference PC).
    pub(crate) const DEFAULT: CardKdf = CardKdf {
        m_kib: 64 * 1024,
        t: 3,
        p: 1,
    };
    /// The cheapest argon2 allows, so tests can run ten thousand guesses in a blink. Never
    /// written outside this crate's own tests.
    #[cfg(test)]
    pub(crate) const TESTING: CardKdf = CardKdf {
        m_kib: 8,
        t: 1,
        p: 1,
    };
    /// Above these, a wrapped identity is refused as damaged rather than allowed to take the
    /// computer's memory or minutes of work.
    const MAX_M_KIB: u32 = 1024 * 1024;
    const MAX_T: u32 = 64;
    const MAX_P: u32 = 16;
}

const MAGIC: &[u8; 4] = b"PSVK";
const VERSION: u8 = 1;
const SALT_LEN: usize = 16;
const NONCE_LEN: usize = 12;
const HEADER_LEN: usize = MAGIC.len() + 1 + 12 + SALT_LEN + NONCE_LEN;

/// The wrapping key: argon2id over a domain label, the card secret and the PIN.
fn derive(
    card: &CardSecret,
    pin: &str,
    salt: &[u8],
    kdf: CardKdf,
) -> Result<Zeroizing<[u8; 32]>, VaultKeyError> {
    let params = argon2::Params::new(kdf.m_kib, kdf.t, kdf.p, Some(32))
        .map_err(|_| VaultKeyError::Damaged)?;
    let a = argon2::Argon2::new(argon2::Algorithm::Argon2id, argon2::Version::V0x13, params);
    let mut password = Zeroizing::new(Vec::with_capacity(64));
    password.extend_from_slice(b"passerelle/vault-card/v1\0");
    password.extend_from_slice(card.expose());
    password.extend_from_slice(pin.as_bytes());
    let mut out = Zeroizing::new([0u8; 32]);
    a.hash_password_into(&password, salt, out.as_mut())
        .map_err(|e| VaultKeyError::Internal(format!("argon2: {e}")))?;
    Ok(out)
}

/// Checks a PIN chosen at enrolment: 4 to 8 digits, not a repeated digit (0000), not a run
/// up or down (1234, 9876, 7890), not a repeated pair (1212, 252525).
pub fn check_pin(pin: &str) -> Result<(), VaultKeyError> {
    let d: Vec<u8> = pin.bytes().collect();
    if !(4..=8).contains(&d.len()) || !d.iter().all(u8::is_ascii_digit) {
        return Err(VaultKeyError::PinFormat);
    }
    let step = |a: u8, b: u8| (10 + b - a) % 10;
    let same_step = |s: u8| d.windows(2).all(|w| step(w[0], w[1]) == s);
    let repeated_pair = d.iter().enumerate().all(|(i, &c)| c == d[i % 2]);
    if same_step(0) || same_step(1) || same_step(9) || repeated_pair {
        return Err(VaultKeyError::PinTooSimple);
    }
    Ok(())
}

/// Creates a new beneficiary identity and wraps its secret half with the card and the PIN.
/// The PIN must pass [`check_pin`].
pub fn enrol(card: &CardSecret, pin: &str) -> Result<WrappedIdentity, VaultKeyError> {
    enrol_with(card, pin, CardKdf::DEFAULT)
}

/// [`enrol`] with cheap argon2 parameters, for tests of this crate only (the parameters travel
/// in the wrapped bytes, so [`unwrap`] opens these like any other).
#[cfg(test)]
pub(crate) fn enrol_for_tests(
    card: &CardSecret,
    pin: &str,
) -> Result<WrappedIdentity, VaultKeyError> {
    enrol_with(card, pin, CardKdf::TESTING)
}

fn enrol_with(
    card: &CardSecret,
    pin: &str,
    kdf: CardKdf,
) -> Result<WrappedIdentity, VaultKeyError> {
    check_pin(pin)?;
    let identity = age::x25519::Identity::generate();
    let recipient = identity.to_public().to_string();
    let mut header = Vec::with_capacity(HEADER_LEN);
    header.extend_from_slice(MAGIC);
    header.push(VERSION);
    for v in [kdf.m_kib, kdf.t, kdf.p] {
        header.extend_from_slice(&v.to_le_bytes());
    }
    let mut salt = [0u8; SALT_LEN];
    let mut nonce = [0u8; NONCE_LEN];
    getrandom::getrandom(&mut salt).map_err(|e| VaultKeyError::Internal(e.to_string()))?;
    getrandom::getrandom(&mut nonce).map_err(|e| VaultKeyError::Internal(e.to_string()))?;
    header.extend_from_slice(&salt);
    header.extend_from_slice(&nonce);
    let key = derive(card, pin, &salt, kdf)?;
    let cipher = ChaCha20Poly1305::new(chacha20poly1305::Key::from_slice(key.as_slice()));
    let secret = identity.to_string();
    let sealed = cipher
        .encrypt(
            chacha20poly1305::Nonce::from_slice(&nonce),
            Payload {
                msg: secret.expose_secret().as_bytes(),
                aad: &header,
            },
        )
        .map_err(|_| VaultKeyError::Internal("identity encryption failed".into()))?;
    let mut wrapped = header;
    wrapped.extend_from_slice(&sealed);
    Ok(WrappedIdentity { recipient, wrapped })
}

/// Opens a wrapped identity with the card and the PIN. A wrong card or a wrong PIN (the two
/// cannot be told apart) is [`VaultKeyError::WrongCardOrPin`]; bytes that are not a wrapped
/// identity are [`VaultKeyError::Damaged`]. Costs one argon2id run (≈ 0.2 s): rate-limit the
/// attempts in the caller.
pub fn unwrap(
    wrapped: &[u8],
    card: &CardSecret,
    pin: &str,
) -> Result<age::x25519::Identity, VaultKeyError> {
    let damaged = VaultKeyError::Damaged;
    if wrapped.len() <= HEADER_LEN + 16 || &wrapped[..4] != MAGIC || wrapped[4] != VERSION {
        return Err(damaged);
    }
    let u32_at = |i: usize| u32::from_le_bytes(wrapped[i..i + 4].try_into().expect("4 bytes"));
    let kdf = CardKdf {
        m_kib: u32_at(5),
        t: u32_at(9),
        p: u32_at(13),
    };
    if kdf.m_kib > CardKdf::MAX_M_KIB || kdf.t > CardKdf::MAX_T || kdf.p > CardKdf::MAX_P {
        return Err(damaged);
    }
    let salt = &wrapped[17..17 + SALT_LEN];
    let nonce = &wrapped[17 + SALT_LEN..HEADER_LEN];
    let (header, sealed) = wrapped.split_at(HEADER_LEN);
    let key = derive(card, pin, salt, kdf)?;
    let cipher = ChaCha20Poly1305::new(chacha20poly1305::Key::from_slice(key.as_slice()));
    let plain = Zeroizing::new(
        cipher
            .decrypt(
                chacha20poly1305::Nonce::from_slice(nonce),
                Payload {
                    msg: sealed,
                    aad: header,
                },
            )
            .map_err(|_| VaultKeyError::WrongCardOrPin)?,
    );
    let s = std::str::from_utf8(&plain).map_err(|_| VaultKeyError::Damaged)?;
    s.parse().map_err(|_| VaultKeyError::Damaged)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    trait ErrOf {
        fn err_of(self) -> VaultKeyError;
    }

    impl ErrOf for Result<age::x25519::Identity, VaultKeyError> {
        fn err_of(self) -> VaultKeyError {
            match self {
                Ok(_) => panic!("the identity opened"),
                Err(e) => e,
            }
        }
    }

    fn card_from(bytes: [u8; SECRET_LEN]) -> CardSecret {
        CardSecret(SecretBox::new(Box::new(bytes)))
    }

    fn encrypt_to(recipient: &str, plain: &[u8]) -> Vec<u8> {
        let r: age::x25519::Recipient = recipient.parse().unwrap();
        let enc =
            age::Encryptor::with_recipients(std::iter::once(&r as &dyn age::Recipient)).unwrap();
        let mut out = vec![];
        let mut w = enc.wrap_output(&mut out).unwrap();
        w.write_all(plain).unwrap();
        w.finish().unwrap();
        out
    }

    fn decrypt_with(id: &age::x25519::Identity, cipher: &[u8]) -> Option<Vec<u8>> {
        age::decrypt(id, cipher).ok()
    }

    #[test]
    fn card_text_round_trips_and_has_eight_groups_of_four() {
        let card = CardSecret::generate();
        let text = card.to_text();
        let groups: Vec<&str> = text.split('-').collect();
        assert_eq!(groups.len(), 8, "{}", text.len());
        assert!(groups.iter().all(|g| g.len() == 4));
        assert!(text
            .chars()
            .all(|c| c == '-' || ALPHABET.contains(&(c as u8))));
        let back = CardSecret::parse(&text).unwrap();
        assert_eq!(back.expose(), card.expose());
    }

    #[test]
    fn card_parsing_tolerates_spaces_case_and_look_alikes() {
        // All-zero and all-one secrets exercise both ends of the alphabet.
        for bytes in [[0u8; SECRET_LEN], [0xFF; SECRET_LEN], *b"0123456789abcdef"] {
            let card = card_from(bytes);
            let text = card.to_text();
            let messy = format!(
                "  {}\n",
                text.to_lowercase()
                    .replace('-', " - ")
                    .replace('0', "o")
                    .replace('1', "l")
            );
            assert_eq!(CardSecret::parse(&messy).unwrap().expose(), &bytes);
        }
    }

    #[test]
    fn a_typo_on_the_card_is_told_apart_from_a_wrong_pin() {
        let card = CardSecret::generate();
        let text = card.to_text().to_string();
        // Change every character in turn to another valid one: the checksum catches each.
        for (i, c) in text.char_indices().filter(|(_, c)| *c != '-') {
            let other = if c == 'A' { 'B' } else { 'A' };
            let mut typo = text.clone();
            typo.replace_range(i..i + 1, &other.to_string());
            assert_eq!(
                CardSecret::parse(&typo).unwrap_err(),
                VaultKeyError::CardMistyped,
                "{i}"
            );
        }
        // Two neighbouring characters swapped.
        let compact: String = text.chars().filter(|c| *c != '-').collect();
        let mut swapped: Vec<char> = compact.chars().collect();
        let j = (0..swapped.len() - 1)
            .find(|&j| swapped[j] != swapped[j + 1])
            .unwrap();
        swapped.swap(j, j + 1);
        let swapped: String = swapped.into_iter().collect();
        assert_eq!(
            CardSecret::parse(&swapped).unwrap_err(),
            VaultKeyError::CardMistyped
        );
        assert_eq!(
            CardSecret::parse(&compact[1..]).unwrap_err(),
            VaultKeyError::CardMalformed
        );
        assert_eq!(
            CardSecret::parse(&format!("{compact}A")).unwrap_err(),
            VaultKeyError::CardMalformed
        );
        assert_eq!(
            CardSecret::parse(&compact.replacen(&compact[..1], "U", 1)).unwrap_err(),
            VaultKeyError::CardMalformed
        );
        assert_eq!(
            CardSecret::parse("").unwrap_err(),
            VaultKeyError::CardMalformed
        );
    }

    #[test]
    fn two_cards_differ_and_debug_prints_neither() {
        let a = CardSecret::generate();
        let b = CardSecret::generate();
        assert_ne!(a.expose(), b.expose());
        let shown = format!("{a:?}");
        assert_eq!(shown, "CardSecret([redacted])");
        let text = a.to_text();
        assert!(!shown.contains(&text[..4]));
    }

    #[test]
    fn pin_rules() {
        for ok in ["4821", "0482", "73915", "19283746", "2580", "1004", "9990"] {
            assert_eq!(check_pin(ok), Ok(()), "{ok}");
        }
        for short in [
            "",
            "123",
            "482",
            "123456789",
            "12a4",
            "４８２１",
            " 4821",
            "48 21",
        ] {
            assert_eq!(check_pin(short), Err(VaultKeyError::PinFormat), "{short}");
        }
        for simple in [
            "0000", "1111", "99999999", "1234", "4321", "0123", "9876", "7890", "8901", "123456",
            "1212", "252525", "12121212",
        ] {
            assert_eq!(
                check_pin(simple),
                Err(VaultKeyError::PinTooSimple),
                "{simple}"
            );
        }
    }

    #[test]
    fn enrol_refuses_a_trivial_pin() {
        let card = CardSecret::generate();
        assert_eq!(
            enrol_for_tests(&card, "1234").unwrap_err(),
            VaultKeyError::PinTooSimple
        );
        assert_eq!(
            enrol_for_tests(&card, "12").unwrap_err(),
            VaultKeyError::PinFormat
        );
    }

    #[test]
    fn enrol_then_unwrap_with_default_parameters() {
        let card = CardSecret::generate();
        let w = enrol(&card, "4821").unwrap();
        assert!(w.recipient.starts_with("age1"), "{}", w.recipient);
        assert_eq!(&w.wrapped[..4], b"PSVK");
        assert_eq!(w.wrapped[4], 1);
        assert_eq!(
            u32::from_le_bytes(w.wrapped[5..9].try_into().unwrap()),
            65536
        );
        let id = unwrap(&w.wrapped, &card, "4821").unwrap();
        assert_eq!(id.to_public().to_string(), w.recipient);
        assert_eq!(
            unwrap(&w.wrapped, &card, "4822").err_of(),
            VaultKeyError::WrongCardOrPin
        );
        // The wrapped bytes do not carry the card code or the identity in clear.
        let secret = id.to_string();
        let hay = String::from_utf8_lossy(&w.wrapped);
        assert!(!hay.contains("AGE-SECRET-KEY"));
        assert!(!hay.contains(&secret.expose_secret()[16..40]));
        assert!(!w.wrapped.windows(SECRET_LEN).any(|x| x == card.expose()));
    }

    /// The issue's test: someone holding the installation key (so the database, the wrapped
    /// identity and the private document) but not the card recovers nothing, even by trying
    /// every 4-digit PIN; the card and the PIN together decrypt the document.
    #[test]
    fn installation_key_alone_cannot_recover_a_private_document() {
        let card = CardSecret::generate();
        let pin = "4821";
        let w = enrol_for_tests(&card, pin).unwrap();
        let document = b"%PDF-1.7 titre de sejour, numero 1234567890".to_vec();
        let cipher = encrypt_to(&w.recipient, &document);
        assert!(!cipher.windows(9).any(|x| x == b"titre de "));

        // The installation's own vault identity (what every staff slot reaches) does not open it.
        let installation_vault = age::x25519::Identity::generate();
        assert!(decrypt_with(&installation_vault, &cipher).is_none());

        // The right PIN with another card, and the right PIN with a card differing in one bit.
        let other = CardSecret::generate();
        assert_eq!(
            unwrap(&w.wrapped, &other, pin).err_of(),
            VaultKeyError::WrongCardOrPin
        );
        let mut near = *card.expose();
        near[7] ^= 1;
        assert_eq!(
            unwrap(&w.wrapped, &card_from(near), pin).err_of(),
            VaultKeyError::WrongCardOrPin
        );

        // Every 4-digit PIN with a guessed card: nothing opens.
        let guessed = CardSecret::generate();
        let found = (0..10_000)
            .map(|n| format!("{n:04}"))
            .filter(|p| unwrap(&w.wrapped, &guessed, p).is_ok())
            .count();
        assert_eq!(found, 0);

        // The same search *with* the card finds the PIN: the card is what protects the document.
        let found: Vec<String> = (0..10_000)
            .map(|n| format!("{n:04}"))
            .filter(|p| unwrap(&w.wrapped, &card, p).is_ok())
            .collect();
        assert_eq!(found, vec![pin.to_owned()]);

        // Card (as typed from paper) + PIN: the document decrypts.
        let typed = CardSecret::parse(&card.to_text().to_lowercase()).unwrap();
        let id = unwrap(&w.wrapped, &typed, pin).unwrap();
        assert_eq!(decrypt_with(&id, &cipher).unwrap(), document);
    }

    #[test]
    fn damaged_or_altered_bytes_are_refused() {
        let card = CardSecret::generate();
        let w = enrol_for_tests(&card, "4821").unwrap();
        assert!(unwrap(&w.wrapped, &card, "4821").is_ok());
        let err = |b: &[u8]| unwrap(b, &card, "4821").err_of();
        assert_eq!(err(&[]), VaultKeyError::Damaged);
        assert_eq!(err(&w.wrapped[..HEADER_LEN + 10]), VaultKeyError::Damaged);
        let mut magic = w.wrapped.clone();
        magic[0] = b'X';
        assert_eq!(err(&magic), VaultKeyError::Damaged);
        let mut version = w.wrapped.clone();
        version[4] = 2;
        assert_eq!(err(&version), VaultKeyError::Damaged);
        // Absurd memory cost: refused before argon2 tries to allocate it.
        let mut huge = w.wrapped.clone();
        huge[5..9].copy_from_slice(&u32::MAX.to_le_bytes());
        assert_eq!(err(&huge), VaultKeyError::Damaged);
        // Parameters are authenticated: changing the pass count is not silently accepted.
        let mut params = w.wrapped.clone();
        params[9..13].copy_from_slice(&2u32.to_le_bytes());
        assert_eq!(err(&params), VaultKeyError::WrongCardOrPin);
        // A flipped ciphertext bit.
        let mut body = w.wrapped.clone();
        *body.last_mut().unwrap() ^= 0x80;
        assert_eq!(err(&body), VaultKeyError::WrongCardOrPin);
    }

    #[test]
    fn every_error_has_a_message_in_every_locale() {
        for code in ["fr", "en", "ar"] {
            let text: String = passerelle_locales::sources(code)
                .filter(|(name, _)| name.starts_with("vault_key"))
                .map(|(_, t)| t)
                .collect();
            for id in VaultKeyError::MESSAGE_IDS {
                assert!(text.contains(&format!("\n{id} =")), "{code} {id}");
            }
        }
        let all = [
            VaultKeyError::CardMalformed,
            VaultKeyError::CardMistyped,
            VaultKeyError::PinFormat,
            VaultKeyError::PinTooSimple,
            VaultKeyError::WrongCardOrPin,
            VaultKeyError::Damaged,
            VaultKeyError::Internal(String::new()),
        ];
        let ids: Vec<&str> = all.iter().map(VaultKeyError::message_id).collect();
        assert_eq!(ids, VaultKeyError::MESSAGE_IDS);
    }
}
