//! Change your own passphrase: required after signing in with a temporary one, available to
//! everyone from the header at any time.

use crate::auth::use_auth;
use crate::form::{submit_form, ErrorSummary, FormError, NewPassphrase, NewPassphraseFields};
use crate::i18n::t;
use crate::ipc;
use leptos::prelude::*;
use passerelle_api::store::ChangePassphraseRequest;

#[component]
pub fn PassphrasePage() -> impl IntoView {
    let auth = use_auth();
    let forced = move || auth.signed_in().is_some_and(|s| s.must_change_passphrase);
    let pass = NewPassphrase::new();
    let error: FormError = RwSignal::new(None);
    let busy = RwSignal::new(false);
    let saved = RwSignal::new(false);

    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if busy.get_untracked() {
            return;
        }
        let Some(new_passphrase) = pass.checked(error, "passphrase-errors") else {
            return;
        };
        let req = ChangePassphraseRequest { new_passphrase };
        submit_form(
            busy,
            error,
            "passphrase-errors",
            async move { ipc::change_own_passphrase(&req).await },
            move |who| {
                pass.clear();
                saved.set(true);
                auth.entered(who);
            },
        );
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
            <NewPassphraseFields pair=pass error=error/>
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
