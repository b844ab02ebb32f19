//! `passerelle vault` against the real binary: add and list, every bad input refused with a
//! translated error and nothing stored (a non-UTF-8 file name included), and SIGKILL during
//! `vault add` of 20 documents, 20 rounds: each document complete or absent, verify clean.

mod common;
use common::{init, ok, Rng};

use std::collections::BTreeSet;
use std::io::{BufRead, BufReader};
use std::os::unix::ffi::OsStrExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

fn cmd(dir: &Path, key: &str) -> Command {
    common::cmd_in(dir, key, "fr")
}

fn person(dir: &Path, key: &str) -> String {
    ok(&cmd(dir, key)
        .args(["vault", "debug-person"])
        .output()
        .unwrap())
    .trim()
    .to_owned()
}

fn list(dir: &Path, key: &str, person: &str) -> Vec<String> {
    ok(&cmd(dir, key)
        .args(["vault", "list", "--person", person])
        .output()
        .unwrap())
    .lines()
    .map(|l| l.split('\t').next().unwrap().to_owned())
    .collect()
}

fn vault_files(dir: &Path) -> Vec<PathBuf> {
    std::fs::read_dir(dir.join("vault"))
        .into_iter()
        .flatten()
        .flatten()
        .map(|e| e.path())
        .collect()
}

/// A PNG the way a scanner writes one: signature, header, data, end.
fn png() -> Vec<u8> {
    fn chunk(kind: &[u8], data: &[u8]) -> Vec<u8> {
        let mut v = (data.len() as u32).to_be_bytes().to_vec();
        v.extend_from_slice(kind);
        v.extend_from_slice(data);
        v.extend_from_slice(&[0, 0, 0, 0]); // CRC: not checked by the vault's walk
        v
    }
    let mut v = b"\x89PNG\r\n\x1a\n".to_vec();
    v.extend(chunk(b"IHDR", &[0, 0, 0, 4, 0, 0, 0, 4, 8, 2, 0, 0, 0]));
    v.extend(chunk(b"IDAT", &[0x78, 0x9C, 0x63, 0x60, 0, 0, 0, 0]));
    v.extend(chunk(b"IEND", &[]));
    v
}

#[test]
fn vault_add_lists_verifies_and_refuses_bad_files_with_nothing_stored() {
    let d = tempfile::tempdir().unwrap();
    let files = tempfile::tempdir().unwrap();
    let key = init(d.path());
    let p = person(d.path(), &key);

    let text = files.path().join("attestation-CAF-Kouyaté.txt");
    std::fs::write(&text, "Attestation de paiement CAF, mars\n".repeat(100)).unwrap();
    let image = files.path().join("photo.png");
    std::fs::write(&image, png()).unwrap();
    let out = ok(&cmd(d.path(), &key)
        .args([
            "vault",
            "add",
            "--person",
            &p,
            "--category",
            "revenus",
            "--expires",
            "2030-01-31",
        ])
        .arg(&text)
        .arg(&image)
        .output()
        .unwrap());
    let ids: Vec<&str> = out.lines().collect();
    assert_eq!(ids.len(), 2, "{out}");
    assert_eq!(list(d.path(), &key, &p), vec![ids[1], ids[0]]);
    let listing = ok(&cmd(d.path(), &key)
        .args(["vault", "list", "--person", &p])
        .output()
        .unwrap());
    assert!(listing.contains("2030-01-31") && listing.contains("attestation-CAF-Kouyaté"));
    for f in vault_files(d.path()) {
        let bytes = std::fs::read(&f).unwrap();
        assert!(bytes.starts_with(b"age-encryption.org/v1\n"));
        assert!(!bytes.windows(6).any(|w| w == b"Kouyat"));
        assert!(!bytes.windows(11).any(|w| w == b"Attestation"));
    }

    // Bad inputs: each refused with its translated message; nothing more stored.
    let non_utf8 = files
        .path()
        .join(std::ffi::OsStr::from_bytes(b"re\xE7u-loyer.txt"));
    std::fs::write(&non_utf8, "Reçu de loyer").unwrap();
    let exe = files.path().join("facture.pdf");
    let mut mz = b"MZ\x90\x00\x03\x00\x00\x00".to_vec();
    mz.extend_from_slice(&[0u8; 120]);
    std::fs::write(&exe, mz).unwrap();
    let empty = files.path().join("vide.pdf");
    std::fs::write(&empty, b"").unwrap();
    let cut = files.path().join("scan.png");
    let mut short = png();
    short.truncate(30);
    std::fs::write(&cut, short).unwrap();
    for (file, message) in [
        (&non_utf8, "error-file-name-not-utf8"),
        (&exe, "error-document-type-refused"),
        (&empty, "error-document-empty"),
        (&cut, "error-document-malformed"),
    ] {
        let o = cmd(d.path(), &key)
            .args(["vault", "add", "--person", &p, "--category", "autre"])
            .arg(file)
            .output()
            .unwrap();
        assert_eq!(o.status.code(), Some(1), "{message}");
        let err = String::from_utf8_lossy(&o.stderr);
        assert!(err.contains(message), "{message}: {err}");
        // Translated: the French message, not only its id.
        assert!(err.split('[').next().unwrap().trim().len() > 10, "{err}");
        assert!(String::from_utf8_lossy(&o.stdout).trim().is_empty());
    }
    assert_eq!(list(d.path(), &key, &p).len(), 2);
    assert_eq!(vault_files(d.path()).len(), 2);
    let o = cmd(d.path(), &key)
        .args(["vault", "add", "--person", &p, "--category", "passeport"])
        .arg(&text)
        .output()
        .unwrap();
    assert!(!o.status.success());

    let v = ok(&cmd(d.path(), &key).arg("verify").output().unwrap());
    assert!(
        v.contains("vault: 2 documents, 2 ok") && v.contains("vault: ok"),
        "{v}"
    );
    // A damaged file makes verify fail and names the document; quick mode reads headers only.
    let victim = vault_files(d.path()).into_iter().next().unwrap();
    let mut bytes = std::fs::read(&victim).unwrap();
    let n = bytes.len();
    bytes[n - 5] ^= 0x40;
    std::fs::write(&victim, bytes).unwrap();
    let o = cmd(d.path(), &key).arg("verify").output().unwrap();
    assert_eq!(o.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&o.stdout).contains("DAMAGED"));
    ok(&cmd(d.path(), &key)
        .args(["verify", "--quick"])
        .output()
        .unwrap());
    // An orphan is reported, and left in place.
    let orphan = d
        .path()
        .join("vault")
        .join("0123456789abcdef0123456789abcdef");
    std::fs::write(&orphan, b"age-encryption.org/v1\n").unwrap();
    let o = cmd(d.path(), &key)
        .args(["verify", "--quick"])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&o.stdout).contains("ORPHAN"));
    assert!(orphan.exists());
}

/// Runs `vault add`, SIGKILLs it after `delay`, returns the ids it printed before dying.
fn add_and_kill(dir: &Path, key: &str, args: &[String], delay: Duration) -> Vec<String> {
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
    std::thread::sleep(delay);
    let _ = child.kill(); // SIGKILL on Unix
    let _ = child.wait();
    reader.join().unwrap();
    rx.try_iter().collect()
}

#[test]
fn killed_during_vault_add_every_document_is_complete_or_absent_and_verify_is_clean() {
    const ROUNDS: usize = 20;
    const FILES: usize = 20;
    let d = tempfile::tempdir().unwrap();
    let files = tempfile::tempdir().unwrap();
    let key = init(d.path());
    let p = person(d.path(), &key);
    let paths: Vec<PathBuf> = (0..FILES)
        .map(|i| {
            let f = files.path().join(format!("piece-{i:02}.txt"));
            std::fs::write(&f, format!("pièce {i} ").repeat(30_000)).unwrap();
            f
        })
        .collect();
    let mut args: Vec<String> = ["vault", "add", "--person", &p, "--category", "autre"]
        .iter()
        .map(|s| s.to_string())
        .collect();
    args.extend(paths.iter().map(|f| f.display().to_string()));

    // How long a whole run takes here, to spread the kills over it.
    let calib = tempfile::tempdir().unwrap();
    let calib_key = init(calib.path());
    let calib_person = person(calib.path(), &calib_key);
    let mut calib_args = args.clone();
    calib_args[3] = calib_person;
    let t = Instant::now();
    ok(&cmd(calib.path(), &calib_key)
        .args(&calib_args)
        .output()
        .unwrap());
    let full = t.elapsed().as_millis() as u64;
    eprintln!("a full vault add of {FILES} files takes {full} ms");

    let mut rng = Rng::new();
    let mut acked: BTreeSet<String> = BTreeSet::new();
    let mut killed_mid_run = 0;
    for round in 0..ROUNDS {
        let delay = Duration::from_millis(rng.below(full + full / 5));
        let printed = add_and_kill(d.path(), &key, &args, delay);
        if printed.len() < FILES {
            killed_mid_run += 1;
        }
        acked.extend(printed);
        // verify settles interrupted writes, then decrypts every document to the end and
        // compares its hash: a half-written document would fail it.
        let out = cmd(d.path(), &key).arg("verify").output().unwrap();
        let text = String::from_utf8_lossy(&out.stdout);
        assert!(
            out.status.success(),
            "round {round}: verify failed:\n{text}\n{}",
            String::from_utf8_lossy(&out.stderr)
        );
        let present: BTreeSet<String> = list(d.path(), &key, &p).into_iter().collect();
        let lost: Vec<_> = acked.difference(&present).collect();
        assert!(
            lost.is_empty(),
            "round {round}: acknowledged documents lost: {lost:?}"
        );
        // Only whole documents: one file per listed document, nothing else in the folder.
        let on_disk = vault_files(d.path());
        assert_eq!(on_disk.len(), present.len(), "round {round}: {on_disk:?}");
    }
    eprintln!(
        "{} documents acknowledged, {killed_mid_run} of {ROUNDS} runs killed before their end",
        acked.len()
    );
    assert!(
        killed_mid_run > 0,
        "no run was interrupted: the test proves nothing"
    );
    assert!(
        !acked.is_empty(),
        "no document was ever added: the test proves nothing"
    );
}
