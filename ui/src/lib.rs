//! The Passerelle screens: a Leptos front end rendered in the Tauri webview.
//!
//! It owns presentation only. Every fact comes from the shell through [`ipc`] as
//! `passerelle_api` structs; every text comes from `locales/` through [`i18n`]; every rule lives
//! in `core`. One module per screen under [`pages`].

pub mod auth;
pub mod blobs;
pub mod form;
pub mod i18n;
pub mod idle;
pub mod ipc;
pub mod pages;
pub mod prefs;
pub mod route;
pub mod shell;

/// Mounts the application on the page.
pub fn start() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(shell::App);
}
