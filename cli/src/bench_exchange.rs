//! `passerelle bench` figures for import and export: 10 000 people imported from CSV and from
//! XLSX (each into a fresh store, all or nothing, one transaction), and every session of a
//! filled store exported to XLSX and to CSV, then the XLSX read back into a fresh store (when
//! under the import limit). Printed, never asserted.
//!
//! The filled store: with `--demo`, the stress demo set (`passerelle demo --size stress --seed
//! 7`: 600 000 sessions over 10 years); otherwise 100 000 sessions and 5 000 workshops from
//! `store::exchange::bench::seed_activity`, seconds to make.

use crate::bench::ms;
use anyhow::Result;
use passerelle_api::exchange::{
    ExportFormat, ImportKind, ImportOutcome, SessionsFilter, MAX_IMPORT_BYTES,
};
use passerelle_core::store::demo::{self, DemoOptions, DemoSize};
use passerelle_core::store::exchange::bench::{people_file, seed_activity};
use passerelle_core::store::secret::Passphrase;
use passerelle_core::store::{self, Session};
use std::path::Path;
use std::time::Instant;

const PEOPLE: usize = 10_000;
const SESSIONS: usize = 100_000;

fn fresh(dir: &Path) -> Result<Session> {
    let p = Passphrase::new("phrase de passe du banc d'essai".to_owned());
    Ok(store::init(dir, "Banc d'essai", "Camille", &p)?.0)
}

fn line(name: &str, value: String) {
    println!("{name:<48} {value}");
}

pub fn run(demo: bool) -> Result<()> {
    let root =
        std::env::temp_dir().join(format!("passerelle-bench-exchange-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&root);
    std::fs::create_dir_all(&root)?;
    let result = figures(&root, demo);
    std::fs::remove_dir_all(&root)?;
    result
}

fn figures(root: &Path, demo: bool) -> Result<()> {
    for (format, name) in [(ExportFormat::Csv, "csv"), (ExportFormat::Xlsx, "xlsx")] {
        let bytes = people_file(PEOPLE, 7, format)?;
        let mut s = fresh(&root.join(format!("people-{name}")))?;
        let t = Instant::now();
        let out = s.import_file(
            ImportKind::People,
            &format!("personnes.{name}"),
            &bytes,
            &mut |_| {},
        )?;
        let took = t.elapsed();
        let ImportOutcome::Imported { counts } = out else {
            anyhow::bail!("the bench's people file was refused");
        };
        line(
            &format!("exchange: import {PEOPLE} people, {name}"),
            format!(
                "{:>10.0} ms   {:>8.0} rows/s   file {:.0} KB, {} created",
                ms(took),
                PEOPLE as f64 / took.as_secs_f64().max(1e-9),
                bytes.len() as f64 / 1024.0,
                counts.people_created
            ),
        );
    }

    let t = Instant::now();
    let (mut s, what) = if demo {
        let (s, _recovery, report) = demo::generate(
            &root.join("export"),
            &DemoOptions {
                size: DemoSize::Stress,
                seed: 7,
                end: jiff::Zoned::now().date(),
            },
        )?;
        (
            s,
            format!("demo --size stress: {} sessions", report.counts.sessions),
        )
    } else {
        let s = fresh(&root.join("export"))?;
        seed_activity(&s, PEOPLE, SESSIONS, SESSIONS / 20, 7)?;
        (
            s,
            format!("seed {SESSIONS} sessions, {} workshops", SESSIONS / 20),
        )
    };
    line(
        &format!("exchange: {what}"),
        format!("{:>10.0} ms", ms(t.elapsed())),
    );
    let out = root.join("out");
    std::fs::create_dir_all(&out)?;
    let mut exported = Vec::new();
    for (format, name) in [(ExportFormat::Xlsx, "xlsx"), (ExportFormat::Csv, "csv")] {
        let t = Instant::now();
        let summary = s.export_sessions(
            format,
            &SessionsFilter::default(),
            &out.join(format!("export.{name}")),
        )?;
        let took = t.elapsed();
        let size = std::fs::metadata(&summary.path)?.len();
        line(
            &format!("exchange: export all sessions, {name}"),
            format!(
                "{:>10.0} ms   {:>8.0} rows/s   {} rows, {} sheet(s), {:.1} MB",
                ms(took),
                summary.rows as f64 / took.as_secs_f64().max(1e-9),
                summary.rows,
                summary.sheets.len(),
                size as f64 / 1024.0 / 1024.0
            ),
        );
        exported.push((name, summary.path, size));
    }
    drop(s);

    // A centre switching over: the XLSX export read back into a fresh store.
    if let Some((name, path, size)) = exported.first() {
        if *size as usize > MAX_IMPORT_BYTES {
            line(
                &format!("exchange: import activities back, {name}"),
                "skipped: over the 50 MiB import limit".to_owned(),
            );
            return Ok(());
        }
        let bytes = std::fs::read(path)?;
        let mut s = fresh(&root.join("reimport"))?;
        let t = Instant::now();
        let out = s.import_file(
            ImportKind::Activities,
            &format!("export.{name}"),
            &bytes,
            &mut |_| {},
        )?;
        let took = t.elapsed();
        if let ImportOutcome::Imported { counts } = out {
            line(
                &format!("exchange: import activities back, {name}"),
                format!(
                    "{:>10.0} ms   {:>8.0} rows/s   {} activities, {} people",
                    ms(took),
                    counts.rows as f64 / took.as_secs_f64().max(1e-9),
                    counts.activities,
                    counts.people_created
                ),
            );
        }
    }
    Ok(())
}
