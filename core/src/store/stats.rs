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
use std::hash::{BuildHasherDefault, Hasher};

/// The code of a missing value in people dimensions (the national tool's).
const UNDISCLOSED: &str = "non_communique";
/// The key of the activities recorded without a place.
pub const NO_PLACE: &str = "sans_lieu";
/// Percentages are computed in tenths of a percent.
const SCALE: u32 = 1000;

/// A record id as a map key. Ids are UUIDs written lowercase with hyphens: kept as their 128
/// bits (no allocation, cheap to hash and compare); any other text is kept as it is.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
enum Key {
    Uuid(u128),
    Text(Box<str>),
}

impl Key {
    fn of(s: &str) -> Key {
        let b = s.as_bytes();
        if b.len() == 36 && b[8] == b'-' && b[13] == b'-' && b[18] == b'-' && b[23] == b'-' {
            let mut n: u128 = 0;
            let mut bad = 0u8;
            for group in [&b[0..8], &b[9..13], &b[14..18], &b[19..23], &b[24..36]] {
                for &c in group {
                    let d = HEX_VALUE[usize::from(c)];
                    bad |= d;
                    n = n << 4 | u128::from(d & 0x0f);
                }
            }
            if bad & 0x80 == 0 {
                return Key::Uuid(n);
            }
        }
        Key::Text(s.into())
    }

    /// The id as stored, written into `out` (cleared first).
    fn write_text(&self, out: &mut String) {
        out.clear();
        match self {
            Key::Uuid(n) => {
                const DIGITS: &[u8; 16] = b"0123456789abcdef";
                for i in 0..32 {
                    if matches!(i, 8 | 12 | 16 | 20) {
                        out.push('-');
                    }
                    let d = (n >> (124 - 4 * i)) & 0xf;
                    out.push(char::from(DIGITS[d as usize]));
                }
            }
            Key::Text(t) => out.push_str(t),
        }
    }
}

/// The value of a lowercase hex digit, or 0x80 for any other byte.
const HEX_VALUE: [u8; 256] = {
    let mut t = [0x80u8; 256];
    let mut i = 0;
    while i < 10 {
        t[b'0' as usize + i] = i as u8;
        i += 1;
    }
    let mut i = 0;
    while i < 6 {
        t[b'a' as usize + i] = 10 + i as u8;
        i += 1;
    }
    t
};

/// A hasher for [`Key`]s: a UUIDv7's low 64 bits are random, so they need little mixing;
/// other text goes through a simple multiplicative hash. (The maps hold ids the store made,
/// never text from outside, so flooding is not a concern.)
#[derive(Default)]
struct IdHasher(u64);

const MIX: u64 = 0x9e37_79b9_7f4a_7c15;

impl Hasher for IdHasher {
    fn finish(&self) -> u64 {
        (self.0 ^ (self.0 >> 29)).wrapping_mul(MIX)
    }

    fn write(&mut self, bytes: &[u8]) {
        for b in bytes {
            self.0 = (self.0.rotate_left(5) ^ u64::from(*b)).wrapping_mul(MIX);
        }
    }

    fn write_u128(&mut self, n: u128) {
        self.0 = self.0.rotate_left(5) ^ (n as u64) ^ ((n >> 64) as u64).rotate_left(32);
    }
}

type IdMap<V> = HashMap<Key, V, BuildHasherDefault<IdHasher>>;

/// Counts under a few free keys (places, tags), in first-seen order: a linear search beats
/// hashing for a handful of keys.
#[derive(Default)]
struct SmallTally(Vec<(String, u64)>);

impl SmallTally {
    fn add(&mut self, key: &str, n: u64) {
        match self.0.iter_mut().find(|(k, _)| k == key) {
            Some((_, c)) => *c += n,
            None => self.0.push((key.to_owned(), n)),
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

/// The tags of each activity, as indexes into `names` (tag ids).
struct TagLinks {
    names: Vec<String>,
    by_activity: IdMap<Vec<u16>>,
}

impl TagLinks {
    fn get(&self, activity: &str) -> Option<&Vec<u16>> {
        if self.by_activity.is_empty() {
            return None;
        }
        self.by_activity.get(&Key::of(activity))
    }
}

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

    fn tags_ok(&self, tags: Option<&Vec<u16>>, links: &TagLinks) -> bool {
        self.tags.is_empty()
            || tags.is_some_and(|ts| {
                ts.iter()
                    .any(|t| self.tags.contains(links.names[usize::from(*t)].as_str()))
            })
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
    tags: SmallTally,
    equipment: Tally,
    canal: Tally,
    durations: [u64; 4],
    places: SmallTally,
    referrals: Tally,
    /// Person record id → accompaniments in the period.
    people: IdMap<u64>,
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
        tags: Option<(&Vec<u16>, &TagLinks)>,
    ) {
        self.durations[DurationBucket::of(duration) as usize] += 1;
        self.places.add(place.unwrap_or(NO_PLACE), 1);
        self.themes.add_list(themes);
        self.equipment.add_list(equipment);
        if let Some((tags, links)) = tags {
            for t in tags {
                self.tags.add(&links.names[usize::from(*t)], 1);
            }
        }
    }

    fn person(&mut self, id: &str, accompaniments: u64) {
        *self.people.entry(Key::of(id)).or_insert(0) += accompaniments;
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

/// Tag indexes by activity id, for every activity (`link` is the tag table, `column` its
/// activity column). Reading the whole link table is cheaper than joining it to the period: a
/// join seeks once per activity of the period. Ids are kept as [`Key`]s and tags as indexes
/// into a short list, so a link costs no allocation. With `from_id`, only the links of
/// activities whose id sorts from it on are read, from the link table's primary key: ids are
/// UUIDv7s, so when `from_id` is the smallest id of the period's activities that is the
/// recent end of the index rather than every link ever made.
fn tags_of(
    conn: &Connection,
    link: &str,
    column: &str,
    from_id: Option<&str>,
) -> Result<TagLinks, StoreError> {
    let mut st = conn.prepare_cached(&match from_id {
        Some(_) => format!("SELECT {column}, tag_id FROM {link} WHERE {column} >= ?1"),
        None => format!("SELECT {column}, tag_id FROM {link}"),
    })?;
    let mut out = TagLinks {
        names: Vec::new(),
        by_activity: IdMap::default(),
    };
    let mut rows = match from_id {
        Some(id) => st.query([id])?,
        None => st.query([])?,
    };
    while let Some(r) = rows.next()? {
        let tag = text(r, 1)?;
        let i = match out.names.iter().position(|n| n == tag) {
            Some(i) => i,
            None => {
                out.names.push(tag.to_owned());
                out.names.len() - 1
            }
        };
        out.by_activity
            .entry(Key::of(text(r, 0)?))
            .or_default()
            .push(i as u16);
    }
    Ok(out)
}

/// Whether the period holds more than a quarter of all sessions. Each row found through the
/// date index costs a seek into the table, so past that share reading the table in order is
/// faster. The period's count is read from the date index; the table's size is estimated by
/// its largest row number (an upper bound: deleted sessions are only marked), which costs
/// nothing.
fn most_sessions(conn: &Connection, f: &Filter<'_>) -> Result<bool, StoreError> {
    let in_period: i64 = conn.query_row(
        "SELECT count(*) FROM support_session WHERE date BETWEEN ?1 AND ?2",
        [&f.from, &f.to],
        |r| r.get(0),
    )?;
    let all: Option<i64> =
        conn.query_row("SELECT max(num) FROM support_session", [], |r| r.get(0))?;
    Ok(in_period * 4 > all.unwrap_or(0))
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
    let date = if most_sessions(conn, f)? {
        "+date"
    } else {
        "date"
    };
    // The smallest id of the period: its rows are read again just after, from the cache.
    let first_id: Option<String> = conn.query_row(
        &format!(
            "SELECT min(id) FROM support_session
             WHERE deleted_at IS NULL AND {date} BETWEEN ?1 AND ?2"
        ),
        [&f.from, &f.to],
        |r| r.get(0),
    )?;
    let Some(first_id) = first_id else {
        return Ok(());
    };
    let tags = tags_of(conn, "support_session_tag", "session_id", Some(&first_id))?;
    let mut st = conn.prepare_cached(&format!(
        "SELECT id, person_id, staff_id, date, duration_min, canal, place_id, equipment, themes,
                procedure_themes, referral
         FROM support_session WHERE deleted_at IS NULL AND {date} BETWEEN ?1 AND ?2"
    ))?;
    let mut rows = st.query([&f.from, &f.to])?;
    while let Some(r) = rows.next()? {
        let place = opt_text(r, 6)?;
        let themes = text(r, 8)?;
        let session_tags = tags.get(text(r, 0)?);
        if !f.staff_ok(opt_text(r, 2)?)
            || !f.place_ok(place, places)
            || !f.themes_ok(themes)
            || !f.tags_ok(session_tags, &tags)
        {
            continue;
        }
        acc.activity(text(r, 3)?, 1, ActivityType::Individual);
        acc.common(
            r.get::<_, u32>(4)?,
            place,
            themes,
            text(r, 7)?,
            session_tags.map(|t| (t, &tags)),
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
    let tags = tags_of(conn, "workshop_tag", "workshop_id", None)?;
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
            || !f.tags_ok(workshop_tags, &tags)
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
            workshop_tags.map(|t| (t, &tags)),
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
        let Some(&accompaniments) = acc.people.get(&Key::of(text(r, 0)?)) else {
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
/// filter aside) in it: no session and no workshop before `from`. The first activity of each
/// person is kept by triggers in `person_first_activity` (migration 13), a small table read
/// whole. Should a person of the period be missing from it, the answer comes from
/// [`newcomers_by_seeks`] instead (the same definition, one seek per person).
fn newcomers(conn: &Connection, people: &IdMap<u64>, from: &str) -> Result<u64, StoreError> {
    if people.is_empty() {
        return Ok(0);
    }
    let mut st = conn.prepare_cached("SELECT person_id, date FROM person_first_activity")?;
    let mut rows = st.query([])?;
    let (mut found, mut n) = (0, 0);
    while let Some(r) = rows.next()? {
        if people.contains_key(&Key::of(text(r, 0)?)) {
            found += 1;
            if text(r, 1)? >= from {
                n += 1;
            }
        }
    }
    if found == people.len() {
        Ok(n)
    } else {
        newcomers_by_seeks(conn, people, from)
    }
}

/// [`newcomers`] without the table of first activities. Each person costs one seek
/// in the index of live sessions by person and date (migration 12), which answers without
/// reading the table; only the few with no earlier session are then looked for among earlier
/// workshops' participants (reading every earlier participant cost more than all the seeks).
fn newcomers_by_seeks(
    conn: &Connection,
    people: &IdMap<u64>,
    from: &str,
) -> Result<u64, StoreError> {
    if people.is_empty() {
        return Ok(0);
    }
    let mut session = conn.prepare_cached(
        "SELECT EXISTS (SELECT 1 FROM support_session INDEXED BY support_session_person_live
                        WHERE person_id = ?1 AND date < ?2 AND deleted_at IS NULL)",
    )?;
    let mut workshop = conn.prepare_cached(
        "SELECT EXISTS (SELECT 1 FROM workshop_participant p
                        JOIN workshop w ON w.id = p.workshop_id
                        WHERE p.person_id = ?1 AND w.date < ?2 AND w.deleted_at IS NULL)",
    )?;
    // In the index's order: neighbours share a page, so each page is fetched once.
    let mut ids: Vec<&Key> = people.keys().collect();
    ids.sort_unstable();
    let mut n = 0;
    let mut id = String::with_capacity(36);
    for person in ids {
        person.write_text(&mut id);
        if session.query_row((&id, from), |r| r.get::<_, bool>(0))? {
            continue;
        }
        if !workshop.query_row((&id, from), |r| r.get::<_, bool>(0))? {
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
    compute_timed(conn, q, &mut |_| {})
}

/// [`compute`], telling `phase` the name of each step as it ends (the bench times them).
pub(crate) fn compute_timed(
    conn: &Connection,
    q: &StatsQuery,
    phase: &mut dyn FnMut(&'static str),
) -> Result<Statistics, StoreError> {
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
        tags: SmallTally::default(),
        equipment: tally!(Equipment),
        canal: tally!(Canal),
        durations: [0; 4],
        places: SmallTally::default(),
        referrals: tally!(ReferralCategory),
        people: IdMap::default(),
        unrecorded: 0,
        genders: tally!(Gender),
        ages: tally!(AgeBracket),
        statuses: tally!(SocialStatus),
        communes: FreeTally::default(),
    };
    phase("places");
    sessions(conn, &filter, &places, &mut acc)?;
    phase("sessions");
    workshops(conn, &filter, &places, &mut acc)?;
    phase("workshops");
    profiles(conn, to.year(), &mut acc)?;
    phase("profiles");
    acc.totals.new_people = newcomers(conn, &acc.people, &filter.from)?;
    phase("new people");
    acc.totals.anonymous_people += acc.unrecorded;
    acc.totals.people = acc.people.len() as u64 + acc.unrecorded;
    acc.totals.follow_ups_done = follow_ups_done(conn, &filter, &places, from, to)?;
    phase("follow-ups");
    // Vault usage: the documents stored at the end of the period, whatever the filters (they
    // select activities; a document belongs to a person, not to an activity).
    let (with_documents, documents) = super::vault::counts_at(conn, to)?;
    acc.totals.people_with_documents = with_documents;
    acc.totals.documents_stored = documents;
    phase("vault");

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

/// How long each step of [`Session::statistics_timed`] took, in order.
pub type StepTimes = Vec<(&'static str, std::time::Duration)>;

impl Session {
    /// The activity report's figures for a period and filters. Any staff member may compute
    /// them (the report screen decides who sees it).
    pub fn statistics(&self, q: &StatsQuery) -> Result<Statistics, StoreError> {
        self.require(Permission::RecordActivity)?;
        compute(self.conn(), q)
    }

    /// [`Session::statistics`] with the time each step took, for the bench.
    pub fn statistics_timed(&self, q: &StatsQuery) -> Result<(Statistics, StepTimes), StoreError> {
        self.require(Permission::RecordActivity)?;
        let mut steps = Vec::new();
        let mut last = std::time::Instant::now();
        let st = compute_timed(self.conn(), q, &mut |name| {
            steps.push((name, last.elapsed()));
            last = std::time::Instant::now();
        })?;
        steps.push(("dimensions", last.elapsed()));
        Ok((st, steps))
    }
}

#[cfg(test)]
#[path = "stats_tests.rs"]
pub(crate) mod tests;
