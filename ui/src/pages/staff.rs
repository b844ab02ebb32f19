//! Staff (coordinators): the team list; add someone with a temporary passphrase; change a
//! role; hand out a new temporary passphrase; disable or remove. Disabling, removing and a
//! new passphrase re-encrypt the store (a rekey), shown with a progress indicator.

use crate::auth::{field, keep_as_draft, take_draft, use_auth};
use crate::form::{submit_form, ErrorSummary, FormError, TextField};
use crate::i18n::{t, t_args, Msg};
use crate::ipc;
use crate::pages::sign_in::role_label;
use leptos::prelude::*;
use leptos::task::spawn_local;
use passerelle_api::store::{
    AddStaffRequest, ResetPassphraseRequest, SecretText, StaffCard, StaffRequest, StaffRole,
    StaffRoleRequest,
};
use passerelle_api::ApiError;
use passerelle_locales::{fluent_id, Value};

/// What the coordinator is about to confirm.
#[derive(Debug, Clone, PartialEq)]
enum Pending {
    Disable(StaffCard),
    Remove(StaffCard),
}

#[component]
pub fn StaffPage() -> impl IntoView {
    let auth = use_auth();
    let list = RwSignal::new(None::<Result<Vec<StaffCard>, ApiError>>);
    let reload = move || spawn_local(async move { list.set(Some(ipc::list_staff().await)) });
    reload();
    let selected = RwSignal::new(None::<String>);
    let status = RwSignal::new(None::<Msg>);
    let error: FormError = RwSignal::new(None);
    let working = RwSignal::new(false);

    let me = move || auth.signed_in().and_then(|s| s.staff_id);

    view! {
        <h1 tabindex="-1">{move || t("staff-heading")}</h1>
        <p class="lead">{move || t("staff-intro")}</p>
        <p role="status" class="notice notice-status">{move || status.get().map(|m| m.text())}</p>
        <ErrorSummary id="staff-errors" error=error/>
        {move || working.get().then(|| view! {
            <div class="working" role="status">
                <p>{t("rekey-working")}</p>
                <progress aria-label=t("rekey-working")></progress>
            </div>
        })}
        <section aria-labelledby="staff-list">
            <h2 id="staff-list">{move || t("staff-list-heading")}</h2>
            {move || match list.get() {
                None => view! { <p>{t("loading")}</p> }.into_any(),
                Some(Err(e)) => view! { <p class="error-text">{crate::i18n::error_text(&e)}</p> }.into_any(),
                Some(Ok(people)) => view! {
                    <table class="data-table">
                        <caption>{t_args("staff-caption", &[("count", Value::from(people.len()))])}</caption>
                        <thead>
                            <tr>
                                <th scope="col">{t("staff-col-name")}</th>
                                <th scope="col">{t("staff-col-role")}</th>
                                <th scope="col">{t("staff-col-state")}</th>
                                <th scope="col">{t("staff-col-actions")}</th>
                            </tr>
                        </thead>
                        <tbody>
                            {people.into_iter().map(|p| {
                                let id = p.id.clone();
                                let state = if !p.active {
                                    t("staff-state-disabled")
                                } else if p.must_change_passphrase {
                                    t("staff-state-temporary")
                                } else {
                                    t("staff-state-active")
                                };
                                let name = p.name.clone();
                                view! {
                                    <tr>
                                        <th scope="row">{p.name.clone()}</th>
                                        <td>{role_label(p.role)}</td>
                                        <td>{state}</td>
                                        <td>
                                            {p.active.then(|| view! {
                                                <button type="button"
                                                    aria-label=t_args("staff-manage-named", &[("name", Value::from(name.clone()))])
                                                    on:click=move |_| {
                                                        selected.set(Some(id.clone()));
                                                        status.set(None);
                                                        error.set(None);
                                                        request_animation_frame(|| crate::form::focus_error_summary("manage-heading"));
                                                    }>
                                                    {t("staff-manage")}
                                                </button>
                                            })}
                                        </td>
                                    </tr>
                                }
                            }).collect_view()}
                        </tbody>
                    </table>
                }.into_any(),
            }}
        </section>
        {move || {
            let id = selected.get()?;
            let card = list.with(|l| l.as_ref()?.as_ref().ok()?.iter().find(|c| c.id == id).cloned())?;
            let is_me = me().as_deref() == Some(card.id.as_str());
            Some(view! {
                <ManagePanel card=card is_me=is_me error=error status=status working=working
                    on_changed=move || { reload(); }
                    on_close=move || selected.set(None)/>
            })
        }}
        <AddStaff error=error status=status on_added=move || reload()/>
    }
}

#[component]
fn ManagePanel(
    card: StaffCard,
    is_me: bool,
    error: FormError,
    status: RwSignal<Option<Msg>>,
    working: RwSignal<bool>,
    on_changed: impl Fn() + Copy + Send + Sync + 'static,
    on_close: impl Fn() + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let role = RwSignal::new(card.role.code().to_owned());
    let temp = RwSignal::new(String::new());
    let pending = RwSignal::new(None::<Pending>);
    let name = card.name.clone();
    let id = card.id.clone();

    let run =
        move |what: &'static str,
              fut: std::pin::Pin<Box<dyn std::future::Future<Output = Result<(), ApiError>>>>,
              name: String| {
            status.set(None);
            submit_form(working, error, "staff-errors", fut, move |()| {
                status.set(Some(Msg::t(what).arg("name", name)));
                on_changed();
            });
        };

    let save_role = {
        let (id, name) = (id.clone(), name.clone());
        move |ev: leptos::ev::SubmitEvent| {
            ev.prevent_default();
            let Some(r) = StaffRole::parse(&role.get_untracked()) else {
                return;
            };
            let req = StaffRoleRequest {
                staff_id: id.clone(),
                role: r,
            };
            run(
                fluent_id!("staff-role-saved"),
                Box::pin(async move { ipc::set_staff_role(&req).await }),
                name.clone(),
            );
        }
    };
    let reset = {
        let (id, name) = (id.clone(), name.clone());
        move |ev: leptos::ev::SubmitEvent| {
            ev.prevent_default();
            let req = ResetPassphraseRequest {
                staff_id: id.clone(),
                temporary_passphrase: SecretText::new(temp.get_untracked()),
            };
            temp.set(String::new());
            run(
                fluent_id!("staff-reset-done"),
                Box::pin(async move { ipc::reset_staff_passphrase(&req).await }),
                name.clone(),
            );
        }
    };
    let confirm = {
        let name = name.clone();
        move |_| {
            let Some(p) = pending.get_untracked() else {
                return;
            };
            pending.set(None);
            match p {
                Pending::Disable(c) => {
                    let req = StaffRequest {
                        staff_id: c.id.clone(),
                    };
                    run(
                        fluent_id!("staff-disabled-done"),
                        Box::pin(async move { ipc::disable_staff(&req).await }),
                        name.clone(),
                    );
                }
                Pending::Remove(c) => {
                    let req = StaffRequest {
                        staff_id: c.id.clone(),
                    };
                    run(
                        fluent_id!("staff-removed-done"),
                        Box::pin(async move { ipc::remove_staff(&req).await }),
                        name.clone(),
                    );
                }
            }
            on_close();
        }
    };
    let c_disable = card.clone();
    let c_remove = card.clone();
    let heading = t_args(
        "staff-manage-heading",
        &[("name", Value::from(name.clone()))],
    );

    view! {
        <section class="card manage" aria-labelledby="manage-heading">
            <h2 id="manage-heading" tabindex="-1">{heading}</h2>
            <form on:submit=save_role>
                <fieldset>
                    <legend>{move || t("staff-role-legend")}</legend>
                    <RoleChoices group="manage-role" value=role/>
                </fieldset>
                <button type="submit">{move || t("staff-role-save")}</button>
            </form>
            {(!is_me).then(|| view! {
                <form on:submit=reset novalidate>
                    <h3>{move || t("staff-reset-heading")}</h3>
                    <TextField id="temporary_passphrase" label=fluent_id!("staff-temp-passphrase-label")
                        hint=fluent_id!("staff-temp-passphrase-hint") value=temp error=error
                        input_type="password" autocomplete="new-password"
                        fields=vec!["passphrase".to_owned()]/>
                    <button type="submit">{move || t("staff-reset-submit")}</button>
                </form>
            })}
            {(!is_me).then(|| view! {
                <h3>{move || t("staff-access-heading")}</h3>
                <p class="hint">{move || t("staff-access-hint")}</p>
                <div class="actions">
                    <button type="button" on:click=move |_| pending.set(Some(Pending::Disable(c_disable.clone())))>
                        {move || t("staff-disable")}
                    </button>
                    <button type="button" class="danger" on:click=move |_| pending.set(Some(Pending::Remove(c_remove.clone())))>
                        {move || t("staff-remove")}
                    </button>
                </div>
            })}
            {move || pending.get().map(|p| {
                let text = match &p {
                    Pending::Disable(c) => t_args("staff-disable-confirm", &[("name", Value::from(c.name.clone()))]),
                    Pending::Remove(c) => t_args("staff-remove-confirm", &[("name", Value::from(c.name.clone()))]),
                };
                let confirm = confirm.clone();
                view! {
                    <div class="confirm" role="alertdialog" aria-labelledby="confirm-text" aria-modal="false">
                        <p id="confirm-text">{text}</p>
                        <div class="actions">
                            <button type="button" class="danger" autofocus on:click=confirm>{t("confirm-yes")}</button>
                            <button type="button" on:click=move |_| pending.set(None)>{t("confirm-no")}</button>
                        </div>
                    </div>
                }
            })}
            <button type="button" class="link-button" on:click=move |_| on_close()>{move || t("staff-manage-close")}</button>
        </section>
    }
}

/// Radio buttons for the three roles, with what each may do.
#[component]
fn RoleChoices(group: &'static str, value: RwSignal<String>) -> impl IntoView {
    view! {
        <ul class="choices">
            {StaffRole::ALL.into_iter().map(|r| {
                let id = format!("{group}-{}", r.code());
                let hint_id = format!("{id}-hint");
                view! {
                    <li>
                        <input type="radio" name=group id=id.clone() aria-describedby=hint_id.clone()
                            prop:checked=move || value.get() == r.code()
                            on:change=move |_| value.set(r.code().to_owned())/>
                        <label for=id>{move || role_label(r)}</label>
                        <p class="hint" id=hint_id>{move || t(match r {
                            StaffRole::Coordinator => fluent_id!("role-coordinator-hint"),
                            StaffRole::Mediator => fluent_id!("role-mediator-hint"),
                            StaffRole::Volunteer => fluent_id!("role-volunteer-hint"),
                        })}</p>
                    </li>
                }
            }).collect_view()}
        </ul>
    }
}

#[component]
fn AddStaff(
    error: FormError,
    status: RwSignal<Option<Msg>>,
    on_added: impl Fn() + Copy + 'static,
) -> impl IntoView {
    let draft = take_draft("staff-new");
    let name = RwSignal::new(draft.as_ref().map(|d| field(d, "name")).unwrap_or_default());
    let role = RwSignal::new(
        draft
            .as_ref()
            .map(|d| field(d, "role"))
            .filter(|r| StaffRole::parse(r).is_some())
            .unwrap_or_else(|| StaffRole::Mediator.code().to_owned()),
    );
    let temp = RwSignal::new(String::new());
    let busy = RwSignal::new(false);
    keep_as_draft("staff-new", move || {
        vec![
            ("name".to_owned(), name.get_untracked()),
            ("role".to_owned(), role.get_untracked()),
        ]
    });
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if busy.get_untracked() {
            return;
        }
        let Some(r) = StaffRole::parse(&role.get_untracked()) else {
            return;
        };
        let req = AddStaffRequest {
            name: name.get_untracked().trim().to_owned(),
            role: r,
            temporary_passphrase: SecretText::new(temp.get_untracked()),
        };
        status.set(None);
        submit_form(
            busy,
            error,
            "staff-errors",
            async move { ipc::add_staff(&req).await },
            move |card| {
                status.set(Some(Msg::t("staff-added").arg("name", card.name)));
                name.set(String::new());
                temp.set(String::new());
                on_added();
            },
        );
    };
    view! {
        <section class="card" aria-labelledby="staff-add">
            <h2 id="staff-add">{move || t("staff-add-heading")}</h2>
            <form on:submit=submit novalidate>
                <TextField id="display_name" label=fluent_id!("staff-name-label") value=name
                    error=error required=true autocomplete="off"/>
                <fieldset>
                    <legend>{move || t("staff-role-legend")}</legend>
                    <RoleChoices group="new-role" value=role/>
                </fieldset>
                <TextField id="passphrase" label=fluent_id!("staff-temp-passphrase-label")
                    hint=fluent_id!("staff-temp-passphrase-hint") value=temp error=error
                    input_type="password" autocomplete="new-password" required=true/>
                <div class="actions">
                    <button type="submit" class="primary">{move || t("staff-add-submit")}</button>
                </div>
            </form>
        </section>
    }
}
