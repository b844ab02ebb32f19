//! SIGKILL at random points, against the real `passerelle` binary: during ordinary writes and
//! during a rekey. After each kill the store must open (with the recovery key: no KDF, so the
//! rounds stay fast), `verify` must pass, and every acknowledged write must be there.

mod common;
use common::{init, Rng};

use std::collections::BTreeSet;
use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

const ROUNDS: usize = 20;

fn cmd(dir: &Path, key: &str) -> Command {
    common::cmd_in(dir, key, "en")
}

/// `verify` passes; returns the generation it reports.
fn verify(dir: &Path, key: &str) -> u64 {
    let out = cmd(dir, key).arg("verify").output().unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "verify failed:\n{text}\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    text.lines()
        .find_map(|l| l.strip_prefix("generation: "))
        .and_then(|g| g.trim().parse().ok())
        .expect("generation line")
}

fn places(dir: &Path, key: &str) -> BTreeSet<String> {
    let out = cmd(dir, key).args(["debug", "places"]).output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(str::to_owned)
        .collect()
}

/// Starts `args`, waits for its first line, kills it after `delay`, returns every line it
/// printed before dying.
fn run_and_kill(dir: &Path, key: &str, args: &[&str], delay: Duration) -> Vec<String> {
    let mut child = cmd(dir, key)
        .args(args)
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let stdout = child.stdout.take().unwrap();
    let (tx, rx) = mpsc::channel();
    let reader = std::thread::spawn(move || {
        for line in BufReader::new(stdout).lines() {
            let Ok(line) = line else { break };
            if tx.send(line).is_err() {
                break;
            }
        }
    });
    let mut lines = Vec::new();
    let first = rx
        .recv_timeout(Duration::from_secs(30))
        .expect("the child starts");
    assert!(first.starts_with("ready"), "{first}");
    lines.push(first);
    let until = Instant::now() + delay;
    while let Some(left) = until.checked_duration_since(Instant::now()) {
        match rx.recv_timeout(left) {
            Ok(l) => lines.push(l),
            Err(mpsc::RecvTimeoutError::Timeout) => break,
            Err(mpsc::RecvTimeoutError::Disconnected) => break,
        }
    }
    let _ = child.kill(); // SIGKILL on Unix
    let _ = child.wait();
    reader.join().unwrap();
    lines.extend(rx.try_iter());
    lines
}

#[test]
fn killed_during_ordinary_writes_the_store_opens_and_keeps_every_acknowledged_write() {
    let d = tempfile::tempdir().unwrap();
    let key = init(d.path());
    let mut rng = Rng::new();
    let mut acked = BTreeSet::new();
    for round in 0..ROUNDS {
        let delay = Duration::from_millis(rng.below(250));
        let lines = run_and_kill(d.path(), &key, &["debug", "write-loop"], delay);
        acked.extend(
            lines
                .iter()
                .filter_map(|l| l.strip_prefix("ack "))
                .map(str::to_owned),
        );
        verify(d.path(), &key);
        let present = places(d.path(), &key);
        let lost: Vec<_> = acked.difference(&present).collect();
        assert!(
            lost.is_empty(),
            "round {round}: acknowledged writes lost: {lost:?}"
        );
    }
    eprintln!("{} writes acknowledged over {ROUNDS} kills", acked.len());
    assert!(
        !acked.is_empty(),
        "no write was ever acknowledged: the test proves nothing"
    );
}

#[test]
fn killed_during_a_rekey_the_store_opens_with_the_old_or_the_new_generation() {
    let d = tempfile::tempdir().unwrap();
    let key = init(d.path());
    // Some data to carry across generations.
    let lines = run_and_kill(
        d.path(),
        &key,
        &["debug", "write-loop", "--count", "20"],
        Duration::from_secs(20),
    );
    let written: BTreeSet<String> = lines
        .iter()
        .filter_map(|l| l.strip_prefix("ack "))
        .map(str::to_owned)
        .collect();
    assert_eq!(written.len(), 20);
    // How long a whole rekey takes here, to spread the kills over it.
    let t = Instant::now();
    let out = cmd(d.path(), &key)
        .args(["debug", "rekey"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let full = t.elapsed();
    let mut generation = verify(d.path(), &key);
    assert_eq!(generation, 2);
    let mut rng = Rng::new();
    let mut outcomes = BTreeSet::new();
    for round in 0..ROUNDS {
        let delay = Duration::from_micros(rng.below(full.as_micros() as u64 + 1));
        let lines = run_and_kill(d.path(), &key, &["debug", "rekey"], delay);
        let finished = lines.iter().any(|l| l.starts_with("step Switched"));
        let now = verify(d.path(), &key);
        assert!(
            now == generation || now == generation + 1,
            "round {round}: generation {now} after {generation}"
        );
        if finished {
            assert_eq!(
                now,
                generation + 1,
                "round {round}: switched but old generation"
            );
        }
        outcomes.insert(now > generation);
        generation = now;
        assert_eq!(
            places(d.path(), &key),
            written,
            "round {round}: data changed"
        );
        let gens: Vec<_> = std::fs::read_dir(d.path().join("store"))
            .unwrap()
            .flatten()
            .filter(|e| e.file_name().to_string_lossy().starts_with("gen-"))
            .collect();
        assert_eq!(
            gens.len(),
            1,
            "round {round}: leftovers not cleaned after open"
        );
    }
    eprintln!("rekey kill outcomes (advanced?): {outcomes:?}");
}
