//! Individual support sessions (the national tool's "activité" of type `individuel`) and the
//! centre's own tags. A session records exactly what the national activity report records
//! (see [`crate::vocab`]); dates are the centre's local civil dates. Deleting keeps the row
//! aside so the deletion can be undone; statistics and exports never count it.

use super::error::StoreError;
use super::ids::{InstallationId, PartnerId, PersonId, StaffId, SupportSessionId, TagId};
use super::search_key::fold;
use passerelle_api::vocab::{Autonomy, Canal, Equipment, ProcedureTheme, ReferralCategory, Theme};
use rusqlite::{params, Connection, OptionalExtension, Row};
use serde::{Deserialize, Serialize};

/// Longest session (minutes): a whole working day.
pub const MAX_DURATION_MIN: u16 = 600;
/// Longest procedure name, partner name or tag (characters).
pub const MAX_SHORT_TEXT: usize = 200;
/// Longest notes (characters).
pub const MAX_NOTES: usize = 4000;
/// Most tags on one session.
pub const MAX_TAGS: usize = 20;

/// What the session form sends: the api's type, shared with the screens (ids as text,
/// checked here).
pub use passerelle_api::people::SessionInput as SupportSessionInput;

/// A recorded session.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SupportSession {
    pub id: SupportSessionId,
    pub input: SupportSessionInput,
    /// Who recorded it (the mediator of the national export).
    pub staff: Option<StaffId>,
    pub created_at_ms: i64,
    pub updated_at_ms: i64,
}

impl std::fmt::Debug for SupportSession {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SupportSession")
            .field("id", &self.id)
            .finish_non_exhaustive()
    }
}

/// A label the centre defined.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Tag {
    pub id: TagId,
    pub name: String,
    pub archived: bool,
}

fn invalid(field: &'static str) -> StoreError {
    StoreError::InvalidField { field }
}

fn codes<T: Copy>(items: &[T], code: fn(T) -> &'static str) -> String {
    items.iter().map(|i| code(*i)).collect::<Vec<_>>().join(",")
}

fn parse_codes<T>(s: &str, parse: fn(&str) -> Option<T>) -> Vec<T> {
    s.split(',').filter_map(parse).collect()
}

/// Drops repeated values, keeping the first of each (forms may send a choice twice).
pub(crate) fn dedup<T: PartialEq + Clone>(items: &mut Vec<T>) {
    let mut seen: Vec<T> = Vec::with_capacity(items.len());
    items.retain(|i| {
        let new = !seen.contains(i);
        if new {
            seen.push(i.clone());
        }
        new
    });
}

/// Checks and tidies a session form against `today` (the centre's civil date).
pub(crate) fn validate(
    conn: &Connection,
    input: &SupportSessionInput,
    today: jiff::civil::Date,
) -> Result<SupportSessionInput, StoreError> {
    let mut s = input.clone();
    s.procedure_name = s.procedure_name.trim().to_owned();
    s.referral_to = s.referral_to.trim().to_owned();
    s.notes = s.notes.trim().to_owned();
    let date: jiff::civil::Date = s.date.trim().parse().map_err(|_| invalid("date"))?;
    if date > today || date.year() < 2000 {
        return Err(invalid("date"));
    }
    s.date = date.to_string();
    if s.duration_min == 0 || s.duration_min > MAX_DURATION_MIN {
        return Err(invalid("duration"));
    }
    dedup(&mut s.themes);
    dedup(&mut s.procedure_themes);
    dedup(&mut s.equipment);
    dedup(&mut s.tags);
    if s.themes.is_empty() {
        return Err(invalid("themes"));
    }
    let procedures = s.themes.contains(&Theme::AdministrativeProcedures);
    if !procedures {
        // Unticking the procedures theme drops what depended on it.
        s.procedure_themes.clear();
        s.procedure_name.clear();
    }
    if s.procedure_name.chars().count() > MAX_SHORT_TEXT {
        return Err(invalid("procedure_name"));
    }
    if s.equipment.contains(&Equipment::None) && s.equipment.len() > 1 {
        return Err(invalid("equipment"));
    }
    if s.referral.is_none() {
        s.referral_to.clear();
        s.partner = None;
    }
    if let Some(partner) = &s.partner {
        let partner: PartnerId = partner.parse().map_err(|_| invalid("partner"))?;
        let known: bool = conn.query_row(
            "SELECT EXISTS (SELECT 1 FROM partner WHERE id = ?1)",
            [partner],
            |r| r.get(0),
        )?;
        if !known {
            return Err(invalid("partner"));
        }
        s.partner = Some(partner.to_string());
    }
    if s.referral_to.chars().count() > MAX_SHORT_TEXT {
        return Err(invalid("referral_to"));
    }
    if s.notes.chars().count() > MAX_NOTES {
        return Err(invalid("notes"));
    }
    if s.canal != Canal::Place {
        s.place = None;
    }
    if let Some(place) = &s.place {
        s.place = Some(super::settings::known_place(conn, place, "place")?);
    }
    if let Some(person) = &s.person {
        let person: PersonId = person.parse().map_err(|_| StoreError::PersonNotFound)?;
        let known: bool = conn.query_row(
            "SELECT EXISTS (SELECT 1 FROM person WHERE id = ?1 AND merged_into IS NULL)",
            [person],
            |r| r.get(0),
        )?;
        if !known {
            return Err(StoreError::PersonNotFound);
        }
        s.person = Some(person.to_string());
    }
    if s.tags.len() > MAX_TAGS {
        return Err(invalid("tags"));
    }
    for tag in &mut s.tags {
        let id: TagId = tag.parse().map_err(|_| invalid("tags"))?;
        *tag = id.to_string();
        let known: bool = conn.query_row(
            "SELECT EXISTS (SELECT 1 FROM tag WHERE id = ?1)",
            [id],
            |r| r.get(0),
        )?;
        if !known {
            return Err(invalid("tags"));
        }
    }
    Ok(s)
}

fn write_tags(conn: &Connection, id: SupportSessionId, tags: &[String]) -> Result<(), StoreError> {
    conn.execute(
        "DELETE FROM support_session_tag WHERE session_id = ?1",
        [id],
    )?;
    for t in tags {
        conn.execute(
            "INSERT INTO support_session_tag (session_id, tag_id) VALUES (?1, ?2)",
            params![id, t],
        )?;
    }
    Ok(())
}

fn seen(conn: &Connection, person: Option<&str>, now_ms: i64) -> Result<(), StoreError> {
    if let Some(p) = person {
        conn.execute(
            "UPDATE person SET last_seen_at = MAX(last_seen_at, ?2) WHERE id = ?1",
            params![p, now_ms],
        )?;
    }
    Ok(())
}

pub(crate) fn insert(
    conn: &Connection,
    installation: InstallationId,
    staff: Option<StaffId>,
    s: &SupportSessionInput,
    now_ms: i64,
) -> Result<SupportSessionId, StoreError> {
    let id = SupportSessionId::new();
    conn.execute(
        "INSERT INTO support_session (id, installation_id, person_id, staff_id, date,
             duration_min, canal, place_id, equipment, themes, procedure_themes,
             procedure_name, autonomy, referral, referral_to, notes, created_at, updated_at,
             partner_id)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?17,
             ?18)",
        params![
            id,
            installation,
            s.person,
            staff,
            s.date,
            s.duration_min,
            s.canal.code(),
            s.place,
            codes(&s.equipment, Equipment::code),
            codes(&s.themes, Theme::code),
            codes(&s.procedure_themes, ProcedureTheme::code),
            s.procedure_name,
            s.autonomy.map(Autonomy::code),
            s.referral.map(ReferralCategory::code),
            s.referral_to,
            s.notes,
            now_ms,
            s.partner
        ],
    )?;
    write_tags(conn, id, &s.tags)?;
    seen(conn, s.person.as_deref(), now_ms)?;
    Ok(id)
}

pub(crate) fn update(
    conn: &Connection,
    id: SupportSessionId,
    s: &SupportSessionInput,
    now_ms: i64,
) -> Result<(), StoreError> {
    let n = conn.execute(
        "UPDATE support_session SET person_id = ?2, date = ?3, duration_min = ?4, canal = ?5,
             place_id = ?6, equipment = ?7, themes = ?8, procedure_themes = ?9,
             procedure_name = ?10, autonomy = ?11, referral = ?12, referral_to = ?13,
             notes = ?14, updated_at = ?15, partner_id = ?16
         WHERE id = ?1 AND deleted_at IS NULL",
        params![
            id,
            s.person,
            s.date,
            s.duration_min,
            s.canal.code(),
            s.place,
            codes(&s.equipment, Equipment::code),
            codes(&s.themes, Theme::code),
            codes(&s.procedure_themes, ProcedureTheme::code),
            s.procedure_name,
            s.autonomy.map(Autonomy::code),
            s.referral.map(ReferralCategory::code),
            s.referral_to,
            s.notes,
            now_ms,
            s.partner
        ],
    )?;
    if n == 0 {
        return Err(StoreError::SessionNotFound);
    }
    write_tags(conn, id, &s.tags)
}

/// Sets or clears the deletion mark; `deleted` says which. Fails when nothing changes.
pub(crate) fn set_deleted(
    conn: &Connection,
    id: SupportSessionId,
    deleted: bool,
    now_ms: i64,
) -> Result<(), StoreError> {
    let n = if deleted {
        conn.execute(
            "UPDATE support_session SET deleted_at = ?2 WHERE id = ?1 AND deleted_at IS NULL",
            params![id, now_ms],
        )?
    } else {
        conn.execute(
            "UPDATE support_session SET deleted_at = NULL WHERE id = ?1 AND deleted_at IS NOT NULL",
            [id],
        )?
    };
    if n == 0 {
        return Err(StoreError::SessionNotFound);
    }
    Ok(())
}

const COLUMNS: &str = "id, person_id, staff_id, date, duration_min, canal, place_id, equipment,
    themes, procedure_themes, procedure_name, autonomy, referral, referral_to, notes,
    created_at, updated_at, partner_id";

fn from_row(conn: &Connection, r: &Row<'_>) -> rusqlite::Result<SupportSession> {
    let id: SupportSessionId = r.get(0)?;
    let canal: String = r.get(5)?;
    let equipment: String = r.get(7)?;
    let themes: String = r.get(8)?;
    let procedures: String = r.get(9)?;
    let autonomy: Option<String> = r.get(11)?;
    let referral: Option<String> = r.get(12)?;
    let mut st = conn.prepare_cached(
        "SELECT tag_id FROM support_session_tag WHERE session_id = ?1 ORDER BY rowid",
    )?;
    let tags = st
        .query_map([id], |r| r.get(0))?
        .collect::<rusqlite::Result<Vec<String>>>()?;
    Ok(SupportSession {
        id,
        staff: r.get(2)?,
        created_at_ms: r.get(15)?,
        updated_at_ms: r.get(16)?,
        input: SupportSessionInput {
            person: r.get(1)?,
            date: r.get(3)?,
            duration_min: r.get(4)?,
            canal: Canal::parse(&canal).unwrap_or(Canal::Other),
            place: r.get(6)?,
            equipment: parse_codes(&equipment, Equipment::parse),
            themes: parse_codes(&themes, Theme::parse),
            procedure_themes: parse_codes(&procedures, ProcedureTheme::parse),
            procedure_name: r.get(10)?,
            autonomy: autonomy.as_deref().and_then(Autonomy::parse),
            referral: referral.as_deref().and_then(ReferralCategory::parse),
            referral_to: r.get(13)?,
            partner: r.get(17)?,
            tags,
            notes: r.get(14)?,
        },
    })
}

pub(crate) fn get(conn: &Connection, id: SupportSessionId) -> Result<SupportSession, StoreError> {
    conn.query_row(
        &format!("SELECT {COLUMNS} FROM support_session WHERE id = ?1 AND deleted_at IS NULL"),
        [id],
        |r| from_row(conn, r),
    )
    .optional()?
    .ok_or(StoreError::SessionNotFound)
}

/// A person's sessions, newest first.
pub(crate) fn of_person(
    conn: &Connection,
    person: PersonId,
) -> Result<Vec<SupportSession>, StoreError> {
    let mut st = conn.prepare_cached(&format!(
        "SELECT {COLUMNS} FROM support_session
         WHERE person_id = ?1 AND deleted_at IS NULL
         ORDER BY date DESC, created_at DESC"
    ))?;
    let rows = st.query_map([person], |r| from_row(conn, r))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// "Same as last time": the person's latest session as a new form for `today` (notes left
/// out: they belong to that visit).
pub(crate) fn same_as_last_time(
    conn: &Connection,
    person: PersonId,
    today: jiff::civil::Date,
) -> Result<Option<SupportSessionInput>, StoreError> {
    Ok(of_person(conn, person)?.into_iter().next().map(|s| {
        let mut input = s.input;
        input.date = today.to_string();
        input.notes.clear();
        input
    }))
}

// ---- tags ----

pub(crate) fn add_tag(conn: &Connection, name: &str) -> Result<TagId, StoreError> {
    let name = name.trim();
    if name.is_empty() || name.chars().count() > MAX_SHORT_TEXT {
        return Err(invalid("tag_name"));
    }
    // One tag per spelling: "Conseiller numérique" and "conseiller numerique" are one.
    let key = fold(name);
    let exists: bool = conn.query_row(
        "SELECT EXISTS (SELECT 1 FROM tag WHERE name_key = ?1)",
        [&key],
        |r| r.get(0),
    )?;
    if exists {
        return Err(invalid("tag_name"));
    }
    let id = TagId::new();
    conn.execute(
        "INSERT INTO tag (id, name, name_key) VALUES (?1, ?2, ?3)",
        params![id, name, key],
    )?;
    Ok(id)
}

pub(crate) fn set_tag_archived(
    conn: &Connection,
    id: TagId,
    archived: bool,
) -> Result<(), StoreError> {
    let n = conn.execute(
        "UPDATE tag SET archived = ?2 WHERE id = ?1",
        params![id, archived],
    )?;
    if n == 0 {
        return Err(invalid("tags"));
    }
    Ok(())
}

pub(crate) fn tags(conn: &Connection) -> Result<Vec<Tag>, StoreError> {
    let mut st = conn.prepare_cached("SELECT id, name, archived FROM tag ORDER BY name_key")?;
    let rows = st.query_map([], |r| {
        Ok(Tag {
            id: r.get(0)?,
            name: r.get(1)?,
            archived: r.get(2)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

#[cfg(test)]
#[path = "support_tests.rs"]
mod tests;
