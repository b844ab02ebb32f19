//! The activity report as files: one [`Statistics`] (and optionally the previous period's)
//! written as a printable PDF, an accessible HTML page, an XLSX workbook or a CSV file.
//!
//! Every format is drawn from one [`Model`] built here: the same rows, the same counts, the
//! same percentages (tenths of a percent from the statistics module, never recomputed), the
//! same masking. A renderer only lays the model out, so the formats cannot disagree with each
//! other or with the dashboard. Words come from Fluent (`locales/*/report.ftl`), numbers are
//! formatted here (French decimal comma: « 33,3 % »).
//!
//! Masking: a masked cell shows « < 5 » for its count and no percentage (a share of a known
//! total would give the count back); a masked bar is not drawn. Totals stay exact.

mod html;
mod pdf;
mod session;
mod sheet;

#[cfg(test)]
mod tests;

pub use html::render_html;
pub use pdf::render_pdf;
pub use sheet::{render_csv, render_xlsx};

use crate::pdf::{format_date, format_date_time, format_integer};
use jiff::civil;
use passerelle_api::report::ReportFormat;
use passerelle_api::stats::{Dimension, RowLabel, StatRow, Statistics};
use passerelle_api::vocab::{ActivityType, Theme};
use passerelle_locales::{fluent_id, Translator, Value};

/// The filters of a report, in words (names resolved by the caller).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ReportFilters {
    pub places: Vec<String>,
    pub mediators: Vec<String>,
    pub types: Vec<ActivityType>,
    pub themes: Vec<Theme>,
    pub tags: Vec<String>,
    pub commune: Option<String>,
}

/// Everything a report says besides the figures.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReportContext {
    pub structure: String,
    /// Requested language (`fr`, `en`, `ar`); a PDF prints right-to-left ones in French.
    pub lang: String,
    pub from: civil::Date,
    pub to: civil::Date,
    /// The period the previous statistics cover, when compared.
    pub previous: Option<(civil::Date, civil::Date)>,
    pub filters: ReportFilters,
    pub mask_below: Option<u32>,
    /// Local civil time of generation.
    pub generated_at: civil::DateTime,
    /// Sequence number and hex hash of the newest audit journal row.
    pub journal_head: (u64, String),
}

/// The period of the same length just before `from..=to`: as many whole months when the
/// period is whole months, else as many days.
pub fn previous_period(from: civil::Date, to: civil::Date) -> (civil::Date, civil::Date) {
    let whole_months = from.day() == 1 && to.tomorrow().is_ok_and(|d| d.day() == 1);
    let prev_to = from.yesterday().unwrap_or(from);
    if whole_months {
        let months = (i32::from(to.year()) * 12 + i32::from(to.month()))
            - (i32::from(from.year()) * 12 + i32::from(from.month()))
            + 1;
        let prev_from = from
            .checked_sub(jiff::Span::new().months(months))
            .unwrap_or(from);
        return (prev_from, prev_to);
    }
    let days = (to - from).get_days() as i64 + 1;
    let prev_from = from
        .checked_sub(jiff::Span::new().days(days))
        .unwrap_or(from);
    (prev_from, prev_to)
}

/// The default file name: `rapport-activite-2026-01-2026-12.pdf` for whole months,
/// `rapport-activite-2026-01-15-2026-02-14.pdf` otherwise. Never a person's name.
pub fn file_name(from: civil::Date, to: civil::Date, lang: &str, format: ReportFormat) -> String {
    let t = Translator::new(lang, false);
    let stem = t.t(fluent_id!("report-file-stem"));
    let whole_months = from.day() == 1 && to.tomorrow().is_ok_and(|d| d.day() == 1);
    let (a, b) = if whole_months {
        (
            format!("{:04}-{:02}", from.year(), from.month()),
            format!("{:04}-{:02}", to.year(), to.month()),
        )
    } else {
        (from.to_string(), to.to_string())
    };
    // Only ASCII letters, digits and dashes: any system opens it, no quoting in a shell.
    let stem: String = stem
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
        .collect();
    format!("{stem}-{a}-{b}.{}", format.extension())
}

/// How a dimension counts, said under its title.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Unit {
    Participant,
    Activity,
    ActivityMulti,
    Referral,
    Person,
}

impl Unit {
    fn id(self) -> &'static str {
        match self {
            Unit::Participant => fluent_id!("report-unit-participant"),
            Unit::Activity => fluent_id!("report-unit-activity"),
            Unit::ActivityMulti => fluent_id!("report-unit-activity-multi"),
            Unit::Referral => fluent_id!("report-unit-referral"),
            Unit::Person => fluent_id!("report-unit-person"),
        }
    }
}

/// Every dimension of the report, in its order: (stable key, title id, unit, accessor).
type Accessor = fn(&Statistics) -> &Dimension;
const DIMENSIONS: [(&str, &str, Unit, Accessor); 15] = [
    (
        "per_month",
        fluent_id!("report-dim-per-month"),
        Unit::Participant,
        |s| &s.per_month,
    ),
    (
        "accompaniments_by_type",
        fluent_id!("report-dim-accompaniments-by-type"),
        Unit::Participant,
        |s| &s.accompaniments_by_type,
    ),
    (
        "activity_types",
        fluent_id!("report-dim-activity-types"),
        Unit::Activity,
        |s| &s.activity_types,
    ),
    (
        "themes",
        fluent_id!("report-dim-themes"),
        Unit::ActivityMulti,
        |s| &s.themes,
    ),
    (
        "procedure_themes",
        fluent_id!("report-dim-procedure-themes"),
        Unit::ActivityMulti,
        |s| &s.procedure_themes,
    ),
    (
        "tags",
        fluent_id!("report-dim-tags"),
        Unit::ActivityMulti,
        |s| &s.tags,
    ),
    (
        "equipment",
        fluent_id!("report-dim-equipment"),
        Unit::ActivityMulti,
        |s| &s.equipment,
    ),
    (
        "canal",
        fluent_id!("report-dim-canal"),
        Unit::Activity,
        |s| &s.canal,
    ),
    (
        "durations",
        fluent_id!("report-dim-durations"),
        Unit::Activity,
        |s| &s.durations,
    ),
    (
        "places",
        fluent_id!("report-dim-places"),
        Unit::Activity,
        |s| &s.places,
    ),
    (
        "referrals",
        fluent_id!("report-dim-referrals"),
        Unit::Referral,
        |s| &s.referrals,
    ),
    (
        "genders",
        fluent_id!("report-dim-genders"),
        Unit::Person,
        |s| &s.genders,
    ),
    (
        "age_brackets",
        fluent_id!("report-dim-age-brackets"),
        Unit::Person,
        |s| &s.age_brackets,
    ),
    (
        "statuses",
        fluent_id!("report-dim-statuses"),
        Unit::Person,
        |s| &s.statuses,
    ),
    (
        "communes",
        fluent_id!("report-dim-communes"),
        Unit::Person,
        |s| &s.communes,
    ),
];

/// One printed figure of a key-figure panel.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Figure {
    pub label: String,
    pub value: u64,
    pub text: String,
    /// "Previous period: 12 (+33,3 %)".
    pub previous: Option<String>,
}

/// One row of a breakdown, as every format prints it.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Row {
    pub key: String,
    pub label: String,
    /// A month's short label and year, for chart axes.
    pub short: Option<(String, String)>,
    pub count: u64,
    pub per_mille: u32,
    pub masked: bool,
    /// « 1 204 » or « < 5 ».
    pub count_text: String,
    /// « 33,3 % », or empty when masked.
    pub share_text: String,
    /// The previous period's count, as printed (« < 5 » when masked there).
    pub previous: Option<(u64, bool, String)>,
}

/// One breakdown.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Section {
    pub key: &'static str,
    pub title: String,
    pub unit: String,
    pub rows: Vec<Row>,
    pub total: u64,
    pub total_text: String,
    pub previous_total: Option<String>,
}

/// The whole report in words and figures, ready to lay out.
pub(crate) struct Model {
    pub t: Translator,
    /// The language the words are in (after [`crate::pdf::print_language`] for a PDF).
    pub lang: &'static str,
    pub rtl: bool,
    pub title: String,
    pub structure: String,
    pub period: String,
    pub previous_period: Option<String>,
    /// (label, values) for each filter set; empty: no filter.
    pub filters: Vec<(String, String)>,
    pub masking: Option<String>,
    pub generated: String,
    pub journal: String,
    pub footer: String,
    pub empty: bool,
    pub figures: Vec<Figure>,
    pub sections: Vec<Section>,
    pub follow_ups_done: u64,
    /// Vault usage at the end of the period: (people with documents, documents stored).
    pub vault: (u64, u64),
}

/// « 33,3 % » (French and Arabic) or "33.3%" (English), from tenths of a percent.
pub(crate) fn format_share(per_mille: u32, lang: &str) -> String {
    let (whole, tenth) = (per_mille / 10, per_mille % 10);
    match lang {
        "en" => format!("{whole}.{tenth}%"),
        _ => format!("{whole},{tenth}\u{A0}%"),
    }
}

/// The relative change from `before` to `now`, signed, in the same style ("+33,3 %"); none
/// when there was nothing before.
fn format_change(now: u64, before: u64, lang: &str) -> Option<String> {
    if before == 0 {
        return None;
    }
    let diff = now as i128 - before as i128;
    // Tenths of a percent, rounded half away from zero.
    let tenths = (diff.abs() * 2000 / before as i128 + 1) / 2;
    let sign = match diff.signum() {
        1 => "+",
        -1 => "\u{2212}",
        _ => "",
    };
    Some(format!(
        "{sign}{}",
        format_share(tenths.min(u32::MAX as i128) as u32, lang)
    ))
}

impl Model {
    pub(crate) fn new(
        stats: &Statistics,
        previous: Option<&Statistics>,
        ctx: &ReportContext,
        lang: &str,
    ) -> Model {
        let t = Translator::new(lang, false);
        let lang = t.locale().code;
        let rtl = t.locale().direction == passerelle_locales::Direction::Rtl;
        let int = |n: u64| format_integer(n, lang);
        let period = |a: civil::Date, b: civil::Date| {
            t.t_args(
                fluent_id!("report-period"),
                &[
                    ("from", format_date(&t, a).into()),
                    ("to", format_date(&t, b).into()),
                ],
            )
        };
        let masked_text = ctx
            .mask_below
            .map(|m| {
                t.t_args(
                    fluent_id!("report-masked"),
                    &[("threshold", Value::from(m.to_string()))],
                )
                // « < 5 » is one unit: never broken across lines.
                .replace(' ', "\u{a0}")
            })
            .unwrap_or_default();
        let hash_short: String = ctx.journal_head.1.chars().take(16).collect();
        let generated = format_date_time(&t, ctx.generated_at);

        let f = &ctx.filters;
        let mut filters = Vec::new();
        let mut filter = |id: &str, values: Vec<String>| {
            if !values.is_empty() {
                filters.push((t.t(id), values.join(", ")));
            }
        };
        filter(fluent_id!("report-filter-places"), f.places.clone());
        filter(fluent_id!("report-filter-mediators"), f.mediators.clone());
        filter(
            fluent_id!("report-filter-types"),
            f.types.iter().map(|k| t.t(k.label_id())).collect(),
        );
        filter(
            fluent_id!("report-filter-themes"),
            f.themes.iter().map(|k| t.t(k.label_id())).collect(),
        );
        filter(fluent_id!("report-filter-tags"), f.tags.clone());
        filter(
            fluent_id!("report-filter-commune"),
            f.commune.iter().cloned().collect(),
        );

        let totals = &stats.totals;
        let before = previous.map(|p| p.totals);
        let figure = |id: &str, value: u64, prev: Option<u64>| Figure {
            label: t.t(id),
            value,
            text: int(value),
            previous: prev.map(|p| match format_change(value, p, lang) {
                Some(change) => t.t_args(
                    fluent_id!("report-kf-previous"),
                    &[("value", int(p).into()), ("change", change.into())],
                ),
                None => t.t_args(
                    fluent_id!("report-kf-previous-plain"),
                    &[("value", int(p).into())],
                ),
            }),
        };
        let figures = vec![
            figure(
                fluent_id!("report-kf-accompaniments"),
                totals.accompaniments,
                before.map(|b| b.accompaniments),
            ),
            figure(
                fluent_id!("report-kf-activities"),
                totals.activities,
                before.map(|b| b.activities),
            ),
            figure(
                fluent_id!("report-kf-people"),
                totals.people,
                before.map(|b| b.people),
            ),
            figure(
                fluent_id!("report-kf-named"),
                totals.named_people,
                before.map(|b| b.named_people),
            ),
            figure(
                fluent_id!("report-kf-anonymous"),
                totals.anonymous_people,
                before.map(|b| b.anonymous_people),
            ),
            figure(
                fluent_id!("report-kf-new"),
                totals.new_people,
                before.map(|b| b.new_people),
            ),
            figure(
                fluent_id!("report-kf-anonymous-accompaniments"),
                totals.anonymous_accompaniments,
                before.map(|b| b.anonymous_accompaniments),
            ),
            figure(
                fluent_id!("report-kf-follow-ups"),
                totals.follow_ups_done,
                before.map(|b| b.follow_ups_done),
            ),
            // Vault usage at the end of each period (no filter applies).
            figure(
                fluent_id!("report-kf-people-with-documents"),
                totals.people_with_documents,
                before.map(|b| b.people_with_documents),
            ),
            figure(
                fluent_id!("report-kf-documents-stored"),
                totals.documents_stored,
                before.map(|b| b.documents_stored),
            ),
        ];

        let count_text = |n: u64, masked: bool| {
            if masked {
                masked_text.clone()
            } else {
                int(n)
            }
        };
        let label = |r: &StatRow, key: &str| -> (String, Option<(String, String)>) {
            if key == "per_month" {
                if let Some((y, m)) = r.key.split_once('-') {
                    let m: i8 = m.parse().unwrap_or(1);
                    let long = t.t_args(
                        fluent_id!("stats-month-year"),
                        &[
                            ("month", t.t(&format!("stats-month-{m}")).into()),
                            ("year", y.to_owned().into()),
                        ],
                    );
                    let short = t.t(&format!("stats-month-short-{m}"));
                    return (long, Some((short, y.to_owned())));
                }
            }
            let text = match &r.label {
                RowLabel::Message(id) => t.t(id),
                RowLabel::Text(s) => s.clone(),
            };
            (text, None)
        };
        let sections = DIMENSIONS
            .iter()
            .map(|(key, title, unit, get)| {
                let d = get(stats);
                // Each period has its own months: no previous column there.
                let prev = previous.filter(|_| *key != "per_month").map(get);
                let mut rows: Vec<Row> = d
                    .rows
                    .iter()
                    .map(|r| {
                        let (label, short) = label(r, key);
                        Row {
                            key: r.key.clone(),
                            label,
                            short,
                            count: r.count,
                            per_mille: r.per_mille,
                            masked: r.masked,
                            count_text: count_text(r.count, r.masked),
                            share_text: if r.masked {
                                String::new()
                            } else {
                                format_share(r.per_mille, lang)
                            },
                            previous: prev.map(|p| {
                                p.rows
                                    .iter()
                                    .find(|pr| pr.key == r.key)
                                    .map(|pr| {
                                        (pr.count, pr.masked, count_text(pr.count, pr.masked))
                                    })
                                    .unwrap_or((0, false, int(0)))
                            }),
                        }
                    })
                    .collect();
                // Rows only the previous period has.
                if let Some(p) = prev {
                    for pr in p
                        .rows
                        .iter()
                        .filter(|pr| !d.rows.iter().any(|r| r.key == pr.key))
                    {
                        let (label, short) = label(pr, key);
                        rows.push(Row {
                            key: pr.key.clone(),
                            label,
                            short,
                            count: 0,
                            per_mille: 0,
                            masked: false,
                            count_text: int(0),
                            share_text: format_share(0, lang),
                            previous: Some((pr.count, pr.masked, count_text(pr.count, pr.masked))),
                        });
                    }
                }
                Section {
                    key,
                    title: t.t(title),
                    unit: t.t(unit.id()),
                    rows,
                    total: d.total,
                    total_text: int(d.total),
                    previous_total: prev.map(|p| int(p.total)),
                }
            })
            .collect();

        let footer = t.t_args(
            fluent_id!("report-footer"),
            &[
                ("structure", ctx.structure.as_str().into()),
                ("date", format_date(&t, ctx.generated_at.date()).into()),
                ("seq", ctx.journal_head.0.to_string().into()),
            ],
        );
        Model {
            title: t.t(fluent_id!("report-title")),
            structure: ctx.structure.clone(),
            period: period(ctx.from, ctx.to),
            previous_period: ctx.previous.map(|(a, b)| period(a, b)),
            filters,
            masking: ctx.mask_below.filter(|m| *m > 1).map(|m| {
                t.t_args(
                    fluent_id!("report-masking"),
                    &[
                        ("below", Value::from((m - 1).to_string())),
                        ("threshold", Value::from(m.to_string())),
                    ],
                )
            }),
            journal: t.t_args(
                fluent_id!("report-journal"),
                &[
                    ("seq", ctx.journal_head.0.to_string().into()),
                    ("hash", hash_short.into()),
                ],
            ),
            generated,
            footer,
            empty: totals.activities == 0,
            figures,
            sections,
            follow_ups_done: totals.follow_ups_done,
            vault: (totals.people_with_documents, totals.documents_stored),
            lang,
            rtl,
            t,
        }
    }

    /// The words of an id in the report's language.
    pub(crate) fn tr(&self, id: &str) -> String {
        self.t.t(id)
    }

    pub(crate) fn section(&self, key: &str) -> Option<&Section> {
        self.sections.iter().find(|s| s.key == key)
    }

    /// The sentence an empty period gets (with the follow-ups done and the vault's usage, if
    /// any: the key figures are not printed then).
    pub(crate) fn empty_text(&self) -> Vec<String> {
        let mut out = vec![self.tr(fluent_id!("report-empty"))];
        if self.follow_ups_done > 0 {
            out.push(self.t.t_args(
                fluent_id!("report-follow-ups-only"),
                &[(
                    "count",
                    format_integer(self.follow_ups_done, self.lang).into(),
                )],
            ));
        }
        if self.vault.1 > 0 {
            out.push(self.t.t_args(
                fluent_id!("report-vault-only"),
                &[
                    ("people", format_integer(self.vault.0, self.lang).into()),
                    ("documents", format_integer(self.vault.1, self.lang).into()),
                ],
            ));
        }
        out
    }

    /// The monthly chart's one-sentence summary (its busiest visible month).
    pub(crate) fn months_summary(&self) -> Option<String> {
        let s = self.section("per_month")?;
        let best = s
            .rows
            .iter()
            .filter(|r| !r.masked && r.count > 0)
            .max_by(|a, b| a.count.cmp(&b.count).then(b.key.cmp(&a.key)))?;
        Some(self.t.t_args(
            fluent_id!("report-chart-months-summary"),
            &[
                ("month", best.label.as_str().into()),
                ("count", best.count_text.as_str().into()),
            ],
        ))
    }

    /// The themes chart's rows, largest first, and its one-sentence summary.
    pub(crate) fn theme_bars(&self) -> (Vec<&Row>, Option<String>) {
        let Some(s) = self.section("themes") else {
            return (Vec::new(), None);
        };
        let mut rows: Vec<&Row> = s.rows.iter().filter(|r| r.count > 0).collect();
        rows.sort_by_key(|r| std::cmp::Reverse(r.count));
        let summary = rows.iter().find(|r| !r.masked).map(|r| {
            self.t.t_args(
                fluent_id!("report-chart-themes-summary"),
                &[
                    ("theme", r.label.as_str().into()),
                    ("count", r.count_text.as_str().into()),
                ],
            )
        });
        (rows, summary)
    }

    /// Whether any cell of the report is masked.
    pub(crate) fn any_masked(&self) -> bool {
        self.sections
            .iter()
            .any(|s| s.rows.iter().any(|r| r.masked))
    }
}

/// Renders a report in `format`.
pub fn render(
    format: ReportFormat,
    stats: &Statistics,
    previous: Option<&Statistics>,
    ctx: &ReportContext,
) -> Result<Vec<u8>, crate::store::StoreError> {
    match format {
        ReportFormat::Pdf => Ok(render_pdf(stats, previous, ctx)?),
        ReportFormat::Html => Ok(render_html(stats, previous, ctx).into_bytes()),
        ReportFormat::Xlsx => render_xlsx(stats, previous, ctx),
        ReportFormat::Csv => Ok(render_csv(stats, previous, ctx).into_bytes()),
    }
}
