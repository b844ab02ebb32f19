//! Demo data for training and benches (`passerelle demo`): a **new** store filled with
//! realistic, entirely fictitious people, sessions, workshops, follow-ups and partners.
//!
//! - **Deterministic**: the same size, seed and end date give the same content (names, codes,
//!   dates, themes, who saw whom). Record ids are fresh UUIDv7s (random bits), so they differ
//!   from one run to the next; [`content_digest`] compares two stores without them.
//! - **Fast**: the rows go in through a crate-internal bulk path (one transaction, prepared
//!   statements, the same search-index folding as [`super::people`]) with **one** journal
//!   row, `demo.generated`, for the whole data set; staff are added through the ordinary
//!   journaled [`Session::add_staff`].
//! - **Marked**: a training store carries a `TRAINING` marker file in its `store/` folder,
//!   readable before unlock ([`is_training`]), and its journal holds the `demo.generated` row
//!   for ever (hash-chained, so it survives rekeys, backups and a lost marker:
//!   [`Session::is_training`] puts the marker back). The app shows "Mode formation — données
//!   fictives" on every screen of such a store.
//! - **Known passphrase**: every staff member signs in with [`DEMO_PASSPHRASE`] (printed by
//!   the CLI), and none has to change it first: trainees share it.

use super::demo_data::{
    commune_index, PlaceRow, COMMUNES, FIRST_FEMALE, FIRST_MALE, FOLLOW_UPS, LANGUAGES, LAST,
    OTHER_THEMES, PARTNERS, PERSON_NOTES, PROCEDURES, SESSION_NOTES, SMALL_PLACES, STRESS_PLACES,
    TAGS, WORKSHOPS,
};
use super::error::StoreError;
use super::generation::Layout;
use super::journal::Action;
use super::people;
use super::seal::{self, KdfParams, SealFile};
use super::search_key::fold;
use super::secret::{Passphrase, RecoveryKey};
use super::session::{init_with, Role, Session};
use crate::fsutil::write_atomic;
use passerelle_api::people::PersonInput;
use passerelle_api::vocab::{
    self, AgeBracket, Autonomy, Canal, ConsentScope, Equipment, Gender, ProcedureTheme,
    ReferralCategory, SocialStatus, Theme,
};
use rusqlite::{params, Connection};
use sha2::{Digest, Sha256};
use std::collections::HashMap;
use std::path::Path;
use std::time::{Duration, Instant};

/// The passphrase of every staff member of a demo store (printed by `passerelle demo`).
pub const DEMO_PASSPHRASE: &str = "formation passerelle";

/// The marker file of a training store, in the data folder's `store/` folder.
pub const TRAINING_MARKER: &str = "TRAINING";

const MARKER_TEXT: &str = "Passerelle: training store, fictitious data (passerelle demo).\n";

/// Whether the store in `data_dir` is a training store (demo data), readable before unlock:
/// the sign-in screen can show the training banner already.
pub fn is_training(data_dir: &Path) -> bool {
    Layout::new(data_dir).root().join(TRAINING_MARKER).is_file()
}

fn write_marker(layout: &Layout) -> Result<(), StoreError> {
    write_atomic(&layout.root().join(TRAINING_MARKER), MARKER_TEXT.as_bytes())?;
    Ok(())
}

/// The two data sets.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DemoSize {
    /// One centre and its antenna: 4 staff, 300 people, 2 000 sessions over 2 years.
    Small,
    /// The design's stress set: 5 places, 40 staff, 60 000 people, 600 000 sessions over
    /// 10 years.
    Stress,
}

impl DemoSize {
    pub fn parse(s: &str) -> Option<DemoSize> {
        match s {
            "small" => Some(DemoSize::Small),
            "stress" => Some(DemoSize::Stress),
            _ => None,
        }
    }

    pub fn code(self) -> &'static str {
        match self {
            DemoSize::Small => "small",
            DemoSize::Stress => "stress",
        }
    }

    fn spec(self) -> Spec {
        match self {
            DemoSize::Small => Spec {
                structure: "Espace numérique des Tilleuls",
                places: SMALL_PLACES,
                coordinators: 1,
                mediators: 2,
                volunteers: 1,
                people: 300,
                sessions: 2_000,
                years: 2,
            },
            DemoSize::Stress => Spec {
                structure: "Réseau numérique Lille-Métropole et Calaisis",
                places: STRESS_PLACES,
                coordinators: 2,
                mediators: 30,
                volunteers: 8,
                people: 60_000,
                sessions: 600_000,
                years: 10,
            },
        }
    }
}

struct Spec {
    structure: &'static str,
    places: &'static [PlaceRow],
    coordinators: usize,
    mediators: usize,
    volunteers: usize,
    people: usize,
    /// Individual sessions; workshops come on top, about 5 % of all activities.
    sessions: usize,
    years: i16,
}

/// What to generate.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DemoOptions {
    pub size: DemoSize,
    pub seed: u64,
    /// The last day of activity (today at most); the data set covers the years before it.
    pub end: jiff::civil::Date,
}

/// Rows written, by table.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DemoCounts {
    pub places: usize,
    pub staff: usize,
    pub people: usize,
    pub anonymous_people: usize,
    pub consents: usize,
    pub sessions: usize,
    pub anonymous_sessions: usize,
    pub workshops: usize,
    pub workshop_named_participants: usize,
    pub workshop_anonymous_participants: usize,
    pub follow_ups: usize,
    pub partners: usize,
    pub tags: usize,
}

/// What `passerelle demo` prints at the end.
#[derive(Debug, Clone)]
pub struct DemoReport {
    pub size: DemoSize,
    pub seed: u64,
    pub structure: String,
    /// Display names and roles, the coordinator first.
    pub staff: Vec<(String, Role)>,
    pub first_day: jiff::civil::Date,
    pub last_day: jiff::civil::Date,
    pub counts: DemoCounts,
    /// Setting up the store and the staff (one argon2id derivation each).
    pub staff_time: Duration,
    /// The bulk data transaction.
    pub data_time: Duration,
}

/// Creates a new training store in `data_dir` (refused when one exists: nothing is changed)
/// and fills it. Returns the session (signed in as the coordinator), the recovery key and
/// what was written.
pub fn generate(
    data_dir: &Path,
    options: &DemoOptions,
) -> Result<(Session, RecoveryKey, DemoReport), StoreError> {
    generate_with(data_dir, options, KdfParams::DEFAULT)
}

pub(crate) fn generate_with(
    data_dir: &Path,
    options: &DemoOptions,
    kdf: KdfParams,
) -> Result<(Session, RecoveryKey, DemoReport), StoreError> {
    if Layout::new(data_dir).exists() {
        return Err(StoreError::AlreadyExists);
    }
    if options.end > jiff::Zoned::now().date() || options.end.year() < 2012 {
        return Err(StoreError::InvalidField { field: "date" });
    }
    let spec = options.size.spec();
    let started = Instant::now();
    let mut rng = Rng::new(options.seed, 1);
    let staff = staff_names(&spec, &mut rng);
    let pass = Passphrase::new(DEMO_PASSPHRASE.to_owned());
    let (mut session, recovery) = init_with(data_dir, spec.structure, &staff[0].0, &pass, kdf)?;
    // Marked before anything else is written: a run killed half-way leaves a marked store.
    write_marker(&session.layout)?;
    for (name, role) in &staff[1..] {
        session.add_staff(name, *role, &pass)?;
    }
    shared_passphrases(&mut session)?;
    let staff_time = started.elapsed();

    let started = Instant::now();
    let staff_ids: Vec<(String, Role)> = session
        .staff()
        .iter()
        .map(|s| (s.id.to_string(), s.role))
        .collect();
    let installation = session.installation().to_string();
    let size = options.size;
    let seed = options.seed;
    let (counts, first_day) =
        session.write_journaled(Action::DemoGenerated, |conn: &Connection| {
            let counts = Builder::new(conn, &spec, options, &installation, &staff_ids)?.run()?;
            let record = format!(
                "{} seed={seed} people={} sessions={} workshops={}",
                size.code(),
                counts.0.people,
                counts.0.sessions,
                counts.0.workshops
            );
            Ok((counts, Some(record)))
        })?;
    let data_time = started.elapsed();
    let mut counts = counts;
    counts.staff = staff.len();
    let report = DemoReport {
        size,
        seed,
        structure: spec.structure.to_owned(),
        staff,
        first_day,
        last_day: options.end,
        counts,
        staff_time,
        data_time,
    };
    Ok((session, recovery, report))
}

/// A demo passphrase is shared by design: nobody is asked to replace it at sign-in (they
/// were added with the ordinary, journaled `add_staff`, which marks it temporary).
fn shared_passphrases(session: &mut Session) -> Result<(), StoreError> {
    let mut body = session.seal.body.clone();
    for s in &mut body.staff {
        s.must_change_passphrase = false;
    }
    body.revision = session.seal.body.revision + 1;
    let file = SealFile::new_signed(&session.key, body, session.seal.attempts.clone())?;
    seal::write_both(&session.layout.gen_dir(session.generation), &file)?;
    session.seal = file;
    Ok(())
}

impl Session {
    /// Whether this store holds demo data: its journal has the `demo.generated` row (which
    /// nothing can remove). Puts the [`TRAINING_MARKER`] back when it went missing (a copy
    /// of the store folder without it, say), so the next sign-in screen shows the banner too.
    pub fn is_training(&self) -> Result<bool, StoreError> {
        let training: bool = self.conn.query_row(
            "SELECT EXISTS (SELECT 1 FROM journal WHERE action = ?1)",
            [Action::DemoGenerated.code()],
            |r| r.get(0),
        )?;
        if training && !self.layout.root().join(TRAINING_MARKER).is_file() {
            write_marker(&self.layout)?;
        }
        Ok(training)
    }

    /// First and last names of the named people, in registration order: the bench's search
    /// queries on the stress data set. Refused on any store that is not a training store.
    pub fn demo_names(&self) -> Result<Vec<(String, String)>, StoreError> {
        if !self.is_training()? {
            return Err(StoreError::RoleRefused);
        }
        let mut st = self.conn.prepare(
            "SELECT first_name, last_name FROM person
             WHERE anonymous = 0 AND merged_into IS NULL ORDER BY num",
        )?;
        let rows = st.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?;
        Ok(rows.collect::<Result<_, _>>()?)
    }
}

// ---- randomness ----

/// SplitMix64: small, fast, and the same on every platform (no dependency whose stream could
/// change with a version bump and silently change the data sets).
struct Rng(u64);

impl Rng {
    fn new(seed: u64, stream: u64) -> Self {
        let mut r = Rng(seed ^ stream.wrapping_mul(0xA076_1D64_78BD_642F));
        r.next();
        r
    }

    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Uniform in [0, 1).
    fn unit(&mut self) -> f64 {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64
    }

    fn below(&mut self, n: usize) -> usize {
        (((self.next() >> 32) * n as u64) >> 32) as usize
    }

    fn range(&mut self, lo: u32, hi: u32) -> u32 {
        lo + self.below((hi - lo + 1) as usize) as u32
    }

    fn chance(&mut self, p: f64) -> bool {
        self.unit() < p
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }

    fn weighted<T: Copy>(&mut self, items: &[(T, u32)]) -> T {
        let total: u32 = items.iter().map(|(_, w)| w).sum();
        let mut x = self.below(total as usize) as u32;
        for (t, w) in items {
            if x < *w {
                return *t;
            }
            x -= w;
        }
        items[items.len() - 1].0
    }
}

fn staff_names(spec: &Spec, rng: &mut Rng) -> Vec<(String, Role)> {
    let roles = std::iter::repeat_n(Role::Coordinator, spec.coordinators)
        .chain(std::iter::repeat_n(Role::Mediator, spec.mediators))
        .chain(std::iter::repeat_n(Role::Volunteer, spec.volunteers));
    let mut out: Vec<(String, Role)> = Vec::new();
    for role in roles {
        loop {
            let first = if rng.chance(0.6) {
                rng.pick(FIRST_FEMALE)
            } else {
                rng.pick(FIRST_MALE)
            };
            let name = format!("{first} {}", rng.pick(LAST));
            if !out.iter().any(|(n, _)| fold(n) == fold(&name)) {
                out.push((name, role));
                break;
            }
        }
    }
    out
}

// ---- the calendar ----

const DAY_MS: i64 = 86_400_000;

/// Activity by month (January first): the August and December dips, the busy spring and
/// back-to-school.
const MONTH_FACTOR: [f64; 12] = [
    1.0, 1.0, 1.05, 1.1, 1.15, 1.05, 0.8, 0.45, 1.15, 1.1, 1.05, 0.7,
];
/// Monday to Friday.
const WEEKDAY_FACTOR: [f64; 5] = [1.0, 1.1, 0.85, 1.1, 0.9];

struct Day {
    date: jiff::civil::Date,
    text: String,
    /// Midnight UTC of that day, in Unix milliseconds.
    ms: i64,
    month: i8,
    year: i16,
    weight: f64,
}

/// Fixed-date public holidays (Easter-based ones are not left out: a centre may open then).
fn is_holiday(d: jiff::civil::Date) -> bool {
    matches!(
        (d.month(), d.day()),
        (1, 1) | (5, 1) | (5, 8) | (7, 14) | (8, 15) | (11, 1) | (11, 11) | (12, 25)
    )
}

fn open_days(end: jiff::civil::Date, years: i16, rng: &mut Rng) -> Result<Vec<Day>, StoreError> {
    let internal = |e: jiff::Error| StoreError::Internal(e.to_string());
    let start = end
        .checked_sub(jiff::Span::new().years(years))
        .and_then(|d| d.tomorrow())
        .map_err(internal)?;
    let start_ms = start
        .to_zoned(jiff::tz::TimeZone::UTC)
        .map_err(internal)?
        .timestamp()
        .as_millisecond();
    let total_days = (end - start).get_days().max(1) as f64;
    let mut out = Vec::new();
    let mut d = start;
    let mut n: i64 = 0;
    while d <= end {
        let wd = d.weekday().to_monday_zero_offset() as usize;
        if wd < 5 && !is_holiday(d) {
            // The centre's activity grows over the years.
            let growth = 0.55 + 0.45 * (n as f64 / total_days);
            let noise = 0.85 + 0.3 * rng.unit();
            out.push(Day {
                date: d,
                text: d.to_string(),
                ms: start_ms + n * DAY_MS,
                month: d.month(),
                year: d.year(),
                weight: MONTH_FACTOR[(d.month() - 1) as usize]
                    * WEEKDAY_FACTOR[wd]
                    * growth
                    * noise,
            });
        }
        d = d.tomorrow().map_err(internal)?;
        n += 1;
    }
    Ok(out)
}

/// Spreads `total` over the days in proportion to their weight (exactly `total` in all).
fn allocate(days: &[Day], total: usize) -> Vec<u32> {
    let sum: f64 = days.iter().map(|d| d.weight).sum();
    let mut out = Vec::with_capacity(days.len());
    let mut cumulative = 0.0;
    let mut given = 0usize;
    for d in days {
        cumulative += d.weight;
        let upto = ((cumulative / sum) * total as f64).round() as usize;
        let upto = upto.min(total);
        out.push((upto - given) as u32);
        given = upto;
    }
    if let Some(last) = out.last_mut() {
        *last += (total - given) as u32;
    }
    out
}

// ---- the bulk writer ----

struct Person {
    id: String,
    anonymous: bool,
    birth_year: Option<u16>,
    home_place: usize,
    first_day: u32,
    last_day: u32,
    visits: u16,
    first_staff: usize,
}

const NONE_DAY: u32 = u32::MAX;

struct Builder<'a> {
    conn: &'a Connection,
    spec: &'a Spec,
    options: &'a DemoOptions,
    installation: &'a str,
    staff: &'a [(String, Role)],
    /// Staff indexes working at each place (coordinators at the first).
    staff_by_place: Vec<Vec<(usize, u32)>>,
    place_ids: Vec<String>,
    place_weights: Vec<(usize, u32)>,
    tag_ids: Vec<(String, bool)>,
    partners: Vec<(String, &'static str, &'static [&'static str])>,
    people: Vec<Person>,
    /// Midnight of the first day (ids of what exists from the start).
    start_ms: i64,
    counts: DemoCounts,
}

fn new_id(ms: i64) -> String {
    let secs = (ms.max(0) / 1000) as u64;
    let nanos = ((ms.max(0) % 1000) * 1_000_000) as u32;
    uuid::Uuid::new_v7(uuid::Timestamp::from_unix(uuid::NoContext, secs, nanos)).to_string()
}

fn codes<T: Copy>(items: &[T], code: fn(T) -> &'static str) -> String {
    items.iter().map(|i| code(*i)).collect::<Vec<_>>().join(",")
}

fn json<T: serde::Serialize>(v: &T) -> String {
    serde_json::to_string(v).unwrap_or_else(|_| "[]".into())
}

impl<'a> Builder<'a> {
    fn new(
        conn: &'a Connection,
        spec: &'a Spec,
        options: &'a DemoOptions,
        installation: &'a str,
        staff: &'a [(String, Role)],
    ) -> Result<Self, StoreError> {
        let n = spec.places.len();
        let mut staff_by_place = vec![Vec::new(); n];
        let mut next_place = 0;
        for (i, (_, role)) in staff.iter().enumerate() {
            match role {
                Role::Coordinator => staff_by_place[0].push((i, 1)),
                Role::Mediator => {
                    staff_by_place[next_place % n].push((i, 4));
                    next_place += 1;
                }
                Role::Volunteer => {
                    staff_by_place[next_place % n].push((i, 1));
                    next_place += 1;
                }
            }
        }
        for (p, list) in staff_by_place.iter_mut().enumerate() {
            if list.is_empty() {
                list.push((p % staff.len(), 1));
            }
        }
        // The first place is the main one; the others are antennas.
        let place_weights = (0..n).map(|i| (i, if i == 0 { 3 } else { 2 })).collect();
        Ok(Self {
            conn,
            spec,
            options,
            installation,
            staff,
            staff_by_place,
            place_ids: Vec::new(),
            place_weights,
            tag_ids: Vec::new(),
            partners: Vec::new(),
            people: Vec::new(),
            start_ms: 0,
            counts: DemoCounts::default(),
        })
    }

    fn run(mut self) -> Result<(DemoCounts, jiff::civil::Date), StoreError> {
        let mut rng = Rng::new(self.options.seed, 2);
        let days = open_days(self.options.end, self.spec.years, &mut rng)?;
        self.start_ms = days.first().map(|d| d.ms).unwrap_or(0);
        self.places(self.start_ms)?;
        self.tags()?;
        self.partners(self.start_ms)?;
        self.people(&mut Rng::new(self.options.seed, 3))?;
        self.activities(&days, &mut Rng::new(self.options.seed, 4))?;
        self.finish_people(&days, &mut Rng::new(self.options.seed, 5))?;
        let first = days.first().map(|d| d.date).unwrap_or(self.options.end);
        Ok((self.counts, first))
    }

    fn places(&mut self, at: i64) -> Result<(), StoreError> {
        let conn = self.conn;
        let mut st = conn.prepare(
            "INSERT INTO place (id, installation_id, name, address, commune, postal_code,
                                insee_code, created_at, updated_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?8)",
        )?;
        for (name, address, commune, postal) in self.spec.places {
            let insee = COMMUNES[commune_index(commune, postal)].2;
            let id = new_id(at);
            st.execute(params![
                id,
                self.installation,
                name,
                address,
                commune,
                postal,
                insee,
                at
            ])?;
            self.place_ids.push(id);
        }
        self.counts.places = self.place_ids.len();
        Ok(())
    }

    fn tags(&mut self) -> Result<(), StoreError> {
        let conn = self.conn;
        let mut st =
            conn.prepare("INSERT INTO tag (id, name, name_key, archived) VALUES (?1, ?2, ?3, ?4)")?;
        for (name, archived) in TAGS {
            let id = new_id(self.start_ms);
            st.execute(params![id, name, fold(name), archived])?;
            self.tag_ids.push((id, *archived));
        }
        self.counts.tags = self.tag_ids.len();
        Ok(())
    }

    fn partners(&mut self, at: i64) -> Result<(), StoreError> {
        let conn = self.conn;
        // The phone numbers are in a range set aside for works of fiction.
        let prefix = match self.options.size {
            DemoSize::Small => "02 61 91",
            DemoSize::Stress => "03 53 01",
        };
        let mut st = conn.prepare(
            "INSERT INTO partner (id, installation_id, name, category, address, phone, email,
                                  hours, created_at, updated_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?9)",
        )?;
        for (i, (name, category, address, hours, answers)) in PARTNERS.iter().enumerate() {
            let id = new_id(at);
            let phone = format!("{prefix} {:02} {:02}", 10 + i, 20 + 3 * i);
            let email = format!("contact{}@example.org", i + 1);
            st.execute(params![
                id,
                self.installation,
                name,
                category,
                address,
                phone,
                email,
                hours,
                at
            ])?;
            self.partners.push((id, name, answers));
        }
        self.counts.partners = self.partners.len();
        Ok(())
    }

    /// The people, before their first visit is known (timestamps set by `finish_people`).
    fn people(&mut self, rng: &mut Rng) -> Result<(), StoreError> {
        let conn = self.conn;
        let end_year = i32::from(self.options.end.year());
        let mut insert = conn.prepare(
            "INSERT INTO person (num, id, installation_id, anonymous, first_name, last_name,
                 birth_year, gender, social_status, commune, postal_code, insee_code, languages,
                 phone, email, notes, created_by, created_at, updated_at, last_seen_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16,
                 'system', 0, 0, 0)",
        )?;
        let mut index = conn.prepare("INSERT INTO person_search (rowid, key) VALUES (?1, ?2)")?;
        let place_communes: Vec<usize> = self
            .spec
            .places
            .iter()
            .map(|(_, _, c, pc)| commune_index(c, pc))
            .collect();
        for i in 0..self.spec.people {
            let num = i as i64 + 1;
            let home_place = rng.weighted(&self.place_weights);
            let p = person_profile(rng, end_year, place_communes[home_place], i);
            let p = people::validate(&p, end_year)?;
            let id = new_id(self.start_ms);
            insert.execute(params![
                num,
                id,
                self.installation,
                p.anonymous,
                p.first_name,
                p.last_name,
                p.birth_year,
                p.gender.map(Gender::code),
                p.social_status.map(SocialStatus::code),
                p.commune,
                p.postal_code,
                p.insee_code,
                p.languages.join(","),
                p.phone,
                p.email,
                p.notes
            ])?;
            if !p.anonymous {
                index.execute(params![num, people::index_key(&p)])?;
            } else {
                self.counts.anonymous_people += 1;
            }
            self.people.push(Person {
                id,
                anonymous: p.anonymous,
                birth_year: p.birth_year,
                home_place,
                first_day: NONE_DAY,
                last_day: 0,
                visits: 0,
                first_staff: 0,
            });
        }
        self.counts.people = self.people.len();
        Ok(())
    }

    fn staff_at(&self, place: usize, rng: &mut Rng) -> usize {
        rng.weighted(&self.staff_by_place[place])
    }

    /// Individual sessions, workshops and follow-ups, day by day.
    fn activities(&mut self, days: &[Day], rng: &mut Rng) -> Result<(), StoreError> {
        let conn = self.conn;
        let per_day = allocate(days, self.spec.sessions);
        // Workshops are about 5 % of all activities.
        let workshops = allocate(days, self.spec.sessions * 5 / 95);
        let anonymous_sessions = self.spec.sessions * 8 / 100;
        let mut named_left = self.spec.sessions - anonymous_sessions;
        let mut introduced = 0usize;
        let mut session_st = conn.prepare(
            "INSERT INTO support_session (id, installation_id, person_id, staff_id, date,
                 duration_min, canal, place_id, equipment, themes, procedure_themes,
                 procedure_name, autonomy, referral, referral_to, notes, created_at, updated_at,
                 partner_id)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17,
                 ?17, ?18)",
        )?;
        let mut tag_st =
            conn.prepare("INSERT INTO support_session_tag (session_id, tag_id) VALUES (?1, ?2)")?;
        let mut follow_st = conn.prepare(
            "INSERT INTO follow_up (id, installation_id, person_id, staff_id, due_date, due_time,
                 what, bring, place_id, done_at, postponed, created_at, updated_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?12)",
        )?;
        let total = self.spec.sessions;
        let mut done = 0usize;
        for (di, day) in days.iter().enumerate() {
            for _ in 0..per_day[di] {
                // Anonymous sessions are spread evenly among the others.
                let anonymous =
                    (done + 1) * anonymous_sessions / total > done * anonymous_sessions / total;
                done += 1;
                let person = if anonymous {
                    None
                } else {
                    let left_people = self.people.len() - introduced;
                    let new = left_people > 0
                        && (left_people >= named_left
                            || introduced == 0
                            || rng.chance(left_people as f64 / named_left as f64));
                    named_left = named_left.saturating_sub(1);
                    if new {
                        introduced += 1;
                        Some(introduced - 1)
                    } else {
                        // Recent newcomers come back most; a few regulars for years.
                        let u = rng.unit();
                        let back = (introduced as f64 * u * u * u) as usize;
                        Some(introduced - 1 - back.min(introduced - 1))
                    }
                };
                let s = self.session(day, person, rng);
                session_st.execute(params![
                    s.id,
                    self.installation,
                    person.map(|p| self.people[p].id.as_str()),
                    self.staff[s.staff].0,
                    day.text,
                    s.duration,
                    s.canal.code(),
                    s.place.map(|p| self.place_ids[p].as_str()),
                    codes(&s.equipment, Equipment::code),
                    codes(&s.themes, Theme::code),
                    codes(&s.procedures, ProcedureTheme::code),
                    s.procedure_name,
                    s.autonomy.map(Autonomy::code),
                    s.referral.map(ReferralCategory::code),
                    s.referral_to,
                    s.notes,
                    s.created_at,
                    s.partner.map(|p| self.partners[p].0.as_str()),
                ])?;
                if let Some(t) = s.tag {
                    tag_st.execute(params![s.id, self.tag_ids[t].0])?;
                }
                self.counts.sessions += 1;
                match person {
                    None => self.counts.anonymous_sessions += 1,
                    Some(p) => {
                        self.seen(p, di as u32, s.staff);
                        if !self.people[p].anonymous {
                            self.follow_up(&mut follow_st, day, p, &s, rng)?;
                        }
                    }
                }
            }
            for _ in 0..workshops[di] {
                self.workshop(day, di as u32, introduced, rng)?;
            }
        }
        Ok(())
    }

    fn seen(&mut self, p: usize, day: u32, staff: usize) {
        let person = &mut self.people[p];
        if person.first_day == NONE_DAY {
            person.first_day = day;
            person.first_staff = staff;
        }
        person.last_day = person.last_day.max(day);
        person.visits = person.visits.saturating_add(1);
    }

    fn session(&self, day: &Day, person: Option<usize>, rng: &mut Rng) -> NewSession {
        let visit = person.map_or(0, |p| self.people[p].visits) + 1;
        let home = match person {
            Some(p) if rng.chance(0.92) => self.people[p].home_place,
            _ => rng.weighted(&self.place_weights),
        };
        let staff = self.staff_at(home, rng);
        let canal = rng.weighted(&[
            (Canal::Place, 85),
            (Canal::Remote, 6),
            (Canal::Home, 5),
            (Canal::Other, 4),
        ]);
        let place = (canal == Canal::Place).then_some(home);
        let month = day.month;
        let mut themes = Vec::with_capacity(3);
        let mut procedures = Vec::new();
        let mut procedure_name = "";
        if rng.chance(0.55) {
            themes.push(Theme::AdministrativeProcedures);
            let weights: Vec<(usize, u32)> = PROCEDURES
                .iter()
                .enumerate()
                .map(|(i, (t, w, _))| (i, w * seasonal(*t, month)))
                .collect();
            let i = rng.weighted(&weights);
            procedures.push(PROCEDURES[i].0);
            procedure_name = *rng.pick(PROCEDURES[i].2);
            if rng.chance(0.1) {
                let j = rng.weighted(&weights);
                if j != i {
                    procedures.push(PROCEDURES[j].0);
                }
            }
            if rng.chance(0.25) {
                themes.push(if rng.chance(0.4) {
                    Theme::Email
                } else {
                    other_theme(rng, day.year)
                });
            }
        } else {
            themes.push(other_theme(rng, day.year));
            if rng.chance(0.2) {
                themes.push(other_theme(rng, day.year));
            }
        }
        if visit == 1 && rng.chance(0.35) {
            themes.push(Theme::Diagnostic);
        }
        super::support::dedup(&mut themes);
        let equipment = if themes.contains(&Theme::DeviceHandling) && rng.chance(0.8) {
            vec![Equipment::Phone]
        } else if rng.chance(0.05) {
            vec![Equipment::Computer, Equipment::Phone]
        } else {
            vec![rng.weighted(&[
                (Equipment::Computer, 45),
                (Equipment::Phone, 38),
                (Equipment::Tablet, 5),
                (Equipment::Other, 2),
                (Equipment::None, 5),
            ])]
        };
        let duration = rng.weighted(&[
            (15u16, 14),
            (30, 34),
            (45, 24),
            (60, 18),
            (90, 6),
            (120, 2),
            (20, 1),
            (40, 1),
        ]);
        let autonomy_weights: [(Option<Autonomy>, u32); 4] = match visit {
            1 => [
                (Some(Autonomy::Guided), 50),
                (Some(Autonomy::PartlyAutonomous), 38),
                (Some(Autonomy::Autonomous), 12),
                (None, 5),
            ],
            2..=3 => [
                (Some(Autonomy::Guided), 38),
                (Some(Autonomy::PartlyAutonomous), 42),
                (Some(Autonomy::Autonomous), 20),
                (None, 5),
            ],
            4..=7 => [
                (Some(Autonomy::Guided), 28),
                (Some(Autonomy::PartlyAutonomous), 44),
                (Some(Autonomy::Autonomous), 28),
                (None, 5),
            ],
            _ => [
                (Some(Autonomy::Guided), 20),
                (Some(Autonomy::PartlyAutonomous), 42),
                (Some(Autonomy::Autonomous), 38),
                (None, 5),
            ],
        };
        let autonomy = rng.weighted(&autonomy_weights);
        let (referral, partner, referral_to) = if rng.chance(0.11) {
            let category = rng.weighted(&[
                (ReferralCategory::BodyInCharge, 30),
                (ReferralCategory::SocialSupport, 20),
                (ReferralCategory::Administration, 15),
                (ReferralCategory::Employment, 12),
                (ReferralCategory::AdministrativeHelp, 10),
                (ReferralCategory::DigitalMediation, 8),
                (ReferralCategory::Other, 5),
            ]);
            let answering: Vec<(usize, u32)> = self
                .partners
                .iter()
                .enumerate()
                .filter(|(_, (_, _, a))| a.contains(&category.code()))
                .map(|(i, _)| (i, 1))
                .collect();
            if !answering.is_empty() && rng.chance(0.7) {
                let p = rng.weighted(&answering);
                (Some(category), Some(p), self.partners[p].1.to_owned())
            } else {
                (Some(category), None, String::new())
            }
        } else {
            (None, None, String::new())
        };
        let tag = if rng.chance(0.18) {
            if (2018..=2020).contains(&day.year) && rng.chance(0.3) {
                self.tag_ids.iter().position(|(_, archived)| *archived)
            } else {
                let live: Vec<(usize, u32)> = self
                    .tag_ids
                    .iter()
                    .enumerate()
                    .filter(|(_, (_, archived))| !archived)
                    .map(|(i, _)| (i, 1))
                    .collect();
                Some(rng.weighted(&live))
            }
        } else {
            None
        };
        let notes = if rng.chance(0.04) {
            rng.pick(SESSION_NOTES).to_string()
        } else {
            String::new()
        };
        // Between 8:30 and 17:30, UTC.
        let created_at = day.ms + 30_600_000 + rng.below(32_400) as i64 * 1000;
        NewSession {
            id: new_id(created_at),
            staff,
            duration,
            canal,
            place,
            equipment,
            themes,
            procedures,
            procedure_name: procedure_name.to_owned(),
            autonomy,
            referral,
            partner,
            referral_to,
            tag,
            notes,
            created_at,
        }
    }

    fn follow_up(
        &mut self,
        st: &mut rusqlite::Statement<'_>,
        day: &Day,
        p: usize,
        s: &NewSession,
        rng: &mut Rng,
    ) -> Result<(), StoreError> {
        let likely = if s.procedures.is_empty() { 0.05 } else { 0.09 };
        if !rng.chance(likely) {
            return Ok(());
        }
        let matching: Vec<(usize, u32)> = FOLLOW_UPS
            .iter()
            .enumerate()
            .filter(|(_, (t, _, _))| t.is_none() || s.procedures.first() == t.as_ref())
            .map(|(i, (t, _, _))| (i, if t.is_some() { 4 } else { 1 }))
            .collect();
        let (_, what, bring) = FOLLOW_UPS[rng.weighted(&matching)];
        let mut due = day
            .date
            .checked_add(jiff::Span::new().days(i64::from(rng.range(7, 35))))
            .map_err(|e| StoreError::Internal(e.to_string()))?;
        while due.weekday().to_monday_zero_offset() >= 5 {
            due = due
                .tomorrow()
                .map_err(|e| StoreError::Internal(e.to_string()))?;
        }
        let due_time = rng
            .chance(0.5)
            .then(|| *rng.pick(&["09:30", "10:00", "11:00", "14:00", "15:30"]));
        let days_later = (due - day.date).get_days() as i64;
        // Most are done in time; those still open a month after their date were closed by
        // the team (a real list does not keep years of overdue items).
        let done = rng.chance(0.88);
        let long_past = (self.options.end - due).get_days() > 30;
        let done_at = (due <= self.options.end && (done || long_past))
            .then(|| day.ms + days_later * DAY_MS + 36_000_000);
        let postponed = rng.chance(0.08);
        st.execute(params![
            new_id(s.created_at),
            self.installation,
            self.people[p].id,
            self.staff[s.staff].0,
            due.to_string(),
            due_time,
            what,
            if rng.chance(0.7) { bring } else { "" },
            s.place.map(|i| self.place_ids[i].as_str()),
            done_at,
            postponed,
            s.created_at
        ])?;
        self.counts.follow_ups += 1;
        Ok(())
    }

    fn workshop(
        &mut self,
        day: &Day,
        di: u32,
        introduced: usize,
        rng: &mut Rng,
    ) -> Result<(), StoreError> {
        let conn = self.conn;
        let candidates: Vec<usize> = WORKSHOPS
            .iter()
            .enumerate()
            .filter(|(_, w)| !w.3 || day.year >= 2023)
            .map(|(i, _)| i)
            .collect();
        let (title, level, themes, _) = WORKSHOPS[*rng.pick(&candidates)];
        let place = rng.weighted(&self.place_weights);
        let staff = self.staff_at(place, rng);
        let duration = rng.weighted(&[(90u16, 40), (120, 45), (60, 15)]);
        let total = rng.range(4, 12) as usize;
        let mut named: Vec<usize> = Vec::new();
        if introduced > 0 {
            for _ in 0..total / 2 + rng.below(total / 2 + 1) {
                let u = rng.unit();
                let p = introduced - 1 - ((introduced as f64 * u * u) as usize).min(introduced - 1);
                if !named.contains(&p) {
                    named.push(p);
                }
            }
        }
        let anonymous = (total.saturating_sub(named.len())) as u16;
        let mut by_gender: Vec<(Gender, u16)> = Vec::new();
        let mut by_age: Vec<(AgeBracket, u16)> = Vec::new();
        let mut by_status: Vec<(SocialStatus, u16)> = Vec::new();
        fn count<K: PartialEq>(v: &mut Vec<(K, u16)>, k: K) {
            match v.iter_mut().find(|(o, _)| *o == k) {
                Some((_, n)) => *n += 1,
                None => v.push((k, 1)),
            }
        }
        for _ in 0..anonymous {
            // What is not told is counted as "non communiqué" (left out of the breakdown).
            if rng.chance(0.9) {
                count(
                    &mut by_gender,
                    rng.weighted(&[(Gender::Female, 58), (Gender::Male, 42)]),
                );
            }
            if rng.chance(0.8) {
                count(
                    &mut by_age,
                    rng.weighted(&[
                        (AgeBracket::From25To39, 10),
                        (AgeBracket::From40To59, 25),
                        (AgeBracket::From60To69, 30),
                        (AgeBracket::From70, 35),
                    ]),
                );
            }
            if rng.chance(0.7) {
                count(
                    &mut by_status,
                    rng.weighted(&[
                        (SocialStatus::Retired, 60),
                        (SocialStatus::Unemployed, 20),
                        (SocialStatus::Employed, 20),
                    ]),
                );
            }
        }
        by_gender.sort_by_key(|(k, _)| *k);
        by_age.sort_by_key(|(k, _)| *k);
        by_status.sort_by_key(|(k, _)| *k);
        // Workshops start at 9:30 or 14:00, UTC.
        let created_at = day.ms
            + if rng.chance(0.5) {
                34_200_000
            } else {
                50_400_000
            };
        let id = new_id(created_at);
        let theme_codes: Vec<&str> = themes.iter().map(|t| t.code()).collect();
        conn.prepare_cached(
            "INSERT INTO workshop (id, installation_id, staff_id, title, level, date,
                     duration_min, place_id, themes, anonymous, anonymous_by_gender,
                     anonymous_by_age, anonymous_by_status, notes, created_at, updated_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, '', ?14, ?14)",
        )?
        .execute(params![
            id,
            self.installation,
            self.staff[staff].0,
            title,
            level.code(),
            day.text,
            duration,
            self.place_ids[place],
            theme_codes.join(","),
            anonymous,
            json(&by_gender),
            json(&by_age),
            json(&by_status),
            created_at
        ])?;
        if rng.chance(0.3) {
            let live: Vec<usize> = (0..self.tag_ids.len())
                .filter(|i| !self.tag_ids[*i].1)
                .collect();
            let t = *rng.pick(&live);
            conn.prepare_cached("INSERT INTO workshop_tag (workshop_id, tag_id) VALUES (?1, ?2)")?
                .execute(params![id, self.tag_ids[t].0])?;
        }
        let mut part = conn.prepare_cached(
            "INSERT INTO workshop_participant (workshop_id, person_id) VALUES (?1, ?2)",
        )?;
        for p in &named {
            part.execute(params![id, self.people[*p].id])?;
        }
        drop(part);
        for p in &named {
            self.seen(*p, di, staff);
        }
        self.counts.workshops += 1;
        self.counts.workshop_named_participants += named.len();
        self.counts.workshop_anonymous_participants += usize::from(anonymous);
        Ok(())
    }

    /// Timestamps from each person's first and last visit, who registered them, and their
    /// consent (given at the first visit; a guardian's for a possible minor).
    fn finish_people(&mut self, days: &[Day], rng: &mut Rng) -> Result<(), StoreError> {
        let conn = self.conn;
        let mut update = conn.prepare(
            "UPDATE person SET created_by = ?2, created_at = ?3, updated_at = ?3,
                 last_seen_at = ?4 WHERE num = ?1",
        )?;
        let mut consent = conn.prepare(
            "INSERT INTO consent (id, person_id, scopes, given_on, collected_by, by_guardian,
                 created_at, withdrawn_on, withdrawn_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
        )?;
        let last = days.len().saturating_sub(1) as u32;
        for (i, p) in self.people.iter().enumerate() {
            // Someone never seen (only possible with more people than sessions) registered
            // on the last day.
            let first = if p.first_day == NONE_DAY {
                last
            } else {
                p.first_day
            };
            let lastd = p.last_day.max(first);
            let created = days[first as usize].ms + 30_600_000;
            let seen = days[lastd as usize].ms + 59_400_000;
            let by = &self.staff[p.first_staff].0;
            update.execute(params![i as i64 + 1, by, created, seen])?;
            if p.anonymous || !rng.chance(0.9) {
                continue;
            }
            let mut scopes = vec![ConsentScope::Record];
            if rng.chance(0.6) {
                scopes.push(ConsentScope::Contact);
            }
            if rng.chance(0.15) {
                scopes.push(ConsentScope::Vault);
            }
            let day = &days[first as usize];
            let guardian = vocab::may_be_minor(p.birth_year, i32::from(day.year));
            let withdrawn = rng
                .chance(0.015)
                .then(|| (days[lastd as usize].text.clone(), seen));
            consent.execute(params![
                new_id(created),
                p.id,
                codes(&scopes, ConsentScope::code),
                day.text,
                by,
                guardian,
                created,
                withdrawn.as_ref().map(|w| w.0.as_str()),
                withdrawn.as_ref().map(|w| w.1)
            ])?;
            self.counts.consents += 1;
        }
        Ok(())
    }
}

struct NewSession {
    id: String,
    staff: usize,
    duration: u16,
    canal: Canal,
    place: Option<usize>,
    equipment: Vec<Equipment>,
    themes: Vec<Theme>,
    procedures: Vec<ProcedureTheme>,
    procedure_name: String,
    autonomy: Option<Autonomy>,
    referral: Option<ReferralCategory>,
    partner: Option<usize>,
    referral_to: String,
    tag: Option<usize>,
    notes: String,
    created_at: i64,
}

/// How much a procedure theme's weight is multiplied in `month` (×10): tax returns from
/// April to June, back-to-school in August and September, passports before the summer.
fn seasonal(t: ProcedureTheme, month: i8) -> u32 {
    match (t, month) {
        (ProcedureTheme::MoneyAndTaxes, 4 | 5) => 40,
        (ProcedureTheme::MoneyAndTaxes, 6) => 25,
        (ProcedureTheme::MoneyAndTaxes, _) => 6,
        (ProcedureTheme::FamilyAndSchool, 9) => 25,
        (ProcedureTheme::FamilyAndSchool, 8) => 20,
        (ProcedureTheme::FamilyAndSchool, 7) => 14,
        (ProcedureTheme::FamilyAndSchool, _) => 9,
        (ProcedureTheme::IdentityAndCitizenship, 3..=6) => 13,
        (ProcedureTheme::WorkAndTraining, 1 | 9) => 13,
        (ProcedureTheme::Leisure, 9) => 25,
        _ => 10,
    }
}

fn other_theme(rng: &mut Rng, year: i16) -> Theme {
    match rng.weighted(OTHER_THEMES) {
        // Generative AI questions at the desk only from 2023.
        Theme::ArtificialIntelligence if year < 2023 => Theme::Browsing,
        t => t,
    }
}

/// A made-up person; `i` varies the phone numbers and e-mail addresses.
fn person_profile(rng: &mut Rng, end_year: i32, home_commune: usize, i: usize) -> PersonInput {
    let anonymous = rng.chance(0.07);
    let gender = rng.weighted(&[
        (Some(Gender::Female), 53),
        (Some(Gender::Male), 43),
        (Some(Gender::Undisclosed), 2),
        (None, 2),
    ]);
    let female = match gender {
        Some(Gender::Female) => true,
        Some(Gender::Male) => false,
        _ => rng.chance(0.5),
    };
    let age: Option<i32> = rng
        .weighted(&[
            (Some((12, 17)), 3),
            (Some((18, 24)), 9),
            (Some((25, 39)), 21),
            (Some((40, 59)), 28),
            (Some((60, 69)), 18),
            (Some((70, 84)), 16),
            (Some((85, 95)), 3),
            (None, 2),
        ])
        .map(|(lo, hi)| rng.range(lo, hi) as i32);
    let birth_year = age.map(|a| (end_year - a) as u16);
    let status = match age {
        None => rng.weighted(&[(None, 50), (Some(SocialStatus::Undisclosed), 50)]),
        Some(a) if a < 18 => Some(SocialStatus::Student),
        Some(a) if a < 25 => rng.weighted(&[
            (Some(SocialStatus::Student), 35),
            (Some(SocialStatus::Unemployed), 35),
            (Some(SocialStatus::Employed), 25),
            (None, 5),
        ]),
        Some(a) if a < 62 => rng.weighted(&[
            (Some(SocialStatus::Employed), 40),
            (Some(SocialStatus::Unemployed), 45),
            (Some(SocialStatus::Undisclosed), 10),
            (None, 5),
        ]),
        Some(_) => rng.weighted(&[
            (Some(SocialStatus::Retired), 92),
            (Some(SocialStatus::Employed), 3),
            (None, 5),
        ]),
    };
    let commune = if rng.chance(0.65) {
        Some(home_commune)
    } else if rng.chance(0.9) {
        Some(rng.below(COMMUNES.len()))
    } else {
        None
    };
    let (commune, postal_code, insee_code) = commune
        .map(|c| COMMUNES[c])
        .map(|(n, pc, insee)| (n.to_owned(), pc.to_owned(), insee.to_owned()))
        .unwrap_or_default();
    let first_name = if female {
        rng.pick(FIRST_FEMALE)
    } else {
        rng.pick(FIRST_MALE)
    }
    .to_string();
    let last_name = rng.pick(LAST).to_string();
    // Numbers in the range set aside for works of fiction (06 39 98 xx xx): shared numbers
    // happen, as with a family phone.
    let phone = if rng.chance(0.6) {
        format!("06 39 98 {:02} {:02}", (i / 100) % 100, i % 100)
    } else {
        String::new()
    };
    let email = if rng.chance(0.35) {
        let local = |s: &str| -> String {
            fold(s)
                .chars()
                .filter(|c| c.is_ascii_alphanumeric())
                .collect()
        };
        let domain = rng.pick(&["example.org", "example.com", "example.net"]);
        format!(
            "{}.{}{}@{domain}",
            local(&first_name),
            local(&last_name),
            if rng.chance(0.5) {
                (i % 97).to_string()
            } else {
                String::new()
            }
        )
    } else {
        String::new()
    };
    let languages = if rng.chance(0.25) {
        let other = rng.weighted(LANGUAGES).to_owned();
        if rng.chance(0.7) {
            vec!["fr".to_owned(), other]
        } else {
            vec![other]
        }
    } else {
        Vec::new()
    };
    let notes = if rng.chance(0.03) {
        rng.pick(PERSON_NOTES).to_string()
    } else {
        String::new()
    };
    PersonInput {
        anonymous,
        first_name,
        last_name,
        birth_year,
        gender,
        social_status: status,
        commune,
        postal_code,
        insee_code,
        languages,
        phone,
        email,
        notes,
    }
}

// ---- comparing two data sets ----

/// A SHA-256 digest of a store's content without its ids and its install-time timestamps:
/// places, staff names and roles, people, sessions, workshops, follow-ups, consents,
/// partners and tags, each record pointing at others by their order of creation. Two demo
/// stores of the same size, seed and end date have the same digest.
pub fn content_digest(session: &Session) -> Result<String, StoreError> {
    let conn = &session.conn;
    let mut h = Sha256::new();
    fn field(h: &mut Sha256, s: &str) {
        h.update((s.len() as u64).to_le_bytes());
        h.update(s.as_bytes());
    }
    for s in session.staff() {
        field(&mut h, &s.display_name);
        field(&mut h, s.role.code());
    }
    // Ids → order of creation, per table.
    let order = |sql: &str| -> Result<HashMap<String, String>, StoreError> {
        let mut st = conn.prepare(sql)?;
        let rows = st.query_map([], |r| r.get::<_, String>(0))?;
        let mut m = HashMap::new();
        for (i, id) in rows.enumerate() {
            m.insert(id?, i.to_string());
        }
        Ok(m)
    };
    let mut ids: HashMap<String, String> = HashMap::new();
    ids.extend(order("SELECT id FROM place ORDER BY rowid")?);
    ids.extend(order("SELECT id FROM tag ORDER BY num")?);
    ids.extend(order("SELECT id FROM partner ORDER BY num")?);
    ids.extend(order("SELECT id FROM person ORDER BY num")?);
    ids.extend(order("SELECT id FROM support_session ORDER BY num")?);
    ids.extend(order("SELECT id FROM workshop ORDER BY num")?);
    for (i, s) in session.staff().iter().enumerate() {
        ids.insert(s.id.to_string(), format!("staff{i}"));
    }
    let tables = [
        "SELECT name, address, commune, postal_code, insee_code FROM place ORDER BY rowid",
        "SELECT name, name_key, archived FROM tag ORDER BY num",
        "SELECT name, category, address, phone, email, hours FROM partner ORDER BY num",
        "SELECT anonymous, first_name, last_name, birth_year, gender, social_status, commune,
             postal_code, insee_code, languages, phone, email, notes, created_by, created_at,
             last_seen_at FROM person ORDER BY num",
        "SELECT person_id, staff_id, date, duration_min, canal, place_id, equipment, themes,
             procedure_themes, procedure_name, autonomy, referral, referral_to, notes,
             created_at, partner_id FROM support_session ORDER BY num",
        "SELECT session_id, tag_id FROM support_session_tag ORDER BY rowid",
        "SELECT staff_id, title, level, date, duration_min, place_id, themes, anonymous,
             anonymous_by_gender, anonymous_by_age, anonymous_by_status, created_at
             FROM workshop ORDER BY num",
        "SELECT workshop_id, person_id FROM workshop_participant ORDER BY rowid",
        "SELECT workshop_id, tag_id FROM workshop_tag ORDER BY rowid",
        "SELECT person_id, staff_id, due_date, due_time, what, bring, place_id, done_at,
             postponed, created_at FROM follow_up ORDER BY num",
        "SELECT person_id, scopes, given_on, collected_by, by_guardian, withdrawn_on
             FROM consent ORDER BY num",
    ];
    for sql in tables {
        let mut st = conn.prepare(sql)?;
        let n = st.column_count();
        let mut rows = st.query([])?;
        while let Some(r) = rows.next()? {
            for c in 0..n {
                let text = match r.get_ref(c)? {
                    rusqlite::types::ValueRef::Null => "\u{0}".to_owned(),
                    rusqlite::types::ValueRef::Integer(i) => i.to_string(),
                    rusqlite::types::ValueRef::Real(f) => f.to_string(),
                    rusqlite::types::ValueRef::Text(t) | rusqlite::types::ValueRef::Blob(t) => {
                        let t = String::from_utf8_lossy(t);
                        ids.get(t.as_ref())
                            .cloned()
                            .unwrap_or_else(|| t.into_owned())
                    }
                };
                field(&mut h, &text);
            }
        }
    }
    Ok(hex::encode(h.finalize()))
}

#[cfg(test)]
#[path = "demo_tests.rs"]
mod tests;
