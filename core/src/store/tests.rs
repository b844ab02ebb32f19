//! Tests of the whole store: what is on disk, bad inputs, removal, recovery, roles.

use super::device::{MemoryDeviceStore, NoDeviceStore};
use super::seal::{KdfParams, SEAL_FILES};
use super::secret::{Passphrase, RecoveryKey};
use super::session::init_with;
use super::settings::NewPlace;
use super::*;
use passerelle_api::ErrorCode;
use sha2::{Digest, Sha256};
use std::collections::{BTreeMap, BTreeSet, HashSet};
use std::path::{Path, PathBuf};

const PASS: &str = "ma phrase de passe du centre";
const PERSONAL: &[&str] = &[
    "Hélène Dupont-Marchand",
    "12 rue des Lilas",
    "Yasmina Benali",
    "Centre social des Tilleuls",
];

fn pass(s: &str) -> Passphrase {
    Passphrase::new(s.to_owned())
}

fn setup() -> (tempfile::TempDir, Session, RecoveryKey) {
    let d = tempfile::tempdir().unwrap();
    let (s, r) = init_with(
        d.path(),
        "Centre social des Tilleuls",
        "Camille",
        &pass(PASS),
        KdfParams::TESTING,
    )
    .unwrap();
    (d, s, r)
}

fn coordinator(l: &LockedStore) -> ids::StaffId {
    l.staff_by_name("Camille").unwrap()
}

fn files(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for e in std::fs::read_dir(dir).unwrap().flatten() {
        let p = e.path();
        if p.is_dir() {
            out.extend(files(&p));
        } else {
            out.push(p);
        }
    }
    out.sort();
    out
}

/// Every file's hash; seal files with their attempt counters blanked when `ignore_attempts`.
fn snapshot(dir: &Path, ignore_attempts: bool) -> BTreeMap<PathBuf, String> {
    files(dir)
        .into_iter()
        .map(|p| {
            let bytes = std::fs::read(&p).unwrap();
            let is_seal = p
                .file_name()
                .is_some_and(|n| SEAL_FILES.iter().any(|s| n == *s));
            let bytes = match serde_json::from_slice::<serde_json::Value>(&bytes) {
                Ok(mut v) if is_seal && ignore_attempts => {
                    v.as_object_mut().unwrap().remove("attempts");
                    serde_json::to_vec(&v).unwrap()
                }
                _ => bytes,
            };
            (p, hex::encode(Sha256::digest(bytes)))
        })
        .collect()
}

fn contains(hay: &[u8], needle: &[u8]) -> bool {
    !needle.is_empty() && hay.windows(needle.len()).any(|w| w == needle)
}

#[test]
fn nothing_readable_on_disk() {
    let (d, mut s, recovery) = setup();
    for (i, name) in PERSONAL.iter().enumerate() {
        s.add_place(&NewPlace {
            name: format!("{name} {i}"),
            address: "12 rue des Lilas".into(),
            commune: "Roubaix".into(),
            postal_code: "59100".into(),
            insee_code: "59512".into(),
        })
        .unwrap();
    }
    let key = s.key.expose().to_vec();
    let mut secrets: Vec<Vec<u8>> = vec![
        key.clone(),
        hex::encode(&key).into_bytes(),
        hex::encode_upper(&key).into_bytes(),
        PASS.as_bytes().to_vec(),
        recovery.expose_for_printing().as_bytes().to_vec(),
        b"AGE-SECRET-KEY-".to_vec(),
    ];
    secrets.extend(PERSONAL.iter().map(|p| p.as_bytes().to_vec()));
    secrets.push(b"Roubaix".to_vec());
    let gen = d.path().join("store").join("gen-000001");
    let check = |label: &str| {
        let mut seen = BTreeSet::new();
        for f in files(&gen) {
            let bytes = std::fs::read(&f).unwrap();
            let name = f.file_name().unwrap().to_string_lossy().into_owned();
            seen.insert(name.clone());
            if name.ends_with("-shm") {
                continue; // the shared-memory index holds no page content
            }
            assert!(
                !contains(&bytes, b"SQLite format 3"),
                "{label}: {name} has a SQLite header"
            );
            for s in &secrets {
                assert!(
                    !contains(&bytes, s),
                    "{label}: {name} contains {:?}",
                    String::from_utf8_lossy(&s[..s.len().min(20)])
                );
            }
        }
        seen
    };
    // While open: the WAL holds the recent pages.
    let seen = check("open");
    assert!(seen.contains("store.db-wal"), "no WAL to check: {seen:?}");
    assert!(seen.contains("seal-1.json") && seen.contains("seal-2.json"));
    drop(s);
    check("closed");
}

#[test]
fn staff_names_and_roles_are_readable_before_unlock() {
    let (d, mut s, _) = setup();
    s.add_staff("Yanis", Role::Volunteer, &pass("une autre phrase longue"))
        .unwrap();
    drop(s);
    let l = LockedStore::open(d.path()).unwrap();
    let staff = l.staff();
    assert_eq!(staff.len(), 2);
    assert_eq!(staff[1].display_name, "Yanis");
    assert_eq!(staff[1].role, Role::Volunteer);
    let v = l
        .unlock(
            staff[1].id,
            &pass("une autre phrase longue"),
            &NoDeviceStore,
        )
        .unwrap();
    assert_eq!(v.role(), Role::Volunteer);
}

#[test]
fn bad_inputs_give_distinct_errors_and_touch_only_the_counter() {
    let (d, mut s, recovery) = setup();
    let dev = MemoryDeviceStore::default();
    let bound = s
        .add_staff("Lina", Role::Mediator, &pass("phrase de Lina ici"))
        .unwrap();
    let disabled = s
        .add_staff("Marc", Role::Volunteer, &pass("phrase de Marc ici"))
        .unwrap();
    s.disable_staff(disabled).unwrap();
    drop(s);
    {
        let l = LockedStore::open(d.path()).unwrap().with_test_kdf();
        let mut lina = l.unlock(bound, &pass("phrase de Lina ici"), &dev).unwrap();
        // Typed by the coordinator: she chooses her own (the same words) before binding.
        lina.set_passphrase(bound, &pass("phrase de Lina ici"))
            .unwrap();
        lina.bind_device(&pass("phrase de Lina ici"), &dev).unwrap();
    }
    let root = d.path().join("store");
    let l = LockedStore::open(d.path()).unwrap();
    let cam = coordinator(&l);
    // Disabling, the new passphrase and binding each rekeyed: the live generation is the
    // fourth.
    assert_eq!(l.generation(), 4);
    let live = Layout::new(d.path()).gen_dir(l.generation());
    let codes = std::cell::RefCell::new(HashSet::new());
    let expect = |r: Result<Session, StoreError>,
                  code: ErrorCode,
                  ignore_attempts: bool,
                  before: &BTreeMap<PathBuf, String>| {
        let e = r.expect_err("must fail");
        assert_eq!(e.code(), code, "{e:?}");
        assert_eq!(
            &snapshot(&root, ignore_attempts),
            before,
            "{code:?} changed files"
        );
        codes.borrow_mut().insert(code);
    };

    // Wrong passphrase: only the counter moves, in both copies.
    let before = snapshot(&root, true);
    expect(
        l.unlock(cam, &pass("pas la bonne phrase"), &NoDeviceStore),
        ErrorCode::WrongPassphrase,
        true,
        &before,
    );
    for n in SEAL_FILES {
        let v: serde_json::Value =
            serde_json::from_slice(&std::fs::read(live.join(n)).unwrap()).unwrap();
        assert_eq!(v["attempts"][cam.to_string()]["failures"], 1, "{n}");
    }
    // Everything else: not even the counter.
    let before = snapshot(&root, false);
    let other = RecoveryKey::from_identity(&age::x25519::Identity::generate());
    expect(
        l.unlock_with_recovery(&other),
        ErrorCode::WrongRecoveryKey,
        false,
        &before,
    );
    expect(
        l.unlock_with_recovery(&RecoveryKey::parse("not a key")),
        ErrorCode::WrongRecoveryKey,
        false,
        &before,
    );
    expect(
        l.unlock(disabled, &pass("phrase de Marc ici"), &NoDeviceStore),
        ErrorCode::StaffDisabled,
        false,
        &before,
    );
    expect(
        l.unlock(ids::StaffId::new(), &pass(PASS), &NoDeviceStore),
        ErrorCode::StaffNotFound,
        false,
        &before,
    );
    expect(
        l.unlock(bound, &pass("phrase de Lina ici"), &NoDeviceStore),
        ErrorCode::KeyringUnavailable,
        false,
        &before,
    );
    expect(
        l.unlock(
            bound,
            &pass("phrase de Lina ici"),
            &MemoryDeviceStore::default(),
        ),
        ErrorCode::DeviceSecretMissing,
        false,
        &before,
    );
    // Bound: the passphrase alone does not open it, even on a keyring that has no secret.
    dev.unavailable
        .store(true, std::sync::atomic::Ordering::SeqCst);
    expect(
        l.unlock(bound, &pass("phrase de Lina ici"), &dev),
        ErrorCode::KeyringUnavailable,
        false,
        &before,
    );
    dev.unavailable
        .store(false, std::sync::atomic::Ordering::SeqCst);

    // Seal copies damaged: both → SealDamaged at open, nothing written.
    let gen = live.clone();
    let saved: Vec<Vec<u8>> = SEAL_FILES
        .iter()
        .map(|n| std::fs::read(gen.join(n)).unwrap())
        .collect();
    for (i, n) in SEAL_FILES.iter().enumerate() {
        std::fs::write(gen.join(n), &saved[i][..saved[i].len() / 2]).unwrap();
    }
    let before = snapshot(&root, false);
    let e = LockedStore::open(d.path()).unwrap_err();
    assert_eq!(e.code(), ErrorCode::SealDamaged);
    assert_eq!(snapshot(&root, false), before);
    codes.borrow_mut().insert(e.code());
    // Corrupted in the middle rather than truncated, at every kind of place (inside a
    // base64 string the JSON still parses): the same, before any passphrase is tried.
    let len = saved[0].len().min(saved[1].len());
    let tail = saved[0]
        .windows(10)
        .position(|w| w == b"\"attempts\"")
        .unwrap();
    for at in (20..tail.min(len)).step_by(len / 23).chain([tail - 8]) {
        for (i, n) in SEAL_FILES.iter().enumerate() {
            let mut b = saved[i].clone();
            // '0' never stands for the same value as another character (unlike 'a' and 'A' in
            // a uuid), so the content really changes.
            b[at] = if b[at] == b'0' { b'1' } else { b'0' };
            std::fs::write(gen.join(n), b).unwrap();
        }
        let before = snapshot(&root, false);
        assert_eq!(
            LockedStore::open(d.path()).map(|_| ()).unwrap_err().code(),
            ErrorCode::SealDamaged,
            "byte {at}"
        );
        assert_eq!(snapshot(&root, false), before);
    }
    // A newer seal format: refused as too new, not as damaged.
    for (i, n) in SEAL_FILES.iter().enumerate() {
        let mut v: serde_json::Value = serde_json::from_slice(&saved[i]).unwrap();
        v["body"]["format"] = 99.into();
        std::fs::write(gen.join(n), serde_json::to_vec(&v).unwrap()).unwrap();
    }
    let e = LockedStore::open(d.path()).unwrap_err();
    assert_eq!(e.code(), ErrorCode::StoreTooNew);
    codes.borrow_mut().insert(e.code());
    for (i, n) in SEAL_FILES.iter().enumerate() {
        std::fs::write(gen.join(n), &saved[i]).unwrap();
    }

    // One copy truncated, a wrong passphrase: counted in the good copy only.
    std::fs::write(gen.join(SEAL_FILES[0]), &saved[0][..10]).unwrap();
    let l = LockedStore::open(d.path()).unwrap();
    let before = snapshot(&root, true);
    expect(
        l.unlock(cam, &pass("toujours pas la bonne"), &NoDeviceStore),
        ErrorCode::WrongPassphrase,
        true,
        &before,
    );
    assert_eq!(
        std::fs::read(gen.join(SEAL_FILES[0])).unwrap(),
        &saved[0][..10]
    );
    // …and the right one opens from the mirror, repairs the copy and says so.
    let s = l.unlock(cam, &pass(PASS), &NoDeviceStore).unwrap();
    assert_eq!(s.warnings(), &[StoreWarning::SealCopyRepaired]);
    codes
        .borrow_mut()
        .insert(StoreWarning::SealCopyRepaired.code());
    assert!(s.verify().unwrap().is_ok());
    drop(s);
    let l = LockedStore::open(d.path()).unwrap();
    let s = l.unlock_with_recovery(&recovery).unwrap();
    assert!(s.warnings().is_empty());
    drop(s);

    // A store written by a newer schema: refused after the key opened, nothing written.
    {
        let s = l.unlock(cam, &pass(PASS), &NoDeviceStore).unwrap();
        s.conn()
            .execute_batch(&format!(
                "PRAGMA user_version = {};",
                db::schema_version() + 1
            ))
            .unwrap();
    }
    let before = snapshot(&root, false);
    expect(
        l.unlock(cam, &pass(PASS), &NoDeviceStore),
        ErrorCode::StoreTooNew,
        false,
        &before,
    );
    expect(
        l.unlock_with_recovery(&recovery),
        ErrorCode::StoreTooNew,
        false,
        &before,
    );

    let codes = codes.into_inner();
    assert_eq!(
        codes,
        [
            ErrorCode::WrongPassphrase,
            ErrorCode::WrongRecoveryKey,
            ErrorCode::StaffDisabled,
            ErrorCode::StaffNotFound,
            ErrorCode::KeyringUnavailable,
            ErrorCode::DeviceSecretMissing,
            ErrorCode::SealDamaged,
            ErrorCode::SealCopyDamaged,
            ErrorCode::StoreTooNew,
        ]
        .into_iter()
        .collect()
    );
    // Each has its own message.
    let ids: BTreeSet<_> = codes.iter().map(|c| c.message_id()).collect();
    assert_eq!(ids.len(), codes.len());
}

#[test]
fn failed_attempts_slow_down_and_survive_a_restart() {
    let (d, s, _) = setup();
    drop(s);
    let now = 1_900_000_000;
    for i in 0..5 {
        let l = LockedStore::open(d.path()).unwrap(); // a "restart" each time
        let e = l
            .unlock_at(
                coordinator(&l),
                &pass("mauvaise phrase"),
                &NoDeviceStore,
                now + i,
            )
            .unwrap_err();
        assert!(matches!(e, StoreError::WrongPassphrase), "{e:?}");
    }
    let l = LockedStore::open(d.path()).unwrap();
    let cam = coordinator(&l);
    // Even the right passphrase waits; nothing is derived or written meanwhile.
    let root = d.path().join("store");
    let before = snapshot(&root, false);
    let e = l
        .unlock_at(cam, &pass(PASS), &NoDeviceStore, now + 10)
        .unwrap_err();
    assert!(
        matches!(e, StoreError::TooManyAttempts { remaining_secs: 24 }),
        "{e:?}"
    );
    assert_eq!(snapshot(&root, false), before);
    let api = passerelle_api::ApiError::from(&e);
    assert_eq!(api.args, vec![("seconds".to_owned(), "24".to_owned())]);
    // After the delay: a sixth failure doubles it.
    let e = l
        .unlock_at(cam, &pass("encore une erreur"), &NoDeviceStore, now + 40)
        .unwrap_err();
    assert!(matches!(e, StoreError::WrongPassphrase));
    let e = l
        .unlock_at(cam, &pass(PASS), &NoDeviceStore, now + 41)
        .unwrap_err();
    assert!(
        matches!(e, StoreError::TooManyAttempts { remaining_secs: 59 }),
        "{e:?}"
    );
    // Success resets the counter.
    l.unlock_at(cam, &pass(PASS), &NoDeviceStore, now + 100)
        .unwrap();
    assert_eq!(LockedStore::open(d.path()).unwrap().retry_after(cam), 0);
    let v: serde_json::Value = serde_json::from_slice(
        &std::fs::read(root.join("gen-000001").join(SEAL_FILES[1])).unwrap(),
    )
    .unwrap();
    assert!(v["attempts"].as_object().unwrap().is_empty(), "{v}");
}

#[test]
fn a_removed_member_and_an_old_seal_open_nothing_current() {
    let (d, mut s, recovery) = setup();
    let lina = s
        .add_staff("Lina", Role::Mediator, &pass("phrase de Lina ici"))
        .unwrap();
    let place = s
        .add_place(&NewPlace {
            name: "Mairie annexe".into(),
            ..Default::default()
        })
        .unwrap();
    let root = d.path().join("store");
    let old_gen = root.join("gen-000001");
    let old_seals: Vec<Vec<u8>> = SEAL_FILES
        .iter()
        .map(|n| std::fs::read(old_gen.join(n)).unwrap())
        .collect();
    let old_db = std::fs::read(old_gen.join(db::DB_FILE)).unwrap();
    s.remove_staff(lina).unwrap();
    assert_eq!(s.generation(), 2);
    assert_eq!(s.place_ids().unwrap(), vec![place]);
    drop(s);
    assert!(!old_gen.exists(), "the previous generation must be deleted");

    let l = LockedStore::open(d.path()).unwrap();
    assert!(l.staff_by_name("Lina").is_none());
    assert_eq!(
        l.unlock(lina, &pass("phrase de Lina ici"), &NoDeviceStore)
            .unwrap_err()
            .code(),
        ErrorCode::StaffNotFound
    );
    let new_gen = root.join("gen-000002");
    assert_ne!(std::fs::read(new_gen.join(db::DB_FILE)).unwrap(), old_db);
    // Put the old seal copies where the new ones are.
    let current: Vec<Vec<u8>> = SEAL_FILES
        .iter()
        .map(|n| std::fs::read(new_gen.join(n)).unwrap())
        .collect();
    for (i, n) in SEAL_FILES.iter().enumerate() {
        std::fs::write(new_gen.join(n), &old_seals[i]).unwrap();
    }
    let l = LockedStore::open(d.path()).unwrap();
    let r = l.unlock(lina, &pass("phrase de Lina ici"), &NoDeviceStore);
    assert_eq!(r.unwrap_err().code(), ErrorCode::StoreDamaged);
    let r = l.unlock(coordinator(&l), &pass(PASS), &NoDeviceStore);
    assert!(r.is_err());
    let r = l.unlock_with_recovery(&recovery);
    assert!(r.is_err());
    // The current seal still works.
    for (i, n) in SEAL_FILES.iter().enumerate() {
        std::fs::write(new_gen.join(n), &current[i]).unwrap();
    }
    let l = LockedStore::open(d.path()).unwrap();
    let s = l
        .unlock(coordinator(&l), &pass(PASS), &NoDeviceStore)
        .unwrap();
    assert!(s.verify().unwrap().is_ok());
}

#[test]
fn the_recovery_key_opens_from_either_copy_and_can_be_replaced() {
    let (d, mut s, recovery) = setup();
    let place = s
        .add_place(&NewPlace {
            name: "Médiathèque".into(),
            ..Default::default()
        })
        .unwrap();
    drop(s);
    let gen = d.path().join("store/gen-000001");
    for gone in SEAL_FILES {
        std::fs::remove_file(gen.join(gone)).unwrap();
        let l = LockedStore::open(d.path()).unwrap();
        let s = l.unlock_with_recovery(&recovery).unwrap();
        assert_eq!(s.warnings(), &[StoreWarning::SealCopyRepaired]);
        assert_eq!(s.place_ids().unwrap(), vec![place]);
        assert!(gen.join(gone).is_file(), "{gone} repaired");
    }
    let l = LockedStore::open(d.path()).unwrap();
    let mut s = l.unlock_with_recovery(&recovery).unwrap();
    let new = s.regenerate_recovery().unwrap();
    drop(s);
    let l = LockedStore::open(d.path()).unwrap();
    assert_eq!(
        l.unlock_with_recovery(&recovery).unwrap_err().code(),
        ErrorCode::WrongRecoveryKey
    );
    let s = l.unlock_with_recovery(&new).unwrap();
    assert_eq!(s.place_ids().unwrap(), vec![place]);
    assert!(s.verify().unwrap().is_ok());
}

#[test]
fn roles_and_lock_state_are_checked() {
    let (d, mut s, _) = setup();
    let v = s
        .add_staff("Yanis", Role::Volunteer, &pass("phrase de Yanis ici"))
        .unwrap();
    assert_eq!(
        s.add_staff("Court", Role::Mediator, &pass("court"))
            .unwrap_err()
            .code(),
        ErrorCode::PassphraseTooShort
    );
    let me = coordinator(&LockedStore::open(d.path()).unwrap());
    assert_eq!(
        s.disable_staff(me).unwrap_err().code(),
        ErrorCode::LastCoordinator
    );
    drop(s);
    let l = LockedStore::open(d.path()).unwrap();
    let mut vs = l
        .with_test_kdf()
        .unlock(v, &pass("phrase de Yanis ici"), &NoDeviceStore)
        .unwrap();
    // The coordinator typed it: Yanis chooses his own before anything else.
    vs.set_passphrase(v, &pass("ma phrase à moi, Yanis"))
        .unwrap();
    let refused = vs.add_place(&NewPlace {
        name: "x".into(),
        ..Default::default()
    });
    assert_eq!(refused.unwrap_err().code(), ErrorCode::RoleRefused);
    assert_eq!(vs.rekey().unwrap_err().code(), ErrorCode::RoleRefused);
    assert_eq!(
        vs.add_staff("Autre", Role::Coordinator, &pass("phrase assez longue"))
            .unwrap_err()
            .code(),
        ErrorCode::RoleRefused
    );
    assert!(vs.settings().is_ok());
    assert!(require(Some(&vs), Permission::RecordActivity).is_ok());
    assert_eq!(
        require(Some(&vs), Permission::VaultAccess)
            .unwrap_err()
            .code(),
        ErrorCode::RoleRefused
    );
    assert_eq!(
        require(None, Permission::RecordActivity)
            .unwrap_err()
            .code(),
        ErrorCode::Locked
    );
    let locked = vs.lock().unwrap();
    assert_eq!(locked.staff().len(), 2);
}

#[test]
fn settings_have_defaults_and_are_journaled() {
    let (_d, mut s, _) = setup();
    let mut st = s.settings().unwrap();
    assert_eq!(st.structure_name, "Centre social des Tilleuls");
    assert_eq!((st.staff_idle_minutes, st.kiosk_idle_minutes), (10, 10));
    assert_eq!(st.language, "fr");
    st.kiosk_idle_minutes = 3;
    st.language = "ar".into();
    s.set_settings(&st).unwrap();
    assert_eq!(s.settings().unwrap(), st);
    st.language = "xx".into();
    let e = s.set_settings(&st).unwrap_err();
    assert_eq!(e.code(), ErrorCode::InvalidField);
    assert_eq!(
        passerelle_api::ApiError::from(&e).args,
        vec![("field".to_owned(), "language".to_owned())]
    );
    let id = s
        .add_place(&NewPlace {
            name: "France Services".into(),
            address: "1 place de la Mairie".into(),
            commune: "Ajaccio".into(),
            postal_code: "20000".into(),
            insee_code: "2a004".into(),
        })
        .unwrap();
    let p = &s.places().unwrap()[0];
    assert_eq!((p.id, p.insee_code.as_str()), (id, "2A004"));
    let actions: Vec<String> = s.journal().unwrap().into_iter().map(|e| e.action).collect();
    assert!(actions.ends_with(&["settings.changed".to_owned(), "place.added".to_owned()]));
    assert!(s.verify().unwrap().is_ok());
}

#[test]
fn rekey_changes_the_key_and_keeps_the_data_and_the_journal() {
    let (d, mut s, recovery) = setup();
    let place = s
        .add_place(&NewPlace {
            name: "Centre".into(),
            ..Default::default()
        })
        .unwrap();
    let old_key = s.key.expose().to_vec();
    let before = s.journal().unwrap().len();
    let mut steps = Vec::new();
    s.rekey_reporting(|st| steps.push(st)).unwrap();
    assert_eq!(steps.len(), 4);
    assert_ne!(s.key.expose().to_vec(), old_key);
    assert_eq!(s.journal().unwrap().len(), before + 1);
    assert!(s.verify().unwrap().is_ok());
    drop(s);
    let l = LockedStore::open(d.path()).unwrap();
    assert_eq!(l.generation(), 2);
    let s = l.unlock_with_recovery(&recovery).unwrap();
    assert_eq!(s.place_ids().unwrap(), vec![place]);
    // The exported database kept the journal's append-only triggers and the schema version.
    assert!(s.conn().execute("DELETE FROM journal", []).is_err());
    let v: i64 = s
        .conn()
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .unwrap();
    assert_eq!(v as u64, db::schema_version());
}

#[test]
fn journal_tampering_through_the_store_is_caught() {
    let (d, mut s, recovery) = setup();
    for i in 0..4 {
        s.add_place(&NewPlace {
            name: format!("Lieu {i}"),
            ..Default::default()
        })
        .unwrap();
    }
    assert!(matches!(
        s.verify_journal().unwrap(),
        journal::Verdict::Intact { .. }
    ));
    s.conn()
        .execute_batch("DROP TRIGGER journal_no_delete; DELETE FROM journal WHERE seq = (SELECT max(seq) FROM journal);")
        .unwrap();
    let r = s.verify().unwrap();
    assert!(!r.is_ok());
    assert_eq!(s.verify_journal().unwrap(), r.journal);
    drop(s);
    let s = LockedStore::open(d.path())
        .unwrap()
        .unlock_with_recovery(&recovery);
    // The unlock itself appends a row, which cannot mend the chain: verify still names it.
    let r = s.unwrap().verify().unwrap();
    assert!(
        matches!(r.journal, journal::Verdict::Broken { .. }),
        "{r:?}"
    );
}

#[test]
fn a_new_passphrase_replaces_the_old_one_for_real() {
    let (d, mut s, recovery) = setup();
    let lina = s
        .add_staff("Lina", Role::Mediator, &pass("ancienne phrase de Lina"))
        .unwrap();
    drop(s);
    let gen1 = d.path().join("store/gen-000001");
    let old_seals: Vec<Vec<u8>> = SEAL_FILES
        .iter()
        .map(|n| std::fs::read(gen1.join(n)).unwrap())
        .collect();
    // Lina forgot it: the coordinator, opened with the recovery key, sets a new one.
    let mut s = LockedStore::open(d.path())
        .unwrap()
        .unlock_with_recovery(&recovery)
        .unwrap();
    s.set_passphrase(lina, &pass("nouvelle phrase de Lina"))
        .unwrap();
    assert_eq!(s.generation(), 2);
    drop(s);
    let l = LockedStore::open(d.path()).unwrap();
    assert_eq!(
        l.unlock(lina, &pass("ancienne phrase de Lina"), &NoDeviceStore)
            .unwrap_err()
            .code(),
        ErrorCode::WrongPassphrase
    );
    let mut ls = l
        .unlock(lina, &pass("nouvelle phrase de Lina"), &NoDeviceStore)
        .unwrap();
    // Set by someone else, so temporary: nothing else until she chooses her own (and a
    // mediator may change only her own: see the refusal test).
    assert_eq!(
        ls.set_passphrase(coordinator(&l), &pass("je prends la main"))
            .unwrap_err()
            .code(),
        ErrorCode::PassphraseChangeRequired
    );
    drop(ls);
    // The old seal copies with the old passphrase open nothing current.
    let gen2 = d.path().join("store/gen-000002");
    for (i, n) in SEAL_FILES.iter().enumerate() {
        std::fs::write(gen2.join(n), &old_seals[i]).unwrap();
    }
    let l = LockedStore::open(d.path()).unwrap();
    assert!(l
        .unlock(lina, &pass("ancienne phrase de Lina"), &NoDeviceStore)
        .is_err());
}

#[test]
fn one_process_at_a_time() {
    let (d, s, recovery) = setup();
    let l = LockedStore::open(d.path()).unwrap();
    let root = d.path().join("store");
    let before = snapshot(&root, false);
    // While a session is open, another unlock is refused before anything is tried or written.
    assert_eq!(
        l.unlock(coordinator(&l), &pass("mauvaise phrase"), &NoDeviceStore)
            .unwrap_err()
            .code(),
        ErrorCode::StoreBusy
    );
    assert_eq!(
        l.unlock_with_recovery(&recovery).unwrap_err().code(),
        ErrorCode::StoreBusy
    );
    assert_eq!(snapshot(&root, false), before);
    // The names stay readable, and the lock goes with the session.
    assert_eq!(l.staff().len(), 1);
    drop(s);
    assert!(l.unlock_with_recovery(&recovery).is_ok());
}

/// Lina, a mediator added by Camille, who has replaced her temporary passphrase.
fn with_mediator() -> (tempfile::TempDir, Session, RecoveryKey, ids::StaffId) {
    let (d, mut s, r) = setup();
    let lina = s
        .add_staff("Lina", Role::Mediator, &pass("phrase provisoire de Lina"))
        .unwrap();
    drop(s);
    let l = LockedStore::open(d.path()).unwrap().with_test_kdf();
    let mut ls = l
        .unlock(lina, &pass("phrase provisoire de Lina"), &NoDeviceStore)
        .unwrap();
    ls.set_passphrase(lina, &pass("phrase de Lina ici"))
        .unwrap();
    drop(ls);
    let s = LockedStore::open(d.path())
        .unwrap()
        .with_test_kdf()
        .unlock(coordinator(&l), &pass(PASS), &NoDeviceStore)
        .unwrap();
    (d, s, r, lina)
}

fn unlock_as(d: &Path, id: ids::StaffId, p: &str) -> Session {
    LockedStore::open(d)
        .unwrap()
        .with_test_kdf()
        .unlock(id, &pass(p), &NoDeviceStore)
        .unwrap()
}

#[test]
fn a_passphrase_typed_by_someone_else_must_be_replaced_first() {
    let (d, mut s, recovery) = setup();
    assert!(!s.must_change_passphrase());
    assert!(!s.staff()[0].must_change_passphrase);
    let lina = s
        .add_staff("Lina", Role::Mediator, &pass("phrase provisoire de Lina"))
        .unwrap();
    drop(s);
    let l = LockedStore::open(d.path()).unwrap();
    let cam = coordinator(&l);
    // Readable before unlock, for the sign-in screen.
    let flags: Vec<bool> = l.staff().iter().map(|x| x.must_change_passphrase).collect();
    assert_eq!(flags, vec![false, true]);

    let mut ls = unlock_as(d.path(), lina, "phrase provisoire de Lina");
    assert!(ls.must_change_passphrase());
    let refused = ErrorCode::PassphraseChangeRequired;
    assert_eq!(
        ls.require(Permission::RecordActivity).unwrap_err().code(),
        refused
    );
    assert_eq!(ls.places().unwrap_err().code(), refused);
    // The one exception: the structure's name and idle lock, for the change screen itself.
    assert!(ls.settings().is_ok());
    assert_eq!(
        require(Some(&ls), Permission::ReadSettings)
            .unwrap_err()
            .code(),
        refused
    );
    assert_eq!(
        require_mut(Some(&mut ls), Permission::RecordActivity)
            .unwrap_err()
            .code(),
        refused
    );
    let dev = MemoryDeviceStore::default();
    assert_eq!(
        ls.bind_device(&pass("phrase provisoire de Lina"), &dev)
            .unwrap_err()
            .code(),
        refused
    );
    // Drafts still work: nothing typed is lost while the passphrase is being replaced.
    let fields = vec![("nom".to_owned(), "Dupont".to_owned())];
    ls.save_draft("place-new", &fields).unwrap();
    assert_eq!(ls.draft().unwrap().unwrap().fields, fields);
    // Locking works too.
    let l = ls.lock().unwrap();
    let mut ls = l
        .with_test_kdf()
        .unlock(lina, &pass("phrase provisoire de Lina"), &NoDeviceStore)
        .unwrap();
    assert!(ls.must_change_passphrase());
    ls.set_passphrase(lina, &pass("ma propre phrase de Lina"))
        .unwrap();
    assert!(!ls.must_change_passphrase());
    assert!(ls.settings().is_ok());
    assert!(ls.draft().unwrap().is_some());
    drop(ls);
    assert!(!LockedStore::open(d.path()).unwrap().staff()[1].must_change_passphrase);

    // A coordinator resets it: temporary again. The coordinator's own stays theirs.
    let mut s = unlock_as(d.path(), cam, PASS);
    s.set_passphrase(lina, &pass("nouvelle provisoire"))
        .unwrap();
    assert!(!s.must_change_passphrase());
    let flags: Vec<bool> = s.staff().iter().map(|x| x.must_change_passphrase).collect();
    assert_eq!(flags, vec![false, true]);
    s.set_passphrase(cam, &pass("autre phrase de Camille"))
        .unwrap();
    assert!(!s.must_change_passphrase());
    drop(s);

    // After a recovery unlock, the coordinator's new passphrase is temporary too; the
    // recovery session itself is never asked to change anything.
    let mut r = LockedStore::open(d.path())
        .unwrap()
        .with_test_kdf()
        .unlock_with_recovery(&recovery)
        .unwrap();
    assert!(!r.must_change_passphrase());
    r.set_passphrase(cam, &pass("provisoire de Camille"))
        .unwrap();
    assert!(r.require(Permission::ManageStaff).is_ok());
    drop(r);
    let mut s = unlock_as(d.path(), cam, "provisoire de Camille");
    assert!(s.must_change_passphrase());
    // A coordinator with a temporary passphrase may not manage others yet.
    assert_eq!(
        s.set_passphrase(lina, &pass("encore une autre"))
            .unwrap_err()
            .code(),
        refused
    );
    assert_eq!(
        s.add_staff("Marc", Role::Volunteer, &pass("phrase de Marc ici"))
            .unwrap_err()
            .code(),
        refused
    );
    s.set_passphrase(cam, &pass(PASS)).unwrap();
    assert!(s.require(Permission::ManageStaff).is_ok());
    assert!(s.verify().unwrap().is_ok());
}

#[test]
fn roles_change_without_a_rekey_and_one_coordinator_remains() {
    let (d, mut s, _, lina) = with_mediator();
    let cam = coordinator(&LockedStore::open(d.path()).unwrap());
    let gen = s.generation();
    assert_eq!(
        s.set_role(ids::StaffId::new(), Role::Volunteer)
            .unwrap_err()
            .code(),
        ErrorCode::StaffNotFound
    );
    assert_eq!(
        s.set_role(cam, Role::Mediator).unwrap_err().code(),
        ErrorCode::LastCoordinator
    );
    s.set_role(lina, Role::Coordinator).unwrap();
    assert_eq!(s.generation(), gen, "a role change does not rekey");
    let last = s.journal().unwrap().pop().unwrap();
    assert_eq!(last.action, "staff.role_changed");
    assert_eq!(last.record_id, Some(lina.to_string()));
    assert_eq!(s.journal_anchor().seq, last.seq);
    // Demoting oneself is allowed while another coordinator remains; the session follows.
    s.set_role(cam, Role::Volunteer).unwrap();
    assert_eq!(s.role(), Role::Volunteer);
    assert_eq!(
        s.set_role(lina, Role::Mediator).unwrap_err().code(),
        ErrorCode::RoleRefused
    );
    assert!(s.verify().unwrap().is_ok());
    drop(s);
    let l = LockedStore::open(d.path()).unwrap();
    let roles: Vec<Role> = l.staff().iter().map(|x| x.role).collect();
    assert_eq!(roles, vec![Role::Volunteer, Role::Coordinator]);

    let mut ls = unlock_as(d.path(), lina, "phrase de Lina ici");
    assert_eq!(ls.role(), Role::Coordinator);
    let marc = ls
        .add_staff("Marc", Role::Mediator, &pass("phrase de Marc ici"))
        .unwrap();
    ls.disable_staff(marc).unwrap();
    assert_eq!(
        ls.set_role(marc, Role::Coordinator).unwrap_err().code(),
        ErrorCode::StaffDisabled
    );
    assert!(ls.verify().unwrap().is_ok());
}

#[test]
fn coordinator_only_commands_refuse_other_roles_and_change_nothing() {
    let (d, mut s, _, lina) = with_mediator();
    let cam = coordinator(&LockedStore::open(d.path()).unwrap());
    let place = s
        .add_place(&NewPlace {
            name: "Médiathèque".into(),
            ..Default::default()
        })
        .unwrap();
    let yanis = s
        .add_staff("Yanis", Role::Volunteer, &pass("phrase provisoire Yanis"))
        .unwrap();
    drop(s);
    {
        let mut v = unlock_as(d.path(), yanis, "phrase provisoire Yanis");
        v.set_passphrase(yanis, &pass("phrase de Yanis ici"))
            .unwrap();
    }
    let out = tempfile::tempdir().unwrap();
    let csv = out.path().join("journal.csv");
    for (who, p) in [(lina, "phrase de Lina ici"), (yanis, "phrase de Yanis ici")] {
        let mut m = unlock_as(d.path(), who, p);
        let root = d.path().join("store");
        let before = snapshot(&root, false);
        let stable = |b: &BTreeMap<PathBuf, String>| -> BTreeMap<PathBuf, String> {
            // The WAL index may move on reads; page content lives in the WAL and the db.
            b.iter()
                .filter(|(p, _)| !p.to_string_lossy().ends_with("-shm"))
                .map(|(p, h)| (p.clone(), h.clone()))
                .collect()
        };
        let settings = m.settings().unwrap();
        let place_in = NewPlace {
            name: "Autre".into(),
            ..Default::default()
        };
        let results: Vec<(&str, Result<(), StoreError>)> = vec![
            (
                "add_staff",
                m.add_staff("X", Role::Coordinator, &pass("phrase assez longue"))
                    .map(|_| ()),
            ),
            ("disable_staff", m.disable_staff(cam)),
            ("remove_staff", m.remove_staff(cam)),
            ("set_role", m.set_role(who, Role::Coordinator)),
            (
                "set_passphrase (someone else)",
                m.set_passphrase(cam, &pass("je prends la main")),
            ),
            ("rekey", m.rekey()),
            ("regenerate_recovery", m.regenerate_recovery().map(|_| ())),
            ("set_settings", m.set_settings(&settings)),
            ("add_place", m.add_place(&place_in).map(|_| ())),
            ("update_place", m.update_place(place, &place_in, true)),
            ("journal", m.journal().map(|_| ())),
            ("verify_journal", m.verify_journal().map(|_| ())),
            (
                "journal_query",
                m.journal_query(&JournalFilter::default()).map(|_| ()),
            ),
            (
                "export_journal_csv",
                m.export_journal_csv(&JournalFilter::default(), "fr", &csv)
                    .map(|_| ()),
            ),
        ];
        for (name, r) in results {
            assert_eq!(
                r.map_err(|e| e.code()),
                Err(ErrorCode::RoleRefused),
                "{:?} calling {name}",
                m.role()
            );
        }
        assert_eq!(stable(&snapshot(&root, false)), stable(&before));
        assert!(!csv.exists());
        // What every role may do still works.
        assert!(m.places().is_ok());
        m.save_draft("session-new", &[]).unwrap();
    }
}

#[test]
fn drafts_are_per_person_replaced_kept_across_locks_and_rekeys_and_never_in_clear() {
    let (d, mut s, recovery, lina) = with_mediator();
    let secret = "Hélène Dupont-Marchand, 12 rue des Lilas";
    let f1 = vec![
        ("nom".to_owned(), secret.to_owned()),
        ("motif".to_owned(), "CAF".to_owned()),
    ];
    assert_eq!(s.draft().unwrap(), None);
    s.save_draft("session-new", &f1).unwrap();
    let got = s.draft().unwrap().unwrap();
    assert_eq!((got.form.as_str(), &got.fields), ("session-new", &f1));
    assert!((got.saved_at_ms - now_ms_for_test()).abs() < 60_000);
    // The newest replaces the older.
    let f2 = vec![("nom".to_owned(), "Yasmina Benali".to_owned())];
    s.save_draft("place-new", &f2).unwrap();
    assert_eq!(s.draft().unwrap().unwrap().fields, f2);
    s.save_draft("session-new", &f1).unwrap();
    assert_eq!(
        s.save_draft("Session New", &f1).unwrap_err().code(),
        ErrorCode::InvalidField
    );
    assert_eq!(
        s.draft().unwrap().unwrap().fields,
        f1,
        "a refused draft changes nothing"
    );

    // Not journaled, not in the log.
    assert!(!s
        .journal()
        .unwrap()
        .iter()
        .any(|e| e.action.contains("draft")));

    // Survives a rekey and a lock.
    s.rekey().unwrap();
    assert_eq!(s.draft().unwrap().unwrap().fields, f1);
    let l = s.lock().unwrap();
    let cam = coordinator(&l);
    drop(l);

    // Lina sees none of it, and hers is hers.
    let mut ls = unlock_as(d.path(), lina, "phrase de Lina ici");
    assert_eq!(ls.draft().unwrap(), None);
    ls.save_draft("place-new", &f2).unwrap();
    ls.discard_draft().unwrap();
    assert_eq!(ls.draft().unwrap(), None);
    ls.save_draft("place-new", &f2).unwrap();
    drop(ls);

    // A recovery session keeps nothing and sees nothing.
    let mut r = LockedStore::open(d.path())
        .unwrap()
        .unlock_with_recovery(&recovery)
        .unwrap();
    r.save_draft("place-new", &f2).unwrap();
    assert_eq!(r.draft().unwrap(), None);
    r.discard_draft().unwrap();
    drop(r);

    let mut s = unlock_as(d.path(), cam, PASS);
    assert_eq!(s.draft().unwrap().unwrap().fields, f1);

    // Nowhere on disk in clear: database, WAL, seal copies, log, while open and closed.
    let check = |label: &str| {
        for f in files(d.path()) {
            let bytes = std::fs::read(&f).unwrap();
            for needle in [secret, "Yasmina Benali", "session-new", "place-new"] {
                assert!(
                    !contains(&bytes, needle.as_bytes()),
                    "{label}: {} holds {needle:?}",
                    f.display()
                );
            }
        }
    };
    check("open");
    // Removing Lina removes her draft.
    s.remove_staff(lina).unwrap();
    let n: i64 = s
        .conn()
        .query_row("SELECT count(*) FROM drafts", [], |r| r.get(0))
        .unwrap();
    assert_eq!(n, 1);
    check("after removal");
    drop(s);
    check("closed");
}

fn now_ms_for_test() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_millis() as i64
}

/// Splits our CSV (no quoted line breaks in these tests) into rows of raw cells.
fn csv_rows(text: &str) -> Vec<Vec<String>> {
    text.split("\r\n")
        .filter(|l| !l.is_empty())
        .map(|l| {
            let mut cells = Vec::new();
            let mut cur = String::new();
            let mut quoted = false;
            let mut chars = l.chars().peekable();
            while let Some(c) = chars.next() {
                match (c, quoted) {
                    ('"', true) if chars.peek() == Some(&'"') => {
                        cur.push('"');
                        chars.next();
                    }
                    ('"', _) => quoted = !quoted,
                    (';', false) => cells.push(std::mem::take(&mut cur)),
                    _ => cur.push(c),
                }
            }
            cells.push(cur);
            cells
        })
        .collect()
}

#[test]
fn journal_filters_and_csv_export() {
    let (d, mut s, _, lina) = with_mediator();
    let cam = coordinator(&LockedStore::open(d.path()).unwrap());
    // A display name that a spreadsheet would run as a formula.
    let evil = s
        .add_staff(
            "=HYPERLINK(\"http://x\";\"ok\")",
            Role::Mediator,
            &pass("phrase provisoire piège"),
        )
        .unwrap();
    drop(s);
    drop(unlock_as(d.path(), evil, "phrase provisoire piège"));
    let mut s = unlock_as(d.path(), cam, PASS);
    s.add_place(&NewPlace {
        name: "Lieu".into(),
        ..Default::default()
    })
    .unwrap();

    let all = s.journal().unwrap();
    let (page, total) = s
        .journal_query(&JournalFilter {
            limit: 3,
            ..Default::default()
        })
        .unwrap();
    assert_eq!(total as usize, all.len());
    assert_eq!(
        page.iter().map(|e| e.seq).collect::<Vec<_>>(),
        all.iter().rev().take(3).map(|e| e.seq).collect::<Vec<_>>()
    );
    let lina_only = JournalFilter {
        actor: Some(lina.to_string()),
        ..Default::default()
    };
    let (rows, n) = s.journal_query(&lina_only).unwrap();
    assert_eq!(n, 2, "{rows:?}"); // her first unlock and her passphrase change
    assert!(rows.iter().all(|e| e.actor == lina.to_string()));
    assert_eq!(action_codes().len(), journal::Action::ALL.len());
    assert!(action_codes().contains(&"staff.role_changed"));

    let out = tempfile::tempdir().unwrap();
    let dest = out.path().join("journal.csv");
    let written = s
        .export_journal_csv(&JournalFilter::default(), "fr", &dest)
        .unwrap();
    assert_eq!(written as usize, all.len());
    let bytes = std::fs::read(&dest).unwrap();
    assert!(
        bytes.starts_with("\u{feff}".as_bytes()),
        "UTF-8 byte-order mark"
    );
    let text = std::str::from_utf8(&bytes[3..]).unwrap();
    let rows = csv_rows(text);
    assert_eq!(
        rows[0],
        [
            "N°",
            "Date et heure",
            "Code de la personne",
            "Personne",
            "Code de l'action",
            "Action",
            "Élément concerné",
            "Empreinte (SHA-256)"
        ]
    );
    assert_eq!(rows.len(), all.len() + 1);
    for (row, e) in rows[1..].iter().zip(&all) {
        assert_eq!(row.len(), 8, "{row:?}");
        assert_eq!(row[0], e.seq.to_string());
        let t = &row[1];
        assert_eq!(t.len(), 25, "{t}");
        assert_eq!((&t[4..5], &t[10..11], &t[22..23]), ("-", "T", ":"));
        assert_eq!(row[2], e.actor);
        assert_eq!(row[4], e.action);
        assert_eq!(row[6], e.record_id.clone().unwrap_or_default());
        assert_eq!(row[7], hex::encode(&e.hash));
    }
    let first = &rows[1];
    assert_eq!(
        (first[3].as_str(), first[5].as_str()),
        ("Passerelle (système)", "Installation de la structure")
    );
    let by_evil: Vec<&Vec<String>> = rows.iter().filter(|r| r[2] == evil.to_string()).collect();
    assert_eq!(by_evil.len(), 1);
    assert_eq!(by_evil[0][3], "'=HYPERLINK(\"http://x\";\"ok\")");
    assert!(
        text.contains(";\"'=HYPERLINK(\"\"http://x\"\";\"\"ok\"\")\";"),
        "quoted and guarded"
    );
    assert!(rows
        .iter()
        .any(|r| r[3] == "Camille" && r[5] == "Ouverture de session"));
    // The export is journaled, after the rows it wrote.
    let last = s.journal().unwrap().pop().unwrap();
    assert_eq!(last.action, "journal.exported");
    assert_eq!(last.record_id, None);

    // Never over an existing file.
    let before = std::fs::read(&dest).unwrap();
    assert_eq!(
        s.export_journal_csv(&JournalFilter::default(), "fr", &dest)
            .unwrap_err()
            .code(),
        ErrorCode::FileExists
    );
    assert_eq!(std::fs::read(&dest).unwrap(), before);

    // Filtered, in English.
    let dest2 = out.path().join("unlocks.csv");
    let unlocks = JournalFilter {
        action: Some("session.unlock".into()),
        limit: 1,
        offset: 5,
        ..Default::default()
    };
    let n = s.export_journal_csv(&unlocks, "en", &dest2).unwrap();
    let text = std::fs::read_to_string(&dest2).unwrap();
    let rows = csv_rows(text.trim_start_matches('\u{feff}'));
    assert_eq!(rows[0][0], "No.");
    assert_eq!(rows.len() as u64, n + 1);
    assert!(n >= 4, "limit and offset are ignored by the export");
    assert!(rows[1..]
        .iter()
        .all(|r| r[4] == "session.unlock" && r[5] == "Signed in"));
    assert!(s.verify().unwrap().is_ok());
}
