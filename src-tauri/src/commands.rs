//! Tauri commands: one-line adapters from IPC to `core`, errors as `ApiError` (code + Fluent id).
//! Store commands run off the main thread (`async`): argon2 and a rekey take a while and the
//! window must keep answering.

use crate::Shell;
use passerelle_api::people::*;
use passerelle_api::store::*;
use passerelle_api::{ApiError, AppInfo, DisplayPrefs, SetDisplayPrefs};
use passerelle_core::{about, prefs};
use tauri::{AppHandle, State};

#[tauri::command]
pub fn app_info(shell: State<'_, Shell>) -> AppInfo {
    about::app_info(&shell.data_dir)
}

#[tauri::command]
pub fn get_display_prefs(shell: State<'_, Shell>) -> Result<DisplayPrefs, ApiError> {
    prefs::load(&shell.data_dir.path).map_err(ApiError::from)
}

#[tauri::command]
pub fn set_display_prefs(shell: State<'_, Shell>, req: SetDisplayPrefs) -> Result<(), ApiError> {
    prefs::save(&shell.data_dir.path, &req.prefs).map_err(ApiError::from)
}

#[tauri::command(async)]
pub fn store_status(shell: State<'_, Shell>) -> StoreStatus {
    shell.desk().status()
}

#[tauri::command(async)]
pub fn setup_store(shell: State<'_, Shell>, req: SetupRequest) -> Result<SignedIn, ApiError> {
    shell.desk().setup(&req)
}

#[tauri::command(async)]
pub fn recovery_sheet(shell: State<'_, Shell>) -> Result<RecoverySheetView, ApiError> {
    shell.desk().recovery_sheet()
}

#[tauri::command(async)]
pub fn removable_drives(shell: State<'_, Shell>) -> Vec<RemovableDriveView> {
    shell.desk().removable_drives()
}

#[tauri::command(async)]
pub fn save_recovery_sheet(
    shell: State<'_, Shell>,
    req: SaveRecoverySheetRequest,
) -> Result<String, ApiError> {
    shell.desk().save_recovery_sheet(&req)
}

#[tauri::command(async)]
pub fn confirm_recovery_sheet(shell: State<'_, Shell>) -> Result<(), ApiError> {
    shell.desk().confirm_recovery_sheet()
}

#[tauri::command(async)]
pub fn sign_in(shell: State<'_, Shell>, req: SignInRequest) -> Result<SignedIn, ApiError> {
    shell.desk().sign_in(&req)
}

#[tauri::command(async)]
pub fn sign_in_recovery(
    shell: State<'_, Shell>,
    req: RecoverySignInRequest,
) -> Result<SignedIn, ApiError> {
    shell.desk().sign_in_recovery(&req)
}

#[tauri::command(async)]
pub fn lock(shell: State<'_, Shell>, req: LockRequest) -> Result<(), ApiError> {
    shell.desk().lock(&req)
}

#[tauri::command(async)]
pub fn touch(shell: State<'_, Shell>) -> Result<(), ApiError> {
    shell.desk().touch()
}

#[tauri::command(async)]
pub fn get_draft(shell: State<'_, Shell>) -> Result<Option<DraftInfo>, ApiError> {
    shell.desk().get_draft()
}

#[tauri::command(async)]
pub fn discard_draft(shell: State<'_, Shell>) -> Result<(), ApiError> {
    shell.desk().discard_draft()
}

#[tauri::command(async)]
pub fn change_own_passphrase(
    shell: State<'_, Shell>,
    req: ChangePassphraseRequest,
) -> Result<SignedIn, ApiError> {
    shell.desk().change_own_passphrase(&req)
}

#[tauri::command(async)]
pub fn list_staff(shell: State<'_, Shell>) -> Result<Vec<StaffCard>, ApiError> {
    shell.desk().list_staff()
}

#[tauri::command(async)]
pub fn add_staff(shell: State<'_, Shell>, req: AddStaffRequest) -> Result<StaffCard, ApiError> {
    shell.desk().add_staff(&req)
}

#[tauri::command(async)]
pub fn set_staff_role(shell: State<'_, Shell>, req: StaffRoleRequest) -> Result<(), ApiError> {
    shell.desk().set_staff_role(&req)
}

#[tauri::command(async)]
pub fn disable_staff(shell: State<'_, Shell>, req: StaffRequest) -> Result<(), ApiError> {
    shell.desk().disable_staff(&req)
}

#[tauri::command(async)]
pub fn remove_staff(shell: State<'_, Shell>, req: StaffRequest) -> Result<(), ApiError> {
    shell.desk().remove_staff(&req)
}

#[tauri::command(async)]
pub fn reset_staff_passphrase(
    shell: State<'_, Shell>,
    req: ResetPassphraseRequest,
) -> Result<(), ApiError> {
    shell.desk().reset_staff_passphrase(&req)
}

#[tauri::command(async)]
pub fn get_settings(shell: State<'_, Shell>) -> Result<SettingsView, ApiError> {
    shell.desk().settings()
}

#[tauri::command(async)]
pub fn save_settings(shell: State<'_, Shell>, req: SettingsInput) -> Result<(), ApiError> {
    shell.desk().save_settings(&req)
}

#[tauri::command(async)]
pub fn add_place(shell: State<'_, Shell>, req: PlaceInput) -> Result<String, ApiError> {
    shell.desk().add_place(&req)
}

#[tauri::command(async)]
pub fn update_place(shell: State<'_, Shell>, req: UpdatePlaceRequest) -> Result<(), ApiError> {
    shell.desk().update_place(&req)
}

#[tauri::command(async)]
pub fn set_device_binding(
    shell: State<'_, Shell>,
    req: DeviceBindingRequest,
) -> Result<(), ApiError> {
    shell.desk().set_device_binding(&req)
}

#[tauri::command(async)]
pub fn regenerate_recovery(shell: State<'_, Shell>) -> Result<(), ApiError> {
    shell.desk().regenerate_recovery()
}

#[tauri::command(async)]
pub fn journal_query(shell: State<'_, Shell>, req: JournalQuery) -> Result<JournalPage, ApiError> {
    shell.desk().journal_query(&req)
}

#[tauri::command(async)]
pub fn choose_export_path(app: AppHandle, req: ChooseExportPathRequest) -> Option<String> {
    crate::dialogs::choose_save_path(&app, &req.default_name)
}

#[tauri::command(async)]
pub fn export_journal_csv(
    shell: State<'_, Shell>,
    req: ExportJournalRequest,
) -> Result<u64, ApiError> {
    shell.desk().export_journal_csv(&req)
}

// ---- the mediator's desk ----

#[tauri::command(async)]
pub fn search_people(
    shell: State<'_, Shell>,
    req: SearchPeopleRequest,
) -> Result<Vec<PersonCard>, ApiError> {
    shell.desk().search_people(&req)
}

#[tauri::command(async)]
pub fn recent_people(shell: State<'_, Shell>) -> Result<Vec<PersonCard>, ApiError> {
    shell.desk().recent_people()
}

#[tauri::command(async)]
pub fn get_person(shell: State<'_, Shell>, req: PersonRequest) -> Result<PersonView, ApiError> {
    shell.desk().get_person(&req)
}

#[tauri::command(async)]
pub fn add_person(shell: State<'_, Shell>, req: PersonInput) -> Result<String, ApiError> {
    shell.desk().add_person(&req)
}

#[tauri::command(async)]
pub fn update_person(shell: State<'_, Shell>, req: UpdatePersonRequest) -> Result<(), ApiError> {
    shell.desk().update_person(&req)
}

#[tauri::command(async)]
pub fn possible_duplicates(
    shell: State<'_, Shell>,
    req: PersonInput,
) -> Result<Vec<PersonCard>, ApiError> {
    shell.desk().possible_duplicates(&req)
}

#[tauri::command(async)]
pub fn add_session(shell: State<'_, Shell>, req: AddSessionRequest) -> Result<String, ApiError> {
    shell.desk().add_session(&req)
}

#[tauri::command(async)]
pub fn update_session(shell: State<'_, Shell>, req: UpdateSessionRequest) -> Result<(), ApiError> {
    shell.desk().update_session(&req)
}

#[tauri::command(async)]
pub fn delete_session(shell: State<'_, Shell>, req: SessionRequest) -> Result<(), ApiError> {
    shell.desk().delete_session(&req)
}

#[tauri::command(async)]
pub fn restore_session(shell: State<'_, Shell>, req: SessionRequest) -> Result<(), ApiError> {
    shell.desk().restore_session(&req)
}

#[tauri::command(async)]
pub fn same_as_last_time(
    shell: State<'_, Shell>,
    req: PersonRequest,
) -> Result<Option<SessionInput>, ApiError> {
    shell.desk().same_as_last_time(&req)
}

#[tauri::command(async)]
pub fn list_tags(shell: State<'_, Shell>) -> Result<Vec<TagView>, ApiError> {
    shell.desk().list_tags()
}

#[tauri::command(async)]
pub fn add_workshop(shell: State<'_, Shell>, req: AddWorkshopRequest) -> Result<String, ApiError> {
    shell.desk().add_workshop(&req)
}

#[tauri::command(async)]
pub fn list_workshops(shell: State<'_, Shell>) -> Result<Vec<WorkshopView>, ApiError> {
    shell.desk().list_workshops()
}

#[tauri::command(async)]
pub fn add_tag(shell: State<'_, Shell>, req: AddTagRequest) -> Result<String, ApiError> {
    shell.desk().add_tag(&req)
}

#[tauri::command(async)]
pub fn set_tag_archived(shell: State<'_, Shell>, req: TagArchivedRequest) -> Result<(), ApiError> {
    shell.desk().set_tag_archived(&req)
}

#[tauri::command(async)]
pub fn merge_preview(
    shell: State<'_, Shell>,
    req: MergeRequest,
) -> Result<MergePreviewView, ApiError> {
    shell.desk().merge_preview(&req)
}

#[tauri::command(async)]
pub fn merge_people(shell: State<'_, Shell>, req: MergeRequest) -> Result<String, ApiError> {
    shell.desk().merge_people(&req)
}

#[tauri::command(async)]
pub fn unmerge_people(shell: State<'_, Shell>, req: UnmergeRequest) -> Result<String, ApiError> {
    shell.desk().unmerge_people(&req)
}

#[tauri::command(async)]
pub fn record_consent(shell: State<'_, Shell>, req: RecordConsentRequest) -> Result<(), ApiError> {
    shell.desk().record_consent(&req)
}

#[tauri::command(async)]
pub fn withdraw_consent(shell: State<'_, Shell>, req: PersonRequest) -> Result<(), ApiError> {
    shell.desk().withdraw_consent(&req)
}
