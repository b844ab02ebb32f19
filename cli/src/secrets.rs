//! Passphrases and recovery keys for the CLI: from an environment variable (scripts, tests) or
//! an interactive prompt without echo. Never from the command line, where any user could read
//! them in the process list and the shell history keeps them.

use anyhow::{bail, Context, Result};
use passerelle_core::store::secret::{Passphrase, RecoveryKey};

pub const PASSPHRASE_VAR: &str = "PASSERELLE_PASSPHRASE";
pub const NEW_PASSPHRASE_VAR: &str = "PASSERELLE_NEW_PASSPHRASE";
pub const RECOVERY_VAR: &str = "PASSERELLE_RECOVERY_KEY";

fn from_env(var: &str) -> Option<String> {
    std::env::var(var).ok().filter(|v| !v.is_empty())
}

fn prompt(label: &str) -> Result<String> {
    // Fluent trims the message's trailing space; the answer must not touch the colon.
    rpassword::prompt_password(format!("{label} "))
        .with_context(|| format!("could not read {label}"))
}

/// The passphrase of the person signing in.
pub fn passphrase(who: &str) -> Result<Passphrase> {
    if let Some(v) = from_env(PASSPHRASE_VAR) {
        return Ok(Passphrase::new(v));
    }
    Ok(Passphrase::new(prompt(&crate::t_args(
        "cli-prompt-passphrase",
        &[("name", who)],
    ))?))
}

/// A passphrase being chosen (asked twice when typed).
pub fn new_passphrase(who: &str, var: &str) -> Result<Passphrase> {
    if let Some(v) = from_env(var) {
        return Ok(Passphrase::new(v));
    }
    let a = prompt(&crate::t_args(
        "cli-prompt-new-passphrase",
        &[("name", who)],
    ))?;
    let b = prompt(&crate::t("cli-prompt-again"))?;
    if a != b {
        bail!("the two passphrases differ");
    }
    Ok(Passphrase::new(a))
}

pub fn recovery_key() -> Result<RecoveryKey> {
    if let Some(v) = from_env(RECOVERY_VAR) {
        return Ok(RecoveryKey::parse(&v));
    }
    Ok(RecoveryKey::parse(&prompt(&crate::t(
        "cli-prompt-recovery-key",
    ))?))
}

/// Whether a recovery key is waiting in the environment.
pub fn recovery_in_env() -> bool {
    from_env(RECOVERY_VAR).is_some()
}
