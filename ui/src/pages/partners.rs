//! The centre's partner directory: the services people are referred to (name, Soliguide
//! category, address, phone, e-mail, hours, notes). Add, edit, archive; a session's referral
//! may name one.

use crate::form::{submit_form, ErrorSummary, FormError, TextField};
use crate::i18n::{error_text, t, t_args, Msg};
use crate::ipc;
use leptos::prelude::*;
use leptos::task::spawn_local;
use passerelle_api::follow::{PartnerInput, PartnerView, UpdatePartnerRequest};
use passerelle_api::vocab::PartnerCategory;
use passerelle_api::ApiError;
use passerelle_locales::Value;

#[component]
pub fn PartnersPage() -> impl IntoView {
    let list = RwSignal::new(None::<Result<Vec<PartnerView>, ApiError>>);
    let status = RwSignal::new(None::<Msg>);
    let error: FormError = RwSignal::new(None);
    // The partner being edited (None: the form adds a new one).
    let editing = RwSignal::new(None::<PartnerView>);
    let reload = move || spawn_local(async move { list.set(Some(ipc::list_partners().await)) });
    reload();
    let set_archived = move |p: PartnerView, archived: bool| {
        let req = UpdatePartnerRequest {
            id: p.id,
            partner: p.partner,
            archived,
        };
        spawn_local(async move {
            match ipc::update_partner(&req).await {
                Ok(()) => {
                    status.set(Some(Msg::t(if archived {
                        "partner-archived"
                    } else {
                        "partner-restored"
                    })));
                    reload();
                }
                Err(e) => {
                    error.set(Some(e));
                    crate::form::focus_error_summary("partners-errors");
                }
            }
        });
    };
    view! {
        <h1 tabindex="-1">{move || t("page-title-partners")}</h1>
        <p class="lead">{move || t("partners-intro")}</p>
        <p role="status" class="notice notice-status">{move || status.get().map(|m| m.text())}</p>
        <ErrorSummary id="partners-errors" error=error/>
        {move || match list.get() {
            None => view! { <p>{t("loading")}</p> }.into_any(),
            Some(Err(e)) => view! { <p class="error-text">{error_text(&e)}</p> }.into_any(),
            Some(Ok(all)) => view! {
                <PartnerList all=all editing=editing set_archived=set_archived/>
            }.into_any(),
        }}
        <PartnerForm editing=editing status=status on_saved=reload/>
    }
}

#[component]
fn PartnerList(
    all: Vec<PartnerView>,
    editing: RwSignal<Option<PartnerView>>,
    set_archived: impl Fn(PartnerView, bool) + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let (archived, active): (Vec<_>, Vec<_>) = all.into_iter().partition(|p| p.archived);
    let (n_active, n_archived) = (active.len(), archived.len());
    let card = move |p: PartnerView| {
        let name = p.partner.name.clone();
        let (n1, n2) = (name.clone(), name.clone());
        let category = p.partner.category;
        let details: Vec<String> = [
            p.partner.address.clone(),
            p.partner.phone.clone(),
            p.partner.email.clone(),
            p.partner.hours.clone(),
        ]
        .into_iter()
        .filter(|s| !s.is_empty())
        .collect();
        let notes = p.partner.notes.clone();
        let referrals = p.referrals;
        let is_archived = p.archived;
        let (for_edit, for_archive) = (p.clone(), p);
        view! {
            <li class="card partner">
                <h3>{name}</h3>
                {category.map(|c| view! { <p class="hint">{move || t(c.label_id())}</p> })}
                {details.into_iter().map(|d| view! { <p>{d}</p> }).collect_view()}
                {(!notes.is_empty()).then(|| view! { <p class="hint">{notes.clone()}</p> })}
                <p class="hint">{move || t_args("partner-referrals", &[("count", Value::from(referrals))])}</p>
                <div class="actions">
                    <button type="button" on:click=move |_| {
                        editing.set(Some(for_edit.clone()));
                        crate::form::focus_error_summary("partner-form-heading");
                    } aria-label=move || t_args("partner-edit-named", &[("name", Value::from(n1.clone()))])>
                        {move || t("partner-edit")}</button>
                    <button type="button" on:click=move |_| set_archived(for_archive.clone(), !is_archived)
                        aria-label=move || t_args(if is_archived { "partner-unarchive-named" } else { "partner-archive-named" },
                            &[("name", Value::from(n2.clone()))])>
                        {move || if is_archived { t("partner-unarchive") } else { t("partner-archive") }}</button>
                </div>
            </li>
        }
    };
    view! {
        <section aria-labelledby="partners-list">
            <h2 id="partners-list">{move || t_args("partners-list-heading", &[("count", Value::from(n_active))])}</h2>
            {if active.is_empty() {
                view! { <p>{move || t("partners-empty")}</p> }.into_any()
            } else {
                view! { <ul class="session-list partner-list">{active.into_iter().map(card).collect_view()}</ul> }.into_any()
            }}
        </section>
        {(n_archived > 0).then(|| view! {
            <section aria-labelledby="partners-archived">
                <h2 id="partners-archived">{move || t_args("partners-archived-heading", &[("count", Value::from(n_archived))])}</h2>
                <ul class="session-list partner-list">{archived.into_iter().map(card).collect_view()}</ul>
            </section>
        })}
    }
}

#[component]
fn PartnerForm(
    editing: RwSignal<Option<PartnerView>>,
    status: RwSignal<Option<Msg>>,
    on_saved: impl Fn() + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let name = RwSignal::new(String::new());
    let category = RwSignal::new(String::new());
    let address = RwSignal::new(String::new());
    let phone = RwSignal::new(String::new());
    let email = RwSignal::new(String::new());
    let hours = RwSignal::new(String::new());
    let notes = RwSignal::new(String::new());
    let error: FormError = RwSignal::new(None);
    let busy = RwSignal::new(false);
    let clear = move || {
        for s in [name, category, address, phone, email, hours, notes] {
            s.set(String::new());
        }
    };
    // Editing fills the form with the partner's details.
    Effect::new(move |_| {
        if let Some(p) = editing.get() {
            name.set(p.partner.name.clone());
            category.set(
                p.partner
                    .category
                    .map(|c| c.code().to_owned())
                    .unwrap_or_default(),
            );
            address.set(p.partner.address.clone());
            phone.set(p.partner.phone.clone());
            email.set(p.partner.email.clone());
            hours.set(p.partner.hours.clone());
            notes.set(p.partner.notes.clone());
        }
    });
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let partner = PartnerInput {
            name: name.get_untracked(),
            category: PartnerCategory::parse(&category.get_untracked()),
            address: address.get_untracked(),
            phone: phone.get_untracked(),
            email: email.get_untracked(),
            hours: hours.get_untracked(),
            notes: notes.get_untracked(),
        };
        let current = editing.get_untracked();
        submit_form(
            busy,
            error,
            "partner-errors",
            async move {
                match current {
                    Some(p) => {
                        ipc::update_partner(&UpdatePartnerRequest {
                            id: p.id,
                            partner,
                            archived: p.archived,
                        })
                        .await
                    }
                    None => ipc::add_partner(partner).await.map(|_| ()),
                }
            },
            move |()| {
                editing.set(None);
                clear();
                status.set(Some(Msg::t("partner-saved")));
                on_saved();
                crate::form::focus_error_summary("partners-list");
            },
        );
    };
    let category_error = Memo::new(move |_| {
        error.with(|e| e.as_ref().and_then(crate::form::field_of) == Some("partner_category"))
    });
    view! {
        <form class="card" on:submit=submit novalidate aria-labelledby="partner-form-heading">
            <h2 id="partner-form-heading" tabindex="-1">{move || match editing.get() {
                Some(p) => t_args("partner-edit-heading", &[("name", Value::from(p.partner.name))]),
                None => t("partner-add-heading"),
            }}</h2>
            <ErrorSummary id="partner-errors" error=error/>
            <TextField id="partner_name" label="partner-name" value=name error=error required=true
                maxlength=120 autocomplete="off"/>
            <div class="field" class:field-invalid=move || category_error.get()>
                <label for="partner_category">{move || t("partner-category")}
                    <span class="required">" "{move || t("form-required-mark")}</span></label>
                <select id="partner_category" required
                    aria-invalid=move || category_error.get().then_some("true")
                    aria-describedby=move || category_error.get().then_some("partner_category-error")
                    prop:value=move || category.get()
                    on:change=move |ev| category.set(event_target_value(&ev))>
                    <option value="">{move || t("partner-category-choose")}</option>
                    {PartnerCategory::ALL.iter().map(|c| {
                        let c = *c;
                        view! { <option value=c.code()>{move || t(c.label_id())}</option> }
                    }).collect_view()}
                </select>
                <p class="field-error" id="partner_category-error" hidden=move || !category_error.get()>
                    {move || error.with(|e| e.as_ref().map(error_text))}
                </p>
            </div>
            <TextField id="partner_address" label="partner-address" value=address error=error autocomplete="off"/>
            <div class="field-row">
                <TextField id="partner_phone" label="partner-phone" value=phone error=error
                    input_type="tel" autocomplete="off" dir_ltr=true/>
                <TextField id="partner_email" label="partner-email" value=email error=error
                    input_type="email" autocomplete="off" dir_ltr=true/>
            </div>
            <TextField id="partner_hours" label="partner-hours" hint="partner-hours-hint" value=hours
                error=error autocomplete="off"/>
            <div class="field">
                <label for="partner_notes">{move || t("partner-notes")}</label>
                <textarea id="partner_notes" rows="2" prop:value=move || notes.get()
                    on:input=move |ev| notes.set(event_target_value(&ev))></textarea>
            </div>
            <div class="actions">
                <button type="submit" class="primary" disabled=move || busy.get()>{move || t("partner-save")}</button>
                {move || editing.get().is_some().then(|| view! {
                    <button type="button" on:click=move |_| { editing.set(None); clear(); }>{t("partner-cancel")}</button>
                })}
            </div>
        </form>
    }
}
