//! Drafts: the form a staff member was filling when the session locked (idle timeout, or the
//! "lock" button), kept in the encrypted database and offered again after they unlock. One
//! draft per person: a newer one replaces the older. A draft may hold anything typed into the
//! form, personal data included, so it never leaves the database: no journal row, no log line,
//! and its `Debug` hides the fields.

use super::error::StoreError;
use super::ids::StaffId;
use rusqlite::{params, Connection, OptionalExtension};
use serde::{Deserialize, Serialize};

/// Longest form id (ids are code, like `place-new`, never text typed by a person).
pub const MAX_FORM_ID: usize = 64;
/// Most fields in one draft.
pub const MAX_FIELDS: usize = 200;
/// Most bytes of field names and values together (UTF-8).
pub const MAX_BYTES: usize = 64 * 1024;

/// A saved form: its id, its fields as (name, value) pairs in form order, and when it was kept.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Draft {
    pub form: String,
    pub fields: Vec<(String, String)>,
    /// Unix milliseconds.
    pub saved_at_ms: i64,
}

impl std::fmt::Debug for Draft {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Draft")
            .field("form", &self.form)
            .field("fields", &format_args!("[{} redacted]", self.fields.len()))
            .field("saved_at_ms", &self.saved_at_ms)
            .finish()
    }
}

fn invalid() -> StoreError {
    StoreError::InvalidField { field: "draft" }
}

/// Refuses a form id that is not a short code, or a draft too large to be a form.
pub(crate) fn validate(form: &str, fields: &[(String, String)]) -> Result<(), StoreError> {
    let form_ok = !form.is_empty()
        && form.len() <= MAX_FORM_ID
        && form
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_' || b == b'-');
    if !form_ok || fields.len() > MAX_FIELDS {
        return Err(invalid());
    }
    let bytes: usize = fields.iter().map(|(k, v)| k.len() + v.len()).sum();
    if bytes > MAX_BYTES {
        return Err(invalid());
    }
    Ok(())
}

pub(crate) fn save(
    conn: &Connection,
    staff: StaffId,
    form: &str,
    fields: &[(String, String)],
    saved_at_ms: i64,
) -> Result<(), StoreError> {
    let json = serde_json::to_string(fields).map_err(|e| StoreError::Internal(e.to_string()))?;
    conn.execute(
        "INSERT INTO drafts (staff_id, form, fields, saved_at) VALUES (?1, ?2, ?3, ?4)
         ON CONFLICT (staff_id) DO UPDATE
         SET form = excluded.form, fields = excluded.fields, saved_at = excluded.saved_at",
        params![staff, form, json, saved_at_ms],
    )?;
    Ok(())
}

pub(crate) fn get(conn: &Connection, staff: StaffId) -> Result<Option<Draft>, StoreError> {
    let row: Option<(String, String, i64)> = conn
        .query_row(
            "SELECT form, fields, saved_at FROM drafts WHERE staff_id = ?1",
            [staff],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )
        .optional()?;
    let Some((form, json, saved_at_ms)) = row else {
        return Ok(None);
    };
    let fields = serde_json::from_str(&json)
        .map_err(|_| StoreError::StoreDamaged("unreadable draft".into()))?;
    Ok(Some(Draft {
        form,
        fields,
        saved_at_ms,
    }))
}

pub(crate) fn discard(conn: &Connection, staff: StaffId) -> Result<(), StoreError> {
    conn.execute("DELETE FROM drafts WHERE staff_id = ?1", [staff])?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fields(n: usize, value: &str) -> Vec<(String, String)> {
        (0..n)
            .map(|i| (format!("f{i}"), value.to_owned()))
            .collect()
    }

    #[test]
    fn form_ids_are_short_codes_and_drafts_are_bounded() {
        assert!(validate("place-new", &fields(3, "x")).is_ok());
        assert!(validate("session_2", &[]).is_ok());
        assert!(validate(&"a".repeat(MAX_FORM_ID), &[]).is_ok());
        for bad in [
            "",
            "Place",
            "place new",
            "lieu-é",
            "../x",
            &"a".repeat(MAX_FORM_ID + 1),
        ] {
            let e = validate(bad, &[]).unwrap_err();
            assert!(
                matches!(e, StoreError::InvalidField { field: "draft" }),
                "{bad}"
            );
        }
        assert!(validate("f", &fields(MAX_FIELDS, "")).is_ok());
        assert!(validate("f", &fields(MAX_FIELDS + 1, "")).is_err());
        let big = "x".repeat(MAX_BYTES - 2);
        assert!(validate("f", &fields(1, &big)).is_ok());
        assert!(validate("f", &fields(1, &format!("{big}y"))).is_err());
    }

    #[test]
    fn debug_hides_the_fields() {
        let d = Draft {
            form: "place-new".into(),
            fields: vec![("name".into(), "Hélène Dupont".into())],
            saved_at_ms: 1,
        };
        let s = format!("{d:?}");
        assert!(!s.contains("Hélène") && !s.contains("name"), "{s}");
        assert!(s.contains("place-new") && s.contains("1 redacted"), "{s}");
    }
}
