//! Tauri commands of follow-ups, the Today list, the partner directory and the timeline:
//! one-line adapters over `core`'s desk.

use crate::Shell;
use passerelle_api::follow::*;
use passerelle_api::ApiError;
use tauri::State;

#[tauri::command(async)]
pub fn add_follow_up(shell: State<'_, Shell>, req: AddFollowUpRequest) -> Result<String, ApiError> {
    shell.desk().add_follow_up(&req)
}

#[tauri::command(async)]
pub fn follow_up_done(shell: State<'_, Shell>, req: FollowUpRequest) -> Result<(), ApiError> {
    shell.desk().follow_up_done(&req)
}

#[tauri::command(async)]
pub fn postpone_follow_up(
    shell: State<'_, Shell>,
    req: PostponeFollowUpRequest,
) -> Result<(), ApiError> {
    shell.desk().postpone_follow_up(&req)
}

#[tauri::command(async)]
pub fn today(shell: State<'_, Shell>) -> Result<TodayView, ApiError> {
    shell.desk().today()
}

#[tauri::command(async)]
pub fn follow_up_slip(
    shell: State<'_, Shell>,
    req: FollowUpRequest,
) -> Result<FollowUpSlip, ApiError> {
    shell.desk().follow_up_slip(&req)
}

#[tauri::command(async)]
pub fn list_partners(shell: State<'_, Shell>) -> Result<Vec<PartnerView>, ApiError> {
    shell.desk().list_partners()
}

#[tauri::command(async)]
pub fn add_partner(shell: State<'_, Shell>, req: AddPartnerRequest) -> Result<String, ApiError> {
    shell.desk().add_partner(&req)
}

#[tauri::command(async)]
pub fn update_partner(shell: State<'_, Shell>, req: UpdatePartnerRequest) -> Result<(), ApiError> {
    shell.desk().update_partner(&req)
}

#[tauri::command(async)]
pub fn person_timeline(
    shell: State<'_, Shell>,
    req: TimelineRequest,
) -> Result<TimelineView, ApiError> {
    shell.desk().person_timeline(&req)
}
