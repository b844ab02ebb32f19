//! Screens and their addresses. Hash addresses (`#/about`) keep every screen inside the one
//! embedded page, so a reload never asks the shell for a file that does not exist.

use leptos::prelude::*;
use passerelle_locales::fluent_id;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Route {
    Home,
    /// Find someone (search as you type, recently seen), or start from nobody.
    People,
    PersonNew,
    /// One person's record: `#/person?id=…`.
    Person,
    /// A new individual session: `#/session/new?person=…` (no person: anonymous).
    SessionNew,
    Workshops,
    WorkshopNew,
    /// The centre's partner directory.
    Partners,
    /// A follow-up's printable reminder: `#/slip?id=…`.
    Slip,
    /// Records inactive for longer than the retention period.
    Retention,
    /// Import people and past activities; export sessions (coordinators).
    Exchange,
    /// The activity dashboard (coordinators).
    Reports,
    /// A person's documents: `#/vault?person=…`.
    Vault,
    Staff,
    Settings,
    Journal,
    SettingsDisplay,
    Passphrase,
    About,
    Accessibility,
}

/// Who may see a screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Access {
    /// Before signing in too: display settings, about, accessibility.
    Public,
    SignedIn,
    Coordinator,
}

impl Route {
    /// The screens in navigation order.
    pub const ALL: &'static [Route] = &[
        Route::Home,
        Route::People,
        Route::PersonNew,
        Route::Person,
        Route::SessionNew,
        Route::Workshops,
        Route::WorkshopNew,
        Route::Partners,
        Route::Slip,
        Route::Staff,
        Route::Retention,
        Route::Exchange,
        Route::Reports,
        Route::Vault,
        Route::Settings,
        Route::Journal,
        Route::SettingsDisplay,
        Route::Passphrase,
        Route::About,
        Route::Accessibility,
    ];

    pub fn href(self) -> &'static str {
        match self {
            Route::Home => "#/",
            Route::People => "#/people",
            Route::PersonNew => "#/people/new",
            Route::Person => "#/person",
            Route::SessionNew => "#/session/new",
            Route::Workshops => "#/workshops",
            Route::WorkshopNew => "#/workshops/new",
            Route::Partners => "#/partners",
            Route::Slip => "#/slip",
            Route::Retention => "#/retention",
            Route::Exchange => "#/exchange",
            Route::Reports => "#/reports",
            Route::Vault => "#/vault",
            Route::Staff => "#/staff",
            Route::Settings => "#/settings",
            Route::Journal => "#/journal",
            Route::SettingsDisplay => "#/settings/display",
            Route::Passphrase => "#/passphrase",
            Route::About => "#/about",
            Route::Accessibility => "#/accessibility",
        }
    }

    pub fn access(self) -> Access {
        match self {
            Route::SettingsDisplay | Route::About | Route::Accessibility => Access::Public,
            Route::Home
            | Route::Settings
            | Route::Passphrase
            | Route::People
            | Route::PersonNew
            | Route::Person
            | Route::SessionNew
            | Route::Workshops
            | Route::WorkshopNew
            | Route::Partners
            | Route::Slip
            | Route::Vault => Access::SignedIn,
            Route::Staff | Route::Journal | Route::Retention | Route::Exchange | Route::Reports => {
                Access::Coordinator
            }
        }
    }

    /// Whether the screen is listed in the navigation (the passphrase screen is reached from
    /// the header instead).
    pub fn in_nav(self) -> bool {
        !matches!(
            self,
            Route::Passphrase
                | Route::PersonNew
                | Route::Person
                | Route::SessionNew
                | Route::WorkshopNew
                | Route::Slip
                | Route::Vault
        )
    }

    /// Reads a location hash; `None` for hashes that are not screens (such as `#main`).
    pub fn from_hash(hash: &str) -> Option<Route> {
        let path = hash.strip_prefix('#').unwrap_or(hash);
        let path = path.split('?').next().unwrap_or_default();
        match path.trim_end_matches('/') {
            "" | "/" => Some(Route::Home),
            p if !p.starts_with('/') => None,
            "/settings/display" => Some(Route::SettingsDisplay),
            "/settings" => Some(Route::Settings),
            "/people" => Some(Route::People),
            "/people/new" => Some(Route::PersonNew),
            "/person" => Some(Route::Person),
            "/session/new" => Some(Route::SessionNew),
            "/workshops" => Some(Route::Workshops),
            "/workshops/new" => Some(Route::WorkshopNew),
            "/partners" => Some(Route::Partners),
            "/slip" => Some(Route::Slip),
            "/retention" => Some(Route::Retention),
            "/exchange" => Some(Route::Exchange),
            "/reports" => Some(Route::Reports),
            "/vault" => Some(Route::Vault),
            "/staff" => Some(Route::Staff),
            "/journal" => Some(Route::Journal),
            "/passphrase" => Some(Route::Passphrase),
            "/about" => Some(Route::About),
            "/accessibility" => Some(Route::Accessibility),
            _ => Some(Route::Home),
        }
    }

    /// Fluent id of the screen's title (page heading context and window title).
    pub fn title_id(self) -> &'static str {
        match self {
            Route::Home => fluent_id!("page-title-home"),
            Route::People => fluent_id!("page-title-people"),
            Route::PersonNew => fluent_id!("page-title-person-new"),
            Route::Person => fluent_id!("page-title-person"),
            Route::SessionNew => fluent_id!("page-title-session-new"),
            Route::Workshops => fluent_id!("page-title-workshops"),
            Route::WorkshopNew => fluent_id!("page-title-workshop-new"),
            Route::Partners => fluent_id!("page-title-partners"),
            Route::Slip => fluent_id!("page-title-slip"),
            Route::Retention => fluent_id!("page-title-retention"),
            Route::Exchange => fluent_id!("page-title-exchange"),
            Route::Reports => fluent_id!("page-title-reports"),
            Route::Vault => fluent_id!("page-title-vault"),
            Route::Staff => fluent_id!("page-title-staff"),
            Route::Settings => fluent_id!("page-title-settings"),
            Route::Journal => fluent_id!("page-title-journal"),
            Route::Passphrase => fluent_id!("page-title-passphrase"),
            Route::SettingsDisplay => fluent_id!("page-title-settings-display"),
            Route::About => fluent_id!("page-title-about"),
            Route::Accessibility => fluent_id!("page-title-accessibility"),
        }
    }

    /// Fluent id of the screen's navigation link.
    pub fn nav_id(self) -> &'static str {
        match self {
            Route::Home => fluent_id!("nav-home"),
            Route::People => fluent_id!("nav-people"),
            Route::PersonNew => fluent_id!("page-title-person-new"),
            Route::Person => fluent_id!("page-title-person"),
            Route::SessionNew => fluent_id!("page-title-session-new"),
            Route::Workshops => fluent_id!("nav-workshops"),
            Route::WorkshopNew => fluent_id!("page-title-workshop-new"),
            Route::Partners => fluent_id!("nav-partners"),
            Route::Slip => fluent_id!("page-title-slip"),
            Route::Retention => fluent_id!("nav-retention"),
            Route::Exchange => fluent_id!("nav-exchange"),
            Route::Reports => fluent_id!("nav-reports"),
            Route::Vault => fluent_id!("page-title-vault"),
            Route::Staff => fluent_id!("nav-staff"),
            Route::Settings => fluent_id!("nav-settings"),
            Route::Journal => fluent_id!("nav-journal"),
            Route::Passphrase => fluent_id!("nav-passphrase"),
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

/// A parameter of the current address (`#/person?id=…`).
pub fn hash_param(name: &str) -> Option<String> {
    let hash = current_hash();
    let query = hash.split_once('?')?.1;
    query.split('&').find_map(|kv| {
        let (k, v) = kv.split_once('=')?;
        (k == name).then(|| {
            js_sys::decode_uri_component(v)
                .ok()
                .and_then(|s| s.as_string())
                .unwrap_or_default()
        })
    })
}

/// The address of a person's record.
pub fn person_href(id: &str) -> String {
    format!("#/person?id={}", encode(id))
}

/// The address of a new session for a person (`None`: anonymous); `same` prefills it with the
/// person's last session.
pub fn new_session_href(person: Option<&str>, same: bool) -> String {
    match person {
        Some(p) if same => format!("#/session/new?person={}&same=1", encode(p)),
        Some(p) => format!("#/session/new?person={}", encode(p)),
        None => "#/session/new".to_owned(),
    }
}

fn encode(s: &str) -> String {
    js_sys::encode_uri_component(s).into()
}

/// Goes to a screen (the hash router follows).
pub fn go(r: Route) {
    if let Some(w) = web_sys::window() {
        let _ = w.location().set_hash(r.href());
    }
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
        assert_eq!(Route::from_hash("#/person?id=abc"), Some(Route::Person));
        assert_eq!(
            Route::from_hash("#/session/new?person=abc&same=1"),
            Some(Route::SessionNew)
        );
    }
}
