//! Requests and responses of a person's privacy rights: the right of access (one export of
//! everything kept about them), the right to erasure, and the retention review of inactive
//! records. Identifiers travel as strings; dates as `YYYY-MM-DD` civil dates.

use serde::{Deserialize, Serialize};

/// Command names of the privacy screens.
pub mod cmd {
    /// [`super::ExportAccessRequest`] → [`super::AccessExported`].
    pub const EXPORT_PERSON_ACCESS: &str = "export_person_access";
    /// [`super::AccessFileNameRequest`] → `String` (the save dialog's default file name).
    pub const ACCESS_FILE_NAME: &str = "access_file_name";
    /// [`crate::people::PersonRequest`] → [`super::ErasureDone`].
    pub const ERASE_PERSON: &str = "erase_person";
    /// no argument → [`super::RetentionReview`].
    pub const RETENTION_REVIEW: &str = "retention_review";
    /// [`super::RetentionPurgeRequest`] → [`super::RetentionPurged`].
    pub const RETENTION_PURGE: &str = "retention_purge";
}

/// Writes the right-of-access zip (a readable PDF summary and the same data as JSON) to
/// `path`, an absolute path the save dialog returned (an existing file there is replaced: the
/// dialog asked).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ExportAccessRequest {
    pub person: String,
    pub path: String,
    /// Language of the PDF summary (`fr`, `en`; others print in French for now).
    pub language: String,
}

/// The default file name of an access export, offered by the save dialog. It never carries a
/// name: `passerelle-acces-<8 characters of the id>-<date>.zip`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AccessFileNameRequest {
    pub person: String,
    pub language: String,
}

/// What an access export wrote (no personal data: counts only).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AccessExported {
    pub sessions: u64,
    pub workshops: u64,
    pub consents: u64,
    pub follow_ups: u64,
    pub journal_entries: u64,
    /// Size of the zip file.
    pub bytes: u64,
}

/// What an erasure removed or anonymised (counts only).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ErasureDone {
    /// Person records deleted: the person and the duplicates once merged into them.
    pub records: u64,
    /// Sessions kept for the statistics, detached from the person, notes emptied.
    pub sessions_detached: u64,
    /// Workshop seats turned into anonymous participants.
    pub workshop_seats_anonymised: u64,
    pub consents_deleted: u64,
    pub follow_ups_deleted: u64,
    /// Merge history rows deleted (those merges can no longer be undone).
    pub merges_deleted: u64,
    /// Unsent form drafts that named the person.
    pub drafts_deleted: u64,
}

/// One record proposed for erasure because nothing happened with the person for longer than
/// the retention period.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct InactivePerson {
    pub id: String,
    pub anonymous: bool,
    pub first_name: String,
    pub last_name: String,
    pub birth_year: Option<u16>,
    pub commune: String,
    /// The latest of: last seen, last session, last workshop, last follow-up (`YYYY-MM-DD`).
    pub last_activity: String,
    pub sessions: u64,
    pub workshops: u64,
    pub follow_ups: u64,
}

// Personal data: a Debug print shows the id only.
impl std::fmt::Debug for InactivePerson {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("InactivePerson")
            .field("id", &self.id)
            .field("last_activity", &self.last_activity)
            .finish_non_exhaustive()
    }
}

/// The retention review: who would be erased, and the rule applied.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RetentionReview {
    pub retention_months: u32,
    /// Records with no activity on or after this date are listed (`YYYY-MM-DD`).
    pub inactive_before: String,
    /// Oldest activity first.
    pub people: Vec<InactivePerson>,
}

/// Erases exactly the reviewed records (their ids as listed). A record that became active
/// since the review is skipped, not erased.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RetentionPurgeRequest {
    pub people: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RetentionPurged {
    /// Records erased.
    pub erased: u64,
    /// Ids skipped: active again since the review, or already gone.
    pub skipped: Vec<String>,
    /// The sum of what the erasures removed.
    pub totals: ErasureDone,
}
