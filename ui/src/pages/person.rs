//! One person's record: who they are (as much as they chose to say) and their support
//! sessions, newest first; record a new session, or the same as last time; delete a session
//! with an undo.

use crate::form::{ErrorSummary, FormError};
use crate::i18n::{error_text, lang, t, t_args, Msg};
use crate::ipc;
use crate::pages::people::display_name;
use crate::route::{hash_param, new_session_href};
use leptos::prelude::*;
use leptos::task::spawn_local;
use passerelle_api::people::PersonView;
use passerelle_api::ApiError;
use passerelle_locales::{fluent_id, Value};
use wasm_bindgen::JsCast;

/// A civil date `YYYY-MM-DD` in the reader's language ("21 novembre 2026").
pub fn civil_date(date: &str, lang: &str) -> String {
    let mut it = date.split('-').map(|p| p.parse::<i32>().ok());
    let (Some(Some(y)), Some(Some(m)), Some(Some(d))) = (it.next(), it.next(), it.next()) else {
        return date.to_owned();
    };
    // Noon: no time-zone shift can move it to another day.
    let js = js_sys::Date::new_with_year_month_day_hr_min_sec(y as u32, m - 1, d, 12, 0, 0);
    let opts = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&opts, &"dateStyle".into(), &"long".into());
    js.to_locale_date_string(lang, &opts).into()
}

#[component]
pub fn PersonPage() -> impl IntoView {
    let id = RwSignal::new(hash_param("id").unwrap_or_default());
    // Going from one person to another keeps this screen: follow the address.
    let handle = window_event_listener(leptos::ev::hashchange, move |_| {
        if let Some(new) = hash_param("id") {
            if new != id.get_untracked() {
                id.set(new);
            }
        }
    });
    on_cleanup(move || handle.remove());
    let person = RwSignal::new(None::<Result<PersonView, ApiError>>);
    let status = RwSignal::new(None::<Msg>);
    let deleted = RwSignal::new(None::<String>);
    let error: FormError = RwSignal::new(None);
    // The last merge, for its undo: kept here because the record is rebuilt after a merge.
    let merge_undo = RwSignal::new(None::<String>);
    // What the timeline shows, kept across reloads of the record.
    let shown = RwSignal::new(passerelle_api::follow::TimelineFilter::ALL.to_vec());
    let reload = move || {
        let who = id.get_untracked();
        spawn_local(async move {
            person.set(Some(ipc::get_person(&who).await));
            crate::form::refocus_heading_if_lost();
        });
    };
    Effect::new(move |_| {
        id.track();
        reload();
    });

    let delete = move |sid: String| {
        spawn_local(async move {
            match ipc::delete_session(&sid).await {
                Ok(()) => {
                    deleted.set(Some(sid));
                    status.set(Some(Msg::t("session-deleted")));
                    reload();
                    crate::form::focus_error_summary("session-undo");
                }
                Err(e) => {
                    error.set(Some(e));
                    crate::form::focus_error_summary("person-page-errors");
                }
            }
        });
    };
    let undo = move |_| {
        if let Some(sid) = deleted.get_untracked() {
            spawn_local(async move {
                if ipc::restore_session(&sid).await.is_ok() {
                    deleted.set(None);
                    status.set(Some(Msg::t("session-restored")));
                    reload();
                }
            });
        }
    };

    view! {
        {move || match person.get() {
            None => view! { <h1 tabindex="-1">{t("page-title-person")}</h1><p>{t("loading")}</p> }.into_any(),
            Some(Err(e)) => view! {
                <h1 tabindex="-1">{t("page-title-person")}</h1>
                <p class="error-text" role="alert">{error_text(&e)}</p>
            }.into_any(),
            // A component body is not tracked: a language change re-translates the texts
            // below in place instead of rebuilding the record (and losing a merge in progress).
            Some(Ok(p)) => view! {
                <PersonRecord p=p status=status error=error deleted=deleted
                    delete=delete undo=undo reload=reload merge_undo=merge_undo shown=shown/>
            }.into_any(),
        }}
    }
}

#[component]
#[allow(clippy::too_many_arguments)]
fn PersonRecord(
    p: PersonView,
    status: RwSignal<Option<Msg>>,
    error: FormError,
    deleted: RwSignal<Option<String>>,
    delete: impl Fn(String) + Copy + Send + Sync + 'static,
    undo: impl Fn(leptos::ev::MouseEvent) + Copy + Send + Sync + 'static,
    reload: impl Fn() + Copy + Send + Sync + 'static,
    merge_undo: RwSignal<Option<String>>,
    shown: RwSignal<Vec<passerelle_api::follow::TimelineFilter>>,
) -> impl IntoView {
    let anonymous = p.profile.anonymous;
    let name = display_name(&p.profile.first_name, &p.profile.last_name);
    let heading = {
        let name = name.clone();
        move || {
            if anonymous {
                t("person-anonymous-name")
            } else {
                name.clone()
            }
        }
    };
    let has_sessions = !p.sessions.is_empty() && !anonymous;
    let pid = p.id.clone();
    view! {
        <h1 tabindex="-1">{heading}</h1>
        <div class="actions">
            <a class="button primary" href=new_session_href(Some(&pid), false)>{move || t("person-new-session")}</a>
            {has_sessions.then(|| view! {
                <a class="button" href=new_session_href(Some(&pid), true)>{move || t("person-same-as-last-time")}</a>
            })}
            <a class="button" href=format!("{}?edit={}", crate::route::Route::PersonNew.href(), pid)>{move || t("person-edit")}</a>
        </div>
        <p role="status" class="notice notice-status">{move || status.get().map(|m| m.text())}</p>
        <ErrorSummary id="person-page-errors" error=error/>
        {move || deleted.get().is_some().then(|| view! {
            <p><button type="button" id="session-undo" on:click=undo>{t("session-undo")}</button></p>
        })}
        {move || merge_undo.get().map(|id| view! {
            <p><button type="button" id="merge-undo" on:click=move |_| {
                let id = id.clone();
                spawn_local(async move {
                    match ipc::unmerge_people(&id).await {
                        Ok(_) => {
                            merge_undo.set(None);
                            status.set(Some(Msg::t("merge-undone")));
                            reload();
                        }
                        Err(e) => error.set(Some(e)),
                    }
                });
            }>{t("merge-undo")}</button></p>
        })}
        <PersonProfile person=p.clone()/>
        {(!anonymous).then(|| view! {
            <ConsentSection person=pid.clone() consent=p.consent.clone() minor=p.may_be_minor
                status=status on_done=reload/>
        })}
        {(!anonymous).then(|| view! { <crate::pages::vault::VaultLink person=pid.clone()/> })}
        <crate::pages::timeline::PersonTimeline person=pid.clone() anonymous=anonymous shown=shown
            status=status error=error delete=delete reload=reload/>
        {(!anonymous).then(|| view! {
            <crate::pages::privacy::PrivacySection person=pid.clone() status=status/>
        })}
        {(!anonymous).then(|| view! {
            <MergeSection kept=pid.clone() kept_name=name.clone() status=status undo=merge_undo on_done=reload/>
        })}
    }
}

/// A language's name in the reader's language ("pt" → "portugais"), from the webview's
/// `Intl.DisplayNames`; the code itself where that is missing.
fn language_name(code: &str, ui_lang: &str) -> String {
    use wasm_bindgen::JsValue;
    let name = (|| {
        let intl = js_sys::Reflect::get(&js_sys::global(), &"Intl".into()).ok()?;
        let ctor: js_sys::Function = js_sys::Reflect::get(&intl, &"DisplayNames".into())
            .ok()?
            .dyn_into()
            .ok()?;
        let opts = js_sys::Object::new();
        js_sys::Reflect::set(&opts, &"type".into(), &"language".into()).ok()?;
        let locales = js_sys::Array::of1(&JsValue::from_str(ui_lang));
        let names = js_sys::Reflect::construct(&ctor, &js_sys::Array::of2(&locales, &opts)).ok()?;
        let of: js_sys::Function = js_sys::Reflect::get(&names, &"of".into())
            .ok()?
            .dyn_into()
            .ok()?;
        of.call1(&names, &JsValue::from_str(code)).ok()?.as_string()
    })();
    name.unwrap_or_else(|| code.to_owned())
}

#[component]
fn PersonProfile(person: PersonView) -> impl IntoView {
    let p = person.profile;
    // (label id, value in the current language)
    let mut rows: Vec<(&'static str, Signal<String>)> = Vec::new();
    let fixed = |v: String| Signal::derive(move || v.clone());
    if let Some(y) = p.birth_year {
        let bracket = person.age_bracket.label_id();
        rows.push((
            "person-birth-year",
            Signal::derive(move || format!("{y} · {}", t(bracket))),
        ));
    }
    if let Some(g) = p.gender {
        rows.push(("person-gender", Signal::derive(move || t(g.label_id()))));
    }
    if let Some(s) = p.social_status {
        rows.push(("person-status", Signal::derive(move || t(s.label_id()))));
    }
    let residence = [
        p.commune.clone(),
        p.postal_code.clone(),
        p.insee_code.clone(),
    ]
    .into_iter()
    .filter(|s| !s.is_empty())
    .collect::<Vec<_>>()
    .join(" · ");
    if !residence.is_empty() {
        rows.push(("person-residence", fixed(residence)));
    }
    if !p.phone.is_empty() {
        rows.push(("person-phone", fixed(p.phone.clone())));
    }
    if !p.email.is_empty() {
        rows.push(("person-email", fixed(p.email.clone())));
    }
    if !p.languages.is_empty() {
        let codes = p.languages.clone();
        rows.push((
            "person-languages",
            Signal::derive(move || {
                let ui = lang();
                codes
                    .iter()
                    .map(|c| language_name(c, &ui))
                    .collect::<Vec<_>>()
                    .join(", ")
            }),
        ));
    }
    if !p.notes.is_empty() {
        rows.push(("person-notes", fixed(p.notes.clone())));
    }
    let minor = person.may_be_minor;
    view! {
        <section class="card" aria-labelledby="person-profile">
            <h2 id="person-profile">{move || t("person-profile-heading")}</h2>
            {minor.then(|| view! { <p class="notice notice-warning">{move || t("person-minor")}</p> })}
            {if rows.is_empty() {
                view! { <p>{move || t("person-profile-empty")}</p> }.into_any()
            } else {
                view! {
                    <dl class="profile">
                        {rows.into_iter().map(|(label, value)| view! {
                            <dt>{move || t(label)}</dt>
                            <dd>{move || value.get()}</dd>
                        }).collect_view()}
                    </dl>
                }.into_any()
            }}
        </section>
    }
}

/// Two records for one person: pick the other one, see what moves, merge it into this one,
/// undo if it was a mistake.
#[component]
fn MergeSection(
    kept: String,
    kept_name: String,
    status: RwSignal<Option<Msg>>,
    undo: RwSignal<Option<String>>,
    on_done: impl Fn() + Copy + Send + Sync + 'static,
) -> impl IntoView {
    use passerelle_api::people::{MergePreviewView, MergeRequest, PersonCard};
    let query = RwSignal::new(String::new());
    let found = RwSignal::new(Vec::<PersonCard>::new());
    let chosen = RwSignal::new(None::<(PersonCard, MergePreviewView)>);
    let error: FormError = RwSignal::new(None);
    let busy = RwSignal::new(false);
    let asked = RwSignal::new(0u64);
    let kept_id = kept.clone();
    let search = move |q: String| {
        let n = asked.get_untracked() + 1;
        asked.set(n);
        let kept_id = kept_id.clone();
        spawn_local(async move {
            if q.trim().is_empty() {
                found.set(Vec::new());
                return;
            }
            if let Ok(r) = ipc::search_people(&q).await {
                if asked.get_untracked() == n {
                    found.set(r.into_iter().filter(|p| p.id != kept_id).collect());
                }
            }
        });
    };
    let choose = {
        let kept = kept.clone();
        move |p: PersonCard| {
            let req = MergeRequest {
                merged: p.id.clone(),
                kept: kept.clone(),
            };
            crate::form::submit_form(
                busy,
                error,
                "merge-errors",
                async move { ipc::merge_preview(&req).await },
                move |preview| {
                    chosen.set(Some((p, preview)));
                    crate::form::focus_error_summary("merge-preview");
                },
            );
        }
    };
    let confirm = {
        let kept = kept.clone();
        move |_| {
            let Some((p, _)) = chosen.get_untracked() else {
                return;
            };
            let req = MergeRequest {
                merged: p.id.clone(),
                kept: kept.clone(),
            };
            crate::form::submit_form(
                busy,
                error,
                "merge-errors",
                async move { ipc::merge_people(&req).await },
                move |merge_id| {
                    chosen.set(None);
                    found.set(Vec::new());
                    query.set(String::new());
                    undo.set(Some(merge_id));
                    status.set(Some(Msg::t("merge-done")));
                    on_done();
                },
            );
        }
    };
    view! {
        <details class="card merge">
            <summary>{move || t("merge-heading")}</summary>
            <p>{move || t("merge-intro")}</p>
            <ErrorSummary id="merge-errors" error=error/>
            <div class="field">
                <label for="merge-search">{move || t("merge-search")}</label>
                <input type="search" id="merge-search" autocomplete="off"
                    prop:value=move || query.get()
                    on:input=move |ev| { let v = event_target_value(&ev); query.set(v.clone()); search(v); }/>
            </div>
            <ul class="person-list">
                {move || {
                    let choose = choose.clone();
                    found.get().into_iter().map(move |p| {
                        let name = display_name(&p.first_name, &p.last_name);
                        let details = p.birth_year.map(|y| format!(" ({y})")).unwrap_or_default();
                        let label = t_args("merge-choose", &[("name", Value::from(format!("{name}{details}")))]);
                        let choose = choose.clone();
                        view! { <li><button type="button" on:click=move |_| choose(p.clone())>{label}</button></li> }
                    }).collect_view()
                }}
            </ul>
            {move || chosen.get().map(|(p, preview)| {
                let other = display_name(&p.first_name, &p.last_name);
                view! {
                    <div class="notice notice-warning" id="merge-preview" tabindex="-1" role="group"
                        aria-labelledby="merge-preview-text">
                        <p id="merge-preview-text">{t_args("merge-preview", &[
                            ("other", Value::from(other)),
                            ("kept", Value::from(kept_name.clone())),
                            ("moving", Value::from(preview.sessions_moving)),
                            ("existing", Value::from(preview.sessions_kept)),
                        ])}</p>
                        <div class="actions">
                            <button type="button" class="danger" on:click=confirm.clone()>{t("merge-confirm")}</button>
                            <button type="button" on:click=move |_| chosen.set(None)>{t("confirm-no")}</button>
                        </div>
                    </div>
                }
            })}
        </details>
    }
}

/// The person's consent: what is in force, collecting it after reading the explanation
/// together (and printing the information notice for them), withdrawing it.
#[component]
fn ConsentSection(
    person: String,
    consent: Option<passerelle_api::people::ConsentView>,
    minor: bool,
    status: RwSignal<Option<Msg>>,
    on_done: impl Fn() + Copy + Send + Sync + 'static,
) -> impl IntoView {
    use crate::form::{submit_form, CheckChoices};
    use passerelle_api::people::RecordConsentRequest;
    use passerelle_api::vocab::ConsentScope;
    let open = RwSignal::new(false);
    let confirm_withdraw = RwSignal::new(false);
    let scopes = RwSignal::new(vec![ConsentScope::Record.code().to_owned()]);
    let guardian = RwSignal::new(false);
    let error: FormError = RwSignal::new(None);
    let busy = RwSignal::new(false);
    let options: crate::form::Options = ConsentScope::ALL
        .iter()
        .map(|c| (c.code(), c.label_id()))
        .collect();
    let submit = {
        let person = person.clone();
        move |ev: leptos::ev::SubmitEvent| {
            ev.prevent_default();
            let req = RecordConsentRequest {
                person: person.clone(),
                scopes: scopes
                    .get_untracked()
                    .iter()
                    .filter_map(|c| ConsentScope::parse(c))
                    .collect(),
                by_guardian: guardian.get_untracked(),
            };
            submit_form(
                busy,
                error,
                "consent-errors",
                async move { ipc::record_consent(&req).await },
                move |()| {
                    status.set(Some(Msg::t("consent-recorded")));
                    on_done();
                },
            );
        }
    };
    let withdraw = {
        let person = person.clone();
        move |_| {
            let person = person.clone();
            submit_form(
                busy,
                error,
                "consent-errors",
                async move { ipc::withdraw_consent(&person).await },
                move |()| {
                    status.set(Some(Msg::t("consent-withdrawn")));
                    on_done();
                },
            );
        }
    };
    let print = |_| {
        if let Some(w) = web_sys::window() {
            let _ = w.print();
        }
    };
    view! {
        <section class="card" aria-labelledby="consent-heading">
            <h2 id="consent-heading">{move || t("consent-heading")}</h2>
            <ErrorSummary id="consent-errors" error=error/>
            {match consent {
                Some(c) => {
                    let given_on = c.given_on.clone();
                    let by = c.collected_by.clone();
                    let guardian_note = c.by_guardian;
                    view! {
                        <p>{move || {
                            let when = civil_date(&given_on, &lang());
                            match by.clone() {
                                Some(n) => t_args("consent-given-by", &[("date", Value::from(when)), ("name", Value::from(n))]),
                                None => t_args("consent-given", &[("date", Value::from(when))]),
                            }
                        }}</p>
                        {guardian_note.then(|| view! { <p>{move || t("consent-by-guardian")}</p> })}
                        <ul>
                            {c.scopes.into_iter().map(|sc| view! { <li>{move || t(sc.label_id())}</li> }).collect_view()}
                        </ul>
                        <div class="actions">
                            <button type="button" on:click=move |_| open.set(true)>{move || t("consent-change")}</button>
                            <button type="button" class="danger" on:click=move |_| confirm_withdraw.set(true)>{move || t("consent-withdraw")}</button>
                        </div>
                        {move || confirm_withdraw.get().then(|| view! {
                            <div class="confirm" role="alertdialog" aria-modal="false" aria-labelledby="consent-withdraw-text">
                                <p id="consent-withdraw-text">{t("consent-withdraw-confirm")}</p>
                                <div class="actions">
                                    <button type="button" class="danger" autofocus on:click=withdraw.clone()>{t("consent-withdraw")}</button>
                                    <button type="button" on:click=move |_| confirm_withdraw.set(false)>{t("confirm-no")}</button>
                                </div>
                            </div>
                        })}
                    }.into_any()
                }
                None => view! {
                    <p>{move || t("consent-none")}</p>
                    <div class="actions">
                        <button type="button" class="primary" on:click=move |_| open.set(true)>{move || t("consent-collect")}</button>
                    </div>
                }.into_any(),
            }}
            {move || open.get().then(|| view! {
                <div class="consent-notice print-sheet" id="consent-notice" tabindex="-1">
                    <h3>{t("consent-notice-heading")}</h3>
                    <p>{t("consent-notice-1")}</p>
                    <p>{t("consent-notice-2")}</p>
                    <p>{t("consent-notice-3")}</p>
                    <p>{t("consent-notice-4")}</p>
                </div>
                <div class="actions no-print">
                    <button type="button" on:click=print>{t("consent-print")}</button>
                </div>
                <form class="no-print" on:submit=submit.clone() novalidate>
                    <CheckChoices group="consent_scopes" legend=fluent_id!("consent-scopes") options=options.clone()
                        value=scopes error=error field="consent_scopes"/>
                    {minor.then(|| view! {
                        <div class="check">
                            <input type="checkbox" id="consent_guardian" aria-describedby="consent-guardian-hint"
                                prop:checked=move || guardian.get()
                                on:change=move |ev| guardian.set(event_target_checked(&ev))/>
                            <label for="consent_guardian">{t("consent-guardian")}</label>
                            <p class="hint" id="consent-guardian-hint">{t("consent-guardian-hint")}</p>
                        </div>
                    })}
                    <div class="actions">
                        <button type="submit" class="primary">{t("consent-agree")}</button>
                        <button type="button" on:click=move |_| open.set(false)>{t("session-cancel")}</button>
                    </div>
                </form>
            })}
        </section>
    }
}
