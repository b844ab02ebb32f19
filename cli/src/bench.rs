//! `passerelle bench`: each figure and each ratio on its own line, for the README.
//! Later issues add their sections here (unlock, store, search, reports, vault).

use anyhow::Result;
use std::time::{Duration, Instant};

/// Times `f` `n` times and returns the sorted samples.
pub fn sample(n: u32, mut f: impl FnMut()) -> Vec<Duration> {
    let mut v: Vec<Duration> = (0..n.max(1))
        .map(|_| {
            let t = Instant::now();
            f();
            t.elapsed()
        })
        .collect();
    v.sort_unstable();
    v
}

/// The p-th percentile (0–100) of sorted samples.
pub fn percentile(sorted: &[Duration], p: f64) -> Duration {
    let idx = ((sorted.len() as f64 - 1.0) * p / 100.0).round() as usize;
    sorted[idx.min(sorted.len() - 1)]
}

pub fn report(name: &str, sorted: &[Duration]) {
    println!(
        "{name:<48} median {:>10.3} ms   p95 {:>10.3} ms",
        ms(percentile(sorted, 50.0)),
        ms(percentile(sorted, 95.0))
    );
}

pub fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1e3
}

pub fn run(iterations: u32) -> Result<()> {
    println!(
        "Passerelle {} — bench ({iterations} iterations each)",
        passerelle_core::VERSION
    );
    locales(iterations);
    prefs(iterations)?;
    Ok(())
}

fn locales(n: u32) {
    for l in passerelle_locales::LOCALES {
        let s = sample(n, || {
            std::hint::black_box(passerelle_locales::Translator::new(l.code, true));
        });
        report(&format!("locales: build the {} translator", l.code), &s);
    }
    let t = passerelle_locales::Translator::new("fr", true);
    let s = sample(n, || {
        std::hint::black_box(t.t("app-name"));
    });
    report("locales: format one message", &s);
}

fn prefs(n: u32) -> Result<()> {
    let dir = std::env::temp_dir().join(format!("passerelle-bench-{}", std::process::id()));
    std::fs::create_dir_all(&dir)?;
    let p = passerelle_api::DisplayPrefs::default();
    let save = sample(n, || {
        passerelle_core::prefs::save(&dir, &p).expect("save prefs")
    });
    report("prefs: durable save (fsync)", &save);
    let load = sample(n, || {
        std::hint::black_box(passerelle_core::prefs::load(&dir).expect("load prefs"));
    });
    report("prefs: load", &load);
    println!(
        "{:<48} {:>10.1}×",
        "ratio: durable save / load",
        ms(percentile(&save, 50.0)) / ms(percentile(&load, 50.0)).max(1e-9)
    );
    std::fs::remove_dir_all(&dir)?;
    Ok(())
}
