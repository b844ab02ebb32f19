//! The Passerelle screens (Leptos, client-side rendering in the Tauri webview).
