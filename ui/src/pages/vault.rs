//! A person's document vault: `#/vault?person=…`. Add several files at once (file picker or
//! drop on the page) with a title, a category, dates and notes for each, with progress; the
//! documents by category with thumbnails made in `core` and handed over from memory (object
//! URLs revoked when the screen closes); expiry dates; change and delete. Opening this screen
//! opens the vault, which `core` journals (and refuses without the person's consent).

use crate::form::{ErrorSummary, FormError};
use crate::i18n::{error_text, lang, t, t_args, Msg};
use crate::ipc;
use crate::pages::people::display_name;
use crate::pages::person::civil_date;
use crate::route::hash_param;
use leptos::prelude::*;
use leptos::task::spawn_local;
use passerelle_api::vault::{
    DocumentAdded, DocumentCategory, DocumentMeta, DocumentView, UpdateDocumentRequest, VaultView,
};
use passerelle_api::ApiError;
use passerelle_locales::Value;
use std::collections::HashMap;

/// "1,2 Mo" in the reader's language.
pub fn size_text(bytes: u64) -> String {
    let (value, id) = if bytes >= 1024 * 1024 {
        (bytes as f64 / (1024.0 * 1024.0), "vault-size-mb")
    } else if bytes == 0 {
        (0.0, "vault-size-kb")
    } else {
        // A tiny file never reads "0 ko".
        ((bytes as f64 / 1024.0).max(0.1), "vault-size-kb")
    };
    let opts = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&opts, &"maximumFractionDigits".into(), &1.into());
    let locales = js_sys::Array::of1(&lang().into());
    let n = js_sys::Intl::NumberFormat::new(&locales, &opts)
        .format()
        .call1(&wasm_bindgen::JsValue::NULL, &value.into())
        .ok()
        .and_then(|v| v.as_string())
        .unwrap_or_default();
    t_args(id, &[("size", Value::from(n))])
}

/// The kind of file in words, from the type `core` found by content.
fn kind_id(media_type: &str) -> &'static str {
    match media_type {
        "application/pdf" => "vault-kind-pdf",
        m if m.starts_with("image/") => "vault-kind-image",
        m if m.starts_with("text/") => "vault-kind-text",
        _ => "vault-kind-office",
    }
}

/// A `blob:` URL for bytes held in memory (registered, so a lock revokes it); the caller
/// revokes it.
pub(crate) fn object_url(bytes: &js_sys::Uint8Array, media_type: &str) -> Option<String> {
    crate::blobs::object_url(bytes, media_type)
}

pub(crate) fn revoke(url: &str) {
    crate::blobs::revoke(url);
}

/// A file chosen for intake, before it is sent.
#[derive(Clone, PartialEq)]
struct Pending {
    key: u32,
    /// Picked in the native dialog: `core` reads the file (no bytes held here).
    token: Option<String>,
    name: String,
    size: u64,
    title: RwSignal<String>,
    category: RwSignal<String>,
    issued_on: RwSignal<String>,
    expires_on: RwSignal<String>,
    notes: RwSignal<String>,
    private: RwSignal<bool>,
    error: RwSignal<Option<ApiError>>,
}

fn title_of(file_name: &str) -> String {
    match file_name.rsplit_once('.') {
        Some((stem, _)) if !stem.is_empty() => stem.to_owned(),
        _ => file_name.to_owned(),
    }
}

#[component]
pub fn VaultPage() -> impl IntoView {
    let person = hash_param("person").unwrap_or_default();
    let name = RwSignal::new(String::new());
    let vault = RwSignal::new(None::<Result<VaultView, ApiError>>);
    let status = RwSignal::new(None::<Msg>);
    let p = person.clone();
    let reload = move || {
        let p = p.clone();
        spawn_local(async move { vault.set(Some(ipc::open_vault(&p).await)) });
    };
    {
        let p = person.clone();
        spawn_local(async move {
            if let Ok(v) = ipc::get_person(&p).await {
                name.set(display_name(&v.profile.first_name, &v.profile.last_name));
            }
        });
    }
    reload();
    let back = format!("#/person?id={person}");
    let open = Memo::new(move |_| matches!(vault.get(), Some(Ok(_))));
    let reload_cb = Callback::new(move |_: ()| reload());
    view! {
        <p class="no-print"><a href=back.clone()>{move || t("vault-back-to-record")}</a></p>
        <h1 tabindex="-1">{move || t_args("vault-heading", &[("name", Value::from(name.get()))])}</h1>
        <p role="status" class="notice notice-status">{move || status.get().map(|m| m.text())}</p>
        {move || match (lang(), vault.get()).1 {
            None => view! { <p>{t("loading")}</p> }.into_any(),
            Some(Err(e)) => view! {
                <p class="notice notice-error" id="vault-refused">{error_text(&e)}</p>
                <p><a href=back.clone()>{t("vault-back-to-record")}</a></p>
            }.into_any(),
            Some(Ok(v)) => view! { <Usage used=v.used_bytes quota=v.quota_bytes/> }.into_any(),
        }}
        // Built once: files waiting or refused stay listed while the documents reload.
        {move || open.get().then(|| view! {
            <Intake person=person.clone() vault=vault status=status on_added=reload_cb/>
            <crate::pages::vault_private::PrivateSpace person=person.clone()
                enrolled=vault.with_untracked(|v| matches!(v, Some(Ok(v)) if v.private_enrolled))
                status=status on_enrolled=reload_cb/>
        })}
        {move || match vault.get() {
            Some(Ok(v)) => Some(view! { <DocumentList v=v status=status on_changed=reload_cb/> }),
            _ => None,
        }}
    }
}

#[component]
fn Usage(used: u64, quota: u64) -> impl IntoView {
    let nearly_full = quota > 0 && used * 10 >= quota * 9;
    view! {
        <p class="vault-usage" class:notice-warning=nearly_full>
            <label for="vault-meter">{move || t_args("vault-usage", &[
                ("used", Value::from(size_text(used))),
                ("quota", Value::from(size_text(quota))),
            ])}</label>
            " "
            <meter id="vault-meter" min="0" max=quota.to_string() value=used.to_string()
                high=(quota / 10 * 9).to_string()></meter>
        </p>
        {nearly_full.then(|| view! { <p class="notice notice-warning">{move || t("vault-nearly-full")}</p> })}
    }
}

/// Reads the chosen or dropped files into memory and lists them for their details.
fn take_files(
    files: web_sys::FileList,
    pending: RwSignal<Vec<Pending>>,
    bytes: StoredValue<HashMap<u32, js_sys::Uint8Array>, LocalStorage>,
    next_key: StoredValue<u32>,
) {
    for i in 0..files.length() {
        let Some(file) = files.get(i) else { continue };
        let key = next_key.get_value();
        next_key.set_value(key + 1);
        spawn_local(async move {
            let Ok(buf) = wasm_bindgen_futures::JsFuture::from(file.array_buffer()).await else {
                return;
            };
            let data = js_sys::Uint8Array::new(&buf);
            bytes.update_value(|m| {
                m.insert(key, data);
            });
            let name = file.name();
            pending.update(|p| {
                p.push(Pending {
                    key,
                    token: None,
                    title: RwSignal::new(title_of(&name)),
                    name,
                    size: file.size() as u64,
                    category: RwSignal::new(String::new()),
                    issued_on: RwSignal::new(String::new()),
                    expires_on: RwSignal::new(String::new()),
                    notes: RwSignal::new(String::new()),
                    private: RwSignal::new(false),
                    error: RwSignal::new(None),
                })
            });
        });
    }
}

#[component]
fn Intake(
    person: String,
    vault: RwSignal<Option<Result<VaultView, ApiError>>>,
    status: RwSignal<Option<Msg>>,
    on_added: Callback<()>,
) -> impl IntoView {
    let pending = RwSignal::new(Vec::<Pending>::new());
    let bytes = StoredValue::new_local(HashMap::<u32, js_sys::Uint8Array>::new());
    let next_key = StoredValue::new(0u32);
    let progress = RwSignal::new(None::<(usize, usize)>);
    let error: FormError = RwSignal::new(None);
    let dragging = RwSignal::new(false);
    let added_now = RwSignal::new(0usize);
    // Originals picked in the native dialog and now safely in the vault: (token, name).
    let originals = RwSignal::new(Vec::<(String, String)>::new());
    let pick_native = move |_| {
        spawn_local(async move {
            match ipc::pick_files().await {
                Ok(files) => pending.update(|l| {
                    for f in files {
                        let key = next_key.get_value();
                        next_key.set_value(key + 1);
                        l.push(Pending {
                            key,
                            token: Some(f.token),
                            title: RwSignal::new(title_of(&f.name)),
                            name: f.name,
                            size: f.size,
                            category: RwSignal::new(String::new()),
                            issued_on: RwSignal::new(String::new()),
                            expires_on: RwSignal::new(String::new()),
                            notes: RwSignal::new(String::new()),
                            private: RwSignal::new(false),
                            error: RwSignal::new(None),
                        });
                    }
                }),
                Err(e) => {
                    error.set(Some(e));
                    crate::form::focus_error_summary("vault-intake-errors");
                }
            }
        });
    };
    let on_pick = move |ev: leptos::ev::Event| {
        let input: web_sys::HtmlInputElement = event_target(&ev);
        if let Some(files) = input.files() {
            take_files(files, pending, bytes, next_key);
        }
        input.set_value("");
    };
    let on_drop = move |ev: web_sys::DragEvent| {
        ev.prevent_default();
        dragging.set(false);
        if let Some(files) = ev.data_transfer().and_then(|d| d.files()) {
            take_files(files, pending, bytes, next_key);
        }
    };
    let send = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if progress.get_untracked().is_some() {
            return;
        }
        let list = pending.get_untracked();
        if list.is_empty() {
            error.set(Some(crate::form::local_error(
                "vault-files",
                "vault-no-file",
            )));
            crate::form::focus_error_summary("vault-intake-errors");
            return;
        }
        // Refuse before sending what cannot fit: the bytes would cross for nothing.
        let total: u64 = list.iter().map(|p| p.size).sum();
        let room = vault.with_untracked(|v| match v {
            Some(Ok(v)) => v.quota_bytes.saturating_sub(v.used_bytes),
            _ => 0,
        });
        if total > room {
            error.set(Some(crate::form::local_error(
                "vault-files",
                "vault-too-big-for-room",
            )));
            crate::form::focus_error_summary("vault-intake-errors");
            return;
        }
        error.set(None);
        let person = person.clone();
        spawn_local(async move {
            let n = list.len();
            let mut ok = 0usize;
            let mut warning = false;
            let mut from_page = 0usize;
            for (i, p) in list.into_iter().enumerate() {
                progress.set(Some((i, n)));
                let meta = DocumentMeta {
                    person: person.clone(),
                    original_name: p.name.clone(),
                    title: p.title.get_untracked().trim().to_owned(),
                    category: DocumentCategory::parse(&p.category.get_untracked())
                        .unwrap_or(DocumentCategory::Autre),
                    issued_on: Some(p.issued_on.get_untracked()).filter(|s| !s.is_empty()),
                    expires_on: Some(p.expires_on.get_untracked()).filter(|s| !s.is_empty()),
                    notes: p.notes.get_untracked(),
                    private: p.private.get_untracked(),
                };
                let result = match &p.token {
                    Some(token) => ipc::add_picked(token, meta).await,
                    None => match bytes.with_value(|m| m.get(&p.key).cloned()) {
                        Some(data) => ipc::add_document(&meta, &data).await,
                        None => continue,
                    },
                };
                match result {
                    Ok(DocumentAdded { quota_warning, .. }) => {
                        ok += 1;
                        match &p.token {
                            Some(token) => {
                                originals.update(|o| o.push((token.clone(), p.name.clone())))
                            }
                            None => from_page += 1,
                        }
                        warning |= quota_warning;
                        bytes.update_value(|m| {
                            m.remove(&p.key);
                        });
                        pending.update(|l| l.retain(|x| x.key != p.key));
                    }
                    Err(e) => p.error.set(Some(e)),
                }
            }
            progress.set(None);
            added_now.set(from_page);
            let failed = n - ok;
            status.set(Some(if failed == 0 {
                Msg::t("vault-added").num("count", ok as f64)
            } else {
                Msg::t("vault-added-some")
                    .num("count", ok as f64)
                    .num("failed", failed as f64)
            }));
            // The reloaded usage line says so too; the status is what a screen reader hears.
            if warning {
                status.set(Some(
                    Msg::t("vault-added-nearly-full").num("count", ok as f64),
                ));
            }
            if ok > 0 {
                on_added.run(());
            }
            if failed > 0 {
                crate::form::focus_id("vault-pending");
            }
        });
    };
    view! {
        <section aria-labelledby="vault-add-heading" class="card vault-intake">
            <h2 id="vault-add-heading">{move || t("vault-add-heading")}</h2>
            <ErrorSummary id="vault-intake-errors" error=error/>
            <div class="drop-zone" class:drop-zone-active=move || dragging.get()
                on:dragover=move |ev: web_sys::DragEvent| { ev.prevent_default(); dragging.set(true); }
                on:dragleave=move |_| dragging.set(false)
                on:drop=on_drop>
                <p>{move || t("vault-drop-hint")}</p>
                <p>
                    <button type="button" class="primary" id="vault-pick" on:click=pick_native
                        aria-describedby="vault-pick-hint">{move || t("vault-pick-files")}</button>
                </p>
                <p class="hint" id="vault-pick-hint">{move || t("vault-pick-hint")}</p>
                <div class="field">
                    <label for="vault-files">{move || t("vault-choose-files")}</label>
                    <p class="hint" id="vault-files-hint">{move || t("vault-types-hint")}</p>
                    <input type="file" id="vault-files" multiple aria-describedby="vault-files-hint"
                        on:change=on_pick/>
                </div>
            </div>
            <form on:submit=send novalidate>
                <div id="vault-pending" tabindex="-1">
                    <For each=move || pending.get() key=|p| p.key let:p>
                        <PendingFile p=p pending=pending bytes=bytes vault=vault/>
                    </For>
                </div>
                {move || progress.get().map(|(i, n)| view! {
                    <p role="status" class="vault-progress">
                        <label for="vault-progress-bar">{t_args("vault-progress", &[
                            ("done", Value::from(i)), ("count", Value::from(n))])}</label>
                        " "
                        <progress id="vault-progress-bar" max=n.to_string() value=i.to_string()></progress>
                    </p>
                })}
                {move || (!pending.with(Vec::is_empty)).then(|| view! {
                    <button type="submit" class="primary" aria-disabled=move || progress.get().is_some().then_some("true")>
                        {move || t_args("vault-add-submit", &[("count", Value::from(pending.with(Vec::len)))])}
                    </button>
                })}
            </form>
            <Originals originals=originals status=status/>
            {move || (added_now.get() > 0).then(|| view! {
                <p class="notice notice-warning" id="vault-source-reminder">{t("vault-delete-source-reminder")}</p>
            })}
        </section>
    }
}

/// Offers to delete the originals of the files just put in the vault (picked in the native
/// dialog: `core` knows where they are).
#[component]
fn Originals(
    originals: RwSignal<Vec<(String, String)>>,
    status: RwSignal<Option<Msg>>,
) -> impl IntoView {
    let error: FormError = RwSignal::new(None);
    let delete = move |_| {
        let tokens: Vec<String> = originals
            .get_untracked()
            .into_iter()
            .map(|(t, _)| t)
            .collect();
        spawn_local(async move {
            match ipc::delete_sources(tokens).await {
                Ok(names) => {
                    originals.set(Vec::new());
                    status.set(Some(
                        Msg::t("vault-originals-deleted").num("count", names.len() as f64),
                    ));
                }
                Err(e) => {
                    error.set(Some(e));
                    crate::form::focus_error_summary("vault-originals-errors");
                }
            }
        });
    };
    move || {
        let list = originals.get();
        (!list.is_empty()).then(|| view! {
            <div class="notice notice-warning" id="vault-originals" role="group" aria-labelledby="vault-originals-title">
                <p class="notice-title" id="vault-originals-title">{t("vault-originals-title")}</p>
                <p>{t("vault-originals-why")}</p>
                <ul>{list.into_iter().map(|(_, n)| view! { <li>{n}</li> }).collect_view()}</ul>
                <ErrorSummary id="vault-originals-errors" error=error/>
                <button type="button" class="danger" on:click=delete>{t("vault-originals-delete")}</button>
                " "
                <button type="button" on:click=move |_| originals.set(Vec::new())>{t("vault-originals-keep")}</button>
            </div>
        })
    }
}

#[component]
fn PendingFile(
    p: Pending,
    pending: RwSignal<Vec<Pending>>,
    bytes: StoredValue<HashMap<u32, js_sys::Uint8Array>, LocalStorage>,
    vault: RwSignal<Option<Result<VaultView, ApiError>>>,
) -> impl IntoView {
    let k = p.key;
    let enrolled = move || vault.with(|v| matches!(v, Some(Ok(v)) if v.private_enrolled));
    let id = |f: &str| format!("pending-{k}-{f}");
    let err_id = id("error");
    let described = move || {
        p.error
            .get()
            .is_some()
            .then(|| format!("pending-{k}-error"))
    };
    let remove = move |_| {
        bytes.update_value(|m| {
            m.remove(&k);
        });
        pending.update(|l| l.retain(|x| x.key != k));
    };
    let name = p.name.clone();
    view! {
        <fieldset class="pending-file" aria-describedby=described>
            <legend>{format!("{} ({})", p.name, size_text(p.size))}</legend>
            <p class="field-error" id=err_id hidden=move || p.error.get().is_none()>
                {move || p.error.get().map(|e| error_text(&e))}
            </p>
            <div class="field-row">
                <div class="field">
                    <label for=id("title")>{move || t("vault-title")}</label>
                    <input id=id("title") type="text" prop:value=move || p.title.get()
                        on:input=move |ev| p.title.set(event_target_value(&ev))/>
                </div>
                <div class="field">
                    <CategorySelect id=id("category") value=p.category unsorted=true/>
                </div>
            </div>
            <div class="field-row">
                <div class="field">
                    <label for=id("issued")>{move || t("vault-issued-on")}</label>
                    <input id=id("issued") type="date" prop:value=move || p.issued_on.get()
                        on:input=move |ev| p.issued_on.set(event_target_value(&ev))/>
                </div>
                <div class="field">
                    <label for=id("expires")>{move || t("vault-expires-on-label")}</label>
                    <p class="hint" id=id("expires-hint")>{move || t("vault-expires-hint")}</p>
                    <input id=id("expires") type="date" aria-describedby=id("expires-hint")
                        prop:value=move || p.expires_on.get()
                        on:input=move |ev| p.expires_on.set(event_target_value(&ev))/>
                </div>
            </div>
            <div class="field">
                <label for=id("notes")>{move || t("vault-notes")}</label>
                <textarea id=id("notes") rows="2" prop:value=move || p.notes.get()
                    on:input=move |ev| p.notes.set(event_target_value(&ev))></textarea>
            </div>
            {move || enrolled().then(|| view! {
                <div class="check">
                    <input type="checkbox" id=format!("pending-{k}-private")
                        aria-describedby=format!("pending-{k}-private-hint")
                        prop:checked=move || p.private.get()
                        on:change=move |ev| p.private.set(event_target_checked(&ev))/>
                    <label for=format!("pending-{k}-private")>{t("vault-private-choice")}</label>
                    <p class="hint" id=format!("pending-{k}-private-hint")>{t("vault-private-choice-hint")}</p>
                </div>
            })}
            <button type="button" on:click=remove
                aria-label=move || t_args("vault-remove-pending-named", &[("name", Value::from(name.clone()))])>
                {move || t("vault-remove-pending")}</button>
        </fieldset>
    }
}

#[component]
fn DocumentList(
    v: VaultView,
    status: RwSignal<Option<Msg>>,
    on_changed: Callback<()>,
) -> impl IntoView {
    let n = v.documents.len();
    let window = i64::from(v.expiry_window_days);
    let mut by_category: Vec<(DocumentCategory, Vec<DocumentView>)> = DocumentCategory::ALL
        .iter()
        .map(|c| (*c, Vec::new()))
        .collect();
    for d in v.documents {
        if let Some((_, list)) = by_category.iter_mut().find(|(c, _)| *c == d.category) {
            list.push(d);
        }
    }
    let chosen = RwSignal::new(Vec::<String>::new());
    view! {
        <section aria-labelledby="vault-list-heading">
            <h2 id="vault-list-heading">{move || t_args("vault-list-heading", &[("count", Value::from(n))])}</h2>
            {(n == 0).then(|| view! { <p>{move || t("vault-empty")}</p> })}
            {by_category.into_iter().filter(|(_, l)| !l.is_empty()).map(|(c, list)| {
                let hid = format!("vault-folder-{}", c.code());
                view! {
                    <h3 id=hid.clone()>{move || t(c.label_id())}</h3>
                    <ul class="document-list" aria-labelledby=hid>
                        {list.into_iter().map(|d| view! {
                            <DocumentCard d=d window=window status=status on_changed=on_changed chosen=chosen/>
                        }).collect_view()}
                    </ul>
                }
            }).collect_view()}
            {(n > 0).then(|| view! { <crate::pages::vault_export::ExportChosen chosen=chosen status=status/> })}
        </section>
    }
}

#[component]
fn DocumentCard(
    d: DocumentView,
    window: i64,
    status: RwSignal<Option<Msg>>,
    on_changed: Callback<()>,
    chosen: RwSignal<Vec<String>>,
) -> impl IntoView {
    let thumb = RwSignal::new(None::<String>);
    if d.has_thumbnail {
        let id = d.id.clone();
        spawn_local(async move {
            if let Ok(Some(bytes)) = ipc::document_thumbnail(&id).await {
                thumb.set(object_url(&bytes, "image/jpeg"));
            }
        });
    }
    // Nothing decrypted outlives the screen: the thumbnail's URL goes with it.
    on_cleanup(move || {
        if let Some(u) = thumb.get_untracked() {
            revoke(&u);
        }
    });
    let editing = RwSignal::new(false);
    let confirming = RwSignal::new(false);
    let error: FormError = RwSignal::new(None);
    // Texts follow a language change in place: the list is not rebuilt (an open viewer lives in
    // it).
    let soon = d.days_left.is_some_and(|left| left <= window);
    let expiry = d.expires_on.clone().map(|date| {
        let (left, category) = (d.days_left.unwrap_or(i64::MAX), d.category);
        move || {
            t_args(
                if left < 0 {
                    "vault-expired-on"
                } else {
                    "vault-expires-on"
                },
                &[
                    ("title", Value::from(t(category.label_id()))),
                    ("date", Value::from(civil_date(&date, &lang()))),
                ],
            )
        }
    });
    let (media, size, created) = (d.media_type.clone(), d.size, d.created_at_ms);
    let meta_line = move || {
        format!(
            "{} · {} · {}",
            t(kind_id(&media)),
            size_text(size),
            t_args(
                "vault-added-on",
                &[(
                    "date",
                    Value::from(crate::pages::recovery_sheet::local_date_time(
                        created,
                        &lang()
                    ))
                )]
            )
        )
    };
    let title = d.title.clone();
    let card_id = format!("doc-{}", d.id);
    let (t1, t2, t3) = (title.clone(), title.clone(), title.clone());
    let id_del = d.id.clone();
    let delete = move |_| {
        let id = id_del.clone();
        let title = t3.clone();
        spawn_local(async move {
            match ipc::delete_document(&id).await {
                Ok(()) => {
                    status.set(Some(Msg::t("vault-deleted").arg("title", title)));
                    on_changed.run(());
                }
                Err(e) => error.set(Some(e)),
            }
        });
    };
    let d_edit = d.clone();
    let d_view = d.clone();
    view! {
        <li class="card document" id=card_id>
            <div class="document-thumb" aria-hidden="true">
                {move || match thumb.get() {
                    Some(u) => view! { <img src=u alt=""/> }.into_any(),
                    None => view! { <span class="document-icon">{t(kind_id(&d.media_type))}</span> }.into_any(),
                }}
            </div>
            <div class="document-body">
                <h4>{title.clone()}
                    {d.private.then(|| view! { " " <span class="badge">{t("vault-private-badge")}</span> })}
                </h4>
                <p class="hint">{meta_line}</p>
                {expiry.map(|text| view! {
                    <p class="document-expiry" class:expiry-soon=soon>{text}</p>
                })}
                {(!d.notes.is_empty()).then(|| view! { <p>{d.notes.clone()}</p> })}
                {(!d.private).then(|| {
                    let (id_a, id_b) = (d.id.clone(), d.id.clone());
                    let box_id = format!("choose-{}", d.id);
                    let title = d.title.clone();
                    view! {
                        <div class="check">
                            <input type="checkbox" id=box_id.clone()
                                prop:checked=move || chosen.with(|c| c.contains(&id_a))
                                on:change=move |ev| {
                                    let on = event_target_checked(&ev);
                                    let id = id_b.clone();
                                    chosen.update(|c| {
                                        c.retain(|x| *x != id);
                                        if on {
                                            c.push(id);
                                        }
                                    });
                                }/>
                            <label for=box_id>{move || t_args("vault-choose-for-export", &[("title", Value::from(title.clone()))])}</label>
                        </div>
                    }
                })}
                <ErrorSummary id="doc-errors" error=error/>
                <div class="actions">
                    {(!d_view.private).then(|| view! { <crate::pages::viewer::ViewButton d=d_view.clone()/> })}
                    <button type="button" aria-expanded=move || editing.get().to_string()
                        on:click=move |_| editing.update(|e| *e = !*e)
                        aria-label=move || t_args("vault-edit-named", &[("title", Value::from(t1.clone()))])>
                        {move || t("vault-edit")}</button>
                    <button type="button" on:click=move |_| confirming.set(true)
                        aria-label=move || t_args("vault-delete-named", &[("title", Value::from(t2.clone()))])>
                        {move || t("vault-delete")}</button>
                </div>
                {move || confirming.get().then(|| {
                    let delete = delete.clone();
                    view! {
                        <div class="confirm" role="group" aria-label=t("vault-delete-confirm-label")>
                            <p>{t_args("vault-delete-confirm", &[("title", Value::from(title.clone()))])}</p>
                            <button type="button" class="danger" on:click=delete>{t("vault-delete-yes")}</button>
                            <button type="button" on:click=move |_| confirming.set(false)>{t("cancel")}</button>
                        </div>
                    }
                })}
                {move || editing.get().then(|| view! {
                    <EditDocument d=d_edit.clone() status=status on_done=Callback::new(move |_: ()| {
                        editing.set(false);
                        on_changed.run(());
                    })/>
                })}
            </div>
        </li>
    }
}

#[component]
fn EditDocument(
    d: DocumentView,
    status: RwSignal<Option<Msg>>,
    on_done: Callback<()>,
) -> impl IntoView {
    let title = RwSignal::new(d.title.clone());
    let category = RwSignal::new(d.category.code().to_owned());
    let issued = RwSignal::new(d.issued_on.clone().unwrap_or_default());
    let expires = RwSignal::new(d.expires_on.clone().unwrap_or_default());
    let notes = RwSignal::new(d.notes.clone());
    let error: FormError = RwSignal::new(None);
    let busy = RwSignal::new(false);
    let k = d.id.clone();
    let id = move |f: &str| format!("edit-{k}-{f}");
    let summary: &'static str = "vault-edit-errors";
    let doc_id = d.id.clone();
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let req = UpdateDocumentRequest {
            id: doc_id.clone(),
            title: title.get_untracked(),
            category: DocumentCategory::parse(&category.get_untracked())
                .unwrap_or(DocumentCategory::Autre),
            issued_on: Some(issued.get_untracked()).filter(|s| !s.is_empty()),
            expires_on: Some(expires.get_untracked()).filter(|s| !s.is_empty()),
            notes: notes.get_untracked(),
        };
        crate::form::submit_form(
            busy,
            error,
            summary,
            async move { ipc::update_document(&req).await },
            move |()| {
                status.set(Some(Msg::t("vault-saved")));
                on_done.run(());
            },
        );
    };
    view! {
        <form class="document-edit" on:submit=save novalidate>
            <ErrorSummary id=summary error=error/>
            <crate::form::TextField id=id("title") fields=vec!["title".into()] label="vault-title" value=title error=error/>
            <div class="field">
                <CategorySelect id=id("category") value=category/>
            </div>
            <crate::form::TextField id=id("issued") fields=vec!["issued_on".into()] label="vault-issued-on" value=issued error=error input_type="date"/>
            <crate::form::TextField id=id("expires") fields=vec!["expires_on".into()] label="vault-expires-on-label" value=expires error=error input_type="date"/>
            <crate::form::TextField id=id("notes") fields=vec!["notes".into()] label="vault-notes" value=notes error=error/>
            <button type="submit" class="primary">{move || t("vault-save")}</button>
        </form>
    }
}

/// On a person's record: the way to their documents, and those expiring soon.
#[component]
pub fn VaultLink(person: String) -> impl IntoView {
    let expiring = RwSignal::new(Vec::new());
    let p = person.clone();
    spawn_local(async move {
        if let Ok(all) = ipc::expiring_documents().await {
            expiring.set(
                all.into_iter()
                    .filter(|d| d.person == p)
                    .collect::<Vec<_>>(),
            );
        }
    });
    let href = format!("#/vault?person={person}");
    view! {
        <section aria-labelledby="record-documents" class="record-documents">
            <h2 id="record-documents">{move || t("vault-record-heading")}</h2>
            {move || {
                let l = lang();
                let list = expiring.get();
                (!list.is_empty()).then(|| view! {
                    <ul class="expiring-list">
                        {list.into_iter().map(|d| {
                            let id = if d.days_left < 0 { "vault-expired-on" } else { "vault-expires-on" };
                            view! { <li class="expiry-soon">{t_args(id, &[
                                ("title", Value::from(d.title.clone())),
                                ("date", Value::from(civil_date(&d.expires_on, &l))),
                            ])}</li> }
                        }).collect_view()}
                    </ul>
                })
            }}
            <p><a href=href class="button-link">{move || t("vault-open")}</a></p>
        </section>
    }
}

/// On the Today list: documents expiring within the window (expired ones too).
#[component]
pub fn ExpiringToday() -> impl IntoView {
    let list = RwSignal::new(Vec::new());
    spawn_local(async move {
        if let Ok(all) = ipc::expiring_documents().await {
            list.set(all);
        }
    });
    move || {
        let l = lang();
        let all = list.get();
        let n = all.len();
        (n > 0).then(|| view! {
            <h3 id="today-expiring">{t_args("today-expiring-heading", &[("count", Value::from(n))])}</h3>
            <ul class="expiring-list" aria-labelledby="today-expiring">
                {all.into_iter().map(|d| {
                    let id = if d.days_left < 0 { "vault-expired-on" } else { "vault-expires-on" };
                    let href = format!("#/vault?person={}", d.person);
                    view! {
                        <li class="expiry-soon">
                            <a href=href>{d.person_name.clone()}</a>
                            " — "
                            {t_args(id, &[
                                ("title", Value::from(format!("{} ({})", d.title, t(d.category.label_id())))),
                                ("date", Value::from(civil_date(&d.expires_on, &l))),
                            ])}
                        </li>
                    }
                }).collect_view()}
            </ul>
        })
    }
}

/// The folder of a document, labelled; `unsorted` offers "Autre (à classer)" as an empty
/// choice (intake), else every folder is a real one (editing).
#[component]
fn CategorySelect(
    id: String,
    value: RwSignal<String>,
    #[prop(optional)] unsorted: bool,
) -> impl IntoView {
    view! {
        <label for=id.clone()>{move || t("vault-category")}</label>
        <select id=id on:change=move |ev| value.set(event_target_value(&ev))>
            {unsorted.then(|| view! {
                <option value="" selected=move || value.get().is_empty()>{move || t("vault-category-choose")}</option>
            })}
            {DocumentCategory::ALL.iter().map(|c| {
                let code = c.code();
                view! { <option value=code selected=move || value.get() == code>{move || t(c.label_id())}</option> }
            }).collect_view()}
        </select>
    }
}
