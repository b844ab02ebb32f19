//! Desk commands of a person's privacy rights: the access export, erasure, and the retention
//! review and purge (see [`crate::store::privacy`]).

use crate::desk::{api, invalid, person_id, Desk};
use crate::store::ids::PersonId;
use crate::store::privacy;
use passerelle_api::people::PersonRequest;
use passerelle_api::privacy::*;
use passerelle_api::ApiError;
use std::path::PathBuf;

impl Desk {
    /// The save dialog's default file name for an access export (no name in it).
    pub fn access_file_name(&mut self, req: &AccessFileNameRequest) -> Result<String, ApiError> {
        let id = person_id(&req.person)?;
        // Signed in, and the person exists: the dialog opens only for a real record.
        self.session_mut()?.person_data(id).map_err(api)?;
        Ok(privacy::access_file_name(
            id,
            &req.language,
            jiff::Zoned::now().date(),
        ))
    }

    /// Writes the right-of-access zip to the path the save dialog returned.
    pub fn export_person_access(
        &mut self,
        req: &ExportAccessRequest,
    ) -> Result<AccessExported, ApiError> {
        let id = person_id(&req.person)?;
        let path = PathBuf::from(&req.path);
        if !path.is_absolute() || path.file_name().is_none() {
            return Err(invalid("path"));
        }
        self.session_mut()?
            .export_person_access(id, &req.language, &path)
            .map_err(api)
    }

    /// Erases a person (coordinators).
    pub fn erase_person(&mut self, req: &PersonRequest) -> Result<ErasureDone, ApiError> {
        let id = person_id(&req.id)?;
        self.session_mut()?.erase_person(id).map_err(api)
    }

    /// The records inactive for longer than the retention period (coordinators).
    pub fn retention_review(&mut self) -> Result<RetentionReview, ApiError> {
        self.session_mut()?.retention_review().map_err(api)
    }

    /// Erases the reviewed records that are still inactive (coordinators).
    pub fn retention_purge(
        &mut self,
        req: &RetentionPurgeRequest,
    ) -> Result<RetentionPurged, ApiError> {
        let ids: Vec<PersonId> = req
            .people
            .iter()
            .map(|s| person_id(s))
            .collect::<Result<_, _>>()?;
        self.session_mut()?.purge_inactive(&ids).map_err(api)
    }
}
