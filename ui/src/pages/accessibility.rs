//! The accessibility statement (déclaration d'accessibilité), in the RGAA's expected order:
//! status, what is checked, known limits, how to report a problem, remedies.

use crate::i18n::t;
use leptos::prelude::*;

#[component]
pub fn AccessibilityPage() -> impl IntoView {
    view! {
        <h1 tabindex="-1">{move || t("a11y-heading")}</h1>
        <p class="lead">{move || t("a11y-intro")}</p>
        <section class="card" aria-labelledby="a11y-status">
            <h2 id="a11y-status">{move || t("a11y-status-heading")}</h2>
            <p>{move || t("a11y-status-text")}</p>
        </section>
        <section aria-labelledby="a11y-checked">
            <h2 id="a11y-checked">{move || t("a11y-checked-heading")}</h2>
            <ul class="bullets">
                <li>{move || t("a11y-checked-axe")}</li>
                <li>{move || t("a11y-checked-keyboard")}</li>
                <li>{move || t("a11y-checked-zoom")}</li>
                <li>{move || t("a11y-checked-contrast")}</li>
                <li>{move || t("a11y-checked-language")}</li>
            </ul>
        </section>
        <section aria-labelledby="a11y-limits">
            <h2 id="a11y-limits">{move || t("a11y-limits-heading")}</h2>
            <ul class="bullets">
                <li>{move || t("a11y-limits-pdf")}</li>
                <li>{move || t("a11y-limits-translations")}</li>
            </ul>
        </section>
        <section aria-labelledby="a11y-report">
            <h2 id="a11y-report">{move || t("a11y-report-heading")}</h2>
            <p>{move || t("a11y-report-text")}</p>
        </section>
        <section aria-labelledby="a11y-remedy">
            <h2 id="a11y-remedy">{move || t("a11y-remedy-heading")}</h2>
            <p>{move || t("a11y-remedy-text")}</p>
        </section>
    }
}
