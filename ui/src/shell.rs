//! The application frame: skip link, header (name, signed-in slot, language menu), navigation,
//! `main` with the current screen, footer. Window and page titles follow the screen.

use crate::auth::{use_auth, Auth};
use crate::i18n::{self, t, t_args, t_in};
use crate::idle::IdleGuard;
use crate::ipc;
use crate::pages;
use crate::prefs::{use_display, Display, Notice};
use crate::route::{use_route, Access, Route};
use leptos::prelude::*;
use leptos::task::spawn_local;
use passerelle_api::store::StaffRole;
use passerelle_api::{ApiError, AppInfo};
use passerelle_locales::{fluent_id, Value, LOCALES};
use wasm_bindgen::JsCast;

/// What `main` shows: the screen of the address, or the step that must come first.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Screen {
    Loading,
    Failed,
    FirstRun,
    SignIn,
    MustChangePassphrase,
    Refused,
    Page(Route),
}

impl Screen {
    fn title_id(self) -> &'static str {
        match self {
            Screen::Loading => fluent_id!("page-title-loading"),
            Screen::Failed => fluent_id!("page-title-failed"),
            Screen::FirstRun => fluent_id!("page-title-first-run"),
            Screen::SignIn => fluent_id!("page-title-sign-in"),
            Screen::MustChangePassphrase => fluent_id!("page-title-passphrase"),
            Screen::Refused => fluent_id!("page-title-refused"),
            Screen::Page(r) => r.title_id(),
        }
    }
}

fn screen_for(auth: Auth, route: Route) -> Screen {
    auth.status.with(|s| match s {
        None => Screen::Loading,
        Some(Err(_)) => Screen::Failed,
        Some(Ok(st)) => {
            if route.access() == Access::Public {
                return Screen::Page(route);
            }
            match &st.signed_in {
                None if !st.exists => Screen::FirstRun,
                None => Screen::SignIn,
                Some(w) if w.must_change_passphrase => Screen::MustChangePassphrase,
                Some(w)
                    if route.access() == Access::Coordinator
                        && w.role != StaffRole::Coordinator =>
                {
                    Screen::Refused
                }
                Some(_) => Screen::Page(route),
            }
        }
    })
}

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
pub fn focus_heading() {
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

    let auth = Auth::new();
    provide_context(auth);
    // A lock closes the document viewer and revokes every object URL before the page reloads.
    Effect::new(move |_| {
        if auth.locking.get() {
            pages::viewer::close_on_lock();
        }
    });
    ipc::on_shell_locked(pages::viewer::close_on_lock);

    let route = use_route();
    let screen = Memo::new(move |_| screen_for(auth, route.get()));
    Effect::new(move |_| {
        let page = i18n::translator(&i18n::lang(), false).t(screen.get().title_id());
        let title = i18n::t_plain_args("window-title", &[("page", Value::from(page))]);
        if let Some(d) = document() {
            d.set_title(&title);
        }
    });
    Effect::new(move |prev: Option<Screen>| {
        let s = screen.get();
        if prev.is_some_and(|p| p != s && p != Screen::Loading) {
            display.notice.set(None);
            request_animation_frame(focus_heading);
        }
        s
    });

    // Ctrl+Shift+L locks from anywhere (announced on the lock button).
    let shortcut = window_event_listener(leptos::ev::keydown, move |ev| {
        let key = ev.key();
        if ev.ctrl_key()
            && ev.shift_key()
            && key.eq_ignore_ascii_case("l")
            && auth.signed_in().is_some()
        {
            ev.prevent_default();
            auth.lock();
        }
    });
    on_cleanup(move || shortcut.remove());

    let main_view = move || {
        match screen.get() {
        Screen::Loading => view! { <p>{t("loading")}</p> }.into_any(),
        Screen::Failed => view! {
            <h1 tabindex="-1">{t("page-title-failed")}</h1>
            <p class="error-text">{auth.status.with(|s| match s { Some(Err(e)) => i18n::error_text(e), _ => String::new() })}</p>
        }.into_any(),
        Screen::FirstRun => pages::first_run::FirstRunPage().into_any(),
        Screen::SignIn => pages::sign_in::SignInPage().into_any(),
        Screen::MustChangePassphrase => pages::passphrase::PassphrasePage().into_any(),
        Screen::Refused => view! {
            <h1 tabindex="-1">{t("page-title-refused")}</h1>
            <p>{t("refused-text")}</p>
            <p><a href=Route::Home.href()>{t("refused-home")}</a></p>
        }.into_any(),
        Screen::Page(r) => match r {
            Route::Home => pages::home::HomePage().into_any(),
            Route::People => pages::people::PeoplePage().into_any(),
            Route::PersonNew => pages::person_new::PersonNewPage().into_any(),
            Route::Person => pages::person::PersonPage().into_any(),
            Route::SessionNew => pages::session_new::SessionNewPage().into_any(),
            Route::Workshops => pages::workshops::WorkshopsPage().into_any(),
            Route::Partners => pages::partners::PartnersPage().into_any(),
            Route::Slip => pages::slip::SlipPage().into_any(),
            Route::Retention => pages::privacy::RetentionPage().into_any(),
            Route::Exchange => pages::exchange::ExchangePage().into_any(),
            Route::Reports => pages::reports::ReportsPage().into_any(),
            Route::Vault => pages::vault::VaultPage().into_any(),
            Route::WorkshopNew => pages::workshops::WorkshopNewPage().into_any(),
            Route::Staff => pages::staff::StaffPage().into_any(),
            Route::Settings => pages::settings::SettingsPage().into_any(),
            Route::Journal => pages::journal::JournalPage().into_any(),
            Route::Passphrase => pages::passphrase::PassphrasePage().into_any(),
            Route::SettingsDisplay => pages::settings_display::SettingsDisplayPage().into_any(),
            Route::About => pages::about::AboutPage().into_any(),
            Route::Accessibility => pages::accessibility::AccessibilityPage().into_any(),
        },
    }
    };
    let visible = move |r: Route| {
        r.in_nav()
            && match r.access() {
                Access::Public => true,
                Access::SignedIn => auth.signed_in().is_some(),
                Access::Coordinator => auth.is_coordinator(),
            }
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
            <SignedInSlot/>
            <LanguageMenu/>
            <TrainingBanner/>
        </header>
        <nav class="app-nav" aria-label=move || t("nav-label")>
            <ul>
                {move || Route::ALL
                    .iter()
                    .filter(|r| visible(**r))
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
            {main_view}
        </main>
        {move || auth.signed_in().map(|s| view! {
            <IdleGuard lock_secs=s.idle_lock_secs warning_secs=s.idle_warning_secs/>
        })}
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

/// Who is working at this desk, with the lock and switch buttons.
#[component]
fn SignedInSlot() -> impl IntoView {
    let auth = use_auth();
    move || {
        auth.signed_in().map(|s| {
            let who = if s.by_recovery_key { t("header-recovery-key") } else { s.name.clone() };
            let role = crate::pages::sign_in::role_label(s.role);
            view! {
                <div class="signed-in" id="signed-in">
                    <p class="who">
                        <span class="visually-hidden">{t("header-signed-in-as")}" "</span>
                        <span class="who-name">{who}</span>
                        <span class="who-role">{role}</span>
                    </p>
                    {(!s.by_recovery_key).then(|| view! {
                        <a class="header-link" href=Route::Passphrase.href()>{t("header-passphrase")}</a>
                    })}
                    <button type="button" class="header-button" on:click=move |_| auth.lock()>
                        {t("header-switch")}
                    </button>
                    <button type="button" class="header-button" aria-keyshortcuts="Control+Shift+L"
                        title=t("header-lock-shortcut") on:click=move |_| auth.lock()>
                        {t("header-lock")}
                    </button>
                </div>
            }
        })
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

/// On every screen of the training space: what this is, and the way back to the real data.
#[component]
fn TrainingBanner() -> impl IntoView {
    let info = use_info();
    let training = move || info.0.with(|i| matches!(i, Some(Ok(i)) if i.training));
    let leave = move |_| {
        spawn_local(async move {
            let _ = ipc::switch_training(false).await;
        });
    };
    move || {
        training().then(|| {
            view! {
                <div class="training-edge" aria-hidden="true"></div>
                <div class="training-banner" id="training-banner">
                    <p>
                        <strong>{t("training-banner")}</strong>" "
                        <span>{t("training-banner-detail")}</span>
                    </p>
                    <button type="button" on:click=leave>{t("training-leave-button")}</button>
                </div>
            }
        })
    }
}
