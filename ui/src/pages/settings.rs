//! Settings of the structure: name and working language, automatic lock times, places of
//! activity, binding one's account to this computer, and a new recovery sheet. Everyone can
//! read them; coordinators change them (the shell refuses others anyway).

use crate::auth::{field, keep_as_draft, take_draft, use_auth};
use crate::form::{focus_error_summary, submit_form, ErrorSummary, FormError, TextField};
use crate::i18n::{error_text, t, t_args, t_in, Msg};
use crate::ipc;
use crate::pages::first_run::{PlaceFields, PlaceForm};
use crate::pages::recovery_sheet::RecoverySheetStep;
use crate::route::Route;
use leptos::prelude::*;
use leptos::task::spawn_local;
use passerelle_api::store::{
    DeviceBindingRequest, PlaceView, SecretText, SettingsInput, SettingsView, UpdatePlaceRequest,
};
use passerelle_api::ApiError;
use passerelle_locales::{fluent_id, Value, LOCALES};

#[component]
pub fn SettingsPage() -> impl IntoView {
    let view_sig = RwSignal::new(None::<Result<SettingsView, ApiError>>);
    let reload = move || spawn_local(async move { view_sig.set(Some(ipc::get_settings().await)) });
    reload();
    let status = RwSignal::new(None::<Msg>);
    let sheet = RwSignal::new(false);

    move || {
        if sheet.get() {
            return view! {
                <RecoverySheetStep on_done=move |_| {
                    sheet.set(false);
                    status.set(Some(Msg::t("sheet-replaced")));
                }/>
            }
            .into_any();
        }
        view! {
            <h1 tabindex="-1">{move || t("settings-heading")}</h1>
            <p class="lead">{move || t("settings-intro")}</p>
            <p role="status" class="notice notice-status">{move || status.get().map(|m| m.text())}</p>
            {move || match view_sig.get() {
                None => view! { <p>{t("loading")}</p> }.into_any(),
                Some(Err(e)) => view! { <p class="error-text">{error_text(&e)}</p> }.into_any(),
                Some(Ok(v)) => view! {
                    {(!v.can_edit).then(|| view! { <p class="notice notice-info">{t("settings-read-only")}</p> })}
                    <StructureSettings initial=v.settings.clone() can_edit=v.can_edit status=status/>
                    <Places places=v.places.clone() can_edit=v.can_edit status=status on_changed=reload/>
                    <Tags can_edit=v.can_edit status=status/>
                    <crate::pages::settings_vault::VaultSettingsSection can_edit=v.can_edit status=status/>
                    <ThisComputer view=v.clone() status=status on_changed=reload/>
                    {v.can_edit.then(|| view! { <RecoverySection on_new=move || sheet.set(true)/> })}
                }.into_any(),
            }}
            <p><a href=Route::SettingsDisplay.href()>{move || t("settings-display-link")}</a></p>
        }
        .into_any()
    }
}

#[component]
fn StructureSettings(
    initial: SettingsInput,
    can_edit: bool,
    status: RwSignal<Option<Msg>>,
) -> impl IntoView {
    let draft = take_draft("settings-structure");
    let pick = |name: &str, fallback: String| {
        draft
            .as_ref()
            .map(|d| field(d, name))
            .filter(|v| !v.is_empty())
            .unwrap_or(fallback)
    };
    let name = RwSignal::new(pick("structure_name", initial.structure_name.clone()));
    let staff_idle = RwSignal::new(pick("staff_idle", initial.staff_idle_minutes.to_string()));
    let kiosk_idle = RwSignal::new(pick("kiosk_idle", initial.kiosk_idle_minutes.to_string()));
    let language = RwSignal::new(pick("language", initial.language.clone()));
    let error: FormError = RwSignal::new(None);
    if can_edit {
        keep_as_draft("settings-structure", move || {
            vec![
                ("structure_name".to_owned(), name.get_untracked()),
                ("staff_idle".to_owned(), staff_idle.get_untracked()),
                ("kiosk_idle".to_owned(), kiosk_idle.get_untracked()),
                ("language".to_owned(), language.get_untracked()),
            ]
        });
    }
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let minutes = |s: RwSignal<String>| s.get_untracked().trim().parse::<u32>().unwrap_or(0);
        let req = SettingsInput {
            structure_name: name.get_untracked(),
            staff_idle_minutes: minutes(staff_idle),
            kiosk_idle_minutes: minutes(kiosk_idle),
            language: language.get_untracked(),
            retention_months: None,
        };
        error.set(None);
        status.set(None);
        spawn_local(async move {
            match ipc::save_settings(&req).await {
                Ok(()) => status.set(Some(Msg::t("settings-saved"))),
                Err(e) => {
                    error.set(Some(e));
                    focus_error_summary("structure-errors");
                }
            }
        });
    };
    let idle_fields = vec!["idle_minutes".to_owned()];
    view! {
        <form class="card" on:submit=submit novalidate>
            <h2>{move || t("settings-structure-heading")}</h2>
            <ErrorSummary id="structure-errors" error=error/>
            <fieldset disabled=!can_edit>
                <TextField id="structure_name" label=fluent_id!("structure-name-label")
                    value=name error=error required=true autocomplete="organization"/>
                <div class="field">
                    <label for="work-language">{move || t("settings-work-language-label")}</label>
                    <p class="hint" id="work-language-hint">{move || t("settings-work-language-hint")}</p>
                    <select id="work-language" aria-describedby="work-language-hint"
                        prop:value=move || language.get()
                        on:change=move |ev| language.set(event_target_value(&ev))>
                        {LOCALES.iter().map(|l| view! {
                            <option value=l.code lang=l.code selected=move || language.get() == l.code>
                                {t_in(l.code, "meta-language-name")}
                            </option>
                        }).collect_view()}
                    </select>
                </div>
                <h3>{move || t("settings-idle-heading")}</h3>
                <p class="hint">{move || t("settings-idle-intro")}</p>
                <div class="field-row">
                    <TextField id="staff_idle" label=fluent_id!("settings-staff-idle-label")
                        hint=fluent_id!("settings-idle-hint") value=staff_idle error=error
                        inputmode="numeric" maxlength=3 fields=idle_fields.clone()/>
                    <TextField id="kiosk_idle" label=fluent_id!("settings-kiosk-idle-label")
                        hint=fluent_id!("settings-idle-hint") value=kiosk_idle error=error
                        inputmode="numeric" maxlength=3 fields=idle_fields/>
                </div>
                {can_edit.then(|| view! {
                    <div class="actions">
                        <button type="submit" class="primary">{move || t("settings-save")}</button>
                    </div>
                })}
            </fieldset>
        </form>
    }
}

#[component]
fn Places(
    places: Vec<PlaceView>,
    can_edit: bool,
    status: RwSignal<Option<Msg>>,
    on_changed: impl Fn() + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let editing = RwSignal::new(None::<PlaceView>);
    let error: FormError = RwSignal::new(None);
    let new_place = PlaceFields::new();
    if let Some(d) = take_draft("place-new") {
        new_place.name.set(field(&d, "name"));
        new_place.address.set(field(&d, "address"));
        new_place.commune.set(field(&d, "commune"));
        new_place.postal_code.set(field(&d, "postal_code"));
        new_place.insee_code.set(field(&d, "insee_code"));
    }
    if can_edit {
        keep_as_draft("place-new", move || {
            let p = new_place.input();
            vec![
                ("name".to_owned(), p.name),
                ("address".to_owned(), p.address),
                ("commune".to_owned(), p.commune),
                ("postal_code".to_owned(), p.postal_code),
                ("insee_code".to_owned(), p.insee_code),
            ]
        });
    }
    let add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let req = new_place.input();
        error.set(None);
        status.set(None);
        spawn_local(async move {
            match ipc::add_place(&req).await {
                Ok(_) => {
                    status.set(Some(Msg::t("place-added").arg("name", req.name)));
                    new_place.set(&Default::default());
                    on_changed();
                }
                Err(e) => {
                    error.set(Some(e));
                    focus_error_summary("place-errors");
                }
            }
        });
    };
    let has_places = !places.is_empty();
    view! {
        <section class="card" aria-labelledby="places-heading">
            <h2 id="places-heading">{move || t("settings-places-heading")}</h2>
            <ErrorSummary id="place-errors" error=error/>
            {if has_places {
                view! {
                    <table class="data-table">
                        <caption>{t_args("places-caption", &[("count", Value::from(places.len()))])}</caption>
                        <thead>
                            <tr>
                                <th scope="col">{t("place-name-label")}</th>
                                <th scope="col">{t("place-address-label")}</th>
                                <th scope="col">{t("place-commune-col")}</th>
                                <th scope="col">{t("place-insee-label")}</th>
                                <th scope="col">{t("place-state-col")}</th>
                                {can_edit.then(|| view! { <th scope="col">{t("staff-col-actions")}</th> })}
                            </tr>
                        </thead>
                        <tbody>
                            {places.into_iter().map(|p| {
                                let pv = p.clone();
                                view! {
                                    <tr>
                                        <th scope="row">{p.place.name.clone()}</th>
                                        <td>{p.place.address.clone()}</td>
                                        <td>{format!("{} {}", p.place.postal_code, p.place.commune).trim().to_owned()}</td>
                                        <td>{p.place.insee_code.clone()}</td>
                                        <td>{if p.archived { t("place-archived") } else { t("place-in-use") }}</td>
                                        {can_edit.then(|| view! {
                                            <td>
                                                <button type="button"
                                                    aria-label=t_args("place-edit-named", &[("name", Value::from(p.place.name.clone()))])
                                                    on:click=move |_| {
                                                        editing.set(Some(pv.clone()));
                                                        request_animation_frame(|| focus_error_summary("place-edit-heading"));
                                                    }>
                                                    {t("place-edit")}
                                                </button>
                                            </td>
                                        })}
                                    </tr>
                                }
                            }).collect_view()}
                        </tbody>
                    </table>
                }.into_any()
            } else {
                view! { <p>{t("places-none")}</p> }.into_any()
            }}
            {move || editing.get().map(|p| view! {
                <EditPlace place=p status=status error=error
                    on_done=move || { editing.set(None); on_changed(); }/>
            })}
            {can_edit.then(|| view! {
                <form on:submit=add novalidate>
                    <h3>{move || t("place-add-heading")}</h3>
                    <PlaceForm prefix="new-" fields=new_place error=error/>
                    <button type="submit">{move || t("place-add-submit")}</button>
                </form>
            })}
        </section>
    }
}

#[component]
fn EditPlace(
    place: PlaceView,
    status: RwSignal<Option<Msg>>,
    error: FormError,
    on_done: impl Fn() + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let fields = PlaceFields::from_input(&place.place);
    let archived = RwSignal::new(place.archived);
    let id = place.id.clone();
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let req = UpdatePlaceRequest {
            place_id: id.clone(),
            place: fields.input(),
            archived: archived.get_untracked(),
        };
        error.set(None);
        spawn_local(async move {
            match ipc::update_place(&req).await {
                Ok(()) => {
                    status.set(Some(Msg::t("place-saved").arg("name", req.place.name)));
                    on_done();
                }
                Err(e) => {
                    error.set(Some(e));
                    focus_error_summary("place-errors");
                }
            }
        });
    };
    view! {
        <form class="card inset" on:submit=submit novalidate>
            <h3 id="place-edit-heading" tabindex="-1">{t_args("place-edit-heading", &[("name", Value::from(place.place.name.clone()))])}</h3>
            <PlaceForm prefix="edit-" fields=fields error=error/>
            <div class="check">
                <input type="checkbox" id="place-archived" aria-describedby="place-archived-hint"
                    prop:checked=move || archived.get()
                    on:change=move |ev| archived.set(event_target_checked(&ev))/>
                <label for="place-archived">{move || t("place-archive-label")}</label>
            </div>
            <p class="hint" id="place-archived-hint">{move || t("place-archive-hint")}</p>
            <div class="actions">
                <button type="submit" class="primary">{move || t("place-save")}</button>
                <button type="button" on:click=move |_| on_done()>{move || t("cancel")}</button>
            </div>
        </form>
    }
}

#[component]
fn ThisComputer(
    view: SettingsView,
    status: RwSignal<Option<Msg>>,
    on_changed: impl Fn() + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let auth = use_auth();
    let by_recovery = auth.signed_in().is_some_and(|s| s.by_recovery_key);
    let pass = RwSignal::new(String::new());
    let error: FormError = RwSignal::new(None);
    let busy = RwSignal::new(false);
    let bound = view.device_bound;
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if busy.get_untracked() {
            return;
        }
        let req = DeviceBindingRequest {
            bind: !bound,
            passphrase: SecretText::new(pass.get_untracked()),
        };
        pass.set(String::new());
        let bind = req.bind;
        submit_form(
            busy,
            error,
            "device-errors",
            async move { ipc::set_device_binding(&req).await },
            move |()| {
                status.set(Some(if bind {
                    Msg::t("bind-done")
                } else {
                    Msg::t("unbind-done")
                }));
                on_changed();
            },
        );
    };
    view! {
        <section class="card" aria-labelledby="device-heading">
            <h2 id="device-heading">{move || t("settings-device-heading")}</h2>
            {if !view.keyring.available {
                view! {
                    <p>{t("bind-device-unavailable")}</p>
                    {view.keyring.reason.clone().map(|r| view! { <p class="hint">{t("bind-device-reason")}" "<code dir="ltr">{r}</code></p> })}
                }.into_any()
            } else if by_recovery {
                view! { <p>{t("bind-device-not-for-recovery")}</p> }.into_any()
            } else {
                view! {
                    <p>{if bound { t("bind-device-is-bound") } else { t("bind-device-hint") }}</p>
                    <ErrorSummary id="device-errors" error=error/>
                    <form on:submit=submit novalidate>
                        <TextField id="device_passphrase" label=fluent_id!("bind-device-passphrase-label")
                            value=pass error=error input_type="password" autocomplete="current-password"
                            fields=vec!["passphrase".to_owned()]/>
                        <button type="submit">{if bound { t("unbind-device-submit") } else { t("bind-device-submit") }}</button>
                        {move || busy.get().then(|| view! { <progress aria-label=t("rekey-working")></progress> })}
                    </form>
                }.into_any()
            }}
        </section>
    }
}

#[component]
fn RecoverySection(on_new: impl Fn() + Copy + Send + Sync + 'static) -> impl IntoView {
    let confirm = RwSignal::new(false);
    let busy = RwSignal::new(false);
    let error: FormError = RwSignal::new(None);
    let go = move |_| {
        confirm.set(false);
        submit_form(
            busy,
            error,
            "recovery-regen-errors",
            ipc::regenerate_recovery(),
            move |()| on_new(),
        );
    };
    view! {
        <section class="card" aria-labelledby="recovery-heading">
            <h2 id="recovery-heading">{move || t("settings-recovery-heading")}</h2>
            <p>{move || t("settings-recovery-text")}</p>
            <ErrorSummary id="recovery-regen-errors" error=error/>
            <button type="button" on:click=move |_| confirm.set(true)>{move || t("settings-recovery-button")}</button>
            {move || confirm.get().then(|| view! {
                <div class="confirm" role="alertdialog" aria-labelledby="regen-confirm-text" aria-modal="false">
                    <p id="regen-confirm-text">{t("settings-recovery-confirm")}</p>
                    <div class="actions">
                        <button type="button" class="danger" autofocus on:click=go>{t("confirm-yes")}</button>
                        <button type="button" on:click=move |_| confirm.set(false)>{t("confirm-no")}</button>
                    </div>
                </div>
            })}
            {move || busy.get().then(|| view! {
                <div role="status"><p>{t("rekey-working")}</p><progress aria-label=t("rekey-working")></progress></div>
            })}
        </section>
    }
}

/// The centre's own labels for sessions and workshops (a project, a funder's programme).
/// Archiving keeps a tag on past records and removes it from the forms.
#[component]
fn Tags(can_edit: bool, status: RwSignal<Option<Msg>>) -> impl IntoView {
    let tags = RwSignal::new(None::<Result<Vec<passerelle_api::people::TagView>, ApiError>>);
    let reload = move || spawn_local(async move { tags.set(Some(ipc::list_tags().await)) });
    reload();
    let name = RwSignal::new(String::new());
    let error: FormError = RwSignal::new(None);
    let busy = RwSignal::new(false);
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let n = name.get_untracked();
        status.set(None);
        submit_form(
            busy,
            error,
            "tag-errors",
            async move { ipc::add_tag(&n).await },
            move |_| {
                status.set(Some(
                    Msg::t("tag-added").arg("name", name.get_untracked().trim()),
                ));
                name.set(String::new());
                reload();
            },
        );
    };
    let archive = move |id: String, archived: bool| {
        submit_form(
            busy,
            error,
            "tag-errors",
            async move { ipc::set_tag_archived(&id, archived).await },
            move |()| reload(),
        );
    };
    view! {
        <section class="card" aria-labelledby="tags-heading">
            <h2 id="tags-heading">{move || t("tags-heading")}</h2>
            <p>{move || t("tags-intro")}</p>
            <ErrorSummary id="tag-errors" error=error/>
            {move || match tags.get() {
                None => view! { <p>{t("loading")}</p> }.into_any(),
                Some(Err(e)) => view! { <p class="error-text">{error_text(&e)}</p> }.into_any(),
                Some(Ok(list)) if list.is_empty() => view! { <p>{t("tags-none")}</p> }.into_any(),
                Some(Ok(list)) => view! {
                    <ul class="person-list">
                        {list.into_iter().map(|tag| {
                            let (id, archived) = (tag.id.clone(), tag.archived);
                            let label = if archived {
                                t_args("tag-restore-named", &[("name", Value::from(tag.name.clone()))])
                            } else {
                                t_args("tag-archive-named", &[("name", Value::from(tag.name.clone()))])
                            };
                            view! {
                                <li class="person-link">
                                    <span class="person-name">{tag.name.clone()}</span>
                                    {archived.then(|| view! { <span class="person-details">{t("tag-archived")}</span> })}
                                    {can_edit.then(|| view! {
                                        <button type="button" class="link-button"
                                            on:click=move |_| archive(id.clone(), !archived)>{label}</button>
                                    })}
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                }.into_any(),
            }}
            {can_edit.then(|| view! {
                <form on:submit=submit novalidate>
                    <TextField id="tag_name" label=fluent_id!("tag-name") hint=fluent_id!("tag-name-hint")
                        value=name error=error autocomplete="off"/>
                    <div class="actions">
                        <button type="submit">{move || t("tag-add")}</button>
                    </div>
                </form>
            })}
        </section>
    }
}
