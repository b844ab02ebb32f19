//! `passerelle bench` figures for the encrypted store: unlock split into the KDF and the open,
//! and SQLCipher's cost over an unkeyed database of the same build on the same workload.

use crate::bench::{ms, percentile, report, sample};
use anyhow::Result;
use passerelle_core::store::device::NoDeviceStore;
use passerelle_core::store::secret::Passphrase;
use passerelle_core::store::{self, LockedStore};
use std::time::Duration;

pub fn run(iterations: u32) -> Result<()> {
    let dir = tempfile_dir("store")?;
    unlock(&dir, iterations.clamp(1, 10))?;
    cipher(&dir)?;
    std::fs::remove_dir_all(&dir)?;
    Ok(())
}

fn tempfile_dir(tag: &str) -> Result<std::path::PathBuf> {
    let d = std::env::temp_dir().join(format!("passerelle-bench-{tag}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d)?;
    Ok(d)
}

/// Unlock with a real passphrase (argon2id 64 MiB, t = 3): KDF and open timed apart.
fn unlock(dir: &std::path::Path, n: u32) -> Result<()> {
    let data = dir.join("unlock");
    let p = Passphrase::new("phrase de passe du banc d'essai".to_owned());
    let (session, _recovery) = store::init(&data, "Banc d'essai", "Camille", &p)?;
    drop(session);
    let locked = LockedStore::open(&data)?;
    let id = locked.staff_by_name("Camille").expect("the coordinator");
    let mut kdf = Vec::new();
    let mut open = Vec::new();
    let total = sample(n, || {
        let s = locked.unlock(id, &p, &NoDeviceStore).expect("unlock");
        kdf.push(s.timings().kdf);
        open.push(s.timings().open);
    });
    kdf.sort_unstable();
    open.sort_unstable();
    report("store: unlock, KDF (argon2id 64 MiB t=3)", &kdf);
    report("store: unlock, open after the KDF", &open);
    report("store: unlock, whole (with journal row)", &total);
    Ok(())
}

/// Same inserts and aggregates on SQLCipher (raw key, 64 MiB cache) and on plain SQLite.
fn cipher(dir: &std::path::Path) -> Result<()> {
    const ROWS: usize = 50_000;
    let mut keyed_i = Vec::new();
    let mut keyed_a = Vec::new();
    let mut plain_i = Vec::new();
    let mut plain_a = Vec::new();
    for round in 0..3 {
        let d = dir.join(format!("cipher-{round}"));
        std::fs::create_dir_all(&d)?;
        let (k, p) = passerelle_core::store::bench::cipher_overhead(&d, ROWS)?;
        keyed_i.push(k.insert);
        keyed_a.push(k.aggregate);
        plain_i.push(p.insert);
        plain_a.push(p.aggregate);
    }
    let med = |v: &mut Vec<Duration>| {
        v.sort_unstable();
        percentile(v, 50.0)
    };
    let (ki, ka, pi, pa) = (
        med(&mut keyed_i),
        med(&mut keyed_a),
        med(&mut plain_i),
        med(&mut plain_a),
    );
    report(&format!("store: insert {ROWS} rows, SQLCipher"), &[ki]);
    report(&format!("store: insert {ROWS} rows, unkeyed"), &[pi]);
    report("store: aggregates ×5, SQLCipher", &[ka]);
    report("store: aggregates ×5, unkeyed", &[pa]);
    println!(
        "{:<48} {:>10.2}×   (goal ≤ 1.5×)",
        "ratio: SQLCipher / unkeyed, inserts",
        ms(ki) / ms(pi).max(1e-9)
    );
    println!(
        "{:<48} {:>10.2}×   (goal ≤ 1.5×)",
        "ratio: SQLCipher / unkeyed, aggregates",
        ms(ka) / ms(pa).max(1e-9)
    );
    println!(
        "{:<48} {:>10.2}×   (goal ≤ 1.5×)",
        "ratio: SQLCipher / unkeyed, whole workload",
        ms(ki + ka) / ms(pi + pa).max(1e-9)
    );
    Ok(())
}
