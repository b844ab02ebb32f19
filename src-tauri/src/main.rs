//! The Passerelle desktop shell. It owns the window and adapts Tauri commands to `core`, one line
//! each; every rule lives in `core`.

// A release build on Windows would otherwise open a console beside the window.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

mod commands;
mod commands_exchange;
mod commands_follow;
mod commands_privacy;
mod commands_stats;
mod commands_training;
mod commands_vault;
mod commands_vault_source;
mod dialogs;
mod keyring_probe;

use passerelle_core::data_dir::{self, DataDir};
use passerelle_core::desk::Desk;
use std::path::{Path, PathBuf};
use std::sync::{Mutex, MutexGuard};
use std::time::Duration;
use tauri::{Emitter, Manager, RunEvent, WebviewUrl, WebviewWindowBuilder};

/// State shared by the commands: the data folder this run works in, and the desk (who is
/// signed in, with their unlocked session).
pub struct Shell {
    pub data_dir: DataDir,
    desk: Mutex<Desk>,
}

impl Shell {
    pub fn desk(&self) -> MutexGuard<'_, Desk> {
        // A panic in one command must not leave the desk unusable: its state stays coherent
        // because every change to it is a single assignment.
        self.desk.lock().unwrap_or_else(|e| e.into_inner())
    }
}

/// The event telling the screens that the shell locked on its own (idle well past the limit).
const LOCKED_EVENT: &str = "session-locked";

/// Every few seconds, locks a session left idle past its limit. The screen locks first, with
/// its warning and a draft; this is for a screen that stopped running.
fn watch_idle(app: tauri::AppHandle) {
    std::thread::spawn(move || loop {
        std::thread::sleep(Duration::from_secs(5));
        let locked = app.state::<Shell>().desk().lock_if_idle();
        if locked {
            let _ = app.emit(LOCKED_EVENT, ());
        }
    });
}

/// GTK's file chooser records every file picked or saved in `recently-used.xbel`; export
/// names then stay on disk after the export itself is gone. Runs on the main thread (setup).
fn forget_recent_files() {
    #[cfg(target_os = "linux")]
    {
        use gtk::prelude::GtkSettingsExt;
        if let Some(s) = gtk::Settings::default() {
            s.set_gtk_recent_files_enabled(false);
            s.set_gtk_recent_files_max_age(0);
        }
    }
}

/// The idle time of the end-to-end tests, in seconds (debug builds only: a release build
/// always follows the settings).
fn test_idle_override() -> Option<u32> {
    if !cfg!(debug_assertions) {
        return None;
    }
    std::env::var("PASSERELLE_TEST_IDLE_SECS")
        .ok()
        .and_then(|v| v.parse().ok())
}

/// Whether a debug build was started by tauri-driver for the end-to-end tests. wry gives an
/// incognito (ephemeral) WebKit context no automation support, so only then does the webview
/// run with a normal context; a release build is always incognito, whatever the environment.
/// The end-to-end suite checks the incognito mode separately, on the app started without driver.
fn webdriver_session() -> bool {
    cfg!(debug_assertions) && std::env::var("TAURI_WEBVIEW_AUTOMATION").as_deref() == Ok("true")
}

/// Tauri always creates a WebKit context for the webview's data directory, even for an incognito
/// webview that never uses it, and WebKit then writes a salt and an empty HSTS database there.
/// Point it at a per-run folder in the XDG runtime directory (memory-backed, cleared at logout),
/// removed at exit; folders of runs that were killed are swept at the next start.
fn webview_scratch_dir() -> PathBuf {
    let base = std::env::var_os("XDG_RUNTIME_DIR")
        .map(PathBuf::from)
        .filter(|p| p.is_dir())
        .unwrap_or_else(std::env::temp_dir);
    base.join(format!("{SCRATCH_PREFIX}{}", std::process::id()))
}

const SCRATCH_PREFIX: &str = "passerelle-webview-";

fn sweep_stale_scratch_dirs(current: &Path) {
    let Some(parent) = current.parent() else {
        return;
    };
    let Ok(entries) = std::fs::read_dir(parent) else {
        return;
    };
    for e in entries.flatten() {
        let name = e.file_name().to_string_lossy().into_owned();
        let Some(pid) = name.strip_prefix(SCRATCH_PREFIX) else {
            continue;
        };
        if !Path::new("/proc").join(pid).exists() {
            let _ = std::fs::remove_dir_all(e.path());
        }
    }
}

fn main() {
    // A crash must not leave a core file holding keys or personal data.
    if passerelle_core::hygiene::disable_core_dumps().is_err() {
        eprintln!("Passerelle: core dumps could not be disabled");
    }
    // Mesa would otherwise keep a shader cache under XDG_CACHE_HOME.
    std::env::set_var("MESA_SHADER_CACHE_DISABLE", "true");
    let scratch = webview_scratch_dir();
    sweep_stale_scratch_dirs(&scratch);
    let scratch_for_exit = scratch.clone();

    let flag = data_dir::flag_from_args(std::env::args_os().skip(1));
    let data_dir = match DataDir::resolve(flag).and_then(|d| d.ensure().map(|()| d)) {
        Ok(d) => d,
        Err(e) => {
            // No window can open without a data folder; say why on the terminal that started us.
            eprintln!("Passerelle: {e}");
            std::process::exit(2);
        }
    };

    let keyring = keyring_probe::probe();
    let mut desk = Desk::new(
        &data_dir.path,
        Box::new(passerelle_core::store::device::OsKeyring),
        keyring,
    );
    if let Some(secs) = test_idle_override() {
        desk = desk.with_idle_override(secs);
    }

    tauri::Builder::default()
        .plugin(tauri_plugin_dialog::init())
        .manage(Shell {
            data_dir,
            desk: Mutex::new(desk),
        })
        .invoke_handler(tauri::generate_handler![
            commands::app_info,
            commands::get_display_prefs,
            commands::set_display_prefs,
            commands::store_status,
            commands::setup_store,
            commands::recovery_sheet,
            commands::removable_drives,
            commands::save_recovery_sheet,
            commands::confirm_recovery_sheet,
            commands::sign_in,
            commands::sign_in_recovery,
            commands::lock,
            commands::touch,
            commands::get_draft,
            commands::discard_draft,
            commands::change_own_passphrase,
            commands::list_staff,
            commands::add_staff,
            commands::set_staff_role,
            commands::disable_staff,
            commands::remove_staff,
            commands::reset_staff_passphrase,
            commands::get_settings,
            commands::save_settings,
            commands::add_place,
            commands::update_place,
            commands::set_device_binding,
            commands::regenerate_recovery,
            commands::journal_query,
            commands::choose_export_path,
            commands::export_journal_csv,
            commands::search_people,
            commands::recent_people,
            commands::get_person,
            commands::add_person,
            commands::update_person,
            commands::possible_duplicates,
            commands::add_session,
            commands::update_session,
            commands::delete_session,
            commands::restore_session,
            commands::same_as_last_time,
            commands::list_tags,
            commands::add_workshop,
            commands::list_workshops,
            commands::add_tag,
            commands::set_tag_archived,
            commands::merge_preview,
            commands::merge_people,
            commands::unmerge_people,
            commands::record_consent,
            commands::withdraw_consent,
            commands_follow::add_follow_up,
            commands_follow::follow_up_done,
            commands_follow::postpone_follow_up,
            commands_follow::today,
            commands_follow::follow_up_slip,
            commands_follow::list_partners,
            commands_follow::add_partner,
            commands_follow::update_partner,
            commands_follow::person_timeline,
            commands_stats::statistics,
            commands_stats::report_file_name,
            commands_stats::save_report,
            commands_vault::vault_open,
            commands_vault_source::vault_pick_files,
            commands_vault_source::vault_add_picked,
            commands_vault_source::vault_delete_sources,
            commands_vault::vault_add_document,
            commands_vault::vault_read_document,
            commands_vault::vault_document_printed,
            commands_vault::vault_document_thumbnail,
            commands_vault::vault_update_document,
            commands_vault::vault_delete_document,
            commands_vault::vault_expiring_documents,
            commands_vault::vault_export_documents,
            commands_vault::vault_identity_card_pdf,
            commands_vault::vault_settings,
            commands_vault::vault_set_settings,
            commands_vault::vault_enrol_private,
            commands_vault::vault_open_private_document,
            commands_privacy::access_file_name,
            commands_privacy::export_person_access,
            commands_privacy::erase_person,
            commands_privacy::retention_review,
            commands_privacy::retention_purge,
            commands_training::switch_training,
            commands_exchange::import_file,
            commands_exchange::export_sessions,
            commands_exchange::export_sessions_file_name,
        ])
        .setup(move |app| {
            forget_recent_files();
            watch_idle(app.handle().clone());
            // Incognito: WebKit keeps no disk cache and no persistent web storage, so nothing the
            // screens show can be left on disk by the webview. Preferences persist through core.
            WebviewWindowBuilder::new(app, "main", WebviewUrl::App("index.html".into()))
                .title("Passerelle")
                .inner_size(1200.0, 820.0)
                .min_inner_size(480.0, 480.0)
                .incognito(!webdriver_session())
                .data_directory(scratch.clone())
                .on_document_title_changed(|window, title| {
                    let _ = window.set_title(&title);
                })
                .build()?;
            Ok(())
        })
        .build(tauri::generate_context!())
        .unwrap_or_else(|e| {
            eprintln!("Passerelle: {e}");
            std::process::exit(1);
        })
        .run(move |_, event| {
            if let RunEvent::Exit = event {
                let _ = std::fs::remove_dir_all(&scratch_for_exit);
            }
        });
}
