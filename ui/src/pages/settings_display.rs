//! Settings → Display and language: interface language, text size (100–200 %), high contrast.
//! Each change applies at once and is saved for the whole installation.

use crate::i18n::{t, t_args, t_in};
use crate::prefs::use_display;
use leptos::prelude::*;
use passerelle_api::DisplayPrefs;
use passerelle_locales::{Value, LOCALES};

fn text_scales() -> impl Iterator<Item = u16> {
    (DisplayPrefs::MIN_TEXT_SCALE..=DisplayPrefs::MAX_TEXT_SCALE)
        .step_by(DisplayPrefs::TEXT_SCALE_STEP as usize)
}

#[component]
pub fn SettingsDisplayPage() -> impl IntoView {
    let display = use_display();
    let prefs = display.prefs;
    view! {
        <h1 tabindex="-1">{move || t("settings-display-heading")}</h1>
        <p class="lead">{move || t("settings-display-intro")}</p>

        <fieldset class="card">
            <legend>{move || t("settings-language-legend")}</legend>
            <ul class="choices">
                {LOCALES
                    .iter()
                    .map(|l| {
                        let code = l.code;
                        let id = format!("lang-{code}");
                        let hint_id = format!("lang-{code}-hint");
                        let reviewed = passerelle_locales::is_reviewed(code);
                        view! {
                            <li>
                                <input
                                    type="radio"
                                    name="language"
                                    id=id.clone()
                                    value=code
                                    prop:checked=move || prefs.with(|p| p.language == code)
                                    aria-describedby=(!reviewed).then(|| hint_id.clone())
                                    on:change=move |_| display.change(|p| p.language = code.to_owned())
                                />
                                <label for=id lang=code dir=l.direction.as_html()>
                                    {t_in(code, "meta-language-name")}
                                </label>
                                {(!reviewed).then(|| view! {
                                    <p class="hint" id=hint_id.clone()>
                                        {move || t_args(
                                            "settings-language-unreviewed",
                                            &[("language", Value::from(t_in(code, "meta-language-name")))],
                                        )}
                                    </p>
                                })}
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        </fieldset>

        <fieldset class="card">
            <legend>{move || t("settings-text-size-legend")}</legend>
            <ul class="choices choices-inline">
                {text_scales()
                    .map(|s| {
                        let id = format!("text-size-{s}");
                        view! {
                            <li>
                                <input
                                    type="radio"
                                    name="text-size"
                                    id=id.clone()
                                    value=s.to_string()
                                    prop:checked=move || prefs.with(|p| p.text_scale == s)
                                    on:change=move |_| display.change(|p| p.text_scale = s)
                                />
                                <label for=id>
                                    {move || t_args("settings-text-size-option", &[("percent", Value::from(s))])}
                                </label>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
            <p class="preview">{move || t("settings-text-size-preview")}</p>
        </fieldset>

        <fieldset class="card">
            <legend>{move || t("settings-contrast-legend")}</legend>
            <div class="check">
                <input
                    type="checkbox"
                    id="high-contrast"
                    aria-describedby="high-contrast-hint"
                    prop:checked=move || prefs.with(|p| p.high_contrast)
                    on:change=move |ev| {
                        let on = event_target_checked(&ev);
                        display.change(|p| p.high_contrast = on);
                    }
                />
                <label for="high-contrast">{move || t("settings-contrast-label")}</label>
            </div>
            <p class="hint" id="high-contrast-hint">{move || t("settings-contrast-hint")}</p>
        </fieldset>
    }
}
