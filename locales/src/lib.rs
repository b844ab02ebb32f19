//! Passerelle's languages: the Fluent files under `locales/<lang>/`, embedded at build time, and a
//! small [`Translator`] used by the UI (screens) and `core` (PDF reports, printed sheets).
//!
//! French is the source language. Every other locale must carry every French id (a test checks);
//! a locale whose `meta-translation-status` is `unreviewed` has not yet been read by a native
//! speaker, and the language menu says so.

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
use unic_langid::LanguageIdentifier;

include!(concat!(env!("OUT_DIR"), "/sources.rs"));

/// Writing direction of a language.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    Ltr,
    Rtl,
}

impl Direction {
    /// The value of the HTML `dir` attribute.
    pub fn as_html(self) -> &'static str {
        match self {
            Direction::Ltr => "ltr",
            Direction::Rtl => "rtl",
        }
    }
}

/// A shipped language.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Locale {
    /// BCP 47 code, also the folder name under `locales/`.
    pub code: &'static str,
    pub direction: Direction,
}

/// The source language, used when nothing else is chosen.
pub const DEFAULT_LOCALE: &str = "fr";

/// Every shipped language, in the order the language menu lists them.
pub const LOCALES: &[Locale] = &[
    Locale {
        code: "fr",
        direction: Direction::Ltr,
    },
    Locale {
        code: "en",
        direction: Direction::Ltr,
    },
    Locale {
        code: "ar",
        direction: Direction::Rtl,
    },
];

/// Looks a shipped locale up by its code.
pub fn locale(code: &str) -> Option<&'static Locale> {
    LOCALES.iter().find(|l| l.code == code)
}

/// The Fluent sources of one locale, in file-name order.
pub fn sources(code: &str) -> impl Iterator<Item = (&'static str, &'static str)> + '_ {
    SOURCES
        .iter()
        .filter(move |(c, _, _)| *c == code)
        .map(|(_, name, text)| (*name, *text))
}

/// Formats messages of one locale, falling back to French for an id the locale lacks (a test
/// keeps that from happening in a release, but a missing string must never blank a screen).
pub struct Translator {
    locale: &'static Locale,
    bundle: FluentBundle<FluentResource>,
    fallback: Option<FluentBundle<FluentResource>>,
}

impl std::fmt::Debug for Translator {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Translator")
            .field("locale", &self.locale.code)
            .finish()
    }
}

/// Builds the bundle of one locale. Unicode isolation marks around variables are wanted on
/// screen (mixed-direction text) and unwanted in PDFs, CSV and tests.
fn bundle(code: &str, isolating: bool) -> FluentBundle<FluentResource> {
    let langid: LanguageIdentifier = code.parse().unwrap_or_default();
    let mut bundle = FluentBundle::new(vec![langid]);
    bundle.set_use_isolating(isolating);
    for (name, text) in sources(code) {
        let resource = match FluentResource::try_new(text.to_owned()) {
            Ok(r) => r,
            // A syntax error is caught by the locale tests; keep the parsable part at run time.
            Err((r, _errors)) => {
                let _ = name;
                r
            }
        };
        // Duplicate ids are caught by the tests too; the first definition wins.
        bundle.add_resource_overriding(resource);
    }
    bundle
}

impl Translator {
    /// A translator for `code`, or for French when the code is not shipped.
    pub fn new(code: &str, isolating: bool) -> Self {
        let locale = locale(code).unwrap_or(&LOCALES[0]);
        let fallback = (locale.code != DEFAULT_LOCALE).then(|| bundle(DEFAULT_LOCALE, isolating));
        Self {
            locale,
            bundle: bundle(locale.code, isolating),
            fallback,
        }
    }

    pub fn locale(&self) -> &'static Locale {
        self.locale
    }

    /// The formatted message, or `None` when neither the locale nor French has it.
    pub fn try_format(&self, id: &str, args: Option<&FluentArgs<'_>>) -> Option<String> {
        let (bundle, id, attr) = {
            let (msg_id, attr) = match id.split_once('.') {
                Some((m, a)) => (m, Some(a)),
                None => (id, None),
            };
            let b = if self.bundle.has_message(msg_id) {
                &self.bundle
            } else {
                self.fallback.as_ref().filter(|f| f.has_message(msg_id))?
            };
            (b, msg_id, attr)
        };
        let msg = bundle.get_message(id)?;
        let pattern = match attr {
            Some(a) => msg.get_attribute(a)?.value(),
            None => msg.value()?,
        };
        let mut errors = Vec::new();
        Some(
            bundle
                .format_pattern(pattern, args, &mut errors)
                .into_owned(),
        )
    }

    /// The formatted message; a missing id shows as the id itself, so it is seen and reported.
    pub fn t(&self, id: &str) -> String {
        self.try_format(id, None).unwrap_or_else(|| id.to_owned())
    }

    /// The formatted message with named arguments.
    pub fn t_args(&self, id: &str, args: &[(&str, FluentValue<'_>)]) -> String {
        let mut fa = FluentArgs::new();
        for (k, v) in args {
            fa.set(*k, v.clone());
        }
        self.try_format(id, Some(&fa))
            .unwrap_or_else(|| id.to_owned())
    }

    /// Whether this locale's translation has been read by a native speaker.
    pub fn is_reviewed(&self) -> bool {
        is_reviewed(self.locale.code)
    }
}

/// Whether a locale's translation has been reviewed, from its `meta-translation-status`.
pub fn is_reviewed(code: &str) -> bool {
    Translator::raw(code).as_deref() != Some("unreviewed")
}

/// The name of a language in its own language and script, as the language menu shows it.
pub fn native_name(code: &str) -> String {
    Translator::new(code, false).t("meta-language-name")
}

impl Translator {
    fn raw(code: &str) -> Option<String> {
        let b = bundle(code, false);
        let msg = b.get_message("meta-translation-status")?;
        let mut errors = Vec::new();
        Some(
            b.format_pattern(msg.value()?, None, &mut errors)
                .into_owned(),
        )
    }
}

pub use fluent_bundle::FluentValue as Value;

/// Marks a string literal as a Fluent id where it is stored as data rather than passed to
/// [`Translator::t`]; the locale tests scan for it to check every referenced id exists.
#[macro_export]
macro_rules! fluent_id {
    ($id:literal) => {
        $id
    };
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn falls_back_to_french_and_shows_unknown_ids() {
        let en = Translator::new("en", false);
        assert_eq!(en.locale().code, "en");
        assert_eq!(en.t("no-such-id-anywhere"), "no-such-id-anywhere");
        let unknown = Translator::new("xx", false);
        assert_eq!(unknown.locale().code, "fr");
    }

    #[test]
    fn arabic_is_right_to_left_and_named_in_its_script() {
        assert_eq!(locale("ar").unwrap().direction, Direction::Rtl);
        assert_eq!(native_name("ar"), "العربية");
        assert_eq!(native_name("fr"), "Français");
    }

    #[test]
    fn french_is_reviewed_and_arabic_is_marked_unreviewed() {
        assert!(is_reviewed("fr"));
        assert!(!is_reviewed("ar"));
    }

    #[test]
    fn isolation_marks_only_when_asked() {
        let with = Translator::new("fr", true);
        let without = Translator::new("fr", false);
        let args = [("version", Value::from("1.2.3"))];
        assert!(with.t_args("about-version", &args).contains('\u{2068}'));
        let plain = without.t_args("about-version", &args);
        assert!(
            !plain.contains('\u{2068}') && plain.contains("1.2.3"),
            "{plain}"
        );
    }
}
