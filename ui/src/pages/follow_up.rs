//! Follow-ups: the form that plans a next step on a person's record, one follow-up as a card
//! (done, postpone, print the reminder), and the Today list of the home screen.

use crate::form::{submit_form, today_civil, ErrorSummary, FormError, TextField};
use crate::i18n::{error_text, lang, t, t_args, Msg};
use crate::ipc;
use crate::pages::person::civil_date;
use crate::route::person_href;
use leptos::prelude::*;
use leptos::task::spawn_local;
use passerelle_api::follow::{FollowUpInput, FollowUpView, PostponeFollowUpRequest, TodayView};
use passerelle_api::store::PlaceView;
use passerelle_api::ApiError;
use passerelle_locales::Value;

/// The address of a follow-up's printable reminder (with the person, for the way back).
pub fn slip_href(id: &str, person: &str) -> String {
    format!(
        "#/slip?id={}&person={}",
        String::from(js_sys::encode_uri_component(id)),
        String::from(js_sys::encode_uri_component(person))
    )
}

/// "21 novembre 2026 à 14:00", or the date alone.
pub fn when(f: &FollowUpInput) -> String {
    let date = civil_date(&f.due_date, &lang());
    match &f.due_time {
        Some(time) => t_args(
            "follow-up-at",
            &[
                ("date", Value::from(date)),
                ("time", Value::from(time.clone())),
            ],
        ),
        None => t_args("follow-up-on", &[("date", Value::from(date))]),
    }
}

/// Plans a next step for `person`.
#[component]
pub fn FollowUpForm(
    person: String,
    status: RwSignal<Option<Msg>>,
    on_saved: impl Fn() + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let what = RwSignal::new(String::new());
    // Today by default: a next step is often decided for the coming days, and an empty date
    // would only be refused.
    let date = RwSignal::new(today_civil());
    let time = RwSignal::new(String::new());
    let bring = RwSignal::new(String::new());
    let place = RwSignal::new(String::new());
    let places = RwSignal::new(Vec::<PlaceView>::new());
    let error: FormError = RwSignal::new(None);
    let busy = RwSignal::new(false);
    spawn_local(async move {
        if let Ok(s) = ipc::get_settings().await {
            places.set(s.places.into_iter().filter(|p| !p.archived).collect());
        }
    });
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let input = FollowUpInput {
            person: person.clone(),
            due_date: date.get_untracked(),
            due_time: Some(time.get_untracked()).filter(|t| !t.trim().is_empty()),
            what: what.get_untracked(),
            bring: bring.get_untracked(),
            place: Some(place.get_untracked()).filter(|p| !p.is_empty()),
        };
        submit_form(
            busy,
            error,
            "follow-up-errors",
            async move { ipc::add_follow_up(input).await },
            move |_| {
                what.set(String::new());
                date.set(today_civil());
                time.set(String::new());
                bring.set(String::new());
                status.set(Some(Msg::t("follow-up-saved")));
                on_saved();
            },
        );
    };
    view! {
        <form class="card" on:submit=submit novalidate aria-labelledby="follow-up-add">
            <h3 id="follow-up-add">{move || t("follow-up-add-heading")}</h3>
            <ErrorSummary id="follow-up-errors" error=error/>
            <TextField id="what" label="follow-up-what" hint="follow-up-what-hint" value=what
                error=error required=true maxlength=200 autocomplete="off"/>
            <div class="field-row">
                <TextField id="due_date" label="follow-up-date" value=date error=error
                    input_type="date" required=true/>
                <TextField id="due_time" label="follow-up-time" hint="follow-up-time-hint"
                    value=time error=error input_type="time"/>
            </div>
            <div class="field">
                <label for="bring">{move || t("follow-up-bring")}</label>
                <textarea id="bring" rows="3" prop:value=move || bring.get()
                    on:input=move |ev| bring.set(event_target_value(&ev))></textarea>
            </div>
            {move || (!places.with(Vec::is_empty)).then(|| view! {
                <div class="field">
                    <label for="follow-up-place">{t("follow-up-place")}</label>
                    <select id="follow-up-place" prop:value=move || place.get()
                        on:change=move |ev| place.set(event_target_value(&ev))>
                        <option value="">{t("follow-up-place-none")}</option>
                        {places.get().into_iter().map(|p| view! {
                            <option value=p.id.clone()>{p.place.name.clone()}</option>
                        }).collect_view()}
                    </select>
                </div>
            })}
            <div class="actions">
                <button type="submit" class="primary" disabled=move || busy.get()>{move || t("follow-up-save")}</button>
            </div>
        </form>
    }
}

/// One follow-up: when, what, what to bring; done, postpone, print the reminder.
#[component]
pub fn FollowUpCard(
    f: FollowUpView,
    /// On the Today list: name the person and link to their record.
    #[prop(optional)]
    show_person: bool,
    status: RwSignal<Option<Msg>>,
    error: FormError,
    on_changed: impl Fn() + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let id = f.id.clone();
    let what = f.follow_up.what.clone();
    let input = f.follow_up.clone();
    let open = f.done_at_ms.is_none();
    let postponing = RwSignal::new(false);
    let new_date = RwSignal::new(today_civil());
    let new_time = RwSignal::new(f.follow_up.due_time.clone().unwrap_or_default());
    let busy = RwSignal::new(false);
    let local_error: FormError = RwSignal::new(None);
    let done = {
        let id = id.clone();
        move |_| {
            let id = id.clone();
            spawn_local(async move {
                match ipc::follow_up_done(&id).await {
                    Ok(()) => {
                        status.set(Some(Msg::t("follow-up-marked-done")));
                        on_changed();
                    }
                    Err(e) => error.set(Some(e)),
                }
            });
        }
    };
    let form_id = format!("postpone-{}", f.id);
    let summary_id: &'static str = "postpone-errors";
    let postpone = {
        let id = id.clone();
        move |ev: leptos::ev::SubmitEvent| {
            ev.prevent_default();
            let req = PostponeFollowUpRequest {
                id: id.clone(),
                due_date: new_date.get_untracked(),
                due_time: Some(new_time.get_untracked()).filter(|t| !t.trim().is_empty()),
            };
            let date = req.due_date.clone();
            submit_form(
                busy,
                local_error,
                summary_id,
                async move { ipc::postpone_follow_up(&req).await },
                move |()| {
                    postponing.set(false);
                    status.set(Some(
                        Msg::t("follow-up-postponed").arg("date", civil_date(&date, &lang())),
                    ));
                    on_changed();
                },
            );
        }
    };
    let bring: Vec<String> = f.follow_up.bring.lines().map(str::to_owned).collect();
    let person = (show_person && !(f.first_name.is_empty() && f.last_name.is_empty())).then(|| {
        (
            crate::pages::people::display_name(&f.first_name, &f.last_name),
            person_href(&f.follow_up.person),
        )
    });
    let place = f.place_name.clone();
    let postponed = f.postponed;
    let done_at = f.done_at_ms;
    let (w1, w2, w3, w4) = (what.clone(), what.clone(), what.clone(), what.clone());
    let slip = slip_href(&f.id, &f.follow_up.person);
    view! {
        <li class="card follow-up" class:follow-up-overdue=f.overdue>
            {if show_person {
                view! { <h4>{move || when(&input)}</h4> }.into_any()
            } else {
                view! { <h3>{move || when(&input)}</h3> }.into_any()
            }}
            <p class="follow-up-what">{w1}</p>
            {person.map(|(name, href)| {
                let n = name.clone();
                view! { <p><a href=href aria-label=move || t_args("follow-up-open-record", &[("name", Value::from(n.clone()))])>{name}</a></p> }
            })}
            {(!bring.is_empty()).then(|| view! {
                <p class="hint">{move || t("slip-bring")}" "{bring.join(", ")}</p>
            })}
            {place.map(|p| view! { <p class="hint">{move || t("follow-up-place")}" : "{p}</p> })}
            {(postponed > 0).then(|| view! {
                <p class="hint">{move || t_args("follow-up-postponed-times", &[("count", Value::from(postponed))])}</p>
            })}
            {done_at.map(|ms| view! {
                <p class="hint">{move || t_args("follow-up-done-at", &[("date", Value::from(crate::pages::recovery_sheet::local_date_time(ms, &lang())))])}</p>
            })}
            {open.then(|| view! {
                <div class="actions">
                    <button type="button" class="primary" on:click=done.clone()
                        aria-label=move || t_args("follow-up-mark-done-named", &[("what", Value::from(w2.clone()))])>
                        {move || t("follow-up-mark-done")}</button>
                    <button type="button" aria-expanded=move || postponing.get().to_string()
                        aria-controls=form_id.clone()
                        aria-label=move || t_args("follow-up-postpone-named", &[("what", Value::from(w3.clone()))])
                        on:click=move |_| postponing.update(|p| *p = !*p)>
                        {move || t("follow-up-postpone")}</button>
                    <a class="button" href=slip.clone()
                        aria-label=move || t_args("follow-up-print-slip-named", &[("what", Value::from(w4.clone()))])>
                        {move || t("follow-up-print-slip")}</a>
                </div>
            })}
            {
                let form_id = format!("postpone-{}", f.id);
                let what = what.clone();
                move || postponing.get().then(|| {
                    let what = what.clone();
                    view! {
                        <form id=form_id.clone() class="postpone" on:submit=postpone.clone() novalidate>
                            <fieldset>
                                <legend>{move || t_args("follow-up-postpone-legend", &[("what", Value::from(what.clone()))])}</legend>
                                <ErrorSummary id=summary_id error=local_error/>
                                <div class="field-row">
                                    <TextField id=format!("{form_id}-date") fields=vec!["due_date".into()]
                                        label="follow-up-new-date" value=new_date error=local_error
                                        input_type="date" required=true/>
                                    <TextField id=format!("{form_id}-time") fields=vec!["due_time".into()]
                                        label="follow-up-new-time" value=new_time error=local_error
                                        input_type="time"/>
                                </div>
                                <div class="actions">
                                    <button type="submit" class="primary" disabled=move || busy.get()>{move || t("follow-up-postpone-save")}</button>
                                    <button type="button" on:click=move |_| postponing.set(false)>{move || t("follow-up-postpone-cancel")}</button>
                                </div>
                            </fieldset>
                        </form>
                    }
                })
            }
        </li>
    }
}

/// The home screen's Today list: overdue first, then today's, then what is already done.
#[component]
pub fn TodaySection() -> impl IntoView {
    let today = RwSignal::new(None::<Result<TodayView, ApiError>>);
    let status = RwSignal::new(None::<Msg>);
    let error: FormError = RwSignal::new(None);
    let reload = move || {
        spawn_local(async move {
            today.set(Some(ipc::today().await));
        });
    };
    reload();
    view! {
        <section aria-labelledby="today-heading" class="today">
            <h2 id="today-heading">{move || t("today-heading")}</h2>
            <p role="status" class="notice notice-status">{move || status.get().map(|m| m.text())}</p>
            <ErrorSummary id="today-errors" error=error/>
            {move || match today.get() {
                None => view! { <p>{t("loading")}</p> }.into_any(),
                Some(Err(e)) => view! { <p class="error-text">{error_text(&e)}</p> }.into_any(),
                Some(Ok(v)) => view! { <TodayLists v=v status=status error=error reload=reload/> }.into_any(),
            }}
            <crate::pages::vault::ExpiringToday/>
        </section>
    }
}

#[component]
fn TodayLists(
    v: TodayView,
    status: RwSignal<Option<Msg>>,
    error: FormError,
    reload: impl Fn() + Copy + Send + Sync + 'static,
) -> impl IntoView {
    if v.overdue.is_empty() && v.due_today.is_empty() && v.done_today.is_empty() {
        return view! { <p>{move || t("today-empty")}</p> }.into_any();
    }
    let group = move |heading: &'static str, hid: &'static str, items: Vec<FollowUpView>| {
        let n = items.len();
        (n > 0).then(|| {
            view! {
                <h3 id=hid>{move || t_args(heading, &[("count", Value::from(n))])}</h3>
                <ul class="follow-up-list" aria-labelledby=hid>
                    {items.into_iter().map(|f| view! {
                        <FollowUpCard f=f show_person=true status=status error=error on_changed=reload/>
                    }).collect_view()}
                </ul>
            }
        })
    };
    view! {
        {group("today-overdue-heading", "today-overdue", v.overdue)}
        {group("today-due-heading", "today-due", v.due_today)}
        {group("today-done-heading", "today-done", v.done_today)}
    }
    .into_any()
}
