//! First run: the structure, its places of activity, the first coordinator (with the option to
//! bind the account to this computer when a keyring exists), then the recovery sheet.

use crate::auth::use_auth;
use crate::form::{
    submit_form, ErrorSummary, FormError, NewPassphrase, NewPassphraseFields, TextField,
};
use crate::i18n::{lang_untracked, t, t_args};
use crate::ipc;
use crate::pages::recovery_sheet::RecoverySheetStep;
use leptos::prelude::*;
use passerelle_api::store::{PlaceInput, SetupRequest, SignedIn};
use passerelle_locales::{fluent_id, Value};

/// One place of activity being typed.
#[derive(Clone, Copy)]
pub struct PlaceFields {
    pub name: RwSignal<String>,
    pub address: RwSignal<String>,
    pub commune: RwSignal<String>,
    pub postal_code: RwSignal<String>,
    pub insee_code: RwSignal<String>,
}

impl PlaceFields {
    pub fn new() -> Self {
        Self {
            name: RwSignal::new(String::new()),
            address: RwSignal::new(String::new()),
            commune: RwSignal::new(String::new()),
            postal_code: RwSignal::new(String::new()),
            insee_code: RwSignal::new(String::new()),
        }
    }

    pub fn from_input(p: &PlaceInput) -> Self {
        let f = Self::new();
        f.set(p);
        f
    }

    pub fn set(&self, p: &PlaceInput) {
        self.name.set(p.name.clone());
        self.address.set(p.address.clone());
        self.commune.set(p.commune.clone());
        self.postal_code.set(p.postal_code.clone());
        self.insee_code.set(p.insee_code.clone());
    }

    pub fn input(&self) -> PlaceInput {
        PlaceInput {
            name: self.name.get_untracked().trim().to_owned(),
            address: self.address.get_untracked().trim().to_owned(),
            commune: self.commune.get_untracked().trim().to_owned(),
            postal_code: self.postal_code.get_untracked().trim().to_owned(),
            insee_code: self.insee_code.get_untracked().trim().to_owned(),
        }
    }

    pub fn is_blank(&self) -> bool {
        let p = self.input();
        p.name.is_empty()
            && p.address.is_empty()
            && p.commune.is_empty()
            && p.postal_code.is_empty()
            && p.insee_code.is_empty()
    }
}

impl Default for PlaceFields {
    fn default() -> Self {
        Self::new()
    }
}

/// The inputs of one place. Ids get `prefix` so several places can share a page; `core`'s
/// field names (`place_name`, `postal_code`, `insee_code`) point at them.
#[component]
pub fn PlaceForm(
    #[prop(into)] prefix: String,
    fields: PlaceFields,
    error: FormError,
) -> impl IntoView {
    let id = move |s: &str| format!("{prefix}{s}");
    let id = &id;
    // `core` names fields without the prefix; every copy of the form answers for them, and
    // the error summary's link goes to the input marked invalid.
    let name_fields = vec!["place_name".to_owned()];
    let pc_fields = vec!["postal_code".to_owned()];
    let insee_fields = vec!["insee_code".to_owned()];
    view! {
        <TextField id=id("place_name") label=fluent_id!("place-name-label")
            hint=fluent_id!("place-name-hint") value=fields.name error=error fields=name_fields/>
        <TextField id=id("place_address") label=fluent_id!("place-address-label")
            value=fields.address error=error autocomplete="street-address"/>
        <div class="field-row">
            <TextField id=id("postal_code") label=fluent_id!("place-postal-code-label")
                value=fields.postal_code error=error fields=pc_fields inputmode="numeric"
                maxlength=5 autocomplete="postal-code"/>
            <TextField id=id("place_commune") label=fluent_id!("place-commune-label")
                value=fields.commune error=error autocomplete="address-level2"/>
            <TextField id=id("insee_code") label=fluent_id!("place-insee-label")
                hint=fluent_id!("place-insee-hint") value=fields.insee_code error=error
                fields=insee_fields maxlength=5/>
        </div>
    }
}

#[component]
pub fn FirstRunPage() -> impl IntoView {
    let auth = use_auth();
    let structure = RwSignal::new(String::new());
    let places = RwSignal::new(vec![PlaceFields::new()]);
    let name = RwSignal::new(String::new());
    let pass = NewPassphrase::new();
    let bind = RwSignal::new(false);
    let error: FormError = RwSignal::new(None);
    let busy = RwSignal::new(false);
    let done = RwSignal::new(None::<SignedIn>);

    let keyring = move || {
        auth.status.with(|s| {
            s.as_ref()
                .and_then(|r| r.as_ref().ok())
                .map(|s| s.keyring.clone())
        })
    };
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if busy.get_untracked() {
            return;
        }
        let Some(passphrase) = pass.checked(error, "setup-errors") else {
            return;
        };
        // Places are sent in the order typed; their errors point at the first place's
        // inputs, which is where most centres type their only place.
        let req = SetupRequest {
            structure_name: structure.get_untracked().trim().to_owned(),
            places: places
                .get_untracked()
                .iter()
                .filter(|p| !p.is_blank())
                .map(|p| p.input())
                .collect(),
            coordinator_name: name.get_untracked().trim().to_owned(),
            passphrase,
            bind_device: bind.get_untracked(),
            language: lang_untracked(),
        };
        submit_form(
            busy,
            error,
            "setup-errors",
            async move { ipc::setup_store(&req).await },
            move |who| {
                pass.clear();
                done.set(Some(who));
                request_animation_frame(|| {
                    if let Some(h) = web_sys::window()
                        .and_then(|w| w.document())
                        .and_then(|d| d.query_selector("main h1").ok().flatten())
                        .and_then(|e| {
                            wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(e).ok()
                        })
                    {
                        let _ = h.focus();
                    }
                });
            },
        );
    };

    move || {
        if let Some(who) = done.get() {
            let who = who.clone();
            return view! {
                <p class="step" aria-hidden="true">{t_args("first-run-step", &[("step", Value::from(2)), ("steps", Value::from(2))])}</p>
                <RecoverySheetStep on_done=move |_| auth.entered(who.clone())/>
            }
            .into_any();
        }
        view! {
            <p class="step">{move || t_args("first-run-step", &[("step", Value::from(1)), ("steps", Value::from(2))])}</p>
            <h1 tabindex="-1">{move || t("first-run-heading")}</h1>
            <p class="lead">{move || t("first-run-intro")}</p>
            <ErrorSummary id="setup-errors" error=error/>
            <form on:submit=submit novalidate aria-busy=move || busy.get().then_some("true")>
                <fieldset class="card">
                    <legend>{move || t("first-run-structure-legend")}</legend>
                    <TextField id="structure_name" label=fluent_id!("structure-name-label")
                        hint=fluent_id!("structure-name-hint") value=structure error=error
                        required=true autocomplete="organization"/>
                </fieldset>
                <fieldset class="card">
                    <legend>{move || t("first-run-places-legend")}</legend>
                    <p class="hint">{move || t("first-run-places-hint")}</p>
                    {move || places.get().into_iter().enumerate().map(|(i, p)| {
                        let prefix = if i == 0 { String::new() } else { format!("p{i}-") };
                        view! {
                            <div class="place-block">
                                {(i > 0).then(|| view! { <h3>{t_args("first-run-place-n", &[("n", Value::from(i + 1))])}</h3> })}
                                <PlaceForm prefix=prefix fields=p error=error/>
                            </div>
                        }
                    }).collect_view()}
                    <button type="button" on:click=move |_| places.update(|v| v.push(PlaceFields::new()))>
                        {move || t("first-run-add-place")}
                    </button>
                </fieldset>
                <fieldset class="card">
                    <legend>{move || t("first-run-coordinator-legend")}</legend>
                    <p class="hint">{move || t("first-run-coordinator-hint")}</p>
                    <TextField id="display_name" label=fluent_id!("staff-name-label")
                        value=name error=error required=true autocomplete="name"/>
                    <NewPassphraseFields pair=pass error=error/>
                    {move || match keyring() {
                        Some(k) if k.available => view! {
                            <div class="check">
                                <input type="checkbox" id="bind-device" aria-describedby="bind-device-hint"
                                    prop:checked=move || bind.get()
                                    on:change=move |ev| bind.set(event_target_checked(&ev))/>
                                <label for="bind-device">{t("bind-device-label")}</label>
                            </div>
                            <p class="hint" id="bind-device-hint">{t("bind-device-hint")}</p>
                        }.into_any(),
                        _ => view! {
                            <p class="hint">{t("bind-device-unavailable")}</p>
                        }.into_any(),
                    }}
                </fieldset>
                <div class="actions">
                    <button type="submit" class="primary" aria-disabled=move || busy.get().then_some("true")>
                        {move || if busy.get() { t("first-run-creating") } else { t("first-run-create") }}
                    </button>
                </div>
                <p role="status" class="visually-hidden">{move || busy.get().then(|| t("first-run-creating"))}</p>
            </form>
        }
        .into_any()
    }
}
