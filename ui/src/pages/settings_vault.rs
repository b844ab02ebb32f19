//! The vault's settings (coordinators change them): the space each person's documents may take
//! and how long before an expiry date a document is flagged on the record and on Today.

use crate::form::{submit_form, ErrorSummary, FormError, TextField};
use crate::i18n::{error_text, t, Msg};
use crate::ipc;
use leptos::prelude::*;
use leptos::task::spawn_local;
use passerelle_api::vault::VaultSettings;

#[component]
pub fn VaultSettingsSection(can_edit: bool, status: RwSignal<Option<Msg>>) -> impl IntoView {
    let quota = RwSignal::new(String::new());
    let window = RwSignal::new(String::new());
    let loaded = RwSignal::new(None::<Result<(), passerelle_api::ApiError>>);
    spawn_local(async move {
        loaded.set(Some(ipc::vault_settings().await.map(|v| {
            quota.set(v.quota_mb.to_string());
            window.set(v.expiry_window_days.to_string());
        })));
    });
    let error: FormError = RwSignal::new(None);
    let busy = RwSignal::new(false);
    let summary: &'static str = "vault-settings-errors";
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let (Ok(quota_mb), Ok(expiry_window_days)) = (
            quota.get_untracked().trim().parse::<u32>(),
            window.get_untracked().trim().parse::<u32>(),
        ) else {
            let field = if quota.get_untracked().trim().parse::<u32>().is_err() {
                "quota_mb"
            } else {
                "expiry_window_days"
            };
            error.set(Some(crate::form::local_error(
                field,
                "vault-settings-number",
            )));
            crate::form::focus_error_summary(summary);
            return;
        };
        let req = VaultSettings {
            quota_mb,
            expiry_window_days,
        };
        submit_form(
            busy,
            error,
            summary,
            async move { ipc::set_vault_settings(&req).await },
            move |()| {
                status.set(Some(Msg::t("vault-settings-saved")));
            },
        );
    };
    view! {
        <section class="card" aria-labelledby="vault-settings-heading">
            <h2 id="vault-settings-heading">{move || t("vault-settings-heading")}</h2>
            {move || match (crate::i18n::lang(), loaded.get()).1 {
                None => view! { <p>{t("loading")}</p> }.into_any(),
                Some(Err(e)) => view! { <p class="error-text">{error_text(&e)}</p> }.into_any(),
                Some(Ok(())) if !can_edit => view! {
                    <dl class="settings-values">
                        <dt>{t("vault-settings-quota-mb")}</dt><dd>{quota.get_untracked()}</dd>
                        <dt>{t("vault-settings-expiry-window-days")}</dt><dd>{window.get_untracked()}</dd>
                    </dl>
                }.into_any(),
                Some(Ok(())) => view! {
                    <form on:submit=submit novalidate>
                        <ErrorSummary id=summary error=error/>
                        <TextField id="quota_mb" label="vault-settings-quota-mb" value=quota error=error
                            inputmode="numeric" hint="vault-settings-quota-hint" required=true/>
                        <TextField id="expiry_window_days" label="vault-settings-expiry-window-days"
                            value=window error=error inputmode="numeric" hint="vault-settings-window-hint" required=true/>
                        <button type="submit" class="primary">{t("vault-settings-save")}</button>
                    </form>
                }.into_any(),
            }}
        </section>
    }
}
