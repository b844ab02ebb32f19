//! The application frame: skip link, header (name, signed-in slot, language menu), navigation,
//! `main` with the current screen, footer. Window and page titles follow the screen.

use crate::i18n::{self, t, t_args, t_in};
use crate::ipc;
use crate::pages;
use crate::prefs::{use_display, Display, Notice};
use crate::route::{use_route, Route};
use leptos::prelude::*;
use leptos::task::spawn_local;
use passerelle_api::{ApiError, AppInfo};
use passerelle_locales::{Value, LOCALES};
use wasm_bindgen::JsCast;

/// The About facts, fetched once from the shell and shared by the screens.
#[derive(Debug, Clone, Copy)]
pub struct Info(pub RwSignal<Option<Result<AppInfo, ApiError>>>);

pub fn use_info() -> Info {
    expect_context::<Info>()
}

fn document() -> Option<web_sys::Document> {
    web_sys::window().and_then(|w| w.document())
}

/// Moves focus to the screen's heading after a navigation, so screen-reader users hear where
/// they arrived and keyboard users continue from the top of the new screen.
fn focus_heading() {
    if let Some(h) = document()
        .and_then(|d| d.query_selector("main h1").ok().flatten())
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = h.focus();
    }
}

fn focus_main(ev: leptos::ev::MouseEvent) {
    // The skip link targets #main; handle it here so the hash router never sees it.
    ev.prevent_default();
    if let Some(m) = document()
        .and_then(|d| d.get_element_by_id("main"))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = m.focus();
    }
}

#[component]
pub fn App() -> impl IntoView {
    let display = Display::new();
    provide_context(display);
    display.load();

    let info = Info(RwSignal::new(None));
    provide_context(info);
    spawn_local(async move { info.0.set(Some(ipc::app_info().await)) });

    let route = use_route();
    Effect::new(move |_| {
        let page = i18n::translator(&i18n::lang(), false).t(route.get().title_id());
        let title = i18n::t_plain_args("window-title", &[("page", Value::from(page))]);
        if let Some(d) = document() {
            d.set_title(&title);
        }
    });
    Effect::new(move |prev: Option<Route>| {
        let r = route.get();
        if prev.is_some_and(|p| p != r) {
            display.notice.set(None);
            request_animation_frame(focus_heading);
        }
        r
    });

    let screen = move || match route.get() {
        Route::Home => pages::home::HomePage().into_any(),
        Route::SettingsDisplay => pages::settings_display::SettingsDisplayPage().into_any(),
        Route::About => pages::about::AboutPage().into_any(),
        Route::Accessibility => pages::accessibility::AccessibilityPage().into_any(),
    };

    view! {
        <a class="skip-link" href="#main" on:click=focus_main>{move || t("skip-to-content")}</a>
        <header class="app-header">
            <div class="brand">
                <img class="brand-logo" src="icon.svg" alt="" width="40" height="40"/>
                <div class="brand-text">
                    <span class="brand-name">{move || t("app-name")}</span>
                    <span class="brand-tagline">{move || t("app-tagline")}</span>
                </div>
            </div>
            // Filled by the sign-in screens: who is working at this desk.
            <div class="signed-in" id="signed-in"></div>
            <LanguageMenu/>
        </header>
        <nav class="app-nav" aria-label=move || t("nav-label")>
            <ul>
                {Route::ALL
                    .iter()
                    .map(|r| {
                        let r = *r;
                        view! {
                            <li>
                                <a
                                    href=r.href()
                                    aria-current=move || (route.get() == r).then_some("page")
                                >
                                    {move || t(r.nav_id())}
                                </a>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        </nav>
        <main id="main" tabindex="-1">
            <Notices/>
            {screen}
        </main>
        <footer class="app-footer" aria-label=move || t("footer-label")>
            <span>
                {move || match info.0.get() {
                    Some(Ok(i)) => t_args("footer-version", &[("version", Value::from(i.version))]),
                    _ => String::new(),
                }}
            </span>
            <a href=Route::Accessibility.href()>{move || t("footer-accessibility")}</a>
        </footer>
    }
}

/// Live regions: a polite status for confirmations, an alert for failures.
#[component]
fn Notices() -> impl IntoView {
    let display = use_display();
    view! {
        <div class="notice notice-status" role="status">
            {move || matches!(display.notice.get(), Some(Notice::Saved)).then(|| t("settings-saved"))}
        </div>
        {move || match display.notice.get() {
            Some(Notice::Failed(e)) => view! {
                <div class="notice notice-error" role="alert">
                    <p class="notice-title">{t("error-heading")}</p>
                    <p>{i18n::error_text(&e)}</p>
                </div>
            }
            .into_any(),
            _ => ().into_any(),
        }}
    }
}

/// The language menu of the header: each language named in its own language and script.
#[component]
fn LanguageMenu() -> impl IntoView {
    let display = use_display();
    let current = move || display.prefs.with(|p| p.language.clone());
    view! {
        <div class="lang-menu">
            <label for="language-select">{move || t("header-language-label")}</label>
            <select
                id="language-select"
                prop:value=current
                on:change=move |ev| {
                    let code = event_target_value(&ev);
                    display.change(|p| p.language = code);
                }
            >
                {LOCALES
                    .iter()
                    .map(|l| {
                        view! {
                            <option
                                value=l.code
                                lang=l.code
                                dir=l.direction.as_html()
                                selected=move || current() == l.code
                            >
                                {t_in(l.code, "meta-menu-label")}
                            </option>
                        }
                    })
                    .collect_view()}
            </select>
        </div>
    }
}
