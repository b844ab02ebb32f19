//! The report from an unlocked session: the statistics of the period (and of the previous
//! one), the filters in words, the journal head, then the file in the asked format.

use super::{file_name, previous_period, render, ReportContext, ReportFilters};
use crate::store::journal::{Action, Actor};
use crate::store::{Permission, Session, StoreError};
use jiff::civil;
use passerelle_api::report::{ReportFile, ReportRequest};
use passerelle_api::stats::StatsQuery;

fn day(s: &str, field: &'static str) -> Result<civil::Date, StoreError> {
    s.trim()
        .parse()
        .map_err(|_| StoreError::InvalidField { field })
}

impl Session {
    /// The default name and the media type of the report `req` asks for (never a person's
    /// name), without generating it.
    pub fn report_file_name(&self, req: &ReportRequest) -> Result<ReportFile, StoreError> {
        self.require(Permission::RecordActivity)?;
        let (from, to) = (day(&req.query.from, "from")?, day(&req.query.to, "to")?);
        Ok(ReportFile {
            file_name: file_name(from, to, &req.lang, req.format),
            media_type: req.format.media_type().to_owned(),
        })
    }

    /// Generates the activity report `req` asks for. Any staff member may (as for the
    /// statistics); the report holds figures only, never a person's name. Journaled first
    /// (format, period, number of filters, activities counted), so the journal head printed in
    /// the report covers its own generation.
    pub fn activity_report(
        &mut self,
        req: &ReportRequest,
    ) -> Result<(ReportFile, Vec<u8>), StoreError> {
        self.require(Permission::RecordActivity)?;
        if passerelle_locales::locale(&req.lang).is_none() {
            return Err(StoreError::InvalidField { field: "lang" });
        }
        let stats = self.statistics(&req.query)?;
        let (from, to) = (day(&req.query.from, "from")?, day(&req.query.to, "to")?);
        let previous = if req.compare_previous {
            let (a, b) = previous_period(from, to);
            let q = StatsQuery {
                from: a.to_string(),
                to: b.to_string(),
                ..req.query.clone()
            };
            Some(((a, b), self.statistics(&q)?))
        } else {
            None
        };
        let mut ctx = self.report_context(&req.query, &req.lang, from, to)?;
        ctx.previous = previous.as_ref().map(|(p, _)| *p);
        let q = &req.query;
        let record = format!(
            "format={} from={from} to={to} compare={} places={} mediators={} types={} themes={} \
             tags={} commune={} mask={} activities={} accompaniments={}",
            req.format.extension(),
            u8::from(req.compare_previous),
            q.places.len(),
            q.mediators.len(),
            q.types.len(),
            q.themes.len(),
            q.tags.len(),
            u8::from(q.commune.is_some()),
            q.mask_below.unwrap_or(0),
            stats.totals.activities,
            stats.totals.accompaniments,
        );
        self.record(Action::ReportGenerated, Some(&record))?;
        let head = self.journal_anchor();
        ctx.journal_head = (head.seq, head.hash);
        let bytes = render(req.format, &stats, previous.as_ref().map(|(_, s)| s), &ctx)?;
        Ok((self.report_file_name(req)?, bytes))
    }

    /// The words around the figures: structure, period, filters by name, generation time.
    fn report_context(
        &self,
        q: &StatsQuery,
        lang: &str,
        from: civil::Date,
        to: civil::Date,
    ) -> Result<ReportContext, StoreError> {
        let places = self.places()?;
        let staff = self.staff();
        let tags = self.tags()?;
        let filters = ReportFilters {
            places: q
                .places
                .iter()
                .map(|id| {
                    places
                        .iter()
                        .find(|p| p.id.to_string() == *id)
                        .map_or_else(|| id.clone(), |p| p.name.clone())
                })
                .collect(),
            mediators: q
                .mediators
                .iter()
                .map(|id| {
                    staff
                        .iter()
                        .find(|s| s.id.to_string() == *id || Actor::Staff(s.id).code() == *id)
                        .map_or_else(|| id.clone(), |s| s.display_name.clone())
                })
                .collect(),
            types: q.types.clone(),
            themes: q.themes.clone(),
            tags: q
                .tags
                .iter()
                .map(|id| {
                    tags.iter()
                        .find(|t| t.id.to_string() == *id)
                        .map_or_else(|| id.clone(), |t| t.name.clone())
                })
                .collect(),
            commune: q.commune.clone().filter(|c| !c.trim().is_empty()),
        };
        let head = self.journal_anchor();
        Ok(ReportContext {
            structure: self.settings()?.structure_name,
            lang: lang.to_owned(),
            from,
            to,
            previous: None,
            filters,
            mask_below: q.mask_below,
            generated_at: jiff::Zoned::now().datetime(),
            journal_head: (head.seq, head.hash),
        })
    }
}
