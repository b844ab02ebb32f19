//! A follow-up's printable reminder for the person, in easy-to-read French: when, where, what
//! to bring. It shows the first name only (a slip may be lost in the street) and is printed
//! through the system dialog; nothing is written to disk by the app.

use crate::i18n::{error_text, lang, t, t_args};
use crate::ipc;
use crate::pages::person::civil_date;
use crate::route::{hash_param, person_href};
use leptos::prelude::*;
use leptos::task::spawn_local;
use passerelle_api::follow::FollowUpSlip;
use passerelle_api::ApiError;
use passerelle_locales::Value;

#[component]
pub fn SlipPage() -> impl IntoView {
    let id = hash_param("id").unwrap_or_default();
    let slip = RwSignal::new(None::<Result<FollowUpSlip, ApiError>>);
    let back = RwSignal::new(None::<String>);
    spawn_local(async move {
        let r = ipc::follow_up_slip(&id).await;
        slip.set(Some(r));
        crate::form::refocus_heading_if_lost();
    });
    let print = |_| {
        if let Some(w) = web_sys::window() {
            let _ = w.print();
        }
    };
    view! {
        <h1 tabindex="-1">{move || t("page-title-slip")}</h1>
        {move || match slip.get() {
            None => view! { <p>{t("loading")}</p> }.into_any(),
            Some(Err(e)) => view! { <p class="error-text" role="alert">{error_text(&e)}</p> }.into_any(),
            Some(Ok(s)) => view! { <Slip s=s back=back/> }.into_any(),
        }}
        <div class="actions no-print">
            <button type="button" class="primary" on:click=print>{move || t("slip-print")}</button>
            {move || back.get().map(|href| view! { <a class="button" href=href>{t("slip-back")}</a> })}
        </div>
    }
}

#[component]
fn Slip(s: FollowUpSlip, back: RwSignal<Option<String>>) -> impl IntoView {
    if let Some(p) = hash_param("person") {
        back.set(Some(person_href(&p)));
    }
    let FollowUpSlip {
        structure_name,
        first_name,
        due_date,
        due_time,
        what,
        bring,
        place_name,
        place_address,
    } = s;
    let is_appointment = due_time.is_some();
    let hello = move || {
        if first_name.is_empty() {
            t("slip-hello-nameless")
        } else {
            t_args("slip-hello", &[("name", Value::from(first_name.clone()))])
        }
    };
    let when = move || {
        let date = civil_date(&due_date, &lang());
        match &due_time {
            Some(time) => t_args(
                "slip-when-time",
                &[
                    ("date", Value::from(date)),
                    ("time", Value::from(time.clone())),
                ],
            ),
            None => t_args("slip-when-day", &[("date", Value::from(date))]),
        }
    };
    let place = place_name.map(|n| match place_address {
        Some(a) if !a.is_empty() => format!("{n}, {a}"),
        _ => n,
    });
    view! {
        <p class="hint no-print">{move || t("slip-intro")}</p>
        <article class="card print-sheet slip" aria-labelledby="slip-structure">
            <p class="slip-structure" id="slip-structure">{structure_name}</p>
            <p class="slip-hello">{hello}</p>
            <h2 class="slip-label">{move || if is_appointment { t("slip-next") } else { t("slip-next-task") }}</h2>
            <p class="slip-when">{when}</p>
            <p class="slip-what">{what}</p>
            {place.map(|p| view! {
                <h2 class="slip-label">{move || t("slip-where")}</h2>
                <p>{p}</p>
            })}
            <h2 class="slip-label">{move || t("slip-bring")}</h2>
            {if bring.is_empty() {
                view! { <p>{move || t("slip-bring-nothing")}</p> }.into_any()
            } else {
                view! { <ul class="slip-bring">{bring.into_iter().map(|b| view! { <li>{b}</li> }).collect_view()}</ul> }.into_any()
            }}
            <p class="slip-footer">{move || t("slip-footer")}</p>
        </article>
    }
}
