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

/// Person search and session saving on the stress size of people (design §5): p95 goals
/// 15 ms and 10 ms. With `demo`, on the stress demo data set (600 000 sessions too).
pub fn desk(iterations: u32, demo: bool) -> Result<()> {
    use passerelle_core::store::SupportSessionInput;
    use passerelle_core::vocab::{Canal, Theme};
    const PEOPLE: usize = 60_000;
    let dir = tempfile_dir("desk")?;
    let p = Passphrase::new("phrase de passe du banc d'essai".to_owned());
    let (mut session, names) = if demo {
        crate::demo::bench_fixture(&dir.join("store"))?
    } else {
        let (session, _recovery) = store::init(&dir.join("store"), "Banc d'essai", "Camille", &p)?;
        let t = std::time::Instant::now();
        let names = passerelle_core::store::bench::seed_people(&session, PEOPLE, 7)?;
        println!(
            "{:<48} {:>10.0} ms",
            format!("desk: seed {PEOPLE} people"),
            ms(t.elapsed())
        );
        (session, names)
    };
    let n = (iterations as usize).clamp(20, 400);
    let queries: Vec<(&str, String)> = (0..n)
        .map(|i| {
            let (first, last) = &names[(i * 7919) % names.len()];
            let folded: String = last.to_lowercase();
            match i % 4 {
                0 => ("exact last name", folded),
                // One letter dropped from the middle: the typo tolerance at work.
                1 => ("last name with a typo", {
                    let c: Vec<char> = folded.chars().collect();
                    let k = c.len() / 2;
                    c[..k].iter().chain(&c[k + 1..]).collect()
                }),
                2 => ("first three letters", folded.chars().take(3).collect()),
                _ => (
                    "first and last name",
                    format!("{} {}", first.to_lowercase(), folded),
                ),
            }
        })
        .collect();
    for kind in [
        "exact last name",
        "last name with a typo",
        "first three letters",
        "first and last name",
    ] {
        let mut times: Vec<Duration> = queries
            .iter()
            .filter(|(k, _)| *k == kind)
            .map(|(_, q)| {
                let t = std::time::Instant::now();
                let r = session.search_people(q).expect("search");
                let d = t.elapsed();
                assert!(
                    !r.is_empty() || kind == "last name with a typo",
                    "{kind}: nothing for {q:?}"
                );
                d
            })
            .collect();
        times.sort_unstable();
        report(&format!("desk: search, {kind}"), &times);
    }
    let mut all: Vec<Duration> = queries
        .iter()
        .map(|(_, q)| {
            let t = std::time::Instant::now();
            let _ = session.search_people(q);
            t.elapsed()
        })
        .collect();
    all.sort_unstable();
    report("desk: search, all kinds", &all);
    println!(
        "{:<48} {:>10.2}×   (p95 / goal 15 ms)",
        "desk: search p95 ratio",
        ms(percentile(&all, 95.0)) / 15.0
    );

    let someone = session.recent_people(1)?.first().map(|m| m.id.to_string());
    let today = jiff::Zoned::now().date().to_string();
    let mut saves = sample(n as u32, || {
        session
            .add_support_session(&SupportSessionInput {
                person: someone.clone(),
                date: today.clone(),
                duration_min: 30,
                canal: Canal::Place,
                place: None,
                equipment: vec![],
                themes: vec![Theme::Email],
                procedure_themes: vec![],
                procedure_name: String::new(),
                autonomy: None,
                referral: None,
                referral_to: String::new(),
                partner: None,
                tags: vec![],
                notes: String::new(),
            })
            .expect("save");
    });
    saves.sort_unstable();
    report("desk: save a session (journaled, anchored)", &saves);
    println!(
        "{:<48} {:>10.2}×   (p95 / goal 10 ms)",
        "desk: save p95 ratio",
        ms(percentile(&saves, 95.0)) / 10.0
    );
    // A person's timeline (sessions, workshops, follow-ups, consents): on the demo set the
    // people seen last have years of history.
    let people: Vec<_> = session
        .recent_people(100)?
        .into_iter()
        .map(|m| m.id)
        .collect();
    if !people.is_empty() {
        let mut entries = 0usize;
        let mut i = 0usize;
        let mut timelines = sample(n as u32, || {
            let t = session
                .timeline(people[i % people.len()])
                .expect("timeline");
            entries = entries.max(t.len());
            i += 1;
        });
        timelines.sort_unstable();
        report("desk: open a person's timeline", &timelines);
        println!(
            "{:<48} {:>10}",
            "desk: longest timeline opened (entries)", entries
        );
    }
    // The coordinator's report: twelve months of the whole installation.
    let to = jiff::Zoned::now().date();
    let from = to
        .checked_sub(jiff::Span::new().years(1))
        .and_then(|d| d.tomorrow())
        .expect("a year ago");
    let query = passerelle_api::stats::StatsQuery {
        from: from.to_string(),
        to: to.to_string(),
        places: vec![],
        mediators: vec![],
        types: vec![],
        themes: vec![],
        tags: vec![],
        commune: None,
        mask_below: None,
    };
    let mut activities = 0;
    let mut stats = sample(5, || {
        activities = session
            .statistics(&query)
            .expect("statistics")
            .totals
            .activities;
    });
    stats.sort_unstable();
    report(
        &format!("reports: 12-month statistics ({activities} activities)"),
        &stats,
    );
    println!(
        "{:<48} {:>10.2}×   (p95 / goal 300 ms)",
        "reports: statistics p95 ratio",
        ms(percentile(&stats, 95.0)) / 300.0
    );
    crate::report_cmd::bench(&mut session, &query);
    drop(session);
    std::fs::remove_dir_all(&dir)?;
    Ok(())
}
