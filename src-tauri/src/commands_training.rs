//! Training mode: relaunch the app on the training data folder (created on first use) or back
//! on the real one. A relaunch, not a switch in place: nothing of one store stays in memory or
//! in the webview when the other opens.

use crate::Shell;
use passerelle_api::{ApiError, ErrorCode, SwitchTrainingRequest};
use passerelle_core::training;
use tauri::{AppHandle, State};

#[tauri::command(async)]
pub fn switch_training(
    app: AppHandle,
    shell: State<'_, Shell>,
    req: SwitchTrainingRequest,
) -> Result<(), ApiError> {
    let here = shell.data_dir.path.clone();
    let target = if req.enter {
        training::ensure_training_store(&here).map_err(ApiError::from)?
    } else {
        training::real_dir(&here).ok_or_else(|| ApiError::new(ErrorCode::Internal))?
    };
    // Drop the keys before the new process opens its store.
    let _ = shell
        .desk()
        .lock(&passerelle_api::store::LockRequest { draft: None });
    let exe = std::env::current_exe().map_err(|_| ApiError::new(ErrorCode::Internal))?;
    std::process::Command::new(exe)
        .arg("--data-dir")
        .arg(&target)
        .spawn()
        .map_err(|_| ApiError::new(ErrorCode::Internal))?;
    app.exit(0);
    Ok(())
}
