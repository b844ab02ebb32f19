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

/// An argument of a kept message: numbers stay numbers so plural rules still apply.
#[derive(Clone, Debug, PartialEq)]
enum MsgArg {
    Text(String),
    Number(f64),
}

/// A message kept as its Fluent id and arguments rather than as text, so a confirmation shown
/// before a language change is shown again in the new language.
#[derive(Clone, Debug, PartialEq)]
pub struct Msg {
    id: &'static str,
    args: Vec<(&'static str, MsgArg)>,
}

impl Msg {
    /// The message `id` (named `t` so the locale tests find the id like any other).
    pub fn t(id: &'static str) -> Self {
        Self {
            id,
            args: Vec::new(),
        }
    }

    /// Adds a text argument.
    pub fn arg(mut self, name: &'static str, value: impl Into<String>) -> Self {
        self.args.push((name, MsgArg::Text(value.into())));
        self
    }

    /// Adds a numeric argument (plural rules select on it).
    pub fn num(mut self, name: &'static str, value: impl Into<f64>) -> Self {
        self.args.push((name, MsgArg::Number(value.into())));
        self
    }

    /// The text in the current language (tracked: re-renders on a language change).
    pub fn text(&self) -> String {
        let args: Vec<(&str, Value<'_>)> = self
            .args
            .iter()
            .map(|(k, v)| {
                let v = match v {
                    MsgArg::Text(s) => Value::from(s.as_str()),
                    MsgArg::Number(n) => Value::from(*n),
                };
                (*k, v)
            })
            .collect();
        t_args(self.id, &args)
    }
}
