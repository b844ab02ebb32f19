//! The vault's plaintext exits that a user asks for (design §2, "plaintext exits"): chosen
//! documents exported to a folder the user picked, and the beneficiary's card printed as PDF
//! bytes (never written to disk by `core`).
//!
//! **Export names.** A file's default name is `<category>-<date>.<ext>`
//! (`titre-de-sejour-2026-03-31.pdf`): the category's code, the document's issue date (or the
//! day it was added), and the extension of the type found by content. It never carries the
//! title or the original name, because both are free text that usually holds the person's name
//! ("Titre de séjour Awa Diallo", `passeport_diallo.jpg`): an export folder on a shared
//! computer or a USB stick would otherwise list who came to the centre. The user may ask for the
//! original names instead ([`ExportNames::Original`]). Whatever the source, a name is made safe
//! by [`safe_file_name`]: no path separator, no `..`, no control or bidirectional-override
//! character, no leading dot or dash, no character Windows refuses, no Windows device name,
//! at most [`MAX_STEM_BYTES`] bytes before the extension. Two documents of one export with the
//! same name become `name-2`, `name-3`…
//!
//! **No overwrite.** A name is claimed with an exclusive create (`create_new`: an existing
//! file, or a link planted under that name, is never opened); a taken name becomes
//! `name (2).ext`, `name (3).ext`… The content is written to a hidden temporary file in the
//! same folder (also `create_new`, owner-only), fsynced, then renamed onto the claimed (empty)
//! name, and the folder fsynced. A failure removes both.
//!
//! **Trace.** One `document.exported` journal row per document (its id only), written once its
//! file is in place; if the journal cannot be written, the file is removed and the export stops.

use super::super::error::StoreError;
use super::super::ids::{DocumentId, PersonId};
use super::super::journal::Action;
use super::super::people;
use super::super::session::Session;
use super::super::settings;
use super::{sniff, Document};
use crate::fsutil::sync_dir;
pub use passerelle_api::vault::ExportNames;
use std::collections::HashSet;
use std::io::Write;
use std::path::{Path, PathBuf};

/// Longest part of an exported file's name before its extension (bytes, cut on a character
/// boundary): with the extension and a " (999)" it stays far below the 255 bytes most file
/// systems allow.
pub const MAX_STEM_BYTES: usize = 120;
/// How many " (n)" variants are tried before giving up on a name.
const MAX_VARIANTS: u32 = 999;

/// A document written by [`Session::export_documents`]. `Debug` shows the id only (a name
/// asked for as [`ExportNames::Original`] may be personal).
#[derive(Clone, PartialEq, Eq)]
pub struct ExportedFile {
    pub id: DocumentId,
    /// The file's name inside the chosen folder.
    pub file_name: String,
    pub path: PathBuf,
}

impl std::fmt::Debug for ExportedFile {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ExportedFile")
            .field("id", &self.id)
            .finish_non_exhaustive()
    }
}

/// Characters Windows refuses in a file name (and `/`, refused everywhere).
const WINDOWS_RESERVED: &[char] = &['<', '>', ':', '"', '/', '\\', '|', '?', '*'];

/// Invisible characters that change how a name reads (bidirectional overrides turn
/// `exe.pdf` into `fdp.exe` on screen; zero-width ones hide text).
fn invisible(c: char) -> bool {
    matches!(c,
        '\u{00AD}' | '\u{061C}' | '\u{180E}' | '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}'
        | '\u{2060}'..='\u{206F}' | '\u{FEFF}' | '\u{FFF9}'..='\u{FFFB}')
}

/// Windows device names: `CON`, `nul.txt`, `com1.pdf` open a device there, not a file.
fn windows_device(stem: &str) -> bool {
    let base = stem
        .split('.')
        .next()
        .unwrap_or_default()
        .trim_end()
        .to_ascii_uppercase();
    matches!(base.as_str(), "CON" | "PRN" | "AUX" | "NUL")
        || ((base.starts_with("COM") || base.starts_with("LPT"))
            && base.len() == 4
            && base.as_bytes()[3].is_ascii_digit())
}

/// The part of a name before its extension, made safe (see the module's notes). Never empty:
/// a name with nothing usable left becomes `document`.
pub fn safe_stem(raw: &str) -> String {
    let mut s: String = raw
        .chars()
        .filter(|c| !invisible(*c))
        .map(|c| {
            if c.is_control() || WINDOWS_RESERVED.contains(&c) {
                '_'
            } else {
                c
            }
        })
        .collect();
    // No hidden file, no `..`, nothing read as a command-line option; Windows drops trailing
    // dots and spaces, so two names could meet there.
    loop {
        let trimmed = s
            .trim_start_matches(|c: char| c == '.' || c == '-' || c.is_whitespace())
            .trim_end_matches(|c: char| c == '.' || c.is_whitespace());
        if trimmed.len() == s.len() {
            break;
        }
        s = trimmed.to_owned();
    }
    if s.len() > MAX_STEM_BYTES {
        let mut cut = MAX_STEM_BYTES;
        while !s.is_char_boundary(cut) {
            cut -= 1;
        }
        s.truncate(cut);
        s = s
            .trim_end_matches(|c: char| c == '.' || c.is_whitespace())
            .to_owned();
    }
    if s.trim_matches('_').is_empty() {
        return "document".to_owned();
    }
    if windows_device(&s) {
        s.insert(0, '_');
    }
    s
}

/// A whole file name: a safe stem and an extension (`ext` is one of the vault's own, always
/// plain ASCII letters).
pub fn safe_file_name(stem: &str, ext: &str) -> String {
    format!("{}.{ext}", safe_stem(stem))
}

/// The default name's stem: `<category>-<issue date, or the day it was added>`.
pub fn neutral_stem(d: &Document) -> String {
    let date = d.issued_on.unwrap_or_else(|| {
        jiff::Timestamp::from_millisecond(d.created_at_ms)
            .map(|t| t.to_zoned(jiff::tz::TimeZone::system()).date())
            .unwrap_or_else(|_| jiff::civil::date(1970, 1, 1))
    });
    format!("{}-{date}", d.category.code().replace('_', "-"))
}

/// The original name without its last extension (the type's own extension replaces it).
fn original_stem(d: &Document) -> &str {
    let name = d
        .original_name
        .rsplit(['/', '\\'])
        .next()
        .unwrap_or_default();
    match name.rsplit_once('.') {
        Some((stem, _)) if !stem.is_empty() => stem,
        _ => name,
    }
}

/// The names of one export, before the folder is looked at: safe, and distinct within the
/// export (`-2`, `-3`… in order).
pub(crate) fn planned_names(docs: &[Document], names: ExportNames) -> Vec<(String, &'static str)> {
    let mut taken = HashSet::new();
    docs.iter()
        .map(|d| {
            let ext = sniff::extension(&d.media_type);
            let base = safe_stem(&match names {
                ExportNames::Neutral => neutral_stem(d),
                ExportNames::Original => original_stem(d).to_owned(),
            });
            let mut stem = base.clone();
            let mut n = 1;
            while !taken.insert(format!("{stem}.{ext}").to_lowercase()) {
                n += 1;
                stem = format!("{base}-{n}");
            }
            (stem, ext)
        })
        .collect()
}

fn io(path: &Path, e: std::io::Error) -> StoreError {
    StoreError::io(path, e)
}

fn create_new(path: &Path) -> std::io::Result<std::fs::File> {
    let mut o = std::fs::OpenOptions::new();
    o.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        o.mode(0o600);
    }
    o.open(path)
}

/// Claims a free name in `folder` with an exclusive create: `stem.ext`, else
/// `stem (2).ext`… Returns the name and its path.
fn claim(folder: &Path, stem: &str, ext: &str) -> Result<(String, PathBuf), StoreError> {
    for n in 1..=MAX_VARIANTS {
        let name = if n == 1 {
            format!("{stem}.{ext}")
        } else {
            format!("{stem} ({n}).{ext}")
        };
        let path = folder.join(&name);
        match create_new(&path) {
            Ok(_) => return Ok((name, path)),
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => continue,
            Err(e) => return Err(io(&path, e)),
        }
    }
    Err(StoreError::FileExists)
}

/// Writes `bytes` under a hidden temporary name, fsyncs, renames it onto `target` (a name
/// this export claimed) and fsyncs the folder. A failure removes the temporary file.
fn fill(folder: &Path, target: &Path, bytes: &[u8]) -> Result<(), StoreError> {
    let tmp = folder.join(format!(
        ".passerelle-export-{}.part",
        super::intake::random_file_name()
    ));
    let result = (|| -> std::io::Result<()> {
        let mut f = create_new(&tmp)?;
        f.write_all(bytes)?;
        f.sync_all()?;
        drop(f);
        std::fs::rename(&tmp, target)?;
        sync_dir(folder)
    })();
    result.map_err(|e| {
        let _ = std::fs::remove_file(&tmp);
        io(target, e)
    })
}

impl Session {
    /// The folder an export may write to: an existing folder given as an absolute path,
    /// outside the data folder (plaintext must never land beside the vault).
    fn export_folder(&self, folder: &Path) -> Result<PathBuf, StoreError> {
        if !folder.is_absolute() {
            return Err(StoreError::ExportFolderUnusable);
        }
        let canonical = folder
            .canonicalize()
            .map_err(|_| StoreError::ExportFolderUnusable)?;
        if !canonical.is_dir() {
            return Err(StoreError::ExportFolderUnusable);
        }
        if let Some(data) = self.vault_dir().parent() {
            if let Ok(data) = data.canonicalize() {
                if canonical.starts_with(&data) {
                    return Err(StoreError::ExportFolderInDataFolder);
                }
            }
        }
        Ok(canonical)
    }

    /// The documents of an export, checked before anything is written: each one exists and
    /// its person's vault is open to the acting staff member, and none is private. Ids listed
    /// twice are exported once.
    pub fn check_export(&self, ids: &[DocumentId]) -> Result<Vec<Document>, StoreError> {
        if ids.is_empty() {
            return Err(StoreError::InvalidField { field: "ids" });
        }
        let mut seen = HashSet::new();
        let mut docs = Vec::new();
        for id in ids {
            if !seen.insert(*id) {
                continue;
            }
            let d = self.accessible(*id)?;
            if d.private {
                return Err(StoreError::ExportPrivateRefused);
            }
            docs.push(d);
        }
        Ok(docs)
    }

    /// Exports shared documents to `folder` under their default names (see the module's
    /// notes); see [`Session::export_documents_named`].
    pub fn export_documents(
        &mut self,
        ids: &[DocumentId],
        folder: &Path,
    ) -> Result<Vec<ExportedFile>, StoreError> {
        self.export_documents_named(ids, folder, ExportNames::Neutral)
    }

    /// Exports shared documents to `folder`, each decrypted whole and authenticated (the read
    /// path of a view) and written inside `folder` only, under a safe name, never over an
    /// existing file; one `document.exported` journal row each. Everything is checked first
    /// (access, private documents refused, the folder): a refusal writes nothing. A document
    /// that turns out damaged stops the export there; the files already written stay, each
    /// with its journal row.
    pub fn export_documents_named(
        &mut self,
        ids: &[DocumentId],
        folder: &Path,
        names: ExportNames,
    ) -> Result<Vec<ExportedFile>, StoreError> {
        let docs = self.check_export(ids)?;
        let folder = self.export_folder(folder)?;
        let planned = planned_names(&docs, names);
        let mut out = Vec::with_capacity(docs.len());
        for (d, (stem, ext)) in docs.iter().zip(planned) {
            let bytes = zeroize::Zeroizing::new(self.decrypt_shared(d)?);
            let (file_name, path) = claim(&folder, &stem, ext)?;
            if let Err(e) = fill(&folder, &path, &bytes) {
                let _ = std::fs::remove_file(&path);
                return Err(e);
            }
            let journaled = self.write_journaled(Action::DocumentExported, |_| {
                Ok(((), Some(d.id.to_string())))
            });
            if let Err(e) = journaled {
                let _ = std::fs::remove_file(&path);
                let _ = sync_dir(&folder);
                return Err(e);
            }
            out.push(ExportedFile {
                id: d.id,
                file_name,
                path,
            });
        }
        Ok(out)
    }

    /// The beneficiary's card for their private documents, as PDF bytes (nothing written to
    /// disk): the structure's name, the person's first name only, the card code as text and
    /// QR code. Needs the person's vault open to the staff member and a private vault
    /// enrolled. The code cannot be checked against the vault without the PIN: the screen
    /// passes the code it got at enrolment.
    pub fn identity_card_pdf(
        &self,
        person: PersonId,
        card: &crate::vault_key::CardSecret,
        lang: &str,
    ) -> Result<Vec<u8>, StoreError> {
        self.require_vault(person)?;
        if super::private_recipient(&self.conn, person)?.is_none() {
            return Err(StoreError::PrivateVaultNotEnrolled);
        }
        let p = people::get(&self.conn, person)?;
        let structure = settings::get(&self.conn)?.structure_name;
        let first_name = zeroize::Zeroizing::new(p.profile.first_name.clone());
        Ok(crate::pdf::identity_card(&crate::pdf::IdentityCard {
            structure_name: &structure,
            first_name: &first_name,
            card,
            created_at: jiff::Zoned::now().datetime(),
            lang,
        })?)
    }
}

#[cfg(test)]
#[path = "export_tests.rs"]
mod tests;
