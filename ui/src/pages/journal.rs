//! The audit journal (coordinators): who did what and when, filtered by person, action and
//! period, page by page; the chain's integrity; export of the filtered rows as CSV (for a
//! request from the data-protection authority).

use crate::form::{ErrorSummary, FormError};
use crate::i18n::{error_text, lang, lang_untracked, t, t_args, Msg};
use crate::ipc;
use crate::pages::recovery_sheet::local_date_time;
use leptos::prelude::*;
use leptos::task::spawn_local;
use passerelle_api::store::{
    ChooseExportPathRequest, ExportJournalRequest, JournalPage as JournalRows, JournalQuery,
};
use passerelle_api::ApiError;
use passerelle_locales::Value;

/// Unix milliseconds of local midnight starting `date` (`YYYY-MM-DD`), plus `days`.
fn local_midnight_ms(date: &str, days: u32) -> Option<i64> {
    let mut it = date.split('-').map(|p| p.parse::<u32>().ok());
    let (y, m, d) = (it.next()??, it.next()??, it.next()??);
    let t = js_sys::Date::new_with_year_month_day(y, m as i32 - 1, (d + days) as i32).get_time();
    (!t.is_nan()).then_some(t as i64)
}

/// The label of an action code, or the code itself for an action this version does not name.
fn action_label(code: &str) -> String {
    let id = format!("journal-action-{}", code.replace(['.', '_'], "-"));
    let text = t(&id);
    if text == id {
        code.to_owned()
    } else {
        text
    }
}

fn actor_label(code: &str, name: Option<&str>) -> String {
    match (code, name) {
        (_, Some(n)) => n.to_owned(),
        ("recovery", _) => t("journal-actor-recovery"),
        ("system", _) => t("journal-actor-system"),
        _ => t("journal-actor-removed"),
    }
}

#[component]
pub fn JournalPage() -> impl IntoView {
    let actor = RwSignal::new(String::new());
    let action = RwSignal::new(String::new());
    let from = RwSignal::new(String::new());
    let to = RwSignal::new(String::new());
    let page = RwSignal::new(0u32);
    let result = RwSignal::new(None::<Result<JournalRows, ApiError>>);
    let error: FormError = RwSignal::new(None);
    let status = RwSignal::new(None::<Msg>);

    let query = move || JournalQuery {
        actor: Some(actor.get_untracked()).filter(|s| !s.is_empty()),
        action: Some(action.get_untracked()).filter(|s| !s.is_empty()),
        from_ms: local_midnight_ms(&from.get_untracked(), 0),
        to_ms: local_midnight_ms(&to.get_untracked(), 1),
        page: page.get_untracked(),
    };
    let load = move || {
        let q = query();
        spawn_local(async move { result.set(Some(ipc::journal_query(&q).await)) });
    };
    load();

    let filter = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        page.set(0);
        load();
    };
    let export = move |_| {
        let q = query();
        status.set(None);
        error.set(None);
        spawn_local(async move {
            let req = ChooseExportPathRequest {
                default_name: t("journal-export-file-name"),
            };
            let path = match ipc::choose_export_path(&req).await {
                Ok(Some(p)) => p,
                Ok(None) => return,
                Err(e) => return error.set(Some(e)),
            };
            let req = ExportJournalRequest {
                query: q,
                path,
                language: lang_untracked(),
            };
            match ipc::export_journal_csv(&req).await {
                Ok(n) => status.set(Some(Msg::t("journal-exported").num("count", n as f64))),
                Err(e) => error.set(Some(e)),
            }
        });
    };

    let options = move || {
        result.with(|r| {
            r.as_ref()
                .and_then(|r| r.as_ref().ok())
                .map(|p| (p.actors.clone(), p.actions.clone()))
        })
    };

    view! {
        <h1 tabindex="-1">{move || t("journal-heading")}</h1>
        <p class="lead">{move || t("journal-intro")}</p>
        <p role="status" class="notice notice-status">{move || status.get().map(|m| m.text())}</p>
        <ErrorSummary id="journal-errors" error=error/>
        <form class="card filters" on:submit=filter>
            <h2>{move || t("journal-filters-heading")}</h2>
            <div class="field-row">
                <div class="field">
                    <label for="journal-actor">{move || t("journal-filter-actor")}</label>
                    <select id="journal-actor" prop:value=move || actor.get()
                        on:change=move |ev| actor.set(event_target_value(&ev))>
                        <option value="">{move || t("journal-filter-all")}</option>
                        {move || options().map(|(actors, _)| actors.into_iter().map(|a| {
                            let label = actor_label(&a.code, a.name.as_deref());
                            view! { <option value=a.code.clone()>{label}</option> }
                        }).collect_view())}
                    </select>
                </div>
                <div class="field">
                    <label for="journal-action">{move || t("journal-filter-action")}</label>
                    <select id="journal-action" prop:value=move || action.get()
                        on:change=move |ev| action.set(event_target_value(&ev))>
                        <option value="">{move || t("journal-filter-all")}</option>
                        {move || options().map(|(_, actions)| actions.into_iter().map(|a| {
                            let label = action_label(&a);
                            view! { <option value=a.clone()>{label}</option> }
                        }).collect_view())}
                    </select>
                </div>
                <div class="field">
                    <label for="journal-from">{move || t("journal-filter-from")}</label>
                    <input type="date" id="journal-from" prop:value=move || from.get()
                        on:input=move |ev| from.set(event_target_value(&ev))/>
                </div>
                <div class="field">
                    <label for="journal-to">{move || t("journal-filter-to")}</label>
                    <input type="date" id="journal-to" prop:value=move || to.get()
                        on:input=move |ev| to.set(event_target_value(&ev))/>
                </div>
            </div>
            <div class="actions">
                <button type="submit" class="primary">{move || t("journal-filter-submit")}</button>
                <button type="button" on:click=export>{move || t("journal-export")}</button>
            </div>
        </form>
        {move || match result.get() {
            None => view! { <p>{t("loading")}</p> }.into_any(),
            Some(Err(e)) => view! { <p class="error-text">{error_text(&e)}</p> }.into_any(),
            Some(Ok(p)) => view! {
                <JournalTable rows=p current=page.get_untracked()
                    on_page=move |n| { page.set(n); load(); }/>
            }.into_any(),
        }}
    }
}

/// One page of rows, the chain's state and the pager.
#[component]
fn JournalTable(
    rows: JournalRows,
    current: u32,
    on_page: impl Fn(u32) + Copy + Send + Sync + 'static,
) -> impl IntoView {
    // A component body runs once: every text below is a closure so it follows the language.
    let JournalRows {
        rows,
        total,
        intact,
        ..
    } = rows;
    let pages = total.div_ceil(u64::from(JournalQuery::PAGE_SIZE)).max(1);
    view! {
        {move || if intact {
            view! { <p class="notice notice-status">{t("journal-intact")}</p> }.into_any()
        } else {
            view! { <p class="notice notice-error">{t("journal-broken")}</p> }.into_any()
        }}
        <table class="data-table">
            <caption>{move || t_args("journal-caption", &[
                ("count", Value::from(total)),
                ("page", Value::from(current + 1)),
                ("pages", Value::from(pages)),
            ])}</caption>
            <thead>
                <tr>
                    <th scope="col">{move || t("journal-col-seq")}</th>
                    <th scope="col">{move || t("journal-col-time")}</th>
                    <th scope="col">{move || t("journal-col-actor")}</th>
                    <th scope="col">{move || t("journal-col-action")}</th>
                    <th scope="col">{move || t("journal-col-record")}</th>
                </tr>
            </thead>
            <tbody>
                {rows.into_iter().map(|r| {
                    let record = r.record_id.map(|id| id.chars().take(13).collect::<String>()).unwrap_or_default();
                    let (actor, name, action) = (r.actor, r.actor_name, r.action);
                    view! {
                        <tr>
                            <th scope="row">{r.seq}</th>
                            <td>{move || local_date_time(r.at_ms, &lang())}</td>
                            <td>{move || actor_label(&actor, name.as_deref())}</td>
                            <td>{move || action_label(&action)}</td>
                            <td><code dir="ltr">{record}</code></td>
                        </tr>
                    }
                }).collect_view()}
            </tbody>
        </table>
        <nav class="pager" aria-label=move || t("journal-pages")>
            <button type="button" disabled=current == 0
                on:click=move |_| on_page(current.saturating_sub(1))>
                {move || t("journal-newer")}
            </button>
            <button type="button" disabled=u64::from(current) + 1 >= pages
                on:click=move |_| on_page(current + 1)>
                {move || t("journal-older")}
            </button>
        </nav>
    }
}
