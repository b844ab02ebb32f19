//! `passerelle report` through the real binary: the file is written, an existing file is kept
//! unless --force, a bad format or filter is refused with a translated message.

use std::path::Path;
use std::process::{Command, Output};

const BIN: &str = env!("CARGO_BIN_EXE_passerelle");
const COORD: &str = "phrase du coordinateur";

fn run(dir: &Path, args: &[&str]) -> Output {
    let mut c = Command::new(BIN);
    c.arg("--data-dir").arg(dir).args(args);
    c.env_remove("PASSERELLE_RECOVERY_KEY");
    c.env("PASSERELLE_LANG", "fr");
    c.env("PASSERELLE_PASSPHRASE", COORD);
    c.output().unwrap()
}

fn text(o: &Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&o.stdout),
        String::from_utf8_lossy(&o.stderr)
    )
}

fn report(dir: &Path, out: &Path, extra: &[&str]) -> Output {
    let out = out.to_str().unwrap();
    let mut args = vec![
        "report",
        "--as",
        "Camille",
        "--from",
        "2026-01-01",
        "--to",
        "2026-12-31",
        "--out",
        out,
    ];
    args.extend_from_slice(extra);
    run(dir, &args)
}

#[test]
fn the_report_command_writes_once_and_replaces_only_when_forced() {
    let d = tempfile::tempdir().unwrap();
    let store = d.path().join("data");
    let o = run(
        &store,
        &[
            "init",
            "--structure",
            "Centre d'essai",
            "--coordinator",
            "Camille",
        ],
    );
    assert!(o.status.success(), "{}", text(&o));

    let csv = d.path().join("rapport.csv");
    let o = report(&store, &csv, &["--format", "csv"]);
    assert!(o.status.success(), "{}", text(&o));
    assert!(text(&o).contains("Rapport écrit"), "{}", text(&o));
    let body = std::fs::read_to_string(&csv).unwrap();
    assert!(body.starts_with('\u{feff}'));
    assert!(body.contains("Centre d'essai"));
    assert!(body.contains("Aucune activité n'a été enregistrée pendant cette période"));

    // An existing file is kept...
    std::fs::write(&csv, "mine").unwrap();
    let o = report(&store, &csv, &["--format", "csv"]);
    assert_eq!(o.status.code(), Some(2), "{}", text(&o));
    assert_eq!(std::fs::read_to_string(&csv).unwrap(), "mine");
    // ...unless --force.
    let o = report(&store, &csv, &["--format", "csv", "--force"]);
    assert!(o.status.success(), "{}", text(&o));
    assert_ne!(std::fs::read_to_string(&csv).unwrap(), "mine");

    let html = d.path().join("rapport.html");
    let o = report(
        &store,
        &html,
        &["--format", "html", "--lang", "ar", "--mask", "5"],
    );
    assert!(o.status.success(), "{}", text(&o));
    let page = std::fs::read_to_string(&html).unwrap();
    assert!(page.contains("<html lang=\"ar\" dir=\"rtl\">"));

    let pdf = d.path().join("rapport.pdf");
    let o = report(&store, &pdf, &["--format", "pdf", "--lang", "en"]);
    assert!(o.status.success(), "{}", text(&o));
    assert!(std::fs::read(&pdf).unwrap().starts_with(b"%PDF-"));

    for bad in [
        vec!["--format", "ods"],
        vec!["--format", "pdf", "--place", "Nowhere"],
        vec!["--format", "pdf", "--theme", "cuisine"],
    ] {
        let out = d.path().join("refused.pdf");
        let o = report(&store, &out, &bad);
        assert_eq!(o.status.code(), Some(2), "{bad:?}: {}", text(&o));
        assert!(!out.exists(), "{bad:?}");
    }
    // No temporary file left behind.
    let left: Vec<_> = std::fs::read_dir(d.path())
        .unwrap()
        .filter_map(|e| e.ok())
        .filter(|e| e.file_name().to_string_lossy().contains(".tmp-"))
        .collect();
    assert!(left.is_empty());
}
