//! Home: what Passerelle is, the state of this computer, and where to start.

use crate::i18n::t;
use crate::route::Route;
use crate::shell::use_info;
use leptos::prelude::*;

#[component]
pub fn HomePage() -> impl IntoView {
    let info = use_info();
    view! {
        <h1 tabindex="-1">{move || t("home-heading")}</h1>
        <p class="lead">{move || t("home-intro")}</p>
        <section class="card" aria-labelledby="home-status">
            <h2 id="home-status">{move || t("home-status-heading")}</h2>
            {move || match info.0.get() {
                None => view! { <p>{t("loading")}</p> }.into_any(),
                Some(Err(e)) => view! { <p class="error-text">{crate::i18n::error_text(&e)}</p> }.into_any(),
                Some(Ok(i)) => view! {
                    <p>
                        {if i.store_exists { t("home-status-store") } else { t("home-status-no-store") }}
                    </p>
                    {(!i.store_exists).then(|| view! { <p>{t("home-status-no-store-next")}</p> })}
                    <p>{t("home-status-folder")}" "<code class="path" dir="ltr">{i.data_dir}</code></p>
                }
                .into_any(),
            }}
        </section>
        <section aria-labelledby="home-shortcuts">
            <h2 id="home-shortcuts">{move || t("home-shortcuts-heading")}</h2>
            <ul class="shortcuts">
                <li>
                    <a class="shortcut" href=Route::SettingsDisplay.href() aria-describedby="sc-display-hint">
                        {move || t("home-shortcut-display")}
                    </a>
                    <p id="sc-display-hint" class="hint">{move || t("home-shortcut-display-hint")}</p>
                </li>
                <li>
                    <a class="shortcut" href=Route::Accessibility.href() aria-describedby="sc-a11y-hint">
                        {move || t("home-shortcut-accessibility")}
                    </a>
                    <p id="sc-a11y-hint" class="hint">{move || t("home-shortcut-accessibility-hint")}</p>
                </li>
            </ul>
        </section>
    }
}
