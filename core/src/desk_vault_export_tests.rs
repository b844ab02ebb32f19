//! The desk's export, card and vault settings commands, as the screens call them.

use super::*;
use passerelle_api::store::{
    AddStaffRequest, ChangePassphraseRequest, LockRequest, SecretText, SignInRequest, StaffRole,
};
use passerelle_api::ErrorCode;

fn secret(s: &str) -> SecretText {
    SecretText::new(s.to_owned())
}

/// A desk signed in as Camille (coordinator) and a person "Awa Bah", born 1985, whose consent
/// covers the vault.
fn desk() -> (tempfile::TempDir, Desk, String) {
    let d = tempfile::tempdir().unwrap();
    let (desk, p) = crate::desk_test_fixture::desk_with_vault_person(d.path(), "Bah");
    (d, desk, p)
}

fn add(desk: &mut Desk, person: &str, name: &str, private: bool) -> String {
    desk.add_document(
        &DocumentMeta {
            person: person.into(),
            original_name: name.into(),
            title: format!("{name} de Awa Bah"),
            category: DocumentCategory::TitreDeSejour,
            issued_on: Some("2026-03-31".into()),
            expires_on: None,
            notes: String::new(),
            private,
        },
        &crate::store::vault::tests::pdf(name),
    )
    .unwrap()
    .document
    .id
}

/// The PDF's text (poppler's `pdftotext`), `None` when it is not installed.
fn pdf_text(pdf: &[u8]) -> Option<String> {
    let dir = tempfile::tempdir().ok()?;
    let p = dir.path().join("card.pdf");
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
fn the_desk_exports_to_a_folder_and_names_the_files_written() {
    let (_d, mut desk, person) = desk();
    let a = add(&mut desk, &person, "titre-bah.pdf", false);
    let b = add(&mut desk, &person, "recepisse-bah.pdf", false);
    let home = tempfile::tempdir().unwrap();
    let folder = home.path().display().to_string();
    desk.check_export(&ExportChosenRequest {
        ids: vec![a.clone(), b.clone()],
        names: ExportNames::Neutral,
    })
    .unwrap();
    let done = desk
        .export_documents(&ExportDocumentsRequest {
            ids: vec![a.clone(), b.clone()],
            folder: folder.clone(),
            names: ExportNames::Neutral,
        })
        .unwrap();
    assert_eq!(
        done.files,
        [
            "titre-de-sejour-2026-03-31.pdf",
            "titre-de-sejour-2026-03-31-2.pdf"
        ]
    );
    assert_eq!(
        std::path::Path::new(&done.folder),
        home.path().canonicalize().unwrap()
    );
    let on_disk: Vec<String> = std::fs::read_dir(home.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(on_disk.len(), 2);
    assert!(on_disk
        .iter()
        .all(|n| !n.contains("bah") && !n.contains("Bah")));

    // Original names when asked.
    let orig = tempfile::tempdir().unwrap();
    let done = desk
        .export_documents(&ExportDocumentsRequest {
            ids: vec![a.clone()],
            folder: orig.path().display().to_string(),
            names: ExportNames::Original,
        })
        .unwrap();
    assert_eq!(done.files, ["titre-bah.pdf"]);

    let code = |r: Result<ExportedDocuments, ApiError>| r.unwrap_err().code;
    assert_eq!(
        code(desk.export_documents(&ExportDocumentsRequest {
            ids: vec!["nope".into()],
            folder: folder.clone(),
            names: ExportNames::Neutral,
        })),
        ErrorCode::DocumentNotFound
    );
    assert_eq!(
        code(desk.export_documents(&ExportDocumentsRequest {
            ids: vec![a.clone()],
            folder: "  ".into(),
            names: ExportNames::Neutral,
        })),
        ErrorCode::InvalidField
    );

    // A private document is refused before the picker opens.
    desk.enrol_private_vault(&EnrolPrivateRequest {
        person: person.clone(),
        pin: "482915".into(),
    })
    .unwrap();
    let private = add(&mut desk, &person, "secret.pdf", true);
    assert_eq!(
        desk.check_export(&ExportChosenRequest {
            ids: vec![a, private],
            names: ExportNames::Neutral,
        })
        .unwrap_err()
        .code,
        ErrorCode::DocumentPrivateNotExported
    );
}

#[test]
fn the_card_pdf_carries_the_card_code_and_the_first_name_only() {
    let (_d, mut desk, person) = desk();
    let enrolled = desk
        .enrol_private_vault(&EnrolPrivateRequest {
            person: person.clone(),
            pin: "482915".into(),
        })
        .unwrap();
    let pdf = desk
        .identity_card_pdf(&IdentityCardRequest {
            person: person.clone(),
            card_text: enrolled.card_text.clone(),
            lang: "fr".into(),
        })
        .unwrap();
    assert!(pdf.starts_with(b"%PDF"));
    // A mistyped code is refused; an unknown person too.
    let mut typo = enrolled.card_text.clone();
    let last = typo.pop().unwrap();
    typo.push(if last == 'A' { 'B' } else { 'A' });
    assert_eq!(
        desk.identity_card_pdf(&IdentityCardRequest {
            person: person.clone(),
            card_text: typo,
            lang: "fr".into(),
        })
        .unwrap_err()
        .code,
        ErrorCode::VaultCardUnreadable
    );
    assert_eq!(
        desk.identity_card_pdf(&IdentityCardRequest {
            person: "nope".into(),
            card_text: enrolled.card_text.clone(),
            lang: "fr".into(),
        })
        .unwrap_err()
        .code,
        ErrorCode::PersonNotFound
    );

    let Some(text) = pdf_text(&pdf) else {
        eprintln!("pdftotext not installed: the card's text was not checked");
        return;
    };
    let compact: String = text.chars().filter(|c| c.is_ascii_alphanumeric()).collect();
    let code: String = enrolled
        .card_text
        .chars()
        .filter(|c| c.is_ascii_alphanumeric())
        .collect();
    assert!(compact.contains(&code), "the card code is printed");
    assert!(text.contains("Awa"), "the first name is printed");
    assert!(!text.contains("Bah"), "no last name");
    assert!(!text.contains("1985"), "no birth year");
    assert!(!text.contains(&person), "no record id");
}

#[test]
fn vault_settings_read_and_change_with_named_fields_and_coordinators_only() {
    let (_d, mut desk, _) = desk();
    assert_eq!(
        desk.vault_settings().unwrap(),
        VaultSettings {
            quota_mb: 600,
            expiry_window_days: 60
        }
    );
    let new = VaultSettings {
        quota_mb: 800,
        expiry_window_days: 90,
    };
    desk.set_vault_settings(&new).unwrap();
    assert_eq!(desk.vault_settings().unwrap(), new);
    for (bad, field) in [
        (
            VaultSettings {
                quota_mb: 0,
                expiry_window_days: 60,
            },
            "quota_mb",
        ),
        (
            VaultSettings {
                quota_mb: 100_001,
                expiry_window_days: 60,
            },
            "quota_mb",
        ),
        (
            VaultSettings {
                quota_mb: 600,
                expiry_window_days: 0,
            },
            "expiry_window_days",
        ),
        (
            VaultSettings {
                quota_mb: 600,
                expiry_window_days: 367,
            },
            "expiry_window_days",
        ),
    ] {
        let e = desk.set_vault_settings(&bad).unwrap_err();
        assert_eq!(e.code, ErrorCode::InvalidField);
        assert_eq!(e.args, [("field".to_owned(), field.to_owned())], "{bad:?}");
    }
    assert_eq!(desk.vault_settings().unwrap(), new, "nothing changed");

    // A mediator reads them but cannot change them.
    desk.add_staff(&AddStaffRequest {
        name: "Bastien".into(),
        role: StaffRole::Mediator,
        temporary_passphrase: secret("temporaire lundi matin"),
    })
    .unwrap();
    desk.lock(&LockRequest { draft: None }).unwrap();
    desk.sign_in(&SignInRequest {
        staff_id: None,
        name: Some("bastien".into()),
        passphrase: secret("temporaire lundi matin"),
    })
    .unwrap();
    desk.change_own_passphrase(&ChangePassphraseRequest {
        new_passphrase: secret("girafe citron velours piano"),
    })
    .unwrap();
    assert_eq!(desk.vault_settings().unwrap(), new);
    assert_eq!(
        desk.set_vault_settings(&VaultSettings {
            quota_mb: 700,
            expiry_window_days: 30,
        })
        .unwrap_err()
        .code,
        ErrorCode::RoleRefused
    );
}
