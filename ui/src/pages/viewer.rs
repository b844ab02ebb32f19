//! The document viewer (issue 8, parts 1, 2 and 4): a modal dialog opened by a document's
//! "Voir" button. It shows nothing until `read_document` has answered — `core` releases the
//! bytes only once the whole age stream authenticated and the hash matched — then an image
//! from memory (a registered `blob:` URL, revoked on close) or a PDF through pdf.js
//! (`ui/viewer/viewer.js`, fed with the bytes, its text layer for screen readers). Zoom,
//! rotation and pages by buttons and keys; a preview cap beyond which it explains instead;
//! printing through the OS dialog with the plaintext exit stated and journaled. A lock closes
//! it, revokes every object URL and reloads the page ([`close_on_lock`]).

use crate::blobs;
use crate::i18n::{error_text, t, t_args, Msg};
use crate::ipc;
use crate::pages::vault::size_text;
use leptos::html;
use leptos::prelude::*;
use leptos::task::spawn_local;
use passerelle_api::vault::{DocumentView, ExportNames};
use passerelle_api::ApiError;
use passerelle_locales::Value;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// Beyond this size a document is not previewed: decrypting, copying and drawing it would
/// stall the desk. It can still be exported.
pub const PREVIEW_CAP: u64 = 50 * 1024 * 1024;

/// Zoom steps; 1 fits the page (or photo) to the stage.
const ZOOMS: [f64; 9] = [0.5, 0.67, 0.8, 1.0, 1.25, 1.5, 2.0, 3.0, 4.0];
const ZOOM_NORMAL: usize = 3;

/// PDF pages are drawn at this resolution before the print dialog opens.
const PRINT_DPI: f64 = 200.0;

/// The element the print CSS keeps (a child of `body`, made when printing).
const PRINT_ROOT: &str = "viewer-print-root";
/// Set on `<html>` while a document is ready to print.
const PRINTING_CLASS: &str = "printing-document";

#[wasm_bindgen(module = "/viewer/viewer.js")]
extern "C" {
    #[wasm_bindgen(js_name = openPdf, catch)]
    async fn open_pdf(bytes: &js_sys::Uint8Array) -> Result<JsValue, JsValue>;
    #[wasm_bindgen(js_name = renderPage, catch)]
    async fn render_page(
        n: u32,
        scale: f64,
        rotation: u32,
        canvas_container: &web_sys::Element,
        text_layer_container: &web_sys::Element,
    ) -> Result<JsValue, JsValue>;
    #[wasm_bindgen(js_name = renderForPrint, catch)]
    async fn render_for_print(
        target: &web_sys::Element,
        dpi: f64,
        rotation: u32,
        register: &js_sys::Function,
    ) -> Result<JsValue, JsValue>;
    #[wasm_bindgen(js_name = imageForPrint, catch)]
    async fn image_for_print(
        url: &str,
        rotation: u32,
        target: &web_sys::Element,
        register: &js_sys::Function,
    ) -> Result<JsValue, JsValue>;
    #[wasm_bindgen(js_name = close, catch)]
    async fn close_pdf() -> Result<JsValue, JsValue>;
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Pdf,
    Image,
    Other,
}

/// What the viewer can draw, by the type `core` found by content.
fn kind(media_type: &str) -> Kind {
    match media_type {
        "application/pdf" => Kind::Pdf,
        // HEIC/HEIF is stored but WebKit cannot draw it.
        "image/jpeg" | "image/png" | "image/gif" | "image/webp" => Kind::Image,
        _ => Kind::Other,
    }
}

#[derive(Debug, Clone, PartialEq)]
enum Shown {
    Loading,
    Pdf(u32),
    Image(String),
    TooBig,
    Unsupported,
    Failed(Option<ApiError>),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Print {
    Preparing,
    Ready,
    Failed,
}

thread_local! {
    /// Closes the open viewer (one at a time: it is modal).
    static OPEN: RefCell<Option<Rc<dyn Fn()>>> = const { RefCell::new(None) };
    /// Object URLs of the pages prepared for printing.
    static PRINT_URLS: RefCell<Vec<String>> = const { RefCell::new(Vec::new()) };
    static AFTER_PRINT: RefCell<bool> = const { RefCell::new(false) };
}

fn document() -> Option<web_sys::Document> {
    web_sys::window().and_then(|w| w.document())
}

/// Removes the pages prepared for printing and revokes their URLs.
fn remove_print_root() {
    if let Some(d) = document() {
        if let Some(root) = d.get_element_by_id(PRINT_ROOT) {
            root.remove();
        }
        if let Some(html) = d.document_element() {
            let _ = html.class_list().remove_1(PRINTING_CLASS);
        }
    }
    for url in PRINT_URLS.with(|u| std::mem::take(&mut *u.borrow_mut())) {
        blobs::revoke(&url);
    }
}

/// Called by the shell when the session locks (by the button, the shortcut, the idle timer or
/// the shell itself): the viewer closes, the PDF and its worker go, every object URL the
/// screens made is revoked. The page reloads right after (see `auth::reload_home`).
pub fn close_on_lock() {
    let closer = OPEN.with(|o| o.borrow_mut().take());
    if let Some(close) = closer {
        close();
    }
    remove_print_root();
    spawn_local(async {
        let _ = close_pdf().await;
    });
    blobs::revoke_all();
}

/// The "Voir" button of a document card, and the viewer it opens. Focus comes back to the
/// button when the viewer closes.
#[component]
pub fn ViewButton(d: DocumentView) -> impl IntoView {
    let open = RwSignal::new(false);
    let button = NodeRef::<html::Button>::new();
    let title = d.title.clone();
    let on_closed = Callback::new(move |_: ()| {
        open.set(false);
        if let Some(b) = button.get_untracked() {
            let _ = b.focus();
        }
    });
    view! {
        <button type="button" class="view-button" node_ref=button aria-haspopup="dialog"
            aria-label=move || t_args("viewer-open-named", &[("title", Value::from(title.clone()))])
            on:click=move |_| open.set(true)>
            {move || t("viewer-open")}
        </button>
        {move || open.get().then(|| view! { <DocumentViewer d=d.clone() on_closed=on_closed/> })}
    }
}

#[component]
fn DocumentViewer(d: DocumentView, on_closed: Callback<()>) -> impl IntoView {
    let dialog = NodeRef::<html::Dialog>::new();
    let stage = NodeRef::<html::Div>::new();
    let canvas_box = NodeRef::<html::Div>::new();
    let text_box = NodeRef::<html::Div>::new();
    let shown = RwSignal::new(Shown::Loading);
    let page = RwSignal::new(1u32);
    let zoom = RwSignal::new(ZOOM_NORMAL);
    let rotation = RwSignal::new(0u32);
    let rendering = RwSignal::new(false);
    let natural = RwSignal::new(None::<(f64, f64)>);
    let room = RwSignal::new((800.0f64, 600.0f64));
    let print = RwSignal::new(None::<Print>);
    let closed = StoredValue::new(false);
    let image_url = StoredValue::new(None::<String>);
    let k = kind(&d.media_type);

    let close = move || {
        if closed.try_get_value().unwrap_or(true) {
            return;
        }
        closed.set_value(true);
        OPEN.with(|o| *o.borrow_mut() = None);
        if let Some(dl) = dialog.get_untracked() {
            dl.close();
        }
        on_closed.run(());
    };
    OPEN.with(|o| *o.borrow_mut() = Some(Rc::new(close)));
    // Whatever closes the viewer, what it decrypted goes with it.
    on_cleanup(move || {
        if let Some(Some(u)) = image_url.try_get_value() {
            blobs::revoke(&u);
        }
        remove_print_root();
        if k == Kind::Pdf {
            spawn_local(async {
                let _ = close_pdf().await;
            });
        }
    });

    // Opened as a modal dialog once it is in the page: the rest of the screen is inert.
    Effect::new(move |_| {
        if let Some(dl) = dialog.get() {
            if !dl.open() {
                let _ = dl.show_modal();
            }
        }
    });

    // Nothing is drawn before the whole document is decrypted and authenticated in core.
    {
        let id = d.id.clone();
        let media = d.media_type.clone();
        match k {
            Kind::Other => shown.set(Shown::Unsupported),
            _ if d.size > PREVIEW_CAP => shown.set(Shown::TooBig),
            _ => spawn_local(async move {
                let bytes = match ipc::read_document(&id).await {
                    Ok(b) => b,
                    Err(e) => {
                        let _ = shown.try_set(Shown::Failed(Some(e)));
                        return;
                    }
                };
                if closed.try_get_value().unwrap_or(true) {
                    return;
                }
                if k == Kind::Image {
                    match blobs::object_url(&bytes, &media) {
                        Some(u) if !closed.try_get_value().unwrap_or(true) => {
                            image_url.set_value(Some(u.clone()));
                            shown.set(Shown::Image(u));
                        }
                        Some(u) => blobs::revoke(&u),
                        None => {
                            let _ = shown.try_set(Shown::Failed(None));
                        }
                    }
                } else {
                    let pages = open_pdf(&bytes).await;
                    drop(bytes);
                    match pages {
                        Ok(n) => {
                            let n = n.as_f64().unwrap_or(0.0) as u32;
                            let _ = shown.try_set(if n > 0 {
                                Shown::Pdf(n)
                            } else {
                                Shown::Failed(None)
                            });
                        }
                        Err(_) => {
                            let _ = shown.try_set(Shown::Failed(None));
                        }
                    }
                }
            }),
        }
    }

    // Draws the current page whenever the page, zoom or rotation changes.
    Effect::new(move |_| {
        let (p, z, r) = (page.get(), ZOOMS[zoom.get()], rotation.get());
        if !matches!(shown.get(), Shown::Pdf(_)) {
            return;
        }
        let (Some(c), Some(tl)) = (canvas_box.get(), text_box.get()) else {
            return;
        };
        rendering.set(true);
        spawn_local(async move {
            let r = render_page(p, z, r, &c, &tl).await;
            let _ = rendering.try_set(false);
            if r.is_err() && !closed.try_get_value().unwrap_or(true) {
                let _ = shown.try_set(Shown::Failed(None));
            }
        });
    });

    let pages = move || match shown.get() {
        Shown::Pdf(n) => n,
        _ => 0,
    };
    let is_pdf = move || matches!(shown.get(), Shown::Pdf(_));
    let is_image = move || matches!(shown.get(), Shown::Image(_));
    let drawable = move || is_pdf() || is_image();
    let zoom_in = move || zoom.update(|z| *z = (*z + 1).min(ZOOMS.len() - 1));
    let zoom_out = move || zoom.update(|z| *z = z.saturating_sub(1));
    let zoom_reset = move || zoom.set(ZOOM_NORMAL);
    let rotate = move || rotation.update(|r| *r = (*r + 90) % 360);
    let previous = move || {
        if page.get_untracked() > 1 {
            page.update(|p| *p -= 1);
        }
    };
    let next = move || {
        if page.get_untracked() < pages() {
            page.update(|p| *p += 1);
        }
    };
    let on_key = move |ev: leptos::ev::KeyboardEvent| {
        if ev.ctrl_key() || ev.alt_key() || ev.meta_key() || !drawable() {
            return;
        }
        let rtl = document()
            .and_then(|d| d.document_element())
            .is_some_and(|h| h.get_attribute("dir").as_deref() == Some("rtl"));
        let code = ev.code();
        match ev.key().as_str() {
            "+" | "=" => zoom_in(),
            "-" | "−" => zoom_out(),
            "0" => zoom_reset(),
            "r" | "R" => rotate(),
            // Pages turn the way the language reads.
            "ArrowLeft" if rtl => next(),
            "ArrowLeft" => previous(),
            "ArrowRight" if rtl => previous(),
            "ArrowRight" => next(),
            // Keyboards where these keys give other characters (AZERTY 0 is "à", Arabic R).
            _ if code == "Digit0" || code == "Numpad0" => zoom_reset(),
            _ if code == "KeyR" => rotate(),
            _ => return,
        }
        ev.prevent_default();
    };

    // The photo's drawn size: fitted to the stage at zoom 1, turned boxes swap their sides.
    let measure = move || {
        if let Some(s) = stage.get_untracked() {
            let w = f64::from(s.client_width()) - 32.0;
            let h = f64::from(s.client_height()) - 32.0;
            if w > 0.0 && h > 0.0 {
                room.set((w, h));
            }
        }
    };
    let image_size = move || {
        let (w, h) = natural.get()?;
        let (rw, rh) = room.get();
        let turned = rotation.get() % 180 == 90;
        let (bw, bh) = if turned { (h, w) } else { (w, h) };
        let fit = (rw / bw).min(rh / bh).min(1.0);
        let z = ZOOMS[zoom.get()];
        Some((w * fit * z, h * fit * z, turned))
    };
    let box_style = move || match image_size() {
        Some((w, h, turned)) => {
            let (bw, bh) = if turned { (h, w) } else { (w, h) };
            format!("inline-size:{bw:.0}px;block-size:{bh:.0}px")
        }
        None => String::new(),
    };
    let img_style = move || match image_size() {
        Some((w, h, _)) => format!(
            "width:{w:.0}px;height:{h:.0}px;transform:translate(-50%,-50%) rotate({}deg)",
            rotation.get()
        ),
        None => "max-width:100%".to_owned(),
    };

    let id_print = d.id.clone();
    let start_print = move |_| {
        if matches!(print.get_untracked(), Some(Print::Preparing)) {
            return;
        }
        print.set(Some(Print::Preparing));
        let id = id_print.clone();
        spawn_local(async move {
            let ok = prepare_print(&id, k, rotation.get_untracked(), image_url).await;
            if closed.try_get_value().unwrap_or(true) {
                remove_print_root();
                return;
            }
            let _ = print.try_set(Some(if ok { Print::Ready } else { Print::Failed }));
            if ok {
                if let Some(w) = web_sys::window() {
                    let _ = w.print();
                }
            }
        });
    };

    let title_h = d.title.clone();
    let id_export = d.id.clone();
    let size = d.size;
    let kind_label = match d.media_type.as_str() {
        m if m.starts_with("image/") => "vault-kind-image",
        m if m.starts_with("text/") => "vault-kind-text",
        _ => "vault-kind-office",
    };
    let alt = d.title.clone();
    view! {
        <dialog node_ref=dialog class="viewer" id="document-viewer" aria-labelledby="viewer-title"
            aria-describedby="viewer-shortcuts"
            on:cancel=move |ev: leptos::ev::Event| { ev.prevent_default(); close(); }
            on:keydown=on_key>
            <header class="viewer-head">
                <h2 id="viewer-title">{move || t_args("viewer-dialog-label", &[("title", Value::from(title_h.clone()))])}</h2>
                <button type="button" class="viewer-close" on:click=move |_| close()>{move || t("viewer-close")}</button>
            </header>
            {move || drawable().then(|| view! {
                <div class="viewer-toolbar" role="toolbar" aria-label=move || t("viewer-toolbar")>
                    {move || is_pdf().then(|| view! {
                        <div class="viewer-group">
                            <button type="button" aria-keyshortcuts="ArrowLeft"
                                aria-disabled=move || (page.get() <= 1).then_some("true")
                                on:click=move |_| previous()>{move || t("viewer-previous")}</button>
                            <p class="viewer-page-count" id="viewer-page-count" aria-live="polite">
                                {move || t_args("viewer-page-of", &[
                                    ("page", Value::from(page.get())),
                                    ("count", Value::from(pages())),
                                ])}
                            </p>
                            <button type="button" aria-keyshortcuts="ArrowRight"
                                aria-disabled=move || (page.get() >= pages()).then_some("true")
                                on:click=move |_| next()>{move || t("viewer-next")}</button>
                        </div>
                    })}
                    <div class="viewer-group">
                        <button type="button" aria-keyshortcuts="-" on:click=move |_| zoom_out()
                            aria-disabled=move || (zoom.get() == 0).then_some("true")>{move || t("viewer-zoom-out")}</button>
                        <p class="viewer-zoom" id="viewer-zoom" aria-live="polite">
                            {move || t_args("viewer-zoom-level", &[("percent", Value::from((ZOOMS[zoom.get()] * 100.0).round()))])}
                        </p>
                        <button type="button" aria-keyshortcuts="+" on:click=move |_| zoom_in()
                            aria-disabled=move || (zoom.get() + 1 == ZOOMS.len()).then_some("true")>{move || t("viewer-zoom-in")}</button>
                        <button type="button" aria-keyshortcuts="0" on:click=move |_| zoom_reset()>{move || t("viewer-zoom-reset")}</button>
                        <button type="button" aria-keyshortcuts="R" on:click=move |_| rotate()>{move || t("viewer-rotate")}</button>
                    </div>
                    <div class="viewer-group">
                        <button type="button" id="viewer-print" aria-describedby="viewer-print-exit"
                            aria-disabled=move || matches!(print.get(), Some(Print::Preparing)).then_some("true")
                            on:click=start_print.clone()>{move || t("viewer-print")}</button>
                        <p class="hint" id="viewer-print-exit">{move || t("viewer-print-exit")}</p>
                    </div>
                </div>
            })}
            <p class="visually-hidden" role="status">
                {move || match print.get() {
                    Some(Print::Preparing) => t("viewer-print-preparing"),
                    Some(Print::Ready) => t("viewer-print-ready"),
                    _ => String::new(),
                }}
            </p>
            {move || matches!(print.get(), Some(Print::Failed)).then(|| view! {
                <p class="notice notice-error" role="alert">{t("viewer-print-failed")}</p>
            })}
            <div class="viewer-stage" node_ref=stage tabindex="0" role="region"
                aria-label=move || t("viewer-stage-label") aria-busy=move || (matches!(shown.get(), Shown::Loading) || rendering.get()).to_string()>
                {move || match shown.get() {
                    Shown::Loading => view! { <p class="viewer-message" role="status">{t("viewer-loading")}</p> }.into_any(),
                    Shown::Pdf(_) => view! {
                        <div class="viewer-page">
                            <div class="viewer-canvas" node_ref=canvas_box></div>
                            <div class="textLayer" node_ref=text_box role="document"
                                aria-label=move || t_args("viewer-page-text", &[("page", Value::from(page.get()))])></div>
                        </div>
                    }.into_any(),
                    Shown::Image(u) => {
                        let alt = alt.clone();
                        view! {
                            <div class="viewer-image-box" style=box_style>
                                <img class="viewer-image" src=u alt=alt style=img_style
                                    on:load=move |ev| {
                                        let img: web_sys::HtmlImageElement = event_target(&ev);
                                        measure();
                                        natural.set(Some((f64::from(img.natural_width()), f64::from(img.natural_height()))));
                                    }/>
                            </div>
                        }.into_any()
                    }
                    Shown::TooBig => view! {
                        <div class="viewer-message" id="viewer-too-big">
                            <p>{t_args("viewer-too-big", &[
                                ("size", Value::from(size_text(size))),
                                ("cap", Value::from(size_text(PREVIEW_CAP))),
                            ])}</p>
                            <p>{t("viewer-use-export")}</p>
                            <ExportOne id=id_export.clone()/>
                        </div>
                    }.into_any(),
                    Shown::Unsupported => view! {
                        <div class="viewer-message" id="viewer-not-shown">
                            <p>{t_args("viewer-not-shown", &[("kind", Value::from(t(kind_label)))])}</p>
                            <p>{t("viewer-use-export")}</p>
                            <ExportOne id=id_export.clone()/>
                        </div>
                    }.into_any(),
                    Shown::Failed(e) => view! {
                        <p class="viewer-message notice notice-error" role="alert" id="viewer-failed">
                            {e.map(|e| error_text(&e)).unwrap_or_else(|| t("viewer-failed"))}
                        </p>
                    }.into_any(),
                }}
            </div>
            <p class="hint viewer-shortcuts" id="viewer-shortcuts">{move || drawable().then(|| t("viewer-shortcuts"))}</p>
        </dialog>
    }
}

/// Journals the print, then prepares the pages to print in a print-only element. `false`
/// when either failed (nothing is printed unjournaled).
async fn prepare_print(
    id: &str,
    k: Kind,
    rotation: u32,
    image_url: StoredValue<Option<String>>,
) -> bool {
    if ipc::document_printed(id).await.is_err() {
        return false;
    }
    let Some(root) = new_print_root() else {
        return false;
    };
    let register = print_url_registry();
    let f: &js_sys::Function = register.as_ref().unchecked_ref();
    let done = match k {
        Kind::Pdf => render_for_print(&root, PRINT_DPI, rotation, f).await,
        Kind::Image => match image_url.try_get_value().flatten() {
            Some(u) => image_for_print(&u, rotation, &root, f).await,
            None => Err(JsValue::NULL),
        },
        Kind::Other => Err(JsValue::NULL),
    };
    drop(register);
    finish_print_root(done.is_ok())
}

/// The element the print CSS keeps, new and empty, in the page.
fn new_print_root() -> Option<web_sys::Element> {
    remove_print_root();
    let doc = document()?;
    let (Ok(root), Some(body)) = (doc.create_element("div"), doc.body()) else {
        return None;
    };
    root.set_id(PRINT_ROOT);
    body.append_child(&root).ok()?;
    install_after_print();
    Some(root)
}

/// Keeps each object URL made for printing, so it is revoked after printing or on lock.
fn print_url_registry() -> Closure<dyn Fn(String)> {
    Closure::<dyn Fn(String)>::new(|url: String| {
        blobs::register(url.clone());
        PRINT_URLS.with(|u| u.borrow_mut().push(url));
    })
}

/// Marks the page ready to print, or takes the half-prepared pages away.
fn finish_print_root(ok: bool) -> bool {
    if !ok {
        remove_print_root();
        return false;
    }
    if let Some(html) = document().and_then(|d| d.document_element()) {
        let _ = html.class_list().add_1(PRINTING_CLASS);
    }
    true
}

/// Prints a PDF made in `core` for the person in front of the desk (their card), through the
/// OS dialog, from memory: drawn at print resolution, then the pages go after printing.
pub(crate) async fn print_pdf_bytes(bytes: &js_sys::Uint8Array) -> bool {
    if open_pdf(bytes).await.is_err() {
        return false;
    }
    let Some(root) = new_print_root() else {
        let _ = close_pdf().await;
        return false;
    };
    let register = print_url_registry();
    let f: &js_sys::Function = register.as_ref().unchecked_ref();
    let done = render_for_print(&root, PRINT_DPI, 0, f).await;
    drop(register);
    let _ = close_pdf().await;
    let ok = finish_print_root(done.is_ok());
    if ok {
        if let Some(w) = web_sys::window() {
            let _ = w.print();
        }
    }
    ok
}

/// Once the OS print dialog is done, the pages prepared for it go.
fn install_after_print() {
    if AFTER_PRINT.with(|a| a.replace(true)) {
        return;
    }
    let h = window_event_listener_untyped("afterprint", |_| remove_print_root());
    // For the page's lifetime: a lock reloads the page anyway.
    std::mem::forget(h);
}

/// Export of the document on screen (too big to preview, or a kind the viewer cannot draw):
/// the warning first, neutral file names, the native folder dialog; `core` writes and
/// journals `document.exported`.
#[component]
fn ExportOne(id: String) -> impl IntoView {
    let status = RwSignal::new(None::<Msg>);
    let error = RwSignal::new(None::<ApiError>);
    let busy = RwSignal::new(false);
    let export = move |_| {
        if busy.get_untracked() {
            return;
        }
        busy.set(true);
        error.set(None);
        let id = id.clone();
        spawn_local(async move {
            let done = ipc::export_documents(vec![id], ExportNames::Neutral).await;
            let _ = busy.try_set(false);
            match done {
                Ok(Some(d)) => {
                    let _ = status.try_set(Some(
                        Msg::t("vault-export-done")
                            .num("count", d.files.len() as f64)
                            .arg("folder", d.folder),
                    ));
                }
                Ok(None) => {
                    let _ = status.try_set(Some(Msg::t("vault-export-cancelled")));
                }
                Err(e) => {
                    let _ = error.try_set(Some(e));
                }
            }
        });
    };
    view! {
        <p class="notice notice-warning" id="viewer-export-warning">{move || t("vault-export-warning")}</p>
        <button type="button" id="viewer-export" aria-describedby="viewer-export-warning"
            aria-disabled=move || busy.get().then_some("true") on:click=export>
            {move || t("viewer-export")}
        </button>
        <p role="status">{move || status.get().map(|m| m.text())}</p>
        {move || error.get().map(|e| view! { <p class="notice notice-error" role="alert">{error_text(&e)}</p> })}
    }
}
