//! The vault: round trips, every bad input refused with nothing stored, damaged files failing
//! alone, access rules, expiry, crash recovery by settle, erasure.

use super::*;
use crate::store::device::NoDeviceStore;
use crate::store::secret::Passphrase;
use crate::store::test_desk::setup;
use crate::store::{PersonInput, Role};
use passerelle_api::ErrorCode;
use std::os::unix::ffi::OsStringExt;

pub(crate) fn person_with_vault(s: &mut Session, last: &str) -> PersonId {
    let p = s
        .add_person(&PersonInput {
            first_name: "Awa".into(),
            last_name: last.into(),
            birth_year: Some(1985),
            ..Default::default()
        })
        .unwrap();
    s.record_consent(p, &[ConsentScope::Record, ConsentScope::Vault], false)
        .unwrap();
    p
}

pub(crate) fn input(name: &str, category: DocumentCategory) -> DocumentInput {
    DocumentInput {
        title: String::new(),
        category,
        original_name: name.into(),
        issued_on: None,
        expires_on: None,
        notes: String::new(),
        private: false,
    }
}

/// A small PDF that parses, with `text` in its page content.
pub(crate) fn pdf(text: &str) -> Vec<u8> {
    use lopdf::{dictionary, Object, Stream};
    let mut doc = lopdf::Document::with_version("1.5");
    let pages_id = doc.new_object_id();
    let content = doc.add_object(Stream::new(
        dictionary! {},
        format!("BT /F1 12 Tf 72 720 Td ({text}) Tj ET").into_bytes(),
    ));
    let page_id = doc.add_object(dictionary! {
        "Type" => "Page",
        "Parent" => pages_id,
        "Contents" => content,
        "MediaBox" => vec![0.into(), 0.into(), 595.into(), 842.into()],
    });
    doc.objects.insert(
        pages_id,
        Object::Dictionary(dictionary! {
            "Type" => "Pages",
            "Kids" => vec![page_id.into()],
            "Count" => 1,
        }),
    );
    let catalog = doc.add_object(dictionary! { "Type" => "Catalog", "Pages" => pages_id });
    doc.trailer.set("Root", catalog);
    let mut out = Vec::new();
    doc.save_to(&mut out).unwrap();
    out
}

/// A real PNG (encoded by the image crate).
pub(crate) fn png() -> Vec<u8> {
    let img = image::RgbImage::from_fn(40, 30, |x, y| image::Rgb([x as u8 * 6, y as u8 * 8, 90]));
    let mut out = std::io::Cursor::new(Vec::new());
    img.write_to(&mut out, image::ImageFormat::Png).unwrap();
    out.into_inner()
}

/// A structurally whole baseline JPEG (markers, frame header, scan, end of image).
pub(crate) fn jpeg() -> Vec<u8> {
    let mut v = vec![0xFF, 0xD8];
    // APP0 JFIF
    v.extend_from_slice(&[0xFF, 0xE0, 0x00, 0x10]);
    v.extend_from_slice(b"JFIF\0\x01\x01\0\0\x01\0\x01\0\0");
    // SOF0: precision 8, 16×16, 1 component
    v.extend_from_slice(&[
        0xFF, 0xC0, 0x00, 0x0B, 0x08, 0x00, 0x10, 0x00, 0x10, 0x01, 0x01, 0x11, 0x00,
    ]);
    // SOS: 1 component
    v.extend_from_slice(&[0xFF, 0xDA, 0x00, 0x08, 0x01, 0x01, 0x00, 0x00, 0x3F, 0x00]);
    v.extend_from_slice(&[0x12, 0x34, 0x56, 0x78, 0x9A, 0xBC, 0xDE, 0xF0].repeat(64));
    v.extend_from_slice(&[0xFF, 0xD9]);
    v
}

fn rows(s: &Session) -> i64 {
    s.conn()
        .query_row("SELECT count(*) FROM vault_document", [], |r| r.get(0))
        .unwrap()
}

fn files(s: &Session) -> Vec<(String, Vec<u8>)> {
    let mut v: Vec<_> = std::fs::read_dir(s.vault_dir())
        .into_iter()
        .flatten()
        .flatten()
        .map(|e| {
            (
                e.file_name().to_string_lossy().into_owned(),
                std::fs::read(e.path()).unwrap(),
            )
        })
        .collect();
    v.sort();
    v
}

fn journal_actions(s: &Session) -> Vec<String> {
    s.journal().unwrap().into_iter().map(|e| e.action).collect()
}

#[test]
fn documents_round_trip_and_the_folder_holds_only_age_files_with_random_names() {
    let (_d, mut s) = setup();
    let p = person_with_vault(&mut s, "Diallo");
    let secret_pdf = pdf("PLAINTEXT-MARKER-QUETZAL");
    let text = "Attestation CAF PLAINTEXT-MARKER-ORNITHO\n"
        .repeat(50)
        .into_bytes();
    let image = png();
    let a = s
        .add_document(
            p,
            &input(
                "Titre-de-sejour-Diallo.pdf",
                DocumentCategory::TitreDeSejour,
            ),
            &secret_pdf,
        )
        .unwrap();
    let b = s
        .add_document(
            p,
            &input("attestation-caf.txt", DocumentCategory::Revenus),
            &text,
        )
        .unwrap();
    let c = s
        .add_document(
            p,
            &input("photo-carte.png", DocumentCategory::Identite),
            &image,
        )
        .unwrap();
    assert_eq!(a.document.media_type, "application/pdf");
    assert_eq!(b.document.media_type, "text/plain");
    assert_eq!(c.document.media_type, "image/png");
    assert_eq!(a.document.title, "Titre-de-sejour-Diallo");
    assert_eq!(a.document.original_name, "Titre-de-sejour-Diallo.pdf");
    assert!(!a.usage.warning());
    assert_eq!(
        c.usage.used_bytes,
        (secret_pdf.len() + text.len() + image.len()) as u64
    );

    // Images get a thumbnail (a fresh JPEG, in the database only); a PDF has none.
    assert!(c.document.has_thumbnail && !a.document.has_thumbnail);
    let thumb = s.document_thumbnail(c.document.id).unwrap().unwrap();
    assert!(thumb.starts_with(&[0xFF, 0xD8]));
    assert_eq!(s.document_thumbnail(a.document.id).unwrap(), None);
    assert_eq!(s.read_document(a.document.id).unwrap(), secret_pdf);
    assert_eq!(s.read_document(b.document.id).unwrap(), text);
    assert_eq!(s.read_document(c.document.id).unwrap(), image);
    let listed = s.list_documents(p).unwrap();
    assert_eq!(
        listed.iter().map(|d| d.id).collect::<Vec<_>>(),
        vec![c.document.id, b.document.id, a.document.id]
    );

    let on_disk = files(&s);
    assert_eq!(on_disk.len(), 3);
    for (name, bytes) in &on_disk {
        assert!(intake::is_file_name(name), "{name}");
        assert!(bytes.starts_with(b"age-encryption.org/v1\n"), "{name}");
        for needle in [
            &b"Diallo"[..],
            b"PLAINTEXT-MARKER",
            b"Titre-de-sejour",
            b"attestation",
            b"IHDR",
            b"%PDF",
        ] {
            assert!(
                !bytes.windows(needle.len()).any(|w| w == needle),
                "{name} holds {}",
                String::from_utf8_lossy(needle)
            );
        }
    }
    let actions = journal_actions(&s);
    assert_eq!(actions.iter().filter(|a| *a == "document.added").count(), 3);
    assert_eq!(
        actions.iter().filter(|a| *a == "document.viewed").count(),
        3
    );
    // The journal names ids only.
    for e in s.journal().unwrap() {
        assert!(!e.record_id.unwrap_or_default().contains("Diallo"));
    }
    let v = s.verify_vault(false).unwrap();
    assert!(v.is_ok(), "{v:?}");
    assert_eq!((v.documents, v.ok), (3, 3));
}

#[test]
fn bad_inputs_are_refused_with_their_error_and_nothing_is_stored() {
    let (_d, mut s) = setup();
    let p = person_with_vault(&mut s, "Traoré");
    let good_pdf = pdf("x");
    let mut exe = b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xFF\xFF".to_vec();
    exe.extend_from_slice(&[0u8; 64]);
    exe.extend_from_slice(b"PE\0\0");
    let good_png = png();
    let good_jpeg = jpeg();
    let cases: Vec<(&str, DocumentInput, Vec<u8>, ErrorCode)> = vec![
        (
            "empty",
            input("vide.pdf", DocumentCategory::Autre),
            vec![],
            ErrorCode::DocumentEmpty,
        ),
        (
            "0-byte png",
            input("photo.png", DocumentCategory::Autre),
            vec![],
            ErrorCode::DocumentEmpty,
        ),
        (
            "exe renamed .pdf",
            input("facture.pdf", DocumentCategory::Autre),
            exe,
            ErrorCode::DocumentTypeRefused,
        ),
        (
            "truncated pdf",
            input("avis.pdf", DocumentCategory::Impots),
            good_pdf[..good_pdf.len() * 2 / 3].to_vec(),
            ErrorCode::DocumentMalformed,
        ),
        (
            "pdf header only",
            input("avis.pdf", DocumentCategory::Impots),
            b"%PDF-1.7\n%%EOF\n".to_vec(),
            ErrorCode::DocumentMalformed,
        ),
        (
            "png signature only",
            input("photo.png", DocumentCategory::Autre),
            good_png[..8].to_vec(),
            ErrorCode::DocumentMalformed,
        ),
        (
            "truncated png",
            input("photo.png", DocumentCategory::Autre),
            good_png[..good_png.len() - 20].to_vec(),
            ErrorCode::DocumentMalformed,
        ),
        (
            "truncated jpeg",
            input("scan.jpg", DocumentCategory::Autre),
            good_jpeg[..good_jpeg.len() - 200].to_vec(),
            ErrorCode::DocumentMalformed,
        ),
        (
            "jpeg header only",
            input("scan.jpg", DocumentCategory::Autre),
            good_jpeg[..30].to_vec(),
            ErrorCode::DocumentMalformed,
        ),
        (
            "a zip that is not an office document",
            input("archive.docx", DocumentCategory::Autre),
            {
                let mut w = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
                w.start_file("a.txt", zip::write::SimpleFileOptions::default())
                    .unwrap();
                std::io::Write::write_all(&mut w, b"hello").unwrap();
                w.finish().unwrap().into_inner()
            },
            ErrorCode::DocumentTypeRefused,
        ),
        (
            "text with a NUL",
            input("notes.txt", DocumentCategory::Autre),
            b"abc\0def".to_vec(),
            ErrorCode::DocumentTypeRefused,
        ),
        (
            "text not UTF-8",
            input("notes.txt", DocumentCategory::Autre),
            b"caf\xE9 cr\xE8me".to_vec(),
            ErrorCode::DocumentTypeRefused,
        ),
        (
            "name not UTF-8",
            DocumentInput {
                original_name: OsString::from_vec(b"re\xE7u-loyer.pdf".to_vec()),
                ..input("", DocumentCategory::Logement)
            },
            good_pdf.clone(),
            ErrorCode::FileNameNotUtf8,
        ),
        (
            "expires before issued",
            DocumentInput {
                issued_on: Some(jiff::civil::date(2025, 5, 1)),
                expires_on: Some(jiff::civil::date(2024, 5, 1)),
                ..input("cni.pdf", DocumentCategory::Identite)
            },
            good_pdf.clone(),
            ErrorCode::InvalidField,
        ),
    ];
    for (what, inp, bytes, code) in cases {
        let e = s.add_document(p, &inp, &bytes).unwrap_err();
        assert_eq!(e.code(), code, "{what}: {e}");
        assert_eq!(rows(&s), 0, "{what}");
        assert!(files(&s).is_empty(), "{what}: {:?}", files(&s));
    }
    assert!(!journal_actions(&s).contains(&"document.added".to_owned()));

    // Over the quota: refused, nothing stored; the good ones still go in.
    s.set_vault_settings(1, 60).unwrap();
    let big = "x".repeat(1024 * 1024 + 1).into_bytes();
    let e = s
        .add_document(p, &input("gros.txt", DocumentCategory::Autre), &big)
        .unwrap_err();
    assert_eq!(e.code(), ErrorCode::VaultQuotaExceeded);
    let api = passerelle_api::ApiError::from(&e);
    assert!(
        api.args.contains(&("quota_mb".into(), "1".into())),
        "{api:?}"
    );
    assert_eq!(rows(&s), 0);
    assert!(files(&s).is_empty());
    s.add_document(p, &input("scan.jpg", DocumentCategory::Autre), &good_jpeg)
        .unwrap();
    assert_eq!(rows(&s), 1);
}

#[test]
fn the_quota_warns_at_ninety_percent_and_refuses_beyond() {
    let (_d, mut s) = setup();
    let p = person_with_vault(&mut s, "Kaya");
    s.set_vault_settings(1, 60).unwrap();
    let mib = 1024 * 1024;
    let a = s
        .add_document(
            p,
            &input("a.txt", DocumentCategory::Autre),
            &"a".repeat(mib * 80 / 100).into_bytes(),
        )
        .unwrap();
    assert!(!a.usage.warning());
    let b = s
        .add_document(
            p,
            &input("b.txt", DocumentCategory::Autre),
            &"b".repeat(mib * 15 / 100).into_bytes(),
        )
        .unwrap();
    assert!(b.usage.warning(), "{:?}", b.usage);
    let e = s
        .add_document(
            p,
            &input("c.txt", DocumentCategory::Autre),
            &"c".repeat(mib / 10).into_bytes(),
        )
        .unwrap_err();
    assert_eq!(e.code(), ErrorCode::VaultQuotaExceeded);
    // Another person has their own quota.
    let q = person_with_vault(&mut s, "Other");
    s.add_document(
        q,
        &input("c.txt", DocumentCategory::Autre),
        &"c".repeat(mib / 10).into_bytes(),
    )
    .unwrap();
    assert_eq!(
        s.set_vault_settings(0, 60).unwrap_err().code(),
        ErrorCode::InvalidField
    );
}

#[test]
fn a_corrupted_or_truncated_file_fails_alone_and_verify_names_it() {
    let (_d, mut s) = setup();
    let p = person_with_vault(&mut s, "Nguyen");
    let body = |n: u8| format!("document {n} ").repeat(20_000).into_bytes();
    let ids: Vec<DocumentId> = (0..4u8)
        .map(|n| {
            s.add_document(
                p,
                &input(&format!("{n}.txt"), DocumentCategory::Autre),
                &body(n),
            )
            .unwrap()
            .document
            .id
        })
        .collect();
    let path_of = |s: &Session, id| s.vault_dir().join(get(s.conn(), id).unwrap().file_name);
    // One byte flipped in the middle of the payload.
    let p0 = path_of(&s, ids[0]);
    let mut bytes = std::fs::read(&p0).unwrap();
    let mid = bytes.len() / 2;
    bytes[mid] ^= 0x01;
    std::fs::write(&p0, bytes).unwrap();
    // Cut short.
    let p1 = path_of(&s, ids[1]);
    let bytes = std::fs::read(&p1).unwrap();
    std::fs::write(&p1, &bytes[..bytes.len() - 100]).unwrap();
    // Gone.
    std::fs::remove_file(path_of(&s, ids[2])).unwrap();

    let viewed_before = journal_actions(&s).len();
    assert_eq!(
        s.read_document(ids[0]).unwrap_err().code(),
        ErrorCode::DocumentDamaged
    );
    assert_eq!(
        s.read_document(ids[1]).unwrap_err().code(),
        ErrorCode::DocumentDamaged
    );
    assert_eq!(
        s.read_document(ids[2]).unwrap_err().code(),
        ErrorCode::DocumentFileMissing
    );
    // A refused view is not journaled as a view.
    assert_eq!(journal_actions(&s).len(), viewed_before);
    assert_eq!(s.read_document(ids[3]).unwrap(), body(3));

    let quick = s.verify_vault(true).unwrap();
    assert_eq!(quick.missing, vec![ids[2]]);
    assert!(quick.damaged.is_empty(), "headers are intact: {quick:?}");
    let full = s.verify_vault(false).unwrap();
    assert!(!full.is_ok());
    assert_eq!(full.missing, vec![ids[2]]);
    let damaged: Vec<DocumentId> = full.damaged.iter().map(|(id, _)| *id).collect();
    assert_eq!(damaged, vec![ids[0], ids[1]]);
    assert_eq!(full.ok, 1);
}

#[test]
fn consent_and_role_rule_the_vault() {
    let (d, mut s) = setup();
    let none = s
        .add_person(&PersonInput {
            last_name: "Sans".into(),
            birth_year: Some(1970),
            ..Default::default()
        })
        .unwrap();
    let doc = pdf("x");
    assert_eq!(
        s.add_document(none, &input("a.pdf", DocumentCategory::Autre), &doc)
            .unwrap_err()
            .code(),
        ErrorCode::VaultConsentMissing
    );
    s.record_consent(none, &[ConsentScope::Record], false)
        .unwrap();
    assert_eq!(
        s.open_vault(none).unwrap_err().code(),
        ErrorCode::VaultConsentMissing
    );
    let p = person_with_vault(&mut s, "Avec");
    let id = s
        .add_document(p, &input("a.pdf", DocumentCategory::Autre), &doc)
        .unwrap()
        .document
        .id;
    let opened = s.open_vault(p).unwrap();
    assert_eq!(opened.documents.len(), 1);
    assert_eq!(opened.expiry_window_days, DEFAULT_EXPIRY_WINDOW_DAYS);
    assert_eq!(opened.usage.quota_bytes, u64::from(DEFAULT_QUOTA_MB) * MIB);
    assert!(journal_actions(&s).contains(&"vault.opened".to_owned()));
    // Consent withdrawn: the documents stay but cannot be opened.
    s.withdraw_consent(p).unwrap();
    assert_eq!(
        s.read_document(id).unwrap_err().code(),
        ErrorCode::VaultConsentMissing
    );
    assert_eq!(
        s.list_documents(p).unwrap_err().code(),
        ErrorCode::VaultConsentMissing
    );
    s.record_consent(p, &[ConsentScope::Record, ConsentScope::Vault], false)
        .unwrap();
    assert_eq!(s.read_document(id).unwrap(), doc);

    let pass = |t: &str| Passphrase::new(t.into());
    let volunteer = s
        .add_staff("Yanis", Role::Volunteer, &pass("phrase temporaire longue"))
        .unwrap();
    drop(s);
    let mut v = crate::store::LockedStore::open(d.path())
        .unwrap()
        .with_test_kdf()
        .unlock(volunteer, &pass("phrase temporaire longue"), &NoDeviceStore)
        .unwrap();
    v.set_passphrase(volunteer, &pass("ma propre phrase de passe"))
        .unwrap();
    for code in [
        v.read_document(id).unwrap_err().code(),
        v.open_vault(p).unwrap_err().code(),
        v.list_documents(p).unwrap_err().code(),
        v.add_document(p, &input("b.pdf", DocumentCategory::Autre), &doc)
            .unwrap_err()
            .code(),
        v.delete_document(id).unwrap_err().code(),
        v.expiring_documents(None).unwrap_err().code(),
        v.document_thumbnail(id).unwrap_err().code(),
    ] {
        assert_eq!(code, ErrorCode::RoleRefused);
    }
    assert_eq!(rows(&v), 1);
}

#[test]
fn private_documents_cannot_be_opened_by_staff() {
    let (_d, mut s) = setup();
    let p = person_with_vault(&mut s, "Privée");
    let doc = pdf("private");
    assert_eq!(
        s.add_document(
            p,
            &DocumentInput {
                private: true,
                ..input("a.pdf", DocumentCategory::Sante)
            },
            &doc
        )
        .unwrap_err()
        .code(),
        ErrorCode::PrivateVaultNotEnrolled
    );
    // The person's own identity (enrolment itself is the card module's).
    let own = age::x25519::Identity::generate();
    s.conn()
        .execute(
            "INSERT INTO person_vault_key (person_id, recipient, wrapped, created_at)
             VALUES (?1, ?2, x'00', 0)",
            params![p, own.to_public().to_string()],
        )
        .unwrap();
    let image = png();
    let added = s
        .add_document(
            p,
            &DocumentInput {
                private: true,
                ..input("scan.png", DocumentCategory::Sante)
            },
            &image,
        )
        .unwrap();
    assert!(added.document.private);
    assert!(!added.document.has_thumbnail);
    let id = added.document.id;
    assert_eq!(
        s.read_document(id).unwrap_err().code(),
        ErrorCode::DocumentPrivate
    );
    assert_eq!(s.document_thumbnail(id).unwrap(), None);
    // The installation's vault identity does not open it; the person's does.
    let path = s.vault_dir().join(get(s.conn(), id).unwrap().file_name);
    let vault_id = s.vault_identity().unwrap();
    assert!(decrypt_file(&path, &vault_id, image.len() as u64, &added.document.sha256).is_err());
    assert_eq!(
        decrypt_file(&path, &own, image.len() as u64, &added.document.sha256).unwrap(),
        image
    );
    let v = s.verify_vault(false).unwrap();
    assert!(v.is_ok(), "{v:?}");
    assert_eq!(v.header_only, 1);
    assert!(s.open_vault(p).unwrap().private_enrolled);
}

#[test]
fn expiring_documents_are_listed_soonest_first_within_the_window() {
    let (_d, mut s) = setup();
    let p = person_with_vault(&mut s, "Mendes");
    let today = today();
    let day = |n: i64| today.checked_add(jiff::Span::new().days(n)).unwrap();
    let doc = pdf("x");
    let mut add = |title: &str, expires: Option<jiff::civil::Date>| {
        s.add_document(
            p,
            &DocumentInput {
                title: title.into(),
                expires_on: expires,
                ..input("a.pdf", DocumentCategory::TitreDeSejour)
            },
            &doc,
        )
        .unwrap()
        .document
        .id
    };
    let soon = add("Titre de séjour", Some(day(10)));
    let _later = add("Passeport", Some(day(200)));
    let past = add("Récépissé", Some(day(-3)));
    let _none = add("Sans date", None);
    let list = s.expiring_documents(None).unwrap();
    assert_eq!(
        list.iter().map(|e| e.id).collect::<Vec<_>>(),
        vec![past, soon]
    );
    assert_eq!(list[0].days_left, -3);
    assert_eq!(list[1].days_left, 10);
    assert_eq!(list[1].title, "Titre de séjour");
    assert_eq!(list[1].person_name, "Awa Mendes");
    assert_eq!(s.expiring_documents(Some(365)).unwrap().len(), 3);
    // Metadata changes move a document in or out of the list.
    s.update_document(
        soon,
        &DocumentUpdate {
            title: "Titre de séjour".into(),
            category: DocumentCategory::TitreDeSejour,
            issued_on: None,
            expires_on: Some(day(120)),
            notes: "renouvellement demandé".into(),
        },
    )
    .unwrap();
    assert_eq!(s.expiring_documents(None).unwrap().len(), 1);
    assert!(journal_actions(&s).contains(&"document.changed".to_owned()));
    // A person whose consent no longer covers the vault drops out of the list.
    s.withdraw_consent(p).unwrap();
    assert!(s.expiring_documents(None).unwrap().is_empty());
}

#[test]
fn settle_finishes_interrupted_writes_and_verify_reports_orphans_without_deleting_them() {
    let (_d, mut s) = setup();
    let p = person_with_vault(&mut s, "Settle");
    let keep = s
        .add_document(
            p,
            &input("a.txt", DocumentCategory::Autre),
            b"kept document",
        )
        .unwrap()
        .document;
    let gone = s
        .add_document(
            p,
            &input("b.txt", DocumentCategory::Autre),
            b"deleted document",
        )
        .unwrap()
        .document;
    let dir = s.vault_dir();
    // Killed after the row committed, before the rename.
    std::fs::rename(
        dir.join(&keep.file_name),
        dir.join(format!("{}.tmp", keep.file_name)),
    )
    .unwrap();
    // Killed before the row committed: a temp file no row names.
    let stray = intake::random_file_name();
    std::fs::write(dir.join(format!("{stray}.tmp")), b"age-encryption.org/v1\n").unwrap();
    // A deletion whose transaction did not commit: the row is still there.
    std::fs::rename(
        dir.join(&gone.file_name),
        dir.join(format!("{}.del", gone.file_name)),
    )
    .unwrap();
    // A deletion that committed: no row.
    let done_del = intake::random_file_name();
    std::fs::write(dir.join(format!("{done_del}.del")), b"x").unwrap();

    // Reading a document whose rename was interrupted finishes it.
    assert_eq!(s.read_document(keep.id).unwrap(), b"kept document");
    std::fs::rename(
        dir.join(&keep.file_name),
        dir.join(format!("{}.tmp", keep.file_name)),
    )
    .unwrap();

    let v = s.verify_vault(false).unwrap();
    assert_eq!(
        v.settled,
        Settled {
            completed: 1,
            discarded: 1,
            deleted: 1,
            restored: 1
        }
    );
    assert!(v.is_ok(), "{v:?}");
    assert_eq!(v.ok, 2);
    let mut names: Vec<String> = files(&s).into_iter().map(|(n, _)| n).collect();
    names.sort();
    let mut want = vec![keep.file_name.clone(), gone.file_name.clone()];
    want.sort();
    assert_eq!(names, want);

    // An orphan (a file no row names) is reported, never deleted.
    let orphan = intake::random_file_name();
    std::fs::write(dir.join(&orphan), b"age-encryption.org/v1\n").unwrap();
    let v = s.verify_vault(true).unwrap();
    assert_eq!(v.orphans, vec![orphan.clone()]);
    assert!(!v.is_ok());
    assert!(dir.join(&orphan).exists());

    // Delete: row and file gone, journaled.
    s.delete_document(gone.id).unwrap();
    assert_eq!(
        s.read_document(gone.id).unwrap_err().code(),
        ErrorCode::DocumentNotFound
    );
    assert!(!dir.join(&gone.file_name).exists());
    assert!(!dir.join(format!("{}.del", gone.file_name)).exists());
    assert!(journal_actions(&s).contains(&"document.deleted".to_owned()));
}

#[test]
fn the_stats_hook_counts_people_and_documents_at_a_date() {
    let (_d, mut s) = setup();
    let a = person_with_vault(&mut s, "Un");
    let b = person_with_vault(&mut s, "Deux");
    for (p, n) in [(a, 2), (b, 1)] {
        for i in 0..n {
            s.add_document(
                p,
                &input(&format!("{i}.txt"), DocumentCategory::Autre),
                b"x",
            )
            .unwrap();
        }
    }
    assert_eq!(s.vault_counts(today()).unwrap(), (2, 3));
    let yesterday = today().yesterday().unwrap();
    assert_eq!(s.vault_counts(yesterday).unwrap(), (0, 0));
}

#[test]
fn sniffing_accepts_each_whole_type_and_refuses_cut_ones() {
    assert_eq!(sniff::sniff(&pdf("x")).unwrap(), sniff::PDF);
    assert_eq!(sniff::sniff(&png()).unwrap(), sniff::PNG);
    assert_eq!(sniff::sniff(&jpeg()).unwrap(), sniff::JPEG);
    assert_eq!(
        sniff::sniff("Reçu de loyer, mars".as_bytes()).unwrap(),
        sniff::TEXT
    );
    // GIF: header, screen, one 1×1 image, trailer.
    let gif: Vec<u8> = [
        &b"GIF89a"[..],
        &[1, 0, 1, 0, 0x80, 0, 0],
        &[0, 0, 0, 255, 255, 255],
        &[0x2C, 0, 0, 0, 0, 1, 0, 1, 0, 0],
        &[2, 2, 0x4C, 0x01, 0],
        &[0x3B],
    ]
    .concat();
    assert_eq!(sniff::sniff(&gif).unwrap(), sniff::GIF);
    assert_eq!(
        sniff::sniff(&gif[..gif.len() - 1]).unwrap_err().code(),
        ErrorCode::DocumentMalformed
    );
    // WebP: RIFF with a VP8L chunk.
    let mut webp = b"RIFF\0\0\0\0WEBPVP8L\x05\0\0\0\x2f\0\0\0\0\0".to_vec();
    let size = (webp.len() - 8) as u32;
    webp[4..8].copy_from_slice(&size.to_le_bytes());
    assert_eq!(sniff::sniff(&webp).unwrap(), sniff::WEBP);
    assert_eq!(
        sniff::sniff(&webp[..webp.len() - 4]).unwrap_err().code(),
        ErrorCode::DocumentMalformed
    );
    // HEIC: ftyp heic, meta, mdat boxes tiling the file.
    let boxed = |kind: &[u8], body: &[u8]| {
        let mut v = ((body.len() + 8) as u32).to_be_bytes().to_vec();
        v.extend_from_slice(kind);
        v.extend_from_slice(body);
        v
    };
    let heic = [
        boxed(b"ftyp", b"heic\0\0\0\0mif1heic"),
        boxed(b"meta", &[0; 24]),
        boxed(b"mdat", &[7; 64]),
    ]
    .concat();
    assert_eq!(sniff::sniff(&heic).unwrap(), sniff::HEIF);
    assert_eq!(
        sniff::sniff(&heic[..heic.len() - 10]).unwrap_err().code(),
        ErrorCode::DocumentMalformed
    );
    // HTML is not plain text here.
    assert_eq!(
        sniff::sniff(b"<!DOCTYPE html><html><script>x</script></html>")
            .unwrap_err()
            .code(),
        ErrorCode::DocumentTypeRefused
    );
}

#[test]
fn erasure_shreds_the_files_and_the_access_zip_carries_the_documents() {
    let (d, mut s) = setup();
    let p = person_with_vault(&mut s, "Effacée");
    let other = person_with_vault(&mut s, "Reste");
    let mine = pdf("MINE-PLAINTEXT");
    let a = s
        .add_document(p, &input("cni.pdf", DocumentCategory::Identite), &mine)
        .unwrap()
        .document;
    let b = s
        .add_document(
            p,
            &input("../../note.txt", DocumentCategory::Autre),
            b"note de la personne",
        )
        .unwrap()
        .document;
    assert_eq!(b.original_name, "note.txt");
    let kept = s
        .add_document(
            other,
            &input("autre.txt", DocumentCategory::Autre),
            b"autre personne",
        )
        .unwrap()
        .document;

    // Access: the zip holds both documents, whole, and their list.
    let zip_path = d.path().join("acces.zip");
    s.export_person_access(p, "fr", &zip_path).unwrap();
    let mut z = zip::ZipArchive::new(std::fs::File::open(&zip_path).unwrap()).unwrap();
    let names: Vec<String> = z.file_names().map(|n| n.unwrap().into_owned()).collect();
    let pdf_entry = names
        .iter()
        .find(|n| n.starts_with("documents/") && n.ends_with(".pdf"))
        .unwrap_or_else(|| panic!("{names:?}"))
        .clone();
    let mut got = Vec::new();
    std::io::Read::read_to_end(&mut z.by_name(&pdf_entry).unwrap(), &mut got).unwrap();
    assert_eq!(got, mine);
    assert!(names.iter().all(|n| !n.contains("..")), "{names:?}");
    let mut list = String::new();
    std::io::Read::read_to_string(&mut z.by_name("documents.json").unwrap(), &mut list).unwrap();
    assert!(
        list.contains("cni.pdf") && list.contains("note.txt"),
        "{list}"
    );
    assert!(!list.contains("autre.txt"));

    let dir = s.vault_dir();
    s.erase_person(p).unwrap();
    for doc in [&a, &b] {
        assert!(!dir.join(&doc.file_name).exists());
        assert!(!dir.join(format!("{}.del", doc.file_name)).exists());
        assert_eq!(
            s.read_document(doc.id).unwrap_err().code(),
            ErrorCode::DocumentNotFound
        );
    }
    assert_eq!(s.read_document(kept.id).unwrap(), b"autre personne");
    assert_eq!(files(&s).len(), 1);
    let v = s.verify_vault(false).unwrap();
    assert!(v.is_ok(), "{v:?}");
}

#[test]
fn a_private_document_opens_with_card_and_pin_only_and_failures_are_counted() {
    let (_d, mut s) = setup();
    let p = person_with_vault(&mut s, "Carte");
    assert_eq!(
        s.enrol_private_vault(p, "1234").unwrap_err().code(),
        ErrorCode::PinInvalid
    );
    let card = s.enrol_private_vault(p, "4071").unwrap();
    assert_eq!(
        s.enrol_private_vault(p, "4071").unwrap_err().code(),
        ErrorCode::PrivateVaultAlreadyEnrolled
    );
    assert!(journal_actions(&s).contains(&"vault.private_enrolled".to_owned()));
    let secret = b"ordonnance PRIVATE-MARKER".to_vec();
    let id = s
        .add_document(
            p,
            &DocumentInput {
                private: true,
                ..input("ordonnance.txt", DocumentCategory::Sante)
            },
            &secret,
        )
        .unwrap()
        .document
        .id;
    assert_eq!(
        s.read_document(id).unwrap_err().code(),
        ErrorCode::DocumentPrivate
    );
    assert_eq!(s.open_private_document(id, &card, "4071").unwrap(), secret);

    // Everything the installation key opens — the whole database, the vault identity — does
    // not open it without the card: the real unwrap path with another card and the right PIN.
    let wrapped: Vec<u8> = s
        .conn()
        .query_row(
            "SELECT wrapped FROM person_vault_key WHERE person_id = ?1",
            [p],
            |r| r.get(0),
        )
        .unwrap();
    let other_card = crate::vault_key::CardSecret::generate();
    assert!(matches!(
        crate::vault_key::unwrap(&wrapped, &other_card, "4071"),
        Err(crate::vault_key::VaultKeyError::WrongCardOrPin)
    ));
    let dump: Vec<String> = s
        .conn()
        .prepare("SELECT identity FROM vault_key")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    let path = s.vault_dir().join(get(s.conn(), id).unwrap().file_name);
    for text in dump {
        let vault_id: age::x25519::Identity = text.parse().unwrap();
        assert!(decrypt_file(
            &path,
            &vault_id,
            secret.len() as u64,
            &get(s.conn(), id).unwrap().sha256
        )
        .is_err());
    }

    // A mistyped card code is told apart and not counted.
    let mut text = card.to_text().as_str().to_owned();
    let last = text.pop().unwrap();
    text.push(if last == '0' { '1' } else { '0' });
    assert_eq!(
        crate::vault_key::CardSecret::parse(&text)
            .map_err(private::key_error)
            .unwrap_err()
            .code(),
        ErrorCode::VaultCardUnreadable
    );
    // Wrong PINs: counted; past the free attempts even the right PIN waits.
    for _ in 0..private::FREE_ATTEMPTS {
        assert_eq!(
            s.open_private_document(id, &card, "9071")
                .unwrap_err()
                .code(),
            ErrorCode::VaultSecretWrong
        );
    }
    assert!(s.private_retry_after(p).unwrap() > 0);
    assert_eq!(
        s.open_private_document(id, &card, "4071")
            .unwrap_err()
            .code(),
        ErrorCode::TooManyAttempts
    );
    // Once the delay has passed, the right card and PIN open it and reset the count.
    s.conn()
        .execute("UPDATE vault_pin_attempt SET last_failure_at = 0", [])
        .unwrap();
    assert_eq!(s.open_private_document(id, &card, "4071").unwrap(), secret);
    assert_eq!(s.private_retry_after(p).unwrap(), 0);
}

#[test]
fn the_delay_grows_after_the_free_attempts() {
    use private::remaining_delay_secs as d;
    assert_eq!(d(4, 0, 0), 0);
    assert_eq!(d(5, 0, 0), 30);
    assert_eq!(d(6, 0, 0), 60);
    assert_eq!(d(6, 0, 20_000), 40);
    assert_eq!(d(40, 0, 0), 3600);
}

#[test]
fn every_category_and_vault_message_has_a_label_in_every_language() {
    let mut ids: Vec<&str> = DocumentCategory::ALL.iter().map(|c| c.label_id()).collect();
    ids.extend([
        "vault-expires-on",
        "vault-expired-on",
        "vault-quota-warning",
    ]);
    for lang in ["fr", "en", "ar"] {
        let t = passerelle_locales::Translator::new(lang, false);
        for id in &ids {
            assert!(t.try_format(id, None).is_some(), "{lang}: no {id}");
        }
    }
}
