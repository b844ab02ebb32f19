//! The recovery sheet step, after set-up and after a regeneration: the key on screen to print
//! through the system dialog, or saved as a PDF to a removable drive only, and the
//! coordinator's confirmation before going on (then the key leaves memory).

use crate::form::{ErrorSummary, FormError};
use crate::i18n::{error_text, t, t_args};
use crate::ipc;
use leptos::prelude::*;
use leptos::task::spawn_local;
use passerelle_api::store::{RecoverySheetView, RemovableDriveView, SaveRecoverySheetRequest};
use passerelle_api::ApiError;
use passerelle_locales::{fluent_id, Value};

fn print_page() {
    if let Some(w) = web_sys::window() {
        let _ = w.print();
    }
}

/// A date and time in the screen's language, from unix milliseconds.
pub fn local_date_time(ms: i64, lang: &str) -> String {
    let d = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(ms as f64));
    let opts = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&opts, &"dateStyle".into(), &"long".into());
    let _ = js_sys::Reflect::set(&opts, &"timeStyle".into(), &"short".into());
    d.to_locale_string(lang, &opts).into()
}

#[component]
pub fn RecoverySheetStep(#[prop(into)] on_done: Callback<()>) -> impl IntoView {
    let sheet = RwSignal::new(None::<Result<RecoverySheetView, ApiError>>);
    spawn_local(async move { sheet.set(Some(ipc::recovery_sheet().await)) });
    let drives = RwSignal::new(None::<Vec<RemovableDriveView>>);
    let chosen = RwSignal::new(String::new());
    let saved = RwSignal::new(None::<String>);
    let confirmed = RwSignal::new(false);
    let error: FormError = RwSignal::new(None);
    let busy = RwSignal::new(false);
    let confirm_missing = RwSignal::new(false);

    let look_for_drives = move || {
        spawn_local(async move {
            match ipc::removable_drives().await {
                Ok(d) => {
                    if let Some(first) = d.first() {
                        chosen.set(first.path.clone());
                    }
                    drives.set(Some(d));
                }
                Err(e) => error.set(Some(e)),
            }
        })
    };
    let save = move |_| {
        let drive = chosen.get_untracked();
        if drive.is_empty() {
            return;
        }
        busy.set(true);
        spawn_local(async move {
            let req = SaveRecoverySheetRequest {
                drive_path: drive,
                language: crate::i18n::lang_untracked(),
            };
            match ipc::save_recovery_sheet(&req).await {
                Ok(name) => {
                    saved.set(Some(name));
                    error.set(None);
                }
                Err(e) => error.set(Some(e)),
            }
            busy.set(false);
        })
    };
    let finish = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if !confirmed.get_untracked() {
            confirm_missing.set(true);
            crate::form::focus_error_summary("sheet-confirm");
            return;
        }
        spawn_local(async move {
            match ipc::confirm_recovery_sheet().await {
                Ok(()) => on_done.run(()),
                Err(e) => error.set(Some(e)),
            }
        })
    };

    view! {
        <h1 tabindex="-1">{move || t("sheet-heading")}</h1>
        <p class="lead">{move || t("sheet-intro")}</p>
        <ul class="bullets">
            <li>{move || t("sheet-rule-print")}</li>
            <li>{move || t("sheet-rule-safe")}</li>
            <li>{move || t("sheet-rule-no-photo")}</li>
        </ul>
        <ErrorSummary id="sheet-errors" error=error/>
        {move || sheet.with(|sheet| match sheet {
            None => view! { <p>{t("loading")}</p> }.into_any(),
            Some(Err(e)) => view! { <p class="error-text">{error_text(e)}</p> }.into_any(),
            Some(Ok(s)) => {
                let lang = crate::i18n::lang();
                view! {
                    <section class="card print-sheet" aria-labelledby="sheet-title">
                        <h2 id="sheet-title">{t("sheet-print-title")}</h2>
                        <dl class="facts">
                            <dt>{t("sheet-structure")}</dt>
                            <dd>{s.structure_name.clone()}</dd>
                            <dt>{t("sheet-created")}</dt>
                            <dd>{local_date_time(s.created_at_ms, &lang)}</dd>
                            <dt>{t("sheet-journal-head")}</dt>
                            <dd><code dir="ltr">{s.journal_head.clone()}</code></dd>
                        </dl>
                        <h3>{t("sheet-key-heading")}</h3>
                        <p class="recovery-key" dir="ltr" lang="en"><code>{s.key_grouped.expose().to_owned()}</code></p>
                        <div class="qr" role="img" aria-label=t("sheet-qr-label") inner_html=s.qr_svg.clone()></div>
                        <p class="hint">{t("sheet-how-to-use")}</p>
                    </section>
                }
                .into_any()
            }
        })}
        <section class="card no-print" aria-labelledby="sheet-print">
            <h2 id="sheet-print">{move || t("sheet-print-heading")}</h2>
            <p>{move || t("sheet-print-text")}</p>
            <button type="button" class="primary" on:click=move |_| print_page()>
                {move || t("sheet-print-button")}
            </button>
        </section>
        <section class="card no-print" aria-labelledby="sheet-usb">
            <h2 id="sheet-usb">{move || t("sheet-usb-heading")}</h2>
            <p class="warning">{move || t("sheet-usb-warning")}</p>
            <button type="button" on:click=move |_| look_for_drives()>
                {move || t("sheet-usb-find")}
            </button>
            {move || drives.get().map(|list| {
                if list.is_empty() {
                    view! { <p role="status">{t("sheet-usb-none")}</p> }.into_any()
                } else {
                    view! {
                        <fieldset>
                            <legend>{t("sheet-usb-choose")}</legend>
                            <ul class="choices">
                                {list.into_iter().enumerate().map(|(i, d)| {
                                    let id = format!("drive-{i}");
                                    let path = d.path.clone();
                                    let p2 = d.path.clone();
                                    view! {
                                        <li>
                                            <input type="radio" name="drive" id=id.clone()
                                                prop:checked=move || chosen.get() == p2
                                                on:change=move |_| chosen.set(path.clone())/>
                                            <label for=id>{d.label.clone()}" "<code dir="ltr">{d.path.clone()}</code></label>
                                        </li>
                                    }
                                }).collect_view()}
                            </ul>
                        </fieldset>
                        <button type="button" on:click=save disabled=move || busy.get()>
                            {t("sheet-usb-save")}
                        </button>
                    }
                    .into_any()
                }
            })}
            <p role="status">
                {move || saved.get().map(|n| t_args("sheet-usb-saved", &[("file", Value::from(n))]))}
            </p>
        </section>
        <form class="card no-print" on:submit=finish novalidate>
            <div class="check">
                <input type="checkbox" id="sheet-confirm"
                    aria-invalid=move || confirm_missing.get().then_some("true")
                    aria-describedby=move || confirm_missing.get().then_some("sheet-confirm-error")
                    prop:checked=move || confirmed.get()
                    on:change=move |ev| {
                        confirmed.set(event_target_checked(&ev));
                        confirm_missing.set(false);
                    }/>
                <label for="sheet-confirm">{move || t(fluent_id!("sheet-confirm-label"))}</label>
            </div>
            <p class="field-error" id="sheet-confirm-error" role="alert">
                {move || confirm_missing.get().then(|| t("sheet-confirm-missing"))}
            </p>
            <div class="actions">
                <button type="submit" class="primary">{move || t("sheet-continue")}</button>
            </div>
        </form>
    }
}
