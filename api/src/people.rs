//! Requests and responses of the mediator's desk: people, their support sessions, group
//! workshops, tags.
//! Identifiers travel as strings (UUIDv7 text); dates of sessions as `YYYY-MM-DD` civil
//! dates; instants as unix milliseconds.

use crate::vocab::{
    AgeBracket, Autonomy, Canal, ConsentScope, Equipment, Gender, ProcedureTheme, ReferralCategory,
    SocialStatus, Theme, WorkshopLevel,
};
use serde::{Deserialize, Serialize};

/// Command names of the desk screens.
pub mod cmd {
    pub const SEARCH_PEOPLE: &str = "search_people";
    pub const RECENT_PEOPLE: &str = "recent_people";
    pub const GET_PERSON: &str = "get_person";
    pub const ADD_PERSON: &str = "add_person";
    pub const UPDATE_PERSON: &str = "update_person";
    pub const POSSIBLE_DUPLICATES: &str = "possible_duplicates";
    pub const ADD_SESSION: &str = "add_session";
    pub const UPDATE_SESSION: &str = "update_session";
    pub const DELETE_SESSION: &str = "delete_session";
    pub const RESTORE_SESSION: &str = "restore_session";
    pub const SAME_AS_LAST_TIME: &str = "same_as_last_time";
    pub const LIST_TAGS: &str = "list_tags";
    pub const ADD_TAG: &str = "add_tag";
    pub const RECORD_CONSENT: &str = "record_consent";
    pub const WITHDRAW_CONSENT: &str = "withdraw_consent";
    pub const MERGE_PREVIEW: &str = "merge_preview";
    pub const MERGE_PEOPLE: &str = "merge_people";
    pub const UNMERGE_PEOPLE: &str = "unmerge_people";
    pub const SET_TAG_ARCHIVED: &str = "set_tag_archived";
    pub const ADD_WORKSHOP: &str = "add_workshop";
    pub const LIST_WORKSHOPS: &str = "list_workshops";
}

/// A person's profile as the form edits it. For an anonymous person, `core` drops the names,
/// phone and e-mail (only what statistics need is kept).
#[derive(Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PersonInput {
    pub anonymous: bool,
    pub first_name: String,
    pub last_name: String,
    pub birth_year: Option<u16>,
    pub gender: Option<Gender>,
    pub social_status: Option<SocialStatus>,
    pub commune: String,
    pub postal_code: String,
    pub insee_code: String,
    /// ISO 639 codes (`fr`, `ar`, `uk`, `ps`…).
    pub languages: Vec<String>,
    pub phone: String,
    pub email: String,
    /// Free notes: never health data, never passwords (the form says so).
    pub notes: String,
}

// Personal data: a Debug print (a panic message, a log line) shows no field.
impl std::fmt::Debug for PersonInput {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PersonInput")
            .field("anonymous", &self.anonymous)
            .finish_non_exhaustive()
    }
}

/// One line of a search or of the recent list: enough to tell homonyms apart.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PersonCard {
    pub id: String,
    pub first_name: String,
    pub last_name: String,
    pub birth_year: Option<u16>,
    pub commune: String,
    pub postal_code: String,
    /// Found only thanks to the typo tolerance.
    pub approximate: bool,
}

impl std::fmt::Debug for PersonCard {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PersonCard")
            .field("id", &self.id)
            .finish_non_exhaustive()
    }
}

/// A person's record as their page shows it.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PersonView {
    pub id: String,
    pub profile: PersonInput,
    /// Derived from the year of birth, this year.
    pub age_bracket: AgeBracket,
    /// Consent then comes from a legal guardian.
    pub may_be_minor: bool,
    pub created_at_ms: i64,
    pub last_seen_at_ms: i64,
    pub sessions: Vec<SessionView>,
    /// The consent in force, if any.
    pub consent: Option<ConsentView>,
}

impl std::fmt::Debug for PersonView {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PersonView")
            .field("id", &self.id)
            .finish_non_exhaustive()
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SearchPeopleRequest {
    pub query: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PersonRequest {
    pub id: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct UpdatePersonRequest {
    pub id: String,
    pub person: PersonInput,
}

/// An individual support session as the form edits it.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SessionInput {
    /// `None`: an anonymous session.
    pub person: Option<String>,
    /// The centre's civil date, `YYYY-MM-DD`.
    pub date: String,
    pub duration_min: u16,
    pub canal: Canal,
    pub place: Option<String>,
    pub equipment: Vec<Equipment>,
    pub themes: Vec<Theme>,
    pub procedure_themes: Vec<ProcedureTheme>,
    pub procedure_name: String,
    pub autonomy: Option<Autonomy>,
    pub referral: Option<ReferralCategory>,
    pub referral_to: String,
    /// A partner of the centre's directory the person is referred to (with `referral`).
    #[serde(default)]
    pub partner: Option<String>,
    pub tags: Vec<String>,
    pub notes: String,
}

impl std::fmt::Debug for SessionInput {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SessionInput")
            .field("date", &self.date)
            .finish_non_exhaustive()
    }
}

/// A recorded session.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SessionView {
    pub id: String,
    pub session: SessionInput,
    /// The staff member who recorded it, if they are still on the team.
    pub recorded_by: Option<String>,
    pub created_at_ms: i64,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AddSessionRequest {
    pub session: SessionInput,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct UpdateSessionRequest {
    pub id: String,
    pub session: SessionInput,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SessionRequest {
    pub id: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AddTagRequest {
    pub name: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TagArchivedRequest {
    pub id: String,
    pub archived: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TagView {
    pub id: String,
    pub name: String,
    pub archived: bool,
}

/// A group workshop as its form edits it: named participants (people with a record) plus
/// anonymous ones, counted by gender, age bracket and status (what is not told is counted as
/// "non communiqué").
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct WorkshopInput {
    pub title: String,
    pub level: Option<WorkshopLevel>,
    /// The centre's civil date, `YYYY-MM-DD`.
    pub date: String,
    pub duration_min: u16,
    pub place: Option<String>,
    pub themes: Vec<Theme>,
    pub tags: Vec<String>,
    /// Ids of the people with a record who took part.
    pub participants: Vec<String>,
    /// How many took part without a record.
    pub anonymous: u16,
    pub anonymous_by_gender: Vec<(Gender, u16)>,
    pub anonymous_by_age: Vec<(AgeBracket, u16)>,
    pub anonymous_by_status: Vec<(SocialStatus, u16)>,
    pub notes: String,
}

impl std::fmt::Debug for WorkshopInput {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("WorkshopInput")
            .field("date", &self.date)
            .field("participants", &self.participants.len())
            .field("anonymous", &self.anonymous)
            .finish_non_exhaustive()
    }
}

impl WorkshopInput {
    /// Everyone who took part: named and anonymous (a workshop of 10 counts as 10
    /// accompaniments).
    pub fn participant_count(&self) -> u32 {
        self.participants.len() as u32 + u32::from(self.anonymous)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AddWorkshopRequest {
    pub workshop: WorkshopInput,
}

/// A recorded workshop.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct WorkshopView {
    pub id: String,
    pub workshop: WorkshopInput,
    pub recorded_by: Option<String>,
    pub created_at_ms: i64,
}

/// Two records of one person: `merged` disappears into `kept`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MergeRequest {
    pub merged: String,
    pub kept: String,
}

/// What a merge would move, shown before it is confirmed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MergePreviewView {
    pub sessions_moving: u64,
    pub sessions_kept: u64,
}

/// A merge done, to undo it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct UnmergeRequest {
    pub merge: String,
}

/// A consent given by the person (or their legal guardian) and not withdrawn.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ConsentView {
    pub scopes: Vec<ConsentScope>,
    /// The centre's civil date, `YYYY-MM-DD`.
    pub given_on: String,
    /// The staff member who collected it, if still on the team.
    pub collected_by: Option<String>,
    pub by_guardian: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RecordConsentRequest {
    pub person: String,
    pub scopes: Vec<ConsentScope>,
    /// Given by a legal guardian (required when the person may be a minor).
    pub by_guardian: bool,
}
