//! Screens and their addresses. Hash addresses (`#/about`) keep every screen inside the one
//! embedded page, so a reload never asks the shell for a file that does not exist.

use leptos::prelude::*;
use passerelle_locales::fluent_id;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Route {
    Home,
    SettingsDisplay,
    About,
    Accessibility,
}

impl Route {
    /// The screens in navigation order.
    pub const ALL: &'static [Route] = &[
        Route::Home,
        Route::SettingsDisplay,
        Route::About,
        Route::Accessibility,
    ];

    pub fn href(self) -> &'static str {
        match self {
            Route::Home => "#/",
            Route::SettingsDisplay => "#/settings/display",
            Route::About => "#/about",
            Route::Accessibility => "#/accessibility",
        }
    }

    /// Reads a location hash; `None` for hashes that are not screens (such as `#main`).
    pub fn from_hash(hash: &str) -> Option<Route> {
        let path = hash.strip_prefix('#').unwrap_or(hash);
        match path.trim_end_matches('/') {
            "" | "/" => Some(Route::Home),
            p if !p.starts_with('/') => None,
            "/settings/display" | "/settings" => Some(Route::SettingsDisplay),
            "/about" => Some(Route::About),
            "/accessibility" => Some(Route::Accessibility),
            _ => Some(Route::Home),
        }
    }

    /// Fluent id of the screen's title (page heading context and window title).
    pub fn title_id(self) -> &'static str {
        match self {
            Route::Home => fluent_id!("page-title-home"),
            Route::SettingsDisplay => fluent_id!("page-title-settings-display"),
            Route::About => fluent_id!("page-title-about"),
            Route::Accessibility => fluent_id!("page-title-accessibility"),
        }
    }

    /// Fluent id of the screen's navigation link.
    pub fn nav_id(self) -> &'static str {
        match self {
            Route::Home => fluent_id!("nav-home"),
            Route::SettingsDisplay => fluent_id!("nav-settings-display"),
            Route::About => fluent_id!("nav-about"),
            Route::Accessibility => fluent_id!("nav-accessibility"),
        }
    }
}

fn current_hash() -> String {
    web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default()
}

/// The current screen, following the location hash.
pub fn use_route() -> RwSignal<Route> {
    let route = RwSignal::new(Route::from_hash(&current_hash()).unwrap_or(Route::Home));
    let handle = window_event_listener(leptos::ev::hashchange, move |_| {
        if let Some(r) = Route::from_hash(&current_hash()) {
            route.set(r);
        }
    });
    on_cleanup(move || handle.remove());
    route
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hashes_round_trip_and_anchors_are_not_screens() {
        for r in Route::ALL {
            assert_eq!(Route::from_hash(r.href()), Some(*r));
        }
        assert_eq!(Route::from_hash(""), Some(Route::Home));
        assert_eq!(Route::from_hash("#main"), None);
        assert_eq!(Route::from_hash("#/nowhere"), Some(Route::Home));
    }
}
