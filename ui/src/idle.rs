//! Automatic lock after a time without activity, announced first by an alert dialog that
//! leaves at least 20 seconds and a "Continuer" button (RGAA 13.1: the user can extend the
//! time limit). Activity is any key, pointer, wheel or touch on the page.

use crate::auth::use_auth;
use crate::i18n::{t, t_args};
use crate::ipc;
use leptos::html;
use leptos::prelude::*;
use leptos::task::spawn_local;
use passerelle_locales::Value;
use std::cell::Cell;
use std::rc::Rc;
use std::time::Duration;

fn now_secs() -> f64 {
    js_sys::Date::now() / 1000.0
}

/// How often the shell hears of activity, so its own backstop lock does not fire.
const TOUCH_EVERY_SECS: f64 = 10.0;

/// Watches activity while someone is signed in. `lock_secs` is the whole idle time and
/// `warning_secs` the part of it the dialog stays up.
#[component]
pub fn IdleGuard(lock_secs: u32, warning_secs: u32) -> impl IntoView {
    let auth = use_auth();
    let last = Rc::new(Cell::new(now_secs()));
    let last_touch = Rc::new(Cell::new(now_secs()));
    // Seconds left while the warning is up.
    let remaining = RwSignal::new(None::<u32>);
    // The text the screen reader hears, updated at a few steps rather than every second.
    let announced = RwSignal::new(String::new());
    let dialog_ref = NodeRef::<html::Dialog>::new();

    let on_activity = {
        let last = last.clone();
        let last_touch = last_touch.clone();
        move || {
            // While the dialog is up, only its buttons count: a stray key must not hide it.
            if remaining.get_untracked().is_some() {
                return;
            }
            let now = now_secs();
            last.set(now);
            if now - last_touch.get() >= TOUCH_EVERY_SECS {
                last_touch.set(now);
                spawn_local(async {
                    let _ = ipc::touch().await;
                });
            }
        }
    };
    for ev in ["keydown", "pointerdown", "wheel", "touchstart", "input"] {
        let f = on_activity.clone();
        let h = window_event_listener_untyped(ev, move |_| f());
        on_cleanup(move || h.remove());
    }

    let resume = {
        let last = last.clone();
        let last_touch = last_touch.clone();
        move || {
            remaining.set(None);
            announced.set(String::new());
            last.set(now_secs());
            last_touch.set(now_secs());
            if let Some(d) = dialog_ref.get_untracked() {
                d.close();
            }
            spawn_local(async {
                let _ = ipc::touch().await;
            });
        }
    };

    let tick = {
        let last = last.clone();
        move || {
            let idle = now_secs() - last.get();
            let left = f64::from(lock_secs) - idle;
            if left <= 0.0 {
                auth.lock();
                return;
            }
            if left <= f64::from(warning_secs) {
                let secs = left.ceil() as u32;
                let first = remaining.get_untracked().is_none();
                remaining.set(Some(secs));
                if first || secs.is_multiple_of(10) || secs == 5 {
                    announced.set(t_args(
                        "idle-warning-countdown",
                        &[("seconds", Value::from(secs))],
                    ));
                }
                if first {
                    if let Some(d) = dialog_ref.get_untracked() {
                        if !d.open() {
                            let _ = d.show_modal();
                        }
                    }
                }
            }
        }
    };
    if let Ok(h) = set_interval_with_handle(tick, Duration::from_secs(1)) {
        on_cleanup(move || h.clear());
    }

    let resume_click = resume.clone();
    let resume_cancel = resume.clone();
    view! {
        <dialog
            node_ref=dialog_ref
            class="idle-dialog"
            role="alertdialog"
            aria-modal="true"
            aria-labelledby="idle-title"
            aria-describedby="idle-desc"
            on:cancel=move |ev: leptos::ev::Event| {
                // Escape means "continue", never a silent close that leaves the lock running.
                ev.prevent_default();
                resume_cancel();
            }
        >
            <h2 id="idle-title">{move || t("idle-warning-title")}</h2>
            <p id="idle-desc">{move || t("idle-warning-text")}</p>
            <p class="idle-countdown" aria-hidden="true">
                {move || remaining.get().map(|s| t_args("idle-warning-countdown", &[("seconds", Value::from(s))]))}
            </p>
            <p class="visually-hidden" aria-live="assertive">{move || announced.get()}</p>
            <div class="actions">
                <button type="button" class="primary" autofocus on:click=move |_| resume_click()>
                    {move || t("idle-warning-continue")}
                </button>
                <button type="button" on:click=move |_| auth.lock()>
                    {move || t("idle-warning-lock-now")}
                </button>
            </div>
        </dialog>
    }
}
