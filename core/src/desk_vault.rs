//! Desk commands of the document vault (see [`crate::store::vault`]). Bytes never travel in
//! JSON: a new document's content comes as `&[u8]` beside its [`DocumentMeta`], and a
//! document's bytes go back as a `Vec<u8>` the shell returns as a raw response.

use crate::desk::{api, invalid, person_id, staff_name, Desk};
use crate::store::ids::DocumentId;
use crate::store::vault::{Document, DocumentInput, DocumentUpdate};
use crate::store::StoreError;
use passerelle_api::people::PersonRequest;
use passerelle_api::vault::*;
use passerelle_api::ApiError;

fn document_id(id: &str) -> Result<DocumentId, ApiError> {
    id.parse().map_err(|_| api(StoreError::DocumentNotFound))
}

fn date(s: &Option<String>, field: &'static str) -> Result<Option<jiff::civil::Date>, ApiError> {
    match s.as_deref().map(str::trim) {
        None | Some("") => Ok(None),
        Some(t) => t.parse().map(Some).map_err(|_| invalid(field)),
    }
}

fn view(d: &Document, staff: &[crate::store::StaffSummary]) -> DocumentView {
    // The centre's civil date, as the Today list counts it.
    let today = crate::store::session::today();
    DocumentView {
        id: d.id.to_string(),
        person: d.person.to_string(),
        title: d.title.clone(),
        category: d.category,
        original_name: d.original_name.clone(),
        media_type: d.media_type.clone(),
        size: d.size,
        issued_on: d.issued_on.map(|x| x.to_string()),
        expires_on: d.expires_on.map(|x| x.to_string()),
        days_left: d
            .expires_on
            .map(|x| crate::store::vault::days_from(today, x)),
        notes: d.notes.clone(),
        private: d.private,
        has_thumbnail: d.has_thumbnail,
        added_by: d.staff_id.as_deref().and_then(|c| staff_name(staff, c)),
        created_at_ms: d.created_at_ms,
        updated_at_ms: d.updated_at_ms,
    }
}

impl Desk {
    /// Opens a person's vault (journals `vault.opened`).
    pub fn open_vault(&mut self, req: &PersonRequest) -> Result<VaultView, ApiError> {
        let id = person_id(&req.id)?;
        let s = self.session_mut()?;
        let v = s.open_vault(id).map_err(api)?;
        let staff = s.staff();
        Ok(VaultView {
            person: id.to_string(),
            documents: v.documents.iter().map(|d| view(d, &staff)).collect(),
            used_bytes: v.usage.used_bytes,
            quota_bytes: v.usage.quota_bytes,
            private_enrolled: v.private_enrolled,
            expiry_window_days: v.expiry_window_days,
        })
    }

    /// Adds one document: `bytes` is the raw request body, `meta` what the form says.
    pub fn add_document(
        &mut self,
        meta: &DocumentMeta,
        bytes: &[u8],
    ) -> Result<DocumentAdded, ApiError> {
        let person = person_id(&meta.person)?;
        let input = DocumentInput {
            title: meta.title.clone(),
            category: meta.category,
            original_name: meta.original_name.clone().into(),
            issued_on: date(&meta.issued_on, "issued_on")?,
            expires_on: date(&meta.expires_on, "expires_on")?,
            notes: meta.notes.clone(),
            private: meta.private,
        };
        let s = self.session_mut()?;
        let added = s.add_document(person, &input, bytes).map_err(api)?;
        let staff = s.staff();
        Ok(DocumentAdded {
            document: view(&added.document, &staff),
            quota_warning: added.usage.warning(),
            used_bytes: added.usage.used_bytes,
            quota_bytes: added.usage.quota_bytes,
        })
    }

    /// The bytes of a shared document, whole and authenticated (journals `document.viewed`).
    pub fn read_document(&mut self, req: &DocumentRequest) -> Result<Vec<u8>, ApiError> {
        let id = document_id(&req.id)?;
        self.session_mut()?.read_document(id).map_err(api)
    }

    /// The thumbnail (JPEG bytes) of a shared image, if any.
    pub fn document_thumbnail(
        &mut self,
        req: &DocumentRequest,
    ) -> Result<Option<Vec<u8>>, ApiError> {
        let id = document_id(&req.id)?;
        self.session_mut()?.document_thumbnail(id).map_err(api)
    }

    pub fn update_document(&mut self, req: &UpdateDocumentRequest) -> Result<(), ApiError> {
        let id = document_id(&req.id)?;
        let update = DocumentUpdate {
            title: req.title.clone(),
            category: req.category,
            issued_on: date(&req.issued_on, "issued_on")?,
            expires_on: date(&req.expires_on, "expires_on")?,
            notes: req.notes.clone(),
        };
        self.session_mut()?
            .update_document(id, &update)
            .map_err(api)
    }

    /// Deletes a document, its file and its row (journals `document.deleted`).
    pub fn delete_document(&mut self, req: &DocumentRequest) -> Result<(), ApiError> {
        let id = document_id(&req.id)?;
        self.session_mut()?.delete_document(id).map_err(api)
    }

    /// The Today list's documents expiring soon (expired ones included), soonest first.
    pub fn expiring_documents(
        &mut self,
        req: &ExpiringRequest,
    ) -> Result<Vec<ExpiringDocument>, ApiError> {
        let list = self
            .session_mut()?
            .expiring_documents(req.window_days)
            .map_err(api)?;
        Ok(list
            .into_iter()
            .map(|e| ExpiringDocument {
                id: e.id.to_string(),
                person: e.person.to_string(),
                person_name: e.person_name,
                title: e.title,
                category: e.category,
                expires_on: e.expires_on.to_string(),
                days_left: e.days_left,
            })
            .collect())
    }
}

impl Desk {
    /// Creates the person's private vault with their PIN; the card code comes back once, to
    /// print on their card (`crate::pdf::identity_card`) and never again.
    pub fn enrol_private_vault(
        &mut self,
        req: &EnrolPrivateRequest,
    ) -> Result<PrivateEnrolled, ApiError> {
        let person = person_id(&req.person)?;
        let card = self
            .session_mut()?
            .enrol_private_vault(person, &req.pin)
            .map_err(api)?;
        Ok(PrivateEnrolled {
            card_text: card.to_text().as_str().to_owned(),
        })
    }

    /// A private document's bytes, opened with the person's card code and PIN.
    pub fn open_private_document(&mut self, req: &OpenPrivateRequest) -> Result<Vec<u8>, ApiError> {
        let id = document_id(&req.id)?;
        let card = crate::vault_key::CardSecret::parse(&req.card_text)
            .map_err(|e| api(crate::store::vault::private::key_error(e)))?;
        self.session_mut()?
            .open_private_document(id, &card, &req.pin)
            .map_err(api)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use passerelle_api::ErrorCode;

    fn desk() -> (tempfile::TempDir, Desk, String) {
        let d = tempfile::tempdir().unwrap();
        let (desk, p) = crate::desk_test_fixture::desk_with_vault_person(d.path(), "Bah");
        (d, desk, p)
    }

    #[test]
    fn the_desk_adds_lists_reads_updates_and_deletes() {
        let (_d, mut desk, person) = desk();
        let bytes = crate::store::vault::tests::pdf("bulletin");
        let added = desk
            .add_document(
                &DocumentMeta {
                    person: person.clone(),
                    original_name: "bulletin-mars.pdf".into(),
                    title: String::new(),
                    category: DocumentCategory::Revenus,
                    issued_on: Some("2026-03-31".into()),
                    expires_on: None,
                    notes: String::new(),
                    private: false,
                },
                &bytes,
            )
            .unwrap();
        assert_eq!(added.document.title, "bulletin-mars");
        assert_eq!(added.document.added_by.as_deref(), Some("Camille"));
        assert!(!added.quota_warning);
        let req = DocumentRequest {
            id: added.document.id.clone(),
        };
        assert_eq!(desk.read_document(&req).unwrap(), bytes);
        assert_eq!(desk.document_thumbnail(&req).unwrap(), None);
        let v = desk
            .open_vault(&PersonRequest { id: person.clone() })
            .unwrap();
        assert_eq!(v.documents.len(), 1);
        assert_eq!(v.documents[0].issued_on.as_deref(), Some("2026-03-31"));
        desk.update_document(&UpdateDocumentRequest {
            id: req.id.clone(),
            title: "Bulletin de salaire".into(),
            category: DocumentCategory::Revenus,
            issued_on: None,
            expires_on: Some("2026-04-30".into()),
            notes: String::new(),
        })
        .unwrap();
        let soon = desk
            .expiring_documents(&ExpiringRequest {
                window_days: Some(3660),
            })
            .unwrap();
        assert_eq!(soon.len(), 1);
        assert_eq!(soon[0].title, "Bulletin de salaire");
        assert_eq!(soon[0].person_name, "Awa Bah");
        // The card counts the same days as the Today list.
        let v = desk
            .open_vault(&PersonRequest { id: person.clone() })
            .unwrap();
        assert_eq!(v.documents[0].days_left, Some(soon[0].days_left));
        let bad = desk
            .update_document(&UpdateDocumentRequest {
                id: req.id.clone(),
                title: "x".into(),
                category: DocumentCategory::Autre,
                issued_on: Some("31/03/2026".into()),
                expires_on: None,
                notes: String::new(),
            })
            .unwrap_err();
        assert_eq!(bad.code, ErrorCode::InvalidField);
        desk.delete_document(&req).unwrap();
        assert_eq!(
            desk.read_document(&req).unwrap_err().code,
            ErrorCode::DocumentNotFound
        );
        assert_eq!(
            desk.read_document(&DocumentRequest { id: "nope".into() })
                .unwrap_err()
                .code,
            ErrorCode::DocumentNotFound
        );
    }
}
