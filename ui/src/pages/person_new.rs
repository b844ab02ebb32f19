//! Register a person: named (first and last name at least) or anonymous (only what statistics
//! need). Before anything is written, records that may be the same person are shown, so the
//! mediator opens the existing one instead of making a duplicate.

use crate::form::{submit_form, vocab_options, ErrorSummary, FormError, RadioChoices, TextField};
use crate::i18n::t;
use crate::ipc;
use crate::pages::people::PersonList;
use crate::route::person_href;
use leptos::prelude::*;
use leptos::task::spawn_local;
use passerelle_api::people::{PersonCard, PersonInput, UpdatePersonRequest};
use passerelle_api::vocab::{Gender, SocialStatus};
use passerelle_locales::fluent_id;

/// A year of birth must have its four digits ("84" is refused here, before `core` could
/// take it for the year 84).
fn year_error() -> passerelle_api::ApiError {
    crate::form::local_error("birth_year", fluent_id!("person-birth-year-invalid"))
}

#[component]
pub fn PersonNewPage() -> impl IntoView {
    let anonymous = RwSignal::new(false);
    let first = RwSignal::new(String::new());
    let last = RwSignal::new(String::new());
    let year = RwSignal::new(String::new());
    let gender = RwSignal::new(String::new());
    let status = RwSignal::new(String::new());
    let commune = RwSignal::new(String::new());
    let postal = RwSignal::new(String::new());
    let insee = RwSignal::new(String::new());
    let phone = RwSignal::new(String::new());
    let email = RwSignal::new(String::new());
    let languages = RwSignal::new(String::new());
    let notes = RwSignal::new(String::new());
    let error: FormError = RwSignal::new(None);
    let busy = RwSignal::new(false);
    // Possible duplicates found for the form as it was when "Enregistrer" was pressed.
    let duplicates = RwSignal::new(None::<Vec<PersonCard>>);
    // Editing a record: the same form, filled with it, saved in place (no duplicate check).
    let editing = crate::route::hash_param("edit").filter(|e| !e.is_empty());
    if let Some(id) = editing.clone() {
        spawn_local(async move {
            if let Ok(v) = ipc::get_person(&id).await {
                let p = v.profile;
                anonymous.set(p.anonymous);
                first.set(p.first_name);
                last.set(p.last_name);
                year.set(p.birth_year.map(|y| y.to_string()).unwrap_or_default());
                gender.set(p.gender.map(|g| g.code().to_owned()).unwrap_or_default());
                status.set(
                    p.social_status
                        .map(|s| s.code().to_owned())
                        .unwrap_or_default(),
                );
                commune.set(p.commune);
                postal.set(p.postal_code);
                insee.set(p.insee_code);
                phone.set(p.phone);
                email.set(p.email);
                languages.set(p.languages.join(", "));
                notes.set(p.notes);
            }
        });
    }
    let is_edit = editing.is_some();
    let editing = RwSignal::new(editing);

    let input = move || -> Result<PersonInput, passerelle_api::ApiError> {
        let y = year.get_untracked();
        let y = y.trim();
        let birth_year = if y.is_empty() {
            None
        } else if y.len() == 4 {
            Some(y.parse::<u16>().map_err(|_| year_error())?)
        } else {
            return Err(year_error());
        };
        Ok(PersonInput {
            anonymous: anonymous.get_untracked(),
            first_name: first.get_untracked(),
            last_name: last.get_untracked(),
            birth_year,
            gender: Gender::parse(&gender.get_untracked()),
            social_status: SocialStatus::parse(&status.get_untracked()),
            commune: commune.get_untracked(),
            postal_code: postal.get_untracked(),
            insee_code: insee.get_untracked(),
            languages: languages
                .get_untracked()
                .split([',', ' '])
                .filter(|l| !l.is_empty())
                .map(str::to_owned)
                .collect(),
            phone: phone.get_untracked(),
            email: email.get_untracked(),
            notes: notes.get_untracked(),
        })
    };
    let save = move |p: PersonInput| {
        let editing = editing.get_untracked();
        submit_form(
            busy,
            error,
            "person-errors",
            async move {
                match editing {
                    Some(id) => ipc::update_person(&UpdatePersonRequest {
                        id: id.clone(),
                        person: p,
                    })
                    .await
                    .map(|()| id),
                    None => ipc::add_person(&p).await,
                }
            },
            |id: String| {
                if let Some(w) = web_sys::window() {
                    let _ = w.location().set_hash(&person_href(&id));
                }
            },
        );
    };
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let p = match input() {
            Ok(p) => p,
            Err(e) => {
                error.set(Some(e));
                crate::form::focus_error_summary("person-errors");
                return;
            }
        };
        // Already shown: this press means "no, it is someone else".
        if duplicates.get_untracked().is_some() || p.anonymous || is_edit {
            save(p);
            return;
        }
        let probe = p.clone();
        submit_form(
            busy,
            error,
            "person-errors",
            async move { ipc::possible_duplicates(&probe).await },
            move |found: Vec<PersonCard>| {
                if found.is_empty() {
                    save(p);
                } else {
                    duplicates.set(Some(found));
                    crate::form::focus_error_summary("person-duplicates");
                }
            },
        );
    };
    // Any change to the names asks again.
    Effect::new(move |_| {
        first.track();
        last.track();
        phone.track();
        email.track();
        duplicates.set(None);
    });

    let genders = vocab_options(Gender::ALL, Gender::code, Gender::label_id);
    let statuses = vocab_options(
        SocialStatus::ALL,
        SocialStatus::code,
        SocialStatus::label_id,
    );

    view! {
        <h1 tabindex="-1">{move || if is_edit { t("person-edit-heading") } else { t("person-new-heading") }}</h1>
        <p class="lead">{move || t("person-new-intro")}</p>
        <ErrorSummary id="person-errors" error=error/>
        {move || duplicates.get().map(|found| view! {
            <section class="notice notice-warning" id="person-duplicates" tabindex="-1"
                aria-labelledby="person-duplicates-heading">
                <h2 id="person-duplicates-heading">{t("person-duplicates-heading")}</h2>
                <p>{t("person-duplicates-text")}</p>
                <PersonList people=found labelled_by="person-duplicates-heading"/>
            </section>
        })}
        <form class="card" on:submit=submit novalidate aria-busy=move || busy.get().then_some("true")>
            <div class="check">
                <input type="checkbox" id="person-anonymous" aria-describedby="person-anonymous-hint"
                    prop:checked=move || anonymous.get()
                    on:change=move |ev| anonymous.set(event_target_checked(&ev))/>
                <label for="person-anonymous">{move || t("person-anonymous-label")}</label>
                <p class="hint" id="person-anonymous-hint">{move || t("person-anonymous-hint")}</p>
            </div>
            {move || (!anonymous.get()).then(|| view! {
                <div class="field-row">
                    <TextField id="first_name" label=fluent_id!("person-first-name") value=first
                        error=error autocomplete="off"/>
                    <TextField id="last_name" label=fluent_id!("person-last-name") value=last
                        error=error autocomplete="off"/>
                </div>
            })}
            <TextField id="birth_year" label=fluent_id!("person-birth-year")
                hint=fluent_id!("person-birth-year-hint") value=year error=error
                inputmode="numeric" maxlength=4 autocomplete="off"/>
            <RadioChoices group="gender" legend=fluent_id!("person-gender") options=genders
                value=gender error=error field="gender" inline=true/>
            <RadioChoices group="social_status" legend=fluent_id!("person-status") options=statuses
                value=status error=error field="social_status" inline=true/>
            <fieldset>
                <legend>{move || t("person-residence")}</legend>
                <div class="field-row">
                    <TextField id="commune" label=fluent_id!("place-commune-label") value=commune error=error
                        autocomplete="off"/>
                    <TextField id="postal_code" label=fluent_id!("place-postal-code-label") value=postal
                        error=error inputmode="numeric" maxlength=5 autocomplete="off"/>
                    <TextField id="insee_code" label=fluent_id!("place-insee-label") value=insee
                        error=error maxlength=5 autocomplete="off"/>
                </div>
            </fieldset>
            {move || (!anonymous.get()).then(|| view! {
                <div class="field-row">
                    <TextField id="phone" label=fluent_id!("person-phone") value=phone error=error
                        input_type="tel" autocomplete="off" dir_ltr=true/>
                    <TextField id="email" label=fluent_id!("person-email") value=email error=error
                        input_type="email" autocomplete="off" dir_ltr=true/>
                </div>
            })}
            <TextField id="languages" label=fluent_id!("person-languages")
                hint=fluent_id!("person-languages-hint") value=languages error=error
                autocomplete="off" dir_ltr=true/>
            <div class="field">
                <label for="notes">{move || t("person-notes")}</label>
                <p class="hint hint-warning" id="person-notes-hint">{move || t("person-notes-warning")}</p>
                <textarea id="notes" rows="3" aria-describedby="person-notes-hint"
                    prop:value=move || notes.get()
                    on:input=move |ev| notes.set(event_target_value(&ev))></textarea>
            </div>
            <div class="actions">
                <button type="submit" class="primary">
                    {move || if is_edit { t("person-save-changes") } else if duplicates.with(Option::is_some) { t("person-save-anyway") } else { t("person-save") }}
                </button>
            </div>
        </form>
    }
}
