//! Group workshops: the latest ones, and the form to record one (title, level, date,
//! duration, place, themes, tags, people with a record who came, and anonymous participants
//! counted by gender, age bracket and status).

use crate::form::{
    submit_form, today_civil, vocab_options, CheckChoices, ErrorSummary, FormError, Options,
    PlaceSelect, RadioChoices, TagChoices, TextField,
};
use crate::i18n::{error_text, lang, t, t_args};
use crate::ipc;
use crate::pages::people::display_name;
use crate::pages::person::civil_date;
use crate::route::Route;
use leptos::prelude::*;
use leptos::task::spawn_local;
use passerelle_api::people::{
    AddWorkshopRequest, PersonCard, TagView, WorkshopInput, WorkshopView,
};
use passerelle_api::store::PlaceView;
use passerelle_api::vocab::{AgeBracket, Gender, SocialStatus, Theme, WorkshopLevel};
use passerelle_api::ApiError;
use passerelle_locales::{fluent_id, Value};

#[component]
pub fn WorkshopsPage() -> impl IntoView {
    let list = RwSignal::new(None::<Result<Vec<WorkshopView>, ApiError>>);
    spawn_local(async move { list.set(Some(ipc::list_workshops().await)) });
    view! {
        <h1 tabindex="-1">{move || t("workshops-heading")}</h1>
        <div class="actions">
            <a class="button primary" href=Route::WorkshopNew.href()>{move || t("workshops-new")}</a>
        </div>
        <section aria-labelledby="workshops-latest">
            <h2 id="workshops-latest">{move || t("workshops-latest")}</h2>
            {move || match list.get() {
                None => view! { <p>{t("loading")}</p> }.into_any(),
                Some(Err(e)) => view! { <p class="error-text">{error_text(&e)}</p> }.into_any(),
                Some(Ok(all)) if all.is_empty() => view! { <p>{t("workshops-none")}</p> }.into_any(),
                Some(Ok(all)) => view! {
                    <ul class="session-list">
                        {all.into_iter().map(|w| {
                            let count = w.workshop.participant_count();
                            let themes: Vec<String> = w.workshop.themes.iter().map(|th| t(th.label_id())).collect();
                            view! {
                                <li class="card">
                                    <h3>{w.workshop.title.clone()}</h3>
                                    <p>{civil_date(&w.workshop.date, &lang())}" · "
                                        {t_args("workshop-participants-count", &[("count", Value::from(count))])}</p>
                                    <p class="hint">{themes.join(", ")}</p>
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                }.into_any(),
            }}
        </section>
    }
}

/// Number inputs, one per value of a vocabulary, for the anonymous participants.
#[component]
fn CountFields(
    group: &'static str,
    legend: &'static str,
    counts: Vec<(&'static str, &'static str, RwSignal<String>)>,
    error: FormError,
    field: &'static str,
) -> impl IntoView {
    let has_error = Memo::new(move |_| {
        error.with(|e| e.as_ref().and_then(crate::form::field_of) == Some(field))
    });
    let err_id = format!("{group}-error");
    view! {
        <fieldset id=field class:field-invalid=move || has_error.get()
            aria-describedby=move || has_error.get().then(|| format!("{group}-error"))>
            <legend>{move || t(legend)}</legend>
            <div class="count-fields">
                {counts.into_iter().map(|(code, label, value)| {
                    let id = format!("{group}-{code}");
                    view! {
                        <div class="count-field">
                            <label for=id.clone()>{move || t(label)}</label>
                            <input type="text" inputmode="numeric" maxlength="3" id=id
                                prop:value=move || value.get()
                                on:input=move |ev| value.set(event_target_value(&ev))/>
                        </div>
                    }
                }).collect_view()}
            </div>
            <p class="field-error" id=err_id hidden=move || !has_error.get()>
                {move || error.with(|e| e.as_ref().filter(|e| crate::form::field_of(e) == Some(field)).map(error_text))}
            </p>
        </fieldset>
    }
}

fn counts<T: Copy>(
    all: &[T],
    code: fn(T) -> &'static str,
    label: fn(T) -> &'static str,
) -> Vec<(&'static str, &'static str, RwSignal<String>)> {
    all.iter()
        .map(|v| (code(*v), label(*v), RwSignal::new(String::new())))
        .collect()
}

fn read_counts<T>(
    fields: &[(&'static str, &'static str, RwSignal<String>)],
    parse: fn(&str) -> Option<T>,
    field: &'static str,
) -> Result<Vec<(T, u16)>, ApiError> {
    let mut out = Vec::new();
    for (code, _, v) in fields {
        let text = v.get_untracked();
        let text = text.trim();
        if text.is_empty() {
            continue;
        }
        let n = text
            .parse::<u16>()
            .map_err(|_| crate::form::local_error(field, fluent_id!("workshop-count-invalid")))?;
        if let Some(k) = parse(code) {
            out.push((k, n));
        }
    }
    Ok(out)
}

#[component]
pub fn WorkshopNewPage() -> impl IntoView {
    let title = RwSignal::new(String::new());
    let level = RwSignal::new(String::new());
    let date = RwSignal::new(today_civil());
    let duration = RwSignal::new("120".to_owned());
    let custom = RwSignal::new(String::new());
    let place = RwSignal::new(String::new());
    let themes = RwSignal::new(Vec::<String>::new());
    let tags = RwSignal::new(Vec::<String>::new());
    let anonymous = RwSignal::new(String::new());
    let notes = RwSignal::new(String::new());
    let by_gender = counts(Gender::ALL, Gender::code, Gender::label_id);
    let by_age = counts(AgeBracket::ALL, AgeBracket::code, AgeBracket::label_id);
    let by_status = counts(
        SocialStatus::ALL,
        SocialStatus::code,
        SocialStatus::label_id,
    );
    let participants = RwSignal::new(Vec::<PersonCard>::new());
    let query = RwSignal::new(String::new());
    let found = RwSignal::new(Vec::<PersonCard>::new());
    let places = RwSignal::new(Vec::<PlaceView>::new());
    let all_tags = RwSignal::new(Vec::<TagView>::new());
    let error: FormError = RwSignal::new(None);
    let busy = RwSignal::new(false);

    crate::form::load_places_and_tags(places, all_tags, place);
    let asked = RwSignal::new(0u64);
    let search = move |q: String| {
        let n = asked.get_untracked() + 1;
        asked.set(n);
        if q.trim().is_empty() {
            found.set(Vec::new());
            return;
        }
        spawn_local(async move {
            if let Ok(r) = ipc::search_people(&q).await {
                if asked.get_untracked() == n {
                    found.set(r);
                }
            }
        });
    };

    let input = {
        let (by_gender, by_age, by_status) = (by_gender.clone(), by_age.clone(), by_status.clone());
        move || -> Result<WorkshopInput, ApiError> {
            let minutes = match duration.get_untracked().as_str() {
                "other" => custom.get_untracked(),
                preset => preset.to_owned(),
            };
            let duration_min = minutes.trim().parse::<u16>().map_err(|_| {
                crate::form::local_error("duration", fluent_id!("session-duration-invalid"))
            })?;
            let anon = anonymous.get_untracked();
            let anonymous = if anon.trim().is_empty() {
                0
            } else {
                anon.trim().parse::<u16>().map_err(|_| {
                    crate::form::local_error("anonymous", fluent_id!("workshop-count-invalid"))
                })?
            };
            Ok(WorkshopInput {
                title: title.get_untracked(),
                level: WorkshopLevel::parse(&level.get_untracked()),
                date: date.get_untracked(),
                duration_min,
                place: Some(place.get_untracked()).filter(|p| !p.is_empty()),
                themes: themes
                    .get_untracked()
                    .iter()
                    .filter_map(|c| Theme::parse(c))
                    .collect(),
                tags: tags.get_untracked(),
                participants: participants
                    .get_untracked()
                    .into_iter()
                    .map(|p| p.id)
                    .collect(),
                anonymous,
                anonymous_by_gender: read_counts(&by_gender, Gender::parse, "anonymous_by_gender")?,
                anonymous_by_age: read_counts(&by_age, AgeBracket::parse, "anonymous_by_age")?,
                anonymous_by_status: read_counts(
                    &by_status,
                    SocialStatus::parse,
                    "anonymous_by_status",
                )?,
                notes: notes.get_untracked(),
            })
        }
    };
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let w = match input() {
            Ok(w) => w,
            Err(e) => {
                error.set(Some(e));
                crate::form::focus_error_summary("workshop-errors");
                return;
            }
        };
        submit_form(
            busy,
            error,
            "workshop-errors",
            async move { ipc::add_workshop(&AddWorkshopRequest { workshop: w }).await },
            |_| {
                if let Some(win) = web_sys::window() {
                    let _ = win.location().set_hash(Route::Workshops.href());
                }
            },
        );
    };
    let durations: Options = vec![
        ("60", fluent_id!("duration-60")),
        ("90", fluent_id!("duration-90")),
        ("120", fluent_id!("duration-120")),
        ("other", fluent_id!("duration-other")),
    ];

    view! {
        <h1 tabindex="-1">{move || t("workshop-new-heading")}</h1>
        <ErrorSummary id="workshop-errors" error=error/>
        <form class="card" on:submit=submit novalidate aria-busy=move || busy.get().then_some("true")>
            <TextField id="title" label=fluent_id!("workshop-title") value=title error=error
                required=true autocomplete="off"/>
            <RadioChoices group="level" legend=fluent_id!("workshop-level")
                options=vocab_options(WorkshopLevel::ALL, WorkshopLevel::code, WorkshopLevel::label_id)
                value=level error=error field="level" inline=true/>
            <TextField id="date" label=fluent_id!("session-date") value=date error=error
                input_type="date" required=true/>
            <RadioChoices group="duration" legend=fluent_id!("session-duration-legend")
                options=durations value=duration error=error field="duration" inline=true/>
            {move || (duration.get() == "other").then(|| view! {
                <TextField id="custom_duration" label=fluent_id!("session-duration-minutes")
                    value=custom error=error inputmode="numeric" maxlength=3
                    fields=vec!["duration".to_owned()]/>
            })}
            <PlaceSelect places=places value=place/>
            <CheckChoices group="themes" legend=fluent_id!("session-themes")
                options=vocab_options(Theme::ALL, Theme::code, Theme::label_id)
                value=themes error=error field="themes"/>
            <TagChoices tags=all_tags value=tags/>
            <fieldset id="participants">
                <legend>{move || t("workshop-participants")}</legend>
                <div class="field">
                    <label for="participant-search">{move || t("workshop-add-person")}</label>
                    <input type="search" id="participant-search" autocomplete="off"
                        prop:value=move || query.get()
                        on:input=move |ev| { let v = event_target_value(&ev); query.set(v.clone()); search(v); }/>
                </div>
                <ul class="person-list">
                    {move || found.get().into_iter()
                        .filter(|p| !participants.with(|v| v.iter().any(|x| x.id == p.id)))
                        .map(|p| {
                            let name = display_name(&p.first_name, &p.last_name);
                            let label = t_args("workshop-add-named", &[("name", Value::from(name.clone()))]);
                            view! {
                                <li><button type="button" on:click=move |_| {
                                    participants.update(|v| v.push(p.clone()));
                                    query.set(String::new());
                                    found.set(Vec::new());
                                }>{label}</button></li>
                            }
                        }).collect_view()}
                </ul>
                <p id="participants-chosen" class="subheading">{move || t_args("workshop-participants-chosen", &[("count", Value::from(participants.with(Vec::len)))])}</p>
                <ul class="person-list" aria-labelledby="participants-chosen">
                    {move || participants.get().into_iter().map(|p| {
                        let name = display_name(&p.first_name, &p.last_name);
                        let label = t_args("workshop-remove-named", &[("name", Value::from(name.clone()))]);
                        let id = p.id.clone();
                        view! {
                            <li class="person-link"><span class="person-name">{name}</span>
                                <button type="button" class="link-button" on:click=move |_| {
                                    let id = id.clone();
                                    participants.update(|v| v.retain(|x| x.id != id));
                                }>{label}</button></li>
                        }
                    }).collect_view()}
                </ul>
            </fieldset>
            <TextField id="anonymous" label=fluent_id!("workshop-anonymous")
                hint=fluent_id!("workshop-anonymous-hint") value=anonymous error=error
                inputmode="numeric" maxlength=3 autocomplete="off"/>
            <CountFields group="anon-gender" legend=fluent_id!("workshop-by-gender") counts=by_gender
                error=error field="anonymous_by_gender"/>
            <CountFields group="anon-age" legend=fluent_id!("workshop-by-age") counts=by_age
                error=error field="anonymous_by_age"/>
            <CountFields group="anon-status" legend=fluent_id!("workshop-by-status") counts=by_status
                error=error field="anonymous_by_status"/>
            <div class="field">
                <label for="notes">{move || t("person-notes")}</label>
                <p class="hint hint-warning" id="workshop-notes-hint">{move || t("person-notes-warning")}</p>
                <textarea id="notes" rows="3" aria-describedby="workshop-notes-hint"
                    prop:value=move || notes.get()
                    on:input=move |ev| notes.set(event_target_value(&ev))></textarea>
            </div>
            <div class="actions">
                <button type="submit" class="primary">{move || t("workshop-save")}</button>
                <a class="button" href=Route::Workshops.href()>{move || t("session-cancel")}</a>
            </div>
        </form>
    }
}
