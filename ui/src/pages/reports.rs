//! The activity dashboard (coordinators): a period and filters, the key figures compared with
//! the previous period, accompaniments per month and themes drawn as SVG — each chart with its
//! data table and a one-sentence summary — and every other breakdown as a table. The figures
//! come from `core`'s statistics module, the one the PDF and the spreadsheets read too.

use crate::form::{ErrorSummary, FormError, RadioChoices};
use crate::i18n::{lang, t, t_args};
use crate::ipc;
use leptos::prelude::*;
use leptos::task::spawn_local;
use passerelle_api::report::{ReportFormat, ReportRequest};
use passerelle_api::stats::{
    Dimension, RowLabel, StatRow, Statistics, StatisticsRequest, StatsQuery, Totals,
};
use passerelle_api::store::ChooseExportPathRequest;
use passerelle_api::store::{PlaceView, StaffCard};
use passerelle_api::vocab::{ActivityType, Theme};
use passerelle_locales::Value;
use wasm_bindgen::JsValue;

// ---- periods ----

/// Days since 1970-01-01 of a civil date (proleptic Gregorian).
fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

fn parse_day(s: &str) -> Option<(i64, i64, i64)> {
    let mut it = s.split('-').map(|p| p.parse::<i64>().ok());
    match (it.next(), it.next(), it.next(), it.next()) {
        (Some(Some(y)), Some(Some(m)), Some(Some(d)), None) if (1..=12).contains(&m) => {
            (d >= 1 && d <= last_day(y, m)).then_some((y, m, d))
        }
        _ => None,
    }
}

fn day(y: i64, m: i64, d: i64) -> String {
    format!("{y:04}-{m:02}-{d:02}")
}

fn last_day(y: i64, m: i64) -> i64 {
    let (ny, nm) = if m == 12 { (y + 1, 1) } else { (y, m + 1) };
    days_from_civil(ny, nm, 1) - days_from_civil(y, m, 1)
}

/// The first day of the month `months` away from (y, m).
fn add_months(y: i64, m: i64, months: i64) -> (i64, i64) {
    let n = y * 12 + (m - 1) + months;
    (n.div_euclid(12), n.rem_euclid(12) + 1)
}

const PRESETS: &[(&str, &str)] = &[
    ("this_month", "reports-preset-this-month"),
    ("last_month", "reports-preset-last-month"),
    ("this_quarter", "reports-preset-this-quarter"),
    ("this_year", "reports-preset-this-year"),
    ("custom", "reports-preset-custom"),
];

/// The period of a preset on `today` (`YYYY-MM-DD`); `None` for "custom".
fn preset_period(preset: &str, today: &str) -> Option<(String, String)> {
    let (y, m, _) = parse_day(today)?;
    let months = |(y0, m0): (i64, i64), count: i64| {
        let (y1, m1) = add_months(y0, m0, count - 1);
        (day(y0, m0, 1), day(y1, m1, last_day(y1, m1)))
    };
    match preset {
        "this_month" => Some(months((y, m), 1)),
        "last_month" => Some(months(add_months(y, m, -1), 1)),
        "this_quarter" => Some(months((y, (m - 1) / 3 * 3 + 1), 3)),
        "this_year" => Some(months((y, 1), 12)),
        _ => None,
    }
}

// ---- numbers in the reader's language ----

fn number_format(options: &[(&str, JsValue)]) -> js_sys::Function {
    let opts = js_sys::Object::new();
    for (k, v) in options {
        let _ = js_sys::Reflect::set(&opts, &JsValue::from_str(k), v);
    }
    let locales = js_sys::Array::of1(&JsValue::from_str(&lang()));
    js_sys::Intl::NumberFormat::new(&locales, &opts).format()
}

fn fmt_number(n: f64, options: &[(&str, JsValue)]) -> String {
    number_format(options)
        .call1(&JsValue::NULL, &JsValue::from_f64(n))
        .ok()
        .and_then(|v| v.as_string())
        .unwrap_or_else(|| n.to_string())
}

fn fmt_int(n: u64) -> String {
    fmt_number(n as f64, &[])
}

/// Tenths of a percent ("33,3 %" in French).
fn fmt_share(per_mille: u32) -> String {
    fmt_number(
        f64::from(per_mille) / 1000.0,
        &[
            ("style", "percent".into()),
            ("minimumFractionDigits", 1.into()),
            ("maximumFractionDigits", 1.into()),
        ],
    )
}

/// "2026-03" as "mars 2026" (`long`) or "mars" (`short`).
fn month_name(key: &str, long: bool) -> String {
    let Some((y, m)) = key
        .split_once('-')
        .and_then(|(y, m)| Some((y.parse::<u32>().ok()?, m.parse::<i32>().ok()?)))
    else {
        return key.to_owned();
    };
    let date = js_sys::Date::new_with_year_month_day_hr_min_sec(y, m - 1, 15, 12, 0, 0);
    let opts = js_sys::Object::new();
    let _ = js_sys::Reflect::set(
        &opts,
        &"month".into(),
        &(if long { "long" } else { "short" }).into(),
    );
    if long {
        let _ = js_sys::Reflect::set(&opts, &"year".into(), &"numeric".into());
    }
    date.to_locale_date_string(&lang(), &opts).into()
}

fn row_label(row: &StatRow) -> String {
    match &row.label {
        RowLabel::Message(id) => t(id),
        RowLabel::Text(s) if s.is_empty() => t("reports-unknown"),
        RowLabel::Text(s) => s.clone(),
    }
}

/// A count as shown: the number, or "< n" when masked.
fn shown_count(row: &StatRow, mask: Option<u32>) -> String {
    match (row.masked, mask) {
        (true, Some(n)) => t_args("reports-masked", &[("n", Value::from(n))]),
        _ => fmt_int(row.count),
    }
}

fn shown_share(row: &StatRow) -> String {
    if row.masked {
        t("reports-masked-share")
    } else {
        fmt_share(row.per_mille)
    }
}

// ---- the screen ----

#[derive(Clone, PartialEq)]
struct Figures {
    query: StatsQuery,
    current: Statistics,
    previous: Option<(StatsQuery, Statistics)>,
}

#[component]
pub fn ReportsPage() -> impl IntoView {
    let preset = RwSignal::new("this_month".to_owned());
    let from = RwSignal::new(String::new());
    let to = RwSignal::new(String::new());
    let place = RwSignal::new(String::new());
    let mediator = RwSignal::new(String::new());
    let activity_type = RwSignal::new(String::new());
    let theme = RwSignal::new(String::new());
    let compare = RwSignal::new(true);
    let mask = RwSignal::new(false);
    let places = RwSignal::new(Vec::<PlaceView>::new());
    let staff = RwSignal::new(Vec::<StaffCard>::new());
    let figures = RwSignal::new(None::<Figures>);
    let error: FormError = RwSignal::new(None);
    let busy = RwSignal::new(false);
    spawn_local(async move {
        if let Ok(s) = ipc::get_settings().await {
            places.set(s.places);
        }
        if let Ok(all) = ipc::list_staff().await {
            staff.set(all);
        }
    });

    let run = move || {
        let today = crate::form::today_civil();
        let (f, t_) = match preset_period(&preset.get_untracked(), &today) {
            Some(p) => p,
            None => (from.get_untracked(), to.get_untracked()),
        };
        let one = |v: String| if v.is_empty() { vec![] } else { vec![v] };
        let query = StatsQuery {
            from: f,
            to: t_,
            places: one(place.get_untracked()),
            mediators: one(mediator.get_untracked()),
            types: ActivityType::ALL
                .iter()
                .copied()
                .filter(|a| a.code() == activity_type.get_untracked())
                .collect(),
            themes: Theme::ALL
                .iter()
                .copied()
                .filter(|a| a.code() == theme.get_untracked())
                .collect(),
            mask_below: mask.get_untracked().then_some(5),
            ..StatsQuery::default()
        };
        let req = StatisticsRequest {
            query,
            compare_previous: compare.get_untracked(),
        };
        crate::form::submit_form(
            busy,
            error,
            "reports-errors",
            async move {
                let got = ipc::statistics(&req).await?;
                Ok(Figures {
                    previous: got.previous.map(|p| {
                        let q = StatsQuery {
                            from: p.from,
                            to: p.to,
                            ..req.query.clone()
                        };
                        (q, p.statistics)
                    }),
                    query: req.query,
                    current: got.current,
                })
            },
            move |f| figures.set(Some(f)),
        );
    };
    run();

    view! {
        <h1 tabindex="-1">{move || t("page-title-reports")}</h1>
        <p class="lead no-print">{move || t("reports-intro")}</p>
        <ErrorSummary id="reports-errors" error=error/>
        <form class="reports-filters no-print" aria-labelledby="reports-filters-heading"
            on:submit=move |ev| { ev.prevent_default(); run(); }>
            <h2 id="reports-filters-heading">{move || t("reports-filters")}</h2>
            <RadioChoices group="reports-period" legend="reports-period"
                options=PRESETS.to_vec() value=preset error=error field="period" inline=true/>
            {move || (preset.get() == "custom").then(|| view! {
                <div class="field-row">
                    <crate::form::TextField id="from" label="reports-from" value=from error=error
                        input_type="date" required=true/>
                    <crate::form::TextField id="to" label="reports-to" value=to error=error
                        input_type="date" required=true/>
                </div>
            })}
            <div class="field-row">
                {move || (places.with(|p| p.len() > 1)).then(|| view! {
                    <div class="field">
                        <label for="reports-place">{move || t("reports-place")}</label>
                        <select id="reports-place" on:change=move |ev| place.set(event_target_value(&ev))>
                            <option value="" selected=move || place.get().is_empty()>{move || t("reports-all-places")}</option>
                            {places.get().into_iter().map(|p| {
                                let id = p.id.clone();
                                view! { <option value=p.id.clone() selected=move || place.get() == id>{p.place.name.clone()}</option> }
                            }).collect_view()}
                        </select>
                    </div>
                })}
                {move || (!staff.with(Vec::is_empty)).then(|| view! {
                    <div class="field">
                        <label for="reports-mediator">{move || t("reports-mediator")}</label>
                        <select id="reports-mediator" on:change=move |ev| mediator.set(event_target_value(&ev))>
                            <option value="" selected=move || mediator.get().is_empty()>{move || t("reports-all-mediators")}</option>
                            {staff.get().into_iter().map(|s| {
                                let id = s.id.clone();
                                view! { <option value=s.id.clone() selected=move || mediator.get() == id>{s.name.clone()}</option> }
                            }).collect_view()}
                        </select>
                    </div>
                })}
                <div class="field">
                    <label for="reports-type">{move || t("reports-type")}</label>
                    <select id="reports-type" on:change=move |ev| activity_type.set(event_target_value(&ev))>
                        <option value="">{move || t("reports-all-types")}</option>
                        {ActivityType::ALL.iter().map(|a| view! {
                            <option value=a.code()>{move || t(a.label_id())}</option>
                        }).collect_view()}
                    </select>
                </div>
                <div class="field">
                    <label for="reports-theme">{move || t("reports-theme")}</label>
                    <select id="reports-theme" on:change=move |ev| theme.set(event_target_value(&ev))>
                        <option value="">{move || t("reports-all-themes")}</option>
                        {Theme::ALL.iter().map(|a| view! {
                            <option value=a.code()>{move || t(a.label_id())}</option>
                        }).collect_view()}
                    </select>
                </div>
            </div>
            <div class="check">
                <input type="checkbox" id="reports-compare" prop:checked=move || compare.get()
                    on:change=move |ev| compare.set(event_target_checked(&ev))/>
                <label for="reports-compare">{move || t("reports-compare")}</label>
            </div>
            <div class="check">
                <input type="checkbox" id="reports-mask" aria-describedby="reports-mask-hint"
                    prop:checked=move || mask.get()
                    on:change=move |ev| mask.set(event_target_checked(&ev))/>
                <label for="reports-mask">{move || t("reports-mask")}</label>
                <p class="hint" id="reports-mask-hint">{move || t("reports-mask-hint")}</p>
            </div>
            <button type="submit" class="primary" aria-disabled=move || busy.get().then_some("true")>
                {move || t("reports-show")}</button>
        </form>
        <div aria-live="polite" aria-busy=move || busy.get().then_some("true")>
            // Built again when the language changes: every word, number and the charts'
            // direction follow it.
            {move || {
                lang();
                figures.get().map(|f| view! { <Report figures=f/> })
            }}
        </div>
    }
}

#[component]
fn Report(figures: Figures) -> impl IntoView {
    let Figures {
        query,
        current,
        previous,
    } = figures;
    let l = lang();
    let period = t_args(
        "reports-period-range",
        &[
            (
                "from",
                Value::from(crate::pages::person::civil_date(&query.from, &l)),
            ),
            (
                "to",
                Value::from(crate::pages::person::civil_date(&query.to, &l)),
            ),
        ],
    );
    let mask = query.mask_below;
    let prev_totals = previous.as_ref().map(|(_, s)| s.totals);
    let prev_period = previous.as_ref().map(|(q, _)| {
        t_args(
            "reports-period-range",
            &[
                (
                    "from",
                    Value::from(crate::pages::person::civil_date(&q.from, &l)),
                ),
                (
                    "to",
                    Value::from(crate::pages::person::civil_date(&q.to, &l)),
                ),
            ],
        )
    });
    let prev_period_set = previous.is_some();
    let prev = previous.map(|(_, s)| s);
    let empty = current.totals.activities == 0;
    let summary = t_args(
        "reports-summary",
        &[
            ("period", Value::from(period.clone())),
            (
                "accompaniments",
                Value::from(fmt_int(current.totals.accompaniments)),
            ),
            (
                "activities",
                Value::from(fmt_int(current.totals.activities)),
            ),
            ("people", Value::from(fmt_int(current.totals.people))),
        ],
    );
    view! {
        <section class="report print-sheet" aria-labelledby="report-heading">
            <h2 id="report-heading">{t_args("reports-heading", &[("period", Value::from(period.clone()))])}</h2>
            {if empty {
                view! { <p class="notice" id="report-empty">{t("reports-empty")}</p> }.into_any()
            } else {
                view! {
                    <p class="report-summary">{summary}</p>
                    {prev_period.map(|p| view! { <p class="hint">{t_args("reports-compared-with", &[("period", Value::from(p))])}</p> })}
                    <KeyFigures totals=current.totals previous=prev_totals/>
                    <MonthChart dim=current.per_month.clone() mask=mask/>
                    <ThemeChart dim=current.themes.clone() mask=mask/>
                    <DimensionTables current=current previous=prev mask=mask/>
                    <Downloads query=query.clone() compare=prev_period_set/>
                }.into_any()
            }}
        </section>
    }
}

/// Print, or save the same figures as a file: PDF, accessible web page, spreadsheet, CSV.
#[component]
fn Downloads(query: StatsQuery, compare: bool) -> impl IntoView {
    let status = RwSignal::new(None::<String>);
    let error: FormError = RwSignal::new(None);
    let save = move |format: ReportFormat| {
        let report = ReportRequest {
            query: query.clone(),
            compare_previous: compare,
            lang: lang(),
            format,
        };
        spawn_local(async move {
            error.set(None);
            let result = async {
                let file = ipc::report_file_name(&report).await?;
                let req = ChooseExportPathRequest {
                    default_name: file.file_name,
                };
                match ipc::choose_export_path(&req).await? {
                    Some(path) => ipc::save_report(report, path).await.map(Some),
                    None => Ok(None),
                }
            }
            .await;
            match result {
                Ok(Some(name)) => status.set(Some(t_args(
                    "reports-saved",
                    &[("name", Value::from(name))],
                ))),
                Ok(None) => {}
                Err(e) => {
                    error.set(Some(e));
                    crate::form::focus_error_summary("reports-save-errors");
                }
            }
        });
    };
    let formats = [
        (ReportFormat::Pdf, "reports-save-pdf"),
        (ReportFormat::Html, "reports-save-html"),
        (ReportFormat::Xlsx, "reports-save-xlsx"),
        (ReportFormat::Csv, "reports-save-csv"),
    ];
    view! {
        <section class="no-print report-downloads" aria-labelledby="reports-downloads">
            <h3 id="reports-downloads">{t("reports-downloads")}</h3>
            <p class="hint">{t("reports-downloads-hint")}</p>
            <ErrorSummary id="reports-save-errors" error=error/>
            <p role="status" class="notice notice-status">{move || status.get()}</p>
            <div class="actions">
                <button type="button" on:click=move |_| {
                    if let Some(w) = web_sys::window() {
                        let _ = w.print();
                    }
                }>{t("reports-print")}</button>
                {formats.into_iter().map(|(f, label)| {
                    let save = save.clone();
                    view! { <button type="button" on:click=move |_| save(f)>{t(label)}</button> }
                }).collect_view()}
            </div>
        </section>
    }
}

/// A key figure: its label's Fluent id and where it is in the totals.
type KeyFigure = (&'static str, fn(&Totals) -> u64);

#[component]
fn KeyFigures(totals: Totals, previous: Option<Totals>) -> impl IntoView {
    let items: [KeyFigure; 8] = [
        ("reports-key-accompaniments", |t| t.accompaniments),
        ("reports-key-activities", |t| t.activities),
        ("reports-key-people", |t| t.people),
        ("reports-key-named-people", |t| t.named_people),
        ("reports-key-new-people", |t| t.new_people),
        ("reports-key-follow-ups-done", |t| t.follow_ups_done),
        ("reports-key-people-with-documents", |t| {
            t.people_with_documents
        }),
        ("reports-key-documents-stored", |t| t.documents_stored),
    ];
    view! {
        <h3>{t("reports-key-figures")}</h3>
        <dl class="key-figures">
            {items.into_iter().map(|(id, get)| {
                let now = get(&totals);
                let change = previous.map(|p| {
                    let before = get(&p);
                    if before == 0 {
                        t_args("reports-change-from-zero", &[("previous", Value::from(fmt_int(before)))])
                    } else {
                        let ratio = (now as f64 - before as f64) / before as f64;
                        let pct = fmt_number(ratio, &[
                            ("style", "percent".into()),
                            ("signDisplay", "exceptZero".into()),
                            ("maximumFractionDigits", 0.into()),
                        ]);
                        t_args("reports-change", &[
                            ("change", Value::from(pct)),
                            ("previous", Value::from(fmt_int(before))),
                        ])
                    }
                });
                view! {
                    <div class="key-figure">
                        <dt>{t(id)}</dt>
                        <dd><span class="key-value">{fmt_int(now)}</span>
                            {change.map(|c| view! { <span class="hint key-change">{c}</span> })}</dd>
                    </div>
                }
            }).collect_view()}
        </dl>
    }
}

/// A "nice" top of scale: 1, 2 or 5 times a power of ten, at least `max`.
fn nice_max(max: u64) -> u64 {
    let mut p = 1u64;
    loop {
        for m in [1, 2, 5] {
            if m * p >= max.max(1) {
                return m * p;
            }
        }
        p *= 10;
    }
}

#[component]
fn MonthChart(dim: Dimension, mask: Option<u32>) -> impl IntoView {
    let n = dim.rows.len().max(1) as f64;
    let top = nice_max(dim.rows.iter().map(|r| r.count).max().unwrap_or(0));
    let (w, h, left, bottom, head) = (720.0, 260.0, 48.0, 36.0, 24.0);
    let plot_w = w - left - 8.0;
    let plot_h = h - bottom - head;
    let slot = plot_w / n;
    let bar = (slot * 0.6).min(48.0);
    let busiest = dim.rows.iter().max_by_key(|r| r.count).cloned();
    let summary = busiest
        .filter(|r| r.count > 0)
        .map(|r| {
            t_args(
                "reports-month-summary",
                &[
                    ("month", Value::from(month_name(&r.key, true))),
                    ("count", Value::from(shown_count(&r, mask))),
                ],
            )
        })
        .unwrap_or_default();
    let every = ((n / 12.0).ceil() as usize).max(1);
    let bars = dim
        .rows
        .iter()
        .enumerate()
        .map(|(i, r)| {
            let x = left + slot * i as f64 + (slot - bar) / 2.0;
            let bh = if top == 0 { 0.0 } else { plot_h * r.count as f64 / top as f64 };
            let y = head + plot_h - bh;
            let value = (n <= 24.0).then(|| shown_count(r, mask));
            let label = (i % every == 0).then(|| month_name(&r.key, false));
            view! {
                <g>
                    <rect class="chart-bar" x=format!("{x:.1}") y=format!("{y:.1}")
                        width=format!("{bar:.1}") height=format!("{bh:.1}")/>
                    {value.map(|v| view! {
                        <text class="chart-value" x=format!("{:.1}", x + bar / 2.0) y=format!("{:.1}", y - 6.0)
                            text-anchor="middle">{v}</text>
                    })}
                    {label.map(|m| view! {
                        <text class="chart-axis" x=format!("{:.1}", x + bar / 2.0) y=format!("{:.1}", h - bottom + 20.0)
                            text-anchor="middle">{m}</text>
                    })}
                </g>
            }
        })
        .collect_view();
    let grid = [0.0, 0.5, 1.0]
        .into_iter()
        .map(|f| {
            let y = head + plot_h * (1.0 - f);
            let v = (top as f64 * f).round() as u64;
            view! {
                <line class="chart-grid" x1=format!("{left:.1}") x2=format!("{:.1}", w - 8.0)
                    y1=format!("{y:.1}") y2=format!("{y:.1}")/>
                <text class="chart-axis" x=format!("{:.1}", left - 6.0) y=format!("{:.1}", y + 4.0)
                    text-anchor="end">{fmt_int(v)}</text>
            }
        })
        .collect_view();
    let rows = dim.rows.clone();
    view! {
        <figure class="chart" aria-labelledby="chart-months-title">
            <h3 id="chart-months-title">{t("reports-chart-months")}</h3>
            <p class="report-summary">{summary.clone()}</p>
            <svg class="chart-svg" viewBox=format!("0 0 {w} {h}") role="img"
                aria-label=t_args("reports-chart-months-alt", &[("summary", Value::from(summary))]) dir="ltr">
                {grid}
                {bars}
            </svg>
            <table class="data-table">
                <caption>{t("reports-table-months")}</caption>
                <thead><tr>
                    <th scope="col">{t("reports-col-month")}</th>
                    <th scope="col" class="num">{t("reports-col-accompaniments")}</th>
                    <th scope="col" class="num">{t("reports-col-share")}</th>
                </tr></thead>
                <tbody>
                    {rows.into_iter().map(|r| view! {
                        <tr>
                            <th scope="row">{month_name(&r.key, true)}</th>
                            <td class="num">{shown_count(&r, mask)}</td>
                            <td class="num">{shown_share(&r)}</td>
                        </tr>
                    }).collect_view()}
                </tbody>
            </table>
        </figure>
    }
}

#[component]
fn ThemeChart(dim: Dimension, mask: Option<u32>) -> impl IntoView {
    let rtl = crate::i18n::lang() == "ar";
    let mut rows: Vec<StatRow> = dim.rows.into_iter().filter(|r| r.count > 0).collect();
    rows.sort_by_key(|r| std::cmp::Reverse(r.count));
    if rows.is_empty() {
        return None;
    }
    let top = rows[0].count.max(1) as f64;
    let (w, row_h, label_w) = (720.0, 30.0, 300.0);
    let h = row_h * rows.len() as f64 + 8.0;
    let bar_max = w - label_w - 80.0;
    let summary = t_args(
        "reports-theme-summary",
        &[
            ("theme", Value::from(row_label(&rows[0]))),
            ("share", Value::from(shown_share(&rows[0]))),
        ],
    );
    // Right to left, the labels start at the right edge and the bars grow leftwards.
    let x = move |v: f64| if rtl { w - v } else { v };
    let anchor = if rtl { "end" } else { "start" };
    let bars = rows
        .iter()
        .enumerate()
        .map(|(i, r)| {
            let y = 4.0 + row_h * i as f64;
            let len = bar_max * r.count as f64 / top;
            let bar_x = if rtl { w - label_w - len } else { label_w };
            view! {
                <g>
                    <text class="chart-axis" x=format!("{:.1}", x(4.0)) y=format!("{:.1}", y + row_h * 0.62)
                        text-anchor=anchor>{row_label(r)}</text>
                    <rect class="chart-bar" x=format!("{bar_x:.1}") y=format!("{:.1}", y + 4.0)
                        width=format!("{len:.1}") height=format!("{:.1}", row_h - 10.0)/>
                    <text class="chart-value" x=format!("{:.1}", x(label_w + len + 6.0)) y=format!("{:.1}", y + row_h * 0.62)
                        text-anchor=anchor>{shown_count(r, mask)}</text>
                </g>
            }
        })
        .collect_view();
    Some(view! {
        <figure class="chart" aria-labelledby="chart-themes-title">
            <h3 id="chart-themes-title">{t("reports-chart-themes")}</h3>
            <p class="report-summary">{summary.clone()}</p>
            // Coordinates are physical (left to right); right to left is laid out above.
            <svg class="chart-svg" viewBox=format!("0 0 {w} {h}") role="img" dir="ltr"
                aria-label=t_args("reports-chart-themes-alt", &[("summary", Value::from(summary))])>
                {bars}
            </svg>
        </figure>
    })
}

/// Every breakdown as a table (the themes' table sits here with the others).
#[component]
fn DimensionTables(
    current: Statistics,
    previous: Option<Statistics>,
    mask: Option<u32>,
) -> impl IntoView {
    type Pick = fn(&Statistics) -> &Dimension;
    let dims: [(&str, &str, Pick); 14] = [
        ("reports-dim-by-type", "reports-col-accompaniments", |s| {
            &s.accompaniments_by_type
        }),
        (
            "reports-dim-activity-types",
            "reports-col-activities",
            |s| &s.activity_types,
        ),
        ("reports-dim-themes", "reports-col-activities", |s| {
            &s.themes
        }),
        ("reports-dim-procedures", "reports-col-activities", |s| {
            &s.procedure_themes
        }),
        ("reports-dim-tags", "reports-col-activities", |s| &s.tags),
        ("reports-dim-equipment", "reports-col-activities", |s| {
            &s.equipment
        }),
        ("reports-dim-canal", "reports-col-activities", |s| &s.canal),
        ("reports-dim-durations", "reports-col-activities", |s| {
            &s.durations
        }),
        ("reports-dim-places", "reports-col-activities", |s| {
            &s.places
        }),
        ("reports-dim-referrals", "reports-col-sessions", |s| {
            &s.referrals
        }),
        ("reports-dim-genders", "reports-col-people", |s| &s.genders),
        ("reports-dim-age-brackets", "reports-col-people", |s| {
            &s.age_brackets
        }),
        ("reports-dim-statuses", "reports-col-people", |s| {
            &s.statuses
        }),
        ("reports-dim-communes", "reports-col-people", |s| {
            &s.communes
        }),
    ];
    let (full, empty): (Vec<_>, Vec<_>) = dims
        .into_iter()
        .partition(|(_, _, pick)| pick(&current).rows.iter().any(|r| r.count > 0));
    let empty_names: Vec<String> = empty.iter().map(|(title, _, _)| t(title)).collect();
    let tables = full
        .into_iter()
        .map(|(title, unit, pick)| {
            let dim = pick(&current).clone();
            let before = previous.as_ref().map(|p| pick(p).clone());
            let has_prev = before.is_some();
            let prev_count = move |key: &str| {
                before.as_ref().map(|d| {
                    d.rows
                        .iter()
                        .find(|r| r.key == key)
                        .map(|r| shown_count(r, mask))
                        .unwrap_or_else(|| fmt_int(0))
                })
            };
            let rows: Vec<StatRow> = dim.rows.into_iter().filter(|r| r.count > 0).collect();
            view! {
                <table class="data-table">
                    <caption>{t(title)}</caption>
                    <thead><tr>
                        <th scope="col">{t("reports-col-label")}</th>
                        <th scope="col" class="num">{t(unit)}</th>
                        <th scope="col" class="num">{t("reports-col-share")}</th>
                        {has_prev.then(|| view! { <th scope="col" class="num">{t("reports-col-previous")}</th> })}
                    </tr></thead>
                    <tbody>
                        {rows.into_iter().map(|r| {
                            let p = prev_count(&r.key);
                            view! {
                                <tr>
                                    <th scope="row">{row_label(&r)}</th>
                                    <td class="num">{shown_count(&r, mask)}</td>
                                    <td class="num">{shown_share(&r)}</td>
                                    {p.map(|p| view! { <td class="num">{p}</td> })}
                                </tr>
                            }
                        }).collect_view()}
                    </tbody>
                    <tfoot><tr>
                        <th scope="row">{t("reports-total")}</th>
                        <td class="num">{fmt_int(dim.total)}</td>
                        <td class="num">{fmt_share(1000)}</td>
                        {has_prev.then(|| view! { <td></td> })}
                    </tr></tfoot>
                </table>
            }
        })
        .collect_view();
    view! {
        <h3>{t("reports-breakdowns")}</h3>
        {tables}
        {(!empty_names.is_empty()).then(|| view! {
            <p class="hint">{t_args("reports-dims-empty", &[("names", Value::from(empty_names.join(", ")))])}</p>
        })}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn presets_cover_whole_months() {
        assert_eq!(
            preset_period("this_month", "2026-02-14"),
            Some(("2026-02-01".into(), "2026-02-28".into()))
        );
        assert_eq!(
            preset_period("last_month", "2026-01-05"),
            Some(("2025-12-01".into(), "2025-12-31".into()))
        );
        assert_eq!(
            preset_period("this_quarter", "2026-11-22"),
            Some(("2026-10-01".into(), "2026-12-31".into()))
        );
        assert_eq!(
            preset_period("this_year", "2028-02-29"),
            Some(("2028-01-01".into(), "2028-12-31".into()))
        );
        assert_eq!(preset_period("custom", "2026-11-22"), None);
    }

    #[test]
    fn nice_scale_tops() {
        assert_eq!(nice_max(0), 1);
        assert_eq!(nice_max(7), 10);
        assert_eq!(nice_max(120), 200);
        assert_eq!(nice_max(500), 500);
    }
}
