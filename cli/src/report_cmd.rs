//! `passerelle report`: the activity report of a period as a file (PDF, HTML, XLSX or CSV), for
//! scripted monthly reports (see docs/reports.md).

use crate::bench::{ms, percentile, report, sample};
use crate::store_cmd::{unlock, UnlockArgs};
use anyhow::Result;
use clap::Args;
use passerelle_api::report::{ReportFormat, ReportRequest};
use passerelle_api::stats::StatsQuery;
use passerelle_api::vocab::{ActivityType, Theme};
use passerelle_core::store::{Session, StoreError};
use std::path::{Path, PathBuf};
use std::time::Instant;

#[derive(Args, Debug)]
pub struct ReportArgs {
    /// First day, YYYY-MM-DD (included).
    #[arg(long, value_name = "YYYY-MM-DD")]
    from: String,
    /// Last day, YYYY-MM-DD (included).
    #[arg(long, value_name = "YYYY-MM-DD")]
    to: String,
    /// Only activities at this place (id or name); repeat for several.
    #[arg(long = "place", value_name = "ID")]
    places: Vec<String>,
    /// Only activities recorded by this staff member (id or display name); repeatable.
    #[arg(long = "mediator", value_name = "ID")]
    mediators: Vec<String>,
    /// Only this activity type: individuel or collectif; repeatable.
    #[arg(long = "type", value_name = "CODE")]
    types: Vec<String>,
    /// Only activities with this theme (national code, e.g. email); repeatable.
    #[arg(long = "theme", value_name = "CODE")]
    themes: Vec<String>,
    /// Only activities with this tag (id or name); repeatable.
    #[arg(long = "tag", value_name = "ID")]
    tags: Vec<String>,
    /// Only activities at a place of this commune (name, postal code or INSEE code).
    #[arg(long)]
    commune: Option<String>,
    /// Language of the words: fr, en or ar (a PDF in Arabic prints in French).
    #[arg(long, default_value = "fr")]
    lang: String,
    /// pdf, html, xlsx or csv.
    #[arg(long)]
    format: String,
    /// The file to write.
    #[arg(long, value_name = "FILE")]
    out: PathBuf,
    /// Show counts from 1 to N − 1 as "< N".
    #[arg(long, value_name = "N")]
    mask: Option<u32>,
    /// Set the previous period of the same length beside each figure.
    #[arg(long)]
    compare: bool,
    /// Replace the file if it exists.
    #[arg(long)]
    force: bool,
    /// Print how long the statistics and the whole report took (stderr).
    #[arg(long, hide = true)]
    timings: bool,
    #[command(flatten)]
    unlock: UnlockArgs,
}

fn invalid(field: &'static str) -> anyhow::Error {
    StoreError::InvalidField { field }.into()
}

/// The query, with places, mediators and tags given by id or by name.
fn query(s: &Session, a: &ReportArgs) -> Result<StatsQuery> {
    let places = s.places()?;
    let place_ids = a
        .places
        .iter()
        .map(|p| {
            places
                .iter()
                .find(|x| x.id.to_string() == *p || x.name.eq_ignore_ascii_case(p.trim()))
                .map(|x| x.id.to_string())
                .ok_or_else(|| invalid("place"))
        })
        .collect::<Result<_>>()?;
    let staff = s.staff();
    let mediators = a
        .mediators
        .iter()
        .map(|m| {
            staff
                .iter()
                .find(|x| x.id.to_string() == *m || x.display_name.eq_ignore_ascii_case(m.trim()))
                .map(|x| x.id.to_string())
                .ok_or_else(|| invalid("mediator"))
        })
        .collect::<Result<_>>()?;
    let tags = s.tags()?;
    let tag_ids = a
        .tags
        .iter()
        .map(|t| {
            tags.iter()
                .find(|x| x.id.to_string() == *t || x.name.eq_ignore_ascii_case(t.trim()))
                .map(|x| x.id.to_string())
                .ok_or_else(|| invalid("tag"))
        })
        .collect::<Result<_>>()?;
    Ok(StatsQuery {
        from: a.from.clone(),
        to: a.to.clone(),
        places: place_ids,
        mediators,
        types: a
            .types
            .iter()
            .map(|t| ActivityType::parse(t.trim()).ok_or_else(|| invalid("type")))
            .collect::<Result<_>>()?,
        themes: a
            .themes
            .iter()
            .map(|t| Theme::parse(t.trim()).ok_or_else(|| invalid("theme")))
            .collect::<Result<_>>()?,
        tags: tag_ids,
        commune: a.commune.clone(),
        mask_below: a.mask,
    })
}

/// Writes `bytes` under a temporary name beside `out`, then renames it into place.
fn write_file(out: &Path, bytes: &[u8], force: bool) -> Result<()> {
    use std::io::Write;
    let dir = out.parent().unwrap_or(Path::new("."));
    let name = out
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .ok_or_else(|| invalid("out"))?;
    let tmp = dir.join(format!(".{name}.tmp-{}", std::process::id()));
    let result = (|| -> Result<()> {
        let mut f = std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&tmp)?;
        f.write_all(bytes)?;
        f.sync_all()?;
        if !force && out.exists() {
            return Err(StoreError::FileExists.into());
        }
        std::fs::rename(&tmp, out)?;
        passerelle_core::fsutil::sync_dir(dir)?;
        Ok(())
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    result
}

pub fn run(data_dir: &Path, a: &ReportArgs) -> Result<std::process::ExitCode> {
    let format = ReportFormat::parse(&a.format).ok_or_else(|| invalid("format"))?;
    let out = std::path::absolute(&a.out)?;
    if out.exists() && !a.force {
        return Err(StoreError::FileExists.into());
    }
    let mut s = unlock(data_dir, &a.unlock)?;
    let q = query(&s, a)?;
    let started = Instant::now();
    let (stats, steps) = s.statistics_timed(&q)?;
    let stats_took = started.elapsed();
    let started = Instant::now();
    let (_, bytes) = s.activity_report(&ReportRequest {
        query: q,
        compare_previous: a.compare,
        lang: a.lang.clone(),
        format,
    })?;
    let report_took = started.elapsed();
    write_file(&out, &bytes, a.force)?;
    println!(
        "{}",
        crate::t_args(
            "cli-report-written",
            &[
                ("path", &out.display().to_string()),
                ("activities", &stats.totals.activities.to_string()),
                ("accompaniments", &stats.totals.accompaniments.to_string()),
            ]
        )
    );
    if a.timings {
        let steps: Vec<String> = steps
            .iter()
            .map(|(name, d)| format!("{name} {:.1}", ms(*d)))
            .collect();
        eprintln!("statistics steps (ms): {}", steps.join(", "));
        eprintln!(
            "statistics {:.1} ms; whole report ({}) {:.1} ms; {} bytes",
            ms(stats_took),
            format.extension(),
            ms(report_took),
            bytes.len()
        );
    }
    Ok(std::process::ExitCode::SUCCESS)
}

/// The bench's report figures: the 12-month PDF (statistics included, goal 1.5 s), and the
/// other formats, on the bench's store.
pub fn bench(session: &mut Session, query: &StatsQuery) {
    for format in ReportFormat::ALL {
        let req = ReportRequest {
            query: query.clone(),
            compare_previous: false,
            lang: "fr".into(),
            format,
        };
        let mut size = 0;
        let mut times = sample(5, || {
            size = session.activity_report(&req).expect("report").1.len();
        });
        times.sort_unstable();
        report(
            &format!(
                "reports: 12-month report, {} ({} KB)",
                format.extension(),
                size / 1024
            ),
            &times,
        );
        if format == ReportFormat::Pdf {
            println!(
                "{:<48} {:>10.2}×   (p95 / goal 1.5 s)",
                "reports: PDF report p95 ratio",
                ms(percentile(&times, 95.0)) / 1500.0
            );
        }
    }
}
