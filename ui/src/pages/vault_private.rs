//! A person's private space in the vault: documents encrypted for the person alone, opened
//! only with the card they keep and their PIN. The trade-off is said plainly before anything
//! is created (a lost card loses the private documents: nobody, not even a coordinator, can
//! open them), the PIN is typed twice, and the card code is shown once, to print.

use crate::form::{ErrorSummary, FormError, TextField};
use crate::i18n::{t, Msg};
use crate::ipc;
use leptos::prelude::*;
use passerelle_api::vault::PrivateEnrolled;

/// The private space's section of the vault screen.
#[component]
pub fn PrivateSpace(
    person: String,
    enrolled: bool,
    status: RwSignal<Option<Msg>>,
    on_enrolled: Callback<()>,
) -> impl IntoView {
    let open_form = RwSignal::new(false);
    let card = RwSignal::new(None::<String>);
    view! {
        <section aria-labelledby="vault-private-heading" class="card vault-private">
            <h2 id="vault-private-heading">{move || t("vault-private-heading")}</h2>
            {move || match (crate::i18n::lang(), enrolled, card.get()) {
                (_, _, Some(code)) => view! { <CardCode code=code person=person.clone()/> }.into_any(),
                (_, true, None) => view! { <p>{t("vault-private-enrolled")}</p> }.into_any(),
                (_, false, None) => {
                    let person = person.clone();
                    view! {
                        <ul class="trade-off">
                            <li>{t("vault-private-what")}</li>
                            <li>{t("vault-private-staff")}</li>
                            <li><strong>{t("vault-private-lost")}</strong></li>
                        </ul>
                        {move || if open_form.get() {
                            view! { <EnrolForm person=person.clone() card=card status=status on_enrolled=on_enrolled/> }.into_any()
                        } else {
                            view! {
                                <button type="button" aria-expanded="false"
                                    on:click=move |_| open_form.set(true)>{t("vault-private-create")}</button>
                            }.into_any()
                        }}
                    }.into_any()
                }
            }}
        </section>
    }
}

#[component]
fn EnrolForm(
    person: String,
    card: RwSignal<Option<String>>,
    status: RwSignal<Option<Msg>>,
    on_enrolled: Callback<()>,
) -> impl IntoView {
    let pin = RwSignal::new(String::new());
    let pin2 = RwSignal::new(String::new());
    let understood = RwSignal::new(false);
    let error: FormError = RwSignal::new(None);
    let busy = RwSignal::new(false);
    let summary: &'static str = "vault-private-errors";
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if !understood.get_untracked() {
            error.set(Some(crate::form::local_error(
                "vault-private-understood",
                "vault-private-must-understand",
            )));
            crate::form::focus_error_summary(summary);
            return;
        }
        if pin.get_untracked() != pin2.get_untracked() {
            error.set(Some(crate::form::local_error(
                "vault-pin-again",
                "vault-pin-mismatch",
            )));
            crate::form::focus_error_summary(summary);
            return;
        }
        let (person, code) = (person.clone(), pin.get_untracked());
        crate::form::submit_form(
            busy,
            error,
            summary,
            async move { ipc::enrol_private_vault(&person, &code).await },
            move |e: PrivateEnrolled| {
                pin.set(String::new());
                pin2.set(String::new());
                card.set(Some(e.card_text.clone()));
                status.set(Some(Msg::t("vault-private-created")));
                on_enrolled.run(());
                crate::form::focus_id("vault-card-heading");
            },
        );
    };
    view! {
        <form on:submit=submit novalidate>
            <ErrorSummary id=summary error=error/>
            <TextField id="vault-pin" fields=vec!["vault-pin".into(), "pin".into()] label="vault-pin"
                value=pin error=error input_type="password" inputmode="numeric" autocomplete="off"
                hint="vault-pin-hint" maxlength=8 required=true dir_ltr=true/>
            <TextField id="vault-pin-again" label="vault-pin-again" value=pin2 error=error
                input_type="password" inputmode="numeric" autocomplete="off" maxlength=8 required=true dir_ltr=true/>
            <div class="check">
                <input type="checkbox" id="vault-private-understood" prop:checked=move || understood.get()
                    on:change=move |ev| understood.set(event_target_checked(&ev))/>
                <label for="vault-private-understood">{move || t("vault-private-understood")}</label>
            </div>
            <button type="submit" class="primary">{move || t("vault-private-submit")}</button>
        </form>
    }
}

/// The card code, shown once in large groups, with what to do now; the card itself (QR code,
/// the code, easy-to-read instructions) is made by `core`'s PDF module and printed from memory.
#[component]
fn CardCode(code: String, person: String) -> impl IntoView {
    let groups: Vec<String> = code.split('-').map(str::to_owned).collect();
    let printing = RwSignal::new(false);
    let error: FormError = RwSignal::new(None);
    let print_card = move |_| {
        if printing.get_untracked() {
            return;
        }
        printing.set(true);
        let (person, code) = (person.clone(), code.clone());
        leptos::task::spawn_local(async move {
            let result = match ipc::identity_card_pdf(&person, &code, &crate::i18n::lang()).await {
                Ok(pdf) => {
                    if crate::pages::viewer::print_pdf_bytes(&pdf).await {
                        Ok(())
                    } else {
                        Err(passerelle_api::ApiError::new(
                            passerelle_api::ErrorCode::Internal,
                        ))
                    }
                }
                Err(e) => Err(e),
            };
            printing.set(false);
            if let Err(e) = result {
                error.set(Some(e));
                crate::form::focus_error_summary("vault-card-errors");
            }
        });
    };
    view! {
        <div class="card-code">
            <h3 id="vault-card-heading" tabindex="-1">{move || t("vault-card-heading")}</h3>
            <p>{move || t("vault-card-once")}</p>
            <p class="card-code-text" dir="ltr" lang="zxx" id="vault-card-code">
                {groups.into_iter().map(|g| view! { <span class="card-code-group">{g}</span> " " }).collect_view()}
            </p>
            <ErrorSummary id="vault-card-errors" error=error/>
            <p class="no-print">
                <button type="button" class="primary" id="vault-card-print" on:click=print_card
                    aria-disabled=move || printing.get().then_some("true")>{move || t("vault-card-print")}</button>
            </p>
            <p class="hint">{move || t("vault-card-after")}</p>
        </div>
    }
}
