//! Export to a chosen folder: hostile stored names stay inside it, existing files and planted
//! links are kept, one journal row per document, refusals write nothing; the card PDF's rules.

use super::*;
use crate::store::test_desk::setup;
use crate::store::vault::tests::{input, pdf, person_with_vault, png};
use crate::store::vault::DocumentCategory;
use passerelle_api::ErrorCode;
use rusqlite::params;
use std::collections::BTreeMap;

/// Every file under `root` (relative path → content), links listed by their target.
fn tree(root: &Path) -> BTreeMap<String, Vec<u8>> {
    fn walk(root: &Path, dir: &Path, out: &mut BTreeMap<String, Vec<u8>>) {
        for e in std::fs::read_dir(dir).unwrap().flatten() {
            let p = e.path();
            let rel = p.strip_prefix(root).unwrap().to_string_lossy().into_owned();
            let ft = e.file_type().unwrap();
            if ft.is_symlink() {
                let target = std::fs::read_link(&p).unwrap();
                out.insert(rel, format!("-> {}", target.display()).into_bytes());
            } else if ft.is_dir() {
                out.insert(format!("{rel}/"), Vec::new());
                walk(root, &p, out);
            } else {
                out.insert(rel, std::fs::read(&p).unwrap());
            }
        }
    }
    let mut out = BTreeMap::new();
    walk(root, root, &mut out);
    out
}

fn exported_rows(s: &Session) -> Vec<String> {
    s.journal()
        .unwrap()
        .into_iter()
        .filter(|e| e.action == "document.exported")
        .map(|e| e.record_id.unwrap_or_default())
        .collect()
}

/// Stores hostile names directly, as a damaged or old database could hold them.
fn set_names(s: &Session, id: DocumentId, original: &str, title: &str) {
    s.conn()
        .execute(
            "UPDATE vault_document SET original_name = ?2, title = ?3 WHERE id = ?1",
            params![id, original, title],
        )
        .unwrap();
}

#[test]
fn safe_names_have_no_path_no_control_no_leading_dot_and_no_windows_trap() {
    for (raw, want) in [
        ("../../x", "_.._x"),
        ("..", "document"),
        (".", "document"),
        ("", "document"),
        ("___", "document"),
        (".bashrc", "bashrc"),
        ("-rf", "rf"),
        ("a/b", "a_b"),
        ("C:\\Windows\\evil", "C__Windows_evil"),
        ("line\nbreak", "line_break"),
        ("tab\there\r", "tab_here_"),
        ("bell\u{7}", "bell_"),
        ("\u{202E}fdp.exe", "fdp.exe"),
        ("zero\u{200B}width", "zerowidth"),
        ("what?*<>|:\"", "what_______"),
        ("trailing dots. . ", "trailing dots"),
        ("CON", "_CON"),
        ("nul", "_nul"),
        ("com1.tar", "_com1.tar"),
        ("LPT9", "_LPT9"),
        ("COM10", "COM10"),
        ("CONSOLE", "CONSOLE"),
        ("Titre de séjour", "Titre de séjour"),
    ] {
        assert_eq!(safe_stem(raw), want, "{raw:?}");
    }
    // Length capped on a character boundary (é is two bytes).
    let long = "é".repeat(200);
    let s = safe_stem(&long);
    assert!(
        s.len() <= MAX_STEM_BYTES && s.len() >= MAX_STEM_BYTES - 1,
        "{}",
        s.len()
    );
    assert!(s.chars().all(|c| c == 'é'));
    assert_eq!(safe_file_name("../x", "pdf"), "_x.pdf");
}

#[test]
fn hostile_stored_names_write_only_inside_the_chosen_folder() {
    let (_d, mut s) = setup();
    let p = person_with_vault(&mut s, "Diallo");
    let home = tempfile::tempdir().unwrap();
    let out = home.path().join("export");
    std::fs::create_dir(&out).unwrap();
    std::fs::write(home.path().join("x.pdf"), b"sibling").unwrap();
    let before_home = tree(home.path());

    let hostile = [
        ("../../x.pdf", "../../x"),
        ("a/b.pdf", "a/b"),
        ("line\nbreak.pdf", "line\nbreak"),
        ("..", ".."),
        ("/etc/passwd", "/etc/passwd"),
        ("C:\\Windows\\evil.pdf", "C:\\evil"),
        ("CON.pdf", "CON"),
        ("\u{202E}fdp.exe", "\u{202E}fdp.exe"),
        (".bashrc", ".bashrc"),
        (
            "Titre de séjour Awa Diallo.pdf",
            "Titre de séjour Awa Diallo",
        ),
    ];
    let mut ids = Vec::new();
    let mut contents = BTreeMap::new();
    for (n, (original, title)) in hostile.iter().enumerate() {
        let bytes = pdf(&format!("page {n}"));
        let id = s
            .add_document(p, &input("ok.pdf", DocumentCategory::Identite), &bytes)
            .unwrap()
            .document
            .id;
        set_names(&s, id, original, title);
        contents.insert(id, bytes);
        ids.push(id);
    }

    // Original names, made safe.
    let files = s
        .export_documents_named(&ids, &out, ExportNames::Original)
        .unwrap();
    let names: Vec<&str> = files.iter().map(|f| f.file_name.as_str()).collect();
    assert_eq!(
        names,
        [
            "x.pdf",
            "b.pdf",
            "line_break.pdf",
            "document.pdf",
            "passwd.pdf",
            "evil.pdf",
            "_CON.pdf",
            "fdp.pdf",
            "bashrc.pdf",
            "Titre de séjour Awa Diallo.pdf",
        ]
    );
    for f in &files {
        assert_eq!(f.path.parent().unwrap(), out.canonicalize().unwrap());
        assert_eq!(std::fs::read(&f.path).unwrap(), contents[&f.id]);
    }

    // Default names: category and date, never the title or the original name.
    let neutral = home.path().join("neutral");
    std::fs::create_dir(&neutral).unwrap();
    let files = s.export_documents(&ids, &neutral).unwrap();
    let today = jiff::Zoned::now().date();
    for (n, f) in files.iter().enumerate() {
        let want = if n == 0 {
            format!("identite-{today}.pdf")
        } else {
            format!("identite-{today}-{}.pdf", n + 1)
        };
        assert_eq!(f.file_name, want);
        assert!(!f.file_name.contains("Diallo"));
    }

    // Outside the two folders nothing changed; inside, only the exported files.
    let after = tree(home.path());
    let mut added: Vec<&String> = after
        .keys()
        .filter(|k| !before_home.contains_key(*k))
        .collect();
    added.sort();
    // The `neutral/` folder itself, and one file per document in each folder.
    assert_eq!(added.len(), 1 + 2 * hostile.len(), "{added:?}");
    for k in &added {
        assert!(
            k.starts_with("export/") || k.starts_with("neutral/"),
            "{k:?} is outside the chosen folders"
        );
        let name = k.split_once('/').unwrap().1;
        assert!(!name.contains('/') && !name.starts_with('.'), "{k:?}");
        assert!(!name.chars().any(char::is_control), "{k:?}");
    }
    for (k, v) in &before_home {
        assert_eq!(after.get(k), Some(v), "{k} changed");
    }
    assert_eq!(exported_rows(&s).len(), 2 * hostile.len());
}

#[test]
fn existing_files_and_planted_links_are_never_overwritten() {
    let (_d, mut s) = setup();
    let p = person_with_vault(&mut s, "Keita");
    let home = tempfile::tempdir().unwrap();
    let out = home.path().join("out");
    std::fs::create_dir(&out).unwrap();
    let victim = home.path().join("victim.txt");
    std::fs::write(&victim, b"do not touch").unwrap();

    let mut dated = input("a.pdf", DocumentCategory::Revenus);
    dated.issued_on = Some(jiff::civil::date(2026, 3, 31));
    let a = pdf("march");
    let id_a = s.add_document(p, &dated, &a).unwrap().document.id;
    let b = png();
    let mut photo = input("b.png", DocumentCategory::Identite);
    photo.issued_on = Some(jiff::civil::date(2025, 1, 2));
    let id_b = s.add_document(p, &photo, &b).unwrap().document.id;

    std::fs::write(out.join("revenus-2026-03-31.pdf"), b"mine").unwrap();
    std::fs::write(out.join("revenus-2026-03-31 (2).pdf"), b"mine too").unwrap();
    std::os::unix::fs::symlink(&victim, out.join("identite-2025-01-02.png")).unwrap();

    let files = s.export_documents(&[id_a, id_b], &out).unwrap();
    let names: Vec<&str> = files.iter().map(|f| f.file_name.as_str()).collect();
    assert_eq!(
        names,
        ["revenus-2026-03-31 (3).pdf", "identite-2025-01-02 (2).png"]
    );
    assert_eq!(
        std::fs::read(out.join("revenus-2026-03-31.pdf")).unwrap(),
        b"mine"
    );
    assert_eq!(
        std::fs::read(out.join("revenus-2026-03-31 (2).pdf")).unwrap(),
        b"mine too"
    );
    assert_eq!(std::fs::read(&victim).unwrap(), b"do not touch");
    assert!(
        std::fs::symlink_metadata(out.join("identite-2025-01-02.png"))
            .unwrap()
            .file_type()
            .is_symlink()
    );
    assert_eq!(std::fs::read(&files[0].path).unwrap(), a);
    assert_eq!(std::fs::read(&files[1].path).unwrap(), b);
    // Owner-only, and no temporary file left behind.
    use std::os::unix::fs::PermissionsExt;
    let mode = std::fs::metadata(&files[0].path)
        .unwrap()
        .permissions()
        .mode();
    assert_eq!(mode & 0o777, 0o600);
    let listed: Vec<String> = std::fs::read_dir(&out)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(listed.len(), 5, "{listed:?}");
    assert!(!listed.iter().any(|n| n.starts_with('.')), "{listed:?}");

    // The same export again: new names, nothing replaced.
    let again = s.export_documents(&[id_a], &out).unwrap();
    assert_eq!(again[0].file_name, "revenus-2026-03-31 (4).pdf");
    assert_eq!(std::fs::read(&files[0].path).unwrap(), a);
}

#[test]
fn one_journal_row_per_document_and_refusals_write_nothing() {
    let (d, mut s) = setup();
    let p = person_with_vault(&mut s, "Sow");
    let home = tempfile::tempdir().unwrap();
    let out = home.path().join("out");
    std::fs::create_dir(&out).unwrap();
    let ids: Vec<DocumentId> = (0..3)
        .map(|n| {
            s.add_document(
                p,
                &input("x.pdf", DocumentCategory::Logement),
                &pdf(&format!("{n}")),
            )
            .unwrap()
            .document
            .id
        })
        .collect();
    let viewed_before = s
        .journal()
        .unwrap()
        .iter()
        .filter(|e| e.action == "document.viewed")
        .count();
    // An id listed twice is exported once.
    let files = s
        .export_documents(&[ids[0], ids[1], ids[2], ids[0]], &out)
        .unwrap();
    assert_eq!(files.len(), 3);
    let rows = exported_rows(&s);
    assert_eq!(
        rows,
        ids.iter().map(|i| i.to_string()).collect::<Vec<_>>(),
        "one row per document, its id only"
    );
    let viewed_after = s
        .journal()
        .unwrap()
        .iter()
        .filter(|e| e.action == "document.viewed")
        .count();
    assert_eq!(viewed_before, viewed_after);

    // A private document in the list: refused before anything is written.
    let own = age::x25519::Identity::generate();
    s.conn()
        .execute(
            "INSERT INTO person_vault_key (person_id, recipient, wrapped, created_at)
             VALUES (?1, ?2, x'00', 0)",
            params![p, own.to_public().to_string()],
        )
        .unwrap();
    let private = s
        .add_document(
            p,
            &crate::store::vault::DocumentInput {
                private: true,
                ..input("secret.pdf", DocumentCategory::Sante)
            },
            &pdf("private"),
        )
        .unwrap()
        .document
        .id;
    let empty = home.path().join("empty");
    std::fs::create_dir(&empty).unwrap();
    let refused = |s: &mut Session, ids: &[DocumentId], folder: &Path| {
        s.export_documents(ids, folder).unwrap_err().code()
    };
    assert_eq!(
        refused(&mut s, &[ids[0], private], &empty),
        ErrorCode::DocumentPrivateNotExported
    );
    assert_eq!(refused(&mut s, &[], &empty), ErrorCode::InvalidField);
    assert_eq!(
        refused(&mut s, &[ids[0]], Path::new("relative/folder")),
        ErrorCode::ExportFolderUnusable
    );
    assert_eq!(
        refused(&mut s, &[ids[0]], &home.path().join("missing")),
        ErrorCode::ExportFolderUnusable
    );
    let file = home.path().join("a-file");
    std::fs::write(&file, b"x").unwrap();
    assert_eq!(
        refused(&mut s, &[ids[0]], &file),
        ErrorCode::ExportFolderUnusable
    );
    // Never beside the vault: the data folder and anything under it.
    let inside = d.path().join("exports");
    std::fs::create_dir(&inside).unwrap();
    assert_eq!(
        refused(&mut s, &[ids[0]], &inside),
        ErrorCode::ExportFolderInDataFolder
    );
    let vault = s.vault_dir();
    assert_eq!(
        refused(&mut s, &[ids[0]], &vault),
        ErrorCode::ExportFolderInDataFolder
    );
    // Consent withdrawn: refused too.
    s.withdraw_consent(p).unwrap();
    assert_eq!(
        refused(&mut s, &[ids[0]], &empty),
        ErrorCode::VaultConsentMissing
    );
    assert_eq!(std::fs::read_dir(&empty).unwrap().count(), 0);
    assert_eq!(std::fs::read_dir(&inside).unwrap().count(), 0);
    assert_eq!(exported_rows(&s).len(), 3);
}

#[test]
fn a_damaged_document_stops_the_export_and_leaves_no_partial_file() {
    let (_d, mut s) = setup();
    let p = person_with_vault(&mut s, "Ba");
    let home = tempfile::tempdir().unwrap();
    let ids: Vec<DocumentId> = (0..3)
        .map(|n| {
            s.add_document(
                p,
                &input("x.pdf", DocumentCategory::Banque),
                &pdf(&format!("releve {n}")),
            )
            .unwrap()
            .document
            .id
        })
        .collect();
    let path = s
        .vault_dir()
        .join(super::super::get(s.conn(), ids[1]).unwrap().file_name);
    let mut bytes = std::fs::read(&path).unwrap();
    let last = bytes.len() - 1;
    bytes[last] ^= 0x55;
    std::fs::write(&path, bytes).unwrap();

    let e = s.export_documents(&ids, home.path()).unwrap_err();
    assert_eq!(e.code(), ErrorCode::DocumentDamaged);
    let listed: Vec<String> = std::fs::read_dir(home.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    let today = jiff::Zoned::now().date();
    assert_eq!(listed, [format!("banque-{today}.pdf")]);
    assert_eq!(exported_rows(&s), [ids[0].to_string()]);
}

#[test]
fn the_card_needs_vault_access_and_an_enrolled_private_vault() {
    let (_d, mut s) = setup();
    let p = person_with_vault(&mut s, "Camara");
    let card = crate::vault_key::CardSecret::generate();
    assert_eq!(
        s.identity_card_pdf(p, &card, "fr").unwrap_err().code(),
        ErrorCode::PrivateVaultNotEnrolled
    );
    let card = s.enrol_private_vault(p, "482915").unwrap();
    let bytes = s.identity_card_pdf(p, &card, "fr").unwrap();
    assert!(bytes.starts_with(b"%PDF"));
    s.withdraw_consent(p).unwrap();
    assert_eq!(
        s.identity_card_pdf(p, &card, "fr").unwrap_err().code(),
        ErrorCode::VaultConsentMissing
    );
}
