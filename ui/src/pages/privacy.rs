//! A person's rights over their data, on their record: the right of access (one zip with a
//! readable PDF summary and JSON, saved where the user chooses, under a file name without the
//! person's name) and the right to erasure (coordinators, after a confirmation); and the
//! retention review of records inactive for longer than the centre's period.

use crate::auth::use_auth;
use crate::form::{submit_form, ErrorSummary, FormError, TextField};
use crate::i18n::{error_text, lang, lang_untracked, t, t_args, Msg};
use crate::ipc;
use crate::pages::people::display_name;
use crate::pages::person::civil_date;
use crate::route::{person_href, Route};
use leptos::prelude::*;
use leptos::task::spawn_local;
use passerelle_api::privacy::{AccessFileNameRequest, ExportAccessRequest, RetentionReview};
use passerelle_api::store::{ChooseExportPathRequest, SettingsInput};
use passerelle_api::ApiError;
use passerelle_locales::Value;

#[component]
pub fn PrivacySection(person: String, status: RwSignal<Option<Msg>>) -> impl IntoView {
    let auth = use_auth();
    let can_erase = auth.is_coordinator();
    let error: FormError = RwSignal::new(None);
    let busy = RwSignal::new(false);
    let confirming = RwSignal::new(false);
    let understood = RwSignal::new(false);
    let export = {
        let person = person.clone();
        move |_| {
            let person = person.clone();
            error.set(None);
            spawn_local(async move {
                let name_req = AccessFileNameRequest {
                    person: person.clone(),
                    language: lang_untracked(),
                };
                let default_name = match ipc::access_file_name(&name_req).await {
                    Ok(n) => n,
                    Err(e) => return error.set(Some(e)),
                };
                let path = match ipc::choose_export_path(&ChooseExportPathRequest { default_name })
                    .await
                {
                    Ok(Some(p)) => p,
                    Ok(None) => return,
                    Err(e) => return error.set(Some(e)),
                };
                let req = ExportAccessRequest {
                    person,
                    path,
                    language: lang_untracked(),
                };
                match ipc::export_person_access(&req).await {
                    Ok(done) => status.set(Some(
                        Msg::t("privacy-access-done").num("sessions", done.sessions as f64),
                    )),
                    Err(e) => {
                        error.set(Some(e));
                        crate::form::focus_error_summary("privacy-errors");
                    }
                }
            });
        }
    };
    let erase = {
        let person = person.clone();
        move |ev: leptos::ev::SubmitEvent| {
            ev.prevent_default();
            if !understood.get_untracked() {
                error.set(Some(crate::form::local_error(
                    "erase-understood",
                    "privacy-erase-confirm-missing",
                )));
                crate::form::focus_error_summary("privacy-errors");
                return;
            }
            let person = person.clone();
            submit_form(
                busy,
                error,
                "privacy-errors",
                async move { ipc::erase_person(&person).await },
                move |done| {
                    crate::pages::people::set_flash(
                        Msg::t("privacy-erased").num("sessions", done.sessions_detached as f64),
                    );
                    crate::route::go(Route::People);
                },
            );
        }
    };
    let erase_error = Memo::new(move |_| {
        error.with(|e| e.as_ref().and_then(crate::form::field_of) == Some("erase-understood"))
    });
    view! {
        <section class="card" aria-labelledby="privacy-heading">
            <h2 id="privacy-heading">{move || t("privacy-heading")}</h2>
            <ErrorSummary id="privacy-errors" error=error/>
            <p>{move || t("privacy-access-intro")}</p>
            <div class="actions">
                <button type="button" on:click=export>{move || t("privacy-access-button")}</button>
            </div>
            {can_erase.then(|| view! {
                <h3>{move || t("privacy-erase-heading")}</h3>
                <p>{move || t("privacy-erase-intro")}</p>
                {move || if confirming.get() {
                    view! {
                        <form on:submit=erase.clone() novalidate>
                            <div class="field" class:field-invalid=move || erase_error.get()>
                                <input type="checkbox" id="erase-understood"
                                    aria-invalid=move || erase_error.get().then_some("true")
                                    aria-describedby="erase-understood-error"
                                    prop:checked=move || understood.get()
                                    on:change=move |ev| understood.set(event_target_checked(&ev))/>
                                <label for="erase-understood">{t("privacy-erase-understood")}</label>
                                <p class="field-error" id="erase-understood-error" hidden=move || !erase_error.get()>
                                    {move || erase_error.get().then(|| t("privacy-erase-confirm-missing"))}
                                </p>
                            </div>
                            <div class="actions">
                                <button type="submit" class="danger" disabled=move || busy.get()>{t("privacy-erase-confirm")}</button>
                                <button type="button" on:click=move |_| confirming.set(false)>{t("privacy-erase-cancel")}</button>
                            </div>
                        </form>
                    }.into_any()
                } else {
                    view! {
                        <div class="actions">
                            <button type="button" class="danger" on:click=move |_| {
                                confirming.set(true);
                                request_animation_frame(|| crate::form::focus_id("erase-understood"));
                            }>{t("privacy-erase-button")}</button>
                        </div>
                    }.into_any()
                }}
            })}
        </section>
    }
}

/// Records inactive for longer than the retention period: the list to review, then erase.
#[component]
pub fn RetentionPage() -> impl IntoView {
    let review = RwSignal::new(None::<Result<RetentionReview, ApiError>>);
    let status = RwSignal::new(None::<Msg>);
    let reload =
        move || spawn_local(async move { review.set(Some(ipc::retention_review().await)) });
    reload();
    view! {
        <h1 tabindex="-1">{move || t("retention-heading")}</h1>
        <p class="lead">{move || t("retention-intro")}</p>
        <p role="status" class="notice notice-status">{move || status.get().map(|m| m.text())}</p>
        <RetentionPeriod status=status on_saved=reload/>
        {move || match review.get() {
            None => view! { <p>{t("loading")}</p> }.into_any(),
            Some(Err(e)) => view! { <p class="error-text" role="alert">{error_text(&e)}</p> }.into_any(),
            Some(Ok(r)) => view! { <RetentionList r=r status=status on_done=reload/> }.into_any(),
        }}
    }
}

#[component]
fn RetentionPeriod(
    status: RwSignal<Option<Msg>>,
    on_saved: impl Fn() + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let current = RwSignal::new(None::<SettingsInput>);
    let months = RwSignal::new(String::new());
    let error: FormError = RwSignal::new(None);
    let busy = RwSignal::new(false);
    spawn_local(async move {
        if let Ok(v) = ipc::get_settings().await {
            months.set(v.settings.retention_months.unwrap_or(24).to_string());
            current.set(Some(v.settings));
        }
    });
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Some(mut s) = current.get_untracked() else {
            return;
        };
        let Ok(m) = months.get_untracked().trim().parse::<u32>() else {
            error.set(Some(crate::form::local_error(
                "retention_months",
                "retention-months-invalid",
            )));
            crate::form::focus_error_summary("retention-errors");
            return;
        };
        s.retention_months = Some(m);
        submit_form(
            busy,
            error,
            "retention-errors",
            async move { ipc::save_settings(&s).await },
            move |()| {
                status.set(Some(Msg::t("retention-period-saved")));
                on_saved();
            },
        );
    };
    view! {
        <form class="card" on:submit=submit novalidate aria-labelledby="retention-period">
            <h2 id="retention-period">{move || t("retention-period-heading")}</h2>
            <ErrorSummary id="retention-errors" error=error/>
            <TextField id="retention_months" label="retention-months" hint="retention-months-hint"
                value=months error=error inputmode="numeric" maxlength=3/>
            <div class="actions">
                <button type="submit" disabled=move || busy.get()>{move || t("retention-period-save")}</button>
            </div>
        </form>
    }
}

#[component]
fn RetentionList(
    r: RetentionReview,
    status: RwSignal<Option<Msg>>,
    on_done: impl Fn() + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let error: FormError = RwSignal::new(None);
    let busy = RwSignal::new(false);
    let n = r.people.len();
    let ids: Vec<String> = r.people.iter().map(|p| p.id.clone()).collect();
    let before = r.inactive_before.clone();
    let months = r.retention_months;
    let purge = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let ids = ids.clone();
        submit_form(
            busy,
            error,
            "purge-errors",
            async move { ipc::retention_purge(ids).await },
            move |done| {
                status.set(Some(
                    Msg::t("retention-purged")
                        .num("count", done.erased as f64)
                        .num("skipped", done.skipped.len() as f64),
                ));
                on_done();
            },
        );
    };
    view! {
        <section aria-labelledby="retention-list">
            <h2 id="retention-list">{move || t_args("retention-list-heading", &[("count", Value::from(n))])}</h2>
            <p>{move || t_args("retention-rule", &[
                ("months", Value::from(months)),
                ("date", Value::from(civil_date(&before, &lang()))),
            ])}</p>
            {if n == 0 {
                view! { <p>{move || t("retention-none")}</p> }.into_any()
            } else {
                view! {
                    <table class="data-table">
                        <caption>{move || t("retention-table-caption")}</caption>
                        <thead>
                            <tr>
                                <th scope="col">{move || t("retention-col-person")}</th>
                                <th scope="col">{move || t("retention-col-last-activity")}</th>
                                <th scope="col">{move || t("retention-col-sessions")}</th>
                            </tr>
                        </thead>
                        <tbody>
                            {r.people.into_iter().map(|p| {
                                let name = if p.anonymous {
                                    None
                                } else {
                                    Some(display_name(&p.first_name, &p.last_name))
                                };
                                let href = person_href(&p.id);
                                let last = p.last_activity.clone();
                                let year = p.birth_year.map(|y| format!(" ({y})")).unwrap_or_default();
                                view! {
                                    <tr>
                                        <th scope="row">{match name {
                                            Some(n) => view! { <a href=href>{n}{year}</a> }.into_any(),
                                            None => view! { <span>{move || t("person-anonymous-name")}</span> }.into_any(),
                                        }}</th>
                                        <td>{move || civil_date(&last, &lang())}</td>
                                        <td>{p.sessions + p.workshops}</td>
                                    </tr>
                                }
                            }).collect_view()}
                        </tbody>
                    </table>
                    <form on:submit=purge novalidate>
                        <ErrorSummary id="purge-errors" error=error/>
                        <p class="notice notice-warning">{move || t("retention-purge-warning")}</p>
                        <div class="actions">
                            <button type="submit" class="danger" disabled=move || busy.get()>
                                {move || t_args("retention-purge", &[("count", Value::from(n))])}</button>
                        </div>
                    </form>
                }.into_any()
            }}
        </section>
    }
}
