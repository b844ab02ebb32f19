//! Home, once signed in: a greeting, the form kept when the session last locked (to resume or
//! drop), and where to go next for this person's role.

use crate::auth::{route_of_form, use_auth};
use crate::i18n::{t, t_args};
use crate::ipc;
use crate::pages::recovery_sheet::local_date_time;
use crate::route::{self, Route};
use leptos::prelude::*;
use leptos::task::spawn_local;
use passerelle_locales::{fluent_id, Value};

fn form_label(form: &str) -> String {
    t(match form {
        "place-new" => fluent_id!("draft-form-place-new"),
        "staff-new" => fluent_id!("draft-form-staff-new"),
        "settings-structure" => fluent_id!("draft-form-settings-structure"),
        _ => fluent_id!("draft-form-other"),
    })
}

#[component]
pub fn HomePage() -> impl IntoView {
    let auth = use_auth();
    let who = auth.signed_in();
    let draft = RwSignal::new(who.as_ref().and_then(|w| w.draft.clone()));
    let name = who.as_ref().map(|w| w.name.clone()).unwrap_or_default();
    let structure = who
        .as_ref()
        .map(|w| w.structure_name.clone())
        .unwrap_or_default();
    let coordinator = auth.is_coordinator();
    let warnings = who.map(|w| w.warnings).unwrap_or_default();

    let resume = move |_| {
        if let Some(d) = draft.get_untracked() {
            let target = route_of_form(&d.form);
            auth.resume.set(Some(d));
            draft.set(None);
            if let Some(r) = target {
                route::go(r);
            }
        }
    };
    let drop_draft = move |_| {
        draft.set(None);
        spawn_local(async {
            let _ = ipc::discard_draft().await;
        });
    };

    view! {
        <h1 tabindex="-1">{
            let name = name.clone();
            move || if name.is_empty() { t("home-heading-recovery") } else { t_args("home-hello", &[("name", Value::from(name.clone()))]) }
        }</h1>
        <p class="lead">{move || t_args("home-signed-in-intro", &[("structure", Value::from(structure.clone()))])}</p>
        {warnings.into_iter().map(|w| view! { <p class="notice notice-error" role="alert">{t(&w)}</p> }).collect_view()}
        {move || draft.get().map(|d| {
            let when = local_date_time(d.saved_at_ms, &crate::i18n::lang());
            view! {
                <section class="card draft" aria-labelledby="draft-heading">
                    <h2 id="draft-heading">{t("draft-heading")}</h2>
                    <p>{t_args("draft-text", &[("form", Value::from(form_label(&d.form))), ("when", Value::from(when))])}</p>
                    <div class="actions">
                        <button type="button" class="primary" on:click=resume>{t("draft-resume")}</button>
                        <button type="button" on:click=drop_draft>{t("draft-discard")}</button>
                    </div>
                </section>
            }
        })}
        {(!name.is_empty()).then(|| view! { <crate::pages::follow_up::TodaySection/> })}
        <section aria-labelledby="home-shortcuts">
            <h2 id="home-shortcuts">{move || t("home-shortcuts-heading")}</h2>
            <ul class="shortcuts">
                <li>
                    <a class="shortcut" href=Route::People.href() aria-describedby="sc-people-hint">{move || t("home-shortcut-people")}</a>
                    <p id="sc-people-hint" class="hint">{move || t("home-shortcut-people-hint")}</p>
                </li>
                <li>
                    <a class="shortcut" href=Route::Partners.href() aria-describedby="sc-partners-hint">{move || t("home-shortcut-partners")}</a>
                    <p id="sc-partners-hint" class="hint">{move || t("home-shortcut-partners-hint")}</p>
                </li>
                {coordinator.then(|| view! {
                    <li>
                        <a class="shortcut" href=Route::Staff.href() aria-describedby="sc-staff-hint">{move || t("home-shortcut-staff")}</a>
                        <p id="sc-staff-hint" class="hint">{move || t("home-shortcut-staff-hint")}</p>
                    </li>
                    <li>
                        <a class="shortcut" href=Route::Journal.href() aria-describedby="sc-journal-hint">{move || t("home-shortcut-journal")}</a>
                        <p id="sc-journal-hint" class="hint">{move || t("home-shortcut-journal-hint")}</p>
                    </li>
                    <li>
                        <a class="shortcut" href=Route::Exchange.href() aria-describedby="sc-exchange-hint">{move || t("home-shortcut-exchange")}</a>
                        <p id="sc-exchange-hint" class="hint">{move || t("home-shortcut-exchange-hint")}</p>
                    </li>
                    <li>
                        <a class="shortcut" href=Route::Retention.href() aria-describedby="sc-retention-hint">{move || t("home-shortcut-retention")}</a>
                        <p id="sc-retention-hint" class="hint">{move || t("home-shortcut-retention-hint")}</p>
                    </li>
                })}
                <li>
                    <a class="shortcut" href=Route::Settings.href() aria-describedby="sc-settings-hint">{move || t("home-shortcut-settings")}</a>
                    <p id="sc-settings-hint" class="hint">{move || t("home-shortcut-settings-hint")}</p>
                </li>
                <li>
                    <a class="shortcut" href=Route::SettingsDisplay.href() aria-describedby="sc-display-hint">
                        {move || t("home-shortcut-display")}
                    </a>
                    <p id="sc-display-hint" class="hint">{move || t("home-shortcut-display-hint")}</p>
                </li>
            </ul>
        </section>
    }
}
