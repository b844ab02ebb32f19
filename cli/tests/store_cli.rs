//! The store commands through the real binary: secrets never on the command line, translated
//! errors, the staff lifecycle, the recovery sheet file.

use std::path::Path;
use std::process::{Command, Output};

const BIN: &str = env!("CARGO_BIN_EXE_passerelle");
const COORD: &str = "phrase du coordinateur";

fn run(dir: &Path, args: &[&str], env: &[(&str, &str)]) -> Output {
    let mut c = Command::new(BIN);
    c.arg("--data-dir").arg(dir).args(args);
    for v in [
        "PASSERELLE_PASSPHRASE",
        "PASSERELLE_NEW_PASSPHRASE",
        "PASSERELLE_RECOVERY_KEY",
        "PASSERELLE_DEBUG_HOOKS",
    ] {
        c.env_remove(v);
    }
    c.env("PASSERELLE_LANG", "fr");
    for (k, v) in env {
        c.env(k, v);
    }
    c.output().unwrap()
}

fn text(o: &Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&o.stdout),
        String::from_utf8_lossy(&o.stderr)
    )
}

fn init(dir: &Path, extra: &[&str]) -> (Output, String) {
    let mut args = vec![
        "init",
        "--structure",
        "Centre d'essai",
        "--coordinator",
        "Camille",
    ];
    args.extend_from_slice(extra);
    let o = run(dir, &args, &[("PASSERELLE_PASSPHRASE", COORD)]);
    assert!(o.status.success(), "{}", text(&o));
    let key = String::from_utf8_lossy(&o.stdout)
        .lines()
        .find(|l| l.trim_start().starts_with("AGE-SECRET-KEY-1"))
        .expect("recovery key printed")
        .split_whitespace()
        .collect();
    (o, key)
}

#[test]
fn secrets_are_refused_on_the_command_line() {
    let d = tempfile::tempdir().unwrap();
    for flag in ["--passphrase", "--recovery-key", "--password"] {
        let o = run(
            d.path(),
            &[
                "init",
                "--structure",
                "S",
                "--coordinator",
                "C",
                flag,
                COORD,
            ],
            &[],
        );
        assert!(!o.status.success(), "{flag} was accepted");
    }
    assert!(!d.path().join("store").exists());
}

#[test]
fn test_hooks_are_off_unless_asked_for() {
    let d = tempfile::tempdir().unwrap();
    let (_, key) = init(d.path(), &[]);
    let o = run(
        d.path(),
        &["debug", "write-loop", "--count", "1"],
        &[("PASSERELLE_RECOVERY_KEY", &key)],
    );
    assert!(!o.status.success());
    assert!(text(&o).contains("test hooks are off"), "{}", text(&o));
}

#[test]
fn staff_lifecycle_with_translated_errors() {
    let d = tempfile::tempdir().unwrap();
    let (_, key) = init(d.path(), &[]);
    let again = run(
        d.path(),
        &["init", "--structure", "S", "--coordinator", "C"],
        &[("PASSERELLE_PASSPHRASE", COORD)],
    );
    assert_eq!(again.status.code(), Some(2));
    assert!(text(&again).contains("déjà installée"), "{}", text(&again));

    let add = run(
        d.path(),
        &[
            "staff", "add", "--name", "Lina", "--role", "mediator", "--as", "Camille",
        ],
        &[
            ("PASSERELLE_PASSPHRASE", COORD),
            ("PASSERELLE_NEW_PASSPHRASE", "la phrase de Lina"),
        ],
    );
    assert!(add.status.success(), "{}", text(&add));
    let list = run(d.path(), &["staff", "list"], &[]);
    let l = String::from_utf8_lossy(&list.stdout);
    assert!(
        l.contains("Camille\tcoordinator") && l.contains("Lina\tmediator"),
        "{l}"
    );

    let ok = run(
        d.path(),
        &["unlock-test", "--as", "Lina"],
        &[("PASSERELLE_PASSPHRASE", "la phrase de Lina")],
    );
    assert!(ok.status.success(), "{}", text(&ok));
    assert!(text(&ok).contains("role mediator"));

    let wrong = run(
        d.path(),
        &["unlock-test", "--as", "Lina"],
        &[("PASSERELLE_PASSPHRASE", "pas la bonne phrase")],
    );
    assert_eq!(wrong.status.code(), Some(2));
    assert!(
        text(&wrong).contains("La phrase de passe n'est pas la bonne"),
        "{}",
        text(&wrong)
    );

    // A mediator may not manage staff.
    let refused = run(
        d.path(),
        &["staff", "remove", "Camille", "--as", "Lina"],
        &[("PASSERELLE_PASSPHRASE", "la phrase de Lina")],
    );
    assert_eq!(refused.status.code(), Some(2));
    assert!(
        text(&refused).contains("error-role-refused"),
        "{}",
        text(&refused)
    );

    let rm = run(
        d.path(),
        &["staff", "remove", "Lina", "--as", "Camille"],
        &[("PASSERELLE_PASSPHRASE", COORD)],
    );
    assert!(rm.status.success(), "{}", text(&rm));
    assert!(text(&rm).contains("generation 2"));
    let gone = run(
        d.path(),
        &["unlock-test", "--as", "Lina"],
        &[("PASSERELLE_PASSPHRASE", "la phrase de Lina")],
    );
    assert!(
        text(&gone).contains("error-staff-not-found"),
        "{}",
        text(&gone)
    );

    let bad_key = run(
        d.path(),
        &["verify"],
        &[(
            "PASSERELLE_RECOVERY_KEY",
            "AGE-SECRET-KEY-1QQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQ",
        )],
    );
    assert!(
        text(&bad_key).contains("error-wrong-recovery-key"),
        "{}",
        text(&bad_key)
    );
    let v = run(d.path(), &["verify"], &[("PASSERELLE_RECOVERY_KEY", &key)]);
    assert!(v.status.success(), "{}", text(&v));
    assert!(text(&v).contains("verify: ok"));

    // A new recovery key; the old one stops working.
    let regen = run(
        d.path(),
        &["regenerate-recovery", "--as", "Camille"],
        &[("PASSERELLE_PASSPHRASE", COORD)],
    );
    assert!(regen.status.success(), "{}", text(&regen));
    let old = run(d.path(), &["verify"], &[("PASSERELLE_RECOVERY_KEY", &key)]);
    assert!(
        text(&old).contains("error-wrong-recovery-key"),
        "{}",
        text(&old)
    );
}

#[test]
fn init_can_write_the_recovery_sheet_readable_by_its_owner_only() {
    let d = tempfile::tempdir().unwrap();
    let sheet = d.path().join("feuille.pdf");
    let data = d.path().join("data");
    let (out, key) = init(&data, &["--recovery-sheet", sheet.to_str().unwrap()]);
    assert!(text(&out).contains("Feuille de récupération"));
    let pdf = std::fs::read(&sheet).unwrap();
    assert!(pdf.starts_with(b"%PDF"));
    assert!(key.starts_with("AGE-SECRET-KEY-1") && key.len() > 60);
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&sheet).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600);
    }
}
