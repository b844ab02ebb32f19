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

    // The coordinator typed Lina's passphrase: she must choose her own before anything else.
    let list = run(d.path(), &["staff", "list"], &[]);
    assert!(
        String::from_utf8_lossy(&list.stdout)
            .contains("Lina\tmediator\tActive\ttemporary-passphrase"),
        "{}",
        text(&list)
    );
    let first = run(
        d.path(),
        &["staff", "remove", "Camille", "--as", "Lina"],
        &[("PASSERELLE_PASSPHRASE", "la phrase de Lina")],
    );
    assert_eq!(first.status.code(), Some(2));
    assert!(
        text(&first).contains("error-passphrase-change-required"),
        "{}",
        text(&first)
    );
    let own = run(
        d.path(),
        &["staff", "set-passphrase", "Lina", "--as", "Lina"],
        &[
            ("PASSERELLE_PASSPHRASE", "la phrase de Lina"),
            ("PASSERELLE_NEW_PASSPHRASE", "la phrase de Lina"),
        ],
    );
    assert!(own.status.success(), "{}", text(&own));

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
    assert!(text(&rm).contains("generation 3"), "{}", text(&rm));
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

fn add_lina(dir: &Path) {
    let add = run(
        dir,
        &[
            "staff", "add", "--name", "Lina", "--role", "mediator", "--as", "Camille",
        ],
        &[
            ("PASSERELLE_PASSPHRASE", COORD),
            ("PASSERELLE_NEW_PASSPHRASE", "phrase provisoire de Lina"),
        ],
    );
    assert!(add.status.success(), "{}", text(&add));
    assert!(text(&add).contains("provisoire"), "{}", text(&add));
    let own = run(
        dir,
        &["staff", "set-passphrase", "Lina", "--as", "Lina"],
        &[
            ("PASSERELLE_PASSPHRASE", "phrase provisoire de Lina"),
            ("PASSERELLE_NEW_PASSPHRASE", "la phrase de Lina"),
        ],
    );
    assert!(own.status.success(), "{}", text(&own));
}

#[test]
fn staff_set_role_keeps_a_coordinator() {
    let d = tempfile::tempdir().unwrap();
    init(d.path(), &[]);
    add_lina(d.path());
    let as_camille = [("PASSERELLE_PASSPHRASE", COORD)];

    let last = run(
        d.path(),
        &[
            "staff", "set-role", "Camille", "mediator", "--as", "Camille",
        ],
        &as_camille,
    );
    assert_eq!(last.status.code(), Some(2));
    assert!(
        text(&last).contains("error-last-coordinator"),
        "{}",
        text(&last)
    );
    let bad = run(
        d.path(),
        &["staff", "set-role", "Lina", "chef", "--as", "Camille"],
        &as_camille,
    );
    assert_eq!(bad.status.code(), Some(2));

    let refused = run(
        d.path(),
        &["staff", "set-role", "Lina", "coordinator", "--as", "Lina"],
        &[("PASSERELLE_PASSPHRASE", "la phrase de Lina")],
    );
    assert!(
        text(&refused).contains("error-role-refused"),
        "{}",
        text(&refused)
    );

    let ok = run(
        d.path(),
        &[
            "staff",
            "set-role",
            "lina",
            "coordinator",
            "--as",
            "Camille",
        ],
        &as_camille,
    );
    assert!(ok.status.success(), "{}", text(&ok));
    // Now Camille may step down; the roles are in the seal, readable before unlock.
    let down = run(
        d.path(),
        &[
            "staff",
            "set-role",
            "Camille",
            "volunteer",
            "--as",
            "Camille",
        ],
        &as_camille,
    );
    assert!(down.status.success(), "{}", text(&down));
    let list = String::from_utf8_lossy(&run(d.path(), &["staff", "list"], &[]).stdout).into_owned();
    assert!(
        list.contains("Camille\tvolunteer") && list.contains("Lina\tcoordinator"),
        "{list}"
    );
    // No rekey for a role: still the generation Lina's own passphrase made.
    let v = run(
        d.path(),
        &["verify", "--as", "Lina"],
        &[("PASSERELLE_PASSPHRASE", "la phrase de Lina")],
    );
    assert!(text(&v).contains("generation: 2"), "{}", text(&v));
    assert!(text(&v).contains("verify: ok"), "{}", text(&v));
}

#[test]
fn journal_prints_filters_and_exports_csv() {
    let d = tempfile::tempdir().unwrap();
    init(d.path(), &[]);
    add_lina(d.path());
    let as_camille = [("PASSERELLE_PASSPHRASE", COORD)];

    let all = run(d.path(), &["journal", "--as", "Camille"], &as_camille);
    assert!(all.status.success(), "{}", text(&all));
    let out = String::from_utf8_lossy(&all.stdout).into_owned();
    let lines: Vec<&str> = out.lines().collect();
    assert!(
        lines[0].starts_with("N°") && lines[0].contains("Date et heure"),
        "{out}"
    );
    // Newest first: this very unlock heads the table.
    assert!(
        lines[1].contains("Camille") && lines[1].contains("Ouverture de session"),
        "{out}"
    );
    assert!(out.contains("Membre de l'équipe ajouté"), "{out}");
    assert!(out.contains("Passerelle (système)"), "{out}");
    assert!(out.contains("Installation de la structure"), "{out}");
    assert!(
        lines.last().unwrap().starts_with("Entrées affichées"),
        "{out}"
    );

    let lina = run(
        d.path(),
        &["journal", "--as", "Camille", "--actor", "Lina"],
        &as_camille,
    );
    let out = String::from_utf8_lossy(&lina.stdout).into_owned();
    let rows: Vec<&str> = out.lines().skip(1).filter(|l| l.contains("Lina")).collect();
    // Her unlock and her passphrase change.
    assert_eq!(rows.len(), 2, "{out}");
    assert!(!out.contains("Camille"), "{out}");

    let adds = run(
        d.path(),
        &["journal", "--as", "Camille", "--action", "staff.added"],
        &as_camille,
    );
    let out = String::from_utf8_lossy(&adds.stdout).into_owned();
    assert!(out.contains("Entrées affichées : 2 sur 2"), "{out}");

    let none = run(
        d.path(),
        &[
            "journal",
            "--as",
            "Camille",
            "--from",
            "2000-01-01",
            "--to",
            "2000-01-31",
        ],
        &as_camille,
    );
    assert!(
        text(&none).contains("Entrées affichées : 0 sur 0"),
        "{}",
        text(&none)
    );
    let today = run(
        d.path(),
        &[
            "journal",
            "--as",
            "Camille",
            "--from",
            "2000-01-01",
            "--to",
            "2999-12-31",
        ],
        &as_camille,
    );
    assert!(!text(&today).contains(" 0 sur"), "{}", text(&today));
    let bad_date = run(
        d.path(),
        &["journal", "--as", "Camille", "--from", "01/02/2026"],
        &as_camille,
    );
    assert_eq!(bad_date.status.code(), Some(2));
    assert!(
        text(&bad_date).contains("error-invalid-field"),
        "{}",
        text(&bad_date)
    );

    let csv = d.path().join("journal.csv");
    let exp = run(
        d.path(),
        &[
            "journal",
            "--as",
            "Camille",
            "--action",
            "session.unlock",
            "--csv",
            csv.to_str().unwrap(),
        ],
        &as_camille,
    );
    assert!(exp.status.success(), "{}", text(&exp));
    assert!(text(&exp).contains("Journal exporté"), "{}", text(&exp));
    let bytes = std::fs::read(&csv).unwrap();
    assert!(bytes.starts_with(b"\xef\xbb\xbf"), "BOM");
    let body = String::from_utf8(bytes[3..].to_vec()).unwrap();
    let lines: Vec<&str> = body.split("\r\n").filter(|l| !l.is_empty()).collect();
    assert!(lines[0].starts_with("N°;Date et heure;"), "{body}");
    assert!(lines.len() >= 4, "{body}");
    assert!(
        lines[1..]
            .iter()
            .all(|l| l.contains(";session.unlock;Ouverture de session;")),
        "{body}"
    );

    let again = run(
        d.path(),
        &["journal", "--as", "Camille", "--csv", csv.to_str().unwrap()],
        &as_camille,
    );
    assert_eq!(again.status.code(), Some(2));
    assert!(
        text(&again).contains("error-file-exists"),
        "{}",
        text(&again)
    );
    assert_eq!(std::fs::read(&csv).unwrap(), bytes);

    let refused = run(
        d.path(),
        &["journal", "--as", "Lina"],
        &[("PASSERELLE_PASSPHRASE", "la phrase de Lina")],
    );
    assert!(
        text(&refused).contains("error-role-refused"),
        "{}",
        text(&refused)
    );

    let codes = run(d.path(), &["journal", "--action", "help"], &[]);
    assert!(String::from_utf8_lossy(&codes.stdout).contains("staff.role_changed"));
}
