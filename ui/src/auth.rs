//! Who is at the desk: the store's state (set up or not, the staff list), the signed-in
//! person, locking, and the form drafts kept across a lock.
//!
//! Locking ends with a page reload: whatever the screens held in memory (names, notes) goes
//! with the old page, not only the keys in the shell.

use crate::ipc;
use crate::route::{self, Route};
use leptos::prelude::*;
use leptos::task::spawn_local;
use passerelle_api::store::{DraftInfo, DraftInput, LockRequest, SignedIn, StaffRole, StoreStatus};
use passerelle_api::ApiError;
use std::cell::RefCell;
use std::rc::Rc;

type Collector = Rc<dyn Fn() -> Vec<(String, String)>>;

thread_local! {
    /// The form on screen that would be kept as a draft if the session locked now.
    static OPEN_FORM: RefCell<Option<(String, Collector)>> = const { RefCell::new(None) };
}

#[derive(Debug, Clone, Copy)]
pub struct Auth {
    /// `None` until the shell has answered once.
    pub status: RwSignal<Option<Result<StoreStatus, ApiError>>>,
    /// A draft the person chose to resume: the matching form reads it once.
    pub resume: RwSignal<Option<DraftInfo>>,
    /// Set while the lock is under way (the page reloads right after).
    pub locking: RwSignal<bool>,
}

pub fn use_auth() -> Auth {
    expect_context::<Auth>()
}

impl Auth {
    pub fn new() -> Self {
        let a = Self {
            status: RwSignal::new(None),
            resume: RwSignal::new(None),
            locking: RwSignal::new(false),
        };
        a.refresh();
        ipc::on_shell_locked(reload_home);
        a
    }

    pub fn refresh(self) {
        spawn_local(async move {
            self.status.set(Some(ipc::store_status().await));
        });
    }

    pub fn signed_in(self) -> Option<SignedIn> {
        self.status
            .with(|s| s.as_ref().and_then(|r| r.as_ref().ok()?.signed_in.clone()))
    }

    pub fn is_coordinator(self) -> bool {
        self.signed_in()
            .is_some_and(|s| s.role == StaffRole::Coordinator)
    }

    /// After a successful sign-in or set-up: the new state, then the home screen.
    pub fn entered(self, who: SignedIn) {
        self.status.update(|s| {
            if let Some(Ok(st)) = s {
                st.exists = true;
                st.signed_in = Some(who);
            }
        });
        self.refresh();
        route::go(Route::Home);
    }

    /// Locks now, keeping the open form (if any) as an encrypted draft.
    pub fn lock(self) {
        if self.locking.get_untracked() {
            return;
        }
        self.locking.set(true);
        let draft = OPEN_FORM.with(|f| {
            f.borrow()
                .as_ref()
                .map(|(form, collect)| DraftInput {
                    form: form.clone(),
                    fields: collect(),
                })
                .filter(|d| d.fields.iter().any(|(_, v)| !v.trim().is_empty()))
        });
        spawn_local(async move {
            // Whatever the answer, the page goes: a failed draft must not keep a session open.
            let _ = ipc::lock(&LockRequest { draft }).await;
            reload_home();
        });
    }
}

impl Default for Auth {
    fn default() -> Self {
        Self::new()
    }
}

/// Back to the first screen with a fresh page: nothing the old page showed stays in memory.
pub fn reload_home() {
    if let Some(w) = web_sys::window() {
        let _ = w.location().set_hash(Route::Home.href());
        let _ = w.location().reload();
    }
}

/// Declares the form on screen as the one to keep if the session locks. Cleared when the
/// form leaves the screen. Never pass passphrases: only the fields worth keeping.
pub fn keep_as_draft(form: &'static str, collect: impl Fn() -> Vec<(String, String)> + 'static) {
    OPEN_FORM.with(|f| *f.borrow_mut() = Some((form.to_owned(), Rc::new(collect))));
    on_cleanup(move || {
        OPEN_FORM.with(|f| {
            let mut f = f.borrow_mut();
            if f.as_ref().is_some_and(|(name, _)| name == form) {
                *f = None;
            }
        })
    });
}

/// The draft to resume for `form`, taken once (and deleted from the store).
pub fn take_draft(form: &str) -> Option<Vec<(String, String)>> {
    let auth = use_auth();
    let d = auth.resume.get_untracked().filter(|d| d.form == form)?;
    auth.resume.set(None);
    spawn_local(async move {
        let _ = ipc::discard_draft().await;
    });
    Some(d.fields)
}

/// A field's value in a draft.
pub fn field(fields: &[(String, String)], name: &str) -> String {
    fields
        .iter()
        .find(|(k, _)| k == name)
        .map(|(_, v)| v.clone())
        .unwrap_or_default()
}

/// Where each draftable form lives.
pub fn route_of_form(form: &str) -> Option<Route> {
    match form {
        "place-new" | "settings-structure" => Some(Route::Settings),
        "staff-new" => Some(Route::Staff),
        _ => None,
    }
}
