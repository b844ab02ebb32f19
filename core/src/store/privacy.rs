//! A person's privacy rights (RGPD) and the retention rule (see `docs/privacy.md`).
//!
//! - **Access**: everything kept about a person, gathered in [`PersonData`] (profile, the
//!   duplicates once merged into it, consents with their history, sessions — deleted ones too,
//!   marked — with their themes, tags and referrals, workshops attended, follow-ups, and the
//!   journal rows that name one of these ids), written as one zip: a readable PDF summary and
//!   the same data as JSON.
//! - **Erasure**: the person's records go; what the statistics need stays, detached from them
//!   (sessions without a person and without notes, workshop seats turned into anonymous
//!   counts). Freed pages are zeroed (`secure_delete`), the search index is rebuilt and the WAL
//!   truncated, so nothing of the person stays readable even in a decrypted copy of the file.
//! - **Retention**: records with no activity for longer than `settings.retention_months` are
//!   listed for review, then erased exactly as reviewed, in one transaction.

use super::error::StoreError;
use super::ids::PersonId;
use super::journal::{self, Action};
use super::session::{Permission, Session};
use super::{people, settings};
use passerelle_api::privacy::{
    AccessExported, ErasureDone, InactivePerson, RetentionPurged, RetentionReview,
};
use passerelle_api::vocab::{
    AgeBracket, Autonomy, Canal, ConsentScope, Equipment, Gender, ProcedureTheme, ReferralCategory,
    SocialStatus, Theme, WorkshopLevel,
};
use rusqlite::{params, Connection, OptionalExtension};
use serde::Serialize;
use std::collections::{BTreeMap, BTreeSet};
use std::io::Write;
use std::ops::RangeInclusive;
use std::path::Path;

/// The retention periods a centre may choose (months), as the database checks them.
pub const RETENTION_MONTHS: RangeInclusive<u32> = 6..=120;
/// The period of a new installation.
pub const DEFAULT_RETENTION_MONTHS: u32 = 24;
/// Identifies the JSON of an access export.
pub const ACCESS_FORMAT: &str = "passerelle-person-access";
pub const ACCESS_FORMAT_VERSION: u32 = 1;

// ---- the data of one person ----

/// Everything the store keeps about one person, as the access export gives it. Vocabulary
/// values serialise as their national codes; instants as RFC 3339 UTC text; dates as
/// `YYYY-MM-DD`. Its `Debug` prints the person's id only.
#[derive(Clone, Serialize)]
pub struct PersonData {
    pub format: &'static str,
    pub format_version: u32,
    pub exported_at: String,
    /// The structure that holds the data.
    pub structure: String,
    pub person: ProfileData,
    /// Duplicate records once merged into this one (their own fields, as they were).
    pub merged_records: Vec<MergedRecord>,
    /// Every consent ever given, newest first, withdrawn ones included.
    pub consents: Vec<ConsentData>,
    /// Every session, newest first, deleted ones included and marked.
    pub sessions: Vec<SessionData>,
    /// Workshops attended, newest first. Other participants and the workshop's notes (about
    /// the group) are not included.
    pub workshops: Vec<WorkshopData>,
    pub follow_ups: Vec<FollowUpData>,
    /// Audit journal rows about this person, their sessions, consents and follow-ups.
    pub journal: Vec<JournalData>,
}

impl std::fmt::Debug for PersonData {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PersonData")
            .field("person", &self.person.id)
            .field("sessions", &self.sessions.len())
            .finish_non_exhaustive()
    }
}

#[derive(Clone, Serialize)]
pub struct ProfileData {
    pub id: String,
    pub anonymous: bool,
    pub first_name: String,
    pub last_name: String,
    pub birth_year: Option<u16>,
    /// Derived from the year of birth, this year.
    pub age_bracket: AgeBracket,
    pub gender: Option<Gender>,
    pub social_status: Option<SocialStatus>,
    pub commune: String,
    pub postal_code: String,
    pub insee_code: String,
    pub languages: Vec<String>,
    pub phone: String,
    pub email: String,
    pub notes: String,
    /// Who registered the person (a staff member's name, or `recovery`, `system`, or the id of
    /// someone no longer on the team).
    pub registered_by: String,
    pub registered_at: String,
    pub updated_at: String,
    pub last_seen_at: String,
}

#[derive(Clone, Serialize)]
pub struct MergedRecord {
    pub merged_at: Option<String>,
    pub record: ProfileData,
}

#[derive(Clone, Serialize)]
pub struct ConsentData {
    pub id: String,
    pub scopes: Vec<ConsentScope>,
    pub given_on: String,
    pub collected_by: String,
    pub by_guardian: bool,
    pub withdrawn_on: Option<String>,
}

#[derive(Clone, Serialize)]
pub struct SessionData {
    pub id: String,
    pub date: String,
    pub duration_min: u16,
    pub canal: Option<Canal>,
    /// The place's name.
    pub place: Option<String>,
    pub equipment: Vec<Equipment>,
    pub themes: Vec<Theme>,
    pub procedure_themes: Vec<ProcedureTheme>,
    pub procedure_name: String,
    pub autonomy: Option<Autonomy>,
    pub referral: Option<ReferralCategory>,
    pub referral_to: String,
    /// The partner's name, when the referral points at one of the directory.
    pub partner: Option<String>,
    /// Tag names.
    pub tags: Vec<String>,
    pub notes: String,
    pub recorded_by: Option<String>,
    pub recorded_at: String,
    pub updated_at: String,
    pub deleted: bool,
    pub deleted_at: Option<String>,
}

#[derive(Clone, Serialize)]
pub struct WorkshopData {
    pub id: String,
    pub title: String,
    pub level: Option<WorkshopLevel>,
    pub date: String,
    pub duration_min: u16,
    pub place: Option<String>,
    pub themes: Vec<Theme>,
    pub tags: Vec<String>,
    pub deleted: bool,
}

#[derive(Clone, Serialize)]
pub struct FollowUpData {
    pub id: String,
    pub due_date: String,
    pub due_time: Option<String>,
    pub what: String,
    pub bring: String,
    pub place: Option<String>,
    pub planned_by: Option<String>,
    pub created_at: String,
    pub done_at: Option<String>,
    /// How many times it was postponed.
    pub postponed: u32,
}

#[derive(Clone, Serialize)]
pub struct JournalData {
    pub seq: u64,
    pub at: String,
    /// A staff member's name, or `recovery`, `system`, or the id of someone no longer on the team.
    pub actor: String,
    /// The stable action code (`person.created`…).
    pub action: String,
    pub record_id: Option<String>,
}

/// RFC 3339 UTC text of unix milliseconds.
fn instant(ms: i64) -> String {
    jiff::Timestamp::from_millisecond(ms)
        .map(|t| t.to_string())
        .unwrap_or_default()
}

fn codes<T>(s: &str, parse: fn(&str) -> Option<T>) -> Vec<T> {
    s.split(',').filter_map(parse).collect()
}

/// Names of staff by actor code, for "who did it".
type Names = BTreeMap<String, String>;

fn who(names: &Names, code: &str) -> String {
    names.get(code).cloned().unwrap_or_else(|| code.to_owned())
}

fn profile(
    conn: &Connection,
    id: &str,
    names: &Names,
    year: i32,
) -> Result<ProfileData, StoreError> {
    conn.query_row(
        "SELECT id, anonymous, first_name, last_name, birth_year, gender, social_status,
                commune, postal_code, insee_code, languages, phone, email, notes, created_by,
                created_at, updated_at, last_seen_at
         FROM person WHERE id = ?1",
        [id],
        |r| {
            let birth_year: Option<u16> = r.get(4)?;
            let gender: Option<String> = r.get(5)?;
            let status: Option<String> = r.get(6)?;
            let languages: String = r.get(10)?;
            let created_by: String = r.get(14)?;
            Ok(ProfileData {
                id: r.get(0)?,
                anonymous: r.get(1)?,
                first_name: r.get(2)?,
                last_name: r.get(3)?,
                birth_year,
                age_bracket: AgeBracket::of(birth_year, year),
                gender: gender.as_deref().and_then(Gender::parse),
                social_status: status.as_deref().and_then(SocialStatus::parse),
                commune: r.get(7)?,
                postal_code: r.get(8)?,
                insee_code: r.get(9)?,
                languages: languages
                    .split(',')
                    .filter(|l| !l.is_empty())
                    .map(str::to_owned)
                    .collect(),
                phone: r.get(11)?,
                email: r.get(12)?,
                notes: r.get(13)?,
                registered_by: who(names, &created_by),
                registered_at: instant(r.get(15)?),
                updated_at: instant(r.get(16)?),
                last_seen_at: instant(r.get(17)?),
            })
        },
    )
    .optional()?
    .ok_or(StoreError::PersonNotFound)
}

/// The person and every record merged into them, directly or through another merge.
fn record_family(conn: &Connection, person: PersonId) -> Result<Vec<String>, StoreError> {
    people::get(conn, person)?;
    let mut all = vec![person.to_string()];
    let mut i = 0;
    let mut st =
        conn.prepare_cached("SELECT id FROM person WHERE merged_into = ?1 ORDER BY num")?;
    while i < all.len() {
        let children = st
            .query_map([&all[i]], |r| r.get::<_, String>(0))?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        for c in children {
            if !all.contains(&c) {
                all.push(c);
            }
        }
        i += 1;
    }
    Ok(all)
}

/// The ids as a JSON array, for `json_each` (one statement for the whole family).
fn json_ids(ids: &[String]) -> String {
    serde_json::to_string(ids).unwrap_or_else(|_| "[]".into())
}

fn names_of(conn: &Connection, table: &str) -> Result<BTreeMap<String, String>, StoreError> {
    let mut st = conn.prepare(&format!("SELECT id, name FROM {table}"))?;
    let rows = st.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Gathers everything about `person` (see [`PersonData`]).
pub(crate) fn collect(
    conn: &Connection,
    person: PersonId,
    staff: &Names,
    structure: &str,
    now_ms: i64,
    year: i32,
) -> Result<PersonData, StoreError> {
    let family = record_family(conn, person)?;
    let ids = json_ids(&family);
    let places = names_of(conn, "place")?;
    let partners = names_of(conn, "partner")?;
    let tags = names_of(conn, "tag")?;
    let place_name = |id: Option<String>| id.map(|p| places.get(&p).cloned().unwrap_or(p));

    let me = profile(conn, &family[0], staff, year)?;
    let mut merged_records = Vec::new();
    for id in &family[1..] {
        let merged_at: Option<i64> = conn
            .query_row(
                "SELECT MAX(at) FROM person_merge WHERE merged_id = ?1 AND undone_at IS NULL",
                [id],
                |r| r.get(0),
            )
            .optional()?
            .flatten();
        merged_records.push(MergedRecord {
            merged_at: merged_at.map(instant),
            record: profile(conn, id, staff, year)?,
        });
    }

    let mut st = conn.prepare(
        "SELECT id, scopes, given_on, collected_by, by_guardian, withdrawn_on FROM consent
         WHERE person_id IN (SELECT value FROM json_each(?1))
         ORDER BY created_at DESC, num DESC",
    )?;
    let consents = st
        .query_map([&ids], |r| {
            let scopes: String = r.get(1)?;
            let by: String = r.get(3)?;
            Ok(ConsentData {
                id: r.get(0)?,
                scopes: codes(&scopes, ConsentScope::parse),
                given_on: r.get(2)?,
                collected_by: who(staff, &by),
                by_guardian: r.get(4)?,
                withdrawn_on: r.get(5)?,
            })
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;

    let mut tag_st = conn
        .prepare("SELECT tag_id FROM support_session_tag WHERE session_id = ?1 ORDER BY rowid")?;
    let mut st = conn.prepare(
        "SELECT id, date, duration_min, canal, place_id, equipment, themes, procedure_themes,
                procedure_name, autonomy, referral, referral_to, partner_id, notes, staff_id,
                created_at, updated_at, deleted_at
         FROM support_session WHERE person_id IN (SELECT value FROM json_each(?1))
         ORDER BY date DESC, created_at DESC",
    )?;
    let rows = st
        .query_map([&ids], |r| {
            let canal: String = r.get(3)?;
            let equipment: String = r.get(5)?;
            let themes: String = r.get(6)?;
            let procedures: String = r.get(7)?;
            let autonomy: Option<String> = r.get(9)?;
            let referral: Option<String> = r.get(10)?;
            let staff_id: Option<String> = r.get(14)?;
            let deleted_at: Option<i64> = r.get(17)?;
            Ok(SessionData {
                id: r.get(0)?,
                date: r.get(1)?,
                duration_min: r.get(2)?,
                canal: Canal::parse(&canal),
                place: r.get(4)?,
                equipment: codes(&equipment, Equipment::parse),
                themes: codes(&themes, Theme::parse),
                procedure_themes: codes(&procedures, ProcedureTheme::parse),
                procedure_name: r.get(8)?,
                autonomy: autonomy.as_deref().and_then(Autonomy::parse),
                referral: referral.as_deref().and_then(ReferralCategory::parse),
                referral_to: r.get(11)?,
                partner: r.get(12)?,
                tags: Vec::new(),
                notes: r.get(13)?,
                recorded_by: staff_id.map(|s| who(staff, &s)),
                recorded_at: instant(r.get(15)?),
                updated_at: instant(r.get(16)?),
                deleted: deleted_at.is_some(),
                deleted_at: deleted_at.map(instant),
            })
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    let mut sessions = Vec::with_capacity(rows.len());
    for mut s in rows {
        s.place = place_name(s.place.take());
        s.partner = s
            .partner
            .take()
            .map(|p| partners.get(&p).cloned().unwrap_or(p));
        s.tags = tag_st
            .query_map([&s.id], |r| r.get::<_, String>(0))?
            .collect::<rusqlite::Result<Vec<_>>>()?
            .into_iter()
            .map(|t| tags.get(&t).cloned().unwrap_or(t))
            .collect();
        sessions.push(s);
    }

    let mut wtag_st =
        conn.prepare("SELECT tag_id FROM workshop_tag WHERE workshop_id = ?1 ORDER BY rowid")?;
    let mut st = conn.prepare(
        "SELECT DISTINCT w.id, w.title, w.level, w.date, w.duration_min, w.place_id, w.themes,
                w.deleted_at IS NOT NULL, w.created_at
         FROM workshop w JOIN workshop_participant wp ON wp.workshop_id = w.id
         WHERE wp.person_id IN (SELECT value FROM json_each(?1))
         ORDER BY w.date DESC, w.created_at DESC",
    )?;
    let rows = st
        .query_map([&ids], |r| {
            let level: Option<String> = r.get(2)?;
            let themes: String = r.get(6)?;
            Ok(WorkshopData {
                id: r.get(0)?,
                title: r.get(1)?,
                level: level.as_deref().and_then(WorkshopLevel::parse),
                date: r.get(3)?,
                duration_min: r.get(4)?,
                place: r.get(5)?,
                themes: codes(&themes, Theme::parse),
                tags: Vec::new(),
                deleted: r.get(7)?,
            })
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    let mut workshops = Vec::with_capacity(rows.len());
    for mut w in rows {
        w.place = place_name(w.place.take());
        w.tags = wtag_st
            .query_map([&w.id], |r| r.get::<_, String>(0))?
            .collect::<rusqlite::Result<Vec<_>>>()?
            .into_iter()
            .map(|t| tags.get(&t).cloned().unwrap_or(t))
            .collect();
        workshops.push(w);
    }

    let mut st = conn.prepare(
        "SELECT id, due_date, due_time, what, bring, place_id, staff_id, created_at, done_at,
                postponed
         FROM follow_up WHERE person_id IN (SELECT value FROM json_each(?1))
         ORDER BY due_date DESC, created_at DESC",
    )?;
    let rows = st
        .query_map([&ids], |r| {
            let staff_id: Option<String> = r.get(6)?;
            let done_at: Option<i64> = r.get(8)?;
            Ok(FollowUpData {
                id: r.get(0)?,
                due_date: r.get(1)?,
                due_time: r.get(2)?,
                what: r.get(3)?,
                bring: r.get(4)?,
                place: r.get(5)?,
                planned_by: staff_id.map(|s| who(staff, &s)),
                created_at: instant(r.get(7)?),
                done_at: done_at.map(instant),
                postponed: r.get(9)?,
            })
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    let follow_ups: Vec<FollowUpData> = rows
        .into_iter()
        .map(|mut f| {
            f.place = place_name(f.place.take());
            f
        })
        .collect();

    // Journal rows naming the person, one of their records, sessions, consents or follow-ups.
    let mut concerned: BTreeSet<String> = family.iter().cloned().collect();
    concerned.extend(sessions.iter().map(|s| s.id.clone()));
    concerned.extend(consents.iter().map(|c| c.id.clone()));
    concerned.extend(follow_ups.iter().map(|f| f.id.clone()));
    let concerned: Vec<String> = concerned.into_iter().collect();
    let mut st = conn.prepare(
        "SELECT seq, at, actor, action, record_id FROM journal
         WHERE record_id IN (SELECT value FROM json_each(?1)) ORDER BY seq",
    )?;
    let journal = st
        .query_map([json_ids(&concerned)], |r| {
            let actor: String = r.get(2)?;
            Ok(JournalData {
                seq: r.get::<_, i64>(0)?.max(0) as u64,
                at: instant(r.get(1)?),
                actor: who(staff, &actor),
                action: r.get(3)?,
                record_id: r.get(4)?,
            })
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;

    Ok(PersonData {
        format: ACCESS_FORMAT,
        format_version: ACCESS_FORMAT_VERSION,
        exported_at: instant(now_ms),
        structure: structure.to_owned(),
        person: me,
        merged_records,
        consents,
        sessions,
        workshops,
        follow_ups,
        journal,
    })
}

// ---- the access zip ----

/// The default file name of an access export: no name in it, only 8 characters of the id and
/// the date (`passerelle-acces-1a2b3c4d-2026-11-21.zip`).
pub fn access_file_name(person: PersonId, lang: &str, date: jiff::civil::Date) -> String {
    let hex = person.to_string().replace('-', "");
    let short = &hex[hex.len().saturating_sub(8)..];
    let word = if lang == "en" { "access" } else { "acces" };
    format!("passerelle-{word}-{short}-{date}.zip")
}

/// The names of the two files inside the zip.
pub fn zip_entry_names(lang: &str) -> (&'static str, &'static str) {
    if crate::pdf::print_language(lang) == "en" {
        ("summary.pdf", "data.json")
    } else {
        ("resume.pdf", "donnees.json")
    }
}

/// The zip's bytes: the PDF summary (in `lang`) and the JSON.
pub(crate) fn access_zip(
    data: &PersonData,
    lang: &str,
    created_at: jiff::civil::DateTime,
) -> Result<Vec<u8>, StoreError> {
    let pdf = crate::pdf::person_summary(data, lang, created_at)?;
    let json = serde_json::to_vec_pretty(data)
        .map_err(|e| StoreError::Internal(format!("access JSON: {e}")))?;
    let (pdf_name, json_name) = zip_entry_names(lang);
    let zip_err = |e: zip::result::ZipError| StoreError::Internal(format!("zip: {e}"));
    let io_err = |e: std::io::Error| StoreError::Internal(format!("zip: {e}"));
    let stamp = zip::DateTime::from_date_and_time(
        u16::try_from(created_at.year()).unwrap_or(1980),
        created_at.month() as u8,
        created_at.day() as u8,
        created_at.hour() as u8,
        created_at.minute() as u8,
        created_at.second() as u8,
    )
    .unwrap_or_default();
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated)
        .last_modified_time(stamp)
        .unix_permissions(0o600);
    let mut w = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    w.start_file(pdf_name, options).map_err(zip_err)?;
    w.write_all(&pdf).map_err(io_err)?;
    w.start_file(json_name, options).map_err(zip_err)?;
    w.write_all(&json).map_err(io_err)?;
    Ok(w.finish().map_err(zip_err)?.into_inner())
}

// ---- erasure ----

/// Adds one to `code`'s count in a workshop's anonymous breakdown (a JSON list of
/// `[code, count]`).
fn add_to_breakdown(json: &str, code: Option<&str>) -> String {
    let mut list: Vec<(String, u16)> = serde_json::from_str(json).unwrap_or_default();
    if let Some(code) = code {
        match list.iter_mut().find(|(c, _)| c == code) {
            Some((_, n)) => *n = n.saturating_add(1),
            None => list.push((code.to_owned(), 1)),
        }
    }
    serde_json::to_string(&list).unwrap_or_else(|_| "[]".into())
}

/// The person's vault documents: files set aside and rows deleted in the erasure's
/// transaction; the callers settle the vault folder after it (files removed).
fn erase_vault_documents(conn: &Connection, family: &[String]) -> Result<u64, StoreError> {
    super::vault::access::erase_family(conn, &json_ids(family))
}

/// Erases `person` and the records merged into them inside the caller's transaction (see the
/// module's documentation). Does not optimise the index or checkpoint the WAL: the callers do,
/// once, after their transaction.
pub(crate) fn erase_in(
    conn: &Connection,
    person: PersonId,
    now_ms: i64,
) -> Result<ErasureDone, StoreError> {
    let family = record_family(conn, person)?;
    let ids = json_ids(&family);
    let mut done = ErasureDone::default();

    erase_vault_documents(conn, &family)?;

    // Sessions stay for the statistics, without the person and without notes.
    done.sessions_detached = conn.execute(
        "UPDATE support_session SET person_id = NULL, notes = '', updated_at = ?2
         WHERE person_id IN (SELECT value FROM json_each(?1))",
        params![ids, now_ms],
    )? as u64;

    // Each workshop seat becomes an anonymous participant with the same gender, age bracket
    // (in the workshop's year) and status, so the workshop counts the same.
    // (workshop, gender, year of birth, status) of each seat.
    type Seat = (String, Option<String>, Option<u16>, Option<String>);
    let seats: Vec<Seat> = {
        let mut st = conn.prepare(
            "SELECT wp.workshop_id, p.gender, p.birth_year, p.social_status
             FROM workshop_participant wp JOIN person p ON p.id = wp.person_id
             WHERE wp.person_id IN (SELECT value FROM json_each(?1))",
        )?;
        let rows = st.query_map([&ids], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))?;
        rows.collect::<rusqlite::Result<_>>()?
    };
    for (workshop, gender, birth_year, status) in &seats {
        let (date, by_gender, by_age, by_status): (String, String, String, String) = conn
            .query_row(
                "SELECT date, anonymous_by_gender, anonymous_by_age, anonymous_by_status
                 FROM workshop WHERE id = ?1",
                [workshop],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
            )?;
        let year = date
            .parse::<jiff::civil::Date>()
            .map(|d| i32::from(d.year()))
            .unwrap_or(0);
        let age = match AgeBracket::of(*birth_year, year) {
            AgeBracket::Undisclosed => None,
            a => Some(a.code()),
        };
        conn.execute(
            "UPDATE workshop SET anonymous = anonymous + 1, anonymous_by_gender = ?2,
                    anonymous_by_age = ?3, anonymous_by_status = ?4, updated_at = ?5
             WHERE id = ?1",
            params![
                workshop,
                add_to_breakdown(&by_gender, gender.as_deref()),
                add_to_breakdown(&by_age, age),
                add_to_breakdown(&by_status, status.as_deref()),
                now_ms
            ],
        )?;
    }
    done.workshop_seats_anonymised = conn.execute(
        "DELETE FROM workshop_participant WHERE person_id IN (SELECT value FROM json_each(?1))",
        [&ids],
    )? as u64;

    done.consents_deleted = conn.execute(
        "DELETE FROM consent WHERE person_id IN (SELECT value FROM json_each(?1))",
        [&ids],
    )? as u64;
    done.follow_ups_deleted = conn.execute(
        "DELETE FROM follow_up WHERE person_id IN (SELECT value FROM json_each(?1))",
        [&ids],
    )? as u64;
    done.merges_deleted = conn.execute(
        "DELETE FROM person_merge WHERE merged_id IN (SELECT value FROM json_each(?1))
                                     OR kept_id IN (SELECT value FROM json_each(?1))",
        [&ids],
    )? as u64;
    // A form kept when a session locked may hold what was typed about the person.
    for id in &family {
        done.drafts_deleted +=
            conn.execute("DELETE FROM drafts WHERE instr(fields, ?1) > 0", [id])? as u64;
    }
    conn.execute(
        "DELETE FROM person_search WHERE rowid IN
             (SELECT num FROM person WHERE id IN (SELECT value FROM json_each(?1)))",
        [&ids],
    )?;
    done.records = conn.execute(
        "DELETE FROM person WHERE id IN (SELECT value FROM json_each(?1))",
        [&ids],
    )? as u64;
    Ok(done)
}

fn add(total: &mut ErasureDone, d: ErasureDone) {
    total.records += d.records;
    total.sessions_detached += d.sessions_detached;
    total.workshop_seats_anonymised += d.workshop_seats_anonymised;
    total.consents_deleted += d.consents_deleted;
    total.follow_ups_deleted += d.follow_ups_deleted;
    total.merges_deleted += d.merges_deleted;
    total.drafts_deleted += d.drafts_deleted;
}

/// Rebuilds the search index into one segment, so the entries of deleted rows leave it.
fn optimise_search(conn: &Connection) -> Result<(), StoreError> {
    conn.execute(
        "INSERT INTO person_search (person_search) VALUES ('optimize')",
        [],
    )?;
    Ok(())
}

/// Copies the WAL into the database file and truncates it, so no frame of the erased rows
/// stays in the WAL (the freed pages of the file were zeroed by `secure_delete`).
/// This process holds the store's only connection, so nothing can keep it busy; were it busy
/// anyway, the erasure stands (committed) and the next checkpoint finishes the job.
fn checkpoint(conn: &Connection) -> Result<(), StoreError> {
    let _busy: i64 = conn.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |r| r.get(0))?;
    Ok(())
}

// ---- retention ----

/// The first day still counted as recent: `today` minus `months`.
pub fn inactive_before(today: jiff::civil::Date, months: u32) -> jiff::civil::Date {
    today
        .checked_sub(jiff::Span::new().months(i64::from(months)))
        .unwrap_or(today)
}

/// Local midnight at the start of `date`, as unix milliseconds.
fn midnight_ms(date: jiff::civil::Date, tz: &jiff::tz::TimeZone) -> i64 {
    date.to_zoned(tz.clone())
        .map(|z| z.timestamp().as_millisecond())
        .unwrap_or(0)
}

fn local_date(ms: i64, tz: &jiff::tz::TimeZone) -> jiff::civil::Date {
    jiff::Timestamp::from_millisecond(ms)
        .map(|t| t.to_zoned(tz.clone()).date())
        .unwrap_or_default()
}

/// Records with no activity on or after `cutoff` (all of them, or only `only`), oldest
/// activity first. Activity is the latest of: last seen (registered, changed, met), a session
/// not deleted, a workshop attended not deleted, a follow-up's due date or its creation.
pub(crate) fn inactive(
    conn: &Connection,
    cutoff: jiff::civil::Date,
    tz: &jiff::tz::TimeZone,
    only: Option<&[PersonId]>,
) -> Result<Vec<InactivePerson>, StoreError> {
    let cutoff_ms = midnight_ms(cutoff, tz);
    let only_json = only.map(|ids| {
        let v: Vec<String> = ids.iter().map(ToString::to_string).collect();
        json_ids(&v)
    });
    let mut st = conn.prepare_cached(
        "SELECT p.id, p.anonymous, p.first_name, p.last_name, p.birth_year, p.commune,
                p.last_seen_at,
                (SELECT MAX(s.date) FROM support_session s
                  WHERE s.person_id = p.id AND s.deleted_at IS NULL),
                (SELECT MAX(w.date) FROM workshop_participant wp
                   JOIN workshop w ON w.id = wp.workshop_id
                  WHERE wp.person_id = p.id AND w.deleted_at IS NULL),
                (SELECT MAX(f.due_date) FROM follow_up f WHERE f.person_id = p.id),
                (SELECT MAX(f.created_at) FROM follow_up f WHERE f.person_id = p.id),
                (SELECT COUNT(*) FROM support_session s
                  WHERE s.person_id = p.id AND s.deleted_at IS NULL),
                (SELECT COUNT(*) FROM workshop_participant wp
                   JOIN workshop w ON w.id = wp.workshop_id
                  WHERE wp.person_id = p.id AND w.deleted_at IS NULL),
                (SELECT COUNT(*) FROM follow_up f WHERE f.person_id = p.id)
         FROM person p
         WHERE p.merged_into IS NULL AND p.last_seen_at < ?1
           AND (?2 IS NULL OR p.id IN (SELECT value FROM json_each(?2)))",
    )?;
    let rows = st.query_map(params![cutoff_ms, only_json], |r| {
        let last_seen: i64 = r.get(6)?;
        let session: Option<String> = r.get(7)?;
        let workshop: Option<String> = r.get(8)?;
        let due: Option<String> = r.get(9)?;
        let planned: Option<i64> = r.get(10)?;
        let mut last = local_date(last_seen, tz);
        for d in [session, workshop, due].into_iter().flatten() {
            if let Ok(d) = d.parse::<jiff::civil::Date>() {
                last = last.max(d);
            }
        }
        if let Some(ms) = planned {
            last = last.max(local_date(ms, tz));
        }
        Ok((
            last,
            InactivePerson {
                id: r.get(0)?,
                anonymous: r.get(1)?,
                first_name: r.get(2)?,
                last_name: r.get(3)?,
                birth_year: r.get(4)?,
                commune: r.get(5)?,
                last_activity: last.to_string(),
                sessions: r.get::<_, i64>(11)?.max(0) as u64,
                workshops: r.get::<_, i64>(12)?.max(0) as u64,
                follow_ups: r.get::<_, i64>(13)?.max(0) as u64,
            },
        ))
    })?;
    let mut out: Vec<(jiff::civil::Date, InactivePerson)> = Vec::new();
    for row in rows {
        let (last, p) = row?;
        if last < cutoff {
            out.push((last, p));
        }
    }
    out.sort_by(|(a, pa), (b, pb)| a.cmp(b).then_with(|| pa.id.cmp(&pb.id)));
    Ok(out.into_iter().map(|(_, p)| p).collect())
}

fn year_of(date: jiff::civil::Date) -> i32 {
    i32::from(date.year())
}

fn now_ms() -> i64 {
    jiff::Timestamp::now().as_millisecond()
}

impl Session {
    fn staff_names(&self) -> Names {
        self.staff()
            .into_iter()
            .map(|s| (journal::Actor::Staff(s.id).code(), s.display_name))
            .collect()
    }

    /// Everything kept about a person (right of access). Mediators and coordinators: the
    /// export will carry the person's documents too, which volunteers may not open.
    pub fn person_data(&self, person: PersonId) -> Result<PersonData, StoreError> {
        self.require(Permission::VaultAccess)?;
        let structure = settings::get(&self.conn)?.structure_name;
        let today = jiff::Zoned::now().date();
        collect(
            &self.conn,
            person,
            &self.staff_names(),
            &structure,
            now_ms(),
            year_of(today),
        )
    }

    /// Writes the right-of-access zip of `person` to `dest` (temp file in the same folder,
    /// fsync, rename; an existing file is replaced: the save dialog asked), then journals
    /// `person.exported` with the person's id. If the journal cannot be written, the file is
    /// removed: no export leaves without its journal row.
    pub fn export_person_access(
        &mut self,
        person: PersonId,
        lang: &str,
        dest: &Path,
    ) -> Result<AccessExported, StoreError> {
        let data = self.person_data(person)?;
        let bytes = access_zip(&data, lang, jiff::Zoned::now().datetime())?;
        let (bytes, _documents) = self.access_zip_with_documents(person, bytes)?;
        crate::fsutil::write_atomic(dest, &bytes)?;
        let journaled = self.write_journaled(Action::PersonExported, |_| {
            Ok(((), Some(person.to_string())))
        });
        if let Err(e) = journaled {
            let _ = std::fs::remove_file(dest);
            return Err(e);
        }
        Ok(AccessExported {
            sessions: data.sessions.len() as u64,
            workshops: data.workshops.len() as u64,
            consents: data.consents.len() as u64,
            follow_ups: data.follow_ups.len() as u64,
            journal_entries: data.journal.len() as u64,
            bytes: bytes.len() as u64,
        })
    }

    /// Erases a person (right to erasure; coordinators). Journaled `person.erased` with the id
    /// only. Then the search index is rebuilt and the WAL truncated.
    pub fn erase_person(&mut self, person: PersonId) -> Result<ErasureDone, StoreError> {
        self.require(Permission::ErasePeople)?;
        let done = self.write_journaled(Action::PersonErased, |c| {
            let done = erase_in(c, person, now_ms())?;
            optimise_search(c)?;
            Ok((done, Some(person.to_string())))
        });
        // Vault files: removed if the erasure committed, put back if not.
        self.settle_vault()?;
        let done = done?;
        checkpoint(&self.conn)?;
        Ok(done)
    }

    /// The records inactive for longer than the retention period, for review (coordinators).
    pub fn retention_review(&self) -> Result<RetentionReview, StoreError> {
        self.require(Permission::ErasePeople)?;
        let months = settings::get(&self.conn)?.retention_months;
        let tz = jiff::tz::TimeZone::system();
        let cutoff = inactive_before(jiff::Zoned::now().date(), months);
        Ok(RetentionReview {
            retention_months: months,
            inactive_before: cutoff.to_string(),
            people: inactive(&self.conn, cutoff, &tz, None)?,
        })
    }

    /// Erases exactly the reviewed records, each checked again: one that became active since
    /// the review (or is gone) is skipped. One transaction, one journal row
    /// `retention.purged` whose text is the number erased.
    pub fn purge_inactive(&mut self, reviewed: &[PersonId]) -> Result<RetentionPurged, StoreError> {
        self.require(Permission::ErasePeople)?;
        let months = settings::get(&self.conn)?.retention_months;
        let tz = jiff::tz::TimeZone::system();
        let cutoff = inactive_before(jiff::Zoned::now().date(), months);
        let out = self.write_journaled(Action::RetentionPurged, |c| {
            let still: BTreeSet<String> = inactive(c, cutoff, &tz, Some(reviewed))?
                .into_iter()
                .map(|p| p.id)
                .collect();
            let mut totals = ErasureDone::default();
            let mut skipped = Vec::new();
            let mut erased = 0u64;
            let mut seen = BTreeSet::new();
            for id in reviewed {
                let key = id.to_string();
                if !seen.insert(key.clone()) {
                    continue;
                }
                // A record merged into another one already erased here is gone with it.
                let live: bool = c.query_row(
                    "SELECT EXISTS (SELECT 1 FROM person WHERE id = ?1 AND merged_into IS NULL)",
                    [&key],
                    |r| r.get(0),
                )?;
                if !still.contains(&key) || !live {
                    skipped.push(key);
                    continue;
                }
                add(&mut totals, erase_in(c, *id, now_ms())?);
                erased += 1;
            }
            if erased > 0 {
                optimise_search(c)?;
            }
            let out = RetentionPurged {
                erased,
                skipped,
                totals,
            };
            Ok((out, Some(erased.to_string())))
        });
        self.settle_vault()?;
        let out = out?;
        if out.erased > 0 {
            checkpoint(&self.conn)?;
        }
        Ok(out)
    }
}

#[cfg(test)]
#[path = "privacy_tests.rs"]
mod tests;
