//! Sign-in: pick your name from the staff list (or type it), give your passphrase. Errors are
//! translated; after repeated failures the waiting time is shown as a live countdown. The
//! forgotten-passphrase help explains the coordinator and recovery-key routes.

use crate::auth::use_auth;
use crate::form::{focus_error_summary, local_error, ErrorSummary, FormError, TextField};
use crate::i18n::{t, t_args};
use crate::ipc;
use leptos::prelude::*;
use leptos::task::spawn_local;
use passerelle_api::store::{RecoverySignInRequest, SecretText, SignInRequest, StaffRole};
use passerelle_api::ErrorCode;
use passerelle_locales::{fluent_id, Value};
use std::time::Duration;

pub fn role_label(r: StaffRole) -> String {
    t(match r {
        StaffRole::Coordinator => fluent_id!("role-coordinator"),
        StaffRole::Mediator => fluent_id!("role-mediator"),
        StaffRole::Volunteer => fluent_id!("role-volunteer"),
    })
}

const TYPED: &str = "typed";

#[component]
pub fn SignInPage() -> impl IntoView {
    let auth = use_auth();
    let staff = move || {
        auth.status
            .with(|s| {
                s.as_ref()
                    .and_then(|r| r.as_ref().ok())
                    .map(|s| s.staff.clone())
            })
            .unwrap_or_default()
    };
    let chosen = RwSignal::new(String::new());
    let typed = RwSignal::new(String::new());
    let pass = RwSignal::new(String::new());
    let error: FormError = RwSignal::new(None);
    let busy = RwSignal::new(false);
    // Seconds to wait before the next try, counted down on screen.
    let wait = RwSignal::new(0u64);
    let wait_over = RwSignal::new(false);

    if let Ok(h) = set_interval_with_handle(
        move || {
            let w = wait.get_untracked();
            if w > 0 {
                wait.set(w - 1);
                if w == 1 {
                    wait_over.set(true);
                    error.set(None);
                }
            }
        },
        Duration::from_secs(1),
    ) {
        on_cleanup(move || h.clear());
    }

    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if busy.get_untracked() || wait.get_untracked() > 0 {
            return;
        }
        let who = chosen.get_untracked();
        if who.is_empty() {
            error.set(Some(local_error(
                "staff",
                fluent_id!("sign-in-choose-name"),
            )));
            focus_error_summary("sign-in-errors");
            return;
        }
        let req = if who == TYPED {
            SignInRequest {
                staff_id: None,
                name: Some(typed.get_untracked()),
                passphrase: SecretText::new(pass.get_untracked()),
            }
        } else {
            SignInRequest {
                staff_id: Some(who),
                name: None,
                passphrase: SecretText::new(pass.get_untracked()),
            }
        };
        busy.set(true);
        wait_over.set(false);
        spawn_local(async move {
            match ipc::sign_in(&req).await {
                Ok(who) => {
                    pass.set(String::new());
                    auth.entered(who);
                }
                Err(e) => {
                    if e.code == ErrorCode::TooManyAttempts {
                        let secs = e
                            .args
                            .iter()
                            .find(|(k, _)| k == "seconds")
                            .and_then(|(_, v)| v.parse().ok())
                            .unwrap_or(0);
                        wait.set(secs);
                    }
                    pass.set(String::new());
                    error.set(Some(e));
                    focus_error_summary("sign-in-errors");
                }
            }
            busy.set(false);
        });
    };

    view! {
        <h1 tabindex="-1">{move || t("sign-in-heading")}</h1>
        <p class="lead">{move || t("sign-in-intro")}</p>
        <TrainingPassphrase/>
        <ErrorSummary id="sign-in-errors" error=error/>
        <p class="countdown" role="timer" aria-live="off" hidden=move || wait.get() == 0>
            {move || t_args("sign-in-wait", &[("seconds", Value::from(wait.get()))])}
        </p>
        <p role="status" class="visually-hidden">{move || wait_over.get().then(|| t("sign-in-wait-over"))}</p>
        <form class="card" on:submit=submit novalidate>
            <fieldset id="staff" tabindex="-1">
                <legend>{move || t("sign-in-who")}</legend>
                <ul class="choices">
                    {move || staff().into_iter().map(|s| {
                        let id = format!("staff-{}", s.id);
                        let value = s.id.clone();
                        let v2 = s.id.clone();
                        view! {
                            <li>
                                <input type="radio" name="staff" id=id.clone()
                                    prop:checked=move || chosen.get() == v2
                                    on:change=move |_| chosen.set(value.clone())/>
                                <label for=id>
                                    <span class="staff-name">{s.name.clone()}</span>
                                    <span class="staff-role">{role_label(s.role)}</span>
                                </label>
                            </li>
                        }
                    }).collect_view()}
                    <li>
                        <input type="radio" name="staff" id="staff-typed"
                            prop:checked=move || chosen.get() == TYPED
                            on:change=move |_| chosen.set(TYPED.to_owned())/>
                        <label for="staff-typed">{move || t("sign-in-other-name")}</label>
                    </li>
                </ul>
            </fieldset>
            {move || (chosen.get() == TYPED).then(|| view! {
                <TextField id="staff_name" label=fluent_id!("sign-in-name-label") value=typed
                    error=error autocomplete="username"/>
            })}
            <TextField id="passphrase" label=fluent_id!("sign-in-passphrase-label") value=pass
                error=error input_type="password" autocomplete="current-password"
                fields=vec!["passphrase".to_owned()]/>
            <div class="actions">
                <button type="submit" class="primary" aria-disabled=move || (busy.get() || wait.get() > 0).then_some("true")>
                    {move || if busy.get() { t("sign-in-opening") } else { t("sign-in-submit") }}
                </button>
            </div>
        </form>
        <ForgottenPassphrase/>
        <TrainingEntry/>
    }
}

/// The passphrase every staff member of the training store shares (its data is fictitious).
const TRAINING_PASSPHRASE: &str = "formation passerelle";

/// Inside the training space, the passphrase every fictitious staff member shares.
#[component]
fn TrainingPassphrase() -> impl IntoView {
    let info = crate::shell::use_info();
    move || {
        info.0
            .with(|i| matches!(i, Some(Ok(i)) if i.training))
            .then(|| {
                view! {
                    <p class="notice notice-info">{t_args("training-passphrase", &[("passphrase", Value::from(TRAINING_PASSPHRASE))])}</p>
                }
            })
    }
}

/// The way into the training space (not shown inside it).
#[component]
fn TrainingEntry() -> impl IntoView {
    let info = crate::shell::use_info();
    let training = move || info.0.with(|i| matches!(i, Some(Ok(i)) if i.training));
    let busy = RwSignal::new(false);
    let error: FormError = RwSignal::new(None);
    let open = move |_| {
        if busy.get_untracked() {
            return;
        }
        busy.set(true);
        spawn_local(async move {
            // On success the app relaunches on the training data: nothing more to do here.
            if let Err(e) = ipc::switch_training(true).await {
                error.set(Some(e));
                busy.set(false);
                focus_error_summary("training-errors");
            }
        });
    };
    view! {
        {move || (!training()).then(|| {
            view! {
                <section class="card" aria-labelledby="training-open">
                    <h2 id="training-open">{t("training-open-heading")}</h2>
                    <p>{t("training-open-intro")}</p>
                    <ErrorSummary id="training-errors" error=error/>
                    <p role="status">{move || busy.get().then(|| t("training-opening"))}</p>
                    <button type="button" on:click=open aria-disabled=move || busy.get().then_some("true")>
                        {t("training-open-button")}</button>
                </section>
            }
        })}
    }
}

/// What to do without a passphrase: ask a coordinator, or open with the recovery sheet.
#[component]
fn ForgottenPassphrase() -> impl IntoView {
    let auth = use_auth();
    let key = RwSignal::new(String::new());
    let error: FormError = RwSignal::new(None);
    let busy = RwSignal::new(false);
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if busy.get_untracked() {
            return;
        }
        let req = RecoverySignInRequest {
            recovery_key: SecretText::new(key.get_untracked()),
        };
        busy.set(true);
        spawn_local(async move {
            match ipc::sign_in_recovery(&req).await {
                Ok(who) => {
                    key.set(String::new());
                    auth.entered(who);
                    crate::route::go(crate::route::Route::Staff);
                }
                Err(e) => {
                    error.set(Some(e));
                    focus_error_summary("recovery-errors");
                }
            }
            busy.set(false);
        });
    };
    view! {
        <details class="card help">
            <summary>{move || t("forgotten-summary")}</summary>
            <p>{move || t("forgotten-ask-coordinator")}</p>
            <p>{move || t("forgotten-recovery-intro")}</p>
            <ErrorSummary id="recovery-errors" error=error/>
            <form on:submit=submit novalidate>
                <TextField id="recovery_key" label=fluent_id!("recovery-key-label")
                    hint=fluent_id!("recovery-key-hint") value=key error=error
                    input_type="password" dir_ltr=true autocomplete="off"/>
                <button type="submit">{move || t("recovery-submit")}</button>
            </form>
        </details>
    }
}
