//! On a person's record: the next steps still open (with the form to plan one) and the
//! timeline — sessions, workshops, follow-ups, consent changes — newest first, with filters.

use crate::form::FormError;
use crate::i18n::{error_text, lang, t, t_args, Msg};
use crate::ipc;
use crate::pages::follow_up::{when, FollowUpCard, FollowUpForm};
use crate::pages::person::civil_date;
use crate::route::new_session_href;
use leptos::prelude::*;
use leptos::task::spawn_local;
use passerelle_api::follow::{
    PartnerView, TimelineEntry, TimelineFilter, TimelineRequest, TimelineView,
};
use passerelle_api::people::SessionView;
use passerelle_api::ApiError;
use passerelle_locales::{fluent_id, Value};

fn filter_label(f: TimelineFilter) -> &'static str {
    match f {
        TimelineFilter::Sessions => fluent_id!("timeline-filter-sessions"),
        TimelineFilter::Workshops => fluent_id!("timeline-filter-workshops"),
        TimelineFilter::FollowUps => fluent_id!("timeline-filter-follow-ups"),
        TimelineFilter::Consent => fluent_id!("timeline-filter-consent"),
    }
}

fn filter_code(f: TimelineFilter) -> &'static str {
    match f {
        TimelineFilter::Sessions => "sessions",
        TimelineFilter::Workshops => "workshops",
        TimelineFilter::FollowUps => "follow_ups",
        TimelineFilter::Consent => "consent",
    }
}

fn session_summary(s: &SessionView) -> String {
    let themes: Vec<String> = s.session.themes.iter().map(|th| t(th.label_id())).collect();
    themes.join(", ")
}

#[component]
pub fn PersonTimeline(
    person: String,
    anonymous: bool,
    /// The kinds shown (kept by the page across reloads).
    shown: RwSignal<Vec<TimelineFilter>>,
    status: RwSignal<Option<Msg>>,
    error: FormError,
    delete: impl Fn(String) + Copy + Send + Sync + 'static,
    reload: impl Fn() + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let timeline = RwSignal::new(None::<Result<TimelineView, ApiError>>);
    let partners = RwSignal::new(Vec::<PartnerView>::new());
    {
        let person = person.clone();
        spawn_local(async move {
            let req = TimelineRequest {
                person,
                only: Vec::new(),
            };
            timeline.set(Some(ipc::person_timeline(&req).await));
            if let Ok(p) = ipc::list_partners().await {
                partners.set(p);
            }
        });
    }
    let open_follow_ups = move || {
        timeline.with(|t| match t {
            Some(Ok(v)) => v
                .entries
                .iter()
                .filter_map(|e| match e {
                    TimelineEntry::FollowUp { follow_up } if follow_up.done_at_ms.is_none() => {
                        Some(follow_up.clone())
                    }
                    _ => None,
                })
                .rev()
                .collect::<Vec<_>>(),
            _ => Vec::new(),
        })
    };
    let person_for_form = person.clone();
    view! {
        {(!anonymous).then(|| view! {
            <section aria-labelledby="follow-ups-heading">
                <h2 id="follow-ups-heading">{move || t("follow-up-heading")}</h2>
                {move || {
                    let open = open_follow_ups();
                    if open.is_empty() {
                        view! { <p>{t("follow-up-none")}</p> }.into_any()
                    } else {
                        view! {
                            <ul class="follow-up-list">
                                {open.into_iter().map(|f| view! {
                                    <FollowUpCard f=f status=status error=error on_changed=reload/>
                                }).collect_view()}
                            </ul>
                        }.into_any()
                    }
                }}
                <FollowUpForm person=person_for_form.clone() status=status on_saved=reload/>
            </section>
        })}
        <section aria-labelledby="timeline-heading">
            {move || match timeline.get() {
                None => view! { <h2 id="timeline-heading">{t("timeline-filter-legend")}</h2><p>{t("loading")}</p> }.into_any(),
                Some(Err(e)) => view! {
                    <h2 id="timeline-heading">{t("timeline-filter-legend")}</h2>
                    <p class="error-text">{error_text(&e)}</p>
                }.into_any(),
                Some(Ok(v)) => view! {
                    <TimelineList v=v person=person.clone() shown=shown partners=partners delete=delete/>
                }.into_any(),
            }}
        </section>
    }
}

#[component]
fn TimelineList(
    v: TimelineView,
    person: String,
    shown: RwSignal<Vec<TimelineFilter>>,
    partners: RwSignal<Vec<PartnerView>>,
    delete: impl Fn(String) + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let entries = StoredValue::new(v.entries);
    let count = move || {
        entries.with_value(|e| {
            e.iter()
                .filter(|x| shown.with(|s| s.contains(&x.filter())))
                .count()
        })
    };
    let filters = TimelineFilter::ALL
        .iter()
        .map(|f| {
            let f = *f;
            let id = format!("timeline-{}", filter_code(f));
            view! {
                <li>
                    <input type="checkbox" id=id.clone()
                        prop:checked=move || shown.with(|s| s.contains(&f))
                        on:change=move |ev| {
                            let on = event_target_checked(&ev);
                            shown.update(|s| {
                                s.retain(|x| *x != f);
                                if on {
                                    s.push(f);
                                }
                            });
                        }/>
                    <label for=id>{move || t(filter_label(f))}</label>
                </li>
            }
        })
        .collect_view();
    let item = move |e: TimelineEntry| -> AnyView {
        match e {
            TimelineEntry::Session { session: s } => {
                let sid = s.id.clone();
                let date = s.session.date.clone();
                let (date2, date3) = (date.clone(), date.clone());
                let edit_href = format!("{}&edit={}", new_session_href(Some(&person), false), s.id);
                let minutes = s.session.duration_min;
                let by = s.recorded_by.clone();
                let procedure = s.session.procedure_name.clone();
                let partner = s.session.partner.clone();
                let partner_name = move || {
                    partner.as_ref().and_then(|id| {
                        partners.with(|ps| {
                            ps.iter()
                                .find(|p| &p.id == id)
                                .map(|p| p.partner.name.clone())
                        })
                    })
                };
                view! {
                    <li class="card entry-session">
                        <h3>{move || civil_date(&date, &lang())}</h3>
                        <p>{move || session_summary(&s)}</p>
                        <p class="hint">{move || t_args("session-duration", &[("minutes", Value::from(minutes))])}
                            {move || by.clone().map(|n| format!(" · {}", t_args("session-recorded-by", &[("name", Value::from(n))])))}</p>
                        {(!procedure.is_empty()).then(|| view! { <p>{procedure.clone()}</p> })}
                        {move || partner_name().map(|n| view! { <p>{t_args("session-referred-to", &[("name", Value::from(n))])}</p> })}
                        <a class="button" href=edit_href.clone()
                            aria-label=move || t_args("session-edit-named", &[("date", Value::from(civil_date(&date3, &lang())))])>
                            {move || t("session-edit")}</a>
                        " "
                        <button type="button" class="danger"
                            aria-label=move || t_args("session-delete-named", &[("date", Value::from(civil_date(&date2, &lang())))])
                            on:click=move |_| delete(sid.clone())>{move || t("session-delete")}</button>
                    </li>
                }
                .into_any()
            }
            TimelineEntry::Workshop { workshop: w } => {
                let date = w.workshop.date.clone();
                let title = w.workshop.title.clone();
                let themes: Vec<_> = w.workshop.themes.clone();
                view! {
                    <li class="card entry-workshop">
                        <h3>{move || civil_date(&date, &lang())}</h3>
                        <p>{move || t_args("timeline-workshop", &[("title", Value::from(title.clone()))])}</p>
                        <p class="hint">{move || themes.iter().map(|th| t(th.label_id())).collect::<Vec<_>>().join(", ")}</p>
                    </li>
                }
                .into_any()
            }
            TimelineEntry::FollowUp { follow_up: f } => {
                let what = f.follow_up.what.clone();
                let input = f.follow_up.clone();
                let done = f.done_at_ms.is_some();
                view! {
                    <li class="card entry-follow-up">
                        <h3>{move || when(&input)}</h3>
                        <p>{move || t_args("timeline-follow-up", &[("what", Value::from(what.clone()))])}
                            " · "{move || if done { t("timeline-follow-up-done") } else { t("timeline-follow-up-open") }}</p>
                    </li>
                }
                .into_any()
            }
            TimelineEntry::ConsentGiven { consent: c } => {
                let date = c.given_on.clone();
                let scopes = c.scopes.clone();
                view! {
                    <li class="card entry-consent">
                        <h3>{move || civil_date(&date, &lang())}</h3>
                        <p>{move || t_args("timeline-consent-given", &[("scopes", Value::from(
                            scopes.iter().map(|s| t(s.label_id())).collect::<Vec<_>>().join(", ")))])}</p>
                    </li>
                }
                .into_any()
            }
            TimelineEntry::ConsentWithdrawn { on } => view! {
                <li class="card entry-consent">
                    <h3>{move || civil_date(&on, &lang())}</h3>
                    <p>{move || t("timeline-consent-withdrawn")}</p>
                </li>
            }
            .into_any(),
        }
    };
    let sessions = entries.with_value(|e| {
        e.iter()
            .filter(|x| x.filter() == TimelineFilter::Sessions)
            .count()
    });
    view! {
        <h2 id="timeline-heading">{move || t_args("timeline-heading", &[("count", Value::from(count()))])}</h2>
        <p>{move || if sessions == 0 {
            t("person-no-sessions")
        } else {
            t_args("person-sessions-heading", &[("count", Value::from(sessions))])
        }}</p>
        <fieldset class="timeline-filters">
            <legend>{move || t("timeline-filter-legend")}</legend>
            <ul class="choices choices-inline">{filters}</ul>
        </fieldset>
        {move || {
            let visible: Vec<TimelineEntry> = entries.with_value(|e| {
                e.iter()
                    .filter(|x| shown.with(|s| s.contains(&x.filter())))
                    .cloned()
                    .collect()
            });
            if visible.is_empty() {
                view! { <p>{t("timeline-empty")}</p> }.into_any()
            } else {
                view! { <ul class="session-list timeline">{visible.into_iter().map(&item).collect_view()}</ul> }.into_any()
            }
        }}
    }
}
