//! What the command-line integration tests share: the binary, a store set up through `init`
//! (its recovery key returned, so each command unlocks without the KDF), and a command runner.

#![allow(dead_code)] // each test binary uses its own part of this module

use std::path::Path;
use std::process::{Command, Output};

pub const BIN: &str = env!("CARGO_BIN_EXE_passerelle");

/// A `passerelle` command on the store in `dir`, unlocked with the recovery key `key`, its
/// messages in `lang`, the debug hooks on.
pub fn cmd_in(dir: &Path, key: &str, lang: &str) -> Command {
    let mut c = Command::new(BIN);
    c.arg("--data-dir")
        .arg(dir)
        .env("PASSERELLE_RECOVERY_KEY", key)
        .env_remove("PASSERELLE_PASSPHRASE")
        .env("PASSERELLE_LANG", lang)
        .env("PASSERELLE_DEBUG_HOOKS", "1");
    c
}

/// Sets up a store ("Centre d'essai", coordinator Camille) and returns its recovery key as
/// printed.
pub fn init(dir: &Path) -> String {
    let out = Command::new(BIN)
        .arg("--data-dir")
        .arg(dir)
        .args([
            "init",
            "--structure",
            "Centre d'essai",
            "--coordinator",
            "Camille",
        ])
        .env("PASSERELLE_PASSPHRASE", "phrase du coordinateur")
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8(out.stdout).unwrap();
    let line = text
        .lines()
        .find(|l| l.trim_start().starts_with("AGE-SECRET-KEY-1"))
        .expect("the recovery key is printed");
    line.split_whitespace().collect()
}

/// The standard output of a command that must have succeeded (both outputs shown if not).
pub fn ok(o: &Output) -> String {
    assert!(
        o.status.success(),
        "{}\n{}",
        String::from_utf8_lossy(&o.stdout),
        String::from_utf8_lossy(&o.stderr)
    );
    String::from_utf8_lossy(&o.stdout).into_owned()
}

/// A random source for kill points (xorshift), seeded from the clock; the seed is printed so
/// a failing run can be reasoned about.
pub struct Rng(u64);

impl Rng {
    pub fn new() -> Self {
        let seed = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .unwrap()
            .as_nanos() as u64
            | 1;
        eprintln!("kill test seed {seed}");
        Rng(seed)
    }

    pub fn below(&mut self, n: u64) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0 % n.max(1)
    }
}
