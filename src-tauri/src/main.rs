//! The Passerelle desktop shell. It owns the window and adapts Tauri commands to `core`, one line
//! each; every rule lives in `core`.

// A release build on Windows would otherwise open a console beside the window.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

mod commands;

use passerelle_core::data_dir::{self, DataDir};
use tauri::{WebviewUrl, WebviewWindowBuilder};

/// State shared by the commands: the data folder this run works in.
pub struct Shell {
    pub data_dir: DataDir,
}

fn main() {
    let flag = data_dir::flag_from_args(std::env::args_os().skip(1));
    let data_dir = match DataDir::resolve(flag).and_then(|d| d.ensure().map(|()| d)) {
        Ok(d) => d,
        Err(e) => {
            // No window can open without a data folder; say why on the terminal that started us.
            eprintln!("Passerelle: {e}");
            std::process::exit(2);
        }
    };

    tauri::Builder::default()
        .manage(Shell { data_dir })
        .invoke_handler(tauri::generate_handler![
            commands::app_info,
            commands::get_display_prefs,
            commands::set_display_prefs,
        ])
        .setup(|app| {
            // Incognito: WebKit keeps no disk cache and no persistent web storage, so nothing the
            // screens show can be left on disk by the webview. Preferences persist through core.
            WebviewWindowBuilder::new(app, "main", WebviewUrl::App("index.html".into()))
                .title("Passerelle")
                .inner_size(1200.0, 820.0)
                .min_inner_size(480.0, 480.0)
                .incognito(true)
                .on_document_title_changed(|window, title| {
                    let _ = window.set_title(&title);
                })
                .build()?;
            Ok(())
        })
        .run(tauri::generate_context!())
        .unwrap_or_else(|e| {
            eprintln!("Passerelle: {e}");
            std::process::exit(1);
        });
}
