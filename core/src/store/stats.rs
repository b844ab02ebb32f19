//! Activity statistics. This module owns every statistics definition — what counts, in which
//! unit, over which period — so the dashboard, the PDF report and the spreadsheets cannot
//! disagree: they all read [`Session::statistics`]. The definitions follow the national
//! activity report (see `docs/statistics.md`):
//!
//! - *accompaniments*: one per participant (a session is 1, a workshop of 10 is 10);
//! - *activity dimensions* (type, themes, procedure themes, tags, equipment, canal, duration,
//!   place, referral): one per activity, each value of a multi-valued field counted once;
//! - *people dimensions* (gender, age bracket, status, commune): one per distinct person of
//!   the period; anonymous workshop participants by the group counts recorded for them, and a
//!   session recorded without anyone as one anonymous person;
//! - *percentages*: of the dimension's total (the sum of its counts), in tenths, rounded by
//!   largest remainder so a dimension's shares add up to exactly 100 %.
//!
//! Each table is read in one pass over the period; filtering and counting happen in Rust so
//! that a filter means the same thing for every figure.

use super::error::StoreError;
use super::session::{Permission, Session};
use passerelle_api::stats::{
    Dimension, DurationBucket, RowLabel, StatRow, Statistics, StatsQuery, Totals,
};
use passerelle_api::vocab::{
    ActivityType, AgeBracket, Canal, Equipment, Gender, ProcedureTheme, ReferralCategory,
    SocialStatus, Theme,
};
use rusqlite::Connection;
use std::collections::{HashMap, HashSet};

/// The code of a missing value in people dimensions (the national tool's).
const UNDISCLOSED: &str = "non_communique";
/// The key of the activities recorded without a place.
pub const NO_PLACE: &str = "sans_lieu";
/// Percentages are computed in tenths of a percent.
const SCALE: u32 = 1000;

/// Shares of `counts` out of `scale`, rounded down, then the units still missing given one by
/// one to the largest remainders (ties: the larger count, then the earlier row), so the shares
/// add up to exactly `scale` whenever the total is not zero. All zeros when it is.
pub fn largest_remainder(counts: &[u64], scale: u32) -> Vec<u32> {
    let total: u64 = counts.iter().sum();
    if total == 0 {
        return vec![0; counts.len()];
    }
    let scale64 = u64::from(scale);
    let mut shares: Vec<u32> = counts
        .iter()
        .map(|c| (c * scale64 / total) as u32)
        .collect();
    let given: u32 = shares.iter().sum();
    let mut order: Vec<usize> = (0..counts.len()).collect();
    order.sort_by(|&a, &b| {
        let ra = counts[a] * scale64 % total;
        let rb = counts[b] * scale64 % total;
        rb.cmp(&ra).then(counts[b].cmp(&counts[a])).then(a.cmp(&b))
    });
    for &i in order.iter().take((scale - given) as usize) {
        shares[i] += 1;
    }
    shares
}

/// Counts for one vocabulary, in the order its forms list it.
struct Tally {
    codes: Vec<(&'static str, &'static str)>,
    counts: Vec<u64>,
}

macro_rules! tally {
    ($t:ty) => {
        Tally::new(<$t>::ALL.iter().map(|v| (v.code(), v.label_id())).collect())
    };
}

impl Tally {
    fn new(codes: Vec<(&'static str, &'static str)>) -> Tally {
        let counts = vec![0; codes.len()];
        Tally { codes, counts }
    }

    /// Adds `n` to `code`; a code this build does not know is left out rather than guessed.
    fn add(&mut self, code: &str, n: u64) {
        if let Some(i) = self.codes.iter().position(|(c, _)| *c == code) {
            self.counts[i] += n;
        }
    }

    /// Each value of a comma-separated list once.
    fn add_list(&mut self, list: &str) {
        for code in list.split(',').filter(|c| !c.is_empty()) {
            self.add(code, 1);
        }
    }

    fn dimension(&self, mask_below: Option<u32>) -> Dimension {
        let rows = self
            .codes
            .iter()
            .zip(&self.counts)
            .map(|((code, label), n)| {
                (
                    (*code).to_owned(),
                    RowLabel::Message((*label).to_owned()),
                    *n,
                )
            })
            .collect();
        dimension(rows, false, mask_below)
    }
}

/// Counts under free keys (tags, places, communes), listed by count, largest first.
#[derive(Default)]
struct FreeTally(HashMap<String, u64>);

impl FreeTally {
    fn add(&mut self, key: &str, n: u64) {
        match self.0.get_mut(key) {
            Some(c) => *c += n,
            None => {
                self.0.insert(key.to_owned(), n);
            }
        }
    }

    fn dimension(&self, label: impl Fn(&str) -> RowLabel, mask_below: Option<u32>) -> Dimension {
        let mut rows: Vec<(String, RowLabel, u64)> = self
            .0
            .iter()
            .map(|(k, n)| (k.clone(), label(k), *n))
            .collect();
        rows.sort_by(|a, b| b.2.cmp(&a.2).then_with(|| a.0.cmp(&b.0)));
        dimension(rows, false, mask_below)
    }
}

/// A dimension from its rows: zero rows dropped unless `keep_zeros` (months), shares by
/// largest remainder, small counts flagged. Zero is never masked: it identifies nobody.
fn dimension(
    rows: Vec<(String, RowLabel, u64)>,
    keep_zeros: bool,
    mask_below: Option<u32>,
) -> Dimension {
    let rows: Vec<_> = rows.into_iter().filter(|r| keep_zeros || r.2 > 0).collect();
    let counts: Vec<u64> = rows.iter().map(|r| r.2).collect();
    let shares = largest_remainder(&counts, SCALE);
    let total = counts.iter().sum();
    let rows = rows
        .into_iter()
        .zip(shares)
        .map(|((key, label, count), per_mille)| StatRow {
            key,
            label,
            count,
            per_mille,
            masked: mask_below.is_some_and(|m| count > 0 && count < u64::from(m)),
        })
        .collect();
    Dimension { rows, total }
}

/// Year × 12 + month of a `YYYY-MM-DD` date (stored dates are validated).
fn month_number(date: &str) -> Option<i64> {
    let y: i64 = date.get(0..4)?.parse().ok()?;
    let m: i64 = date.get(5..7)?.parse().ok()?;
    Some(y * 12 + m - 1)
}

fn parse_day(s: &str, field: &'static str) -> Result<jiff::civil::Date, StoreError> {
    s.trim()
        .parse()
        .map_err(|_| StoreError::InvalidField { field })
}

/// The start of `day` on this computer's clock, in milliseconds (follow-ups record an instant).
fn day_start_ms(day: jiff::civil::Date) -> i64 {
    day.to_zoned(jiff::tz::TimeZone::system())
        .map(|z| z.timestamp().as_millisecond())
        .unwrap_or(0)
}

/// A text column, borrowed from the row (no copy per row).
fn text<'r>(r: &'r rusqlite::Row<'_>, i: usize) -> Result<&'r str, StoreError> {
    Ok(opt_text(r, i)?.unwrap_or(""))
}

fn opt_text<'r>(r: &'r rusqlite::Row<'_>, i: usize) -> Result<Option<&'r str>, StoreError> {
    r.get_ref(i)?.as_str_or_null().map_err(|e| {
        rusqlite::Error::FromSqlConversionFailure(i, rusqlite::types::Type::Text, e.into()).into()
    })
}

/// A place as the filters and the per-place rows need it.
struct PlaceInfo {
    name: String,
    in_commune: bool,
}

/// What every activity is checked against.
struct Filter<'q> {
    from: String,
    to: String,
    places: HashSet<&'q str>,
    mediators: HashSet<&'q str>,
    sessions: bool,
    workshops: bool,
    themes: Vec<&'static str>,
    tags: HashSet<&'q str>,
    commune: bool,
}

impl Filter<'_> {
    fn place_ok(&self, place: Option<&str>, places: &HashMap<String, PlaceInfo>) -> bool {
        if !self.places.is_empty() && !place.is_some_and(|p| self.places.contains(p)) {
            return false;
        }
        if self.commune {
            return place
                .and_then(|p| places.get(p))
                .is_some_and(|p| p.in_commune);
        }
        true
    }

    fn staff_ok(&self, staff: Option<&str>) -> bool {
        self.mediators.is_empty() || staff.is_some_and(|s| self.mediators.contains(s))
    }

    fn themes_ok(&self, themes: &str) -> bool {
        self.themes.is_empty() || themes.split(',').any(|t| self.themes.contains(&t))
    }

    fn tags_ok(&self, tags: Option<&Vec<String>>) -> bool {
        self.tags.is_empty()
            || tags.is_some_and(|ts| ts.iter().any(|t| self.tags.contains(t.as_str())))
    }
}

/// Everything counted while reading the activities.
struct Acc {
    totals: Totals,
    months: Vec<u64>,
    first_month: i64,
    acc_by_type: Tally,
    types: Tally,
    themes: Tally,
    procedures: Tally,
    tags: FreeTally,
    equipment: Tally,
    canal: Tally,
    durations: [u64; 4],
    places: FreeTally,
    referrals: Tally,
    /// Person record id → accompaniments in the period.
    people: HashMap<String, u64>,
    /// Participants without a record: workshops' anonymous counts, sessions without anyone.
    unrecorded: u64,
    genders: Tally,
    ages: Tally,
    statuses: Tally,
    communes: FreeTally,
}

impl Acc {
    fn activity(&mut self, date: &str, participants: u64, kind: ActivityType) {
        self.totals.activities += 1;
        self.totals.accompaniments += participants;
        if let Some(i) = month_number(date).map(|m| m - self.first_month) {
            if let Some(slot) = self.months.get_mut(i as usize) {
                *slot += participants;
            }
        }
        self.acc_by_type.add(kind.code(), participants);
        self.types.add(kind.code(), 1);
    }

    fn common(
        &mut self,
        duration: u32,
        place: Option<&str>,
        themes: &str,
        equipment: &str,
        tags: Option<&Vec<String>>,
    ) {
        self.durations[DurationBucket::of(duration) as usize] += 1;
        self.places.add(place.unwrap_or(NO_PLACE), 1);
        self.themes.add_list(themes);
        self.equipment.add_list(equipment);
        for t in tags.into_iter().flatten() {
            self.tags.add(t, 1);
        }
    }

    fn person(&mut self, id: &str, accompaniments: u64) {
        match self.people.get_mut(id) {
            Some(n) => *n += accompaniments,
            None => {
                self.people.insert(id.to_owned(), accompaniments);
            }
        }
    }

    /// Participants nobody recorded: their profile is unknown unless a group count says.
    fn unrecorded(&mut self, n: u64) {
        self.unrecorded += n;
        self.totals.anonymous_accompaniments += n;
        self.communes.add(UNDISCLOSED, n);
    }
}

/// A workshop's anonymous breakdown (JSON `[[code, count], …]`), the rest undisclosed.
fn group_counts(tally: &mut Tally, json: &str, anonymous: u64) {
    let pairs: Vec<(String, u64)> = serde_json::from_str(json).unwrap_or_default();
    let mut told = 0;
    for (code, n) in pairs {
        let n = n.min(anonymous - told);
        tally.add(&code, n);
        told += n;
    }
    tally.add(UNDISCLOSED, anonymous - told);
}

/// Tag ids by activity id, for every activity (`link` is the tag table, `column` its activity
/// column). Reading the whole link table is cheaper than joining it to the period: a join
/// seeks once per activity of the period, and few activities carry tags.
fn tags_of(
    conn: &Connection,
    link: &str,
    column: &str,
) -> Result<HashMap<String, Vec<String>>, StoreError> {
    let mut st = conn.prepare_cached(&format!("SELECT {column}, tag_id FROM {link}"))?;
    let mut out: HashMap<String, Vec<String>> = HashMap::new();
    let mut rows = st.query([])?;
    while let Some(r) = rows.next()? {
        out.entry(r.get(0)?).or_default().push(r.get(1)?);
    }
    Ok(out)
}

/// Whether the period holds more than a quarter of all sessions. Each row found through the
/// date index costs a seek into the table (pages decrypted again and again), so past that share
/// reading the table in order is faster; both counts are read from indexes alone.
fn most_sessions(conn: &Connection, f: &Filter<'_>) -> Result<bool, StoreError> {
    let in_period: i64 = conn.query_row(
        "SELECT count(*) FROM support_session WHERE date BETWEEN ?1 AND ?2",
        [&f.from, &f.to],
        |r| r.get(0),
    )?;
    let all: i64 = conn.query_row("SELECT count(*) FROM support_session", [], |r| r.get(0))?;
    Ok(in_period * 4 > all)
}

fn sessions(
    conn: &Connection,
    f: &Filter<'_>,
    places: &HashMap<String, PlaceInfo>,
    acc: &mut Acc,
) -> Result<(), StoreError> {
    if !f.sessions {
        return Ok(());
    }
    let tags = tags_of(conn, "support_session_tag", "session_id")?;
    let mut st =
        conn.prepare_cached(&format!(
        "SELECT id, person_id, staff_id, date, duration_min, canal, place_id, equipment, themes,
                procedure_themes, referral
         FROM support_session WHERE deleted_at IS NULL AND {} BETWEEN ?1 AND ?2",
        if most_sessions(conn, f)? { "+date" } else { "date" }
    ))?;
    let mut rows = st.query([&f.from, &f.to])?;
    while let Some(r) = rows.next()? {
        let place = opt_text(r, 6)?;
        let themes = text(r, 8)?;
        let session_tags = if tags.is_empty() {
            None
        } else {
            tags.get(text(r, 0)?)
        };
        if !f.staff_ok(opt_text(r, 2)?)
            || !f.place_ok(place, places)
            || !f.themes_ok(themes)
            || !f.tags_ok(session_tags)
        {
            continue;
        }
        acc.activity(text(r, 3)?, 1, ActivityType::Individual);
        acc.common(
            r.get::<_, u32>(4)?,
            place,
            themes,
            text(r, 7)?,
            session_tags,
        );
        acc.canal.add(text(r, 5)?, 1);
        acc.procedures.add_list(text(r, 9)?);
        if let Some(referral) = opt_text(r, 10)? {
            acc.referrals.add(referral, 1);
        }
        match opt_text(r, 1)? {
            Some(person) => acc.person(person, 1),
            None => {
                // Nobody recorded: one anonymous person, profile unknown.
                acc.unrecorded(1);
                acc.genders.add(UNDISCLOSED, 1);
                acc.ages.add(UNDISCLOSED, 1);
                acc.statuses.add(UNDISCLOSED, 1);
            }
        }
    }
    Ok(())
}

fn workshops(
    conn: &Connection,
    f: &Filter<'_>,
    places: &HashMap<String, PlaceInfo>,
    acc: &mut Acc,
) -> Result<(), StoreError> {
    if !f.workshops {
        return Ok(());
    }
    let tags = tags_of(conn, "workshop_tag", "workshop_id")?;
    let mut participants: HashMap<String, Vec<String>> = HashMap::new();
    {
        let mut st = conn.prepare_cached(
            "SELECT p.workshop_id, p.person_id FROM workshop_participant p
             JOIN workshop w ON w.id = p.workshop_id
             WHERE w.deleted_at IS NULL AND w.date BETWEEN ?1 AND ?2",
        )?;
        let mut rows = st.query([&f.from, &f.to])?;
        while let Some(r) = rows.next()? {
            participants.entry(r.get(0)?).or_default().push(r.get(1)?);
        }
    }
    let mut st = conn.prepare_cached(
        "SELECT id, staff_id, date, duration_min, place_id, themes, anonymous,
                anonymous_by_gender, anonymous_by_age, anonymous_by_status, canal, equipment
         FROM workshop WHERE deleted_at IS NULL AND date BETWEEN ?1 AND ?2",
    )?;
    let mut rows = st.query([&f.from, &f.to])?;
    while let Some(r) = rows.next()? {
        let id = text(r, 0)?;
        let place = opt_text(r, 4)?;
        let themes = text(r, 5)?;
        let workshop_tags = tags.get(id);
        if !f.staff_ok(opt_text(r, 1)?)
            || !f.place_ok(place, places)
            || !f.themes_ok(themes)
            || !f.tags_ok(workshop_tags)
        {
            continue;
        }
        let named = participants.get(id);
        let anonymous = r.get::<_, i64>(6)?.max(0) as u64;
        let count = named.map_or(0, |n| n.len() as u64) + anonymous;
        acc.activity(text(r, 2)?, count, ActivityType::Workshop);
        acc.common(
            r.get::<_, u32>(3)?,
            place,
            themes,
            text(r, 11)?,
            workshop_tags,
        );
        // Workshops recorded here have no canal (only imported ones do): they are held at
        // the place of activity.
        acc.canal
            .add(opt_text(r, 10)?.unwrap_or(Canal::Place.code()), 1);
        for p in named.into_iter().flatten() {
            acc.person(p, 1);
        }
        acc.unrecorded(anonymous);
        group_counts(&mut acc.genders, text(r, 7)?, anonymous);
        group_counts(&mut acc.ages, text(r, 8)?, anonymous);
        group_counts(&mut acc.statuses, text(r, 9)?, anonymous);
    }
    Ok(())
}

/// The profile of every person record of the period, counted once each; `year` dates the age
/// brackets (the last year of the period).
fn profiles(conn: &Connection, year: i16, acc: &mut Acc) -> Result<(), StoreError> {
    if acc.people.is_empty() {
        return Ok(());
    }
    let mut st = conn.prepare_cached(
        "SELECT id, anonymous, birth_year, age_bracket, gender, social_status, commune
         FROM person",
    )?;
    let mut rows = st.query([])?;
    while let Some(r) = rows.next()? {
        let Some(&accompaniments) = acc.people.get(text(r, 0)?) else {
            continue;
        };
        if r.get::<_, bool>(1)? {
            acc.totals.anonymous_people += 1;
            acc.totals.anonymous_accompaniments += accompaniments;
        } else {
            acc.totals.named_people += 1;
        }
        let birth_year: Option<u16> = r.get(2)?;
        let age = match birth_year {
            Some(_) => AgeBracket::of(birth_year, i32::from(year)),
            // An import may know the bracket without the year of birth.
            None => opt_text(r, 3)?
                .and_then(AgeBracket::parse)
                .unwrap_or(AgeBracket::Undisclosed),
        };
        acc.ages.add(age.code(), 1);
        acc.genders.add(opt_text(r, 4)?.unwrap_or(UNDISCLOSED), 1);
        acc.statuses.add(opt_text(r, 5)?.unwrap_or(UNDISCLOSED), 1);
        let commune = text(r, 6)?.trim();
        acc.communes.add(
            if commune.is_empty() {
                UNDISCLOSED
            } else {
                commune
            },
            1,
        );
    }
    Ok(())
}

/// How many of `people` (person records of the period) had their first activity ever (any
/// filter aside) in it: no session and no workshop before `from`. Workshops are few, so their
/// earlier participants are read at once; sessions are many, so each person costs one index
/// seek rather than a scan of the whole history before the period.
fn newcomers(
    conn: &Connection,
    people: &HashMap<String, u64>,
    from: &str,
) -> Result<u64, StoreError> {
    if people.is_empty() {
        return Ok(0);
    }
    let mut st = conn.prepare_cached(
        "SELECT DISTINCT p.person_id FROM workshop_participant p
         JOIN workshop w ON w.id = p.workshop_id
         WHERE w.date < ?1 AND w.deleted_at IS NULL",
    )?;
    let in_workshops = st
        .query_map([from], |r| r.get::<_, String>(0))?
        .collect::<rusqlite::Result<HashSet<String>>>()?;
    let mut session = conn.prepare_cached(
        "SELECT EXISTS (SELECT 1 FROM support_session
                        WHERE person_id = ?1 AND date < ?2 AND deleted_at IS NULL)",
    )?;
    let mut n = 0;
    for person in people.keys() {
        if in_workshops.contains(person) {
            continue;
        }
        if !session.query_row((person, from), |r| r.get::<_, bool>(0))? {
            n += 1;
        }
    }
    Ok(n)
}

/// Follow-ups marked done in the period; the mediator, place and commune filters apply (a
/// follow-up has no type, theme or tag).
fn follow_ups_done(
    conn: &Connection,
    f: &Filter<'_>,
    places: &HashMap<String, PlaceInfo>,
    from: jiff::civil::Date,
    to: jiff::civil::Date,
) -> Result<u64, StoreError> {
    let end = to.tomorrow().map(day_start_ms).unwrap_or(i64::MAX);
    let mut st = conn.prepare_cached(
        "SELECT staff_id, place_id FROM follow_up WHERE done_at >= ?1 AND done_at < ?2",
    )?;
    let mut rows = st.query([day_start_ms(from), end])?;
    let mut n = 0;
    while let Some(r) = rows.next()? {
        if f.staff_ok(opt_text(r, 0)?) && f.place_ok(opt_text(r, 1)?, places) {
            n += 1;
        }
    }
    Ok(n)
}

fn place_table(
    conn: &Connection,
    commune: Option<&str>,
) -> Result<HashMap<String, PlaceInfo>, StoreError> {
    let wanted = commune.map(|c| c.trim().to_lowercase());
    let mut st =
        conn.prepare_cached("SELECT id, name, commune, postal_code, insee_code FROM place")?;
    let rows = st.query_map([], |r| {
        let commune: String = r.get(2)?;
        let postal: String = r.get(3)?;
        let insee: String = r.get(4)?;
        let in_commune = wanted.as_deref().is_some_and(|w| {
            !w.is_empty()
                && (commune.trim().to_lowercase() == w || postal.trim() == w || insee.trim() == w)
        });
        Ok((
            r.get::<_, String>(0)?,
            PlaceInfo {
                name: r.get(1)?,
                in_commune,
            },
        ))
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Every figure of the report for `q` (see the module documentation for the definitions).
pub(crate) fn compute(conn: &Connection, q: &StatsQuery) -> Result<Statistics, StoreError> {
    let from = parse_day(&q.from, "from")?;
    let to = parse_day(&q.to, "to")?;
    if to < from {
        return Err(StoreError::InvalidField { field: "to" });
    }
    let filter = Filter {
        from: from.to_string(),
        to: to.to_string(),
        places: q.places.iter().map(String::as_str).collect(),
        mediators: q.mediators.iter().map(String::as_str).collect(),
        sessions: q.types.is_empty() || q.types.contains(&ActivityType::Individual),
        workshops: q.types.is_empty() || q.types.contains(&ActivityType::Workshop),
        themes: q.themes.iter().map(|t| t.code()).collect(),
        tags: q.tags.iter().map(String::as_str).collect(),
        commune: q.commune.is_some(),
    };
    let places = place_table(conn, q.commune.as_deref())?;
    let first_month = i64::from(from.year()) * 12 + i64::from(from.month()) - 1;
    let last_month = i64::from(to.year()) * 12 + i64::from(to.month()) - 1;
    let mut acc = Acc {
        totals: Totals::default(),
        months: vec![0; (last_month - first_month + 1) as usize],
        first_month,
        acc_by_type: tally!(ActivityType),
        types: tally!(ActivityType),
        themes: tally!(Theme),
        procedures: tally!(ProcedureTheme),
        tags: FreeTally::default(),
        equipment: tally!(Equipment),
        canal: tally!(Canal),
        durations: [0; 4],
        places: FreeTally::default(),
        referrals: tally!(ReferralCategory),
        people: HashMap::new(),
        unrecorded: 0,
        genders: tally!(Gender),
        ages: tally!(AgeBracket),
        statuses: tally!(SocialStatus),
        communes: FreeTally::default(),
    };
    sessions(conn, &filter, &places, &mut acc)?;
    workshops(conn, &filter, &places, &mut acc)?;
    profiles(conn, to.year(), &mut acc)?;
    acc.totals.new_people = newcomers(conn, &acc.people, &filter.from)?;
    acc.totals.anonymous_people += acc.unrecorded;
    acc.totals.people = acc.people.len() as u64 + acc.unrecorded;
    acc.totals.follow_ups_done = follow_ups_done(conn, &filter, &places, from, to)?;

    let mask = q.mask_below;
    let months = acc
        .months
        .iter()
        .enumerate()
        .map(|(i, n)| {
            let m = first_month + i as i64;
            let key = format!("{:04}-{:02}", m / 12, m % 12 + 1);
            (key.clone(), RowLabel::Text(key), *n)
        })
        .collect();
    let durations = DurationBucket::ALL
        .iter()
        .zip(acc.durations)
        .map(|(b, n)| {
            (
                b.code().to_owned(),
                RowLabel::Message(b.label_id().to_owned()),
                n,
            )
        })
        .collect();
    let tag_names = tag_names(conn)?;
    Ok(Statistics {
        totals: acc.totals,
        per_month: dimension(months, true, mask),
        accompaniments_by_type: acc.acc_by_type.dimension(mask),
        activity_types: acc.types.dimension(mask),
        themes: acc.themes.dimension(mask),
        procedure_themes: acc.procedures.dimension(mask),
        tags: acc.tags.dimension(
            |k| RowLabel::Text(tag_names.get(k).cloned().unwrap_or_else(|| k.to_owned())),
            mask,
        ),
        equipment: acc.equipment.dimension(mask),
        canal: acc.canal.dimension(mask),
        durations: dimension(durations, false, mask),
        places: acc.places.dimension(
            |k| match places.get(k) {
                Some(p) => RowLabel::Text(p.name.clone()),
                None => RowLabel::Message("stats-no-place".to_owned()),
            },
            mask,
        ),
        referrals: acc.referrals.dimension(mask),
        genders: acc.genders.dimension(mask),
        age_brackets: acc.ages.dimension(mask),
        statuses: acc.statuses.dimension(mask),
        communes: acc.communes.dimension(
            |k| {
                if k == UNDISCLOSED {
                    RowLabel::Message("stats-commune-non-communique".to_owned())
                } else {
                    RowLabel::Text(k.to_owned())
                }
            },
            mask,
        ),
    })
}

fn tag_names(conn: &Connection) -> Result<HashMap<String, String>, StoreError> {
    let mut st = conn.prepare_cached("SELECT id, name FROM tag")?;
    let rows = st.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

impl Session {
    /// The activity report's figures for a period and filters. Any staff member may compute
    /// them (the report screen decides who sees it).
    pub fn statistics(&self, q: &StatsQuery) -> Result<Statistics, StoreError> {
        self.require(Permission::RecordActivity)?;
        compute(self.conn(), q)
    }
}

#[cfg(test)]
#[path = "stats_tests.rs"]
pub(crate) mod tests;
