//! `passerelle vault export` against the real binary: names without the person's name, a
//! relative `--to` resolved from the working folder, an existing file kept, a missing folder
//! refused with a translated message and nothing written.

mod common;
use common::{init, ok};

use std::path::Path;
use std::process::Command;

fn cmd(dir: &Path, key: &str) -> Command {
    common::cmd_in(dir, key, "fr")
}

fn names(dir: &Path) -> Vec<String> {
    let mut v: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    v.sort();
    v
}

#[test]
fn vault_export_writes_safe_names_keeps_existing_files_and_refuses_a_missing_folder() {
    let d = tempfile::tempdir().unwrap();
    let work = tempfile::tempdir().unwrap();
    let key = init(d.path());
    let person = ok(&cmd(d.path(), &key)
        .args(["vault", "debug-person"])
        .output()
        .unwrap())
    .trim()
    .to_owned();
    let src = work.path().join("attestation-CAF-Kouyaté.txt");
    let body = "Attestation de paiement CAF, mars\n".repeat(20);
    std::fs::write(&src, &body).unwrap();
    let id = ok(&cmd(d.path(), &key)
        .args(["vault", "add", "--person", &person, "--category", "revenus"])
        .args(["--issued", "2026-03-31"])
        .arg(&src)
        .output()
        .unwrap())
    .trim()
    .to_owned();

    let out = work.path().join("out");
    std::fs::create_dir(&out).unwrap();
    std::fs::write(out.join("revenus-2026-03-31.txt"), "mine").unwrap();
    // A relative --to is resolved from the working folder.
    let printed = ok(&cmd(d.path(), &key)
        .current_dir(work.path())
        .args(["vault", "export", "--to", "out", &id])
        .output()
        .unwrap());
    assert_eq!(printed.trim(), format!("{id}\trevenus-2026-03-31 (2).txt"));
    assert_eq!(
        names(&out),
        ["revenus-2026-03-31 (2).txt", "revenus-2026-03-31.txt"]
    );
    assert_eq!(
        std::fs::read_to_string(out.join("revenus-2026-03-31.txt")).unwrap(),
        "mine"
    );
    assert_eq!(
        std::fs::read_to_string(out.join("revenus-2026-03-31 (2).txt")).unwrap(),
        body
    );

    let printed = ok(&cmd(d.path(), &key)
        .args(["vault", "export", "--original-names", "--to"])
        .arg(&out)
        .arg(&id)
        .output()
        .unwrap());
    assert_eq!(printed.trim(), format!("{id}\tattestation-CAF-Kouyaté.txt"));

    let refused = cmd(d.path(), &key)
        .args(["vault", "export", "--to"])
        .arg(work.path().join("missing"))
        .arg(&id)
        .output()
        .unwrap();
    assert!(!refused.status.success());
    let err = String::from_utf8_lossy(&refused.stderr);
    assert!(err.contains("Ce dossier n'existe pas"), "{err}");
    assert!(!work.path().join("missing").exists());
    assert_eq!(names(&out).len(), 3);
}
