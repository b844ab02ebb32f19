//! Settings kept inside the encrypted store: the structure's name, its places of activity,
//! idle timeouts and the working language. Read and written through an unlocked
//! [`super::Session`], which checks the role and journals the change.

use super::error::StoreError;
use super::ids::{InstallationId, PlaceId};
use rusqlite::{params, Connection};
use serde::{Deserialize, Serialize};

/// Minutes of inactivity before a staff session locks (and the kiosk's idle lock).
pub const DEFAULT_IDLE_MINUTES: u32 = 10;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Settings {
    pub structure_name: String,
    pub staff_idle_minutes: u32,
    pub kiosk_idle_minutes: u32,
    /// A locale code from `locales/`.
    pub language: String,
    /// Months without activity after which a person's record is proposed for erasure.
    pub retention_months: u32,
}

/// A place of activity of the structure (a France Services, a library, a town hall…).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Place {
    pub id: PlaceId,
    pub name: String,
    pub address: String,
    pub commune: String,
    pub postal_code: String,
    /// The commune's INSEE code (5 characters; Corsica has 2A/2B).
    pub insee_code: String,
    pub archived: bool,
}

/// A place as entered, before it has an id.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct NewPlace {
    pub name: String,
    pub address: String,
    pub commune: String,
    pub postal_code: String,
    pub insee_code: String,
}

/// A refused value, naming its field (a stable id the UI maps to the input to highlight).
fn invalid(field: &'static str) -> StoreError {
    StoreError::InvalidField { field }
}

pub(crate) fn validate(s: &Settings) -> Result<(), StoreError> {
    if s.structure_name.trim().is_empty() {
        return Err(invalid("structure_name"));
    }
    for m in [s.staff_idle_minutes, s.kiosk_idle_minutes] {
        if !(1..=240).contains(&m) {
            return Err(invalid("idle_minutes"));
        }
    }
    if passerelle_locales::locale(&s.language).is_none() {
        return Err(invalid("language"));
    }
    if !super::privacy::RETENTION_MONTHS.contains(&s.retention_months) {
        return Err(invalid("retention_months"));
    }
    Ok(())
}

/// Empty, or five digits.
pub(crate) fn valid_postal_code(code: &str) -> bool {
    let pc = code.trim();
    pc.is_empty() || (pc.len() == 5 && pc.chars().all(|c| c.is_ascii_digit()))
}

/// Empty, or a commune's INSEE code: five characters, two digits first or 2A/2B (Corsica).
pub(crate) fn valid_insee_code(code: &str) -> bool {
    let insee = code.trim().to_ascii_uppercase();
    insee.is_empty()
        || (insee.len() == 5
            && insee.chars().all(|c| c.is_ascii_alphanumeric())
            && (insee.chars().take(2).all(|c| c.is_ascii_digit())
                || insee.starts_with("2A")
                || insee.starts_with("2B")))
}

pub(crate) fn validate_place(p: &NewPlace) -> Result<(), StoreError> {
    if p.name.trim().is_empty() {
        return Err(invalid("place_name"));
    }
    if !valid_postal_code(&p.postal_code) {
        return Err(invalid("postal_code"));
    }
    if !valid_insee_code(&p.insee_code) {
        return Err(invalid("insee_code"));
    }
    Ok(())
}

pub(crate) fn init(conn: &Connection, structure_name: &str) -> Result<(), StoreError> {
    conn.execute(
        "INSERT INTO settings (singleton, structure_name) VALUES (1, ?1)",
        params![structure_name],
    )?;
    Ok(())
}

pub(crate) fn get(conn: &Connection) -> Result<Settings, StoreError> {
    Ok(conn.query_row(
        "SELECT structure_name, staff_idle_minutes, kiosk_idle_minutes, language,
                retention_months
         FROM settings WHERE singleton = 1",
        [],
        |r| {
            Ok(Settings {
                structure_name: r.get(0)?,
                staff_idle_minutes: r.get(1)?,
                kiosk_idle_minutes: r.get(2)?,
                language: r.get(3)?,
                retention_months: r.get(4)?,
            })
        },
    )?)
}

pub(crate) fn set(conn: &Connection, s: &Settings) -> Result<(), StoreError> {
    validate(s)?;
    conn.execute(
        "UPDATE settings SET structure_name = ?1, staff_idle_minutes = ?2,
                kiosk_idle_minutes = ?3, language = ?4, retention_months = ?5
         WHERE singleton = 1",
        params![
            s.structure_name.trim(),
            s.staff_idle_minutes,
            s.kiosk_idle_minutes,
            s.language,
            s.retention_months
        ],
    )?;
    Ok(())
}

pub(crate) fn add_place(
    conn: &Connection,
    installation: InstallationId,
    p: &NewPlace,
    now_ms: i64,
) -> Result<PlaceId, StoreError> {
    validate_place(p)?;
    let id = PlaceId::new();
    conn.execute(
        "INSERT INTO place (id, installation_id, name, address, commune, postal_code,
                            insee_code, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?8)",
        params![
            id,
            installation,
            p.name.trim(),
            p.address.trim(),
            p.commune.trim(),
            p.postal_code.trim(),
            p.insee_code.trim().to_ascii_uppercase(),
            now_ms
        ],
    )?;
    Ok(id)
}

pub(crate) fn update_place(
    conn: &Connection,
    id: PlaceId,
    p: &NewPlace,
    archived: bool,
    now_ms: i64,
) -> Result<bool, StoreError> {
    validate_place(p)?;
    let n = conn.execute(
        "UPDATE place SET name = ?2, address = ?3, commune = ?4, postal_code = ?5,
                insee_code = ?6, archived = ?7, updated_at = ?8 WHERE id = ?1",
        params![
            id,
            p.name.trim(),
            p.address.trim(),
            p.commune.trim(),
            p.postal_code.trim(),
            p.insee_code.trim().to_ascii_uppercase(),
            archived,
            now_ms
        ],
    )?;
    Ok(n == 1)
}

/// A place id as a form sent it: parsed, known, and written back in its canonical form;
/// refused as the form's `field` otherwise.
pub(crate) fn known_place(
    conn: &Connection,
    id: &str,
    field: &'static str,
) -> Result<String, StoreError> {
    let invalid = || StoreError::InvalidField { field };
    let place: PlaceId = id.parse().map_err(|_| invalid())?;
    let known: bool = conn.query_row(
        "SELECT EXISTS (SELECT 1 FROM place WHERE id = ?1)",
        [place],
        |r| r.get(0),
    )?;
    if !known {
        return Err(invalid());
    }
    Ok(place.to_string())
}

pub(crate) fn places(conn: &Connection) -> Result<Vec<Place>, StoreError> {
    let mut st = conn.prepare(
        "SELECT id, name, address, commune, postal_code, insee_code, archived
         FROM place ORDER BY archived, name COLLATE NOCASE, id",
    )?;
    let rows = st.query_map([], |r| {
        Ok(Place {
            id: r.get(0)?,
            name: r.get(1)?,
            address: r.get(2)?,
            commune: r.get(3)?,
            postal_code: r.get(4)?,
            insee_code: r.get(5)?,
            archived: r.get(6)?,
        })
    })?;
    Ok(rows.collect::<Result<_, _>>()?)
}

pub(crate) fn place_ids(conn: &Connection) -> Result<Vec<PlaceId>, StoreError> {
    let mut st = conn.prepare("SELECT id FROM place")?;
    let rows = st.query_map([], |r| r.get(0))?;
    Ok(rows.collect::<Result<_, _>>()?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn place_codes_are_checked() {
        let mut p = NewPlace {
            name: "Médiathèque".into(),
            postal_code: "20000".into(),
            insee_code: "2a004".into(),
            ..Default::default()
        };
        assert!(validate_place(&p).is_ok());
        p.postal_code = "2000".into();
        assert!(validate_place(&p).is_err());
        p.postal_code = "75011".into();
        p.insee_code = "ZZ123".into();
        assert!(validate_place(&p).is_err());
    }
}
