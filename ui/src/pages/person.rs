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
use passerelle_api::people::{PersonView, SessionView};
use passerelle_api::ApiError;
use passerelle_locales::Value;

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

fn session_summary(s: &SessionView) -> String {
    let themes: Vec<String> = s.session.themes.iter().map(|th| t(th.label_id())).collect();
    themes.join(", ")
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
    let reload = move || {
        let who = id.get_untracked();
        spawn_local(async move { person.set(Some(ipc::get_person(&who).await)) });
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
            Some(Ok(p)) => {
                let name = if p.profile.anonymous {
                    t("person-anonymous-name")
                } else {
                    display_name(&p.profile.first_name, &p.profile.last_name)
                };
                let has_sessions = !p.sessions.is_empty();
                let pid = p.id.clone();
                view! {
                    <h1 tabindex="-1">{name}</h1>
                    <div class="actions">
                        <a class="button primary" href=new_session_href(Some(&pid), false)>{t("person-new-session")}</a>
                        {has_sessions.then(|| view! {
                            <a class="button" href=new_session_href(Some(&pid), true)>{t("person-same-as-last-time")}</a>
                        })}
                    </div>
                    <p role="status" class="notice notice-status">{move || status.get().map(|m| m.text())}</p>
                    <ErrorSummary id="person-page-errors" error=error/>
                    {move || deleted.get().is_some().then(|| view! {
                        <p><button type="button" id="session-undo" on:click=undo>{t("session-undo")}</button></p>
                    })}
                    <PersonProfile person=p.clone()/>
                    <section aria-labelledby="person-sessions">
                        <h2 id="person-sessions">{t_args("person-sessions-heading", &[("count", Value::from(p.sessions.len()))])}</h2>
                        {if p.sessions.is_empty() {
                            view! { <p>{t("person-no-sessions")}</p> }.into_any()
                        } else {
                            view! {
                                <ul class="session-list">
                                    {p.sessions.into_iter().map(|s| {
                                        let sid = s.id.clone();
                                        let when = civil_date(&s.session.date, &lang());
                                        let label = t_args("session-delete-named", &[("date", Value::from(when.clone()))]);
                                        view! {
                                            <li class="card">
                                                <h3>{when}</h3>
                                                <p>{session_summary(&s)}</p>
                                                <p class="hint">{t_args("session-duration", &[("minutes", Value::from(s.session.duration_min))])}
                                                    {s.recorded_by.map(|n| format!(" · {}", t_args("session-recorded-by", &[("name", Value::from(n))])))}</p>
                                                {(!s.session.procedure_name.is_empty()).then(|| view! { <p>{s.session.procedure_name.clone()}</p> })}
                                                <button type="button" class="danger" aria-label=label
                                                    on:click=move |_| delete(sid.clone())>{t("session-delete")}</button>
                                            </li>
                                        }
                                    }).collect_view()}
                                </ul>
                            }.into_any()
                        }}
                    </section>
                }.into_any()
            }
        }}
    }
}

#[component]
fn PersonProfile(person: PersonView) -> impl IntoView {
    let p = person.profile;
    let mut rows: Vec<(&'static str, String)> = Vec::new();
    if let Some(y) = p.birth_year {
        rows.push((
            "person-birth-year",
            format!("{y} · {}", t(person.age_bracket.label_id())),
        ));
    }
    if let Some(g) = p.gender {
        rows.push(("person-gender", t(g.label_id())));
    }
    if let Some(s) = p.social_status {
        rows.push(("person-status", t(s.label_id())));
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
        rows.push(("person-residence", residence));
    }
    if !p.phone.is_empty() {
        rows.push(("person-phone", p.phone.clone()));
    }
    if !p.email.is_empty() {
        rows.push(("person-email", p.email.clone()));
    }
    if !p.languages.is_empty() {
        rows.push(("person-languages", p.languages.join(", ")));
    }
    if !p.notes.is_empty() {
        rows.push(("person-notes", p.notes.clone()));
    }
    view! {
        <section class="card" aria-labelledby="person-profile">
            <h2 id="person-profile">{move || t("person-profile-heading")}</h2>
            {person.may_be_minor.then(|| view! { <p class="notice notice-warning">{t("person-minor")}</p> })}
            {if rows.is_empty() {
                view! { <p>{t("person-profile-empty")}</p> }.into_any()
            } else {
                view! {
                    <dl class="profile">
                        {rows.into_iter().map(|(label, value)| view! {
                            <dt>{t(label)}</dt>
                            <dd>{value}</dd>
                        }).collect_view()}
                    </dl>
                }.into_any()
            }}
        </section>
    }
}
