//! Privacy rights: erasure proven at byte level on a decrypted copy of the store, the access
//! zip (every session of the person, nothing of anyone else), retention review and purge,
//! roles and unknown ids.

use super::*;
use crate::store::device::NoDeviceStore;
use crate::store::secret::Passphrase;
use crate::store::test_desk::setup;
use crate::store::{PersonInput, Role, SupportSessionInput};
use passerelle_api::people::WorkshopInput;
use passerelle_api::ErrorCode;
use std::io::Read;

// The person erased: every string below must be gone from a decrypted copy afterwards.
const FIRST: &str = "Ysolde";
const LAST: &str = "Brandouillet";
const PHONE: &str = "06 71 82 93 04";
const PHONE_DIGITS: &str = "0671829304";
const EMAIL: &str = "ysolde.brandouillet@exemple.fr";
const PERSON_NOTES: &str = "Dossier CAF numero XQ7731-KARABOUDJAN";
const SESSION_NOTES: &str = "Revenir avec le formulaire PLUVIOSE-4482";
const FOLLOW_UP_WHAT: &str = "Rapporter attestation ZEPHYRIN-0193";
// A duplicate record once merged into hers.
const DUP_LAST: &str = "Brandouyette";
// Someone else, who stays.
const OTHER_FIRST: &str = "Gaspard";
const OTHER_LAST: &str = "Tournesolier";
const OTHER_NOTES: &str = "Note de Gaspard OPALINE-5521";

fn today() -> jiff::civil::Date {
    jiff::Zoned::now().date()
}

fn session(person: Option<PersonId>, date: jiff::civil::Date, notes: &str) -> SupportSessionInput {
    SupportSessionInput {
        person: person.map(|p| p.to_string()),
        date: date.to_string(),
        duration_min: 45,
        canal: Canal::Place,
        place: None,
        equipment: vec![Equipment::Computer],
        themes: vec![Theme::Email, Theme::AdministrativeProcedures],
        procedure_themes: vec![ProcedureTheme::SocialAndHealth],
        procedure_name: "Demande de complémentaire santé solidaire".into(),
        autonomy: Some(Autonomy::PartlyAutonomous),
        referral: Some(ReferralCategory::SocialSupport),
        referral_to: "CCAS de Montreuil".into(),
        partner: None,
        tags: vec![],
        notes: notes.into(),
    }
}

fn workshop(participants: Vec<String>, date: jiff::civil::Date) -> WorkshopInput {
    WorkshopInput {
        title: "Premiers pas sur la tablette".into(),
        level: Some(WorkshopLevel::Beginner),
        date: date.to_string(),
        duration_min: 120,
        place: None,
        themes: vec![Theme::DeviceHandling],
        tags: vec![],
        participants,
        anonymous: 3,
        anonymous_by_gender: vec![(Gender::Male, 2)],
        anonymous_by_age: vec![(AgeBracket::From60To69, 3)],
        anonymous_by_status: vec![],
        notes: String::new(),
    }
}

fn ysolde() -> PersonInput {
    PersonInput {
        first_name: FIRST.into(),
        last_name: LAST.into(),
        // 65 this year: in the 60–69 bracket whatever the year the test runs.
        birth_year: Some((today().year() - 65) as u16),
        gender: Some(Gender::Female),
        social_status: Some(SocialStatus::Retired),
        commune: "Montreuil".into(),
        postal_code: "93100".into(),
        phone: PHONE.into(),
        email: EMAIL.into(),
        notes: PERSON_NOTES.into(),
        languages: vec!["fr".into(), "ar".into()],
        ..Default::default()
    }
}

fn gaspard() -> PersonInput {
    PersonInput {
        first_name: OTHER_FIRST.into(),
        last_name: OTHER_LAST.into(),
        birth_year: Some(1990),
        notes: OTHER_NOTES.into(),
        ..Default::default()
    }
}

/// A follow-up written straight into the table (migration 9), as the follow-up module does.
fn add_follow_up(s: &Session, person: PersonId, due: jiff::civil::Date, what: &str) -> String {
    let id = uuid::Uuid::now_v7().to_string();
    s.conn()
        .execute(
            "INSERT INTO follow_up (id, installation_id, person_id, due_date, what, bring,
                                    created_at, updated_at)
             VALUES (?1, ?2, ?3, ?4, ?5, 'avis d''imposition', ?6, ?6)",
            params![
                id,
                s.installation(),
                person,
                due.to_string(),
                what,
                now_ms()
            ],
        )
        .unwrap();
    id
}

fn count(s: &Session, sql: &str) -> i64 {
    s.conn().query_row(sql, [], |r| r.get(0)).unwrap()
}

/// A plaintext copy of the whole store (`sqlcipher_export` into an unkeyed database) in a
/// memory-backed folder, read back as bytes, ASCII-lower-cased for case-blind searches.
fn decrypted_copy(s: &Session) -> Vec<u8> {
    let dir = tempfile::Builder::new()
        .prefix("passerelle-privacy-")
        .tempdir_in("/dev/shm")
        .unwrap();
    let path = dir.path().join("x.db");
    // Opened without CREATE (as the store's own), which ATTACH inherits: an empty file is a
    // new database.
    std::fs::File::create_new(&path).unwrap();
    // A connection of its own: when tests open their stores in parallel, one opened while
    // SQLCipher initialises in another thread can lack `sqlcipher_export`.
    let conn = rusqlite::Connection::open_with_flags(
        s.layout.db_path(s.generation),
        rusqlite::OpenFlags::SQLITE_OPEN_READ_WRITE,
    )
    .unwrap();
    conn.execute_batch("PRAGMA cipher_log_level = NONE;")
        .unwrap();
    conn.execute_batch(s.key.pragma(None).as_str()).unwrap();
    conn.execute_batch(&format!(
        "ATTACH DATABASE '{}' AS plain KEY '';",
        path.display()
    ))
    .unwrap();
    conn.query_row("SELECT sqlcipher_export('plain')", [], |_| Ok(()))
        .unwrap();
    conn.execute_batch("DETACH DATABASE plain;").unwrap();
    drop(conn);
    let bytes = std::fs::read(&path).unwrap();
    assert!(
        bytes.starts_with(b"SQLite format 3\0"),
        "the copy is not a plaintext database"
    );
    bytes.to_ascii_lowercase()
}

/// Every page of the database file decrypted with the installation key, free pages and
/// unused space included (what `sqlcipher_export`, a logical copy, cannot show). SQLCipher 4
/// defaults: 4096-byte pages, AES-256-CBC, 80 reserved bytes at the end of each page (IV, then
/// the HMAC); page 1 starts with the 16-byte salt. A raw 32-byte key is the AES key itself.
fn decrypted_pages(s: &Session) -> Vec<u8> {
    use aes::cipher::{generic_array::GenericArray, BlockDecrypt, KeyInit};
    const PAGE: usize = 4096;
    const RESERVE: usize = 80;
    let raw = std::fs::read(s.layout.db_path(s.generation)).unwrap();
    assert_eq!(raw.len() % PAGE, 0);
    let aes = aes::Aes256::new(GenericArray::from_slice(s.key.expose()));
    let mut out = Vec::with_capacity(raw.len());
    for (n, page) in raw.chunks(PAGE).enumerate() {
        let start = if n == 0 { 16 } else { 0 };
        let mut prev: [u8; 16] = page[PAGE - RESERVE..PAGE - RESERVE + 16]
            .try_into()
            .unwrap();
        let mut plain = page[..start].to_vec();
        for block in page[start..PAGE - RESERVE].chunks(16) {
            let mut b = GenericArray::clone_from_slice(block);
            aes.decrypt_block(&mut b);
            plain.extend(b.iter().zip(prev).map(|(x, p)| x ^ p));
            prev = block.try_into().unwrap();
        }
        if n == 0 {
            // The decryption is right: page 1's header says 4096-byte pages, 80 reserved.
            assert_eq!(&plain[16..18], &[0x10, 0x00]);
            assert_eq!(plain[20] as usize, RESERVE);
        }
        out.extend(plain);
    }
    out.to_ascii_lowercase()
}

fn contains(haystack: &[u8], needle: &str) -> bool {
    let n = needle.to_ascii_lowercase();
    let n = n.as_bytes();
    haystack.windows(n.len()).any(|w| w == n)
}

fn needles() -> Vec<&'static str> {
    vec![
        LAST,
        DUP_LAST,
        PHONE,
        PHONE_DIGITS,
        EMAIL,
        PERSON_NOTES,
        SESSION_NOTES,
        FOLLOW_UP_WHAT,
        // The search index holds the folded name words.
        "ysolde brandouillet",
    ]
}

#[test]
fn erasure_leaves_no_byte_of_the_person_in_a_decrypted_copy_and_keeps_the_counts() {
    let (_d, mut s) = setup();
    let other = s.add_person(&gaspard()).unwrap();
    let p = s.add_person(&ysolde()).unwrap();
    let dup = s
        .add_person(&PersonInput {
            first_name: FIRST.into(),
            last_name: DUP_LAST.into(),
            ..Default::default()
        })
        .unwrap();
    let day = today();
    let s1 = s
        .add_support_session(&session(Some(p), day, SESSION_NOTES))
        .unwrap();
    s.add_support_session(&session(Some(p), day, "deuxième visite"))
        .unwrap();
    let gone = s
        .add_support_session(&session(Some(dup), day, SESSION_NOTES))
        .unwrap();
    s.delete_support_session(gone).unwrap();
    s.add_support_session(&session(Some(other), day, OTHER_NOTES))
        .unwrap();
    s.add_support_session(&session(None, day, "anonyme"))
        .unwrap();
    let w = s
        .add_workshop(&workshop(vec![p.to_string(), other.to_string()], day))
        .unwrap();
    s.record_consent(p, &[ConsentScope::Record, ConsentScope::Contact], false)
        .unwrap();
    add_follow_up(&s, p, day, FOLLOW_UP_WHAT);
    s.merge_people(dup, p).unwrap();
    // A form left open when the session locked, about her.
    s.save_draft(
        "session-new",
        &[
            ("person".into(), p.to_string()),
            ("notes".into(), SESSION_NOTES.into()),
        ],
    )
    .unwrap();

    let live_sessions = "SELECT COUNT(*) FROM support_session WHERE deleted_at IS NULL";
    let sessions_before = count(&s, live_sessions);
    let all_sessions_before = count(&s, "SELECT COUNT(*) FROM support_session");
    let seats_before = s.workshops(10).unwrap()[0].input.participant_count();

    // The scans can see her before the erasure: every needle is there (in the raw pages once
    // the WAL is copied into the file).
    let before = decrypted_copy(&s);
    s.conn()
        .query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()))
        .unwrap();
    let pages_before = decrypted_pages(&s);
    for n in needles() {
        assert!(contains(&before, n), "{n:?} not found before the erasure");
        assert!(contains(&pages_before, n), "{n:?} not in the pages before");
    }

    let done = s.erase_person(p).unwrap();
    assert_eq!(
        done.records, 2,
        "her record and the duplicate merged into it"
    );
    assert_eq!(
        done.sessions_detached, 3,
        "her two sessions and the deleted one"
    );
    assert_eq!(done.workshop_seats_anonymised, 1);
    assert_eq!(done.consents_deleted, 1);
    assert_eq!(done.follow_ups_deleted, 1);
    assert_eq!(done.merges_deleted, 1);
    assert_eq!(done.drafts_deleted, 1);

    let after = decrypted_copy(&s);
    for n in needles() {
        assert!(!contains(&after, n), "{n:?} still in the decrypted copy");
    }
    // The scan can fail: the other person is still there, by name and notes.
    assert!(contains(&after, OTHER_LAST));
    assert!(contains(&after, OTHER_NOTES));
    // The same in every page of the file, free ones included (secure_delete zeroed them).
    let pages = decrypted_pages(&s);
    for n in needles() {
        assert!(!contains(&pages, n), "{n:?} still in a page of the file");
    }
    assert!(contains(&pages, OTHER_LAST) && contains(&pages, OTHER_NOTES));
    // The WAL was checkpointed and truncated; and the file on disk is not plaintext.
    let db = s.layout.db_path(s.generation);
    let wal = db.with_file_name(format!("{}-wal", db.file_name().unwrap().to_string_lossy()));
    let wal_bytes = std::fs::read(&wal).unwrap_or_default();
    assert_eq!(wal_bytes.len(), 0, "WAL not truncated");
    let raw = std::fs::read(&db).unwrap();
    assert!(!raw.starts_with(b"SQLite format 3"));

    // The statistics still count the same.
    assert_eq!(count(&s, live_sessions), sessions_before);
    assert_eq!(
        count(&s, "SELECT COUNT(*) FROM support_session"),
        all_sessions_before
    );
    let ws = s.workshops(10).unwrap();
    let kept = ws.iter().find(|x| x.id == w).unwrap();
    assert_eq!(kept.input.participant_count(), seats_before);
    assert_eq!(kept.input.participants, vec![other.to_string()]);
    assert_eq!(kept.input.anonymous, 4);
    assert_eq!(
        kept.input.anonymous_by_gender,
        [(Gender::Male, 2), (Gender::Female, 1)]
    );
    assert_eq!(kept.input.anonymous_by_age, [(AgeBracket::From60To69, 4)]);
    assert_eq!(kept.input.anonymous_by_status, [(SocialStatus::Retired, 1)]);
    // Her sessions are kept, detached, notes emptied; the procedure name stays.
    let (person_id, notes, procedure): (Option<String>, String, String) = s
        .conn()
        .query_row(
            "SELECT person_id, notes, procedure_name FROM support_session WHERE id = ?1",
            [s1],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )
        .unwrap();
    assert_eq!((person_id, notes.as_str()), (None, ""));
    assert_eq!(procedure, "Demande de complémentaire santé solidaire");
    // Gone from the record, the search and the merge history; journaled with her id only.
    assert_eq!(s.person(p).unwrap_err().code(), ErrorCode::PersonNotFound);
    assert!(s.search_people(LAST).unwrap().is_empty());
    assert!(s.draft().unwrap().is_none());
    let e = s.journal().unwrap().into_iter().last().unwrap();
    assert_eq!(e.action, "person.erased");
    assert_eq!(e.record_id, Some(p.to_string()));
    assert!(matches!(
        s.verify().unwrap().journal,
        journal::Verdict::Intact { .. }
    ));
    assert!(s.verify().unwrap().integrity_problems.is_empty());
    // A second erasure finds nobody.
    assert_eq!(
        s.erase_person(p).unwrap_err().code(),
        ErrorCode::PersonNotFound
    );
}

fn unzip(path: &Path) -> BTreeMap<String, Vec<u8>> {
    let mut z = zip::ZipArchive::new(std::fs::File::open(path).unwrap()).unwrap();
    let mut out = BTreeMap::new();
    for i in 0..z.len() {
        let mut f = z.by_index(i).unwrap();
        let mut b = Vec::new();
        f.read_to_end(&mut b).unwrap();
        out.insert(f.name().unwrap().to_string(), b);
    }
    out
}

/// The PDF's text, when poppler's `pdftotext` is installed.
fn pdf_text(pdf: &[u8]) -> Option<String> {
    let dir = tempfile::tempdir().ok()?;
    let p = dir.path().join("s.pdf");
    std::fs::write(&p, pdf).ok()?;
    let out = std::process::Command::new("pdftotext")
        .arg(&p)
        .arg("-")
        .output()
        .ok()?;
    out.status
        .success()
        .then(|| String::from_utf8_lossy(&out.stdout).into_owned())
}

#[test]
fn the_access_zip_holds_every_session_of_the_person_and_nothing_of_anyone_else() {
    let (d, mut s) = setup();
    let p = s.add_person(&ysolde()).unwrap();
    let other = s.add_person(&gaspard()).unwrap();
    let day = today();
    let mut mine = BTreeSet::new();
    for i in 0..3 {
        let date = day.checked_sub(jiff::Span::new().days(i * 40)).unwrap();
        mine.insert(
            s.add_support_session(&session(Some(p), date, SESSION_NOTES))
                .unwrap()
                .to_string(),
        );
    }
    let deleted = s
        .add_support_session(&session(Some(p), day, "supprimée"))
        .unwrap();
    s.delete_support_session(deleted).unwrap();
    mine.insert(deleted.to_string());
    let theirs = s
        .add_support_session(&session(Some(other), day, OTHER_NOTES))
        .unwrap();
    // Both at the same workshop: her export shows the workshop, not him.
    s.add_workshop(&workshop(vec![p.to_string(), other.to_string()], day))
        .unwrap();
    s.record_consent(p, &[ConsentScope::Record], false).unwrap();
    s.record_consent(p, &[ConsentScope::Record, ConsentScope::Vault], false)
        .unwrap();
    s.record_consent(other, &[ConsentScope::Record], false)
        .unwrap();
    add_follow_up(&s, p, day, FOLLOW_UP_WHAT);
    add_follow_up(&s, other, day, "Gaspard rapporte OPALINE");

    let name = access_file_name(p, "fr", day);
    assert!(name.starts_with("passerelle-acces-") && name.ends_with(&format!("-{day}.zip")));
    assert!(!contains(name.as_bytes(), LAST) && !contains(name.as_bytes(), FIRST));
    let path = d.path().join(&name);
    let out = s.export_person_access(p, "fr", &path).unwrap();
    assert_eq!(out.sessions, 4);
    assert_eq!(out.workshops, 1);
    assert_eq!(out.consents, 2, "the history: the first one was replaced");
    assert_eq!(out.follow_ups, 1);
    assert_eq!(out.bytes, std::fs::metadata(&path).unwrap().len());
    let leftovers: Vec<_> = std::fs::read_dir(d.path())
        .unwrap()
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.contains(".tmp"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");

    let files = unzip(&path);
    assert_eq!(
        files.keys().cloned().collect::<Vec<_>>(),
        ["donnees.json", "resume.pdf"]
    );
    let json: serde_json::Value = serde_json::from_slice(&files["donnees.json"]).unwrap();
    assert_eq!(json["format"], ACCESS_FORMAT);
    assert_eq!(json["person"]["id"], p.to_string());
    assert_eq!(json["person"]["last_name"], LAST);
    assert_eq!(json["person"]["gender"], "feminin");
    let ids: BTreeSet<String> = json["sessions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|x| x["id"].as_str().unwrap().to_owned())
        .collect();
    assert_eq!(ids, mine, "every session of hers, the deleted one included");
    assert!(!ids.contains(&theirs.to_string()));
    let marked: Vec<bool> = json["sessions"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|x| x["id"] == deleted.to_string())
        .map(|x| x["deleted"].as_bool().unwrap())
        .collect();
    assert_eq!(marked, [true]);
    assert_eq!(json["sessions"][0]["themes"][0], "email");
    assert_eq!(json["consents"].as_array().unwrap().len(), 2);
    assert!(json["consents"][1]["withdrawn_on"].is_string());
    assert_eq!(json["follow_ups"][0]["what"], FOLLOW_UP_WHAT);
    let journal_ids: Vec<String> = json["journal"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|x| x["record_id"].as_str().map(str::to_owned))
        .collect();
    assert!(journal_ids.contains(&p.to_string()));
    assert!(!journal_ids.contains(&other.to_string()));
    assert!(!journal_ids.contains(&theirs.to_string()));

    // Nothing of him anywhere in the zip, in any entry, compressed or not.
    let (other_id, theirs_id) = (other.to_string(), theirs.to_string());
    let zipped = std::fs::read(&path).unwrap().to_ascii_lowercase();
    for needle in [OTHER_LAST, OTHER_NOTES, "OPALINE", &other_id, &theirs_id] {
        assert!(!contains(&zipped, needle));
        for (entry, bytes) in &files {
            assert!(
                !contains(&bytes.to_ascii_lowercase(), needle),
                "{needle:?} in {entry}"
            );
        }
    }
    if let Some(dir) = std::env::var_os("PASSERELLE_PRIVACY_PDF_DIR") {
        std::fs::write(Path::new(&dir).join("resume.pdf"), &files["resume.pdf"]).unwrap();
    }
    // The PDF's text, when it can be extracted (else the JSON checks above stand alone).
    match pdf_text(&files["resume.pdf"]) {
        Some(text) => {
            assert!(
                text.contains(LAST),
                "the extraction works: her name is there"
            );
            assert!(text.contains("PLUVIOSE-4482"), "her session notes");
            assert!(text.contains("(supprimé)"));
            assert!(!text.contains(OTHER_LAST) && !text.contains(OTHER_FIRST));
            assert!(!text.contains("OPALINE"));
        }
        None => eprintln!("pdftotext not installed: the PDF's text was not checked"),
    }
    let e = s.journal().unwrap().into_iter().last().unwrap();
    assert_eq!(e.action, "person.exported");
    assert_eq!(e.record_id, Some(p.to_string()));

    // In English too.
    let en = d.path().join(access_file_name(p, "en", day));
    s.export_person_access(p, "en", &en).unwrap();
    let files = unzip(&en);
    assert!(files.contains_key("summary.pdf") && files.contains_key("data.json"));
    if let Some(text) = pdf_text(&files["summary.pdf"]) {
        assert!(text.contains("Your recorded information"), "{text}");
    }
}

/// Sets a person's "last seen" back to `date` (sessions bump it to now).
fn seen_on(s: &Session, p: PersonId, date: jiff::civil::Date) {
    let ms = date
        .to_zoned(jiff::tz::TimeZone::system())
        .unwrap()
        .timestamp()
        .as_millisecond();
    s.conn()
        .execute(
            "UPDATE person SET last_seen_at = ?2 WHERE id = ?1",
            params![p, ms],
        )
        .unwrap();
}

#[test]
fn retention_lists_the_inactive_and_purges_only_the_reviewed_still_inactive() {
    let (_d, mut s) = setup();
    assert_eq!(
        s.settings().unwrap().retention_months,
        DEFAULT_RETENTION_MONTHS
    );
    let day = today();
    let months_ago = |m: i64| day.checked_sub(jiff::Span::new().months(m)).unwrap();
    let old = |s: &mut Session, last: &str| {
        let p = s
            .add_person(&PersonInput {
                last_name: last.into(),
                ..Default::default()
            })
            .unwrap();
        s.add_support_session(&session(Some(p), months_ago(25), "ancienne"))
            .unwrap();
        seen_on(s, p, months_ago(25));
        p
    };
    let a = old(&mut s, "Ancienne");
    let c = old(&mut s, "Revenue");
    let d = old(&mut s, "Oubliee");
    let e = old(&mut s, "Rendezvous");
    // A follow-up planned next month keeps her.
    add_follow_up(
        &s,
        e,
        day.checked_add(jiff::Span::new().months(1)).unwrap(),
        "rdv",
    );
    s.conn()
        .execute(
            "UPDATE follow_up SET created_at = 0 WHERE person_id = ?1",
            [e],
        )
        .unwrap();
    let recent = s
        .add_person(&PersonInput {
            last_name: "Recente".into(),
            ..Default::default()
        })
        .unwrap();
    s.add_support_session(&session(Some(recent), months_ago(1), "récente"))
        .unwrap();
    seen_on(&s, recent, months_ago(1));
    // Only an old workshop: inactive too.
    let w_only = s
        .add_person(&PersonInput {
            last_name: "Atelier".into(),
            ..Default::default()
        })
        .unwrap();
    s.add_workshop(&workshop(vec![w_only.to_string()], months_ago(30)))
        .unwrap();
    seen_on(&s, w_only, months_ago(30));

    let review = s.retention_review().unwrap();
    assert_eq!(review.retention_months, 24);
    assert_eq!(review.inactive_before, months_ago(24).to_string());
    let listed: Vec<String> = review.people.iter().map(|x| x.id.clone()).collect();
    assert_eq!(listed.len(), 4, "{listed:?}");
    for p in [a, c, d, w_only] {
        assert!(listed.contains(&p.to_string()));
    }
    assert!(!listed.contains(&recent.to_string()));
    assert!(!listed.contains(&e.to_string()), "a follow-up is planned");
    assert_eq!(
        review.people[0].id,
        w_only.to_string(),
        "oldest activity first"
    );
    let row = review
        .people
        .iter()
        .find(|x| x.id == a.to_string())
        .unwrap();
    assert_eq!(row.last_activity, months_ago(25).to_string());
    assert_eq!((row.sessions, row.workshops, row.follow_ups), (1, 0, 0));

    // C comes back between the review and the purge; D was not in the reviewed list.
    s.add_support_session(&session(Some(c), day, "de retour"))
        .unwrap();
    let sessions_before = count(&s, "SELECT COUNT(*) FROM support_session");
    let purged = s.purge_inactive(&[a, c, w_only, a]).unwrap();
    assert_eq!(purged.erased, 2);
    assert_eq!(purged.skipped, [c.to_string()]);
    assert_eq!(purged.totals.records, 2);
    assert_eq!(purged.totals.sessions_detached, 1);
    assert_eq!(purged.totals.workshop_seats_anonymised, 1);
    assert_eq!(s.person(a).unwrap_err().code(), ErrorCode::PersonNotFound);
    assert_eq!(
        s.person(w_only).unwrap_err().code(),
        ErrorCode::PersonNotFound
    );
    for kept in [c, d, e, recent] {
        assert!(s.person(kept).is_ok());
    }
    assert_eq!(
        count(&s, "SELECT COUNT(*) FROM support_session"),
        sessions_before
    );
    let purges: Vec<_> = s
        .journal()
        .unwrap()
        .into_iter()
        .filter(|x| x.action == "retention.purged")
        .collect();
    assert_eq!(purges.len(), 1);
    assert_eq!(
        purges[0].record_id.as_deref(),
        Some("2"),
        "a count, never an id"
    );
    let left: Vec<String> = s
        .retention_review()
        .unwrap()
        .people
        .into_iter()
        .map(|x| x.id)
        .collect();
    assert_eq!(left, [d.to_string()]);

    // The period is a setting, checked.
    let mut st = s.settings().unwrap();
    st.retention_months = 5;
    assert_eq!(
        s.set_settings(&st).unwrap_err().code(),
        ErrorCode::InvalidField
    );
    st.retention_months = 36;
    s.set_settings(&st).unwrap();
    assert!(s.retention_review().unwrap().people.is_empty());
}

#[test]
fn privacy_rights_need_the_right_role_and_a_known_person() {
    let (d, mut s) = setup();
    let p = s.add_person(&ysolde()).unwrap();
    let unknown = PersonId::new();
    assert_eq!(
        s.erase_person(unknown).unwrap_err().code(),
        ErrorCode::PersonNotFound
    );
    assert_eq!(
        s.export_person_access(unknown, "fr", &d.path().join("x.zip"))
            .unwrap_err()
            .code(),
        ErrorCode::PersonNotFound
    );
    assert!(!d.path().join("x.zip").exists());

    let pass = |t: &str| Passphrase::new(t.into());
    let mediator = s
        .add_staff("Bastien", Role::Mediator, &pass("phrase temporaire longue"))
        .unwrap();
    let volunteer = s
        .add_staff("Yanis", Role::Volunteer, &pass("phrase temporaire longue"))
        .unwrap();
    drop(s);
    // Each passphrase change rekeys (a new generation): open the store afresh each time.
    let as_ = |id| {
        let mut x = crate::store::LockedStore::open(d.path())
            .unwrap()
            .with_test_kdf()
            .unlock(id, &pass("phrase temporaire longue"), &NoDeviceStore)
            .unwrap();
        x.set_passphrase(id, &pass("ma propre phrase de passe"))
            .unwrap();
        x
    };
    {
        let mut v = as_(volunteer);
        assert_eq!(
            v.export_person_access(p, "fr", &d.path().join("v.zip"))
                .unwrap_err()
                .code(),
            ErrorCode::RoleRefused
        );
        assert!(!d.path().join("v.zip").exists());
        assert_eq!(
            v.erase_person(p).unwrap_err().code(),
            ErrorCode::RoleRefused
        );
        assert_eq!(
            v.retention_review().unwrap_err().code(),
            ErrorCode::RoleRefused
        );
        assert_eq!(
            v.purge_inactive(&[p]).unwrap_err().code(),
            ErrorCode::RoleRefused
        );
    }
    let mut m = as_(mediator);
    // A mediator gives the person their data, but erasing is for coordinators.
    m.export_person_access(p, "fr", &d.path().join("m.zip"))
        .unwrap();
    assert!(d.path().join("m.zip").exists());
    assert_eq!(
        m.erase_person(p).unwrap_err().code(),
        ErrorCode::RoleRefused
    );
    assert_eq!(
        m.purge_inactive(&[p]).unwrap_err().code(),
        ErrorCode::RoleRefused
    );
    assert!(m.person(p).is_ok());
}
