//! Group workshops (the national tool's "activité" of type `collectif`): title, level, date,
//! duration, place, themes, tags, the people with a record who took part, and anonymous
//! participants counted by gender, age bracket and status.

use super::error::StoreError;
use super::ids::{InstallationId, PersonId, PlaceId, StaffId, TagId, WorkshopId};
use super::support::{dedup, MAX_DURATION_MIN, MAX_NOTES, MAX_SHORT_TEXT, MAX_TAGS};
use passerelle_api::people::WorkshopInput;
use passerelle_api::vocab::{AgeBracket, Gender, SocialStatus, Theme, WorkshopLevel};
use rusqlite::{params, Connection, Row};
use serde::{de::DeserializeOwned, Serialize};

/// Most participants in one workshop (named and anonymous).
pub const MAX_PARTICIPANTS: u32 = 500;

fn invalid(field: &'static str) -> StoreError {
    StoreError::InvalidField { field }
}

/// Merges repeated keys and drops zeros; refuses a breakdown that counts more people than
/// the anonymous total.
fn breakdown<K: PartialEq + Copy>(
    items: &[(K, u16)],
    total: u16,
    field: &'static str,
) -> Result<Vec<(K, u16)>, StoreError> {
    let mut out: Vec<(K, u16)> = Vec::new();
    for (k, n) in items.iter().copied().filter(|(_, n)| *n > 0) {
        match out.iter_mut().find(|(o, _)| *o == k) {
            Some((_, m)) => *m = m.saturating_add(n),
            None => out.push((k, n)),
        }
    }
    let sum: u32 = out.iter().map(|(_, n)| u32::from(*n)).sum();
    if sum > u32::from(total) {
        return Err(invalid(field));
    }
    Ok(out)
}

fn exists(conn: &Connection, sql: &str, id: &str) -> Result<bool, StoreError> {
    Ok(conn.query_row(sql, [id], |r| r.get(0))?)
}

/// Checks and tidies a workshop form against `today` (the centre's civil date).
pub(crate) fn validate(
    conn: &Connection,
    input: &WorkshopInput,
    today: jiff::civil::Date,
) -> Result<WorkshopInput, StoreError> {
    let mut w = input.clone();
    w.title = w.title.trim().to_owned();
    w.notes = w.notes.trim().to_owned();
    if w.title.is_empty() || w.title.chars().count() > MAX_SHORT_TEXT {
        return Err(invalid("title"));
    }
    let date: jiff::civil::Date = w.date.trim().parse().map_err(|_| invalid("date"))?;
    if date > today || date.year() < 2000 {
        return Err(invalid("date"));
    }
    w.date = date.to_string();
    if w.duration_min == 0 || w.duration_min > MAX_DURATION_MIN {
        return Err(invalid("duration"));
    }
    dedup(&mut w.themes);
    if w.themes.is_empty() {
        return Err(invalid("themes"));
    }
    dedup(&mut w.tags);
    if w.tags.len() > MAX_TAGS {
        return Err(invalid("tags"));
    }
    for t in &w.tags {
        t.parse::<TagId>().map_err(|_| invalid("tags"))?;
        if !exists(conn, "SELECT EXISTS (SELECT 1 FROM tag WHERE id = ?1)", t)? {
            return Err(invalid("tags"));
        }
    }
    if let Some(p) = &w.place {
        p.parse::<PlaceId>().map_err(|_| invalid("place"))?;
        if !exists(conn, "SELECT EXISTS (SELECT 1 FROM place WHERE id = ?1)", p)? {
            return Err(invalid("place"));
        }
    }
    dedup(&mut w.participants);
    for p in &w.participants {
        p.parse::<PersonId>()
            .map_err(|_| StoreError::PersonNotFound)?;
        let sql = "SELECT EXISTS (SELECT 1 FROM person WHERE id = ?1 AND merged_into IS NULL)";
        if !exists(conn, sql, p)? {
            return Err(StoreError::PersonNotFound);
        }
    }
    if w.participant_count() == 0 {
        return Err(invalid("participants"));
    }
    if w.participant_count() > MAX_PARTICIPANTS {
        return Err(invalid("anonymous"));
    }
    w.anonymous_by_gender = breakdown(&w.anonymous_by_gender, w.anonymous, "anonymous_by_gender")?;
    w.anonymous_by_age = breakdown(&w.anonymous_by_age, w.anonymous, "anonymous_by_age")?;
    w.anonymous_by_status = breakdown(&w.anonymous_by_status, w.anonymous, "anonymous_by_status")?;
    if w.notes.chars().count() > MAX_NOTES {
        return Err(invalid("notes"));
    }
    Ok(w)
}

fn json<T: Serialize>(v: &T) -> String {
    serde_json::to_string(v).unwrap_or_else(|_| "[]".into())
}

fn from_json<T: DeserializeOwned + Default>(s: &str) -> T {
    serde_json::from_str(s).unwrap_or_default()
}

pub(crate) fn insert(
    conn: &Connection,
    installation: InstallationId,
    staff: Option<StaffId>,
    w: &WorkshopInput,
    now_ms: i64,
) -> Result<WorkshopId, StoreError> {
    let id = WorkshopId::new();
    let themes: Vec<&str> = w.themes.iter().map(|t| t.code()).collect();
    conn.execute(
        "INSERT INTO workshop (id, installation_id, staff_id, title, level, date, duration_min,
             place_id, themes, anonymous, anonymous_by_gender, anonymous_by_age,
             anonymous_by_status, notes, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?15)",
        params![
            id,
            installation,
            staff,
            w.title,
            w.level.map(WorkshopLevel::code),
            w.date,
            w.duration_min,
            w.place,
            themes.join(","),
            w.anonymous,
            json(&w.anonymous_by_gender),
            json(&w.anonymous_by_age),
            json(&w.anonymous_by_status),
            w.notes,
            now_ms
        ],
    )?;
    for t in &w.tags {
        conn.execute(
            "INSERT INTO workshop_tag (workshop_id, tag_id) VALUES (?1, ?2)",
            params![id, t],
        )?;
    }
    for p in &w.participants {
        conn.execute(
            "INSERT INTO workshop_participant (workshop_id, person_id) VALUES (?1, ?2)",
            params![id, p],
        )?;
        conn.execute(
            "UPDATE person SET last_seen_at = MAX(last_seen_at, ?2) WHERE id = ?1",
            params![p, now_ms],
        )?;
    }
    Ok(id)
}

/// A recorded workshop, as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Workshop {
    pub id: WorkshopId,
    pub input: WorkshopInput,
    pub staff: Option<StaffId>,
    pub created_at_ms: i64,
}

fn from_row(conn: &Connection, r: &Row<'_>) -> rusqlite::Result<Workshop> {
    let id: WorkshopId = r.get(0)?;
    let level: Option<String> = r.get(3)?;
    let themes: String = r.get(7)?;
    let by_gender: String = r.get(9)?;
    let by_age: String = r.get(10)?;
    let by_status: String = r.get(11)?;
    let mut st = conn
        .prepare_cached("SELECT tag_id FROM workshop_tag WHERE workshop_id = ?1 ORDER BY rowid")?;
    let tags = st
        .query_map([id], |r| r.get(0))?
        .collect::<rusqlite::Result<Vec<String>>>()?;
    let mut st = conn.prepare_cached(
        "SELECT person_id FROM workshop_participant WHERE workshop_id = ?1 ORDER BY rowid",
    )?;
    let participants = st
        .query_map([id], |r| r.get(0))?
        .collect::<rusqlite::Result<Vec<String>>>()?;
    let by_gender: Vec<(String, u16)> = from_json(&by_gender);
    let by_age: Vec<(String, u16)> = from_json(&by_age);
    let by_status: Vec<(String, u16)> = from_json(&by_status);
    Ok(Workshop {
        id,
        staff: r.get(1)?,
        created_at_ms: r.get(13)?,
        input: WorkshopInput {
            title: r.get(2)?,
            level: level.as_deref().and_then(WorkshopLevel::parse),
            date: r.get(4)?,
            duration_min: r.get(5)?,
            place: r.get(6)?,
            themes: themes.split(',').filter_map(Theme::parse).collect(),
            tags,
            participants,
            anonymous: r.get(8)?,
            anonymous_by_gender: by_gender
                .iter()
                .filter_map(|(k, n)| Gender::parse(k).map(|g| (g, *n)))
                .collect(),
            anonymous_by_age: by_age
                .iter()
                .filter_map(|(k, n)| AgeBracket::parse(k).map(|g| (g, *n)))
                .collect(),
            anonymous_by_status: by_status
                .iter()
                .filter_map(|(k, n)| SocialStatus::parse(k).map(|g| (g, *n)))
                .collect(),
            notes: r.get(12)?,
        },
    })
}

const COLUMNS: &str = "id, staff_id, title, level, date, duration_min, place_id, themes,
    anonymous, anonymous_by_gender, anonymous_by_age, anonymous_by_status, notes, created_at";

/// Workshops, newest first (at most `limit`).
pub(crate) fn list(conn: &Connection, limit: usize) -> Result<Vec<Workshop>, StoreError> {
    let mut st = conn.prepare_cached(&format!(
        "SELECT {COLUMNS} FROM workshop WHERE deleted_at IS NULL
         ORDER BY date DESC, created_at DESC LIMIT ?1"
    ))?;
    let rows = st.query_map([limit as i64], |r| from_row(conn, r))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// The workshops a person took part in, newest first.
pub(crate) fn of_person(conn: &Connection, person: PersonId) -> Result<Vec<Workshop>, StoreError> {
    let mut st = conn.prepare_cached(&format!(
        "SELECT {COLUMNS} FROM workshop WHERE deleted_at IS NULL AND id IN
             (SELECT workshop_id FROM workshop_participant WHERE person_id = ?1)
         ORDER BY date DESC, created_at DESC"
    ))?;
    let rows = st.query_map([person], |r| from_row(conn, r))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::test_desk::setup;
    use crate::store::{PersonInput, Session};
    use passerelle_api::ErrorCode;

    fn workshop(participants: Vec<String>, anonymous: u16) -> WorkshopInput {
        WorkshopInput {
            title: "Premiers pas sur la tablette".into(),
            level: Some(WorkshopLevel::Beginner),
            date: jiff::Zoned::now().date().to_string(),
            duration_min: 120,
            place: None,
            themes: vec![Theme::DeviceHandling, Theme::Security],
            tags: vec![],
            participants,
            anonymous,
            anonymous_by_gender: vec![(Gender::Female, 5), (Gender::Male, 2), (Gender::Female, 1)],
            anonymous_by_age: vec![(AgeBracket::From60To69, 8)],
            anonymous_by_status: vec![],
            notes: String::new(),
        }
    }

    #[test]
    fn a_workshop_of_ten_keeps_its_named_and_anonymous_participants() {
        let (_d, mut s) = setup();
        let a = s
            .add_person(&PersonInput {
                last_name: "Martin".into(),
                ..Default::default()
            })
            .unwrap();
        let b = s
            .add_person(&PersonInput {
                last_name: "Diallo".into(),
                ..Default::default()
            })
            .unwrap();
        let input = workshop(vec![a.to_string(), b.to_string(), a.to_string()], 8);
        assert_eq!(
            input.participant_count(),
            11,
            "before the duplicate is dropped"
        );
        let id = s.add_workshop(&input).unwrap();
        let all = s.workshops(10).unwrap();
        assert_eq!(all.len(), 1);
        let w = &all[0];
        assert_eq!(w.id, id);
        assert_eq!(
            w.input.participant_count(),
            10,
            "a workshop of 10 counts 10"
        );
        assert_eq!(
            w.input.anonymous_by_gender,
            [(Gender::Female, 6), (Gender::Male, 2)],
            "repeated keys merged"
        );
        assert_eq!(w.input.level, Some(WorkshopLevel::Beginner));
        assert_eq!(s.workshops_of_person(b).unwrap().len(), 1);
        assert_eq!(s.recent_people(5).unwrap()[0].id.to_string().len(), 36);
        assert!(s
            .journal()
            .unwrap()
            .iter()
            .any(|e| e.action == "workshop.created"));
    }

    #[test]
    fn bad_workshops_are_refused_and_write_nothing() {
        let (_d, mut s) = setup();
        let before = s.journal().unwrap().len();
        let field = |s: &mut Session, w: WorkshopInput| match s.add_workshop(&w).unwrap_err() {
            StoreError::InvalidField { field } => field.to_owned(),
            other => panic!("{other:?}"),
        };
        let mut w = workshop(vec![], 8);
        w.title = "  ".into();
        assert_eq!(field(&mut s, w), "title");
        assert_eq!(field(&mut s, workshop(vec![], 0)), "participants");
        assert_eq!(
            field(&mut s, workshop(vec![], 7)),
            "anonymous_by_gender",
            "8 counted for 7"
        );
        let mut w = workshop(vec![], 8);
        w.themes.clear();
        assert_eq!(field(&mut s, w), "themes");
        let mut w = workshop(vec![], 8);
        w.place = Some(PlaceId::new().to_string());
        assert_eq!(field(&mut s, w), "place");
        let unknown = workshop(vec![PersonId::new().to_string()], 8);
        assert_eq!(
            s.add_workshop(&unknown).unwrap_err().code(),
            ErrorCode::PersonNotFound
        );
        assert_eq!(s.journal().unwrap().len(), before);
    }
}
