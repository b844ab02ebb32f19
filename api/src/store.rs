//! Requests and responses of the store screens: first run, sign-in, lock and drafts, staff,
//! settings, journal. Identifiers travel as strings (UUIDv7 text); dates as unix milliseconds.

use serde::{Deserialize, Serialize};

/// Command names of the store screens.
pub mod cmd {
    pub const STORE_STATUS: &str = "store_status";
    pub const SETUP_STORE: &str = "setup_store";
    pub const RECOVERY_SHEET: &str = "recovery_sheet";
    pub const REMOVABLE_DRIVES: &str = "removable_drives";
    pub const SAVE_RECOVERY_SHEET: &str = "save_recovery_sheet";
    pub const CONFIRM_RECOVERY_SHEET: &str = "confirm_recovery_sheet";
    pub const SIGN_IN: &str = "sign_in";
    pub const SIGN_IN_RECOVERY: &str = "sign_in_recovery";
    pub const LOCK: &str = "lock";
    pub const TOUCH: &str = "touch";
    pub const GET_DRAFT: &str = "get_draft";
    pub const DISCARD_DRAFT: &str = "discard_draft";
    pub const CHANGE_OWN_PASSPHRASE: &str = "change_own_passphrase";
    pub const LIST_STAFF: &str = "list_staff";
    pub const ADD_STAFF: &str = "add_staff";
    pub const SET_STAFF_ROLE: &str = "set_staff_role";
    pub const DISABLE_STAFF: &str = "disable_staff";
    pub const REMOVE_STAFF: &str = "remove_staff";
    pub const RESET_STAFF_PASSPHRASE: &str = "reset_staff_passphrase";
    pub const GET_SETTINGS: &str = "get_settings";
    pub const SAVE_SETTINGS: &str = "save_settings";
    pub const ADD_PLACE: &str = "add_place";
    pub const UPDATE_PLACE: &str = "update_place";
    pub const SET_DEVICE_BINDING: &str = "set_device_binding";
    pub const REGENERATE_RECOVERY: &str = "regenerate_recovery";
    pub const JOURNAL_QUERY: &str = "journal_query";
    pub const CHOOSE_EXPORT_PATH: &str = "choose_export_path";
    pub const EXPORT_JOURNAL_CSV: &str = "export_journal_csv";
}

/// A passphrase, PIN or recovery key on its way to the shell: never printed by `Debug`, never
/// cloned, and its memory is cleared when dropped.
#[derive(Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct SecretText(String);

impl SecretText {
    pub fn new(s: String) -> Self {
        Self(s)
    }

    /// The secret itself, for the one place that uses it (`core`'s secret types).
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Debug for SecretText {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("SecretText([redacted])")
    }
}

impl Drop for SecretText {
    fn drop(&mut self) {
        zeroize::Zeroize::zeroize(&mut self.0);
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum StaffRole {
    Coordinator,
    Mediator,
    /// Records activity; no access to the document vault.
    Volunteer,
}

impl StaffRole {
    pub const ALL: [StaffRole; 3] = [
        StaffRole::Coordinator,
        StaffRole::Mediator,
        StaffRole::Volunteer,
    ];

    pub fn code(self) -> &'static str {
        match self {
            StaffRole::Coordinator => "coordinator",
            StaffRole::Mediator => "mediator",
            StaffRole::Volunteer => "volunteer",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|r| r.code() == s)
    }
}

/// A staff member as the sign-in and staff screens show them (no secret).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StaffCard {
    pub id: String,
    pub name: String,
    pub role: StaffRole,
    pub active: bool,
    pub device_bound: bool,
    /// Signed in with a temporary passphrase they have not replaced yet.
    pub must_change_passphrase: bool,
}

/// Whether "bind to this computer" can be offered, and why not.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct KeyringState {
    pub available: bool,
    /// A technical reason when unavailable (shown under the translated explanation).
    pub reason: Option<String>,
}

/// The person working at the desk.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SignedIn {
    /// `None` when opened with the recovery key.
    pub staff_id: Option<String>,
    pub name: String,
    pub role: StaffRole,
    pub by_recovery_key: bool,
    pub must_change_passphrase: bool,
    pub structure_name: String,
    /// Idle time before the automatic lock, in seconds.
    pub idle_lock_secs: u32,
    /// How long the warning before the lock stays up (at least 20 s, RGAA 13.1).
    pub idle_warning_secs: u32,
    /// A form kept when the session last locked, to offer again.
    pub draft: Option<DraftInfo>,
    /// Warnings to show once (e.g. a seal copy was repaired), as Fluent ids.
    pub warnings: Vec<String>,
}

/// The state of the store, asked at start and after each lock.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StoreStatus {
    pub exists: bool,
    pub signed_in: Option<SignedIn>,
    /// Active staff, for the sign-in list (names are readable before unlock by design).
    pub staff: Vec<StaffCard>,
    pub keyring: KeyringState,
    /// A recovery sheet waits to be printed and confirmed (set-up was interrupted before).
    pub recovery_sheet_pending: bool,
}

/// A place of activity as typed in a form.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PlaceInput {
    pub name: String,
    pub address: String,
    pub commune: String,
    pub postal_code: String,
    pub insee_code: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PlaceView {
    pub id: String,
    pub place: PlaceInput,
    pub archived: bool,
}

#[derive(Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SetupRequest {
    pub structure_name: String,
    pub places: Vec<PlaceInput>,
    pub coordinator_name: String,
    pub passphrase: SecretText,
    pub bind_device: bool,
    pub language: String,
}

/// The recovery sheet on screen, to print through the system dialog.
#[derive(Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RecoverySheetView {
    /// The key in groups, as printed.
    pub key_grouped: SecretText,
    /// The same key as a QR code (SVG markup made by `core`).
    pub qr_svg: String,
    pub structure_name: String,
    pub created_at_ms: i64,
    /// Journal head at the time of printing (sequence number and short hash).
    pub journal_head: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RemovableDriveView {
    pub path: String,
    pub label: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SaveRecoverySheetRequest {
    pub drive_path: String,
    pub language: String,
}

#[derive(Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SignInRequest {
    /// Chosen from the list…
    pub staff_id: Option<String>,
    /// …or typed (matched without regard to case).
    pub name: Option<String>,
    pub passphrase: SecretText,
}

#[derive(Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RecoverySignInRequest {
    pub recovery_key: SecretText,
}

/// The fields of a form being filled when the session locks (never a passphrase).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DraftInput {
    /// A stable form id, e.g. `place-new`.
    pub form: String,
    pub fields: Vec<(String, String)>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DraftInfo {
    pub form: String,
    pub fields: Vec<(String, String)>,
    pub saved_at_ms: i64,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LockRequest {
    pub draft: Option<DraftInput>,
}

#[derive(Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ChangePassphraseRequest {
    pub new_passphrase: SecretText,
}

#[derive(Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AddStaffRequest {
    pub name: String,
    pub role: StaffRole,
    /// Given to the person, who replaces it at first sign-in.
    pub temporary_passphrase: SecretText,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StaffRoleRequest {
    pub staff_id: String,
    pub role: StaffRole,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StaffRequest {
    pub staff_id: String,
}

#[derive(Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ResetPassphraseRequest {
    pub staff_id: String,
    pub temporary_passphrase: SecretText,
}

/// The structure's settings as the settings screen edits them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SettingsInput {
    pub structure_name: String,
    pub staff_idle_minutes: u32,
    pub kiosk_idle_minutes: u32,
    pub language: String,
    /// Months without activity before a record is proposed for erasure (6 to 120). Always
    /// filled when read; `None` when saved keeps the current value.
    #[serde(default)]
    pub retention_months: Option<u32>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SettingsView {
    pub settings: SettingsInput,
    pub places: Vec<PlaceView>,
    pub keyring: KeyringState,
    /// Whether the signed-in person's account is bound to this computer.
    pub device_bound: bool,
    /// Whether the signed-in person may change these settings.
    pub can_edit: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct UpdatePlaceRequest {
    pub place_id: String,
    pub place: PlaceInput,
    pub archived: bool,
}

#[derive(Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DeviceBindingRequest {
    pub bind: bool,
    pub passphrase: SecretText,
}

/// Journal filters. Dates are unix milliseconds (the start of the first day, the end of the
/// last day, computed by the UI in the computer's time zone).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct JournalQuery {
    pub actor: Option<String>,
    pub action: Option<String>,
    pub from_ms: Option<i64>,
    pub to_ms: Option<i64>,
    pub page: u32,
}

impl JournalQuery {
    pub const PAGE_SIZE: u32 = 50;
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct JournalRow {
    pub seq: u64,
    pub at_ms: i64,
    pub actor: String,
    /// The staff member's name, when the actor is one still listed.
    pub actor_name: Option<String>,
    pub action: String,
    pub record_id: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ActorOption {
    pub code: String,
    pub name: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct JournalPage {
    pub rows: Vec<JournalRow>,
    pub total: u64,
    pub actors: Vec<ActorOption>,
    pub actions: Vec<String>,
    /// Whether the chain verified against the anchor in the seal file.
    pub intact: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ChooseExportPathRequest {
    pub default_name: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ExportJournalRequest {
    pub query: JournalQuery,
    pub path: String,
    pub language: String,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn secrets_never_show_in_debug_and_travel_as_plain_strings() {
        let r = SignInRequest {
            staff_id: None,
            name: Some("Awa".into()),
            passphrase: SecretText::new("cheval agrafe pile".into()),
        };
        assert!(!format!("{r:?}").contains("cheval"));
        let json = serde_json::to_string(&r).unwrap();
        assert!(
            json.contains(r#""passphrase":"cheval agrafe pile""#),
            "{json}"
        );
        let back: SignInRequest = serde_json::from_str(&json).unwrap();
        assert_eq!(back.passphrase.expose(), "cheval agrafe pile");
    }

    #[test]
    fn roles_round_trip_through_their_codes() {
        for r in StaffRole::ALL {
            assert_eq!(StaffRole::parse(r.code()), Some(r));
            let json = serde_json::to_string(&r).unwrap();
            assert_eq!(json, format!("\"{}\"", r.code()));
        }
    }
}
