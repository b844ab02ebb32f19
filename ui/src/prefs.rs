//! Display preferences in the page: applied to `<html>` (language, direction, text size, theme)
//! and saved through the shell, which keeps them per installation.

use crate::{i18n, ipc};
use leptos::prelude::*;
use leptos::task::spawn_local;
use passerelle_api::{ApiError, DisplayPrefs};

/// What the user last heard about a setting change, for the page's live regions.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Notice {
    Saved,
    Failed(ApiError),
}

/// Shared display state, provided as context by the application root.
#[derive(Debug, Clone, Copy)]
pub struct Display {
    pub prefs: RwSignal<DisplayPrefs>,
    pub notice: RwSignal<Option<Notice>>,
    /// The language signal that `i18n` follows.
    pub lang: RwSignal<String>,
}

impl Display {
    pub fn new() -> Self {
        let prefs = RwSignal::new(DisplayPrefs::default());
        let lang = RwSignal::new(prefs.get_untracked().language.clone());
        i18n::install(lang);
        let d = Self {
            prefs,
            notice: RwSignal::new(None),
            lang,
        };
        Effect::new(move |_| apply_to_document(&prefs.get()));
        Effect::new(move |_| {
            let l = prefs.with(|p| p.language.clone());
            if lang.get_untracked() != l {
                lang.set(l);
            }
        });
        d
    }

    /// Loads the saved preferences from the shell.
    pub fn load(self) {
        spawn_local(async move {
            match ipc::get_display_prefs().await {
                Ok(p) => self.prefs.set(p),
                Err(e) => self.notice.set(Some(Notice::Failed(e))),
            }
        });
    }

    /// Applies a change at once and saves it; on failure the previous value comes back and the
    /// user is told why.
    pub fn change(self, edit: impl FnOnce(&mut DisplayPrefs)) {
        let before = self.prefs.get_untracked();
        let mut after = before.clone();
        edit(&mut after);
        if after == before {
            return;
        }
        self.prefs.set(after.clone());
        self.notice.set(None);
        spawn_local(async move {
            match ipc::set_display_prefs(after).await {
                Ok(()) => self.notice.set(Some(Notice::Saved)),
                Err(e) => {
                    self.prefs.set(before);
                    self.notice.set(Some(Notice::Failed(e)));
                }
            }
        });
    }
}

impl Default for Display {
    fn default() -> Self {
        Self::new()
    }
}

pub fn use_display() -> Display {
    expect_context::<Display>()
}

fn apply_to_document(p: &DisplayPrefs) {
    let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    else {
        return;
    };
    let locale = passerelle_locales::locale(&p.language).unwrap_or(&passerelle_locales::LOCALES[0]);
    let _ = root.set_attribute("lang", locale.code);
    let _ = root.set_attribute("dir", locale.direction.as_html());
    let theme = if p.high_contrast {
        "high-contrast"
    } else {
        "default"
    };
    let _ = root.set_attribute("data-theme", theme);
    if let Some(el) = root.dyn_ref::<web_sys::HtmlElement>() {
        // Every size in the stylesheets is in rem, so the root size scales the whole page.
        let _ = el
            .style()
            .set_property("font-size", &format!("{}%", p.text_scale));
    }
}

use wasm_bindgen::JsCast;
