//! Desk command of the document viewer's print button (issue 8, part 2): the journal entry
//! written before the OS print dialog opens (see [`crate::store::vault::print`]).

use crate::desk::{api, Desk};
use crate::store::ids::DocumentId;
use crate::store::StoreError;
use passerelle_api::vault::DocumentRequest;
use passerelle_api::ApiError;

impl Desk {
    /// Journals `document.printed` for a shared document the viewer is about to print.
    pub fn document_printed(&mut self, req: &DocumentRequest) -> Result<(), ApiError> {
        let id: DocumentId = req
            .id
            .parse()
            .map_err(|_| api(StoreError::DocumentNotFound))?;
        self.session_mut()?.document_printed(id).map_err(api)
    }
}
