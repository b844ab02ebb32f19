//! People supported by the centre: their profile as the national activity tool records it
//! (vocabulary in [`crate::vocab`]), and the search a mediator types while the person waits.
//!
//! Search goes through an FTS5 `trigram` index over a folded key (names, e-mail, phone digits,
//! year of birth: see [`super::search_key`]) inside the encrypted database. Every word typed
//! must be found in the key, as a substring or, for words of four letters or more, within one
//! typo of a word of the key. Anonymous people are never indexed, so never found.

use super::error::StoreError;
use super::ids::{InstallationId, MergeId, PersonId};
use super::search_key::{fold, fuzzy_word_match, phone_digits, quoted_phrase, quoted_trigrams};
use super::settings::{valid_insee_code, valid_postal_code};
use passerelle_api::vocab::{Gender, SocialStatus};
use rusqlite::{params, Connection, OptionalExtension, Row};
use serde::{Deserialize, Serialize};

/// Longest name part, commune or e-mail (characters).
pub const MAX_TEXT: usize = 100;
/// Longest notes (characters).
pub const MAX_NOTES: usize = 4000;
/// Most languages spoken listed for one person.
pub const MAX_LANGUAGES: usize = 10;
/// Most results a search returns: more means the mediator should type more.
pub const MAX_RESULTS: usize = 30;
/// Candidates read from the index for the typo-tolerant pass.
const FUZZY_CANDIDATES: usize = 400;
/// Candidates read from the index for the exact pass.
const EXACT_CANDIDATES: usize = 2000;

pub use passerelle_api::people::PersonInput;

/// A person's record.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Person {
    pub id: PersonId,
    pub profile: PersonInput,
    /// The actor code of who registered them (a staff id, `recovery`…).
    pub created_by: String,
    pub created_at_ms: i64,
    pub updated_at_ms: i64,
    /// Last registration, change or session with them (the "recently seen" list).
    pub last_seen_at_ms: i64,
}

impl std::fmt::Debug for Person {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Person")
            .field("id", &self.id)
            .finish_non_exhaustive()
    }
}

/// One line of search results: enough to tell homonyms apart (year of birth, commune).
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PersonMatch {
    pub id: PersonId,
    pub first_name: String,
    pub last_name: String,
    pub birth_year: Option<u16>,
    pub commune: String,
    pub postal_code: String,
    /// Found only thanks to the typo tolerance (listed after exact matches).
    pub approximate: bool,
}

impl std::fmt::Debug for PersonMatch {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PersonMatch")
            .field("id", &self.id)
            .field("approximate", &self.approximate)
            .finish_non_exhaustive()
    }
}

fn invalid(field: &'static str) -> StoreError {
    StoreError::InvalidField { field }
}

fn too_long(s: &str, max: usize) -> bool {
    s.chars().count() > max
}

/// Checks and tidies a form: trimmed text, upper-case INSEE code, lower-case languages,
/// identifying fields emptied for an anonymous person.
pub(crate) fn validate(input: &PersonInput, this_year: i32) -> Result<PersonInput, StoreError> {
    let mut p = input.clone();
    for s in [
        &mut p.first_name,
        &mut p.last_name,
        &mut p.commune,
        &mut p.postal_code,
        &mut p.insee_code,
        &mut p.phone,
        &mut p.email,
    ] {
        *s = s.trim().to_owned();
    }
    p.notes = p.notes.trim().to_owned();
    p.insee_code = p.insee_code.to_ascii_uppercase();
    if p.anonymous {
        p.first_name.clear();
        p.last_name.clear();
        p.phone.clear();
        p.email.clear();
    } else if p.first_name.is_empty() && p.last_name.is_empty() {
        return Err(invalid("last_name"));
    }
    if too_long(&p.first_name, MAX_TEXT) {
        return Err(invalid("first_name"));
    }
    if too_long(&p.last_name, MAX_TEXT) {
        return Err(invalid("last_name"));
    }
    if let Some(y) = p.birth_year {
        if i32::from(y) < 1900 || i32::from(y) > this_year {
            return Err(invalid("birth_year"));
        }
    }
    if too_long(&p.commune, MAX_TEXT) {
        return Err(invalid("commune"));
    }
    if !valid_postal_code(&p.postal_code) {
        return Err(invalid("postal_code"));
    }
    if !valid_insee_code(&p.insee_code) {
        return Err(invalid("insee_code"));
    }
    let digits = p.phone.chars().filter(char::is_ascii_digit).count();
    let phone_chars_ok = p
        .phone
        .chars()
        .all(|c| c.is_ascii_digit() || matches!(c, ' ' | '+' | '.' | '-' | '(' | ')'));
    if !p.phone.is_empty() && (!phone_chars_ok || !(6..=20).contains(&digits)) {
        return Err(invalid("phone"));
    }
    if !p.email.is_empty() {
        let ok = p.email.split_once('@').is_some_and(|(user, host)| {
            !user.is_empty() && host.contains('.') && !host.starts_with('.') && !host.ends_with('.')
        }) && !p.email.chars().any(char::is_whitespace)
            && p.email.len() <= 254;
        if !ok {
            return Err(invalid("email"));
        }
    }
    let mut langs: Vec<String> = Vec::new();
    for l in &p.languages {
        let l = l.trim().to_ascii_lowercase();
        if !(2..=3).contains(&l.len()) || !l.chars().all(|c| c.is_ascii_lowercase()) {
            return Err(invalid("languages"));
        }
        if !langs.contains(&l) {
            langs.push(l);
        }
    }
    if langs.len() > MAX_LANGUAGES {
        return Err(invalid("languages"));
    }
    p.languages = langs;
    if too_long(&p.notes, MAX_NOTES) {
        return Err(invalid("notes"));
    }
    Ok(p)
}

/// The folded text the index holds for a named person: name words, each name also without
/// its spaces ("Le Gall" is found from "legall"), e-mail, phone digits, year of birth.
pub(crate) fn index_key(p: &PersonInput) -> String {
    let mut parts = vec![fold(&p.first_name), fold(&p.last_name)];
    for name in [&p.first_name, &p.last_name] {
        let f = fold(name);
        if f.contains(' ') {
            parts.push(f.replace(' ', ""));
        }
    }
    if !p.email.is_empty() {
        parts.push(fold(&p.email));
    }
    if !p.phone.is_empty() {
        parts.push(phone_digits(&p.phone));
    }
    if let Some(y) = p.birth_year {
        parts.push(y.to_string());
    }
    parts.retain(|s| !s.is_empty());
    parts.join(" ")
}

fn reindex(conn: &Connection, num: i64, p: &PersonInput) -> Result<(), StoreError> {
    conn.execute("DELETE FROM person_search WHERE rowid = ?1", [num])?;
    if !p.anonymous {
        conn.execute(
            "INSERT INTO person_search (rowid, key) VALUES (?1, ?2)",
            params![num, index_key(p)],
        )?;
    }
    Ok(())
}

pub(crate) fn insert(
    conn: &Connection,
    installation: InstallationId,
    p: &PersonInput,
    created_by: &str,
    now_ms: i64,
) -> Result<PersonId, StoreError> {
    let id = PersonId::new();
    conn.execute(
        "INSERT INTO person (id, installation_id, anonymous, first_name, last_name, birth_year,
                             gender, social_status, commune, postal_code, insee_code, languages,
                             phone, email, notes, created_by, created_at, updated_at, last_seen_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16,
                 ?17, ?17, ?17)",
        params![
            id,
            installation,
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
            p.notes,
            created_by,
            now_ms
        ],
    )?;
    reindex(conn, conn.last_insert_rowid(), p)?;
    Ok(id)
}

pub(crate) fn update(
    conn: &Connection,
    id: PersonId,
    p: &PersonInput,
    now_ms: i64,
) -> Result<(), StoreError> {
    let num: i64 = conn
        .query_row(
            "SELECT num FROM person WHERE id = ?1 AND merged_into IS NULL",
            [id],
            |r| r.get(0),
        )
        .optional()?
        .ok_or(StoreError::PersonNotFound)?;
    conn.execute(
        "UPDATE person SET anonymous = ?2, first_name = ?3, last_name = ?4, birth_year = ?5,
                gender = ?6, social_status = ?7, commune = ?8, postal_code = ?9,
                insee_code = ?10, languages = ?11, phone = ?12, email = ?13, notes = ?14,
                updated_at = ?15, last_seen_at = ?15
         WHERE num = ?1",
        params![
            num,
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
            p.notes,
            now_ms
        ],
    )?;
    reindex(conn, num, p)
}

const PERSON_COLUMNS: &str = "id, anonymous, first_name, last_name, birth_year, gender,
    social_status, commune, postal_code, insee_code, languages, phone, email, notes,
    created_by, created_at, updated_at, last_seen_at";

fn person_from_row(r: &Row<'_>) -> rusqlite::Result<Person> {
    let languages: String = r.get(10)?;
    let gender: Option<String> = r.get(5)?;
    let status: Option<String> = r.get(6)?;
    Ok(Person {
        id: r.get(0)?,
        profile: PersonInput {
            anonymous: r.get(1)?,
            first_name: r.get(2)?,
            last_name: r.get(3)?,
            birth_year: r.get(4)?,
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
        },
        created_by: r.get(14)?,
        created_at_ms: r.get(15)?,
        updated_at_ms: r.get(16)?,
        last_seen_at_ms: r.get(17)?,
    })
}

pub(crate) fn get(conn: &Connection, id: PersonId) -> Result<Person, StoreError> {
    conn.query_row(
        &format!("SELECT {PERSON_COLUMNS} FROM person WHERE id = ?1 AND merged_into IS NULL"),
        [id],
        person_from_row,
    )
    .optional()?
    .ok_or(StoreError::PersonNotFound)
}

fn match_from_row(r: &Row<'_>) -> rusqlite::Result<(PersonMatch, i64)> {
    Ok((
        PersonMatch {
            id: r.get(0)?,
            first_name: r.get(1)?,
            last_name: r.get(2)?,
            birth_year: r.get(3)?,
            commune: r.get(4)?,
            postal_code: r.get(5)?,
            approximate: false,
        },
        r.get(6)?,
    ))
}

const MATCH_COLUMNS: &str =
    "p.id, p.first_name, p.last_name, p.birth_year, p.commune, p.postal_code, p.last_seen_at";

/// Named people seen most recently (registered, changed, or met in a session), newest first.
pub(crate) fn recent(conn: &Connection, limit: usize) -> Result<Vec<PersonMatch>, StoreError> {
    let mut st = conn.prepare_cached(&format!(
        "SELECT {MATCH_COLUMNS} FROM person p
         WHERE p.anonymous = 0 AND p.merged_into IS NULL
         ORDER BY p.last_seen_at DESC LIMIT ?1"
    ))?;
    let rows = st.query_map([limit as i64], match_from_row)?;
    Ok(rows.map(|r| r.map(|(m, _)| m)).collect::<Result<_, _>>()?)
}

/// The words of a query, folded; digits typed with spaces or dots (a phone number) become one
/// word of national digits.
fn query_words(query: &str) -> Vec<String> {
    let has_letters = query.chars().any(char::is_alphabetic);
    let digits = query.chars().filter(char::is_ascii_digit).count();
    if !has_letters && digits >= 5 {
        return vec![phone_digits(query)];
    }
    fold(query)
        .split(' ')
        .filter(|w| !w.is_empty())
        .map(str::to_owned)
        .collect()
}

/// People whose key holds every word typed. Exact matches first, then those found thanks to
/// the typo tolerance; within each, the most recently seen first. At most [`MAX_RESULTS`].
pub(crate) fn search(conn: &Connection, query: &str) -> Result<Vec<PersonMatch>, StoreError> {
    let words = query_words(query);
    if words.is_empty() {
        return Ok(Vec::new());
    }
    // The last word may still be being typed, unless the query ends with a space.
    let typing_last = !query.ends_with(char::is_whitespace);
    let driver = words
        .iter()
        .max_by_key(|w| w.chars().count())
        .expect("words is not empty");
    let driver_len = driver.chars().count();

    // Candidates: (rowid, key).
    let mut candidates: Vec<(i64, String)> = Vec::new();
    if driver_len >= 3 {
        let mut st = conn.prepare_cached(
            "SELECT rowid, key FROM person_search WHERE person_search MATCH ?1 LIMIT ?2",
        )?;
        let rows = st.query_map(
            params![quoted_phrase(driver), EXACT_CANDIDATES as i64],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )?;
        for r in rows {
            candidates.push(r?);
        }
        if driver_len >= 4 && driver.chars().all(char::is_alphabetic) {
            let expr = quoted_trigrams(driver).join(" OR ");
            let mut st = conn.prepare_cached(
                "SELECT rowid, key FROM person_search WHERE person_search MATCH ?1
                 ORDER BY rank LIMIT ?2",
            )?;
            let rows = st.query_map(params![expr, FUZZY_CANDIDATES as i64], |r| {
                Ok((r.get(0)?, r.get(1)?))
            })?;
            let seen: std::collections::HashSet<i64> = candidates.iter().map(|(n, _)| *n).collect();
            for r in rows {
                let (num, key): (i64, String) = r?;
                if !seen.contains(&num) {
                    candidates.push((num, key));
                }
            }
        }
    } else {
        // Only short words ("Li", "Ba"): the beginnings of words, by a scan of the keys.
        let mut st = conn.prepare_cached(
            "SELECT rowid, key FROM person_search WHERE (' ' || key) LIKE ?1 LIMIT ?2",
        )?;
        let pattern = format!("% {}%", driver.replace(['%', '_'], ""));
        let rows = st.query_map(params![pattern, EXACT_CANDIDATES as i64], |r| {
            Ok((r.get(0)?, r.get(1)?))
        })?;
        for r in rows {
            candidates.push(r?);
        }
    }

    // Every word must be in the key, exactly or within one typo.
    let last = words.len() - 1;
    let mut kept: Vec<(i64, bool)> = Vec::new();
    for (num, key) in &candidates {
        let mut approximate = false;
        let all = words.iter().enumerate().all(|(i, w)| {
            if key.contains(w.as_str()) {
                return true;
            }
            let fuzzy = w.chars().count() >= 4
                && w.chars().all(char::is_alphabetic)
                && fuzzy_word_match(key, w, i == last && typing_last);
            approximate |= fuzzy;
            fuzzy
        });
        if all {
            kept.push((*num, approximate));
        }
    }

    // One statement for every candidate kept (json_each turns the list into rows).
    let nums: Vec<i64> = kept.iter().map(|(n, _)| *n).collect();
    let approximate: std::collections::HashSet<i64> =
        kept.iter().filter(|(_, a)| *a).map(|(n, _)| *n).collect();
    let mut st = conn.prepare_cached(&format!(
        "SELECT {MATCH_COLUMNS}, p.num FROM person p JOIN json_each(?1) j ON p.num = j.value
         WHERE p.merged_into IS NULL"
    ))?;
    let rows = st.query_map([serde_json::to_string(&nums).unwrap_or_default()], |r| {
        Ok((match_from_row(r)?, r.get::<_, i64>(7)?))
    })?;
    let mut found: Vec<(PersonMatch, i64)> = Vec::with_capacity(kept.len());
    for row in rows {
        let ((mut m, seen), num) = row?;
        m.approximate = approximate.contains(&num);
        found.push((m, seen));
    }
    found.sort_by(|(a, sa), (b, sb)| a.approximate.cmp(&b.approximate).then(sb.cmp(sa)));
    found.truncate(MAX_RESULTS);
    Ok(found.into_iter().map(|(m, _)| m).collect())
}

// ---- possible duplicates and merge ----

/// People who may be the one being registered: same folded last name and a first name within
/// one typo (or one starting with the other), or the same phone or e-mail. Shown before a new
/// record is written, so the mediator can pick the existing one instead.
pub(crate) fn possible_duplicates(
    conn: &Connection,
    p: &PersonInput,
) -> Result<Vec<PersonMatch>, StoreError> {
    if p.anonymous {
        return Ok(Vec::new());
    }
    let last = fold(&p.last_name).replace(' ', "");
    let first = fold(&p.first_name).replace(' ', "");
    let mut out: Vec<PersonMatch> = Vec::new();
    let mut push = |m: PersonMatch| {
        if !out.iter().any(|o| o.id == m.id) {
            out.push(m);
        }
    };
    if !last.is_empty() {
        for m in search(conn, &format!("{} ", p.last_name))? {
            let (mf, ml) = (
                fold(&m.first_name).replace(' ', ""),
                fold(&m.last_name).replace(' ', ""),
            );
            let same_last = super::search_key::within_one_edit(&ml, &last);
            let close_first = first.is_empty()
                || mf.is_empty()
                || super::search_key::within_one_edit(&mf, &first)
                || mf.starts_with(&first)
                || first.starts_with(&mf);
            if same_last && close_first {
                push(m);
            }
        }
    }
    for contact in [phone_digits(&p.phone), fold(&p.email)] {
        if contact.chars().count() >= 6 {
            for m in search(conn, &format!("{contact} "))? {
                push(m);
            }
        }
    }
    Ok(out)
}

/// What a merge would move, shown before the mediator confirms it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MergePreview {
    /// Sessions of the record that disappears, moving to the one kept.
    pub sessions_moving: u64,
    /// Sessions the kept record already has.
    pub sessions_kept: u64,
}

pub(crate) fn merge_preview(
    conn: &Connection,
    merged: PersonId,
    kept: PersonId,
) -> Result<MergePreview, StoreError> {
    check_merge(conn, merged, kept)?;
    let count = |p: PersonId| -> Result<u64, StoreError> {
        let n: i64 = conn.query_row(
            "SELECT COUNT(*) FROM support_session WHERE person_id = ?1 AND deleted_at IS NULL",
            [p],
            |r| r.get(0),
        )?;
        Ok(n.max(0) as u64)
    };
    Ok(MergePreview {
        sessions_moving: count(merged)?,
        sessions_kept: count(kept)?,
    })
}

fn check_merge(conn: &Connection, merged: PersonId, kept: PersonId) -> Result<(), StoreError> {
    if merged == kept {
        return Err(invalid("merge"));
    }
    get(conn, merged)?;
    get(conn, kept)?;
    Ok(())
}

/// Merges `merged` into `kept`: every session (deleted ones too, so an undo of their deletion
/// still finds them) and every workshop attended moves, `merged` leaves the search and the lists. The merge row remembers
/// exactly which sessions moved, so [`unmerge`] puts back both records as they were.
pub(crate) fn merge(
    conn: &Connection,
    merged: PersonId,
    kept: PersonId,
    actor: &str,
    now_ms: i64,
) -> Result<MergeId, StoreError> {
    check_merge(conn, merged, kept)?;
    let moved: Vec<String> = {
        let mut st = conn.prepare_cached("SELECT id FROM support_session WHERE person_id = ?1")?;
        let rows = st.query_map([merged], |r| r.get(0))?;
        rows.collect::<rusqlite::Result<_>>()?
    };
    let workshops_of = |p: PersonId| -> Result<Vec<String>, StoreError> {
        let mut st = conn
            .prepare_cached("SELECT workshop_id FROM workshop_participant WHERE person_id = ?1")?;
        let rows = st.query_map([p], |r| r.get(0))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    };
    let kept_workshops = workshops_of(kept)?;
    // Both records at the same workshop: the person counts once, as the kept record.
    let (shared, moved_workshops): (Vec<String>, Vec<String>) = workshops_of(merged)?
        .into_iter()
        .partition(|w| kept_workshops.contains(w));
    let id = MergeId::new();
    conn.execute(
        "INSERT INTO person_merge (id, merged_id, kept_id, moved_sessions, actor, at,
                                   moved_workshops, shared_workshops)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
        params![
            id,
            merged,
            kept,
            moved.join(","),
            actor,
            now_ms,
            moved_workshops.join(","),
            shared.join(",")
        ],
    )?;
    conn.execute(
        "UPDATE support_session SET person_id = ?2 WHERE person_id = ?1",
        params![merged, kept],
    )?;
    for w in &moved_workshops {
        conn.execute(
            "UPDATE workshop_participant SET person_id = ?3 WHERE workshop_id = ?1 AND person_id = ?2",
            params![w, merged, kept],
        )?;
    }
    for w in &shared {
        conn.execute(
            "DELETE FROM workshop_participant WHERE workshop_id = ?1 AND person_id = ?2",
            params![w, merged],
        )?;
    }
    let num: i64 = conn.query_row("SELECT num FROM person WHERE id = ?1", [merged], |r| {
        r.get(0)
    })?;
    conn.execute(
        "UPDATE person SET merged_into = ?2 WHERE num = ?1",
        params![num, kept],
    )?;
    conn.execute("DELETE FROM person_search WHERE rowid = ?1", [num])?;
    conn.execute(
        "UPDATE person SET last_seen_at = MAX(last_seen_at, ?2) WHERE id = ?1",
        params![kept, now_ms],
    )?;
    Ok(id)
}

/// Undoes a merge: the sessions that moved go back, the merged record returns to the search.
pub(crate) fn unmerge(conn: &Connection, id: MergeId, now_ms: i64) -> Result<PersonId, StoreError> {
    type MergeRow = (PersonId, PersonId, String, String, String);
    let row: Option<MergeRow> = conn
        .query_row(
            "SELECT merged_id, kept_id, moved_sessions, moved_workshops, shared_workshops
             FROM person_merge WHERE id = ?1 AND undone_at IS NULL",
            [id],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?)),
        )
        .optional()?;
    let (merged, kept, moved, moved_workshops, shared) = row.ok_or(invalid("merge"))?;
    for w in moved_workshops.split(',').filter(|s| !s.is_empty()) {
        conn.execute(
            "UPDATE workshop_participant SET person_id = ?2 WHERE workshop_id = ?1 AND person_id = ?3",
            params![w, merged, kept],
        )?;
    }
    for w in shared.split(',').filter(|s| !s.is_empty()) {
        conn.execute(
            "INSERT OR IGNORE INTO workshop_participant (workshop_id, person_id) VALUES (?1, ?2)",
            params![w, merged],
        )?;
    }
    for session in moved.split(',').filter(|s| !s.is_empty()) {
        conn.execute(
            "UPDATE support_session SET person_id = ?2 WHERE id = ?1 AND person_id = ?3",
            params![session, merged, kept],
        )?;
    }
    conn.execute(
        "UPDATE person SET merged_into = NULL WHERE id = ?1",
        [merged],
    )?;
    conn.execute(
        "UPDATE person_merge SET undone_at = ?2 WHERE id = ?1",
        params![id, now_ms],
    )?;
    let p = get(conn, merged)?;
    let num: i64 = conn.query_row("SELECT num FROM person WHERE id = ?1", [merged], |r| {
        r.get(0)
    })?;
    reindex(conn, num, &p.profile)?;
    Ok(merged)
}

#[cfg(test)]
#[path = "people_tests.rs"]
mod tests;
