//! Find the person in front of you: search as you type (accents, case and one typo do not
//! matter), the people seen recently, or start with nobody: a new record, or an anonymous
//! session in two keystrokes.

use crate::i18n::{error_text, t, t_args, Msg};
use crate::ipc;
use crate::route::{new_session_href, person_href, Route};
use leptos::prelude::*;
use leptos::task::spawn_local;
use passerelle_api::people::PersonCard;
use passerelle_api::ApiError;
use passerelle_locales::Value;

/// "Lefèvre Hélène, 1984, Montreuil (93100)": what tells two homonyms apart.
fn card_details(p: &PersonCard) -> String {
    let mut parts = Vec::new();
    if let Some(y) = p.birth_year {
        parts.push(t_args("person-born", &[("year", Value::from(y))]));
    }
    match (p.commune.is_empty(), p.postal_code.is_empty()) {
        (false, false) => parts.push(format!("{} ({})", p.commune, p.postal_code)),
        (false, true) => parts.push(p.commune.clone()),
        (true, false) => parts.push(p.postal_code.clone()),
        (true, true) => {}
    }
    parts.join(" · ")
}

/// The person's name as lists show it: last name first, in capitals for the eye to find.
pub fn display_name(first: &str, last: &str) -> String {
    match (first.is_empty(), last.is_empty()) {
        (false, false) => format!("{} {first}", last.to_uppercase()),
        (true, false) => last.to_uppercase(),
        _ => first.to_owned(),
    }
}

/// A list of people as links to their record.
#[component]
pub fn PersonList(people: Vec<PersonCard>, labelled_by: &'static str) -> impl IntoView {
    view! {
        <ul class="person-list" aria-labelledby=labelled_by>
            {people.into_iter().map(|p| {
                let href = person_href(&p.id);
                let name = display_name(&p.first_name, &p.last_name);
                let details = card_details(&p);
                let approximate = p.approximate;
                view! {
                    <li>
                        <a href=href class="person-link">
                            <span class="person-name">{name}</span>
                            {(!details.is_empty()).then(|| view! { <span class="person-details">{details}</span> })}
                            {approximate.then(|| view! { <span class="person-approx">{move || t("people-approximate")}</span> })}
                        </a>
                    </li>
                }
            }).collect_view()}
        </ul>
    }
}

thread_local! {
    /// A confirmation to show once on the People screen (after an erasure sent us here).
    static FLASH: std::cell::RefCell<Option<Msg>> = const { std::cell::RefCell::new(None) };
}

/// Shows `msg` in the People screen's status line the next time it opens.
pub fn set_flash(msg: Msg) {
    FLASH.with(|f| *f.borrow_mut() = Some(msg));
}

#[component]
pub fn PeoplePage() -> impl IntoView {
    let flash = RwSignal::new(FLASH.with(|f| f.borrow_mut().take()));
    let query = RwSignal::new(String::new());
    let results = RwSignal::new(None::<Result<Vec<PersonCard>, ApiError>>);
    let recent = RwSignal::new(None::<Result<Vec<PersonCard>, ApiError>>);
    spawn_local(async move { recent.set(Some(ipc::recent_people().await)) });
    // Answers can arrive out of order while typing: keep only the latest query's.
    let asked = RwSignal::new(0u64);
    let search = move |q: String| {
        let n = asked.get_untracked() + 1;
        asked.set(n);
        if q.trim().is_empty() {
            results.set(None);
            return;
        }
        spawn_local(async move {
            let r = ipc::search_people(&q).await;
            if asked.get_untracked() == n {
                results.set(Some(r));
            }
        });
    };

    view! {
        <h1 tabindex="-1">{move || t("people-heading")}</h1>
        <p role="status" class="notice notice-status">{move || flash.get().map(|m| m.text())}</p>
        <div class="card">
            <form role="search" aria-labelledby="people-search-label" on:submit=|ev: leptos::ev::SubmitEvent| ev.prevent_default()>
                <div class="field">
                    <label for="people-search" id="people-search-label">{move || t("people-search-label")}</label>
                    <p class="hint" id="people-search-hint">{move || t("people-search-hint")}</p>
                    <input type="search" id="people-search" autocomplete="off" spellcheck="false"
                        aria-describedby="people-search-hint"
                        prop:value=move || query.get()
                        on:input=move |ev| {
                            let v = event_target_value(&ev);
                            query.set(v.clone());
                            search(v);
                        }/>
                </div>
            </form>
            <div role="status" class="search-count">
                {move || results.with(|r| match r {
                    Some(Ok(found)) => t_args("people-found", &[("count", Value::from(found.len()))]),
                    _ => String::new(),
                })}
            </div>
            {move || match results.get() {
                Some(Ok(found)) if !found.is_empty() => view! {
                    <h2 id="people-results" class="visually-hidden">{t("people-results-heading")}</h2>
                    <PersonList people=found labelled_by="people-results"/>
                }.into_any(),
                Some(Ok(_)) => view! { <p>{t("people-none-found")}</p> }.into_any(),
                Some(Err(e)) => view! { <p class="error-text" role="alert">{error_text(&e)}</p> }.into_any(),
                None => ().into_any(),
            }}
        </div>
        <div class="actions">
            <a class="button primary" href=Route::PersonNew.href()>{move || t("people-new")}</a>
            <a class="button" href=new_session_href(None, false)>{move || t("people-anonymous-session")}</a>
        </div>
        <section aria-labelledby="people-recent">
            <h2 id="people-recent">{move || t("people-recent-heading")}</h2>
            {move || match recent.get() {
                None => view! { <p>{t("loading")}</p> }.into_any(),
                Some(Err(e)) => view! { <p class="error-text">{error_text(&e)}</p> }.into_any(),
                Some(Ok(list)) if list.is_empty() => view! { <p>{t("people-recent-empty")}</p> }.into_any(),
                Some(Ok(list)) => view! { <PersonList people=list labelled_by="people-recent"/> }.into_any(),
            }}
        </section>
    }
}
