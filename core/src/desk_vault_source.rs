//! Vault intake from files picked in the native dialog. `core` reads the file itself (no bytes
//! cross the IPC) and remembers, by a random token, which path each picked file came from, so
//! that once a file is safely in the vault it can offer to delete the original: a scan left in
//! Downloads is readable by anyone using the computer. Only files picked in this session and
//! already added can be deleted this way; the list goes with the lock.

use crate::desk::{api, invalid, person_id, Desk};
use crate::store::StoreError;
use passerelle_api::vault::{
    AddPickedRequest, DeleteSourcesRequest, DocumentAdded, DocumentMeta, PickedFile,
};
use passerelle_api::ApiError;
use std::collections::HashMap;
use std::path::PathBuf;
use zeroize::Zeroize;

#[derive(Debug, Default)]
pub(crate) struct PickedSources {
    files: HashMap<String, Picked>,
}

#[derive(Debug)]
struct Picked {
    path: PathBuf,
    added: bool,
}

fn token() -> String {
    let mut b = [0u8; 16];
    getrandom::getrandom(&mut b).expect("the OS random source");
    hex::encode(b)
}

fn unknown() -> ApiError {
    invalid("token")
}

impl Desk {
    /// Remembers files picked in the native dialog; returns a token, name and size for each.
    pub fn register_picked(&mut self, paths: Vec<PathBuf>) -> Result<Vec<PickedFile>, ApiError> {
        self.session_mut()?;
        let mut out = Vec::new();
        for path in paths {
            let Ok(meta) = std::fs::metadata(&path) else {
                continue;
            };
            if !meta.is_file() {
                continue;
            }
            let t = token();
            out.push(PickedFile {
                token: t.clone(),
                name: path
                    .file_name()
                    .map(|n| n.to_string_lossy().into_owned())
                    .unwrap_or_default(),
                size: meta.len(),
            });
            self.picked.files.insert(t, Picked { path, added: false });
        }
        Ok(out)
    }

    /// Adds a picked file to the vault: read here, checked and encrypted like any other.
    pub fn add_picked(&mut self, req: &AddPickedRequest) -> Result<DocumentAdded, ApiError> {
        let path = self
            .picked
            .files
            .get(&req.token)
            .map(|p| p.path.clone())
            .ok_or_else(unknown)?;
        person_id(&req.meta.person)?;
        // A file bigger than the whole quota is refused before it is read into memory.
        let size = std::fs::metadata(&path)
            .map_err(|_| api(StoreError::DocumentNotFound))?
            .len();
        let (quota_mb, _) = self.session_mut()?.vault_settings().map_err(api)?;
        let quota_bytes = u64::from(quota_mb) * 1024 * 1024;
        if size > quota_bytes {
            return Err(api(StoreError::VaultQuotaExceeded {
                used_bytes: size,
                quota_bytes,
            }));
        }
        let mut bytes = std::fs::read(&path).map_err(|_| api(StoreError::DocumentNotFound))?;
        // The store refuses a name that is not UTF-8 with this same message; nothing is kept.
        let Some(name) = path.file_name().and_then(|n| n.to_str()).map(str::to_owned) else {
            bytes.zeroize();
            return Err(api(StoreError::FileNameNotUtf8));
        };
        let meta = DocumentMeta {
            original_name: name,
            ..req.meta.clone()
        };
        let result = self.add_document(&meta, &bytes);
        bytes.zeroize();
        let added = result?;
        if let Some(p) = self.picked.files.get_mut(&req.token) {
            p.added = true;
        }
        Ok(added)
    }

    /// Deletes the originals of picked files already in the vault; returns their names.
    pub fn delete_picked_sources(
        &mut self,
        req: &DeleteSourcesRequest,
    ) -> Result<Vec<String>, ApiError> {
        self.session_mut()?;
        let mut deleted = Vec::new();
        for t in &req.tokens {
            let p = self.picked.files.get(t).ok_or_else(unknown)?;
            if !p.added {
                return Err(invalid("token"));
            }
        }
        for t in &req.tokens {
            if let Some(p) = self.picked.files.remove(t) {
                std::fs::remove_file(&p.path)
                    .map_err(|e| ApiError::from(crate::error::CoreError::io(&p.path, e)))?;
                deleted.push(
                    p.path
                        .file_name()
                        .map(|n| n.to_string_lossy().into_owned())
                        .unwrap_or_default(),
                );
            }
        }
        Ok(deleted)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::desk_test_fixture::desk_with_vault_person;
    use passerelle_api::people::PersonRequest;
    use passerelle_api::vault::DocumentCategory;
    use passerelle_api::ErrorCode;

    fn desk(dir: &std::path::Path) -> (Desk, String) {
        desk_with_vault_person(dir, "Bah")
    }

    fn meta(person: &str) -> DocumentMeta {
        DocumentMeta {
            person: person.to_owned(),
            original_name: "ignored.pdf".into(),
            title: String::new(),
            category: DocumentCategory::Impots,
            issued_on: None,
            expires_on: None,
            notes: String::new(),
            private: false,
        }
    }

    #[test]
    fn a_picked_file_is_added_then_its_original_deleted_and_only_then() {
        let d = tempfile::tempdir().unwrap();
        let downloads = tempfile::tempdir().unwrap();
        let (mut desk, person) = desk(d.path());
        let scan = downloads.path().join("avis-imposition-2025.pdf");
        let other = downloads.path().join("garde.pdf");
        let bytes = crate::store::vault::tests::pdf("avis");
        std::fs::write(&scan, &bytes).unwrap();
        std::fs::write(&other, &bytes).unwrap();
        let picked = desk
            .register_picked(vec![scan.clone(), other.clone(), downloads.path().into()])
            .unwrap();
        assert_eq!(picked.len(), 2, "a folder is not a file");
        assert_eq!(picked[0].name, "avis-imposition-2025.pdf");
        assert_eq!(picked[0].size, bytes.len() as u64);
        // Not added yet: its original cannot be deleted.
        let early = desk
            .delete_picked_sources(&DeleteSourcesRequest {
                tokens: vec![picked[0].token.clone()],
            })
            .unwrap_err();
        assert_eq!(early.code, ErrorCode::InvalidField);
        assert!(scan.exists());
        let added = desk
            .add_picked(&AddPickedRequest {
                token: picked[0].token.clone(),
                meta: meta(&person),
            })
            .unwrap();
        assert_eq!(added.document.original_name, "avis-imposition-2025.pdf");
        assert_eq!(added.document.title, "avis-imposition-2025");
        let deleted = desk
            .delete_picked_sources(&DeleteSourcesRequest {
                tokens: vec![picked[0].token.clone()],
            })
            .unwrap();
        assert_eq!(deleted, ["avis-imposition-2025.pdf"]);
        assert!(!scan.exists(), "the original is gone");
        assert!(other.exists(), "the file not added is untouched");
        // The vault still opens it: it was in the vault before the original went.
        let v = desk.open_vault(&PersonRequest { id: person }).unwrap();
        assert_eq!(v.documents.len(), 1);
        // A token is used once; an unknown one is refused.
        let again = desk
            .delete_picked_sources(&DeleteSourcesRequest {
                tokens: vec![picked[0].token.clone()],
            })
            .unwrap_err();
        assert_eq!(again.code, ErrorCode::InvalidField);
    }

    #[test]
    fn the_picked_list_goes_with_the_lock() {
        let d = tempfile::tempdir().unwrap();
        let downloads = tempfile::tempdir().unwrap();
        let (mut desk, person) = desk(d.path());
        let scan = downloads.path().join("scan.pdf");
        std::fs::write(&scan, crate::store::vault::tests::pdf("x")).unwrap();
        let picked = desk.register_picked(vec![scan.clone()]).unwrap();
        desk.lock(&passerelle_api::store::LockRequest { draft: None })
            .unwrap();
        assert!(desk.picked.files.is_empty());
        assert!(desk
            .add_picked(&AddPickedRequest {
                token: picked[0].token.clone(),
                meta: meta(&person),
            })
            .is_err());
        assert!(scan.exists());
    }

    #[cfg(unix)]
    #[test]
    fn a_name_that_is_not_utf8_is_refused_and_nothing_is_stored() {
        use std::os::unix::ffi::OsStrExt;
        let d = tempfile::tempdir().unwrap();
        let downloads = tempfile::tempdir().unwrap();
        let (mut desk, person) = desk(d.path());
        let scan = downloads
            .path()
            .join(std::ffi::OsStr::from_bytes(b"avis-\xff.pdf"));
        std::fs::write(&scan, crate::store::vault::tests::pdf("x")).unwrap();
        let picked = desk.register_picked(vec![scan.clone()]).unwrap();
        let e = desk
            .add_picked(&AddPickedRequest {
                token: picked[0].token.clone(),
                meta: meta(&person),
            })
            .unwrap_err();
        assert_eq!(e.code, ErrorCode::FileNameNotUtf8);
        let v = desk.open_vault(&PersonRequest { id: person }).unwrap();
        assert!(v.documents.is_empty());
        assert!(scan.exists());
    }
}
