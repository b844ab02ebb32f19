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

pub fn run(iterations: u32, demo: bool) -> Result<()> {
    println!(
        "Passerelle {} — bench ({iterations} iterations each)",
        passerelle_core::VERSION
    );
    locales(iterations);
    prefs(iterations)?;
    crate::bench_store::run(iterations)?;
    crate::bench_store::desk(iterations, demo)?;
    crate::bench_exchange::run(demo)?;
    crate::bench_vault::run()?;
    pdf(iterations)?;
    Ok(())
}

/// The recovery sheet and a 20-page table document (the shape of an activity report).
fn pdf(n: u32) -> Result<()> {
    use passerelle_core::pdf::{self, civil, Align, Document, DocumentMeta, Table};
    let created = civil::date(2026, 11, 21).at(16, 5, 0, 0);
    let head = "9f2c4be07d1a3385e6c0b2f49a7d1e50c3b8f6a2d4e9017c5b3a8e6f2d1c0b9a";
    let sheet = pdf::RecoverySheet {
        structure_name: "Maison France Services (bench)",
        created_at: created,
        recovery_key: "AGE-SECRET-KEY-1QJ8Z6Z0W5XKLFMV9R4E2N7G3HDSYT8CUPA0QJ8Z6Z0W5XKLFMV9R4E2N7G",
        journal_head: (12_345, head.to_owned()),
        lang: "fr",
    };
    let mut size = 0;
    let s = sample(n, || {
        size = pdf::recovery_sheet(&sheet)
            .expect("render the recovery sheet")
            .len();
    });
    report("pdf: recovery sheet (1 page)", &s);
    println!(
        "{:<48} {:>10.1} KB",
        "pdf: recovery sheet size",
        size as f64 / 1024.0
    );

    let mut table = Table::new([
        ("Date", 1.2),
        ("Lieu", 1.5),
        ("Démarche", 3.0),
        ("Durée", 0.8),
    ])
    .align(3, Align::Right);
    for i in 0..650 {
        table.push_row([
            format!("{:02}/03/2026", i % 28 + 1),
            format!("Antenne {}", i % 5 + 1),
            "Dossier CAF, prime d’activité".to_owned(),
            format!("{} min", 15 + i % 4 * 15),
        ]);
    }
    let doc = Document::new(DocumentMeta::new("Bench", "fr", created))
        .title("Sessions")
        .table(table);
    let s = sample(n, || {
        size = doc.render().expect("render the table document").len();
    });
    report("pdf: 20-page table document", &s);
    println!(
        "{:<48} {:>10.1} KB",
        "pdf: 20-page table document size",
        size as f64 / 1024.0
    );
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
