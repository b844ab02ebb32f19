//! `passerelle demo`: a new training store full of fictitious data (small for a training
//! session, stress for the benches), then what a trainer needs to sign in and the figures.

use anyhow::{bail, Result};
use passerelle_core::store::demo::{self, DemoOptions, DemoReport, DemoSize, DEMO_PASSPHRASE};
use passerelle_core::store::{self, Role, Session, StoreError};
use std::path::Path;
use std::time::Instant;

/// Creates the store; refuses a data folder that already has one (nothing is changed).
pub fn run(data_dir: &Path, size: &str, seed: u64, end: Option<&str>) -> Result<()> {
    let Some(size) = DemoSize::parse(size) else {
        bail!(crate::t_args("cli-demo-size-unknown", &[("size", size)]));
    };
    if store::exists(data_dir) {
        return Err(StoreError::AlreadyExists.into());
    }
    let end = match end {
        Some(e) => e
            .parse::<jiff::civil::Date>()
            .map_err(|_| StoreError::InvalidField { field: "date" })?,
        None => jiff::Zoned::now().date(),
    };
    println!(
        "{}",
        crate::t_args(
            "cli-demo-generating",
            &[("size", size.code()), ("seed", &seed.to_string())]
        )
    );
    let started = Instant::now();
    let (session, recovery, report) = demo::generate(data_dir, &DemoOptions { size, seed, end })?;
    passerelle_core::hygiene::log_event(data_dir, "store.demo");
    let total = started.elapsed();
    let t = Instant::now();
    let digest = demo::content_digest(&session)?;
    let digest_time = t.elapsed();
    print_report(&report);
    println!("{:<34} {}", "content digest (ids left out)", digest);
    println!(
        "{:<34} {:>9.1} s",
        "time: store and staff (argon2id)",
        report.staff_time.as_secs_f64()
    );
    println!(
        "{:<34} {:>9.1} s",
        "time: data (one transaction)",
        report.data_time.as_secs_f64()
    );
    println!("{:<34} {:>9.1} s", "time: in all", total.as_secs_f64());
    println!(
        "{:<34} {:>9.1} s",
        "time: content digest",
        digest_time.as_secs_f64()
    );
    println!();
    println!("{}", crate::t("cli-recovery-key-once"));
    println!();
    println!("    {}", recovery.grouped_for_printing().as_str());
    println!();
    println!("{}", crate::t("cli-demo-training"));
    drop(session);
    Ok(())
}

fn print_report(r: &DemoReport) {
    println!(
        "{}",
        crate::t_args(
            "cli-demo-created",
            &[
                ("structure", r.structure.as_str()),
                ("from", &r.first_day.to_string()),
                ("to", &r.last_day.to_string()),
            ]
        )
    );
    println!(
        "{}",
        crate::t_args("cli-demo-passphrase", &[("passphrase", DEMO_PASSPHRASE)])
    );
    if let Some((name, _)) = r.staff.iter().find(|(_, role)| *role == Role::Coordinator) {
        println!(
            "{}",
            crate::t_args("cli-demo-coordinator", &[("name", name.as_str())])
        );
    }
    println!(
        "{}",
        crate::t_args("cli-demo-staff", &[("count", &r.staff.len().to_string())])
    );
    const SHOWN: usize = 8;
    for (name, role) in r.staff.iter().take(SHOWN) {
        println!("    {name} ({})", role.code());
    }
    if r.staff.len() > SHOWN {
        println!("    … (passerelle staff list)");
    }
    println!();
    let c = &r.counts;
    let rows = [
        ("places", c.places),
        ("staff", c.staff),
        ("people", c.people),
        ("  of which anonymous records", c.anonymous_people),
        ("consents", c.consents),
        ("individual sessions", c.sessions),
        ("  of which without a record", c.anonymous_sessions),
        ("workshops", c.workshops),
        ("  named participants", c.workshop_named_participants),
        (
            "  anonymous participants",
            c.workshop_anonymous_participants,
        ),
        ("follow-ups", c.follow_ups),
        ("partners", c.partners),
        ("tags", c.tags),
    ];
    for (label, n) in rows {
        println!("{label:<34} {n:>9}");
    }
}

/// The stress data set in `dir` for `passerelle bench --demo`, and the named people's names
/// (the search queries).
pub fn bench_fixture(dir: &Path) -> Result<(Session, Vec<(String, String)>)> {
    let started = Instant::now();
    let (session, _recovery, report) = demo::generate(
        dir,
        &DemoOptions {
            size: DemoSize::Stress,
            seed: 7,
            end: jiff::Zoned::now().date(),
        },
    )?;
    println!(
        "{:<48} {:>10.0} ms   ({} people, {} sessions)",
        "desk: demo --size stress --seed 7",
        started.elapsed().as_secs_f64() * 1e3,
        report.counts.people,
        report.counts.sessions
    );
    let names = session.demo_names()?;
    Ok((session, names))
}
