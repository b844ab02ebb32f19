//! Import and export, for coordinators: people from a spreadsheet (CSV, XLSX), past activities
//! from the national activity tool's XLSX export — all or nothing, every problem listed with
//! its row and column, progress shown — and the sessions exported in the national column
//! order (XLSX or CSV) to a file the user chooses.

use crate::form::{submit_form, today_civil, ErrorSummary, FormError, RadioChoices, TextField};
use crate::i18n::{t, t_args, Msg};
use crate::ipc;
use leptos::prelude::*;
use leptos::task::spawn_local;
use passerelle_api::exchange::{
    ExportFileNameRequest, ExportFormat, ExportSessionsRequest, ImportKind, ImportOutcome,
    ImportProgress, ImportStage, SessionsFilter,
};
use passerelle_api::store::{ChooseExportPathRequest, PlaceView};
use passerelle_api::vocab::ActivityType;
use passerelle_locales::{fluent_id, Value};
use wasm_bindgen::JsCast;

#[component]
pub fn ExchangePage() -> impl IntoView {
    let progress = RwSignal::new(None::<ImportProgress>);
    ipc::on_import_progress(move |p| {
        let _ = progress.try_set(Some(p));
    });
    on_cleanup(ipc::stop_import_progress);
    view! {
        <h1 tabindex="-1">{move || t("exchange-heading")}</h1>
        <p class="lead">{move || t("exchange-intro")}</p>
        <ImportSection kind=ImportKind::People progress=progress/>
        <ImportSection kind=ImportKind::Activities progress=progress/>
        <ExportSection/>
    }
}

/// The picked file's name and bytes.
async fn read_file(input_id: &str) -> Option<(String, js_sys::Uint8Array)> {
    let input = web_sys::window()?
        .document()?
        .get_element_by_id(input_id)?
        .dyn_into::<web_sys::HtmlInputElement>()
        .ok()?;
    let file = input.files()?.get(0)?;
    let buf = wasm_bindgen_futures::JsFuture::from(file.array_buffer())
        .await
        .ok()?;
    Some((file.name(), js_sys::Uint8Array::new(&buf)))
}

#[component]
fn ImportSection(kind: ImportKind, progress: RwSignal<Option<ImportProgress>>) -> impl IntoView {
    let (prefix, heading, intro, columns) = match kind {
        ImportKind::People => (
            "people",
            fluent_id!("exchange-import-people-heading"),
            fluent_id!("exchange-import-people-intro"),
            fluent_id!("exchange-import-people-columns"),
        ),
        ImportKind::Activities => (
            "activities",
            fluent_id!("exchange-import-activities-heading"),
            fluent_id!("exchange-import-activities-intro"),
            fluent_id!("exchange-import-activities-columns"),
        ),
    };
    let input_id = format!("import-{prefix}-file");
    let summary_id: &'static str = match kind {
        ImportKind::People => "import-people-errors",
        ImportKind::Activities => "import-activities-errors",
    };
    let heading_id = format!("import-{prefix}");
    let error: FormError = RwSignal::new(None);
    let busy = RwSignal::new(false);
    let outcome = RwSignal::new(None::<ImportOutcome>);
    let missing = RwSignal::new(false);
    let submit = {
        let input_id = input_id.clone();
        move |ev: leptos::ev::SubmitEvent| {
            ev.prevent_default();
            if busy.get_untracked() {
                return;
            }
            let input_id = input_id.clone();
            missing.set(false);
            outcome.set(None);
            error.set(None);
            busy.set(true);
            progress.set(None);
            spawn_local(async move {
                let Some((name, bytes)) = read_file(&input_id).await else {
                    busy.set(false);
                    missing.set(true);
                    crate::form::focus_id(&input_id);
                    return;
                };
                let r = ipc::import_file(kind, &name, &bytes).await;
                busy.set(false);
                progress.set(None);
                match r {
                    Ok(o) => {
                        outcome.set(Some(o));
                        crate::form::focus_error_summary(summary_id);
                    }
                    Err(e) => {
                        error.set(Some(e));
                        crate::form::focus_error_summary(summary_id);
                    }
                }
            });
        }
    };
    let progress_text = move || {
        progress.get().map(|p| {
            let id = match p.stage {
                ImportStage::Validating => "exchange-progress-checking",
                ImportStage::Writing => "exchange-progress-writing",
            };
            t_args(
                id,
                &[
                    ("done", Value::from(p.done)),
                    ("total", Value::from(p.total)),
                ],
            )
        })
    };
    view! {
        <section class="card" aria-labelledby=heading_id.clone()>
            <h2 id=heading_id.clone()>{move || t(heading)}</h2>
            <p>{move || t(intro)}</p>
            <p class="hint">{move || t(columns)}</p>
            <form on:submit=submit novalidate>
                <ErrorSummary id=summary_id error=error/>
                <div class="field" class:field-invalid=move || missing.get()>
                    <label for=input_id.clone()>{move || t("exchange-file-label")}</label>
                    <p class="hint" id=format!("{input_id}-hint")>{move || t("exchange-file-hint")}</p>
                    <input type="file" id=input_id.clone() accept=".csv,.txt,.xlsx,.xlsm"
                        aria-describedby=format!("{input_id}-hint {input_id}-error")
                        aria-invalid=move || missing.get().then_some("true")/>
                    <p class="field-error" id=format!("{input_id}-error") hidden=move || !missing.get()>
                        {move || missing.get().then(|| t("exchange-file-missing"))}
                    </p>
                </div>
                <div class="actions">
                    <button type="submit" class="primary" aria-disabled=move || busy.get().then_some("true")>
                        {move || t("exchange-import-button")}</button>
                </div>
                <div role="status" class="import-progress">
                    {move || busy.get().then(|| view! {
                        <p>{progress_text().unwrap_or_else(|| t("exchange-progress-reading"))}</p>
                        {move || progress.get().map(|p| view! {
                            <progress max=p.total.max(1) value=p.done aria-hidden="true"></progress>
                        })}
                    })}
                </div>
            </form>
            {move || outcome.get().map(|o| view! { <ImportResult o=o summary_id=summary_id/> })}
        </section>
    }
}

#[component]
fn ImportResult(o: ImportOutcome, summary_id: &'static str) -> impl IntoView {
    match o {
        ImportOutcome::Imported { counts } => view! {
            <div class="notice notice-status" id=summary_id tabindex="-1" role="status">
                <p><strong>{move || t("exchange-imported-heading")}</strong></p>
                <ul>
                    <li>{move || t_args("exchange-imported-rows", &[("count", Value::from(counts.rows))])}</li>
                    <li>{move || t_args("exchange-imported-people", &[
                        ("created", Value::from(counts.people_created)),
                        ("matched", Value::from(counts.people_matched)),
                    ])}</li>
                    {(counts.activities > 0).then(|| view! {
                        <li>{move || t_args("exchange-imported-activities", &[
                            ("activities", Value::from(counts.activities)),
                            ("sessions", Value::from(counts.individual_sessions)),
                            ("workshops", Value::from(counts.workshops)),
                            ("accompaniments", Value::from(counts.accompaniments)),
                        ])}</li>
                    })}
                    {(counts.already_present > 0).then(|| view! {
                        <li>{move || t_args("exchange-imported-skipped", &[("count", Value::from(counts.already_present))])}</li>
                    })}
                </ul>
            </div>
        }
        .into_any(),
        ImportOutcome::Problems {
            problems,
            more_problems,
            rows,
        } => {
            let n = problems.len() as u64 + more_problems;
            view! {
                <div class="error-summary" id=summary_id tabindex="-1" role="alert">
                    <h3>{move || t_args("exchange-problems-heading", &[("count", Value::from(n)), ("rows", Value::from(rows))])}</h3>
                    <p>{move || t("exchange-problems-intro")}</p>
                    <table class="data-table">
                        <caption>{move || t("exchange-problems-caption")}</caption>
                        <thead><tr>
                            <th scope="col">{move || t("exchange-col-row")}</th>
                            <th scope="col">{move || t("exchange-col-column")}</th>
                            <th scope="col">{move || t("exchange-col-problem")}</th>
                        </tr></thead>
                        <tbody>
                            {problems.into_iter().map(|p| {
                                let row = match &p.sheet {
                                    Some(s) => format!("{s} · {}", p.row),
                                    None => p.row.to_string(),
                                };
                                let column = p.column.clone().unwrap_or_default();
                                let id = p.problem.clone();
                                view! {
                                    <tr>
                                        <th scope="row">{row}</th>
                                        <td>{column}</td>
                                        <td>{move || t(&id)}</td>
                                    </tr>
                                }
                            }).collect_view()}
                        </tbody>
                    </table>
                    {(more_problems > 0).then(|| view! {
                        <p>{move || t_args("exchange-more-problems", &[("count", Value::from(more_problems))])}</p>
                    })}
                </div>
            }
            .into_any()
        }
    }
}

#[component]
fn ExportSection() -> impl IntoView {
    let year_start = {
        let today = today_civil();
        format!("{}-01-01", &today[..4])
    };
    let from = RwSignal::new(year_start);
    let to = RwSignal::new(today_civil());
    let place = RwSignal::new(String::new());
    let kind = RwSignal::new(String::new());
    let format = RwSignal::new("xlsx".to_owned());
    let places = RwSignal::new(Vec::<PlaceView>::new());
    let error: FormError = RwSignal::new(None);
    let busy = RwSignal::new(false);
    let status = RwSignal::new(None::<Msg>);
    spawn_local(async move {
        if let Ok(s) = ipc::get_settings().await {
            places.set(s.places);
        }
    });
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let filter = SessionsFilter {
            from: Some(from.get_untracked()).filter(|s| !s.is_empty()),
            to: Some(to.get_untracked()).filter(|s| !s.is_empty()),
            place: Some(place.get_untracked()).filter(|s| !s.is_empty()),
            mediator: None,
            activity_type: ActivityType::parse(&kind.get_untracked()),
        };
        let fmt = if format.get_untracked() == "csv" {
            ExportFormat::Csv
        } else {
            ExportFormat::Xlsx
        };
        submit_form(
            busy,
            error,
            "export-errors",
            async move {
                let default_name = ipc::export_sessions_file_name(&ExportFileNameRequest {
                    format: fmt,
                    filter: filter.clone(),
                })
                .await?;
                let Some(path) =
                    ipc::choose_export_path(&ChooseExportPathRequest { default_name }).await?
                else {
                    return Ok(None);
                };
                ipc::export_sessions(&ExportSessionsRequest {
                    format: fmt,
                    filter,
                    path,
                })
                .await
                .map(Some)
            },
            move |done| {
                if let Some(s) = done {
                    status.set(Some(Msg::t("exchange-exported").num("rows", s.rows as f64)));
                }
            },
        );
    };
    let formats: crate::form::Options = vec![
        ("xlsx", fluent_id!("exchange-format-xlsx")),
        ("csv", fluent_id!("exchange-format-csv")),
    ];
    view! {
        <section class="card" aria-labelledby="export-sessions">
            <h2 id="export-sessions">{move || t("exchange-export-heading")}</h2>
            <p>{move || t("exchange-export-intro")}</p>
            <form on:submit=submit novalidate>
                <ErrorSummary id="export-errors" error=error/>
                <div class="field-row">
                    <TextField id="export_from" fields=vec!["from".into()] label="exchange-export-from"
                        value=from error=error input_type="date"/>
                    <TextField id="export_to" fields=vec!["to".into()] label="exchange-export-to"
                        value=to error=error input_type="date"/>
                </div>
                {move || (places.with(|p| p.len() > 1)).then(|| view! {
                    <div class="field">
                        <label for="export_place">{t("exchange-export-place")}</label>
                        <select id="export_place" prop:value=move || place.get()
                            on:change=move |ev| place.set(event_target_value(&ev))>
                            <option value="">{t("exchange-export-all-places")}</option>
                            {places.get().into_iter().map(|p| view! {
                                <option value=p.id.clone()>{p.place.name.clone()}</option>
                            }).collect_view()}
                        </select>
                    </div>
                })}
                <div class="field">
                    <label for="export_type">{move || t("exchange-export-type")}</label>
                    <select id="export_type" prop:value=move || kind.get()
                        on:change=move |ev| kind.set(event_target_value(&ev))>
                        <option value="">{move || t("exchange-export-all-types")}</option>
                        {ActivityType::ALL.iter().map(|a| {
                            let a = *a;
                            view! { <option value=a.code()>{move || t(a.label_id())}</option> }
                        }).collect_view()}
                    </select>
                </div>
                <RadioChoices group="export_format" legend=fluent_id!("exchange-format-legend")
                    options=formats value=format error=error field="format" inline=true/>
                <p class="hint">{move || t("exchange-export-warning")}</p>
                <div class="actions">
                    <button type="submit" class="primary" aria-disabled=move || busy.get().then_some("true")>
                        {move || t("exchange-export-button")}</button>
                </div>
                <p role="status" class="notice notice-status">{move || status.get().map(|m| m.text())}</p>
            </form>
        </section>
    }
}
