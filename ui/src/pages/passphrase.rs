//! Change your own passphrase: required after signing in with a temporary one, available to
//! everyone from the header at any time.

use crate::auth::use_auth;
use crate::form::{
    focus_error_summary, local_error, strength_id, ErrorSummary, FormError, TextField,
};
use crate::i18n::t;
use crate::ipc;
use leptos::prelude::*;
use leptos::task::spawn_local;
use passerelle_api::store::{ChangePassphraseRequest, SecretText};
use passerelle_locales::fluent_id;

#[component]
pub fn PassphrasePage() -> impl IntoView {
    let auth = use_auth();
    let forced = move || auth.signed_in().is_some_and(|s| s.must_change_passphrase);
    let pass = RwSignal::new(String::new());
    let pass2 = RwSignal::new(String::new());
    let error: FormError = RwSignal::new(None);
    let busy = RwSignal::new(false);
    let saved = RwSignal::new(false);
    let strength = Signal::derive(move || t(strength_id(&pass.get())));

    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if busy.get_untracked() {
            return;
        }
        if pass.get_untracked() != pass2.get_untracked() {
            error.set(Some(local_error(
                "passphrase2",
                fluent_id!("passphrase-mismatch"),
            )));
            focus_error_summary("passphrase-errors");
            return;
        }
        let req = ChangePassphraseRequest {
            new_passphrase: SecretText::new(pass.get_untracked()),
        };
        busy.set(true);
        error.set(None);
        spawn_local(async move {
            match ipc::change_own_passphrase(&req).await {
                Ok(who) => {
                    pass.set(String::new());
                    pass2.set(String::new());
                    saved.set(true);
                    auth.entered(who);
                }
                Err(e) => {
                    error.set(Some(e));
                    focus_error_summary("passphrase-errors");
                }
            }
            busy.set(false);
        });
    };

    view! {
        <h1 tabindex="-1">{move || t("passphrase-heading")}</h1>
        {move || if forced() {
            view! { <p class="lead">{t("passphrase-forced-intro")}</p> }.into_any()
        } else {
            view! { <p class="lead">{t("passphrase-intro")}</p> }.into_any()
        }}
        <ErrorSummary id="passphrase-errors" error=error/>
        <p role="status" class="notice notice-status">{move || saved.get().then(|| t("passphrase-saved"))}</p>
        <form class="card" on:submit=submit novalidate aria-busy=move || busy.get().then_some("true")>
            <TextField id="passphrase" label=fluent_id!("passphrase-new-label")
                hint=fluent_id!("passphrase-advice") value=pass error=error
                input_type="password" autocomplete="new-password" required=true
                live_hint=strength/>
            <TextField id="passphrase2" label=fluent_id!("passphrase-repeat-label")
                value=pass2 error=error input_type="password" autocomplete="new-password"
                required=true/>
            <p class="hint">{move || t("passphrase-rekey-note")}</p>
            <div class="actions">
                <button type="submit" class="primary" aria-disabled=move || busy.get().then_some("true")>
                    {move || if busy.get() { t("working") } else { t("passphrase-submit") }}
                </button>
            </div>
            {move || busy.get().then(|| view! { <progress aria-label=t("working")></progress> })}
        </form>
    }
}
