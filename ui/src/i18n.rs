//! Translation for the screens: the current language is a signal, so every text re-renders when
//! it changes; translators are built once per language and kept.

use leptos::prelude::*;
use passerelle_api::ApiError;
use passerelle_locales::{Translator, Value};
use std::cell::RefCell;
use std::rc::Rc;

thread_local! {
    static LANG: RefCell<Option<RwSignal<String>>> = const { RefCell::new(None) };
    static CACHE: RefCell<Vec<(String, bool, Rc<Translator>)>> = const { RefCell::new(Vec::new()) };
}

/// Installs the language signal; called once by the application root.
pub fn install(lang: RwSignal<String>) {
    LANG.with(|l| *l.borrow_mut() = Some(lang));
}

/// The current language code (tracked: a view reading it re-renders on change).
pub fn lang() -> String {
    LANG.with(|l| l.borrow().map(|s| s.get()))
        .unwrap_or_else(|| passerelle_locales::DEFAULT_LOCALE.to_owned())
}

/// The current language code, without tracking (for requests sent to the shell).
pub fn lang_untracked() -> String {
    LANG.with(|l| l.borrow().map(|s| s.get_untracked()))
        .unwrap_or_else(|| passerelle_locales::DEFAULT_LOCALE.to_owned())
}

/// A cached translator for a language. `isolating` adds Unicode isolation marks around
/// variables, wanted in the page (mixed directions), unwanted in the window title.
pub fn translator(code: &str, isolating: bool) -> Rc<Translator> {
    CACHE.with(|c| {
        let mut c = c.borrow_mut();
        if let Some((_, _, t)) = c.iter().find(|(l, i, _)| l == code && *i == isolating) {
            return t.clone();
        }
        let t = Rc::new(Translator::new(code, isolating));
        c.push((code.to_owned(), isolating, t.clone()));
        t
    })
}

/// The message `id` in the current language.
pub fn t(id: &str) -> String {
    translator(&lang(), true).t(id)
}

/// The message `id` in the current language, with named arguments.
pub fn t_args(id: &str, args: &[(&str, Value<'_>)]) -> String {
    translator(&lang(), true).t_args(id, args)
}

/// The message `id` in the current language without isolation marks (window title).
pub fn t_plain_args(id: &str, args: &[(&str, Value<'_>)]) -> String {
    translator(&lang(), false).t_args(id, args)
}

/// The message `id` in a given language (the language menu names each language in its own).
pub fn t_in(code: &str, id: &str) -> String {
    translator(code, true).t(id)
}

/// The user-facing text of an error from the shell, with its arguments.
pub fn error_text(e: &ApiError) -> String {
    let args: Vec<(&str, Value<'_>)> = e
        .args
        .iter()
        .map(|(k, v)| (k.as_str(), Value::from(v.as_str())))
        .collect();
    t_args(&e.message_id, &args)
}
