//! Requests and responses around a person's support: follow-ups (next steps and
//! appointments, the Today list, the printed slip), the centre's partner directory, and the
//! person's timeline.
//! Dates are `YYYY-MM-DD` civil dates, times `HH:MM`, instants unix milliseconds.

use crate::people::{ConsentView, SessionView, WorkshopView};
use crate::vocab::PartnerCategory;
use serde::{Deserialize, Serialize};

/// Command names.
pub mod cmd {
    pub const ADD_FOLLOW_UP: &str = "add_follow_up";
    pub const FOLLOW_UP_DONE: &str = "follow_up_done";
    pub const POSTPONE_FOLLOW_UP: &str = "postpone_follow_up";
    pub const TODAY: &str = "today";
    pub const FOLLOW_UP_SLIP: &str = "follow_up_slip";
    pub const LIST_PARTNERS: &str = "list_partners";
    pub const ADD_PARTNER: &str = "add_partner";
    pub const UPDATE_PARTNER: &str = "update_partner";
    pub const PERSON_TIMELINE: &str = "person_timeline";
}

/// A next step planned with a person ("revenir avec l'avis d'imposition"), or an appointment
/// when it has a time.
#[derive(Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct FollowUpInput {
    pub person: String,
    /// `YYYY-MM-DD`.
    pub due_date: String,
    /// `HH:MM`: an appointment at that time.
    pub due_time: Option<String>,
    /// What comes next, in words the person understands (printed on the slip).
    pub what: String,
    /// What to bring (one paper per line).
    pub bring: String,
    /// Where (one of the centre's places).
    pub place: Option<String>,
}

// What and bring may carry personal details: Debug shows the date only.
impl std::fmt::Debug for FollowUpInput {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("FollowUpInput")
            .field("due_date", &self.due_date)
            .finish_non_exhaustive()
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FollowUpView {
    pub id: String,
    pub follow_up: FollowUpInput,
    /// The person's names (for the Today list).
    pub first_name: String,
    pub last_name: String,
    pub place_name: Option<String>,
    pub created_by: Option<String>,
    pub created_at_ms: i64,
    pub done_at_ms: Option<i64>,
    /// How many times it was postponed.
    pub postponed: u32,
    /// Open and due before today.
    pub overdue: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AddFollowUpRequest {
    pub follow_up: FollowUpInput,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FollowUpRequest {
    pub id: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PostponeFollowUpRequest {
    pub id: String,
    pub due_date: String,
    pub due_time: Option<String>,
}

/// The home screen's list: what is due today and what is overdue, appointments first by time.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TodayView {
    /// `YYYY-MM-DD`, the centre's date.
    pub date: String,
    pub due_today: Vec<FollowUpView>,
    pub overdue: Vec<FollowUpView>,
    /// Done today (kept visible so a mistaken click can be seen).
    pub done_today: Vec<FollowUpView>,
}

/// What the printed slip says, ready to lay out (the slip never shows the person's notes).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FollowUpSlip {
    pub structure_name: String,
    pub first_name: String,
    pub due_date: String,
    pub due_time: Option<String>,
    pub what: String,
    pub bring: Vec<String>,
    pub place_name: Option<String>,
    pub place_address: Option<String>,
}

/// A partner service of the centre's directory.
#[derive(Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PartnerInput {
    pub name: String,
    pub category: Option<PartnerCategory>,
    pub address: String,
    pub phone: String,
    pub email: String,
    /// Opening hours as written by the centre ("lun.–ven. 9 h–12 h").
    pub hours: String,
    pub notes: String,
}

impl std::fmt::Debug for PartnerInput {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PartnerInput")
            .field("category", &self.category)
            .finish_non_exhaustive()
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PartnerView {
    pub id: String,
    pub partner: PartnerInput,
    pub archived: bool,
    /// Sessions that referred someone to this partner.
    pub referrals: u32,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AddPartnerRequest {
    pub partner: PartnerInput,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct UpdatePartnerRequest {
    pub id: String,
    pub partner: PartnerInput,
    pub archived: bool,
}

/// One line of a person's timeline.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum TimelineEntry {
    Session { session: SessionView },
    Workshop { workshop: WorkshopView },
    FollowUp { follow_up: FollowUpView },
    ConsentGiven { consent: ConsentView },
    ConsentWithdrawn { on: String },
}

impl TimelineEntry {
    /// The civil date the entry sorts by.
    pub fn date(&self) -> &str {
        match self {
            TimelineEntry::Session { session } => &session.session.date,
            TimelineEntry::Workshop { workshop } => &workshop.workshop.date,
            TimelineEntry::FollowUp { follow_up } => &follow_up.follow_up.due_date,
            TimelineEntry::ConsentGiven { consent } => &consent.given_on,
            TimelineEntry::ConsentWithdrawn { on } => on,
        }
    }

    pub fn filter(&self) -> TimelineFilter {
        match self {
            TimelineEntry::Session { .. } => TimelineFilter::Sessions,
            TimelineEntry::Workshop { .. } => TimelineFilter::Workshops,
            TimelineEntry::FollowUp { .. } => TimelineFilter::FollowUps,
            TimelineEntry::ConsentGiven { .. } | TimelineEntry::ConsentWithdrawn { .. } => {
                TimelineFilter::Consent
            }
        }
    }
}

/// The kinds a timeline can be filtered on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TimelineFilter {
    Sessions,
    Workshops,
    FollowUps,
    Consent,
}

impl TimelineFilter {
    pub const ALL: [TimelineFilter; 4] = [
        TimelineFilter::Sessions,
        TimelineFilter::Workshops,
        TimelineFilter::FollowUps,
        TimelineFilter::Consent,
    ];
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TimelineRequest {
    pub person: String,
    /// Empty: everything.
    pub only: Vec<TimelineFilter>,
}

/// Newest first.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TimelineView {
    pub entries: Vec<TimelineEntry>,
}
