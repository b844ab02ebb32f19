//! Export of chosen shared documents to a folder the user picks (a plaintext exit the user
//! asks for): the warning first, the choice of file names (neutral by default: the person's
//! name stays out of the folder), then the native folder dialog; `core` writes and journals.

use crate::form::{ErrorSummary, FormError};
use crate::i18n::{t, Msg};
use crate::ipc;
use leptos::prelude::*;
use passerelle_api::vault::ExportNames;

#[component]
pub fn ExportChosen(chosen: RwSignal<Vec<String>>, status: RwSignal<Option<Msg>>) -> impl IntoView {
    let original = RwSignal::new(false);
    let error: FormError = RwSignal::new(None);
    let busy = RwSignal::new(false);
    let summary: &'static str = "vault-export-errors";
    let export = move |_| {
        let ids = chosen.get_untracked();
        if ids.is_empty() {
            error.set(Some(crate::form::local_error(
                "vault-export-button",
                "vault-export-none",
            )));
            crate::form::focus_error_summary(summary);
            return;
        }
        let names = if original.get_untracked() {
            ExportNames::Original
        } else {
            ExportNames::Neutral
        };
        crate::form::submit_form(
            busy,
            error,
            summary,
            ipc::export_documents(ids, names),
            move |done| match done {
                Some(d) => {
                    status.set(Some(
                        Msg::t("vault-export-done")
                            .num("count", d.files.len() as f64)
                            .arg("folder", d.folder),
                    ));
                    chosen.set(Vec::new());
                }
                None => status.set(Some(Msg::t("vault-export-cancelled"))),
            },
        );
    };
    view! {
        <section class="card vault-export" aria-labelledby="vault-export-heading">
            <h3 id="vault-export-heading">{move || t("vault-export-heading")}</h3>
            <p class="notice notice-warning">{move || t("vault-export-warning")}</p>
            <ErrorSummary id=summary error=error/>
            <fieldset>
                <legend>{move || t("vault-export-names")}</legend>
                <ul class="choices">
                    <li>
                        <input type="radio" name="vault-export-names" id="vault-export-neutral"
                            prop:checked=move || !original.get() on:change=move |_| original.set(false)/>
                        <label for="vault-export-neutral">{move || t("vault-export-names-neutral")}</label>
                    </li>
                    <li>
                        <input type="radio" name="vault-export-names" id="vault-export-original"
                            prop:checked=move || original.get() on:change=move |_| original.set(true)/>
                        <label for="vault-export-original">{move || t("vault-export-names-original")}</label>
                    </li>
                </ul>
            </fieldset>
            <button type="button" id="vault-export-button" on:click=export
                aria-disabled=move || busy.get().then_some("true")>
                {move || crate::i18n::t_args("vault-export-button-label",
                    &[("count", passerelle_locales::Value::from(chosen.with(Vec::len)))])}
            </button>
        </section>
    }
}
